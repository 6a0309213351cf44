"""Accuracy split "combe": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date
    Helper session "combe", 2026-11-28 (fixed "today" used for every relative date: 2026-11-28).

Independence
    Written only from: the task prompt given to this helper (label conventions, the exact signatures
    imported from accuracy_data, API and domain brief), `ls bench/` (file names only), and the outputs
    of Faker (names only, for some locales) and phonenumbers (example numbers, validation, formatting)
    run locally. Nothing else was read: not the scanner, its rules, its tests, its docs, other splits,
    accuracy_data.py itself, results, or git history. The scanner and Presidio were never read or run.
    Town, street, postcode, name lists for the hand-written locales and all text are the author's own.

API
    free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)] (benchmark: 500, 7)
    structured(rows, seed) -> dict[str, list[Column]]   12 tables (benchmark: 150, 11)
    TEMPLATES: 62 template functions, each (random.Random) -> Doc.
    Deterministic: every text/table has its own random.Random seeded from a string ("combe-..."); every
    Faker instance is re-seeded from that rng before use; no clock, no set iteration, no hash().

Domains
    marina berth rentals; piano and instrument repair; crowdfunding backer/creator support; chimney
    sweep and stove installs; genealogy and DNA testing; ferry passenger bookings.

Languages (templates; 62 in all)
    English 35 (56%): US 7, GB 6, CA 3, AU 3, IN 4, IE 3, ZA 2, NZ 2, NG 2, KE 2, SG 1.
    Other 27 (44%), 15 languages: Catalan 2, Icelandic 2, Afrikaans 2, Tagalog/Filipino 2, Malay 2,
    Turkish 2, Romanian 2, Slovenian 2, Estonian 2, Lithuanian 2, Welsh 1, Maltese 1 (12 from the
    "barely used" list), German 2, French 2, Dutch 1.
    Names, towns, streets, postcodes, phone formats and date formats follow each text's country.

Shapes
    e-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Teams / Slack / Messenger /
    live-chat exports, SMS threads and notification SMS (M-PESA, ferry confirmations), tickets with internal
    notes, CRM activity logs and contact cards, lower-case speech-to-text transcripts (en-US, en-IN, fr),
    form dumps (key: value, key=value, JSON lines), web-server access logs, logfmt and app logs, a YAML
    config, an OCR'd consent form, tab-separated spreadsheet rows, notification subjects, and three texts
    with no PII (ferry service notice, release notes, German maintenance notice).

Value rules
    Phones: random digits behind country prefixes, kept only if phonenumbers.is_valid_number; rendered
    national / international / E.164 / compact / dashed and re-validated after rendering. Cards: _luhn
    (Visa, Mastercard 5x and 2x, Amex, Discover), spaced/dashed/plain. SSNs: area 001-899 minus 666,
    group 01-99, serial 0001-9999. IBANs: _iban_of for ES GB IE DE FR NL; own mod-97 builder for RO SI EE
    LT; every IBAN re-checked with mod 97. US accounts 9-12 digits; ABA routing numbers (valid checksum) stay
    unlabelled. IPs: _ip_public_v4/_v6 labelled, RFC 1918 addresses unlabelled. Birth years 1940-2006.

Label conventions as applied
    PERSON: names as written (full, first only, surname only, upper/lower case, "Last, First"), chat
    speakers labelled, titles (Mr/Mrs) outside, names inside company/brand/product/vessel/street names
    (Harrison & Sons, Steinway, Ada Lovelace Card Game, MV Saint Columba, Herjólfur, Triq Dun Karm,
    Str. Mihai Eminescu) not labelled; pet names not labelled.
    STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span (flat/unit inside);
    in '>'-quoted replies each quoted line is its own span; business addresses in signatures labelled.
    LOCATION: towns/countries where a person lives, was born, comes from or travels to (Lithuanian and
    Slovenian inflected forms labelled as written); branch/depot/site/office/lab/terminal towns, ferry
    route codes and the operator's own ports in service notices not labelled.
    DATE_OF_BIRTH: birth dates only (numeric local formats, long forms with local month names, ISO in JSON).
    PASSWORD / API_KEY: plaintext secret only (sk_live_, ghp_, xoxb-, SG., AIza, key-, sk-proj-; a
    SendGrid key used as SMTP password is API_KEY). Publishable keys, bcrypt/argon2/sha256, session ids,
    reset tokens, webhook ids: unlabelled.
    Spans never include surrounding quotes/brackets/trailing punctuation and never overlap (asserted).

Look-alikes (unlabelled, frequent)
    masked cards and last-4, expiry and CVV, OTPs and gate/door codes, private IPs, version strings,
    UUIDs, sha256/bcrypt hashes, order/pledge/ticket/booking/invoice/claim/policy/certificate numbers,
    kit barcodes, haplogroups, IMEIs (Luhn-valid 15 digits), routing numbers, BICs, creditor IDs,
    M-PESA codes, VAT/SIRET/company numbers, car registrations, amounts, timestamps and non-birth dates,
    piano/stove brands, company names with surnames, pet names, boat names, branch towns.

Tables (name: locale, columns PII/look-alike, header style)
    marina_berth_holders_gb: en_GB, 20 = 7/13, snake_case + abbreviations (tel, home_addr)
    jachthaven_ligplaatsen_nl: nl_NL, 18 = 8/10, Dutch headers, mixed case
    piano_repair_jobs_us: en_US, 20 = 7/13, camelCase
    klavierwerkstatt_kunden_de: de_DE, 18 = 8/10, German PascalCase (Vorname, Straße = bare street line)
    creator_payouts_us: en_US, 18 = 7/11, UPPER_SNAKE (SSN, DOB, BANK_ACCT_NO, STRIPE_CONNECT_SECRET)
    suport_mecenes_ca: Catalan (ES), 17 = 8/9, Catalan snake_case
    chimney_service_visits_ie: en_IE, 18 = 6/12, spaced Title Case
    ahjupaigaldused_ee: et_EE, 19 = 9/10, Estonian headers + opaque col_7 (first names)
    dna_kit_orders_au: en_AU, 21 = 10/11, dotted (customer.first) + opaque attr2 (surnames)
    dnr_klientai_lt: lt_LT, 21 = 10/11, Lithuanian headers + opaque field_3 (landline phones)
    ferja_farthegar_is: is_IS, 17 = 6/11, Icelandic headers
    yolcu_rezervasyonlari_tr: tr_TR, 21 = 9/12, Turkish ASCII snake_case
    Blanks at 0-80% per column; placeholders (N/A, -, unknown, n/a) in a few PII columns.

Known limits
    Faker name lists for some locales (is_IS, nl_NL, ro_RO, sl_SI, fr_FR) contain rare or odd names;
    addresses are synthetic (street, number and postcode are not checked against real geography, US ZIP
    fixed per town); phone numbers are valid by phonenumbers metadata but not necessarily assigned.
    Ferry route towns are avoided in personal messages rather than labelled, so LOCATION for travel
    appears only where the text says the person is going somewhere. Some texts mix register and
    spelling on purpose (chat, transcripts); non-English phrasing is the author's and may be imperfect.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
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

TODAY = _dt.date(2026, 11, 28)
_FMT = string.Formatter()


# ----------------------------------------------------------------------------- labelled values
def P(v):
    return (v, "PERSON")


def EM(v):
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


def LOC(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")




class Doc:
    """Text built from parts; labelled parts become spans with exact offsets."""

    def __init__(self):
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []

    def put(self, s: str, label: str | None = None) -> Doc:
        if label and s:
            self.spans.append((self.pos, self.pos + len(s), label))
            self.vals.append(s)
        self.buf.append(s)
        self.pos += len(s)
        return self

    def add(self, fmt: str, **kw) -> Doc:
        for lit, field, _spec, _conv in _FMT.parse(fmt):
            if lit:
                self.put(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, Doc):
                    self.extend(v)
                elif isinstance(v, tuple):
                    self.put(v[0], v[1])
                else:
                    self.put(str(v))
        return self

    def extend(self, other: Doc) -> Doc:
        base = self.pos
        self.buf.append("".join(other.buf))
        self.pos += other.pos
        self.spans.extend((a + base, b + base, lab) for a, b, lab in other.spans)
        self.vals.extend(other.vals)
        return self

    def quoted(self, prefix: str = "> ") -> Doc:
        """Prefix every line with `prefix`; a span crossing lines is split into one span per line."""
        text = "".join(self.buf)
        out = Doc()
        lab_at = [None] * len(text)
        for a, b, lab in self.spans:
            for i in range(a, b):
                lab_at[i] = lab
        for line_start, line in _lines_with_offsets(text):
            out.put(prefix)
            i = 0
            while i < len(line):
                lab = lab_at[line_start + i]
                j = i
                while j < len(line) and lab_at[line_start + j] == lab:
                    j += 1
                seg = line[i:j]
                if lab:
                    core = seg.strip(" ,")
                    lead = seg[: len(seg) - len(seg.lstrip(" ,"))]
                    trail = seg[len(lead) + len(core):]
                    out.put(lead)
                    out.put(core, lab)
                    out.put(trail)
                else:
                    out.put(seg)
                i = j
            out.put("\n")
        return out

    def text(self) -> Text:
        t = "".join(self.buf)
        assert len(t) == self.pos
        spans = sorted(self.spans)
        last = 0
        for a, b, lab in spans:
            assert lab in LABELS, lab
            assert a >= last, ("overlap", t[a:b])
            assert b > a
            seg = t[a:b]
            assert seg == seg.strip(), ("space edge", seg)
            assert seg[0] not in "\"'([<{" and seg[-1] not in "\"')]>},;:!?", ("punct edge", seg)
            if seg[-1] == "." and lab != "PERSON":
                raise AssertionError(("dot edge", seg))
            last = b
        return Text(text=t, spans=[(a, b, lab) for a, b, lab in spans])


def _lines_with_offsets(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


# ----------------------------------------------------------------------------- helpers
def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = s.replace("æ", "ae").replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ħ", "h").replace("Ħ", "H")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s).lower() if ch.isalnum())


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _sha256(r: random.Random) -> str:
    return hashlib.sha256(r.getrandbits(64).to_bytes(8, "big")).hexdigest()


def _bcrypt(r: random.Random) -> str:
    return "$2b$12$" + _alnum(r, 53, string.ascii_letters + string.digits + "./")


def _argon2(r: random.Random) -> str:
    b64 = string.ascii_letters + string.digits + "+/"
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _alnum(r, 22, b64) + "$" + _alnum(r, 43, b64)


def _luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def _private_ip(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def _version(r: random.Random) -> str:
    return f"{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}"


def _ref(r: random.Random, prefix: str, n: int = 6, letters: bool = False) -> str:
    body = _alnum(r, n, string.ascii_uppercase + string.digits) if letters else _digits(r, n)
    return prefix + body


def _routing(r: random.Random) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        chk = (10 - s % 10) % 10
        out = "".join(map(str, d)) + str(chk)
        if out[:2] not in ("00",):
            return out


def _us_account(r: random.Random) -> str:
    return str(r.randrange(1, 10)) + _digits(r, r.choice([8, 9, 10, 11]))


def _ssn(r: random.Random, sep: str = "-") -> str:
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    g = r.randrange(1, 100)
    s = r.randrange(1, 10000)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _card(r: random.Random, style: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        num = _luhn(r, "4", 16)
    elif kind == "mc":
        num = _luhn(r, str(r.randrange(51, 56)), 16)
    elif kind == "mc2":
        num = _luhn(r, str(r.randrange(2221, 2721)), 16)
    elif kind == "disc":
        num = _luhn(r, "6011", 16)
    else:
        num = _luhn(r, r.choice(["34", "37"]), 15)
    assert _luhn_ok(num)
    style = style or r.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _masked_card(r: random.Random) -> str:
    last4 = _digits(r, 4)
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"ending {last4}",
                     f"{r.choice(['4', '5'])}{_digits(r, 5)}******{last4}", f"Visa ...{last4}"])


_IBAN_OWN = {"TR": "5n1z16n", "RO": "4a16n", "SI": "15n", "EE": "16n", "LT": "16n", "MT": "4a5n18n", "IS": "22n",
             "LU": "3n13n", "HR": "17n"}


def _iban_check(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearr))
    return f"{98 - num % 97:02d}"


def _iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_OWN:
        pat = _IBAN_OWN[cc]
        bban = ""
        i = 0
        while i < len(pat):
            j = i
            while pat[j].isdigit():
                j += 1
            n, kind = int(pat[i:j]), pat[j]
            if kind == "n":
                bban += _digits(r, n)
            elif kind == "z":
                bban += "0" * n
            else:
                bban += _alnum(r, n, string.ascii_uppercase)
            i = j + 1
        iban = cc + _iban_check(cc, bban) + bban
    else:
        iban = _iban_of(r, cc)
    assert _iban_valid(iban), iban
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _ip4(r):
    return _ip_public_v4(r)


def _ip6(r):
    return _ip_public_v6(r)


# ----------------------------------------------------------------------------- secrets
_PW_WORDS = ["sunflower", "harbour", "piano", "Tiger", "maple", "Lighthouse", "bluebird", "Oksana", "kingfisher",
             "Chimney", "ferryboat", "mango", "Dolphin", "summer", "Coral", "falcon", "rosewood", "Viking", "pepper",
             "Galway", "anchor", "Tortuga", "banana", "Lemon", "Matahari", "Ljubezen", "Kuressaare", "Sirius"]


def _password(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return r.choice(_PW_WORDS) + str(r.randrange(1, 99)) + r.choice("!#$@%&*") + str(r.randrange(10))
    if k == 1:
        return _alnum(r, 5) + r.choice("!#$%&*@") + _alnum(r, 6)
    if k == 2:
        w = r.choice(_PW_WORDS)
        return w.capitalize() + r.choice(["_", ".", "-"]) + str(r.randrange(1950, 2026))
    if k == 3:
        w = r.choice(_PW_WORDS).lower().replace("o", "0").replace("a", "@").replace("e", "3")
        return w + str(r.randrange(10, 999))
    return r.choice(_PW_WORDS) + r.choice(_PW_WORDS).capitalize() + str(r.randrange(1, 10)) + r.choice("!#$%")+"x"


def _api_key(r: random.Random) -> str:
    k = r.randrange(7)
    an = string.ascii_letters + string.digits
    if k == 0:
        return "sk_live_" + _alnum(r, r.choice([24, 32, 40]), an)
    if k == 1:
        return "ghp_" + _alnum(r, 36, an)
    if k == 2:
        return "xoxb-" + _digits(r, 12) + "-" + _digits(r, 13) + "-" + _alnum(r, 24, an)
    if k == 3:
        return "SG." + _alnum(r, 22, an + "_-") + "." + _alnum(r, 43, an + "_-")
    if k == 4:
        return "AIza" + _alnum(r, 35, an + "_-")
    if k == 5:
        return "key-" + _hex(r, 32)
    return "sk-proj-" + _alnum(r, 48, an)


def _publishable(r: random.Random) -> str:
    return r.choice(["pk_live_", "pk_test_"]) + _alnum(r, 24)


def _sid(r: random.Random) -> str:
    return "AC" + _hex(r, 32)


# ----------------------------------------------------------------------------- countries
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}


def _long_date(d: _dt.date, lang: str, r: random.Random) -> str:
    m = _MONTHS[lang][d.month - 1]
    if lang == "en":
        return r.choice([f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}", f"{d.day} {m[:3]} {d.year}"])
    if lang == "ca":
        de = "d'" if m[0] in "aeiou" else "de "
        return f"{d.day} {de}{m} de {d.year}"
    if lang == "tl":
        return f"{m} {d.day}, {d.year}"
    if lang in ("sl", "et", "de", "is"):
        return f"{d.day}. {m} {d.year}"
    if lang == "lt":
        return f"{d.year} m. {m} {d.day} d"  # written without the closing dot so no span ends on punctuation
    if lang == "mt":
        return f"{d.day} ta' {m} {d.year}"
    return f"{d.day} {m} {d.year}"


_NUMFMT = {"US": "mdy/", "CA": "ymd-", "LT": "ymd-", "ZA": "ymd/", "DE": "dmy.", "IS": "dmy.", "TR": "dmy.",
           "RO": "dmy.", "EE": "dmy.", "SI": "dmy. ", "NL": "dmy-", "AT": "dmy."}


def _num_date(d: _dt.date, cc: str, r: random.Random | None = None) -> str:
    f = _NUMFMT.get(cc, "dmy/")
    order, sep = f[:3], f[3:]
    parts = {"d": f"{d.day:02d}", "m": f"{d.month:02d}", "y": str(d.year)}
    if sep == ". ":
        return f"{d.day}. {d.month}. {d.year}"
    if r is not None and cc in ("GB", "IE", "AU", "NZ", "IN", "SG", "PH", "MY", "FR", "ES", "MT") and r.random() < 0.3:
        sep = "-" if cc == "IN" else "."
    return sep.join(parts[c] for c in order)


def _birth(r: random.Random, lo: int = 1942, hi: int = 2006) -> _dt.date:
    return _dt.date(r.randrange(lo, hi + 1), 1, 1) + _dt.timedelta(days=r.randrange(365))


def _near(r: random.Random, back: int = 120, fwd: int = 60) -> _dt.date:
    return TODAY + _dt.timedelta(days=r.randrange(-back, fwd + 1))


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, r: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(r.randrange(1 << 30))
    return f


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


# first names male | female | surnames (male) | surnames (female, optional)
_NAMES = {
    "ca": ("Jordi, Pere, Marc, Oriol, Arnau, Joan, Pau, Xavier, Quim, Ferran, Gerard, Albert",
           "Montserrat, Núria, Laia, Mireia, Roser, Meritxell, Anna, Neus, Marta, Júlia, Gemma, Carme",
           "Puig, Vila, Soler, Ferrer, Pujol, Serra, Casals, Roca, Font, Riera, Camps, Vidal, Bosch, Rovira, Sala, Mas"),
    "af": ("Johan, Pieter, Riaan, Hendrik, Christo, Francois, Jaco, Wynand, Gerhard, Deon, Schalk, Ruan",
           "Marietjie, Anneke, Elmarie, Liesl, Wilna, Karin, Zelda, Annelie, Ilse, Riana, Sunette, Lize",
           "van der Merwe, Botha, Pretorius, du Plessis, Nel, Venter, Coetzee, Joubert, Steyn, Viljoen, le Roux, "
           "Swanepoel, Kruger, Fourie, van Wyk"),
    "tl": ("Juan, Jose, Mark, Jerome, Ramon, Paolo, Arnel, Rodel, Jun, Carlo, Rey, Dindo",
           "Maria, Ana, Kristine, Rowena, Lorna, Jocelyn, Rhea, Marites, Joy, Liza, Maricel, Jenny",
           "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Dela Cruz, Villanueva, Aquino, Ramos, Castillo, "
           "Manalo, Pascual, Soriano"),
    "ms": ("Ahmad, Muhammad Hafiz, Aiman, Zulkifli, Hakim, Faizal, Amirul, Syafiq, Rizal, Azlan",
           "Nurul Aina, Siti Aminah, Farah, Nor Azizah, Aisyah, Nurul Huda, Zarina, Haslinda, Liyana, Aqilah",
           "Ismail, Abdullah, Hassan, Rahman, Yusof, Osman, Ibrahim, Salleh, Hamid, Ahmad"),
    "tr": ("Mehmet, Mustafa, Emre, Burak, Can, Hakan, Murat, Serkan, Onur, Kerem, Tolga, Cem",
           "Ayşe, Fatma, Zeynep, Elif, Selin, Derya, Merve, Esra, Gizem, Büşra, Ebru, Sibel",
           "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Koç, Kurt, Özdemir, Polat"),
    "et": ("Mart, Jaan, Tõnu, Andres, Margus, Rasmus, Priit, Indrek, Siim, Kristjan, Toomas, Urmas",
           "Kadri, Liis, Kristiina, Triin, Piret, Helen, Kaisa, Merle, Tiina, Kärt, Eveli, Maarja",
           "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Kuusk, Oja, Raudsepp"),
    "lt": ("Tomas, Mindaugas, Darius, Lukas, Andrius, Jonas, Vytautas, Paulius, Rokas, Gediminas",
           "Rūta, Eglė, Giedrė, Ieva, Indrė, Austėja, Lina, Asta, Greta, Jurgita",
           "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, Urbonas, "
           "Navickas",
           "Kazlauskienė, Jankauskaitė, Petrauskienė, Stankevičiūtė, Vasiliauskienė, Žukauskaitė, Butkienė, "
           "Paulauskaitė, Urbonienė, Navickienė"),
    "cy": ("Rhys, Dafydd, Gethin, Iwan, Owain, Gareth, Emyr, Aled, Huw, Llŷr",
           "Catrin, Siân, Ffion, Eleri, Nia, Angharad, Mererid, Lowri, Gwenllian, Elin",
           "Jones, Williams, Davies, Evans, Thomas, Roberts, Hughes, Lewis, Morgan, Griffiths, Pritchard, Parry"),
    "mt": ("Joseph, Mark, Clayton, Kurt, Daniel, Ryan, Jean Paul, Karl, Owen, Matthew",
           "Maria, Josianne, Graziella, Rebecca, Charmaine, Doris, Kimberly, Roberta, Claire, Marthese",
           "Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Cassar"),
    "de": ("Jonas, Lukas, Tobias, Florian, Matthias, Stefan, Jürgen, Dieter, Felix, Henrik, Sebastian, Uwe",
           "Anna, Katharina, Sabine, Julia, Lena, Petra, Ute, Jana, Sophie, Birgit, Miriam, Franziska",
           "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer, Koch, Richter, "
           "Klein, Wolf, Schröder, Neumann"),
    "sg": ("Wei Ming, Jun Jie, Muhammad Faizal, Rajesh, Kelvin, Darren, Hafiz, Benjamin",
           "Mei Ling, Hui Min, Priya, Nur Syafiqah, Jasmine, Shu Fen, Kavitha, Rachel",
           "Tan, Lim, Lee, Ng, Wong, Goh, Chua, Raman, Pillai, Koh, Teo, Ong"),
}
_NAMES = {k: tuple(_split(x) for x in v) for k, v in _NAMES.items()}


class Person:
    def __init__(self, first: str, last: str, gender: str, cc: str):
        self.first, self.last, self.gender, self.cc = first, last, gender, cc

    @property
    def full(self) -> str:
        if self.cc == "MY" and " " not in self.last and self.last in _NAMES["ms"][2]:
            return f"{self.first} {'bin' if self.gender == 'm' else 'binti'} {self.last}"
        if self.cc == "SG" and " " in self.first and not self.first.startswith(("Muhammad", "Nur")):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        return {"m": "Mr", "f": "Ms"}[self.gender]


class Loc:
    """Country pack: people, towns, addresses, phones, dates for one country/language."""

    def __init__(self, cc, lang, names, region, towns, streets, addr, mail, faker_loc=None, num_style="nat"):
        self.cc, self.lang, self.names, self.region = cc, lang, names, region
        self.towns, self.streets, self._addr, self.mail = towns, streets, addr, mail
        self.faker_loc, self.num_style = faker_loc, num_style

    # people
    def person(self, r: random.Random, gender: str | None = None) -> Person:
        g = gender or r.choice("mf")
        if self.faker_loc and not (self.names and r.random() < 0.4):
            f = _faker(self.faker_loc, r)
            first = f.first_name_male() if g == "m" else f.first_name_female()
            last = f.last_name_male() if g == "m" else f.last_name_female()
        else:
            nm = _NAMES[self.names]
            first = r.choice(nm[0] if g == "m" else nm[1])
            if len(nm) > 3 and g == "f":
                last = r.choice(nm[3])
            else:
                last = r.choice(nm[2])
            if self.names == "ca" and r.random() < 0.5:
                last = last + r.choice([" i ", " "]) + r.choice(nm[2])
        return Person(first, last, g, self.cc)

    # places
    def town(self, r: random.Random):
        return r.choice(self.towns)

    def addr(self, r: random.Random, block: bool = False, town=None, unit: bool | None = None):
        """(address string, town name). block=True gives a multi-line block."""
        t = town or self.town(r)
        if unit is None:
            unit = r.random() < 0.35
        lines = self._addr(r, t, r.choice(self.streets), unit)
        return ("\n" if block else ", ").join(lines), t[0]

    def street_line(self, r: random.Random) -> str:
        return self._addr(r, self.town(r), r.choice(self.streets), False)[0]

    # contact
    def phone(self, r: random.Random, kind: str = "mobile", style: str | None = None) -> str:
        return _phone(r, self.region, kind, style or self.num_style)

    def email(self, r: random.Random, p: Person, domain: str | None = None) -> str:
        f, last = _slug(p.first.split()[0]), _slug(p.last.split()[-1])
        local = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}{last[:1]}{r.randrange(10, 99)}", f"{f}_{last}",
                          f"{last}.{f}", f"{f}{r.randrange(1970, 2005)}"])
        return f"{local}@{domain or r.choice(self.mail)}"

    def dob(self, r: random.Random, long: bool | None = None, lo: int = 1942, hi: int = 2006) -> str:
        d = _birth(r, lo, hi)
        if long is None:
            long = r.random() < 0.35
        return _long_date(d, self.lang, r) if long else _num_date(d, self.cc, r)

    def date(self, r: random.Random, back: int = 120, fwd: int = 60, long: bool = False) -> str:
        d = _near(r, back, fwd)
        return _long_date(d, self.lang, r) if long else _num_date(d, self.cc, r)

    def iban(self, r: random.Random, spaced: bool | None = None) -> str:
        return _iban(r, {"ES": "ES", "GB": "GB", "IE": "IE", "DE": "DE", "FR": "FR", "NL": "NL", "AT": "AT"}.get(
            self.cc, self.cc), spaced)


_PFX = {
    "US": (["206", "312", "415", "503", "512", "614", "617", "720", "813", "919", "608", "828", "208", "802"], None),
    "GB": (["71", "73", "74", "75", "77", "78", "79"], ["113", "117", "118", "161", "1392", "1603", "20", "1273"]),
    "CA": (["416", "902", "604", "250", "613", "403", "204", "709", "647"], None),
    "AU": (["41", "42", "43", "45", "40"], ["2", "3", "7", "8"]),
    "IN": (["98", "97", "99", "88", "70", "63", "91", "81"], ["80", "22", "11", "44", "33"]),
    "IE": (["83", "85", "86", "87", "89"], ["1", "21", "91", "61"]),
    "ZA": (["82", "83", "72", "73", "84", "61", "71", "79"], ["11", "21", "31", "12", "21"]),
    "NZ": (["21", "22", "27", "20"], ["9", "4", "3", "7", "6"]),
    "NG": (["803", "806", "813", "816", "703", "705", "802", "808", "809", "905"], None),
    "KE": (["712", "722", "733", "720", "701", "745", "796"], ["20"]),
    "SG": (["8", "9"], ["6"]),
    "ES": (["6", "7"], ["93", "972", "973", "977"]),
    "IS": (["6", "7", "8"], ["5", "4"]),
    "PH": (["917", "918", "905", "927", "939", "995", "998"], ["2", "32", "82"]),
    "MY": (["12", "13", "16", "17", "19"], ["3", "4", "7"]),
    "TR": (["53", "54", "55", "50"], ["212", "216", "312", "232"]),
    "RO": (["72", "73", "74", "75", "76"], ["21", "264", "256", "232"]),
    "SI": (["31", "40", "41", "51", "64", "70"], ["1", "2", "3", "4"]),
    "EE": (["5"], ["6", "7"]),
    "LT": (["6"], ["5", "37", "46"]),
    "MT": (["79", "99", "77"], ["21", "27"]),
    "DE": (["151", "152", "160", "170", "171", "176"], ["30", "40", "89", "221"]),
    "FR": (["6", "7"], ["1", "2", "4", "5"]),
    "NL": (["61", "62", "63", "64", "65"], ["10", "20", "30", "50", "223"]),
}


def _phone(r: random.Random, region: str, kind: str = "mobile", style: str = "nat") -> str:
    t = _PNT.MOBILE if kind == "mobile" else _PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    length = len(phonenumbers.national_significant_number(ex))
    mob, fix = _PFX[region]
    pf = mob if (kind == "mobile" or fix is None) else fix
    for _ in range(400):
        p = r.choice(pf)
        cand = p + _digits(r, length - len(p))
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n):
            break
    else:  # pragma: no cover
        raise RuntimeError(region)
    if style == "mix":
        style = r.choice(["nat", "nat", "intl", "e164", "compact", "dash"])
    if style == "intl":
        s = phonenumbers.format_number(n, _PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(n, _PNF.E164)
    else:
        s = phonenumbers.format_number(n, _PNF.NATIONAL)
        if region in ("US", "CA"):
            a, b = s[1:4], s[6:]
            s = r.choice([f"{a}-{b}", f"({a}) {b}", f"{a}.{b.replace('-', '.')}", f"{a}-{b}"])
        if style == "compact":
            s = s.replace(" ", "").replace("-", "")
        elif style == "dash" and region not in ("US", "CA"):
            s = s.replace(" ", "-")
    chk = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(chk) and chk.national_number == n.national_number, (s, region)
    if s.startswith("("):  # never let a span open on a bracket
        s = s.replace("(", "").replace(")", "")
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
    return s


# address line builders: (r, town tuple, street, unit) -> lines
def _gb_pc(r, out):
    return f"{out} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _a_us(r, t, st, unit):
    l1 = f"{r.randrange(12, 9800)} {st}" + (f", Apt {r.randrange(1, 40)}{r.choice('ABCD')}" if unit else "")
    return [l1, f"{t[0]}, {t[1]} {t[2]}"]


def _a_gb(r, t, st, unit):
    lines = ([f"Flat {r.randrange(1, 30)}"] if unit else []) + [f"{r.randrange(1, 220)} {st}", t[0], _gb_pc(r, t[1])]
    return lines


def _a_ca(r, t, st, unit):
    pc = f"{t[2]} {r.randrange(10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
    l1 = (f"{r.randrange(101, 2400)}-" if unit else "") + f"{r.randrange(10, 3000)} {st}"
    return [l1, f"{t[0]}, {t[1]} {pc}"]


def _a_au(r, t, st, unit):
    l1 = (f"{r.randrange(1, 30)}/" if unit else "") + f"{r.randrange(1, 300)} {st}"
    return [l1, f"{t[0]} {t[1]} {t[2]}"]


def _a_in(r, t, st, unit):
    lines = [f"Flat {r.randrange(1, 12)}0{r.randrange(1, 9)}, {r.choice(['Sai Krupa Apartments', 'Green Glen Residency', 'Lakeview Towers', 'Shanti Niketan CHS', 'Prestige Park'])}"] if unit else [f"No. {r.randrange(1, 400)}"]
    return lines + [f"{st}, {t[1]}", f"{t[0]} {t[2]}{_digits(r, 3)}"]


def _a_ie(r, t, st, unit):
    ek = t[1] + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    lines = ([f"Apt {r.randrange(1, 40)}"] if unit else []) + [f"{r.randrange(1, 120)} {st}", t[0], ek]
    return lines


def _a_za(r, t, st, unit):
    lines = ([f"Unit {r.randrange(1, 60)}, {r.choice(['Seaview Court', 'Jacaranda Gardens', 'Oak Lane Estate'])}"] if unit else [])
    return lines + [f"{r.randrange(1, 200)} {st}", f"{t[1]}, {t[0]}", t[2]]


def _a_nz(r, t, st, unit):
    l1 = (f"{r.randrange(1, 12)}/" if unit else "") + f"{r.randrange(1, 400)} {st}"
    return [l1, t[1], f"{t[0]} {t[2]}"]


def _a_ng(r, t, st, unit):
    l1 = (f"Flat {r.randrange(1, 12)}, " if unit else "") + f"{r.randrange(1, 90)} {st}"
    return [l1, t[1], f"{t[0]} {t[2]}"]


def _a_ke(r, t, st, unit):
    l1 = (f"Apt {r.choice('ABCD')}{r.randrange(1, 20)}, " if unit else "House No. " + str(r.randrange(1, 60)) + ", ") + st
    return [l1, t[1], f"{t[0]} {t[2]}"]


def _a_sg(r, t, st, unit):
    return [f"Blk {r.randrange(100, 700)} {st}", f"#{r.randrange(2, 25):02d}-{r.randrange(1, 300):02d}", f"Singapore {t[1]}{_digits(r, 3)}"]


def _a_es(r, t, st, unit):
    l1 = f"{st}, {r.randrange(1, 300)}" + (f", {r.randrange(1, 6)}r {r.randrange(1, 4)}a" if unit else "")
    return [l1, f"{t[1]} {t[0]}"]


def _a_is(r, t, st, unit):
    return [f"{st} {r.randrange(1, 90)}" + (f", íbúð {r.randrange(101, 405)}" if unit else ""), f"{t[1]} {t[0]}"]


def _a_af(r, t, st, unit):
    lines = ([f"Woonstel {r.randrange(1, 40)}, {r.choice(['Eikehof', 'Die Wingerd', 'Bergsig'])}"] if unit else [])
    return lines + [f"{st} {r.randrange(1, 120)}", f"{t[0]}", t[1]]


def _a_ph(r, t, st, unit):
    l1 = (f"Unit {r.randrange(2, 30)}0{r.randrange(1, 9)}, " if unit else "") + f"{r.randrange(1, 300)} {st}"
    return [l1, f"Brgy. {t[2]}", f"{t[0]} {t[1]}"]


def _a_my(r, t, st, unit):
    l1 = (f"A-{r.randrange(1, 20)}-{r.randrange(1, 12)}, " if unit else f"No. {r.randrange(1, 80)}, ") + st
    return [l1, f"{t[1]} {t[0]}" + (f", {t[2]}" if t[2] else "")]


def _a_tr(r, t, st, unit):
    l1 = f"{st} No: {r.randrange(1, 200)}" + (f" D: {r.randrange(1, 20)}" if unit else "")
    return [l1, f"{t[1]} {t[2]}/{t[0]}"]


def _a_ro(r, t, st, unit):
    l1 = f"{st} nr. {r.randrange(1, 120)}" + (f", bl. {r.choice('ABCDM')}{r.randrange(1, 9)}, ap. {r.randrange(1, 60)}" if unit else "")
    return [l1, f"{t[1]} {t[0]}"]


def _a_si(r, t, st, unit):
    return [f"{st} {r.randrange(1, 80)}{r.choice(['', '', 'a', 'b'])}", f"{t[1]} {t[0]}"]


def _a_ee(r, t, st, unit):
    return [f"{st} {r.randrange(1, 90)}" + (f"-{r.randrange(1, 40)}" if unit else ""), f"{t[1]} {t[0]}"]


def _a_lt(r, t, st, unit):
    return [f"{st} {r.randrange(1, 90)}" + (f"-{r.randrange(1, 40)}" if unit else ""), f"{t[1]} {t[0]}"]


def _a_mt(r, t, st, unit):
    l1 = (f"Flat {r.randrange(1, 9)}, " if unit else f"{r.randrange(1, 120)}, ") + st
    return [l1, f"{t[0]} {t[1]} {r.randrange(1000, 4000)}"]


def _a_de(r, t, st, unit):
    return [f"{st} {r.randrange(1, 140)}" + (r.choice(["a", "b"]) if unit else ""), f"{t[1]} {t[0]}"]


def _a_fr(r, t, st, unit):
    lines = ([f"Appt {r.randrange(1, 40)}, bât. {r.choice('ABC')}"] if unit else [])
    return lines + [f"{r.randrange(1, 120)} {st}", f"{t[1]} {t[0]}"]


def _a_nl(r, t, st, unit):
    pc = f"{t[1]} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return [f"{st} {r.randrange(1, 300)}" + (f"-{r.randrange(1, 4)}" if unit else ""), f"{pc} {t[0]}"]


def _t(s):
    return [tuple(x.split("|")) for x in _split(s)]


LOCS = {
    "US": Loc("US", "en", None, "US", _t("Portland|OR|97205, Austin|TX|78704, Columbus|OH|43215, Tampa|FL|33606, "
                                          "Madison|WI|53703, Asheville|NC|28801, Boise|ID|83702, Burlington|VT|05401, "
                                          "Sacramento|CA|95814, Annapolis|MD|21401, Savannah|GA|31401"),
              _split("Maple St, Oak Ave, Lakeview Dr, Elm Street, 3rd Ave, Harbor Blvd, Cedar Ln, Washington St, "
                     "Pine Ridge Rd, W 5th St, Linden Ct"), _a_us,
              ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"], "en_US"),
    "GB": Loc("GB", "en", None, "GB", _t("Reading|RG1, Leeds|LS6, Bristol|BS7, Norwich|NR2, Brighton|BN1, York|YO24, "
                                          "Exeter|EX4, Plymouth|PL4, Portsmouth|PO5, Sheffield|S11, Lymington|SO41"),
              _split("Ashdown Road, Victoria Street, Church Lane, Mill Close, Station Road, Queens Drive, "
                     "Harbour View, Kingsley Avenue, Belmont Terrace"), _a_gb,
              ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"], "en_GB"),
    "CA": Loc("CA", "en", None, "CA", _t("Toronto|ON|M5V, Halifax|NS|B3H, Vancouver|BC|V6K, Victoria|BC|V8V, "
                                          "Ottawa|ON|K1N, Calgary|AB|T2P, Winnipeg|MB|R3C, St. John's|NL|A1C"),
              _split("Queen St W, Spring Garden Rd, Kitsilano Ave, Bank St, 17 Ave SW, Water St, Oak Bay Ave"), _a_ca,
              ["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"], "en_CA"),
    "AU": Loc("AU", "en", None, "AU", _t("Fitzroy|VIC|3065, Newtown|NSW|2042, Fremantle|WA|6160, Hobart|TAS|7000, "
                                          "Glenelg|SA|5045, Cairns|QLD|4870, Manly|NSW|2095, Geelong|VIC|3220"),
              _split("Smith St, Brunswick St, King St, Marine Pde, Esplanade, Wattle Rd, Bay Rd, Lygon St"), _a_au,
              ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"], "en_AU"),
    "IN": Loc("IN", "en", None, "IN", _t("Bengaluru|Indiranagar|560, Mumbai|Bandra West|400, Pune|Shivajinagar|411, "
                                          "Chennai|Besant Nagar|600, Kochi|Panampilly Nagar|682, "
                                          "Hyderabad|Banjara Hills|500, Jaipur|C Scheme|302, Kolkata|Ballygunge|700"),
              _split("14th Cross, Hill Road, FC Road, 2nd Main Road, MG Road, Linking Road, Church Street, "
                     "Park Avenue"), _a_in,
              ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"], "en_IN"),
    "IE": Loc("IE", "en", None, "IE", _t("Ballincollig|P31, Galway|H91, Dublin 6|D06, Limerick|V94, Killarney|V93, "
                                          "Sligo|F91, Athlone|N37, Dún Laoghaire|A96"),
              _split("Main Street, Castle Road, Church View, The Crescent, Bridge Street, Seafield Park, "
                     "Oakwood Drive"), _a_ie,
              ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"], "en_IE"),
    "ZA": Loc("ZA", "en", "af", "ZA", _t("Johannesburg|Parktown|2193, Cape Town|Sea Point|8005, Durban|Umhlanga|4319, "
                                          "Pretoria|Hatfield|0083, Gqeberha|Walmer|6070, Cape Town|Durbanville|7550"),
              _split("Jan Smuts Ave, Main Rd, Beach Rd, Oxford Rd, Burnett St, Victoria Rd, Lighthouse Rd"), _a_za,
              ["gmail.com", "mweb.co.za", "telkomsa.net", "outlook.com", "webmail.co.za"], "zu_ZA"),
    "NZ": Loc("NZ", "en", None, "NZ", _t("Auckland|Mt Eden|1024, Wellington|Kelburn|6012, Christchurch|Riccarton|8011, "
                                          "Hamilton|Hamilton East|3216, Dunedin|Roslyn|9010, Tauranga|Mount Maunganui|3116, "
                                          "Nelson|The Wood|7010, Napier|Ahuriri|4110"),
              _split("Karaka Street, Dominion Road, Glenmore Street, Marine Parade, Clyde Road, Totara Avenue"), _a_nz,
              ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"], "en_NZ"),
    "NG": Loc("NG", "en", None, "NG", _t("Lagos|Victoria Island|101241, Lagos|Ikeja GRA|100271, Abuja|Wuse 2|904101, "
                                          "Port Harcourt|Old GRA|500272, Ibadan|Bodija|200284, Enugu|Independence Layout|400102"),
              _split("Adeola Odeku Street, Isaac John Street, Aminu Kano Crescent, Aba Road, Awolowo Avenue, "
                     "Ogui Road"), _a_ng,
              ["gmail.com", "yahoo.com", "outlook.com"], "en_NG"),
    "KE": Loc("KE", "en", None, "KE", _t("Nairobi|Kilimani|00100, Nairobi|Westlands|00800, Mombasa|Nyali|80100, "
                                          "Kisumu|Milimani|40100, Nakuru|Milimani|20100, Eldoret|Elgon View|30100"),
              _split("Argwings Kodhek Road, Ngong Road, Links Road, Oginga Odinga Street, Kenyatta Avenue, "
                     "Woodvale Grove"), _a_ke,
              ["gmail.com", "yahoo.com", "outlook.com"], "en_KE"),
    "SG": Loc("SG", "en", "sg", "SG", _t("Ang Mo Kio|560, Tampines|520, Bedok|460, Toa Payoh|310, Jurong West|640"),
              _split("Ang Mo Kio Ave 3, Tampines St 21, Bedok North Rd, Lorong 4 Toa Payoh, Jurong West St 42"), _a_sg,
              ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
    "ES": Loc("ES", "ca", "ca", "ES", _t("Barcelona|08008, Girona|17002, Lleida|25003, Tarragona|43003, Sabadell|08201, "
                                          "Mataró|08301, Vic|08500, Figueres|17600, Reus|43201, Vilanova i la Geltrú|08800"),
              _split("Carrer de Mallorca, Carrer Major, Carrer del Rec, Rambla Nova, Carrer de la Riera, "
                     "Avinguda Diagonal, Carrer de Sant Pere, Passeig Marítim"), _a_es,
              ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"]),
    "IS": Loc("IS", "is", None, "IS", _t("Reykjavík|101, Kópavogur|200, Hafnarfjörður|220, Akureyri|600, "
                                          "Vestmannaeyjar|900, Reykjanesbær|230, Selfoss|800, Akranes|300, Ísafjörður|400"),
              _split("Laugavegur, Hverfisgata, Hringbraut, Skólavörðustígur, Strandgata, Hafnargata, Kirkjuvegur"),
              _a_is, ["gmail.com", "simnet.is", "internet.is", "hotmail.com"], "is_IS"),
    "ZA-af": Loc("ZA", "af", "af", "ZA", _t("Stellenbosch|7600, Paarl|7646, Bloemfontein|9301, Pretoria|0181, "
                                             "Potchefstroom|2531, George|6529, Upington|8801, Worcester|6850"),
                 _split("Kerkstraat, Dorpstraat, Voortrekkerweg, Hoofweg, Andringastraat, Bloemstraat, Eikelaan"), _a_af,
                 ["gmail.com", "mweb.co.za", "vodamail.co.za", "telkomsa.net"]),
    "PH": Loc("PH", "tl", "tl", "PH", _t("Quezon City|1100|San Isidro, Makati|1200|Poblacion, Pasig|1600|Kapitolyo, "
                                          "Cebu City|6000|Lahug, Davao City|8000|Buhangin, Antipolo|1870|San Roque, "
                                          "Baguio|2600|Session Road, Batangas City|4200|Kumintang"),
              _split("Mabini St., Rizal Ave., Bonifacio St., Luna St., Sampaguita St., Kalayaan Ave."), _a_ph,
              ["gmail.com", "yahoo.com", "yahoo.com.ph"]),
    "MY": Loc("MY", "ms", "ms", "MY", _t("Petaling Jaya|47300|Selangor, Kuala Lumpur|50450|, George Town|10200|Pulau Pinang, "
                                          "Johor Bahru|80000|Johor, Ipoh|31400|Perak, Kuantan|25000|Pahang, "
                                          "Shah Alam|40000|Selangor, Kota Kinabalu|88000|Sabah, Kuching|93000|Sarawak"),
              _split("Jalan SS 2/24, Jalan Ampang, Jalan Tun Razak, Jalan Burma, Lorong Maarof, Jalan Bukit Bintang, "
                     "Jalan Kebun Teh"), _a_my, ["gmail.com", "yahoo.com", "hotmail.my"]),
    "TR": Loc("TR", "tr", "tr", "TR", _t("İstanbul|34710|Kadıköy, Ankara|06690|Çankaya, İzmir|35220|Konak, "
                                          "Bursa|16110|Nilüfer, Antalya|07100|Muratpaşa, Trabzon|61030|Ortahisar, "
                                          "Muğla|48400|Bodrum, Eskişehir|26010|Odunpazarı"),
              _split("Bağdat Cad., Atatürk Bulvarı, Cumhuriyet Cad., Gül Sok., İnönü Cad., Kordon Boyu, Lale Sok."),
              _a_tr, ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "RO": Loc("RO", "ro", None, "RO", _t("Cluj-Napoca|400001, Timișoara|300001, Iași|700001, Brașov|500001, "
                                          "Constanța|900001, Oradea|410001, Sibiu|550001, București|010011"),
              _split("Str. Mihai Eminescu, Str. Memorandumului, Bd. Unirii, Str. Republicii, Calea Victoriei, "
                     "Str. Avram Iancu, Str. Lalelelor"), _a_ro,
              ["gmail.com", "yahoo.com", "yahoo.ro"], "ro_RO"),
    "SI": Loc("SI", "sl", None, "SI", _t("Ljubljana|1000, Maribor|2000, Celje|3000, Kranj|4000, Koper|6000, "
                                          "Novo mesto|8000, Piran|6330, Bled|4260, Nova Gorica|5000"),
              _split("Trubarjeva cesta, Slovenska cesta, Prešernova ulica, Celovška cesta, Gosposka ulica, "
                     "Partizanska cesta, Cankarjeva ulica"), _a_si,
              ["gmail.com", "siol.net", "amis.net", "t-2.net"], "sl_SI"),
    "EE": Loc("EE", "et", "et", "EE", _t("Tallinn|10141, Tartu|51003, Pärnu|80010, Narva|20308, Kuressaare|93815, "
                                          "Haapsalu|90502, Viljandi|71020, Rakvere|44307"),
              _split("Pärnu mnt, Narva mnt, Tartu mnt, Rüütli tn, Vabaduse pst, Kalevi tn, Pikk tn, Riia mnt"),
              _a_ee, ["gmail.com", "hot.ee", "mail.ee", "online.ee"]),
    "LT": Loc("LT", "lt", "lt", "LT", _t("Vilnius|LT-01103, Kaunas|LT-44280, Klaipėda|LT-91246, Šiauliai|LT-76296, "
                                          "Panevėžys|LT-35173, Palanga|LT-00135, Alytus|LT-62115"),
              _split("Gedimino pr., Laisvės al., Vilniaus g., Pilies g., Savanorių pr., Tiltų g., Žalgirio g."),
              _a_lt, ["gmail.com", "inbox.lt", "one.lt", "yahoo.com"]),
    "GB-cy": Loc("GB", "cy", "cy", "GB", _t("Aberystwyth|SY23, Caernarfon|LL55, Bangor|LL57, Caerfyrddin|SA31, "
                                             "Machynlleth|SY20, Pwllheli|LL53, Llanelli|SA15"),
                 _split("Stryd Fawr, Heol y Bont, Ffordd y Môr, Heol y Castell, Lôn Glan Môr, Ffordd Penglais"), _a_gb,
                 ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]),
    "MT": Loc("MT", "mt", "mt", "MT", _t("Birkirkara|BKR, Tas-Sliema|SLM, Ħal Qormi|QRM, Ħaż-Żabbar|ZBR, Il-Mosta|MST, "
                                          "Ir-Rabat|RBT, Marsaskala|MSK, Il-Belt Victoria|VCT"),
              _split("Triq il-Kbira, Triq San Pawl, Triq ix-Xatt, Triq il-Kappillan Mifsud, Triq Dun Karm, "
                     "Triq il-Wied"), _a_mt, ["gmail.com", "onvol.net", "maltanet.net", "yahoo.com"]),
    "DE": Loc("DE", "de", "de", "DE", _t("Berlin|10969, Hamburg|20095, München|80331, Köln|50667, Leipzig|04109, "
                                          "Bremen|28195, Kiel|24103, Rostock|18055, Freiburg|79098"),
              _split("Lindenstraße, Hauptstraße, Bahnhofstraße, Schillerstraße, Gartenweg, Am Markt, Hafenstraße, "
                     "Birkenweg"), _a_de, ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"]),
    "FR": Loc("FR", "fr", None, "FR", _t("Lyon|69003, Marseille|13001, Bordeaux|33000, Nantes|44000, Rennes|35000, "
                                          "Brest|29200, La Rochelle|17000, Lille|59000, Annecy|74000"),
              _split("rue des Lilas, avenue Jean Jaurès, boulevard Victor Hugo, rue de la République, "
                     "impasse des Mouettes, chemin des Vignes"), _a_fr,
              ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr"], "fr_FR"),
    "NL": Loc("NL", "nl", None, "NL", _t("Amsterdam|1015, Rotterdam|3011, Utrecht|3512, Groningen|9711, Den Haag|2511, "
                                          "Den Helder|1781, Harlingen|8861, Zwolle|8011"),
              _split("Keizersgracht, Dorpsstraat, Kerkstraat, Molenweg, Havenkade, Prinsengracht, Noordsingel"), _a_nl,
              ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"], "nl_NL"),
}


# ----------------------------------------------------------------------------- shared bits
_PROJECTS = ["The Ada Lovelace Card Game", "Tesla Coil Desk Lamp", "Frida Kahlo Tarot Deck", "Darwin's Garden Seed Kit",
             "Marie Curie Glow Puzzle", "Nikola Solar Lantern", "Harriet Tubman Graphic Novel", "Shackleton Dry Bag"]
_PIANOS = ["Steinway Model M", "Bechstein upright", "Blüthner baby grand", "Yamaha U3", "Kawai K-300", "Bösendorfer 170",
           "Broadwood cottage upright", "Chappell upright", "Petrof P 118"]
_STOVES = ["Charnwood C-Five", "Jøtul F 305", "Morsø 6140", "Stovax Vogue Midi", "Esse 100SE", "Clearview Pioneer 400",
           "Hwam 3630"]
_BOATS = ["Sea Otter", "Blue Heron", "Kittiwake", "Lady Grace", "Saoirse", "Wind Dancer", "Moana", "Sally B", "Tern II"]
_PETS = ["Biscuit", "Luna", "Milo", "Pepper", "Rolo", "Skipper", "Bella", "Tiger", "Mochi", "Oscar"]
_HAPLO = ["R1b-M269", "I2a-L161", "H1c", "U5b2", "J1c2", "K1a4", "E1b1b-V13", "N1c-L1025", "T2b"]


def _dt_str(r, fmt="%Y-%m-%d %H:%M:%S", back=60, fwd=0):
    d = _dt.datetime(2026, 11, 28, 9, 0, 0) + _dt.timedelta(minutes=r.randrange(-back * 1440, fwd * 1440 + 1))
    return d.strftime(fmt)


def _money(r, sym="$", lo=20, hi=900):
    return f"{sym}{r.randrange(lo, hi)}.{r.choice(['00', '50', '99', '25'])}"


def _biz_sig(r, c: Loc, company: str, role_mail: str, line2: str = "") -> Doc:
    addr, _ = c.addr(r, block=False, unit=False)
    d = Doc().add("--\n{co}\n{ad}\n", co=company, ad=AD(addr))
    d.add("{lab} {ph} | {em}\n", lab=r.choice(["T:", "Tel", "Ph:", "Phone:"]), ph=PH(c.phone(r, "fixed")), em=EM(role_mail))
    if line2:
        d.add(line2 + "\n")
    return d


# ============================================================================= ENGLISH
def t_us_backer_mail(r):
    c = LOCS["US"]
    p, ag = c.person(r), c.person(r)
    addr, _ = c.addr(r, block=True)
    pl = _ref(r, "PLG-", 7)
    d = Doc().add("From: {n} <{e}>\nTo: support@backerly.com\nSubject: Re: Pledge {pl} - reward never arrived\n\n",
                  n=P(p.full), e=EM(c.email(r, p)), pl=pl)
    d.add("Hi {a},\n\nthanks for the reply. I backed \"{proj}\" ({amt}, charged to {mask}) back in March and still "
          "nothing. I moved over the summer so please make sure wave 3 goes here:\n\n{ad}\n\n",
          a=P(ag.first), proj=r.choice(_PROJECTS), amt=_money(r), mask=_masked_card(r), ad=AD(addr))
    d.add("Cheers,\n{f}\n{ph}\n\n", f=P(p.first), ph=PH(c.phone(r)))
    q = Doc().add("On {dt}, {ag} <{sm}> wrote:\nHi {f},\nyour pledge {pl} is in the queue for wave 3 (order "
                  "{o}). Tracking numbers go out by email, usually within 10 business days.\n{ag1}\nBackerly Support",
                  dt=c.date(r, 40, 0), ag=P(ag.full), sm=EM("support@backerly.com"), f=P(p.first), pl=pl,
                  o=_ref(r, "#", 8), ag1=P(ag.first))
    d.extend(q.quoted())
    return d


def t_us_marina_sms(r):
    c = LOCS["US"]
    p = c.person(r)
    slip = f"{r.choice('ABCDE')}-{r.randrange(1, 60)}"
    d = Doc()
    d.add("SMS thread - Harbor Point Marina office line\n")
    d.add("[{d1} 08:{m1}] {ph}: hi this is {f} {l}, we're in slip {s}, is the fuel dock open today?\n",
          d1=_near(r, 30, 0).strftime("%m/%d"), m1=r.randrange(10, 59), ph=PH(c.phone(r, style="intl")),
          f=P(p.first), l=P(p.last), s=slip)
    d.add("[08:{m}] Marina: Morning! Fuel dock opens at 9. Gate code this week is {code}#\n", m=r.randrange(10, 59),
          code=_digits(r, 4))
    d.add("[08:{m}] {f}: great thx. also my wife {w} will pick up the keys, her cell is {wp}\n", m=r.randrange(10, 59),
          f=P(p.first), w=P(c.person(r, "f").first), wp=PH(c.phone(r)))
    d.add("[08:{m}] Marina: Noted. Invoice {inv} for {amt} is on your account, card on file ending {l4}.\n",
          m=r.randrange(10, 59), inv=_ref(r, "INV-", 5), amt=_money(r, lo=300, hi=2400), l4=_digits(r, 4))
    d.add("[08:{m}] {f}: 👍 boat name is {b} btw not {b2}, someone had it wrong on the board\n",
          m=r.randrange(10, 59), f=P(p.first), b=r.choice(_BOATS), b2=r.choice(_BOATS))
    return d


def t_us_access_log(r):
    d = Doc()
    for _ in range(r.randrange(4, 7)):
        k = r.randrange(4)
        ts = _dt_str(r, "%d/%b/%Y:%H:%M:%S -0500", 3)
        path = r.choice(["/api/v2/pledges", "/checkout/confirm", "/login", "/static/app.3f9c1e.js", "/healthz",
                         "/account/settings"])
        ua = r.choice(["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
                       "curl/8.5.0", "Backerly-iOS/" + _version(r), "okhttp/4.12.0"])
        if k == 0:
            d.add("{ip} - - [{ts}] \"GET {p} HTTP/1.1\" 200 {sz} \"-\" \"{ua}\"\n", ip=_private_ip(r), ts=ts, p=path,
                  sz=r.randrange(200, 90000), ua=ua)
        elif k == 1:
            d.add("{ip} - - [{ts}] \"POST /login HTTP/2\" 302 0 \"https://backerly.com/login?next=%2F\" \"{ua}\"\n",
                  ip=IP(_ip4(r)), ts=ts, ua=ua)
        elif k == 2:
            p = LOCS["US"].person(r)
            e = LOCS["US"].email(r, p)
            d.add("{ip} - - [{ts}] \"GET /unsubscribe?email={e}&list=weekly HTTP/1.1\" 200 512 \"-\" \"{ua}\"\n",
                  ip=IP(_ip6(r) if r.random() < 0.4 else _ip4(r)), ts=ts, e=EM(e), ua=ua)
        else:
            d.add("{ip} - - [{ts}] \"GET {p}?req={u} HTTP/1.1\" 404 153 \"-\" \"{ua}\"\n", ip=_private_ip(r), ts=ts,
                  p=path, u=_uuid(r), ua=ua)
    return d


def t_us_payout_form(r):
    c = LOCS["US"]
    p = c.person(r)
    addr, _ = c.addr(r)
    d = Doc().add("Creator payout setup - submitted {ts}\n", ts=_dt_str(r, "%Y-%m-%dT%H:%M:%SZ", 10))
    d.add("Legal name: {n}\nDate of birth: {dob}\nSSN: {ssn}\nHome address: {ad}\n", n=P(p.full),
          dob=DOB(c.dob(r, lo=1960, hi=2004)), ssn=SSN(_ssn(r, r.choice(["-", "-", " "]))), ad=AD(addr))
    d.add("Bank: {bk}\nRouting number: {rt}\nAccount number: {ac}\nAccount type: {at}\n",
          bk=r.choice(["Chase", "Wells Fargo", "US Bank", "Ally Bank", "Navy Federal"]), rt=_routing(r),
          ac=BANK(_us_account(r)), at=r.choice(["checking", "savings"]))
    d.add("Campaign: {proj} (ID {cid})\nPayout amount: {amt}\nTax form: W-9 v{v}\nIP at submission: {ip}\n",
          proj=r.choice(_PROJECTS), cid=_digits(r, 9), amt=_money(r, lo=1000, hi=90000), v=_version(r), ip=IP(_ip4(r)))
    return d


def t_us_piano_transcript(r):
    c = LOCS["US"]
    p = c.person(r)
    agent = c.person(r)
    ph = c.phone(r, style="compact")
    ph_sp = " ".join([ph[:3], ph[3:6], ph[6:]])
    street = c.street_line(r).lower()
    d = Doc().add("[auto-transcript, call {cid}, confidence 0.{cf}]\n", cid=_uuid(r)[:13], cf=r.randrange(71, 96))
    d.add("agent: thanks for calling {shop} this is {a} how can i help\n", shop=r.choice(
        ["keys and strings piano repair", "carter and dunn pianos", "steinway restoration center"]), a=P(agent.first.lower()))
    d.add("caller: hi yeah um my name is {f} {l} i have a {pn} that's got a sticky key uh middle c and a couple "
          "of the hammers are buzzing\n", f=P(p.first.lower()), l=P(p.last.lower()), pn=r.choice(_PIANOS).lower())
    d.add("agent: okay we can send a tech out. what's the address\n")
    d.add("caller: it's {st} and the best number is {ph}\n", st=AD(street), ph=PH(ph_sp))
    d.add("agent: got it {f} we have thursday the {day}th between ten and two, the tuning plus regulation is "
          "about {amt} dollars\n", f=P(p.first.lower()), day=r.randrange(4, 28), amt=r.choice(["two hundred",
                                                                                               "three fifty", "one eighty"]))
    d.add("caller: perfect, oh and the dog's name is {pet} she's friendly\n", pet=r.choice(_PETS).lower())
    return d


def t_us_chimney_ticket(r):
    c = LOCS["US"]
    p = c.person(r)
    tech = c.person(r)
    addr, _ = c.addr(r)
    d = Doc().add("Ticket #{t} | Priority: normal | Status: scheduled\nCustomer: {n}\nService address: {ad}\n"
                  "Contact: {ph} / {em}\n\n", t=r.randrange(40000, 99999), n=P(p.full), ad=AD(addr),
                  ph=PH(c.phone(r)), em=EM(c.email(r, p)))
    d.add("Customer note: chimney draws badly since we put in the {st}, smoke back into the room when the wind is "
          "from the north.\n\n", st=r.choice(_STOVES))
    d.add("--- internal note ({tech}, {ts}) ---\nTook deposit over the phone: card {cc} exp {exp} cvv {cvv}. "
          "Customer portal login created, user {u} / temp password {pw} (asked her to change it).\n"
          "Policy no. {pol} with {ins}, claim {cl} pending. Tech: {t2}. Truck {tr}.\n",
          tech=P(tech.full), ts=_dt_str(r, "%m/%d %H:%M", 5), cc=CC(_card(r)),
          exp=f"{r.randrange(1, 13):02d}/{r.randrange(27, 32)}", cvv=_digits(r, 3), u=_slug(p.first) + _digits(r, 2),
          pw=PW(_password(r)), pol=_ref(r, "HO-", 9), ins=r.choice(["State Farm", "Allstate", "Liberty Mutual"]),
          cl=_ref(r, "CLM", 7), t2=P(r.choice([tech.first, tech.full])), tr=r.randrange(2, 9))
    return d


def t_gb_forwarded(r):
    c = LOCS["GB"]
    p = c.person(r)
    boss = c.person(r)
    addr, _ = c.addr(r, block=True)
    d = Doc().add("FYI - can you fit this one in next week?\n\n{b}\n\n---------- Forwarded message ---------\n"
                  "From: {n} <{e}>\nDate: {dt}\nSubject: Chimney sweep + bird guard\nTo: <bookings@hargreaveschimneys.co.uk>\n\n",
                  b=P(boss.first), n=P(p.full), e=EM(c.email(r, p)), dt=c.date(r, 10, 0, long=True))
    d.add("Hello,\n\nCould someone come and sweep our chimney before Christmas? It's a {st} on a lined flue, last "
          "swept about two years ago. We've had jackdaws nesting so a bird guard would be good too.\n\n"
          "Address is\n{ad}\n\nI'm in most mornings, mobile {ph}. Parking is tricky, there's a pay & display by "
          "the Co-op.\n\nKind regards\n{n}\n\n", st=r.choice(_STOVES), ad=AD(addr), ph=PH(c.phone(r, style="mix")),
          n=P(r.choice([p.full, p.first])))
    d.extend(_biz_sig(r, c, "Hargreaves Chimney & Stove Ltd", "bookings@hargreaveschimneys.co.uk",
                      f"HETAS reg. {_digits(r, 6)} | Company no. {_digits(r, 8)}"))
    return d


def t_gb_whatsapp(r):
    c = LOCS["GB"]
    a, b = c.person(r), c.person(r)
    sa, sb = r.choice([a.full, a.first]), r.choice([b.full, b.first])
    day = _near(r, 30, 0)
    d = Doc()
    d.add("[{d}, 09:12:44] {a}: Morning! Are we still OK to lift {boat} out on Thursday?\n", d=day.strftime("%d/%m/%Y"),
          a=P(sa), boat=r.choice(_BOATS))
    d.add("[{d}, 09:15:02] {b}: Yes, crane booked for 10. Bring the berth card (No. {bc})\n", d=day.strftime("%d/%m/%Y"),
          b=P(sb), bc=_digits(r, 5))
    d.add("[{d}, 09:16:30] {a}: Brill. My brother {br} will help, he's coming down from {town} the night before\n",
          d=day.strftime("%d/%m/%Y"), a=P(sa), br=P(c.person(r, "m").first), town=LOC(c.town(r)[0]))
    d.add("[{d}, 09:17:05] {a}: His number if you need it {ph}\n", d=day.strftime("%d/%m/%Y"), a=P(sa),
          ph=PH(c.phone(r)))
    d.add("[{d}, 09:20:51] {b}: 👍 antifoul is £{amt} + VAT, pay at the office, we don't take cards over the phone\n",
          d=day.strftime("%d/%m/%Y"), b=P(sb), amt=r.randrange(180, 900))
    d.add("[{d}, 09:21:10] {a}: <Media omitted>\n", d=day.strftime("%d/%m/%Y"), a=P(sa))
    return d


def t_gb_ocr_dna(r):
    c = LOCS["GB"]
    p = c.person(r)
    addr, _ = c.addr(r)
    kit = f"RT-{_alnum(r, 4, string.ascii_uppercase + string.digits)}-{_alnum(r, 4, string.ascii_uppercase + string.digits)}"
    d = Doc().add("R00TTRAIL DNA - SAMPLE C0NSENT F0RM   pg 1/2\n____________________________________\n")
    d.add("KIT ID: {k}    BARCODE  |||| {bc} ||||\nSURNAME : {l}      FORENAME(S): {f}\n",
          k=kit, bc=_digits(r, 13), l=P(p.last.upper()), f=P(p.first.upper()))
    d.add("DATE 0F BIRTH : {dob}     SEX: {s}\nPLACE OF BIRTH: {pob}\nADDRESS: {ad}\n", dob=DOB(c.dob(r, long=False)),
          s=p.gender.upper(), pob=LOC(c.town(r)[0]), ad=AD(addr))
    d.add("EMAIL: {e}    TEL: {ph}\n", e=EM(c.email(r, p)), ph=PH(c.phone(r)))
    d.add("Sample collected: {sc}  by: Kiosk {ks}  Lot {lot}\n[x] I consent to research use   [ ] I do not consent\n"
          "Signature: ~~~~~~~~~~~~~  {sd}\n", sc=c.date(r, 30, 0), ks=r.randrange(1, 40), lot=_ref(r, "L", 6),
          sd=c.date(r, 30, 0))
    return d


def t_gb_crm_piano(r):
    c = LOCS["GB"]
    p = c.person(r)
    staff = c.person(r)
    addr, town = c.addr(r)
    d = Doc().add("CRM > Contact > {n}  (acct {acc})\nActivity log\n", n=P(p.full), acc=_ref(r, "C", 6))
    d.add("{dt}  Call in - {t} {l} re {pn}. Wants a quote for restringing + new hammers. Piano was her "
          "grandmother's, moving it from {town} to the new house. {st} logged it.\n",
          dt=c.date(r, 60, 0), t=p.title if p.gender == "m" else "Mrs", l=P(p.last), pn=r.choice(_PIANOS),
          town=LOC(r.choice(LOCS["GB"].towns)[0]), st=P(staff.first))
    d.add("{dt}  Quote Q-{q} sent, £{amt} inc VAT. Delivery via Harrison & Sons removals (not us).\n",
          dt=c.date(r, 30, 0), q=_digits(r, 5), amt=r.randrange(900, 6500))
    d.add("{dt}  New address for collection: {ad}. Tel {ph}\n", dt=c.date(r, 20, 0), ad=AD(addr),
          ph=PH(c.phone(r, "fixed", style="mix")))
    d.add("{dt}  Workshop slot booked at our Bristol branch, job {j}\n", dt=c.date(r, 10, 10), j=_ref(r, "J", 5))
    return d


def t_gb_notifications(r):
    c = LOCS["GB"]
    d = Doc()
    for _ in range(r.randrange(4, 7)):
        k = r.randrange(7)
        if k == 0:
            d.add("Your ferry booking {ref} is confirmed - {rt} on {dt}\n", ref=_ref(r, "NSF", 6, True),
                  rt=r.choice(["OBA-CRA", "PME-FSB", "LYM-YAR"]), dt=c.date(r, 0, 60))
        elif k == 1:
            p = c.person(r)
            d.add("{n} replied to your message about berth {b}\n", n=P(p.full), b=f"{r.choice('PQR')}{r.randrange(1, 90)}")
        elif k == 2:
            d.add("Payment of £{a} received with card {m}\n", a=r.randrange(20, 900), m=_masked_card(r))
        elif k == 3:
            d.add("Your verification code is {c}. It expires in 10 minutes.\n", c=_digits(r, 6))
        elif k == 4:
            p = c.person(r)
            d.add("New sign-in to your account from {ip} ({br})\n", ip=IP(_ip4(r)), br=r.choice(["Chrome on Windows",
                                                                                                "Safari on iPhone"]))
        elif k == 5:
            p = c.person(r)
            d.add("Reminder: chimney sweep for {n} tomorrow 8-10am\n", n=P(p.full))
        else:
            d.add("Parcel {t} is out for delivery from our Swindon depot\n", t="JD" + _digits(r, 18))
    return d


def t_gb_service_notice(r):
    """no PII at all"""
    d = Doc().add("SERVICE UPDATE {dt}\n\n", dt=_near(r, 5, 0).strftime("%d.%m.%Y"))
    d.add("Due to high winds (gusts {g} knots) the {a} sailing from Oban is cancelled. The {b} is expected to run "
          "as normal. Passengers booked on the cancelled sailing can transfer free of charge at the terminal or "
          "online; refunds take 5-7 working days. MV Saint Columba remains in dry dock until {dd}.\n\n"
          "Ref: disruption log {ref}, checked by Duty Manager, Craignure office. Ticket office hours 07:30-18:00.\n",
          g=r.randrange(40, 70), a=r.choice(["07:15", "09:50", "12:00"]), b=r.choice(["14:30", "16:00", "18:05"]),
          dd=_near(r, 0, 40).strftime("%d %B"), ref=_ref(r, "DL-", 5))
    return d


def t_ca_livechat(r):
    c = LOCS["CA"]
    p, ag = c.person(r), c.person(r)
    addr, town = c.addr(r)
    d = Doc().add("Live chat transcript - backerly.com - {ts}\n", ts=_dt_str(r, "%Y-%m-%d %H:%M", 20))
    d.add("{ts1} Visitor: hi i need to change the shipping address on my pledge\n", ts1="10:02")
    d.add("{ts1} {ag} (Support): Hi there! I can help with that. Can I get the email on the account?\n", ts1="10:02",
          ag=P(ag.first))
    d.add("{ts1} Visitor: {em}\n", ts1="10:03", em=EM(c.email(r, p)))
    d.add("{ts1} {ag} (Support): Thanks {f}. I see pledge {pl} for {proj}. What's the new address?\n", ts1="10:03",
          ag=P(ag.first), f=P(p.first), pl=_ref(r, "PLG-", 7), proj=r.choice(_PROJECTS))
    d.add("{ts1} Visitor: {ad}\n", ts1="10:05", ad=AD(addr))
    d.add("{ts1} Visitor: moved from {old} last month lol\n", ts1="10:05", old=LOC(r.choice(c.towns)[0]))
    d.add("{ts1} {ag} (Support): Updated! Your card ending in {l4} won't be charged again. Anything else?\n",
          ts1="10:06", ag=P(ag.first), l4=_digits(r, 4))
    d.add("{ts1} Visitor: nope thats it, thanks {ag}\n", ts1="10:07", ag=P(ag.first))
    return d


def t_ca_config(r):
    d = Doc().add("# backerly-notify config (staging copy - DO NOT COMMIT)\nservice:\n  name: notify-worker\n"
                  "  version: {v}\n  listen: {pip}:8080\n", v=_version(r), pip=_private_ip(r))
    d.add("smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: {k}\n  from: {fr}\n", k=KEY(_api_key(r)),
          fr=EM(r.choice(["noreply@backerly.com", "support@backerly.com"])))
    d.add("db:\n  url: postgres://notify:{pw}@{pip}:5432/notify\n  pool_size: {ps}\n", pw=PW(_password(r).replace(
        "@", "A").replace("#", "H").replace("%", "P")), pip=_private_ip(r), ps=r.randrange(5, 40))
    d.add("stripe:\n  publishable_key: {pk}\n  webhook_id: we_{wh}\n  timeout_s: 30\n", pk=_publishable(r),
          wh=_alnum(r, 24))
    d.add("alerts:\n  oncall: {em}\n  checksum: sha256:{h}\n", em=EM("oncall@backerly.com"), h=_sha256(r))
    return d


def t_ca_sheet(r):
    c = LOCS["CA"]
    d = Doc().add("Slip\tName\tBoat\tLOA (ft)\tPhone\tHome town\tPaid\n")
    for _ in range(r.randrange(3, 6)):
        p = c.person(r)
        nm = r.choice([f"{p.last}, {p.first}", p.full, p.full.upper()])
        d.add("{s}\t{n}\t{b}\t{loa}\t{ph}\t{t}\t{pd}\n", s=f"{r.choice('ABC')}{r.randrange(1, 40)}", n=P(nm),
              b=r.choice(_BOATS), loa=r.randrange(18, 52), ph=PH(c.phone(r)), t=LOC(c.town(r)[0]),
              pd=r.choice(["Y", "N", "partial"]))
    return d


def t_au_teams(r):
    c = LOCS["AU"]
    a, b = c.person(r), c.person(r)
    cust = c.person(r, "f")
    d = Doc().add("{a}  10:{m1} AM\nanyone know why the kit for {cn} is stuck in 'lab QC'? {kit}\n",
                  a=P(a.full), m1=r.randrange(10, 30), cn=P(cust.full), kit=f"RT-{_alnum(r, 8, string.ascii_uppercase)}")
    d.add("{b}  10:{m2} AM\nsample volume too low, lab wants a recollect. she was born {dob} so we need the "
          "guardian consent? no wait she's an adult\n", b=P(b.full), m2=r.randrange(31, 50),
          dob=DOB(c.dob(r, lo=1950, hi=2000)))
    d.add("{a}  10:{m3} AM\nok I'll email her at {em}. haplogroup came back {hg} on the first run anyway\n",
          a=P(a.first), m3=r.randrange(51, 59), em=EM(c.email(r, cust)), hg=r.choice(_HAPLO))
    d.add("{b}  10:59 AM\n👍 her address in the system is {ad}, send the new kit there\n", b=P(b.first),
          ad=AD(c.addr(r)[0]))
    return d


def t_au_quote_mail(r):
    c = LOCS["AU"]
    p = c.person(r)
    inst = c.person(r)
    d = Doc().add("Subject: RE: Quote for wood heater install - {sub}\n\n", sub=r.choice(["flue + hearth", "Q-" + _digits(r, 4)]))
    d.add("G'day {f},\n\nNo worries, we can do the {st} with a 6\" twin-skin flue and a new hearth pad for "
          "${amt} all up. Earliest install is {dt}. I'll need a 30% deposit, BSB and account are on the invoice.\n\n"
          "Cheers,\n{i}\nSouthern Cross Chimney Sweeps\n{ph}\n\n", f=P(p.first), st=r.choice(_STOVES),
          amt=f"{r.randrange(3, 9)},{r.randrange(100, 999)}", dt=c.date(r, 0, 40, long=True), i=P(inst.full),
          ph=PH(c.phone(r, "fixed", style="mix")))
    q = Doc().add("From: {n} <{e}>\nSent: {dt}\nHi, can we get a price for a wood heater in our lounge? We're at\n{ad}\n"
                  "Ph {ph}. Thanks, {f}", n=P(p.full), e=EM(c.email(r, p)), dt=c.date(r, 20, 0),
                  ad=AD(c.addr(r, block=True)[0]), ph=PH(c.phone(r)), f=P(p.first))
    d.extend(q.quoted())
    return d


def t_au_ferry_sms(r):
    c = LOCS["AU"]
    p = c.person(r)
    d = Doc()
    d.add("SeaLink: Hi {f}, your booking {ref} CJ>PN dep {t} is confirmed. Vehicle rego {rego}. "
          "Check-in closes 30 min prior.\n", f=P(p.first), ref=_ref(r, "", 8), t=r.choice(["08:30", "12:00", "17:30"]),
          rego=_alnum(r, 3, string.ascii_uppercase) + _digits(r, 3))
    d.add("Me: can I add a passenger? {n}, DOB {dob}\n", n=P(c.person(r).full), dob=DOB(c.dob(r, long=False)))
    d.add("SeaLink: Done, extra adult fare ${a} charged to card ending {l4}. Reply STOP to opt out.\n",
          a=r.randrange(40, 80), l4=_digits(r, 4))
    d.add("Me: thx. my mobile changed btw, use {ph} from now\n", ph=PH(c.phone(r)))
    return d


def t_in_dna_mail(r):
    c = LOCS["IN"]
    p = c.person(r)
    addr, town = c.addr(r, block=True)
    d = Doc().add("Dear RootTrail Team,\n\nI had ordered the Ancestry+Health kit (order no. {o}) on {dt} but it "
                  "has not been delivered. The courier status shows 'RTO' since 4 days. Kindly re-send to below "
                  "address:\n\n{n}\n{ad}\n\n", o=_ref(r, "RT-IN-", 8), dt=c.date(r, 40, 0), n=P(p.full), ad=AD(addr))
    d.add("Contact no: {ph}\nAlt: {ph2}\n\nAlso please note I was born in {pob} and my father's side is from {pob2}, "
          "if that helps the ethnicity report.\n\nThanks and regards,\n{f}\n", ph=PH(c.phone(r, style="mix")),
          ph2=PH(c.phone(r, "fixed")), pob=LOC(r.choice(c.towns)[0]), pob2=LOC(r.choice(["Amritsar", "Madurai", "Nagpur",
                                                                                          "Lucknow"])), f=P(p.first))
    return d


def t_in_jsonl(r):
    c = LOCS["IN"]
    d = Doc()
    for _ in range(r.randrange(3, 6)):
        p = c.person(r)
        ev = r.choice(["booking.created", "otp.sent", "payment.failed", "profile.updated"])
        d.add('{{"ts":"{ts}","event":"{ev}","booking_id":"{b}",', ts=_dt_str(r, "%Y-%m-%dT%H:%M:%S+05:30", 2), ev=ev,
              b=_ref(r, "FB", 8, True))
        if ev == "otp.sent":
            d.add('"mobile":"{ph}","otp":"{otp}","ip":"{ip}"}}\n', ph=PH(c.phone(r, style="e164")), otp=_digits(r, 6),
                  ip=IP(_ip4(r)))
        elif ev == "payment.failed":
            d.add('"card":"{m}","amount_inr":{a},"gateway_ref":"pay_{g}","ip":"{ip}"}}\n', m=_masked_card(r),
                  a=r.randrange(300, 9000), g=_alnum(r, 14), ip=_private_ip(r))
        else:
            d.add('"passenger":{{"name":"{n}","email":"{e}","dob":"{dob}"}},"app":"android/{v}"}}\n',
                  n=P(p.full), e=EM(c.email(r, p)), dob=DOB(_birth(r).isoformat()), v=_version(r))
    return d


def t_in_whatsapp(r):
    c = LOCS["IN"]
    a, b = c.person(r), c.person(r)
    d = Doc()
    dd = _near(r, 30, 0).strftime("%d/%m/%y")
    d.add("{d}, 7:41 pm - {a}: Sir good evening, piano tuner can come tomorrow? Kawai upright, 2 keys not working\n",
          d=dd, a=P(a.first))
    d.add("{d}, 7:44 pm - {b}: Yes madam, {tech} will come 11am. Charges ₹{amt}. Send location pls\n", d=dd,
          b=P(b.full), tech=P(c.person(r, "m").first), amt=r.choice(["1,500", "2,200", "1,800"]))
    d.add("{d}, 7:46 pm - {a}: {ad}\n", d=dd, a=P(a.first), ad=AD(c.addr(r)[0]))
    d.add("{d}, 7:46 pm - {a}: Near {lm}, call on {ph} when reaching\n", d=dd, a=P(a.first),
          lm=r.choice(["Cafe Coffee Day", "HDFC ATM", "Domino's", "Ganesh temple"]), ph=PH(c.phone(r)))
    d.add("{d}, 7:50 pm - {b}: 👍 UPI: {upi}\n", d=dd, b=P(b.full), upi=r.choice(["pianoworks@okhdfcbank",
                                                                                  "shrutipianos@ybl"]))
    return d


def t_in_transcript(r):
    c = LOCS["IN"]
    p = c.person(r)
    ph = c.phone(r, style="compact")
    d = Doc().add("call_id={cid} lang=en-IN asr=v{v}\n", cid=_uuid(r), v=_version(r))
    d.add("agent: northstrait ferries good morning this is {a}\n", a=P(c.person(r).first.lower()))
    d.add("customer: hello madam i want to cancel my booking the reference is {ref} the name is {n}\n",
          ref=" ".join(_ref(r, "", 6, True).lower()), n=P(p.full.lower()))
    d.add("agent: can you confirm your date of birth\ncustomer: {dob}\n",
          dob=DOB(_long_date(_birth(r, 1955, 2000), "en", r).lower()))
    d.add("agent: and the mobile number\ncustomer: {ph}\n", ph=PH(ph[:5] + " " + ph[5:]))
    d.add("agent: thank you refund of rupees {amt} will come in five to seven working days\n",
          amt=r.choice(["four thousand two hundred", "eighteen fifty", "three thousand"]))
    return d


def t_ie_ticket(r):
    c = LOCS["IE"]
    p = c.person(r)
    d = Doc().add("Zendesk #{t} - Berth direct debit mandate\nRequester: {n} <{e}>\n\n", t=r.randrange(10000, 99999),
                  n=P(p.full), e=EM(c.email(r, p)))
    d.add("Hi lads, please change the DD for my berth ({b}, {boat}) to my new account: IBAN {ib}, BIC {bic}. "
          "Same amount €{amt}/month. Old account was closed.\nThanks a mil, {f}\n\n", b=f"Pontoon {r.choice('ABCD')}-"
                                                                                    f"{r.randrange(1, 50)}",
          boat=r.choice(_BOATS), ib=IBAN(c.iban(r)), bic=r.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]),
          amt=r.randrange(90, 400), f=P(p.first))
    d.add("Internal note ({ag}): mandate ref {mr} updated. Creditor ID IE{cid}. Customer's home address on file: "
          "{ad}. Phone {ph}.\n", ag=P(c.person(r).first), mr=_ref(r, "KMDD", 7), cid=_digits(r, 2) + "ZZZ" + _digits(r, 6),
          ad=AD(c.addr(r)[0]), ph=PH(c.phone(r, style="mix")))
    return d


def t_ie_genealogy(r):
    c = LOCS["IE"]
    p = c.person(r)
    anc = c.person(r)
    d = Doc().add("Hello,\n\nI'm researching my great-grandfather {a}, who emigrated from {t1} to {t0} around 1890. "
                  "My DNA match list shows a 3rd cousin, {m}, and I'd love to get in touch. I was born in {t2} myself "
                  "on {dob} and live in {t3} now.\n\n", a=P(anc.full), t1=LOC(r.choice(["Skibbereen", "Westport",
                                                                                          "Clifden", "Dingle"])), t0=LOC(r.choice(["Boston", "New York", "Liverpool"])),
                  m=P(c.person(r).full), t2=LOC(r.choice(c.towns)[0]), dob=DOB(c.dob(r)), t3=LOC(r.choice(c.towns)[0]))
    d.add("My kit number is {k} and the match ID is {mid} ({cm} cM shared).\n\nMise le meas,\n{n}\n{ad}\n{ph}\n",
          k=f"RT-{_alnum(r, 8, string.ascii_uppercase + string.digits)}", mid=_uuid(r), cm=r.randrange(40, 300),
          n=P(p.full), ad=AD(c.addr(r, block=True)[0]), ph=PH(c.phone(r)))
    return d


def t_ie_logfmt(r):
    c = LOCS["IE"]
    d = Doc()
    for _ in range(r.randrange(4, 7)):
        k = r.randrange(4)
        ts = _dt_str(r, "%Y-%m-%dT%H:%M:%S.%fZ", 1)[:-4] + "Z"
        if k == 0:
            p = c.person(r)
            d.add("ts={ts} level=info msg=\"login ok\" user={e} ip={ip} session={s}\n", ts=ts, e=EM(c.email(r, p)),
                  ip=IP(_ip4(r)), s=_hex(r, 32))
        elif k == 1:
            d.add("ts={ts} level=warn msg=\"retry\" upstream={ip}:443 attempt={a} build={v}\n", ts=ts, ip=_private_ip(r),
                  a=r.randrange(1, 5), v=_version(r))
        elif k == 2:
            p = c.person(r)
            d.add("ts={ts} level=info msg=\"sms queued\" to={ph} template=berth_reminder name=\"{n}\"\n", ts=ts,
                  ph=PH(c.phone(r, style="e164")), n=P(p.full))
        else:
            d.add("ts={ts} level=error msg=\"webhook signature mismatch\" expected={h} order={o}\n", ts=ts,
                  h=_sha256(r), o=_ref(r, "ORD-", 7))
    return d


def t_za_sms(r):
    c = LOCS["ZA"]
    p = c.person(r)
    d = Doc().add("Messages with {n}\n", n=P(p.full))
    d.add("{n}: Hi, this is {f} from {st}. Our chimney sweep was meant to come today 8-12, nobody pitched?\n",
          n=P(p.first), f=P(p.first), st=r.choice(["the Main Rd house", "Unit 4"]))
    d.add("Me: Sorry! Our Bellville depot had a bakkie breakdown. Can we do tomorrow 9am? Ref {ref}\n",
          ref=_ref(r, "SW", 5))
    d.add("{n}: Fine. Address again is {ad}. Gate code {gc}\n", n=P(p.first), ad=AD(c.addr(r)[0]), gc=_digits(r, 4))
    d.add("{n}: And please call {ph} not the landline\n", n=P(p.first), ph=PH(c.phone(r)))
    d.add("Me: Noted. Invoice R{a} will be emailed to {e}\n", a=r.randrange(650, 3200), e=EM(c.email(r, p)))
    return d


def t_za_crm(r):
    c = LOCS["ZA"]
    p = c.person(r)
    d = Doc().add("Contact card\nName: {n}\nCompany: Van Riebeeck Yachts (Pty) Ltd\nMobile: {ph}\nEmail: {e}\n",
                  n=P(p.full), ph=PH(c.phone(r, style="intl")), e=EM(c.email(r, p)))
    d.add("Notes: Berth at our V&A Waterfront office, boat '{b}'. Lives in {t}, originally from {t2}. Prefers WhatsApp. "
          "Berth contract {bc}, renewal {dt}. VAT no. 4{vat}.\n", b=r.choice(_BOATS), t=LOC(c.town(r)[0]),
          t2=LOC(r.choice(["Windhoek", "Bloemfontein", "East London", "Harare"])), bc=_ref(r, "BC-", 6),
          dt=c.date(r, 0, 200), vat=_digits(r, 9))
    return d


def t_nz_mail(r):
    c = LOCS["NZ"]
    p = c.person(r)
    d = Doc().add("Kia ora,\n\nWe'd like to book the Interislander for two adults + a campervan on the {dt} sailing, "
                  "we're heading down to {dest} for Christmas. Names: {a} and {b}. My date of birth is {dob} for the SuperGold discount.\n\n",
                  dt=c.date(r, 0, 60, long=True), dest=LOC(r.choice(["Nelson", "Blenheim", "Kaikōura"])), a=P(p.full), b=P(c.person(r).full), dob=DOB(c.dob(r, lo=1945, hi=1960)))
    d.add("Vehicle rego {rego}, length 7.2m. Contact me on {ph} or this email ({e}).\n\nNgā mihi,\n{f}\n{ad}\n",
          rego=_alnum(r, 3, string.ascii_uppercase) + _digits(r, 3), ph=PH(c.phone(r)), e=EM(c.email(r, p)),
          f=P(p.first), ad=AD(c.addr(r, block=True)[0]))
    return d


def t_nz_slack(r):
    c = LOCS["NZ"]
    a, b = c.person(r), c.person(r)
    d = Doc().add("#stove-installs\n")
    d.add("{a} [{t1}]\nheads up, {c} in {town} wants the {st} moved forward, she's flying to {dest} on the 14th\n",
          a=P(a.first.lower()), t1="9:02", c=P(c.person(r, "f").full), town=LOC(c.town(r)[0]), st=r.choice(_STOVES),
          dest=LOC(r.choice(["Sydney", "London", "Rarotonga", "Brisbane"])))
    d.add("{b} [{t2}]\ncan do thurs. what's the consent number?\n", b=P(b.first.lower()), t2="9:05")
    d.add("{a} [{t3}]\nBC{bc}, building inspector is booked. api for the council portal failing again btw, key is "
          "`{k}` if you want to test\n", a=P(a.first.lower()), t3="9:06", bc=_digits(r, 6), k=KEY(_api_key(r)))
    d.add("{b} [{t4}]\n👀 rotating that after, don't paste keys in here pls\n", b=P(b.first.lower()), t4="9:07")
    return d


def t_ng_mail(r):
    c = LOCS["NG"]
    p = c.person(r)
    d = Doc().add("Good day Sir/Ma,\n\nI write to complain about my pledge on your platform. I was debited twice "
                  "for the same reward (₦{a} each) on {dt}. Transaction refs: {t1} and {t2}.\n\n",
                  a=f"{r.randrange(10, 90)},000", dt=c.date(r, 30, 0), t1=_digits(r, 12), t2=_digits(r, 12))
    d.add("My details:\nName: {n}\nPhone: {ph}\nEmail: {e}\nAddress: {ad}\n\nI am currently in {t} but my "
          "family home is in {home}.\n\nThank you.\n{f}\n", n=P(p.full), ph=PH(c.phone(r, style="mix")),
          e=EM(c.email(r, p)), ad=AD(c.addr(r)[0]), t=LOC(r.choice(["Abuja", "Lagos", "London", "Accra"])),
          home=LOC(r.choice(["Abeokuta", "Onitsha", "Owerri", "Ilorin"])), f=P(p.last.upper()))
    return d


def t_ng_chat(r):
    c = LOCS["NG"]
    a = c.person(r)
    ag = c.person(r)
    d = Doc().add("Chat with RootTrail Support\n")
    d.add("{a}: Good afternoon. My DNA result don't show yet, kit {k}\n", a=P(a.first), k=f"RT-{_digits(r, 8)}")
    d.add("{g}: Good afternoon {a}! Please confirm your full name and date of birth for verification.\n",
          g=P(ag.first), a=P(a.first))
    d.add("{a}: {n}, {dob}\n", a=P(a.first), n=P(a.full), dob=DOB(c.dob(r, long=r.random() < 0.5)))
    d.add("{g}: Thank you. Results are with the lab in our Ikeja office, ETA 5 working days. Case {cs}\n",
          g=P(ag.first), cs=_ref(r, "CS-", 6))
    d.add("{a}: Ok. You can reach me on {ph} as well\n", a=P(a.first), ph=PH(c.phone(r)))
    return d


def t_ke_sms(r):
    c = LOCS["KE"]
    p = c.person(r)
    d = Doc()
    d.add("{mp} Confirmed. Ksh{a}.00 sent to NORTHLAKE FERRIES for account {acc} on {dt} at 10:14 AM. "
          "New M-PESA balance is Ksh{b}.00.\n", mp=_alnum(r, 10, string.ascii_uppercase + string.digits),
          a=f"{r.randrange(1, 9)},{r.randrange(100, 999)}", acc=_ref(r, "NLF", 6), dt=_near(r, 10, 0).strftime("%d/%m/%y"),
          b=f"{r.randrange(1, 50)},{r.randrange(100, 999)}")
    d.add("NORTHLAKE FERRIES: Dear {f}, your ticket {tk} route MB-LZ dep 07:00 is confirmed. Seat {s}.\n",
          f=P(p.first.upper()), tk=_ref(r, "TK", 7), s=f"{r.randrange(1, 40)}{r.choice('ABCD')}")
    d.add("Me: Please add my brother {b} {bl}, ID on board. Mob {ph}\n", b=P(c.person(r, "m").first), bl=P(p.last),
          ph=PH(c.phone(r)))
    return d


def t_ke_ticket(r):
    c = LOCS["KE"]
    p = c.person(r)
    d = Doc().add("TICKET {t}\nSubject: Cannot log in to backer dashboard\nFrom: {e}\n\n", t=_ref(r, "KE-", 6),
                  e=EM(c.email(r, p)))
    d.add("Hello, I tried to log in from {t} and it says my account is locked. My username is {u} and password "
          "{pw}, I have tried it many times. Please assist. {n}, {ph}\n", t=LOC(r.choice(["Nairobi", "Kisumu",
                                                                                         "Mombasa", "Nakuru"])),
          u=_slug(p.first) + _slug(p.last)[:3], pw=PW(_password(r)), n=P(p.full), ph=PH(c.phone(r)))
    d.add("\n[Agent {ag}] Unlocked after {n} failed attempts from {ip}. Device IMEI {imei}. Password reset link "
          "sent, token {tok} (expires 1h).\n", ag=P(c.person(r).first), n=r.randrange(5, 12), ip=IP(_ip4(r)),
          imei=_imei(r), tok=_hex(r, 40))
    return d


def t_sg_form(r):
    c = LOCS["SG"]
    p = c.person(r)
    d = Doc().add("=== Web form: Piano repair enquiry ===\nfull_name={n}\ncontact_no={ph}\nemail={e}\n",
                  n=P(p.full), ph=PH(c.phone(r, style=r.choice(["nat", "intl"]))), e=EM(c.email(r, p)))
    d.add("address={ad}\ninstrument={pn}\nserial={sn}\nissue=pedal squeaks, some keys slow to return\n"
          "preferred_date={dt}\nsource_ip={ip}\nform_version={v}\n", ad=AD(c.addr(r)[0]), pn=r.choice(_PIANOS),
          sn=_digits(r, 7), dt=_near(r, 0, 30).isoformat(), ip=IP(_ip4(r)), v=_version(r))
    return d


def t_us_release_notes(r):
    """no PII"""
    d = Doc().add("backerly-api {v} ({dt})\n\n", v=_version(r), dt=_near(r, 20, 0).isoformat())
    d.add("* Fix: pledge totals rounding for JPY (#{a})\n* Bump openssl to 3.{b}.{c}\n* New env var "
          "STRIPE_PUBLISHABLE_KEY (e.g. {pk})\n* Migration {mig} adds index on pledges(created_at)\n"
          "* Docker image sha256:{h}\n* Test-mode cards are now rejected in live mode (card_declined_test)\n"
          "* Request IDs now UUIDv4 ({u})\n", a=r.randrange(1000, 9999), b=r.randrange(0, 5), c=r.randrange(0, 15),
          pk="pk_test_" + "x" * 24, mig=_digits(r, 14), h=_sha256(r), u=_uuid(r))
    return d


# ============================================================================= OTHER LANGUAGES
def t_cat_mail_xemeneia(r):
    c = LOCS["ES"]
    p = c.person(r)
    d = Doc().add("Assumpte: Pressupost escurada i estufa\nDe: {n} <{e}>\nPer a: info@escuraxemeneiesdelvalles.cat\n\n",
                  n=P(p.full), e=EM(c.email(r, p)), )
    d.add("Bon dia,\n\nUs escric perquè volem instal·lar una estufa {st} a la casa de {t}. Abans caldria escurar "
          "la xemeneia, que fa anys que no es fa. L'adreça és {ad}.\n\n", st=r.choice(_STOVES), t=LOC(c.town(r)[0]),
          ad=AD(c.addr(r)[0]))
    d.add("Em podeu trucar al {ph} (a les tardes) o al fix {fx}. Si cal fer una paga i senyal, el meu IBAN és "
          "{ib}.\n\nMoltes gràcies,\n{f}\n", ph=PH(c.phone(r, style="mix")), fx=PH(c.phone(r, "fixed")),
          ib=IBAN(c.iban(r)), f=P(p.first))
    d.add("\nP.S. La comanda anterior era la núm. {o}, del {dt}.\n", o=_ref(r, "", 6), dt=c.date(r, 400, 0, long=True))
    return d


def t_cat_whatsapp_ferri(r):
    c = LOCS["ES"]
    a, b = c.person(r), c.person(r)
    dd = _near(r, 20, 0).strftime("%d/%m/%y")
    sa = r.choice([a.first, a.full])
    d = Doc()
    d.add("{d} 18:02 - {a}: Hola! Ja tens les targetes d'embarcament per al ferri de dijous?\n", d=dd, a=P(sa))
    d.add("{d} 18:05 - {b}: Sí, localitzador {loc}. Cabina {cab}, sortida 23:00\n", d=dd, b=P(b.first),
          loc=_ref(r, "", 6, True), cab=r.randrange(4000, 9999))
    d.add("{d} 18:06 - {a}: Perfecte. Per cert, la teva data de naixement és {dob}? La necessiten per al "
          "descompte de resident\n", d=dd, a=P(sa), dob=DOB(c.dob(r, long=r.random() < 0.5)))
    d.add("{d} 18:07 - {b}: Sí. I el meu mòbil nou és {ph}, que l'antic ja no funciona\n", d=dd, b=P(b.first),
          ph=PH(c.phone(r)))
    d.add("{d} 18:09 - {a}: Anotat 👍 La {pet} ve amb nosaltres, ja he pagat el suplement de mascota ({eur} €)\n", d=dd,
          a=P(sa), pet=r.choice(_PETS), eur=r.randrange(15, 40))
    return d


def t_is_ferry_mail(r):
    c = LOCS["IS"]
    p = c.person(r)
    d = Doc().add("Góðan dag,\n\nÉg á bókun nr. {bk} með Herjólfi til {t} þann {dt} og vil bæta við farþega: {n2}, "
                  "fædd {dob}. Við erum með bíl, bílnúmer {reg}.\n\n", bk=_ref(r, "", 7), t=LOC("Vestmannaeyja"),
                  dt=c.date(r, 0, 40, long=True), n2=P(c.person(r, "f").full), dob=DOB(c.dob(r, long=r.random() < 0.5)),
                  reg=_alnum(r, 2, "ABDEFGHIJKLMNOPRSTUVXYZ") + _digits(r, 3))
    d.add("Endilega hringið í mig í síma {ph} ef eitthvað vantar.\n\nKær kveðja,\n{n}\n{ad}\n", ph=PH(c.phone(r)),
          n=P(p.full), ad=AD(c.addr(r, block=True)[0]))
    return d


def t_is_dna_form(r):
    c = LOCS["IS"]
    p = c.person(r)
    d = Doc().add("Skráning - ættfræði- og DNA-próf\nNafn: {n}\nFæðingardagur: {dob}\nFæðingarstaður: {t}\n",
                  n=P(p.full), dob=DOB(c.dob(r)), t=LOC(c.town(r)[0]))
    d.add("Heimilisfang: {ad}\nNetfang: {e}\nSími: {ph}\nSýnanúmer: {kit}\nGreiðsla: kort {m}, {amt} kr.\n"
          "Staðfest: {dt}\n", ad=AD(c.addr(r)[0]), e=EM(c.email(r, p)), ph=PH(c.phone(r)),
          kit=f"RT-IS-{_digits(r, 6)}", m=_masked_card(r), amt=f"{r.randrange(15, 40)}.{r.randrange(100, 999)}",
          dt=c.date(r, 10, 0))
    return d


def t_af_sms(r):
    c = LOCS["ZA-af"]
    p = c.person(r, "f")
    d = Doc()
    d.add("{n}: Goeiemôre, dis {f} hier. Ons kaggel trek sleg, kan julle Donderdag kom skoonmaak?\n", n=P(p.full),
          f=P(p.first))
    d.add("Kantoor: Môre {f}! Ja, tussen 8 en 12. Wat is die adres?\n", f=P(p.first))
    d.add("{n}: {ad}\n", n=P(p.full), ad=AD(c.addr(r)[0]))
    d.add("{n}: My man se selnommer is {ph} as ek nie antwoord nie. Die hek se kode is {gc}\n", n=P(p.full),
          ph=PH(c.phone(r)), gc=_digits(r, 4))
    d.add("Kantoor: Dankie! Verwysing {ref}, koste R{a}. Ons Paarl-tak stuur vir {tech}.\n", ref=_ref(r, "KS", 5),
          a=r.randrange(600, 2500), tech=P(c.person(r, "m").first))
    return d


def t_af_mail_klavier(r):
    c = LOCS["ZA-af"]
    p = c.person(r)
    d = Doc().add("Onderwerp: Klavier stem en herstel\n\nGoeie dag,\n\nEk het 'n ou {pn} wat aan my ouma behoort het. "
                  "Twee sleutels klou vas en die pedaal kraak. Ek woon in {t} maar die klavier staan by my ma in {t2}.\n\n",
                  pn=r.choice(_PIANOS), t=LOC(c.town(r)[0]), t2=LOC(c.town(r)[0]))
    d.add("Die adres daar is:\n{ad}\n\nU kan my bel by {ph} of epos {e}.\n\nVriendelike groete\n{n}\n",
          ad=AD(c.addr(r, block=True)[0]), ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)), n=P(p.full))
    return d


def t_tl_chat(r):
    c = LOCS["PH"]
    p = c.person(r)
    ag = c.person(r)
    d = Doc().add("Messenger - Backerly PH Support\n")
    d.add("{n}: hello po, di pa dumadating yung reward ko sa pledge {pl} 😢\n", n=P(p.full), pl=_ref(r, "PLG-", 7))
    d.add("{a}: Hi {f}! Pasensya na po. Pwede po ba makuha yung full address at mobile number ninyo?\n",
          a=P(ag.first), f=P(p.first))
    d.add("{n}: {ad}\n", n=P(p.full), ad=AD(c.addr(r)[0]))
    d.add("{n}: {ph} po, globe\n", n=P(p.full), ph=PH(c.phone(r)))
    d.add("{a}: Salamat po! Na-forward ko na sa courier, tracking {trk}. Yung bayad ninyo na ₱{amt} via card "
          "{m} ay confirmed.\n", a=P(ag.first), trk=_ref(r, "LBC", 10), amt=f"{r.randrange(1, 9)},{r.randrange(100, 999)}",
          m=_masked_card(r))
    return d


def t_tl_ticket(r):
    c = LOCS["PH"]
    p = c.person(r)
    d = Doc().add("Ticket #{t} - Ferry booking (Batangas port)\nPangalan: {n}\nPetsa ng kapanganakan: {dob}\n",
                  t=r.randrange(100000, 999999), n=P(p.full), dob=DOB(c.dob(r)))
    d.add("Email: {e}\nMensahe: Gusto ko pong ipa-rebook yung ticket namin papuntang {dest} kasi nagkasakit yung anak "
          "ko. Booking ref {ref}. Pakitawagan na lang po ako sa {ph}. Salamat!\n", e=EM(c.email(r, p)),
          dest=LOC(r.choice(["Puerto Galera", "Calapan", "Caticlan", "Romblon"])), ref=_ref(r, "", 8, True),
          ph=PH(c.phone(r, style="mix")))
    d.add("\n[Internal] {ag}: na-rebook na, walang rebooking fee (medical). Seat {s}.\n", ag=P(c.person(r).first),
          s=f"{r.randrange(1, 60)}{r.choice('ABCD')}")
    return d


def t_ms_mail(r):
    c = LOCS["MY"]
    p = c.person(r)
    d = Doc().add("Kepada: Khidmat Pelanggan RootTrail\nPerkara: Kit DNA belum diterima\n\nAssalamualaikum dan salam "
                  "sejahtera,\n\nSaya telah membuat pesanan kit (no. pesanan {o}) pada {dt} tetapi sehingga kini masih "
                  "belum sampai. Sila hantar ke alamat berikut:\n\n{ad}\n\n", o=_ref(r, "MY", 8), dt=c.date(r, 40, 0, long=True),
                  ad=AD(c.addr(r, block=True)[0]))
    d.add("Nombor telefon saya {ph}. Untuk rekod, saya dilahirkan pada {dob} di {t}.\n\nTerima kasih,\n{n}\n{e}\n",
          ph=PH(c.phone(r, style="mix")), dob=DOB(c.dob(r, long=True)), t=LOC(c.town(r)[0]), n=P(p.full),
          e=EM(c.email(r, p)))
    return d


def t_ms_whatsapp(r):
    c = LOCS["MY"]
    a = c.person(r, "f")
    dd = _near(r, 20, 0).strftime("%d/%m/%Y")
    sa = r.choice([a.first, a.full])
    d = Doc()
    d.add("[{d}, 10:21] {a}: Salam, nak tanya servis tuning piano untuk {pn} berapa ye?\n", d=dd, a=P(sa),
          pn=r.choice(_PIANOS))
    d.add("[{d}, 10:25] Harmoni Piano Works: Wsalam. RM{amt} untuk tuning biasa. Boleh bagi alamat?\n", d=dd,
          amt=r.randrange(180, 450))
    d.add("[{d}, 10:27] {a}: {ad}\n", d=dd, a=P(sa), ad=AD(c.addr(r)[0]))
    d.add("[{d}, 10:28] {a}: Kalau tak dapat call saya, call suami saya {h} {ph}\n", d=dd, a=P(sa),
          h=P(c.person(r, "m").first), ph=PH(c.phone(r)))
    d.add("[{d}, 10:30] Harmoni Piano Works: Baik, juruteknik kami dari cawangan Ipoh akan datang Sabtu. Ref {ref}\n",
          d=dd, ref=_ref(r, "HP", 5))
    return d


def t_tr_mail(r):
    c = LOCS["TR"]
    p = c.person(r)
    d = Doc().add("Konu: Feribot rezervasyonu - yolcu bilgisi\n\nMerhaba,\n\n{dt} tarihli {rz} numaralı rezervasyonuma "
                  "eşimi eklemek istiyorum. Bilgileri:\nAd Soyad: {n2}\nDoğum tarihi: {dob}\n\n",
                  dt=c.date(r, 0, 40), rz=_ref(r, "", 8, True), n2=P(c.person(r).full), dob=DOB(c.dob(r)))
    d.add("Araç plakası {pl}. Ödemeyi {m} ile yaptım, fatura adresim: {ad}\n\nTeşekkürler,\n{n}\nTel: {ph}\n{e}\n",
          pl=f"{r.randrange(1, 82):02d} {_alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVYZ')} {_digits(r, 3)}", m=_masked_card(r),
          ad=AD(c.addr(r)[0]), n=P(p.full), ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)))
    return d


def t_tr_form(r):
    c = LOCS["TR"]
    p = c.person(r)
    d = Doc().add("--- Bağışçı destek formu ---\nad: {f}\nsoyad: {l}\ne-posta: {e}\ntelefon: {ph}\n",
                  f=P(p.first), l=P(p.last), e=EM(c.email(r, p)), ph=PH(c.phone(r)))
    d.add("şehir: {t}\nkampanya: {proj}\nsipariş_no: {o}\nkart: {cc}\nson_kullanma: {exp}\nşifre: {pw}\nip: {ip}\n"
          "tarayıcı: Chrome {v}\n", t=LOC(c.town(r)[0]), proj=r.choice(_PROJECTS), o=_ref(r, "TR", 7), cc=CC(_card(r)),
          exp=f"{r.randrange(1, 13):02d}/{r.randrange(27, 32)}", pw=PW(_password(r)), ip=IP(_ip4(r)),
          v=f"{r.randrange(110, 131)}.0.{r.randrange(1000, 7000)}.{r.randrange(10, 200)}")
    return d


def t_ro_mail(r):
    c = LOCS["RO"]
    p = c.person(r)
    d = Doc().add("Bună ziua,\n\nVă scriu în legătură cu repararea pianului {pn} (comanda {o}). Am mutat pianul de la "
                  "{t1} la noua adresă: {ad}.\n\n", pn=r.choice(_PIANOS), o=_ref(r, "RP-", 5), t1=LOC(c.town(r)[0]),
                  ad=AD(c.addr(r)[0]))
    d.add("Pentru plata avansului vă rog să folosiți contul {ib} dacă trebuie să-mi returnați diferența.\n"
          "Mă puteți suna la {ph}.\n\nCu stimă,\n{n}\n", ib=IBAN(c.iban(r)), ph=PH(c.phone(r, style="mix")), n=P(p.full))
    return d


def t_ro_callnote(r):
    c = LOCS["RO"]
    p = c.person(r)
    d = Doc().add("Notă apel {dt} - agent {ag}\n", dt=c.date(r, 10, 0), ag=P(c.person(r).full))
    d.add("Client: {n}, născut{g} pe {dob} în {t}. Cere programare coșar + verificare sobă {st}. Adresă: {ad}. "
          "Tel. {ph}. Parola pentru portal (a dictat-o la telefon, i-am spus s-o schimbe): {pw}. Factura nr. {f} "
          "din {d2}, suma {s} lei.\n", g="" if p.gender == "m" else "ă", n=P(p.full), dob=DOB(c.dob(r)), t=LOC(c.town(r)[0]), st=r.choice(_STOVES),
          ad=AD(c.addr(r)[0]), ph=PH(c.phone(r)), pw=PW(_password(r)), f=_ref(r, "CS", 6), d2=c.date(r, 60, 0),
          s=r.randrange(150, 1200))
    return d


_SL_LOCATIVE = ["Ljubljani", "Mariboru", "Celju", "Kranju", "Kopru", "Novem mestu", "Piranu", "Novi Gorici"]


def t_sl_mail(r):
    c = LOCS["SI"]
    p = c.person(r)
    d = Doc().add("Pozdravljeni,\n\nza naš čoln {b} bi potrebovali privez za sezono 2027. Dolžina 9,5 m. Trenutno "
                  "smo v marini v Izoli, živimo pa v {t}.\n\n", b=r.choice(_BOATS), t=LOC(r.choice(_SL_LOCATIVE)))
    d.add("Podatki:\n{n}\n{ad}\nGSM: {ph}\nE-pošta: {e}\nIBAN za vračilo varščine: {ib}\n\nLep pozdrav,\n{f}\n",
          n=P(p.full), ad=AD(c.addr(r, block=True)[0]), ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)),
          ib=IBAN(c.iban(r)), f=P(p.first))
    return d


def t_sl_sms(r):
    c = LOCS["SI"]
    p = c.person(r)
    d = Doc()
    d.add("Dimnikarstvo: Spoštovan{g} {n}, pregled kurilne naprave bo {dt} med 8. in 12. uro. Št. naloga {st}.\n",
          g="i" if p.gender == "m" else "a", n=P(p.full), dt=c.date(r, 0, 30), st=_ref(r, "", 6))
    d.add("Jaz: Hvala. Prosim pokličite {z} na {ph}, jaz bom v službi\n", z=P(c.person(r).first),
          ph=PH(c.phone(r)))
    d.add("Dimnikarstvo: Zabeleženo. Koda za potrditev: {otp}\n", otp=_digits(r, 6))
    return d


def t_et_mail(r):
    c = LOCS["EE"]
    p = c.person(r)
    d = Doc().add("Tere!\n\nSoovin broneerida praamipileti sõiduautole ja kahele reisijale {dt}. Reisijad: {a} ja {b}. "
                  "Sõidame {dest} jõuludeks.\n\n", dt=c.date(r, 0, 30), a=P(p.full), b=P(c.person(r).full),
                  dest=LOC(r.choice(["Kuressaarde", "Hiiumaale", "Helsingisse"])))
    d.add("Auto reg. nr {reg}. Minu telefon {ph}, e-post {e}.\nArve palun aadressile {ad}.\n\nLugupidamisega\n{n}\n",
          reg=_digits(r, 3) + " " + _alnum(r, 3, "ABCDEFGHJKLMNPRSTV"), ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)),
          ad=AD(c.addr(r)[0]), n=P(p.full))
    return d


def t_et_log(r):
    c = LOCS["EE"]
    d = Doc()
    for _ in range(r.randrange(4, 7)):
        k = r.randrange(4)
        ts = _dt_str(r, "%Y-%m-%d %H:%M:%S", 1)
        if k == 0:
            p = c.person(r)
            d.add("{ts} INFO  kasutaja registreeritud: nimi=\"{n}\" email={e} ip={ip}\n", ts=ts, n=P(p.full),
                  e=EM(c.email(r, p)), ip=IP(_ip4(r)))
        elif k == 1:
            d.add("{ts} DEBUG cache miss key=booking:{u} node={ip}\n", ts=ts, u=_uuid(r), ip=_private_ip(r))
        elif k == 2:
            p = c.person(r)
            d.add("{ts} INFO  SMS saadetud {ph}: \"Teie pilet {t} on kinnitatud\"\n", ts=ts,
                  ph=PH(c.phone(r, style="e164")), t=_ref(r, "", 8))
        else:
            d.add("{ts} WARN  makse ebaõnnestus kaart={m} summa={s} EUR viga=51\n", ts=ts, m=_masked_card(r),
                  s=f"{r.randrange(10, 90)}.{r.randrange(10, 99)}")
    return d


def t_lt_mail(r):
    c = LOCS["LT"]
    p = c.person(r, "f")
    d = Doc().add("Laba diena,\n\nnorėčiau užsakyti DNR testą ir kilmės medžio paiešką. Mano senelis {a} gimė "
                  "{t}, o aš pati gyvenu {t2}.\n\n", a=P(c.person(r, "m").full), t=LOC(r.choice(["Telšiuose", "Utenoje",
                                                                                                 "Marijampolėje"])),
                  t2=LOC(r.choice(["Vilniuje", "Kaune", "Klaipėdoje"])))
    d.add("Mano duomenys:\nVardas, pavardė: {n}\nGimimo data: {dob}\nAdresas: {ad}\nTel.: {ph}\nEl. paštas: {e}\n"
          "Sąskaita grąžinimui: {ib}\n\nAčiū,\n{f}\n", n=P(p.full), dob=DOB(c.dob(r)), ad=AD(c.addr(r)[0]),
          ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)), ib=IBAN(c.iban(r)), f=P(p.first))
    return d


def t_lt_chat(r):
    c = LOCS["LT"]
    p = c.person(r)
    ag = c.person(r)
    d = Doc()
    d.add("[{t}] {n}: Sveiki, kodėl mano rėmimo mokėjimas atmestas? Užsakymas {o}\n", t="14:02", n=P(p.full),
          o=_ref(r, "LT-", 7))
    d.add("[{t}] {a} (Backerly): Sveiki, {f}! Bankas atmetė kortelę {m}. Gal galite pabandyti kitą?\n", t="14:04",
          a=P(ag.first), f=P(p.first), m=_masked_card(r))
    d.add("[{t}] {n}: Gerai, štai nauja: {cc}, galioja iki {exp}\n", t="14:06", n=P(p.full), cc=CC(_card(r)),
          exp=f"{r.randrange(1, 13):02d}/{r.randrange(27, 32)}")
    d.add("[{t}] {a} (Backerly): Prašome nesiųsti kortelės duomenų pokalbyje 🙏 Juos ištrinsime. Naudokite "
          "mokėjimo puslapį.\n", t="14:07", a=P(ag.first))
    return d


def t_cy_mail(r):
    c = LOCS["GB-cy"]
    p = c.person(r)
    d = Doc().add("Pwnc: Glanhau simnai\n\nBore da,\n\nHoffwn drefnu i rywun lanhau'r simnai cyn y Nadolig. Mae gennym "
                  "stôf {st}. Ein cyfeiriad yw:\n{ad}\n\n", st=r.choice(_STOVES), ad=AD(c.addr(r, block=True)[0]))
    d.add("Fy rhif ffôn symudol yw {ph}. Rydw i'n gweithio yn {t} yn ystod yr wythnos, felly dydd Sadwrn sydd orau.\n\n"
          "Diolch yn fawr,\n{n}\n{e}\n", ph=PH(c.phone(r)), t=LOC(c.town(r)[0]), n=P(p.full), e=EM(c.email(r, p)))
    return d


def t_mt_sms(r):
    c = LOCS["MT"]
    p = c.person(r)
    d = Doc()
    d.add("Gozo Channel: Għażiż/a {n}, il-booking {b} għal {dt} ġie kkonfermat. Vettura {reg}.\n", n=P(p.full),
          b=_ref(r, "GC", 7), dt=c.date(r, 0, 30), reg=_alnum(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + _digits(r, 3))
    d.add("Jien: Grazzi. Nista' nżid lil ommi, {m}, imwielda {dob}? Hi toqgħod f'{t}.\n",
          m=P(c.person(r, "f").full), dob=DOB(c.dob(r, lo=1940, hi=1960)), t=LOC(r.choice(["Għawdex", "Marsalforn", "Victoria"])))
    d.add("Gozo Channel: Iva, ċempel {ph} jew ikteb lil {e}.\n", ph=PH(c.phone(r, "fixed")),
          e=EM("bookings@gozochannel-demo.mt"))
    return d


def t_de_mail(r):
    c = LOCS["DE"]
    p = c.person(r)
    d = Doc().add("Betreff: Liegeplatz Saison 2027 - Kündigung {lp}\n\nSehr geehrte Damen und Herren,\n\n"
                  "hiermit kündige ich meinen Liegeplatz {lp} (Boot \"{b}\") zum 31.12. Wir ziehen nach {t}.\n"
                  "Bitte erstatten Sie die Kaution auf folgendes Konto:\nKontoinhaber: {n}\nIBAN: {ib}\nBIC: {bic}\n\n",
                  lp=f"{r.choice('ABCD')}-{r.randrange(1, 80)}", b=r.choice(_BOATS), t=LOC(c.town(r)[0]), n=P(p.full),
                  ib=IBAN(c.iban(r)), bic=r.choice(["COBADEFFXXX", "DEUTDEDBHAM", "GENODEF1S10"]))
    d.add("Meine neue Anschrift ab {dt}:\n{ad}\n\nMit freundlichen Grüßen\n{n}\nTel. {ph}\n", dt=c.date(r, 0, 30),
          ad=AD(c.addr(r, block=True)[0]), n=P(p.full), ph=PH(c.phone(r, style="mix")))
    return d


def t_de_wartung(r):
    """no PII"""
    d = Doc().add("Wartungsankündigung {v}\n\nAm {dt} zwischen 02:00 und 04:00 Uhr ist das Buchungsportal nicht "
                  "erreichbar. Betroffen: Filialen Kiel, Rostock und Lübeck. Server {ip} (intern) erhält Version "
                  "{v}. Prüfsumme sha256:{h}. Ticket {t}. Bei Rückfragen bitte an den Bereitschaftsdienst der "
                  "Zentrale in Hamburg wenden.\n", v=_version(r), dt=_near(r, 0, 20).strftime("%d.%m.%Y"),
                  ip=_private_ip(r), h=_sha256(r), t=_ref(r, "OPS-", 5))
    return d


def t_fr_mail(r):
    c = LOCS["FR"]
    p = c.person(r)
    d = Doc().add("Objet : Devis ramonage + tubage\n\nBonjour,\n\nJe souhaiterais un devis pour le ramonage de notre "
                  "cheminée et la pose d'un poêle {st}. La maison se trouve au {ad}.\n\n", st=r.choice(_STOVES),
                  ad=AD(c.addr(r)[0]))
    d.add("Je suis joignable au {ph} ou par mail ({e}). Nous partons à {t} du 20 au 27, sinon je suis disponible.\n\n"
          "Bien cordialement,\n{n}\n", ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)),
          t=LOC(r.choice(["Lisbonne", "Montréal", "Bruxelles", "Genève"])), n=P(p.full))
    d.add("\n-- \nRamonage Dupont & Fils\nSIRET {s} - Assurance RC n° {rc}\n", s=_digits(r, 14), rc=_ref(r, "", 9))
    return d


def t_fr_transcript(r):
    c = LOCS["FR"]
    p = c.person(r)
    ph = c.phone(r, style="nat")
    d = Doc().add("transcription automatique - appel entrant {u}\n", u=_uuid(r)[:8])
    d.add("conseiller : ferries du ponant bonjour je suis {a}\n", a=P(c.person(r).first.lower()))
    d.add("client : oui bonjour je m'appelle {n} je voudrais modifier ma réservation pour belle-île\n",
          n=P(p.full.lower()))
    d.add("conseiller : très bien vous avez le numéro de dossier\nclient : oui c'est {ref}\n",
          ref=" ".join(_ref(r, "", 6, True).lower()))
    d.add("conseiller : et votre date de naissance s'il vous plaît\nclient : le {dob}\n",
          dob=DOB(_long_date(_birth(r, 1950, 2000), "fr", r)))
    d.add("conseiller : je vous rappelle à quel numéro\nclient : {ph}\n", ph=PH(ph))
    return d


def t_nl_form(r):
    c = LOCS["NL"]
    p = c.person(r)
    d = Doc().add("[formulier ligplaatsaanvraag]\nvoornaam={f}\nachternaam={l}\ngeboortedatum={dob}\n",
                  f=P(p.first), l=P(p.last), dob=DOB(c.dob(r)))
    d.add("adres={ad}\ntelefoon={ph}\nemail={e}\nboot={b}\nlengte_m={len}\nrekening={ib}\nmachtiging_id={m}\n"
          "ip={ip}\nuser_agent=Mozilla/5.0 (Android 14; Mobile; rv:{v})\n", ad=AD(c.addr(r)[0]),
          ph=PH(c.phone(r, style="mix")), e=EM(c.email(r, p)), b=r.choice(_BOATS), len=f"{r.randrange(6, 15)},{r.randrange(10)}",
          ib=IBAN(c.iban(r)), m=_ref(r, "MND", 8), ip=IP(_ip6(r) if r.random() < 0.5 else _ip4(r)), v=_version(r))
    return d


# ============================================================================= STRUCTURED TABLES
_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", ""]


def _row_ctx(r, c: Loc):
    p = c.person(r)
    t = c.town(r)
    lines = c._addr(r, t, r.choice(c.streets), r.random() < 0.3)
    return {"p": p, "lines": lines, "town": t[0], "addr": ", ".join(lines)}


def _build(r, rows: int, c: Loc, cols) -> list[Column]:
    """cols: (header, entity, fn(r, c, row) -> str, blank rate, placeholder rate)"""
    out = [Column(h, ent, []) for h, ent, _f, _b, _p in cols]
    for _ in range(rows):
        row = _row_ctx(r, c)
        for col, (_h, _e, fn, blank, ph) in zip(out, cols):
            x = r.random()
            if x < blank:
                col.values.append(None)
            elif x < blank + ph:
                col.values.append(r.choice(_PLACEHOLDERS[:4]))
            else:
                col.values.append(fn(r, c, row))
    assert sum(col.entity is None for col in out) * 2 > len(out)
    return out


def _first(r, c, row):
    return row["p"].first


def _last(r, c, row):
    return row["p"].last


def _full(r, c, row):
    return row["p"].full


def _email(r, c, row):
    return c.email(r, row["p"])


def _ph_nat(r, c, row):
    return c.phone(r, r.choice(["mobile", "mobile", "fixed"]), "nat")


def _ph_mix(r, c, row):
    return c.phone(r, "mobile", "mix")


def _addr(r, c, row):
    return row["addr"]


def _street(r, c, row):
    return row["lines"][0] if not row["lines"][0].startswith(("Flat", "Apt", "Unit", "Appt")) else row["lines"][1]


def _town(r, c, row):
    return row["town"]


def _dob_num(r, c, row):
    return c.dob(r, long=False)


def _iban_c(r, c, row):
    return c.iban(r)


def _const(*vals):
    return lambda r, c, row: r.choice(vals)


def _bool(r, c, row):
    return r.choice(["true", "false", "TRUE", "1", "0"])


def _ts(r, c, row):
    return _dt_str(r, "%Y-%m-%d %H:%M:%S", 400)


def _date_iso(r, c, row):
    return _near(r, 500, 200).isoformat()


def _date_loc(r, c, row):
    return c.date(r, 500, 200)


def _amount(lo, hi, dec=True):
    return lambda r, c, row: (f"{r.randrange(lo, hi)}.{r.randrange(100):02d}" if dec else str(r.randrange(lo, hi)))


def _refcol(prefix, n=6, letters=False):
    return lambda r, c, row: _ref(r, prefix, n, letters)


def _last4(r, c, row):
    return _digits(r, 4)


def _masked(r, c, row):
    return _masked_card(r)


def _pet(r, c, row):
    return r.choice(_PETS)


def _boat(r, c, row):
    return r.choice(_BOATS)


def _tbl_marina_gb(r, rows):
    c = LOCS["GB"]
    return _build(r, rows, c, [
        ("berth_id", None, lambda r, c, w: f"{r.choice('ABCDEFP')}{r.randrange(1, 120):02d}", 0, 0),
        ("holder_first_name", "PERSON", _first, 0.02, 0),
        ("holder_surname", "PERSON", _last, 0.02, 0),
        ("email_address", "EMAIL_ADDRESS", _email, 0.15, 0.02),
        ("email_verified", None, _bool, 0.1, 0),
        ("tel", "PHONE_NUMBER", _ph_nat, 0.1, 0.03),
        ("phone_type", None, _const("mobile", "landline", "work", "Mobile"), 0.1, 0),
        ("home_addr", "STREET_ADDRESS", _addr, 0.2, 0),
        ("home_town", "LOCATION", _town, 0.25, 0.03),
        ("date_of_birth", "DATE_OF_BIRTH", _dob_num, 0.45, 0),
        ("boat_name", None, _boat, 0.05, 0),
        ("boat_loa_m", None, lambda r, c, w: f"{r.randrange(5, 22)}.{r.randrange(10)}", 0.05, 0),
        ("insurance_policy_no", None, _refcol("NVS-", 8), 0.3, 0.05),
        ("card_last4", None, _last4, 0.4, 0),
        ("annual_fee_gbp", None, _amount(900, 9000), 0, 0),
        ("contract_start", None, _date_loc, 0, 0),
        ("dob_verified", None, _bool, 0.2, 0),
        ("address_type", None, _const("home", "billing", "correspondence"), 0.1, 0),
        ("marina_site", None, _const("Lymington", "Hamble", "Poole", "Falmouth"), 0, 0),
        ("gate_fob_code", None, lambda r, c, w: _digits(r, 4), 0.3, 0),
    ])


def _tbl_marina_nl(r, rows):
    c = LOCS["NL"]
    return _build(r, rows, c, [
        ("ligplaatsnummer", None, lambda r, c, w: f"S{r.randrange(1, 40)}-{r.randrange(1, 30)}", 0, 0),
        ("Voornaam", "PERSON", _first, 0, 0),
        ("Achternaam", "PERSON", _last, 0, 0),
        ("geboortedatum", "DATE_OF_BIRTH", _dob_num, 0.35, 0.02),
        ("telefoonnummer", "PHONE_NUMBER", _ph_mix, 0.1, 0),
        ("e-mail", "EMAIL_ADDRESS", _email, 0.1, 0),
        ("IBAN", "IBAN_CODE", _iban_c, 0.2, 0),
        ("woonplaats", "LOCATION", _town, 0.15, 0),
        ("adres", "STREET_ADDRESS", _addr, 0.15, 0),
        ("bootnaam", None, _boat, 0, 0),
        ("lengte", None, lambda r, c, w: f"{r.randrange(5, 18)},{r.randrange(10)} m", 0, 0),
        ("machtigingskenmerk", None, _refcol("MND", 8), 0.2, 0),
        ("betaalstatus", None, _const("betaald", "open", "herinnering"), 0, 0),
        ("laatst_gewijzigd", None, _ts, 0, 0),
        ("haven", None, _const("Harlingen", "Den Helder", "Lelystad", "Makkum"), 0, 0),
        ("huisdier_aan_boord", None, _pet, 0.6, 0),
        ("iban_geverifieerd", None, _const("ja", "nee"), 0.1, 0),
        ("kenteken_trailer", None, lambda r, c, w: f"{_alnum(r, 2, 'BDFGHJKLNPRSTVXZ')}-{_digits(r, 3)}-{_alnum(r, 1, 'BDFGHJ')}", 0.5, 0),
    ])


def _tbl_piano_us(r, rows):
    c = LOCS["US"]
    return _build(r, rows, c, [
        ("jobId", None, _refcol("PJ-", 6), 0, 0),
        ("customerName", "PERSON", lambda r, c, w: r.choice([w["p"].full, f"{w['p'].last}, {w['p'].first}"]), 0, 0),
        ("customerPhone", "PHONE_NUMBER", _ph_nat, 0.05, 0),
        ("customerEmail", "EMAIL_ADDRESS", _email, 0.2, 0.02),
        ("serviceAddress", "STREET_ADDRESS", _addr, 0.1, 0),
        ("instrumentModel", None, lambda r, c, w: r.choice(_PIANOS), 0, 0),
        ("serialNumber", None, lambda r, c, w: _digits(r, r.choice([6, 7])), 0.2, 0),
        ("technicianCode", None, lambda r, c, w: f"T-{r.randrange(1, 40):02d}", 0, 0),
        ("quoteAmount", None, _amount(80, 4000), 0, 0),
        ("depositCardNumber", "CREDIT_CARD", lambda r, c, w: _card(r), 0.5, 0),
        ("cardExpiry", None, lambda r, c, w: f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}", 0.5, 0),
        ("cardLast4", None, _last4, 0.3, 0),
        ("scheduledAt", None, _ts, 0, 0),
        ("portalPassword", "PASSWORD", lambda r, c, w: _password(r), 0.55, 0),
        ("passwordChangedAt", None, _ts, 0.3, 0),
        ("nameOfProduct", None, _const("Steinway Care Plan", "Bechstein Regulation Kit", "Dampp-Chaser humidity system",
                                       "Full tuning", "Hammer reshaping"), 0, 0),
        ("partsSku", None, lambda r, c, w: f"SKU-{_alnum(r, 3, string.ascii_uppercase)}-{_digits(r, 4)}", 0.3, 0),
        ("clientIp", "IP_ADDRESS", lambda r, c, w: _ip4(r), 0.3, 0),
        ("workshopIp", None, lambda r, c, w: _private_ip(r), 0, 0),
        ("status", None, _const("quoted", "scheduled", "done", "cancelled"), 0, 0),
    ])


def _tbl_piano_de(r, rows):
    c = LOCS["DE"]
    return _build(r, rows, c, [
        ("KundenNr", None, _refcol("K", 6), 0, 0),
        ("Vorname", "PERSON", _first, 0, 0),
        ("Nachname", "PERSON", _last, 0, 0),
        ("Geburtsdatum", "DATE_OF_BIRTH", _dob_num, 0.5, 0),
        ("Straße", "STREET_ADDRESS", _street, 0.1, 0),
        ("PLZ", None, lambda r, c, w: w["lines"][-1].split()[0], 0.1, 0),
        ("Wohnort", "LOCATION", _town, 0.1, 0),
        ("Telefon", "PHONE_NUMBER", _ph_nat, 0.15, 0.02),
        ("EMail", "EMAIL_ADDRESS", _email, 0.2, 0),
        ("IBAN", "IBAN_CODE", _iban_c, 0.4, 0),
        ("Instrument", None, lambda r, c, w: r.choice(_PIANOS), 0, 0),
        ("Seriennummer", None, lambda r, c, w: _digits(r, 6), 0.1, 0),
        ("Stimmton_Hz", None, _const("440", "442", "443"), 0, 0),
        ("LetzteStimmung", None, _date_loc, 0.2, 0),
        ("Filiale", None, _const("Hamburg", "Leipzig", "München"), 0, 0),
        ("Rabattcode", None, lambda r, c, w: "KLAVIER" + _digits(r, 2), 0.7, 0),
        ("Newsletter", None, _const("ja", "nein"), 0, 0),
        ("PasswortHash", None, lambda r, c, w: _bcrypt(r), 0.2, 0),
    ])


def _tbl_payouts_us(r, rows):
    c = LOCS["US"]
    return _build(r, rows, c, [
        ("PAYOUT_ID", None, lambda r, c, w: "po_" + _alnum(r, 14), 0, 0),
        ("CREATOR_LEGAL_NAME", "PERSON", _full, 0, 0),
        ("SSN", "US_SSN", lambda r, c, w: _ssn(r), 0.1, 0),
        ("DOB", "DATE_OF_BIRTH", _dob_num, 0.1, 0),
        ("BANK_ACCT_NO", "US_BANK_NUMBER", lambda r, c, w: _us_account(r), 0.05, 0),
        ("ROUTING_NO", None, lambda r, c, w: _routing(r), 0.05, 0),
        ("BANK_NAME", None, _const("Chase", "Wells Fargo", "Citibank", "Ally Bank", "Charles Schwab Bank"), 0, 0),
        ("MAILING_ADDRESS", "STREET_ADDRESS", _addr, 0.1, 0),
        ("PAYOUT_AMOUNT_USD", None, _amount(500, 120000), 0, 0),
        ("CAMPAIGN_TITLE", None, lambda r, c, w: r.choice(_PROJECTS), 0, 0),
        ("TAX_FORM_VERSION", None, lambda r, c, w: "W-9 rev. " + _version(r), 0, 0),
        ("SUBMITTED_IP", "IP_ADDRESS", lambda r, c, w: _ip4(r) if r.random() < 0.7 else _ip6(r), 0.1, 0),
        ("STRIPE_CONNECT_SECRET", "API_KEY", lambda r, c, w: "sk_live_" + _alnum(r, 32), 0.4, 0),
        ("STRIPE_PUBLISHABLE", None, lambda r, c, w: _publishable(r), 0.2, 0),
        ("CARD_FINGERPRINT", None, lambda r, c, w: _sha256(r), 0.3, 0),
        ("KYC_STATUS", None, _const("verified", "pending", "failed"), 0, 0),
        ("SSN_LAST4", None, _last4, 0.1, 0),
        ("CREATED_AT", None, _ts, 0, 0),
    ])


def _tbl_mecenes_ca(r, rows):
    c = LOCS["ES"]
    return _build(r, rows, c, [
        ("id_tiquet", None, _refcol("TQ-", 6), 0, 0),
        ("nom", "PERSON", _first, 0, 0),
        ("cognoms", "PERSON", _last, 0.05, 0),
        ("correu_electronic", "EMAIL_ADDRESS", _email, 0.05, 0),
        ("telefon", "PHONE_NUMBER", _ph_nat, 0.3, 0.03),
        ("data_naixement", "DATE_OF_BIRTH", lambda r, c, w: c.dob(r), 0.6, 0),
        ("poblacio", "LOCATION", _town, 0.2, 0),
        ("adreca", "STREET_ADDRESS", _addr, 0.3, 0),
        ("iban", "IBAN_CODE", _iban_c, 0.5, 0),
        ("projecte", None, lambda r, c, w: r.choice(_PROJECTS), 0, 0),
        ("import_eur", None, _amount(5, 500), 0, 0),
        ("estat", None, _const("obert", "tancat", "pendent"), 0, 0),
        ("canal", None, _const("correu", "xat", "telèfon"), 0, 0),
        ("data_alta", None, _date_loc, 0, 0),
        ("targeta_emmascarada", None, _masked, 0.3, 0),
        ("idioma", None, _const("ca", "es", "en"), 0, 0),
        ("agent_id", None, lambda r, c, w: f"AG-{r.randrange(1, 60):02d}", 0, 0),
    ])


def _tbl_chimney_ie(r, rows):
    c = LOCS["IE"]
    return _build(r, rows, c, [
        ("Visit Ref", None, _refcol("SV-", 6), 0, 0),
        ("Customer Name", "PERSON", _full, 0, 0),
        ("Service Address", "STREET_ADDRESS", _addr, 0.05, 0),
        ("Town", "LOCATION", _town, 0.1, 0),
        ("Mobile", "PHONE_NUMBER", _ph_mix, 0.1, 0.02),
        ("Email", "EMAIL_ADDRESS", _email, 0.3, 0),
        ("Direct Debit IBAN", "IBAN_CODE", _iban_c, 0.5, 0),
        ("Appliance", None, lambda r, c, w: r.choice(_STOVES), 0, 0),
        ("Flue Type", None, _const("lined", "unlined", "twin-wall", "open fire"), 0, 0),
        ("Sweep Date", None, _date_loc, 0, 0),
        ("Next Due", None, _date_loc, 0.1, 0),
        ("Certificate No", None, _refcol("CERT", 7), 0.1, 0),
        ("Depot", None, _const("Cork", "Limerick", "Athlone"), 0, 0),
        ("Sweep Tech ID", None, lambda r, c, w: f"ST{r.randrange(1, 30):02d}", 0, 0),
        ("CO Alarm Fitted", None, _const("Yes", "No"), 0, 0),
        ("Amount (€)", None, _amount(70, 300), 0, 0),
        ("Card Last 4", None, _last4, 0.5, 0),
        ("Address Type", None, _const("home", "holiday home", "rental"), 0, 0),
    ])


def _tbl_stove_ee(r, rows):
    c = LOCS["EE"]
    return _build(r, rows, c, [
        ("tellimuse_nr", None, _refcol("T", 7), 0, 0),
        ("eesnimi", "PERSON", _first, 0, 0),
        ("perekonnanimi", "PERSON", _last, 0, 0),
        ("sünniaeg", "DATE_OF_BIRTH", _dob_num, 0.4, 0),
        ("telefon", "PHONE_NUMBER", _ph_mix, 0.05, 0),
        ("e_post", "EMAIL_ADDRESS", _email, 0.2, 0),
        ("aadress", "STREET_ADDRESS", _addr, 0.05, 0),
        ("linn", "LOCATION", _town, 0.05, 0),
        ("arvelduskonto", "IBAN_CODE", _iban_c, 0.4, 0),
        ("col_7", "PERSON", lambda r, c, w: c.person(r).first, 0.5, 0),
        ("ahju_mudel", None, lambda r, c, w: r.choice(_STOVES), 0, 0),
        ("paigaldaja", None, lambda r, c, w: f"P{r.randrange(1, 20):02d}", 0, 0),
        ("paigalduse_kuupäev", None, _date_loc, 0, 0),
        ("garantii_kuni", None, _date_loc, 0, 0),
        ("hind_eur", None, _amount(800, 6000), 0, 0),
        ("kaart", None, _masked, 0.4, 0),
        ("filiaal", None, _const("Tallinn", "Tartu", "Pärnu"), 0, 0),
        ("märkused", None, _const("korsten puhastatud", "vajab lisatoru", "-", "ok"), 0.3, 0),
        ("olek", None, _const("tehtud", "ootel", "tühistatud"), 0, 0),
    ])


def _tbl_dna_au(r, rows):
    c = LOCS["AU"]
    return _build(r, rows, c, [
        ("order.id", None, _refcol("RT-AU-", 7), 0, 0),
        ("customer.first", "PERSON", _first, 0, 0),
        ("customer.last", "PERSON", _last, 0, 0),
        ("customer.dob", "DATE_OF_BIRTH", _dob_num, 0.1, 0),
        ("customer.email", "EMAIL_ADDRESS", _email, 0, 0),
        ("customer.phone", "PHONE_NUMBER", _ph_mix, 0.3, 0),
        ("shipping.addr1", "STREET_ADDRESS", _addr, 0.05, 0),
        ("birth.place", "LOCATION", lambda r, c, w: r.choice(c.towns)[0], 0.4, 0.05),
        ("attr2", "PERSON", lambda r, c, w: c.person(r).last, 0.5, 0),
        ("kit.barcode", None, lambda r, c, w: _digits(r, 12), 0, 0),
        ("kit.lot", None, _refcol("L", 6), 0, 0),
        ("haplogroup", None, lambda r, c, w: r.choice(_HAPLO), 0.3, 0),
        ("consent.version", None, lambda r, c, w: "v" + _version(r), 0, 0),
        ("payment.card_last4", None, _last4, 0, 0),
        ("payment.amount_aud", None, _amount(99, 399), 0, 0),
        ("lab.site", None, _const("Melbourne", "Brisbane"), 0, 0),
        ("api.partner_key", "API_KEY", lambda r, c, w: _api_key(r), 0.6, 0),
        ("webhook.secret_hash", None, lambda r, c, w: _sha256(r), 0.2, 0),
        ("result.ready_at", None, _ts, 0.3, 0),
        ("session.id", None, lambda r, c, w: _hex(r, 32), 0, 0),
        ("login.ip", "IP_ADDRESS", lambda r, c, w: _ip4(r), 0.2, 0),
    ])


def _tbl_dna_lt(r, rows):
    c = LOCS["LT"]
    return _build(r, rows, c, [
        ("kliento_id", None, _refcol("KL", 6), 0, 0),
        ("vardas", "PERSON", _first, 0, 0),
        ("pavardė", "PERSON", _last, 0, 0),
        ("gimimo_data", "DATE_OF_BIRTH", _dob_num, 0.2, 0),
        ("el_paštas", "EMAIL_ADDRESS", _email, 0.05, 0),
        ("tel_nr", "PHONE_NUMBER", _ph_mix, 0.1, 0),
        ("adresas", "STREET_ADDRESS", _addr, 0.1, 0),
        ("gimimo_vieta", "LOCATION", lambda r, c, w: r.choice(c.towns)[0], 0.3, 0.05),
        ("sąskaita", "IBAN_CODE", _iban_c, 0.5, 0),
        ("slaptažodis", "PASSWORD", lambda r, c, w: _password(r), 0.3, 0),
        ("field_3", "PHONE_NUMBER", lambda r, c, w: c.phone(r, "fixed", "nat"), 0.6, 0),
        ("rinkinio_nr", None, lambda r, c, w: f"RT-LT-{_digits(r, 6)}", 0, 0),
        ("užsakymo_data", None, _date_loc, 0, 0),
        ("suma_eur", None, _amount(59, 249), 0, 0),
        ("būsena", None, _const("išsiųsta", "laboratorijoje", "baigta"), 0, 0),
        ("kortelė", None, _masked, 0.3, 0),
        ("slaptažodžio_keitimo_data", None, _ts, 0.3, 0),
        ("ip_adresas", None, lambda r, c, w: _private_ip(r), 0, 0),
        ("naujienlaiškis", None, _const("taip", "ne"), 0, 0),
        ("versija", None, lambda r, c, w: _version(r), 0, 0),
        ("filialas", None, _const("Vilnius", "Kaunas"), 0, 0),
    ])


def _tbl_ferry_is(r, rows):
    c = LOCS["IS"]
    return _build(r, rows, c, [
        ("bókunarnúmer", None, _refcol("", 7), 0, 0),
        ("nafn", "PERSON", _full, 0, 0),
        ("fæðingardagur", "DATE_OF_BIRTH", _dob_num, 0.3, 0),
        ("sími", "PHONE_NUMBER", lambda r, c, w: c.phone(r, "mobile", "nat"), 0.05, 0),
        ("netfang", "EMAIL_ADDRESS", _email, 0.1, 0),
        ("heimilisfang", "STREET_ADDRESS", _addr, 0.3, 0),
        ("búseta", "LOCATION", _town, 0.2, 0),
        ("bílnúmer", None, lambda r, c, w: _alnum(r, 2, "ABDEFGHIJKLMNOPRSTUVXYZ") + _digits(r, 3), 0.4, 0),
        ("brottför", None, _ts, 0, 0),
        ("leið", None, _const("LAN-VEY", "VEY-LAN", "STY-BRJ"), 0, 0),
        ("sæti", None, lambda r, c, w: f"{r.randrange(1, 50)}{r.choice('ABCD')}", 0.3, 0),
        ("verð_kr", None, lambda r, c, w: str(r.randrange(1500, 25000)), 0, 0),
        ("kort", None, _masked, 0.2, 0),
        ("greitt", None, _const("já", "nei"), 0, 0),
        ("skip", None, _const("Herjólfur", "Baldur", "Sæfari"), 0, 0),
        ("afsláttarkóði", None, lambda r, c, w: "EYJAR" + _digits(r, 2), 0.8, 0),
        ("gæludýr", None, _pet, 0.7, 0),
    ])


def _tbl_ferry_tr(r, rows):
    c = LOCS["TR"]
    return _build(r, rows, c, [
        ("rezervasyon_no", None, _refcol("", 8, True), 0, 0),
        ("yolcu_adi", "PERSON", _first, 0, 0),
        ("yolcu_soyadi", "PERSON", _last, 0, 0),
        ("dogum_tarihi", "DATE_OF_BIRTH", _dob_num, 0.2, 0),
        ("cep_tel", "PHONE_NUMBER", lambda r, c, w: c.phone(r, "mobile", r.choice(["nat", "compact", "intl"])), 0, 0),
        ("eposta", "EMAIL_ADDRESS", _email, 0.1, 0),
        ("adres", "STREET_ADDRESS", _addr, 0.4, 0),
        ("sehir", "LOCATION", _town, 0.1, 0),
        ("kart_no", "CREDIT_CARD", lambda r, c, w: _card(r), 0.6, 0),
        ("son_kullanma", None, lambda r, c, w: f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}", 0.6, 0),
        ("cvv_girildi", None, _const("evet", "hayır"), 0, 0),
        ("tutar_tl", None, _amount(150, 4000), 0, 0),
        ("sefer", None, _const("YNK-BND", "ESK-MDN", "KBT-KDK"), 0, 0),
        ("kalkis_saati", None, _ts, 0, 0),
        ("arac_plaka", None, lambda r, c, w: f"{r.randrange(1, 82):02d} {_alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVYZ')} {_digits(r, 3)}", 0.5, 0),
        ("koltuk", None, lambda r, c, w: f"{r.randrange(1, 300)}", 0, 0),
        ("ip", "IP_ADDRESS", lambda r, c, w: _ip4(r), 0.1, 0),
        ("cihaz_imei", None, lambda r, c, w: _imei(r), 0.4, 0),
        ("app_surum", None, lambda r, c, w: _version(r), 0, 0),
        ("kampanya", None, _const("ERKEN20", "OGRENCI", "-", "YOK"), 0, 0),
        ("sifre_degisim_tarihi", None, _ts, 0.3, 0),
    ])


TABLES = [
    ("marina_berth_holders_gb", _tbl_marina_gb),
    ("jachthaven_ligplaatsen_nl", _tbl_marina_nl),
    ("piano_repair_jobs_us", _tbl_piano_us),
    ("klavierwerkstatt_kunden_de", _tbl_piano_de),
    ("creator_payouts_us", _tbl_payouts_us),
    ("suport_mecenes_ca", _tbl_mecenes_ca),
    ("chimney_service_visits_ie", _tbl_chimney_ie),
    ("ahjupaigaldused_ee", _tbl_stove_ee),
    ("dna_kit_orders_au", _tbl_dna_au),
    ("dnr_klientai_lt", _tbl_dna_lt),
    ("ferja_farthegar_is", _tbl_ferry_is),
    ("yolcu_rezervasyonlari_tr", _tbl_ferry_tr),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in TABLES:
        r = random.Random(f"combe-{seed}-{name}")
        cols = fn(r, rows)
        for col in cols:
            assert len(col.values) == rows
            assert col.entity is None or col.entity in LABELS
        out[name] = cols
    return out


# ============================================================================= API
TEMPLATES = [v for k, v in list(globals().items()) if k.startswith("t_") and callable(v)]
_PHONE_REGIONS = sorted({loc.region for loc in LOCS.values()})


def _check_values(t: Text) -> None:
    for a, b, lab in t.spans:
        v = t.text[a:b]
        if lab == "PHONE_NUMBER":
            ok = False
            for reg in _PHONE_REGIONS:
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                        ok = True
                        break
                except phonenumbers.NumberParseException:
                    pass
            assert ok, ("bad phone", v)
        elif lab == "CREDIT_CARD":
            assert _luhn_ok(v) and len([c for c in v if c.isdigit()]) in (15, 16), v
        elif lab == "IBAN_CODE":
            assert _iban_valid(v), v
        elif lab == "EMAIL_ADDRESS":
            assert "@" in v and " " not in v, v
        elif lab == "US_SSN":
            d = v.replace("-", "").replace(" ", "")
            assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"combe-{seed}")
    out = []
    for i in range(n):
        r = random.Random(f"combe-{seed}-{i}-{rng.randrange(1 << 30)}")
        t = TEMPLATES[i % len(TEMPLATES)](r).text()
        _check_values(t)
        out.append(t)
    return out
