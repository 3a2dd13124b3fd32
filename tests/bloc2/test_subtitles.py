"""SRT subtitles: reading (bounded, French errors naming the cue), the norms' checks, writing back."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc2.subtitles import (
    MAX_TEXT_CHARS,
    Cue,
    SubtitleError,
    covered_ms,
    parse_srt,
    problems,
    report,
    timestamp,
    to_srt,
)
from cmcert_lib.facts import subtitles as norms

GOOD = "1\n00:00:00,500 --> 00:00:02,800\nLe bain, en trois gestes.\n\n2\n00:00:03,000 --> 00:00:06,200\n" \
       "Un : mouillez bien les cheveux\nà l'eau tiède.\n"


def _cue(number, start, end, *lines):
    return Cue(number, start, end, tuple(lines))


def test_parse_reads_numbers_timings_and_lines():
    cues = parse_srt(GOOD)
    assert cues == [_cue(1, 500, 2800, "Le bain, en trois gestes."),
                    _cue(2, 3000, 6200, "Un : mouillez bien les cheveux", "à l'eau tiède.")]
    assert cues[1].chars == 30 + 14 and cues[1].duration_ms == 3200
    assert cues[1].cps == pytest.approx(44 / 3.2)


def test_parse_accepts_windows_line_endings_bom_blank_lines_with_spaces_and_strips_tags():
    text = "\ufeff" + GOOD.replace("\n\n", "\n   \n").replace("\n", "\r\n").replace("Le bain", "<i>Le bain") \
        .replace("gestes.", "gestes.</i>")
    cues = parse_srt(text)
    assert [c.lines for c in cues] == [c.lines for c in parse_srt(GOOD)]


@pytest.mark.parametrize(("text", "words"), [
    ("1\n00:00:03.000 --> 00:00:06,200\nUn", ("n° 1", "virgule")),
    ("1\n0:00:03,000 --> 00:00:06,200\nUn", ("n° 1", "HH:MM:SS,mmm")),
    ("1\n00:00:01,000 --> 00:00:02,000\nUn\n\nDeux\n00:00:03,000 --> 00:00:04,000\nx", ("position 2", "numéro")),
    ("1\n00:00:01,000 --> 00:00:02,000", ("n° 1", "pas de texte")),
    ("7", ("n° 7", "ligne de temps")),
    ("", ("vide",)),
    ("   \n\n ", ("vide",)),
])
def test_parse_errors_are_french_and_name_the_cue(text, words):
    with pytest.raises(SubtitleError) as error:
        parse_srt(text)
    for word in words:
        assert word in str(error.value)


@pytest.mark.parametrize("value", [None, 12, ["1"], b"1\n00:00:00,000 --> 00:00:01,000\nx"])
def test_parse_refuses_what_is_not_text(value):
    with pytest.raises(SubtitleError, match="texte au format SRT"):
        parse_srt(value)


def test_parse_is_bounded():
    with pytest.raises(SubtitleError, match="trop long"):
        parse_srt("x" * (MAX_TEXT_CHARS + 1))
    many = "".join(f"{i}\n00:00:01,000 --> 00:00:02,000\nx\n\n" for i in range(1, 400))
    with pytest.raises(SubtitleError, match="Trop de sous-titres"):
        parse_srt(many)


def test_a_conforming_file_has_no_problem():
    assert problems(parse_srt(GOOD)) == []


def test_each_norm_is_checked_on_its_cue():
    cues = [
        _cue(1, 0, 2000, "x" * (norms.MAX_LINE_CHARS + 1)),            # line too long (and 21.5 cps)
        _cue(2, 1500, 4000, "Chevauche"),                              # overlaps cue 1
        _cue(3, 5000, 5500, "Court"),                                  # under 5/6 s
        _cue(4, 6000, 14_000, "Long"),                                 # over 7 s
        _cue(5, 15_000, 16_000, "a", "b", "c"),                        # three lines
        _cue(7, 17_000, 18_000, "Numéro"),                             # numbered 7 at position 6
        _cue(7, 16_500, 16_400, "Fin"),                                # starts before its predecessor, ends first
    ]
    found = problems(cues)
    by_cue = {}
    for number, what in found:
        by_cue.setdefault(number, []).append(what)
    assert any("42 au plus" in w for w in by_cue[1]) and any("vitesse" in w for w in by_cue[1])
    assert any("chevauche le sous-titre n° 1" in w for w in by_cue[2])
    assert any("5/6" in w for w in by_cue[3])
    assert any("7 secondes au plus" in w for w in by_cue[4])
    assert any("3 lignes" in w for w in by_cue[5])
    assert any("position 6" in w for w in by_cue[7])
    assert any("fin n'est pas après son début" in w for w in by_cue[7])
    assert any("commence avant" in w for w in by_cue[7])


def test_reading_speed_limit_is_inclusive():
    at_limit = _cue(1, 0, 2000, "x" * (2 * norms.MAX_CPS))
    above = _cue(1, 0, 2000, "x" * (2 * norms.MAX_CPS + 1))
    assert problems([at_limit]) == []
    assert problems([above]) and "vitesse de lecture de 17,5" in problems([above])[0][1]
    assert problems([above], max_cps=norms.MAX_CPS_CHILDREN + 5) == []


def test_touching_cues_do_not_overlap():
    assert problems([_cue(1, 0, 2000, "Un"), _cue(2, 2000, 3000, "Deux")]) == []


def test_report_lists_every_cue_with_its_problems():
    frame = report("1\n00:00:00,000 --> 00:00:01,000\n" + "x" * 30 + "\n")
    assert list(frame["N°"]) == [1] and frame.loc[0, "Car./s"] == 30.0
    assert "vitesse de lecture" in frame.loc[0, "Problèmes"]


def test_timestamps_and_round_trip():
    assert timestamp(3_723_004) == "01:02:03,004"
    cues = parse_srt(GOOD)
    assert parse_srt(to_srt(cues)) == cues
    renumbered = parse_srt(to_srt([_cue(9, 0, 1000, "a"), _cue(3, 1000, 2000, "b")]))
    assert [c.number for c in renumbered] == [1, 2]


def test_coverage_counts_overlaps_once_and_clips_to_the_span():
    cues = [_cue(1, 0, 2000, "a"), _cue(2, 1000, 3000, "b"), _cue(3, 5000, 9000, "c")]
    assert covered_ms(cues, 500, 6000) == 2500 + 1000
    assert covered_ms([], 0, 1000) == 0


def test_the_facts_carry_their_sources():
    for name, source in norms.SOURCES.items():
        assert hasattr(norms, name) and source.url.startswith("https://") and source.title
    assert (norms.MAX_LINE_CHARS, norms.MAX_LINES, norms.MAX_CPS) == (42, 2, 17)
    assert norms.MIN_CUE_MS == 5000 // 6
