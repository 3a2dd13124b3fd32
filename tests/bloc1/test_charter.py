"""The charter's rules on hand-made posts: one clean post, then one broken post per rule."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1 import charter
from cmcert_lib.facts import platforms

ALT = "Trois savons solides posés sur un galet"


def clean_post(**changes) -> dict:
    post = {
        "id": "T",
        "plateforme": "Instagram",
        "format": "Image",
        "texte": "Notre savon Iode & Sel est fabriqué à Saint-Malo. #Savon #ZeroDechet 🌊",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1350, "texte_alternatif": ALT}],
        "partenariat": False,
        "image_retouchee": False,
    }
    post.update(changes)
    return post


def rules_broken(post: dict) -> list[str]:
    return sorted({f.rule for f in charter.review_post(post)})


def test_a_clean_post_breaks_no_rule():
    assert charter.review_post(clean_post()) == []


def test_every_rule_has_a_french_title_and_explanation():
    assert len(charter.RULES) == 15
    for rule in charter.RULES.values():
        assert rule.family in {"Plateforme", "Accessibilité", "Juridique"}
        assert rule.title and len(rule.why.split()) >= 10
    table = charter.rules_table()
    assert list(table["Règle"]) == list(charter.RULES)


def test_text_length_reads_the_platform_limit():
    limit = platforms.platform("Instagram").max_text_chars
    assert rules_broken(clean_post(texte="a" * limit)) == []
    assert rules_broken(clean_post(texte="a" * (limit + 1))) == ["longueur_texte"]


def test_urls_weigh_23_characters_on_x():
    url = "https://www.maison-ondine.fr/boutique/shampoings-solides/iode-et-sel?ref=x"
    post = clean_post(plateforme="X", texte="b" * 256 + " " + url, visuels=[])
    assert rules_broken(post) == []  # 256 + 1 + 23 = 280
    post["texte"] = "b" * 257 + " " + url
    assert rules_broken(post) == ["longueur_texte"]


def test_instagram_takes_five_hashtags_and_facebook_has_no_limit():
    five = " ".join(f"#Mot{n}" for n in range(5))
    six = five + " #Mot5"
    assert rules_broken(clean_post(texte=five)) == []
    assert rules_broken(clean_post(texte=six)) == ["nombre_hashtags"]
    facebook = clean_post(plateforme="Facebook", texte=six, visuels=[])
    assert rules_broken(facebook) == []


def test_hashtag_rules_ignore_url_fragments():
    texte = "Voir https://maison-ondine.fr/faq#livraison et #Savon"
    assert rules_broken(clean_post(texte=texte)) == []
    assert rules_broken(clean_post(texte=texte + " #savon")) == ["hashtags_camelcase"]


def test_a_tag_repeated_counts_once_against_the_limit():
    five = " ".join(f"#Mot{n}" for n in range(5))
    assert rules_broken(clean_post(texte=f"{five} #Mot0 #mot1")) == ["hashtags_camelcase"]


@pytest.mark.parametrize("tag, ok", [
    ("#ZeroDechet", True), ("#Savon", True), ("#DIY", True), ("#SaintMalo2027", True),
    ("#zerodechet", False), ("#savon", False), ("#ZERODECHET", False),
])
def test_hashtags_in_camel_case(tag, ok):
    expected = [] if ok else ["hashtags_camelcase"]
    assert rules_broken(clean_post(texte=f"Nouveau savon {tag}")) == expected


def test_emojis_are_counted_as_a_reader_sees_them():
    assert charter.emojis("Famille 👨‍👩‍👧 🇫🇷 👍🏽 ✨️") == ["👨‍👩‍👧", "🇫🇷", "👍🏽", "✨️"]
    assert rules_broken(clean_post(texte="Le savon de la plage. 🌊🧼✨")) == []
    assert rules_broken(clean_post(texte="Le savon de la plage. 🌊🧼✨🐚")) == ["nombre_emojis"]


@pytest.mark.parametrize("text, broken", [
    ("On 💙 la mer et les savons.", True),
    ("Notre nouveau 🧼 arrive demain.", True),
    ("Disponible en boutique 🌊 et en ligne.", True),
    ("Disponible en boutique et en ligne 🌊", False),
    ("Bonjour 👋 Aujourd'hui, un savon.", False),
    ("🌊 Nouveau savon à la boutique.", False),
])
def test_an_emoji_does_not_replace_a_word(text, broken):
    assert ("emoji_dans_phrase" in rules_broken(clean_post(texte=text))) is broken


def test_fancy_unicode_letters():
    assert charter.fancy_characters("𝐒𝐚𝐯𝐨𝐧 ℬ ᴀ m² café") == ["𝐒", "𝐚", "𝐯", "𝐨", "𝐧", "ℬ", "ᴀ"]
    assert rules_broken(clean_post(texte="𝓝𝓸𝓾𝓿𝓮𝓪𝓾 savon")) == ["caracteres_fantaisie"]


@pytest.mark.parametrize("alt, broken", [
    (ALT, False), ("", True), (None, True), ("IMG_2043.jpg", True), ("savon", True),
    ("photo savon", True),
])
def test_every_image_has_a_real_alt_text(alt, broken):
    visual = {"type": "image", "largeur": 1080, "hauteur": 1080, "texte_alternatif": alt}
    post = clean_post(visuels=[visual])
    assert rules_broken(post) == (["texte_alternatif"] if broken else [])


def test_a_missing_alt_key_counts_as_missing():
    post = clean_post(visuels=[{"type": "image", "largeur": 1080, "hauteur": 1080}])
    assert [f.message for f in charter.review_post(post)] == ["Image 1 sans texte alternatif."]


def test_videos_need_subtitles_and_no_alt_text():
    video = {"type": "vidéo", "largeur": 1080, "hauteur": 1920, "duree_s": 40, "sous_titres": True}
    assert rules_broken(clean_post(format="Reel", visuels=[video])) == []
    video["sous_titres"] = False
    assert rules_broken(clean_post(format="Reel", visuels=[video])) == ["sous_titres"]
    video = {"type": "video", "largeur": 1080, "hauteur": 1920, "duree_s": 40}
    assert rules_broken(clean_post(format="Reel", visuels=[video])) == ["sous_titres"]


def test_video_length_reads_the_platform_limit():
    longest = platforms.platform("Instagram").max_video_seconds
    video = {"type": "vidéo", "largeur": 1080, "hauteur": 1920, "duree_s": longest,
             "sous_titres": True}
    assert rules_broken(clean_post(format="Reel", visuels=[video])) == []
    video["duree_s"] = longest + 1
    assert rules_broken(clean_post(format="Reel", visuels=[video])) == ["duree_video"]


@pytest.mark.parametrize("platform, fmt, width, height, fits", [
    ("Instagram", "Image", 1080, 1350, True),
    ("Instagram", "Image", 2160, 2700, True),  # same proportions, larger export
    ("Instagram", "Image", 1200, 630, True),  # 1.905:1, inside the feed's range
    ("Instagram", "Image", 1080, 1920, False),  # a story's 9:16 in the feed
    ("Instagram", "Reel", 1080, 1920, True),
    ("Instagram", "Image", 540, 675, False),  # same proportions but too small
    ("Facebook", "Lien", 1200, 630, True),
    ("LinkedIn", "Image", 1080, 1350, True),  # LinkedIn takes 4:5
    ("X", "Image", 1080, 1080, True),  # X shows square images
    ("TikTok", "Vidéo", 1080, 1080, False),
])
def test_the_visual_rule_reads_the_format_range(platform, fmt, width, height, fits):
    post = clean_post(plateforme=platform, format=fmt, texte="Un savon.",
                      visuels=[{"type": "image", "largeur": width, "hauteur": height, "texte_alternatif": ALT}])
    assert ("format_visuel" in rules_broken(post)) is not fits


def test_a_visual_off_format_is_reported_with_the_accepted_range():
    post = clean_post(visuels=[{"type": "image", "largeur": 1080, "hauteur": 1920,
                                "texte_alternatif": ALT}])
    findings = charter.review_post(post)
    assert [f.rule for f in findings] == ["format_visuel"]
    assert "de 1,91:1 à 4:5" in findings[0].message


@pytest.mark.parametrize("text, broken", [
    ("Ma routine du matin avec ce savon.", True),
    ("#Ad Ma routine du matin avec ce savon.", True),
    ("Publicité — Ma routine du matin avec ce savon.", False),
    ("Ma routine du matin. #CollaborationCommerciale", True),
    ("Collaboration commerciale avec Maison Ondine : ma routine.", False),
])
def test_a_partnership_is_disclosed(text, broken):
    post = clean_post(texte=text, partenariat=True)
    assert ("mention_partenariat" in rules_broken(post)) is broken
    assert rules_broken(clean_post(texte=text)) == []  # the brand's own post


@pytest.mark.parametrize("mention", ["Images retouchées", "Image retouchée", "Photographie retouchée"])
def test_a_retouched_image_is_disclosed(mention):
    post = clean_post(texte="Ma peau après un mois.", image_retouchee=True)
    assert rules_broken(post) == ["mention_image_retouchee"]
    post["texte"] = f"Ma peau après un mois. {mention}."
    assert rules_broken(post) == []


def test_a_face_made_by_ai_in_a_partnership_says_images_virtuelles():
    post = clean_post(texte="Collaboration commerciale. Mon avatar teste le savon.", partenariat=True,
                      image_ia="visage")
    assert rules_broken(post) == ["mention_image_virtuelle"]
    post["texte"] += " Images virtuelles."
    assert rules_broken(post) == []


@pytest.mark.parametrize("kind", ["réaliste", "visage"])
def test_a_brand_image_made_by_ai_says_so(kind):
    post = clean_post(texte="La boutique sous la neige.", image_ia=kind)
    assert rules_broken(post) == ["mention_contenu_ia"]
    for text in ("La boutique sous la neige. Image générée par IA.",
                 "La boutique sous la neige (image générée avec l'intelligence artificielle)."):
        assert rules_broken(clean_post(texte=text, image_ia=kind)) == []
    # A partnership's realistic AI scene is the creator's to disclose as AI content too.
    partner = clean_post(texte="Publicité. La boutique sous la neige.", partenariat=True, image_ia="réaliste")
    assert rules_broken(partner) == ["mention_contenu_ia"]


def test_the_legal_texts_are_cited_exactly():
    table = charter.legal_rules_table()
    assert list(table["Règle"]) == list(charter.LEGAL_RULES)
    texts = " ".join(table["Texte"])
    for reference in ("Loi n° 2023-451 du 9 juin 2023", "article 5-2", "article 5, I, 1°", "article 5, I, 2°",
                      "ordonnance n° 2024-978 du 6 novembre 2024", "Règlement (UE) 2024/1689", "article 50",
                      "2 août 2026", "Directive (UE) 2019/882", "28 juin 2025", "loi n° 2023-171 du 9 mars 2023",
                      "décret n° 2023-931 du 9 octobre 2023", "« Communication publicitaire numérique »",
                      "« Communication publicitaire digitale »", "article L. 2133-2"):
        assert reference in texts, reference
    requires = " ".join(table["Exige"])
    for mention in ("« Publicité »", "« Collaboration commerciale »", "« Images retouchées »",
                    "« Images virtuelles »", "« Photographie retouchée »"):
        assert mention in requires
    assert "Certificat de l'Influence Responsable" in charter.INFLUENCE_CERTIFICATE


@pytest.mark.parametrize("name, refused", [
    ("Engagement zéro déchet", True),
    ("Nos produits écoresponsables", True),
    ("Soigner sa peau", True),
    ("", True),
    ("Engagements prouvés", False),
    ("Savoir-faire malouin", False),
])
def test_a_pillar_cannot_carry_a_forbidden_claim(name, refused):
    assert (charter.pillar_name_problem(name) is not None) is refused


def test_the_validated_pillars_use_no_forbidden_claim():
    from cmcert_lib.facts import brand

    assert all(charter.pillar_name_problem(name) is None for name in brand.VALIDATED_PILLARS)


@pytest.mark.parametrize("text", [
    "Ce savon soigne les peaux sèches.",
    "Il guérit les irritations.",
    "Le baume traite les gerçures.",
    "Un savon qui cicatrise.",
    "Idéal contre l'eczéma.",
    "Sans produits chimiques.",
    "Un shampoing respectueux de l'environnement.",
    "Une marque écoresponsable.",
    "Un savon antibactérien.",
    "Notre shampoing zéro déchet.",
    "Un emballage biodégradable.",
])
def test_forbidden_claims(text):
    assert rules_broken(clean_post(texte=text)) == ["allegation_interdite"]


@pytest.mark.parametrize("text", [
    "Un soin hydratant pour les peaux sèches.",
    "Prendre soin de sa peau avec un savon surgras.",
    "Convient aux peaux à tendance acnéique.",
    "Livré dans un sachet en papier kraft compostable. #ZeroDechet",
])
def test_cosmetic_wording_is_allowed(text):
    assert rules_broken(clean_post(texte=text)) == []


def test_findings_are_in_the_charter_order_with_french_messages():
    post = clean_post(texte="On 💙 ce savon qui soigne #savon", visuels=[])
    findings = charter.review_post(post)
    assert [f.rule for f in findings] == ["hashtags_camelcase", "emoji_dans_phrase",
                                         "allegation_interdite"]
    assert str(findings[0]) == "[hashtags_camelcase] Hashtag(s) à écrire en CamelCase : #savon."


def test_an_unknown_platform_is_an_error():
    with pytest.raises(KeyError, match="Plateforme inconnue"):
        charter.review_post(clean_post(plateforme="Myspace"))


def test_tokenize_splits_elisions_and_drops_links_and_handles():
    text = ("L'été, qu'aujourd'hui j’adore la presqu'île de Saint-Malo ! #ZeroDechet "
            "@maisonondine https://maison-ondine.fr/a 100 % jusqu'au bout")
    assert charter.tokenize(text) == [
        "l'", "été", "qu'", "aujourd'hui", "j'", "adore", "la", "presqu'île", "de",
        "saint-malo", "zerodechet", "jusqu'", "au", "bout",
    ]


def test_stopwords_cover_the_elisions_and_common_words():
    for word in ("l'", "d'", "qu'", "le", "de", "et", "est", "très", "après"):
        assert word in charter.STOPWORDS
    for word in ("savon", "peau", "mer", "naturel"):
        assert word not in charter.STOPWORDS
    words = [w for w in charter.tokenize("C'est l'odeur de la mer qu'on aime.")
             if w not in charter.STOPWORDS]
    assert words == ["odeur", "mer", "aime"]


@pytest.mark.parametrize("alt, problem", [
    ("Un savon vert posé sur un galet", None),
    ("Un savon vert", None),
    ("Image de la publication", "ne décrit pas l'image"),
    ("Photo du post Instagram", "ne décrit pas l'image"),
    ("", "sans texte alternatif"),
    ("IMG_4512.jpg", "trop pauvre"),
])
def test_an_alt_text_says_what_the_image_shows(alt, problem):
    found = charter.alt_text_problem(alt)
    assert (found is None) if problem is None else (problem in found)
    post = clean_post(visuels=[{"type": "image", "largeur": 1080, "hauteur": 1080, "texte_alternatif": alt}])
    assert rules_broken(post) == ([] if problem is None else ["texte_alternatif"])
