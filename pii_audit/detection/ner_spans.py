"""One model span at a time: trim it to the name or place, veto it by its context, relabel
it by the cues around it (PERSON <-> LOCATION) and grow a name over its missing parts."""
from __future__ import annotations

from functools import lru_cache

import regex

from pii_audit.detection import name_lexicon, ner_cues as cues
from pii_audit.detection.place_lexicon import place
from pii_audit.detection.validators import STOP_WORDS as _STOP_WORDS
from pii_audit.detection.validators import _PARTICLES as _NAME_PARTICLES
from pii_audit.detection.validators import _PRODUCT_WORDS, FOREIGN_FUNCTION_WORDS, ORG_WORD as _ORG_WORD, VENUE_WORDS, day_name, org_word, inner_capital, named_by_goods, person_in_text, place_in_text, trade_plural


_LABEL_LINE_END = regex.compile(r"[ \t]*:[ \t]*(?:\r?\n|$)")


# the last word of an administrative area's or a branch's name (`Enugu State`, `Orange County`, `Pune Branch`)
_ADMIN_AREAS = frozenset("State County Province Region District Municipality Parish Prefecture Oblast Governorate Branch "
                         # ... and of a road's (`rear-ended on Canning Hwy`)
                         "Street Road Avenue Highway Hwy Rd Ave Blvd Boulevard".split())


_NEXT_WORD = regex.compile(r"[ \t]+([\pL\pM]+)")


def viet_word(text: str, start: int, end: int) -> bool:
    """The span is a Vietnamese word of two syllables, or the first syllable of one (`Công ty`)."""
    span = text[start:end].lower()
    if span in cues.VIET_COMPOUNDS:
        return True
    m = _NEXT_WORD.match(text, end)
    return bool(m) and " " not in span and f"{span} {m.group(1).lower()}" in cues.VIET_COMPOUNDS


def label_span(span: str) -> bool:
    """A span made of field labels, department, role or sign-off words (`Requester`,
    `Senior Buyer`, `Customer Care`, `Grüßen`), or opened by an article or possessive of
    another language (`Die Rechnung`, `Ihre Bestellung`)."""
    words = [w.strip(".,:;'’()").lower() for w in regex.split(r"[\s()]+", span)]  # (`Nombre(s)`)
    words = [w for w in words if w]
    if not words:
        return True
    if all(w in cues.LABEL_WORDS or w in cues.ROLE_WORDS or (len(w) == 1 and len(words) > 1) for w in words):
        return True  # (a plural's `s` in brackets: `Nombre(s)`)
    return len(words) == 2 and words[0] in cues.FOREIGN_DETERMINERS and span[0].isupper()


def vehicle(span: str, before: str = "") -> bool:
    """`Kia Niro`, `Hyundai`, or the model after its make (`Opel Corsa` read as `Corsa`)."""
    m = cues.WORD_BEFORE.search(before)
    if m and (m.group(1).lower() in cues.CAR_MAKES or m.group(1).lower() in cues.CAR_MAKES_ALSO_NAMES) and (
            span.split()[0].strip(".,").lower() in cues.CAR_MODELS):
        return True
    words = [w.strip(".,").lower() for w in span.split()]
    if not words:
        return False
    if words[0] in cues.CAR_MAKES:
        return True
    return words[0] in cues.CAR_MAKES_ALSO_NAMES and len(words) == 2 and (words[1] in cues.CAR_MODELS or any(c.isdigit() for c in words[1]))


def person_ok(span: str) -> bool:
    """`person_in_text`, with a middle initial (`Kelly E. Nelson`) read as part of the name
    rather than as an acronym, and the particles of `de los Santos`, `vom Stein` as particles;
    one word in capitals passes when the name lists hold it (`LEBRUN`; `HELP` is no name); a
    word with a capital inside it is a brand (`RapidRoo`, `TiketBayan`; `person_in_text`)."""
    if " " not in span and len(span) > 2 and span.isupper() and span.isalpha():
        return name_lexicon.listed(span)
    words = span.split()
    if len(words) > 1 and words[-1].isupper() and len(words[-1]) > 2 and name_lexicon.given_name(words[0]) and not any(
            w.isupper() for w in words[:-1]):  # `Noël PERRIN`, `Jeannine DELORME`: the surname in capitals
        return person_in_text(" ".join(words[:-1] + [words[-1].title()]))
    if (1 < len(words) <= 3 and len(words[0]) == 2 and words[0][0].isupper() and words[0][1] == "." and all(
            w.isupper() and w.isalpha() and len(w) > 2 and name_lexicon.listed(w) for w in words[1:])):
        return True  # `Ms C. MACDONALD`, `Mr H. BROWN`: an initial and a listed surname in capitals
    if 1 < len(words) <= 3 and all(w.isupper() and w.isalpha() and len(w) > 1 for w in words) and all(name_lexicon.listed(w) for w in words):
        return person_in_text(" ".join(w.title() for w in words))  # `COMFORT OJO` in a bank's SMS
    if len(words) == 2 and words[0].isupper() and len(words[0]) > 2 and not words[1].isupper() and name_lexicon.given_name(words[1]):
        return person_in_text(f"{words[0].title()} {words[1]}")  # `BOTHA Elmarie`: the surname in capitals first
    if 1 < len(words) <= 4 and words[0].endswith(",") and words[0][:-1].isupper() and len(words[0]) > 3 and (
            name_lexicon.given_name(words[1]) and not any(w.isupper() for w in words[1:])):
        return person_in_text(" ".join([words[0][:-1].title()] + words[1:]))  # `WILLIAMSON, Karla Dawn`: a notice's surname first
    if span.islower():  # `audrey gilmore` after a cue (name_lexicon.lowercase_names)
        words = span.split()
        return (len(words) <= 2 and name_lexicon.given_name(words[0], alone=True)
                and all(name_lexicon.surname(w, alone=True) for w in words[1:]))
    return person_in_text(cues.LEADING_INITIALS.sub("", cues.INNER_PARTICLE.sub("", cues.INITIAL.sub("", span))))


def sentence_start(text: str, start: int) -> bool:
    if not start:
        return True
    return bool(cues.SENTENCE_START.search(text[max(0, start - 3) : start])) and not cues.ABBREV_BEFORE.search(text[max(0, start - 12) : start])


def opens_line_or_sentence(text: str, start: int) -> bool:
    """The word opens its line or follows a sentence's end (not a title's dot: `Dr. Davis`)."""
    before = text[max(0, start - 40) : start]
    if cues.OPENS_LINE.search(before):
        return True
    return bool(cues.SENTENCE_END_BEFORE.search(before)) and not cues.ABBREV_BEFORE.search(before)


@lru_cache(maxsize=256)
def form(text: str) -> bool:
    """Lines that open with `Label:`, no label twice, and four of them or three with short
    values: a form, whose line-opening words are field names. A chat's speakers take turns
    (names recur) and say sentences (`Elizabeth: can someone rotate this key?`)."""
    found = list(cues.LINE_LABEL.finditer(text))
    labels = [m.group(1).lower() for m in found]
    if len(labels) < 3 or len(set(labels)) < len(labels):
        return False
    words = 0
    for m in found:
        line_end = text.find("\n", m.end())
        words += len(text[m.end() - 1 : len(text) if line_end < 0 else line_end].split())
    return len(labels) >= 4 or words / len(labels) <= 3


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, len(text) if le < 0 else le


def header_cell(text: str, start: int, end: int) -> bool:
    """A whole cell of the header row of a table pasted into the text (`Nafn⇥Fæðingardagur⇥
    Sími⇥Netfang`): the first row of three cells or more, no digit in it, digits in the row
    of as many cells below it."""
    ls, le = _line(text, start, end)
    line = text[ls:le]
    sep = next((c for c in "\t|;" if c in line), None)
    if sep is None or any(c.isdigit() for c in line) or le >= len(text):
        return False
    cells = [c.strip() for c in line.split(sep)]
    if len(cells) < 3 or text[start:end].strip() not in cells:
        return False
    nls, nle = _line(text, le + 1, le + 1)
    below = text[nls:nle]
    if len(below.split(sep)) != len(cells) or not any(c.isdigit() for c in below):
        return False
    if ls == 0:
        return True
    pls, ple = _line(text, ls - 1, ls - 1)
    return len(text[pls:ple].split(sep)) != len(cells)


# a chat line's speaker and a bracket opening after it, and the bracket closing before the colon
_SPEAKER_TAG_BEFORE = regex.compile(r"(?m)^[ \t]*(?:[\[\d][^\n]{0,25}?[ \t\]-]+)?(\p{Lu}\pL+)(?:[ \t]+\p{Lu}\pL+)?[ \t]*\(\Z")
_TAG_END = regex.compile(r"\)[ \t]*:")


_TAGALOG_MARKER_BEFORE = regex.compile(r"(?<![\pL\pM])(?:ni|si|kay)[ \t]+\Z")


def context_veto(text: str, start: int, end: int, entity: str, opening_ok: bool = False) -> bool:
    """True when the text around a span says it names neither a person nor a place
    (`opening_ok`: a listed given name may open a sentence, `Cheryl will confirm`)."""
    span = text[start:end]
    if header_cell(text, start, end):
        return True
    if cues.GLUED_AFTER.match(text, end) or (start and (text[start - 1].isalnum() or text[start - 1] in "_-/")):
        return True
    if (" " not in span and cues.LABEL_AFTER.match(text, end) and not (speaker_start(text, start) and not form(text))
            and not _TAGALOG_MARKER_BEFORE.search(text, max(0, start - 5), start)):
        return True  # `Topic:` / `Callback:` inside a line is a label; a speaker opens the line (`Birthday ni Jocelyn:` names her)
    if " " not in span and not opening_ok and cues.LOWER_AFTER.match(text, end) and opens_line_or_sentence(text, start):
        return True  # `Meter point ...`, `Nuovo intestatario`, `Obrigado pela`: a sentence's first word
    if cues.UA_GECKO.search(text, max(0, start - 14), min(len(text), end + 1)):
        return True  # a browser's user agent: `(KHTML, like Gecko)`
    if entity == "PERSON":
        if ((cues.DETERMINER_BEFORE.search(text[max(0, start - 12) : start])
             or cues.DETERMINER_WORDS_BEFORE.search(text[max(0, start - 12) : start])) and not cues.SITE_AFTER.match(text, end)):
            return True  # (`at the Valencia fair` is a place the cues relabel later; `Die Rechnung` a noun)
        if label_span(span):
            return True
        if " " not in span and cues.greeting_word(text, start, end):
            return True  # `Bona tarda,`: a greeting, not a woman called Bona
        tag = _SPEAKER_TAG_BEFORE.search(text, max(0, start - 40), start)
        if tag and _TAG_END.match(text, end) and name_lexicon.given_name(tag.group(1)) and not name_lexicon.given_name(span):
            return True  # `Jacqueline (Zoomr):`: the speaker's firm in brackets (`WashHub (Muhammad):` is a person's)
    else:
        if span.lower().strip(".") in cues.MONTH_ABBR or cues.DOTTED.search(span):
            return True
        if " " not in span and cues.DETERMINER_WORDS_BEFORE.search(text[max(0, start - 12) : start]):
            return True  # `ab diesem Zeitpunkt`, `een Konto`: a noun after another language's article
        if " " not in span and label_span(span):
            return True  # `Buenas, el router...` read as a place
        if opens_line_or_sentence(text, start) and _LABEL_LINE_END.match(text, end):
            return True  # `Addrcss:⏎107 CASTLE ROAD`: a field's label (an OCR'd one) on a line of its own
        # `your Nova Charger`, `my Crystal Mug`: a possession, unless a site follows (`our Diesbach warehouse`)
        if cues.POSSESSIVE_BEFORE.search(text[max(0, start - 8) : start]) and not cues.SITE_AFTER.match(text, end):
            return True
    if cues.MEASURE_AFTER.match(text, end) or any(w.strip(".,'’()").lower() in _PRODUCT_WORDS for w in span.split()[1:]):
        return True
    return False


def everyday_words(span: str) -> bool:
    """Every word an everyday English word no list holds as a name: a pet, a breed, a thing
    (`Peanut`, `German Shepherd`, `Support-Team`, `Proxy`), not a person."""
    words = [w for w in regex.split(r"[\s\-]+", span.strip(".,'’()")) if w]
    return bool(words) and all(name_lexicon.common_word(w) for w in words)


_FIELD_GAP = regex.compile(r"[ \t]{2,}|\t")


# German, Romance and English abstract nouns (`Palpitationen`, `Überweisung`, `Anmeldung`) and
# German compounds of papers and money (`Personalausweis`, `Kundennummer`, `Mietvertrag`)
_NOUN_SUFFIX = regex.compile(r"(?i)\p{L}{3,}(?:ungen|ung|heit|keit|schaft|ationen|ation|ismus|ität|ção|ções|ción|ciones|zione|zioni|ologie|itis"
                          r"|ausweis|nummer|vertrag|rechnung|versicherung|bescheinigung|antrag|zahlung|karte|konto"
                          # (and the heads of Dutch, German and Swedish compounds: `Klantnotitie`, `Tanzkurs`, `Prüfsumme`, `Kursbokning`)
                          r"|notitie|notiz|kurs|summe|stufe|formular|anfrage|meldung|auftrag|bokning|bestilling|aanvraag|melding"
                          r"|referenz|zeichen|schein|gebühr|tæki|pakket|abonnement|kaution|miete|gebäude|wohnung|bahn|bahnen"
                          # (a trade by its noun: Slovene `Čebelarstvo`, Dutch `Imkerij`, Lithuanian `Siuvinėjimas`, Icelandic `-áskrift`)
                          r"|arstvo|erstvo|irstvo|erij|ėjimas|avimas|inimas|áskrift|skráning)$")


_PARTNER_BEFORE = regex.compile(r"\p{Lu}\pL+[ \t]*&[ \t]*\Z")


def firm_like(name: str) -> bool:
    """A shop's or a firm's name by its words (`Imkerij De Zoete Raat`, `Nyuki Bora Supplies`,
    `Lavanderia Bolha Azul`): a trade word, a trade noun first, or the goods it sells last."""
    words = [w.strip(".,'’()-") for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) == 2 and name_lexicon.given_name(words[0]):
        # a given name, then a surname that is a word too (`Roser Camps`, `Natalie Good`), or the
        # firm's trade it speaks for (`Arnau Neteges`, `Ayçan Tattoo`)
        # (a trade word first speaks for a shop whatever the lists hold: `Floristeria Montserrat`)
        return (org_word(words[1]) and not trade_plural(words[1])) or org_word(words[0])
    return (any(org_word(w) for w in words)
            or (_NOUN_SUFFIX.match(words[0]) is not None and not name_lexicon.listed(words[0]))
            or (len(words) > 1 and named_by_goods(words[0], words[-1])))


def _lead_words(span: str) -> int | None:
    """How far the everyday words before a name reach (`Überweisung Ladeck`, `Neighbor
    David`); None when what they lead to is a place, not a name (`Aeroporto Fiumicino`)."""
    words = list(regex.finditer(r"\S+", span))
    k = 0
    while k < len(words) - 1:
        w = words[k].group().strip(".,:;'’()")
        if not w or name_lexicon.listed(w) or not name_lexicon.everyday_word(w):
            break
        if _ORG_WORD.search(w) or w.lower() in VENUE_WORDS:
            return None  # `Camping Les Pins Dorés`: what a business or a venue word leads is its name
        k += 1
    if not k:
        return 0
    rest = span[words[k].start() :]
    if place(rest) and not any(name_lexicon.listed(w) for w in rest.split()):
        return None
    return words[k].start()


# what may follow a name alone on its line: its phone or e-mail (`Alen Skok⏎064254157`,
# `Pēteris Cīrulis, 2290 6638`), nothing else
_AFTER_NAME_LINE = regex.compile(r"[ \t]*(?:,[ \t]*[+\d(][\d \t()\-]{5,}|,[ \t]*\S+@\S+)?[ \t]*(?:\r?\n|$)")
_BEFORE_NAME_LINE = regex.compile(r"(?:^|\n)[ \t]*(?:>[ \t]*)*$")
_LABEL_BEFORE_NAME = regex.compile(r"[\pL)][ \t]*:[ \t]*$")
_END_OF_LABELLED_NAME = regex.compile(r"[ \t]*(?:[,;(]|\r?\n|$)")


def _name_slot(text: str, start: int, end: int) -> bool:
    """Two or three capitalised words alone on a line (a signature: `Mulțumesc,⏎Vlaicu Albu`),
    right after a label's colon (`kujdestari: Fatos Shehu`) or after a title: a whole name, whatever
    another language's word list says of its first word (`Vlaicu`, `Alen`, `Fatos`), unless
    that word is an English one or a noun by its ending."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if name_lexicon.common_word(words[0]) or _NOUN_SUFFIX.match(words[0]):
        return False  # `Neighbor David`, `Überweisung Ladeck`: an English word or a noun leads
    return bool(_BEFORE_NAME_LINE.search(text[max(0, start - 60) : start]) and _AFTER_NAME_LINE.match(text, end)) or bool(
        _LABEL_BEFORE_NAME.search(text[max(0, start - 40) : start]) and _END_OF_LABELLED_NAME.match(text, end)) or bool(
        cues.TITLE_BEFORE.search(text[max(0, start - 20) : start]))  # `Dra. Custodia Corbacho`


_NUMBER_ABBREV = regex.compile(r"(?i:nr)$")
_ONLY_INITIALS = regex.compile(r"(?:\p{Lu}\.[ \t]*)+")
# the countries written in capitals (`in the UK`); any other short word in capitals is an abbreviation (`the CV`)
_COUNTRY_ABBREVIATIONS = frozenset("UK US USA UAE NZ KSA PRC ROI RSA DRC".split())
_VOWEL = regex.compile(r"[aeiouy]")


_STREET_TYPES = frozenset("rd road st street ave avenue lane ln drive dr way blvd boulevard close crescent terrace".split())
# (after a name, the types that are names or words too read as a person: `Lois Lane`, `Jo Way`)
_PERSON_STREET_TYPES = _STREET_TYPES - frozenset("st lane ln dr way close".split())
# a speaker's one-word name or role opening its line (`Monitor: `, `Agent: `, `Kunde: `)
_ROLE_SPEAKS = regex.compile(r"(?:^|\n)[ \t]*\pL+:[ \t]*\Z")
# an abbreviated label's next word and its colon (`Resi. Addr :`), and what a speaker goes on to say (`Perfecte, forfet`)
_ABBREVIATED_LABEL = regex.compile(r"\.[ \t]*(?i:addr|address|add|no|nr|tel|ph|mob)\b\.?[ \t]*:")
# a word, a particle and a town (`Registre de Vic`, `Comune di Parma`)
_OF_TOWN = regex.compile(r"\p{Lu}\pL+[ \t]+(?:de|del|di|da|do|du|des|della|dei)[ \t]+(\p{Lu}[\pL'’\- ]+)")
# the Turkish `name` and `surname` after a role in a form's label (`Veli adı:`, `Öğrenci soyadı:`)
_NAME_OF_LABEL = regex.compile(r"[ \t]+(?:adı|adi|soyadı|soyadi|ismi|adı[ \t]+soyadı)[ \t]*:")
_SAYS_ON = regex.compile(r"!|,[ \t]+\p{Ll}|[ \t]+\p{Ll}+[ \t]+\p{Ll}|\.[ \t]+\p{Lu}")  # (`Mensaje: Reservamos para el...`, `Vastus: Kinnitatud. Kohtumiseni`)
_CELL_EDGE = regex.compile(r'[,;\t]"|"[,;\t]')


_KIN_BEFORE = regex.compile(rf"\b(?i:{cues.KIN_LEAD})[ \t]+\Z")


def kin_shop(text: str, start: int, end: int) -> bool:
    """`Kuya Jun Gadgets`, `Ate Rose Ukay-Ukay`: after a relative's word, more than one word not all
    names is a shop named after someone's nickname (`Nana Jade`, `Kuya Jun` are people)."""
    words = [w.strip(".,'’") for w in text[start:end].split()]
    return (len(words) > 1 and _KIN_BEFORE.search(text, max(0, start - 12), start) is not None
            and not all(name_lexicon.listed(w) for w in words))


_APP_TAG = regex.compile(r"\[[^\]\s]+\][ \t]")
_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t]*\Z")
# a surname's particles before its capital, after a title (`Mnr. van der Merwe`, `Sr. de la Fuente`; `de Valencia` is a town)
_PARTICLE_OPENING = regex.compile(r"(?:van|von|de|der|den|ter|du|da|di|dos|del)[ \t]+(?:(?:der|den|de|la|los|las)[ \t]+)?\p{Lu}")


def clean(text: str, start: int, end: int, entity: str, opening_ok: bool = False) -> tuple[int, int] | None:
    """Trim greetings, titles, possessives and punctuation; drop what cannot be a name
    or a place (digits in a name, a path, an all-lowercase word)."""
    span = text[start:end]
    newline = span.find("\n")
    if newline >= 0:  # a signature line: the name, not the company under it
        end = start + newline
        span = text[start:end]
    if _CELL_EDGE.search(span):
        return None  # `GROUND,"Kristina`: the model read across two cells of a pasted CSV row
    gap = _FIELD_GAP.search(span)
    if gap:  # `Klotz      Vorname(n)`: columns of a form, the next field after the gap
        end = start + gap.start()
        span = text[start:end]
    colon = span.find(": ")
    if colon > 0:  # `agent Upkaar: Checking`: a speaker, then what they said
        end = start + colon
        span = text[start:end]
    lead = (cues.LEAD_PERSON if entity == "PERSON" else cues.LEAD).match(span)
    if lead:
        start += lead.end()
    if entity == "PERSON" and kin_shop(text, start, end):
        return None
    tail = cues.TAIL.search(text[start:end])
    if tail:
        end = start + tail.start()
    span = text[start:end]
    while entity == "LOCATION" and " " in span and span.rsplit(None, 1)[1] in cues.PLACE_PARTICLES:
        end = start + len(span.rsplit(None, 1)[0])  # `però Mireia el recollirà`: the article of the next words
        span = text[start:end]
    company = _FROM_COMPANY.match(span) if entity == "PERSON" else None
    if company and not name_lexicon.surname(company.group(2).split()[-1]):
        end = start + company.end(1)
        span = text[start:end]
    if entity == "PERSON" and not _name_slot(text, start, end):
        lead = _lead_words(span)
        if lead is None:
            return None
        start += lead
        span = text[start:end]
    if len(span) < 2 or not (span[0].isupper() or (entity == "PERSON" and _PARTICLE_OPENING.match(span)
                                                    and cues.TITLE_BEFORE.search(text[max(0, start - 20) : start]))) or cues.ONLY_TITLE.match(span) or _ONLY_INITIALS.fullmatch(span):
        return None  # (`classe energetica E.`: an initial alone names no one)
    greeting = cues.GREETING_AT.match(text, start)
    if greeting and greeting.end() > end:
        return None  # the first word of a greeting (`Kia ora Paul`)
    lead = cues.LEAD_PERSON.match(span + " ")
    if lead and lead.end() > len(span):
        return None  # greetings, titles or roles alone (`Bonjour`, `Olá`, `Buongiorno`)
    if all(w.lower().strip(".,!?") in FOREIGN_FUNCTION_WORDS for w in span.split()):
        return None  # (`Aitäh, Aleksandr`, `Kuidas saan aidata?`: words that open a sentence, no name, no town)
    if " " not in span and "-" in span and any(name_lexicon.everyday_word(p) and not name_lexicon.listed(p) for p in span.split("-")):
        return None  # `Schlüsselsafe-Code`: a compound noun, not `Smith-Jones`
    if span.lower() in cues.HEADER_LABELS and cues.LABEL_AFTER.match(text, end):
        return None  # `Från: Birgit Lindén`: a mail header's label
    if " " not in span and _APP_TAG.fullmatch(text, max(0, start - 1), min(len(text), end + 2)) and _LINE_OPENING.search(text, max(0, start - 5), start - 1) and not name_lexicon.given_name(span):
        return None  # `[Bidfolio] New bid on lot 349`, `[StudioBook] Reminder`: an app's notification tag
    if entity == "PERSON" and (cues.ROOM_BEFORE.search(text, max(0, start - 40), start) or cues.ROOM_AFTER.match(text, end)):
        return None  # `Rooms: Kepler and Hubble`, `sala "Mercè Rodoreda"`: a room named after someone, no one
    if " " not in span and day_name(span) and not name_lexicon.given_name(span):
        return None  # `moet Vrydag af`: a weekday of another language, no name or town
    if cues.CONTRACTION.search(span):
        return None  # `You're chatting with Kevin`: a pronoun and its verb
    if _NUMBER_ABBREV.search(span) or (" " not in span and not _VOWEL.search(name_lexicon.fold(span)) and not name_lexicon.listed(span)):
        return None  # `Kassenrezept Nr`, `Seriennr` (a number's label), `Rh` (a blood group): no name
    if entity in ("PERSON", "LOCATION") and (cues.COMPANY_AFTER.match(text, end) or in_firm_name(text, start, end) or cues.TRADE_AFTER.match(text, end)
                                             or cues.COMPANY_BEFORE.search(text[max(0, start - 20) : start])
                                             or (entity == "PERSON" and cues.EMPLOYER_BEFORE.search(text[max(0, start - 30) : start]))
                                             or cues.LEGAL_TAIL.search(span) or cues.COMPANY_WORD.match(span)
                                             or cues.DOC_FROM.search(text[max(0, start - 40) : start])):
        return None
    if entity in ("PERSON", "LOCATION") and context_veto(text, start, end, entity, opening_ok):
        return None
    # one capitalised word opening a text is as often a verb, a noun or a lorem word as a name
    if " " not in span and not opening_ok and sentence_start(text, start) and not (
            entity == "PERSON" and cues.LABEL_AFTER.match(text, end) and speaker_start(text, start)):
        return None  # (a speaker opening a chat line is a name: `Elizabeth: can someone...`)
    if span.lower() in cues.WE_SPEAKERS and not span.isupper():
        return None  # `Mes: Atvyks Šarūnas`, `Us: Hi!`: the firm's side of a chat says `we` (`the US` is a country)
    if entity == "PERSON":
        if cues.PET_BEFORE.search(text[max(0, start - 30) : start]):
            return None
        of_town = _OF_TOWN.fullmatch(span)
        if of_town and not name_lexicon.given_name(span.split()[0]) and place(of_town.group(1)):
            return None  # `Registre de Vic`, `Ajuntament de Girona`: an office of a town, no given name before `de`
        if " " not in span and _NAME_OF_LABEL.match(text, end):
            return None  # `Veli adı: Bağdaş`: the guardian's name is the label's, `Veli` (guardian) is no one
        if " " not in span and _ABBREVIATED_LABEL.match(text, end):
            return None  # `Resi. Addr : Flat 16`: an abbreviated label's first word
        if " " not in span and _ROLE_SPEAKS.search(text, max(0, start - 40), start) and _SAYS_ON.match(text, end) and not name_lexicon.listed(span):
            return None  # `Monitor: Perfecte, forfet ...`: the first word a speaker says, no name (`Kunde: Stey, Jens` is one)
        if " " in span and span.rsplit(None, 1)[-1] in _ADMIN_AREAS:
            return None  # `Enugu State`, `Kerry County`: an area, not a person
        if " " in span and span.rsplit(None, 1)[-1].lower().strip(".") in _PERSON_STREET_TYPES:
            return None  # `6056 block of Gilbert Drive`: a street (no `Lane`: `Lois Lane`)
        if viet_word(text, start, end):
            return None  # `Công ty`, `Nhân viên`: a Vietnamese word, not a name
        if name_lexicon.person_brand(span):
            return None  # `POS PURCHASE TOMMY HILFIGER`, `a charge from Tim Hortons`: a merchant
        first = span.split()[0]
        if _NOUN_SUFFIX.match(first) and not name_lexicon.listed(first):
            return None  # (`Klantnotitie Frisse`, `Datenblatt`-like heads opening a longer span too)
        if cues.NAMESAKE_BEFORE.search(text[max(0, start - 24) : start]):
            return None  # `Via dei Tigli`: a street named after someone or something
        before = cues.WORD_BEFORE.search(text[max(0, start - 20) : start])
        if (" " in span and (span.split()[0].lower() in cues.FOOD_WORDS or span.split()[-1].lower() in cues.FOOD_TAIL)) or (
                before and before.group(1)[0].isupper() and before.group(1).lower() in cues.FOOD_WORDS):
            return None  # a take-away (`Curry Leaf`, `Kebab King`)
        if cues.BAD_PERSON.search(span) or not person_ok(span) or everyday_words(span) or vehicle(span, text[max(0, start - 20) : start]):
            return None
        words = [w.strip(".,'’()-") for w in span.split()]
        if any(w.lower() in cues.FOREIGN_DETERMINERS and w.lower() not in _NAME_PARTICLES for w in words[1:]) or any(org_word(w) for w in words if w):
            return None  # a phrase (`Abbuchung von Ihrem Konto`), a business (`Tierklinik Donaustadt`)
        if len(words) > 1 and trade_plural(words[-1]) and _PARTNER_BEFORE.search(text, max(0, start - 30), start):
            return None  # `Hive & Heather Supplies`: the second half of a firm's name
    elif cues.BAD_LOCATION.search(span):
        return None
    elif _NOUN_SUFFIX.match(span.split()[-1]) and not place(span):
        return None  # `Bankverbindung:`, `Neues Referenzkonto`: a noun by its head, no town the lists know
    elif " " in span and span.rsplit(None, 1)[1].lower().strip(".") in _STREET_TYPES:
        return None  # `the Nando's on Main Rd`: a street without its number, no town
    elif " " not in span and len(span) >= 4 and span.isupper() and not place(span):
        return None  # `auth code QVTZAG`: a code in capitals the lists hold as no town
    elif any(_ORG_WORD.search(w) or w.lower() in VENUE_WORDS for w in (w.strip(".,'’()-") for w in span.split()) if w):
        return None  # `Sarit Centre`, `Lake Naivasha Resort`: a venue, not where someone lives
    elif any(not w[0].isupper() and w.lower() not in cues.PLACE_PARTICLES for w in span.split()):
        return None  # `Garden river`: prose, not a place name
    elif " " in span and span.isupper() and not place(span):
        return None  # `NEW PATIENT REGISTRATION`: a heading in capitals, not a town the list knows
    elif (len(span) <= 3 and span.isupper() and not place(span) and span not in _COUNTRY_ABBREVIATIONS) or inner_capital(span):
        return None  # `share the CV`, `LearnToDrive Ireland`: an abbreviation, a brand
    return start, end


# `on Thu at 2:40pm`, `On Thu, Oct 08`: `Thu` is a name of the lists too
WEEKDAYS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())


def foreign_words_only(text: str, start: int, end: int, entity: str) -> bool:
    """A model's name or place made of everyday words of some language, none a listed name
    or place (`Kollegen`, `Débito`, `NEW PATIENT`, `Opera`): the English model reads other
    languages' capitalised nouns as names. A place after a place cue stays (`aus Bayern`)."""
    span = text[start:end]
    words = [w for w in regex.split(r"[\s\-]+", span.strip(".,:;'’()")) if w]
    if not words or any(name_lexicon.listed(w) for w in words):
        return False
    if not all(name_lexicon.everyday_word(w) for w in words):
        return False
    if entity == "LOCATION":
        if place(span) or field_label_kind(text, start) == "place":
            return False
        m = cues.WORDS_BEFORE.search(text[max(0, start - 40) : start])
        if m and (m.group(1).lower() in cues.PLACE_PREPS or m.group(1).lower() in cues.PLACE_CUE_WORDS):
            return False
    elif person_cue_before(text, start):
        return False
    return True


def speaker_start(text: str, start: int) -> bool:
    """The span opens its line, behind a chat tag and at most a role (`[09:14] Agent Abdul:`)."""
    before = text[max(0, start - 50) : start]
    if cues.LINE_START.search(before):
        return True
    m = cues.WORD_BEFORE.search(before)
    return bool(m and m.group(1).lower() in cues.ROLE_WORDS and cues.LINE_START.search(before[: m.start()]))


def cue_after(text: str, start: int, end: int) -> bool:
    m = cues.PERSON_AFTER.match(text, end)
    if not m:
        return False
    if m.group(0).lstrip(">").startswith(":"):  # a speaker opens its line
        return bool(cues.LINE_START.search(text[max(0, start - 50) : start]))
    return True


def field_label_kind(text: str, start: int) -> str:
    """`place` or `address` when the span opens the value of such a field, else ``."""
    m = cues.FIELD_LABEL_BEFORE.search(text[max(0, start - 60) : start])
    if not m:
        return ""
    words = set(regex.findall(r"\pL+", m.group(1).lower()))
    return "address" if words & cues.ADDRESS_LABEL_WORDS else "place" if words & cues.PLACE_LABEL_WORDS else ""


_SLOVENE_PRONOUNS = frozenset("jaz ti on ona ono mi vi oni one midva medve vidva onadva".split())


def _and_in_slovene(before: str) -> bool:
    """`jaz in Matej`, `Ana in Luka`: Slovene `in` is `and` after a pronoun or a given name."""
    m = cues.WORDS_BEFORE.search(before)
    return bool(m) and (m.group(1).lower() in _SLOVENE_PRONOUNS or name_lexicon.given_name(m.group(1), alone=True))


def cue_label(text: str, start: int, end: int, entity: str) -> str:
    """PERSON or LOCATION from the words just before the span, else the model's label
    (`` for a PERSON span opening an address field: a street named after someone)."""
    kind = field_label_kind(text, start) if entity == "PERSON" else ""
    if kind == "place" and place_in_text(text[start:end]):
        return "LOCATION"
    if kind == "address":
        return ""
    if entity == "LOCATION" and person_in_text(text[start:end]) and (
            (" " not in text[start:end] and cue_after(text, start, end)) or cues.PERSON_VERB_AFTER.match(text, end)):
        return "PERSON"
    before = text[max(0, start - 40) : start]
    m = cues.WORDS_BEFORE.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in ("the", "our", "your", "their") and cues.SITE_AFTER.match(text, end) and place_in_text(text[start:end]):
        return "LOCATION"  # `our Radauti warehouse`, `cover the Posio store`
    if prev == "the":  # `at the Cádiz fair`, `in the Leeds office`: a place naming a thing
        m2 = cues.WORDS_BEFORE.search(before[: m.start()])
        if m2 and m2.group(1).lower() in ("at", "in", "near", "from", "to") and cues.FOLLOWED_BY_NOUN.match(text[end:]):
            return "LOCATION"
        return entity
    if prev in cues.PLACE_PREPS:
        span = text[start:end]  # `Transmis à Fabien`: `à`, `a` are `to` someone as well as somewhere
        if (prev in ("à", "a") or (prev == "in" and _and_in_slovene(before[: m.start()]))) and entity == "PERSON" and (
                name_lexicon.given_name(span, alone=True) and not place(span)):
            return entity
        return "LOCATION"
    if prev in cues.MOTION_TO:
        m2 = cues.WORDS_BEFORE.search(before[: m.start()])
        if m2 and m2.group(1).lower() in cues.MOTION:
            return "LOCATION"
        return entity
    if (prev in cues.PERSON_CUES or prev in cues.NAME_LABELS or prev in cues.PERSON_ROLES or cues.ONLY_TITLE.match(prev)
            or cues.TITLE_BEFORE.search(before)) and person_ok(text[start:end]):
        return "PERSON"  # (`volala pani Luptáková`: a title before the model's place)
    if entity == "PERSON" and place_by_suffix(text, start, end):
        return "LOCATION"
    return entity


def place_by_suffix(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    if " " in span or not cues.PLACE_SUFFIX.search(span):
        return False
    before = text[max(0, start - 50) : start]
    if person_cue_before(text, start):
        return False
    if cues.FIELD_BEFORE.search(before) and cues.FIELD_AFTER.match(text, end):
        return True
    return bool(cues.ADDRESS_PART_BEFORE.search(before))


def not_name_word(word: str) -> bool:
    """A capitalised word next to a name that is not part of it: a stop word, a cue, a
    salutation, a title, a role or a label (`Beste`, `Agent`, `Kontoinhaber`, `Tel`)."""
    return (word in _STOP_WORDS or word in cues.PERSON_CUES or word in cues.ROLE_WORDS or word in cues.LABEL_WORDS or word in cues.WE_SPEAKERS
            or bool(cues.ONLY_TITLE.match(word)) or bool(cues.LEAD_PERSON.match(word + " ")))


def unlisted_caps(word: str) -> bool:
    """A word in capitals that no list holds as a name: in an all-caps text, `REFUSED`."""
    return word.isupper() and len(word) > 1 and not name_lexicon.listed(word)


# `Nout van Northwind Installatietechniek`: `van` there says where the fitter comes from (two
# words after it, the last no surname), not `Rosa van der Velden`
_FROM_COMPANY = regex.compile(r"^(\p{Lu}\S*) (?:van|von|de|da|di|du|del|della|dos|das|do) (\p{Lu}\S*(?: \p{Lu}\S*)+)$")


def _words_after(text: str, at: int) -> str:
    m = cues.NAME_AFTER.match(text, at)
    return m.group(0) if m else ""


def grow_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A PERSON span over the whole name: `Federigo Loredan` when the model saw only
    `Loredan`, `Rosa van der Velden` when it cut at `van`. A name in capitals grows over
    listed names only (`RECEIVER GEORGE REFUSED`)."""
    caps = text[start:end].isupper()
    for _ in range(2):
        m = cues.NAME_BEFORE.search(text[max(0, start - 40) : start])
        word = m.group(1).lower() if m else ""
        if not m or not_name_word(word) or (caps and unlisted_caps(m.group(1))) or (
                not name_lexicon.listed(word) and name_lexicon.everyday_word(word)):
            break  # (`Überweisung Ladeck`: a noun before the name)
        cand = start - (len(text[max(0, start - 40) : start]) - m.start(1))
        if sentence_start(text, cand):
            break  # `Yesterday Maria`: the opening word of a sentence is rarely part of a name
        if cues.GREETING_BEFORE.search(text, max(0, start - 40), start):
            break  # `Selamat Hari Jadi Ahmad`: the wish's words, listed as names or not, are no part of it
        start = cand
    for _ in range(2):
        m = cues.NAME_AFTER.match(text, end)
        if not m:
            break
        word = cues.NAME_WORD_TAIL.search(m.group(0)).group(0)
        if not_name_word(word.lower()) or (caps and unlisted_caps(word)) or word.lower() in cues.RECORD_ACRONYMS or cues.COMPANY_AFTER.match(text, end):
            break  # (`Spouse Krista DOB ...`: a record's label is no surname)
        if cues.JOINED.match(m.group(0)) and " " not in text[start:end].strip() and name_lexicon.given_name(word, alone=True):
            break  # `Carmelita y Julieta`: two people, not `Ortega y Gasset`
        if _FROM_COMPANY.match(text[start:end].strip() + m.group(0) + _words_after(text, m.end())) and not name_lexicon.surname(word):
            break  # (`Nout van Northwind Installatietechniek`)
        end = m.end()
    caps_first = _CAPS_SURNAME_FIRST.search(text, max(0, start - 40), start)
    if caps_first and not any(not_name_word(w.lower()) for w in caps_first.group(1).split()) and (
            name_lexicon.given_name(text[start:end].split()[0])
            or all(name_lexicon.surname(w) or not name_lexicon.everyday_word(w) for w in caps_first.group(1).split())
    ) and person_ok(text[caps_first.start(1) : end]):
        start = caps_first.start(1)  # `HOUSE, BRIAN, bday ...`, `WILLIAMSON, Karla Dawn.`: a notice's surname first, in capitals
    return start, end


# a surname in capitals and a comma opening the line before a name
_CAPS_SURNAME_FIRST = regex.compile(r"(?m)(?:^|>)[ \t]*(\p{Lu}{2,}(?:[ '\-]\p{Lu}{2,})?),[ \t]+\Z")  # (or after a breadcrumb's `>`)


def person_cue_before(text: str, start: int) -> bool:
    """A strong cue that a person's name starts here: a title, a salutation, a name field,
    a role noun, or a sign-off line just before."""
    before = text[max(0, start - 60) : start]
    if cues.SIGNOFF_BEFORE.search(before) or cues.TITLE_BEFORE.search(before):
        return True  # (a title with its dot: `Gentile Sig.ra Pontecorvo`, `Sr. Nascimento`)
    m = cues.WORDS_BEFORE.search(before)
    if not m:
        return False
    prev = m.group(1).lower()
    return (prev in cues.NAME_LABELS or prev in cues.PERSON_ROLES or bool(cues.ONLY_TITLE.match(prev))
            or bool(cues.LEAD.match(prev + " ")) or bool(cues.LEAD_PERSON.match(prev + " ") and prev not in cues.ROLE_WORDS))


def org_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The small model calls many unfamiliar names ORG (`Tatiana de Sousa`, `Pan Dering`,
    `Heinz-Otto Stey⏎Bank`); with a person cue before it (or a title or salutation opening
    it) and nothing of a company in it, it is a PERSON span."""
    nl = text.find("\n", start, end)
    if nl >= 0:
        end = nl
    span = text[start:end]
    lead = cues.LEAD_PERSON.match(span)
    cued = bool(lead and lead.group(0).split()[0].lower().strip(".,:") not in cues.ROLE_WORDS) or bool(
        lead and person_cue_before(text, start))
    s2 = start + (lead.end() if lead else 0)
    if not cued and not person_cue_before(text, s2):
        return None
    if any(w.strip(".,'’()").lower() in cues.ORG_NOUNS for w in text[s2:end].split()):
        return None
    return clean(text, s2, end, "PERSON")


# the capitalised words around a span on its line (`Mama` in `from Mama Put Kitchen`, `Vidal` in
# `Finques Roca & Vidal`), joined by `&` or `and` as a firm's partners are
_CAPS_AFTER = regex.compile(r"(?:[ \t]+(?:(?:&|and|y|i|et|und|en)[ \t]+)?\p{Lu}[\pL'’\-]*){1,3}")
# (before it, only a partner's: `Kurier Angelika` is a courier and her name)
_CAPS_BEFORE = regex.compile(r"(?:\p{Lu}[\pL'’\-]*[ \t]+){1,3}(?:&|and|y|i|et|und|en)[ \t]+\Z")


def in_firm_name(text: str, start: int, end: int) -> bool:
    """Inside a firm's name: one the firm patterns read, or a run of capitalised words that a
    trade word opens or closes (`Finques Roca & Vidal`, `Mama Put Kitchen`)."""
    lo = max(0, start - 40)
    for m in cues.FIRM.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    after = _CAPS_AFTER.match(text, end)
    if after and any(_ORG_WORD.search(w.strip(".,'’")) for w in after.group().split()):
        return True
    before = _CAPS_BEFORE.search(text, lo, start)
    return bool(before and _ORG_WORD.search(before.group().split()[0].strip(".,'’")))
