"""Calendar rules on small hand-made calendars: each rule passes on a clean case, fails on its trap."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from cmcert_lib.bloc1 import calendar_rules as cal

START, END = date(2027, 1, 4), date(2027, 1, 10)  # one week, Monday to Sunday
PILLARS = {"Savoir-faire": 0.5, "Conseils": 0.5}
FREQUENCY = {"Instagram": 2, "LinkedIn": 1}


def post(**changes) -> dict:
    row = {
        cal.DATE: "2027-01-05 18:30",
        cal.PLATFORM: "Instagram",
        cal.FORMAT: "Reel",
        cal.PILLAR: "Savoir-faire",
        cal.STAGE: "Découverte",
        cal.OBJECTIVE: "Portée",
        cal.TEXT: "Dans l'atelier de Saint-Malo, on coule les savons à la main.",
        cal.VISUAL: "reel_atelier.mp4",
        cal.ALT_TEXT: "Mains qui versent la pâte de savon dans un moule en bois",
        cal.HASHTAGS: "#SavonSolide #SaintMalo",
        cal.LINK: "",
        cal.OWNER: "Inès Morel",
        cal.STATUS: "Validé",
    }
    row.update(changes)
    return row


def clean_calendar() -> pd.DataFrame:
    return pd.DataFrame(
        [
            post(),
            post(**{cal.DATE: "2027-01-07 12:00", cal.PILLAR: "Conseils", cal.FORMAT: "Carrousel",
                    cal.TEXT: "Trois gestes pour faire durer votre shampoing solide."}),
            post(**{cal.DATE: "2027-01-08 09:05", cal.PLATFORM: "LinkedIn", cal.FORMAT: "Texte",
                    cal.PILLAR: "Conseils", cal.VISUAL: "", cal.ALT_TEXT: "", cal.HASHTAGS: "",
                    cal.TEXT: "Pourquoi nous fabriquons encore à Saint-Malo."}),
            post(**{cal.DATE: "2027-01-09 10:00", cal.PLATFORM: "LinkedIn", cal.FORMAT: "Image",
                    cal.TEXT: "Portrait de notre maître savonnier."}),
        ]
    )


def run(frame, **kwargs):
    kwargs.setdefault("pillars", PILLARS)
    kwargs.setdefault("frequency", {"Instagram": 2, "LinkedIn": 2})
    return cal.validate_calendar(frame, START, END, **kwargs)


def verdicts(report) -> dict[str, bool]:
    return {r.rule: r.passed for r in report.results}


def test_clean_calendar_passes_every_rule():
    report = run(clean_calendar())
    assert report.passed, report.summary()
    assert report.share_passed == 1.0
    assert len(report.results) == 13
    assert list(report.to_frame()["résultat"].unique()) == ["conforme"]


@pytest.mark.parametrize(
    "row, changes, rule",
    [
        (0, {cal.FORMAT: "Document"}, "FORMAT"),
        (0, {cal.PLATFORM: "Snapchat"}, "FORMAT"),
        (0, {cal.TEXT: "x" * 2190}, "LONGUEUR"),  # 2190 + "\n\n" + 23 characters of hashtags
        (0, {cal.TEXT: ""}, "LONGUEUR"),
        (0, {cal.HASHTAGS: "#a #b #c #d #e", cal.TEXT: "Savon #f"}, "HASHTAGS"),
        (0, {cal.ALT_TEXT: ""}, "ALT"),
        (0, {cal.ALT_TEXT: "photo savon"}, "ALT"),
        (0, {cal.OWNER: "Léa / Tom"}, "RESPONSABLE"),
        (0, {cal.OWNER: "Léa et Tom"}, "RESPONSABLE"),
        (0, {cal.OWNER: None}, "RESPONSABLE"),
        (0, {cal.DATE: "2027-01-11 09:00"}, "PERIODE"),
        (0, {cal.DATE: "05/01/2027 18:30"}, "PERIODE"),
        (0, {cal.DATE: "2027-01-05 18:32"}, "MINUTES"),
        (1, {cal.TEXT: "Dans l'atelier de Saint-Malo, on coule les savons à la main."}, "DOUBLONS"),
        (0, {cal.ALT_TEXT: "Image de la publication"}, "ALT"),  # names the medium, describes nothing
        (1, {cal.VISUAL: "carrousel.png"}, "ALT"),  # another visual with row 0's alternative text
        (0, {cal.TEXT: "Texte à définir"}, "CONTENU"),
        (1, {cal.TEXT: "Dans l'atelier de Saint-Malo, on coule les savons à la main !"}, "CONTENU"),
        (0, {cal.TEXT: "Notre baume guérit les gerçures en une nuit."}, "ALLEGATIONS"),
        (2, {cal.TEXT: "Un savon zéro déchet, fabriqué à Saint-Malo."}, "ALLEGATIONS"),
        (0, {cal.HASHTAGS: "#savonsolide #SaintMalo"}, "ECRITURE"),
        (0, {cal.TEXT: "On 💙 les savons de l'atelier de Saint-Malo."}, "ECRITURE"),
    ],
)
def test_each_rule_catches_its_trap(row, changes, rule):
    frame = clean_calendar()
    for column, value in changes.items():
        frame.loc[row, column] = value
    report = run(frame)
    result = next(r for r in report.results if r.rule == rule)
    assert not result.passed
    assert all(f.rule == rule for f in result.findings)
    assert any(f.row == row for f in result.findings)


def test_five_hashtags_are_allowed_on_instagram_and_duplicates_count_once():
    frame = clean_calendar()
    frame.loc[0, cal.HASHTAGS] = "#a #b #c #d #e"
    frame.loc[0, cal.TEXT] = "Le savon #A du jour"  # #A repeats #a: still 5 distinct
    assert verdicts(run(frame))["HASHTAGS"]
    frame.loc[0, cal.TEXT] = "Le savon #Solide du jour"  # a sixth distinct tag
    assert not verdicts(run(frame))["HASHTAGS"]


def test_same_text_on_two_platforms_is_not_a_duplicate():
    frame = clean_calendar()
    frame.loc[3, cal.TEXT] = frame.loc[0, cal.TEXT]
    frame.loc[3, cal.HASHTAGS] = frame.loc[0, cal.HASHTAGS]
    assert verdicts(run(frame))["DOUBLONS"]


def test_length_rule_weighs_every_link_as_x_does():
    frame = clean_calendar()
    url = "https://www.maison-ondine.fr/boutique/shampoings-solides?utm_source=x"
    frame.loc[0, [cal.PLATFORM, cal.FORMAT, cal.HASHTAGS]] = ["X", "Texte", ""]
    frame.loc[0, cal.TEXT] = "a" * 256 + " " + url  # 256 + 1 + 23 = 280, X's limit
    assert verdicts(run(frame))["LONGUEUR"]
    frame.loc[0, cal.TEXT] = "a" * 257 + " " + url
    assert not verdicts(run(frame))["LONGUEUR"]


def test_pillar_balance_with_tolerance():
    frame = clean_calendar()  # 2 "Savoir-faire", 2 "Conseils": 50 % each
    frame.loc[1, cal.PILLAR] = "Savoir-faire"  # 75 % / 25 %: 25 points off
    assert not verdicts(run(frame, tolerance=0.20))["PILIERS"]
    assert verdicts(run(frame, tolerance=0.25))["PILIERS"]
    frame.loc[1, cal.PILLAR] = "Coulisses"  # a pillar outside the charter
    report = run(frame, tolerance=0.5)
    messages = [f.message for f in report.findings if f.rule == "PILIERS"]
    assert messages == ["pilier « Coulisses » absent de la charte validée."]


def test_weekly_frequency_per_platform():
    frame = clean_calendar()
    assert verdicts(run(frame, frequency={"Instagram": 2, "LinkedIn": 2}))["FREQUENCE"]
    report = run(frame, frequency=FREQUENCY)  # LinkedIn carries 2, the charter says 1
    findings = [f.message for f in report.findings if f.rule == "FREQUENCE"]
    assert findings == [
        "semaine 1 (du 04/01/2027) : 2 publication(s) sur LinkedIn, la charte en prévoit 1."
    ]
    report = run(frame, frequency={"Instagram": 2})  # LinkedIn is not in the charter
    assert "« LinkedIn » n'est pas un réseau retenu par la charte." in [
        f.message for f in report.findings
    ]


def test_weeks_are_full_seven_day_blocks_from_the_start():
    assert cal.week_starts(date(2027, 1, 4), date(2027, 1, 31)) == [
        date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18), date(2027, 1, 25)
    ]
    assert cal.week_starts(date(2027, 1, 4), date(2027, 1, 16)) == [date(2027, 1, 4)]


def test_end_defaults_to_four_weeks_and_charter_defaults_to_brand():
    frame = clean_calendar()
    report = cal.validate_calendar(frame, "2027-01-04")
    freq = [f for f in report.findings if f.rule == "FREQUENCE"]
    # 4 weeks x 4 platforms of the validated charter: every count differs (week 1 has 2 and 2)
    assert len(freq) == 16
    assert not verdicts(report)["PILIERS"]


def test_timestamps_and_aware_times_are_read():
    frame = clean_calendar()
    frame[cal.DATE] = pd.to_datetime(frame[cal.DATE])
    assert run(frame).passed
    frame[cal.DATE] = frame[cal.DATE].dt.tz_localize("Europe/Paris").dt.tz_convert("UTC")
    assert run(frame).passed


def test_summary_is_french_and_lists_failures():
    frame = clean_calendar()
    frame.loc[2, cal.OWNER] = "Inès, Théo"
    text = run(frame).summary()
    assert text.startswith("12 règle(s) respectée(s) sur 13.")
    assert "[RESPONSABLE] ligne 2 : « Inès, Théo » : un seul responsable par publication." in text


@pytest.mark.parametrize(
    "value, message",
    [
        ([1, 2], "doit être un tableau pandas"),
        (pd.DataFrame({"date": []}), "Colonne(s) manquante(s)"),
        (pd.DataFrame(columns=list(cal.COLUMNS)), "aucune publication"),
    ],
)
def test_unusable_calendars_raise_a_french_error(value, message):
    with pytest.raises(cal.CalendarError, match=message.replace("(", r"\(").replace(")", r"\)")):
        cal.validate_calendar(value, START, END)


def test_period_ending_before_it_starts():
    with pytest.raises(cal.CalendarError, match="avant de commencer"):
        cal.validate_calendar(clean_calendar(), END, START)


def test_labels_in_another_case_or_without_accents_are_the_charter_s():
    frame = clean_calendar()
    frame[cal.PLATFORM] = frame[cal.PLATFORM].str.lower()
    frame[cal.FORMAT] = frame[cal.FORMAT].str.upper()
    frame[cal.PILLAR] = frame[cal.PILLAR].str.lower()
    assert run(frame).passed, run(frame).summary()


def test_the_same_text_on_two_networks_is_written_content_but_not_twice_on_one():
    frame = clean_calendar()
    frame.loc[3, cal.TEXT] = frame.loc[0, cal.TEXT]  # Instagram and LinkedIn: cross-posting is fine
    assert cal.written(frame) == {}
    frame.loc[1, cal.TEXT] = frame.loc[0, cal.TEXT].upper()  # twice on Instagram
    assert list(cal.written(frame)) == [1]
    assert "ligne 0 sur Instagram" in cal.written(frame)[1]


def test_a_calendar_of_placeholders_has_no_written_post():
    frame = clean_calendar()
    frame[cal.TEXT] = ["à définir", "TODO", "Texte de la publication", "..."]
    assert sorted(cal.written(frame)) == [0, 1, 2, 3]


def test_visual_sizes_when_given_are_checked_against_the_format_range():
    frame = clean_calendar()
    frame[cal.WIDTH] = [1080, 1080, None, 1080]
    frame[cal.HEIGHT] = [1920, 1350, None, 1350]  # a Reel 9:16, a carousel 4:5, a LinkedIn 4:5 image
    assert verdicts(run(frame))["FORMAT"]
    frame.loc[1, cal.HEIGHT] = 1920  # a story's 9:16 visual reused in the carousel
    findings = [f for f in run(frame).findings if f.rule == "FORMAT"]
    assert len(findings) == 1 and findings[0].row == 1 and "de 1,91:1 à 4:5" in findings[0].message


def test_a_pillar_named_with_a_forbidden_claim_is_refused():
    frame = clean_calendar()
    frame[cal.PILLAR] = ["Zéro déchet", "Conseils", "Conseils", "Zéro déchet"]
    report = run(frame, pillars={"Zéro déchet": 0.5, "Conseils": 0.5})
    findings = [f for f in report.findings if f.rule == "PILIERS"]
    assert len(findings) == 1 and "zéro déchet" in findings[0].message.lower()
