"""Given names and surnames as evidence of a person, beside the NER model.

The small English model misses names it has not seen in English news (`Thalente Myeza`,
`Speranța`), names in capitals (`JOSHUA COPELAND`) and list lines (`Castro, Jeffrey`). The
lists in data/ (tools/build_name_lexicon.py: names-dataset's per-country ranks, common words
of nine languages taken out) say which words are names; the span still goes through the
model path's context vetoes, so a listed word in a product or company name stays out.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import regex

from pii_audit.detection.ner_cues import ROLE_WORDS

_DATA = Path(__file__).resolve().parent / "data"

# a name word, Title case or capitals, with the hyphen or apostrophe of `Franz-Xaver`, `O'Neil`
_WORD = regex.compile(
    r"(?<![\pL\pM\d@._/\\-])(?:\p{Lu}['’])?"
    r"(\p{Lu}[\p{Ll}\pM]+(?:-\p{Lu}?[\p{Ll}\pM]+|['’]\p{Lu}[\p{Ll}\pM]+)*|\p{Lu}[\p{Lu}\pM]+(?:[-'’]\p{Lu}[\p{Lu}\pM]+)*)"
    r"(?![\pL\pM\d@_/\\])")
_GAP = regex.compile(r"[ \t]+(?:\p{Lu}\.[ \t]*)?")  # a space, or a middle initial (`Kelly E. Nelson`)
_INVERTED_GAP = regex.compile(r",[ \t]+")
_LIST_LINE_START = regex.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|[-*•>])[ \t]*)?$")
# a street named after a person (`221 Charles Lane`, `69 Jan Smuts Drive`)
_HOUSE_NUMBER_BEFORE = regex.compile(r"\d[\pL\d/\-]*[ \t]+$")
_ROADS = (r"(?i:street|st|road|rd|lane|ln|drive|dr|avenue|ave|way|court|ct|place|pl|square|sq|close|crescent|terrace"
          r"|boulevard|blvd|parkway|highway|hwy|circle|row|walk|grove|gardens|mews|strasse|straße|weg|laan|straat)")
_ROAD_AFTER = regex.compile(rf"[ \t]+{_ROADS}\b")
_ROAD = regex.compile(_ROADS)
_LIST_FIELD_END = regex.compile(r"[ \t]*(?:$|\r?\n|[ \t]{2,}|\t|[ \t]+[-–|(/][ \t]|[ \t]*[|;(])")
# ... or a quoted field of a CSV line (`RNHZC8,"Vasquez, Jessica",(778) 233-5348`)
_QUOTED_FIELD_START = regex.compile(r'(?:^|[\n,;\t])"$')
_QUOTED_FIELD_END = regex.compile(r'"(?:[,;\t]|\r?\n|$)')


def read_list(name: str | Path) -> frozenset[str]:
    """The entries of a list in data/ (or at a path: the builders in tools/ read their
    output folder), one a line after the header line (`sankt goar` is one entry of places.txt)."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return frozenset(text[text.index("\n") + 1 :].splitlines())


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, those that are no common word too, surnames, those that are no common word)."""
    given, family, common = read_list("given_names.txt"), read_list("surnames.txt"), read_list("common_names.txt")
    return given, given - common, family, family - common


@lru_cache(maxsize=1)
def _column_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The deeper tails (given names, surnames) that only a column of one-word names is judged by."""
    given, family = read_list("given_names_column.txt"), read_list("surnames_column.txt")
    return _lists()[1] | given, _lists()[3] | family


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return read_list("common_words.txt")


# Greek and Cyrillic letters in the Latin spelling the lists hold (`Γιώργος` -> `giorgos`,
# `Дмитрий` -> `dmitriy`, `Αθήνα` -> `athina`): pairs first, then single letters.
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "μπ": "mp", "ντ": "nt"}
_LATIN = str.maketrans({
    **dict(zip("αβγδεζηικλμνξοπρσςτυφω", ["a", "v", "g", "d", "e", "z", "i", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
                                          "s", "t", "y", "f", "o"])),
    "θ": "th", "χ": "ch", "ψ": "ps",
    **dict(zip("абвгдезийклмнопрстуфыэіґјћђ", "abvgdeziyklmnoprstufyeigjcd")),
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya",
    "ї": "yi", "є": "ye", "љ": "lj", "њ": "nj", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
})
_GREEK_PAIR = regex.compile("|".join(_GREEK_PAIRS))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents, as the lists hold them (`Speranța` -> `speranta`); Greek
    and Cyrillic letters spelt in Latin ones."""
    low = word.lower()
    if low.isascii():
        return low
    out = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if any("\u0370" <= c <= "\u04ff" for c in out):
        out = _GREEK_PAIR.sub(lambda m: _GREEK_PAIRS[m.group()], out).translate(_LATIN)
    return out


_PART_SEP = regex.compile(r"[-'’]")


def listed_words(words: list[str], kind: str) -> list[bool]:
    """`given_name` / `surname` of each of `words` (lower-case words, no hyphen or
    apostrophe: the column form's share), one set lookup each; accented ones are folded
    as the lists are (`abramović`, `yaşar`: the column forms lower-case ASCII letters only).
    The `_column` kinds add the deeper tails: a column's share of many values, never one word of text."""
    if kind.endswith("_column"):
        names = _column_lists()[kind == "surname_column"]
    else:
        names = _lists()[{"given": 0, "given_alone": 1, "surname": 2}[kind]]
    words = [w if w.isascii() else fold(w) for w in words]
    if kind in ("surname", "surname_column"):
        return [_listed_surname(w, names) for w in words]
    return [w in names for w in words]


def preload() -> None:
    """Read the lists now (before workers fork, so they share them)."""
    _lists()
    _column_lists()
    _common_words()


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    return read_list("foreign_words.txt")


def preload_foreign() -> None:
    """Read the other languages' words now (before workers fork): only the model reads them."""
    _foreign_words()


def foreign_word(word: str) -> bool:
    """A frequent word of another language that no list holds as a name or place
    (`Kollegen`, `Débito`, `Doğum`)."""
    return fold(word) in _foreign_words()


def everyday_word(word: str) -> bool:
    """A frequent word of another language or an everyday English word or a form of one
    (`Kollegen`, `Surname`, `Connecting`): what the model's names and places must not be
    made of only."""
    if foreign_word(word) or common_word(word):
        return True
    low = fold(word)
    return any(low.endswith(end) and len(low) - len(end) >= 3 and (common_word(low[: -len(end)]) or common_word(low[: -len(end)] + "e"))
               for end in _INFLECTIONS)


_BRAND_NOISE = regex.compile(r"['’]s?\b|&|\band\b|[.\-]")


def person_brand(span: str) -> bool:
    """A brand, shop or drink named after a person (`Tommy Hilfiger`, `Jack Daniel's`, `Marks & Spencer`)."""
    key = " ".join(fold(w) for w in _BRAND_NOISE.sub(" ", span).split())
    return key in _person_brands()


@lru_cache(maxsize=1)
def _person_brands() -> frozenset[str]:
    return read_list("person_brands.txt")


def common_word(word: str) -> bool:
    """An everyday English word that no list holds as a name (`Peanut`, `Proxy`, `Shepherd`)."""
    return fold(word) in _common_words()


def given_name(word: str, alone: bool = False) -> bool:
    """A listed given name; `alone`: one that is no common word too (`Grace`, `Will`)."""
    names = _lists()[1 if alone else 0]
    key = fold(word)
    if "-" in key:  # `Jean-Pierre`, `Franz-Xaver`: every part a given name
        return all(part in names for part in key.split("-"))
    return key in names


def surname(word: str, alone: bool = False) -> bool:
    """A listed surname, or a hyphenated one with a listed part (`Smith-Jones`); `alone`:
    one that is no common word too (`Wood`, `Young` are)."""
    surnames = _lists()[3 if alone else 2]
    return any(_listed_surname(fold(part), surnames) for part in _PART_SEP.split(word) if len(part) > 1)


# A woman's form of a listed surname: `Orekhova` (`Orekhov`), `Nováková` (`Novák`),
# `Kowalska` (`Kowalski`), `Ivanova`.
_FEMININE = (("ova", ("ov", "")), ("eva", ("ev",)), ("ina", ("in",)), ("ska", ("ski",)), ("cka", ("cki",)), ("aya", ("iy", "y")))


def _listed_surname(key: str, surnames: frozenset[str]) -> bool:
    if key in surnames:
        return True
    if key in _lists()[0]:
        return False  # `Marina`, `Karolina`: a given name, not `Marin`'s wife
    for end, stems in _FEMININE:
        if key.endswith(end) and len(key) > len(end) + 2:
            return any(key[: -len(end)] + stem in surnames for stem in stems)
    return False


def listed(word: str) -> bool:
    """A given name or a surname of the lists."""
    return given_name(word) or surname(word)


_INFLECTIONS = ("s", "es", "ed", "ing", "er", "ers")


def unlisted_surname(word: str, veto: Callable[[str], bool] = lambda w: False) -> bool:
    """A Title-case word that may be a surname no list holds (`Fonjallaz`, `Hölzenbecher`),
    after a listed given name that is no common word: see `plausible_surname`; no `veto`
    word (a role, a label, another language's function word)."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and plausible_surname(word) and not veto(word.lower())


def plausible_surname(word: str) -> bool:
    """Letters only, three at least, no everyday English word or form of one (`Pines`,
    `Harbors`) and no given name (`Anna Maria` is two given names: the model's call)."""
    if len(word) < 3 or not word.isalpha() or common_word(word) or given_name(word):
        return False
    low = fold(word)
    return not any(low.endswith(x) and common_word(low[: -len(x)]) for x in _INFLECTIONS)


def name_words(text: str) -> list[tuple[int, int]]:
    """The spans of the name-shaped words (`_WORD`): read once, shared by the finders below."""
    return [m.span() for m in _WORD.finditer(text)]


def _same_case(a: str, b: str) -> bool:
    return a.isupper() == b.isupper()


def number_before(text: str, start: int) -> bool:
    """A house number, a year or a count right before (`221 Charles Lane`, `2019 Hyundai`)."""
    return bool(_HOUSE_NUMBER_BEFORE.search(text[max(0, start - 12) : start]))


_WORD_BEFORE = regex.compile(r"(\pL+):?[ \t]+$")  # `Landlord Smith, Kristy`, `Patient: WRIGHT, VICTORIA`


def _role_before(text: str, start: int, role: Callable[[str], bool]) -> bool:
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return bool(m and role(m.group(1).lower()))


def name_pairs(text: str, role: Callable[[str], bool] = lambda w: False,
               words: list[tuple[int, int]] | None = None,
               veto: Callable[[str], bool] = lambda w: False) -> list[tuple[int, int]]:
    """`Given Surname` (same case, a middle initial allowed) and `Surname, Given` opening a
    list line or after a `role` word (`Landlord Smith, Kristy`): both words listed."""
    words = name_words(text) if words is None else words
    out: list[tuple[int, int]] = []
    taken = -1
    for (s1, e1), (s2, e2) in zip(words, words[1:]):
        if s1 < taken:
            continue
        w1, w2 = text[s1:e1], text[s2:e2]
        gap = text[e1:s2]
        if not _same_case(w1, w2) and not (w2.isupper() and len(w2) > 1 and _GAP.fullmatch(gap)):
            continue  # but `Jeannine DELORME`: a surname in capitals, as French and Romanian forms write it
        if number_before(text, s1) or _ROAD_AFTER.match(text, e2) or _ROAD.fullmatch(w2):
            continue
        if _GAP.fullmatch(gap) and given_name(w1) and (surname(w2) or (given_name(w1, alone=True) and unlisted_surname(w2, veto))):
            out.append((s1, e2))
            taken = e2
        elif _INVERTED_GAP.fullmatch(gap) and surname(w1) and given_name(w2) and (
                (_LIST_LINE_START.search(text[max(0, s1 - 12) : s1]) and _LIST_FIELD_END.match(text, e2))
                or (_QUOTED_FIELD_START.search(text[max(0, s1 - 2) : s1]) and _QUOTED_FIELD_END.match(text, e2))
                or _role_before(text, s1, role)):
            out.append((s1, e2))
            taken = e2
    return out


_INITIAL_SURNAME = regex.compile(r"(?<![\pL\pM\d.@_/\\-]|\p{Lu}\.[ \t]?)\p{Lu}\.[ \t]?(?=\p{Lu}[\p{Ll}\pM])")


def initial_surnames(text: str) -> list[tuple[int, int]]:
    """An initial and a listed surname (`H. Ingram`, `T. Myeza`)."""
    out = []
    for m in _INITIAL_SURNAME.finditer(text):
        w = _WORD.match(text, m.end())
        if w and surname(w.group()):
            out.append((m.start(), w.end()))
    return out


def single_given_names(text: str, lead: Callable[[str], bool] = lambda w: False,
                       words: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """A listed given name standing alone: no name word right before or after it, but a
    `lead` word (a role or a title: `Agent Darlene`)."""
    out = []
    words = name_words(text) if words is None else words
    for i, (s, e) in enumerate(words):
        w = text[s:e]
        if w.isupper() or not given_name(w, alone=True):
            continue
        led = bool(i) and bool(_GAP.fullmatch(text[words[i - 1][1] : s]))
        if led and not lead(text[words[i - 1][0] : words[i - 1][1]].lower()):
            continue
        nxt = text[words[i + 1][0] : words[i + 1][1]] if i + 1 < len(words) else ""
        if nxt and _GAP.fullmatch(text[e : words[i + 1][0]]) and not (led and nxt.isupper() and len(nxt) <= 3):
            continue  # (after a role, a label in capitals is no surname: `Spouse Krista DOB`)
        out.append((s, e))
    return out


def upper_single_names(text: str, words: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """A word in capitals that is a listed given name or surname."""
    words = name_words(text) if words is None else words
    return [(s, e) for s, e in words if e - s > 2 and text[s:e].isupper() and listed(text[s:e])]


# Who writes in lower case still signs and introduces themself (`Printed ... by audrey
# gilmore`, `hey its shawn from unit 10C`): after such a cue, a listed pair of names that are
# no common words, or after one that only a name follows (`its`, `i'm`), one given name.
_LOWER_CUE = regex.compile(
    r"(?<![\pL\d])(by|from|its|it's|it’s|i'm|i’m|im|i am|this is|name is|my name's|call me|hier spricht|hier ist|ich bin"
    r"|mein name ist|je suis|c'est|me llamo|soy|habla|mi chiamo|sono|mijn naam is|hier is|jeg hedder|jeg heter|her er"
    r"|jag heter|det är|minun nimeni on|täällä on|täällä|benim adım|adım|numele meu este|eu sou|aqui é|aqui fala"
    r"|meu nome é|jestem|mam na imię|tady je|jmenuji se|a nevem|dr|doctor|mr|mrs|ms|frau|herr"
    # (Lithuanian, Estonian, Slovene, Croatian: `laba diena čia rūta kazlauskienė`, `vaiko vardas vaida`)
    r"|čia|mano vardas|vardas|minu nimi on|siin on|moje ime je|tukaj je|zovem se|ovdje je"
    r"|through to|speaking to|speaking with|you're with|you’re with"
    # answers, greetings and the people of a will or a family (`customer: yes, aileen villanueva`,
    # `dzień dobry, ewa z agencji`, `testament of nandi botha`, `my sister fatima`)
    r"|yes|sí|si|oui|sim|hi|hello|hey|dear|hola|olá|ciao|bonjour|hallo|hej|hei|dzień dobry|dzien dobry|thanks|thank you|cheers|thx"
    r"|testament of|my sister|my brother|my son|my daughter|my wife|my husband|my mother|my father|my partner"
    r"|mein vater|meine mutter|mein mann|meine frau|mein sohn|meine tochter|mein bruder|meine schwester"
    r"|mi padre|mi madre|mi marido|mi esposa|mi esposo|mi hijo|mi hija|mon père|ma mère|mon mari|ma femme|mon fils|ma fille"
    r"|spoke to|spoke with|talked to|talked with|kundin|kunde|patientin|anruferin|anrufer"
    # Turkish and French callers (`merhaba ben can demir annem ayşe kaya için`, `livrer chez hugo bernard`)
    r"|merhaba ben|selam ben|alo ben|annem|babam|eşim|kızım|oğlum|kardeşim|ablam|abim|chez"
    # the Tagalog article before a person's name (`kayo po ba si noel dimaculangan?`, `po, si bong po ito`)
    r"|po ba si|ba si|po,? si|ako si|ito si"
    r"|and|will be|goes to)\.?,?[ \t]+"
    r"(\p{Ll}[\p{Ll}\pM]+)(?:[ \t]+(\p{Ll}(?:['’]\p{Ll})?[\p{Ll}\pM]+))?(?![\pL\pM\d@_-]|\.[\pL\d])", regex.I)  # (`brett.` ends a sentence, `brett.k@` is an address; `seán o'sullivan`)


# ... and what a caller says after giving their name (`this is chavvi karan i have a booking`)
_AFTER_OWN_NAME = regex.compile(r"[ \t]*(?:[,.]|\r?\n|$|(?:i|i'm|i’m|im|calling|from|here|speaking|and|um|uh|er|ich|und|je|et|ik|en|jag|jeg|och|og"
                             r"|norėjau|noriu|skambinu|aš|ir|in|ja|sem|bih)\b)")
_LOWER_TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "frau", "herr"})
_TAGALOG_CUES = frozenset({"po ba si", "ba si", "po si", "po, si", "ako si", "ito si"})
# a caller's whole line is a name (`customer: wendy white` after `and the account holder's name`)
_LOWER_ANSWER = regex.compile(
    r"(?m)^[ \t]*(?:customer|caller|client|member|patient|guest|user|tenant|applicant|cliente|kunde|klant|klient|kund|asiakas"
    r"|klientka|zákazník|ügyfél|müşteri|candidat|candidate|candidato|kandidat|kandydat)[ \t]*:"
    r"[ \t]*(\p{Ll}[\p{Ll}\pM]+)[ \t]+(\p{Ll}[\p{Ll}\pM]+)[ \t]*$")
# cues that name a person only with a surname after the given name (`and paris`, `by will`)
_PAIR_ONLY = frozenset({"by", "from", "and", "will be", "goes to", "yes", "sí", "si", "oui", "sim", "kundin", "kunde", "patientin", "chez",
                        "anruferin", "anrufer"})
# the cues that introduce the speaker's own name: a listed name that is a word too counts there
_SELF_NAMING = frozenset({"name is", "my name's", "call me", "this is", "i am", "i'm", "i’m", "im", "it's", "it’s",
                          "me llamo", "mi chiamo", "je suis", "ich bin", "mein name ist", "mijn naam is", "jag heter", "jeg heter",
                          "hier ist", "hier spricht", "čia", "mano vardas", "minu nimi on", "siin on", "moje ime je", "tukaj je",
                          "zovem se", "ovdje je", "sono", "soy", "eu sou", "jestem", "c'est", "merhaba ben", "selam ben", "alo ben"}) | _TAGALOG_CUES


def _cue_end(cues: frozenset[str]) -> regex.Pattern:
    """One of `cues` right before where the search ends (its comma and blanks after it)."""
    return regex.compile(rf"(?<![\pL])(?:{'|'.join(sorted(map(regex.escape, cues), key=len, reverse=True))}),?[ \t]+\Z", regex.I)


_SELF_NAMING_END = _cue_end(_SELF_NAMING)


def self_naming_before(text: str, start: int) -> bool:
    """A speaker's own name follows (`yeah hi it's melissa davis um`): a pair in lower case there is one."""
    return bool(_SELF_NAMING_END.search(text, max(0, start - 20), start))


# ... and the family members a caller names (`my daughter janet can drive me`)
_FAMILY = frozenset({"my sister", "my brother", "my son", "my daughter", "my wife", "my husband", "my mother", "my father",
                     "my partner", "mein vater", "meine mutter", "mein mann", "meine frau", "mein sohn", "meine tochter",
                     "mein bruder", "meine schwester", "mi padre", "mi madre", "mi marido", "mi esposa", "mi esposo", "mi hijo",
                     "mi hija", "mon père", "ma mère", "mon mari", "ma femme", "mon fils", "ma fille", "annem", "babam", "eşim",
                     "kızım", "oğlum", "kardeşim", "ablam", "abim"})
# Days and months open dates (`Monday`, `March 3`), never names (`May` is one: see validators).
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april june july "
                     "august september october november december".split())
# ... and with `may` and words that follow those cues as often as a name does (`it's may`, `this is will`)
# `and` in the languages of the cues: never a surname after a given name (`čia gerai ir ...`)
_CONJUNCTIONS = frozenset({"ir", "in", "ja", "je", "und", "en", "et", "och", "og", "y", "e", "i", "a"})
NOT_ALONE_AFTER_CUE = CALENDAR | {"may", "will", "bill", "mark", "sunny", "gerai", "taip"} | {
    "la", "le", "les", "un", "une", "el", "lo", "los", "las", "il", "der", "die", "das"}  # (`c'est la période`, `soy la mamá de`)


# A chat line's speaker in lower case, after a time stamp or opening the line (`[13:23]
# varenya: hi`, `2025-08-12 13:04:38 shane nelson: hi`).
_LOWER_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(\[?(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?"
    r"(\p{Ll}[\p{Ll}\pM]+)(?:(?:[ \t]+|\.)(\p{Ll}[\p{Ll}\pM]+))?:[ \t]")
# ... and Slack's, on a line of its own with the time after it (`diya  12:23`, `cody.jackson 9:00 AM`, `andrew 9:12 AM`): group 1 the time
_LOWER_SPEAKER_TIMED = regex.compile(
    r"(?m)^[ \t]*(?=[^\n]{1,40}?(\d{1,2}:\d\d)(?:[ \t]?[apAP][mM])?[ \t]*$)(\p{Ll}[\p{Ll}\pM]+)(?:(?:[ \t]+|\.)(\p{Ll}[\p{Ll}\pM]+))?"
    r"(?:[ \t]{2,}|[ \t]+[·•|–-][ \t]+|(?<=\.\p{Ll}+)[ \t]+|[ \t](?=\d{1,2}:\d\d[ \t]?[apAP][mM][ \t]*$))\d{1,2}:\d\d(?:[ \t]?[apAP][mM])?[ \t]*$")


def _says_something(text: str, at: int) -> bool:
    """The rest of the line from `at` holds more than one word."""
    end = text.find("\n", at)
    return " " in text[at : end if end >= 0 else len(text)].strip()


def speaker_names(text: str) -> list[tuple[int, int]]:
    """Lower-case chat speakers: a listed given name that is no word (and a surname after
    it) on a stamped line, before a second word or saying something (`emel: siti@...` is a
    form's key), or a word that is no everyday English word (`you`, `buyer`) and speaks on two
    time-stamped lines, or on two lines without stamps when it is a given name (`timothy`,
    `brett`), three when no list holds it (`bhavya`; a config's keys are words, `uid` short)."""
    found = list(_LOWER_SPEAKER.finditer(text)) + list(_LOWER_SPEAKER_TIMED.finditer(text))
    timed: Counter[str] = Counter(m.group(2) for m in found if m.group(1))
    lines: Counter[str] = Counter(m.group(2) for m in found if not m.group(3))
    # lines that say something (`ap-south-1. firewall only allows...`), not a key's value (`ssid: guest`)
    talk: Counter[str] = Counter(m.group(2) for m in found if not m.group(3) and _says_something(text, m.end()))
    out = []
    for m in found:
        first, second = m.group(2), m.group(3)
        dotted = bool(second) and text[m.end(2)] == "."
        if given_name(first, alone=True) and not dotted and (m.group(1) or second or talk[first] or lines[first] >= 2):
            ok_second = second and (surname(second) or plausible_surname(second))
            out.append((m.start(2), m.end(3) if ok_second else m.end(2)))
        elif dotted and m.group(1) and given_name(first) and surname(second):
            out.append((m.start(2), m.end(3)))  # a stamped chat's handle (`maria.lopez 9:05 AM`; `max.retries:` is a key)
        elif second or len(first) < 3 or common_word(first) or everyday_word(first) or first in ROLE_WORDS:
            continue  # (`rekruter:` speaks for a role, `ops  16:45` for a team)
        elif timed[first] >= 2 or (lines[first] >= 2 and given_name(first)) or (
                lines[first] >= 3 and talk[first] >= 2 and len(first) > 3 and not listed(first) and not everyday_word(first)):
            out.append(m.span(2))
    return out


# the rest of a doctor's title (`Dr. med.`, `Dr. rer. nat.`), not a surname
_DEGREES = frozenset("med rer nat phil jur dent vet habil theol oec pharm sc techn ing mult".split())


# ... and who rang, in a note written in lower case (`Sophie A.: priya walsh rang about KG52 WME`)
_LOWER_CALLER = regex.compile(r"(?<![\pL\pM'’])(\p{Ll}[\p{Ll}\pM]+)[ \t]+(\p{Ll}(?:['’]\p{Ll})?[\p{Ll}\pM]+)[ \t]+"
                              r"(?:rang|called|phoned|emailed|texted|came in|dropped in|popped in|walked in)\b")


_KIN_END = _cue_end(_FAMILY | {"chez"})


def kin_or_caller(text: str, start: int, end: int) -> bool:
    """A lower-case name a kin word or `chez` leads to (`annem selin demir`), or one that rang
    (`priya walsh rang about`): the cue vouches for a pair the lists hold as words too."""
    m = _LOWER_CALLER.match(text, start)
    return bool(_KIN_END.search(text, max(0, start - 20), start)) or bool(m and m.end(2) == end)


def lowercase_names(text: str, speakers: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Names in lower case after a cue (`_LOWER_CUE`) and chat speakers (`speaker_names`,
    or `speakers` when the caller has them already)."""
    out = list(speaker_names(text) if speakers is None else speakers)
    out += [(m.start(1), m.end(2)) for m in _LOWER_ANSWER.finditer(text)
            if given_name(m.group(1), alone=True) and (surname(m.group(2)) or plausible_surname(m.group(2)))]
    out += [(m.start(1), m.end(2)) for m in _LOWER_CALLER.finditer(text)
            if given_name(m.group(1), alone=True) and surname(m.group(2)) and not everyday_word(m.group(2))]
    for m in _LOWER_CUE.finditer(text, overlapped=True):  # `and testament of nandi botha`
        first, second = m.group(2), m.group(3)
        if first.isupper():
            continue  # (the cue is read in any case, the name not in capitals: not `DR. BERGMANN & KOLLEGEN`)
        if m.group(1).lower() in _LOWER_TITLES:  # `calling for dr newman`: a surname
            if surname(first, alone=True) and not (first.lower() in _DEGREES and text.startswith(".", m.end(2))):
                out.append(m.span(2))
            continue
        cue = m.group(1).lower()
        if cue in _TAGALOG_CUES and not first.islower():
            continue  # (a capitalised name after `si` has its own cue; `si Engr. Ramos` is a title)
        if (second and second.lower() not in _CONJUNCTIONS and surname(second) and given_name(first) and first.lower() not in NOT_ALONE_AFTER_CUE
                and second.lower() not in NOT_ALONE_AFTER_CUE):
            out.append((m.start(2), m.end(3)))  # a pair: `patty schroeder`, `steven richardson`
        elif (cue in _SELF_NAMING and second and _AFTER_OWN_NAME.match(text, m.end(3))
              and not any(everyday_word(w) or w.lower() in NOT_ALONE_AFTER_CUE for w in (first, second))):
            out.append((m.start(2), m.end(3)))  # `this is arunima ramakrishnan i have`: unlisted, but no word of any list
        elif (cue in _SELF_NAMING and second and given_name(first) and first.lower() not in NOT_ALONE_AFTER_CUE
              and plausible_surname(second) and not everyday_word(second) and second.lower() not in NOT_ALONE_AFTER_CUE):
            out.append((m.start(2), m.end(3)))  # `sono raffaello squarcione devo`: a given name, then a surname no list holds
        elif given_name(first, alone=True) and cue not in _PAIR_ONLY and first.lower() not in NOT_ALONE_AFTER_CUE:
            out.append(m.span(2))
        elif (cue in _SELF_NAMING or cue in _FAMILY) and given_name(first) and first.lower() not in NOT_ALONE_AFTER_CUE:
            out.append(m.span(2))  # `this is laura may i have`: a name that is a word too, after the words that give one
    kept: list[tuple[int, int]] = []  # cues overlap (`and testament of`): the longest name of a place
    for s, e in sorted(out, key=lambda x: (x[0], -x[1])):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept
