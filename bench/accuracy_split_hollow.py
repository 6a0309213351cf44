"""Accuracy split "hollow": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date
    helper "hollow", 2026-11-27 (fixed "today"; no clock is read).

Independence
    Written from the author brief only. What was read: the brief (task prompt), the output of
    ``ls bench/`` (file names only), and local outputs of Faker (sample names, the list of its
    person/address provider locales) and phonenumbers (example numbers, validity checks,
    formatting), plus this file's own generated samples.
    Nothing else in the repository was opened: not the scanner package, its rules, tests, docs,
    README/SPEC, results, notes, the benchmark driver, other splits, nor bench/accuracy_data.py
    (its helpers are imported from the definitions given in the brief). The scanner and Presidio
    were never read or run.

API
    ``free_text(n, seed) -> list[Text]``   text i renders TEMPLATES[i % len(TEMPLATES)]
    ``structured(rows, seed) -> dict[str, list[Column]]``
    ``TEMPLATES``                          list of (name, language, function)
    Deterministic: every draw comes from ``random.Random(f"hollow-...-{seed}")``; each Faker is
    re-seeded from that rng; no sets are iterated; no clock or hash-seed dependence.

Domains
    veterinary clinic chain, coworking-space memberships, driving school, wedding planner,
    recruitment agency, solar-panel installer (tables); the free text is spread over the same
    domains plus general CRM / support / messaging traffic.

Languages (60 templates)
    English 33 (55%): US 7, GB 6, CA 3, AU 3, IN 4, IE 3, NZ 2, ZA 2, SG 2, NG 1.
    Other languages 27 (45%), 17 languages: German 3, French 2, Spanish 2, Dutch 2, Italian 2,
    Portuguese (BR) 2, Polish 1, Swedish 1, Catalan 2, Turkish 2, Romanian 2, Slovenian 1,
    Estonian 1, Tagalog/Filipino 1, Malay 1, Afrikaans 1, Icelandic 1.
    Names, towns, streets, postcodes, phone formats and date formats follow each text's country
    (Faker person providers where they exist, en_US names for CA and AU; hand-written name lists
    for SG, PH, MY, Catalan, Afrikaans and South African English; hand-written street / town /
    postcode lists everywhere; US and CA phones use area codes of that country).

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mails, WhatsApp / Teams / Slack /
    live-chat exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case
    speech-to-text transcripts, form dumps (key: value, key=value, JSON lines), application and
    web-server logs, .env / YAML config snippets, OCR'd forms, tab-separated spreadsheet rows,
    notification subject lists, and texts with no PII.

Value rules
    Phones: random national numbers per region, each checked with phonenumbers.is_valid_number
    after formatting (national, international, E.164, compact, dotted). Cards: Luhn-valid
    (_luhn), Visa/Mastercard/Amex, plain or grouped. SSNs: area 001-899 minus 666, group 01-99,
    serial 0001-9999. US bank numbers: 8-12 digits, next to ABA-valid routing numbers (not
    labelled). IBANs from _iban_of (unspaced or grouped by 4). IPs from _ip_public_v4/_v6.
    Birth dates 1942-2007 in local formats (numeric, long month names, spoken lower case).

Label conventions as applied
    PERSON: names as written (full, first, surname, lower/upper case, "Last, First",
    "First L."); titles outside; chat speakers labelled; names in brands/shops/streets/companies,
    and pet names, unlabelled. STREET_ADDRESS: street + postcode + town as one span, multi-line
    blocks one span, each '>'-quoted line its own span, business addresses in signatures
    labelled. LOCATION: towns/countries where a person lives, comes from or travels to; branch,
    depot, office, venue towns unlabelled. DATE_OF_BIRTH: birth dates only. PASSWORD / API_KEY:
    plaintext secrets only. EMAIL_ADDRESS: all, role addresses included. PHONE_NUMBER: all valid
    numbers, business lines included. Spans exclude quotes, brackets, trailing punctuation;
    offsets are asserted against the inserted value and checked for overlap.

Look-alikes (never labelled)
    masked cards / last-4, expiry and CVV, private and loopback IPs, version strings, bcrypt /
    argon2 / sha256 hashes, UUIDs, order / ticket / booking / tracking / claim / policy numbers,
    OTP and door codes, IMEIs, routing numbers, sort codes, SWIFT/BIC, GPS coordinates, amounts,
    timestamps and non-birth dates, publishable keys, account SIDs, session ids, brand / shop /
    company names containing person names, pet names, branch and office towns.

Tables (structured(150, 11)): name, country (names from), columns, PII / look-alike, header styles
    vet_clients_de        DE (Faker de_DE)     18  7 / 11  German headers, snake_case, opaque (feld_3)
    vet_visits_gb         GB (Faker en_GB)     16  5 / 11  spaced Title Case, abbreviation (Contact No.)
    cowork_members_nl     NL (Faker nl_NL)     20  8 / 12  camelCase, Dutch headers, opaque (attr2)
    cowork_access_sg      SG (hand lists)      16  5 / 11  dotted (user.email), UPPER_SNAKE
    driving_students_cat  Catalonia/ES (hand)  18  7 / 11  Catalan headers, abbreviations (tel, dnaix)
    driving_lessons_us    US (Faker en_US)     17  6 / 11  PascalCase, opaque (col_7)
    wedding_guests_it     IT (Faker it_IT)     16  6 / 10  Italian spaced headers
    wedding_vendors_ro    RO (Faker ro_RO)     17  7 / 10  Romanian snake_case
    recruit_candidates_in IN (Faker en_IN)     22 10 / 12  snake_case, abbreviations (dob, pwd, addr1)
    recruit_payroll_us    US (Faker en_US)     19  8 / 11  UPPER_SNAKE, opaque (field_3)
    solar_customers_au    AU (Faker en_US)     18  7 / 11  snake_case mixed with spaced Title Case
    solar_leads_tr        TR (Faker tr_TR)     17  7 / 10  Turkish camelCase headers
    Total 214 columns: 83 PII, 131 look-alike. Blanks 0-60% per column; N/A, -, unknown
    placeholders in a few PII columns. 15-22 columns and look-alikes > PII are asserted per table.

Known limits
    Hand-written street/town lists are short (6-12 entries per country), so addresses repeat
    across texts; Faker names for some locales are uncommon (e.g. Icelandic, Turkish given
    names). Postcodes follow each country's format and region prefix but are not guaranteed to
    exist. Phone numbers are valid per phonenumbers metadata but random. Templates are written
    by one author; phrasing variety comes from small per-template choice lists.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import random
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

TODAY = _dt.date(2026, 11, 27)

PER, EM, PH, CC, SSN, BANK, IBAN = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PW, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"


# --------------------------------------------------------------------------------------------
# text builder
# --------------------------------------------------------------------------------------------
class _B:
    """Builds a text from parts; labelled parts become spans with exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def add(self, s: str, label: str | None = None) -> _B:
        if label is not None:
            assert label in LABELS, label
            assert s and s == s.strip(), repr(s)
            self.spans.append((self.n, self.n + len(s), label))
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, tmpl: str, **kw) -> _B:
        """Literal text with {field} slots; a tuple value (text, label) is labelled."""
        for lit, field, _spec, _conv in string.Formatter().parse(tmpl):
            if lit:
                self.add(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, tuple):
                    self.add(v[0], v[1])
                else:
                    self.add(str(v))
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        spans = sorted(self.spans)
        for a, b in itertools.pairwise(spans):
            assert a[1] <= b[0], (a, b, text)
        return Text(text=text, spans=spans)


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ð", "d")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("ø", "o").replace("Ð", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return "".join(c for c in _ascii(s).lower() if c.isalnum())


_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


def _rs(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------
def _ssn(rng: random.Random, dashed: bool = True) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if dashed else s.replace("-", "")


def _routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            v = d + [c]
            if (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5] + v[8])) % 10 == 0:
                return "".join(map(str, v))


def _bank(rng: random.Random) -> str:
    n = rng.randint(8, 12)
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _card(rng: random.Random, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "visa":
        num = _luhn(rng, "4", 16)
    elif kind == "mc":
        num = _luhn(rng, rng.choice(["51", "52", "53", "54", "55"]), 16)
    else:
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
    style = style or rng.choice(["plain", "space", "space", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    v = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def _priv_ip(rng: random.Random) -> str:
    return rng.choice([
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "127.0.0.1",
    ])


def _bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _rs(rng, 53, string.ascii_letters + string.digits + "./")


def _argon(rng: random.Random) -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, 22) + "$" + _rs(rng, 43)


def _sha(rng: random.Random) -> str:
    return _rs(rng, 64, _HEX)


def _uuid(rng: random.Random) -> str:
    h = _rs(rng, 32, _HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _version(rng: random.Random) -> str:
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def _imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def _ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _gps(rng: random.Random) -> str:
    return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 150):.5f}"


def _otp(rng: random.Random) -> str:
    return f"{rng.randint(0, 999999):06d}"


def _password(rng: random.Random, hint: str = "") -> str:
    pick = rng.randint(0, 4)
    if pick == 0:
        return _rs(rng, rng.randint(10, 16), _ALNUM + "!#%&*?@")
    if pick == 1:
        word = rng.choice(["Summer", "Winter", "Sunshine", "Dragon", "Monkey", "Football", "Welcome", "Liverpool"])
        return f"{word}{rng.randint(1990, 2026)}{rng.choice('!#$@.?')}"
    if pick == 2 and hint:
        return f"{_slug(hint).capitalize()}{rng.choice(['_', '#', '.', ''])}{rng.randint(10, 9999)}{rng.choice('!?*$')}"
    if pick == 3:
        w = rng.sample(["tiger", "maple", "rocket", "olive", "harbor", "cobalt", "pepper", "lantern", "violet"], 3)
        return "-".join(w) + str(rng.randint(1, 99))
    return "P@ss" + _rs(rng, 6, _ALNUM) + rng.choice("!%&")


def _api_key(rng: random.Random) -> str:
    pick = rng.randint(0, 5)
    if pick == 0:
        return "sk_live_" + _rs(rng, 24)
    if pick == 1:
        return "ghp_" + _rs(rng, 36)
    if pick == 2:
        return "xoxb-" + _rs(rng, 11, string.digits) + "-" + _rs(rng, 12, string.digits) + "-" + _rs(rng, 24)
    if pick == 3:
        return "SG." + _rs(rng, 22, _ALNUM + "-_") + "." + _rs(rng, 43, _ALNUM + "-_")
    if pick == 4:
        return "AIza" + _rs(rng, 35, _ALNUM + "-_")
    return "sk-proj-" + _rs(rng, 40, _ALNUM)


def _pk(rng: random.Random) -> str:
    return "pk_live_" + _rs(rng, 24)


def _sid(rng: random.Random) -> str:
    return "AC" + _rs(rng, 32, _HEX)


def _amount(rng: random.Random, cur: str = "$") -> str:
    return f"{cur}{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}"


def _ts(rng: random.Random) -> _dt.datetime:
    d = TODAY - _dt.timedelta(days=rng.randint(0, 400))
    return _dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def _spoken_number(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])


_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
        "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth",
        "twenty ninth", "thirtieth", "thirty first"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
}


# --------------------------------------------------------------------------------------------
# countries: names, addresses, phones, dates
# --------------------------------------------------------------------------------------------
_UK_L = "ABDEFGHJLNPQRSTUWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# Each town entry: (town, postcode-generator-hint, extra) -> formatted by _ADDR_FMT
_C: dict[str, dict] = {
    "US": {"fk": "en_US", "reg": "US", "lang": "en", "dob": "%m/%d/%Y", "date": "%m/%d/%Y",
               "mail": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
               "streets": ["Maple Ave", "Oak Street", "Elm St", "Cedar Lane", "Washington Blvd", "Lincoln Ave",
                        "Park Road", "Sunset Dr", "Pine Ridge Ct", "Martin Luther King Jr Blvd", "Lakeview Dr"],
               "towns": [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
                      ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"), ("Denver", "CO", "802"),
                      ("Albany", "NY", "122"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537")]},
    "GB": {"fk": "en_GB", "reg": "GB", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
               "streets": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road",
                        "Manor Close", "Park View", "Albert Terrace", "Kingsway"],
               "towns": [("Leeds", "LS", ""), ("Bristol", "BS", ""), ("Norwich", "NR", ""), ("Sheffield", "S", ""),
                      ("Brighton", "BN", ""), ("Cardiff", "CF", ""), ("York", "YO", ""), ("Leicester", "LE", ""),
                      ("Glasgow", "G", "")]},
    "CA": {"fk": "en_US", "reg": "CA", "lang": "en", "dob": "%Y-%m-%d", "date": "%Y-%m-%d",
               "mail": ["gmail.com", "rogers.com", "shaw.ca", "hotmail.com", "sympatico.ca"],
               "streets": ["Yonge Street", "Maple Crescent", "Main St W", "Dundas St E", "Birch Ave", "Lakeshore Blvd",
                        "King St", "Portage Ave", "Jasper Ave"],
               "towns": [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"),
                      ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Victoria", "BC", "V"),
                      ("Saskatoon", "SK", "S")]},
    "AU": {"fk": "en_US", "reg": "AU", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
               "streets": ["George St", "Smith Street", "Beach Rd", "Wattle Ave", "Banksia Cres", "Chapel St",
                        "Bridge Road", "Macquarie St"],
               "towns": [("Fitzroy", "VIC", "3065"), ("Geelong", "VIC", "3220"), ("Newtown", "NSW", "2042"),
                      ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"),
                      ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000")]},
    "IN": {"fk": "en_IN", "reg": "IN", "lang": "en", "dob": "%d-%m-%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
               "streets": ["MG Road", "Nehru Nagar", "Gandhi Street", "Link Road", "Station Road", "Park Street",
                        "Anna Salai", "FC Road", "Residency Road"],
               "towns": [("Bengaluru", "Karnataka", "560"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
                      ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"), ("Lucknow", "Uttar Pradesh", "226"),
                      ("Hyderabad", "Telangana", "500"), ("Indore", "Madhya Pradesh", "452")]},
    "IE": {"fk": "en_IE", "reg": "IE", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
               "streets": ["Main Street", "Church Road", "O'Connell Street", "Bridge Street", "Castle Street",
                        "Patrick Street", "The Mall", "Greenfields Avenue"],
               "towns": [("Galway", "Co. Galway", "H91"), ("Cork", "Co. Cork", "T12"), ("Ballina", "Co. Mayo", "F26"),
                      ("Tralee", "Co. Kerry", "V92"), ("Athlone", "Co. Westmeath", "N37"),
                      ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"), ("Dublin 8", "", "D08")]},
    "NZ": {"fk": "en_NZ", "reg": "NZ", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"],
               "streets": ["Queen Street", "Ponsonby Road", "Cuba Street", "Riccarton Road", "Victoria Avenue",
                        "Kowhai Drive", "Te Awa Road"],
               "towns": [("Auckland", "Ponsonby", "1011"), ("Wellington", "Te Aro", "6011"),
                      ("Christchurch", "Riccarton", "8011"), ("Hamilton", "Hillcrest", "3216"),
                      ("Dunedin", "Mornington", "9011"), ("Tauranga", "Otumoetai", "3110")]},
    "ZA": {"fem": ["Lerato", "Naledi", "Megan", "Ayanda", "Zanele", "Chantal", "Nomvula"], "names": (["Thabo", "Lerato", "Sipho", "Naledi", "Johan", "Megan", "Pieter", "Ayanda", "Zanele", "Ruan",
                       "Chantal", "Kagiso", "Nomvula", "Liam"],
                      ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Pillay", "Khumalo",
                       "Smith", "Pretorius", "Mahlangu", "Jacobs", "Ndlovu"]),
               "reg": "ZA", "lang": "en", "dob": "%Y/%m/%d", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
               "streets": ["Long Street", "Jan Smuts Ave", "Oxford Road", "Florida Road", "Main Road", "Voortrekker Road",
                        "Church Street"],
               "towns": [("Cape Town", "", "8001"), ("Durban", "", "4001"), ("Johannesburg", "", "2196"),
                      ("Pretoria", "", "0181"), ("Gqeberha", "", "6001"), ("Bloemfontein", "", "9301")]},
    "SG": {"fem": ["Hui Min", "Siti", "Priya", "Jia Hui", "Rachel", "Xin Yi", "Farah"], "names": (["Wei Ming", "Hui Min", "Jun Jie", "Siti", "Muhammad", "Priya", "Jia Hui", "Darren", "Rachel",
                       "Kumar", "Xin Yi", "Farah"],
                      ["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Rahman", "Nair", "Teo", "Ong", "Koh"]),
               "reg": "SG", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
               "streets": ["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd", "Toa Payoh Lor 1",
                        "Yishun Ring Rd", "Clementi Ave 2"],
               "towns": [("Singapore", "", "")]},
    "NG": {"fk": "en_NG", "reg": "NG", "lang": "en", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "yahoo.com", "outlook.com"],
               "streets": ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Admiralty Way", "Herbert Macaulay Way",
                        "Aminu Kano Crescent"],
               "towns": [("Lagos", "Victoria Island", "101241"), ("Lagos", "Ikeja", "100271"), ("Abuja", "Wuse 2", "904101"),
                      ("Ibadan", "Bodija", "200284"), ("Port Harcourt", "GRA Phase 2", "500272")]},
    "DE": {"fk": "de_DE", "reg": "DE", "lang": "de", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
               "streets": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Am Mühlbach", "Gartenstraße",
                        "Goethestraße", "Rosenstraße", "Kirchplatz"],
               "towns": [("Berlin", "10", ""), ("Hamburg", "22", ""), ("München", "80", ""), ("Köln", "50", ""),
                      ("Leipzig", "04", ""), ("Freiburg im Breisgau", "79", ""), ("Münster", "48", ""),
                      ("Dresden", "01", "")]},
    "FR": {"fk": "fr_FR", "reg": "FR", "lang": "fr", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
               "streets": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
                        "rue des Lilas", "place du Marché", "chemin des Vignes", "rue Pasteur"],
               "towns": [("Lyon", "690", ""), ("Nantes", "440", ""), ("Toulouse", "310", ""), ("Lille", "590", ""),
                      ("Rennes", "350", ""), ("Montpellier", "340", ""), ("Bordeaux", "330", ""), ("Dijon", "210", "")]},
    "ES": {"fk": "es_ES", "reg": "ES", "lang": "es", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
               "streets": ["Calle Mayor", "Avenida de la Constitución", "Calle Real", "Calle del Sol", "Paseo de la Castellana",
                        "Calle San Fernando", "Avenida de América"],
               "towns": [("Madrid", "280", ""), ("Sevilla", "410", ""), ("Valencia", "460", ""), ("Zaragoza", "500", ""),
                      ("Málaga", "290", ""), ("Bilbao", "480", ""), ("Valladolid", "470", "")]},
    "CAT": {"fem": ["Montserrat", "Núria", "Laia", "Mireia", "Roser", "Gemma", "Queralt"], "names": (["Jordi", "Montserrat", "Pau", "Núria", "Marc", "Laia", "Oriol", "Mireia", "Arnau", "Roser",
                        "Pol", "Gemma", "Xavier", "Queralt"],
                       ["Puig", "Vila", "Ferrer", "Soler", "Casals", "Roca", "Serra", "Vidal", "Prats", "Font",
                        "Camps", "Riera", "Bosch", "Pujol"]),
                "reg": "ES", "lang": "ca", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
                "mail": ["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"],
                "streets": ["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera",
                         "Rambla Nova", "Carrer de Sant Pere", "Avinguda Diagonal", "Carrer del Pi"],
                "towns": [("Barcelona", "080", ""), ("Girona", "170", ""), ("Lleida", "250", ""), ("Tarragona", "430", ""),
                       ("Sabadell", "082", ""), ("Vic", "085", ""), ("Reus", "432", ""), ("Manresa", "082", "")]},
    "NL": {"fk": "nl_NL", "reg": "NL", "lang": "nl", "dob": "%d-%m-%Y", "date": "%d-%m-%Y",
               "mail": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
               "streets": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Lindelaan",
                        "Wilhelminastraat", "Julianalaan"],
               "towns": [("Amsterdam", "10", ""), ("Utrecht", "35", ""), ("Groningen", "97", ""), ("Zwolle", "80", ""),
                      ("Eindhoven", "56", ""), ("Haarlem", "20", ""), ("Leiden", "23", ""), ("Nijmegen", "65", "")]},
    "IT": {"fk": "it_IT", "reg": "IT", "lang": "it", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["libero.it", "gmail.com", "alice.it", "tiscali.it", "virgilio.it"],
               "streets": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Piazza della Libertà",
                        "Via Mazzini", "Viale dei Mille"],
               "towns": [("Milano", "201", "MI"), ("Torino", "101", "TO"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"),
                      ("Napoli", "801", "NA"), ("Verona", "371", "VR"), ("Bari", "701", "BA")]},
    "BR": {"fk": "pt_BR", "reg": "BR", "lang": "pt", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
               "streets": ["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua Augusta", "Avenida Brasil",
                        "Rua da Consolação", "Rua São Bento"],
               "towns": [("São Paulo", "SP", "01"), ("Campinas", "SP", "13"), ("Curitiba", "PR", "80"),
                      ("Belo Horizonte", "MG", "30"), ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"),
                      ("Salvador", "BA", "40")]},
    "PL": {"fk": "pl_PL", "reg": "PL", "lang": "pl", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
               "streets": ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "al. Jana Pawła II", "ul. Polna",
                        "ul. Słowackiego", "ul. Ogrodowa"],
               "towns": [("Warszawa", "0", ""), ("Kraków", "3", ""), ("Gdańsk", "8", ""), ("Wrocław", "5", ""),
                      ("Poznań", "6", ""), ("Łódź", "9", "")]},
    "SE": {"fk": "sv_SE", "reg": "SE", "lang": "sv", "dob": "%Y-%m-%d", "date": "%Y-%m-%d",
               "mail": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
               "streets": ["Storgatan", "Kungsgatan", "Drottninggatan", "Skolvägen", "Björkvägen", "Sveavägen", "Ringvägen"],
               "towns": [("Stockholm", "11", ""), ("Göteborg", "41", ""), ("Malmö", "21", ""), ("Uppsala", "75", ""),
                      ("Umeå", "90", ""), ("Örebro", "70", "")]},
    "TR": {"fk": "tr_TR", "reg": "TR", "lang": "tr", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
               "streets": ["Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok.", "Bağdat Cad.", "Barbaros Bulvarı",
                        "Fevzi Çakmak Cad.", "Kazım Karabekir Sok."],
               "towns": [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Çankaya", "Ankara", "066"),
                      ("Konak", "İzmir", "352"), ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "070")]},
    "RO": {"fk": "ro_RO", "reg": "RO", "lang": "ro", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"],
               "streets": ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Florilor", "Str. Republicii",
                        "Bd. Independenței", "Str. Avram Iancu"],
               "towns": [("București", "0", "Sector 2"), ("Cluj-Napoca", "400", "jud. Cluj"), ("Iași", "700", "jud. Iași"),
                      ("Timișoara", "300", "jud. Timiș"), ("Brașov", "500", "jud. Brașov"),
                      ("Constanța", "900", "jud. Constanța")]},
    "SI": {"fk": "sl_SI", "reg": "SI", "lang": "sl", "dob": "%d. %m. %Y", "date": "%d. %m. %Y",
               "mail": ["gmail.com", "siol.net", "t-2.net", "amis.net"],
               "streets": ["Slovenska cesta", "Prešernova ulica", "Trubarjeva cesta", "Celovška cesta", "Gosposvetska cesta",
                        "Ulica heroja Staneta"],
               "towns": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""),
                      ("Koper", "6000", ""), ("Novo mesto", "8000", "")]},
    "EE": {"fk": "et_EE", "reg": "EE", "lang": "et", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["gmail.com", "mail.ee", "hot.ee", "online.ee"],
               "streets": ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Rüütli tn", "Kalevi tn", "Mere pst", "Vabriku tn"],
               "towns": [("Tallinn", "10", ""), ("Tartu", "50", ""), ("Pärnu", "80", ""), ("Narva", "20", ""),
                      ("Viljandi", "71", ""), ("Rakvere", "44", "")]},
    "PH": {"fem": ["Maria Cristina", "Jonalyn", "Rowena", "Kristine", "Angelica", "Mylene"], "names": (["Maria Cristina", "Jose", "Mark Anthony", "Jonalyn", "Rowena", "Jericho", "Kristine", "Ramil",
                       "Angelica", "Paolo", "Mylene", "Arnel"],
                      ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino",
                       "Ramos", "Castillo", "Manalo", "Pascual"]),
               "reg": "PH", "lang": "tl", "dob": "%m/%d/%Y", "date": "%m/%d/%Y",
               "mail": ["gmail.com", "yahoo.com", "yahoo.com.ph"],
               "streets": ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Katipunan Ave.", "Luna St.", "Aguinaldo Hwy."],
               "towns": [("Quezon City", "Brgy. San Isidro", "1100"), ("Cebu City", "Brgy. Lahug", "6000"),
                      ("Davao City", "Brgy. Buhangin", "8000"), ("Pasig", "Brgy. Kapitolyo", "1603"),
                      ("Iloilo City", "Brgy. Jaro", "5000"), ("Bacolod", "Brgy. Taculing", "6100")]},
    "MY": {"names": (["Nur Aisyah", "Ahmad Faiz", "Siti Hajar", "Mohd Hafiz", "Nurul Izzah", "Amirul", "Farah Nadia",
                       "Haziq", "Wei Ling", "Kavitha"],
                      ["binti Abdullah", "bin Ismail", "binti Hassan", "bin Rahman", "Tan", "Lim", "binti Yusof",
                       "bin Osman", "a/p Subramaniam"]),
               "reg": "MY", "lang": "ms", "dob": "%d/%m/%Y", "date": "%d/%m/%Y",
               "mail": ["gmail.com", "yahoo.com.my", "hotmail.com"],
               "streets": ["Jalan Bukit Bintang", "Jalan Tun Razak", "Jalan SS 2/24", "Lorong Maarof", "Jalan Ampang",
                        "Jalan Tebrau", "Jalan Sultan Ismail"],
               "towns": [("Kuala Lumpur", "Wilayah Persekutuan", "50"), ("Petaling Jaya", "Selangor", "47"),
                      ("Shah Alam", "Selangor", "40"), ("Johor Bahru", "Johor", "80"), ("Ipoh", "Perak", "30"),
                      ("Kota Bharu", "Kelantan", "15")]},
    "AF": {"fem": ["Annelie", "Marietjie", "Elsabé", "Riana", "Karin", "Lize"], "names": (["Pieter", "Annelie", "Johan", "Marietjie", "Francois", "Elsabé", "Hendrik", "Riana",
                       "Willem", "Karin", "Jaco", "Lize"],
                      ["van der Merwe", "Botha", "du Plessis", "Venter", "Pretorius", "Nel", "Steyn", "Coetzee",
                       "le Roux", "Fourie", "Kruger", "Swanepoel"]),
               "reg": "ZA", "lang": "af", "dob": "%Y-%m-%d", "date": "%Y-%m-%d",
               "mail": ["gmail.com", "mweb.co.za", "vodamail.co.za", "telkomsa.net"],
               "streets": ["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Rivierstraat", "Eikelaan", "Stasieweg"],
               "towns": [("Stellenbosch", "", "7600"), ("Paarl", "", "7646"), ("Bloemfontein", "", "9301"),
                      ("Potchefstroom", "", "2531"), ("George", "", "6530"), ("Worcester", "", "6850")]},
    "IS": {"fk": "is_IS", "reg": "IS", "lang": "is", "dob": "%d.%m.%Y", "date": "%d.%m.%Y",
               "mail": ["gmail.com", "simnet.is", "internet.is", "hotmail.com"],
               "streets": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hafnarstræti", "Borgarbraut", "Aðalstræti"],
               "towns": [("Reykjavík", "10", ""), ("Kópavogur", "20", ""), ("Hafnarfjörður", "22", ""), ("Akureyri", "60", ""),
                      ("Selfoss", "80", ""), ("Ísafjörður", "40", "")]},
}


class Addr:
    def __init__(self, street: str, cityline: str, town: str, sep: str = ", ") -> None:
        self.street, self.cityline, self.town = street, cityline, town
        self.one = f"{street}{sep}{cityline}"
        self.lines = [street, cityline]


def _mk_addr(cc: str, rng: random.Random) -> Addr:
    c = _C[cc]
    st = rng.choice(c["streets"])
    town, a, b = rng.choice(c["towns"])
    no = rng.randint(1, 180)
    if cc == "US":
        line = f"{rng.randint(100, 9899)} {st}" + rng.choice(["", "", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"])
        return Addr(line, f"{town}, {a} {b}{_d(rng, 2)}", town)
    if cc == "GB":
        pc = f"{b or a}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(_UK_L)}{rng.choice(_UK_L)}"
        line = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "]) + f"{no} {st}"
        return Addr(line, f"{town} {pc}", town)
    if cc == "CA":
        pc = f"{b}{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        line = rng.choice(["", "", f"{rng.randint(101, 2405)}-"]) + f"{rng.randint(10, 990)} {st}"
        return Addr(line, f"{town}, {a} {pc}", town)
    if cc == "AU":
        line = rng.choice(["", "", f"Unit {rng.randint(1, 30)}/"]) + f"{no} {st}"
        return Addr(line, f"{town} {a} {b}", town)
    if cc == "IN":
        line = rng.choice([f"Flat {rng.randint(101, 1204)}, ", f"#{no}, ", f"H.No. {rng.randint(1, 40)}-{rng.randint(1, 200)}, "]) + st
        return Addr(line, f"{town}, {a} {b}{_d(rng, 3)}", town)
    if cc == "IE":
        ek = f"{b} {rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}{rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}"
        cl = f"{town}, {a}, {ek}" if a else f"{town}, {ek}"
        return Addr(f"{no} {st}", cl, town)
    if cc == "NZ":
        return Addr(f"{no} {st}", f"{a}, {town} {b}", town)
    if cc == "ZA" or cc == "AF":
        return Addr(f"{no} {st}", f"{town}, {b}", town)
    if cc == "SG":
        blk = rng.randint(100, 699)
        return Addr(f"Blk {blk} {st}, #{rng.randint(2, 25):02d}-{rng.randint(1, 400):02d}",
                    f"Singapore {rng.choice('3456')}{_d(rng, 2)}{blk}", "Singapore")
    if cc == "NG":
        return Addr(f"{no} {st}", f"{a}, {town} {b}", town)
    if cc == "DE":
        return Addr(f"{st} {no}" + rng.choice(["", "", "a", "b"]), f"{a}{_d(rng, 3)} {town}", town)
    if cc == "FR":
        return Addr(f"{no}{rng.choice(['', '', ' bis'])} {st}", f"{a}{_d(rng, 2)} {town}", town)
    if cc == "ES":
        return Addr(f"{st}, {no}, {rng.randint(1, 8)}º {rng.choice('ABCD')}", f"{a}{_d(rng, 2)} {town}", town)
    if cc == "CAT":
        return Addr(f"{st}, {no}, {rng.randint(1, 6)}r {rng.randint(1, 4)}a", f"{a}{_d(rng, 2)} {town}", town)
    if cc == "NL":
        pc = f"{a}{_d(rng, 2)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        return Addr(f"{st} {no}", f"{pc} {town}", town)
    if cc == "IT":
        return Addr(f"{st} {no}", f"{a}{_d(rng, 2)} {town} {b}", town)
    if cc == "BR":
        return Addr(f"{st}, {no * 7}" + rng.choice(["", f", apto {rng.randint(11, 184)}"]),
                    f"{town} - {a}, {b}{_d(rng, 3)}-{_d(rng, 3)}", town)
    if cc == "PL":
        return Addr(f"{st} {no}" + rng.choice(["", f"/{rng.randint(1, 60)}"]), f"{a}{_d(rng, 1)}-{_d(rng, 3)} {town}", town)
    if cc == "SE":
        return Addr(f"{st} {no}", f"{a}{_d(rng, 1)} {_d(rng, 2)} {town}", town)
    if cc == "TR":
        return Addr(f"{st} No:{no} D:{rng.randint(1, 20)}", f"{b}{_d(rng, 2)} {town}/{a}", town)
    if cc == "RO":
        pc = a + _d(rng, 6 - len(a))
        cl = f"{pc} {town}, {b}"
        return Addr(f"{st} nr. {no}" + rng.choice(["", f", bl. {rng.choice('ABC')}{rng.randint(1, 9)}, ap. {rng.randint(1, 80)}"]), cl, town)
    if cc == "SI":
        return Addr(f"{st} {no}", f"{a} {town}", town)
    if cc == "EE":
        return Addr(f"{st} {no}" + rng.choice(["", f"-{rng.randint(1, 40)}"]), f"{a}{_d(rng, 3)} {town}", town)
    if cc == "PH":
        return Addr(f"{no} {st}, {a}", f"{town} {b}", town)
    if cc == "MY":
        return Addr(f"No. {no}, {st}", f"{b}{_d(rng, 3)} {town}, {a}", town)
    if cc == "IS":
        return Addr(f"{st} {no}", f"{a}{_d(rng, 1)} {town}", town)
    raise ValueError(cc)


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_PN = phonenumbers.PhoneNumberFormat
_PT = phonenumbers.PhoneNumberType


_NANP = {"US": ["217", "614", "512", "253", "919", "303", "518", "520", "608", "312", "704"],
         "CA": ["416", "613", "204", "902", "403", "780", "250", "306", "647", "587"]}


def _phone(rng: random.Random, reg: str, kind: str = "mobile", style: str | None = None) -> str:
    ex = phonenumbers.example_number_for_type(reg, _PT.MOBILE if kind == "mobile" else _PT.FIXED_LINE)
    nsn = str(ex.national_number)
    want = (_PT.MOBILE if kind == "mobile" else _PT.FIXED_LINE, _PT.FIXED_LINE_OR_MOBILE)
    if reg in _NANP:
        nsn = rng.choice(_NANP[reg]) + nsn[3:]
    for i in range(600):
        keep = 3 if reg in _NANP else 2 if i < 300 else max(2, len(nsn) - 6)
        cand = nsn[:keep] + _d(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, reg) and phonenumbers.number_type(num) in want:
            break
    else:  # pragma: no cover
        num = ex
    style = style or rng.choice(["nat", "nat", "intl", "intl", "e164", "compact"])
    if style == "nat":
        s = phonenumbers.format_number(num, _PN.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, _PN.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _PN.E164)
    else:
        s = phonenumbers.format_number(num, _PN.NATIONAL).replace(" ", "").replace("-", "")
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(s, reg))
    except phonenumbers.NumberParseException:
        ok = False
    if not ok:
        s = phonenumbers.format_number(num, _PN.INTERNATIONAL)
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg)), s
    return s


_MY_F = (["Nur Aisyah", "Siti Hajar", "Nurul Izzah", "Farah Nadia", "Aminah", "Nor Azlina"],
         ["binti Abdullah", "binti Hassan", "binti Yusof", "binti Ismail", "binti Osman"])
_MY_M = (["Ahmad Faiz", "Mohd Hafiz", "Amirul", "Haziq", "Khairul Anuar"],
         ["bin Ismail", "bin Rahman", "bin Osman", "bin Ahmad", "bin Zakaria"])


class Loc:
    """Per-text locale helper: all draws from the text's rng."""

    def __init__(self, cc: str, rng: random.Random) -> None:
        self.cc, self.rng, self.c = cc, rng, _C[cc]
        self.lang = self.c["lang"]
        self.fk = None
        if "fk" in self.c:
            self.fk = _faker(self.c["fk"])
            self.fk.seed_instance(rng.randrange(2**32))

    def first(self) -> str:
        return self.fk.first_name() if self.fk else self.rng.choice(self.c["names"][0])

    def last(self) -> str:
        return self.fk.last_name() if self.fk else self.rng.choice(self.c["names"][1])

    def first_f(self) -> str:
        if self.fk:
            return self.fk.first_name_female()
        return self.rng.choice(self.c.get("fem", self.c["names"][0]))

    def person(self) -> tuple[str, str]:
        if self.cc == "MY":
            if self.rng.random() < 0.5:
                return self.rng.choice(_MY_F[0]), self.rng.choice(_MY_F[1])
            return self.rng.choice(_MY_M[0]), self.rng.choice(_MY_M[1])
        return self.first(), self.last()

    def person_f(self) -> tuple[str, str]:
        if self.cc == "MY":
            return self.rng.choice(_MY_F[0]), self.rng.choice(_MY_F[1])
        return self.first_f(), self.last()

    def town(self) -> str:
        return self.rng.choice(self.c["towns"])[0]

    def other_town(self, not_this: str) -> str:
        ts = [t[0] for t in self.c["towns"] if t[0] != not_this]
        return self.rng.choice(ts)

    def addr(self) -> Addr:
        return _mk_addr(self.cc, self.rng)

    def phone(self, kind: str = "mobile", style: str | None = None) -> str:
        return _phone(self.rng, self.c["reg"], kind, style)

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        f, la = _slug(first), _slug(last)
        local = self.rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}.{la}{self.rng.randint(1, 99)}",
                                 f"{la}.{f}", f"{f}_{la[:4]}{self.rng.randint(70, 99)}"])
        return f"{local}@{domain or self.rng.choice(self.c['mail'])}"

    def dob_date(self) -> _dt.date:
        return _dt.date(1942, 1, 1) + _dt.timedelta(days=self.rng.randint(0, 23740))

    def dob(self, d: _dt.date | None = None, style: str | None = None) -> str:
        d = d or self.dob_date()
        style = style or self.rng.choice(["num", "num", "long", "iso"])
        if style == "long" and self.lang in MONTHS:
            m = MONTHS[self.lang][d.month - 1]
            if self.lang == "en":
                return f"{m} {d.day}, {d.year}" if self.cc in ("US", "PH") else f"{d.day} {m} {d.year}"
            if self.lang == "de":
                return f"{d.day}. {m} {d.year}"
            if self.lang in ("es", "pt"):
                return f"{d.day} de {m} de {d.year}"
            if self.lang == "ca":
                de = "d'" if m[0] in "aeiou" else "de "
                return f"{d.day} {de}{m} de {d.year}"
            return f"{d.day} {m} {d.year}"
        if style == "iso":
            return d.isoformat()
        return d.strftime(self.c["dob"])

    def date(self, past: int = 200, future: int = 60) -> str:
        d = TODAY + _dt.timedelta(days=self.rng.randint(-past, future))
        return d.strftime(self.c["date"])

    def time(self) -> str:
        return f"{self.rng.randint(7, 20):02d}:{self.rng.choice(['00', '15', '30', '45', '05', '20', '40'])}"


def _spoken_dob(d: _dt.date) -> str:
    y = d.year
    if y >= 2000:
        yr = "two thousand" + ("" if y == 2000 else " and " + _spoken_number(y % 100))
        return f"{_ORD[d.day]} of {MONTHS['en'][d.month - 1].lower()} {yr}"
    yr = f"{_spoken_number(y // 100)} {_spoken_number(y % 100)}" if y % 100 >= 10 else \
        f"{_spoken_number(y // 100)} oh {_spoken_number(y % 100)}"
    return f"{_ORD[d.day]} of {MONTHS['en'][d.month - 1].lower()} {yr}"


# --------------------------------------------------------------------------------------------
# English templates
# --------------------------------------------------------------------------------------------
def t_us_support_reply(rng: random.Random) -> Text:
    L = Loc("US", rng)
    cf, cl = L.person()
    af, al = L.person()
    a = L.addr()
    shop = rng.choice(["Wagner Solar", "Baker & Sons Driving School", "Morgan Vet Partners", "Hudson Cowork"])
    oa = L.addr()
    ce = L.email(cf, cl)
    tel = L.phone("fixed", "nat")
    b = _B()
    b.f("Hi {f},\n\nThanks for getting back to us. I've updated the install address on order {o} and the crew "
        "will confirm the slot 24h ahead. Your deposit of {amt} was charged to the card ending {l4}.\n\n"
        "Best,\n{a}\nCustomer Care | {shop}\n{oal1}\n{oal2}\nDirect: {tel} | {role}\n\n",
        f=(cf, PER), o=_ref(rng, "SO-", 7), amt=_amount(rng), l4=_d(rng, 4), a=(f"{af} {al}", PER), shop=shop,
        oal1=(oa.street, ADDR), oal2=(oa.cityline, ADDR), tel=(tel, PH),
        role=(f"support@{_slug(shop)[:12]}.com", EM))
    b.f("On {dt}, {n} <{e}> wrote:\n> Hello, we moved last month. New address is\n> {l1}\n> {l2}\n"
        "> please use that for the panels. Thanks, {fn}\n",
        dt=L.date(10, 0), n=(f"{cf} {cl}", PER), e=(ce, EM), l1=(a.street, ADDR), l2=(a.cityline, ADDR), fn=(cf, PER))
    return b.done()


def t_us_payroll_ticket(rng: random.Random) -> Text:
    L = Loc("US", rng)
    f, la = L.person()
    agent = L.first()
    b = _B()
    b.f("Ticket #{t} | Payroll change request | Priority: {p}\nRequester: {n} ({e})\n\n"
        "Please switch my direct deposit to the new account. Routing {r}, account {acct}. "
        "SSN for verification: {ssn}. DOB {dob}.\n\n--- internal note ({ag}) ---\n"
        "Verified by callback to {ph}. Old account ending {l4} closed. Do NOT paste the SSN into Slack.",
        t=_ref(rng, "", 6), p=rng.choice(["High", "Normal"]), n=(f"{f} {la}", PER), e=(L.email(f, la, "recruitwise.com"), EM),
        r=_routing(rng), acct=(_bank(rng), BANK), ssn=(_ssn(rng, rng.random() < 0.8), SSN),
        dob=(L.dob(style=rng.choice(["num", "long"])), DOB), ag=(agent, PER), ph=(L.phone(), PH), l4=_d(rng, 4))
    return b.done()


def t_us_nginx_log(rng: random.Random) -> Text:
    b = _B()
    for _ in range(rng.randint(4, 7)):
        ts = _ts(rng).strftime("%d/%b/%Y:%H:%M:%S +0000")
        pub = rng.random() < 0.6
        ipv = (_ip_public_v4(rng) if rng.random() < 0.8 else _ip_public_v6(rng)) if pub else _priv_ip(rng)
        path = rng.choice(["/api/v2/members", "/login", "/static/app.js", "/booking/confirm", "/health"])
        ua = rng.choice([f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{_version(rng)}",
                         f"okhttp/{_version(rng)}", f"curl/{_version(rng)}"])
        b.f("{ip} - - [{ts}] \"GET {p}?req={rid} HTTP/1.1\" {st} {sz} \"-\" \"{ua}\"\n",
            ip=(ipv, IP) if pub else ipv, ts=ts, p=path, rid=_uuid(rng), st=rng.choice([200, 200, 302, 401, 404]),
            sz=rng.randint(120, 90000), ua=ua)
    return b.done()


def t_us_env_config(rng: random.Random) -> Text:
    L = Loc("US", rng)
    b = _B()
    b.f("# .env.production  (do not commit)\nAPP_VERSION={v}\nDB_HOST={dbh}\nDB_USER=svc_booking\nDB_PASSWORD={pw}\n"
        "STRIPE_PUBLISHABLE_KEY={pk}\nSTRIPE_SECRET_KEY={sk}\nTWILIO_ACCOUNT_SID={sid}\nSUPPORT_PHONE={ph}\n"
        "ADMIN_EMAIL={em}\nSESSION_SECRET_HASH={h}\nFEATURE_FLAGS=new_checkout,dark_mode\n",
        v=_version(rng), dbh=_priv_ip(rng), pw=(_password(rng), PW), pk=_pk(rng),
        sk=("sk_live_" + _rs(rng, 24), KEY), sid=_sid(rng), ph=(L.phone("fixed", "e164"), PH),
        em=(rng.choice(["ops", "admin", "it-alerts"]) + "@brightpath-solar.com", EM), h=_sha(rng))
    return b.done()


def t_us_call_transcript(rng: random.Random) -> Text:
    L = Loc("US", rng)
    f, la = L.person()
    d = L.dob_date()
    ag = L.first()
    b = _B()
    b.f("agent: thank you for calling pawsome vet care this is {ag} how can i help\n"
        "caller: hi yeah i need to move my dog's appointment\n"
        "agent: sure can i get your name please\ncaller: it's {f} {l}\n"
        "agent: and to verify your date of birth\ncaller: {dob}\n"
        "agent: thanks {f2} and the pet's name\ncaller: {pet} he's the beagle\n"
        "agent: ok and the best number to reach you\ncaller: {ph}\n"
        "agent: perfect you're now booked for the {day} at ten fifteen at our {branch} clinic\n",
        ag=(ag.lower(), PER), f=(f.lower(), PER), l=(la.lower(), PER), dob=(_spoken_dob(d), DOB),
        f2=(f.lower(), PER), pet=rng.choice(["biscuit", "max", "rocky", "lady", "cooper"]),
        ph=(L.phone("mobile", "compact"), PH), day=_ORD[rng.randint(1, 28)], branch=L.town().lower())
    return b.done()


def t_us_sms_thread(rng: random.Random) -> Text:
    L = Loc("US", rng)
    f = L.first()
    b = _B()
    b.f("[SMS] ParcelNow: Your package {trk} is out for delivery today 2-6pm.\n"
        "[SMS] Me: hey it's {f}, gate code is {code}, leave it by the back door pls\n"
        "[SMS] ParcelNow: Thanks {f2}! Driver will call from {ph} if needed. Reply STOP to opt out.\n"
        "[SMS] ParcelNow: Your verification code is {otp}. It expires in 10 min.\n",
        trk="1Z" + _rs(rng, 16, string.ascii_uppercase + string.digits), f=(f, PER), code="#" + _d(rng, 4),
        f2=(f, PER), ph=(L.phone("fixed", "nat"), PH), otp=_otp(rng))
    return b.done()


def t_us_application_form(rng: random.Random) -> Text:
    L = Loc("US", rng)
    f, la = L.person()
    a = L.addr()
    b = _B()
    b.f("Driver Training Enrollment - submitted {sub}\nLast Name: {la}\nFirst Name: {f}\nMiddle Initial: {mi}\n"
        "Date of Birth: {dob}\nSSN: {ssn}\nHome Address: {addr}\nCell: {ph}\nEmail: {em}\n"
        "Permit #: {permit}\nCourse: Teen Package (Ford Focus, automatic)\nPayment: card ending {l4}, exp {exp}\n",
        sub=L.date(30, 0), la=(la, PER), f=(f, PER), mi=rng.choice(string.ascii_uppercase),
        dob=(L.dob(style="num"), DOB), ssn=(_ssn(rng), SSN), addr=(a.one, ADDR), ph=(L.phone(), PH),
        em=(L.email(f, la), EM), permit=rng.choice(string.ascii_uppercase) + _d(rng, 7), l4=_d(rng, 4),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}")
    return b.done()


def t_gb_whatsapp(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    a, bb = L.first(), L.first()
    al = L.last()
    ad = L.addr()
    newtown = L.town()
    b = _B()
    d = TODAY - _dt.timedelta(days=rng.randint(1, 90))
    ds = d.strftime("%d/%m/%Y")
    b.f("[{d}, 09:12:44] {a}: morning! are we still ok for the venue visit saturday?\n"
        "[{d}, 09:15:02] {b}: yes 👍 also we've finally moved to {nt}\n"
        "[{d}, 09:15:40] {b}: new address is {ad}\n"
        "[{d}, 09:16:03] {a}: amazing!! how's {pet} coping with the move 😂\n"
        "[{d}, 09:18:27] {b}: hiding under the bed lol. my new mobile is {ph} btw\n"
        "[{d}, 09:19:10] {a}: saved. I'll send the seating plan to {em} later\n",
        d=ds, a=(f"{a} {al}", PER), b=(bb, PER), nt=(newtown, LOC), ad=(ad.one, ADDR),
        pet=rng.choice(["Biscuit", "Pickle", "Alfie", "Mabel"]), ph=(L.phone("mobile", "nat"), PH),
        em=(L.email(bb, L.last()), EM))
    return b.done()


def t_gb_ticket_refund(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    f, la = L.person()
    ag, agl = L.person()
    b = _B()
    b.f("CASE {c} — Refund: membership cancelled within cooling-off\nCustomer: {title} {la} ({em})\n"
        "Message: I cancelled on {d1} but was still charged {amt}. Please refund to {iban}.\n"
        "--\nInternal note ({ag}): sort code {sc} matches IBAN; BIC {bic}. Refund approved, ref {ref}. "
        "Customer is at our Manchester desk on Thursdays.\n",
        c=_ref(rng, "CS-", 8), title=rng.choice(["Mr", "Mrs", "Ms", "Dr"]), la=(la, PER), em=(L.email(f, la), EM),
        d1=L.date(40, 0), amt=f"£{rng.randint(30, 400)}.00", iban=(_iban(rng, "GB"), IBAN),
        ag=(f"{ag} {agl[0]}.", PER), sc=f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}",
        bic=rng.choice(["NWBKGB2L", "BARCGB22", "LOYDGB21", "HBUKGB4B"]), ref=_uuid(rng))
    return b.done()


def t_gb_forwarded(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    f, la = L.person()
    g, gl = L.person()
    h = L.first()
    b = _B()
    b.f("---------- Forwarded message ---------\nFrom: {n} <{e}>\nDate: {dt}\nSubject: Wedding on {wd} — dietary list\n"
        "To: {to}\n\nHi {h},\n\nForwarding from the couple. Guest {gn} is coeliac, and {g2} will be travelling "
        "from {town} so needs the room at the Old Rectory. Table plan v{v} attached.\n\nCheers,\n{f2}\n",
        n=(f"{f} {la}", PER), e=(L.email(f, la), EM), dt=_ts(rng).strftime("%a, %d %b %Y at %H:%M"), wd=L.date(0, 200),
        to=("events@everafterplanning.co.uk", EM), h=(h, PER), gn=(f"{g} {gl}", PER), g2=(L.first(), PER),
        town=(L.town(), LOC), v=rng.randint(2, 9), f2=(f, PER))
    return b.done()


def t_gb_ocr_form(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    f, la = L.person()
    ad = L.addr()
    b = _B()
    b.f("PET REGISTRATION  FORM  (scan p1/2)\nOWNER SURNAME : {la}     FORENAME(S): {f}\n"
        "DATE 0F BIRTH: {dob}\nADDRESS:\n{addr}\nTEL (HOME) {tel}   M0BILE {mob}\n"
        "PET NAME: {pet}   MICROCHIP NO: {chip}\nSIGNED ____ DATE {d}\n",
        la=(la.upper(), PER), f=(f.upper(), PER), dob=(L.dob(style="num"), DOB),
        addr=("\n".join(ad.lines).upper(), ADDR), tel=(L.phone("fixed", "nat"), PH), mob=(L.phone("mobile", "nat"), PH),
        pet=rng.choice(["BONNIE", "REX", "TILLY", "OSCAR"]), chip="9" + _d(rng, 14), d=L.date(5, 0))
    return b.done()


def t_gb_crm_note(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    la = L.last()
    f = L.first()
    b = _B()
    b.f("{d} call w/ {t} {la} — wants to upgrade to dedicated desk from {sd}. Works from home in {town} Mon/Fri. "
        "Prefers email ({em}) over phone. Mentioned partner {p} may join on a flex plan. Quote {q} sent, "
        "£{amt}/mo. Follow up w/ {am} at the Leeds site.\n",
        d=L.date(20, 0), t=rng.choice(["Mr", "Ms", "Mrs", "Dr"]), la=(la, PER), sd=L.date(0, 40), town=(L.town(), LOC),
        em=(L.email(f, la), EM), p=(L.first(), PER), q=_ref(rng, "Q-", 5), amt=rng.randint(180, 420),
        am=(L.first(), PER))
    return b.done()


def t_gb_notifications(rng: random.Random) -> Text:
    L = Loc("GB", rng)
    b = _B()
    b.f("Your order #{o} has been dispatched\n{n} sent you a message\nReminder: MOT booked for {d}\n"
        "Payment of £{a} received — thank you\n{n2} commented on \"Hen do ideas\"\nNew sign-in from Chrome {v} on Windows\n",
        o=_d(rng, 9), n=(L.first() + " " + L.last(), PER), d=L.date(0, 30), a=rng.randint(5, 300),
        n2=(L.first(), PER), v=_version(rng))
    return b.done()


def t_ca_livechat(rng: random.Random) -> Text:
    L = Loc("CA", rng)
    f, la = L.person()
    ag = L.first()
    ad = L.addr()
    t0 = _ts(rng)
    def tt(m: int) -> str:
        return (t0 + _dt.timedelta(minutes=m)).strftime("%H:%M")
    b = _B()
    b.f("Chat started {d}\n[{t1}] {ag} (Agent): Hi there, welcome to Northern Sun Solar! How can I help?\n"
        "[{t2}] {c}: hi I got a quote but the site address is wrong\n[{t3}] {ag2} (Agent): No problem, what's the correct one?\n"
        "[{t4}] {c2}: {ad}\n[{t5}] {c3}: and my cell is {ph}\n[{t6}] {ag3} (Agent): Updated! Quote {q} is valid until {exp}.\n",
        d=t0.strftime("%Y-%m-%d"), t1=tt(0), ag=(ag, PER), t2=tt(1), c=(f"{f} {la}", PER), t3=tt(1), ag2=(ag, PER),
        t4=tt(2), c2=(f"{f} {la}", PER), ad=(ad.one, ADDR), t5=tt(3), c3=(f"{f} {la}", PER), ph=(L.phone(), PH),
        t6=tt(4), ag3=(ag, PER), q=_ref(rng, "NSQ-", 6), exp=L.date(0, 60))
    return b.done()


def t_ca_sheet_rows(rng: random.Random) -> Text:
    L = Loc("CA", rng)
    b = _B()
    b.add("Name\tEmail\tPhone\tCity\tMember #\tPlan\tBalance\n")
    for _ in range(rng.randint(3, 5)):
        f, la = L.person()
        b.f("{n}\t{e}\t{p}\t{c}\t{m}\t{pl}\t{bal}\n", n=(f"{la}, {f}", PER), e=(L.email(f, la), EM),
            p=(L.phone(style=rng.choice(["nat", "compact"])), PH), c=(L.town(), LOC), m=_ref(rng, "CW", 5),
            pl=rng.choice(["Hot desk", "Dedicated", "Private office"]), bal=_amount(rng))
    return b.done()


def t_ca_jsonl_log(rng: random.Random) -> Text:
    L = Loc("CA", rng)
    b = _B()
    for _ in range(rng.randint(3, 5)):
        f, la = L.person()
        ev = rng.choice(["login_ok", "login_failed", "password_reset", "plan_changed"])
        pub = rng.random() < 0.65
        ip = _ip_public_v4(rng) if pub else _priv_ip(rng)
        b.f('{{"ts":"{ts}","level":"info","event":"{ev}","user":"{u}","ip":"{ip}","session":"{s}","app":"{v}"}}\n',
            ts=_ts(rng).isoformat() + "Z", ev=ev, u=(L.email(f, la), EM), ip=(ip, IP) if pub else ip,
            s=_rs(rng, 32, _HEX), v=_version(rng))
    return b.done()


def t_au_slack(rng: random.Random) -> Text:
    L = Loc("AU", rng)
    a, bb = L.person(), L.person()
    key = _api_key(rng)
    b = _B()
    b.f("#dev-bookings\n{a} [10:02 AM]\nanyone know why the SMS reminders stopped? staging box {ip} looks fine\n"
        "{b} [10:05 AM]\nprovider rotated creds, try this one `{k}` and I'll put it in the vault after\n"
        "{a2} [10:06 AM]\ncheers {b2}, deploying v{v} now\n{b3} [10:11 AM]\n:white_check_mark: reminders flowing again, job id {j}\n",
        a=(f"{a[0]} {a[1]}", PER), ip=_priv_ip(rng), b=(f"{bb[0]} {bb[1]}", PER), k=(key, KEY), a2=(f"{a[0]} {a[1]}", PER),
        b2=(bb[0].lower(), PER), v=_version(rng), b3=(f"{bb[0]} {bb[1]}", PER), j=_uuid(rng))
    return b.done()


def t_au_booking(rng: random.Random) -> Text:
    L = Loc("AU", rng)
    f, _la = L.person()
    ad = L.addr()
    b = _B()
    b.f("Subject: Booking confirmed – Solar site assessment {ref}\n\nG'day {f},\n\nYour assessment is booked for {d} "
        "between 8 and 11am at:\n{ad}\n\nYour installer {i} will ring on {ph} the day before. We charged the "
        "$99 deposit to {mask}.\n\nSunbright Energy Pty Ltd | ABN 51 824 753 556 | {bph}\n",
        bph=(L.phone("fixed", "nat"), PH),
        ref=_ref(rng, "SB-", 6), f=(f, PER), d=L.date(0, 30), ad=("\n".join(ad.lines), ADDR), i=(L.first(), PER),
        ph=(L.phone("mobile", "nat"), PH), mask="**** **** **** " + _d(rng, 4))
    return b.done()


def t_au_no_pii(rng: random.Random) -> Text:
    b = _B()
    b.f("Team update — week {w}\n\n• Ben & Jerry's ice cream day moved to Friday (kitchen, level {lvl}).\n"
        "• The Melbourne branch hit {pct}% occupancy; Brisbane depot closed {d} for maintenance.\n"
        "• Release {v} ships with the new invoice PDF. Build {sha}.\n• Coffee machine code is {code}.\n",
        w=rng.randint(1, 52), lvl=rng.randint(1, 9), pct=rng.randint(60, 99), d=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
        v=_version(rng), sha=_rs(rng, 12, _HEX), code=_d(rng, 4))
    return b.done()


def t_in_kyc_ticket(rng: random.Random) -> Text:
    L = Loc("IN", rng)
    f, la = L.person()
    ad = L.addr()
    b = _B()
    b.f("Ticket {t} [Recruitment portal] Candidate profile correction\nFrom: {em}\n\nDear Sir/Madam,\n"
        "Kindly correct my DOB, it is showing wrong. Correct DOB is {dob}. Also update my current address "
        "to {ad}. I have relocated from {fr} for the new job.\nMobile: {ph}\nRegards,\n{n}\n\n"
        "[Internal] Checked against offer letter {ol}. Updated. — {ag}\n",
        t=_ref(rng, "RP", 7), em=(L.email(f, la), EM), dob=(L.dob(), DOB), ad=(ad.one, ADDR),
        fr=(L.other_town(ad.town), LOC), ph=(L.phone(style=rng.choice(["intl", "nat", "compact"])), PH),
        n=(f"{f} {la}", PER), ol=_ref(rng, "OL/2026/", 5), ag=(L.first(), PER))
    return b.done()


def t_in_bank_sms(rng: random.Random) -> Text:
    L = Loc("IN", rng)
    b = _B()
    b.f("Rs.{a} debited from A/c XX{x} on {d} to VPA sunrise.solar@okaxis. UPI Ref {u}. Not you? Call {ph}\n"
        "Dear Customer, OTP for txn of Rs.{a2} is {otp}. Do not share with anyone. -HDFC Bank\n"
        "Your EMI of Rs.{emi} for loan {ln} is due on {d2}.\n",
        a=f"{rng.randint(100, 90000):,}.00", x=_d(rng, 4), d=L.date(20, 0), u="6" + _d(rng, 11),
        ph=(L.phone("fixed", "e164"), PH), a2=f"{rng.randint(100, 9000):,}", otp=_otp(rng),
        emi=f"{rng.randint(1000, 20000):,}", ln=_ref(rng, "LN", 9), d2=L.date(0, 30))
    return b.done()


def t_in_teams(rng: random.Random) -> Text:
    L = Loc("IN", rng)
    a, bb = L.person(), L.person()
    c = L.first()
    b = _B()
    b.f("[10:42 AM] {a}\nHi team, candidate {c} {cl} cleared round 2. Will be travelling to {town} for the final on {d}.\n"
        "[10:44 AM] {b}\nGreat. Please share the CV and contact — {em}, {ph} — with the client SPOC only.\n"
        "[10:45 AM] {a2}\nDone. Salary expectation 18 LPA, notice 60 days.\n",
        a=(f"{a[0]} {a[1]}", PER), c=(c, PER), cl=(L.last(), PER), town=(L.town(), LOC), d=L.date(0, 20),
        b=(f"{bb[0]} {bb[1]}", PER), em=(L.email(c, L.last()), EM), ph=(L.phone(), PH), a2=(f"{a[0]} {a[1]}", PER))
    return b.done()


def t_in_kv_dump(rng: random.Random) -> Text:
    L = Loc("IN", rng)
    f, la = L.person()
    b = _B()
    b.f("name={n}&dob={dob}&gender={g}&city={c}&mobile={ph}&email={em}&pwd={pw}&utm_source=google&ref_code={rc}\n",
        n=(f"{f} {la}", PER), dob=(L.dob_date().isoformat(), DOB), g=rng.choice(["M", "F"]), c=(L.town(), LOC),
        ph=(L.phone("mobile", "compact"), PH), em=(L.email(f, la), EM), pw=(_password(rng, f), PW),
        rc=_rs(rng, 8, string.ascii_uppercase + string.digits))
    return b.done()


def t_ie_quoted(rng: random.Random) -> Text:
    L = Loc("IE", rng)
    f, la = L.person()
    ag = L.first()
    ad = L.addr()
    b = _B()
    b.f("Hi {f},\n\nThat's grand, I've changed the delivery address for the Driving Theory pack to the one below. "
        "Your order ref is {o}.\n\nKind regards,\n{ag}\nLearnToDrive Ireland\n\n"
        "-----Original Message-----\nFrom: {n} <{e}>\nSent: {dt}\n\n> Hiya, can you send it to my mam's instead:\n"
        "> {l1}\n> {l2}\n> Ta, {f2}\n",
        f=(f, PER), o=_ref(rng, "LTD", 6), ag=(ag, PER), n=(f"{f} {la}", PER), e=(L.email(f, la), EM),
        dt=_ts(rng).strftime("%d %B %Y %H:%M"), l1=(ad.street, ADDR), l2=(ad.cityline, ADDR), f2=(f, PER))
    return b.done()


def t_ie_call_notes(rng: random.Random) -> Text:
    L = Loc("IE", rng)
    f, la = L.person()
    b = _B()
    b.f("CALL NOTES {d} — {la}, {f}\n- moving home from {fr} to {to} end of month\n- new eircode address: {ad}\n"
        "- landline {ll}, mobile {mob}\n- cat Mittens due vaccine booster, booked at Naas clinic {d2}\n",
        d=L.date(5, 0), la=(la, PER), f=(f, PER), fr=(L.town(), LOC), to=(L.town(), LOC), ad=(L.addr().one, ADDR),
        ll=(L.phone("fixed", "nat"), PH), mob=(L.phone("mobile", "nat"), PH), d2=L.date(0, 30))
    return b.done()


def t_ie_jsonl(rng: random.Random) -> Text:
    L = Loc("IE", rng)
    b = _B()
    for _ in range(rng.randint(2, 4)):
        f, la = L.person()
        b.f('{{"id": "{i}", "first_name": "{f}", "last_name": "{la}", "dob": "{dob}", "county": "{c}", '
            '"email_verified": {ev}, "iban": "{ib}", "marketing_opt_in": false}}\n',
            i=_uuid(rng), f=(f, PER), la=(la, PER), dob=(L.dob_date().isoformat(), DOB),
            c=rng.choice(["Galway", "Cork", "Mayo", "Kerry"]), ev=rng.choice(["true", "false"]),
            ib=(_iban(rng, "IE", False), IBAN))
    return b.done()


def t_nz_password_ticket(rng: random.Random) -> Text:
    L = Loc("NZ", rng)
    f, la = L.person()
    pw = _password(rng, f)
    b = _B()
    b.f("Ticket {t} – Can't log in to member portal\nFrom: {e}\n\nKia ora, I keep getting 'invalid login'. "
        "My password is {pw} and my username is {u}. Can someone just reset it? Ph {ph}\n\n"
        "Internal: Told customer never to send passwords. Forced reset, new hash {h}. Account locked from IP {ip}.\n",
        t=_ref(rng, "", 6), e=(L.email(f, la), EM), pw=(pw, PW), u=f"{_slug(f)}{rng.randint(1, 99)}",
        ph=(L.phone(), PH), h=_bcrypt(rng), ip=(_ip_public_v4(rng), IP))
    return b.done()


def t_nz_sms(rng: random.Random) -> Text:
    L = Loc("NZ", rng)
    f = L.first()
    b = _B()
    b.f("Hi {f}, your driving lesson with {i} is confirmed for {d} {t}. Pickup from {ad}. "
        "Reply Y to confirm or call {ph}.\n> Y. Can we do the motorway bit this time? cheers\n",
        f=(f, PER), i=(L.first(), PER), d=L.date(0, 14), t=L.time(), ad=(L.addr().one, ADDR),
        ph=(L.phone("fixed", "nat"), PH))
    return b.done()


def t_za_whatsapp(rng: random.Random) -> Text:
    L = Loc("ZA", rng)
    a, bb = L.person(), L.person()
    b = _B()
    d = (TODAY - _dt.timedelta(days=rng.randint(1, 60))).strftime("%Y/%m/%d")
    b.f("{d}, 14:02 - {a}: Howzit! The solar guys are coming Thursday\n"
        "{d}, 14:03 - {b}: Lekker. Load shedding is killing us in {town}\n"
        "{d}, 14:05 - {a2}: Send them to {ad}, gate code {gc}\n"
        "{d}, 14:06 - {b2}: Shot. Their tech's number is {ph}\n",
        d=d, a=(a[0], PER), b=(f"{bb[0]} {bb[1]}", PER), town=(L.town(), LOC), a2=(a[0], PER), ad=(L.addr().one, ADDR),
        gc=_d(rng, 4) + "#", b2=(f"{bb[0]} {bb[1]}", PER), ph=(L.phone(style="nat"), PH))
    return b.done()


def t_za_form(rng: random.Random) -> Text:
    L = Loc("ZA", rng)
    f, la = L.person()
    b = _B()
    b.f("Full name: {n}\nDate of birth: {dob}\nCell: {ph}\nE-mail: {em}\nPhysical address: {ad}\n"
        "Card number: {cc}\nExpiry: {exp}  CVV: {cvv}\nPreferred branch: Sandton\n",
        n=(f"{f} {la}", PER), dob=(L.dob(), DOB), ph=(L.phone(), PH), em=(L.email(f, la), EM), ad=(L.addr().one, ADDR),
        cc=(_card(rng), CC), exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", cvv=_d(rng, 3))
    return b.done()


def t_sg_livechat(rng: random.Random) -> Text:
    L = Loc("SG", rng)
    f, la = L.person()
    ag = L.first()
    b = _B()
    b.f("Visitor {vid} joined\n{ag} (HubDesk): Hello! How can I help with your membership?\n"
        "Visitor: hi, pls change billing addr to {ad}\n{ag2} (HubDesk): Sure, may I have the name on the account?\n"
        "Visitor: {n}\n{ag3} (HubDesk): Thanks {f}. Verification code {otp} sent to {ph}.\n",
        vid=_rs(rng, 10, _HEX), ag=(ag, PER), ad=(L.addr().one, ADDR), ag2=(ag, PER), n=(f"{la} {f}", PER),
        ag3=(ag, PER), f=(f, PER), otp=_otp(rng), ph=(L.phone(style=rng.choice(["intl", "nat"])), PH))
    return b.done()


def t_sg_server_log(rng: random.Random) -> Text:
    L = Loc("SG", rng)
    f, la = L.person()
    key = _api_key(rng)
    b = _B()
    b.f("{t1} INFO  gateway[{pid}]: GET /v1/bookings?api_key={k}&page=2 from {ip6}\n"
        "{t2} WARN  auth: failed login for {em} from {ip4} (attempt 3/5)\n"
        "{t3} DEBUG db: pool size=20 host={priv} version={v}\n{t4} INFO  billing: charged {mask} amount SGD {a}\n"
        "{t5} INFO  mdm: kiosk enrolled imei={imei} loc=({gps}) fw={fw}\n",
        t5=_ts(rng).isoformat(), imei=_imei(rng), gps=_gps(rng), fw=_version(rng),
        t1=_ts(rng).isoformat(), pid=rng.randint(1000, 9999), k=(key, KEY), ip6=(_ip_public_v6(rng), IP),
        t2=_ts(rng).isoformat(), em=(L.email(f, la), EM), ip4=(_ip_public_v4(rng), IP), t3=_ts(rng).isoformat(),
        priv=_priv_ip(rng), v=_version(rng), t4=_ts(rng).isoformat(), mask=_d(rng, 6) + "******" + _d(rng, 4),
        a=f"{rng.randint(100, 900)}.00")
    return b.done()


def t_ng_crm(rng: random.Random) -> Text:
    L = Loc("NG", rng)
    f, la = L.person()
    b = _B()
    b.f("Lead: {n} | Source: Instagram | Stage: Site survey\nNotes: Customer lives in {town}, wants 5kVA inverter + "
        "panels. Office address for invoice: {ad}. WhatsApp {ph}. Email {em}. Quote NGN {a} sent {d}. "
        "Our Ikeja warehouse will handle delivery.\n",
        n=(f"{f} {la}", PER), town=(L.town(), LOC), ad=(L.addr().one, ADDR), ph=(L.phone("mobile", "intl"), PH),
        em=(L.email(f, la), EM), a=f"{rng.randint(800, 5000) * 1000:,}", d=L.date(10, 0))
    return b.done()


# --------------------------------------------------------------------------------------------
# other-language templates
# --------------------------------------------------------------------------------------------
def t_de_email_sig(rng: random.Random) -> Text:
    L = Loc("DE", rng)
    _f, la = L.person()
    sf, sl = L.person()
    oa = L.addr()
    b = _B()
    b.f("Sehr geehrte{e} {t} {la},\n\nvielen Dank für Ihre Anfrage zur Hochzeitsplanung am {d}. Anbei unser Angebot "
        "Nr. {ang} über {amt} €. Bitte überweisen Sie die Anzahlung auf das Konto {iban} (BIC {bic}).\n\n"
        "Mit freundlichen Grüßen\n{s}\nHochzeitsträume Müller GmbH\n{a1}\n{a2}\nTel. {tel}\n{m}\n"
        "Amtsgericht München HRB {hrb} · USt-IdNr. DE{ust}\n",
        e=("" if (tt := rng.choice(["Frau", "Herr"])) == "Frau" else "r"), t=tt, la=(la, PER), d=L.date(0, 300), ang=_ref(rng, "A-2026-", 4),
        amt=f"{rng.randint(1, 9)}.{rng.randint(100, 999)},00", iban=(_iban(rng, "DE"), IBAN),
        bic=rng.choice(["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1M01"]), s=(f"{sf} {sl}", PER),
        a1=(oa.street, ADDR), a2=(oa.cityline, ADDR), tel=(L.phone("fixed", "nat"), PH),
        m=("info@hochzeitstraeume-mueller.de", EM), hrb=rng.randint(100000, 299999), ust=_d(rng, 9))
    return b.done()


def t_de_ticket(rng: random.Random) -> Text:
    L = Loc("DE", rng)
    f, la = L.person_f()
    pet = rng.choice(["Bello", "Luna", "Mimi", "Rocky", "Paula"])
    b = _B()
    b.f("Ticket #{t} – Tierhalter-Stammdaten ändern\nKunde: {la}, {f}\nGeburtsdatum: {dob}\nNeue Anschrift: {ad}\n"
        "Mobil: {ph}\nTier: {pet} (Kater, Chip {chip})\n\n>> Interne Notiz: Kundin ist von {alt} nach {neu} gezogen, "
        "Akte an Praxis Bahnhofstraße (Filiale Kassel) übergeben. Rechnung {rn} offen: {amt} €.\n",
        t=_ref(rng, "", 7), la=(la, PER), f=(f, PER), dob=(L.dob(style=rng.choice(["num", "long"])), DOB),
        ad=(L.addr().one, ADDR), ph=(L.phone("mobile", rng.choice(["nat", "intl"])), PH), pet=pet,
        chip="276" + _d(rng, 12), alt=(L.town(), LOC), neu=(L.town(), LOC), rn=_ref(rng, "RE", 6),
        amt=f"{rng.randint(20, 600)},{rng.randint(0, 99):02d}")
    return b.done()


def t_de_whatsapp(rng: random.Random) -> Text:
    L = Loc("DE", rng)
    a, bb = L.person(), L.first()
    d = (TODAY - _dt.timedelta(days=rng.randint(1, 50))).strftime("%d.%m.%y")
    b = _B()
    b.f("{d}, 18:04 - {a}: Hast du die Zugangsdaten fürs Coworking-WLAN?\n{d}, 18:06 - {b}: Netz: HUB-Guest, "
        "Passwort: {pw}\n{d}, 18:06 - {b2}: und der Türcode ist {code}\n{d}, 18:07 - {a2}: Danke! Bin ab Montag "
        "wieder in {town}, ruf mich an: {ph}\n",
        d=d, a=(f"{a[0]} {a[1]}", PER), b=(bb, PER), pw=(_password(rng), PW), b2=(bb, PER), code=_d(rng, 4),
        a2=(f"{a[0]} {a[1]}", PER), town=(L.town(), LOC), ph=(L.phone("mobile", "nat"), PH))
    return b.done()


def t_fr_forward(rng: random.Random) -> Text:
    L = Loc("FR", rng)
    f, la = L.person()
    g = L.first_f()
    b = _B()
    b.f("-------- Message transféré --------\nDe : {n} <{e}>\nDate : {dt}\nObjet : Inscription permis B\n\n"
        "Bonjour,\nJe souhaite inscrire ma fille {g}, née le {dob}, au forfait 20 heures. Nous habitons {ad}. "
        "Vous pouvez me joindre au {ph}.\nCordialement,\n{n2}\n\n-- \nAuto-École Saint-Michel — agence de Tours\n",
        n=(f"{f} {la}", PER), e=(L.email(f, la), EM), dt=_ts(rng).strftime("%d/%m/%Y %H:%M"), g=(g, PER),
        dob=(L.dob(_dt.date(rng.randint(2007, 2009), rng.randint(1, 12), rng.randint(1, 28)),
                   style=rng.choice(["num", "long"])), DOB),
        ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH), n2=(f"{f} {la.upper()}", PER))
    return b.done()


def t_fr_crm(rng: random.Random) -> Text:
    L = Loc("FR", rng)
    _f, la = L.person()
    b = _B()
    b.f("Note CRM — {d}\nAppel sortant à M. {la} ({ph}). Souhaite 9 kWc sur toiture, maison à {town}. "
        "Le technicien {t} passera le {d2}. Devis {dv} : {amt} € TTC. Carte de crédit laissée par téléphone : {cc} "
        "— à supprimer après encaissement !\n",
        d=L.date(3, 0), la=(la, PER), ph=(L.phone(style="nat"), PH), town=(L.town(), LOC), t=(L.first(), PER),
        d2=L.date(0, 20), dv=_ref(rng, "DV", 5), amt=f"{rng.randint(8, 20)} {rng.randint(100, 999)}", cc=(_card(rng), CC))
    return b.done()


def t_es_livechat(rng: random.Random) -> Text:
    L = Loc("ES", rng)
    f, la = L.person()
    ag = L.first()
    b = _B()
    b.f("[{t}] {ag}: ¡Hola! Soy {ag2}, de Boda Perfecta. ¿En qué te ayudo?\n[{t}] Cliente: hola, quería cambiar el "
        "teléfono de contacto del contrato {c}\n[{t}] {ag3}: Claro, ¿me confirmas nombre y apellidos?\n"
        "[{t}] Cliente: {n}\n[{t}] Cliente: el nuevo es {ph} y el correo {em}\n[{t}] {ag4}: ¡Hecho! La prueba de menú "
        "sigue el {d} en la finca de Toledo.\n",
        t=L.time(), ag=(ag, PER), ag2=(ag, PER), c=_ref(rng, "BP-", 5), ag3=(ag, PER), n=(f"{f} {la}", PER),
        ph=(L.phone(), PH), em=(L.email(f, la), EM), ag4=(ag, PER), d=L.date(0, 90))
    return b.done()


def t_es_form(rng: random.Random) -> Text:
    L = Loc("ES", rng)
    f, la = L.person()
    b = _B()
    b.f("Nombre: {f}\nApellidos: {la}\nFecha de nacimiento: {dob}\nDomicilio: {ad}\nMóvil: {ph}\n"
        "Correo electrónico: {em}\nIBAN para domiciliación: {ib}\nCómo nos conociste: Instagram\nAcepto la política "
        "de privacidad: Sí\n",
        f=(f, PER), la=(la, PER), dob=(L.dob(), DOB), ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH),
        em=(L.email(f, la), EM), ib=(_iban(rng, "ES"), IBAN))
    return b.done()


def t_nl_ticket(rng: random.Random) -> Text:
    L = Loc("NL", rng)
    f, la = L.person()
    b = _B()
    b.f("Melding {m} – Terugbetaling lidmaatschap\nVan: {n} <{e}>\n\nBeste medewerker,\nIk heb mijn flexplek per "
        "{d} opgezegd maar er is nog {amt} afgeschreven. Graag terugstorten op {ib} t.n.v. {n2}.\n"
        "Groet, {f}\n\n[intern] Klant verhuist naar {town}. Terugbetaling via batch {bt}. Locatie Utrecht CS informeren.\n",
        m=_ref(rng, "M", 6), n=(f"{f} {la}", PER), e=(L.email(f, la), EM), d=L.date(60, 0),
        amt=f"€ {rng.randint(50, 400)},00", ib=(_iban(rng, "NL"), IBAN), n2=(f"{f[0]}. {la}", PER), f=(f, PER),
        town=(L.town(), LOC), bt=_uuid(rng))
    return b.done()


def t_nl_sms(rng: random.Random) -> Text:
    L = Loc("NL", rng)
    f = L.first()
    b = _B()
    b.f("Hoi {f}! Herinnering: rijles morgen om {t} met instructeur {i}. Ophalen bij {ad}. "
        "Afzeggen? Bel {ph} (min. 24 uur vooraf).\n— Rijschool De Vries\n",
        f=(f, PER), t=L.time(), i=(L.first(), PER), ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH))
    return b.done()


def t_it_email(rng: random.Random) -> Text:
    L = Loc("IT", rng)
    f, _la = L.person()
    g, gl = L.person()
    b = _B()
    b.f("Oggetto: Lista invitati – matrimonio {d}\n\nCiao {f},\nti mando gli ultimi aggiornamenti: {g} {gl} arriva da "
        "{town} con il treno, mentre lo zio {z} ha cambiato cellulare ({ph}). Le partecipazioni vanno spedite a "
        "{ad}.\nA presto,\n{s}\nSì Lo Voglio Eventi – sede di Verona\n",
        d=L.date(0, 240), f=(f, PER), g=(g, PER), gl=(gl, PER), town=(L.town(), LOC), z=(L.first(), PER),
        ph=(L.phone(style=rng.choice(["nat", "intl"])), PH), ad=(L.addr().one, ADDR), s=(f"{L.first()} {L.last()}", PER))
    return b.done()


def t_it_transcript(rng: random.Random) -> Text:
    L = Loc("IT", rng)
    f, la = L.person()
    d = L.dob_date()
    b = _B()
    b.f("operatore: buongiorno clinica veterinaria amici a quattro zampe mi dice il suo nome\n"
        "cliente: sì buongiorno sono {f} {la}\noperatore: data di nascita per la privacy\n"
        "cliente: {dob}\noperatore: perfetto e il cane come si chiama\ncliente: {pet}\n"
        "operatore: le confermo il vaccino per il {dd} alle dieci il numero è sempre {ph}\ncliente: sì sì\n",
        f=(f.lower(), PER), la=(la.lower(), PER), dob=(f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}", DOB),
        pet=rng.choice(["fido", "briciola", "birba", "leone"]), dd=rng.randint(1, 28),
        ph=(L.phone("mobile", "compact"), PH))
    return b.done()


def t_pt_whatsapp(rng: random.Random) -> Text:
    L = Loc("BR", rng)
    a, bb = L.person(), L.person()
    d = (TODAY - _dt.timedelta(days=rng.randint(1, 60))).strftime("%d/%m/%Y")
    b = _B()
    b.f("[{d} 20:14] {a}: oi, a recrutadora pediu seu cv atualizado\n[{d} 20:15] {b}: mando hj! meu email novo é {em}\n"
        "[{d} 20:16] {a2}: blz. a vaga é presencial em {town}, vc topa mudar?\n[{d} 20:18] {b2}: topo sim, "
        "minha família é de {town2} mesmo\n[{d} 20:18] {b3}: meu zap: {ph}\n",
        d=d, a=(a[0], PER), b=(f"{bb[0]} {bb[1]}", PER), em=(L.email(bb[0], bb[1]), EM), a2=(a[0], PER),
        town=(L.town(), LOC), b2=(f"{bb[0]} {bb[1]}", PER), town2=(L.town(), LOC), b3=(f"{bb[0]} {bb[1]}", PER),
        ph=(L.phone("mobile", rng.choice(["nat", "intl"])), PH))
    return b.done()


def t_pt_form(rng: random.Random) -> Text:
    L = Loc("BR", rng)
    f, la = L.person()
    b = _B()
    b.f("nome_completo: {n}\ndata_nascimento: {dob}\nendereco: {ad}\ncelular: {ph}\nemail: {em}\n"
        "senha: {pw}\nplano: Energia Solar 6kWp\nnum_pedido: {p}\nstatus: aguardando vistoria\n",
        n=(f"{f} {la}", PER), dob=(L.dob(), DOB), ad=(L.addr().one, ADDR), ph=(L.phone(), PH), em=(L.email(f, la), EM),
        pw=(_password(rng, f), PW), p=_ref(rng, "PED", 8))
    return b.done()


def t_pl_email(rng: random.Random) -> Text:
    L = Loc("PL", rng)
    f, la = L.person()
    b = _B()
    b.f("Dzień dobry,\n\nw załączeniu przesyłam CV. Data urodzenia: {dob}. Miejsce zamieszkania: {town}; chętnie "
        "się przeprowadzę (preferowane miasto: {town2}). Adres do korespondencji: {ad}. Tel. {ph}.\n\nZ poważaniem\n{n}\n{em}\n",
        dob=(L.dob(style="num"), DOB), town=(L.town(), LOC), town2=(L.town(), LOC), ad=(L.addr().one, ADDR),
        ph=(L.phone(style="nat"), PH), n=(f"{f} {la}", PER), em=(L.email(f, la), EM))
    return b.done()


def t_sv_ticket(rng: random.Random) -> Text:
    L = Loc("SE", rng)
    f, la = L.person()
    b = _B()
    b.f("Ärende {a}: Solpaneler – felaktig faktura\nKund: {n}\nAdress: {ad}\nTelefon: {ph}\n\n"
        "Hej! Fakturan {fk} på {amt} kr stämmer inte, vi har redan betalat via {ib}. /{f}\n\n"
        "Intern anteckning: kontrollerat mot bankfil {fil}, dubbeldebitering. Ordernr {o}.\n",
        a=_ref(rng, "", 6), n=(f"{f} {la}", PER), ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH),
        fk=_ref(rng, "F", 7), amt=f"{rng.randint(1, 90)} {rng.randint(100, 999)}", ib=(_iban(rng, "SE"), IBAN),
        f=(f, PER), fil=_sha(rng)[:16], o=_ref(rng, "", 8))
    return b.done()


def t_ca_email(rng: random.Random) -> Text:
    L = Loc("CAT", rng)
    f, _la = L.person()
    s = L.first()
    b = _B()
    b.f("Bon dia {f},\n\nEt confirmem la matrícula a l'autoescola per al permís B. Les classes pràctiques comencen el "
        "{d} i et recollirem a {ad}. Recorda portar el DNI original.\nSi necessites canviar l'hora, truca'ns al {ph} "
        "o escriu a {em}.\n\nSalutacions,\n{s}\nAutoescola Pujol (centre de Sant Cugat)\n",
        f=(f, PER), d=L.date(0, 30), ad=(L.addr().one, ADDR), ph=(L.phone("fixed", "nat"), PH),
        em=("secretaria@autoescolapujol.cat", EM), s=(s, PER))
    return b.done()


def t_ca_crm(rng: random.Random) -> Text:
    L = Loc("CAT", rng)
    _f, la = L.person()
    b = _B()
    b.f("Nota de trucada {d}: parlat amb la Sra. {la}. Data de naixement {dob}. Viu a {town} però es trasllada a "
        "{town2} el mes que ve. Vol mantenir la reserva {r}. Mòbil {ph}. Compte per domiciliar: {ib}. "
        "Gos: {pet}.\n",
        d=L.date(5, 0), la=(la, PER), dob=(L.dob(), DOB), town=(L.town(), LOC), town2=(L.town(), LOC),
        r=_ref(rng, "RES-", 5), ph=(L.phone("mobile", rng.choice(["nat", "compact"])), PH), ib=(_iban(rng, "ES"), IBAN),
        pet=rng.choice(["Lluna", "Bruc", "Nit"]))
    return b.done()


def t_tr_whatsapp(rng: random.Random) -> Text:
    L = Loc("TR", rng)
    a, bb = L.person(), L.person()
    d = (TODAY - _dt.timedelta(days=rng.randint(1, 60))).strftime("%d.%m.%Y")
    b = _B()
    b.f("{d} 21:03 - {a}: Düğün için nikah salonu onaylandı 🎉\n{d} 21:05 - {b}: Süper! Davetiyeleri {ad} "
        "adresine gönderebilir misin?\n{d} 21:06 - {a2}: Tamam. Annem {town} şehrinden geliyor, otel lazım\n"
        "{d} 21:07 - {b2}: Organizasyon firmasının numarası {ph}, rezervasyon kodu {r}\n",
        d=d, a=(a[0], PER), b=(f"{bb[0]} {bb[1]}", PER), ad=(L.addr().one, ADDR), a2=(a[0], PER), town=(rng.choice(["İzmir", "Ankara", "Bursa", "Trabzon", "Konya"]), LOC),
        b2=(f"{bb[0]} {bb[1]}", PER), ph=(L.phone("fixed", "nat"), PH), r=_ref(rng, "DG", 6))
    return b.done()


def t_tr_form(rng: random.Random) -> Text:
    L = Loc("TR", rng)
    f, la = L.person()
    b = _B()
    b.f("Ad: {f}\nSoyad: {la}\nDoğum tarihi: {dob}\nCep telefonu: {ph}\nE-posta: {em}\nAdres: {ad}\n"
        "Kart numarası: {cc}\nSon kullanma: {exp}\nŞube: Ankara Kızılay\n",
        f=(f, PER), la=(la, PER), dob=(L.dob(style=rng.choice(["num", "long"])), DOB), ph=(L.phone("mobile", "nat"), PH),
        em=(L.email(f, la), EM), ad=(L.addr().one, ADDR), cc=(_card(rng), CC),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}")
    return b.done()


def t_ro_email(rng: random.Random) -> Text:
    L = Loc("RO", rng)
    f, la = L.person()
    b = _B()
    b.f("Bună ziua,\n\nVă rog să actualizați datele mele în contul de membru: adresa nouă este {ad}, iar numărul de "
        "telefon {ph}. M-am mutat din {town} în {town2}.\n\nMulțumesc,\n{n}\n\nTrimis de pe iPhone\n",
        ad=(L.addr().one, ADDR), ph=(L.phone(style=rng.choice(["nat", "intl"])), PH), town=(L.town(), LOC),
        town2=(L.town(), LOC), n=(f"{f} {la}", PER))
    return b.done()


def t_ro_ticket(rng: random.Random) -> Text:
    L = Loc("RO", rng)
    f, la = L.person()
    b = _B()
    b.f("Tichet {t} | Candidat nou\nNume: {la}\nPrenume: {f}\nData nașterii: {dob}\nEmail: {em}\n"
        "Parolă cont portal (temporară): {pw}\n---\nNotă internă: interviu la biroul din Cluj, {d}. ID sesiune {s}. "
        "Hash parolă în DB: {h}\n",
        h=_argon(rng),
        t=_ref(rng, "RO-", 6), la=(la, PER), f=(f, PER), dob=(L.dob(), DOB), em=(L.email(f, la), EM),
        pw=(_password(rng), PW), d=L.date(0, 20), s=_uuid(rng))
    return b.done()


def t_sl_email(rng: random.Random) -> Text:
    L = Loc("SI", rng)
    f, la = L.person_f()
    b = _B()
    b.f("Pozdravljeni,\n\nprosim za termin za cepljenje psa {pet}. Sem {n}, rojena {dob}, stanujem na naslovu "
        "{ad}. Dosegljiva sem na {ph}.\n\nLep pozdrav,\n{f}\n",
        pet=rng.choice(["Aza", "Reks", "Piki"]), n=(f"{f} {la}", PER), dob=(L.dob(style="num"), DOB),
        ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH), f=(f, PER))
    return b.done()


def t_et_chat(rng: random.Random) -> Text:
    L = Loc("EE", rng)
    f, la = L.person()
    ag = L.first()
    b = _B()
    b.f("{ag} (klienditugi): Tere! Kuidas saan aidata?\n{c}: Tere, soovin päikesepaneelide pakkumist. Elukoht: {town}.\n{ag2} (klienditugi): Palun saatke aadress ja telefon.\n{c2}: {ad}, tel {ph}, e-post {em}\n",
        ag=(ag, PER), c=(f"{f} {la}", PER), town=(L.town(), LOC), ag2=(ag, PER),
        c2=(f"{f} {la}", PER), ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH), em=(L.email(f, la), EM))
    return b.done()


def t_tl_sms(rng: random.Random) -> Text:
    L = Loc("PH", rng)
    f, la = L.person()
    ad = L.addr()
    b = _B()
    b.f("Hi po {f}! Paalala lang po na bukas na ang site survey ng solar panels sa {ad}. Darating po si Engr. {e} "
        "mga 9AM. Para sa tanong, tumawag po sa {ph}. Salamat po!\n> ok po, pero taga {town} na po ako ngayon, "
        "bahay lang po ng nanay ko yan. - {n}\n",
        f=(f, PER), ad=(ad.one, ADDR), e=(L.last(), PER), ph=(L.phone(style=rng.choice(["nat", "intl"])), PH),
        town=(L.other_town(ad.town), LOC), n=(f"{f} {la}", PER))
    return b.done()


def t_ms_whatsapp(rng: random.Random) -> Text:
    L = Loc("MY", rng)
    a = L.person_f()
    d = (TODAY - _dt.timedelta(days=rng.randint(1, 60))).strftime("%d/%m/%Y")
    b = _B()
    b.f("{d}, 8:41 pm - {a}: Assalamualaikum, nak tanya pasal pakej perkahwinan\n{d}, 8:45 pm - Pejabat Impian "
        "Wedding: Waalaikumsalam. Boleh bagi nama penuh & tarikh majlis?\n{d}, 8:47 pm - {a2}: {fn}, majlis pada {md}. "
        "Saya tinggal di {town}\n{d}, 8:48 pm - {a3}: No tel suami saya {ph}\n",
        d=d, a=(f"{a[0]} {a[1]}", PER), a2=(f"{a[0]} {a[1]}", PER), fn=(f"{a[0]} {a[1]}", PER), md=L.date(0, 200),
        town=(L.town(), LOC), a3=(f"{a[0]} {a[1]}", PER), ph=(L.phone(style="nat"), PH))
    return b.done()


def t_af_email(rng: random.Random) -> Text:
    L = Loc("AF", rng)
    f, _la = L.person()
    s = L.first()
    oa = L.addr()
    b = _B()
    b.f("Goeiemôre {f},\n\nDankie vir jou aansoek. Ons het jou CV ontvang en sal jou kontak vir 'n onderhoud. "
        "Jou geboortedatum ({dob}) en ID is bevestig. Jy het genoem jy trek van {town} af — is dit steeds so?\n\n"
        "Vriendelike groete\n{s}\nTalentVind Werwing\n{oa}\nTel: {ph}\n",
        f=(f, PER), dob=(L.dob(style=rng.choice(["num", "long"])), DOB), town=(L.town(), LOC), s=(s, PER),
        oa=(oa.one, ADDR), ph=(L.phone("fixed", "nat"), PH))
    return b.done()


def t_is_form(rng: random.Random) -> Text:
    L = Loc("IS", rng)
    f, la = L.person()
    b = _B()
    b.f("Nafn: {n}\nFæðingardagur: {dob}\nHeimilisfang: {ad}\nSími: {ph}\nNetfang: {em}\n"
        "Hundur: {pet}\nTegund aðildar: Skrifborð, mánaðarlega\nPöntunarnúmer: {p}\n",
        n=(f"{f} {la}", PER), dob=(L.dob(style="num"), DOB), ad=(L.addr().one, ADDR), ph=(L.phone(style="nat"), PH),
        em=(L.email(f, la), EM), pet=rng.choice(["Snati", "Kátur", "Tinna"]), p=_ref(rng, "IS-", 6))
    return b.done()


TEMPLATES = [
    ("us_support_reply", "en-US", t_us_support_reply), ("de_email_sig", "de", t_de_email_sig),
    ("gb_whatsapp", "en-GB", t_gb_whatsapp), ("ca_email", "ca", t_ca_email),
    ("us_payroll_ticket", "en-US", t_us_payroll_ticket), ("tr_whatsapp", "tr", t_tr_whatsapp),
    ("in_kyc_ticket", "en-IN", t_in_kyc_ticket), ("fr_forward", "fr", t_fr_forward),
    ("gb_ticket_refund", "en-GB", t_gb_ticket_refund), ("ro_email", "ro", t_ro_email),
    ("ca_livechat", "en-CA", t_ca_livechat), ("es_livechat", "es", t_es_livechat),
    ("au_slack", "en-AU", t_au_slack), ("nl_ticket", "nl", t_nl_ticket),
    ("us_nginx_log", "en-US", t_us_nginx_log), ("it_email", "it", t_it_email),
    ("ie_quoted", "en-IE", t_ie_quoted), ("pt_whatsapp", "pt-BR", t_pt_whatsapp),
    ("gb_forwarded", "en-GB", t_gb_forwarded), ("sl_email", "sl", t_sl_email),
    ("in_bank_sms", "en-IN", t_in_bank_sms), ("et_chat", "et", t_et_chat),
    ("us_env_config", "en-US", t_us_env_config), ("tl_sms", "tl", t_tl_sms),
    ("nz_password_ticket", "en-NZ", t_nz_password_ticket), ("ms_whatsapp", "ms", t_ms_whatsapp),
    ("za_whatsapp", "en-ZA", t_za_whatsapp), ("af_email", "af", t_af_email),
    ("sg_livechat", "en-SG", t_sg_livechat), ("is_form", "is", t_is_form),
    ("us_call_transcript", "en-US", t_us_call_transcript), ("de_ticket", "de", t_de_ticket),
    ("gb_ocr_form", "en-GB", t_gb_ocr_form), ("ca_crm", "ca", t_ca_crm),
    ("ca_sheet_rows", "en-CA", t_ca_sheet_rows), ("tr_form", "tr", t_tr_form),
    ("in_teams", "en-IN", t_in_teams), ("ro_ticket", "ro", t_ro_ticket),
    ("au_booking", "en-AU", t_au_booking), ("fr_crm", "fr", t_fr_crm),
    ("ie_call_notes", "en-IE", t_ie_call_notes), ("es_form", "es", t_es_form),
    ("us_sms_thread", "en-US", t_us_sms_thread), ("nl_sms", "nl", t_nl_sms),
    ("gb_crm_note", "en-GB", t_gb_crm_note), ("it_transcript", "it", t_it_transcript),
    ("sg_server_log", "en-SG", t_sg_server_log), ("pt_form", "pt-BR", t_pt_form),
    ("ca_jsonl_log", "en-CA", t_ca_jsonl_log), ("pl_email", "pl", t_pl_email),
    ("nz_sms", "en-NZ", t_nz_sms), ("sv_ticket", "sv", t_sv_ticket),
    ("us_application_form", "en-US", t_us_application_form), ("de_whatsapp", "de", t_de_whatsapp),
    ("in_kv_dump", "en-IN", t_in_kv_dump), ("ie_jsonl", "en-IE", t_ie_jsonl),
    ("gb_notifications", "en-GB", t_gb_notifications), ("za_form", "en-ZA", t_za_form),
    ("au_no_pii", "en-AU", t_au_no_pii), ("ng_crm", "en-NG", t_ng_crm),
]


def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        name, _lang, fn = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(f"hollow-text-{seed}-{i}-{name}")
        t = fn(rng)
        for s, e, lab in t.spans:
            assert lab in LABELS and 0 <= s < e <= len(t.text)
            v = t.text[s:e]
            assert v == v.strip() and v[0] not in "\"'<[", (name, v)
            if lab not in (PW, KEY):
                assert v[-1] not in ".,;:!?)\"'>]" or (lab == PER and v[-2:-1].isupper()), (name, v)
        out.append(t)
    return out


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------
class _Row:
    """One record's person; every column of the row draws from it."""

    def __init__(self, cc: str, rng: random.Random) -> None:
        self.rng = rng
        self.L = L = Loc(cc, rng)
        self.f, self.l = L.person()
        self.addr = L.addr()
        self.email = L.email(self.f, self.l)
        self.dobd = L.dob_date()
        self.town = self.addr.town


_PLACEHOLDERS = ["N/A", "-", "unknown"]


def _col(header: str, entity: str | None, fn, blank: float = 0.0, ph: bool = False) -> tuple:
    return (header, entity, fn, blank, ph)


def _yn(r: _Row, a: str = "true", b: str = "false") -> str:
    return r.rng.choice([a, b])


def _when(r: _Row) -> str:
    return _ts(r.rng).strftime("%Y-%m-%d %H:%M:%S")


def _company(r: _Row, forms: list[str]) -> str:
    return f"{r.L.last()} {r.rng.choice(forms)}"


_TABLE_SPECS: list[tuple[str, str, list[tuple]]] = [
    ("vet_clients_de", "DE", [
        _col("kunden_nr", None, lambda r: _ref(r.rng, "K-", 6)),
        _col("Vorname", PER, lambda r: r.f),
        _col("Nachname", PER, lambda r: r.l),
        _col("geburtsdatum", DOB, lambda r: r.L.dob(r.dobd, "num"), 0.25, True),
        _col("Telefon", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "intl"])), 0.1),
        _col("telefon_typ", None, lambda r: r.rng.choice(["mobil", "festnetz", "geschäftlich"])),
        _col("E-Mail", EM, lambda r: r.email, 0.15),
        _col("email_bestaetigt", None, lambda r: _yn(r, "ja", "nein")),
        _col("feld_3", ADDR, lambda r: r.addr.one, 0.05),
        _col("Wohnort", LOC, lambda r: r.town, 0.1),
        _col("tiername", None, lambda r: r.rng.choice(["Bello", "Luna", "Mimi", "Rocky", "Paula", "Emma", "Kasimir"])),
        _col("tierart", None, lambda r: r.rng.choice(["Hund", "Katze", "Kaninchen", "Wellensittich"])),
        _col("chip_nr", None, lambda r: "276" + _d(r.rng, 12), 0.3),
        _col("filiale", None, lambda r: r.rng.choice(["Kassel", "Fulda", "Göttingen", "Marburg"])),
        _col("letzter_besuch", None, lambda r: r.L.date(300, 0)),
        _col("offener_betrag", None, lambda r: f"{r.rng.randint(0, 900)},{r.rng.randint(0, 99):02d} €"),
        _col("zahlungsart", None, lambda r: r.rng.choice(["SEPA-Lastschrift", "EC-Karte", "bar", "Rechnung"])),
        _col("iban_geprueft", None, lambda r: _yn(r)),
    ]),
    ("vet_visits_gb", "GB", [
        _col("Visit ID", None, lambda r: _ref(r.rng, "V", 8)),
        _col("Visit Date", None, lambda r: r.L.date(365, 0)),
        _col("Clinic", None, lambda r: r.rng.choice(["Leeds North", "Harrogate", "Wakefield", "Otley"])),
        _col("Owner Name", PER, lambda r: r.rng.choice([f"{r.f} {r.l}", f"{r.l}, {r.f}", f"{r.f[0]}. {r.l}"])),
        _col("Contact No.", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "compact", "intl"])), 0.1, True),
        _col("Owner Email", EM, lambda r: r.email, 0.3),
        _col("Home Town", LOC, lambda r: r.town, 0.2),
        _col("Pet Name", None, lambda r: r.rng.choice(["Biscuit", "Pickle", "Alfie", "Mabel", "Winston", "Poppy"])),
        _col("Species", None, lambda r: r.rng.choice(["Dog", "Cat", "Rabbit", "Guinea pig"])),
        _col("Weight (kg)", None, lambda r: f"{r.rng.uniform(0.8, 42):.1f}"),
        _col("Procedure Code", None, lambda r: r.rng.choice(["VAC-01", "DEN-04", "NEU-M", "CONS-STD", "XR-2"])),
        _col("Invoice Total", None, lambda r: f"£{r.rng.randint(25, 900)}.{r.rng.randint(0, 99):02d}"),
        _col("Card Number", CC, lambda r: _card(r.rng), 0.45),
        _col("Card Last 4", None, lambda r: _d(r.rng, 4)),
        _col("Card Expiry", None, lambda r: f"{r.rng.randint(1, 12):02d}/{r.rng.randint(27, 31)}"),
        _col("Insurance Policy No", None, lambda r: _ref(r.rng, "PB", 9), 0.5),
    ]),
    ("cowork_members_nl", "NL", [
        _col("lidNummer", None, lambda r: _ref(r.rng, "HUB", 6)),
        _col("voornaam", PER, lambda r: r.f),
        _col("achternaam", PER, lambda r: r.l),
        _col("emailAdres", EM, lambda r: r.email),
        _col("emailVerified", None, lambda r: _yn(r)),
        _col("telefoonnummer", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "intl", "e164"])), 0.2),
        _col("phoneType", None, lambda r: r.rng.choice(["mobile", "work", "home"])),
        _col("geboortedatum", DOB, lambda r: r.L.dob(r.dobd, "num"), 0.4, True),
        _col("attr2", IBAN, lambda r: _iban(r.rng, "NL"), 0.15),
        _col("woonplaats", LOC, lambda r: r.town, 0.1),
        _col("factuurAdres", ADDR, lambda r: r.addr.one, 0.3),
        _col("abonnement", None, lambda r: r.rng.choice(["Flexplek", "Vaste plek", "Privékantoor", "Dagpas"])),
        _col("startDatum", None, lambda r: r.L.date(700, 30)),
        _col("locatie", None, lambda r: r.rng.choice(["Utrecht CS", "Amsterdam Zuid", "Rotterdam Blaak"])),
        _col("pasNummer", None, lambda r: _rs(r.rng, 8, "0123456789ABCDEF")),
        _col("deurcode", None, lambda r: _d(r.rng, 4)),
        _col("passwordChangedAt", None, lambda r: _when(r), 0.2),
        _col("maandbedrag", None, lambda r: f"€ {r.rng.randint(99, 890)},00"),
        _col("bedrijfsnaam", None, lambda r: _company(r, ["Consultancy B.V.", "& Zn.", "Design", "Advies"]), 0.35),
        _col("kvkNummer", None, lambda r: _d(r.rng, 8), 0.35),
    ]),
    ("cowork_access_sg", "SG", [
        _col("EVENT_ID", None, lambda r: _uuid(r.rng)),
        _col("EVENT_TS", None, lambda r: _ts(r.rng).isoformat() + "+08:00"),
        _col("user.name", PER, lambda r: f"{r.l} {r.f}" if r.rng.random() < 0.5 else f"{r.f} {r.l}"),
        _col("user.email", EM, lambda r: r.email),
        _col("user.mobile", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "intl"])), 0.25),
        _col("client.ip", IP, lambda r: _ip_public_v4(r.rng) if r.rng.random() < 0.8 else _ip_public_v6(r.rng), 0.1),
        _col("wifi.ap_ip", None, lambda r: _priv_ip(r.rng)),
        _col("DOOR_ID", None, lambda r: f"D-{r.rng.randint(1, 40):02d}"),
        _col("SITE", None, lambda r: r.rng.choice(["One-North", "Raffles Place", "Paya Lebar"])),
        _col("RESULT", None, lambda r: r.rng.choice(["GRANTED", "GRANTED", "DENIED"])),
        _col("BADGE_NO", None, lambda r: _ref(r.rng, "B", 7)),
        _col("APP_VERSION", None, lambda r: _version(r.rng)),
        _col("SESSION_ID", None, lambda r: _rs(r.rng, 32, _HEX)),
        _col("device.mac", None, lambda r: ":".join(_rs(r.rng, 2, _HEX) for _ in range(6))),
        _col("billing.card", CC, lambda r: _card(r.rng), 0.6),
        _col("CARD_LAST4", None, lambda r: _d(r.rng, 4), 0.3),
    ]),
    ("driving_students_cat", "CAT", [
        _col("num_expedient", None, lambda r: _ref(r.rng, "EXP-", 5)),
        _col("nom", PER, lambda r: r.f),
        _col("cognoms", PER, lambda r: f"{r.l} {r.L.last()}"),
        _col("dnaix", DOB, lambda r: r.L.dob(_dt.date(r.rng.randint(1988, 2008), r.dobd.month, min(r.dobd.day, 28)), "num"), 0.1),
        _col("tel", PH, lambda r: r.L.phone("mobile", r.rng.choice(["nat", "compact", "intl"])), 0.05, True),
        _col("tel_tipus", None, lambda r: r.rng.choice(["mòbil", "fix", "feina"])),
        _col("correu", EM, lambda r: r.email, 0.2),
        _col("adreça", ADDR, lambda r: r.addr.one, 0.15),
        _col("poblacio", LOC, lambda r: r.town),
        _col("permis", None, lambda r: r.rng.choice(["B", "A2", "AM", "B+E"])),
        _col("data_examen_teoric", None, lambda r: r.L.date(120, 60), 0.3),
        _col("centre", None, lambda r: r.rng.choice(["Sant Cugat", "Terrassa", "Badalona"])),
        _col("vehicle_matricula", None, lambda r: f"{_d(r.rng, 4)} {_rs(r.rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"),
        _col("preu_pack", None, lambda r: f"{r.rng.randint(350, 1200)},00 €"),
        _col("pagat", None, lambda r: _yn(r, "sí", "no")),
        _col("classes_fetes", None, lambda r: str(r.rng.randint(0, 35))),
        _col("nota_teoric", None, lambda r: f"{r.rng.randint(18, 30)}/30", 0.5),
        _col("codi_promocio", None, lambda r: _rs(r.rng, 6, string.ascii_uppercase), 0.6),
    ]),
    ("driving_lessons_us", "US", [
        _col("LessonId", None, lambda r: _ref(r.rng, "L", 7)),
        _col("LessonDate", None, lambda r: r.L.date(90, 30)),
        _col("StartTime", None, lambda r: r.L.time()),
        _col("DurationMin", None, lambda r: r.rng.choice(["45", "60", "90", "120"])),
        _col("StudentName", PER, lambda r: r.rng.choice([f"{r.f} {r.l}", f"{r.l}, {r.f}", f"{r.f.upper()} {r.l.upper()}"])),
        _col("StudentDOB", DOB, lambda r: r.L.dob(_dt.date(r.rng.randint(2007, 2010), r.rng.randint(1, 12),
                                                            r.rng.randint(1, 28)), "num"), 0.2),
        _col("col_7", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "e164", "compact"])), 0.1),
        _col("ParentEmail", EM, lambda r: r.L.email(r.L.first(), r.l), 0.25),
        _col("PickupAddress", ADDR, lambda r: r.addr.one, 0.1),
        _col("PaymentCard", CC, lambda r: _card(r.rng), 0.55),
        _col("CardLast4", None, lambda r: _d(r.rng, 4)),
        _col("VehicleVIN", None, lambda r: "1" + _rs(r.rng, 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        _col("Branch", None, lambda r: r.rng.choice(["Tacoma", "Olympia", "Federal Way"])),
        _col("OdometerStart", None, lambda r: str(r.rng.randint(10000, 90000))),
        _col("GpsStart", None, lambda r: f"{r.rng.uniform(46.9, 47.4):.5f},{r.rng.uniform(-122.6, -122.2):.5f}"),
        _col("AmountCharged", None, lambda r: _amount(r.rng)),
        _col("PermitVerified", None, lambda r: _yn(r, "TRUE", "FALSE")),
    ]),
    ("wedding_guests_it", "IT", [
        _col("ID invitato", None, lambda r: _ref(r.rng, "G", 4)),
        _col("Nome", PER, lambda r: r.f),
        _col("Cognome", PER, lambda r: r.l),
        _col("Email", EM, lambda r: r.email, 0.35),
        _col("Cellulare", PH, lambda r: r.L.phone("mobile", r.rng.choice(["nat", "intl", "compact"])), 0.2, True),
        _col("Indirizzo", ADDR, lambda r: r.addr.one, 0.4),
        _col("Città di provenienza", LOC, lambda r: r.town, 0.1),
        _col("Tavolo", None, lambda r: str(r.rng.randint(1, 24))),
        _col("Menu", None, lambda r: r.rng.choice(["carne", "pesce", "vegetariano", "bambini"])),
        _col("RSVP", None, lambda r: r.rng.choice(["sì", "no", "forse"])),
        _col("Data risposta", None, lambda r: r.L.date(120, 0), 0.3),
        _col("Allergie", None, lambda r: r.rng.choice(["glutine", "lattosio", "frutta a guscio", "nessuna"]), 0.5),
        _col("Camera hotel", None, lambda r: _ref(r.rng, "BK", 7), 0.6),
        _col("Importo regalo", None, lambda r: f"{r.rng.randint(50, 500)},00 €", 0.5),
        _col("Lato", None, lambda r: r.rng.choice(["sposo", "sposa"])),
        _col("Navetta", None, lambda r: _yn(r, "sì", "no")),
    ]),
    ("wedding_vendors_ro", "RO", [
        _col("nr_contract", None, lambda r: _ref(r.rng, "CTR-", 5)),
        _col("firma", None, lambda r: _company(r, ["SRL", "Events SRL", "Foto PFA", "Flowers SRL"])),
        _col("cui", None, lambda r: "RO" + _d(r.rng, 8)),
        _col("categorie", None, lambda r: r.rng.choice(["fotograf", "florărie", "DJ", "cofetărie", "formație"])),
        _col("prenume", PER, lambda r: r.f),
        _col("nume", PER, lambda r: r.l),
        _col("telefon", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "intl"])), 0.05),
        _col("email", EM, lambda r: r.email, 0.1),
        _col("adresa_sediu", ADDR, lambda r: r.addr.one, 0.2),
        _col("card_plata", CC, lambda r: _card(r.rng), 0.5),
        _col("parola_portal", PW, lambda r: _password(r.rng, r.f), 0.4),
        _col("data_eveniment", None, lambda r: r.L.date(0, 300)),
        _col("avans_lei", None, lambda r: f"{r.rng.randint(500, 9000)} lei"),
        _col("swift", None, lambda r: r.rng.choice(["BTRLRO22", "RNCBROBU", "BRDEROBU", "INGBROBU"])),
        _col("status_plata", None, lambda r: r.rng.choice(["achitat", "avans", "restant"])),
        _col("rating", None, lambda r: f"{r.rng.randint(30, 50) / 10:.1f}"),
        _col("oras_eveniment", None, lambda r: r.rng.choice(["Sinaia", "Brașov", "Cluj-Napoca"])),
    ]),
    ("recruit_candidates_in", "IN", [
        _col("cand_id", None, lambda r: _ref(r.rng, "C", 7)),
        _col("cand_name", PER, lambda r: f"{r.f} {r.l}"),
        _col("father_name", PER, lambda r: f"{r.L.first()} {r.l}", 0.3, True),
        _col("dob", DOB, lambda r: r.L.dob(r.dobd, r.rng.choice(["num", "iso"])), 0.1),
        _col("mobile_no", PH, lambda r: r.L.phone("mobile", r.rng.choice(["nat", "intl", "compact"]))),
        _col("alt_contact", PH, lambda r: r.L.phone(r.rng.choice(["mobile", "fixed"])), 0.55),
        _col("email_id", EM, lambda r: r.email),
        _col("addr1", ADDR, lambda r: r.addr.one, 0.15),
        _col("current_city", LOC, lambda r: r.town),
        _col("native_place", LOC, lambda r: r.L.town(), 0.4),
        _col("pwd", PW, lambda r: _password(r.rng, r.f), 0.2),
        _col("applied_on", None, lambda r: r.L.date(200, 0)),
        _col("position", None, lambda r: r.rng.choice(["Java Developer", "Sales Executive", "HR Generalist", "Data Analyst"])),
        _col("exp_yrs", None, lambda r: str(r.rng.randint(0, 18))),
        _col("ctc_lpa", None, lambda r: f"{r.rng.uniform(2.4, 40):.1f}"),
        _col("notice_days", None, lambda r: r.rng.choice(["0", "30", "60", "90"])),
        _col("offer_ref", None, lambda r: _ref(r.rng, "OL/2026/", 5), 0.6),
        _col("email_verified", None, lambda r: _yn(r, "Y", "N")),
        _col("phone_type", None, lambda r: r.rng.choice(["mobile", "landline"])),
        _col("password_changed_at", None, lambda r: _when(r), 0.3),
        _col("resume_sha256", None, lambda r: _sha(r.rng), 0.1),
        _col("interview_location", None, lambda r: r.rng.choice(["Whitefield office", "Hinjewadi", "Gurugram"])),
    ]),
    ("recruit_payroll_us", "US", [
        _col("EMP_ID", None, lambda r: _ref(r.rng, "E", 6)),
        _col("EMP_FIRST", PER, lambda r: r.f),
        _col("EMP_LAST", PER, lambda r: r.l),
        _col("SSN", SSN, lambda r: _ssn(r.rng, r.rng.random() < 0.7), 0.05),
        _col("LAST4_SSN", None, lambda r: _d(r.rng, 4)),
        _col("SSN_VERIFIED", None, lambda r: _yn(r, "Y", "N")),
        _col("DOB", DOB, lambda r: r.L.dob(r.dobd, r.rng.choice(["num", "iso"])), 0.1, True),
        _col("HOME_ADDR", ADDR, lambda r: r.addr.one, 0.1),
        _col("PERSONAL_EMAIL", EM, lambda r: r.email, 0.2),
        _col("CELL", PH, lambda r: r.L.phone(style=r.rng.choice(["nat", "e164"])), 0.15),
        _col("ROUTING_NO", None, lambda r: _routing(r.rng)),
        _col("field_3", BANK, lambda r: _bank(r.rng), 0.1),
        _col("ACCT_TYPE", None, lambda r: r.rng.choice(["CHECKING", "SAVINGS"])),
        _col("PAY_RATE", None, lambda r: f"{r.rng.uniform(16, 85):.2f}"),
        _col("HIRE_DATE", None, lambda r: r.L.date(900, 0)),
        _col("CLIENT_COMPANY", None, lambda r: r.rng.choice(["Johnson Controls", "Wells Fargo", "Ben & Jerry's",
                                                             "Procter & Gamble", "Dr Pepper Snapple"])),
        _col("W4_STATUS", None, lambda r: r.rng.choice(["S", "MFJ", "HOH"])),
        _col("TIMESHEET_ID", None, lambda r: _uuid(r.rng)),
        _col("WORKSITE_CITY", None, lambda r: r.rng.choice(["Columbus", "Denver", "Raleigh"])),
    ]),
    ("solar_customers_au", "AU", [
        _col("job_no", None, lambda r: _ref(r.rng, "J", 6)),
        _col("customer_first_name", PER, lambda r: r.f),
        _col("Surname", PER, lambda r: r.l),
        _col("email", EM, lambda r: r.email, 0.1),
        _col("mobile", PH, lambda r: r.L.phone("mobile", r.rng.choice(["nat", "compact", "intl"])), 0.05, True),
        _col("Install Address", ADDR, lambda r: r.addr.one),
        _col("Moving To", LOC, lambda r: r.L.other_town(r.town), 0.6),
        _col("portal_api_key", KEY, lambda r: _rs(r.rng, 32, string.ascii_uppercase + string.digits), 0.5),
        _col("address_type", None, lambda r: r.rng.choice(["residential", "business", "rural"])),
        _col("system_kw", None, lambda r: f"{r.rng.choice([6.6, 8.2, 10.0, 13.3])}"),
        _col("panel_model", None, lambda r: r.rng.choice(["JA Solar JAM54S30-415/MR", "Trina Vertex S+ 440W", "REC Alpha Pure-R 410"])),
        _col("inverter_serial", None, lambda r: _rs(r.rng, 12, string.ascii_uppercase + string.digits)),
        _col("nmi", None, lambda r: "6" + _d(r.rng, 9)),
        _col("Install Date", None, lambda r: r.L.date(300, 60), 0.2),
        _col("stc_count", None, lambda r: str(r.rng.randint(40, 120))),
        _col("Rebate Amount", None, lambda r: f"${r.rng.randint(1400, 4200)}"),
        _col("gps", None, lambda r: f"{r.rng.uniform(-38.2, -27.3):.5f}, {r.rng.uniform(115.8, 153.1):.5f}"),
        _col("installer_depot", None, lambda r: r.rng.choice(["Dandenong", "Penrith", "Rocklea"])),
    ]),
    ("solar_leads_tr", "TR", [
        _col("talepNo", None, lambda r: _ref(r.rng, "T", 7)),
        _col("ad", PER, lambda r: r.f),
        _col("soyad", PER, lambda r: r.l),
        _col("cepTelefonu", PH, lambda r: r.L.phone("mobile", r.rng.choice(["nat", "intl", "compact"])), 0.05),
        _col("telefonTipi", None, lambda r: r.rng.choice(["cep", "ev", "iş"])),
        _col("ePosta", EM, lambda r: r.email, 0.3),
        _col("adres", ADDR, lambda r: r.addr.one, 0.25, True),
        _col("dogumTarihi", DOB, lambda r: r.L.dob(r.dobd, "num"), 0.5),
        _col("ipAdresi", IP, lambda r: _ip_public_v4(r.rng)),
        _col("kaynak", None, lambda r: r.rng.choice(["Google", "Facebook", "Bayi", "Referans"])),
        _col("catiAlani", None, lambda r: f"{r.rng.randint(40, 400)} m²"),
        _col("aylikFatura", None, lambda r: f"{r.rng.randint(3, 60)}.{r.rng.randint(100, 999)} TL"),
        _col("teklifTutari", None, lambda r: f"₺{r.rng.randint(90, 900)}.000"),
        _col("bayi", None, lambda r: r.rng.choice(["Ankara Ostim", "İzmir Bornova", "Konya Selçuklu"])),
        _col("olusturmaZamani", None, lambda r: _when(r)),
        _col("kvkkOnay", None, lambda r: _yn(r, "evet", "hayır")),
        _col("utmKampanya", None, lambda r: r.rng.choice(["gunes_2026", "ev_tasarruf", "yaz_firsati"])),
    ]),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, cc, cols in _TABLE_SPECS:
        rng = random.Random(f"hollow-table-{seed}-{name}")
        values: list[list[str | None]] = [[] for _ in cols]
        for i in range(rows):
            r = _Row(cc, random.Random(f"hollow-row-{seed}-{name}-{i}"))
            for j, (_h, ent, fn, blank, ph) in enumerate(cols):
                v = fn(r)
                if rng.random() < blank:
                    v = None
                elif ph and rng.random() < 0.04:
                    v = rng.choice(_PLACEHOLDERS)
                values[j].append(v)
        n_pii = sum(c[1] is not None for c in cols)
        assert 15 <= len(cols) <= 22 and len(cols) - n_pii > n_pii, name
        out[name] = [Column(name=h, entity=ent, values=values[j]) for j, (h, ent, _f, _b, _p) in enumerate(cols)]
    return out
