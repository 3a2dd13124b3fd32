"""Every option the course sets is one the installed nbgrader (or nbconvert, traitlets) reads.

traitlets accepts any ``c.Section.option = ...`` silently: a misspelt or removed option does nothing
while the file says it does. Each section must name a configurable class the installed packages
define, and each option a configurable trait of that class.
"""

from __future__ import annotations

import importlib
import pkgutil
import warnings
from pathlib import Path

import pytest
from traitlets.config import Configurable

from cmcert_lib import nbgrader_steps

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("nbgrader", "nbconvert", "nbclient")


def _configurables() -> dict[str, list[type]]:
    """Class name -> the configurable classes of that name (nbgrader has two ``Exchange``)."""
    found: dict[str, list[type]] = {}
    for name in PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            if ".tests" in info.name or info.name.rsplit(".", 1)[-1] in ("tests", "__main__"):
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    module = importlib.import_module(info.name)
            except (Exception, SystemExit):  # noqa: BLE001, S112 - optional parts may not import here
                continue
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, Configurable):
                    classes = found.setdefault(value.__name__, [])
                    if value not in classes:
                        classes.append(value)
    return found


@pytest.fixture(scope="module")
def configurables():
    return _configurables()


def _settings():
    for label, config in (("nbgrader_config.py", nbgrader_steps.course_config(ROOT)),
                          ("prescored_config()", nbgrader_steps.prescored_config())):
        for section, options in config.items():
            for option in options:
                yield pytest.param(section, option, id=f"{label}:{section}.{option}")


@pytest.mark.parametrize(("section", "option"), list(_settings()))
def test_option_is_read_by_the_installed_version(configurables, section, option):
    assert section in configurables, f"no configurable class {section} in {', '.join(PACKAGES)}"
    assert any(option in cls.class_traits(config=True) for cls in configurables[section]), (
        f"{section} has no configurable option {option!r}")
