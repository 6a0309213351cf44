"""Span confirmation on candidate cells: exact match, validator, context, overlaps."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from pii_audit.detection.address import HOUSE_ADDITIONS, address_tail, extend_address_start, quoted_next_lines, quoted_unit_line
from pii_audit.detection.ner_cues import BRANCH_AFTER, COMPANY_AFTER, DESK_AFTER, NAMESAKE_BEFORE, pet_name, sender_is_domain
from pii_audit.detection.name_lexicon import listed, person_brand
from pii_audit.detection.protected import ProtectedForm, protected_form
from pii_audit.detection.recognizers import Recognizer
from pii_audit.detection.validators import place_in_text

SECRET_ENTITIES = frozenset({"PASSWORD", "API_KEY"})
_WORD = regex.compile(r"[\pL\d#]+(?:[.'][\pL]+)*")
_TOKEN = regex.compile(r"\S*")
# Scripts written without spaces between words: a number glued to them (`電話番号は090-1234-5678です`)
# is no part of a longer code, and a context word is found inside a run of them (`電話`).
UNSPACED_SCRIPTS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"  # (also RE2's syntax: the engine finds such cells per batch)
_UNSPACED = regex.compile(UNSPACED_SCRIPTS)
_SHADOWED = regex.compile(r"(?![年月日년월일])" + UNSPACED_SCRIPTS)  # (a date's own signs stay: `1985年4月3日`)


# (the entities written in the script's own characters keep them)
_WORDS_OF_SCRIPT = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})


def unspaced_shadow(text: str) -> str:
    """`text` with each character of an unspaced script replaced by an ideographic full stop:
    the same offsets, and the patterns' word boundaries fall between the number and the script."""
    return _SHADOWED.sub("\u3002", text)


@dataclass
class Span:
    start: int
    end: int
    entity: str
    score: float
    rule: str


@dataclass
class SpanConfig:
    min_score: float
    context_boost: float
    context_window: int
    negative_window: int
    hint_boost: float
    protected: list[ProtectedForm]


def _glued(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1].isalnum() or (text[start - 1] in "-_" and start > 1 and text[start - 2].isalnum())):
        return True
    if end < len(text) and text[end].isalnum():
        return True
    return end + 1 < len(text) and text[end] in "-_./" and text[end + 1].isalnum()


def _has_context(lower: str, start: int, end: int, words: list[str], window: int) -> bool:
    lo = max(0, start - window)
    text = lower[lo:start] + " " + lower[end : end + window]
    found = None
    for w in words:
        if " " in w or not w.isalnum() or _UNSPACED.match(w):
            if w in text:
                return True
            continue
        if found is None:
            found = set(_WORD.findall(text))
        if w in found:
            return True
    return False


# what opens a chat line before what it says (`[28/10/2026, 10:00] Marilyn Marshall: `, `05.11.2026 11:05 - Dilhuş Tarhan: `)
_SPEAKER_PREFIX = regex.compile(r"[^\n:]{0,60}(?::\d\d[^\n:]{0,60})*:[ \t]*\Z|\Z")


# a line that ends asking, after a word (`...password at the cottage?`; not a value's `Sunshine1978?`)
_QUESTION_END = regex.compile(r"(?:\pL|\pL[ \t])\?+[ \t]*\Z")


def _answers(lower: str, start: int, words: list[str], question: bool = False) -> bool:
    """The value opens a chat line that answers the line above, which asks for it (`DOB for
    the consent form?⏎[28/10/2026, 10:00] Marilyn: 15/04/2007`, `doğum tarihinizi yazar mısınız?`);
    `question`: the line above must end its question there (`...password at the cottage?`)."""
    line = lower.rfind("\n", 0, start) + 1
    if not line or not _SPEAKER_PREFIX.match(lower, line, start):
        return False
    above = lower[lower.rfind("\n", 0, line - 1) + 1 : line - 1]
    return (not question or _QUESTION_END.search(above) is not None) and _has_context(above, 0, 0, words, len(above))


_LABEL_START = regex.compile(r"(?<![\w])\w")  # a match that opens on a word of its own (not `g` of `routing`)


_STAMP_AFTER = regex.compile(r",?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]*(?:[-–\]]|$)", regex.M)
_LABEL_BEFORE = regex.compile(r"([\w.\-]+)[\"'\s:=]*$")


def _own_label(lower: str, start: int, context: list[str]) -> bool:
    """The value's own label is a context word of joined words (`"calling_station_id":"6141..."`:
    its `id` negates nothing; `Pet date of birth:` stays negated)."""
    m = _LABEL_BEFORE.search(lower, max(0, start - 40), start)
    return bool(m) and not m.group(1).isalnum() and m.group(1) in context


_FULL_DATE = regex.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)")
_DAY_MONTH_BEFORE = regex.compile(r"(?<!\d)\d{1,2}[/.]\d{1,2}[/.]$")


# the words between a number's label and the number (`claim number is 67343109`, `Kd.-Nr. 7666507`)
_LABEL_FILLERS = frozenset("number no nr num nummer numero número numéro číslem is was es ist est é è er är je lautet luidt".split())


# negative words that veto a number only as its label's head (`request number is 5563088`; a
# `Callback request: 0412 …` is a number to call)
_ONLY_BEFORE_FILLER = frozenset({"request"})


def _negated(lower: str, start: int, words: frozenset[str], window: int) -> bool:
    before = _WORD.findall(lower[max(0, start - window) : start])
    popped = False
    while len(before) > 2 and before[-1] in _LABEL_FILLERS:
        before.pop()
        popped = True
    return any((w in words or w.rstrip("#") in words) and (popped or w not in _ONLY_BEFORE_FILLER)
               for w in before[-2:])  # (`SEAL# 6690628`, `Order# ...`)


def confirm(rec: Recognizer, value: str, hinted: bool, cfg: SpanConfig, unspaced: bool | None = None) -> Iterator[Span]:
    """Spans of `rec` in `value` that pass glue, validator, protection and context checks;
    `unspaced`: whether the value holds an unspaced script (None: look)."""
    original = value.strip() if rec.anchored else value
    if not rec.anchored and rec.entity not in _WORDS_OF_SCRIPT and (
            unspaced if unspaced is not None else not value.isascii() and _UNSPACED.search(value)):
        value = unspaced_shadow(value)
    if rec.anchored:
        stripped = value.strip()
        offset = len(value) - len(value.lstrip())
        m = rec.compiled.fullmatch(stripped, timeout=1.0)
        matches = [m] if m else []
    else:
        offset = 0
        stripped = value
        matches = rec.compiled.finditer(value, timeout=1.0)
    lower = None
    for m in matches:
        start, end = m.span(rec.group)
        if start < 0 or start == end:
            continue
        # a match glued to letters or digits (`636-75-4140-X`, `v10.2.3.4`) is part of a longer code
        if not rec.anchored and rec.group == 0 and _glued(stripped, start, end):
            suffix = _HOUSE_SUFFIX.match(stripped, end) if rec.extend == "address" else None
            if not suffix:
                continue
            end = suffix.end()  # (a house number's `-hs`, `-bis`, `-II` is no longer code: `Stationsweg 120-hs`)
        if rec.not_after and start > 0 and stripped[start - 1] in rec.not_after:
            continue
        if rec.entity == "STREET_ADDRESS" and (_DAY_MONTH_BEFORE.search(stripped, max(0, start - 6), start)
                                               or _FULL_DATE.search(stripped, start, end)
                                               or (start > 1 and stripped[start - 1] in ".," and stripped[start - 2].isdigit())
                                               or (_NUMBER_ENDS_LINE.match(stripped, start, end) and _DIGITS_BEFORE.search(stripped, max(0, start - 8), start))):
            continue  # `Date of Birth: 17/11/1994     Place of birth`: a date's year is no house number (`Unit 34/1 Russell Gardens` is);
            # nor is a date after a word that ends like a street (`Klantnotitie 27-11-2026`: Finnish `tie`), nor the cents
            # of an amount (`$1,057,000.00   Land value`), nor the last group of a phone ending its line (`Ph: 0416 581 262⏎Key safe`)
        near = False
        if rec.context or rec.negative_context:
            if lower is None:
                lower = original.lower()  # (context words in an unspaced script are read in the text itself)
            # before the value, and before a label the pattern reads with it (`Pet date of birth: ...`)
            if rec.negative_context and (_negated(lower, start, rec.negative_context, cfg.negative_window) or (
                    _LABEL_START.match(stripped, m.start()) and m.start() < start
                    and _negated(lower, m.start(), rec.negative_context, cfg.negative_window))) and not _own_label(lower, start, rec.context):
                continue
            if rec.context:
                near = _has_context(lower, start, end, rec.context, cfg.context_window)
        answered = ((rec.entity == "DATE_OF_BIRTH" and not (hinted or near)) or rec.needs == "answer") and lower is not None and _answers(
            lower, start, rec.context, question=rec.needs == "answer")
        if (rec.needs == "hint_or_context" and not (hinted or near or answered)) or (rec.needs == "answer" and not answered):
            continue
        if rec.entity == "DATE_OF_BIRTH" and _STAMP_AFTER.match(stripped, end):
            continue  # a message's stamp (`Geburtsdatum?⏎23.11.26, 11:03 - Gabor: 24.01.1940`)
        if rec.entity == "PERSON" and (COMPANY_AFTER.match(stripped, end) or DESK_AFTER.match(stripped, end) or NAMESAKE_BEFORE.search(stripped, max(0, start - 24), start)
                                       or person_brand(stripped[start:end]) or pet_name(stripped, start, end)
                                       or sender_is_domain(stripped, start, end, listed)):
            continue  # `Client : Jacquot Traore et Fils`: a firm; `Via dei Tigli`: a street; `Tommy Hilfiger`: a brand;
            # `a cat called Mr Whiskers`: a pet; `Ticketmaster <…@ticketmaster.com>`: a firm sending
        if rec.entity == "PHONE_NUMBER" and _HTTP_STATUS_BEFORE.search(stripped, max(0, start - 16), start):
            continue  # `"GET /book?phone=… HTTP/1.1" 200 8902`: an access log's status and size
        if rec.entity == "LOCATION" and BRANCH_AFTER.match(stripped, end):
            continue  # `shipped to Pune office`: the firm's site, no place of a person's (label conventions)
        text = stripped[start:end]
        # a validator that needs what is around the span reads the whole match
        if not rec.valid(m.group(0) if rec.whole_match else text):
            continue
        if rec.entity in SECRET_ENTITIES:
            token = _TOKEN.match(stripped, start).group()  # a pattern may stop inside a hash
            form = protected_form(text, cfg.protected) or (token != text and protected_form(token, cfg.protected))
            if form and not (form in _KEY_SHAPES and rec.entity == "API_KEY" and start > m.start()
                             and not _HASH_KEY.search(stripped, max(m.start() - 24, stripped.rfind("\n", 0, m.start()) + 1), start)):
                continue  # (`$argon2id$v=19$m=65536,t=3,...` cut at its comma)
            # (a hex or base64 string under `auth_token:` or `secret_access_key:` is the key itself, not a digest
            # or a ciphertext of one)
        town = None
        if rec.extend == "address":
            start = extend_address_start(stripped, start)
            end, town = address_tail(stripped, end)
        tab = stripped.find("\t", start, end) if rec.entity == "STREET_ADDRESS" else -1
        if tab > start:  # a pasted row's tab ends the cell (`208 King Street, Fremantle<TAB>0415 051 454`)
            end = start + len(stripped[start:tab].rstrip(" ,"))
            town = town if town is not None and town[1] <= end else None
        score = rec.score + (cfg.hint_boost if hinted else 0.0) + (cfg.context_boost if near else 0.0)
        score = min(score, 1.0)
        if score < cfg.min_score:
            continue
        if town is not None:
            # `921 Dylan Walks Suite 531, Joyport.`: a street and the town after it, no
            # postcode: the street is the address, the town a place of its own
            if place_in_text(stripped[town[0] : town[1]]):
                yield Span(town[0] + offset, town[1] + offset, "LOCATION", score, "LOCATION.after-street")
            # the address ends before the comma or the dash (`12 Main Street - Please call`)
            end = start + len(stripped[start : town[0]].rstrip(" \t,-–"))
        parts = [(start, end)]
        if rec.extend == "address":  # (in a '>'-quoted reply, the flat's line above and the town's lines below)
            unit = quoted_unit_line(stripped, start)
            parts = ([unit] if unit else []) + parts + quoted_next_lines(stripped, end)
        for s, e in parts:
            yield Span(s + offset, e + offset, rec.entity, score, rec.id)


_NUMBER_ENDS_LINE = regex.compile(r"\d{1,4}[ \t]*\r?\n")
_DIGITS_BEFORE = regex.compile(r"\d[ \t.\-]\Z")
_HTTP_STATUS_BEFORE = regex.compile(r'HTTP/\d(?:\.\d)?"[ \t]+\Z')
# (and an Austrian staircase, door or flat after a slash: `Mariahilfer Straße 89/Top 19`, `12/3/7`)
_HOUSE_SUFFIX = regex.compile(rf"-(?i:{HOUSE_ADDITIONS}|boven|beneden|[a-z])\b|-I{{1,3}}\b|-IV\b"
                              r"|/(?:Top|Stiege|Tür|Stg\.?)[ \t]*\d{1,4}\b|(?:/\d{1,3}){1,2}\b(?![/.\-]\d)")
HEX_DIGEST = "protected.hex-digest"
_KEY_SHAPES = frozenset({HEX_DIGEST, "protected.base64-ciphertext"})
_HASH_KEY = regex.compile(r"(?i)hash|digest|sha(?:1|2|256|384|512|-)|md5|checksum|fingerprint|signature|etag|salt|crc|encrypt|cipher|_enc\b")


def _beats(a: Span, b: Span) -> bool:
    """Whether `a` wins over the overlapping `b`: an enclosing span wins (a card number
    over the phone-like digits inside it), otherwise the higher score."""
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    if b_in_a and not a_in_b:
        return True
    if a_in_b and not b_in_a:
        return False
    if a.score != b.score:
        return a.score > b.score
    return (a.end - a.start, -a.start) > (b.end - b.start, -b.start)


def resolve(spans: list[Span], exempt: frozenset[str]) -> list[Span]:
    """Non-overlapping spans, deterministic whatever the input order. Exempt entities
    (URL) neither suppress nor are suppressed."""
    if len(spans) <= 1:
        return spans
    kept: list[Span] = []
    free = [s for s in spans if s.entity in exempt]
    for s in sorted((s for s in spans if s.entity not in exempt), key=lambda s: (s.start, -s.end, -s.score, s.entity)):
        rivals = [k for k in kept if k.start < s.end and s.start < k.end]
        if all(_beats(s, k) for k in rivals):
            kept = [k for k in kept if k not in rivals]
            kept.append(_backed(s, rivals))
        elif not s.rule.endswith(".ner"):
            # the model's span of the same entity won: a pattern backs it (a free-text field
            # flagged on the model alone needs the entity to recur; a pattern match does not)
            kept = [_backed(k, [s]) if k in rivals else k for k in kept]
    return sorted(kept + free, key=lambda s: (s.start, s.end, s.entity))


def _backed(winner: Span, losers: list[Span]) -> Span:
    """A model span that overlaps a pattern's span of the same entity carries the
    pattern's rule: the pattern found it too."""
    if not winner.rule.endswith(".ner"):
        return winner
    for k in losers:
        if k.entity == winner.entity and not k.rule.endswith(".ner"):
            return Span(winner.start, winner.end, winner.entity, winner.score, k.rule)
    return winner
