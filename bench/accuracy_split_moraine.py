"""Labelled accuracy split "moraine" for the PII-scanner benchmark (free text + structured tables).

Data card
=========
Author / date: helper "moraine", 2026-11-28 (fixed "today" used for every relative date).

Independence: written only from the author prompt (/tmp/w25/prompt_moraine.md, which gives the
exact definitions imported from bench/accuracy_data.py), an `ls bench/`, the list of Faker locales,
a few Faker name samples and phonenumbers example numbers / validity checks. No other repository
file was opened (not the scanner, its rules, tests, docs, results, notes, accuracy_data.py or other
splits); the scanner and Presidio were never read or run; no git, no web.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)] with its own
random.Random(f"moraine-{seed}-text-{i}")); structured(rows, seed) -> dict[str, list[Column]]
(each table seeded with random.Random(f"moraine-{seed}-table-{name}")); TEMPLATES. Deterministic:
no clock reads, no set iteration, every Faker reseeded from the text's rng before use.

Domains: taxi & airport-transfer firm, hair & beauty salon, charity donor CRM (gift aid, standing
orders, direct debits), primary-school parent portal, driving-test booking / driving school,
self-storage facility, plus generic support / log / config texts.

Languages (58 templates): English 32 (55%) - US 8, GB 6, IE 3, AU 3, CA 2, NZ 2, ZA 2, NG 2,
IN 1, SG 1, PH 1, KE 1; other languages 26 (45%), 2 templates each: Catalan, Icelandic, Slovenian,
Estonian, Lithuanian, Turkish, Romanian, Vietnamese, Afrikaans, Malay, Swahili (Tanzania),
Tagalog/Filipino, Albanian. Names, towns, postcodes, streets, phone formats (phonenumbers,
national / international / E.164 / compact / dashed, each re-validated) and date formats follow
each text's country (hand-written lists; Faker names mixed in for en_US/GB/CA/AU/IN/IE/NZ/NG/KE,
sl_SI, ro_RO).

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mails (EN, ET), WhatsApp /
Teams / Slack / Viber / Messenger / live-chat exports, SMS threads, tickets with internal notes,
CRM and call notes, lower-case speech-to-text transcripts (EN, RO), form dumps (key: value,
key=value, JSON and JSON lines), web-server access logs, application JSON logs, .env config,
OCR'd form, tab-separated spreadsheet rows, notification subject lists, school letters, and two
texts with no PII at all (maintenance notice, worker log).

Value rules: cards from _luhn (Visa/MC/Amex/Discover, spaced/dashed/plain); SSNs avoid area
000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits beside ABA-valid routing
numbers (routing unlabelled); IBANs from _iban_of (GB, IE, ES) or a local mod-97 generator (IS,
SI, EE, LT, TR, RO, AL), spaced or not; public IPv4/IPv6 from _ip_public_v4/_v6, private
10/172.16/192.168 addresses unlabelled; API keys in sk_live_/ghp_/AIza/xoxb-/SG./sk-proj-/glpat-
shapes; plaintext passwords of several styles; phone numbers valid and of mobile or fixed type.

Label conventions applied: PERSON as written (full, first only, surname only, upper/lower case,
"Last, First", "First L." with the period inside); titles outside; chat speakers labelled; names
inside salon/school/storage/fund/product/street names unlabelled; pets unlabelled.
STREET_ADDRESS: street line + postcode + town as one span; multi-line blocks one span; each
'>'-quoted line its own span; signature business addresses labelled; bare street lines (tables)
labelled. LOCATION only for where a person lives, was born, comes from or travels to; branch,
depot, test-centre and facility towns unlabelled. DATE_OF_BIRTH only for birth dates. Every e-mail
(role addresses too) and every valid phone (business lines too) labelled. Offsets are Python str
indices; each span is asserted equal to the inserted value, stripped, not glued to letters or
digits, non-overlapping, and type-checked (Luhn, SSN rules, IBAN mod-97, ipaddress.is_global).

Look-alikes (never labelled): masked cards, last-4, expiry/CVV, card tokens, sort codes, routing
numbers alone, BIC/SWIFT, private IPs, version strings, commit/sha256 hex, bcrypt/argon-style
hashes, UUIDs, order/ticket/booking/trip/contract/invoice/policy/receipt numbers, OTPs, gate and
door codes, IMEIs, GPS coordinates, plates, amounts, timestamps and non-birth dates, pk_live_
publishable keys, Twilio-style AC account SIDs, session ids, pet names, branch towns, brand /
school / product names containing person names.

Tables (structured(150, 11); PII / look-alike columns):
  taxi_airport_bookings_gb   en-GB  5 / 15  snake_case, abbreviations (tel, pickup_addr1), opaque col_7 (surname)
  taxi_surucu_kayitlari_tr   tr-TR  8 / 11  Turkish headers, PascalCase (DoğumTarihi), IBAN TR
  salon_clients_au           en-AU  7 / 11  PascalCase; first/last split, DOB 55% blank, stylist names
  salon_rezervari_log_ro     ro-RO  6 / 12  dotted Romanian headers; public IPs, card numbers, passwords
  charity_donors_gb          en-GB  8 / 12  spaced Title Case; gift aid, IBAN GB, placeholders N/A and -
  charity_aukos_lt           lt-LT  7 / 10  Lithuanian snake_case; IBAN LT, opaque attr2 (hashes)
  school_portal_parents_ca   en-CA  8 / 12  camelCase; student DOB, login IPs, password hashes
  school_murid_my            ms-MY  7 / 11  Malay headers; pupil DOB, birthplace, opaque field_3
  driving_test_bookings_in   en-IN  7 / 11  snake_case; upper-case names, OTPs, Aadhaar last 4
  driving_juhendajad_ee      et-EE  8 / 11  Estonian headers; IBAN EE, API keys
  storage_tenants_us         en-US  9 / 12  UPPER_SNAKE; SSN, US account numbers, passwords (PWD)
  storage_hek_toegang_za     af-ZA  5 / 12  Afrikaans headers; opaque attr9 (surname), public IPs
Blank rates vary 0-60% per column; a few placeholders (N/A, -, unknown, NA, Any, nežinoma) appear.

Known limits: templates are hand-written, so phrasing variety inside one template is limited; town,
street and name lists are short (8-16 entries per country); postcodes are paired with towns but
not with streets; transcripts keep digits numeric; Vietnamese addresses omit postcodes; Malay
names have no surname-only mentions; the same person may reappear across rows of the storage
access log by design; label decisions for borderline cases (auth headers as API_KEY, stylist
names as PERSON) follow the conventions above.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import random
import re
import string
import unicodedata

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)

P, E, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PWD, KEY = LABELS

# ---------------------------------------------------------------------------
# text builder with exact offsets
# ---------------------------------------------------------------------------


class _B:
    """Collects literal text and labelled values; offsets are computed while building."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str, str]] = []

    def __call__(self, *parts) -> _B:
        for x in parts:
            if isinstance(x, tuple):
                v, lab = x
                if lab is not None:
                    self.spans.append((self.pos, self.pos + len(v), lab, v))
            else:
                v = x
            self.buf.append(v)
            self.pos += len(v)
        return self

    def done(self) -> Text:
        text = "".join(self.buf)
        spans = []
        last_end = -1
        for s, e, lab, v in self.spans:
            assert text[s:e] == v, (text[s:e], v)
            assert v and v == v.strip(), repr(v)
            assert s >= last_end, ("overlap", v)
            assert lab in LABELS, lab
            _check_value(lab, v)
            if s > 0:
                assert not text[s - 1].isalnum(), ("glued left", text[max(0, s - 5):e])
            if e < len(text):
                assert not text[e].isalnum(), ("glued right", text[s:e + 5])
            last_end = e
            spans.append((s, e, lab))
        return Text(text, spans)


_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _check_value(lab: str, v: str) -> None:
    if lab not in (P, ADDR, PWD) and not (lab == DOB and v.endswith(" d.")):
        assert v[-1] not in ".,;:!?)]}'\"", (lab, v)
    if lab == P and v.endswith("."):
        assert re.search(r"\b[A-ZÀ-Ž]\.$", v), v
    assert v[0] not in "([{'\"<" or (lab == PH and ")" in v), (lab, v)
    if lab == E:
        assert _EMAIL_RE.match(v), v
    elif lab == CC:
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d), v
    elif lab == SSN:
        d = re.sub(r"[ -]", "", v)
        assert len(d) == 9 and d.isdigit(), v
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
    elif lab == IP:
        assert ipaddress.ip_address(v).is_global, v
    elif lab == IBAN:
        d = v.replace(" ", "")
        assert _iban_valid(d), v
    elif lab == BANK:
        assert v.replace("-", "").isdigit(), v


# ---------------------------------------------------------------------------
# value helpers
# ---------------------------------------------------------------------------


def _fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = s.replace("æ", "ae").replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _uuid(r: random.Random) -> str:
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def _bcrypt(r: random.Random) -> str:
    return "$2b$12$" + _alnum(r, 53, string.ascii_letters + string.digits + "./")


def _argon(r: random.Random) -> str:
    b64 = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${_alnum(r, 22, b64)}${_alnum(r, 43, b64)}"


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def _iban_valid(iban: str) -> bool:
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


_BBAN = {  # countries _iban_of does not cover: (total length, pattern) d=digit, A=upper letter
    "IS": "d" * 22, "SI": "d" * 15, "EE": "d" * 16, "LT": "d" * 16,
    "TR": "ddddd0" + "d" * 16, "RO": "AAAA" + "d" * 16, "AL": "d" * 8 + "d" * 16,
}


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _BBAN:
        bban = "".join(r.choice(string.digits) if ch == "d" else r.choice(string.ascii_uppercase) if ch == "A" else ch
                       for ch in _BBAN[cc])
        v = cc + _iban_check(cc, bban) + bban
    else:
        v = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def _card(r: random.Random, style: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        d = _luhn(r, "4", 16)
    elif kind == "mc":
        d = _luhn(r, r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        d = _luhn(r, r.choice(["34", "37"]), 15)
    else:
        d = _luhn(r, "6011", 16)
    style = style or r.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def _last4(r: random.Random) -> str:
    return _digits(r, 4)


def _masked_card(r: random.Random) -> str:
    return r.choice(["**** **** **** {}", "XXXX-XXXX-XXXX-{}", "•••• {}", "************{}", "4***********{}"]).format(_last4(r))


def _ssn(r: random.Random, style: str | None = None) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
    if style == "plain":
        return f"{a:03d}{g:02d}{s:04d}"
    sep = "-" if style == "dash" else " "
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _routing(r: random.Random) -> str:
    while True:
        d = [int(c) for c in r.choice(["0", "1", "2", "3"]) + _digits(r, 7)]
        for c in range(10):
            w = d + [c]
            if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                return "".join(map(str, w))


def _us_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _digits(r, r.choice([7, 8, 9, 9, 10, 11]))


def _private_ip(r: random.Random) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _public_ip(r: random.Random) -> str:
    return _ip_public_v6(r) if r.random() < 0.2 else _ip_public_v4(r)


def _password(r: random.Random) -> str:
    k = r.randint(0, 5)
    words = ["Sunflower", "tiger", "Maple", "ocean", "Falcon", "biscuit", "Winter", "rocket", "Pepper", "lagoon",
             "Harbour", "cobalt", "Meadow", "orbit", "Thistle", "velvet"]
    if k == 0:
        return r.choice(words) + str(r.randint(10, 2026)) + r.choice("!#$%&*?")
    if k == 1:
        return _alnum(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#%&*+-=?@^_")
    if k == 2:
        return "-".join(r.sample(words, 3)).lower() + str(r.randint(1, 99))
    if k == 3:
        w = r.choice(words)
        return w[0].upper() + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + _digits(r, 2) + r.choice("!$")
    if k == 4:
        return _alnum(r, 4, string.ascii_uppercase) + _digits(r, 4) + _alnum(r, 4, string.ascii_lowercase) + r.choice("!#")
    return r.choice(words) + "." + r.choice(words) + "." + _digits(r, 3)


def _api_key(r: random.Random) -> str:
    b62 = string.ascii_letters + string.digits
    k = r.randint(0, 6)
    if k == 0:
        return "sk_live_" + _alnum(r, 24, b62)
    if k == 1:
        return "ghp_" + _alnum(r, 36, b62)
    if k == 2:
        return "AIza" + _alnum(r, 35, b62 + "-_")
    if k == 3:
        return f"xoxb-{_digits(r, 11)}-{_digits(r, 12)}-{_alnum(r, 24, b62)}"
    if k == 4:
        return "SG." + _alnum(r, 22, b62 + "-_") + "." + _alnum(r, 43, b62 + "-_")
    if k == 5:
        return "sk-proj-" + _alnum(r, 48, b62)
    return "glpat-" + _alnum(r, 20, b62 + "-_")


def _pub_key(r: random.Random) -> str:  # publishable / non-secret ids (look-alikes)
    k = r.randint(0, 2)
    if k == 0:
        return "pk_live_" + _alnum(r, 24)
    if k == 1:
        return "AC" + _hex(r, 32)
    return "sess_" + _alnum(r, 26)


def _version(r: random.Random) -> str:
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 99)}"


def _imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def _gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 65):.5f}, {r.uniform(-120, 170):.5f}"


def _ref(r: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + _alnum(r, n, string.ascii_uppercase + string.digits)


def _ts(r: random.Random, days_back: int = 60) -> _dt.datetime:
    d = _dt.datetime(2026, 11, 28, 23, 0, 0) - _dt.timedelta(seconds=r.randint(0, days_back * 86400))
    return d


def _near_date(r: random.Random, ahead: bool = True) -> _dt.date:
    return TODAY + _dt.timedelta(days=r.randint(1, 60) if ahead else -r.randint(1, 300))


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, r: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(r.randrange(1 << 30))
    return f


# ---------------------------------------------------------------------------
# country / language profiles (hand-written lists; names, towns, postcodes, streets per country)
# ---------------------------------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}


def _fmt_date(d: _dt.date, style: str) -> str:
    """Local date styles; used for birth dates and (unlabelled) other dates alike."""
    dd, mm, yy = d.day, d.month, d.year
    m = _MONTHS
    if style == "us":
        return f"{mm:02d}/{dd:02d}/{yy}"
    if style == "us_long":
        return f"{m['en'][mm - 1]} {dd}, {yy}"
    if style == "dmy":
        return f"{dd:02d}/{mm:02d}/{yy}"
    if style == "dmy_short":
        return f"{dd}/{mm}/{yy % 100:02d}"
    if style == "dot":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "dot_sl":
        return f"{dd}. {mm}. {yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "en_long":
        return f"{dd} {m['en'][mm - 1]} {yy}"
    if style == "en_ord":
        suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return f"{dd}{suf} {m['en'][mm - 1]} {yy}"
    if style == "en_abbr":
        return f"{dd}-{m['en'][mm - 1][:3]}-{yy}"
    if style == "ca":
        mn = m["ca"][mm - 1]
        return f"{dd} {'d' + chr(39) if mn[0] in 'ao' else 'de '}{mn} de {yy}"
    if style in ("is", "et", "sl"):
        return f"{dd}. {m[style][mm - 1]} {yy}"
    if style == "lt":
        return f"{yy} m. {m['lt'][mm - 1]} {dd} d."
    if style in ("tr", "ro", "af", "ms", "sw", "sq"):
        return f"{dd} {m[style][mm - 1]} {yy}"
    if style == "tl":
        return f"{m['tl'][mm - 1]} {dd}, {yy}"
    if style == "vi":
        return f"ngày {dd} tháng {mm} năm {yy}"
    raise ValueError(style)


class _Prof:
    def __init__(self, key, lang, region, groups, towns, streets, addr, dates, domains, faker=None,
                 eastern=False, country=""):
        self.key, self.lang, self.region = key, lang, region
        self.groups = [(g[0].split(","), g[1].split(",")) for g in groups]
        self.towns, self.streets, self.addr_fmt = towns, streets.split(","), addr
        self.dates, self.domains, self.faker, self.eastern = dates, domains.split(), faker, eastern
        self.country = country


def _a_us(r, n, s, t):
    unit = r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(100, 420)}"])
    return [f"{n} {s}{unit}", f"{t[0]}, {t[2]} {t[1]}"]


def _a_gb(r, n, s, t):
    flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
    return [f"{flat}{n} {s}", t[0], t[1]]


def _a_ca(r, n, s, t):
    unit = r.choice(["", "", f"{r.randint(101, 2404)}-"])
    return [f"{unit}{n} {s}", f"{t[0]}, {t[2]} {t[1]}"]


def _a_au(r, n, s, t):
    unit = r.choice(["", "", f"{r.randint(1, 30)}/"])
    return [f"{unit}{n} {s}", f"{t[0]} {t[2]} {t[1]}"]


def _a_in(r, n, s, t):
    flat = r.choice([f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}, {r.choice(['Sai Residency', 'Green Park Apts', 'Lakeview Towers', 'Shanti Nivas'])}",
                     f"No. {r.randint(1, 200)}/{r.randint(1, 9)}"])
    return [flat, f"{n}, {s}" if r.random() < 0.3 else s, f"{t[0]} - {t[1]}"]


def _a_ie(r, n, s, t):
    town = f"{t[0]}, {t[2]}" if t[2] else t[0]
    return [f"{n} {s}", town, t[1]]


def _a_plain(r, n, s, t):  # "12 Long Street", "Town", "pc"
    return [f"{n} {s}", f"{t[0]} {t[1]}"]


def _a_za(r, n, s, t):
    return [f"{n} {s}", t[2] if t[2] else t[0], f"{t[0]}, {t[1]}"] if t[2] else [f"{n} {s}", f"{t[0]}, {t[1]}"]


def _a_ph(r, n, s, t):
    return [f"{n} {s}, {r.choice(['Brgy. San Antonio', 'Brgy. Poblacion', 'Brgy. Kapitolyo', 'Brgy. Lahug', 'Brgy. Malamig', 'Brgy. Bagong Silang'])}", f"{t[0]} {t[1]}"]


def _a_sg(r, n, s, t):
    return [f"Blk {n} {s}", f"#{r.randint(2, 18):02d}-{r.randint(1, 320):02d}", f"Singapore {t[1]}{r.randint(0, 9)}{r.randint(10, 99)}"]


def _a_ca_es(r, n, s, t):
    pis = r.choice(["", "baixos", f"{r.randint(1, 6)}r {r.randint(1, 4)}a", f"{r.randint(1, 6)}r {r.randint(1, 4)}a", "àtic"])
    return [f"{s}, {n}" + (f", {pis}" if pis else ""), f"{t[1]} {t[0]}"]


def _a_num_after(r, n, s, t):  # Laugavegur 12 / Kerkstraat 12
    return [f"{s} {n}", f"{t[1]} {t[0]}"]


def _a_et(r, n, s, t):
    apt = r.choice(["", f"-{r.randint(1, 60)}"])
    return [f"{s} {n}{apt}", f"{t[1]} {t[0]}"]


def _a_lt(r, n, s, t):
    apt = r.choice(["", f"-{r.randint(1, 60)}"])
    return [f"{s} {n}{apt}", f"LT-{t[1]} {t[0]}"]


def _a_tr(r, n, s, t):
    return [f"{s} No: {n} D: {r.randint(1, 24)}", f"{t[1]} {t[2]}/{t[0]}"]


def _a_ro(r, n, s, t):
    bl = r.choice(["", f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, sc. {r.randint(1, 3)}, ap. {r.randint(1, 80)}",
                   f", ap. {r.randint(1, 40)}"])
    sect = f", {t[2]}" if t[2] else ""
    return [f"{s} nr. {n}{bl}{sect}", f"{t[1]} {t[0]}"]


def _a_vi(r, n, s, t):
    lane = r.choice(["", f"Ngõ {r.randint(2, 120)}, ", f"Hẻm {r.randint(2, 300)}, "])
    return [f"Số {n}, {lane}{s}", f"{t[2]}, {t[3]}"]


def _a_af(r, n, s, t):
    return [f"{s} {n}", f"{t[0]}, {t[1]}"]


def _a_ms(r, n, s, t):
    return [f"No. {n}, {s}", f"{t[1]} {t[0]}, {t[2]}"]


def _a_sw(r, n, s, t):
    return [f"{s}, Nyumba Na. {n}", f"{t[0]} {t[1]}"]


def _a_sq(r, n, s, t):
    return [f"{s}, Nr. {n}", f"{t[1]} {t[0]}"]


_PH_GROUP = ("Mark,Kristine,Jericho,Angelica,Paolo,Mae,Jomar,Rhea,Carlo,Princess,Rodel,Jasmine,Aldrin,Joanna,Rey,Camille",
             "Dela Cruz,Santos,Reyes,Bautista,Villanueva,Mendoza,Garcia,Ramos,Aquino,Castillo,Soriano,Navarro,Manalo,Pascual,Tolentino,Macaraeg")
_PH_TOWNS = [("Makati City", "1209", ""), ("Quezon City", "1100", ""), ("Cebu City", "6000", ""), ("Davao City", "8000", ""),
             ("Pasig City", "1600", ""), ("Iloilo City", "5000", ""), ("Baguio City", "2600", ""), ("Taguig", "1630", ""),
             ("Mandaluyong", "1550", ""), ("Bacolod City", "6100", "")]
_PH_STREETS = "Rizal St,Mabini St,Ayala Ave,Katipunan Ave,Osmeña Blvd,Lopez Jaena St,Session Rd,Shaw Blvd,Lacson St,Bonifacio Ave"
_ZA_TOWNS_EN = [("Cape Town", "8001", ""), ("Johannesburg", "2196", "Rosebank"), ("Durban", "4001", ""), ("Pretoria", "0181", "Brooklyn"),
                ("Gqeberha", "6001", ""), ("Bloemfontein", "9301", ""), ("Polokwane", "0699", ""), ("Pietermaritzburg", "3201", ""),
                ("East London", "5201", ""), ("Sandton", "2196", "")]

PROFILES = {
    "en-US": _Prof("en-US", "en", "US", [(
        "James,Maria,Tyler,Jasmine,Kevin,Brittany,Marcus,Heather,DeShawn,Megan,Carlos,Ashley,Brandon,Latoya,Ethan,Kayla",
        "Johnson,Martinez,Nguyen,Walker,Robinson,Patel,Sullivan,Brooks,Ramirez,Coleman,Fischer,Washington,Howard,Kim,Reyes,Murphy")],
        [("Columbus", "43215", "OH"), ("Austin", "78704", "TX"), ("Portland", "97214", "OR"), ("Raleigh", "27601", "NC"),
         ("Denver", "80205", "CO"), ("Tampa", "33606", "FL"), ("Madison", "53703", "WI"), ("Sacramento", "95814", "CA"),
         ("Albany", "12203", "NY"), ("Tucson", "85719", "AZ"), ("Omaha", "68102", "NE"), ("Richmond", "23220", "VA")],
        "Maple Ave,Oak Street,Pine St,Cedar Lane,Elm Drive,Lakeview Dr,Hillcrest Rd,Park Place,Sunset Blvd,Main St,Willow Ct,Magnolia Way",
        _a_us, ["us", "us", "us_long", "iso"], "gmail.com yahoo.com outlook.com icloud.com comcast.net aol.com",
        faker="en_US", country="USA"),
    "en-GB": _Prof("en-GB", "en", "GB", [(
        "Oliver,Amelia,Harry,Sophie,George,Charlotte,Jack,Ellie,Callum,Priya,Rhys,Siobhan,Tom,Hannah,Mohammed,Freya",
        "Smith,Hughes,Patel,Robinson,Clarke,Ahmed,Thompson,Evans,Wright,Davies,Khan,Walsh,Cooper,Bennett,Fletcher,Hall")],
        [("Leeds", "LS6 2AB", ""), ("Bristol", "BS7 8NP", ""), ("Manchester", "M14 5RT", ""), ("Norwich", "NR2 3DL", ""),
         ("Cardiff", "CF24 4HQ", ""), ("Sheffield", "S11 8YB", ""), ("Reading", "RG1 5QE", ""), ("Brighton", "BN2 1TW", ""),
         ("Nottingham", "NG7 2DR", ""), ("Exeter", "EX4 6JN", ""), ("Leicester", "LE2 1XD", ""), ("York", "YO31 7EW", "")],
        "Station Road,Victoria Street,Church Lane,Mill Road,The Crescent,Park Avenue,Queens Road,Albert Terrace,Kingsway,Grange Close,Harrow Road,Beech Grove",
        _a_gb, ["dmy", "dmy", "en_long", "en_ord"], "gmail.com hotmail.co.uk btinternet.com yahoo.co.uk outlook.com sky.com",
        faker="en_GB", country="UK"),
    "en-CA": _Prof("en-CA", "en", "CA", [(
        "Liam,Chloé,Noah,Madison,Jacob,Avery,Ethan,Émilie,Mason,Harpreet,Connor,Megan,Wei,Olivia,Tyler,Brooke",
        "Tremblay,MacDonald,Singh,Campbell,Wong,Roy,Gagnon,Anderson,Fraser,Chen,Bouchard,Thompson,Leblanc,Wilson,Grant,McKenzie")],
        [("Toronto", "M5H 2N2", "ON"), ("Calgary", "T2P 1J9", "AB"), ("Vancouver", "V6B 1A1", "BC"), ("Halifax", "B3H 1Z4", "NS"),
         ("Ottawa", "K1P 5G3", "ON"), ("Winnipeg", "R3C 0V8", "MB"), ("Saskatoon", "S7K 1J5", "SK"), ("Hamilton", "L8P 4R5", "ON"),
         ("Victoria", "V8W 1P6", "BC"), ("Edmonton", "T5J 2R7", "AB")],
        "Queen St W,Yonge Street,Jasper Ave,Robson St,Barrington St,Portage Ave,Elgin St,King St E,Douglas St,8th Avenue SW",
        _a_ca, ["iso", "us_long", "iso", "dmy"], "gmail.com rogers.com shaw.ca sympatico.ca outlook.com yahoo.ca",
        faker="en_CA", country="Canada"),
    "en-AU": _Prof("en-AU", "en", "AU", [(
        "Jack,Chloe,Lachlan,Isla,Mitchell,Sienna,Cooper,Matilda,Brodie,Tayla,Hamish,Jess,Riley,Zoe,Darcy,Kirra",
        "Nguyen,Smith,Kelly,O'Brien,Mitchell,Harris,Tran,Wilson,Murray,Papadopoulos,Ryan,Baker,Stewart,Clarke,Lee,Hughes")],
        [("Bondi", "2026", "NSW"), ("Fitzroy", "3065", "VIC"), ("Paddington", "4064", "QLD"), ("Fremantle", "6160", "WA"),
         ("Glenelg", "5045", "SA"), ("Newtown", "2042", "NSW"), ("Brunswick", "3056", "VIC"), ("Hobart", "7000", "TAS"),
         ("Parramatta", "2150", "NSW"), ("Toowong", "4066", "QLD"), ("Belconnen", "2617", "ACT")],
        "Beach Rd,Smith St,Brunswick St,Oxford St,King St,Marine Pde,George St,Sydney Rd,Coronation Dr,Jetty Rd",
        _a_au, ["dmy", "dmy", "en_long", "dmy_short"], "gmail.com bigpond.com outlook.com.au icloud.com optusnet.com.au",
        faker="en_AU", country="Australia"),
    "en-IN": _Prof("en-IN", "en", "IN", [(
        "Aarav,Priya,Rohan,Ananya,Vikram,Sneha,Arjun,Kavya,Rahul,Divya,Karthik,Meera,Siddharth,Pooja,Aditya,Lakshmi",
        "Sharma,Iyer,Reddy,Nair,Gupta,Menon,Patil,Kulkarni,Das,Joshi,Rao,Chatterjee,Verma,Pillai,Bhat,Mehta")],
        [("Bengaluru", "560038", ""), ("Pune", "411004", ""), ("Chennai", "600017", ""), ("Hyderabad", "500033", ""),
         ("Kochi", "682016", ""), ("Mumbai", "400050", ""), ("New Delhi", "110024", ""), ("Jaipur", "302001", ""),
         ("Kolkata", "700019", ""), ("Ahmedabad", "380009", "")],
        "12th Main Road Indiranagar,FC Road Shivajinagar,Anna Salai,Road No. 36 Jubilee Hills,MG Road,Hill Road Bandra West,Lajpat Nagar II,MI Road,Ballygunge Place,CG Road Navrangpura",
        _a_in, ["dmy", "dmy", "en_abbr", "dot"], "gmail.com yahoo.co.in rediffmail.com outlook.com",
        faker="en_IN", country="India"),
    "en-IE": _Prof("en-IE", "en", "IE", [(
        "Seán,Aoife,Ciarán,Niamh,Oisín,Siobhán,Darragh,Caoimhe,Conor,Róisín,Eoin,Saoirse,Padraig,Orla,Cian,Clodagh",
        "Murphy,O'Sullivan,Kelly,Byrne,Walsh,McCarthy,O'Connor,Doyle,Fitzgerald,Gallagher,Kavanagh,Brennan,Lynch,Nolan,Ó Briain,Mac Giolla")],
        [("Ennis", "V95 X2T4", "Co. Clare"), ("Galway", "H91 E2K3", ""), ("Cork", "T12 R5CP", ""), ("Kilkenny", "R95 H6P1", ""),
         ("Dublin 8", "D08 T6X7", ""), ("Sligo", "F91 Y2K4", ""), ("Tralee", "V92 P8W2", "Co. Kerry"),
         ("Athlone", "N37 A6C5", "Co. Westmeath"), ("Limerick", "V94 F8R2", ""), ("Drogheda", "A92 K7N3", "Co. Louth")],
        "Main Street,O'Connell Street,Shop Street,Patrick Street,Church Road,Abbey Street,Castle Street,The Mall,Bridge Street,Strand Road",
        _a_ie, ["dmy", "en_long", "en_ord", "dmy"], "gmail.com eircom.net hotmail.com icloud.com yahoo.ie",
        faker="en_IE", country="Ireland"),
    "en-ZA": _Prof("en-ZA", "en", "ZA", [(
        "Thabo,Lerato,Sipho,Naledi,Pieter,Zanele,Johan,Ayanda,Riaan,Nomvula,Kagiso,Chantelle,Lwazi,Anele,Tshepo,Refilwe",
        "Nkosi,Dlamini,van der Merwe,Mokoena,Botha,Naidoo,Khumalo,Pillay,Ndlovu,Pretorius,Mahlangu,Smit,Govender,Zulu,Sithole,Jacobs")],
        _ZA_TOWNS_EN,
        "Long Street,Jan Smuts Ave,Florida Road,Church Street,Main Road,Oxford Road,Voortrekker Road,Beach Road,Loop Street,Bree Street",
        _a_za, ["dmy", "iso", "en_long", "iso"], "gmail.com webmail.co.za mweb.co.za telkomsa.net outlook.com",
        country="South Africa"),
    "en-NZ": _Prof("en-NZ", "en", "NZ", [(
        "Aroha,Liam,Ngaio,Tama,Isla,Nikau,Mia,Hemi,Ruby,Mere,Oliver,Kiri,Finn,Anahera,Tom,Maia",
        "Ngata,Wilson,Parata,Smith,Tawhiri,Williams,Brown,Henare,Taylor,Walker,Te Rangi,Anderson,Thompson,Paewai,Clark,Campbell")],
        [("Auckland", "1011", ""), ("Wellington", "6011", ""), ("Christchurch", "8011", ""), ("Hamilton", "3204", ""),
         ("Dunedin", "9016", ""), ("Tauranga", "3110", ""), ("Napier", "4110", ""), ("Nelson", "7010", ""),
         ("Rotorua", "3010", ""), ("Palmerston North", "4410", "")],
        "Ponsonby Road,Cuba Street,Riccarton Road,Victoria Street,George Street,Devonport Road,Marine Parade,Trafalgar Street,Fenton Street,Broadway",
        _a_plain, ["dmy", "dmy", "en_long", "dmy_short"], "gmail.com xtra.co.nz outlook.com icloud.com slingshot.co.nz",
        faker="en_NZ", country="New Zealand"),
    "en-NG": _Prof("en-NG", "en", "NG", [(
        "Chinedu,Ngozi,Emeka,Funmilayo,Tunde,Aisha,Olumide,Chiamaka,Ibrahim,Yetunde,Kelechi,Bola,Segun,Zainab,Obinna,Adaeze",
        "Okafor,Adeyemi,Nwosu,Bello,Eze,Ogunleye,Abubakar,Okonkwo,Balogun,Ibekwe,Adebayo,Musa,Nnamdi,Oyelaran,Chukwu,Danjuma")],
        [("Lagos", "101233", ""), ("Abuja", "900211", ""), ("Ibadan", "200284", ""), ("Port Harcourt", "500272", ""),
         ("Enugu", "400102", ""), ("Kano", "700211", ""), ("Benin City", "300251", ""), ("Abeokuta", "110101", "")],
        "Awolowo Road,Admiralty Way,Aminu Kano Crescent,Ring Road,Aba Road,Ogui Road,Bompai Road,Sapele Road",
        _a_plain, ["dmy", "en_long", "en_ord", "dmy"], "gmail.com yahoo.com outlook.com",
        faker="en_NG", country="Nigeria"),
    "en-KE": _Prof("en-KE", "en", "KE", [(
        "Grace,Brian,Faith,Kevin,Mercy,Dennis,Purity,Collins,Wanjiru,Otieno,Akinyi,Kiprono,Njeri,Joy,Emmanuel,Naliaka",
        "Mwangi,Odhiambo,Kamau,Wanjiku,Kiprotich,Otieno,Njoroge,Achieng,Mutua,Chebet,Omondi,Wafula,Kariuki,Ndirangu,Cheruiyot,Muriuki")],
        [("Nairobi", "00100", ""), ("Mombasa", "80100", ""), ("Kisumu", "40100", ""), ("Nakuru", "20100", ""),
         ("Eldoret", "30100", ""), ("Thika", "01000", ""), ("Nyeri", "10100", ""), ("Machakos", "90100", "")],
        "Ngong Road,Moi Avenue,Oginga Odinga Street,Kenyatta Avenue,Uganda Road,Kimathi Way,Kiambu Road,Biashara Street",
        _a_plain, ["dmy", "dmy", "en_long"], "gmail.com yahoo.com outlook.com",
        faker="en_KE", country="Kenya"),
    "en-PH": _Prof("en-PH", "en", "PH", [_PH_GROUP], _PH_TOWNS, _PH_STREETS, _a_ph, ["us", "us_long", "us"],
                   "gmail.com yahoo.com.ph outlook.com", country="Philippines"),
    "en-SG": _Prof("en-SG", "en", "SG", [(
        "Wei Ling,Jun Jie,Hui Min,Darren,Rachel,Nurul,Hafiz,Priyanka,Marcus,Shirley,Kelvin,Jasmine",
        "Tan,Lim,Lee,Ng,Wong,Goh,Chua,Ong,Koh,Teo,Rahman,Ramasamy")],
        [("Ang Mo Kio", "560", ""), ("Tampines", "520", ""), ("Bedok", "460", ""), ("Jurong West", "640", ""),
         ("Toa Payoh", "310", ""), ("Yishun", "760", ""), ("Clementi", "120", ""), ("Punggol", "820", "")],
        "Ang Mo Kio Ave 3,Tampines St 21,Bedok North Rd,Jurong West St 41,Toa Payoh Lor 1,Yishun Ring Rd,Clementi Ave 2,Punggol Field",
        _a_sg, ["dmy", "en_long", "dmy"], "gmail.com singnet.com.sg hotmail.com yahoo.com.sg", country="Singapore"),
    # ---- other languages ----
    "ca-ES": _Prof("ca-ES", "ca", "ES", [(
        "Jordi,Montserrat,Pau,Núria,Marc,Laia,Arnau,Mireia,Oriol,Anna,Xavier,Laura,Pol,Gemma,Joan,Roser",
        "Puig,Vila,Ferrer,Soler,Casals,Bosch,Serra,Pujol,Roca,Font,Sala,Vidal,Coll,Riera,Mas,Camps")],
        [("Barcelona", "08013", ""), ("Girona", "17002", ""), ("Lleida", "25006", ""), ("Tarragona", "43003", ""),
         ("Sabadell", "08201", ""), ("Terrassa", "08221", ""), ("Manresa", "08241", ""), ("Vic", "08500", ""),
         ("Reus", "43201", ""), ("Mataró", "08301", ""), ("Badalona", "08911", ""), ("Figueres", "17600", "")],
        "Carrer de Mallorca,Carrer Major,Passeig de Gràcia,Rambla Nova,Carrer de Sant Pere,Avinguda Diagonal,Carrer del Carme,Carrer de la Riera,Carrer Nou,Carrer de Verdi",
        _a_ca_es, ["dmy", "ca", "dmy"], "gmail.com hotmail.com yahoo.es telefonica.net outlook.es", country="Catalunya"),
    "is-IS": _Prof("is-IS", "is", "IS", [
        ("Jón,Sigurður,Gunnar,Ólafur,Einar,Magnús,Stefán,Árni,Kristján,Hörður",
         "Jónsson,Sigurðsson,Gunnarsson,Ólafsson,Einarsson,Magnússon,Stefánsson,Árnason,Pálsson,Björnsson"),
        ("Guðrún,Anna,Kristín,Sigríður,Helga,Margrét,Birna,Þórdís,Ásta,Katrín",
         "Jónsdóttir,Sigurðardóttir,Gunnarsdóttir,Ólafsdóttir,Einarsdóttir,Magnúsdóttir,Stefánsdóttir,Árnadóttir,Pálsdóttir,Björnsdóttir")],
        [("Reykjavík", "101", ""), ("Reykjavík", "105", ""), ("Kópavogur", "200", ""), ("Hafnarfjörður", "220", ""),
         ("Akureyri", "600", ""), ("Garðabær", "210", ""), ("Selfoss", "800", ""), ("Reykjanesbær", "230", ""),
         ("Ísafjörður", "400", ""), ("Egilsstaðir", "700", "")],
        "Laugavegur,Hverfisgata,Skólavörðustígur,Hamraborg,Strandgata,Hafnarstræti,Austurvegur,Hringbraut,Bankastræti,Lynghagi",
        _a_num_after, ["dot", "is", "dot"], "gmail.com simnet.is internet.is visir.is", country="Ísland"),
    "sl-SI": _Prof("sl-SI", "sl", "SI", [(
        "Luka,Nina,Jan,Maja,Žiga,Eva,Matej,Ana,Rok,Sara,Nejc,Tjaša,Jure,Katja,Gregor,Petra",
        "Novak,Horvat,Krajnc,Kovačič,Zupančič,Potočnik,Kovač,Mlakar,Kos,Vidmar,Golob,Turk,Kralj,Božič,Zupan,Hribar")],
        [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""), ("Koper", "6000", ""),
         ("Novo mesto", "8000", ""), ("Velenje", "3320", ""), ("Ptuj", "2250", ""), ("Nova Gorica", "5000", ""), ("Murska Sobota", "9000", "")],
        "Slovenska cesta,Trubarjeva ulica,Gosposvetska cesta,Prešernova ulica,Cankarjeva ulica,Tržaška cesta,Ulica heroja Staneta,Partizanska cesta,Kidričeva ulica,Ljubljanska cesta",
        _a_num_after, ["dot", "dot_sl", "sl"], "gmail.com siol.net t-2.net amis.net", faker="sl_SI", country="Slovenija"),
    "et-EE": _Prof("et-EE", "et", "EE", [(
        "Martin,Rasmus,Kristjan,Markus,Andres,Tõnu,Siim,Priit,Kadri,Liis,Kertu,Maarja,Triin,Piret,Helen,Merle",
        "Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Vaher,Kuusk,Oja,Raudsepp,Kõiv")],
        [("Tallinn", "10141", ""), ("Tartu", "51004", ""), ("Pärnu", "80010", ""), ("Narva", "20308", ""), ("Viljandi", "71020", ""),
         ("Rakvere", "44307", ""), ("Kuressaare", "93815", ""), ("Haapsalu", "90502", ""), ("Jõhvi", "41531", ""), ("Võru", "65608", "")],
        "Pärnu mnt,Narva mnt,Tartu mnt,Rüütli tn,Riia tn,Pikk tn,Kalda tee,Lossi tn,Jaama tn,Mere pst",
        _a_et, ["dot", "et", "dot"], "gmail.com hot.ee mail.ee online.ee", country="Eesti"),
    "lt-LT": _Prof("lt-LT", "lt", "LT", [
        ("Jonas,Mantas,Tomas,Lukas,Darius,Andrius,Paulius,Vytautas",
         "Kazlauskas,Petrauskas,Jankauskas,Stankevičius,Vasiliauskas,Žukauskas,Butkus,Paulauskas"),
        ("Rūta,Eglė,Greta,Aistė,Ieva,Laura,Gintarė,Jurgita",
         "Kazlauskienė,Petrauskaitė,Jankauskienė,Stankevičiūtė,Vasiliauskienė,Žukauskaitė,Butkutė,Paulauskienė")],
        [("Vilnius", "01103", ""), ("Kaunas", "44280", ""), ("Klaipėda", "92228", ""), ("Šiauliai", "76281", ""),
         ("Panevėžys", "35173", ""), ("Alytus", "62115", ""), ("Marijampolė", "68308", ""), ("Utena", "28248", ""),
         ("Palanga", "00134", ""), ("Trakai", "21142", "")],
        "Gedimino pr.,Laisvės al.,Vilniaus g.,Taikos pr.,Savanorių pr.,Pilies g.,Tilžės g.,Žirmūnų g.,Basanavičiaus g.,Dariaus ir Girėno g.",
        _a_lt, ["iso", "lt", "iso"], "gmail.com one.lt inbox.lt zebra.lt", country="Lietuva"),
    "tr-TR": _Prof("tr-TR", "tr", "TR", [(
        "Mehmet,Ayşe,Mustafa,Fatma,Emre,Zeynep,Burak,Elif,Can,Merve,Hakan,Esra,Oğuz,Büşra,Kerem,Selin",
        "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Öztürk,Aydın,Arslan,Doğan,Kılıç,Aslan,Çetin,Kurt,Koç,Özdemir")],
        [("İstanbul", "34710", "Kadıköy"), ("İstanbul", "34353", "Beşiktaş"), ("Ankara", "06680", "Çankaya"),
         ("İzmir", "35560", "Karşıyaka"), ("Bursa", "16120", "Nilüfer"), ("Antalya", "07100", "Muratpaşa"),
         ("Eskişehir", "26010", "Tepebaşı"), ("Trabzon", "61030", "Ortahisar")],
        "Atatürk Cad.,Bağdat Cad.,İstiklal Cad.,Gül Sok.,Barbaros Bulvarı,Kazım Karabekir Cad.,Fevzi Çakmak Sok.,İnönü Cad.",
        _a_tr, ["dot", "tr", "dot"], "gmail.com hotmail.com yandex.com.tr outlook.com", country="Türkiye"),
    "ro-RO": _Prof("ro-RO", "ro", "RO", [(
        "Andrei,Ioana,Mihai,Elena,Alexandru,Maria,Bogdan,Andreea,Cristian,Raluca,Ștefan,Simona,Vlad,Alina,Radu,Bianca",
        "Popescu,Ionescu,Popa,Dumitrescu,Stan,Constantin,Stoica,Gheorghe,Munteanu,Rusu,Lazăr,Matei,Marin,Diaconu,Nistor,Moldovan")],
        [("București", "021376", "Sector 2"), ("Cluj-Napoca", "400114", ""), ("Iași", "700259", ""), ("Timișoara", "300077", ""),
         ("Brașov", "500030", ""), ("Constanța", "900178", ""), ("Sibiu", "550160", ""), ("Oradea", "410087", ""),
         ("Craiova", "200385", ""), ("Galați", "800008", "")],
        "Str. Mihai Eminescu,Bd. Unirii,Calea Victoriei,Str. Avram Iancu,Str. Lalelelor,Aleea Teilor,Str. Republicii,Bd. Tomis,Str. Nicolae Bălcescu,Str. Fabricii",
        _a_ro, ["dot", "ro", "dot"], "gmail.com yahoo.com yahoo.ro outlook.com", faker="ro_RO", country="România"),
    "vi-VN": _Prof("vi-VN", "vi", "VN", [(
        "Lan,Hùng,Minh,Anh,Tuấn,Hương,Dũng,Hà,Phương,Nam,Linh,Quang,Trang,Long,Thảo,Khoa",
        "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý")],
        [("Hà Nội", "100000", "Hoàn Kiếm", "Hà Nội"), ("Hà Nội", "100000", "Cầu Giấy", "Hà Nội"),
         ("Sài Gòn", "700000", "Quận 1", "TP. Hồ Chí Minh"), ("Sài Gòn", "700000", "Quận 3", "TP. Hồ Chí Minh"),
         ("Đà Nẵng", "550000", "Hải Châu", "Đà Nẵng"), ("Hải Phòng", "180000", "Lê Chân", "Hải Phòng"),
         ("Cần Thơ", "900000", "Ninh Kiều", "Cần Thơ"), ("Huế", "530000", "Phú Hội", "Thừa Thiên Huế")],
        "Lý Thường Kiệt,Trần Hưng Đạo,Nguyễn Huệ,Lê Lợi,Hai Bà Trưng,Phan Chu Trinh,Điện Biên Phủ,Bạch Đằng",
        _a_vi, ["dmy", "vi", "dmy"], "gmail.com yahoo.com.vn outlook.com", eastern=True, country="Việt Nam"),
    "af-ZA": _Prof("af-ZA", "af", "ZA", [(
        "Pieter,Johan,Francois,Hendrik,Willem,Jaco,Riaan,Gerhard,Anri,Elmarie,Marike,Annelie,Liezl,Chantelle,Karin,Sunette",
        "van der Merwe,Botha,Pretorius,du Plessis,Venter,Nel,Steyn,Coetzee,Fourie,Joubert,le Roux,Kruger,Swanepoel,Smit,Marais,Erasmus")],
        [("Stellenbosch", "7600", ""), ("Paarl", "7646", ""), ("Bloemfontein", "9301", ""), ("Pretoria", "0181", ""),
         ("Potchefstroom", "2531", ""), ("George", "6529", ""), ("Worcester", "6850", ""), ("Oudtshoorn", "6625", ""),
         ("Upington", "8801", ""), ("Kimberley", "8301", "")],
        "Kerkstraat,Dorpstraat,Voortrekkerweg,Hoofweg,Rivierstraat,Bloemstraat,Langstraat,Markstraat,Eikelaan,Stasieweg",
        _a_af, ["iso", "af", "dmy"], "gmail.com mweb.co.za vodamail.co.za absamail.co.za", country="Suid-Afrika"),
    "ms-MY": _Prof("ms-MY", "ms", "MY", [
        ("Ahmad Faizal,Muhammad Aiman,Hafiz,Amirul,Izzat,Syafiq",
         "bin Hassan,bin Ismail,bin Abdullah,bin Rahman,bin Yusof,bin Osman"),
        ("Nur Aisyah,Siti Aminah,Farah,Aina,Nurul Huda,Zulaikha",
         "binti Hassan,binti Ismail,binti Abdullah,binti Rahman,binti Yusof,binti Osman")],
        [("Kuala Lumpur", "50450", "Wilayah Persekutuan"), ("Petaling Jaya", "46200", "Selangor"), ("Shah Alam", "40100", "Selangor"),
         ("Johor Bahru", "80100", "Johor"), ("Ipoh", "30450", "Perak"), ("George Town", "10200", "Pulau Pinang"),
         ("Kota Bharu", "15000", "Kelantan"), ("Melaka", "75000", "Melaka"), ("Kuantan", "25000", "Pahang"), ("Seremban", "70200", "Negeri Sembilan")],
        "Jalan Ampang,Jalan SS 2/24,Jalan Tun Razak,Jalan Bukit Bintang,Jalan Sultan Ismail,Lorong Maarof,Jalan Kebun Bunga,Jalan Wong Ah Fook,Jalan Tengku Ampuan",
        _a_ms, ["dmy", "ms", "dmy"], "gmail.com yahoo.com hotmail.my", country="Malaysia"),
    "sw-TZ": _Prof("sw-TZ", "sw", "TZ", [(
        "Juma,Amina,Baraka,Neema,Hamisi,Rehema,Salim,Zawadi,Faraji,Imani,Bakari,Mwanaisha,Omari,Halima,Idrisa,Upendo",
        "Mwakyusa,Said,Msuya,Mushi,Kimaro,Mrema,Mollel,Massawe,Mbwambo,Hassani,Lyimo,Shirima,Temba,Makame,Kombo,Swai")],
        [("Dar es Salaam", "11101", ""), ("Arusha", "23101", ""), ("Mwanza", "33101", ""), ("Dodoma", "41101", ""),
         ("Moshi", "25101", ""), ("Tanga", "21101", ""), ("Morogoro", "67101", ""), ("Zanzibar", "71101", "")],
        "Mtaa wa Samora,Barabara ya Ali Hassan Mwinyi,Mtaa wa Uhuru,Barabara ya Sokoine,Mtaa wa Jamhuri,Barabara ya Nyerere,Mtaa wa Kaunda,Barabara ya Bibi Titi",
        _a_sw, ["dmy", "sw", "dmy"], "gmail.com yahoo.com", country="Tanzania"),
    "tl-PH": _Prof("tl-PH", "tl", "PH", [_PH_GROUP], _PH_TOWNS, _PH_STREETS, _a_ph, ["us", "tl", "tl"],
                   "gmail.com yahoo.com.ph", country="Pilipinas"),
    "sq-AL": _Prof("sq-AL", "sq", "AL", [
        ("Arben,Ermal,Besnik,Gentian,Ilir,Dritan,Klodian,Erion,Elira,Anila,Blerina,Jonida,Mirela,Esmeralda,Klea,Ardita",
         "Hoxha,Shehu,Dervishi,Kola,Leka,Gjoka,Marku,Basha,Koçi,Çela,Hysa,Prifti,Zeneli,Duka,Lika,Meta")],
        [("Tiranë", "1001", ""), ("Durrës", "2001", ""), ("Shkodër", "4001", ""), ("Vlorë", "9401", ""), ("Elbasan", "3001", ""),
         ("Korçë", "7001", ""), ("Fier", "9301", ""), ("Berat", "5001", ""), ("Sarandë", "9701", ""), ("Gjirokastër", "6001", "")],
        "Rruga e Durrësit,Rruga Myslym Shyri,Bulevardi Dëshmorët e Kombit,Rruga Ismail Qemali,Rruga e Kavajës,Rruga Sami Frashëri,Rruga e Elbasanit,Rruga Kont Urani",
        _a_sq, ["dot", "sq", "dot"], "gmail.com yahoo.com hotmail.com abissnet.al", country="Shqipëri"),
}


class _Person:
    """A person drawn for one text: name parts, contact details and helpers."""

    def __init__(self, r: random.Random, pr: _Prof, young: bool = False):
        self.r, self.pr = r, pr
        firsts, lasts = r.choice(pr.groups)
        if pr.faker and r.random() < 0.35:
            f = _faker(pr.faker, r)
            self.first, self.last = f.first_name(), f.last_name()
        else:
            self.first, self.last = r.choice(firsts), r.choice(lasts)
        if pr.key == "ca-ES" and r.random() < 0.5:
            self.last = f"{self.last} i {r.choice(lasts)}" if r.random() < 0.4 else f"{self.last} {r.choice(lasts)}"
        if pr.eastern:
            self.middle = r.choice(["Văn", "Thị", "Minh", "Thu", "Ngọc", "Đức", "Thanh", "Hoàng"])
            self.full = f"{self.last} {self.middle} {self.first}"
        else:
            self.full = f"{self.first} {self.last}"
        lo, hi = (2013, 2021) if young else (1944, 2007)
        self.dob_date = _dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        self.town_t = r.choice(pr.towns)
        self.town = self.town_t[0]

    def dob(self, style: str | None = None) -> str:
        return _fmt_date(self.dob_date, style or self.r.choice(self.pr.dates))

    def email(self, domain: str | None = None) -> str:
        r = self.r
        f, lname = _slug(self.first.split()[0]), _slug(self.last.split()[-1])
        dom = domain or r.choice(self.pr.domains)
        local = r.choice([f"{f}.{lname}", f"{f}{lname}", f"{f[0]}{lname}", f"{f}_{lname}{r.randint(1, 99)}",
                          f"{f}{r.randint(70, 2009)}", f"{lname}.{f}"])
        return f"{local}@{dom}"

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        return _phone(self.r, self.pr.region, style, mobile)

    def addr_lines(self, town_t=None) -> list[str]:
        t = town_t or self.town_t
        return self.pr.addr_fmt(self.r, self.r.randint(1, 220), self.r.choice(self.pr.streets), t)

    def addr(self, sep: str | None = None) -> str:
        lines = self.addr_lines()
        return (sep if sep is not None else ", ").join(lines)

    def initial(self) -> str:
        return f"{self.first} {self.last[0]}."


def _phone(r: random.Random, region: str, style: str | None = None, mobile: bool = True) -> str:
    typ = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, typ)
    nsn = str(ex.national_number)
    cc = ex.country_code
    num = None
    for attempt in range(450):
        keep = 0 if attempt < 100 else 1 if attempt < 250 else 2 if attempt < 350 else 3
        cand = nsn[:keep] + _digits(r, len(nsn) - keep)
        n = phonenumbers.parse(f"+{cc}{cand}")
        if (phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region
                and phonenumbers.number_type(n) in (typ, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)):
            num = n
            break
    assert num is not None
    F = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, F.NATIONAL)
    intl = phonenumbers.format_number(num, F.INTERNATIONAL)
    style = style or r.choice(["nat", "nat", "nat", "intl", "intl", "e164", "compact", "dash"])
    if region == "LT" and style == "nat":
        d = str(num.national_number)
        nat = f"8 {d[:3]} {d[3:]}"
    if region == "US" and style == "dash":
        d = str(num.national_number)
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "nat":
        out = nat
    elif style == "intl":
        out = intl
    elif style == "e164":
        out = phonenumbers.format_number(num, F.E164)
    elif style == "compact":
        out = re.sub(r"[^\d+]", "", nat)
    else:
        out = re.sub(r"[()]", "", nat).replace(" ", "-").replace("--", "-")
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(out, region))
    except phonenumbers.NumberParseException:
        ok = False
    return out if ok else intl


def _prof(key: str) -> _Prof:
    return PROFILES[key]


# ---------------------------------------------------------------------------
# free-text templates
# ---------------------------------------------------------------------------


def _hm(r: random.Random) -> str:
    return f"{r.randint(7, 20):02d}:{r.choice(['00', '10', '15', '30', '40', '45'])}"


def _day(r: random.Random, style: str, ahead: bool = True) -> str:
    return _fmt_date(_near_date(r, ahead), style)


def _stamp(r: random.Random, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return _ts(r).strftime(fmt)


def _addr_block(b: _B, lines: list[str], sep: str = "\n") -> None:
    b((sep.join(lines), ADDR))


def _sig(b: _B, r: random.Random, pr: _Prof, company: str, role: str, domain: str) -> None:
    """Signature with a person, business address and business phone/e-mail (all labelled)."""
    s = _Person(r, pr)
    b("\n\n", r.choice(["Kind regards,", "Best,", "Thanks,", "Cheers,", "Regards,"]), "\n", (s.full, P), "\n", role, " | ", company, "\n")
    _addr_block(b, s.addr_lines(), ", " if r.random() < 0.5 else "\n")
    b("\n", r.choice(["T: ", "Tel ", "Ph: ", "Office: "]), (_phone(r, pr.region, "nat", mobile=False), PH), " | ",
      (r.choice(["info", "hello", "bookings", "office", "support"]) + "@" + domain, E), "\n")


def t_us_storage_email(r):
    pr = _prof("en-US")
    c = _Person(r, pr)
    b = _B()
    unit = f"{r.choice('ABCDE')}-{r.randint(100, 450)}"
    b("Subject: Re: Autopay for unit ", unit, "\nFrom: ", (c.full, P), " <", (c.email(), E), ">\nTo: ",
      ("billing@stowright-storage.com", E), "\n\n")
    b("Hi, I'd like to switch my monthly rent from card to ACH. Checking account ", (_us_account(r), BANK),
      ", routing ", _routing(r), ". My gate code ", _digits(r, 4), "# still works fine. Card on file ends in ",
      _last4(r), " - please remove it after the switch.\n\nThanks\n", (c.first, P), "\n", (c.phone("dash"), PH), "\n\n")
    b("On ", _day(r, "us_long", False), ", StowRight Billing wrote:\n")
    lines = c.addr_lines()
    b("> Hello ", (c.first, P), ", we have the following mailing address on file:\n")
    for ln in lines:
        b("> ", (ln, ADDR), "\n")
    b("> Invoice INV-", _digits(r, 6), " for $", str(r.randint(79, 310)), ".00 is due ", _day(r, "us"), ".\n")
    return b.done()


def t_gb_taxi_email(r):
    pr = _prof("en-GB")
    c = _Person(r, pr)
    b = _B()
    flight = f"{r.choice(['BA', 'EZY', 'RYR', 'U2', 'LS'])}{r.randint(100, 9999)}"
    b("Dear ", r.choice(["Sir/Madam", "team"]), ",\n\nPlease can you book an airport transfer for ", r.choice(["Mr", "Mrs", "Ms", "Dr"]),
      " ", (c.last, P), " from ", (c.addr(), ADDR), " to ", r.choice(["Heathrow T5", "Gatwick North", "Manchester T2", "Bristol Airport"]),
      " on ", _day(r, "en_long"), ", pickup ", _hm(r), ". Flight ", flight, ".\n")
    b("Passengers: 2 adults, 1 child seat. Lead passenger mobile ", (c.phone("nat"), PH), ".\n")
    b("Pay by card ending ", _last4(r), " (exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", ") as last time, booking ref ",
      _ref(r, "ACT-"), ".")
    _sig(b, r, pr, "Harrison & Webb Lettings", "Office Manager", "harrisonwebb.co.uk")
    return b.done()


def t_gb_donor_call(r):
    pr = _prof("en-GB")
    d = _Person(r, pr)
    a = _Person(r, pr)
    b = _B()
    b("CALL NOTE ", _stamp(r, "%d/%m/%Y %H:%M"), " agent: ", (a.first, P), "\nDonor ", r.choice(["ID", "no."]), " D", _digits(r, 7), " - ",
      (f"{d.last.upper()}, {d.first}", P), "\n")
    b("Confirmed Gift Aid declaration (UK taxpayer). Address confirmed as:\n")
    _addr_block(b, d.addr_lines())
    b("\nDOB given for ID check: ", (d.dob(), DOB), ". Standing order £", str(r.choice([5, 10, 12, 15, 20, 25])),
      "/month from IBAN ", (_iban(r, "GB"), IBAN), " (sort code ", f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}", "), collection on the ",
      str(r.randint(1, 28)), "th.\n")
    b("Prefers email ", (d.email(), E), ", no phone calls after 6pm. Mentioned dog ", r.choice(["Biscuit", "Rolo", "Bramble", "Pip"]),
      " had surgery - sent card. Campaign code XMAS", _digits(r, 2), ".\n")
    return b.done()


def t_au_salon_chat(r):
    pr = _prof("en-AU")
    c = _Person(r, pr)
    s = _Person(r, pr)
    b = _B()
    b("Live chat transcript - Sienna's Hair & Beauty ", r.choice(["Newtown", "Fitzroy", "Paddington"]), "\n")
    t0 = _ts(r)
    b("[", t0.strftime("%H:%M"), "] ", (c.first, P), ": hey can i move my colour appt from thurs to sat?\n")
    b("[", t0.strftime("%H:%M"), "] ", (s.first, P), " (Salon): Hi ", (c.first, P), "! Sure, can I grab your mobile to find the booking?\n")
    b("[", t0.strftime("%H:%M"), "] ", (c.first, P), ": ", (c.phone(r.choice(["nat", "compact"])), PH), "\n")
    b("[", t0.strftime("%H:%M"), "] ", (s.first, P), " (Salon): Found it - ", (c.full, P), ", half head foils with ", (s.first, P),
      ". Sat ", _day(r, "dmy_short"), " at ", _hm(r), " ok? Booking #", _digits(r, 6), "\n")
    b("[", t0.strftime("%H:%M"), "] ", (c.first, P), ": perfect. can i bring my dog ", r.choice(["Milo", "Coco", "Bella", "Alfie"]),
      " lol. also pls send the receipt to ", (c.email(), E), "\n")
    b("[", t0.strftime("%H:%M"), "] ", (s.first, P), " (Salon): Done, receipt sent. Deposit $", str(r.randint(20, 60)), " on card ",
      _masked_card(r), " carries over.\n")
    return b.done()


def t_ca_school_form(r):
    pr = _prof("en-CA")
    kid = _Person(r, pr, young=True)
    kid.last = (p := _Person(r, pr)).last
    b = _B()
    b("Maple Grove Public School - Parent Portal\nNew registration submitted ", _stamp(r, "%Y-%m-%d %H:%M"), "\n\n")
    b("Student first name: ", (kid.first, P), "\nStudent last name: ", (kid.last, P), "\nDate of birth: ", (kid.dob("iso"), DOB), "\n")
    b("Grade: ", str(r.randint(1, 6)), "\nOEN: ", _digits(r, 9), " (provided later)\n")
    b("Parent/guardian: ", (p.full, P), "\nPhone: ", (p.phone("nat"), PH), "\nEmail: ", (p.email(), E), "\n")
    b("Home address: ", (p.addr(), ADDR), "\n")
    b("Allergies: ", r.choice(["peanuts", "none", "dairy (mild)", "bee stings"]), "\nPhoto consent: ", r.choice(["yes", "no"]),
      "\nEmergency contact: ", (_Person(r, pr).full, P), " ", (_phone(r, "CA"), PH), "\n")
    return b.done()


def t_in_driving_sms(r):
    pr = _prof("en-IN")
    c = _Person(r, pr)
    b = _B()
    app = f"{r.choice(['KA', 'MH', 'TN', 'TS', 'DL'])}{r.randint(1, 60):02d} {r.randint(2025, 2026)}{_digits(r, 7)}"
    b("SMS thread with ", (c.phone("intl"), PH), "\n")
    b(_stamp(r, "%d-%m %H:%M"), " IN: hi sir this is ", (c.full, P), " booked 2-wheeler+4-wheeler DL test. appl no ", app, "\n")
    b(_stamp(r, "%d-%m %H:%M"), " OUT: Dear ", (c.first, P), ", pls share DOB as per Aadhaar for slot confirmation\n")
    b(_stamp(r, "%d-%m %H:%M"), " IN: ", (c.dob(r.choice(["dmy", "dot", "en_abbr"])), DOB), "\n")
    b(_stamp(r, "%d-%m %H:%M"), " OUT: Slot confirmed ", _day(r, "dmy"), " ", _hm(r), " at RTO ", r.choice(["Indiranagar", "Pune", "Tambaram", "Kondapur"]),
      " test track. OTP ", _digits(r, 6), " valid 10 min. Fee Rs.", str(r.choice([300, 450, 500])), " paid\n")
    b(_stamp(r, "%d-%m %H:%M"), " IN: ok thanks. my brother ", (_Person(r, pr).first, P), " also wants slot, his no is ", (_phone(r, "IN", "nat"), PH), "\n")
    return b.done()


def t_ie_whatsapp(r):
    pr = _prof("en-IE")
    a, c = _Person(r, pr), _Person(r, pr)
    b = _B()
    d = _near_date(r, False)
    ts = lambda: f"[{d.day:02d}/{d.month:02d}/{d.year}, {_hm(r)}] "  # noqa: E731
    b(ts(), (a.full, P), ": hiya, is the 5x10 unit still free? moving back to ", (c.town, LOC), " from ", (r.choice(["London", "Sydney", "Toronto", "Berlin"]), LOC), "\n")
    b(ts(), (c.first, P), ": Hi ", (a.first, P), ", yes it is. €", str(r.randint(60, 140)), "/month. Can you send name, address and eircode?\n")
    b(ts(), (a.full, P), ": ", (a.addr(), ADDR), "\n")
    b(ts(), (a.full, P), ": number is ", (a.phone(), PH), " if easier\n")
    b(ts(), (c.first, P), ": Grand. Access code for the yard gate is ", _digits(r, 4), ", unit ", f"B{r.randint(1, 80)}", ". IBAN for the deposit is on the invoice\n")
    b(ts(), (a.full, P), ": <Media omitted>\n")
    return b.done()


def t_nz_storage_ticket(r):
    pr = _prof("en-NZ")
    c, ag, ag2 = _Person(r, pr), _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Ticket #", str(r.randint(20000, 99999)), " | Status: Open | Priority: ", r.choice(["High", "Normal"]), "\nRequester: ", (c.full, P),
      " <", (c.email(), E), ">\nSubject: can't get in to my unit\n\n")
    b("Kia ora, my access PIN ", _digits(r, 6), " stopped working at the ", r.choice(["Hamilton", "Napier", "Tauranga"]),
      " site today. Last payment declined? Here's my card to retry: ", (_card(r), CC), " exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 30)}",
      " cvv ", _digits(r, 3), ". Call me on ", (c.phone("nat"), PH), "\n\n")
    b("--- Internal note (", (ag.first, P), ") ---\nCustomer pasted full PAN, redacted in Stripe notes, card ", _masked_card(r),
      ". Overdue NZD ", str(r.randint(80, 400)), ".", _digits(r, 2), ". Reassigning to ", (ag2.initial(), P), "\n")
    return b.done()


def t_za_teams_dispatch(r):
    pr = _prof("en-ZA")
    d1, d2, pax = _Person(r, pr), _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Microsoft Teams - #dispatch-cpt\n")
    b((d1.full, P), "  ", _hm(r), "\nWho's taking the ", r.choice(["CPT", "KSIA", "OR Tambo"]), " pickup? Pax ", (pax.full, P), ", ", (pax.phone(), PH), "\n\n")
    b((d2.full, P), "  ", _hm(r), "\nMe. Address?\n\n")
    b((d1.full, P), "  ", _hm(r), "\n", (pax.addr(), ADDR), ". Flight lands ", _hm(r), ", trip id T-", _digits(r, 8), ". Vehicle ",
      f"{r.choice(['CA', 'CY', 'ND'])} {_digits(r, 3)}-{_digits(r, 3)}", "\n\n")
    b((d2.first, P), "  ", _hm(r), "\nshap. @", (d1.first, P), " GPS says ", _gps(r), " is that the gate?\n")
    return b.done()


def t_us_access_log(r):
    b = _B()
    for _ in range(r.randint(4, 7)):
        k = r.random()
        ip_pub = k < 0.6
        ip = _public_ip(r) if ip_pub else _private_ip(r)
        b((ip, IP) if ip_pub else ip, " - - [", _ts(r).strftime("%d/%b/%Y:%H:%M:%S +0000"), "] \"")
        m = r.randint(0, 3)
        if m == 0:
            b("GET /portal/unit/", str(r.randint(100, 999)), "/invoice?id=", _uuid(r))
        elif m == 1:
            c = _Person(r, _prof(r.choice(["en-US", "en-CA"])))
            b("POST /api/v2/customers/lookup?email=", (c.email(), E))
        elif m == 2:
            b("GET /static/app.", _hex(r, 8), ".js?v=", _version(r))
        else:
            b("GET /healthz")
        b(" HTTP/1.1\" ", r.choice(["200", "200", "304", "404", "401"]), " ", str(r.randint(120, 90000)), " \"-\" \"Mozilla/5.0 (", r.choice(["Windows NT 10.0; Win64; x64", "iPhone; CPU iPhone OS 17_5 like Mac OS X", "X11; Linux x86_64"]), ")\"\n")
    return b.done()


def t_us_app_jsonl(r):
    b = _B()
    for _ in range(r.randint(3, 5)):
        k = r.randint(0, 3)
        b('{"ts":"', _ts(r).strftime("%Y-%m-%dT%H:%M:%S.") + _digits(r, 3), 'Z","level":"', r.choice(["INFO", "WARN", "ERROR"]), '",')
        if k == 0:
            c = _Person(r, _prof("en-US"))
            b('"msg":"password reset requested","user":"', (c.email(), E), '","ip":"', (_public_ip(r), IP), '","req":"', _uuid(r), '"}\n')
        elif k == 1:
            b('"msg":"outbound call failed","headers":{"Authorization":"Bearer ', (_api_key(r), KEY), '"},"status":401}\n')
        elif k == 2:
            b('"msg":"login ok","user_id":', str(r.randint(10000, 99999)), ',"session":"', _pub_key(r), '","src":"', _private_ip(r), '"}\n')
        else:
            c = _Person(r, _prof("en-US"))
            b('"msg":"profile updated","fields":{"name":"', (c.full, P), '","phone":"', (c.phone("e164"), PH), '"},"version":"', _version(r), '"}\n')
    return b.done()


def t_gb_env_config(r):
    b = _B()
    b("# .env.production - salon booking widget (do NOT commit)\nAPP_VERSION=", _version(r), "\nDB_HOST=", _private_ip(r), "\nDB_PORT=5432\nDB_USER=bookings_app\nDB_PASSWORD=",
      (_password(r), PWD), "\nSTRIPE_PUBLISHABLE_KEY=pk_live_", _alnum(r, 24), "\nSTRIPE_SECRET_KEY=", ("sk_live_" + _alnum(r, 24), KEY),
      "\nSENDGRID_API_KEY=", ("SG." + _alnum(r, 22) + "." + _alnum(r, 43), KEY), "\nTWILIO_ACCOUNT_SID=AC", _hex(r, 32),
      "\nSUPPORT_EMAIL=", (r.choice(["support", "hello", "noreply"]) + "@glowandgo.co.uk", E), "\nSUPPORT_PHONE=", (_phone(r, "GB", "e164", mobile=False), PH),
      "\nADMIN_PASSWORD_HASH=", _bcrypt(r), "\nSESSION_SECRET_ROTATED_AT=", _stamp(r, "%Y-%m-%d"), "\n")
    return b.done()


def t_us_transcript(r):
    pr = _prof("en-US")
    c, ag = _Person(r, pr), _Person(r, pr)
    b = _B()
    nums = c.phone("nat")
    digits = re.sub(r"\D", "", nums)
    spoken = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    b("[auto transcript, confidence 0.8", str(r.randint(1, 9)), "]\nagent: thank you for calling hope harbor donor services this is ", (ag.first.lower(), P), " how can i help\n")
    b("caller: hi yeah um my name is ", (c.full.lower(), P), " i give monthly and my card expired\n")
    b("agent: no problem can i get your date of birth to verify\ncaller: ", (_fmt_date(c.dob_date, "us_long").lower(), DOB), "\n")
    b("agent: and the best number for you\ncaller: it's ", (spoken, PH), "\n")
    b("agent: great and the new card number when you're ready\ncaller: ", (_card(r, "space"), CC), " expiry ", f"{r.randint(1, 12):02d} {r.randint(27, 31)}", "\n")
    b("agent: perfect that's updated your gift of ", r.choice(["twenty", "fifteen", "fifty"]), " dollars continues on the ", r.choice(["first", "fifteenth"]), "\n")
    return b.done()


def t_sg_storage_chat(r):
    pr = _prof("en-SG")
    c, ag = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("StoreHub SG live chat\n", _stamp(r), "\n")
    b((c.first, P), ": hi, need 50 sq ft unit near ", r.choice(["Tampines", "Kallang", "Woodlands"]), " for 3 months. moving overseas to ",
      (r.choice(["Melbourne", "London", "Dubai", "Vancouver"]), LOC), " lah\n")
    b((ag.first, P), " (agent): Hi ", (c.first, P), ", we have one at S$", str(r.randint(120, 260)), "/mth. May I have your full name and contact?\n")
    b((c.first, P), ": ", (c.full, P), ", ", (c.phone(r.choice(["nat", "intl"])), PH), ", ", (c.email(), E), "\n")
    b((c.first, P), ": pickup from ", (c.addr(" "), ADDR), " can?\n")
    b((ag.first, P), " (agent): Can! Quote Q", _digits(r, 7), " sent. Truck slot ", _day(r, "dmy"), " ", _hm(r), "\n")
    return b.done()


def t_ph_transfer_sms(r):
    pr = _prof("en-PH")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("From: ", (c.phone("nat"), PH), "\n")
    b("Good pm po! Booking NAIA T3 to ", (c.addr(), ADDR), " on ", _day(r, "us"), " " , _hm(r), ", 4 pax. Name ", (c.full, P), "\n\n")
    b("Reply: Hi Ma'am/Sir ", (c.last, P), ", confirmed. Driver ", (d.first, P), " ", (d.phone("nat"), PH), ", plate ",
      f"{_alnum(r, 3, string.ascii_uppercase)} {_digits(r, 4)}", ". Rate PHP ", str(r.randint(8, 25)), "00, ref ", _ref(r, "TRF"), "\n")
    return b.done()


def t_ng_forwarded(r):
    pr = _prof("en-NG")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("---------- Forwarded message ---------\nFrom: ", (c.full, P), " <", (c.email(), E), ">\nDate: ", _fmt_date(_near_date(r, False), "en_long"),
      " at ", _hm(r), "\nSubject: Bridal makeup booking\nTo: <", ("bookings@adunnibeauty.ng", E), ">\n\n")
    b("Good afternoon. I want to book bridal makeup + gele for my wedding in ", (r.choice(["Enugu", "Abeokuta", "Ibadan"]), LOC),
      " (my hometown). Trial at your Lekki studio. I live at ", (c.addr(), ADDR), ".\n")
    b("Call or WhatsApp ", (c.phone(), PH), ". Deposit of NGN ", f"{r.randint(50, 300)},000", " will be sent from GTBank.\n\n", "-- \n", (c.first, P), "\n\n")
    b("FYI ", (s.first, P), ", can you slot her in? Thx")
    return b.done()


def t_ke_crm_note(r):
    pr = _prof("en-KE")
    c, ag = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("CRM > Supporters > ", (c.full, P), "\nNote by ", (ag.full, P), " on ", _day(r, "dmy", False), "\n")
    b("Called ", (c.phone("nat"), PH), ". Supporter from ", (c.town, LOC), ", now relocated to ", (r.choice(["Kisumu", "Nakuru", "Mombasa", "Kampala"]), LOC),
      ". Gives KES ", str(r.randint(5, 50)), "00/month via M-Pesa paybill ", _digits(r, 6), ", last txn code ", _alnum(r, 10, string.ascii_uppercase + string.digits), ".\n")
    b("Wants receipts by email ", (c.email(), E), ". Asked to be called after 5pm. Do not mention ", r.choice(["the gala", "the bequest form"]), ".\n")
    return b.done()


def t_gb_ocr_driving(r):
    pr = _prof("en-GB")
    c = _Person(r, pr)
    b = _B()
    b("== OCR scan page 1/2 (conf 0.87) ==\nAPPLICATION FOR PRACTICAL DRIVING TEST\n1. Surname ", (c.last.upper(), P), "\n   Forename(s) ",
      (c.first.upper(), P), "\n2. Date of birth  ", (c.dob("dmy"), DOB), "\n")
    b("3. Address  ")
    lines = [ln.upper() for ln in c.addr_lines()]
    b((" ".join(lines), ADDR), "\n4. Driver number ", _alnum(r, 5, string.ascii_uppercase), _digits(r, 6), _alnum(r, 2, string.ascii_uppercase), _digits(r, 1),
      _alnum(r, 2, string.ascii_uppercase), "\n5. Daytime tel ", (c.phone("nat"), PH), "\n6. Preferred centre  ", r.choice(["Leeds (Harehills)", "Bristol (Kingswood)", "Norwich", "York"]),
      "\n7. Theory cert no ", _digits(r, 8), "  Fee £", r.choice(["62", "75"]), ".00\n")
    return b.done()


def t_us_sheet_rows(r):
    pr = _prof("en-US")
    b = _B()
    b("student_id\tstudent\tgrade\tparent\tparent_phone\tparent_email\tbus\n")
    for _ in range(r.randint(3, 5)):
        k = _Person(r, pr, young=True)
        p = _Person(r, pr)
        k.last = p.last
        b("S", _digits(r, 6), "\t", (f"{k.last}, {k.first}", P), "\t", str(r.randint(1, 5)), "\t", (p.full, P), "\t", (p.phone(r.choice(["nat", "dash"])), PH), "\t",
          (p.email(), E), "\t", r.choice(["12", "7A", "walker", "14"]), "\n")
    return b.done()


def t_au_notifications(r):
    pr = _prof("en-AU")
    b = _B()
    for _ in range(r.randint(4, 6)):
        c = _Person(r, pr)
        k = r.randint(0, 4)
        if k == 0:
            b("New booking: ", (c.initial(), P), " - Driving lesson ", _day(r, "dmy_short"), " ", _hm(r), "\n")
        elif k == 1:
            b("Payment failed for card ending ", _last4(r), " (booking ", _ref(r, "DL-"), ")\n")
        elif k == 2:
            b("Test reminder: ", (c.first, P), ", your test at the ", r.choice(["Penrith", "Botany", "Wynnum", "Belconnen"]), " centre is on ", _day(r, "dmy"), "\n")
        elif k == 3:
            b("Password changed for ", (c.email(), E), " at ", _stamp(r, "%H:%M"), "\n")
        else:
            b("Instructor ", (c.full, P), " marked lesson ", _uuid(r)[:8], " complete (", str(r.randint(40, 120)), " min)\n")
    return b.done()


def t_ca_lost_property(r):
    pr = _prof("en-CA")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Ticket LP-", _digits(r, 5), " - Lost property\nReported by: ", (c.full, P), " (", (c.phone(), PH), ")\nTrip: ", _uuid(r), " on ", _day(r, "iso", False),
      " from YYZ to ", (c.addr(), ADDR), "\nDriver: ", (d.initial(), P), " car #", str(r.randint(10, 400)), " plate ",
      f"{_alnum(r, 4, string.ascii_uppercase)} {_digits(r, 3)}", "\nItem: black Samsonite carry-on, laptop inside (IMEI of phone in pocket ", _imei(r), ")\n")
    b("Update: driver found it. Customer will pick up at our ", r.choice(["Mississauga", "Etobicoke", "Scarborough"]), " depot. Emailed ", (c.email(), E), "\n")
    return b.done()


def t_ie_quoted_reply(r):
    pr = _prof("en-IE")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Hi ", (c.first, P), ",\n\nThanks, we've updated the billing address and your next invoice (", _ref(r, "SS-"), ") will go there.\n\n",
      (s.first, P), "\nSafeStore Self Storage, ", r.choice(["Ballymount", "Little Island", "Naas Road"]), "\n\n")
    b("On ", _day(r, "dmy", False), " ", _hm(r), ", ", (c.full, P), " <", (c.email(), E), "> wrote:\n")
    b("> Hi, please use my new address from next month:\n")
    for ln in c.addr_lines():
        b("> ", (ln, ADDR), "\n")
    b("> Mobile is still ", (c.phone(), PH), "\n> Thanks a mil\n")
    return b.done()


def t_us_slack(r):
    pr = _prof("en-US")
    a, bb, c = _Person(r, pr), _Person(r, pr), _Person(r, pr)
    b = _B()
    b("#eng-oncall\n", (a.full, P), " ", _hm(r), "\nprod deploy ", _version(r), " is failing the dispatch-api healthcheck\n")
    b((bb.full, P), " ", _hm(r), "\nlooks like the maps key rotated. new one is `", (_api_key(r), KEY), "` (will move it to vault, sorry)\n")
    b((a.full, P), " ", _hm(r), "\nalso reset ", (c.email(), E), " - temp password `", (_password(r), PWD), "`, stored hash is `", _bcrypt(r), "`\n")
    b((bb.first, P), " ", _hm(r), "\n:thumbsup: trace id ", _uuid(r), ", commit ", _hex(r, 40), "\n")
    return b.done()


def t_gb_no_pii(r):
    b = _B()
    b("Subject: Planned maintenance - booking system v", _version(r), "\n\nHi all,\n\nThe online booking system will be unavailable on ", _day(r, "en_long"),
      " between ", _hm(r), " and ", _hm(r), " while we upgrade to release ", _version(r), ". The ", r.choice(["Leeds", "Bristol", "York"]),
      " and ", r.choice(["Norwich", "Exeter", "Reading"]), " branches will take bookings by phone only.\nChange ref CHG", _digits(r, 7),
      ", rollback plan in Confluence. Checksum ", _hex(r, 64), ".\nOrders ", _digits(r, 8), " to ", _digits(r, 8), " will be re-synced.\n\nThanks, IT\n")
    return b.done()


def t_us_no_pii_log(r):
    b = _B()
    for _ in range(r.randint(4, 7)):
        b(_stamp(r, "%Y-%m-%dT%H:%M:%SZ"), " ", r.choice(["INFO", "DEBUG", "WARN"]), " worker-", str(r.randint(1, 12)), " ", r.choice([
            f"job {_uuid(r)} done in {r.randint(10, 9999)}ms",
            f"connected to {_private_ip(r)}:6379 (redis {_version(r)})",
            f"cache miss key=unit:{r.randint(100, 999)}:price sha256={_hex(r, 64)}",
            f"retry 2/5 for order {_digits(r, 9)} amount=USD {r.randint(10, 999)}.{_digits(r, 2)}",
            f"gps fix {_gps(r)} vehicle V{_digits(r, 4)}",
        ]), "\n")
    return b.done()


def t_za_kv_form(r):
    pr = _prof("en-ZA")
    c = _Person(r, pr)
    b = _B()
    b("form_id=", str(r.randint(1000, 9999)), "&source=web\nfirst_name=", (c.first, P), "\nsurname=", (c.last, P), "\ncell=", (c.phone("compact"), PH),
      "\nemail=", (c.email(), E), "\ndob=", (c.dob("iso"), DOB), "\nsuburb=", (c.town, LOC), "\nlicence_code=", r.choice(["B", "EB", "C1"]),
      "\nlearners_no=", _digits(r, 10), "\npackage=10 lessons R", str(r.randint(25, 45)), "00\nconsent=1\nip=", _private_ip(r), "\n")
    return b.done()


def t_nz_call_notes(r):
    pr = _prof("en-NZ")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b(_day(r, "dmy", False), " - Rang ", (c.first, P), " re patch test for colour. ", r.choice(["No answer, left vm", "Spoke briefly"]), " on ",
      (c.phone("nat"), PH), ". She's moved to ", (c.town, LOC), " so may go to our other salon.\n")
    b("Booked w/ ", (s.first, P), " ", _day(r, "dmy"), " ", _hm(r), ". Gift voucher GV-", _digits(r, 5), " ($", str(r.randint(50, 150)), ") applied. ",
      "Note: allergic to PPD. - ", (_Person(r, pr).initial(), P), "\n")
    return b.done()


def t_us_rental_app(r):
    pr = _prof("en-US")
    c = _Person(r, pr)
    b = _B()
    b('{"application_id":"', _uuid(r), '","facility":"Tucson North","applicant":{"first":"', (c.first, P), '","last":"', (c.last, P),
      '","dob":"', (c.dob("us"), DOB), '","ssn":"', (_ssn(r), SSN), '","phone":"', (c.phone("dash"), PH), '","email":"', (c.email(), E), '"},')
    b('"address":"', (c.addr(), ADDR), '","unit_size":"10x', str(r.choice([10, 15, 20])), '","autopay":{"routing":"', _routing(r), '","account":"',
      (_us_account(r), BANK), '","type":"checking"},"promo":"FIRSTMONTH1","submitted_ip":"', (_public_ip(r), IP), '"}\n')
    return b.done()


def t_gb_school_msg(r):
    pr = _prof("en-GB")
    t, p, k = _Person(r, pr), _Person(r, pr), _Person(r, pr, young=True)
    b = _B()
    b("Message from ", r.choice(["Mrs", "Mr", "Miss"]), " ", (t.last, P), " (Class ", r.choice(["3B", "4H", "2W"]), ", St Mary's C of E Primary)\nTo: ", (p.full, P),
      "\n\nDear ", (p.first, P), ",\n", (k.first, P), " had a lovely day but mentioned your dog ", r.choice(["Biscuit", "Rolo", "Marmite"]),
      " is poorly - hope he's ok! Reminder that the trip to ", r.choice(["Eden Project", "Sea Life Centre", "Roald Dahl Museum"]), " is on ", _day(r, "en_long"),
      "; consent form ref ", _ref(r, "TRIP-", 5), ". Dinner money £", str(r.randint(10, 25)), ".", _digits(r, 2), " outstanding.\n")
    return b.done()


def t_au_test_sms(r):
    pr = _prof("en-AU")
    c = _Person(r, pr)
    b = _B()
    b("To: ", (c.phone("intl"), PH), "\nHi ", (c.first, P), ", reminder of your driving test on ", _day(r, "dmy"), " at ", _hm(r), " - ",
      r.choice(["Penrith", "Botany", "Wynnum", "Belconnen"]), " Service Centre. Booking no. ", _digits(r, 9),
      ". Bring your learner licence. To reschedule reply R or call ", (_phone(r, "AU", "nat", mobile=False), PH), ". Drive safe!")
    return b.done()


def t_ng_login_ticket(r):
    pr = _prof("en-NG")
    c = _Person(r, pr)
    b = _B()
    b("Support case ", _digits(r, 7), " | RideNow NG\nCustomer: ", (c.full, P), " / ", (c.phone("intl"), PH), "\n\nSecurity alert history:\n")
    for _ in range(r.randint(2, 3)):
        pub = r.random() < 0.7
        ip = _public_ip(r) if pub else _private_ip(r)
        b("  ", _stamp(r), "  new sign-in from ", (ip, IP if pub else None), " device ", r.choice(["Tecno Spark 10", "iPhone 13", "Infinix Hot 30"]), " app ", _version(r), "\n")
    b("\nCustomer says: 'I never logged in from there, my old password was ", (_password(r), PWD), " pls block'. Reset link sent to ", (c.email(), E), ".\n")
    return b.done()


def t_ie_charity_letter(r):
    pr = _prof("en-IE")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Dear ", (c.first, P), ",\n\nThank you for setting up your monthly gift of €", str(r.choice([10, 15, 21, 30])), " to Cairde Children's Trust. ",
      "Your SEPA Direct Debit mandate (ref ", _ref(r, "MND", 8), ") will be collected from ", (_iban(r, "IE"), IBAN), " on or after ", _day(r, "en_long"),
      ". Creditor ID IE", _digits(r, 2), "ZZZ", _digits(r, 6), ", BIC ", r.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]), ".\n\nWe will post your annual statement to:\n")
    _addr_block(b, c.addr_lines())
    b("\n\nIf anything changes, ring us on ", (_phone(r, "IE", "nat", mobile=False), PH), ".\n\nWarm wishes,\n", (s.full, P), "\nSupporter Care\n")
    return b.done()


# ---- other languages ----


def t_ca_salon_email(r):
    pr = _prof("ca-ES")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Assumpte: Cita per a tint i tall\nDe: ", (c.full, P), " <", (c.email(), E), ">\n\nBon dia,\n\nVoldria demanar hora per dissabte ", _day(r, "dmy"),
      " cap a les ", _hm(r), ". L'última vegada em va atendre la ", (s.first, P), " i vaig quedar molt contenta. Ara visc a ", (c.town, LOC),
      ", però puc venir a la perruqueria de Gràcia.\nEl meu mòbil és el ", (c.phone("nat"), PH), ".\n\nGràcies,\n", (c.first, P), "\n\n")
    b("----\nPerruqueria Montse Estilistes\n")
    _addr_block(b, _Person(r, pr).addr_lines(), ", ")
    b("\nTel. ", (_phone(r, "ES", "nat", mobile=False), PH), " · Codi promocional NADAL", _digits(r, 2), "\n")
    return b.done()


def t_ca_school_form(r):
    pr = _prof("ca-ES")
    k, p = _Person(r, pr, young=True), _Person(r, pr)
    k.last = p.last
    b = _B()
    b("Escola Pompeu Fabra - Formulari d'inscripció (", _stamp(r, "%d/%m/%Y"), ")\n")
    b("Nom de l'alumne: ", (k.first, P), "\nCognoms: ", (k.last, P), "\nData de naixement: ", (k.dob(r.choice(["dmy", "ca"])), DOB), "\nCurs: ",
      r.choice(["P5", "1r", "2n", "3r", "4t"]), "\nLloc de naixement: ", (r.choice(["Barcelona", "Girona", "Lleida", "Andorra la Vella"]), LOC), "\n")
    b("Pare/mare/tutor: ", (p.full, P), "\nTelèfon: ", (p.phone(), PH), "\nCorreu: ", (p.email(), E), "\nAdreça: ", (p.addr(), ADDR), "\n")
    b("Núm. TSI: ", _alnum(r, 4, string.ascii_uppercase), _digits(r, 10), "\nAutoritza fotos: ", r.choice(["Sí", "No"]), "\nMenjador: ", r.choice(["fix", "esporàdic"]), "\n")
    return b.done()


def t_is_taxi_sms(r):
    pr = _prof("is-IS")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("SMS frá ", (c.phone(r.choice(["nat", "intl"])), PH), "\n\"Góðan dag, ég þarf bíl frá ", (c.addr(), ADDR), " upp á Keflavíkurflugvöll ", _day(r, "dot"),
      " kl. ", _hm(r), ". Nafn: ", (c.full, P), ". Við erum 3 með mikinn farangur.\"\n\n")
    b("Svar: Takk ", (c.first, P), ", bókun staðfest nr. ", _digits(r, 6), ". Bílstjóri: ", (d.first, P), ", sími ", (d.phone("nat"), PH),
      ". Verð ", str(r.randint(18, 29)), ".", _digits(r, 3), " kr. Bílnúmer ", _alnum(r, 2, "ABDEFGHJKLMNPRSTUVXY"), _alnum(r, 1, "ABDEFGHJKLMNPRSTUVXY"), "-", _digits(r, 2), "\n")
    return b.done()


def t_is_donor_note(r):
    pr = _prof("is-IS")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Athugasemd (", (a.first, P), ", ", _day(r, "dot", False), "):\n", (c.full, P), " hringdi. Vill hækka mánaðarlegt framlag í ", str(r.choice([2, 3, 5])),
      ".000 kr. Greiðir af reikningi ", (_iban(r, "IS"), IBAN), ". Fædd/ur ", (c.dob(r.choice(["dot", "is"])), DOB), ".\n")
    b("Býr nú á ", (c.town, LOC), ", flutti frá ", (r.choice(["Kaupmannahöfn", "Osló", "Akureyri"]), LOC), ". Netfang ", (c.email(), E), ". Kvittun nr. K-",
      _digits(r, 6), "\n")
    return b.done()


def t_sl_storage_ticket(r):
    pr = _prof("sl-SI")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Zahtevek #", _digits(r, 5), " - Skladiščni prostor\nStranka: ", (c.full, P), "\nE-pošta: ", (c.email(), E), "\nTelefon: ", (c.phone(), PH), "\n\n")
    b("Pozdravljeni, ključavnica na boksu ", r.choice("ABC"), str(r.randint(1, 120)), " se ne odpre, koda ", _digits(r, 4),
      " ne deluje več. Najemnino plačujem s trajnikom iz ", (_iban(r, "SI"), IBAN), ". Za račun prosim uporabite naslov ", (c.addr(), ADDR), ".\n\n")
    b("Interna opomba: poslovalnica Celje, preveril ", (a.first, P), ". Račun št. ", _digits(r, 4), "-", _digits(r, 6), ", znesek ", str(r.randint(40, 120)), ",00 EUR.\n")
    return b.done()


def t_sl_driving_chat(r):
    pr = _prof("sl-SI")
    c, i = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Viber klepet\n", (c.first, P), ": Živjo, a je še kakšen termin za izpitno vožnjo ta mesec?\n")
    b((i.full, P), ": Ja, ", _day(r, "dot_sl"), " ob ", _hm(r), " na izpitnem centru Ljubljana. Rabim ime in priimek kot v osebni pa datum rojstva.\n")
    b((c.first, P), ": ", (c.full, P), ", ", (c.dob(r.choice(["dot", "dot_sl", "sl"])), DOB), "\n")
    b((i.full, P), ": Super. Plačilo ", str(r.randint(50, 90)), " EUR, sklic SI00 ", _digits(r, 8), ". Moja št. za vsak slučaj ", (i.phone("nat"), PH), "\n")
    return b.done()


def t_et_salon_chat(r):
    pr = _prof("et-EE")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Vestlus - Ilusalong Kadri Stuudio\n")
    b(_hm(r), " ", (c.full, P), ": Tere! Kas homme kella ", _hm(r), " oleks juukselõikus vaba?\n")
    b(_hm(r), " ", (s.first, P), ": Tere, ", (c.first, P), "! Jah, broneerisin. Palun saatke telefoninumber meeldetuletuse jaoks.\n")
    b(_hm(r), " ", (c.full, P), ": ", (c.phone(), PH), ". Muide, mu elukoht on nüüd ", (c.town, LOC), ", aga käin ikka teie juures.\n")
    b(_hm(r), " ", (s.first, P), ": Kinnitatud, broneering ", _ref(r, "BR", 6), ". Sooduskood SALONG", _digits(r, 2), " kehtib ", _day(r, "dot"), "\n")
    return b.done()


def t_et_forwarded(r):
    pr = _prof("et-EE")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("---------- Edasisaadetud kiri ----------\nSaatja: ", (c.full, P), " <", (c.email(), E), ">\nKuupäev: ", _day(r, "dot", False), " ", _hm(r),
      "\nTeema: Lepingu muutmine\n\nTere,\npalun muutke minu kontaktandmeid. Uus aadress: ", (c.addr(), ADDR), ", telefon ", (c.phone("nat"), PH),
      ". Sünnikuupäev ", (c.dob("dot"), DOB), ". Arvelduskonto ", (_iban(r, "EE"), IBAN), ".\n\nLugupidamisega\n", (c.first, P), "\n\n")
    b((a.first, P), ", palun uuenda CRM-is. Leping nr L-", _digits(r, 5), ".\n")
    return b.done()


def t_lt_charity_email(r):
    pr = _prof("lt-LT")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Sveiki, ", (c.first, P), ",\n\ndėkojame už Jūsų paramą! Jūsų mėnesinė auka ", str(r.choice([5, 10, 20])), " EUR bus nuskaičiuojama iš sąskaitos ",
      (_iban(r, "LT"), IBAN), " kiekvieno mėnesio ", str(r.randint(1, 28)), " d.\nSutarties nr. ", _digits(r, 8), ". Mokesčių deklaracijai (1,2 % GPM) reikalingas Jūsų gimimo datos patvirtinimas: ",
      (c.dob(r.choice(["iso", "lt"])), DOB), ".\n\nKlausimus siųskite ", ("parama@vaikuvilties.lt", E), " arba skambinkite ", (_phone(r, "LT", "nat", mobile=False), PH),
      ".\n\nPagarbiai\n", (a.full, P), "\nVšĮ „Vaikų vilties fondas\"\n")
    return b.done()


def t_lt_dispatch_notes(r):
    pr = _prof("lt-LT")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Užsakymas ", _ref(r, "TX-", 7), " | ", _stamp(r, "%Y-%m-%d %H:%M"), "\nKlientas: ", (c.full, P), ", tel. ", (c.phone(), PH), "\nPaėmimas: ",
      (c.addr(), ADDR), "\nTikslas: Vilniaus oro uostas, skrydis ", f"{r.choice(['FR', 'W6', 'LO', 'BT'])}{r.randint(100, 9999)}", "\n")
    b("Vairuotojas: ", (d.first, P), " ", (d.last, P), ", automobilis ", _alnum(r, 3, "ABCDEFGHJKLMNPRSTUVZ"), " ", _digits(r, 3), "\nPastaba: klientas skrenda į ",
      (r.choice(["Londoną", "Dubliną", "Oslą"]), LOC), " ilgam, daug bagažo. Kaina ", str(r.randint(15, 40)), ",", _digits(r, 2), " EUR.\n")
    return b.done()


def t_tr_whatsapp(r):
    pr = _prof("tr-TR")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    dt = _near_date(r, False)
    ts = lambda: f"{dt.day:02d}.{dt.month:02d}.{dt.year} {_hm(r)} - "  # noqa: E731
    b(ts(), (c.full, P), ": Merhaba, yarın sabah İstanbul Havalimanı'na transfer lazım\n")
    b(ts(), (d.first, P), " Transfer: Merhaba ", (c.first, P), " Hanım/Bey, adres ve saat alabilir miyim?\n")
    b(ts(), (c.full, P), ": ", (c.addr(), ADDR), ", saat ", _hm(r), ". Uçuş ", f"TK{r.randint(1, 2999)}", ". ", (r.choice(["Berlin", "Londra", "Amsterdam"]), LOC), " yolcusuyum\n")
    b(ts(), (d.first, P), " Transfer: Tamamdır. Şoför ", (_Person(r, pr).first, P), ", plaka 34 ", _alnum(r, 3, "ABCDEFGHJKLMNPRSTUVYZ"), " ", _digits(r, 3),
      ". Ücret ", str(r.randint(9, 25)), "00 TL. Acil durumda ", (d.phone("nat"), PH), "\n")
    b(ts(), (c.full, P), ": <Medya dahil edilmedi>\n")
    return b.done()


def t_tr_form(r):
    pr = _prof("tr-TR")
    c = _Person(r, pr)
    b = _B()
    b("Üyelik Formu - Güzellik Merkezi\nAd: ", (c.first, P), "\nSoyad: ", (c.last, P), "\nDoğum Tarihi: ", (c.dob(r.choice(["dot", "tr"])), DOB), "\nDoğum Yeri: ",
      (r.choice(["Trabzon", "Konya", "Adana", "Samsun"]), LOC), "\nCep Tel: ", (c.phone("nat"), PH), "\nE-posta: ", (c.email(), E), "\nAdres: ", (c.addr(), ADDR), "\n")
    b("Otomatik ödeme IBAN: ", (_iban(r, "TR"), IBAN), "\nPaket: ", r.choice(["Lazer 6 seans", "Cilt bakımı 4 seans", "Manikür aylık"]), " - ",
      str(r.randint(15, 60)), "00 TL\nKart son 4 hane: ", _last4(r), "\nKVKK onayı: Evet\n")
    return b.done()


def t_ro_school_quoted(r):
    pr = _prof("ro-RO")
    p, t, k = _Person(r, pr), _Person(r, pr), _Person(r, pr, young=True)
    b = _B()
    b("Bună ziua, doamna ", (t.last, P), ",\n\nAm schimbat adresa, vă rog actualizați în catalog.\nMulțumesc,\n", (p.full, P), "\n\n")
    b("Pe ", _day(r, "dot", False), ", Școala Gimnazială nr. ", str(r.randint(1, 200)), " <", ("secretariat@scoala" + str(r.randint(1, 200)) + ".ro", E), "> a scris:\n")
    b("> Stimate părinte, vă rugăm să confirmați datele elevului ", (k.full, P), ":\n")
    b("> născut la ", (k.dob("dot"), DOB), "\n")
    for ln in p.addr_lines():
        b("> ", (ln, ADDR), "\n")
    b("> Telefon părinte: ", (p.phone(), PH), "\n> Nr. matricol ", _digits(r, 5), "\n")
    return b.done()


def t_ro_transcript(r):
    pr = _prof("ro-RO")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    digits = re.sub(r"\D", "", c.phone("nat"))
    b("[transcriere automată]\noperator: bună ziua ați sunat la taxi star numele meu este ", (a.first.lower(), P), " cu ce vă pot ajuta\n")
    b("client: bună ziua sunt ", (c.full.lower(), P), " aș vrea o mașină la aeroportul otopeni mâine dimineață\n")
    b("operator: de la ce adresă\nclient: ", (c.addr().lower(), ADDR), "\n")
    b("operator: și un număr de telefon\nclient: ", (f"{digits[:4]} {digits[4:7]} {digits[7:]}", PH), "\n")
    b("operator: perfect comanda numărul ", _digits(r, 5), " șoferul vă sună cu zece minute înainte\n")
    return b.done()


def t_vi_taxi_sms(r):
    pr = _prof("vi-VN")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Tin nhắn từ ", (c.phone(), PH), "\nChào anh/chị, em muốn đặt xe ra sân bay Nội Bài lúc ", _hm(r), " ngày ", _day(r, "dmy"), ". Đón tại ", (c.addr(), ADDR),
      ". Tên em là ", (c.full, P), ".\n\n")
    b("Trả lời: Dạ chào chị ", (c.first, P), ", đã xác nhận mã chuyến ", _ref(r, "VN", 7), ". Tài xế ", (d.full, P), ", SĐT ", (d.phone("nat"), PH),
      ", biển số 30A-", _digits(r, 3), ".", _digits(r, 2), ". Giá ", str(r.randint(25, 45)), "0.000đ.\n")
    return b.done()


def t_vi_storage_crm(r):
    pr = _prof("vi-VN")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Ghi chú CRM - Kho lưu trữ Minh Phát\nKhách hàng: ", (c.full, P), "\nNgày sinh: ", (c.dob(r.choice(["dmy", "vi"])), DOB), "\nĐiện thoại: ", (c.phone("nat"), PH),
      "\nEmail: ", (c.email(), E), "\nQuê quán: ", (r.choice(["Nam Định", "Nghệ An", "Thái Bình", "Quảng Ngãi"]), LOC), "\n")
    b("Nội dung: khách chuyển vào ", (r.choice(["Đà Nẵng", "Sài Gòn", "Hà Nội"]), LOC), " công tác 6 tháng, thuê kho ", r.choice(["3m2", "5m2", "10m2"]),
      " tại chi nhánh Cầu Giấy. Hợp đồng HD-", _digits(r, 6), ", mã cửa ", _digits(r, 4), ". Nhân viên: ", (a.full, P), "\n")
    return b.done()


def t_af_school_email(r):
    pr = _prof("af-ZA")
    p, t, k = _Person(r, pr), _Person(r, pr), _Person(r, pr, young=True)
    b = _B()
    b("Onderwerp: Oueraand en skoolfooie\n\nGoeie middag ", r.choice(["meneer", "mevrou"]), " ", (p.last, P), ",\n\n")
    b("Baie dankie vir die vorm. Ons het ", (k.first, P), " se geboortedatum as ", (k.dob(r.choice(["af", "iso"])), DOB), " aangeteken. Die oueraand is op ",
      _day(r, "iso"), " om ", _hm(r), " in die saal van Laerskool Jan van Riebeeck.\n")
    b("Skoolfooie: R", str(r.randint(8, 30)), " ", _digits(r, 3), " per jaar, verwysing LS", _digits(r, 5), ".\n\nVriendelike groete\n", (t.full, P), "\nGraad ",
      str(r.randint(1, 7)), "-onderwyser\n", (_phone(r, "ZA", "nat", mobile=False), PH), " | ", ("kantoor@laerskooljvr.co.za", E), "\n")
    return b.done()


def t_af_whatsapp(r):
    pr = _prof("af-ZA")
    c, i = _Person(r, pr), _Person(r, pr)
    b = _B()
    dt = _near_date(r, False)
    ts = lambda: f"{dt.year}/{dt.month:02d}/{dt.day:02d}, {_hm(r)} - "  # noqa: E731
    b(ts(), (c.full, P), ": Haai ", (i.first, P), ", kan ek Saterdag nog 'n bestuursles kry voor my toets?\n")
    b(ts(), (i.first, P), ": Môre! Ja, ", _hm(r), ". Waar moet ek jou oplaai?\n")
    b(ts(), (c.full, P), ": ", (c.addr(), ADDR), ". My ma se nommer as ek nie antwoord nie: ", (_phone(r, "ZA", "nat"), PH), "\n")
    b(ts(), (i.first, P), ": Reg so. Les kos R", str(r.randint(25, 45)), "0, EFT na FNB, verwysing jou naam. Toets is by die ", r.choice(["Paarl", "Bellville", "Kuilsrivier"]),
      " toetssentrum.\n")
    return b.done()


def t_ms_salon_chat(r):
    pr = _prof("ms-MY")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Sembang langsung - Salon Kak Yah Beauty\n")
    b((c.first, P), ": Assalamualaikum, nak tempah rawatan rambut untuk majlis kahwin ", _day(r, "dmy"), "\n")
    b((s.first, P), " (Salon): Waalaikumsalam ", (c.first, P), ". Boleh bagi nama penuh dan nombor telefon?\n")
    b((c.first, P), ": ", (c.full, P), ", ", (c.phone(), PH), ". Saya tinggal di ", (c.town, LOC), "\n")
    b((s.first, P), " (Salon): Terima kasih! Tempahan ", _ref(r, "SKY", 5), " disahkan jam ", _hm(r), ". Deposit RM", str(r.randint(50, 150)),
      " ke akaun Maybank syarikat. Sila e-mel resit ke ", ("tempahan@kakyahbeauty.my", E), "\n")
    return b.done()


def t_ms_charity_sms(r):
    pr = _prof("ms-MY")
    b = _B()
    for _ in range(r.randint(2, 4)):
        c = _Person(r, pr)
        b(_stamp(r, "%d/%m %H:%M"), " Kepada ", (c.phone("intl"), PH), ": Terima kasih ", (c.first, P), " atas sumbangan RM", str(r.randint(10, 500)),
          " kepada Yayasan Insan Prihatin. No. resit ", _digits(r, 8), ". Lebihan cukai: sila kemas kini alamat di portal.\n")
    b(_stamp(r, "%d/%m %H:%M"), " Kepada semua penderma: Jom sertai larian amal di ", r.choice(["Putrajaya", "Shah Alam"]), " pada ", _day(r, "dmy"), ". Kod pendaftaran LARI", _digits(r, 3), ".\n")
    return b.done()


def t_sw_taxi_sms(r):
    pr = _prof("sw-TZ")
    c, d = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Ujumbe kutoka ", (c.phone(), PH), ":\nHabari, naomba teksi kesho saa ", _hm(r), " kwenda uwanja wa ndege JNIA. Nichukue ", (c.addr(), ADDR),
      ". Jina langu ni ", (c.full, P), ".\n\n")
    b("Jibu: Asante ", (c.first, P), ", safari ", _ref(r, "DT", 6), " imethibitishwa. Dereva ", (d.full, P), ", simu ", (d.phone("nat"), PH), ", gari T ",
      _digits(r, 3), " ", _alnum(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), ". Nauli TSh ", str(r.randint(25, 60)), ",000.\n")
    return b.done()


def t_sw_donor_note(r):
    pr = _prof("sw-TZ")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Kumbukumbu ya simu - ", _day(r, "dmy", False), "\nMfadhili: ", (c.full, P), " (", (c.phone("nat"), PH), ")\nAmezaliwa: ", (c.dob(r.choice(["dmy", "sw"])), DOB),
      "\nAnaishi ", (c.town, LOC), ", amehamia kutoka ", (r.choice(["Mwanza", "Dodoma", "Nairobi", "Tanga"]), LOC), ".\n")
    b("Anachangia TSh ", str(r.randint(10, 100)), ",000 kila mwezi kupitia M-Pesa, namba ya muamala ", _alnum(r, 10, string.ascii_uppercase + string.digits),
      ". Barua pepe ", (c.email(), E), ". Aliyepokea simu: ", (a.first, P), ".\n")
    return b.done()


def t_tl_storage_chat(r):
    pr = _prof("tl-PH")
    c, s = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Messenger\n", (c.full, P), ": Hello po, may available pa ba kayong storage unit? Lilipat kasi ako sa ", (r.choice(["Cebu", "Dubai", "Davao", "Singapore"]), LOC),
      " next month\n")
    b("Juan's Self Storage: Hi ", (c.first, P), "! Meron po, 2x3m P", str(r.randint(15, 45)), "00/buwan. Pakibigay po ng buong pangalan, birthday at address para sa kontrata.\n")
    b((c.full, P), ": ", (c.full, P), ", ", (c.dob(r.choice(["tl", "us"])), DOB), ", ", (c.addr(), ADDR), "\n")
    b((c.full, P), ": eto rin number ko ", (c.phone("nat"), PH), "\n")
    b("Juan's Self Storage: Salamat po! Si ", (s.first, P), " ang mag-aassist sa inyo. Contract no. ", _digits(r, 6), ", padlock code ", _digits(r, 4), "\n")
    return b.done()


def t_tl_ticket(r):
    pr = _prof("tl-PH")
    c, a = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Ticket #", _digits(r, 6), " - Reklamo sa driver\nCustomer: ", (c.full, P), " <", (c.email(), E), ">\n\n")
    b("Magandang araw po. Kahapon po ", _day(r, "us", False), " sumakay ako mula NAIA papuntang ", (c.addr(), ADDR), ". Sobrang singil po, P", str(r.randint(8, 20)), "00 imbes na P",
      str(r.randint(4, 7)), "00. Trip ID ", _uuid(r)[:13], ". Tawagan niyo po ako sa ", (c.phone(), PH), ".\n\n")
    b("[Internal] Na-refund na via GCash ref ", _digits(r, 13), ". - ", (a.initial(), P), "\n")
    return b.done()


def t_sq_driving_email(r):
    pr = _prof("sq-AL")
    c, i = _Person(r, pr), _Person(r, pr)
    b = _B()
    b("Tema: Regjistrim për provimin e patentës\n\nPërshëndetje,\n\nJu lutem më regjistroni për provimin praktik. Të dhënat e mia:\nEmri: ", (c.first, P),
      "\nMbiemri: ", (c.last, P), "\nDatëlindja: ", (c.dob(r.choice(["dot", "sq"])), DOB), "\nVendlindja: ", (r.choice(["Shkodër", "Korçë", "Prishtinë", "Berat"]), LOC),
      "\nAdresa: ", (c.addr(), ADDR), "\nTel: ", (c.phone(), PH), "\n\n")
    b("Faleminderit,\n", (c.full, P), "\n\n> Autoshkolla Skënderbeu, instruktor ", (i.full, P), "\n> Provimi ", _day(r, "dot"), " ora ", _hm(r), ", nr. dosjes ",
      _digits(r, 6), "\n")
    return b.done()


def t_sq_form_json(r):
    pr = _prof("sq-AL")
    c = _Person(r, pr)
    b = _B()
    b('{"id":', str(r.randint(1000, 99999)), ',"emri":"', (c.first, P), '","mbiemri":"', (c.last, P), '","email":"', (c.email(), E), '","celular":"',
      (c.phone("e164"), PH), '","qyteti":"', (c.town, LOC), '","iban":"', (_iban(r, "AL", False), IBAN), '","shuma":"', str(r.randint(10, 200)),
      '00 ALL","data":"', _day(r, "iso", False), '","fushata":"Dimri', _digits(r, 2), '"}\n')
    b('{"id":', str(r.randint(1000, 99999)), ',"emri":null,"email":null,"shuma":"500 ALL","kanali":"kuti dhurimi","data":"', _day(r, "iso", False), '"}\n')
    return b.done()


TEMPLATES = [
    t_us_storage_email, t_gb_taxi_email, t_gb_donor_call, t_au_salon_chat, t_ca_school_form, t_in_driving_sms, t_ie_whatsapp,
    t_nz_storage_ticket, t_za_teams_dispatch, t_us_access_log, t_us_app_jsonl, t_gb_env_config, t_us_transcript, t_sg_storage_chat,
    t_ph_transfer_sms, t_ng_forwarded, t_ke_crm_note, t_gb_ocr_driving, t_us_sheet_rows, t_au_notifications, t_ca_lost_property,
    t_ie_quoted_reply, t_us_slack, t_gb_no_pii, t_us_no_pii_log, t_za_kv_form, t_nz_call_notes, t_us_rental_app, t_gb_school_msg,
    t_au_test_sms, t_ng_login_ticket, t_ie_charity_letter,
    t_ca_salon_email, t_ca_school_form, t_is_taxi_sms, t_is_donor_note, t_sl_storage_ticket, t_sl_driving_chat, t_et_salon_chat,
    t_et_forwarded, t_lt_charity_email, t_lt_dispatch_notes, t_tr_whatsapp, t_tr_form, t_ro_school_quoted, t_ro_transcript,
    t_vi_taxi_sms, t_vi_storage_crm, t_af_school_email, t_af_whatsapp, t_ms_salon_chat, t_ms_charity_sms, t_sw_taxi_sms,
    t_sw_donor_note, t_tl_storage_chat, t_tl_ticket, t_sq_driving_email, t_sq_form_json,
]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        r = random.Random(f"moraine-{seed}-text-{i}")
        out.append(TEMPLATES[i % len(TEMPLATES)](r))
    return out


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------

_PETS = ["Biscuit", "Milo", "Luna", "Coco", "Bella", "Max", "Pepper", "Rolo", "Nala", "Teddy", "Simba", "Daisy"]


def _mk(r: random.Random, rows: int, spec) -> list[Column]:
    """spec: (header, entity, gen(i) -> str, blank_rate, placeholders)."""
    cols = []
    for name, ent, gen, blank, ph in spec:
        vals: list[str | None] = []
        for i in range(rows):
            v = gen(i)
            x = r.random()
            if x < blank:
                vals.append(None)
            elif ph and x < blank + 0.03:
                vals.append(r.choice(ph))
            else:
                vals.append(v)
        cols.append(Column(name, ent, vals))
    return cols


def _people(r: random.Random, key: str, rows: int, young: bool = False) -> list[_Person]:
    return [_Person(r, _prof(key), young) for _ in range(rows)]


def _tb_taxi_bookings(r, n):
    ps = _people(r, "en-GB", n)
    ts = [_ts(r, 30) for _ in range(n)]
    return _mk(r, n, [
        ("booking_ref", None, lambda i: _ref(r, "ACT-", 6), 0, None),
        ("pickup_at", None, lambda i: ts[i].strftime("%Y-%m-%d %H:%M"), 0, None),
        ("passenger_name", P, lambda i: ps[i].full, 0.02, None),
        ("tel", PH, lambda i: ps[i].phone(r.choice(["nat", "intl", "compact"])), 0.08, ["N/A"]),
        ("pax_email", E, lambda i: ps[i].email(), 0.25, None),
        ("pickup_addr1", ADDR, lambda i: ps[i].addr(), 0.05, None),
        ("dropoff_terminal", None, lambda i: r.choice(["LHR T5", "LHR T2", "LGW North", "MAN T2", "BRS", "STN"]), 0, None),
        ("flight_no", None, lambda i: f"{r.choice(['BA', 'EZY', 'RYR', 'VS', 'LS'])}{r.randint(10, 9999)}", 0.3, ["-"]),
        ("pax_count", None, lambda i: str(r.randint(1, 7)), 0, None),
        ("fare_gbp", None, lambda i: f"{r.randint(35, 240)}.{r.choice(['00', '50', '75'])}", 0, None),
        ("card_last4", None, lambda i: _last4(r), 0.3, None),
        ("card_token", None, lambda i: "tok_" + _alnum(r, 24), 0.3, None),
        ("driver_id", None, lambda i: f"DRV-{r.randint(1, 400):04d}", 0.1, None),
        ("vehicle_reg", None, lambda i: f"{_alnum(r, 2, 'ABCDEFGHKLMNOPRSVWY')}{r.randint(10, 74)} {_alnum(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}", 0.1, None),
        ("email_verified", None, lambda i: r.choice(["true", "false"]), 0, None),
        ("phone_type", None, lambda i: r.choice(["mobile", "landline", "mobile"]), 0.1, None),
        ("col_7", P, lambda i: ps[i].last, 0.15, None),
        ("notes", None, lambda i: r.choice(["child seat", "meet & greet", "wheelchair", "call on arrival", "2x golf bags"]), 0.5, None),
        ("base_depot", None, lambda i: r.choice(["Crawley", "Slough", "Hounslow", "Salford"]), 0, None),
        ("gps_pickup", None, lambda i: _gps(r), 0.2, None),
    ])


def _tb_taxi_drivers(r, n):
    ps = _people(r, "tr-TR", n)
    return _mk(r, n, [
        ("surucu_no", None, lambda i: f"S{r.randint(1000, 9999)}", 0, None),
        ("Adı", P, lambda i: ps[i].first, 0, None),
        ("Soyadı", P, lambda i: ps[i].last, 0, None),
        ("DoğumTarihi", DOB, lambda i: ps[i].dob("dot"), 0.1, None),
        ("cep_tel", PH, lambda i: ps[i].phone("nat"), 0.05, None),
        ("e_posta", E, lambda i: ps[i].email(), 0.3, ["-"]),
        ("ikamet_ili", LOC, lambda i: ps[i].town, 0.1, None),
        ("adres", ADDR, lambda i: ps[i].addr(), 0.2, None),
        ("iban", IBAN, lambda i: _iban(r, "TR"), 0.15, None),
        ("plaka", None, lambda i: f"34 {_alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVYZ')} {_digits(r, 3)}", 0, None),
        ("arac_modeli", None, lambda i: r.choice(["Fiat Egea 1.3 Multijet", "Renault Clio 1.5 dCi", "Toyota Corolla Hybrid", "Mercedes-Benz Vito"]), 0, None),
        ("ehliyet_sinifi", None, lambda i: r.choice(["B", "D1", "D"]), 0, None),
        ("app_version", None, lambda i: _version(r), 0, None),
        ("son_giris_ip", None, lambda i: _private_ip(r), 0.1, None),
        ("puan", None, lambda i: f"{r.uniform(3.5, 5):.2f}", 0, None),
        ("kayit_tarihi", None, lambda i: _fmt_date(_near_date(r, False), "dot"), 0, None),
        ("sifre_degisim", None, lambda i: _ts(r, 200).strftime("%Y-%m-%d %H:%M"), 0.4, None),
        ("durum", None, lambda i: r.choice(["aktif", "pasif", "izinde"]), 0, None),
        ("cihaz_imei", None, lambda i: _imei(r), 0.2, None),
    ])


def _tb_salon_clients(r, n):
    ps = _people(r, "en-AU", n)
    staff = [p.first for p in _people(r, "en-AU", 6)]
    return _mk(r, n, [
        ("ClientID", None, lambda i: str(r.randint(100000, 999999)), 0, None),
        ("FirstName", P, lambda i: ps[i].first, 0, None),
        ("LastName", P, lambda i: ps[i].last, 0.05, None),
        ("Mobile", PH, lambda i: ps[i].phone(r.choice(["nat", "compact", "intl"])), 0.05, None),
        ("Email", E, lambda i: ps[i].email(), 0.3, None),
        ("DOB", DOB, lambda i: ps[i].dob(r.choice(["dmy", "dmy_short"])), 0.55, None),
        ("Suburb", LOC, lambda i: ps[i].town, 0.2, ["unknown"]),
        ("PreferredStylist", P, lambda i: r.choice(staff), 0.4, ["Any"]),
        ("LastVisit", None, lambda i: _fmt_date(_near_date(r, False), "dmy"), 0.05, None),
        ("ServiceCode", None, lambda i: r.choice(["CLR-FOIL-H", "CUT-W-LNG", "BLOW-01", "BRZ-KRT", "TONER-S"]), 0, None),
        ("ProductName", None, lambda i: r.choice(["Kevin Murphy Angel.Wash", "Paul Mitchell Tea Tree", "Olaplex No.3", "Aveda Invati", "Sebastian Dark Oil"]), 0.3, None),
        ("PatchTestDate", None, lambda i: _fmt_date(_near_date(r, False), "dmy"), 0.5, None),
        ("DobVerified", None, lambda i: r.choice(["Y", "N"]), 0, None),
        ("MarketingOptIn", None, lambda i: r.choice(["TRUE", "FALSE"]), 0, None),
        ("LoyaltyPoints", None, lambda i: str(r.randint(0, 2400)), 0, None),
        ("PetName", None, lambda i: r.choice(_PETS), 0.6, None),
        ("HomeSalon", None, lambda i: r.choice(["Newtown", "Fitzroy", "Paddington"]), 0, None),
        ("CardOnFile", None, lambda i: _masked_card(r), 0.4, None),
    ])


def _tb_salon_bookings_log(r, n):
    ps = _people(r, "ro-RO", n)
    return _mk(r, n, [
        ("rezervare.id", None, lambda i: _uuid(r), 0, None),
        ("rezervare.creata_la", None, lambda i: _ts(r).strftime("%Y-%m-%dT%H:%M:%S"), 0, None),
        ("client.nume", P, lambda i: ps[i].full, 0, None),
        ("client.telefon", PH, lambda i: ps[i].phone(r.choice(["nat", "intl", "compact"])), 0.1, None),
        ("client.email", E, lambda i: ps[i].email(), 0.2, None),
        ("client.ip", IP, lambda i: _public_ip(r), 0.05, None),
        ("proxy.ip", None, lambda i: _private_ip(r), 0, None),
        ("user_agent", None, lambda i: r.choice(["Mozilla/5.0 (Linux; Android 14)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.12.0"]), 0, None),
        ("app.versiune", None, lambda i: _version(r), 0, None),
        ("serviciu", None, lambda i: r.choice(["tuns + coafat", "vopsit rădăcini", "manichiură semipermanentă", "pensat"]), 0, None),
        ("pret_lei", None, lambda i: f"{r.randint(50, 450)},00", 0, None),
        ("plata.status", None, lambda i: r.choice(["achitat", "în așteptare", "eșuat"]), 0, None),
        ("plata.card_nr", CC, lambda i: _card(r), 0.6, None),
        ("plata.card_exp", None, lambda i: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", 0.6, None),
        ("salon", None, lambda i: r.choice(["Cluj-Napoca", "Iași", "Brașov"]), 0, None),
        ("cod_voucher", None, lambda i: f"BEAUTY{_digits(r, 3)}", 0.7, None),
        ("sesiune", None, lambda i: _pub_key(r), 0, None),
        ("cont.parola", PWD, lambda i: _password(r), 0.5, None),
    ])


def _tb_donors(r, n):
    ps = _people(r, "en-GB", n)
    return _mk(r, n, [
        ("Donor URN", None, lambda i: f"D{r.randint(1000000, 9999999)}", 0, None),
        ("Title", None, lambda i: r.choice(["Mr", "Mrs", "Ms", "Dr", "Miss", "Revd"]), 0.1, None),
        ("Forename", P, lambda i: ps[i].first, 0, None),
        ("Surname", P, lambda i: ps[i].last, 0, None),
        ("Address Line 1", ADDR, lambda i: ps[i].addr_lines()[0], 0.05, None),
        ("Town", LOC, lambda i: ps[i].town, 0.05, None),
        ("Telephone", PH, lambda i: ps[i].phone(r.choice(["nat", "nat", "intl"]), mobile=r.random() < 0.6), 0.3, ["N/A", "-"]),
        ("Email Address", E, lambda i: ps[i].email(), 0.35, None),
        ("Date of Birth", DOB, lambda i: ps[i].dob(r.choice(["dmy", "en_long"])), 0.6, None),
        ("Gift Aid Declared", None, lambda i: _fmt_date(_near_date(r, False), "dmy"), 0.3, None),
        ("Gift Aid Status", None, lambda i: r.choice(["Eligible", "Not eligible", "Pending"]), 0, None),
        ("Bank Sort Code", None, lambda i: f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}", 0.4, None),
        ("IBAN", IBAN, lambda i: _iban(r, "GB"), 0.4, None),
        ("Standing Order Ref", None, lambda i: _ref(r, "SO", 8), 0.4, None),
        ("Monthly Amount", None, lambda i: f"£{r.choice([5, 8, 10, 12, 15, 20, 25, 50])}.00", 0, None),
        ("First Gift Date", None, lambda i: _fmt_date(_near_date(r, False) - _dt.timedelta(days=r.randint(0, 3000)), "dmy"), 0, None),
        ("Campaign", None, lambda i: r.choice(["XMAS25", "SPRING26", "LEGACY-DM", "F2F-LEEDS"]), 0, None),
        ("Email Opt In", None, lambda i: r.choice(["Yes", "No"]), 0, None),
        ("Fund", None, lambda i: r.choice(["General", "Children's Appeal (restricted)", "Sir John Moores Wing", "Hospice at Home"]), 0, None),
        ("Deceased Flag", None, lambda i: r.choice(["N", "N", "N", "Y"]), 0, None),
    ])


def _tb_gifts(r, n):
    ps = _people(r, "lt-LT", n)
    return _mk(r, n, [
        ("mokejimo_id", None, lambda i: str(r.randint(10 ** 8, 10 ** 9)), 0, None),
        ("data", None, lambda i: _fmt_date(_near_date(r, False), "iso"), 0, None),
        ("suma_eur", None, lambda i: f"{r.choice([5, 10, 15, 20, 50])},00", 0, None),
        ("vardas", P, lambda i: ps[i].first, 0.05, None),
        ("pavarde", P, lambda i: ps[i].last, 0.05, None),
        ("saskaita", IBAN, lambda i: _iban(r, "LT"), 0, None),
        ("BIC", None, lambda i: r.choice(["HABALT22", "CBVILT2X", "REVOLT21", "AGBLLT2X"]), 0, None),
        ("mokejimo_paskirtis", None, lambda i: f"Parama, sutartis {_digits(r, 6)}", 0, None),
        ("el_pastas", E, lambda i: ps[i].email(), 0.4, None),
        ("tel", PH, lambda i: ps[i].phone(r.choice(["nat", "intl"])), 0.5, None),
        ("gimimo_data", DOB, lambda i: ps[i].dob("iso"), 0.5, None),
        ("miestas", LOC, lambda i: ps[i].town, 0.2, ["nežinoma"]),
        ("kanalas", None, lambda i: r.choice(["internetu", "tiesioginis debetas", "SMS"]), 0, None),
        ("kvito_nr", None, lambda i: f"KV-{_digits(r, 6)}", 0, None),
        ("statusas", None, lambda i: r.choice(["įskaityta", "grąžinta", "laukiama"]), 0, None),
        ("attr2", None, lambda i: _hex(r, 64), 0, None),
        ("fondas", None, lambda i: r.choice(["Vaikų vilties fondas", "Maisto bankas", "Onos Mikalauskienės stipendija"]), 0, None),
    ])


def _tb_school_parents(r, n):
    ps = _people(r, "en-CA", n)
    ks = _people(r, "en-CA", n, young=True)
    return _mk(r, n, [
        ("parentId", None, lambda i: f"P{r.randint(10000, 99999)}", 0, None),
        ("guardianFirstName", P, lambda i: ps[i].first, 0, None),
        ("guardianLastName", P, lambda i: ps[i].last, 0, None),
        ("studentName", P, lambda i: f"{ks[i].first} {ps[i].last}", 0, None),
        ("studentDob", DOB, lambda i: ks[i].dob(r.choice(["iso", "us_long"])), 0.1, None),
        ("homePhone", PH, lambda i: ps[i].phone("nat", mobile=False), 0.3, None),
        ("email", E, lambda i: ps[i].email(), 0.05, None),
        ("emailVerified", None, lambda i: r.choice(["true", "false"]), 0, None),
        ("addressType", None, lambda i: r.choice(["home", "mailing", "custodial"]), 0, None),
        ("street", ADDR, lambda i: ps[i].addr_lines()[0], 0.1, None),
        ("grade", None, lambda i: r.choice(["JK", "SK", "1", "2", "3", "4", "5", "6"]), 0, None),
        ("homeroom", None, lambda i: f"Rm {r.randint(100, 230)}", 0, None),
        ("busRoute", None, lambda i: f"R-{r.randint(1, 40)}", 0.5, ["walker"]),
        ("lastLoginAt", None, lambda i: _ts(r).strftime("%Y-%m-%dT%H:%M:%SZ"), 0.1, None),
        ("loginIp", IP, lambda i: _public_ip(r), 0.1, None),
        ("passwordHash", None, lambda i: _bcrypt(r), 0, None),
        ("consentPhoto", None, lambda i: r.choice(["Y", "N"]), 0, None),
        ("allergyFlag", None, lambda i: r.choice(["none", "nuts", "dairy", "gluten"]), 0, None),
        ("school", None, lambda i: r.choice(["St. Joseph Catholic Elementary", "Lord Roberts Elementary", "Maple Grove PS", "Terry Fox PS"]), 0, None),
        ("studentGuid", None, lambda i: _uuid(r), 0, None),
    ])


def _tb_school_pupils(r, n):
    ps = _people(r, "ms-MY", n, young=True)
    gs = _people(r, "ms-MY", n)
    return _mk(r, n, [
        ("no_murid", None, lambda i: f"M{r.randint(100000, 999999)}", 0, None),
        ("nama_penuh", P, lambda i: ps[i].full, 0, None),
        ("tarikh_lahir", DOB, lambda i: ps[i].dob(r.choice(["dmy", "ms"])), 0.05, None),
        ("tempat_lahir", LOC, lambda i: ps[i].town, 0.2, ["-"]),
        ("nama_penjaga", P, lambda i: gs[i].full, 0.05, None),
        ("tel_penjaga", PH, lambda i: gs[i].phone(r.choice(["nat", "compact"])), 0.1, None),
        ("emel", E, lambda i: gs[i].email(), 0.4, None),
        ("alamat", ADDR, lambda i: gs[i].addr(), 0.1, None),
        ("kelas", None, lambda i: f"{r.randint(1, 6)} {r.choice(['Bestari', 'Cemerlang', 'Dinamik', 'Gemilang'])}", 0, None),
        ("sesi", None, lambda i: r.choice(["pagi", "petang"]), 0, None),
        ("yuran_rm", None, lambda i: f"{r.randint(50, 400)}.00", 0, None),
        ("status_vaksin", None, lambda i: r.choice(["lengkap", "belum"]), 0.2, None),
        ("pengangkutan", None, lambda i: r.choice(["bas sekolah", "ibu bapa", "van"]), 0, None),
        ("nama_sekolah", None, lambda i: r.choice(["SK Tun Hussein Onn", "SK Taman Melawati", "SJK(C) Chung Hwa", "SK Sultan Ismail"]), 0, None),
        ("kod_sekolah", None, lambda i: f"{_alnum(r, 3, string.ascii_uppercase)}{_digits(r, 4)}", 0, None),
        ("tarikh_daftar", None, lambda i: _fmt_date(_near_date(r, False), "dmy"), 0, None),
        ("field_3", None, lambda i: _uuid(r), 0, None),
        ("jantina", None, lambda i: r.choice(["L", "P"]), 0, None),
    ])


def _tb_driving_bookings(r, n):
    ps = _people(r, "en-IN", n)
    fs = _people(r, "en-IN", n)
    return _mk(r, n, [
        ("booking_no", None, lambda i: f"DLT{_digits(r, 9)}", 0, None),
        ("applicant_name", P, lambda i: ps[i].full.upper() if r.random() < 0.4 else ps[i].full, 0, None),
        ("father_name", P, lambda i: f"{fs[i].first} {ps[i].last}", 0.2, None),
        ("dob", DOB, lambda i: ps[i].dob(r.choice(["dmy", "en_abbr", "dot"])), 0, None),
        ("birth_place", LOC, lambda i: r.choice(["Mysuru", "Nagpur", "Madurai", "Patna", "Kozhikode", "Indore"]), 0.3, None),
        ("mobile_no", PH, lambda i: ps[i].phone(r.choice(["compact", "intl", "nat"])), 0, None),
        ("email_id", E, lambda i: ps[i].email(), 0.3, ["NA"]),
        ("address", ADDR, lambda i: ps[i].addr(), 0.05, None),
        ("rto_office", None, lambda i: r.choice(["KA-03 Indiranagar", "MH-12 Pune", "TN-07 Guindy", "TS-09 Khairatabad"]), 0, None),
        ("test_slot", None, lambda i: _ts(r).strftime("%d-%m-%Y %H:%M"), 0, None),
        ("ll_number", None, lambda i: f"{r.choice(['KA', 'MH', 'TN'])}{r.randint(1, 60):02d}/{_digits(r, 7)}/2026", 0, None),
        ("vehicle_class", None, lambda i: r.choice(["MCWG", "LMV", "MCWG,LMV"]), 0, None),
        ("fee_paid", None, lambda i: str(r.choice([300, 450, 750])), 0, None),
        ("payment_txn", None, lambda i: f"pay_{_alnum(r, 14)}", 0, None),
        ("otp_sent", None, lambda i: _digits(r, 6), 0, None),
        ("aadhaar_last4", None, lambda i: _last4(r), 0.1, None),
        ("result", None, lambda i: r.choice(["PASS", "FAIL", "ABSENT", "PENDING"]), 0, None),
        ("examiner_code", None, lambda i: f"MVI-{r.randint(10, 99)}", 0, None),
    ])


def _tb_driving_instructors(r, n):
    ps = _people(r, "et-EE", n)
    return _mk(r, n, [
        ("juhendaja_id", None, lambda i: str(r.randint(100, 999)), 0, None),
        ("eesnimi", P, lambda i: ps[i].first, 0, None),
        ("perekonnanimi", P, lambda i: ps[i].last, 0, None),
        ("sünniaeg", DOB, lambda i: ps[i].dob("dot"), 0.1, None),
        ("telefon", PH, lambda i: ps[i].phone(r.choice(["nat", "intl"])), 0, None),
        ("e_post", E, lambda i: ps[i].email(), 0.1, None),
        ("elukoht", LOC, lambda i: ps[i].town, 0.2, None),
        ("arveldusarve", IBAN, lambda i: _iban(r, "EE"), 0.05, None),
        ("broneering_api_key", KEY, lambda i: _api_key(r), 0.5, None),
        ("auto_reg_nr", None, lambda i: f"{_digits(r, 3)} {_alnum(r, 3, 'ABCDEFGHKLMNPRSTV')}", 0, None),
        ("kategooria", None, lambda i: r.choice(["B", "A", "B, C"]), 0, None),
        ("tunnid_kuus", None, lambda i: str(r.randint(20, 160)), 0, None),
        ("tunnitasu", None, lambda i: f"{r.randint(25, 45)},00", 0, None),
        ("viimane_makse", None, lambda i: _fmt_date(_near_date(r, False), "dot"), 0, None),
        ("parool_muudetud", None, lambda i: _ts(r, 300).strftime("%d.%m.%Y %H:%M"), 0.3, None),
        ("sertifikaadi_nr", None, lambda i: f"JS{_digits(r, 6)}", 0, None),
        ("hinnang", None, lambda i: f"{r.uniform(3.8, 5):.1f}", 0, None),
        ("filiaal", None, lambda i: r.choice(["Tallinn Mustamäe", "Tartu", "Pärnu"]), 0, None),
        ("seadme_imei", None, lambda i: _imei(r), 0.3, None),
    ])


def _tb_storage_tenants(r, n):
    ps = _people(r, "en-US", n)
    return _mk(r, n, [
        ("TENANT_ID", None, lambda i: f"T-{r.randint(10000, 99999)}", 0, None),
        ("FIRST_NM", P, lambda i: ps[i].first, 0, None),
        ("LAST_NM", P, lambda i: ps[i].last, 0, None),
        ("SSN", SSN, lambda i: _ssn(r), 0.35, None),
        ("DOB", DOB, lambda i: ps[i].dob(r.choice(["us", "iso"])), 0.2, None),
        ("CELL", PH, lambda i: ps[i].phone(r.choice(["nat", "dash", "e164"])), 0.05, None),
        ("EMAIL", E, lambda i: ps[i].email(), 0.1, None),
        ("MAIL_ADDR", ADDR, lambda i: ps[i].addr(), 0.05, None),
        ("ACH_ROUTING", None, lambda i: _routing(r), 0.5, None),
        ("ACH_ACCOUNT", BANK, lambda i: _us_account(r), 0.5, None),
        ("CARD_LAST4", None, lambda i: _last4(r), 0.4, None),
        ("UNIT_NO", None, lambda i: f"{r.choice('ABCDE')}{r.randint(100, 450)}", 0, None),
        ("UNIT_SIZE", None, lambda i: r.choice(["5x5", "5x10", "10x10", "10x15", "10x20", "10x30"]), 0, None),
        ("GATE_CODE", None, lambda i: _digits(r, r.choice([4, 6])), 0, None),
        ("MOVE_IN_DT", None, lambda i: _fmt_date(_near_date(r, False), "us"), 0, None),
        ("RENT_AMT", None, lambda i: f"{r.randint(59, 349)}.00", 0, None),
        ("INSURANCE_POLICY", None, lambda i: f"SLP-{_digits(r, 8)}", 0.3, None),
        ("PORTAL_PWD", PWD, lambda i: _password(r), 0.45, None),
        ("ALT_CONTACT_REL", None, lambda i: r.choice(["spouse", "parent", "sibling", "friend"]), 0.3, None),
        ("FACILITY", None, lambda i: r.choice(["Tucson North", "Austin - Riverside", "Tampa Westshore"]), 0, None),
        ("LIEN_STATUS", None, lambda i: r.choice(["current", "late", "pre-lien", "auction"]), 0, None),
    ])


def _tb_storage_access(r, n):
    ps = _people(r, "af-ZA", 40)
    who = [r.randrange(40) for _ in range(n)]
    return _mk(r, n, [
        ("gebeurtenis_id", None, lambda i: str(r.randint(10 ** 6, 10 ** 7)), 0, None),
        ("tydstempel", None, lambda i: _ts(r, 10).strftime("%Y-%m-%d %H:%M:%S"), 0, None),
        ("hek", None, lambda i: f"Hek {r.randint(1, 3)}", 0, None),
        ("eenheid", None, lambda i: f"{r.choice('ABC')}{r.randint(1, 200):03d}", 0, None),
        ("huurder_naam", P, lambda i: ps[who[i]].full, 0.1, None),
        ("attr9", P, lambda i: ps[who[i]].last, 0.2, None),
        ("selfoon", PH, lambda i: ps[who[i]].phone(r.choice(["nat", "compact", "intl"])), 0.15, None),
        ("e-pos", E, lambda i: ps[who[i]].email(), 0.5, None),
        ("toegangskode", None, lambda i: _digits(r, 6), 0, None),
        ("resultaat", None, lambda i: r.choice(["toegestaan", "geweier", "toegestaan"]), 0, None),
        ("kamera_id", None, lambda i: f"CAM-{r.randint(1, 12):02d}", 0, None),
        ("toestel_ip", None, lambda i: _private_ip(r), 0, None),
        ("bron_ip", IP, lambda i: _public_ip(r), 0.4, None),
        ("app_weergawe", None, lambda i: _version(r), 0.4, None),
        ("nommerplaat", None, lambda i: f"{_alnum(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')} {_digits(r, 3)} {r.choice(['WP', 'GP', 'EC'])}", 0.3, None),
        ("tak", None, lambda i: r.choice(["Bellville", "Stellenbosch", "Paarl"]), 0, None),
        ("opmerking", None, lambda i: r.choice(["geen", "hond in voertuig", "laat toegang", "sleutel verloor"]), 0.6, None),
    ])


_TABLES = [
    ("taxi_airport_bookings_gb", _tb_taxi_bookings),
    ("taxi_surucu_kayitlari_tr", _tb_taxi_drivers),
    ("salon_clients_au", _tb_salon_clients),
    ("salon_rezervari_log_ro", _tb_salon_bookings_log),
    ("charity_donors_gb", _tb_donors),
    ("charity_aukos_lt", _tb_gifts),
    ("school_portal_parents_ca", _tb_school_parents),
    ("school_murid_my", _tb_school_pupils),
    ("driving_test_bookings_in", _tb_driving_bookings),
    ("driving_juhendajad_ee", _tb_driving_instructors),
    ("storage_tenants_us", _tb_storage_tenants),
    ("storage_hek_toegang_za", _tb_storage_access),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in _TABLES:
        r = random.Random(f"moraine-{seed}-table-{name}")
        cols = fn(r, rows)
        assert all(len(c.values) == rows for c in cols)
        out[name] = cols
    return out
