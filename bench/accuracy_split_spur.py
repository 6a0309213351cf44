"""Labelled accuracy split "spur" for the PII-scanner benchmark (free text + structured tables).

Data card
=========
Author / date: helper "spur", 2026-11-28 (fixed "today" used for all relative dates: 2026-11-28).

Independence: written only from the author brief (/tmp/w27/prompt_spur.md), `ls bench/`, and the local output of
Faker (person names per locale) and phonenumbers (example numbers, validity checks, formatting). The scanner's code,
rules, tests, docs, results, other splits and bench/accuracy_data.py were never opened; the scanner and Presidio were
never run. The imported helpers from accuracy_data are used exactly as described in the brief.

API: `free_text(n, seed) -> list[Text]` (text i renders TEMPLATES[i % len(TEMPLATES)] with
random.Random(f"spur-{seed}-{i}")); `structured(rows, seed) -> dict[str, list[Column]]` (one
random.Random(f"spur-{seed}-{table}") per table); `TEMPLATES`. Deterministic across processes (string-seeded
Random, every Faker reseeded from the rng before each use, no clock, no set iteration). Benchmark calls
free_text(500, 7) and structured(150, 11) take about 1 s together.

Domains: veterinary out-of-hours emergency line; car-wash / valeting subscription; coworking space with
meeting-room bookings; home-care agency for elderly clients; escape-room and bowling group bookings;
print-on-demand T-shirts and mugs.

Languages (62 templates): English 34 (55%) - US 8, GB 6 (+ changelog, ops note, .env config in GB/neutral English),
IE 3, CA 3, AU 3, NZ 3, ZA 3, IN 2; other 28 (45%) over 14 languages - German 3, French 2, Spanish 2, Catalan 2,
Italian 2, Dutch 2, Portuguese 2, Polish 2, Romanian 2, Turkish 2, Vietnamese 2, Tagalog/Filipino 2, Afrikaans 2,
Icelandic 1 (seven from the rarely-used list: Catalan, Romanian, Turkish, Vietnamese, Tagalog, Afrikaans, Icelandic).
Names, streets, postcodes, towns, phone formats and date formats follow each text's country (country tables `C`).

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, letters, WhatsApp/Teams/Slack/live-chat
exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case speech-to-text transcripts,
form dumps (key: value, key=value&..., JSON, JSON lines), app / payment / CI logs, nginx access logs, .env config,
OCR'd upper-case form, tab-separated spreadsheet rows, notification subjects, three PII-free texts (changelog,
ops note, German maintenance notice; some notification/access-log texts also end up PII-free).

Value rules: phones are generated from phonenumbers metadata with town area codes / real mobile prefixes and
asserted valid (`is_valid_number` on the rendered string with the country as region) - national, international,
E.164 and digits-only renderings; cards via `_luhn` (Visa, MC 51-55 and 2221-2720, Amex, Discover), grouped with
spaces/dashes or plain; SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 10-12 digits next
to ABA-checksummed routing numbers (routing unlabelled); IBANs via `_iban_of` (DE IE IT NL PT) or a local
mod-97 builder for RO, TR, IS (checked by `_iban_ok`), spaced or not; public IPs via `_ip_public_v4/_v6`;
passwords are plaintext (word+symbol+digits, random 10-15 chars, passphrases); API keys are secret-key shapes
(sk_live_, ghp_, SG., xoxb-, sk-proj-, 32-char generic, 40-char AWS-secret style).

Label conventions as applied: PERSON = names as written (full, first only, surname only, upper/lower case,
"Last, First", "First L." with the period inside, account-holder names in capitals, chat speakers); titles
(Mr, Ms, Mrs, Herr, Frau, Vet. Hek.) outside; names inside brands/venues/rooms/streets/products/companies are not
labelled. STREET_ADDRESS = street line + postcode + town as one span (flat/unit/floor inside); multi-line blocks
one span; in '>'-quoted replies each quoted line is its own span; business addresses in signatures labelled;
bare street lines (table columns) labelled. LOCATION = town/country where a person lives, was born, comes from,
moves or travels to; branch/depot/site/clinic/office towns are not. DATE_OF_BIRTH = birth dates only (numeric,
long local form, ISO, lower-case spoken); visit, booking, renewal and pet birth dates are not. Every labelled
value is inserted through a builder that records offsets and asserts span text == inserted value, no overlaps,
no surrounding quotes/brackets/trailing punctuation (except a name initial's period and passwords/keys whose
last character is part of the secret).

Look-alikes (never labelled): masked cards ("**** **** **** 1234", "XXXX-...", "400174******3788",
"ending 1234"), last-4, expiry, CVV, sort codes, private IPv4/IPv6, version strings, sha256/sha1 hex, bcrypt and
argon2 hashes, UUIDs, order/ticket/booking/tracking/AWB/claim/mandate numbers, OTPs, door/keysafe codes,
microchip numbers, IMEIs (Luhn-valid 15 digits), routing numbers alone, SWIFT/BIC, GPS coordinates, amounts,
timestamps and non-birth dates, licence plates, publishable keys (pk_live_), session ids, NHI / Medicare / NIP
style ids, brand/company/room/product names containing person names (Tommy's Express, Ted Baker, Sherlock's
Study, Mercè Rodoreda room, Frida Kahlo Tee, Tierklinik Dr. Müller), pet names, branch/site towns.

Tables (structured(150, 11); PII / look-alike column counts; blanks 0-70% per column, placeholders
N/A, -, unknown and local equivalents in some columns):
  vet_ooh_calls           en_GB  18 cols  7 / 11  snake_case, abbreviations (tel), opaque attr2 (town)
  tierarzt_patienten      de_DE  18 cols  7 / 11  German spaced headers (Besitzer Vorname, Straße, Wohnort)
  carwash_members         en_US  20 cols  9 / 11  camelCase (billingAddr1, achAccount, passwordChangedAt)
  wasstraat_bezoeken      nl_NL  18 cols  6 / 12  Dutch snake_case, opaque field_3 (e-mail)
  cowork_members          en_AU  20 cols  9 / 11  PascalCase + spaced Title Case (Home Suburb), DOB
  reserves_sales          ca_ES  19 cols  6 / 13  Catalan headers (nom, cognoms, telèfon, població)
  homecare_clients        en_IE  19 cols  8 / 11  UPPER_SNAKE (CLIENT_NAME "Last, First", ADDR1, NOK_TEL)
  visites_domicile        fr_FR  18 cols  6 / 12  French headers (bénéficiaire, date_naiss, imei_appareil)
  escape_group_bookings   en_CA  19 cols  9 / 10  dotted (lead.first, payment.card), opaque col_12 (IP)
  bowling_rezervasyonlar  tr_TR  19 cols  7 / 12  Turkish headers (ad, soyad, cep_tel, dogum_tarihi, iban)
  pod_orders              en_GB  20 cols  7 / 13  snake_case, pwd, name_of_product, storefront_key (pk_live)
  clienti_tricouri        ro_RO  20 cols  9 / 11  Romanian headers (nume, prenume, parola, parola_hash)
  Total 228 columns: 90 PII, 138 look-alike.

Known limits: street/town pairs are country-consistent but not geographically exact (a street may not exist in
that town); postcodes follow each country's format and region prefix but are not checked against real
directories; non-Faker name pools (Catalan, Vietnamese, Filipino, Afrikaans, some South African) are small;
IBAN BBANs carry no national check digits for RO/TR/IS; the vet_ooh/NL tables draw staff names per row from
fresh persons, so staff and customer columns are independent; a few templates can render without any PII
(notifications made only of shipping notices, access logs of private addresses only).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata

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

TODAY = _dt.date(2026, 11, 28)
_LABELSET = frozenset(LABELS)

# ----------------------------------------------------------------------------- text builder


class _B:
    """Builds a text from parts; labelled parts become spans with exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.pos = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, s: str, label: str | None) -> _B:
        if label is None:
            return self.t(s)
        assert label in _LABELSET, label
        assert s and s == s.strip(), repr(s)
        self.spans.append((self.pos, self.pos + len(s), label))
        self.vals.append(s)
        return self.t(s)

    def done(self) -> Text:
        text = "".join(self.parts)
        prev_end = -1
        for (s, e, lab), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert s >= prev_end, ("overlap", v)
            assert (text[s:e][-1] not in ".,;:!?\"')]}>" or lab == "PERSON" and text[s:e].endswith(".")
                    or lab in ("PASSWORD", "API_KEY")), v
            assert text[s:e][0] not in "\"'([{<" or lab == "PHONE_NUMBER" and text[s] == "(", v
            prev_end = e
        return Text(text, list(self.spans))


_PH = re.compile(r"\{\{(\w+)\}\}")


def _r(b: _B, tpl: str, **kw) -> _B:
    """Append template text; {{key}} -> kw[key]: str (unlabelled) or (value, label)."""
    i = 0
    for m in _PH.finditer(tpl):
        b.t(tpl[i:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            b.p(v[0], v[1])
        else:
            b.t(v)
        i = m.end()
    b.t(tpl[i:])
    return b


def R(tpl: str, **kw) -> Text:
    return _r(_B(), tpl, **kw).done()


# ----------------------------------------------------------------------------- small value helpers

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                       "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "İ": "I", "'": "", " ": ""})


def _fold(s: str) -> str:
    s = s.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("-", "")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _alnum(rng, 53, string.ascii_letters + string.digits + "./")


def _argon(rng: random.Random) -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + _alnum(rng, 22, string.ascii_letters + string.digits + "+/")
            + "$" + _alnum(rng, 43, string.ascii_letters + string.digits + "+/"))


def _private_ip(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 1:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 2:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"fd{_hex(rng, 2)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{rng.randrange(1, 0xffff):x}"


def _private_ip4(rng: random.Random) -> str:
    while True:
        ip = _private_ip(rng)
        if ":" not in ip:
            return ip


def _version(rng: random.Random) -> str:
    return f"{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 60)}"


def _ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randrange(1, 100):02d}{sep}{rng.randrange(1, 10000):04d}"


def _routing(rng: random.Random) -> str:
    while True:
        d = [rng.choice([0, 1, 2, 3])] + [rng.randrange(10) for _ in range(7)]
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def _us_account(rng: random.Random) -> str:
    return str(rng.randrange(1, 10)) + _digits(rng, rng.choice([9, 10, 11]))


def _card(rng: random.Random, sep: str | None = None) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        n = _luhn(rng, "4", 16)
    elif brand == "mc":
        n = _luhn(rng, str(rng.randrange(51, 56)), 16)
    elif brand == "mc2":
        n = _luhn(rng, str(rng.randrange(2221, 2721)), 16)
    elif brand == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        n = _luhn(rng, "6011", 16)
    if sep is None:
        sep = rng.choice(["", " ", " ", "-"])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "49"]), 15)


def _masked_card(rng: random.Random) -> str:
    last = _digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"ending {last}",
                       f"4{_digits(rng, 5)}******{last}"])


def _expiry(rng: random.Random) -> str:
    return f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}"


def _iban_x(rng: random.Random, cc: str) -> str:
    if cc in ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES"):
        return _iban_of(rng, cc)
    if cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + "RON" + _digits(rng, 13)
    elif cc == "TR":
        bban = _digits(rng, 5) + "0" + _digits(rng, 16)
    elif cc == "IS":
        bban = rng.choice(["0111", "0133", "0515", "0301"]) + "26" + _digits(rng, 16)
    elif cc == "ZA":
        raise ValueError(cc)
    else:
        raise ValueError(cc)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _password(rng: random.Random) -> str:
    k = rng.randrange(4)
    words = ["Harbour", "Maple", "Kiwi", "Falcon", "Tango", "Otter", "Copper", "Zebra", "Lemon", "Comet", "Biscuit",
             "Sunset", "Pepper", "Marble", "Rocket"]
    if k == 0:
        return rng.choice(words) + rng.choice("!#$%&*?@") + str(rng.randrange(10, 9999))
    if k == 1:
        return _alnum(rng, rng.randrange(10, 16), string.ascii_letters + string.digits + "!#$%&*@^")
    if k == 2:
        return rng.choice(words).lower() + str(rng.randrange(1970, 2026)) + rng.choice(["!", "?", "#", ""])
    return "-".join(rng.choice(["correct", "horse", "staple", "violet", "cactus", "lagoon", "pylon", "meadow",
                                "quartz", "tundra"]) for _ in range(3)) + str(rng.randrange(10, 99))


def _api_key(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["stripe", "gh", "sg", "slack", "openai", "generic", "aws"])
    a = string.ascii_letters + string.digits
    if kind == "stripe":
        return "sk_live_" + _alnum(rng, 24, a)
    if kind == "gh":
        return "ghp_" + _alnum(rng, 36, a)
    if kind == "sg":
        return "SG." + _alnum(rng, 22, a + "-_") + "." + _alnum(rng, 43, a + "-_")
    if kind == "slack":
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_alnum(rng, 24, a)}"
    if kind == "openai":
        return "sk-proj-" + _alnum(rng, 48, a + "-_")
    if kind == "aws":
        return _alnum(rng, 40, a + "/+")
    return _alnum(rng, 32, string.ascii_lowercase + string.digits)


def _pk(rng: random.Random) -> str:
    return "pk_live_" + _alnum(rng, 24)


def _dob(rng: random.Random, lo: int = 1936, hi: int = 2006) -> _dt.date:
    return _dt.date(lo, 1, 1) + _dt.timedelta(days=rng.randrange((_dt.date(hi, 12, 31) - _dt.date(lo, 1, 1)).days))


def _recent(rng: random.Random, back: int = 400, fwd: int = 0) -> _dt.date:
    return TODAY + _dt.timedelta(days=rng.randrange(-back, fwd + 1))


def _ts(rng: random.Random, d: _dt.date | None = None) -> str:
    d = d or _recent(rng, 60)
    return f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"


def _hm(rng: random.Random) -> str:
    return f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"


def _ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + _digits(rng, n)


def _amount(rng: random.Random, cur: str = "$", lo: int = 5, hi: int = 400) -> str:
    v = f"{rng.randrange(lo, hi)}.{rng.randrange(100):02d}"
    return f"{cur}{v}" if cur in "$£€" else f"{v} {cur}"


def _gps(rng: random.Random) -> str:
    return f"{rng.uniform(-60, 65):.5f}, {rng.uniform(-120, 150):.5f}"


def _pick(rng: random.Random, *xs):
    return rng.choice(xs)


# ----------------------------------------------------------------------------- phones

_PNT = phonenumbers.PhoneNumberType
_PNF = phonenumbers.PhoneNumberFormat


def _phone(rng: random.Random, region: str, mobile: bool = True, prefix: str | None = None, style: str | None = None) -> str:
    """A phone number valid for `region`, rendered national ('nat'), international ('intl'), 'e164' or 'compact'."""
    want = _PNT.MOBILE if mobile else _PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, want)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    pre = prefix if prefix is not None else nsn[: 2 if len(nsn) > 7 else 1]
    num = None
    for _ in range(400):
        ln = len(nsn) + (rng.choice([-1, 0, 0, 1, 2]) if prefix is not None else 0)
        cand = pre + _digits(rng, max(ln - len(pre), 1))
        n = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (want, _PNT.FIXED_LINE_OR_MOBILE):
            num = n
            break
    assert num is not None, (region, pre)
    style = style or rng.choice(["nat", "nat", "nat", "intl", "e164"])
    if style == "nat":
        out = phonenumbers.format_number(num, _PNF.NATIONAL)
    elif style == "intl":
        out = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style == "e164":
        out = phonenumbers.format_number(num, _PNF.E164)
    else:  # national digits only
        out = re.sub(r"\D", "", phonenumbers.format_number(num, _PNF.NATIONAL))
    chk = phonenumbers.parse(out, region)
    assert phonenumbers.is_valid_number(chk), (out, region)
    return out


# ----------------------------------------------------------------------------- countries
# towns: (town, postcode-maker key / fixed bits, landline prefix (national significant digits), extra)

_L = string.ascii_uppercase


def _gb_pc(rng, area):
    return f"{area}{rng.randrange(1, 20)} {rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_pc(rng, first):
    ok = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{first}{rng.randrange(10)}{rng.choice(ok)} {rng.randrange(10)}{rng.choice(ok)}{rng.randrange(10)}"


def _eir(rng, key):
    ok = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice(ok) for _ in range(3))}"


def _c(**kw) -> dict:
    return kw


C: dict[str, dict] = {
    "US": _c(lang="en", fk="en_US", region="US",
               towns=[("Columbus", "OH", "432", "614"), ("Tucson", "AZ", "857", "520"), ("Raleigh", "NC", "276", "919"),
                      ("Spokane", "WA", "992", "509"), ("Albany", "NY", "122", "518"), ("Madison", "WI", "537", "608"),
                      ("Boise", "ID", "837", "208"), ("Richmond", "VA", "232", "804")],
               streets=["Maple Ave", "Oak Street", "Cedar Lane", "Elm Drive", "Lincoln Blvd", "Washington St",
                        "Prospect Rd", "Willow Court", "Hillcrest Dr", "N 3rd St"],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
    "GB": _c(lang="en", fk="en_GB", region="GB",
               towns=[("Leeds", "LS", "113"), ("Bristol", "BS", "117"), ("Norwich", "NR", "1603"), ("Cardiff", "CF", "29"),
                      ("Brighton", "BN", "1273"), ("York", "YO", "1904"), ("Sheffield", "S", "114"), ("Reading", "RG", "118")],
               streets=["Victoria Road", "Church Lane", "Mill Street", "Park Avenue", "Station Road", "Greenway Close",
                        "Elm Grove", "Queens Drive", "Albert Terrace", "Orchard Way"],
               mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"]),
    "CA": _c(lang="en", fk="en_CA", region="CA",
               towns=[("Toronto", "ON", "M", "416"), ("Ottawa", "ON", "K", "613"), ("Calgary", "AB", "T", "403"),
                      ("Halifax", "NS", "B", "902"), ("Winnipeg", "MB", "R", "204"), ("Vancouver", "BC", "V", "604")],
               streets=["Bloor St W", "Maple Crescent", "Dundas Street", "Jasper Ave", "Portage Ave", "Birch Road",
                        "Spring Garden Rd", "Kingsway"],
               mail=["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "yahoo.ca", "sympatico.ca"]),
    "AU": _c(lang="en", fk="en_AU", region="AU",
               towns=[("Fitzroy", "VIC", "3065", "3"), ("Newtown", "NSW", "2042", "2"), ("Paddington", "QLD", "4064", "7"),
                      ("Subiaco", "WA", "6008", "8"), ("Glenelg", "SA", "5045", "8"), ("Sandy Bay", "TAS", "7005", "3"),
                      ("Braddon", "ACT", "2612", "2")],
               streets=["Brunswick St", "King Street", "Given Terrace", "Rokeby Road", "Jetty Road", "Lonsdale Street",
                        "Smith Street", "Churchill Ave"],
               mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"]),
    "IN": _c(lang="en", fk="en_IN", region="IN",
               towns=[("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala", "HSR Layout", "Jayanagar"], "80"),
                      ("Pune", "Maharashtra", "4110", ["Kothrud", "Baner", "Aundh", "Viman Nagar"], "20"),
                      ("Chennai", "Tamil Nadu", "6000", ["Adyar", "T. Nagar", "Velachery", "Mylapore"], "44"),
                      ("Hyderabad", "Telangana", "5000", ["Madhapur", "Kondapur", "Banjara Hills", "Begumpet"], "40"),
                      ("Kochi", "Kerala", "6820", ["Kakkanad", "Edappally", "Panampilly Nagar", "Vyttila"], "484")],
               streets=["14th Cross Road", "2nd Main Road", "MG Road", "Link Road", "Temple Street", "Church Road",
                        "Nehru Street", "100 Feet Road"],
               mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"]),
    "IE": _c(lang="en", fk="en_IE", region="IE",
               towns=[("Dublin 6", "D06", "1", None), ("Cork", "T12", "21", "Co. Cork"), ("Galway", "H91", "91", "Co. Galway"),
                      ("Limerick", "V94", "61", "Co. Limerick"), ("Kilkenny", "R95", "56", "Co. Kilkenny"),
                      ("Sligo", "F91", "71", "Co. Sligo")],
               streets=["Ranelagh Road", "Main Street", "Ard na Gréine", "Cathedral Walk", "Bóthar na Trá",
                        "Parnell Square", "Castle Park", "Church View"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"]),
    "ZA": _c(lang="en", fk=None, region="ZA",
               towns=[("Rosebank", "Johannesburg", "2196", "11"), ("Sea Point", "Cape Town", "8005", "21"),
                      ("Hatfield", "Pretoria", "0083", "12"), ("Morningside", "Durban", "4001", "31"),
                      ("Summerstrand", "Gqeberha", "6001", "41")],
               streets=["Jan Smuts Ave", "Main Road", "Beach Road", "Florida Road", "Church Street", "Oxford Road",
                        "Marine Drive", "Jellicoe Avenue"],
               mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
               first_f=["Thandiwe", "Naledi", "Lerato", "Zanele", "Megan", "Chantelle", "Ayesha", "Nomvula", "Karabo"],
               first_m=["Sipho", "Thabo", "Bongani", "Ruan", "Kyle", "Lwazi", "Mohammed", "Tshepo", "Dylan"],
               last=["Nkosi", "Dlamini", "Mokoena", "Naidoo", "Botha", "Khumalo", "van Wyk", "Pillay", "Smith",
                     "Mthembu", "Govender", "Adams"]),
    "NZ": _c(lang="en", fk="en_NZ", region="NZ",
               towns=[("Ponsonby", "Auckland", "1011", "9"), ("Te Aro", "Wellington", "6011", "4"),
                      ("Riccarton", "Christchurch", "8041", "3"), ("Hamilton East", "Hamilton", "3216", "7"),
                      ("Roslyn", "Dunedin", "9010", "3")],
               streets=["Ponsonby Road", "Cuba Street", "Riccarton Road", "Grey Street", "Highgate", "Kauri Road",
                        "Tui Street", "Jervois Road"],
               mail=["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz", "icloud.com"]),
    "DE": _c(lang="de", fk="de_DE", region="DE",
               towns=[("Berlin", "10", "30"), ("Hamburg", "20", "40"), ("München", "80", "89"), ("Köln", "50", "221"),
                      ("Leipzig", "04", "341"), ("Freiburg im Breisgau", "79", "761")],
               streets=["Hauptstraße", "Lindenallee", "Goethestraße", "Am Markt", "Bahnhofstraße", "Schillerplatz",
                        "Gartenweg", "Ahornweg"],
               mail=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]),
    "FR": _c(lang="fr", fk="fr_FR", region="FR",
               towns=[("Lyon", "6900", "4"), ("Nantes", "4400", "2"), ("Toulouse", "3100", "5"), ("Lille", "5900", "3"),
                      ("Bordeaux", "3300", "5"), ("Rennes", "3500", "2")],
               streets=["rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
                        "impasse des Lilas", "chemin des Vignes", "rue du Moulin", "allée des Tilleuls"],
               mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"]),
    "ES": _c(lang="es", fk="es_ES", region="ES",
               towns=[("Madrid", "280", "91"), ("Sevilla", "410", "954"), ("Valencia", "460", "96"), ("Zaragoza", "500", "976"),
                      ("Málaga", "290", "952"), ("Bilbao", "480", "94")],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Calle San Vicente",
                        "Plaza del Pilar", "Calle Larios", "Calle del Arenal"],
               mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"]),
    "CAT": _c(lang="ca", fk=None, region="ES",
                towns=[("Barcelona", "080", "93"), ("Girona", "170", "972"), ("Lleida", "250", "973"),
                       ("Tarragona", "430", "977"), ("Sabadell", "082", "93"), ("Vic", "085", "93")],
                streets=["carrer de Verdi", "carrer Major", "passeig de Gràcia", "carrer de la Diputació",
                         "rambla de Catalunya", "carrer del Sol", "plaça de la Vila", "carrer de Sant Pere"],
                mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "xtec.cat"],
                first_f=["Montserrat", "Núria", "Laia", "Mireia", "Carme", "Queralt", "Berta", "Marta", "Meritxell", "Aina"],
                first_m=["Jordi", "Pau", "Oriol", "Arnau", "Joan", "Ferran", "Roger", "Gerard", "Martí", "Quim"],
                last=["Puig", "Vila", "Ferrer", "Soler", "Roca", "Serra", "Pujol", "Casals", "Font", "Bosch", "Riera",
                      "Coll", "Sala", "Vidal", "Camps", "Mas"]),
    "IT": _c(lang="it", fk="it_IT", region="IT",
               towns=[("Bologna", "401", "051", "BO"), ("Torino", "101", "011", "TO"), ("Napoli", "801", "081", "NA"),
                      ("Firenze", "501", "055", "FI"), ("Bari", "701", "080", "BA"), ("Verona", "371", "045", "VR")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Mazzini",
                        "Via San Vitale", "Via del Pratello"],
               mail=["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"]),
    "NL": _c(lang="nl", fk="nl_NL", region="NL",
               towns=[("Utrecht", "35", "30"), ("Amsterdam", "10", "20"), ("Rotterdam", "30", "10"), ("Groningen", "97", "50"),
                      ("Eindhoven", "56", "40"), ("Haarlem", "20", "23")],
               streets=["Oudegracht", "Kerkstraat", "Prinsengracht", "Lange Nieuwstraat", "Vondelstraat", "Dorpsstraat",
                        "Molenweg", "Julianalaan"],
               mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"]),
    "PT": _c(lang="pt", fk="pt_PT", region="PT",
               towns=[("Lisboa", "11", "21"), ("Porto", "40", "22"), ("Braga", "47", "253"), ("Coimbra", "30", "239"),
                      ("Faro", "80", "289"), ("Aveiro", "38", "234")],
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Almada",
                        "Travessa do Carmo", "Rua das Flores", "Rua Dom Pedro V"],
               mail=["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt"]),
    "PL": _c(lang="pl", fk="pl_PL", region="PL",
               towns=[("Kraków", ["30", "31"], "12"), ("Warszawa", ["00", "01", "02"], "22"), ("Gdańsk", ["80"], "58"),
                      ("Wrocław", ["50", "51", "53"], "71"), ("Poznań", ["60", "61"], "61"), ("Łódź", ["90", "91", "93"], "42")],
               streets=["ul. Długa", "ul. Mickiewicza", "ul. Floriańska", "al. Jana Pawła II", "ul. Kwiatowa",
                        "ul. Polna", "ul. Ogrodowa"],
               mail=["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"]),
    "RO": _c(lang="ro", fk="ro_RO", region="RO",
               towns=[("Cluj-Napoca", "400", "264"), ("Iași", "700", "232"), ("Timișoara", "300", "256"),
                      ("Brașov", "500", "268"), ("Constanța", "900", "241"), ("București", "030", "21")],
               streets=["Str. Mihai Eminescu", "Bd. Unirii", "Str. Florilor", "Calea Victoriei", "Str. Republicii",
                        "Aleea Teilor", "Str. Avram Iancu"],
               mail=["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"]),
    "TR": _c(lang="tr", fk="tr_TR", region="TR",
               towns=[("İstanbul", "Kadıköy", "34710", "216"), ("Ankara", "Çankaya", "06690", "312"),
                      ("İzmir", "Karşıyaka", "35530", "232"), ("Bursa", "Nilüfer", "16110", "224"),
                      ("Antalya", "Muratpaşa", "07100", "242"), ("Eskişehir", "Tepebaşı", "26010", "222")],
               streets=["Caferağa Mah. Moda Cad.", "Atatürk Cad.", "Bahariye Cad.", "Gül Sok.", "Cumhuriyet Bulvarı",
                        "Lale Sok.", "İnönü Cad."],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "VN": _c(lang="vi", fk=None, region="VN",
               towns=[("TP. Hồ Chí Minh", ["Quận 1", "Quận 3", "Bình Thạnh"], "28"), ("Hà Nội", ["Ba Đình", "Đống Đa", "Cầu Giấy"], "24"),
                      ("Đà Nẵng", ["Hải Châu", "Sơn Trà"], "236"), ("Cần Thơ", ["Ninh Kiều"], "292"), ("Huế", ["Phú Hội"], "234")],
               streets=["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Phan Đình Phùng", "Lý Thường Kiệt",
                        "Điện Biên Phủ"],
               mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
               first_f=["Lan", "Linh", "Phương", "Thảo", "Trang", "Vy", "Hà", "Chi", "Ngọc Anh", "Mai"],
               first_m=["An", "Bình", "Dũng", "Hùng", "Nam", "Quân", "Tuấn", "Khoa", "Huy", "Long"],
               middle_f=["Thị", "Ngọc", "Thu", "Hoài", "Minh"], middle_m=["Văn", "Minh", "Đức", "Thanh", "Quốc"],
               last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]),
    "PH": _c(lang="tl", fk=None, region="PH",
               towns=[("Quezon City", "11", "Metro Manila", "2"), ("Makati", "12", "Metro Manila", "2"),
                      ("Cebu City", "60", "Cebu", "32"), ("Davao City", "80", "Davao del Sur", "82"),
                      ("Iloilo City", "50", "Iloilo", "33"), ("Baguio", "26", "Benguet", "74")],
               streets=["Mabini Street", "Rizal Avenue", "Katipunan Avenue", "Osmeña Boulevard", "Session Road",
                        "Luna Street", "Sampaguita Street"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"],
               first_f=["Maria Cristina", "Ana", "Jennelyn", "Kristine", "Aileen", "Rowena", "Mylene", "Joanna", "Grace"],
               first_m=["Juan", "Jose Miguel", "Mark Anthony", "Rodel", "Paolo", "Jericho", "Ramon", "Arnel", "Nestor"],
               last=["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva", "Ramos",
                     "Aquino", "Castillo", "Navarro", "Magbanua"]),
    "IS": _c(lang="is", fk="is_IS", region="IS",
               towns=[("Reykjavík", "10", "5"), ("Kópavogur", "20", "5"), ("Hafnarfjörður", "22", "5"),
                      ("Akureyri", "60", "46"), ("Selfoss", "80", "48"), ("Egilsstaðir", "70", "47")],
               streets=["Laugavegur", "Skólavörðustígur", "Hringbraut", "Hafnarstræti", "Bjarkargata", "Lindargata",
                        "Brekkugata", "Austurvegur"],
               mail=["gmail.com", "simnet.is", "internet.is", "hotmail.com"]),
    "AF": _c(lang="af", fk=None, region="ZA",
               towns=[("Stellenbosch", "7600", "21"), ("Paarl", "7646", "21"), ("Bloemfontein", "9301", "51"),
                      ("Worcester", "6850", "23"), ("Potchefstroom", "2531", "18"), ("George", "6529", "44")],
               streets=["Kerkstraat", "Dorpstraat", "Andringastraat", "Hoofweg", "Voortrekkerweg", "Bloemstraat",
                        "Langstraat"],
               mail=["gmail.com", "mweb.co.za", "vodamail.co.za", "telkomsa.net"],
               first_f=["Elmarie", "Anri", "Marietjie", "Sunette", "Annelie", "Liezl", "Karin", "Ronel", "Mariska"],
               first_m=["Johan", "Pieter", "Francois", "Riaan", "Hendrik", "Wikus", "Christo", "Gerhard", "Jaco"],
               last=["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Steyn", "Venter", "Joubert", "Kruger",
                     "Coetzee", "Fourie", "le Roux"]),
}

_FAKERS: dict[str, Faker] = {}


def _fk(loc: str, rng: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(rng.getrandbits(32))
    return f


def _names(rng: random.Random, cc: str, g: str) -> tuple[str, str]:
    c = C[cc]
    if cc == "ZA" and rng.random() < 0.3:
        f = _fk(rng.choice(["en_GB", "zu_ZA"]), rng)
        return (f.first_name_female() if g == "F" else f.first_name_male()), f.last_name()
    if c["fk"]:
        f = _fk(c["fk"], rng)
        for _ in range(20):
            first = f.first_name_female() if g == "F" else f.first_name_male()
            last = f.last_name_female() if g == "F" else f.last_name_male()
            if " " not in first and "-" not in first and "Dr" not in last:
                return first, last
        return first, last
    first = rng.choice(c["first_f"] if g == "F" else c["first_m"])
    return first, rng.choice(c["last"])


class P:
    """A person with country-consistent attributes."""

    def __init__(self, rng: random.Random, cc: str, g: str | None = None, dob: bool = True) -> None:
        c = C[cc]
        self.cc, self.region, self.lang = cc, c["region"], c["lang"]
        self.g = g or rng.choice("FM")
        self.first, self.last = _names(rng, cc, self.g)
        if cc == "VN":
            mid = rng.choice(c["middle_f"] if self.g == "F" else c["middle_m"])
            self.full = f"{self.last} {mid} {self.first}"
        elif cc == "CAT" and rng.random() < 0.4:
            self.last = f"{self.last} {rng.choice(c['last'])}"
            self.full = f"{self.first} {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        self.town_rec = rng.choice(c["towns"])
        self.town = self.town_rec[0]
        self.dob = _dob(rng)
        self.email = self._email(rng, rng.choice(c["mail"]))
        mp = {"US": self.town_rec[-1], "CA": self.town_rec[-1], "IN": rng.choice(["98", "99", "97", "94", "70", "88"]),
              "GB": "7" + rng.choice("45789"), "PH": "9" + rng.choice("1256"), "IT": "3" + rng.choice("234789"),
              "VN": rng.choice(["90", "91", "98", "97", "93", "35", "86"]), "RO": "7" + rng.choice("2345"),
              "TR": "5" + rng.choice("345"), "DE": "1" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "76"]),
              "ZA": rng.choice(["82", "83", "84", "72", "73", "76", "79", "60"]), "AF": rng.choice(["82", "83", "72", "76"]),
              "NZ": "2" + rng.choice("127"), "IE": "8" + rng.choice("35679")}.get(cc)
        self.mobile = _phone(rng, self.region, True, prefix=mp)
        self._addr(rng)

    def _email(self, rng: random.Random, dom: str) -> str:
        f, lst = _fold(self.first.split()[0]), _fold(self.last.split()[-1] if self.cc != "VN" else self.last)
        k = rng.randrange(6)
        y = str(self.dob.year)[2:] if rng.random() < 0.5 else str(rng.randrange(1, 99))
        local = [f"{f}.{lst}", f"{f}{lst}{y}", f"{f[0]}.{lst}", f"{f}_{lst[0]}", f"{lst}.{f}", f"{f}{y}"][k]
        return f"{local}@{dom}"

    def work_email(self, rng: random.Random, dom: str) -> str:
        f, lst = _fold(self.first.split()[0]), _fold(self.last.split()[-1])
        return rng.choice([f"{f}.{lst}", f"{f}", f"{f[0]}{lst}"]) + "@" + dom

    def fixed(self, rng: random.Random, style: str | None = None) -> str:
        return _fixed(rng, self.cc, self.town_rec, style)

    def _addr(self, rng: random.Random) -> None:
        """Sets street (street line), locality (postcode+town line(s)), lines (block lines), one (single line)."""
        cc, t = self.cc, self.town_rec
        st = rng.choice(C[cc]["streets"])
        n = rng.randrange(1, 240)
        flat = None
        if cc == "US":
            street = f"{n * 7 + 100} {st}"
            flat = rng.choice([None, None, f"Apt {rng.randrange(1, 30)}{rng.choice('ABCD')}", f"Unit {rng.randrange(2, 400)}"])
            loc = [f"{t[0]}, {t[1]} {t[2]}{rng.randrange(1, 99):02d}"]
        elif cc == "GB":
            street = f"{n} {st}"
            flat = rng.choice([None, None, f"Flat {rng.randrange(1, 12)}"])
            loc = [t[0], _gb_pc(rng, t[1])] if rng.random() < 0.5 else [f"{t[0]} {_gb_pc(rng, t[1])}"]
        elif cc == "CA":
            street = f"{n * 3 + 10} {st}"
            flat = rng.choice([None, None, f"Unit {rng.randrange(100, 2400)}"])
            loc = [f"{t[0]}, {t[1]} {_ca_pc(rng, t[2])}"]
        elif cc == "AU":
            street = f"{n} {st}"
            if rng.random() < 0.3:
                street = f"{rng.randrange(1, 20)}/{street}"
            loc = [f"{t[0]} {t[1]} {t[2]}"]
        elif cc == "IN":
            flat = f"Flat {rng.randrange(1, 12)}0{rng.randrange(1, 8)}, {rng.choice(['Sai Residency', 'Green Park Apartments', 'Prestige Lakeview', 'Shanti Nivas', 'Brigade Towers'])}"
            street = f"{n}, {st}" if rng.random() < 0.5 else st
            loc = [rng.choice(t[3]), f"{t[0]} - {t[2]}{rng.randrange(10, 99)}"]
        elif cc == "IE":
            street = f"{n} {st}"
            if t[3]:
                loc = [t[0], f"{t[3]}, {_eir(rng, t[1])}"] if rng.random() < 0.5 else [f"{t[0]}, {_eir(rng, t[1])}"]
            else:
                loc = [f"{t[0]}, {_eir(rng, t[1])}"]
        elif cc == "ZA":
            street = f"{n} {st}"
            loc = [t[0], f"{t[1]}, {t[2]}"]
        elif cc == "NZ":
            street = f"{n} {st}"
            loc = [t[0], f"{t[1]} {t[2]}"]
        elif cc == "DE":
            street = f"{st} {n}{rng.choice(['', '', '', 'a', 'b'])}"
            loc = [f"{t[1]}{rng.randrange(100, 999)} {t[0]}"]
        elif cc == "FR":
            street = f"{n}{rng.choice(['', '', '', ' bis'])} {st}"
            flat = rng.choice([None, None, f"Bât. {rng.choice('ABC')}, {rng.randrange(1, 7)}e étage", f"Apt {rng.randrange(1, 40)}"])
            loc = [f"{t[1]}{rng.randrange(0, 9)} {t[0]}"]
        elif cc == "ES":
            street = f"{st}, {n}"
            flat = rng.choice([None, f"{rng.randrange(1, 9)}º {rng.choice('ABCD')}"])
            if flat:
                street, flat = f"{street}, {flat}", None
            loc = [f"{t[1]}{rng.randrange(10, 80):02d} {t[0]}"]
        elif cc == "CAT":
            street = f"{st[0].upper()}{st[1:]}, {n}"
            if rng.random() < 0.6:
                street += f", {rng.randrange(1, 7)}{rng.choice(['r', 'n', 'r', 't'])} {rng.randrange(1, 4)}a"
            loc = [f"{t[1]}{rng.randrange(1, 40):02d} {t[0]}"]
        elif cc == "IT":
            street = f"{st} {n}"
            loc = [f"{t[1]}{rng.randrange(21, 50)} {t[0]} {t[3]}"]
        elif cc == "NL":
            street = f"{st} {n}{rng.choice(['', '', 'A', ' hs', '-II'])}"
            loc = [f"{t[1]}{rng.randrange(10, 99)} {rng.choice('ABCEGHJKLMNPRTVWXZ')}{rng.choice('ABCEGHJKLMNPRTVWXZ')} {t[0]}"]
        elif cc == "PT":
            street = f"{st}, {n}"
            if rng.random() < 0.5:
                street += f", {rng.randrange(1, 8)}.º {rng.choice(['Esq.', 'Dto.', 'Frente'])}"
            loc = [f"{t[1]}{rng.randrange(0, 99):02d}-{rng.randrange(1, 999):03d} {t[0]}"]
        elif cc == "PL":
            street = f"{st} {n}" + (f"/{rng.randrange(1, 60)}" if rng.random() < 0.6 else "")
            loc = [f"{rng.choice(t[1])}-{_digits(rng, 3)} {t[0]}"]
        elif cc == "RO":
            street = f"{st} nr. {n}"
            if rng.random() < 0.5:
                street += f", bl. {rng.choice('ABCDM')}{rng.randrange(1, 20)}, sc. {rng.randrange(1, 4)}, ap. {rng.randrange(1, 80)}"
            loc = [f"{t[1]}{_digits(rng, 3)} {t[0]}" if t[0] != "București" else f"{t[1]}{_digits(rng, 3)} București, Sector {rng.randrange(1, 7)}"]
        elif cc == "TR":
            street = f"{st} No: {n}" + (f" D: {rng.randrange(1, 20)}" if rng.random() < 0.6 else "")
            loc = [f"{t[2]} {t[1]}/{t[0]}"]
        elif cc == "VN":
            street = f"{n} {st}"
            loc = [f"Phường {rng.randrange(1, 15)}, {rng.choice(t[1])}", t[0]]
        elif cc == "PH":
            street = f"{n} {st}"
            loc = [f"Brgy. {rng.choice(['San Roque', 'Poblacion', 'Malinis', 'Bagong Silang', 'Santo Niño'])}",
                   f"{t[0]}, {t[1]}{rng.randrange(0, 40):02d} {t[2]}"]
        elif cc == "IS":
            street = f"{st} {n % 90 + 1}"
            loc = [f"{t[1]}{rng.randrange(0, 4)} {t[0]}"]
        elif cc == "AF":
            street = f"{st} {n}"
            loc = [f"{t[0]}, {t[1]}"]
        else:
            raise KeyError(cc)
        self.street, self.flat, self.loc = street, flat, loc
        self.lines = ([flat] if flat and cc not in ("US", "CA") else []) + [street] + ([flat] if flat and cc in ("US", "CA") else []) + loc
        if cc in ("IN",):
            self.lines = [flat, street] + loc
        self.one = ", ".join(self.lines)
        self.block = "\n".join(self.lines)

    @property
    def bday(self) -> _dt.date:
        return self.dob


def _fixed(rng: random.Random, cc: str, t, style: str | None = None) -> str:
    c = C[cc]
    region = c["region"]
    pre = {"US": 3, "CA": 3, "GB": 2, "AU": 3, "IE": 2, "ZA": 3, "NZ": 3, "DE": 2, "FR": 2, "ES": 2, "CAT": 2,
           "IT": 2, "NL": 2, "PT": 2, "PL": 2, "RO": 2, "TR": 3, "VN": 2, "PH": 3, "IS": 2, "AF": 2, "IN": 4}[cc]
    return _phone(rng, region, False, prefix=t[pre], style=style)


# ----------------------------------------------------------------------------- dates

PER, EM, PHN, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE",
    "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}


def _df(d: _dt.date, cc: str, style: int) -> str:
    """Date in a country's written styles; style 0 numeric, 1 long, 2 ISO."""
    if style == 2:
        return d.isoformat()
    lang = C[cc]["lang"]
    dd, mm, y = d.day, d.month, d.year
    if style == 0:
        if cc in ("US", "PH"):
            return f"{mm:02d}/{dd:02d}/{y}"
        if cc in ("CA", "AF"):
            return d.isoformat()
        if cc in ("DE", "PL", "RO", "TR", "IS"):
            return f"{dd:02d}.{mm:02d}.{y}"
        if cc == "NL":
            return f"{dd:02d}-{mm:02d}-{y}"
        return f"{dd:02d}/{mm:02d}/{y}"
    m = _MONTHS.get(lang, _MONTHS["en"])[mm - 1]
    if cc in ("US", "CA", "PH") and lang in ("en", "tl"):
        return f"{_MONTHS['en'][mm - 1]} {dd}, {y}"
    if lang in ("es", "pt", "ca"):
        de = "d'" if lang == "ca" and m[0] in "aeiou" else "de "
        return f"{dd} {de}{m} de {y}"
    if lang in ("de", "is"):
        return f"{dd}. {m} {y}"
    if lang == "vi":
        return f"ngày {dd} tháng {mm} năm {y}"
    return f"{dd} {m} {y}"


def _dobs(p: P, rng: random.Random, styles=(0, 0, 1, 2)) -> str:
    return _df(p.dob, p.cc, rng.choice(styles))


def _when(rng: random.Random, cc: str, back: int = 60, fwd: int = 30) -> str:
    return _df(_recent(rng, back, fwd), cc, rng.choice([0, 1]))


def _addr_lines(b: _B, p: P, prefix: str = "", sep: str = "\n") -> _B:
    """Each address line is its own span (used for '>'-quoted replies)."""
    for i, ln in enumerate(p.lines):
        b.t(prefix).p(ln, ADDR)
        if i < len(p.lines) - 1:
            b.t(sep)
    return b


def _lower(s: str) -> str:
    return s.lower()


def _fl(p: P) -> str:
    return f"{p.first} {p.last.split()[-1][0]}."


# ----------------------------------------------------------------------------- templates: English


def t_us_carwash_email(rng):
    p, ag, biz = P(rng, "US"), P(rng, "US"), P(rng, "US")
    b = _B()
    _r(b, "Subject: Re: Unlimited {{plan}} plan - charged twice?\n\nHi {{first}},\n\nThanks for reaching out. I checked "
          "membership #{{mem}} and you're right: the card {{mask}} was charged {{amt}} twice on {{d}}. The duplicate "
          "is reversed and should show in 3-5 business days. Your RFID tag ({{tag}}) stays active.\n\n{{bye}}\n{{ag}}\n"
          "Member Care | Tommy's Express Car Wash\n{{baddr}}\n{{bph}} | {{bmail}}\n\n",
       plan=rng.choice(["Gold", "Platinum", "Ceramic"]), first=(p.first, PER), mem=_digits(rng, 7), mask=_masked_card(rng),
       amt=_amount(rng, "$", 19, 45), d=_when(rng, "US", 20, 0), tag=f"TX-{_hex(rng, 8).upper()}",
       bye=rng.choice(["Best,", "Thanks,", "Cheers,"]), ag=(ag.first if rng.random() < 0.5 else ag.full, PER),
       baddr=(biz.street + ", " + biz.loc[0], ADDR), bph=(biz.fixed(rng, "nat"), PHN), bmail=("care@tommysexpress.com", EM))
    _r(b, "On {{d}}, {{full}} <{{em}}> wrote:\n> Hi, I got billed twice for the {{plan}} wash club this month.\n"
          "> Account is under my name, address on file:\n",
       d=_when(rng, "US", 25, 0), full=(p.full, PER), em=(p.email, EM), plan="Gold")
    _addr_lines(b, p, "> ")
    _r(b, "\n> Call me on {{ph}} if you need anything.\n", ph=(p.mobile, PHN))
    return b.done()


def t_gb_vet_callnote(rng):
    p, vet = P(rng, "GB"), P(rng, "GB")
    pet = rng.choice(["Biscuit", "Luna", "Alfie", "Poppy", "Milo", "Bella", "Teddy", "Rosie"])
    sp_i = rng.randrange(5)
    return R("OOH CALL NOTE  {{ts}}  case {{case}}\nCaller: {{name}} (owner)  tel {{ph}}\nAnimal: {{pet}}, {{sp}}, "
             "{{age}}y, {{wt}}kg\nHx: {{hx}}. Owner lives at {{addr}} - approx 25 min from our {{branch}} hospital.\n"
             "Advice: attend now. Estimate given {{amt}}, deposit taken by card {{mask}}.\nTriage by {{vet}} RVN. "
             "Microchip {{chip}}.\n",
             ts=_ts(rng), case=_ref(rng, "OOH-", 6), name=(p.full if rng.random() < 0.6 else f"{p.last}, {p.first}", PER),
             ph=(p.mobile, PHN), pet=pet, sp=["Labrador", "Cockapoo", "Border Collie", "DSH cat", "rabbit"][sp_i],
             age=str(rng.randrange(1, 15)), wt=f"{rng.uniform(2, 8) if sp_i > 2 else rng.uniform(3, 38):.1f}",
             hx=rng.choice(["ate approx 100g dark chocolate 1h ago", "vomiting x4 since 6pm, lethargic",
                            "hit by car, lame RH", "bloated abdomen, retching unproductively"]),
             addr=(p.one, ADDR), branch=rng.choice(["Leeds", "Bristol", "York", "Sheffield"]),
             amt=_amount(rng, "£", 180, 900), mask=_masked_card(rng), vet=(_fl(vet) if rng.random() < 0.5 else vet.full, PER),
             chip="9410000" + _digits(rng, 8))


def t_au_whatsapp(rng):
    a, c = P(rng, "AU"), P(rng, "AU")
    d = _recent(rng, 90)
    ds = f"{d.day}/{d.month}/{str(d.year)[2:]}"
    b = _B()
    hh = rng.randrange(8, 20)
    lines = [
        (a, "hey are you still keen for the escape room saturday?"),
        (c, "yes!! booked the Houdini room for 6 of us, ref {ref}"),
        (a, "legend. what's the address again"),
        (c, None),
        (a, "sweet. my new number btw is {ph}"),
        (c, "saved. door code for the carpark is {door}"),
    ]
    ref = "HX" + _digits(rng, 5)
    for i, (who, msg) in enumerate(lines):
        b.t(f"[{ds}, {hh}:{i * 3 + 10:02d}:{rng.randrange(60):02d}] ").p(who.first if rng.random() < 0.7 else who.full, PER).t(": ")
        if msg is None:
            b.t("it's the one near my place, i'm at ").p(c.street + ", " + c.loc[0], ADDR).t(" - venue's 2 blocks down")
        elif "{ph}" in msg:
            b.t("sweet. my new number btw is ").p(a.mobile, PHN)
        else:
            b.t(msg.format(ref=ref, door=_digits(rng, 4) + "#"))
        b.t("\n")
    return b.done()


def t_in_sms(rng):
    p = P(rng, "IN")
    otp = _digits(rng, 6)
    return R("From: VM-PRNTMG\n{{otp}} is your OTP to confirm order {{ord}} at Print Magic. Valid 10 min. Do not share.\n\n"
             "From: {{ph}}\nHi this is {{name}}, the mug design shows my old address. pls ship to {{addr}}. "
             "landmark near Reliance Fresh\n\nFrom: VM-PRNTMG\nDear {{first}}, order {{ord}} ({{qty}} x Custom Mug 11oz) "
             "updated. Track: bluedart {{awb}}. Helpline {{help}}\n",
             otp=otp, ord=_ref(rng, "PM", 8), ph=(p.mobile, PHN), name=(p.full, PER), addr=(p.one, ADDR),
             first=(p.first, PER), qty=str(rng.randrange(1, 6)), awb=_digits(rng, 11),
             help=(_phone(rng, "IN", False, prefix=p.town_rec[4], style="nat"), PHN))


def t_ie_ticket(rng):
    p, ag, ag2 = P(rng, "IE"), P(rng, "IE"), P(rng, "IE")
    iban = _iban_x(rng, "IE")
    return R("Ticket #{{tk}}  [Billing]  Priority: normal\nRequester: {{name}} <{{em}}>\nCreated: {{ts}}\n\n{{first}} writes:\n"
             "\"I'm cancelling my valet subscription as I'm moving to {{dest}}. Please refund the last month to "
             "{{iban}}. My login stopped working too - I reset it to {{pw}} but it still says invalid.\"\n\n"
             "--- internal note ({{ag}}) ---\nRefund approved {{amt}}. BIC {{bic}} verified. Do NOT keep the customer's "
             "password in tickets - asked {{ag2}} to scrub. Session id {{sess}}.\n",
             tk=_digits(rng, 6), name=(p.full, PER), em=(p.email, EM), ts=_ts(rng), first=(p.first, PER),
             dest=(rng.choice(["Melbourne", "Toronto", "Lisbon", "Galway", "Vancouver"]), LOC),
             iban=(_spaced(iban) if rng.random() < 0.5 else iban, IBAN), pw=(_password(rng), PW),
             ag=(ag.first, PER), amt=_amount(rng, "€", 20, 60), bic=rng.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]),
             ag2=(ag2.first, PER), sess=_hex(rng, 32))


def t_ca_crm_call(rng):
    p, rep = P(rng, "CA"), P(rng, "CA")
    return R("CRM > Contacts > {{name}}\nCall logged {{d}} {{hm}} by {{rep}}\n- Member since 2021, coworking hot-desk plan "
             "(Toronto Queen West location)\n- wants to upgrade to dedicated desk + 4h meeting-room credits\n- DOB on "
             "file {{dob}}; confirmed ID verbally\n- Mobile {{ph}}, prefers text\n- Home: {{addr}}\n- Paid by card "
             "{{card}} exp {{exp}}, CVV not stored\n- Follow-up: send quote Q-{{q}} by Fri\n",
             name=(f"{p.last.upper()}, {p.first}", PER), d=_when(rng, "CA", 30, 0), hm=_hm(rng),
             rep=(rep.full, PER), dob=(_dobs(p, rng), DOB), ph=(p.mobile, PHN), addr=(p.one, ADDR),
             card=(_card(rng), CC), exp=_expiry(rng), q=_digits(rng, 5))


def t_us_form_dump(rng):
    p, ec = P(rng, "US"), P(rng, "US")
    return R("=== Home Care Intake Form (web) ===\nclient_full_name: {{name}}\npreferred_name: {{first}}\ndate_of_birth: "
             "{{dob}}\nssn: {{ssn}}\nmedicare_plan: Part B\nhome_address: {{addr}}\nprimary_phone: {{ph}}\nemail: {{em}}\n"
             "autopay_routing: {{rt}}\nautopay_account: {{acct}}\nemergency_contact: {{ec}} ({{rel}}) {{ecph}}\n"
             "visit_days: Mon, Wed, Fri\nsubmitted_at: {{ts}}\nsubmission_id: {{uuid}}\n",
             name=(p.full, PER), first=(p.first, PER), dob=(_df(p.dob, "US", rng.choice([0, 2])), DOB),
             ssn=(_ssn(rng, rng.choice(["-", "-", " ", ""])), SSN), addr=(p.one, ADDR), ph=(p.mobile, PHN),
             em=(p.email, EM), rt=_routing(rng), acct=(_us_account(rng), BANK), ec=(ec.full, PER),
             rel=rng.choice(["daughter", "neighbor"] if ec.g == "F" else ["son", "neighbor"]), ecph=(_phone(rng, "US", True, prefix=p.town_rec[3]), PHN),
             ts=_ts(rng), uuid=_uuid(rng))


def t_nz_transcript(rng):
    p, ag = P(rng, "NZ"), P(rng, "NZ")
    dob = _df(p.dob, "NZ", 1).lower()
    return R("[auto-transcript, confidence 0.81]\nagent: kia ora you're through to paws after hours this is {{ag}}\n"
             "caller: hi yeah um my dog's just eaten a whole thing of ibuprofen\nagent: oh no ok can i grab your name\n"
             "caller: its {{name}}\nagent: and the best number to reach you\ncaller: {{ph}}\nagent: and your date of birth "
             "for the account\ncaller: {{dob}}\nagent: thanks and you're still at {{addr}}\ncaller: yep\nagent: ok our "
             "{{branch}} clinic is open all night, bring {{pet}} in now, reference {{ref}}\n",
             ag=(ag.first.lower(), PER), name=(p.full.lower(), PER), ph=(p.mobile, PHN), dob=(dob, DOB),
             addr=(p.one.lower(), ADDR), branch=rng.choice(["riccarton", "ponsonby", "te aro"]),
             pet=rng.choice(["bailey", "max", "nala", "rusty"]), ref=_ref(rng, "AH", 5))


def t_za_livechat(rng):
    p, ag = P(rng, "ZA"), P(rng, "ZA")
    b = _B()
    _r(b, "Live chat transcript - Strike Zone Bowling & Escape (Rosebank)\nVisitor IP: {{ip}}  browser Chrome {{ver}}\n"
          "{{t1}} {{ag}}: Hi there, how can I help?\n{{t2}} Visitor: hi, i want to book 3 lanes + the Pharaoh escape room "
          "for a year-end function, about 18 people\n{{t3}} {{ag}}: Lovely! Can I get a name and contact number?\n"
          "{{t4}} Visitor: {{name}}, {{ph}}, email {{em}}\n{{t5}} {{ag}}: Thanks {{first}}. Deposit is {{amt}}, "
          "booking ref {{ref}}. Invoice goes to your company address?\n{{t6}} Visitor: yes {{addr}}\n",
       ip=(_ip_public_v4(rng), IP), ver=f"{rng.randrange(110, 131)}.0.{rng.randrange(1000, 7000)}.{rng.randrange(10, 200)}",
       t1="14:02", t2="14:02", t3="14:03", t4="14:04", t5="14:05", t6="14:06", ag=(ag.first, PER), name=(p.full, PER),
       ph=(p.mobile, PHN), em=(p.email, EM), first=(p.first, PER), amt=f"R{rng.randrange(800, 4000)}",
       ref=_ref(rng, "SZ-", 6), addr=(p.one, ADDR))
    return b.done()


def t_us_jsonlog(rng):
    p = P(rng, "US")
    ip, pip = _ip_public_v4(rng), _private_ip(rng)
    uid = _uuid(rng)
    lines = []
    b = _B()
    _r(b, '{"ts":"{{ts}}","level":"INFO","svc":"pod-checkout","ver":"{{ver}}","msg":"session start","client_ip":"{{ip}}",'
          '"upstream":"{{pip}}","req":"{{uid}}"}\n',
       ts=_ts(rng), ver=_version(rng), ip=(ip, IP), pip=pip, uid=uid)
    _r(b, '{"ts":"{{ts}}","level":"INFO","svc":"pod-checkout","msg":"customer upsert","email":"{{em}}","name":"{{name}}",'
          '"phone":"{{ph}}","req":"{{uid}}"}\n',
       ts=_ts(rng), em=(p.email, EM), name=(p.full, PER), ph=(_phone(rng, "US", True, prefix=p.town_rec[3], style="e164"), PHN), uid=uid)
    _r(b, '{"ts":"{{ts}}","level":"WARN","svc":"pod-checkout","msg":"card declined","last4":"{{l4}}","bin":"{{bin}}",'
          '"order":"{{ord}}","sha256":"{{h}}","req":"{{uid}}"}\n',
       ts=_ts(rng), l4=_digits(rng, 4), bin="4" + _digits(rng, 5), ord=_ref(rng, "TS-", 7), h=_hex(rng, 64), uid=uid)
    del lines
    return b.done()


def t_gb_access_log(rng):
    b = _B()
    for _ in range(rng.randrange(3, 6)):
        d = _recent(rng, 10)
        ip = _ip_public_v4(rng) if rng.random() < 0.6 else (_ip_public_v6(rng) if rng.random() < 0.5 else _private_ip(rng))
        lab = IP if not ip.startswith(("10.", "192.168.", "172.", "fd")) else None
        b.p(ip, lab)
        path = rng.choice(["/api/v2/bookings?room=kepler", "/members/login", f"/invoice/INV-{_digits(rng, 6)}.pdf",
                           "/static/app.js?v=" + _version(rng), "/healthz"])
        b.t(f' - - [{d.day:02d}/{d.strftime("%b")}/{d.year}:{_hm(rng)}:{rng.randrange(60):02d} +0000] "GET {path} HTTP/1.1" '
            f'{rng.choice([200, 200, 304, 404, 302])} {rng.randrange(200, 90000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X '
            f'10_15_7) AppleWebKit/605.1.15 Version/{rng.randrange(15, 18)}.{rng.randrange(0, 6)} Safari/605.1.15"\n')
    return b.done()


def t_env_config(rng):
    return R("# coworking-booking-service .env (staging)  -- DO NOT COMMIT\nAPP_VERSION={{ver}}\nDB_HOST={{pip}}\nDB_PORT=5432\n"
             "DB_USER=booking_app\nDB_PASSWORD={{pw}}\nSTRIPE_PUBLISHABLE_KEY={{pk}}\nSTRIPE_SECRET_KEY={{sk}}\n"
             "SENDGRID_API_KEY={{sg}}\nSESSION_SECRET_HASH={{h}}\nDEFAULT_SITE=Shoreditch\nOPS_EMAIL={{ops}}\n",
             ver=_version(rng), pip=_private_ip(rng), pw=(_password(rng), PW), pk=_pk(rng), sk=(_api_key(rng, "stripe"), KEY),
             sg=(_api_key(rng, "sg"), KEY), h=_hex(rng, 64), ops=("ops@hivework.co.uk", EM))


def t_au_ocr_form(rng):
    p, nok = P(rng, "AU"), P(rng, "AU")
    return R("HOME CARE PACKAGE - CLIENT DETA1LS (scanned p.1/3)\nSurname: {{last}}     Given name(s): {{first}}\n"
             "D.O.B: {{dob}}    Medicare No: {{medi}}\nResidential address: {{addr}}\nPh (home): {{fx}}   Mob: {{mob}}\n"
             "Next of kin: {{nok}}   Relationship: {{rel}}   Ph: {{nokph}}\nKey safe code: {{key}}   Dog on premises: yes ({{dog}})\n"
             "Package level: {{lvl}}   Provider ref: {{ref}}\n",
             last=(p.last.upper(), PER), first=(p.first.upper(), PER), dob=(_df(_dob(rng, 1928, 1952), "AU", 0), DOB),
             medi=f"{_digits(rng, 4)} {_digits(rng, 5)} {rng.randrange(1, 9)}", addr=(p.one.upper(), ADDR),
             fx=(p.fixed(rng, "nat"), PHN), mob=(p.mobile, PHN), nok=(nok.full, PER),
             rel=rng.choice(["Daughter", "Niece"] if nok.g == "F" else ["Son", "Nephew"]), nokph=(nok.mobile, PHN), key=_digits(rng, 4),
             dog=rng.choice(["Rex", "Coco", "Pepper"]), lvl=str(rng.randrange(1, 5)), ref=_ref(rng, "HCP-", 7))


def t_us_sheet_rows(rng):
    b = _B().t("member_id\tfirst\tlast\temail\tphone\tplan\tstarted\tpets\n")
    for _ in range(rng.randrange(3, 6)):
        p = P(rng, "US")
        b.t(_ref(rng, "M", 5) + "\t").p(p.first, PER).t("\t").p(p.last, PER).t("\t").p(p.email, EM).t("\t")
        b.p(p.mobile, PHN).t(f"\t{rng.choice(['Wash Club', 'Ceramic+', 'Basic'])}\t{_df(_recent(rng, 900), 'US', 0)}\t"
                             f"{rng.choice(['', 'Max (dog)', 'none', 'Cleo'])}\n")
    return b.done()


def t_gb_notifications(rng):
    b = _B()
    for _ in range(rng.randrange(3, 6)):
        p = P(rng, "GB")
        k = rng.randrange(4)
        if k == 0:
            _r(b, "[Hive] New booking: Kepler room {{d}} {{hm}} by {{name}}\n", d=_when(rng, "GB", 0, 20), hm=_hm(rng),
               name=(p.full, PER))
        elif k == 1:
            _r(b, "Your order {{o}} has shipped - Frida & Co Prints\n", o=_ref(rng, "FC", 7))
        elif k == 2:
            _r(b, "Missed call from {{ph}} ({{name}}) - voicemail 0:{{s}}\n", ph=(p.mobile, PHN), name=(p.first, PER),
               s=str(rng.randrange(10, 59)))
        else:
            _r(b, "Payment failed for {{em}} - card {{m}}\n", em=(p.email, EM), m=_masked_card(rng))
    return b.done()


def t_changelog(rng):
    return R("Release {{v}} ({{d}})\n- booking API: fixed double-charge on recurring wash plans (#{{n1}})\n- bumped stripe-python "
             "to {{v2}}, sqlalchemy to {{v3}}\n- image {{img}}@sha256:{{h}}\n- migration {{uuid}} applied on "
             "{{pip}}\n- known issue: coordinates {{gps}} for the Fitzroy site geocode wrong\n",
             v=_version(rng), d=_when(rng, "GB"), n1=str(rng.randrange(100, 4000)), v2=_version(rng), v3=_version(rng),
             img="registry.internal/pod-render", h=_hex(rng, 64), uuid=_uuid(rng), pip=_private_ip(rng), gps=_gps(rng))


def t_ops_nopii(rng):
    return R("Ops update - {{d}}\nRooms: Kepler and Hubble out of service 09:00-13:00 for AV refit. Bristol site: door "
             "code changes to {{code}} on Monday. Printing quota reset to 500 pages. Invoice run {{inv}} totals {{amt}}; "
             "{{n}} members on annual plans. Shuttle to the Leeds office leaves 08:15. Wi-Fi SSID HIVE-GUEST. "
             "Fire drill Thursday, assembly point at the car park by Costa.\n",
             d=_when(rng, "GB"), code=_digits(rng, 4) + "*", inv=_ref(rng, "INV-RUN-", 4), amt=_amount(rng, "£", 9000, 40000),
             n=str(rng.randrange(40, 300)))


def t_in_forward(rng):
    p, q, r = P(rng, "IN"), P(rng, "IN"), P(rng, "IN")
    return R("---------- Forwarded message ---------\nFrom: {{pname}} <{{pem}}>\nDate: {{d}}\nSubject: Day-care for my "
             "father\nTo: {{bookings}}\n\nHello,\nMy father {{fa}} (DOB {{dob}}) needs a caregiver from 8am-2pm at "
             "{{addr}}. He shifted from {{from}} last month. Please call me on {{ph}}.\nRegards,\n{{pfirst}}\n\n"
             "---\n{{qfirst}}, can you take this one? - {{r}}\n",
             pname=(p.full, PER), pem=(p.email, EM), d=_when(rng, "IN", 10, 0), bookings=("bookings@carenest.in", EM),
             fa=(f"{P(rng, 'IN', 'M').first} {p.last}", PER), dob=(_df(_dob(rng, 1936, 1955), "IN", rng.choice([0, 1])), DOB),
             addr=(p.one, ADDR), **{"from": (rng.choice(["Lucknow", "Nagpur", "Mysuru", "Coimbatore"]), LOC)},
             ph=(p.mobile, PHN), pfirst=(p.first, PER), qfirst=(q.first, PER), r=(r.first, PER))


def t_ie_teams(rng):
    a, c, cl = P(rng, "IE"), P(rng, "IE"), P(rng, "IE")
    b = _B()
    _r(b, "{{a}}  {{t1}}\nAnyone free to cover Mrs {{cl}}'s 7pm call? She lives in {{town}}, just out of hospital\n\n",
       a=(a.full, PER), t1="17:42", cl=(cl.last, PER), town=(cl.town.split()[0], LOC))
    _r(b, "{{c}}  {{t2}}\nI can. Is she still at {{addr}}? And what's the keysafe, I have the old one\n\n",
       c=(c.full, PER), t2="17:44", addr=(cl.one, ADDR))
    _r(b, "{{a}}  {{t3}}\nYes. Keysafe {{k}}. Her son {{son}} is on {{ph}} if she doesn't answer\n",
       a=(a.first, PER), t3="17:45", k=_digits(rng, 4), son=(P(rng, "IE", "M").first, PER), ph=(cl.mobile, PHN))
    return b.done()


def t_ca_slack(rng):
    a, c = P(rng, "CA"), P(rng, "CA")
    key = _api_key(rng, rng.choice(["gh", "openai", "stripe"]))
    return R("#pod-eng  ·  {{d}}\n{{a}} 10:14 AM\nprintful webhook is failing again, logs show 401 from {{ip}}\n"
             "{{c}} 10:16 AM\nrotated it. new key is {{key}} - will move it to vault after standup\n"
             "{{a2}} 10:17 AM\n:grimacing: pls delete that msg. also staging db at {{pip}} still on {{ver}}\n"
             "{{c2}} 10:18 AM\ndone (deleted in vault, old key hash {{h}})\n",
             d=_when(rng, "CA", 20, 0), a=(a.full, PER), ip=(_ip_public_v4(rng), IP), c=(c.full, PER), key=(key, KEY),
             a2=(a.first, PER), pip=_private_ip(rng), ver=f"PostgreSQL {rng.randrange(12, 17)}.{rng.randrange(1, 9)}", c2=(c.first, PER), h=_hex(rng, 40))


def t_nz_visitnote(rng):
    cl, cw = P(rng, "NZ", "F"), P(rng, "NZ")
    return R("VISIT NOTE  {{d}}  {{s}}-{{e}}\nClient: {{cl}} (NHI {{nhi}})  DOB {{dob}}\nAddress: {{addr}}\nCarer: {{cw}}\n"
             "Personal cares completed, meds prompted (blister pack {{bp}}). {{first}} says her daughter is flying in from "
             "{{from}} on Friday. Cat ({{cat}}) fed. Lockbox {{lb}} reset.\n",
             d=_when(rng, "NZ", 10, 0), s="07:30", e="08:15", cl=(cl.full, PER), nhi=f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 4)}",
             dob=(_df(_dob(rng, 1930, 1950), "NZ", 0), DOB), addr=(cl.one, ADDR), cw=(cw.full, PER),
             bp=_ref(rng, "BP", 5), first=(cl.first, PER), **{"from": (rng.choice(["Brisbane", "Perth", "London", "Sydney"]), LOC)},
             cat=rng.choice(["Whiskers", "Mittens", "Tiger"]), lb=_digits(rng, 4))


def t_us_pod_confirm(rng):
    p = P(rng, "US")
    b = _B()
    _r(b, "Thanks for your order, {{first}}!\nOrder {{o}}  placed {{d}}\n\n1 x Unisex Tee \"Ralph's Diner 1987\" (M, "
          "heather) {{a1}}\n2 x Mug 15oz \"Ruth Bader Ginsburg quote\" {{a2}}\n\nShip to:\n{{name}}\n{{block}}\n\nPaid with "
          "{{mask}}\nTracking: USPS {{trk}}\nQuestions? {{sup}} or {{supph}}\n",
       first=(p.first, PER), o=_ref(rng, "#PD", 6), d=_when(rng, "US", 5, 0), a1=_amount(rng, "$", 18, 30),
       a2=_amount(rng, "$", 20, 40), name=(p.full, PER), block=(p.block, ADDR), mask=_masked_card(rng),
       trk="9400" + _digits(rng, 18), sup=("help@inkbarn.com", EM), supph=(_phone(rng, "US", False, prefix="208", style="nat"), PHN))
    return b.done()


def t_gb_pod_ticket(rng):
    p, ag = P(rng, "GB"), P(rng, "GB")
    return R("[Ticket {{tk}}] Wrong print on hoodie - Ted Baker style font?\nFrom: {{em}}\n\nHiya, ordered the custom hoodie "
             "for my son's birthday (design file {{f}}) and it came out with the wrong font. Can you reprint and send "
             "it to {{addr}}? Im at work so text {{ph}}. Cheers, {{first}}\n\n>> Note {{ag}}: reprint approved, "
             "SKU {{sku}}, job {{uuid}}. Courier DPD {{dpd}}.\n",
             tk=_digits(rng, 6), em=(p.email, EM), f=f"IMG_{_digits(rng, 4)}.png", addr=(p.one, ADDR), ph=(p.mobile, PHN),
             first=(p.first, PER), ag=(ag.first, PER), sku=f"HD-{_alnum(rng, 5, string.ascii_uppercase + string.digits)}",
             uuid=_uuid(rng), dpd=_digits(rng, 14))


def t_za_kv_log(rng):
    p = P(rng, "ZA")
    return R("{{ts}} INFO  gateway=payfast event=charge.attempt merchant=SparkleWash-Joburg amount=R{{amt}} "
             "card_mask={{mask}}\n{{ts2}} ERROR gateway=payfast event=charge.failed reason=do_not_honour pan={{pan}} "
             "exp={{exp}} cvv=*** customer=\"{{name}}\" email={{em}} ip={{ip}} node={{pip}}\n{{ts3}} INFO  retry "
             "scheduled job_id={{uuid}}\n",
             ts=_ts(rng), amt=str(rng.randrange(149, 699)), mask=_masked_card(rng), ts2=_ts(rng), pan=(_card(rng, ""), CC),
             exp=_expiry(rng), name=(p.full, PER), em=(p.email, EM), ip=(_ip_public_v4(rng), IP), pip=_private_ip(rng),
             ts3=_ts(rng), uuid=_uuid(rng))


def t_us_call_transcript(rng):
    p = P(rng, "US")
    card = _card(rng, " ")
    return R("agent: thanks for calling lucky larry's lanes this is {{ag}} how can i help\ncaller: hi i wanna pay the deposit "
             "for saturday's birthday party\nagent: sure whats the name on the booking\ncaller: {{name}}\nagent: great and "
             "the card number when you're ready\ncaller: {{card}}\nagent: expiry\ncaller: {{exp}}\nagent: and the three "
             "digits on the back\ncaller: {{cvv}}\nagent: perfect you're all set, confirmation {{ref}} goes to {{em}}\n",
             ag=(P(rng, "US").first.lower(), PER), name=(p.full.lower(), PER), card=(card, CC), exp=_expiry(rng),
             cvv=_digits(rng, 3), ref=_ref(rng, "LL", 6), em=(p.email, EM))


def t_au_onboarding(rng):
    p, cm = P(rng, "AU"), P(rng, "AU")
    return R("Subject: Welcome to The Lovelace Rooms, {{first}}!\n\nHi {{first2}},\n\nYour member portal is live.\n"
             "Username: {{em}}\nTemporary password: {{pw}}\n(please change it after first login)\n\nYour desk is D-{{desk}} "
             "on level 2 of our Fitzroy space. Guest Wi-Fi: LOVELACE-GUEST. Your access fob {{fob}} works 24/7.\n\n"
             "See you soon,\n{{cm}}\nCommunity Manager\n{{baddr}} | {{bph}}\n",
             first=(p.first, PER), first2=(p.first, PER), em=(p.email, EM), pw=(_password(rng), PW), desk=str(rng.randrange(1, 80)),
             fob=_hex(rng, 8).upper(), cm=(cm.full, PER), baddr=(P(rng, "AU").street + ", Fitzroy VIC 3065", ADDR),
             bph=(_phone(rng, "AU", False, prefix="3", style="nat"), PHN))


def t_gb_escape_email(rng):
    lead = P(rng, "GB")
    b = _B()
    _r(b, "Hi team,\n\nBooking {{ref}} for {{d}} at {{hm}} - Sherlock's Study (Manchester). Players:\n",
       ref=_ref(rng, "ESC", 5), d=_when(rng, "GB", 0, 40), hm=_hm(rng))
    for i in range(rng.randrange(3, 6)):
        q = P(rng, "GB")
        b.t(f"{i + 1}. ").p(q.full if rng.random() < 0.7 else _fl(q), PER)
        b.t(f" (age {rng.randrange(12, 17)})\n" if rng.random() < 0.3 else "\n")
    _r(b, "\nLead booker: {{lead}}, {{ph}}. Dietary: 1 veggie for the pizza add-on ({{amt}}).\n\nThanks!\n{{first}}\n",
       lead=(lead.full, PER), ph=(lead.mobile, PHN), amt=_amount(rng, "£", 20, 90), first=(lead.first, PER))
    return b.done()


def t_us_vet_jsonl(rng):
    b = _B()
    for _ in range(rng.randrange(2, 4)):
        p = P(rng, "US")
        _r(b, '{"call_id":"{{cid}}","received":"{{ts}}","owner":{"first":"{{f}}","last":"{{l}}","tel":"{{ph}}"},'
              '"pet":{"name":"{{pet}}","species":"{{sp}}"},"triage":"{{tr}}","clinic":"Boise Emergency","gps":"{{gps}}"}\n',
           cid=_uuid(rng), ts=_ts(rng), f=(p.first, PER), l=(p.last, PER), ph=(p.mobile, PHN),
           pet=rng.choice(["Duke", "Maggie", "Oreo", "Sadie"]), sp=rng.choice(["canine", "feline"]),
           tr=rng.choice(["RED", "AMBER", "GREEN"]), gps=_gps(rng))
    return b.done()


def t_ie_carwash_chat(rng):
    p, ag = P(rng, "IE"), P(rng, "IE")
    iban = _iban_x(rng, "IE")
    return R("Chat started {{ts}}\n{{ag}} (Shine Valet): Hi! How can I help today?\n{{name}}: hi i want to switch my "
             "valet sub from card to direct debit\n{{ag2}} (Shine Valet): No problem. Please send the IBAN and the "
             "account holder name\n{{first}}: {{iban}} - holder {{holder}}\n{{ag2}} (Shine Valet): Done. Your mandate "
             "ref is {{mref}}. Next valet: {{d}} at our Cork depot.\n",
             ts=_ts(rng), ag=(ag.first, PER), name=(p.full, PER), ag2=(ag.first, PER), first=(p.first, PER),
             iban=(_spaced(iban) if rng.random() < 0.6 else iban, IBAN), holder=(p.full.upper(), PER),
             mref=_ref(rng, "SEPA-", 8), d=_when(rng, "IE", 0, 20))


def t_nz_sms(rng):
    p = P(rng, "NZ")
    return R("SparkleWash: Hi {{first}}, your Premium Wash membership renews on {{d}} ({{amt}}). Reply STOP to opt out.\n"
             "{{first2}}: can u change the rego to {{rego}}? sold the old car\nSparkleWash: Done! New plate {{rego}} "
             "linked. Any q's call {{ph}}.\n{{first3}}: cheers. also pls update my address to {{addr}}\n",
             first=(p.first, PER), d=_when(rng, "NZ", 0, 30), amt=_amount(rng, "$", 29, 60), first2=(p.first, PER),
             rego=_alnum(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 3),
             ph=(_phone(rng, "NZ", False, prefix=p.town_rec[3], style="nat"), PHN), first3=(p.first, PER),
             addr=(p.street + ", " + p.loc[0] + ", " + p.loc[1], ADDR))


def t_za_email_quoted(rng):
    p, ag = P(rng, "ZA"), P(rng, "ZA")
    b = _B()
    _r(b, "Dear {{first}},\n\nThank you for choosing CareAtHome Durban. Your carer {{carer}} will start on {{d}}. Please "
          "confirm the address below is correct.\n\nKind regards\n{{ag}}\nCare Coordinator\n{{bph}}\n\n"
          "-----Original Message-----\nFrom: {{name}} <{{em}}>\n",
       first=(p.first, PER), carer=(P(rng, "ZA", "F").full, PER), d=_when(rng, "ZA", 0, 14), ag=(ag.full, PER),
       bph=(_phone(rng, "ZA", False, prefix="31", style="nat"), PHN), name=(p.full, PER), em=(p.email, EM))
    b.t("> Good day, we need help for my mom 3 mornings a week. She lives at\n")
    _addr_lines(b, p, "> ")
    _r(b, "\n> She was born {{dob}} and is a diabetic.\n> {{first}}\n",
       dob=(_df(_dob(rng, 1935, 1952), "ZA", 1), DOB), first=(p.first, PER))
    return b.done()


def t_ca_ci_log(rng):
    return R("Run #{{n}} pod-render-worker ({{ver}})\n$ export PRINTFUL_TOKEN={{tok}}\n$ docker build -t pod-render:{{ver}} .\n"
             "Step 5/12 : RUN pip install pillow=={{v2}}\nSuccessfully built {{h}}\n$ curl -s http://{{pip}}:8080/health\n"
             "ok\n$ echo $DB_PASSWORD\n{{pw}}\n::warning:: secret printed to log\n",
             n=str(rng.randrange(1000, 9000)), ver=_version(rng), tok=(_api_key(rng, "generic"), KEY), v2=_version(rng),
             h=_hex(rng, 12), pip=_private_ip4(rng), pw=(_password(rng), PW))


def t_gb_carwash_letter(rng):
    p = P(rng, "GB")
    return R("{{name}}\n{{block}}\n\n{{d}}\n\nDear {{title}} {{last}},\n\nYour Wash & Go direct debit\nWe'll collect "
             "{{amt}} monthly from the account ending {{l4}} (sort code {{sc}}). Your membership number is {{mem}}.\n\n"
             "Yours sincerely,\nThe Wash & Go team\n",
             name=(p.full, PER), block=(p.block, ADDR), d=_when(rng, "GB", 0, 0), title="Mr" if p.g == "M" else "Ms",
             last=(p.last, PER), amt=_amount(rng, "£", 15, 40), l4=_digits(rng, 4),
             sc=f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", mem=_ref(rng, "WG", 7))


def t_us_cowork_bank(rng):
    p = P(rng, "US")
    return R("Hi {{first}} - for the ACH setup for your private office invoices we have:\nAccount holder: {{name}}\nBank: "
             "Chase\nRouting (ABA): {{rt}}\nAccount: {{acct}}\nSWIFT: CHASUS33\nInvoice INV-{{inv}} ({{amt}}) will debit on "
             "{{d}}. For tax records your SSN ending {{l4}} is on the W-9 we hold. Thanks, Accounts\n",
             first=(p.first, PER), name=(p.full, PER), rt=_routing(rng), acct=(_us_account(rng), BANK),
             inv=_digits(rng, 5), amt=_amount(rng, "$", 400, 2600), d=_when(rng, "US", 0, 15), l4=_digits(rng, 4))


# ----------------------------------------------------------------------------- templates: other languages


def t_de_vet_note(rng):
    p, ta = P(rng, "DE"), P(rng, "DE")
    return R("Tierärztlicher Notdienst - Anrufprotokoll {{d}} {{hm}}\nAnrufer/in: {{title}} {{name}}, Tel. {{ph}}\n"
             "Tier: {{pet}} ({{sp}}), {{age}} J.\nProblem: {{pr}}\nAnschrift: {{addr}}\nEmpfehlung: sofort in die Klinik "
             "(Standort Köln-Ehrenfeld). Kostenvoranschlag {{amt}} €, Notdienstgebühr nach GOT.\nAufgenommen: {{ta}}\n",
             d=_when(rng, "DE", 5, 0), hm=_hm(rng), title="Herr" if p.g == "M" else "Frau", name=(p.full, PER),
             ph=(p.mobile if rng.random() < 0.6 else p.fixed(rng), PHN), pet=rng.choice(["Bello", "Mausi", "Struppi", "Lotte"]),
             sp=rng.choice(["Dackel", "Hauskatze", "Kaninchen", "Schäferhund"]), age=str(rng.randrange(1, 16)),
             pr=rng.choice(["hat Rattengift gefressen", "Atemnot seit einer Stunde", "Krampfanfall, jetzt ruhig"]),
             addr=(p.one, ADDR), amt=f"{rng.randrange(90, 600)},{rng.randrange(100):02d}", ta=(_fl(ta), PER))


def t_de_cowork_email(rng):
    p, cm, biz = P(rng, "DE"), P(rng, "DE"), P(rng, "DE")
    iban = _iban_x(rng, "DE")
    return R("Betreff: AW: Rechnung Besprechungsraum Goethe\n\nHallo {{first}},\n\nvielen Dank! Wir haben das SEPA-Mandat "
             "für {{iban}} (Kontoinhaber/in: {{holder}}) hinterlegt. Die Buchung für den Raum \"Goethe\" am {{d}} ist "
             "bestätigt (Buchungsnr. {{ref}}).\n\nViele Grüße\n{{cm}}\nCommunity Team | Kontor Coworking GmbH\n"
             "{{baddr}}\nTel. {{bph}}\n",
             first=(p.first, PER), iban=(_spaced(iban) if rng.random() < 0.5 else iban, IBAN), holder=(p.full, PER),
             d=_when(rng, "DE", 0, 30), ref=_ref(rng, "KB-", 6), cm=(cm.full, PER),
             baddr=(biz.one, ADDR), bph=(biz.fixed(rng, "nat"), PHN))


def t_fr_homecare(rng):
    p, aux = P(rng, "FR"), P(rng, "FR")
    return R("FICHE BÉNÉFICIAIRE - Aide à domicile\nNom : {{last}}\nPrénom : {{first}}\nNé(e) le : {{dob}} à {{born}}\n"
             "Adresse : {{addr}}\nTél. fixe : {{fx}}  Portable : {{mob}}\nN° dossier APA : {{apa}}\nAuxiliaire de vie "
             "référente : {{aux}}\nRemarques : digicode {{code}}, chat \"{{cat}}\" à ne pas laisser sortir.\n",
             last=(p.last.upper(), PER), first=(p.first, PER), dob=(_df(_dob(rng, 1930, 1952), "FR", rng.choice([0, 1])), DOB),
             born=(rng.choice(["Quimper", "Alger", "Limoges", "Metz", "Annecy"]), LOC), addr=(p.one, ADDR),
             fx=(p.fixed(rng), PHN), mob=(p.mobile, PHN), apa=_digits(rng, 9), aux=(aux.full, PER),
             code=f"{rng.choice('ABC')}{_digits(rng, 4)}", cat=rng.choice(["Minou", "Filou", "Caramel"]))


def t_fr_escape_chat(rng):
    a, c = P(rng, "FR"), P(rng, "FR")
    return R("{{d}} 19:02 - {{a}}: coucou, t'as réservé l'escape game pour samedi ?\n{{d}} 19:05 - {{c}}: oui ! salle "
             "\"Le Manoir\" à 20h, résa n° {{ref}}, 6 joueurs\n{{d}} 19:05 - {{c}}: j'ai payé 150 € avec ma carte, je vous "
             "fais un Lydia\n{{d}} 19:06 - {{a}}: top. on se retrouve chez moi avant ? {{addr}}\n{{d}} 19:07 - {{c}}: ok. "
             "au cas où mon nouveau num c'est le {{ph}}\n",
             d=_df(_recent(rng, 30), "FR", 0), a=(a.first, PER), c=(c.first if rng.random() < 0.5 else c.full, PER),
             ref=_ref(rng, "LM", 5), addr=(a.street + ", " + a.loc[0], ADDR), ph=(c.mobile, PHN))


def t_es_carwash_whatsapp(rng):
    a, c = P(rng, "ES"), P(rng, "ES")
    return R("[{{d}}, {{h1}}] {{c}}: Hola! Soy {{cfirst}} de LavaExpress, te confirmo la suscripción Premium ({{amt}}/mes)\n"
             "[{{d}}, {{h2}}] {{a}}: Genial. Mi matrícula es {{mat}}. Me podéis pasar a recoger el coche a {{addr}}?\n"
             "[{{d}}, {{h3}}] {{c}}: Claro. El lunes entre 9 y 11. Si hay problema te llamo al {{ph}}\n"
             "[{{d}}, {{h4}}] {{a}}: Perfecto, gracias!!\n",
             d=_df(_recent(rng, 60), "ES", 0), h1="10:02", h2="10:05", h3="10:09", h4="10:10", c=(c.full, PER),
             cfirst=(c.first, PER), amt="24,90 €", a=(a.first if rng.random() < 0.6 else a.full, PER),
             mat=f"{_digits(rng, 4)} {_alnum(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", addr=(a.one, ADDR), ph=(a.mobile, PHN))


def t_es_pod_ticket(rng):
    p, ag = P(rng, "ES"), P(rng, "ES")
    return R("Incidencia #{{tk}} - Camisetas personalizadas\nCliente: {{name}} ({{em}})\nPedido: {{ord}}  Importe: {{amt}}\n"
             "Mensaje: Buenas, las 12 camisetas para la despedida de soltera llegaron con el logo torcido. Necesito "
             "reposición antes del {{d}}. Dirección de envío: {{addr}}. Teléfono {{ph}}.\n-- Nota interna ({{ag}}): "
             "reimprimir lote {{lote}}, transportista SEUR {{seur}}.\n",
             tk=_digits(rng, 5), name=(p.full, PER), em=(p.email, EM), ord=_ref(rng, "CT-", 7),
             amt=f"{rng.randrange(60, 300)},{rng.randrange(100):02d} €", d=_when(rng, "ES", 0, 20), addr=(p.one, ADDR),
             ph=(p.mobile, PHN), ag=(ag.first, PER), lote=_ref(rng, "L", 5), seur=_digits(rng, 12))


def t_it_bowling_email(rng):
    p, st = P(rng, "IT"), P(rng, "IT")
    return R("Oggetto: Prenotazione festa di compleanno - Bowling Garibaldi\n\nBuongiorno,\nvorrei prenotare 4 piste per "
             "sabato {{d}} alle 16:00 per il compleanno di mio figlio (10 anni). Saremo circa 20 persone.\nIl mio nome è "
             "{{name}}, potete contattarmi al {{ph}} oppure a {{em}}.\nPer la fattura: {{addr}}.\n\nGrazie,\n{{first}}\n\n"
             "Risposta di {{st}}: confermato, codice prenotazione {{ref}}, caparra {{amt}} €.\n",
             d=_when(rng, "IT", 0, 30), name=(p.full, PER), ph=(p.mobile, PHN), em=(p.email, EM), addr=(p.one, ADDR),
             first=(p.first, PER), st=(st.full, PER), ref=_ref(rng, "BG", 6), amt=str(rng.randrange(30, 120)))


def t_it_form(rng):
    p = P(rng, "IT")
    iban = _iban_x(rng, "IT")
    return R("nome={{first}}&cognome={{last}}&data_nascita={{dob}}&luogo_nascita={{born}}&indirizzo={{addr}}&cellulare={{ph}}"
             "&email={{em}}&iban={{iban}}&servizio=assistenza_domiciliare&privacy=1&ts={{ts}}&csrf={{h}}\n",
             first=(p.first, PER), last=(p.last, PER), dob=(_df(p.dob, "IT", rng.choice([0, 2])), DOB),
             born=(rng.choice(["Palermo", "Lecce", "Trento", "Cagliari"]), LOC), addr=(p.one, ADDR), ph=(p.mobile, PHN),
             em=(p.email, EM), iban=(iban, IBAN), ts=_ts(rng), h=_hex(rng, 40))


def t_nl_sms(rng):
    p = P(rng, "NL")
    return R("DierenSpoed: Uw oproep is geregistreerd (nr. {{ref}}). De dierenarts belt u binnen 15 min terug.\n"
             "{{first}}: Dank je. Het gaat om onze kat Pien, ze heeft lelie gegeten. Mijn nummer is {{ph}}\n"
             "DierenSpoed: Kom direct naar de spoedkliniek Utrecht-Noord. Neem het pasje mee. Kosten vanaf {{amt}}.\n"
             "{{first2}}: We komen eraan vanaf {{addr}}\n",
             ref=_ref(rng, "DS", 6), first=(p.first, PER), ph=(p.mobile, PHN), amt=f"€ {rng.randrange(90, 250)},-",
             first2=(p.first, PER), addr=(p.one, ADDR))


def t_nl_ticket(rng):
    p, mw = P(rng, "NL"), P(rng, "NL")
    iban = _iban_x(rng, "NL")
    return R("Ticket {{tk}} | Wasabonnement opzeggen\nVan: {{name}} <{{em}}>\n\nGoedemiddag, ik verhuis naar {{dest}} en "
             "wil mijn Onbeperkt Wassen abonnement opzeggen per {{d}}. Graag het restant terugstorten op {{iban}} t.n.v. "
             "{{holder}}.\nMet vriendelijke groet, {{first}}\n\n[Interne notitie - {{mw}}] Kenteken {{kt}}, klantnr "
             "{{knr}}. Opzegging verwerkt, terugbetaling {{amt}}.\n",
             tk=_digits(rng, 6), name=(p.full, PER), em=(p.email, EM), dest=(rng.choice(["Gent", "Antwerpen", "Berlijn", "Zwolle"]), LOC),
             d=_when(rng, "NL", 0, 40), iban=(_spaced(iban), IBAN), holder=(f"{p.first[0]}. {p.last}", PER),
             first=(p.first, PER), mw=(mw.first, PER), kt=f"{_alnum(rng, 2, 'GHJKLNPRSTXZ')}-{_digits(rng, 3)}-{_alnum(rng, 1, 'BDFGHJ')}",
             knr=_digits(rng, 7), amt=f"€ {rng.randrange(5, 40)},{rng.randrange(100):02d}")


def t_pt_vet_transcript(rng):
    p, at = P(rng, "PT"), P(rng, "PT")
    return R("[transcrição automática]\natendente: urgência veterinária 24 horas bom dia fala {{at}}\ncliente: bom dia o meu "
             "cão comeu uvas há meia hora\natendente: qual é o seu nome\ncliente: {{name}}\natendente: e o contacto\n"
             "cliente: {{ph}}\natendente: a morada\ncliente: {{addr}}\natendente: venha já para a clínica de Matosinhos "
             "o processo é o {{ref}}\n",
             at=(at.first.lower(), PER), name=(p.full.lower(), PER), ph=(p.mobile, PHN), addr=(p.one.lower(), ADDR),
             ref=_ref(rng, "U", 6))


def t_pt_form_json(rng):
    p = P(rng, "PT")
    iban = _iban_x(rng, "PT")
    return R('{"cliente":{"nome":"{{name}}","nascimento":"{{dob}}","nif_validado":true,"morada":"{{addr}}",'
             '"telemovel":"{{ph}}","email":"{{em}}"},"pagamento":{"iban":"{{iban}}","mb_ref":"{{mb}}"},'
             '"plano":"Lavagem Ilimitada","loja":"Braga Sul","criado_em":"{{ts}}"}\n',
             name=(p.full, PER), dob=(_df(p.dob, "PT", 2), DOB), addr=(p.one, ADDR), ph=(p.mobile, PHN), em=(p.email, EM),
             iban=(iban, IBAN), mb=f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", ts=_ts(rng))


def t_pl_forward(rng):
    p, q = P(rng, "PL"), P(rng, "PL")
    return R("---------- Wiadomość przekazana ----------\nOd: {{pname}} <{{pem}}>\nData: {{d}}\nTemat: Opieka nad mamą\n\n"
             "Dzień dobry,\nszukam opiekunki dla mamy ({{mama}}, ur. {{dob}}) od poniedziałku do piątku. Adres: {{addr}}. "
             "Proszę o kontakt pod numerem {{ph}}.\nPozdrawiam\n{{pfirst}}\n\n{{q}}, zadzwonisz? Oddział Kraków-Podgórze "
             "ma wolne terminy.\n",
             pname=(p.full, PER), pem=(p.email, EM), d=_when(rng, "PL", 10, 0),
             mama=(P(rng, "PL", "F").first + " " + p.last if p.g == "F" else P(rng, "PL", "F").full, PER),
             dob=(_df(_dob(rng, 1935, 1952), "PL", rng.choice([0, 1])), DOB), addr=(p.one, ADDR), ph=(p.mobile, PHN),
             pfirst=(p.first, PER), q=(q.first, PER))


def t_pl_crm(rng):
    p, h = P(rng, "PL"), P(rng, "PL")
    return R("Notatka CRM | {{d}} | handlowiec: {{h}}\nKlient: {{name}}, tel. {{ph}}, e-mail {{em}}\nFirma: Drukarnia "
             "Kopernik sp. z o.o. (NIP {{nip}})\nZamówienie: 200 kubków z logo, wzór v{{ver}}, termin {{td}}\n"
             "Uwagi: klient pochodzi z {{from}}, woli kontakt po 16:00. Rabat 8%.\n",
             d=_when(rng, "PL", 15, 0), h=(h.full, PER), name=(p.full, PER), ph=(p.mobile, PHN), em=(p.email, EM),
             nip=_digits(rng, 10), ver=_version(rng), td=_when(rng, "PL", 0, 30),
             **{"from": (rng.choice(["Rzeszowa", "Lublina", "Torunia", "Opola"]), LOC)})


def t_cat_cowork_email(rng):
    p, cm = P(rng, "CAT"), P(rng, "CAT")
    return R("Assumpte: Confirmació reserva sala \"Mercè Rodoreda\"\n\nBon dia {{first}},\n\net confirmem la reserva de la sala "
             "Mercè Rodoreda per al {{d}} de 10 a 13 h (codi {{ref}}). El codi de la porta és {{door}}.\nLa factura "
             "s'enviarà a {{em}} amb l'adreça fiscal {{addr}}.\n\nSalutacions,\n{{cm}}\nEspai Cowork Gràcia\n{{bph}}\n",
             first=(p.first, PER), d=_df(_recent(rng, 0, 30), "CAT", 1), ref=_ref(rng, "ECG", 5), door=_digits(rng, 4),
             em=(p.email, EM), addr=(p.one, ADDR), cm=(cm.full, PER),
             bph=(_phone(rng, "ES", False, prefix="93", style="nat"), PHN))


def t_cat_homecare_chat(rng):
    a, c, cl = P(rng, "CAT", "F"), P(rng, "CAT"), P(rng, "CAT")
    return R("{{a}}: Bon dia! Avui no podré anar a casa de la senyora {{cl}}, tinc el nen malalt\n{{c}}: D'acord, hi vaig jo. "
             "Continua vivint a {{addr}}?\n{{a2}}: Sí. Va néixer el {{dob}}, per si et demanen al CAP. El fill és el {{son}}, "
             "telèfon {{ph}}\n{{c2}}: Perfecte, gràcies\n",
             a=(a.first, PER), cl=(cl.last.split()[0], PER), c=(c.first, PER), addr=(cl.one, ADDR), a2=(a.first, PER),
             dob=(_df(_dob(rng, 1930, 1950), "CAT", 1), DOB), son=(P(rng, "CAT", "M").first, PER), ph=(cl.mobile, PHN),
             c2=(c.first, PER))


def t_ro_pod_ticket(rng):
    p, ag = P(rng, "RO"), P(rng, "RO")
    return R("Tichet #{{tk}} - Tricouri personalizate\nClient: {{name}}\nEmail: {{em}}\nTelefon: {{ph}}\n\nBună ziua, am "
             "comandat 30 de tricouri pentru echipa de bowling (comanda {{ord}}) și au venit pe mărimea greșită. Vă rog "
             "să le retrimiteți la adresa {{addr}}.\nMulțumesc, {{first}}\n\n[notă internă - {{ag}}] retur aprobat, AWB "
             "Fan Courier {{awb}}, valoare {{amt}} lei\n",
             tk=_digits(rng, 6), name=(p.full, PER), em=(p.email, EM), ph=(p.mobile, PHN), ord=_ref(rng, "TP", 7),
             addr=(p.one, ADDR), first=(p.first, PER), ag=(ag.first, PER), awb=_digits(rng, 13),
             amt=f"{rng.randrange(300, 2000)},{rng.randrange(100):02d}")


def t_ro_sms(rng):
    p = P(rng, "RO")
    iban = _iban_x(rng, "RO")
    return R("SpălătoriaTa: Salut {{first}}! Abonamentul tău Premium expiră pe {{d}}. Pentru reînnoire prin transfer: "
             "{{iban}}, beneficiar SC Spălătoria Ta SRL.\n{{first2}}: ok, am plătit. eu m-am mutat în {{town}}, mai e valabil "
             "abonamentul acolo?\nSpălătoriaTa: Da, în toate locațiile. Cod client {{cod}}.\n",
             first=(p.first, PER), d=_when(rng, "RO", 0, 20), iban=(_spaced(iban), IBAN), first2=(p.first, PER),
             town=(rng.choice(["Sibiu", "Oradea", "Craiova", "Arad"]), LOC), cod=_ref(rng, "ST", 6))


def t_tr_whatsapp(rng):
    a, c = P(rng, "TR"), P(rng, "TR")
    d = _df(_recent(rng, 30), "TR", 0)
    return R("{{d}} 20:14 - {{a}}: Cumartesi kaçış oyunu için rezervasyon yaptım, kod {{ref}}\n{{d}} 20:15 - {{c}}: süper! "
             "kaç kişiyiz?\n{{d}} 20:15 - {{a2}}: 6. Ücret kişi başı 350 TL\n{{d}} 20:17 - {{c2}}: ben arabayla gelirim, "
             "adresin {{addr}} değil mi?\n{{d}} 20:18 - {{a3}}: evet. gelince ara: {{ph}}\n",
             d=d, a=(a.full, PER), ref=_ref(rng, "KO", 5), c=(c.full, PER), a2=(a.full, PER), c2=(c.full, PER),
             addr=(a.one, ADDR), a3=(a.full, PER), ph=(a.mobile, PHN))


def t_tr_vet_note(rng):
    p, vet = P(rng, "TR"), P(rng, "TR")
    return R("Gece Acil Veteriner - Çağrı Kaydı\nTarih: {{d}} {{hm}}\nHayvan sahibi: {{name}}\nTelefon: {{ph}}\nAdres: {{addr}}\n"
             "Hasta: {{pet}} (kedi, {{age}} yaş)\nŞikayet: {{sk}}\nÖneri: hemen kliniğe gelin (Kadıköy şubesi). Kayıt no "
             "{{ref}}\nNöbetçi hekim: Vet. Hek. {{vet}}\n",
             d=_when(rng, "TR", 5, 0), hm=_hm(rng), name=(p.full, PER), ph=(p.mobile if rng.random() < 0.6 else p.fixed(rng), PHN),
             addr=(p.one, ADDR), pet=rng.choice(["Pamuk", "Boncuk", "Tarçın", "Minnoş"]), age=str(rng.randrange(1, 15)),
             sk=rng.choice(["zambak yemiş", "nefes almakta zorlanıyor", "yüksekten düştü"]), ref=_ref(rng, "GA", 6),
             vet=(vet.full, PER))


def t_vi_livechat(rng):
    p, nv = P(rng, "VN"), P(rng, "VN")
    return R("Khách: chào shop, mình muốn in 20 cái cốc có logo công ty\n{{nv}} (In Ấn Sài Gòn): Dạ chào anh/chị, anh/chị "
             "cho em xin tên và số điện thoại ạ\nKhách: {{name}}, {{ph}}\n{{nv2}} (In Ấn Sài Gòn): Dạ địa chỉ giao hàng "
             "ạ?\nKhách: {{addr}}\n{{nv2}} (In Ấn Sài Gòn): Dạ em gửi báo giá mã {{ref}}, tổng {{amt}} đ ạ\n",
             nv=(nv.full, PER), name=(p.full, PER), ph=(p.mobile, PHN), nv2=(nv.first, PER), addr=(p.one, ADDR),
             ref=_ref(rng, "BG", 5), amt=f"{rng.randrange(1, 9)}.{rng.randrange(100, 999)}.000")


def t_vi_form(rng):
    p = P(rng, "VN")
    return R("PHIẾU ĐĂNG KÝ DỊCH VỤ CHĂM SÓC TẠI NHÀ\nHọ và tên: {{name}}\nNgày sinh: {{dob}}\nQuê quán: {{born}}\n"
             "Địa chỉ: {{addr}}\nĐiện thoại: {{ph}}\nEmail: {{em}}\nMã hồ sơ: {{ref}}\nNgày đăng ký: {{d}}\n",
             name=(p.full, PER), dob=(_df(_dob(rng, 1935, 1955), "VN", rng.choice([0, 1])), DOB),
             born=(rng.choice(["Nam Định", "Thái Bình", "Nghệ An", "Quảng Nam"]), LOC), addr=(p.one, ADDR),
             ph=(p.mobile, PHN), em=(p.email, EM), ref=_ref(rng, "CS", 6), d=_when(rng, "VN", 20, 0))


def t_tl_sms(rng):
    p = P(rng, "PH")
    return R("KinisWash: Hi {{first}}! Salamat sa pag-subscribe sa Unlimited Wash (P{{amt}}/buwan). Member ID {{mid}}.\n"
             "{{first2}}: hello po, pwede po ba magpa-home service? nasa {{addr}} po ako\nKinisWash: Opo, may home "
             "service kami tuwing Sabado. Tatawagan ka ng rider namin, ito ba ang number mo {{ph}}?\n{{first3}}: opo tama po\n",
             first=(p.first, PER), amt=str(rng.randrange(799, 1999)), mid=_ref(rng, "KW", 6), first2=(p.first, PER),
             addr=(p.one, ADDR), ph=(p.mobile, PHN), first3=(p.first, PER))


def t_tl_homecare(rng):
    p, cg = P(rng, "PH", "F"), P(rng, "PH")
    return R("Ulat ng Caregiver - {{d}}\nPasyente: {{lola}} (Lola), ipinanganak noong {{dob}}\nTirahan: {{addr}}\n"
             "Caregiver: {{cg}}\nMga ginawa: pinainom ng gamot 8AM, BP 130/85, naglakad sa garden 15 minuto. Ang anak "
             "niyang si {{anak}} ay uuwi galing {{from}} sa Disyembre. Contact: {{ph}}\n",
             d=_when(rng, "PH", 5, 0), lola=(p.full, PER), dob=(_df(_dob(rng, 1932, 1950), "PH", rng.choice([0, 1])), DOB),
             addr=(p.one, ADDR), cg=(cg.full, PER), anak=(P(rng, "PH").first, PER),
             **{"from": (rng.choice(["Dubai", "Riyadh", "Hong Kong", "Toronto"]), LOC)}, ph=(p.mobile, PHN))


def t_is_email(rng):
    p, st = P(rng, "IS"), P(rng, "IS")
    iban = _iban_x(rng, "IS")
    return R("Efni: Bókun - keilusalur og flóttaherbergi\n\nSæl/l {{first}},\n\ntakk fyrir bókunina (nr. {{ref}}) fyrir "
             "{{n}} manns þann {{d}}. Staðfestingargjald {{amt}} kr. greiðist inn á {{iban}}.\nVið sendum reikning á "
             "{{addr}}.\n\nKveðja,\n{{st}}\nKeiluhöllin Egilshöll\nSími {{bph}}\n",
             first=(p.first, PER), ref=_ref(rng, "KH", 5), n=str(rng.randrange(6, 25)), d=_when(rng, "IS", 0, 30),
             amt=f"{rng.randrange(5, 40)}.000", iban=(_spaced(iban), IBAN), addr=(p.one, ADDR), st=(st.full, PER),
             bph=(_phone(rng, "IS", False, prefix="5", style="nat"), PHN))


def t_af_whatsapp(rng):
    a, c = P(rng, "AF"), P(rng, "AF")
    d = _df(_recent(rng, 30), "AF", 0)
    return R("{{d}} 07:41 - {{a}}: Môre Tannie, die veearts se nagdiens sê ons moet Rakker dadelik inbring\n{{d}} 07:43 - "
             "{{c}}: Ai nee! Waar is die kliniek?\n{{d}} 07:44 - {{a2}}: Die een in Paarl by die Engen. Ek ry nou van "
             "my huis af, {{addr}}\n{{d}} 07:44 - {{c2}}: Bel my as jy daar is: {{ph}}\n",
             d=d, a=(a.first, PER), c=(c.full, PER), a2=(a.first, PER), addr=(a.one, ADDR), c2=(c.first, PER),
             ph=(c.mobile, PHN))


def t_af_form(rng):
    p = P(rng, "AF")
    return R("AANSOEK - TUISVERSORGING\nVan: {{last}}\nVoorname: {{first}}\nGeboortedatum: {{dob}}\nAdres: {{addr}}\n"
             "Selfoon: {{ph}}\nE-pos: {{em}}\nVerwysingsnommer: {{ref}}\nGeteken te Bloemfontein op {{d}}\n",
             last=(p.last, PER), first=(p.first, PER), dob=(_df(p.dob, "AF", rng.choice([0, 1])), DOB), addr=(p.one, ADDR),
             ph=(p.mobile, PHN), em=(p.email, EM), ref=_ref(rng, "TV", 6), d=_when(rng, "AF", 10, 0))


def t_de_nopii(rng):
    return R("Wartungshinweis {{d}}: Die Bahnen 1-8 der Bowlingbahn sind von 10:00 bis 14:00 gesperrt. Escape-Raum "
             "\"Einstein\" wieder verfügbar. Neue Preise ab Januar: {{amt}} € pro Bahn/Stunde. Kassensystem Version {{ver}}. "
             "Standort Leipzig-Mitte, Filiale Hamburg-Altona geschlossen.\n",
             d=_when(rng, "DE"), amt=f"{rng.randrange(18, 40)},{rng.randrange(100):02d}", ver=_version(rng))


TEMPLATES = [
    t_us_carwash_email, t_de_vet_note, t_gb_vet_callnote, t_fr_homecare, t_au_whatsapp, t_es_carwash_whatsapp,
    t_in_sms, t_it_bowling_email, t_ie_ticket, t_nl_sms, t_ca_crm_call, t_pt_vet_transcript, t_us_form_dump,
    t_pl_forward, t_nz_transcript, t_cat_cowork_email, t_za_livechat, t_ro_pod_ticket, t_us_jsonlog, t_tr_whatsapp,
    t_gb_access_log, t_vi_livechat, t_env_config, t_tl_sms, t_au_ocr_form, t_is_email, t_us_sheet_rows,
    t_af_whatsapp, t_gb_notifications, t_de_cowork_email, t_changelog, t_fr_escape_chat, t_ops_nopii, t_es_pod_ticket,
    t_in_forward, t_it_form, t_ie_teams, t_nl_ticket, t_ca_slack, t_pt_form_json, t_nz_visitnote, t_pl_crm,
    t_us_pod_confirm, t_cat_homecare_chat, t_gb_pod_ticket, t_ro_sms, t_za_kv_log, t_tr_vet_note,
    t_us_call_transcript, t_vi_form, t_au_onboarding, t_tl_homecare, t_gb_escape_email, t_af_form, t_us_vet_jsonl,
    t_de_nopii, t_ie_carwash_chat, t_nz_sms, t_za_email_quoted, t_ca_ci_log, t_gb_carwash_letter, t_us_cowork_bank,
]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        rng = random.Random(f"spur-{seed}-{i}")
        out.append(TEMPLATES[i % len(TEMPLATES)](rng))
    return out


# ----------------------------------------------------------------------------- structured tables


def _yn(rng):
    return rng.choice(["true", "false", "TRUE", "1", "0", "yes", "no"])


def _table(rng: random.Random, rows: int, cc: str, spec) -> list[Column]:
    """spec: (header, entity, fn(rng, person), blank_rate, placeholders)"""
    people = [P(rng, cc) for _ in range(rows)]
    cols = []
    for name, ent, fn, blank, ph in spec:
        vals: list[str | None] = []
        for p in people:
            x = rng.random()
            if x < blank:
                vals.append(None)
            elif ph and x < blank + 0.03:
                vals.append(rng.choice(ph))
            else:
                v = fn(rng, p)
                assert v and v == v.strip(), (name, v)
                vals.append(v)
        cols.append(Column(name, ent, vals))
    return cols


_PH3 = ("N/A", "-", "unknown")


def _tb_vet_ooh(rng, rows):
    return _table(rng, rows, "GB", [
        ("call_id", None, lambda r, p: _uuid(r), 0, None),
        ("received_at", None, lambda r, p: _ts(r).replace("T", " ").rstrip("Z"), 0, None),
        ("caller_name", PER, lambda r, p: p.full, 0.02, None),
        ("tel", PHN, lambda r, p: p.mobile, 0.05, _PH3),
        ("tel_alt", PHN, lambda r, p: p.fixed(r, "nat"), 0.55, None),
        ("home_address", ADDR, lambda r, p: p.one, 0.2, None),
        ("attr2", LOC, lambda r, p: p.town, 0.1, None),
        ("caller_email", EM, lambda r, p: p.email, 0.35, None),
        ("email_consent", None, lambda r, p: _yn(r), 0.1, None),
        ("phone_type", None, lambda r, p: r.choice(["mobile", "landline", "work"]), 0.05, None),
        ("pet_name", None, lambda r, p: r.choice(["Biscuit", "Luna", "Alfie", "Poppy", "Milo", "Bella", "Teddy", "Rosie", "Archie"]), 0, None),
        ("species", None, lambda r, p: r.choice(["dog", "cat", "rabbit", "guinea pig", "ferret"]), 0, None),
        ("triage", None, lambda r, p: r.choice(["RED", "AMBER", "GREEN"]), 0, None),
        ("branch", None, lambda r, p: r.choice(["Leeds", "York", "Bristol", "Sheffield", "Norwich"]), 0, None),
        ("estimate_gbp", None, lambda r, p: f"{r.randrange(80, 1200)}.{r.randrange(100):02d}", 0.3, None),
        ("deposit_card", None, lambda r, p: _masked_card(r), 0.4, None),
        ("microchip", None, lambda r, p: "9410000" + _digits(r, 8), 0.25, None),
        ("vet_on_call", PER, lambda r, p: _fl(P(r, "GB")), 0, None),
    ])


def _tb_vet_patients_de(rng, rows):
    return _table(rng, rows, "DE", [
        ("Patienten-ID", None, lambda r, p: _ref(r, "P", 6), 0, None),
        ("Tiername", None, lambda r, p: r.choice(["Bello", "Mausi", "Struppi", "Lotte", "Felix", "Emma", "Paul"]), 0, None),
        ("Tierart", None, lambda r, p: r.choice(["Hund", "Katze", "Kaninchen", "Meerschweinchen"]), 0, None),
        ("Geburtsdatum Tier", None, lambda r, p: _df(_recent(r, 5000), "DE", 0), 0.2, None),
        ("Besitzer Vorname", PER, lambda r, p: p.first, 0, None),
        ("Besitzer Nachname", PER, lambda r, p: p.last, 0, None),
        ("Straße", ADDR, lambda r, p: p.street, 0.1, None),
        ("Wohnort", LOC, lambda r, p: p.town, 0.1, None),
        ("Telefon", PHN, lambda r, p: p.mobile if r.random() < 0.5 else p.fixed(r), 0.05, ("-", "k.A.")),
        ("E-Mail", EM, lambda r, p: p.email, 0.3, None),
        ("IBAN", IBAN, lambda r, p: _spaced(_iban_x(r, "DE")) if r.random() < 0.5 else _iban_x(r, "DE"), 0.5, None),
        ("Mandatsreferenz", None, lambda r, p: _ref(r, "MR-", 8), 0.5, None),
        ("BIC", None, lambda r, p: r.choice(["COBADEFFXXX", "DEUTDEDBHAM", "GENODEF1S04", "BYLADEM1001"]), 0.5, None),
        ("Letzter Besuch", None, lambda r, p: _df(_recent(r, 700), "DE", 0), 0, None),
        ("Chip-Nr", None, lambda r, p: "276098" + _digits(r, 9), 0.3, None),
        ("Versicherung", None, lambda r, p: r.choice(["Uelzener", "Agila", "Petplan", "keine"]), 0.2, None),
        ("Betrag offen", None, lambda r, p: f"{r.randrange(0, 900)},{r.randrange(100):02d} €", 0, None),
        ("Praxis", None, lambda r, p: r.choice(["Tierklinik Dr. Müller", "Tierarztpraxis Anna Schmidt", "VetZentrum Nord"]), 0, None),
    ])


def _tb_carwash_us(rng, rows):
    return _table(rng, rows, "US", [
        ("memberId", None, lambda r, p: _ref(r, "M", 7), 0, None),
        ("firstName", PER, lambda r, p: p.first, 0, None),
        ("lastName", PER, lambda r, p: p.last, 0.02, None),
        ("emailAddress", EM, lambda r, p: p.email, 0.05, None),
        ("emailVerified", None, lambda r, p: _yn(r), 0, None),
        ("mobilePhone", PHN, lambda r, p: p.mobile, 0.1, _PH3),
        ("phoneType", None, lambda r, p: r.choice(["MOBILE", "HOME", "WORK"]), 0.1, None),
        ("billingAddr1", ADDR, lambda r, p: p.street, 0.15, None),
        ("city", LOC, lambda r, p: p.town, 0.15, None),
        ("planName", None, lambda r, p: r.choice(["Wash Club Gold", "Ceramic Unlimited", "Basic Express"]), 0, None),
        ("cardNumber", CC, lambda r, p: _card(r), 0.4, None),
        ("cardLast4", None, lambda r, p: _digits(r, 4), 0.1, None),
        ("cardExpiry", None, lambda r, p: _expiry(r), 0.1, None),
        ("achAccount", BANK, lambda r, p: _us_account(r), 0.6, None),
        ("achRouting", None, lambda r, p: _routing(r), 0.6, None),
        ("licensePlate", None, lambda r, p: _alnum(r, 3, _L) + _digits(r, 4), 0, None),
        ("rfidTag", None, lambda r, p: _hex(r, 12).upper(), 0.05, None),
        ("signupIp", IP, lambda r, p: _ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r), 0.2, None),
        ("lastWashAt", None, lambda r, p: _ts(r), 0.1, None),
        ("passwordChangedAt", None, lambda r, p: _ts(r), 0.3, None),
    ])


def _tb_carwash_nl(rng, rows):
    return _table(rng, rows, "NL", [
        ("bezoek_id", None, lambda r, p: _uuid(r), 0, None),
        ("tijdstip", None, lambda r, p: _df(_recent(r, 90), "NL", 0) + " " + _hm(r), 0, None),
        ("vestiging", None, lambda r, p: r.choice(["Utrecht Overvecht", "Amersfoort", "Zeist", "Nieuwegein"]), 0, None),
        ("wasprogramma", None, lambda r, p: r.choice(["Basis", "Glans", "Premium Wax", "Onderbodem"]), 0, None),
        ("kenteken", None, lambda r, p: f"{_alnum(r, 2, 'GHJKLNPRSTXZ')}-{_digits(r, 3)}-{_alnum(r, 1, 'BDFGHJ')}", 0, None),
        ("klant_naam", PER, lambda r, p: p.full, 0.2, None),
        ("klant_tel", PHN, lambda r, p: p.mobile, 0.3, ("onbekend", "-")),
        ("field_3", EM, lambda r, p: p.email, 0.4, None),
        ("woonplaats", LOC, lambda r, p: p.town, 0.25, None),
        ("iban_klant", IBAN, lambda r, p: _iban_x(r, "NL"), 0.5, None),
        ("bedrag", None, lambda r, p: f"€ {r.randrange(8, 35)},{r.randrange(100):02d}", 0, None),
        ("betaalwijze", None, lambda r, p: r.choice(["pin", "abonnement", "contant", "creditcard"]), 0, None),
        ("pin_laatste4", None, lambda r, p: _digits(r, 4), 0.4, None),
        ("kassa_ip", None, lambda r, p: _private_ip(r), 0, None),
        ("kassa_versie", None, lambda r, p: "v" + _version(r), 0, None),
        ("medewerker", PER, lambda r, p: P(r, "NL").first, 0.1, None),
        ("opmerking", None, lambda r, p: r.choice(["velgen extra", "geen", "klacht droger", "trekhaak"]), 0.6, None),
        ("tevredenheid", None, lambda r, p: str(r.randrange(1, 11)), 0.5, None),
    ])


def _tb_cowork_au(rng, rows):
    return _table(rng, rows, "AU", [
        ("MemberID", None, lambda r, p: _ref(r, "LR", 5), 0, None),
        ("FullName", PER, lambda r, p: p.full, 0, None),
        ("PreferredName", PER, lambda r, p: p.first, 0.4, None),
        ("Email", EM, lambda r, p: p.work_email(r, r.choice(["canva.com", "atlassian.com", "smithandsons.com.au", "gmail.com"])), 0, None),
        ("EmailVerified", None, lambda r, p: _yn(r), 0, None),
        ("Mobile", PHN, lambda r, p: p.mobile, 0.1, None),
        ("Company", None, lambda r, p: r.choice(["Smith & Sons Pty Ltd", "Ned Kelly Media", "Bluey Labs", "Freelance", "Harvey Norman"]), 0.2, None),
        ("Plan", None, lambda r, p: r.choice(["Hot Desk", "Dedicated Desk", "Private Office", "Virtual"]), 0, None),
        ("DeskNo", None, lambda r, p: f"D-{r.randrange(1, 90)}", 0.4, None),
        ("FobId", None, lambda r, p: _hex(r, 8).upper(), 0.1, None),
        ("PortalPassword", PW, lambda r, p: _password(r), 0.3, None),
        ("PasswordHash", None, lambda r, p: _bcrypt(r), 0, None),
        ("ApiToken", KEY, lambda r, p: _api_key(r, r.choice(["generic", "gh", "openai"])), 0.6, None),
        ("Home Suburb", LOC, lambda r, p: p.town, 0.2, None),
        ("DOB", DOB, lambda r, p: _df(p.dob, "AU", 0), 0.35, None),
        ("DobVerified", None, lambda r, p: _yn(r), 0.2, None),
        ("JoinedOn", None, lambda r, p: _df(_recent(r, 1500), "AU", 0), 0, None),
        ("LastLoginIp", IP, lambda r, p: _ip_public_v4(r), 0.15, None),
        ("WifiMac", None, lambda r, p: ":".join(_hex(r, 2) for _ in range(6)), 0.3, None),
        ("Site", None, lambda r, p: r.choice(["Fitzroy", "Collingwood", "Southbank"]), 0, None),
    ])


def _tb_rooms_cat(rng, rows):
    return _table(rng, rows, "CAT", [
        ("id_reserva", None, lambda r, p: _ref(r, "ECG", 5), 0, None),
        ("sala", None, lambda r, p: r.choice(["Mercè Rodoreda", "Gaudí", "Pau Casals", "Montserrat Roig", "Terrassa"]), 0, None),
        ("data_reserva", None, lambda r, p: _df(_recent(r, 60, 60), "CAT", 0), 0, None),
        ("hora_inici", None, lambda r, p: f"{r.randrange(8, 18):02d}:00", 0, None),
        ("hora_fi", None, lambda r, p: f"{r.randrange(10, 21):02d}:00", 0, None),
        ("nom", PER, lambda r, p: p.first, 0, None),
        ("cognoms", PER, lambda r, p: p.last, 0.05, None),
        ("correu", EM, lambda r, p: p.email, 0.1, None),
        ("telèfon", PHN, lambda r, p: p.mobile, 0.2, ("-", "no en té")),
        ("empresa", None, lambda r, p: r.choice(["Cal Pere SL", "Jordi & Associats", "Autònom", "Fundació Miró"]), 0.3, None),
        ("nif_empresa", None, lambda r, p: r.choice("ABG") + _digits(r, 8), 0.4, None),
        ("import", None, lambda r, p: f"{r.randrange(20, 200)},{r.randrange(100):02d} €", 0, None),
        ("estat", None, lambda r, p: r.choice(["confirmada", "cancel·lada", "pendent"]), 0, None),
        ("codi_porta", None, lambda r, p: _digits(r, 4), 0.2, None),
        ("adreça_facturació", ADDR, lambda r, p: p.one, 0.45, None),
        ("població", LOC, lambda r, p: p.town, 0.3, None),
        ("creat_per", None, lambda r, p: r.choice(["web", "admin", "app"]), 0, None),
        ("ip_origen", None, lambda r, p: _private_ip(r), 0, None),
        ("versio_app", None, lambda r, p: _version(r), 0, None),
    ])


def _tb_homecare_ie(rng, rows):
    return _table(rng, rows, "IE", [
        ("CLIENT_ID", None, lambda r, p: _ref(r, "HC", 6), 0, None),
        ("CLIENT_NAME", PER, lambda r, p: f"{p.last}, {p.first}", 0, None),
        ("DOB", DOB, lambda r, p: _df(_dob(r, 1926, 1956), "IE", r.choice([0, 0, 1])), 0.05, None),
        ("DOB_VERIFIED", None, lambda r, p: r.choice(["Y", "N"]), 0, None),
        ("ADDR1", ADDR, lambda r, p: p.street, 0, None),
        ("TOWN", LOC, lambda r, p: p.town, 0.05, None),
        ("HOME_TEL", PHN, lambda r, p: p.fixed(r, "nat"), 0.25, _PH3),
        ("NOK_NAME", PER, lambda r, p: P(r, "IE").full, 0.15, None),
        ("NOK_TEL", PHN, lambda r, p: _phone(r, "IE", True, prefix="8" + r.choice("35679")), 0.2, None),
        ("NOK_RELATION", None, lambda r, p: r.choice(["Daughter", "Son", "Niece", "Neighbour"]), 0.15, None),
        ("GP_PRACTICE", None, lambda r, p: r.choice(["Dr O'Brien's Surgery", "Ranelagh Medical", "St. Brigid's Clinic"]), 0.1, None),
        ("CARE_PLAN_REF", None, lambda r, p: _ref(r, "CP-", 5), 0, None),
        ("KEYSAFE_CODE", None, lambda r, p: _digits(r, 4), 0.3, None),
        ("MED_TIMES", None, lambda r, p: r.choice(["08:00/20:00", "09:00", "08:00/13:00/18:00"]), 0.2, None),
        ("ADDRESS_TYPE", None, lambda r, p: r.choice(["home", "sheltered", "family"]), 0, None),
        ("PET_NAME", None, lambda r, p: r.choice(["Bran", "Sooty", "Lucky", "Molly"]), 0.6, None),
        ("CARER_ASSIGNED", PER, lambda r, p: P(r, "IE", "F").first, 0.1, None),
        ("LAST_VISIT", None, lambda r, p: _df(_recent(r, 14), "IE", 0), 0, None),
        ("HOURS_PER_WEEK", None, lambda r, p: str(r.randrange(2, 30)), 0, None),
    ])


def _tb_visits_fr(rng, rows):
    return _table(rng, rows, "FR", [
        ("visite_id", None, lambda r, p: _ref(r, "V", 7), 0, None),
        ("date_visite", None, lambda r, p: _df(_recent(r, 30), "FR", 0), 0, None),
        ("heure_debut", None, lambda r, p: _hm(r), 0, None),
        ("heure_fin", None, lambda r, p: _hm(r), 0, None),
        ("bénéficiaire", PER, lambda r, p: p.full, 0, None),
        ("date_naiss", DOB, lambda r, p: _df(_dob(r, 1925, 1955), "FR", 0), 0.1, None),
        ("adresse", ADDR, lambda r, p: p.one, 0.05, None),
        ("ville", LOC, lambda r, p: p.town, 0.05, None),
        ("tel_portable", PHN, lambda r, p: p.mobile, 0.3, ("-", "inconnu")),
        ("auxiliaire", PER, lambda r, p: P(r, "FR").first + " " + P(r, "FR").last[0] + ".", 0, None),
        ("code_portail", None, lambda r, p: f"{r.choice('AB')}{_digits(r, 4)}", 0.4, None),
        ("duree_min", None, lambda r, p: str(r.choice([30, 45, 60, 90, 120])), 0, None),
        ("km_parcourus", None, lambda r, p: f"{r.uniform(1, 40):.1f}", 0.1, None),
        ("gps_arrivee", None, lambda r, p: f"{r.uniform(43, 50):.5f},{r.uniform(-1.5, 5):.5f}", 0.2, None),
        ("statut", None, lambda r, p: r.choice(["réalisée", "annulée", "reportée"]), 0, None),
        ("signature_sha256", None, lambda r, p: _hex(r, 64), 0.1, None),
        ("tarif_horaire", None, lambda r, p: f"{r.randrange(22, 30)},{r.randrange(100):02d} €", 0, None),
        ("imei_appareil", None, lambda r, p: _imei(r), 0, None),
    ])


def _tb_escape_ca(rng, rows):
    return _table(rng, rows, "CA", [
        ("booking.ref", None, lambda r, p: _ref(r, "HV", 6), 0, None),
        ("booking.date", None, lambda r, p: _df(_recent(r, 30, 60), "CA", 2), 0, None),
        ("room.name", None, lambda r, p: r.choice(["Houdini's Vault", "Sherlock's Study", "Agatha's Manor", "The Lab"]), 0, None),
        ("group.size", None, lambda r, p: str(r.randrange(2, 12)), 0, None),
        ("lead.first", PER, lambda r, p: p.first, 0, None),
        ("lead.last", PER, lambda r, p: p.last, 0.1, None),
        ("lead.email", EM, lambda r, p: p.email, 0.05, None),
        ("lead.phone", PHN, lambda r, p: p.mobile, 0.1, None),
        ("lead.dob", DOB, lambda r, p: _df(p.dob, "CA", r.choice([0, 1])), 0.5, None),
        ("lead.city", LOC, lambda r, p: p.town, 0.3, None),
        ("payment.card", CC, lambda r, p: _card(r), 0.45, None),
        ("payment.last4", None, lambda r, p: _digits(r, 4), 0.1, None),
        ("payment.amount", None, lambda r, p: f"{r.randrange(60, 480)}.00", 0, None),
        ("promo.code", None, lambda r, p: r.choice(["BDAY10", "TEAM15", "SPOOKY", "XMAS24"]), 0.6, None),
        ("waiver.signed", None, lambda r, p: _yn(r), 0, None),
        ("waiver.version", None, lambda r, p: _version(r), 0, None),
        ("staff.host", PER, lambda r, p: P(r, "CA").first, 0.1, None),
        ("notes", None, lambda r, p: r.choice(["birthday cake at 7", "one wheelchair user", "corporate", "return visit"]), 0.6, None),
        ("col_12", IP, lambda r, p: _ip_public_v4(r), 0.3, None),
    ])


def _tb_bowling_tr(rng, rows):
    return _table(rng, rows, "TR", [
        ("rezervasyon_no", None, lambda r, p: _ref(r, "BW", 6), 0, None),
        ("tarih", None, lambda r, p: _df(_recent(r, 30, 30), "TR", 0), 0, None),
        ("saat", None, lambda r, p: _hm(r), 0, None),
        ("pist_no", None, lambda r, p: str(r.randrange(1, 17)), 0, None),
        ("kisi_sayisi", None, lambda r, p: str(r.randrange(2, 9)), 0, None),
        ("ad", PER, lambda r, p: p.first, 0, None),
        ("soyad", PER, lambda r, p: p.last, 0.05, None),
        ("cep_tel", PHN, lambda r, p: p.mobile, 0.05, ("-", "yok")),
        ("e_posta", EM, lambda r, p: p.email, 0.3, None),
        ("sehir", LOC, lambda r, p: p.town, 0.2, None),
        ("dogum_tarihi", DOB, lambda r, p: _df(p.dob, "TR", r.choice([0, 1])), 0.5, None),
        ("iban", IBAN, lambda r, p: _spaced(_iban_x(r, "TR")), 0.55, None),
        ("tutar_tl", None, lambda r, p: f"{r.randrange(300, 3000)},00", 0, None),
        ("odeme_durumu", None, lambda r, p: r.choice(["ödendi", "bekliyor", "iade"]), 0, None),
        ("ayakkabi_numaralari", None, lambda r, p: ",".join(str(r.randrange(35, 46)) for _ in range(r.randrange(2, 5))), 0.2, None),
        ("indirim_kodu", None, lambda r, p: r.choice(["OGRENCI", "DOGUMGUNU", "KURUMSAL"]), 0.6, None),
        ("kasa_ip", None, lambda r, p: _private_ip(r), 0, None),
        ("sube", None, lambda r, p: r.choice(["Kadıköy", "Ataşehir", "Bornova", "Çankaya"]), 0, None),
        ("telefon_dogrulandi", None, lambda r, p: r.choice(["evet", "hayır"]), 0, None),
    ])


def _tb_pod_orders_gb(rng, rows):
    return _table(rng, rows, "GB", [
        ("order_id", None, lambda r, p: _ref(r, "FC", 7), 0, None),
        ("created_ts", None, lambda r, p: _ts(r), 0, None),
        ("customer", PER, lambda r, p: p.full, 0, None),
        ("email", EM, lambda r, p: p.email, 0, None),
        ("ship_addr", ADDR, lambda r, p: p.one, 0.02, None),
        ("tel", PHN, lambda r, p: p.mobile, 0.35, None),
        ("product_sku", None, lambda r, p: f"{r.choice(['TS', 'MG', 'HD'])}-{_alnum(r, 5, _L + string.digits)}", 0, None),
        ("name_of_product", None, lambda r, p: r.choice(["Frida Kahlo Portrait Tee", "Shakespeare Quote Mug",
                                                           "Marilyn Pop-Art Tote", "Plain White Mug 11oz"]), 0, None),
        ("qty", None, lambda r, p: str(r.randrange(1, 30)), 0, None),
        ("unit_price", None, lambda r, p: f"£{r.randrange(8, 35)}.{r.choice(['00', '50', '99'])}", 0, None),
        ("card_pan", CC, lambda r, p: _card(r), 0.5, None),
        ("card_exp", None, lambda r, p: _expiry(r), 0.5, None),
        ("avs_result", None, lambda r, p: r.choice(["Y", "N", "A", "Z"]), 0.1, None),
        ("tracking_no", None, lambda r, p: "JD" + _digits(r, 16), 0.3, None),
        ("client_ip", IP, lambda r, p: _ip_public_v6(r) if r.random() < 0.3 else _ip_public_v4(r), 0.05, None),
        ("pwd", PW, lambda r, p: _password(r), 0.7, None),
        ("storefront_key", None, lambda r, p: _pk(r), 0, None),
        ("design_sha256", None, lambda r, p: _hex(r, 64), 0.1, None),
        ("gift_message", None, lambda r, p: r.choice(["Happy birthday!", "Congrats on the new job", "Merry Xmas x"]), 0.6, None),
        ("fulfilment_site", None, lambda r, p: r.choice(["Leicester", "Bristol", "Glasgow"]), 0, None),
    ])


def _tb_pod_customers_ro(rng, rows):
    return _table(rng, rows, "RO", [
        ("id_client", None, lambda r, p: _ref(r, "C", 6), 0, None),
        ("nume", PER, lambda r, p: p.last, 0, None),
        ("prenume", PER, lambda r, p: p.first, 0, None),
        ("email", EM, lambda r, p: p.email, 0.05, None),
        ("telefon", PHN, lambda r, p: p.mobile, 0.1, ("-", "nu are")),
        ("telefon_verificat", None, lambda r, p: r.choice(["da", "nu"]), 0, None),
        ("adresa", ADDR, lambda r, p: p.street + ", " + p.loc[0], 0.1, None),
        ("tip_adresa", None, lambda r, p: r.choice(["livrare", "facturare", "sediu"]), 0, None),
        ("localitate", LOC, lambda r, p: p.town, 0.1, None),
        ("judet", None, lambda r, p: r.choice(["CJ", "IS", "TM", "BV", "CT", "B"]), 0.1, None),
        ("data_nasterii", DOB, lambda r, p: _df(p.dob, "RO", r.choice([0, 0, 1])), 0.6, None),
        ("iban", IBAN, lambda r, p: _iban_x(r, "RO"), 0.5, None),
        ("parola", PW, lambda r, p: _password(r), 0.5, None),
        ("parola_hash", None, lambda r, p: _argon(r), 0, None),
        ("id_sesiune", None, lambda r, p: _hex(r, 32), 0.2, None),
        ("data_inregistrare", None, lambda r, p: _df(_recent(r, 1200), "RO", 0), 0, None),
        ("newsletter", None, lambda r, p: _yn(r), 0, None),
        ("nr_comenzi", None, lambda r, p: str(r.randrange(1, 40)), 0, None),
        ("valoare_totala", None, lambda r, p: f"{r.randrange(50, 5000)},{r.randrange(100):02d} lei", 0, None),
        ("cupon", None, lambda r, p: r.choice(["BF2026", "TRICOU10", "CANA5"]), 0.6, None),
    ])


_TABLES = [
    ("vet_ooh_calls", _tb_vet_ooh), ("tierarzt_patienten", _tb_vet_patients_de), ("carwash_members", _tb_carwash_us),
    ("wasstraat_bezoeken", _tb_carwash_nl), ("cowork_members", _tb_cowork_au), ("reserves_sales", _tb_rooms_cat),
    ("homecare_clients", _tb_homecare_ie), ("visites_domicile", _tb_visits_fr), ("escape_group_bookings", _tb_escape_ca),
    ("bowling_rezervasyonlar", _tb_bowling_tr), ("pod_orders", _tb_pod_orders_gb), ("clienti_tricouri", _tb_pod_customers_ro),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in _TABLES:
        rng = random.Random(f"spur-{seed}-{name}")
        out[name] = fn(rng, rows)
    return out
