"""A text's spans after the model: the names it missed (salutations, sign-offs, chat
speakers, listed names) and the final clean-up (`post_process`)."""
from __future__ import annotations

from collections import Counter

import regex

from pii_audit.detection import name_lexicon, ner_cues as cues
from pii_audit.detection.ner_spans import clean, context_veto, cue_label, firm_like, grow_name, kin_shop, not_name_word, opens_line_or_sentence, WEEKDAYS, person_cue_before, person_ok
from pii_audit.detection.ner_places import cue_and_town, cued_places, field_values, place_fields
from pii_audit.detection.place_lexicon import country, lowercase_places, place
from pii_audit.detection.validators import ORG_WORD, language_or_tool, month_name, person_in_text


def _before_degrees(text: str, start: int, end: int) -> int:
    """The end of a name before the degrees, punctuation or `'s` that trail it (`cues.TAIL`)."""
    tail = cues.TAIL.search(text, start, end)
    return tail.start() if tail and tail.start() > start else end


# the cues whose group 1 is a name, read over the whole text
_NAME_CUES = (cues.SIGNOFF_NAME, cues.WROTE_NAME, cues.WROTE_BEFORE_NAME, cues.NOTE_BY, cues.MAIDEN_NAME,
              cues.ROLE_IN_BRACKETS, cues.TITLE_AFTER_NAME, cues.BEHALF_NAME, cues.FORM_NAME)
# a forwarded or quoted message right below (`⏎⏎---------- Forwarded message`, `⏎⏎> On 13 Oct 2026, ... wrote:`)
_FORWARD_BELOW = regex.compile(r"\s*(?:---|>[ \t]*On[ \t])")
# a letter's salutation and a title just before a word (`Sehr geehrter Herr `)
_SALUTE_TITLE = regex.compile(rf"(?:^|\n)[ \t]*(?i:{cues.SALUTATIONS}|{cues.GREETINGS}),?[ \t]+(?i:{cues.TITLES})\.?[ \t]+$")


def _no_place(m: regex.Match) -> bool:
    return not place(m.group(1))


def _no_word(m: regex.Match) -> bool:
    """Every word a listed given name or no word of any language the lists know, and no place."""
    return all(name_lexicon.given_name(w) or not name_lexicon.everyday_word(w) for w in m.group(1).split()) and not place(m.group(1))


def _given_first(m: regex.Match) -> bool:
    return name_lexicon.given_name(m.group(1).split()[0]) and not place(m.group(1))


# the cues whose group 1 is a name when a test of the match agrees
_FILTERED_CUES = (
    (cues.TAGALOG_NAME, _no_place),  # (`si Madrid`: `if` in Spanish)
    (cues.TITLED_NAME, _no_place),
    (cues.PHONE_OWNER, _given_first),
    (cues.PHONE_IN_BRACKETS_AFTER, _given_first),  # (a listed given name: `Vodacom (+27 ...)` is a brand)
    (cues.PLUS_ONE, _given_first),
    (cues.LATE_NAME, _given_first),
    (cues.ROLE_BEFORE_NAME, lambda m: _given_first(m) or (m.group(1).isupper() and name_lexicon.surname(m.group(1))
                                                          and not name_lexicon.common_word(m.group(1)))),
    # (whom a wish is for: a word of a language is none, `Happy Birthday Mum`)
    (cues.WISH_NAME, _no_word),
    (cues.KIN_NAME, _no_place),
    (cues.DOORBELL_NAME, _no_place),
    (cues.TRADE_NAME, _no_place),
    (cues.FYI_NAME, lambda m: name_lexicon.given_name(m.group(1)) and not place(m.group(1))),
    (cues.JOINED_CHAT, lambda m: all(name_lexicon.listed(w) for w in m.group(1).split())),
    (cues.AGENT_DESK, lambda m: name_lexicon.given_name(m.group(1)) and not place(m.group(1)) and _desk(m.group(2))),
    # (a phone's contacts are people: a town's name is one too)
    (cues.NUMBERED_SPEAKER, lambda m: not any(not_name_word(w.lower()) or name_lexicon.common_word(w) for w in m.group(1).split())),
    # who called, and a name with the desk it signs for: a listed given name first (`Billing, Accounts Team` is none)
    (cues.CALLER_LINE, _given_first),
    (cues.NOTE_HEADER_AUTHOR, _given_first),
    (cues.WORKER_INITIAL, _given_first),
    (cues.NAME_AND_DESK, _given_first),
    (cues.SUBJECT_NAME, _given_first),  # (`Subject: Booking - Morgan McReady`; not `- Customer Care`)
    # (a word of any language the lists know is none: `Thanks, your...`)
    (cues.VOCATIVE_LINE, lambda m: (name_lexicon.given_name(m.group(1)) or not name_lexicon.everyday_word(m.group(1))) and not place(m.group(1))),
)


_FROM_BEFORE = regex.compile(r"(?<![\pL])(?i:from)[ \t]+\Z")
_HERE_AFTER = regex.compile(r"[ \t]+here\b")
_SITE_TAILS = frozenset({"DC", "RDC", "FC", "Hub", "HUB", "Depot", "Warehouse", "Branch", "Office", "Sorting", "Terminal"})
_CAPITAL_DC = regex.compile(r"Washington,?[ \t]+D\.?C\.?")  # the capital, never a depot
_ROOM_NUMBER_AFTER = regex.compile(r"[ \t]+\d{1,3}[A-Z]?\b")


def salutation_names(text: str) -> list[tuple[int, int, str]]:
    """PERSON spans the model missed at a letter's salutation or sign-off, in role fields, where
    someone joins a chat, and in capitals (`BOTHA Elmarie`, `sent to JUMA WAMBUA`)."""
    out = []
    found = [(m.start(1), m.end(1)) for m in cues.SALUTE_NAME.finditer(text[:2000])]
    found += [m.span(1) for cue in _NAME_CUES for m in cue.finditer(text)]
    found += [m.span(1) for cue, keep in _FILTERED_CUES for m in cue.finditer(text) if keep(m)]
    # (and a label that ends in `by`: `Verified by: Inaya Om`, `Approved by: ...`)
    # (what a role says after its colon, `Monitor: Perfecte, forfet ...`, is left to `clean`)
    found += [(m.start(2), m.end(2)) for m in cues.FIELD_NAME.finditer(text)
              if m.group(1).lower() in cues.NAME_LABELS or m.group(1).lower() in cues.HEADER_LABELS
              or m.group(1).lower() in cues.PERSON_ROLES
              or (m.group(1).lower() == "by" and text[m.start(1) - 1:m.start(1)] in (" ", "\t"))]
    for m in cues.UPPER_SURNAME_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if name_lexicon.surname(sur) and name_lexicon.given_name(given) and not name_lexicon.common_word(sur) and not not_name_word(sur.lower()):
            found.append(m.span())
    for m in cues.UPPER_NAME_AFTER.finditer(text):
        words = m.group(1).split()
        if (_NUMBER_AFTER.match(text, m.end(1)) and not cues.LEGAL_TAIL.search(m.group(1))
                and all(len(w) > 2 and not name_lexicon.common_word(w) and not not_name_word(w.lower())
                        and (not place(w) or name_lexicon.given_name(w)) for w in words)):
            out.append((*m.span(1), "PERSON"))  # `sent to ACHIENG OCHIENG 0722739934`: a payee with their number, listed or not
        elif (any(name_lexicon.listed(w) for w in words) and not all(name_lexicon.common_word(w) for w in words)
                and not any(not_name_word(w.lower()) for w in words) and not place(m.group(1))):  # (`COMFORT OJO`; not `NEW YORK`)
            found.append(m.span(1))
    for m in (list(cues.DASH_SIGNATURE.finditer(text)) + list(cues.CLOSING_NAME.finditer(text))
              + list(cues.CLOSING_ABOVE_SEPARATOR.finditer(text))):
        # (right above a forwarded or quoted message any given name signs: `Lawrence`, `Joy`)
        if signature(m.group(1)) or (" " not in m.group(1) and _FORWARD_BELOW.match(text, m.end(1)) and name_lexicon.given_name(m.group(1))):
            span = clean(text, *m.span(1), "PERSON", opening_ok=True) or (  # (a signature opens its line)
                m.span(1) if text[m.start(1) - 1] == "/" else None)  # (`/Anders` is glued to its slash)
            if span:
                out.append((span[0], span[1], "PERSON"))
    # (a note's author and a room's guest before their colon: the cue vouches for what `clean` reads as a label)
    vouched = [m.span(1) if m.group(1) else m.span(2) for m in cues.NOTE_AUTHOR.finditer(text) if not place(m.group(1) or m.group(2))]
    vouched += [m.span(1) for m in cues.ROOM_GUEST.finditer(text)
                if all(name_lexicon.listed(w) for w in m.group(1).split()) and not place(m.group(1))]
    out += [(s, e, "PERSON") for s, e in vouched if person_ok(text[s:e])
            and not any(not_name_word(w.strip(".").lower()) for w in text[s:e].split() if len(w.strip(".")) > 1)]  # (`Billy A.`: an initial)
    for m in cues.ADDRESSEE_NAME.finditer(text):  # a listed name only: shops head addresses too
        words = m.group(1).split()
        if name_lexicon.given_name(words[0].strip(".")) or (len(words[0].strip(".")) == 1 and name_lexicon.surname(words[-1])):
            found.append(m.span(1))
    for s, e in found:
        if cues.DESK_AFTER.match(text, e):
            continue  # `Merhaba, Turkcell müşteri hizmetlerine hoş geldiniz`: a brand's desk greets
        e = _before_degrees(text, s, e)  # `Brodie Jones BVSc MRCVS`: the name without its degrees
        last = text.rfind(" ", s, e)
        if last > s and cues.ONLY_TITLE.match(text[last + 1 : e]):
            e = last  # `Merhaba Kapagan Bey,`: a title after the name
        words = [w.strip(".").lower() for w in text[s:e].split()]
        # a surname after a title in a letter's greeting needs no list (`Sehr geehrter Herr Hiller,`)
        titled = (len(words) == 1 and bool(cues.TITLE_BEFORE.search(text, max(0, s - 14), s))
                  and (not name_lexicon.foreign_word(text[s:e]) or bool(_SALUTE_TITLE.search(text, max(0, s - 40), s))))
        # (English words are surnames there, `Mr Baker`; after a letter's salutation any word is, `Sehr geehrter Herr Butte`)
        honoured = len(words) == 1 and bool(cues.HONORIFIC_BEFORE.search(text, max(0, s - 8), s))
        rung = (len(words) == 1 and bool(cues.DOORBELL_BEFORE.search(text, max(0, s - 14), s))
                and not name_lexicon.common_word(text[s:e]))  # (any surname but a word is on a doorbell)
        titled = titled or honoured or rung
        if (not honoured and any(not_name_word(w) or w in cues.ORG_NOUNS for w in words)) or not (titled or person_ok(text[s:e])):
            continue  # `Hi Team,`, `Dear Customer Care,`, `Hello Support!`, `Client: Acme Bank`
        # the company and context vetoes of a model's span; the cue vouches for a word opening its line
        span = clean(text, s, e, "PERSON", opening_ok=True) or (
            (s, e) if titled and not context_veto(text, s, e, "PERSON") and not cues.COMPANY_AFTER.match(text, e) else None)
        if span:
            out.append((span[0], span[1], "PERSON"))
    return out


def chat_speakers(text: str) -> list[tuple[int, int, str]]:
    """The people of a chat transcript: where someone speaks under a role or a desk's name
    (`Agent:`, `Asiakaspalvelu:`), the other speakers of two lines or more are names, listed
    or not (`Eykleidis: 688 577 6707`), and so is the name after a role (`Konsultant Marcel:`)."""
    found = list(cues.CHAT_SPEAKER.finditer(text)) + list(cues.CHAT_SPEAKER_TIMED.finditer(text))
    if len(found) < 3:
        return []
    speakers = []  # (start, end, name in lower case, a desk speaks, after a role)
    for m in found:
        first, _, rest = m.group(2).partition(" ")
        if m.group(3) and m.group(2).lower() in cues.ROLE_WORDS and " " not in m.group(3).strip():
            speakers.append((m.start(3), m.end(3), m.group(3).lower(), False, True))  # `Klant (Noa):` the role's name
        elif m.group(3) and ((name_lexicon.given_name(m.group(3).strip()) and not name_lexicon.given_name(first))
                             or (" " not in m.group(3).strip() and any(ORG_WORD.search(w) for w in m.group(2).split()))):
            speakers.append((m.start(3), m.end(3), m.group(3).lower(), False, True))  # `Meralco (Angelica):` the desk, then its agent
        elif m.group(3):  # the desk in brackets vouches for the agent's name
            speakers.append((m.start(2), m.end(2), m.group(2).lower(), False, True))
        elif rest and first.lower() in cues.ROLE_WORDS:
            speakers.append((m.end(2) - len(rest), m.end(2), rest.lower(), False, True))
        else:
            lower = m.group(2).lower()
            speakers.append((m.start(2), m.end(2), lower, all(not_name_word(w) for w in lower.split()), False))
    desk = any(d or led for *_, d, led in speakers)
    # an exported chat (every line stamped) needs no desk: its speakers with a listed given
    # name are people (`04/02/25 20:27 - Victor:`); a shop or a bot speaking there is not
    # (a field label of one line above the chat, `Listing: 2017 VW Golf`, does not count)
    said = Counter(m.group(2).lower() for m in found)
    exported = not desk and all(m.group(1) for m in found if said[m.group(2).lower()] > 1)
    given = lambda name: name.split(",")[-1].split()[0]  # noqa: E731  (`Grady, Brandon`: the given name last)
    addressed = set() if desk or exported else _addressed(text, found)
    if not desk and not exported and not addressed:
        return []
    exported = exported or bool(addressed)  # (a talk without stamps: its speakers are checked as an export's)
    lines: dict[str, int] = {}
    for _, _, name, _, _ in speakers:
        lines[name] = lines.get(name, 0) + 1
    # (talking to a desk, two lines or more, a listed given name that is a word too is the customer's: `Amber:`, `sue harper:`)
    talk_with = lambda name, w: desk and lines[name] >= 2 and name_lexicon.given_name(w)  # noqa: E731
    # (a work chat's `Surname, Given` speaks once too: its listed given name vouches for it; so
    # does a role's word for the listed given name after it, `Monitor Pol:`, `Ejen Amir:`)
    once = lambda s, e, led: ((exported and "," in text[s:e] and name_lexicon.given_name(given(text[s:e])))  # noqa: E731
                              or (led and " " not in text[s:e] and name_lexicon.given_name(text[s:e]))
                              or text[s:e].lower() in addressed)
    return [(s, e, "PERSON") for s, e, name, d, led in speakers  # a role's word vouches for a name that is a word too
            if not d and (lines[name] >= 2 or once(s, e, led)) and not any(not_name_word(w) or (not led and name_lexicon.common_word(w) and not talk_with(name, w))
                                                                      for w in _checked_words(name))
            and not firm_like(text[s:e]) and not ORG_WORD.fullmatch(name)  # (`Imkerij De Zoete Raat:`, `Nyuki Bora Supplies:`, `ops` speak for the shop)
            and (not exported or name_lexicon.given_name(given(text[s:e])) or all(unlisted_speaker(w) for w in text[s:e].split())
                 or ("," in text[s:e] and (all(name_lexicon.listed(w.strip(",")) or unlisted_speaker(w.strip(",")) for w in text[s:e].split())
                                           or len(_checked_words(text[s:e])) < len(text[s:e].split()))))]


_WORDS = regex.compile(r"[\pL\pM]+")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _addressed(text: str, found: list) -> set[str]:
    """A talk without stamps (`Ilarie: Bună Geanina! Am vorbit cu...`, then `Geanina: Mulțumim!`):
    speakers of one or two words whose every line says something (a form's values are short), one of
    them named in another's line. The speakers so named (lower case); none when it is no talk."""
    lines = [(m.group(2).lower(), text[m.end() : _line_end(text, m.end())]) for m in found]
    names = {name for name, _ in lines}
    if len(names) < 2 or any(len(n.split()) > 2 or "," in n for n in names) or any(len(said.split()) < 3 for _, said in lines):
        return set()
    words = [(who, {w.lower() for w in _WORDS.findall(said)}) for who, said in lines]  # each line's words, once
    # (a two-word speaker is named by both words: `Salamat po Mary Grace!` to `Mary Grace:`)
    named = {n for n in names if any(all(w in said for w in n.split()) for who, said in words if who != n)}
    said = Counter(who for who, _ in lines)
    if not named and any(name_lexicon.given_name(n) for n in names) and all(
            said[n] >= 2 and not name_lexicon.everyday_word(n) and (name_lexicon.given_name(n) or unlisted_speaker(n)) for n in names):
        return names  # (names taking turns, two lines each or more, one of them listed: `Riley: ...` `Nikau: ...` `Riley: ...`)
    return named


def _checked_words(name: str) -> list[str]:
    """The words of a speaker's name that must not be everyday words: a listed surname before
    the comma of `Surname, Given` is one whatever else it is (`Das, Amrita`)."""
    surname, comma, rest = name.partition(",")
    if comma and " " not in surname.strip() and name_lexicon.surname(surname.strip()):
        return rest.split()
    words = name.split()
    if len(words) == 2 and name_lexicon.given_name(words[0]) and not name_lexicon.common_word(words[0]):
        return words[:1]  # (after a listed given name, a surname that is a word too: `Udarsh Barman`, `Natalie Good`)
    return words


def unlisted_speaker(name: str) -> bool:
    """One word that is no everyday word of any language the lists know (`Pietro`, `Apollo`
    speaking twice in an exported chat); a shop or a bot there speaks in words (`Recepción`)."""
    return " " not in name and not name_lexicon.everyday_word(name)


_GIVEN_IN_BRACKETS = regex.compile(rf"[ \t]*\([ \t]*({cues.NAME_WORD_RE})[ \t]*\)")
_ORG_BEFORE = regex.compile(
    r"(?i)\b(?:école|ecole|escola|escuela|scuola|schule|school|college|collège|lycée|university|université|universidad"
    r"|hospital|hôpital|clinic|clinique|klinik|hotel|hôtel|church|église|iglesia|bank|banco|banque|museum|musée|museo"
    r"|stadium|estadio|academy|académie|institute|institut)\b(?:[ \t]+\pL+){0,2}[ \t]+(?:du|de la|de|des|of|of the|del|della|di|do|da|d')[ \t]*$")
_WELCOME_TO = regex.compile(r"(?i)\bwelcome to[ \t]+$")
_SAID_OPENING = regex.compile(rf"{cues.SAID_OPENING}\Z")
_GIVEN_AND_BEFORE = regex.compile(r"(?<![\pL\pM'’\-])(\p{Lu}\p{Ll}+)[ \t]+(?:&|and|und|et|y|e|en|og|och|ve|na|dan)[ \t]+\Z")
_TRIP_AFTER = regex.compile(r"(?i)[ \t]+(?:trip|holiday|holidays|vacation|visa|tour|flights?|itinerary|honeymoon|getaway|package)\b")
# a doctor's town (`Hausarzt: Dr. Weber, Hamburg`) and a car by its model year (`your 2021 Tacoma`): no one's place
_DOCTOR_TOWN = regex.compile(r"\b(?:Dr|Dra|Doctor|Prof)\.?(?:[ \t]+(?:med|dent|vet)\.)*[ \t]+\p{Lu}[\pL'’\-]+,[ \t]*\Z")
_MODEL_YEAR = regex.compile(r"(?i)\b(?:my|your|his|her|our|their|the|a|an)[ \t]+(?:19|20)\d\d[ \t]+\Z")

# a firm's registration (`Aurora Energy Ltd, registered in England and Wales no. 97696`): no one's place
_REGISTERED_IN = regex.compile(r"(?i)\bregistered(?:[ \t]+office)?[ \t]+in[ \t]+(?:\p{Lu}\pL+[ \t]+(?:and|&)[ \t]+)?$")
_STATE_AFTER = regex.compile(r",[ \t]*[A-Z]{2}\b(?![ \t]*\d)")
_REGION_AFTER = regex.compile(r",[ \t]*(\p{Lu}\pL+(?:[ \t]\p{Lu}\pL+)?)(?![\pL\pM\d]|[ \t]*\d)")
# the states and provinces written after a town (US, Canada, Australia)
_REGIONS = frozenset((
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa"
    "|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    "|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island"
    "|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec"
    "|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|queensland|victoria|tasmania"
    "|new south wales|western australia|south australia").split("|"))
_LABEL_OF_NAME = regex.compile(r"[ \t]*:[ \t]*\p{Lu}\pL+[ \t]+\p{Lu}\pL+")
_LABEL_OF_ANSWER = regex.compile(r"(?i)[ \t]*:[ \t]*(?:yes|no|y|n|true|false|ja|nein|oui|non|sí|si|sim|não|nao|tak|nie|igen|nem|kyllä|ei)\b")
_WORDS_AFTER = regex.compile(r"(?:[ \t]+\p{Lu}\pL+){1,3}")


# A colleague a task or a call goes to (`Passed to Rita for the COT`, `escalated to Dominik
# Bauer`): a listed given name there, a word too or not.
_HANDED_TO = regex.compile(
    rf"(?i:passed|assigned|handed|handed over|transferred|escalated|forwarded|referred|spoke|speaking|talked|talking|put me through)"
    rf"[ \t]+(?:it[ \t]+)?(?i:to|with)[ \t]+({cues.NAME_WORD_RE}(?:[ \t]+{cues.NAME_WORD_RE})?)(?![\pL\d@])")


def handed_to(text: str) -> list[tuple[int, int, str]]:
    """The listed given name (and a surname after it) that `_HANDED_TO` names."""
    out = []
    for m in _HANDED_TO.finditer(text):
        words = m.group(1).split()
        if not name_lexicon.given_name(words[0]) or place(words[0]) or words[0].isupper():
            continue
        end = m.end(1) if len(words) > 1 and (name_lexicon.surname(words[1]) or name_lexicon.plausible_surname(words[1])) else m.start(1) + len(words[0])
        if not cues.SITE_AFTER.match(text, end):
            out.append((m.start(1), end, "PERSON"))
    return out


def self_named(text: str) -> list[tuple[int, int, str]]:
    """A speaker's own name after `cues.SELF_NAMING`: a listed given name, or a word no list
    of any language holds as an everyday word (`samaksh`; not `my name is on the account`),
    with a second such word or a listed surname of the same case (`dalbir bahri`)."""
    out = []
    for m in cues.SELF_NAMING.finditer(text):
        first, second = m.group(1), m.group(2)
        # a town's name is a person's too when a surname follows (`Mă numesc Romulus Dima`)
        town_named = (not first.islower() and second is not None and not second.islower() and place(first)
                      and not name_lexicon.everyday_word(first) and name_lexicon.surname(second))
        if not (_own_name_word(first) or town_named) or (first.islower() and first in name_lexicon.CALENDAR):
            continue
        end = m.end(1)
        if second and first.islower() == second.islower() and (_own_name_word(second) or name_lexicon.surname(
                second, alone=not name_lexicon.given_name(first))):  # (`my name is jody strong`)
            end = m.end(2)
        out.append((m.start(1), end, "PERSON"))
    return out


def answered_names(text: str) -> list[tuple[int, int, str]]:
    """The name a chat's visitor gives when asked (`cues.NAME_ANSWER`): each word a listed name
    or no everyday word of any language (`Faith`, `haroldo moll`; not `Yes I`)."""
    out = []
    for m in cues.NAME_ANSWER.finditer(text):
        first, second = m.group(1), m.group(2)
        if not (name_lexicon.given_name(first) or _own_name_word(first)) or not_name_word(first.lower()):
            continue
        ok_second = second and first.islower() == second.islower() and not not_name_word(second.lower()) and (
            name_lexicon.given_name(first) or name_lexicon.surname(second) or _own_name_word(second))  # (`haroldo moll`)
        if second and not ok_second:
            continue  # (`Yes I need help`: a sentence, not a name)
        out.append((m.start(1), m.end(2) if second else m.end(1), "PERSON"))
    return out


def _own_name_word(word: str) -> bool:
    low = word.lower()
    if not_name_word(low) or low in name_lexicon.NOT_ALONE_AFTER_CUE:
        return False
    return name_lexicon.given_name(word) or (len(word) > 2 and not name_lexicon.everyday_word(word) and not place(word))


_MENTION = regex.compile(r"(?<![\pL\pN_.@])@(\pL[\pL'’\-]{1,30})(?![\pL\pN_@]|\.[\pL\pN])")


def mentioned_names(text: str) -> list[tuple[int, int, str]]:
    """A chat's mention of a colleague by a listed given name (`@mathieu can you refund`,
    `@Kelly`); not `@here`, `@channel` or a handle of words."""
    return [(m.start(1), m.end(1), "PERSON") for m in _MENTION.finditer(text)
            if name_lexicon.given_name(m.group(1)) and not name_lexicon.common_word(m.group(1))
            and m.group(1).lower() not in ("here", "channel", "everyone", "all")]


# two given names joined (`Gilberto y Odalys`, `Anna und Paul`): two people, not one name
_GIVEN_PAIR = regex.compile(r"(\p{Lu}[\pL\pM]+)[ \t]+(?:y|e|i|and|und|et|en|och|og|ja|és|&)[ \t]+(\p{Lu}[\pL\pM]+)")


def post_process(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel by context cues, grow names over their missing parts, and carry PERSON
    across `X and Y`; overlapping results keep the first."""
    out: list[tuple[int, int, str]] = []
    own = self_named(text) + handed_to(text) + answered_names(text)  # (not grown over, below)
    cued = salutation_names(text)
    cued += [x for x in own if not any(x[0] < b and a < x[1] for a, b, _ in cued)]
    # a cued name over the model's place (`Ar cieņu,⏎Santa Dzene`) and over any model span crossing
    # it that is no PERSON holding it (`internal note (Aaron, 11/21/2026)`)
    spans = [x for x in spans if not any(x[0] < b and a < x[1] and not (x[2] == "PERSON" and x[0] <= a and b <= x[1])
                                         for a, b, _ in cued)]
    spans = spans + [x for x in cued if not any(x[0] < b and a < x[1] for a, b, _ in spans)]
    fields = place_fields(text)
    towns = cued_places(text, fields)  # over the model's span of the town or inside it (`v kraju Novo mesto`: PERSON `Novo`)
    spans = [x for x in spans if not any((a <= x[0] and x[1] <= b) or cue_and_town(text, x, a, b) or _town_and_lower(text, x, a, b)
                                         or (x[0] <= a and b < x[1] and text[b] == "-")  # (`Tuleme Tartu-st`: the town and its case)
                                         for a, b, _ in towns)]
    spans = spans + [x for x in towns if not any(x[0] < b and a < x[1] for a, b, _ in spans)]
    speakers = chat_speakers(text)  # over the model's label for the same word (`Olympia` a place)
    spans = [x for x in spans if not any(x[0] < b and a < x[1] for a, b, _ in speakers)] + speakers
    spoken = {(s, e) for s, e, _ in speakers}
    lower_speakers = name_lexicon.speaker_names(text)
    lower_named = name_lexicon.lowercase_names(text, lower_speakers)  # (checked by their cue: vouched for below)
    spans = with_listed_names(text, spans, lower_named)
    lower_at = {x for x in lower_named if name_lexicon.kin_or_caller(text, *x)}
    field_towns = field_values(fields)
    spans = [(s, e, "LOCATION") if (s, e, "LOCATION") in towns or (ent == "PERSON" and (s, e) in field_towns and (s, e) not in spoken)
             else (s, e, ent) for s, e, ent in spans]  # (`Girona` is a name too)
    cued_at = {(s, e) for s, e, _ in cued}
    for start, end, entity in sorted(spans):
        entity = cue_label(text, start, end, entity)
        if not entity or (entity == "PERSON" and cues.pronoun_speaker(text, start, end)):
            continue
        if cues.NAMESAKE_BEFORE.search(text[max(0, start - 24) : start]) or cues.SAINTS_PLACE.fullmatch(text, start, end + 2):
            continue  # `Via dei Tigli`, `baptised at St Michael's`: the name a street or a church is given
        if cues.SITE_BEFORE.search(text[max(0, start - 40) : start]) and (entity == "LOCATION" or place(text[start:end])
                                                                          or place(text[start:end].split()[0])):
            continue  # `Ihre Filiale in Salzburg`, `sede di Verona` (read as a name): the company's site
        if ((" " not in text[start:end] or entity == "LOCATION" or place(text[start:end].split()[0])) and (start, end) not in spoken
                and (cues.BRANCH_AFTER.match(text, end) or cues.SITE_AFTER_FOREIGN.match(text, end))):
            continue  # `Fitzroy branch`, `Brighton depot`, `Toronto Queen West location`: a site of the firm (label conventions: no person, no place)
        if entity == "PERSON" and (start, end) not in spoken and town_not_name(text, start, end):
            entity = "LOCATION"  # a town no list holds as a name (`Nato/a a: Sassari`)
        if (entity == "LOCATION" and " " not in text[start:end] and cues.PHONE_AFTER.match(text, end) and not place(text[start:end])
                and _SAID_OPENING.search(text, max(0, start - 40), start)):
            entity = "PERSON"  # `: Yatin, +91 81237 55005`: whom to call, no town the lists hold
        if entity == "PERSON" and country(text[start:end]) and _TRIP_AFTER.match(text, end):
            entity = "LOCATION"  # `Subject: Jamaica trip - passport details`: where one travels
        if cues.pet_name(text, start, end):
            continue  # a pet by its kind or its field, whatever the model calls it (label conventions: no person)
        if entity == "LOCATION" and " " not in text[start:end] and cues.REPLY_FROM.search(text[max(0, start - 30) : start]) and (
                not place(text[start:end]) or name_lexicon.listed(text[start:end])):
            entity = "PERSON"  # `Svar frá Bína`: who wrote the reply
        if entity == "LOCATION":
            if (_ORG_BEFORE.search(text[max(0, start - 60) : start]) or _WELCOME_TO.search(text[max(0, start - 20) : start])
                    or _REGISTERED_IN.search(text[max(0, start - 40) : start])):
                continue  # `École primaire du Boisé`, `Welcome to Nordavia!`: an organisation, a brand
            if _DOCTOR_TOWN.search(text, max(0, start - 40), start) or _MODEL_YEAR.search(text, max(0, start - 12), start):
                continue
            if " " in text[start:end] and text[start:end].rsplit(None, 1)[1] in _SITE_TAILS and not _CAPITAL_DC.fullmatch(text, start, end):
                continue  # `arrived at Mandaue DC`, `(Johannesburg DC)`: the firm's distribution centre
            if " " not in text[start:end] and _ROOM_NUMBER_AFTER.match(text, end) and name_lexicon.common_word(text[start:end]):
                continue  # `moved to Studio 2`, `Gate 14`: a room or a gate by its number, no town
            if _FROM_BEFORE.search(text, max(0, start - 6), start) and _HERE_AFTER.match(text, end):
                continue  # `Paul from Crystal Clear Windows here`: the firm a caller speaks for
            if language_or_tool(text[start:end]) or text[start:end].lower().strip(".") in cues.MONTH_ABBR or (
                    " " not in text[start:end] and month_name(text[start:end]) and not place(text[start:end])):
                continue  # `enrolled in German A1`: a language; `moving to Ballarat in Jan`: a month
            if cues.SITE_AFTER_FOREIGN.match(text, end):
                continue  # `kargo Bursa aktarma merkezinde`: the company's site
            state = _STATE_AFTER.match(text, end)
            region = _REGION_AFTER.match(text, end)
            if state:
                end = state.end()  # `Dayton, OH`: the town and its state, one place
            elif region and region.group(1).lower() in _REGIONS:
                end = region.end()  # `Born in: Tulsa, Oklahoma`: the town and its state (a country after it is a place of its own)
        if entity == "PERSON" and cues.sender_is_domain(text, start, end, name_lexicon.listed):
            continue  # `From: Ticketmaster <customer_support@email.ticketmaster.com>`: a firm sending as its domain
        if entity == "PERSON" and " " not in text[start:end] and _WELCOME_TO.search(text[max(0, start - 20) : start]):
            continue  # `Welcome to Jetts!`: a brand
        if entity == "PERSON":
            # a greeting's or a sign-off's name was checked where it was found, and so was a given name
            # in lower case (only the cues of name_lexicon.lowercase_names give one: the model's need capitals)
            vouched = ((start, end) in cued_at or (start, end) in spoken  # (a chat's speakers were checked as such)
                       or (start, end) in lower_at
                       or (text[start:end].islower() and not cues.ROLE_WORDS.intersection(text[start:end].split())
                           and (" " not in text[start:end] or (name_lexicon.self_naming_before(text, start)
                                                               and not any(not_name_word(w) for w in text[start:end].split())))))
            if (start, end, "PERSON") not in own:  # (the words after a name one says are not grown over: `sóc Xavier d'Assegurances`)
                start, end = grow_name(text, start, end)
            end = _before_degrees(text, start, end)  # (grown over them)
            if place(text[start:end].split()[0]) and cues.BRANCH_AFTER.match(text, end) and (start, end) not in spoken:
                continue  # (grown over a town: `Toronto Queen West location`, a site of the firm)
            if kin_shop(text, start, end):
                continue
            if not (vouched or person_ok(text[start:end])) or (text[start:end] in WEEKDAYS and not person_cue_before(text, start)):
                continue
            if opens_line_or_sentence(text, start) and not all(name_lexicon.listed(w) for w in text[start:end].split()) and (
                    (_LABEL_OF_NAME.match(text, end) and text.count(" ", start, end) < 3)
                    or (_LABEL_OF_ANSWER.match(text, end) and " " in text[start:end])):
                continue  # `Requester: Taylor Soto`, `Nama Siswa : Putri`, `Gift Aid: yes`: a field's label
            words_after = _WORDS_AFTER.match(text, end)
            if (words_after and any(ORG_WORD.search(w) for w in words_after.group(0).split())) or cues.DESK_AFTER.match(text, end):
                continue  # `Aurora Miles Member Services <members@...>`, `Turkcell müşteri hizmetlerine`: a desk named after its brand
            pair = _GIVEN_PAIR.fullmatch(text, start, end)
            if pair and name_lexicon.given_name(pair.group(1)) and name_lexicon.given_name(pair.group(2)):
                out += [(pair.start(1), pair.end(1), entity), (pair.start(2), pair.end(2), entity)]
                continue  # `Operarios: Gilberto y Odalys`: two people
        out.append((start, end, entity))
    # lower-case speakers of a chat with capitals elsewhere (`2025-08-12 13:04:38 shane nelson: hi`)
    out += [(s, e, "PERSON") for s, e in lower_speakers if not any(s < b and a < e for a, b, _ in out)]
    out += [x for x in mentioned_names(text) if not any(x[0] < b and a < x[1] for a, b, _ in out)]
    # a lower-case line of a transcript in a text with capitals elsewhere (`caller: ... from boise on tuesday`)
    out += [(s, e, "LOCATION") for s, e in _lower_line_places(text) if not any(s < b and a < e for a, b, _ in out)]
    for start, end, entity in list(out):  # `M. Charlier (Henri)`: the given name in brackets after the surname
        m = _GIVEN_IN_BRACKETS.match(text, end) if entity == "PERSON" else None
        if m and name_lexicon.given_name(m.group(1)) and not any(m.start(1) < b and a < m.end(1) for a, b, _ in out):
            out.append((m.start(1), m.end(1), "PERSON"))
    for start, end, entity in list(out):
        if entity != "PERSON":
            continue
        m = cues.AND_NAME.match(text, end)
        if m and person_in_text(m.group(1)) and not cues.COMPANY_AFTER.match(text, m.end(1)):
            s2, e2 = m.span(1)
            out = [x for x in out if not (x[0] < e2 and s2 < x[1])]  # the model's label there loses
            out.append((s2, e2, "PERSON"))
        before = _GIVEN_AND_BEFORE.search(text, max(0, start - 30), start)
        if (before and name_lexicon.given_name(before.group(1)) and not name_lexicon.common_word(before.group(1))
                and not place(before.group(1)) and not any(x[0] < before.end(1) and before.start(1) < x[1] for x in out)):
            out.append((before.start(1), before.end(1), "PERSON"))  # `Erin & Samuel Perez`: two people, the first by her given name
    out = _surname_first(text, out)
    out.sort()
    kept: list[tuple[int, int, str]] = []
    for s in out:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return kept


# A surname before the given name: in capitals (`- FONTAINE Julien, né(e) le`) or with a comma
# (`claim #0799 for Nguyen, Jessica (DOB`), one name; not in a list (`Paris, Lyon,`, `Smith, Maria and`)
_CAPS_SURNAME_GIVEN = regex.compile(r"(?<![\pL\pM'’.-])(\p{Lu}{3,}(?:[-'’]\p{Lu}+)?) (\p{Lu}\p{Ll}[\p{Ll}\pM]+(?:-\p{Lu}\p{Ll}+)?)(?![\pL\pM\d])")
_SURNAME_COMMA_BEFORE = regex.compile(r"(?<![\pL\pM'’.-])(?<![,&/][ \t]?)(\p{Lu}\p{Ll}[\p{Ll}\pM'’-]+(?:\p{Lu}\p{Ll}+)?),[ \t]+\Z")
# (a surname that is a given name too needs a word that leads to one person: `for Patel, Rachel`, `Patient: Nguyen, Lan`,
# a CRM's breadcrumb `Contacts > Kay, Noel`)
_SURNAME_LEAD = regex.compile(r"(?i)(?:\b(?:for|re|regarding|of|patient|client|customer|cust|member|insured|subscriber|tenant|pupil"
                              r"|student|employee|guest|name|nom|nombre|naam|contact|contacts|bidder|applicant|borrower|hirer)[ \t]*[:>]?|[:>])[ \t]*\Z")
_LIST_GOES_ON = regex.compile(r"[ \t]*(?:,[ \t]*\p{Lu}|(?:and|&|und|et|y|e|en|og|och)[ \t]+\p{Lu})")


def _surname_first(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a surname written first to the given name after it (see _CAPS_SURNAME_GIVEN)."""
    joined: list[tuple[int, int]] = []
    for m in _CAPS_SURNAME_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if (name_lexicon.surname(sur) and not name_lexicon.everyday_word(sur) and name_lexicon.given_name(given)
                and not name_lexicon.everyday_word(given)  # (`Surname: SMITH Given names:`)
                and not place(given) and not text[: m.start()].rstrip(" \t")[-1:].isupper()):
            joined.append(m.span())
    for s, e, ent in spans:
        if ent != "PERSON" or " " in text[s:e] or not name_lexicon.given_name(text[s:e]):
            continue
        m = _SURNAME_COMMA_BEFORE.search(text, max(0, s - 30), s)
        lead = bool(m) and bool(_SURNAME_LEAD.search(text, max(0, m.start(1) - 25), m.start(1)))
        # (a word that leads to one person vouches for a surname that is a town too: `Contacts > Campbell, Samantha`)
        if (m and name_lexicon.surname(m.group(1)) and (not name_lexicon.given_name(m.group(1)) or lead)
                and (lead or not place(m.group(1))) and not name_lexicon.everyday_word(m.group(1)) and not _LIST_GOES_ON.match(text, e)):
            joined.append((m.start(1), e))
    if not joined:
        return spans
    keep = [x for x in spans if not any(a < x[1] and x[0] < b and (x[2] == "PERSON" or (a <= x[0] and x[1] <= b)) for a, b in joined)]
    return keep + [(a, b, "PERSON") for a, b in joined
                   if not any(x[0] < b and a < x[1] for x in keep)]


def _town_and_lower(text: str, span: tuple[int, int, str], start: int, end: int) -> bool:
    """The model's span is the town and lower-case words after it (`viure a Vic al setembre`: PERSON `Vic al`)."""
    return span[0] == start and end < span[1] and not any(w[:1].isupper() for w in text[end:span[1]].split())


def _lower_line_places(text: str) -> list[tuple[int, int]]:
    """`lowercase_places` of the lines that hold no capital (its cues stay within a line)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line == line.lower():
            out += [(at + s, at + e) for s, e in lowercase_places(line)]
        at += len(line) + 1
    return out


def repeated_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name found once is a name wherever the text repeats it: the whole name, or its
    listed given name alone (`Angelica Pangilinan: ...` then `Salamat Angelica!`), over a
    model's LOCATION for the same word (`my name is Comfort`)."""
    names: set[str] = set()
    worded: set[str] = set()  # given names that are words too (`Angelica`, `Grace`): not where a sentence opens
    for s, e, ent in spans:
        if ent != "PERSON":
            continue
        words = text[s:e].split()
        if len(words) > 1 or name_lexicon.given_name(words[0], alone=True) or (
                len(words[0]) > 3 and not name_lexicon.listed(words[0]) and not name_lexicon.everyday_word(words[0])):
            names.add(text[s:e])  # (a name no list holds is no word either: `my name is samaksh` ... `hi samaksh`)
        if len(words) > 1 and len(words[0]) > 2 and words[0][0].isupper() and name_lexicon.given_name(words[0]):
            names.add(words[0])
            if not name_lexicon.given_name(words[0], alone=True):
                worded.add(words[0])
        elif (len(words) > 1 and len(words[0]) > 3 and words[0][0].isupper() and words[0].isalpha()
              and not name_lexicon.listed(words[0]) and not name_lexicon.everyday_word(words[0])):
            names.add(words[0])  # a given name no list holds, and no word either (`Trúmann Hávarsdóttir` ... `Kveðja, Trúmann`)
    if not names:
        return spans
    added: set[tuple[int, int]] = set()
    for s, e in name_occurrences(text, names):
        if any(a < e and s < b and not (a == s and b == e and ent == "LOCATION") for a, b, ent in spans):
            continue  # found already, or inside another span (an e-mail, an address, a longer name)
        if text[s:e].lower() in name_lexicon.CALENDAR:  # `April` of `April Silva`: after a greeting or a sign-off only
            if person_cue_before(text, s) and not _DIGIT_AFTER.match(text, e):
                added.add((s, e))
            continue
        if text[s:e] in worded and opens_line_or_sentence(text, s) and not _LINE_OF_ITS_OWN.match(text, e):
            continue  # (a line of the name alone is a sign-off: `...⏎⏎Janet`)
        if " " not in text[s:e] and cues.BRANCH_AFTER.match(text, e):
            continue  # `Fitzroy branch`: the site named after the place, not the person
        if text[s:e].islower() or clean(text, s, e, "PERSON", opening_ok=True) == (s, e):
            added.add((s, e))  # (a name in lower case was found after a cue: `clean` reads capitals)
    if not added:
        return spans
    return sorted([x for x in spans if (x[0], x[1]) not in added] + [(s, e, "PERSON") for s, e in added])


_GLUED_BEFORE = regex.compile(r"[\pL\pN@._\-]")
_GLUED_AFTER = regex.compile(r"[\pL\pN@]")


def name_occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where the names stand alone in the text, left to right, the longest at each place and
    none inside another: what one alternation regex of the names finds, without compiling one
    per text (that compile was 8% of a message log's scan)."""
    longest: dict[int, int] = {}
    for n in names:
        i = text.find(n)
        while i >= 0:
            j = i + len(n)
            if not (i and _GLUED_BEFORE.match(text, i - 1)) and not _GLUED_AFTER.match(text, j) and longest.get(i, 0) < len(n):
                longest[i] = len(n)
            i = text.find(n, i + 1)
    out: list[tuple[int, int]] = []
    for i in sorted(longest):
        if not out or i >= out[-1][1]:
            out.append((i, i + longest[i]))
    return out


_DIGIT_AFTER = regex.compile(r"[ \t]*\d")
_LINE_OF_ITS_OWN = regex.compile(r"[ \t]*[.!,]?[ \t]*(?:\r?\n|\Z)")
_NUMBER_AFTER = regex.compile(r"[ \t]+\+?\d(?:[ \t]?\d){8,12}(?!\d)")  # (`0722739934`, `0763 671590`)


def _desk(words: str) -> bool:
    """Words that name a support desk (`Apoio ao Cliente`, `Customer Service`, `zákaznická podpora`)."""
    ws = [w.lower() for w in words.split()]
    return any(w in cues.DESK_WORDS for w in ws) and all(w in cues.DESK_WORDS or w in cues.ROLE_WORDS or len(w) <= 3 for w in ws)


def signature(name: str) -> bool:
    """A listed given name alone (no town: `Paris`), or a given name and a surname."""
    words = name.split()
    if len(words) == 1:
        return name_lexicon.given_name(name, alone=True) and not place(name)
    if len(words[0].rstrip(".")) == 1:  # `-- J Wyatt`: an initial and a listed surname
        return len(words) == 2 and name_lexicon.surname(words[1], alone=True)
    return name_lexicon.given_name(words[0]) and (name_lexicon.surname(words[1]) or name_lexicon.plausible_surname(words[1]))


def town_not_name(text: str, start: int, end: int) -> bool:
    """One word the place list holds and the name lists do not, with nothing before it
    that calls a person (`Dear Falan`, `Cordialement, Colin`)."""
    word = text[start:end]
    return (" " not in word and place(word) and not name_lexicon.listed(word) and not person_cue_before(text, start)
            and not cues.NUMBER_SPEAKS.match(text, end))  # (`Týr (663 9375):` a contact)


def addressee_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in cues.NAMES_LINE.finditer(text[:2000]):
        words = [(w.start(), w.end()) for w in cues.NAMES_LINE_WORD.finditer(text, *m.span(1))]
        if all(name_lexicon.given_name(text[s:e]) and not not_name_word(text[s:e].lower()) for s, e in words):
            out.extend(words)
    return out


def is_role(word: str) -> bool:
    return word in cues.ROLE_WORDS or bool(cues.ONLY_TITLE.match(word))


def only_lead_words(part: str) -> bool:
    return all(not_name_word(w.strip(".,:;()").lower()) for w in part.split())


def not_surname(word: str) -> bool:
    return not_name_word(word) or bool(cues.FUNCTION_WORD.match(word))


def with_listed_names(text: str, spans: list[tuple[int, int, str]],
                      lower_names: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Add the names the lists know (name_lexicon): a listed pair takes the place of model
    spans inside it (`Harper, Danielle` over LOCATION `Danielle`); a lone given name only
    fills a gap the model left."""
    spans = [(s, e, "PERSON") if ent == "LOCATION" and " " not in text[s:e] and name_lexicon.given_name(text[s:e], alone=True)
             else (s, e, ent) for s, e, ent in spans]  # the model's `Rebecca`, `Shannon` as places; place cues still decide
    words = name_lexicon.name_words(text)
    for s, e in name_lexicon.name_pairs(text, is_role, words, not_surname) + name_lexicon.initial_surnames(text) + addressee_names(text):
        if any(a < e and s < b and not (s <= a and b <= e) and not only_lead_words(text[a:s] + " " + text[e:b])
               for a, b, _ in spans):
            continue  # the model's span crosses it or holds it (more than a role: `Landlord Smith`)
        lead = cues.LEAD_PERSON.match(text[s : s + 60])
        if lead and lead.end() >= e - s:
            continue  # `Selamat Hari` of `Selamat Hari Jadi`: a greeting's or a wish's words, listed as names or not
        span = clean(text, s, e, "PERSON")
        if span:
            spans = [x for x in spans if not (x[0] < e and s < x[1])] + [(span[0], span[1], "PERSON")]
    m = cues.OPENING_NAME.match(text)  # (a listed given name; the cue vouches for the word opening the text)
    if (m and name_lexicon.given_name(m.group(1)) and not place(m.group(1)) and not not_name_word(m.group(1).lower())
            and not any(a < m.end(1) and m.start(1) < b for a, b, _ in spans)):
        span = clean(text, *m.span(1), "PERSON", opening_ok=True)
        spans += [(span[0], span[1], "PERSON")] if span else []
    for s, e in name_lexicon.lowercase_names(text) if lower_names is None else lower_names:
        if not any(a < e and s < b for a, b, _ in spans) and not name_lexicon.person_brand(text[s:e]):
            spans.append((s, e, "PERSON"))  # (`a charge from Jack Daniel's`: a brand after the cue)
    for s, e in name_lexicon.single_given_names(text, not_name_word, words):
        if cues.FUNCTION_WORD_AFTER.match(text, e) and opens_line_or_sentence(text, s):
            continue  # `Nací el 16 de julio`: a verb opening a sentence of another language
        if name_lexicon.number_before(text, s):
            continue  # `2019 Hyundai i30`, `221 Charles`
        if not any(a < e and s < b for a, b, _ in spans):
            span = clean(text, s, e, "PERSON", opening_ok=True)
            if span:
                spans.append((span[0], span[1], "PERSON"))
    for s, e in name_lexicon.upper_single_names(text, words):  # `DRIVER: BARBARA`, `Nom : LEBRUN`: after a role or name label only
        if (not any(a < e and s < b for a, b, _ in spans) and person_cue_before(text, s) and not cues.GLUED_AFTER.match(text, e)
                and not cues.COMPANY_AFTER.match(text, e)):  # (`DR. BERGMANN & KOLLEGEN`: a firm)
            spans.append((s, e, "PERSON"))
    return spans
