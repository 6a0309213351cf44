"""Accuracy split "fen": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "fen", 2026-11-28 (fixed "today" used for every age and date computation).

Independence: written from the author prompt only. What was read: that prompt (which gave the exact
definitions imported from bench/accuracy_data.py and the project's label conventions), the output of
``ls bench/`` (and a name-only listing of the prompt's scratch folder, no file there opened), and
outputs of Faker (locale/provider listings and sample names) and phonenumbers calls made locally. The scanner (its rules, source, tests, docs, results) was never read or run; Presidio was not run;
bench/accuracy_data.py, bench/accuracy.py, the notes and every other split file were not opened; git was
not used. Ruff was installed into a scratch folder only to lint this file.

API
---
``free_text(n, seed) -> list[Text]`` (text i renders ``TEMPLATES[i % len(TEMPLATES)]`` with its own
``random.Random(f"fen-{seed}-{i}-{name}")``), ``structured(rows, seed) -> dict[str, list[Column]]``
(12 tables, every column ``rows`` long, each column seeded by table, index and header), ``TEMPLATES``
(list of ``(name, locale_key, function)``). Faker instances are re-seeded from the text's rng before every
use; no clock, no set iteration, no hash-order dependence. free_text(500, 7) + structured(150, 11) run in
about one second.

Domains
-------
window-cleaning and gutter service; event-ticketing box office; bicycle repair shop; laundromat and dry
cleaner; portrait and wedding photography studio; food-delivery courier platform; plus generic
support/log/config texts (nginx log, .env config, Slack deploy channel, build log, app logs).

Languages (57 templates)
------------------------
English 32 (56%): US 8, GB 5, CA 3, AU 3, IN 3 (one Hinglish transcript), IE 2, NZ 2, ZA 2, SG 2, NG 2.
Other 25 (44%) over 13 languages: Catalan 3, Icelandic 2, Afrikaans 2, Malay 2, Slovenian 2, Romanian 2,
Turkish 2, Vietnamese 2, Estonian 2, Tagalog/Taglish 2, German 2, French 1, Dutch 1 (ten of them from the
"barely used" list). Names, towns, streets, postcodes, phone formats and date formats follow the text's
country: real town/postcode pairs per locale, local street and address-block formats (US "City, ST ZIP",
GB/IE multi-line with postcode/Eircode, SG "Blk .. #05-12", MY "No. 12, Jalan ..", TR "Cad. No: 4 D: 7,
06420 Çankaya/Ankara", RO "Str. .. nr. .., bl., ap.", VN "Số .. Phường/Quận", ...), phones generated per
region with phonenumbers and kept only when ``is_valid_number`` holds for the text's region (national,
international, E.164 and bare-digit styles), dates of birth in local formats with local month names.

Shapes
------
e-mails with signatures and '>'-quoted replies, a forwarded mail, an Outlook "Original Message" chain,
WhatsApp exports (several locales), Teams and Slack exports, live chats, SMS threads and notification lists,
tickets with internal notes, CRM and call notes, lower-case speech-to-text transcripts, form dumps
(key: value), key=value logs, JSON lines, nginx and application logs, a .env config, OCR'd forms (model
release, W-9) with OCR noise in the labels, tab-separated spreadsheet rows, and two texts with no PII at all
(newsletter, build log) that are dense with look-alikes.

Value rules
-----------
Cards: Luhn-valid via ``_luhn`` (Visa/MC incl. 2-series/Amex/Discover), plain, spaced or dashed. SSNs:
area 001-899 without 666, group 01-99, serial 0001-9999. US bank accounts: 9-12 digits, always next to an
unlabelled ABA routing number with a valid checksum. IBANs: ``_iban_of`` for supported countries, own
mod-97 construction for RO/SI/EE/IS/TR; spaced or not. IPs: ``_ip_public_v4``/``_ip_public_v6``. API keys:
sk_live_/rk_live_/AKIA/ghp_/xoxb-/SG./AIza shapes. Passwords: plaintext, varied shapes. Dates of birth
18-85 years before 2026-11-28.

Label conventions as applied
----------------------------
PERSON: every personal name as written (full, first only, surname only, upper/lower case, "Last, First",
"M. Brennan", Malay "bin/binti" names whole, Vietnamese family-name-first); chat speakers labelled; titles
(Mr/Mrs/Dr/Frau/Mme) outside; brand, venue, shop, package and company names containing names are not
labelled (Johnson's Window Co, Jamie's Italian, Hobson's Choice Cycles, Ben & Jerry's, Jazz at Lincoln
Center, The Kennedy Collection, Paquet Gaudí, Phở Thìn); pet names not labelled. STREET_ADDRESS: street
line + postcode + town as one span; multi-line blocks one span (flat/unit/apartment inside); each
'>'-quoted line its own span; signature business addresses labelled; bare street lines labelled; in
spreadsheet rows "street, suburb" is one span. LOCATION: towns/countries a person lives in, comes from,
moved from, travels to; depot/branch/hub/shop/venue towns unlabelled. DATE_OF_BIRTH: birth dates only.
PASSWORD/API_KEY: plaintext secrets only (hashes, publishable keys, Twilio SIDs, Stripe charge/customer ids,
tokens and session ids unlabelled). EMAIL_ADDRESS: all addresses incl. role addresses. PHONE_NUMBER: all
valid numbers incl. business lines. Spans never include quotes, brackets or trailing punctuation (asserted
in ``B.v``); every span's text is asserted equal to the inserted value and spans are asserted not to
overlap (``B.done``).

Look-alikes (never labelled)
----------------------------
masked cards (**** 1234, XXXX-..-1234, 411111******1234, •••• 1234, ending 1234, x1234), card_last4, expiry,
CVV, card BINs; private and loopback IPs; version strings; bcrypt/argon2/sha256/git hashes; UUIDs;
order/ticket/booking/work-order/tracking/case/claim numbers and barcodes; OTPs, door/gate/lock codes; IMEIs
(Luhn-valid 15 digits); ABA routing numbers alone, sort codes, BSB, IFSC, SA branch codes, non-US account
numbers (GTBank, ABSA, AU); SWIFT/BIC; EINs; invalid SSN shapes (000/666/9xx areas); GPS coordinates;
amounts; timestamps and non-birth dates; vehicle plates and frame numbers; branch/depot/hub towns; pet
names; brand/venue/company names with person names.

Tables (rows per call; columns PII / look-alike; header style)
---------------------------------------------------------------
window_cleaning_customers   en-GB  18: 6/12  snake_case + UPPER (SURNAME), abbreviations (addr1, tel)
window_cleaning_jobs        en-AU  17: 4/13  camelCase + dotted (crew.lead, client.name, contact.ph)
box_office_orders           en-US  19: 6/13  PascalCase
ticket_holders_ro           ro-RO  17: 7/10  Romanian snake_case (nume, prenume, data_nasterii, oras)
bike_repairs_nl             nl-NL  16: 3/13  Dutch, opaque address column (col_7)
bike_club_members_is        is-IS  17: 8/9   Icelandic (nafn, sími, lykilorð, fæðingardagur)
laundry_accounts_my         ms-MY  17: 6/11  Malay snake/camel (nama_penuh, noTel, kata_laluan)
dry_cleaning_orders_tr      tr-TR  18: 5/13  Turkish (musteri_adi, musteri_soyadi, kart_no)
photo_clients_ie            en-IE  18: 8/10  spaced Title Case (Client Name, Gallery Password)
wedding_bookings_cat        ca-ES  18: 8/10  Catalan + opaque (field_3 holds full names)
courier_riders_us           en-US  21: 9/12  UPPER_SNAKE + opaque (field_3 first names, attr2 API keys)
delivery_events_vn          vi-VN  18: 5/13  Vietnamese (tên_khách, sđt, địa_chỉ_giao, tài_xế)
Totals: 214 columns, 75 PII, 139 look-alike. Hard PII columns: first-name-only and surname-only columns,
names under opaque/foreign headers, towns, local-format birth dates, national phones, plaintext passwords,
API keys, US account numbers, IBANs, public IPs, card numbers, multi-line address blocks. Look-alike
columns whose headers sound like PII (email_verified, phone_type, card_last4, DOB Verified, SSN_VERIFIED,
lykilorð_breytt, address_type, naam_product, kata_laluan_hash, PUBLISHABLE_KEY, TAX_ID_MASKED) and whose
values look like PII (product codes, versions, hashes, booking refs, amounts, timestamps, masked values,
private IPs, pet names, branch towns, venue and package names, IMEIs, OTPs, invalid SSN shapes, plates).
Blank rates 0-60% per column; placeholders (N/A, -, unknown, n/a, —) in a few PII columns.

Known limits
------------
Name pools are not gender-aware (a "brother" may get a female first name; Icelandic patronymics may not
match the first name's gender). Streets and towns are drawn independently inside a locale, so a street may
be paired with a town where it does not exist; postcodes are tied to their town. Catalan/Afrikaans/Malay/
Tagalog/Vietnamese/SG/ZA/CA/AU names come from small hand-written pools, others from Faker. IBANs for
RO/SI/EE/IS/TR are check-digit valid but bank codes are not checked against real banks. Chat times are
monotonic within a text; dates across a text are otherwise independent. Table columns are generated
independently, so a row's first-name and surname columns do not belong to the same person.
"""

from __future__ import annotations

import datetime as _dt
import random
import string
import unicodedata
import uuid

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
PER, EML, PHN, CC, SSN, BANK, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                      "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PWD, KEY = ("IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")
assert all(lab in LABELS for lab in (PER, EML, PHN, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PWD, KEY))


# ----------------------------------------------------------------------------------------------------------
# text builder with exact offsets
# ----------------------------------------------------------------------------------------------------------
class B:
    """Append plain text with b("..."), a labelled value with b.v(value, LABEL)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.pos = 0

    def __call__(self, s: str) -> B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, s: str, label: str | None) -> B:
        if label is not None and s:
            assert s == s.strip() and s[-1] not in ",;:)]\"'", (s, label)
            assert s[-1] != "." or label in (PER, ADDR), (s, label)
            self.spans.append((self.pos, self.pos + len(s), label))
            self.vals.append(s)
        return self(s)

    def done(self) -> Text:
        text = "".join(self.parts)
        last = -1
        for (s, e, lab), val in zip(self.spans, self.vals):
            assert text[s:e] == val, (text[s:e], val)
            assert s >= last, ("overlap", val)
            assert lab in LABELS
            last = e
        return Text(text=text, spans=list(self.spans))


# ----------------------------------------------------------------------------------------------------------
# value helpers
# ----------------------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}


def _fk(loc: str, r: random.Random) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(r.getrandbits(32))
    return f


_FOLD = {"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "đ": "d", "Đ": "D",
         "ø": "o", "ß": "ss", "ł": "l", "Ł": "L"}


def ascii_fold(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and (ch.isalnum() or ch in ".-_"))


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def alnum(r: random.Random, n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def ssn(r: random.Random, sep: str = "-") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_bad(r: random.Random) -> str:
    """An SSN-shaped look-alike that is not a valid SSN."""
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}"


def card(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        return _luhn(r, "4", 16)
    if kind == "mc":
        return _luhn(r, r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return _luhn(r, r.choice(["34", "37"]), 15)
    return _luhn(r, "6011", 16)


def card_fmt(r: random.Random, num: str) -> str:
    style = r.random()
    if style < 0.45:
        return num
    sep = " " if style < 0.8 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(r: random.Random) -> str:
    last = digits(r, 4)
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{r.choice('45')}{digits(r, 5)}******{last}",
                     f"•••• {last}", f"ending {last}", f"x{last}"])


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def routing(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def us_acct(r: random.Random) -> str:
    return digits(r, r.choice([9, 10, 10, 11, 12]))


_IBAN_LEN = {"RO": 24, "SI": 19, "EE": 20, "IS": 26, "TR": 26}


def iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_LEN:
        n = _IBAN_LEN[cc] - 4
        if cc == "RO":
            bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(r, n - 4)
        elif cc == "TR":
            bban = digits(r, 5) + "0" + digits(r, n - 6)
        else:
            bban = digits(r, n)
        conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        code = f"{cc}{98 - int(conv) % 97:02d}{bban}"
    else:
        code = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.5
    if spaced:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code


def ip_pub(r: random.Random) -> str:
    return _ip_public_v6(r) if r.random() < 0.15 else _ip_public_v4(r)


def ip_priv(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 5)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])


def version(r: random.Random) -> str:
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 99)}"


def bcrypt(r: random.Random) -> str:
    return "$2b$12$" + alnum(r, 53, string.ascii_letters + string.digits + "./")


def argon(r: random.Random) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${alnum(r, 22)}${alnum(r, 43)}"


def password(r: random.Random) -> str:
    w = r.choice(["Summer", "sunflower", "Tigers", "chelsea", "Pa55word", "Galaxy", "bluebird", "Kolo", "marzipan",
                  "Dragon", "liverpool", "Hamster", "rainbow", "Mango", "Qwerty", "Sunshine", "ninja", "Otter"])
    return r.choice([f"{w}{r.randint(1, 99)}{r.choice('!?#$*@')}", f"{w}{r.randint(1970, 2025)}",
                     f"{r.choice('!#')}{w}_{r.randint(100, 999)}", alnum(r, 12, string.ascii_letters + string.digits + "!#%&*"),
                     f"{w.lower()}{r.choice(['.', '-', '_'])}{alnum(r, 4).lower()}{r.randint(0, 9)}"])


def api_key(r: random.Random) -> str:
    k = r.randint(0, 6)
    if k == 0:
        return "sk_live_" + alnum(r, 24)
    if k == 1:
        return "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567")
    if k == 2:
        return "ghp_" + alnum(r, 36)
    if k == 3:
        return f"xoxb-{digits(r, 11)}-{digits(r, 12)}-{alnum(r, 24)}"
    if k == 4:
        return f"SG.{alnum(r, 22)}.{alnum(r, 43)}"
    if k == 5:
        return "AIza" + alnum(r, 35, string.ascii_letters + string.digits + "-_")
    return "rk_live_" + alnum(r, 32)


def pub_key(r: random.Random) -> str:
    """Not credentials: publishable keys, account SIDs, session ids."""
    return r.choice(["pk_live_" + alnum(r, 24), "AC" + hexs(r, 32), "sess_" + alnum(r, 20), "pk_test_" + alnum(r, 24)])


def gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 60):.5f}, {r.uniform(-120, 150):.5f}"


def bic(r: random.Random) -> str:
    return r.choice(["DEUTDEFF", "BARCGB22", "INGBNL2A", "BTRLRO22", "CAIXESBBXXX", "ISBKISRE", "HABAEE2X", "LJBASI2X",
                     "TCZBTR2A", "MBBEMYKL", "VCBVVNVX", "BOFAUS3N", "CHASUS33", "ABSAZAJJ", "DBSSSGSG"])


def ref(r: random.Random, pre: str, n: int = 6) -> str:
    return pre + digits(r, n)


def amount(r: random.Random, cur: str = "$") -> str:
    v = r.randint(5, 900) + r.choice([0, 0.5, 0.99, 0.25])
    return f"{cur}{v:.2f}"


def stamp(r: random.Random, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    d = _dt.datetime(2026, 1, 1) + _dt.timedelta(seconds=r.randint(0, 330 * 86400))
    return d.strftime(fmt)


def day(r: random.Random, lo: int = -200, hi: int = 60) -> _dt.date:
    return TODAY + _dt.timedelta(days=r.randint(lo, hi))


def birth(r: random.Random, lo: int = 18, hi: int = 82) -> _dt.date:
    return TODAY - _dt.timedelta(days=r.randint(lo * 365 + 5, hi * 365))


class Clock:
    """Monotonic chat clock: each call returns a later time formatted with fmt."""

    def __init__(self, r: random.Random, fmt: str = "%H:%M") -> None:
        self.r, self.fmt = r, fmt
        self.t = _dt.datetime(2026, 1, 1, 7) + _dt.timedelta(days=r.randint(0, 320), minutes=r.randint(0, 600))

    def __call__(self) -> str:
        self.t += _dt.timedelta(minutes=self.r.randint(1, 25))
        return self.t.strftime(self.fmt)


def phone_num(r: random.Random, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    t = phonenumbers.PhoneNumberType
    ex = phonenumbers.example_number_for_type(region, t.MOBILE if mobile else t.FIXED_LINE)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, t.MOBILE)
    nat = str(ex.national_number)
    for k in range(600):
        keep = r.choice([0, 1, 1, 2, 3]) if k < 500 else max(2, len(nat) - 6)
        cand = nat[:keep] + digits(r, len(nat) - keep)
        n = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand),
                                     italian_leading_zero=ex.italian_leading_zero)
        if phonenumbers.is_valid_number(n):
            return n
    return ex


def phone(r: random.Random, region: str, style: str | None = None, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = r.random() < 0.7
    n = phone_num(r, region, mobile)
    style = style or r.choice(["nat", "nat", "intl", "e164"])
    f = phonenumbers.PhoneNumberFormat
    if style == "nat":
        s = phonenumbers.format_number(n, f.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(n, f.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(n, f.E164)
    else:  # raw national digits
        s = "".join(ch for ch in phonenumbers.format_number(n, f.NATIONAL) if ch.isdigit())
    chk = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(chk), (s, region)
    return s


# ----------------------------------------------------------------------------------------------------------
# locales: names, towns with postcodes, streets, address and date formats
# ----------------------------------------------------------------------------------------------------------
_POOLS = {
    "ca": (["Jordi", "Núria", "Pau", "Montserrat", "Arnau", "Laia", "Oriol", "Mercè", "Marc", "Aina", "Xavier", "Roser",
            "Pol", "Meritxell", "Gerard", "Neus"],
           ["Puig", "Vila", "Soler", "Ferrer", "Roca", "Serra", "Pujol", "Font", "Casals", "Bosch", "Riera", "Camps",
            "Vidal", "Sala", "Coll", "Mas"]),
    "af": (["Pieter", "Annelie", "Johan", "Marietjie", "Riaan", "Elmarie", "Hendrik", "Sunette", "Francois", "Lize",
            "Wikus", "Karlien", "Jaco", "Ronel", "Deon", "Anri"],
           ["van der Merwe", "Botha", "Pretorius", "Nel", "du Plessis", "Venter", "Joubert", "Coetzee", "Steyn",
            "Swanepoel", "Kruger", "le Roux", "Fourie", "Visser", "Bezuidenhout", "Marais"]),
    "ms": (["Ahmad", "Nurul", "Muhammad", "Siti", "Hafiz", "Aisyah", "Faizal", "Farah", "Azlan", "Nadia", "Hakim",
            "Zulaikha", "Amirul", "Liyana", "Syafiq", "Izzati"],
           ["bin Ismail", "binti Rahman", "bin Abdullah", "binti Hassan", "bin Osman", "binti Yusof", "bin Ibrahim",
            "binti Salleh", "bin Kamal", "binti Aziz"]),
    "tl": (["Juan", "Maria", "Jose", "Ana", "Mark", "Kristine", "Rodel", "Jennifer", "Ramon", "Liza", "Joshua", "Mylene",
            "Carlo", "Rowena", "Jerome", "Analyn"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Castillo",
            "Ramos", "Domingo", "Pascual", "Manalo", "Dizon", "Soriano", "Navarro"]),
    "vi": (["An", "Lan", "Minh", "Hương", "Tuấn", "Thảo", "Dũng", "Mai", "Hùng", "Linh", "Quang", "Ngọc", "Phương",
            "Trang", "Khoa", "Vy"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]),
    "sg": (["Wei Ling", "Jun Jie", "Hui Min", "Kai Wen", "Siti", "Muhammad", "Priya", "Rajesh", "Mei Xin", "Darren",
            "Nicole", "Ravi", "Farhan", "Jasmine"],
           ["Tan", "Lim", "Ng", "Lee", "Wong", "Goh", "Chua", "Ong", "Koh", "Teo", "Rahman", "Kumar", "Nair", "Pillai"]),
    "za": (["Thabo", "Lerato", "Sipho", "Nomvula", "Ruan", "Chantelle", "Kagiso", "Zanele", "Michael", "Ayesha",
            "Bongani", "Tshepo", "Megan", "Naledi"],
           ["Nkosi", "Dlamini", "Mokoena", "Naidoo", "van Wyk", "Botha", "Khumalo", "Mahlangu", "Smith", "Pillay",
            "Ndlovu", "Jacobs", "Sithole", "Molefe"]),
    "ca_en": (["Liam", "Chloé", "Ethan", "Olivia", "Noah", "Emma", "Mathieu", "Avery", "Jacob", "Sophie", "Tyler",
               "Madison", "Gurpreet", "Brayden"],
              ["Tremblay", "Smith", "MacDonald", "Roy", "Wilson", "Gagnon", "Campbell", "Brown", "Singh", "Martin",
               "Leblanc", "Fraser", "Anderson", "Wong"]),
    "au": (["Jack", "Charlotte", "Lachlan", "Matilda", "Cooper", "Isla", "Harrison", "Mia", "Riley", "Zoe", "Angus",
            "Chloe", "Lucas", "Ella"],
           ["Smith", "Jones", "Williams", "Nguyen", "Taylor", "Kelly", "O'Brien", "Wilson", "Thompson", "Murphy",
            "Ryan", "Walker", "Papadopoulos", "Singh"]),
}
_FAKER_NAME = {"us": "en_US", "gb": "en_GB", "in": "en_IN", "ie": "en_IE", "nz": "en_NZ", "ng": "en_NG",
               "is": "is_IS", "sl": "sl_SI", "ro": "ro_RO", "tr": "tr_TR", "et": "et_EE", "de": "de_DE",
               "fr": "fr_FR", "nl": "nl_NL"}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}


class Loc:
    def __init__(self, key: str, lang: str, region: str, towns: list[tuple[str, str, str]], streets: list[str],
                 fmt, dates: list[str], iban_cc: str, domains: list[str]) -> None:
        self.key, self.lang, self.region = key, lang, region
        self.towns, self.streets, self.fmt, self.dates = towns, streets, fmt, dates
        self.iban_cc, self.domains = iban_cc, domains

    # names -------------------------------------------------------------------------------------------------
    def person(self, r: random.Random) -> Person:
        if self.key in _FAKER_NAME:
            f = _fk(_FAKER_NAME[self.key], r)
            first, last = f.first_name(), f.last_name()
        else:
            firsts, lasts = _POOLS[{"ca": "ca", "af": "af", "ms": "ms", "tl": "tl", "vi": "vi", "sg": "sg", "za": "za",
                                    "caen": "ca_en", "au": "au"}[self.key]]
            first, last = r.choice(firsts), r.choice(lasts)
        if self.key == "vi":
            mid = r.choice(["Văn", "Thị", "Minh", "Đức", "Thanh", "Ngọc", "Quốc"])
            full = f"{last} {mid} {first}"
        elif self.key == "ms":
            full = f"{first} {last}"
            last = last.split(" ", 1)[1]
        else:
            full = f"{first} {last}"
        base = ascii_fold(first.split(" ")[0]).lower() or "user"
        lb = ascii_fold(last.replace(" ", "")).lower() or "x"
        user = r.choice([f"{base}.{lb}", f"{base[0]}{lb}", f"{base}{r.randint(1, 99)}", f"{base}_{lb}",
                         f"{lb}.{base}"])
        return Person(first, last, full, f"{user}@{r.choice(self.domains)}")

    # places ------------------------------------------------------------------------------------------------
    def town(self, r: random.Random) -> str:
        return r.choice(self.towns)[0]

    def addr_lines(self, r: random.Random, unit: bool | None = None) -> list[str]:
        t = r.choice(self.towns)
        if unit is None:
            unit = r.random() < 0.3
        return self.fmt(r, r.choice(self.streets), r.randint(1, 240), t, unit)

    def addr(self, r: random.Random, unit: bool | None = None) -> str:
        return ", ".join(self.addr_lines(r, unit))

    def street(self, r: random.Random) -> str:
        return self.addr_lines(r, False)[0]

    # dates -------------------------------------------------------------------------------------------------
    def date(self, r: random.Random, d: _dt.date) -> str:
        f = r.choice(self.dates)
        m = _MONTHS.get(self.lang, _MONTHS["en"])[d.month - 1]
        return (f.replace("%B", m).replace("%b", m[:3]).replace("%-d", str(d.day)).replace("%-m", str(d.month))
                .replace("%d", f"{d.day:02d}").replace("%y", f"{d.year % 100:02d}").replace("%m", f"{d.month:02d}").replace("%Y", str(d.year)))

    def phone(self, r: random.Random, style: str | None = None, mobile: bool | None = None) -> str:
        return phone(r, self.region, style, mobile)

    def iban(self, r: random.Random, spaced: bool | None = None) -> str:
        return iban(r, self.iban_cc, spaced)


class Person:
    def __init__(self, first: str, last: str, full: str, email: str) -> None:
        self.first, self.last, self.full, self.email = first, last, full, email


def _f_us(r, s, n, t, u):
    return [f"{n} {s}"] + ([r.choice([f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Unit {r.randint(1, 400)}"])] if u else []) + [f"{t[0]}, {t[2]} {t[1]}"]


def _f_gb(r, s, n, t, u):
    return ([f"Flat {r.randint(1, 20)}"] if u else []) + [f"{n} {s}", t[0], t[1]]


def _f_ca(r, s, n, t, u):
    return [(f"{r.randint(1, 2400)}-" if u else "") + f"{n} {s}", f"{t[0]}, {t[2]} {t[1]}"]


def _f_au(r, s, n, t, u):
    return [(f"Unit {r.randint(1, 40)}/" if u else "") + f"{n} {s}", f"{t[0]} {t[2]} {t[1]}"]


def _f_in(r, s, n, t, u):
    return [f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {r.choice(['Sai Residency', 'Green Park Apts', 'Shanti Niwas', 'Lotus Enclave'])}" if u else f"{n}, {r.choice(['2nd Cross', '4th Main', 'Sector ' + str(r.randint(2, 60))])}",
            s, f"{t[0]} {t[1]}"]


def _f_ie(r, s, n, t, u):
    return ([f"Apt {r.randint(1, 40)}"] if u else []) + [f"{n} {s}", t[0], t[2], t[1]]


def _f_nz(r, s, n, t, u):
    return [(f"{r.randint(1, 9)}/" if u else "") + f"{n} {s}", t[2], f"{t[0]} {t[1]}"]


def _f_za(r, s, n, t, u):
    return ([f"Unit {r.randint(1, 60)} {r.choice(['Bellavista', 'Oak Gardens', 'Seaview Court'])}"] if u else []) + [f"{n} {s}", t[2], t[0], t[1]]


def _f_af(r, s, n, t, u):
    return ([f"Eenheid {r.randint(1, 60)}"] if u else []) + [f"{s} {n}", t[2], f"{t[0]}, {t[1]}"]


def _f_sg(r, s, n, t, u):
    return [f"Blk {r.randint(100, 899)} {s}", f"#{r.randint(2, 25):02d}-{r.randint(1, 400):02d}", f"{t[0]} {t[1][:2]}{digits(r, 4)}"]


def _f_ng(r, s, n, t, u):
    return [f"{n} {s}", t[2], t[0]]


def _f_ca_es(r, s, n, t, u):
    return [f"{s}, {n}" + (f", {r.randint(1, 6)}r {r.randint(1, 4)}a" if u else ""), f"{t[1]} {t[0]}"]


def _f_is(r, s, n, t, u):
    return [f"{s} {n}" + (f", íbúð {r.randint(1, 4)}0{r.randint(1, 9)}" if u else ""), f"{t[1]} {t[0]}"]


def _f_ms(r, s, n, t, u):
    return [f"No. {n}, {s}", f"{t[1]} {t[0]}, {t[2]}"]


def _f_tl(r, s, n, t, u):
    return [f"{n} {s}", f"Brgy. {t[2]}", f"{t[0]} {t[1]}"]


def _f_vi(r, s, n, t, u):
    return [f"Số {n} {s}", t[2], t[0]]


def _f_sl(r, s, n, t, u):
    return [f"{s} {n}", f"{t[1]} {t[0]}"]


def _f_ro(r, s, n, t, u):
    return [f"Str. {s} nr. {n}" + (f", bl. {r.choice('ABCD')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}" if u else ""), f"{t[1]} {t[0]}"]


def _f_tr(r, s, n, t, u):
    return [f"{s} No: {n}" + (f" D: {r.randint(1, 20)}" if u else ""), f"{t[1]} {t[2]}/{t[0]}"]


def _f_et(r, s, n, t, u):
    return [f"{s} {n}" + (f"-{r.randint(1, 40)}" if u else ""), f"{t[1]} {t[0]}"]


def _f_de(r, s, n, t, u):
    return [f"{s} {n}" + (r.choice(["a", "b"]) if u else ""), f"{t[1]} {t[0]}"]


def _f_fr(r, s, n, t, u):
    return ([f"Appt {r.randint(1, 40)}, bât. {r.choice('ABC')}"] if u else []) + [f"{n} {s}", f"{t[1]} {t[0]}"]


def _f_nl(r, s, n, t, u):
    return [f"{s} {n}" + (f"-{r.randint(1, 3)}" if u else ""), f"{t[1]} {t[0]}"]


LOCS: dict[str, Loc] = {
    "us": Loc("us", "en", "US", [("Columbus", "43215", "OH"), ("Tucson", "85719", "AZ"), ("Raleigh", "27601", "NC"),
                                 ("Spokane", "99201", "WA"), ("Omaha", "68102", "NE"), ("Albany", "12207", "NY"),
                                 ("Boise", "83702", "ID"), ("Savannah", "31401", "GA")],
              ["Maple Ave", "W 3rd St", "Oak Ridge Dr", "Lincoln Blvd", "Pine Street", "Cedar Ln", "Elm Ct", "Main St"],
              _f_us, ["%m/%d/%Y", "%-m/%-d/%Y", "%B %-d, %Y", "%Y-%m-%d"], "DE", ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]),
    "gb": Loc("gb", "en", "GB", [("Leeds", "LS6 2AB", ""), ("Bristol", "BS7 8QT", ""), ("Norwich", "NR2 4EF", ""),
                                 ("Sheffield", "S11 8YD", ""), ("Cardiff", "CF24 3DG", ""), ("York", "YO31 7PB", ""),
                                 ("Brighton", "BN2 1RA", "")],
              ["Station Road", "Victoria Street", "Church Lane", "Mill Road", "Albert Terrace", "Park View", "High Street"],
              _f_gb, ["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y", "%-d %b %Y"], "GB", ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"]),
    "caen": Loc("caen", "en", "CA", [("Toronto", "M4C 1B5", "ON"), ("Halifax", "B3H 1W5", "NS"), ("Calgary", "T2N 1N4", "AB"),
                                     ("Winnipeg", "R3C 0V8", "MB"), ("Victoria", "V8V 3K4", "BC"), ("Ottawa", "K1S 2N5", "ON")],
                ["Queen St E", "Spring Garden Rd", "Kensington Rd NW", "Portage Ave", "Fort St", "Bank St", "Danforth Ave"],
                _f_ca, ["%Y-%m-%d", "%m/%d/%Y", "%B %-d, %Y"], "FR", ["rogers.com", "gmail.com", "shaw.ca", "sympatico.ca"]),
    "au": Loc("au", "en", "AU", [("Fitzroy", "3065", "VIC"), ("Newtown", "2042", "NSW"), ("Fremantle", "6160", "WA"),
                                 ("Toowong", "4066", "QLD"), ("Glenelg", "5045", "SA"), ("Hobart", "7000", "TAS")],
              ["Wattle St", "Brunswick St", "King Street", "High St", "Coogee Pde", "Jetty Rd", "Sandy Bay Rd"],
              _f_au, ["%d/%m/%Y", "%-d %B %Y", "%d/%m/%y"], "GB", ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"]),
    "in": Loc("in", "en", "IN", [("Pune", "411001", "MH"), ("Bengaluru", "560038", "KA"), ("Chennai", "600017", "TN"),
                                 ("Jaipur", "302001", "RJ"), ("Kochi", "682016", "KL"), ("Hyderabad", "500034", "TS")],
              ["MG Road", "Indiranagar 100 Feet Rd", "Usman Road", "MI Road", "Banjara Hills Road No 12", "Karve Road"],
              _f_in, ["%d/%m/%Y", "%d-%m-%Y", "%-d %B %Y"], "GB", ["gmail.com", "rediffmail.com", "yahoo.co.in"]),
    "ie": Loc("ie", "en", "IE", [("Ennis", "V95 X2Y3", "Co. Clare"), ("Galway", "H91 E2K3", "Co. Galway"),
                                 ("Tralee", "V92 P2W8", "Co. Kerry"), ("Dundalk", "A91 K5N2", "Co. Louth"),
                                 ("Sligo", "F91 H6P4", "Co. Sligo")],
              ["Church Street", "Main Street", "O'Connell Street", "Bridge Street", "Castle Road", "Abbey Lane"],
              _f_ie, ["%d/%m/%Y", "%-d %B %Y"], "IE", ["eircom.net", "gmail.com", "hotmail.com"]),
    "nz": Loc("nz", "en", "NZ", [("Wellington", "6011", "Te Aro"), ("Auckland", "1021", "Grey Lynn"),
                                 ("Christchurch", "8011", "Sydenham"), ("Dunedin", "9016", "Roslyn"),
                                 ("Hamilton", "3216", "Hillcrest")],
              ["Cuba Street", "Richmond Road", "Colombo Street", "Highgate", "Clyde Street", "Karangahape Road"],
              _f_nz, ["%d/%m/%Y", "%-d %B %Y"], "GB", ["xtra.co.nz", "gmail.com", "slingshot.co.nz"]),
    "za": Loc("za", "en", "ZA", [("Cape Town", "8001", "Gardens"), ("Johannesburg", "2196", "Parkhurst"),
                                 ("Durban", "4001", "Morningside"), ("Pretoria", "0181", "Brooklyn"),
                                 ("Gqeberha", "6001", "Walmer")],
              ["Long Street", "4th Avenue", "Florida Road", "Jan Smuts Avenue", "Main Road", "Church Street"],
              _f_za, ["%Y/%m/%d", "%d/%m/%Y", "%-d %B %Y"], "GB", ["gmail.com", "mweb.co.za", "telkomsa.net"]),
    "sg": Loc("sg", "en", "SG", [("Singapore", "56", ""), ("Singapore", "64", ""), ("Singapore", "52", ""),
                                 ("Singapore", "31", "")],
              ["Ang Mo Kio Ave 3", "Jurong West St 42", "Tampines St 21", "Toa Payoh Lor 1", "Bedok North Rd"],
              _f_sg, ["%d/%m/%Y", "%-d %b %Y", "%d-%m-%Y"], "GB", ["gmail.com", "singnet.com.sg", "yahoo.com.sg"]),
    "ng": Loc("ng", "en", "NG", [("Lagos", "", "Ikeja"), ("Lagos", "", "Victoria Island"), ("Abuja", "", "Wuse 2"),
                                 ("Ibadan", "", "Bodija"), ("Port Harcourt", "", "GRA Phase 2")],
              ["Adeola Odeku Street", "Allen Avenue", "Aminu Kano Crescent", "Awolowo Road", "Aba Road"],
              _f_ng, ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], "GB", ["gmail.com", "yahoo.com", "outlook.com"]),
    "ca": Loc("ca", "ca", "ES", [("Barcelona", "08012", ""), ("Girona", "17002", ""), ("Lleida", "25002", ""),
                                 ("Tarragona", "43003", ""), ("Sabadell", "08201", ""), ("Vic", "08500", "")],
              ["Carrer de Mallorca", "Carrer Gran de Gràcia", "Passeig de Sant Joan", "Carrer Major", "Rambla Nova",
               "Carrer de la Riera"],
              _f_ca_es, ["%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y"], "ES", ["gmail.com", "telefonica.net", "yahoo.es"]),
    "is": Loc("is", "is", "IS", [("Reykjavík", "101", ""), ("Kópavogur", "200", ""), ("Akureyri", "600", ""),
                                 ("Hafnarfjörður", "220", ""), ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
              ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hamraborg", "Hafnarstræti", "Strandgata"],
              _f_is, ["%d.%m.%Y", "%-d. %B %Y"], "IS", ["simnet.is", "gmail.com", "internet.is"]),
    "af": Loc("af", "af", "ZA", [("Stellenbosch", "7600", "Die Boord"), ("Bloemfontein", "9301", "Westdene"),
                                 ("Potchefstroom", "2531", "Die Bult"), ("Paarl", "7646", "Noorder-Paarl"),
                                 ("George", "6529", "Heatherpark")],
              ["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Bosmanstraat", "Langstraat", "Rivierweg"],
              _f_af, ["%Y-%m-%d", "%-d %B %Y", "%d/%m/%Y"], "GB", ["gmail.com", "vodamail.co.za", "mweb.co.za"]),
    "ms": Loc("ms", "ms", "MY", [("Petaling Jaya", "47300", "Selangor"), ("Shah Alam", "40150", "Selangor"),
                                 ("Johor Bahru", "80100", "Johor"), ("Ipoh", "30450", "Perak"),
                                 ("Kuala Lumpur", "50450", "Wilayah Persekutuan"), ("Kuching", "93200", "Sarawak")],
              ["Jalan SS2/24", "Jalan Tun Razak", "Jalan Ampang", "Jalan Sultan Iskandar", "Jalan Bukit Bintang",
               "Lorong Mawar 3"],
              _f_ms, ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], "GB", ["gmail.com", "yahoo.com.my", "tm.net.my"]),
    "tl": Loc("tl", "tl", "PH", [("Makati City", "1203", "San Antonio"), ("Quezon City", "1101", "Krus na Ligas"),
                                 ("Cebu City", "6000", "Lahug"), ("Davao City", "8000", "Poblacion"),
                                 ("Pasig City", "1600", "Kapitolyo")],
              ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Gen. Luna St.", "Aguinaldo Hwy", "Sampaguita St."],
              _f_tl, ["%m/%d/%Y", "%B %-d, %Y", "%Y-%m-%d"], "GB", ["gmail.com", "yahoo.com", "ymail.com"]),
    "vi": Loc("vi", "vi", "VN", [("Hà Nội", "", "Quận Hoàn Kiếm"), ("TP. Hồ Chí Minh", "", "Quận 3"),
                                 ("Đà Nẵng", "", "Quận Hải Châu"), ("Huế", "", "Phường Phú Hội"),
                                 ("Cần Thơ", "", "Quận Ninh Kiều")],
              ["Phố Huế", "Đường Lê Lợi", "Đường Nguyễn Trãi", "Phố Hàng Bạc", "Đường Trần Hưng Đạo", "Đường Bạch Đằng"],
              _f_vi, ["%d/%m/%Y", "ngày %-d tháng %-m năm %Y", "%d-%m-%Y"], "GB", ["gmail.com", "yahoo.com.vn", "fpt.vn"]),
    "sl": Loc("sl", "sl", "SI", [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""),
                                 ("Kranj", "4000", ""), ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
              ["Slovenska cesta", "Trubarjeva ulica", "Partizanska cesta", "Prešernova ulica", "Gosposka ulica",
               "Cankarjeva ulica"],
              _f_sl, ["%d.%m.%Y", "%-d. %-m. %Y", "%-d. %B %Y"], "SI", ["siol.net", "gmail.com", "t-2.net"]),
    "ro": Loc("ro", "ro", "RO", [("Cluj-Napoca", "400001", ""), ("Iași", "700028", ""), ("Timișoara", "300011", ""),
                                 ("Brașov", "500030", ""), ("Constanța", "900178", ""), ("Sibiu", "550182", "")],
              ["Mihai Eminescu", "Republicii", "Avram Iancu", "Ion Creangă", "Lungă", "Memorandumului"],
              _f_ro, ["%d.%m.%Y", "%d/%m/%Y", "%-d %B %Y"], "RO", ["yahoo.com", "gmail.com", "rdslink.ro"]),
    "tr": Loc("tr", "tr", "TR", [("Ankara", "06420", "Çankaya"), ("İzmir", "35210", "Konak"),
                                 ("İstanbul", "34710", "Kadıköy"), ("Bursa", "16040", "Osmangazi"),
                                 ("Eskişehir", "26130", "Tepebaşı"), ("Antalya", "07100", "Muratpaşa")],
              ["Atatürk Cad.", "Bağdat Cad.", "Kıbrıs Şehitleri Cad.", "Cumhuriyet Cad.", "Gazi Mustafa Kemal Blv.",
               "Çiçek Sk."],
              _f_tr, ["%d.%m.%Y", "%d/%m/%Y", "%-d %B %Y"], "TR", ["gmail.com", "hotmail.com", "yandex.com.tr"]),
    "et": Loc("et", "et", "EE", [("Tallinn", "10141", ""), ("Tartu", "51004", ""), ("Pärnu", "80010", ""),
                                 ("Narva", "20308", ""), ("Viljandi", "71020", "")],
              ["Pärnu mnt", "Narva mnt", "Riia tn", "Rüütli tn", "Tähe tn", "Lossi tn"],
              _f_et, ["%d.%m.%Y", "%-d. %B %Y"], "EE", ["gmail.com", "hot.ee", "mail.ee"]),
    "de": Loc("de", "de", "DE", [("Leipzig", "04109", ""), ("Freiburg im Breisgau", "79098", ""), ("Kassel", "34117", ""),
                                 ("Münster", "48143", ""), ("Bremen", "28195", "")],
              ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Lindenallee", "Am Markt", "Schillerweg"],
              _f_de, ["%d.%m.%Y", "%-d. %B %Y"], "DE", ["gmx.de", "web.de", "t-online.de"]),
    "fr": Loc("fr", "fr", "FR", [("Lyon", "69002", ""), ("Nantes", "44000", ""), ("Lille", "59800", ""),
                                 ("Montpellier", "34000", ""), ("Rennes", "35000", "")],
              ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas", "place du Marché"],
              _f_fr, ["%d/%m/%Y", "%-d %B %Y"], "FR", ["orange.fr", "free.fr", "laposte.net"]),
    "nl": Loc("nl", "nl", "NL", [("Utrecht", "3511 LK", ""), ("Groningen", "9711 HV", ""), ("Haarlem", "2011 RC", ""),
                                 ("Eindhoven", "5611 EM", ""), ("Leiden", "2311 EW", "")],
              ["Kerkstraat", "Oudegracht", "Molenweg", "Stationsplein", "Lange Nieuwstraat", "Dorpsstraat"],
              _f_nl, ["%d-%m-%Y", "%-d %B %Y"], "NL", ["ziggo.nl", "kpnmail.nl", "gmail.com"]),
}


# ----------------------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, str, object]] = []


def tpl(loc: str):
    def deco(fn):
        TEMPLATES.append((fn.__name__, loc, fn))
        return fn
    return deco


def nm(r: random.Random, p: Person, forms: str = "ffffFLxiul") -> str:
    k = r.choice(forms)
    return {"f": p.full, "F": p.first, "L": p.last, "x": f"{p.last}, {p.first}", "i": f"{p.first} {p.last[0]}.",
            "u": p.full.upper(), "l": p.full.lower()}[k]


def quoted(b: B, lines: list[str], label: str | None) -> B:
    for ln in lines:
        b("> ").v(ln, label)("\n")
    return b


def block(b: B, lines: list[str], label: str = ADDR) -> B:
    return b.v("\n".join(lines), label)


BRANDS = ["Johnson's Window Co", "Ben & Jerry's", "Dr. Martens", "Tim Hortons", "McDonald's", "Ronald McDonald House",
          "Jamie's Italian", "Trek Madone", "Sally Hansen", "Ted Baker", "Marie Curie Hospice", "Hobson's Choice Cycles"]
PETS = ["Biscuit", "Max", "Luna", "Mochi", "Rex", "Pepper", "Bella", "Simba", "Kiwi", "Bruno"]


# ---- English: US --------------------------------------------------------------------------------------------
@tpl("us")
def us_email_gutter(b, r, c):
    p, s = c.person(r), c.person(r)
    town = c.town(r)
    b(f"Subject: Re: gutter cleaning quote #{ref(r, 'Q-', 5)}\nFrom: ").v(p.full, PER)(" <").v(p.email, EML)(">\n")
    b("To: ").v("office@clearviewgutters.com", EML)("\nHi ").v(s.first, PER)(",\n\nThanks for coming out Tuesday. The quote of ")(amount(r))(" works for us. ")
    b("Can you do the back windows too? Our dog ").v(r.choice(PETS), None)(" will be inside. ")
    b("Gate code is ")(digits(r, 4))(". If nobody answers, call my cell ").v(c.phone(r), PHN)(".\n\n")
    b("We just moved here from ").v(c.town(r) if r.random() < 0.5 else "Denver", LOC)(" so still figuring out the neighborhood.\n\n")
    b("Best,\n").v(nm(r, p, "fF"), PER)("\n\n")
    when = c.date(r, day(r))
    b(f"On {when}, ").v(s.full, PER)(" <").v(f"{ascii_fold(s.first).lower()}@clearviewgutters.com", EML)("> wrote:\n")
    b("> Hi, here is the quote for the property at\n")
    quoted(b, c.addr_lines(r, False), ADDR)
    b(f"> Service window: 8am-12pm. Crew leaves from our {town} depot.\n> Clearview Gutters | ")
    b.v(c.phone(r, "nat", False), PHN)("\n")


@tpl("us")
def us_ticket_boxoffice(b, r, c):
    p = c.person(r)
    cn = card(r)
    b(f"Ticket #{digits(r, 6)} | Priority: High | Queue: Box Office Billing\nRequester: ").v(p.full, PER)(" (").v(p.email, EML)(")\n\n")
    b("Customer says she was charged twice for 2x GA tickets to the Oct 12 show (order ")(ref(r, "ORD-", 8))("). ")
    b("Statement shows two holds of ")(amount(r))(" on the card ending ")(digits(r, 4))(".\n\n")
    b("--- internal note (").v(c.person(r).first, PER)(") ---\nShe read the full number over the phone, pasting so finance can match: ")
    b.v(card_fmt(r, cn), CC)(" exp ")(expiry(r))(" cvv ")(digits(r, 3))(". Masked in Stripe as ")(masked_card(r))(".\n")
    b("Stripe charge ")("ch_" + alnum(r, 24))(", customer cus_")(alnum(r, 14))(". Refund one hold, ticket ")(ref(r, "TKT-", 7))
    b(" stays valid. Billing ZIP on file: ")(r.choice(c.towns)[1])(".\nCallback: ").v(c.phone(r, "nat"), PHN)("\n")


@tpl("us")
def us_courier_onboarding(b, r, c):
    p = c.person(r)
    dob = birth(r, 19, 60)
    b("=== Courier onboarding export ===\n")
    b("applicant_id: ")(uid(r))("\nlegal_name: ").v(p.full, PER)("\npreferred_name: ").v(p.first, PER)("\n")
    b("date_of_birth: ").v(c.date(r, dob), DOB)("\nssn: ").v(ssn(r, r.choice(["-", "-", " ", ""])), SSN)("\n")
    b("home_address: ").v(c.addr(r), ADDR)("\nmobile: ").v(c.phone(r), PHN)("\nemail: ").v(p.email, EML)("\n")
    b("bank_routing: ")(routing(r))("\nbank_account: ").v(us_acct(r), BANK)("\naccount_type: checking\n")
    b("vehicle: ")(r.choice(["e-bike", "2014 Honda Civic", "scooter", "Trek FX 2"]))("\ndevice_imei: ")(imei(r))("\n")
    b("background_check_id: ")(ref(r, "BGC-", 9))("\nsubmitted_at: ")(stamp(r, "%Y-%m-%dT%H:%M:%SZ"))("\n")
    b("signup_ip: ").v(_ip_public_v4(r), IP)("\nhome_zone: ")(r.choice(["Downtown", "Eastside", "Airport"]))("\n")


@tpl("us")
def us_nginx_log(b, r, c):
    for _ in range(r.randint(4, 6)):
        k = r.random()
        ts = stamp(r, "%d/%b/%Y:%H:%M:%S +0000")
        if k < 0.45:
            b.v(_ip_public_v4(r), IP)(f" - - [{ts}] \"GET /api/v2/orders/{digits(r, 7)} HTTP/1.1\" 200 {r.randint(200, 9000)} \"-\" \"okhttp/{version(r)}\"\n")
        elif k < 0.7:
            b(ip_priv(r))(f" - - [{ts}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.{r.randint(20, 31)}\"\n")
        elif k < 0.85:
            p = c.person(r)
            b.v(ip_pub(r), IP)(f" - - [{ts}] \"POST /login?email=").v(p.email, EML)
            b(" HTTP/1.1\" 401 87 \"-\" \"Mozilla/5.0\"\n")
        else:
            b(f"{ts} [warn] upstream timed out, client: ").v(_ip_public_v4(r), IP)(", server: api.dropbike.app, upstream: \"http://")
            b(ip_priv(r))(":8080\", request_id=")(uid(r))("\n")


@tpl("us")
def us_sms_bikeshop(b, r, c):
    p = c.person(r)
    ck = Clock(r, "%-m/%-d/%y %-I:%M %p")
    b(f"[{ck()}] Spokes & Sprockets: Hi ").v(p.first, PER)(", your ")(r.choice(["Trek Marlin 5", "Specialized Rockhopper", "Giant Escape 3"]))
    b(f" is ready for pickup. Work order WO-{digits(r, 5)}, total {amount(r)}. Reply STOP to opt out.\n")
    b(f"[{ck()}] Me: great thx. can my brother ").v(c.person(r).first, PER)(" grab it? his number is ").v(c.phone(r, r.choice(["nat", "raw"])), PHN)("\n")
    b(f"[{ck()}] Spokes & Sprockets: Sure, he just needs the pickup code ")(digits(r, 6))(". We close at 6.\n")
    b(f"[{ck()}] Me: also pls charge the card on file not the amex, the visa ending ")(digits(r, 4))("\n")


@tpl("us")
def us_env_config(b, r, c):
    b(f"# courier-dispatch service v{version(r)}\n# last edited by ").v(c.person(r).full, PER)(" on ")(str(day(r)))("\n")
    b("APP_ENV=production\nDB_HOST=")(ip_priv(r))("\nDB_USER=dispatch\nDB_PASSWORD=").v(password(r), PWD)("\n")
    b("STRIPE_SECRET_KEY=").v("sk_live_" + alnum(r, 24), KEY)("\nSTRIPE_PUBLISHABLE_KEY=")("pk_live_" + alnum(r, 24))("\n")
    b("TWILIO_ACCOUNT_SID=")("AC" + hexs(r, 32))("\nTWILIO_FROM=").v(c.phone(r, "e164", False), PHN)("\n")
    b("MAPS_API_KEY=").v("AIza" + alnum(r, 35), KEY)("\nSESSION_SECRET_HASH=")(hexs(r, 64))("\n")
    b("BUILD_SHA=")(hexs(r, 40))("\nSUPPORT_EMAIL=").v("support@dropbike.app", EML)("\nDEPOT_GPS=\"")(gps(r))("\"\n")


@tpl("us")
def us_w9_ocr(b, r, c):
    p = c.person(r)
    b("Form W-9 (Rev. March 2024)   [scanned, OCR]\n1 Name (as shown on your income tax return)\n  ").v(p.full, PER)("\n")
    b("2 Business name/disregarded entity name, if different\n  ")(r.choice(["", "Ben & Jerry's franchise", "DashRunner LLC"]))("\n")
    b("3 Federal tax classification: [X] Individual/sole proprietor\n5-6 Address, city, state, and ZIP code\n  ")
    b.v(c.addr(r), ADDR)("\n")
    b("Part I  Taxpayer Identification Number (TIN)\n  Social security number  ").v(ssn(r, r.choice(["-", " "])), SSN)("\n")
    b("  Employer identification number  ")(f"{digits(r, 2)}-{digits(r, 7)}")("\n")
    b("Direct deposit: routing ")(routing(r))("  account ").v(us_acct(r), BANK)("\n")
    b(f"Signature  ____  Date {c.date(r, day(r))}\nInternal: test record used SSN {ssn_bad(r)} (invalid, ignore). Case {ref(r, 'TX', 6)}\n")


# ---- English: GB --------------------------------------------------------------------------------------------
@tpl("gb")
def gb_whatsapp_window(b, r, c):
    p, w = c.person(r), c.person(r)
    d = day(r)
    if True:
        b(f"[{d.strftime('%d/%m/%Y')}, 08:1{r.randint(0, 9)}:0{r.randint(0, 9)}] ").v(w.full, PER)(": Morning! Round ")
        b(f"{r.randint(3, 9)} today, be with you about 10. Ladder going up the side so can you move the car pls\n")
        b(f"[{d.strftime('%d/%m/%Y')}, 08:2{r.randint(0, 9)}:1{r.randint(0, 9)}] ").v(nm(r, p, "fF"), PER)(": no probs. ")
        b("side gate is open, ").v(r.choice(PETS), None)(" is in the kitchen. it's ").v(c.street(r), ADDR)(" not the one next door lol\n")
        b(f"[{d.strftime('%d/%m/%Y')}, 11:0{r.randint(0, 9)}:4{r.randint(0, 9)}] ").v(w.full, PER)(f": All done, gutters cleared too. That's £{r.randint(18, 60)}. ")
        b("Sort code ")(f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}")(" or IBAN ").v(c.iban(r), IBAN)(" ref ")(ref(r, "WIN", 4))("\n")
        b(f"[{d.strftime('%d/%m/%Y')}, 11:3{r.randint(0, 9)}:0{r.randint(0, 9)}] ").v(nm(r, p, "fF"), PER)(": paid 👍 see you in 6 weeks\n")


@tpl("gb")
def gb_fwd_photo(b, r, c):
    p, q, ph = c.person(r), c.person(r), c.person(r)
    b("---------- Forwarded message ---------\nFrom: ").v(p.full, PER)(" <").v(p.email, EML)(">\n")
    b(f"Date: {stamp(r, '%a, %d %b %Y at %H:%M')}\nSubject: Wedding photography – {c.date(r, day(r, 30, 300))}\nTo: ")
    b.v("bookings@lumenandlace.co.uk", EML)("\n\nHello,\n\nMy fiancé ").v(q.first, PER)(" and I are getting married at ")
    b(r.choice(["The Roman Baths", "Ashton Court", "Leeds Town Hall"]))(" and would love a quote for the full day package. ")
    b("We're both originally from ").v(r.choice(["Glasgow", "Belfast", "Swansea", "Derby"]), LOC)(". ")
    b("Our address for the contract:\n\n")
    block(b, c.addr_lines(r))("\n\nMobile ").v(c.phone(r, "nat", True), PHN)("\n\nThanks,\n").v(p.first, PER)("\n\n")
    b("-- \n").v(ph.full, PER)(" | Lead Photographer\nLumen & Lace Studio\n").v(c.addr(r, False), ADDR)("\n")
    b("T ").v(c.phone(r, "nat", False), PHN)(" | Company no. ")(digits(r, 8))(" | VAT GB")(digits(r, 9))("\n")


@tpl("gb")
def gb_crm_drycleaner(b, r, c):
    p = c.person(r)
    b(f"CRM > Contact > {ref(r, 'C', 7)}\nCall note ({stamp(r, '%d/%m/%Y %H:%M')}, agent ").v(c.person(r).first, PER)(")\n\n")
    b("Spoke to ")(r.choice(["Mrs ", "Ms ", "Dr "]))
    b.v(p.last, PER)(" re: suit left for dry cleaning at our ").v(c.town(r), None)(" branch (ticket ")(ref(r, "DC-", 5))("). ")
    b("Jacket has a stain that didn't come out, she wants a re-clean free of charge. Offered 20% voucher ")(alnum(r, 8).upper())(". ")
    b("Confirmed her details: DOB ").v(c.date(r, birth(r)), DOB)(", postcode ")(r.choice(c.towns)[1])(", ")
    b("email ").v(p.email, EML)(". Card on account is ")(masked_card(r))(" exp ")(expiry(r))(".\n")
    b("Follow-up: ring back on ").v(c.phone(r), PHN)(" after 5pm. Collection date ")(c.date(r, day(r, 1, 10)))(".\n")


@tpl("gb")
def gb_ocr_release(b, r, c):
    p = c.person(r)
    b("MODEL REL EASE F0RM  - Lumen & Lace Studio\n\nName (print):  ").v(p.full.upper(), PER)("\n")
    b("Date of 8irth:  ").v(c.date(r, birth(r, 18, 50)), DOB)("      Session date: ")(c.date(r, day(r)))("\n")
    b("Address:  ").v(c.addr(r), ADDR)("\nTel:  ").v(c.phone(r, "nat"), PHN)("   Email: ").v(p.email, EML)("\n")
    b("Shoot ref: ")(ref(r, "SH", 5))("   Usage: web / print / social\n")
    b("Signed: __").v(p.first[0] + ". " + p.last, PER)("__   Witness: ").v(c.person(r).full, PER)("\n")


@tpl("gb")
def gb_newsletter_nopii(b, r, c):
    b(f"Subject: Your round is changing from {c.date(r, day(r, 5, 30))}\n\nHi there,\n\n")
    b(f"From next month our {c.town(r)} and {c.town(r)} crews are moving to a 4-weekly round. Prices stay at £{r.randint(12, 30)} ")
    b(f"for a 3-bed semi. Gutter clears are £{r.randint(45, 90)} until {c.date(r, day(r, 30, 90))}. ")
    b(f"Use code SPRING{r.randint(10, 30)} when you book online.\n\nIf your account number starts with WC{digits(r, 2)} ")
    b(f"nothing changes for you. Card payments ending in any digit are now handled by our new provider (v{version(r)}).\n\n")
    b("Thanks for choosing Johnson's Window Co.\nUnsubscribe: https://jwc.example/u/")(uid(r))("\n")


# ---- English: CA --------------------------------------------------------------------------------------------
@tpl("caen")
def ca_livechat_tickets(b, r, c):
    p, a = c.person(r), c.person(r)
    ck = Clock(r)
    t = ck()
    b(f"Live chat transcript – {stamp(r, '%Y-%m-%d')}\n[{t}] ").v(a.first, PER)(" (Agent): Hi, thanks for contacting Maple Leaf Tix! How can I help?\n")
    b(f"[{ck()}] ").v(nm(r, p, "fFl"), PER)(": hey i bought 4 tickets for the raptors game and never got the email\n")
    b(f"[{ck()}] ").v(a.first, PER)(": Sorry about that! Can you confirm the email and phone on the order?\n")
    b(f"[{ck()}] ").v(nm(r, p, "fFl"), PER)(": ").v(p.email, EML)(" and ").v(c.phone(r), PHN)("\n")
    b(f"[{ck()}] ").v(a.first, PER)(f": Found it, order {ref(r, 'MLT-', 7)}, section 1{r.randint(0, 2)}{r.randint(0, 9)}. ")
    b("The email bounced. Resending now. Your barcode is ")(digits(r, 12))(".\n")
    b(f"[{ck()}] ").v(nm(r, p, "fFl"), PER)(": also i moved to ").v(c.town(r), LOC)(", new address is ").v(c.addr(r), ADDR)("\n")


@tpl("caen")
def ca_jsonl_courier(b, r, c):
    for _ in range(r.randint(3, 4)):
        p = c.person(r)
        ev = r.choice(["rider.signup", "order.delivered", "payout.updated"])
        b('{"ts":"')(stamp(r, "%Y-%m-%dT%H:%M:%SZ"))('","event":"')(ev)('","rider_id":"')(uid(r))('"')
        if ev == "rider.signup":
            b(',"name":"').v(p.full, PER)('","phone":"').v(c.phone(r, "e164"), PHN)('","email":"').v(p.email, EML)('"')
            b(',"dob":"').v(birth(r, 18, 55).isoformat(), DOB)('","ip":"').v(_ip_public_v4(r), IP)('"}\n')
        elif ev == "order.delivered":
            b(',"order":"')(ref(r, "FD", 9))('","drop":"').v(c.addr(r, False), ADDR)('","gps":"')(gps(r))('","tip":"')(amount(r))('"}\n')
        else:
            b(',"transit":"')(digits(r, 5))('","institution":"')(digits(r, 3))('","last4":"')(digits(r, 4))('","app":"')(version(r))('"}\n')


@tpl("caen")
def ca_stt_bike(b, r, c):
    p = c.person(r)
    b("[auto-transcript, confidence 0.8")(str(r.randint(1, 9)))("]\nagent: thanks for calling pedal pushers bike repair this is ").v(c.person(r).first.lower(), PER)("\n")
    b("caller: hi yeah this is ").v(p.full.lower(), PER)(" i dropped off a cargo bike last week the uh work order is ")
    b(" ".join(digits(r, 5)))("\nagent: okay got it can i get a callback number\ncaller: sure it's ").v(c.phone(r, "nat"), PHN)("\n")
    b("agent: and the address for the pickup\ncaller: ").v(c.addr(r, False).lower(), ADDR)("\n")
    b(f"agent: perfect the derailleur is back ordered should be in by the {r.randint(2, 28)}th it'll be about {r.randint(80, 300)} dollars\n")
    b("caller: fine just text me\n")


# ---- English: AU --------------------------------------------------------------------------------------------
@tpl("au")
def au_teams_courier(b, r, c):
    ck = Clock(r, "%d/%m %I:%M %p")
    a, m, rider = c.person(r), c.person(r), c.person(r)
    b.v(a.full, PER)(f"  {ck()}\nRider ").v(rider.full, PER)(f" says the {c.town(r)} hub app crashed again on v{version(r)}. ")
    b("Device IMEI ")(imei(r))(", she's on ").v(c.phone(r), PHN)("\n\n")
    b.v(m.full, PER)(f"  {ck()}\nok. can you reset her login? temp pw is ").v(password(r), PWD)(" , tell her to change it\n\n")
    b.v(a.full, PER)(f"  {ck()}\ndone. also she moved from ").v(r.choice(["Perth", "Cairns", "Darwin", "Ballarat"]), LOC)
    b(" so payout BSB ")(f"{digits(r, 3)}-{digits(r, 3)}")(" acc ")(digits(r, 8))(" needs updating, new address ").v(c.addr(r, False), ADDR)("\n")


@tpl("au")
def au_sheet_rows(b, r, c):
    b("Customer\tSuburb\tPhone\tLast clean\tNext due\tPrice\tNotes\n")
    for _ in range(r.randint(3, 5)):
        p = c.person(r)
        b.v(nm(r, p, "fx"), PER)("\t").v(c.street(r) + ", " + c.town(r), ADDR)("\t").v(c.phone(r, r.choice(["nat", "raw"])), PHN)
        b(f"\t{c.date(r, day(r, -60, 0))}\t{c.date(r, day(r, 1, 60))}\t${r.randint(90, 400)}\t")
        b(r.choice(["dog in yard", "key under mat", "2 storey, bring long ladder", "pay by card", "—"]))("\n")


@tpl("au")
def au_notifications(b, r, c):
    p = c.person(r)
    b("Notifications\n")
    b(f"• Your order #{digits(r, 7)} from Jamie's Italian is on its way (ETA {r.randint(8, 30)} min)\n")
    b("• ").v(p.first, PER)(f" is your rider today – {r.choice(['blue', 'red'])} e-bike, plate {alnum(r, 3).upper()}{digits(r, 3)}\n")
    b(f"• Payment of ${r.randint(12, 80)}.{digits(r, 2)} approved on card •••• {digits(r, 4)}\n")
    b(f"• Your verification code is {digits(r, 6)}. Don't share it with anyone.\n")
    b("• New login from ").v(_ip_public_v4(r), IP)(f" ({r.choice(['Sydney', 'Melbourne'])}, Chrome {version(r)})\n")
    b("• Receipt sent to ").v(p.email, EML)("\n")


# ---- English: IN --------------------------------------------------------------------------------------------
@tpl("in")
def in_ticket_rider_kyc(b, r, c):
    p = c.person(r)
    b(f"[Freshdesk] #{digits(r, 6)} Rider KYC pending – {r.choice(['Swiggy-style', 'Partner'])} onboarding\n")
    b("Rider name: ").v(p.full, PER)("\nFather's name: ").v(c.person(r).first + " " + p.last, PER)("\n")
    b("DOB: ").v(c.date(r, birth(r, 18, 45)), DOB)("\nMobile: ").v(c.phone(r, r.choice(["intl", "nat", "raw"]), True), PHN)("\n")
    b("Current address: ").v(c.addr(r, True), ADDR)("\nNative place: ").v(r.choice(["Nagpur", "Madurai", "Patna", "Mysuru"]), LOC)("\n")
    b("IFSC: ")(r.choice(["HDFC", "ICIC", "SBIN"]) + "0" + digits(r, 6))("  Vehicle: ")(f"MH{r.randint(1, 49):02d} {alnum(r, 2, string.ascii_uppercase)} {digits(r, 4)}")("\n")
    b("\nInternal: docs uploaded from ").v(_ip_public_v4(r), IP)(", selfie match 0.9")(digits(r, 1))(". Hub: ").v(c.town(r), None)(" Koramangala.\n")
    b("Email for payout statements: ").v(p.email, EML)("\n")


@tpl("in")
def in_slack_devops(b, r, c):
    ck = Clock(r, "%I:%M %p")
    a, d = c.person(r), c.person(r)
    b(f"#deploys  {stamp(r, '%b %d')}\n").v(a.first.lower(), PER)(f"  {ck()}\nprod deploy of order-svc {version(r)} failing, logs say auth error to the SMS gateway\n")
    b.v(d.first.lower(), PER)(f"  {ck()}\nsomeone rotated the key. new one is ").v(api_key(r), KEY)(" , update the secret not the config map pls\n")
    b.v(a.first.lower(), PER)(f"  {ck()}\nok. btw redis at ")(ip_priv(r))(":6379 is fine, commit ")(hexs(r, 7))(" reverted\n")
    b.v(d.first.lower(), PER)(f"  {ck()}\n:+1: request id ")(uid(r))(" for the record\n")


@tpl("in")
def in_stt_laundry(b, r, c):
    p = c.person(r)
    b("transcript (hinglish, auto)\ncustomer: hello haan main ").v(p.first.lower(), PER)(" bol raha hoon, mera laundry order abhi tak nahi aaya\n")
    b(f"agent: sir order number bataiye\ncustomer: order {digits(r, 8)}, pickup tha kal\n")
    b("agent: ji mil gaya, address confirm kijiye\ncustomer: ").v(c.addr(r).lower(), ADDR)("\n")
    b("agent: aur registered number?\ncustomer: ").v(c.phone(r, "raw", True), PHN)("\n")
    b(f"agent: sir delivery today 7 pm tak ho jayegi, {r.randint(3, 9)} shirts and {r.randint(1, 3)} sarees dry clean, bill rupees {r.randint(200, 900)}\n")


# ---- English: IE / NZ / ZA / SG / NG -----------------------------------------------------------------------
@tpl("ie")
def ie_email_wedding(b, r, c):
    p, ph = c.person(r), c.person(r)
    b("Hi ").v(ph.first, PER)(",\n\nJust confirming the deposit of €")(str(r.randint(300, 900)))(" went through for our wedding on ")
    b(c.date(r, day(r, 60, 300)))(". Reference ")(ref(r, "WED-", 4))(".\nPaid from ").v(c.iban(r), IBAN)(".\n\n")
    b("We'll be staying at my mam's the night before:\n")
    block(b, c.addr_lines(r))("\n\nThanks a million,\n").v(p.full, PER)("\n").v(c.phone(r, "nat", True), PHN)("\n\n")
    b("> On ")(c.date(r, day(r, -30, -1)))(", ").v(ph.full, PER)(" <").v(ph.email, EML)("> wrote:\n")
    b("> Deposit details below. Please use the booking ref as reference. BIC ")(bic(r))("\n")


@tpl("ie")
def ie_sms_laundry(b, r, c):
    p = c.person(r)
    b("SuperSuds Launderette: Hi ").v(p.first, PER)(f", your service wash ({r.randint(2, 4)} bags) is ready. Ticket {digits(r, 4)}. Open til 8.\n")
    b("Reply: grand, my partner ").v(c.person(r).first, PER)(" will collect. she has the ticket. her no. is ").v(c.phone(r, "nat", True), PHN)("\n")
    b(f"SuperSuds Launderette: No bother. Balance €{r.randint(9, 30)}.50 payable on collection.\n")


@tpl("nz")
def nz_refund_ticket(b, r, c):
    p = c.person(r)
    cn = card(r, r.choice(["visa", "mc"]))
    b(f"Case {digits(r, 8)} — Refund request (event cancelled)\nContact: ").v(nm(r, p, "fx"), PER)("\n")
    b("Email: ").v(p.email, EML)("\nPh: ").v(c.phone(r), PHN)("\n")
    b(f"Event: Laneway {r.randint(2025, 2026)}, {r.choice(['Auckland', 'Christchurch'])} venue, booking {ref(r, 'LW', 7)}\n")
    b("Customer message: Hi, I'm flying back to ").v(r.choice(["Rarotonga", "Sydney", "Invercargill", "Nelson"]), LOC)
    b(" so can't attend the rescheduled date. Please refund to the same card ").v(card_fmt(r, cn), CC)(".\n")
    b("Agent note: card matches order (")(masked_card(r))("), refund ")(amount(r))(" issued, txn ")(hexs(r, 16))("\n")


@tpl("nz")
def nz_kv_log(b, r, c):
    for _ in range(r.randint(3, 4)):
        p = c.person(r)
        b(f"ts={stamp(r, '%Y-%m-%dT%H:%M:%S')} level=info svc=booking-api ")
        if r.random() < 0.5:
            b("msg=\"customer updated\" name=\"").v(p.full, PER)("\" email=").v(p.email, EML)(" phone=\"").v(c.phone(r, "e164"), PHN)("\" ")
            b("client_ip=").v(_ip_public_v4(r), IP)("\n")
        else:
            b(f"msg=\"job scheduled\" job_id={uid(r)} crew=\"{c.town(r)} depot\" window=\"07:30-09:00\" amount_nzd={r.randint(80, 400)}.00 ")
            b("addr=\"").v(c.addr(r, False), ADDR)("\" peer=")(ip_priv(r))("\n")


@tpl("za")
def za_whatsapp_courier(b, r, c):
    cu, rd = c.person(r), c.person(r)
    d = day(r).strftime("%Y/%m/%d")
    ck = Clock(r)
    b(f"{d}, {ck()} - ").v(rd.full, PER)(": Hi I'm outside with your Nando's order, gate is locked\n")
    b(f"{d}, {ck()} - ").v(cu.full, PER)(": sorry! it's the complex next door, ").v(c.addr(r, True), ADDR)("\n")
    b(f"{d}, {ck()} - ").v(rd.full, PER)(": ok. guard wants a code\n")
    b(f"{d}, {ck()} - ").v(cu.full, PER)(f": {digits(r, 4)}# . or phone my husband ").v(c.person(r).first, PER)(" on ").v(c.phone(r, "nat", True), PHN)("\n")
    b(f"{d}, {ck()} - ").v(rd.full, PER)(f": delivered 👍 order {ref(r, 'MD', 8)}\n")


@tpl("za")
def za_email_bikeshop(b, r, c):
    p, s = c.person(r), c.person(r)
    b("Good day,\n\nPlease find attached invoice INV")(digits(r, 6))(f" for the service on your {r.choice(['Trek Madone', 'Scott Spark', 'Giant TCR'])} ")
    b(f"(frame no. {alnum(r, 10).upper()}). Total R{r.randint(600, 4800)},00 incl. VAT.\n\nBanking details: ABSA, branch 632005, ")
    b(f"acc {digits(r, 10)}, ref INV.\n\nKind regards\n").v(s.full, PER)("\nHobson's Choice Cycles\n").v(c.addr(r, False), ADDR)("\n")
    b("Tel: ").v(c.phone(r, "nat", False), PHN)("  |  ").v("accounts@hobsonscycles.co.za", EML)("\n\n")
    b("-----Original Message-----\nFrom: ").v(p.full, PER)(" [mailto:").v(p.email, EML)("]\nSubject: bike ready?\n\n")
    b("Hi, is the bike ready? I'm travelling to ").v(r.choice(["Windhoek", "Maputo", "Durban", "Knysna"]), LOC)(" on Friday.\n")


@tpl("sg")
def sg_livechat_laundry(b, r, c):
    p = c.person(r)
    b("WashHub app – chat\nYou: hi my pickup never came, booking ")(ref(r, "WH", 8))("\n")
    b("WashHub (").v(c.person(r).first, PER)("): Sorry ah! Can confirm your name and unit?\n")
    b("You: ").v(p.full, PER)(", ").v(c.addr(r), ADDR)("\n")
    b("WashHub: Thank you. Driver went to Tampines branch instead, very sorry. Reschedule to ")(c.date(r, day(r, 1, 5)))(" 7-9pm can?\n")
    b("You: ok. call me at ").v(c.phone(r, r.choice(["nat", "intl"]), True), PHN)(" when reach. door code ")(digits(r, 4))("\n")


@tpl("sg")
def sg_app_log(b, r, c):
    for _ in range(r.randint(4, 5)):
        k = r.random()
        b(f"{stamp(r, '%Y-%m-%d %H:%M:%S,%f')[:23]} ")
        if k < 0.3:
            p = c.person(r)
            b("INFO  [auth] login ok user=").v(p.email, EML)(" ip=").v(ip_pub(r), IP)("\n")
        elif k < 0.55:
            b("ERROR [auth] bad credentials user=").v(c.person(r).email, EML)(" attempted_password=").v(password(r), PWD)(" ip=").v(_ip_public_v4(r), IP)("\n")
        elif k < 0.8:
            b(f"DEBUG [pay] token=tok_{alnum(r, 24)} card_bin={r.choice(['411111', '550000'])} last4={digits(r, 4)} amount=SGD{r.randint(5, 90)}.00\n")
        else:
            b(f"WARN  [sync] upstream {ip_priv(r)}:5432 slow ({r.randint(800, 5000)}ms) trace={hexs(r, 32)}\n")


@tpl("ng")
def ng_crm_food(b, r, c):
    p = c.person(r)
    b(f"Zoho CRM | Lead #{digits(r, 7)}\nOwner: ").v(c.person(r).full, PER)("\nStatus: Escalated\n\nNotes:\n")
    b("Customer ").v(nm(r, p, "fLx"), PER)(" called twice about an order of jollof rice and suya that arrived cold (order ")(ref(r, "CH", 9))("). ")
    b("She lives at ").v(c.addr(r), ADDR)(" and says the rider asked for extra ₦")(str(r.randint(5, 30) * 100))(" for transfer. ")
    b("Wants refund to her account, GTBank ")(digits(r, 10))(". Phone: ").v(c.phone(r, r.choice(["nat", "intl"]), True), PHN)(". ")
    b("Alt email ").v(p.email, EML)(".\nRider kitchen: ").v(c.town(r), None)(" Lekki Phase 1 hub.\n")


@tpl("ng")
def ng_email_ticketing(b, r, c):
    p = c.person(r)
    b("Dear ").v(nm(r, p, "fF"), PER)(",\n\nThank you for purchasing tickets for Afro Nation Night. Your booking reference is ")(alnum(r, 6).upper())(".\n\n")
    b(f"Tickets: {r.randint(1, 4)} x VIP\nAmount paid: ₦{r.randint(20, 150)},000.00\nPaid with: {masked_card(r)}\n")
    b(f"Event date: {c.date(r, day(r, 10, 90))}\nGate opens 5pm. Venue: Eko Convention Centre.\n\n")
    b("For enquiries call ").v(c.phone(r, "intl", False), PHN)(" or write to ").v("hello@afronight.ng", EML)(".\n")


# ---- generic (English) -------------------------------------------------------------------------------------
@tpl("us")
def gen_nopii_build(b, r, c):
    b(f"Build #{r.randint(1000, 9999)} finished in {r.randint(2, 19)}m {r.randint(0, 59)}s\n")
    b(f"  image: registry.internal/dispatch:{version(r)}  digest sha256:{hexs(r, 64)}\n")
    b(f"  deployed to {ip_priv(r)}, {ip_priv(r)}  (canary 10%)\n  migration 2026_{digits(r, 4)}_add_tip_column applied\n")
    b(f"  request sample: {uid(r)}  latency p95={r.randint(40, 400)}ms\n  feature flag courier_batching=true since {stamp(r)}\n")
    b(f"  IMEI whitelist size: {r.randint(100, 900)}, example {imei(r)}\n  password hash algo: argon2id  sample: {argon(r)}\n")


# ---- Catalan ------------------------------------------------------------------------------------------------
@tpl("ca")
def ca_email_fotograf(b, r, c):
    p, q, f = c.person(r), c.person(r), c.person(r)
    b("Assumpte: Reportatge de casament – ")(c.date(r, day(r, 40, 300)))("\n\nBon dia ").v(f.first, PER)(",\n\n")
    b("Som la ").v(p.first, PER)(" i el ").v(q.first, PER)(", ens casem a la masia Can Ribes i ens agradaria el paquet complet. ")
    b("Jo sóc de ").v(r.choice(["Manresa", "Reus", "Figueres", "Andorra la Vella"]), LOC)(" però ara vivim a:\n\n")
    block(b, c.addr_lines(r))("\n\nEl meu mòbil és el ").v(c.phone(r, "nat", True), PHN)(". Podeu fer la paga i senyal de ")
    b(f"{r.randint(200, 600)} € al compte ").v(c.iban(r), IBAN)("?\n\nGràcies!\n").v(p.full, PER)("\n").v(p.email, EML)("\n\n")
    b("El ")(c.date(r, day(r, -20, -1)))(", Estudi Llum <").v("hola@estudillum.cat", EML)("> va escriure:\n> Pressupost P-")(digits(r, 4))(" adjunt.\n")


@tpl("ca")
def ca_whatsapp_bici(b, r, c):
    ck = Clock(r)
    p, t = c.person(r), c.person(r)
    d = day(r).strftime("%d/%m/%y")
    b(f"{d} {ck()} - ").v(t.full, PER)(": Hola! La bici ja està a punt, hem canviat la cadena i les pastilles. Són ")
    b(f"{r.randint(30, 140)},{r.randint(10, 95)} €. Comanda T-{digits(r, 4)}\n")
    b(f"{d} {ck()} - ").v(nm(r, p, "fF"), PER)(": Perfecte, passo a la tarda. Pago amb targeta ").v(card_fmt(r, card(r, "visa")), CC)(" per telèfon si voleu\n")
    b(f"{d} {ck()} - ").v(t.full, PER)(": Millor en persona 😅 Cadenat codi ")(digits(r, 3))(", versió app ")(version(r))("\n")


@tpl("ca")
def ca_form_entrades(b, r, c):
    p = c.person(r)
    b("Formulari d'entrades – Festival Grec\n")
    b("Nom: ").v(p.first, PER)("\nCognoms: ").v(p.last + " " + r.choice(_POOLS["ca"][1]), PER)("\n")
    b("Data de naixement: ").v(c.date(r, birth(r, 16, 70)), DOB)("\nAdreça: ").v(c.addr(r), ADDR)("\n")
    b("Telèfon: ").v(c.phone(r), PHN)("\nCorreu: ").v(p.email, EML)("\n")
    b(f"Localitzador: {alnum(r, 6).upper()}\nImport: {r.randint(15, 80)},00 €\nTargeta: {masked_card(r)}\nIP: ").v(_ip_public_v4(r), IP)("\n")


# ---- Icelandic ----------------------------------------------------------------------------------------------
@tpl("is")
def is_email_gluggar(b, r, c):
    p, s = c.person(r), c.person(r)
    b("Sæl ").v(s.first, PER)(",\n\nGætuð þið komið og þvegið gluggana og hreinsað þakrennurnar hjá okkur fyrir jól? ")
    b("Heimilisfangið er ").v(c.addr(r), ADDR)(". Best er að hringja í síma ").v(c.phone(r), PHN)(".\n")
    b(f"Tilboðsnúmer {ref(r, 'T', 5)}, verð {r.randint(25, 90)}.000 kr.\n\nKveðja,\n").v(p.full, PER)("\n\n")
    b("Kennitala fylgir ekki. Fædd ").v(c.date(r, birth(r)), DOB)(".\n")


@tpl("is")
def is_ticket_sendill(b, r, c):
    p = c.person(r)
    b(f"Mál #{digits(r, 5)} – sendill skráning\nNafn: ").v(p.full, PER)("\nFæðingardagur: ").v(c.date(r, birth(r, 18, 50)), DOB)("\n")
    b("Netfang: ").v(p.email, EML)("\nBanki: ").v(c.iban(r), IBAN)("\nBúseta: ").v(c.town(r), LOC)("\n")
    b(f"Athugasemd: hjól nr. {digits(r, 4)}, app {version(r)}, starfsstöð ").v(c.town(r), None)("\n")


# ---- Afrikaans ----------------------------------------------------------------------------------------------
@tpl("af")
def af_whatsapp_wassery(b, r, c):
    ck = Clock(r)
    p, w = c.person(r), c.person(r)
    d = day(r).strftime("%Y/%m/%d")
    b(f"[{d} {ck()}] ").v(p.full, PER)(": Môre, is my wasgoed al gereed? Kaartjie ")(digits(r, 4))("\n")
    b(f"[{d} {ck()}] SkoonSpan Wassery: Goeiemôre ").v(p.first, PER)(f", ja, R{r.randint(80, 300)} asseblief. Ons lewer ook af by ")
    b.v(c.addr(r, False), ADDR)(" as jy wil\n")
    b(f"[{d} {ck()}] ").v(p.full, PER)(": Ja asb! My suster ").v(w.first, PER)(" sal daar wees, haar nommer is ").v(c.phone(r, "nat", True), PHN)("\n")


@tpl("af")
def af_crm_geute(b, r, c):
    p = c.person(r)
    b(f"Kliëntnota {stamp(r, '%Y-%m-%d')} – geute skoonmaak\nKliënt: ").v(nm(r, p, "fx"), PER)("\n")
    b("Adres:\n")
    block(b, c.addr_lines(r))("\nSel: ").v(c.phone(r), PHN)("   E-pos: ").v(p.email, EML)("\n")
    b("Gebore: ").v(c.date(r, birth(r, 30, 85)), DOB)(" (pensioenaris-afslag)\n")
    b(f"Kwotasie Q{digits(r, 5)}: R{r.randint(450, 2200)}. Span van ons ").v(c.town(r), None)(" tak. Hond ").v(r.choice(PETS), None)(" byt nie.\n")


# ---- Malay --------------------------------------------------------------------------------------------------
@tpl("ms")
def ms_chat_makanan(b, r, c):
    p, rd = c.person(r), c.person(r)
    b("Sembang langsung – MakanCepat\nPelanggan: salam, pesanan saya ")(ref(r, "MC", 8))(" dah sejam tak sampai\n")
    b("Ejen ").v(c.person(r).first, PER)(": Maaf atas kesulitan. Boleh sahkan nama dan alamat?\n")
    b("Pelanggan: ").v(p.full, PER)(", ").v(c.addr(r), ADDR)("\n")
    b("Ejen: Terima kasih. Penghantar ").v(rd.first, PER)(f" dari cawangan {c.town(r)} sedang dalam perjalanan, anggaran {r.randint(5, 20)} minit.\n")
    b("Pelanggan: ok. kalau sesat suruh dia call ").v(c.phone(r, "nat", True), PHN)("\n")


@tpl("ms")
def ms_borang_foto(b, r, c):
    p = c.person(r)
    b("BORANG TEMPAHAN STUDIO – Gambar Konvokesyen\nNama penuh: ").v(p.full.upper(), PER)("\n")
    b("Tarikh lahir: ").v(c.date(r, birth(r, 20, 30)), DOB)("\nNo. telefon: ").v(c.phone(r), PHN)("\nE-mel: ").v(p.email, EML)("\n")
    b("Alamat: ").v(c.addr(r), ADDR)("\nAsal: ").v(r.choice(["Kota Bharu", "Alor Setar", "Melaka", "Kuantan"]), LOC)("\n")
    b(f"Pakej: B ({r.randint(3, 9)} keping)   Harga: RM{r.randint(150, 600)}.00   No. resit: {ref(r, 'R', 7)}\n")


# ---- Slovenian ----------------------------------------------------------------------------------------------
@tpl("sl")
def sl_email_vstopnice(b, r, c):
    p = c.person(r)
    b("Spoštovani,\n\nv prilogi pošiljam potrdilo o nakupu vstopnic za koncert v Stožicah (naročilo ")(ref(r, "", 8))("). ")
    b("Plačal sem s kartico ").v(card_fmt(r, card(r, "mc")), CC)(", a bremenitev je bila dvojna.\n")
    b("Prosim za vračilo na TRR ").v(c.iban(r), IBAN)(".\n\nLep pozdrav,\n").v(p.full, PER)("\n").v(c.addr(r), ADDR)("\n")
    b("tel. ").v(c.phone(r), PHN)("\n")


@tpl("sl")
def sl_klic_kolo(b, r, c):
    p = c.person(r)
    b(f"Zapisek klica {stamp(r, '%d. %m. %Y %H:%M')}\nStranka ").v(nm(r, p, "fL"), PER)(" kliče glede servisa kolesa (delovni nalog ")(ref(r, "DN-", 5))("). ")
    b("Okvir Rog, zavore zamenjane. Dogovor: prevzem v soboto v poslovalnici ").v(c.town(r), None)(". ")
    b("Kontakt ").v(c.phone(r, "nat"), PHN)(", e-pošta ").v(p.email, EML)(". Strošek ")(f"{r.randint(20, 150)},00 €")(".\n")


# ---- Romanian -----------------------------------------------------------------------------------------------
@tpl("ro")
def ro_tichet_curier(b, r, c):
    p = c.person(r)
    b(f"Tichet #{digits(r, 6)} – cont curier blocat\nCurier: ").v(p.full, PER)("\nData nașterii: ").v(c.date(r, birth(r, 19, 50)), DOB)("\n")
    b("Telefon: ").v(c.phone(r), PHN)("\nCont plată: ").v(c.iban(r), IBAN)("\nDomiciliu: ").v(c.addr(r), ADDR)("\n\n")
    b("Notă internă: a încercat parola ").v(password(r), PWD)(" de 5 ori de pe IP ").v(_ip_public_v4(r), IP)(". ")
    b(f"Resetat. IMEI {imei(r)}, aplicație {version(r)}.\n")


@tpl("ro")
def ro_email_curatatorie(b, r, c):
    p, s = c.person(r), c.person(r)
    b("Bună ziua ").v(s.first, PER)(",\n\nAm lăsat ieri o rochie de mireasă la curățătorie (bon nr. ")(digits(r, 5))("). ")
    b("Aș vrea să fie livrată acasă, la ").v(c.addr(r), ADDR)(". ")
    b("Sunt plecată la ").v(r.choice(["Chișinău", "Viena", "Oradea", "Suceava"]), LOC)(" până joi.\n\nMulțumesc,\n").v(p.full, PER)("\n")
    b.v(c.phone(r, "nat", True), PHN)("\n")


# ---- Turkish ------------------------------------------------------------------------------------------------
@tpl("tr")
def tr_whatsapp_fotograf(b, r, c):
    ck = Clock(r)
    p, f = c.person(r), c.person(r)
    d = day(r).strftime("%d.%m.%Y")
    b(f"{d} {ck()} - ").v(f.full, PER)(": Merhaba, düğün albümünüz hazır. Teslim için adresinizi yazar mısınız?\n")
    b(f"{d} {ck()} - ").v(p.full, PER)(": Merhaba! ").v(c.addr(r), ADDR)(". Kapı şifresi ")(digits(r, 4))("\n")
    b(f"{d} {ck()} - ").v(f.full, PER)(f": Kargo takip no {digits(r, 12)}. Kalan ödeme {r.randint(2, 15)}.000 TL, IBAN: ").v(c.iban(r), IBAN)("\n")
    b(f"{d} {ck()} - ").v(p.full, PER)(": Tamam, eşim ").v(c.person(r).first, PER)(" gönderecek 🙏\n")


@tpl("tr")
def tr_form_kurye(b, r, c):
    p = c.person(r)
    b("Kurye başvuru formu\nAd: ").v(p.first, PER)("\nSoyad: ").v(p.last, PER)("\nDoğum tarihi: ").v(c.date(r, birth(r, 18, 45)), DOB)("\n")
    b("Doğum yeri: ").v(r.choice(["Trabzon", "Konya", "Diyarbakır", "Samsun"]), LOC)("\nCep: ").v(c.phone(r, "nat", True), PHN)("\n")
    b("E-posta: ").v(p.email, EML)("\nAdres: ").v(c.addr(r), ADDR)("\nŞifre: ").v(password(r), PWD)("\n")
    b(f"Plaka: {r.randint(1, 81):02d} {alnum(r, 2, string.ascii_uppercase)} {digits(r, 3)}\nBaşvuru no: {uid(r)}\nŞube: {c.town(r)} Merkez\n")


# ---- Vietnamese ---------------------------------------------------------------------------------------------
@tpl("vi")
def vi_chat_giaohang(b, r, c):
    p, s = c.person(r), c.person(r)
    b("Khách: ").v(p.full, PER)("\nKhách: em ơi đơn ")(ref(r, "GF", 9))(" chưa tới, giao về ").v(c.addr(r), ADDR)(" nhé\n")
    b("Tài xế ").v(s.first, PER)(f": dạ em đang ở chi nhánh {c.town(r)}, {r.randint(5, 15)} phút nữa tới ạ\n")
    b("Khách: ok gọi số ").v(c.phone(r, "nat", True), PHN)(" khi tới. mã OTP ")(digits(r, 6))("\n")
    b(f"Hệ thống: Thanh toán {r.randint(50, 400)}.000đ bằng thẻ {masked_card(r)}\n")


@tpl("vi")
def vi_sms_giatla(b, r, c):
    p = c.person(r)
    b("[Giặt Là Sạch] Chào chị ").v(p.first, PER)(f", đồ giặt hấp (phiếu {digits(r, 5)}) đã xong. Phí {r.randint(60, 300)}.000đ.\n")
    b("Trả lời: cảm ơn em, chị ").v(p.full, PER)(" sinh ngày ").v(c.date(r, birth(r)), DOB)(" đăng ký thẻ thành viên nhé, email ").v(p.email, EML)("\n")


# ---- Estonian -----------------------------------------------------------------------------------------------
@tpl("et")
def et_email_ratas(b, r, c):
    p = c.person(r)
    b("Tere!\n\nMinu jalgratas on teie töökojas (tellimus ")(ref(r, "R-", 5))("). Kas saaksite selle tuua aadressile ")
    b.v(c.addr(r), ADDR)("? Olen praegu välismaal tööl.\n\nTasun arve kontolt ").v(c.iban(r), IBAN)(".\n\nLugupidamisega\n").v(p.full, PER)("\n").v(c.phone(r), PHN)("\n")


@tpl("et")
def et_jsonl_piletid(b, r, c):
    for _ in range(r.randint(3, 4)):
        b('{"aeg":"')(stamp(r, "%Y-%m-%dT%H:%M:%S"))('","sündmus":"')
        if r.random() < 0.5:
            p = c.person(r)
            b('ost","nimi":"').v(p.full, PER)('","epost":"').v(p.email, EML)('","ip":"').v(ip_pub(r), IP)('","summa":"')(f"{r.randint(10, 90)}.00")('"}\n')
        else:
            b('skaneeritud","pilet":"')(alnum(r, 10).upper())('","värav":"B')(str(r.randint(1, 9)))('","seade":"')(ip_priv(r))('"}\n')


# ---- Tagalog / Taglish --------------------------------------------------------------------------------------
@tpl("tl")
def tl_chat_rider(b, r, c):
    p, rd = c.person(r), c.person(r)
    ck = Clock(r, "%I:%M %p")
    b(f"{ck()} ").v(rd.first, PER)(": Ma'am nandito na po ako sa labas, wala pong sumasagot sa gate\n")
    b(f"{ck()} ").v(p.first, PER)(": ay sorry kuya! ").v(c.addr(r), ADDR)(" po, yung may asul na gate\n")
    b(f"{ck()} ").v(rd.first, PER)(f": Sige po. COD po ito, ₱{r.randint(200, 1500)}. Order {ref(r, 'FP', 9)}\n")
    b(f"{ck()} ").v(p.first, PER)(": gcash na lang po sa ").v(c.phone(r, "nat", True), PHN)("\n")


@tpl("tl")
def tl_sms_bintana(b, r, c):
    p = c.person(r)
    b("Magandang araw ").v(p.full, PER)("! Paalala mula sa KlaroLinis: ang paglilinis ng bintana at alulod sa ").v(c.addr(r, False), ADDR)
    b(f" ay sa {c.date(r, day(r, 1, 20))}, 9AM. Ref {ref(r, 'KL', 6)}. Para sa tanong, tumawag sa ").v(c.phone(r, "nat", False), PHN)(".\n")
    b("Reply: salamat po, taga ").v(r.choice(["Batangas", "Iloilo", "Pampanga"]), LOC)(" po ako kaya bukas lang ako makakauwi\n")


# ---- German / French / Dutch --------------------------------------------------------------------------------
@tpl("de")
def de_email_fotostudio(b, r, c):
    p, f = c.person(r), c.person(r)
    b("Hallo Frau ").v(f.last, PER)(",\n\nvielen Dank für die schönen Bewerbungsfotos! Die Rechnung ")(ref(r, "RE-", 6))(" über ")
    b(f"{r.randint(60, 250)},00 € überweise ich von meinem Konto ").v(c.iban(r), IBAN)(" (BIC ")(bic(r))(").\n\n")
    b("Bitte schicken Sie die Abzüge an meine neue Adresse:\n")
    block(b, c.addr_lines(r))("\n\nViele Grüße\n").v(p.full, PER)("\nTel. ").v(c.phone(r), PHN)("\n")


@tpl("de")
def de_ticket_log(b, r, c):
    p = c.person(r)
    b(f"{stamp(r)} INFO  kasse-svc v{version(r)}: Bestellung {ref(r, 'B', 8)} angelegt, Kunde=").v(p.full, PER)(" Mail=").v(p.email, EML)("\n")
    b(f"{stamp(r)} WARN  kasse-svc: Zahlung abgelehnt, Karte {masked_card(r)}, Betrag {r.randint(20, 200)},00 EUR, Client-IP ").v(_ip_public_v4(r), IP)("\n")
    b(f"{stamp(r)} DEBUG kasse-svc: Session {uid(r)} von {ip_priv(r)} beendet\n")


@tpl("fr")
def fr_ticket_pressing(b, r, c):
    p = c.person(r)
    b(f"Demande n° {digits(r, 7)} – Pressing\nCliente : ").v(r.choice(["Mme ", "Mlle "]), None)
    b.v(nm(r, p, "fx"), PER)("\nMessage : Bonjour, ma veste est abîmée après le nettoyage à sec (ticket ")(digits(r, 5))("). ")
    b("Je suis joignable au ").v(c.phone(r, "nat"), PHN)(" ou ").v(p.email, EML)(".\n")
    b("Note interne : remboursement 40 % sur la carte ")(masked_card(r))(", magasin de ").v(c.town(r), None)(".\n")


@tpl("nl")
def nl_whatsapp_fiets(b, r, c):
    ck = Clock(r)
    p, m = c.person(r), c.person(r)
    d = day(r).strftime("%d-%m-%Y")
    b(f"[{d} {ck()}] Fietsenmaker De Spaak: Hoi ").v(p.first, PER)(f", je fiets is klaar. Nieuwe band + remmen, €{r.randint(25, 120)},50\n")
    b(f"[{d} {ck()}] ").v(p.full, PER)(": Top! Kunnen jullie hem bezorgen op ").v(c.addr(r), ADDR)("?\n")
    b(f"[{d} {ck()}] Fietsenmaker De Spaak: Ja hoor, ").v(m.first, PER)(" komt morgen tussen 10 en 12. Bel hem op ").v(c.phone(r, "nat", True), PHN)("\n")


# ----------------------------------------------------------------------------------------------------------
# free text API
# ----------------------------------------------------------------------------------------------------------
def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        name, lk, fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"fen-{seed}-{i}-{name}")
        b = B()
        fn(b, r, LOCS[lk])
        out.append(b.done())
    return out


# ----------------------------------------------------------------------------------------------------------
# structured tables
# ----------------------------------------------------------------------------------------------------------
PH = ["N/A", "-", "unknown", "n/a", "—"]


def _p(attr: str):
    return lambda r, c: getattr(c.person(r), attr)


def _up(attr: str):
    return lambda r, c: getattr(c.person(r), attr).upper()


def _dob(r, c):
    return c.date(r, birth(r))


def _dt_iso(r, c):
    return stamp(r, "%Y-%m-%dT%H:%M:%SZ")


def _ch(*opts):
    return lambda r, c: r.choice(opts)


def _bool(r, c):
    return r.choice(["true", "false", "true"])


def _num(lo, hi):
    return lambda r, c: str(r.randint(lo, hi))


def _money(cur: str = "", dec: str = "."):
    return lambda r, c: f"{cur}{r.randint(3, 600)}{dec}{r.randint(0, 99):02d}"


def _day(fmt_loc: bool = True):
    return lambda r, c: c.date(r, day(r)) if fmt_loc else day(r).isoformat()


# column spec: (header, entity, generator, blank rate, placeholder rate)
SPECS: dict[str, tuple[str, list[tuple[str, str | None, object, float, float]]]] = {
    "window_cleaning_customers": ("gb", [
        ("cust_id", None, lambda r, c: uid(r), 0, 0),
        ("first_name", PER, _p("first"), 0.02, 0),
        ("SURNAME", PER, _up("last"), 0.02, 0),
        ("addr1", ADDR, lambda r, c: c.street(r), 0.05, 0),
        ("town", LOC, lambda r, c: c.town(r), 0.1, 0),
        ("tel", PHN, lambda r, c: c.phone(r, r.choice(["nat", "raw"])), 0.2, 0.03),
        ("email", EML, _p("email"), 0.3, 0),
        ("email_verified", None, _bool, 0, 0),
        ("phone_type", None, _ch("mobile", "landline", "work"), 0.2, 0),
        ("round_no", None, _num(1, 40), 0, 0),
        ("frequency_weeks", None, _ch("4", "6", "8", "12"), 0, 0),
        ("last_clean", None, _day(), 0.1, 0),
        ("price_gbp", None, _money("£"), 0, 0),
        ("depot", None, lambda r, c: c.town(r), 0, 0),
        ("pet_name", None, _ch(*PETS), 0.6, 0),
        ("card_last4", None, lambda r, c: digits(r, 4), 0.4, 0),
        ("access_code", None, lambda r, c: digits(r, 4), 0.5, 0),
        ("address_type", None, _ch("home", "rental", "business"), 0, 0),
    ]),
    "window_cleaning_jobs": ("au", [
        ("jobRef", None, lambda r, c: ref(r, "J", 7), 0, 0),
        ("scheduledFor", None, _dt_iso, 0, 0),
        ("depotSuburb", None, lambda r, c: c.town(r), 0, 0),
        ("crew.lead", PER, _p("full"), 0, 0),
        ("client.name", PER, lambda r, c: nm(r, c.person(r), "fx"), 0.05, 0),
        ("siteAddress", ADDR, lambda r, c: c.addr(r), 0.02, 0),
        ("contact.ph", PHN, lambda r, c: c.phone(r), 0.15, 0.04),
        ("gpsFix", None, lambda r, c: gps(r), 0.1, 0),
        ("durationMin", None, _num(20, 240), 0, 0),
        ("ladderType", None, _ch("extension", "A-frame", "pole-fed", "none"), 0, 0),
        ("gutterMetres", None, _num(0, 80), 0.3, 0),
        ("invoiceTotal", None, _money("$"), 0, 0),
        ("gst", None, _money(), 0, 0),
        ("paid", None, _bool, 0, 0),
        ("cardMasked", None, lambda r, c: masked_card(r), 0.5, 0),
        ("deviceIp", None, lambda r, c: ip_priv(r), 0, 0),
        ("appVersion", None, lambda r, c: version(r), 0, 0),
    ]),
    "box_office_orders": ("us", [
        ("OrderID", None, lambda r, c: ref(r, "BO-", 8), 0, 0),
        ("EventName", None, _ch("Jazz at Lincoln Center", "Disney On Ice", "Cirque du Soleil", "Hamilton", "The Nutcracker"), 0, 0),
        ("BuyerName", PER, _p("full"), 0, 0),
        ("BuyerEmail", EML, _p("email"), 0.05, 0),
        ("BillingPhone", PHN, lambda r, c: c.phone(r), 0.25, 0.03),
        ("CardNumber", CC, lambda r, c: card_fmt(r, card(r)), 0.3, 0),
        ("CardExp", None, lambda r, c: expiry(r), 0.3, 0),
        ("CvvMatch", None, _ch("M", "N", "U"), 0.3, 0),
        ("CardLast4", None, lambda r, c: digits(r, 4), 0.3, 0),
        ("AchRouting", None, lambda r, c: routing(r), 0.6, 0),
        ("AchAccount", BANK, lambda r, c: us_acct(r), 0.6, 0),
        ("AmountUSD", None, _money(), 0, 0),
        ("Seat", None, lambda r, c: f"{r.choice('ABCDEFGH')}{r.randint(1, 40)}", 0, 0),
        ("Barcode", None, lambda r, c: digits(r, 16), 0, 0),
        ("PurchaseIP", IP, lambda r, c: ip_pub(r), 0.05, 0),
        ("ProxyIP", None, lambda r, c: ip_priv(r), 0, 0),
        ("CreatedAt", None, _dt_iso, 0, 0),
        ("PromoCode", None, lambda r, c: alnum(r, 8, string.ascii_uppercase + string.digits), 0.6, 0),
        ("RefundStatus", None, _ch("none", "partial", "full"), 0, 0),
    ]),
    "ticket_holders_ro": ("ro", [
        ("nume", PER, _p("last"), 0, 0),
        ("prenume", PER, _p("first"), 0, 0),
        ("data_nasterii", DOB, _dob, 0.3, 0),
        ("oras", LOC, lambda r, c: c.town(r), 0.2, 0),
        ("telefon", PHN, lambda r, c: c.phone(r, "nat"), 0.1, 0),
        ("email", EML, _p("email"), 0.1, 0),
        ("iban_rambursare", IBAN, lambda r, c: c.iban(r), 0.55, 0),
        ("cod_bilet", None, lambda r, c: alnum(r, 10, string.ascii_uppercase + string.digits), 0, 0),
        ("categorie", None, _ch("VIP", "General", "Tribuna", "Copii"), 0, 0),
        ("pret_lei", None, _money("", ","), 0, 0),
        ("loc", None, lambda r, c: f"R{r.randint(1, 30)}-L{r.randint(1, 40)}", 0, 0),
        ("data_eveniment", None, _day(), 0, 0),
        ("scanat_la", None, _dt_iso, 0.4, 0),
        ("poarta", None, _ch("A", "B", "C", "VIP"), 0, 0),
        ("newsletter", None, _ch("da", "nu"), 0, 0),
        ("sursa", None, _ch("web", "casa de bilete", "app"), 0, 0),
        ("acord_gdpr_data", None, _day(), 0, 0),
    ]),
    "bike_repairs_nl": ("nl", [
        ("werkorder", None, lambda r, c: ref(r, "WO", 6), 0, 0),
        ("klantnaam", PER, _p("full"), 0, 0),
        ("telefoonnummer", PHN, lambda r, c: c.phone(r, "nat"), 0.1, 0.03),
        ("col_7", ADDR, lambda r, c: c.addr(r), 0.2, 0),
        ("fietsmerk", None, _ch("Gazelle", "Batavus", "Sparta", "VanMoof", "Cortina"), 0, 0),
        ("framenummer", None, lambda r, c: alnum(r, 2, string.ascii_uppercase) + digits(r, 7), 0.1, 0),
        ("onderdeel", None, _ch("binnenband", "ketting", "remblokken", "naaf", "lamp"), 0, 0),
        ("prijs", None, _money("€ ", ","), 0, 0),
        ("datum_binnen", None, _day(), 0, 0),
        ("datum_klaar", None, _day(), 0.3, 0),
        ("vestiging", None, lambda r, c: c.town(r), 0, 0),
        ("betaald_met", None, _ch("pin", "contant", "tikkie", "op rekening"), 0, 0),
        ("pinpas_laatste4", None, lambda r, c: digits(r, 4), 0.5, 0),
        ("naam_product", None, _ch("Gazelle Orange C7", "Sparta A-Shine", "Batavus Finez"), 0, 0),
        ("status", None, _ch("klaar", "wacht op onderdeel", "opgehaald"), 0, 0),
        ("opmerking", None, _ch("slot kapot", "klant belt terug", "", "bel na 17u"), 0.4, 0),
    ]),
    "bike_club_members_is": ("is", [
        ("nafn", PER, _p("full"), 0, 0),
        ("netfang", EML, _p("email"), 0.1, 0),
        ("sími", PHN, lambda r, c: c.phone(r), 0.1, 0),
        ("heimilisfang", ADDR, lambda r, c: c.addr(r), 0.15, 0),
        ("fæðingardagur", DOB, _dob, 0.2, 0),
        ("lykilorð", PWD, lambda r, c: password(r), 0.1, 0),
        ("reikningur", IBAN, lambda r, c: c.iban(r), 0.5, 0),
        ("ip_tala", IP, lambda r, c: ip_pub(r), 0.1, 0),
        ("lykilorð_breytt", None, _day(), 0.3, 0),
        ("hjólategund", None, _ch("götuhjól", "fjallahjól", "rafhjól", "borgarhjól"), 0, 0),
        ("félagsnúmer", None, _num(1000, 9999), 0, 0),
        ("síðasta_heimsókn", None, _dt_iso, 0, 0),
        ("afsláttur", None, _ch("0%", "10%", "15%"), 0, 0),
        ("fréttabréf", None, _ch("já", "nei"), 0, 0),
        ("tæki_ip", None, lambda r, c: ip_priv(r), 0, 0),
        ("aðildarstig", None, _ch("brons", "silfur", "gull"), 0, 0),
        ("lykilorð_hash", None, lambda r, c: bcrypt(r), 0, 0),
    ]),
    "laundry_accounts_my": ("ms", [
        ("nama_penuh", PER, _p("full"), 0, 0),
        ("noTel", PHN, lambda r, c: c.phone(r, r.choice(["nat", "intl"])), 0.05, 0),
        ("emel", EML, _p("email"), 0.2, 0),
        ("alamat", ADDR, lambda r, c: c.addr(r), 0.25, 0.03),
        ("kata_laluan", PWD, lambda r, c: password(r), 0.3, 0),
        ("kata_laluan_hash", None, lambda r, c: bcrypt(r), 0, 0),
        ("cawangan", None, lambda r, c: c.town(r), 0, 0),
        ("baki_dompet", None, _money("RM"), 0, 0),
        ("mata_ganjaran", None, _num(0, 9000), 0, 0),
        ("kod_promo", None, lambda r, c: "CUCI" + digits(r, 2), 0.5, 0),
        ("tarikh_daftar", None, _day(), 0, 0),
        ("jenis_ahli", None, _ch("biasa", "premium"), 0, 0),
        ("telefon_disahkan", None, _bool, 0, 0),
        ("last_ip", IP, lambda r, c: _ip_public_v4(r), 0.1, 0),
        ("device_id", None, lambda r, c: uid(r), 0, 0),
        ("app_ver", None, lambda r, c: version(r), 0, 0),
        ("nama_produk", None, _ch("Dobi Express", "Lipat Kering 5kg", "Cuci Selimut"), 0, 0),
    ]),
    "dry_cleaning_orders_tr": ("tr", [
        ("siparis_no", None, lambda r, c: ref(r, "KT", 8), 0, 0),
        ("musteri_adi", PER, _p("first"), 0, 0),
        ("musteri_soyadi", PER, _p("last"), 0, 0),
        ("cep_tel", PHN, lambda r, c: c.phone(r, "nat", True), 0.05, 0),
        ("teslim_adresi", ADDR, lambda r, c: c.addr(r), 0.3, 0),
        ("kart_no", CC, lambda r, c: card_fmt(r, card(r, r.choice(["visa", "mc"]))), 0.5, 0),
        ("urun", None, _ch("takım elbise", "gelinlik", "mont", "perde", "halı"), 0, 0),
        ("adet", None, _num(1, 6), 0, 0),
        ("tutar_tl", None, _money("", ","), 0, 0),
        ("kart_son4", None, lambda r, c: digits(r, 4), 0.5, 0),
        ("odeme_tarihi", None, _day(), 0, 0),
        ("sube", None, lambda r, c: c.town(r), 0, 0),
        ("leke_notu", None, _ch("yağ lekesi", "şarap", "yok", "mürekkep"), 0.3, 0),
        ("kampanya", None, _ch("3 al 2 öde", "yok", "öğrenci"), 0, 0),
        ("durum", None, _ch("hazır", "yıkamada", "teslim edildi"), 0, 0),
        ("kurye_plaka", None, lambda r, c: f"{r.randint(1, 81):02d} {alnum(r, 2, string.ascii_uppercase)} {digits(r, 3)}", 0.2, 0),
        ("imza_hash", None, lambda r, c: hexs(r, 64), 0, 0),
        ("adres_tipi", None, _ch("ev", "iş"), 0, 0),
    ]),
    "photo_clients_ie": ("ie", [
        ("Client Name", PER, _p("full"), 0, 0),
        ("Partner First Name", PER, _p("first"), 0.2, 0),
        ("Email", EML, _p("email"), 0, 0),
        ("Mobile", PHN, lambda r, c: c.phone(r, "nat", True), 0.05, 0),
        ("Home Address", ADDR, lambda r, c: "\n".join(c.addr_lines(r)), 0.1, 0),
        ("Hometown", LOC, _ch("Cork", "Limerick", "Kilkenny", "Athlone", "Letterkenny", "Boston"), 0.35, 0),
        ("Deposit IBAN", IBAN, lambda r, c: c.iban(r), 0.4, 0),
        ("Gallery Password", PWD, lambda r, c: password(r), 0.2, 0),
        ("Wedding Date", None, _day(), 0, 0),
        ("Venue", None, _ch("Adare Manor", "Cliff at Lyons", "Ballymagarvey Village", "The K Club"), 0, 0),
        ("Package Name", None, _ch("The Kennedy Collection", "Grace Kelly Package", "Mini Session"), 0, 0),
        ("Deposit EUR", None, _money("€"), 0, 0),
        ("Gallery URL", None, lambda r, c: f"https://gallery.example/{alnum(r, 10).lower()}", 0, 0),
        ("Camera Serial", None, lambda r, c: digits(r, 9), 0, 0),
        ("Images Delivered", None, _num(80, 900), 0.3, 0),
        ("DOB Verified", None, _ch("Y", "N"), 0, 0),
        ("Lead Source", None, _ch("Instagram", "referral", "wedding fair", "Google"), 0, 0),
        ("Contract Hash", None, lambda r, c: hexs(r, 64), 0, 0),
    ]),
    "wedding_bookings_cat": ("ca", [
        ("codi_reserva", None, lambda r, c: alnum(r, 6, string.ascii_uppercase + string.digits), 0, 0),
        ("nom", PER, _p("first"), 0, 0),
        ("cognoms", PER, _p("last"), 0, 0),
        ("telèfon", PHN, lambda r, c: c.phone(r), 0.1, 0),
        ("adreça", ADDR, lambda r, c: c.addr(r), 0.2, 0),
        ("data_naixement", DOB, _dob, 0.4, 0),
        ("població", LOC, lambda r, c: c.town(r), 0.2, 0),
        ("field_3", PER, _p("full"), 0.1, 0),
        ("iban_pagament", IBAN, lambda r, c: c.iban(r), 0.3, 0),
        ("data_casament", None, _day(), 0, 0),
        ("lloc_celebració", None, _ch("Masia Can Ribes", "Castell de Sant Marçal", "Hotel Arts"), 0, 0),
        ("preu", None, _money("", ","), 0, 0),
        ("tipus_adreça", None, _ch("facturació", "enviament"), 0, 0),
        ("nom_del_paquet", None, _ch("Paquet Gaudí", "Paquet Dalí", "Bàsic"), 0, 0),
        ("hash_contracte", None, lambda r, c: hexs(r, 64), 0, 0),
        ("versió_app", None, lambda r, c: version(r), 0, 0),
        ("coord_gps", None, lambda r, c: gps(r), 0.2, 0),
        ("estudi", None, lambda r, c: c.town(r), 0, 0),
    ]),
    "courier_riders_us": ("us", [
        ("RIDER_ID", None, lambda r, c: uid(r), 0, 0),
        ("FULL_NAME", PER, _p("full"), 0, 0),
        ("field_3", PER, _p("first"), 0.1, 0),
        ("SSN", SSN, lambda r, c: ssn(r), 0.05, 0),
        ("DOB", DOB, _dob, 0.05, 0),
        ("PHONE", PHN, lambda r, c: c.phone(r), 0, 0),
        ("EMAIL", EML, _p("email"), 0, 0),
        ("HOME_ADDR", ADDR, lambda r, c: c.addr(r), 0.1, 0),
        ("BANK_ROUTING", None, lambda r, c: routing(r), 0, 0),
        ("BANK_ACCT", BANK, lambda r, c: us_acct(r), 0.1, 0),
        ("attr2", KEY, lambda r, c: api_key(r), 0.4, 0),
        ("VEHICLE", None, _ch("bike", "e-bike", "car", "scooter"), 0, 0),
        ("DEVICE_IMEI", None, lambda r, c: imei(r), 0, 0),
        ("ZONE", None, lambda r, c: c.town(r) + " Central", 0, 0),
        ("RATING", None, lambda r, c: f"{r.uniform(3.5, 5):.2f}", 0, 0),
        ("ACCEPT_PCT", None, _num(40, 100), 0, 0),
        ("ONBOARDED_AT", None, _dt_iso, 0, 0),
        ("SSN_VERIFIED", None, _bool, 0, 0),
        ("PUBLISHABLE_KEY", None, lambda r, c: pub_key(r), 0, 0),
        ("TAX_ID_MASKED", None, lambda r, c: "***-**-" + digits(r, 4), 0, 0),
        ("CLAIM_REF", None, lambda r, c: ssn_bad(r), 0, 0),
    ]),
    "delivery_events_vn": ("vi", [
        ("mã_đơn", None, lambda r, c: ref(r, "GF", 9), 0, 0),
        ("thời_gian", None, _dt_iso, 0, 0),
        ("tên_khách", PER, _p("full"), 0, 0),
        ("sđt", PHN, lambda r, c: c.phone(r, "nat", True), 0.05, 0.03),
        ("địa_chỉ_giao", ADDR, lambda r, c: c.addr(r), 0.05, 0),
        ("tài_xế", PER, _p("full"), 0.1, 0),
        ("ip_thiết_bị", IP, lambda r, c: ip_pub(r), 0.2, 0),
        ("biển_số", None, lambda r, c: f"{r.randint(29, 99)}{r.choice('ABCDEFGH')}{r.randint(1, 9)}-{digits(r, 3)}.{digits(r, 2)}", 0, 0),
        ("tọa_độ", None, lambda r, c: gps(r), 0, 0),
        ("tổng_tiền", None, lambda r, c: f"{r.randint(30, 900)}.000", 0, 0),
        ("phí_ship", None, lambda r, c: f"{r.randint(10, 40)}.000", 0, 0),
        ("mã_giảm_giá", None, lambda r, c: "FREESHIP" + digits(r, 2), 0.6, 0),
        ("ip_nội_bộ", None, lambda r, c: ip_priv(r), 0, 0),
        ("trạng_thái", None, _ch("đã giao", "đang giao", "hủy"), 0, 0),
        ("thẻ", None, lambda r, c: masked_card(r), 0.4, 0),
        ("nhà_hàng", None, _ch("Phở Thìn", "Bánh Mì Huỳnh Hoa", "Cơm Tấm Bà Ghẻ", "KFC"), 0, 0),
        ("app_version", None, lambda r, c: version(r), 0, 0),
        ("otp", None, lambda r, c: digits(r, 6), 0, 0),
    ]),
}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tname, (lk, specs) in SPECS.items():
        c = LOCS[lk]
        cols: list[Column] = []
        for j, (head, ent, gen, blank, ph) in enumerate(specs):
            r = random.Random(f"fen-{seed}-{tname}-{j}-{head}")
            vals: list[str | None] = []
            for _ in range(rows):
                x = r.random()
                if x < blank:
                    vals.append(None)
                elif x < blank + ph:
                    vals.append(r.choice(PH))
                else:
                    vals.append(gen(r, c))
            cols.append(Column(name=head, entity=ent, values=vals))
        out[tname] = cols
    return out
