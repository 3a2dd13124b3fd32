"""``nbgrader collect`` that copies only the candidate's own files (``c.ExchangeFactory.collect``).

nbgrader's collect copies each hand-in of the exchange's ``inbound/`` folder with
``shutil.copytree``, which follows symbolic links: a hand-in holding a link to
``source/<bloc>/`` (or to any file the trainer can read) is copied as if the candidate
had written it, and the owner check only logs a warning.  :class:`SafeCollect` copies
file by file, never following a link, and leaves out, with a French line in the log:

- symbolic links, and a hand-in folder that is itself a link;
- hard links (a file with more than one name: the same file as one elsewhere);
- anything but regular files and folders (FIFO, device, socket);
- files or folders whose owner is not the owner of the hand-in folder;
- a hand-in whose folder name is not ``<student>+<bloc>+<timestamp>[+<random>]`` with a date
  nbgrader can read, or whose student id is not one grading accepts
  (:func:`cmcert_lib.grading.quoting.id_problem`): such a name made stock nbgrader stop
  the whole collect, or could name a folder outside ``submitted/``.

Grading checks the collected folders again (:mod:`cmcert_lib.grading.handin`): copies put
into ``submitted/`` by other means are refused the same way.
"""

from __future__ import annotations

import glob
import os
import stat

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.exchange.default.collect import ExchangeCollect, groupby
from nbgrader.utils import ignore_patterns, parse_utc

from cmcert_lib.grading import quoting

MAX_DEPTH = 8  # folders inside a hand-in
_READ = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


class SafeCollect(ExchangeCollect):
    """nbgrader's default collect, with the copy and the hand-in names checked (see the module)."""

    def _record_or_none(self, path: str) -> dict | None:
        filename = os.path.basename(path)
        parts = filename.rsplit("+", 3)
        shown = quoting.file_name(filename)
        if len(parts) < 3:
            self.log.error("Remise « %s » ignorée : nom de dossier invalide.", shown)
            return None
        problem = quoting.id_problem(parts[0])
        if problem:
            self.log.error("Remise « %s » ignorée : %s", shown, problem)
            return None
        try:
            timestamp = parse_utc(parts[2])
        except (ValueError, OverflowError, TypeError):
            self.log.error("Remise « %s » ignorée : date de remise illisible.", shown)
            return None
        if os.path.islink(path) or not os.path.isdir(path):
            self.log.error("Remise « %s » ignorée : ce n'est pas un dossier (lien symbolique ou fichier).", shown)
            return None
        return {"username": parts[0], "filename": filename, "timestamp": timestamp}

    def init_src(self):
        if self.coursedir.course_id == "":
            self.fail("No course id specified. Re-run with --course flag.")
        self.course_path = os.path.join(self.root, self.coursedir.course_id)
        self.inbound_path = os.path.join(self.course_path, "inbound")
        if not os.path.isdir(self.inbound_path):
            self.fail(f"Course not found: {self.inbound_path}")
        student_id = self.coursedir.student_id or "*"  # the trainer's choice, a glob pattern as in nbgrader
        pattern = os.path.join(self.inbound_path, f"{student_id}+{self.coursedir.assignment_id}+*")
        records = [r for r in (self._record_or_none(f) for f in glob.glob(pattern)) if r is not None]
        usergroups = groupby(records, lambda item: item["username"])
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            try:
                self.duedate = gb.find_assignment(self.coursedir.assignment_id).duedate
            except MissingEntry:
                self.duedate = None
        self.src_records = []
        for group in usergroups.values():
            ordered = self._sort_by_timestamp(group)
            if self.duedate is not None and self.before_duedate:
                on_time = [r for r in ordered if r["timestamp"] <= self.duedate]
                ordered = on_time or ordered
            self.src_records.append(ordered[0])

    def do_copy(self, src, dest, log=None):
        """Copy the hand-in ``src`` to ``dest``: the candidate's regular files only, never through a link."""
        if os.path.islink(src):
            self.log.error("Remise « %s » non ramassée : lien symbolique.", quoting.file_name(os.path.basename(src)))
            return
        size = self.get_size(src)
        if size > 1000 * self.coursedir.max_dir_size:
            self.log.error("Remise « %s » non ramassée : dossier trop volumineux (%d octets).",
                           quoting.file_name(os.path.basename(src)), size)
            return
        ignore = ignore_patterns(exclude=self.coursedir.ignore, include=self.coursedir.include,
                                 max_file_size=self.coursedir.max_file_size, log=self.log)
        fd = os.open(src, _READ | os.O_DIRECTORY)
        try:
            self._copy_folder(fd, src, dest, os.fstat(fd).st_uid, ignore, 0)
        finally:
            os.close(fd)
        if self.coursedir.groupshared:
            self._share_with_group(dest)

    def _copy_folder(self, fd: int, src: str, dest: str, owner: int, ignore, depth: int) -> None:
        os.makedirs(dest, exist_ok=True)
        names = sorted(os.listdir(fd))
        skipped = set(ignore(src, names))
        for name in names:
            if name in skipped:
                continue
            where = quoting.file_name(os.path.join(os.path.basename(src), name))
            st = os.stat(name, dir_fd=fd, follow_symlinks=False)
            refusal = _refusal(st, owner)
            if refusal or (stat.S_ISDIR(st.st_mode) and depth >= MAX_DEPTH):
                self.log.warning("« %s » non ramassé : %s", where, refusal or "dossiers trop imbriqués.")
                continue
            if stat.S_ISDIR(st.st_mode):
                child = os.open(name, _READ | os.O_DIRECTORY, dir_fd=fd)
                try:
                    self._copy_folder(child, os.path.join(src, name), os.path.join(dest, name), owner, ignore,
                                      depth + 1)
                finally:
                    os.close(child)
                continue
            try:
                _copy_file(fd, name, st, owner, os.path.join(dest, name))
            except _Refused as exc:
                self.log.warning("« %s » non ramassé : %s", where, exc)

    def _share_with_group(self, dest: str) -> None:
        for dirname, _, filenames in os.walk(dest):
            os.chmod(dirname, (os.stat(dirname).st_mode | 0o2770) & 0o2777)
            for filename in filenames:
                path = os.path.join(dirname, filename)
                os.chmod(path, (os.stat(path).st_mode | 0o660) & 0o777)


class _Refused(Exception):
    pass


def _refusal(st: os.stat_result, owner: int) -> str | None:
    """Why an entry of a hand-in is not the candidate's own file (French), or None."""
    if stat.S_ISLNK(st.st_mode):
        return "lien symbolique (tentative de ramasser un autre fichier ?)."
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        return "ce n'est pas un fichier ordinaire."
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        return "lien physique vers un autre fichier (tentative de ramasser un autre fichier ?)."
    if st.st_uid != owner:
        return "appartient à un autre utilisateur que le dossier de la remise."
    return None


def _copy_file(folder_fd: int, name: str, seen: os.stat_result, owner: int, dest: str) -> None:
    fd = os.open(name, _READ | os.O_NONBLOCK | os.O_NOCTTY, dir_fd=folder_fd)
    try:
        opened = os.fstat(fd)
        refusal = _refusal(opened, owner)
        if refusal:
            raise _Refused(refusal)
        if (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino):
            raise _Refused("fichier remplacé pendant le ramassage.")
        out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                      0o644)
        try:
            while chunk := os.read(fd, 1 << 20):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view):]
        finally:
            os.close(out)
    finally:
        os.close(fd)
