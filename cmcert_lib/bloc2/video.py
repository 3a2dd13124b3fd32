"""The vertical video « Le bain avec Petite Vague en trois gestes »: its rules and its rough cut.

- :data:`STORYBOARD_COLUMNS`, :data:`TARGETS` (the platforms and formats the video is for) and
  :func:`platform_rules`: the duration and proportions each target platform accepts, read from
  :mod:`cmcert_lib.facts.platforms` (the one table);
- :func:`full_screen`: whether a still fills the 9:16 screen of every target format;
- :func:`gestures_in_order`, :func:`on_screen_text_problem`: the storyboard's rules, shared by the
  notebook and its checks;
- :func:`assemble_clip`: a rough cut (stills, subtitles burnt in) written as an MP4 with the
  ffmpeg that ``imageio-ffmpeg`` ships, in a few seconds; it says in French why when it cannot.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from cmcert_lib.bloc2.subtitles import Cue, SubtitleError, parse_srt
from cmcert_lib.checks.core import canonical_label, label_key
from cmcert_lib.facts import subtitles as norms
from cmcert_lib.facts.platforms import PLATFORMS

STORYBOARD_COLUMNS = ("Plan", "Durée (s)", "Image", "Action", "Texte à l'écran", "Son")
# The platforms the brief names for the video (« Reels et TikTok ») and the format of each.
TARGETS = {"Instagram": "Reel", "TikTok": "Vidéo"}
# Léna Morvan's request for the cut: « une vidéo courte », 20 to 45 seconds (the notebook quotes it).
CLIENT_SECONDS = (20, 45)
# The hook must land before the viewer swipes: the first shot lasts 3 seconds at most.
HOOK_SECONDS = 3
# The three gestures, each recognised by the stems of the words that name it (compared without accents).
GESTURES = {
    "mouiller": ("mouill", "humidif"),
    "faire mousser": ("mouss", "frott", "mass", "shampouin", "lav"),
    "rincer": ("rinc", "rinç"),
}


def platform_rules() -> pd.DataFrame:
    """One row a target platform: its format, the longest video, the accepted proportions."""
    rows = []
    for name, fmt in TARGETS.items():
        platform = PLATFORMS[name]
        ranges = platform.ranges_for(fmt)
        rows.append({"Plateforme": name, "Format": fmt, "Durée maximale (s)": platform.max_video_seconds,
                     "Proportions acceptées": " ; ".join(r.label for r in ranges),
                     "Taille recommandée": " ; ".join(f"{f.width} × {f.height}" for r in ranges for f in r.recommended),
                     "Source": platform.sources["max_video_seconds"].title})
    return pd.DataFrame(rows)


def max_seconds() -> int:
    """The longest video every target platform accepts."""
    return min(PLATFORMS[name].max_video_seconds for name in TARGETS)


def full_screen(width: int, height: int) -> bool:
    """True when an image of this size fills the full screen of every target format without cropping."""
    return all(r.accepts(width, height) for name, fmt in TARGETS.items() for r in PLATFORMS[name].ranges_for(fmt))


def _stems(text: Any) -> list[str]:
    return re.findall(r"[a-z]+", label_key(text)) if isinstance(text, str) else []


def gesture_of(text: Any) -> set[str]:
    """The gestures a text names (keys of GESTURES)."""
    found = set()
    for word in _stems(text):
        for gesture, stems in GESTURES.items():
            if any(word.startswith(label_key(stem)) for stem in stems):
                found.add(gesture)
    return found


def gestures_in_order(texts: Iterable[Any]) -> bool:
    """True when three shots, in this order, show the three gestures in the order of GESTURES."""
    wanted = list(GESTURES)
    step = 0
    for text in texts:
        if step < len(wanted) and wanted[step] in gesture_of(text):
            step += 1
    return step == len(wanted)


def on_screen_text_problem(text: Any, seconds: float) -> str | None:
    """What makes an on-screen text unreadable in a shot of ``seconds`` (French), or None.

    The subtitle norms apply: lines of 42 characters, 2 lines at most (a line break
    is written ``\\n``), read at 17 characters a second at most.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    lines = [line.strip() for line in text.strip().split("\n")]
    if len(lines) > norms.MAX_LINES:
        return f"{len(lines)} lignes (au plus {norms.MAX_LINES})"
    if any(len(line) > norms.MAX_LINE_CHARS for line in lines):
        return f"une ligne de plus de {norms.MAX_LINE_CHARS} caractères"
    chars = sum(len(line) for line in lines)
    if not seconds > 0 or chars > norms.MAX_CPS * seconds:
        return f"trop long pour la durée du plan (plus de {norms.MAX_CPS} caractères par seconde)"
    return None


# --- the rough cut ---------------------------------------------------------------------------------

CLIP_FPS = 5  # frames a second: stills only, so 5 are enough and keep the encoding fast
CLIP_SIZE = (540, 960)  # half of 1080 × 1920, same 9:16 proportions
ENCODE_SECONDS = 60  # ffmpeg gets this long at most


def _font(size: int):
    from matplotlib import get_data_path
    from PIL import ImageFont

    return ImageFont.truetype(str(Path(get_data_path()) / "fonts" / "ttf" / "DejaVuSans-Bold.ttf"), size)


def _caption(image, lines: Iterable[str], bottom: bool, size: int = 20):
    """Burn lines of text on a translucent navy band, at the bottom (subtitles) or the top (on-screen text)."""
    from PIL import Image, ImageDraw

    lines = [line for line in lines if line]
    if not lines:
        return image
    font = _font(size)
    line_height = size + 10
    band = len(lines) * line_height + 20
    top = image.height - band - 70 if bottom else 90
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.rectangle((0, top, image.width, top + band), fill=(29, 59, 83, 200))
    for i, line in enumerate(lines):
        width = draw.textlength(line, font=font)
        draw.text(((image.width - width) / 2, top + 10 + i * line_height), line, font=font, fill="white")
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


class CutError(ValueError):
    """A storyboard the rough cut cannot follow; the message is French."""


def _shots(storyboard: Any, stills: dict[str, str]) -> list[tuple[str, float, str]]:
    """(path, seconds, on-screen text) per shot; CutError (French) on a shot that cannot be drawn."""
    frame = pd.DataFrame(storyboard)
    frame = frame.rename(columns=lambda c: canonical_label(c, STORYBOARD_COLUMNS))
    shots = []
    for position, row in enumerate(frame.to_dict("records"), start=1):
        image = str(row.get("Image", "")).strip()
        path = stills.get(image) or next((p for n, p in stills.items() if label_key(n) == label_key(image)), None)
        if path is None:
            raise CutError(f"plan {position} : image « {image} » inconnue (prenez un fichier de la liste).")
        seconds = float(row.get("Durée (s)", 0))
        if not 0 < seconds <= max_seconds():
            raise CutError(f"plan {position} : durée de {seconds} s impossible.")
        text = row.get("Texte à l'écran", "")
        shots.append((path, seconds, text if isinstance(text, str) else ""))
    if not shots:
        raise CutError("le scénario n'a aucun plan.")
    return shots


def _frames(shots: list[tuple[str, float, str]], cues: list[Cue]):
    """The clip's frames, one per 1/CLIP_FPS second, as RGB bytes (drawn once per distinct picture)."""
    from PIL import Image

    cache: dict[tuple, bytes] = {}
    step = 1000 // CLIP_FPS
    start = 0
    for path, seconds, text in shots:
        end = start + round(seconds * 1000)
        for t in range(start, end, step):
            cue = next((c for c in cues if c.start_ms <= t < c.end_ms), None)
            key = (path, text, cue)
            if key not in cache:
                image = Image.open(path).convert("RGB")
                if image.size != CLIP_SIZE:
                    image = image.resize(CLIP_SIZE)
                image = _caption(image, text.split("\n"), bottom=False, size=30)
                image = _caption(image, cue.lines if cue else (), bottom=True)
                cache[key] = image.tobytes()
            yield cache[key]
        start = end


def assemble_clip(storyboard: Any, subtitles: str, stills: dict[str, str], out: str | Path) -> Path | None:
    """Write the rough cut of a storyboard as an MP4 (H.264, 540 × 960, subtitles burnt in).

    ``stills`` maps each image's file name to its path. Returns the file written, or None after
    printing, in French, why the clip could not be made (no ffmpeg, a shot that cannot be drawn,
    the encoder stopped): the rest of the notebook does not depend on it.
    """
    try:
        shots = _shots(storyboard, stills)
        cues = parse_srt(subtitles)
    except (CutError, SubtitleError) as exc:
        print(f"Vidéo non assemblée : {exc}")
        return None
    except Exception:  # noqa: BLE001 - a storyboard of any shape is a French message, never a crash
        print("Vidéo non assemblée : le scénario n'a pas la forme attendue (un DataFrame, une ligne par plan).")
        return None
    try:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:  # noqa: BLE001 - any failure to find the encoder is the same French message
        print("Vidéo non assemblée : l'encodeur ffmpeg (paquet imageio-ffmpeg) est introuvable sur cette machine.")
        return None
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    width, height = CLIP_SIZE
    command = [ffmpeg, "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-r", str(CLIP_FPS), "-i", "-",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-threads", "1",
               "-movflags", "+faststart", str(out)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    except OSError as exc:
        print(f"Vidéo non assemblée : ffmpeg ne peut pas être lancé ici ({exc.strerror or exc}).")
        return None
    try:
        for frame in _frames(shots, cues):
            process.stdin.write(frame)
        _, errors = process.communicate(timeout=ENCODE_SECONDS)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        process.kill()
        process.communicate()
        print("Vidéo non assemblée : l'encodage s'est interrompu (machine trop lente ou ressources limitées).")
        return None
    if process.returncode != 0 or not out.is_file():
        detail = errors.decode("utf-8", "replace").strip().splitlines()[-1:] if errors else []
        print("Vidéo non assemblée : ffmpeg a échoué" + (f" ({detail[0]})." if detail else "."))
        return None
    return out


def extract_frame(clip: str | Path, second: float, out: str | Path) -> Path | None:
    """Save the clip's picture at ``second`` as a PNG (to look at the cut); None when it cannot."""
    import imageio_ffmpeg

    out = Path(out)
    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-ss", f"{second:.2f}",
               "-i", str(clip), "-frames:v", "1", str(out)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=ENCODE_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out if done.returncode == 0 and out.is_file() else None
