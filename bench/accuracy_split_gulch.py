"""Labelled accuracy split "gulch" for the PII-scanner benchmark.

Data card
=========
Author / date: helper "gulch", 2026-11-27 (fixed "today" used for every date computation).

Independence: written only from the split-author prompt (/tmp/notes/prompt_gulch.md), a listing of
bench/ (`ls bench/`), and the outputs of Faker (locale list, a few sample names/addresses) and
phonenumbers (example numbers, validity checks) run locally.  The scanner (rules/, pii_audit/),
its tests, docs, results, other splits and bench/accuracy_data.py were never opened, and the
scanner / Presidio were never run.  The helpers imported from accuracy_data are used exactly as
described in the prompt.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)]);
structured(rows, seed) -> dict[table name, list[Column]]; TEMPLATES.  Everything is drawn from
random.Random(f"gulch-...-{seed}") objects; no clock reads, no set iteration, no hash() use.

Domains (all brands invented): kidney dialysis clinic (Renalis Care), solar panel leasing
(SunHarbor Leasing), ski school and lift passes (Piste & Powder), moving-van rental (VanGo
Movers), golf club membership (Larkspur Golf Club), florist deliveries (Petal Post), IT
managed-services provider (Cobalt Stack MSP), hostel chain (Bunkhouse Collective), adoption and
foster-care agency (Kinfold Family Services), scrap-metal recycling yard (IronMoth Recycling),
orthodontist (BraceWell Orthodontics), community radio donors (Radio Kestrel FM), plus generic
support / engineering texts of the same companies.

Languages (template counts, 60 templates): English 33 (US 7, GB 5, AU 4, IN 3, CA 3, IE 3,
ZA 2, NZ 2, NG 2, KE 1, SG 1) = 55 %; other 27 = 45 %: Catalan 2, Icelandic 2, Afrikaans 2,
Tagalog/Filipino 2, Malay 2, Welsh 2, Estonian 2, Slovenian 2, Turkish 2, Romanian 2,
Vietnamese 2, Swahili 2, Albanian 2, Lithuanian 1 (14 languages, all from the "barely used"
list).  Names, towns, streets, postcodes, phone formats and date formats follow each text's
country (hand-written per-country lists for every country, English ones included; Faker was only
inspected, it is not used at runtime, so no Faker seeding is involved).

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mails, WhatsApp / Teams /
Slack / live-chat exports, SMS threads, tickets with internal notes, CRM and call notes,
lower-case speech-to-text transcripts, form dumps (key: value, key=value, JSON lines), web-server
and application logs, config / .env snippets, OCR'd forms, tab-separated spreadsheet rows,
notification subjects, and two templates with no PII at all (release notes, snow report; some
log / notification texts also happen to draw no PII).

Value rules: phones are generated per region and every labelled phone is re-parsed and checked
with phonenumbers.is_valid_number; cards from _luhn (Visa/Mastercard/Amex prefixes), spaced or
not; SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits;
IBANs from _iban_of (spaced in fours or not); IPs from _ip_public_v4/_ip_public_v6; birth
dates 1941-2020 (children in the foster / orthodontist / ski texts), rendered in the country's format
(numeric or with local month names).

Label conventions as applied: PERSON spans exclude titles; chat speakers, "Last, First",
lower-case transcript names, first-only and surname-only mentions are labelled; names inside
brands, schools, venues, streets and companies, and pet names, are not.  STREET_ADDRESS is the
street line with postcode and town (multi-line blocks are one span; in '>'-quoted replies each
quoted line is its own span; signature business addresses labelled).  LOCATION only for where a
person lives / was born / comes from / travels to; depot, branch, site and office towns are
left unlabelled.  DATE_OF_BIRTH only for birth dates.  PASSWORD / API_KEY only for plaintext
secrets.  US_BANK_NUMBER is the account (never the routing number).  Spans exclude quotes,
brackets and trailing punctuation; the builder asserts exact offsets and no overlap.

Look-alikes (never labelled): masked cards and last-4, expiry/CVV, private IPs (10/8,
172.16/12, 192.168/16, 127/8), version strings, bcrypt / argon2 / sha256 hashes, UUIDs,
order / ticket / booking / tracking / claim / policy / receipt numbers, OTP and door codes,
IMEIs, routing numbers, SWIFT/BIC, GPS coordinates, amounts, timestamps and non-birth dates,
publishable keys (pk_live_), Twilio-style account SIDs, session ids, brand names containing
person names, pet names, branch / depot / office towns.

Tables (structured(rows, seed); name: locale, PII/look-alike columns, header styles):
  dialysis_sessions:      en_GB, 8/12, snake_case + abbreviations (dob, tel, addr1)
  solar_lease_accounts:   en_US, 8/12, camelCase + opaque (field_3)
  skischool_bookings:     sl_SI, 8/10, Slovenian headers (ime, priimek, kraj) + UPPER_SNAKE
  van_rentals:            en_AU, 8/12, spaced Title Case
  golf_members:           en_IE, 8/12, PascalCase + opaque (col_7)
  florist_orders:         ca_ES, 7/12, Catalan headers (nom, cognoms, adreça, població)
  msp_assets:             en_SG/en_IN, 7/12, dotted (user.email, host.ip)
  hostel_guests:          et_EE, 8/12, Estonian headers (eesnimi, perekonnanimi, linn)
  foster_carers:          af_ZA, 8/12, Afrikaans headers (naam, van, geboortedatum, adres)
  scrap_sellers:          tr_TR, 7/12, Turkish headers (ad, soyad, doğum tarihi) + attr2
  ortho_patients:         ro_RO, 8/12, Romanian headers + abbreviations
  radio_donors:           en_US/en_CA, 8/12, mixed (UPPER_SNAKE, dotted, opaque)
Blanks (None) at 0-60 % per column; some columns carry placeholders (N/A, -, unknown).

Determinism: every text / table gets its own random.Random seeded with a string; identical output
under any PYTHONHASHSEED (checked in two processes).  Both benchmark calls take well under 1 s.

Known limits: streets are drawn per country, not per town; name/street/town lists are short hand-written lists (repeats are common over 500
texts); some non-English phrasing is simple; transcripts render numbers as digits; only the
postcode/town formats listed per country are used; Vietnamese addresses omit postcodes.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
import json
import random
import re
import unicodedata
import uuid

import phonenumbers
from phonenumbers import PhoneNumberFormat as _PNF

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

TODAY = _dt.date(2026, 11, 27)

# ---------------------------------------------------------------------------------------------
# span builder
# ---------------------------------------------------------------------------------------------
_CODES = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "C": "CREDIT_CARD", "S": "US_SSN",
    "B": "US_BANK_NUMBER", "I": "IBAN_CODE", "IP": "IP_ADDRESS", "A": "STREET_ADDRESS",
    "L": "LOCATION", "D": "DATE_OF_BIRTH", "W": "PASSWORD", "K": "API_KEY",
}
_FIELD = re.compile(r"\{\{|\}\}|\{(?:([A-Z]+):)?(\w+)\}")


class _B:
    """Text builder: plain parts and labelled parts; offsets are exact by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def __call__(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, val: str, label: str) -> _B:
        assert label in LABELS, label
        assert val and val == val.strip(), repr(val)
        start = self.n
        self(val)
        self.spans.append((start, start + len(val), label))
        self.vals.append(val)
        return self

    def f(self, tmpl: str, **kw) -> _B:
        """Render tmpl: {key} plain, {P:key} labelled (codes in _CODES), {{ }} literal braces."""
        pos = 0
        for m in _FIELD.finditer(tmpl):
            self(tmpl[pos:m.start()])
            pos = m.end()
            tok = m.group(0)
            if tok == "{{":
                self("{")
            elif tok == "}}":
                self("}")
            else:
                code, key = m.group(1), m.group(2)
                val = str(kw[key])
                if code:
                    self.v(val, _CODES[code])
                else:
                    self(val)
        self(tmpl[pos:])
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        spans = sorted(self.spans)
        for (s, e, _lab), val in zip(self.spans, self.vals):
            assert text[s:e] == val, (text[s:e], val)
        for (s1, e1, _a), (s2, _e2, _b) in itertools.pairwise(spans):
            assert e1 <= s2, ("overlap", text[s1:e1], text[s2:_e2])
        return Text(text=text, spans=[(s, e, lab) for s, e, lab in spans])


# ---------------------------------------------------------------------------------------------
# small value generators
# ---------------------------------------------------------------------------------------------
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"
_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("æ", "ae")
    s = s.replace("ø", "o").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _email(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = re.sub(r"[^a-z]", "", _fold(first.split()[0]).lower())
    la = re.sub(r"[^a-z]", "", _fold(last).lower())
    pat = rng.randrange(6)
    if pat == 0:
        local = f"{f}.{la}"
    elif pat == 1:
        local = f"{f}{la}{rng.randint(1, 99)}"
    elif pat == 2:
        local = f"{f[0]}.{la}"
    elif pat == 3:
        local = f"{f}_{la}"
    elif pat == 4:
        local = f"{la}.{f}{rng.randint(60, 99)}"
    else:
        local = f"{f}{rng.randint(1970, 2009)}"
    return f"{local}@{rng.choice(domains)}"


def _card(rng: random.Random, spaced: bool | None = None) -> str:
    k = rng.randrange(5)
    if k == 4:
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        num = _luhn(rng, rng.choice(["4", "4", "51", "53", "55", "2221"]), 16)
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if spaced is None:
        spaced = rng.random() < 0.6
    if not spaced:
        return num
    return rng.choice([" ", " ", "-"]).join(groups)


def _luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def _routing(rng: random.Random) -> str:
    while True:
        d = [rng.choice([0, 0, 1, 2, 3])] + [rng.randint(0, 9) for _ in range(7)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def _acct(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.randint(7, 11))


def _iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    raw = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def _ip(rng: random.Random) -> str:
    return _ip_public_v6(rng) if rng.random() < 0.2 else _ip_public_v4(rng)


def _priv_ip(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "127.0.0.1"


def _api_key(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return "sk_live_" + _rs(rng, _ALNUM, 24)
    if k == 1:
        return "ghp_" + _rs(rng, _ALNUM, 36)
    if k == 2:
        return "AIza" + _rs(rng, _ALNUM + "-_", 35)
    if k == 3:
        return "SG." + _rs(rng, _ALNUM, 22) + "." + _rs(rng, _ALNUM, 43)
    if k == 4:
        return "xoxb-" + _digits(rng, 12) + "-" + _digits(rng, 13) + "-" + _rs(rng, _ALNUM, 24)
    return "cs_" + _rs(rng, _HEX, 40)


def _pk(rng: random.Random) -> str:
    return "pk_live_" + _rs(rng, _ALNUM, 24)


def _sid(rng: random.Random) -> str:
    return "AC" + _rs(rng, _HEX, 32)


_PW_WORDS = ["Sunflower", "Kestrel", "tromb0ne", "Maple", "Hedgehog", "winter", "Bluebird", "Cobalt",
             "marmite", "Galaxy", "Pumpkin", "ravioli", "Tundra", "Zebra", "copper", "Lighthouse"]


def _password(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(_PW_WORDS) + rng.choice("!#$%*?") + str(rng.randint(1, 2026))
    if k == 1:
        return _rs(rng, _ALNUM + "!#$%&*", rng.randint(9, 15)) + _rs(rng, _ALNUM, 1)
    if k == 2:
        return rng.choice(_PW_WORDS).lower() + rng.choice(["_", ".", "-"]) + rng.choice(_PW_WORDS) + _digits(rng, 2)
    return rng.choice(_PW_WORDS)[:4] + _rs(rng, "!@#$", 1) + _digits(rng, 4) + _rs(rng, "abcdefghjk", 2)


def _bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _rs(rng, _ALNUM + "./", 53)


def _argon(rng: random.Random) -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, _ALNUM + "+/", 22) + "$" + _rs(rng, _ALNUM + "+/", 43)


def _sha(rng: random.Random) -> str:
    return _rs(rng, _HEX, 64)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ver(rng: random.Random) -> str:
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"


def _masked(rng: random.Random) -> str:
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending ", "************"]) + _digits(rng, 4)


def _expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def _imei(rng: random.Random) -> str:
    base = "35" + _digits(rng, 12)
    for c in "0123456789":
        if _luhn_ok(base + c):
            return base + c
    return base + "0"


def _gps(rng: random.Random, lat: float, lon: float) -> str:
    return f"{lat + rng.uniform(-0.2, 0.2):.5f}, {lon + rng.uniform(-0.2, 0.2):.5f}"


def _ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + _digits(rng, n)


def _code(rng: random.Random, n: int = 8) -> str:
    return _rs(rng, _UP + "23456789", n)


def _date_between(rng: random.Random, y0: int, y1: int) -> _dt.date:
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def _recent(rng: random.Random, back: int = 120, fwd: int = 0) -> _dt.date:
    return TODAY + _dt.timedelta(days=rng.randint(-back, fwd))


def _ts(rng: random.Random, d: _dt.date | None = None) -> str:
    d = d or _recent(rng, 30)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _hm(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


def _money(rng: random.Random, sym: str, lo: int, hi: int, after: bool = False, comma: bool = False) -> str:
    amt = f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"
    if comma:
        amt = amt.replace(".", ",")
    return f"{amt} {sym}" if after else f"{sym}{amt}"


# ---------------------------------------------------------------------------------------------
# country / language profiles
# ---------------------------------------------------------------------------------------------
def _pc_gb(rng: random.Random, out: str) -> str:
    return f"{out} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _pc_ca(rng: random.Random, fsa: str) -> str:
    return f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"


_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
           "de setembre", "d'octubre", "de novembre", "de desembre"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
           "Oktober", "November", "Desember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
           "spalio", "lapkričio", "gruodžio"],
}


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _fmt_date(d: _dt.date, style: str) -> str:
    """Date renderer; style names a country convention."""
    m_en = _MONTHS["en"][d.month - 1]
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_long":
        return f"{m_en} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "gb_long":
        return f"{_ord(d.day)} {m_en} {d.year}"
    if style == "d_mon_y":
        return f"{d.day} {m_en[:3]} {d.year}"
    if style == "d_month_y":
        return f"{d.day} {m_en} {d.year}"
    if style == "sl":
        return f"{d.day}. {d.month}. {d.year}"
    if style == "is":
        return f"{d.day}. {_MONTHS['is'][d.month - 1]} {d.year}"
    if style == "et":
        return f"{d.day}. {_MONTHS['et'][d.month - 1]} {d.year}"
    if style == "lt":
        return f"{d.year} m. {_MONTHS['lt'][d.month - 1]} {d.day} d."
    if style == "tl":
        return f"{_MONTHS['tl'][d.month - 1]} {d.day}, {d.year}"
    if style == "vi":
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    if style in _MONTHS:
        mon = _MONTHS[style][d.month - 1]
        if style == "ca":
            return f"{d.day} {mon} de {d.year}"
        return f"{d.day} {mon} {d.year}"
    raise ValueError(style)


class _Prof:
    def __init__(self, key, region, fm, ff, lm, lf=None, towns=(), streets=(), addr=None, dob=("dmy",),
                 mail=("gmail.com",), mob=None, fix=None, pstyles=("nat",), full=None, iban=None):
        self.key, self.region = key, region
        self.fm, self.ff, self.lm, self.lf = list(fm), list(ff), list(lm), list(lf or lm)
        self.towns, self.streets, self.addr = list(towns), list(streets), addr
        self.dob, self.mail = list(dob), list(mail)
        self.mob, self.fix, self.pstyles = mob, fix, list(pstyles)
        self.full = full or (lambda first, last, g: f"{first} {last}")
        self.iban = iban


def _a_us(rng, p):
    town, st, z = rng.choice(p.towns)
    line = f"{rng.randint(10, 9899)} {rng.choice(p.streets)}"
    if rng.random() < 0.25:
        line += rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f", Unit {rng.randint(1, 300)}"])
    return line, f"{town}, {st} {z}{_digits(rng, 2)}", town


def _a_gb(rng, p):
    town, out = rng.choice(p.towns)
    line = f"{rng.randint(1, 240)} {rng.choice(p.streets)}"
    if rng.random() < 0.2:
        line = f"Flat {rng.randint(1, 12)}, " + line
    return line, f"{town} {_pc_gb(rng, out)}", town


def _a_ca(rng, p):
    town, prov, fsa = rng.choice(p.towns)
    line = f"{rng.randint(10, 9800)} {rng.choice(p.streets)}"
    if rng.random() < 0.25:
        line = f"{rng.randint(101, 2408)}-" + line
    return line, f"{town}, {prov} {_pc_ca(rng, fsa)}", town


def _a_au(rng, p):
    town, state, pc = rng.choice(p.towns)
    line = f"{rng.randint(1, 280)} {rng.choice(p.streets)}"
    if rng.random() < 0.25:
        line = f"Unit {rng.randint(1, 30)}/" + line
    return line, f"{town} {state} {pc}", town


def _a_in(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"{rng.choice(['Flat', 'H.No.', 'Door No.'])} {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', '/2'])}, {rng.choice(p.streets)}"
    return line, f"{town} {pc}{_digits(rng, 3)}", town


def _a_ie(rng, p):
    town, county, rk = rng.choice(p.towns)
    line = f"{rng.randint(1, 120)} {rng.choice(p.streets)}"
    ei = rk + " " + _rs(rng, "ACDEFHKNPRTVWXY0123456789", 4)
    return line, f"{town}, {county} {ei}", town


def _a_za(rng, p):
    town, sub, pc = rng.choice(p.towns)
    line = f"{rng.randint(1, 220)} {rng.choice(p.streets)}, {sub}"
    return line, f"{town}, {pc}", town


def _a_nz(rng, p):
    town, sub, pc = rng.choice(p.towns)
    line = f"{rng.randint(1, 300)} {rng.choice(p.streets)}, {sub}"
    return line, f"{town} {pc}", town


def _a_ng(rng, p):
    town, state = rng.choice(p.towns)
    line = f"{rng.randint(1, 80)} {rng.choice(p.streets)}"
    return line, f"{town}, {state} State", town


def _a_ke(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"{rng.choice(['House', 'Apt', 'Plot'])} {rng.randint(1, 90)}, {rng.choice(p.streets)}"
    return line, f"{town} {pc}", town


def _a_sg(rng, p):
    area, pre = rng.choice(p.towns)
    line = f"Blk {rng.randint(100, 799)} {area} {rng.choice(p.streets)}, #{rng.randint(2, 25):02d}-{rng.randint(10, 480)}"
    return line, f"Singapore {pre}{_digits(rng, 4)}", "Singapore"


def _a_ca_es(rng, p):
    town, pre = rng.choice(p.towns)
    line = f"{rng.choice(p.streets)}, {rng.randint(1, 180)}"
    if rng.random() < 0.5:
        line += f", {rng.randint(1, 6)}r {rng.randint(1, 4)}a"
    return line, f"{pre}{_digits(rng, 3)} {town}", town


def _a_num_after(rng, p):
    """Street Num, PC Town (Icelandic, Slovenian, Estonian, Albanian style)."""
    town, pc = rng.choice(p.towns)
    line = f"{rng.choice(p.streets)} {rng.randint(1, 90)}"
    if p.key == "et" and rng.random() < 0.5:
        line += f"-{rng.randint(1, 40)}"
    if p.key == "sq":
        line = f"{rng.choice(p.streets)}, Nr. {rng.randint(1, 90)}"
    return line, f"{pc} {town}", town


def _a_af(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"{rng.choice(p.streets)} {rng.randint(1, 120)}"
    return line, f"{town}, {pc}", town


def _a_ph(rng, p):
    town, brgy, pc = rng.choice(p.towns)
    line = f"{rng.randint(1, 999)} {rng.choice(p.streets)}, Brgy. {brgy}"
    return line, f"{town}, {pc}", town


def _a_my(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"No. {rng.randint(1, 99)}, {rng.choice(p.streets)}"
    return line, f"{pc}{_digits(rng, 3)} {town}", town


def _a_cy(rng, p):
    town, out = rng.choice(p.towns)
    line = f"{rng.randint(1, 90)} {rng.choice(p.streets)}"
    return line, f"{town} {_pc_gb(rng, out)}", town


def _a_tr(rng, p):
    town, dist, pc = rng.choice(p.towns)
    line = f"{rng.choice(p.streets)} No: {rng.randint(1, 120)} D: {rng.randint(1, 24)}"
    return line, f"{pc} {dist}/{town}", town


def _a_ro(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"Str. {rng.choice(p.streets)} nr. {rng.randint(1, 99)}"
    if rng.random() < 0.5:
        line += f", bl. {rng.choice('ABCDM')}{rng.randint(1, 20)}, ap. {rng.randint(1, 80)}"
    return line, f"{pc}{_digits(rng, 3)} {town}", town


def _a_vi(rng, p):
    town, ward = rng.choice(p.towns)
    line = f"Số {rng.randint(1, 300)} {rng.choice(p.streets)}, {ward}"
    return line, town, town


def _a_sw(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"Nyumba Na. {rng.randint(1, 200)}, {rng.choice(p.streets)}"
    return line, f"{town} {pc}", town


def _a_lt(rng, p):
    town, pc = rng.choice(p.towns)
    line = f"{rng.choice(p.streets)} {rng.randint(1, 90)}-{rng.randint(1, 60)}"
    return line, f"LT-{pc}{_digits(rng, 2)} {town}", town


_P: dict[str, _Prof] = {}


def _reg(p: _Prof) -> None:
    _P[p.key] = p


_reg(_Prof("US", "US",
           ["James", "Tyler", "Carlos", "DeShawn", "Kevin", "Brandon", "Jose", "Ethan", "Marcus", "Dale"],
           ["Maria", "Keisha", "Emily", "Megan", "Rachel", "Ashley", "Hannah", "Brittany", "Tonya", "Lauren"],
           ["Johnson", "Martinez", "Nguyen", "Patel", "Williams", "O'Connor", "Robinson", "Kowalski", "Garcia",
            "Thompson", "Reyes", "Schneider", "Brooks", "Foster", "Washington", "Hale"],
           towns=[("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
                  ("Boise", "ID", "837"), ("Sacramento", "CA", "958"), ("Omaha", "NE", "681"),
                  ("Richmond", "VA", "232"), ("Albuquerque", "NM", "871"), ("Madison", "WI", "537"),
                  ("Spokane", "WA", "992"), ("Savannah", "GA", "314"), ("El Paso", "TX", "799")],
           streets=["Maple Ave", "W 5th St", "Cedar Ridge Dr", "N Main St", "Oak Hollow Ln", "Sunset Blvd",
                    "Willow Creek Rd", "Pinecrest Ct", "E Washington St", "Brookside Dr", "Lakeview Terrace"],
           addr=_a_us, dob=("us", "us", "us_long", "iso"),
           mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
           mob=(["614", "520", "919", "208", "916", "402", "804", "505", "608", "509", "912", "915"], 10),
           fix=(["614", "520", "919", "208", "916", "402", "804", "505"], 10),
           pstyles=["nat", "nat", "us_dash", "us_dot", "intl", "us_plain1"]))
_reg(_Prof("GB", "GB",
           ["Oliver", "Harry", "Callum", "George", "Rhys", "Jack", "Tom", "Imran", "Nathan", "Alfie"],
           ["Amelia", "Sophie", "Priya", "Chloe", "Eleanor", "Hollie", "Jess", "Beth", "Niamh", "Gemma"],
           ["Smith", "Hughes", "Clarke", "Ahmed", "Wright", "Fletcher", "Bennett", "Okafor", "Marsh", "Lloyd",
            "Pemberton", "Doyle", "Hussain", "Barker"],
           towns=[("Leeds", "LS6"), ("Bristol", "BS3"), ("Norwich", "NR2"), ("Sheffield", "S10"),
                  ("Leicester", "LE2"), ("Carlisle", "CA1"), ("Reading", "RG1"), ("Exeter", "EX4"),
                  ("Stockport", "SK4"), ("Derby", "DE22"), ("London", "SE15"), ("York", "YO31")],
           streets=["Harrow Road", "Mill Lane", "Victoria Street", "Kingsway", "Church Walk", "Orchard Close",
                    "Beech Grove", "Station Road", "Elm Terrace", "Thornbury Avenue", "Cavendish Place"],
           addr=_a_gb, dob=("dmy", "dmy", "gb_long", "d_month_y"),
           mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           mob=(["74", "75", "77", "78", "79"], 10), fix=(["113", "117", "114", "116", "1603", "20"], 10),
           pstyles=["nat", "nat", "intl", "gb_mob"], iban="GB"))
_reg(_Prof("CA", "CA",
           ["Liam", "Ethan", "Noah", "Mathieu", "Gurpreet", "Owen", "Dylan", "Raj"],
           ["Chloé", "Mackenzie", "Avery", "Olivia", "Brooke", "Émilie", "Harpreet", "Jenna"],
           ["Tremblay", "MacDonald", "Wong", "Gagnon", "Campbell", "Singh", "Fraser", "Roy", "Leblanc", "Chen",
            "Bouchard", "Sandhu"],
           towns=[("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"), ("Kelowna", "BC", "V1Y"),
                  ("Saskatoon", "SK", "S7N"), ("Ottawa", "ON", "K1S"), ("Moncton", "NB", "E1C"),
                  ("Calgary", "AB", "T2N"), ("Guelph", "ON", "N1H")],
           streets=["Spring Garden Rd", "Portage Ave", "Bernard Ave", "College Dr", "Bank St", "Main St",
                    "Kensington Rd NW", "Gordon St"],
           addr=_a_ca, dob=("iso", "dmy", "us_long"),
           mail=["gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "hotmail.com", "sympatico.ca"],
           mob=(["902", "204", "250", "306", "613", "506", "403", "519"], 10),
           fix=(["902", "204", "250", "306", "613"], 10), pstyles=["nat", "us_dash", "intl"]))
_reg(_Prof("AU", "AU",
           ["Jack", "Lachlan", "Mitchell", "Jayden", "Hamish", "Cooper", "Riley", "Nick"],
           ["Matilda", "Chloe", "Isla", "Ruby", "Bree", "Tahlia", "Sienna", "Kirra"],
           ["Nguyen", "Wilson", "Taylor", "Kelly", "Papadopoulos", "Walsh", "Murray", "Ryan", "Harris",
            "McKenzie", "Tran", "O'Neill"],
           towns=[("Geelong", "VIC", "3220"), ("Newcastle", "NSW", "2300"), ("Toowoomba", "QLD", "4350"),
                  ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Wollongong", "NSW", "2500"),
                  ("Ballarat", "VIC", "3350"), ("Cairns", "QLD", "4870"), ("Glenelg", "SA", "5045")],
           streets=["Pakington St", "Hunter St", "Ruthven St", "High St", "Sandy Bay Rd", "Crown St",
                    "Sturt St", "Esplanade", "Jetty Rd", "Wattle Grove"],
           addr=_a_au, dob=("dmy", "dmy", "d_month_y"),
           mail=["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "hotmail.com"],
           mob=(["4"], 9), fix=(["3", "2", "7", "8"], 9), pstyles=["nat", "nat", "intl", "au_mob"]))
_reg(_Prof("IN", "IN",
           ["Aarav", "Rohan", "Vikram", "Arjun", "Karthik", "Siddharth", "Rahul", "Manoj"],
           ["Priya", "Ananya", "Deepika", "Sneha", "Meera", "Kavya", "Pooja", "Lakshmi"],
           ["Sharma", "Iyer", "Reddy", "Gupta", "Menon", "Banerjee", "Kulkarni", "Nair", "Chatterjee", "Desai",
            "Pillai", "Joshi"],
           towns=[("Bengaluru", "560"), ("Pune", "411"), ("Kochi", "682"), ("Chennai", "600"),
                  ("Hyderabad", "500"), ("Jaipur", "302"), ("Kolkata", "700"), ("Indore", "452")],
           streets=["MG Road", "4th Cross, Indiranagar", "FC Road", "Panampilly Nagar", "Anna Salai",
                    "Banjara Hills Road No. 3", "C-Scheme", "Salt Lake Sector V", "Vijay Nagar"],
           addr=_a_in, dob=("dmy", "dmy_dash", "d_mon_y"),
           mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
           mob=(["98", "99", "97", "94", "88", "70", "63"], 10), fix=(["80", "20", "44"], 10),
           pstyles=["in_sp", "in_intl", "intl", "in_plain"]))
_reg(_Prof("IE", "IE",
           ["Seán", "Cian", "Conor", "Oisín", "Darragh", "Eoin", "Pádraig", "Ronan"],
           ["Aoife", "Niamh", "Siobhán", "Ciara", "Gráinne", "Orla", "Sinéad", "Róisín"],
           ["Murphy", "O'Brien", "Byrne", "Kelly", "Walsh", "Ó Súilleabháin", "McCarthy", "Doherty",
            "Kavanagh", "Fitzgerald", "Brennan", "Quinlan"],
           towns=[("Galway", "Co. Galway", "H91"), ("Ennis", "Co. Clare", "V95"), ("Kilkenny", "Co. Kilkenny", "R95"),
                  ("Sligo", "Co. Sligo", "F91"), ("Bray", "Co. Wicklow", "A98"), ("Tralee", "Co. Kerry", "V92"),
                  ("Athlone", "Co. Westmeath", "N37"), ("Cork", "Co. Cork", "T12")],
           streets=["Shop Street", "Abbey Road", "Parliament Street", "Castle Street", "Main Street",
                    "Strand Road", "Church Road", "Ashgrove Park", "Ballybane Road"],
           addr=_a_ie, dob=("dmy", "dmy", "d_month_y"),
           mail=["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"],
           mob=(["83", "85", "86", "87", "89"], 9), fix=(["91", "65", "56", "71", "21"], 9),
           pstyles=["nat", "nat", "intl"], iban="IE"))
_reg(_Prof("ZA", "ZA",
           ["Thabo", "Sipho", "Jacques", "Ruan", "Pieter", "Kagiso", "Mandla", "Riaan"],
           ["Lerato", "Naledi", "Megan", "Zanele", "Ayanda", "Nomsa", "Chantelle", "Thandeka"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Smith", "Pillay", "Khumalo",
            "Pretorius", "Ndlovu", "Jacobs"],
           towns=[("Johannesburg", "Melville", "2092"), ("Cape Town", "Observatory", "7925"),
                  ("Durban", "Morningside", "4001"), ("Pretoria", "Hatfield", "0083"),
                  ("Gqeberha", "Walmer", "6070"), ("Bloemfontein", "Westdene", "9301")],
           streets=["Jan Smuts Ave", "Lower Main Rd", "Florida Rd", "Burnett St", "Main Rd", "Kellner St",
                    "Beyers Naude Dr", "Long St"],
           addr=_a_za, dob=("dmy", "iso", "d_month_y"),
           mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
           mob=(["72", "82", "83", "71", "60", "84"], 9), fix=(["11", "21", "31", "12"], 9),
           pstyles=["nat", "nat", "intl"]))
_reg(_Prof("NZ", "NZ",
           ["Tane", "Nikau", "Liam", "Hemi", "Wiremu", "Finn", "Sam", "Rawiri"],
           ["Mere", "Aroha", "Olivia", "Charlotte", "Grace", "Ana", "Kiri", "Hannah"],
           ["Ngata", "Parata", "Smith", "Williams", "Tawhiri", "Brown", "Walker", "Te Rangi", "Wilson",
            "Henare", "Patel", "Fale"],
           towns=[("Auckland", "Grey Lynn", "1021"), ("Wellington", "Newtown", "6021"),
                  ("Christchurch", "Riccarton", "8011"), ("Hamilton", "Hillcrest", "3216"),
                  ("Dunedin", "Roslyn", "9010"), ("Tauranga", "Mount Maunganui", "3116")],
           streets=["Great North Road", "Riddiford Street", "Riccarton Road", "Cambridge Road",
                    "Highgate", "Maunganui Road", "Karangahape Road"],
           addr=_a_nz, dob=("dmy", "dmy", "d_month_y"),
           mail=["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"],
           mob=(["21", "22", "27"], 9), fix=(["9", "4", "3", "7"], 8), pstyles=["nat", "intl"]))
_reg(_Prof("NG", "NG",
           ["Chinedu", "Oluwaseun", "Emeka", "Ibrahim", "Tunde", "Chukwuma", "Yusuf", "Segun"],
           ["Adaeze", "Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Bisola", "Halima", "Ifeoma"],
           ["Okafor", "Adeyemi", "Eze", "Bello", "Okonkwo", "Balogun", "Nwosu", "Abubakar", "Olawale", "Uche",
            "Danjuma", "Ogunleye"],
           towns=[("Ikeja", "Lagos"), ("Lekki", "Lagos"), ("Enugu", "Enugu"), ("Ibadan", "Oyo"),
                  ("Port Harcourt", "Rivers"), ("Kaduna", "Kaduna"), ("Abeokuta", "Ogun")],
           streets=["Allen Avenue", "Admiralty Way", "Ogui Road", "Ring Road", "Aba Road", "Ahmadu Bello Way",
                    "Oke-Ilewo Street", "Awolowo Road"],
           addr=_a_ng, dob=("dmy", "dmy", "d_month_y"),
           mail=["gmail.com", "yahoo.com", "outlook.com"],
           mob=(["803", "806", "813", "816", "703", "705", "805", "809", "812"], 10), fix=(["201", "209"], 10),
           pstyles=["nat", "nat", "intl", "e164"]))
_reg(_Prof("KE", "KE",
           ["Brian", "Kevin", "Dennis", "Collins", "Kamau", "Otieno", "Kiprono", "Mutua"],
           ["Faith", "Mercy", "Grace", "Purity", "Wanjiru", "Achieng", "Njeri", "Akinyi"],
           ["Mwangi", "Odhiambo", "Kiptoo", "Wafula", "Njoroge", "Chebet", "Ochieng", "Kariuki", "Mutiso",
            "Wekesa"],
           towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                  ("Eldoret", "30100"), ("Thika", "01000")],
           streets=["Ngong Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road",
                    "Argwings Kodhek Road", "Nyali Road"],
           addr=_a_ke, dob=("dmy", "dmy", "d_month_y"),
           mail=["gmail.com", "yahoo.com", "outlook.com"],
           mob=(["71", "72", "70", "79", "11"], 9), fix=(["20"], 9), pstyles=["nat", "intl", "e164"]))
_reg(_Prof("SG", "SG",
           ["Jun Jie", "Marcus", "Kelvin", "Darren", "Arun", "Wei Ming", "Hafiz", "Ryan"],
           ["Wei Ling", "Siti", "Hui Min", "Nurul", "Priscilla", "Jia Hui", "Kavitha", "Michelle"],
           ["Tan", "Lim", "Ng", "Lee", "Goh", "Rahman", "Koh", "Pillai", "Wong", "Ong", "Teo", "Chua"],
           towns=[("Ang Mo Kio", "56"), ("Tampines", "52"), ("Jurong West", "64"), ("Bedok North", "46"),
                  ("Toa Payoh", "31"), ("Punggol", "82")],
           streets=["Avenue 3", "Street 21", "Avenue 8", "Road", "Lorong 2", "Drive"],
           addr=_a_sg, dob=("dmy", "d_mon_y", "iso"),
           mail=["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"],
           mob=(["81", "82", "90", "91", "93", "96", "97", "98"], 8), fix=(["61", "62", "63", "64", "65"], 8),
           pstyles=["nat", "intl", "sg_plus"]))
_reg(_Prof("ca", "ES",
           ["Jordi", "Pau", "Arnau", "Oriol", "Marc", "Pere", "Joan", "Xavier"],
           ["Montserrat", "Núria", "Mireia", "Laia", "Meritxell", "Roser", "Aina", "Gemma"],
           ["Puig", "Vidal", "Soler", "Ferrer", "Casals", "Roig", "Serra", "Font", "Pujol", "Vilaseca", "Masó",
            "Bosch"],
           towns=[("Barcelona", "08"), ("Girona", "17"), ("Vic", "08"), ("Tarragona", "43"), ("Lleida", "25"),
                  ("Manresa", "08"), ("Olot", "17"), ("Reus", "43")],
           streets=["Carrer de Verdi", "Carrer Major", "Passeig de Sant Joan", "Rambla Nova", "Carrer de la Riera",
                    "Plaça del Vi", "Carrer del Carme", "Avinguda de Blondel"],
           addr=_a_ca_es, dob=("dmy", "dmy", "ca"),
           mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "xtec.cat"],
           mob=(["6"], 9), fix=(["93", "972", "977", "973"], 9), pstyles=["nat", "intl", "es_grp"],
           full=lambda f, la, g: f"{f} {la}", iban="ES"))
_reg(_Prof("is", "IS",
           ["Sigurður", "Jón", "Einar", "Gunnar", "Ólafur", "Bjarni", "Kári", "Þórður"],
           ["Guðrún", "Helga", "Sólveig", "Katrín", "Ragnheiður", "Sigríður", "Þórdís", "Hildur"],
           ["Jónsson", "Sigurðsson", "Magnússon", "Ólafsson", "Kristjánsson", "Einarsson", "Gunnarsson"],
           ["Jónsdóttir", "Sigurðardóttir", "Magnúsdóttir", "Ólafsdóttir", "Kristjánsdóttir", "Einarsdóttir",
            "Björnsdóttir"],
           towns=[("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
                  ("Akureyri", "600"), ("Selfoss", "800"), ("Ísafjörður", "400"), ("Egilsstaðir", "700")],
           streets=["Laugavegur", "Skólavörðustígur", "Hamraborg", "Strandgata", "Hafnarstræti", "Austurvegur",
                    "Grettisgata", "Bólstaðarhlíð"],
           addr=_a_num_after, dob=("dmy_dot", "is"), mail=["simnet.is", "gmail.com", "internet.is", "hi.is"],
           mob=(["6", "7", "8"], 7), fix=(["5", "4"], 7), pstyles=["nat", "intl"]))
_reg(_Prof("af", "ZA",
           ["Johan", "Pieter", "Hendrik", "Ruan", "Wian", "Francois", "Gert", "Danie"],
           ["Annelie", "Marietjie", "Elmarie", "Liezl", "Karlien", "Anri", "Sonja", "Ilse"],
           ["van Wyk", "Botha", "Venter", "du Plessis", "Steyn", "Joubert", "Nel", "Coetzee", "Kruger",
            "le Roux", "Smit", "Fourie"],
           towns=[("Stellenbosch", "7600"), ("Paarl", "7646"), ("Bloemfontein", "9301"), ("Potchefstroom", "2531"),
                  ("George", "6529"), ("Worcester", "6850"), ("Upington", "8801"), ("Pretoria", "0181")],
           streets=["Kerkstraat", "Dorpstraat", "Bosmanstraat", "Voortrekkerweg", "Rivierstraat", "Hoofweg",
                    "Eikestraat"],
           addr=_a_af, dob=("dmy", "iso", "af"), mail=["gmail.com", "mweb.co.za", "vodamail.co.za", "absamail.co.za"],
           mob=(["82", "83", "72", "79", "61"], 9), fix=(["21", "51", "18", "44"], 9), pstyles=["nat", "intl"]))
_reg(_Prof("tl", "PH",
           ["Juan", "Mark Anthony", "Jerome", "Ramon", "Paolo", "Rodel", "Jun", "Carlo"],
           ["Maria Cristina", "Jasmine", "Rowena", "Liza", "Mae", "Rhea", "Joy", "Analyn"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Garcia", "Mendoza", "Ramos", "Aquino",
            "Castillo", "Macaraeg", "Dimaculangan"],
           towns=[("Quezon City", "Bagong Pag-asa", "1105"), ("Marikina", "Concepcion Uno", "1807"),
                  ("Cebu City", "Lahug", "6000"), ("Davao City", "Buhangin", "8000"),
                  ("Antipolo", "San Roque", "1870"), ("Batangas City", "Kumintang Ilaya", "4200")],
           streets=["Mabini St.", "Rizal Ave.", "Kalayaan Ave.", "J.P. Laurel St.", "Gen. Luna St.",
                    "Sampaguita St."],
           addr=_a_ph, dob=("us", "tl", "dmy"), mail=["gmail.com", "yahoo.com", "yahoo.com.ph"],
           mob=(["917", "918", "927", "939", "995", "905"], 10), fix=(["2"], 9), pstyles=["nat", "intl", "ph_plain"]))
_reg(_Prof("ms", "MY",
           ["Ahmad Faiz", "Muhammad Hafiz", "Azlan", "Syafiq", "Khairul", "Amir", "Hakim", "Zulkifli"],
           ["Nurul Aina", "Siti Aisyah", "Farah", "Nur Izzati", "Aminah", "Aisyah", "Balqis", "Hidayah"],
           ["Ismail", "Abdullah", "Hassan", "Rahman", "Yusof", "Omar", "Ibrahim", "Zakaria", "Salleh", "Ahmad"],
           towns=[("Kuala Lumpur", "50"), ("Shah Alam", "40"), ("Johor Bahru", "80"), ("Ipoh", "30"),
                  ("Kota Bharu", "15"), ("Melaka", "75"), ("Kuantan", "25")],
           streets=["Jalan Ampang", "Jalan SS 15/4", "Jalan Tebrau", "Jalan Sultan Idris Shah", "Jalan Kebun Sultan",
                    "Lorong Haji Taib 2", "Jalan Bukit Ubi"],
           addr=_a_my, dob=("dmy", "ms", "dmy_dash"), mail=["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
           mob=(["12", "13", "16", "17", "19"], 9), fix=(["3"], 9), pstyles=["nat", "intl"],
           full=lambda f, la, g: f"{f} {'bin' if g == 'm' else 'binti'} {la}"))
_reg(_Prof("cy", "GB",
           ["Dafydd", "Rhodri", "Gareth", "Iwan", "Emyr", "Gethin", "Huw", "Aled"],
           ["Angharad", "Ffion", "Siân", "Catrin", "Eleri", "Nia", "Gwenllian", "Mererid"],
           ["Jones", "Williams", "Evans", "Davies", "Pritchard", "Griffiths", "Lewis", "Morgan", "Roberts",
            "Owen", "ap Huw", "Llywelyn"],
           towns=[("Aberystwyth", "SY23"), ("Caerfyrddin", "SA31"), ("Bangor", "LL57"), ("Caernarfon", "LL55"),
                  ("Y Bala", "LL23"), ("Llanelli", "SA15"), ("Caerdydd", "CF11"), ("Pwllheli", "LL53")],
           streets=["Stryd Fawr", "Heol y Bont", "Ffordd y Môr", "Lôn Las", "Stryd y Castell", "Heol Dewi",
                    "Ffordd Caergybi"],
           addr=_a_cy, dob=("dmy", "cy"), mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "aber.ac.uk"],
           mob=(["74", "77", "78", "79"], 10), fix=(["1970", "1267", "1248", "1286", "29"], 10),
           pstyles=["nat", "intl"], iban="GB"))
_reg(_Prof("et", "EE",
           ["Mart", "Rasmus", "Indrek", "Kristjan", "Tõnu", "Priit", "Karl", "Jaanus"],
           ["Kadri", "Liis", "Triin", "Maarja", "Piret", "Kertu", "Anneli", "Helen"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Oja", "Lepik", "Koppel"],
           towns=[("Tallinn", "10141"), ("Tallinn", "10416"), ("Tartu", "50090"), ("Pärnu", "80010"),
                  ("Narva", "20308"), ("Viljandi", "71004"), ("Haapsalu", "90502")],
           streets=["Pärnu mnt", "Tartu mnt", "Rüütli tn", "Riia tn", "Kalamaja tn", "Vabaduse pst", "Lossi tn"],
           addr=_a_num_after, dob=("dmy_dot", "et"), mail=["gmail.com", "mail.ee", "hot.ee", "online.ee"],
           mob=(["5", "5", "81"], 8), fix=(["6", "7", "44"], 7), pstyles=["nat", "intl"]))
_reg(_Prof("sl", "SI",
           ["Luka", "Matej", "Jure", "Primož", "Aleš", "Gregor", "Rok", "Tadej"],
           ["Maja", "Nina", "Petra", "Špela", "Urška", "Tjaša", "Mojca", "Nataša"],
           ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kos", "Vidmar", "Golob", "Mlakar",
            "Žagar", "Bizjak"],
           towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Kranj", "4000"), ("Celje", "3000"),
                  ("Koper", "6000"), ("Novo mesto", "8000"), ("Jesenice", "4270"), ("Bled", "4260")],
           streets=["Slovenska cesta", "Trubarjeva ulica", "Gosposvetska cesta", "Prešernova ulica",
                    "Cesta Kokrškega odreda", "Ljubljanska cesta", "Partizanska cesta"],
           addr=_a_num_after, dob=("dmy_dot", "sl", "sl"), mail=["gmail.com", "siol.net", "t-2.net", "amis.net"],
           mob=(["31", "40", "41", "51", "64", "70"], 8), fix=(["1", "2", "4", "3"], 8), pstyles=["nat", "intl"]))
_reg(_Prof("tr", "TR",
           ["Mehmet", "Emre", "Burak", "Mustafa", "Oğuz", "Hakan", "Serkan", "Can"],
           ["Ayşe", "Zeynep", "Elif", "Büşra", "Gülşen", "Merve", "Derya", "Hülya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
            "Kılıç", "Koç"],
           towns=[("İstanbul", "Kadıköy", "34710"), ("İstanbul", "Beşiktaş", "34353"), ("Ankara", "Çankaya", "06690"),
                  ("İzmir", "Karşıyaka", "35540"), ("Bursa", "Nilüfer", "16110"), ("Eskişehir", "Tepebaşı", "26010"),
                  ("Antalya", "Muratpaşa", "07100")],
           streets=["Atatürk Cad.", "Bağdat Cad.", "Gazi Mustafa Kemal Blv.", "Cumhuriyet Sk.", "Kıbrıs Şehitleri Cad.",
                    "İnönü Cad.", "Lale Sk."],
           addr=_a_tr, dob=("dmy_dot", "dmy_dot", "tr"), mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
           mob=(["532", "533", "535", "542", "505", "555", "544"], 10), fix=(["212", "216", "312", "232"], 10),
           pstyles=["nat", "intl", "tr_plain"]))
_reg(_Prof("ro", "RO",
           ["Andrei", "Mihai", "Ionuț", "Bogdan", "Răzvan", "Cătălin", "Vlad", "Sorin"],
           ["Ioana", "Elena", "Andreea", "Mihaela", "Cristina", "Alexandra", "Roxana", "Oana"],
           ["Popescu", "Ionescu", "Stan", "Dumitrescu", "Constantinescu", "Munteanu", "Georgescu", "Rusu",
            "Moldovan", "Lungu", "Stoica", "Ene"],
           towns=[("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"),
                  ("Constanța", "900"), ("Sibiu", "550"), ("Oradea", "410"), ("București", "030")],
           streets=["Memorandumului", "Lăpușneanu", "Republicii", "Avram Iancu", "Mihai Viteazu", "Zorilor",
                    "Nicolae Bălcescu"],
           addr=_a_ro, dob=("dmy_dot", "dmy_dot", "ro"), mail=["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
           mob=(["72", "73", "74", "75", "76"], 9), fix=(["21", "264", "232", "256"], 9), pstyles=["nat", "intl", "ro_plain"]))
_reg(_Prof("vi", "VN",
           ["Hùng", "Tuấn", "Dũng", "Khoa", "Minh", "Phúc", "Quang", "Long"],
           ["Lan", "Hương", "Mai", "Linh", "Trang", "Thảo", "Ngọc", "Hà"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"],
           towns=[("TP. Hồ Chí Minh", "Phường Bến Nghé, Quận 1"), ("Hà Nội", "Phường Hàng Bạc, Quận Hoàn Kiếm"),
                  ("Đà Nẵng", "Phường Thạch Thang, Quận Hải Châu"), ("Huế", "Phường Phú Hội"),
                  ("Cần Thơ", "Phường Tân An, Quận Ninh Kiều"), ("Hải Phòng", "Phường Lạch Tray, Quận Ngô Quyền")],
           streets=["Đường Lê Lợi", "Phố Hàng Bạc", "Đường Trần Phú", "Đường Nguyễn Huệ", "Đường Hai Bà Trưng",
                    "Đường Lý Thường Kiệt"],
           addr=_a_vi, dob=("dmy", "vi", "dmy"), mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
           mob=(["90", "91", "93", "98", "97", "86", "70"], 9), fix=(["28", "24"], 10), pstyles=["nat", "intl", "vi_dot"],
           full=lambda f, la, g: f"{la} {'Văn' if g == 'm' else 'Thị'} {f}"))
_reg(_Prof("sw", "KE",
           ["Baraka", "Juma", "Omari", "Hamisi", "Kamau", "Salim", "Rashidi", "Musa"],
           ["Neema", "Amani", "Zawadi", "Rehema", "Wanjiku", "Mwanaisha", "Fatuma", "Halima"],
           ["Mwangi", "Otieno", "Salim", "Mohamed", "Kiprop", "Wanyama", "Hassan", "Kimani", "Mwinyi", "Bakari"],
           towns=[("Mombasa", "80100"), ("Nairobi", "00100"), ("Malindi", "80200"), ("Lamu", "80500"),
                  ("Kisumu", "40100"), ("Voi", "80300")],
           streets=["Barabara ya Moi", "Barabara ya Nyerere", "Mtaa wa Biashara", "Barabara ya Digo",
                    "Mtaa wa Haile Selassie"],
           addr=_a_sw, dob=("dmy", "sw"), mail=["gmail.com", "yahoo.com"],
           mob=(["72", "71", "70", "11", "74"], 9), fix=(["41", "20"], 9), pstyles=["nat", "intl", "e164"]))
_reg(_Prof("sq", "AL",
           ["Arben", "Ermal", "Gentian", "Besnik", "Dritan", "Klodian", "Erion", "Altin"],
           ["Blerina", "Elira", "Anisa", "Mirela", "Jonida", "Ardita", "Entela", "Klea"],
           ["Hoxha", "Shehu", "Dervishi", "Krasniqi", "Gjoka", "Leka", "Bala", "Kola", "Çela", "Marku", "Prifti"],
           towns=[("Tiranë", "1001"), ("Tiranë", "1019"), ("Durrës", "2001"), ("Shkodër", "4001"), ("Vlorë", "9401"),
                  ("Korçë", "7001"), ("Elbasan", "3001")],
           streets=["Rruga e Kavajës", "Rruga Myslym Shyri", "Bulevardi Zogu I", "Rruga Ismail Qemali",
                    "Rruga e Durrësit", "Rruga Sami Frashëri"],
           addr=_a_num_after, dob=("dmy_dot", "sq", "dmy"), mail=["gmail.com", "yahoo.com", "abissnet.al"],
           mob=(["67", "68", "69"], 9), fix=(["4"], 8), pstyles=["nat", "intl"]))
_reg(_Prof("lt", "LT",
           ["Mantas", "Tomas", "Darius", "Lukas", "Vytautas", "Justinas", "Paulius", "Rokas"],
           ["Rūta", "Eglė", "Ieva", "Gintarė", "Aistė", "Greta", "Indrė", "Laura"],
           ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus"],
           ["Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė",
            "Butkutė"],
           towns=[("Vilnius", "011"), ("Vilnius", "033"), ("Kaunas", "444"), ("Klaipėda", "921"), ("Šiauliai", "762"),
                  ("Panevėžys", "353")],
           streets=["Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Savanorių pr.", "Taikos pr.", "Pylimo g."],
           addr=_a_lt, dob=("iso", "lt"), mail=["gmail.com", "inbox.lt", "one.lt", "yahoo.com"],
           mob=(["6"], 8), fix=(["52", "37"], 8), pstyles=["intl", "lt_8", "e164"]))


# ---------------------------------------------------------------------------------------------
# phones and people
# ---------------------------------------------------------------------------------------------
def _grp(nsn: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(nsn[i:i + s])
        i += s
    if i < len(nsn):
        out[-1] += nsn[i:]
    return sep.join(out)


def _style(nsn: str, num, style: str) -> str:
    if style == "nat":
        return phonenumbers.format_number(num, _PNF.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, _PNF.E164)
    if style == "us_dash":
        return _grp(nsn, (3, 3, 4), "-")
    if style == "us_dot":
        return _grp(nsn, (3, 3, 4), ".")
    if style == "us_plain1":
        return "1-" + _grp(nsn, (3, 3, 4), "-")
    if style == "gb_mob":
        if not nsn.startswith("7"):
            return phonenumbers.format_number(num, _PNF.NATIONAL)
        return "0" + _grp(nsn, (4, 3, 3))
    if style == "au_mob":
        return "0" + nsn
    if style == "in_sp":
        return _grp(nsn, (5, 5))
    if style == "in_intl":
        return "+91-" + _grp(nsn, (5, 5), "-")
    if style == "in_plain":
        return "0" + nsn
    if style == "sg_plus":
        return "+65-" + nsn
    if style == "es_grp":
        return _grp(nsn, (3, 3, 3))
    if style in ("ph_plain", "ro_plain", "tr_plain"):
        return "0" + nsn
    if style == "vi_dot":
        return "0" + _grp(nsn, (3, 3, 3), ".")
    if style == "lt_8":
        return "8 " + _grp(nsn, (3, 5))
    raise ValueError(style)


_TYPES = {
    "m": (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
    "f": (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
}


def _valid(s: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


def _phone(rng: random.Random, key: str, kind: str = "m", style: str | None = None) -> str:
    p = _P[key]
    pre, ln = p.mob if kind == "m" else p.fix
    cc = phonenumbers.country_code_for_region(p.region)
    for _ in range(400):
        head = rng.choice(pre)
        nsn = head + _digits(rng, ln - len(head))
        num = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
        if not phonenumbers.is_valid_number(num) or phonenumbers.number_type(num) not in _TYPES[kind]:
            continue
        st = style or rng.choice(p.pstyles)
        s = _style(nsn, num, st)
        if not _valid(s, p.region):
            s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        return s
    raise RuntimeError(f"no phone for {key}/{kind}")


class _Person:
    pass


def _pp(rng: random.Random, key: str, g: str | None = None) -> _Person:
    p = _P[key]
    o = _Person()
    o.key = key
    o.g = g or rng.choice("mf")
    o.first = rng.choice(p.fm if o.g == "m" else p.ff)
    o.last = rng.choice(p.lm if o.g == "m" else p.lf)
    o.full = p.full(o.first, o.last, o.g)
    o.email = _email(rng, o.first, o.last if key != "vi" else o.last + o.first, p.mail)
    o.phone = _phone(rng, key, "m")
    o.street, o.rest, o.town = p.addr(rng, p)
    o.addr1 = f"{o.street}, {o.rest}"
    o.addrm = f"{o.street}\n{o.rest}"
    o.dob = _date_between(rng, 1941, 2006)
    o.dobs = _fmt_date(o.dob, rng.choice(p.dob))
    return o


def _kid_dob(rng: random.Random, key: str, y0: int = 2009, y1: int = 2019) -> str:
    return _fmt_date(_date_between(rng, y0, y1), rng.choice(_P[key].dob))


def _town(rng: random.Random, key: str) -> str:
    return rng.choice(_P[key].towns)[0]


def _d(rng: random.Random, key: str, back: int = 60, fwd: int = 30) -> str:
    """A non-birth date in the country's numeric style (look-alike)."""
    st = _P[key].dob[0]
    return _fmt_date(_recent(rng, back, fwd), "dmy" if st == "iso" and rng.random() < 0.3 else st)


def _clock(rng: random.Random, h0: int | None = None):
    """Increasing chat clock: each call returns (hour, minute) a few minutes later."""
    st = [(h0 if h0 is not None else rng.randint(7, 20)) * 60 + rng.randint(0, 50)]

    def nxt() -> tuple[int, int]:
        st[0] += rng.randint(0, 7)
        return divmod(st[0] % 1440, 60)
    return nxt


def _hhmm(t: tuple[int, int], pad: bool = False) -> str:
    return f"{t[0]:02d}:{t[1]:02d}" if pad else f"{t[0]}:{t[1]:02d}"


_PETS = ["Biscuit", "Luna", "Milo", "Pickles", "Bella", "Rocky", "Mochi", "Toffee", "Coco", "Ziggy"]
_PERSON_BRANDS = ["Martha Stewart Living", "Ben & Jerry's", "Dr. Martens", "Tim Hortons", "Calvin Klein",
                  "Paul Smith", "Ted Baker", "Wendy's", "Jack Daniel's", "Ralph Lauren"]


# ---------------------------------------------------------------------------------------------
# free-text templates: English
# ---------------------------------------------------------------------------------------------
def _t_us_solar_ach(rng):
    b = _B()
    c = _pp(rng, "US")
    agent = _pp(rng, "US")
    tk = _ref(rng, "SH-", 6)
    b.f("From: {P:full} <{E:email}>\nTo: billing@sunharborleasing.com\nSubject: Re: [{tk}] autopay bounced again??\n\n",
        full=c.full, email=c.email, tk=tk)
    b.f("Hi {P:agent},\n\nsorry for the hassle. I switched banks after the old one closed my branch. New details for the "
        "autopay:\n\nrouting {rt}\naccount {B:acct} (checking)\n\nThe lease # is {lease} and the panels are at the house "
        "below. Please don't charge the {fee} late fee, the bounce was on your side since my card ending {l4} was "
        "still on file.\n\nThanks,\n{P:first}\n{T:phone}\n{A:street}\n{A:rest}\n\n",
        agent=agent.first, rt=_routing(rng), acct=_acct(rng), lease=_ref(rng, "SHL-", 7),
        fee=_money(rng, "$", 25, 45), l4=_digits(rng, 4), first=c.first, phone=c.phone, street=c.street, rest=c.rest)
    b.f("On {d}, {P:agent} wrote:\n> Hello {P:cfirst}, your payment of {amt} was returned (R01). Please reply with\n"
        "> updated bank info. Ref {tk}.\n> {P:agent} | SunHarbor Leasing | {T:bizph}\n",
        d=_fmt_date(_recent(rng, 20), "us_long"), agent=agent.full, cfirst=c.first, amt=_money(rng, "$", 89, 260),
        tk=tk, bizph=_phone(rng, "US", "f"))
    return b.done()


def _t_us_whatsapp_van(rng):
    b = _B()
    a, d = _pp(rng, "US"), _pp(rng, "US")
    day = _recent(rng, 40)
    ds = f"{day.month}/{day.day}/{day.year % 100}"
    dest = _town(rng, "US")
    while dest == a.town:
        dest = _town(rng, "US")
    lines = [
        ("{P:a}", "hey are we still good for saturday?? VanGo says pickup at 8 at the depot on {depot}"),
        ("{P:d}", "yes!! i'll bring the dolly. whats the address again"),
        ("{P:a}", "{A:addr}"),
        ("{P:a}", "then we drive everything to {L:dest}, i start the new job monday"),
        ("{P:d}", "omg ok. is the 15ft van enough"),
        ("{P:a}", "reservation VG-{res} says 15' + furniture pads. deposit {amt} went on my visa ending {l4}"),
        ("{P:d}", "lol ok. my new number btw {T:dph} the old one is dead"),
        ("{P:a}", "saved 👍"),
    ]
    clk = _clock(rng, rng.randint(13, 21))
    for spk, msg in lines[: rng.randint(6, 8)]:
        hh, mm = clk()
        b.f(f"[{ds}, {(hh - 1) % 12 + 1}:{mm:02d}:{rng.randint(10, 59)} {'PM' if hh >= 12 else 'AM'}] {spk}: {msg}\n",
            a=a.first + " " + a.last[0] + "." if rng.random() < 0.3 else a.full, d=d.first, depot=rng.choice(_P["US"].streets),
            addr=a.addr1, dest=dest, res=_digits(rng, 7), amt=_money(rng, "$", 50, 150), l4=_digits(rng, 4), dph=d.phone)
    return b.done()


def _t_us_nginx(rng):
    b = _B()
    for _ in range(rng.randint(4, 7)):
        d = _recent(rng, 5)
        stamp = f"[{d.day:02d}/{_MONTHS['en'][d.month - 1][:3]}/{d.year}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000]"
        k = rng.randrange(5)
        if k == 0:
            p = _pp(rng, "US")
            b.f("{IP:ip} - - {st} \"GET /api/v2/customers?email={E:em}&expand=lease HTTP/1.1\" 200 {sz} \"-\" \"Mozilla/5.0\"\n",
                ip=_ip(rng), st=stamp, em=p.email, sz=rng.randint(300, 9000))
        elif k == 1:
            b.f("{pip} - - {st} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/{v}\"\n", pip=_priv_ip(rng), st=stamp, v=_ver(rng))
        elif k == 2:
            b.f("{IP:ip} - - {st} \"POST /portal/login HTTP/2.0\" 302 0 \"https://portal.sunharborleasing.com/\" \"okhttp/4.{v}\"\n",
                ip=_ip(rng), st=stamp, v=rng.randint(1, 12))
        elif k == 3:
            b.f("{IP:ip} - - {st} \"GET /static/app.{h}.js HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0 (iPhone)\" rid={u}\n",
                ip=_ip(rng), st=stamp, h=_rs(rng, _HEX, 8), u=_uuid(rng))
        else:
            b.f("{pip} - svc-batch {st} \"PUT /internal/invoices/{inv} HTTP/1.1\" 204 0 \"-\" \"python-requests/2.{v}\"\n",
                pip=_priv_ip(rng), st=stamp, inv=_ref(rng, "INV", 8), v=rng.randint(20, 32))
    return b.done()


def _t_us_env(rng):
    b = _B()
    b.f("# cobalt-stack / billing-worker .env (DO NOT COMMIT)\nAPP_VERSION={v}\nNODE_ENV=production\n"
        "DATABASE_URL=postgres://billing:{W:pw}@{pip}:5432/billing\nREDIS_HOST={pip2}\n"
        "STRIPE_PUBLISHABLE_KEY={pk}\nSTRIPE_SECRET_KEY={K:sk}\nTWILIO_ACCOUNT_SID={sid}\nTWILIO_AUTH_TOKEN={K:tok}\n"
        "SENTRY_RELEASE={sha}\nSUPPORT_INBOX=support@cobaltstack.io\n",
        v=_ver(rng), pw=_password(rng), pip=_priv_ip(rng), pip2=_priv_ip(rng), pk=_pk(rng),
        sk="sk_live_" + _rs(rng, _ALNUM, 24), sid=_sid(rng), tok=_rs(rng, _HEX, 32), sha=_rs(rng, _HEX, 40))
    if rng.random() < 0.6:
        b.f("# on-call: {P:n} {T:ph}\nSMTP_PASSWORD={W:pw2}\n", n=_pp(rng, "US").full, ph=_phone(rng, "US"), pw2=_password(rng))
    return b.done()


def _t_us_ssn_ticket(rng):
    b = _B()
    c = _pp(rng, "US")
    ag = _pp(rng, "US")
    b.f("Ticket #{tk} | Queue: Credit Review | Priority: normal | Opened {ts}\n\nCustomer: {P:last}, {P:first}\n"
        "DOB: {D:dob}\nSSN: {S:ssn}\nPhone: {T:ph}\nService address: {A:addr}\n\n",
        tk=rng.randint(100000, 999999), ts=_ts(rng), last=c.last, first=c.first,
        dob=_fmt_date(c.dob, rng.choice(["us", "us_long"])), ssn=_ssn(rng, rng.choice(["-", "-", " "])), ph=c.phone, addr=c.addr1)
    b.f("--- internal note ({P:ag}) ---\nSoft pull came back thin file. Asked cust to upload ID; they sent the wrong one "
        "(shows SSN ***-**-{l4}). Policy doc POL-{pol} says we need the full number OR a co-signer. "
        "Co-signer offered: {P:cos}, DOB {D:cdob}, SSN {S:cssn}.\nAutopay: checking acct {B:acct}, routing {rt}.\nQuote: 7.2 kW system, {amt}/mo over 20 yrs.\n",
        ag=ag.first + " " + ag.last[0] + ".", l4=_digits(rng, 4), pol=_digits(rng, 6), cos=_pp(rng, "US").full,
        cdob=_fmt_date(_date_between(rng, 1950, 1990), "us"), cssn=_ssn(rng), acct=_acct(rng), rt=_routing(rng), amt=_money(rng, "$", 89, 189))
    return b.done()


def _t_us_fwd_adoption(rng):
    b = _B()
    cw = _pp(rng, "US")
    fam = _pp(rng, "US")
    sp = _pp(rng, "US")
    b.f("---------- Forwarded message ---------\nFrom: {P:cw} <{E:cwm}>\nDate: {d}\nSubject: Home study visit confirmed\n"
        "To: {P:fam} <{E:fm}>\n\n", cw=cw.full, cwm=f"{_fold(cw.first).lower()}.{_fold(cw.last).lower().replace(chr(39), '')}@kinfoldfamily.org",
        d=_fmt_date(_recent(rng, 10), "us_long"), fam=fam.full, fm=fam.email)
    b.f("Dear {P:f1} and {P:f2},\n\nYour home study visit is set for {vd} at {tm}. I'll come to the address on your "
        "application:\n\n{A:addr}\n\nPlease have the birth certificates ready, including for {P:kid} (DOB {D:kdob}). "
        "Your dog {pet} can stay in the yard.\n\nWarm regards,\n{P:cw}, MSW\nKinfold Family Services\n{A:biz}\nOffice {T:oph} | Cell {T:cph}\n",
        f1=fam.first, f2=sp.first, vd=_fmt_date(_recent(rng, 0, 30), "us"), tm=_hm(rng), addr=fam.addrm,
        kid=rng.choice(_P["US"].ff + _P["US"].fm), kdob=_kid_dob(rng, "US"), pet=rng.choice(_PETS), cw=cw.full,
        biz=_P["US"].addr(rng, _P["US"])[0] + ", Suite " + str(rng.randint(100, 400)) + "\n" + _P["US"].addr(rng, _P["US"])[1],
        oph=_phone(rng, "US", "f"), cph=cw.phone)
    return b.done()


def _t_us_teams_incident(rng):
    b = _B()
    a, c, d = _pp(rng, "US"), _pp(rng, "IN"), _pp(rng, "US")
    clk = _clock(rng, rng.randint(13, 22))
    msgs = [
        (a, "prod api is 502ing since {tm}, lb shows upstream {pip} flapping"),
        (c, "seeing a spike from {IP:ip1}, maybe a scraper. blocking at the WAF"),
        (d, "we rolled out billing-worker {ver} 20 min ago, want me to roll back?"),
        (a, "yes pls. also who pasted the db creds in #general?? `svc_billing / {W:pw}` rotate it now"),
        (c, "my bad, rotating. second offender {IP:ip2} too"),
        (d, "rollback done, commit {sha}"),
    ]
    for who, msg in msgs:
        hh, mm = clk()
        b.f("{P:name}  {t}\n", name=who.full if rng.random() < 0.6 else who.first, t=f"{hh - 12}:{mm:02d} PM")
        b.f(msg + "\n\n", tm=_hm(rng), pip=_priv_ip(rng), ip1=_ip(rng), ip2=_ip(rng), ver="v" + _ver(rng),
            pw=_password(rng), sha=_rs(rng, _HEX, 7))
    return b.done()


def _t_gb_dialysis_email(rng):
    b = _B()
    pt = _pp(rng, "GB", "m")
    nu = _pp(rng, "GB")
    b.f("Subject: Transport for {P:first} {P:last} - Tues/Thurs/Sat sessions\n\nHi {P:nurse},\n\n", first=pt.first, last=pt.last,
        nurse=nu.first)
    b.f("Just to confirm the patient transport details for Mr {P:last} (DOB {D:dob}). He's moving from {L:old} to his "
        "daughter's on {d}, so from then please collect from:\n\n{A:addr}\n\nBest number is his daughter {P:dau} on {T:ph}. "
        "Sessions stay at the Renalis Care {branch} unit, chair {chair}, {tm} start. Hb last week 104, no other changes.\n\n"
        "Kind regards\n{P:me}\nPatient Liaison, Renalis Care\n{T:off}\n",
        last=pt.last, dob=pt.dobs, old=_town(rng, "GB"), d=_d(rng, "GB", 0, 20), addr=pt.addr1 if rng.random() < 0.5 else pt.addrm,
        dau=_pp(rng, "GB", "f").full, ph=pt.phone, branch=_town(rng, "GB"), chair=rng.randint(1, 18), tm=_hm(rng),
        me=_pp(rng, "GB").full, off=_phone(rng, "GB", "f"))
    return b.done()


def _t_gb_kv_log(rng):
    b = _B()
    for _ in range(rng.randint(3, 5)):
        p = _pp(rng, "GB")
        ts = _ts(rng).replace("T", " ").replace("Z", "")
        k = rng.randrange(4)
        if k == 0:
            b.f("{ts} INFO booking.create unit={u} patient_name=\"{P:n}\" dob={D:dob} tel={T:ph} slot={slot} req={r}\n",
                ts=ts, u=_town(rng, "GB").lower(), n=p.full, dob=_fmt_date(p.dob, "iso"), ph=p.phone.replace(" ", ""),
                slot=_d(rng, "GB", 0, 14), r=_uuid(rng))
        elif k == 1:
            b.f("{ts} WARN sms.send failed to={T:ph} provider=textlocal code=4{c} retry_in=30s\n", ts=ts,
                ph=_phone(rng, "GB", style="e164"), c=rng.randint(10, 99))
        elif k == 2:
            b.f("{ts} DEBUG auth.login user={E:em} ip={pip} ua=\"RenalisApp/{v} (Android 14)\" session={s}\n",
                ts=ts, em=p.email, pip=_priv_ip(rng), v=_ver(rng), s=_rs(rng, _HEX, 32))
        else:
            b.f("{ts} INFO transport.update patient={P:n} addr=\"{A:a}\" vehicle=RC-{veh} eta={tm}\n", ts=ts,
                n=p.last.upper() + ", " + p.first, a=p.addr1, veh=_digits(rng, 3), tm=_hm(rng))
    return b.done()


def _t_gb_notifications(rng):
    b = _B()
    for _ in range(rng.randint(4, 6)):
        k = rng.randrange(6)
        p = _pp(rng, "GB")
        if k == 0:
            b.f("New voicemail from {T:ph} (0:{s:02d})\n", ph=p.phone, s=rng.randint(5, 59))
        elif k == 1:
            b.f("[Petal Post] Order #{o} out for delivery to {P:n}\n", o=_digits(rng, 7), n=p.first + " " + p.last)
        elif k == 2:
            b.f("Missed call: {P:n} · {T:ph}\n", n=p.full, ph=p.phone)
        elif k == 3:
            b.f("Your Larkspur Golf Club tee time {d} {tm} is confirmed (ref LGC-{r})\n", d=_d(rng, "GB", 0, 10), tm=_hm(rng),
                r=_code(rng, 6))
        elif k == 4:
            b.f("Security alert: new sign-in for {E:em} from {IP:ip}\n", em=p.email, ip=_ip(rng))
        else:
            b.f("Your verification code is {otp}. Don't share it with anyone.\n", otp=_digits(rng, 6))
    return b.done()


def _t_gb_release_notes(rng):
    b = _B()
    b.f("Cobalt Stack RMM agent {v} — release notes ({d})\n\n* Fixed: patch scan hung on hosts with >64 GB RAM (#{i1}).\n"
        "* Changed: default sync interval 300s -> 180s; backoff capped at {bo}s.\n* Security: bumped OpenSSL to 3.{o}; "
        "image digest sha256:{sha}.\n* Known issue: agents on {v0} report uptime in ms.\n\nRollout: EU-West {p1}%, "
        "US-East {p2}%. Rollback build {build}. Questions -> #rmm-release.\n",
        v=_ver(rng), d=_recent(rng, 10).isoformat(), i1=rng.randint(1000, 9999), bo=rng.choice([60, 90, 120]),
        o=rng.randint(0, 4), sha=_sha(rng), v0=_ver(rng), p1=rng.choice([10, 25, 50]), p2=rng.choice([5, 10, 100]),
        build=_rs(rng, _HEX, 12))
    return b.done()


def _t_gb_florist_chat(rng):
    b = _B()
    c = _pp(rng, "GB")
    r = _pp(rng, "GB")
    ag = rng.choice(["Sam", "Jo", "Alex", "Robyn"])
    b.f("Live chat transcript · Petal Post · started {ts}\n\n", ts=_ts(rng))
    b.f("Visitor: hi, i ordered a bouquet for my mum's birthday but put the wrong address\n{ag} (Petal Post): Hi there! "
        "Can I take the order number and your name please?\nVisitor: PP-{o}, {P:cn}\n{ag} (Petal Post): Thanks {P:cf}. "
        "Paid with card ending {l4}? What's the right address?\nVisitor: yes. it should go to {P:rn}, {A:addr}\n"
        "{ag} (Petal Post): Updated. The driver from our {branch} shop will call {T:ph} if nobody's in.\n"
        "Visitor: perfect, that's my number. thank you!!\n",
        ag=ag, o=_digits(rng, 8), cn=c.full, cf=c.first, l4=_digits(rng, 4), rn=r.full, addr=r.addr1,
        branch=_town(rng, "GB"), ph=c.phone)
    return b.done()


def _t_au_sms_van(rng):
    b = _B()
    c = _pp(rng, "AU")
    b.f("VanGo Movers: Hi {P:f}, your 2T truck booking VG{r} is confirmed for {d} 7:30am at our {depot} depot. "
        "Bond {amt} held on card {m}. Reply STOP to opt out.\n", f=c.first, r=_digits(rng, 6), d=_d(rng, "AU", 0, 14),
        depot=_town(rng, "AU"), amt=_money(rng, "$", 150, 400), m=_masked(rng))
    b.f("Me: Hi can I add a second driver? my partner {P:p}, licence is NSW. her mob is {T:ph}\n",
        p=_pp(rng, "AU", "f").full, ph=_phone(rng, "AU"))
    b.f("VanGo Movers: No worries! Extra driver added ($15/day). Pls both bring licences. Drop-off is at {town} {dt}.\n",
        town=_town(rng, "AU"), dt=_d(rng, "AU", 0, 20))
    b.f("Me: great. we're moving to {L:dest} so one way pls\n", dest=_town(rng, "AU"))
    return b.done()


def _t_au_transcript(rng):
    b = _B()
    c = _pp(rng, "AU")
    ag = _pp(rng, "AU")
    nm = f"{c.first} {c.last}".lower()
    b.f("[auto-transcript · Bunkhouse Collective bookings line · conf 0.8{x}]\nagent: bunkhouse collective this is {P:ag} speaking how can i help\n"
        "caller: yeah hi um i've got a booking for the dorm in the {city} hostel next week\nagent: no worries can i get your full name\n"
        "caller: yeah it's {P:nm}\nagent: and date of birth for security\ncaller: {D:dob}\nagent: lovely and the mobile on the booking\n"
        "caller: {T:ph}\nagent: ok i can see booking b c {bk} for four nights you wanted to change\n"
        "caller: yeah add a night i'm flying back to {L:home} on the {day}\nagent: done that's an extra {amt} i'll send the link to {E:em}\n",
        x=rng.randint(0, 9), ag=ag.first.lower(), city=_town(rng, "AU").lower(), nm=nm,
        dob=_fmt_date(c.dob, "d_month_y").lower(), ph=c.phone if rng.random() < 0.5 else c.phone.replace(" ", ""),
        bk=_digits(rng, 5), home=rng.choice(["auckland", "perth", "hobart", "darwin", "adelaide"]), day=_ord(rng.randint(1, 28)),
        amt=f"{rng.randint(30, 60)} dollars", em=c.email)
    return b.done()


def _t_au_jsonl(rng):
    b = _B()
    for _ in range(rng.randint(2, 3)):
        c = _pp(rng, "AU")
        b.f('{{"ts":"{ts}","form":"hostel_booking","booking_ref":"BKC-{r}","guest":{{"first_name":"{P:f}","last_name":"{P:l}",'
            '"dob":"{D:dob}","email":"{E:em}","mobile":"{T:ph}"}},"payment":{{"card":"{C:cc}","exp":"{exp}","cvv":"{cvv}"}},'
            '"hostel":"Bunkhouse {hostel}","ip":"{pip}","nights":{n}}}\n',
            ts=_ts(rng), r=_code(rng, 7), f=c.first, l=c.last, dob=_fmt_date(c.dob, "iso"), em=c.email, ph=c.phone,
            cc=_card(rng), exp=_expiry(rng), cvv=_digits(rng, 3), hostel=_town(rng, "AU"), pip=_priv_ip(rng), n=rng.randint(1, 9))
    return b.done()


def _t_au_snow_report(rng):
    b = _B()
    b.f("Piste & Powder – morning ops report {d}\n\nBase depth {bd} cm, new snow {ns} cm overnight, -{t}°C at the top station.\n"
        "Lifts: {lo}/14 open. Village chair on wind hold until {tm}.\nLessons: {ls} group, {lp} private booked; instructor "
        "roster v{v} published. Kids' Snow Kangaroos program at capacity.\nLift pass revenue yesterday {rev}. "
        "Groomer GPS check-in at {gps}. Incident log INC-{inc} closed.\n",
        d=_d(rng, "AU", 20, 0), bd=rng.randint(40, 180), ns=rng.randint(0, 30), t=rng.randint(1, 12), lo=rng.randint(6, 14),
        tm=_hm(rng), ls=rng.randint(10, 60), lp=rng.randint(3, 25), v=_ver(rng), rev=_money(rng, "$", 20000, 90000),
        gps=_gps(rng, -36.5, 148.3), inc=_digits(rng, 5))
    return b.done()


def _t_in_slack(rng):
    b = _B()
    a, c = _pp(rng, "IN"), _pp(rng, "IN")
    clk = _clock(rng, 10)
    b.f("#client-ops · Cobalt Stack MSP\n\n{P:a}  {m1} AM\nclient {client} vpn is down again, their gateway {IP:gw} not "
        "responding to ping. internal side {pip} is fine\n\n", a=a.full, m1=_hhmm(clk()),
        client=rng.choice(["Sharma Textiles", "Menon & Sons", "Gupta Logistics", "Nair Ayurveda"]), gw=_ip(rng), pip=_priv_ip(rng))
    b.f("{P:c}  {m2} AM\nI reset it. For the firewall admin use `admin` / `{W:pw}` (will move to vault tmrw)\n\n",
        c=c.first, m2=_hhmm(clk()), pw=_password(rng))
    b.f("{P:a}  {m3} AM\nok. also their prod api key leaked in the repo: {K:key} — revoke pls. "
        "ticket CS-{tk}, call client IT head {P:it} on {T:ph}\n",
        a=a.first, m3=_hhmm(clk()), key=_api_key(rng), tk=_digits(rng, 5), it=_pp(rng, "IN").full, ph=_phone(rng, "IN"))
    return b.done()


def _t_in_ortho_call(rng):
    b = _B()
    par = _pp(rng, "IN", "f")
    kid = rng.choice(_P["IN"].fm)
    b.f("BraceWell Orthodontics – call note – {d}\nCaller: {P:par} (mother) re: son {P:kid} {P:kl}, DOB {D:kdob}.\n"
        "Wants to shift adjustment appt from {d1} to a Saturday at {branch} clinic. Confirmed mobile {T:ph}, alt {T:alt}.\n"
        "Address updated: {A:addr}. Balance due Rs {amt}; EMI plan #{emi}. Dr. {P:dr} to review retainer.\n",
        d=_d(rng, "IN", 5, 0), par=par.full, kid=kid, kl=par.last, kdob=_kid_dob(rng, "IN"), d1=_d(rng, "IN", 0, 10),
        branch=_town(rng, "IN"), ph=par.phone, alt=_phone(rng, "IN", "f"), addr=par.addr1, amt=f"{rng.randint(2, 40)},{rng.randint(100, 999)}",
        emi=_digits(rng, 6), dr=rng.choice(_P["IN"].lm))
    return b.done()


def _t_in_sheet(rng):
    b = _B()
    b.f("Donor Name\tMobile\tEmail\tCity\tAmount (INR)\tReceipt No\tCampaign\n")
    for _ in range(rng.randint(3, 5)):
        p = _pp(rng, "IN")
        b.f("{P:n}\t{T:ph}\t{E:em}\t{L:city}\t{amt}\tRK/{yr}/{r}\tMonsoon Drive v{v}\n",
            n=p.full if rng.random() < 0.7 else p.full.upper(), ph=p.phone, em=p.email, city=p.town,
            amt=f"{rng.randint(1, 25)},{rng.randint(0, 9)}00", yr=TODAY.year, r=_digits(rng, 5), v=rng.randint(1, 3))
    return b.done()


def _t_ca_donor_call(rng):
    b = _B()
    d = _pp(rng, "CA")
    vol = _pp(rng, "CA")
    b.f("Radio Kestrel FM pledge drive – phone room sheet #{s}\nVolunteer: {P:vol}\nTime: {tm}\n\nDonor: {P:dn}\n"
        "Phone: {T:ph}\nMailing address: {A:addr}\nGift: {amt} monthly (sustainer)\nCard: {C:cc}   exp {exp}   CVV {cvv}\n"
        "Thank-you gift: Kestrel tote + Tim Hortons card\nNotes: longtime listener, originally from {L:orig}, wants tax "
        "receipt by email {E:em}\n",
        s=rng.randint(10, 99), vol=vol.first, tm=_hm(rng), dn=d.full, ph=d.phone, addr=d.addr1, amt=_money(rng, "$", 10, 60),
        cc=_card(rng), exp=_expiry(rng), cvv=_digits(rng, 3), orig=rng.choice(["Sudbury", "Charlottetown", "Regina", "Thunder Bay",
                                                                               "St. John's", "Lethbridge"]), em=d.email)
    return b.done()


def _t_ca_ocr_form(rng):
    b = _B()
    a, s = _pp(rng, "CA"), _pp(rng, "CA")
    b.f("KINF0LD FAMILY SERV1CES — APPL1CATI0N T0 F0STER  (pg 1/4)\n\nApp1icant 1 name: {P:a}      Date of b1rth: {D:adob}\n"
        "App1icant 2 name: {P:s}      Date of b1rth: {D:sdob}\nHome addre5s: {A:addr}\nHome ph0ne: {T:hph}   Ce11: {T:cph}\n"
        "Emai1: {E:em}\nP1ace of birth (App. 1): {L:pob}\nPets in h0me: dog ({pet}), cat\nCase w0rker use on1y: file KF-{f} rec'd {d}\n",
        a=a.full.upper(), adob=a.dobs, s=s.full, sdob=s.dobs, addr=a.addr1, hph=_phone(rng, "CA", "f"), cph=a.phone,
        em=a.email, pob=rng.choice(["Brandon, MB", "Truro", "Kamloops", "Sherbrooke", "Red Deer"]), pet=rng.choice(_PETS),
        f=_digits(rng, 5), d=_d(rng, "CA"))
    return b.done()


def _t_ca_ski_email(rng):
    b = _B()
    p = _pp(rng, "CA")
    kid = rng.choice(_P["CA"].fm + _P["CA"].ff)
    b.f("Hi Piste & Powder team,\n\nI'd like to register my daughter/son {P:kid} (born {D:kdob}) for the 5-day Snow Cubs "
        "program at your Whistler school over the holidays, lift pass incl. Pass # on our old card was {pass}.\n\n"
        "Emergency contact: {P:ec}, {T:ecph}\nMy cell: {T:ph}\n\nWe're driving up from {L:home}. Can I pay the {amt} by "
        "e-transfer?\n\nThanks!\n{P:me}\n", kid=kid, kdob=_kid_dob(rng, "CA", 2014, 2020), **{"pass": _ref(rng, "WB", 10)},
        ec=_pp(rng, "CA").full, ecph=_phone(rng, "CA"), ph=p.phone, home=p.town, amt=_money(rng, "$", 400, 900), me=p.full)
    return b.done()


def _t_ie_golf_form(rng):
    b = _B()
    p = _pp(rng, "IE")
    b.f("Larkspur Golf Club – New Membership Application\n-----------------------------------------------\n"
        "Title: {tt}\nFirst name: {P:f}\nSurname: {P:l}\nDate of birth: {D:dob}\nAddress: {A:addr}\nMobile: {T:ph}\n"
        "Email: {E:em}\nHandicap index: {hc}\nMembership category: {cat}\nProposer: {P:prop} (member no. {mn})\n"
        "Direct debit IBAN: {I:iban}\nBIC: {bic}\nMandate ref: LGC-DD-{mr}\nSigned: {d}\n",
        tt=rng.choice(["Mr", "Dr"] if p.g == "m" else ["Ms", "Mrs", "Dr"]), f=p.first, l=p.last, dob=p.dobs, addr=p.addr1, ph=p.phone, em=p.email,
        hc=f"{rng.randint(0, 36)}.{rng.randint(0, 9)}", cat=rng.choice(["Full", "Five-day", "Intermediate", "Country"]),
        prop=_pp(rng, "IE").full, mn=_digits(rng, 4), iban=_iban(rng, "IE"), bic=rng.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]),
        mr=_digits(rng, 6), d=_d(rng, "IE"))
    return b.done()


def _t_ie_quoted_reply(rng):
    b = _B()
    p = _pp(rng, "IE")
    sec = _pp(rng, "IE")
    b.f("Hi {P:sf},\n\nYes that's correct, only the eircode changed. Thanks a mil.\n\n{P:pf}\n\n", sf=sec.first, pf=p.first)
    b.f("On {d} at {tm}, Larkspur Golf Club Office <office@larkspurgolf.ie> wrote:\n> Dear {P:pf},\n> We have your postal "
        "address as:\n> {A:street}\n> {A:rest}\n> Could you confirm before we post the {yr} fixtures card?\n"
        "> Subs of {amt} due by {due}.\n> {P:sec}, Hon. Secretary\n",
        d=_d(rng, "IE", 7, 0), tm=_hm(rng), pf=p.first, street=p.street, rest=p.rest, yr=TODAY.year + 1,
        amt=_money(rng, "€", 600, 1500), due=_d(rng, "IE", 0, 40), sec=sec.full)
    return b.done()


def _t_ie_msp_ticket(rng):
    b = _B()
    u = _pp(rng, "IE")
    t = _pp(rng, "IE")
    b.f("[Cobalt Stack Helpdesk] #{tk} Laptop won't connect to Wi-Fi after update\nRequester: {P:u} <{E:em}>\n"
        "Company: Kavanagh & Quinlan Solicitors\nAsset: LT-{asset} (IMEI {imei} on the 4G dongle)\n\n"
        "Customer wrote:\nhi, since windows update KB50{kb} i get no internet. Im working from home in {L:home} this week. "
        "Mobile {T:ph} if easier.\n\n--- Internal (not visible to requester) ---\n{P:tech}: remote session {sess}; "
        "NIC driver {ver} rolled back. Public IP {IP:ip}, LAN {pip}. Temp local admin pw set to {W:pw} — reset "
        "after visit.\n",
        tk=_digits(rng, 6), u=u.full, em=u.email, asset=_digits(rng, 4), imei=_imei(rng), kb=_digits(rng, 5), home=u.town,
        ph=u.phone, tech=t.first, sess=_rs(rng, _HEX, 16), ver=_ver(rng), ip=_ip(rng), pip=_priv_ip(rng), pw=_password(rng))
    return b.done()


def _t_za_foster_note(rng):
    b = _B()
    cw = _pp(rng, "ZA")
    fp = _pp(rng, "ZA")
    kid = _pp(rng, "ZA")
    b.f("KINFOLD FAMILY SERVICES – CASE NOTE\nCase: KF/ZA/{c}  Date of visit: {d}\nSocial worker: {P:cw}\n\n"
        "Visited foster parent {P:fp} at {A:addr}. Child {P:kid} (DOB {D:kdob}) attends Sarah Baartman Primary, grade {g}. "
        "Settling well; sleeps in own room. Foster dog {pet} is friendly.\nBiological mother {P:mom} has moved to {L:mloc} and "
        "wants contact; her cell {T:mph}. Next review {nd}.\n",
        c=_digits(rng, 5), d=_d(rng, "ZA"), cw=cw.full, fp=fp.full, addr=fp.addr1, kid=kid.first, kdob=_kid_dob(rng, "ZA"),
        g=rng.randint(1, 7), pet=rng.choice(_PETS), mom=_pp(rng, "ZA", "f").full, mloc=rng.choice(["Polokwane", "East London",
                                                                                                  "Kimberley", "Mthatha"]),
        mph=_phone(rng, "ZA"), nd=_d(rng, "ZA", 0, 60))
    return b.done()


def _t_za_solar_quote(rng):
    b = _B()
    c = _pp(rng, "ZA")
    ag = _pp(rng, "ZA")
    b.f("Morning {P:ag},\n\nThe installer came but the inverter is on the wrong wall, it must be moved before load-shedding "
        "season. Please send someone. My number is {T:ph}.\n\nRegards\n{P:c}\n\n",
        ag=ag.first, ph=c.phone, c=c.full)
    b.f("-----Original Message-----\nFrom: {P:agf} <{E:agem}>\nSent: {d}\n\n> Dear {P:cf}\n> Your SunHarbor lease "
        "SHZ-{lease} (5 kW + 10 kWh battery) is scheduled for install at:\n> {A:street}\n> {A:rest}\n> Monthly instalment "
        "R{amt}. Installer: Jacobs Electrical. Reply STOP to opt out.\n",
        agf=ag.full, agem=f"{_fold(ag.first).lower()}@sunharbor.co.za", d=_d(rng, "ZA", 20, 0), cf=c.first,
        lease=_digits(rng, 6), street=c.street, rest=c.rest, amt=f"{rng.randint(900, 2500)}.00")
    return b.done()


def _t_nz_crm_golf(rng):
    b = _B()
    m = _pp(rng, "NZ")
    pa = _pp(rng, "NZ")
    b.f("CRM > Contacts > {P:ml}, {P:mf}\nMember #: LGC-{mn}   Type: {tp}\nDOB: {D:dob}\nPartner: {P:pa} (social member)\n"
        "Phone: {T:ph}\nEmail: {E:em}\n\nNotes ({d}, {P:staff}): Called re renewal ({amt}). Moving to {L:dest} in March, "
        "may switch to country membership. Asked if dog {pet} can walk the back nine – no. Bought Paul Smith polo at pro shop.\n",
        ml=m.last, mf=m.first, mn=_digits(rng, 5), tp=rng.choice(["Full", "Senior", "Twilight"]), dob=m.dobs, pa=pa.first,
        ph=m.phone, em=m.email, d=_d(rng, "NZ"), staff=_pp(rng, "NZ").first, amt=_money(rng, "$", 900, 2400),
        dest=rng.choice(["Nelson", "Queenstown", "Napier", "Whangārei", "New Plymouth"]), pet=rng.choice(_PETS))
    return b.done()


def _t_nz_fwd_hostel(rng):
    b = _B()
    g = _pp(rng, "NZ")
    b.f("Begin forwarded message:\n\nFrom: Bunkhouse Collective <no-reply@bunkhousecollective.com>\nSubject: Booking {r} "
        "confirmed – Bunkhouse {town}\n\nKia ora {P:f},\n\nThanks for booking! Check-in {ci}, 2 nights, 6-bed mixed dorm. "
        "Door code for late arrival: {door}#. Total paid NZ{amt}.\n\nGuest: {P:n}\nMobile: {T:ph}\n\n"
        "See you soon,\nThe Bunkhouse team\n\n---\nhey can you print this for me, I'm travelling from {L:home} and my phone "
        "is nearly dead. – {P:f}\n",
        r=_code(rng, 8), town=_town(rng, "NZ"), f=g.first, ci=_d(rng, "NZ", 0, 20), door=_digits(rng, 4),
        amt=_money(rng, "$", 60, 140), n=g.full, ph=g.phone, home=g.town)
    return b.done()


def _t_ng_scrap_intake(rng):
    b = _B()
    s = _pp(rng, "NG", "m")
    b.f("IRONMOTH RECYCLING – WEIGHBRIDGE INTAKE\nTicket: IM-{tk}\nDate: {d}  Time in: {tm}\n"
        "Seller name: {P:n}\nPhone: {T:ph}\nAddress: {A:addr}\nVehicle reg: {veh}\nMaterial: {mat}\nGross {g} kg / Tare {t} kg\n"
        "Rate: N{rate}/kg  Paid: N{paid} (transfer ref {ref})\nSeller declares goods are his own. Sign: ______\n",
        tk=_digits(rng, 6), d=_d(rng, "NG"), tm=_hm(rng), n=s.full.upper() if rng.random() < 0.5 else s.full, ph=s.phone,
        addr=s.addr1, veh=f"{_rs(rng, _UP, 3)}-{_digits(rng, 3)}{_rs(rng, _UP, 2)}", mat=rng.choice(["HMS 1&2", "copper wire", "aluminium cans",
                                                                                                 "cast iron"]),
        g=rng.randint(1500, 9000), t=rng.randint(800, 1400), rate=rng.randint(300, 2500), paid=f"{rng.randint(100, 900)},{_digits(rng, 3)}",
        ref=_code(rng, 10))
    return b.done()


def _t_ng_sms_donor(rng):
    b = _B()
    d = _pp(rng, "NG")
    b.f("{T:from}: Good evening Radio Kestrel, this is {P:n} from {L:town}. Please I want to support the station with N{amt}, "
        "how do I pay?\n", **{"from": d.phone}, n=d.full, town=d.town, amt=f"{rng.randint(2, 50)},000")
    b.f("Radio Kestrel: Thank you {P:f}! Transfer to our account (ref RK{ref}) or dial *{ussd}#. We'll call you on {T:ph} to confirm.\n",
        f=d.first, ref=_digits(rng, 6), ussd=rng.randint(300, 999), ph=d.phone)
    b.f("{T:from}: Done. Also greet my wife {P:w} on the breakfast show 🙏\n", **{"from": d.phone}, w=_pp(rng, "NG", "f").first)
    return b.done()


def _t_ke_ortho_sms(rng):
    b = _B()
    for _ in range(rng.randint(2, 4)):
        p = _pp(rng, "KE")
        b.f("To: {T:ph}\nBraceWell Orthodontics {branch}: Dear {P:n}, reminder of your appointment on {d} at {tm}. "
            "Code {code}. Call {T:clinic} to reschedule.\n---\n",
            ph=p.phone, branch=_town(rng, "KE"), n=p.first if rng.random() < 0.5 else p.full, d=_d(rng, "KE", 0, 14), tm=_hm(rng),
            code=_code(rng, 6), clinic=_phone(rng, "KE", "f"))
    return b.done()


def _t_sg_teams_hostel(rng):
    b = _B()
    a, c = _pp(rng, "SG"), _pp(rng, "SG")
    g = _pp(rng, rng.choice(["GB", "AU", "IN"]), "f")
    clk = _clock(rng, 11)
    b.f("{P:a} {m}\nguest in room 304 lost keycard, says she's {P:g}. bkg BKC-{bk}\n\n", a=a.full, m=_hhmm(clk()),
        g=g.full, bk=_code(rng, 7))
    b.f("{P:c} {m}\nID matches. Reset door code to {door}. Her phone is {T:ph} and she flies to {L:dest} on {d}\n\n",
        c=c.first, m=_hhmm(clk()), door=_digits(rng, 6), ph=g.phone, dest=rng.choice(["Bali", "Bangkok", "Hanoi", "Perth"]),
        d=_d(rng, "SG", 0, 10))
    b.f("{P:a} {m}\nok noted. also pls call maintenance {T:mph} for aircon in 2F female dorm\n", a=a.first,
        m=_hhmm(clk()), mph=_phone(rng, "SG", "f"))
    return b.done()


# ---------------------------------------------------------------------------------------------
# free-text templates: other languages
# ---------------------------------------------------------------------------------------------
def _t_ca_florist(rng):
    b = _B()
    me, mare = _pp(rng, "ca"), _pp(rng, "ca", "f")
    b.f("Assumpte: Comanda de ram per a la meva mare\n\nBon dia,\n\nVoldria encarregar un ram de roses i lliris per a la meva "
        "mare, {P:mare}, que fa anys el {dd}. Va néixer el {D:dob} a {L:pob}, així que en fa {age}!\n\n"
        "Adreça d'entrega: {A:addr}\nTelèfon de contacte: {T:ph}\nPreferiblement abans de les {tm}.\n\n"
        "Pagaré per transferència des del compte {I:iban}. El pressupost de la botiga de {branch} era de {amt}.\n\n"
        "Moltes gràcies,\n{P:me}\n{E:em}\n",
        mare=mare.full, dd=_d(rng, "ca", 0, 15), dob=_fmt_date(mare.dob, rng.choice(["dmy", "ca"])),
        pob=_town(rng, "ca"), age=TODAY.year - mare.dob.year, addr=mare.addr1, ph=me.phone, tm=_hm(rng),
        iban=_iban(rng, "ES"), branch=_town(rng, "ca"), amt=_money(rng, "€", 35, 90, after=True, comma=True), me=me.full,
        em=me.email)
    return b.done()


def _t_ca_whatsapp(rng):
    b = _B()
    a, c = _pp(rng, "ca"), _pp(rng, "ca")
    day = _recent(rng, 30)
    ds = f"{day.day}/{day.month}/{day.year % 100}"
    clk = _clock(rng)
    msgs = [
        (a, "Ei! Ja he reservat la furgoneta a VanGo, la recollim dissabte al magatzem de {depot}"),
        (c, "Genial. Quina adreça poso al GPS?"),
        (a, "{A:addr}"),
        (a, "I després cap a {L:dest}, que el pis nou ja està llest 🎉"),
        (c, "Perfecte. Porto la meva germana {P:sis}, el seu mòbil és {T:sph}"),
        (a, "Ok! La reserva és VG-{res}, fiança de {amt} amb la targeta acabada en {l4}"),
    ]
    for who, msg in msgs:
        b.f(f"{ds} {_hhmm(clk())} - {{P:w}}: {msg}\n", w=who.first if rng.random() < 0.4 else who.full,
            depot=_town(rng, "ca"), addr=a.addr1, dest=_town(rng, "ca"), sis=_pp(rng, "ca", "f").first, sph=_phone(rng, "ca"),
            res=_digits(rng, 7), amt=_money(rng, "€", 100, 300, after=True, comma=True), l4=_digits(rng, 4))
    return b.done()


def _t_is_golf_email(rng):
    b = _B()
    p = _pp(rng, "is")
    b.f("Efni: Umsókn um aðild\n\nGóðan daginn,\n\nÉg heiti {P:n} og langar að sækja um aðild að Larkspur golfklúbbnum "
        "fyrir næsta sumar. Fyrri búseta: {L:old}.\n\nFæðingardagur: {D:dob}\nHeimilisfang: {A:addr}\nSími: {T:ph}\n"
        "Netfang: {E:em}\nForgjöf: {hc}\n\nEiginmaður/eiginkona mín, {P:sp}, hefur áhuga á vinaaðild. Árgjaldið {amt} kr. "
        "greiðum við í tveimur greiðslum.\n\nKær kveðja,\n{P:f}\n",
        n=p.full, old=_town(rng, "is"), dob=p.dobs, addr=p.addr1, ph=p.phone, em=p.email, hc=f"{rng.randint(5, 36)},{rng.randint(0, 9)}",
        sp=_pp(rng, "is").full, amt=f"{rng.randint(90, 250)}.000", f=p.first)
    return b.done()


def _t_is_sms_hostel(rng):
    b = _B()
    p = _pp(rng, "is")
    fr = _pp(rng, "is", "f")
    b.f("Bunkhouse: Bókun {bk} staðfest, {ci}, 2 nætur. Hurðarkóði {door}#. Innritun eftir kl. 15:00.\n",
        bk=_code(rng, 8), ci=_d(rng, "is", 0, 20), door=_digits(rng, 4))
    b.f("Ég: Takk! Vinkona mín {P:fr} kemur líka, síminn hennar er {T:ph}. Heimabær okkar: {L:fromt}.\n",
        fr=fr.full if rng.random() < 0.5 else fr.first, ph=fr.phone, fromt=_town(rng, "is"))
    b.f("Bunkhouse: Frábært, {P:me}. Viðbótargjald {amt} kr. verður rukkað á kort sem endar á {l4}.\n",
        me=p.first, amt=f"{rng.randint(4, 9)}.{rng.randint(100, 990)}", l4=_digits(rng, 4))
    return b.done()


def _t_af_scrap_form(rng):
    b = _B()
    s = _pp(rng, "af")
    b.f("IRONMOTH HERWINNING – VERKOPERSVORM\nKwitansie nr: IM-{k}\nDatum: {d}\n\nVerkoper se naam: {P:n}\nGeboortedatum: {D:dob}\n"
        "Adres: {A:addr}\nSelfoon: {T:ph}\nE-pos: {E:em}\nVoertuig: {veh}\nMateriaal: {mat}\nMassa: {kg} kg\n"
        "Bedrag: R{amt}\nBetaal per EFT, verwysing IM{ref}\nWerf: {yard}\n",
        k=_digits(rng, 6), d=_d(rng, "af"), n=s.full, dob=s.dobs, addr=s.addr1, ph=s.phone, em=s.email,
        veh=f"CA {_digits(rng, 3)}-{_digits(rng, 3)}", mat=rng.choice(["koperdraad", "aluminium blikkies", "geelkoper", "staal"]),
        kg=rng.randint(20, 800), amt=f"{rng.randint(1, 9)} {_digits(rng, 3)},{_digits(rng, 2)}", ref=_digits(rng, 7),
        yard=_town(rng, "af"))
    return b.done()


def _t_af_foster_note(rng):
    b = _B()
    fp = _pp(rng, "af")
    kid = _pp(rng, "af")
    b.f("Kinfold Gesinsdienste – CRM-nota ({d})\nMaatskaplike werker: {P:sw}\n\nPleegouer {P:fp} het gebel. Die kind, {P:kid} "
        "(gebore {D:kdob}), het goed aangepas by die nuwe skool in {school}. Die gesin trek volgende maand na {L:dest}; "
        "nuwe adres sal wees {A:addr}. Kontak: {T:ph}. Die hond {pet} bly by die ouma.\nOpvolg: saak KF-{c}, hersiening op {nd}.\n",
        d=_d(rng, "af"), sw=_pp(rng, "af").full, fp=fp.full, kid=kid.first, kdob=_kid_dob(rng, "af"),
        school=rng.choice(["Paul Roos Gimnasium", "Hoërskool Jan van Riebeeck", "Laerskool Danie Malan"]),
        dest=fp.town, addr=fp.addr1, ph=fp.phone, pet=rng.choice(_PETS), c=_digits(rng, 5), nd=_d(rng, "af", 0, 60))
    return b.done()


def _t_tl_messenger(rng):
    b = _B()
    c = _pp(rng, "tl")
    ag = _pp(rng, "tl")
    msgs = [
        (c, "Hello po, tanong ko lang po yung sa solar lease ng SunHarbor. Magkano po monthly?"),
        (ag, "Hi po {P:cf}! Depende po sa laki ng bubong. Para sa 3 kW, nasa ₱{amt}/buwan po. Saan po ang bahay?"),
        (c, "{A:addr} po"),
        (ag, "Salamat po. Pakibigay po ang cellphone number para sa site visit"),
        (c, "{T:ph} po, o kaya sa asawa ko si {P:sp}, {T:sph}"),
        (ag, "Noted po. Ref no. SHP-{ref}. Tatawag po ang installer namin mula {branch} branch."),
    ]
    for who, msg in msgs:
        b.f(f"{{P:w}}: {msg}\n", w=who.full if who is c else ag.first,
            cf=c.first, amt=f"{rng.randint(2, 6)},{rng.randint(100, 999)}", addr=c.addr1, ph=c.phone, sp=_pp(rng, "tl").full,
            sph=_phone(rng, "tl"), ref=_digits(rng, 6), branch=_town(rng, "tl"))
    return b.done()


def _t_tl_transcript(rng):
    b = _B()
    pt = _pp(rng, "tl")
    son = _pp(rng, "tl", "m")
    b.f("[voice-to-text · renalis care hotline]\nagent: magandang umaga po renalis care dialysis center ano po ang maitutulong namin\n"
        "caller: opo good morning si {P:son} po ito anak po ng pasyente ninyo si {P:pt}\nagent: sige po ano pong birthday ng pasyente\n"
        "caller: {D:dob} po\nagent: okay po nakita ko na po ang record session niya po ay {d} alas {h} ng umaga\n"
        "caller: pwede po ba ilipat kasi uuwi po kami ng {L:prov} sa pasko\nagent: sige po itatawag ko po sa inyo sa {T:ph}\n",
        son=son.first.lower(), pt=pt.full.lower(), dob=_fmt_date(pt.dob, "tl").lower(), d=_d(rng, "tl", 0, 10),
        h=rng.choice(["sais", "siyete", "otso"]), prov=rng.choice(["iloilo", "bicol", "pangasinan", "leyte"]), ph=son.phone)
    return b.done()


def _t_ms_hostel_email(rng):
    b = _B()
    p = _pp(rng, "ms", "f")
    b.f("Perkara: Tempahan bilik asrama Bunkhouse {town}\n\nSalam sejahtera,\n\nSaya ingin menempah dua katil di dorm wanita "
        "untuk {d1} hingga {d2}. Butiran saya:\n\nNama: {P:n}\nTarikh lahir: {D:dob}\nNo. telefon: {T:ph}\nE-mel: {E:em}\n"
        "Alamat: {A:addr}\n\nSaya dan rakan saya {P:fr} datang dari {L:fromt}. Bayaran {amt} melalui kad berakhir {l4}.\n\n"
        "Terima kasih,\n{P:f}\n",
        town=_town(rng, "ms"), d1=_d(rng, "ms", 0, 20), d2=_d(rng, "ms", 0, 30), n=p.full, dob=p.dobs, ph=p.phone, em=p.email,
        addr=p.addr1, fr=_pp(rng, "ms", "f").first, fromt=p.town, amt=f"RM{rng.randint(60, 300)}.00", l4=_digits(rng, 4),
        f=p.first)
    return b.done()


def _t_ms_ortho_chat(rng):
    b = _B()
    mom = _pp(rng, "ms", "f")
    kid = _pp(rng, "ms")
    ag = rng.choice(["Aida", "Syazwani", "Kak Ros"])
    b.f("Sembang langsung · BraceWell Orthodontics\n\n{P:m}: Assalamualaikum, saya nak tukar temujanji anak saya\n"
        "{ag} (BraceWell): Waalaikumsalam puan. Boleh beri nama penuh dan tarikh lahir anak?\n"
        "{P:m}: {P:k}, lahir {D:kdob}\n{ag} (BraceWell): Terima kasih. Temujanji asal {d} di cawangan {branch}. Nak tukar ke bila?\n"
        "{P:m}: Sabtu depan boleh? Hubungi saya di {T:ph}\n{ag} (BraceWell): Baik, disahkan. Kod rujukan {ref}.\n",
        m=mom.full if rng.random() < 0.5 else mom.first, ag=ag, k=kid.full, kdob=_kid_dob(rng, "ms"), d=_d(rng, "ms", 0, 10),
        branch=_town(rng, "ms"), ph=mom.phone, ref=_code(rng, 6))
    return b.done()


def _t_cy_donor_email(rng):
    b = _B()
    d = _pp(rng, "cy")
    b.f("Pwnc: Cyfraniad misol i Radio Kestrel\n\nAnnwyl gyfeillion,\n\nRwy'n gwrando ar Radio Kestrel bob bore ers i mi symud i "
        "{L:town}. Hoffwn gyfrannu {amt} y mis drwy ddebyd uniongyrchol.\n\nEnw: {P:n}\nCyfeiriad: {A:addr}\nFfôn: {T:ph}\n"
        "Dyddiad geni: {D:dob}\nIBAN: {I:iban}\n\nDiolch yn fawr am y rhaglen werin nos Sul!\n\nCofion,\n{P:f}\n",
        town=d.town, amt=_money(rng, "£", 5, 30), n=d.full, addr=d.addr1, ph=d.phone, dob=d.dobs, iban=_iban(rng, "GB"),
        f=d.first)
    return b.done()


def _t_cy_ski_form(rng):
    b = _B()
    p = _pp(rng, "cy")
    b.f("FFURFLEN ARCHEBU – YSGOL SGÏO PISTE & POWDER\nRhif archeb: PP-{r}\nEnw cyntaf: {P:f}\nCyfenw: {P:l}\nDyddiad geni: {D:dob}\n"
        "Cyfeiriad: {A:addr}\nFfôn symudol: {T:ph}\nE-bost: {E:em}\nLefel: {lvl}\nTocyn lifft: {days} diwrnod ({amt})\n"
        "Cysylltiad brys: {P:ec}, {T:ecph}\nDyddiad: {d}\n",
        r=_digits(rng, 6), f=p.first, l=p.last, dob=p.dobs, addr=p.addr1, ph=p.phone, em=p.email,
        lvl=rng.choice(["Dechreuwr", "Canolradd", "Uwch"]), days=rng.randint(2, 6), amt=_money(rng, "£", 90, 320),
        ec=_pp(rng, "cy").full, ecph=_phone(rng, "cy"), d=_d(rng, "cy"))
    return b.done()


def _t_et_msp_ticket(rng):
    b = _B()
    u = _pp(rng, "et")
    b.f("Pilet #{tk} – VPN ei tööta\nTaotleja: {P:n} <{E:em}>\n\nTere!\nAlates eilsest ei saa ma kodust ({L:home}) VPN-i "
        "ühendada. Minu avalik IP on {IP:ip}, ruuteri sisemine {pip}. Kasutajanimi {user}, parool {W:pw} (vahetage see "
        "palun ära). Klient versioon {ver}. Helistage {T:ph}.\n\nLugupidamisega\n{P:f}\n\n--- Sisemine märkus ---\n"
        "Sertifikaat aegunud ({d}). Uus võti genereeritud, sõrmejälg {sha}.\n",
        tk=_digits(rng, 5), n=u.full, em=u.email, home=u.town, ip=_ip(rng), pip=_priv_ip(rng),
        user=_fold(u.first).lower() + "." + _fold(u.last).lower(), pw=_password(rng), ver=_ver(rng), ph=u.phone, f=u.first,
        d=_d(rng, "et", 5, 0), sha=_sha(rng))
    return b.done()


def _t_et_hostel_email(rng):
    b = _B()
    g = _pp(rng, "et")
    b.f("Teema: Broneering BKC-{r}\n\nTere,\n\nsoovin muuta oma broneeringut Bunkhouse {town} hostelis. Saabun {d} hilja "
        "õhtul rongiga. Elukoht: {L:fromt}.\n\nNimi: {P:n}\nSünniaeg: {D:dob}\nTelefon: {T:ph}\nAadress: {A:addr}\n\n"
        "Palun saatke ukse kood e-kirjaga. Makse {amt} tehtud kaardiga {m}.\n\nTänan,\n{P:f}\n",
        r=_code(rng, 7), town=_town(rng, "et"), d=_d(rng, "et", 0, 20), fromt=rng.choice(["Tartu", "Narva", "Pärnu", "Rakvere"]),
        n=g.full, dob=g.dobs, ph=g.phone, addr=g.addr1, amt=_money(rng, "€", 20, 90, after=True, comma=True), m=_masked(rng),
        f=g.first)
    return b.done()


def _t_sl_ski_email(rng):
    b = _B()
    p = _pp(rng, "sl")
    kid = rng.choice(_P["sl"].fm + _P["sl"].ff)
    b.f("Zadeva: Prijava v šolo smučanja\n\nPozdravljeni,\n\nrad bi prijavil otroka {P:k} {P:l} (datum rojstva {D:kdob}) v petdnevni "
        "tečaj smučanja v Kranjski Gori od {d}. Smučarska vozovnica naj bo otroška.\n\nStarš: {P:n}\nNaslov: {A:addr}\n"
        "Telefon: {T:ph}\nE-pošta: {E:em}\n\nPrihajamo iz {L:town}. Plačilo {amt} bomo poravnali po predračunu št. {inv}.\n\n"
        "Lep pozdrav,\n{P:f}\n",
        k=kid, l=p.last, kdob=_kid_dob(rng, "sl", 2013, 2020), d=_d(rng, "sl", 0, 40), n=p.full, addr=p.addr1, ph=p.phone,
        em=p.email, town=rng.choice(["Maribora", "Celja", "Kopra", "Novega mesta"]), amt=_money(rng, "€", 150, 420, after=True, comma=True),
        inv=f"{_digits(rng, 4)}/{TODAY.year}", f=p.first)
    return b.done()


def _t_sl_kv_log(rng):
    b = _B()
    for _ in range(rng.randint(3, 5)):
        p = _pp(rng, "sl")
        ts = _ts(rng)
        k = rng.randrange(3)
        if k == 0:
            b.f("{ts} INFO rezervacija.nova ime={P:f} priimek={P:l} rojstni_datum={D:dob} telefon=\"{T:ph}\" tecaj=SK-{c}\n",
                ts=ts, f=p.first, l=p.last, dob=_fmt_date(p.dob, "dmy_dot"), ph=p.phone, c=_digits(rng, 4))
        elif k == 1:
            b.f("{ts} INFO vozovnica.izdana st={card} tip=dnevna cena={amt} blagajna={town}\n", ts=ts,
                card=_rs(rng, "0123456789ABCDEF", 16), amt=_money(rng, "€", 25, 60, after=True, comma=True), town=_town(rng, "sl"))
        else:
            b.f("{ts} WARN placilo.zavrnjeno email={E:em} kartica={m} ip={IP:ip}\n", ts=ts, em=p.email, m="************" + _digits(rng, 4),
                ip=_ip(rng))
    return b.done()


def _t_tr_whatsapp_scrap(rng):
    b = _B()
    s, y = _pp(rng, "tr", "m"), _pp(rng, "tr", "m")
    day = _recent(rng, 20)
    ds = f"{day.day:02d}.{day.month:02d}.{day.year}"
    clk = _clock(rng)
    msgs = [
        (s, "Abi selam, elimde 300 kilo bakır kablo var, kilosu kaç?"),
        (y, "Selam {P:sf} bey, bugün {rate} TL. Hurdalığa {town} şubesine getirebilirsin"),
        (s, "Ben {L:home} tarafındayım, araç yok. Siz gelip alabilir misiniz? Adres: {A:addr}"),
        (y, "Olur, şoförümüz {P:drv} yarın gelir. Numarası {T:dph}"),
        (s, "Tamam. Ödemeyi IBAN'a yaparsınız değil mi? Kimlik fotokopisini de veririm"),
        (y, "Evet, makbuz no IM-{ref}"),
    ]
    for who, msg in msgs:
        b.f(f"[{ds} {_hhmm(clk(), pad=True)}] {{P:w}}: {msg}\n", w=who.full, sf=s.first,
            rate=f"{rng.randint(250, 340)},{rng.randint(0, 9)}0", town=_town(rng, "tr"), home=s.town, addr=s.addr1,
            drv=_pp(rng, "tr", "m").first, dph=_phone(rng, "tr"), ref=_digits(rng, 6))
    return b.done()


def _t_tr_ortho_sms(rng):
    b = _B()
    for _ in range(rng.randint(2, 4)):
        p = _pp(rng, "tr")
        b.f("Alıcı: {T:ph}\nBraceWell Ortodonti: Sayın {P:n}, {d} saat {tm} randevunuzu hatırlatırız. Doktorunuz Dr. {P:dr}. "
            "İptal için {T:cl}. Onay kodu: {otp}\n---\n",
            ph=p.phone, n=p.full, d=_d(rng, "tr", 0, 14), tm=_hm(rng), dr=rng.choice(_P["tr"].lm), cl=_phone(rng, "tr", "f"),
            otp=_digits(rng, 6))
    return b.done()


def _t_ro_dialysis_email(rng):
    b = _B()
    pt = _pp(rng, "ro", "m")
    fiica = _pp(rng, "ro", "f")
    b.f("Subiect: Programare dializă pentru tatăl meu\n\nBună ziua,\n\nVă scriu în legătură cu tatăl meu, domnul {P:pt}, "
        "născut la {D:dob}, pacient al centrului Renalis Care {branch}. Din {d} se mută la mine în {L:town}, așa că vă rog "
        "să schimbați adresa de preluare pentru transport:\n\n{A:addr}\n\nNumărul meu de telefon este {T:ph}. Următoarea "
        "ședință este {d2}, ora {tm}.\n\nCu mulțumiri,\n{P:me}\n{E:em}\n",
        pt=pt.full, dob=pt.dobs, branch=_town(rng, "ro"), d=_d(rng, "ro", 0, 20), town=fiica.town, addr=fiica.addrm,
        ph=fiica.phone, d2=_d(rng, "ro", 0, 10), tm=_hm(rng), me=fiica.full, em=fiica.email)
    return b.done()


def _t_ro_ortho_form(rng):
    b = _B()
    b.f("# export formular online BraceWell – pacienți noi\n")
    for _ in range(rng.randint(2, 3)):
        p = _pp(rng, "ro")
        b.f('{{"id":"{u}","nume":"{P:l}","prenume":"{P:f}","data_nasterii":"{D:dob}","telefon":"{T:ph}","email":"{E:em}",'
            '"adresa":"{A:addr}","trimis_la":"{ts}","ip":"{IP:ip}","consimtamant":true}}\n',
            u=_uuid(rng), l=p.last, f=p.first, dob=_fmt_date(p.dob, "dmy_dot"), ph=p.phone, em=p.email, addr=p.addr1,
            ts=_ts(rng), ip=_ip(rng))
    return b.done()


def _t_vi_florist_chat(rng):
    b = _B()
    c = _pp(rng, "vi")
    r = _pp(rng, "vi", "f")
    b.f("Zalo · Petal Post Việt Nam\n\n{P:c}: Chào shop, em muốn đặt bó hoa hồng giao cho mẹ em\nPetal Post: Dạ chào anh/chị {P:cf}, "
        "cho shop xin tên và địa chỉ người nhận ạ\n{P:c}: Người nhận là {P:r}, địa chỉ {A:addr}. SĐT {T:ph}\n"
        "Petal Post: Dạ đơn PP-{o} tổng {amt}đ, giao ngày {d}. Thanh toán chuyển khoản nội dung PP{o}\n{P:c}: Ok, mẹ em sinh "
        "{D:dob} nên nhớ ghi thiệp chúc mừng sinh nhật nhé\n",
        c=c.full, cf=c.first, r=r.full, addr=r.addr1, ph=r.phone, o=_digits(rng, 6), amt=f"{rng.randint(350, 990)}.000",
        d=_d(rng, "vi", 0, 7), dob=_fmt_date(r.dob, "vi"))
    return b.done()


def _t_vi_van_form(rng):
    b = _B()
    p = _pp(rng, "vi")
    b.f("PHIẾU THUÊ XE TẢI – VANGO MOVERS\nSố phiếu: VG-{r}\nHọ và tên: {P:n}\nNgày sinh: {D:dob}\nĐịa chỉ: {A:addr}\n"
        "Điện thoại: {T:ph}\nEmail: {E:em}\nLoại xe: tải 1,5 tấn – biển số {plate}\nNhận xe: {d} tại kho {depot}\n"
        "Chuyển nhà đến: {L:dest}\nĐặt cọc: {amt}đ (thẻ {m})\n",
        r=_digits(rng, 6), n=p.full, dob=_fmt_date(p.dob, "dmy"), addr=p.addr1, ph=p.phone, em=p.email,
        plate=f"{rng.randint(29, 92)}C-{_digits(rng, 3)}.{_digits(rng, 2)}", d=_d(rng, "vi", 0, 14), depot=_town(rng, "vi"),
        dest=_town(rng, "vi"), amt=f"{rng.randint(1, 5)}.000.000", m=_masked(rng))
    return b.done()


def _t_sw_sms_donor(rng):
    b = _B()
    d = _pp(rng, "sw")
    code = _code(rng, 10)
    b.f("{code} Imethibitishwa. Ksh{amt}.00 imetumwa kwa RADIO KESTREL FM akaunti {acc} tarehe {d} saa {tm}. "
        "Salio lako ni Ksh{bal}.\n", code=code, amt=rng.randint(100, 5000), acc=_digits(rng, 6), d=_d(rng, "sw", 5, 0), tm=_hm(rng),
        bal=f"{rng.randint(1, 90)},{_digits(rng, 3)}.00")
    b.f("{T:ph}: Habari Radio Kestrel, mimi ni {P:n} kutoka {L:town}. Nimetuma mchango wangu, namba ya muamala {code}. "
        "Naomba salamu kwa mama yangu {P:mama}.\n", ph=d.phone, n=d.full, town=d.town, code=code,
        mama=_pp(rng, "sw", "f").full)
    b.f("Radio Kestrel: Asante sana {P:f}! Tutasoma salamu zako kesho asubuhi.\n", f=d.first)
    return b.done()


def _t_sw_adoption_note(rng):
    b = _B()
    fam = _pp(rng, "sw")
    b.f("KINFOLD HUDUMA ZA FAMILIA – MAELEZO YA ZIARA\nFaili: KF-{f}\nTarehe: {d}\nAfisa: {P:afisa}\n\n"
        "Tulitembelea familia ya {P:fam} katika {A:addr}. Mtoto {P:kid}, aliyezaliwa {D:kdob}, anaendelea vizuri shuleni. "
        "Mama mlezi ({P:mama}) alisema wanapanga kuhamia {L:dest} mwakani. Simu: {T:ph}. Ziara ijayo: {nd}.\n",
        f=_digits(rng, 5), d=_d(rng, "sw"), afisa=_pp(rng, "sw").full, fam=fam.last, addr=fam.addr1,
        kid=rng.choice(_P["sw"].fm + _P["sw"].ff), kdob=_kid_dob(rng, "sw"), mama=_pp(rng, "sw", "f").first,
        dest=rng.choice(["Nakuru", "Kilifi", "Garissa", "Kakamega"]), ph=fam.phone, nd=_d(rng, "sw", 0, 60))
    return b.done()


def _t_sq_solar_email(rng):
    b = _B()
    c = _pp(rng, "sq")
    ag = _pp(rng, "sq")
    b.f("Tema: Kontrata e qirasë për panelet diellore\n\nPërshëndetje {P:ag},\n\nJu falënderoj për ofertën. Po ju dërgoj të "
        "dhënat për kontratën:\n\nEmri dhe mbiemri: {P:n}\nDatëlindja: {D:dob}\nAdresa: {A:addr}\nCel: {T:ph}\nEmail: {E:em}\n\n"
        "Sistemi 4 kW me kësti mujor {amt} lekë më duket i arsyeshëm. Do të jem në {L:trip} deri më {d}, pastaj mund të "
        "vijë instaluesi.\n\nMe respekt,\n{P:f}\n",
        ag=ag.first, n=c.full, dob=c.dobs, addr=c.addr1, ph=c.phone, em=c.email, amt=f"{rng.randint(4, 12)} {_digits(rng, 3)}",
        trip=rng.choice(["Itali", "Greqi", "Gjermani", "Kosovë"]), d=_d(rng, "sq", 0, 20), f=c.first)
    return b.done()


def _t_sq_ocr_form(rng):
    b = _B()
    g = _pp(rng, "sq")
    b.f("BUNKH0USE C0LLECTIVE — F0RMULAR REGJISTRIMI (skanuar)\nEmri: {P:f}        Mbiemri: {P:l}\nDatë1indja: {D:dob}\n"
        "Vendi i 1indjes: {L:pob}\nAdresa: {A:addr}\nTe1: {T:ph}\nDhoma: {room}   Netë: {n}   Pagesa: {amt} €\n"
        "Kodi i deres: {door}\nNënshkrimi: ________   Data: {d}\n",
        f=g.first, l=g.last.upper(), dob=g.dobs, pob=_town(rng, "sq"), addr=g.addr1, ph=g.phone, room=rng.randint(101, 320),
        n=rng.randint(1, 6), amt=rng.randint(15, 120), door=_digits(rng, 4), d=_d(rng, "sq"))
    return b.done()


def _t_lt_slack(rng):
    b = _B()
    clk = _clock(rng, 14)
    a, c = _pp(rng, "lt"), _pp(rng, "lt")
    b.f("#palaikymas · Cobalt Stack\n\n{P:a}  {m}\nklientas {client} skambino, neveikia el. paštas. Jų serveris {IP:ip}, "
        "vidinis {pip}\n\n", a=a.full, m=_hhmm(clk()), client=rng.choice(["UAB Petrauskas ir partneriai", "UAB Butkus Logistika"]),
        ip=_ip(rng), pip=_priv_ip(rng))
    b.f("{P:c}  {m}\npatikrinau – API raktas pasibaigęs. Naujas: {K:key}\nSlaptažodis administratoriui: {W:pw}\n"
        "Kontaktas: {P:ct}, tel. {T:ph}\n", c=c.first, m=_hhmm(clk()), key=_api_key(rng), pw=_password(rng),
        ct=_pp(rng, "lt").full, ph=_phone(rng, "lt"))
    return b.done()


TEMPLATES = [
    # English (33)
    _t_us_solar_ach, _t_us_whatsapp_van, _t_us_nginx, _t_us_env, _t_us_ssn_ticket, _t_us_fwd_adoption,
    _t_us_teams_incident,
    _t_gb_dialysis_email, _t_gb_kv_log, _t_gb_notifications, _t_gb_release_notes, _t_gb_florist_chat,
    _t_au_sms_van, _t_au_transcript, _t_au_jsonl, _t_au_snow_report,
    _t_in_slack, _t_in_ortho_call, _t_in_sheet,
    _t_ca_donor_call, _t_ca_ocr_form, _t_ca_ski_email,
    _t_ie_golf_form, _t_ie_quoted_reply, _t_ie_msp_ticket,
    _t_za_foster_note, _t_za_solar_quote,
    _t_nz_crm_golf, _t_nz_fwd_hostel,
    _t_ng_scrap_intake, _t_ng_sms_donor,
    _t_ke_ortho_sms,
    _t_sg_teams_hostel,
    # other languages (27)
    _t_ca_florist, _t_ca_whatsapp,
    _t_is_golf_email, _t_is_sms_hostel,
    _t_af_scrap_form, _t_af_foster_note,
    _t_tl_messenger, _t_tl_transcript,
    _t_ms_hostel_email, _t_ms_ortho_chat,
    _t_cy_donor_email, _t_cy_ski_form,
    _t_et_msp_ticket, _t_et_hostel_email,
    _t_sl_ski_email, _t_sl_kv_log,
    _t_tr_whatsapp_scrap, _t_tr_ortho_sms,
    _t_ro_dialysis_email, _t_ro_ortho_form,
    _t_vi_florist_chat, _t_vi_van_form,
    _t_sw_sms_donor, _t_sw_adoption_note,
    _t_sq_solar_email, _t_sq_ocr_form,
    _t_lt_slack,
]


def free_text(n: int, seed: int) -> list[Text]:
    """n labelled texts; text i renders TEMPLATES[i % len(TEMPLATES)]."""
    out = []
    for i in range(n):
        rng = random.Random(f"gulch-text-{seed}-{i}")
        out.append(TEMPLATES[i % len(TEMPLATES)](rng))
    return out


# ---------------------------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------------------------
_PLACEHOLDERS = ["N/A", "-", "unknown"]


def _c(name, entity, fn, blank=0.0, ph=False):
    return (name, entity, fn, blank, ph)


def _build(rng: random.Random, rows: int, keys: list[str], specs: list) -> list[Column]:
    cols = [Column(name=s[0], entity=s[1], values=[]) for s in specs]
    for _ in range(rows):
        key = rng.choice(keys)
        p = _pp(rng, key)
        for col, (_n, _e, fn, blank, ph) in zip(cols, specs):
            v = fn(rng, p)
            if v is None or rng.random() < blank:
                col.values.append(None)
            elif ph and rng.random() < 0.04:
                col.values.append(rng.choice(_PLACEHOLDERS))
            else:
                col.values.append(v)
    return cols


def _yn(rng, p):
    return rng.choice(["true", "false", "true"])


def _tbl_dialysis(rng, rows):
    return _build(rng, rows, ["GB"], [
        _c("session_id", None, lambda r, p: _uuid(r)),
        _c("patient_first_name", "PERSON", lambda r, p: p.first),
        _c("patient_surname", "PERSON", lambda r, p: p.last),
        _c("dob", "DATE_OF_BIRTH", lambda r, p: _fmt_date(p.dob, "dmy"), ph=True),
        _c("tel", "PHONE_NUMBER", lambda r, p: p.phone, 0.1),
        _c("addr1", "STREET_ADDRESS", lambda r, p: p.addr1, 0.05),
        _c("home_town", "LOCATION", lambda r, p: p.town, 0.2),
        _c("nok_name", "PERSON", lambda r, p: _pp(r, "GB").full, 0.35, ph=True),
        _c("email", "EMAIL_ADDRESS", lambda r, p: p.email, 0.4),
        _c("unit", None, lambda r, p: _town(r, "GB")),
        _c("chair_no", None, lambda r, p: str(r.randint(1, 24))),
        _c("session_date", None, lambda r, p: _recent(r, 90).isoformat()),
        _c("start_time", None, lambda r, p: _hm(r)),
        _c("dialyser_model", None, lambda r, p: r.choice(["FX80", "FX60", "Polyflux 210H", "Revaclear 400"])),
        _c("kt_v", None, lambda r, p: f"{r.uniform(1.0, 1.9):.2f}"),
        _c("weight_pre_kg", None, lambda r, p: f"{r.uniform(48, 130):.1f}"),
        _c("email_verified", None, _yn),
        _c("phone_type", None, lambda r, p: r.choice(["mobile", "landline", "work"]), 0.1),
        _c("dob_verified", None, lambda r, p: r.choice(["Y", "N"])),
        _c("transport_ref", None, lambda r, p: _ref(r, "TR-", 6), 0.5),
    ])


def _tbl_solar(rng, rows):
    return _build(rng, rows, ["US"], [
        _c("leaseId", None, lambda r, p: _ref(r, "SHL-", 7)),
        _c("firstName", "PERSON", lambda r, p: p.first),
        _c("lastName", "PERSON", lambda r, p: p.last),
        _c("field_3", "US_SSN", lambda r, p: _ssn(r, r.choice(["-", "", " "])), 0.3),
        _c("bankAccountNumber", "US_BANK_NUMBER", lambda r, p: _acct(r), 0.2),
        _c("routingNumber", None, lambda r, p: _routing(r), 0.2),
        _c("contactPhone", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("serviceAddress", "STREET_ADDRESS", lambda r, p: p.addr1),
        _c("emailAddress", "EMAIL_ADDRESS", lambda r, p: p.email, 0.1),
        _c("customerIp", "IP_ADDRESS", lambda r, p: _ip(r), 0.45),
        _c("systemSizeKw", None, lambda r, p: f"{r.uniform(3, 14):.1f}"),
        _c("panelModel", None, lambda r, p: r.choice(["SH-400M", "Helios 370", "SunForge Q.PEAK 410"])),
        _c("inverterSerial", None, lambda r, p: _code(r, 12)),
        _c("monthlyPayment", None, lambda r, p: _money(r, "$", 79, 219)),
        _c("cardLast4", None, lambda r, p: _digits(r, 4), 0.3),
        _c("passwordChangedAt", None, lambda r, p: _ts(r), 0.25),
        _c("signedAt", None, lambda r, p: _fmt_date(_recent(r, 700), "us")),
        _c("creditTier", None, lambda r, p: r.choice(["A", "B", "C", "D"])),
        _c("installBranch", None, lambda r, p: _town(r, "US")),
        _c("addressType", None, lambda r, p: r.choice(["service", "billing", "both"])),
    ])


def _tbl_ski(rng, rows):
    return _build(rng, rows, ["sl"], [
        _c("ST_REZERVACIJE", None, lambda r, p: _ref(r, "PP-", 6)),
        _c("ime", "PERSON", lambda r, p: p.first),
        _c("priimek", "PERSON", lambda r, p: p.last),
        _c("datum_rojstva", "DATE_OF_BIRTH", lambda r, p: _fmt_date(_date_between(r, 1950, 2019), r.choice(["dmy_dot", "sl"]))),
        _c("telefon", "PHONE_NUMBER", lambda r, p: p.phone, 0.1),
        _c("e_posta", "EMAIL_ADDRESS", lambda r, p: p.email, 0.15),
        _c("kraj", "LOCATION", lambda r, p: p.town, 0.1, ph=True),
        _c("naslov", "STREET_ADDRESS", lambda r, p: p.addr1, 0.3),
        _c("KONTAKT_V_SILI", "PERSON", lambda r, p: _pp(r, "sl").full, 0.5),
        _c("tecaj", None, lambda r, p: r.choice(["SK-MINI", "SK-5D", "SB-3D", "PRIV-2H"])),
        _c("ime_tecaja", None, lambda r, p: r.choice(["Mali medvedki", "Snežni zajčki", "Freeride osnove"])),
        _c("smucisce", None, lambda r, p: r.choice(["Kranjska Gora", "Vogel", "Krvavec", "Cerkno"])),
        _c("ST_VOZOVNICE", None, lambda r, p: _rs(r, "0123456789ABCDEF", 16)),
        _c("cena_eur", None, lambda r, p: f"{r.randint(40, 480)},{r.randint(0, 99):02d}"),
        _c("datum_tecaja", None, lambda r, p: _fmt_date(_recent(r, 20, 60), "dmy_dot")),
        _c("nivo", None, lambda r, p: str(r.randint(0, 5))),
        _c("VELIKOST_CEVLJEV", None, lambda r, p: str(r.randint(28, 46)), 0.2),
        _c("telefon_tip", None, lambda r, p: r.choice(["mobilni", "domači"])),
    ])


def _tbl_van(rng, rows):
    return _build(rng, rows, ["AU"], [
        _c("Booking Ref", None, lambda r, p: "VG" + _digits(r, 6)),
        _c("Hirer Name", "PERSON", lambda r, p: p.full),
        _c("Mobile", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("Email", "EMAIL_ADDRESS", lambda r, p: p.email, 0.05),
        _c("Card Number", "CREDIT_CARD", lambda r, p: _card(r), 0.15),
        _c("Home Address", "STREET_ADDRESS", lambda r, p: p.addr1, 0.1),
        _c("Date Of Birth", "DATE_OF_BIRTH", lambda r, p: p.dobs),
        _c("Second Driver", "PERSON", lambda r, p: _pp(r, "AU").full, 0.55),
        _c("Moving To", "LOCATION", lambda r, p: _town(r, "AU"), 0.3, ph=True),
        _c("Pickup Depot", None, lambda r, p: _town(r, "AU")),
        _c("Van Class", None, lambda r, p: r.choice(["2T Pantech", "Large Van", "4.5T Truck"])),
        _c("Rego", None, lambda r, p: f"{_rs(r, _UP, 3)}{_digits(r, 2)}{_rs(r, _UP, 1)}"),
        _c("Odometer Out", None, lambda r, p: str(r.randint(10000, 240000))),
        _c("Pickup Time", None, lambda r, p: _ts(r)),
        _c("Card Expiry", None, lambda r, p: _expiry(r), 0.15),
        _c("Card Last 4", None, lambda r, p: _digits(r, 4), 0.15),
        _c("Bond Amount", None, lambda r, p: _money(r, "$", 150, 500)),
        _c("GPS Last Fix", None, lambda r, p: _gps(r, -33.8, 151.0)),
        _c("Damage Claim No", None, lambda r, p: _ref(r, "CLM", 7), 0.55),
        _c("Phone Type", None, lambda r, p: r.choice(["Mobile", "Work"])),
    ])


def _tbl_golf(rng, rows):
    return _build(rng, rows, ["IE"], [
        _c("MemberNo", None, lambda r, p: "LGC" + _digits(r, 5)),
        _c("FirstName", "PERSON", lambda r, p: p.first),
        _c("Surname", "PERSON", lambda r, p: p.last),
        _c("col_7", "DATE_OF_BIRTH", lambda r, p: _fmt_date(p.dob, "dmy"), 0.1),
        _c("MobileNo", "PHONE_NUMBER", lambda r, p: p.phone, 0.05),
        _c("EmailAddr", "EMAIL_ADDRESS", lambda r, p: p.email),
        _c("PostalAddress", "STREET_ADDRESS", lambda r, p: p.addr1),
        _c("Iban", "IBAN_CODE", lambda r, p: _iban(r, r.choice(["IE", "IE", "IE", "GB"])), 0.25),
        _c("ProposerName", "PERSON", lambda r, p: _pp(r, "IE").full, 0.3, ph=True),
        _c("Category", None, lambda r, p: r.choice(["Full", "Five-Day", "Junior", "Country", "Senior"])),
        _c("HandicapIndex", None, lambda r, p: f"{r.uniform(0, 36):.1f}"),
        _c("JoinedOn", None, lambda r, p: _fmt_date(_recent(r, 5000), "dmy")),
        _c("LockerNo", None, lambda r, p: str(r.randint(1, 400)), 0.5),
        _c("Bic", None, lambda r, p: r.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"]), 0.25),
        _c("MandateRef", None, lambda r, p: "LGC-DD-" + _digits(r, 6), 0.25),
        _c("SubsDue", None, lambda r, p: _money(r, "€", 600, 1800)),
        _c("LastRoundAt", None, lambda r, p: _ts(r)),
        _c("EmailVerified", None, _yn),
        _c("NameOfProduct", None, lambda r, p: r.choice(["Titleist Pro V1", "Arnold Palmer umbrella", "Callaway Chrome Soft",
                                                        "Greg Norman polo"]), 0.4),
        _c("HomeClub", None, lambda r, p: r.choice(["Larkspur GC", "Ballyliffin", "Lahinch", "The K Club"])),
    ])


def _tbl_florist(rng, rows):
    return _build(rng, rows, ["ca"], [
        _c("comanda", None, lambda r, p: "PP-" + _digits(r, 7)),
        _c("nom", "PERSON", lambda r, p: p.first),
        _c("cognoms", "PERSON", lambda r, p: p.last + " " + r.choice(_P["ca"].lm)),
        _c("telèfon", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("correu", "EMAIL_ADDRESS", lambda r, p: p.email, 0.2),
        _c("destinatari", "PERSON", lambda r, p: _pp(r, "ca").full),
        _c("adreça_entrega", "STREET_ADDRESS", lambda r, p: p.addr1),
        _c("població", "LOCATION", lambda r, p: p.town, 0.1),
        _c("data_entrega", None, lambda r, p: _fmt_date(_recent(r, 30, 10), "dmy")),
        _c("hora", None, lambda r, p: _hm(r)),
        _c("botiga", None, lambda r, p: _town(r, "ca")),
        _c("producte", None, lambda r, p: r.choice(["Ram de roses", "Centre de tulipes", "Orquídia blanca", "Rosa de Sant Jordi"])),
        _c("import", None, lambda r, p: _money(r, "€", 20, 120, after=True, comma=True)),
        _c("targeta", None, lambda r, p: _masked(r), 0.3),
        _c("missatge_targeta", None, lambda r, p: r.choice(["Per molts anys!", "T'estimo", "Amb molt d'afecte", "Felicitats!"]), 0.4),
        _c("estat", None, lambda r, p: r.choice(["lliurat", "en ruta", "pendent"])),
        _c("codi_seguiment", None, lambda r, p: "1Z" + _code(r, 16), 0.3),
        _c("tipus_adreça", None, lambda r, p: r.choice(["domicili", "feina", "hospital"])),
        _c("correu_verificat", None, _yn),
    ])


def _tbl_msp(rng, rows):
    return _build(rng, rows, ["SG", "IN"], [
        _c("asset.tag", None, lambda r, p: "CS-" + _digits(r, 5)),
        _c("user.name", "PERSON", lambda r, p: p.full),
        _c("user.email", "EMAIL_ADDRESS", lambda r, p: p.email),
        _c("user.phone", "PHONE_NUMBER", lambda r, p: p.phone, 0.3),
        _c("site.addr", "STREET_ADDRESS", lambda r, p: p.addr1, 0.2),
        _c("host.public_ip", "IP_ADDRESS", lambda r, p: _ip(r), 0.15),
        _c("admin.pwd", "PASSWORD", lambda r, p: _password(r), 0.5),
        _c("api.key", "API_KEY", lambda r, p: _api_key(r), 0.4),
        _c("host.name", None, lambda r, p: f"{r.choice(['lt', 'ws', 'srv'])}-{_fold(p.first.split()[0]).lower()}-{_digits(r, 2)}"),
        _c("host.private_ip", None, lambda r, p: _priv_ip(r)),
        _c("os.version", None, lambda r, p: r.choice(["Windows 11 23H2", "Ubuntu 22.04.4", "macOS 14.5", "Windows 10 22H2"])),
        _c("agent.version", None, lambda r, p: _ver(r)),
        _c("hw.mac", None, lambda r, p: ":".join(_rs(r, _HEX, 2) for _ in range(6))),
        _c("hw.imei", None, lambda r, p: _imei(r), 0.5),
        _c("cert.sha256", None, lambda r, p: _sha(r)),
        _c("pwd.hash", None, lambda r, p: r.choice([_bcrypt(r), _argon(r)])),
        _c("pwd.changed_at", None, lambda r, p: _ts(r)),
        _c("api.key_id", None, lambda r, p: _uuid(r)),
        _c("last_seen", None, lambda r, p: _ts(r, _recent(r, 3))),
    ])


def _tbl_hostel(rng, rows):
    return _build(rng, rows, ["et"], [
        _c("broneering", None, lambda r, p: "BKC-" + _code(r, 7)),
        _c("eesnimi", "PERSON", lambda r, p: p.first),
        _c("perekonnanimi", "PERSON", lambda r, p: p.last),
        _c("sünniaeg", "DATE_OF_BIRTH", lambda r, p: _fmt_date(p.dob, "dmy_dot"), 0.2),
        _c("telefon", "PHONE_NUMBER", lambda r, p: p.phone, 0.1),
        _c("e-post", "EMAIL_ADDRESS", lambda r, p: p.email),
        _c("aadress", "STREET_ADDRESS", lambda r, p: p.addr1, 0.4),
        _c("linn", "LOCATION", lambda r, p: p.town, 0.1, ph=True),
        _c("kaardi_number", "CREDIT_CARD", lambda r, p: _card(r), 0.3),
        _c("hostel", None, lambda r, p: _town(r, "et")),
        _c("tuba", None, lambda r, p: str(r.randint(101, 420))),
        _c("ööd", None, lambda r, p: str(r.randint(1, 9))),
        _c("saabumine", None, lambda r, p: _fmt_date(_recent(r, 60, 60), "dmy_dot")),
        _c("summa", None, lambda r, p: _money(r, "€", 18, 300, after=True, comma=True)),
        _c("uksekood", None, lambda r, p: _digits(r, 4) + "#"),
        _c("kaardi_lõpp", None, lambda r, p: _digits(r, 4), 0.3),
        _c("seansi_id", None, lambda r, p: _rs(r, _HEX, 32)),
        _c("keel", None, lambda r, p: r.choice(["et", "en", "ru", "fi"])),
        _c("lemmiklooma_nimi", None, lambda r, p: r.choice(_PETS), 0.5),
        _c("e-post_kinnitatud", None, _yn),
    ])


def _tbl_foster(rng, rows):
    return _build(rng, rows, ["af"], [
        _c("lêernommer", None, lambda r, p: "KF-" + _digits(r, 5)),
        _c("naam", "PERSON", lambda r, p: p.first),
        _c("van", "PERSON", lambda r, p: p.last),
        _c("geboortedatum", "DATE_OF_BIRTH", lambda r, p: p.dobs),
        _c("selfoon", "PHONE_NUMBER", lambda r, p: p.phone, 0.05),
        _c("adres", "STREET_ADDRESS", lambda r, p: p.addr1),
        _c("e_pos", "EMAIL_ADDRESS", lambda r, p: p.email, 0.3),
        _c("geboorteplek", "LOCATION", lambda r, p: _town(r, "af"), 0.35, ph=True),
        _c("kind_naam", "PERSON", lambda r, p: r.choice(_P["af"].fm + _P["af"].ff), 0.5),
        _c("kantoor", None, lambda r, p: _town(r, "af")),
        _c("sorgvlak", None, lambda r, p: r.choice(["kort termyn", "lang termyn", "nood"])),
        _c("goedgekeur_op", None, lambda r, p: _fmt_date(_recent(r, 1500), "dmy")),
        _c("toelae", None, lambda r, p: f"R{r.randint(1100, 2400)},00"),
        _c("skool", None, lambda r, p: r.choice(["Laerskool Danie Malan", "Paul Roos Gimnasium", "Hoërskool Jan van Riebeeck"]), 0.4),
        _c("troeteldier", None, lambda r, p: r.choice(_PETS), 0.5),
        _c("adres_tipe", None, lambda r, p: r.choice(["woon", "pos"])),
        _c("epos_geverifieer", None, lambda r, p: r.choice(["ja", "nee"])),
        _c("polis_nr", None, lambda r, p: "POL" + _digits(r, 8), 0.4),
        _c("gps", None, lambda r, p: _gps(r, -33.9, 18.8)),
        _c("status", None, lambda r, p: r.choice(["aktief", "hangende", "gesluit"])),
    ])


def _tbl_scrap(rng, rows):
    return _build(rng, rows, ["tr"], [
        _c("fiş_no", None, lambda r, p: "IM-" + _digits(r, 6)),
        _c("ad", "PERSON", lambda r, p: p.first),
        _c("soyad", "PERSON", lambda r, p: p.last),
        _c("doğum_tarihi", "DATE_OF_BIRTH", lambda r, p: p.dobs, 0.15),
        _c("telefon", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("adres", "STREET_ADDRESS", lambda r, p: p.addr1, 0.3),
        _c("attr2", "EMAIL_ADDRESS", lambda r, p: p.email, 0.55),
        _c("il", "LOCATION", lambda r, p: p.town, ph=True),
        _c("tarih", None, lambda r, p: _fmt_date(_recent(r, 90), "dmy_dot")),
        _c("malzeme", None, lambda r, p: r.choice(["bakır", "alüminyum", "sarı", "hurda demir", "paslanmaz"])),
        _c("brüt_kg", None, lambda r, p: str(r.randint(50, 9000))),
        _c("dara_kg", None, lambda r, p: str(r.randint(20, 1500))),
        _c("birim_fiyat", None, lambda r, p: f"{r.randint(5, 340)},{r.randint(0, 99):02d}"),
        _c("tutar", None, lambda r, p: f"{r.randint(100, 90000)},{r.randint(0, 99):02d} TL"),
        _c("plaka", None, lambda r, p: f"{r.randint(1, 81):02d} {_rs(r, _UP, r.randint(1, 3))} {_digits(r, 3)}"),
        _c("şube", None, lambda r, p: _town(r, "tr")),
        _c("ödeme_ref", None, lambda r, p: _code(r, 10), 0.2),
        _c("kamera_ip", None, lambda r, p: _priv_ip(r)),
        _c("telefon_tipi", None, lambda r, p: r.choice(["cep", "ev", "iş"])),
    ])


def _tbl_ortho(rng, rows):
    return _build(rng, rows, ["ro"], [
        _c("nr_fisa", None, lambda r, p: "BW" + _digits(r, 6)),
        _c("nume", "PERSON", lambda r, p: p.last),
        _c("prenume", "PERSON", lambda r, p: p.first),
        _c("data_nasterii", "DATE_OF_BIRTH", lambda r, p: _fmt_date(_date_between(r, 2006, 2019), "dmy_dot")),
        _c("tel", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("email", "EMAIL_ADDRESS", lambda r, p: p.email, 0.25),
        _c("adresa", "STREET_ADDRESS", lambda r, p: p.addr1, 0.15),
        _c("nume_parinte", "PERSON", lambda r, p: _pp(r, "ro").full, 0.2),
        _c("oras", "LOCATION", lambda r, p: p.town, 0.05),
        _c("medic_cod", None, lambda r, p: "DR" + _digits(r, 3)),
        _c("tip_aparat", None, lambda r, p: r.choice(["metalic", "ceramic", "Invisalign", "mobil"])),
        _c("data_montare", None, lambda r, p: _fmt_date(_recent(r, 700), "dmy_dot"), 0.3),
        _c("urm_programare", None, lambda r, p: _ts(r, _recent(r, 0, 60))),
        _c("pret_lei", None, lambda r, p: f"{r.randint(3000, 14000)} lei"),
        _c("rata_lunara", None, lambda r, p: f"{r.randint(150, 900)},00"),
        _c("nr_contract", None, lambda r, p: f"{_digits(r, 4)}/{TODAY.year}"),
        _c("cnp_verificat", None, lambda r, p: r.choice(["da", "nu"])),
        _c("sucursala", None, lambda r, p: _town(r, "ro")),
        _c("imagine_sha256", None, lambda r, p: _sha(r), 0.3),
        _c("ver_formular", None, lambda r, p: "v" + _ver(r)),
    ])


def _tbl_radio(rng, rows):
    return _build(rng, rows, ["US", "US", "CA"], [
        _c("DONATION_ID", None, lambda r, p: _uuid(r)),
        _c("DONOR_NAME", "PERSON", lambda r, p: p.full if r.random() < 0.7 else f"{p.last}, {p.first}"),
        _c("email.address", "EMAIL_ADDRESS", lambda r, p: p.email, 0.1),
        _c("TEL", "PHONE_NUMBER", lambda r, p: p.phone),
        _c("CARD_NO", "CREDIT_CARD", lambda r, p: _card(r), 0.4),
        _c("field_12", "STREET_ADDRESS", lambda r, p: p.addr1, 0.2),
        _c("ach_acct", "US_BANK_NUMBER", lambda r, p: _acct(r) if p.key == "US" else None, 0.3),
        _c("donor_dob", "DATE_OF_BIRTH", lambda r, p: _fmt_date(p.dob, "us" if p.key == "US" else "iso"), 0.5),
        _c("hometown", "LOCATION", lambda r, p: p.town, 0.2, ph=True),
        _c("pledge_amount", None, lambda r, p: _money(r, "$", 5, 500)),
        _c("pledge_ts", None, lambda r, p: _ts(r)),
        _c("campaign", None, lambda r, p: r.choice(["FALL-DRIVE", "SPRING-26", "MIDNIGHT-JAZZ"])),
        _c("thank_you_gift", None, lambda r, p: r.choice(["Tim Hortons card", "Kestrel tote", "Ben & Jerry's voucher", "none"])),
        _c("card_exp", None, lambda r, p: _expiry(r), 0.4),
        _c("card_last4", None, lambda r, p: _digits(r, 4), 0.4),
        _c("ach_routing", None, lambda r, p: _routing(r) if p.key == "US" else None, 0.3),
        _c("premium_sku", None, lambda r, p: "RK-" + _code(r, 6)),
        _c("call_center_ip", None, lambda r, p: _priv_ip(r)),
        _c("DONOR_SINCE", None, lambda r, p: str(r.randint(1995, 2026))),
        _c("email_opt_in", None, _yn),
    ])


_TABLES = [
    ("dialysis_sessions", _tbl_dialysis), ("solar_lease_accounts", _tbl_solar), ("skischool_bookings", _tbl_ski),
    ("van_rentals", _tbl_van), ("golf_members", _tbl_golf), ("florist_orders", _tbl_florist), ("msp_assets", _tbl_msp),
    ("hostel_guests", _tbl_hostel), ("foster_carers", _tbl_foster), ("scrap_sellers", _tbl_scrap),
    ("ortho_patients", _tbl_ortho), ("radio_donors", _tbl_radio),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Tables name -> columns, each column `rows` values long."""
    out: dict[str, list[Column]] = {}
    for name, fn in _TABLES:
        out[name] = fn(random.Random(f"gulch-table-{seed}-{name}"), rows)
    return out


def _digest() -> str:
    payload = json.dumps([[t.text, t.spans] for t in free_text(500, 7)]
                         + [[k, c.name, c.entity, c.values] for k, cols in structured(150, 11).items() for c in cols])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


if __name__ == "__main__":
    print(_digest())
