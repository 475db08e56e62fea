"""Whether a text names a minor: the cue ``sexual/minors`` needs beside the harm scanner's heads.

Round sixty-two (``benchmarks/guard/min141.py``): the heads that name ``sexual/minors`` read how
explicit a sexual text is, not whether a child is in it; round fifty-seven's fresh set had the guard
name it on sexual messages between adults in Spanish and Chinese. ``sexual/minors`` is the category
with legal weight, so the scanner names it only where the text has a minor cue: a child, a kid, a
minor, a teen, an age under 18, a school grade, a pupil or student, a baby, a little girl or boy, a
son or daughter, in English, German, French, Spanish, Russian, Chinese, Italian, Portuguese and
Dutch. A sexual text named ``sexual/minors`` without one is named ``sexual`` instead, and its
``sexual/minors`` score is kept under the category's threshold (``/v1/moderations`` returns the
scores beside the categories). Endearments between adults ("baby", "bébé", "малыш", "宝宝") are not
cues: only "a baby", "the baby", an infant or a toddler are. In English, a parent, an uncle or a
grandfather in a sexual text is a cue too: OpenAI's moderation labels call such family stories
``sexual/minors`` (the design data's S3 rows, ``min141.py``); "daddy", a word between adults, is
not.
"""

from __future__ import annotations

import re

MINORS = "sexual/minors"
SEXUAL = "sexual"
# A score under both the category's threshold and one half, so a reader of the scores alone
# does not see a category the scanner does not name.
_BELOW = 0.01

_UNDER_18 = r"(?:[1-9]|1[0-7])"
_WORDS = (
    # English
    r"child|children|childs|childhood|kid|kids|kiddie\w*|minor|minors|under-?age|under age|"
    r"teen\w*|pre-?teens?|tweens?|juvenile\w*|adolescen\w*|pubescent|"
    r"prepubescent|school ?girls?|school ?boys?|pupils?|students?|kindergarten\w*|"
    r"elementary school|middle school|high school|junior high|babies|infants?|toddlers?|"
    r"newborns?|(?:a|the) baby|little (?:girls?|boys?|ones?|angels?)|young (?:girls?|boys?)|"
    r"youngsters?|lolita|loli|shota|jailbait|p(?:a)?edo\w*|daughters?|stepdaughters?|"
    # "son" alone is French and Spanish too
    r"(?:my|his|her|your|our|their|a|the) sons?|"
    r"stepsons?|nieces?|nephews?|dad|parents|uncles?|grandpa|grandfather|"
    r"(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth) grade\w*|"
    r"(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eleven|ten|nine|eight|seven|six|"
    r"five|four|three|two)[- ]years?[- ]old|"
    # German
    r"(?-i:Kind|Kinde[rs]?\w*)|minderjährig\w*|jugendlich\w*|schüler\w*|schulmädchen|"
    r"grundschul\w*|ein baby|das baby|säugling\w*|kleinkind\w*|kleine[sn]? mädchen|"
    r"kleine[rn]? jungen?|sohn|söhne|tochter|töchter|pädophil\w*|"
    # French
    r"enfants?|enfance|gamine?s?|mineure?s?|adolescente?s?|ados?|écolière?s?|collégienn?e?s?|"
    r"lycéenn?e?s?|élèves?|un bébé|le bébé|nourrissons?|petite fille|petites filles|petit garçon|"
    r"petits garçons|fillettes?|fils|(?:ma|sa|ta|leur|notre|votre) fille|pédophil\w*|"
    # Spanish, Portuguese, Italian
    r"niños?|niñas?|niñit[oa]s?|menor(?:es)? de edad|menores|(?:un|una) menor|adolescentes?|"
    r"colegialas?|escolar\w*|alumn[oa]s?|"
    r"un bebé|el bebé|hij[oa]s?(?! de puta)|pedófil\w*|crianças?|menin[oa]s?|um bebê|o bebê|"
    r"filh[oa]s?|pedofil\w*|bambin[oaie]|bimb[aei]|ragazzin[oaie]|minorenn[ei]|scolar[oaie]|"
    r"figli[oa]?|figlie|"
    # Dutch
    r"kinderen|minderjarig\w*|tieners?|jongetjes?|meisjes?|scholier\w*|zoon|dochter|"
    # Russian
    r"ребён\w*|ребен\w*|дети|детей|детям|детьми|детях|детск\w*|несовершеннолет\w*|"
    r"подрост\w*|школьни\w*|малолет\w*|младен\w*|девочк\w*|мальчик\w*|сын|сына|сыну|сыном|"
    r"сыновь\w*|дочь|дочер\w*|дочк\w*|педофил\w*"
)
# An age under 18 where the words say it is one ("14-year-old", "sie ist 14 Jahre alt", "elle a
# 14 ans", "tiene 14 años", "ей 14 лет"), not a span of years ("married for 15 years", "depuis
# 10 ans", "hace 10 años").
_N = r"(?<!\d)" + _UNDER_18 + r"\s*"
_AGES = (
    _N + r"-?\s*(?:years?|yrs?)[- ]old\b|" + _N + r"(?:yo|y/o|y\.o\.?)(?!\w)|"
    r"\b(?:aged?|age of)\s+" + _UNDER_18 + r"\b|" + _N + r"(?:jahre alt|-?jährig\w*)|"
    r"\b(?:a|ai|as|avait|avoir|de|âgée? de)\s+" + _UNDER_18 + r"\s*ans\b|"
    r"\b(?:tiene|tengo|tienes|tenía|tem|tenho|tinha|de)\s+" + _UNDER_18 + r"\s*(?:años|anos)\b|"
    r"\b(?:ha|ho|hai|aveva|di)\s+" + _UNDER_18 + r"\s*anni\b|" + _N + r"(?:jaar oud|-?jarige)\b|"
    r"(?<!\w)(?:ей|ему|мне|тебе|было|исполнилось)\s+"
    + _UNDER_18
    + r"\s*(?:лет|год|года)(?!\w)|"
    + _N
    + r"-?\s*летн\w*|"
    + _N
    + r"(?:st|nd|rd|th|\.)?\s*(?:grade|klasse|класс\w*)\b"
)
_CUE = re.compile(r"(?<!\w)(?:" + _WORDS + r")(?!\w)|" + _AGES, re.IGNORECASE)
# Chinese has no spaces between words: its cues are matched as they stand.
_CUE_ZH = re.compile(
    r"(?<!\d)" + _UNDER_18 + r"\s*(?:岁|歲|周岁)|儿童|兒童|孩子|小孩|未成年|少年|少女|幼女|幼童|"
    r"幼儿|青少年|小学|中学生|初中|高中生|学生妹|萝莉|婴儿|嬰兒|小女孩|小男孩|女儿|儿子|恋童"
)


# A word next to one of these is an adult's ("su alumno adulto", "an adult student", "ihr
# erwachsener Sohn", "a college student"): the pair is read as no cue.
_ADULT = re.compile(
    r"(?:[\w-]+\s+)?(?<!\w)(?:adults?|grown-?ups?|adultes?|adult[oa]s?|adulti|erwachsene?\w*|"
    r"volwassen\w*|взросл\w*|совершеннолетн\w*|college|university|universitaire|"
    r"universitari[oa]s?)(?!\w)(?:\s+[\w-]+)?",
    re.IGNORECASE,
)


def minor(text: str) -> bool:
    """Whether ``text`` names a minor (the module's docstring)."""
    text = _ADULT.sub(" ", text)
    return bool(_CUE.search(text) or _CUE_ZH.search(text))


def name(
    text: str, scores: dict[str, float], passed: set[str], threshold: float
) -> tuple[dict[str, float], set[str]]:
    """The categories and scores with ``sexual/minors`` named only where ``text`` names a
    minor: without one, a text the heads named ``sexual/minors`` is named ``sexual`` (with at
    least that score: a sexual text about a minor is a sexual text), and the ``sexual/minors``
    score is kept under ``threshold`` and one half (``sexual`` keeps at least the score it
    had, so a text whose likeliest category was ``sexual/minors`` is named ``sexual``). The
    cue is read only where it matters."""
    below = min(threshold, 0.5) - _BELOW
    held = scores.get(MINORS, 0.0)
    if (held < below and MINORS not in passed) or minor(text):
        return scores, passed
    out = dict(scores)
    out[MINORS] = min(held, below)
    out[SEXUAL] = max(out.get(SEXUAL, 0.0), held)
    if MINORS not in passed:
        return out, passed
    return out, (passed - {MINORS}) | {SEXUAL}
