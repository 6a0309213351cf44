"""Accuracy split "basin": labelled free text and structured tables for the PII-scanner benchmark.

DATA CARD
=========

Author / date
    Written by the helper "basin", 2026-11-26 (fixed "today" inside the generator: 2026-11-26).

Independence (exactly what was read)
    * The task brief given to this helper (it defines the imported names of bench/accuracy_data.py, the API,
      the label conventions and the required mix; accuracy_data.py itself was not opened).
    * `ls bench/` (file names only), `git status --short`, `ls .venv/bin` and `which ruff` in the repository root.
    * Outputs of Faker 40.63.0 (the list of available locales and sample names/addresses from probed locales)
      and of phonenumbers 9.0.43 (example numbers, national/international formats, validity of probed prefixes).
    Nothing under rules/, pii_audit/, tests/, docs/, bench/results/, bench/out/, no README/SPEC, no other
    accuracy split, accuracy_notes.md or accuracy.py was read. The scanner (pii-audit / pii_audit) and Presidio
    were never read or run. No web search was used.

API
    free_text(n, seed) -> list[Text]     text i renders TEMPLATES[i % 60]; the benchmark calls free_text(500, 7)
    structured(rows, seed) -> dict[str, list[Column]]   12 tables; the benchmark calls structured(150, 11)
    TEMPLATES: list of _Tpl(key, domain, lang, country, shape, fn)
    Deterministic: every text and every table has its own random.Random seeded from a string ("basin-<seed>-..."),
    each Faker instance is re-seeded from that rng, no clock is read, no set is iterated; output does not depend on
    PYTHONHASHSEED. Both calls together take about 3 s.

Domains (6 templates each; all brands are invented)
    travel agency (Bluecompass Travel / Viatges / Ferðir), water utility (Clearbrook Water, Wyvern Water,
    Helderwater, Selgevesi, Dŵr y Dyffryn), private school (St Declan's College, Marlow Heights, Brookhaven Academy,
    Școala Lumina, Gimnazija Gaja, Maplecrest Academy), coworking operator (Hivecraft), food-delivery platform
    (Forkly), physiotherapy clinic (Kinetic Bay, Northshore Motion, Peak Motion, Lëvizja, Hreyfing, Coastline),
    car leasing (Drivelane), credit union (Riverbend CCU, Bayanihan Coop, Caixa Cooperativa del Ter, Umoja Sacco),
    home-care nursing (Homeward Care, Kinfolk, Tautoko, Sončnica, Ramunė, Kasih), furniture web shop (Loftwood).

Languages (60 templates; 33 English = 55 %, 27 other = 45 % over 15 languages, all from the "barely used" list)
    English 33: US 8, GB 7, AU 4, CA 3, IN 2, IE 2, NZ 2, SG 1, KE 1, ZA 1, NG 1, PH 1.
    Catalan 2, Icelandic 2, Afrikaans 2, Tagalog/Filipino 2 (one Taglish), Malay 2, Serbian (Latin) 2, Albanian 2,
    Estonian 2, Slovenian 2, Turkish 2, Romanian 2, Lithuanian 2, Vietnamese 1, Welsh 1, Swahili 1.
    Names, towns (real towns with plausible postcodes), streets, address layouts, phone formats (national,
    compact, international, E.164, 00-prefix, (0) form, 8-prefix in LT) and date formats (incl. month names in the
    text's language) follow each text's country. English names come from Faker (en_US/GB/CA/AU/IE/NZ/NG/KE, zu_ZA)
    mixed with hand-written lists; all other names are hand-written lists (Icelandic patronymics, Lithuanian
    gendered surnames, Malay bin/binti and a/l-a/p names, Vietnamese family-middle-given order, Catalan double
    surnames).

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mail chain, chat exports (WhatsApp, Teams, Slack,
    Viber, Messenger, web live chat, in-app chat), SMS threads, tickets with internal notes, CRM and call notes,
    lower-case speech-to-text transcripts (English and Lithuanian), form dumps (key: value, key=value, JSON lines),
    application logs, nginx access log, .env config, OCR'd forms (with OCR letter swaps in the labels only),
    spreadsheet rows pasted as TSV, notification subjects, and three templates with no PII at all
    (t24 house rules, t36 clinic newsletter, t60 delivery status) - 24 of the 500 texts.

Value rules
    Every labelled value is validated when it is generated and again when the text is built: phones with
    phonenumbers.is_valid_number in the text's region, cards Luhn-valid (Visa/MC/Amex/Discover prefixes),
    SSNs valid (no 000/666/9xx area, 00 group, 0000 serial), IBANs mod-97 valid with the country's length
    (accuracy_data._iban_of for its countries; IS, EE, LT, SI, RS, AL, TR, RO built here, SI/RS with the national
    check so that the IBAN check digits are 56/35 as in real ones), IPs ipaddress.is_global, e-mails of normal
    shape, US bank accounts 8-12 digits that are not valid US phone numbers, DOBs before 2023.
    Texts are built from parts, so span offsets are exact; build() asserts that text[start:end] equals the value
    inserted, that spans do not overlap, and that no span starts/ends with quotes, brackets or trailing
    punctuation (a final "." only for a "First L." initial; passwords may end in "!" etc. because that is part of
    the secret; a phone may start with "(" when it is its area code, e.g. "(512) 555-0134").

Label conventions as applied
    PERSON: every name as written (full, first only, surname only, upper/lower case, "Last, First",
    "First L."), chat speakers and agents included; titles (Mr, Dr, Ms., hanım, ga.) outside; names inside
    brands, shops, products, schools, streets, companies ("Harper & Lowe", "Harriet 3-Seater Sofa",
    "St Declan's College", "Adeola Odeku Street", "Kask & Partnerid OÜ") and pets are not labelled.
    STREET_ADDRESS: street line + postcode + town as one span; multi-line blocks as one span (flat/unit inside);
    in '>'-quoted replies each quoted line is its own span; bare street lines labelled; clinic/agency addresses
    in signatures labelled.
    LOCATION: towns/countries where a person lives, was born, comes from or travels to (travel destinations
    included; inflected forms such as "Kranju", "Selfossi", "Ankara" before "'dan" labelled as written);
    branch, depot, office, warehouse, venue and site towns not labelled.
    DATE_OF_BIRTH: birth dates only, any format (also spoken: "the fourteenth of march nineteen eighty six");
    appointment, booking, invoice and log dates are not.
    PASSWORD / API_KEY: plaintext secrets only (Stripe sk_live, SendGrid, GitHub, Slack bot, Google, OpenAI,
    Mailgun, Twilio auth token, hex vendor keys); bcrypt/argon2 hashes, pk_live publishable keys, Twilio AC...
    SIDs, session ids, CSRF tokens and the Sentry DSN public key are not.
    US_BANK_NUMBER: US checking/savings account numbers only, never the routing number. IBAN_CODE: full IBANs,
    spaced or not. CREDIT_CARD: full card numbers only. US_SSN: full SSNs only (ITINs 9xx are look-alikes).
    IP_ADDRESS: public IPv4/IPv6 only. EMAIL_ADDRESS: every address, role addresses (office@, info@, support@,
    reserves@) included. PHONE_NUMBER: every valid number, clinic/office/hotline numbers included.

Look-alikes (frequent, never labelled)
    masked cards (**** 4242, 4xxxxx******1234, "ending 4821"), last-4, expiry and CVV, masked phones/e-mails,
    private/loopback/CGNAT/ULA IPs, version strings (incl. "Chrome/131.0.0.0"), bcrypt/argon2/sha256 hashes, UUIDs,
    order/ticket/booking/case/refund/tracking/invoice/membership/policy numbers, OTPs, door/gate/key-safe codes,
    IMEIs (Luhn-valid, 15 digits), ABA routing numbers alone, SWIFT/BIC, GPS coordinates, amounts, timestamps and
    non-birth dates, ITINs, VINs and number plates, UPI handles (name@okaxis), M-Pesa codes and paybills,
    meter/utility account numbers, product/brand/company names containing person names, pet names, branch towns.

Tables (structured(150, 11); 12 tables, 242 columns: 94 PII / 148 look-alike)
    travel_bookings          en-GB, ca-ES, is-IS          21 cols, 8 PII / 13 look-alike; snake_case + opaque (field_7)
    water_accounts           en-US                        20 cols, 7 PII / 13 look-alike; PascalCase
    school_pupils            is-IS                        19 cols, 9 PII / 10 look-alike; Icelandic snake_case + opaque (col_19)
    cowork_members           et-EE, lt-LT                 20 cols, 8 PII / 12 look-alike; camelCase
    delivery_orders          ms-MY                        20 cols, 6 PII / 14 look-alike; UPPER_SNAKE
    physio_patients          sl-SI                        20 cols, 9 PII / 11 look-alike; Slovenian spaced headers
    lease_applications       tr-TR                        21 cols, 10 PII / 11 look-alike; Turkish spaced Title Case
    cu_members               en-US                        22 cols, 10 PII / 12 look-alike; dotted paths
    care_clients             ro-RO                        21 cols, 10 PII / 11 look-alike; Romanian snake_case + abbreviations
    furniture_orders         en-CA                        21 cols, 8 PII / 13 look-alike; abbreviations + opaque (attr2, attr3, attr9, col_19)
    web_sessions             mixed (GB, US, EE, TR, ZA)   18 cols, 4 PII / 14 look-alike; log abbreviations (usr_email, pwd_attempt)
    integration_credentials  mixed (GB, US, ZA, SG)       19 cols, 5 PII / 14 look-alike; snake_case + abbreviations (admin_pwd)
    PII columns include first-name-only and surname-only columns, names under foreign or opaque headers
    (fornafn, eftirnafn, Ime, Priimek, Ad, Soyad, nume, prenume, field_7), towns, birth dates in local formats,
    national-format phones, plaintext passwords, API keys, US account numbers, SSNs, IBANs, public IPs, card
    numbers and street addresses. Blanks (None) at 0-60 % per column; a few placeholders (N/A, -, unknown).

Checks run
    build() assertions for every text and table value (see "Value rules"); an extra scan of all 500 texts for
    unlabelled e-mails, valid phone numbers (phonenumbers.PhoneNumberMatcher), Luhn card numbers, SSNs, public
    IPs and IBANs (the only hits are the intended look-alikes: "Chrome/131.0.0.0" and the Sentry DSN);
    determinism by hashing the JSON of free_text(500, 7) + structured(150, 11) in separate processes with
    different PYTHONHASHSEED values and with the module imported both as `accuracy_split_basin` and as
    `bench.accuracy_split_basin`. ruff was not installed in .venv; ruff 0.17.6 was installed into a scratch
    folder and `ruff check` / `ruff format` were run on this file only (ruff applied the repository's own lint
    settings; they were not opened by hand).

Known limits
    * Synthetic data: person/town combinations, phone area codes and towns, and streets and towns are only
      consistent at country level (a Leeds street may get a Bristol area code).
    * Texts are template-driven; each template has a few phrasing branches and per-text values, so wording
      repeats within a template.
    * Non-English texts were written by a non-native author; grammar was kept simple and town names are put
      where no case ending is needed, or pre-inflected by hand (Icelandic dative, Slovenian locative, Turkish
      suffix after an apostrophe, Albanian definite form).
    * Ambiguous categories that LABELS does not cover (national IDs, passport and licence numbers, non-US
      domestic bank accounts) were avoided rather than used as look-alikes.
    * The Sentry DSN in t20 has an e-mail-like "key@host" userinfo; it is a public DSN key, not an address,
      and is deliberately left unlabelled.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import NamedTuple

import phonenumbers
from faker import Faker

try:
    from accuracy_data import (
        LABELS,
        Column,
        Text,
        _iban_of,
        _ip_public_v4,
        _ip_public_v6,
        _luhn,
    )
except ImportError:
    from .accuracy_data import (
        LABELS,
        Column,
        Text,
        _iban_of,
        _ip_public_v4,
        _ip_public_v6,
        _luhn,
    )

__all__ = ["TEMPLATES", "free_text", "structured"]

_TODAY = date(2026, 11, 26)

# --------------------------------------------------------------------------------------------
# span builder
# --------------------------------------------------------------------------------------------

_LBL = {
    "PE": "PERSON",
    "EM": "EMAIL_ADDRESS",
    "PH": "PHONE_NUMBER",
    "CC": "CREDIT_CARD",
    "SSN": "US_SSN",
    "BA": "US_BANK_NUMBER",
    "IB": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "AD": "STREET_ADDRESS",
    "LO": "LOCATION",
    "DOB": "DATE_OF_BIRTH",
    "PW": "PASSWORD",
    "AK": "API_KEY",
}
assert set(_LBL.values()) == set(LABELS)
_SLOT = re.compile(r"\[\[(?:([A-Z]{2,3}):)?(\w+)\]\]")


class _Doc:
    """Text assembled from parts; labelled parts become spans with exact offsets."""

    def __init__(self, cc: str):
        self.cc = cc
        self._parts: list[str] = []
        self._spans: list[tuple[int, int, str, str]] = []
        self._n = 0

    def t(self, s: str) -> _Doc:
        self._parts.append(s)
        self._n += len(s)
        return self

    def v(self, s: str, code: str | None) -> _Doc:
        if code is None:
            return self.t(s)
        assert s, "empty labelled value"
        self._spans.append((self._n, self._n + len(s), _LBL[code], s))
        return self.t(s)

    def f(self, tpl: str, **kw: str) -> _Doc:
        pos = 0
        for m in _SLOT.finditer(tpl):
            self.t(tpl[pos : m.start()])
            self.v(kw[m.group(2)], m.group(1))
            pos = m.end()
        return self.t(tpl[pos:])

    def quoted_block(
        self, lines: list[str], code: str | None, prefix: str = "> "
    ) -> _Doc:
        """'>'-quoted address block: each quoted line is its own span."""
        for ln in lines:
            self.t(prefix).v(ln, code).t("\n")
        return self

    def block(self, lines: list[str], code: str | None, sep: str = "\n") -> _Doc:
        return self.v(sep.join(lines), code)

    def build(self) -> Text:
        text = "".join(self._parts)
        spans: list[tuple[int, int, str]] = []
        last = 0
        for s, e, lab, val in self._spans:
            assert text[s:e] == val, (text[s:e], val)
            assert s >= last, f"overlapping spans at {s}: {val!r}"
            _check(lab, val, self.cc)
            spans.append((s, e, lab))
            last = e
        return Text(text=text, spans=spans)


# --------------------------------------------------------------------------------------------
# validators (used for every labelled value, in texts and tables)
# --------------------------------------------------------------------------------------------

_IBAN_LEN = {
    "AL": 28,
    "AT": 20,
    "BE": 16,
    "BR": 29,
    "CH": 21,
    "DE": 22,
    "DK": 18,
    "EE": 20,
    "ES": 24,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IS": 26,
    "IT": 27,
    "LT": 20,
    "NL": 18,
    "PL": 28,
    "PT": 25,
    "RO": 24,
    "RS": 22,
    "SE": 24,
    "SI": 19,
    "TR": 26,
}


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if _IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def _ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


_ALL_REGIONS = (
    "US",
    "GB",
    "CA",
    "AU",
    "IN",
    "IE",
    "NZ",
    "ZA",
    "SG",
    "PH",
    "NG",
    "KE",
    "ES",
    "IS",
    "MY",
    "RS",
    "AL",
    "EE",
    "SI",
    "TR",
    "RO",
    "LT",
    "VN",
    "DE",
    "FR",
    "NL",
    "IT",
    "CH",
    "TZ",
)


def _phone_ok(s: str, region: str) -> bool:
    for reg in (region,) + _ALL_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def _check(label: str, val: str, cc: str) -> None:
    assert val == val.strip(), val
    assert val[0] not in "\"'[{<‘“«" and (
        val[0] != "(" or (label == "PHONE_NUMBER" and ")" in val[1:6])
    ), val
    assert label in ("PASSWORD", "API_KEY") or val[-1] not in "\"')]}>,;:!?’”»", val
    if val.endswith("."):
        assert label == "PERSON" and re.search(r"(^|\s)\w\.$", val), val
    if label == "PERSON":
        assert not re.search(r"[\d@#:]", val), val
    elif label == "EMAIL_ADDRESS":
        assert _EMAIL_RE.fullmatch(val), val
    elif label == "PHONE_NUMBER":
        assert _phone_ok(val, _C[cc]["region"]), (val, cc)
    elif label == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", val)
        assert d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d), val
    elif label == "US_SSN":
        assert _ssn_ok(val), val
    elif label == "US_BANK_NUMBER":
        assert val.isdigit() and 6 <= len(val) <= 17, val
    elif label == "IBAN_CODE":
        assert _iban_ok(val), val
    elif label == "IP_ADDRESS":
        assert ipaddress.ip_address(val).is_global, val
    elif label in ("PASSWORD", "API_KEY"):
        assert not re.search(r"\s", val) and len(val) >= 6, val
    elif label == "LOCATION":
        assert not re.search(r"\d", val), val


# --------------------------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}


def _fk(r: random.Random, loc: str) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(r.getrandbits(32))
    return f


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(
    r: random.Random,
    n: int,
    chars: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
) -> str:
    return "".join(r.choice(chars) for _ in range(n))


_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_UPD = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_HEX = "0123456789abcdef"


def _ascii(s: str) -> str:
    s = (
        s.replace("ß", "ss")
        .replace("ð", "d")
        .replace("Ð", "D")
        .replace("þ", "th")
        .replace("Þ", "Th")
        .replace("æ", "ae")
        .replace("ø", "o")
        .replace("đ", "dj")
        .replace("Đ", "Dj")
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("ŵ", "w")
        .replace("ŷ", "y")
    )
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s: str) -> str:
    """Lower-case ASCII letters of the first word-group of a name, for e-mail local parts."""
    return re.sub(r"[^a-z]", "", _ascii(s).lower()) or "x"


def _mail_local(
    r: random.Random, first: str, last: str, year: int | None = None
) -> str:
    f = re.sub(r"[^a-z]", "", _ascii(first.split()[0]).lower()) or "info"
    la = re.sub(r"[^a-z]", "", _ascii(last).lower()) or "mail"
    yy = str(year or r.randint(1960, 2004))
    pat = r.randrange(9)
    if pat == 0:
        return f"{f}.{la}"
    if pat == 1:
        return f"{f}{la}"
    if pat == 2:
        return f"{f[0]}.{la}"
    if pat == 3:
        return f"{f}_{la}{yy[-2:]}"
    if pat == 4:
        return f"{f}.{la}{r.randint(1, 99)}"
    if pat == 5:
        return f"{la}.{f}"
    if pat == 6:
        return f"{f}{yy}"
    if pat == 7:
        return f"{f[0]}{la}"
    return f"{f}.{la[0]}{r.randint(10, 999)}"


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice(_HEX) for _ in range(n))


def _bcrypt(r: random.Random) -> str:
    return "$2b$12$" + _alnum(
        r, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    )


def _argon2(r: random.Random) -> str:
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${_alnum(r, 22, b64)}${_alnum(r, 43, b64)}"


def _private_ip(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return f"fd{_hexs(r, 2)}:{_hexs(r, 4)}:{_hexs(r, 4)}::{_hexs(r, 3)}"
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _pub_ip(r: random.Random, v6: float = 0.2) -> str:
    ip = _ip_public_v6(r) if r.random() < v6 else _ip_public_v4(r)
    assert ipaddress.ip_address(ip).is_global
    return ip


def _version(r: random.Random) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 40)}"


def _card(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return _luhn(r, "4" + _digits(r, 1), 16)
    if kind == "mc":
        return _luhn(
            r, r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2345"]), 16
        )
    if kind == "amex":
        return _luhn(r, r.choice(["34", "37"]), 15)
    return _luhn(r, "6011", 16)


def _card_fmt(r: random.Random, num: str) -> str:
    k = r.randrange(3)
    if k == 0:
        return num
    sep = " " if k == 1 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, len(num), 4))


def _masked_card(r: random.Random) -> str:
    last4 = _digits(r, 4)
    return r.choice(
        [
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• {last4}",
            f"************{last4}",
            f"4{_digits(r, 5)}******{last4}",
            f"ending {last4}",
            f"x{last4}",
        ]
    )


def _expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def _ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _itin(r: random.Random) -> str:
    return f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 72, 78, 80, 83, 88, 90, 92, 94])}-{r.randint(1, 9999):04d}"


def _routing(r: random.Random) -> str:
    while True:
        d = [
            int(c)
            for c in f"{r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}{_digits(r, 6)}"
        ]
        for last in range(10):
            w = (
                3 * (d[0] + d[3] + d[6])
                + 7 * (d[1] + d[4] + d[7])
                + (d[2] + d[5] + last)
            )
            if w % 10 == 0:
                return "".join(map(str, d)) + str(last)


def _us_account(r: random.Random) -> str:
    while True:
        s = str(r.randint(1, 9)) + _digits(r, r.choice([7, 8, 9, 9, 10, 11]))
        if not _phone_ok_us(s) and len(s) != 9:
            return s


def _phone_ok_us(s: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, "US"))
    except phonenumbers.NumberParseException:
        return False


def _imei(r: random.Random) -> str:
    body = r.choice(["35", "86", "35", "01"]) + _digits(r, 12)
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


_BIC = {
    "US": ["CHASUS33", "BOFAUS3N", "WFBIUS6S"],
    "GB": ["BARCGB22", "NWBKGB2L", "LOYDGB2L"],
    "IE": ["AIBKIE2D", "BOFIIE2D"],
    "ES": ["CAIXESBB", "BSABESBB"],
    "IS": ["LANDISRE", "ISLAISRE", "ARIOISRE"],
    "EE": ["HABAEE2X", "EEUHEE2X", "LHVBEE22"],
    "SI": ["LJBASI2X", "KBMASI2X"],
    "TR": ["TCZBTR2A", "TGBATRIS"],
    "RO": ["BTRLRO22", "RNCBROBU"],
    "LT": ["HABALT22", "CBVILT2X"],
    "RS": ["AIKBRS22", "KOBBRSBG"],
    "AL": ["SGSBALTX", "NCBAALTX"],
    "ZA": ["FIRNZAJJ", "SBZAZAJJ", "ABSAZAJJ"],
    "KE": ["KCBLKENX", "EQBLKENA"],
    "PH": ["BOPIPHMM", "MBTCPHMM"],
    "MY": ["MBBEMYKL", "CIBBMYKL"],
}


def _bic(r: random.Random, country: str) -> str:
    return r.choice(_BIC.get(country, ["DEUTDEFF", "COBADEFF"]))


def _iban_bban(r: random.Random, cc: str) -> str:
    def chk(cc2: str, bban: str) -> str:
        num = "".join(str(int(ch, 36)) for ch in bban + cc2 + "00")
        return f"{98 - int(num) % 97:02d}"

    if cc in (
        "DE",
        "AT",
        "GB",
        "IE",
        "NL",
        "CH",
        "IT",
        "PL",
        "SE",
        "DK",
        "BR",
        "BE",
        "PT",
        "FR",
        "ES",
    ):
        return _iban_of(r, cc)
    if cc == "IS":
        bban = (
            r.choice(["0101", "0111", "0133", "0301", "0515", "0537"])
            + r.choice(["26", "26", "05", "15"])
            + _digits(r, 16)
        )
    elif cc == "EE":
        bban = r.choice(["22", "10", "17", "77"]) + _digits(r, 14)
    elif cc == "LT":
        bban = r.choice(["73000", "70440", "40100", "72900"]) + _digits(r, 11)
    elif cc == "SI":
        b = r.choice(["02010", "04515", "19100", "61000", "03171"]) + _digits(r, 8)
        bban = b + f"{98 - (int(b) * 100) % 97:02d}"
    elif cc == "RS":
        b = r.choice(["160", "265", "205", "170", "340"]) + _digits(r, 13)
        bban = b + f"{98 - (int(b) * 100) % 97:02d}"
    elif cc == "AL":
        bban = (
            r.choice(["2021", "2111", "2051", "2121"]) + _digits(r, 4) + _digits(r, 16)
        )
    elif cc == "TR":
        bban = (
            r.choice(["00010", "00062", "00064", "00046", "00067"])
            + "0"
            + _digits(r, 16)
        )
    elif cc == "RO":
        bban = (
            r.choice(["BTRL", "RNCB", "BRDE", "INGB", "BACX"])
            + _alnum(r, 4, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
            + _digits(r, 12)
        )
    else:
        raise ValueError(cc)
    iban = cc + chk(cc, bban) + bban
    assert _iban_ok(iban), iban
    return iban


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    s = _iban_bban(r, cc)
    if spaced is None:
        spaced = r.random() < 0.55
    if spaced:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def _api_key(r: random.Random, kind: str | None = None) -> str:
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    kind = kind or r.choice(
        [
            "stripe",
            "github",
            "slack",
            "sendgrid",
            "google",
            "openai",
            "mailgun",
            "hex",
            "twilio",
        ]
    )
    if kind == "stripe":
        return "sk_live_" + _alnum(r, 24, a)
    if kind == "github":
        return "ghp_" + _alnum(r, 36, a)
    if kind == "slack":
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_alnum(r, 24, a)}"
    if kind == "sendgrid":
        return f"SG.{_alnum(r, 22, a + '-_')}.{_alnum(r, 43, a + '-_')}"
    if kind == "google":
        return "AIza" + _alnum(r, 35, a + "-_")
    if kind == "openai":
        return "sk-proj-" + _alnum(r, 48, a)
    if kind == "mailgun":
        return "key-" + _hexs(r, 32)
    if kind == "twilio":
        return _hexs(r, 32)
    return _hexs(r, 40)


_PW_WORDS = [
    "Sunflower",
    "Dolphin",
    "Marmalade",
    "Hedgehog",
    "Rainbow",
    "Tornado",
    "Pumpkin",
    "Falcon",
    "Biscuit",
    "Lighthouse",
    "Velvet",
    "Mango",
    "Cricket",
    "Harbour",
    "Juniper",
    "Thunder",
    "Pebble",
    "Kiwi",
    "Saffron",
    "Glacier",
    "Nimbus",
    "Quokka",
    "Walrus",
    "Cobalt",
    "Cinnamon",
    "Orchid",
    "Tundra",
    "Maple",
]


def _password(r: random.Random) -> str:
    k = r.randrange(6)
    w = r.choice(_PW_WORDS)
    if k == 0:
        return f"{w}{r.randint(1970, 2026)}{r.choice('!#$*?@')}"
    if k == 1:
        return f"{w.lower()}_{r.choice(_PW_WORDS).lower()}{r.randint(1, 99)}"
    if k == 2:
        return _alnum(
            r,
            r.randint(10, 16),
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#$%&*+-=?@",
        )
    if k == 3:
        return w.replace("o", "0").replace("a", "@").replace("e", "3") + str(
            r.randint(10, 99)
        )
    if k == 4:
        return f"{w}-{r.choice(_PW_WORDS)}-{r.randint(10, 999)}"
    return f"{w[:3].upper()}{r.randint(1000, 9999)}{w[3:].lower()}!"


def _order_ref(r: random.Random, prefix: str) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{prefix}-{_alnum(r, 6, _UPD)}"
    if k == 1:
        return f"{prefix}{r.randint(2025, 2026)}-{r.randint(10000, 99999)}"
    if k == 2:
        return f"{prefix}-{r.randint(100, 999)}-{_alnum(r, 4, _UP)}"
    return f"{prefix}{_alnum(r, 2, _UP)}{r.randint(100000, 999999)}"


def _tracking(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"1Z{_alnum(r, 6, _UPD)}{_digits(r, 10)}"
    if k == 1:
        return f"{_alnum(r, 2, _UP)}{_digits(r, 9)}{r.choice(['GB', 'NL', 'DE', 'SG', 'CN'])}"
    return f"JJD{_digits(r, 15)}"


def _gps(r: random.Random, lat: float, lon: float) -> str:
    return f"{lat + r.uniform(-0.05, 0.05):.5f}, {lon + r.uniform(-0.05, 0.05):.5f}"


def _ts(r: random.Random, days_back: int = 40) -> datetime:
    base = datetime(2026, 11, 26, 9, 0, 0)
    return (
        base
        - timedelta(days=r.randint(0, days_back), seconds=r.randint(0, 86399))
        + timedelta(hours=r.randint(0, 8))
    )


def _day(r: random.Random, lo: int = -60, hi: int = 60) -> date:
    """A non-birth date between today+lo and today+hi days."""
    return _TODAY + timedelta(days=r.randint(lo, hi))


def _dob(r: random.Random, lo: int = 1941, hi: int = 2006) -> date:
    return date(lo, 1, 1) + timedelta(
        days=r.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days)
    )


def _otp(r: random.Random) -> str:
    return f"{r.randint(100000, 999999)}"


# --------------------------------------------------------------------------------------------
# countries: names, towns (real towns with plausible postcodes), streets, addresses, phones, dates
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ca": [
        "gener",
        "febrer",
        "març",
        "abril",
        "maig",
        "juny",
        "juliol",
        "agost",
        "setembre",
        "octubre",
        "novembre",
        "desembre",
    ],
    "is": [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
    "af": [
        "Januarie",
        "Februarie",
        "Maart",
        "April",
        "Mei",
        "Junie",
        "Julie",
        "Augustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "ms": [
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ],
    "sr": [
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "jula",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
    "sq": [
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ],
    "et": [
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ],
    "sl": [
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
    "cy": [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
}


def _d_dmy(d: date, sep: str = "/", pad: bool = True) -> str:
    return (
        f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
        if pad
        else f"{d.day}{sep}{d.month}{sep}{d.year}"
    )


def _d_mdy(d: date, sep: str = "/", pad: bool = True) -> str:
    return (
        f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"
        if pad
        else f"{d.month}{sep}{d.day}{sep}{d.year}"
    )


def _d_iso(d: date) -> str:
    return d.isoformat()


def _date_fmts(cc: str) -> list[Callable[[date], str]]:
    M = _MONTHS
    en = M["en"]
    if cc == "us":
        return [
            _d_mdy,
            lambda d: _d_mdy(d, pad=False),
            lambda d: f"{en[d.month - 1]} {d.day}, {d.year}",
            lambda d: _d_mdy(d, "-"),
            _d_iso,
        ]
    if cc == "ca":
        return [
            _d_iso,
            lambda d: f"{en[d.month - 1]} {d.day}, {d.year}",
            _d_dmy,
            lambda d: f"{en[d.month - 1][:3]} {d.day} {d.year}",
        ]
    if cc in ("gb", "ie", "au", "nz", "ng", "ke", "sg", "za"):
        out = [
            _d_dmy,
            lambda d: f"{d.day} {en[d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, pad=False),
            lambda d: f"{d.day} {en[d.month - 1][:3]} {d.year}",
            lambda d: _d_dmy(d, "."),
        ]
        if cc == "za":
            out.append(lambda d: d.isoformat().replace("-", "/"))
        return out
    if cc == "in":
        return [
            _d_dmy,
            lambda d: _d_dmy(d, "-"),
            lambda d: f"{d.day} {en[d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, "."),
        ]
    if cc in ("ph", "tl"):
        mm = M["tl"] if cc == "tl" else en
        return [
            _d_mdy,
            lambda d: f"{mm[d.month - 1]} {d.day}, {d.year}",
            lambda d: _d_mdy(d, "-"),
        ]
    if cc == "cat":

        def ca_long(d: date) -> str:
            m = M["ca"][d.month - 1]
            return f"{d.day} {'d' + chr(8217) if m[0] in 'aeiou' else 'de '}{m} de {d.year}"

        return [
            _d_dmy,
            lambda d: _d_dmy(d, pad=False),
            ca_long,
            lambda d: _d_dmy(d, "-"),
        ]
    if cc == "is":
        return [
            lambda d: _d_dmy(d, ".", False),
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day}. {M['is'][d.month - 1]} {d.year}",
        ]
    if cc == "af":
        return [
            _d_iso,
            lambda d: f"{d.day} {M['af'][d.month - 1]} {d.year}",
            _d_dmy,
            lambda d: d.isoformat().replace("-", "/"),
        ]
    if cc == "ms":
        return [
            _d_dmy,
            lambda d: f"{d.day} {M['ms'][d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, "-"),
        ]
    if cc == "sr":
        return [
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day}. {M['sr'][d.month - 1]} {d.year}",
            lambda d: f"{d.day}.{d.month}.{d.year}",
        ]
    if cc == "sq":
        return [
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day} {M['sq'][d.month - 1]} {d.year}",
            _d_dmy,
        ]
    if cc == "et":
        return [
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day}. {M['et'][d.month - 1]} {d.year}",
            lambda d: f"{d.day}.{d.month:02d}.{d.year}",
        ]
    if cc == "sl":
        return [
            lambda d: f"{d.day}. {d.month}. {d.year}",
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day}. {M['sl'][d.month - 1]} {d.year}",
        ]
    if cc == "tr":
        return [
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day} {M['tr'][d.month - 1]} {d.year}",
            _d_dmy,
        ]
    if cc == "ro":
        return [
            lambda d: _d_dmy(d, "."),
            lambda d: f"{d.day} {M['ro'][d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, "/"),
        ]
    if cc == "lt":
        return [
            _d_iso,
            lambda d: d.isoformat().replace("-", "."),
            lambda d: d.isoformat().replace("-", " "),
        ]
    if cc == "vi":
        return [
            _d_dmy,
            lambda d: _d_dmy(d, pad=False),
            lambda d: f"{d.day} tháng {d.month} năm {d.year}",
            lambda d: _d_dmy(d, "-"),
        ]
    if cc == "cy":
        return [
            _d_dmy,
            lambda d: f"{d.day} {M['cy'][d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, "."),
        ]
    if cc == "sw":
        return [
            _d_dmy,
            lambda d: f"{d.day} {M['sw'][d.month - 1]} {d.year}",
            lambda d: _d_dmy(d, "-"),
        ]
    raise KeyError(cc)


def _fdate(r: random.Random, d: date, cc: str, k: int | None = None) -> str:
    fm = _date_fmts(cc)
    return (fm[k % len(fm)] if k is not None else r.choice(fm))(d)


# name helpers -------------------------------------------------------------------------------


def _nm_lists(fm: list[str], ff: list[str], last: list):
    def f(r: random.Random, g: str) -> tuple[str, str, str]:
        fn = r.choice(fm if g == "m" else ff)
        ln = r.choice(last)
        if isinstance(ln, tuple):
            ln = ln[0] if g == "m" else ln[1]
        return fn, ln, f"{fn} {ln}"

    return f


def _nm_faker(loc: str, extra: Callable | None = None, p_extra: float = 0.0):
    def f(r: random.Random, g: str) -> tuple[str, str, str]:
        if extra is not None and r.random() < p_extra:
            return extra(r, g)
        fk = _fk(r, loc)
        fn = fk.first_name_male() if g == "m" else fk.first_name_female()
        ln = fk.last_name()
        return fn, ln, f"{fn} {ln}"

    return f


_nm_maori = _nm_lists(
    ["Wiremu", "Tama", "Hemi", "Rawiri", "Manaia", "Kahu", "Tamati", "Nikau"],
    ["Aroha", "Mere", "Ngaio", "Anahera", "Kiri", "Hine", "Moana", "Awhina"],
    [
        "Ngata",
        "Parata",
        "Tipene",
        "Horomona",
        "Te Whata",
        "Pomare",
        "Tawhiri",
        "Hohaia",
        "Walker",
    ],
)

_nm_in = _nm_lists(
    [
        "Aarav",
        "Rohan",
        "Vikram",
        "Arjun",
        "Rahul",
        "Karthik",
        "Siddharth",
        "Aditya",
        "Nikhil",
        "Sanjay",
        "Pranav",
        "Harish",
        "Imran",
        "Varun",
    ],
    [
        "Priya",
        "Ananya",
        "Sneha",
        "Kavya",
        "Divya",
        "Meera",
        "Pooja",
        "Lakshmi",
        "Shreya",
        "Nandini",
        "Aishwarya",
        "Deepa",
        "Farah",
        "Ritu",
    ],
    [
        "Sharma",
        "Iyer",
        "Nair",
        "Reddy",
        "Patel",
        "Gupta",
        "Menon",
        "Kulkarni",
        "Deshpande",
        "Rao",
        "Verma",
        "Banerjee",
        "Joshi",
        "Pillai",
        "Chatterjee",
        "Agarwal",
        "Krishnan",
        "Mehta",
        "Khan",
        "Das",
    ],
)

_nm_af = _nm_lists(
    [
        "Johan",
        "Pieter",
        "Riaan",
        "Francois",
        "Hendrik",
        "Christo",
        "Wynand",
        "Jaco",
        "Ruan",
        "Deon",
        "Gerhard",
        "Tiaan",
        "Marius",
        "Stefan",
    ],
    [
        "Annelie",
        "Marelize",
        "Elmarie",
        "Anri",
        "Liezl",
        "Karin",
        "Sunette",
        "Michelle",
        "Lize",
        "Carina",
        "Ilse",
        "Elsabé",
        "Mariska",
        "Retha",
    ],
    [
        "van der Merwe",
        "Botha",
        "Pretorius",
        "du Plessis",
        "Nel",
        "Steyn",
        "Kruger",
        "Venter",
        "Coetzee",
        "Swanepoel",
        "Joubert",
        "le Roux",
        "Fourie",
        "Erasmus",
        "Smit",
        "Visser",
        "van Wyk",
        "Marais",
        "Bezuidenhout",
        "Oosthuizen",
    ],
)


def _nm_za(r: random.Random, g: str) -> tuple[str, str, str]:
    k = r.random()
    if k < 0.4:
        return _nm_faker("zu_ZA")(r, g)
    if k < 0.7:
        return _nm_af(r, g)
    return _nm_lists(
        ["Liam", "Ethan", "Daniel", "Michael", "Ryan", "Aidan", "Yusuf", "Thabo"],
        ["Chloe", "Jessica", "Kayla", "Megan", "Zainab", "Naledi", "Amy", "Lauren"],
        [
            "Naidoo",
            "Pillay",
            "Govender",
            "Adams",
            "Williams",
            "Jacobs",
            "Petersen",
            "Hendricks",
            "Smith",
            "Mokoena",
            "Dlamini",
        ],
    )(r, g)


_nm_ph = _nm_lists(
    [
        "Jonathan",
        "Mark Anthony",
        "Jhun",
        "Rodel",
        "Arnel",
        "Noel",
        "Ronaldo",
        "Jericho",
        "Christian",
        "John Paul",
        "Rommel",
        "Jayson",
        "Carlo",
        "Ramil",
    ],
    [
        "Maricel",
        "Rowena",
        "Kristine",
        "Angelica",
        "Liza",
        "Mary Grace",
        "Joy",
        "Ma. Lourdes",
        "Rhea",
        "Jennifer",
        "Cristina",
        "Lovely",
        "Princess",
        "Marites",
    ],
    [
        "dela Cruz",
        "Santos",
        "Reyes",
        "Bautista",
        "Villanueva",
        "Mendoza",
        "Garcia",
        "Ramos",
        "Castillo",
        "Aquino",
        "Manalo",
        "Pascual",
        "Soriano",
        "Mercado",
        "Tolentino",
        "Dizon",
        "Navarro",
        "Lacson",
    ],
)

_nm_cat_f = _nm_lists(
    [
        "Jordi",
        "Pere",
        "Arnau",
        "Marc",
        "Oriol",
        "Roger",
        "Joan",
        "Pau",
        "Xavier",
        "Albert",
        "Jaume",
        "Quim",
        "Biel",
        "Ferran",
    ],
    [
        "Montserrat",
        "Núria",
        "Laia",
        "Mireia",
        "Marta",
        "Queralt",
        "Gemma",
        "Anna",
        "Mercè",
        "Aina",
        "Carlota",
        "Roser",
        "Judit",
        "Berta",
    ],
    [
        "Puig",
        "Vila",
        "Soler",
        "Ferrer",
        "Font",
        "Serra",
        "Pujol",
        "Casals",
        "Vidal",
        "Roca",
        "Martí",
        "Bosch",
        "Riera",
        "Sala",
        "Costa",
        "Camps",
        "Prat",
        "Vilaró",
        "Garcia",
        "Comas",
        "Sabaté",
    ],
)


def _nm_cat(r: random.Random, g: str) -> tuple[str, str, str]:
    fn, l1, _ = _nm_cat_f(r, g)
    l2 = _nm_cat_f(r, g)[1]
    if l2 == l1:
        return fn, l1, f"{fn} {l1}"
    return fn, l1, f"{fn} {l1}{r.choice([' i ', ' '])}{l2}"


_IS_FATHERS = [
    ("Jóns", "Jóns"),
    ("Sigurðs", "Sigurðar"),
    ("Guðmunds", "Guðmunds"),
    ("Gunnars", "Gunnars"),
    ("Ólafs", "Ólafs"),
    ("Einars", "Einars"),
    ("Kristjáns", "Kristjáns"),
    ("Magnús", "Magnús"),
    ("Stefáns", "Stefáns"),
    ("Helga", "Helga"),
    ("Björns", "Björns"),
    ("Þórs", "Þórs"),
    ("Árna", "Árna"),
    ("Páls", "Páls"),
    ("Haralds", "Haralds"),
    ("Hjalta", "Hjalta"),
    ("Gísla", "Gísla"),
]


def _nm_is(r: random.Random, g: str) -> tuple[str, str, str]:
    fn = r.choice(
        [
            "Jón",
            "Sigurður",
            "Guðmundur",
            "Gunnar",
            "Ólafur",
            "Einar",
            "Kristján",
            "Stefán",
            "Helgi",
            "Bjarni",
            "Hörður",
            "Snorri",
            "Arnar",
            "Þórður",
            "Egill",
        ]
        if g == "m"
        else [
            "Guðrún",
            "Anna",
            "Sigríður",
            "Kristín",
            "Margrét",
            "Helga",
            "Sigrún",
            "Ingibjörg",
            "Katrín",
            "Þórunn",
            "Ragnheiður",
            "Hildur",
            "Elín",
            "Birna",
            "Sólveig",
        ]
    )
    f = r.choice(_IS_FATHERS)
    ln = f[0] + "son" if g == "m" else f[1] + "dóttir"
    return fn, ln, f"{fn} {ln}"


def _nm_ms(r: random.Random, g: str) -> tuple[str, str, str]:
    k = r.random()
    if k < 0.6:
        fn = r.choice(
            [
                "Ahmad Faizal",
                "Muhammad Hafiz",
                "Mohd Azlan",
                "Amirul",
                "Khairul Anuar",
                "Syafiq",
                "Hakim",
                "Zulkifli",
                "Aiman",
                "Ridzuan",
            ]
            if g == "m"
            else [
                "Nurul Izzah",
                "Siti Aminah",
                "Farah",
                "Nur Aisyah",
                "Hafizah",
                "Aina",
                "Syazwani",
                "Nadia",
                "Liyana",
                "Zarina",
            ]
        )
        fa = r.choice(
            [
                "Hassan",
                "Abdullah",
                "Ismail",
                "Rahman",
                "Osman",
                "Yusof",
                "Ibrahim",
                "Hamid",
                "Razak",
                "Salleh",
                "Mohd Nor",
                "Kassim",
            ]
        )
        return fn, fa, f"{fn} {'bin' if g == 'm' else 'binti'} {fa}"
    if k < 0.85:
        ln = r.choice(
            [
                "Tan",
                "Lim",
                "Lee",
                "Wong",
                "Ng",
                "Chong",
                "Ong",
                "Goh",
                "Teh",
                "Chan",
                "Yap",
                "Loh",
            ]
        )
        fn = r.choice(
            ["Wei Ming", "Jun Hao", "Kah Wai", "Chee Keong", "Zhi Hao", "Boon Kiat"]
            if g == "m"
            else ["Mei Ling", "Hui Min", "Li Ting", "Siew Lan", "Pei Shan", "Xin Yi"]
        )
        return fn, ln, f"{ln} {fn}"
    fn = r.choice(
        ["Rajesh", "Suresh", "Kumaran", "Ganesh", "Vinod"]
        if g == "m"
        else ["Kavitha", "Priya", "Devi", "Malini", "Shalini"]
    )
    fa = r.choice(
        ["Subramaniam", "Raman", "Krishnan", "Muthu", "Govindasamy", "Arumugam"]
    )
    return fn, fa, f"{fn} {'a/l' if g == 'm' else 'a/p'} {fa}"


def _nm_sg(r: random.Random, g: str) -> tuple[str, str, str]:
    k = r.random()
    if k < 0.2:
        fn = r.choice(
            ["Ryan", "Marcus", "Darren", "Ethan"]
            if g == "m"
            else ["Jasmine", "Rachel", "Cheryl", "Sharon"]
        )
        ln = r.choice(["Tan", "Lim", "Goh", "Chua", "Koh", "Teo"])
        return fn, ln, f"{fn} {ln}"
    if k < 0.55:
        ln = r.choice(
            [
                "Tan",
                "Lim",
                "Lee",
                "Ng",
                "Goh",
                "Chua",
                "Koh",
                "Teo",
                "Ong",
                "Wong",
                "Sim",
                "Chia",
            ]
        )
        fn = r.choice(
            ["Wei Jie", "Jun Hao", "Kai Xiang", "Zhi Wei", "Yong Sheng", "Jia Le"]
            if g == "m"
            else ["Hui Min", "Shu Fen", "Li Ting", "Xin Yi", "Jia Hui", "Wen Qi"]
        )
        return fn, ln, f"{ln} {fn}"
    if k < 0.8:
        fn = r.choice(
            ["Muhammad Irfan", "Hafiz", "Danial", "Syed Ali"]
            if g == "m"
            else ["Nur Aisyah", "Siti Nabilah", "Farhana", "Nurul Huda"]
        )
        fa = r.choice(["Salleh", "Rahman", "Osman", "Ismail", "Hassan", "Kamal"])
        return fn, fa, f"{fn} {'bin' if g == 'm' else 'binte'} {fa}"
    return (
        _nm_ms(r, g)
        if r.random() < 0.3
        else _nm_lists(
            ["Rajesh", "Arun", "Vignesh", "Prakash"],
            ["Priya", "Kavitha", "Meena", "Anitha"],
            ["Ramasamy", "Pillai", "Nair", "Menon", "Krishnan", "Singh"],
        )(r, g)
    )


_nm_sr = _nm_lists(
    [
        "Marko",
        "Nikola",
        "Stefan",
        "Nemanja",
        "Dragan",
        "Miloš",
        "Vladimir",
        "Đorđe",
        "Aleksandar",
        "Milan",
        "Dušan",
        "Bojan",
    ],
    [
        "Jelena",
        "Milica",
        "Ana",
        "Jovana",
        "Snežana",
        "Ivana",
        "Tamara",
        "Sanja",
        "Marija",
        "Dragana",
        "Teodora",
        "Katarina",
    ],
    [
        "Petrović",
        "Jovanović",
        "Nikolić",
        "Marković",
        "Đorđević",
        "Stojanović",
        "Ilić",
        "Stanković",
        "Pavlović",
        "Popović",
        "Živković",
        "Todorović",
        "Kostić",
        "Ristić",
        "Lukić",
        "Savić",
        "Mitrović",
    ],
)
_nm_sq = _nm_lists(
    [
        "Arben",
        "Ermal",
        "Besnik",
        "Gentian",
        "Dritan",
        "Klodian",
        "Ilir",
        "Fatjon",
        "Erion",
        "Altin",
        "Sokol",
        "Elton",
    ],
    [
        "Blerina",
        "Jonida",
        "Elira",
        "Mirela",
        "Anisa",
        "Ornela",
        "Enkeleda",
        "Alketa",
        "Klea",
        "Eralda",
        "Brunilda",
        "Xhensila",
    ],
    [
        "Hoxha",
        "Shehu",
        "Gjoka",
        "Leka",
        "Dervishi",
        "Kola",
        "Marku",
        "Brahimi",
        "Çela",
        "Gashi",
        "Basha",
        "Kuka",
        "Meta",
        "Dedja",
        "Prifti",
        "Xhafa",
        "Hysa",
        "Rama",
    ],
)
_nm_et = _nm_lists(
    [
        "Mart",
        "Tõnu",
        "Andres",
        "Priit",
        "Margus",
        "Rasmus",
        "Siim",
        "Indrek",
        "Jaan",
        "Kristjan",
        "Sergei",
        "Rein",
        "Tanel",
        "Ülo",
    ],
    [
        "Kadri",
        "Liis",
        "Kristiina",
        "Triin",
        "Maarja",
        "Kerli",
        "Helen",
        "Pille",
        "Tiiu",
        "Merike",
        "Jelena",
        "Kätlin",
        "Epp",
        "Anu",
    ],
    [
        "Tamm",
        "Saar",
        "Sepp",
        "Mägi",
        "Kask",
        "Kukk",
        "Rebane",
        "Ilves",
        "Pärn",
        "Koppel",
        "Lepik",
        "Kuusk",
        "Oja",
        "Raudsepp",
        "Vaher",
        "Kallas",
        "Lõhmus",
        "Ivanov",
        "Kuznetsov",
        "Põder",
    ],
)
_nm_sl = _nm_lists(
    [
        "Luka",
        "Matej",
        "Jure",
        "Gregor",
        "Blaž",
        "Rok",
        "Primož",
        "Aljaž",
        "Miha",
        "Boštjan",
        "Žiga",
        "Andrej",
    ],
    [
        "Maja",
        "Nina",
        "Urška",
        "Petra",
        "Tjaša",
        "Špela",
        "Mojca",
        "Barbara",
        "Nataša",
        "Katja",
        "Eva",
        "Polona",
    ],
    [
        "Novak",
        "Horvat",
        "Kovačič",
        "Krajnc",
        "Zupančič",
        "Potočnik",
        "Kovač",
        "Mlakar",
        "Vidmar",
        "Golob",
        "Turk",
        "Kos",
        "Božič",
        "Hribar",
        "Korošec",
        "Kolar",
        "Žagar",
        "Bizjak",
    ],
)
_nm_tr = _nm_lists(
    [
        "Mehmet",
        "Emre",
        "Burak",
        "Mustafa",
        "Can",
        "Oğuz",
        "Kerem",
        "Serkan",
        "Hakan",
        "Murat",
        "Tolga",
        "Barış",
    ],
    [
        "Ayşe",
        "Zeynep",
        "Elif",
        "Fatma",
        "Selin",
        "Derya",
        "Büşra",
        "Gamze",
        "Merve",
        "Ebru",
        "Özlem",
        "İrem",
    ],
    [
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Yıldız",
        "Yıldırım",
        "Öztürk",
        "Aydın",
        "Özdemir",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Aslan",
        "Koç",
        "Kurt",
        "Erdem",
        "Güneş",
    ],
)
_nm_ro = _nm_lists(
    [
        "Andrei",
        "Mihai",
        "Alexandru",
        "Bogdan",
        "Cristian",
        "Vlad",
        "Radu",
        "Ionuț",
        "Sorin",
        "Adrian",
        "Florin",
        "Cătălin",
    ],
    [
        "Ioana",
        "Elena",
        "Maria",
        "Andreea",
        "Roxana",
        "Alina",
        "Simona",
        "Gabriela",
        "Mihaela",
        "Irina",
        "Raluca",
        "Oana",
    ],
    [
        "Popescu",
        "Ionescu",
        "Popa",
        "Stan",
        "Dumitru",
        "Constantin",
        "Munteanu",
        "Gheorghe",
        "Stoica",
        "Rusu",
        "Matei",
        "Ciobanu",
        "Moldovan",
        "Lazăr",
        "Marin",
        "Florea",
        "Dinu",
        "Toma",
    ],
)
_nm_lt = _nm_lists(
    [
        "Mantas",
        "Tomas",
        "Jonas",
        "Lukas",
        "Paulius",
        "Darius",
        "Andrius",
        "Marius",
        "Vytautas",
        "Tadas",
        "Rimantas",
        "Giedrius",
    ],
    [
        "Rūta",
        "Eglė",
        "Ieva",
        "Gintarė",
        "Aistė",
        "Jurgita",
        "Laura",
        "Simona",
        "Indrė",
        "Greta",
        "Vaida",
        "Rasa",
    ],
    [
        ("Kazlauskas", "Kazlauskienė"),
        ("Petrauskas", "Petrauskaitė"),
        ("Jankauskas", "Jankauskienė"),
        ("Stankevičius", "Stankevičienė"),
        ("Vasiliauskas", "Vasiliauskaitė"),
        ("Žukauskas", "Žukauskienė"),
        ("Butkus", "Butkutė"),
        ("Paulauskas", "Paulauskienė"),
        ("Urbonas", "Urbonienė"),
        ("Kavaliauskas", "Kavaliauskaitė"),
        ("Navickas", "Navickienė"),
        ("Ramanauskas", "Ramanauskienė"),
        ("Šimkus", "Šimkienė"),
        ("Balčiūnas", "Balčiūnaitė"),
    ],
)
_nm_cy = _nm_lists(
    [
        "Rhys",
        "Gareth",
        "Dafydd",
        "Iwan",
        "Llŷr",
        "Gethin",
        "Owain",
        "Aled",
        "Emyr",
        "Huw",
        "Geraint",
        "Osian",
    ],
    [
        "Siân",
        "Cerys",
        "Eleri",
        "Megan",
        "Nia",
        "Ffion",
        "Lowri",
        "Catrin",
        "Heledd",
        "Gwenllian",
        "Elin",
        "Mererid",
    ],
    [
        "Jones",
        "Williams",
        "Davies",
        "Evans",
        "Thomas",
        "Roberts",
        "Hughes",
        "Lewis",
        "Morgan",
        "Pritchard",
        "Griffiths",
        "Owen",
        "Parry",
        "Rees",
        "Llywelyn",
        "Price",
        "ap Gwilym",
    ],
)
_nm_ke_own = _nm_lists(
    [
        "Otieno",
        "Mwangi",
        "Kiprono",
        "Ochieng",
        "Mutua",
        "Kipchoge",
        "Wafula",
        "Juma",
        "Brian",
        "Kevin",
        "Dennis",
        "Collins",
    ],
    [
        "Wanjiru",
        "Achieng",
        "Njeri",
        "Akinyi",
        "Wambui",
        "Nyambura",
        "Chebet",
        "Amina",
        "Grace",
        "Faith",
        "Mercy",
        "Winnie",
    ],
    [
        "Kamau",
        "Odhiambo",
        "Wanjiku",
        "Kiptoo",
        "Mwangi",
        "Otieno",
        "Onyango",
        "Mutiso",
        "Wekesa",
        "Cheruiyot",
        "Njoroge",
        "Omondi",
        "Kariuki",
        "Ndungu",
        "Barasa",
        "Mohamed",
    ],
)


def _nm_vi(r: random.Random, g: str) -> tuple[str, str, str]:
    ln = r.choice(
        [
            "Nguyễn",
            "Trần",
            "Lê",
            "Phạm",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Vũ",
            "Võ",
            "Đặng",
            "Bùi",
            "Đỗ",
            "Ngô",
            "Dương",
            "Lý",
        ]
    )
    mid = r.choice(
        ["Văn", "Minh", "Đức", "Quang", "Hữu", "Thành"]
        if g == "m"
        else ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo"]
    )
    fn = r.choice(
        [
            "An",
            "Bình",
            "Dũng",
            "Hùng",
            "Khoa",
            "Long",
            "Nam",
            "Phúc",
            "Tuấn",
            "Việt",
            "Hiếu",
            "Quân",
        ]
        if g == "m"
        else [
            "Anh",
            "Hà",
            "Hương",
            "Lan",
            "Linh",
            "Mai",
            "Nga",
            "Phương",
            "Trang",
            "Yến",
            "Thảo",
            "Vy",
        ]
    )
    return fn, ln, f"{ln} {mid} {fn}"


# address helpers ----------------------------------------------------------------------------


def _gb_pc(r: random.Random, district: str) -> str:
    return f"{district} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_pc(r: random.Random, fsa: str) -> str:
    return f"{fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"


def _eircode(r: random.Random, rk: str) -> str:
    cs = "ACDEFHKNPRTVWXY"
    return f"{rk} {r.choice(cs)}{r.randint(1, 9)}{r.choice(cs + '0123456789')}{r.choice(cs + '0123456789')}"


class _Addr(NamedTuple):
    street: str  # bare street line (with flat/unit)
    line: str  # one line: street, postcode and town
    lines: list[str]  # multi-line block


def _a_us(r, t):
    city, st, z = t[0], t[1], t[2]
    s = f"{r.randint(12, 9899)} {r.choice(_C['us']['streets'])}"
    unit = r.choice(
        [
            "",
            "",
            "",
            " Apt 3B",
            f" Apt {r.randint(1, 40)}",
            f" Unit {r.randint(1, 12)}",
            f" #{r.randint(101, 450)}",
        ]
    )
    if r.random() < 0.15:
        z = f"{z}-{_digits(r, 4)}"
    return _Addr(
        s + unit, f"{s}{unit}, {city}, {st} {z}", [s + unit, f"{city}, {st} {z}"]
    )


def _a_gb(r, t, cc="gb"):
    town, dist = t[0], t[1]
    pc = _gb_pc(r, dist)
    flat = r.choice(
        [
            "",
            "",
            "",
            f"Flat {r.randint(1, 9)}, ",
            f"Flat {r.randint(1, 4)}{r.choice('ABC')}, ",
        ]
    )
    s = f"{flat}{r.randint(1, 180)} {r.choice(_C[cc]['streets'])}"
    lines = [s, town, pc] if r.random() < 0.5 else [s, f"{town} {pc}"]
    return _Addr(s, f"{s}, {town} {pc}", lines)


def _a_ca(r, t):
    city, prov, fsa = t[0], t[1], t[2]
    pc = _ca_pc(r, fsa)
    unit = r.choice(["", "", f"Unit {r.randint(1, 30)}, ", f"{r.randint(101, 1806)}-"])
    s = f"{unit}{r.randint(10, 3999)} {r.choice(_C['ca']['streets'])}"
    return _Addr(s, f"{s}, {city}, {prov} {pc}", [s, f"{city} {prov}  {pc}"])


def _a_au(r, t):
    sub, st, pc = t[0], t[1], t[2]
    unit = r.choice(["", "", f"Unit {r.randint(1, 20)}/", f"{r.randint(1, 12)}/"])
    s = f"{unit}{r.randint(1, 240)} {r.choice(_C['au']['streets'])}"
    tail = f"{sub} {st} {pc}" if r.random() < 0.7 else f"{sub.upper()} {st} {pc}"
    return _Addr(s, f"{s}, {tail}", [s, tail])


def _a_in(r, t):
    city, pin = t[0], t[1]
    area = r.choice(t[2])
    flat = f"Flat {r.randint(1, 12)}{r.randint(0, 1)}{r.randint(1, 8)}, {r.choice(['Sai Krupa Apartments', 'Green Glen Residency', 'Lakeview Towers', 'Shanti Niketan', 'Prestige Court', 'Sunrise Enclave'])}"
    st = r.choice(_C["in"]["streets"])
    s = f"{flat}, {st}"
    return _Addr(
        s,
        f"{s}, {area}, {city} {pin}"
        if r.random() < 0.5
        else f"{s}, {area}, {city} - {pin}",
        [flat, f"{st}, {area}", f"{city} - {pin}"],
    )


def _a_ie(r, t):
    town, rk = t[0], t[1]
    ec = _eircode(r, rk)
    apt = r.choice(["", "", f"Apt {r.randint(1, 40)}, "])
    s = f"{apt}{r.randint(1, 120)} {r.choice(_C['ie']['streets'])}"
    return _Addr(
        s,
        f"{s}, {town}, {ec}",
        [s, town, ec] if r.random() < 0.5 else [s, f"{town}, Co. {t[2]}", ec],
    )


def _a_nz(r, t):
    city, sub, pc = t[0], t[1], t[2]
    flat = r.choice(["", "", f"Flat {r.randint(1, 6)}, ", f"{r.randint(1, 4)}/"])
    s = f"{flat}{r.randint(1, 300)} {r.choice(_C['nz']['streets'])}"
    return _Addr(s, f"{s}, {sub}, {city} {pc}", [s, sub, f"{city} {pc}"])


def _a_za(r, t, cc="za"):
    sub, city, pc = t[1], t[0], t[2]
    s = f"{r.randint(1, 140)} {r.choice(_C[cc]['streets'])}"
    if r.random() < 0.2:
        s = f"Unit {r.randint(1, 40)}, {r.choice(['Rosewood Estate', 'Die Eike', 'Bergsig', 'Palm Court'])}, {s}"
    return _Addr(s, f"{s}, {sub}, {city}, {pc}", [s, sub, city, pc])


def _a_sg(r, t):
    est = t[0]
    blk = f"{r.randint(1, 999)}{r.choice(['', '', 'A', 'B'])}"
    pc = f"{t[1]}{_digits(r, 4)}"
    st = (
        f"{est} {r.choice(['Avenue', 'Street', 'Street', 'Road', 'Crescent'])} {r.randint(1, 9)}"
        if est != "Bukit Timah"
        else "Bukit Timah Road"
    )
    unit = f"#{r.randint(2, 25):02d}-{r.randint(10, 480)}"
    return _Addr(
        f"Blk {blk} {st}, {unit}",
        f"Blk {blk} {st}, {unit}, Singapore {pc}",
        [f"Blk {blk} {st}", unit, f"Singapore {pc}"],
    )


def _a_ph(r, t, cc="ph"):
    city, z = t[0], t[1]
    brgy = r.choice(t[2])
    first = r.choice(
        [
            f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}",
            f"{r.randint(1, 999)}",
            f"Unit {r.randint(101, 2810)}",
        ]
    )
    st = r.choice(_C["ph"]["streets"])
    s = f"{first} {st}" if first[0].isdigit() else f"{first}, {st}"
    lines = [s, f"{brgy}, {city} {z}"] if r.random() < 0.5 else [s, brgy, f"{city} {z}"]
    return _Addr(s, f"{s}, {brgy}, {city} {z}", lines)


def _a_ng(r, t):
    city, area, pc = t[0], t[1], t[2]
    s = f"{r.choice(['', 'Plot ', 'No. '])}{r.randint(1, 90)} {r.choice(_C['ng']['streets'])}"
    tail = f"{area}, {city}" + (f" {pc}" if r.random() < 0.4 else "")
    return _Addr(s, f"{s}, {tail}", [s, area, city])


def _a_ke(r, t, cc="ke"):
    city, area, pc = t[0], t[1], t[2]
    hs = r.choice(
        [
            f"Apartment {r.randint(1, 12)}{r.choice('ABCD')}, {r.choice(['Riverside Heights', 'Jacaranda Court', 'Sunset Villas', 'Amani Gardens'])}",
            f"House No. {r.randint(1, 120)}",
            f"Hse {r.randint(1, 60)}",
        ]
    )
    st = r.choice(_C["ke"]["streets"])
    s = f"{hs}, {st}"
    return _Addr(
        s,
        f"{s}, {area}, {city}" + (f" {pc}" if r.random() < 0.4 else ""),
        [hs, f"{st}, {area}", f"{city} {pc}"],
    )


def _a_cat(r, t):
    town, pc = t[0], t[1]
    st = r.choice(_C["cat"]["streets"])
    pis = r.choice(
        [
            "",
            f", {r.randint(1, 6)}r {r.randint(1, 4)}a",
            f", {r.choice(['1r', '2n', '3r', '4t', 'àtic', 'baixos'])} {r.randint(1, 3)}a",
            ", pral. 1a",
        ]
    )
    s = f"{st}, {r.randint(1, 240)}{pis}"
    if r.random() < 0.3:
        s = (
            s.replace("Carrer de ", "C/ ")
            .replace("Carrer del ", "C/ del ")
            .replace("Carrer ", "C/ ")
        )
    return _Addr(s, f"{s}, {pc} {town}", [s, f"{pc} {town}"])


def _a_is(r, t):
    pc, town = t[1], t[0]
    s = f"{r.choice(_C['is']['streets'])} {r.randint(1, 90)}{r.choice(['', '', 'a', 'b'])}"
    if r.random() < 0.25:
        s += f", íbúð {r.randint(1, 4)}{r.randint(0, 1)}{r.randint(1, 9)}"
    return _Addr(s, f"{s}, {pc} {town}", [s, f"{pc} {town}"])


def _a_ms(r, t):
    town, pc, state = t[0], t[1], t[2]
    st = r.choice(t[3])
    k = r.random()
    pre = (
        f"No. {r.randint(1, 80)}, "
        if k < 0.6
        else f"Unit {r.randint(1, 30)}-{r.randint(1, 20)}, {r.choice(['Residensi Vista', 'Pangsapuri Seri Melati', 'Kondominium Mutiara'])}, "
    )
    s = f"{pre}{st}"
    return _Addr(s, f"{s}, {pc} {town}, {state}", [s, f"{pc} {town}", state])


def _a_sr(r, t):
    town, pc = t[0], t[1]
    st = r.choice(_C["sr"]["streets"])
    n = r.randint(1, 140)
    s = r.choice(
        [
            f"{st} {n}",
            f"{st} {n}/{r.randint(1, 30)}",
            f"{st} {n}, stan {r.randint(1, 40)}",
        ]
    )
    return _Addr(s, f"{s}, {pc} {town}", [s, f"{pc} {town}"])


def _a_sq(r, t):
    town, pc = t[0], t[1]
    st = r.choice(_C["sq"]["streets"])
    s = r.choice(
        [
            f"{st}, Nr. {r.randint(1, 120)}",
            f"{st}, Pallati {r.randint(1, 60)}, Shkalla {r.randint(1, 4)}, Ap. {r.randint(1, 30)}",
            f"{st}, Pall. {r.randint(1, 60)}, Ap. {r.randint(1, 30)}",
        ]
    )
    return _Addr(
        s,
        f"{s}, {town} {pc}" if r.random() < 0.5 else f"{s}, {pc} {town}",
        [s, f"{pc} {town}"],
    )


def _a_et(r, t):
    town, pc = t[0], t[1]
    s = (
        f"{r.choice(_C['et']['streets'])} {r.randint(1, 90)}{r.choice(['', '', 'a'])}"
        + (f"-{r.randint(1, 48)}" if r.random() < 0.6 else "")
    )
    return _Addr(
        s,
        f"{s}, {pc} {town}" if r.random() < 0.6 else f"{s}, {town} {pc}",
        [s, f"{pc} {town}"],
    )


def _a_sl(r, t):
    town, pc = t[0], t[1]
    s = f"{r.choice(_C['sl']['streets'])} {r.randint(1, 120)}{r.choice(['', '', 'a', 'b'])}"
    return _Addr(s, f"{s}, {pc} {town}", [s, f"{pc} {town}"])


def _a_tr(r, t):
    dist, city, pc = t[0], t[1], t[2]
    mah = r.choice(t[3])
    st = r.choice(_C["tr"]["streets"])
    s = f"{mah} Mah. {st} No: {r.randint(1, 120)}" + (
        f" D: {r.randint(1, 24)}" if r.random() < 0.7 else ""
    )
    return _Addr(s, f"{s}, {pc} {dist}/{city}", [s, f"{pc} {dist}/{city}"])


def _a_ro(r, t):
    town, pc, county = t[0], t[1], t[2]
    st = r.choice(_C["ro"]["streets"])
    s = f"{st} nr. {r.randint(1, 140)}" + r.choice(
        [
            "",
            f", ap. {r.randint(1, 60)}",
            f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, sc. {r.randint(1, 3)}, ap. {r.randint(1, 60)}",
        ]
    )
    tail = (
        f"{pc} {town}" + ("" if town == "București" else f", jud. {county}")
        if r.random() < 0.5
        else f"{town} {pc}"
    )
    return _Addr(s, f"{s}, {tail}", [s, tail])


def _a_lt(r, t):
    town, pc = t[0], t[1]
    s = f"{r.choice(_C['lt']['streets'])} {r.randint(1, 90)}" + (
        f"-{r.randint(1, 60)}" if r.random() < 0.6 else ""
    )
    return _Addr(
        s,
        f"{s}, LT-{pc} {town}" if r.random() < 0.7 else f"{s}, {town} LT-{pc}",
        [s, f"LT-{pc} {town}"],
    )


def _a_vi(r, t):
    city, dist, ward = t[0], t[1], t[2]
    st = r.choice(_C["vi"]["streets"])
    s = r.choice(
        [
            f"Số {r.randint(1, 300)} {st}",
            f"{r.randint(1, 300)}/{r.randint(1, 40)} {st}",
            f"Số {r.randint(1, 90)} ngõ {r.randint(1, 200)} {st}",
        ]
    )
    if not dist:
        return _Addr(s, f"{s}, phường {ward}, {city}", [s, f"Phường {ward}", city])
    return _Addr(
        s, f"{s}, phường {ward}, {dist}, {city}", [s, f"Phường {ward}, {dist}", city]
    )


def _a_cy(r, t):
    return _a_gb(r, t, "cy")


# phone helpers -------------------------------------------------------------------------------

_MOB = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}
_FIX = {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def _phone_num(
    r: random.Random, cc: str, kind: str = "m", prefix: str | None = None
) -> phonenumbers.PhoneNumber:
    C = _C[cc]
    reg = C["region"]
    opts = C["pm"] if kind == "m" else C["pf"]
    ccode = phonenumbers.country_code_for_region(reg)
    for _ in range(400):
        pre, ln = r.choice(opts)
        if prefix is not None and kind == "f":
            pre = prefix
            ln = dict(C["pf"]).get(prefix, ln)
        nsn = pre + _digits(r, ln - len(pre))
        if reg in ("US", "CA") and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        num = phonenumbers.PhoneNumber(country_code=ccode, national_number=int(nsn))
        if nsn.startswith("0"):
            num.italian_leading_zero = True
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            _MOB if kind == "m" else _FIX
        ):
            return num
    raise AssertionError(f"no valid phone for {cc} {kind} {prefix}")


def _phone_fmt(
    r: random.Random, num: phonenumbers.PhoneNumber, cc: str, style: str | None = None
) -> str:
    C = _C[cc]
    style = style or r.choice(C["pstyles"])
    F = phonenumbers.PhoneNumberFormat
    if style == "nat":
        s = phonenumbers.format_number(num, F.NATIONAL)
    elif style == "natc":
        s = re.sub(r"[^\d+]", "", phonenumbers.format_number(num, F.NATIONAL))
    elif style in ("intl", "00"):
        s = phonenumbers.format_number(num, F.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, F.E164)
    elif style == "00" and C["region"] not in ("US", "CA"):
        s = "00" + phonenumbers.format_number(num, F.INTERNATIONAL)[1:]
    elif style == "dash":
        s = phonenumbers.format_number(num, F.INTERNATIONAL).replace(" ", "-")
    elif style == "us_dot":
        n = phonenumbers.national_significant_number(num)
        s = f"{n[:3]}.{n[3:6]}.{n[6:]}"
    elif style == "us_dash":
        n = phonenumbers.national_significant_number(num)
        s = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    elif style == "us_1":
        n = phonenumbers.national_significant_number(num)
        s = f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}"
    elif style in ("lt8", "lt8c"):
        n = phonenumbers.national_significant_number(num)
        s = f"8 {n[:3]} {n[3:]}" if style == "lt8" else f"8{n}"
    elif style == "in_sp":
        n = phonenumbers.national_significant_number(num)
        s = f"{n[:5]} {n[5:]}"
    elif style == "natsp":  # national digits grouped 3-3-rest with spaces
        n = re.sub(r"\D", "", phonenumbers.format_number(num, F.NATIONAL))
        s = f"{n[:4]} {n[4:7]} {n[7:]}" if len(n) > 8 else f"{n[:3]} {n[3:]}"
    elif style == "paren":  # +44 (0)20 ...
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        head, _, rest = intl.partition(" ")
        s = f"{head} (0){rest}"
    else:
        raise KeyError(style)
    reg = C["region"]
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg)), (s, cc, style)
    return s


def _phone(
    r: random.Random,
    cc: str,
    kind: str = "m",
    style: str | None = None,
    prefix: str | None = None,
) -> str:
    return _phone_fmt(r, _phone_num(r, cc, kind, prefix), cc, style)


# money -----------------------------------------------------------------------------------------


def _money(r: random.Random, cc: str, lo: float, hi: float, dec: bool = True) -> str:
    v = r.uniform(lo, hi)
    v = round(v, 2) if dec else float(round(v))
    us = f"{v:,.2f}" if dec else f"{v:,.0f}"
    eu = us.replace(",", " ").replace(".", ",").replace(" ", ".")
    sp = us.replace(",", " ")
    m = {
        "us": f"${us}",
        "ca": f"${us}",
        "au": f"${us}",
        "nz": f"${us}",
        "gb": f"£{us}",
        "cy": f"£{us}",
        "ie": f"€{us}",
        "in": f"₹{us}" if r.random() < 0.5 else f"Rs. {us}",
        "za": f"R{sp}".replace(".", ",") if r.random() < 0.5 else f"R{us}",
        "af": f"R{sp}".replace(".", ","),
        "sg": f"S${us}",
        "ph": f"₱{us}",
        "tl": f"₱{us}",
        "ng": f"₦{us}",
        "ke": f"KSh {us}",
        "sw": f"KSh {us}",
        "cat": f"{eu} €",
        "is": f"{eu.split(',')[0]} kr.",
        "ms": f"RM{us}",
        "sr": f"{eu} RSD",
        "sq": f"{sp.split('.')[0]} lekë",
        "et": f"{eu} €",
        "sl": f"{eu} €",
        "tr": f"{eu} TL",
        "ro": f"{eu} lei",
        "lt": f"{eu} €",
        "vi": f"{eu.split(',')[0]}đ",
    }
    return m[cc]


# country table ---------------------------------------------------------------------------------

_C: dict[str, dict] = {
    "us": {
        "region": "US",
        "lang": "en",
        "names": _nm_faker("en_US"),
        "addr": _a_us,
        "mail": [
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "icloud.com",
            "comcast.net",
            "aol.com",
            "hotmail.com",
        ],
        "towns": [
            ("Austin", "TX", "78704", "512"),
            ("Columbus", "OH", "43215", "614"),
            ("Portland", "OR", "97214", "503"),
            ("Denver", "CO", "80205", "303"),
            ("Raleigh", "NC", "27601", "919"),
            ("Madison", "WI", "53703", "608"),
            ("Tucson", "AZ", "85719", "520"),
            ("Richmond", "VA", "23220", "804"),
            ("Boise", "ID", "83702", "208"),
            ("Albany", "NY", "12210", "518"),
            ("Sacramento", "CA", "95814", "916"),
            ("Savannah", "GA", "31401", "912"),
            ("Omaha", "NE", "68102", "402"),
            ("Burlington", "VT", "05401", "802"),
            ("Spokane", "WA", "99201", "509"),
            ("Des Moines", "IA", "50309", "515"),
            ("Ann Arbor", "MI", "48104", "734"),
            ("Chattanooga", "TN", "37403", "423"),
        ],
        "streets": [
            "Maple Ave",
            "Oak Street",
            "Cedar Lane",
            "Elm St",
            "Washington Blvd",
            "Lincoln Way",
            "Park Avenue",
            "Ridge Road",
            "Willow Drive",
            "Pine St",
            "Hillcrest Dr",
            "Meadowbrook Ln",
            "River Rd",
            "Jefferson St",
            "Franklin Ave",
            "Magnolia Ct",
            "Sycamore Street",
            "Lakeview Terrace",
        ],
        "pm": [
            ("512", 10),
            ("614", 10),
            ("503", 10),
            ("303", 10),
            ("919", 10),
            ("608", 10),
            ("520", 10),
            ("804", 10),
            ("208", 10),
            ("518", 10),
            ("916", 10),
            ("912", 10),
            ("402", 10),
            ("802", 10),
            ("509", 10),
            ("515", 10),
            ("734", 10),
            ("423", 10),
        ],
        "pstyles": ["nat", "nat", "us_dash", "us_dot", "us_1", "natc", "e164"],
    },
    "gb": {
        "region": "GB",
        "lang": "en",
        "names": _nm_faker("en_GB"),
        "addr": _a_gb,
        "mail": [
            "gmail.com",
            "hotmail.co.uk",
            "btinternet.com",
            "outlook.com",
            "yahoo.co.uk",
            "sky.com",
            "icloud.com",
        ],
        "towns": [
            ("Leeds", "LS6", "113"),
            ("Bristol", "BS7", "117"),
            ("Norwich", "NR2", "1603"),
            ("Sheffield", "S11", "114"),
            ("York", "YO31", "1904"),
            ("Brighton", "BN1", "1273"),
            ("Exeter", "EX4", "1392"),
            ("Reading", "RG1", "118"),
            ("Derby", "DE22", "1332"),
            ("Cambridge", "CB1", "1223"),
            ("Nottingham", "NG7", "115"),
            ("Bath", "BA2", "1225"),
            ("Manchester", "M20", "161"),
            ("Oxford", "OX4", "1865"),
            ("Glasgow", "G12", "141"),
            ("Edinburgh", "EH10", "131"),
        ],
        "streets": [
            "Victoria Road",
            "Church Lane",
            "Station Road",
            "Queen's Drive",
            "Mill Lane",
            "Albert Street",
            "Park View",
            "Kingsway",
            "Granby Terrace",
            "Elmfield Avenue",
            "St John's Close",
            "Beech Grove",
            "Windsor Crescent",
            "Harcourt Road",
            "Marlborough Place",
            "Nelson Street",
        ],
        "pm": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "pf": [
            ("113", 10),
            ("117", 10),
            ("1603", 10),
            ("114", 10),
            ("1904", 10),
            ("1273", 10),
            ("1392", 10),
            ("118", 10),
            ("1332", 10),
            ("1223", 10),
            ("115", 10),
            ("1225", 10),
            ("161", 10),
            ("1865", 10),
            ("141", 10),
            ("131", 10),
            ("20", 10),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164", "paren", "00"],
    },
    "ca": {
        "region": "CA",
        "lang": "en",
        "names": _nm_faker("en_CA"),
        "addr": _a_ca,
        "mail": [
            "gmail.com",
            "hotmail.ca",
            "shaw.ca",
            "rogers.com",
            "sympatico.ca",
            "outlook.com",
            "yahoo.ca",
        ],
        "towns": [
            ("Toronto", "ON", "M4C", "416"),
            ("Ottawa", "ON", "K1S", "613"),
            ("Vancouver", "BC", "V5K", "604"),
            ("Calgary", "AB", "T2S", "403"),
            ("Edmonton", "AB", "T6E", "780"),
            ("Halifax", "NS", "B3H", "902"),
            ("Winnipeg", "MB", "R3M", "204"),
            ("Saskatoon", "SK", "S7N", "306"),
            ("Victoria", "BC", "V8V", "250"),
            ("Hamilton", "ON", "L8P", "905"),
            ("London", "ON", "N6A", "519"),
            ("Kingston", "ON", "K7L", "613"),
            ("St. John's", "NL", "A1C", "709"),
            ("Kelowna", "BC", "V1Y", "250"),
        ],
        "streets": [
            "Elm Street",
            "Queen Street West",
            "Bank Street",
            "Commercial Drive",
            "17th Avenue SW",
            "Whyte Avenue",
            "Spring Garden Road",
            "Corydon Avenue",
            "Broadway Avenue",
            "Princess Street",
            "Locke Street South",
            "Richmond Street",
            "Water Street",
            "Bernard Avenue",
        ],
        "pm": [
            ("416", 10),
            ("613", 10),
            ("604", 10),
            ("403", 10),
            ("780", 10),
            ("902", 10),
            ("204", 10),
            ("306", 10),
            ("250", 10),
            ("905", 10),
            ("519", 10),
            ("709", 10),
            ("647", 10),
            ("437", 10),
        ],
        "pstyles": ["nat", "nat", "us_dash", "us_1", "natc", "e164"],
    },
    "au": {
        "region": "AU",
        "lang": "en",
        "names": _nm_faker("en_AU"),
        "addr": _a_au,
        "mail": [
            "gmail.com",
            "bigpond.com",
            "optusnet.com.au",
            "hotmail.com",
            "outlook.com",
            "icloud.com",
        ],
        "towns": [
            ("Fitzroy", "VIC", "3065", "3"),
            ("Newtown", "NSW", "2042", "2"),
            ("Paddington", "QLD", "4064", "7"),
            ("Fremantle", "WA", "6160", "8"),
            ("Glenelg", "SA", "5045", "8"),
            ("Hobart", "TAS", "7000", "3"),
            ("Brunswick", "VIC", "3056", "3"),
            ("Parramatta", "NSW", "2150", "2"),
            ("Toowong", "QLD", "4066", "7"),
            ("Subiaco", "WA", "6008", "8"),
            ("Canberra", "ACT", "2601", "2"),
            ("Geelong", "VIC", "3220", "3"),
            ("Wollongong", "NSW", "2500", "2"),
            ("Cairns", "QLD", "4870", "7"),
            ("Ballarat", "VIC", "3350", "3"),
        ],
        "streets": [
            "Smith Street",
            "King Street",
            "Brunswick Street",
            "High Street",
            "George Street",
            "Beach Road",
            "Wattle Avenue",
            "Banksia Crescent",
            "Railway Parade",
            "Oxford Street",
            "Jetty Road",
            "Bay Street",
            "Kurrajong Avenue",
            "Gladstone Street",
        ],
        "pm": [
            ("41", 9),
            ("42", 9),
            ("43", 9),
            ("44", 9),
            ("45", 9),
            ("46", 9),
            ("47", 9),
            ("48", 9),
            ("49", 9),
        ],
        "pf": [
            ("29", 9),
            ("28", 9),
            ("39", 9),
            ("38", 9),
            ("73", 9),
            ("89", 9),
            ("88", 9),
            ("36", 9),
            ("26", 9),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "in": {
        "region": "IN",
        "lang": "en",
        "names": _nm_in,
        "addr": _a_in,
        "mail": [
            "gmail.com",
            "yahoo.co.in",
            "rediffmail.com",
            "outlook.com",
            "hotmail.com",
        ],
        "towns": [
            ("Bengaluru", "560034", ["HSR Layout", "Koramangala", "Indiranagar"]),
            ("Pune", "411045", ["Baner", "Aundh", "Kothrud"]),
            ("Chennai", "600040", ["Anna Nagar", "Adyar", "T. Nagar"]),
            ("Hyderabad", "500081", ["Madhapur", "Gachibowli", "Kondapur"]),
            ("New Delhi", "110017", ["Saket", "Malviya Nagar", "Hauz Khas"]),
            ("Mumbai", "400050", ["Bandra West", "Andheri East", "Powai"]),
            ("Kochi", "682020", ["Kadavanthra", "Panampilly Nagar"]),
            ("Jaipur", "302017", ["Malviya Nagar", "Vaishali Nagar"]),
            ("Ahmedabad", "380015", ["Satellite", "Navrangpura"]),
            ("Kolkata", "700029", ["Ballygunge", "Salt Lake"]),
            ("Lucknow", "226010", ["Gomti Nagar", "Hazratganj"]),
            ("Indore", "452010", ["Vijay Nagar", "Palasia"]),
        ],
        "streets": [
            "14th Cross Road",
            "12th Main Road",
            "Baner Road",
            "2nd Avenue",
            "Link Road",
            "MG Road",
            "Station Road",
            "Nehru Street",
            "Gandhi Nagar Main Road",
            "Ring Road",
            "Outer Circle",
            "Lake View Road",
        ],
        "pm": [
            ("98", 10),
            ("99", 10),
            ("97", 10),
            ("96", 10),
            ("90", 10),
            ("88", 10),
            ("70", 10),
            ("63", 10),
            ("81", 10),
        ],
        "pf": [("11", 10), ("22", 10), ("80", 10), ("44", 10), ("20", 10), ("40", 10)],
        "pstyles": ["in_sp", "in_sp", "intl", "e164", "natc", "nat"],
    },
    "ie": {
        "region": "IE",
        "lang": "en",
        "names": _nm_faker("en_IE"),
        "addr": _a_ie,
        "mail": [
            "gmail.com",
            "eircom.net",
            "hotmail.com",
            "outlook.ie",
            "yahoo.ie",
            "icloud.com",
        ],
        "towns": [
            ("Dublin 6", "D06", "Dublin"),
            ("Cork", "T12", "Cork"),
            ("Galway", "H91", "Galway"),
            ("Limerick", "V94", "Limerick"),
            ("Waterford", "X91", "Waterford"),
            ("Kilkenny", "R95", "Kilkenny"),
            ("Sligo", "F91", "Sligo"),
            ("Athlone", "N37", "Westmeath"),
            ("Drogheda", "A92", "Louth"),
            ("Tralee", "V92", "Kerry"),
            ("Ennis", "V95", "Clare"),
            ("Wexford", "Y35", "Wexford"),
        ],
        "streets": [
            "Rathmines Road",
            "Shop Street",
            "Main Street",
            "Patrick Street",
            "O'Connell Street",
            "Church Road",
            "Castle Avenue",
            "Sea Road",
            "Ashgrove Lawn",
            "Oakfield Park",
            "Bridge Street",
            "Mary Street",
        ],
        "pm": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
        "pf": [
            ("1", 8),
            ("21", 9),
            ("91", 8),
            ("61", 8),
            ("51", 8),
            ("56", 8),
            ("71", 8),
            ("90", 8),
            ("41", 8),
            ("66", 8),
            ("65", 8),
            ("53", 8),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164", "00"],
    },
    "nz": {
        "region": "NZ",
        "lang": "en",
        "names": _nm_faker("en_NZ", _nm_maori, 0.25),
        "addr": _a_nz,
        "mail": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "icloud.com"],
        "towns": [
            ("Auckland", "Ponsonby", "1011", "9"),
            ("Auckland", "Mt Eden", "1024", "9"),
            ("Wellington", "Karori", "6012", "4"),
            ("Christchurch", "Riccarton", "8041", "3"),
            ("Hamilton", "Hamilton East", "3216", "7"),
            ("Dunedin", "Roslyn", "9010", "3"),
            ("Tauranga", "Mount Maunganui", "3116", "7"),
            ("Napier", "Taradale", "4112", "6"),
            ("Nelson", "Stoke", "7011", "3"),
            ("Palmerston North", "Hokowhitu", "4410", "6"),
            ("Rotorua", "Glenholme", "3010", "7"),
            ("Whanganui", "Gonville", "4501", "6"),
        ],
        "streets": [
            "Ponsonby Road",
            "Dominion Road",
            "Karori Road",
            "Riccarton Road",
            "Grey Street",
            "Maunganui Road",
            "Kowhai Street",
            "Totara Avenue",
            "Rimu Road",
            "Queen Street",
            "Tui Crescent",
            "Harbour View Road",
        ],
        "pm": [("21", 9), ("22", 9), ("27", 9), ("20", 9)],
        "pf": [("9", 8), ("4", 8), ("3", 8), ("7", 8), ("6", 8)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "za": {
        "region": "ZA",
        "lang": "en",
        "names": _nm_za,
        "addr": _a_za,
        "mail": [
            "gmail.com",
            "webmail.co.za",
            "mweb.co.za",
            "outlook.com",
            "telkomsa.net",
        ],
        "towns": [
            ("Cape Town", "Observatory", "7925", "21"),
            ("Johannesburg", "Melville", "2092", "11"),
            ("Durban", "Morningside", "4001", "31"),
            ("Pretoria", "Hatfield", "0083", "12"),
            ("Gqeberha", "Walmer", "6070", "41"),
            ("Bloemfontein", "Westdene", "9301", "51"),
            ("Stellenbosch", "Die Boord", "7600", "21"),
            ("Polokwane", "Bendor", "0699", "15"),
            ("East London", "Vincent", "5247", "43"),
            ("Pietermaritzburg", "Scottsville", "3201", "33"),
        ],
        "streets": [
            "Lower Main Road",
            "Jan Smuts Avenue",
            "Florida Road",
            "Burnett Street",
            "Main Road",
            "Church Street",
            "Beach Road",
            "Oxford Road",
            "Nelson Mandela Drive",
            "Bree Street",
            "Jacaranda Avenue",
            "Hill Street",
        ],
        "pm": [
            ("72", 9),
            ("73", 9),
            ("74", 9),
            ("76", 9),
            ("78", 9),
            ("79", 9),
            ("82", 9),
            ("83", 9),
            ("84", 9),
            ("60", 9),
            ("61", 9),
        ],
        "pf": [
            ("21", 9),
            ("11", 9),
            ("31", 9),
            ("12", 9),
            ("41", 9),
            ("51", 9),
            ("15", 9),
            ("43", 9),
            ("33", 9),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "sg": {
        "region": "SG",
        "lang": "en",
        "names": _nm_sg,
        "addr": _a_sg,
        "mail": [
            "gmail.com",
            "hotmail.com",
            "yahoo.com.sg",
            "singnet.com.sg",
            "outlook.com",
        ],
        "towns": [
            ("Tampines", "52"),
            ("Ang Mo Kio", "56"),
            ("Bedok", "46"),
            ("Jurong West", "64"),
            ("Toa Payoh", "31"),
            ("Punggol", "82"),
            ("Clementi", "12"),
            ("Woodlands", "73"),
            ("Bukit Timah", "59"),
            ("Sengkang", "54"),
        ],
        "streets": [],
        "pm": [("8", 8), ("9", 8)],
        "pf": [("6", 8)],
        "pstyles": ["nat", "nat", "intl", "e164", "natc"],
    },
    "ph": {
        "region": "PH",
        "lang": "en",
        "names": _nm_ph,
        "addr": _a_ph,
        "mail": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
        "towns": [
            (
                "Quezon City",
                "1100",
                ["Brgy. Teachers Village", "Brgy. Kamuning", "Brgy. Loyola Heights"],
            ),
            ("Makati", "1200", ["Brgy. Poblacion", "Brgy. San Antonio"]),
            ("Cebu City", "6000", ["Brgy. Lahug", "Brgy. Mabolo"]),
            ("Davao City", "8000", ["Brgy. Buhangin", "Brgy. Matina"]),
            ("Pasig", "1600", ["Brgy. Kapitolyo", "Brgy. Ugong"]),
            ("Iloilo City", "5000", ["Brgy. Jaro", "Brgy. Molo"]),
            ("Baguio", "2600", ["Brgy. Session Road Area", "Brgy. Aurora Hill"]),
            ("Cagayan de Oro", "9000", ["Brgy. Carmen", "Brgy. Nazareth"]),
            ("Bacolod", "6100", ["Brgy. Mandalagan", "Brgy. Villamonte"]),
            ("Antipolo", "1870", ["Brgy. San Isidro", "Brgy. Mambugan"]),
            ("Bacoor", "4102", ["Brgy. Molino III", "Brgy. Niog"]),
        ],
        "streets": [
            "Mabini St",
            "Rizal Avenue",
            "Bonifacio Drive",
            "Aguinaldo Highway",
            "Sampaguita St",
            "Acacia Lane",
            "Kalayaan Ave",
            "Narra St",
            "Luna St",
            "Del Pilar St",
            "Magsaysay Blvd",
            "Gumamela St",
        ],
        "pm": [
            ("917", 10),
            ("918", 10),
            ("919", 10),
            ("920", 10),
            ("921", 10),
            ("927", 10),
            ("939", 10),
            ("945", 10),
            ("995", 10),
            ("966", 10),
            ("977", 10),
        ],
        "pf": [("28", 9), ("32", 9), ("82", 9), ("33", 9)],
        "pstyles": ["nat", "natc", "intl", "e164", "natc"],
    },
    "ng": {
        "region": "NG",
        "lang": "en",
        "names": _nm_faker("en_NG"),
        "addr": _a_ng,
        "mail": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
        "towns": [
            ("Lagos", "Lekki Phase 1", "106104"),
            ("Lagos", "Ikeja GRA", "100271"),
            ("Lagos", "Yaba", "101245"),
            ("Lagos", "Surulere", "101283"),
            ("Abuja", "Wuse II", "904101"),
            ("Abuja", "Garki", "900103"),
            ("Ibadan", "Bodija", "200284"),
            ("Port Harcourt", "GRA Phase 2", "500272"),
            ("Enugu", "Independence Layout", "400102"),
            ("Kano", "Nassarawa GRA", "700241"),
            ("Benin City", "GRA", "300271"),
        ],
        "streets": [
            "Admiralty Way",
            "Adeola Odeku Street",
            "Herbert Macaulay Way",
            "Awolowo Road",
            "Allen Avenue",
            "Aminu Kano Crescent",
            "Bode Thomas Street",
            "Isaac John Street",
            "Ogui Road",
            "Aba Road",
            "Ring Road",
        ],
        "pm": [
            ("803", 10),
            ("806", 10),
            ("813", 10),
            ("816", 10),
            ("703", 10),
            ("706", 10),
            ("805", 10),
            ("807", 10),
            ("802", 10),
            ("808", 10),
            ("809", 10),
            ("909", 10),
            ("901", 10),
        ],
        "pf": [("201", 10), ("209", 10)],
        "pstyles": ["nat", "natc", "intl", "e164", "natc"],
    },
    "ke": {
        "region": "KE",
        "lang": "en",
        "names": _nm_faker("en_KE", _nm_ke_own, 0.5),
        "addr": _a_ke,
        "mail": ["gmail.com", "yahoo.com", "outlook.com"],
        "towns": [
            ("Nairobi", "Kilimani", "00100"),
            ("Nairobi", "Westlands", "00800"),
            ("Nairobi", "Lavington", "00603"),
            ("Mombasa", "Nyali", "80100"),
            ("Kisumu", "Milimani", "40100"),
            ("Nakuru", "Milimani", "20100"),
            ("Eldoret", "Elgon View", "30100"),
            ("Thika", "Section 9", "01000"),
            ("Nyeri", "Ruringu", "10100"),
            ("Machakos", "Mjini", "90100"),
        ],
        "streets": [
            "Argwings Kodhek Road",
            "Ngong Road",
            "Kindaruma Road",
            "Riverside Drive",
            "Waiyaki Way",
            "Links Road",
            "Oginga Odinga Street",
            "Kenyatta Avenue",
            "Moi Avenue",
            "Gitanga Road",
        ],
        "pm": [("70", 9), ("71", 9), ("72", 9), ("79", 9), ("74", 9), ("11", 9)],
        "pf": [("20", 9), ("41", 9), ("57", 9)],
        "pstyles": ["nat", "natc", "intl", "e164", "natc"],
    },
    "cat": {
        "region": "ES",
        "lang": "ca",
        "names": _nm_cat,
        "addr": _a_cat,
        "mail": [
            "gmail.com",
            "hotmail.com",
            "yahoo.es",
            "outlook.es",
            "telefonica.net",
        ],
        "towns": [
            ("Barcelona", "08012"),
            ("Girona", "17001"),
            ("Lleida", "25002"),
            ("Tarragona", "43001"),
            ("Sabadell", "08201"),
            ("Terrassa", "08221"),
            ("Reus", "43201"),
            ("Vic", "08500"),
            ("Manresa", "08241"),
            ("Figueres", "17600"),
            ("Mataró", "08301"),
            ("Granollers", "08401"),
            ("Olot", "17800"),
            ("Tortosa", "43500"),
        ],
        "streets": [
            "Carrer de Mallorca",
            "Carrer Major",
            "Passeig de Sant Joan",
            "Carrer de la Riera",
            "Rambla Nova",
            "Carrer de Sant Pere",
            "Avinguda Diagonal",
            "Carrer del Pont",
            "Carrer de Verdi",
            "Carrer dels Clavells",
            "Passeig de la Devesa",
            "Carrer de Blanquerna",
            "Plaça del Vi",
        ],
        "pm": [("6", 9), ("7", 9)],
        "pf": [("93", 9), ("972", 9), ("973", 9), ("977", 9)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "is": {
        "region": "IS",
        "lang": "is",
        "names": _nm_is,
        "addr": _a_is,
        "mail": ["gmail.com", "simnet.is", "internet.is", "visir.is", "hotmail.com"],
        "towns": [
            ("Reykjavík", "101"),
            ("Reykjavík", "105"),
            ("Reykjavík", "107"),
            ("Kópavogur", "200"),
            ("Garðabær", "210"),
            ("Hafnarfjörður", "220"),
            ("Mosfellsbær", "270"),
            ("Akureyri", "600"),
            ("Selfoss", "800"),
            ("Ísafjörður", "400"),
            ("Reykjanesbær", "230"),
            ("Egilsstaðir", "700"),
            ("Borgarnes", "310"),
            ("Akranes", "300"),
            ("Húsavík", "640"),
        ],
        "streets": [
            "Laugavegur",
            "Hverfisgata",
            "Skólavörðustígur",
            "Brekkugata",
            "Hafnarstræti",
            "Langholtsvegur",
            "Hraunbær",
            "Álfheimar",
            "Kirkjuvegur",
            "Austurvegur",
            "Hamraborg",
            "Strandgata",
            "Furugrund",
            "Sólvallagata",
        ],
        "pm": [
            ("69", 7),
            ("77", 7),
            ("82", 7),
            ("86", 7),
            ("89", 7),
            ("61", 7),
            ("66", 7),
            ("84", 7),
        ],
        "pf": [("55", 7), ("56", 7), ("46", 7), ("48", 7), ("51", 7), ("58", 7)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "af": {
        "region": "ZA",
        "lang": "af",
        "names": _nm_af,
        "addr": lambda r, t: _a_za(r, t, "af"),
        "mail": [
            "gmail.com",
            "webmail.co.za",
            "mweb.co.za",
            "vodamail.co.za",
            "telkomsa.net",
        ],
        "towns": [
            ("Stellenbosch", "Dalsig", "7600", "21"),
            ("Paarl", "Paarl-Noord", "7646", "21"),
            ("Worcester", "Langerug", "6850", "23"),
            ("George", "Heatherpark", "6529", "44"),
            ("Bloemfontein", "Universitas", "9301", "51"),
            ("Pretoria", "Lynnwood", "0081", "12"),
            ("Potchefstroom", "Dassierand", "2531", "18"),
            ("Oudtshoorn", "Wes-Einde", "6625", "44"),
            ("Upington", "Keidebees", "8801", "54"),
            ("Kimberley", "Belgravia", "8301", "53"),
        ],
        "streets": [
            "Kerkstraat",
            "Dorpstraat",
            "Voortrekkerweg",
            "Bloekomlaan",
            "Hoofstraat",
            "Eikelaan",
            "Rivierstraat",
            "Wilgerlaan",
            "Stasieweg",
            "Protealaan",
            "Bergstraat",
            "Jakarandastraat",
        ],
        "pm": [
            ("72", 9),
            ("76", 9),
            ("82", 9),
            ("83", 9),
            ("84", 9),
            ("79", 9),
            ("61", 9),
        ],
        "pf": [
            ("21", 9),
            ("23", 9),
            ("44", 9),
            ("51", 9),
            ("12", 9),
            ("18", 9),
            ("53", 9),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "tl": {
        "region": "PH",
        "lang": "tl",
        "names": _nm_ph,
        "addr": lambda r, t: _a_ph(r, t, "tl"),
        "mail": ["gmail.com", "yahoo.com", "ymail.com"],
        "pstyles": ["nat", "natc", "natc", "intl", "e164"],
    },
    "ms": {
        "region": "MY",
        "lang": "ms",
        "names": _nm_ms,
        "addr": _a_ms,
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
        "towns": [
            (
                "Petaling Jaya",
                "47300",
                "Selangor",
                ["Jalan SS 2/24", "Jalan 17/1", "Jalan Othman"],
            ),
            (
                "Shah Alam",
                "40150",
                "Selangor",
                ["Jalan Kristal 7/2", "Persiaran Kayangan"],
            ),
            (
                "Kuala Lumpur",
                "50450",
                "Wilayah Persekutuan",
                ["Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang"],
            ),
            ("Subang Jaya", "47500", "Selangor", ["Jalan SS 15/4", "Jalan USJ 9/5"]),
            ("Johor Bahru", "80100", "Johor", ["Jalan Wong Ah Fook", "Jalan Dato Onn"]),
            ("George Town", "10200", "Pulau Pinang", ["Lebuh Chulia", "Jalan Burma"]),
            ("Ipoh", "30450", "Perak", ["Jalan Sultan Idris Shah", "Jalan Raja Ekram"]),
            ("Kota Kinabalu", "88000", "Sabah", ["Jalan Gaya", "Jalan Lintas"]),
            ("Kuching", "93350", "Sarawak", ["Jalan Padungan", "Jalan Song"]),
            ("Melaka", "75000", "Melaka", ["Jalan Hang Tuah", "Jalan Tun Sri Lanang"]),
            (
                "Seremban",
                "70200",
                "Negeri Sembilan",
                ["Jalan Rasah", "Jalan Tuanku Antah"],
            ),
            (
                "Kota Bharu",
                "15000",
                "Kelantan",
                ["Jalan Sultan Yahya Petra", "Jalan Kebun Sultan"],
            ),
        ],
        "pm": [
            ("12", 9),
            ("13", 9),
            ("14", 9),
            ("16", 9),
            ("17", 9),
            ("19", 9),
            ("11", 10),
        ],
        "pf": [("3", 9), ("4", 8), ("7", 8), ("5", 8), ("88", 8), ("82", 8)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "sr": {
        "region": "RS",
        "lang": "sr",
        "names": _nm_sr,
        "addr": _a_sr,
        "mail": [
            "gmail.com",
            "yahoo.com",
            "eunet.rs",
            "mts.rs",
            "sbb.rs",
            "hotmail.com",
        ],
        "towns": [
            ("Beograd", "11000"),
            ("Novi Sad", "21000"),
            ("Niš", "18000"),
            ("Kragujevac", "34000"),
            ("Subotica", "24000"),
            ("Zrenjanin", "23000"),
            ("Čačak", "32000"),
            ("Kraljevo", "36000"),
            ("Pančevo", "26000"),
            ("Užice", "31000"),
            ("Šabac", "15000"),
            ("Valjevo", "14000"),
        ],
        "streets": [
            "Njegoševa",
            "Knez Mihailova",
            "Cara Dušana",
            "Bulevar oslobođenja",
            "Zmaj Jovina",
            "Karađorđeva",
            "Nemanjina",
            "Takovska",
            "Bulevar kralja Aleksandra",
            "Vojvode Stepe",
            "Gospodar Jevremova",
            "Kralja Petra",
        ],
        "pm": [
            ("60", 9),
            ("61", 9),
            ("62", 9),
            ("63", 9),
            ("64", 9),
            ("65", 9),
            ("66", 9),
            ("69", 9),
        ],
        "pf": [("11", 9), ("21", 8), ("18", 8), ("34", 8), ("24", 8)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164", "00"],
    },
    "sq": {
        "region": "AL",
        "lang": "sq",
        "names": _nm_sq,
        "addr": _a_sq,
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
        "towns": [
            ("Tiranë", "1001"),
            ("Durrës", "2001"),
            ("Shkodër", "4001"),
            ("Vlorë", "9401"),
            ("Elbasan", "3001"),
            ("Korçë", "7001"),
            ("Fier", "9301"),
            ("Berat", "5001"),
            ("Lushnjë", "9001"),
            ("Sarandë", "9701"),
            ("Gjirokastër", "6001"),
        ],
        "streets": [
            "Rruga e Durrësit",
            "Rruga Myslym Shyri",
            "Rruga Sami Frashëri",
            "Rruga Ismail Qemali",
            "Rruga e Kavajës",
            "Rruga Abdyl Frashëri",
            "Rruga Pjetër Bogdani",
            "Bulevardi Zogu I",
            "Rruga e Elbasanit",
            "Rruga Dibrës",
            "Lagjja Kodra e Diellit",
            "Rruga Naim Frashëri",
        ],
        "pm": [("67", 9), ("68", 9), ("69", 9)],
        "pf": [("4", 8), ("52", 8), ("22", 8), ("33", 8), ("54", 8), ("82", 8)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164", "00"],
    },
    "et": {
        "region": "EE",
        "lang": "et",
        "names": _nm_et,
        "addr": _a_et,
        "mail": ["gmail.com", "hot.ee", "mail.ee", "online.ee", "outlook.com"],
        "towns": [
            ("Tallinn", "10115"),
            ("Tallinn", "10412"),
            ("Tartu", "51010"),
            ("Pärnu", "80010"),
            ("Narva", "20308"),
            ("Viljandi", "71020"),
            ("Rakvere", "44307"),
            ("Kuressaare", "93815"),
            ("Haapsalu", "90502"),
            ("Jõhvi", "41531"),
            ("Võru", "65608"),
            ("Paide", "72711"),
        ],
        "streets": [
            "Tartu mnt",
            "Narva mnt",
            "Pärnu mnt",
            "Telliskivi",
            "Kalevi",
            "Riia",
            "Tähe",
            "Lossi",
            "Rüütli",
            "Vabaduse pst",
            "Kase",
            "Mere pst",
            "Jakobi",
            "Kooli",
        ],
        "pm": [("5", 8), ("5", 7), ("8", 8)],
        "pf": [("6", 7), ("7", 7), ("44", 7), ("35", 7), ("43", 7), ("32", 7)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "sl": {
        "region": "SI",
        "lang": "sl",
        "names": _nm_sl,
        "addr": _a_sl,
        "mail": ["gmail.com", "siol.net", "t-2.net", "amis.net", "hotmail.com"],
        "towns": [
            ("Ljubljana", "1000"),
            ("Maribor", "2000"),
            ("Celje", "3000"),
            ("Kranj", "4000"),
            ("Koper", "6000"),
            ("Novo mesto", "8000"),
            ("Velenje", "3320"),
            ("Ptuj", "2250"),
            ("Nova Gorica", "5000"),
            ("Murska Sobota", "9000"),
            ("Domžale", "1230"),
            ("Škofja Loka", "4220"),
        ],
        "streets": [
            "Slovenska cesta",
            "Trubarjeva cesta",
            "Celovška cesta",
            "Prešernova ulica",
            "Gosposvetska cesta",
            "Tržaška cesta",
            "Dunajska cesta",
            "Partizanska cesta",
            "Cankarjeva ulica",
            "Koroška cesta",
            "Ulica bratov Učakar",
            "Kidričeva ulica",
        ],
        "pm": [
            ("31", 8),
            ("40", 8),
            ("41", 8),
            ("51", 8),
            ("64", 8),
            ("70", 8),
            ("68", 8),
        ],
        "pf": [("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8), ("7", 8)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164", "00"],
    },
    "tr": {
        "region": "TR",
        "lang": "tr",
        "names": _nm_tr,
        "addr": _a_tr,
        "mail": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com", "yahoo.com"],
        "towns": [
            ("Kadıköy", "İstanbul", "34710", ["Caferağa", "Moda", "Fenerbahçe"]),
            ("Beşiktaş", "İstanbul", "34353", ["Sinanpaşa", "Levent"]),
            ("Çankaya", "Ankara", "06690", ["Kavaklıdere", "Bahçelievler"]),
            ("Karşıyaka", "İzmir", "35540", ["Bostanlı", "Mavişehir"]),
            ("Nilüfer", "Bursa", "16110", ["Görükle", "Ataevler"]),
            ("Muratpaşa", "Antalya", "07050", ["Lara", "Şirinyalı"]),
            ("Tepebaşı", "Eskişehir", "26130", ["Hoşnudiye", "Şirintepe"]),
            ("Seyhan", "Adana", "01060", ["Reşatbey", "Kurtuluş"]),
            ("Ortahisar", "Trabzon", "61030", ["Kemerkaya", "Gazipaşa"]),
            ("Selçuklu", "Konya", "42060", ["Bosna Hersek", "Feritpaşa"]),
        ],
        "streets": [
            "Moda Cad.",
            "Bağdat Cad.",
            "Kıbrıs Şehitleri Cad.",
            "Cumhuriyet Cad.",
            "Gül Sok.",
            "Lale Sok.",
            "Atatürk Bulvarı",
            "İnönü Cad.",
            "Menekşe Sok.",
            "Çınar Sok.",
            "Barış Sok.",
        ],
        "pm": [
            ("532", 10),
            ("533", 10),
            ("535", 10),
            ("542", 10),
            ("505", 10),
            ("555", 10),
            ("544", 10),
            ("506", 10),
            ("537", 10),
        ],
        "pf": [
            ("212", 10),
            ("216", 10),
            ("312", 10),
            ("232", 10),
            ("224", 10),
            ("242", 10),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "ro": {
        "region": "RO",
        "lang": "ro",
        "names": _nm_ro,
        "addr": _a_ro,
        "mail": ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
        "towns": [
            ("București", "030167", "București"),
            ("Cluj-Napoca", "400124", "Cluj"),
            ("Iași", "700259", "Iași"),
            ("Timișoara", "300011", "Timiș"),
            ("Brașov", "500030", "Brașov"),
            ("Constanța", "900178", "Constanța"),
            ("Sibiu", "550173", "Sibiu"),
            ("Oradea", "410058", "Bihor"),
            ("Craiova", "200585", "Dolj"),
            ("Galați", "800008", "Galați"),
            ("Ploiești", "100066", "Prahova"),
            ("Suceava", "720229", "Suceava"),
        ],
        "streets": [
            "Str. Memorandumului",
            "Bd. Eroilor",
            "Str. Mihai Eminescu",
            "Calea Victoriei",
            "Str. Republicii",
            "Bd. Unirii",
            "Str. Avram Iancu",
            "Str. Lalelelor",
            "Aleea Teilor",
            "Str. Zorilor",
            "Calea Dorobanților",
        ],
        "pm": [
            ("72", 9),
            ("73", 9),
            ("74", 9),
            ("75", 9),
            ("76", 9),
            ("77", 9),
            ("78", 9),
        ],
        "pf": [("21", 9), ("264", 9), ("232", 9), ("256", 9), ("268", 9), ("241", 9)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "lt": {
        "region": "LT",
        "lang": "lt",
        "names": _nm_lt,
        "addr": _a_lt,
        "mail": ["gmail.com", "inbox.lt", "yahoo.com", "one.lt", "outlook.com"],
        "towns": [
            ("Vilnius", "09124"),
            ("Vilnius", "01108"),
            ("Kaunas", "44248"),
            ("Klaipėda", "92127"),
            ("Šiauliai", "76285"),
            ("Panevėžys", "35173"),
            ("Alytus", "62141"),
            ("Marijampolė", "68308"),
            ("Utena", "28248"),
            ("Palanga", "00135"),
            ("Druskininkai", "66120"),
        ],
        "streets": [
            "Gedimino pr.",
            "Laisvės al.",
            "Vilniaus g.",
            "Pilies g.",
            "Savanorių pr.",
            "Taikos pr.",
            "Žirmūnų g.",
            "Kalvarijų g.",
            "Tilžės g.",
            "Basanavičiaus g.",
            "Liepų g.",
            "Ąžuolų g.",
        ],
        "pm": [("6", 8)],
        "pf": [("5", 8), ("37", 8), ("46", 8), ("41", 8), ("45", 8)],
        "pstyles": ["lt8", "lt8c", "intl", "intl", "e164"],
    },
    "vi": {
        "region": "VN",
        "lang": "vi",
        "names": _nm_vi,
        "addr": _a_vi,
        "mail": ["gmail.com", "yahoo.com", "outlook.com"],
        "towns": [
            ("Hà Nội", "quận Cầu Giấy", "Trung Hòa"),
            ("Hà Nội", "quận Đống Đa", "Láng Hạ"),
            ("Hà Nội", "quận Ba Đình", "Kim Mã"),
            ("TP. Hồ Chí Minh", "quận 3", "Võ Thị Sáu"),
            ("TP. Hồ Chí Minh", "quận Bình Thạnh", "25"),
            ("Đà Nẵng", "quận Hải Châu", "Thạch Thang"),
            ("Hải Phòng", "quận Lê Chân", "Dư Hàng Kênh"),
            ("Cần Thơ", "quận Ninh Kiều", "An Hòa"),
            ("Huế", "quận Thuận Hóa", "Vĩnh Ninh"),
            ("Nha Trang", "", "Lộc Thọ"),
        ],
        "streets": [
            "Trần Duy Hưng",
            "Nguyễn Trãi",
            "Lê Lợi",
            "Hai Bà Trưng",
            "Điện Biên Phủ",
            "Nguyễn Văn Cừ",
            "Lý Thường Kiệt",
            "Phan Đình Phùng",
            "Cách Mạng Tháng Tám",
            "Láng Hạ",
        ],
        "pm": [
            ("90", 9),
            ("91", 9),
            ("93", 9),
            ("94", 9),
            ("96", 9),
            ("97", 9),
            ("98", 9),
            ("86", 9),
            ("32", 9),
            ("35", 9),
            ("38", 9),
            ("70", 9),
            ("77", 9),
            ("83", 9),
            ("88", 9),
        ],
        "pf": [("24", 10), ("28", 10), ("236", 10)],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "cy": {
        "region": "GB",
        "lang": "cy",
        "names": _nm_cy,
        "addr": _a_cy,
        "mail": [
            "gmail.com",
            "hotmail.co.uk",
            "btinternet.com",
            "outlook.com",
            "yahoo.co.uk",
        ],
        "towns": [
            ("Caerdydd", "CF24", "29"),
            ("Abertawe", "SA1", "1792"),
            ("Aberystwyth", "SY23", "1970"),
            ("Bangor", "LL57", "1248"),
            ("Caernarfon", "LL55", "1286"),
            ("Caerfyrddin", "SA31", "1267"),
            ("Llanelli", "SA15", "1554"),
            ("Wrecsam", "LL11", "1978"),
            ("Dolgellau", "LL40", "1341"),
            ("Pwllheli", "LL53", "1758"),
            ("Machynlleth", "SY20", "1654"),
            ("Porthmadog", "LL49", "1766"),
        ],
        "streets": [
            "Stryd Fawr",
            "Ffordd y Coleg",
            "Heol y Frenhines",
            "Lôn Las",
            "Stryd y Bont",
            "Ffordd Penglais",
            "Maes y Dre",
            "Stryd Glyndŵr",
            "Ffordd Caergybi",
            "Heol y Castell",
            "Rhes y Tŵr",
            "Lôn Ddewi",
        ],
        "pm": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "pf": [
            ("29", 10),
            ("1792", 10),
            ("1970", 10),
            ("1248", 10),
            ("1286", 10),
            ("1267", 10),
            ("1554", 10),
            ("1978", 10),
        ],
        "pstyles": ["nat", "nat", "natc", "intl", "e164"],
    },
    "sw": {
        "region": "KE",
        "lang": "sw",
        "names": _nm_ke_own,
        "addr": lambda r, t: _a_ke(r, t, "sw"),
        "mail": ["gmail.com", "yahoo.com"],
        "pstyles": ["nat", "natc", "natc", "intl", "e164"],
    },
}
for _k, _src in (("tl", "ph"), ("sw", "ke")):
    for _f in ("towns", "streets", "pm", "pf"):
        _C[_k].setdefault(_f, _C[_src][_f])
for _k in ("us", "ca"):
    _C[_k]["pf"] = _C[_k]["pm"]


class _P:
    """A person of one country, with a home address, phones, e-mail and birth date."""

    def __init__(
        self,
        r: random.Random,
        cc: str,
        g: str | None = None,
        age: tuple[int, int] = (19, 86),
    ):
        C = _C[cc]
        self.cc = cc
        self.g = g or r.choice("mf")
        self.first, self.last, self.full = C["names"](r, self.g)
        self.t = r.choice(C["towns"])
        self.town = (
            self.t[0]
            if cc not in ("nz",)
            else (self.t[0] if r.random() < 0.6 else self.t[1])
        )
        if cc == "sg":
            self.town = r.choice([self.t[0], "Singapore"])
        self.a = C["addr"](r, self.t)
        y0 = _TODAY.year
        self.dob = _dob(r, y0 - age[1], y0 - age[0])
        self._r = r
        self.email = f"{_mail_local(r, self.first, self.last, self.dob.year)}@{r.choice(C['mail'])}"
        self.mobile = _phone(r, cc, "m")

    def phone(self, style: str | None = None, kind: str = "m") -> str:
        return _phone(self._r, self.cc, kind, style)

    def dobs(self, k: int | None = None) -> str:
        return _fdate(self._r, self.dob, self.cc, k)

    def initial(self) -> str:  # "First L."
        return f"{self.first} {self.last[0].upper()}."

    def last_first(self) -> str:
        return f"{self.last}, {self.first}"


# --------------------------------------------------------------------------------------------
# free-text templates
# --------------------------------------------------------------------------------------------


class _Tpl(NamedTuple):
    key: str
    domain: str
    lang: str
    country: str
    shape: str
    fn: Callable[[random.Random], Text]


TEMPLATES: list[_Tpl] = []


def _tpl(domain: str, lang: str, country: str, shape: str):
    def deco(fn: Callable[[random.Random], _Doc]):
        def run(r: random.Random) -> Text:
            return fn(r).build()

        TEMPLATES.append(
            _Tpl(fn.__name__.strip("_"), domain, lang, country, shape, run)
        )
        return fn

    return deco


def _hm(r: random.Random) -> str:
    return f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"


def _flight(
    r: random.Random,
    carriers: str = "BA FR U2 TP VY FI QF VA JQ PR 5J TK KL LH EK SQ AI 6E",
) -> str:
    return f"{r.choice(carriers.split())}{r.randint(10, 2999)}"


def _span_en(a: date, b: date) -> str:
    m = _MONTHS["en"]
    if a.month == b.month:
        return f"{a.day}–{b.day} {m[a.month - 1]}"
    return f"{a.day} {m[a.month - 1][:3]} – {b.day} {m[b.month - 1][:3]}"


# ---- travel agency ---------------------------------------------------------------------------


@_tpl("travel", "en", "GB", "e-mail reply with signature and quoted agent e-mail")
def _t01(r: random.Random) -> _Doc:
    cc = "gb"
    c, comp, ag = _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    dest = r.choice(
        [
            "Lisbon",
            "Porto",
            "Seville",
            "Valencia",
            "Dubrovnik",
            "Split",
            "Rome",
            "Naples",
            "Madeira",
        ]
    )
    ref = _order_ref(r, "BK")
    dep = _day(r, 10, 120)
    d.f(
        "Subject: Re: Booking [[ref]] – [[LO:dest]] [[what]], [[dates]]\n\n",
        ref=ref,
        dest=dest,
        what=r.choice(["city break", "trip", "long weekend", "family holiday"]),
        dates=_span_en(dep, dep + timedelta(days=r.randint(3, 9))),
    )
    d.f(
        r.choice(["Hi [[PE:a]],\n\n", "Hello [[PE:a]],\n\n", "Dear [[PE:a]],\n\n"]),
        a=ag.first,
    )
    d.t(
        r.choice(
            [
                "Thanks for sending the itinerary over. ",
                "Thank you for the itinerary, it all looks good. ",
                "Got the docs, cheers. ",
            ]
        )
    )
    d.t("A couple of things before we pay the balance:\n\n")
    rel = "her" if comp.g == "f" else "his"
    d.f(
        "1. My [[who]] has renewed [[rel]] passport, so please update the details – [[PE:n]], date of birth [[DOB:dob]].\n",
        who=r.choice(["partner", "husband" if comp.g == "m" else "wife", "friend"]),
        rel=rel,
        n=comp.full,
        dob=comp.dobs(),
    )
    d.f(
        "2. Could you put my mobile on the booking for the airline texts? It's [[PH:ph]].\n",
        ph=c.phone(r.choice(["nat", "natc", "intl"])),
    )
    d.f(
        "3. We'd prefer the later flight home ([[fl]] at [[t]]) if it's still [[amt]] extra.\n\n",
        fl=_flight(r, "BA U2 TP FR EZY"),
        t=_hm(r),
        amt=_money(r, cc, 25, 120, False),
    )
    if r.random() < 0.5:
        d.f(
            "Happy to pay the remaining [[amt]] from the card ending [[l4]] you have on file.\n\n",
            amt=_money(r, cc, 400, 3200),
            l4=_digits(r, 4),
        )
    else:
        d.f(
            "I'll pay the remaining [[amt]] by bank transfer – reference [[ref]].\n\n",
            amt=_money(r, cc, 400, 3200),
            ref=ref,
        )
    d.t(r.choice(["Cheers,\n", "Many thanks,\n", "Best,\n", "Kind regards\n"]))
    d.f("[[PE:n]]\n", n=c.full)
    if r.random() < 0.6:
        d.f("[[AD:a]]\n", a=c.a.line)
    wd = _ts(r, 20)
    d.f(
        "\nOn [[w]], [[PE:an]] <[[EM:ae]]> wrote:\n",
        w=wd.strftime("%a, %d %b %Y at %H:%M"),
        an=ag.full,
        ae=f"{_slug(ag.first)}.{_slug(ag.last)}@bluecompass-travel.co.uk",
    )
    d.f(
        "> Dear [[t]] [[PE:l]],\n>\n",
        t=r.choice(["Mr", "Dr"]) if c.g == "m" else r.choice(["Mrs", "Ms", "Dr"]),
        l=c.last,
    )
    d.f(
        "> Please find attached your itinerary for booking [[ref]]. Your hotel in [[LO:dest]] is confirmed\n"
        "> and the balance of [[amt]] is due by [[due]].\n>\n",
        ref=ref,
        dest=dest,
        amt=_money(r, cc, 400, 3200),
        due=_fdate(r, dep - timedelta(days=42), cc, 1),
    )
    d.t("> Kind regards,\n")
    d.f(
        "> [[PE:an]]\n> Senior Travel Consultant | Bluecompass Travel, [[br]] branch\n",
        an=ag.full,
        br=r.choice(["York", "Stonegate", "York city-centre"]),
    )
    d.quoted_block(
        ["14 Stonegate", f"York {_gb_pc(r, 'YO1')}"]
        if r.random() < 0.5
        else [f"14 Stonegate, York {_gb_pc(r, 'YO1')}"],
        "AD",
    )
    d.f(
        "> T: [[PH:p]] | ATOL 11842 | ABTA P7781\n", p=_phone(r, cc, "f", "nat", "1904")
    )
    return d


@_tpl("travel", "en", "AU", "live chat transcript (bot + consultant)")
def _t02(r: random.Random) -> _Doc:
    cc = "au"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    dest = r.choice(
        [
            "Fiji",
            "Bali",
            "Queenstown",
            "Tokyo",
            "Vietnam",
            "Bangkok",
            "Noumea",
            "Honolulu",
            "Rarotonga",
        ]
    )
    ref = f"BC-{_alnum(r, 6, _UPD)}"
    t0 = _ts(r, 15)
    d.f(
        "Live chat transcript – Bluecompass Travel (AU)\nChat ID: [[u]]\nStarted: [[s]] AEDT\n\n",
        u=_uuid(r),
        s=t0.strftime("%d/%m/%Y %H:%M"),
    )

    def ts(k: int) -> str:
        return (t0 + timedelta(minutes=k)).strftime("%H:%M")

    d.f(
        "[[[t]]] Compass (bot): Hi! I'm Compass, the Bluecompass virtual assistant. What can I help with today?\n",
        t=ts(0),
    )
    d.f(
        "[[[t]]] Visitor: [[m]] [[LO:dest]] trip\n",
        t=ts(1),
        m=r.choice(
            [
                "need to change the dates on our",
                "hi can i move my",
                "change dates for the",
            ]
        ),
        dest=dest,
    )
    d.f("[[[t]]] Compass (bot): Connecting you with a consultant now…\n", t=ts(1))
    d.f(
        "[[[t]]] [[PE:a]] (Consultant): Hi there, I'm [[PE:a2]]! Could I grab your booking reference, plus the lead passenger's full name and date of birth?\n",
        t=ts(3),
        a=ag.first,
        a2=ag.first,
    )
    nm = c.full if r.random() < 0.7 else c.full.lower()
    d.f(
        "[[[t]]] [[PE:cf]]: [[ref]] – [[PE:n]], [[DOB:dob]]\n",
        t=ts(4),
        cf=c.first,
        ref=ref,
        n=nm,
        dob=c.dobs(),
    )
    d.f(
        "[[[t]]] [[PE:a]] (Consultant): Thanks [[PE:cf]]. I can see 2 adults flying out on [[d1]]. What dates were you after?\n",
        t=ts(5),
        a=ag.first,
        cf=c.first,
        d1=_fdate(r, _day(r, 5, 90), "au", 0),
    )
    d.f(
        "[[[t]]] [[PE:cf]]: can we go out the [[n]] instead? also my mobile changed, its [[PH:ph]] now\n",
        t=ts(6),
        cf=c.first,
        n=r.choice(["3rd", "5th", "12th", "21st"]),
        ph=c.phone(r.choice(["nat", "natc"])),
    )
    fare = _money(r, "au", 90, 420, False)
    d.f(
        "[[[t]]] [[PE:a]] (Consultant): No worries, updated. There's a fare difference of [[f]] per person – happy to go ahead?\n",
        t=ts(8),
        a=ag.first,
        f=fare,
    )
    k = r.randrange(3)
    if k == 0:
        card = _card(r, r.choice(["visa", "mc"]))
        d.f(
            "[[[t]]] [[PE:cf]]: yep just put it on my card [[CC:cc]] exp [[ex]] cvv [[cv]]\n",
            t=ts(9),
            cf=c.first,
            cc=_card_fmt(r, card),
            ex=_expiry(r),
            cv=_digits(r, 3),
        )
        d.f(
            "[[[t]]] [[PE:a]] (Consultant): Please don't post card numbers in chat – I've asked for that message to be redacted. "
            "I'll email a secure payment link to [[EM:e]] instead.\n",
            t=ts(10),
            a=ag.first,
            e=c.email,
        )
    elif k == 1:
        d.f(
            "[[[t]]] [[PE:cf]]: yes please, same card as before (the one ending [[l4]])\n",
            t=ts(9),
            cf=c.first,
            l4=_digits(r, 4),
        )
        d.f(
            "[[[t]]] [[PE:a]] (Consultant): Done – receipt is on its way to [[EM:e]].\n",
            t=ts(10),
            a=ag.first,
            e=c.email,
        )
    else:
        d.f(
            "[[[t]]] [[PE:cf]]: hmm let me check with [[PE:p]] first, can you email me? [[EM:e]]\n",
            t=ts(9),
            cf=c.first,
            p=_P(r, "au").first,
            e=c.email,
        )
        d.f(
            "[[[t]]] [[PE:a]] (Consultant): Of course. I'll hold the new seats until 5pm AEDT tomorrow.\n",
            t=ts(10),
            a=ag.first,
        )
    d.f(
        "[[[t]]] Compass (bot): This chat has ended. Rate your experience: https://bluecompass.com.au/r/[[x]]\n",
        t=ts(12),
        x=_alnum(r, 8),
    )
    return d


@_tpl("travel", "en", "IN", "CRM call note")
def _t03(r: random.Random) -> _Doc:
    cc = "in"
    c, ag, sp = _P(r, cc), _P(r, cc), _P(r, cc, g="f" if r.random() < 0.5 else "m")
    d = _Doc(cc)
    t0 = _ts(r, 10)
    dest = r.choice(
        [
            ("Munnar", "Kochi"),
            ("Udaipur", "Jaipur"),
            ("Leh", "Srinagar"),
            ("Gangtok", "Darjeeling"),
            ("Bali", "Singapore"),
            ("Dubai", "Abu Dhabi"),
        ]
    )
    d.f("CRM › Contacts › [[PE:n]] › Activity\n", n=c.full)
    d.f(
        "Call logged by [[PE:a]] on [[t]] (duration [[m]]m [[s]]s)\n\n",
        a=ag.full,
        t=t0.strftime("%d-%m-%Y %H:%M"),
        m=str(r.randint(3, 18)),
        s=f"{r.randint(0, 59):02d}",
    )
    d.f(
        "Cx called re the [[LO:d1]] + [[LO:d2]] package ([[pk]]). [[n]] adults[[kids]], travelling from [[LO:home]] on [[dt]].\n",
        d1=dest[0],
        d2=dest[1],
        pk=f"BCT-IN-{r.randint(1000, 9999)}",
        n=str(r.randint(2, 4)),
        kids=r.choice(["", " + 1 child", " + 2 kids"]),
        home=c.town,
        dt=_fdate(r, _day(r, 10, 150), cc, 2),
    )
    d.f(
        "Verified identity with DOB [[DOB:dob]] and registered mobile [[PH:ph]]. ",
        dob=c.dobs(r.choice([0, 1])),
        ph=c.mobile,
    )
    if r.random() < 0.6:
        d.f(
            "Alt contact is [[rel]] [[PE:sp]] – [[PH:ph2]].\n",
            rel="wife" if sp.g == "f" else "husband",
            sp=sp.first,
            ph2=sp.phone(r.choice(["in_sp", "natc"])),
        )
    else:
        d.t("No alternate contact given.\n")
    d.f(
        "Wants quote re-sent to [[EM:e]] (old id bounced). Quoted [[amt]] incl. GST; advance of [[adv]] to be paid via UPI "
        "([[upi]]) – note UPI handle, not an email.\n",
        e=c.email,
        amt=_money(r, cc, 45000, 260000, False),
        adv=_money(r, cc, 5000, 20000, False),
        upi=f"{_slug(c.first)}.{r.randint(10, 99)}@ok{r.choice(['axis', 'hdfcbank', 'icici', 'sbi'])}",
    )
    if r.random() < 0.5:
        d.f("Billing address: [[AD:a]].\n", a=c.a.line)
    d.f(
        "Next step: [[PE:a]] to call back [[w]] after 6 pm. Ticket [[tk]], SLA 24h.\n",
        a=ag.first.split()[0],
        w=r.choice(["tomorrow", "on Friday", "Monday"]),
        tk=_order_ref(r, "TCK"),
    )
    return d


@_tpl("travel", "ca", "ES", "e-mail with quoted reply ('>' address lines)")
def _t04(r: random.Random) -> _Doc:
    cc = "cat"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    dest = r.choice(
        [
            "Lisboa",
            "Roma",
            "Menorca",
            "Amsterdam",
            "Islàndia",
            "Praga",
            "Porto",
            "Marràqueix",
        ]
    )
    ref = _order_ref(r, "BV")
    d.f("Assumpte: RE: Canvi de data – reserva [[ref]]\n\n", ref=ref)
    d.f(r.choice(["Hola [[PE:a]],\n\n", "Bon dia, [[PE:a]]:\n\n"]), a=ag.first)
    d.f(
        "Us escric perquè finalment no podrem marxar cap a [[LO:d]] el [[dt]]. Seria possible endarrerir el viatge una setmana? "
        "Som dos adults i la meva filla, [[PE:k]], nascuda el [[DOB:kd]].\n\n",
        d=dest,
        dt=_fdate(r, _day(r, 5, 80), cc, 1),
        k=_P(r, cc, g="f").first,
        kd=_fdate(r, _dob(r, 2012, 2020), cc, r.choice([0, 2])),
    )
    d.f(
        "Si hi ha diferència de preu, carregueu-la al compte de sempre: [[IB:ib]]. El meu mòbil és el [[PH:ph]] per si cal trucar-me.\n\n",
        ib=_iban(r, "ES"),
        ph=c.phone(r.choice(["nat", "natc"])),
    )
    d.f("Gràcies,\n[[PE:n]]\n\n", n=c.full)
    d.f(
        "El [[w]], [[PE:an]] <[[EM:ae]]> va escriure:\n",
        w=_fdate(r, _day(r, -20, -1), cc, 0),
        an=ag.full,
        ae="reserves@bluecompass.cat",
    )
    d.f(
        "> Benvolgu[[x]] [[PE:cf]],\n> Us confirmem la reserva [[ref]]. Enviarem els bitllets en paper a l'adreça que ens vau indicar:\n>\n",
        cf=c.first,
        ref=ref,
        x="da" if c.g == "f" else "t",
    )
    d.quoted_block([c.full], "PE")
    d.quoted_block(c.a.lines, "AD")
    d.f(
        ">\n> Salutacions cordials,\n> [[PE:an]] – Bluecompass Viatges, oficina de [[of]]\n",
        an=ag.full,
        of=r.choice(["Girona", "Sabadell", "Gràcia"]),
    )
    return d


@_tpl("travel", "is", "IS", "web form dump (key: value)")
def _t05(r: random.Random) -> _Doc:
    cc = "is"
    c = _P(r, cc)
    d = _Doc(cc)
    dest = r.choice(
        [
            "Tenerife",
            "Alicante",
            "Kaupmannahöfn",
            "Berlín",
            "Boston",
            "Ítalía",
            "Króatía",
            "Gran Canaria",
        ]
    )
    d.f(
        "Ný bókunarbeiðni – vefform #[[n]]\nSent: [[t]]\n-----------------------------\n",
        n=str(r.randint(1000, 9999)),
        t=_ts(r, 5).strftime("%d.%m.%Y %H:%M"),
    )
    d.f(
        "Nafn: [[PE:n]]\nFæðingardagur: [[DOB:dob]]\nNetfang: [[EM:e]]\nFarsími: [[PH:ph]]\n",
        n=c.full,
        dob=c.dobs(),
        e=c.email,
        ph=c.phone(r.choice(["nat", "natc", "intl"])),
    )
    if r.random() < 0.7:
        d.f("Heimilisfang: [[AD:a]]\n", a=c.a.line)
    else:
        d.f("Heimilisfang: [[AD:a]]\nBæjarfélag: [[LO:t]]\n", a=c.a.street, t=c.town)
    d.f(
        "Áfangastaður: [[LO:d]]\nBrottför: [[dep]]\nFullorðnir: [[np]]\nBörn: [[nk]]\n",
        d=dest,
        dep=_fdate(r, _day(r, 14, 200), cc, 1),
        np=str(r.randint(1, 3)),
        nk=str(r.randint(0, 2)),
    )
    kid = _P(r, cc)
    if r.random() < 0.6:
        d.f(
            "Athugasemdir: Sonur okkar [[PE:k]] (f. [[DOB:kd]]) þarf sæti við hlið foreldris. Við erum með hundinn [[pet]] í pössun þannig "
            "að heimkoma má ekki vera seinna en [[h]].\n",
            k=_P(r, cc, g="m").first,
            kd=_fdate(r, _dob(r, 2013, 2022), cc, 0),
            pet=r.choice(["Bósa", "Kát", "Snata", "Tinna"]),
            h=_fdate(r, _day(r, 30, 220), cc, 0),
        )
    else:
        d.f(
            "Ferðafélagi: [[PE:k]]\nAthugasemdir: Greitt verður með korti – síðustu fjórir [[l4]].\n",
            k=kid.full,
            l4=_digits(r, 4),
        )
    d.f(
        "Samþykki skilmála: já\nIP: [[ip]]\nSkráð af: vefur (útgáfa [[v]])\n",
        ip=_private_ip(r),
        v=_version(r),
    )
    return d


@_tpl("travel", "tl", "PH", "SMS thread (Taglish)")
def _t06(r: random.Random) -> _Doc:
    cc = "tl"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    dest = r.choice(
        [
            "Hong Kong",
            "Tokyo",
            "Singapore",
            "Seoul",
            "Taipei",
            "Puerto Princesa",
            "Dumaguete",
            "Davao",
        ]
    )
    ph = c.phone("natc")
    d.f("Bluecompass Travel PH – SMS thread with [[PH:ph]]\n", ph=ph)
    d.f(
        "[Nob 24, 9:12 AM] IN: Hi po, si [[PE:cf]] po ito, yung nagpa-book ng [[LO:d]] trip for [[n]] pax. Pwede po ba i-move sa [[dt]]?\n",
        cf=c.first,
        d=dest,
        n=str(r.randint(2, 5)),
        dt=_fdate(r, _day(r, 10, 90), cc, 1),
    )
    d.f(
        "[Nob 24, 9:30 AM] OUT: Hello [[h]] [[PE:l]], si [[PE:a]] po ito ng Bluecompass. Pa-confirm lang po ng birthday ng lead passenger?\n",
        l=c.last,
        a=ag.first,
        h="Ms." if c.g == "f" else "Mr.",
    )
    d.f(
        "[Nob 24, 9:41 AM] IN: [[DOB:dob]] po. Yung kasama ko si [[PE:comp]], [[DOB:dob2]]\n",
        dob=c.dobs(),
        comp=_P(r, cc).full,
        dob2=_fdate(r, _dob(r), cc),
    )
    d.f(
        "[Nob 24, 9:45 AM] OUT: Salamat po! May rebooking fee na [[amt]]. Send ko po GCash ref sa email ninyo?\n",
        amt=_money(r, cc, 800, 4500),
    )
    d.f(
        "[Nob 24, 9:47 AM] IN: opo, [[EM:e]]. Yung OTP na natanggap ko kanina [[otp]], yun ba kailangan?\n",
        e=c.email,
        otp=_otp(r),
    )
    d.f(
        "[Nob 24, 9:50 AM] OUT: Huwag po ninyong ibigay ang OTP kahit kanino. Ang official hotline namin ay [[PH:h]] lang po.\n",
        h=_phone(r, "ph", "f", "nat"),
    )
    if r.random() < 0.5:
        d.f(
            "[Nob 24, 10:02 AM] IN: ok po. pakipadala na lang po sa bahay yung printed itinerary: [[AD:a]]\n",
            a=c.a.line,
        )
    return d


# ---- water utility ---------------------------------------------------------------------------

_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "okhttp/4.12.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
]


@_tpl("water", "en", "US", "support ticket with internal note")
def _t07(r: random.Random) -> _Doc:
    cc = "us"
    c, ag, prev, tech = _P(r, cc), _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t0 = _ts(r, 10)
    start = _day(r, 3, 30)
    d.f(
        "Ticket #CW-[[n]] · Priority: [[p]] · Channel: [[ch]]\nSubject: [[s]]\nRequester: [[PE:n2]] <[[EM:e]]>\nCreated: [[t]]\n\n",
        n=str(r.randint(10000, 99999)),
        p=r.choice(["Normal", "High", "Low"]),
        ch=r.choice(["Web form", "Email", "Portal"]),
        s=r.choice(
            [
                "Start service at new address + autopay",
                "New account / move-in",
                "Transfer service and set up AutoPay",
            ]
        ),
        n2=c.full,
        e=c.email,
        t=t0.strftime("%m/%d/%Y %I:%M %p"),
    )
    d.t("Customer message:\n")
    d.f(
        "Hi, I'm moving into [[AD:a]] on [[dt]] and need water service started in my name. ",
        a=c.a.line,
        dt=_fdate(r, start, cc, 2),
    )
    if r.random() < 0.5:
        d.f(
            "The previous tenant was [[PE:p]], I think the account is still under them. ",
            p=prev.full,
        )
    d.f(
        "Please set up autopay from my checking account – routing [[rt]], account [[BA:ac]]. My cell is [[PH:ph]]. ",
        rt=_routing(r),
        ac=_us_account(r),
        ph=c.phone(),
    )
    if r.random() < 0.7:
        d.f(
            "Your form asked for my SSN for the credit check: [[SSN:ssn]].\n",
            ssn=_ssn(r),
        )
    else:
        d.f(
            "I don't have an SSN yet, my ITIN is [[itin]] if that works for the credit check.\n",
            itin=_itin(r),
        )
    d.f("Thanks, [[PE:f]]\n\n", f=c.first)
    d.f(
        "--- Internal note ([[PE:a]], [[t]]) ---\n",
        a=ag.full,
        t=(t0 + timedelta(minutes=r.randint(10, 300))).strftime("%m/%d/%Y %I:%M %p"),
    )
    d.f(
        "Soft credit check passed, deposit waived. Reminder: do NOT paste SSNs into tickets – use the vault field. "
        "Utility acct [[ua]], meter [[m]] (route [[rt]]). Service start booked for [[dt]], field tech [[PE:t]] (crew [[cr]]). "
        "Autopay set to draw on the [[day]] each month; last-4 on file [[l4]].\n",
        ua=f"{r.randint(10, 99)}-{r.randint(10000, 99999)}-{r.randint(10, 99)}",
        m=f"MTR-{r.randint(1000000, 9999999)}",
        rt=f"{r.randint(1, 40)}{r.choice('ABCD')}",
        dt=_fdate(r, start, cc, 0),
        t=tech.initial(),
        cr=str(r.randint(2, 9)),
        day=r.choice(["1st", "5th", "15th"]),
        l4=_digits(r, 4),
    )
    return d


_SPOKEN_DAY = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty first",
    "twenty second",
    "twenty third",
    "twenty fourth",
    "twenty fifth",
    "twenty sixth",
    "twenty seventh",
    "twenty eighth",
    "twenty ninth",
    "thirtieth",
    "thirty first",
]
_SPOKEN_NUM = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = [
    "",
    "",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]


def _spoken_year(y: int) -> str:
    hi, lo = divmod(y, 100)
    head = "nineteen" if hi == 19 else "two thousand" if lo < 10 else "twenty"
    if lo == 0:
        return head if hi == 20 else head + " hundred"
    if lo < 10:
        return f"{head} {'oh ' if hi == 19 else 'and '}{_SPOKEN_NUM[lo]}"
    if lo < 20:
        return f"{head} {_SPOKEN_NUM[lo]}"
    t, u = divmod(lo, 10)
    return f"{head} {_TENS[t]}{' ' + _SPOKEN_NUM[u] if u else ''}"


def _spoken_dob(r: random.Random, d: date) -> str:
    m = _MONTHS["en"][d.month - 1].lower()
    if r.random() < 0.5:
        return f"the {_SPOKEN_DAY[d.day - 1]} of {m} {_spoken_year(d.year)}"
    return f"{_SPOKEN_DAY[d.day - 1]} {m} {d.year}"


@_tpl("water", "en", "GB", "speech-to-text call transcript (lower case)")
def _t08(r: random.Random) -> _Doc:
    cc = "gb"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "[auto-transcript · call [[id]] · [[dur]] · confidence 0.[[cf]]]\n",
        id=_uuid(r)[:8],
        dur=f"00:{r.randint(3, 14):02d}:{r.randint(0, 59):02d}",
        cf=str(r.randint(71, 94)),
    )
    d.f(
        "agent: thank you for calling wyvern water you're speaking with [[PE:a]] how can i help\n",
        a=ag.first.lower(),
    )
    d.f(
        "caller: hi yeah i've had a letter saying my bill's gone up to [[amt]] and the meter reading is way off my name's [[PE:n]]\n",
        amt=_money(r, cc, 180, 900).replace("£", "£ ").replace(" ", "")
        if r.random() < 0.5
        else f"{r.randint(180, 900)} pounds",
        n=c.full.lower(),
    )
    d.t(
        "agent: sorry to hear that can i take the first line of the address and the postcode please\n"
    )
    d.f(
        "caller: it's [[AD:a]]\n",
        a=(
            c.a.street
            + " "
            + c.t[0]
            + " "
            + c.a.line.split()[-2]
            + " "
            + c.a.line.split()[-1]
        ).lower(),
    )
    d.t("agent: lovely and for security your date of birth\n")
    d.f("caller: [[DOB:dob]]\n", dob=_spoken_dob(r, c.dob))
    d.f(
        "agent: thank you i can see the last reading was [[rd]] on the [[dt]] that was an estimate not an actual read\n",
        rd=" ".join(_digits(r, 5)),
        dt=_SPOKEN_DAY[r.randint(0, 27)]
        + " of "
        + _MONTHS["en"][r.randint(8, 10)].lower(),
    )
    d.f(
        "caller: yeah nobody's been out our dog [[pet]] goes mad when anyone comes to the gate\n",
        pet=r.choice(["buster", "bella", "poppy", "alfie"]),
    )
    d.f(
        "agent: no problem if you can read it yourself and text it to us on [[PH:p]] i'll re-bill it is the mobile ending [[l]] still best for you\n",
        p=_phone(r, cc, "m", "natc"),
        l=" ".join(c.mobile.replace(" ", "")[-3:]),
    )
    if r.random() < 0.5:
        d.f(
            "caller: no use [[PH:p]] that's my new one\n",
            p=" ".join(c.phone("nat").split()),
        )
    else:
        d.t("caller: yes that's fine\n")
    d.t(
        "agent: great is there anything else i can help with today\ncaller: no that's it thanks bye\n"
    )
    return d


@_tpl("water", "en", "NZ", "customer-portal application log")
def _t09(r: random.Random) -> _Doc:
    cc = "nz"
    d = _Doc(cc)
    t = _ts(r, 3)
    users = [_P(r, cc) for _ in range(3)]
    lines = r.randint(6, 9)
    for i in range(lines):
        t += timedelta(seconds=r.randint(1, 90), milliseconds=r.randint(0, 999))
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        u = r.choice(users)
        k = r.randrange(8)
        if k == 0:
            d.f(
                '[[s]] INFO  portal.auth     login ok user=[[EM:e]] ip=[[IP:ip]] ua="[[ua]]" session=sess_[[h]]\n',
                s=stamp,
                e=u.email,
                ip=_pub_ip(r),
                ua=r.choice(_UA),
                h=_hexs(r, 24),
            )
        elif k == 1:
            d.f(
                "[[s]] DEBUG portal.api      GET /api/v2/accounts/[[a]]/usage?from=2026-10-01 200 [[ms]]ms req_id=[[u]] upstream=[[ip]]:8443\n",
                s=stamp,
                a=f"KW{r.randint(100000, 999999)}",
                ms=str(r.randint(12, 480)),
                u=_uuid(r),
                ip=f"10.20.{r.randint(0, 9)}.{r.randint(2, 250)}",
            )
        elif k == 2:
            d.f(
                "[[s]] WARN  portal.auth     failed login user=[[EM:e]] ip=[[IP:ip]] reason=bad_password attempts=[[n]]\n",
                s=stamp,
                e=u.email,
                ip=_pub_ip(r),
                n=str(r.randint(2, 5)),
            )
        elif k == 3:
            d.f(
                '[[s]] INFO  portal.profile  contact updated account=KW[[a]] name="[[PE:n]]" mobile=[[PH:p]] fields=[mobile,email]\n',
                s=stamp,
                a=str(r.randint(100000, 999999)),
                n=u.full,
                p=u.phone("e164"),
            )
        elif k == 4:
            d.f(
                '[[s]] ERROR portal.reset    password reset payload logged in clear (BUG-[[b]]): {"email":"[[EM:e]]","new_password":"[[PW:pw]]"}\n',
                s=stamp,
                b=str(r.randint(1000, 4999)),
                e=u.email,
                pw=_password(r),
            )
        elif k == 5:
            d.f(
                "[[s]] INFO  portal.notify   sms queued to=[[PH:p]] template=outage_notice_v[[v]] provider_sid=SM[[h]] device_imei=[[im]]\n",
                s=stamp,
                p=u.phone("e164"),
                v=str(r.randint(2, 9)),
                h=_hexs(r, 32),
                im=_imei(r),
            )
        elif k == 6:
            d.f(
                "[[s]] ERROR portal.mailer   SMTP auth failed for apikey user, key=[[AK:k]] – rotate in vault\n",
                s=stamp,
                k=_api_key(r, "sendgrid"),
            )
        else:
            d.f(
                '[[s]] INFO  portal.health   build=[[v]] commit=[[h]] node=[[ip]] gps_depot="[[g]]" ok\n',
                s=stamp,
                v=_version(r),
                h=_hexs(r, 7),
                ip=_private_ip(r),
                g=_gps(r, -37.787, 175.279),
            )
    return d


@_tpl("water", "af", "ZA", "complaint e-mail to municipal water service")
def _t10(r: random.Random) -> _Doc:
    cc = "af"
    c, mom = _P(r, cc), _P(r, cc, g="f", age=(72, 94))
    d = _Doc(cc)
    d.f(
        "Van: [[PE:n]] <[[EM:e]]>\nAan: [[EM:kd]]\nOnderwerp: Gebarste pyp en hoë rekening – rek. nr [[ac]]\n\n",
        kd="klientediens@helderwater.co.za",
        n=c.full,
        e=c.email,
        ac=str(r.randint(300000000, 399999999)),
    )
    d.t(r.choice(["Goeie dag\n\n", "Geagte Meneer/Mevrou\n\n", "Hallo daar\n\n"]))
    d.f(
        "Daar is sedert [[dt]] 'n gebarste pyp voor ons huis by [[AD:a]]. Die water loop al drie dae in die straat af en my rekening "
        "vir Oktober is skielik [[amt]] in plaas van die gewone [[amt2]].\n\n",
        dt=_fdate(r, _day(r, -20, -1), cc, 1),
        a=c.a.line,
        amt=_money(r, cc, 1800, 6400),
        amt2=_money(r, cc, 300, 900),
    )
    d.f(
        "My ma, [[PE:m]] (gebore [[DOB:dob]]), woon by ons en is afhanklik van 'n nierdialise-masjien, so ons kan nie sonder water "
        "wees nie. Kan iemand asseblief dringend uitkom?\n\n",
        m=mom.full,
        dob=mom.dobs(r.choice([1, 0])),
    )
    d.f(
        "Verwysingsnommer van my vorige oproep: [[ref]]. U kan my skakel by [[PH:p]] of my [[rel]], [[PE:h]], by [[PH:p2]].\n\n",
        ref=f"HW{r.randint(1000000, 9999999)}",
        p=c.phone(),
        rel="man" if c.g == "f" else "vrou",
        h=_P(r, cc, g="m" if c.g == "f" else "f").first,
        p2=_phone(r, cc, "m"),
    )
    d.f("Groete\n[[PE:n]]\n", n=c.first if r.random() < 0.5 else c.full)
    d.f(
        "\n-- \nHelderwater Munisipale Dienste | Kantoor [[br]] | Tel. [[PH:t]] | Pos is onderhewig aan ons vrywaring.\n",
        br=r.choice(["Paarl", "Stellenbosch", "Worcester"]),
        t=_phone(r, cc, "f", "nat", "21"),
    )
    return d


@_tpl("water", "et", "EE", "web form dump (key=value)")
def _t11(r: random.Random) -> _Doc:
    cc = "et"
    c = _P(r, cc)
    d = _Doc(cc)
    d.f("[veebivorm] leping_uus id=[[u]] kanal=iseteenindus\n", u=_uuid(r))
    d.f(
        "eesnimi=[[PE:f]]\nperenimi=[[PE:l]]\nsynniaeg=[[DOB:dob]]\nemail=[[EM:e]]\ntelefon=[[PH:p]]\n",
        f=c.first,
        l=c.last,
        dob=c.dobs(r.choice([0, 2])),
        e=c.email,
        p=c.phone(r.choice(["nat", "natc", "intl", "e164"])),
    )
    d.f("tarbimiskoht=[[AD:a]]\n", a=c.a.line)
    if r.random() < 0.5:
        d.f("arve_aadress=[[AD:a]]\n", a=_P(r, cc).a.line)
    else:
        d.t("arve_aadress=sama\n")
    d.f(
        "e_arve=[[ea]]\niban=[[IB:ib]]\npank=[[bic]]\n",
        ea=r.choice(["jah", "ei"]),
        ib=_iban(r, "EE"),
        bic=_bic(r, "EE"),
    )
    d.f(
        "arvesti_nr=EE-W-[[m]]\nnaidu_kp=[[dt]]\nnait=[[rd]] m3\nlepingu_algus=[[st]]\n",
        m=str(r.randint(100000, 999999)),
        dt=_fdate(r, _day(r, -10, 0), cc, 0),
        rd=f"{r.randint(100, 9999)},{r.randint(0, 999):03d}",
        st=_fdate(r, _day(r, 0, 30), cc, 0),
    )
    d.f(
        "nous_tingimustega=true\nip=[[IP:ip]]\nkliendi_kood=[[kk]]\nbrauser=[[ua]]\n",
        ip=_pub_ip(r, 0.1),
        kk=f"K-{r.randint(100000, 999999)}",
        ua=r.choice(_UA),
    )
    return d


@_tpl("water", "cy", "GB", "customer letter / e-mail (Welsh)")
def _t12(r: random.Random) -> _Doc:
    cc = "cy"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Pwnc: Eich cyfrif dŵr [[ac]] – newid manylion\n\n",
        ac=f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    )
    d.f(
        "Annwyl [[t]] [[PE:l]],\n\n",
        t=r.choice(["Mr", "Dr"])
        if c.g == "m"
        else r.choice(["Mrs", "Ms", "Miss", "Dr"]),
        l=c.last,
    )
    d.f(
        "Diolch am gysylltu â Dŵr y Dyffryn ar [[dt]]. Rydym wedi diweddaru'r cyfeiriad cyflenwi ar eich cyfrif i:\n\n",
        dt=_fdate(r, _day(r, -14, -1), cc, 1),
    )
    d.f("[[PE:n]]\n", n=c.full).block(c.a.lines, "AD").t("\n\n")
    d.f(
        "Byddwn yn anfon eich bil nesaf, sef [[amt]], i'r cyfeiriad hwn. Mae eich Debyd Uniongyrchol yn parhau o'r cyfrif IBAN "
        "[[IB:ib]].\n\n",
        amt=_money(r, cc, 40, 400),
        ib=_iban(r, "GB"),
    )
    d.f(
        "Rydym wedi nodi mai [[PH:p]] yw'r rhif ffôn symudol gorau i gysylltu â chi, a [[EM:e]] ar gyfer biliau electronig. "
        "Os nad yw hyn yn gywir, ffoniwch ein swyddfa yn [[of]] ar [[PH:o]].\n\n",
        p=c.phone(r.choice(["nat", "natc"])),
        e=c.email,
        of=r.choice(["Aberystwyth", "Bangor", "Caerfyrddin"]),
        o=_phone(r, cc, "f", "nat", "1970"),
    )
    d.f(
        "Yn gywir,\n\n[[PE:a]]\nTîm Gwasanaethau Cwsmeriaid, Dŵr y Dyffryn\n", a=ag.full
    )
    return d


# ---- private school ---------------------------------------------------------------------------


@_tpl(
    "school", "en", "IE", "parent e-mail with quoted school reply ('>' address lines)"
)
def _t13(r: random.Random) -> _Doc:
    cc = "ie"
    par, kid, sec = _P(r, cc), _P(r, cc, age=(12, 18)), _P(r, cc)
    kid.last = par.last
    d = _Doc(cc)
    new = _P(r, cc)
    d.f(
        "From: [[PE:n]] <[[EM:e]]>\nTo: [[EM:of]]\nSubject: Change of address – [[PE:k]] ([[y]])\n\n",
        of="office@stdeclanscollege.ie",
        n=par.full,
        e=par.email,
        k=f"{kid.first} {par.last}",
        y=r.choice(["1st Year", "2nd Year", "TY", "5th Year", "6th Year"]),
    )
    d.f(
        "Hi [[PE:s]],\n\nWe've moved house since the start of term, could you update the records? New address is [[AD:a]]. "
        "The landline there is [[PH:l]] but my mobile [[PH:m]] is still best.\n\n",
        s=sec.first,
        a=new.a.line,
        l=_phone(r, cc, "f", r.choice(["nat", "natc"])),
        m=par.phone(),
    )
    if r.random() < 0.6:
        d.f(
            "Also [[PE:k]]'s PPS letter had [[pr]] DOB wrong – it's [[DOB:dob]], not the [[wrong]].\n\n",
            k=kid.first,
            dob=kid.dobs(0),
            pr="her" if kid.g == "f" else "his",
            wrong=_fdate(r, kid.dob + timedelta(days=r.randint(30, 400)), cc, 0),
        )
    d.f("Thanks a million,\n[[PE:n]]\n\n", n=par.first)
    d.f(
        "On [[w]], St Declan's College Office <[[EM:of]]> wrote:\n",
        of="office@stdeclanscollege.ie",
        w=_ts(r, 60).strftime("%d %b %Y, at %H:%M"),
    )
    d.f(
        "> Dear Parent/Guardian of [[PE:k]],\n> Please confirm the address we hold for you is still correct:\n>\n",
        k=f"{kid.first} {par.last}",
    )
    d.quoted_block(par.a.lines, "AD")
    d.f(
        ">\n> The Christmas fee instalment of [[amt]] is due on [[dt]]. Sports trip to Galway (venue: Dangan) leaves from the school gate at 7:30.\n",
        amt=_money(r, cc, 900, 2400),
        dt=_fdate(r, _day(r, 0, 30), cc, 1),
    )
    d.f("> [[PE:s]]\n> School Secretary\n", s=sec.full)
    return d


@_tpl("school", "en", "SG", "OCR'd enrolment form")
def _t14(r: random.Random) -> _Doc:
    cc = "sg"
    kid, mum, dad = _P(r, cc, age=(5, 15)), _P(r, cc, g="f"), _P(r, cc, g="m")
    d = _Doc(cc)
    d.t(
        r.choice(
            [
                "MARLOW HEIGHTS INTERNATI0NAL SCH00L\n",
                "MARLOW HElGHTS INTERNATIONAL SCHOOL\n",
            ]
        )
    )
    d.t("APPLICATION FOR ADMlSSION  2027    Form A-3 (rev.4)\n")
    d.t("_______________________________________________\n")
    d.f(
        "1. Narne of Student (as in passport): [[PE:n]]\n",
        n=kid.full.upper() if r.random() < 0.5 else kid.full,
    )
    d.f(
        "2. Date of Birth (DD/MM/YYYY):   [[DOB:dob]]      Sex: [[s]]\n",
        dob=kid.dobs(0),
        s="M" if kid.g == "m" else "F",
    )
    d.f(
        "3. Place of Birth: [[LO:pb]]       Nationality: [[nat]]\n",
        pb=r.choice(["Singapore", "Kuala Lumpur", "Chennai", "Manila", "Jakarta"]),
        nat=r.choice(["Singaporean", "Malaysian", "PR"]),
    )
    d.f("4. Home Address: [[AD:a]]\n", a=kid.a.line)
    d.f(
        "5. Mother's Name: [[PE:m]]   HP: [[PH:mp]]\n   Emai1: [[EM:me]]\n",
        m=mum.full,
        mp=mum.phone(r.choice(["nat", "natc"])),
        me=mum.email,
    )
    d.f(
        "6. Father's Name: [[PE:f]]   HP: [[PH:fp]]    Office: [[PH:fo]]\n",
        f=dad.full,
        fp=dad.phone(),
        fo=_phone(r, cc, "f", "nat"),
    )
    d.f(
        "7. Previous School: [[ps]]    Level: [[lv]]\n",
        ps=r.choice(
            ["Rosyth School", "Nan Hua Primary", "Henry Park Primary", "Tao Nan School"]
        ),
        lv=r.choice(["P3", "P4", "P5", "Sec 1"]),
    )
    d.f(
        "8. Application fee paid: [[amt]]  Receipt no. [[rc]]   Card: [[mc]]\n",
        amt=_money(r, cc, 300, 800),
        rc=f"R{r.randint(100000, 999999)}",
        mc=_masked_card(r),
    )
    d.f(
        "Signature: ____[illegible]____      Date: [[dt]]\n",
        dt=_fdate(r, _day(r, -30, -1), cc, 0),
    )
    d.t("FOR OFFICE USE: Interview slot 0930 · Assessed by ___ · Ref SGMH/27/")
    d.t(f"{r.randint(100, 999)}\n")
    return d


@_tpl("school", "en", "KE", "WhatsApp chat export (parent and bursar)")
def _t15(r: random.Random) -> _Doc:
    cc = "ke"
    par, bur, kid = _P(r, cc), _P(r, cc), _P(r, cc, age=(6, 17))
    d = _Doc(cc)
    t = _ts(r, 10)
    pn = par.full if r.random() < 0.6 else par.phone("intl")
    pcode = "PE" if pn == par.full else "PH"

    def line(who_: str, tpl_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 40))
        d.f("[[[ts]]] ", ts=t.strftime("%d/%m/%Y, %H:%M:%S"))
        if who_ == "par":
            d.v(pn, pcode)
        else:
            d.v(bur.first, "PE").t(" Bursar BHA")
        d.f(": " + tpl_ + "\n", **kw)

    line(
        "par",
        "Good morning. This is [[PE:p]], parent to [[PE:k]] in Grade [[g]]. I paid the term 3 fees via M-Pesa paybill [[pb]] yesterday",
        p=par.full,
        k=kid.full,
        g=str(r.randint(2, 8)),
        pb=str(r.randint(200000, 999999)),
    )
    line(
        "bur",
        "Morning. Kindly share the M-Pesa confirmation code and the account number you used",
    )
    line(
        "par",
        "[[code]] Confirmed. Ksh[[amt]] sent to BROOKHAVEN ACADEMY. Account used was the admission no. [[adm]]",
        code=_alnum(r, 10, _UP + "0123456789"),
        amt=f"{r.randint(20, 95)},{r.randint(0, 999):03d}.00",
        adm=f"BHA/{r.randint(1000, 9999)}",
    )
    line(
        "bur",
        "Received, thank you. Our records also need [[PE:k]]'s date of birth for the KNEC registration",
        k=kid.first,
    )
    line(
        "par",
        "[[DOB:dob]]. Please also update my husband's number [[PH:ph]], mine is changing",
        dob=kid.dobs(r.choice([0, 1])),
        ph=_phone(r, cc, "m", r.choice(["nat", "natc", "intl"])),
    )
    line(
        "bur",
        "Noted. Receipt will be emailed to [[EM:e]]. Are you still living in [[LO:t]]? The van pick-up list is being redone for January",
        e=par.email,
        t=par.town,
    )
    if r.random() < 0.5:
        line("par", "<Media omitted>")
    line("par", "Asante sana 🙏")
    return d


@_tpl("school", "ro", "RO", "enrolment e-mail from parent")
def _t16(r: random.Random) -> _Doc:
    cc = "ro"
    par, kid = _P(r, cc), _P(r, cc, age=(6, 14))
    kid_name = f"{kid.first} {par.last}"
    d = _Doc(cc)
    d.f(
        "De la: [[PE:n]] <[[EM:e]]>\nCătre: [[EM:sc]]\nSubiect: Înscriere clasa [[cl]] – [[PE:k]]\n\n",
        sc="secretariat@scoala-lumina.ro",
        n=par.full,
        e=par.email,
        cl=r.choice(["pregătitoare", "a II-a", "a V-a", "a III-a"]),
        k=kid_name,
    )
    d.t(r.choice(["Bună ziua,\n\n", "Stimată doamnă secretar,\n\n"]))
    d.f(
        "Vă scriu pentru a înscrie copilul meu, [[PE:k]], născut[[x]] pe [[DOB:dob]] în [[LO:pb]], la Școala Privată Lumina "
        "pentru anul școlar 2027–2028. Locuim în [[LO:t]], la adresa [[AD:a]].\n\n",
        k=kid_name,
        x="ă" if kid.g == "f" else "",
        dob=kid.dobs(r.choice([0, 1])),
        pb=r.choice(["Cluj-Napoca", "Iași", "Chișinău", "Brașov", "Torino"]),
        t=par.town,
        a=par.a.line,
    )
    d.f(
        "Taxa de înscriere ([[amt]]) am achitat-o azi din contul [[IB:ib]], cu referința [[ref]]. Vă rog să-mi confirmați primirea.\n\n",
        amt=_money(r, cc, 500, 2500),
        ib=_iban(r, "RO"),
        ref=_order_ref(r, "LUM"),
    )
    d.f(
        "Pentru orice întrebare mă puteți suna la [[PH:p]] (sau pe [[rel]], [[PE:h]], la [[PH:p2]]).\n\n",
        p=par.phone(),
        rel="soțul meu" if par.g == "f" else "soția mea",
        h=_P(r, cc, g="m" if par.g == "f" else "f").full,
        p2=_phone(r, cc, "m"),
    )
    d.f("Cu stimă,\n[[PE:n]]\n", n=par.full)
    return d


@_tpl("school", "sl", "SI", "CRM notes (admissions)")
def _t17(r: random.Random) -> _Doc:
    cc = "sl"
    par, kid, st = _P(r, cc), _P(r, cc, age=(14, 18)), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Zasebna gimnazija Gaja – CRM / Vpis 2027\nKontakt: [[PE:p]] ([[rel]])\nDijak: [[PE:k]], roj. [[DOB:dob]]\n",
        p=par.full,
        rel="mati" if par.g == "f" else "oče",
        k=f"{kid.first} {par.last}",
        dob=kid.dobs(),
    )
    d.f(
        "Telefon: [[PH:t]] | E-pošta: [[EM:e]]\nNaslov: [[AD:a]]\n\n",
        t=par.phone(),
        e=par.email,
        a=par.a.line,
    )
    t = _ts(r, 30)
    for k in r.sample(range(4), r.randint(2, 4)):
        t += timedelta(days=r.randint(1, 6), minutes=r.randint(0, 300))
        d.f("[[[ts]]] [[PE:s]]: ", ts=t.strftime("%d. %m. %Y %H:%M"), s=st.initial())
        if k == 0:
            d.f(
                "Klic staršev – zanima jih program IB. Družina zdaj živi v kraju [[LO:b]], dijak bi začel februarja.\n",
                b=par.town,
            )
        elif k == 1:
            d.f(
                "Poslan predračun št. [[pr]] za šolnino [[amt]]; plačilo na TRR [[IB:ib]], sklic SI00 [[sk]].\n",
                pr=f"{r.randint(2026, 2027)}-{r.randint(100, 999)}",
                amt=_money(r, cc, 1200, 5200),
                ib=_iban(r, "SI"),
                sk=f"{r.randint(1000, 9999)}-{r.randint(10, 99)}",
            )
        elif k == 2:
            d.f(
                "Mama sporoča novo številko: [[PH:p]]. Dijak ima alergijo na oreščke (opomba za kuhinjo).\n",
                p=_phone(r, cc, "m"),
            )
        else:
            d.f(
                "Sestanek z ravnateljem dogovorjen za [[dt]] ob [[h]]. Udeležita se oba starša, [[PE:m]] in [[PE:o]].\n",
                dt=_fdate(r, _day(r, 2, 20), cc, 0),
                h=_hm(r),
                m=par.first,
                o=_P(r, cc, g="m" if par.g == "f" else "f").first,
            )
    return d


@_tpl("school", "en", "CA", "spreadsheet rows pasted as TSV")
def _t18(r: random.Random) -> _Doc:
    cc = "ca"
    d = _Doc(cc)
    d.t(
        r.choice(
            [
                "Pasted from Maplecrest Academy – Grade 4 roster (v3).xlsx\n\n",
                "roster export, pls check allergies before the trip\n\n",
            ]
        )
    )
    cols = [
        "Student #",
        "Last",
        "First",
        "DOB",
        "Homeroom",
        "Guardian",
        "Guardian Phone",
        "Guardian Email",
        "Allergies",
        "Photo consent",
    ]
    d.t("\t".join(cols) + "\n")
    for _ in range(r.randint(3, 6)):
        kid = _P(r, cc, age=(8, 10))
        g = _P(r, cc)
        g.last = kid.last if r.random() < 0.7 else g.last
        d.t(f"MA-{r.randint(20000, 29999)}\t").v(kid.last, "PE").t("\t").v(
            kid.first, "PE"
        ).t("\t").v(kid.dobs(0), "DOB").t("\t")
        d.t(f"4{r.choice('ABC')}\t")
        gname = f"{g.first} {g.last}" if r.random() < 0.7 else f"{g.last}, {g.first}"
        d.v(gname, "PE").t("\t").v(g.phone(r.choice(["nat", "us_dash"])), "PH").t("\t")
        if r.random() < 0.85:
            d.v(g.email, "EM")
        d.t(
            "\t"
            + r.choice(["none", "peanuts", "none", "latex", "dairy", "tree nuts", "–"])
            + "\t"
            + r.choice(["Y", "N", "Y"])
            + "\n"
        )
    d.t(
        f"\nTrip: Royal Ontario Museum, bus departs 8:15. Cost ${r.randint(18, 40)}.00/student.\n"
    )
    return d


# ---- coworking space operator -------------------------------------------------------------------


@_tpl("coworking", "en", "US", "Slack channel export")
def _t19(r: random.Random) -> _Doc:
    cc = "us"
    s1, s2, m = _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    co = r.choice(
        [
            "Kimchi Labs",
            "Northpaw Analytics",
            "Brightfold",
            "Tessellate AI",
            "Oakhurst Legal",
        ]
    )
    dom = co.lower().replace(" ", "") + r.choice([".io", ".com", ".co"])
    t = datetime(2026, 11, r.randint(2, 25), r.randint(8, 10), r.randint(0, 59))
    d.f(
        "#members-ops · Hivecraft [[br]] · exported [[dt]]\n\n",
        br=r.choice(["Austin East", "Denver RiNo", "Columbus Short North"]),
        dt=_TODAY.isoformat(),
    )

    def msg(who_: _P, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 25))
        d.v(who_.full, "PE").t("  " + t.strftime("%I:%M %p").lstrip("0") + "\n").f(
            body_ + "\n\n", **kw
        )

    memail = f"{_slug(m.first)}@{dom}"
    msg(
        s1,
        "new member starting Monday: [[PE:n]] from [[co]] (dedicated desk, 2nd floor). email [[EM:e]], cell [[PH:p]]",
        n=m.full,
        co=co,
        e=memail,
        p=m.phone(r.choice(["us_dash", "nat"])),
    )
    msg(
        s2,
        "on it. [[PE:f]] do they need a fob or just the app? door code for the bike room is still [[dc]]# btw",
        f=s1.first,
        dc=str(r.randint(1000, 9999)),
    )
    msg(
        s1,
        "app only. billing address on the contract is [[AD:a]], invoice to [[EM:ap]]",
        a=m.a.line,
        ap=f"ap@{dom}",
    )
    k = r.randrange(3)
    if k == 0:
        msg(
            s2,
            "hmm the access-control sync is failing again. pasting the key so you can test – [[AK:key]] (I'll rotate it after)",
            key=f"hc_live_{_alnum(r, 32)}",
        )
        msg(
            s1,
            "pls don't paste secrets in here 🙃 use 1Password. the publishable one ([[pk]]) is fine to share though",
            pk=f"pk_live_{_alnum(r, 24)}",
        )
    elif k == 1:
        msg(
            s2,
            "stripe webhook broke after the deploy (v[[v]]). Prod secret is [[AK:key]] if you want to replay the events",
            v=_version(r),
            key=_api_key(r, "stripe"),
        )
        msg(
            s1,
            "thx, replaying now. session id for the failed checkout was cs_live_[[h]]",
            h=_alnum(r, 24),
        )
    else:
        msg(
            s2,
            "member portal temp password for [[PE:f]] is [[PW:pw]] – tell them to change it on first login",
            f=m.first,
            pw=_password(r),
        )
        msg(
            s1,
            "sent via SMS 👍 (hash in the db now reads [[h]])",
            h=_bcrypt(r)[:29] + "…",
        )
    msg(
        s2,
        "also: [[PE:x]]'s dog [[pet]] is allowed on floor 2 only, per [[PE:y]]",
        x=_P(r, cc).first,
        pet=r.choice(["Waffles", "Pepper", "Moose", "Biscuit"]),
        y=s1.first,
    )
    return d


@_tpl("coworking", "en", "GB", ".env / config snippet with comments")
def _t20(r: random.Random) -> _Doc:
    cc = "gb"
    own = _P(r, cc)
    d = _Doc(cc)
    d.f(
        "# hivecraft-booking/.env.production  (last edited by [[PE:o]], [[dt]])\n# DO NOT COMMIT – copy to vault\n\n",
        o=own.initial() if r.random() < 0.5 else own.full,
        dt=_fdate(r, _day(r, -40, -1), cc, 0),
    )
    d.f(
        "APP_VERSION=[[v]]\nAPP_URL=https://book.hivecraft.co.uk\nNODE_ENV=production\n",
        v=_version(r),
    )
    d.f(
        "DATABASE_URL=postgres://hive_app:[[PW:pw]]@[[ip]]:5432/hivecraft\n",
        pw=_password(r),
        ip=f"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
    )
    d.f(
        "REDIS_URL=redis://[[ip]]:6379/2\n",
        ip=f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
    )
    d.f(
        "SMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\nSMTP_PASS=[[AK:k]]\n",
        k=_api_key(r, "sendgrid"),
    )
    d.f(
        "MAIL_FROM=[[EM:m]]\nADMIN_EMAIL=[[EM:a]]\n",
        m="bookings@hivecraft.co.uk",
        a=own.email,
    )
    d.f(
        "STRIPE_PUBLISHABLE_KEY=pk_live_[[p]]\nSTRIPE_SECRET_KEY=[[AK:s]]\n",
        p=_alnum(r, 24),
        s=_api_key(r, "stripe"),
    )
    d.f(
        "TWILIO_ACCOUNT_SID=AC[[sid]]\nTWILIO_AUTH_TOKEN=[[AK:tok]]\nTWILIO_FROM=[[PH:ph]]\n",
        sid=_hexs(r, 32),
        tok=_hexs(r, 32),
        ph=_phone(r, cc, "m", "e164"),
    )
    d.f('SUPPORT_PHONE="[[PH:sp]]"\n', sp=_phone(r, cc, "f", "nat", "20"))
    d.f(
        "SENTRY_DSN=https://[[h]]@o[[n]].ingest.sentry.io/[[n2]]\nSESSION_SECRET_ROTATED_AT=2026-11-0[[dd]]T00:00:00Z\n",
        h=_hexs(r, 32),
        n=str(r.randint(100000, 999999)),
        n2=str(r.randint(1000000, 9999999)),
        dd=str(r.randint(1, 9)),
    )
    d.f(
        "# door controller (Manchester site) – local only\nDOOR_CTRL_HOST=[[ip]]\nDOOR_CTRL_PIN=[[pin]]\n",
        ip=_private_ip(r),
        pin=_digits(r, 6),
    )
    d.f(
        "ADMIN_BOOTSTRAP_PASSWORD=[[PW:pw]]\nPASSWORD_HASH_SAMPLE='[[h]]'\n",
        pw=_password(r),
        h=_argon2(r),
    )
    return d


@_tpl("coworking", "en", "ZA", "nginx access log")
def _t21(r: random.Random) -> _Doc:
    cc = "za"
    d = _Doc(cc)
    t = _ts(r, 2)
    people = [_P(r, cc) for _ in range(3)]
    for _ in range(r.randint(6, 10)):
        t += timedelta(seconds=r.randint(0, 40))
        stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0200")
        k = r.randrange(6)
        ua = r.choice(_UA)
        if k == 0:
            d.f(
                '[[ip]] - - [[[s]]] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"\n',
                ip=f"10.42.{r.randint(0, 9)}.{r.randint(2, 250)}",
                s=stamp,
            )
        elif k == 1:
            p = r.choice(people)
            d.f(
                '[[IP:ip]] - - [[[s]]] "GET /members/lookup?email=[[EM:e]] HTTP/2.0" 200 [[b]] "https://hivecraft.co.za/admin" "[[ua]]"\n',
                ip=_pub_ip(r),
                s=stamp,
                e=p.email,
                b=str(r.randint(300, 4000)),
                ua=ua,
            )
        elif k == 2:
            d.f(
                '[[IP:ip]] - - [[[s]]] "POST /api/v1/bookings HTTP/2.0" 201 [[b]] "https://hivecraft.co.za/book/cape-town-bree-st" "[[ua]]"\n',
                ip=_pub_ip(r),
                s=stamp,
                b=str(r.randint(300, 2000)),
                ua=ua,
            )
        elif k == 3:
            p = r.choice(people)
            d.f(
                '[[IP:ip]] - - [[[s]]] "GET /invoice/[[inv]].pdf?name=[[PE:n]] HTTP/1.1" 200 [[b]] "-" "[[ua]]"\n',
                ip=_pub_ip(r),
                s=stamp,
                inv=f"INV-{r.randint(20260000, 20269999)}",
                n=f"{p.first}+{p.last}".replace(" ", "+"),
                b=str(r.randint(20000, 90000)),
                ua=ua,
            )
        elif k == 4:
            d.f(
                '[[ip]] - - [[[s]]] "GET /static/app.[[h]].js HTTP/1.1" 304 0 "-" "[[ua]]"\n',
                ip=f"192.168.{r.randint(0, 5)}.{r.randint(2, 250)}",
                s=stamp,
                h=_hexs(r, 8),
                ua=ua,
            )
        else:
            d.f(
                '[[IP:ip]] - - [[[s]]] "POST /login HTTP/2.0" 302 0 "https://hivecraft.co.za/login?next=%2Fdashboard" "[[ua]]"\n',
                ip=_pub_ip(r),
                s=stamp,
                ua=ua,
            )
    return d


@_tpl("coworking", "tr", "TR", "Microsoft Teams chat export")
def _t22(r: random.Random) -> _Doc:
    cc = "tr"
    a, b, m = _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 10)

    def msg(who_: _P, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 30))
        d.f("[[[ts]]] ", ts=t.strftime("%d.%m.%Y %H:%M")).v(who_.full, "PE").t("\n").f(
            body_ + "\n\n", **kw
        )

    d.t("Hivecraft Kadıköy – Üye Operasyonları (Teams)\n\n")
    msg(
        a,
        "[[PE:b]] selam, [[PE:m]] [[hb]] kartı yine reddedildi. Son 4 hane [[l4]], tutar [[amt]].",
        b=b.first,
        m=m.full,
        hb="Hanım'ın" if m.g == "f" else "Bey'in",
        l4=_digits(r, 4),
        amt=_money(r, cc, 1500, 9000),
    )
    msg(
        b,
        "Aradım, [[PH:p]] numarasından ulaştım. Havale ile ödeyecekmiş, IBAN'ımızı istedi. Kendisi de iade için kendi IBAN'ını yazdı: [[IB:ib]]",
        p=m.phone(r.choice(["nat", "natc", "intl"])),
        ib=_iban(r, "TR"),
    )
    msg(
        a,
        "Tamam. Fatura adresi değişmiş: [[AD:adr]]. E-posta: [[EM:e]]",
        adr=m.a.line,
        e=m.email,
    )
    if r.random() < 0.5:
        city, suf = r.choice(
            [
                ("İzmir", "'den"),
                ("Ankara", "'dan"),
                ("Bursa", "'dan"),
                ("Eskişehir", "'den"),
                ("Trabzon", "'dan"),
            ]
        )
        msg(
            b,
            "Not: [[PE:f]] [[LO:c]][[suf]] yeni taşınmış, doğum günü [[DOB:dob]] – üye hediyesi için takvime ekledim 🎂",
            f=m.first,
            c=city,
            suf=suf,
            dob=m.dobs(r.choice([0, 1])),
        )
    msg(
        a,
        "Süper. Toplantı odası rezervasyonu [[ref]] iptal, arka kapı kodu değişti: [[dc]]",
        ref=_order_ref(r, "RZ"),
        dc=str(r.randint(1000, 9999)),
    )
    return d


@_tpl("coworking", "lt", "LT", "membership invoice request e-mail")
def _t23(r: random.Random) -> _Doc:
    cc = "lt"
    m, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Nuo: [[PE:n]] <[[EM:e]]>\nKam: [[EM:sk]]\nTema: Sąskaita už [[men]] mėn. narystę\n\n",
        sk="saskaitos@hivecraft.lt",
        n=m.full,
        e=m.email,
        men=r.choice(["spalio", "lapkričio", "gruodžio"]),
    )
    d.t(r.choice(["Laba diena,\n\n", "Sveiki,\n\n"]))
    d.f(
        "prašau išrašyti sąskaitą fizinio asmens vardu už fiksuotą darbo vietą Hivecraft [[br]] padalinyje. Rekvizitai:\n\n",
        br=r.choice(["Vilniaus Užupio", "Kauno Laisvės", "Klaipėdos"]),
    )
    d.f(
        "Vardas, pavardė: [[PE:n]]\nAdresas: [[AD:a]]\nTel.: [[PH:p]]\nSąskaitos nr. (IBAN): [[IB:ib]]\n\n",
        n=m.full,
        a=m.a.line,
        p=m.phone(),
        ib=_iban(r, "LT"),
    )
    d.f(
        "Mokėjimo nurodymo nr. [[ref]], suma [[amt]]. Nuo sausio mano gyvenamoji vieta – [[LO:t]], todėl gal galėčiau pereiti į "
        "lankstų planą?\n\n",
        ref=_order_ref(r, "MN"),
        amt=_money(r, cc, 120, 480),
        t=r.choice(["Kaunas", "Klaipėda", "Vilnius", "Šiauliai"]),
    )
    d.f("Ačiū,\n[[PE:f]]\n\n", f=m.first)
    d.f(
        "-- \n[[PE:a]] | Hivecraft Lietuva | [[PH:t]] | Gedimino pr. 9, LT-01103 Vilnius (biuras)\n",
        a=ag.full,
        t=_phone(r, cc, "f", "intl", "5"),
    )
    return d


@_tpl("coworking", "en", "AU", "house-rules notice (no PII)")
def _t24(r: random.Random) -> _Doc:
    cc = "au"
    d = _Doc(cc)
    site = r.choice(["Fitzroy", "Surry Hills", "Fortitude Valley", "Fremantle"])
    d.f(
        "HIVECRAFT [[s]] – HOUSE RULES & NOTICES (updated [[dt]])\n\n",
        s=site.upper(),
        dt=_fdate(r, _day(r, -20, 0), cc, 0),
    )
    d.f(
        "1. Front door code changes on the 1st of each month. December code: [[c]]# (bike cage: [[c2]]).\n",
        c=str(r.randint(1000, 9999)),
        c2=str(r.randint(100, 999)),
    )
    d.f(
        '2. Guest Wi-Fi: SSID "Hivecraft-Guest", passcode is on the kitchen whiteboard. Printer lives at [[ip]] (model [[pm]], firmware [[v]]).\n',
        ip=f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)}",
        pm=r.choice(["MFC-L8900CDW", "C3530i", "M479fdw"]),
        v=_version(r),
    )
    d.f(
        '3. Meeting rooms "Banksia" and "Wattle" are bookable in the app (v[[v]]). No-shows over 15 min are released.\n',
        v=_version(r),
    )
    d.f(
        "4. Kitchen clean-up is Fridays at 4pm. Coffee from Harper & Lowe downstairs is [[amt]] with your member tag.\n",
        amt=_money(r, cc, 3, 5),
    )
    d.f(
        "5. Lockers: [[amt]]/month, invoiced with membership. Lost keys cost [[amt2]].\n",
        amt=_money(r, cc, 20, 40, False),
        amt2=_money(r, cc, 25, 60, False),
    )
    d.f(
        "6. The [[s]] site closes [[dt]] for floor sanding; use the [[s2]] space instead (GPS [[g]]).\n",
        s=site,
        dt=_fdate(r, _day(r, 5, 30), cc, 1),
        s2=r.choice(["Brunswick", "Collingwood", "Richmond"]),
        g=_gps(r, -37.80, 144.98),
    )
    d.t(
        "7. Dogs are welcome on level 1 – looking at you, Pickles and Mango.\n\nThanks for being great neighbours! – The Hivecraft team\n"
    )
    return d


# ---- food delivery platform ---------------------------------------------------------------------


@_tpl("food", "en", "US", "support live chat")
def _t25(r: random.Random) -> _Doc:
    cc = "us"
    c, ag, dr = _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    order = f"#{r.randint(100, 999)}-{_alnum(r, 4, _UPD)}"
    rest = r.choice(
        [
            "Tony's Pizzeria",
            "Mama Rosa's Kitchen",
            "Pho Saigon",
            "The Burger Barn",
            "Sakura Sushi",
            "Luigi & Sons Deli",
        ]
    )
    d.f("Forkly Support · Chat [[id]]\n", id=_uuid(r)[:13])
    d.f(
        "Forkly Assistant: Hi [[PE:f]]! Are you asking about order [[o]] from [[rest]]?\n",
        f=c.first,
        o=order,
        rest=rest,
    )
    d.f(
        "[[PE:f]]: yes. half the order is missing and the driver left it at the wrong building\n",
        f=c.first,
    )
    d.f(
        "Forkly Assistant: Sorry about that! Connecting you to an agent.\n[[PE:a]] (Forkly): Hi [[PE:f]], I'm [[PE:a2]]. "
        "Can you confirm the delivery address?\n",
        a=ag.first,
        f=c.first,
        a2=ag.first,
    )
    d.f(
        "[[PE:f]]: [[AD:a]]. the driver [[PE:dr]] dropped it at [[num]] instead\n",
        f=c.first,
        a=c.a.line if r.random() < 0.6 else c.a.street,
        dr=dr.first,
        num=str(r.randint(100, 9999)),
    )
    d.f(
        "[[PE:a]] (Forkly): Thanks. I've refunded [[amt]] to the card ending [[l4]] and added a [[cr]] credit. "
        "You'll get a receipt at [[EM:e]].\n",
        a=ag.first,
        amt=_money(r, cc, 8, 45),
        l4=_digits(r, 4),
        cr=_money(r, cc, 5, 10, False),
        e=c.email,
    )
    if r.random() < 0.5:
        d.f(
            "[[PE:f]]: ok. can you also change my number on the account to [[PH:p]]\n[[PE:a]] (Forkly): Done!\n",
            f=c.first,
            p=c.phone(),
            a=ag.first,
        )
    d.t("Forkly Assistant: Chat closed. Case ID " + _order_ref(r, "CS") + "\n")
    return d


@_tpl("food", "en", "IN", "SMS notification thread")
def _t26(r: random.Random) -> _Doc:
    cc = "in"
    c, rider = _P(r, cc), _P(r, cc, g="m")
    d = _Doc(cc)
    order = f"{r.randint(10**9, 10**10 - 1)}"[:4] + "-" + _alnum(r, 6, _UPD)
    rest = r.choice(
        [
            "Meghana Foods",
            "Bikanervala",
            "Saravana Bhavan",
            "Paradise Biryani",
            "Behrouz Biryani",
            "Haldiram's",
        ]
    )
    d.f("Messages · FORKLY (VM-FRKLYS)\n\n")
    t0 = datetime(2026, 11, r.randint(1, 25), r.randint(11, 21), r.randint(0, 59))

    def hm() -> str:
        nonlocal t0
        t0 += timedelta(minutes=r.randint(1, 18))
        return t0.strftime("%H:%M")

    d.f(
        "[[h]] Your Forkly OTP is [[otp]]. Do not share it with anyone. -Forkly\n",
        h=hm(),
        otp=_otp(r),
    )
    d.f(
        "[[h]] Order [[o]] from [[rest]] is confirmed! Paid [[amt]] via UPI. Track: frkly.in/t/[[x]]\n",
        h=hm(),
        o=order,
        rest=rest,
        amt=_money(r, cc, 180, 1400, False),
        x=_alnum(r, 7),
    )
    k = r.random()
    if k < 0.6:
        d.f(
            "[[h]] [[PE:rd]] is on the way with your order. Call your delivery partner at [[PH:p]] (masked: [[m]]).\n",
            h=hm(),
            rd=rider.first if r.random() < 0.5 else rider.full,
            p=rider.phone(r.choice(["in_sp", "natc", "intl"])),
            m=f"+91 8{r.randint(0, 9)}XXX XX{r.randint(100, 999)}",
        )
    else:
        d.f(
            "[[h]] Your delivery partner is on the way. Use the in-app call button (number masked +91 9XXXX X[[m]]).\n",
            h=hm(),
            m=_digits(r, 4),
        )
    d.f(
        "[[h]] Delivered to [[AD:a]]. Enjoy your meal, [[PE:f]]! Rate: frkly.in/r/[[x]]\n",
        h=hm(),
        a=c.a.line,
        f=c.first,
        x=_alnum(r, 6),
    )
    if r.random() < 0.5:
        d.f(
            "[[h]] Refund of [[amt]] for item missing in order [[o]] will reach your account in 5-7 days. Ref [[ref]]\n",
            h=hm(),
            amt=_money(r, cc, 40, 300, False),
            o=order,
            ref=_order_ref(r, "RF"),
        )
    return d


@_tpl("food", "en", "NG", "support ticket with agent notes")
def _t27(r: random.Random) -> _Doc:
    cc = "ng"
    c, ag, rider = _P(r, cc), _P(r, cc), _P(r, cc, g="m")
    d = _Doc(cc)
    tk = f"FK-NG-{r.randint(100000, 999999)}"
    d.f(
        "[[tk]] | Status: Pending | Category: Late delivery / Wrong item\nCustomer: [[PE:n]] ([[PH:p]])\nEmail: [[EM:e]]\n\n",
        tk=tk,
        n=c.full,
        p=c.phone(),
        e=c.email,
    )
    paid = _money(r, cc, 4500, 18000, False)
    d.f(
        "Customer wrote:\nGood evening. I ordered jollof rice and asun from [[rest]] at [[h]] and it arrived after 2 hours, cold. The rider "
        "[[PE:rd]] was rude and said he could not find [[AD:a]] even though I shared my location. I paid [[amt]] with my card [[mc]]. "
        "I want a full refund.\n\n",
        rest=r.choice(["Mama Cass", "Chicken Republic", "The Place", "Kilimanjaro"]),
        h=_hm(r),
        rd=rider.first,
        a=c.a.line,
        amt=paid,
        mc=_masked_card(r),
    )
    d.f(
        "Agent note ([[PE:a]]): Called rider on [[PH:rp]] – says customer was not picking calls. GPS trace shows rider at [[g]] for 25 mins. "
        "Approved refund of [[amt]] as Forkly credit; escalated to the [[hub]] hub ops lead.\n",
        a=ag.full,
        rp=rider.phone(),
        g=_gps(r, 6.44, 3.47),
        amt=paid,
        hub=r.choice(["Ikeja", "Lekki", "Yaba", "Wuse"]),
    )
    if r.random() < 0.5:
        d.f(
            "Customer reply: Thank you. Please note my new number [[PH:p]], the old one was stolen.\n",
            p=_phone(r, cc, "m"),
        )
    return d


@_tpl("food", "ms", "MY", "WhatsApp chat (customer and restaurant)")
def _t28(r: random.Random) -> _Doc:
    cc = "ms"
    c = _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 7)
    rest = r.choice(
        [
            "Restoran Selera Kampung",
            "Nasi Kandar Pelita",
            "Kedai Makan Mak Teh",
            "Warung Pak Din",
        ]
    )

    def line(who_: _P | None, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 12))
        d.f(
            "[[ts]] - ",
            ts=t.strftime("%d/%m/%Y, %I:%M %p")
            .replace("AM", "PG")
            .replace("PM", "PTG"),
        )
        if who_ is None:
            d.t(rest)
        else:
            d.v(who_.first if r.random() < 0.5 else who_.full, "PE")
        d.f(": " + body_ + "\n", **kw)

    if c.full.count(" bin ") or c.full.count(" binti "):
        line(
            c,
            "Assalamualaikum, saya order melalui Forkly tadi, no. order [[o]]. Boleh tukar alamat hantar?",
            o=_order_ref(r, "FKM"),
        )
        line(None, "Waalaikumsalam. Boleh, bagi alamat baru ye")
    else:
        line(
            c,
            "Hi boss, saya order melalui Forkly tadi, no. order [[o]]. Boleh tukar alamat hantar?",
            o=_order_ref(r, "FKM"),
        )
        line(None, "Hi, boleh. Bagi alamat baru ye")
    line(
        c,
        "[[AD:a]]. Rider boleh call [[PH:p]] kalau tak jumpa",
        a=c.a.line,
        p=c.phone(r.choice(["nat", "natc"])),
    )
    line(
        None,
        "Ok noted. Nasi lemak ayam x2, teh tarik ais x2, jumlah [[amt]]. Rider [[PE:rd]] akan sampai dalam 20 minit",
        amt=_money(r, cc, 18, 60),
        rd=_P(r, cc, g="m").first,
    )
    if r.random() < 0.5:
        line(c, "Terima kasih! Resit boleh emel ke [[EM:e]]", e=c.email)
    else:
        line(
            c,
            "Terima kasih. Saya dari [[LO:t]], baru pindah sini, tak biasa jalan 😅",
            t=r.choice(["Ipoh", "Kuantan", "Kota Bharu", "Alor Setar", "Melaka"]),
        )
    line(
        None,
        "Sama-sama 🙏 Kod baucar Forkly untuk order seterusnya: [[v]]",
        v=_alnum(r, 8, _UPD),
    )
    return d


@_tpl("food", "vi", "VN", "in-app support chat")
def _t29(r: random.Random) -> _Doc:
    cc = "vi"
    c, ag, dr = _P(r, cc), _P(r, cc), _P(r, cc, g="m")
    d = _Doc(cc)
    order = f"FK{r.randint(10**8, 10**9 - 1)}"
    d.f("Forkly – Hỗ trợ khách hàng | Phiên [[id]]\n", id=_uuid(r)[:8])
    d.f(
        "Khách hàng: Chào shop, đơn [[o]] của mình giao sai món, mình đặt bún chả mà nhận được cơm tấm.\n",
        o=order,
    )
    d.f(
        "Nhân viên [[PE:a]]: Dạ em chào anh/chị ạ. Anh/chị cho em xin họ tên và số điện thoại đặt hàng để kiểm tra nhé.\n",
        a=ag.first,
    )
    d.f(
        "Khách hàng: [[PE:n]], số [[PH:p]]\n",
        n=c.full,
        p=c.phone(r.choice(["nat", "natc"])),
    )
    d.f(
        "Nhân viên [[PE:a]]: Em cảm ơn chị/anh [[PE:f]]. Tài xế [[PE:dr]] đã xác nhận giao nhầm. Em hoàn [[amt]] về ví Forkly, mã hoàn tiền [[ref]] ạ.\n",
        a=ag.first,
        f=c.first,
        dr=dr.full if r.random() < 0.5 else dr.first,
        amt=_money(r, cc, 35000, 250000, False),
        ref=_order_ref(r, "HT"),
    )
    if r.random() < 0.6:
        d.f(
            "Khách hàng: Ok. Lần sau giao giúp mình tới địa chỉ mới: [[AD:a]]\n",
            a=c.a.line,
        )
    else:
        d.f("Khách hàng: Ok, gửi hóa đơn qua email [[EM:e]] giúp mình nhé\n", e=c.email)
    d.f(
        "Nhân viên [[PE:a]]: Dạ vâng ạ. Chúc anh/chị ngon miệng! (Phiên bản ứng dụng [[v]])\n",
        a=ag.first,
        v=_version(r),
    )
    return d


@_tpl("food", "sr", "RS", "complaint e-mail (Serbian, Latin script)")
def _t30(r: random.Random) -> _Doc:
    cc = "sr"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    order = _order_ref(r, "FKS")
    d.f(
        "Od: [[PE:n]] <[[EM:e]]>\nZa: [[EM:pd]]\nTema: Reklamacija – porudžbina [[o]]\n\n",
        pd="podrska@forkly.rs",
        n=c.full,
        e=c.email,
        o=order,
    )
    d.t(r.choice(["Poštovani,\n\n", "Dobar dan,\n\n"]))
    x = "la" if c.g == "f" else "o"
    d.f(
        'juče ([[dt]]) sam naruči[[x]] večeru iz restorana "[[rest]]" na adresu [[AD:a]]. Dostavljač [[PE:dr]] je kasnio sat vremena, a '
        "pica je stigla hladna. Plati[[x]] sam karticom ([[mc]]) iznos od [[amt]].\n\n",
        dt=_fdate(r, _day(r, -2, -1), cc, 0),
        rest=r.choice(
            ["Kod Đoke", "Pizzeria Marko Polo", "Kafana Tri šešira", "Burger Bar Ana"]
        ),
        a=c.a.line,
        dr=_P(r, cc, g="m").first,
        mc=_masked_card(r),
        amt=_money(r, cc, 1200, 4800),
        x=x,
    )
    d.f(
        "Molim vas da mi vratite novac na račun [[IB:ib]] ili kao kredit u aplikaciji. Možete me dobiti na [[PH:p]].\n\n",
        ib=_iban(r, "RS"),
        p=c.phone(),
    )
    d.f("Srdačan pozdrav,\n[[PE:n]]\n", n=c.full)
    if r.random() < 0.6:
        d.f(
            "\n--- Odgovor ([[PE:a]], Forkly podrška) ---\nPoštovani/a [[PE:l]], povraćaj od [[amt]] je odobren (tiket [[tk]]).\n",
            a=ag.full,
            l=c.last,
            amt=_money(r, cc, 1200, 4800),
            tk=f"T-{r.randint(100000, 999999)}",
        )
    return d


# ---- physiotherapy clinic -----------------------------------------------------------------------


@_tpl("physio", "en", "GB", "appointment e-mail thread (patient reply on top)")
def _t31(r: random.Random) -> _Doc:
    cc = "gb"
    pt, ph = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    appt = _day(r, 2, 21)
    d.f(
        "From: [[PE:n]] <[[EM:e]]>\nSent: [[s]]\nTo: Kinetic Bay Physiotherapy <[[EM:ce]]>\nSubject: RE: Your appointment on [[ad]]\n\n",
        n=pt.full,
        e=pt.email,
        s=_ts(r, 5).strftime("%d %B %Y %H:%M"),
        ce="hello@kineticbayphysio.co.uk",
        ad=_fdate(r, appt, cc, 1),
    )
    d.f(
        "Hi,\n\nThanks – [[t]] works for me. For your form: my DOB is [[DOB:dob]] and I'm registered with the [[gp]] surgery. ",
        t=r.choice(["10.15", "2.40pm", "the 9am slot", "17:30"]),
        dob=pt.dobs(),
        gp=r.choice(["Beech Grove", "Park View", "Harcourt Road"]),
    )
    d.f(
        "My [[ins]] membership number is [[m]] and the pre-auth code is [[pa]].\n\n",
        ins=r.choice(["Bupa", "AXA Health", "Vitality"]),
        m=f"{_alnum(r, 2, _UP)}{r.randint(1000000, 9999999)}",
        pa=f"PA-{_alnum(r, 6, _UPD)}",
    )
    if r.random() < 0.5:
        d.f(
            "If you need to reach me on the day it's [[PH:p]] (work: [[PH:w]]).\n\n",
            p=pt.phone(r.choice(["nat", "natc"])),
            w=_phone(r, cc, "f", "nat"),
        )
    else:
        d.f("Best number is [[PH:p]].\n\n", p=pt.phone())
    d.f("Thanks,\n[[PE:f]]\n\n", f=pt.first)
    d.f(
        "-----Original Message-----\nFrom: [[PE:pn]] <[[EM:pe]]>\n",
        pn=ph.full,
        pe=f"{_slug(ph.first)}@kineticbayphysio.co.uk",
    )
    d.f(
        "Dear [[PE:f]],\n\nWe have you booked with [[PE:pf]] for an initial assessment (60 min, [[amt]]) on [[ad]]. "
        "Please arrive 10 minutes early. Parking is available behind the clinic at:\n\n",
        f=pt.first,
        pf=ph.first,
        amt=_money(r, cc, 55, 85, False),
        ad=_fdate(r, appt, cc, 1),
    )
    d.block(
        [
            f"Unit {r.randint(2, 9)}, Marina Court",
            f"{r.randint(10, 90)} Harbour Road",
            f"Brighton {_gb_pc(r, 'BN2')}",
        ],
        "AD",
    )
    d.f(
        "\n\nKind regards,\n[[PE:pn]] MCSP\nKinetic Bay Physiotherapy · [[PH:cp]]\n",
        pn=ph.full,
        cp=_phone(r, cc, "f", "nat", "1273"),
    )
    return d


@_tpl("physio", "en", "CA", "OCR'd new-patient intake form")
def _t32(r: random.Random) -> _Doc:
    cc = "ca"
    pt, em = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.t("NORTHSHORE MOTlON PHYSIO — NEW PATIENT INTAKE\n(scan p.1 of 2)\n\n")
    d.f(
        "Last Name: [[PE:l]]          First Name: [[PE:f]]\n",
        l=pt.last.upper() if r.random() < 0.5 else pt.last,
        f=pt.first,
    )
    d.f(
        "Date of Birth (YYYY-MM-DD): [[DOB:dob]]     Gender: [[g]]\n",
        dob=pt.dobs(0),
        g=r.choice(["F", "M", "X"])
        if r.random() < 0.2
        else ("F" if pt.g == "f" else "M"),
    )
    d.f("Address: [[AD:a]]\n", a=pt.a.line)
    d.f(
        "Home Ph: [[PH:h]]    Cell: [[PH:c]]\nEmai l: [[EM:e]]\n",
        h=_phone(r, cc, "f", "nat"),
        c=pt.phone(),
        e=pt.email,
    )
    d.f(
        "Emergency Contact: [[PE:en]]  Relationship: [[rel]]  Ph: [[PH:ep]]\n",
        en=em.full,
        rel=r.choice(["spouse", "sister", "son", "friend", "mother"]),
        ep=em.phone(),
    )
    d.f(
        "Referred by: Dr. [[PE:dr]]      Injury date: [[inj]]\n",
        dr=_P(r, cc).last,
        inj=_fdate(r, _day(r, -60, -3), cc, 0),
    )
    d.f(
        "Extended health: [[ins]]  Plan # [[pl]]  Cert # [[ce]]\n",
        ins=r.choice(["Sun Life", "Manulife", "Canada Life", "Blue Cross"]),
        pl=str(r.randint(10000, 99999)),
        ce=f"{_alnum(r, 1, _UP)}{r.randint(1000000, 9999999)}",
    )
    d.f(
        "Pain (0-10): [[p]]   Area: [[ar]]\nHow did you hear about us?  [x] Google  [ ] Friend  [ ] Dr\n",
        p=str(r.randint(2, 9)),
        ar=r.choice(["lower back", "R shoulder", "L knee", "neck"]),
    )
    d.f(
        "Signature: _____________   Date: [[dt]]\n", dt=_fdate(r, _day(r, -5, 0), cc, 0)
    )
    return d


def _spoken_card(num: str) -> str:
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4))


@_tpl("physio", "en", "US", "speech-to-text call transcript (lower case)")
def _t33(r: random.Random) -> _Doc:
    cc = "us"
    pt, rec = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "transcript · peak motion pt · front desk line · [[dt]]\n\n",
        dt=_ts(r, 10).strftime("%Y-%m-%d %H:%M"),
    )
    d.f(
        "receptionist: peak motion physical therapy this is [[PE:a]] speaking\n",
        a=rec.first.lower(),
    )
    d.f(
        "patient: hi this is [[PE:n]] i need to reschedule my knee appointment from thursday\n",
        n=pt.full.lower(),
    )
    d.t("receptionist: sure can i get your date of birth\n")
    d.f("patient: [[DOB:dob]]\n", dob=_spoken_dob(r, pt.dob))
    d.f(
        "receptionist: thanks [[PE:f]] i have tuesday at [[t]] with [[PE:th]] does that work\n",
        f=pt.first.lower(),
        t=r.choice(["ten thirty", "two fifteen", "four", "eight forty five"]),
        th=_P(r, cc).first.lower(),
    )
    d.t("patient: yes perfect and can i pay the copay now\n")
    card = _card(r, r.choice(["visa", "mc", "disc"]))
    if r.random() < 0.6:
        d.f(
            "receptionist: of course go ahead with the card number\npatient: it's [[CC:c]] expiration [[ex]] and the code on the back is [[cv]]\n",
            c=_spoken_card(card),
            ex=_expiry(r).replace("/", " "),
            cv=" ".join(_digits(r, 3)),
        )
        d.f(
            "receptionist: ok that went through forty dollars receipt goes to [[EM:e]] right\n",
            e=pt.email,
        )
    else:
        d.f(
            "receptionist: i can send a text to pay link to the number ending [[l4]]\npatient: actually use my new cell [[PH:p]]\n",
            l4=" ".join(_digits(r, 4)),
            p=pt.phone(r.choice(["us_dash", "natc"])),
        )
    d.t("receptionist: you're all set see you tuesday\n")
    return d


@_tpl("physio", "sq", "AL", "SMS reminder thread (Albanian)")
def _t34(r: random.Random) -> _Doc:
    cc = "sq"
    pt, ft = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    appt = _day(r, 1, 14)
    t0 = _ts(r, 6)

    def ts() -> str:
        nonlocal t0
        t0 += timedelta(minutes=r.randint(3, 400))
        return t0.strftime("%d.%m %H:%M")

    d.f(
        "Biseda SMS – Fizioterapi Lëvizja ([[PH:cl]])\n\n",
        cl=_phone(r, cc, "f", "nat", "4"),
    )
    d.f(
        "[[ts]] DALËSE: Përshëndetje [[PE:f]], ju kujtojmë seancën me fizioterapistin [[PE:ft]] më [[dt]] ora [[h]]. Për anulim shkruani JO.\n",
        ts=ts(),
        f=pt.first,
        ft=ft.full,
        dt=_fdate(r, appt, cc, 0),
        h=_hm(r),
    )
    d.f(
        "[[ts]] HYRËSE ([[PH:p]]): Mirëdita, po vij. A mund të sjell edhe nënën time, [[PE:m]]? Ka dhimbje në gju, e lindur më [[DOB:dob]].\n",
        ts=ts(),
        p=pt.phone(r.choice(["nat", "natc"])),
        m=_P(r, cc, g="f", age=(60, 88)).full,
        dob=_fdate(r, _dob(r, 1938, 1965), cc),
    )
    d.f(
        "[[ts]] DALËSE: Sigurisht. Ju lutem dërgoni emrin e plotë dhe adresën për kartelën: [[ref]]\n",
        ts=ts(),
        ref=f"KRT-{r.randint(10000, 99999)}",
    )
    d.f(
        "[[ts]] HYRËSE ([[PH:p]]): [[PE:n]], [[AD:a]]. Email: [[EM:e]]\n",
        ts=ts(),
        p=pt.phone("natc"),
        n=pt.full,
        a=pt.a.line,
        e=pt.email,
    )
    d.f(
        "[[ts]] DALËSE: Faleminderit! Pagesa [[amt]] në recepsion ose me kartë. Kodi i konfirmimit: [[c]]\n",
        ts=ts(),
        amt=_money(r, cc, 1500, 4500, False),
        c=_otp(r),
    )
    return d


_IS_DAT = {
    "Reykjavík": ("í", "Reykjavík"),
    "Kópavogur": ("í", "Kópavogi"),
    "Garðabær": ("í", "Garðabæ"),
    "Hafnarfjörður": ("í", "Hafnarfirði"),
    "Mosfellsbær": ("í", "Mosfellsbæ"),
    "Akureyri": ("á", "Akureyri"),
    "Selfoss": ("á", "Selfossi"),
    "Ísafjörður": ("á", "Ísafirði"),
    "Reykjanesbær": ("í", "Reykjanesbæ"),
    "Egilsstaðir": ("á", "Egilsstöðum"),
    "Borgarnes": ("í", "Borgarnesi"),
    "Akranes": ("á", "Akranesi"),
    "Húsavík": ("á", "Húsavík"),
}


@_tpl("physio", "is", "IS", "referral e-mail (Icelandic)")
def _t35(r: random.Random) -> _Doc:
    cc = "is"
    pt, dr = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Frá: [[PE:dr]] <[[EM:de]]>\nTil: [[EM:to]]\nEfni: Tilvísun – [[PE:pt]]\n\n",
        dr=dr.full,
        de=f"{_slug(dr.first)}.{_slug(dr.last[:4])}@heilsugaeslan.is",
        to="mottaka@hreyfingsjukra.is",
        pt=pt.full,
    )
    d.f(
        "Góðan dag,\n\nég vísa hér með [[PE:pt]] (fædd[[x]] [[DOB:dob]]) til ykkar í sjúkraþjálfun vegna [[dx]]. ",
        pt=pt.full,
        x="" if pt.g == "f" else "ur",
        dob=pt.dobs(),
        dx=r.choice(["verkja í mjóbaki", "axlarmeiðsla", "hnéaðgerðar"]),
    )
    prep, dat = _IS_DAT[pt.town]
    d.f(
        "Sjúklingurinn býr [[pr]] [[LO:t]] og vill helst komast að á stöðinni ykkar í [[st]].\n\n",
        pr=prep,
        t=dat,
        st=r.choice(["Skeifunni", "Kringlunni", "Hamraborg"]),
    )
    d.f(
        "Símanúmer: [[PH:p]]\nNetfang: [[EM:e]]\nHeimilisfang: [[AD:a]]\n\n",
        p=pt.phone(),
        e=pt.email,
        a=pt.a.line,
    )
    d.f(
        "Beiðni nr. [[n]], gildir í 6 mánuði. Sjúkratryggingar greiða hluta af kostnaði ([[amt]] á skipti eftir niðurgreiðslu).\n\n",
        n=f"{r.randint(100000, 999999)}",
        amt=_money(r, cc, 1800, 5200, False),
    )
    d.f(
        "Kveðja,\n[[PE:dr]], heimilislæknir\nHeilsugæslan [[hg]] · sími [[PH:hp]]\n",
        dr=dr.full,
        hg=r.choice(["Miðbæ", "Hlíðum", "Sólvangi"]),
        hp=_phone(r, cc, "f", "nat"),
    )
    return d


@_tpl("physio", "en", "AU", "clinic newsletter / exercise sheet (no PII)")
def _t36(r: random.Random) -> _Doc:
    cc = "au"
    d = _Doc(cc)
    d.f(
        "COASTLINE PHYSIO – [[m]] NEWSLETTER\n\n",
        m=_MONTHS["en"][r.randint(0, 11)].upper(),
    )
    d.f(
        "Clinic news: our [[a]] clinic moves to the new health precinct on [[dt]]. The [[b]] and [[c]] clinics are unchanged.\n\n",
        a=r.choice(["Cronulla", "Manly", "Glenelg"]),
        dt=_fdate(r, _day(r, 10, 60), cc, 1),
        b=r.choice(["Bondi", "Coogee"]),
        c=r.choice(["Maroubra", "Newtown"]),
    )
    d.t("Home programme – knee (week 3):\n")
    for i, ex in enumerate(
        r.sample(
            [
                "Quad sets",
                "Straight-leg raise",
                "Mini squats",
                "Step-ups",
                "Calf raises",
                "Bridges",
                "Clamshells",
            ],
            4,
        ),
        1,
    ):
        d.f(
            "  [[i]]. [[e]] – [[s]] x [[n]], [[t]]x daily\n",
            i=str(i),
            e=ex,
            s=str(r.randint(2, 4)),
            n=str(r.randint(8, 15)),
            t=str(r.randint(1, 3)),
        )
    d.f(
        "\nReformer Pilates classes: [[p]] per class or [[p10]] for a 10-pack. Theraband packs [[tb]] at reception.\n",
        p=_money(r, cc, 28, 40, False),
        p10=_money(r, cc, 250, 340, False),
        tb=_money(r, cc, 12, 25, False),
    )
    d.f(
        "Health fund rebates: HICAPS on the spot. Our booking app was updated to v[[v]] – please update if you see error code [[ec]].\n",
        v=_version(r),
        ec=f"E{r.randint(100, 999)}",
    )
    d.f(
        "Closed [[x]] for the public holiday. Have a great month!\n",
        x=_fdate(r, _day(r, 5, 40), cc, 1),
    )
    return d


# ---- car leasing company ------------------------------------------------------------------------


def _vin(r: random.Random) -> str:
    return _alnum(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


@_tpl("leasing", "en", "US", "credit application form dump (key: value)")
def _t37(r: random.Random) -> _Doc:
    cc = "us"
    a, co = _P(r, cc, age=(22, 70)), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "DRIVELANE LEASING – CREDIT APPLICATION #[[n]]\nsubmitted_at: [[t]]\nchannel: dealer portal (v[[v]])\n\n",
        n=str(r.randint(100000, 999999)),
        t=_ts(r, 5).isoformat(timespec="seconds"),
        v=_version(r),
    )
    d.f(
        "Applicant Name: [[PE:n]]\nDate of Birth: [[DOB:dob]]\nSSN: [[SSN:s]]\n",
        n=a.last_first() if r.random() < 0.4 else a.full,
        dob=a.dobs(),
        s=_ssn(r),
    )
    d.f(
        "Home Address: [[AD:ad]]\nYears at Address: [[y]]\n",
        ad=a.a.line,
        y=str(r.randint(0, 15)),
    )
    if r.random() < 0.5:
        d.f("Previous Address: [[AD:pa]]\n", pa=_P(r, cc).a.line)
    d.f("Mobile: [[PH:m]]\nEmail: [[EM:e]]\n", m=a.phone(), e=a.email)
    d.f(
        "Employer: [[emp]]\nEmployer Phone: [[PH:ep]]\nGross Monthly Income: [[inc]]\n",
        emp=r.choice(
            [
                "Baker Hughes",
                "Kroger",
                "Mayo Clinic",
                "Self-employed",
                "Johnson Controls",
                "State of Ohio",
            ]
        ),
        ep=_phone(r, cc, "f"),
        inc=_money(r, cc, 3500, 14000, False),
    )
    d.f(
        "Bank Routing No.: [[rt]]\nChecking Account No.: [[BA:ac]]\n",
        rt=_routing(r),
        ac=_us_account(r),
    )
    d.f(
        "Vehicle: [[veh]]  VIN [[vin]]\nTerm: [[t]] mo · Monthly: [[mp]] · Due at signing: [[ds]]\n",
        veh=r.choice(
            [
                "2026 Honda CR-V EX",
                "2027 Toyota RAV4 XLE",
                "2026 Ford Maverick Lariat",
                "2026 Hyundai Ioniq 5 SE",
            ]
        ),
        vin=_vin(r),
        t=r.choice(["24", "36", "39"]),
        mp=_money(r, cc, 289, 689),
        ds=_money(r, cc, 1500, 4500, False),
    )
    if r.random() < 0.5:
        d.f(
            "Co-Applicant: [[PE:c]]  DOB [[DOB:cd]]  SSN [[SSN:cs]]\n",
            c=co.full,
            cd=co.dobs(),
            cs=_ssn(r),
        )
    else:
        d.f(
            "Co-Applicant: none\nITIN (if no SSN): [[i]]\n",
            i=r.choice(["", _itin(r)]) or "n/a",
        )
    d.f("Consent IP: [[IP:ip]]\nApp ID: [[u]]\n", ip=_pub_ip(r), u=_uuid(r))
    return d


@_tpl("leasing", "en", "GB", "forwarded e-mail chain")
def _t38(r: random.Random) -> _Doc:
    cc = "gb"
    c, sales, fin = _P(r, cc), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    reg = f"{_alnum(r, 2, _UP)}{r.randint(21, 26)} {_alnum(r, 3, _UP)}"
    d.f(
        "From: [[PE:s]] <[[EM:se]]>\nTo: [[EM:fi]]\nSubject: Fwd: Direct debit details – [[reg]]\n\n",
        fi="finance@drivelane.co.uk",
        s=sales.full,
        se=f"{_slug(sales.first[0])}.{_slug(sales.last)}@drivelane.co.uk",
        reg=reg,
    )
    d.f(
        "Hi [[PE:f]], can you set this up please? Customer collected the car from our [[br]] showroom today.\n\n",
        f=fin.first,
        br=r.choice(["Leeds", "Bristol", "Nottingham", "Reading"]),
    )
    d.f(
        "[[PE:s]]\n\n---------- Forwarded message ---------\nFrom: [[PE:n]] <[[EM:e]]>\nDate: [[dt]]\nSubject: Direct debit details – [[reg]]\n\n",
        s=sales.first,
        n=c.full,
        e=c.email,
        dt=_ts(r, 5).strftime("%a, %d %b %Y at %H:%M"),
        reg=reg,
    )
    d.f(
        "Hi [[PE:s]],\n\nAs discussed, please take the monthly rental ([[amt]]) from my account [[IB:ib]]. ",
        s=sales.first,
        amt=_money(r, cc, 219, 649),
        ib=_iban(r, "GB"),
    )
    d.f(
        "The correspondence address should be:\n\n",
    )
    d.block(c.a.lines, "AD")
    d.f(
        "\n\nMy date of birth is [[DOB:dob]] if you need it for the credit search, and my mobile is [[PH:p]].\n",
        dob=c.dobs(),
        p=c.phone(),
    )
    d.f(
        "VIN on the paperwork reads [[vin]] – please check it matches the V5C.\n\nThanks,\n[[PE:f]]\n",
        vin=_vin(r),
        f=c.first,
    )
    return d


@_tpl("leasing", "en", "IE", "call notes")
def _t39(r: random.Random) -> _Doc:
    cc = "ie"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    reg = f"{r.randint(191, 252)}-{r.choice(['D', 'C', 'G', 'L', 'KY', 'WX'])}-{r.randint(100, 99999)}"
    d.f(
        "CALL NOTES – Drivelane Ireland – [[dt]] – agent [[PE:a]]\n",
        dt=_ts(r, 5).strftime("%d/%m/%Y %H:%M"),
        a=ag.initial(),
    )
    d.f(
        "Caller: [[PE:n]], lessee on agreement DL-IE-[[n2]] (vehicle [[reg]])\n",
        n=c.full,
        n2=str(r.randint(10000, 99999)),
        reg=reg,
    )
    d.f("ID&V passed: DOB [[DOB:dob]] + first line of address\n", dob=c.dobs(0))
    d.f("- End-of-lease inspection booked at customer's home: [[AD:a]]\n", a=c.a.line)
    d.f(
        "- Cust disputes scratch on rear bumper; photos to be sent to [[EM:e]] by inspector\n",
        e=c.email,
    )
    d.f(
        "- Wants refund of overpaid [[amt]] to [[IB:ib]] (different from DD account)\n",
        amt=_money(r, cc, 60, 480),
        ib=_iban(r, "IE"),
    )
    d.f(
        "- Best contact [[PH:p]] after 5pm; [[rel]] [[PE:s]] can also take calls on [[PH:p2]]\n",
        p=c.phone(),
        rel="partner",
        s=_P(r, cc).first,
        p2=_phone(r, cc, "m"),
    )
    d.f(
        "- Moving to [[LO:t]] in the new year – will update address then\nFollow-up task #[[tk]] assigned to Cork depot.\n",
        t=r.choice(["Galway", "Cork", "Limerick", "Kilkenny", "Sligo", "Boston"]),
        tk=str(r.randint(100000, 999999)),
    )
    return d


@_tpl("leasing", "tr", "TR", "lease application form (key: value)")
def _t40(r: random.Random) -> _Doc:
    cc = "tr"
    a = _P(r, cc)
    d = _Doc(cc)
    plate = f"{r.choice(['34', '06', '35', '16', '07'])} {_alnum(r, r.choice([2, 3]), 'ABCDEFGHJKLMNPRSTUVYZ')} {r.randint(100, 9999)}"
    d.f(
        "DRIVELANE FİLO KİRALAMA – BİREYSEL KİRALAMA BAŞVURU FORMU\nBaşvuru No: [[n]]   Tarih: [[dt]]\n\n",
        n=f"DL-TR-{r.randint(100000, 999999)}",
        dt=_fdate(r, _day(r, -10, 0), cc, 0),
    )
    d.f(
        "Ad Soyad: [[PE:n]]\nDoğum Tarihi: [[DOB:dob]]\nDoğum Yeri: [[LO:pb]]\n",
        n=a.full,
        dob=a.dobs(),
        pb=r.choice(["Trabzon", "Konya", "Erzurum", "Samsun", "Bursa", "Berlin"]),
    )
    d.f(
        "Cep Telefonu: [[PH:p]]\nE-posta: [[EM:e]]\nİkamet Adresi: [[AD:ad]]\n",
        p=a.phone(),
        e=a.email,
        ad=a.a.line,
    )
    d.f(
        "Meslek / İşyeri: [[job]]\nAylık Net Gelir: [[inc]]\n",
        job=r.choice(
            [
                "Mühendis / Arçelik A.Ş.",
                "Öğretmen / MEB",
                "Serbest meslek",
                "Doktor / Acıbadem",
            ]
        ),
        inc=_money(r, cc, 35000, 140000, False),
    )
    d.f(
        "Ödeme Hesabı (IBAN): [[IB:ib]]\nVergi Dairesi: [[vd]]\n",
        ib=_iban(r, "TR"),
        vd=r.choice(["Kadıköy", "Çankaya", "Beşiktaş", "Karşıyaka"]),
    )
    d.f(
        "Araç: [[car]]   Plaka: [[pl]]   Şasi No: [[vin]]\nKira Süresi: [[t]] ay   Aylık Kira: [[m]]\n",
        car=r.choice(
            [
                "Renault Clio 1.0 TCe",
                "Fiat Egea 1.4",
                "Toyota Corolla Hybrid",
                "Togg T10X V2",
            ]
        ),
        pl=plate,
        vin=_vin(r),
        t=r.choice(["12", "24", "36"]),
        m=_money(r, cc, 18000, 52000, False),
    )
    if r.random() < 0.5:
        d.f(
            "Referans Kişi: [[PE:rf]] – [[PH:rp]]\n",
            rf=_P(r, cc).full,
            rp=_phone(r, cc, "m"),
        )
    d.f("KVKK Onayı: Evet   IP: [[IP:ip]]\n", ip=_pub_ip(r))
    return d


@_tpl("leasing", "ro", "RO", "WhatsApp chat (client and account manager)")
def _t41(r: random.Random) -> _Doc:
    cc = "ro"
    c, am = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 6)

    def line(who_: _P, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 50))
        d.f("[[[ts]]] ", ts=t.strftime("%d.%m.%Y, %H:%M:%S")).v(
            who_.full if who_ is c else f"{am.first}", "PE"
        )
        if who_ is am:
            d.t(" Drivelane")
        d.f(": " + body_ + "\n", **kw)

    line(
        am,
        "Bună ziua, [[PE:f]]! Contractul de leasing pentru [[car]] e gata. Mai am nevoie de o copie după buletin și de IBAN-ul pentru debitare.",
        f=c.first,
        car=r.choice(["Dacia Jogger", "Skoda Octavia", "VW Tiguan", "Dacia Spring"]),
    )
    line(
        c,
        "Bună! IBAN: [[IB:ib]] (contul curent). Buletinul vi-l trimit pe email de pe [[EM:e]]",
        ib=_iban(r, "RO"),
        e=c.email,
    )
    line(am, "Perfect. Confirmați și adresa de domiciliu pentru livrarea mașinii?")
    line(
        c,
        "[[AD:a]]. Dacă nu răspund, sunați-l pe fratele meu, [[PE:b]], la [[PH:p]]",
        a=c.a.line,
        b=_P(r, cc, g="m").full,
        p=_phone(r, cc, "m"),
    )
    if r.random() < 0.5:
        line(am, "Am notat. Pentru asigurarea CASCO îmi trebuie și data nașterii.")
        line(
            c,
            "[[DOB:dob]], născut[[x]] în [[LO:pb]]",
            dob=c.dobs(),
            x="ă" if c.g == "f" else "",
            pb=r.choice(["Sibiu", "Iași", "Craiova", "Chișinău", "Suceava"]),
        )
    line(
        am,
        "Mulțumesc! Avansul de [[amt]] se plătește până pe [[dt]], referință [[ref]].",
        amt=_money(r, cc, 3000, 15000),
        dt=_fdate(r, _day(r, 3, 14), cc, 0),
        ref=_order_ref(r, "DLR"),
    )
    return d


@_tpl("leasing", "af", "ZA", "CRM notes (Afrikaans)")
def _t42(r: random.Random) -> _Doc:
    cc = "af"
    c = _P(r, cc)
    agents = [_P(r, cc) for _ in range(2)]
    d = _Doc(cc)
    reg = f"C{r.choice('AJYLFW')} {r.randint(100, 999)}-{r.randint(100, 999)}"
    d.f(
        "Drivelane Huurmotors · Kliënt: [[PE:n]] · Kontrak DLZ-[[k]]\nVoertuig: [[car]], registrasie [[reg]]\n\n",
        n=c.full,
        k=str(r.randint(10000, 99999)),
        car=r.choice(
            ["Toyota Hilux 2.4 GD-6", "VW Polo Vivo", "Ford Ranger XLT", "Suzuki Swift"]
        ),
        reg=reg,
    )
    t = _ts(r, 30)
    notes = [
        (
            "Kliënt skakel oor die eindlaai van die kontrak. Geverifieer: geboortedatum [[DOB:dob]], sel [[PH:p]].",
            {"dob": c.dobs(), "p": c.phone()},
        ),
        (
            "Nuwe posadres ontvang: [[AD:a]]. E-pos bevestiging gestuur na [[EM:e]].",
            {"a": c.a.line, "e": c.email},
        ),
        (
            "Debietorder-datum verskuif na die 25ste. Paaiement [[amt]], rekening by [[b]] (laaste 4: [[l4]]).",
            {
                "amt": _money(r, cc, 4500, 12500),
                "b": r.choice(["Capitec", "ABSA", "FNB", "Nedbank"]),
                "l4": _digits(r, 4),
            },
        ),
        (
            "Kliënt verhuis volgende maand na [[LO:t]] vir werk; voertuig se diens by [[br]]-tak bespreek vir [[dt]].",
            {
                "t": r.choice(
                    ["Kaapstad", "Pretoria", "George", "Windhoek", "Bloemfontein"]
                ),
                "br": r.choice(["Bellville", "Paarl", "Tygervallei"]),
                "dt": _fdate(r, _day(r, 5, 30), cc, 1),
            },
        ),
        (
            "Eggenoot [[PE:s]] het gebel namens kliënt – kan nie inligting deel nie; gevra dat [[PE:f]] self skakel by [[PH:o]].",
            {
                "s": _P(r, cc, g="f" if c.g == "m" else "m").first,
                "f": c.first,
                "o": _phone(r, cc, "f", "nat"),
            },
        ),
    ]
    for body, kw in r.sample(notes, r.randint(3, 5)):
        t += timedelta(days=r.randint(0, 4), minutes=r.randint(5, 500))
        ag = r.choice(agents)
        d.f("[[ts]] · [[PE:ag]]: ", ts=t.strftime("%Y-%m-%d %H:%M"), ag=ag.full).f(
            body + "\n", **kw
        )
    return d


# ---- credit union -------------------------------------------------------------------------------


@_tpl("credit_union", "en", "US", "secure-message thread")
def _t43(r: random.Random) -> _Doc:
    cc = "us"
    m, st = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 8)
    d.f(
        "Riverbend Community Credit Union · Secure Messages · Member #[[mn]]\n\n",
        mn=str(r.randint(100000, 999999)),
    )
    d.f("[[ts]] – [[PE:n]] wrote:\n", ts=t.strftime("%m/%d/%Y %I:%M %p"), n=m.full)
    k = r.randrange(3)
    if k == 0:
        d.f(
            "My debit card was stolen at the [[LO:c]] airport yesterday. The number is [[CC:cn]]. Please block it and send a new one to "
            "[[AD:a]], not my old address.\n\n",
            c=r.choice(["Denver", "Chicago", "Atlanta", "Phoenix"]),
            cn=_card_fmt(r, _card(r, "visa")),
            a=m.a.line,
        )
    elif k == 1:
        d.f(
            "I need to set up direct deposit with my new employer. Can you confirm my checking account number is [[BA:a]] "
            "and the routing number is [[rt]]? Also my phone number changed to [[PH:p]].\n\n",
            a=_us_account(r),
            rt=_routing(r),
            p=m.phone(),
        )
    else:
        d.f(
            "Please add my daughter [[PE:k]] as joint owner on savings. Her SSN is [[SSN:s]] and DOB [[DOB:dob]]. She lives with me at "
            "[[AD:a]].\n\n",
            k=_P(r, cc, g="f").first + " " + m.last,
            s=_ssn(r),
            dob=_fdate(r, _dob(r, 1998, 2007), cc),
            a=m.a.line,
        )
    t += timedelta(hours=r.randint(1, 20))
    d.f(
        "[[ts]] – [[PE:s]] (Member Services) wrote:\n",
        ts=t.strftime("%m/%d/%Y %I:%M %p"),
        s=st.full,
    )
    d.f(
        "Hi [[PE:f]], thanks for reaching out. For your security please don't include full card, account or Social Security numbers in "
        "messages – I've noted the request against the account ending [[l4]]. ",
        f=m.first,
        l4=_digits(r, 4),
    )
    d.f(
        "We'll mail anything new to the address on file; if you'd like to confirm by phone, our branch in [[br]] is at [[PH:bp]] "
        "(Mon–Sat). Reference: [[ref]].\n",
        br=r.choice(["Cedar Falls", "Waterloo", "Ames"]),
        bp=_phone(r, cc, "f", "nat"),
        ref=_order_ref(r, "SM"),
    )
    return d


@_tpl("credit_union", "en", "US", "JSON-lines application log")
def _t44(r: random.Random) -> _Doc:
    cc = "us"
    d = _Doc(cc)
    t = _ts(r, 2)
    m = _P(r, cc)
    mid = f"M{r.randint(1000000, 9999999)}"
    kinds = r.sample(range(6), 6)[: r.randint(4, 6)]
    for k in kinds:
        t += timedelta(seconds=r.randint(1, 60), milliseconds=r.randint(0, 999))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        if k == 0:
            d.f(
                '{"ts":"[[ts]]","level":"info","svc":"los-api","event":"member.lookup","member_id":"[[mid]]","name":"[[PE:n]]",'
                '"dob":"[[DOB:dob]]","ssn_last4":"[[l4]]","trace":"[[tr]]"}\n',
                ts=ts,
                mid=mid,
                n=m.full,
                dob=m.dob.isoformat(),
                l4=_digits(r, 4),
                tr=_hexs(r, 32),
            )
        elif k == 1:
            d.f(
                '{"ts":"[[ts]]","level":"info","svc":"los-api","event":"ach.link","member_id":"[[mid]]","routing":"[[rt]]",'
                '"account":"[[BA:ac]]","client_ip":"[[IP:ip]]"}\n',
                ts=ts,
                mid=mid,
                rt=_routing(r),
                ac=_us_account(r),
                ip=_pub_ip(r),
            )
        elif k == 2:
            d.f(
                '{"ts":"[[ts]]","level":"error","svc":"kyc-adapter","event":"vendor.timeout","request":{"ssn":"[[SSN:s]]",'
                '"email":"[[EM:e]]","phone":"[[PH:p]]"},"vendor_key":"[[AK:k]]","retry":[[n]]}\n',
                ts=ts,
                s=_ssn(r),
                e=m.email,
                p=m.phone("e164"),
                k=_api_key(r, r.choice(["hex", "openai"])),
                n=str(r.randint(1, 3)),
            )
        elif k == 3:
            d.f(
                '{"ts":"[[ts]]","level":"debug","svc":"los-api","event":"http","method":"POST","path":"/v2/loans/[[u]]/decision",'
                '"status":200,"ms":[[ms]],"upstream":"[[ip]]"}\n',
                ts=ts,
                u=_uuid(r),
                ms=str(r.randint(20, 900)),
                ip=_private_ip(r),
            )
        elif k == 4:
            d.f(
                '{"ts":"[[ts]]","level":"info","svc":"auth","event":"login","user":"[[EM:e]]","ip":"[[IP:ip]]","mfa":"sms",'
                '"otp_sent_to":"***-***-[[l4]]","session":"[[h]]"}\n',
                ts=ts,
                e=m.email,
                ip=_pub_ip(r),
                l4=_digits(r, 4),
                h=_hexs(r, 40),
            )
        else:
            d.f(
                '{"ts":"[[ts]]","level":"warn","svc":"card-svc","event":"card.replace","member_id":"[[mid]]","pan_masked":"[[pm]]",'
                '"ship_to":"[[AD:a]]"}\n',
                ts=ts,
                mid=mid,
                pm=f"{_digits(r, 6)}******{_digits(r, 4)}",
                a=m.a.line,
            )
    return d


@_tpl("credit_union", "en", "PH", "loan enquiry e-mail")
def _t45(r: random.Random) -> _Doc:
    cc = "ph"
    m, off = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "From: [[PE:n]] <[[EM:e]]>\nTo: [[EM:lo]]\nSubject: Salary loan application – member no. [[mn]]\n\n",
        lo="loans@bayanihancoop.ph",
        n=m.full,
        e=m.email,
        mn=f"BMPC-{r.randint(10000, 99999)}",
    )
    d.f(
        "Good day [[t]] [[PE:o]],\n\n",
        t="Ma'am" if off.g == "f" else "Sir",
        o=off.first,
    )
    d.f(
        "I would like to apply for a salary loan of [[amt]] payable in 24 months. I am a public school teacher in [[br]] and have been a "
        "member since 2019. Please see my details below:\n\n",
        amt=_money(r, cc, 30000, 150000, False),
        br=r.choice(["Antipolo", "Marikina", "Cainta"]),
    )
    d.f(
        "Full name: [[PE:n]]\nBirthday: [[DOB:dob]]\nAddress: [[AD:a]]\nMobile: [[PH:p]]\nLandline: [[PH:l]]\n",
        n=m.full.upper() if r.random() < 0.3 else m.full,
        dob=m.dobs(),
        a=m.a.line,
        p=m.phone(),
        l=_phone(r, cc, "f", "nat"),
    )
    d.f("Co-maker: [[PE:c]] ([[PH:cp]])\n\n", c=_P(r, cc).full, cp=_phone(r, cc, "m"))
    d.f(
        "I also attached my payslip. Kindly credit the proceeds to my Landbank ATM (card ending [[l4]]).\n\nThank you and God bless,\n[[PE:f]]\n",
        l4=_digits(r, 4),
        f=m.first,
    )
    return d


@_tpl("credit_union", "tl", "PH", "Messenger chat (Tagalog)")
def _t46(r: random.Random) -> _Doc:
    cc = "tl"
    m, st = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 5)

    def line(who_: _P, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 30))
        d.f("[[ts]] ", ts=t.strftime("%I:%M %p")).v(
            who_.full if who_ is m else who_.first, "PE"
        )
        if who_ is st:
            d.t(" (Bayanihan Coop)")
        d.f(": " + body_ + "\n", **kw)

    line(
        m,
        "Magandang hapon po! Tanong ko lang po kung approved na yung loan ko? Member po ako, si [[PE:n]]",
        n=m.full,
    )
    line(
        st, "Hello po! Pa-verify lang po ng birthday at mobile number na naka-register"
    )
    line(
        m,
        "[[DOB:dob]] po, tapos [[PH:p]]",
        dob=m.dobs(1),
        p=m.phone(r.choice(["natc", "nat"])),
    )
    line(
        st,
        "Salamat po. Approved na po ang [[amt]]. Puwede na pong i-claim sa branch namin sa [[br]] o i-credit sa account ninyo",
        amt=_money(r, cc, 10000, 80000, False),
        br=r.choice(["Cubao", "Marikina", "Taytay"]),
    )
    if r.random() < 0.5:
        line(
            m,
            "Pakipadala na lang po sa GCash ko, [[PH:g]]. Lumipat na rin po kami sa [[LO:t]], update ko na lang address ko: [[AD:a]]",
            g=m.phone("natc"),
            t=m.town,
            a=m.a.line,
        )
    else:
        line(
            m,
            "Sige po, pupunta na lang ako bukas. Kasama ko po asawa ko, si [[PE:s]]",
            s=_P(r, cc, g="m" if m.g == "f" else "f").first,
        )
    line(
        st,
        "Noted po! Dalhin lang po ang valid ID at passbook. Ref no. [[ref]]",
        ref=_order_ref(r, "BC"),
    )
    return d


@_tpl("credit_union", "ca", "ES", "CRM note (Catalan)")
def _t47(r: random.Random) -> _Doc:
    cc = "cat"
    m, st = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Caixa Cooperativa del Ter · Fitxa de soci [[n]]\nGestor/a: [[PE:g]]\n\n",
        n=f"S-{r.randint(10000, 99999)}",
        g=st.full,
    )
    d.f(
        "Nota [[dt]]: Ha vingut a l'oficina de [[of]] [[x]] [[PE:n]] (data de naixement [[DOB:dob]]). ",
        dt=_fdate(r, _day(r, -10, 0), cc, 0),
        of=r.choice(["Manlleu", "Torelló", "Roda de Ter"]),
        x="la sòcia" if m.g == "f" else "el soci",
        n=m.full,
        dob=m.dobs(),
    )
    d.f(
        "Vol domiciliar la nòmina al compte [[IB:ib]] i demana una targeta de crèdit nova (l'antiga, acabada en [[l4]], caduca el [[ex]]). ",
        ib=_iban(r, "ES"),
        l4=_digits(r, 4),
        ex=_expiry(r),
    )
    d.f(
        "Ha canviat de domicili: [[AD:a]]. Telèfon mòbil [[PH:p]], correu [[EM:e]].\n",
        a=m.a.line,
        p=m.phone(),
        e=m.email,
    )
    if r.random() < 0.5:
        d.f(
            "Comenta que la seva mare, [[PE:mm]], que viu a [[LO:t]], també vol fer-se sòcia. Li hem donat cita per al [[c]].\n",
            mm=_P(r, cc, g="f", age=(60, 90)).full,
            t=r.choice(["Vic", "Olot", "Ripoll", "Girona", "Perpinyà"]),
            c=_fdate(r, _day(r, 2, 20), cc, 0),
        )
    d.f(
        "Aportació al capital social: [[amt]]. Codi BIC: [[bic]].\n",
        amt=_money(r, cc, 60, 600),
        bic=_bic(r, "ES"),
    )
    return d


@_tpl("credit_union", "sw", "KE", "SACCO SMS thread (Swahili)")
def _t48(r: random.Random) -> _Doc:
    cc = "sw"
    m, off = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    mn = f"UMJ{r.randint(10000, 99999)}"
    d.f("UMOJA SACCO · SMS\n\n")
    t0 = datetime(2026, 11, r.randint(1, 25), r.randint(7, 12), r.randint(0, 59))

    def hm() -> str:
        nonlocal t0
        t0 += timedelta(minutes=r.randint(2, 70))
        return t0.strftime("%H:%M")

    d.f(
        "[[h]] UMOJA SACCO: Ndugu [[PE:n]], mchango wako wa [[amt]] umepokelewa. Akiba jumla: [[tot]]. Nambari ya mwanachama [[mn]].\n",
        h=hm(),
        n=m.full.upper() if r.random() < 0.4 else m.full,
        amt=_money(r, cc, 500, 8000, False),
        tot=_money(r, cc, 20000, 400000, False),
        mn=mn,
    )
    d.f(
        "[[h]] MIMI: Habari, naomba mkopo wa dharura wa [[amt]]. Nambari yangu ya simu ni [[PH:p]] na nilizaliwa tarehe [[DOB:dob]].\n",
        h=hm(),
        amt=_money(r, cc, 10000, 80000, False),
        p=m.phone(r.choice(["nat", "natc"])),
        dob=m.dobs(),
    )
    d.f(
        "[[h]] UMOJA SACCO: Asante. Mdhamini wako [[PE:g]] atapokea ujumbe wa kuthibitisha kwenye [[PH:gp]]. Msimbo wa uthibitisho: [[otp]]\n",
        h=hm(),
        g=_P(r, cc).full,
        gp=_phone(r, cc, "m", "natc"),
        otp=_otp(r),
    )
    if r.random() < 0.6:
        d.f(
            "[[h]] MIMI: Sawa. Nimehamia [[LO:t]], anwani mpya ni [[AD:a]]. Barua pepe [[EM:e]]\n",
            h=hm(),
            t=m.town,
            a=m.a.line,
            e=m.email,
        )
    d.f(
        "[[h]] UMOJA SACCO: Mkopo umeidhinishwa. Pesa zitatumwa kupitia M-Pesa. Afisa: [[PE:o]], tawi la [[br]].\n",
        h=hm(),
        o=off.first,
        br=r.choice(["Nyeri", "Karatina", "Murang'a"]),
    )
    return d


# ---- home-care nursing service ------------------------------------------------------------------


@_tpl("homecare", "en", "GB", "care visit notes (CRM)")
def _t49(r: random.Random) -> _Doc:
    cc = "gb"
    cl, nok, carer = _P(r, cc, age=(70, 98)), _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        'HOMEWARD CARE – Client record\nClient: [[PE:n]] (prefers "[[PE:pn]]")   DOB: [[DOB:dob]]\nAddress: [[AD:a]]\n',
        n=cl.last_first(),
        pn=cl.first,
        dob=cl.dobs(0),
        a=cl.a.line,
    )
    d.f(
        "Key safe: code [[k]] (left of front door)   GP: Dr [[PE:gp]], [[s]] Surgery\n",
        k=_digits(r, 4),
        gp=_P(r, cc).last,
        s=r.choice(["Elmfield", "Station Road", "Beech Grove"]),
    )
    d.f(
        "NOK: [[PE:nk]] ([[rel]]) – [[PH:np]] / [[EM:ne]]\n\n",
        nk=nok.full,
        rel=r.choice(["daughter", "niece"] if nok.g == "f" else ["son", "nephew"]),
        np=nok.phone(),
        ne=nok.email,
    )
    t = _ts(r, 5)
    bodies = r.sample(
        [
            "Assisted with wash and dress. Meds given per MAR (Adcal, ramipril). Ate porridge. Mood bright – talked about growing up in [[LO:t]].",
            "Client had a fall overnight, no injury seen. Informed NOK by phone. Pendant alarm tested OK (unit [[u]]).",
            "Tea visit. Client anxious about bills – letter from the council on the side. Asked office to call NOK.",
            "Shopping done, receipt [[amt]] in folder. Cat Biscuit fed. Left lights on in hall.",
        ],
        r.randint(2, 4),
    )
    for body in bodies:
        t += timedelta(hours=r.randint(3, 14))
        d.f("[[ts]] – [[PE:c]]: ", ts=t.strftime("%d/%m %H:%M"), c=carer.initial()).f(
            body + "\n",
            t=r.choice(["Sunderland", "Dundee", "Cork", "Jamaica", "Whitby"]),
            u=f"PA-{r.randint(10000, 99999)}",
            amt=_money(r, cc, 8, 45),
        )
    return d


@_tpl("homecare", "en", "AU", "rostering SMS thread")
def _t50(r: random.Random) -> _Doc:
    cc = "au"
    coord, carer = _P(r, cc), _P(r, cc)
    clients = [_P(r, cc, age=(68, 96)) for _ in range(2)]
    d = _Doc(cc)
    d.f(
        "Kinfolk Home Nursing – SMS with [[PE:c]] ([[PH:p]])\n\n",
        c=carer.full,
        p=carer.phone(r.choice(["nat", "natc"])),
    )
    t = _ts(r, 4)

    def ts() -> str:
        nonlocal t
        t += timedelta(minutes=r.randint(2, 90))
        return t.strftime("%a %d %b %H:%M")

    c1, c2 = clients
    d.f(
        "[[ts]] Kinfolk: Hi [[PE:f]], can you pick up a 7am shower assist tomorrow for [[PE:n]] at [[AD:a]]? 1.5h, wound dressing too\n",
        ts=ts(),
        f=carer.first,
        n=c1.full,
        a=c1.a.line,
    )
    d.f(
        "[[ts]] Me: yes can do. is the gate code still [[gc]]?\n",
        ts=ts(),
        gc=_digits(r, 4),
    )
    d.f(
        "[[ts]] Kinfolk: Yep. [[pr]] son [[PE:s]] will be there, mob [[PH:sp]]. After that [[PE:n2]] in [[sub]] at 10 – new client, DOB [[DOB:dob]], "
        "diabetic, insulin 10am\n",
        ts=ts(),
        pr="Her" if c1.g == "f" else "His",
        s=_P(r, cc, g="m").first,
        sp=_phone(r, cc, "m"),
        n2=c2.full,
        sub=c2.t[0],
        dob=c2.dobs(),
    )
    d.f(
        "[[ts]] Me: ok. km claim for last week is [[km]]km, sent in the app. my new email is [[EM:e]] btw\n",
        ts=ts(),
        km=str(r.randint(40, 260)),
        e=carer.email,
    )
    d.f("[[ts]] Kinfolk: Thanks! – [[PE:co]] (rostering)\n", ts=ts(), co=coord.first)
    return d


@_tpl("homecare", "en", "NZ", "family e-mail with quoted reply")
def _t51(r: random.Random) -> _Doc:
    cc = "nz"
    fam, mum, cm = _P(r, cc), _P(r, cc, g="f", age=(75, 97)), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "From: [[PE:f]] <[[EM:e]]>\nTo: [[PE:c]] <[[EM:ce]]>\nSubject: Re: Mum's care plan review\n\n",
        f=fam.full,
        e=fam.email,
        c=cm.full,
        ce=f"{_slug(cm.first)}.{_slug(cm.last)}@tautokocare.co.nz",
    )
    d.f(
        "Kia ora [[PE:c]],\n\nThanks for the review notes. A few corrections: Mum's date of birth is [[DOB:dob]] (the plan says [[bad]]), "
        "and she's at [[AD:a]] now, not the old flat. ",
        c=cm.first,
        dob=mum.dobs(0),
        bad=_fdate(r, mum.dob.replace(year=mum.dob.year + 1), cc, 0),
        a=mum.a.line,
    )
    d.f(
        "Best contact is me on [[PH:p]] – my brother [[PE:b]] is in [[LO:t]] so can't get there quickly.\n\n",
        p=fam.phone(),
        b=_P(r, cc, g="m").first,
        t=r.choice(["Sydney", "London", "Perth", "Invercargill", "Gisborne"]),
    )
    d.f("Ngā mihi,\n[[PE:f]]\n\n", f=fam.first)
    d.f(
        "On [[w]], [[PE:c]] wrote:\n",
        w=_ts(r, 9).strftime("%a, %d %b %Y %I:%M %p"),
        c=cm.full,
    )
    d.f(
        "> Hi [[PE:f]],\n> I've attached the review for [[PE:m]]. Address on file:\n",
        f=fam.first,
        m=mum.full,
    )
    d.quoted_block(_P(r, cc).a.lines, "AD")
    d.f(
        "> Visits stay at 3x weekly (Mon/Wed/Fri) from our [[br]] team. Invoice [[inv]] for [[amt]] is funded by the DHB.\n",
        br=r.choice(["Hamilton", "Taupō", "Rotorua"]),
        inv=f"INV-{r.randint(10000, 99999)}",
        amt=_money(r, cc, 200, 900),
    )
    return d


@_tpl("homecare", "sl", "SI", "care request e-mail (Slovenian)")
def _t52(r: random.Random) -> _Doc:
    cc = "sl"
    dau, mom, st = _P(r, cc, g="f"), _P(r, cc, g="f", age=(74, 96)), _P(r, cc, g="f")
    d = _Doc(cc)
    d.f(
        "Od: [[PE:n]] <[[EM:e]]>\nZa: [[EM:inf]]\nZadeva: Pomoč na domu za mamo\n\n",
        inf="info@nega-soncnica.si",
        n=dau.full,
        e=dau.email,
    )
    d.f(
        "Spoštovani,\n\nza svojo mamo, [[PE:m]], rojeno [[DOB:dob]], bi potrebovala pomoč na domu (nega, kopanje, 2x tedensko). "
        "Mama živi sama na naslovu [[AD:a]].\n\n",
        m=mom.full,
        dob=mom.dobs(r.choice([0, 2])),
        a=mom.a.line,
    )
    d.f(
        "Sama živim v [[LO:t]], zato sem dosegljiva predvsem po telefonu: [[PH:p]]. Mamina stacionarna številka je [[PH:h]].\n\n",
        t=r.choice(["Mariboru", "Kopru", "Celju", "Kranju", "Gradcu"]),
        p=dau.phone(),
        h=_phone(r, cc, "f"),
    )
    d.f(
        "Račune prosim pošiljajte na moj naslov, plačevala bom s TRR [[IB:ib]].\n\nLep pozdrav,\n[[PE:n]]\n\n",
        ib=_iban(r, "SI"),
        n=dau.full,
    )
    if r.random() < 0.6:
        d.f(
            "---\nOdgovor: Spoštovana ga. [[PE:l]], prvi obisk je dogovorjen za [[dt]]. Patronažna sestra [[PE:s]] vas bo poklicala dan prej.\n",
            l=dau.last,
            dt=_fdate(r, _day(r, 2, 14), cc, 0),
            s=st.full,
        )
    return d


@_tpl("homecare", "lt", "LT", "speech-to-text call notes (lower case, Lithuanian)")
def _t53(r: random.Random) -> _Doc:
    cc = "lt"
    caller, pt, op = _P(r, cc), _P(r, cc, age=(70, 95)), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "[automatinis stenogramos įrašas · skambutis [[id]] · trukmė [[dur]]]\n",
        id=_hexs(r, 8),
        dur=f"{r.randint(2, 9)}:{r.randint(0, 59):02d}",
    )
    d.f(
        "operatorius: namų slaugos tarnyba ramunė laba diena kalba [[PE:o]]\n",
        o=op.first.lower(),
    )
    d.f(
        "skambintojas: laba diena čia [[PE:c]] skambinu dėl savo tėčio [[PE:p]]\n"
        if pt.g == "m"
        else "skambintojas: laba diena čia [[PE:c]] skambinu dėl savo mamos [[PE:p]]\n",
        c=caller.full.lower(),
        p=pt.full.lower(),
    )
    d.t("operatorius: gerai gal galite pasakyti gimimo datą\n")
    d.f("skambintojas: [[DOB:dob]]\n", dob=pt.dob.isoformat())
    d.f(
        "operatorius: ačiū o koks adresas\nskambintojas: [[AD:a]]\n",
        a=pt.a.line.lower(),
    )
    d.f(
        "operatorius: ir jūsų telefono numeris\nskambintojas: [[PH:p]]\n",
        p=caller.phone(r.choice(["lt8", "lt8c", "intl"])),
    )
    d.f(
        "operatorius: užsirašiau slaugytoja atvyks [[dt]] iš ryto sąskaita bus [[amt]] už vizitą\n",
        dt=_fdate(r, _day(r, 1, 10), cc, 0),
        amt=f"{r.randint(18, 45)} eurų",
    )
    if r.random() < 0.5:
        d.f("skambintojas: gerai sąskaitą siųskite į [[EM:e]]\n", e=caller.email)
    d.t("operatorius: viso gero\n")
    return d


@_tpl("homecare", "ms", "MY", "intake form dump (Malay)")
def _t54(r: random.Random) -> _Doc:
    cc = "ms"
    pt, wr = _P(r, cc, age=(65, 95)), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "PENJAGAAN RUMAH KASIH – BORANG PENDAFTARAN PESAKIT\nNo. rujukan: [[ref]]\nTarikh: [[dt]]\n\n",
        ref=_order_ref(r, "PRK"),
        dt=_fdate(r, _day(r, -7, 0), cc, 0),
    )
    d.f(
        "Nama pesakit: [[PE:n]]\nTarikh lahir: [[DOB:dob]]\nAlamat: [[AD:a]]\n",
        n=pt.full,
        dob=pt.dobs(),
        a=pt.a.line,
    )
    d.f(
        "No. telefon rumah: [[PH:h]]\n", h=_phone(r, cc, "f", r.choice(["nat", "natc"]))
    )
    d.f(
        "Waris terdekat: [[PE:w]] ([[rel]])\nNo. telefon bimbit waris: [[PH:wp]]\nE-mel waris: [[EM:we]]\n",
        w=wr.full,
        rel=r.choice(["anak", "anak saudara", "menantu"]),
        wp=wr.phone(),
        we=wr.email,
    )
    d.f(
        "Tempat lahir: [[LO:pb]]\nKeadaan: [[k]]\nUbat: [[u]]\n",
        pb=r.choice(
            ["Kota Bharu", "Alor Setar", "Ipoh", "Kuala Terengganu", "Singapura"]
        ),
        k=r.choice(
            [
                "Diabetes jenis 2, luka di kaki",
                "Strok (2024), separuh lumpuh kiri",
                "Demensia peringkat awal",
            ]
        ),
        u=r.choice(["Metformin 500mg", "Insulin (Mixtard)", "Aspirin 100mg"]),
    )
    d.f(
        "Bayaran: [[amt]] sebulan, auto-debit kad [[mc]]\nDiterima oleh: [[PE:s]], cawangan [[br]]\n",
        amt=_money(r, cc, 800, 3500),
        mc=_masked_card(r),
        s=_P(r, cc).first,
        br=r.choice(["Shah Alam", "Klang", "Cheras"]),
    )
    return d


# ---- furniture web shop -------------------------------------------------------------------------

_PRODUCTS = [
    "Harriet 3-Seater Sofa",
    "Oscar Oak Bookcase",
    "Edith Velvet Armchair",
    "Milo Bedside Table",
    "Florence Dining Table",
    "Arthur Sideboard",
    "Mabel Rattan Chair",
    "Hugo Bunk Bed",
    "Ingrid Floor Lamp",
    "Theo Desk",
]


@_tpl("furniture", "en", "US", "order notifications (subjects + body)")
def _t55(r: random.Random) -> _Doc:
    cc = "us"
    c = _P(r, cc)
    d = _Doc(cc)
    on = f"LW-{r.randint(100000, 999999)}"
    items = r.sample(_PRODUCTS, r.randint(1, 3))
    d.f("Inbox · [[EM:nt]]\n\n", nt="notifications@loftwoodliving.com")
    d.f(
        "• Your Loftwood order [[on]] is confirmed 🎉\n• [[it]] has shipped – track [[tr]]\n• Out for delivery: arriving [[dt]] between [[w]]\n\n",
        on=on,
        it=items[0],
        tr=_tracking(r),
        dt=_fdate(r, _day(r, 2, 12), cc, 2),
        w=r.choice(["8am–12pm", "12pm–4pm", "1–5pm"]),
    )
    d.f(
        "Hi [[PE:f]], thanks for shopping with Loftwood Living!\n\nOrder [[on]] · placed [[pd]]\n",
        f=c.first,
        on=on,
        pd=_fdate(r, _day(r, -10, -1), cc, 0),
    )
    for it in items:
        d.f("  [[it]]  x1  [[p]]\n", it=it, p=_money(r, cc, 89, 1899))
    d.f(
        "Paid with [[mc]] · exp [[ex]]\n\nShipping to:\n",
        mc=r.choice(["Visa •••• ", "Mastercard ending "]) + _digits(r, 4),
        ex=_expiry(r),
    )
    d.f("[[PE:n]]\n", n=c.full).block(c.a.lines, "AD").t("\n")
    d.f(
        "Phone: [[PH:p]]\n\nQuestions? Reply to this email or visit loftwoodliving.com/help (ref [[u]]).\n",
        p=c.phone(),
        u=_uuid(r)[:8],
    )
    return d


@_tpl("furniture", "en", "GB", "web-shop checkout log")
def _t56(r: random.Random) -> _Doc:
    cc = "gb"
    d = _Doc(cc)
    t = _ts(r, 1)
    c = _P(r, cc)
    for _ in range(r.randint(5, 8)):
        t += timedelta(seconds=r.randint(1, 30))
        st = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{r.randint(0, 999):03d}"
        k = r.randrange(6)
        if k == 0:
            d.f(
                "[[s]] INFO  checkout.session created cart=[[u]] items=[[n]] total=[[amt]] client=[[IP:ip]]\n",
                s=st,
                u=_uuid(r),
                n=str(r.randint(1, 4)),
                amt=_money(r, cc, 80, 2400),
                ip=_pub_ip(r),
            )
        elif k == 1:
            d.f(
                '[[s]] INFO  checkout.address saved name="[[PE:n]]" line1="[[AD:a]]" phone="[[PH:p]]"\n',
                s=st,
                n=c.full,
                a=c.a.street,
                p=c.phone(r.choice(["nat", "e164"])),
            )
        elif k == 2:
            d.f(
                "[[s]] ERROR payments.stripe card_declined pan=[[CC:pan]] exp=[[ex]] (PAN logged by legacy handler – see INC-[[inc]])\n",
                s=st,
                pan=_card(r),
                ex=_expiry(r),
                inc=str(r.randint(100, 999)),
            )
        elif k == 3:
            d.f(
                "[[s]] DEBUG payments.stripe init publishable=pk_live_[[p]] secret=[[AK:k]] api_version=2024-06-20\n",
                s=st,
                p=_alnum(r, 24),
                k=_api_key(r, "stripe"),
            )
        elif k == 4:
            d.f(
                "[[s]] INFO  orders.created LW-[[n]] email=[[EM:e]] masked_card=[[mc]] warehouse=[[wh]]\n",
                s=st,
                n=str(r.randint(100000, 999999)),
                e=c.email,
                mc=_masked_card(r),
                wh=r.choice(["Daventry", "Milton Keynes", "Doncaster"]),
            )
        else:
            d.f(
                "[[s]] WARN  http.upstream slow [[ms]]ms host=[[ip]] path=/api/stock/[[sku]]\n",
                s=st,
                ms=str(r.randint(800, 4000)),
                ip=_private_ip(r),
                sku=f"SKU-{_alnum(r, 6, _UPD)}",
            )
    return d


@_tpl("furniture", "en", "CA", "damage complaint e-mail with quoted reply")
def _t57(r: random.Random) -> _Doc:
    cc = "ca"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    it = r.choice(_PRODUCTS)
    d.f(
        "Subject: Re: [[it]] arrived damaged – order LW-CA-[[n]]\n\n",
        it=it,
        n=str(r.randint(10000, 99999)),
    )
    d.f(
        "Hi [[PE:a]],\n\nPhotos attached. The leg on the [[it]] is snapped and the box was crushed. I'd prefer a replacement over a refund. "
        "I'm home weekdays after 3, call [[PH:p]].\n\n",
        a=ag.first,
        it=it,
        p=c.phone(),
    )
    d.f("[[PE:f]]\n\n", f=c.first if r.random() < 0.5 else c.full)
    d.f(
        "On [[w]], Loftwood Living Support <[[EM:s]]> wrote:\n",
        w=_ts(r, 5).strftime("%b %d, %Y, at %I:%M %p"),
        s="support@loftwoodliving.ca",
    )
    d.f(
        "> Hi [[PE:f]], sorry to hear that! Can you confirm the delivery address is still:\n>\n",
        f=c.first,
    )
    d.quoted_block([c.full], "PE")
    d.quoted_block(c.a.lines, "AD")
    d.f(
        ">\n> We'll arrange a pickup with our [[dp]] depot. Case [[cs]]. – [[PE:a]]\n",
        dp=r.choice(["Mississauga", "Surrey", "Laval"]),
        cs=_order_ref(r, "CS"),
        a=ag.first,
    )
    return d


@_tpl("furniture", "sq", "AL", "support ticket (Albanian)")
def _t58(r: random.Random) -> _Doc:
    cc = "sq"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    d.f(
        "Tiketa #[[n]] · Loftwood Mobilje · Statusi: E hapur\nKlienti: [[PE:c]] <[[EM:e]]>\n\n",
        n=str(r.randint(10000, 99999)),
        c=c.full,
        e=c.email,
    )
    d.f(
        'Mesazhi:\nPërshëndetje, kam porositur produktin "[[it]]" më [[dt]] dhe ende nuk ka ardhur. Adresa ime është [[AD:a]]. '
        "Më telefononi në [[PH:p]]. Faleminderit, [[PE:f]]\n\n",
        it=r.choice(_PRODUCTS),
        dt=_fdate(r, _day(r, -20, -5), cc, 0),
        a=c.a.line,
        p=c.phone(),
        f=c.first,
    )
    d.f(
        "Shënim i brendshëm ([[PE:a]]): Transportuesi thotë se malli është në magazinën e [[mg]]. Porosia [[o]], paguar [[amt]] me kartë [[mc]]. "
        "Klienti është zhvendosur nga [[LO:t]] muajin e kaluar – kontrolloni adresën.\n",
        a=ag.first,
        mg=r.choice(["Durrësit", "Fierit", "Vorës"]),
        o=_order_ref(r, "LWA"),
        amt=_money(r, cc, 30000, 160000, False),
        mc=_masked_card(r),
        t=r.choice(["Elbasani", "Korça", "Vlora", "Prishtina"]),
    )
    if r.random() < 0.5:
        d.f(
            "Përgjigje: I nderuar/e nderuar [[PE:l]], dërgesa do të mbërrijë brenda 48 orëve. Për rimbursim na dërgoni IBAN-in: "
            "klienti u përgjigj [[IB:ib]].\n",
            l=c.last,
            ib=_iban(r, "AL"),
        )
    return d


@_tpl("furniture", "sr", "RS", "Viber chat (Serbian, Latin script)")
def _t59(r: random.Random) -> _Doc:
    cc = "sr"
    c, ag = _P(r, cc), _P(r, cc)
    d = _Doc(cc)
    t = _ts(r, 4)

    def line(who_: str, body_: str, **kw: str) -> None:
        nonlocal t
        t += timedelta(minutes=r.randint(1, 25))
        d.f("[[ts]] ", ts=t.strftime("%d.%m.%Y. %H:%M"))
        if who_ == "c":
            d.v(c.full, "PE")
        else:
            d.t("Loftwood Nameštaj (").v(ag.first, "PE").t(")")
        d.f(": " + body_ + "\n", **kw)

    line(
        "c",
        'Dobar dan, zanima me da li je artikal "[[it]]" na stanju? Treba mi dostava (grad: [[LO:t]])',
        it=r.choice(_PRODUCTS),
        t=c.town,
    )
    line(
        "a",
        "Dobar dan! Jeste, cena je [[amt]], dostava 3-5 radnih dana. Pošaljite ime, adresu i telefon",
        amt=_money(r, cc, 18000, 95000),
    )
    line(
        "c",
        "[[PE:n]], [[AD:a]], tel [[PH:p]]",
        n=c.full,
        a=c.a.line,
        p=c.phone(r.choice(["nat", "natc"])),
    )
    line("a", "Hvala! Predračun šaljem na mejl – koji je?")
    line("c", "[[EM:e]]. Platiću sa računa [[IB:ib]]", e=c.email, ib=_iban(r, "RS"))
    line("a", "Primljeno ✔ Broj porudžbine [[o]].", o=_order_ref(r, "LWS"))
    return d


@_tpl("furniture", "et", "EE", "delivery status notification (no PII)")
def _t60(r: random.Random) -> _Doc:
    cc = "et"
    d = _Doc(cc)
    on = f"LW-EE-{r.randint(100000, 999999)}"
    d.f("Loftwood Mööbel · Tellimuse [[on]] olek\n\n", on=on)
    pa, lin = r.choice(
        [
            ("Omniva Ülemiste", "Tallinn"),
            ("DPD Rocca al Mare", "Tallinn"),
            ("Itella Lõunakeskus", "Tartu"),
            ("Omniva Port Artur", "Pärnu"),
        ]
    )
    d.f(
        "Teie tellimus on teel! Pakiautomaat: [[pa]] ([[lin]]), kood avamiseks [[k]].\n",
        pa=pa,
        lin=lin,
        k=_otp(r),
    )
    d.f(
        "Saadetise nr: [[tr]]\nEeldatav kohaletoimetamine: [[dt]] kell [[h]]\n",
        tr=_tracking(r),
        dt=_fdate(r, _day(r, 1, 5), cc, 0),
        h=_hm(r),
    )
    d.t("Tooted:\n")
    for it in r.sample(
        ["Riiul OSKAR", "Tool MABEL", "Laud FLORENCE", "Lamp INGRID", "Kummut ARTHUR"],
        2,
    ):
        d.f(
            "  - [[it]] ([[sku]]) – [[p]]\n",
            it=it,
            sku=f"SKU-{_alnum(r, 6, _UPD)}",
            p=_money(r, cc, 29, 899),
        )
    d.f(
        "Makstud: [[mc]] · Arve nr [[inv]]\nLadu: [[w]] · Rakenduse versioon [[v]]\n\nAitäh, et valisite Loftwoodi!\n",
        mc=_masked_card(r),
        inv=f"{r.randint(2026000, 2026999)}",
        w=r.choice(["Rae vald", "Maardu", "Ülemiste"]),
        v=_version(r),
    )
    return d


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------


class _Spec(NamedTuple):
    name: str
    entity: str | None
    gen: Callable[[random.Random, _P, int], str]
    blank: float = 0.0
    ph: tuple[str, ...] = ()


_PH3 = ("N/A", "-", "unknown")


def _mk_table(
    r: random.Random,
    rows: int,
    ccs: list[str],
    specs: list[_Spec],
    age: tuple[int, int] = (19, 86),
) -> list[Column]:
    people = [_P(r, r.choice(ccs), age=age) for _ in range(rows)]
    cols: list[Column] = []
    for sp in specs:
        vals: list[str | None] = []
        for i, p in enumerate(people):
            x = r.random()
            if x < sp.blank:
                vals.append(None)
            elif sp.ph and x < sp.blank + 0.04:
                vals.append(r.choice(sp.ph))
            else:
                v = sp.gen(r, p, i)
                if sp.entity is not None:
                    _check(sp.entity, v, p.cc)
                vals.append(v)
        cols.append(Column(name=sp.name, entity=sp.entity, values=vals))
    n_look = sum(c.entity is None for c in cols)
    assert 15 <= len(cols) <= 22 and 2 * n_look > len(cols), [c.name for c in cols]
    assert len({c.name for c in cols}) == len(cols)
    return cols


def _ts_s(r: random.Random, fmt: str = "%Y-%m-%d %H:%M:%S", back: int = 400) -> str:
    return _ts(r, back).strftime(fmt)


_PETS = [
    "Biscuit",
    "Luna",
    "Max",
    "Bella",
    "Milo",
    "Coco",
    "Pepper",
    "Simba",
    "Nala",
    "Rocky",
    "Tinna",
    "Snati",
    "Muki",
    "Pufi",
]


def _tbl_travel(r: random.Random, rows: int) -> list[Column]:
    dest = {
        "gb": ["Lisbon", "Rome", "Seville", "Dubrovnik", "Reykjavik", "Marrakech"],
        "cat": ["Lisboa", "Roma", "Praga", "Menorca", "Amsterdam"],
        "is": ["Tenerife", "Alicante", "Kaupmannahöfn", "Berlín", "Boston"],
    }
    return _mk_table(
        r,
        rows,
        ["gb", "gb", "cat", "is"],
        [
            _Spec("booking_ref", None, lambda r, p, i: _order_ref(r, "BK")),
            _Spec("lead_first_name", "PERSON", lambda r, p, i: p.first),
            _Spec(
                "lead_surname",
                "PERSON",
                lambda r, p, i: p.last if r.random() < 0.85 else p.last.upper(),
            ),
            _Spec("dob", "DATE_OF_BIRTH", lambda r, p, i: p.dobs(), 0.08, _PH3),
            _Spec("email", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.05),
            _Spec(
                "phone_type",
                None,
                lambda r, p, i: r.choice(["mobile", "landline", "work", "mobile"]),
            ),
            _Spec(
                "mobile",
                "PHONE_NUMBER",
                lambda r, p, i: p.phone(r.choice(["nat", "natc", "intl"])),
                0.1,
            ),
            _Spec("home_town", "LOCATION", lambda r, p, i: p.town, 0.2),
            _Spec("destination", "LOCATION", lambda r, p, i: r.choice(dest[p.cc])),
            _Spec("departure_date", None, lambda r, p, i: _day(r, 5, 200).isoformat()),
            _Spec(
                "return_date", None, lambda r, p, i: _day(r, 210, 240).isoformat(), 0.1
            ),
            _Spec(
                "agent_branch",
                None,
                lambda r, p, i: r.choice(
                    ["York", "Harrogate", "Girona", "Sabadell", "Reykjavík – Skeifan"]
                ),
            ),
            _Spec("pax", None, lambda r, p, i: str(r.randint(1, 6))),
            _Spec("total_gbp", None, lambda r, p, i: f"{r.uniform(180, 6400):.2f}"),
            _Spec("card_last4", None, lambda r, p, i: _digits(r, 4), 0.3),
            _Spec("card_expiry", None, lambda r, p, i: _expiry(r), 0.3),
            _Spec("passport_verified", None, lambda r, p, i: r.choice(["Y", "N", "Y"])),
            _Spec("field_7", "PERSON", lambda r, p, i: _P(r, p.cc).full, 0.45, ("-",)),
            _Spec(
                "promo_code",
                None,
                lambda r, p, i: (
                    r.choice(["WINTER26", "EARLYBIRD", "FAMILY10", ""]) or "NONE"
                ),
                0.5,
            ),
            _Spec("created_at", None, lambda r, p, i: _ts_s(r)),
            _Spec("ip_hash", None, lambda r, p, i: _hexs(r, 64), 0.2),
        ],
    )


def _tbl_water(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["us"],
        [
            _Spec(
                "AccountNo",
                None,
                lambda r, p, i: (
                    f"{r.randint(10, 99)}-{r.randint(10000, 99999)}-{r.randint(10, 99)}"
                ),
            ),
            _Spec(
                "PremiseId", None, lambda r, p, i: f"P{r.randint(10000000, 99999999)}"
            ),
            _Spec(
                "CustomerName",
                "PERSON",
                lambda r, p, i: (
                    p.last_first().upper() if r.random() < 0.3 else p.last_first()
                ),
            ),
            _Spec("ServiceAddress", "STREET_ADDRESS", lambda r, p, i: p.a.line),
            _Spec("MailingCity", "LOCATION", lambda r, p, i: p.town, 0.15),
            _Spec("PhonePrimary", "PHONE_NUMBER", lambda r, p, i: p.phone(), 0.05),
            _Spec(
                "PhoneType", None, lambda r, p, i: r.choice(["Cell", "Home", "Work"])
            ),
            _Spec("EmailAddress", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.25),
            _Spec("EmailVerified", None, lambda r, p, i: r.choice(["true", "false"])),
            _Spec(
                "SSN",
                "US_SSN",
                lambda r, p, i: (
                    _ssn(r) if r.random() < 0.8 else _ssn(r).replace("-", "")
                ),
                0.4,
            ),
            _Spec("AutopayRouting", None, lambda r, p, i: _routing(r), 0.5),
            _Spec(
                "AutopayAccount", "US_BANK_NUMBER", lambda r, p, i: _us_account(r), 0.5
            ),
            _Spec(
                "MeterSerial",
                None,
                lambda r, p, i: (
                    f"{r.choice(['SEN', 'BDG', 'NEP'])}{r.randint(10000000, 99999999)}"
                ),
            ),
            _Spec("LastReadDate", None, lambda r, p, i: _d_mdy(_day(r, -60, -1))),
            _Spec("LastReadKgal", None, lambda r, p, i: f"{r.uniform(100, 9999):.1f}"),
            _Spec("BalanceDue", None, lambda r, p, i: f"${r.uniform(0, 480):.2f}"),
            _Spec(
                "AddressType",
                None,
                lambda r, p, i: r.choice(["Service", "Mailing", "Both"]),
            ),
            _Spec(
                "LateFeeWaived", None, lambda r, p, i: r.choice(["Y", "N", "N", "N"])
            ),
            _Spec(
                "CreatedBy",
                None,
                lambda r, p, i: r.choice(
                    ["svc_batch", "csr_portal", "migration_2019", "web"]
                ),
            ),
            _Spec(
                "CreditScoreBand",
                None,
                lambda r, p, i: r.choice(["A", "B", "C", "D"]),
                0.3,
                _PH3,
            ),
        ],
    )


def _tbl_school(r: random.Random, rows: int) -> list[Column]:
    def guard(r: random.Random, p: _P, i: int) -> str:
        return _nm_is(r, r.choice("mf"))[2]

    return _mk_table(
        r,
        rows,
        ["is"],
        [
            _Spec("nemandanúmer", None, lambda r, p, i: f"N{r.randint(20000, 29999)}"),
            _Spec("fornafn", "PERSON", lambda r, p, i: p.first),
            _Spec("eftirnafn", "PERSON", lambda r, p, i: p.last),
            _Spec(
                "fæðingardagur",
                "DATE_OF_BIRTH",
                lambda r, p, i: p.dobs(r.choice([0, 1])),
            ),
            _Spec(
                "bekkur", None, lambda r, p, i: f"{r.randint(1, 10)}. {r.choice('ABC')}"
            ),
            _Spec("forráðamaður", "PERSON", guard, 0.05),
            _Spec(
                "sími_forráðamanns",
                "PHONE_NUMBER",
                lambda r, p, i: _phone(r, "is", "m", r.choice(["nat", "natc"])),
                0.05,
            ),
            _Spec(
                "netfang_forráðamanns",
                "EMAIL_ADDRESS",
                lambda r, p, i: (
                    f"{_mail_local(r, *_nm_is(r, 'f')[:2])}@{r.choice(_C['is']['mail'])}"
                ),
                0.15,
            ),
            _Spec(
                "heimilisfang",
                "STREET_ADDRESS",
                lambda r, p, i: p.a.line if r.random() < 0.6 else p.a.street,
            ),
            _Spec("sveitarfélag", "LOCATION", lambda r, p, i: p.town),
            _Spec(
                "skóli_útibú",
                None,
                lambda r, p, i: r.choice(["Reykjavík", "Kópavogur", "Akureyri"]),
            ),
            _Spec(
                "ofnæmi",
                None,
                lambda r, p, i: r.choice(["hnetur", "mjólk", "glúten", "nei"]),
                0.5,
            ),
            _Spec("gæludýr", None, lambda r, p, i: r.choice(_PETS), 0.6),
            _Spec(
                "skólagjöld_greidd",
                None,
                lambda r, p, i: (
                    f"{r.randint(50, 450) * 1000:,}".replace(",", ".") + " kr."
                ),
            ),
            _Spec("myndbirting_leyfð", None, lambda r, p, i: r.choice(["já", "nei"])),
            _Spec(
                "fæðingardagur_staðfestur",
                None,
                lambda r, p, i: r.choice(["já", "nei", "já"]),
            ),
            _Spec("skráð", None, lambda r, p, i: _ts_s(r, "%d.%m.%Y %H:%M")),
            _Spec("iban_greiðanda", "IBAN_CODE", lambda r, p, i: _iban(r, "IS"), 0.35),
            _Spec("col_19", None, lambda r, p, i: _uuid(r)),
        ],
        age=(6, 16),
    )


def _tbl_cowork(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["et", "et", "lt"],
        [
            _Spec("memberId", None, lambda r, p, i: f"HC-{r.randint(100000, 999999)}"),
            _Spec("firstName", "PERSON", lambda r, p, i: p.first),
            _Spec("lastName", "PERSON", lambda r, p, i: p.last),
            _Spec(
                "companyName",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Kask & Partnerid OÜ",
                        "Tamm Digital OÜ",
                        "Jonaitis ir sūnūs UAB",
                        "Pixelfarm OÜ",
                        "Baltic Bytes UAB",
                        "—",
                    ]
                ),
            ),
            _Spec("email", "EMAIL_ADDRESS", lambda r, p, i: p.email),
            _Spec(
                "emailVerified",
                None,
                lambda r, p, i: r.choice(["true", "false", "true"]),
            ),
            _Spec("phone", "PHONE_NUMBER", lambda r, p, i: p.phone(), 0.1),
            _Spec(
                "plan",
                None,
                lambda r, p, i: r.choice(
                    ["hot-desk", "fixed-desk", "office-4", "virtual"]
                ),
            ),
            _Spec(
                "deskNo",
                None,
                lambda r, p, i: f"{r.randint(1, 4)}-{r.randint(1, 60):02d}",
            ),
            _Spec("doorPin", None, lambda r, p, i: _digits(r, r.choice([4, 6]))),
            _Spec(
                "apiKey", "API_KEY", lambda r, p, i: f"hc_live_{_alnum(r, 32)}", 0.55
            ),
            _Spec(
                "apiKeyCreatedAt",
                None,
                lambda r, p, i: _ts_s(r, "%Y-%m-%dT%H:%M:%SZ"),
                0.55,
            ),
            _Spec("passwordHash", None, lambda r, p, i: _bcrypt(r)),
            _Spec("lastLoginIp", "IP_ADDRESS", lambda r, p, i: _pub_ip(r), 0.1),
            _Spec("internalIp", None, lambda r, p, i: _private_ip(r)),
            _Spec(
                "iban",
                "IBAN_CODE",
                lambda r, p, i: _iban(r, "EE" if p.cc == "et" else "LT"),
                0.3,
            ),
            _Spec("homeCity", "LOCATION", lambda r, p, i: p.town, 0.2),
            _Spec(
                "monthlyFee",
                None,
                lambda r, p, i: f"{r.choice([99, 149, 229, 390, 890])}.00",
            ),
            _Spec("appVersion", None, lambda r, p, i: _version(r)),
            _Spec(
                "branch",
                None,
                lambda r, p, i: r.choice(
                    ["Tallinn Telliskivi", "Tartu", "Vilnius Užupis"]
                ),
            ),
        ],
    )


def _tbl_delivery(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["ms"],
        [
            _Spec(
                "ORDER_ID", None, lambda r, p, i: f"FKM{r.randint(10**9, 10**10 - 1)}"
            ),
            _Spec(
                "CUSTOMER_NAME",
                "PERSON",
                lambda r, p, i: p.full if r.random() < 0.8 else p.full.upper(),
            ),
            _Spec(
                "CUST_PHONE",
                "PHONE_NUMBER",
                lambda r, p, i: p.phone(r.choice(["nat", "natc", "e164"])),
            ),
            _Spec("CUST_EMAIL", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.4),
            _Spec(
                "CUST_EMAIL_MASKED",
                None,
                lambda r, p, i: p.email[0] + "***@" + p.email.split("@")[1],
            ),
            _Spec("DELIVERY_ADDR", "STREET_ADDRESS", lambda r, p, i: p.a.line),
            _Spec(
                "DELIVERY_NOTES",
                None,
                lambda r, p, i: r.choice(
                    [
                        "tinggal di pondok pengawal",
                        "jangan tekan loceng",
                        "rumah pagar hitam",
                        "call bila sampai",
                    ]
                ),
                0.5,
            ),
            _Spec(
                "RESTAURANT",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Nasi Kandar Pelita",
                        "Restoran Mak Teh",
                        "Kedai Kopi Ah Seng",
                        "Warung Pak Din",
                        "Marrybrown",
                    ]
                ),
            ),
            _Spec("RIDER_ID", None, lambda r, p, i: f"R{r.randint(10000, 99999)}"),
            _Spec("RIDER_NAME", "PERSON", lambda r, p, i: _nm_ms(r, "m")[0]),
            _Spec("ORDER_TOTAL", None, lambda r, p, i: f"RM{r.uniform(8, 140):.2f}"),
            _Spec(
                "PAYMENT_METHOD",
                None,
                lambda r, p, i: r.choice(["CARD", "FPX", "TNG_EWALLET", "CASH"]),
            ),
            _Spec("CARD_LAST4", None, lambda r, p, i: _digits(r, 4), 0.5),
            _Spec(
                "PROMO",
                None,
                lambda r, p, i: r.choice(["RAYA5", "FREEDEL", "MAKAN10"]),
                0.6,
            ),
            _Spec("ORDER_TS", None, lambda r, p, i: _ts_s(r, "%d/%m/%Y %H:%M")),
            _Spec("GPS_DROP", None, lambda r, p, i: _gps(r, 3.11, 101.6)),
            _Spec("DEVICE_IP", "IP_ADDRESS", lambda r, p, i: _pub_ip(r, 0.3), 0.1),
            _Spec("APP_VER", None, lambda r, p, i: _version(r)),
            _Spec("DEVICE_IMEI", None, lambda r, p, i: _imei(r), 0.2),
            _Spec("RATING", None, lambda r, p, i: str(r.randint(1, 5)), 0.3),
        ],
    )


def _tbl_physio(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["sl"],
        [
            _Spec("Ime", "PERSON", lambda r, p, i: p.first),
            _Spec("Priimek", "PERSON", lambda r, p, i: p.last),
            _Spec(
                "Datum rojstva",
                "DATE_OF_BIRTH",
                lambda r, p, i: p.dobs(r.choice([0, 1])),
            ),
            _Spec("Naslov", "STREET_ADDRESS", lambda r, p, i: p.a.street),
            _Spec("Kraj", "LOCATION", lambda r, p, i: p.town),
            _Spec("Telefon", "PHONE_NUMBER", lambda r, p, i: p.phone(), 0.05, _PH3),
            _Spec(
                "Tip telefona",
                None,
                lambda r, p, i: r.choice(["mobilni", "stacionarni"]),
            ),
            _Spec("E-pošta", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.3),
            _Spec(
                "Zavarovalnica",
                None,
                lambda r, p, i: r.choice(["Vzajemna", "Triglav", "Generali", "ZZZS"]),
            ),
            _Spec(
                "Št. napotnice",
                None,
                lambda r, p, i: f"{r.randint(100000000, 999999999)}",
            ),
            _Spec(
                "Diagnoza",
                None,
                lambda r, p, i: r.choice(["M54.5", "M75.1", "S83.5", "M17.1", "M25.5"]),
            ),
            _Spec("Terapevt", "PERSON", lambda r, p, i: _P(r, "sl").initial()),
            _Spec(
                "Ime ordinacije",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Fizio center dr. Novak",
                        "Ambulanta Prešeren",
                        "Kinetik Ljubljana",
                        "Fizioterapija Zupančič d.o.o.",
                    ]
                ),
            ),
            _Spec("Termin", None, lambda r, p, i: _ts_s(r, "%d. %m. %Y %H:%M")),
            _Spec("Trajanje (min)", None, lambda r, p, i: r.choice(["30", "45", "60"])),
            _Spec(
                "Cena",
                None,
                lambda r, p, i: f"{r.uniform(25, 80):.2f} €".replace(".", ","),
            ),
            _Spec("Plačano", None, lambda r, p, i: r.choice(["da", "ne"])),
            _Spec("TRR plačnika", "IBAN_CODE", lambda r, p, i: _iban(r, "SI"), 0.4),
            _Spec(
                "Opomba",
                None,
                lambda r, p, i: r.choice(
                    ["prinese izvide", "kontrola čez 3 tedne", "bolečina 6/10", "–"]
                ),
                0.3,
            ),
            _Spec(
                "Status",
                None,
                lambda r, p, i: r.choice(["potrjen", "odpovedan", "opravljen"]),
            ),
        ],
    )


def _tbl_lease(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["tr"],
        [
            _Spec(
                "Başvuru No", None, lambda r, p, i: f"DL-TR-{r.randint(100000, 999999)}"
            ),
            _Spec("Ad", "PERSON", lambda r, p, i: p.first),
            _Spec(
                "Soyad",
                "PERSON",
                lambda r, p, i: p.last.upper() if r.random() < 0.4 else p.last,
            ),
            _Spec("Doğum Tarihi", "DATE_OF_BIRTH", lambda r, p, i: p.dobs()),
            _Spec(
                "Doğum Yeri",
                "LOCATION",
                lambda r, p, i: r.choice(
                    ["Trabzon", "Konya", "Erzurum", "Samsun", "Bursa", "İzmir", "Sivas"]
                ),
                0.2,
            ),
            _Spec("Cep Tel", "PHONE_NUMBER", lambda r, p, i: p.phone()),
            _Spec("E-posta", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.1),
            _Spec("Adres", "STREET_ADDRESS", lambda r, p, i: p.a.line),
            _Spec("İl", "LOCATION", lambda r, p, i: p.t[1]),
            _Spec(
                "Meslek",
                None,
                lambda r, p, i: r.choice(
                    ["Mühendis", "Öğretmen", "Doktor", "Serbest meslek", "Memur"]
                ),
            ),
            _Spec(
                "Aylık Gelir",
                None,
                lambda r, p, i: f"{r.randint(25, 160) * 1000:,} TL".replace(",", "."),
            ),
            _Spec("IBAN", "IBAN_CODE", lambda r, p, i: _iban(r, "TR")),
            _Spec(
                "Plaka",
                None,
                lambda r, p, i: (
                    f"{r.choice(['34', '06', '35', '16', '07'])} {_alnum(r, r.choice([2, 3]), 'ABCDEFGHJKLMNPRSTUVYZ')} {r.randint(100, 9999)}"
                ),
            ),
            _Spec("Şasi No", None, lambda r, p, i: _vin(r)),
            _Spec(
                "Araç",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Renault Clio",
                        "Fiat Egea",
                        "Toyota Corolla",
                        "Togg T10X",
                        "Hyundai i20",
                    ]
                ),
            ),
            _Spec(
                "Aylık Kira",
                None,
                lambda r, p, i: f"{r.randint(15, 55) * 1000:,} TL".replace(",", "."),
            ),
            _Spec("Kefil Adı", "PERSON", lambda r, p, i: _P(r, "tr").full, 0.6),
            _Spec(
                "KVKK Onay", None, lambda r, p, i: r.choice(["Evet", "Evet", "Hayır"])
            ),
            _Spec(
                "Başvuru Tarihi",
                None,
                lambda r, p, i: _fdate(r, _day(r, -90, 0), "tr", 0),
            ),
            _Spec(
                "Bayi",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Ahmet Bey Otomotiv",
                        "Kaya Motor",
                        "Demir Oto Plaza",
                        "Drivelane Merkez",
                    ]
                ),
            ),
            _Spec(
                "Risk Skoru", None, lambda r, p, i: str(r.randint(300, 1900)), 0.1, _PH3
            ),
        ],
    )


def _tbl_cu(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["us"],
        [
            _Spec("member.id", None, lambda r, p, i: f"M{r.randint(1000000, 9999999)}"),
            _Spec("member.name.first", "PERSON", lambda r, p, i: p.first),
            _Spec("member.name.last", "PERSON", lambda r, p, i: p.last),
            _Spec(
                "member.dob",
                "DATE_OF_BIRTH",
                lambda r, p, i: p.dob.isoformat() if r.random() < 0.6 else p.dobs(),
            ),
            _Spec(
                "member.dob_verified",
                None,
                lambda r, p, i: r.choice(["Y", "N", "Y", "Y"]),
            ),
            _Spec("member.ssn", "US_SSN", lambda r, p, i: _ssn(r), 0.05),
            _Spec("contact.email", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.1),
            _Spec("contact.phone", "PHONE_NUMBER", lambda r, p, i: p.phone()),
            _Spec(
                "contact.phone_type",
                None,
                lambda r, p, i: r.choice(["MOBILE", "HOME", "WORK"]),
            ),
            _Spec(
                "contact.phone_masked", None, lambda r, p, i: f"***-***-{_digits(r, 4)}"
            ),
            _Spec("addr.line1", "STREET_ADDRESS", lambda r, p, i: p.a.street),
            _Spec(
                "addr.type",
                None,
                lambda r, p, i: r.choice(["home", "mailing", "seasonal"]),
            ),
            _Spec(
                "card.pan",
                "CREDIT_CARD",
                lambda r, p, i: _card(r, r.choice(["visa", "visa", "mc"])),
                0.35,
            ),
            _Spec("card.last4", None, lambda r, p, i: _digits(r, 4), 0.35),
            _Spec("card.exp", None, lambda r, p, i: _expiry(r), 0.35),
            _Spec(
                "card.cvv_present", None, lambda r, p, i: r.choice(["true", "false"])
            ),
            _Spec(
                "acct.share_balance", None, lambda r, p, i: f"{r.uniform(5, 48000):.2f}"
            ),
            _Spec("acct.routing", None, lambda r, p, i: _routing(r)),
            _Spec("acct.number", "US_BANK_NUMBER", lambda r, p, i: _us_account(r)),
            _Spec(
                "online.password_changed_at",
                None,
                lambda r, p, i: _ts_s(r, "%Y-%m-%dT%H:%M:%S"),
                0.2,
            ),
            _Spec("online.pwd", "PASSWORD", lambda r, p, i: _password(r), 0.6),
            _Spec(
                "branch",
                None,
                lambda r, p, i: r.choice(["Cedar Falls", "Waterloo", "Ames", "Online"]),
            ),
        ],
    )


def _tbl_care(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["ro"],
        [
            _Spec(
                "nume",
                "PERSON",
                lambda r, p, i: p.last.upper() if r.random() < 0.5 else p.last,
            ),
            _Spec("prenume", "PERSON", lambda r, p, i: p.first),
            _Spec("data_nasterii", "DATE_OF_BIRTH", lambda r, p, i: p.dobs()),
            _Spec(
                "adresa",
                "STREET_ADDRESS",
                lambda r, p, i: p.a.street if r.random() < 0.5 else p.a.line,
            ),
            _Spec("localitate", "LOCATION", lambda r, p, i: p.town),
            _Spec(
                "tel", "PHONE_NUMBER", lambda r, p, i: p.phone(kind=r.choice("mf")), 0.1
            ),
            _Spec("apartinator", "PERSON", lambda r, p, i: _P(r, "ro").full, 0.2),
            _Spec(
                "tel_apartinator",
                "PHONE_NUMBER",
                lambda r, p, i: _phone(r, "ro", "m"),
                0.2,
            ),
            _Spec(
                "email_apartinator",
                "EMAIL_ADDRESS",
                lambda r, p, i: (
                    f"{_mail_local(r, *_nm_ro(r, r.choice('mf'))[:2])}@{r.choice(_C['ro']['mail'])}"
                ),
                0.35,
                _PH3,
            ),
            _Spec(
                "diagnostic",
                None,
                lambda r, p, i: r.choice(
                    [
                        "AVC sechele",
                        "diabet tip 2",
                        "demență Alzheimer",
                        "fractură col femural",
                        "BPOC",
                    ]
                ),
            ),
            _Spec(
                "grad_dependenta",
                None,
                lambda r, p, i: r.choice(["IA", "IB", "IIA", "IIB", "IIIA"]),
            ),
            _Spec("nr_vizite_sapt", None, lambda r, p, i: str(r.randint(1, 14))),
            _Spec(
                "echipa",
                None,
                lambda r, p, i: r.choice(
                    [
                        "Cluj - Mănăștur",
                        "Iași - Copou",
                        "București S3",
                        "Brașov - Tractorul",
                    ]
                ),
            ),
            _Spec(
                "cod_acces_interfon",
                None,
                lambda r, p, i: f"{r.randint(1, 99)}C{r.randint(1000, 9999)}",
                0.4,
            ),
            _Spec("animal_companie", None, lambda r, p, i: r.choice(_PETS), 0.6),
            _Spec("tarif_ora", None, lambda r, p, i: f"{r.randint(45, 110)},00 lei"),
            _Spec("iban_plata", "IBAN_CODE", lambda r, p, i: _iban(r, "RO"), 0.3),
            _Spec(
                "contract_nr",
                None,
                lambda r, p, i: (
                    f"{r.randint(100, 999)}/{_fdate(r, _day(r, -700, -1), 'ro', 0)}"
                ),
            ),
            _Spec(
                "ultima_vizita", None, lambda r, p, i: _ts_s(r, "%d.%m.%Y %H:%M", 30)
            ),
            _Spec(
                "alergii",
                None,
                lambda r, p, i: r.choice(["penicilină", "nu", "latex", "—"]),
                0.3,
            ),
            _Spec(
                "versiune_fisa",
                None,
                lambda r, p, i: f"v{r.randint(1, 9)}.{r.randint(0, 9)}",
            ),
        ],
        age=(62, 98),
    )


def _tbl_furniture(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["ca"],
        [
            _Spec("order_no", None, lambda r, p, i: f"LW-CA-{r.randint(10000, 99999)}"),
            _Spec("cust_fn", "PERSON", lambda r, p, i: p.first),
            _Spec("cust_ln", "PERSON", lambda r, p, i: p.last),
            _Spec("attr2", "EMAIL_ADDRESS", lambda r, p, i: p.email),
            _Spec("attr3", "PHONE_NUMBER", lambda r, p, i: p.phone(), 0.15),
            _Spec("ship_addr1", "STREET_ADDRESS", lambda r, p, i: p.a.street),
            _Spec("ship_city", "LOCATION", lambda r, p, i: p.t[0]),
            _Spec("name_of_product", None, lambda r, p, i: r.choice(_PRODUCTS)),
            _Spec("sku", None, lambda r, p, i: f"SKU-{_alnum(r, 6, _UPD)}"),
            _Spec("qty", None, lambda r, p, i: str(r.randint(1, 4))),
            _Spec("unit_price", None, lambda r, p, i: f"{r.uniform(49, 2499):.2f}"),
            _Spec("card_last4", None, lambda r, p, i: _digits(r, 4), 0.2),
            _Spec(
                "card_brand",
                None,
                lambda r, p, i: r.choice(["VISA", "MC", "AMEX", "INTERAC"]),
            ),
            _Spec("txn_id", None, lambda r, p, i: "ch_" + _alnum(r, 24)),
            _Spec(
                "warehouse",
                None,
                lambda r, p, i: r.choice(
                    ["Mississauga", "Surrey", "Laval", "Calgary DC"]
                ),
            ),
            _Spec(
                "delivery_window", None, lambda r, p, i: r.choice(["AM", "PM", "EVE"])
            ),
            _Spec("email_opt_in", None, lambda r, p, i: r.choice(["1", "0"])),
            _Spec(
                "address_type",
                None,
                lambda r, p, i: r.choice(["residential", "business"]),
            ),
            _Spec("col_19", "IP_ADDRESS", lambda r, p, i: _pub_ip(r), 0.2),
            _Spec("attr9", "CREDIT_CARD", lambda r, p, i: _card_fmt(r, _card(r)), 0.6),
            _Spec("tracking", None, lambda r, p, i: _tracking(r), 0.3),
        ],
    )


def _tbl_sessions(r: random.Random, rows: int) -> list[Column]:
    return _mk_table(
        r,
        rows,
        ["gb", "us", "et", "tr", "za"],
        [
            _Spec("ts", None, lambda r, p, i: _ts_s(r, "%Y-%m-%dT%H:%M:%SZ", 3)),
            _Spec("uid", None, lambda r, p, i: str(r.randint(10000, 999999))),
            _Spec("usr_email", "EMAIL_ADDRESS", lambda r, p, i: p.email, 0.3),
            _Spec("src_ip", "IP_ADDRESS", lambda r, p, i: _pub_ip(r, 0.25)),
            _Spec("xff_ip", None, lambda r, p, i: _private_ip(r)),
            _Spec("ua", None, lambda r, p, i: r.choice(_UA)),
            _Spec(
                "path",
                None,
                lambda r, p, i: r.choice(
                    [
                        "/login",
                        "/api/v2/me",
                        "/checkout",
                        "/members/lookup",
                        "/static/app.js",
                    ]
                ),
            ),
            _Spec(
                "status",
                None,
                lambda r, p, i: r.choice(["200", "200", "302", "401", "500"]),
            ),
            _Spec("latency_ms", None, lambda r, p, i: str(r.randint(3, 2400))),
            _Spec("session_id", None, lambda r, p, i: _hexs(r, 32)),
            _Spec(
                "csrf_token",
                None,
                lambda r, p, i: _alnum(
                    r,
                    43,
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                ),
            ),
            _Spec("geo_cc", None, lambda r, p, i: _C[p.cc]["region"]),
            _Spec(
                "referrer",
                None,
                lambda r, p, i: r.choice(
                    [
                        "-",
                        "https://www.google.com/",
                        "https://hivecraft.co.uk/",
                        "android-app://com.forkly",
                    ]
                ),
            ),
            _Spec("pwd_attempt", "PASSWORD", lambda r, p, i: _password(r), 0.6),
            _Spec("api_key", "API_KEY", lambda r, p, i: _api_key(r), 0.5),
            _Spec(
                "key_prefix",
                None,
                lambda r, p, i: (
                    r.choice(["sk_live_", "ghp_", "SG.", "xoxb-"]) + _alnum(r, 4)
                ),
            ),
            _Spec("bytes", None, lambda r, p, i: str(r.randint(0, 90000))),
            _Spec("trace_id", None, lambda r, p, i: _hexs(r, 32)),
        ],
    )


def _tbl_credentials(r: random.Random, rows: int) -> list[Column]:
    svcs = [
        "stripe",
        "sendgrid",
        "github",
        "slack",
        "google-maps",
        "openai",
        "mailgun",
        "twilio",
    ]
    kind = {
        "stripe": "stripe",
        "sendgrid": "sendgrid",
        "github": "github",
        "slack": "slack",
        "google-maps": "google",
        "openai": "openai",
        "mailgun": "mailgun",
        "twilio": "twilio",
    }

    def svc(i: int) -> str:
        return svcs[i % len(svcs)]

    return _mk_table(
        r,
        rows,
        ["gb", "us", "af", "sg"],
        [
            _Spec("service", None, lambda r, p, i: svc(i)),
            _Spec(
                "environment",
                None,
                lambda r, p, i: r.choice(["prod", "staging", "dev"]),
            ),
            _Spec(
                "owner",
                "PERSON",
                lambda r, p, i: p.full if r.random() < 0.7 else p.initial(),
            ),
            _Spec(
                "owner_email",
                "EMAIL_ADDRESS",
                lambda r, p, i: (
                    f"{_slug(p.first.split()[0])}.{_slug(p.last)}@hivecraft.io"
                ),
            ),
            _Spec("client_id", None, lambda r, p, i: _uuid(r)),
            _Spec(
                "client_secret",
                "API_KEY",
                lambda r, p, i: _api_key(r, kind[svc(i)]),
                0.1,
            ),
            _Spec(
                "publishable_key",
                None,
                lambda r, p, i: (
                    "pk_live_" + _alnum(r, 24) if svc(i) == "stripe" else "-"
                ),
            ),
            _Spec(
                "account_sid",
                None,
                lambda r, p, i: "AC" + _hexs(r, 32) if svc(i) == "twilio" else "-",
            ),
            _Spec(
                "admin_user",
                None,
                lambda r, p, i: r.choice(["admin", "ops-bot", "root", "svc_deploy"]),
            ),
            _Spec("admin_pwd", "PASSWORD", lambda r, p, i: _password(r), 0.4),
            _Spec(
                "pwd_hash",
                None,
                lambda r, p, i: _argon2(r) if r.random() < 0.5 else _bcrypt(r),
            ),
            _Spec("rotated_at", None, lambda r, p, i: _ts_s(r, "%Y-%m-%d")),
            _Spec("expires", None, lambda r, p, i: _day(r, 10, 400).isoformat(), 0.3),
            _Spec(
                "region",
                None,
                lambda r, p, i: r.choice(
                    ["eu-west-1", "us-east-1", "af-south-1", "ap-southeast-1"]
                ),
            ),
            _Spec("endpoint_ip", None, lambda r, p, i: _private_ip(r)),
            _Spec(
                "callback_url",
                None,
                lambda r, p, i: f"https://hooks.hivecraft.io/{svc(i)}/{_hexs(r, 8)}",
            ),
            _Spec(
                "notes",
                None,
                lambda r, p, i: r.choice(
                    [
                        "rotate quarterly",
                        "read-only",
                        "legacy – do not delete",
                        "used by billing cron",
                    ]
                ),
                0.4,
            ),
            _Spec(
                "on_call_phone",
                "PHONE_NUMBER",
                lambda r, p, i: p.phone(r.choice(["intl", "e164"])),
                0.25,
            ),
            _Spec("key_version", None, lambda r, p, i: f"v{r.randint(1, 12)}"),
        ],
    )


_TABLES: list[tuple[str, Callable[[random.Random, int], list[Column]], str, str]] = [
    (
        "travel_bookings",
        _tbl_travel,
        "en-GB, ca-ES, is-IS",
        "snake_case + opaque (field_7)",
    ),
    ("water_accounts", _tbl_water, "en-US", "PascalCase"),
    ("school_pupils", _tbl_school, "is-IS", "Icelandic snake_case + opaque (col_19)"),
    ("cowork_members", _tbl_cowork, "et-EE, lt-LT", "camelCase"),
    ("delivery_orders", _tbl_delivery, "ms-MY", "UPPER_SNAKE"),
    ("physio_patients", _tbl_physio, "sl-SI", "Slovenian spaced headers"),
    ("lease_applications", _tbl_lease, "tr-TR", "Turkish spaced Title Case"),
    ("cu_members", _tbl_cu, "en-US", "dotted paths"),
    ("care_clients", _tbl_care, "ro-RO", "Romanian snake_case + abbreviations (tel)"),
    (
        "furniture_orders",
        _tbl_furniture,
        "en-CA",
        "abbreviations + opaque (attr2, attr3, attr9, col_19)",
    ),
    (
        "web_sessions",
        _tbl_sessions,
        "mixed (GB, US, EE, TR, ZA)",
        "log abbreviations (usr_email, src_ip, pwd_attempt)",
    ),
    (
        "integration_credentials",
        _tbl_credentials,
        "mixed (GB, US, ZA, SG)",
        "snake_case + abbreviations (admin_pwd)",
    ),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """About a dozen tables (name -> columns), each column `rows` values long."""
    out: dict[str, list[Column]] = {}
    for name, fn, _locales, _style in _TABLES:
        r = random.Random(f"basin-{seed}-table-{name}")
        cols = fn(r, rows)
        assert all(len(c.values) == rows for c in cols)
        out[name] = cols
    return out


def free_text(n: int, seed: int) -> list[Text]:
    """n texts; text i renders template i % len(TEMPLATES)."""
    out: list[Text] = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        out.append(tpl.fn(random.Random(f"basin-{seed}-text-{i}")))
    return out
