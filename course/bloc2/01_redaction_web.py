# %% [markdown]
# # Bloc 2 · Notebook 1 — Écrire pour le web : l'article et ses déclinaisons
#
# **Situation.** Maison Ondine lance **Petite Vague**, son premier shampoing solide pour enfants, le
# mardi 6 avril 2027. Léna Morvan, chargée de communication, vous a transmis le brief du lancement
# (ci-dessous) et le brouillon d'article que la stagiaire a commencé. Le brouillon ne peut pas être
# publié : trop long à lire sur un téléphone, mal titré, et il promet ce que la loi et la charte
# interdisent. Vous réécrivez l'article, puis vous le déclinez pour chaque réseau de la marque.
#
# **Ce que vous produisez.**
#
# 1. l'article de blog du lancement (800 à 1 200 mots), en Markdown, prêt à publier ;
# 2. ses déclinaisons pour Instagram, Facebook, LinkedIn et TikTok ;
# 3. une note qui explique vos choix (angle, ton, structure, vocabulaire) à la cliente.

# %% [markdown]
# **Compétences évaluées.**
#
# - **C2.1.1** — Exploiter les spécificités de la rédaction web en analysant les comportements de
#   lecture sur le web afin de proposer des contenus concis, pertinents et impactants.
# - **C2.2.1** — Rédiger des contenus dans le respect de la charte éditoriale définie et en mettant
#   en avant la ligne éditoriale, les sujets éditoriaux, le ton, la tonalité et le style
#   rédactionnel et en s'appuyant sur un champ sémantique cohérent pour être en adéquation avec les
#   valeurs et le message de la marque.
#
# **Barème.** 10 pts corrigés automatiquement (questions 1.2 et 2.1) et 5 pts corrigés par le
# formateur (question 3.1).
#
# **Durée estimée.** 3 h.
#
# **Comment travailler.** Écrivez votre réponse à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse. Le rapport de rédaction affiché avant chaque vérification
# mesure votre texte exactement comme la correction le fera.

# %%
from pathlib import Path

from cmcert_lib.bloc2 import writing
from cmcert_lib.bloc2.brief import BLOG_WORDS, PRODUCT, show_brief
from cmcert_lib.bloc2.datasets import load_draft_article

Path("livrables").mkdir(exist_ok=True)
show_brief()

# %% [markdown]
# ## Exercice 1 — L'article de blog (C2.1.1, C2.2.1)
#
# ### 1.1 — Le diagnostic du brouillon
#
# Sur un écran, on lit d'abord en balayage : les titres, le début des paragraphes, les listes, les
# mots en gras. On ne lit en entier que si ce balayage promet une réponse. Le rapport ci-dessous
# mesure le brouillon de la stagiaire avec les règles que votre article devra respecter :
#
# - **la lisibilité** : l'indice de Kandel-Moles, adaptation française de l'indice de Flesch
#   (207 − 1,015 × mots par phrase − 73,6 × syllabes par mot ; plus il est haut, plus le texte est
#   facile) ;
# - **la longueur des phrases et des paragraphes**, et le **chapô** : le paragraphe sous le titre,
#   qui dit l'essentiel et nomme le produit ;
# - **l'orthographe** : les mots inconnus du dictionnaire français (les mots du métier et de la
#   marque sont connus ; les noms propres sont laissés de côté) ;
# - **les titres** : un seul titre de niveau 1 (`#`), au moins trois intertitres de niveau 2 (`##`),
#   aucun niveau sauté ;
# - **la lecture en balayage** : au moins une liste et quelques mots en gras ;
# - **la charte** : ni allégation interdite (un cosmétique ne « soigne » pas ; ni « zéro déchet », ni
#   « biodégradable »), ni superlatif ou mot anxiogène, et le vouvoiement ;
# - **les faits du brief** qu'un parent cherche : le prix, le poids du pain, le nombre de lavages,
#   l'âge minimum, la date de mise en vente et les deux tests (on vous passe d'en oublier un).
#
# Lisez le rapport et le brouillon : ils vous disent ce qu'il faut réécrire.

# %%
brouillon = load_draft_article()
writing.show_report(writing.article_findings(brouillon, BLOG_WORDS, PRODUCT))

# %%
print(brouillon)

# %% [markdown]
# ### Question 1.2 — Votre article
#
# Écrivez l'article du lancement dans la variable `article`, un texte en **Markdown** entre trois
# guillemets (`"""` au début et à la fin). Il doit :
#
# - répondre aux questions des parents sur le shampoing solide pour enfants (le brief, point 3.1) ;
# - compter de **800 à 1 200 mots** ;
# - respecter chacune des règles du rapport ci-dessus, faits du brief compris (le **test
#   dermatologique** sur 32 enfants et le **test d'usage** auprès de 120 familles sont des preuves
#   que les parents attendent).
#
# Chaque règle vaut la même part des points. Un texte qui n'en a que la forme ne les obtient pas :
# la note est multipliée par la part du texte qui est vraiment du contenu (un paragraphe répété, un
# texte d'attente ou des mots qu'aucun dictionnaire ne connaît n'en sont pas).
#
# Astuce : exécutez la cellule du rapport (juste après votre réponse) autant de fois qu'il le faut.

# %% solution id=article
### BEGIN SOLUTION
article = """# Shampoing solide pour enfant : le guide des parents

**Petite Vague** est le premier shampoing solide de Maison Ondine pour les enfants dès 3 ans. Il lave en douceur, sent le miel et tient environ 40 lavages. Voici tout ce qu'il faut savoir avant de l'adopter.

## Un shampoing solide convient-il à un enfant ?

Oui, à condition de bien le choisir. Le cuir chevelu d'un enfant est plus fin que celui d'un adulte. Il lui faut une base lavante douce, un parfum léger et une formule testée sur des enfants.

Un shampoing solide n'est pas plus agressif qu'un shampoing liquide. C'est le même geste, sans l'eau du flacon. Le pain est concentré : une petite quantité suffit pour un bain.

Beaucoup de parents hésitent pour une raison simple : ils ne l'ont jamais essayé. Les questions reviennent souvent. Est-ce que ça mousse ? Est-ce que ça pique les yeux ? Combien de temps dure un pain ? Les réponses sont ci-dessous.

## Pourquoi nous l'avons créé

L'idée vient de vous. Depuis deux ans, vous nous demandez en commentaire un shampoing pour vos enfants. Vous utilisiez nos pains pour vous, mais pas pour eux : trop parfumés, trop riches, pas assez doux pour les plus petits.

Nous avons donc cherché une formule plus simple. Il a fallu un an d'essais à l'atelier pour trouver le bon équilibre entre la douceur, la mousse et la tenue du pain.

## Petite Vague en bref

- **Pour qui :** les enfants dès 3 ans, tous types de cheveux.
- **Format :** un pain de 60 g en forme de vague, facile à tenir pour de petites mains.
- **Durée :** environ 40 lavages.
- **Prix :** 12 € TTC, soit environ 30 centimes par lavage.
- **Composition :** une base lavante douce d'origine végétale, de l'avoine et du miel du pays de Rance.
- **Parfum :** léger, sans allergène à déclarer.
- **Emballage :** un étui en carton recyclé imprimé en Bretagne, sans sachet ni film.

## Ce que les tests ont montré

Avant de le proposer, nous l'avons fait tester de deux façons.

D'abord, un laboratoire indépendant l'a testé sous contrôle dermatologique et ophtalmologique sur 32 enfants, en janvier 2027. C'est ce test qui nous permet de dire que la formule ne pique pas les yeux.

Ensuite, 120 familles de notre communauté l'ont utilisé pendant trois semaines, à la maison, dans la vraie vie. Elles nous ont dit ce qui leur plaisait et ce qui les gênait. Nous avons suivi leurs remarques : la forme du pain a été revue pour qu'il glisse moins des mains.

Les résultats détaillés de ce test feront l'objet d'une infographie. Vous la trouverez bientôt sur nos réseaux.

## Le bain en trois gestes

Le geste est simple. Un enfant de six ou sept ans peut même le faire seul.

1. **Mouiller.** Mouillez bien les cheveux et le pain à l'eau tiède.
2. **Frotter.** Passez le pain deux ou trois fois sur les cheveux, puis massez doucement du bout des doigts. La mousse vient vite.
3. **Rincer.** Rincez à l'eau claire, en inclinant la tête de l'enfant vers l'arrière.

Pour les cheveux longs ou bouclés, frottez le pain entre vos mains et répartissez la mousse sur les longueurs. Vous éviterez ainsi les nœuds.

## Comment faire durer le pain plus longtemps

Un pain solide déteste rester dans l'eau. Après le bain, posez-le sur un porte-savon qui laisse l'eau s'écouler. Loin du jet de la douche, il sèche en quelques heures.

Si vous partez en vacances, attendez qu'il soit sec avant de le ranger dans une boîte. Un pain bien séché garde sa forme jusqu'au dernier lavage.

## Combien coûte vraiment un shampoing solide ?

Petite Vague coûte 12 € TTC. Ce prix peut surprendre face à un flacon de supermarché. Mais un pain de 60 g dure environ 40 lavages.

Le calcul est simple : 12 € divisés par 40 lavages, cela fait 30 centimes par lavage. Pour un enfant qui se lave les cheveux deux fois par semaine, un pain dure environ cinq mois.

Vous achetez aussi moins d'emballage. L'étui en carton recyclé se trie avec les papiers. Il n'y a ni flacon, ni pompe, ni bouchon.

## Vos questions

### Est-ce que ça mousse autant qu'un shampoing liquide ?

Oui. La mousse est un peu plus fine, mais elle suffit à laver tous les cheveux. Et les enfants adorent la faire apparaître eux-mêmes.

### Mon enfant a les cheveux très bouclés. Est-ce adapté ?

Oui. La formule ne dessèche pas les boucles. Démêlez les cheveux avant le bain et rincez bien : les boucles restent souples.

### Peut-on l'utiliser comme gel douche ?

Nous ne le conseillons pas. Petite Vague est formulé pour les cheveux et le cuir chevelu. Pour le corps, un savon doux surgras reste le bon choix.

### Et si mon enfant a la peau sensible ?

La formule a été testée sous contrôle dermatologique sur 32 enfants. Pour une peau très réactive, demandez toujours l'avis de votre médecin.

## Où trouver Petite Vague ?

Petite Vague sera en vente le mardi 6 avril 2027 sur notre boutique en ligne et à la boutique-atelier de Saint-Malo. Nos revendeurs le proposeront à partir du mardi 13 avril.

Vous l'avez essayé ? Racontez-nous le premier bain de vos enfants en commentaire, ou partagez vos photos avec #PetiteVague. Toute l'équipe de l'atelier a hâte de vous lire.
"""
### END SOLUTION
writing.show_report(writing.article_findings(article, BLOG_WORDS, PRODUCT))

# %% tests id=article_tests points=6 competencies=C2.1.1,C2.2.1
"""L'article : longueur, lisibilité, phrases et paragraphes, orthographe, titres, balayage, charte, faits du brief."""
from cmcert_lib.checks import check, score
check("bloc2.redaction_article", article)
### BEGIN HIDDEN TESTS
score("bloc2.redaction_article", article, expected={'mots': [800, 1200], 'produit': 'Petite Vague'}, points=6)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** L'article, prêt à coller dans l'éditeur du site (Markdown).

# %%
Path("livrables/article_petite_vague.md").write_text(article, encoding="utf-8")
print("Article enregistré dans livrables/article_petite_vague.md")

# %% [markdown]
# ## Exercice 2 — Les déclinaisons pour les réseaux (C2.1.1, C2.2.1)
#
# ### Question 2.1 — Une publication par plateforme
#
# Écrivez le dictionnaire `publications` : une clé par plateforme (`"Instagram"`, `"Facebook"`,
# `"LinkedIn"`, `"TikTok"`), et pour chacune le texte de la publication qui annonce l'article. Le
# tableau ci-dessous donne les limites de chaque plateforme (une seule source pour tout le cours).
#
# Chaque publication :
#
# - tient dans les limites de sa plateforme (caractères, nombre de hashtags) ;
# - dit quelque chose : au moins douze mots qui ne soient pas un texte d'attente ;
# - nomme Petite Vague et donne au moins une information concrète du brief (date de sortie, prix,
#   âge, format, preuves) ;
# - met un lien vers l'article là où il est cliquable dans le texte (Facebook, LinkedIn) et renvoie
#   au « lien en bio » là où il ne l'est pas (Instagram, TikTok) ;
# - respecte la charte (allégations, ton, vouvoiement) ;
# - est **écrite pour sa plateforme** : LinkedIn parle aux revendeurs, TikTok à des parents qui
#   font défiler des vidéos ; le même texte recopié d'un réseau à l'autre ne compte pas.
#
# L'adresse de l'article sera `https://www.maison-ondine.fr/blog/shampoing-solide-enfant`. Chaque
# règle vaut la même part des points de la publication ; une publication qui ne dit rien, ou qui
# recopie celle d'un autre réseau, n'obtient rien.

# %%
from cmcert_lib.facts.platforms import platform

for nom in ["Instagram", "Facebook", "LinkedIn", "TikTok"]:
    p = platform(nom)
    hashtags = "sans limite" if p.max_hashtags is None else f"{p.max_hashtags} au plus"
    print(f"{nom:<10} {p.max_text_chars:>6} caractères au plus, hashtags : {hashtags}")

# %% solution id=publications
### BEGIN SOLUTION
publications = {
    "Instagram": (
        "Le bain du soir a trouvé sa vague.\n\n"
        "Voici Petite Vague, notre premier shampoing solide pour les enfants dès 3 ans. Un pain de "
        "60 g qui sent le miel, mousse vite et dure environ 40 lavages.\n\n"
        "Testé sous contrôle dermatologique et ophtalmologique sur 32 enfants : il ne pique pas les yeux.\n\n"
        "En vente le 6 avril sur notre boutique en ligne et à l'atelier de Saint-Malo. Tout savoir pour "
        "passer au solide en famille : l'article est en lien en bio.\n\n"
        "Chez vous, qui lave les cheveux : vous ou les enfants ?\n\n"
        "#PetiteVague #ShampoingSolide #CosmetiqueSolide #BainEnFamille #FabriqueEnBretagne"
    ),
    "Facebook": (
        "Parents, vous nous l'avez demandé pendant deux ans : le voici.\n\n"
        "Petite Vague est notre premier shampoing solide pour enfants, dès 3 ans. Nous avons réuni "
        "dans un article les réponses à vos questions : est-ce que ça mousse, est-ce que ça pique les "
        "yeux, combien de temps dure un pain, comment le faire sécher.\n\n"
        "À lire avant le lancement du mardi 6 avril : "
        "https://www.maison-ondine.fr/blog/shampoing-solide-enfant\n\n"
        "Et si vous avez une autre question, posez-la en commentaire : l'équipe de l'atelier vous répond."
    ),
    "LinkedIn": (
        "Revendeurs partenaires : Petite Vague arrive dans vos rayons le mardi 13 avril 2027.\n\n"
        "C'est notre premier shampoing solide pour enfants (dès 3 ans, pain de 60 g, environ 40 lavages, "
        "12 € TTC prix de vente conseillé). Il a été testé sous contrôle dermatologique et "
        "ophtalmologique sur 32 enfants, puis par 120 familles pendant trois semaines.\n\n"
        "Pour répondre aux questions de vos clients, notre article fait le tour du sujet : "
        "https://www.maison-ondine.fr/blog/shampoing-solide-enfant\n\n"
        "Kits de présentation et fiches produit : écrivez-nous en message privé.\n\n"
        "#CosmetiqueSolide #CommerceDeProximite #FabriqueEnBretagne"
    ),
    "TikTok": (
        "Trois gestes et c'est rincé : le bain avec Petite Vague, notre shampoing solide pour les "
        "enfants dès 3 ans. Il sent le miel et ne pique pas les yeux (testé sous contrôle "
        "ophtalmologique sur 32 enfants). Sortie le 6 avril, tout est expliqué dans l'article en lien en bio. "
        "#PetiteVague #ShampoingSolide #BainEnfant"
    ),
}
### END SOLUTION
writing.show_posts_report(publications, PRODUCT)

# %% tests id=publications_tests points=4 competencies=C2.1.1,C2.2.1
"""Les quatre publications : limites, produit et faits, liens, charte, écriture propre à chaque réseau."""
from cmcert_lib.checks import check, score
check("bloc2.redaction_publications", publications)
### BEGIN HIDDEN TESTS
score("bloc2.redaction_publications", publications, expected={'plateformes': ['Instagram', 'Facebook', 'LinkedIn', 'TikTok'], 'produit': 'Petite Vague'}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les quatre publications dans un seul fichier, à envoyer à Léna pour validation.

# %%
with open("livrables/publications_lancement.md", "w", encoding="utf-8") as fichier:
    for nom, texte in publications.items():
        fichier.write(f"## {nom}\n\n{texte}\n\n")
print("Publications enregistrées dans livrables/publications_lancement.md")

# %% [markdown]
# ## Exercice 3 — Vos choix expliqués (C2.1.1, C2.2.1)
#
# ### Question 3.1 — La note d'intention
#
# Le brief demande « vos choix expliqués ». En 15 à 25 lignes, expliquez à Léna Morvan :
#
# - l'**angle** de l'article et pourquoi il répond à ce que cherchent les parents ;
# - sa **structure** (titres, chapô, liste, questions) et ce qu'elle change pour une lecture sur
#   téléphone ;
# - le **ton** et le **champ sémantique** choisis, au regard de la charte validée (ton chaleureux,
#   précis et complice, vouvoiement, vocabulaire écarté) ;
# - ce que vous avez retiré du brouillon et pourquoi (allégations, superlatifs) ;
# - comment chaque déclinaison s'adapte à sa plateforme et à son public.

# %% manual id=choix_redactionnels points=5 competencies=C2.1.1,C2.2.1 criteria=B2-01,B2-03,B2-04
# **L'angle : répondre aux questions des parents.** Les parents de notre communauté ne cherchent pas
# « un nouveau produit » : ils se demandent si un shampoing solide convient à un enfant, s'il mousse,
# s'il pique les yeux et combien de temps il dure. L'article est donc un guide, titré sur la
# recherche « shampoing solide pour enfant », et Petite Vague y est la réponse concrète. Le
# brouillon parlait de la marque (« nous sommes fiers ») ; l'article parle de l'enfant et du bain.
#
# **Une structure pour le téléphone.** Un chapô de trois phrases donne l'essentiel (le produit,
# l'âge, la durée) ; huit intertitres formulés comme des questions ou des promesses permettent de
# lire en balayage et de sauter à sa question ; la fiche « en bref » est une liste en gras ; les
# trois gestes sont numérotés, comme dans la vidéo. Les phrases font dix mots en moyenne, aucun
# paragraphe ne dépasse quatre phrases : l'indice de Kandel-Moles passe de 72 à 93.
#
# **Le ton de la charte.** Chaleureux (« l'idée vient de vous », l'appel aux photos du premier
# bain), précis (prix au lavage calculé, durée en mois, conditions des tests), complice sans
# familiarité : le vouvoiement partout, le « tu » du brouillon a disparu. Le champ sémantique est
# celui de la charte validée : douceur, geste, atelier, famille, preuve ; pas de superlatifs.
#
# **Ce que j'ai retiré.** « Soigne les petites irritations » (allégation thérapeutique), « zéro
# déchet », « biodégradable », « écoresponsable » (allégations environnementales génériques
# interdites) remplacés par les faits : l'étui en carton recyclé, sans sachet ni film. « Sans
# larmes » n'apparaît plus seul : je cite le test ophtalmologique sur 32 enfants. « Produits
# chimiques toxiques », « danger », « incroyable », « le meilleur » disparaissent : ils dénigrent ou
# inquiètent, ce que la charte exclut.
#
# **Les déclinaisons.** Instagram : une accroche courte, le produit et la preuve, une question pour
# les commentaires, cinq hashtags et le lien en bio. Facebook : les questions des parents reprises
# de l'article et le lien cliquable, pour un public qui lit et partage. LinkedIn : les revendeurs,
# la date du 13 avril, le prix conseillé et les preuves, le lien et une offre de kits. TikTok : une
# légende brève qui accompagne la vidéo des trois gestes et renvoie au lien en bio.
