"""Notebook 05 (vertical video and podcast): the partly-right candidate's answers and the points they earn.

Mistakes: the storyboard opens on a 5-second shot (no hook within 3 seconds) and shows the
landscape workshop shot, which cannot fill a 9:16 screen; the subtitles have their timing format
repaired, the long line cut and the cues put back in order, but cue 4 still overlaps cue 3 and the
test cue is still read at 25 characters a second; the podcast outline adds up to 25 minutes and
ends without a call to action.
"""

PARTIAL_ANSWERS = {
    "scenario": '''scenario = pd.DataFrame({
    "Plan": [1, 2, 3, 4, 5, 6],
    "Durée (s)": [5, 3, 7, 4, 6, 6],
    "Image": ["atelier_paysage.png", "geste1_mouiller.png", "geste2_mousser.png", "geste3_rincer.png",
              "packshot_petite_vague.png", "packshot_petite_vague.png"],
    "Action": ["Vue de l'atelier de Saint-Malo et des pains sur l'établi",
               "On mouille les cheveux de l'enfant sous la douchette",
               "Les mains font mousser le shampoing solide",
               "On rince les cheveux avec un broc",
               "Le pain posé sur son étui en carton",
               "Gros plan final avec la date de sortie"],
    "Texte à l'écran": ["Petite Vague arrive !", "Mouiller", "Faire mousser", "Rincer", "60 g · 40 lavages",
                        "Le 6 avril"],
    "Son": ["Musique", "Voix off", "Voix off", "Voix off", "Voix off", "Musique"],
})
scenario''',
    "sous_titres": '''sous_titres = brouillon.replace("00:00:03.000", "00:00:03,000").replace(
    "Deux : frottez doucement Petite Vague entre vos mains pour faire mousser,",
    "Deux : frottez doucement Petite Vague\\nentre vos mains pour faire mousser,")
blocs = sous_titres.strip().split("\\n\\n")
blocs[5], blocs[6] = blocs[6], blocs[5]
sous_titres = "\\n\\n".join(blocs) + "\\n"
subtitles.report(sous_titres)''',
    "deroule_podcast": '''deroule_podcast = pd.DataFrame({
    "Séquence": ["Introduction", "Histoire du produit", "Témoignage d'une famille", "Conseils d'utilisation",
                 "Conclusion"],
    "Durée (min)": [2, 8, 8, 5, 2],
    "Contenu": ["Présentation de l'épisode et des deux invités du jour",
                "Gaëlle raconte comment l'idée de Petite Vague est née à l'atelier",
                "Un parent du test d'usage raconte ses bains avec ses enfants",
                "Les trois gestes du bain et la conservation du pain entre deux usages",
                "Résumé des points clés de l'échange et remerciements aux invités"],
})
deroule_podcast''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc2/checks/video.py:
# - scenario (4 pts): 5 rules, 1/5 each, every action described: duration (31 s: yes), gestures
#   in order (yes), on-screen texts readable (yes), hook (no: the first shot lasts 5 s), full-screen
#   images and sound (no: atelier_paysage.png is 16:9) -> 3/5 x 4 = 2.4
# - sous_titres (4 pts): readable; 2 cues at fault (n° 4 overlaps n° 3, n° 6 at 25.2 characters a
#   second) -> validity 1 - 2 x 0.25 = 0.5; coverage of the voice-over full; every key word kept
#   -> (0.6 x 0.5 + 0.4 x 1) x 1 = 0.7 -> 0.7 x 4 = 2.8
# - deroule_podcast (2 pts): 4 rules, 1/4 each: 25 minutes instead of 20 (no), 5 segments (yes),
#   introduction and conclusion (yes), call to action (no) -> 2/4 x 2 = 1.0
# Total: 2.4 + 2.8 + 1.0 = 6.2 out of 10.
PARTIAL_EXPECTED_POINTS = 6.2
