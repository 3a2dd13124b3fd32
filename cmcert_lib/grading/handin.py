"""Reading a candidate's hand-in folder (``submitted/<student>/<bloc>/``) without following anything.

A hand-in is plain files the candidate wrote.  What else can sit there is refused, with a
French line in the integrity summary, and the notebook concerned scores 0:

- a symbolic link (a hand-in pointing at ``source/<bloc>/``, the solutions), the folder
  itself or the candidate's folder being a link;
- a hard link (``st_nlink > 1``: the same file as one elsewhere, the solutions for one);
- anything that is not a regular file (a FIFO would block grading, a device, a socket);
- when grading runs as root, a file whose owner is not the owner of the hand-in folder.

Every file is opened once, without following links (``O_NOFOLLOW``, relative to the
folder's own descriptor), checked on the open descriptor and read with a size cap, so
nothing can be swapped between the check and the read.  A file name that is not UTF-8 is
kept (and shown escaped); the contents are parsed later, by :mod:`cmcert_lib.grading.untrusted`.

:func:`looks_like_source` notices a hand-in that is the course's own source notebook (the
solutions and the hidden tests), whichever way it got there.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cmcert_lib.grading import quoting
from cmcert_lib.grading.rebuild import Note

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 200
CHECKPOINTS = ".ipynb_checkpoints"
# What only the source notebooks contain: the markers nbgrader removes when it builds the release.
SOURCE_MARKERS = re.compile(r"#+\s*(BEGIN|END) SOLUTION|(BEGIN|END) HIDDEN TESTS|=== (BEGIN|END) MARK SCHEME ===")


SECRET_FILE = "submission_secret.txt"
SECRET = re.compile(r"[0-9a-f]{32,256}")  # nbgrader writes secrets.token_hex(64)


@dataclass
class HandIn:
    notebooks: dict[str, bytes] = field(default_factory=dict)  # file name (as on disk) -> contents
    timestamp: bytes | None = None
    # nbgrader's submit writes a random secret beside the notebooks; the feedback released to the candidate is
    # named by a hash of it, so only the one who submitted can fetch it.
    secret: str | None = None
    notes: list[Note] = field(default_factory=list)


def read_handin(folder: Path, max_bytes: int = MAX_FILE_BYTES) -> HandIn:
    """The notebooks and timestamp of a hand-in folder; what cannot be trusted is refused with a note."""
    handin = HandIn()
    try:
        fd = _open_folder(folder)
    except _Refused as exc:
        handin.notes.append(Note("fichier", str(exc), suspicious=exc.suspicious))
        return handin
    try:
        owner = os.fstat(fd).st_uid
        names = sorted(os.listdir(fd))
        if len(names) > MAX_ENTRIES:
            handin.notes.append(Note("fichier", f"{len(names)} fichiers dans la copie : seuls les {MAX_ENTRIES} "
                                     "premiers sont examinés."))
            names = names[:MAX_ENTRIES]
        for name in names:
            shown = quoting.file_name(name)
            if name == CHECKPOINTS:
                continue
            if not quoting.is_utf8_name(name):
                handin.notes.append(Note("fichier", f"« {shown} » : nom de fichier qui n'est pas en UTF-8."))
            wanted = name.endswith(".ipynb") or name in ("timestamp.txt", SECRET_FILE)
            try:
                data = _read(fd, name, owner, max_bytes if wanted else 0)
            except _Refused as exc:
                handin.notes.append(Note("fichier", f"« {shown} » : {exc}", suspicious=exc.suspicious))
                continue
            if name == SECRET_FILE:
                text = data.decode("ascii", "replace").strip()
                if SECRET.fullmatch(text):
                    handin.secret = text
                else:
                    handin.notes.append(Note("fichier", f"« {SECRET_FILE} » illisible : le retour ne pourra pas "
                                             "être récupéré par le candidat depuis JupyterHub.", suspicious=True))
            elif name == "timestamp.txt":
                handin.timestamp = data
            elif name.endswith(".ipynb"):
                handin.notebooks[name] = data
            else:
                handin.notes.append(Note("fichier", f"« {shown} » ne fait pas partie du sujet : ignoré."))
    finally:
        os.close(fd)
    return handin


class _Refused(Exception):
    def __init__(self, text: str, suspicious: bool = True):
        super().__init__(text)
        self.suspicious = suspicious


def _open_folder(folder: Path) -> int:
    """A descriptor on the hand-in folder, refusing a link at its last two levels (candidate, bloc)."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        parent = os.open(folder.parent.parent, flags & ~os.O_NOFOLLOW)
    except OSError as exc:
        raise _Refused(f"dossier des copies illisible ({exc.strerror}).", suspicious=False) from None
    try:
        fd = parent
        for part in (folder.parent.name, folder.name):
            try:
                st = os.stat(part, dir_fd=fd, follow_symlinks=False)
            except OSError as exc:
                raise _Refused(f"dossier de copie illisible ({exc.strerror}).", suspicious=False) from None
            if stat.S_ISLNK(st.st_mode):
                raise _Refused(f"le dossier « {quoting.file_name(part)} » de la copie est un lien symbolique : "
                               "copie refusée, 0 point.")
            if not stat.S_ISDIR(st.st_mode):
                raise _Refused(f"« {quoting.file_name(part)} » n'est pas un dossier : copie refusée.")
            nxt = os.open(part, flags, dir_fd=fd)
            if fd != parent:
                os.close(fd)
            fd = nxt
        return fd
    finally:
        os.close(parent)


def _read(folder_fd: int, name: str, owner: int, max_bytes: int) -> bytes:
    st = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
    _check(st, owner)
    if max_bytes == 0:
        return b""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags, dir_fd=folder_fd)
    except OSError as exc:
        raise _Refused(f"fichier illisible ({exc.strerror}) : ignoré.") from None
    try:
        opened = os.fstat(fd)
        _check(opened, owner)
        if (opened.st_dev, opened.st_ino) != (st.st_dev, st.st_ino):
            raise _Refused("fichier remplacé pendant la lecture : refusé, 0 point.")
        if opened.st_size > max_bytes:
            raise _Refused(f"fichier trop volumineux ({opened.st_size // (1024 * 1024)} Mo ; "
                           f"{max_bytes // (1024 * 1024)} Mo au plus) : 0 point.", suspicious=False)
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise _Refused("fichier trop volumineux : 0 point.", suspicious=False)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check(st: os.stat_result, owner: int) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise _Refused("lien symbolique : refusé, 0 point (une copie doit être un fichier du candidat).")
    if stat.S_ISDIR(st.st_mode):
        raise _Refused("dossier dans la copie : ignoré.", suspicious=False)
    if not stat.S_ISREG(st.st_mode):
        raise _Refused("ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : refusé, 0 point.")
    if st.st_nlink > 1:
        raise _Refused("fichier lié à un autre fichier (lien physique) : refusé, 0 point.")
    if os.geteuid() == 0 and st.st_uid != owner:
        raise _Refused("fichier appartenant à un autre utilisateur que le dossier de la copie : refusé, 0 point.")


# --- a hand-in that is the source notebook ----------------------------------------------------


def source_digests(source_dir: Path) -> set[str]:
    """The SHA-256 of each source notebook of a bloc (a hand-in identical to one is the solutions)."""
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(source_dir.glob("*.ipynb"))}


def looks_like_source(data: bytes, sources: set[str], cell_sources: list[str]) -> str | None:
    """A French reason when a handed-in notebook is (or carries) the course's source notebook."""
    if hashlib.sha256(data).hexdigest() in sources:
        return "ce fichier est le notebook source du formateur (corrigé et tests cachés)"
    for text in cell_sources:
        found = SOURCE_MARKERS.search(text)
        if found:
            return f"ce fichier contient les marques du corrigé du formateur (« {found.group(0)} »)"
    return None
