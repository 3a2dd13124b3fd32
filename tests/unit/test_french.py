"""French numbers, as every text of the course writes them."""

import pytest

from cmcert_lib.facts import french


@pytest.mark.parametrize(("value", "digits", "text"), [
    (12.5, None, "12,5"), (3.0, None, "3"), (77, None, "77"), (52.43, None, "52,43"),
    (2 / 3, 2, "0,67"), (1.23456, 4, "1,2346"), (0.1 + 0.2, 4, "0,3"), (0.1 + 0.2, None, "0,3"),
    (1234567.0, None, "1234567"), (18000, 2, "18000"), (-1.5, None, "-1,5"), (0.0, 2, "0"),
])
def test_number(value, digits, text):
    assert french.number(value, digits) == text
