"""The browser harness: JupyterLab on a copy of the course, Chromium driven by Playwright, a screenshot a step.

What it records while a test walks a day in the browser:

* every request the browser makes (:attr:`Browser.requests`): the day must never leave the machine;
* every console error and uncaught exception, with the page it came from (:attr:`Browser.console`);
* the English words seen in the pages' visible text (:func:`english_words`): the project's own pages must
  have none; nbgrader's own interface (the « Validate » button, formgrader) is English and only listed;
* a PNG a step, ``build/screenshots/<test>/<NN>_<step>.png``, what was found, ``<test>/constats.json``, and
  the timings, ``build/screenshots/timings.json``.

The system's Chromium is used (``/usr/bin/chromium`` from Debian, or ``$CMCERT_CHROMIUM``), never a browser
downloaded by Playwright.  Headless by default; with a real window on an Xvfb virtual screen (:class:`Screen`)
when ``CMCERT_BROWSER_HEADED=1`` or for a test that asks for it (``@pytest.mark.headed``: the trainer's clicks),
when Xvfb is installed (``make install`` installs it as root); which one ran is in ``constats.json``
(``affichage``) and the test's output.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cmcert_lib.deploy import ports

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "build" / "screenshots"
BIN = Path(sys.executable).parent

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1440, "height": 900}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
LOCAL_SCHEMES = {"file", "data", "blob", "about", "chrome", "devtools"}
SERVER_START_TIMEOUT = 90  # seconds
SERVER_LIFETIME = 3600  # the server is killed after this whatever happens to the test run
HEADED_ENV = "CMCERT_BROWSER_HEADED"
SCREEN = "1600x1000x24"  # the virtual screen: room for the 1440x900 viewport and the window's frame

# Words that give an English page away (case-sensitive, whole words).  « Points » alone is French too: only
# the English « Points: » (no space before the colon) counts.
ENGLISH = re.compile(
    r"\b(?:Submit(?:ted)?|Validate|Validation|Score|Points?:|No response|Traceback|Error|Exception|"
    r"Assignments?|Students?|Feedback|Comments?|Grade[ds]?|Loading|passed|failed|You did not)(?![\w])")


def chromium() -> str | None:
    """The Chromium to drive: $CMCERT_CHROMIUM, else ``chromium`` on the PATH, else None."""
    candidate = os.environ.get("CMCERT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return candidate if Path(candidate).is_file() and os.access(candidate, os.X_OK) else None


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if chromium() is None:
        return "no Chromium (apt-get install chromium, which `make install` does as root)"
    return None


def xvfb() -> str | None:
    """Xvfb's path, or None."""
    return shutil.which("Xvfb")


def headed_wanted(test_asks: bool = False) -> bool:
    """A real window for this browser: asked by the environment (CMCERT_BROWSER_HEADED=1) or by the test."""
    return test_asks or os.environ.get(HEADED_ENV, "") not in ("", "0")


@dataclass
class Screen:
    """An Xvfb virtual screen started for one browser, stopped by its process id."""

    display: str
    process: subprocess.Popen

    @classmethod
    def start(cls) -> Screen:
        """Xvfb on the first free display it finds (``-displayfd`` writes the number it took)."""
        read, write = os.pipe()
        process = subprocess.Popen(
            ["timeout", str(SERVER_LIFETIME), xvfb(), "-displayfd", str(write), "-screen", "0", SCREEN,
             "-nolisten", "tcp"], pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            cls(":?", process).stop()
            raise RuntimeError("Xvfb n'a pas démarré")
        return cls(f":{number}", process)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def english_words(text: str) -> list[str]:
    """The telltale English words of ``text``, each once, in order."""
    return list(dict.fromkeys(match.group(0) for match in ENGLISH.finditer(text)))


# --- the server ---------------------------------------------------------------------------------------------


@dataclass
class Lab:
    """A JupyterLab server started in the background for one course folder."""

    root: Path
    url: str
    token: str
    process: subprocess.Popen
    log: Path
    ready_seconds: float

    def link(self, path: str) -> str:
        """The address of ``path`` on the server (``lab/tree/...``, ``formgrader/...``), token included."""
        return f"{self.url}/{path.lstrip('/')}?token={self.token}"

    def api(self, path: str):
        with urllib.request.urlopen(self.link(f"api/{path}"), timeout=10) as response:
            return json.load(response)

    def stop(self) -> None:
        """Stop the server and its kernels (the process group the server was started in), by its id."""
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def start_lab(root: Path, work: Path) -> Lab:
    """``jupyter lab`` on ``root`` as ``make lab`` starts it (French settings of jupyter/overrides.json,
    ``--allow-root`` as root), on a free local port with a token, its state in ``work`` (fresh)."""
    port, token = ports.free_port(), secrets.token_hex(16)
    dirs = {name: work / name for name in ("config", "runtime", "settings", "workspaces", "app-settings")}
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "jupyter" / "overrides.json", dirs["app-settings"] / "overrides.json")
    command = ["timeout", str(SERVER_LIFETIME), str(BIN / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
               f"--port={port}", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
               f"--LabApp.app_settings_dir={dirs['app-settings']}"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
               JUPYTER_CONFIG_DIR=str(dirs["config"]), JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
               JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]), JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]))
    env.pop("CMCERT_COURSE", None)
    log = work / "jupyter-lab.log"
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    lab = Lab(root, f"http://127.0.0.1:{port}", token, process, log, 0.0)
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter lab stopped ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            lab.api("status")
            break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() - started > SERVER_START_TIMEOUT:
                lab.stop()
                raise RuntimeError(f"jupyter lab not ready after {SERVER_START_TIMEOUT} s:\n"
                                   f"{log.read_text()[-3000:]}") from None
            time.sleep(0.25)
    lab.ready_seconds = time.monotonic() - started
    return lab


# --- the browser --------------------------------------------------------------------------------------------


@dataclass
class ConsoleEntry:
    page: str
    kind: str
    text: str


@dataclass
class Browser:
    """One fresh Chromium (its own user-data-dir) and what it did."""

    context: object
    folder: Path  # this test's screenshots
    requests: list[tuple[str, str]] = field(default_factory=list)  # (the page asking, the address asked)
    console: list[ConsoleEntry] = field(default_factory=list)
    english: dict[str, list[str]] = field(default_factory=dict)  # page or step -> words seen
    notes: dict[str, list[str]] = field(default_factory=dict)  # what nbgrader's own pages did (not failed on)
    steps: int = 0
    display: str = "headless"  # how Chromium showed its pages: « headless » or a window on an Xvfb screen
    screen: Screen | None = None

    @classmethod
    def launch(cls, playwright, folder: Path, headed: bool = False) -> Browser:
        """A fresh Chromium: with a real window on an Xvfb screen when ``headed`` and Xvfb is installed, else
        headless (:attr:`display` says which, and why)."""
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        screen, display = None, "headless"
        env = dict(os.environ)
        if headed and xvfb():
            screen = Screen.start()
            env["DISPLAY"] = screen.display
            display = f"fenêtre réelle sur l'écran virtuel Xvfb {screen.display} ({SCREEN})"
        elif headed:
            display = "headless : fenêtre demandée mais Xvfb absent (apt-get install xvfb)"
        profile = tempfile.mkdtemp(prefix="cmcert-chromium-")
        try:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=chromium(), headless=screen is None,
                args=CHROMIUM_ARGS + (["--headless"] if screen is None else []), viewport=VIEWPORT,
                locale="fr-FR", timezone_id="Europe/Paris", env=env)
        except Exception:
            if screen is not None:
                screen.stop()
            raise
        browser = cls(context, folder, display=display, screen=screen)
        context.on("request", browser._record)
        context.on("page", browser._watch)
        for page in context.pages:
            browser._watch(page)
        browser._profile = profile
        return browser

    def _record(self, request) -> None:
        try:
            asking = request.frame.url
        except Exception:  # noqa: BLE001 - a service worker's request has no frame
            asking = ""
        self.requests.append((asking, request.url))

    def _watch(self, page) -> None:
        page.on("console", lambda message: self.console.append(ConsoleEntry(page.url, message.type, message.text))
                if message.type == "error" else None)
        page.on("pageerror", lambda error: self.console.append(ConsoleEntry(page.url, "pageerror", str(error))))

    def page(self):
        return self.context.pages[0] if self.context.pages else self.context.new_page()

    def shot(self, page, step: str, full_page: bool = False) -> Path:
        """Save the step's screenshot as <NN>_<step>.png."""
        self.steps += 1
        path = self.folder / f"{self.steps:02d}_{step}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    def foreign_requests(self, asked_from=lambda page: True) -> list[str]:
        """Requests that left the machine (anything but 127.0.0.1, localhost and local schemes), from the
        pages ``asked_from`` accepts."""
        foreign = []
        for page, url in self.requests:
            parts = urlsplit(url)
            if not asked_from(page) or parts.scheme in LOCAL_SCHEMES:
                continue
            if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname in LOCAL_HOSTS:
                continue
            foreign.append(url)
        return list(dict.fromkeys(foreign))

    def errors_on(self, predicate) -> list[ConsoleEntry]:
        return [entry for entry in self.console if predicate(entry.page)]

    def save_findings(self) -> Path:
        """Write what English was seen where (nbgrader's own interface included), and what nbgrader's own
        pages requested or logged, beside the screenshots."""
        path = self.folder / "constats.json"
        findings = {"affichage": self.display, "anglais_vu": self.english, "nbgrader": self.notes,
                    "erreurs_console": [vars(entry) for entry in self.console]}
        path.write_text(json.dumps(findings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    def close(self) -> None:
        try:
            self.context.close()
        finally:
            if self.screen is not None:
                self.screen.stop()
            shutil.rmtree(self._profile, ignore_errors=True)


def record_timings(values: dict[str, float]) -> Path:
    """Merge ``values`` (seconds) into build/screenshots/timings.json."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "timings.json"
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    known.update({key: round(value, 2) for key, value in values.items()})
    path.write_text(json.dumps(known, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
