"""The nbgrader files our formgrader translation was made from, by their SHA-256 (paths in nbgrader's
``server_extensions/formgrader/``): the templates we replace, the scripts we serve translated.

When nbgrader is upgraded and one of them changes, :func:`changed` names it: the French copy in
``templates/`` (or the table of ``javascript.py``) must be compared with the new original, updated, and its
hash below replaced.  The test
``tests/unit/test_formgrader_translation.py`` fails until then; the server logs a warning.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import nbgrader.server_extensions.formgrader.handlers as nbgrader_handlers

NBGRADER_FORMGRADER = Path(nbgrader_handlers.root_path)

PINNED: dict[str, str] = {
    "templates/base.tpl": "d206a94d41438f2897d5f6355f34877637ba37e8e391f44394282d8ef4dd1835",
    "templates/base_403.tpl": "2d198706be4e302ae09ac812a42dcd4ede2768da5aa3a98980756a95a1633bc7",
    "templates/base_500.tpl": "e04e1f39b090c83c0e77d373c23dd0fe87ab4873177e3897548ebf874e26a53f",
    "templates/formgrade/conf.json": "16413e85897de8b2f5a5c3367dabc5976261be3bdeeda16e4591e99c72b4a78a",
    "templates/formgrade/formgrade_macros.html.j2": "5eed6cc257f4aa3ba233812d878f47b1435da3528c7dbcfb4dbf2da5b40ce30e",
    "templates/formgrade/index.html.j2": "7a7a2c7539d2327c381f44cd7b37aa8965716d5c5bee5e98b38abaaccb65564f",
    "templates/formgrade_404.tpl": "0eb265b320c3197ab3dece5a3a5dc87a79788bada0ca6a465979529d262814ca",
    "templates/gradebook_assignments.tpl": "78460d266ac27b11cb84145fc48d4c23d1549f6df4020c4af302deced8f316a6",
    "templates/gradebook_base.tpl": "8c26028a36dea407a755278c152ecec0dbe24367127061b17b45300979280cc2",
    "templates/gradebook_notebook_submissions.tpl": "6ba31e53a5cd3c07a420dc6bfdddd7482f0cb239e956551b74e501ce30dd6018",
    "templates/gradebook_notebooks.tpl": "82397c92104b1d186119c5d6913f1710cf3466a4804731610031e229adc47b84",
    "templates/manage_assignments.tpl": "b0119b6950738c28afd5cb73f0302ce14b8188411962edda568b2cc758a56803",
    "templates/manage_students.tpl": "0932178cf83a164e6524730cc4dbb4b3d52aeb8c5979b5563f881c4b716ef6e5",
    "templates/manage_students_assignments.tpl": "cdb9b9ac6ccbca77753bebe4e19094b1b118dfa4be7f51c37672f56ac7013e88",
    "templates/manage_students_base.tpl": "d186f462b0ee4271c01783218a74fcded90ef3bb2e9907c54c9f94c4417bebbb",
    "templates/manage_students_notebook_submissions.tpl": "571edb1ad5a753a1c31833ef75b7a06a9ee8cc521a356c93f6693601139b4e68",  # noqa: E501
    "templates/manage_submissions.tpl": "b482829c57d325ea0b05eccab8a6e6aed8c4788171704783c1c297d3926dca75",
    "static/js/formgrade.js": "53db14a9ea4a17ffbeb11ebc5e5ccd392fec01f78b6290d26fc1f86a47d96cbb",
    "static/js/formgrade_keyboardmanager.js": "4273e983197cc3947daa365808ea9f59651196a7a3920fe9323c83b50f870093",
    "static/js/formgrade_models.js": "cf65a763c01f137e98e4786115b0bee116549973f811d5278daf40a9b5d8cebb",
    "static/js/gradebook_assignments.js": "c886c6a5727f8c03a2c2ca419ffc9404196dffa37a62e79d2219766739917ef9",
    "static/js/gradebook_notebook_submissions.js": "c8418c99ad5ae93f0e87c30b331c292aec42162e272f9816fe1089a36d206613",
    "static/js/gradebook_notebooks.js": "bbc0efad0bb967892f650db5c4afad39f7d808b7f97300701c30f5e391d5c4cd",
    "static/js/manage_assignments.js": "28668414f89c397fef9091cdebe90776563919cb9a4f28cf660d262be03fe554",
    "static/js/manage_students.js": "14379bf5c7471fac3377f63ea5b5ec10ae70b073901e23553120e09db8c4a09f",
    "static/js/manage_students_assignments.js": "c6d6e52b376aaac0e2bcfb87d68e2510b3785c78482b50f618d26d7a8f030764",
    "static/js/manage_students_notebook_submissions.js": "b970149ba92067b5f54c2d3a84d59c4fbe3091bf2f7114acc1e3e48a4c138098",  # noqa: E501
    "static/js/manage_submissions.js": "530b74e8c265089d8ae1f40f2cff442fd13bef79cb6236758a35aeca7158e06b",
    "static/js/utils.js": "bf49532f75071613ab5439a3aaed26f89515634fc7e0e95f4729579cfec18272",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed() -> list[str]:
    """The nbgrader files whose installed version is no longer the one translated (or is gone)."""
    return [name for name, expected in PINNED.items()
            if not (NBGRADER_FORMGRADER / name).is_file() or digest(NBGRADER_FORMGRADER / name) != expected]
