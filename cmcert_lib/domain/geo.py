"""French départements from postal codes, border cases included.

A French postal code (five digits) starts with the code of the département of
its *bureau distributeur*, the post office that delivers the mail.  That is
usually the commune's département, with exceptions every table of respondents
or customers meets:

* **Corsica** has had two départements since 1976, 2A (Corse-du-Sud) and 2B
  (Haute-Corse), but its postal codes still start with 20: 20000-20199 are
  delivered in Corse-du-Sud, 20200-20699 in Haute-Corse.
* **Overseas départements** have three-digit codes (971 Guadeloupe, 972
  Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte): the département is
  the postal code's first three digits.  La Réunion also uses 978xx for
  business (CEDEX) codes of Le Port (97829 Le Port Cedex).
* **Overseas collectivities are not départements.**  Saint-Barthélemy (INSEE
  code 977) and Saint-Martin (978) left Guadeloupe in 2007 but kept its postal
  codes 97133 and 97150; Saint-Pierre-et-Miquelon (975) uses 97500; Wallis-et-
  Futuna, French Polynesia and New Caledonia use 986xx, 987xx and 988xx.
* **Monaco** is a sovereign state inside the French postal network: 98000
  Monaco is not in France.
* **A postal code can serve communes of two départements**, when a commune
  near a border is delivered by an office across it.  The postal code alone
  then cannot tell the département; :data:`SHARED_POSTCODES` lists real ones.

Sources:

* La Poste, « Base officielle des codes postaux » (laposte_hexasmal), data.gouv.fr,
  and the derived « communes-departement-region » table: Port-Sainte-Foy-et-
  Ponchapt (INSEE 24335) and Fougueyrolles (24189), in Dordogne, have postal
  code 33220, the code of Sainte-Foy-la-Grande (Gironde).
* Wikipedia, « Liste des communes de France dont le code postal ne correspond
  pas au département », as encoded in OCA/l10n-france,
  ``l10n_fr_department/model/res_partner.py`` (``FR_SPECIAL_ZIPCODES``; its rule
  for Corsica and for 978xx is the one used here).
* GrasseMat'.Info, « Le code postal d'une commune n'indique pas forcément son
  département », 14 March 2024: Laveyrune, in Ardèche (INSEE 07136), has postal
  code 48250 (Lozère).
* INSEE, code officiel géographique: départements and collectivities' codes.
* Loi organique n° 2007-223 du 21 février 2007: Saint-Barthélemy and Saint-Martin
  become overseas collectivities.
"""

from __future__ import annotations

import re

__all__ = [
    "ABROAD",
    "DEPARTMENTS",
    "OVERSEAS_COLLECTIVITIES",
    "SHARED_POSTCODES",
    "PostcodeError",
    "department_codes",
    "department_label",
    "territory_name",
]

DEPARTMENTS = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes",
    "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube",
    "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône", "14": "Calvados", "15": "Cantal",
    "16": "Charente", "17": "Charente-Maritime", "18": "Cher", "19": "Corrèze",
    "2A": "Corse-du-Sud", "2B": "Haute-Corse", "21": "Côte-d'Or", "22": "Côtes-d'Armor",
    "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme", "27": "Eure",
    "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne", "32": "Gers",
    "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire",
    "38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire",
    "43": "Haute-Loire", "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot",
    "47": "Lot-et-Garonne", "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
    "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
    "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise", "61": "Orne",
    "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
    "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
    "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie",
    "74": "Haute-Savoie", "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne",
    "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne",
    "83": "Var", "84": "Vaucluse", "85": "Vendée", "86": "Vienne", "87": "Haute-Vienne",
    "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort", "91": "Essonne",
    "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
    "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
}

# INSEE codes of the overseas collectivities whose postal codes start with 97 or 98.
OVERSEAS_COLLECTIVITIES = {
    "975": "Saint-Pierre-et-Miquelon", "977": "Saint-Barthélemy", "978": "Saint-Martin",
    "986": "Wallis-et-Futuna", "987": "Polynésie française", "988": "Nouvelle-Calédonie",
}

# Postal codes that serve communes of two départements: code -> the départements, in code order.
# The commune across the border is named for each (sources in the module's docstring).
SHARED_POSTCODES: dict[str, tuple[str, ...]] = {
    "01200": ("01", "74"),  # Valserhône, ex-Bellegarde-sur-Valserine (01); Éloise (74)
    "05110": ("04", "05"),  # La Saulce (05); Claret, Curbans (04)
    "13780": ("13", "83"),  # Cuges-les-Pins (13); Riboux (83)
    "33220": ("24", "33"),  # Sainte-Foy-la-Grande (33); Port-Sainte-Foy-et-Ponchapt, Fougueyrolles (24)
    "37160": ("37", "86"),  # Descartes (37); Buxeuil (86)
    "48250": ("07", "48"),  # La Bastide-Puylaurent, Luc (48); Laveyrune (07)
}

# What a label says of a postal code outside France (Monaco's 980xx).
ABROAD = "hors France"

_SPECIAL_OVERSEAS = {"97133": "977", "97150": "978"}
_FIVE_DIGITS = re.compile(r"\d{5}")


class PostcodeError(ValueError):
    """A text that is no French postal code; the message is French, for the candidate."""


def department_codes(postcode: str) -> tuple[str, ...]:
    """The départements (or overseas collectivities) a postal code serves, in code order.

    One code almost always; two for a :data:`SHARED_POSTCODES` code; none for
    Monaco (98000), which is not in France.  Raises :class:`PostcodeError` for a
    text that is not five digits or a range no French territory uses.
    """
    code = str(postcode).strip()
    if not _FIVE_DIGITS.fullmatch(code):
        raise PostcodeError(f"« {postcode} » n'est pas un code postal : 5 chiffres attendus.")
    if code in SHARED_POSTCODES:
        return SHARED_POSTCODES[code]
    if code in _SPECIAL_OVERSEAS:
        return (_SPECIAL_OVERSEAS[code],)
    prefix, number = code[:2], int(code)
    if prefix == "20":
        if number < 20200:
            return ("2A",)
        if number < 20700:
            return ("2B",)
    elif prefix == "97":
        three = code[:3]
        if three == "978":
            return ("974",)  # Le Port's business (CEDEX) codes, La Réunion
        if three in DEPARTMENTS or three == "975":
            return (three,)
    elif prefix == "98":
        three = code[:3]
        if three == "980":
            return ()
        if three in OVERSEAS_COLLECTIVITIES:
            return (three,)
    elif prefix in DEPARTMENTS:
        return (prefix,)
    raise PostcodeError(f"Le code postal « {postcode} » ne correspond à aucun territoire français connu.")


def department_label(postcode: str) -> str:
    """The « Département » of a postal code as the course writes it.

    « 35 », « 2A », « 974 », « 977 » (a collectivity's INSEE code); the
    départements of a shared code joined by « / » in code order (« 24/33 »);
    « hors France » for Monaco.
    """
    codes = department_codes(postcode)
    return "/".join(codes) if codes else ABROAD


def territory_name(code: str) -> str:
    """The name of a département or overseas collectivity from its code (« 2A » -> « Corse-du-Sud »)."""
    try:
        return DEPARTMENTS.get(code) or OVERSEAS_COLLECTIVITIES[code]
    except KeyError:
        raise KeyError(f"« {code} » n'est pas un code de département ou de collectivité d'outre-mer.") from None
