"""Towns the model missed in a text: after a word that says where someone lives, comes from or
goes (`živim v kraju Maribor`, `visc a Girona`, `išvykstu į Šiaulius`), found by the place list."""
from __future__ import annotations

import regex

from pii_audit.detection import name_lexicon, ner_cues as cues
from pii_audit.detection.place_lexicon import place
from pii_audit.detection.validators import ORG_WORD

# A word that says where someone lives, comes from or goes, in the languages of the data
# (`živim v kraju Maribor`, `išvykstu į Šiaulius`, `Taga-Bacolod po`, `sinh ... tại Đà Nẵng`,
# `lindur ... në Fier`, `braukšu no Valmieras`), then up to three words of a town.
_PLACE_CUE = regex.compile(
    r"(?:(?<![\pL\d])(?i:from|in|near|iz|į|iš|no|uz|ở|từ|në|nga|din|în|frá|í|kutoka|dari|minn|desde|aus|nach|naar|uit|från"
    r"|fra|natoka|anatoka)[ \t]+"
    # the words that say someone lives or moves there: a town there beats a given name (`visc a Girona`)
    r"|(?P<home>(?<![\pL\d])(?i:(?:vivo|visc|vive|viu|vivim|viviamo|resido|moro|habito|wohne|woon|trasferisco|trasferiamo"
    r"|mudo|traslado|trasllado|mudamos)[ \t]+(?:a|en|em|in|à|para|pra|na|no|ad|nach)|verso|cap a|v kraju|v mestu|tại|mula sa"
    r"|galing sa|nakatira sa|ninaishi|naishi|anaishi|ninatoka"
    # who travels there or comes from there (`viaja para Lisboa`, `nous rejoint de Rennes`, `Arriben de Perpinyà`,
    # `trasferita a Bari`), and a birth's town after its date (`Né(e) le : 18/09/1971 à Limoges`)
    r"|(?:viaja|viajam|viajará|viajó|viatja|viatgen)[ \t]+(?:para|a|pra)|(?:rejoint|rejoignent|vient|viennent|arrive|arrivent"
    r"|arriben|arriba|llega|llegan|viene|vienen|vem|vêm|chega|chegam)[ \t]+(?:de|d'|da|do|des)|(?:trasferit[aoi]|trasferite)[ \t]+a"
    r"|(?:né|née|né\(e\)|nato|nata|nato/a|nacido|nacida|nascido|nascida|născut|născută|geboren)[ \t]*(?:le|il|el|em|o|am|la|pe)?"
    r"[ \t]*:?[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t,]+(?:à|a|en|em|in|în))[ \t]+|(?<![\pL\d])(?i:taga)-))"
    r"(\p{Lu}[\pL\pM'’\-]+(?:[ \t]+[\pL\pM'’\-]+){0,2})")
# Case endings of Baltic town names after those words (`į Klaipėdą`, `no Rēzeknes`, `į Alytų`)
_CASE_ENDINGS = (("ius", "iai"), ("ų", "us"), ("ų", "ai"), ("ą", "a"), ("ę", "ė"), ("as", "a"), ("es", "e"), ("īm", "is"), ("u", "us"))


# A town with a Turkish case ending after its apostrophe (`İstanbul'dan geleceğim`, `Ankara'ya`)
_TURKISH_CASE = regex.compile(r"(?<![\pL\d])(\p{Lu}[\pL\pM]+)['’](?:dan|den|tan|ten|da|de|ta|te|ya|ye|a|e|daki|deki)(?![\pL])")


def _listed_place(word: str) -> bool:
    if place(word):
        return True
    return any(word.endswith(end) and place(word[: -len(end)] + base) for end, base in _CASE_ENDINGS)


def cue_and_town(text: str, span: tuple[int, int, str], start: int, end: int) -> bool:
    """The model's span is the cue word and the town (`Ninaishi Eldoret` read as a name)."""
    if not (span[0] < start and span[1] <= end):
        return False  # (only a span opening before the town and ending inside it can be the cue and the town)
    m = _PLACE_CUE.match(text, span[0])
    return bool(m) and m.start(2) == start


def cued_places(text: str) -> list[tuple[int, int, str]]:
    """Listed towns the model missed after a word of place (`_PLACE_CUE`): the longest run of
    words that is one; one word that is an English word, or a given name after a word that
    does not say someone lives there, is not taken; nor a company's or a site's town."""
    out = [(m.start(1), m.end(1), "LOCATION") for m in _TURKISH_CASE.finditer(text)
           if place(m.group(1)) and not name_lexicon.listed(m.group(1))]
    for m in _PLACE_CUE.finditer(text):
        words = list(regex.finditer(r"\S+", m.group(2)))
        for k in range(len(words), 0, -1):
            s, e = m.start(2) + words[0].start(), m.start(2) + words[k - 1].end()
            while e > s and text[e - 1] in ".,;:!?)\"'":
                e -= 1
            cand = text[s:e]
            if k > 1 and not cand.split()[-1][:1].isupper() and not place(cand):
                continue
            # an inflected form is a frequent word of its language (`Šiaulius`): only English words and names veto it
            if _listed_place(cand) and not (k == 1 and (name_lexicon.common_word(cand) or (not m.group("home") and name_lexicon.given_name(cand))
                                                        or (place(cand) and name_lexicon.everyday_word(cand)))):
                if not (cues.COMPANY_AFTER.match(text, e) or cues.SITE_AFTER.match(text, e) or cues.GLUED_AFTER.match(text, e)
                        or any(ORG_WORD.search(w) for w in cand.split())):
                    out.append((s, e, "LOCATION"))  # (not `Manchester depot`: a site's town)
                break
    return out
