"""Named validators referenced from rules/recognizers.yaml.

Each takes the matched text and returns True when it is a real instance of its entity.
They run only on prefiltered candidate spans, never on every cell, and the recognizer
caches their verdicts (columns repeat values).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import ipaddress
import math
import runpy
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import regex
import tldextract

from pii_audit.detection import name_lexicon, ner_cues, place_lexicon
from pii_audit.detection.phones import national_mobile, valid_international, valid_national

# An offline extractor: the bundled suffix-list snapshot, never a download.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

Validator = Callable[[str], bool]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


_FIRST_GROUP = regex.compile(r"\s*([0-9]+)[^0-9]")


def _separators_consistent(text: str) -> bool:
    """`4111 1111-1111 1111` mixes separators: real numbers are written one way."""
    seps = {c for c in text if not c.isalnum()}
    return len(seps) <= 1


# Issuer prefixes and the lengths their cards have (ISO/IEC 7812, the schemes' own tables).
_CARD_RANGES = (
    (("4",), (13, 16, 19)),  # Visa
    (("51", "52", "53", "54", "55") + tuple(str(p) for p in range(2221, 2721)), (16,)),  # Mastercard
    (("34", "37"), (15,)),  # Amex
    (("300", "301", "302", "303", "304", "305", "36", "38", "39"), (14, 15, 16, 17, 18, 19)),  # Diners
    (("6011", "65", "644", "645", "646", "647", "648", "649"), (16, 17, 18, 19)),  # Discover
    (tuple(str(p) for p in range(3528, 3590)), (16, 17, 18, 19)),  # JCB
    (("62",), (16, 17, 18, 19)),  # UnionPay
    (("50", "56", "57", "58", "63", "67", "69"), (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
)


def _card_issuer_ok(digits: str) -> bool:
    return any(len(digits) in lengths and digits.startswith(prefixes) for prefixes, lengths in _CARD_RANGES)


def luhn(text: str) -> bool:
    digits = _digits(text)
    if not 12 <= len(digits) <= 19 or not _card_issuer_ok(digits):
        return False
    if len(set(digits)) < 3 or not _separators_consistent(text):
        return False
    group = _FIRST_GROUP.match(text)
    if group and len(group.group(1)) != 4:
        return False  # a card written in groups opens with four digits (`562-1882993-5619231` is an order number)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ISO 13616 lengths of the countries that issue IBANs.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban(text: str) -> bool:
    s = text.replace(" ", "").upper()
    expected = _IBAN_LENGTHS.get(s[:2])
    if expected is None or len(s) != expected or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def us_ssn(text: str) -> bool:
    d = _digits(text)
    if len(d) != 9 or not _separators_consistent(text):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    # Never issued: area 000, 666 and 900-999, group 00, serial 0000.
    if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
        return False
    # Advertising / test numbers (987-65-4320..4329 and a few famous ones) are never real.
    if d.startswith("98765432") or d in {"123456789", "078051120", "219099999"}:
        return False
    return len(set(d)) > 2


def aba_routing(text: str) -> bool:
    d = _digits(text)
    if len(d) != 9:
        return False
    w = (3, 7, 1) * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def bank_number(text: str) -> bool:
    d = _digits(text)
    if not 8 <= len(d) <= 17 or len(set(d)) <= 2:
        return False
    # a run like 12345678 or 98765432 is a placeholder, not an account
    steps = {(int(b) - int(a)) % 10 for a, b in zip(d, d[1:])}
    return len(steps) > 1


# Addresses of a private network (RFC 1918, link-local, IPv6 unique-local and link-local)
# name a machine inside one, not someone on the internet; `private_ips_are_personal` in
# rules/detection.yaml counts them (an intranet whose DHCP leases map them to staff).
_PRIVATE_NETS = tuple(ipaddress.ip_network(n) for n in
                      # 100.64/10: carrier-grade NAT (RFC 6598), a provider's side, no subscriber's address
                      ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "fc00::/7", "fe80::/10"))
_PRIVATE_IPS_PERSONAL = False


def set_private_ips(personal: bool) -> None:
    global _PRIVATE_IPS_PERSONAL
    _PRIVATE_IPS_PERSONAL = bool(personal)


def ip(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    # 0.0.0.0, broadcast and loopback carry no personal meaning
    if addr.is_unspecified or addr.is_loopback or str(addr) == "255.255.255.255":
        return False
    return _PRIVATE_IPS_PERSONAL or not any(addr in net for net in _PRIVATE_NETS if net.version == addr.version)


def ipv4(text: str) -> bool:
    # leading zeros (`01.02.03.04`) are how versions and dates are padded, not addresses
    if any(len(p) > 1 and p[0] == "0" for p in text.split(".")):
        return False
    return ip(text)


def ipv6(text: str) -> bool:
    if text.count(":") < 2:
        return False
    return ip(text)


@lru_cache(maxsize=65536)  # a column repeats a few domains
def _email_domain_ok(domain: str) -> bool:
    ext = _TLD(domain)
    return bool(ext.suffix and ext.domain)


def email(text: str) -> bool:
    local, _, domain = text.rpartition("@")
    if not local or len(local) > 64 or ".." in local or local.endswith("."):
        return False
    return _email_domain_ok(domain.lower())


def email_urlencoded(text: str) -> bool:
    """`jane.doe%40example.com` in a query string."""
    return email(text.replace("%40", "@").replace("%2B", "+").replace("%2b", "+"))


_PHONE_REGIONS: tuple[str, ...] = ("US", "GB")


def set_phone_regions(regions: list[str]) -> None:
    global _PHONE_REGIONS
    new = tuple(r.upper() for r in regions)
    if new != _PHONE_REGIONS:
        _PHONE_REGIONS = new
        _phone_cached.cache_clear()
        phone_mobile_trunk.cache_clear()


# Shapes of digits that are no phone number: dates and times (an ISO date with the hour of a
# timestamp cut off, `2024-12-13 22`, is one too), an IPv4 address (`10.60.163.98`), a
# Brazilian postcode (`08483-152`), a file number of a year (`UR-Nr. 0841/2026`) and the
# placeholder `123-456-7890`.
_NOT_PHONE_SHAPE = regex.compile(
    r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$|^\d{1,2}:\d{2}"
    r"|^(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[ T][0-9]{1,2}$"
    r"|^(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?[0-9]{2}[ T][0-9]{1,2}$"  # (a date and its hour: `[09.11.26 11:47]`)
    r"|^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"
    r"|^[0-9]{5}-[0-9]{3}$|^[0-9]{1,6}/(?:19|20)[0-9]{2}$|^(?:19|20)[0-9]{2}/[0-9]{3,6}$|^\(?123\)?[-. ]?456[-. ]?7890$"
    r"|^-?(?:[1-9]?[0-9]|1[0-7][0-9])\.[0-9]{5,8}$"  # a year's serial (`DA/2025/3052`); a coordinate
    r"|^\+?[0-9]{3}/[0-9]{4}/[0-9]{5}$")  # a Belgian transfer's structured message (`+++626/2747/35359+++`)
_EXTENSION = regex.compile(r"\s*(?:x|ext\.?|extension)\s*\d{1,6}$", regex.I)


@lru_cache(maxsize=65536)
def _phone_cached(text: str) -> bool:
    # the extension (`x59238`) is not part of the number's length
    digits = _digits(_EXTENSION.sub("", text))
    if not 7 <= len(digits) <= 15 or len(set(digits)) < 3:
        return False
    t = text.strip()
    # dates, times, addresses and postcodes look like numbers with separators
    if _NOT_PHONE_SHAPE.match(t):
        return False
    if t.startswith("00"):
        t = "+" + t[2:]
    if t.startswith("+"):
        return valid_international(t)
    if any(valid_national(t, region) for region in _PHONE_REGIONS):
        return True
    # an MSISDN: the country code without its plus (`"calling_station_id":"61412123203"`)
    return t.isdigit() and len(t) >= 11 and t[0] != "0" and valid_international("+" + t)


def phone(text: str) -> bool:
    return _phone_cached(text)


_COMPACT_DATE = regex.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def phone_speaker(text: str) -> bool:
    """`phone`, for a chat line's speaker (PHONE_NUMBER.speaker): not a compact date
    (`[10:32] 20261124:` is a log's day)."""
    return not _COMPACT_DATE.fullmatch(text.strip()) and _phone_cached(text)


def phone_trunk(text: str) -> bool:
    """`phone`, for a national number found by its trunk prefix (`0662 50256577`,
    `(03) 6547 9681`): groups of digits before the 0 join the match (PHONE_NUMBER.trunk),
    and a span that does not start with the trunk is part of a longer number
    (`9404 5638 0973 7877 8101 99`, `RF72 4644 0322 74`)."""
    t = text.strip()
    return t[:1] in ("0", "(") and _phone_cached(t)


@lru_cache(maxsize=16_384)
def phone_mobile_trunk(text: str) -> bool:
    """An unspaced national mobile number (`0742138580`): PHONE_NUMBER.trunk-unspaced."""
    t = text.strip()
    return t.isdigit() and 9 <= len(t) <= 11 and len(set(t)) >= 4 and national_mobile(t, _PHONE_REGIONS)


@lru_cache(maxsize=16_384)
def phone_es(text: str) -> bool:
    """A Spanish number grouped 3-2-2-2 (PHONE_NUMBER.es-grouped)."""
    return len(set(text.replace(" ", ""))) >= 4 and _phone_cached("+34 " + text.strip())


def town_value(text: str) -> bool:
    """A town under a town's field name: a word capitalised as names are (after a lower-case
    kind of place: `г. Тверь`, `село Хотин`), or in a script without case (`調布市`, `용인시`),
    or a listed place however it is written (`leeds`); lower-case words no list holds are
    something else (`vodja enote`)."""
    t = text.strip()
    return bool(t) and (any(w[0].isupper() or (w[0].isalpha() and w[0].lower() == w[0].upper()) for w in t.split())
                        or place_lexicon.place(t))


def regional_street(text: str) -> bool:
    """A street of STREET_ADDRESS.regional has its house number (`Heol y Bont` alone is a name)."""
    return any(c.isdigit() for c in text)


_VIETNAMESE_ONLY = frozenset("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def vietnamese_street(text: str) -> bool:
    """The street of STREET_ADDRESS.vietnamese-city is named in Vietnamese (`Lý Thường Kiệt`), not
    `12 Main Street, Hue`."""
    street = text.rsplit(",", 1)[0]
    return any(c in _VIETNAMESE_ONLY for c in street.lower())


def phone_nanp(text: str) -> bool:
    """A North American number written in dots (PHONE_NUMBER.us-dotted): valid in the US or Canada."""
    t = text.strip()
    return valid_national(t, "US") or valid_national(t, "CA")


def phone_urlencoded(text: str) -> bool:
    """`%2B447700900123` or `%2B44%207700%20900123` in a query string."""
    return _phone_cached(text.replace("%2B", "+").replace("%2b", "+").replace("%20", " "))


_NOT_SECRETS = {
    "true", "false", "null", "none", "nil", "n/a", "na", "yes", "no", "redacted", "hidden", "****",
    "unset", "default", "empty", "blank", "unknown", "disabled", "enabled", "required", "optional",
    "sha256", "sha512", "bcrypt", "argon2", "md5", "hashed", "encrypted", "<redacted>", "[redacted]",
    "[filtered]", "filtered", "masked", "secret", "password", "changeme?", "none_set", "*****", "******",
}


# a date or a time stamp is when a password changed or expires, not one (`2025-01-23`,
# `2025-01-23T10:04:00Z`, `23.01.2025 10:04`) under a header in a language no list knows
_DATE_STAMP = regex.compile(r"(?:\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d))"
                            r"(?:[ T]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")


def password(text: str) -> bool:
    t = text.strip().strip("\"'")
    if len(t) < 4 or t.lower() in _NOT_SECRETS or set(t) <= set("*xX#•-._") or _DATE_STAMP.fullmatch(t):
        return False
    # `${DB_PASSWORD}`, `%(pw)s`, `{{ secret }}`, `<password>`: templates, not values
    return not (t.startswith(("${", "%(", "{{", "<")) or t.endswith(("}", ">")))


def entropy(text: str) -> float:
    if not text:
        return 0.0
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def high_entropy(text: str) -> bool:
    t = text.strip()
    if len(t) < 16:
        return False
    # (hex draws from 16 symbols: a random 32-digit key measures ~3.4 bits a character)
    floor = 3.0 if len(t) >= 24 and all(c in _HEX_DIGITS for c in t) else 3.5
    return entropy(t) >= floor and any(c.isdigit() for c in t) and any(c.isalpha() for c in t)


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_NOT_NAMES = {
    "true", "false", "null", "none", "nil", "n/a", "na", "yes", "no", "unknown", "test", "admin",
    "administrator", "user", "guest", "anonymous", "default", "system", "root", "customer", "client",
    "tbd", "todo", "deleted", "redacted", "empty", "other", "various", "support", "info", "sales",
    # chat roles and service names, never a person's whole name (`Visitor:`, `Customer Care`)
    "visitor", "agent", "operator", "bot", "assistant", "moderator", "representative", "care", "success",
    "experience", "relations", "service", "services", "desk", "portal", "operations", "happiness",
}


def person_name(text: str) -> bool:
    t = text.strip()
    if not 2 <= len(t) <= 80 or t.lower() in _NOT_NAMES:
        return False
    words = t.replace(",", " ").replace("/", " ").split()  # `DOE/JANE`: the airline form
    if not 1 <= len(words) <= 6:
        return False
    # ALL-CAPS single tokens are codes (`NUM-GB-MOBILE`, `ENGAGECRM`), not names, but for
    # the names of the lists (an airline's `WILLIAMS`, `STACEY`)
    return not (len(words) == 1 and t.isupper() and len(t) > 3 and not listed_caps(t))


def listed_caps(word: str) -> bool:
    """A word in capitals that the lists hold whole as a given name or a surname."""
    key = name_lexicon.fold(word)
    return name_lexicon.listed_words([key], "given")[0] or name_lexicon.listed_words([key], "surname")[0]


# Lower-case words inside a name: the particles of `Olivier Dos Santos`, `Van der Berg`.
_PARTICLES = {"van", "von", "der", "den", "de", "dela", "delos", "la", "le", "du", "dos", "das", "da", "do", "di", "del", "della", "bin", "binti", "bte", "ibn", "al", "el", "y", "e", "ter", "ten", "zu", "st",
              "vom", "zum", "zur", "des", "los", "las", "het", "'t", "’t", "ap", "ab", "ní", "nic", "uí", "ó"}  # (`van 't Erve`, `Rhys ap Gwilym`)
# ... and the lower-case words that link a name's parts in more languages (`Juan dela Cruz`,
# `Muhammad al-Rashid`, `Karin af Klint`, `Annemiek in 't Veld`, `Ali ben Salah`)
_NAME_LINKS = _PARTICLES | {"dela", "delos", "degli", "dei", "af", "av", "in", "ben", "bint", "bat", "ferch", "mac", "nic", "ua", "d", "l", "o", "ó"}
# Capitalised words that open sentences in messages; NER often reads them as a name.
_NOT_NAME_WORDS = {
    # greetings, thanks and openers of more languages (`G'day`, Welsh `Diolch`, Estonian
    # `Lugupidamisega`, Catalan `Volia`, Tagalog `Nandito`, Afrikaans `Hy is gebore`)
    "g'day", "g’day", "gday", "diolch", "lugupidamisega", "volia", "nandito", "hy", "goeie",
    "thank", "thanks", "please", "reply", "flash", "hello", "hi", "hey", "dear", "welcome", "reminder",
    "note", "order", "call", "text", "visit", "join", "book", "sale", "save", "get", "see", "check",
    "update", "confirm", "happy", "good", "great", "sorry", "regards", "best", "kind", "cheers", "attention",
    "important", "urgent", "notice", "alert", "free", "new", "today", "tomorrow", "tonight", "yes", "no",
    "ok", "okay", "great", "congratulations", "congrats", "reminder", "appointment", "delivery", "payment",
    "invoice", "account", "service", "support", "team", "customer", "click", "tap", "download", "offer",
    # a role before a name (`Agent Abdul:`) or a team or a desk speaking in a chat export
    "agent", "agente", "agentin", "advisor", "adviser", "operator", "operatore", "operatrice", "atendente",
    "medewerker", "berater", "beraterin", "conseiller", "conseillère", "asesor", "asesora", "handläggare",
    "konsultant", "konsultantka", "moderator", "courier", "kurier", "coursier", "corriere", "rider", "cashier", "recruiter",
    "recrutadora", "recrutador", "reclutadora", "reclutador",
    # desks and trades speaking in a chat or signing (`[07:05] Dispatch:`, `Lead Pharmacist`)
    "dispatch", "dispatcher", "pharmacist", "pharmacy", "concierge", "security", "admissions", "registrar", "bursar",
    "payroll", "billing", "logistics", "warehouse", "chatbot", "bot", "system", "behandelaar", "secretaria", "secretariat",
    "klantenservice", "kundenservice", "kundendienst", "kundeservice", "kundtjänst", "kundtjanst",
    "recepción", "recepcion", "reception", "réception", "recepção", "recepcao", "receptie", "recepcja", "recepce",
    "soporte", "suporte", "supporto", "assistenza", "atendimento", "servicio", "serviço", "servizio", "helpdesk",
    "asiakaspalvelu", "obsługa", "obsluga", "zákaznický", "ügyfélszolgálat",
    "deal", "discount", "opt", "stop", "help", "unsubscribe", "message", "voicemail", "hola", "gracias",
    "bonjour", "merci", "hallo", "danke", "ciao", "grazie", "sincerely", "warm", "love", "xoxo", "ps",
    # greetings, thanks and desks of more languages (`Agent: Kalispera`, `Sixt Destek:`)
    "merhaba", "selam", "kalimera", "kalispera", "efcharisto", "entaxei", "geia", "γεια", "καλημέρα", "καλησπέρα",
    "ευχαριστώ", "tere", "labas", "sveiki", "zdravo", "hejsa", "goddag", "terve", "kiitos", "tak", "takk", "mvh",
    "terveisin", "hilsen", "saygılarımla", "teşekkürler", "tisztelettel", "köszönöm", "mulțumesc", "destek",
    "kundesenter", "asiakastuki", "tuki", "εξυπηρέτηση", "suport",
    # sign-offs of more languages (`Díky,⏎Teodor`)
    "díky", "děkuji", "dekuji", "ďakujem", "vďaka", "gruss", "grüsse", "salam", "hilsen", "üdv", "köszönöm", "salamat",
    "madame", "monsieur", "mademoiselle", "fru", "hr", "rouva", "herra", "bayan", "hanım", "bey", "hoca", "hocam", "doamna", "domnul",
    # titles: part of how a name is addressed, never a name alone
    "mr", "mrs", "ms", "dr", "prof", "sig", "dott", "sr", "sra", "srta", "mme", "mlle", "herr", "frau", "dhr", "mevr",
    "cik", "encik", "puan", "tuan",
}

# Function words of the data's other languages, capitalised at a sentence's or a chat line's
# start (`Sou a Cecilia`, `Depuis la mise à jour`, `Kak, paket saya`, `Atas nama`): never a
# name alone, though the name lists, built from people's records, hold some of them.
FOREIGN_FUNCTION_WORDS = frozenset(
    # Estonian, Latvian, Lithuanian, Albanian, Romanian, Tagalog, Turkish, Slovenian, Icelandic,
    # Catalan, Malay, Swahili: words that open a sentence and that the name lists also hold
    "olen oled oleme soovin palun tere aitäh vai mans mana mēs esam esmu lūdzu paldies labdien sveiki aš esu "
    "prašau ačiū ju unë jemi ishte përshëndetje faleminderit mirëdita aș vă mulțumesc bună ito iyon yung "
    "na-cancel pwede paki geri lütfen merhaba teşekkürler hvala prosim spoštovani lep ég takk góðan bon gràcies "
    "bondia boleh sila habari asante tafadhali ndiyo samahani laba diena minu sinu meie teie demà avui ahir "
    "eish yoh haibo wasalt grazzi mă numesc numele môre goeiemôre dankie baie "
    # (Catalan requests, Malay greetings: `Hola! Voldria enviar`, `Selamat Hari Jadi`)
    "voldria vull necessito podríeu podeu tinc selamat terima assalamualaikum waalaikumsalam eich saadan saadame sawa fins "
    # Vietnamese pronouns of address that open a sentence (`Anh cho em xin ...`, `Dạ em chào chị Mai`)
    "anh chị em ông bà cô chú bác bạn dạ kuidas ngā nga "
    "abbiamo aber această acest acum además agora ahora ai ainda akan ako aku alamat aldri aldrig algo "
    "alguien allerede alles allora allt alltid alstublieft altijd am ama amanhã anche ancora anda ano antara "
    "antes apa après aquel aqui aquilo aquí are astăzi atas até auch aucun aucune aunque aussi avant avec "
    "avem ayer az azi bagaimana baik balasan bapak bardzo bawah belum bent besok bez bien bin bis bisa bist "
    "bitte biz boa bom bu bueno bugün bukas cada car catatan ce ceci cela ces cet cette chaque chez cineva "
    "claro com comment como con cu cuando cum când cómo damit dann dans dar dari dein deine dengan dentro "
    "depois depuis dere desde despre después dessa det dette deze dies diese dieser dieses dimana dine disse "
    "dit dito ditt dla dlaczego dnes domani donc donde doon dopo dove du după durante dzisiaj dziś då déjà "
    "dónde dün děkuji ea efter eftersom ei elas ele eles elke ellas elles ellos előtt encore ennen entonces "
    "entre então er erg eso esta este esto estou estoy está estás estão etter eu euer evet ez fiecare foarte "
    "fordi fuori för före für fără gdzie genial gerne gestern gibi gisteren già graag ha habe haben hacia hai "
    "har hast hasta hat hay hayır heb hebben hebt heeft helaas hem her heute hij hiç ho hoe hogy hoje holnap "
    "hon hoy hun huomenna hur hver hvor hvordan hvorfor hyvin hän ibu ich idag iemand ieri igen igår ihr ik "
    "ikaw il ile ilman ils immer imorgon ingen ingenting inget ini io is isso ist isto itt itu iyan iyon için "
    "ja jag jak jamais jangan je jede jeder jedes jeg jemand jest jestem jesteś jeszcze jetzt ještě jij jl "
    "jokainen joku jouw jsem jsi jsou juga jullie jutro już já jälkeen kadar kahapon kaikki kak kami kamu "
    "kanssa kapan karena kasih każdy každý kde kdy keluhan kemarin kenapa kiedy kiitos kita koska koskaan "
    "ktoś kukaan kun kyllä köszönöm lalu lei leider leur leurs loro luego lui ma maaf maar mais malam mam "
    "mamy mas masih masz mau mañana mbak med meget mein meine mellan mellom men mereka mereu mes meu mezi mie "
    "miei mientras mijn miksi minden mindig mine minha minä misma mismo missä mit miten mitt mitään między "
    "mohon moja moje molto mon morgen most muito mutta muy mycket mye myös má mám máme már máš mâine még mój "
    "nach nad nadie nagyon naman nasz nasza nasıl naše necesito neden nee nei nein nej nem nerede nessuno "
    "ngayon ni nic nichts niciodată nie niemand niente niets nigdy nikdo nikdy nikt nimeni nimic nincs "
    "ninguém noch noen nog noi non nooit nosotros nossa nosso nostro notre nous nu nunca nyt não när nå någon "
    "nélkül nós někdo också od oggi ogni ohne omdat on ona onde oni onlar ons ontem onze ook opo ora otra "
    "otro ott oui où pagi pago pak para pendant penerima pengirim pentru perché perfecto perfetto pero "
    "personne po pod pois por porque pour pourquoi preciso prima pro proszę protože proč przed pues před qua "
    "qualcuno quand quando que quella quello quelque quero questa questo qui quiero qué redan rien sa salamat "
    "sangat sans saya schon se sebelum sedan según sehr sein seine seit sekarang selalu selamat semmi sempre "
    "semua sen senki senza ses setelah setiap seu seus siamo siang siap siapa siden sie siempre sim sin sind "
    "sinds sini sinä siya siz sobre soha somos sono sonra sore sou sous soy sua suas sudah sunt suo sí są ta "
    "tak takk také także también tanpa tapi tato tayo te tegnap tem tengo tenho tento teraz terima tes teď "
    "też ti tidak tiene tienes toda todas todo todos tolong ton tot toto toujours tous tout toute toutes très "
    "tu tua tudo tuo tutti tutto tvoje twoja twój tämä tänään unde unser unter untuk usted ustedes utan uten "
    "után už valaki vandaag var varför varje velmi vers vi vielä você vocês voi voici voilà vor vos vostro "
    "votre vous vy vår våra våre vårt včera všechno vždy waar waarom wann wanneer warum wasz wczoraj weil wie "
    "wij wir wo wszystko wtedy wy ya yarın yok zaten zawsze ze zij zijn zonder zwischen zítra är çok çünkü én "
    "és înainte încă önce över über ő ők şimdi şu și"
    # (Estonian `Kas` asks, Lithuanian `Taip` says yes, Afrikaans `Sy`, `Hy`, `Jy`: she, he, you)
    " kas taip sy hy jy".split())

def _stop_words() -> set[str]:
    """spaCy's English stop words, read from their data file: importing `spacy` for them
    cost 0.4 s of every start, NER or not."""
    spec = importlib.util.find_spec("spacy")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "lang" / "en" / "stop_words.py"
        try:
            words = runpy.run_path(str(path)).get("STOP_WORDS")
        except (OSError, SyntaxError):
            continue
        if isinstance(words, set):
            return {str(w) for w in words}
    return set()  # spaCy without its English data


_STOP = _stop_words() | _NOT_NAME_WORDS | name_lexicon.CALENDAR
STOP_WORDS = frozenset(_STOP)


# Businesses named in their own language, compounds included (`Fjordvet Dyreklinik`,
# `Tannlegesenteret`, `Zurich Versicherung`, `Lemon Tree Suites`): a word ending so is no name's.
ORG_WORD = regex.compile(
    r"(?i:klinik|klinikk|kliniikka|clinique|clínica|clinica|senter|senteret|sentrum|centrum|zentrum|centret|versicherung"
    r"|forsikring|försäkring|vakuutus|sigorta|asigurare|assurances?|assicurazioni|seguros|verzekering|suites|hotell?|hotelli"
    r"|otel|fitness|dentaire|praxis|apotek|apoteket|apotheke|pharmacie|farmacia|eczane|kommune|kommun|gemeinde|bibliothek"
    r"|biblioteket|kirjasto|fundraiser|centre|center|mall|foods?|biryani|pizza|pizzeria|burgers?|bakery|café|cafe|restaurant"
    r"|restaurante|ristorante|trattoria|taqueria|bistro|school|college|university|universidad|università|université|academy"
    r"|akademie|opéra|theatre|theater|teatro|stadium|stadion|estadio|airport|aeroporto|aeropuerto|aéroport|flughafen"
    r"|motors|garage|salon|gym|club|clube|klub|telekom|telecom|mutua|insurance"
    # a team or a desk writing (`Aurora Miles Member Services <members@...>`, `LetCheck Referencing`)
    r"|services|support|helpdesk|desk|team|referencing|notifications|billing|payroll|recruitment|admissions|accounts"
    r"|secretariat|secrétariat|secretaría|sekretariat|kundenservice|klantenservice|servicedesk|noreply|no-reply"
    # a business by its trade (`Brightwell Energy`, `Cairnstone Pensions`, `Alba Mobile`, `Llar Segur Corredoria`)
    r"|assist|energy|energia|energie|pensions?|mobile|broker|brokers|corredoria|corredores|assegurances|asseguradora"
    r"|utilities|telco|leasing|finance|lending|ticketing|tickets|rentals?|logistics|freight|cover|coliseum|arena"
    r"|exports?|exporters|imports|importers|traders|trading|textiles|enterprises|industries|camping|campsite|caravans?"
    r"|holidays|funebri|funeral|funerals|gazette|herald|tribune|chronicle|yachts?|boats|audiology"
    # trades of more languages (`Defne Mali Müşavirlik`, `RapidRoo Entregas`, `Autofficina`, `Veterinaria Los Olivos`)
    r"|\bbiuro|rachunkowe|rachunkowa|księgowe|księgowa|wohnheim|müşavirlik|müşavirliği|danışmanlık|muhasebe|hukuk|bürosu|mimarlık|mimarlik|mühendislik|ofisi|ticaret|inşaat|emlak|kargo|lojistik|entregas|envios|envíos"
    r"|mensajería|autofficina|officina|veterinaria|veterinária|tierklinik|dierenkliniek|eläinklinikka|paketdienst|kurier"
    r"|coworking|bibliotheek|bibliotek|biblioteca|bibliothèque|libreria|apteka|aptiekas|vaistinė|lekáreň|lékárna|farma"
    # laundries, tattoo studios, workshops, care services, camps (`Lavanderia Bolha Azul:`, `Mürekkep Atölye:`)
    r"|lavanderia|lavandería|laundry|laverie|wäscherei|tattoo|tattoos|atölye|atölyesi|workshop|werkstatt|pflegedienst"
    # bicycle shops (`Fietsenmaker De Spaak:`, `Rijwielhandel Jansen`, `Hobson's Choice Cycles`)
    r"|fietsenmaker|fietsenwinkel|fietsenzaak|rijwielhandel|fahrradladen|fahrradwerkstatt|cykelværksted|cykelverkstad|cycles|bikes"
    r"|campamento|campamentos|camps|plumbing|sửa|hausverwaltung|verwaltung|coordination|scheduling|dispatch|enquiries"
    r"|inquiries|reservations|operations|elementary|kindergarten|preschool|montessori|movers|removals|removalists|verhuizers|umzüge|mudanzas|mudanças|traslochi|déménagements|flyttfirma|works|escola|escuela|école|scuola|schule|skola|szkoła|kundklubb|kundeklubb|kundeklub|wifi|wi-fi|eventi|events|eventos|evenementen|wedding|weddings|bridal|aeroport|aeroportul|letališče"
    # hospitals and funeral homes (`Kloof Animal Hospital`, `Pompes Funèbres Lacroix`, `Begrafnisdienste`, Basque `Beilatokia`)
    r"|hospital|hospitals|hospice|funèbres|funebres|begrafnisdienste|begrafnisonderneming|beilatokia|beilatoki|hiletak"
    # dental practices and shops by their kind (`Clifton Smiles Dental Care`, `Jack Wills Outlet`)
    r"|dental|dentistry|dentists|orthodontics|homecare|healthcare|outlet|outlets|kitchen|partnership|physio|physiotherapy|fisioterapia|fysiotherapie|physiotherapie"
    # nurseries (`Meithrinfa Cywion Bach`, `Vrtec Mavrica`), letting agents (`Harbourkey Lets`, `Finques Roca`),
    # Icelandic firms by their ending (`Tannlæknastofan`: the dental practice, `Hjólaleigunni`: the bike hire)
    r"|nursery|nurseries|daycare|crèche|creche|childcare|\bkita|kinderkrippe|guardería|meithrinfa|vrtec|leikskóli|leikskólinn"
    r"|lasteaed|darželis|lopšelis|creșă|creșa|grădiniță|grădinița|anaokulu|kreş|kreşi|\blets|lettings|realty|properties"
    r"|estates|finques|inmobiliaria|immobiliària|imobiliária|immobiliare|immobilier|immobilien|vastgoed|makelaardij|nekretnine"
    # (the Icelandic endings after a word of their own: `Nikita`, `Kristofa` are names)
    r"|\w{4,}stof(?:a|an|unni|una)|\w{4,}leig(?:a|an|unni|una)|\w{4,}stöð(?:in|inni|var|varinnar)?|\bops"
    # farms, tour and rental firms (`Boerderij De Kleine Akker`, `Mavi Kürek Turizm`, Malay `Sewa Kayak Langkawi`)
    r"|farm|farms|boerderij|granja|fattoria|turizm|turizmi|turismo|tourism|tours|\bsewa"
    # stables, tattoo studios, cleaners and locksmiths (`Eikehof Stalle`, `Ayçan Tattoo`, `Glazenwasserij De Zeemlap`,
    # `Pere Neteges`, `KeyFast Locksmiths`, `TikiRoam Campers`)
    r"|stables|stalle|stallungen|reitstall|equine|equestrian|tattoo|tattoos|\bink|piercing|wasserij|neteges|netejes"
    r"|locksmith|locksmiths|schlüsseldienst|campers|motorhomes"
    # law firms, cafés and guest houses of more languages (`Schneider Rechtsanwälte`, `Demir Kafe`, `Ali Baba Pansiyon`)
    r"|rechtsanwälte|rechtsanwaelte|anwälte|kanzlei|advocaten|advocatenkantoor|avocats|abogados|avvocati|solicitors|attorneys"
    r"|kafe|kafesi|kahvesi|pansiyon|pansiyonu|gasthof|gasthaus|penzion|pensiune|hostel|hostal"
    # groomers, funeral homes, hearing centres, venues and trades of more languages (`Peluquería Canina Guau`,
    # `Bestattungshaus Schneider`, `Toelettatura Bau Bau`, `Centro Acustico`, `Matthews Environmental`, `Quinta da Aveleda`)
    r"|peluquería|peluqueria|peluquerías|canina|toelettatura|grooming|groomers|hundesalon|trimsalon|bestattungshaus"
    r"|bestattungen|bestattungsinstitut|bestatter|uitvaart|uitvaartzorg|pogrebno|pohřební|acustico|acustica|acústico|acústica"
    r"|akustik|hearing|medicare|medicaid|environmental|\bquinta|\bcastle|\bmanor|\bmemorial|kapelle|\bchapel|crematorium|\btent"
    # repair shops and centres by their compound's ending (`Tekno Servis`, Swedish `Klätterverket`, Estonian `Keeglikeskuses`)
    r"|\btekno|teknoloji|onarım|\w{3,}verket|\w{3,}keskus|\w{3,}keskuse|\w{3,}keskuses"
    # florists, shops, heating firms and car dealers of more languages (`Floristeria Montserrat:`, `Fynbos Blomme:`,
    # `Kedai Bunga Mawar`, `Schmidt Heizung & Sanitär`, `Bob Johnson Chevrolet`)
    r"|floristeria|floristería|florista|floristas|fleuriste|florist|florists|bloemist|bloemen|blomme|blumen|blumenhaus"
    r"|kwiaciarnia|florărie|florăria|çiçekçi|çiçekçilik|cvjećarna|cvetličarna|\bkedai|\btoko|heizung|heizungsbau"
    r"|sanitär|haustechnik|elektrotechnik|installateur|chevrolet|toyota|nissan|hyundai|subaru|volkswagen|mazda|chrysler"
    r"|cadillac|buick|lexus|acura|infiniti|mitsubishi"
    # wedding venues (`Te Awa Estate`)
    r"|\bestate|winery|vineyard|vineyards)$")


def org_word(word: str) -> bool:
    """A word that is, or ends in, a trade's or an organisation's word (ORG_WORD); a listed name
    that only ends like one is a name (`Descamps`, `Camarena`, `Nazarena`)."""
    m = ORG_WORD.search(word)
    return bool(m) and (m.start() == 0 or not (name_lexicon.given_name(word) or name_lexicon.surname(word)))


_SPEAKER_ROLES = frozenset({"nurse", "doctor", "coach", "tutor", "teacher", "driver", "rider", "courier", "host", "cashier",
                            "recruiter", "advisor", "adviser", "operator", "moderator", "rep", "dispatcher", "hygienist",
                            "pharmacist", "receptionist", "technician", "vet", "therapist", "midwife", "paramedic"})


_INNER_CAPITAL = regex.compile(r"(?<!\pL)(\p{Lu}\p{Ll}{2,})\p{Lu}")
_NAME_PREFIXES = frozenset("Mac Van Von Des Del Della Dos Das Fitz Ter Ten Las Los Der Den Dal Dell Mhic Nic Abu Ben Bin".split())


# capitals run into lower case in one word (`GTBank`, `HSBCnet`): an acronym glued to a word, no name
_CAPITALS_INTO_WORD = regex.compile(r"(?<!\pL)\p{Lu}{2,}\p{Ll}{2,}")


def inner_capital(span: str) -> bool:
    """A brand's capital inside a word (`RapidRoo`, `LearnToDrive`, `GTBank`; not `MacLeod`, `DeLuca`)."""
    return bool(_CAPITALS_INTO_WORD.search(span)) or any(m.group(1) not in _NAME_PREFIXES for m in _INNER_CAPITAL.finditer(span))


_POSSESSIVE = regex.compile(r"['’]s$")


def _everyday(word: str) -> bool:
    """An English word, or a hyphenated pair of them no list holds as a given name (`Off-peak`)."""
    if name_lexicon.common_word(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p and name_lexicon.common_word(p) and not name_lexicon.given_name(p) for p in parts)


def trade_plural(word: str) -> bool:
    """The plural of an everyday English noun that no list holds as a name: a firm's last word
    (`Balloons`, `Supplies`, `Gardens`); `Banks`, `Mills`, `Waters` are surnames."""
    if len(word) < 5 or word[-1] != "s" and not word.endswith("men") or name_lexicon.listed(word):
        return False
    if word.endswith("men"):
        singulars = [word[:-3] + "man"]
    else:
        singulars = [word[:-1]] + ([word[:-2]] if word.endswith("es") else []) + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return any(name_lexicon.common_word(w) and not name_lexicon.given_name(w) for w in singulars)


def named_by_goods(first: str, last: str) -> bool:
    """A firm's name by the goods it sells last and no listed given name first (`Skyward
    Balloons`; `Harry Styles` is a person)."""
    return trade_plural(last) and not name_lexicon.given_name(first)


def _month_given_name(words: list[str], stops: list[str]) -> bool:
    """A month that is a given name too, before a listed surname (`April Silva`, `June Okafor`)."""
    first, last = words[0], words[-1]
    return (len(words) > 1 and stops == [first] and first.lower() in name_lexicon.CALENDAR and name_lexicon.given_name(first)
            and name_lexicon.surname(last) and not _everyday(last))


def person_in_text(span: str) -> bool:
    """A name inside prose: capitalised words (particles aside), no sentence-opening word, no
    brand with a capital inside a word (`RapidRoo`, `FixPoint`; not `MacLeod`, `DeLuca`), no
    legal form (`Keystone Hausverwaltung GmbH`)."""
    if not person_name(span) or ner_cues.LEGAL_TAIL.search(span) or ner_cues.CONTRACTION.search(span):
        return False  # (`You're`: a pronoun and its verb)
    if inner_capital(span):
        return False
    words = span.split()
    capitalised = [w for w in words if w.lower() not in _PARTICLES]
    if len(capitalised) > 4:  # (particles aside: `Ana de la Cruz Gómez`)
        return False
    if not capitalised or not all(w[0].isupper() for w in capitalised):
        return False  # `Tu pedido ya está en`
    stops = [w for w in capitalised if w.lower().strip(".,") in _STOP]
    if stops and not _month_given_name(capitalised, stops):
        return False  # `Our`, `Thank`, `The Contoso Fitness`
    if len(capitalised) > 1 and capitalised[0].lower() in _SPEAKER_ROLES:
        return False  # `Nurse Arun:`: the role is no part of the name (the role rules take `Arun`)
    if len(capitalised) == 1 and capitalised[0].lower().strip(".,:") in ner_cues.ROLE_WORDS:
        return False  # `[19:16] Klientas:`, `Klient:`: a role speaks, no name
    if all(w.lower().strip(".,!?") in FOREIGN_FUNCTION_WORDS for w in capitalised):
        return False  # `Hola! Te escribo`, `Siap Kak`
    if all(_everyday(_POSSESSIVE.sub("", w.strip(".,!?'’()"))) for w in capitalised):
        return False  # `Surname`, `Vehicle`, `What's`, `Off-peak`: English words no list holds as a name
    if all(w.lower().strip(".,!?:") in ner_cues.LABEL_WORDS for w in capitalised):
        return False  # `Buenas,`, `Tel.`: a greeting or a field's label
    if any(org_word(w.strip(".,'’()-")) for w in capitalised):
        return False  # `Tannhelse Sentrum`, `Zurich Versicherung`
    if len(capitalised) > 1 and named_by_goods(capitalised[0], capitalised[-1].strip(".,'’()-")):
        return False  # `Skyward Balloons`, `Nyuki Bora Supplies`: a firm by its goods (`Harry Styles` stays)
    # (a middle initial, `R.`, is no acronym)
    caps = [w for w in capitalised if w.isupper() and len(w.rstrip(".")) > 1]
    if caps and (len(caps) < len(capitalised) or len(capitalised) == 1):
        return False  # `Reply HELP`, `KG`
    if caps and any(len(w) <= 3 for w in caps):
        return False  # `SKU VPN`, `ATM PIN`: acronyms (an upper-case name has longer words)
    return len(words[-1]) > 1  # `Reply C`


# Words that open a place's name before another capitalised word (`New Kevin`, `Great
# Yarmouth`, `Upper Hutt`): stop words elsewhere, not there.
_PLACE_PREFIXES = {"new", "great", "little", "upper", "lower", "old"}


def place_in_text(span: str) -> bool:
    """A place name inside prose: capitalised words, none of them a stop word or a date
    (a first word of `_PLACE_PREFIXES` before another name word aside)."""
    words = [w for w in regex.split(r"[\s\-]+", span.strip()) if w]
    if not 1 <= len(words) <= 5 or len(span) > 60:
        return False
    caps = [w for w in words if w[0].isupper()]
    if len(caps) >= 2 and caps[0] is words[0] and words[0].lower() in _PLACE_PREFIXES:
        caps = caps[1:]
    return bool(caps) and not any(w.lower().strip(".'’") in _STOP for w in caps)


_STREET_WORDS = regex.compile(r"\pL{2,}")


def street_address(text: str) -> bool:
    t = text.strip()
    if not 6 <= len(t) <= 200 or "@" in t or "://" in t:
        return False
    return any(c.isdigit() for c in t) and bool(_STREET_WORDS.search(t))


# Month names and abbreviations, nominative and the genitive/partitive forms dates use
# (`3 listopada 1998`, `3. helmikuuta 1992`, `21 februari 1992`, `2 de setembro de 1948`):
# English, the Romance, Germanic, Nordic, Finnic, West Slavic, Baltic languages, Hungarian,
# Romanian, Croatian/Slovene and Turkish. (`listopad` is November in Polish and Czech,
# October in Croatian: the Polish/Czech reading wins, a date stays a date either way.)
_MONTH_NAMES = (
    ("jan", "january", "enero", "ene", "januar", "jänner", "jaenner", "janvier", "janv", "gennaio", "gen", "janeiro",
     "januari", "tammikuu", "tammikuuta", "styczeń", "styczen", "stycznia", "sty", "leden", "ledna", "január",
     "januára", "januara", "ianuarie", "ian", "siječanj", "siječnja", "sijecanj", "sijecnja", "sausis", "sausio",
     "janvāris", "janvāra", "jaanuar", "ocak"),
    ("feb", "february", "febrero", "februar", "février", "fevrier", "févr", "fevr", "febbraio", "fevereiro", "fev",
     "fév", "februari", "helmikuu", "helmikuuta", "luty", "lutego", "lut", "únor", "unor", "února", "unora",
     "február", "februára", "februara", "februarie", "veljača", "veljače", "veljaca", "veljace", "vasaris",
     "vasario", "februāris", "februāra", "veebruar", "şubat", "subat"),
    ("mar", "march", "marzo", "märz", "maerz", "mär", "mars", "março", "marco", "maart", "maaliskuu",
     "maaliskuuta", "marzec", "marca", "březen", "brezen", "března", "brezna", "marec", "március", "marcius",
     "martie", "ožujak", "ožujka", "ozujak", "ozujka", "kovas", "kovo", "marts", "märts", "mart", "maret"),
    ("apr", "april", "abril", "avril", "avr", "aprile", "aprilie", "huhtikuu", "huhtikuuta", "kwiecień", "kwiecien",
     "kwietnia", "kwi", "duben", "dubna", "apríl", "apríla", "aprila", "április", "aprilis", "travanj", "travnja",
     "balandis", "balandžio", "balandzio", "aprīlis", "aprīļa", "aprill", "nisan"),
    ("may", "mayo", "mai", "maggio", "mag", "maio", "mei", "maj", "maja", "toukokuu", "toukokuuta", "květen",
     "kveten", "května", "kvetna", "máj", "mája", "május", "majus", "svibanj", "svibnja", "gegužė", "gegužės",
     "maijs", "maija", "mayıs", "mayis"),
    ("jun", "june", "junio", "juni", "juin", "giugno", "giu", "junho", "kesäkuu", "kesäkuuta", "kesakuu",
     "kesakuuta", "czerwiec", "czerwca", "cze", "červen", "cerven", "června", "cervna", "jún", "júna", "juna",
     "június", "junius", "iunie", "lipanj", "lipnja", "junij", "junija", "birželis", "birželio", "jūnijs",
     "jūnija", "juuni", "haziran"),
    ("jul", "july", "julio", "juli", "juillet", "juil", "luglio", "lug", "julho", "heinäkuu", "heinäkuuta",
     "heinakuu", "heinakuuta", "lipiec", "lipca", "lip", "červenec", "cervenec", "července", "cervence", "júl",
     "júla", "jula", "július", "julius", "iulie", "srpanj", "srpnja", "julij", "julija", "liepa", "liepos",
     "jūlijs", "jūlija", "juuli", "temmuz"),
    ("aug", "august", "agosto", "ago", "août", "aout", "augusti", "augustus", "elokuu", "elokuuta", "sierpień",
     "sierpien", "sierpnia", "sie", "srpen", "srpna", "augusta", "augusztus", "kolovoz", "kolovoza", "avgust",
     "avgusta", "rugpjūtis", "rugpjūčio", "augusts", "ağustos", "agustos", "agustus"),
    ("sep", "sept", "september", "septiembre", "septembre", "settembre", "set", "setembro", "septembrie",
     "syyskuu", "syyskuuta", "wrzesień", "wrzesien", "września", "wrzesnia", "wrz", "září", "zari", "septembra",
     "szeptember", "rujan", "rujna", "rugsėjis", "rugsėjo", "septembris", "eylül", "eylul"),
    ("oct", "october", "octubre", "oktober", "octobre", "ottobre", "ott", "outubro", "okt", "lokakuu",
     "lokakuuta", "październik", "pazdziernik", "października", "pazdziernika", "paź", "říjen", "rijen", "října",
     "rijna", "október", "októbra", "oktobra", "octombrie", "spalis", "spalio", "oktobris", "ekim"),
    ("nov", "november", "noviembre", "novembre", "novembro", "novembrie", "marraskuu", "marraskuuta", "listopad",
     "listopada", "listopadu", "lis", "novembra", "noiembrie", "studeni", "studenoga", "studenog", "lapkritis", "lapkričio",
     "novembris", "kasım", "kasim"),
    ("dec", "december", "diciembre", "dic", "dezember", "dez", "décembre", "decembre", "déc", "dicembre",
     "dezembro", "decembrie", "joulukuu", "joulukuuta", "grudzień", "grudzien", "grudnia", "gru", "prosinec",
     "prosince", "decembra", "prosinac", "prosinca", "gruodis", "gruodžio", "decembris", "detsember", "aralık",
     "aralik", "desember"),
)
# Greek, nominative and genitive (`18 Οκτωβρίου 1993`), looked up folded (`oktovriou`)
_GREEK_MONTHS = ("ιανουαριος ιανουαριου", "φεβρουαριος φεβρουαριου", "μαρτιος μαρτιου", "απριλιος απριλιου", "μαιος μαιου",
                 "ιουνιος ιουνιου", "ιουλιος ιουλιου", "αυγουστος αυγουστου", "σεπτεμβριος σεπτεμβριου",
                 "οκτωβριος οκτωβριου", "νοεμβριος νοεμβριου", "δεκεμβριος δεκεμβριου")
# Catalan, Galician, Basque, Icelandic, Afrikaans, Tagalog, Malay, Swahili, Serbian/Croatian,
# Slovenian (genitive), Albanian, Maltese, Luxembourgish, Irish, Welsh, Latvian (locative),
# Estonian: looked up folded like the Greek ones
_MORE_MONTHS = (
    "gener xaneiro urtarrila janúar januarie enero januari januar januarja janar jannar eanair ionawr janvari jaanuar",
    "febrer febreiro otsaila febrúar februarie pebrero februari februar februarja shkurt frar feabhra chwefror veebruar",
    "març marzo martxoa mars maart marso mac machi mart marca marec marzu maerz marta mawrth marts martā marti",
    "abril apirila apríl aprile aprili april aprila prill ebrill aibrean",
    "maig maio maiatza maí mei mayo maj maja mejju mee bealtaine mai maijā",
    "juny xuño ekaina júní junie hunyo jun juni junija qershor gunju meitheamh mehefin jūnijā",
    "juliol xullo uztaila júlí julie hulyo julai juli julija korrik lulju iuil gorffennaf jūlijā",
    "agost agosto abuztua ágúst augustus ogos agosti avgust avgusta gusht awwissu lunasa awst augustā",
    "setembre setembro iraila september setyembre septemba septembar septembra shtator settembru medi septembrī",
    "octubre outubro urria október oktober oktubre oktoba oktobar oktobra tetor ottubru hydref oktobrī oktoober",
    "novembre novembro azaroa nóvember nobyembre novemba novembar novembra nentor nëntor novembru samhain tachwedd novembrī",
    "desembre decembro abendua desember disyembre disember desemba decembar decembra dhjetor dicembru nollaig rhagfyr decembrī",
)
_MONTHS = {m: i + 1 for i, names in enumerate(_MONTH_NAMES) for m in names} | {
    name_lexicon.fold(m): i + 1 for months in (_GREEK_MONTHS, _MORE_MONTHS) for i, names in enumerate(months) for m in names.split()}
def _month_number(name: str) -> int | None:
    """The month a name of `_MONTHS` stands for (`März`, `Οκτωβρίου` looked up folded)."""
    mon = _MONTHS.get(name.lower())
    if mon is None and not name.isascii():
        mon = _MONTHS.get(name_lexicon.fold(name))
    return mon


def month_name(word: str) -> bool:
    """A month's name in one of the languages of `_MONTHS` (`Januarie`, `Mei`, `noiembrie`)."""
    return _month_number(word.strip(".")) is not None


_DAYS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrydag vrijdag saterdag "
    "zaterdag sondag zondag montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda-feira terça-feira "
    "quarta-feira quinta-feira sexta-feira lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi "
    "sabato domenica dilluns dimarts dimecres dijous divendres dissabte diumenge luni marți marti miercuri joi vineri sâmbătă "
    "sambata duminică duminica poniedziałek wtorek środa czwartek piątek sobota niedziela pazartesi salı çarşamba perşembe "
    "cuma cumartesi pazar måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag maanantai tiistai "
    "keskiviikko torstai perjantai lauantai sunnuntai esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev "
    "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena pirmadienis antradienis trečiadienis "
    "ketvirtadienis penktadienis šeštadienis sekmadienis ponedeljek torek sreda četrtek petek nedelja ponedjeljak utorak "
    "srijeda četvrtak subota nedjelja mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur "
    "isnin selasa rabu khamis jumaat sabtu ahad senin kamis jumat minggu miyerkules huwebes biyernes linggo jumatatu "
    "jumanne jumatano alhamisi ijumaa jumamosi jumapili hétfő kedd szerda csütörtök péntek szombat vasárnap pondělí úterý "
    "středa čtvrtek pátek neděle astelehena asteartea asteazkena osteguna ostirala larunbata igandea luns mércores xoves venres").split())


def day_name(word: str) -> bool:
    """A weekday's name in one of the data's languages (`Vrydag`, `Dijous`, `Ijumaa`)."""
    return word.strip(".,").lower() in _DAYS


# Vietnamese writes the words for day, month and year (`ngày 5 tháng 1 năm 2007`)
_VI_DATE = regex.compile(r"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})$", regex.I)
# Lithuanian writes the year and the day with their words (`2012 m. kovo 26 d.`)
_LT_DATE = regex.compile(r"^(\d{4})\s*m\.\s+(\pL{4,12})\s+(\d{1,2})\s*d\.?$", regex.I)
_EU_DATE = regex.compile(r"^(\d{4})e?ko\s+(\pL{4,12}?)ren\s+(\d{1,2})(?:a|an|ean)?$", regex.I)
# (`1956. 11. 04.`: Hungarian writes a dot and a space, and a dot after the day)
_NUM_DATE = regex.compile(r"^(\d{1,4})(?:[-/ ]|\. ?)(\d{1,2})(?:[-/ ]|\. ?)(\d{2,4})\.?$")
# `3 listopada 1998`, `1er mai 1990`, `2 de setembro de 1948`, `January 31, 1962`,
# `1992. február 21.` (Hungarian: year, month, day)
_TEXT_DATE = regex.compile(
    r"^(?:(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:(?:de|of)\s+|d['’])?(\pL+)\.?,?\s+(?:de\s+)?(\d{4})"  # (Catalan `21 d'agost de 2024`)
    r"|(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
    r"|(\d{4})\.?\s+(\pL+)\.?\s+(\d{1,2})\.?)$", regex.I)


_PACKED_TEXT_DATE = regex.compile(r"^(\d{1,2})([A-Za-z]{3})(\d{4}|\d{2})$")
_DASHED_TEXT_DATE = regex.compile(r"^(\d{1,2})[-/](\pL{3,10})\.?[-/](\d{4})$")


def _plausible_birth(y: int, m: int, d: int) -> bool:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y and day <= dt.date.today()


_CJK_DATE = regex.compile(r"^((?:19|20)\d{2}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]$")


def _birth_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a real calendar date in the past (1900 on), in any common
    order: `1962-01-31`, `31.01.1962`, `19620131`, `31 Jan 1962`, `31-Jan-1962`,
    `January 31, 1962`, `31 stycznia 1962`; None when it is none."""
    t = text.strip()
    if len(t) == 8 and t.isdigit():
        # `19620131`, or the day or the month first (`09121951`, as a keypad takes it): the year 19xx/20xx last
        for y, mo, d in ((int(t[:4]), int(t[4:6]), int(t[6:])), (int(t[4:]), int(t[2:4]), int(t[:2])),
                         (int(t[4:]), int(t[:2]), int(t[2:4]))):
            if _plausible_birth(y, mo, d) and (y == int(t[:4]) or t[4:6] in ("19", "20")):
                return y, mo, d
        return None
    m = _DASHED_TEXT_DATE.match(t)
    if m:
        t = f"{m.group(1)} {m.group(2)} {m.group(3)}"
    m = _LT_DATE.match(t)
    if m:
        t = f"{m.group(3)} {m.group(2)} {m.group(1)}"
    m = _EU_DATE.match(t)
    if m:  # Basque: the year, the month's genitive, the day (`1992ko ekainaren 20a`)
        t = f"{m.group(3)} {m.group(2)} {m.group(1)}"
    m = _VI_DATE.match(t)
    if m:
        t = f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
    m = _CJK_DATE.match(t)
    if m:  # `1985年4月3日`, `1992년 7월 15일`
        t = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _PACKED_TEXT_DATE.match(t)
    if m:  # `02JUL88`, `17MAY1982`: an airline's or a passport's date
        year = int(m.group(3)) if len(m.group(3)) == 4 else (
            1900 + int(m.group(3)) if int(m.group(3)) > dt.date.today().year % 100 else 2000 + int(m.group(3)))
        t = f"{m.group(1)} {m.group(2)} {year}"
    m = _NUM_DATE.match(t)
    if m:
        a, b, c = (int(x) for x in m.groups())
        if len(m.group(1)) == 4:
            return (a, b, c) if _plausible_birth(a, b, c) else None
        year = c if len(m.group(3)) == 4 else (1900 + c if c > dt.date.today().year % 100 else 2000 + c)
        if _plausible_birth(year, b, a):
            return (year, b, a)
        return (year, a, b) if _plausible_birth(year, a, b) else None
    m = _TEXT_DATE.match(t)
    if m:
        if m.group(1):
            day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
        elif m.group(4):
            month, day, year = m.group(4), int(m.group(5)), int(m.group(6))
        else:
            year, month, day = int(m.group(7)), m.group(8), int(m.group(9))
        mon = _month_number(month)
        return (year, mon, day) if mon is not None and _plausible_birth(year, mon, day) else None
    return None


def adult_birth_date(text: str) -> bool:
    """A birth date of someone 16 to 100 years old (DATE_OF_BIRTH.numbered-column)."""
    ymd = _birth_date(text)
    return ymd is not None and 16 <= dt.date.today().year - ymd[0] <= 100


def date_of_birth(text: str) -> bool:
    """A real calendar date in the past (1900 on): a birth date where a field name or a
    label right before it says so (`dob`, `born 2025-03-01`)."""
    return _birth_date(text) is not None


# A date of this year or the RECENT_BIRTH_YEARS before it is an appointment, a checkout,
# a delivery, far more often than a birthday: with only a birth word somewhere nearby
# (`born 1998 ... moved to 19/09/2025`), it is not taken. The scan's clock decides
# (`dt.date.today()`, like the past-date check above).
RECENT_BIRTH_YEARS = 3


def date_of_birth_in_text(text: str) -> bool:
    """`date_of_birth`, for a date with a birth word only somewhere near it: not one of the
    last few years."""
    ymd = _birth_date(text)
    return ymd is not None and ymd[0] < dt.date.today().year - RECENT_BIRTH_YEARS


def birth_date_after_name(match: str) -> bool:
    """`Bryan Cunha, 15/01/1994`: a name whose first word the lists hold as a given name,
    then a date of 12 years ago or more (a child's birthday in a list of guests is one too,
    but a date of this year after a name is a visit's)."""
    # (the first separator after the name: the date may hold a comma, `Enero 23, 1947`)
    name, _, date = match.strip(" \t\r\n,;()•*:–-|").partition("," if "|" not in match else "|")
    name = name.strip(" \t\r\n(•*:–-")
    words = name.split()
    if not words or not name_lexicon.given_name(words[0]) or not person_in_text(name):
        return False
    ymd = _birth_date(date.strip())
    return ymd is not None and ymd[0] <= dt.date.today().year - 12


birth_date_after_name.whole_match = True  # type: ignore[attr-defined]


VALIDATORS: dict[str, Validator] = {
    "luhn": luhn,
    "iban": iban,
    "us_ssn": us_ssn,
    "aba_routing": aba_routing,
    "bank_number": bank_number,
    "ip": ip,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "email": email,
    "phone": phone,
    "phone_speaker": phone_speaker,
    "town_value": town_value,
    "phone_urlencoded": phone_urlencoded,
    "phone_trunk": phone_trunk,
    "phone_mobile_trunk": phone_mobile_trunk,
    "phone_es": phone_es,
    "phone_nanp": phone_nanp,
    "regional_street": regional_street,
    "vietnamese_street": vietnamese_street,
    "adult_birth_date": adult_birth_date,
    "email_urlencoded": email_urlencoded,
    "password": password,
    "high_entropy": high_entropy,
    "person_name": person_name,
    "person_in_text": person_in_text,
    "birth_date_after_name": birth_date_after_name,
    "place_in_text": place_in_text,
    "street_address": street_address,
    "date_of_birth": date_of_birth,
    "date_of_birth_in_text": date_of_birth_in_text,
}


# -- added for the issue-5 accuracy pass (2026-11-26) ------------------------------------
# Capitalised words after `in` that name no place: languages, meeting tools, apps.
_NOT_PLACES = {
    "english", "french", "german", "spanish", "italian", "portuguese", "dutch", "polish", "swedish", "danish",
    "norwegian", "finnish", "russian", "chinese", "japanese", "korean", "arabic", "hindi", "turkish", "greek",
    "zoom", "teams", "slack", "outlook", "excel", "word", "powerpoint", "google", "gmail", "jira", "confluence",
    "salesforce", "hubspot", "zendesk", "skype", "webex", "meet", "notion", "trello", "asana", "github", "gitlab",
    "whatsapp", "telegram", "signal", "messenger", "facebook", "instagram", "linkedin", "twitter", "person",
    "progress", "private", "public", "general", "total", "advance", "writing", "time", "stock",
    # payroll, accounting and HR systems (`Updated in Gusto`, `entered in Xero`)
    "gusto", "xero", "quickbooks", "sage", "workday", "bamboohr", "deel", "rippling", "paychex", "myob", "freshdesk",
    "shopify", "stripe", "paypal", "sap", "netsuite", "dynamics", "intercom", "pipedrive", "monday",
}


def language_or_tool(span: str) -> bool:
    """`German`, `Zoom`, `Teams`: a language, a meeting tool or an app, never a place (`enrolled in German A1`)."""
    return span.strip().lower().strip(".,'’") in _NOT_PLACES


def place_after_cue(span: str) -> bool:
    """A place named after `born ... in`, `meeting ... in`, `weather in`: a place name in
    prose that is not a language, a meeting tool or an app (`meeting in Zoom`)."""
    return place_in_text(span) and not language_or_tool(span.split()[0])


# Words that follow a product's name, never a person's: tiers, editions, pack sizes.
VENUE_WORDS = frozenset({"hotel", "hotels", "suites", "inn", "resort", "lodge", "hostel", "motel", "apartments", "aparthotel",
                         "marina", "holiday", "caravan", "campsite", "camping", "cemetery", "crematorium", "chapel", "cathedral",
                         "racecourse", "showground", "showgrounds", "station", "stations", "dock", "docks", "terminal"})
_PRODUCT_WORDS = {
    "pro", "plus", "max", "lite", "mini", "ultra", "air", "edition", "series", "pack", "set", "kit", "bundle",
    "deluxe", "premium", "standard", "basic", "starter", "essential", "essentials", "classic", "sport", "neo",
    "prime", "se", "xl", "xxl", "xs", "slim", "duo", "trio", "combo", "refill", "model", "version",
    "gen", "generation", "v2", "v3", "hd", "uhd", "4k", "wireless", "bluetooth", "usb", "led",
    "digital", "electric", "portable", "compact", "original", "extra", "super", "mega", "turbo",
    "limited", "special", "collection", "range", "line", "size", "unisex", "kids", "puzzle", "jigsaw", "boardgame",
}


def person_field_value(text: str) -> bool:
    """One value of a name column: a person's name (`person_name`), not a product's:
    no tier, edition or pack word after the first word (`Aqua Pro`, `Nimbus Lite`;
    `Max Weber` keeps its first word)."""
    if not person_name(text):
        return False
    t = text.strip()
    if "-" in t and " " not in t and t.islower():
        return False  # `billing-sync`, `nightly-etl`: a job's or a client app's name
    if "/" in t:
        return True  # `NICOL/MAX`: the airline's LAST/FIRST, whose second word is a first name
    words = [w.strip(".,'’()").lower() for w in text.replace(",", " ").split()]
    if words[0] == "the" or any(w in VENUE_WORDS for w in words):
        return False  # `The Hamilton`, `Hotel Victor Hugo`: a place to stay named after someone
    if company_name(t):
        return False
    raw = t.replace(",", " ").split()
    if not t.islower() and any(w[0].islower() and regex.split(r"['’\-]", w.lower())[0] not in _NAME_LINKS for w in raw[1:]):
        return False  # `Equipo inglés`, `Night shift`: a lower-case word inside a capitalised name is no name's
    return not any(w in _PRODUCT_WORDS for w in words[1:])


_SPACE = regex.compile(r"\s")


def company_name(value: str) -> bool:
    """A firm's name: a legal form or partners after the names (`Köhler GmbH & Co. KGaA`,
    `Andres y asociados S.L.`, `Hernandez, Norris and Barajas`)."""
    return bool(ner_cues.LEGAL_TAIL.search(value) or ner_cues.FIRM.search(value)
                or any(ner_cues.COMPANY_AFTER.match(value, m.start()) for m in _SPACE.finditer(value)))


VALIDATORS["place_after_cue"] = place_after_cue


_LOCAL_LETTERS = regex.compile(r"[^\pL]+")


def display_name_in_address(match: str) -> bool:
    """`patrick baird <patrickbaird@aol.com>`: a display name in lower case is a name when
    the address's local part spells one of its words (3+ letters; `dmonteiro` spells
    `monteiro`) and none of its words is a stop word or a role (`contact us <support@...>`,
    `sales team <sales@...>`). Reads the whole match: name, `<`, local part, `@`."""
    name, _, rest = match.partition("<")
    local = _LOCAL_LETTERS.sub("", rest.split("@", 1)[0]).lower()
    words = [w.strip(".'’").lower() for w in name.replace(",", " ").split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 4 or not local:
        return False
    if any(w in _STOP or w in _NOT_NAMES for w in words if len(w) > 1 and w not in _PARTICLES):
        return False
    return any(len(w) >= 3 and w.replace("-", "").replace("'", "") in local for w in words if w not in _PARTICLES)


display_name_in_address.whole_match = True  # type: ignore[attr-defined]
VALIDATORS["display_name_in_address"] = display_name_in_address
VALIDATORS["person_field_value"] = person_field_value


def _name_words(text: str) -> list[str]:
    """The words of a name but initials and particles (`van`, `E.`), and a patronymic
    between or after the names (`Гришина Людмила Станиславовна`, `Sergey Ivanovich Petrov`)."""
    words = [w for w in text.split() if len(w.rstrip(".")) > 1 and w.lower() not in _PARTICLES]
    if len(words) >= 3:
        words = [w for w in words if not PATRONYMIC.search(name_lexicon.fold(w))] or words
    return words


PATRONYMIC_ENDINGS = "ovich|evich|ovna|evna|ichna|ovic|evic"
PATRONYMIC = regex.compile(rf"\w(?:{PATRONYMIC_ENDINGS})$")


_INITIAL = regex.compile(r"\pL\.?")
# A name column's titles and letters after the name (`Mr Karl Dunn`, `Univ.Prof. Andres
# Franke B.Sc.`, `Sig.ra Loredana Antonetti`): a title is evidence of a person by itself.
HONOUR_WORDS = r"dr\.?\s*(?:med|rer\.?\s*nat|phil|jur|dent|vet)|" + ner_cues.TITLES + "|prof|rev|av|uz|doç|doc|pan|pani|pn"
_HONOURS = regex.compile(rf"^(?:(?:{HONOUR_WORDS})(?:\.\s*-?|\s+))+", regex.I)
POST_NOMINALS = r"Jr|Sr|II|III|IV|Ph\.?D|M\.?D|MBA|B\.?Sc|M\.?Sc|B\.?A|M\.?A|LL\.?M|Esq|DDS|RN|CPA|B\.?Eng|M\.?Eng|Dipl"
_POST_NOMINAL = regex.compile(rf"(?:,?\s+(?:{POST_NOMINALS})\.?)+$")


def _honours_off(text: str) -> tuple[str, bool]:
    """The name without its titles and letters after it, and whether a title went."""
    t = text.strip()
    if not t.isupper():  # `YUN MA`: no letters after a name in capitals
        t = _POST_NOMINAL.sub("", t)
    m = _HONOURS.match(t)
    return (t[m.end():], True) if m and m.end() < len(t) else (t, False)


def listed_person_name(text: str) -> bool:
    """A whole value that is a given name and a surname the name lists hold (`Cynthia Wells`,
    `WELLS, CYNTHIA`, `cynthia e. wells`), in any case: a name column needs no name hint then
    (`c2`, `attr_18`), while `Velvet Mug` or `Summit Lamp` is no pair of names. Also a given
    name that is no common word and a surname no list holds (`Adele Kreusel`: the lists miss
    many German, Italian and Polish surnames), and an initial and a listed surname (`G Watson`)."""
    if not person_field_value(text):
        return False
    name, titled = _honours_off(text)
    if titled:  # `Dr. Sieghard Mohaupt`: capitalised words after a title; one needs the lists
        words = name.split()
        if 2 <= len(words) <= 4 and all(w[0].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
            return True
    return _listed_pair(name) or (name != text.strip() and _listed_pair(text))


def _listed_pair(text: str) -> bool:
    last, comma, rest = text.strip().partition(",")
    if comma:  # `Last, First [Middle]`
        if len(last.split()) != 1:
            return False
        words = [*_name_words(rest), last.strip()]
    else:
        words = _name_words(text)
        raw = text.split()
        if len(raw) == 2 and len(words) == 1 and _INITIAL.fullmatch(raw[0]):
            return name_lexicon.surname(raw[1])
    if len(words) < 2:
        return False
    if not comma and name_lexicon.surname(words[0]) and name_lexicon.given_name(words[-1], alone=True):
        return True  # `Kuznetsov Dmitriy`, `Tóth Katalin`, `Nguyen Van An`: the surname first
    if not name_lexicon.given_name(words[0]):
        return False
    return name_lexicon.surname(words[-1]) or (
        name_lexicon.given_name(words[0], alone=True) and name_lexicon.plausible_surname(words[-1]))


VALIDATORS["listed_person_name"] = listed_person_name


def deep_listed_person_name(text: str) -> bool:
    """A whole value whose first and last name words are in the name lists' deeper tails
    (`Eyyüp Mansız`, `Kipsang Mulele`): names of the countries the main lists know less, for
    a column of many different ones only (PERSON.listed-deep), never one word of prose."""
    if not person_field_value(text):
        return False
    last, comma, rest = text.strip().partition(",")
    words = [*_name_words(rest), last.strip()] if comma and len(last.split()) == 1 else _name_words(text)
    return len(words) >= 2 and all(name_lexicon.listed_words([w.lower()], kind)[0]
                                   for w, kind in ((words[0], "given_column"), (words[-1], "surname_column")))


VALIDATORS["deep_listed_person_name"] = deep_listed_person_name


def name_handle(text: str) -> bool:
    """A handle made of a given name and a surname of the lists (`toby.jones`, `ana_silva`),
    not of two everyday words (`max.retries`, `auth.login`)."""
    first, last = regex.split(r"[._]", text, maxsplit=1)
    return (name_lexicon.given_name(first) and name_lexicon.surname(last)
            and not (name_lexicon.everyday_word(first) and name_lexicon.everyday_word(last)))


VALIDATORS["name_handle"] = name_handle


def titled_surname(span: str) -> bool:
    """One capitalised word after Mr / Mrs / Herr / Frau: a surname even when it is an
    English word or a particle elsewhere (`Mr. Agarwal`, `Mr. Das`, `Mrs Baker`); never a
    stop word, a label, a trade or a brand (`Mr. Right` is as rare as a customer)."""
    t = span.strip()
    if person_in_text(t):
        return True
    low = t.lower()
    return (len(t) > 2 and t[0].isupper() and not t.isupper() and low not in _STOP and low not in ner_cues.LABEL_WORDS
            and low not in ner_cues.ROLE_WORDS and low not in _ACADEMIC_TITLES and not ner_cues.ONLY_TITLE.match(t)
            and not ORG_WORD.search(t) and not name_lexicon.person_brand(t))


_ACADEMIC_TITLES = frozenset({"doktor", "doctor", "professor", "profesor", "professorin", "doktorin", "magister", "ingenieur"})


VALIDATORS["titled_surname"] = titled_surname


def listed_given_name(text: str) -> bool:
    """One word that is a given name of the lists and no common word (`Cynthia`, `CYNTHIA`)."""
    t = text.strip()
    if "-" in t:  # `Jean-Pierre`: every part a given name of the lists
        return name_lexicon.given_name(t, alone=True)
    return len(t) > 1 and name_lexicon.listed_words([name_lexicon.fold(t)], "given_column")[0]


VALIDATORS["listed_given_name"] = listed_given_name


def listed_surname(text: str) -> bool:
    """One word that is a surname of the lists and no frequent word (`Fitzpatrick`, `SOTO`;
    not `Brown`, `Baker`: colours and trades are surnames too)."""
    t = text.strip()
    if len(t) < 2 or "-" in t or (len(t) == 2 and t.isupper()):
        return False  # (`NG`, `KE`: country codes)
    return name_lexicon.listed_words([name_lexicon.fold(t)], "surname_column")[0]


VALIDATORS["listed_surname"] = listed_surname


def listed_name_word(text: str) -> bool:
    """One word the lists hold as a given name or a surname, words too (`Smith`, `Mitchell`,
    `Jay`, `Amy-Lee`), and no town but one named after a family (`Kennedy`, `Preston`): for a
    column where nearly every value is one (a column of towns: a third of them at most)."""
    t = text.strip()
    if len(t) < 2 or not t[0].isupper() or (len(t) == 2 and t.isupper()):
        return False
    if t.isupper() and "-" in t and all(len(p) <= 3 for p in t.split("-")):
        return False  # `TC-BMA`, `VH-ABC`: a registration mark, not `Tc` and `Bma`
    if name_lexicon.surname(t):
        return True
    return name_lexicon.given_name(t) and not place_lexicon.place(t)


VALIDATORS["listed_name_word"] = listed_name_word


def listed_name_in_text(span: str) -> bool:
    """A name in prose that the lists vouch for: one word, a given name (`Jared`); more, a
    given name first or a surname last (`Henrich Paško`). For places where a word alone may
    be a component (`09:12 Scheduler:`)."""
    if not person_in_text(span):
        return False
    words = span.split()
    if len(words) == 1:
        return len(span) > 1 and name_lexicon.given_name(span)
    return name_lexicon.given_name(words[0]) or name_lexicon.surname(words[-1], alone=True)


VALIDATORS["listed_name_in_text"] = listed_name_in_text


def street_block(match: str) -> bool:
    """`Kolokotroni 80⏎713 01 Irakleio`: the town under the street is a place of the list, or
    the street's name is no everyday English word (`Order 5⏎1000 Items` is none)."""
    street, _, rest = match.strip().partition("\n")
    town = regex.sub(r"^[\s>]*[\d ]+", "", rest).strip()
    words = [w for w in regex.findall(r"\pL+", street)]
    return place_lexicon.place(town) or not all(name_lexicon.common_word(w) for w in words)


street_block.whole_match = True  # type: ignore[attr-defined]
VALIDATORS["street_block"] = street_block


_PIN_AFTER_DASH = regex.compile(r"[-–][ \t]*\d{3}[ \t]?\d{3}$")
_TOWN_BEFORE_PIN = regex.compile(r"(\p{Lu}\pL+(?:[ \t]\p{Lu}\pL+)?)[ \t]+\d{3}[ \t]?\d{3}$")


def india_address(match: str) -> bool:
    """An Indian address of STREET_ADDRESS.india: its PIN after a dash (`Lucknow - 226059`),
    or after a town the lists hold (`T Nagar, Chennai 600038`; `Page 5, Total 123456` is none)."""
    t = match.strip()
    if _PIN_AFTER_DASH.search(t) or _UNIT_FIRST.match(t):
        return True  # (a flat or a house first says it is an address)
    town = _TOWN_BEFORE_PIN.search(t)
    return bool(town and (place_lexicon.place(town.group(1)) or town.group(1) in _INDIAN_STATES)) and street_block(t)


_UNIT_FIRST = regex.compile(r"(?:Flat|House|Plot|Door|Villa|Apt|H\.[ \t]?No)\b")
_INDIAN_STATES = frozenset({
    "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana", "Himachal Pradesh",
    "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland",
    "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
    "West Bengal", "Delhi", "Puducherry", "Chandigarh", "Ladakh"})


india_address.whole_match = True  # type: ignore[attr-defined]
VALIDATORS["india_address"] = india_address


_UNIT_WORDS = ("Flat", "Unit", "Apt", "House", "Plot", "Door")
_NUMBERED_START = regex.compile(rf"[ \t]*(?:\d|\#|{'|'.join(_UNIT_WORDS)})")
_NUMBER_AFTER_WORD = regex.compile(r"\pL[ \t]+\d")
_TOWN_BY_CODE = regex.compile(r"\d{4,5}[ \t]+(\p{Lu}\pL+(?:[ \t\-]+\p{Lu}\pL+){0,2})$|(\p{Lu}\pL+(?:[ \t]+\p{Lu}\pL+)?)[ \t]+\d{4,6}$")


def street_listed_town(match: str) -> bool:
    """`Pod turnom 89, 3000 Celje`, `Moi Avenue, Section 58, Nakuru 20100`: the town beside the
    postcode at the end is one of the list (`Order total 89, 2000 Units` names none)."""
    m = _TOWN_BY_CODE.search(match.strip())
    if not (m and place_lexicon.place(m.group(1) or m.group(2))):
        return False
    # a numbered street's words before the first comma: not all everyday words (`12 Building
    # Seven, London 2024`) unless its number follows them; `Links Road, Kilimani, ...` has its type
    head = match.split(",")[0]
    if not _NUMBERED_START.match(match) or _NUMBER_AFTER_WORD.search(head):
        return True
    street = [w for w in regex.findall(r"\pL{2,}", head) if w not in _UNIT_WORDS]
    return not street or not all(name_lexicon.everyday_word(w) for w in street)


street_listed_town.whole_match = True  # type: ignore[attr-defined]
VALIDATORS["street_listed_town"] = street_listed_town


_DIRECTIONS = frozenset("north south east west central nord sud süd ost west norte sur este oeste centro selatan utara barat timur "
                        "pusat norra södra östra västra pohjois etelä".split())


def place_after_label(text: str) -> bool:
    """The value of a place's label (`Místo narození: Ostrava`, `Tempat/Tgl. Lahir: Jakarta
    Selatan`): a town of the list, one with a direction after it, or words of no language."""
    if place_lexicon.place(text):
        return True
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _DIRECTIONS and place_lexicon.place(" ".join(words[:-1])):
        return True
    return not any(name_lexicon.everyday_word(w) for w in words) and not name_lexicon.given_name(words[0])


VALIDATORS["place_after_label"] = place_after_label


def listed_place(text: str) -> bool:
    """A whole value that is a town of the place list (`Mölndal`, `Sankt Goar`): a column of
    them is places whatever its header (`Zielort`, `c4`)."""
    return place_lexicon.place(text)


VALIDATORS["listed_place"] = listed_place


def town_no_given_name(text: str) -> bool:
    """A town of the place list whose first word is no given name (`Sligo`; not `Frederick`)."""
    return place_lexicon.place(text) and not name_lexicon.given_name(text.split()[0])


VALIDATORS["town_no_given_name"] = town_no_given_name


def country_name(text: str) -> bool:
    """A whole value that names a country (`Ireland`, `Marruecos`): under a country header,
    where a person lives or comes from."""
    return place_lexicon.country(text)


VALIDATORS["country_name"] = country_name


# A password found after a keyword in prose: `password: X` and `with password X` both
# reach here, so the next word must not be prose (`password reset link`, `password for the
# account`, `passcode expired`). Letters-only values are kept unless they are such a word.
_PROSE_AFTER_PASSWORD = {
    # (what a password is for, in the data's languages: `glömt mitt lösenord till appen`)
    "till", "til", "på", "för", "fra", "från", "voor", "naar", "pour", "para", "per", "dla", "zur", "zum", "für", "untuk", "kwa",
    # (whose wifi: `password wifi kedai apa ya?`, Malay and Indonesian shop, home, office, school)
    "kedai", "rumah", "toko", "kantor", "pejabat", "sekolah", "apa",
    "reset", "resets", "change", "changed", "changes", "changing", "expired", "expires", "expiry", "expiration",
    "policy", "policies", "manager", "managers", "field", "fields", "hint", "hints", "protected", "required",
    "requirements", "rules", "rule", "strength", "length", "update", "updated", "updates", "recovery", "recover",
    "forgotten", "forgot", "please", "again", "sent", "attempt", "attempts", "link", "email", "mail", "prompt",
    "login", "page", "screen", "form", "dialog", "request", "requests", "issue", "issues", "problem", "problems",
    "works", "worked", "incorrect", "invalid", "wrong", "correct", "accepted", "rejected", "locked", "unlock",
    "protection", "management", "vault", "safe", "hash", "hashes", "hashed", "salt", "encrypted", "plaintext",
    "here", "there", "below", "above", "later", "soon", "yet", "twice", "once", "via", "sms", "text", "phone",
    "section", "settings", "setting", "option", "options", "entry", "entries", "tool", "app", "token", "tokens",
    "mismatch", "mismatched", "failure", "failed", "error", "errors", "missing", "empty", "verified", "match", "matched",
    # (`'şifre hatalı' diyor`, `contraseña incorrecta`, `Passwort falsch`: wrong, in more languages)
    "hatalı", "hatali", "yanlış", "yanlis", "incorrecta", "incorrecto", "incorrecte", "falsch", "errata", "errada", "errado",
    "fout", "forkert", "feil", "fel", "väärä", "greșită", "gresita", "napačno", "napačna", "netočna", "rangt", "salah", "mali",
    # reset or changed, in more languages (`şifre sıfırlama`: a ticket's category, no secret)
    "sıfırlama", "sıfırla", "sıfırlandı", "sıfırlanması", "değiştirme", "değişikliği", "restablecer", "restablecimiento",
    "cambio", "cambiar", "réinitialisation", "réinitialiser", "changement", "zurücksetzen", "änderung", "ändern",
    "resetten", "herstellen", "wijzigen", "ripristino", "reimpostare", "reimpostazione", "modifica", "redefinição",
    "redefinir", "alteração", "resetare", "resetarea", "schimbare", "resetowanie", "zmiana", "nollaus", "vaihto",
    "återställning", "återställa", "byte", "tilbakestilling", "nulstilling", "endurstilla", "endurstilling",
    "tetapan", "semula", "weka", "upya", "restablir", "canvi", "berrezarri", "herstel", "ailosod", "ponastavitev",
    "obnovitev", "lähtestamine", "lähtesta", "atiestatīšana", "atkūrimas", "keitimas", "rivendosje", "resetiranje",
    # how it was handed over (`temp password given over phone: ...`)
    "given", "issued", "provided", "shared", "supplied", "generated", "assigned", "emailed", "texted", "handed", "told",
    "read", "spelled", "confirmed", "communicated",
    # what happens to it (`the password stays.`, `password unchanged`)
    "stays", "stay", "remains", "remain", "unchanged", "same", "still", "too", "also", "kept",
    # a rule about it (`Je wachtwoord moet minimaal 14 tekens bevatten`, `Ihr Passwort muss ...`)
    "must", "should", "needs", "moet", "muss", "sollte", "doit", "debe", "deve", "dovrebbe", "musi", "musí", "måste",
    "skal", "kell", "trebuie", "täytyy", "pitää",
    # the service it is for, or a preposition of another language (`mot de passe iCloud LEMh8...`,
    # `ne pas garder le mot de passe dans le ticket`)
    "icloud", "gmail", "wifi", "wi-fi", "netflix", "outlook", "google", "apple", "facebook", "instagram", "paypal",
    "amazon", "windows", "vpn", "ebay", "spotify", "whatsapp", "zoom", "slack", "dans", "pour", "sur", "avec", "für",
    "bei", "para", "con", "per", "nel", "nella", "på", "för", "voor", "naar", "bij", "fürs", "zum", "zur", "ins", "im",
    # never to be shared (`Deel je wachtwoord nooit in de chat`, `Passwort niemals weitergeben`)
    "never", "nooit", "niet", "niemals", "nicht", "nie", "jamais", "nunca", "mai", "aldrig", "ikke",
    # whose password (`simpan password pemain`: the player's)
    "pemain", "pengguna", "pelanggan", "akun", "cont", "contului",
}


# The adjectives and connectors that stand between a password keyword and its value in
# the languages we cover (`mot de passe temporaire est X`, `Passwort lautet X`): never the
# value itself (`mot de passe temporaire` without a connector).
_PASSWORD_FILLERS = {
    "temporary", "temp", "initial", "one-time", "default", "generated", "temporaire", "provisoire", "actuel",
    "nouveau", "nouvelle", "temporal", "provisional", "inicial", "actual", "nueva", "nuevo", "temporanea",
    "provvisoria", "iniziale", "attuale", "nuova", "temporária", "temporaria", "provisória", "provisoria", "atual",
    "nova", "novo", "temporară", "temporara", "tymczasowe", "jednorazowe", "nowe", "tijdelijk", "tijdelijke",
    "nieuw", "nieuwe", "tillfälligt", "tillfälliga", "nytt", "midlertidig", "midlertidige", "väliaikainen", "uusi",
    "dočasné", "nové", "ideiglenes", "vorläufiges", "vorläufige", "neues", "neue", "temporäres", "temporäre",
    "lautet", "jest", "este", "wordt", "blev", "bliver", "lyder", "será", "sera", "pour", "para", "per", "für",
    "voor", "för", "dla", "est", "ist",
}


def password_in_text(span: str) -> bool:
    t = span.strip().strip("\"'").rstrip(".!?:)")
    if not password(t) or (span.strip().endswith(":") and t.isalpha()):
        return False  # (`şifre sıfırlama: geçici şifre ...`: a label's words, the secret comes after)
    low = t.lower()
    if low in STOP_WORDS or low in _PROSE_AFTER_PASSWORD or low in _NOT_SECRETS or low in _PASSWORD_FILLERS:
        return False
    return True  # `password: sunflower` stays a password


_CLOCK = regex.compile(r"^\d{1,2}[:.h]\d\d")


def mixed_secret(span: str) -> bool:
    """A password chosen in prose (`changed it to C0b@lt145`): letters with digits or signs,
    not a time (`10:30am`) or a plain word (`Tuesday`)."""
    t = span.strip()
    if not password_in_text(t) or _CLOCK.match(t) or not any(c.isalpha() for c in t):
        return False
    return any(c.isdigit() for c in t) or any(not c.isalnum() for c in t)


_REFERENCE = regex.compile(r"[A-Z]{2,6}[-_/]?\d{3,12}")


def answered_secret(span: str) -> bool:
    """A password sent alone as a chat answer (PASSWORD.chat-answer): letters with digits or a sign
    inside (`Kookaburra*1992`, `sunflower-falcon-lighthouse11`), not a word with its `!` (`thanks!`),
    an e-mail, a link or an IPv6 address, or a reference of capitals and digits (`ORD-4471`)."""
    t = span.strip()
    inner = t.rstrip("!?.,")
    if len(inner) < 6 or not mixed_secret(inner) or "@" in t or ":" in t or t.lower().startswith("www."):
        return False
    return not _REFERENCE.fullmatch(inner)


VALIDATORS["password_in_text"] = password_in_text
VALIDATORS["mixed_secret"] = mixed_secret
VALIDATORS["answered_secret"] = answered_secret


# Who an honorific follows when it is no name: a role (`担当者様`, `患者さん`, `고객님`), a firm
# or an office (`株式会社様`, `○○病院様`), a teacher or a boss addressed by title.
_CJK_ROLES = frozenset("担当者 担当 患者 利用者 会員 店長 部長 課長 社長 係長 院長 校長 先生 各位 皆 家族 主人 関係者 管理者 管理人"
                       " 保護者 取引先 お客 顧客 御社 貴社 病人 老师 老師 医生 醫生 经理 經理 客户 客戶 师傅 師傅 同学 同學"
                       " 고객 회원 선생 사장 과장 부장 팀장 담당자 여러분 환자 기사 대표 교수 원장".split())
_CJK_PLACE_END = "社店院所課部局屋館室者員長会團团司"


def cjk_honorific_name(text: str) -> bool:
    """A name before its honorific (PERSON.honorific-ja/-zh/-ko), not a role or a firm."""
    t = text.strip()
    return t not in _CJK_ROLES and t[-1] not in _CJK_PLACE_END


VALIDATORS["cjk_honorific_name"] = cjk_honorific_name
