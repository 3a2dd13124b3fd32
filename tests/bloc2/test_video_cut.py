"""The video's rules (platforms, full screen, gestures, on-screen text), its material and its rough cut."""

from __future__ import annotations

import subprocess

import imageio_ffmpeg
import pandas as pd
import pytest
from PIL import Image

from cmcert_lib.bloc2 import video
from cmcert_lib.bloc2.datagen.video import DRAFT_TEXT, VOICE_OVER, VOICE_OVER_MS
from cmcert_lib.bloc2.datasets import DataFileError, load_draft_subtitles, load_stills
from cmcert_lib.bloc2.subtitles import Cue, parse_srt, problems, to_srt
from cmcert_lib.facts.platforms import PLATFORMS


def test_platform_rules_come_from_the_one_table():
    rules = video.platform_rules().set_index("Plateforme")
    assert rules.loc["Instagram", "Durée maximale (s)"] == PLATFORMS["Instagram"].max_video_seconds
    assert rules.loc["TikTok", "Durée maximale (s)"] == PLATFORMS["TikTok"].max_video_seconds
    assert set(rules["Proportions acceptées"]) == {"9:16"}
    assert video.max_seconds() == 180


@pytest.mark.parametrize(("size", "fits"), [((540, 960), True), ((1080, 1920), True), ((1080, 1350), False),
                                            ((960, 540), False), ((720, 720), False), ((0, 960), False)])
def test_full_screen(size, fits):
    assert video.full_screen(*size) is fits


def test_gestures_in_order_needs_three_shots_in_order():
    assert video.gestures_in_order(["Accroche", "On mouille", "On fait mousser", "Massage", "On rince"])
    assert video.gestures_in_order(["Humidifiez", "Frottez", "Rinçage"])
    assert not video.gestures_in_order(["On rince", "On mouille", "On fait mousser"])
    assert not video.gestures_in_order(["Mouiller, faire mousser, rincer"])
    assert not video.gestures_in_order([None, 3, "On mouille"])


@pytest.mark.parametrize(("text", "seconds", "fault"), [
    ("", 1, None), (None, 1, None), ("1. Mouiller", 1, None), ("Testé sur 32 enfants\n60 g · 40 lavages", 3, None),
    ("x" * 43, 5, "42"), ("a\nb\nc", 5, "3 lignes"), ("x" * 40, 2, "caractères par seconde"), ("Texte", 0, "durée"),
])
def test_on_screen_text(text, seconds, fault):
    problem = video.on_screen_text_problem(text, seconds)
    assert (problem is None) if fault is None else (fault in problem)


def test_stills_list_and_files_agree():
    stills = load_stills()
    assert list(stills.columns) == ["Fichier", "Largeur (px)", "Hauteur (px)", "Ce que montre l'image", "Chemin"]
    for name, width, height, path in zip(stills["Fichier"], stills["Largeur (px)"], stills["Hauteur (px)"],
                                         stills["Chemin"], strict=True):
        with Image.open(path) as image:
            assert image.size == (width, height), name
    fitting = [n for n, w, h in zip(stills["Fichier"], stills["Largeur (px)"], stills["Hauteur (px)"], strict=True)
               if video.full_screen(w, h)]
    assert len(fitting) == 5 and "atelier_paysage.png" not in fitting


def test_loader_errors_are_french(tmp_path):
    with pytest.raises(DataFileError, match="introuvable"):
        load_draft_subtitles(tmp_path / "absent.srt")
    (tmp_path / "latin.srt").write_bytes("Tête".encode("latin-1"))
    with pytest.raises(DataFileError, match="UTF-8"):
        load_draft_subtitles(tmp_path / "latin.srt")
    (tmp_path / "planches.csv").write_text("Fichier;Largeur (px);Hauteur (px);Ce que montre l'image\n"
                                           "a.png;540;960;Un bain\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="a.png"):
        load_stills(tmp_path / "planches.csv")
    (tmp_path / "planches.csv").write_text("Fichier;Largeur (px);Hauteur (px);Ce que montre l'image\n"
                                           "a.png;large;960;Un bain\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        load_stills(tmp_path / "planches.csv")


def test_the_draft_has_the_announced_faults_and_the_voice_over_does_not():
    draft = load_draft_subtitles()
    assert draft == DRAFT_TEXT
    repaired = parse_srt(draft.replace("00:00:03.000", "00:00:03,000"))
    faulty = {n for n, _ in problems(repaired)}
    assert faulty == {3, 4, 6, 7}
    assert VOICE_OVER_MS == (500, 29_000)
    said = sorted(" ".join(c.text for c in repaired).split())
    assert said == sorted(" ".join(t for _, _, t in VOICE_OVER).split())


# --- the rough cut -----------------------------------------------------------------------------------

def _storyboard():
    return pd.DataFrame({
        "Plan": [1, 2], "Durée (s)": [1.0, 1.2], "Image": ["accroche_bain.png", "ETUI_CARRE.png"],
        "Action": ["a", "b"], "Texte à l'écran": ["Le bain en 3 gestes", ""], "Son": ["", ""],
    })


def _stills():
    stills = load_stills()
    return dict(zip(stills["Fichier"], stills["Chemin"], strict=True))


def test_the_cut_is_an_mp4_with_the_subtitles_burnt_in(tmp_path):
    srt = to_srt([Cue(1, 0, 1000, ("Le bain, en trois gestes.",))])
    clip = video.assemble_clip(_storyboard(), srt, _stills(), tmp_path / "clip.mp4")
    assert clip == tmp_path / "clip.mp4" and clip.read_bytes()[4:8] == b"ftyp"
    frame = video.extract_frame(clip, 0.4, tmp_path / "f.png")
    with Image.open(frame) as image:
        assert image.size == video.CLIP_SIZE
        band = image.convert("RGB").crop((0, 960 - 130, 540, 960 - 70))
        assert all(high > 200 for _, high in band.getextrema())  # white letters on the navy band


@pytest.mark.parametrize(("storyboard", "subtitles", "words"), [
    (pd.DataFrame({"Image": ["inconnue.png"], "Durée (s)": [2]}), "", "inconnue"),
    (pd.DataFrame({"Image": ["accroche_bain.png"], "Durée (s)": [-1]}), "", "durée"),
    (pd.DataFrame(), "", "aucun plan"),
    (42, "", "forme attendue"),
    (_storyboard(), "pas du SRT", "Sous-titre"),
])
def test_a_cut_that_cannot_be_made_says_why_in_french(tmp_path, capsys, storyboard, subtitles, words):
    subtitles = subtitles or to_srt([Cue(1, 0, 1000, ("Le bain",))])
    assert video.assemble_clip(storyboard, subtitles, _stills(), tmp_path / "c.mp4") is None
    out = capsys.readouterr()
    assert words in out.out and out.err == ""


def test_an_encoder_that_cannot_start_is_a_french_message(tmp_path, capsys, monkeypatch):
    imageio_ffmpeg.get_ffmpeg_exe()  # found (and cached) before ffmpeg is refused to start

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission non accordée")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    srt = to_srt([Cue(1, 0, 1000, ("Le bain",))])
    assert video.assemble_clip(_storyboard(), srt, _stills(), tmp_path / "c.mp4") is None
    assert "ffmpeg ne peut pas être lancé" in capsys.readouterr().out


def test_no_encoder_is_a_french_message(tmp_path, capsys, monkeypatch):
    def missing():
        raise RuntimeError("No ffmpeg exe could be found.")

    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", missing)
    srt = to_srt([Cue(1, 0, 1000, ("Le bain",))])
    assert video.assemble_clip(_storyboard(), srt, _stills(), tmp_path / "c.mp4") is None
    out = capsys.readouterr()
    assert "introuvable" in out.out and "No ffmpeg" not in out.out and out.err == ""
