"""Accuracy split "moor" — labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "moor", 2026-11-27 (fixed "today" used for every date; no clock reads).

Independence: written from the task prompt alone (the prompt text, which restates the exact definitions
imported from bench/accuracy_data.py), an `ls bench/`, and local outputs of Faker (locale list, sample names)
and phonenumbers (example numbers, validation).  Nothing else in the repository was opened: not
accuracy_data.py, not the scanner's rules or code, not tests, docs, results or any other split.  The scanner
(and Presidio) was never read or run.

API: ``free_text(n, seed) -> list[Text]`` (text i renders ``TEMPLATES[i % len(TEMPLATES)]``; the benchmark
calls ``free_text(500, 7)``), ``structured(rows, seed) -> dict[str, list[Column]]`` (benchmark:
``structured(150, 11)``), ``TEMPLATES``.  Deterministic: every draw comes from ``random.Random`` seeded by
strings ("moor-<seed>-..."), each Faker is re-seeded from that rng before use, no sets are iterated, no
clock is read.  ``python bench/accuracy_split_moor.py`` runs the self-check (validity of every labelled value,
timings, sha256 digest).

Domains: ski school and lift-pass office; council waste and recycling collection; sign- and spoken-language
interpreting agency; farm-shop vegetable-box subscription; hearing-aid / audiology clinic; kayak and boat
rental on lakes and coasts.  Templates also cover generic CRM/support traffic of those businesses.

Languages (57 templates): English 32 (56%) — US 9, GB 6, AU 3, IE 2, CA 2, IN 2, SG 2, KE 2, NZ 1, ZA 1,
PH 1, NG 1 (counting the three no-PII texts and the .env snippet under their country/US); other languages
25 (44%) in 17 languages — German 3 (AT 1, DE 2), French 2, Spanish 1, Catalan 2, Dutch 2, Portuguese 2
(PT 1, BR 1), Italian 1, Polish 1, Swedish 1, Icelandic 1, Afrikaans 1, Tagalog 2, Malay 1, Slovenian 1,
Turkish 2, Romanian 1, Welsh 1.  Under-used languages from the prompt's list: Catalan, Icelandic,
Afrikaans, Tagalog, Malay, Slovenian, Turkish, Romanian, Welsh.

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / live-chat
exports, SMS threads (incl. an M-PESA style SMS), tickets with internal notes, CRM and call notes, lower-case
speech-to-text transcripts and voicemail, form dumps (key: value, URL-encoded key=value, logfmt, JSON lines),
nginx access log, app logs, a .env config, an OCR'd form (with OCR digit/letter swaps), TSV rows pasted from
a spreadsheet, notification subjects, and three texts with no PII (release notes, depot route notice,
stand-up notes).

Value rules: names from Faker per locale (en_US, en_GB, en_CA, en_AU, en_IN, en_IE, en_NZ, en_NG, en_KE,
de_AT, de_DE, fr_FR, es_ES, nl_NL, pt_PT, pt_BR, it_IT, pl_PL, sv_SE, is_IS (+ generated patronymics),
sl_SI, tr_TR, ro_RO) or from hand lists (ZA, SG, PH/Tagalog, Catalan, Malay bin/binti, Afrikaans, Welsh).
Towns, streets, postcode patterns and address order are per country (hand-written tables in ``C``);
phones are random numbers of the text's country accepted by ``phonenumbers.is_valid_number`` with the
right region and type (mobile / fixed), written national, international, E.164, 00-prefixed or digits-only;
DOBs use the country's numeric format or month names in the text's language.  Cards: Luhn-valid
(``_luhn``) Visa/MC/Amex/Discover, plain or grouped.  IBANs: ``_iban_of`` (spaced or not).  SSNs: area
001-899 except 666, group 01-99, serial 0001-9999.  US bank numbers: 8-12 digits, always next to an
ABA-valid routing number that is not labelled.  IPs: ``_ip_public_v4/_v6``.  Passwords: word+digits+symbol,
random strings, leetspeak, passphrases.  API keys: sk_live_, ghp_, xoxb-, AIza, SG., glpat-, sk-proj-,
40-char AWS-style secrets.

Label conventions applied: PERSON as written (full, first only, surname only, upper/lower case, "Last,
First" split into two spans in forms, "First L." as one span with the period); titles (Frau, Sra., dhr.,
Hanım) outside; chat speakers labelled; shop/company/school/venue/street names containing person names not
labelled; pets never.  STREET_ADDRESS: street + postcode + town as one span, multi-line block as one span,
'>'-quoted lines one span each, signature business addresses labelled, bare street lines (waste table)
labelled.  LOCATION: only towns where a person lives/comes from/moves/travels to or was born; depot,
branch, clinic, launch-site and office towns are not labelled.  DATE_OF_BIRTH only for birth dates.
PASSWORD / API_KEY: plaintext secrets only.  EMAIL_ADDRESS: all, role addresses included.  PHONE_NUMBER:
every valid number, business lines included.  Spans never include quotes, brackets (phone "(02)" area-code
parentheses belong to the number) or trailing punctuation; overlaps and span text are asserted in
``_B.build``.

Look-alikes (never labelled): masked cards / last-4 / expiry / CVV, private / loopback / CGNAT IPs, version
strings, bcrypt / argon2 / sha256 hashes, UUIDs, order / ticket / booking / claim / invoice / mandate /
tracking numbers, OTPs, door and gate codes, hearing-aid serials, lift-pass numbers, routing numbers,
SWIFT/BIC, GPS coordinates, amounts, timestamps and non-birth dates, publishable keys (pk_live_), Twilio
account SIDs, Mapbox-style public tokens, session ids, Sentry release ids, company/product names containing person names, pet
names, depot/branch towns, the spoken "last four of your social".

Tables (structured(150, 11); PII / look-alike column counts):
  ski_school_kursanmeldungen  de_AT, German headers (Vorname, Tel, Geburtsdatum_geprüft)    6 / 12
  lift_pass_prodaja           sl_SI, Slovenian dotted + opaque (kupec.ime, col_7)           5 / 12
  waste_collection_requests   en_GB, snake_case + abbrev. (addr1, tel), bare street lines    5 / 14
  recollida_incidencies       Catalan headers (nom_veí, adreça, correu)                      4 / 13
  interpreter_roster          en_US, camelCase (ssn, bankAccount, routingNumber)             8 / 12
  archebion_cyfieithu         Welsh headers (enw_cyntaf, cyfenw, ffôn, tref)                 5 / 10
  groentepakket_abonnees      nl_NL, Dutch headers (IBAN, geboortedatum, hond_naam)          7 / 12
  vegbox_card_payments        en_IE, PascalCase (CardNumber, CardLast4, BillingIp)           4 / 14
  heyrnarstod_sjuklingar      is_IS, Icelandic + opaque (nafn, field_3 = DOB, búseta)        6 / 10
  HEARING_AID_FITTINGS        en_AU, UPPER_SNAKE (PORTAL_PWD plaintext, PWD_HASH)            5 / 13
  Kayak Rentals               en_NZ, spaced Title Case ("Hirer Name", "Name of Product")     7 / 12
  kiralama_api_log            tr_TR, dotted + opaque (req.ip, api_key, müşteri.ad, attr2)    5 / 11
  total: 12 tables, 212 columns, 67 PII, 145 look-alike.  Blanks 0-60% per column; N/A / - / unknown
  placeholders (5%) in some PII columns.

Known limits: hand-written town/street lists are small (5-8 towns per country), so values repeat across
500 texts; US/CA area codes are not matched to the town; GPS look-alikes are random points, not local; the
Turkish rental company's IBAN is German (TR IBANs are not supported by ``_iban_of``); Faker's tr_TR first
names are sometimes unusual; no right-to-left or non-Latin scripts.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import ipaddress
import random
import string
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

TODAY = _dt.date(2026, 11, 27)

# --------------------------------------------------------------------------------------------
# text builder with exact offsets


class _B:
    """Accumulates literal parts and labelled values; offsets are computed while appending."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.expect: list[str] = []
        self.pos = 0

    def __call__(self, s: str, label: str | None = None) -> "_B":
        if label is not None:
            assert label in LABELS, label
            assert s and s == s.strip(), repr(s)
            self.spans.append((self.pos, self.pos + len(s), label))
            self.expect.append(s)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def build(self) -> Text:
        text = "".join(self.parts)
        last_end = -1
        for (s, e, lab), want in zip(self.spans, self.expect):
            assert text[s:e] == want, (text[s:e], want)
            assert s >= last_end, "overlap"
            assert lab == "PHONE_NUMBER" or text[s] not in "\"'([{<>,.;:", (lab, want)
            assert text[e - 1] not in "\"')]}>,;:" and (text[e - 1] != "." or lab == "PERSON"), (lab, want)
            last_end = e
        return Text(text=text, spans=list(self.spans))


# --------------------------------------------------------------------------------------------
# value generators

_FAKERS: dict[str, Faker] = {}


def _fk(loc: str, rng: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(rng.randrange(2**31))
    return f


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-. "))


def phone(rng: random.Random, region: str, style: str = "nat", kind: str = "m") -> str:
    """A valid number of `region` (checked with phonenumbers), in a local writing style."""
    t = _PNT.MOBILE if kind == "m" else _PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    e164 = phonenumbers.format_number(ex, _PNF.E164)
    keep = len(str(ex.country_code)) + 1 + (0 if ex.country_code == 1 else 1)
    ok_types = (t, _PNT.FIXED_LINE_OR_MOBILE)
    for i in range(2000):
        k = len(e164) - keep if i < 1500 else 6
        cand = e164[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
        num = phonenumbers.parse(cand, None)
        if (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                and phonenumbers.number_type(num) in ok_types):
            break
    else:  # pragma: no cover
        raise AssertionError(region)
    if style == "nat":
        s = phonenumbers.format_number(num, _PNF.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _PNF.E164)
    elif style == "plain":
        s = "".join(c for c in phonenumbers.format_number(num, _PNF.NATIONAL) if c.isdigit())
    elif style == "dash":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL).replace(" ", "-").replace("--", "-")
    elif style == "zero":  # 00 international prefix
        s = "00" + phonenumbers.format_number(num, _PNF.INTERNATIONAL)[1:]
    else:
        raise ValueError(style)
    chk = phonenumbers.parse(s if not s.startswith("00") else "+" + s[2:], region)
    assert phonenumbers.is_valid_number(chk), (region, s)
    return s


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def routing(rng: random.Random) -> str:
    while True:
        d = [rng.choice("0123") if i == 0 else rng.choice(string.digits) for i in range(8)]
        s = sum(int(x) * w for x, w in zip(d, (3, 7, 1, 3, 7, 1, 3, 7)))
        c = (10 - s % 10) % 10
        r = "".join(d) + str(c)
        if r[:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"):
            return r


def us_account(rng: random.Random) -> str:
    n = rng.choice((8, 9, 10, 10, 11, 12))
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def card(rng: random.Random, style: str = "plain") -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if brand == "visa":
        n = _luhn(rng, "4", 16)
    elif brand == "mc":
        n = _luhn(rng, rng.choice(("51", "53", "55", "2221", "2720")), 16)
    elif brand == "amex":
        n = _luhn(rng, rng.choice(("34", "37")), 15)
    else:
        n = _luhn(rng, "6011", 16)
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    s = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def ip4(rng: random.Random) -> str:
    s = _ip_public_v4(rng)
    assert ipaddress.ip_address(s).is_global
    return s


def ip6(rng: random.Random) -> str:
    return _ip_public_v6(rng)


def priv_ip(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return rng.choice(("127.0.0.1", "fd12:3456:789a::1", f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"))


_ALNUM = string.ascii_letters + string.digits


def _rs(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng: random.Random) -> str:
    k = rng.randrange(8)
    if k == 0:
        return "sk_live_" + _rs(rng, 24)
    if k == 1:
        return "ghp_" + _rs(rng, 36)
    if k == 2:
        return "xoxb-" + "".join(rng.choice(string.digits) for _ in range(12)) + "-" + "".join(rng.choice(string.digits) for _ in range(13)) + "-" + _rs(rng, 24)
    if k == 3:
        return "AIza" + _rs(rng, 35, _ALNUM + "-_")
    if k == 4:
        return "SG." + _rs(rng, 22, _ALNUM + "-_") + "." + _rs(rng, 43, _ALNUM + "-_")
    if k == 5:
        return "glpat-" + _rs(rng, 20, _ALNUM + "-_")
    if k == 6:
        return "sk-proj-" + _rs(rng, 40, _ALNUM + "-_")
    return _rs(rng, 40, _ALNUM + "/+")  # AWS-style secret access key


def pk_key(rng: random.Random, k: int | None = None) -> str:  # publishable / non-secret identifiers (look-alikes)
    k = rng.randrange(3) if k is None else k
    if k == 0:
        return "pk_live_" + _rs(rng, 24)
    if k == 1:
        return "AC" + _rs(rng, 32, "0123456789abcdef")
    return "pk." + _rs(rng, 60, _ALNUM)  # public map token


_PW_WORDS = ("summer", "Kayak", "bluebird", "Paddle", "sunshine", "Tiger", "winter", "Monkey", "dragon", "Lemon",
             "football", "Rosie", "Gizmo", "matariki", "Sneeuw", "Schnee", "Bicho", "Mariposa", "kalabaw", "Hestur")


def password(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(_PW_WORDS) + str(rng.randint(1, 2026)) + rng.choice("!?#$*")
    if k == 1:
        return _rs(rng, rng.randint(10, 16), _ALNUM + "!#%&*+-=?@^_")
    if k == 2:
        w = rng.choice(_PW_WORDS)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(10, 99))
    return "-".join(rng.choice(("correct", "horse", "battery", "staple", "oak", "fjord", "lemon", "tide")) for _ in range(3)) + str(rng.randint(1, 9))


def bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _rs(rng, 53, string.ascii_letters + string.digits + "./")


def argon(rng: random.Random) -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, 22, _ALNUM + "+/") + "$" + _rs(rng, 43, _ALNUM + "+/")


def sha(rng: random.Random) -> str:
    return hashlib.sha256(rng.getrandbits(64).to_bytes(8, "big")).hexdigest()


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(("35", "86", "01")), 15)


def masked(rng: random.Random) -> str:
    l4 = "".join(rng.choice(string.digits) for _ in range(4))
    return rng.choice((f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending {l4}", f"************{l4}"))


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def version(rng: random.Random) -> str:
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + digits(rng, n)


def swift(rng: random.Random) -> str:
    return rng.choice(("DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "BOFIIE2D", "NWBKGB2L", "CHASUS33", "ABSAZAJJ", "BNPAFRPP", "CAIXESBB", "BCOMPTPL"))


def gps(rng: random.Random) -> str:
    return f"{rng.uniform(-45, 65):.5f}, {rng.uniform(-120, 150):.5f}"


def amount(rng: random.Random, cur: str = "€") -> str:
    v = f"{rng.randint(3, 900)}.{rng.randint(0, 99):02d}"
    return f"{cur}{v}" if cur in "$£€" else f"{v} {cur}"


def ts(rng: random.Random) -> str:
    d = TODAY - _dt.timedelta(days=rng.randint(0, 40))
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def some_date(rng: random.Random, back: int = 200, fwd: int = 60) -> _dt.date:
    return TODAY + _dt.timedelta(days=rng.randint(-back, fwd))


def birth(rng: random.Random, lo: int = 1938, hi: int = 2008) -> _dt.date:
    return _dt.date(lo, 1, 1) + _dt.timedelta(days=rng.randint(0, (_dt.date(hi, 12, 31) - _dt.date(lo, 1, 1)).days))


# --------------------------------------------------------------------------------------------
# countries: names, towns with matching postcodes, street formats, phone region, date formats
# postcode patterns: '#' digit, '?' letter

_MON = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
}


class _C:
    def __init__(self, code, region, lang, loc, streets, towns, sfmt, afmt, dfmt, domains, first=None, last=None, unit=None):
        self.code, self.region, self.lang, self.loc = code, region, lang, loc
        self.streets, self.towns, self.sfmt, self.afmt, self.dfmt = streets, towns, sfmt, afmt, dfmt
        self.domains, self.first_l, self.last_l, self.unit = domains, first, last, unit


_GEN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me")
C: dict[str, _C] = {}


def _c(*a, **k):
    c = _C(*a, **k)
    C[c.code] = c


_c("US", "US", "en", "en_US", ["Maple Ave", "Oak Street", "W 5th St", "Lincoln Blvd", "Cedar Ln", "Pine Ridge Rd", "Elm Dr", "Lakeview Terrace"],
   [("Columbus", "OH", "432##"), ("Denver", "CO", "802##"), ("Tucson", "AZ", "857##"), ("Raleigh", "NC", "276##"), ("Spokane", "WA", "992##"),
    ("Madison", "WI", "537##"), ("Albany", "NY", "122##"), ("Boise", "ID", "837##")],
   "{n} {s}", "{street}{unit}, {t}, {r} {pc}", "%m/%d/%Y", _GEN + ("comcast.net", "att.net"), unit=[", Apt {u}", " #{u}", ", Unit {u}"])
_c("GB", "GB", "en", "en_GB", ["Station Road", "Church Lane", "Victoria Street", "Park Avenue", "Mill Close", "Kingsway", "Orchard Way", "Queens Drive"],
   [("Leeds", "", "LS# #??"), ("Bristol", "", "BS# #??"), ("Norwich", "", "NR# #??"), ("York", "", "YO## #??"), ("Exeter", "", "EX# #??"),
    ("Derby", "", "DE## #??"), ("Carlisle", "", "CA# #??"), ("Sheffield", "", "S## #??")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%d/%m/%Y", _GEN + ("btinternet.com", "sky.com", "yahoo.co.uk"), unit=["Flat {u}, "])
_c("CA", "CA", "en", "en_CA", ["Bank St", "Maple Crescent", "Robson Street", "Portage Ave", "Spring Garden Rd", "King St W"],
   [("Ottawa", "ON", "K1? #?#"), ("Halifax", "NS", "B3? #?#"), ("Calgary", "AB", "T2? #?#"), ("Winnipeg", "MB", "R3? #?#"), ("Victoria", "BC", "V8? #?#")],
   "{n} {s}", "{unit}{street}, {t}, {r} {pc}", "%Y-%m-%d", _GEN + ("rogers.com", "shaw.ca", "sympatico.ca"), unit=["{u}-"])
_c("AU", "AU", "en", "en_AU", ["Wattle St", "Beach Road", "Banksia Crescent", "Bridge Rd", "Lygon Street", "Kookaburra Ct"],
   [("Geelong", "VIC", "3220"), ("Brisbane", "QLD", "4000"), ("Hobart", "TAS", "7000"), ("Newcastle", "NSW", "2300"), ("Fremantle", "WA", "6160"), ("Ballarat", "VIC", "3350")],
   "{n} {s}", "{unit}{street}, {t} {r} {pc}", "%d/%m/%Y", _GEN + ("bigpond.com", "optusnet.com.au"), unit=["Unit {u}/", "{u}/"])
_c("IN", "IN", "en", "en_IN", ["MG Road", "Linking Road", "Nehru Nagar", "Residency Road", "FC Road", "Anna Salai"],
   [("Pune", "", "4110##"), ("Bengaluru", "", "5600##"), ("Chennai", "", "6000##"), ("Jaipur", "", "3020##"), ("Kochi", "", "6820##"), ("Lucknow", "", "2260##")],
   "{n}, {s}", "{unit}{street}, {t} {pc}", "%d-%m-%Y", _GEN + ("rediffmail.com", "yahoo.co.in"), unit=["Flat {u}, Sai Residency, ", "B-{u}, Green Park Apts, "])
_c("IE", "IE", "en", "en_IE", ["Main Street", "Church Road", "Patrick Street", "Sea Road", "Oakpark Avenue", "Shop Street"],
   [("Cork", "", "T12 ?#?#"), ("Galway", "", "H91 ?#?#"), ("Limerick", "", "V94 ?#?#"), ("Sligo", "", "F91 ?#?#"), ("Dundalk", "", "A91 ?#?#"), ("Killarney", "", "V93 ?#?#")],
   "{n} {s}", "{unit}{street}, {t}, {pc}", "%d/%m/%Y", _GEN + ("eircom.net",), unit=["Apt {u}, "])
_c("ZA", "ZA", "en", None, ["Long Street", "Kloof Road", "Jan Smuts Avenue", "Oxford Road", "Main Road", "Beach Road"],
   [("Durban", "", "4001"), ("Cape Town", "", "8001"), ("Gqeberha", "", "6001"), ("Pietermaritzburg", "", "3201"), ("East London", "", "5201"), ("Johannesburg", "", "2196")],
   "{n} {s}", "{unit}{street}, {t}, {pc}", "%Y/%m/%d", _GEN + ("mweb.co.za", "webmail.co.za"),
   first=["Thabo", "Nomvula", "Sipho", "Lerato", "Ayanda", "Craig", "Nadia", "Kagiso", "Zanele", "Riaan", "Candice", "Mpho"],
   last=["Nkosi", "Dlamini", "Mokoena", "Naidoo", "Pillay", "Smith", "Khumalo", "van Wyk", "Mahlangu", "Botha", "Govender", "Mthembu"], unit=["{u} Sea Breeze, "])
_c("NZ", "NZ", "en", "en_NZ", ["Kowhai Road", "Queen Street", "Rimu Street", "Marine Parade", "Totara Drive", "Harbour View Rd"],
   [("Tauranga", "", "3110"), ("Dunedin", "", "9016"), ("Hamilton", "", "3204"), ("Nelson", "", "7010"), ("Napier", "", "4110"), ("Whanganui", "", "4500")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%d/%m/%Y", _GEN + ("xtra.co.nz",), unit=["{u}/"])
_c("SG", "SG", "en", None, ["Tampines Street 42", "Jurong West Street 61", "Ang Mo Kio Avenue 3", "Bedok North Road", "Toa Payoh Lorong 1"],
   [("Singapore", "", "5#####")], "Blk {n} {s}", "{street}, {unit}{t} {pc}", "%d/%m/%Y", _GEN + ("singnet.com.sg",),
   first=["Wei Ming", "Hui Min", "Jun Jie", "Siti", "Arjun", "Mei Xin", "Kai Wen", "Nur Aisyah", "Rajesh", "Xin Yi"],
   last=["Tan", "Lim", "Ng", "Lee", "Goh", "Koh", "Rahman", "Pillai", "Chua", "Ong"], unit=["#{u:02d}-{u}37, "])
_c("PH", "PH", "en", None, ["Mabini St.", "Rizal Avenue", "Sampaguita St.", "Katipunan Ave.", "Osmeña Blvd.", "Luna St."],
   [("Quezon City", "", "11##"), ("Cebu City", "", "6000"), ("Davao City", "", "8000"), ("Iloilo City", "", "5000"), ("Makati", "", "12##"), ("Baguio", "", "2600")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%m/%d/%Y", _GEN + ("yahoo.com.ph",),
   first=["Maria Cristina", "Jose", "Mark Anthony", "Rowena", "Jerome", "Princess", "Arnel", "Lorna", "Ricardo", "Jasmine", "Kristine", "Jun"],
   last=["dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo", "Manalo", "Pascual"],
   unit=["Unit {u}, ", "Brgy. San Roque, "])
_c("NG", "NG", "en", "en_NG", ["Adeola Odeku Street", "Allen Avenue", "Aminu Kano Crescent", "Ogui Road", "Awolowo Road"],
   [("Lagos", "", "1012##"), ("Abuja", "", "9001##"), ("Ibadan", "", "2002##"), ("Enugu", "", "4001##"), ("Port Harcourt", "", "5001##")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%d/%m/%Y", _GEN + ("yahoo.co.uk",), unit=["Flat {u}, "])
_c("KE", "KE", "en", "en_KE", ["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Kimathi Street"],
   [("Nairobi", "", "00100"), ("Mombasa", "", "80100"), ("Kisumu", "", "40100"), ("Nakuru", "", "20100"), ("Eldoret", "", "30100")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%d/%m/%Y", _GEN, unit=["Apt {u}, "])
# ---- other languages
_c("DE", "DE", "de", "de_DE", ["Lindenweg", "Hauptstraße", "Goethestraße", "Am Mühlbach", "Bahnhofstraße", "Gartenstraße"],
   [("Freiburg", "", "791##"), ("Leipzig", "", "041##"), ("Bremen", "", "283##"), ("Kassel", "", "341##"), ("Augsburg", "", "861##"), ("Münster", "", "481##")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"), unit=[", {u}. OG", ""])
_c("AT", "AT", "de", "de_AT", ["Anichstraße", "Mariahilfer Straße", "Herrengasse", "Kirchgasse", "Dorfstraße", "Sonnwendgasse"],
   [("Innsbruck", "", "6020"), ("Graz", "", "8010"), ("Salzburg", "", "5020"), ("Linz", "", "4020"), ("Villach", "", "9500"), ("Schladming", "", "8970")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("gmx.at", "aon.at", "chello.at", "gmail.com"), unit=["/{u}", "/Top {u}", ""])
_c("FR", "FR", "fr", "fr_FR", ["rue des Lilas", "avenue Jean Jaurès", "boulevard Gambetta", "rue de la République", "chemin des Vignes", "place du Marché"],
   [("Nantes", "", "44000"), ("Rennes", "", "35000"), ("Grenoble", "", "38000"), ("Annecy", "", "74000"), ("Toulouse", "", "31000"), ("Lille", "", "59000")],
   "{n} {s}", "{unit}{street}, {pc} {t}", "%d/%m/%Y", ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"), unit=["Bât. B, ", "Apt {u}, "])
_c("ES", "ES", "es", "es_ES", ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de la Castellana", "Calle Real"],
   [("Zaragoza", "", "500##"), ("Valencia", "", "460##"), ("Sevilla", "", "410##"), ("Oviedo", "", "330##"), ("Málaga", "", "290##")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d/%m/%Y", ("hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"), unit=[", 3º B", ", 1º izq.", ""])
_c("CAT", "ES", "ca", None, ["Carrer Major", "Carrer de la Riera", "Rambla Nova", "Carrer del Forn", "Passeig del Firal", "Carrer de Santa Anna"],
   [("Girona", "", "170##"), ("Lleida", "", "250##"), ("Tarragona", "", "430##"), ("Vic", "", "08500"), ("Manresa", "", "08240"), ("Olot", "", "17800")],
   "{s}, {n}", "{street}{unit}, {pc} {t}", "%d/%m/%Y", ("gmail.com", "hotmail.com", "xtec.cat", "yahoo.es"),
   first=["Jordi", "Núria", "Montserrat", "Pau", "Laia", "Oriol", "Mireia", "Arnau", "Marta", "Xavier", "Roser", "Martí"],
   last=["Puig", "Vila", "Soler", "Ferrer", "Roca", "Serra", "Casals", "Pujol", "Riera", "Font", "Vidal", "Bosch"], unit=[", 2n 1a", ", baixos", ""])
_c("NL", "NL", "nl", "nl_NL", ["Kerkstraat", "Molenweg", "Prinsengracht", "Dorpsstraat", "Stationsplein", "Lindelaan"],
   [("Utrecht", "", "35## ??"), ("Groningen", "", "97## ??"), ("Zwolle", "", "80## ??"), ("Haarlem", "", "20## ??"), ("Leiden", "", "23## ??"), ("Deventer", "", "74## ??")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d-%m-%Y", ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"), unit=["-A", " bis", ""])
_c("PT", "PT", "pt", "pt_PT", ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Sol", "Travessa da Fonte", "Rua Direita"],
   [("Porto", "", "4000-###"), ("Braga", "", "4700-###"), ("Coimbra", "", "3000-###"), ("Aveiro", "", "3800-###"), ("Faro", "", "8000-###")],
   "{s}, {n}", "{street}{unit}, {pc} {t}", "%d/%m/%Y", ("sapo.pt", "gmail.com", "hotmail.com", "iol.pt"), unit=[", 2.º Esq.", ", r/c Dto.", ""])
_c("BR", "BR", "pt", "pt_BR", ["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua da Aurora", "Avenida Beira-Mar"],
   [("Curitiba", "PR", "800##-###"), ("Recife", "PE", "500##-###"), ("Florianópolis", "SC", "880##-###"), ("Belo Horizonte", "MG", "301##-###")],
   "{s}, {n}", "{street}{unit} - {t}/{r}, {pc}", "%d/%m/%Y", ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"), unit=[", apto {u}", ""])
_c("IT", "IT", "it", "it_IT", ["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele", "Via dei Mille", "Piazza del Duomo", "Via Mazzini"],
   [("Bologna", "", "401##"), ("Torino", "", "101##"), ("Verona", "", "371##"), ("Bari", "", "701##"), ("Padova", "", "351##")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d/%m/%Y", ("libero.it", "virgilio.it", "gmail.com", "alice.it"), unit=[", int. {u}", ""])
_c("PL", "PL", "pl", "pl_PL", ["Długa", "Mickiewicza", "Ogrodowa", "Kwiatowa", "Lipowa", "Polna"],
   [("Gdańsk", "", "80-###"), ("Kraków", "", "30-###"), ("Poznań", "", "60-###"), ("Wrocław", "", "50-###"), ("Lublin", "", "20-###")],
   "ul. {s} {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"), unit=["/{u}", "", "/{u}"])
_c("SE", "SE", "sv", "sv_SE", ["Storgatan", "Drottninggatan", "Skolvägen", "Kyrkogatan", "Sjövägen", "Björkvägen"],
   [("Uppsala", "", "75# ##"), ("Lund", "", "22# ##"), ("Umeå", "", "90# ##"), ("Örebro", "", "70# ##"), ("Västerås", "", "72# ##")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%Y-%m-%d", ("telia.com", "gmail.com", "hotmail.se", "bredband.net"), unit=[" lgh 1{u}", ""])
_c("IS", "IS", "is", "is_IS", ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hafnarstræti", "Strandgata", "Aðalstræti"],
   [("Reykjavík", "", "101"), ("Akureyri", "", "600"), ("Selfoss", "", "800"), ("Hafnarfjörður", "", "220"), ("Ísafjörður", "", "400"), ("Egilsstaðir", "", "700")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("simnet.is", "gmail.com", "visir.is", "internet.is"), unit=["", ""])
_c("SI", "SI", "sl", "sl_SI", ["Slovenska cesta", "Celovška cesta", "Gosposka ulica", "Partizanska cesta", "Ljubljanska cesta", "Cankarjeva ulica"],
   [("Ljubljana", "", "1000"), ("Maribor", "", "2000"), ("Celje", "", "3000"), ("Kranj", "", "4000"), ("Koper", "", "6000"), ("Bled", "", "4260")],
   "{s} {n}", "{street}{unit}, {pc} {t}", "%-d. %-m. %Y", ("siol.net", "gmail.com", "t-2.net", "amis.net"), unit=["", "a"])
_c("TR", "TR", "tr", "tr_TR", ["Atatürk Caddesi", "Cumhuriyet Caddesi", "Gül Sokak", "İnönü Bulvarı", "Deniz Sokak", "Lale Sokak"],
   [("İzmir", "", "35###"), ("Antalya", "", "07###"), ("Bursa", "", "16###"), ("Eskişehir", "", "26###"), ("Bodrum", "", "48###"), ("Trabzon", "", "61###")],
   "{s} No: {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"), unit=[" D: {u}", " Kat: 2 D: {u}"])
_c("RO", "RO", "ro", "ro_RO", ["Str. Memorandumului", "Bd. Eroilor", "Str. Florilor", "Calea Victoriei", "Str. Lungă"],
   [("Cluj-Napoca", "", "400###"), ("Iași", "", "700###"), ("Timișoara", "", "300###"), ("Brașov", "", "500###"), ("Constanța", "", "900###")],
   "{s} nr. {n}", "{street}{unit}, {pc} {t}", "%d.%m.%Y", ("yahoo.com", "gmail.com", "yahoo.ro"), unit=[", ap. {u}", ", bl. A2, ap. {u}"])
_c("MY", "MY", "ms", None, ["Jalan SS2/24", "Jalan Ampang", "Jalan Tun Razak", "Lorong Bunga Raya", "Jalan Sultan Ismail", "Persiaran Gurney"],
   [("Petaling Jaya", "Selangor", "47###"), ("Johor Bahru", "Johor", "80###"), ("Ipoh", "Perak", "30###"), ("Kota Kinabalu", "Sabah", "88###"), ("George Town", "Pulau Pinang", "10###")],
   "No. {n}, {s}", "{street}{unit}, {pc} {t}, {r}", "%d/%m/%Y", ("gmail.com", "yahoo.com.my", "hotmail.com"),
   first=["Ahmad Faizal", "Muhammad Hafiz", "Azlan", "Khairul", "Mohd Syafiq", "Nurul Izzah", "Siti Aminah", "Farah", "Aisyah", "Wan Nurul"],
   last=["Hassan", "Ismail", "Abdullah", "Yusof", "Rahman", "Osman", "Zakaria", "Ibrahim"], unit=["", ", Taman Melati"])
_C_FIL = ["Maria Cristina", "Jose", "Mark Anthony", "Rowena", "Jerome", "Princess", "Arnel", "Lorna", "Ricardo", "Jasmine", "Kristine", "Jun"]
_c("AF", "ZA", "af", None, ["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Bloemstraat", "Eikelaan", "Rivierweg"],
   [("Stellenbosch", "", "7600"), ("Paarl", "", "7646"), ("George", "", "6529"), ("Potchefstroom", "", "2531"), ("Bloemfontein", "", "9301"), ("Worcester", "", "6850")],
   "{s} {n}", "{street}{unit}, {t}, {pc}", "%Y/%m/%d", ("gmail.com", "mweb.co.za", "telkomsa.net"),
   first=["Pieter", "Johan", "Anri", "Elmarie", "Francois", "Liezl", "Marnus", "Annelie", "Hendrik", "Jaco", "Riana", "Wilna"],
   last=["van der Merwe", "Botha", "Pretorius", "du Plessis", "Steyn", "Nel", "Coetzee", "Venter", "Joubert", "Kruger"], unit=["", ""])
_c("CY", "GB", "cy", None, ["Stryd Fawr", "Ffordd y Môr", "Heol y Bont", "Lôn Las", "Stryd y Castell", "Ffordd Penglais"],
   [("Aberystwyth", "", "SY23 #??"), ("Caernarfon", "", "LL55 #??"), ("Bangor", "", "LL57 #??"), ("Caerfyrddin", "", "SA31 #??"), ("Machynlleth", "", "SY20 #??")],
   "{n} {s}", "{unit}{street}, {t} {pc}", "%d/%m/%Y", ("gmail.com", "btinternet.com", "hotmail.co.uk"),
   first=["Rhys", "Cerys", "Dafydd", "Siân", "Gethin", "Nia", "Iolo", "Eleri", "Gwenllian", "Owain", "Hywel", "Angharad"],
   last=["Jones", "Williams", "Evans", "Davies", "Roberts", "Hughes", "ap Gwilym", "Pritchard", "Llewellyn", "Morgan"], unit=["Fflat {u}, ", ""])
C["TL"] = _C("TL", "PH", "tl", None, C["PH"].streets, C["PH"].towns, C["PH"].sfmt, C["PH"].afmt, "%m/%d/%Y", C["PH"].domains,
             first=_C_FIL, last=C["PH"].last_l, unit=C["PH"].unit)


def _pc(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "?":
            out.append(rng.choice("ABDEFHJLNPRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


class P:
    """One person of country `code`, with consistent values."""

    def __init__(self, rng: random.Random, code: str, sex: str | None = None):
        self.rng, self.c = rng, C[code]
        c = self.c
        if c.first_l and code == "MY":  # Malay patronymic: "<given> bin/binti <father>"
            i = rng.randrange(len(c.first_l)) if sex is None else rng.randrange(5) + (0 if sex == "m" else 5)
            self.first = c.first_l[i]
            self.last = ("bin " if i < 5 else "binti ") + rng.choice(c.last_l)
        elif c.first_l:
            self.first, self.last = rng.choice(c.first_l), rng.choice(c.last_l)
        else:
            f = _fk(c.loc, rng)
            sx = sex or rng.choice("mf")
            self.first = f.first_name_male() if sx == "m" else f.first_name_female()
            self.last = f.last_name()
            if code == "IS" and rng.random() < 0.9:  # Icelandic patronymics
                father = _fk(c.loc, rng).first_name_male()
                stem = father[:-1] if father.endswith("ur") else father
                stem = stem[:-1] if stem.endswith("u") else stem
                self.last = stem + ("sson" if sx == "m" else "sdóttir")
        self.full = f"{self.first} {self.last}"
        self.town_t = rng.choice(c.towns)
        self.town = self.town_t[0]
        self.dob_d = birth(rng)

    def child(self) -> "P":
        self.dob_d = birth(self.rng, 2011, 2021)
        return self

    def phone(self, style: str | None = None, kind: str = "m") -> str:
        return phone(self.rng, self.c.region, style or self.rng.choice(("nat", "nat", "intl", "plain")), kind)

    def email(self, domain: str | None = None) -> str:
        r = self.rng
        f, last = _ascii(self.first).lower().replace(" ", ""), _ascii(self.last).lower().replace(" ", "")
        d = domain or r.choice(self.c.domains)
        k = r.randrange(5)
        local = (f"{f}.{last}", f"{f[0]}{last}", f"{f}{r.randint(1, 99)}", f"{last}.{f}{r.randint(70, 99)}", f"{f}_{last[:3]}")[k]
        return f"{local}@{d}".replace("..", ".")

    def street(self) -> str:
        return self.c.sfmt.format(n=self.rng.randint(1, 180), s=self.rng.choice(self.c.streets))

    def addr(self, unit: bool | None = None) -> str:
        c, r = self.c, self.rng
        u = ""
        if c.unit and (unit if unit is not None else r.random() < 0.35):
            u = r.choice(c.unit).format(u=r.randint(1, 24))
        return c.afmt.format(street=self.street(), unit=u, t=self.town, r=self.town_t[1], pc=_pc(r, self.town_t[2]))

    def addr_lines(self) -> list[str]:
        """Multi-line block: street line, then postcode/town line."""
        a = self.addr()
        i = a.find(", ")
        head, tail = a[:i], a[i + 2:]
        return [head, tail]

    def dob(self, style: str = "num") -> str:
        d = self.dob_d
        if style == "iso":
            return d.isoformat()
        if style == "num":
            f = self.c.dfmt
            if "%-d" in f:
                return f.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace("%Y", str(d.year))
            return d.strftime(f)
        mon = _MON[self.c.lang].split()[d.month - 1]
        lang = self.c.lang
        if lang == "en":
            return f"{mon} {d.day}, {d.year}" if self.c.code in ("US", "PH") else f"{d.day} {mon} {d.year}"
        if lang in ("es", "pt", "ca"):
            de = "de " if lang != "ca" else ("d'" if mon[0] in "aeiou" else "de ")
            return f"{d.day} de {mon} de {d.year}" if lang != "ca" else f"{d.day} {de}{mon} de {d.year}"
        if lang in ("de", "is", "sl"):
            return f"{d.day}. {mon} {d.year}"
        if lang == "tl":
            return f"{mon} {d.day}, {d.year}"
        return f"{d.day} {mon} {d.year}"


# --------------------------------------------------------------------------------------------
# free-text templates; each takes an rng and returns a builder.  PER/EM/... are label shorthands.
PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY = LABELS


def _t_us_support_email(r):
    p, agent = P(r, "US"), P(r, "US")
    b = _B()
    b("From: ")(p.full, PER)(" <")(p.email(), EM)(">\nTo: ")("support@brightside-crm.com", EM)("\nSubject: Re: Order #")(ref(r, "", 7))(" never arrived\n\n")
    b(r.choice(("Hi ", "Hello ", "Hey ")))(agent.first, PER)(",\n\nStill nothing. Tracking says delivered on ")(some_date(r).strftime("%m/%d/%Y"))
    b(" but my porch cam shows nobody. Card on file is ")(masked(r))(" — please refund rather than reship. You can reach me at ")(p.phone(), PH)(" after 5pm.\n\nThanks,\n")
    b(p.first, PER)("\n\n> On ")(some_date(r).strftime("%a, %b %d, %Y"))(", ")(agent.full, PER)(" <")("help@brightside-crm.com", EM)("> wrote:\n> Sorry to hear that. Could you confirm the delivery address?\n\n")
    b(p.addr(), ADDR)("\n")
    return b


def _t_gb_forward(r):
    p, council = P(r, "GB"), P(r, "GB")
    b = _B()
    b("---------- Forwarded message ---------\nFrom: ")(p.full, PER)(" <")(p.email(), EM)(">\nDate: ")(some_date(r).strftime("%d %B %Y at %H:%M"))
    b("\nSubject: missed bin collection again\n\n")(r.choice(("Dear Sir/Madam", "Hiya", "To whom it may concern")))(",\n\nOur green bin at ")(p.addr(), ADDR)
    b(" has been missed for the third fortnight running. Crew from the ")(r.choice(("Stourton", "Millbrook", "Riverside")))(" depot said it was on the list. Ref ")(ref(r, "WST-", 6))(".\n")
    b(r.choice(("Ring me on ", "My number is ", "Mob: ")))(p.phone(r.choice(("nat", "intl"))), PH)("\n\n")(p.first, PER)("\n\n--\n")(council.full, PER)("\nWaste Services Officer\n")
    b(council.phone("nat", "f"), PH)("\n")(f"recycling@{p.town.lower()}.gov.uk", EM)("\n")
    return b


def _t_au_whatsapp(r):
    a, bb = P(r, "AU"), P(r, "AU")
    b = _B()
    d = some_date(r)
    dd = d.strftime("%d/%m/%Y")
    pet = r.choice(("Biscuit", "Milo", "Coco", "Ruby", "Alfie"))
    b(f"[{dd}, 7:41:02 am] ")(a.first, PER)(": heading to ")(bb.town, LOC)(" tmrw, can u feed ")(pet)("?\n")
    b(f"[{dd}, 7:43:15 am] ")(bb.full, PER)(": yep no worries. door code still ")(digits(r, 4))("?\n")
    b(f"[{dd}, 7:44:50 am] ")(a.first, PER)(": ya. new address tho → ")(a.addr(), ADDR)("\n")
    b(f"[{dd}, 7:45:33 am] ")(a.first, PER)(": if stuck call my work line ")(a.phone("nat", "f"), PH)("\n")
    b(f"[{dd}, 7:46:01 am] ")(bb.full, PER)(": 👍 <Media omitted>\n")
    return b


def _t_us_slack(r):
    a, c = P(r, "US"), P(r, "US")
    b = _B()
    b(a.full, PER)("  ")(f"{r.randint(1, 12)}:{r.randint(10, 59)} PM\n")("prod webhook failing since deploy v")(version(r))(". internal host ")(priv_ip(r))(" looks fine, but the vendor sees us from ")
    b(ip4(r), IP)("\n")(c.full, PER)("  ")(f"{r.randint(1, 12)}:{r.randint(10, 59)} PM\n")("did someone rotate the key? the old one was ")(api_key(r), KEY)(" — pls revoke. request id ")(uid(r))("\n")
    b(a.first, PER)("  ")("just now\n")("publishable key is ")(pk_key(r))(" so that's not it. commit ")(sha(r)[:12])("\n")
    return b


def _t_in_teams(r):
    hr, e = P(r, "IN"), P(r, "IN")
    b = _B()
    b(hr.full, PER)(" 10:02\n")("Hi ")(e.first, PER)(", for onboarding pls share DOB and alternate mobile. Employee code ")(ref(r, "EMP", 5))("\n")
    b(e.full, PER)(" 10:09\n")("Sure ma'am. DOB ")(e.dob(r.choice(("num", "word"))), DOB)(", alt no. ")(e.phone(r.choice(("nat", "intl", "plain"))), PH)(", personal mail ")(e.email(), EM)("\n")
    b(e.full, PER)(" 10:10\n")("Permanent address: ")(e.addr(unit=True), ADDR)("\n")
    b(hr.full, PER)(" 10:12\n")("Noted. Laptop asset tag ")(ref(r, "AST-", 6))(" will be shipped to ")(r.choice(("Pune", "Hyderabad")))(" office.\n")
    return b


def _t_ca_livechat(r):
    p = P(r, "CA")
    agent = r.choice(("Megan", "Alex", "Priya", "Tom"))
    b = _B()
    b("Chat started ")(ts(r))("\n")(agent, PER)(" (Agent): Thanks for contacting Northern Lights Outfitters, how can I help?\n")
    b(p.first, PER)(": hi i want to pay the balance on booking ")(ref(r, "NL-", 5))("\n")
    b(agent, PER)(" (Agent): Sure! For security, please don't paste full card numbers here.\n")
    b(p.first, PER)(": oops ok its ")(card(r, r.choice(("space", "plain"))), CC)(" exp ")(expiry(r))(" cvv ")(digits(r, 3))("\n")
    b(agent, PER)(" (Agent): I've masked that in our system. Billing address please?\n")
    b(p.first, PER)(": ")(p.addr(), ADDR)("\n")
    return b


def _t_nz_sms(r):
    a, s = P(r, "NZ"), P(r, "NZ")
    b = _B()
    b("SMS thread with ")(a.phone("intl"), PH)("\n")("> Kia ora ")(a.first, PER)(", your kayak hire is confirmed for ")(some_date(r, 0, 60).strftime("%d %b"))(" 9am. Ref ")(ref(r, "KH", 6))(". Reply Y to confirm.\n")
    b("< Y. can my mate ")(s.first, PER)(" come too? their number ")(s.phone(r.choice(("nat", "plain"))), PH)("\n")
    b("> Sure, 2 singles booked. Your OTP is ")(digits(r, 6))(". Meet at the ")(r.choice(("Okere Falls", "Taupo", "Abel Tasman")))(" base.\n")
    return b


def _t_ie_ticket(r):
    p = P(r, "IE")
    ag = P(r, "IE")
    b = _B()
    b("Ticket #INC")(digits(r, 7))("  |  Priority: Medium  |  Opened ")(ts(r))("\nRequester: ")(p.full, PER)(" <")(p.email(), EM)(">\n\n")
    b("Customer wants the direct debit moved to a new account. New IBAN: ")(iban(r, "IE"), IBAN)(" (BIC ")(swift(r))(")\n")
    b("Postal address: ")(p.addr(), ADDR)("\n\n--- Internal note (")(f"{ag.first} {ag.last[0]}.", PER)(") ---\n")
    b("Verified by call-back to ")(p.phone("nat"), PH)(". Old mandate ")(ref(r, "MND", 8))(" cancelled. Parcel tracking ")(f"1Z{_rs(r, 6, string.ascii_uppercase + string.digits)}{digits(r, 10)}")(" unaffected.\n")
    return b


def _t_za_crm(r):
    p = P(r, "ZA")
    q = P(r, "ZA")
    while q.town == p.town:
        q = P(r, "ZA")
    moved = q.town
    b = _B()
    b("CALL NOTE ")(some_date(r).strftime("%Y/%m/%d"))(" — spoke w/ ")(p.full, PER)(". Relocated from ")(p.town, LOC)(" to ")(moved, LOC)(" last month; wants vegbox deliveries to resume at ")
    b(q.addr(), ADDR)(". Best no. ")(p.phone(r.choice(("nat", "intl"))), PH)(". Pays by EFT, ref ")(ref(r, "VB", 6))(". Dog ")(r.choice(("Bruno", "Simba", "Lady")))(" is friendly, gate code ")(digits(r, 4))(".\n")
    return b


def _words_digits(s: str) -> str:
    names = "zero one two three four five six seven eight nine".split()
    return " ".join(names[int(c)] if c.isdigit() else c for c in s if c != " ")


def _t_us_transcript(r):
    p = P(r, "US")
    b = _B()
    b("[auto-transcript, confidence 0.82]\nagent: thank you for calling, who am i speaking with\ncaller: yeah hi it's ")(p.full.lower(), PER)
    b(" um calling about my hearing aid claim\nagent: okay can i get your date of birth\ncaller: ")(p.dob("word").lower(), DOB)
    b("\nagent: and the last four of your social\ncaller: ")(_words_digits(digits(r, 4)))("\nagent: hmm i'm not finding it could you give me the full social\ncaller: sure it's ")(ssn(r, r.choice((" ", "-"))), SSN)
    b("\nagent: got it and a callback number\ncaller: ")(p.phone("nat"), PH)(" and my claim number is ")(ref(r, "CLM", 8))("\n")
    return b


def _t_gb_form(r):
    p = P(r, "GB")
    b = _B()
    b("Submission #")(digits(r, 6))(" — Audiology referral form\n")
    b("Full name: ")(p.full, PER)("\nPreferred name: ")(p.first, PER)("\nDate of birth: ")(p.dob(), DOB)("\nNHS clinic: ")(r.choice(("Harrogate", "Wakefield", "Bradford")))(" (site code ")(ref(r, "RCF", 3))(")\n")
    b("Address: ")(p.addr(), ADDR)("\nMobile: ")(p.phone(), PH)("\nEmail: ")(p.email(), EM)("\nHearing aid serial: ")(f"{_rs(r, 2, string.ascii_uppercase)}{digits(r, 8)}")("\nConsent: yes\n")
    b("Portal password (chosen): ")(password(r), PW)("\nSubmitted: ")(ts(r))("\n")
    return b


def _t_us_kvlog(r):
    p = P(r, "US")
    b = _B()
    t = ts(r)
    b(f"{t} level=info svc=auth-api msg=\"login ok\" user=")(p.email(), EM)(" src_ip=")(ip4(r), IP)(" session=")(_rs(r, 32, "0123456789abcdef"))(" ua=\"okhttp/")(version(r))("\"\n")
    b(f"{t} level=warn svc=auth-api msg=\"debug dump\" body={{\"username\":\"")(p.email(), EM)("\",\"password\":\"")(password(r), PW)("\"}} upstream=")(priv_ip(r))(":8443\n")
    b(f"{t} level=info svc=auth-api msg=\"hash migrated\" algo=bcrypt hash=")(bcrypt(r))(" trace=")(uid(r))("\n")
    return b


def _t_sg_jsonl(r):
    b = _B()
    for _ in range(r.randint(2, 3)):
        p = P(r, "SG")
        b('{"event":"signup","ts":"')(ts(r))('","name":"')(p.full, PER)('","mobile":"')(p.phone(r.choice(("intl", "nat", "e164"))), PH)('","email":"')(p.email(), EM)
        b('","ip":"')(ip4(r) if r.random() < 0.7 else ip6(r), IP)('","device":"')(uid(r))('","app":"')(version(r))('"}\n')
    b('{"event":"heartbeat","ts":"')(ts(r))('","ip":"')(priv_ip(r))('","build":"')(sha(r)[:10])('"}\n')
    return b


def _t_ke_nginx(r):
    b = _B()
    for _ in range(r.randint(3, 5)):
        d = TODAY - _dt.timedelta(days=r.randint(0, 5))
        stamp = f"[{d.strftime('%d/%b/%Y')}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0300]"
        if r.random() < 0.35:
            b(priv_ip(r))(f" - - {stamp} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/{version(r)}\"\n")
        elif r.random() < 0.5:
            p = P(r, "KE")
            b(ip4(r), IP)(f" - - {stamp} \"GET /api/v2/customers?email=")(p.email(), EM)("&phone=")(p.phone("e164"), PH)(f" HTTP/1.1\" 200 {r.randint(200, 9000)} \"-\" \"Mozilla/5.0\"\n")
        else:
            b(ip4(r), IP)(f" - - {stamp} \"POST /mpesa/callback HTTP/1.1\" 200 {r.randint(20, 400)} \"-\" \"Apache-HttpClient/4.5\" txn=")(_rs(r, 10, string.ascii_uppercase + string.digits))("\n")
    return b


def _t_env(r):
    b = _B()
    b("# .env.production  (do not commit!)\nAPP_VERSION=")(version(r))("\nDB_HOST=")(priv_ip(r))("\nDB_USER=crm_app\nDB_PASSWORD=")(password(r), PW)("\nREDIS_URL=redis://")(priv_ip(r))(":6379/0\n")
    b("STRIPE_PUBLISHABLE_KEY=")(pk_key(r, 0))("\nTWILIO_ACCOUNT_SID=")(pk_key(r, 1))("\nSTRIPE_SECRET_KEY=")(api_key(r), KEY)("\nSENTRY_RELEASE=")(sha(r)[:12])("\n")
    b("SMTP_FROM=")("no-reply@fjordline-crm.io", EM)("\nSESSION_SECRET_HASH=")(sha(r))("\nFEATURE_FLAGS=beta_inbox,new_router\n")
    return b


def _t_in_ocr(r):
    p = P(r, "IN")
    b = _B()
    b("APPLlCATION F0RM  - Page 1 of 2\nName of Appl1cant : ")(p.full.upper(), PER)("\nD.O.B : ")(p.dob(), DOB)("     Gender : ")(r.choice("MF"))("\n")
    b("Resi. Addr : ")(p.addr(unit=True), ADDR)("\nMob No : ")(p.phone(r.choice(("plain", "nat"))), PH)("    Emai1 : ")(p.email(), EM)("\n")
    b("Form No. ")(digits(r, 9))("   Fee Rs. ")(f"{r.randint(2, 9)},{r.randint(100, 999)}.00")("   Rcpt ")(ref(r, "R", 7))("\n")
    return b


def _t_au_sheet(r):
    b = _B()
    b("Surname\tGiven name\tDOB\tMobile\tEmail\tLesson\tPaid\n")
    for _ in range(r.randint(2, 4)):
        p = P(r, "AU")
        b(p.last, PER)("\t")(p.first, PER)("\t")(p.dob(), DOB)("\t")(p.phone("nat"), PH)("\t")(p.email(), EM)("\t")(r.choice(("Beginner ski", "Snowboard L2", "Kids club")))("\t")(amount(r, "$"))("\n")
    return b


def _t_gb_subjects(r):
    p, q = P(r, "GB"), P(r, "GB")
    b = _B()
    b("Your order ")(ref(r, "#", 8))(" has been dispatched\n")("New message from ")(p.full, PER)("\n")
    b("Reminder: appointment on ")(some_date(r, 0, 30).strftime("%d/%m/%Y"))(" at the ")(r.choice(("Bristol", "Leeds", "York")))(" clinic\n")
    b("Missed call from ")(q.phone("nat"), PH)("\n")(q.first, PER)(" mentioned you in \"Route planning ")(r.choice(("Q3", "Q4")))("\"\n")
    b("Your verification code is ")(digits(r, 6))("\n")
    return b


def _t_nopii_release(r):
    b = _B()
    b(f"Release {version(r)} ({(TODAY - _dt.timedelta(days=r.randint(1, 90))).isoformat()})\n")
    b(f"- Fixed crash when importing CSV with BOM (#{r.randint(1000, 9999)})\n- Bumped phonenumbers to {version(r)}; build {sha(r)[:16]}\n")
    b(f"- Migration id {uid(r)} is now idempotent\n- Default bind 0.0.0.0:8080, metrics on {priv_ip(r)}:9100\n")
    b(f"- Docker image digest sha256:{sha(r)}\n- Thanks to the Ada Lovelace Fellowship and the Johnson & Johnson grant\n")
    return b


def _t_nopii_depot(r):
    b = _B()
    towns = r.sample(["Harrogate", "Ripon", "Knaresborough", "Selby", "Skipton", "Thirsk"], 3)
    b(f"ROUTE NOTICE {TODAY.strftime('%d/%m/%Y')}\nRounds from {towns[0]} depot delayed 45 min (vehicle WX{r.randint(10, 75)} {_rs(r, 3, string.ascii_uppercase)} in for MOT).\n")
    b(f"{towns[1]} and {towns[2]} rounds unaffected. Fuel card ending {digits(r, 4)}, spend £{r.randint(80, 400)}.{r.randint(10, 99)}.\n")
    b(f"Skip hire orders {ref(r, 'SK', 5)}–{ref(r, 'SK', 5)} postponed to {(TODAY + _dt.timedelta(days=2)).strftime('%A %d %B')}. GPS drop point {gps(r)}.\n")
    return b


def _t_us_payroll(r):
    p, hr = P(r, "US"), P(r, "US")
    b = _B()
    b("Subject: Direct deposit change\n\nHi ")(hr.first, PER)(",\n\nPlease switch my paycheck to my new credit union account.\nRouting: ")(routing(r))("\nAccount: ")(us_account(r), BANK)
    b("\nAccount type: checking\n\nMy employee ID is ")(ref(r, "", 6))(" and SSN ")(ssn(r), SSN)(" if you need it. I'm interpreting for the ")(r.choice(("Tucson", "Denver")))(" courthouse this week so email is best.\n\n")
    b(p.full, PER)("\nASL Interpreter, NIC certified\n")(p.phone("nat"), PH)("\n")
    return b


def _t_ng_ticket(r):
    p = P(r, "NG")
    ag = P(r, "NG")
    b = _B()
    b("[Zendesk] #")(digits(r, 6))(" Double debit on vegetable box\nFrom: ")(p.full, PER)(" (")(p.email(), EM)(")\n\n")
    b("Good day, I was debited twice (₦")(f"{r.randint(5, 30)},{r.randint(100, 999)}")(") on my card ")(card(r, "plain"), CC)(". Transaction refs ")(ref(r, "TRX", 10))(" and ")(ref(r, "TRX", 10))
    b(". Kindly reverse. Call ")(p.phone(r.choice(("nat", "intl"))), PH)(".\n\nInternal — ")(ag.first, PER)(": Paystack shows one reversal pending. Masked PAN ")(masked(r))(". Customer lives in ")(p.town, LOC)(".\n")
    return b


def _t_au_audiology_note(r):
    p = P(r, "AU")
    b = _B()
    b("Clinical note — ")(some_date(r).strftime("%d/%m/%Y"))("\nPt: ")(p.last.upper(), PER)(", ")(p.first, PER)("   DOB ")(p.dob(), DOB)("\n")
    b("Bilateral RIC fitted, firmware ")(version(r))(", L serial ")(digits(r, 10))(". Pt moving to ")(P(r, "AU").town, LOC)(" in Jan — refer to local clinic. ")
    b("Daughter ")(P(r, "AU").first, PER)(" will bring her; contact ")(p.phone("nat"), PH)(". Next review booked ")(some_date(r, 0, 90).strftime("%d/%m"))(". Guide dog ")(r.choice(("Bella", "Harvey", "Tess")))(".\n")
    return b


def _t_ie_transcript(r):
    p = P(r, "IE")
    b = _B()
    b("voicemail transcription: hi this is ")(p.first.lower(), PER)(" ")(p.last.lower(), PER)(" ringing about the kayak i booked for saturday ")
    b("i'm coming down from ")(p.town.lower(), LOC)(" so i might be late can you call me back on ")(p.phone("nat"), PH)
    b(" thanks bye\n")
    return b


def _t_sg_livechat(r):
    p = P(r, "SG")
    b = _B()
    b("Live chat · ")(ts(r))("\nVisitor (")(p.full, PER)("): hello can change my delivery address for box subscription\n")
    b("Bot: Sure. Please enter your order number.\nVisitor (")(p.full, PER)("): ")(ref(r, "VB-", 7))("\n")
    b("Agent ")(r.choice(("Hui Ling", "Darren", "Farhan")), PER)(": Hi! What is the new address?\nVisitor (")(p.full, PER)("): ")(p.addr(unit=True), ADDR)(" lah\n")
    b("Agent: Done. Any contact number?\nVisitor (")(p.full, PER)("): ")(p.phone(r.choice(("nat", "intl"))), PH)("\n")
    return b


def _t_ke_sms(r):
    p, q = P(r, "KE"), P(r, "KE")
    b = _B()
    code = _rs(r, 10, string.ascii_uppercase + string.digits)
    b(f"{code} Confirmed. Ksh{r.randint(1, 9)},{r.randint(100, 999)}.00 sent to ")(q.full.upper(), PER)(" ")(q.phone("nat"), PH)(f" on {some_date(r).strftime('%d/%m/%y')} at 4:12 PM. New M-PESA balance is Ksh{r.randint(100, 9000)}.{r.randint(10, 99)}.\n")
    b("Hi ")(q.first, PER)(" nimetuma ya interpreter booking. Pls confirm with ")(p.first, PER)(" on ")(p.phone("intl"), PH)("\n")
    return b


def _t_us_hr_kv(r):
    p = P(r, "US")
    b = _B()
    b("employee_id=")(digits(r, 6))(" first_name=")(p.first, PER)(" last_name=")(p.last, PER)(" dob=")(p.dob("iso"), DOB)(" ssn=")(ssn(r), SSN)(" ")
    b("home_ip=")(ip4(r), IP)(" vpn_ip=")(priv_ip(r))(" hire_date=")(some_date(r, 900, 0).isoformat())(" badge=")(ref(r, "B", 5))("\n")
    return b


def _t_ca_email_sig(r):
    p, q = P(r, "CA"), P(r, "CA")
    b = _B()
    b("Hi ")(q.first, PER)(",\n\nConfirming the two interpreters for the ")(r.choice(("town hall", "hospital intake", "court hearing")))(" on ")(some_date(r, 0, 40).strftime("%B %d"))
    b(". Invoice ")(ref(r, "INV-", 5))(" ($")(f"{r.randint(300, 2000)}.00")(") to follow. Travel from ")(q.town, LOC)(" is covered.\n\nCheers,\n")(p.full, PER)
    b("\nScheduling Coordinator | Maple Leaf Language Services\n")(p.addr(), ADDR)("\nT ")(p.phone("nat", "f"), PH)("  |  ")("bookings@mapleleaflang.ca", EM)("\n")
    return b


def _t_gb_quoted_addr(r):
    p, q = P(r, "GB"), P(r, "GB")
    lines = p.addr_lines()
    b = _B()
    b("Hi ")(p.first, PER)(", yes that's the address we have, the box will come Thursday.\n")(q.first, PER)("\n\n> On ")(some_date(r).strftime("%d %b %Y"))(", ")(p.full, PER)(" wrote:\n")
    b("> Can you double check you've got\n> ")(lines[0], ADDR)("\n> ")(lines[1], ADDR)("\n> as the postcode changed. Kale allergy, no beetroot pls!\n")
    return b


def _t_ph_en_call(r):
    p = P(r, "PH")
    b = _B()
    b("CRM Call Log | Agent: ")(P(r, "PH").first, PER)(" | Disposition: Resolved\nCaller ")(p.full, PER)(" (DOB ")(p.dob(), DOB)(") asked to update billing mobile to ")(p.phone(r.choice(("nat", "intl"))), PH)
    b(". Verified via OTP ")(digits(r, 6))(". Account ")(ref(r, "ACC-", 8))(". Mentioned she will be travelling to ")(P(r, "PH").town, LOC)(" next week.\n")
    return b


def _t_us_bank_chat(r):
    p = P(r, "US")
    b = _B()
    b("Teams · #finance-ops\n")(p.full, PER)(": vendor refund for the ski school — their acct ")(us_account(r), BANK)(" routing ")(routing(r))(" SWIFT ")(swift(r))(", amount $")(f"{r.randint(100, 999)}.{r.randint(10, 99)}")
    b("\n")(P(r, "US").first, PER)(": ok. pls also note the lift office wifi pw is ")(password(r), PW)(" for the card terminal, will change after season\n")
    return b


def _t_nopii_chat(r):
    b = _B()
    b("Weekly stand-up notes\n- Kayak fleet: 14/18 serviceable, 2 awaiting parts (PO ")(ref(r, "PO", 6))(")\n- Lift-pass scanner firmware ")(version(r))(" rolled out, rollback hash ")(sha(r)[:20])("\n")
    b("- Vegbox churn 3.4% (down from 4.1%), avg basket €")(f"{r.randint(18, 40)}.{r.randint(10, 99)}")("\n- Next review ")(some_date(r, 0, 20).strftime("%d/%m/%Y"))(" 10:00, room Wellington\n")
    return b


# ---- other languages


def _t_at_email(r):
    p, sb, kid = P(r, "AT"), P(r, "AT"), P(r, "AT", "m").child()
    b = _B()
    b("Betreff: AW: Skikurs Anmeldung ")(ref(r, "SK-", 5))("\n\nSehr geehrte Frau ")(sb.last, PER)(",\n\nanbei die Daten meines Sohnes ")(kid.first, PER)(", geb. ")
    b(kid.dob(r.choice(("num", "word"))), DOB)(". Wir wohnen in ")(p.town, LOC)(", Adresse: ")(p.addr(), ADDR)(". Skischuhgröße 36, Helm wird ausgeliehen.\n\n")
    b("Mit freundlichen Grüßen\n")(p.full, PER)("\nTel. ")(p.phone(r.choice(("nat", "intl"))), PH)("\n\n-----Ursprüngliche Nachricht-----\nVon: Skischule Alpenglühen Schladming <")("info@alpengluehen-ski.at", EM)(">\n")
    b("Gesendet: ")(some_date(r).strftime("%d.%m.%Y %H:%M"))("\nIhre Buchungsnummer lautet ")(ref(r, "AG", 7))(". Liftpass-Nr. ")(f"{digits(r, 2)}-{digits(r, 4)}-{digits(r, 6)}")("\n")
    return b


def _t_de_ticket(r):
    p = P(r, "DE")
    b = _B()
    b("Ticket ")(ref(r, "#", 6))(" · Abfallwirtschaft · Status: offen\nAnliegen: Lastschrift für Biotonne ändern\nKunde: ")(p.last, PER)(", ")(p.first, PER)("\n")
    b("Neue IBAN: ")(iban(r, "DE"), IBAN)("\nBIC: ")(swift(r))("\nKassenzeichen: ")(f"{digits(r, 3)}.{digits(r, 4)}.{digits(r, 2)}")("\nAnschrift: ")(p.addr(), ADDR)("\n")
    b("Interne Notiz: Rückruf unter ")(p.phone("nat"), PH)(" erfolgt, Mandatsreferenz ")(ref(r, "MR", 10))(" neu angelegt. Tonne 240 l, Leerung 14-tägig.\n")
    return b


def _t_de_callnote(r):
    p = P(r, "DE")
    b = _B()
    b("gesprächsnotiz (spracherkennung): kundin ")(p.first.lower(), PER)(" ")(p.last.lower(), PER)(" hat angerufen wegen dem hörgerät links pfeift geburtsdatum ")(p.dob(), DOB)
    b(" sie zieht nach ")(P(r, "DE").town.lower(), LOC)(" um und möchte die unterlagen per mail an ")(p.email(), EM)(" gerät seriennummer ")(digits(r, 9))(" garantie bis ")(some_date(r, 0, 700).strftime("%d.%m.%Y"))("\n")
    return b


def _t_fr_chat(r):
    p = P(r, "FR")
    ag = r.choice(("Camille", "Julien", "Inès"))
    b = _B()
    b("[")(some_date(r).strftime("%d/%m/%Y"))(" 14:03] ")(p.first, PER)(" : bonjour, je voudrais louer 2 kayaks pour samedi au lac d'Annecy\n")
    b("[14:04] ")(ag, PER)(" (Lac & Pagaie) : Bonjour ! C'est noté, réservation ")(ref(r, "LP", 6))(". Un numéro pour vous joindre ?\n")
    b("[14:06] ")(p.first, PER)(" : ")(p.phone(r.choice(("nat", "intl"))), PH)(", et mon mail ")(p.email(), EM)("\n")
    b("[14:07] ")(ag, PER)(" : Merci. Caution par empreinte CB, jamais le numéro complet ici svp. Point GPS du ponton : ")(gps(r))("\n")
    return b


def _t_fr_form(r):
    p = P(r, "FR")
    b = _B()
    b("nom=")(p.last.upper(), PER)("&prenom=")(p.first, PER)("&naissance=")(p.dob(), DOB)("&ville_naissance=")(P(r, "FR").town, LOC)("&tel=")(p.phone("nat"), PH)
    b("&adresse=")(p.addr(), ADDR)("&interprete=LSF&date_rdv=")(some_date(r, 0, 40).strftime("%d/%m/%Y"))("&ref=")(uid(r))("\n")
    return b


def _t_es_email(r):
    p, q = P(r, "ES"), P(r, "ES")
    b = _B()
    b("Asunto: Baja del contenedor de vidrio\n\nBuenas tardes:\n\nSoy ")(p.full, PER)(", vecino de ")(p.addr(), ADDR)(". Solicito la retirada del contenedor ")(ref(r, "CV-", 5))
    b(" que ya no usamos. Mi DNI no lo envío por aquí. Teléfono ")(p.phone(r.choice(("nat", "intl"))), PH)(".\n\nUn saludo,\n")(p.first, PER)("\n\nEl ")(some_date(r).strftime("%d/%m/%Y"))(", Sra. ")
    b(q.last, PER)(" <")(f"residuos@ayto-{_ascii(p.town).lower()}.es", EM)("> escribió:\n> Le recordamos que la recogida es los martes y viernes.\n")
    return b


def _t_nl_whatsapp(r):
    p, q = P(r, "NL"), P(r, "NL")
    b = _B()
    d = some_date(r).strftime("%d-%m-%Y")
    b(f"{d} 19:02 - ")(p.first, PER)(": hoi! groentepakket kan volgende week naar mijn nieuwe adres? ")(p.addr(), ADDR)("\n")
    b(f"{d} 19:10 - ")("Boerderij De Kleine Akker")(": Hoi ")(p.first, PER)(", is goed. Incasso blijft op ")(iban(r, "NL"), IBAN)("?\n")
    b(f"{d} 19:12 - ")(p.first, PER)(": ja. en mijn buurvrouw ")(q.full, PER)(" wil ook een abonnement, haar nummer is ")(q.phone(r.choice(("nat", "plain"))), PH)("\n")
    b(f"{d} 19:13 - ")("Boerderij De Kleine Akker")(": Top! Kortingscode ")(_rs(r, 8, string.ascii_uppercase))(" 🥕\n")
    return b


def _t_nl_crm(r):
    p = P(r, "NL")
    b = _B()
    b("Klantnotitie ")(some_date(r).strftime("%d-%m-%Y"))(" — dhr. ")(p.last, PER)(" belde: gehoorapparaat ")(r.choice(("Phonak Audéo", "Oticon More", "Signia Pure")))(" ")(version(r))(" valt weg. ")
    b("Geboren ")(p.dob(), DOB)(", woont in ")(p.town, LOC)(". Terugbellen op ")(p.phone("nat", "f"), PH)(". Vestiging ")(r.choice(("Amersfoort", "Ede", "Apeldoorn")))(" heeft leentoestel, zaaknr. ")(ref(r, "Z", 7))(".\n")
    return b


def _t_pt_ticket(r):
    p = P(r, "PT")
    b = _B()
    b("Pedido nº ")(digits(r, 7))(" — Cabaz semanal\nCliente: ")(p.full, PER)("\nMorada: ")(p.addr(), ADDR)("\nTelemóvel: ")(p.phone(r.choice(("nat", "intl"))), PH)("\nIBAN p/ débito: ")(iban(r, "PT"), IBAN)("\n")
    b("Nota interna: cliente pediu para não deixar o cabaz com o cão (")(r.choice(("Tobias", "Nico", "Farrusco")))("). Fatura ")(ref(r, "FT 2026/", 4))(", total ")(amount(r, "€"))(".\n")
    return b


def _t_br_sms(r):
    p = P(r, "BR", "f")
    b = _B()
    b("SMS de ")(p.phone("intl"), PH)(":\n\"Oi, aqui é a ")(p.first, PER)(". Preciso de intérprete de Libras p/ consulta dia ")(some_date(r, 0, 30).strftime("%d/%m"))(" em ")(p.town, LOC)
    b(". Meu e-mail é ")(p.email(), EM)(". Protocolo ")(digits(r, 12))("\"\n")
    return b


def _t_it_email(r):
    p = P(r, "IT")
    b = _B()
    b("Oggetto: noleggio canoa — conferma\n\nGentile ")(p.first, PER)(" ")(p.last, PER)(",\nla prenotazione ")(ref(r, "GARDA-", 5))(" è confermata. Abbiamo registrato: data di nascita ")(p.dob(r.choice(("num", "word"))), DOB)
    b(", residenza ")(p.addr(), ADDR)(", cellulare ")(p.phone(r.choice(("nat", "intl"))), PH)(".\nPunto di partenza: pontile di Malcesine. Deposito cauzionale ")(amount(r, "€"))(" su carta ")(masked(r))(".\n\n")
    b("Cordiali saluti,\nNoleggio Lago Blu s.r.l. — P.IVA ")(digits(r, 11))("\n")
    return b


def _t_pl_form(r):
    p = P(r, "PL")
    b = _B()
    b("Imię: ")(p.first, PER)("\nNazwisko: ")(p.last, PER)("\nData urodzenia: ")(p.dob(r.choice(("num", "word"))), DOB)("\nMiejsce zamieszkania: ")(p.town, LOC)("\nAdres: ")(p.addr(), ADDR)
    b("\nTelefon: ")(p.phone(r.choice(("nat", "intl"))), PH)("\nE-mail: ")(p.email(), EM)("\nTłumacz PJM: tak\nNr zlecenia: ")(ref(r, "ZL/2026/", 4))("\nHasło do panelu: ")(password(r), PW)("\n")
    return b


def _t_se_sms(r):
    p, q = P(r, "SE"), P(r, "SE")
    b = _B()
    b("Från ")(p.phone("nat"), PH)(": Hej! Det är ")(p.first, PER)(". Blir sen till kajakturen, kommer från ")(q.town, LOC)(". Säg till ")(q.first, PER)(" att vänta 🙏\n")
    b("Till ")(p.phone("nat"), PH)(": Inga problem. Bokning ")(ref(r, "KJ", 6))(", betalt ")(f"{r.randint(300, 900)} kr")(" via Swish ")(ref(r, "123", 7))(".\n")
    return b


def _t_cat_email(r):
    p, q = P(r, "CAT"), P(r, "CAT")
    b = _B()
    b("Assumpte: Canvi de dia de recollida de la fracció orgànica\n\nBon dia,\n\nEm dic ")(p.full, PER)(" i visc a ")(p.addr(), ADDR)(". Des de fa dues setmanes el camió de la ruta ")(ref(r, "R", 2))
    b(" no passa. El meu telèfon és el ")(p.phone(r.choice(("nat", "intl"))), PH)(".\n\nMoltes gràcies,\n")(p.first, PER)("\n\n")(r.choice(("El", "El dia")))(" ")(some_date(r).strftime("%d/%m/%Y"))(", ")(q.full, PER)(" <")(q.email(), EM)("> va escriure:\n")
    b("> Podeu trucar a la deixalleria de ")(r.choice(("Vic", "Olot", "Manresa")))(" (horari 9–14 h).\n")
    return b


def _t_cat_chat(r):
    p = P(r, "CAT")
    b = _B()
    b("Xat en directe · Escola d'Esquí La Molina\n")(p.first, PER)(": hola! el meu fill va néixer el ")(P(r, "CAT").child().dob("word"), DOB)(", pot fer el curset d'iniciació?\n")
    b("Monitor ")(r.choice(("Pol", "Aina", "Biel")), PER)(": Sí! Necessitem el vostre correu i un mòbil.\n")(p.first, PER)(": ")(p.email(), EM)(" i ")(p.phone("nat"), PH)(". Venim de ")(p.town, LOC)("\n")
    b("Monitor: Perfecte, forfet ")(ref(r, "FF", 8))(" preparat, ")(amount(r, "€"))(".\n")
    return b


def _t_is_email(r):
    p = P(r, "IS")
    b = _B()
    b("Efni: Heyrnartæki – tímabókun\n\nGóðan dag,\n\nég heiti ")(p.full, PER)(" og er fædd/ur ")(p.dob(r.choice(("num", "word"))), DOB)(". Ég bý á ")(p.addr(), ADDR)(" og kemst ekki fyrr en ")
    b(some_date(r, 0, 30).strftime("%d.%m."))(" Síminn minn er ")(p.phone(r.choice(("nat", "intl"))), PH)(".\n\nKveðja,\n")(p.first, PER)("\n\nMóttaka Heyrnarstöðvarinnar, útibú ")(r.choice(("Akureyri", "Selfoss")))(" — mál nr. ")(ref(r, "", 6))("\n")
    return b


def _t_af_whatsapp(r):
    p, q = P(r, "AF"), P(r, "AF")
    b = _B()
    d = some_date(r).strftime("%Y/%m/%d")
    b(f"{d}, 08:15 - ")(p.first, PER)(": Môre ")(q.first, PER)("! Die groentekis het nie Vrydag gekom nie. My adres is ")(p.addr(), ADDR)("\n")
    b(f"{d}, 08:20 - ")(q.full, PER)(": Jammer! Ek sal vir die bestuurder bel. Bestelnommer ")(ref(r, "GK", 6))("?\n")
    b(f"{d}, 08:22 - ")(p.first, PER)(": Ja. Bel my gerus by ")(p.phone(r.choice(("nat", "intl"))), PH)(", ek is volgende week in ")(P(r, "AF").town, LOC)("\n")
    return b


def _t_tl_sms(r):
    p, q = P(r, "TL"), P(r, "TL")
    b = _B()
    b("From: ")(p.phone(r.choice(("nat", "intl"))), PH)("\nHello po, si ")(p.first, PER)(" po ito. Pwede po ba ipa-reschedule yung interpreter para sa hearing ni ")(q.full, PER)(" sa ")
    b(some_date(r, 0, 30).strftime("%m/%d"))("? Nasa ")(p.town, LOC)(" pa po kasi ako. Salamat po!\n---\nReply: Noted po. Ref no. ")(ref(r, "INT-", 6))(". OTP: ")(digits(r, 6))("\n")
    return b


def _t_tl_callnote(r):
    p = P(r, "TL")
    b = _B()
    b("Tala ng tawag: Si ")(p.full, PER)(" (ipinanganak noong ")(p.dob("word"), DOB)(") ay nag-request ng bagong hearing aid battery. Address: ")(p.addr(), ADDR)
    b(". Bayad sa GCash ref ")(digits(r, 13))(", halagang ₱")(f"{r.randint(500, 4000)}.00")(". Email: ")(p.email(), EM)("\n")
    return b


def _t_ms_chat(r):
    p = P(r, "MY")
    b = _B()
    b("Sembang langsung · Sewa Kayak Langkawi\n")(p.full, PER)(": salam, nak tempah 2 kayak untuk ")(some_date(r, 0, 30).strftime("%d/%m"))("\n")
    b("Ejen ")(r.choice(("Amir", "Tasha", "Hakim")), PER)(": Boleh. Nama penuh dan no. telefon?\n")(p.full, PER)(": ")(p.phone(r.choice(("nat", "intl"))), PH)(", emel ")(p.email(), EM)("\n")
    b("Ejen: Terima kasih. No. tempahan ")(ref(r, "LGK", 6))(", deposit RM")(f"{r.randint(50, 300)}.00")(". Alamat untuk resit?\n")(p.first, PER)(": ")(p.addr(), ADDR)("\n")
    return b


def _t_sl_ticket(r):
    p = P(r, "SI")
    b = _B()
    b("Zahtevek št. ")(digits(r, 6))(" — Smučarska šola Kranjska Gora\nIme in priimek: ")(p.full, PER)("\nDatum rojstva: ")(p.dob(r.choice(("num", "word"))), DOB)("\nNaslov: ")(p.addr(), ADDR)
    b("\nGSM: ")(p.phone(r.choice(("nat", "intl"))), PH)("\nOpomba: smučarska karta ")(f"{digits(r, 2)}-{digits(r, 8)}")(" izgubljena, prosi za duplikat. Plačilo ")(amount(r, "€"))(".\n")
    return b


def _t_tr_form(r):
    p = P(r, "TR")
    b = _B()
    b("Ad Soyad: ")(p.full, PER)("\nDoğum Tarihi: ")(p.dob(r.choice(("num", "word"))), DOB)("\nDoğum Yeri: ")(P(r, "TR").town, LOC)("\nCep: ")(p.phone(r.choice(("nat", "intl"))), PH)
    b("\nE-posta: ")(p.email(), EM)("\nAdres: ")(p.addr(), ADDR)("\nİşitme cihazı seri no: ")(_rs(r, 3, string.ascii_uppercase) + digits(r, 7))("\nRandevu: ")(some_date(r, 0, 30).strftime("%d.%m.%Y"))(" 10:30\n")
    return b


def _t_tr_whatsapp(r):
    p, q = P(r, "TR", "f"), P(r, "TR")
    b = _B()
    d = some_date(r).strftime("%d.%m.%Y")
    b(f"{d} 11:20 - ")(p.full, PER)(": Merhaba, yarın Bodrum'dan kano kiralayacağız, 3 kişi\n")
    b(f"{d} 11:25 - ")(q.first, PER)(": Merhaba ")(p.first, PER)(" Hanım, rezervasyon no ")(ref(r, "KN", 5))(". Ödeme için IBAN: ")(iban(r, r.choice(("DE", "NL"))), IBAN)(" (alıcı: Mavi Kürek Turizm)\n")
    b(f"{d} 11:27 - ")(p.full, PER)(": tamam, eşim ")(P(r, "TR").first, PER)(" arayacak ")(p.phone("nat"), PH)(" numarasından\n")
    return b


def _t_ro_email(r):
    p = P(r, "RO", "f")
    b = _B()
    b("Subiect: Programare audiogramă\n\nBună ziua,\n\nSunt ")(p.full, PER)(", născută pe ")(p.dob(r.choice(("num", "word"))), DOB)(", cu domiciliul în ")(p.addr(), ADDR)(". Aș dori o programare la clinica din ")
    b(r.choice(("Cluj", "Iași", "Brașov")))(". Număr de telefon: ")(p.phone(r.choice(("nat", "intl"))), PH)(".\n\nMulțumesc,\n")(p.first, PER)("\nNr. dosar ")(ref(r, "AUD-", 5))("\n")
    return b


def _t_cy_email(r):
    p, q = P(r, "CY"), P(r, "CY")
    b = _B()
    b("Pwnc: Cyfieithydd BSL / Cymraeg\n\nBore da ")(q.first, PER)(",\n\nDiolch am gadarnhau'r cyfieithydd ar gyfer ")(some_date(r, 0, 40).strftime("%d/%m/%Y"))(". Rwy'n byw yn ")(p.town, LOC)(" nawr, felly'r cyfeiriad newydd yw:\n")
    b("\n".join(p.addr_lines()), ADDR)("\n\nFy rhif ffôn: ")(p.phone("nat"), PH)("\n\nCofion,\n")(p.full, PER)("\nCyf. archeb: ")(ref(r, "CYF", 5))("\n")
    return b


TEMPLATES = [
    # English (US, GB, CA, AU, IN, IE, ZA, NZ, SG, PH, NG, KE)
    _t_us_support_email, _t_gb_forward, _t_au_whatsapp, _t_us_slack, _t_in_teams, _t_ca_livechat, _t_nz_sms, _t_ie_ticket,
    _t_za_crm, _t_us_transcript, _t_gb_form, _t_us_kvlog, _t_sg_jsonl, _t_ke_nginx, _t_env, _t_in_ocr, _t_au_sheet,
    _t_gb_subjects, _t_nopii_release, _t_nopii_depot, _t_us_payroll, _t_ng_ticket, _t_au_audiology_note, _t_ie_transcript,
    _t_sg_livechat, _t_ke_sms, _t_us_hr_kv, _t_ca_email_sig, _t_gb_quoted_addr, _t_ph_en_call, _t_us_bank_chat, _t_nopii_chat,
    # other languages
    _t_at_email, _t_de_ticket, _t_de_callnote, _t_fr_chat, _t_fr_form, _t_es_email, _t_nl_whatsapp, _t_nl_crm, _t_pt_ticket,
    _t_br_sms, _t_it_email, _t_pl_form, _t_se_sms, _t_cat_email, _t_cat_chat, _t_is_email, _t_af_whatsapp, _t_tl_sms,
    _t_tl_callnote, _t_ms_chat, _t_sl_ticket, _t_tr_form, _t_tr_whatsapp, _t_ro_email, _t_cy_email,
]


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"moor-{seed}")
    out = []
    for i in range(n):
        r = random.Random(f"moor-{seed}-{i}-{rng.randrange(2**32)}")
        out.append(TEMPLATES[i % len(TEMPLATES)](r).build())
    return out


# --------------------------------------------------------------------------------------------
# structured tables


def _table(r: random.Random, code: str, rows: int, cols: list) -> list[Column]:
    people = [P(r, code) for _ in range(rows)]
    out = []
    for spec in cols:
        name, ent, fn = spec[0], spec[1], spec[2]
        blank = spec[3] if len(spec) > 3 else 0.0
        ph = spec[4] if len(spec) > 4 else None
        vals: list[str | None] = []
        for p in people:
            if r.random() < blank:
                vals.append(None)
            elif ph and r.random() < 0.05:
                vals.append(r.choice(ph))
            else:
                vals.append(fn(r, p))
        assert ent is None or ent in LABELS
        out.append(Column(name, ent, vals))
    assert 15 <= len(out) <= 22, len(out)
    assert sum(c.entity is None for c in out) * 2 > len(out)
    return out


_NA = ("N/A", "-", "unknown")


def _d(r, back=300, fwd=60, f="%Y-%m-%d"):
    return some_date(r, back, fwd).strftime(f)


def _tab_ski(r, n):
    return _table(r, "AT", n, [
        ("Kurs_ID", None, lambda r, p: ref(r, "SK-", 5)),
        ("Vorname", PER, lambda r, p: p.first),
        ("Nachname", PER, lambda r, p: p.last),
        ("Geburtsdatum", DOB, lambda r, p: p.dob(), 0.05),
        ("Geburtsdatum_geprüft", None, lambda r, p: r.choice(("ja", "nein"))),
        ("Tel", PH, lambda r, p: p.phone(r.choice(("nat", "intl"))), 0.2, _NA),
        ("E-Mail", EM, lambda r, p: p.email(), 0.1),
        ("Telefon_Typ", None, lambda r, p: r.choice(("mobil", "Festnetz", "Eltern"))),
        ("Wohnort", LOC, lambda r, p: p.town, 0.15),
        ("Filiale", None, lambda r, p: r.choice(("Schladming", "Planai", "Reiteralm", "Hauser Kaibling"))),
        ("Skilevel", None, lambda r, p: r.choice(("Anfänger", "Fortgeschritten", "Bambini", "Profi"))),
        ("Schuhgröße", None, lambda r, p: str(r.randint(24, 47))),
        ("Helm_geliehen", None, lambda r, p: r.choice(("ja", "nein")), 0.3),
        ("Kursbeginn", None, lambda r, p: _d(r, 10, 90, "%d.%m.%Y")),
        ("Preis_EUR", None, lambda r, p: f"{r.randint(90, 480)},00"),
        ("Gutscheincode", None, lambda r, p: _rs(r, 8, string.ascii_uppercase + string.digits), 0.6),
        ("Liftpass_Nr", None, lambda r, p: f"{digits(r, 2)}-{digits(r, 4)}-{digits(r, 6)}"),
        ("Gruppe", None, lambda r, p: f"G{r.randint(1, 12)}"),
    ])


def _tab_liftpass(r, n):
    return _table(r, "SI", n, [
        ("vozovnica.st", None, lambda r, p: f"{digits(r, 2)}-{digits(r, 8)}"),
        ("kupec.ime", PER, lambda r, p: p.full),
        ("kupec.email", EM, lambda r, p: p.email(), 0.05),
        ("kartica", CC, lambda r, p: card(r, r.choice(("plain", "space")))),
        ("kartica_zadnje4", None, lambda r, p: digits(r, 4)),
        ("kartica.potek", None, lambda r, p: expiry(r)),
        ("ip_naslov", IP, lambda r, p: ip4(r), 0.1),
        ("terminal_ip", None, lambda r, p: priv_ip(r)),
        ("col_7", PH, lambda r, p: p.phone(r.choice(("intl", "nat"))), 0.35),
        ("tip", None, lambda r, p: r.choice(("dnevna", "3-dnevna", "sezonska", "otroška"))),
        ("veljavnost_od", None, lambda r, p: _d(r, 20, 60, "%d.%m.%Y")),
        ("cena", None, lambda r, p: f"{r.randint(25, 590)},{r.randint(0, 99):02d} €"),
        ("transakcija_id", None, lambda r, p: uid(r)),
        ("blagajna", None, lambda r, p: r.choice(("Vitranc", "Podkoren", "Kranjska Gora center"))),
        ("pos.version", None, lambda r, p: version(r)),
        ("avtorizacijska_koda", None, lambda r, p: digits(r, 6)),
        ("status", None, lambda r, p: r.choice(("OK", "ZAVRNJENO", "VRNJENO"))),
    ])


def _tab_waste(r, n):
    def street_only(r, p):
        return p.street()
    return _table(r, "GB", n, [
        ("uprn", None, lambda r, p: "10" + digits(r, 10)),
        ("request_ref", None, lambda r, p: ref(r, "WST-", 6)),
        ("resident_name", PER, lambda r, p: p.full if r.random() < 0.7 else f"{p.last}, {p.first}"),
        ("addr1", ADDR, street_only),
        ("town", LOC, lambda r, p: p.town),
        ("address_type", None, lambda r, p: r.choice(("residential", "HMO", "commercial"))),
        ("tel", PH, lambda r, p: p.phone(r.choice(("nat", "plain", "intl"))), 0.25, _NA),
        ("phone_type", None, lambda r, p: r.choice(("mobile", "landline"))),
        ("email", EM, lambda r, p: p.email(), 0.3),
        ("email_verified", None, lambda r, p: r.choice(("true", "false"))),
        ("bin_type", None, lambda r, p: r.choice(("240L general", "140L green", "food caddy", "blue recycling"))),
        ("collection_day", None, lambda r, p: r.choice(("Mon", "Tue", "Wed", "Thu", "Fri"))),
        ("crew_depot", None, lambda r, p: r.choice(("Stourton", "Millbrook", "Riverside"))),
        ("missed_count", None, lambda r, p: str(r.randint(0, 6))),
        ("reported_at", None, lambda r, p: ts(r)),
        ("assisted_collection", None, lambda r, p: r.choice(("Y", "N")), 0.2),
        ("ward_code", None, lambda r, p: "E0500" + digits(r, 4)),
        ("bin_gps", None, lambda r, p: gps(r), 0.4),
        ("notes", None, lambda r, p: r.choice(("gate locked", "bin on pavement", "contaminated", "access via back lane")), 0.5),
    ])


def _tab_recollida(r, n):
    return _table(r, "CAT", n, [
        ("id_incidència", None, lambda r, p: ref(r, "INC", 7)),
        ("data_hora", None, lambda r, p: ts(r)),
        ("nom_veí", PER, lambda r, p: p.full, 0.2),
        ("telèfon", PH, lambda r, p: p.phone(r.choice(("nat", "intl"))), 0.3),
        ("adreça", ADDR, lambda r, p: p.addr()),
        ("correu", EM, lambda r, p: p.email(), 0.45),
        ("ruta", None, lambda r, p: f"R{r.randint(1, 30):02d}"),
        ("camió", None, lambda r, p: f"{digits(r, 4)} {_rs(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"),
        ("contenidor_id", None, lambda r, p: ref(r, "CT-", 6)),
        ("fracció", None, lambda r, p: r.choice(("orgànica", "paper", "envasos", "vidre", "rebuig"))),
        ("pes_kg", None, lambda r, p: f"{r.randint(5, 900)},{r.randint(0, 9)}"),
        ("coordenades", None, lambda r, p: gps(r)),
        ("operari_codi", None, lambda r, p: ref(r, "OP", 4)),
        ("deixalleria", None, lambda r, p: r.choice(("Vic", "Olot", "Manresa", "Girona"))),
        ("estat", None, lambda r, p: r.choice(("oberta", "tancada", "en curs"))),
        ("foto_hash", None, lambda r, p: sha(r), 0.3),
        ("versió_app", None, lambda r, p: version(r)),
    ])


def _tab_interpreters(r, n):
    return _table(r, "US", n, [
        ("interpreterId", None, lambda r, p: ref(r, "INT", 5)),
        ("firstName", PER, lambda r, p: p.first),
        ("lastName", PER, lambda r, p: p.last),
        ("dob", DOB, lambda r, p: p.dob(), 0.1),
        ("ssn", SSN, lambda r, p: ssn(r), 0.05),
        ("ssnVerified", None, lambda r, p: r.choice(("true", "false"))),
        ("bankAccount", BANK, lambda r, p: us_account(r), 0.15),
        ("routingNumber", None, lambda r, p: routing(r), 0.15),
        ("mobilePhone", PH, lambda r, p: p.phone(r.choice(("nat", "e164"))), 0.05),
        ("homeAddress", ADDR, lambda r, p: p.addr(), 0.1),
        ("email", EM, lambda r, p: p.email()),
        ("certification", None, lambda r, p: r.choice(("NIC", "CDI", "CCHI", "NBCMI", "state court"))),
        ("languages", None, lambda r, p: r.choice(("ASL", "ASL; Spanish", "Spanish", "Vietnamese", "Somali; Arabic"))),
        ("hourlyRate", None, lambda r, p: f"{r.randint(45, 120)}.00"),
        ("w9Received", None, lambda r, p: r.choice(("yes", "no"))),
        ("lastAssignment", None, lambda r, p: _d(r, 120, 0, "%m/%d/%Y")),
        ("region", None, lambda r, p: r.choice(("Tucson", "Phoenix", "Denver", "Boise"))),
        ("badgeNo", None, lambda r, p: ref(r, "B", 5)),
        ("ratingAvg", None, lambda r, p: f"{r.uniform(3, 5):.2f}"),
        ("portalPasswordChangedAt", None, lambda r, p: ts(r), 0.2),
    ])


def _tab_cy_bookings(r, n):
    return _table(r, "CY", n, [
        ("cyfeirnod_archeb", None, lambda r, p: ref(r, "CYF", 5)),
        ("enw_cyntaf", PER, lambda r, p: p.first),
        ("cyfenw", PER, lambda r, p: p.last, 0.1),
        ("ffôn", PH, lambda r, p: p.phone(r.choice(("nat", "intl"))), 0.2, _NA),
        ("math_ffôn", None, lambda r, p: r.choice(("symudol", "llinell dir", "testun yn unig"))),
        ("e-bost", EM, lambda r, p: p.email(), 0.25),
        ("tref", LOC, lambda r, p: p.town, 0.1),
        ("dyddiad", None, lambda r, p: _d(r, 30, 60, "%d/%m/%Y")),
        ("iaith", None, lambda r, p: r.choice(("BSL", "Cymraeg", "Pwyleg", "Arabeg"))),
        ("hyd_munudau", None, lambda r, p: str(r.choice((60, 90, 120, 180)))),
        ("lleoliad", None, lambda r, p: r.choice(("Ysbyty Bronglais", "Llys Ynadon Caernarfon", "Canolfan Gwaith Bangor"))),
        ("cyfieithydd_id", None, lambda r, p: ref(r, "C", 4)),
        ("cost", None, lambda r, p: f"£{r.randint(60, 400)}.00"),
        ("statws", None, lambda r, p: r.choice(("wedi'i gadarnhau", "aros", "canslwyd"))),
        ("nodyn", None, lambda r, p: r.choice(("dolen clyw", "angen parcio", "ail-archebu")), 0.5),
    ])


def _tab_vegbox_nl(r, n):
    return _table(r, "NL", n, [
        ("abonnement_nr", None, lambda r, p: ref(r, "GP", 6)),
        ("voornaam", PER, lambda r, p: p.first),
        ("achternaam", PER, lambda r, p: p.last),
        ("geboortedatum", DOB, lambda r, p: p.dob(), 0.4),
        ("IBAN", IBAN, lambda r, p: iban(r, "NL")),
        ("iban_geverifieerd", None, lambda r, p: r.choice(("ja", "nee"))),
        ("mandaat_id", None, lambda r, p: ref(r, "MDT-", 8)),
        ("adres", ADDR, lambda r, p: p.addr()),
        ("telefoonnummer", PH, lambda r, p: p.phone(r.choice(("nat", "intl", "plain"))), 0.15),
        ("e-mail", EM, lambda r, p: p.email(), 0.05),
        ("pakketgrootte", None, lambda r, p: r.choice(("klein", "middel", "groot", "gezin"))),
        ("bezorgdag", None, lambda r, p: r.choice(("dinsdag", "donderdag", "zaterdag"))),
        ("startdatum", None, lambda r, p: _d(r, 700, 0, "%d-%m-%Y")),
        ("maandbedrag", None, lambda r, p: f"€ {r.randint(40, 120)},{r.choice(('00', '50', '95'))}"),
        ("ophaalpunt", None, lambda r, p: r.choice(("Houten", "Bunnik", "Zeist", "Nieuwegein"))),
        ("allergieën", None, lambda r, p: r.choice(("noten", "selderij", "geen")), 0.5, _NA),
        ("kortingscode", None, lambda r, p: _rs(r, 8, string.ascii_uppercase), 0.6),
        ("hond_naam", None, lambda r, p: r.choice(("Bobbie", "Max", "Luna", "Saar", "Guus")), 0.55),
        ("status", None, lambda r, p: r.choice(("actief", "gepauzeerd", "opgezegd"))),
    ])


def _tab_payments(r, n):
    return _table(r, "IE", n, [
        ("PaymentId", None, lambda r, p: "pi_" + _rs(r, 24)),
        ("CreatedAt", None, lambda r, p: ts(r)),
        ("CardholderName", PER, lambda r, p: p.full.upper() if r.random() < 0.4 else p.full),
        ("CardNumber", CC, lambda r, p: card(r, r.choice(("plain", "space", "dash")))),
        ("CardLast4", None, lambda r, p: digits(r, 4)),
        ("CardExpiry", None, lambda r, p: expiry(r)),
        ("CardBrand", None, lambda r, p: r.choice(("visa", "mastercard", "amex"))),
        ("Email", EM, lambda r, p: p.email(), 0.1),
        ("BillingIp", IP, lambda r, p: ip4(r) if r.random() < 0.8 else ip6(r), 0.05),
        ("TerminalIp", None, lambda r, p: priv_ip(r)),
        ("Amount", None, lambda r, p: f"{r.randint(15, 90)}.{r.randint(0, 99):02d}"),
        ("Currency", None, lambda r, p: "EUR"),
        ("AuthCode", None, lambda r, p: _rs(r, 6, string.ascii_uppercase + string.digits)),
        ("Status", None, lambda r, p: r.choice(("succeeded", "failed", "refunded"))),
        ("ThreeDSVersion", None, lambda r, p: r.choice(("2.1.0", "2.2.0", "1.0.2"))),
        ("RiskScore", None, lambda r, p: str(r.randint(0, 99))),
        ("MerchantKey", None, lambda r, p: pk_key(r)),
        ("SessionId", None, lambda r, p: "cs_" + _rs(r, 40)),
    ])


def _tab_is_patients(r, n):
    return _table(r, "IS", n, [
        ("sjúklingur_nr", None, lambda r, p: ref(r, "H", 6)),
        ("nafn", PER, lambda r, p: p.full),
        ("field_3", DOB, lambda r, p: p.dob(), 0.1),
        ("fæðingardagur_staðfest", None, lambda r, p: r.choice(("já", "nei"))),
        ("sími", PH, lambda r, p: p.phone(r.choice(("nat", "intl"))), 0.1, _NA),
        ("sími_tegund", None, lambda r, p: r.choice(("farsími", "heimasími"))),
        ("netfang", EM, lambda r, p: p.email(), 0.35),
        ("heimilisfang", ADDR, lambda r, p: p.addr()),
        ("búseta", LOC, lambda r, p: p.town, 0.2),
        ("heyrnartæki", None, lambda r, p: r.choice(("Oticon Intent 1", "Phonak Lumity L90", "Widex Moment 440"))),
        ("rað_nr", None, lambda r, p: digits(r, 10)),
        ("hægra_dB", None, lambda r, p: str(r.randint(10, 90))),
        ("vinstra_dB", None, lambda r, p: str(r.randint(10, 90))),
        ("tími", None, lambda r, p: _d(r, 30, 60, "%d.%m.%Y %H:%M")),
        ("útibú", None, lambda r, p: r.choice(("Akureyri", "Selfoss", "Reykjavík"))),
        ("tæki_firmware", None, lambda r, p: version(r)),
    ])


def _tab_fittings(r, n):
    return _table(r, "AU", n, [
        ("FITTING_ID", None, lambda r, p: ref(r, "F", 7)),
        ("PATIENT_SURNAME", PER, lambda r, p: p.last.upper()),
        ("PATIENT_GIVEN", PER, lambda r, p: p.first),
        ("DOB", DOB, lambda r, p: p.dob()),
        ("PH_MOBILE", PH, lambda r, p: p.phone(r.choice(("nat", "plain", "intl"))), 0.1),
        ("PORTAL_PWD", PW, lambda r, p: password(r), 0.5),
        ("PWD_HASH", None, lambda r, p: bcrypt(r) if r.random() < 0.6 else argon(r)),
        ("PWD_CHANGED_AT", None, lambda r, p: ts(r), 0.3),
        ("DEVICE_MODEL", None, lambda r, p: r.choice(("Oticon Real 2", "Phonak Audeo P70", "Signia Pure C&G 7X"))),
        ("SERIAL_L", None, lambda r, p: digits(r, 10)),
        ("SERIAL_R", None, lambda r, p: digits(r, 10), 0.2),
        ("FIRMWARE", None, lambda r, p: version(r)),
        ("FIT_DATE", None, lambda r, p: _d(r, 300, 0, "%d/%m/%Y")),
        ("AUDIOLOGIST_ID", None, lambda r, p: ref(r, "AUD", 4)),
        ("CLINIC", None, lambda r, p: r.choice(("Geelong", "Ballarat", "Bendigo"))),
        ("HSP_ITEM", None, lambda r, p: str(r.choice((800, 805, 850)))),
        ("GAP_AMOUNT", None, lambda r, p: f"${r.randint(0, 3000)}.00"),
        ("BT_MAC", None, lambda r, p: ":".join(_rs(r, 2, "0123456789ABCDEF") for _ in range(6))),
    ])


def _tab_kayak(r, n):
    return _table(r, "NZ", n, [
        ("Rental ID", None, lambda r, p: ref(r, "KH", 6)),
        ("Hirer Name", PER, lambda r, p: p.full),
        ("Phone", PH, lambda r, p: p.phone(r.choice(("nat", "intl"))), 0.05),
        ("Email", EM, lambda r, p: p.email(), 0.2),
        ("Home Town", LOC, lambda r, p: p.town, 0.25),
        ("Street Address", ADDR, lambda r, p: p.addr(), 0.4, _NA),
        ("Date of Birth", DOB, lambda r, p: p.dob(), 0.3),
        ("Card Number", CC, lambda r, p: card(r, "space"), 0.5),
        ("Card Last 4", None, lambda r, p: digits(r, 4)),
        ("Boat Type", None, lambda r, p: r.choice(("single sit-on-top", "double touring", "SUP", "canoe"))),
        ("Boat No", None, lambda r, p: f"K-{r.randint(1, 60):02d}"),
        ("Launch Site", None, lambda r, p: r.choice(("Lake Taupo", "Abel Tasman", "Okere Falls", "Lake Rotoiti"))),
        ("Start Time", None, lambda r, p: ts(r)),
        ("Hours", None, lambda r, p: str(r.choice((1, 2, 4, 8)))),
        ("Deposit", None, lambda r, p: f"${r.choice((50, 100, 200))}"),
        ("Life Jacket Size", None, lambda r, p: r.choice(("S", "M", "L", "XL", "child"))),
        ("Return GPS", None, lambda r, p: gps(r), 0.3),
        ("Waiver Signed", None, lambda r, p: r.choice(("Yes", "No"))),
        ("Name of Product", None, lambda r, p: r.choice(("Ocean Kayak Malibu Two", "Perception Pescador", "Mr Jones Guided Tour"))),
    ])


def _tab_api_log(r, n):
    return _table(r, "TR", n, [
        ("req.id", None, lambda r, p: uid(r)),
        ("ts", None, lambda r, p: ts(r)),
        ("req.ip", IP, lambda r, p: ip4(r) if r.random() < 0.85 else ip6(r)),
        ("api_key", KEY, lambda r, p: api_key(r), 0.1),
        ("pk", None, lambda r, p: pk_key(r)),
        ("müşteri.ad", PER, lambda r, p: p.first),
        ("müşteri.tel", PH, lambda r, p: p.phone(r.choice(("nat", "intl", "e164"))), 0.2),
        ("attr2", EM, lambda r, p: p.email(), 0.3),
        ("endpoint", None, lambda r, p: r.choice(("/v1/rentals", "/v1/boats", "/v1/payments/intent"))),
        ("status_code", None, lambda r, p: str(r.choice((200, 201, 400, 401, 500)))),
        ("latency_ms", None, lambda r, p: str(r.randint(12, 2200))),
        ("ua", None, lambda r, p: f"MaviKurekApp/{version(r)} (Android {r.randint(9, 15)})"),
        ("session_id", None, lambda r, p: _rs(r, 32, "0123456789abcdef")),
        ("partner", None, lambda r, p: r.choice(("Mavi Kürek Turizm", "Ege Kano Kulübü", "Ahmet Bey Tekne Kiralama"))),
        ("trace", None, lambda r, p: sha(r)[:32]),
        ("liman", None, lambda r, p: r.choice(("Bodrum", "Kaş", "Fethiye", "Göcek"))),
    ])


_TABLES = {
    "ski_school_kursanmeldungen": _tab_ski,
    "lift_pass_prodaja": _tab_liftpass,
    "waste_collection_requests": _tab_waste,
    "recollida_incidencies": _tab_recollida,
    "interpreter_roster": _tab_interpreters,
    "archebion_cyfieithu": _tab_cy_bookings,
    "groentepakket_abonnees": _tab_vegbox_nl,
    "vegbox_card_payments": _tab_payments,
    "heyrnarstod_sjuklingar": _tab_is_patients,
    "HEARING_AID_FITTINGS": _tab_fittings,
    "Kayak Rentals": _tab_kayak,
    "kiralama_api_log": _tab_api_log,
}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for name, fn in _TABLES.items():
        out[name] = fn(random.Random(f"moor-{seed}-{name}"), rows)
    return out


# --------------------------------------------------------------------------------------------
# self-check: python bench/accuracy_split_moor.py


def _valid(label: str, s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if label == CC:
        tot = 0
        for i, ch in enumerate(reversed(d)):
            k = int(ch) * (2 if i % 2 else 1)
            tot += k - 9 if k > 9 else k
        return tot % 10 == 0 and 13 <= len(d) <= 19
    if label == SSN:
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if label == IBAN:
        x = s.replace(" ", "")
        n = int("".join(str(int(c, 36)) for c in x[4:] + x[:4]))
        return n % 97 == 1
    if label == IP:
        return ipaddress.ip_address(s).is_global
    if label == EM:
        return s.count("@") == 1 and " " not in s
    return True


def _selfcheck() -> None:
    import collections
    import hashlib as _h
    import json
    import time
    t0 = time.time()
    texts = free_text(500, 7)
    tabs = structured(150, 11)
    dt = time.time() - t0
    cnt: collections.Counter = collections.Counter()
    for t in texts:
        for s, e, lab in t.spans:
            v = t.text[s:e]
            assert _valid(lab, v), (lab, v)
            cnt[lab] += 1
    for name, cols in tabs.items():
        for c in cols:
            assert len(c.values) == 150
            if c.entity:
                for v in c.values:
                    if v is not None and v not in _NA:
                        assert _valid(c.entity, v), (name, c.name, v)
    blob = json.dumps([[t.text, t.spans] for t in texts] + [[k, c.name, c.entity, c.values] for k, cols in tabs.items() for c in cols])
    print("templates", len(TEMPLATES), "tables", len(tabs), "columns", sum(len(c) for c in tabs.values()),
          "pii cols", sum(c.entity is not None for cols in tabs.values() for c in cols))
    print("labels", dict(sorted(cnt.items())))
    print("seconds", round(dt, 2), "digest", _h.sha256(blob.encode()).hexdigest()[:16])


if __name__ == "__main__":
    _selfcheck()
