"""Notebook 05 (vertical video and podcast): answers written differently, right and hollow."""

from tests.equivalence import Variant

CORRECT = {
    "scenario": (
        Variant("a list of dicts, keys without accents, durations as French decimal texts, no shot numbers",
                'scenario = [\n'
                '    {"Duree (s)": "2,5", "Image": "accroche_bain.png", "Action": "Gros plan sur le pain au bord de la baignoire",\n'
                '     "Texte a l\'ecran": "3 gestes, pas un de plus", "Son": "Clapotis puis voix off"},\n'
                '    {"Duree (s)": "4", "Image": "geste1_mouiller.png", "Action": "Les cheveux de l\'enfant sous l\'eau tiède",\n'
                '     "Texte a l\'ecran": "On mouille", "Son": "Voix off"},\n'
                '    {"Duree (s)": "7,5", "Image": "geste2_mousser.png", "Action": "Le pain frotté entre les mains fait de la mousse",\n'
                '     "Texte a l\'ecran": "On fait mousser", "Son": "Voix off et musique"},\n'
                '    {"Duree (s)": "4,5", "Image": "geste3_rincer.png", "Action": "Le broc verse l\'eau claire sur la tête penchée",\n'
                '     "Texte a l\'ecran": "On rince", "Son": "Voix off, bruit d\'eau"},\n'
                '    {"Duree (s)": "12", "Image": "packshot_petite_vague.png", "Action": "Packshot du pain devant son étui",\n'
                '     "Texte a l\'ecran": "Petite Vague\\nle 6 avril", "Son": "Voix off puis jingle"},\n'
                ']\n'),
        Variant("shot numbers as the index, image names in capitals, gestures named only on screen, 7 shots",
                'lignes = [\n'
                '    (2, "ACCROCHE_BAIN.PNG", "Un bain moussant, le pain posé sur le rebord", "Le bain du soir ?", "Musique"),\n'
                '    (4, "Geste1_Mouiller.png", "La douchette sur les cheveux de l\'enfant", "Mouillez", "Voix off"),\n'
                '    (4, "geste2_mousser.png", "Deux mains et le pain au milieu de la mousse", "Faites mousser", "Voix off"),\n'
                '    (4, "geste2_mousser.png", "Les doigts massent doucement le cuir chevelu", "Massez", "Voix off"),\n'
                '    (4, "geste3_rincer.png", "L\'eau du broc coule, tête en arrière", "Rincez", "Voix off"),\n'
                '    (8, "packshot_petite_vague.png", "L\'étui en carton recyclé à côté du pain", "Testé sur 32 enfants", "Voix off"),\n'
                '    (6, "packshot_petite_vague.png", "Le logo de la marque et la date de sortie", "6 avril 2027", "Jingle de fin"),\n'
                ']\n'
                'scenario = pd.DataFrame(lignes, columns=["Durée (s)", "Image", "Action", "Texte à l\'écran", "Son"])\n'
                'scenario.index = pd.RangeIndex(1, len(scenario) + 1, name="Plan")\n'),
        Variant("built column by column with numpy durations and an extra column",
                'import numpy as np\n'
                'scenario = pd.DataFrame({\n'
                '    "Plan": np.arange(1, 6),\n'
                '    "Durée (s)": np.array([3, 5, 9, 5, 11], dtype="int64"),\n'
                '    "Image": ["accroche_bain.png", "geste1_mouiller.png", "geste2_mousser.png", "geste3_rincer.png",\n'
                '              "packshot_petite_vague.png"],\n'
                '    "Action": ["Bulles et pain Petite Vague, musique qui démarre", "Eau tiède versée sur les cheveux pour les humidifier",\n'
                '               "Mousse légère entre les mains puis sur la tête", "Rinçage complet à l\'eau claire",\n'
                '               "Étui et pain présentés sur fond marine"],\n'
                '    "Texte à l\'écran": ["Bain du soir : 3 gestes", "1. Mouiller", "2. Mousser", "3. Rincer", "Dès 3 ans · 12 €"],\n'
                '    "Son": ["Musique douce", "Voix off", "Voix off", "Voix off", "Voix off et musique"],\n'
                '    "Transition": ["cut", "cut", "fondu", "cut", "fondu"],\n'
                '})\n'),
    ),
    "sous_titres": (
        Variant("built with the library's cues and to_srt, from the voice-over's timings",
                'from cmcert_lib.bloc2.subtitles import Cue, to_srt\n'
                'repliques = [\n'
                '    (500, 2800, ["Le bain, en trois gestes."]),\n'
                '    (3000, 6200, ["Un : mouillez bien les cheveux", "à l\'eau tiède."]),\n'
                '    (6400, 11000, ["Deux : frottez doucement Petite Vague", "entre vos mains pour faire mousser,"]),\n'
                '    (11100, 14200, ["puis massez le cuir chevelu", "du bout des doigts."]),\n'
                '    (14600, 18400, ["Trois : rincez à l\'eau claire,", "tête penchée en arrière."]),\n'
                '    (18800, 22800, ["Testé sous contrôle dermatologique", "et ophtalmologique sur 32 enfants."]),\n'
                '    (22900, 25600, ["Un pain de 60 g,", "environ 40 lavages."]),\n'
                '    (25800, 29000, ["En vente le 6 avril,", "en ligne et à l\'atelier."]),\n'
                ']\n'
                'sous_titres = to_srt([Cue(i, a, b, tuple(t)) for i, (a, b, t) in enumerate(repliques, 1)])\n'),
        Variant("Windows line endings, a long sentence cut into two cues, italics tags",
                'sous_titres = "\\r\\n".join([\n'
                '    "1", "00:00:00,500 --> 00:00:02,800", "<i>Le bain, en trois gestes.</i>", "",\n'
                '    "2", "00:00:03,000 --> 00:00:06,200", "Un : mouillez bien les cheveux", "à l\'eau tiède.", "",\n'
                '    "3", "00:00:06,400 --> 00:00:09,600", "Deux : frottez doucement", "Petite Vague entre vos mains", "",\n'
                '    "4", "00:00:09,700 --> 00:00:11,000", "pour faire mousser,", "",\n'
                '    "5", "00:00:11,000 --> 00:00:14,200", "puis massez le cuir chevelu", "du bout des doigts.", "",\n'
                '    "6", "00:00:14,600 --> 00:00:18,400", "Trois : rincez à l\'eau claire,", "tête penchée en arrière.", "",\n'
                '    "7", "00:00:18,800 --> 00:00:20,800", "Testé sous contrôle", "dermatologique", "",\n'
                '    "8", "00:00:20,800 --> 00:00:22,800", "et ophtalmologique,", "sur 32 enfants.", "",\n'
                '    "9", "00:00:22,900 --> 00:00:25,600", "Un pain de 60 g,", "environ 40 lavages.", "",\n'
                '    "10", "00:00:25,800 --> 00:00:29,000", "En vente le 6 avril,", "en ligne et à l\'atelier.", "",\n'
                '])\n'),
        Variant("the draft repaired by code: timing, cut line, order, overlap, a condensed test cue",
                'texte = brouillon.replace("00:00:03.000", "00:00:03,000")\n'
                'texte = texte.replace("Petite Vague entre vos mains pour faire mousser,",\n'
                '                      "Petite Vague\\nentre vos mains pour faire mousser,")\n'
                'texte = texte.replace("00:00:10,200 --> 00:00:14,200", "00:00:11,000 --> 00:00:14,200")\n'
                'texte = texte.replace("Testé sous contrôle dermatologique\\net ophtalmologique sur 32 enfants.",\n'
                '                      "Testé sur 32 enfants\\n(dermatologue, ophtalmologue).")\n'
                'texte = texte.replace("00:00:18,800 --> 00:00:21,500", "00:00:18,800 --> 00:00:22,500")\n'
                'blocs = texte.strip().split("\\n\\n")\n'
                'blocs[5], blocs[6] = blocs[6], blocs[5]\n'
                'sous_titres = "\\n\\n".join(blocs) + "\\n"\n'),
    ),
    "deroule_podcast": (
        Variant("a list of dicts, keys without accents, durations as French decimal texts",
                'deroule_podcast = [\n'
                '    {"Sequence": "Générique d\'ouverture", "Duree (min)": "0,5", "Contenu": "Jingle de la série et titre de l\'épisode"},\n'
                '    {"Sequence": "Accueil des invités", "Duree (min)": "1,5", "Contenu": "Léna présente Gaëlle et une maman du test d\'usage"},\n'
                '    {"Sequence": "Naissance du projet", "Duree (min)": "6", "Contenu": "Pourquoi un shampoing solide pour les enfants, les premiers essais"},\n'
                '    {"Sequence": "Le test en famille", "Duree (min)": "6", "Contenu": "Trois semaines de bains racontées par une maman de deux enfants"},\n'
                '    {"Sequence": "Questions d\'auditeurs", "Duree (min)": "4", "Contenu": "Conservation du pain, âge minimum, cheveux longs et bouclés"},\n'
                '    {"Sequence": "Conclusion", "Duree (min)": "2", "Contenu": "Date de sortie ; laissez-nous un avis sur votre plateforme d\'écoute"},\n'
                ']\n'),
        Variant("19.5 minutes within the stated minute, « Ouverture » and « Clôture »",
                'deroule_podcast = pd.DataFrame({\n'
                '    "Séquence": ["Ouverture", "Le savoir-faire", "La parole aux parents", "Clôture"],\n'
                '    "Durée (min)": [1.5, 9.0, 7.5, 1.5],\n'
                '    "Contenu": ["Musique du générique et présentation du thème du jour",\n'
                '                "Gaëlle explique la fabrication du pain à froid dans l\'atelier malouin",\n'
                '                "Deux familles racontent leurs bains avec Petite Vague",\n'
                '                "Rendez-vous le 6 avril à la boutique-atelier et abonnez-vous au podcast"],\n'
                '})\n'),
        Variant("eight segments from a dict of lists, integer minutes, « Générique de fin »",
                'sequences = {\n'
                '    "Générique de début": (1, "Jingle et annonce du thème : un shampoing pour les petits"),\n'
                '    "Présentation": (2, "Qui sont nos invités, pourquoi cet épisode maintenant"),\n'
                '    "Les questions des parents": (3, "Ce que les clients demandaient à la boutique depuis deux ans"),\n'
                '    "La formule": (4, "Avoine, miel du pays de Rance : le choix de chaque ingrédient"),\n'
                '    "Les tests": (3, "Contrôle dermatologique et ophtalmologique, test de trois semaines"),\n'
                '    "Témoignage": (4, "Une famille de Dinan raconte ses bains du soir"),\n'
                '    "Mode d\'emploi": (2, "Les trois gestes et comment faire sécher le pain"),\n'
                '    "Générique de fin": (1, "Retrouvez Petite Vague le 6 avril et envoyez-nous vos questions"),\n'
                '}\n'
                'deroule_podcast = pd.DataFrame([(s, d, c) for s, (d, c) in sequences.items()],\n'
                '                               columns=["Séquence", "Durée (min)", "Contenu"])\n'),
    ),
}

HOLLOW = {
    "scenario": (
        Variant("six shots of 5 seconds, everything « à définir »",
                'scenario = pd.DataFrame({\n'
                '    "Plan": [1, 2, 3, 4, 5, 6], "Durée (s)": [5] * 6,\n'
                '    "Image": ["accroche_bain.png", "geste1_mouiller.png", "geste2_mousser.png", "geste3_rincer.png",\n'
                '              "packshot_petite_vague.png", "packshot_petite_vague.png"],\n'
                '    "Action": ["à définir"] * 6, "Texte à l\'écran": ["à définir"] * 6, "Son": ["à définir"] * 6,\n'
                '})\n'),
        Variant("one action copied on every shot, the voice-over's sentences pasted on screen",
                'phrases = ["Le bain, en trois gestes.", "Un : mouillez bien les cheveux à l\'eau tiède.",\n'
                '           "Deux : frottez doucement Petite Vague entre vos mains pour faire mousser,",\n'
                '           "Trois : rincez à l\'eau claire, tête penchée en arrière.",\n'
                '           "Testé sous contrôle dermatologique et ophtalmologique sur 32 enfants.",\n'
                '           "En vente le 6 avril, en ligne et à l\'atelier."]\n'
                'scenario = pd.DataFrame({\n'
                '    "Plan": range(1, 7), "Durée (s)": [3, 5, 6, 6, 6, 5],\n'
                '    "Image": ["accroche_bain.png", "geste1_mouiller.png", "geste2_mousser.png", "geste3_rincer.png",\n'
                '              "packshot_petite_vague.png", "packshot_petite_vague.png"],\n'
                '    "Action": ["Plan de la vidéo de Petite Vague"] * 6, "Texte à l\'écran": phrases, "Son": ["Voix off"] * 6,\n'
                '})\n'),
    ),
    "sous_titres": (
        Variant("the draft with only its timing format repaired",
                'sous_titres = brouillon.replace("00:00:03.000", "00:00:03,000")\n'),
        Variant("one valid cue with the product's name",
                'sous_titres = "1\\n00:00:00,500 --> 00:00:02,500\\nPetite Vague\\n"\n'),
        Variant("valid cues over the voice-over that say nothing of it",
                'sous_titres = "".join(f"{i}\\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 2:02d},000\\nSous-titre {i}\\n\\n"\n'
                '                      for i in range(1, 14))\n'),
    ),
    "deroule_podcast": (
        Variant("four segments of 5 minutes « à compléter »",
                'deroule_podcast = pd.DataFrame({"Séquence": ["Partie 1", "Partie 2", "Partie 3", "Partie 4"],\n'
                '                                "Durée (min)": [5, 5, 5, 5], "Contenu": ["à compléter"] * 4})\n'),
        Variant("the right frame, one sentence copied in every segment",
                'deroule_podcast = pd.DataFrame({\n'
                '    "Séquence": ["Introduction", "Partie", "Partie", "Conclusion"], "Durée (min)": [2, 8, 8, 2],\n'
                '    "Contenu": ["Nous parlons de Petite Vague avec nos invités, abonnez-vous"] * 4})\n'),
    ),
}
