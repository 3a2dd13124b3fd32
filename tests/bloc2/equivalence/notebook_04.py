"""Notebook 04 of Bloc 2 (infographic of the usage test): answers written differently, right and hollow."""

from tests.equivalence import Variant

_SAT = '"Dans l\'ensemble, êtes-vous satisfait·e de Petite Vague ?"'
_BUY = '"Achèteriez-vous Petite Vague à 12 € à sa sortie ?"'
_WASH = '"Combien de lavages avez-vous faits avec Petite Vague pendant les trois semaines ?"'
_LEFT = '"Poids du pain à la fin du test, en grammes (pesez-le sur une balance de cuisine)"'
_HAIR = '"Type de cheveux de l\'enfant"'

# The figures every infographic variant computes for itself (a variant runs after the other answers of
# its synthetic candidate, which may be written in another form).
_FIGURES = (
    f'_ok = reponses[{_SAT}].isin(["Très satisfait·e", "Plutôt satisfait·e"])\n'
    f'_w = reponses[reponses[{_LEFT}].notna()]\n'
    f'_cles = [_ok.mean() * 100, reponses[{_BUY}].str.startswith("Oui").mean() * 100,\n'
    f'         60 * _w[{_WASH}].sum() / (60 - _w[{_LEFT}]).sum()]\n'
    f'_par = _ok.groupby(reponses[{_HAIR}]).mean() * 100\n'
    'C = {nom.split()[0].lower(): code for nom, code in PALETTE.items()}\n'
)

CORRECT = {
    "chiffres_cles": (
        Variant("value_counts(normalize=True) sums, shares as fractions of 1, washes from the grams per wash",
                f'sat = reponses[{_SAT}].value_counts(normalize=True)\n'
                f'achat = reponses[{_BUY}].value_counts(normalize=True)\n'
                f'pesees = reponses.dropna(subset=[{_LEFT}])\n'
                f'dose = (60 - pesees[{_LEFT}]).sum() / pesees[{_WASH}].sum()\n'
                'chiffres_cles = {"satisfaits": sat["Très satisfait·e"] + sat["Plutôt satisfait·e"],\n'
                '                 "rachat": achat[["Oui, certainement", "Oui, probablement"]].sum(),\n'
                '                 "lavages_par_pain": 60 / dose}\n'),
        Variant("a Series rounded to the unit, keys in another case",
                f'ok = reponses[{_SAT}].str.match("(Très|Plutôt) satisfait")\n'
                f'oui = reponses[{_BUY}].str.contains("Oui")\n'
                f'pesees = reponses[~reponses[{_LEFT}].isna()]\n'
                f'consommes = pesees[{_LEFT}].rsub(60).sum()\n'
                'chiffres_cles = pd.Series({"Satisfaits": 100 * ok.sum() / len(reponses),\n'
                '                           "Rachat": 100 * oui.sum() / len(reponses),\n'
                f'                           "Lavages_par_pain": pesees[{_WASH}].sum() * 60 / consommes}}).round(0)\n'),
        Variant("numpy counts, rounded to one decimal, a one-column DataFrame",
                'import numpy as np\n'
                f'niveaux = reponses[{_SAT}].to_numpy()\n'
                'n_ok = np.isin(niveaux, ["Très satisfait·e", "Plutôt satisfait·e"]).sum()\n'
                f'n_oui = np.char.startswith(reponses[{_BUY}].to_numpy().astype(str), "Oui").sum()\n'
                f'poids = reponses[{_LEFT}].to_numpy()\n'
                f'lav = reponses[{_WASH}].to_numpy()\n'
                'pese = ~np.isnan(poids)\n'
                'chiffres_cles = pd.DataFrame({"valeur": [round(n_ok / len(niveaux) * 100, 1),\n'
                '                                         round(n_oui / len(niveaux) * 100, 1),\n'
                '                                         round(60 * lav[pese].sum() / (60 - poids[pese]).sum(), 1)]},\n'
                '                             index=["satisfaits", "rachat", "lavages_par_pain"])\n'),
    ),
    "satisfaits_par_cheveux": (
        Variant("crosstab normalised by row, the satisfied columns added",
                f'tableau = pd.crosstab(reponses[{_HAIR}], reponses[{_SAT}], normalize="index")\n'
                'satisfaits_par_cheveux = (tableau["Très satisfait·e"] + tableau["Plutôt satisfait·e"]) * 100\n'),
        Variant("dict comprehension, keys without accents in lower case, rounded to the unit",
                'satisfaits_par_cheveux = {}\n'
                'for cheveux in ["Raides", "Ondulés", "Bouclés", "Frisés ou crépus"]:\n'
                f'    groupe = reponses[reponses[{_HAIR}] == cheveux]\n'
                f'    part = groupe[{_SAT}].isin(["Très satisfait·e", "Plutôt satisfait·e"]).mean()\n'
                '    cle = cheveux.lower().replace("é", "e")\n'
                '    satisfaits_par_cheveux[cle] = round(part * 100)\n'),
        Variant("groupby + apply on the frame, a one-column DataFrame of fractions",
                f'satisfaits_par_cheveux = reponses.groupby({_HAIR}).apply(\n'
                f'    lambda g: g[{_SAT}].str.endswith("satisfait·e").sum() - g[{_SAT}].str.contains("pas", case=False).sum(),\n'
                f'    include_groups=False).div(reponses[{_HAIR}].value_counts()).to_frame("part")\n'),
    ),
    "infographie": (
        Variant("square 1080 × 1080 at 200 dpi, vertical bars, the figures in a bold line",
                _FIGURES
                + 'fig = plt.figure(figsize=(5.4, 5.4), dpi=200, facecolor=C["écume"])\n'
                'def t(x, y, texte, px, **kw):\n'
                '    fig.text(x, y, texte, fontsize=px * 72 / 200, color=kw.pop("color", C["bleu"]), **kw)\n'
                't(0.06, 0.92, "Petite Vague, validé en famille", 54, weight="bold")\n'
                't(0.06, 0.80, f"{_cles[0]:.0f} % satisfaites · {_cles[1]:.0f} % prêtes à acheter", 36)\n'
                't(0.06, 0.73, f"{_cles[2]:.0f} lavages par pain de 60 g", 36, weight="bold", color=C["goémon"])\n'
                'ax = fig.add_axes((0.08, 0.2, 0.86, 0.42), facecolor=C["écume"])\n'
                'noms = ["Raides", "Ondulés", "Bouclés", "Frisés ou crépus"]\n'
                'b = ax.bar(["Raides", "Ondulés", "Bouclés", "Frisés\\ncrépus"], [_par[n] for n in noms], color=C["goémon"])\n'
                'ax.bar_label(b, fmt="%.0f %%", fontsize=34 * 72 / 200, color=C["bleu"], padding=4)\n'
                'ax.set_ylim(0, 115)\n'
                'ax.set_yticks([])\n'
                'ax.tick_params(axis="x", labelsize=31 * 72 / 200, labelcolor=C["bleu"], length=0)\n'
                'for s in ax.spines.values():\n'
                '    s.set_visible(False)\n'
                't(0.06, 0.04, "Source : test d\'usage Maison Ondine, 120 familles, janvier 2027", 31)\n'),
        Variant("portrait 4:5 from plt.subplots, suptitle, horizontal bars labelled with ax.text, 150 dpi",
                _FIGURES
                + 'fig, ax = plt.subplots(figsize=(7.2, 9), dpi=150, facecolor=C["bleu"])\n'
                'fig.subplots_adjust(left=0.36, right=0.88, top=0.55, bottom=0.2)\n'
                'ax.set_facecolor(C["bleu"])\n'
                'px = lambda n: n * 72 / 150\n'
                'fig.suptitle("Ce que 120 familles pensent\\nde Petite Vague", x=0.06, y=0.95, ha="left", '
                'fontsize=px(56), fontweight="bold", color=C["écume"])\n'
                'for i, (chiffre, quoi) in enumerate([(f"{_cles[0]:.0f} %", "satisfaites"), '
                '(f"{_cles[1]:.0f} %", "achèteraient"), (f"{_cles[2]:.0f}", "lavages/pain")]):\n'
                '    fig.text(0.06 + 0.31 * i, 0.72, chiffre, fontsize=px(80), weight="bold", color=C["sable"])\n'
                '    fig.text(0.06 + 0.31 * i, 0.66, quoi, fontsize=px(32), color=C["écume"])\n'
                'noms = ["Raides", "Ondulés", "Bouclés", "Frisés ou crépus"]\n'
                'ax.barh(noms[::-1], [_par[n] for n in noms[::-1]], color=C["sable"])\n'
                'for y, n in enumerate(noms[::-1]):\n'
                '    ax.text(_par[n] + 3, y, f"{round(_par[n])} %", va="center", fontsize=px(32), color=C["écume"])\n'
                'ax.set_xlim(0, 100)\n'
                'ax.set_xticks([])\n'
                'ax.tick_params(axis="y", labelsize=px(32), labelcolor=C["écume"], length=0)\n'
                'for s in ax.spines.values():\n'
                '    s.set_visible(False)\n'
                'fig.text(0.06, 0.06, "Source : test d’usage Maison Ondine,\\n120 familles, janvier 2027", '
                'fontsize=px(31), color=C["sable"])\n'),
        Variant("the model's layout with figures written to the tenth, French decimal comma",
                _FIGURES
                + 'fig = plt.figure(figsize=(10.8, 13.5), dpi=100, facecolor=C["écume"])\n'
                'P = 72 / 100\n'
                'fr = lambda v: f"{v:.1f}".replace(".", ",")\n'
                'fig.text(0.07, 0.92, "Petite Vague à l\'essai", fontsize=64 * P, weight="bold", color=C["bleu"])\n'
                'lignes = [f"{fr(_cles[0])} % de familles satisfaites", f"{fr(_cles[1])} % l\'achèteraient à 12 €",\n'
                '          f"{fr(_cles[2])} lavages par pain de 60 g"]\n'
                'for i, ligne in enumerate(lignes):\n'
                '    fig.text(0.07, 0.8 - 0.07 * i, ligne, fontsize=44 * P, weight="bold", color=C["goémon"])\n'
                'for i, n in enumerate(["Raides", "Ondulés", "Bouclés", "Frisés ou crépus"]):\n'
                '    fig.text(0.07, 0.5 - 0.07 * i, f"{n} : {fr(_par[n])} % satisfaites", fontsize=36 * P, color=C["bleu"])\n'
                'fig.text(0.07, 0.05, "Source : test d\'usage Maison Ondine, 120 familles,\\njanvier 2027", '
                'fontsize=31 * P, color=C["bleu"])\n'),
    ),
}

HOLLOW = {
    "chiffres_cles": (
        Variant("every figure at 0", 'chiffres_cles = {"satisfaits": 0, "rachat": 0, "lavages_par_pain": 0}\n'),
        Variant("« Très satisfait·e » and « Oui, certainement » only, washes over every family with NaN as 0 g",
                f'poids = reponses[{_LEFT}].fillna(0)\n'
                'chiffres_cles = {\n'
                f'    "satisfaits": (reponses[{_SAT}] == "Très satisfait·e").mean() * 100,\n'
                f'    "rachat": (reponses[{_BUY}] == "Oui, certainement").mean() * 100,\n'
                f'    "lavages_par_pain": 60 * reponses[{_WASH}].sum() / (60 - poids).sum(),\n'
                '}\n'),
    ),
    "satisfaits_par_cheveux": (
        Variant("the satisfied of each type divided by all 120 families",
                f'ok = reponses[{_SAT}].isin(["Très satisfait·e", "Plutôt satisfait·e"])\n'
                f'satisfaits_par_cheveux = ok.groupby(reponses[{_HAIR}]).sum() / len(reponses) * 100\n'),
        Variant("the overall share copied for every type",
                'satisfaits_par_cheveux = {"Raides": 85.8, "Ondulés": 85.8, "Bouclés": 85.8, "Frisés ou crépus": 85.8}\n'),
    ),
    "infographie": (
        Variant("charter-compliant layout with made-up figures",
                'C = {nom.split()[0].lower(): code for nom, code in PALETTE.items()}\n'
                'fig = plt.figure(figsize=(10.8, 13.5), dpi=100, facecolor=C["écume"])\n'
                'fig.text(0.07, 0.92, "Le verdict de 120 familles", fontsize=46, weight="bold", color=C["bleu"])\n'
                'for i, ligne in enumerate(["97 % satisfaites", "95 % l\'achèteraient", "50 lavages par pain",\n'
                '                           "Raides 99 %", "Ondulés 98 %", "Bouclés 96 %", "Frisés ou crépus 94 %"]):\n'
                '    fig.text(0.07, 0.8 - 0.08 * i, ligne, fontsize=30, color=C["bleu"])\n'
                'fig.text(0.07, 0.05, "Source : test d\'usage Maison Ondine, 120 familles, janvier 2027", fontsize=22,\n'
                '         color=C["bleu"])\n'),
        Variant("placeholders only, and a hand-made description that the locked cell does not use",
                'fig = plt.figure(figsize=(10.8, 13.5), dpi=100)\n'
                'fig.text(0.1, 0.9, "Titre", fontsize=40)\n'
                'fig.text(0.1, 0.5, "Chiffre clé", fontsize=30)\n'
                'def decrire_infographie(figure, chemin):\n'
                '    return {"largeur_px": 1080, "hauteur_px": 1350, "poids_octets": 1000, "couleurs": [],\n'
                '            "textes": [{"texte": "86 % 73 % 40 92 % 93 % 88 % 42 %", "taille_px": 40, "gras": True,\n'
                '                        "couleur": "#1d3b53", "fond": "#f4efe6", "gauche_px": 10, "haut_px": 10,\n'
                '                        "droite_px": 500, "bas_px": 60, "graduation": False}]}\n'),
    ),
}
