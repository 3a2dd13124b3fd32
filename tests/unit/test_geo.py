"""The département of a postal code, border cases included (sources in cmcert_lib/domain/geo.py)."""

import pytest

from cmcert_lib.domain.geo import (
    ABROAD,
    DEPARTMENTS,
    OVERSEAS_COLLECTIVITIES,
    SHARED_POSTCODES,
    PostcodeError,
    department_codes,
    department_label,
    territory_name,
)


@pytest.mark.parametrize(("postcode", "label"), [
    ("35400", "35"),  # Saint-Malo
    ("01000", "01"),  # Bourg-en-Bresse: the leading zero is kept
    ("75020", "75"),
    ("95000", "95"),  # Cergy
    # Corsica (INSEE code officiel géographique; OCA l10n-france's ranges)
    ("20000", "2A"),  # Ajaccio
    ("20137", "2A"),  # Porto-Vecchio
    ("20169", "2A"),  # Bonifacio
    ("20200", "2B"),  # Bastia
    ("20220", "2B"),  # L'Île-Rousse
    ("20250", "2B"),  # Corte
    ("20620", "2B"),  # Biguglia
    # Overseas départements: three digits
    ("97100", "971"),  # Basse-Terre
    ("97200", "972"),  # Fort-de-France
    ("97300", "973"),  # Cayenne
    ("97400", "974"),  # Saint-Denis (La Réunion)
    ("97600", "976"),  # Mamoudzou
    ("97829", "974"),  # Le Port Cedex, La Réunion (a 978 business code)
    # Overseas collectivities: not départements, whatever their postal code says
    ("97133", "977"),  # Saint-Barthélemy, a collectivity since 2007 (loi organique 2007-223)
    ("97150", "978"),  # Saint-Martin, idem
    ("97500", "975"),  # Saint-Pierre-et-Miquelon
    ("98800", "988"),  # Nouméa
    ("98714", "987"),  # Papeete
    ("98600", "986"),  # Wallis-et-Futuna
    # Monaco: inside the French postal network, not in France
    ("98000", ABROAD),
    # A postal code serving communes of two départements (La Poste's base; Wikipedia's list)
    ("33220", "24/33"),  # Sainte-Foy-la-Grande (33) and Port-Sainte-Foy-et-Ponchapt (24335)
    ("48250", "07/48"),  # Laveyrune, Ardèche (07136), delivered from Lozère
    ("05110", "04/05"),  # Claret and Curbans (04)
])
def test_department_label(postcode, label):
    assert department_label(postcode) == label


def test_a_shared_postcode_lists_both_departements_and_monaco_none():
    assert department_codes("33220") == ("24", "33")
    assert department_codes("98000") == ()
    assert department_codes(" 35400 ") == ("35",)


def test_shared_postcodes_are_real_départements_in_order_and_include_their_own_prefix():
    for postcode, codes in SHARED_POSTCODES.items():
        assert list(codes) == sorted(codes) and len(codes) == 2
        assert all(code in DEPARTMENTS for code in codes)
        assert postcode[:2] in codes, postcode


@pytest.mark.parametrize("text", ["3540", "354000", "35 400", "2A000", "", "abcde"])
def test_not_a_postcode(text):
    with pytest.raises(PostcodeError, match="5 chiffres"):
        department_codes(text)


@pytest.mark.parametrize("text", ["00100", "96000", "99000", "20700", "97700", "98400"])
def test_a_range_no_french_territory_uses(text):
    with pytest.raises(PostcodeError, match="aucun territoire"):
        department_codes(text)


def test_tables():
    assert len(DEPARTMENTS) == 101  # 96 in metropolitan France (2A and 2B), 5 overseas
    assert "20" not in DEPARTMENTS
    assert not set(DEPARTMENTS) & set(OVERSEAS_COLLECTIVITIES)
    assert territory_name("2A") == "Corse-du-Sud"
    assert territory_name("977") == "Saint-Barthélemy"
    with pytest.raises(KeyError, match="n'est pas un code"):
        territory_name("20")
