"""Accuracy split "atoll": labelled free text and structured tables for the PII-scanner benchmark.

DATA CARD
=========

Author and date
    Written by the independent helper "atoll", 2026-11-27.

Independence
    Everything here comes from: the author prompt written for this split (it gave the label conventions,
    the API, the exact definitions imported from ``accuracy_data``, and the domain/language requirements),
    the output of ``ls bench/``, and the outputs of Faker (40.63.0) and phonenumbers (9.0.43) run locally
    (available Faker locales, sample names, phonenumbers example numbers per region). Nothing else in the
    repository was opened: not the scanner, its rules, tests, docs, results, ``accuracy_data.py`` itself or
    any other split. The scanner (and Presidio) was never read or run while this split was written.

API
    ``free_text(n, seed) -> list[Text]``: text i renders ``TEMPLATES[i % len(TEMPLATES)]`` with its own
    ``random.Random(f"atoll-{seed}-text-{i}")``. The benchmark calls ``free_text(500, 7)``.
    ``structured(rows, seed) -> dict[str, list[Column]]``: 12 tables, each column ``rows`` long, one
    ``random.Random(f"atoll-{seed}-table-{name}")`` per table. The benchmark calls ``structured(150, 11)``.
    ``TEMPLATES``: list of ``(name, language, locale key, shape, function)``.
    Deterministic: all randomness comes from string-seeded ``random.Random``; every Faker call is preceded by
    ``seed_instance`` from that rng; "today" is fixed at 2026-11-26; no set is iterated. sha256 over the json
    of both benchmark calls is identical under different PYTHONHASHSEED values. Both calls take ~3 s.

Domains (tables) and invented brands
    airline loyalty programme (Skyward loyalty members; Turkish booking events of an airline "SW"),
    hotel chain front desk (Hotel Alpenrose-style German reception), payroll and HR (US employees of
    Harborline Logistics; Swedish salary payments), charity donor management, property lettings agency
    (Dutch tenants), telehealth clinic (AU/NZ), consumer loans (US), school parents portal (France),
    marina and boat rental (Catalonia/Spain), wedding planner (Brazil). Free texts add CRM/support/messaging
    settings: Cobalt Mobile, Stadtwerke Lindenau, ZipKart, Wattle Billing, Kōwhai Lodge, Northern Lights Food
    Bank, Doce Maria Confeitaria, Boland Loodgieters, Koperasi Seri Maju, ... (all invented).

Languages (60 templates; 33 English = 55 %, 27 in 18 other languages = 45 %)
    English 33: US 8, GB 6, IN 4, AU 4, CA 3, IE 3, NG 2, NZ 2, KE 1 (nine English-speaking countries).
    Other 27: German 3, French 3, Spanish 2, Dutch 2, Portuguese (BR) 2, Italian 2, Catalan 2, Polish 1,
    Swedish 1, and from the rarely used list: Icelandic 1, Afrikaans 1, Tagalog/Taglish 1, Malay 1,
    Turkish 1, Romanian 1, Vietnamese 1, Welsh 1, Slovenian 1 (10 rare languages, 12 templates).
    Each locale has its own names (Faker locale or hand lists for ZA-Afrikaans, PH, MY, TR, VN, Welsh),
    real towns with postcode patterns, local street names and street/postcode order, phone numbers valid
    for the region (national, international, E.164 and compact forms) and local date formats with
    localised month names (e.g. "12 de març de 1985", "3. mars 1990", "Hulyo 13, 2006", "17. 9. 1963").

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / Zalo /
    Messenger / live-chat exports, SMS threads, mobile-money SMS, tickets with internal notes, CRM and call
    notes, lower-case speech-to-text transcripts and voicemail, form dumps (key: value, key=value, URL-encoded,
    JSON, JSON lines), application logs (JSON lines, key=value, error logs), nginx access/error log, YAML
    config, OCR'd forms (GP registration, German Meldeschein), tab-separated rows pasted from a spreadsheet,
    CSV survey export, notification subjects, and two texts with no PII at all (status page update; Indian
    bank/rail/OTP SMS alerts).

Value rules
    Cards: Luhn-valid via ``_luhn`` (Visa, Mastercard 51-55 and 2221-2720, Amex 15 digits, Discover),
    grouped with spaces/dashes or unspaced. SSNs: area 001-899 without 666, group 01-99, serial 0001-9999,
    dashed, spaced or bare. US bank accounts 8-12 digits, always beside an ABA-valid routing number that is
    not labelled. IBANs via ``_iban_of`` (GB, IE, DE, FR, ES, NL, BR, IT, PL, SE), spaced or not. Public IPs
    via ``_ip_public_v4/_v6``. Every PHONE_NUMBER passes ``phonenumbers.is_valid_number`` for its region
    (asserted at generation). Passwords never start or end with punctuation; API keys are secret-shaped
    (sk_live_, sk-proj-, ghp_, xoxb-, SG., AIza, key_).

Label conventions as applied
    PERSON: full names, first-only, surname-only, upper/lower case, "Last, First", "LAST/FIRST" (airline
    passenger name), "First L." (period inside); chat speakers labelled; titles (Mr, Mrs, Dr, M., Sig.ra)
    outside; names inside brands, funds, schools, streets, venues, boats and companies not labelled
    (Tim Hortons, Chidinma's Fabrics, Van der Valk, Collège Jean Moulin, Margaret Hughes Memorial Fund,
    Buffet Dona Rosa, Esplai Sant Jordi, Santa Maria II, Wendy's); pet names not labelled.
    STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span (flat/unit inside);
    in '>'-quoted replies each quoted line its own span; business addresses in signatures labelled; bare
    street lines labelled (also bare-street table columns). LOCATION: towns/countries where a person lives,
    was born, comes from or travels to; branch, depot, office, hotel and sales-office towns not labelled.
    DATE_OF_BIRTH only for birth dates; all other dates unlabelled. PASSWORD/API_KEY only plaintext
    secrets. IP_ADDRESS public only. EMAIL_ADDRESS every address incl. role addresses. Spans never include
    quotes, brackets or trailing punctuation and never overlap (asserted in ``_B.build``).

Look-alikes (never labelled)
    masked cards (**** 1234, XXXX-XXXX-XXXX-1234, 411111******1234, "ending 1234"), card_last4, expiry,
    CVV, SSN last-4 and masked SSN, private/loopback/CGNAT/ULA IPs, version strings, bcrypt/argon2/sha256
    hashes, UUIDs, order/ticket/claim/policy/booking/PNR/tracking/complaint numbers, OTPs, door and key-safe
    codes, IMEIs (Luhn-valid 15 digits), routing numbers, sort codes, SWIFT/BIC, GPS coordinates, amounts,
    timestamps and non-birth dates, NHS/VAT/company-register numbers, publishable keys, Twilio-style SIDs,
    session ids and request ids, product/company names containing person names, pet names, branch towns.

Tables (12 tables, 241 columns: 95 PII, 146 look-alike; every table has more look-alike than PII columns)
    name                       locales     PII/look  header style
    skyward_loyalty_members    GB, IE      8/12      snake_case, abbreviations (addr1, pwd, dob)
    ucus_rezervasyon_olaylari  TR          5/15      Turkish snake_case + spaced "Yolcu Adı"
    gaeste_rezeption           DE          8/12      German Title Case (Vorname, PLZ, Zimmer-Nr.)
    PayrollEmployees           US          8/12      PascalCase + opaque col_7 (phone)
    loneutbetalningar          SE          4/14      dotted Swedish (mottagare.iban) + opaque field_3
    Donor Records              GB, Welsh   8/11      spaced Title Case (Tel, Bank IBAN)
    huurders                   NL          8/11      Dutch snake_case + opaque attr2 (birth date)
    telehealth_consults        AU, NZ      10/11     camelCase
    LOAN_APPLICATIONS          US          9/13      UPPER_SNAKE ("Last, First" names, bare ADDR1)
    portail_parents            FR          10/12     French snake_case with accents + opaque col_12 (hash)
    lloguers_embarcacions      CAT, ES     8/12      Catalan snake_case with accents
    casamentos                 BR          9/11      Portuguese snake_case + opaque field_3 (birth date)
    Hard PII columns: first-only and surname-only columns, names under foreign or opaque headers, towns,
    birth dates in local formats, national-format phones, plaintext passwords, API keys, US account
    numbers, IBANs, public IPs, card numbers, street addresses. Header-sounds-like-PII look-alikes:
    email_verified, phone_type, password_changed_at, card_last4, dobVerified, geboortedatum_gecontroleerd,
    Address Type, SsnLast4, SSN_MASKED. Blanks at 0-60 % per column, localised placeholders (N/A, -,
    unknown, k. A., onbekend, desconegut, yok, saknas, ...) in some columns.

Known limits
    Names come from Faker (some locales mix foreign names, e.g. en_AU/en_CA share en_US names, Faker's
    is_IS and tr-like names can look invented) or short hand lists; grammar is kept simple and a few
    gender agreements in chats may not match the drawn name. Street numbers are random (1-240) and postcodes
    follow the pattern of the real town only roughly. All 500 texts come from 60 templates, so phrasing
    repeats across instances of a template. Phone numbers are valid per phonenumbers metadata but may fall
    in ranges that real operators do not use. Turkish, Romanian, Vietnamese, Icelandic, Afrikaans,
    Tagalog, Malay and Slovenian texts carry no IBAN (``_iban_of`` does not support those countries).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
import uuid

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

PER, EM, PH, CC, SSN, BANK, IBAN = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PWD, KEY = (
    "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")
assert set(LABELS) == {PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PWD, KEY}

TODAY = _dt.date(2026, 11, 26)
_STRIP_BAD = " \t\n\"'()[]{}<>,.;:!?"


# --------------------------------------------------------------------------- text builder
class _B:
    """Builds a text from parts so that every labelled span has exact offsets."""

    _PH = re.compile(r"\{(\w+)\}")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, value: str, label: str | None) -> _B:
        if label is None or not value:
            return self.t(value)
        self.spans.append((self.n, self.n + len(value), label))
        self.vals.append(value)
        return self.t(value)

    def f(self, fmt: str, **kw) -> _B:
        """fmt with {key} holes; a kw value is a plain str or a (value, label) tuple."""
        pos = 0
        for m in self._PH.finditer(fmt):
            self.t(fmt[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.p(v[0], v[1])
            else:
                self.t(v)
            pos = m.end()
        return self.t(fmt[pos:])

    def build(self) -> Text:
        text = "".join(self.parts)
        last = -1
        for (s, e, lab), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert s >= last, "overlapping spans"
            assert lab in LABELS
            if lab != ADDR:
                initial = lab == PER and re.search(r"(^|\s)\w\.$", v) is not None  # "First L." keeps its period
                assert v[0] not in _STRIP_BAD and (v[-1] not in _STRIP_BAD or initial), (lab, v)
            else:
                assert v == v.strip() and v[-1] not in ",;:", v
            last = e
        return Text(text, list(self.spans))


# --------------------------------------------------------------------------- small generators
_DIG = "0123456789"
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM = _UP + _UP.lower() + _DIG


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(_DIG) for _ in range(n))


def _s(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _pat(r: random.Random, pat: str) -> str:
    """'#' digit, '@' capital letter, anything else literal."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice(_DIG))
        elif ch == "@":
            out.append(r.choice("ABDEFGHJLNPRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


def _ascii(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ð", "d")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


def _date_between(r: random.Random, start: _dt.date, end: _dt.date) -> _dt.date:
    return start + _dt.timedelta(days=r.randint(0, (end - start).days))


def _birth(r: random.Random, lo: int = 19, hi: int = 86) -> _dt.date:
    return _date_between(r, TODAY.replace(year=TODAY.year - hi), TODAY.replace(year=TODAY.year - lo))


def _recent(r: random.Random, days: int = 700) -> _dt.date:
    return TODAY - _dt.timedelta(days=r.randint(0, days))


_DTOK = re.compile(r"YYYY|YY|MMMM|MMM|MM|DD|M|D")


def _dfmt(d: _dt.date, fmt: str, months: list[str]) -> str:
    def rep(m: re.Match) -> str:
        t = m.group(0)
        return {"YYYY": f"{d.year:04d}", "YY": f"{d.year % 100:02d}", "MMMM": months[d.month - 1],
                "MMM": months[d.month - 1][:3], "MM": f"{d.month:02d}", "DD": f"{d.day:02d}",
                "M": str(d.month), "D": str(d.day)}[t]
    return _DTOK.sub(rep, fmt)


def _ssn(r: random.Random, style: str = "-") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if style == "":
        return f"{a:03d}{g:02d}{s:04d}"
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def _routing(r: random.Random) -> str:
    while True:
        d = [r.choice([0, 1, 2, 3]), r.randint(0, 9)] + [r.randint(0, 9) for _ in range(6)]
        if (d[0] * 10 + d[1]) in set(range(1, 13)) | set(range(21, 33)):
            break
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    c = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
    return "".join(map(str, d)) + str(c)


def _bank_acct(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _d(r, r.choice([7, 8, 9, 10, 11]))


def _card(r: random.Random, sep: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        n = _luhn(r, r.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)), "disc": "6011"}[kind]
        n = _luhn(r, pre, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    if sep is None:
        sep = r.choice(["", " ", " ", "-"])
    return sep.join(groups)


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    v = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.5
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def _masked_card(r: random.Random) -> str:
    l4 = _d(r, 4)
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"4{_d(r, 5)}******{l4}",
                     f"•••• {l4}", f"ending {l4}", f"************{l4}"])


def _expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def _priv_ip(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return r.choice(["127.0.0.1", f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"fd{_s(r, '0123456789abcdef', 2)}:{_s(r, '0123456789abcdef', 4)}::{r.randint(1, 99)}"])


def _version(r: random.Random) -> str:
    a, b, c = r.randint(1, 17), r.randint(0, 24), r.randint(0, 40)
    return r.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}.{c}-rc{r.randint(1, 4)}",
                     f"{a}.{b}.{c}.{r.randint(100, 9999)}", f"2026.{r.randint(1, 11)}.{r.randint(0, 9)}"])


def _hex(r: random.Random, n: int) -> str:
    return _s(r, "0123456789abcdef", n)


_B64 = _UP + _UP.lower() + _DIG + "./"


def _bcrypt(r: random.Random) -> str:
    return f"$2b${r.choice(['10', '12'])}$" + _s(r, _B64, 53)


def _argon(r: random.Random) -> str:
    b = _UP + _UP.lower() + _DIG + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${_s(r, b, 22)}${_s(r, b, 43)}"


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _ref(r: random.Random, n: int = 6) -> str:
    return _s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", n)


def _imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


_SWIFTS = ["DEUTDEFF", "BARCGB22", "NWBKGB2L", "COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM",
           "HANDSESS", "ITAUBRSP", "AIBKIE2D", "BKAUATWW", "PKOPPLPW", "SABRRUMM"]


def _ts(r: random.Random, style: int | None = None) -> str:
    d = _recent(r, 400)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = r.randint(0, 3) if style is None else style
    if style == 0:
        return f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}Z"
    if style == 1:
        return f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d}"
    if style == 2:
        return f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}+00:00"
    return str(int(_dt.datetime(d.year, d.month, d.day, h, mi, s, tzinfo=_dt.timezone.utc).timestamp()))


def _clf_ts(r: random.Random) -> str:
    d = _recent(r, 30)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{d.day:02d}/{mon}/{d.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"


def _money(r: random.Random, sym: str = "$", lo: float = 5, hi: float = 5000) -> str:
    v = r.uniform(lo, hi)
    return f"{sym}{v:,.2f}"


def _gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 60):.5f}, {r.uniform(-120, 150):.5f}"


_PW_WORDS = ["summer", "tiger", "banana", "Monkey", "sunshine", "dragon", "Liverpool", "kangaroo", "maple", "rosebud",
             "Galaxy", "pepper", "harbour", "Falcon", "coffee", "winter", "Biscuit", "oranje", "lighthouse", "Mango"]


def _password(r: random.Random) -> str:
    k = r.randint(0, 5)
    w = r.choice(_PW_WORDS)
    if k == 0:
        return f"{w.capitalize()}{r.choice('!@#$%&*')}{r.randint(1970, 2026)}"
    if k == 1:
        return _s(r, _ALNUM, r.randint(10, 16)) + r.choice("!#%&*+=?@") + _s(r, _ALNUM, 3)
    if k == 2:
        return "-".join(r.choice(_PW_WORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    if k == 3:
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randint(10, 999))
    if k == 4:
        return f"{w}{r.randint(1, 31):02d}{r.randint(1, 12):02d}"
    return _s(r, _ALNUM, 4) + r.choice("$%&") + _s(r, _ALNUM, 4) + r.choice("!?#") + _s(r, _DIG, 2)


def _api_key(r: random.Random) -> str:
    k = r.randint(0, 6)
    if k == 0:
        return "sk_live_" + _s(r, _ALNUM, 24)
    if k == 1:
        return "ghp_" + _s(r, _ALNUM, 36)
    if k == 2:
        return f"xoxb-{_d(r, 11)}-{_d(r, 13)}-{_s(r, _ALNUM, 24)}"
    if k == 3:
        return f"SG.{_s(r, _ALNUM, 22)}.{_s(r, _ALNUM, 43)}"
    if k == 4:
        return "AIza" + _s(r, _ALNUM + "_-", 34) + r.choice(_ALNUM)
    if k == 5:
        return "sk-proj-" + _s(r, _ALNUM, 40)
    return "key_" + _s(r, _ALNUM, 32)


def _not_key(r: random.Random) -> str:
    """Token-shaped strings that are not credentials."""
    k = r.randint(0, 4)
    if k == 0:
        return "pk_live_" + _s(r, _ALNUM, 24)
    if k == 1:
        return "AC" + _hex(r, 32)
    if k == 2:
        return "sess_" + _s(r, _ALNUM, 26)
    if k == 3:
        return _hex(r, 40)
    return "req_" + _s(r, _ALNUM, 14)


# --------------------------------------------------------------------------- locales
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": ("de_gener de_febrer de_març d'abril de_maig de_juny de_juliol d'agost de_setembre d'octubre "
           "de_novembre de_desembre"),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "vi": "1 2 3 4 5 6 7 8 9 10 11 12",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
}
_MONTHS = {k: [m.replace("_", " ") for m in v.split()] for k, v in _MONTHS.items()}

# key: (faker locale or None, language, phone region, iban cc or None, phone prefixes, date formats,
#       street format, postal format, unit position, units, streets, towns "name|postcode pattern|extra", mail domains)
_L = {
    "US": ("en_US", "en", "US", None,
           ["212", "415", "614", "312", "512", "503", "303", "919", "813", "608", "916", "804"],
           ["MM/DD/YYYY", "M/D/YYYY", "MMMM D, YYYY", "YYYY-MM-DD", "MM-DD-YYYY"],
           "{n} {s}", "{t}, {x} {pc}", "after",
           ["Apt 4B", "Apt 12", "Unit 305", "Suite 210", "Apt 2F", "#7"],
           ["Maple Ave", "Oak Street", "Elm St", "Cedar Lane", "Washington Blvd", "Lakeview Dr", "Pine Ridge Rd",
            "Main St", "Highland Ave", "Sunset Blvd", "Jefferson Ave", "Mill Creek Rd", "W 3rd St", "Hawthorne Ct"],
           ["Columbus|432##|OH", "Austin|787##|TX", "Portland|972##|OR", "Denver|802##|CO", "Raleigh|276##|NC",
            "Tampa|336##|FL", "Madison|537##|WI", "Sacramento|958##|CA", "Boise|837##|ID", "Richmond|232##|VA",
            "Albany|122##|NY", "Tucson|857##|AZ", "Dayton|454##|OH", "Spokane|992##|WA"],
           ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]),
    "GB": ("en_GB", "en", "GB", "GB", ["74", "75", "77", "78", "79", "20", "113", "161", "117", "1603", "114"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD.MM.YYYY", "D/M/YYYY", "DD-MM-YYYY"],
           "{n} {s}", "{t} {pc}", "before", ["Flat 3", "Flat 2B", "Apartment 14", "Flat 1/2"],
           ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Kingsway", "Park Avenue",
            "Queens Road", "High Street", "Belmont Grove", "Ashfield Close", "Cromwell Terrace"],
           ["Leeds|LS# #@@|", "Manchester|M## #@@|", "Bristol|BS# #@@|", "Norwich|NR# #@@|", "Sheffield|S## #@@|",
            "Brighton|BN# #@@|", "York|YO## #@@|", "Leicester|LE# #@@|", "Exeter|EX# #@@|", "Reading|RG# #@@|"],
           ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"]),
    "IN": ("en_IN", "en", "IN", None, ["98", "99", "97", "96", "80", "70", "63", "90"],
           ["DD/MM/YYYY", "DD-MM-YYYY", "D MMMM YYYY", "DD.MM.YYYY"],
           "{n}, {s}", "{t} {pc}", "before",
           ["Flat 402, Sai Residency", "B-12, Green Park Apartments", "H.No. 3", "Flat 7C, Lotus Towers"],
           ["MG Road", "Linking Road", "Anna Salai", "Park Street", "Nehru Nagar Main Road", "100 Feet Road", "SV Road",
            "5th Cross, Indiranagar"],
           ["Bengaluru|560###|", "Mumbai|400###|", "Chennai|600###|", "Pune|411###|", "Hyderabad|500###|",
            "Kolkata|700###|", "Jaipur|302###|", "Kochi|682###|", "Lucknow|226###|"],
           ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "AU": ("en_AU", "en", "AU", None, ["4", "4", "2", "3", "7", "8"],
           ["DD/MM/YYYY", "D/MM/YYYY", "D MMMM YYYY", "YYYY-MM-DD"],
           "{n} {s}", "{t} {x} {pc}", "before", ["Unit 4", "Unit 12", "Apt 3"],
           ["Beach Rd", "George St", "Bourke St", "Smith St", "Oxford St", "Chapel St", "Anzac Pde", "Military Rd",
            "Brunswick St"],
           ["Manly|2095|NSW", "Fitzroy|3065|VIC", "Newtown|2042|NSW", "Fremantle|6160|WA", "Toowong|4066|QLD",
            "Glenelg|5045|SA", "Hobart|7000|TAS", "Parramatta|2150|NSW", "Geelong|3220|VIC"],
           ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"]),
    "CA": ("en_CA", "en", "CA", None, ["416", "604", "403", "613", "902", "204", "780", "250", "647"],
           ["YYYY-MM-DD", "MMMM D, YYYY", "DD/MM/YYYY", "MM/DD/YYYY"],
           "{n} {s}", "{t}, {x} {pc}", "before", ["Unit 1204", "Apt 7", "Suite 300"],
           ["King St W", "Yonge St", "Granville St", "Jasper Ave", "Portage Ave", "Barrington St", "Elgin St",
            "Bloor St E", "Whyte Ave"],
           ["Toronto|M#@ #@#|ON", "Vancouver|V#@ #@#|BC", "Calgary|T#@ #@#|AB", "Ottawa|K#@ #@#|ON",
            "Halifax|B#@ #@#|NS", "Winnipeg|R#@ #@#|MB", "Edmonton|T#@ #@#|AB", "Victoria|V#@ #@#|BC"],
           ["gmail.com", "rogers.com", "shaw.ca", "hotmail.com", "sympatico.ca"]),
    "IE": ("en_IE", "en", "IE", "IE", ["85", "86", "87", "83", "1", "21", "91"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
           "{n} {s}", "{t}, {x}, {pc}", "before", ["Apt 5", "Flat 2", "Apartment 31"],
           ["Main Street", "Church Road", "O'Connell Street", "Patrick Street", "Shop Street", "Strand Road",
            "Castle Road", "Mill Road"],
           ["Cork|T12 @#@#|Co. Cork", "Galway|H91 @#@#|Co. Galway", "Limerick|V94 @#@#|Co. Limerick",
            "Ennis|V95 @#@#|Co. Clare", "Kilkenny|R95 @#@#|Co. Kilkenny", "Sligo|F91 @#@#|Co. Sligo",
            "Tralee|V92 @#@#|Co. Kerry", "Athlone|N37 @#@#|Co. Westmeath"],
           ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"]),
    "NG": ("en_NG", "en", "NG", None, ["803", "806", "813", "805", "703", "706", "909", "816"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
           "{n} {s}", "{x}, {t}", "before", ["Flat 3", "Block C, Flat 2"],
           ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Bode Thomas Street", "Ogui Road",
            "Ring Road", "Herbert Macaulay Way"],
           ["Lagos|1#####|Victoria Island", "Lagos|1#####|Ikeja", "Abuja|900###|Wuse 2", "Ibadan|200###|Bodija",
            "Port Harcourt|500###|GRA Phase 2", "Enugu|400###|Independence Layout"],
           ["gmail.com", "yahoo.com", "outlook.com"]),
    "NZ": ("en_NZ", "en", "NZ", None, ["21", "22", "27", "9", "4", "3"],
           ["DD/MM/YYYY", "D MMMM YYYY", "D/MM/YYYY"],
           "{n} {s}", "{x}, {t} {pc}", "before", ["Flat 2", "Unit 6"],
           ["Queen Street", "Cuba Street", "Riccarton Road", "Victoria Street", "George Street", "Devonport Road",
            "Ponsonby Road"],
           ["Auckland|10##|Grey Lynn", "Wellington|60##|Te Aro", "Christchurch|80##|Riccarton",
            "Hamilton|32##|Hillcrest", "Dunedin|90##|Roslyn", "Tauranga|31##|Otumoetai", "Nelson|70##|Stoke"],
           ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"]),
    "KE": ("en_KE", "en", "KE", None, ["7", "7", "11"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
           "{n} {s}", "{t} {pc}", "before", ["Block C", "Hse 14, Riverside Court"],
           ["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Waiyaki Way",
           "Argwings Kodhek Road"],
           ["Nairobi|00100|", "Mombasa|80100|", "Kisumu|40100|", "Nakuru|20100|", "Eldoret|30100|"],
           ["gmail.com", "yahoo.com"]),
    "DE": ("de_DE", "de", "DE", "DE", ["151", "160", "170", "176", "30", "89", "221", "40", "711"],
           ["DD.MM.YYYY", "D.M.YYYY", "D. MMMM YYYY", "YYYY-MM-DD"],
           "{s} {n}", "{pc} {t}", "after", ["Whg. 4", "2. OG", "Hinterhaus"],
           ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Am Mühlbach",
            "Kastanienallee", "Rosenweg", "Bergstraße"],
           ["Köln|50###|", "München|80###|", "Hamburg|20###|", "Leipzig|04###|", "Freiburg im Breisgau|79###|",
            "Münster|48###|", "Dresden|01###|", "Bremen|28###|", "Mainz|55###|", "Nürnberg|90###|"],
           ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]),
    "FR": ("fr_FR", "fr", "FR", "FR", ["6", "7", "1", "4", "5", "2"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
           "{n} {s}", "{pc} {t}", "after", ["appt 12", "bât. B", "3e étage"],
           ["rue des Lilas", "avenue de la Gare", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls",
            "chemin du Moulin", "rue Nationale", "allée des Cerisiers"],
           ["Lyon|6900#|", "Nantes|44###|", "Bordeaux|330##|", "Lille|590##|", "Toulouse|310##|", "Rennes|350##|",
            "Montpellier|340##|", "Strasbourg|670##|", "Angers|490##|"],
           ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"]),
    "ES": ("es_ES", "es", "ES", "ES", ["6", "6", "7", "91", "95", "96"],
           ["DD/MM/YYYY", "D de MMMM de YYYY", "DD-MM-YYYY"],
           "{s}, {n}", "{pc} {t}", "after", ["3º B", "1º izda.", "bajo", "5º C"],
           ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Calle Real", "Paseo de la Alameda",
            "Calle Larga", "Avenida de América"],
           ["Madrid|280##|", "Sevilla|410##|", "Valencia|460##|", "Zaragoza|500##|", "Málaga|290##|",
            "Bilbao|480##|", "Granada|180##|", "Valladolid|470##|"],
           ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"]),
    "CAT": ("es_CA", "ca", "ES", "ES", ["6", "6", "93", "97", "7"],
            ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
            "{s}, {n}", "{pc} {t}", "after", ["2n 1a", "3r 2a", "baixos", "àtic"],
            ["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera", "Rambla Nova",
             "Carrer del Sol", "Carrer de Sant Pere"],
            ["Barcelona|080##|", "Girona|170##|", "Lleida|250##|", "Tarragona|430##|", "Sabadell|082##|",
             "Vic|085##|", "Reus|432##|", "Manresa|082##|"],
            ["gmail.com", "yahoo.es", "hotmail.com", "xtec.cat"]),
    "NL": ("nl_NL", "nl", "NL", "NL", ["61", "62", "64", "65", "20", "30", "10", "50"],
           ["DD-MM-YYYY", "D MMMM YYYY", "DD/MM/YYYY"],
           "{s} {n}", "{pc} {t}", "after", ["bis", "A", "3-hoog"],
           ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht", "Lindelaan", "Vondelstraat"],
           ["Utrecht|35## @@|", "Groningen|97## @@|", "Haarlem|20## @@|", "Eindhoven|56## @@|", "Leiden|23## @@|",
            "Zwolle|80## @@|", "Arnhem|68## @@|"],
           ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl", "xs4all.nl"]),
    "BR": ("pt_BR", "pt", "BR", "BR", ["119", "219", "319", "419", "519", "819", "719", "11", "21"],
           ["DD/MM/YYYY", "D de MMMM de YYYY", "DD-MM-YYYY"],
           "{s}, {n}", "{t} - {x}, {pc}", "after", ["apto 45", "casa 2", "bloco B, apto 12", "sala 304"],
           ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Avenida Atlântica",
            "Rua da Consolação", "Rua dos Andradas"],
           ["São Paulo|0####-###|SP", "Rio de Janeiro|2####-###|RJ", "Belo Horizonte|3####-###|MG",
            "Curitiba|8####-###|PR", "Porto Alegre|9####-###|RS", "Recife|5####-###|PE", "Salvador|4####-###|BA"],
           ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "terra.com.br"]),
    "IT": ("it_IT", "it", "IT", "IT", ["3", "3", "02", "06", "011", "055"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY", "DD.MM.YYYY"],
           "{s} {n}", "{pc} {t} {x}", "after", ["int. 5", "scala B", "piano 2"],
           ["Via Roma", "Via Garibaldi", "Corso Italia", "Via dei Mille", "Viale Europa", "Piazza del Popolo",
            "Via della Repubblica"],
           ["Milano|201##|MI", "Torino|101##|TO", "Bologna|401##|BO", "Firenze|501##|FI", "Napoli|801##|NA",
            "Verona|371##|VR", "Bari|701##|BA", "Padova|351##|PD"],
           ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"]),
    "PL": ("pl_PL", "pl", "PL", "PL", ["5", "6", "7", "8", "22", "12", "58"],
           ["DD.MM.YYYY", "D MMMM YYYY", "DD-MM-YYYY", "YYYY-MM-DD"],
           "{s} {n}", "{pc} {t}", "after", ["m. 3", "m. 12", "lok. 4"],
           ["ul. Długa", "ul. Mickiewicza", "ul. Polna", "al. Niepodległości", "ul. Kwiatowa", "ul. Ogrodowa",
            "ul. Lipowa"],
           ["Gdańsk|80-###|", "Kraków|30-###|", "Wrocław|50-###|", "Poznań|60-###|", "Łódź|90-###|",
            "Lublin|20-###|", "Toruń|87-###|"],
           ["wp.pl", "o2.pl", "gmail.com", "interia.pl", "onet.pl"]),
    "SE": ("sv_SE", "sv", "SE", "SE", ["70", "72", "73", "76", "8", "31", "40"],
           ["YYYY-MM-DD", "D MMMM YYYY", "D/M YYYY"],
           "{s} {n}", "{pc} {t}", "after", ["lgh 1102", "3 tr"],
           ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Skolgatan", "Sjövägen", "Ekvägen"],
           ["Göteborg|41# ##|", "Uppsala|75# ##|", "Malmö|21# ##|", "Umeå|90# ##|", "Linköping|58# ##|",
            "Västerås|72# ##|", "Örebro|70# ##|"],
           ["telia.com", "gmail.com", "hotmail.se", "bredband.net"]),
    "IS": ("is_IS", "is", "IS", None, ["6", "7", "8", "5"],
           ["DD.MM.YYYY", "D. MMMM YYYY", "D.M.YYYY"],
           "{s} {n}", "{pc} {t}", "after", ["íbúð 201", "3. hæð"],
           ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hraunbær", "Brekkugata", "Austurvegur", "Bárugata"],
           ["Reykjavík|10#|", "Kópavogur|20#|", "Hafnarfjörður|220|", "Akureyri|600|", "Selfoss|800|",
            "Ísafjörður|400|", "Egilsstaðir|700|"],
           ["simnet.is", "gmail.com", "internet.is", "hi.is"]),
    "ZA": (None, "af", "ZA", None, ["82", "83", "72", "79", "21", "12"],
           ["YYYY/MM/DD", "D MMMM YYYY", "DD/MM/YYYY", "YYYY-MM-DD"],
           "{n} {s}", "{t}, {pc}", "before", ["Woonstel 4", "Eenheid 12"],
           ["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Rissikstraat", "Bloekomlaan", "Hoofweg", "Eikestraat"],
           ["Stellenbosch|7600|", "Pretoria|0181|", "Bloemfontein|9301|", "Paarl|7646|", "Potchefstroom|2531|",
            "George|6529|", "Worcester|6850|"],
           ["gmail.com", "mweb.co.za", "telkomsa.net", "vodamail.co.za"]),
    "PH": (None, "tl", "PH", None, ["917", "918", "919", "927", "995", "2"],
           ["MM/DD/YYYY", "MMMM D, YYYY", "DD/MM/YYYY", "YYYY-MM-DD"],
           "{n} {s}", "{x}, {t} {pc}", "before", ["Unit 5B", "Blk 4 Lot 12"],
           ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Luna St.", "Aguinaldo Highway", "Burgos St."],
           ["Makati|1203|Brgy. San Antonio", "Quezon City|1100|Brgy. Sikatuna", "Pasig|1600|Brgy. Kapitolyo",
            "Cebu City|6000|Brgy. Lahug", "Davao City|8000|Brgy. Buhangin", "Baguio|2600|Brgy. Aurora Hill",
            "Iloilo City|5000|Brgy. Jaro"],
           ["gmail.com", "yahoo.com", "yahoo.com.ph"]),
    "MY": (None, "ms", "MY", None, ["12", "13", "16", "17", "19", "3"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD-MM-YYYY"],
           "No. {n}, {s}", "{pc} {t}, {x}", "before", ["Lot 5", "Unit 12-3"],
           ["Jalan Ampang", "Jalan Bukit Bintang", "Jalan Sultan Ismail", "Jalan Kebun Bunga", "Jalan Merdeka",
            "Jalan SS 2/24", "Lorong Maarof"],
           ["Kuala Lumpur|50###|Wilayah Persekutuan", "Shah Alam|40###|Selangor", "Johor Bahru|80###|Johor",
            "Ipoh|30###|Perak", "Kota Bharu|15###|Kelantan", "Melaka|75###|Melaka", "Kuantan|25###|Pahang"],
           ["gmail.com", "yahoo.com.my", "hotmail.my"]),
    "TR": (None, "tr", "TR", None, ["53", "54", "55", "50", "212", "216", "312"],
           ["DD.MM.YYYY", "D MMMM YYYY", "DD/MM/YYYY"],
           "{s} No: {n}", "{pc} {t}", "after", ["D: 4", "Kat: 3 D: 7"],
           ["Cumhuriyet Cad.", "Bağdat Cad.", "Gül Sok.", "Lale Sok.", "Kazım Karabekir Cad.", "Menekşe Sok."],
           ["İstanbul|34###|", "Ankara|06###|", "İzmir|35###|", "Bursa|16###|", "Antalya|07###|", "Eskişehir|26###|",
            "Trabzon|61###|"],
           ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "outlook.com"]),
    "RO": ("ro_RO", "ro", "RO", None, ["72", "74", "75", "76", "21", "264"],
           ["DD.MM.YYYY", "D MMMM YYYY", "DD/MM/YYYY"],
           "{s} nr. {n}", "{pc} {t}", "after", ["bl. A2, sc. 1, ap. 14", "ap. 3", "et. 2, ap. 9"],
           ["Str. Florilor", "Bd. Unirii", "Calea Victoriei", "Str. Republicii", "Aleea Teilor", "Str. Lalelelor"],
           ["București|0#####|", "Cluj-Napoca|400###|", "Iași|700###|", "Timișoara|300###|", "Brașov|500###|",
            "Constanța|900###|", "Sibiu|550###|"],
           ["yahoo.com", "gmail.com", "yahoo.ro"]),
    "VN": (None, "vi", "VN", None, ["90", "91", "98", "97", "93", "24", "28"],
           ["DD/MM/YYYY", "D/M/YYYY", "DD-MM-YYYY"],
           "Số {n} {s}", "{x}, {t}", "after", ["Phòng 1203", "Tầng 4"],
           ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Chu Trinh"],
           ["Hà Nội||Quận Hoàn Kiếm", "TP. Hồ Chí Minh||Quận 3", "Đà Nẵng||Quận Hải Châu", "Huế||Phường Vĩnh Ninh",
            "Hải Phòng||Quận Lê Chân", "Cần Thơ||Quận Ninh Kiều", "Nha Trang||Phường Lộc Thọ"],
           ["gmail.com", "yahoo.com.vn", "outlook.com"]),
    "CY": (None, "cy", "GB", "GB", ["77", "78", "79", "1286", "1970", "1248"],
           ["DD/MM/YYYY", "D MMMM YYYY", "DD.MM.YYYY"],
           "{n} {s}", "{t} {pc}", "before", ["Fflat 2", "Fflat 1A"],
           ["Stryd Fawr", "Ffordd y Castell", "Heol y Bont", "Lôn Las", "Stryd y Llyn", "Ffordd Penrallt"],
           ["Caernarfon|LL55 #@@|", "Aberystwyth|SY23 #@@|", "Bangor|LL57 #@@|", "Pwllheli|LL53 #@@|",
            "Caerfyrddin|SA31 #@@|", "Dolgellau|LL40 #@@|", "Llanelli|SA15 #@@|"],
           ["gmail.com", "btinternet.com", "outlook.com"]),
    "SI": ("sl_SI", "sl", "SI", None, ["31", "41", "51", "40", "1", "2"],
           ["DD.MM.YYYY", "D. M. YYYY", "D. MMMM YYYY"],
           "{s} {n}", "{pc} {t}", "after", ["stanovanje 5"],
           ["Slovenska cesta", "Trubarjeva ulica", "Cankarjeva ulica", "Gosposvetska cesta", "Ulica talcev",
            "Celovška cesta"],
           ["Ljubljana|1000|", "Maribor|2000|", "Celje|3000|", "Kranj|4000|", "Koper|6000|", "Novo mesto|8000|",
            "Ptuj|2250|"],
           ["siol.net", "gmail.com", "t-2.net", "amis.net"]),
}

_HAND_NAMES = {
    "ZA": (["Johan", "Pieter", "Annelie", "Marike", "Jaco", "Riaan", "Elmarie", "Hendrik", "Liezl", "Francois",
            "Karin", "Wynand", "Sunette", "Ruan"],
           ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Steyn", "Venter", "Coetzee", "Fourie",
            "Joubert", "Kruger", "le Roux", "Swanepoel"]),
    "PH": (["Maria", "Jose", "Juan Carlos", "Cristina", "Rommel", "Jennylyn", "Mark Anthony", "Rowena", "Arnel",
            "Liza", "Joy", "Ramon", "Kristine", "Jericho"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
            "Castillo", "Manalo", "Pascual", "Macaraeg"]),
    "MY": (["Ahmad", "Nurul Aina", "Siti Khadijah", "Muhammad Hafiz", "Farah", "Amirul", "Nor Azlina", "Zulkifli",
            "Nur Hidayah", "Faizal", "Aisyah", "Hakim"],
           ["Abdullah", "Ismail", "Hassan", "Rahman", "Yusof", "Osman", "Ibrahim", "Salleh", "Kamaruddin"]),
    "TR": (["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Burak", "Fatma", "Can", "Selin", "Hakan",
            "Deniz", "Gökhan", "Merve"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
            "Aslan", "Korkmaz"]),
    "VN": (["Anh", "Hùng", "Lan", "Hương", "Tuấn", "Mai", "Dũng", "Linh", "Quang", "Thảo", "Phương", "Khoa"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"]),
    "CY": (["Rhys", "Angharad", "Dafydd", "Siân", "Gwenllian", "Iolo", "Carys", "Llŷr", "Nia", "Huw", "Elin",
            "Gethin", "Ffion", "Osian"],
           ["Jones", "Williams", "Evans", "Roberts", "Hughes", "Pritchard", "Llywelyn", "Parry", "Morgan",
            "Griffiths", "ap Dafydd"]),
}
_MY_FEMALE = {"Nurul Aina", "Siti Khadijah", "Farah", "Nor Azlina", "Nur Hidayah", "Aisyah"}
_VN_MID = ["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh", "Quốc", "Thu"]

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_PHONE_LENS: dict[str, list[int]] = {}


class Person:
    def __init__(self, first: str, last: str, full: str) -> None:
        self.first, self.last, self.full = first, last, full

    @property
    def initial(self) -> str:  # "First L."
        return f"{self.first} {self.last[0]}."


class Loc:
    def __init__(self, key: str) -> None:
        (self.fk, self.lang, self.region, self.iban_cc, self.prefixes, self.dfmts, self.sfmt, self.pfmt,
         self.upos, self.units, self.streets, towns, self.domains) = _L[key]
        self.key = key
        self.towns = [tuple(t.split("|")) for t in towns]
        self.months = _MONTHS[self.lang] if self.lang != "en" or key != "PH" else _MONTHS["en"]
        self.cc = phonenumbers.country_code_for_region(self.region)

    # names
    def person(self, r: random.Random, sex: str | None = None) -> Person:
        if self.key in _HAND_NAMES:
            fs, ls = _HAND_NAMES[self.key]
            first, last = r.choice(fs), r.choice(ls)
            if self.key == "VN":
                return Person(first, last, f"{last} {r.choice(_VN_MID)} {first}")
            if self.key == "MY":
                return Person(first, last, f"{first} {'binti' if first in _MY_FEMALE else 'bin'} {last}")
            return Person(first, last, f"{first} {last}")
        fk = _faker(self.fk)
        fk.seed_instance(r.getrandbits(32))
        first = {"f": fk.first_name_female, "m": fk.first_name_male}.get(sex or "", fk.first_name)()
        last = fk.last_name()
        return Person(first, last, f"{first} {last}")

    def town(self, r: random.Random) -> str:
        return r.choice(self.towns)[0]

    def street(self, r: random.Random, unit: float = 0.3) -> str:
        n = str(r.randint(1, 240))
        if self.key in ("FR",) and r.random() < 0.15:
            n += " bis"
        line = self.sfmt.format(n=n, s=r.choice(self.streets))
        if r.random() < unit:
            u = r.choice(self.units)
            line = f"{u}, {line}" if self.upos == "before" else f"{line}, {u}"
        return line

    def postal(self, r: random.Random, town: tuple | None = None) -> str:
        t = town or r.choice(self.towns)
        return self.pfmt.format(t=t[0], pc=_pat(r, t[1]), x=t[2]).replace(", ,", ",").strip(" ,")

    def addr_lines(self, r: random.Random, unit: float = 0.3) -> list[str]:
        return [self.street(r, unit), self.postal(r)]

    def addr(self, r: random.Random, unit: float = 0.3, sep: str = ", ") -> str:
        return sep.join(self.addr_lines(r, unit))

    # phones
    def phone(self, r: random.Random, style: str | None = None) -> str:
        reg = self.region
        if reg not in _PHONE_LENS:
            lens = []
            for t in (_PNT.MOBILE, _PNT.FIXED_LINE):
                ex = phonenumbers.example_number_for_type(reg, t)
                lens.append(len(phonenumbers.national_significant_number(ex)))
            _PHONE_LENS[reg] = sorted(dict.fromkeys(lens + [x + 1 for x in lens] + [x - 1 for x in lens]))
        for _ in range(2000):
            pre = r.choice(self.prefixes)
            n = r.choice(_PHONE_LENS[reg])
            if n <= len(pre):
                continue
            nsn = pre + _d(r, n - len(pre))
            num = phonenumbers.parse(f"+{self.cc}{nsn}")
            if phonenumbers.is_valid_number(num):
                break
        else:  # pragma: no cover
            raise RuntimeError(reg)
        style = style or r.choice(["nat", "nat", "nat", "intl", "intl", "e164", "compact"])
        if style == "nat":
            s = phonenumbers.format_number(num, _PNF.NATIONAL)
        elif style == "intl":
            s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, _PNF.E164)
        else:
            s = re.sub(r"[^0-9+]", "", phonenumbers.format_number(num, _PNF.NATIONAL))
        if self.key == "FR" and style == "nat" and r.random() < 0.4:
            s = s.replace(" ", ".")
        if "(" in s:  # keep spans free of brackets
            s = s.replace("(", "").replace(") ", "-" if reg in ("US", "CA") else " ").replace(")", "")
        chk = phonenumbers.parse(s, reg)
        assert phonenumbers.is_valid_number(chk) and chk.national_number == num.national_number, (s, reg)
        return s

    # dates
    def dob(self, r: random.Random, fmt: str | None = None) -> str:
        return _dfmt(_birth(r), fmt or r.choice(self.dfmts), self.months)

    def date(self, r: random.Random, fmt: str | None = None, days: int = 500) -> str:
        return _dfmt(_recent(r, days), fmt or r.choice(self.dfmts), self.months)

    def email(self, r: random.Random, p: Person) -> str:
        f, la = _ascii(p.first.split()[0]).lower(), _ascii(p.last.replace(" ", "")).lower()
        k = r.randint(0, 5)
        local = [f"{f}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}",
                 f"{f}{r.randint(1960, 2005)}"][k]
        return f"{local}@{r.choice(self.domains)}"

    def iban(self, r: random.Random, spaced: bool | None = None) -> str:
        return _iban(r, self.iban_cc or "DE", spaced)


LOCS = {k: Loc(k) for k in _L}


# --------------------------------------------------------------------------- templates
TEMPLATES: list[tuple] = []  # (name, language, locale key, shape, function)


def _tpl(lang: str, loc: str, shape: str):
    def deco(fn):
        TEMPLATES.append((fn.__name__.removeprefix("_t_"), lang, loc, shape, fn))
        return fn
    return deco


def _hhmm(r: random.Random, ampm: bool = False) -> str:
    h, m = r.randint(7, 22), r.randint(0, 59)
    if ampm:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{m:02d}"


class _Clock:
    """Increasing times of day for chat exports."""

    def __init__(self, r: random.Random) -> None:
        self.r, self.m = r, r.randint(7 * 60, 13 * 60)

    def __call__(self, ampm: bool = False) -> str:
        self.m = min(self.m + self.r.randint(0, 40), 23 * 60 + 59)
        h, m = divmod(self.m, 60)
        if ampm:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"


# ---- English: United States ---------------------------------------------------------------
@_tpl("en", "US", "email reply with signature and quoted text")
def _t_us_email_quoted(r, L):
    c, a = L.person(r), L.person(r)
    brand = r.choice(["Brightwater Home Services", "Lakeside Appliance Care", "Northpeak Outfitters", "Cobalt Mobile"])
    dom = brand.split()[0].lower() + ".com"
    old, new = L.addr_lines(r, 0.5), L.addr_lines(r, 0.2)
    ce = L.email(r, c)
    return _B().f(
        "Subject: RE: Order {oid} - shipping address\nFrom: {afull} <{ae}>\nTo: {ce}\n\n"
        "Hi {cf},\n\nThanks for the quick reply. I've updated the order so it ships to {new} instead of the old "
        "address. Your card {mask} was not charged twice, the second line is just a pending authorization.\n\n"
        "Best,\n{af}\n{brand} | Customer Care\n{biz}\n{bph} | {ae}\n\n"
        "On {d}, {cfull} <{ce2}> wrote:\n> Hi {af},\n> I moved last week. Please don't send it to\n> {o1}\n> {o2}\n"
        "> the new place is {new2}. Cell is {cph} if the driver needs it.\n> Thanks, {cf2}\n",
        oid=f"{r.randint(10, 99)}-{r.randint(100000, 999999)}", af=(a.first, PER), afull=(a.full, PER),
        ae=(f"{_ascii(a.first).lower()}.{_ascii(a.last).lower()[0]}@{dom}", EM), ce=(ce, EM), cf=(c.first, PER),
        new=(", ".join(new), ADDR), mask=_masked_card(r), brand=brand, biz=(L.addr(r, 0.6), ADDR),
        bph=(L.phone(r, "nat"), PH), d=L.date(r, "MMMM D, YYYY", 60), cfull=(c.full, PER), ce2=(ce, EM),
        o1=(old[0], ADDR), o2=(old[1], ADDR), new2=(", ".join(new), ADDR), cph=(L.phone(r), PH), cf2=(c.first, PER))


@_tpl("en", "US", "support ticket with internal note")
def _t_us_ticket_payroll(r, L):
    c, a = L.person(r), L.person(r)
    acct, ssn = _bank_acct(r), _ssn(r)
    return _B().f(
        "Ticket #{tid} | Priority: High | Channel: web form\nRequester: {cname} ({ce})\n\n"
        "Customer message:\nHi, my direct deposit didn't come through on {d}. I think HR typed the account wrong. "
        "The right one is {acct} with routing {rt} at {bank}. For verification my SSN is {ssn} and DOB {dob}.\n\n"
        "--- Internal note ({agent}, {t}) ---\nVerified caller w/ last 4 of SSN ({l4}) + DOB. Old acct on file ended "
        "{oldl4}. Updated in Paylocity-style portal, batch {batch}. Do NOT paste the full SSN in Slack again pls.\n",
        tid=str(r.randint(200000, 999999)), cname=(c.full, PER), ce=(L.email(r, c), EM), d=L.date(r, "M/D", 40),
        acct=(acct, BANK), rt=_routing(r), bank=r.choice(["Chase", "Wells Fargo", "Ally", "a credit union"]),
        ssn=(ssn, SSN), dob=(L.dob(r), DOB), agent=(a.initial, PER), t=_hhmm(r, True), l4=ssn[-4:],
        oldl4=_d(r, 4), batch=f"PR-{r.randint(2025, 2026)}-{r.randint(100, 999)}")


@_tpl("en", "US", "speech-to-text call transcript (lower case)")
def _t_us_transcript(r, L):
    c, a = L.person(r), L.person(r)
    town = L.town(r)
    num = L.phone(r, "nat").replace("-", " ")
    return _B().f(
        "[call 00:00:03] agent: thank you for calling harbor point insurance this is {ag} how can i help\n"
        "[00:00:07] caller: yeah hi um my name is {cn} i'm calling about claim {claim}\n"
        "[00:00:12] agent: sure can i get your date of birth\n[00:00:15] caller: {dob}\n"
        "[00:00:19] agent: and the best number to reach you\n[00:00:22] caller: it's {ph} that's my cell\n"
        "[00:00:30] caller: we're actually moving to {town} next month so the mailing address will change\n"
        "[00:00:36] agent: okay i've noted that the adjuster {adj} will call you back within two business days\n",
        ag=(a.first.lower(), PER), cn=(c.full.lower(), PER), claim=f"{_d(r, 2)}-{_d(r, 6)}",
        dob=(L.dob(r, r.choice(["MM/DD/YYYY", "MMMM D YYYY"])).lower(), DOB), ph=(num, PH), town=(town.lower(), LOC),
        adj=(L.person(r).last.lower(), PER))


@_tpl("en", "US", "application log, JSON lines")
def _t_us_jsonlog(r, L):
    c = L.person(r)
    e = L.email(r, c)
    ip1, ip2 = _ip_public_v4(r), _ip_public_v6(r)
    pw = _password(r)
    return _B().f(
        '{"ts":"{t1}","level":"INFO","svc":"auth-api","ver":"{v}","msg":"login ok","user":"{e1}","ip":"{ip1}",'
        '"upstream":"{priv}","session":"{sess}"}\n'
        '{"ts":"{t2}","level":"WARN","svc":"auth-api","msg":"password reset requested","user":"{e2}","ip":"{ip2}",'
        '"trace_id":"{uuid}"}\n'
        '{"ts":"{t3}","level":"ERROR","svc":"auth-api","msg":"validation failed","body":{"email":"{e3}",'
        '"password":"{pw}","remember":true},"hash":"{bc}"}\n',
        t1=_ts(r, 0), v=_version(r), e1=(e, EM), ip1=(ip1, IP), priv=_priv_ip(r), sess=_not_key(r),
        t2=_ts(r, 0), e2=(e, EM), ip2=(ip2, IP), uuid=_uuid(r), t3=_ts(r, 0), e3=(e, EM), pw=(pw, PWD),
        bc=_bcrypt(r))


@_tpl("en", "US", "loan form dump, key: value")
def _t_us_form_kv(r, L):
    c = L.person(r)
    emp = r.choice(["Wendy's", "Dr. Pepper Bottling Co.", "Johnson Controls", "Ben & Jerry's", "Trader Joe's"])
    return _B().f(
        "APPLICATION {appid}\nsubmitted: {ts}\n\nfirst_name: {fn}\nlast_name: {ln}\ndob: {dob}\nssn: {ssn}\n"
        "phone_home: {ph1}\nphone_type: mobile\nemail: {em}\naddress: {addr}\nyears_at_address: {yrs}\n"
        "employer: {emp}\nmonthly_income: {inc}\nbank_routing: {rt}\nbank_account: {acct}\n"
        "card_on_file: {mask} exp {exp}\nconsent_ip: {ip}\ndevice: iPhone15,3 iOS {v}\n",
        appid=f"LN-{r.randint(10 ** 7, 10 ** 8 - 1)}", ts=_ts(r, 1), fn=(c.first, PER), ln=(c.last, PER),
        dob=(L.dob(r), DOB), ssn=(_ssn(r, r.choice(["-", "-", " ", ""])), SSN), ph1=(L.phone(r), PH),
        em=(L.email(r, c), EM), addr=(L.addr(r), ADDR), yrs=str(r.randint(1, 20)), emp=emp,
        inc=_money(r, "$", 2000, 9000), rt=_routing(r), acct=(_bank_acct(r), BANK), mask=_masked_card(r),
        exp=_expiry(r), ip=(_ip_public_v4(r), IP), v=f"{r.randint(16, 18)}.{r.randint(0, 6)}")


@_tpl("en", "US", "Slack channel export")
def _t_us_slack(r, L):
    tk = _Clock(r)
    a, b_, c = L.person(r), L.person(r), L.person(r)
    ua, ub = f"{_ascii(a.first).lower()}.{_ascii(a.last).lower()[0]}", _ascii(b_.first).lower()
    key = _api_key(r)
    return _B().f(
        "#ops-alerts export {d}\n[{t1}] {ua}: staging webhook is failing again, 401 from the mail provider\n"
        "[{t2}] {ub}: I rotated it yesterday, new one is {key}\n[{t3}] {ua}: thx. also prod box {ip} is at 97% disk, "
        "the replica {priv} is fine\n[{t4}] {ub}: ugh ok. {cfn} from billing asked me to remind everyone not to "
        "paste keys here lol\n[{t5}] {ua}: the publishable one is fine to share: {pk}\n"
        "[{t6}] {ub}: deploy {v} tagged, ping @{ub2} if the canary looks off\n",
        d=L.date(r, "YYYY-MM-DD", 30), t1=tk(), ua=(ua, PER), t2=tk(), ub=(ub, PER), key=(key, KEY),
        t3=tk(), ip=(_ip_public_v4(r), IP), priv=_priv_ip(r), t4=tk(), cfn=(c.first, PER), t5=tk(),
        pk="pk_live_" + _s(r, _ALNUM, 24), t6=tk(), v=_version(r), ub2=(ub, PER))


@_tpl("en", "US", "SMS thread")
def _t_us_sms(r, L):
    a, b_ = L.person(r), L.person(r)
    street = L.street(r, 0.6)
    return _B().f(
        "{an}: hey its {af}, the cleaner from Sparkle & Shine. running 15 min late\n"
        "{bn}: no worries. door code is {code}, parking is behind {street}\n"
        "{an}: perfect. is {pet} gonna be out?\n{bn}: yeah she's friendly lol. if u get lost call {ph}\n"
        "{an}: ok! total is {amt}, venmo or card?\n{bn}: card, use the one ending {l4}\n",
        an=(a.first, PER), af=(a.first, PER), bn=(b_.full, PER), code=f"{_d(r, 4)}#", street=(street, ADDR),
        pet=r.choice(["Biscuit", "Luna", "Daisy", "Pepper", "Mochi"]), ph=(L.phone(r, "nat"), PH),
        amt=_money(r, "$", 90, 240), l4=_d(r, 4))


@_tpl("en", "US", "notification subjects")
def _t_us_subjects(r, L):
    c = L.person(r)
    e = L.email(r, c)
    return _B().f(
        "[{t1}] Your order {oid} has shipped - tracking {trk}\n[{t2}] Welcome aboard, {cf}!\n"
        "[{t3}] Password reset requested for {e}\n[{t4}] Your verification code is {otp}\n"
        "[{t5}] Payment of {amt} received (card {mask})\n[{t6}] {cf2}, your appointment on {d} is confirmed\n"
        "[{t7}] New sign-in from {ip} (Chrome {v})\n",
        t1=_ts(r, 1), oid=f"W{r.randint(10 ** 8, 10 ** 9 - 1)}", trk="1Z" + _ref(r, 16), t2=_ts(r, 1),
        cf=(c.first, PER), t3=_ts(r, 1), e=(e, EM), t4=_ts(r, 1), otp=_d(r, 6), t5=_ts(r, 1),
        amt=_money(r, "$", 9, 400), mask=_masked_card(r), t6=_ts(r, 1), cf2=(c.first, PER),
        d=L.date(r, "MMMM D", 30), t7=_ts(r, 1), ip=(_ip_public_v4(r), IP), v=f"{r.randint(118, 131)}.0")


# ---- English: United Kingdom ----------------------------------------------------------------
@_tpl("en", "GB", "forwarded e-mail with address block")
def _t_gb_forward(r, L):
    c, a, s = L.person(r), L.person(r), L.person(r)
    lines = L.addr_lines(r, 0.5)
    return _B().f(
        "FYI - can you set this one up on the system?\n\n{sf}\n\n---------- Forwarded message ---------\n"
        "From: {cn} <{ce}>\nDate: {d}\nSubject: Change of details\nTo: <{role}>\n\n"
        "Dear Sir/Madam,\n\nPlease update my details. My new address is:\n\n{block}\n\n"
        "My date of birth is {dob} and my policy number is {pol}. Mobile {ph}.\n\nKind regards\n{cn2}\n",
        sf=(s.first, PER), cn=(c.full, PER), ce=(L.email(r, c), EM), d=L.date(r, "D MMMM YYYY", 30),
        role=("customerservices@" + r.choice(["hollybankinsurance.co.uk", "thamesidegas.co.uk"]), EM),
        block=("\n".join(lines), ADDR), dob=(L.dob(r), DOB), pol=f"HB{_d(r, 8)}", ph=(L.phone(r), PH),
        cn2=(c.full, PER))


@_tpl("en", "GB", "WhatsApp chat export")
def _t_gb_whatsapp(r, L):
    tk = _Clock(r)
    a, b_ = L.person(r), L.person(r)
    town = L.town(r)
    d = L.date(r, "DD/MM/YYYY", 200)
    return _B().f(
        "{d}, {t1} - {an}: Are you still ok to have {pet} while I'm away?\n"
        "{d}, {t2} - {bn}: Course! When do you fly?\n"
        "{d}, {t3} - {an}: Saturday, I'm going to {dest} for two weeks then straight to my mum's in {town}\n"
        "{d}, {t4} - {bn}: Jealous. Send me your flat address again, I've lost it\n"
        "{d}, {t5} - {an}: {addr}\n{d}, {t6} - {an}: key safe code {code}\n"
        "{d}, {t7} - {bn}: <Media omitted>\n",
        d=d, t1=tk(), an=(a.full, PER), pet=r.choice(["Bramble", "Ziggy", "Otis", "Pickle"]), t2=tk(),
        bn=(b_.first, PER), t3=tk(), dest=(r.choice(["Lisbon", "Crete", "Tenerife", "Kraków"]), LOC),
        town=(town, LOC), t4=tk(), t5=tk(), addr=(L.addr(r, 0.8), ADDR), t6=tk(), code=_d(r, 4),
        t7=tk())


@_tpl("en", "GB", "CRM call note")
def _t_gb_crm(r, L):
    c, a = L.person(r, "f"), L.person(r)
    return _B().f(
        "Call note - {d} {t} - agent {ag}\nSpoke to Mrs {cl} re: failed direct debit (ref DD{ref}). She's changed "
        "banks; new IBAN {iban}, sort code {sc} (BIC {bic}). Confirmed DOB {dob} and first line of address "
        "({street}). Prefers calls on {ph} after 5pm. Mentioned she's off to {dest} in March so no letters then. "
        "Callback booked with {ag2} at the Leeds office.\n",
        d=L.date(r, "DD/MM/YYYY", 90), t=_hhmm(r), ag=(a.initial, PER), cl=(c.last, PER), ref=_d(r, 9),
        iban=(L.iban(r), IBAN), sc=f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", bic=r.choice(_SWIFTS), dob=(L.dob(r), DOB),
        street=(L.street(r, 0), ADDR), ph=(L.phone(r), PH), dest=(r.choice(["Spain", "Portugal", "Canada"]), LOC),
        ag2=(L.person(r).first, PER))


@_tpl("en", "GB", "web server access log")
def _t_gb_nginx(r, L):
    c = L.person(r)
    b = _B()
    for i in range(4):
        if i == 2:
            b.t(_priv_ip(r))
        else:
            b.p(_ip_public_v4(r), IP)
        b.t(f' - - [{_clf_ts(r)}] "GET ')
        if i == 1:
            b.t("/account/verify?email=").p(L.email(r, c), EM).t("&src=mail")
        else:
            b.t(["/api/v2/basket", "", "/healthz", "/static/app.3f9a2c.js"][i])
        b.t(f' HTTP/1.1" {r.choice([200, 200, 304, 404])} {r.randint(200, 90000)} '
            f'"-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n')
    b.f("{t} [error] 1234#0: *88 upstream timed out, client: {ip}, server: shop.kettleandcrumb.co.uk, "
        "request: \"POST /checkout HTTP/1.1\", user: {e}\n", t=_ts(r, 1), ip=(_ip_public_v6(r), IP),
        e=(L.email(r, c), EM))
    return b


@_tpl("en", "GB", "OCR'd paper form")
def _t_gb_ocr(r, L):
    c = L.person(r)
    lines = L.addr_lines(r, 0.3)
    return _B().f(
        "NEW PATIENT REGISTRATION  (GMS1)\n\nSurname:  {sur}      Forename(s):  {fore}\nTitle: {title}   "
        "Date of Birth:  {dob}     NHS No: {nhs}\nHome address:  {a1}\n               {a2}\n"
        "Tel. (mob): {ph}      Email:  {em}\nPlace of birth (town & country): {pob}, {ctry}\n"
        "Previous GP: Dr {gp}, Moorside Surgery\nSignature: ______   Date: {d}\n",
        sur=(c.last.upper(), PER), fore=(c.first.upper(), PER), title=r.choice(["Mr", "Mrs", "Miss", "Ms"]),
        dob=(L.dob(r, "DD/MM/YYYY"), DOB), nhs=f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", a1=(lines[0], ADDR),
        a2=(lines[1], ADDR), ph=(L.phone(r, "nat"), PH), em=(L.email(r, c).upper(), EM), pob=(L.town(r), LOC),
        ctry=("England", LOC), gp=(L.person(r).last, PER), d=L.date(r, "DD/MM/YY", 30))


@_tpl("en", "GB", "status update with no PII")
def _t_gb_nopii(r, L):
    return _B().f(
        "Status update {d} {t} UTC\n\nIncident INC-{inc}: elevated error rates on the payments API (v{v}) have "
        "been resolved. Root cause was a misconfigured load balancer ({priv} -> {priv2}). Engineers in our Leeds "
        "and Manchester offices rolled back build {build}. Affected requests: {n}. Card numbers were never exposed; "
        "logs show masked values only ({mask}). Next review: {d2}. Ticket refs: #{tk1}, #{tk2}. Checksum "
        "sha256:{sha}\n",
        d=L.date(r, "D MMMM YYYY", 20), t=_hhmm(r), inc=_d(r, 5), v=_version(r), priv=_priv_ip(r), priv2=_priv_ip(r),
        build=_hex(r, 8), n=f"{r.randint(1000, 90000):,}", mask=_masked_card(r), d2=L.date(r, "DD/MM/YYYY", 5),
        tk1=_d(r, 6), tk2=_d(r, 6), sha=_hex(r, 64))


# ---- English: India --------------------------------------------------------------------------
@_tpl("en", "IN", "live chat transcript")
def _t_in_livechat(r, L):
    a, c = L.person(r), L.person(r)
    return _B().f(
        "Chat started {d} {t}\n{ag} (Support): Hello! Welcome to ZipKart. How may I help you?\n"
        "{cf}: hi my order {oid} not delivered yet, showing delivered but not received\n"
        "{ag2} (Support): Sorry for the trouble sir. Kindly confirm registered mobile and delivery address\n"
        "{cf2}: {ph}, {addr}\n{ag3} (Support): Thank you {cf3}. I have raised complaint {cmp}. You will get refund of "
        "{amt} to source account in 5-7 working days\n{cf4}: ok also update email to {em}\n",
        d=L.date(r, "DD-MM-YYYY", 60), t=_hhmm(r), ag=(a.first, PER), cf=(c.full, PER),
        oid=f"OD{_d(r, 18)}", ag2=(a.first, PER), cf2=(c.full, PER), ph=(L.phone(r), PH),
        addr=(L.addr(r, 0.7), ADDR), ag3=(a.first, PER), cf3=(c.first, PER), cmp=f"CMP-{_d(r, 7)}",
        amt=_money(r, "₹", 300, 9000), cf4=(c.full, PER), em=(L.email(r, c), EM))


@_tpl("en", "IN", "application log, key=value")
def _t_in_kvlog(r, L):
    c = L.person(r)
    return _B().f(
        "{t1} INFO  kyc.service  event=profile_update user_id={uid} name=\"{n}\" mobile={ph} dob={dob} "
        "city={city} ip={ip} app_ver={v}\n{t2} DEBUG kyc.service  event=doc_upload user_id={uid} doc_id={uuid} "
        "sha256={sha}\n{t3} WARN  kyc.service  event=otp_retry user_id={uid} otp_len=6 attempts=3 src_ip={priv}\n",
        t1=_ts(r, 1), uid=str(r.randint(10 ** 6, 10 ** 7)), n=(c.full, PER), ph=(L.phone(r, "e164"), PH),
        dob=(L.dob(r, "YYYY-MM-DD"), DOB), city=(L.town(r), LOC), ip=(_ip_public_v4(r), IP), v=_version(r),
        t2=_ts(r, 1), uuid=_uuid(r), sha=_hex(r, 64), t3=_ts(r, 1), priv=_priv_ip(r))


@_tpl("en", "IN", "HR onboarding e-mail")
def _t_in_hr_mail(r, L):
    c, h = L.person(r), L.person(r)
    return _B().f(
        "Dear {hf},\n\nPlease find below the joining details of the new associate for your team.\n\n"
        "Name: {cn}\nEmployee ID: EMP{eid}\nDate of Joining: {doj}\nDate of Birth: {dob}\nPersonal Email: {em}\n"
        "Contact No.: {ph}\nPermanent Address: {addr}\nNative place: {town}\nBank A/c for salary: {mask} (HDFC, "
        "IFSC HDFC000{ifsc})\nLaptop asset tag: AST-{tag}, IMEI of phone: {imei}\n\nRegards,\n{hn}\nHR Operations, "
        "Vistara Softech Pvt. Ltd.\n",
        hf=(h.first, PER), cn=(c.full, PER), eid=_d(r, 6), doj=L.date(r, "DD-MM-YYYY", 20), dob=(L.dob(r), DOB),
        em=(L.email(r, c), EM), ph=(L.phone(r), PH), addr=(L.addr(r, 0.8), ADDR), town=(L.town(r), LOC),
        mask="XXXXXXXX" + _d(r, 4), ifsc=_d(r, 4), tag=_d(r, 5), imei=_imei(r), hn=(h.full, PER))


@_tpl("en", "IN", "SMS alerts with no PII")
def _t_in_sms_nopii(r, L):
    return _B().f(
        "VM-HDFCBK: Rs.{a1} debited from A/c XX{l4} on {d} to VPA merchant@okaxis. Avl bal Rs.{a2}. Not you? "
        "Call 1800-202-6161\nAD-IRCTC: PNR {pnr} confirmed. Train 12951 Coach B3 Seat 41. Chart prepared.\n"
        "JM-SWIGGY: {otp} is your OTP to login. Do not share it with anyone.\nVK-AIRTEL: Recharge of Rs.{a3} "
        "successful. Txn ID {txn}.\n",
        a1=f"{r.randint(100, 20000):,}.00", l4=_d(r, 4), d=L.date(r, "DD-MM-YY", 10),
        a2=f"{r.randint(1000, 99999):,}.50",
        pnr=_d(r, 10), otp=_d(r, 6), a3=str(r.choice([199, 239, 299, 479, 719])), txn=_d(r, 12))


# ---- English: Australia ------------------------------------------------------------------------
@_tpl("en", "AU", "Microsoft Teams chat export")
def _t_au_teams(r, L):
    tk = _Clock(r)
    a, b_, c = L.person(r), L.person(r), L.person(r, "f")
    return _B().f(
        "[{t1}] {an}\nhey, customer {cn} rang again about the washer install\n\n[{t2}] {bn}\nwhich depot? Parramatta "
        "or Geelong?\n\n[{t3}] {an2}\nGeelong. she's at {addr}, best number {ph}\n\n[{t4}] {bn2}\nok I'll get "
        "{tech} to swing by Thurs. job no. JB-{job}\n\n[{t5}] {an3}\nlegend. she also said she's moving up to "
        "{town} in Jan so close the account after\n",
        t1=tk(True), an=(a.full, PER), cn=(c.full, PER), t2=tk(True), bn=(b_.full, PER),
        t3=tk(True), an2=(a.full, PER), addr=(L.addr(r, 0.4), ADDR), ph=(L.phone(r), PH), t4=tk(True),
        bn2=(b_.full, PER), tech=(L.person(r).first, PER), job=_d(r, 6), t5=tk(True), an3=(a.full, PER),
        town=(r.choice(["Cairns", "Townsville", "the Sunshine Coast", "Darwin"]), LOC))


@_tpl("en", "AU", "spreadsheet rows pasted (tab separated)")
def _t_au_rows(r, L):
    b = _B().t("Member No\tName\tDOB\tMobile\tSuburb\tJoined\tPlan\n")
    for _ in range(r.randint(3, 5)):
        p = L.person(r)
        b.f("{m}\t{n}\t{dob}\t{ph}\t{sub}\t{j}\t{plan}\n", m=f"GYM{_d(r, 6)}",
            n=(f"{p.last}, {p.first}" if r.random() < 0.5 else p.full, PER), dob=(L.dob(r, "DD/MM/YYYY"), DOB),
            ph=(L.phone(r, r.choice(["nat", "compact"])), PH), sub=(L.town(r), LOC), j=L.date(r, "DD/MM/YYYY"),
            plan=r.choice(["Flex", "12M Saver", "Off-peak", "Student"]))
    return b


@_tpl("en", "AU", "YAML config snippet")
def _t_au_config(r, L):
    a = L.person(r)
    return _B().f(
        "# deploy/config.prod.yaml  (rev {rev})\napp:\n  name: wattle-billing\n  version: {v}\n  bind: {priv}:8443\n"
        "database:\n  host: db-prod.internal\n  user: billing_svc\n  password: {pw}\n  pool: 20\n"
        "smtp:\n  host: smtp.mailrelay.net\n  from: {role}\n  admin: {adm}\nintegrations:\n  payments_secret: {key}\n"
        "  payments_publishable: {pk}\n  allowlist: [\"{ip}\", \"{priv2}\"]\n# owner: {owner} (ext 4411)\n",
        rev=_hex(r, 7), v=_version(r), priv=_priv_ip(r), pw=(_password(r), PWD),
        role=("noreply@wattlebilling.com.au", EM), adm=(L.email(r, a), EM), key=(_api_key(r), KEY),
        pk="pk_live_" + _s(r, _ALNUM, 24), ip=(_ip_public_v4(r), IP), priv2=_priv_ip(r), owner=(a.full, PER))


@_tpl("en", "AU", "support ticket with card given in chat")
def _t_au_ticket_card(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Ticket {tid} - Booking change\nCustomer: {cn}\n\n{cf}: we need to move the flights to the "
        "15th, we're still going to {dest}. just charge the card: {card} exp {exp} cvv {cvv}\n"
        "{ag}: Thanks {cf2}, please don't send card details by chat. I've masked it on our side ({mask}). "
        "Booking ref {pnr} updated, fare difference {amt}.\n[internal] card removed from transcript per PCI, "
        "payment taken by phone on {ph}. - {ag2}\n",
        tid=f"#{r.randint(40000, 99999)}", cn=(c.full, PER), cf=(c.first, PER), dest=("Bali", LOC),
        card=(_card(r), CC), exp=_expiry(r), cvv=_d(r, 3), ag=(a.first, PER), cf2=(c.first, PER),
        mask=_masked_card(r), pnr=_ref(r), amt=_money(r, "A$", 80, 900), ph=(L.phone(r), PH), ag2=(a.initial, PER))


# ---- English: Canada -----------------------------------------------------------------------------
@_tpl("en", "CA", "e-mail thread with >-quoted reply")
def _t_ca_quoted(r, L):
    c, a = L.person(r), L.person(r)
    lines = L.addr_lines(r, 0.5)
    return _B().f(
        "Hi {cf},\n\nGot it, the tax receipt will go to the new address. Receipt # TR-{rc}.\n\n{af}\n"
        "Donor Relations, Northern Lights Food Bank\n{bph}\n\n"
        "> From: {cn} <{ce}>\n> Sent: {d}\n> Hi there, I moved! New mailing address:\n> {l1}\n> {l2}\n"
        "> Phone's the same ({ph}). I was born {dob} if you need it to find my file.\n> {cf2}\n",
        cf=(c.first, PER), rc=_d(r, 7), af=(a.full, PER), bph=(L.phone(r, "nat"), PH), cn=(c.full, PER),
        ce=(L.email(r, c), EM), d=L.date(r, "MMMM D, YYYY", 40), l1=(lines[0], ADDR), l2=(lines[1], ADDR),
        ph=(L.phone(r), PH), dob=(L.dob(r, r.choice(["MMMM D, YYYY", "YYYY-MM-DD"])), DOB), cf2=(c.first, PER))


@_tpl("en", "CA", "website live chat")
def _t_ca_livechat(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Visitor {vid} ({city_ip}) started chat on /pricing\nVisitor {vid}: hi is the Tim Hortons near the "
        "Calgary branch still doing the promo?\n{af}: Hi! I'm {af2}. That promo ended {d}. Can I get your name?\n"
        "Visitor {vid}: {cn}, email {ce}\n{af3}: Thanks {cf}! I've sent a coupon (code {code}).\n"
        "Visitor {vid}: great, I'm in {town} till Friday\n",
        vid=_d(r, 5), city_ip=(_ip_public_v4(r), IP), af=(a.first, PER), af2=(a.first, PER),
        d=L.date(r, "MMMM D", 20), cn=(c.full, PER), ce=(L.email(r, c), EM), af3=(a.first, PER), cf=(c.first, PER),
        code=_ref(r, 8), town=(L.town(r), LOC))


@_tpl("en", "CA", "CRM note")
def _t_ca_crm(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "{d} - {ag}: Met {cn} at the Ottawa gala. Pledged {amt}/yr, wants the McGill Scholarship Fund. Lives in "
        "{town}, originally from {origin}. Prefers email ({ce}) over calls. Spouse {sp} also attending next year. "
        "Card on file {mask}. Follow-up task T-{task}.\n",
        d=L.date(r, "YYYY-MM-DD", 100), ag=(a.initial, PER), cn=(c.full, PER), amt=_money(r, "$", 500, 5000),
        town=(L.town(r), LOC), origin=(r.choice(["Manila", "Lagos", "Dublin", "Montréal", "Chennai"]), LOC),
        ce=(L.email(r, c), EM), sp=(L.person(r).first, PER), mask=_masked_card(r), task=_d(r, 5))


# ---- English: Ireland ----------------------------------------------------------------------------
@_tpl("en", "IE", "tenant e-mail to letting agent")
def _t_ie_lettings(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Hi {af},\n\nI'm moving out of {addr} on the {day}th. Could the deposit be returned to my new account, "
        "IBAN {iban} (BIC {bic})? I'll be back home in {town} for a few weeks so post might not reach me. "
        "My number is {ph} if needed.\n\nThe Eircode for the new place is on the RTB form, ref RTB-{rtb}.\n\n"
        "Thanks a million,\n{cn}\n",
        af=(a.first, PER), addr=(L.addr(r, 0.5), ADDR), day=str(r.randint(4, 28)), iban=(L.iban(r), IBAN),
        bic=r.choice(_SWIFTS), town=(L.town(r), LOC), ph=(L.phone(r), PH), rtb=_d(r, 6), cn=(c.full, PER))


@_tpl("en", "IE", "voicemail transcription (lower case)")
def _t_ie_voicemail(r, L):
    c = L.person(r)
    return _B().f(
        "voicemail from {ph} received {d} {t} duration 0:{sec}\ntranscript: hi this is {cn} calling about the "
        "boiler service i booked reference {ref} em i won't be at the house on thursday i'm down in {town} with "
        "me mother so could ye ring me back on this number or email {em} thanks a million bye\n",
        ph=(L.phone(r, "intl"), PH), d=L.date(r, "DD/MM/YYYY", 20), t=_hhmm(r), sec=str(r.randint(20, 59)),
        cn=(c.full.lower(), PER), ref=f"bs{_d(r, 6)}", town=(L.town(r).lower(), LOC), em=(L.email(r, c), EM))


@_tpl("en", "IE", "web form submissions, JSON lines")
def _t_ie_jsonl(r, L):
    b = _B()
    for _ in range(r.randint(2, 3)):
        p = L.person(r)
        b.f('{"form":"contact","id":"{id}","submitted":"{ts}","fields":{"name":"{n}","email":"{e}",'
            '"phone":"{ph}","county":"{x}","message":"{msg}"},"ip":"{ip}","consent":true}\n',
            id=_uuid(r), ts=_ts(r, 0), n=(p.full, PER), e=(L.email(r, p), EM), ph=(L.phone(r, "nat"), PH),
            x=r.choice(["Cork", "Clare", "Galway", "Kerry"]),
            msg=r.choice(["Looking for a quote for solar panels", "Please call me back re: order",
                          "Do you deliver to the islands?"]), ip=(_ip_public_v4(r), IP))
    return b


# ---- English: Nigeria, New Zealand, Kenya -------------------------------------------------------------
@_tpl("en", "NG", "WhatsApp Business chat")
def _t_ng_whatsapp(r, L):
    tk = _Clock(r)
    c, a = L.person(r), L.person(r)
    return _B().f(
        "[{d}, {t1}] Chidinma's Fabrics: Good afternoon ma, thank you for choosing us! Kindly send delivery details\n"
        "[{d}, {t2}] {cn}: Name {cn2}, address {addr}. Phone {ph}\n"
        "[{d}, {t3}] Chidinma's Fabrics: Noted ma. Total is {amt}. Pay to our GTBank account (acct name Chidinma's "
        "Fabrics Ltd). Our rider {rider} will call before delivery\n[{d}, {t4}] {cn}: I'll be travelling to "
        "{town} on Friday o, please deliver before then\n",
        d=L.date(r, "DD/MM/YYYY", 30), t1=tk(), t2=tk(), cn=(c.full, PER), cn2=(c.full, PER),
        addr=(L.addr(r, 0.5), ADDR), ph=(L.phone(r, r.choice(["nat", "compact", "intl"])), PH), t3=tk(),
        amt=f"₦{r.randint(8, 95) * 1000:,}", rider=(a.first, PER), t4=tk(), town=(L.town(r), LOC))


@_tpl("en", "NG", "application error log")
def _t_ng_errlog(r, L):
    c = L.person(r)
    return _B().f(
        "{t1} ERROR [payments-worker-3] Transfer failed: beneficiary={n} acct=****{l4} bank=058 amount=NGN{amt} "
        "ref=TRF{ref}\n{t2} ERROR [payments-worker-3] notify failed: sms to {ph} rejected (DND), email to {em} "
        "queued\n{t3} DEBUG [http] POST /transfer headers={\"Authorization\": \"Bearer {key}\", \"X-Request-Id\": "
        "\"{rid}\"}\n{t4} INFO  [gateway] retry scheduled host={priv} client={ip} build={v}\n",
        t1=_ts(r, 1), n=(c.full.upper(), PER), l4=_d(r, 4), amt=f"{r.randint(5, 900) * 1000}", ref=_d(r, 14),
        t2=_ts(r, 1), ph=(L.phone(r, "e164"), PH), em=(L.email(r, c), EM), t3=_ts(r, 1),
        key=("sk_live_" + _s(r, _ALNUM, 40), KEY), rid=_not_key(r), t4=_ts(r, 1), priv=_priv_ip(r),
        ip=(_ip_public_v4(r), IP), v=_version(r))


@_tpl("en", "NZ", "booking confirmation e-mail")
def _t_nz_booking(r, L):
    c = L.person(r)
    return _B().f(
        "Kia ora {cf},\n\nYour stay at Kōwhai Lodge Queenstown is confirmed.\nBooking ref: {ref}\nCheck-in: {d1}\n"
        "Guests: 2 adults\nLead guest: {cn}\nMobile: {ph}\nTravelling from: {town}\n\nWe've pre-authorised {amt} on "
        "your card ending {l4}. Our Queenstown lodge address and map: {gps}.\n\nNgā mihi,\nThe Kōwhai Lodge team\n",
        cf=(c.first, PER), ref=_ref(r, 8), d1=L.date(r, "D MMMM YYYY", 30), cn=(c.full, PER), ph=(L.phone(r), PH),
        town=(L.town(r), LOC), amt=_money(r, "NZ$", 100, 900), l4=_d(r, 4), gps=_gps(r))


@_tpl("en", "NZ", "survey export rows (CSV)")
def _t_nz_csv(r, L):
    b = _B().t("response_id,submitted_at,respondent,email,rating,comment\n")
    for _ in range(r.randint(3, 4)):
        p = L.person(r)
        anon = r.random() < 0.3
        b.f("{id},{ts},", id=str(r.randint(10 ** 5, 10 ** 6)), ts=_ts(r, 1))
        if anon:
            b.t("anonymous,,")
        else:
            b.f("{n},{e},", n=(p.first if r.random() < 0.4 else p.full, PER), e=(L.email(r, p), EM))
        b.f("{rt},\"{c}\"\n", rt=str(r.randint(1, 5)), c=r.choice(
            ["Great service at the Hamilton store", "Delivery took 9 days", "App crashes on v" + _version(r),
             "Staff at the Nelson branch were lovely"]))
    return b


@_tpl("en", "KE", "mobile money SMS thread")
def _t_ke_mpesa(r, L):
    tk = _Clock(r)
    c, d_ = L.person(r), L.person(r)
    return _B().f(
        "{code} Confirmed. Ksh{a1} sent to {n1} {ph} on {d} at {t}. New M-PESA balance is Ksh{bal}. "
        "Transaction cost, Ksh{fee}.\n{code2} Confirmed. You have received Ksh{a2} from {n2} {ph2} on {d} at {t2}.\n"
        "Hi {f1} nimetuma, tafadhali confirm. Am travelling to {town} kesho\n",
        code=_ref(r, 10), a1=f"{r.randint(5, 90) * 100:,}.00", n1=(c.full.upper(), PER), ph=(L.phone(r, "compact"), PH),
        d=L.date(r, "D/M/YY", 10), t=tk(True), bal=f"{r.randint(100, 90000):,}.00", fee=str(r.choice([13, 23, 33])),
        code2=_ref(r, 10), a2=f"{r.randint(5, 90) * 100:,}.00", n2=(d_.full.upper(), PER),
        ph2=(L.phone(r, "compact"), PH), t2=tk(True), f1=(c.first, PER), town=(L.town(r), LOC))


# ---- German ------------------------------------------------------------------------------------------
@_tpl("de", "DE", "customer e-mail and company signature")
def _t_de_email_sig(r, L):
    c, a, gf = L.person(r), L.person(r), L.person(r)
    return _B().f(
        "Betreff: Änderung Bankverbindung – Kundennr. {kn}\n\nSehr geehrte Damen und Herren,\n\nich bin umgezogen "
        "und wohne jetzt in der {addr}. Bitte buchen Sie die Abschläge ab {d} von meinem neuen Konto ab:\n"
        "IBAN: {iban}\nBIC: {bic}\n\nZur Zuordnung: geboren am {dob}, Zählernummer {zn}.\n\nMit freundlichen Grüßen\n"
        "{cn}\n{ph}\n\n-----\nAntwort von {afull}, Kundenservice\nStadtwerke Lindenau GmbH\n{biz}\nTel. {bph} | "
        "{role}\nGeschäftsführer: {gf}\nAmtsgericht Leipzig HRB {hrb} | USt-IdNr. DE{ust}\n",
        kn=_d(r, 9), addr=(L.addr(r, 0.3), ADDR), d=L.date(r, "DD.MM.YYYY", 20), iban=(L.iban(r), IBAN),
        bic=r.choice(_SWIFTS[:4]), dob=(L.dob(r), DOB), zn=f"1ESY{_d(r, 10)}", cn=(c.full, PER),
        ph=(L.phone(r), PH), afull=(a.full, PER), biz=(L.addr(r, 0), ADDR),
        bph=(L.phone(r, "nat"), PH), role=("kundenservice@stadtwerke-lindenau.de", EM), gf=(gf.full, PER),
        hrb=_d(r, 5), ust=_d(r, 9))


@_tpl("de", "DE", "support ticket with internal note")
def _t_de_ticket(r, L):
    c, a = L.person(r), L.person(r)
    pw = _password(r)
    return _B().f(
        "Ticket-Nr.: {tid}\nKategorie: Login / Konto gesperrt\nVon: {ce}\n\nHallo,\nich komme seit gestern nicht "
        "mehr in mein Kundenkonto. Mein Passwort ist eigentlich {pw}, das habe ich auch im Passwortmanager so "
        "gespeichert. Meine Handynummer für die SMS ist {ph}.\nGruß {cf}\n\n"
        "[Interne Notiz – {af}, {t}]\nKonto wegen 5 Fehlversuchen gesperrt (IP {ip}). Hash in DB: {hash}. Kunde "
        "gebeten, Passwort zurückzusetzen. Bitte Passwort aus dem Ticket entfernen! Client-Version {v}.\n",
        tid=f"#{r.randint(100000, 999999)}", ce=(L.email(r, c), EM), pw=(pw, PWD), ph=(L.phone(r), PH),
        cf=(c.first, PER), af=(a.initial, PER), t=f"{L.date(r, 'DD.MM.', 5)} {_hhmm(r)}", ip=(_ip_public_v4(r), IP),
        hash=_argon(r), v=_version(r))


@_tpl("de", "DE", "OCR'd hotel registration form")
def _t_de_ocr(r, L):
    c = L.person(r)
    lines = L.addr_lines(r, 0.2)
    return _B().f(
        "BESONDERER MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN\nHotel Alpenrose Garmisch  ·  Zimmer {zi}\n\n"
        "Familienname: {ln}        Vorname: {fn}\nGeburtsdatum: {dob}     Staatsangehörigkeit: deutsch\n"
        "Anschrift:  {a1}\n            {a2}\nAnreise: {d1}    Abreise: {d2}   Mitreisende: {mit}\n"
        "Unterschrift: {sig}\n",
        zi=str(r.randint(101, 420)), ln=(c.last.upper(), PER), fn=(c.first, PER), dob=(L.dob(r, "DD.MM.YYYY"), DOB),
        a1=(lines[0], ADDR), a2=(lines[1], ADDR), d1=L.date(r, "DD.MM.YYYY", 20), d2=L.date(r, "DD.MM.YYYY", 10),
        mit=str(r.randint(0, 3)), sig=(c.last, PER))


# ---- French ------------------------------------------------------------------------------------------
@_tpl("fr", "FR", "WhatsApp chat export")
def _t_fr_whatsapp(r, L):
    tk = _Clock(r)
    a, b_ = L.person(r), L.person(r)
    d = L.date(r, "DD/MM/YYYY", 100)
    return _B().f(
        "[{d} {t1}] {an}: Coucou ! Tu peux récupérer le colis pour moi ? Je pars à {dest} demain\n"
        "[{d} {t2}] {bn}: Oui bien sûr. C'est quel point relais ?\n"
        "[{d} {t3}] {an}: Celui de la rue Victor Hugo, code de retrait {code}. Sinon livre-le chez ma mère, "
        "{addr}\n[{d} {t4}] {bn}: Ok. Son numéro c'est toujours {ph} ?\n[{d} {t5}] {an}: Oui. Et n'oublie pas de "
        "nourrir Caramel 🐱\n",
        d=d, t1=f"{tk()}:{r.randint(10, 59)}", an=(a.full, PER), dest=(r.choice(["Marseille", "Dakar",
        "Montréal", "Lisbonne"]), LOC), t2=f"{tk()}:{r.randint(10, 59)}", bn=(b_.full, PER),
        t3=f"{tk()}:{r.randint(10, 59)}", code=_d(r, 6), addr=(L.addr(r, 0.3), ADDR),
        t4=f"{tk()}:{r.randint(10, 59)}", ph=(L.phone(r, "nat"), PH), t5=f"{tk()}:{r.randint(10, 59)}")


@_tpl("fr", "FR", "CRM call note")
def _t_fr_crm(r, L):
    c, a = L.person(r, "m"), L.person(r)
    return _B().f(
        "Note d'appel – {d} – conseiller : {ag}\nAppel entrant de M. {cl} (client n° {num}). Souhaite modifier son "
        "RIB pour le prélèvement : nouvel IBAN {iban}. Date de naissance vérifiée ({dob}). Il habite désormais "
        "à {town} mais garde son adresse de facturation au {addr}. Rappel prévu au {ph}. Dossier transmis à "
        "l'agence de Lyon Part-Dieu.\n",
        d=L.date(r, "DD/MM/YYYY", 30), ag=(a.full, PER), cl=(c.last.upper(), PER), num=_d(r, 10),
        iban=(L.iban(r), IBAN), dob=(L.dob(r), DOB), town=(L.town(r), LOC), addr=(L.addr(r, 0.2), ADDR),
        ph=(L.phone(r), PH))


@_tpl("fr", "FR", "speech-to-text call transcript (lower case)")
def _t_fr_transcript(r, L):
    c, a = L.person(r, "m"), L.person(r, "f")
    return _B().f(
        "transcription automatique – appel {cid}\nconseillère : bonjour vous êtes bien chez assur'habitat je suis "
        "{af} que puis-je faire pour vous\nclient : oui bonjour je m'appelle {cn} j'ai un sinistre dégât des eaux\n"
        "conseillère : d'accord vous pouvez me donner votre date de naissance\nclient : je suis né le {dob}\n"
        "conseillère : et votre adresse mail\nclient : c'est {em}\nclient : je suis originaire de {town} mais là "
        "j'habite chez mon frère\n",
        cid=_uuid(r)[:8], af=(a.first.lower(), PER), cn=(c.full.lower(), PER),
        dob=(L.dob(r, "D MMMM YYYY"), DOB), em=(L.email(r, c), EM), town=(L.town(r).lower(), LOC))


# ---- Spanish ------------------------------------------------------------------------------------------
@_tpl("es", "ES", "complaint e-mail with signature")
def _t_es_email(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Asunto: Reclamación pedido {ped}\n\nBuenos días:\n\nMe llamo {cn} y el pasado {d} hice un pedido que "
        "nunca llegó a mi domicilio ({addr}). El cargo de {amt} aparece en mi tarjeta {mask}. Les pido el "
        "reembolso en la cuenta {iban}.\n\nPueden llamarme al {ph}.\n\nUn saludo,\n{cf}\n\n"
        "> El {d2}, {af} <{ae}> escribió:\n> Estimado cliente, su pedido saldrá del almacén de Getafe en 48 h.\n",
        ped=f"ES-{_d(r, 8)}", cn=(c.full, PER), d=L.date(r, "D de MMMM", 40), addr=(L.addr(r, 0.5), ADDR),
        amt=f"{r.uniform(20, 400):.2f} €".replace(".", ","), mask=_masked_card(r), iban=(L.iban(r), IBAN),
        ph=(L.phone(r), PH), cf=(c.first, PER), d2=L.date(r, "DD/MM/YYYY", 40), af=(a.full, PER),
        ae=("atencion@tiendalunaazul.es", EM))


@_tpl("es", "ES", "form dump, key=value")
def _t_es_form(r, L):
    c = L.person(r)
    return _B().f(
        "formulario=alta_socio&nombre={fn}&apellidos={ln}&fecha_nacimiento={dob}&telefono={ph}&email={em}"
        "&localidad={town}&cp_sede=28013&acepta_lopd=1&ip={ip}&ua=Mozilla%2F5.0&ref={ref}\n",
        fn=(c.first, PER), ln=(c.last, PER), dob=(L.dob(r, "DD/MM/YYYY"), DOB), ph=(L.phone(r, "compact"), PH),
        em=(L.email(r, c), EM), town=(L.town(r), LOC), ip=(_ip_public_v4(r), IP), ref=_ref(r, 10))


# ---- Dutch ------------------------------------------------------------------------------------------------
@_tpl("nl", "NL", "e-mail to a lettings agency")
def _t_nl_email(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Beste {af},\n\nHierbij mijn gegevens voor de bezichtiging van de woning aan de Vondelstraat (object "
        "{obj}):\n\nNaam: {cn}\nGeboortedatum: {dob}\nHuidig adres: {addr}\nTelefoon: {ph}\nIBAN voor de "
        "borg: {iban}\n\nIk werk sinds {jaar} bij Van der Valk in Utrecht en kom oorspronkelijk uit {town}.\n\n"
        "Met vriendelijke groet,\n{cf}\n",
        af=(a.first, PER), obj=f"WON-{_d(r, 5)}", cn=(c.full, PER), dob=(L.dob(r), DOB), addr=(L.addr(r, 0.3), ADDR),
        ph=(L.phone(r), PH), iban=(L.iban(r), IBAN), jaar=str(r.randint(2015, 2025)), town=(L.town(r), LOC),
        cf=(c.first, PER))


@_tpl("nl", "NL", "Teams chat export")
def _t_nl_teams(r, L):
    tk = _Clock(r)
    a, b_, c = L.person(r), L.person(r), L.person(r, "m")
    return _B().f(
        "{an} {t1}\nKan iemand klant {cn} terugbellen? Nummer {ph}\n\n{bn} {t2}\nIk pak hem. Gaat over "
        "contract {ct}?\n\n{an2} {t3}\nJa, en hij wil de factuur naar {em}. Zijn wachtwoord voor het portaal "
        "heeft hij per ongeluk in de chat gezet: {pw} – graag resetten\n\n{bn2} {t4}\nGedaan, ticket {tk}\n",
        an=(a.full, PER), t1=tk(), cn=(c.full, PER), ph=(L.phone(r), PH), bn=(b_.full, PER), t2=tk(),
        ct=f"NL{_d(r, 7)}", an2=(a.full, PER), t3=tk(), em=(L.email(r, c), EM), pw=(_password(r), PWD),
        bn2=(b_.full, PER), t4=tk(), tk=f"INC{_d(r, 7)}")


# ---- Portuguese (Brazil) -------------------------------------------------------------------------------
@_tpl("pt", "BR", "WhatsApp chat export")
def _t_br_whatsapp(r, L):
    tk = _Clock(r)
    a, c = L.person(r, "f"), L.person(r)
    d = L.date(r, "DD/MM/YYYY", 60)
    return _B().f(
        "{d} {t1} - {an}: Oi! Aqui é a {af} da Doce Maria Confeitaria 🎂 Confirmando a encomenda pro dia {dd}\n"
        "{d} {t2} - {cn}: Oi {af2}! Isso, entrega no {addr}\n{d} {t3} - {an}: Perfeito. O PIX é o nosso CNPJ "
        "e o valor fica {amt}. Qualquer coisa me chama no {ph}\n{d} {t4} - {cn}: Fechado! Meu aniversário é dia "
        "{dob} então capricha kkk\n",
        d=d, t1=tk(), an=(a.full, PER), af=(a.first, PER), dd=L.date(r, "DD/MM", 20), t2=tk(),
        cn=(c.full, PER), af2=(a.first, PER), addr=(L.addr(r, 0.5), ADDR), t3=tk(),
        amt=f"R$ {r.randint(80, 600)},00", ph=(L.phone(r, "nat"), PH), t4=tk(),
        dob=(L.dob(r, "DD/MM/YYYY"), DOB))


@_tpl("pt", "BR", "signup form, JSON")
def _t_br_json(r, L):
    c = L.person(r)
    return _B().f(
        '{"evento":"cadastro","id":"{id}","dados":{"nome_completo":"{n}","email":"{e}","celular":"{ph}",'
        '"data_nascimento":"{dob}","cidade":"{town}","senha":"{pw}"},"origem":{"ip":"{ip}","app":"{v}"},'
        '"criado_em":"{ts}"}\n',
        id=_uuid(r), n=(c.full, PER), e=(L.email(r, c), EM), ph=(L.phone(r, "e164"), PH),
        dob=(L.dob(r, "YYYY-MM-DD"), DOB), town=(L.town(r), LOC), pw=(_password(r), PWD), ip=(_ip_public_v6(r), IP),
        v=_version(r), ts=_ts(r, 2))


# ---- Italian ---------------------------------------------------------------------------------------------
@_tpl("it", "IT", "e-mail with signature")
def _t_it_email(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Gentile {ct} {cl},\n\nLe confermiamo l'appuntamento per la visita del {d} presso lo studio. Come "
        "richiesto, abbiamo aggiornato il Suo recapito: {addr}, tel. {ph}. Per il rimborso useremo l'IBAN "
        "{iban}.\n\nCordiali saluti\n{an}\nSegreteria – Studio Dentistico Sorriso\n{biz}\nTel. {bph} – "
        "{role}\nP.IVA {piva}\n",
        ct=r.choice(["Sig.", "Sig.ra"]), cl=(c.last, PER), d=L.date(r, "D MMMM", 30), addr=(L.addr(r, 0.3), ADDR),
        ph=(L.phone(r), PH), iban=(L.iban(r), IBAN), an=(a.full, PER), biz=(L.addr(r, 0), ADDR),
        bph=(L.phone(r, "nat"), PH), role=("segreteria@studiosorriso.it", EM), piva=_d(r, 11))


@_tpl("it", "IT", "SMS thread")
def _t_it_sms(r, L):
    a, b_ = L.person(r), L.person(r, "f")
    return _B().f(
        "{bn}: Ciao {af}, sono arrivata a {town}! Il treno era in ritardo\n{an}: Meno male 😅 mi mandi "
        "l'indirizzo dell'albergo?\n{bn2}: Hotel Bellavista, stanza 214. Codice prenotazione {ref}\n{an2}: Ok. "
        "Ah, mi serve il tuo codice della carta per il biglietto, quella che finisce con {l4}?\n{bn3}: No usa "
        "questa: {card} scad {exp}\n",
        bn=(b_.first, PER), af=(a.first, PER), town=(r.choice(["Palermo", "Trieste", "Lecce", "Matera"]), LOC),
        an=(a.first, PER), bn2=(b_.first, PER), ref=_ref(r), an2=(a.first, PER), l4=_d(r, 4), bn3=(b_.first, PER),
        card=(_card(r), CC), exp=_expiry(r))


# ---- Polish, Swedish -----------------------------------------------------------------------------------
@_tpl("pl", "PL", "support ticket")
def _t_pl_ticket(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Zgłoszenie nr {nr} – zmiana danych\nOd: {cn} <{ce}>\n\nDzień dobry,\nproszę o zmianę adresu "
        "korespondencyjnego na {addr}. Data urodzenia: {dob}. Numer telefonu bez zmian: {ph}. Zwrot proszę "
        "przelać na konto {iban}.\nPozdrawiam\n{cf}\n\n[notatka wewnętrzna] zweryfikowano – {ag}. Numer "
        "przesyłki InPost {trk}.\n",
        nr=_d(r, 7), cn=(c.full, PER), ce=(L.email(r, c), EM), addr=(L.addr(r, 0.5), ADDR),
        dob=(L.dob(r), DOB), ph=(L.phone(r), PH), iban=(L.iban(r), IBAN), cf=(c.first, PER), ag=(a.initial, PER),
        trk=_d(r, 24))


@_tpl("sv", "SE", "CRM note")
def _t_se_crm(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Anteckning {d} ({ag}): Ringde {cn} angående autogiro. Ny IBAN {iban}. Födelsedatum {dob}. Flyttar till "
        "{town} i januari, ny adress {addr}. Nås på {ph}. Ärende {arende} stängt. Kontoret i Göteborg informerat.\n",
        d=L.date(r, "YYYY-MM-DD", 60), ag=(a.first, PER), cn=(c.full, PER), iban=(L.iban(r), IBAN),
        dob=(L.dob(r), DOB), town=(L.town(r), LOC), addr=(L.addr(r, 0.3), ADDR), ph=(L.phone(r), PH),
        arende=f"ÄR-{_d(r, 6)}")


# ---- Catalan ------------------------------------------------------------------------------------------------
@_tpl("ca", "CAT", "e-mail with signature and quote")
def _t_cat_email(r, L):
    c, a = L.person(r, "f"), L.person(r)
    return _B().f(
        "Bon dia {af},\n\nUs envio les dades per a la inscripció del casal d'estiu:\n\nNom de la mare: {cn}\n"
        "Data de naixement de l'infant: {dob}\nAdreça: {addr}\nTelèfon: {ph}\nCompte per domiciliar: {iban}\n\n"
        "Moltes gràcies,\n{cf}\n\n> El {d}, Esplai Sant Jordi <{role}> va escriure:\n> Recordeu que el "
        "termini acaba divendres. Codi d'inscripció {codi}.\n",
        af=(a.first, PER), cn=(c.full, PER),
        dob=(_dfmt(_birth(r, 4, 13), r.choice(["DD/MM/YYYY", "D MMMM YYYY"]), L.months), DOB),
        addr=(L.addr(r, 0.5), ADDR), ph=(L.phone(r), PH), iban=(L.iban(r), IBAN), cf=(c.first, PER),
        d=L.date(r, "DD/MM/YYYY", 30), role=("inscripcions@esplaisantjordi.cat", EM), codi=_ref(r, 6))


@_tpl("ca", "CAT", "chat export")
def _t_cat_chat(r, L):
    tk = _Clock(r)
    a, b_ = L.person(r), L.person(r)
    d = L.date(r, "D/M/YY", 60)
    return _B().f(
        "{d}, {t1} - {an}: Ei! Al final marxo a viure a {town} el mes que ve 😊\n{d}, {t2} - {bn}: Què dius! I "
        "el pis de {addr}?\n{d}, {t3} - {an}: El deixo, ja he avisat la immobiliària. Apunta't el meu número "
        "nou: {ph}\n{d}, {t4} - {bn}: Fet. I el correu continua sent {em}?\n{d}, {t5} - {an}: Sí!\n",
        d=d, t1=tk(), an=(a.first, PER), town=(L.town(r), LOC), t2=tk(), bn=(b_.full, PER),
        addr=(L.street(r, 0.5), ADDR), t3=tk(), ph=(L.phone(r), PH), t4=tk(), em=(L.email(r, a), EM),
        t5=tk())


# ---- Icelandic, Afrikaans, Tagalog, Malay ------------------------------------------------------------------
@_tpl("is", "IS", "e-mail")
def _t_is_email(r, L):
    c, a = L.person(r, "f"), L.person(r)
    return _B().f(
        "Sæl {af},\n\nÉg vil skrá mig á námskeiðið hjá ykkur. Hér eru upplýsingarnar:\n\nNafn: {cn}\n"
        "Fæðingardagur: {dob}\nHeimilisfang: {addr}\nSími: {ph}\nNetfang: {em}\n\nÉg er fædd á {town} en bý "
        "núna fyrir sunnan. Pöntunarnúmer {pnr}.\n\nKveðja,\n{cf}\n",
        af=(a.first, PER), cn=(c.full, PER), dob=(L.dob(r), DOB), addr=(L.addr(r, 0.2), ADDR),
        ph=(L.phone(r, r.choice(["nat", "intl"])), PH), em=(L.email(r, c), EM),
        town=(r.choice(["Akureyri", "Ísafirði", "Egilsstöðum", "Húsavík"]), LOC), pnr=_d(r, 8), cf=(c.first, PER))


@_tpl("af", "ZA", "SMS thread")
def _t_af_sms(r, L):
    a, b_ = L.person(r), L.person(r)
    return _B().f(
        "{an}: Môre {bf}, dis {af} van Boland Loodgieters. Ek is om 10 by jou huis, {addr}?\n{bn}: Ja reg so. Die "
        "hek se kode is {code}\n{an2}: Dankie. Kwotasie nommer {q}, totaal {amt}\n{bn2}: Stuur asb die faktuur "
        "na {em}. My man {sp} is môre in {town}, bel hom op {ph} as jy vashaak\n",
        an=(a.full, PER), bf=(b_.first, PER), af=(a.first, PER), addr=(L.addr(r, 0.2), ADDR), bn=(b_.first, PER),
        code=f"*{_d(r, 4)}#", an2=(a.full, PER), q=f"KW{_d(r, 5)}", amt=f"R{r.randint(500, 9000)},00",
        bn2=(b_.first, PER), em=(L.email(r, b_), EM), sp=(L.person(r).first, PER), town=(L.town(r), LOC),
        ph=(L.phone(r), PH))


@_tpl("tl", "PH", "Messenger chat (Taglish)")
def _t_tl_chat(r, L):
    a, c = L.person(r), L.person(r)
    return _B().f(
        "{cn}: Hi po! Available pa po ba yung item? Pa-deliver po sana sa {addr}\n"
        "{an}: Hello po {cf}! Yes available pa. COD po ba or GCash?\n{cn2}: GCash na lang po. Eto number ko "
        "{ph}\n{an2}: Noted po. Order ref {ref}, ₱{amt} total. Lilipat na po ba kayo sa {town}? Para ma-update "
        "namin address\n{cn3}: Opo, sa Disyembre po. Birthday ko rin kasi {dob} hehe\n",
        cn=(c.full, PER), addr=(L.addr(r, 0.5), ADDR), an=(a.first, PER), cf=(c.first, PER), cn2=(c.full, PER),
        ph=(L.phone(r, r.choice(["nat", "compact"])), PH), an2=(a.first, PER), ref=_ref(r, 8),
        amt=f"{r.randint(300, 5000):,}", town=(L.town(r), LOC), cn3=(c.full, PER),
        dob=(L.dob(r, "MMMM D, YYYY"), DOB))


@_tpl("ms", "MY", "form dump, key: value")
def _t_ms_form(r, L):
    c = L.person(r)
    return _B().f(
        "BORANG PERMOHONAN AHLI – Koperasi Seri Maju\nNo. Rujukan: {ruj}\nNama Penuh: {cn}\nTarikh Lahir: {dob}\n"
        "Tempat Lahir: {town}\nAlamat: {addr}\nNo. Telefon Bimbit: {ph}\nE-mel: {em}\nKata laluan portal: {pw}\n"
        "Cawangan: Shah Alam\nTarikh Permohonan: {d}\nIP penghantar: {ip}\n",
        ruj=f"KSM/{r.randint(2025, 2026)}/{_d(r, 5)}", cn=(c.full, PER), dob=(L.dob(r), DOB),
        town=(L.town(r), LOC), addr=(L.addr(r, 0.5), ADDR), ph=(L.phone(r), PH), em=(L.email(r, c), EM),
        pw=(_password(r), PWD), d=L.date(r, "DD/MM/YYYY", 30), ip=(_ip_public_v4(r), IP))


# ---- Turkish, Romanian, Vietnamese, Welsh, Slovenian --------------------------------------------------------
@_tpl("tr", "TR", "support ticket with internal note")
def _t_tr_ticket(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Talep No: {no}\nKonu: Fatura adresi değişikliği\nGönderen: {ce}\n\nMerhaba,\nAdım {cn}. Yeni adresim "
        "{addr}. Doğum tarihim {dob}. Cep telefonum {ph}. Kart numaram {card}, son kullanma {exp}, otomatik "
        "ödeme talimatını bu karta geçirebilir misiniz?\nTeşekkürler, {cf}\n\n[İç not – {ag}] Kart numarası "
        "maskelendi ({mask}). Müşteri Ankara şubesine yönlendirildi. Sipariş {sip}.\n",
        no=_d(r, 8), ce=(L.email(r, c), EM), cn=(c.full, PER), addr=(L.addr(r, 0.5), ADDR), dob=(L.dob(r), DOB),
        ph=(L.phone(r), PH), card=(_card(r), CC), exp=_expiry(r), cf=(c.first, PER), ag=(a.full, PER),
        mask=_masked_card(r), sip=f"TR{_d(r, 9)}")


@_tpl("ro", "RO", "e-mail")
def _t_ro_email(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Bună ziua, {ag},\n\nVă trimit datele pentru contractul de închiriere:\nNume: {cn}\nData nașterii: {dob}\n"
        "Domiciliu: {addr}\nTelefon: {ph}\nE-mail: {em}\n\nMă mut din {town} la începutul lunii. Numărul "
        "contractului vechi era {ct}.\n\nCu stimă,\n{cf}\n",
        ag=(a.first, PER), cn=(c.full, PER), dob=(L.dob(r), DOB), addr=(L.addr(r, 0.6), ADDR), ph=(L.phone(r), PH),
        em=(L.email(r, c), EM), town=(L.town(r), LOC), ct=f"CT-{_d(r, 6)}/{r.randint(2019, 2025)}", cf=(c.first, PER))


@_tpl("vi", "VN", "Zalo chat export")
def _t_vi_chat(r, L):
    tk = _Clock(r)
    a, c = L.person(r), L.person(r)
    dob = _birth(r)
    return _B().f(
        "[{t1}] {cn}: Chào shop, em muốn đặt 2 hộp bánh, giao tới {addr} nhé\n[{t2}] {an}: Dạ chị {cf} cho em xin "
        "số điện thoại ạ\n[{t3}] {cn2}: {ph}\n[{t4}] {an2}: Dạ mã đơn {ref}, tổng {amt}đ. Chị có thẻ thành viên "
        "không ạ?\n[{t5}] {cn3}: Có, sinh ngày {dob}, quê ở {town} nha em\n",
        t1=tk(), cn=(c.full, PER), addr=(L.addr(r, 0.3), ADDR), t2=tk(), an=(a.full, PER),
        cf=(c.first, PER), t3=tk(), cn2=(c.full, PER), ph=(L.phone(r, r.choice(["nat", "compact"])), PH),
        t4=tk(), an2=(a.full, PER), ref=f"DH{_d(r, 7)}", amt=f"{r.randint(150, 900)}.000", t5=tk(),
        cn3=(c.full, PER), dob=(f"{dob.day:02d}/{dob.month:02d}/{dob.year}", DOB), town=(L.town(r), LOC))


@_tpl("cy", "CY", "e-mail")
def _t_cy_email(r, L):
    c, a = L.person(r), L.person(r)
    lines = L.addr_lines(r, 0.3)
    return _B().f(
        "Annwyl {af},\n\nDiolch am eich neges. Dyma fy manylion newydd ar gyfer y clwb rygbi:\n\n{block}\n\n"
        "Rhif ffôn: {ph}\nDyddiad geni: {dob}\n\nRwy'n symud i {town} ym mis Medi ar gyfer y brifysgol. "
        "Rhif aelodaeth {num}.\n\nCofion cynnes,\n{cn}\n",
        af=(a.first, PER), block=("\n".join(lines), ADDR), ph=(L.phone(r), PH), dob=(L.dob(r), DOB),
        town=(r.choice(["Aberystwyth", "Bangor", "Caerdydd", "Abertawe"]), LOC), num=f"CRC{_d(r, 5)}",
        cn=(c.full, PER))


@_tpl("sl", "SI", "CRM note")
def _t_sl_crm(r, L):
    c, a = L.person(r), L.person(r)
    return _B().f(
        "Zapis klica {d} – svetovalec {ag}\nStranka {cn} (št. pogodbe {pog}) sporoča novo stalno prebivališče: "
        "{addr}. Datum rojstva {dob}. Mobilni telefon {ph}, e-pošta {em}. Prej je stranka živela v kraju {town}. "
        "Poslovalnica "
        "Celje je obveščena. Naslednji obisk tehnika: {d2}.\n",
        d=L.date(r, "D. M. YYYY", 30), ag=(a.full, PER), cn=(c.full, PER), pog=_d(r, 8), addr=(L.addr(r, 0.3), ADDR),
        dob=(L.dob(r), DOB), ph=(L.phone(r), PH), em=(L.email(r, c), EM), town=(L.town(r), LOC),
        d2=L.date(r, "DD.MM.YYYY", 10))


# --------------------------------------------------------------------------- structured tables
_PLACEHOLDERS = {"en": ["N/A", "-", "unknown", "n/a", "none"], "de": ["k. A.", "-", "unbekannt"],
                 "nl": ["onbekend", "-", "n.v.t."], "fr": ["N/A", "-", "inconnu"], "pt": ["-", "N/D", "não informado"],
                 "ca": ["-", "desconegut", "N/D"], "tr": ["-", "yok", "bilinmiyor"], "sv": ["-", "saknas"]}


def _table(r: random.Random, rows: int, make_row, spec: list[tuple], lang: str = "en") -> list[Column]:
    recs = [make_row(r) for _ in range(rows)]
    ph = _PLACEHOLDERS[lang]
    cols = []
    for hdr, ent, key, blank, placeholder in spec:
        vals: list[str | None] = []
        for rec in recs:
            if r.random() < blank:
                vals.append(r.choice(ph) if placeholder and r.random() < 0.4 else None)
            else:
                v = rec[key]
                assert isinstance(v, str) and v == v.strip() and v, (hdr, v)
                vals.append(v)
        cols.append(Column(hdr, ent, vals))
    return cols


def _tf(r: random.Random, yes: str = "true", no: str = "false") -> str:
    return yes if r.random() < 0.6 else no


_IATA = ["DUB", "LHR", "MAN", "EDI", "ORK", "SNN", "BHX", "IST", "SAW", "ESB", "ADB", "AYT", "FRA", "AMS", "JFK", "DXB"]


def _tbl_loyalty(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS[r.choice(["GB", "GB", "IE"])]
        p = L.person(r)
        return dict(
            no=f"SKW{_d(r, 9)}", first=p.first, sur=p.last, email=L.email(r, p), mob=L.phone(r, "nat"),
            dob=L.dob(r, "DD/MM/YYYY"), town=L.town(r), addr1=L.street(r, 0.3), pwd=_password(r),
            tier=r.choice(["Blue", "Silver", "Gold", "Platinum"]), miles=str(r.randint(0, 480000)),
            ev=_tf(r), ptype=r.choice(["mobile", "home", "work"]), pnr=_ref(r), apt=r.choice(_IATA[:8]),
            pca=_ts(r, 1), l4=_d(r, 4), seat=f"{r.randint(1, 38)}{r.choice('ACDF')}", opt=r.choice(["Y", "N"]),
            hash=_bcrypt(r))
    spec = [
        ("member_no", None, "no", 0, False),
        ("member_first", PER, "first", 0.02, False),
        ("member_surname", PER, "sur", 0.02, False),
        ("email", EM, "email", 0.1, False),
        ("email_verified", None, "ev", 0.05, False),
        ("mobile", PH, "mob", 0.3, True),
        ("phone_type", None, "ptype", 0.3, False),
        ("dob", DOB, "dob", 0.15, True),
        ("home_town", LOC, "town", 0.35, True),
        ("addr1", ADDR, "addr1", 0.4, False),
        ("pwd", PWD, "pwd", 0.5, False),
        ("pwd_hash", None, "hash", 0.0, False),
        ("password_changed_at", None, "pca", 0.2, False),
        ("tier", None, "tier", 0, False),
        ("miles_balance", None, "miles", 0, False),
        ("last_pnr", None, "pnr", 0.25, False),
        ("home_airport", None, "apt", 0.1, False),
        ("card_last4", None, "l4", 0.45, False),
        ("preferred_seat", None, "seat", 0.55, True),
        ("marketing_opt_in", None, "opt", 0, False),
    ]
    return _table(r, rows, row, spec)


def _tbl_flight_events(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS["TR"]
        p = L.person(r)
        o, d = r.sample(_IATA[7:], 2)
        return dict(
            pax=f"{p.last.upper()}/{p.first.upper()}", tel=L.phone(r, "intl"), mail=L.email(r, p), card=_card(r, ""),
            ip=_ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r), pnr=_ref(r), fn=f"SW{r.randint(100, 2999)}",
            o=o, d=d, fd=L.date(r, "DD.MM.YYYY", 300), seat=f"{r.randint(1, 40)}{r.choice('ABCDEF')}",
            amt=f"{r.uniform(900, 24000):.2f}", cur=r.choice(["TRY", "EUR", "USD"]), exp=_expiry(r), dev=_priv_ip(r),
            ts=_ts(r, 2), ev=r.choice(["BOOKED", "SEAT_CHANGE", "CHECKIN", "REFUND", "CANCEL"]), tx=_uuid(r),
            ofis=r.choice(["İstanbul", "Ankara", "İzmir", "Antalya"]), mask=_masked_card(r))
    spec = [
        ("olay_id", None, "tx", 0, False),
        ("olay_zamani", None, "ts", 0, False),
        ("olay_tipi", None, "ev", 0, False),
        ("pnr", None, "pnr", 0, False),
        ("Yolcu Adı", PER, "pax", 0.02, False),
        ("iletisim_tel", PH, "tel", 0.2, True),
        ("e_posta", EM, "mail", 0.25, True),
        ("ucus_no", None, "fn", 0, False),
        ("kalkis", None, "o", 0, False),
        ("varis", None, "d", 0, False),
        ("ucus_tarihi", None, "fd", 0, False),
        ("koltuk", None, "seat", 0.3, False),
        ("tutar", None, "amt", 0.05, False),
        ("para_birimi", None, "cur", 0, False),
        ("kart_no", CC, "card", 0.55, False),
        ("kart_maskeli", None, "mask", 0.1, False),
        ("kart_skt", None, "exp", 0.55, False),
        ("rezervasyon_ip", IP, "ip", 0.15, False),
        ("cihaz_ip", None, "dev", 0.3, False),
        ("satis_ofisi", None, "ofis", 0.2, True),
    ]
    return _table(r, rows, row, spec, "tr")


def _tbl_hotel(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS["DE"]
        p = L.person(r)
        t = r.choice(L.towns)
        ci = _recent(r, 200)
        return dict(
            vn=p.first, nn=p.last, gd=L.dob(r, "DD.MM.YYYY"), wo=t[0], st=L.street(r, 0.15), plz=_pat(r, t[1]),
            tel=L.phone(r, r.choice(["nat", "intl"])), mail=L.email(r, p), kk=_card(r, " "),
            zi=str(r.randint(101, 512)),
            an=_dfmt(ci, "DD.MM.YYYY", L.months),
            ab=_dfmt(ci + _dt.timedelta(days=r.randint(1, 14)), "DD.MM.YYYY", L.months),
            bn=f"HB-{_d(r, 7)}",
            ho=r.choice(["Berlin Mitte", "Garmisch", "Rostock", "Konstanz"]), ka=_expiry(r),
            ht=r.choice(["Bello", "Luna", "Felix", "Rocky", "Mia"]), be=f"{r.uniform(90, 2400):.2f}".replace(".", ","),
            mg=r.choice(["ja", "nein"]), tt=r.choice(["mobil", "Festnetz"]), nl=r.choice(["ja", "nein"]))
    spec = [
        ("Buchungsnummer", None, "bn", 0, False),
        ("Vorname", PER, "vn", 0, False),
        ("Nachname", PER, "nn", 0, False),
        ("Geburtsdatum", DOB, "gd", 0.2, True),
        ("Straße", ADDR, "st", 0.1, False),
        ("PLZ", None, "plz", 0.1, False),
        ("Wohnort", LOC, "wo", 0.1, False),
        ("Telefon", PH, "tel", 0.25, True),
        ("Telefon-Typ", None, "tt", 0.25, False),
        ("E-Mail", EM, "mail", 0.3, False),
        ("Kreditkarte", CC, "kk", 0.5, False),
        ("Kartenablauf", None, "ka", 0.5, False),
        ("Zimmer-Nr.", None, "zi", 0, False),
        ("Anreise", None, "an", 0, False),
        ("Abreise", None, "ab", 0, False),
        ("Hotel-Standort", None, "ho", 0, False),
        ("Haustier", None, "ht", 0.6, True),
        ("Betrag EUR", None, "be", 0, False),
        ("Meldeschein geprüft", None, "mg", 0, False),
        ("Newsletter", None, "nl", 0.1, False),
    ]
    return _table(r, rows, row, spec, "de")


def _tbl_payroll_us(r: random.Random, rows: int) -> list[Column]:
    emps = ["HR", "Finance", "Warehouse", "Sales", "IT", "Customer Success"]

    def row(r):
        L = LOCS["US"]
        p = L.person(r)
        ssn = _ssn(r)
        return dict(
            eid=f"E{_d(r, 6)}", fn=p.first, ln=p.last, ssn=ssn, dob=L.dob(r, "MM/DD/YYYY"), addr=L.addr(r, 0.3),
            acct=_bank_acct(r), rt=_routing(r),
            we=f"{_ascii(p.first).lower()}.{_ascii(p.last).lower()}@harborlinelogistics.com",
            ph=L.phone(r, "nat"), dep=r.choice(emps), sal=f"{r.randint(38, 180) * 1000}", pg=f"G{r.randint(3, 14)}",
            hd=L.date(r, "MM/DD/YYYY", 3000), ol=r.choice(["Columbus", "Reno", "Memphis", "Allentown"]),
            sv=r.choice(["Y", "N"]), dt=r.choice(["checking", "savings"]), w4=r.choice(["S", "MFJ", "HOH"]),
            l4=ssn[-4:], mgr=f"E{_d(r, 6)}")
    spec = [
        ("EmployeeId", None, "eid", 0, False),
        ("FirstName", PER, "fn", 0, False),
        ("LastName", PER, "ln", 0, False),
        ("SSN", SSN, "ssn", 0.05, False),
        ("SsnLast4", None, "l4", 0.05, False),
        ("SsnVerified", None, "sv", 0, False),
        ("DateOfBirth", DOB, "dob", 0.05, False),
        ("HomeAddress", ADDR, "addr", 0.1, False),
        ("col_7", PH, "ph", 0.35, True),
        ("WorkEmail", EM, "we", 0, False),
        ("AcctNumber", BANK, "acct", 0.2, False),
        ("RoutingNumber", None, "rt", 0.2, False),
        ("DepositType", None, "dt", 0.2, False),
        ("Department", None, "dep", 0, False),
        ("AnnualSalary", None, "sal", 0, False),
        ("PayGrade", None, "pg", 0, False),
        ("HireDate", None, "hd", 0, False),
        ("OfficeLocation", None, "ol", 0, False),
        ("W4FilingStatus", None, "w4", 0.1, True),
        ("ManagerEmployeeId", None, "mgr", 0.15, False),
    ]
    return _table(r, rows, row, spec)


def _tbl_payroll_se(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS["SE"]
        p = L.person(r)
        return dict(
            id=_uuid(r), n=p.full, iban=L.iban(r, r.random() < 0.5), ep=L.email(r, p), tel=L.phone(r, "nat"),
            bel=f"{r.randint(18000, 72000)},00", val="SEK",
            bic=r.choice(["HANDSESS", "ESSESESS", "SWEDSESS", "NDEASESS"]),
            ref=_d(r, r.randint(8, 14)), dat=L.date(r, "YYYY-MM-DD", 365), ks=str(r.randint(1000, 9999)),
            avd=r.choice(["Lager", "Ekonomi", "IT", "Kundtjänst"]),
            la=r.choice(["Månadslön", "Timlön", "Semesterersättning"]),
            st=str(r.choice([30, 31, 32, 33, 34])), stat=r.choice(["BETALD", "VÄNTAR", "RETUR"]), sk="payroll-bot",
            hash=_hex(r, 64), kontor=r.choice(["Göteborg", "Malmö", "Stockholm"]))
    spec = [
        ("utbetalning.id", None, "id", 0, False),
        ("utbetalning.datum", None, "dat", 0, False),
        ("mottagare.namn", PER, "n", 0, False),
        ("mottagare.iban", IBAN, "iban", 0.05, False),
        ("mottagare.bic", None, "bic", 0.05, False),
        ("mottagare.epost", EM, "ep", 0.4, True),
        ("field_3", PH, "tel", 0.45, False),
        ("belopp", None, "bel", 0, False),
        ("valuta", None, "val", 0, False),
        ("betalningsreferens", None, "ref", 0, False),
        ("kostnadsstalle", None, "ks", 0, False),
        ("avdelning", None, "avd", 0, False),
        ("loneart", None, "la", 0, False),
        ("skattetabell", None, "st", 0.1, False),
        ("status", None, "stat", 0, False),
        ("skapad_av", None, "sk", 0, False),
        ("batch_hash", None, "hash", 0, False),
        ("kontor", None, "kontor", 0, False),
    ]
    return _table(r, rows, row, spec, "sv")


def _tbl_charity(r: random.Random, rows: int) -> list[Column]:
    funds = ["Margaret Hughes Memorial Fund", "St David's Hospice Appeal", "Winter Warmth Appeal",
             "Tom Pryce Scholarship", "General Fund"]

    def row(r):
        L = LOCS[r.choice(["GB", "GB", "CY"])]
        p = L.person(r)
        t = r.choice(L.towns)
        return dict(
            id=f"D{_d(r, 7)}", n=p.full, pn=p.first, em=L.email(r, p), tel=L.phone(r, r.choice(["nat", "nat", "intl"])),
            addr=f"{L.street(r, 0.2)}, {L.postal(r, t)}", town=t[0], iban=L.iban(r, True),
            dob=L.dob(r, "D MMMM YYYY"), ga=r.choice(["Yes", "No"]), amt=_money(r, "£", 5, 500),
            cc=f"WIN{r.randint(24, 26)}-{_ref(r, 3)}", dd=L.date(r, "DD/MM/YYYY", 700), l4=_d(r, 4),
            ddr=f"DDR{_d(r, 8)}", fund=r.choice(funds), hh=r.choice(["Radio", "Friend", "Event", "Facebook"]),
            oi=r.choice(["Y", "N"]), at=r.choice(["Home", "Work", "Previous"]))
    spec = [
        ("Donor ID", None, "id", 0, False),
        ("Donor Name", PER, "n", 0, False),
        ("Preferred Name", PER, "pn", 0.3, False),
        ("Email Address", EM, "em", 0.2, True),
        ("Email Opt In", None, "oi", 0, False),
        ("Tel", PH, "tel", 0.4, True),
        ("Address", ADDR, "addr", 0.1, False),
        ("Address Type", None, "at", 0.1, False),
        ("Town", LOC, "town", 0.1, False),
        ("Date Of Birth", DOB, "dob", 0.55, False),
        ("Bank IBAN", IBAN, "iban", 0.5, False),
        ("Direct Debit Ref", None, "ddr", 0.5, False),
        ("Gift Aid Declared", None, "ga", 0, False),
        ("Donation Amount", None, "amt", 0, False),
        ("Donation Date", None, "dd", 0, False),
        ("Campaign Code", None, "cc", 0.05, False),
        ("Card Last 4", None, "l4", 0.45, False),
        ("Fund Name", None, "fund", 0, False),
        ("How Heard", None, "hh", 0.3, True),
    ]
    return _table(r, rows, row, spec)


def _tbl_lettings(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS["NL"]
        p = L.person(r)
        t = r.choice(L.towns)
        return dict(
            vn=p.first, an=p.last, gd=L.dob(r, "DD-MM-YYYY"), adr=f"{L.street(r, 0.2)}, {L.postal(r, t)}", wp=t[0],
            tel=L.phone(r, r.choice(["nat", "compact"])), em=L.email(r, p), iban=L.iban(r),
            hp=f"€ {r.randint(850, 2600)},00", borg=f"€ {r.randint(1700, 5200)},00", cn=f"HC-{_d(r, 6)}",
            ing=L.date(r, "DD-MM-YYYY", 700), pid=f"P{_d(r, 5)}", vest=r.choice(["Utrecht", "Amersfoort", "Den Bosch"]),
            hd=r.choice(["Bobbie", "Guus", "Saartje", "Max"]), el=r.choice("ABCDEFG"), bkr=r.choice(["ja", "nee"]),
            gg=r.choice(["ja", "nee"]), at=r.choice(["woonadres", "postadres"]))
    spec = [
        ("contractnummer", None, "cn", 0, False),
        ("voornaam", PER, "vn", 0, False),
        ("achternaam", PER, "an", 0, False),
        ("attr2", DOB, "gd", 0.1, False),
        ("geboortedatum_gecontroleerd", None, "gg", 0, False),
        ("huidig_adres", ADDR, "adr", 0.05, False),
        ("adrestype", None, "at", 0, False),
        ("woonplaats", LOC, "wp", 0.05, True),
        ("telefoonnummer", PH, "tel", 0.2, True),
        ("e-mailadres", EM, "em", 0.1, False),
        ("iban", IBAN, "iban", 0.3, False),
        ("huurprijs", None, "hp", 0, False),
        ("borg", None, "borg", 0, False),
        ("ingangsdatum", None, "ing", 0, False),
        ("pand_id", None, "pid", 0, False),
        ("vestiging", None, "vest", 0, False),
        ("huisdier", None, "hd", 0.6, True),
        ("energielabel", None, "el", 0.2, False),
        ("bkr_getoetst", None, "bkr", 0, False),
    ]
    return _table(r, rows, row, spec, "nl")


def _tbl_telehealth(r: random.Random, rows: int) -> list[Column]:
    def row(r):
        L = LOCS[r.choice(["AU", "AU", "NZ"])]
        p, doc = L.person(r), L.person(r)
        t = r.choice(L.towns)
        return dict(
            gn=p.first, fn=p.last, dob=L.dob(r, "DD/MM/YYYY"), mob=L.phone(r, r.choice(["nat", "e164"])),
            em=L.email(r, p), sub=t[0], ra=f"{L.street(r, 0.2)}, {L.postal(r, t)}", cl=doc.full,
            ip=_ip_public_v4(r), pw=_password(r), aid=_uuid(r), cs=_ts(r, 2),
            site=r.choice(["Sydney CBD hub", "Melbourne hub", "Auckland hub"]), dip=_priv_ip(r), av=_version(r),
            dv=r.choice(["true", "false"]), pt=r.choice(["MOBILE", "HOME"]), rx=f"RX{_ref(r, 8)}",
            fee=_money(r, "$", 39, 149), vt="sess_" + _s(r, _ALNUM, 26))
    spec = [
        ("appointmentId", None, "aid", 0, False),
        ("consultStart", None, "cs", 0, False),
        ("patientGivenName", PER, "gn", 0, False),
        ("patientFamilyName", PER, "fn", 0, False),
        ("dateOfBirth", DOB, "dob", 0, False),
        ("dobVerified", None, "dv", 0, False),
        ("mobilePhone", PH, "mob", 0.1, False),
        ("phoneType", None, "pt", 0.1, False),
        ("email", EM, "em", 0.15, False),
        ("suburb", LOC, "sub", 0.2, True),
        ("residentialAddress", ADDR, "ra", 0.35, False),
        ("clinicianName", PER, "cl", 0, False),
        ("clinicSite", None, "site", 0, False),
        ("clientIp", IP, "ip", 0.1, False),
        ("deviceIp", None, "dip", 0.1, False),
        ("appVersion", None, "av", 0, False),
        ("portalPassword", PWD, "pw", 0.6, False),
        ("prescriptionRef", None, "rx", 0.5, True),
        ("consultFee", None, "fee", 0, False),
        ("videoRoomToken", None, "vt", 0, False),
        ("bookingChannel", None, "vt2", 0, False),
    ]

    def row2(r):
        d = row(r)
        d["vt2"] = r.choice(["web", "app", "phone"])
        return d
    return _table(r, rows, row2, spec)


def _tbl_loans(r: random.Random, rows: int) -> list[Column]:
    employers = ["Wendy's", "Dr Pepper", "Johnson & Johnson", "Ben & Jerry's", "Trader Joe's", "Dick's Sporting Goods",
                 "McDonald's", "self-employed"]

    def row(r):
        L = LOCS["US"]
        p = L.person(r)
        t = r.choice(L.towns)
        ssn = _ssn(r)
        return dict(
            an=f"{p.last}, {p.first}".upper() if r.random() < 0.4 else f"{p.last}, {p.first}", ssn=ssn,
            dob=L.dob(r, "YYYY-MM-DD"), ba=_bank_acct(r), em=L.email(r, p), ph=L.phone(r, "nat"),
            a1=L.street(r, 0.2), city=t[0], st=t[2], zip=_pat(r, t[1]), ip=_ip_public_v4(r),
            lid=f"L-{_d(r, 8)}", inc=str(r.randint(24, 250) * 1000), la=str(r.randint(2, 60) * 500),
            apr=f"{r.uniform(5.9, 35.9):.2f}", rt=_routing(r), cs=str(r.randint(480, 840)), ts=_ts(r, 0),
            dec=r.choice(["APPROVED", "DECLINED", "REVIEW"]), l4=_d(r, 4), emp=r.choice(employers),
            sm=f"***-**-{ssn[-4:]}")
    spec = [
        ("LOAN_ID", None, "lid", 0, False),
        ("APPLICATION_TS", None, "ts", 0, False),
        ("APPLICANT_NAME", PER, "an", 0, False),
        ("SSN", SSN, "ssn", 0.1, False),
        ("SSN_MASKED", None, "sm", 0, False),
        ("DOB", DOB, "dob", 0.05, False),
        ("EMAIL", EM, "em", 0.1, False),
        ("PHONE", PH, "ph", 0.15, True),
        ("ADDR1", ADDR, "a1", 0.05, False),
        ("CITY", LOC, "city", 0.05, False),
        ("STATE", None, "st", 0.05, False),
        ("ZIP", None, "zip", 0.05, False),
        ("EMPLOYER", None, "emp", 0.1, True),
        ("ANNUAL_INCOME", None, "inc", 0, False),
        ("LOAN_AMOUNT", None, "la", 0, False),
        ("APR", None, "apr", 0, False),
        ("BANK_ACCT", BANK, "ba", 0.25, False),
        ("ROUTING_NO", None, "rt", 0.25, False),
        ("CREDIT_SCORE", None, "cs", 0.1, False),
        ("DECISION", None, "dec", 0, False),
        ("CARD_LAST4", None, "l4", 0.5, False),
        ("IP_ADDR", IP, "ip", 0.2, False),
    ]
    return _table(r, rows, row, spec)


def _tbl_school(r: random.Random, rows: int) -> list[Column]:
    schools = ["École Jules Ferry", "Collège Jean Moulin", "École Marie Curie", "Lycée Victor Hugo"]

    def row(r):
        L = LOCS["FR"]
        p, ch = L.person(r), L.person(r)
        t = r.choice(L.towns)
        return dict(
            np=p.last, pp=p.first, pe=ch.first, em=L.email(r, p), port=L.phone(r, "nat"),
            adr=f"{L.street(r, 0.2)}, {L.postal(r, t)}", ville=t[0],
            dn=_dfmt(_birth(r, 3, 17), "DD/MM/YYYY", L.months), mdp=_password(r), ip=_ip_public_v4(r),
            cl=r.choice(["CP", "CE1", "CE2", "CM1", "CM2", "6e B", "5e A"]), et=r.choice(schools), dc=_ts(r, 1),
            can=r.choice(["oui", "non"]), al=r.choice(["aucune", "arachide", "gluten", "lactose"]),
            nd=f"DOS-{_d(r, 6)}", reg=r.choice(["externe", "demi-pensionnaire"]), cv=r.choice(["oui", "non"]),
            tt=r.choice(["portable", "fixe"]), md=f"{r.randint(0, 180)},{r.choice(['00', '50'])} €",
            nav=f"Firefox/{r.randint(120, 133)}.0", h=_hex(r, 64))
    spec = [
        ("numéro_dossier", None, "nd", 0, False),
        ("nom_parent", PER, "np", 0, False),
        ("prénom_parent", PER, "pp", 0, False),
        ("prénom_élève", PER, "pe", 0, False),
        ("classe", None, "cl", 0, False),
        ("établissement", None, "et", 0, False),
        ("date_naissance_élève", DOB, "dn", 0.1, False),
        ("courriel", EM, "em", 0.05, False),
        ("courriel_vérifié", None, "cv", 0, False),
        ("portable", PH, "port", 0.2, True),
        ("type_téléphone", None, "tt", 0.2, False),
        ("adresse", ADDR, "adr", 0.15, False),
        ("ville", LOC, "ville", 0.15, False),
        ("mot_de_passe", PWD, "mdp", 0.55, False),
        ("col_12", None, "h", 0, False),
        ("dernière_connexion", None, "dc", 0.1, False),
        ("ip_connexion", IP, "ip", 0.1, False),
        ("navigateur", None, "nav", 0.1, False),
        ("cantine", None, "can", 0, False),
        ("allergies", None, "al", 0.3, True),
        ("régime", None, "reg", 0, False),
        ("montant_dû", None, "md", 0, False),
    ]
    return _table(r, rows, row, spec, "fr")


def _tbl_marina(r: random.Random, rows: int) -> list[Column]:
    boats = ["Santa Maria II", "Joana", "Mar de Fons", "Rosa dels Vents", "Sant Jordi", "Tramuntana", "Marieta"]

    def row(r):
        L = LOCS[r.choice(["CAT", "CAT", "ES"])]
        p = L.person(r)
        t = r.choice(L.towns)
        return dict(
            nc=p.full, tel=L.phone(r, r.choice(["nat", "intl"])), ce=L.email(r, p), dn=L.dob(r, "DD/MM/YYYY"),
            pob=t[0], adr=f"{L.street(r, 0.4)}, {L.postal(r, t)}", tg=_card(r), iban=L.iban(r),
            am=f"{r.choice('ABCD')}-{r.randint(1, 120):03d}", ne=r.choice(boats), es=f"{r.uniform(5.5, 15):.1f}",
            lp=f"PER-{r.randint(1, 52):02d}-{_d(r, 5)}", dl=L.date(r, "DD/MM/YYYY", 400),
            imp=f"{r.randint(150, 1900)},00", pb=r.choice(["Port de Palamós", "Port Olímpic", "Port de Sóller"]),
            co=_gps(r), cad=_expiry(r), bic="CAIXESBBXXX", est=r.choice(["pagat", "pendent", "cancel·lat"]),
            dh=str(r.choice([4, 8, 24, 48])))
    spec = [
        ("núm_amarratge", None, "am", 0, False),
        ("nom_client", PER, "nc", 0, False),
        ("telèfon", PH, "tel", 0.1, False),
        ("correu_e", EM, "ce", 0.2, True),
        ("data_naixement", DOB, "dn", 0.3, False),
        ("població", LOC, "pob", 0.2, True),
        ("adreça", ADDR, "adr", 0.25, False),
        ("targeta", CC, "tg", 0.4, False),
        ("caducitat", None, "cad", 0.4, False),
        ("iban_fiança", IBAN, "iban", 0.5, False),
        ("bic", None, "bic", 0.5, False),
        ("nom_embarcació", None, "ne", 0, False),
        ("eslora_m", None, "es", 0, False),
        ("llicència_patró", None, "lp", 0.3, True),
        ("data_lloguer", None, "dl", 0, False),
        ("durada_hores", None, "dh", 0, False),
        ("import_eur", None, "imp", 0, False),
        ("port_base", None, "pb", 0, False),
        ("coordenades", None, "co", 0.2, False),
        ("estat", None, "est", 0, False),
    ]
    return _table(r, rows, row, spec, "ca")


def _tbl_wedding(r: random.Random, rows: int) -> list[Column]:
    venues = ["Espaço Villa Giardini", "Igreja São Francisco", "Fazenda Santa Bárbara", "Casa Dona Lúcia Eventos"]
    buffets = ["Buffet Dona Rosa", "Sabores do Chef Paulo", "Buffet Alegria", "Cozinha da Vó Maria"]

    def row(r):
        L = LOCS["BR"]
        a, b_ = L.person(r, "f"), L.person(r, "m")
        return dict(
            na=a.full, nb=b_.full, em=L.email(r, a), cel=L.phone(r, "nat"), cid=L.town(r), end=L.addr(r, 0.4),
            senha=_password(r), key=_api_key(r), dob=L.dob(r, "DD/MM/YYYY"), dc=L.date(r, "DD/MM/YYYY", 300),
            lc=r.choice(venues), orc=f"R$ {r.randint(20, 250)}.000,00", pac=r.choice(["Essencial", "Premium", "Luxo"]),
            fb=r.choice(buffets), cor=r.choice(["verde-oliva", "terracota", "azul serenity", "rosé"]),
            qc=str(r.randint(40, 400)), cf=_d(r, 4), ide=_uuid(r), spk="pk_live_" + _s(r, _ALNUM, 24),
            sp=r.choice(["pago", "parcial", "pendente"]))
    spec = [
        ("id_evento", None, "ide", 0, False),
        ("nome_noiva", PER, "na", 0, False),
        ("nome_noivo", PER, "nb", 0.05, False),
        ("field_3", DOB, "dob", 0.4, False),
        ("cidade_natal_noiva", LOC, "cid", 0.3, True),
        ("email_contato", EM, "em", 0, False),
        ("celular", PH, "cel", 0.1, False),
        ("endereco_entrega_convites", ADDR, "end", 0.3, False),
        ("senha_portal", PWD, "senha", 0.5, False),
        ("chave_api_rsvp", KEY, "key", 0.6, False),
        ("chave_publica_site", None, "spk", 0.2, False),
        ("data_casamento", None, "dc", 0, False),
        ("local_cerimonia", None, "lc", 0, False),
        ("orcamento", None, "orc", 0.1, False),
        ("pacote", None, "pac", 0, False),
        ("fornecedor_buffet", None, "fb", 0.2, True),
        ("cor_tema", None, "cor", 0.2, False),
        ("qtd_convidados", None, "qc", 0, False),
        ("cartao_final", None, "cf", 0.4, False),
        ("status_pagamento", None, "sp", 0, False),
    ]
    return _table(r, rows, row, spec, "pt")


_TABLES = [
    ("skyward_loyalty_members", "GB/IE", _tbl_loyalty),
    ("ucus_rezervasyon_olaylari", "TR", _tbl_flight_events),
    ("gaeste_rezeption", "DE", _tbl_hotel),
    ("PayrollEmployees", "US", _tbl_payroll_us),
    ("loneutbetalningar", "SE", _tbl_payroll_se),
    ("Donor Records", "GB/Welsh", _tbl_charity),
    ("huurders", "NL", _tbl_lettings),
    ("telehealth_consults", "AU/NZ", _tbl_telehealth),
    ("LOAN_APPLICATIONS", "US", _tbl_loans),
    ("portail_parents", "FR", _tbl_school),
    ("lloguers_embarcacions", "CAT/ES", _tbl_marina),
    ("casamentos", "BR", _tbl_wedding),
]


# --------------------------------------------------------------------------- API
def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        _name, _lang, loc, _shape, fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"atoll-{seed}-text-{i}")
        out.append(fn(r, LOCS[loc]).build())
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, _locs, fn in _TABLES:
        r = random.Random(f"atoll-{seed}-table-{name}")
        out[name] = fn(r, rows)
    return out
