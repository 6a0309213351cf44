"""Fields written inside free text: `Renter: AMY NGUYEN   DOB: 1992-08-26`, `"name": "Jo
Bloggs"`, `user=jbloggs pwd=hunter2`. A label that would make a column hinted makes its
value a cell of that column: the recognizers the label hints judge the value as they judge
a hinted column's value (whole-value patterns and validators), so form dumps, JSON and
key=value log lines inside messages are read with the column vocabulary.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from pii_audit.detection import name_lexicon, ner_cues
from pii_audit.detection.recognizers import Recognizer
from pii_audit.detection.spans import Span, SpanConfig, confirm
from pii_audit.detection.validators import _NOT_NAMES, _PARTICLES, ORG_WORD, company_name, person_in_text
from pii_audit.names import any_hint, tokens

# `Label: value` at the start of a line, or after a wide gap, a tab, `|` or `;` (several
# fields on one line); a label is a few words, maybe with a bracketed note.
_LABELLED = regex.compile(
    r"(?m)(?:^|(?<=[ ]{2})|(?<=\t)|(?<=[|;·•][ \t]))[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]+)?"
    r"(?P<k>\p{L}[\p{L}\p{M}\d _()/,.'’&\-]{0,48}?)[ \t]*[:：][ \t]*"
    r"(?P<v>\S[^\n]{0,199}?)(?=[ ]{2,}|\t|[ \t]+[|·•][ \t]|;[ \t]|[ \t]*$)")
# `Address:` alone on its line, the value on the lines under it (up to a blank line or the
# next label)
_LABEL_BLOCK = regex.compile(r"(?m)^[ \t]*(?P<k>\p{L}[\p{L}\p{M}\d _()/.'’\-]{0,40}?)[ \t]*[:：][ \t]*\n(?P<v>(?:[ \t]*\S[^\n]*(?:\n|$)){1,5})")
_NEXT_LABEL = regex.compile(r"(?m)^[ \t]*\p{L}[^:\n]{0,40}:")
_JSON_PAIR = regex.compile(r'"(?P<k>[^"\\\n]{1,48})"[ \t]*:[ \t]*"(?P<v>[^"\\\n]{1,200})"')
_KV_PAIR = regex.compile(
    r"(?<![\w.\-])(?P<k>\p{L}[\w.\-]{0,48})=(?:\"(?P<q>[^\"\n]{1,200})\"|'(?P<s>[^'\n]{1,200})'"
    # (a query string's value with its spaces up to the next key: `name=Zaitra Choudhury&dob=...`)
    r"|(?P<a>[^\s&=\"'<>]+(?:[ ][^\s&=\"'<>]+){1,3})(?=&[\w.\-]{1,48}=)"
    r"|(?P<v>(?:[^\s,;&|\"'<>]|&(?![\w.\-]{1,48}=)){1,200}))")  # (`&` of a query string only before a key)
# `practice_name=Clifton Smiles Dental Care` alone on its line (an INI or .env file): the
# value runs to the line's end, spaces included
_LINE_PAIR = regex.compile(r"(?m)^[ \t]*(?P<k>\p{L}[\w.\-]{0,48})[ \t]*=[ \t]*(?P<v>[^\s=\"'][^\n=]*?[ \t][^\n=]*?)[ \t]*$")
# a name that ends on an initial keeps its dot (`Owner: Tammy S.`)
_INITIAL_END = regex.compile(r"[ \t]\p{Lu}\.$")
# where a value may stop before the rest of the line: `Kelly Juarez / Nimbus Plumbing`,
# `AMY NGUYEN (renter)`, `Jo Bloggs - +44 20 ...`, `Judy, tel. ...`
_VALUE_TAIL = regex.compile(r"\s+[/–—-]\s+|\s*\(|\s*<|,\s+(?=\S*\d|\p{Ll})")


# (a unit or a currency after it: `Due (₹)`, `Price €`)
_HEADER_CELL = regex.compile(r"\p{L}[\p{L}\p{M}\p{Sc}\d _.\-/#%]{0,30}(?:\([\p{L}\p{M}\p{Sc}\d _.\-/#%]{1,12}\))?")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in a delimited line, blanks and a cell's
    double quotes left out (`"Lowery, Manuel"` is one cell)."""
    out = []
    start, quoted = 0, False
    for i, ch in enumerate(line + sep):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted and i >= start:
            a, b = start, i
            while a < b and line[a] in " \t":
                a += 1
            while b > a and line[b - 1] in " \t":
                b -= 1
            if b - a >= 2 and line[a] == '"' and line[b - 1] == '"':
                a, b = a + 1, b - 1
            out.append((a, b))
            start = i + 1
    return out if not quoted else []


_ROUTING = frozenset({"routing", "aba", "routing_number", "routing_no", "rtn", "aba_number"})
_ACCOUNT = frozenset({"account", "acct", "account_no", "account_number", "acct_no"})


def _bank_header(cells: list[str]) -> list[str]:
    """Beside a routing number, a table's `account` is the bank account (an ACH export)."""
    if not any(c.lower() in _ROUTING for c in cells):
        return cells
    return ["bank_account" if c.lower() in _ACCOUNT else c for c in cells]


def table_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(column name, start, end) of the cells of a delimited table pasted into the text:
    a header line of names (`name,mobile,suburb,dob`) and the rows under it that have as
    many cells."""
    header: list[str] | None = None
    sep = ""
    for pos, line in _lines(text):
        cells = _cells(line, sep) if header is not None else []
        if header is not None and len(cells) == len(header):
            for name, (a, b) in zip(header, cells):
                if b > a:
                    yield name, pos + a, pos + b
            continue
        header = None
        for sep in (",", ";", "\t", "|"):
            cells = [c.strip() for c in line.split(sep)]
            if len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c) for c in cells):
                header = _bank_header(cells)
                break


def labelled_values(text: str, table: list[tuple[str, int, int]] | None = None) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each value written after a label in `text`, or under a
    column name in a table pasted into it (`table`: those cells, when the caller has them)."""
    seen: set[tuple[int, int]] = set()
    yield from table_values(text) if table is None else table
    for m in _JSON_PAIR.finditer(text):
        seen.add(m.span("v"))
        yield m.group("k"), m.start("v"), m.end("v")
    for m in _LINE_PAIR.finditer(text):
        if len(m.group("v")) <= 200:
            seen.add(m.span("v"))
            yield m.group("k"), m.start("v"), m.end("v")
    pos = 0
    while (m := _KV_PAIR.search(text, pos)) is not None:
        g = next(g for g in ("q", "s", "a", "v") if m.group(g) is not None)
        pos = m.end()
        if g == "v" and "=" in m.group(g) and _KV_PAIR.match(text, m.start(g)):
            pos = m.start(g)  # `body=first_name=Terry&...`: the value is the next pair
            continue
        if m.span(g) not in seen and not any(s <= m.start(g) < e for s, e in seen):
            seen.add(m.span(g))
            yield m.group("k"), m.start(g), m.end(g)
    for m in _LABEL_BLOCK.finditer(text):
        start, end = m.span("v")
        nxt = _NEXT_LABEL.search(text, start, end)
        end = nxt.start() if nxt else end
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        if end > start:
            yield m.group("k"), start, end
    for m in _LABELLED.finditer(text):
        start, end = m.span("v")
        while start < end and text[start] == "_":  # (`Signed: ____Smith_____`: the line signed on)
            start += 1
        while end > start and text[end - 1] in " .,;:_" and not _INITIAL_END.search(text, start, end):
            end -= 1
        if end > start and not any(s <= start < e for s, e in seen):
            yield m.group("k"), start, end


def _candidates(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The whole value, then the value after a title (`Mr Scott Harvey` in a guest list), then
    the value up to where a note or a second part begins."""
    yield start, end
    title = _TITLE_LEAD.match(text, start, end)
    if title:
        yield title.end(), end
    tail = _VALUE_TAIL.search(text, start, end)
    if tail and tail.start() > start:
        yield start, tail.start()


_TITLE_LEAD = regex.compile(rf"(?i:{ner_cues.TITLES})\.?[ \t]+(?=\p{{Lu}})")


# `Operarios: Carmelita y Julieta`, `Guests: Anna und Jonas Berg`: two people in one value
_CONJUNCTION = regex.compile(r"[ \t]+(?:y|e|et|und|and|och|og|ja|és|ve|și|i|en|&)[ \t]+(?=\p{Lu})")


def _reads_as_name(value: str) -> bool:
    """In prose (case aside), or every word a listed name (`April Murray`: a month's name
    opens it)."""
    words = value.replace(",", " ").split()
    if company_name(value):
        return False  # `Client : Everly SAS`, `Jacquot Traore et Fils`: a company
    return person_in_text(value.title()) or (len(words) >= 2 and all(name_lexicon.listed(w) for w in words))


# a name in a script without case or spaces, under a name's own label (`姓名：李小龙`, `이름: 김민준`)
_UNSPACED_NAME = regex.compile(r"\p{Han}{2,4}|\p{Hangul}{2,4}|\p{Han}{1,3}[ \u3000]\p{Han}{1,3}|[\p{Katakana}ー]{2,}[・ ][\p{Katakana}ー]{2,}")


def _labelled_person(name: str, own: bool, text: str, s: int, e: int) -> bool:
    """`Name: Order Confirmation`: a label names a product or a subject too; a person's name
    must also read as one in prose (case aside: `AMY NGUYEN`, `judith chapman`), or be one
    listed word under a name's own label, an English word too (`first_name=May`); no login,
    no pet."""
    return ((_reads_as_name(name) or (own and name.isalpha() and name_lexicon.listed(name))
             or (own and _UNSPACED_NAME.fullmatch(name)))
            and not _login(name) and not ner_cues.pet_name(text, s, e, 40)
            and not (name.islower() and not name_lexicon.given_name(name.split()[0]))  # (`candidat: oui c'est ça`; `name="vincent bumb"`)
            and not (name.islower() and len(name.split()) > 2  # (`operatorė: gerai kokia gimimo data`: speech)
                     and not all(name_lexicon.listed(w) or w in _LOWER_PARTICLES for w in name.split())))


_LOWER_PARTICLES = frozenset(_PARTICLES) | {"i"}  # (and the Catalan `i`: `joan batlle i camps`)


# where a firm's name in a value ends: a separator before the next part
_PART_END = regex.compile(r"[,;/(|]|\s[-–—]\s")


def _in_firm_name(value: str, sp: Span) -> bool:
    """`practice_name=Clifton Smiles Dental Care`: the name opens a firm's name, whose last
    words say its trade; `Dr Anna Berg, Kloof Animal Hospital` keeps the person."""
    end = _PART_END.search(value, sp.end)
    words = value[sp.start : end.start() if end else len(value)].split()
    return any(ORG_WORD.search(w.strip(".,'’()")) for w in words[1:] if w)


def _login(value: str) -> bool:
    """One word in lower case that no list holds as a name: a login (`agent=rsoto`), not a name as written."""
    return value.isalpha() and value.islower() and not name_lexicon.listed(value)


def _each_person(value: str, sp: Span) -> list[tuple[int, int]]:
    m = _CONJUNCTION.search(value, sp.start, sp.end) if sp.entity == "PERSON" else None
    return [(sp.start, m.start()), (m.end(), sp.end)] if m else [(sp.start, sp.end)]


def embedded_spans(text: str, hinted: Callable[[tuple[str, ...]], list[Recognizer]], cfg: SpanConfig,
                   table: list[tuple[str, int, int]] | None = None) -> list[Span]:
    """Spans of the values whose label hints a recognizer that confirms them; `hinted`
    gives the recognizers a label's tokens hint, `table` the cells of a pasted table."""
    out: list[Span] = []
    for label, start, end in labelled_values(text, table):
        toks = tokens(label)
        if not toks or len(toks) > 6:
            continue
        recs = hinted(toks)
        # a name's own label (`first_name`, not `contact`): one listed word under it is a name
        own = any(r.entity == "PERSON" and any_hint(toks, r.field_hints) is not None for r in recs)
        for s, e in _candidates(text, start, end) if recs else ():
            value = text[s:e]
            found = []
            for rec in recs:
                try:
                    found.extend(confirm(rec, value, True, cfg))
                except TimeoutError:
                    continue
            found = [sp for sp in found if sp.entity != "PERSON" or (_labelled_person(value[sp.start : sp.end], own, text, s, e)
                                                                     and not _in_firm_name(value, sp))]
            births = sorted(sp.start for sp in found if sp.entity == "DATE_OF_BIRTH")
            if len(births) > 1:  # `Geburtsdatum: 11.09.2006, Sehtest vom 31.10.2026`: the label's date is the first
                found = [sp for sp in found if sp.entity != "DATE_OF_BIRTH" or sp.start == births[0]]
            if found:
                out.extend(Span(a + s, b + s, sp.entity, sp.score, sp.rule) for sp in found for a, b in _each_person(value, sp))
                break
        else:
            span = _listed_part(toks, text, start, end)
            if span:
                out.append(span)
    return out


# `{"first": "Chelsea", "last": "Fernandez"}`: keys too bare to hint a name column (`last`
# login), but a one-word value the name lists hold as such is a part of a name.
# the surname's label in more languages (`Cognome: OPIZZI`, `Nachname: Wilmsen`, `Mbiemri: Leka`)
_SURNAME_LABELS = ("cognome apellido apellidos nachname familienname achternaam sobrenome apelido nazwisko efternamn etternavn"
                   " efternavn sukunimi prezime priimek mbiemri mbiemer soyad soyadı soyadi vezetéknév vezeteknev příjmení prijmeni"
                   " priezvisko eftirnafn perekonnanimi uzvārds uzvards pavardė pavarde cognom cognoms cognomi abizena abizenak sloinne cyfenw apelidos sobrenomes").split()
_PART_KEYS = {("first",): name_lexicon.given_name, ("given",): name_lexicon.given_name,
              ("last",): name_lexicon.surname, ("family",): name_lexicon.surname,
              # one word in capitals is a code to the column rules (`SKU`), a name under these
              ("surname",): name_lexicon.surname, ("forename",): name_lexicon.given_name,
              ("forename", "s"): name_lexicon.given_name, ("forenames",): name_lexicon.given_name,
              **{(w,): name_lexicon.surname for w in _SURNAME_LABELS}}


# labels that name nothing but a part of a name: an unlisted word under them is one too (`Surname: MURAE`)
_NAME_PART_LABELS = {("surname",), ("forename",), ("forename", "s"), ("forenames",)} | {(w,) for w in _SURNAME_LABELS}
_VOWEL = regex.compile(r"[aeiouyàáâäãåæèéêëìíîïòóôöõøùúûüýœ]")


# ... and the same keys after a word for a person (`"player_first": "Mary"`, `guardian_last`)
_PERSON_NOUNS = ner_cues.ROLE_WORDS | {"player", "pupil", "child", "kid", "parent", "guardian", "athlete", "donor", "owner"}


def _listed_part(toks: tuple[str, ...], text: str, start: int, end: int) -> Span | None:
    listed = _PART_KEYS.get(toks) or (_PART_KEYS.get(toks[1:]) if len(toks) > 1 and toks[0] in _PERSON_NOUNS else None)
    value = text[start:end]
    if listed and value.isalpha() and value[0].isupper() and (listed(value) or (
            toks in _NAME_PART_LABELS and len(value) > 2 and _VOWEL.search(value.lower())
            and (not name_lexicon.everyday_word(value) or _alone_in_field(text, end, value)))):
        return Span(start, end, "PERSON", 0.6, "PERSON.listed")
    return None


_FIELD_END = regex.compile(r"[ \t]*(?:\r?\n|\Z|[ \t]{2}|\t|[|;])")


def _alone_in_field(text: str, end: int, value: str) -> bool:
    """A word that is an everyday one too, alone in its field and written as a name
    (`Cognoms: Vila⏎`: a Catalan surname and town): a surname, unless it is in capitals (a
    code or a filler: `Surname: TABLE`), a label or a placeholder (`Surname: Unknown`)."""
    low = value.lower()
    return (bool(_FIELD_END.match(text, end)) and not value.isupper()
            and low not in ner_cues.LABEL_WORDS and low not in _NOT_NAMES)
