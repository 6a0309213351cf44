"""Accuracy split "inlet": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date
    Helper "inlet", 2026-11-27 (fixed "today" used for every relative date; no clock reads).

Independence
    Written only from the author brief (/tmp/prompts/inlet.md), an `ls` of bench/ and of the
    venv's faker/providers/address/ folder, and local outputs of Faker (version string only; no
    Faker data is used) and phonenumbers (example numbers, is_valid_number, format_number); also
    `git status --short` (file names only) and a grep of pyproject.toml for a [tool.ruff] section.
    Nothing under rules/, pii_audit/, tests/, docs/, bench/results/, bench/out/,
    no README/SPEC, no other split and not bench/accuracy_data.py or bench/accuracy.py were opened;
    the names imported from accuracy_data are used exactly as the brief defines them.  The scanner
    (and Presidio) was never read or run.

API
    free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)]
    structured(rows, seed) -> dict[str, list[Column]]
    TEMPLATES: list of (language-tag, render-function) pairs.
    Fully deterministic: every draw comes from random.Random(f"inlet-...-{seed}-{i}") and no set is
    iterated.  The benchmark calls free_text(500, 7) and structured(150, 11).

Domains
    CRM / support / messaging company data; tables cover funeral services, dental practice,
    language school, bike sharing, pharmacy home delivery and residential property management.

Languages (templates; 60 in all)
    English 33 (55%): en-US 7, en-GB 5, en-CA 3, en-AU 4, en-IN 3, en-IE 3, en-ZA 2, en-NZ 2,
    en-SG 2, en-KE 2.
    Other 27 (45%): Catalan 3, Icelandic 2, Afrikaans 3, Tagalog/Filipino 3, Malay 2,
    Serbian (Latin) 2, Estonian 2, Slovenian 2, Turkish 3, Romanian 3, Welsh 2.
    Names, towns, streets, postcodes, phone formats (phonenumbers NATIONAL / INTERNATIONAL /
    E164 renderings of numbers that pass is_valid_number) and date formats follow each text's
    country.

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mails, WhatsApp / Teams / Slack /
    live-chat exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case
    speech-to-text transcripts, key: value / key=value / JSON-lines form dumps, application and
    nginx logs, .env / YAML config snippets, OCR'd forms, tab-separated spreadsheet rows,
    notification subjects, and PII-free texts (release notes, depot status, rota).

Value rules
    Cards: _luhn (Visa 16, Mastercard 16, Amex 15), rendered plain / spaced / dashed.
    SSNs: area 001-899 without 666, group 01-99, serial 0001-9999.  US accounts: 8-12 digits,
    always next to an (unlabelled) ABA-valid routing number or alone.  IBANs: _iban_of for
    supported countries, otherwise an own mod-97 generator (IS RS EE SI TR RO), unspaced or in
    groups of four.  IPs: _ip_public_v4/_v6 labelled; RFC1918 / loopback / CGNAT unlabelled.
    Passwords: plaintext only.  API keys: Stripe secret, GitHub PAT, Slack bot token, SendGrid,
    Google API key, Twilio auth token, Mailgun key, generic hex "api key".  Phones: validated
    with phonenumbers.is_valid_number after rendering (every labelled phone re-checked).

Label conventions as applied
    PERSON: names as written (full, first-only, surname-only, lower/upper case, "Last, First",
    "First L." with the period inside); titles outside; chat speakers labelled; names in
    brands / shops / streets / schools / companies and pet names unlabelled.
    STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span; each
    '>'-quoted line its own span; business addresses in signatures labelled; bare street lines
    labelled.  LOCATION: towns/countries where a person lives, was born, comes from or travels to
    (branch/depot/office/venue towns unlabelled).  DATE_OF_BIRTH: birth dates only.
    Spans never include quotes, brackets or trailing punctuation and never overlap (asserted).

Look-alikes (never labelled)
    masked cards, last-4, expiry, CVV, private IPs, version strings, bcrypt/argon2/sha256 hashes,
    UUIDs, order/ticket/booking/tracking/claim/policy numbers, OTP and door codes, IMEIs,
    routing numbers, SWIFT/BIC, GPS coordinates, amounts, timestamps, appointment and delivery
    dates, publishable keys, Twilio account SIDs, session ids, company/brand/street names that
    contain person names, pet names, branch/depot towns.

Tables (structured(150, 11)); PII / look-alike column counts
    funeral_arrangements_us   en-US   8 / 12  snake_case, opaque (col_7), abbreviation (dob, addr)
    funeral_notices_ie        en-IE   6 / 11  spaced Title Case, dotted (Contact.Phone)
    dental_patients_za        af-ZA   7 / 11  Afrikaans camelCase (ePos, kaartLaaste4)
    dental_recalls_ro         ro-RO   6 / 10  Romanian UPPER_SNAKE (DATA_NASTERII)
    language_students_cat     ca-ES   8 / 11  Catalan snake_case, opaque (field_3)
    language_tutors_my        ms-MY   6 /  9  Malay PascalCase (NamaPenuh, KataLaluanPortal)
    bike_members_ee           et-EE   7 / 10  dotted (member.eesnimi, payment.iban)
    bike_rides_tr             tr-TR   4 / 13  Turkish camelCase, one row per ride
    pharmacy_orders_gb        en-GB   7 / 11  UPPER_SNAKE, abbreviations (TEL, ADDR1, DOB)
    pharmacy_customers_sl     sl-SI   7 /  9  Slovenian snake_case, opaque (attr2)
    tenants_us                en-US   8 / 10  camelCase, abbreviations (pwd, dob, bankAcct)
    tenants_is                is-IS   8 / 11  Icelandic snake_case (fæðingardagur, netfang)
    210 columns: 82 PII, 128 look-alikes.
    Blank rates 0-60% per column; some columns carry N/A, -, unknown placeholders.

Known limits
    Hand-written locale lists (16 first names, 16 surnames, 8-12 streets, 8-10 towns per locale), so
    names repeat across 500 texts; persons' genders are not tracked, so a few texts pair a name
    with a pronoun or kinship word of the other gender; only two templates are PII-free; postcodes are format-correct but not checked against real
    delivery areas; non-English templates were written by a non-native author and are simpler
    than the English ones; phone numbers are random valid numbers, some may be real lines.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import string
import unicodedata
import uuid

import phonenumbers
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)

# ---------------------------------------------------------------- span helpers
def N(v):
    return (v, "PERSON")


def E(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def CC(v):
    return (v, "CREDIT_CARD")


def SSN(v):
    return (v, "US_SSN")


def BANK(v):
    return (v, "US_BANK_NUMBER")


def IBAN(v):
    return (v, "IBAN_CODE")


def IP(v):
    return (v, "IP_ADDRESS")


def AD(v):
    return (v, "STREET_ADDRESS")


def LO(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


def _mk(parts) -> Text:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            v, lab = p
            assert lab in LABELS, lab
            spans.append((pos, pos + len(v), lab))
        else:
            v = p
        assert isinstance(v, str), v
        out.append(v)
        pos += len(v)
    return Text("".join(out), spans)


# ---------------------------------------------------------------- generic value helpers
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "./"
_B64U = string.ascii_letters + string.digits + "-_"


def _s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def _fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("æ", "ae")
    s = s.replace("ø", "o").replace("ł", "l").replace("ı", "i").replace("ħ", "h").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return "".join(c for c in _fold(s).lower() if c.isalnum())


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha256(r):
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def bcrypt(r):
    return "$2b$12$" + _s(r, _B64, 53)


def argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _s(r, _B64U, 22) + "$" + _s(r, _B64U, 43)


def version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 30)}"


def priv_ip(r):
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def pub_ip(r, v6=0.2):
    return _ip_public_v6(r) if r.random() < v6 else _ip_public_v4(r)


def card(r, style=None):
    k = r.randrange(5)
    if k < 2:
        num = _luhn(r, "4", 16)
    elif k < 4:
        num = _luhn(r, str(r.randint(51, 55)), 16)
    else:
        num = _luhn(r, r.choice(["34", "37"]), 15)
    style = style if style is not None else r.randrange(3)
    if style == 0:
        return num
    sep = " " if style == 1 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(r):
    last = _d(r, 4)
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{_d(r, 5)}******{last}", f"•••• {last}",
                     f"ending {last}"])


def expiry(r):
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def routing(r):
    d8 = [r.randint(0, 9) for _ in range(8)]
    d8[0] = r.choice([0, 1, 2, 3])
    s = 3 * (d8[0] + d8[3] + d8[6]) + 7 * (d8[1] + d8[4] + d8[7]) + (d8[2] + d8[5])
    c = (10 - s % 10) % 10
    return "".join(map(str, d8)) + str(c)


def us_account(r):
    return str(r.randint(1, 9)) + _d(r, r.randint(7, 11))


def imei(r):
    return _luhn(r, "35" + _d(r, 6), 15)


def swift(r, cc):
    return _s(r, string.ascii_uppercase, 4) + cc + _s(r, string.ascii_uppercase + string.digits, 2) + r.choice(["", "XXX"])


def gps(r, lat, lon):
    return f"{lat + r.uniform(-0.2, 0.2):.5f}, {lon + r.uniform(-0.2, 0.2):.5f}"


def ts(r, fmt="%Y-%m-%dT%H:%M:%SZ", days=120):
    t = _dt.datetime(2026, 11, 27, 8, 0, 0) - _dt.timedelta(seconds=r.randint(0, days * 86400))
    return t.strftime(fmt)


def some_date(r, back=200, fwd=60):
    return TODAY + _dt.timedelta(days=r.randint(-back, fwd))


# own IBAN generator for countries _iban_of does not cover
def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def _iban_own(r, cc):
    if cc == "IS":
        bban = _d(r, 22)
    elif cc == "EE":
        bban = _d(r, 16)
    elif cc in ("RS", "SI"):
        body = _d(r, 16 if cc == "RS" else 13)
        chk = 98 - (int(body) * 100) % 97
        bban = body + f"{chk:02d}"
    elif cc == "TR":
        bban = _d(r, 5) + "0" + _d(r, 16)
    elif cc == "RO":
        bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB", "BACX", "CECE"]) + _d(r, 16)
    else:
        raise ValueError(cc)
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban(r, cc, spaced=None):
    try:
        v = _iban_of(r, cc)
    except ValueError:
        v = _iban_own(r, cc)
    v = v.replace(" ", "")
    assert _mod97(v[4:] + v[:4]) == 1, v
    if spaced is None:
        spaced = r.random() < 0.5
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def api_key(r, kind=None):
    kind = kind if kind is not None else r.randrange(7)
    if kind == 0:
        return "sk_live_" + _s(r, _ALNUM, 24)
    if kind == 1:
        return "ghp_" + _s(r, _ALNUM, 36)
    if kind == 2:
        return f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{_s(r, _ALNUM, 24)}"
    if kind == 3:
        return "SG." + _s(r, _B64U, 22) + "." + _s(r, _B64U, 43)
    if kind == 4:
        return "AIza" + _s(r, _B64U, 35)
    if kind == 5:
        return "key-" + _s(r, _HEX, 32)
    return _s(r, _HEX, 32)


_PW_WORDS = ["Sunflower", "dragon", "Monkey", "summer", "Bluebird", "Kangaroo", "letmein", "Football", "coffee",
             "Pineapple", "shadow", "Tiger", "Marigold", "Rainbow", "cricket", "Harbour"]


def password(r, words=None):
    k = r.randrange(4)
    w = r.choice(words or _PW_WORDS)
    if k == 0:
        return f"{w}{r.choice('!#$%&*@?')}{_d(r, r.randint(2, 4))}"
    if k == 1:
        return _s(r, _ALNUM + "!#$%&*", r.randint(10, 16))
    if k == 2:
        return f"{w.lower()}{_d(r, 4)}"
    return f"{w[:1].upper()}{w[1:]}_{_s(r, string.ascii_lowercase, 3)}{_d(r, 2)}!"


def otp(r):
    return _d(r, 6)


def amount(r, cur="$"):
    return f"{cur}{r.randint(5, 2400)}.{r.randint(0, 99):02d}"


# ---------------------------------------------------------------- locales
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_MONTHS = {
    "en": _EN_MONTHS,
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
           "November", "Desember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "sr": ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
           "decembar"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
}


def _ca_month(d):
    m = _MONTHS["ca"][d.month - 1]
    return f"{d.day} d'{m}" if m[0] in "ao" else f"{d.day} de {m}"


_DATEFMT = {  # style name -> formatter(date, lang)
    "mdy": lambda d, m: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "dmy": lambda d, m: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dmy-": lambda d, m: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dmy.": lambda d, m: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "iso": lambda d, m: d.isoformat(),
    "Mdy": lambda d, m: f"{m[d.month - 1]} {d.day}, {d.year}",
    "dM": lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}",
    "dMs": lambda d, m: f"{d.day} {m[d.month - 1][:3]} {d.year}",
    "d.M": lambda d, m: f"{d.day}. {m[d.month - 1]} {d.year}",
    "d. m.": lambda d, m: f"{d.day}. {d.month}. {d.year}",
    "ca": lambda d, m: f"{_ca_month(d)} de {d.year}",
}


class Loc:
    def __init__(self, tag, region, lang, firsts, lasts, streets, towns, addr, dates, iban_cc, domains, pw_words=None):
        self.tag, self.region, self.lang = tag, region, lang
        self.firsts, self.lasts, self.streets, self.towns = firsts, lasts, streets, towns
        self._addr, self.dates, self.iban_cc, self.domains = addr, dates, iban_cc, domains
        self.months = _MONTHS[lang]
        self.pw_words = pw_words

    # names
    def first(self, r):
        f = self.firsts
        if isinstance(f, tuple):  # (male, female) for patronymic locales
            return r.choice(f[0] + f[1])
        return r.choice(f)

    def last(self, r, first=None):
        if self.tag == "is":
            male = first in self.firsts[0] if first else r.random() < 0.5
            return r.choice(self.lasts) + ("son" if male else "dóttir")
        if self.tag == "ca" and r.random() < 0.5:
            a, b = r.sample(self.lasts, 2)
            return f"{a} i {b}" if r.random() < 0.4 else f"{a} {b}"
        return r.choice(self.lasts)

    def person(self, r):
        return Person(self, r)

    # places
    def town(self, r):
        return r.choice(self.towns)[0]

    def address(self, r):
        """-> (street_line, town_line, town)"""
        return self._addr(r, self)

    def addr1(self, r, sep=", "):
        s, t, _ = self.address(r)
        return s + sep + t

    # numbers
    def phone(self, r, style=None, fixed=False):
        return phone(r, self.region, style, fixed)

    def dob(self, r, style=None):
        d = _dt.date(r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28))
        return _DATEFMT[style or r.choice(self.dates)](d, self.months)

    def date(self, r, style=None, back=200, fwd=60):
        return _DATEFMT[style or r.choice(self.dates)](some_date(r, back, fwd), self.months)

    def iban(self, r, spaced=None):
        return iban(r, self.iban_cc, spaced)

    def email(self, r, first, last):
        f, la = _slug(first.split()[0]), _slug(last.split()[-1])
        k = r.randrange(5)
        local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{f}_{la}", f"{la}.{f}{r.randint(70, 99)}"][k]
        return f"{local}@{r.choice(self.domains)}"


class Person:
    def __init__(self, L, r):
        self.first = L.first(r)
        self.last = L.last(r, self.first)
        self.full = f"{self.first} {self.last}"
        self.email = L.email(r, self.first, self.last)


_PHONE_CACHE: dict = {}


def phone(r, region, style=None, fixed=False):
    key = (region, fixed)
    if key not in _PHONE_CACHE:
        ex = phonenumbers.example_number_for_type(region, _PNT.FIXED_LINE if fixed else _PNT.MOBILE)
        _PHONE_CACHE[key] = (ex.country_code, str(ex.national_number))
    cc, nsn = _PHONE_CACHE[key]
    keep = 1 if len(nsn) > 7 else 2
    if fixed:
        keep = 2
    for _ in range(400):
        cand = nsn[:keep] + _d(r, len(nsn) - keep)
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number_for_region(num, region) and (
                fixed or phonenumbers.number_type(num) in (_PNT.MOBILE, _PNT.FIXED_LINE_OR_MOBILE)):
            break
    else:  # pragma: no cover
        num = phonenumbers.parse(f"+{cc}{nsn}")
    style = style if style is not None else r.choice(["nat", "nat", "intl", "e164", "dash"])
    if style == "intl":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _PNF.E164)
    elif style == "compact":
        s = phonenumbers.format_number(num, _PNF.NATIONAL).replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    elif style == "dash":
        s = phonenumbers.format_number(num, _PNF.NATIONAL).replace(" ", "-").replace("(", "").replace(")", "")
    else:
        s = phonenumbers.format_number(num, _PNF.NATIONAL)
    if not phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
    return s


def _upc(r, n):
    return _s(r, "ABDEFGHJLNPQRSTUWXYZ", n)


def _a_us(r, L):
    t, st, z = r.choice(L.towns)
    s = f"{r.randint(12, 9899)} {r.choice(L.streets)} {r.choice(['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Blvd', 'Ct', 'Way'])}"
    if r.random() < 0.3:
        s += r.choice([f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f", Unit {r.randint(100, 420)}", f" #{r.randint(2, 30)}"])
    return s, f"{t}, {st} {z}{_d(r, 2)}", t


def _a_gb(r, L):
    t, out = r.choice(L.towns)
    s = f"{r.randint(1, 240)} {r.choice(L.streets)} {r.choice(['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Crescent', 'Grove', 'Terrace'])}"
    if r.random() < 0.25:
        s = f"Flat {r.randint(1, 24)}, " + s
    return s, f"{t} {out} {r.randint(1, 9)}{_upc(r, 2)}", t


def _a_cy(r, L):
    t, out = r.choice(L.towns)
    return f"{r.randint(1, 140)} {r.choice(L.streets)}", f"{t} {out} {r.randint(1, 9)}{_upc(r, 2)}", t


def _a_ca(r, L):
    t, pv, fsa = r.choice(L.towns)
    s = f"{r.randint(10, 4999)} {r.choice(L.streets)} {r.choice(['Street', 'Avenue', 'Drive', 'Crescent', 'Road', 'Blvd'])}"
    if r.random() < 0.3:
        s = f"Unit {r.randint(101, 2408)}, " + s
    return s, f"{t}, {pv} {fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}", t


def _a_au(r, L):
    t, st, pc = r.choice(L.towns)
    n = f"{r.randint(1, 24)}/{r.randint(2, 180)}" if r.random() < 0.3 else str(r.randint(1, 320))
    return f"{n} {r.choice(L.streets)} {r.choice(['St', 'Rd', 'Ave', 'Pde', 'Cres', 'Tce'])}", f"{t} {st} {pc}", t


def _a_ie(r, L):
    t, county, rk = r.choice(L.towns)
    s = f"{r.randint(1, 90)} {r.choice(L.streets)} {r.choice(['Road', 'Street', 'Avenue', 'Park', 'Drive', 'Lawn'])}"
    code = f"{rk} {r.choice('ACDEFHKNPRTVWXY')}{_s(r, 'ACDEFHKNPRTVWXY0123456789', 3)}"
    return s, (f"{t}, {county}, {code}" if county else f"{t}, {code}"), t


def _a_in(r, L):
    t, pc = r.choice(L.towns)
    s = f"{r.choice(['Flat', 'No.'])} {r.randint(1, 12)}0{r.randint(1, 8)}, {r.choice(L.streets)}"
    return s, f"{t} {r.choice(['', '- '])}{pc}", t


def _a_za(r, L):
    t, pc = r.choice(L.towns)
    if L.lang == "af":
        return f"{r.choice(L.streets)}straat {r.randint(1, 140)}", f"{t}, {pc}", t
    return f"{r.randint(1, 200)} {r.choice(L.streets)} {r.choice(['Street', 'Road', 'Avenue', 'Drive'])}", f"{t}, {pc}", t


def _a_nz(r, L):
    t, pc = r.choice(L.towns)
    return f"{r.randint(1, 260)} {r.choice(L.streets)} {r.choice(['Road', 'Street', 'Terrace', 'Place', 'Crescent'])}", f"{t} {pc}", t


def _a_sg(r, L):
    t = r.choice(L.towns)[0]
    blk = r.randint(101, 899)
    return (f"Blk {blk} {t} {r.choice(['Ave', 'St', 'Rd'])} {r.randint(1, 9)}, #{r.randint(2, 22):02d}-{r.randint(10, 480)}",
            f"Singapore {r.randint(3, 8)}{blk:03d}{r.randint(10, 99)}", t)


def _a_ke(r, L):
    t, pc = r.choice(L.towns)
    s = f"{r.choice(L.streets)} {r.choice(['Road', 'Avenue', 'Lane'])}"
    if r.random() < 0.5:
        s = f"{r.choice(['Apt', 'House No.'])} {r.randint(1, 60)}, " + s
    return s, f"{t} {pc}", t


def _a_ca_es(r, L):
    t, pc = r.choice(L.towns)
    s = f"{r.choice(['Carrer', 'Carrer', 'Passeig', 'Avinguda'])} {r.choice(L.streets)}, {r.randint(1, 240)}"
    if r.random() < 0.6:
        s += f", {r.randint(1, 6)}{r.choice(['r', 'n', 'r'])} {r.randint(1, 4)}a"
    return s, f"{pc}{_d(r, 2)} {t}", t


def _a_post_first(r, L):  # "Street 12", "101 Town"
    t, pc = r.choice(L.towns)
    return f"{r.choice(L.streets)} {r.randint(1, 90)}", f"{pc} {t}", t


def _a_ee(r, L):
    t, pc = r.choice(L.towns)
    n = f"{r.randint(1, 80)}-{r.randint(1, 40)}" if r.random() < 0.6 else str(r.randint(1, 80))
    return f"{r.choice(L.streets)} {n}", f"{pc} {t}", t


def _a_ph(r, L):
    t, pc = r.choice(L.towns)
    return (f"{r.randint(1, 999)} {r.choice(L.streets)} St., Brgy. {r.choice(['San Roque', 'Malanday', 'Poblacion', 'San Isidro', 'Bagong Silang', 'Sto. Niño'])}",
            f"{t} {pc}", t)


def _a_my(r, L):
    t, pc = r.choice(L.towns)
    return f"No. {r.randint(1, 88)}, Jalan {r.choice(L.streets)} {r.randint(1, 12)}", f"{pc} {t}", t


def _a_tr(r, L):
    t, pc = r.choice(L.towns)
    return f"{r.choice(L.streets)} No: {r.randint(1, 140)} D: {r.randint(1, 24)}", f"{pc} {t}", t.split("/")[-1]


def _a_ro(r, L):
    t, pc = r.choice(L.towns)
    s = f"Str. {r.choice(L.streets)} nr. {r.randint(1, 120)}"
    if r.random() < 0.5:
        s += f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}"
    return s, f"{pc}{_d(r, 3)} {t}", t


_GMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com"]

LOC = {
    "US": Loc("US", "US", "en",
              ["James", "Maria", "Tyler", "Ashley", "Marcus", "Jennifer", "Kevin", "Brianna", "Luis", "Megan", "DeShawn",
               "Rachel", "Cody", "Tamika", "Brandon", "Hannah"],
              ["Johnson", "Martinez", "Nguyen", "Brooks", "Carter", "Ramirez", "Sullivan", "Patterson", "Washington",
               "Kowalski", "Hughes", "Reyes", "Foster", "Bennett", "Coleman", "Price"],
              ["Maple", "Oak", "Cedar", "Lincoln", "Hillcrest", "Sunset", "Pine", "Elm", "Lakeview", "Jefferson",
               "Willow", "Magnolia"],
              [("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Boise", "ID", "837"), ("Raleigh", "NC", "276"),
               ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Madison", "WI", "537"), ("Albany", "NY", "122"),
               ("Fresno", "CA", "937"), ("Savannah", "GA", "314")],
              _a_us, ["mdy", "mdy", "Mdy", "iso"], "DE", _GMAIL + ["comcast.net", "aol.com"]),
    "GB": Loc("GB", "GB", "en",
              ["Oliver", "Amelia", "Harry", "Sophie", "George", "Chloe", "Callum", "Bethany", "Rhys", "Imogen", "Jack",
               "Zara", "Priya", "Tom", "Eleanor", "Mohammed"],
              ["Taylor", "Evans", "Wright", "Hughes", "Patel", "Robinson", "Walker", "Thompson", "Clarke", "Shaw",
               "Ahmed", "Barker", "Fletcher", "Kaur", "Dixon", "Hartley"],
              ["Victoria", "Church", "Station", "Mill", "Albert", "Windsor", "Queens", "Manor", "Highfield", "Beech",
               "Orchard", "Chapel"],
              [("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Sheffield", "S10"), ("Reading", "RG1"),
               ("Exeter", "EX4"), ("York", "YO31"), ("Derby", "DE22"), ("Brighton", "BN2"), ("Glasgow", "G12")],
              _a_gb, ["dmy", "dmy", "dM", "dMs"], "GB", _GMAIL + ["btinternet.com", "sky.com", "virginmedia.com"]),
    "CA": Loc("CA", "CA", "en",
              ["Liam", "Emma", "Noah", "Chloé", "Ethan", "Avery", "Jacob", "Olivia", "Mathieu", "Harpreet", "Logan",
               "Mackenzie", "Owen", "Isabelle", "Connor", "Jasmine"],
              ["Tremblay", "MacDonald", "Gagnon", "Campbell", "Singh", "Roy", "Fraser", "Leblanc", "Morrison", "Chen",
               "Wilson", "Bouchard", "McKenzie", "Grant", "Stewart", "Sandhu"],
              ["Queen", "King", "Dundas", "Bloor", "Elgin", "Spadina", "Portage", "Jasper", "Barrington", "Main"],
              [("Toronto", "ON", "M4C"), ("Ottawa", "ON", "K1S"), ("Calgary", "AB", "T2N"), ("Halifax", "NS", "B3H"),
               ("Winnipeg", "MB", "R3M"), ("Vancouver", "BC", "V5N"), ("Saskatoon", "SK", "S7N"),
               ("Victoria", "BC", "V8V")],
              _a_ca, ["iso", "Mdy", "dmy"], "FR", _GMAIL + ["rogers.com", "shaw.ca", "videotron.ca"]),
    "AU": Loc("AU", "AU", "en",
              ["Jack", "Charlotte", "Lachlan", "Mia", "Cooper", "Isla", "Riley", "Matilda", "Hamish", "Ruby", "Kai",
               "Georgia", "Brodie", "Sienna", "Nathan", "Tahlia"],
              ["Smith", "Jones", "Williams", "Nguyen", "Kelly", "O'Brien", "Ryan", "Murphy", "Mitchell", "Campbell",
               "Harris", "Tran", "McGrath", "Baxter", "Lawson", "Papadopoulos"],
              ["Smith", "Brunswick", "Gertrude", "Oxford", "Beach", "Marine", "Wattle", "Banksia", "Ocean", "Bridge"],
              [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
               ("Paddington", "QLD", "4064"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
               ("Manly", "NSW", "2095"), ("Brunswick", "VIC", "3056")],
              _a_au, ["dmy", "dmy", "dM"], "GB", _GMAIL + ["bigpond.com", "optusnet.com.au", "iinet.net.au"]),
    "IE": Loc("IE", "IE", "en",
              ["Aoife", "Cian", "Siobhán", "Oisín", "Niamh", "Darragh", "Caoimhe", "Seán", "Ciara", "Pádraig",
               "Róisín", "Eoin", "Gráinne", "Conor", "Orla", "Fionn"],
              ["Murphy", "O'Sullivan", "Walsh", "Byrne", "Kavanagh", "McCarthy", "Doyle", "Fitzgerald", "Brennan",
               "Kennedy", "Lynch", "Gallagher", "Quinn", "Hennessy", "Moloney", "Ó Briain"],
              ["Main", "Church", "Castle", "Oak", "Chapel", "Abbey", "Green", "Friars", "Mill", "Sarsfield"],
              [("Ballincollig", "Co. Cork", "P31"), ("Swords", "Co. Dublin", "K67"), ("Galway", "", "H91"),
               ("Naas", "Co. Kildare", "W91"), ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"),
               ("Drogheda", "Co. Louth", "A92"), ("Athlone", "Co. Westmeath", "N37")],
              _a_ie, ["dmy", "dM", "dMs"], "IE", _GMAIL + ["eircom.net", "gmail.ie"]),
    "IN": Loc("IN", "IN", "en",
              ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Deepika",
               "Siddharth", "Lakshmi", "Karthik", "Pooja", "Aditya", "Meera"],
              ["Sharma", "Iyer", "Reddy", "Patel", "Nair", "Gupta", "Menon", "Kulkarni", "Chatterjee", "Rao", "Singh",
               "Desai", "Krishnan", "Joshi", "Bhat", "Pillai"],
              ["Sai Residency, 14th Cross, Koramangala", "Green Park Apts, 12 MG Road",
               "Shanti Nagar, 3rd Main Road", "Lotus Enclave, Baner Road", "Sector 21, Gandhi Path",
               "Anand Vihar, 2nd Street, Adyar", "Skyline Towers, Link Road", "Ganga Nivas, Hill Road"],
              [("Bengaluru", "560034"), ("Pune", "411045"), ("Chennai", "600020"), ("Hyderabad", "500081"),
               ("Kochi", "682020"), ("Jaipur", "302017"), ("Ahmedabad", "380015"), ("Lucknow", "226010")],
              _a_in, ["dmy", "dmy-", "dM", "dMs"], "GB", _GMAIL + ["rediffmail.com", "yahoo.co.in"]),
    "ZA": Loc("ZA", "ZA", "en",
              ["Thabo", "Lerato", "Sipho", "Nomvula", "Pieter", "Chantelle", "Kagiso", "Zanele", "Ruan", "Ayesha",
               "Themba", "Megan", "Bongani", "Naledi", "Jaco", "Precious"],
              ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Khumalo", "Pretorius", "Ndlovu",
               "Smit", "Mahlangu", "Jacobs", "Zulu", "Fourie", "Molefe", "Adams"],
              ["Long", "Jan Smuts", "Oxford", "Main", "Florida", "Beach", "Church", "Umgeni", "Bree", "Rivonia"],
              [("Cape Town", "8001"), ("Durban", "4001"), ("Pretoria", "0181"), ("Gqeberha", "6001"),
               ("Bloemfontein", "9301"), ("Stellenbosch", "7600"), ("Johannesburg", "2196"), ("Paarl", "7646")],
              _a_za, ["dmy", "iso", "dM"], "GB", _GMAIL + ["telkomsa.net", "mweb.co.za", "webmail.co.za"]),
    "NZ": Loc("NZ", "NZ", "en",
              ["Aroha", "Liam", "Mere", "Tama", "Olivia", "Wiremu", "Isla", "Nikau", "Hannah", "Finn", "Anahera",
               "Jack", "Kaia", "Hemi", "Ella", "Sione"],
              ["Smith", "Ngata", "Wilson", "Te Whata", "Brown", "Tipene", "Taylor", "Parata", "Anderson", "Walker",
               "Horomona", "Thompson", "Faleolo", "Clark", "King", "Reid"],
              ["Ponsonby", "Cuba", "Riccarton", "Karangahape", "Tinakori", "Hurstmere", "Devonport", "Victoria",
               "Kowhai", "Rimu"],
              [("Auckland", "1011"), ("Wellington", "6011"), ("Christchurch", "8013"), ("Hamilton", "3204"),
               ("Dunedin", "9016"), ("Nelson", "7010"), ("Tauranga", "3110"), ("Napier", "4110")],
              _a_nz, ["dmy", "dM"], "GB", _GMAIL + ["xtra.co.nz", "slingshot.co.nz"]),
    "SG": Loc("SG", "SG", "en",
              ["Wei Ling", "Jun Jie", "Siti", "Arun", "Mei Xin", "Hafiz", "Priya", "Darren", "Jia Hui", "Farhan",
               "Rachel", "Kumar", "Xin Yi", "Nur Aisyah", "Marcus", "Shawn"],
              ["Tan", "Lim", "Ng", "Wong", "Lee", "Goh", "Chua", "Ong", "Rahman", "Koh", "Teo", "Pillai", "Yeo",
               "Ismail", "Chan", "Low"],
              [], [("Tampines", ""), ("Bedok", ""), ("Ang Mo Kio", ""), ("Jurong West", ""), ("Yishun", ""),
                   ("Toa Payoh", ""), ("Sengkang", ""), ("Clementi", "")],
              _a_sg, ["dmy", "dM", "dMs"], "GB", _GMAIL + ["singnet.com.sg", "starhub.net.sg"]),
    "KE": Loc("KE", "KE", "en",
              ["Grace", "Brian", "Faith", "Kevin", "Mercy", "Dennis", "Esther", "Collins", "Joy", "Victor", "Purity",
               "Evans", "Wanjiku", "Achieng", "Kiprop", "Njeri"],
              ["Mwangi", "Otieno", "Kamau", "Ochieng", "Wanjiru", "Kiptoo", "Njoroge", "Mutua", "Onyango", "Chege",
               "Wafula", "Kariuki", "Omondi", "Cheruiyot", "Maina", "Nyaga"],
              ["Ngong", "Kenyatta", "Moi", "Argwings Kodhek", "Lenana", "Jogoo", "Oginga Odinga", "Kimathi"],
              [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
               ("Eldoret", "30100"), ("Thika", "01000"), ("Nyeri", "10100"), ("Machakos", "90100")],
              _a_ke, ["dmy", "dM"], "GB", _GMAIL + ["yahoo.co.ke"]),
    "ca": Loc("ca", "ES", "ca",
              ["Jordi", "Montserrat", "Pau", "Núria", "Marc", "Laia", "Oriol", "Mireia", "Arnau", "Carme", "Xavier",
               "Roser", "Pol", "Meritxell", "Sergi", "Anna"],
              ["Puig", "Vila", "Ferrer", "Soler", "Serra", "Pujol", "Font", "Casals", "Roca", "Bosch", "Vidal", "Riera",
               "Camps", "Sala", "Coll", "Masó"],
              ["de Mallorca", "de Sant Pere", "Major", "de la Diputació", "de Pau Claris", "del Rec", "de Girona",
               "de la Riera"],
              [("Barcelona", "080"), ("Girona", "170"), ("Lleida", "251"), ("Tarragona", "430"), ("Sabadell", "082"),
               ("Reus", "432"), ("Vic", "085"), ("Manresa", "082")],
              _a_ca_es, ["dmy", "ca"], "ES", _GMAIL + ["telefonica.net", "xtec.cat"],
              ["Barca", "sardana", "Montseny", "castell"]),
    "is": Loc("is", "IS", "is",
              (["Jón", "Ólafur", "Gunnar", "Einar", "Sigurður", "Magnús", "Björn", "Halldór"],
               ["Guðrún", "Sigríður", "Kristín", "Helga", "Anna", "Þórunn", "Ragnheiður", "Katrín"]),
              ["Jóns", "Ólafs", "Gunnars", "Einars", "Sigurðar", "Magnús", "Björns", "Halldórs", "Kristjáns", "Stefáns",
               "Péturs", "Helga"],
              ["Laugavegur", "Hringbraut", "Skólavörðustígur", "Bárugata", "Hafnarstræti", "Ásvallagata", "Njálsgata",
               "Hverfisgata"],
              [("Reykjavík", "101"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"), ("Akureyri", "600"),
               ("Selfoss", "800"), ("Garðabær", "210"), ("Ísafjörður", "400"), ("Egilsstaðir", "700")],
              _a_post_first, ["dmy.", "d.M"], "IS", _GMAIL + ["simnet.is", "internet.is"], ["Hekla", "lundi", "Esja"]),
    "af": Loc("af", "ZA", "af",
              ["Pieter", "Annelie", "Johan", "Marietjie", "Francois", "Elmarie", "Hendrik", "Riana", "Jaco", "Liezl",
               "Willem", "Anri", "Gerhard", "Karlien", "Ruan", "Sunette"],
              ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Venter", "Steyn", "Coetzee", "Joubert",
               "Kruger", "le Roux", "Swanepoel", "Fourie", "Erasmus", "Viljoen", "Marais"],
              ["Kerk", "Dorp", "Bree", "Plein", "Voortrekker", "Hoof", "Mark", "Rivier"],
              [("Stellenbosch", "7600"), ("Paarl", "7646"), ("Worcester", "6850"), ("George", "6530"),
               ("Potchefstroom", "2531"), ("Bloemfontein", "9301"), ("Pretoria", "0002"), ("Oudtshoorn", "6625")],
              _a_za, ["iso", "dM", "dmy"], "GB", _GMAIL + ["mweb.co.za", "vodamail.co.za"], ["Bokkie", "braai", "Springbok"]),
    "tl": Loc("tl", "PH", "tl",
              ["Maria Cristina", "Juan", "Mary Grace", "Jose", "Rhea", "Mark Anthony", "Jocelyn", "Ramon", "Kristine",
               "Rodel", "Aileen", "Jerome", "Lovely", "Noel", "Joy", "Ariel"],
              ["Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
               "Castillo", "Manalo", "Fernandez", "Pascual", "Soriano", "Dizon", "Lacson"],
              ["Rizal", "Mabini", "Bonifacio", "Luna", "Aguinaldo", "Del Pilar", "Magsaysay", "Quezon"],
              [("Quezon City", "1100"), ("Marikina", "1800"), ("Cebu City", "6000"), ("Davao City", "8000"),
               ("Pasig", "1600"), ("Makati", "1200"), ("Iloilo City", "5000"), ("Baguio", "2600")],
              _a_ph, ["Mdy", "mdy"], "GB", _GMAIL + ["yahoo.com.ph"], ["mahalkita", "Bantay", "pinoy"]),
    "ms": Loc("ms", "MY", "ms",
              ["Ahmad", "Nur Aisyah", "Muhammad Firdaus", "Siti Nurhaliza", "Hafiz", "Farah", "Azlan", "Aminah",
               "Syafiq", "Nurul Izzah", "Faizal", "Zulaikha", "Mei Ling", "Kavitha", "Wei Jie", "Iskandar"],
              ["Ismail", "Hassan", "Rahman", "Yusof", "Ibrahim", "Abdullah", "Osman", "Ahmad", "Tan", "Lim", "Wong",
               "Subramaniam", "Chong", "Krishnan", "Ng", "Othman"],
              ["Ampang", "Tun Razak", "Bukit Bintang", "Kenari", "Mawar", "Cempaka", "Setia Indah", "Bunga Raya"],
              [("Kuala Lumpur", "50450"), ("Petaling Jaya", "46000"), ("Shah Alam", "40000"),
               ("Johor Bahru", "80100"), ("Ipoh", "30000"), ("George Town", "10200"), ("Kota Kinabalu", "88000"),
               ("Seremban", "70000")],
              _a_my, ["dmy", "dM"], "GB", _GMAIL + ["yahoo.com.my", "tm.net.my"], ["Kucing", "sayang", "Durian"]),
    "sr": Loc("sr", "RS", "sr",
              ["Marko", "Jelena", "Nikola", "Milica", "Stefan", "Ana", "Miloš", "Jovana", "Dušan", "Tijana",
               "Aleksandar", "Ivana", "Nemanja", "Marija", "Vuk", "Dragana"],
              ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković",
               "Pavlović", "Milošević", "Kostić", "Simić", "Lukić", "Popović", "Todorović", "Savić"],
              ["Knez Mihailova", "Bulevar oslobođenja", "Njegoševa", "Cara Dušana", "Takovska", "Zmaj Jovina",
               "Kralja Petra", "Resavska"],
              [("Beograd", "11000"), ("Novi Sad", "21000"), ("Niš", "18000"), ("Kragujevac", "34000"),
               ("Subotica", "24000"), ("Čačak", "32000"), ("Zrenjanin", "23000"), ("Pančevo", "26000")],
              _a_post_first, ["dmy.", "d.M"], "RS", _GMAIL + ["eunet.rs", "mts.rs"], ["Zvezda", "sunce", "Kafana"]),
    "et": Loc("et", "EE", "et",
              ["Kadri", "Mart", "Liis", "Tõnu", "Kristiina", "Jaan", "Triin", "Andres", "Merle", "Priit", "Kätlin",
               "Rein", "Helen", "Siim", "Maarja", "Ülo"],
              ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kõiv",
               "Oja", "Raudsepp", "Vaher", "Luik"],
              ["Tartu mnt", "Pärnu mnt", "Narva mnt", "Vabriku tn", "Kalevi tn", "Rüütli tn", "Riia tn", "Lossi tn"],
              [("Tallinn", "10115"), ("Tartu", "50090"), ("Pärnu", "80010"), ("Narva", "20308"), ("Viljandi", "71020"),
               ("Rakvere", "44306"), ("Haapsalu", "90502"), ("Kuressaare", "93815")],
              _a_ee, ["dmy."], "EE", _GMAIL + ["hot.ee", "mail.ee"], ["Kiisu", "Tallinn", "kevad"]),
    "sl": Loc("sl", "SI", "sl",
              ["Luka", "Maja", "Žan", "Nina", "Matej", "Eva", "Jure", "Špela", "Anže", "Tjaša", "Rok", "Urška",
               "Gregor", "Mojca", "Blaž", "Katja"],
              ["Novak", "Horvat", "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Mlakar", "Kos", "Vidmar", "Golob", "Turk",
               "Kralj", "Božič", "Zupan", "Hribar", "Korošec"],
              ["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Prešernova ulica", "Gosposvetska cesta",
               "Cankarjeva ulica", "Tržaška cesta", "Koroška cesta"],
              [("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
               ("Novo mesto", "8000"), ("Ptuj", "2250"), ("Velenje", "3320")],
              _a_post_first, ["d. m.", "dmy.", "d.M"], "SI", _GMAIL + ["siol.net", "t-2.net"], ["Triglav", "medved", "Bled"]),
    "tr": Loc("tr", "TR", "tr",
              ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Can", "Merve", "Oğuz", "Selin", "Mustafa", "Büşra",
               "Kerem", "Gül", "Hakan", "Derya"],
              ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
               "Aslan", "Koç", "Kurt", "Özdemir", "Polat"],
              ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "Bağdat Cad.", "İnönü Cad.", "Fatih Mah. Lale Sok.",
               "Barbaros Bulvarı", "Menekşe Sok.", "Yıldız Mah. Papatya Sok."],
              [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250"),
               ("Nilüfer/Bursa", "16110"), ("Muratpaşa/Antalya", "07100"), ("Odunpazarı/Eskişehir", "26010"),
               ("Selçuklu/Konya", "42060"), ("Atakum/Samsun", "55200")],
              _a_tr, ["dmy.", "dM"], "TR", _GMAIL + ["hotmail.com.tr", "yandex.com.tr"], ["Galatasaray", "kedi", "Boncuk"]),
    "ro": Loc("ro", "RO", "ro",
              ["Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Maria", "Ștefan", "Ana-Maria", "Cristian", "Alina",
               "Bogdan", "Raluca", "Vlad", "Gabriela", "Radu", "Diana"],
              ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Munteanu", "Constantin", "Dobre",
               "Marin", "Tudor", "Florea", "Barbu", "Nistor", "Lungu"],
              ["Mihai Eminescu", "Avram Iancu", "Republicii", "Lalelelor", "Victoriei", "Ștefan cel Mare", "Florilor",
               "Independenței"],
              [("București", "030"), ("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"),
               ("Constanța", "900"), ("Sibiu", "550"), ("Oradea", "410")],
              _a_ro, ["dmy.", "dM"], "RO", _GMAIL + ["yahoo.ro"], ["Dinamo", "pisica", "Carpati"]),
    "cy": Loc("cy", "GB", "cy",
              ["Rhys", "Cerys", "Dafydd", "Siân", "Gethin", "Nia", "Iwan", "Ffion", "Owain", "Lowri", "Gareth",
               "Angharad", "Llŷr", "Catrin", "Emyr", "Elin"],
              ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
               "Pritchard", "ap Gwilym", "Parry", "Owen", "Rees", "Lloyd"],
              ["Heol y Frenhines", "Stryd Fawr", "Ffordd y Brenin", "Heol yr Eglwys", "Lôn Las", "Stryd y Bont",
               "Heol Penrhyn", "Ffordd Caerdydd"],
              [("Caerdydd", "CF10"), ("Abertawe", "SA1"), ("Bangor", "LL57"), ("Aberystwyth", "SY23"),
               ("Caerfyrddin", "SA31"), ("Wrecsam", "LL11"), ("Caernarfon", "LL55"), ("Llanelli", "SA15")],
              _a_cy, ["dmy", "dM"], "GB", _GMAIL + ["btinternet.com"], ["Draig", "cariad", "Eryri"]),
}


# ---------------------------------------------------------------- templates
TEMPLATES: list = []


def tpl(tag):
    def deco(fn):
        TEMPLATES.append((tag, fn))
        return fn
    return deco


def _quote(parts_line):
    """'>'-quote a list of lines; each line is a list of parts."""
    out = []
    for line in parts_line:
        out += ["> "] + line + ["\n"]
    return out


# ----- English: US
@tpl("en-US")
def t_us_support_email(r):
    L = LOC["US"]
    c, a = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    bs, bt, _ = L.address(r)
    order = f"#{r.randint(100000, 999999)}"
    greet = r.choice([["Hi ", N(c.first), ","], ["Hello ", N(c.full), ","], ["Dear Ms. ", N(c.last), ","]])
    return _mk(greet + [
        f"\n\nThanks for reaching out about order {order}. I've updated the shipping address to the one you sent:\n\n",
        AD(f"{s}\n{t}"), "\n\nThe card on file (", masked_card(r), f", exp {expiry(r)}) was not charged again. "
        f"Tracking will follow once the parcel leaves our Reno warehouse.\n\nBest,\n", N(a.first if r.random() < 0.5 else a.full), "\n",
        "Customer Care | Brightwell Home Goods\n", AD(f"{bs}, {bt}"), "\nDirect: ", PH(L.phone(r, fixed=True)),
        " | ", E(r.choice(["support@brightwellhome.com", "care@brightwellhome.com"])), "\n\n",
        "On ", ts(r, "%a, %b %d, %Y at %I:%M %p"), " ", N(c.full), " <", E(c.email), "> wrote:\n"] + _quote([
            ["Please send it to my new place instead:"],
            [AD(s)], [AD(t)],
            ["my cell is ", PH(L.phone(r, "nat")), " if the driver needs it"],
        ]))


@tpl("en-US")
def t_us_loan_form(r):
    L = LOC["US"]
    p = L.person(r)
    s, t, _ = L.address(r)
    rt = routing(r)
    emp = r.choice(["Walgreens", "Ford Motor Company", "Wendy's", "Johnson & Johnson", "Dell Technologies"])
    lines = [
        ["application_id: ", f"APP-{r.randint(10**7, 10**8 - 1)}"],
        ["submitted_at: ", ts(r)],
        ["applicant_name: ", N(f"{p.last.upper()}, {p.first.upper()}") if r.random() < 0.5 else N(p.full)],
        ["date_of_birth: ", DOB(L.dob(r))],
        ["ssn: ", SSN(ssn(r, r.choice(["-", "-", ""])))],
        ["email: ", E(p.email)],
        ["mobile: ", PH(L.phone(r))],
        ["home_address: ", AD(f"{s}, {t}")],
        ["employer: ", emp],
        ["annual_income: ", f"${r.randint(28, 190)},{r.randint(0, 999):03d}"],
        ["bank_routing: ", rt],
        ["bank_account: ", BANK(us_account(r))],
        ["account_type: ", r.choice(["checking", "savings"])],
        ["ip: ", IP(pub_ip(r))],
        ["device_id: ", uuid4(r)],
    ]
    r.shuffle(lines[5:8])
    return _mk([x for ln in lines for x in ln + ["\n"]])


@tpl("en-US")
def t_us_slack_export(r):
    L = LOC["US"]
    a, b = L.person(r), L.person(r)
    key = api_key(r, r.choice([0, 1, 3]))
    return _mk([
        N(a.full), f"  {ts(r, '%I:%M %p')}\n", "prod deploy of billing-svc v", version(r), " is failing on startup, logs say auth error from the payment provider\n\n",
        N(b.first if r.random() < 0.5 else b.full), f"  {ts(r, '%I:%M %p')}\n", "did the secret rotate? the pod is hitting ", priv_ip(r), ":8443\n\n",
        N(a.full), f"  {ts(r, '%I:%M %p')}\n", "yeah new one is ", KEY(key), " (pk is ", "pk_live_" + _s(r, _ALNUM, 24), " unchanged)\n",
        "oops shouldn't have pasted that here, will rotate again after\n\n",
        N(b.full), f"  {ts(r, '%I:%M %p')}\n", "lol. also the webhook source is ", IP(_ip_public_v4(r)), ", allowlist it pls. cc @",
        _slug(a.first), "\n",
    ])


@tpl("en-US")
def t_us_call_transcript(r):
    L = LOC["US"]
    p = L.person(r)
    agent = L.first(r)
    s, t, town = L.address(r)
    num = ssn(r, " ")
    return _mk([
        "agent: thank you for calling first national this is ", N(agent.lower()), " can i get your full name\n",
        "caller: yeah it's ", N(p.full.lower()), "\n",
        "agent: and to verify can you give me your date of birth\n",
        "caller: ", DOB(L.dob(r, "Mdy").lower()), "\n",
        "agent: and your social\n", "caller: ", SSN(num), "\n",
        "agent: thank you ", N(p.first.lower()), " i see the account ending in ", _d(r, 4), " what's going on today\n",
        "caller: i moved to ", LO(town.lower()), " and need my statements at ", AD(f"{s}, {t}".lower()), "\n",
        "agent: got it and is ", PH(L.phone(r, "nat")), " still the best number\n",
        "caller: yep\n", "agent: perfect your confirmation number is ", f"{r.choice(string.ascii_uppercase)}{_d(r, 7)}", "\n",
    ])


@tpl("en-US")
def t_us_ach_confirm(r):
    L = LOC["US"]
    p = L.person(r)
    acct, rt = us_account(r), routing(r)
    return _mk([
        "Subject: Direct deposit updated\n\nHi ", N(p.first), ",\n\nYour payroll direct deposit now goes to:\n",
        "  Bank: ", r.choice(["Wells Fargo", "Chase", "Ally Bank", "Navy Federal", "Fifth Third"]), "\n",
        "  Routing (ABA): ", rt, "\n", "  Account: ", BANK(acct), "\n", "  Previous account: ****", _d(r, 4), "\n",
        "  Effective: pay date ", L.date(r, "mdy", 0, 30), "\n  Net amount: ", amount(r), "\n\n",
        "If you did not make this change, call HR at ", PH(L.phone(r, fixed=True)), " or write to ", E("payroll@acmelogistics.com"),
        ".\nRequest ID ", uuid4(r), "\n",
    ])


@tpl("en-US")
def t_us_ci_log(r):
    L = LOC["US"]
    p = L.person(r)
    tok = api_key(r, 1)
    return _mk([
        f"[{ts(r)}] Run actions/checkout@v4\n", f"[{ts(r)}] HEAD is now at {sha256(r)[:7]} Merge pull request #{r.randint(100, 4000)} from ",
        _slug(p.first), f"/fix-cache\n", f"[{ts(r)}] Author: ", N(p.full), " <", E(p.email), ">\n",
        f"[{ts(r)}] npm ci (node v{r.randint(16, 22)}.{r.randint(0, 12)}.{r.randint(0, 9)})\n",
        f"[{ts(r)}] export GITHUB_TOKEN=", KEY(tok), "\n",
        f"[{ts(r)}] curl -s https://api.example-ci.dev/upload from runner ", priv_ip(r), "\n",
        f"[{ts(r)}] artifact sha256:", sha256(r), "\n",
        f"[{ts(r)}] Done in {r.randint(20, 400)}s\n",
    ])


@tpl("en-US")
def t_us_notifications(r):
    L = LOC["US"]
    out = []
    for _ in range(r.randint(3, 5)):
        p = L.person(r)
        k = r.randrange(4)
        if k == 0:
            out += ["New lead: ", N(p.full), " (", PH(L.phone(r)), ") via web form\n"]
        elif k == 1:
            out += [f"Ticket #{r.randint(10000, 99999)} assigned to ", N(f"{p.first} {p.last[0]}."), "\n"]
        elif k == 2:
            out += ["Payment received ", amount(r), " from ", N(p.full), f" - invoice INV-{r.randint(1000, 9999)}\n"]
        else:
            out += ["Reminder: call back ", N(p.first), " at ", ts(r, "%I:%M %p"), " re: policy ", f"PLC-{_d(r, 8)}\n"]
    return _mk(out)


# ----- English: GB
@tpl("en-GB")
def t_gb_forwarded(r):
    L = LOC["GB"]
    a, b, c = L.person(r), L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "FYI - see below, can you update her file?\n\n", N(a.first), "\n\n---------- Forwarded message ---------\nFrom: ",
        N(b.full), " <", E(b.email), ">\nDate: ", ts(r, "%a, %d %b %Y at %H:%M"), "\nSubject: Change of details\nTo: ",
        E("membership@northgatefitness.co.uk"), "\n\nHello,\n\nI've moved house so please use ", AD(f"{s}, {t}"),
        " from now on. My new mobile is ", PH(L.phone(r)), ". You have my date of birth down wrong too - it's ",
        DOB(L.dob(r)), ", not ", L.date(r, "dmy", 3000, 0), " (that's the day I joined the ", r.choice(["Leeds", "Harrogate", "Bradford"]),
        " club!).\n\nMembership no. ", f"NGF{_d(r, 6)}", "\n\nThanks,\n", N(b.first), "\n\nSent from my iPhone\n\n-- \n",
        N(c.full), " | Membership Team\n",
    ])


@tpl("en-GB")
def t_gb_card_ticket(r):
    L = LOC["GB"]
    p = L.person(r)
    ag = L.person(r)
    full = card(r)
    return _mk([
        f"Ticket CS-{r.randint(100000, 999999)} | Priority: High | Channel: phone\n",
        "Customer: ", N(p.full), " (", E(p.email), ")\n",
        "Summary: disputes 2 transactions on card ", masked_card(r), f", exp {expiry(r)}\n\n",
        "--- Internal note (", N(ag.first), ") ---\n",
        "Cust read out the full number of the replacement card: ", CC(full), ", CVV ", _d(r, 3),
        " - I've NOT stored the CVV. Please redact this note after the chargeback is raised.\n",
        "Disputed: ", amount(r, "£"), " at ", r.choice(["Tesco Extra", "Boots", "Currys", "Sainsbury's"]), " on ",
        L.date(r, "dmy", 20, 0), ", ", amount(r, "£"), " online.\nCall-back number: ", PH(L.phone(r, "nat")), "\n",
        "Sort code ", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", " / BIC ", swift(r, "GB"), "\n",
    ])


@tpl("en-GB")
def t_gb_nginx(r):
    out = []
    for _ in range(r.randint(4, 6)):
        k = r.random()
        ip_s = pub_ip(r, 0.25) if k < 0.6 else priv_ip(r)
        ip_part = IP(ip_s) if k < 0.6 else ip_s
        path = r.choice(["/api/v2/orders", "/login", "/static/app.js", "/healthz", "/account/settings"])
        if r.random() < 0.2:
            em = LOC["GB"].person(r).email
            out += [ip_part, f" - - [{ts(r, '%d/%b/%Y:%H:%M:%S +0000')}] \"GET /unsubscribe?email=", E(em),
                    f" HTTP/1.1\" 200 {r.randint(200, 9000)} \"-\" \"Mozilla/5.0 Firefox/{r.randint(110, 132)}.0\"\n"]
        else:
            out += [ip_part, f" - - [{ts(r, '%d/%b/%Y:%H:%M:%S +0000')}] \"{r.choice(['GET', 'POST'])} {path} HTTP/1.1\" "
                    f"{r.choice([200, 200, 301, 404, 500])} {r.randint(200, 90000)} \"-\" \"okhttp/{version(r)}\"\n"]
    return _mk(out)


@tpl("en-GB")
def t_gb_release_notes(r):
    return _mk([
        f"Release {version(r)} ({L_date_gb(r)})\n\n",
        f"* Fixed crash when syncing contacts on Android {r.randint(11, 15)}\n",
        f"* Bumped openssl to {r.randint(1, 3)}.{r.randint(0, 4)}.{r.randint(0, 15)}; image digest sha256:{sha256(r)}\n",
        f"* Migration {uuid4(r)} rolls back cleanly\n",
        f"* Staging now behind {priv_ip(r)} (was {priv_ip(r)})\n",
        f"* Thanks to the Manchester and Bristol offices for testing build {r.randint(1000, 9999)}\n",
        f"Known issue: JIRA-{r.randint(100, 9999)}, ETA {r.randint(2, 9)} days.\n",
    ])


def L_date_gb(r):
    return LOC["GB"].date(r, "dM", 30, 0)


@tpl("en-GB")
def t_gb_teams_hr(r):
    L = LOC["GB"]
    a, b, n = L.person(r), L.person(r), L.person(r)
    return _mk([
        "[", ts(r, "%d/%m/%Y %H:%M"), "] ", N(a.full), ": new starter on Monday - ", N(n.full), ", payroll needs the bank details\n",
        "[", ts(r, "%d/%m/%Y %H:%M"), "] ", N(b.full), ": got them: IBAN ", IBAN(L.iban(r)), ", originally from ",
        LO(L.town(r)), " originally, relocating to ", LO(r.choice(["Manchester", "Cardiff", "Edinburgh"])), "\n",
        "[", ts(r, "%d/%m/%Y %H:%M"), "] ", N(a.full), ": thanks. laptop asset tag ", f"LT-{_d(r, 5)}", ", temp Windows password ",
        PW(password(r)), " - must be changed on first login\n",
        "[", ts(r, "%d/%m/%Y %H:%M"), "] ", N(b.first), ": 👍 sending the welcome pack to ", E(n.email), "\n",
    ])


# ----- English: CA
@tpl("en-CA")
def t_ca_live_chat(r):
    L = LOC["CA"]
    p = L.person(r)
    bot = r.choice(["Ava (virtual agent)", "Max from Support"])
    return _mk([
        f"Chat started {ts(r, '%Y-%m-%d %H:%M')} EST | Session {uuid4(r)}\n",
        f"{bot}: Hi! Can I have your name and order number?\n",
        N(p.first), ": ", N(p.full), ", order ", f"CA-{_d(r, 7)}", "\n",
        f"{bot.split()[0]}: Thanks ", N(p.first), "! How can I help?\n",
        N(p.first), ": my card got declined twice, the number is ", CC(card(r)), " exp ", expiry(r), "\n",
        f"{bot.split()[0]}: For your security please never share full card numbers in chat. I've masked it on our side as ",
        masked_card(r), ".\n", N(p.first), ": ok sorry. you can call me at ", PH(L.phone(r)), "\n",
        f"{bot.split()[0]}: Transferring you to a billing specialist.\n",
    ])


@tpl("en-CA")
def t_ca_email_thread(r):
    L = LOC["CA"]
    a, b = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Hi ", N(b.first), ",\n\nConfirming the move-in inspection for ", L.date(r, "Mdy", 0, 30),
        " at 10:00. Door code for the lobby is ", _d(r, 4), "#.\n\n", N(a.full), "\nLeasing Coordinator, Maple Leaf Residences\n",
        AD(f"{s}\n{t}"), "\nT ", PH(L.phone(r, fixed=True)), "\n\n", "-----Original Message-----\nFrom: ", N(b.full),
        " <", E(b.email), ">\nSent: ", ts(r, "%B %d, %Y %I:%M %p"), "\n\n",
        "> Hi, I'm coming from ", LO(r.choice(["Regina", "Moncton", "Kelowna", "St. John's"])), " so mornings are hard.\n",
        "> My birthday is ", DOB(L.dob(r, "Mdy")), " if you need it for the credit check.\n",
        "> Current address: ", AD(L.addr1(r)), "\n",
    ])


@tpl("en-CA")
def t_ca_sheet_rows(r):
    L = LOC["CA"]
    out = ["Last\tFirst\tCity\tPhone\tEmail\tDOB\tMember since\tPlan\n"]
    for _ in range(r.randint(3, 5)):
        p = L.person(r)
        out += [N(p.last), "\t", N(p.first), "\t", LO(L.town(r)), "\t", PH(L.phone(r, "dash")), "\t", E(p.email), "\t",
                DOB(L.dob(r, "iso")), "\t", L.date(r, "iso", 2000, 0), "\t", r.choice(["Gold", "Basic", "Family"]), "\n"]
    return _mk(out)


# ----- English: AU
@tpl("en-AU")
def t_au_whatsapp(r):
    L = LOC["AU"]
    a, b = L.person(r), L.person(r)
    pet = r.choice(["Biscuit", "Milo", "Rosie", "Banjo"])
    s, t, _ = L.address(r)
    d = lambda: ts(r, "%d/%m/%Y, %H:%M:%S")  # noqa: E731
    return _mk([
        "[", d(), "] ", N(a.first), ": hey are you still keen to mind ", pet, " while we're in ", LO(r.choice(["Bali", "Japan", "Fiji"])), "?\n",
        "[", d(), "] ", N(b.full), ": yep!! send me the address again\n",
        "[", d(), "] ", N(a.first), ": ", AD(f"{s}, {t}"), " - key is in the lockbox, code ", _d(r, 4), "\n",
        "[", d(), "] ", N(a.first), ": vet is Paws & Claws on ", PH(L.phone(r, fixed=True)), " if ", pet, " plays up\n",
        "[", d(), "] ", N(b.full), ": 👍 my new number is ", PH(L.phone(r, "intl")), " btw\n",
    ])


@tpl("en-AU")
def t_au_env(r):
    return _mk([
        "# .env.production - DO NOT COMMIT\nAPP_VERSION=", version(r), "\nDB_HOST=", priv_ip(r), "\nDB_USER=app_rw\nDB_PASSWORD=",
        PW(password(r)), "\nREDIS_URL=redis://", priv_ip(r), ":6379/0\nSTRIPE_PUBLISHABLE_KEY=pk_live_", _s(r, _ALNUM, 24),
        "\nSTRIPE_SECRET_KEY=", KEY(api_key(r, 0)), "\nSENDGRID_API_KEY=", KEY(api_key(r, 3)),
        "\nSESSION_SECRET_HASH=", sha256(r), "\nSUPPORT_EMAIL=", E("help@koalacart.com.au"), "\nADMIN_ALLOWLIST=",
        IP(_ip_public_v4(r)), ",", priv_ip(r), "\n",
    ])


@tpl("en-AU")
def t_au_depot(r):
    return _mk([
        f"Depot status {ts(r, '%d/%m/%Y %H:%M')} AEST\n",
        f"Brisbane DC: {r.randint(200, 900)} parcels, {r.randint(0, 30)} exceptions\n",
        f"Perth hub: linehaul {r.choice(['ON TIME', 'DELAYED 40 min'])}, truck rego {_s(r, string.ascii_uppercase, 3)}{_d(r, 3)}\n",
        f"Consignments: {' '.join(_s(r, string.ascii_uppercase, 2) + _d(r, 9) + 'AU' for _ in range(3))}\n",
        f"Scanner firmware {version(r)} rolled out; GPS fix depot {gps(r, -27.47, 153.02)}\n",
        "No customer escalations.\n",
    ])


@tpl("en-AU")
def t_au_call_stt(r):
    L = LOC["AU"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "[auto transcript - confidence 0.82]\nspeaker 1: you're through to nbn faults my name's ", N(L.first(r).lower()),
        "\nspeaker 2: hi yeah it's ", N(p.first.lower()),
        "\nspeaker 1: and your surname\nspeaker 2: ", N(p.last.lower()),
        "\nspeaker 1: the service address\nspeaker 2: ", AD(f"{s} {t}".lower()),
        "\nspeaker 1: and a contact number\nspeaker 2: ", PH(L.phone(r, "nat")),
        "\nspeaker 1: righto ticket ", f"FLT{_d(r, 8)}", " tech will come ", L.date(r, "dM", 0, 14).lower(), "\n",
    ])


# ----- English: IN
@tpl("en-IN")
def t_in_sms(r):
    L = LOC["IN"]
    p = L.person(r)
    doc = L.person(r)
    return _mk([
        "VM-SMILDN: Dear ", N(p.first), ", your appointment with Dr. ", N(doc.last),
        " at Smile Dental, Indiranagar is on ", L.date(r, "dMs", 0, 20), " 11:30 AM. Reply C to cancel. Helpline ",
        PH(L.phone(r, fixed=True)), "\n", "VK-HDFCBK: OTP ", otp(r), " for txn of Rs.", f"{r.randint(100, 90000)}.00",
        " on card ", masked_card(r), ". Do not share OTP with anyone.\n",
        N(p.first), ": pls call me on ", PH(L.phone(r, "nat")),
        " once you reach ", LO(L.town(r)), "\n",
    ])


@tpl("en-IN")
def t_in_kyc_json(r):
    L = LOC["IN"]
    out = []
    for _ in range(r.randint(2, 3)):
        p = L.person(r)
        s, t, _ = L.address(r)
        out += ['{"ts":"', ts(r), '","event":"kyc_submitted","customer":{"name":"', N(p.full), '","dob":"',
                DOB(L.dob(r, "dmy-")), '","mobile":"', PH(L.phone(r, "e164")), '","email":"', E(p.email),
                '","address":"', AD(f"{s}, {t}"), '"},"pan_verified":true,"ref":"', f"KYC{_d(r, 10)}",
                '","client_ip":"', IP(_ip_public_v4(r)), '","app":"', f"android-{version(r)}", '"}\n']
    return _mk(out)


@tpl("en-IN")
def t_in_crm_note(r):
    L = LOC["IN"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"Lead #{r.randint(10000, 99999)} | Source: Facebook ad | Owner: ", N(ag.full), "\n",
        "Spoke to ", N(f"{p.first} {p.last[0]}."), " today. Works at Infosys, relocating from ", LO(L.town(r)), " to ",
        LO(r.choice(["Dubai", "Singapore", "Mumbai"])), " next month. Interested in the 2BHK at Prestige Lakeside. Budget ",
        f"Rs {r.randint(40, 200)} lakh.\nAlt number ", PH(L.phone(r)), ", email ", E(p.email), "\n",
        "Follow up on ", L.date(r, "dmy", 0, 10), ". Do not call before 10 am.\n",
    ])


# ----- English: IE
@tpl("en-IE")
def t_ie_ocr_form(r):
    L = LOC["IE"]
    p = L.person(r)
    s, t, _ = L.address(r)
    gp = L.person(r)
    return _mk([
        "PAT1ENT REGISTRATlON FORM  -  Riverside Medical Centre\n", "Surname: ", N(p.last.upper()), "   Forename(s): ",
        N(p.first), "\nDate of Birth: ", DOB(L.dob(r, "dmy")), "    PPSN: (see file)\nAddress: ", AD(f"{s},\n{t}"),
        "\nMob1le: ", PH(L.phone(r, "nat")), "\nE-mail: ", E(p.email), "\nPrevious GP: Dr ", N(gp.last), ", ",
        r.choice(["Castle Street Surgery", "Abbey Medical", "Quay Health"]), "\nSignature: ____________  Date: ",
        L.date(r, "dmy", 60, 0), "\n",
    ])


@tpl("en-IE")
def t_ie_ticket_iban(r):
    L = LOC["IE"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"[#{r.randint(200000, 299999)}] Refund request - {r.choice(['Ryanair', 'Aer Lingus'])} booking {_s(r, string.ascii_uppercase, 6)}\n",
        "Requester: ", N(p.full), " <", E(p.email), ">\n\n", "Hi there, I was charged twice. Please refund to IBAN ",
        IBAN(L.iban(r)), " (BIC ", swift(r, "IE"), "). Thanks a million, ", N(p.first), "\n\n",
        "-- internal --\n", N(ag.first), ": verified against the card ending ", _d(r, 4), ", amount ",
        amount(r, "€"), ". Customer rang from ", PH(L.phone(r)), ".\n",
    ])


@tpl("en-IE")
def t_ie_quoted(r):
    L = LOC["IE"]
    a, b = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Thanks ", N(b.first), ", that's all sorted - the van will be with you on ", L.date(r, "dM", 0, 15), ".\n\n",
        N(a.full), "\nRightMove Removals\n", AD(L.addr1(r)), "\n\n", "On ", ts(r, "%d/%m/%Y %H:%M"), ", ",
        N(b.full), " wrote:\n"] + _quote([
            ["we're moving from ", LO(L.town(r)), " to:"], [AD(s)], [AD(t)],
            ["my number is ", PH(L.phone(r, "nat"))],
        ]))


# ----- English: ZA
@tpl("en-ZA")
def t_za_insurance(r):
    L = LOC["ZA"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"Claim {_s(r, string.ascii_uppercase, 2)}{_d(r, 7)} - Policy POL-{_d(r, 9)}\n",
        "Insured: ", N(p.full), "  DOB: ", DOB(L.dob(r)), "\n", "Cell: ", PH(L.phone(r)), "\n",
        "Item: Samsung Galaxy A55, IMEI ", imei(r), ", stolen at a taxi rank in ", r.choice(["Durban", "Soweto"]),
        " on ", L.date(r, "dmy", 30, 0), ".\nSAPS case no. ", f"{r.randint(100, 999)}/{r.randint(1, 12)}/2026", "\n",
        "Assessor ", N(ag.first), ": excess ", f"R{r.randint(500, 2500)}", " payable; replacement via Incredible Connection.\n",
    ])


@tpl("en-ZA")
def t_za_signup_kv(r):
    L = LOC["ZA"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "first_name=", N(p.first), "&last_name=", N(p.last), "&email=", E(p.email), "&cell=", PH(L.phone(r, "compact")),
        "&street=", AD(s), "&city=", LO(t.split(",")[0]), "&password=", PW(password(r)), "&terms=1&utm_source=google&promo=SUMMER",
        _d(r, 2), "\n",
    ])


# ----- English: NZ
@tpl("en-NZ")
def t_nz_sms(r):
    L = LOC["NZ"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        f"{ts(r, '%d/%m %H:%M')} FreshBox: Kia ora ", N(p.first), "! Your box is out for delivery to ", AD(f"{s}, {t}"),
        f". Track: fb.nz/t/{_s(r, _ALNUM, 8)}\n", f"{ts(r, '%d/%m %H:%M')} Me: can u leave it with my neighbour ",
        N(L.first(r)), " at no. ", str(r.randint(2, 80)), "? gate code ", _d(r, 4), "\n",
        f"{ts(r, '%d/%m %H:%M')} FreshBox: No worries. Driver ", N(L.first(r)), " will call from ", PH(L.phone(r)), "\n",
        f"{ts(r, '%d/%m %H:%M')} FreshBox: Delivered. Rate us 1-5. Order {_d(r, 8)}\n",
    ])


@tpl("en-NZ")
def t_nz_pw_reset(r):
    L = LOC["NZ"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        "Kia ora ", N(p.first), ",\n\nAs requested over the phone, I've reset your portal login. Temporary password: ",
        PW(password(r)), "\nYou'll be asked to choose a new one. (For the audit log: old hash ", bcrypt(r),
        ", changed ", ts(r), ".)\n\nUsername: ", E(p.email), "\nLast login from ", IP(_ip_public_v4(r)),
        " (", r.choice(["Auckland", "Wellington"]), " region per GeoIP)\n\nNgā mihi,\n", N(ag.full),
        "\nService Desk, Tūī Energy | 0800 TUI NRG\n",
    ])


# ----- English: SG
@tpl("en-SG")
def t_sg_app_log(r):
    L = LOC["SG"]
    out = []
    for _ in range(r.randint(3, 5)):
        p = L.person(r)
        lvl = r.choice(["INFO", "INFO", "WARN"])
        out += [f"{ts(r, '%Y-%m-%d %H:%M:%S,%f')[:-3]} {lvl} [auth-svc] login ok user=", E(p.email), " ip=",
                IP(pub_ip(r)), f" session={_s(r, _HEX, 24)} ua=iOS/{r.randint(15, 18)}.{r.randint(0, 6)}\n"]
        if r.random() < 0.4:
            out += [f"{ts(r, '%Y-%m-%d %H:%M:%S,%f')[:-3]} WARN [auth-svc] failed pw attempt from {priv_ip(r)} "
                    f"req_id={uuid4(r)}\n"]
    return _mk(out)


@tpl("en-SG")
def t_sg_hr_email(r):
    L = LOC["SG"]
    p, hr = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Hi ", N(p.first), ",\n\nWelcome aboard! Please confirm the details below for payroll by Friday:\n\n",
        "Name: ", N(p.full), "\nDate of birth: ", DOB(L.dob(r)), "\nResidential address: ", AD(f"{s}, {t}"),
        "\nHP: ", PH(L.phone(r, r.choice(["nat", "intl"]))), "\nStart date: ", L.date(r, "dM", 0, 30),
        "\nEmployee ID: ", f"E{_d(r, 6)}", "\n\nYour desk is at our Raffles Place office, level ", str(r.randint(5, 40)),
        ".\n\nRegards,\n", N(hr.full), "\nPeople Team\n", E("people@lionrock.sg"), "\n",
    ])


# ----- English: KE
@tpl("en-KE")
def t_ke_mpesa_chat(r):
    L = LOC["KE"]
    a, b = L.person(r), L.person(r)
    return _mk([
        "Live chat - SafiriShop\n", N(a.full), ": Habari, I paid via M-Pesa but order not confirmed\n",
        "Agent ", N(b.first), ": Pole sana! Share the M-Pesa code and your phone please\n",
        N(a.first), ": code ", _s(r, string.ascii_uppercase + string.digits, 10), " phone ", PH(L.phone(r)), "\n",
        "Agent ", N(b.first), ": Thanks. Amount KSh ", f"{r.randint(500, 40000):,}", " received. Delivery to ",
        LO(L.town(r)), " takes 2 days from our Nairobi warehouse.\n", N(a.first), ": asante. I'm travelling to ",
        LO(r.choice(["Kampala", "Arusha", "Kigali"])), " on ", L.date(r, "dM", 0, 20), " so pls hurry\n",
    ])


@tpl("en-KE")
def t_ke_tenant_form(r):
    L = LOC["KE"]
    p = L.person(r)
    s, t, _ = L.address(r)
    nok = L.person(r)
    return _mk([
        "TENANT APPLICATION - Greenview Apartments\nFull name: ", N(p.full), "\nD.O.B: ", DOB(L.dob(r)),
        "\nPhone: ", PH(L.phone(r)), "\nEmail: ", E(p.email), "\nCurrent address: ", AD(f"{s}, {t}"),
        "\nNext of kin: ", N(nok.full), " (", PH(L.phone(r)), ")\nEmployer: Safaricom PLC\nDeposit: KSh ",
        f"{r.randint(20, 120)},000", "\nUnit applied: ", f"B{r.randint(1, 9)}-{r.randint(1, 20):02d}", "\n",
    ])


# ----- Catalan
@tpl("ca")
def t_ca_enrol_email(r):
    L = LOC["ca"]
    p, sec = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Assumpte: Inscripció curs intensiu d'anglès B2\n\nBon dia,\n\nUs escric per inscriure'm al curs que comença el ",
        L.date(r, "ca", 0, 40), ". Les meves dades:\n\nNom i cognoms: ", N(p.full), "\nData de naixement: ", DOB(L.dob(r)),
        "\nAdreça: ", AD(f"{s}, {t}"), "\nMòbil: ", PH(L.phone(r)), "\nCorreu: ", E(p.email),
        "\n\nPodeu domiciliar els rebuts al compte ", IBAN(L.iban(r)), ".\n\nMoltes gràcies,\n", N(p.first),
        "\n\n> Resposta de ", N(sec.first), " (secretaria Escola Pompeu Fabra): rebut, et confirmem plaça al grup ",
        f"B2-{r.choice('ABC')}{r.randint(1, 4)}", ".\n",
    ])


@tpl("ca")
def t_ca_whatsapp(r):
    L = LOC["ca"]
    a, b = L.person(r), L.person(r)
    d = lambda: ts(r, "%d/%m/%y %H:%M")  # noqa: E731
    return _mk([
        d(), " - ", N(a.first), ": ei, al final el pis de ", LO(L.town(r)), " el llogo jo\n",
        d(), " - ", N(b.first), ": quina alegria!! i on és exactament?\n",
        d(), " - ", N(a.first), ": ", AD(L.addr1(r)), ", a prop del Mercat de Sant Antoni\n",
        d(), " - ", N(b.first), ": el meu número nou és ", PH(L.phone(r, "nat")), ", truca'm quan vulguis\n",
        d(), " - ", N(a.first), ": <Multimèdia omès>\n",
    ])


@tpl("ca")
def t_ca_call_note(r):
    L = LOC["ca"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"Nota de trucada #{r.randint(10000, 99999)} · ", ts(r, "%d/%m/%Y %H:%M"), "\nAgent: ", N(ag.full),
        "\nClient: ", N(p.full), "\nTelèfon: ", PH(L.phone(r)), "\nMotiu: vol canviar la targeta de pagament. Targeta nova: ",
        CC(card(r)), " (caducitat ", expiry(r), "). L'antiga acabava en ", _d(r, 4),
        ".\nObservacions: es trasllada a ", LO(r.choice(["Andorra", "València", "Perpinyà"])),
        " el mes que ve; enviar factures a ", E(p.email), ".\nIncidència oberta a la botiga de Girona, codi ",
        f"INC-{_d(r, 6)}", ".\n",
    ])


# ----- Icelandic
@tpl("is")
def t_is_bank_email(r):
    L = LOC["is"]
    p, q = L.person(r), L.person(r)
    return _mk([
        "Sæl/l ", N(q.first), ",\n\nHér eru upplýsingarnar fyrir millifærsluna vegna leigunnar:\n\nNafn: ", N(p.full),
        "\nIBAN: ", IBAN(L.iban(r)), "\nSWIFT: ", swift(r, "IS"), "\nUpphæð: ", f"{r.randint(150, 420)}.000 kr.",
        "\nGjalddagi: ", L.date(r, "dmy.", 0, 30), "\n\nÉg flyt til ", LO(r.choice(["Danmerkur", "Noregs", "Akureyrar"])),
        " í vor, svo endilega hringdu í mig í síma ", PH(L.phone(r, "nat")), ".\n\nKveðja,\n", N(p.first), "\n",
    ])


@tpl("is")
def t_is_sms(r):
    L = LOC["is"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        ts(r, "%d.%m. %H:%M"), " Pósturinn: Pakki ", f"RS{_d(r, 9)}IS", " bíður þín. Afhending á ", AD(f"{s}, {t}"),
        " á morgun milli 17 og 22.\n", ts(r, "%d.%m. %H:%M"), " Ég: takk, setjið hann hjá ", N(L.first(r)),
        " nágranna ef ég er ekki heima\n", ts(r, "%d.%m. %H:%M"), " Pósturinn: Ekkert mál ", N(p.first),
        ". Staðfestingarkóði: ", otp(r), "\n",
    ])


# ----- Afrikaans
@tpl("af")
def t_af_dental_email(r):
    L = LOC["af"]
    p, dr = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Goeie dag,\n\nEk wil graag 'n afspraak maak vir my kind, ", N(L.first(r)), ", by dr. ", N(dr.last),
        ". Die geboortedatum is ", DOB(L.dob(r)), ".\n\nOns het pas van ", LO(r.choice(["Kimberley", "Upington", "Bethlehem"])),
        " af getrek; ons nuwe adres is ", AD(f"{s}, {t}"), ".\nMediese fonds: Discovery, lidnommer ", _d(r, 9),
        ".\n\nU kan my bel by ", PH(L.phone(r)), ".\n\nVriendelike groete\n", N(p.full), "\n",
    ])


@tpl("af")
def t_af_whatsapp(r):
    L = LOC["af"]
    a, b = L.person(r), L.person(r)
    pet = L.pw_words[0]
    d = lambda: ts(r, "%Y/%m/%d, %H:%M")  # noqa: E731
    return _mk([
        d(), " - ", N(a.first), ": Ma, die wifi wagwoord by die plaas is weer verander\n",
        d(), " - ", N(b.full), ": Ja skat, dis nou ", PW(password(r, ["Bokkie", "Karoo", "Ouma"])), "\n",
        d(), " - ", N(a.first), ": Dankie! Is ", pet, " al by die veearts gewees?\n",
        d(), " - ", N(b.full), ": Nog nie, ek gaan Woensdag. Bel my op ", PH(L.phone(r, "nat")), " as jy in ",
        LO(L.town(r)), " is\n",
    ])


@tpl("af")
def t_af_form(r):
    L = LOC["af"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "AANSOEKVORM – Huurwoning\nVan: ", N(p.last), "\nVoorname: ", N(p.first), "\nGeboortedatum: ", DOB(L.dob(r)),
        "\nSelfoon: ", PH(L.phone(r)), "\nE-pos: ", E(p.email), "\nHuidige adres: ", AD(f"{s}\n{t}"),
        "\nWerkgewer: Sanlam, Bellville-tak\nMaandelikse inkomste: R", f"{r.randint(18, 95)} 000",
        "\nVerwysingsnommer: ", f"HW-{_d(r, 6)}", "\n",
    ])


# ----- Tagalog / Filipino
@tpl("tl")
def t_tl_live_chat(r):
    L = LOC["tl"]
    p = L.person(r)
    ag = L.first(r)
    return _mk([
        "Agent ", N(ag), ": Magandang hapon po! Paano ko po kayo matutulungan?\n",
        N(p.full), ": hello po, hindi pa dumadating yung order ko, ", f"#{_d(r, 10)}", "\n",
        "Agent ", N(ag), ": Pasensya na po. Pwede po bang i-confirm ang address at contact number?\n",
        N(p.first), ": ", AD(L.addr1(r)), " tapos number ko ", PH(L.phone(r)), "\n",
        "Agent ", N(ag), ": Salamat po ", N(p.first), ". Naka-hold po sa Pasig hub, ide-deliver bukas. Tracking ",
        f"PH{_d(r, 12)}", "\n",
    ])


@tpl("tl")
def t_tl_sms(r):
    L = LOC["tl"]
    a = L.person(r)
    return _mk([
        "From ", PH(L.phone(r)), ": Hi ", N(a.first.split()[0]), "! Si ", N(L.first(r)), " ito, bagong number ko. ",
        "Uuwi ako ng ", LO(r.choice(["Batangas", "Pampanga", "Bicol", "Cebu"])), " sa Pasko\n",
        "GCash: You have received PHP ", f"{r.randint(100, 9000)}.00", " from ", N(f"{L.first(r).split()[0].upper()} {L.last(r)[0]}."),
        f" Ref No. {_d(r, 13)}. ", ts(r, "%m-%d-%Y %I:%M %p"), "\n",
        "From ", PH(L.phone(r, "intl")), ": Wag mo ibigay OTP mo ha, ", otp(r), " lang yan sa GCash\n",
    ])


@tpl("tl")
def t_tl_crm(r):
    L = LOC["tl"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        "CRM NOTE | Agent: ", N(ag.full), " | ", ts(r, "%m/%d/%Y %H:%M"), "\nCustomer: ", N(f"{p.last}, {p.first}"),
        "\nBirthday: ", DOB(L.dob(r)), "\nNag-request ng bagong card kasi nawala sa jeep. Blocked na yung lumang card ",
        masked_card(r), ".\nEmail: ", E(p.email), "  Mobile: ", PH(L.phone(r)), "\nPickup sa SM Megamall branch.\n",
    ])


# ----- Malay
@tpl("ms")
def t_ms_pharmacy_email(r):
    L = LOC["ms"]
    p, ph = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Salam sejahtera ", N(p.first), ",\n\nPesanan ubat anda ", f"RX-{_d(r, 7)}", " akan dihantar ke alamat berikut:\n",
        AD(f"{s},\n{t}"), "\n\nSila pastikan ada orang di rumah antara 2 - 5 petang pada ", L.date(r, "dM", 0, 7),
        ". Jumlah: RM", f"{r.randint(20, 400)}.{r.randint(0, 99):02d}", " (kad ", masked_card(r), ").\n\n",
        "Jika ada pertanyaan, hubungi ahli farmasi kami, ", N(ph.full), ", di ", PH(L.phone(r, fixed=True)),
        " atau ", E("farmasi@sihatpantas.com.my"), ".\n\nTerima kasih,\nFarmasi Sihat Pantas, cawangan Cheras\n",
    ])


@tpl("ms")
def t_ms_form(r):
    L = LOC["ms"]
    p = L.person(r)
    return _mk([
        "nama_penuh: ", N(p.full.upper()), "\ntarikh_lahir: ", DOB(L.dob(r)), "\nno_tel: ", PH(L.phone(r)), "\nemel: ",
        E(p.email), "\nnegeri_asal: ", LO(r.choice(["Kelantan", "Sabah", "Perak", "Kedah"])), "\nbandar: ", LO(L.town(r)),
        "\nkata_laluan: ", PW(password(r, ["Kucing", "Durian", "sayang"])), "\nkata_laluan_hash: ", argon2(r),
        "\nstatus: aktif\nid_ahli: ", f"M{_d(r, 8)}", "\n",
    ])


# ----- Serbian (Latin)
@tpl("sr")
def t_sr_email(r):
    L = LOC["sr"]
    p, q = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Poštovani ", N(q.last), ",\n\nŠaljem vam podatke za ugovor o zakupu stana:\n\nIme i prezime: ", N(p.full),
        "\nDatum rođenja: ", DOB(L.dob(r)), "\nAdresa: ", AD(f"{s}, {t}"), "\nTelefon: ", PH(L.phone(r)),
        "\nRačun (IBAN): ", IBAN(L.iban(r)), "\n\nRođen sam u ", LO(r.choice(["Kraljevu", "Valjevu", "Šapcu", "Leskovcu"])),
        ", ali već deset godina živim u mestu ", LO(L.town(r)), ".\n\nSrdačan pozdrav,\n", N(p.first), "\n",
    ])


@tpl("sr")
def t_sr_viber(r):
    L = LOC["sr"]
    a, b = L.person(r), L.person(r)
    d = lambda: ts(r, "%d.%m.%Y. %H:%M")  # noqa: E731
    return _mk([
        "[", d(), "] ", N(a.first), ": Ćao, jel možeš da mi pošalješ lozinku za wifi u kancelariji?\n",
        "[", d(), "] ", N(b.full), ": ", PW(password(r, ["Zvezda", "Kafana", "sunce"])), " (ruter je ", priv_ip(r), ")\n",
        "[", d(), "] ", N(a.first), ": Hvala! Inače, ", N(L.first(r)), " je dobila novi broj: ", PH(L.phone(r, "nat")), "\n",
        "[", d(), "] ", N(b.full), ": Super, sutra putujem u ", LO(r.choice(["Beč", "Ljubljanu", "Budimpeštu"])), "\n",
    ])


# ----- Estonian
@tpl("et")
def t_et_email(r):
    L = LOC["et"]
    p, q = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Tere ", N(q.first), "!\n\nSaadan oma andmed rattarendi lepingu jaoks:\n\nNimi: ", N(p.full), "\nSünniaeg: ",
        DOB(L.dob(r)), "\nAadress: ", AD(f"{s}, {t}"), "\nTelefon: ", PH(L.phone(r)), "\nE-post: ", E(p.email),
        "\nArvelduskonto: ", IBAN(L.iban(r)), "\n\nRatas palun tuua Tartu kontorisse, mitte koju.\n\nParimat\n", N(p.first), "\n",
    ])


@tpl("et")
def t_et_jsonl(r):
    L = LOC["et"]
    out = []
    for _ in range(r.randint(2, 4)):
        p = L.person(r)
        out += [json.dumps({"aeg": ts(r), "sündmus": "sõit_lõpetatud"}, ensure_ascii=False)[:-1],
                ', "kasutaja": "', N(p.full), '", "telefon": "', PH(L.phone(r, "e164")), '", "ip": "', IP(pub_ip(r)),
                '", "ratas": "', f"EE-{_d(r, 5)}", '", "jaam": "Kaubamaja", "hind_eur": ', f"{r.randint(1, 9)}.{r.randint(0, 99):02d}",
                ', "kaart": "', masked_card(r), '"}\n']
    return _mk(out)


# ----- Slovenian
@tpl("sl")
def t_sl_email(r):
    L = LOC["sl"]
    p, dr = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Spoštovani,\n\nprosim za nov termin pri zobozdravnici dr. ", N(dr.last), ". Podatki pacienta:\n\nIme in priimek: ",
        N(p.full), "\nDatum rojstva: ", DOB(L.dob(r)), "\nNaslov: ", AD(f"{s}, {t}"), "\nGSM: ", PH(L.phone(r)),
        "\n\nTermin ", L.date(r, "d. m.", 0, 20), " mi ne ustreza, ker sem takrat v ", LO(r.choice(["Zagrebu", "Trstu", "Gradcu"])),
        ".\n\nLep pozdrav,\n", N(p.full), "\n",
    ])


@tpl("sl")
def t_sl_call_note(r):
    L = LOC["sl"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"Klic {ts(r, '%d.%m.%Y %H:%M')} | operater: ", N(ag.first), "\nStranka ", N(p.full.lower()),
        " sporoča, da se je preselila v ", LO(L.town(r)), ". Nova e-pošta: ", E(p.email),
        ". Plačilo s kartico ", CC(card(r)), ", velja do ", expiry(r), ".\nŠtevilka pogodbe ", f"P-{_d(r, 7)}",
        ", znesek ", f"{r.randint(10, 400)},{r.randint(0, 99):02d} EUR", ". Poslovalnica Maribor obveščena.\n",
    ])


# ----- Turkish
@tpl("tr")
def t_tr_email(r):
    L = LOC["tr"]
    p, q = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Merhaba ", N(q.full), ",\n\nKiralık daire başvurusu için bilgilerim aşağıdadır:\n\nAd Soyad: ", N(p.full),
        "\nDoğum tarihi: ", DOB(L.dob(r)), "\nAdres: ", AD(f"{s}\n{t}"), "\nCep: ", PH(L.phone(r)), "\nIBAN: ",
        IBAN(L.iban(r, True)), "\n\nAslen ", LO(r.choice(["Trabzon", "Erzurum", "Mardin", "Sivas"])),
        " doğumluyum, iş nedeniyle şimdi ", LO(t.split("/")[-1]), " ilinde yaşıyorum.\n\nSaygılarımla,\n", N(p.full), "\n",
    ])


@tpl("tr")
def t_tr_whatsapp(r):
    L = LOC["tr"]
    a, b = L.person(r), L.person(r)
    d = lambda: ts(r, "%d.%m.%Y %H:%M")  # noqa: E731
    return _mk([
        d(), " - ", N(a.first), ": Abi bisiklet uygulamasının şifresini unuttum\n",
        d(), " - ", N(b.first), ": Ortak hesabın şifresi ", PW(password(r, ["Galatasaray", "Boncuk", "kedi"])), "\n",
        d(), " - ", N(a.first), ": Tamam sağ ol. Kadıköy istasyonunda 3 bisiklet var, ", gps(r, 40.99, 29.03), "\n",
        d(), " - ", N(b.first), ": Annemin yeni numarası ", PH(L.phone(r, "nat")), ", kaydet\n",
    ])


@tpl("tr")
def t_tr_form(r):
    L = LOC["tr"]
    p = L.person(r)
    return _mk([
        "ad=", N(p.first), "; soyad=", N(p.last), "; dogum_tarihi=", DOB(L.dob(r, "dmy.")), "; telefon=", PH(L.phone(r)),
        "; eposta=", E(p.email), "; sehir=", LO(r.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"])),
        "; kart_son4=", _d(r, 4), "; siparis_no=", f"TR{_d(r, 9)}", "; kupon=KASIM", _d(r, 2), "; ip=", priv_ip(r), "\n",
    ])


# ----- Romanian
@tpl("ro")
def t_ro_email(r):
    L = LOC["ro"]
    p, q = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Bună ziua, doamna ", N(q.last), ",\n\nVă trimit datele pentru programarea la cabinetul stomatologic:\n\nNume: ",
        N(p.full), "\nData nașterii: ", DOB(L.dob(r)), "\nDomiciliu: ", AD(f"{s}, {t}"), "\nTelefon: ", PH(L.phone(r)),
        "\nEmail: ", E(p.email), "\n\nPrefer o programare după ", L.date(r, "dM", 0, 20),
        ", când mă întorc din ", LO(r.choice(["Italia", "Spania", "Germania"])), ".\n\nCu stimă,\n", N(p.first), "\n",
    ])


@tpl("ro")
def t_ro_ticket(r):
    L = LOC["ro"]
    p, ag = L.person(r), L.person(r)
    return _mk([
        f"Tichet #{r.randint(100000, 999999)} | Status: deschis\nClient: ", N(p.full), " <", E(p.email), ">\n",
        "Mesaj: Nu mi-a venit rambursarea. Contul meu este ", IBAN(L.iban(r)), ", titular ", N(p.full.upper()), ".\n",
        "---- Notă internă (", N(ag.first), ") ----\nTranzacția ", uuid4(r), " din ", ts(r), ", suma ",
        f"{r.randint(50, 2000)},{r.randint(0, 99):02d} lei", ". BIC ", swift(r, "RO"), ". Sunat clientul la ",
        PH(L.phone(r)), ", nu răspunde.\n",
    ])


@tpl("ro")
def t_ro_sms(r):
    L = LOC["ro"]
    p = L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "FarmaExpres: Comanda ", f"{_d(r, 8)}", " a fost predată curierului. Livrare azi la ", AD(f"{s}, {t}"),
        ". Cod ridicare: ", otp(r), "\n", "Eu: Vă rog sunați-mă înainte la ", PH(L.phone(r, "nat")), ", sunt ", N(p.first), "\n",
        "FarmaExpres: Sigur, curierul ", N(L.first(r)), " vă sună cu 30 min înainte.\n",
    ])


# ----- Welsh
@tpl("cy")
def t_cy_email(r):
    L = LOC["cy"]
    p, q = L.person(r), L.person(r)
    s, t, _ = L.address(r)
    return _mk([
        "Annwyl ", N(q.first), ",\n\nDiolch am eich neges. Dyma fy manylion ar gyfer y cwrs Cymraeg:\n\nEnw: ", N(p.full),
        "\nDyddiad geni: ", DOB(L.dob(r)), "\nCyfeiriad: ", AD(f"{s}, {t}"), "\nFfôn symudol: ", PH(L.phone(r)),
        "\nE-bost: ", E(p.email), "\n\nCes i fy ngeni yn ", LO(r.choice(["Nghaerdydd", "Abertawe", "Aberystwyth"])),
        " ond dw i'n byw yn ", LO(L.town(r)), " nawr.\n\nCofion,\n", N(p.first), "\n",
    ])


@tpl("cy")
def t_cy_form(r):
    L = LOC["cy"]
    p = L.person(r)
    return _mk([
        "FFURFLEN GOFRESTRU – Canolfan Hamdden\nCyfenw: ", N(p.last), "\nEnw cyntaf: ", N(p.first), "\nDyddiad geni: ",
        DOB(L.dob(r, "dmy")), "\nRhif ffôn: ", PH(L.phone(r)), "\nCyfeiriad: ", AD(L.addr1(r)), "\nCyfrinair: ",
        PW(password(r, ["Draig", "Eryri", "cariad"])), "\nRhif aelod: ", f"CH{_d(r, 6)}", "\nDyddiad ymuno: ",
        L.date(r, "dmy", 300, 0), "\n",
    ])


# ---------------------------------------------------------------- free text
def _check(t: Text, tag: str) -> None:
    prev_end = -1
    for s, e, lab in sorted(t.spans):
        v = t.text[s:e]
        assert s >= prev_end, (tag, "overlap", t.text[max(0, s - 20):e])
        assert v and v == v.strip(), (tag, repr(v))
        assert v[0] not in "\"'([{<" or (lab == "PHONE_NUMBER" and v[0] == "(" and ")" in v), (tag, lab, repr(v))
        assert v[-1] not in "\"')]}>,;:!?" or lab in ("PASSWORD", "API_KEY"), (tag, lab, repr(v))
        assert v[-1] != "." or lab == "PERSON", (tag, lab, repr(v))
        if lab == "PHONE_NUMBER":
            reg = LOC[tag.split("-")[-1]].region if tag.split("-")[-1] in LOC else LOC[tag].region
            assert phonenumbers.is_valid_number(phonenumbers.parse(v, reg)), (tag, v)
        elif lab == "CREDIT_CARD":
            digits = [int(c) for c in v if c.isdigit()]
            tot = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
            assert tot % 10 == 0 and len(digits) in (15, 16), v
        elif lab == "US_SSN":
            dg = v.replace("-", "").replace(" ", "")
            assert len(dg) == 9 and dg[:3] not in ("000", "666") and dg[0] != "9" and dg[3:5] != "00" and dg[5:] != "0000", v
        elif lab == "IBAN_CODE":
            c = v.replace(" ", "")
            assert _mod97(c[4:] + c[:4]) == 1, v
        elif lab == "EMAIL_ADDRESS":
            assert v.count("@") == 1 and " " not in v, v
        prev_end = e


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        tag, fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"inlet-text-{seed}-{i}")
        t = fn(r)
        _check(t, tag)
        out.append(t)
    return out


# ---------------------------------------------------------------- structured
class _Row:
    def __init__(self, L, r):
        self.p = L.person(r)
        self.s, self.t, self.town = L.address(r)


def _col(h, ent, fn, blank=0.0, ph=False):
    return (h, ent, fn, blank, ph)


def _table(r, rows, L, specs):
    rws = [_Row(L, r) for _ in range(rows)]
    cols = []
    for h, ent, fn, blank, ph in specs:
        vals: list[str | None] = []
        for w in rws:
            x = r.random()
            if x < blank:
                vals.append(None)
            elif ph and x < blank + 0.04:
                vals.append(r.choice(["N/A", "-", "unknown"]))
            else:
                v = fn(r, w)
                vals.append(v if isinstance(v, str) else str(v))
        cols.append(Column(h, ent, vals))
    assert 15 <= len(cols) <= 22, len(cols)
    assert sum(c.entity is None for c in cols) * 2 > len(cols)
    return cols


def _yn(r, w):
    return r.choice(["true", "false", "true"])


def _pick(*xs):
    return lambda r, w: r.choice(xs)


def _tbl_funeral_us(r, rows):
    L = LOC["US"]
    return _table(r, rows, L, [
        _col("case_id", None, lambda r, w: f"FA-2026-{_d(r, 4)}"),
        _col("decedent_first", "PERSON", lambda r, w: w.p.first),
        _col("decedent_last", "PERSON", lambda r, w: w.p.last),
        _col("dob", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "mdy"), 0.05),
        _col("date_of_death", None, lambda r, w: L.date(r, "mdy", 90, 0)),
        _col("service_location", None, _pick("Oak Hill Chapel - Tulsa", "Riverside Chapel, Boise", "Main St Parlor Raleigh")),
        _col("informant_name", "PERSON", lambda r, w: L.person(r).full, 0.1),
        _col("col_7", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.15, True),
        _col("informant_email", "EMAIL_ADDRESS", lambda r, w: L.person(r).email, 0.3),
        _col("informant_addr", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}", 0.2),
        _col("ssn", "US_SSN", lambda r, w: ssn(r), 0.35, True),
        _col("ssn_on_file", None, _pick("Y", "N")),
        _col("package", None, _pick("Traditional Burial", "Direct Cremation", "Memorial Service", "Green Burial")),
        _col("casket_model", None, _pick("Lincoln Bronze 18ga", "Washington Oak", "Franklin Poplar", "Madison Steel")),
        _col("total_due", None, lambda r, w: f"{r.randint(1800, 14000)}.{r.randint(0, 99):02d}"),
        _col("card_last4", None, lambda r, w: _d(r, 4), 0.4),
        _col("invoice_no", None, lambda r, w: f"INV{_d(r, 7)}"),
        _col("obituary_published", None, lambda r, w: L.date(r, "iso", 60, 0), 0.5),
        _col("officiant_church", None, _pick("St. Mary's Catholic Church", "First Baptist Church", "St. John Lutheran"), 0.3),
        _col("email_verified", None, _yn),
    ])


def _tbl_funeral_ie(r, rows):
    L = LOC["IE"]
    return _table(r, rows, L, [
        _col("Notice ID", None, lambda r, w: f"RIP{_d(r, 6)}"),
        _col("Deceased Name", "PERSON", lambda r, w: w.p.full),
        _col("Late Of", "LOCATION", lambda r, w: w.town, 0.05),
        _col("Date Of Birth", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "dM"), 0.4),
        _col("Date Of Death", None, lambda r, w: L.date(r, "dM", 60, 0)),
        _col("Funeral Home", None, _pick("Kavanagh's Funeral Home", "O'Connor Bros Undertakers", "Hennessy Funeral Directors")),
        _col("Removal Time", None, lambda r, w: ts(r, "%Y-%m-%d %H:%M", 60)),
        _col("Church", None, _pick("St. Brigid's Church", "Church of the Assumption", "St. Patrick's Cathedral")),
        _col("Contact.Name", "PERSON", lambda r, w: L.person(r).full, 0.1),
        _col("Contact.Phone", "PHONE_NUMBER", lambda r, w: L.phone(r, r.choice(["nat", "intl"])), 0.2),
        _col("Contact.Email", "EMAIL_ADDRESS", lambda r, w: L.person(r).email, 0.35, True),
        _col("Notice.Fee", None, lambda r, w: f"€{r.randint(60, 250)}.00"),
        _col("Paid.Card", None, lambda r, w: masked_card(r), 0.2),
        _col("Published", None, _pick("yes", "no")),
        _col("Donations To", None, _pick("Irish Cancer Society", "Pieta House", "Alzheimer Society of Ireland"), 0.5),
        _col("Family Flowers Only", None, _pick("Y", "N")),
        _col("Portal Password Set", None, lambda r, w: L.date(r, "dmy", 100, 0), 0.3),
    ])


def _tbl_dental_za(r, rows):
    L = LOC["af"]
    return _table(r, rows, L, [
        _col("pasiëntNr", None, lambda r, w: f"P-{_d(r, 5)}"),
        _col("voornaam", "PERSON", lambda r, w: w.p.first),
        _col("van", "PERSON", lambda r, w: w.p.last),
        _col("geboortedatum", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "iso"), 0.02),
        _col("selfoon", "PHONE_NUMBER", lambda r, w: L.phone(r, "nat"), 0.1),
        _col("ePos", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.25),
        _col("adres", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}", 0.15),
        _col("woonplek", "LOCATION", lambda r, w: w.town, 0.1),
        _col("mediesefonds", None, _pick("Discovery Health", "Bonitas", "Momentum", "GEMS", "geen")),
        _col("lidNommer", None, lambda r, w: _d(r, 9), 0.3),
        _col("laasteBesoek", None, lambda r, w: L.date(r, "iso", 400, 0)),
        _col("volgendeAfspraak", None, lambda r, w: ts(r, "%Y-%m-%d %H:%M", 1), 0.4),
        _col("tandarts", None, _pick("Botha & Vennote Tandartse", "Smile Studio Paarl", "Dr. Nel Ortodonsie Bk")),
        _col("rekeningSaldo", None, lambda r, w: f"R {r.randint(0, 9)} {r.randint(0, 999):03d},{r.randint(0, 99):02d}"),
        _col("xrayHash", None, lambda r, w: sha256(r), 0.5),
        _col("ePosGeverifieer", None, _yn),
        _col("telefoonTipe", None, _pick("selfoon", "werk", "huis")),
        _col("kaartLaaste4", None, lambda r, w: _d(r, 4), 0.45),
    ])


def _tbl_dental_ro(r, rows):
    L = LOC["ro"]
    return _table(r, rows, L, [
        _col("ID_PROGRAMARE", None, lambda r, w: f"PRG{_d(r, 6)}"),
        _col("NUME", "PERSON", lambda r, w: w.p.last.upper()),
        _col("PRENUME", "PERSON", lambda r, w: w.p.first),
        _col("DATA_NASTERII", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "dmy."), 0.1),
        _col("TELEFON", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.05, True),
        _col("EMAIL", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.4),
        _col("LOCALITATE", "LOCATION", lambda r, w: w.town, 0.1),
        _col("CABINET", None, _pick("Clinica Sf. Pantelimon", "Dental Ionescu SRL", "Cabinet Dr. Popa")),
        _col("PROCEDURA", None, _pick("detartraj", "obturație", "extracție", "control")),
        _col("COST_LEI", None, lambda r, w: f"{r.randint(100, 3000)},00"),
        _col("DATA_PROGRAMARE", None, lambda r, w: L.date(r, "dmy.", 0, 60)),
        _col("STATUS", None, _pick("confirmat", "anulat", "neprezentat")),
        _col("CNP_VERIFICAT", None, _pick("DA", "NU")),
        _col("TIP_TELEFON", None, _pick("mobil", "fix")),
        _col("NR_FACTURA", None, lambda r, w: f"DNT {_d(r, 5)}", 0.3),
        _col("ADRESA_IP_CABINET", None, lambda r, w: priv_ip(r)),
    ])


def _tbl_lang_cat(r, rows):
    L = LOC["ca"]
    return _table(r, rows, L, [
        _col("id_alumne", None, lambda r, w: f"AL{_d(r, 5)}"),
        _col("nom", "PERSON", lambda r, w: w.p.first),
        _col("cognoms", "PERSON", lambda r, w: w.p.last),
        _col("data_naixement", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "dmy"), 0.05),
        _col("field_3", "PHONE_NUMBER", lambda r, w: L.phone(r, r.choice(["nat", "compact", "intl"])), 0.1),
        _col("correu", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1),
        _col("adreça", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}", 0.2),
        _col("població", "LOCATION", lambda r, w: w.town),
        _col("iban_domiciliació", "IBAN_CODE", lambda r, w: L.iban(r), 0.5, True),
        _col("nivell", None, _pick("A1", "A2", "B1", "B2", "C1")),
        _col("grup", None, lambda r, w: f"{r.choice(['B1', 'B2', 'C1'])}-{r.choice('ABC')}{r.randint(1, 4)}"),
        _col("escola", None, _pick("Escola Ramon Llull", "Acadèmia Pompeu Fabra", "Institut Joan Miró")),
        _col("matrícula_eur", None, lambda r, w: f"{r.randint(180, 900)},00 €"),
        _col("data_alta", None, lambda r, w: L.date(r, "dmy", 400, 0)),
        _col("correu_verificat", None, _pick("sí", "no")),
        _col("contrasenya_canviada", None, lambda r, w: ts(r), 0.6),
        _col("targeta_últims4", None, lambda r, w: _d(r, 4), 0.5),
        _col("ip_aula", None, lambda r, w: priv_ip(r)),
        _col("nom_del_llibre", None, _pick("English File B2", "Speakout Upper", "Gold First")),
    ])


def _tbl_tutors_my(r, rows):
    L = LOC["ms"]
    return _table(r, rows, L, [
        _col("TutorId", None, lambda r, w: f"T{_d(r, 4)}"),
        _col("NamaPenuh", "PERSON", lambda r, w: w.p.full),
        _col("TarikhLahir", "DATE_OF_BIRTH", lambda r, w: L.dob(r), 0.15),
        _col("NoTelefon", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.05),
        _col("Emel", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1),
        _col("Alamat", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}", 0.25, True),
        _col("KataLaluanPortal", "PASSWORD", lambda r, w: password(r, ["Kucing", "Durian", "sayang"]), 0.3),
        _col("Bahasa", None, _pick("Mandarin", "Inggeris", "Tamil", "Jepun", "Arab")),
        _col("KadarSejam", None, lambda r, w: f"RM{r.randint(40, 150)}"),
        _col("Cawangan", None, _pick("Petaling Jaya", "Shah Alam", "Johor Bahru", "Ipoh")),
        _col("KataLaluanHash", None, lambda r, w: bcrypt(r)),
        _col("TarikhDaftar", None, lambda r, w: L.date(r, "dmy", 700, 0)),
        _col("Penilaian", None, lambda r, w: f"{r.uniform(3, 5):.1f}"),
        _col("NamaSekolah", None, _pick("SMK Tunku Abdul Rahman", "SK Sultan Ismail", "Kolej Tun Hussein Onn")),
        _col("Status", None, _pick("aktif", "cuti", "tamat")),
    ])


def _tbl_bike_ee(r, rows):
    L = LOC["et"]
    return _table(r, rows, L, [
        _col("member.id", None, lambda r, w: uuid4(r)),
        _col("member.eesnimi", "PERSON", lambda r, w: w.p.first),
        _col("member.perenimi", "PERSON", lambda r, w: w.p.last),
        _col("member.email", "EMAIL_ADDRESS", lambda r, w: w.p.email),
        _col("member.telefon", "PHONE_NUMBER", lambda r, w: L.phone(r, r.choice(["nat", "e164"])), 0.1),
        _col("member.sünniaeg", "DATE_OF_BIRTH", lambda r, w: L.dob(r), 0.3),
        _col("member.linn", "LOCATION", lambda r, w: w.town, 0.1, True),
        _col("payment.iban", "IBAN_CODE", lambda r, w: L.iban(r), 0.55),
        _col("payment.card_last4", None, lambda r, w: _d(r, 4), 0.3),
        _col("payment.card_expiry", None, lambda r, w: expiry(r), 0.3),
        _col("plan.type", None, _pick("kuu", "aasta", "tudeng", "päev")),
        _col("plan.start", None, lambda r, w: L.date(r, "dmy.", 300, 0)),
        _col("last_ride.station", None, _pick("Kaubamaja", "Balti jaam", "Raekoja plats", "Ülemiste")),
        _col("last_ride.gps", None, lambda r, w: gps(r, 59.437, 24.745)),
        _col("app.version", None, lambda r, w: version(r)),
        _col("app.push_token", None, lambda r, w: _s(r, _HEX, 64), 0.2),
        _col("member.email_verified", None, _yn),
    ])


def _tbl_rides_tr(r, rows):
    L = LOC["tr"]
    return _table(r, rows, L, [
        _col("rideId", None, lambda r, w: f"R{_d(r, 9)}"),
        _col("adSoyad", "PERSON", lambda r, w: w.p.full),
        _col("telefon", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.05),
        _col("istemciIp", "IP_ADDRESS", lambda r, w: pub_ip(r, 0.3), 0.1),
        _col("kartNo", "CREDIT_CARD", lambda r, w: card(r), 0.6),
        _col("baslangicIstasyonu", None, _pick("Kadıköy İskele", "Moda Sahil", "Beşiktaş Meydan", "Karaköy")),
        _col("bitisIstasyonu", None, _pick("Kadıköy İskele", "Moda Sahil", "Beşiktaş Meydan", "Karaköy")),
        _col("baslangicZamani", None, lambda r, w: ts(r, "%d.%m.%Y %H:%M:%S", 30)),
        _col("bitisZamani", None, lambda r, w: ts(r, "%d.%m.%Y %H:%M:%S", 30)),
        _col("sureDk", None, lambda r, w: str(r.randint(2, 90))),
        _col("ucretTl", None, lambda r, w: f"{r.randint(10, 200)},{r.randint(0, 99):02d} ₺"),
        _col("bisikletSeriNo", None, lambda r, w: f"BSK-{_d(r, 6)}"),
        _col("gpsBaslangic", None, lambda r, w: gps(r, 40.99, 29.03)),
        _col("uygulamaSurumu", None, lambda r, w: version(r)),
        _col("odemeDurumu", None, _pick("ödendi", "beklemede", "iade")),
        _col("cihazImei", None, lambda r, w: imei(r), 0.2),
        _col("oturumId", None, lambda r, w: _s(r, _HEX, 32)),
    ])


def _tbl_pharmacy_gb(r, rows):
    L = LOC["GB"]
    return _table(r, rows, L, [
        _col("ORDER_REF", None, lambda r, w: f"RX{_d(r, 8)}"),
        _col("PATIENT_FIRST", "PERSON", lambda r, w: w.p.first),
        _col("PATIENT_SURNAME", "PERSON", lambda r, w: w.p.last.upper()),
        _col("DOB", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "dmy")),
        _col("TEL", "PHONE_NUMBER", lambda r, w: L.phone(r, r.choice(["nat", "compact"])), 0.1),
        _col("ADDR1", "STREET_ADDRESS", lambda r, w: w.s),
        _col("TOWN", "LOCATION", lambda r, w: w.town),
        _col("EMAIL", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.45, True),
        _col("NHS_NO_VERIFIED", None, _pick("Y", "N")),
        _col("ITEM", None, _pick("Amoxicillin 500mg caps x21", "Sertraline 50mg tabs x28", "Salbutamol 100mcg inhaler")),
        _col("QTY", None, lambda r, w: str(r.randint(1, 3))),
        _col("PRICE_GBP", None, _pick("0.00", "9.90", "19.80")),
        _col("PAID_CARD", None, lambda r, w: masked_card(r), 0.5),
        _col("DISPATCH_BRANCH", None, _pick("Leeds Kirkstall", "Bristol Cabot", "York Clifton", "Derby Central")),
        _col("DRIVER_VEHICLE", None, lambda r, w: f"{_s(r, string.ascii_uppercase, 2)}{r.randint(10, 74)} {_s(r, string.ascii_uppercase, 3)}"),
        _col("TRACKING_NO", None, lambda r, w: f"JD{_d(r, 16)}", 0.2),
        _col("DELIVERED_AT", None, lambda r, w: ts(r, "%d/%m/%Y %H:%M"), 0.3),
        _col("SIGNATURE_HASH", None, lambda r, w: sha256(r), 0.3),
    ])


def _tbl_pharmacy_sl(r, rows):
    L = LOC["sl"]
    return _table(r, rows, L, [
        _col("id_stranke", None, lambda r, w: f"S{_d(r, 6)}"),
        _col("ime", "PERSON", lambda r, w: w.p.first),
        _col("priimek", "PERSON", lambda r, w: w.p.last),
        _col("datum_rojstva", "DATE_OF_BIRTH", lambda r, w: L.dob(r), 0.2),
        _col("attr2", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.1),
        _col("e_posta", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.3, True),
        _col("naslov", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}"),
        _col("geslo", "PASSWORD", lambda r, w: password(r, ["Triglav", "medved", "Bled"]), 0.4),
        _col("zadnji_nakup", None, lambda r, w: L.date(r, "dmy.", 200, 0)),
        _col("lekarna", None, _pick("Lekarna Center Kranj", "Lekarna Ljubljana Moste", "Lekarna Celje")),
        _col("vrsta_telefona", None, _pick("mobilni", "stacionarni")),
        _col("geslo_spremenjeno", None, lambda r, w: ts(r), 0.5),
        _col("kartica_zadnje4", None, lambda r, w: _d(r, 4), 0.5),
        _col("zdravilo", None, _pick("Lekadol 500 mg", "Aspirin Plus C", "Daleron")),
        _col("znesek_eur", None, lambda r, w: f"{r.randint(2, 80)},{r.randint(0, 99):02d}"),
        _col("tocke_zvestobe", None, lambda r, w: str(r.randint(0, 900))),
    ])


def _tbl_tenants_us(r, rows):
    L = LOC["US"]
    return _table(r, rows, L, [
        _col("tenantId", None, lambda r, w: f"TN-{_d(r, 5)}"),
        _col("fullName", "PERSON", lambda r, w: w.p.full if r.random() < 0.7 else f"{w.p.last}, {w.p.first}"),
        _col("dob", "DATE_OF_BIRTH", lambda r, w: L.dob(r, r.choice(["mdy", "iso"]))),
        _col("ssn", "US_SSN", lambda r, w: ssn(r, r.choice(["-", ""])), 0.2),
        _col("cellPhone", "PHONE_NUMBER", lambda r, w: L.phone(r), 0.05),
        _col("email", "EMAIL_ADDRESS", lambda r, w: w.p.email),
        _col("prevAddress", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}", 0.3, True),
        _col("bankAcct", "US_BANK_NUMBER", lambda r, w: us_account(r), 0.4),
        _col("routingNo", None, lambda r, w: routing(r), 0.4),
        _col("pwd", "PASSWORD", lambda r, w: password(r), 0.5),
        _col("unit", None, lambda r, w: f"Apt {r.randint(1, 12)}{r.choice('ABCD')}"),
        _col("leaseStart", None, lambda r, w: L.date(r, "mdy", 700, 30)),
        _col("rentAmt", None, lambda r, w: f"${r.randint(900, 3400)}.00"),
        _col("petName", None, _pick("Buddy", "Luna", "Max", "Bella", "Charlie"), 0.6),
        _col("emergencyPhoneType", None, _pick("mobile", "home", "work")),
        _col("creditScoreBand", None, _pick("580-669", "670-739", "740-799", "800+")),
        _col("portalLastIp", None, lambda r, w: priv_ip(r)),
        _col("addressType", None, _pick("mailing", "billing", "previous")),
    ])


def _tbl_tenants_is(r, rows):
    L = LOC["is"]
    return _table(r, rows, L, [
        _col("leigjandi_nr", None, lambda r, w: f"L{_d(r, 5)}"),
        _col("nafn", "PERSON", lambda r, w: w.p.full),
        _col("fæðingardagur", "DATE_OF_BIRTH", lambda r, w: L.dob(r, "dmy.")),
        _col("sími", "PHONE_NUMBER", lambda r, w: L.phone(r, r.choice(["nat", "intl"])), 0.05),
        _col("netfang", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.2),
        _col("heimilisfang", "STREET_ADDRESS", lambda r, w: f"{w.s}, {w.t}"),
        _col("reikningur", "IBAN_CODE", lambda r, w: L.iban(r), 0.3),
        _col("fyrra_sveitarfelag", "LOCATION", lambda r, w: L.town(r), 0.4, True),
        _col("innskraning_ip", "IP_ADDRESS", lambda r, w: pub_ip(r, 0.2), 0.25),
        _col("íbúð", None, lambda r, w: f"{r.randint(1, 4)}0{r.randint(1, 8)}"),
        _col("leiga_kr", None, lambda r, w: f"{r.randint(180, 420)}.000"),
        _col("upphaf_leigu", None, lambda r, w: L.date(r, "dmy.", 500, 30)),
        _col("gæludýr", None, _pick("Hekla", "Snúður", "Lappi", "Kisa"), 0.6),
        _col("kort_síðustu4", None, lambda r, w: _d(r, 4), 0.4),
        _col("tryggingarfé", None, lambda r, w: f"{r.randint(3, 9)}00.000 kr."),
        _col("staða", None, _pick("virkur", "útrunninn", "í vanskilum")),
        _col("orkumælir", None, lambda r, w: f"OR-{_d(r, 8)}"),
        _col("hússjóður", None, lambda r, w: f"{r.randint(8, 25)}.{r.randint(0, 9)}00 kr."),
        _col("síðast_uppfært", None, lambda r, w: ts(r)),
    ])


_TABLES = [
    ("funeral_arrangements_us", _tbl_funeral_us),
    ("funeral_notices_ie", _tbl_funeral_ie),
    ("dental_patients_za", _tbl_dental_za),
    ("dental_recalls_ro", _tbl_dental_ro),
    ("language_students_cat", _tbl_lang_cat),
    ("language_tutors_my", _tbl_tutors_my),
    ("bike_members_ee", _tbl_bike_ee),
    ("bike_rides_tr", _tbl_rides_tr),
    ("pharmacy_orders_gb", _tbl_pharmacy_gb),
    ("pharmacy_customers_sl", _tbl_pharmacy_sl),
    ("tenants_us", _tbl_tenants_us),
    ("tenants_is", _tbl_tenants_is),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    return {name: fn(random.Random(f"inlet-table-{seed}-{name}"), rows) for name, fn in _TABLES}
