"""Labelled accuracy split "butte" for the PII-scanner benchmark (free text + structured tables).

DATA CARD
=========
Author / date
    Helper "butte", 2026-11-28 (a fixed "today"; the clock is never read).

Independence (exactly what was read)
    * The task prompt /tmp/notes/prompt_butte.md (which gives the definitions imported from
      bench/accuracy_data.py; that file itself was NOT opened).
    * `ls` of the repository root and of bench/ (file names only), `git status --short` (file names only),
      and a grep of pyproject.toml for a ruff section (none found).
    * Outputs of Faker 40.63.0 (its locale list and its person-provider name lists, printed and sampled) and
      of phonenumbers 9.0.43 (example numbers, is_valid_number / number_type / PhoneNumberMatcher results).
    Nothing under rules/, pii_audit/, tests/, docs/, bench/results/, bench/out/, no README*/SPEC*, no
    bench/accuracy.py, bench/accuracy_notes.md or any other bench/accuracy_split_*.py was opened. The scanner
    (pii-audit / python -m pii_audit) and Presidio were never read or run. No web search.

API
    free_text(n, seed) -> list[Text]      text i renders TEMPLATES[i % len(TEMPLATES)] with
                                          random.Random(f"butte-{seed}-{i}-{template}"); benchmark: free_text(500, 7)
    structured(rows, seed) -> dict[str, list[Column]]   12 tables, random.Random(f"butte-{seed}-table-{name}");
                                          benchmark: structured(150, 11)
    TEMPLATES                             61 template objects (.name .lang .country .shape .fn)
    Deterministic across processes and PYTHONHASHSEED values (no sets iterated, no clock, Faker used only as
    static name lists drawn with our own seeded random.Random). Both benchmark calls together take < 1 s.
    `python bench/accuracy_split_butte.py` re-checks every span and column value and prints the digest.

Domains
    sheep-shearing contractor (NZ/AU/Wales/Ireland), taxidermy studio (US/DE/ZA/IT/SE), scuba-diving school
    (AU/PH/TR/ES-Catalonia/KE/IN/IT/BR/VN/ZA), brewery taproom with tours (CA/US/NL/GB/IE/IN/ZA/DE/FR/PL/RO/
    SI/EE/Catalonia/VN/BR), falconry experiences (GB/IE/FR/ES/PL/RO), bail-bonds office (US).

Languages (template counts; 61 templates, English 33 = 54 %)
    English 33: US 6, GB 5, AU 4, IN 4, CA 3, IE 3, ZA 3, NZ 3, KE 2.
    Other 28 (15 languages, Latin script): Italian 3, German 2, French 2, Spanish 2, Dutch 2, Portuguese-BR 2,
    Polish 2, Catalan 2, Turkish 2, Romanian 2, Vietnamese 2, Tagalog/Taglish 2, Swedish 1, Slovenian 1,
    Estonian 1. From the "barely used" list: Catalan, Turkish, Romanian, Vietnamese, Tagalog, Slovenian,
    Estonian.
    Names, towns, streets, postcodes, phone formats (phonenumbers national / international / E.164 /
    compact / dashed / dotted) and date formats follow each text's country.

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / Zalo / live
    chat exports, SMS threads, support tickets with internal notes, CRM and call notes, lower-case
    speech-to-text voicemails, contact-form dumps (key: value, key=value, JSON lines), application and
    web-server logs, an INI config, OCR'd forms/invoices (with OCR noise such as "INV0ICE", "Ce1l."),
    booking confirmations, newsletters and notification lists; 3 templates carry no PII at all
    (gb_no_pii_alerts, nz_no_pii_notifications, it_diving_newsletter_no_pii).

Value rules
    Phones: random digits kept only if phonenumbers.is_valid_number (and the wanted mobile/fixed type);
    US/CA/BR numbers use the person's town area code, NZ/AU landlines the region's trunk code.
    Cards: _luhn with Visa/MC/Amex/Discover prefixes, unspaced, spaced or dashed. SSNs: area 001-899
    without 666, group 01-99, serial 0001-9999 (dashed, spaced, unspaced). US accounts: 8-12 digits.
    IBANs: _iban_of for DE AT GB IE NL BE IT PL SE FR ES BR; own mod-97 builder for RO TR SI EE; spaced or
    not. IPs: _ip_public_v4 / _ip_public_v6. DOBs 1946-2007 (children in a few chats). E-mails are built
    from the person's name (ASCII-folded) at real consumer domains; role addresses of the businesses too.
    Every span is built from parts (exact offsets), asserted equal to the inserted value, non-overlapping,
    without surrounding whitespace, quotes, brackets or trailing punctuation.

Label conventions as applied
    PERSON: full, first-only, surname-only, upper/lower case, "Last, First", "First L." (period inside);
      chat speakers labelled; titles (Mr, Mrs, Frau, Sig.ra, doamnă, Hanım/Bey) outside; brand, beer,
      farm, school and street names containing names are not labelled; pet, dog and hawk names are not.
    STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span (flat/unit inside);
      in '>'-quoted replies each quoted line its own span; business addresses in signatures labelled;
      bare street lines labelled (form fields, table columns).
    LOCATION: towns/countries where a person lives, was born, comes from or travels to; branch, depot,
      centre, venue and office towns are not labelled (e.g. "the Gore depot", "our Ludlow centre").
    DATE_OF_BIRTH: birth dates only; booking, court, course, invoice and other dates are unlabelled.
    PASSWORD / API_KEY: plaintext secrets only (hashes, pk_live_ keys, Twilio SIDs, session ids, CSRF
      tokens unlabelled). US_BANK_NUMBER: ACH account only (routing unlabelled). Business phones and role
      e-mail addresses are labelled.

Look-alikes (never labelled)
    masked cards / last-4 / expiry / CVV, private and loopback IPs (10/8, 172.16/12, 192.168/16, fdxx::),
    version and user-agent strings, bcrypt / argon2 / sha256 hashes, UUIDs, order / ticket / booking /
    invoice / quote / tracking / policy / case / receipt numbers, OTPs, gate, locker and door codes, IMEIs
    (Luhn-valid 15 digits), ABA routing numbers alone, BSB and UK sort codes alone, SWIFT/BIC, GPS
    coordinates, amounts, timestamps and non-birth dates, NZ GST numbers (SSN-shaped), VAT / CIN / NIP /
    KvK / P.IVA / CUI numbers, Swedish Swish and bankgiro numbers (checked not to be valid phones), PADI /
    CMAS / SSI numbers, M-Pesa codes, product and company names containing person names, pet/hawk/dog
    names, branch towns.

Tables (name: locales; columns PII/look-alike; header style)
    shearing_gang_roster: NZ, AU; 18 = 7/11; snake_case (first_name / surname split, home_town, dog_name)
    shearing_jobs: NZ; 18 = 6/12; camelCase + abbreviations (addr1, tel, portalPwd), farmName look-alikes
    taxidermy_orders: US; 18 = 6/12; snake_case, "Last, First" names, opaque field_3 (phone)
    praeparate_kunden: DE; 18 = 7/11; German headers (Vorname, Nachname, Straße, Ort, IBAN, Tiername)
    dive_students: PH, AU, GB, DE, NL, US, KE, IE; 19 = 7/12; camelCase (givenName, familyName, dob,
      homeCountry as LOCATION, dobVerified)
    reservas_buceo: Catalonia, ES; 18 = 6/12; Spanish/Catalan headers (Nombre, Apellidos, Població,
      Data naixement)
    taproom_tour_bookings: CA, US; 18 = 7/11; mixed snake/camel/Pascal (guestName, TourGuide, dob ISO)
    brouwerij_rondleidingen: NL (+BE IBANs); 18 = 7/11; Dutch spaced headers (Woonplaats, Filiaal)
    falconry_experiences: GB, IE; 19 = 6/13; spaced Title Case (Lead Name, Gift Recipient first-only,
      Address Line 1, Town, Centre)
    rezervari_soimarit: RO; 18 = 8/10; Romanian snake_case, opaque attr2 (plaintext password)
    BAIL_DEFENDANTS: US; 20 = 8/12; UPPER_SNAKE (SSN, upper-case names and addresses, MONITOR_IMEI)
    bond_payments: US; 20 = 8/12; dotted (card.number, ach.account, agent.api_key, opaque col_7 phone)
    Totals: 222 columns, 83 PII, 139 look-alike. Blank (None) rates 0-60 % per column (ACH rows also
    leave the card columns empty); placeholders (N/A, -, unknown, n/a, ?) in some PII columns.

Known limits
    * Street names, house numbers and postcodes are plausible, not verified to exist together.
    * Mobile numbers (outside US/CA/BR) and most landlines are not tied to the person's town.
    * Faker name lists include some rarer or foreign-origin names; gendered surname agreement is handled
      only for Polish; Vietnamese names are family-name first.
    * RO/TR/SI/EE IBANs pass mod-97 but national check digits are not computed.
    * A few look-alikes are accepted by phonenumbers' loose matcher in their region (Chrome version strings
      in the CA access log, dotted dates in the DE form, private IPs in the IN ticket); they stay
      unlabelled as look-alikes.
    * 500 texts over 61 templates gives 8-9 texts per template; the texts share phrasing within a template.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
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

TODAY = _dt.date(2026, 11, 28)  # fixed "today"; the clock is never read

# ---------------------------------------------------------------------------
# span builder
# ---------------------------------------------------------------------------
_EDGE_BAD = set("\"'()[]{}<>,;:!?«»“”‘’ \n\t")


def PER(v):
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


def ADDR(v):
    return (v, "STREET_ADDRESS")


def LOC(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PWD(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


class _B:
    """Builds a text from literal parts and (value, label) parts; offsets are exact by construction."""

    __slots__ = ("parts", "spans", "n")

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str, str]] = []
        self.n = 0

    def __call__(self, *items):
        for it in items:
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            else:
                v, lab = it
                assert lab in LABELS, lab
                assert v and v == v.strip(), repr(v)
                self.spans.append((self.n, self.n + len(v), lab, v))
                self.parts.append(v)
                self.n += len(v)
        return self

    def text(self) -> Text:
        s = "".join(self.parts)
        prev_end = -1
        for a, b, lab, v in self.spans:
            assert s[a:b] == v, (s[a:b], v)
            assert a >= prev_end, ("overlap", v)
            prev_end = b
            assert v[0] not in _EDGE_BAD or (lab == "PHONE_NUMBER" and v[0] == "("), (lab, v)
            if v[-1] in _EDGE_BAD or (v[-1] == "." and not (lab == "PERSON" and len(v) >= 2 and v[-2].isalpha())):
                raise AssertionError(("edge", lab, v))
        return Text(s, [(a, b, lab) for a, b, lab, _ in self.spans])


# ---------------------------------------------------------------------------
# small generic helpers
# ---------------------------------------------------------------------------
_TRANS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "ð": "d", "þ": "th", "Þ": "Th"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _sha256(rng: random.Random) -> str:
    return hashlib.sha256(_alnum(rng, 24).encode()).hexdigest()


def _bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _alnum(rng, 53, "./" + string.ascii_letters + string.digits)


def _argon2(rng: random.Random) -> str:
    a = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${_alnum(rng, 22, a)}${_alnum(rng, 43, a)}"


def _private_ip(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 1:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 2:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 3:
        return "127.0.0.1"
    return f"fd{_hex(rng, 2)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{rng.randrange(1, 99)}"


def _version(rng: random.Random) -> str:
    return f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"


def _imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def _aba(rng: random.Random) -> str:
    """ABA routing number with a valid checksum (a look-alike, never labelled)."""
    while True:
        d = [int(c) for c in rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        out = "".join(map(str, d)) + str(c)
        if out[:2] in {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22",
                       "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"}:
            return out


def _ssn(rng: random.Random, style: int = 0) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = ["-", " ", ""][style % 3]
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _us_account(rng: random.Random) -> str:
    return str(rng.randrange(1, 10)) + _digits(rng, rng.choice([7, 9, 10, 11]))


def _card(rng: random.Random, style: int | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = _luhn(rng, "4", 16)
    elif kind == "mc":
        n = _luhn(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        n = _luhn(rng, "6011", 16)
    st = rng.randrange(3) if style is None else style
    if st == 0:
        return n
    sep = " " if st == 1 else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _masked_card(rng: random.Random) -> str:
    l4 = _digits(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}",
                       f"{rng.choice(['4', '5'])}{_digits(rng, 3)} **** **** {l4}", f"•••• {l4}"])


def _iban_mod97(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban(rng: random.Random, cc: str, spaced: bool = False) -> str:
    if cc == "RO":
        v = _iban_mod97("RO", rng.choice(["BTRL", "RNCB", "INGB", "BRDE", "BACX"]) + _digits(rng, 16))
    elif cc == "TR":
        v = _iban_mod97("TR", _digits(rng, 5) + "0" + _digits(rng, 16))
    elif cc == "SI":
        v = _iban_mod97("SI", rng.choice(["02", "03", "04", "10", "19"]) + _digits(rng, 13))
    elif cc == "EE":
        v = _iban_mod97("EE", rng.choice(["22", "10", "17", "77"]) + _digits(rng, 14))
    else:
        v = _iban_of(rng, cc)
    if spaced:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


_BICS = ["DEUTDEFF", "COBADEFFXXX", "NWBKGB2L", "ABNANL2A", "RABONL2U", "BNPAFRPP", "CAIXESBB", "UNCRITMM",
         "BTRLRO22", "LJBASI2X", "HABAEE2X", "TGBATRIS", "PKOPPLPW", "SWEDSESS", "ITAUBRSP", "AIBKIE2D"]


def _password(rng: random.Random, words: list[str] | None = None) -> str:
    w = rng.choice(words or ["Merino", "sunshine", "Falcon", "harrier", "Hoppy", "tank", "Ranger", "mako",
                             "Kestrel", "bluefin", "Pilsner", "shearer", "Bulldog", "coral", "Summer"])
    k = rng.randrange(6)
    if k == 0:
        return f"{w}{rng.choice('!#$%&*?')}{rng.randrange(10, 99)}"
    if k == 1:
        return f"{w.capitalize()}{rng.choice('!#$@')}{rng.randrange(1950, 2027)}"
    if k == 2:
        return f"{w.lower()}_{_alnum(rng, 4, string.ascii_lowercase + string.digits)}"
    if k == 3:
        return (_alnum(rng, 1, string.ascii_letters) + _alnum(rng, rng.randrange(8, 13), string.ascii_letters + string.digits + "!@#%^&*-_")
                + _alnum(rng, 1, string.digits))
    if k == 4:
        return f"{w[:3].lower()}{rng.randrange(1000, 9999)}{w[-2:].upper()}"
    return f"{rng.choice(['Tui', 'Kea', 'Moss', 'Ziggy', 'Hops'])}{rng.choice('.-+')}{w.lower()}{rng.randrange(1, 99)}"


def _api_key(rng: random.Random) -> str:
    k = rng.randrange(6)
    an = string.ascii_letters + string.digits
    if k == 0:
        return "sk_live_" + _alnum(rng, 24, an)
    if k == 1:
        return "ghp_" + _alnum(rng, 36, an)
    if k == 2:
        return f"xoxb-{rng.randrange(10**10, 10**11)}-{rng.randrange(10**11, 10**12)}-{_alnum(rng, 24, an)}"
    if k == 3:
        return "SG." + _alnum(rng, 22, an + "-_") + "." + _alnum(rng, 43, an + "-_")
    if k == 4:
        return "AIza" + _alnum(rng, 35, an + "-_")
    return "key-" + _hex(rng, 32)


def _pub_key(rng: random.Random) -> str:
    return "pk_live_" + _alnum(rng, 24)


def _twilio_sid(rng: random.Random) -> str:
    return "AC" + _hex(rng, 32)


def _ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return f"{prefix}{_digits(rng, n)}"


def _code(rng: random.Random, n: int = 6) -> str:
    return _alnum(rng, n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def _gps(rng: random.Random, lat: float, lon: float) -> str:
    return f"{lat + rng.uniform(-0.3, 0.3):.5f}, {lon + rng.uniform(-0.3, 0.3):.5f}"


def _nophone(rng: random.Random, region: str, gen) -> str:
    """A look-alike digit string that is not a valid phone number of the region (regenerated until so)."""
    while True:
        v = gen(rng)
        try:
            if not phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return v
        except phonenumbers.NumberParseException:
            return v


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------------------
# names (Faker's person-provider lists where they are good; own lists elsewhere)
# ---------------------------------------------------------------------------
def _faker_names(loc: str) -> tuple[list[str], list[str], list[str]]:
    P = importlib.import_module("faker.providers.person." + loc).Provider
    return list(P.first_names_male), list(P.first_names_female), list(P.last_names)


_OWN_NAMES = {
    "ZA": (["Thabo", "Sipho", "Pieter", "Johan", "Riaan", "Kagiso", "Themba", "Willem", "Mandla", "Ruan", "Lwazi",
            "Dawid"],
           ["Lerato", "Nomvula", "Annelie", "Zanele", "Thandiwe", "Marike", "Naledi", "Ayesha", "Elmarie", "Palesa",
            "Chantelle", "Busisiwe"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "du Plessis", "Khumalo", "Pretorius",
            "Ndlovu", "Naidoo", "Venter", "Mahlangu", "Coetzee", "Steyn", "Molefe", "Jacobs"]),
    "PL": (["Jakub", "Tomasz", "Piotr", "Krzysztof", "Michał", "Paweł", "Grzegorz", "Łukasz", "Marcin", "Wojciech"],
           ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Małgorzata", "Ewa", "Zofia", "Monika",
            "Dorota"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jabłoński", "Pawlak"]),
    "CAT": (["Jordi", "Pau", "Arnau", "Marc", "Oriol", "Joan", "Xavier", "Pere", "Guillem", "Roger", "Quim"],
            ["Montserrat", "Núria", "Mireia", "Laia", "Roser", "Meritxell", "Anna", "Gemma", "Neus", "Carla",
             "Berta"],
            ["Puig", "Vilaseca", "Ferrer", "Soler", "Casals", "Roca", "Pujol", "Riera", "Bosch", "Serra", "Font",
             "Camps", "Vidal", "Coll", "Sala", "Bofill"]),
    "TR": (["Mehmet", "Mustafa", "Emre", "Burak", "Can", "Ahmet", "Murat", "Oğuz", "Serkan", "Kerem", "Barış"],
           ["Ayşe", "Elif", "Zeynep", "Merve", "Selin", "Derya", "Gülşen", "Ebru", "Özlem", "Deniz", "Büşra"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç",
            "Kurt", "Polat", "Erdoğan", "Aksoy", "Güneş"]),
    "VN": (["Minh", "Tuấn", "Hùng", "Nam", "Quang", "Dũng", "Huy", "Phong", "Khoa", "Bảo"],
           ["Lan", "Mai", "Hương", "Ngọc", "Thảo", "Linh", "Trang", "Hà", "Phương", "Yến"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]),
    "PH": (["Jose Miguel", "Rodel", "Mark Anthony", "Jerome", "Paolo", "Carlo", "Arnel", "Jun", "Rommel", "Nico"],
           ["Maria Cristina", "Angelica", "Jocelyn", "Rowena", "Katrina", "Maricel", "Lovely", "Jasmine", "Ligaya",
            "Princess"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Macaraeg",
            "Dimaculangan", "Manalo", "Aquino", "Pascual", "Soriano", "Tolentino"]),
}

_NAME_SRC = {"US": "en_US", "CA": "en_US", "GB": "en_GB", "AU": "en_NZ", "NZ": "en_NZ", "IE": "en_IE",
             "IN": "en_IN", "KE": "en_KE", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
             "NL": "nl_NL", "BR": "pt_BR", "SE": "sv_SE", "RO": "ro_RO", "SI": "sl_SI", "EE": "et_EE"}
_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = dict(_OWN_NAMES)
for _cc, _loc in sorted(_NAME_SRC.items()):
    _m, _f, _l = _faker_names(_loc)
    # keep the commoner head of long weighted lists, drop odd entries with spaces in single-name lists
    _NAMES[_cc] = ([x for x in _m[:260] if " " not in x], [x for x in _f[:260] if " " not in x],
                   [x for x in _l[:500] if not x.startswith("'")])


def _gender_last(cc: str, last: str, female: bool) -> str:
    if cc == "PL" and female:
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
    return last


# ---------------------------------------------------------------------------
# countries: towns (with postcode rule), streets, phone region, email domains, date style
# ---------------------------------------------------------------------------
_L = "ABDEFGHJLNPQRSTUWXYZ"


def _pc(rng: random.Random, cc: str, base: str) -> str:
    if cc == "US":
        return base + _digits(rng, 2)
    if cc == "GB":
        return f"{base} {rng.randrange(1, 10)}{rng.choice(_L)}{rng.choice(_L)}"
    if cc == "CA":
        return f"{base} {rng.randrange(10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
    if cc == "IE":
        a = "ACDEFHKNPRTVWXY"
        return f"{base} {rng.choice(a)}{rng.randrange(10)}{rng.choice(a)}{rng.randrange(10)}"
    if cc == "IN":
        return base + _digits(rng, 2)
    if cc in ("DE", "EE"):
        return base + _digits(rng, 3)
    if cc == "NL":
        return f"{base}{_digits(rng, 2)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if cc == "BR":
        return f"{base}{_digits(rng, 3)}-{_digits(rng, 3)}"
    if cc == "PL":
        return f"{base}-{_digits(rng, 3)}"
    if cc == "SE":
        return f"{base} {_digits(rng, 2)}"
    if cc == "RO":
        return base + _digits(rng, 3)
    return base  # fixed postcodes (AU NZ ZA KE FR ES CAT IT TR PH SI) or none (VN)


# town, postcode base, admin area (state/county/province/UF), lat, lon
_TOWNS = {
    "US": [("Bakersfield", "933", "CA"), ("Tulsa", "741", "OK"), ("Billings", "591", "MT"), ("Savannah", "314", "GA"),
           ("Dayton", "454", "OH"), ("Boise", "837", "ID"), ("Lubbock", "794", "TX"), ("Spokane", "992", "WA"),
           ("Albany", "122", "NY"), ("Reno", "895", "NV"), ("Fresno", "937", "CA"), ("Knoxville", "379", "TN")],
    "GB": [("Aberystwyth", "SY23", "Ceredigion"), ("Hexham", "NE46", "Northumberland"), ("Kendal", "LA9", "Cumbria"),
           ("Truro", "TR1", "Cornwall"), ("Shrewsbury", "SY1", "Shropshire"), ("Stirling", "FK8", "Stirling"),
           ("Brecon", "LD3", "Powys"), ("Skipton", "BD23", "North Yorkshire"), ("Ludlow", "SY8", "Shropshire"),
           ("Bideford", "EX39", "Devon")],
    "CA": [("Red Deer", "T4N", "AB"), ("Kamloops", "V2C", "BC"), ("Moncton", "E1C", "NB"), ("Guelph", "N1H", "ON"),
           ("Brandon", "R7A", "MB"), ("Saskatoon", "S7K", "SK"), ("Kelowna", "V1Y", "BC"), ("Halifax", "B3H", "NS")],
    "AU": [("Wagga Wagga", "2650", "NSW"), ("Dubbo", "2830", "NSW"), ("Ballarat", "3350", "VIC"),
           ("Toowoomba", "4350", "QLD"), ("Bendigo", "3550", "VIC"), ("Launceston", "7250", "TAS"),
           ("Mount Gambier", "5290", "SA"), ("Geraldton", "6530", "WA"), ("Cairns", "4870", "QLD")],
    "NZ": [("Gore", "9710", "Southland"), ("Masterton", "5810", "Wairarapa"), ("Feilding", "4702", "Manawatū"),
           ("Alexandra", "9320", "Otago"), ("Te Kuiti", "3910", "Waikato"), ("Timaru", "7910", "Canterbury"),
           ("Balclutha", "9230", "Otago"), ("Dannevirke", "4930", "Hawke's Bay"), ("Ashburton", "7700", "Canterbury")],
    "IE": [("Ennis", "V95", "Clare"), ("Tralee", "V92", "Kerry"), ("Castlebar", "F23", "Mayo"),
           ("Mullingar", "N91", "Westmeath"), ("Athlone", "N37", "Westmeath"), ("Clonmel", "E91", "Tipperary"),
           ("Letterkenny", "F92", "Donegal"), ("Tullamore", "R35", "Offaly")],
    "ZA": [("Stellenbosch", "7600", "WC"), ("Bloemfontein", "9301", "FS"), ("Polokwane", "0699", "LP"),
           ("George", "6529", "WC"), ("Mbombela", "1200", "MP"), ("Kimberley", "8301", "NC"),
           ("Pietermaritzburg", "3201", "KZN"), ("Paarl", "7646", "WC")],
    "IN": [("Pune", "4110", "Maharashtra"), ("Coimbatore", "6410", "Tamil Nadu"), ("Nagpur", "4400", "Maharashtra"),
           ("Mysuru", "5700", "Karnataka"), ("Indore", "4520", "Madhya Pradesh"), ("Lucknow", "2260", "Uttar Pradesh"),
           ("Kochi", "6820", "Kerala"), ("Jaipur", "3020", "Rajasthan")],
    "KE": [("Nakuru", "20100", ""), ("Eldoret", "30100", ""), ("Kisumu", "40100", ""), ("Nyeri", "10100", ""),
           ("Machakos", "90100", ""), ("Thika", "01000", ""), ("Malindi", "80200", "")],
    "DE": [("Freiburg im Breisgau", "79", ""), ("Bamberg", "96", ""), ("Lüneburg", "21", ""), ("Görlitz", "02", ""),
           ("Passau", "94", ""), ("Marburg", "35", ""), ("Rostock", "18", ""), ("Tübingen", "72", "")],
    "FR": [("Annecy", "74000", ""), ("Quimper", "29000", ""), ("Périgueux", "24000", ""), ("Colmar", "68000", ""),
           ("Albi", "81000", ""), ("Angers", "49000", ""), ("Niort", "79000", ""), ("Bayonne", "64100", "")],
    "ES": [("Cáceres", "10001", ""), ("Logroño", "26002", ""), ("Huesca", "22002", ""), ("Lugo", "27001", ""),
           ("Cádiz", "11005", ""), ("Teruel", "44001", ""), ("Soria", "42002", ""), ("Ourense", "32003", "")],
    "CAT": [("Girona", "17001", ""), ("Vic", "08500", ""), ("Manresa", "08240", ""), ("Figueres", "17600", ""),
            ("Reus", "43201", ""), ("Lleida", "25002", ""), ("Olot", "17800", ""), ("Tortosa", "43500", "")],
    "IT": [("Bergamo", "24121", "BG"), ("Lecce", "73100", "LE"), ("Trento", "38122", "TN"), ("Perugia", "06121", "PG"),
           ("Udine", "33100", "UD"), ("Matera", "75100", "MT"), ("Cuneo", "12100", "CN"), ("Siena", "53100", "SI")],
    "NL": [("Zwolle", "80", ""), ("Leeuwarden", "89", ""), ("Deventer", "74", ""), ("Haarlem", "20", ""),
           ("Maastricht", "62", ""), ("Amersfoort", "38", ""), ("Groningen", "97", ""), ("Breda", "48", "")],
    "BR": [("Campinas", "13", "SP"), ("Florianópolis", "88", "SC"), ("Juiz de Fora", "36", "MG"),
           ("Londrina", "86", "PR"), ("Uberlândia", "38", "MG"), ("Natal", "59", "RN"), ("Caxias do Sul", "95", "RS"),
           ("Petrópolis", "25", "RJ")],
    "PL": [("Toruń", "87", ""), ("Rzeszów", "35", ""), ("Olsztyn", "10", ""), ("Lublin", "20", ""),
           ("Opole", "45", ""), ("Kielce", "25", ""), ("Gdynia", "81", ""), ("Białystok", "15", "")],
    "SE": [("Östersund", "831", ""), ("Umeå", "903", ""), ("Visby", "621", ""), ("Kalmar", "392", ""),
           ("Falun", "791", ""), ("Lund", "223", ""), ("Örebro", "702", ""), ("Luleå", "972", "")],
    "TR": [("Kaş", "07580", "Antalya"), ("Bodrum", "48400", "Muğla"), ("Fethiye", "48300", "Muğla"),
           ("Çeşme", "35930", "İzmir"), ("Marmaris", "48700", "Muğla"), ("Ayvalık", "10400", "Balıkesir"),
           ("Nilüfer", "16110", "Bursa"), ("Kadıköy", "34710", "İstanbul")],
    "RO": [("Brașov", "500", "Brașov"), ("Sibiu", "550", "Sibiu"), ("Cluj-Napoca", "400", "Cluj"),
           ("Iași", "700", "Iași"), ("Timișoara", "300", "Timiș"), ("Suceava", "720", "Suceava"),
           ("Oradea", "410", "Bihor"), ("Constanța", "900", "Constanța")],
    "VN": [("Hà Nội", "", ""), ("Đà Nẵng", "", ""), ("Huế", "", ""), ("Nha Trang", "", ""), ("Cần Thơ", "", ""),
           ("Hải Phòng", "", ""), ("Đà Lạt", "", ""), ("Vũng Tàu", "", "")],
    "PH": [("Puerto Galera", "5203", "Oriental Mindoro"), ("Moalboal", "6032", "Cebu"),
           ("Dumaguete", "6200", "Negros Oriental"), ("Coron", "5316", "Palawan"), ("Batangas City", "4200", "Batangas"),
           ("Mabini", "4202", "Batangas"), ("Quezon City", "1100", "Metro Manila"), ("Lipa", "4217", "Batangas")],
    "SI": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Kranj", "4000", ""), ("Piran", "6330", ""),
           ("Bled", "4260", ""), ("Celje", "3000", ""), ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
    "EE": [("Tallinn", "10", ""), ("Tartu", "50", ""), ("Pärnu", "80", ""), ("Haapsalu", "90", ""),
           ("Viljandi", "71", ""), ("Rakvere", "44", ""), ("Kuressaare", "93", ""), ("Narva", "20", "")],
}

_STREETS = {
    "US": ["Oak", "Cedar Ridge", "Maple", "Sycamore", "Lakeview", "Pioneer", "Mill Creek", "Juniper", "Ridgecrest",
           "Willow Bend", "Prairie Wind", "Elm", "Canyon View", "Hickory Hollow"],
    "GB": ["Station Road", "Church Lane", "High Street", "Mill Lane", "Victoria Terrace", "Bryn Road", "Heol y Parc",
           "Orchard Close", "The Paddocks", "Castle Street", "Priory Walk", "Fell View"],
    "CA": ["Riverside Drive", "Birch Street", "Lakeshore Road", "Prospect Avenue", "Aspen Crescent", "Main Street",
           "Spruce Grove", "Coldwater Road", "Harbourview Lane"],
    "AU": ["Kooringal Road", "Fitzroy Street", "Banksia Drive", "Wattle Crescent", "Peel Street", "Lydiard Street",
           "Ruthven Street", "Mitchell Highway", "Sheridan Street", "Bolwarra Avenue"],
    "NZ": ["Tay Street", "Queen Street", "Kakanui Road", "Ruahine Street", "Kowhai Drive", "Rata Street",
           "Centennial Avenue", "Waipahi Highway", "Totara Street", "Kimbolton Road"],
    "IE": ["Mill Street", "Church Road", "Abbey Street", "The Crescent", "Bridge Street", "Market Square",
           "Chapel Lane", "Station Road", "Knockanore Road", "Convent Hill"],
    "ZA": ["Dorp Street", "Church Street", "Voortrekker Road", "Bird Street", "Protea Avenue", "Long Street",
           "Hospital Street", "Kerk Street", "Kingfisher Crescent"],
    "IN": ["Law College Road", "Avinashi Road", "Wardha Road", "Sayyaji Rao Road", "MG Road", "Hazratganj Main Road",
           "Panampilly Nagar Main Avenue", "Tonk Road"],
    "KE": ["Kenyatta Avenue", "Oginga Odinga Street", "Uganda Road", "Kimathi Way", "Ngei Road", "Lamu Road"],
    "DE": ["Hauptstraße", "Lindenstraße", "Am Mühlbach", "Bahnhofstraße", "Schillerstraße", "Gartenweg",
           "Kirchgasse", "Rosenweg", "Eichendorffring", "An der Stadtmauer"],
    "FR": ["rue des Tanneurs", "avenue de la Gare", "chemin des Vignes", "place du Marché", "impasse des Lilas",
           "rue du Moulin", "boulevard Carnot", "allée des Tilleuls"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle San Roque", "Plaza de España", "Calle Real",
           "Calle del Carmen", "Ronda de la Muralla", "Travesía del Horno"],
    "CAT": ["Carrer Major", "Carrer de la Rutlla", "Plaça del Vi", "Passeig de la Devesa", "Carrer del Carme",
            "Rambla Nova", "Carrer de Sant Pere", "Carrer dels Ferrers"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via dei Mille", "Piazza Duomo", "Viale Trento",
           "Via delle Rose", "Vicolo del Pozzo"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Lindelaan", "Brink", "Havenkade",
           "Beukenlaan"],
    "BR": ["Rua das Flores", "Avenida Brasil", "Rua XV de Novembro", "Rua Sete de Setembro", "Rua Paraná",
           "Avenida Rio Branco", "Rua dos Andradas", "Travessa do Ouvidor"],
    "PL": ["Mickiewicza", "Słowackiego", "Kościuszki", "Polna", "Leśna", "Długa", "Ogrodowa", "Lipowa"],
    "SE": ["Storgatan", "Kyrkogatan", "Björkvägen", "Strandvägen", "Skolgatan", "Ringvägen", "Tallstigen"],
    "TR": ["Atatürk Cad.", "Cumhuriyet Cad.", "Hastane Sok.", "Liman Sok.", "Gazi Mustafa Kemal Bulvarı",
           "Çarşı Sok.", "Uzun Çarşı Sok."],
    "RO": ["Str. Mihai Viteazu", "Str. Republicii", "Str. Florilor", "Str. Lungă", "Bd. Eroilor", "Str. Avram Iancu",
           "Calea Dumbrăvii"],
    "VN": ["phố Hàng Bạc", "đường Trần Phú", "đường Lê Lợi", "phố Huế", "đường Nguyễn Văn Cừ", "đường Hùng Vương",
           "đường Bạch Đằng"],
    "PH": ["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Bonifacio St.", "P. Burgos St.", "Acacia St.",
           "National Highway"],
    "SI": ["Prešernova cesta", "Slovenska cesta", "Cankarjeva ulica", "Trubarjeva cesta", "Gregorčičeva ulica",
           "Partizanska cesta", "Kidričeva ulica"],
    "EE": ["Rüütli tn", "Tamme pst", "Pikk tn", "Riia mnt", "Kalda tee", "Jõe tn", "Lossi tn"],
}

_IN_BLDG = ["Sai Krupa Apartments", "Shanti Niketan", "Green Park Residency", "Sunrise Towers", "Gokul Dham",
            "Lotus Enclave"]
_PH_BRGY = ["San Isidro", "Poblacion", "Balibago", "Sabang", "Santo Niño", "Bagong Silang"]
_VN_WARD = ["phường Hàng Buồm", "phường Lộc Thọ", "phường 7", "phường Vĩnh Nguyên", "phường An Cư", "phường 4"]
_TR_MAH = ["Cumhuriyet Mah.", "Andifli Mah.", "Çarşı Mah.", "Yalı Mah.", "Kemeraltı Mah.", "Gümbet Mah."]

_PHONE_REGION = {"CAT": "ES"}
_EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "att.net"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com", "yahoo.co.uk"],
    "CA": ["gmail.com", "shaw.ca", "rogers.com", "hotmail.com", "sympatico.ca"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "iinet.net.au", "optusnet.com.au"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz", "farmside.co.nz"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"],
    "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "KE": ["gmail.com", "yahoo.com", "outlook.com", "africaonline.co.ke"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "CAT": ["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "RO": ["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"],
    "VN": ["gmail.com", "yahoo.com.vn", "vnn.vn", "fpt.vn"],
    "PH": ["gmail.com", "yahoo.com.ph", "outlook.ph", "ymail.com"],
    "SI": ["gmail.com", "siol.net", "t-2.net", "amis.net"],
    "EE": ["gmail.com", "hot.ee", "mail.ee", "online.ee"],
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
           "de setembre", "d'octubre", "de novembre", "de desembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
}


def _dob(rng: random.Random, lo: int = 1946, hi: int = 2007) -> _dt.date:
    return _dt.date(lo, 1, 1) + _dt.timedelta(days=rng.randrange((_dt.date(hi, 12, 31) - _dt.date(lo, 1, 1)).days))


def _soon(rng: random.Random, lo: int = 1, hi: int = 120) -> _dt.date:
    return TODAY + _dt.timedelta(days=rng.randrange(lo, hi))


def _past(rng: random.Random, lo: int = 1, hi: int = 400) -> _dt.date:
    return TODAY - _dt.timedelta(days=rng.randrange(lo, hi))


def _fmt_date(d: _dt.date, cc: str, style: int = 0) -> str:
    """Country-typical date formats; style picks among the country's usual ones."""
    D, M, Y = d.day, d.month, d.year
    if cc in ("US", "PH") and style % 3 == 0:
        return f"{M:02d}/{D:02d}/{Y}"
    if cc in ("US",):
        return [f"{_MONTHS['en'][M - 1]} {D}, {Y}", f"{M}/{D}/{Y}", f"{Y}-{M:02d}-{D:02d}"][style % 3]
    if cc == "PH":
        return [f"{_MONTHS['tl'][M - 1]} {D}, {Y}", f"{_MONTHS['en'][M - 1]} {D}, {Y}"][style % 2]
    if cc == "CA":
        return [f"{Y}-{M:02d}-{D:02d}", f"{_MONTHS['en'][M - 1]} {D}, {Y}", f"{D:02d}/{M:02d}/{Y}"][style % 3]
    if cc in ("GB", "IE", "AU", "NZ", "ZA", "KE"):
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {_MONTHS['en'][M - 1]} {Y}", f"{D}/{M}/{Y}",
                f"{D} {_MONTHS['en'][M - 1][:3]} {Y}"][style % 4]
    if cc == "IN":
        return [f"{D:02d}-{M:02d}-{Y}", f"{D:02d}/{M:02d}/{Y}", f"{D} {_MONTHS['en'][M - 1][:3]} {Y}"][style % 3]
    if cc == "DE":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D}. {_MONTHS['de'][M - 1]} {Y}", f"{D}.{M}.{Y}"][style % 3]
    if cc == "FR":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {_MONTHS['fr'][M - 1]} {Y}"][style % 2]
    if cc == "ES":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} de {_MONTHS['es'][M - 1]} de {Y}", f"{D}-{M}-{Y}"][style % 3]
    if cc == "CAT":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {_MONTHS['ca'][M - 1]} de {Y}"][style % 2]
    if cc == "IT":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {_MONTHS['it'][M - 1]} {Y}", f"{D:02d}-{M:02d}-{Y}"][style % 3]
    if cc == "NL":
        return [f"{D:02d}-{M:02d}-{Y}", f"{D} {_MONTHS['nl'][M - 1]} {Y}"][style % 2]
    if cc == "BR":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} de {_MONTHS['pt'][M - 1]} de {Y}"][style % 2]
    if cc == "PL":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D} {_MONTHS['pl'][M - 1]} {Y}"][style % 2]
    if cc == "SE":
        return [f"{Y}-{M:02d}-{D:02d}", f"{D} {_MONTHS['sv'][M - 1]} {Y}"][style % 2]
    if cc == "TR":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D} {_MONTHS['tr'][M - 1]} {Y}", f"{D:02d}/{M:02d}/{Y}"][style % 3]
    if cc == "RO":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D} {_MONTHS['ro'][M - 1]} {Y}"][style % 2]
    if cc == "VN":
        return [f"{D:02d}/{M:02d}/{Y}", f"ngày {D} tháng {M} năm {Y}"][style % 2]
    if cc == "SI":
        return [f"{D}. {M}. {Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}. {_MONTHS['sl'][M - 1]} {Y}"][style % 3]
    if cc == "EE":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D}. {_MONTHS['et'][M - 1]} {Y}"][style % 2]
    raise KeyError(cc)


# ---------------------------------------------------------------------------
# phones: random digits checked with phonenumbers.is_valid_number
# ---------------------------------------------------------------------------
def _phone_obj(rng: random.Random, region: str, mobile: bool = True, pref: str | None = None):
    want = {_PNT.MOBILE, _PNT.FIXED_LINE_OR_MOBILE} if mobile else {_PNT.FIXED_LINE, _PNT.FIXED_LINE_OR_MOBILE}
    ex = phonenumbers.example_number_for_type(region, _PNT.MOBILE if mobile else _PNT.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 2 if (mobile and region in ("DE", "IT", "IN", "TR", "VN", "PH", "BR", "KE", "ZA")) else 1
    if region == "BR":
        keep = 3
    head = pref if pref else nsn[:keep]
    for _ in range(2000):
        d = head + _digits(rng, len(nsn) - len(head))
        num = phonenumbers.parse(f"+{ex.country_code}{d}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in want:
            return num
    return ex


# area codes (national significant number prefixes) of the towns in _TOWNS, where a country ties numbers to places
_AREA = {
    "US": {"Bakersfield": "661", "Tulsa": "918", "Billings": "406", "Savannah": "912", "Dayton": "937", "Boise": "208",
           "Lubbock": "806", "Spokane": "509", "Albany": "518", "Reno": "775", "Fresno": "559", "Knoxville": "865"},
    "CA": {"Red Deer": "403", "Kamloops": "250", "Moncton": "506", "Guelph": "519", "Brandon": "204",
           "Saskatoon": "306", "Kelowna": "250", "Halifax": "902"},
    "BR": {"Campinas": "19", "Florianópolis": "48", "Juiz de Fora": "32", "Londrina": "43", "Uberlândia": "34",
           "Natal": "84", "Caxias do Sul": "54", "Petrópolis": "24"},
}
_FIXED_AREA = {
    "NZ": {"Gore": "3", "Masterton": "6", "Feilding": "6", "Alexandra": "3", "Te Kuiti": "7", "Timaru": "3",
           "Balclutha": "3", "Dannevirke": "6", "Ashburton": "3"},
    "AU": {"NSW": "2", "VIC": "3", "QLD": "7", "TAS": "3", "SA": "8", "WA": "8"},
}


def _phone(rng: random.Random, cc: str, mobile: bool = True, style: str | None = None, town: str | None = None,
           admin: str | None = None) -> str:
    region = _PHONE_REGION.get(cc, cc)
    pref = None
    if cc in _AREA:
        pref = _AREA[cc].get(town or "") or _pick(rng, sorted(_AREA[cc].values()))
        if cc == "BR":
            pref += "9" if mobile else rng.choice("2345")
    elif not mobile and cc in _FIXED_AREA:
        pref = _FIXED_AREA[cc].get(town or "") or _FIXED_AREA[cc].get(admin or "")
    num = _phone_obj(rng, region, mobile, pref)
    if style is None:
        style = rng.choice(["nat", "nat", "nat", "intl", "intl", "e164", "compact", "dash"])
    if style == "nat":
        s = phonenumbers.format_number(num, _PNF.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _PNF.E164)
    elif style == "compact":
        s = "".join(ch for ch in phonenumbers.format_number(num, _PNF.NATIONAL) if ch.isdigit())
    elif style == "dash":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL).replace(" ", "-")
    elif style == "dots":
        s = phonenumbers.format_number(num, _PNF.NATIONAL)
        s = "".join(ch for ch in s if ch.isdigit())
        s = f"{s[:3]}.{s[3:6]}.{s[6:]}" if region in ("US", "CA") else s
    elif style == "00":
        s = "00" + phonenumbers.format_number(num, _PNF.E164)[1:]
    else:
        raise KeyError(style)
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        ok = False
    if not ok:
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    return s


# ---------------------------------------------------------------------------
# persons and addresses
# ---------------------------------------------------------------------------
class _P:
    """A generated person of one country."""

    def __init__(self, rng: random.Random, cc: str, female: bool | None = None):
        self.cc = cc
        self.female = rng.random() < 0.5 if female is None else female
        m, f, last = _NAMES[cc]
        self.first = _pick(rng, f if self.female else m)
        self.last = _gender_last(cc, _pick(rng, last), self.female)
        self.middle = ""
        if cc == "VN":
            self.middle = "Thị" if self.female else rng.choice(["Văn", "Minh", "Đức", "Quốc", "Hữu"])
            self.full = f"{self.last} {self.middle} {self.first}"
        elif cc == "ES" or (cc == "BR" and rng.random() < 0.5):
            self.last = f"{self.last} {_pick(rng, last)}"
            self.full = f"{self.first} {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        t = _pick(rng, _TOWNS[cc])
        self.town, self.admin = t[0], t[2]
        self.pc = _pc(rng, cc, t[1])
        self.street = _street(rng, cc)
        self.email = _email(rng, self, cc)
        self.phone = _phone(rng, cc, town=self.town)
        self.dob = _dob(rng)

    def tel(self, rng: random.Random, mobile: bool = True, style: str | None = None) -> str:
        """A phone number of this person's country (area code of the person's town where that applies)."""
        return _phone(rng, self.cc, mobile, style, self.town, self.admin)

    def addr(self, rng: random.Random | None = None, lines: bool = False) -> str:
        return _addr(self.cc, self.street, self.town, self.pc, self.admin, lines)


def _street(rng: random.Random, cc: str) -> str:
    s = _pick(rng, _STREETS[cc])
    n = rng.randrange(1, 120)
    if cc == "US":
        line = f"{rng.randrange(100, 9800)} {rng.choice(['', '', 'N ', 'W ', 'E ', 'S '])}{s} " \
               f"{rng.choice(['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Street', 'Avenue'])}"
        if rng.random() < 0.25:
            line += rng.choice([f" Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randrange(1, 300)}",
                                f" #{rng.randrange(2, 40)}"])
        return line
    if cc in ("GB", "NZ", "IE", "ZA", "CA"):
        line = f"{n} {s}"
        if rng.random() < 0.2:
            line = f"{rng.choice(['Flat', 'Unit', 'Apt'])} {rng.randrange(1, 20)}, {line}"
        return line
    if cc == "AU":
        return (f"{rng.randrange(1, 12)}/{n} {s}" if rng.random() < 0.3 else f"{n} {s}")
    if cc == "IN":
        return f"Flat {rng.randrange(1, 9)}0{rng.randrange(1, 9)}, {_pick(rng, _IN_BLDG)}, {n} {s}"
    if cc == "KE":
        return f"House {n}, {s}"
    if cc in ("DE", "NL", "SE", "SI", "EE", "IT"):
        suf = ""
        if cc == "NL" and rng.random() < 0.3:
            suf = rng.choice(["a", "b", "-II", "-1"])
        if cc == "EE" and rng.random() < 0.4:
            suf = f"-{rng.randrange(1, 40)}"
        if cc == "SE" and rng.random() < 0.3:
            suf = f", lgh {rng.randrange(1001, 1305)}"
        if cc == "DE" and rng.random() < 0.2:
            suf = rng.choice(["a", "b"])
        return f"{s} {n}{suf}"
    if cc == "FR":
        return f"{n}{rng.choice(['', '', '', ' bis'])} {s}"
    if cc in ("ES", "CAT"):
        fl = ""
        if rng.random() < 0.5:
            fl = (f", {rng.randrange(1, 6)}º {rng.choice('ABCD')}" if cc == "ES"
                  else f", {rng.randrange(1, 5)}r {rng.randrange(1, 4)}a")
        return f"{s}, {n}{fl}"
    if cc == "BR":
        return f"{s}, {n}" + (f", apto {rng.randrange(1, 20)}{rng.randrange(1, 5)}" if rng.random() < 0.4 else "")
    if cc == "PL":
        return f"ul. {s} {n}" + (f"/{rng.randrange(1, 60)}" if rng.random() < 0.5 else "")
    if cc == "TR":
        return f"{_pick(rng, _TR_MAH)} {s} No: {n}" + (f" D: {rng.randrange(1, 12)}" if rng.random() < 0.5 else "")
    if cc == "RO":
        return f"{s} nr. {n}" + (f", bl. {rng.choice('ABCDM')}{rng.randrange(1, 9)}, ap. {rng.randrange(1, 40)}"
                                 if rng.random() < 0.4 else "")
    if cc == "VN":
        return f"số {n} {s}, {_pick(rng, _VN_WARD)}"
    if cc == "PH":
        return (f"Blk {rng.randrange(1, 30)} Lot {n}, {s}, Brgy. {_pick(rng, _PH_BRGY)}" if rng.random() < 0.5
                else f"{n} {s}, Brgy. {_pick(rng, _PH_BRGY)}")
    raise KeyError(cc)


def _addr(cc: str, street: str, town: str, pc: str, admin: str, lines: bool = False) -> str:
    if cc == "US":
        parts = [street, f"{town}, {admin} {pc}"]
    elif cc == "CA":
        parts = [street, f"{town}, {admin} {pc}"]
    elif cc == "AU":
        parts = [street, f"{town} {admin} {pc}"]
    elif cc in ("GB",):
        parts = [street, town, pc]
    elif cc == "IE":
        parts = [street, town, f"Co. {admin}", pc]
    elif cc in ("NZ", "ZA", "KE"):
        parts = [street, f"{town} {pc}"]
    elif cc == "IN":
        parts = [street, f"{town} {pc}"]
    elif cc == "IT":
        parts = [street, f"{pc} {town} {admin}"]
    elif cc == "BR":
        parts = [street, f"{town} - {admin}", pc]
    elif cc == "TR":
        parts = [street, f"{pc} {town}/{admin}"]
    elif cc == "VN":
        parts = [street, town]
    elif cc == "PH":
        parts = [street, f"{town}, {pc} {admin}"]
    else:  # DE FR ES CAT NL PL SE RO SI EE
        parts = [street, f"{pc} {town}"]
    return "\n".join(parts) if lines else ", ".join(parts)


def _email(rng: random.Random, p: "_P", cc: str) -> str:
    f, l = _ascii(p.first.split()[0]), _ascii(p.last.split()[-1] if cc != "VN" else p.last)
    y = str(p_year(rng))
    k = rng.randrange(8)
    local = [f"{f}.{l}", f"{f}{l}{y[-2:]}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{y}", f"{f}.{l}{rng.randrange(1, 99)}",
             f"{f[0]}.{l}"][k]
    return f"{local}@{_pick(rng, _EMAIL_DOMAINS[cc])}"


def p_year(rng: random.Random) -> int:
    return rng.randrange(1960, 2006)



# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
class _Tpl:
    __slots__ = ("name", "lang", "country", "shape", "fn")

    def __init__(self, name, lang, country, shape, fn):
        self.name, self.lang, self.country, self.shape, self.fn = name, lang, country, shape, fn

    def __repr__(self):
        return f"<template {self.name} {self.lang}-{self.country} {self.shape}>"


TEMPLATES: list[_Tpl] = []


def _tpl(lang: str, country: str, shape: str):
    def deco(fn):
        TEMPLATES.append(_Tpl(fn.__name__[2:], lang, country, shape, fn))
        return fn
    return deco


_PETS = ["Biscuit", "Max", "Luna", "Bella", "Rocky", "Milo", "Daisy", "Duke", "Pepper", "Oscar", "Rosie", "Bailey",
         "Jasper", "Nala", "Toby", "Coco"]
_HAWKS = ["Bramble", "Aztec", "Odin", "Willow", "Merlin", "Freya", "Nyx", "Rowan", "Sable", "Thor", "Ember", "Juno"]
_DOGS = ["Moss", "Jess", "Gyp", "Bob", "Tess", "Fly", "Mick", "Floss", "Bess", "Ben"]
_BEERS = ["Hank's Hazy IPA", "Old Mary's Stout", "Uncle Ted's Brown Ale", "Sister Agatha Saison",
          "Captain Morgan Mild", "Big Jim Pale", "Saint Brigid Red", "Lazy Susan Lager"]


def _ampm(rng):
    return f"{rng.randrange(1, 13)}:{rng.randrange(0, 60, 5):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"


def _hm(rng):
    return f"{rng.randrange(7, 21):02d}:{rng.randrange(60):02d}"


class _Clk:
    """A monotonic clock for chats and logs (starts at a random time of a given day)."""

    def __init__(self, rng, d: _dt.date | None = None, h0: int | None = None):
        self.rng = rng
        self.t = _dt.datetime.combine(d or _past(rng, 0, 30), _dt.time(h0 if h0 is not None else rng.randrange(7, 15),
                                                                           rng.randrange(60), rng.randrange(60)))

    def tick(self, lo: int = 1, hi: int = 240):
        self.t += _dt.timedelta(seconds=self.rng.randrange(lo, hi))
        return self.t

    def hm(self):
        return self.tick(30, 900).strftime("%H:%M")

    def hms(self):
        return self.tick(30, 900).strftime("%H:%M:%S")

    def ampm(self, upper: bool = True):
        t = self.tick(30, 900)
        return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {('AM' if t.hour < 12 else 'PM') if upper else ('am' if t.hour < 12 else 'pm')}"

    def iso(self):
        return self.tick(0, 30).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso_ts(rng, d: _dt.date | None = None) -> str:
    d = d or _past(rng, 0, 30)
    return f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"


# ---------------------------------------------------------------- US (6) -----
@_tpl("en", "US", "CRM call note")
def t_us_bail_call_note(rng):
    ck = _Clk(rng)
    d, c, ag = _P(rng, "US"), _P(rng, "US"), _P(rng, "US")
    b = _B()
    b(f"CALL NOTE {_fmt_date(_past(rng, 0, 6), 'US', 1)} {ck.ampm()} (agent ", PER(f"{ag.first} {ag.last[0]}."), ")\n")
    b(rng.choice(["Spoke w/ cosigner ", "Inbound call from cosigner ", "Cosigner called back: "]), PER(c.full),
      f" ({rng.choice(['mother', 'girlfriend', 'uncle', 'employer', 'sister', 'roommate'])}) re defendant ",
      PER(f"{d.last.upper()}, {d.first.upper()}"), ".\n")
    b(f"Booked {rng.choice(['Sat night', 'early this AM', 'yesterday'])}, booking # {_ref(rng, 'BK', 7)}, case "
      f"{rng.randrange(24, 27)}CR-{_digits(rng, 5)}. Bond ${rng.randrange(2, 60) * 500:,}.\n")
    b("Def DOB ", DOB(_fmt_date(d.dob, "US", 0)), rng.choice([", SSN ", " / ss# ", ", social "]),
      SSN(_ssn(rng, rng.randrange(3))), f". Court {_fmt_date(_soon(rng, 3, 60), 'US', 1)} 8:30 AM dept "
      f"{rng.randrange(1, 20)}.\n")
    b("Cosigner address ", ADDR(c.addr()), ", cell ", PH(_phone(rng, "US", True, rng.choice(["nat", "dots", "dash"]))),
      ".\n")
    b(f"Wants to put premium on card ending {_digits(rng, 4)} (exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}). "
      f"Told {rng.choice(['her', 'him', 'them'])} to bring photo ID to the {rng.choice(['Reno', 'Fresno', 'Tulsa'])} "
      f"office by {rng.randrange(2, 6)} PM. {rng.choice(['Def has a dog at home, ', 'No FTA history, ', ''])}"
      f"call back # is the same.")
    return b.text()


@_tpl("en", "US", "application log")
def t_us_bail_payment_log(rng):
    p = _P(rng, "US")
    b = _B()
    d = _past(rng, 0, 20)
    ck = _Clk(rng, d)
    ip, ip2 = _ip_public_v4(rng), _private_ip(rng)
    rid = _uuid(rng)
    b(f"{ck.iso()} INFO  [payments-api v{_version(rng)}] req={rid} POST /v2/bonds/premium from ",
      IP(ip), f" via {ip2}\n")
    b(f"{ck.iso()} DEBUG [payments-api] payer email=", EM(p.email), f" amount={rng.randrange(150, 9000)}.00 "
      f"currency=USD bond_id=BND-{_digits(rng, 6)}\n")
    if rng.random() < 0.5:
        b(f"{ck.iso()} WARN  [payments-api] raw PAN logged by legacy adapter: pan=", CC(_card(rng, 0)),
          f" exp={rng.randrange(1, 13):02d}{rng.randrange(27, 32)} cvv=***\n")
    else:
        b(f"{ck.iso()} DEBUG [ach] routing={_aba(rng)} account=", BANK(_us_account(rng)),
          f" type={rng.choice(['checking', 'savings'])}\n")
    b(f"{ck.iso()} INFO  [payments-api] charge ok card={_masked_card(rng)} auth={_code(rng, 6)} "
      f"txn=ch_{_alnum(rng, 24)} session=sess_{_hex(rng, 16)}\n")
    if rng.random() < 0.5:
        b(f"{ck.iso()} INFO  [notify] sms queued to ", PH(_phone(rng, "US", True, "e164")),
          f" template=receipt_v{rng.randrange(2, 5)} imei={_imei(rng)}\n")
    if rng.random() < 0.5:
        b(f"{ck.iso()} DEBUG [config] loaded gateway settings: publishable={_pub_key(rng)} secret=", KEY(_api_key(rng)),
          f" account_sid={_twilio_sid(rng)}\n")
    b(f"{ck.iso()} INFO  [health] db=10.0.{rng.randrange(1, 9)}.{rng.randrange(2, 250)}:5432 ok "
      f"latency={rng.randrange(2, 90)}ms build={_hex(rng, 7)}")
    return b.text()


@_tpl("en", "US", "email thread with quoted reply and signature")
def t_us_taxidermy_email(rng):
    cu, st = _P(rng, "US"), _P(rng, "US")
    pet = _pick(rng, _PETS)
    shop = rng.choice(["Timberline Taxidermy", "Big Sky Wildlife Art", "Ozark Ridge Taxidermy"])
    dom = shop.split()[0].lower() + "taxidermy.com"
    t = _pick(rng, _TOWNS["US"])
    shop_street = _street(rng, "US")
    b = _B()
    b("From: ", PER(st.full), " <", EM(f"{st.first.lower()}@{dom}"), ">\nTo: ", EM(cu.email), "\n")
    b(f"Subject: RE: {rng.choice(['whitetail shoulder mount', 'pet memorial mount', 'turkey fan + beard'])} — "
      f"order {rng.choice(['#', 'no. '])}{_digits(rng, 5)}\n\n")
    b("Hi ", PER(cu.first), ",\n\n")
    b(rng.choice(["Thanks for the photos. ", "Good news, the hide came back from the tannery. ",
                  "Sorry for the slow reply. "]),
      f"We can have it ready around {_fmt_date(_soon(rng, 60, 200), 'US', 1)}. Deposit of "
      f"${rng.randrange(2, 9) * 100} is on file (card ending {_digits(rng, 4)}). "
      f"{rng.choice(['', 'Your tag number ' + _digits(rng, 9) + ' is on the paperwork. '])}"
      f"If you still want {pet}'s collar included just drop it in the box.\n\n")
    b(rng.choice(["Best,\n", "Thanks,\n", "— \n"]), PER(st.first), f"\n{shop}\n", ADDR(_addr("US", shop_street, t[0],
      _pc(rng, "US", t[1]), t[2], True)), "\nShop: ", PH(_phone(rng, "US", False, "nat")), "\n\n")
    b(f"On {_fmt_date(_past(rng, 2, 20), 'US', 1)}, at {_ampm(rng)}, ", PER(cu.full), " <", EM(cu.email),
      "> wrote:\n")
    b(f"> Hi, it's about {pet} ({rng.choice(['beagle', 'tabby', 'lab mix', 'ferret'])}). Can you ship the\n"
      "> finished piece instead of pickup? Address is\n> ")
    b(ADDR(cu.street), "\n> ", ADDR(f"{cu.town}, {cu.admin} {cu.pc}"), "\n> My cell is ", PH(_phone(rng, "US", True,
      "nat")), "\n> Thanks, ", PER(cu.first))
    return b.text()


@_tpl("en", "US", "SMS thread")
def t_us_bail_sms(rng):
    ck = _Clk(rng)
    ag, c = _P(rng, "US"), _P(rng, "US")
    agn = _phone(rng, "US", False, "nat")
    cn = _phone(rng, "US", True, rng.choice(["nat", "compact", "dots"]))
    b = _B()
    b("SMS thread export — ", PER(c.full), " (", PH(cn), ")\n")
    b(f"[{_fmt_date(_past(rng, 0, 3), 'US', 0)} {ck.ampm()}] Them: hi is this rapid release bail? my brother got "
      f"picked up last night\n")
    b(f"[{ck.ampm()}] Us: Yes this is ", PER(ag.first), " at Rapid Release Bail Bonds. What's his full name and DOB?\n")
    dn = _P(rng, "US", female=False)
    b(f"[{ck.ampm()}] Them: ", PER(dn.full.lower() if rng.random() < 0.4 else dn.full), " ",
      DOB(_fmt_date(dn.dob, "US", rng.choice([0, 1]))), "\n")
    b(f"[{ck.ampm()}] Us: Found him, booking {_ref(rng, '', 8)}, bond is ${rng.randrange(3, 40) * 1000:,}. Premium is "
      f"10%. We take card, cash or ACH.\n")
    if rng.random() < 0.5:
        b(f"[{ck.ampm()}] Them: can i do ach? routing {_aba(rng)} acct ", BANK(_us_account(rng)), "\n")
    else:
        b(f"[{ck.ampm()}] Them: card is ", CC(_card(rng)), f" exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)} "
          f"cvv {_digits(rng, 3)}\n")
    b(f"[{ck.ampm()}] Us: Got it. Please don't text full card/bank numbers next time, call ", PH(agn),
      " instead. Your receipt # is ", f"R-{_digits(rng, 6)}.\n")
    b(f"[{ck.ampm()}] Them: ok sorry. my email is ", EM(c.email), " for the paperwork\n")
    b(f"[{ck.ampm()}] Us: Sent. Door code for the lobby after hours is {_digits(rng, 4)}#.")
    return b.text()


@_tpl("en", "US", "speech-to-text voicemail transcript")
def t_us_taproom_voicemail(rng):
    p = _P(rng, "US")
    num = _phone(rng, "US", True, "compact")
    spaced = f"{num[:3]} {num[3:6]} {num[6:]}"
    b = _B()
    b(f"voicemail transcript ({rng.randrange(20, 95)}s) confidence {rng.randrange(71, 97)}%\n")
    b(rng.choice(["hey ", "hi there ", "um hi "]), "this is ", PER(p.full.lower()), " ",
      rng.choice(["calling about the", "i wanted to book the", "i had a question on the"]),
      f" saturday brewery tour for {rng.choice(['six', 'eight', 'four', 'ten'])} people ")
    k = rng.randrange(3)
    if k == 0:
        b("it's for my husband's birthday he was born ",
          DOB(f"{_MONTHS['en'][p.dob.month - 1].lower()} {p.dob.day} {p.dob.year}"), " so he's definitely over twenty one ha ")
    elif k == 1:
        b("it's a bachelor party the groom is ", PER(_pick(rng, _NAMES["US"][0]).lower()),
          " and his date of birth is ", DOB(f"{p.dob.month} {p.dob.day} {p.dob.year}"), " if you need it for the id check ")
    else:
        b("we're driving down from ", LOC(p.town.lower()), " so we'd want the later slot ")
    b("you can call me back at ", PH(spaced), " or email ", EM(p.email),
      f" um also do you still have the {rng.choice(_BEERS).lower()} on tap okay thanks bye")
    return b.text()


@_tpl("en", "US", "JSON lines form dump")
def t_us_webform_jsonl(rng):
    b = _B()
    for i in range(rng.randrange(2, 4)):
        p = _P(rng, "US")
        pw = _password(rng)
        b('{"ts":"', _iso_ts(rng), f'","form":"{rng.choice(["bond_application", "cosigner_signup", "portal_register"])}",'
          '"first_name":"', PER(p.first), '","last_name":"', PER(p.last), '","dob":"',
          DOB(_fmt_date(p.dob, "US", rng.choice([0, 2]))), '","ssn":"', SSN(_ssn(rng, rng.choice([0, 2]))),
          '","phone":"', PH(_phone(rng, "US", True, rng.choice(["nat", "dash", "e164"]))), '","email":"', EM(p.email),
          '","password":"', PWD(pw), '","password_confirm_match":true,')
        if rng.random() < 0.4:
            b(f'"ach_routing":"{_aba(rng)}","ach_account":"', BANK(_us_account(rng)), '",')
        b('"ip":"', IP(_ip_public_v4(rng)),
          f'","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{rng.randrange(1, 6)} like Mac OS X) Version/17.{rng.randrange(6)}",'
          f'"csrf":"{_hex(rng, 32)}","app_id":"{_uuid(rng)}"}}\n')
    b('{"ts":"', _iso_ts(rng), f'","form":"health_check","status":"ok","node":"{_private_ip(rng)}"}}')
    return b.text()


# ---------------------------------------------------------------- GB (5) -----
@_tpl("en", "GB", "booking confirmation e-mail")
def t_gb_falconry_booking(rng):
    p, g, st = _P(rng, "GB"), _P(rng, "GB"), _P(rng, "GB")
    hawk = _pick(rng, _HAWKS)
    b = _B()
    b(f"Subject: Your Fellside Falconry booking FF-{_digits(rng, 5)} is confirmed\n\n")
    b(rng.choice(["Dear ", "Hello ", "Hi "]), PER(p.first), ",\n\n")
    gift = rng.random() < 0.6
    if gift:
        b("Thank you for booking a Hawk Walk as a gift for ", PER(g.first), ". ")
    else:
        b("Thank you for booking a Hawk Walk with us. ")
    b(f"Your experience is on {_fmt_date(_soon(rng), 'GB', 1)} at {rng.choice(['10:00', '13:30', '11:15'])} at our "
      f"{rng.choice(['Kendal', 'Hexham', 'Ludlow'])} centre, and you'll be flying {hawk} the Harris hawk.\n\n")
    b("Lead booker: ", PER(p.full), "\nMobile: ", PH(_phone(rng, "GB", True, rng.choice(["nat", "intl", "compact"]))),
      "\nBilling address: ", ADDR(p.addr()), "\n")
    b(f"Voucher code: {_code(rng, 8)} (valid to {_fmt_date(_soon(rng, 200, 400), 'GB', 0)})\n")
    b(f"Paid: £{rng.choice(['85.00', '120.00', '170.00', '49.50'])} by card {_masked_card(rng)}\n\n")
    if rng.random() < 0.5:
        b("Travelling a long way? Guests coming from ", LOC(p.town), " often stay at the Fell Inn next door.\n\n")
    b("See you soon,\n", PER(f"{st.first} {st.last}"), " | Bookings\n", EM("bookings@fellsidefalconry.co.uk"),
      " | ", PH(_phone(rng, "GB", False, "nat")), "\nFellside Falconry Ltd, company no. ", f"{_digits(rng, 8)}")
    return b.text()


@_tpl("en", "GB", "WhatsApp chat export")
def t_gb_falconry_whatsapp(rng):
    a, c = _P(rng, "GB"), _P(rng, "GB")
    d = _past(rng, 0, 60)
    ck = _Clk(rng, d)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    hawk = _pick(rng, _HAWKS)
    b = _B()

    def line(who):
        b(f"[{ds}, {ck.hms()}] ", PER(who), ": ")

    line(c.first + " " + c.last)
    b(f"Hiya, can we move our owl experience from Saturday? {rng.choice(['Kids have a cold', 'Car failed its MOT', 'Work thing came up'])} 😩\n")
    line(a.first)
    b("No worries! Can do the 14th or 21st. Is this still the best number, ", PH(_phone(rng, "GB", True, "nat")), "?\n")
    line(c.first + " " + c.last)
    b("Use my husband's instead ", PH(_phone(rng, "GB", True, rng.choice(["intl", "compact"]))), " he's ", PER(_pick(rng, _NAMES["GB"][0])),
      ". 21st please. We're coming down from ", LOC(c.town), " so afternoon is better\n")
    line(a.first)
    b(f"Done ✅ 21st at 2pm, booking ref FF-{_digits(rng, 5)}. {hawk} will be flying that day. Gate code is {_digits(rng, 4)}.\n")
    line(c.first + " " + c.last)
    b(rng.choice(["Amazing thank you x", "Brill, cheers", "Perfect 👍"]), "\n")
    b(f"[{ds}, {ck.hms()}] ", PER(a.first), ": <attached: 00000"
      f"{rng.randrange(10, 99)}-PHOTO-{d.isoformat()}-{ck.hm().replace(':', '-')}.jpg>")
    return b.text()


@_tpl("en", "GB", "OCR'd invoice")
def t_gb_shearing_invoice_ocr(rng):
    own, farm = _P(rng, "GB"), _P(rng, "GB")
    b = _B()
    b("CNEIFIO CYMRU SHEARING\n", ADDR(_addr("GB", f"Uned {rng.randrange(1, 9)}, Heol y Parc", "Brecon",
                                               _pc(rng, "GB", "LD3"), "", True)), "\nTel ", PH(_phone(rng, "GB", False,
                                                                                                    "nat")))
    b(" Mob ", PH(_phone(rng, "GB", True, "nat")), "\nE ", EM("accounts@cneifiocymru.co.uk"), "\n")
    b(f"VAT Reg No GB {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}\n\nINV0ICE No. {rng.randrange(1000, 9999)}"
      f"      Date: {_fmt_date(_past(rng, 1, 40), 'GB', 0)}\n\nTo: ")
    b(rng.choice(["Mr ", "Mrs ", "", ""]), PER(f"{farm.first[0]}. {farm.last}"), "\n")
    b(rng.choice(["Pen-y-Bryn Farm", "Maes Glas Farm", "Tyddyn Uchaf"]), "\n", ADDR(farm.addr(lines=True)), "\n\n")
    n1, n2 = rng.randrange(180, 1400), rng.randrange(20, 200)
    b(f"Ewes shorn .......... {n1} @ £1.{rng.randrange(60, 99)}\nRams .......... {n2} @ £3.{rng.randrange(10, 99)}\n"
      f"Crutching .......... {rng.randrange(0, 300)} @ £0.45\nTOTAL DUE £{rng.randrange(400, 3000)}.{_digits(rng, 2)}\n\n")
    b(f"Payment by BACS please: sort code {_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}  IBAN ",
      IBAN(_iban(rng, "GB", rng.random() < 0.5)), f"  BIC NWBKGB2L\nQuote inv no. as reference. Shearers: ",
      PER(own.first), " & ", PER(_pick(rng, _NAMES["GB"][0])), f". Dogs: {_pick(rng, _DOGS)}.")
    return b.text()


@_tpl("en", "GB", "support ticket with internal note")
def t_gb_brewery_ticket(rng):
    p, ag = _P(rng, "GB"), _P(rng, "GB")
    pw = _password(rng)
    b = _B()
    b(f"Ticket #{rng.randrange(40000, 99999)}  |  Priority: Normal  |  Channel: web form\n")
    b("Requester: ", PER(p.full), " <", EM(p.email), ">\nSubject: can't log in to book the brewery tour\n\n")
    b(rng.choice(["Hi, ", "Hello, ", "hi there "]),
      "I've tried resetting my password three times and it still says invalid. I even set it to ", PWD(pw),
      " like the email said. Can you just book me on the Saturday tour for 2 instead? My number is ",
      PH(_phone(rng, "GB", True, rng.choice(["nat", "intl"]))), ".\nThanks ", PER(p.first), "\n\n")
    b("--- Internal note (not visible to customer) ---\n", PER(ag.first), ": Account found, user_id ", _uuid(rng),
      f", last login from ", IP(_ip_public_v4(rng) if rng.random() < 0.6 else _ip_public_v6(rng)),
      f" (VPN?). Password hash now {_bcrypt(rng) if rng.random() < 0.5 else _argon2(rng)} — reset token expired. "
      f"Asked customer NOT to send passwords by email. Booked manually, ref TAP-{_code(rng, 6)}, 2 x £18.50. "
      f"Internal proxy {_private_ip(rng)} was blocking the callback; raised OPS-{rng.randrange(100, 999)}.")
    return b.text()


@_tpl("en", "GB", "monitoring notifications (no PII)")
def t_gb_no_pii_alerts(rng):
    b = _B()
    for _ in range(rng.randrange(4, 7)):
        k = rng.randrange(6)
        ts = _iso_ts(rng)
        if k == 0:
            b(f"[ALERT] {ts} disk 91% on {_private_ip(rng)} (booking-db-{rng.randrange(1, 4)}) build {_version(rng)}\n")
        elif k == 1:
            b(f"[RESOLVED] {ts} payment webhook retries cleared, event id {_uuid(rng)}\n")
        elif k == 2:
            b(f"[INFO] {ts} nightly export sha256={_sha256(rng)} rows={rng.randrange(1000, 90000)}\n")
        elif k == 3:
            b(f"[WARN] {ts} card ending {_digits(rng, 4)} declined x3 for order ORD-{_digits(rng, 7)}, amount "
              f"£{rng.randrange(20, 400)}.00 — customer notified\n")
        elif k == 4:
            b(f"[INFO] {ts} courier tracking JD{_digits(rng, 16)} delivered to Hexham depot, parcel "
              f"{rng.randrange(1, 4)}/3\n")
        else:
            b(f"[ALERT] {ts} kestrel aviary sensor {rng.randrange(1, 12)} temp {rng.randrange(2, 9)}.{rng.randrange(10)}°C "
              f"at 54.{_digits(rng, 4)}, -2.{_digits(rng, 4)} firmware v{_version(rng)}\n")
    b("-- sent by ops-bot, do not reply")
    return b.text()


# ---------------------------------------------------------------- CA (3) -----
@_tpl("en", "CA", "Teams chat export")
def t_ca_taproom_teams(rng):
    s1, s2, g = _P(rng, "CA"), _P(rng, "CA"), _P(rng, "CA")
    d = _past(rng, 0, 30)
    ck = _Clk(rng, d)
    b = _B()
    b(f"Microsoft Teams — chat export — Coldwater Brewing / Tours — {d.isoformat()}\n\n")
    b(PER(f"{s1.last}, {s1.first}"), f"  {ck.ampm()}\n")
    b("anyone free to take a group of 12 at 3? ", PER(g.full), " booked it for a retirement thing\n\n")
    b(PER(f"{s2.last}, {s2.first}"), f"  {ck.ampm()}\n")
    b(rng.choice(["I can if someone covers the bar", "yep, me", "I'm on the Kelowna taproom shift till 2, after that sure"]),
      ". what's her number?\n\n")
    b(PER(f"{s1.last}, {s1.first}"), f"  {ck.ampm()}\n")
    b(PH(_phone(rng, "CA", True, rng.choice(["nat", "dash", "dots"]))), " or ", EM(g.email),
      f". they're driving in from ", LOC(g.town), f". 2 are under 19 so no flights for them, check ID. Booking "
      f"#{_digits(rng, 6)}, deposit ${rng.randrange(5, 30) * 10}.00 paid, card ****{_digits(rng, 4)}\n\n")
    b(PER(f"{s2.last}, {s2.first}"), f"  {ck.ampm()}\n")
    b(f"👍 I'll pour the {_pick(rng, _BEERS)} and the new sour. Fridge 3 code is {_digits(rng, 4)}")
    if rng.random() < 0.5:
        b("\n\n", PER(f"{s1.last}, {s1.first}"), f"  {ck.ampm()}\nshe phoned the balance in, card ", CC(_card(rng)),
          f" exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)} — can someone run it on the terminal and then I'll delete "
          "this msg")
    return b.text()


@_tpl("en", "CA", "web-server access log")
def t_ca_taproom_access_log(rng):
    b = _B()
    d = _past(rng, 0, 10)
    ck = _Clk(rng, d, 8)
    for _ in range(rng.randrange(4, 7)):
        ts = f"{d.day:02d}/{_MONTHS['en'][d.month - 1][:3]}/{d.year}:{ck.hms()} -0700"
        k = rng.randrange(4)
        if k == 0:
            b(IP(_ip_public_v4(rng)), f' - - [{ts}] "GET /tours?date={_soon(rng).isoformat()} HTTP/1.1" 200 '
              f'{rng.randrange(900, 9000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{rng.randrange(1, 6)}) '
              f'Firefox/{rng.randrange(118, 133)}.0"\n')
        elif k == 1:
            p = _P(rng, "CA")
            b(IP(_ip_public_v4(rng)), f' - - [{ts}] "GET /newsletter/confirm?email=', EM(p.email),
              f'&t={_hex(rng, 20)} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"\n')
        elif k == 2:
            b(f'{_private_ip(rng)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.{rng.randrange(24, 31)}"\n')
        else:
            b(IP(_ip_public_v6(rng)), f' - - [{ts}] "POST /api/v1/bookings HTTP/2.0" 201 {rng.randrange(200, 900)} '
              f'"https://coldwaterbrewing.ca/tours" "Mozilla/5.0 (Linux; Android 14) Chrome/{rng.randrange(118, 131)}.0.'
              f'{rng.randrange(6000, 6800)}.{rng.randrange(10, 200)} Mobile" req_id={_uuid(rng)}\n')
    b(f'{_private_ip(rng)} - - [{d.day:02d}/{_MONTHS["en"][d.month - 1][:3]}/{d.year}:23:59:59 -0700] "GET /metrics '
      f'HTTP/1.1" 200 {rng.randrange(1000, 5000)} "-" "Prometheus/2.{rng.randrange(40, 55)}.0"')
    return b.text()


@_tpl("en", "CA", "CRM contact note")
def t_ca_brewery_crm_note(rng):
    p, rep = _P(rng, "CA"), _P(rng, "CA")
    b = _B()
    b(f"Contact: ", PER(p.full), f"\nAccount owner: ", PER(rep.full), f"\nStage: Tour booked | Source: "
      f"{rng.choice(['Google Ads', 'walk-in', 'Instagram'])}\n\n")
    b(f"{_fmt_date(_past(rng, 0, 14), 'CA', 0)} — ", rng.choice(["Called ", "Emailed ", "Chatted with "]), PER(p.first),
      ". Wants the private brewer's tour + tasting for a staff party (~20). Asked for proof of age for everyone; "
      "provided their own DOB ", DOB(_fmt_date(p.dob, "CA", rng.randrange(3))), ".\n")
    b("Mailing address for the invoice: ", ADDR(p.addr()), ". Best # ", PH(_phone(rng, "CA", rng.random() < 0.6,
      rng.choice(["nat", "dash", "intl"]))), ".\n")
    b(f"Quoted ${rng.randrange(18, 40)}/pp + GST. Holding the Kamloops barrel room {_fmt_date(_soon(rng), 'CA', 1)}. "
      f"PO #{_digits(rng, 7)}. Card on file {_masked_card(rng)} exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}.\n")
    if rng.random() < 0.5:
        b("They're relocating to ", LOC(_pick(rng, _TOWNS["CA"])[0]), " in the spring, might want the other location then.")
    else:
        b(f"Follow-up task set for {_fmt_date(_soon(rng, 3, 20), 'CA', 0)}.")
    return b.text()


# ---------------------------------------------------------------- AU (4) -----
@_tpl("en", "AU", "SMS thread")
def t_au_shearing_sms(rng):
    ck = _Clk(rng)
    boss, sh = _P(rng, "AU"), _P(rng, "AU")
    t2 = _pick(rng, _TOWNS["AU"])[0]
    b = _B()
    b("Messages with ", PER(sh.first), " (", PH(_phone(rng, "AU", True, rng.choice(["nat", "intl"]))), ")\n\n")
    b(f"{_fmt_date(_past(rng, 0, 20), 'AU', 3)} {ck.hm()}\n")
    b(f"Riverina Wool Harvesting: G'day mate, got {rng.randrange(2, 9)}k merinos at a place out past the {t2} depot "
      f"Mon–Thu. You in? ${rng.randrange(3, 4)}.{rng.randrange(10, 99)}/head, {rng.choice(['meals + quarters', 'quarters only'])}.\n")
    b(f"{ck.hm()}  ", PER(sh.first), ": yeah should be. heading back to ", LOC(sh.town),
      " for the wknd tho, can u send the address\n")
    farm = _P(rng, "AU")
    b(f"{ck.hm()}  Riverina Wool Harvesting: ", ADDR(farm.addr()), ". Ask for ", PER(farm.first),
      ". Woolshed is 4km past the grid, gate code ", f"{_digits(rng, 4)}. Dogs are ", f"{_pick(rng, _DOGS)} & "
      f"{_pick(rng, _DOGS)}, they're friendly\n")
    b(f"{ck.hm()}  ", PER(sh.first), ": sweet. can u pay this week into the usual acct, BSB ", f"{_digits(rng, 3)}-"
      f"{_digits(rng, 3)}", " pls\n")
    b(f"{ck.hm()}  Riverina Wool Harvesting: Done, ref SHR{_digits(rng, 5)}. Bring ur own combs this time lol. Cheers ",
      PER(boss.first))
    return b.text()


@_tpl("en", "AU", "OCR'd medical questionnaire")
def t_au_scuba_medical_ocr(rng):
    p, e = _P(rng, "AU"), _P(rng, "AU")
    b = _B()
    b("REEF TEACH DIVE ACADEMY — DIVER MEDICAL | PARTICIPANT QUESTIONNAIRE\n")
    b(f"Page 1 of 3    Form v{rng.randrange(2019, 2025)}-{rng.randrange(1, 9)}\n\n")
    b("Participant Name (print): ", PER(p.full.upper() if rng.random() < 0.5 else p.full), "\n")
    b("Birthdate (dd/mm/yyyy): ", DOB(_fmt_date(p.dob, "AU", 0)), "   Age: ",
      f"{(TODAY - p.dob).days // 365}\n")
    b("Home address: ", ADDR(p.addr()), "\n")
    b("Phone: ", PH(_phone(rng, "AU", True, rng.choice(["nat", "compact"]))), "   Email: ", EM(p.email), "\n")
    b("Emergency contact: ", PER(e.full), f" ({rng.choice(['partner', 'Mum', 'brother', 'friend'])})  Ph: ",
      PH(_phone(rng, "AU", rng.random() < 0.7, "nat")), "\n\n")
    b(f"1. I have had problems with my lungs/breathing ...... [{rng.choice(['Y', 'N', 'N', 'N'])}]\n"
      f"2. I am over 45 years of age ............................... [{rng.choice(['Y', 'N'])}]\n"
      f"3. Medications: {rng.choice(['nil', 'Ventolin PRN', 'none', 'antihistamine'])}\n\n")
    b(f"PADI No. {_digits(rng, 4)}{rng.choice('ABCDEFGHJK')}{_digits(rng, 3)}   Course: Open Water   Start: "
      f"{_fmt_date(_soon(rng, 1, 40), 'AU', 0)}\n")
    b("Signature: ___", PER(p.last), f"___   Date: {_fmt_date(TODAY, 'AU', 0)}")
    return b.text()


@_tpl("en", "AU", "config snippet")
def t_au_roster_config(rng):
    adm = _P(rng, "AU")
    pw = _password(rng)
    key = _api_key(rng)
    b = _B()
    b(f"# roster-sync settings — Riverina Wool Harvesting\n# last edited by ", PER(adm.first.lower()),
      f" {_fmt_date(_past(rng), 'AU', 0)}\n\n[database]\nhost = {_private_ip(rng)}\nport = 5432\n"
      f"user = roster_app\npassword = ", PWD(pw), "\n\n[smtp]\nhost = smtp.office365.com\nfrom = ", EM("roster@riverinawool.com.au"),
      "\nreply_to = ", EM(adm.email), "\n\n[integrations]\n")
    b("payroll_api_key = ", KEY(key), "\n")
    b(f"maps_public_token = {_pub_key(rng)}\ntwilio_account_sid = {_twilio_sid(rng)}\n"
      f"webhook_signing_hash = {_sha256(rng)}\n\n[app]\nversion = {_version(rng)}\ndepot_default = "
      f"{_pick(rng, _TOWNS['AU'])[0]}\ninstance_id = {_uuid(rng)}\nallow_from = {_private_ip(rng)}, "
      f"192.168.{rng.randrange(256)}.0/24\n")
    return b.text()


@_tpl("en", "AU", "live chat transcript")
def t_au_scuba_live_chat(rng):
    ck = _Clk(rng)
    v, ag = _P(rng, "AU"), _P(rng, "AU")
    while v.town == "Cairns":
        v = _P(rng, "AU")
    b = _B()
    b(f"Chat started {_fmt_date(_past(rng, 0, 5), 'AU', 0)} {ck.hm()} AEST | Visitor #{rng.randrange(1000, 9999)} | "
      f"Page: /courses/open-water\n\n")
    b(f"{ck.hm()} ", PER(ag.first), ": Hi! Welcome to Reef Teach Dive Academy, how can I help?\n")
    b(f"{ck.hm()} Visitor: hi im after the 4 day open water course for me and my son in jan\n")
    b(f"{ck.hm()} ", PER(ag.first), ": Lovely. Can I grab a name and email to hold the spots?\n")
    b(f"{ck.hm()} Visitor: ", PER(v.full if rng.random() < 0.5 else v.full.lower()), " ", EM(v.email), "\n")
    b(f"{ck.hm()} Visitor: son is ", PER(_pick(rng, _NAMES["AU"][0])), " he turns 12 in dec, DOB ",
      DOB(_fmt_date(_dt.date(2014, 12, rng.randrange(1, 29)), "AU", 0)), "\n")
    b(f"{ck.hm()} ", PER(ag.first), f": Perfect, he'll be fine for Junior Open Water. I've held 2 spots under booking "
      f"RTD-{_digits(rng, 6)}, ${rng.choice(['695', '745', '820'])} each. We'll need a mobile too?\n")
    b(f"{ck.hm()} Visitor: ", PH(_phone(rng, "AU", True, "compact")), f" - we're flying up from ", LOC(v.town),
      f" so might be late on day 1\n")
    if rng.random() < 0.45:
        b(f"{ck.hm()} Visitor: can i just pay the deposit now? card ", CC(_card(rng)),
          f" {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}\n")
        b(f"{ck.hm()} ", PER(ag.first), ": Please don't post card details in chat — I'll send you a secure payment link "
          "instead.\n")
    b(f"{ck.hm()} ", PER(ag.first), f": No worries. Chat ID {_uuid(rng)} — see you in Cairns! 🐠")
    return b.text()


# ---------------------------------------------------------------- IN (4) -----
@_tpl("en", "IN", "e-mail with signature")
def t_in_taproom_booking_email(rng):
    p, st = _P(rng, "IN"), _P(rng, "IN")
    b = _B()
    b("From: ", EM(p.email), "\nTo: ", EM("events@hopperstaproom.in"), f"\nSubject: Corporate brewery tour – "
      f"{rng.randrange(15, 60)} pax – {_fmt_date(_soon(rng), 'IN', 2)}\n\n")
    b(rng.choice(["Dear Sir/Madam,", "Hello Team,", "Hi,"]), "\n\n")
    b(f"Greetings! I am writing on behalf of our team to book the brewery walk-through and tasting at your Koregaon "
      f"Park outlet. Kindly share the GST invoice in the name of our company. Advance of Rs. {rng.randrange(5, 40)},000 "
      f"will be paid via NEFT. Please revert at the earliest.\n\n")
    b(f"Also, one of our colleagues, ", PER(f"{st.first} {st.last}"), ", is coming from ", LOC(st.town),
      " and will join directly.\n\n")
    b("Thanks & Regards,\n", PER(p.full), f"\n{rng.choice(['HR Executive', 'Admin Manager', 'Team Lead – Operations'])}\n")
    b("Mob: ", PH(_phone(rng, "IN", True, rng.choice(["intl", "nat", "compact"]))), "\nOffice: ", ADDR(p.addr()), "\n")
    b(f"CIN: U{_digits(rng, 5)}MH{rng.randrange(2005, 2024)}PTC{_digits(rng, 6)}")
    return b.text()


@_tpl("en", "IN", "WhatsApp chat export")
def t_in_scuba_whatsapp(rng):
    s, c = _P(rng, "IN"), _P(rng, "IN")
    d = _past(rng, 0, 30)
    b = _B()

    ck = _Clk(rng, d)

    def ts():
        return f"{d.day}/{d.month}/{str(d.year)[2:]}, {ck.ampm(False)} - "

    b(ts(), "Messages and calls are end-to-end encrypted.\n")
    b(ts(), PER(c.full), ": Hi, is this Havelock Bubbles Dive School? Want to do the Advanced course next week\n")
    b(ts(), PER(s.first), ": Hi yes sir! Please share name as per ID, DOB and email for the PADI registration\n")
    b(ts(), PER(c.full), ": ", PER(c.full.upper()), ", DOB ", DOB(_fmt_date(c.dob, "IN", rng.randrange(3))), ", ",
      EM(c.email), "\n")
    b(ts(), PER(c.full), ": Flying in from ", LOC(c.town), " on the 9th, staying at Barefoot resort\n")
    b(ts(), PER(s.first), f": Done ✅ Booking ID HBD{_digits(rng, 5)}. Total ₹{rng.randrange(18, 34)},{_digits(rng, 3)}. "
      f"Pay 30% advance on UPI and send screenshot pls\n")
    b(ts(), PER(s.first), f": Boat leaves 7:30 am from Jetty 2. Dive site coords {_gps(rng, 11.97, 92.95)}\n")
    b(ts(), PER(c.full), ": <Media omitted>\n")
    b(ts(), PER(c.full), ": Also my partner's number in case: ", PH(_phone(rng, "IN", True, rng.choice(["nat", "intl"]))))
    return b.text()


@_tpl("en", "IN", "support ticket")
def t_in_app_ticket(rng):
    p, ag = _P(rng, "IN"), _P(rng, "IN")
    b = _B()
    b(f"[#{rng.randrange(100000, 999999)}] Login OTP not received — Hoppers Taproom app\nStatus: Open  Assignee: ",
      PER(ag.first), "\n\n")
    b("Customer wrote:\nHello, I am not getting the OTP on my registered number ", PH(_phone(rng, "IN", True,
      rng.choice(["nat", "compact", "intl"]))), ". I tried 5 times. My login id is ", EM(p.email),
      " and password is ", PWD(_password(rng)), ". Please resolve urgently, I have loyalty points.\n",
      PER(p.first), "\n\n")
    b(f"Agent reply:\nDear ", PER(p.first), f", sorry for the inconvenience. The OTP {_digits(rng, 6)} was sent at "
      f"{_hm(rng)} but bounced due to DND. We have whitelisted your number. Please never share your password with "
      f"anyone, including our staff. App version {_version(rng)} (build {rng.randrange(300, 900)}). Request ID "
      f"{_uuid(rng)}.\n\nInternal: device IMEI {_imei(rng)}, last IP ", IP(_ip_public_v4(rng)), f", NAT {_private_ip(rng)}")
    return b.text()


@_tpl("en", "IN", "CRM lead note")
def t_in_scuba_crm_lead(rng):
    p = _P(rng, "IN")
    b = _B()
    b(f"Lead #{_digits(rng, 6)} | Source: Instagram | Owner: ", PER(_pick(rng, _NAMES["IN"][1])), "\n")
    b("Name: ", PER(p.full), "\nMobile: ", PH(_phone(rng, "IN", True, rng.choice(["nat", "intl"]))), "\n")
    b("Address: ", ADDR(p.addr()), "\n")
    b(f"Notes: Interested in Discover Scuba for family of {rng.randrange(3, 6)}. Originally from ", LOC(
      _pick(rng, [t for t in _TOWNS["IN"] if t[0] != p.town])[0]), ", now settled in ", LOC(p.town), f". Budget around ₹{rng.randrange(8, 20)}k pp. "
      f"Called {_fmt_date(_past(rng, 0, 9), 'IN', 1)}, no answer; WhatsApp sent. Quote Q-{_digits(rng, 5)} valid 7 days.")
    return b.text()


# ---------------------------------------------------------------- IE (3) -----
@_tpl("en", "IE", "forwarded e-mail")
def t_ie_falconry_forward(rng):
    a, c = _P(rng, "IE"), _P(rng, "IE")
    b = _B()
    b("Hi ", PER(_pick(rng, _NAMES["IE"][1])), ",\n\nCan you ring this lady back about the hawk walk voucher? "
      "She's been on to us twice.\n\n", PER(a.first), "\n\n---------- Forwarded message ---------\nFrom: ",
      PER(c.full), " <", EM(c.email), f">\nDate: {_fmt_date(_past(rng, 1, 10), 'IE', 1)} at {_hm(rng)}\nSubject: "
      f"Voucher {_code(rng, 8)}\nTo: ", EM("info@wildatlantichawkwalks.ie"), "\n\n")
    b("Hello,\n\nI got a voucher for Christmas but it expired last month. Would ye honour it? I'm based in ", LOC(c.town),
      f" and can come any weekend. My number is ", PH(_phone(rng, "IE", True, rng.choice(["nat", "intl"]))), ".\n\n")
    b("Post it out to me if there's a new one:\n", ADDR(c.addr(lines=True)), "\n\nMany thanks,\n", PER(c.first))
    return b.text()


@_tpl("en", "IE", "phone call note")
def t_ie_shearing_call_note(rng):
    f, sh = _P(rng, "IE"), _P(rng, "IE")
    b = _B()
    b(f"{_fmt_date(_past(rng, 0, 10), 'IE', 0)} {_hm(rng)} — call from ", PER(f.last.upper()), ", ",
      PER(f.first), " (farmer)\n")
    b(f"Has {rng.randrange(80, 600)} ewes + {rng.randrange(1, 12)} rams for shearing, wants us after the "
      f"{rng.choice(['mart', 'silage', 'show'])}. Herd no. {rng.choice(['V', 'F', 'E'])}{_digits(rng, 7)}. Yard at ")
    b(ADDR(f.addr()), ".\nMobile ", PH(_phone(rng, "IE", True, rng.choice(["nat", "compact"]))), " (evenings), landline ",
      PH(_phone(rng, "IE", False, "nat")), ".\n")
    b("Give to ", PER(sh.first), " — he's doing the neighbours next week anyway. Quoted €", f"{rng.randrange(2, 4)}.{rng.randrange(10, 90)}",
      f"/head. Dog {_pick(rng, _DOGS)} doesn't like strangers, ring ahead.")
    return b.text()


@_tpl("en", "IE", "Slack export")
def t_ie_brewery_slack(rng):
    ck = _Clk(rng)
    u1, u2, cu = _P(rng, "IE"), _P(rng, "IE"), _P(rng, "IE")
    b = _B()
    b("#taproom-bookings\n\n")
    b(PER(u1.first), f"  {ck.ampm()}\n")
    b("coach of 30 Americans Friday, tour guide is ", PER(cu.full), ", mobile ", PH(_phone(rng, "IE", True, "intl")),
      f" — they want lunch after the tour. tab to card ending {_digits(rng, 4)}\n")
    b(PER(u2.first), f"  {ck.ampm()}\n")
    b(f"grand. I'll put them in the Burren room. whoever's on, stock up the {_pick(rng, _BEERS)}\n")
    b(PER(u1.first), f"  {ck.ampm()}\n")
    b("also the guide's billing email ", EM(cu.email), f", invoice INV-{_digits(rng, 5)}. POS at {_private_ip(rng)} is down "
      f"again, rebooting\n")
    if rng.random() < 0.5:
        b(PER(u2.first), f"  {ck.ampm()}\nif it's the payments plugin again the key in the config is ", KEY(_api_key(rng)),
          " — oh wait shouldn't paste that here, will rotate it\n")
    b(PER(u2.first), f"  {ck.ampm()}\n:thumbsup: (edited)")
    return b.text()


# ---------------------------------------------------------------- ZA (3) -----
@_tpl("en", "ZA", "quote e-mail with quoted reply")
def t_za_taxidermy_quote(rng):
    st, hu = _P(rng, "ZA"), _P(rng, "US")
    ph = _P(rng, "ZA")
    b = _B()
    b("From: ", PER(st.full), " <", EM(f"{_ascii(st.first)}@karootrophystudio.co.za"), ">\nTo: ", EM(hu.email), "\n")
    b(f"Subject: Re: Quote KTS-{_digits(rng, 4)} kudu + impala shoulder mounts\n\n")
    b("Hi ", PER(hu.first), ",\n\nGreat to hear the hunt with ", PER(ph.full), f" went well. Trophies arrived from the "
      f"concession today, dip & pack permit {rng.choice(['NC', 'EC', 'LP'])}{_digits(rng, 6)}. Quote:\n"
      f"  Kudu shoulder mount ....... R {rng.randrange(9, 16)} {_digits(rng, 3)}\n"
      f"  Impala shoulder mount ..... R {rng.randrange(5, 9)} {_digits(rng, 3)}\n"
      f"  Crating + export docs ..... US${rng.randrange(600, 1400)}\n"
      f"50% deposit to confirm. Turnaround 8–10 months, shipping to ")
    b(LOC(hu.town), f", {hu.admin}.\n\n")
    b("Kind regards\n", PER(st.first), "\nKaroo Trophy Studio\n", ADDR(_addr("ZA", f"{rng.randrange(2, 40)} Voortrekker Road",
      "Kimberley", "8301", "", False)), "\nTel ", PH(_phone(rng, "ZA", False, "nat")), " | Cell ",
      PH(_phone(rng, "ZA", True, rng.choice(["nat", "intl"]))), "\n\n")
    b(PER(hu.full), " wrote:\n> Please send the quote for both mounts. Ship-to is my home:\n> ",
      ADDR(hu.street), "\n> ", ADDR(f"{hu.town}, {hu.admin} {hu.pc}"), "\n> cell ", PH(_phone(rng, "US", True, "nat")))
    return b.text()


@_tpl("en", "ZA", "SMS thread")
def t_za_taproom_sms(rng):
    c, s = _P(rng, "ZA"), _P(rng, "ZA")
    b = _B()
    b("From ", PH(_phone(rng, "ZA", True, rng.choice(["nat", "intl", "compact"]))), ": Hi is that Jonkershoek Brewing? "
      f"Want to book the Sat tour 4 ppl, name ", PER(c.full), "\n")
    b("To: Hi ", PER(c.first), f"! Booked for 11:00, ref JB{_digits(rng, 4)}. R{rng.randrange(18, 35)}0 pp "
      "incl tasting. Pls bring ID, under 18s get the soda flight.\n")
    b("From: Shot! One of us is coming from ", LOC(_pick(rng, _TOWNS["ZA"])[0]), ", might be 10 min late. "
      "Can I EFT? my email ", EM(c.email), "\n")
    b(f"To: Sure, banking details sent to your email. Loadshedding stage {rng.randrange(1, 5)} on Sat, the tour still runs. "
      f"Cheers, ", PER(s.first))
    return b.text()


@_tpl("en", "ZA", "key=value form dump")
def t_za_scuba_form_kv(rng):
    p, e = _P(rng, "ZA"), _P(rng, "ZA")
    b = _B()
    b(f"form=sodwana_open_water_signup submitted={_iso_ts(rng)} id={_uuid(rng)}\n")
    b("name=", PER(p.full), "\nemail=", EM(p.email), "\nphone=", PH(_phone(rng, "ZA", True, rng.choice(["nat", "e164"]))),
      "\ndate_of_birth=", DOB(_fmt_date(p.dob, "ZA", 0)), "\naddress=", ADDR(p.addr()), "\n")
    b("emergency_name=", PER(e.first), "\nemergency_phone=", PH(_phone(rng, "ZA", True, "nat")), "\n")
    b(f"cert_level=none\nwetsuit=M\nweight_kg={rng.randrange(50, 110)}\nmedical_flag=false\n"
      f"referral=Instagram\ndeposit_ref=SOD{_digits(rng, 6)}\namount=R{rng.randrange(4, 8)}{_digits(rng, 3)}.00\n"
      f"ip=", IP(_ip_public_v4(rng)), f"\nproxy={_private_ip(rng)}\nconsent=yes")
    return b.text()


# ---------------------------------------------------------------- NZ (3) -----
@_tpl("en", "NZ", "gang roster e-mail")
def t_nz_shearing_roster_email(rng):
    boss = _P(rng, "NZ")
    crew = [_P(rng, "NZ") for _ in range(rng.randrange(3, 5))]
    farm = _P(rng, "NZ")
    b = _B()
    b("From: ", EM("office@southernblades.co.nz"), "\nTo: ")
    for i, c in enumerate(crew):
        b(EM(c.email), "; " if i < len(crew) - 1 else "\n")
    b(f"Subject: Gang 2 — {_fmt_date(_soon(rng, 1, 14), 'NZ', 1)} start\n\nKia ora team,\n\nNext run is "
      f"{rng.randrange(3, 12)},{_digits(rng, 3)} ewes for ", PER(farm.full), " at ", ADDR(farm.addr()), ". "
      f"Smoko at 10, cut-out Thursday. Van leaves the Gore depot 5:45am sharp.\n\n")
    for c in crew:
        b("- ", PER(f"{c.first} {c.last[0]}."), " ", PH(_phone(rng, "NZ", True, "nat")),
          rng.choice(["", " (woolhandler)", " (presser)", " (learner)", ""]), "\n")
    b(f"\nWeather looks rough mid-week, if it's wet we'll hold at the shed. No dogs in the van ({_pick(rng, _DOGS)}, "
      f"that means you). Timesheets to the portal as usual.\n\nCheers,\n", PER(boss.first), "\nSouthern Blades Shearing Ltd | ",
      PH(_phone(rng, "NZ", False, "nat")), f"\nGST {_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}")
    return b.text()


@_tpl("en", "NZ", "speech-to-text voicemail transcript")
def t_nz_shearing_voicemail(rng):
    p = _P(rng, "NZ")
    num = _phone(rng, "NZ", rng.random() < 0.6, "compact")
    b = _B()
    b(f"[auto-transcribed voicemail, {rng.randrange(15, 70)} sec]\n")
    b(rng.choice(["gidday ", "yeah hi ", "morning "]), "it's ", PER(p.first.lower()), " ",
      PER(p.last.lower()), " from out ", rng.choice(["the back of ", "past "]),
      f"{rng.choice(['the old dairy factory', 'the quarry', 'the woolshed by the river'])} um ringing about getting the "
      f"hoggets done before christmas there's about {rng.choice(['four hundred', 'six hundred', 'eleven hundred'])} of "
      "them address is ", ADDR(p.addr().lower()), " just give us a bell on ", PH(num),
      " or flick an email to ", EM(p.email), f" ta bye")
    return b.text()


@_tpl("en", "NZ", "status notifications (no PII)")
def t_nz_no_pii_notifications(rng):
    b = _B()
    t = _pick(rng, _TOWNS["NZ"])[0]
    b(f"Southern Blades app — notifications {_fmt_date(_past(rng, 0, 20), 'NZ', 0)}\n")
    for _ in range(rng.randrange(4, 7)):
        k = rng.randrange(5)
        if k == 0:
            b(f"• Rain delay: {t} run pushed {rng.randrange(1, 3)} day(s). Shed at {_gps(rng, -45.9, 169.0)} closed.\n")
        elif k == 1:
            b(f"• Tally posted: {rng.randrange(180, 420)} for stand {rng.randrange(1, 6)}, job JOB-{_digits(rng, 5)}.\n")
        elif k == 2:
            b(f"• Invoice INV-{_digits(rng, 6)} paid: ${rng.randrange(2, 20)},{_digits(rng, 3)}.{_digits(rng, 2)} "
              f"(card ending {_digits(rng, 4)}).\n")
        elif k == 3:
            b(f"• App updated to v{_version(rng)} — handpiece service reminder for unit HP-{_code(rng, 5)}.\n")
        else:
            b(f"• Wool bale {rng.choice(['AA', 'MF', 'HGT'])}-{_digits(rng, 6)} weighed {rng.randrange(150, 200)} kg, "
              f"tracking NZ{_digits(rng, 9)}NZ.\n")
    b("Reply STOP to opt out.")
    return b.text()


# ---------------------------------------------------------------- KE (2) -----
@_tpl("en", "KE", "booking e-mail")
def t_ke_scuba_booking_email(rng):
    p, st = _P(rng, "KE"), _P(rng, "KE")
    b = _B()
    b("Subject: PADI Open Water — Watamu — confirmation\n\nDear ", PER(p.first), ",\n\n")
    b(f"Thank you for choosing Watamu Reef Divers. Your course starts {_fmt_date(_soon(rng), 'KE', 1)} at our "
      f"Turtle Bay base. We have recorded your details as below; kindly confirm:\n\n")
    b("Full name: ", PER(p.full), "\nDate of birth: ", DOB(_fmt_date(p.dob, "KE", rng.randrange(4))), "\nMobile: ",
      PH(_phone(rng, "KE", True, rng.choice(["nat", "intl", "compact"]))), "\nHome: ", ADDR(p.addr()), "\n\n")
    b(f"Course fee: KES {rng.randrange(45, 70)},{_digits(rng, 3)} (M-Pesa paybill {_digits(rng, 6)}, account "
      f"WRD{_digits(rng, 4)}). Marine park fee payable on the day.\n\n")
    b("Asante,\n", PER(f"{st.first} {st.last}"), "\nDive Centre Manager | ", PH(_phone(rng, "KE", True, "intl")),
      " | ", EM("dive@watamureefdivers.co.ke"))
    return b.text()


@_tpl("en", "KE", "SMS thread")
def t_ke_scuba_sms(rng):
    ck = _Clk(rng)
    c, s = _P(rng, "KE"), _P(rng, "KE")
    b = _B()
    b(f"{_fmt_date(_past(rng, 0, 5), 'KE', 0)}\n")
    b(f"{ck.hm()} ", PER(c.first), ": Hello, I paid the deposit by M-Pesa. Code ", f"{_code(rng, 10)}",
      f" Ksh {rng.randrange(5, 20)},000\n")
    b(f"{ck.hm()} Watamu Reef Divers: Received, thank you ", PER(c.first), "! Please send the full names of the second diver\n")
    b(f"{ck.hm()} ", PER(c.first), ": ", PER(_P(rng, "KE").full), ". We're travelling from ", LOC(c.town),
      " by matatu, reach Thursday\n")
    b(f"{ck.hm()} Watamu Reef Divers: Karibu! If you get lost call ", PER(s.first), " on ",
      PH(_phone(rng, "KE", True, "nat")), ". Gate code at the base is ", f"{_digits(rng, 4)}.")
    return b.text()


# ---------------------------------------------------------------- German (2) -----
@_tpl("de", "DE", "e-mail with signature and quoted reply")
def t_de_praeparation_email(rng):
    k, st = _P(rng, "DE"), _P(rng, "DE")
    pet = _pick(rng, ["Rudi", "Minka", "Felix", "Bello", "Mucki", "Luna", "Krümel"])
    shop_t = _pick(rng, _TOWNS["DE"])
    b = _B()
    b("Von: ", PER(st.full), " <", EM("info@praeparation-waldkauz.de"), ">\nAn: ", EM(k.email),
      f"\nBetreff: AW: Präparation {pet} – Auftrag P-{TODAY.year}-{_digits(rng, 3)}\n\n")
    b("Sehr geehrte Frau " if k.female else "Sehr geehrter Herr ", PER(k.last), ",\n\n")
    b(f"vielen Dank für Ihre Nachricht. {pet} ist gut bei uns angekommen und wird derzeit "
      f"{rng.choice(['gegerbt', 'modelliert', 'getrocknet'])}. Die Fertigstellung planen wir für "
      f"{_fmt_date(_soon(rng, 40, 150), 'DE', 1)}. Die Anzahlung von {rng.randrange(1, 6)}50,00 € haben wir erhalten.\n\n"
      "Für die Restzahlung per Lastschrift benötigen wir noch Ihre Bestätigung der IBAN ",
      IBAN(_iban(rng, "DE", True)), f" (BIC {_pick(rng, _BICS[:2])}). Bitte prüfen Sie auch die Lieferadresse:\n",
      ADDR(k.addr(lines=True)), "\n\n")
    b("Mit freundlichen Grüßen\n", PER(st.full), "\nTierpräparation Waldkauz\n",
      ADDR(_addr("DE", _street(rng, "DE"), shop_t[0], _pc(rng, "DE", shop_t[1]), "", False)), "\nTel. ",
      PH(_phone(rng, "DE", False, rng.choice(["nat", "intl"]))), f"\nUSt-IdNr. DE{_digits(rng, 9)}\n\n")
    b(f"Am {_fmt_date(_past(rng, 2, 20), 'DE', 0)} um {_hm(rng)} schrieb ", PER(k.full), ":\n")
    b(f"> Hallo, anbei noch zwei Fotos von {pet}. Rufen Sie mich gern\n> unter ",
      PH(k.tel(rng, True, rng.choice(["nat", "compact"]))), " an.\n> Viele Grüße\n> ", PER(k.first))
    return b.text()


@_tpl("de", "DE", "contact-form dump (key: value)")
def t_de_brauerei_formular(rng):
    p = _P(rng, "DE")
    b = _B()
    b(f"Neue Anmeldung über das Kontaktformular – Brauhaus Zum Kranich\n{'-' * 44}\n")
    b(f"Führung: {rng.choice(['Brauereiführung mit Verkostung', 'Braukurs Einsteiger', 'Bierseminar'])}\n"
      f"Termin: {_fmt_date(_soon(rng), 'DE', 0)}, {rng.choice(['15:00', '17:30', '11:00'])} Uhr\n"
      f"Personen: {rng.randrange(2, 12)}\n")
    b("Vorname: ", PER(p.first), "\nNachname: ", PER(p.last), "\nGeburtsdatum: ",
      DOB(_fmt_date(p.dob, "DE", rng.choice([0, 2]))), "  (Altersprüfung Verkostung)\nAnschrift: ", ADDR(p.addr()),
      "\nTelefon: ", PH(p.tel(rng)), "\nE-Mail: ", EM(p.email), "\n")
    b("Zahlungsart: SEPA-Lastschrift\nIBAN: ", IBAN(_iban(rng, rng.choice(["DE", "DE", "AT"]), rng.random() < 0.5)),
      "\nKontoinhaber/in: ", PER(p.full), f"\nGutscheincode: KRANICH{_digits(rng, 2)}-{_code(rng, 4)}\n")
    pre, post = _pick(rng, [("Wir reisen aus ", " an"), ("Wir kommen mit dem Zug aus ", ""), ("Anreise aus ", "")])
    b("Anmerkungen: ", pre, LOC(_pick(rng, _TOWNS["DE"])[0]), post,
      ", ggf. 10 Min. später. Ein Teilnehmer ist Vegetarier.\n")
    b("Absender-IP: ", IP(_ip_public_v4(rng)), f"\nGesendet: {_fmt_date(_past(rng, 0, 3), 'DE', 0)} {_hm(rng)}\n"
      f"Formular-ID: {_uuid(rng)}")
    return b.text()


# ---------------------------------------------------------------- French (2) -----
@_tpl("fr", "FR", "SMS thread")
def t_fr_fauconnerie_sms(rng):
    c, h = _P(rng, "FR"), _P(rng, "FR", female=False)
    hawk = _pick(rng, _HAWKS)
    b = _B()
    ck = _Clk(rng)
    b("SMS avec ", PER(c.full), " (", PH(c.tel(rng, True, rng.choice(["nat", "intl"]))), ")\n\n")
    b(f"{ck.hm()} Client : Bonjour, c'est pour le stage initiation fauconnerie de samedi, on sera "
      f"{rng.choice(['2', '3', '4'])}. Au nom de ", PER(c.last.upper()), "\n")
    b(f"{ck.hm()} Fauconnerie du Val d'Aure : Bonjour ", PER(c.first), f" ! C'est noté pour samedi 14h, réf. "
      f"FVA-{_digits(rng, 4)}. {rng.randrange(35, 70)} € par personne, règlement sur place. Vous venez de loin ?\n")
    b(f"{ck.hm()} Client : De ", LOC(c.town), ", on arrive la veille. Mon mari ", PER(h.first),
      " a un peu peur des rapaces mdr\n")
    b(f"{ck.hm()} Fauconnerie du Val d'Aure : Pas de souci, {hawk} est très calme 😉 Code du portail {_digits(rng, 4)}. "
      "En cas de souci appelez le ", PH(_phone(rng, "FR", False, "nat")), "\n")
    b(f"{ck.hm()} Client : Top merci ! Mon mail au cas où : ", EM(c.email))
    return b.text()


@_tpl("fr", "FR", "support ticket with internal note")
def t_fr_brasserie_ticket(rng):
    p, ag = _P(rng, "FR"), _P(rng, "FR")
    b = _B()
    b(f"Ticket n° {rng.randrange(10000, 99999)} – Visite de la brasserie – compte bloqué\nDemandeur : ", PER(p.full),
      " <", EM(p.email), ">\n\n")
    b("Bonjour,\nje n'arrive plus à me connecter pour réserver la visite guidée. Mon mot de passe c'est ",
      PWD(_password(rng, ["Houblon", "brasserie", "Soleil", "chouette", "Biere"])), ", j'ai bien vérifié les majuscules. ",
      "Je suis né" + ("e" if p.female else "") + " le ", DOB(_fmt_date(p.dob, "FR", rng.randrange(2))),
      " si jamais vous devez vérifier mon âge pour la dégustation. Merci de me rappeler au ",
      PH(p.tel(rng, True, rng.choice(["nat", "intl"]))), ".\nCordialement,\n", PER(p.first), "\n\n")
    b("--- Note interne ---\n", PER(ag.first), " : compte verrouillé après 5 essais depuis ", IP(_ip_public_v4(rng)),
      f". Hash mdp {_bcrypt(rng)}. Débloqué, réservation BRS-{_code(rng, 5)} créée pour le "
      f"{_fmt_date(_soon(rng), 'FR', 1)}. Rappel : ne jamais demander le mot de passe au client. Proxy interne "
      f"{_private_ip(rng)}, version appli {_version(rng)}.")
    return b.text()


# ---------------------------------------------------------------- Spanish (2) -----
@_tpl("es", "ES", "WhatsApp chat export")
def t_es_buceo_whatsapp(rng):
    c, c2, st = _P(rng, "ES"), _P(rng, "ES"), _P(rng, "ES")
    d = _past(rng, 0, 40)
    ck = _Clk(rng, d)
    ds = f"{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}"
    b = _B()

    def ln(who):
        b(f"[{ds}, {ck.hms()}] ", PER(who), ": ")

    ln(c.first)
    b("Hola! Queríamos hacer el bautismo de buceo este finde, somos 2\n")
    ln(st.first)
    b("Hola ", PER(c.first), "! Claro que sí. Necesito nombre completo, fecha de nacimiento y un móvil de cada uno\n")
    ln(c.first)
    b("Yo soy ", PER(c.full), ", ", DOB(_fmt_date(c.dob, "ES", rng.choice([0, 2]))), ". Mi pareja ", PER(c2.full), ", ",
      DOB(_fmt_date(c2.dob, "ES", 0)), ". Móvil ", PH(c.tel(rng, True, rng.choice(["nat", "compact", "intl"]))), "\n")
    ln(st.first)
    b(f"Perfecto. Reserva BUC-{_digits(rng, 5)}, {rng.choice(['65', '75', '90'])} € por persona. Salimos del puerto a las "
      f"9:30, inmersión en {_gps(rng, 37.63, -0.69)}. ¿Venís de lejos?\n")
    ln(c.first)
    b("Desde ", LOC(c.town), ", llegamos el viernes por la noche 🙌\n")
    ln(c.first)
    b("‎imagen omitida")
    return b.text()


@_tpl("es", "ES", "e-mail with quoted reply and signature")
def t_es_cetreria_email(rng):
    k, st = _P(rng, "ES"), _P(rng, "ES")
    hawk = _pick(rng, _HAWKS)
    bt = _pick(rng, _TOWNS["ES"])
    b = _B()
    b("De: Cetrería Los Halcones <", EM("reservas@cetrerialoshalcones.es"), ">\nPara: ", EM(k.email),
      "\nAsunto: RE: Exhibición de cetrería para nuestra boda\n\n")
    b("Hola ", PER(k.first), ":\n\n")
    b(f"Gracias por contar con nosotros. Para el {_fmt_date(_soon(rng, 60, 300), 'ES', 1)} os proponemos una exhibición "
      f"de 45 minutos con {hawk}, nuestra águila de Harris, y entrega de anillos en vuelo. Presupuesto: "
      f"{rng.randrange(3, 9)}50 € + IVA (ref. PRE-{_digits(rng, 4)}). Para confirmar necesitamos una señal del 30 % "
      "en la cuenta ", IBAN(_iban(rng, "ES", True)), " (Cetrería Los Halcones S.L.).\n\n")
    b("Un saludo,\n", PER(st.full), "\nCetrería Los Halcones\n",
      ADDR(_addr("ES", _street(rng, "ES"), bt[0], bt[1], "", False)), " · ", PH(_phone(rng, "ES", False, "nat")), "\n\n")
    b(f"El {_fmt_date(_past(rng, 2, 20), 'ES', 0)}, a las {_hm(rng)}, ", PER(k.full), " <", EM(k.email), "> escribió:\n")
    b("> Hola, nos casamos en septiembre y nos encantaría una exhibición.\n> Nuestra dirección para el contrato:\n> ",
      ADDR(k.street), "\n> ", ADDR(f"{k.pc} {k.town}"), "\n> Mi móvil: ", PH(k.tel(rng, True, "nat")))
    return b.text()


# ---------------------------------------------------------------- Italian (3) -----
@_tpl("it", "IT", "OCR'd registration form")
def t_it_diving_modulo_ocr(rng):
    p = _P(rng, "IT")
    born = _pick(rng, _TOWNS["IT"])[0]
    b = _B()
    b("DIVING CENTRO ARGENTARIO — MODULO DI ISCRIZIONE CORSO OPEN WATER\n")
    b(f"Rev. {rng.randrange(2, 9)}/{rng.randrange(2019, 2026)}                         Pag. 1/2\n\n")
    b("Cognome : ", PER(p.last.upper()), "      Nome : ", PER(p.first.upper() if rng.random() < 0.5 else p.first), "\n")
    b("Nato/a a : ", LOC(born), "   il : ", DOB(_fmt_date(p.dob, "IT", rng.choice([0, 2]))), "\n")
    b("Residente in : ", ADDR(p.addr()), "\n")
    b(f"{rng.choice(['Cell.', 'Ce1l.', 'Cel.'])} : ", PH(p.tel(rng, True, rng.choice(["nat", "compact"]))),
      f"     {rng.choice(['E-mail', 'E-rnail', 'Email'])} : ", EM(p.email), "\n")
    b(f"Brevetto n. : {rng.choice(['nessuno', 'SSI ' + _nophone(rng, 'IT', lambda r: _digits(r, 8)), 'PADI ' + _digits(rng, 7) + 'X'])}\n"
      f"Taglia muta : {rng.choice(['S', 'M', 'L', 'XL'])}    Certificato medico del : {_fmt_date(_past(rng, 5, 200), 'IT', 0)}\n"
      f"Quota versata : € {rng.randrange(3, 6)}{_digits(rng, 2)},00   Ricevuta n. {rng.randrange(100, 999)}/{TODAY.year}\n\n")
    b("Firma ______", PER(p.full), f"______   Data {_fmt_date(TODAY, 'IT', 0)}")
    return b.text()


@_tpl("it", "IT", "quote e-mail with signature")
def t_it_tassidermia_email(rng):
    k, st = _P(rng, "IT"), _P(rng, "IT")
    b = _B()
    b("Da: ", PER(st.full), " <", EM(f"{_ascii(st.first)}@tassidermiaalpina.it"), ">\nA: ", EM(k.email),
      f"\nOggetto: Preventivo n. {rng.randrange(10, 99)}/{TODAY.year} – {rng.choice(['capriolo', 'fagiano', 'volpe', 'camoscio'])}\n\n")
    b("Gentile " + ("Sig.ra " if k.female else "Sig. "), PER(k.last), ",\n\n")
    b(f"come da accordi telefonici le invio il preventivo per la preparazione del trofeo: € "
      f"{rng.randrange(3, 9)}{_digits(rng, 2)},00 IVA inclusa, consegna in circa {rng.randrange(4, 10)} mesi. "
      "L'acconto del 30% può essere versato con bonifico sull'IBAN ", IBAN(_iban(rng, "IT", rng.random() < 0.5)),
      ".\nA lavoro finito spediremo il trofeo al suo indirizzo:\n", ADDR(k.addr(lines=True)), "\n\n")
    b("Cordiali saluti,\n", PER(st.full), "\nTassidermia Alpina – laboratorio di Cuneo\nTel. ",
      PH(_phone(rng, "IT", False, "nat")), " – Cell. ", PH(_phone(rng, "IT", True, "intl")),
      f"\nP.IVA {_nophone(rng, 'IT', lambda r: _digits(r, 11))}")
    return b.text()


@_tpl("it", "IT", "newsletter (no PII)")
def t_it_diving_newsletter_no_pii(rng):
    b = _B()
    b(f"Diving Centro Argentario – Newsletter n. {rng.randrange(20, 90)}\n\n")
    b(f"Programma immersioni di {_MONTHS['it'][rng.randrange(12)]}:\n")
    for _ in range(rng.randrange(3, 5)):
        b(f"• {_fmt_date(_soon(rng, 5, 90), 'IT', 0)} – {rng.choice(['Secca di Capo d’Uomo', 'Relitto del Santa Lucia', 'Isola del Giglio', 'Formiche di Grosseto'])} "
          f"({rng.choice(['brevetto AOW', 'tutti i livelli', 'nitrox'])}), partenza ore {rng.choice(['8:30', '9:00', '14:00'])}, "
          f"€ {rng.randrange(45, 120)},00, coordinate {_gps(rng, 42.4, 11.15)}\n")
    b(f"\nCodice sconto NATALE{TODAY.year}: -{rng.randrange(5, 25)}% sui corsi (valido fino al "
      f"{_fmt_date(_soon(rng, 20, 60), 'IT', 1)}). Prenotazioni online, codice pratica PR-{_digits(rng, 6)}.\n"
      f"App aggiornata alla versione {_version(rng)}. Per disiscriverti rispondi NO.")
    return b.text()


# ---------------------------------------------------------------- Dutch (2) -----
@_tpl("nl", "NL", "live chat transcript")
def t_nl_brouwerij_livechat(rng):
    v, ag = _P(rng, "NL"), _P(rng, "NL")
    d = _past(rng, 0, 20)
    ck = _Clk(rng, d)
    b = _B()
    b(f"Chatgesprek gestart op {_fmt_date(d, 'NL', 0)} {ck.hm()} — Brouwerij De Drie Ganzen\n")
    b(f"{ck.hm()} Bezoeker: hoi, kan ik nog een rondleiding boeken voor zaterdag?\n")
    b(f"{ck.hm()} ", PER(ag.first), ": Hoi! Ja hoor, om 14:00 is er nog plek. Op welke naam mag ik het zetten?\n")
    b(f"{ck.hm()} Bezoeker: ", PER(v.full), f", we zijn met {rng.randrange(2, 7)}. mijn nummer is ",
      PH(v.tel(rng, True, rng.choice(["nat", "compact", "intl"]))), "\n")
    b(f"{ck.hm()} ", PER(ag.first), ": Top. Mag ik ook je e-mailadres voor de bevestiging?\n")
    b(f"{ck.hm()} Bezoeker: ", EM(v.email), "\n")
    b(f"{ck.hm()} ", PER(ag.first), f": Gelukt, boekingsnummer DG-{_digits(rng, 5)}. €17,50 p.p., betalen via iDEAL. "
      f"Jullie proeven o.a. de Pater Anselmus Tripel 😉\n")
    b(f"{ck.hm()} Bezoeker: leuk! we komen uit ", LOC(v.town), " dus misschien iets later\n")
    b(f"{ck.hm()} ", PER(ag.first), ": Geen probleem. Fijne dag!")
    return b.text()


@_tpl("nl", "NL", "e-mail with '>'-quoted reply")
def t_nl_factuur_email(rng):
    k, st = _P(rng, "NL"), _P(rng, "NL")
    b = _B()
    b("Van: ", PER(k.full), " <", EM(k.email), ">\nAan: ", EM("info@dedrieganzen.nl"),
      f"\nOnderwerp: Re: Factuur groepsrondleiding F{TODAY.year}-{_digits(rng, 4)}\n\n")
    b("Beste ", PER(st.first), ",\n\nKlopt niet helemaal, we zijn in de zomer verhuisd. Het nieuwe adres is ",
      ADDR(k.addr()), ". Wilt u de factuur opnieuw sturen? Het bedrag van €", f"{rng.randrange(150, 600)},00",
      " is vandaag overgemaakt vanaf ", IBAN(_iban(rng, "NL", rng.random() < 0.6)), ".\n\nMet vriendelijke groet,\n",
      PER(k.full), "\n", PH(k.tel(rng, True, "nat")), "\n\n")
    b(f"Op {_fmt_date(_past(rng, 2, 20), 'NL', 1)} om {_hm(rng)} schreef ", PER(st.full), " <",
      EM(f"{_ascii(st.first)}@dedrieganzen.nl"), ">:\n")
    old = _P(rng, "NL")
    b("> Beste " + ("mevrouw " if k.female else "heer "), PER(k.last), ",\n> Uw factuur staat klaar. Wij hebben als adres:\n> ",
      ADDR(old.street), "\n> ", ADDR(f"{old.pc} {old.town}"), "\n> Klopt dit nog? KvK ", f"{_digits(rng, 8)}")
    return b.text()


# ---------------------------------------------------------------- Portuguese, Brazil (2) -----
@_tpl("pt", "BR", "WhatsApp chat export")
def t_br_mergulho_whatsapp(rng):
    c, c2, st = _P(rng, "BR"), _P(rng, "BR"), _P(rng, "BR")
    kid = _pick(rng, _NAMES["BR"][0])
    d = _past(rng, 0, 30)
    ck = _Clk(rng, d)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    b = _B()

    def ln(who):
        b(f"[{ds} {ck.hm()}] ", PER(who), ": ")

    ln(c.first)
    b("Oi! Vcs têm vaga pro batismo de mergulho no sábado? Somos 3\n")
    ln(st.first)
    b("Oi ", PER(c.first), "! Temos sim, saída 8h do píer. Preciso do nome completo e data de nascimento de cada um\n")
    ln(c.first)
    b(PER(c.full), " ", DOB(_fmt_date(c.dob, "BR", 0)), ", ", PER(c2.full), " ", DOB(_fmt_date(c2.dob, "BR", 0)),
      " e meu filho ", PER(kid), " ", DOB(_fmt_date(_dt.date(rng.randrange(2012, 2015), rng.randrange(1, 13),
                                                               rng.randrange(1, 29)), "BR", 0)), "\n")
    ln(st.first)
    b(f"Anotado! Reserva MA-{_digits(rng, 4)}, R$ {rng.randrange(25, 40)}0 por pessoa. Pix: a chave é o e-mail ",
      EM("reservas@mergulhoarraial.com.br"), "\n")
    ln(c.first)
    b("Feito! Estamos vindo de ", LOC(c.town), ", chegamos sexta à noite. Meu cel é ",
      PH(c.tel(rng, True, rng.choice(["nat", "intl", "compact"]))), "\n")
    ln(st.first)
    b("Show! Qualquer coisa chama 🤙")
    return b.text()


@_tpl("pt", "BR", "CRM note")
def t_br_cervejaria_crm(rng):
    p, h, rep = _P(rng, "BR", female=True), _P(rng, "BR", female=False), _P(rng, "BR")
    h.dob = _dt.date(TODAY.year - 40, 12, 1) + _dt.timedelta(days=rng.randrange(10, 70))
    b = _B()
    b("Lead: ", PER(p.full), " | Origem: site | Responsável: ", PER(rep.first), "\n")
    b(f"{_fmt_date(_past(rng, 0, 7), 'BR', 0)} — Cliente quer visita guiada + degustação na cervejaria para o aniversário "
      f"de 40 anos do marido, ", PER(h.first), " (nascido em ", DOB(_fmt_date(h.dob, "BR", rng.randrange(2))),
      f"). Grupo de {rng.randrange(8, 25)} pessoas, moram em ", LOC(p.town), ".\n")
    b("Endereço para envio dos convites: ", ADDR(p.addr()), "\nTelefone ", PH(p.tel(rng, True, "nat")), ", e-mail ",
      EM(p.email), f"\nOrçamento ORC-{_digits(rng, 5)}: R$ {rng.randrange(1, 4)}.{_digits(rng, 3)},00. Sinal pago no cartão "
      f"final {_digits(rng, 4)}. Rótulo sugerido: \"Seu Zé IPA\".")
    return b.text()


# ---------------------------------------------------------------- Polish (2) -----
@_tpl("pl", "PL", "booking e-mail with contract data")
def t_pl_sokolnictwo_email(rng):
    k, st = _P(rng, "PL"), _P(rng, "PL")
    b = _B()
    b(f"Temat: Pokaz sokolniczy – {_fmt_date(_soon(rng, 30, 200), 'PL', 1)} – rezerwacja SOK/{TODAY.year}/"
      f"{rng.randrange(10, 400)}\n\nDzień dobry,\n\n")
    b(f"dziękujemy za zainteresowanie pokazem sokolniczym. Potwierdzamy termin i godzinę {rng.choice(['15:00', '16:30', '18:00'])}. "
      f"Na pokaz przyjedzie sokół {_pick(rng, _HAWKS)} i puchacz {_pick(rng, _HAWKS)}. Cena: {rng.randrange(1, 3)} "
      f"{rng.randrange(1, 9)}00 zł brutto. Zaliczkę 30% prosimy wpłacić na konto ", IBAN(_iban(rng, "PL", True)),
      ".\n\nDane do umowy:\nImię i nazwisko: ", PER(k.full), "\nAdres: ", ADDR(k.addr()), "\nTelefon: ",
      PH(k.tel(rng, True, rng.choice(["nat", "intl"]))), "\nE-mail: ", EM(k.email), "\n\n")
    b("Pozdrawiam serdecznie\n", PER(st.full), "\nSokolarnia Orla Przystań\ntel. ", PH(_phone(rng, "PL", True, "nat")),
      f"\nNIP {_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}")
    return b.text()


@_tpl("pl", "PL", "JSON lines export")
def t_pl_browar_jsonl(rng):
    b = _B()
    for _ in range(rng.randrange(2, 4)):
        p = _P(rng, "PL")
        b('{"zdarzenie":"rejestracja","czas":"', _iso_ts(rng), '","imie":"', PER(p.first), '","nazwisko":"', PER(p.last),
          '","data_urodzenia":"', DOB(_fmt_date(p.dob, "PL", 0)), '","telefon":"', PH(p.tel(rng, True, rng.choice(["nat", "e164"]))),
          '","email":"', EM(p.email), '","haslo":"', PWD(_password(rng, ["Piwo", "chmiel", "Zubr", "slodowy"])),
          f'","zgoda_marketing":{rng.choice(["true", "false"])},"ip":"', IP(_ip_public_v4(rng)),
          f'","wersja_aplikacji":"{_version(rng)}","id_sesji":"{_hex(rng, 24)}"}}\n')
    if rng.random() < 0.5:
        b('{"zdarzenie":"blad_integracji","czas":"', _iso_ts(rng), '","modul":"platnosci","klucz_api":"', KEY(_api_key(rng)),
          f'","kod":{rng.choice([401, 403, 500])}}}\n')
    b(f'{{"zdarzenie":"zwiedzanie_browaru","czas":"{_iso_ts(rng)}","bilet":"BT-{_nophone(rng, "PL", lambda r: _digits(r, 7))}","kwota":"'
      f'{rng.randrange(30, 90)},00 zł","kod_rabatowy":"CHMIEL{rng.randrange(10, 30)}"}}')
    return b.text()


# ---------------------------------------------------------------- Swedish (1) -----
@_tpl("sv", "SE", "SMS thread")
def t_se_preparator_sms(rng):
    c, st = _P(rng, "SE"), _P(rng, "SE")
    moved = _P(rng, "SE")
    while True:
        swish = "123" + _digits(rng, 7)
        if not phonenumbers.is_valid_number(phonenumbers.parse(swish, "SE")):
            break
    ck = _Clk(rng)
    b = _B()
    b("SMS-konversation med ", PER(c.full), " (", PH(c.tel(rng, True, rng.choice(["nat", "intl"]))), ")\n")
    b(f"{ck.hm()} Kund: Hej! Jag lämnade in en {rng.choice(['älgtrofé', 'rådjurshuvud', 'tjäder'])} i oktober, hur går "
      f"det? Ordernr {_digits(rng, 5)}\n")
    b(f"{ck.hm()} Norrlands Preparatorverkstad: Hej ", PER(c.first), "! Den är klar om ca 3 veckor. Hämtar du i "
      "verkstaden i Östersund eller ska vi skicka?\n")
    b(f"{ck.hm()} Kund: Skicka gärna. Jag har flyttat till ", LOC(moved.town), ", ny adress ", ADDR(moved.addr()), "\n")
    b(f"{ck.hm()} Norrlands Preparatorverkstad: Noterat. Slutbetalning {rng.randrange(2, 9)} {_digits(rng, 3)} kr, "
      f"Swish {swish[:3]} {swish[3:6]} {swish[6:8]} {swish[8:]} eller bankgiro {_digits(rng, 4)}-{_digits(rng, 4)}. /",
      PER(st.first), "\n")
    b(f"{ck.hm()} Kund: Tack! Kvitto till ", EM(c.email), " tack")
    return b.text()


# ---------------------------------------------------------------- Catalan (2) -----
@_tpl("ca", "ES", "confirmation e-mail")
def t_ca_immersio_email(rng):
    p, st = _P(rng, "CAT"), _P(rng, "CAT")
    s1 = _soon(rng, 10, 120)
    b = _B()
    b("De: Centre d'Immersió Illes Medes <", EM("reserves@immersiomedes.cat"), ">\nPer a: ", EM(p.email),
      f"\nAssumpte: Confirmació curs Open Water – reserva CIM-{_digits(rng, 5)}\n\n")
    b("Hola ", PER(p.first), ",\n\n")
    b(f"Et confirmem la plaça al curs Open Water del {_fmt_date(s1, 'CAT', 1)} al "
      f"{_fmt_date(s1 + _dt.timedelta(days=3), 'CAT', 1)}. Recorda portar el certificat mèdic.\n\nDades que ens vas enviar:\n")
    b("Nom: ", PER(p.full), "\nData de naixement: ", DOB(_fmt_date(p.dob, "CAT", rng.randrange(2))), "\nAdreça: ",
      ADDR(p.addr()), "\nMòbil: ", PH(p.tel(rng, True, rng.choice(["nat", "intl", "compact"]))), "\n\n")
    b("Com que véns des de ", LOC(p.town), f", et recomanem l'aparcament del port. Pagament: 30 % de bestreta per "
      "transferència a ", IBAN(_iban(rng, "ES", True)), f" o amb la targeta acabada en {_digits(rng, 4)}.\n\nSalutacions,\n",
      PER(st.full), "\nCentre d'Immersió Illes Medes · ", ADDR(f"Passeig Marítim, {rng.randrange(2, 80)}, 17258 L'Estartit"),
      " · ", PH(_phone(rng, "CAT", False, "nat")))
    return b.text()


@_tpl("ca", "ES", "call note")
def t_ca_cerveseria_trucada(rng):
    p, ag, sis = _P(rng, "CAT"), _P(rng, "CAT"), _P(rng, "CAT", female=True)
    b = _B()
    b(f"Trucada entrant {_fmt_date(_past(rng, 0, 8), 'CAT', 0)} {_hm(rng)} — atesa per ", PER(ag.first), "\n")
    b("Client: ", PER(p.full), " · tel. ", PH(p.tel(rng, rng.random() < 0.7, "nat")), "\n")
    b(f"Vol reservar la visita guiada a la cerveseria per a {rng.randrange(6, 14)} persones el dissabte. És per "
      "l'aniversari de la seva germana ", PER(sis.first), ", que va néixer el ", DOB(_fmt_date(sis.dob, "CAT", 1)),
      f". Viuen a ", LOC(p.town), f". Paga amb targeta acabada en {_digits(rng, 4)}, ref. VIS-{_digits(rng, 5)}. "
      "Li enviem la confirmació a ", EM(p.email), f". Cervesa suggerida: «La Rutlla Pale Ale», lot L{_digits(rng, 5)}.")
    return b.text()


# ---------------------------------------------------------------- Turkish (2) -----
def _tr_abl(w: str) -> str:
    """Turkish ablative suffix for a place name (Kaş'tan, Bodrum'dan, Fethiye'den)."""
    vow = [ch for ch in w.lower() if ch in "aıoueiöü"]
    back = vow and vow[-1] in "aıou"
    d = "t" if w[-1].lower() in "çfhkpsşt" else "d"
    return f"'{d}{'a' if back else 'e'}n"


@_tpl("tr", "TR", "WhatsApp chat export")
def t_tr_dalis_whatsapp(rng):
    c, c2, st = _P(rng, "TR"), _P(rng, "TR"), _P(rng, "TR")
    d = _past(rng, 0, 30)
    ck = _Clk(rng, d)
    ds = f"{d.day:02d}.{d.month:02d}.{d.year}"
    b = _B()

    def ln(who):
        b(f"[{ds} {ck.hms()}] ", PER(who), ": ")

    ln(c.full)
    b("Merhaba, cumartesi için deneme dalışı yapmak istiyoruz, 2 kişiyiz\n")
    ln(st.first)
    b("Merhabalar ", PER(c.first), " " + ("Hanım" if c.female else "Bey"),
      "! Tabii. Ad soyad, doğum tarihi ve telefon numarası alabilir miyim?\n")
    ln(c.full)
    b(PER(c.full), " ", DOB(_fmt_date(c.dob, "TR", rng.choice([0, 2]))), ", eşim ", PER(c2.full), " ",
      DOB(_fmt_date(c2.dob, "TR", 0)), ". Telefon: ", PH(c.tel(rng, True, rng.choice(["nat", "intl", "compact"]))), "\n")
    ln(st.first)
    b(f"Rezervasyonunuz oluşturuldu: KMD-{_digits(rng, 5)}. Kişi başı {rng.randrange(12, 30)}00 TL. Tekne 09:00'da "
      f"limandan kalkıyor, dalış noktası {_gps(rng, 36.2, 29.64)}. Ödeme için IBAN: ", IBAN(_iban(rng, "TR", True)),
      " (Kaş Mavi Dalış Ltd. Şti.)\n")
    ln(c.full)
    b("Süper! Biz ", LOC(c.town), _tr_abl(c.town) + " geliyoruz, cuma akşamı oradayız 🙏")
    return b.text()


@_tpl("tr", "TR", "registration form dump")
def t_tr_kayit_formu(rng):
    p, e = _P(rng, "TR"), _P(rng, "TR")
    b = _B()
    b(f"KAYIT FORMU — Açık Su Dalıcı Kursu — Başvuru no: {TODAY.year}{_digits(rng, 5)}\n\n")
    b("Ad Soyad: ", PER(p.full), "\nDoğum Tarihi: ", DOB(_fmt_date(p.dob, "TR", rng.randrange(3))), "\nDoğum Yeri: ",
      LOC(_pick(rng, _TOWNS["TR"])[2]), "\nAdres: ", ADDR(p.addr()), "\nCep Telefonu: ",
      PH(p.tel(rng, True, rng.choice(["nat", "compact", "intl"]))), "\nE-posta: ", EM(p.email), "\n")
    b("Acil durumda aranacak kişi: ", PER(e.full), " / ", PH(e.tel(rng, True, "nat")), "\n")
    b(f"Sertifika No: {rng.choice(['yok', 'CMAS ' + _digits(rng, 8)])}\nBeden: {rng.choice(['S', 'M', 'L'])}\n"
      f"Sağlık beyanı: Evet\nKayıt tarihi: {_fmt_date(_past(rng, 0, 10), 'TR', 0)}\nÖdeme: kredi kartı "
      f"{_masked_card(rng)} — {rng.randrange(5, 15)}.{_digits(rng, 3)} TL\nIP adresi: ", IP(_ip_public_v4(rng)),
      f"\nForm sürümü: v{_version(rng)}")
    return b.text()


# ---------------------------------------------------------------- Romanian (2) -----
@_tpl("ro", "RO", "booking confirmation e-mail")
def t_ro_soimarit_email(rng):
    p, st = _P(rng, "RO"), _P(rng, "RO")
    b = _B()
    b(f"Subiect: Confirmare rezervare – Experiență de șoimărit – SC-{_digits(rng, 5)}\n\n")
    b("Bună ziua, " + ("doamnă " if p.female else "domnule "), PER(p.last), ",\n\n")
    b(f"Vă mulțumim pentru rezervare! Vă așteptăm pe {_fmt_date(_soon(rng), 'RO', 1)}, ora "
      f"{rng.choice(['10:00', '12:30', '15:00'])}, la centrul nostru de lângă Sibiu. Veți zbura cu "
      f"{_pick(rng, _HAWKS)}, un șoim de Harris foarte blând.\n\nDate rezervare:\nNume: ", PER(p.full), "\nTelefon: ",
      PH(p.tel(rng, True, rng.choice(["nat", "intl"]))), "\nE-mail: ", EM(p.email), "\nAdresa de facturare: ",
      ADDR(p.addr()), f"\nPreț: {rng.randrange(2, 6)}50 lei/persoană, achitat cu cardul {_masked_card(rng)}\n\n")
    b("Cu stimă,\n", PER(st.full), "\nȘoimii Carpaților SRL | ", PH(_phone(rng, "RO", False, "nat")),
      f" | CUI RO{_digits(rng, 8)}")
    return b.text()


@_tpl("ro", "RO", "support ticket with internal note")
def t_ro_berarie_tichet(rng):
    p, ag = _P(rng, "RO"), _P(rng, "RO")
    b = _B()
    b(f"Tichet #{rng.randrange(1000, 9999)} — Cont blocat în aplicația Berăria Hopa\nDe la: ", PER(p.full), " <",
      EM(p.email), ">\n\n")
    b("Bună, nu mă pot loga în aplicație ca să rezerv turul fabricii. Parola mea este ",
      PWD(_password(rng, ["Bere", "hamei", "Carpati", "ursus"])), ". Data nașterii ",
      DOB(_fmt_date(p.dob, "RO", rng.randrange(2))), " (mi-a cerut-o la verificarea vârstei). Telefon ",
      PH(p.tel(rng, True, "nat")), ".\nMulțumesc, ", PER(p.first), "\n\n")
    b("Notă internă (", PER(ag.first), "): ultima autentificare de pe ", IP(_ip_public_v4(rng)),
      f", hash {_argon2(rng)}. Cont deblocat, rezervare TUR-{_digits(rng, 5)}. Clientul vine din ", LOC(p.town),
      f" — i-am recomandat tura de sâmbătă. Nu mai cerem parole pe e-mail. Server {_private_ip(rng)}.")
    if rng.random() < 0.5:
        b(" PS: cheia API a integrării de plăți apărea în clar în log (", KEY(_api_key(rng)), "), am rotit-o.")
    return b.text()


# ---------------------------------------------------------------- Vietnamese (2) -----
@_tpl("vi", "VN", "Zalo chat export")
def t_vi_lan_bien_chat(rng):
    c, c2, st = _P(rng, "VN"), _P(rng, "VN"), _P(rng, "VN")
    d = _past(rng, 0, 30)
    ck = _Clk(rng, d)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    b = _B()

    def ln(who):
        b(f"[{ck.hm()} {ds}] ", PER(who), ": ")

    ln(c.full)
    b("Chào shop, mình muốn đặt lặn biển thử cho 2 người ngày thứ Bảy ạ\n")
    ln(st.first)
    b("Dạ chào " + ("chị " if c.female else "anh "), PER(c.first), "! Cho em xin họ tên, ngày sinh và số điện thoại nhé\n")
    ln(c.full)
    b(PER(c.full), ", sinh ngày ", DOB(_fmt_date(c.dob, "VN", 0)), ". Bạn mình là ", PER(c2.full), ", sinh ",
      DOB(_fmt_date(c2.dob, "VN", rng.randrange(2))), ". SĐT ", PH(c.tel(rng, True, rng.choice(["nat", "compact", "intl"]))),
      "\n")
    ln(st.first)
    vnd = f"{rng.randrange(9, 20) * 100_000:,}".replace(",", ".")
    b(f"Dạ em đã giữ chỗ mã RRN-{_digits(rng, 5)}, giá {vnd}đ/người. Xe đón lúc 7h30 tại "
      "khách sạn ạ\n")
    ln(c.full)
    b("Mình từ ", LOC(c.town), " vào, tối thứ Sáu mới tới nha. Gửi hoá đơn qua ", EM(c.email), " giúp mình\n")
    ln(st.first)
    b("Dạ vâng ạ 🐠")
    return b.text()


@_tpl("vi", "VN", "CRM customer note")
def t_vi_crm_ghichu(rng):
    p, rep = _P(rng, "VN"), _P(rng, "VN")
    home = _pick(rng, _TOWNS["VN"])[0]
    b = _B()
    b("Ghi chú khách hàng — CRM\nKhách: ", PER(p.full), " | Nguồn: Facebook | Phụ trách: ", PER(rep.full), "\n")
    b(f"{_fmt_date(_past(rng, 0, 9), 'VN', 0)}: Gọi điện tư vấn tour tham quan xưởng bia thủ công ở Đà Lạt cho nhóm "
      f"{rng.randrange(4, 15)} người. Khách sinh ngày ", DOB(_fmt_date(p.dob, "VN", rng.randrange(2))),
      ", quê ở ", LOC(home), ".\nĐịa chỉ: ", ADDR(p.addr()), "\nSĐT: ", PH(p.tel(rng, True, rng.choice(["nat", "intl"]))),
      " — email: ", EM(p.email), f"\nBáo giá BG-{_digits(rng, 5)}: {rng.randrange(5, 12)}50.000đ/khách. Đã cọc qua thẻ "
      f"đuôi {_digits(rng, 4)}. Hẹn gọi lại {_fmt_date(_soon(rng, 1, 10), 'VN', 0)}.")
    return b.text()


# ---------------------------------------------------------------- Filipino / Taglish (2) -----
@_tpl("tl", "PH", "SMS thread")
def t_fil_dive_sms(rng):
    c, c2 = _P(rng, "PH"), _P(rng, "PH")
    ck = _Clk(rng)
    b = _B()
    b("Mga mensahe kay ", PER(c.first), " (", PH(c.tel(rng, True, rng.choice(["nat", "intl", "compact"]))), ")\n")
    b(f"{ck.ampm()} ", PER(c.first), ": Hi po! Available pa po ba yung discover scuba sa Sabado? 2 pax po kami\n")
    b(f"{ck.ampm()} Anilao Blue: Hello po ", PER(c.first), "! Yes po, 8AM ang call time sa resort. Pakisend na lang po "
      "ng full name at birthday ng bawat isa para sa waiver 🙏\n")
    b(f"{ck.ampm()} ", PER(c.first), ": ", PER(c.full), ", ", DOB(_fmt_date(c.dob, "PH", rng.randrange(3))),
      ". Yung kasama ko si ", PER(c2.full), ", ", DOB(_fmt_date(c2.dob, "PH", rng.randrange(3))), "\n")
    b(f"{ck.ampm()} Anilao Blue: Noted po! Booking ref ABD-{_digits(rng, 5)}, ₱{rng.randrange(2, 5)},{_digits(rng, 1)}00 "
      "per head. Pwede po mag-GCash sa ", PH(_phone(rng, "PH", True, "nat")), " (Anilao Blue Dive Center)\n")
    b(f"{ck.ampm()} ", PER(c.first), ": Sige po. Galing pa kami ng ", LOC(c.town), " kaya baka ma-late ng konti\n")
    b(f"{ck.ampm()} Anilao Blue: Ok lang po, ingat sa byahe! Gate code ng parking: {_digits(rng, 4)}")
    return b.text()


@_tpl("tl", "PH", "registration form (key: value)")
def t_fil_form_pagpaparehistro(rng):
    p, e = _P(rng, "PH"), _P(rng, "PH")
    b = _B()
    b("FORM NG PAGPAPAREHISTRO — Anilao Blue Dive Center\n\n")
    b("Buong Pangalan: ", PER(p.full.upper() if rng.random() < 0.4 else p.full), "\nPetsa ng Kapanganakan: ",
      DOB(_fmt_date(p.dob, "PH", rng.randrange(3))), "\nLugar ng Kapanganakan: ", LOC(_pick(rng, _TOWNS["PH"])[0]),
      "\nTirahan: ", ADDR(p.addr()), "\nCellphone: ", PH(p.tel(rng, True, rng.choice(["nat", "compact"]))),
      "\nEmail: ", EM(p.email), "\n")
    b("Tatawagan kung may emergency: ", PER(e.full), " (", rng.choice(["asawa", "nanay", "kapatid", "kaibigan"]), ") — ",
      PH(e.tel(rng, True, "nat")), "\n")
    b(f"Certification: {rng.choice(['wala', 'PADI OW ' + _digits(rng, 7) + 'A'])}\nLaki ng wetsuit: "
      f"{rng.choice(['S', 'M', 'L'])}\nPetsa ng dive: {_fmt_date(_soon(rng), 'PH', 0)}\nBooking code: ABD-{_digits(rng, 5)}\n"
      f"Halaga: ₱{rng.randrange(3, 9)},{_digits(rng, 3)}.00\nLagda: ________________")
    return b.text()


# ---------------------------------------------------------------- Slovenian (1) -----
@_tpl("sl", "SI", "booking e-mail")
def t_sl_pivovarna_email(rng):
    p = _P(rng, "SI")
    b = _B()
    b("Od: ", PER(p.full), " <", EM(p.email), ">\nZa: ", EM("ogledi@pivovarna-lintvern.si"),
      f"\nZadeva: Rezervacija ogleda pivovarne – skupina {rng.randrange(6, 20)} oseb\n\nPozdravljeni,\n\n")
    b(("rada" if p.female else "rad") + " bi rezerviral" + ("a" if p.female else "") +
      f" voden ogled pivovarne z degustacijo, v soboto {_fmt_date(_soon(rng), 'SI', 0)} ob 15. uri. Skupina prihaja iz kraja ",
      LOC(p.town), ". Račun prosim izstavite na: ", PER(p.full), ", ", ADDR(p.addr()), ". Plačilo bomo izvedli z "
      "nakazilom z računa ", IBAN(_iban(rng, "SI", True)), ".\n\nZa dodatne informacije sem dosegljiv" +
      ("a" if p.female else "") + " na ", PH(p.tel(rng, True, rng.choice(["nat", "intl"]))), ".\n\nLep pozdrav,\n",
      PER(p.first))
    return b.text()


# ---------------------------------------------------------------- Estonian (1) -----
@_tpl("et", "EE", "Slack export")
def t_et_olletehas_slack(rng):
    u1, u2, c = _P(rng, "EE"), _P(rng, "EE"), _P(rng, "EE")
    ck = _Clk(rng)
    b = _B()
    b("#ekskursioonid\n\n", PER(u1.first), f"  {ck.hm()}\n")
    b(f"Laupäevaks tuli broneering: ", PER(c.full), f", {rng.randrange(4, 14)} inimest, tel ",
      PH(c.tel(rng, True, rng.choice(["nat", "intl"]))), ". Elukoht: ", LOC(c.town), "\n\n")
    b(PER(u2.first), f"  {ck.hm()}\nOlgu. Kas arve läheb firmale?\n\n")
    b(PER(u1.first), f"  {ck.hm()}\nEi, eraisikule. E-post ", EM(c.email), ", aadress ", ADDR(c.addr()),
      f". Maksis kaardiga, viimased numbrid {_digits(rng, 4)}. Broneeringu nr EKS-{_digits(rng, 5)}\n\n")
    b(PER(u2.first), f"  {ck.hm()}\n👍 valmistan degusteerimise ette. Külmiku kood {_digits(rng, 4)}")
    return b.text()


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------
_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?"]


def _cols(rng: random.Random, rows: int, row_fn, spec) -> list[Column]:
    """spec: (header, entity, gen(rng, row) -> str | None, blank rate, placeholder rate)."""
    ctx = [row_fn(rng) for _ in range(rows)]
    out = []
    for name, ent, gen, blank, ph in spec:
        vals: list[str | None] = []
        for cx in ctx:
            u = rng.random()
            if u < blank:
                vals.append(None)
            elif u < blank + ph:
                vals.append(_pick(rng, _PLACEHOLDERS))
            else:
                vals.append(gen(rng, cx))
        out.append(Column(name, ent, vals))
    return out


class _Row(dict):
    __getattr__ = dict.__getitem__


def _depots(cc):
    return [t[0] for t in _TOWNS[cc]]


def _tbl_shearing_gang_roster(rng, rows):
    def row(r):
        cc = r.choice(["NZ", "NZ", "AU"])
        return _Row(p=_P(r, cc), e=_P(r, cc), cc=cc, depot=_pick(r, _depots(cc)))
    return _cols(rng, rows, row, [
        ("shearer_id", None, lambda r, x: f"SH-{r.randrange(100, 9999):04d}", 0, 0),
        ("first_name", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("surname", "PERSON", lambda r, x: x.p.last, 0.05, 0),
        ("mobile", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "nat", "compact"])), 0.1, 0.03),
        ("home_town", "LOCATION", lambda r, x: x.p.town, 0.15, 0.03),
        ("date_of_birth", "DATE_OF_BIRTH", lambda r, x: _fmt_date(x.p.dob, x.cc, 0), 0.2, 0),
        ("email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.3, 0),
        ("emergency_contact", "PERSON", lambda r, x: x.e.full, 0.35, 0.04),
        ("gang", None, lambda r, x: f"Gang {r.randrange(1, 6)} – {x.depot}", 0, 0),
        ("base_depot", None, lambda r, x: x.depot, 0, 0),
        ("handpiece_serial", None, lambda r, x: f"HP-{r.randrange(10, 99)}{r.choice('abc')}-{_digits(r, 5)}", 0.1, 0),
        ("tally_avg", None, lambda r, x: str(r.randrange(120, 380)), 0.05, 0),
        ("phone_type", None, lambda r, x: r.choice(["mobile", "mobile", "landline", "work"]), 0.1, 0),
        ("email_verified", None, lambda r, x: r.choice(["true", "false"]), 0, 0),
        ("locker_code", None, lambda r, x: _digits(r, 4), 0.3, 0),
        ("dog_name", None, lambda r, x: _pick(r, _DOGS), 0.4, 0),
        ("rate_per_100", None, lambda r, x: f"${r.randrange(300, 420)}.{_digits(r, 2)}", 0, 0),
        ("induction_date", None, lambda r, x: _fmt_date(_past(r, 10, 2000), x.cc, 0), 0.1, 0),
    ])


def _tbl_shearing_jobs(rng, rows):
    def row(r):
        return _Row(p=_P(r, "NZ"), lead=_P(r, "NZ"))
    return _cols(rng, rows, row, [
        ("jobNo", None, lambda r, x: f"JOB-{_digits(r, 5)}", 0, 0),
        ("farmClient", "PERSON", lambda r, x: x.p.full, 0, 0),
        ("farmName", None, lambda r, x: r.choice(["Glenbrae Station", "McAlister Downs", "Harrison's Block",
                                                  "Te Awa Farm", "Wallace Hill", "Kowhai Flats Ltd"]), 0.1, 0),
        ("addr1", "STREET_ADDRESS", lambda r, x: x.p.addr(), 0.05, 0),
        ("tel", "PHONE_NUMBER", lambda r, x: x.p.tel(r, r.random() < 0.4, "nat"), 0.1, 0.02),
        ("contactEmail", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.25, 0),
        ("gps", None, lambda r, x: _gps(r, -45.5, 169.5), 0.2, 0),
        ("flockSize", None, lambda r, x: str(r.randrange(200, 9000)), 0, 0),
        ("startDate", None, lambda r, x: _fmt_date(_soon(r, 1, 90), "NZ", 0), 0, 0),
        ("stands", None, lambda r, x: str(r.randrange(2, 7)), 0, 0),
        ("jobType", None, lambda r, x: r.choice(["full shear", "crutching", "hoggets", "second shear"]), 0, 0),
        ("invoiceTotal", None, lambda r, x: f"${r.randrange(800, 30000):,}.{_digits(r, 2)}", 0.2, 0),
        ("gstNo", None, lambda r, x: f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}", 0.3, 0),
        ("rainDays", None, lambda r, x: str(r.randrange(0, 4)), 0, 0),
        ("gangLeader", "PERSON", lambda r, x: x.lead.first, 0.1, 0),
        ("portalPwd", "PASSWORD", lambda r, x: _password(r), 0.45, 0),
        ("notes", None, lambda r, x: r.choice(["dogs on site", "bring own gear", "no smoko room", "tight yards",
                                               "power off 2-4pm", ""]), 0.3, 0),
        ("travelFromDepot", None, lambda r, x: _pick(r, _depots("NZ")), 0, 0),
    ])


_SPECIES = ["whitetail deer", "mule deer", "elk", "wild turkey", "black bear", "pronghorn", "mallard", "largemouth bass",
            "bobcat", "pet cat", "pet dog"]


def _tbl_taxidermy_orders(rng, rows):
    def row(r):
        return _Row(p=_P(r, "US"))
    return _cols(rng, rows, row, [
        ("order_id", None, lambda r, x: f"TT-{r.randrange(2019, 2027)}-{_digits(r, 4)}", 0, 0),
        ("customer_name", "PERSON", lambda r, x: f"{x.p.last}, {x.p.first}", 0, 0),
        ("cust_phone", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "dots", "dash"])), 0.05, 0),
        ("email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.2, 0.03),
        ("ship_address", "STREET_ADDRESS", lambda r, x: x.p.addr(), 0.35, 0),
        ("species", None, lambda r, x: _pick(r, _SPECIES), 0, 0),
        ("tag_number", None, lambda r, x: _digits(r, 9), 0.3, 0),
        ("mount_type", None, lambda r, x: r.choice(["shoulder", "full body", "European", "pedestal", "rug"]), 0, 0),
        ("deposit_amt", None, lambda r, x: f"{r.randrange(100, 1500)}.00", 0, 0),
        ("card_number", "CREDIT_CARD", lambda r, x: _card(r), 0.4, 0),
        ("card_last4", None, lambda r, x: _digits(r, 4), 0.2, 0),
        ("card_exp", None, lambda r, x: f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}", 0.2, 0),
        ("pet_name", None, lambda r, x: _pick(r, _PETS), 0.6, 0),
        ("license_state", None, lambda r, x: r.choice(["MT", "ID", "WY", "TX", "PA", "MI", "WI"]), 0.1, 0),
        ("dropoff_date", None, lambda r, x: _fmt_date(_past(r, 1, 500), "US", 0), 0, 0),
        ("fridge_slot", None, lambda r, x: f"F{r.randrange(1, 4)}-{r.randrange(1, 40):02d}", 0.2, 0),
        ("field_3", "PHONE_NUMBER", lambda r, x: _phone(r, "US", r.random() < 0.5, "nat"), 0.55, 0),
        ("est_completion", None, lambda r, x: _fmt_date(_soon(r, 30, 300), "US", 1), 0.1, 0),
    ])


def _tbl_praeparate_kunden(rng, rows):
    def row(r):
        return _Row(p=_P(r, "DE"))
    return _cols(rng, rows, row, [
        ("Kundennr", None, lambda r, x: f"K{_digits(r, 6)}", 0, 0),
        ("Vorname", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("Nachname", "PERSON", lambda r, x: x.p.last, 0, 0),
        ("Straße", "STREET_ADDRESS", lambda r, x: x.p.street, 0.05, 0),
        ("PLZ", None, lambda r, x: x.p.pc, 0.05, 0),
        ("Ort", "LOCATION", lambda r, x: x.p.town, 0.05, 0),
        ("Telefon", "PHONE_NUMBER", lambda r, x: x.p.tel(r, r.random() < 0.6, r.choice(["nat", "intl", "compact"])), 0.15, 0.03),
        ("E-Mail", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.2, 0),
        ("IBAN", "IBAN_CODE", lambda r, x: _iban(r, "DE", r.random() < 0.5), 0.5, 0),
        ("BIC", None, lambda r, x: r.choice(["DEUTDEFF", "COBADEFFXXX", "GENODEF1S01", "BYLADEM1001"]), 0.5, 0),
        ("Tierart", None, lambda r, x: r.choice(["Rehbock", "Fuchs", "Dachs", "Wildschwein", "Katze", "Wellensittich"]), 0, 0),
        ("Tiername", None, lambda r, x: r.choice(["Rudi", "Minka", "Felix", "Bello", "Mucki", "Krümel"]), 0.6, 0),
        ("Auftragsdatum", None, lambda r, x: _fmt_date(_past(r, 1, 600), "DE", 0), 0, 0),
        ("Betrag_EUR", None, lambda r, x: f"{r.randrange(90, 2400)},{_digits(r, 2)}", 0, 0),
        ("Rechnungsnr", None, lambda r, x: f"RE-{r.randrange(2021, 2027)}-{_digits(r, 4)}", 0.1, 0),
        ("Zahlungsart", None, lambda r, x: r.choice(["Lastschrift", "Überweisung", "bar", "EC-Karte"]), 0, 0),
        ("Newsletter", None, lambda r, x: r.choice(["ja", "nein"]), 0, 0),
        ("Telefon_Typ", None, lambda r, x: r.choice(["Mobil", "Festnetz", "geschäftlich"]), 0.1, 0),
    ])


_COUNTRY_NAMES = {"PH": "Philippines", "AU": "Australia", "KE": "Kenya", "GB": "United Kingdom", "DE": "Germany",
                  "NL": "Netherlands", "US": "United States", "IE": "Ireland"}


def _tbl_dive_students(rng, rows):
    def row(r):
        cc = r.choice(["PH", "PH", "PH", "AU", "GB", "DE", "NL", "US", "KE", "IE"])
        return _Row(p=_P(r, cc), e=_P(r, cc), cc=cc)
    return _cols(rng, rows, row, [
        ("studentId", None, lambda r, x: f"ABD{_digits(r, 5)}", 0, 0),
        ("givenName", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("familyName", "PERSON", lambda r, x: x.p.last, 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda r, x: _fmt_date(x.p.dob, x.cc, r.randrange(2)), 0.1, 0),
        ("homeCountry", "LOCATION", lambda r, x: _COUNTRY_NAMES[x.cc], 0.1, 0.02),
        ("mobile", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, "intl"), 0.1, 0),
        ("email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.05, 0),
        ("emergencyContact", "PERSON", lambda r, x: x.e.full, 0.3, 0.05),
        ("certLevel", None, lambda r, x: r.choice(["none", "OW", "AOW", "Rescue", "DM"]), 0, 0),
        ("padiNo", None, lambda r, x: f"{_digits(r, 4)}{r.choice('ABCDEFGHJK')}{_digits(r, 3)}", 0.4, 0),
        ("lastDive", None, lambda r, x: _fmt_date(_past(r, 1, 900), "PH", 0), 0.3, 0),
        ("maxDepthM", None, lambda r, x: str(r.choice([12, 18, 30, 40])), 0, 0),
        ("medicalCleared", None, lambda r, x: r.choice(["Y", "N"]), 0, 0),
        ("wetsuitSize", None, lambda r, x: r.choice(["XS", "S", "M", "L", "XL"]), 0, 0),
        ("weightKg", None, lambda r, x: str(r.randrange(2, 12)), 0.1, 0),
        ("roomNo", None, lambda r, x: f"{r.randrange(1, 4)}{r.randrange(1, 20):02d}", 0.3, 0),
        ("lockerCode", None, lambda r, x: _digits(r, 4), 0.2, 0),
        ("dobVerified", None, lambda r, x: r.choice(["true", "false"]), 0, 0),
        ("insurancePolicy", None, lambda r, x: f"DAN-{_digits(r, 8)}", 0.4, 0),
    ])


_DIVE_SITES = ["Illes Medes", "Cala Montgó", "Tossa – Ses Illetes", "Cap de Creus", "Banyera de la Russa",
               "Cabo de Palos – Bajo de Fuera"]


def _tbl_reservas_buceo(rng, rows):
    def row(r):
        return _Row(p=_P(r, r.choice(["CAT", "CAT", "ES"])))
    return _cols(rng, rows, row, [
        ("id_reserva", None, lambda r, x: f"CIM-{_digits(r, 5)}", 0, 0),
        ("Nombre", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("Apellidos", "PERSON", lambda r, x: x.p.last, 0, 0),
        ("Teléfono", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "compact", "intl"])), 0.05, 0),
        ("correo", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.15, 0),
        ("Població", "LOCATION", lambda r, x: x.p.town, 0.2, 0.03),
        ("Data naixement", "DATE_OF_BIRTH", lambda r, x: _fmt_date(x.p.dob, x.p.cc, 0), 0.25, 0),
        ("titulación", None, lambda r, x: r.choice(["ninguna", "OWD", "AOWD", "CMAS 1*", "CMAS 2*"]), 0, 0),
        ("fecha_inmersion", None, lambda r, x: _fmt_date(_soon(r, 1, 200), "ES", 0), 0, 0),
        ("punto_inmersion", None, lambda r, x: _pick(r, _DIVE_SITES), 0, 0),
        ("GPS", None, lambda r, x: _gps(r, 42.05, 3.22), 0.3, 0),
        ("importe", None, lambda r, x: f"{r.randrange(45, 480)},00 €", 0, 0),
        ("tarjeta", None, lambda r, x: _masked_card(r), 0.4, 0),
        ("talla_neopreno", None, lambda r, x: r.choice(["S", "M", "L", "XL"]), 0.1, 0),
        ("seguro_poliza", None, lambda r, x: f"POL-{_digits(r, 9)}", 0.5, 0),
        ("botella_l", None, lambda r, x: r.choice(["10", "12", "15"]), 0, 0),
        ("estado", None, lambda r, x: r.choice(["confirmada", "pendiente", "cancel·lada"]), 0, 0),
        ("idioma", None, lambda r, x: r.choice(["ca", "es", "en", "fr"]), 0, 0),
    ])


def _ua(r):
    return r.choice([f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randrange(1, 6)} like Mac OS X) Safari/604.1",
                     f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{r.randrange(118, 131)}.0.{r.randrange(6000, 6800)}.{r.randrange(10, 200)}",
                     f"okhttp/{_version(r)}"])


def _tbl_taproom_tour_bookings(rng, rows):
    def row(r):
        cc = r.choice(["CA", "CA", "US"])
        return _Row(p=_P(r, cc), g=_P(r, cc), cc=cc)
    return _cols(rng, rows, row, [
        ("booking_ref", None, lambda r, x: f"CWB-{_code(r, 6)}", 0, 0),
        ("guestName", "PERSON", lambda r, x: x.p.full, 0, 0),
        ("guest_email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.05, 0),
        ("guest_phone", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "dash", "e164"])), 0.2, 0),
        ("party_size", None, lambda r, x: str(r.randrange(1, 16)), 0, 0),
        ("tour_slot", None, lambda r, x: _iso_ts(r, _soon(r, 1, 60)), 0, 0),
        ("TourGuide", "PERSON", lambda r, x: x.g.first, 0.1, 0),
        ("card_number", "CREDIT_CARD", lambda r, x: _card(r), 0.5, 0),
        ("card_last4", None, lambda r, x: _digits(r, 4), 0.1, 0),
        ("exp", None, lambda r, x: f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}", 0.1, 0),
        ("ip_address", "IP_ADDRESS", lambda r, x: _ip_public_v4(r) if r.random() < 0.75 else _ip_public_v6(r), 0.1, 0),
        ("ip_internal", None, lambda r, x: _private_ip(r), 0, 0),
        ("user_agent", None, lambda r, x: _ua(r), 0, 0),
        ("promo_code", None, lambda r, x: f"HOPS{r.randrange(10, 40)}", 0.6, 0),
        ("beer_flight", None, lambda r, x: _pick(r, _BEERS), 0.2, 0),
        ("age_verified", None, lambda r, x: r.choice(["yes", "no"]), 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda r, x: x.p.dob.isoformat(), 0.3, 0),
        ("amount", None, lambda r, x: f"{r.randrange(20, 600)}.{_digits(r, 2)}", 0, 0),
    ])


def _tbl_brouwerij_rondleidingen(rng, rows):
    def row(r):
        return _Row(p=_P(r, "NL"))
    return _cols(rng, rows, row, [
        ("Boekingsnummer", None, lambda r, x: f"DG-{_digits(r, 5)}", 0, 0),
        ("Voornaam", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("Achternaam", "PERSON", lambda r, x: x.p.last, 0, 0),
        ("Woonplaats", "LOCATION", lambda r, x: x.p.town, 0.1, 0.02),
        ("Adres", "STREET_ADDRESS", lambda r, x: x.p.addr(), 0.3, 0),
        ("Telefoon", "PHONE_NUMBER", lambda r, x: x.p.tel(r, r.random() < 0.7, r.choice(["nat", "compact", "intl"])), 0.1, 0),
        ("E-mailadres", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.05, 0),
        ("IBAN", "IBAN_CODE", lambda r, x: _iban(r, r.choice(["NL", "NL", "BE"]), r.random() < 0.5), 0.4, 0),
        ("Rondleiding", None, lambda r, x: r.choice(["Klassiek", "Proeverij XL", "Brouwcursus", "Kinderrondleiding"]), 0, 0),
        ("Datum", None, lambda r, x: _fmt_date(_soon(r, 1, 120), "NL", 0), 0, 0),
        ("Aantal personen", None, lambda r, x: str(r.randrange(1, 25)), 0, 0),
        ("Bedrag", None, lambda r, x: f"€ {r.randrange(15, 500)},{_digits(r, 2)}", 0, 0),
        ("Bier van de maand", None, lambda r, x: r.choice(["Pater Anselmus Tripel", "Oma Truus Blond", "Gerrit's Bok",
                                                           "Zuster Agnes Saison"]), 0, 0),
        ("Filiaal", None, lambda r, x: r.choice(["Zwolle", "Deventer", "Kampen"]), 0, 0),
        ("KvK-nummer", None, lambda r, x: _digits(r, 8), 0.6, 0),
        ("Allergieën", None, lambda r, x: r.choice(["geen", "gluten", "noten", "lactose"]), 0.4, 0),
        ("Nieuwsbrief", None, lambda r, x: r.choice(["ja", "nee"]), 0, 0),
        ("Telefoontype", None, lambda r, x: r.choice(["mobiel", "vast"]), 0.1, 0),
    ])


def _tbl_falconry_experiences(rng, rows):
    def row(r):
        cc = r.choice(["GB", "GB", "GB", "IE"])
        return _Row(p=_P(r, cc), g=_P(r, cc), cc=cc)
    return _cols(rng, rows, row, [
        ("Booking Ref", None, lambda r, x: f"FF-{_digits(r, 5)}", 0, 0),
        ("Lead Name", "PERSON", lambda r, x: x.p.full, 0, 0),
        ("Gift Recipient", "PERSON", lambda r, x: x.g.first, 0.5, 0.03),
        ("Phone", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "intl", "compact"])), 0.05, 0),
        ("Email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.05, 0),
        ("Address Line 1", "STREET_ADDRESS", lambda r, x: x.p.street, 0.2, 0),
        ("Town", "LOCATION", lambda r, x: x.p.town, 0.2, 0),
        ("Postcode", None, lambda r, x: x.p.pc, 0.2, 0),
        ("Experience", None, lambda r, x: r.choice(["Hawk Walk", "Owl Encounter", "Falconry Day", "Junior Falconer"]), 0, 0),
        ("Bird", None, lambda r, x: _pick(r, _HAWKS), 0.1, 0),
        ("Date", None, lambda r, x: _fmt_date(_soon(r, 1, 200), "GB", 0), 0, 0),
        ("Voucher Code", None, lambda r, x: _code(r, 8), 0.5, 0),
        ("Amount Paid", None, lambda r, x: f"£{r.choice(['49.50', '85.00', '120.00', '170.00', '240.00'])}", 0, 0),
        ("Card Last 4", None, lambda r, x: _digits(r, 4), 0.2, 0),
        ("Dietary Needs", None, lambda r, x: r.choice(["none", "vegetarian", "vegan", "gluten free"]), 0.5, 0),
        ("Age Group", None, lambda r, x: r.choice(["adult", "child 8-15", "senior"]), 0, 0),
        ("Centre", None, lambda r, x: r.choice(["Kendal", "Hexham", "Ludlow", "Ennis"]), 0, 0),
        ("Address Type", None, lambda r, x: r.choice(["home", "work", "billing"]), 0.1, 0),
        ("Email Opt In", None, lambda r, x: r.choice(["Y", "N"]), 0, 0),
    ])


def _tbl_rezervari_soimarit(rng, rows):
    def row(r):
        return _Row(p=_P(r, "RO"))
    return _cols(rng, rows, row, [
        ("id_rezervare", None, lambda r, x: f"SC-{_digits(r, 5)}", 0, 0),
        ("nume", "PERSON", lambda r, x: x.p.last, 0, 0),
        ("prenume", "PERSON", lambda r, x: x.p.first, 0, 0),
        ("data_nasterii", "DATE_OF_BIRTH", lambda r, x: _fmt_date(x.p.dob, "RO", 0), 0.3, 0),
        ("telefon", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "compact", "intl"])), 0.05, 0),
        ("email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.1, 0),
        ("localitate", "LOCATION", lambda r, x: x.p.town, 0.1, 0),
        ("adresa", "STREET_ADDRESS", lambda r, x: x.p.addr(), 0.35, 0),
        ("attr2", "PASSWORD", lambda r, x: _password(r, ["Soim", "vultur", "Carpati", "brasov"]), 0.5, 0),
        ("pachet", None, lambda r, x: r.choice(["Zbor cu șoimul", "Plimbare cu bufnița", "Zi de șoimar"]), 0, 0),
        ("pasare", None, lambda r, x: _pick(r, _HAWKS), 0.1, 0),
        ("data_eveniment", None, lambda r, x: _fmt_date(_soon(r, 1, 200), "RO", 0), 0, 0),
        ("suma_lei", None, lambda r, x: f"{r.randrange(150, 1500)},00", 0, 0),
        ("nr_factura", None, lambda r, x: f"SCP{_digits(r, 6)}", 0.2, 0),
        ("cod_voucher", None, lambda r, x: _code(r, 8), 0.6, 0),
        ("metoda_plata", None, lambda r, x: r.choice(["card", "numerar", "transfer", "OP"]), 0, 0),
        ("sucursala", None, lambda r, x: r.choice(["Sibiu", "Brașov", "Sighișoara"]), 0, 0),
        ("observatii", None, lambda r, x: r.choice(["fără", "copil 8 ani", "cadou", "alergie pene"]), 0.4, 0),
    ])


_CHARGES = ["DUI", "Possession CS", "Theft 2nd degree", "Failure to appear", "Domestic battery", "Trespass", "Burglary"]
_JAILS = ["Washoe County Detention Facility", "Fresno County Jail", "Tulsa County Jail", "Ada County Jail",
          "Knox County Detention Facility"]


def _tbl_bail_defendants(rng, rows):
    def row(r):
        return _Row(p=_P(r, "US"), c=_P(r, "US"))
    return _cols(rng, rows, row, [
        ("DEFENDANT_ID", None, lambda r, x: f"D{_digits(r, 7)}", 0, 0),
        ("LAST_NAME", "PERSON", lambda r, x: x.p.last.upper(), 0, 0),
        ("FIRST_NAME", "PERSON", lambda r, x: x.p.first.upper(), 0, 0),
        ("DOB", "DATE_OF_BIRTH", lambda r, x: _fmt_date(x.p.dob, "US", 0), 0, 0),
        ("SSN", "US_SSN", lambda r, x: _ssn(r, r.choice([0, 0, 2])), 0.25, 0.03),
        ("HOME_ADDR", "STREET_ADDRESS", lambda r, x: x.p.addr().upper(), 0.1, 0.03),
        ("CELL", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["nat", "compact", "dash"])), 0.2, 0.03),
        ("EMAIL", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.5, 0),
        ("BOOKING_NO", None, lambda r, x: _digits(r, 8), 0, 0),
        ("CASE_NO", None, lambda r, x: f"{r.randrange(22, 27)}CR{_digits(r, 5)}", 0, 0),
        ("CHARGE", None, lambda r, x: _pick(r, _CHARGES), 0, 0),
        ("BOND_AMT", None, lambda r, x: f"{r.randrange(5, 500) * 100}.00", 0, 0),
        ("COURT_DATE", None, lambda r, x: _fmt_date(_soon(r, 3, 120), "US", 0), 0.1, 0),
        ("JAIL", None, lambda r, x: _pick(r, _JAILS), 0, 0),
        ("COSIGNER", "PERSON", lambda r, x: x.c.full, 0.3, 0.05),
        ("CHECKIN_PIN", None, lambda r, x: _digits(r, 4), 0.2, 0),
        ("MONITOR_IMEI", None, lambda r, x: _imei(r), 0.6, 0),
        ("PHONE_TYPE", None, lambda r, x: r.choice(["CELL", "HOME", "WORK"]), 0.1, 0),
        ("SSN_VERIFIED", None, lambda r, x: r.choice(["Y", "N"]), 0, 0),
        ("DL_STATE", None, lambda r, x: r.choice(["NV", "CA", "OK", "ID", "TN", "TX"]), 0.1, 0),
    ])


def _tbl_bond_payments(rng, rows):
    def row(r):
        return _Row(p=_P(r, "US"), ach=r.random() < 0.35)
    return _cols(rng, rows, row, [
        ("payment.id", None, lambda r, x: f"pay_{_alnum(r, 14)}", 0, 0),
        ("payer.name", "PERSON", lambda r, x: x.p.full, 0, 0),
        ("payer.email", "EMAIL_ADDRESS", lambda r, x: x.p.email, 0.1, 0),
        ("payment.method", None, lambda r, x: "ach" if x.ach else "card", 0, 0),
        ("card.number", "CREDIT_CARD", lambda r, x: None if x.ach else _card(r), 0.1, 0),
        ("card.last4", None, lambda r, x: None if x.ach else _digits(r, 4), 0, 0),
        ("card.exp", None, lambda r, x: None if x.ach else f"{r.randrange(1, 13):02d}{r.randrange(26, 32)}", 0, 0),
        ("ach.routing", None, lambda r, x: _aba(r) if x.ach else None, 0, 0),
        ("ach.account", "US_BANK_NUMBER", lambda r, x: _us_account(r) if x.ach else None, 0, 0),
        ("amount", None, lambda r, x: f"{r.randrange(50, 9000)}.{_digits(r, 2)}", 0, 0),
        ("processed_at", None, lambda r, x: _iso_ts(r), 0, 0),
        ("client.ip", "IP_ADDRESS", lambda r, x: _ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r), 0.05, 0),
        ("server.ip", None, lambda r, x: _private_ip(r), 0, 0),
        ("agent.api_key", "API_KEY", lambda r, x: _api_key(r), 0.4, 0),
        ("processor.txn_id", None, lambda r, x: f"ch_{_alnum(r, 24)}", 0, 0),
        ("receipt.no", None, lambda r, x: f"R-{_digits(r, 6)}", 0, 0),
        ("receipt.sha256", None, lambda r, x: _sha256(r), 0.2, 0),
        ("user_agent", None, lambda r, x: _ua(r), 0.1, 0),
        ("col_7", "PHONE_NUMBER", lambda r, x: x.p.tel(r, True, r.choice(["e164", "nat"])), 0.45, 0),
        ("portal.password", "PASSWORD", lambda r, x: _password(r), 0.6, 0),
    ])


_TABLES = [
    ("shearing_gang_roster", _tbl_shearing_gang_roster),
    ("shearing_jobs", _tbl_shearing_jobs),
    ("taxidermy_orders", _tbl_taxidermy_orders),
    ("praeparate_kunden", _tbl_praeparate_kunden),
    ("dive_students", _tbl_dive_students),
    ("reservas_buceo", _tbl_reservas_buceo),
    ("taproom_tour_bookings", _tbl_taproom_tour_bookings),
    ("brouwerij_rondleidingen", _tbl_brouwerij_rondleidingen),
    ("falconry_experiences", _tbl_falconry_experiences),
    ("rezervari_soimarit", _tbl_rezervari_soimarit),
    ("BAIL_DEFENDANTS", _tbl_bail_defendants),
    ("bond_payments", _tbl_bond_payments),
]


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------
def free_text(n: int, seed: int) -> list[Text]:
    """n labelled texts; text i renders template i % len(TEMPLATES) with its own seeded generator."""
    out = []
    for i in range(n):
        tp = TEMPLATES[i % len(TEMPLATES)]
        out.append(tp.fn(random.Random(f"butte-{seed}-{i}-{tp.name}")))
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Tables (name -> columns), each column `rows` values long."""
    return {name: fn(random.Random(f"butte-{seed}-table-{name}"), rows) for name, fn in _TABLES}


# ---------------------------------------------------------------------------
# self-check: python bench/accuracy_split_butte.py
# ---------------------------------------------------------------------------
_REGIONS = ("US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN", "KE", "DE", "AT", "FR", "ES", "IT", "NL", "BR", "PL",
            "SE", "TR", "RO", "VN", "PH", "SI", "EE")


def _valid_value(lab: str, v: str, region: str | None = None) -> bool:
    import ipaddress
    import re
    if lab == "PHONE_NUMBER":
        for reg in ((region,) if region else ()) + _REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
        return False
    if lab == "CREDIT_CARD":
        d = [int(c) for c in v if c.isdigit()]
        if len(d) not in (15, 16) or any(c not in "0123456789 -" for c in v):
            return False
        s = sum(d[-1::-2]) + sum(sum(divmod(2 * x, 10)) for x in d[-2::-2])
        return s % 10 == 0
    if lab == "US_SSN":
        d = "".join(c for c in v if c.isdigit())
        return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")
    if lab == "IBAN_CODE":
        s = v.replace(" ", "")
        r = s[4:] + s[:4]
        return len(s) >= 15 and int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
    if lab == "IP_ADDRESS":
        return ipaddress.ip_address(v).is_global
    if lab == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v) is not None
    if lab == "US_BANK_NUMBER":
        return v.isdigit() and 8 <= len(v) <= 12
    return bool(v.strip())


def _digest() -> str:
    payload = json.dumps([[t.text, t.spans] for t in free_text(500, 7)]
                         + [[k, c.name, c.entity, c.values] for k, cols in structured(150, 11).items() for c in cols])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def _selfcheck() -> None:
    import collections
    import time
    t0 = time.perf_counter()
    texts = free_text(500, 7)
    tables = structured(150, 11)
    dt = time.perf_counter() - t0
    counts = collections.Counter()
    for i, t in enumerate(texts):
        tp = TEMPLATES[i % len(TEMPLATES)]
        region = {"CAT": "ES"}.get(tp.country, tp.country)
        end = -1
        for a, b, lab in t.spans:
            assert lab in LABELS and 0 <= a < b <= len(t.text) and a >= end, (tp.name, a, b, lab)
            end = b
            v = t.text[a:b]
            assert v == v.strip() and _valid_value(lab, v, region), (tp.name, lab, v)
            counts[lab] += 1
    assert len({t.text for t in texts}) == len(texts), "duplicate texts"
    ncols = npii = 0
    for name, cols in tables.items():
        assert 15 <= len(cols) <= 22, (name, len(cols))
        pii = [c for c in cols if c.entity is not None]
        assert len(pii) * 2 < len(cols), (name, "look-alikes must be more than half")
        ncols += len(cols)
        npii += len(pii)
        for c in cols:
            assert len(c.values) == 150 and (c.entity is None or c.entity in LABELS), (name, c.name)
            if c.entity:
                for v in c.values:
                    if v is not None and v not in _PLACEHOLDERS:
                        assert _valid_value(c.entity, v), (name, c.name, v)
    langs = collections.Counter(tp.lang for tp in TEMPLATES)
    print(f"templates={len(TEMPLATES)} texts={len(texts)} spans={sum(counts.values())} tables={len(tables)} "
          f"columns={ncols} pii_columns={npii} lookalike_columns={ncols - npii} time={dt:.2f}s")
    print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print("span labels:", dict(sorted(counts.items())))
    print("digest:", _digest())


if __name__ == "__main__":
    _selfcheck()
