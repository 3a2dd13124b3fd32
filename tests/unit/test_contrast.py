"""WCAG contrast: the published reference values, colour forms and the size thresholds."""

import pytest

from cmcert_lib.domain import contrast


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast.contrast_ratio("#000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#1d3b53", "#1d3b53") == pytest.approx(1.0)


def test_reference_greys():
    # #767676 on white is the lightest grey that passes 4.5:1 (4.54); #777777 fails (4.48).
    assert contrast.contrast_ratio("#767676", "#fff") == pytest.approx(4.54, abs=0.01)
    assert contrast.contrast_ratio("#777777", "#fff") < contrast.AA_TEXT


def test_order_and_forms_do_not_matter():
    a = contrast.contrast_ratio((29, 59, 83), "#F4EFE6")
    assert a == pytest.approx(contrast.contrast_ratio("#f4efe6", (29 / 255, 59 / 255, 83 / 255)))


@pytest.mark.parametrize("bad", ["bleu", "#12345", (300, 0, 0), ("a", "b", "c"), None, True])
def test_unreadable_colours_say_so_in_french(bad):
    with pytest.raises(contrast.ColourError, match="couleur illisible"):
        contrast.rgb(bad)


def test_large_text_threshold():
    assert contrast.minimum_ratio(12) == 4.5
    assert contrast.minimum_ratio(18) == 3.0
    assert contrast.minimum_ratio(14, bold=True) == 3.0
    assert contrast.minimum_ratio(14) == 4.5
