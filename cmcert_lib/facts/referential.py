"""The certification's referential: blocs, activities, competencies and evaluation criteria.

Transcribed on 2026-11-26 from the certifier's document « 5 - REFERENTIELS —
Référentiels d'activités, de compétences et d'évaluation » (L'École Multimédia,
Community manager), as extracted in ``/work/shared/referentiel/``:

- ``001_115a861c8f069005.txt`` keeps the table structure (one paragraph per item)
  but loses one page of Bloc 3 (A3.3, A3.4, end of C3.2.3, C3.2.4 to C3.4.1 and
  the end of its criteria) and interleaves the bloc headers with the rows;
- ``000_43cbce638a904a95.txt`` is the raw extraction of the whole document; it
  supplies the missing Bloc 3 page and settles the order of items cut by page breaks.

The French texts are the document's, word for word, including its own slips
(« pour booster et en mettant », « Production de contenu sur pour », « KPI's »,
the Bloc 4 competency labelled ``A4.2.1``).  Only extraction artefacts were
fixed: HTML tags, hyphenation and line breaks, doubled spaces, and apostrophes,
which the document mixes and which are all written ``’`` here.  The bloc titles
are the ones heading each bloc's table (Bloc 5 reads « évaluation », singular,
there; the summary list at the top of the document has « évaluations »).

A competency's activity follows from its code: ``C1.2.3`` and ``A4.2.1`` belong to
activity ``A1.2`` and ``A4.2``.  Criterion ids ``B<bloc>-<NN>`` number the criteria
column of each bloc in document order; ``heading`` is the group title the criterion
sits under in that column (``""`` when the column has none).  A criterion that
carries a list keeps it as indented Markdown items (``"\\n  - "``) so that it
renders as a sub-list under the criterion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ACTIVITIES",
    "BLOCS",
    "CERTIFICATION_RULE",
    "COMPETENCIES",
    "CRITERIA",
    "Activity",
    "Bloc",
    "Competency",
    "Criterion",
    "bloc",
    "competencies_of_bloc",
    "competency",
    "criteria_of_bloc",
    "criterion",
    "is_competency_code",
]


@dataclass(frozen=True)
class Activity:
    code: str
    text: str
    bloc: int


@dataclass(frozen=True)
class Competency:
    code: str
    text: str
    bloc: int
    activity: str


@dataclass(frozen=True)
class Criterion:
    id: str
    bloc: int
    heading: str
    text: str


@dataclass(frozen=True)
class Bloc:
    number: int
    title: str
    evaluation: str
    activities: tuple[Activity, ...]
    competencies: tuple[Competency, ...]
    criteria: tuple[Criterion, ...]


CERTIFICATION_RULE = (
    "La certification professionnelle de Community manager est obtenue par la "
    "capitalisation des 5 blocs de compétences et la validation du jury final."
)

_TITLES = {
    1: "Définition du discours de marque au regard de la cible",
    2: "Production de contenus pour les médias sociaux",
    3: "Élaboration et pilotage d’un dispositif de communication sur les médias sociaux",
    4: "Conversion d’une communauté en clients",
    5: "Mesures, évaluation et pilotage d’actions de communication sur les médias sociaux",
}

# The modality column of each bloc, without its « Évaluation du bloc « ... » »
# caption (the document repeats Bloc 4's caption under Bloc 5).
_EVALUATIONS = {
    1: (
        "Mise en situation professionnelle réelle ou simulée\n"
        "Les candidats à la certification doivent étudier un sujet et une thématique "
        "détaillés sur un brief qui leur est remis, afin de réaliser une charte éditoriale "
        "complète (veille, analyse, cible, parcours client, promesse de lecture et parti-pris "
        "éditorial…). Ils doivent décrire et justifier leurs propositions afin de démontrer "
        "l’angle éditorial, le choix des sujets éditoriaux, le ton et style d’écriture. Ils "
        "doivent détailler le processus de création des contenus ainsi qu’un exemple de "
        "calendrier éditorial.\n\n"
        "Présentation orale devant un jury, et remise de document écrit\n"
        "- Présentation d’un cahier des charges détaillé des recommandations incluant\n"
        "  - les études et analyses réalisées,\n"
        "  - une reformulation du brief de manière concise,\n"
        "  - un parti pris et une promesse en réponse à la problématique,\n"
        "  - les opportunités et contraintes du client,\n"
        "  - un dispositif stratégique et opérationnel,\n"
        "  - un planning éditorial,\n"
        "  - un processus de rédaction pour la réalisation de la charte éditoriale."
    ),
    2: (
        "Mise en situation professionnelle réelle ou simulée\n"
        "Les candidats à la certification devront étudier un sujet, une thématique expliquée "
        "lors d’un brief afin de réaliser une ligne éditoriale justifiée (veille, analyse, "
        "parti-pris éditorial…) et produire des contenus (Article de blog, "
        "Post/Image/Infographie/Vidéo/Podcast…).\n"
        "Ils devront décrire et justifier leurs productions afin de démontrer le choix des "
        "thématiques, les types et formats de contenus, ton, style d’écriture et angles.\n\n"
        "Remise de document écrit\n"
        "Les candidats à la certification devront remettre leur réalisation afin que leur "
        "travail soit évalué."
    ),
    3: (
        "Mise en situation professionnelle réelle ou simulée\n"
        "Les candidats à la certification doivent proposer un dispositif complet de mise en "
        "place une stratégie de communication cohérente sur les médias sociaux.\n"
        "Ils doivent présenter un paramétrage détaillé des plateformes sociales choisies pour "
        "diffuser le dispositif de communication.\n\n"
        "Présentation orale devant un jury, et remise de document écrit\n"
        "Les candidats à la certification sont évalués lors d’une soutenance devant un jury "
        "de professionnels à qui ils remette un cahier de préconisations."
    ),
    4: (
        "Questionnaire à visée professionnelle\n"
        "Un questionnaire est prévu pour évaluer les candidats à la certification.\n"
        "Il comprend : des QCM/QCU ainsi que des questions ouvertes.\n\n"
        "Attentes\n"
        "Les candidats à la certification devront répondre aux questions.\n\n"
        "Évaluation\n"
        "Les candidats à la certification devront remettre leur dossier afin que leur travail "
        "soit évalué."
    ),
    5: (
        "Mise en situation professionnelle réelle ou simulée\n"
        "Les candidats à la certification doivent structurer les tableaux de suivi et analyser "
        "les résultats chiffrés d’un site e-commerce.\n"
        "Ils doivent proposer un suivi pertinent et proposer un dispositif complet de "
        "reporting pour faciliter les prises de décision et optimiser les investissements "
        "médias et d’une communication cohérente sur les médias sociaux.\n\n"
        "Évaluation\n"
        "Les candidats à la certification devront remettre leur réalisation afin que leur "
        "travail soit évalué."
    ),
}

_ACTIVITIES = (
    ("A1.1", "Recueil et étude d’un brief client, d’un appel d’offre, d’un cahier des charges."),
    ("A1.2", "Étude et benchmark du web social de la marque et de la concurrence."),
    ("A1.3", "Étude de la cible."),
    ("A1.4", "Réalisation du parcours type de la cible"),
    ("A1.5", ("Élaboration du discours de la marque et sa stratégie de visibilité sur les "
             "médias sociaux.")),
    ("A1.6", "Création et suivi des planning éditoriaux et processus éditoriaux (workflow)."),
    ("A1.7", ("Présentation d’une charte éditoriale au client incluant une ligne éditoriale et "
             "un processus éditorial (workflow).")),
    ("A2.1", "Rédaction de contenus pour différents médias sociaux."),
    ("A2.2", "Optimisation des contenus pour les différents médias."),
    ("A2.3", ("Création et production de contenus variés et sous différents formats (Vidéo, "
             "audio, image…).")),
    ("A3.1", ("Élaboration d’un dispositif de communication digitale sur les médias sociaux "
             "(réseaux sociaux, blog, wiki, forum…).")),
    ("A3.2", "Paramétrage du dispositif de communication digitale."),
    ("A3.3", "Proposition d’un planning et un budget."),
    ("A3.4", "Présentation d’un dispositif de communication digitale au client."),
    ("A4.1", "Audit d’un site e-commerce."),
    ("A4.2", "Réalisation d’un plan de marquage."),
    ("A4.3", "Mise en place et suivi des opérations promotionnelles."),
    ("A5.1", ("Construction des tableaux de bord de suivi des performances des actions de "
             "communication sur les médias sociaux.")),
    ("A5.2", "Préconisations d’améliorations."),
)

_COMPETENCIES = (
    ("C1.1.1", ("Analyser les besoins d’un client, en s’appuyant sur la lecture du brief et des "
               "documents fournis par le client afin de déterminer la problématique à résoudre "
               "et les objectifs d’un projet.")),
    ("C1.2.1", ("Analyser le positionnement de la marque sur les médias sociaux en utilisant des "
               "outils de collecte et d’écoute (type Mention) afin de comprendre les interactions "
               "et le dialogue de la marque avec les différentes communautés.")),
    ("C1.2.2", ("Décrire et analyser un marché, en réalisant un benchmark et en s’appuyant sur des "
               "études, afin de positionner le projet dans son environnement concurrentiel.")),
    ("C1.2.3", ("Comprendre l’environnement et les évolutions des médias sociaux en pratiquant une "
               "veille active afin de s’approprier les nouvelles fonctionnalités et les nouveaux "
               "usages de ces plateformes.")),
    ("C1.3.1", ("Identifier, analyser et comprendre les cibles, leurs besoins, leurs attentes, "
               "leurs usages et leurs comportements en s’appuyant sur des méthodes de recherche "
               "marketing primaires (les entretiens individuels, questionnaires …) et de "
               "recherche marketing secondaires (les études de marché, baromètres…) afin de "
               "personnifier le client cible à l’aide de personas.")),
    ("C1.4.1", ("Cartographier le parcours type de la cible en mettant en exergue les différents "
               "points de contacts entre cette dernière et les contenus de la marque, à l’aide "
               "d’outils de modélisation (type UX Pressia...).")),
    ("C1.5.1", ("Élaborer une charte éditoriale en détaillant les différents formats de contenus "
               "(image, vidéo, audio…), en prenant en compte les spécificités de chaque "
               "plateforme et en respectant les aspects juridiques et les réglementations en "
               "vigueur (loi sur l’accessibilité, le handicap, le traitement des données…) afin "
               "de garantir une cohérence du message sur l’ensemble des canaux de communication "
               "de la marque.")),
    ("C1.5.2", ("Rédiger la ligne éditoriale en identifiant le champ sémantique, les piliers "
               "éditoriaux ainsi que les sujets éditoriaux afin d’homogénéiser le discours de la "
               "marque.")),
    ("C1.5.3", ("Définir les leviers, les actions marketing et les canaux (médias sociaux) à "
               "utiliser, grâce à l’analyse des usages et comportements de la cible afin de "
               "diffuser les bons messages au bon moment via les bons canaux.")),
    ("C1.6.1", ("Rédiger les calendriers éditoriaux à l’aide d’outil de planification type "
               "(Hootsuite, Instagantt, Trello) afin d’avoir une vision globale sur la diffusion "
               "des contenus.")),
    ("C1.6.2", ("Évaluer les ressources nécessaires à la création de contenus, afin de composer un "
               "comité éditorial et établir un processus éditorial permettant d’identifier "
               "précisément le rôle de chaque membre de l’équipe.")),
    ("C1.7.1", ("Formaliser clairement (à l’oral comme à l’écrit) son parti pris éditorial, sa "
               "promesse de lecture et ses préconisations (calendrier éditorial & Workflow "
               "éditorial) afin de permettre au client de comprendre la proposition, ainsi que "
               "l’importance de mettre en place une charte éditoriale qui reflète ses valeurs et "
               "diffuse un message cohérent sur l’ensemble des canaux utilisés par la marque.")),
    ("C2.1.1", ("Exploiter les spécificités de la rédaction web en analysant les comportements de "
               "lecture sur le web afin de proposer des contenus concis, pertinents et "
               "impactants.")),
    ("C2.2.1", ("Rédiger des contenus dans le respect de la charte éditoriale définie et en mettant "
               "en avant la ligne éditoriale, les sujets éditoriaux, le ton, la tonalité et le "
               "style rédactionnel et en s’appuyant sur un champ sémantique cohérent pour être en "
               "adéquation avec les valeurs et le message de la marque.")),
    ("C2.2.2", ("Optimiser les contenus pour les moteurs de recherche en utilisant des outils "
               "d’optimisation SEO (Search Engine Optimisation), afin d’attirer l’internaute sur "
               "ses espaces médias et développer ainsi le référencement naturel du site de la "
               "marque.")),
    ("C2.2.3", ("Choisir et hiérarchiser les mots clés et le vocabulaire en se basant sur un champ "
               "sémantique en adéquation avec l’environnement de la marque et les exigences "
               "techniques des plateformes médias afin de respecter les consignes de la charte "
               "éditoriale.")),
    ("C2.3.1", ("Créer des images impactantes et cohérentes pour différents médias sociaux en "
               "respectant les codes techniques, esthétiques et qualitatifs de ce format de "
               "contenus, afin d’inciter l’internaute à l’interaction et au partage.")),
    ("C2.3.2", ("Créer des infographies grâce à des outils dédiés (type Canva) afin de varier les "
               "contenus et permettre une lecture concise et efficace des informations.")),
    ("C2.3.3", ("Concevoir des vidéos scénarisées et enrichies grâce aux fonctionnalités "
               "existantes sur les différentes plateformes et en utilisant différents outils de "
               "montage (type Open Shot Video Editor…), afin de proposer du contenu attractif.")),
    ("C3.1.1", ("Concevoir un plan de communication spécifique aux médias sociaux au regard de "
               "l’analyse de la marque, de la concurrence, de la cible et son parcours type et en "
               "choisissant les médias sociaux les plus pertinents afin d’atteindre les objectifs "
               "fixés et répondre à la problématique du client.")),
    ("C3.1.2", ("Animer une communauté en adoptant une démarche de modération des interactions et "
               "en s’aidant d’outils d’écoute des médias sociaux tels que (Mention, Digimind…) "
               "afin de sécuriser la e-réputation de la marque et détecter les signaux d’une "
               "éventuelle crise sur les médias sociaux.")),
    ("C3.2.1", ("Établir un dispositif de diffusion automatisé à l’aide d’outils de gestion des "
               "médias sociaux tels que (Hootsuite, Buffer…) afin d’optimiser la délivrabilité "
               "des contenus et du message.")),
    ("C3.2.2", ("Configurer les différentes plateformes (médias sociaux), en créant des profils, "
               "des fils d’actualité, des pages, des blogs… afin de personnaliser les espaces de "
               "communication de la marque.")),
    ("C3.2.3", ("Piloter le dispositif de communication digitale en s’appuyant sur des matrices de "
               "et modèles marketing tels que la matrice POEM (Paid, Owned, Earned Media) : les "
               "médias que la marque paye, ceux qu’elle possède et ceux qu’elle acquiert grâce à "
               "sa communauté, afin de choisir les leviers marketing les plus pertinents, et "
               "maîtriser les coûts des campagnes afin d’augmenter la visibilité de la marque.")),
    ("C3.2.4", ("Identifier les indicateurs clés de performance (KPI) des différentes actions à "
               "l’aide des outils de statistique des plateformes des médias sociaux tels que "
               "(Facebook) afin de mesurer les résultats des actions mise en place.")),
    ("C3.3.1", ("Élaborer un planning de production et d’accompagnement à l’aide d’outils tels que "
               "(Trello, Instagantt…) afin d’avoir une visibilité précise et exhaustive des délais "
               "de réalisation du projet.")),
    ("C3.3.2", ("Faire une estimation financière de l’ensemble des postes de dépenses et des "
               "investissements à prévoir afin d’avoir un budget précis et exhaustif à l’aide "
               "d’outils de comptabilité et de facturation tels que (Excel, Sage)")),
    ("C3.4.1", ("Présenter à l’oral et à l’écrit au client un dispositif de communication digitale, "
               "un processus détaillé de création et de pilotage de contenus ainsi qu’un "
               "calendrier éditorial représentatif des contenus à diffuser sur une période "
               "déterminée.")),
    ("C4.1.1", ("Analyser un site e-commerce grâce à une grille d’audit afin de connaître les "
               "technologies utilisées pour créer et gérer le site e-commerce et comprendre les "
               "techniques et actions destinées à développer la visibilité, l’image et l’offre du "
               "site e-commerce sur les médias sociaux et d’identifier les axes d’optimisation SMO "
               "(Social Media Optimisation) à savoir (SEA, SEO, DISPLAY…).")),
    ("A4.2.1", ("Élaborer un plan de marquage en identifiant les KPI’s, les canaux de contact "
               "(site, réseaux sociaux, SAV, apps…) à suivre ainsi que les outils à utiliser type "
               "(Google Tag Manager, Pixels Facebook, CRM) afin de comprendre les sources de "
               "trafic et les optimiser.")),
    ("C4.3.1", ("Développer les ventes du site e-commerce via les médias sociaux (Social Selling) "
               "en paramétrant des fonctionnalités appropriées telles que les prix, carrousel "
               "d’images et les boutons d’appel à l’action (CTA : call to action) et en "
               "actionnant les leviers marketing adéquats.")),
    ("C4.3.2", ("Identifier et recruter des influenceurs, personnes célèbres, leaders d’opinion "
               "afin de s’appuyer sur leur notoriété pour booster et en mettant en place des "
               "actions adéquates de partenariat afin de booster la notoriété et les ventes du "
               "site e-commerce de la marque.")),
    ("C4.2.3", ("Créer et organiser des campagnes publicitaires sur les médias sociaux en "
               "utilisant leurs plateformes publicitaires (Ads manager) afin d’augmenter les "
               "ventes sur le site e-commerce de la marque.")),
    ("C5.1.1", ("Identifier les sources de collecte de données grâce à des outils d’analyses tel "
               "que (Hootsuite, Google Studio, Google Analytics, des tableaux de bords de "
               "statistiques des réseaux sociaux…) et en s’appuyant sur un choix pertinent des KPI "
               "(indicateurs clés de performance) afin de mesurer et analyser la performance des "
               "leviers marketing actionnés sur les médias sociaux.")),
    ("C5.1.2", ("Exploiter un plan de marquage et un système de tracking pertinent au regard du "
               "plan de marquage (lien UTF, Google tag Manager, Pixel Facebook…).")),
    ("C5.2.1", ("Construire des matrices de reporting pertinentes et personnalisées au regard des "
               "objectifs à atteindre en s’appuyant sur des outils dédiés tels que ((Hootsuite, "
               "Google Studio, Google Analytics, des tableaux de bords de statistiques des réseaux "
               "sociaux…) afin de faciliter la lecture des résultats et les prises de décision.")),
    ("C5.2.2", ("Saisir les signaux faibles et d’axes de développement des médias sociaux grâce à "
               "l’analyse des communautés et des médias sociaux dans un objectif d’amélioration "
               "continue des campagnes et des dispositifs de communication.")),
    ("C5.2.3", ("Piloter les coûts des actions et campagnes sur les médias sociaux et calculer le "
               "retour sur investissement (ROI) selon les médias et les objectifs grâce aux outils "
               "d’analyse et de mesure tels que (Hootsuite, Buffer) afin d’optimiser les "
               "investissements de la marque.")),
)

# (bloc, heading, text) in the order of each bloc's criteria column.
_CRITERIA = (
    (1, "Analyses", ("La reformulation du brief est claire et synthétique et permet de vérifier "
                    "la compréhension de la problématique et des enjeux du client.")),
    (1, "Analyses", "La description du contexte du projet est précise."),
    (1, "Analyse de la concurrence", ("Les critères d’analyse choisis pour décrire le marché et "
                                     "les concurrents sont pertinents.")),
    (1, "Analyse de la concurrence", ("Les représentations graphiques et les outils utilisés "
                                     "permettent de comprendre le positionnement de la marque, "
                                     "sa e-réputation et celle de la concurrence.")),
    (1, "Analyse de la concurrence", ("Les données quantitatives et/ou qualitatives recueillies "
                                     "sont riches en informations tangibles à exploiter, et "
                                     "permettent de déduire des hypothèses à explorer.")),
    (1, "Analyse des cibles", ("L’étude des cibles permet de comprendre leur contexte, leurs "
                              "comportements et usages des outils digitaux et médias sociaux.")),
    (1, "Analyse des cibles", ("Les données quantitatives et qualitatives sont collectées et "
                              "présentés de manière à comprendre les besoins, les attentes et "
                              "les usages de la cible.")),
    (1, "Analyse des cibles", ("Les personas permettent une visualisation précise et "
                              "représentative de la cible.")),
    (1, "Analyse des cibles", ("La modélisation d’un parcours client type permet de comprendre le "
                              "comportement de la cible, d’anticiper ses interactions, et "
                              "d’identifier les points de contacts avec la marque.")),
    (1, "Préconisations", ("Le discours de la marque sur les différents médias sociaux répond à la "
                          "problématique et aux enjeux du client.")),
    (1, "Préconisations", ("La charte éditoriale est complète et traite les points suivants : "
                          "ligne éditoriale, champ sémantique, sujets éditoriaux, règles "
                          "d’écriture web, ton et tonalité des messages, exemples et formats de "
                          "contenus…")),
    (1, "Préconisations", ("Les leviers marketing sont pertinents au regard de la cible, son "
                          "contexte et ses usages des outils digitaux et médias sociaux.")),
    (1, "Préconisations", ("La méthodologie et la chronologie de déploiement opérationnel sont "
                          "bien respectées pour apporter une réponse claire, structurée, "
                          "pertinente et convaincante.")),
    (1, "Préconisations", ("Le processus éditorial présenté permet d’avoir une vision claire du "
                          "calendrier des publications et des tâches à accomplir pour chacun des "
                          "membres du comité éditorial.")),
    (1, "Cahier de préconisations", ("Le document présenté est clair, structuré, complet, sans "
                                    "fautes d’orthographe. Il comprend :"
                                    "\n  - un récapitulatif de la problématique du client,"
                                    "\n  - une analyse des besoins,"
                                    "\n  - un benchmark de l’existant et de la concurrence,"
                                    "\n  - Une analyse de la cible."
                                    "\n  - Un parcours client type."
                                    "\n  - Une charte éditoriale complète, détaillée et bien "
                                    "démontrée."
                                    "\n  - Un processus (workflow) éditorial détaillé sur une "
                                    "période déterminée.")),
    (1, "Présentation", ("La charte éditoriale et le plan de diffusion des contenus sur les "
                        "différents médias sociaux sont clairement expliqués.")),
    (1, "Présentation", ("La posture professionnelle est évaluée lors de la présentation orale et "
                        "en s’appuyant sur la qualité et la clarté des échanges lors des "
                        "interactions avec le jury de professionnels.")),
    (2, "Rédaction", ("Les textes sont rédigés dans un français correct, ils sont clairs et "
                     "impactants.")),
    (2, "Rédaction", ("Les contenus sont optimisés pour une stratégie SEO, les mots clés choisis "
                     "sont cohérents, les textes sont titrés et les informations sont "
                     "hiérarchisées.")),
    (2, "Rédaction", "La ligne éditoriale est détaillée respectée."),
    (2, "Rédaction", ("La charte éditoriale est complète et reflète bien le discours de marque de "
                     "l’entreprise …")),
    (2, "Création des contenus photographiques", ("Les outils de création de contenus "
        "photographiques (appareils, applications, logiciels de retouches) ainsi que les outils "
        "de retouche des photos type (Photoshop, Indesign) sont maîtrisés. Les bases de "
        "l’écriture photographique sont respectées.")),
    (2, "Création d’Infographies", ("Les infographies permettent une meilleure compréhension de "
                                   "l’information textuelle.")),
    (2, "Création d’Infographies", ("La réalisation respecte les codes de la créations visuelles, "
                                   "qualité et format de l’image…)")),
    (2, "Création des contenus vidéos", "Les outils de création vidéo sont maîtrisés"),
    (2, "Création des contenus vidéos", "La qualité requise pour le format vidéo est respectée."),
    (3, "Préconisations", ("La stratégie de communication est cohérente face à la problématique "
                          "et aux enjeux du client.")),
    (3, "Préconisations", ("La définition des différents leviers de communication, "
                          "d’interaction, de dialogue avec les communautés sur les médias "
                          "sociaux est cohérente au regard des enjeux de la marque.")),
    (3, "Mise en place opérationnelle", ("La mise en place opérationnelle du dispositif de "
                                        "communication sur les médias sociaux est détaillée et "
                                        "maîtrisée.")),
    (3, "Mise en place opérationnelle", ("L’utilisation d’outils de planification, de "
                                        "programmation, et de diffusion des contenus sur les "
                                        "médias sociaux est requise.")),
    (3, "Mise en place opérationnelle", ("L’identification des KPI de suivi des campagnes sur "
                                        "les médias sociaux est pertinente.")),
    (3, "Mise en place opérationnelle", ("La chronologie et les plannings de déploiement "
                                        "opérationnel sont bien respectés pour apporter une "
                                        "réponse claire, structurée, pertinente et "
                                        "convaincante.")),
    (3, "Mise en place opérationnelle", ("L’estimation financière des postes de dépenses et des "
                                        "ressources requises est bien étudiée et cohérente.")),
    (3, "Cahier de préconisations", ("Le document présenté est clair, structuré, complet, sans "
                                    "fautes d’orthographe. Il comprend :"
                                    "\n  - un récapitulatif de la problématique du client,"
                                    "\n  - Un dispositif complet et détaillé de communication "
                                    "sur les médias sociaux."
                                    "\n  - Un planning de déploiement opérationnel."
                                    "\n  - Un budget détaillé.")),
    (3, "Présentation", ("La stratégie de communication sur les médias sociaux clairement "
                        "expliquée.")),
    (3, "Présentation", ("La posture professionnelle est évaluée lors de la présentation orale et "
                        "en s’appuyant sur la qualité et la clarté des échanges lors des "
                        "interactions avec le jury de professionnels.")),
    (4, "", "Les étapes, méthodologies et outils d’audit d’un site e-commerce sont maîtrisés."),
    (4, "", ("Les préconisations apportées sont cohérentes au regard des axes d’amélioration "
            "détectés.")),
    (4, "", ("Les leviers de génération de trafic sur un site e-commerce et sa stratégie SMO "
            "d’optimisation SMO (Social Media Optimisation) (SEA, SEO, DISPLAY…) sont "
            "correctement identifiés.")),
    (4, "", "Les principaux KPI à suivre et mesurer sont identifiés."),
    (4, "", "Les principaux outils de vente en ligne (CMS, Marketplace, etc.) sont connus."),
    (4, "", ("La liste d’éventuels influenceurs, partenaires et tiers de confiance est fournie et "
            "le choix est justifié.")),
    (4, "", ("Les codes du Social Selling sont maîtrisés. : législation, dispositif, mécanique, "
            "leviers et fonctionnalités des médias sociaux vers le site e-commerce.")),
    (4, "", ("Les plateformes et régies publicitaires sont paramétrées dans le respect des codes "
            "et fonctionnalités.")),
    (5, "Suivi et analyse des performances des campagnes sur les médias sociaux",
        "Les sources de collectes de données ainsi que les KPI’s ont été choisi avec pertinence."),
    (5, "Suivi et analyse des performances des campagnes sur les médias sociaux",
        ("Le dispositif de reporting établi permet de faciliter les prises de décision et de "
        "mettre en place des améliorations.")),
    (5, "Suivi et analyse des performances des campagnes sur les médias sociaux",
        ("La matrice de reporting est construite de manière claire et fluide permettant une "
        "lecture globale au regard des objectifs.")),
    (5, "Suivi et analyse des performances des campagnes sur les médias sociaux",
        ("Les améliorations proposées sont cohérentes au regard des signaux et axes de "
        "développement détectés.")),
    (5, "Suivi et analyse des performances des campagnes sur les médias sociaux",
        ("Le dispositif de pilotage des coûts est présenté, permettra une bonne maîtrise des "
        "coûts et le calcul du ROI.")),
)

_COMPETENCY_CODE = re.compile(r"^[CA](?P<bloc>[1-5])\.(?P<activity>[1-9])\.[1-9]$")


def _activity_of(code: str) -> tuple[int, str]:
    match = _COMPETENCY_CODE.match(code)
    if match is None:
        raise ValueError(f"malformed competency code {code!r}")
    number = int(match["bloc"])
    return number, f"A{number}.{match['activity']}"


def _build() -> tuple[tuple[Bloc, ...], tuple[Activity, ...], tuple[Competency, ...],
                      tuple[Criterion, ...]]:
    activities = tuple(Activity(code, text, int(code[1])) for code, text in _ACTIVITIES)
    competencies = tuple(
        Competency(code, text, *_activity_of(code)) for code, text in _COMPETENCIES
    )
    criteria: list[Criterion] = []
    for number in _TITLES:
        rows = [(heading, text) for b, heading, text in _CRITERIA if b == number]
        criteria += [
            Criterion(f"B{number}-{rank:02d}", number, heading, text)
            for rank, (heading, text) in enumerate(rows, start=1)
        ]
    blocs = tuple(
        Bloc(
            number,
            title,
            _EVALUATIONS[number],
            tuple(a for a in activities if a.bloc == number),
            tuple(c for c in competencies if c.bloc == number),
            tuple(c for c in criteria if c.bloc == number),
        )
        for number, title in _TITLES.items()
    )
    return blocs, activities, competencies, tuple(criteria)


BLOCS, ACTIVITIES, COMPETENCIES, CRITERIA = _build()

_BLOC_BY_NUMBER = {b.number: b for b in BLOCS}
_COMPETENCY_BY_CODE = {c.code: c for c in COMPETENCIES}
_CRITERION_BY_ID = {c.id: c for c in CRITERIA}


def bloc(number: int) -> Bloc:
    """The bloc with this number (1 to 5)."""
    try:
        return _BLOC_BY_NUMBER[number]
    except KeyError:
        raise KeyError(f"Le référentiel ne compte pas de bloc {number!r} (blocs 1 à 5).") from None


def competency(code: str) -> Competency:
    """The competency with this code, as the referential writes it (``C1.1.1``, ``A4.2.1``)."""
    try:
        return _COMPETENCY_BY_CODE[code]
    except KeyError:
        raise KeyError(f"{code!r} n’est pas une compétence du référentiel.") from None


def is_competency_code(code: str) -> bool:
    """True when ``code`` names a competency of the referential."""
    return code in _COMPETENCY_BY_CODE


def competencies_of_bloc(number: int) -> tuple[Competency, ...]:
    """The competencies of a bloc, in document order."""
    return bloc(number).competencies


def criterion(ident: str) -> Criterion:
    """The evaluation criterion with this id (``B1-01`` ...)."""
    try:
        return _CRITERION_BY_ID[ident]
    except KeyError:
        raise KeyError(f"{ident!r} n’est pas un critère d’évaluation du référentiel.") from None


def criteria_of_bloc(number: int) -> tuple[Criterion, ...]:
    """The evaluation criteria of a bloc, in document order."""
    return bloc(number).criteria
