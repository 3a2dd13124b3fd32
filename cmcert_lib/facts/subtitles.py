"""Subtitle norms: how long a line, how many lines, how fast a viewer reads.

The course follows the figures professional French subtitling uses, which the
streaming platforms and the French broadcasting regulator publish.  Netflix's
Timed Text Style Guide (general requirements, and its French guide for the line
length) is the most precise public reference: 42 characters a line, 2 lines, 17
characters a second for adults, a cue on screen from 5/6 of a second to 7
seconds.  The regulator's charter (CSA, now Arcom, 12 December 2011) asks for
slower subtitles for deaf and hard-of-hearing viewers (12 characters a second,
20 % tolerance, i.e. about 15): the figure for a subtitling meant for them.

Social videos are subtitled with the same rules: a Reel is read on a phone,
often without sound.  Each figure carries its source (page title, address, the
day the stored copy of the page was read).
"""

from __future__ import annotations

from datetime import date

from cmcert_lib.facts.platforms import Source

CHECKED = date(2026, 12, 2)

NETFLIX_GENERAL = Source(
    "Netflix Partner Help Center — Timed Text Style Guide: General Requirements",
    "https://partnerhelp.netflixstudios.com/hc/en-us/articles/215758617-Timed-Text-Style-Guide-General-Requirements",
    CHECKED)
NETFLIX_FRENCH = Source(
    "Netflix Partner Help Center — French Timed Text Style Guide (4. Character Limitation)",
    "https://partnerhelp.netflixstudios.com/hc/en-us/articles/217351577-French-Timed-Text-Style-Guide",
    CHECKED)
NETFLIX_READING_SPEED = Source(
    "Netflix Backlot Help — English Template Timed Text Style Guide (2. Reading Speed : "
    "17 caractères par seconde pour les programmes adultes, 13 pour les programmes jeunesse)",
    "https://backlothelp.netflix.com/hc/en-us/articles/219375728-English-Template-Timed-Text-Style-Guide",
    CHECKED)
CSA_CHARTER = Source(
    "CSA (Arcom) — Charte relative à la qualité du sous-titrage à destination des personnes sourdes "
    "ou malentendantes, décembre 2011 (temps de lecture : 12 caractères pour une seconde, tolérance de 20 %)",
    "https://www.csa.fr/Proteger/Garantie-des-droits-et-libertes/Les-droits-des-personnes-handicapees/Le-sous-titrage",
    CHECKED)

MAX_LINE_CHARS = 42  # characters a line, spaces and punctuation included (NETFLIX_FRENCH)
MAX_LINES = 2  # lines a cue (NETFLIX_GENERAL; the CSA charter: two lines for recorded programmes)
MAX_CPS = 17  # characters a second, adults (NETFLIX_READING_SPEED)
MAX_CPS_CHILDREN = 13  # characters a second, children's programmes (NETFLIX_READING_SPEED)
CSA_CPS = 12  # characters a second for deaf and hard-of-hearing viewers, 20 % tolerance (CSA_CHARTER)
MIN_CUE_MS = 833  # 5/6 of a second, in whole milliseconds (NETFLIX_GENERAL: 20 frames at 24 fps)
MAX_CUE_MS = 7000  # 7 seconds (NETFLIX_GENERAL)
MIN_GAP_FRAMES = 2  # between two cues, whatever the frame rate (NETFLIX_GENERAL); advice, not checked

SOURCES = {
    "MAX_LINE_CHARS": NETFLIX_FRENCH,
    "MAX_LINES": NETFLIX_GENERAL,
    "MAX_CPS": NETFLIX_READING_SPEED,
    "MAX_CPS_CHILDREN": NETFLIX_READING_SPEED,
    "CSA_CPS": CSA_CHARTER,
    "MIN_CUE_MS": NETFLIX_GENERAL,
    "MAX_CUE_MS": NETFLIX_GENERAL,
    "MIN_GAP_FRAMES": NETFLIX_GENERAL,
}
