"""Accuracy split "cairn": labelled free texts and structured tables for the PII-scanner benchmark.

DATA CARD
=========
Author / date: helper "cairn", 2026-11-28 (a fixed "today"; nothing reads the clock).

Independence: written from the split-author brief only.  What I read: that brief (which gives the
exact definitions imported from accuracy_data: LABELS, Text, Column, _luhn, _iban_of,
_ip_public_v4, _ip_public_v6), `ls bench/` (file names only), the Faker 40.63 provider directory
listing and sample Faker names, and phonenumbers example numbers / is_valid_number results.  I did
not open accuracy_data.py, accuracy.py, any other split, notes, results, rules, tests, docs or the
scanner's source, and the scanner (and Presidio) was never read or run.  No git, no web.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 60]; the benchmark calls
free_text(500, 7)); structured(rows, seed) -> dict[table, list[Column]] (benchmark: structured(150, 11));
TEMPLATES (60 functions, random.Random -> Text).  Everything is driven by random.Random seeded
from strings ("cairn-{seed}-{i}-...", "cairn-tab-{seed}-{t}"); Faker instances are re-seeded from
that rng before every draw; no sets are iterated; output is identical across processes and
PYTHONHASHSEED values.  Both calls together take about 0.5 s.

Domains: auction house (online bidding, consignments), student accommodation (rooms, deposits,
maintenance), scaffolding & roofing contractor, IT managed-service helpdesk for small offices,
craft bakery (wholesale orders, custom cakes), mortgage broker.

Languages (60 templates): English 32 (55% of texts, written as from US 10, GB 5, CA 3, AU 3, IN 3,
IE 2, ZA 2, NZ 2, KE 1, NG 1) and 28 in 19 other Latin-script languages: German 2, French 2,
Spanish 2, Brazilian Portuguese 2, Dutch 2, Catalan 2, Icelandic 2, Tagalog/Taglish 2, Turkish 2,
Italian 1, Polish 1, Afrikaans 1, Romanian 1, Vietnamese 1, Estonian 1, Lithuanian 1, Slovenian 1,
Swahili 1, Malay 1.  (From the "barely used" list: Catalan, Icelandic, Afrikaans, Tagalog, Malay,
Estonian, Lithuanian, Slovenian, Swahili, Turkish, Romanian, Vietnamese.)

Shapes: e-mails with signatures, '>'-quoted replies and forwarded headers; Slack, Teams, WhatsApp
and live-chat exports; SMS threads; tickets with internal notes; CRM and call notes; a lower-case
speech-to-text transcript; key: value forms, key=value and ';'-separated dumps, JSON lines;
nginx-style access logs and key=value auth logs; a .env config; an OCR'd form (1/I, 0/O noise);
TSV rows pasted from a spreadsheet; notification subjects; two texts with no PII at all
(release notes, bakery production plan).

Value rules: each text draws its own people, values and phrasing from a per-country profile:
names (Faker en_* locales for English-speaking countries plus zu_ZA; hand lists elsewhere, with
gendered Lithuanian/Polish surnames, Icelandic patronymics, Spanish/Catalan double surnames
("i"), Vietnamese family-first order, Malay bin/binti), real towns with matching postcodes and
states/counties, local street names and address layouts, phones generated per region and kept
only if phonenumbers.is_valid_number (national, international, E.164 or bare-digit formats),
local birth-date formats.  Cards come from _luhn (Visa/MC/Amex/Discover, spaced, dashed or
plain); IBANs from _iban_of or, for IS/EE/LT/TR/RO/SI/LV, an own mod-97 builder (spaced or not);
SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits; public IPs
from _ip_public_v4/_v6.  Texts are assembled from parts; _B.done() asserts that every span's
text equals the inserted value, spans do not overlap, and no span starts or ends with quotes,
brackets or punctuation (except a name initial's or street abbreviation's period, or an
address ending in "(VR)"-style province).

Label conventions as applied: PERSON for chat speakers, signatures, greetings (first name only),
"Last, First", "First L.", upper/lower case, first-name-only and surname-only fields, a birthday
child's name; titles (Mrs, Mnr.) are outside; names in shop, company, product and brand names
(Crumb & Co., Grandma Rose's Sourdough, Otto-Dix-Radierung, Steigerbouw De Boer) and pet names are
not labelled.  STREET_ADDRESS: one span for street + postcode + town, one span for a multi-line
block, one span per '>'-quoted line; business addresses in signatures labelled.  LOCATION: home
town, birthplace, moved-from / moved-to town only; depot, branch, office, warehouse and
saleroom towns are not.  DATE_OF_BIRTH only for birth dates; pickup, visit, invoice and log
dates are not.  PASSWORD: plaintext passwords (temp passwords, logged attempts, DB/SMTP
passwords, Wi-Fi keys); API_KEY: secret keys (sk_live_, ghp_, xoxb-, SG., AIza, sk-proj-,
glpat-, AWS secret access keys).  Every e-mail address (role addresses included) and every
valid phone number (business lines included) is labelled; a phone read out digit-by-digit in
the transcript is not a span.

Look-alikes (never labelled): masked cards and last-4, expiry, CVV, auth codes; private IPv4 and
link-local IPv6; version/build strings; sha256 hex, bcrypt and argon2 hashes; UUIDs; order,
invoice, ticket, job, permit, tracking, M-Pesa and booking refs; OTPs, gate/key-safe/door codes,
session ids; IMEIs (Luhn-valid 15 digits); routing/ABA numbers, UK sort codes, SWIFT/BIC,
masked IBANs, KvK/SIRET/VAT numbers; AWS access key ids, Stripe publishable keys, Twilio
account SIDs; GPS coordinates; amounts; timestamps and non-birth dates; company, product and
brand names containing person names; pet names; branch/depot/office towns.

Tables (12; columns PII/look-alike; header style):
  auction_bidders      US  21 = 8/13  snake_case + abbreviations (tel, addr1, dob) + opaque col_7 (IP)
  einlieferungen       DE  18 = 8/10  German headers, opaque field_3 (LOCATION), IBAN
  student_tenants      GB  20 = 9/11  PascalCase, opaque attr2 (guarantor phone), HomeTown
  onderhoudsverzoeken  NL  18 = 5/13  Dutch snake_case (one row per request)
  scaffold_jobs        AU  20 = 5/15  spaced Title Case
  contactes_teulades   ES (Catalan) 16 = 6/10  Catalan headers, first-name and surname columns
  m365_user_export     US  21 = 7/14  camelCase (pwd, api_token, last_public_ip)
  destek_talepleri     TR  17 = 5/12  Turkish snake_case (one row per ticket)
  clients_grossistes   FR  18 = 6/12  French snake_case, IBAN
  cake_orders          IE  20 = 7/13  snake_case, card_no vs card_last4, bday_person_dob
  MORTGAGE_APPLICANTS  US  21 = 9/12  UPPER_SNAKE, SSN, ACCT_NO vs ROUTING_NO, opaque COL_12 (LOCATION)
  dosare.credit        RO  18 = 7/11  dotted Romanian headers
  Total 228 columns: 82 PII, 146 look-alike.  Blanks (None) at 0-60% per column; a few
  placeholders (N/A, -, unknown, n/a, ?) in some PII columns.  Look-alike columns include
  email_verified, phone_type, address_type, dob_verified, password_changed_at, password_hash,
  card_last4, card_exp, SSN_LAST4, NameOfCourse, PetName, session ids, IMEIs, private IPs,
  hashes, company names and branch towns.

Known limits: fixed-line numbers reuse the phonenumbers example prefix of each country, so their
area code does not always match the text's town; US/CA numbers use the town's area code 70% of
the time.  Postcodes are one real-looking code per town, not per street.  Faker English names
for CA/AU are generic en names.  Vietnamese, Malay and Swahili texts are short; only one
template each.  Placeholders in PII columns are left in the column (the column keeps its entity).
Texts do not mix languages except Taglish.
"""


import datetime as _dt
import hashlib
import json
import random
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)
_LABELSET = frozenset(LABELS)

# ----------------------------------------------------------------------------------------------
# Text builder: texts are assembled from parts so every span offset is exact by construction.
# ----------------------------------------------------------------------------------------------


class _B:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def t(self, s: str) -> "_B":
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, s: str, label: str) -> "_B":
        assert label in _LABELSET, label
        assert s and s == s.strip(), repr(s)
        start = self.n
        self.t(s)
        self.spans.append((start, self.n, label))
        self.vals.append(s)
        return self

    def f(self, tpl: str, **kw) -> "_B":
        """str.format-like: a tuple (value, label) is labelled, a str is plain, None renders ''."""
        for lit, field, _spec, _conv in string.Formatter().parse(tpl):
            if lit:
                self.t(lit)
            if field is None:
                continue
            val = kw[field]
            if val is None:
                continue
            if isinstance(val, tuple):
                self.v(val[0], val[1])
            else:
                self.t(str(val))
        return self

    def json_line(self, items) -> "_B":
        """items: (key, value, label-or-None); values render as JSON strings (or raw if int/bool/None)."""
        self.t("{")
        for i, (k, val, lab) in enumerate(items):
            if i:
                self.t(", ")
            self.t(json.dumps(k) + ": ")
            if isinstance(val, str):
                enc = json.dumps(val, ensure_ascii=False)
                assert enc == '"' + val + '"', val
                self.t('"')
                if lab:
                    self.v(val, lab)
                else:
                    self.t(val)
                self.t('"')
            else:
                self.t(json.dumps(val))
        self.t("}")
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        spans = sorted(self.spans)
        prev = 0
        for (s, e, lab) in spans:
            assert s >= prev, ("overlap", text[s:e])
            assert text[s:e] == text[s:e].strip() and e > s
            seg = text[s:e]
            ok_end = seg[-1] not in ".,;:)]}\"'" or (seg[-1] == "." and lab in ("PERSON", "STREET_ADDRESS")) or (seg[-1] == ")" and "(" in seg)
            assert ok_end, (lab, seg)
            assert seg[0] not in "\"'[{<" and (seg[0] != "(" or ")" in seg), (lab, seg)
            prev = e
        for (s, e, lab), val in zip(self.spans, self.vals):
            assert text[s:e] == val, (text[s:e], val)
        return Text(text, [(s, e, lab) for (s, e, lab) in spans])


P = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
CC = "CREDIT_CARD"
SSN = "US_SSN"
BANK = "US_BANK_NUMBER"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
ADDR = "STREET_ADDRESS"
LOC = "LOCATION"
DOB = "DATE_OF_BIRTH"
PWD = "PASSWORD"
KEY = "API_KEY"

# ----------------------------------------------------------------------------------------------
# Small value generators (all driven by the caller's random.Random)
# ----------------------------------------------------------------------------------------------

_FOLD = {"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss",
         "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ħ": "h", "'": "", " ": "", "-": ""}


def _ascii(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "._"))


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sha256(rng):
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def _bcrypt(rng):
    return "$2b$12$" + _alnum(rng, 53, string.ascii_letters + string.digits + "./")


def _argon(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _alnum(rng, 22, string.ascii_letters + string.digits + "+/") + "$" + _alnum(rng, 43, string.ascii_letters + string.digits + "+/")


def _ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _routing(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def _us_account(rng):
    return str(rng.randint(1, 9)) + _digits(rng, rng.choice([7, 9, 10, 11]))


_CARD_PREFIX = [("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]


def _card(rng, spaced=None):
    pre, ln = rng.choice(_CARD_PREFIX)
    num = _luhn(rng, pre, ln)
    style = rng.choice(["plain", "space", "space", "dash"]) if spaced is None else spaced
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _masked_card(rng):
    last = _digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"ending {last}", f"4*** **** **** {last}", f"************{last}"])


def _imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def _mod97_iban(rng, cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


_IBAN_OWN = {  # country -> BBAN builder for countries outside accuracy_data._iban_of
    "IS": lambda r: _digits(r, 22),
    "EE": lambda r: _digits(r, 16),
    "LT": lambda r: "7" + _digits(r, 15),
    "TR": lambda r: _digits(r, 5) + "0" + _digits(r, 16),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _digits(r, 16),
    "SI": lambda r: _digits(r, 15),
    "LV": lambda r: r.choice(["HABA", "UNLA", "PARX"]) + _digits(r, 13),
}


def _iban(rng, cc, spaced=None):
    iban = _mod97_iban(rng, cc, _IBAN_OWN[cc](rng)) if cc in _IBAN_OWN else _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _private_ip(rng):
    return rng.choice([
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"fe80::{_hex(rng, 4)}:{_hex(rng, 4)}",
    ])


def _version(rng):
    return rng.choice(["v", "", "", "build "]) + f"{rng.randint(1, 24)}.{rng.randint(0, 19)}.{rng.randint(0, 40)}"


def _password(rng):
    words = ["Summer", "Winter", "Bakery", "Roofing", "Monkey", "Dragon", "Sunshine", "Tigers", "Kiwi", "Galway",
             "Football", "Letmein", "Welcome", "Cricket", "Aroha", "Banana", "Harbour", "Scaffold", "Crumpet", "Zebra"]
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(words) + str(rng.randint(1, 2026)) + rng.choice("!#$@?*")
    if k == 1:
        return _alnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "#%&*+=?@^_~")
    if k == 2:
        return "-".join(rng.choice(["blue", "otter", "copper", "maple", "river", "sugar", "lantern", "velvet", "north", "pickle", "tidal", "ember"]) for _ in range(3)) + str(rng.randint(10, 99))
    if k == 3:
        w = rng.choice(words)
        return w[0].lower() + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + _digits(rng, 2)
    return rng.choice(words) + rng.choice(["_", ".", ""]) + rng.choice(words).lower() + _digits(rng, rng.randint(1, 4))


def _api_key(rng):
    k = rng.randint(0, 7)
    if k == 0:
        return "sk_live_" + _alnum(rng, 24)
    if k == 1:
        return "ghp_" + _alnum(rng, 36)
    if k == 2:
        return "xoxb-" + _digits(rng, 12) + "-" + _digits(rng, 13) + "-" + _alnum(rng, 24)
    if k == 3:
        return "SG." + _alnum(rng, 22, string.ascii_letters + string.digits + "-_") + "." + _alnum(rng, 43, string.ascii_letters + string.digits + "-_")
    if k == 4:
        return "AIza" + _alnum(rng, 35, string.ascii_letters + string.digits + "-_")
    if k == 5:
        return "sk-proj-" + _alnum(rng, 48, string.ascii_letters + string.digits + "-_")
    if k == 6:
        return _alnum(rng, 40, string.ascii_letters + string.digits + "/+")  # AWS secret access key shape
    return "glpat-" + _alnum(rng, 20, string.ascii_letters + string.digits + "-_")


def _pk(rng):  # publishable / public identifiers: not credentials
    return rng.choice(["pk_live_" + _alnum(rng, 24), "AC" + _hex(rng, 32), "AKIA" + _alnum(rng, 16, string.ascii_uppercase + "234567"),
                       "pk_test_" + _alnum(rng, 24)])


def _swift(rng):
    return rng.choice(["DEUTDEFF", "BOFIIE2D", "NWBKGB2L", "CHASUS33", "ABNANL2A", "BNPAFRPP", "ISBKTRIS", "LANDISRE", "HABAEE2X",
                       "BTRLRO22", "LJBASI2X", "CITIUS33XXX", "SBININBB104", "FIRNZAJJ", "KCBLKENX"])


def _gps(rng):
    return f"{rng.uniform(-45, 65):.5f}, {rng.uniform(-120, 150):.5f}"


def _otp(rng):
    return _digits(rng, 6)


def _ts(rng, days_back=60):
    d = _dt.datetime(2026, 11, 28, 9, 0) - _dt.timedelta(minutes=rng.randint(0, days_back * 1440))
    return d


def _date_recent(rng, back=120, fwd=60):
    return TODAY + _dt.timedelta(days=rng.randint(-back, fwd))


def _dob_date(rng):
    return _dt.date(rng.randint(1944, 2007), rng.randint(1, 12), rng.randint(1, 28))


# ----------------------------------------------------------------------------------------------
# Country profiles: names, towns with their postcodes (and state/county), streets, address
# layout, phone region, birth-date format, mail domains.  Hand-made so that each text's
# values agree with its country.
# ----------------------------------------------------------------------------------------------

_C = {}


def _country(code, **kw):
    kw["code"] = code
    _C[code] = kw


_country("US", faker="en_US", region="US", dob=["%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%Y-%m-%d"],
         towns=[("Columbus", "43215", "OH", "614"), ("Tacoma", "98402", "WA", "253"), ("Boise", "83702", "ID", "208"),
                ("Raleigh", "27601", "NC", "919"), ("Tucson", "85701", "AZ", "520"), ("Dayton", "45402", "OH", "937"),
                ("Albany", "12207", "NY", "518"), ("Madison", "53703", "WI", "608"), ("Omaha", "68102", "NE", "402"),
                ("Savannah", "31401", "GA", "912")],
         streets=["Maple Ave", "N High St", "Elm Street", "Oak Ridge Dr", "W 3rd St", "Lakeview Blvd", "Cedar Ln", "Pine Street", "Washington Ave", "Sunset Ct"],
         unit=[", Apt {n}", ", Apt. {n}B", ", Unit {n}", " #{n}", ", Ste {n}"],
         addr="{num} {street}{unit}|{town}, {reg} {pc}", mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"])
_country("GB", faker="en_GB", region="GB", iban="GB", dob=["%d/%m/%Y", "%d %B %Y", "%d.%m.%y"],
         towns=[("Harrogate", "HG1 2AB", "", ""), ("Leeds", "LS6 3HN", "", ""), ("Bristol", "BS7 8PL", "", ""), ("Norwich", "NR2 4DT", "", ""),
                ("Swansea", "SA1 6QW", "", ""), ("Derby", "DE22 1EZ", "", ""), ("Bath", "BA2 3LH", "", ""), ("Stockport", "SK4 2JX", "", ""),
                ("Exeter", "EX4 6AY", "", ""), ("Dundee", "DD1 4HN", "", "")],
         streets=["Mill Lane", "Church Road", "Victoria Street", "Kingsway", "Park Crescent", "Station Road", "The Green", "Holly Close", "Albert Terrace", "Grange Avenue"],
         unit=["Flat {n}, ", "Flat {n}B, ", "Room {n}, "], unit_first=True,
         addr="{unit}{num} {street}|{town} {pc}", mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"])
_country("CA", faker="en_CA", region="CA", dob=["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y"],
         towns=[("Toronto", "M5H 2N2", "ON", "416"), ("Ottawa", "K1P 5J2", "ON", "613"), ("Halifax", "B3J 1S9", "NS", "902"),
                ("Calgary", "T2P 1J9", "AB", "403"), ("Winnipeg", "R3C 4T3", "MB", "204"), ("Kelowna", "V1Y 6H2", "BC", "250"),
                ("Saskatoon", "S7K 1J5", "SK", "306"), ("London", "N6A 3K7", "ON", "519")],
         streets=["Queen St W", "Bay Street", "Elgin St", "Spring Garden Rd", "Portage Ave", "Bernard Ave", "8 Ave SW", "Richmond St"],
         unit=["Unit {n}, ", "Apt {n}, ", "Suite {n}, "], unit_first=True,
         addr="{unit}{num} {street}|{town}, {reg} {pc}", mail=["gmail.com", "rogers.com", "sympatico.ca", "shaw.ca", "outlook.com"])
_country("AU", faker="en_AU", region="AU", dob=["%d/%m/%Y", "%d %B %Y", "%d-%m-%Y"],
         towns=[("Fitzroy", "3065", "VIC", ""), ("Newtown", "2042", "NSW", ""), ("Toowong", "4066", "QLD", ""), ("Fremantle", "6160", "WA", ""),
                ("Glenelg", "5045", "SA", ""), ("Sandy Bay", "7005", "TAS", ""), ("Geelong", "3220", "VIC", ""), ("Wollongong", "2500", "NSW", "")],
         streets=["Banksia St", "Brunswick Street", "King St", "High Street", "Jetty Rd", "Wattle Ave", "Esplanade", "Coronation Dr"],
         unit=["Unit {n}/", "{n}/"], unit_first=True,
         addr="{unit}{num} {street}|{town} {reg} {pc}", mail=["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"])
_country("IN", faker="en_IN", region="IN", dob=["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"],
         towns=[("Pune", "411001", "Maharashtra", ""), ("Bengaluru", "560038", "Karnataka", ""), ("Chennai", "600017", "Tamil Nadu", ""),
                ("Jaipur", "302001", "Rajasthan", ""), ("Kochi", "682016", "Kerala", ""), ("Hyderabad", "500034", "Telangana", ""),
                ("Lucknow", "226001", "Uttar Pradesh", ""), ("Indore", "452001", "Madhya Pradesh", "")],
         streets=["MG Road", "100 Feet Road", "Station Road", "Nehru Nagar", "Anna Salai", "Park Street", "Civil Lines", "Banjara Hills Road No 12"],
         unit=["Flat {n}, ", "Flat No. {n}, Sai Residency, ", "House No. {n}, "], unit_first=True,
         addr="{unit}{num} {street}|{town} - {pc}", mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"])
_country("IE", faker="en_IE", region="IE", iban="IE", dob=["%d/%m/%Y", "%d %B %Y"],
         towns=[("Ballincollig", "P31 X2Y4", "Co. Cork", ""), ("Galway", "H91 E2K3", "Co. Galway", ""), ("Navan", "C15 P7W2", "Co. Meath", ""),
                ("Tralee", "V92 HT27", "Co. Kerry", ""), ("Drogheda", "A92 C6T0", "Co. Louth", ""), ("Sligo", "F91 YX44", "Co. Sligo", ""),
                ("Kilkenny", "R95 D2F8", "Co. Kilkenny", ""), ("Athlone", "N37 K2X8", "Co. Westmeath", "")],
         streets=["Ashgrove Park", "Main Street", "Church View", "The Crescent", "Abbey Road", "Greenfields Drive", "Fairgreen Terrace", "Mary Street"],
         unit=["Apt {n}, ", "{n} "], unit_first=True, num_opt=True,
         addr="{unit}{num} {street}|{town}|{reg} {pc}", mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"])
_country("ZA", faker="en_ZA", region="ZA", dob=["%Y/%m/%d", "%d/%m/%Y", "%d %B %Y"],
         towns=[("Cape Town", "8001", "", ""), ("Durban", "4001", "", ""), ("Pretoria", "0083", "", ""), ("Stellenbosch", "7600", "", ""),
                ("Gqeberha", "6001", "", ""), ("Bloemfontein", "9301", "", ""), ("Johannesburg", "2196", "", ""), ("Pietermaritzburg", "3201", "", "")],
         streets=["Kloof Street", "Florida Road", "Jan Smuts Avenue", "Dorp Street", "Church Street", "Main Road", "Nelson Mandela Drive", "Voortrekker Road"],
         unit=["Unit {n}, ", "{n} Protea Court, "], unit_first=True,
         addr="{unit}{num} {street}|{town}|{pc}", mail=["gmail.com", "webmail.co.za", "telkomsa.net", "outlook.com", "mweb.co.za"])
_country("NZ", faker="en_NZ", region="NZ", dob=["%d/%m/%Y", "%d %B %Y", "%d/%m/%y"],
         towns=[("Christchurch", "8011", "", ""), ("Dunedin", "9016", "", ""), ("Hamilton", "3204", "", ""), ("Tauranga", "3110", "", ""),
                ("Nelson", "7010", "", ""), ("Palmerston North", "4410", "", ""), ("Wellington", "6011", "", ""), ("Napier", "4110", "", "")],
         streets=["Rata Street", "Riccarton Road", "George Street", "Cameron Road", "Trafalgar Street", "Cuba Street", "Marine Parade", "Victoria Avenue"],
         unit=["Flat {n}, ", "{n}/"], unit_first=True,
         addr="{unit}{num} {street}|{town} {pc}", mail=["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"])
_country("KE", faker="en_KE", region="KE", dob=["%d/%m/%Y", "%d-%m-%Y"],
         towns=[("Nairobi", "00100", "", ""), ("Mombasa", "80100", "", ""), ("Kisumu", "40100", "", ""), ("Nakuru", "20100", "", ""),
                ("Eldoret", "30100", "", ""), ("Thika", "01000", "", "")],
         streets=["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Kimathi Street", "Nyerere Road"],
         unit=["Apt {n}, ", "House {n}, "], unit_first=True,
         addr="{unit}{num} {street}|{town} {pc}", mail=["gmail.com", "yahoo.com", "outlook.com"])
_country("NG", faker="en_NG", region="NG", dob=["%d/%m/%Y", "%d-%b-%Y"],
         towns=[("Lagos", "101241", "Lagos State", ""), ("Ibadan", "200221", "Oyo State", ""), ("Abuja", "900211", "FCT", ""),
                ("Enugu", "400102", "Enugu State", ""), ("Port Harcourt", "500272", "Rivers State", "")],
         streets=["Adeola Odeku Street", "Allen Avenue", "Ring Road", "Aminu Kano Crescent", "Ogui Road", "Aba Road"],
         unit=["Flat {n}, "], unit_first=True,
         addr="{unit}{num} {street}|{town}|{reg}", mail=["gmail.com", "yahoo.com", "outlook.com"])
_country("DE", region="DE", dob=["%d.%m.%Y", "%d.%m.%y"], iban="DE",
         first_f=["Anna", "Lena", "Sabine", "Jana", "Katrin", "Monika", "Julia", "Ursula"], first_m=["Jonas", "Lukas", "Thomas", "Stefan", "Jürgen", "Felix", "Matthias", "Uwe"],
         last=["Müller", "Schmidt", "Becker", "Hoffmann", "Schäfer", "Koch", "Wagner", "Krüger", "Vogel", "Zimmermann", "Weiß", "Lehmann"],
         towns=[("München", "80331", "", ""), ("Leipzig", "04109", "", ""), ("Bremen", "28195", "", ""), ("Freiburg", "79098", "", ""),
                ("Münster", "48143", "", ""), ("Kassel", "34117", "", ""), ("Rostock", "18055", "", ""), ("Mainz", "55116", "", "")],
         streets=["Lindenstraße", "Hauptstraße", "Am Markt", "Goethestraße", "Bahnhofstraße", "Schillerweg", "Gartenstraße", "Rosenweg"],
         unit=[", {n}. OG", ", Whg. {n}"], addr="{street} {num}{unit}|{pc} {town}", mail=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"])
_country("FR", region="FR", dob=["%d/%m/%Y"], iban="FR",
         first_f=["Camille", "Léa", "Chloé", "Manon", "Isabelle", "Nathalie", "Inès", "Margaux"], first_m=["Julien", "Thomas", "Nicolas", "Théo", "Mathieu", "Hugo", "Olivier", "Rémi"],
         last=["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Mercier", "Lambert", "Faure"],
         towns=[("Lyon", "69003", "", ""), ("Nantes", "44000", "", ""), ("Rennes", "35000", "", ""), ("Bordeaux", "33000", "", ""),
                ("Lille", "59000", "", ""), ("Montpellier", "34000", "", ""), ("Tours", "37000", "", ""), ("Grenoble", "38000", "", "")],
         streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "allée des Tilleuls", "rue Nationale", "place du Marché", "chemin des Vignes"],
         unit=["Bât. B, ", "Appt {n}, "], unit_first=True, addr="{unit}{num} {street}|{pc} {town}", mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"])
_country("ES", region="ES", dob=["%d/%m/%Y", "%d-%m-%Y"], iban="ES",
         first_f=["Lucía", "María", "Carmen", "Paula", "Elena", "Marta", "Rocío", "Alba"], first_m=["Javier", "Pablo", "Alejandro", "Sergio", "Manuel", "Álvaro", "Diego", "Iván"],
         last=["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Domínguez", "Gil", "Ortega", "Rubio"], two_surnames=True,
         towns=[("Madrid", "28013", "", ""), ("Sevilla", "41004", "", ""), ("Valencia", "46002", "", ""), ("Zaragoza", "50001", "", ""),
                ("Málaga", "29015", "", ""), ("Valladolid", "47001", "", ""), ("Murcia", "30004", "", ""), ("Salamanca", "37002", "", "")],
         streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de la Castellana", "Calle Real", "Plaza de España", "Calle San Vicente"],
         unit=[", {n}º B", ", {n}º izq.", ", bajo"], addr="{street}, {num}{unit}|{pc} {town}", mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"])
_country("CAT", region="ES", dob=["%d/%m/%Y"], iban="ES",
         first_f=["Núria", "Montserrat", "Laia", "Mireia", "Aina", "Berta", "Roser", "Marta"], first_m=["Jordi", "Pau", "Oriol", "Arnau", "Joan", "Xavier", "Marc", "Pere"],
         last=["Puig", "Vilà", "Soler", "Ferrer", "Casals", "Serra", "Roca", "Font", "Pujol", "Bosch", "Riera", "Camps"], two_surnames=True, conj=" i ",
         towns=[("Barcelona", "08013", "", ""), ("Girona", "17001", "", ""), ("Lleida", "25002", "", ""), ("Tarragona", "43001", "", ""),
                ("Vic", "08500", "", ""), ("Manresa", "08241", "", ""), ("Sabadell", "08201", "", ""), ("Reus", "43201", "", "")],
         streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Rambla Nova", "Carrer del Sol", "Plaça de la Vila", "Carrer de la Riera"],
         unit=[", {n}r 2a", ", baixos", ", {n}r 1a"], addr="{street}, {num}{unit}|{pc} {town}", mail=["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"])
_country("BR", region="BR", dob=["%d/%m/%Y"], iban="BR",
         first_f=["Ana", "Juliana", "Beatriz", "Fernanda", "Larissa", "Camila", "Patrícia", "Luana"], first_m=["João", "Rafael", "Gustavo", "Lucas", "Thiago", "Marcelo", "Bruno", "Diego"],
         last=["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ribeiro", "Carvalho", "Gomes", "Rocha", "Barbosa"], two_surnames=True,
         towns=[("Curitiba", "80010-000", "PR", ""), ("Belo Horizonte", "30130-010", "MG", ""), ("Recife", "50030-230", "PE", ""),
                ("Porto Alegre", "90010-150", "RS", ""), ("Campinas", "13015-000", "SP", ""), ("Salvador", "40020-000", "BA", ""), ("Florianópolis", "88010-400", "SC", "")],
         streets=["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua da Bahia", "Avenida Sete de Setembro", "Rua Chile", "Rua dos Andradas"],
         unit=[", apto {n}", ", casa {n}", ", bloco B"], addr="{street}, {num}{unit}|{town} - {reg}|{pc}", mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"])
_country("IT", region="IT", dob=["%d/%m/%Y", "%d-%m-%Y"], iban="IT",
         first_f=["Giulia", "Chiara", "Francesca", "Sara", "Valentina", "Elisa", "Martina", "Federica"], first_m=["Luca", "Marco", "Andrea", "Matteo", "Davide", "Simone", "Giorgio", "Paolo"],
         last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"],
         towns=[("Milano", "20121", "MI", ""), ("Bologna", "40126", "BO", ""), ("Torino", "10123", "TO", ""), ("Verona", "37121", "VR", ""),
                ("Padova", "35122", "PD", ""), ("Bari", "70121", "BA", ""), ("Firenze", "50123", "FI", ""), ("Trento", "38122", "TN", "")],
         streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Dante", "Via dei Mille", "Viale Trieste"],
         unit=[", int. {n}", ", scala B"], addr="{street} {num}{unit}|{pc} {town} ({reg})", mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"])
_country("NL", region="NL", dob=["%d-%m-%Y", "%d/%m/%Y"], iban="NL",
         first_f=["Sanne", "Fleur", "Lotte", "Anouk", "Eva", "Marieke", "Femke", "Iris"], first_m=["Daan", "Bram", "Sem", "Jeroen", "Thijs", "Ruben", "Pieter", "Niels"],
         last=["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Boer", "Mulder", "van Dijk", "Bos", "Vermeulen", "Hendriks"],
         towns=[("Utrecht", "3512 JE", "", ""), ("Groningen", "9711 LM", "", ""), ("Leiden", "2311 EW", "", ""), ("Nijmegen", "6511 PP", "", ""),
                ("Eindhoven", "5611 AZ", "", ""), ("Delft", "2611 GP", "", ""), ("Zwolle", "8011 ND", "", ""), ("Haarlem", "2011 LR", "", "")],
         streets=["Kerkstraat", "Oudegracht", "Molenweg", "Stationsplein", "Lange Nieuwstraat", "Herengracht", "Dorpsstraat", "Julianalaan"],
         unit=["-{n}", " bis", "A"], addr="{street} {num}{unit}|{pc} {town}", mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"])
_country("PL", region="PL", dob=["%d.%m.%Y", "%d-%m-%Y"], iban="PL",
         first_f=["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Zofia", "Joanna", "Ewa", "Natalia"], first_m=["Piotr", "Tomasz", "Krzysztof", "Paweł", "Michał", "Jakub", "Marcin", "Łukasz"],
         last_m=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"],
         last_f=["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska"],
         towns=[("Kraków", "31-042", "", ""), ("Poznań", "61-809", "", ""), ("Gdańsk", "80-831", "", ""), ("Wrocław", "50-077", "", ""),
                ("Lublin", "20-076", "", ""), ("Łódź", "90-411", "", ""), ("Toruń", "87-100", "", "")],
         streets=["ul. Długa", "ul. Floriańska", "ul. Mickiewicza", "al. Jana Pawła II", "ul. Piotrkowska", "ul. Słowackiego", "ul. Ogrodowa"],
         unit=["/{n}", " m. {n}"], addr="{street} {num}{unit}|{pc} {town}", mail=["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"])
_country("IS", region="IS", dob=["%d.%m.%Y", "%d/%m/%Y"], iban="IS",
         first_f=["Guðrún", "Sigríður", "Kristín", "Helga", "Anna", "Katrín", "Sólveig", "Hildur"], first_m=["Jón", "Sigurður", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán"],
         fathers=["Jóns", "Sigurðar", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnús", "Stefáns", "Guðmundar", "Helga"],
         towns=[("Reykjavík", "101", "", ""), ("Kópavogur", "200", "", ""), ("Hafnarfjörður", "220", "", ""), ("Akureyri", "600", "", ""),
                ("Selfoss", "800", "", ""), ("Egilsstaðir", "700", "", ""), ("Ísafjörður", "400", "", ""), ("Garðabær", "210", "", "")],
         streets=["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hafnarstræti", "Borgarbraut", "Austurvegur", "Digranesvegur", "Strandgata"],
         unit=[", íbúð {n}0{n}"], addr="{street} {num}{unit}|{pc} {town}", mail=["simnet.is", "gmail.com", "internet.is", "hotmail.com"])
_country("AF", region="ZA", dob=["%Y-%m-%d", "%d/%m/%Y"],
         first_f=["Anri", "Elmarie", "Marelize", "Liezl", "Annelie", "Chantelle", "Riana", "Karlien"], first_m=["Johan", "Pieter", "Hendrik", "Wikus", "Riaan", "Gerrit", "Jaco", "Francois"],
         last=["van der Merwe", "Botha", "Pretorius", "Nel", "du Plessis", "Venter", "Coetzee", "Steyn", "Joubert", "Smit", "Kruger", "Fourie"],
         towns=[("Stellenbosch", "7600", "", ""), ("Paarl", "7646", "", ""), ("George", "6529", "", ""), ("Bloemfontein", "9301", "", ""),
                ("Potchefstroom", "2531", "", ""), ("Worcester", "6850", "", ""), ("Oudtshoorn", "6625", "", "")],
         streets=["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Hoofweg", "Bloemstraat", "Molenstraat", "Eikelaan"],
         unit=["Eenheid {n}, "], unit_first=True, addr="{unit}{street} {num}|{town}|{pc}", mail=["gmail.com", "mweb.co.za", "vodamail.co.za", "telkomsa.net"])
_country("PHL", region="PH", dob=["%m/%d/%Y", "%B %d, %Y"],
         first_f=["Maria Cristina", "Jocelyn", "Rowena", "Liza", "Mary Grace", "Kristine", "Angelica", "Rhea"], first_m=["Jose", "Mark Anthony", "Rodel", "Jun", "Christian", "Ramil", "Jomar", "Paolo"],
         last=["Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Garcia", "Aquino", "Ramos", "Castillo", "Manalo", "Navarro"],
         towns=[("Quezon City", "1100", "", ""), ("Pasig", "1600", "", ""), ("Cebu City", "6000", "", ""), ("Davao City", "8000", "", ""),
                ("Iloilo City", "5000", "", ""), ("Marikina", "1800", "", ""), ("Antipolo", "1870", "", "")],
         streets=["Rizal St.", "Mabini St.", "Aurora Blvd.", "Kalayaan Ave.", "Katipunan Ave.", "Osmeña Blvd.", "Luna St."],
         unit=["Unit {n}, ", "Blk {n} Lot 4, "], unit_first=True, addr="{unit}{num} {street}|{town} {pc}", mail=["gmail.com", "yahoo.com", "yahoo.com.ph"])
_country("TR", region="TR", dob=["%d.%m.%Y", "%d/%m/%Y"], iban="TR",
         first_f=["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Esra", "Fatma", "Derya"], first_m=["Mehmet", "Mustafa", "Emre", "Burak", "Can", "Oğuz", "Hakan", "Serkan"],
         last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Koç"],
         towns=[("İstanbul", "34710", "Kadıköy", ""), ("Ankara", "06690", "Çankaya", ""), ("İzmir", "35250", "Konak", ""), ("Bursa", "16110", "Nilüfer", ""),
                ("Antalya", "07040", "Muratpaşa", ""), ("Eskişehir", "26010", "Odunpazarı", "")],
         streets=["Atatürk Cad.", "Bağdat Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı", "Fevzi Çakmak Sok.", "Barbaros Cad."],
         unit=[" D:{n}", " Daire {n}"], addr="{street} No:{num}{unit}|{pc} {reg}/{town}", mail=["gmail.com", "hotmail.com", "yandex.com", "outlook.com"])
_country("RO", region="RO", dob=["%d.%m.%Y", "%d/%m/%Y"], iban="RO",
         first_f=["Ioana", "Andreea", "Elena", "Mihaela", "Cristina", "Raluca", "Alexandra", "Diana"], first_m=["Andrei", "Mihai", "Alexandru", "Bogdan", "Ionuț", "Cătălin", "Vlad", "Radu"],
         last=["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Constantin", "Munteanu", "Stoica", "Gheorghe", "Rusu", "Matei", "Ciobanu"],
         towns=[("Cluj-Napoca", "400083", "", ""), ("Iași", "700259", "", ""), ("Timișoara", "300041", "", ""), ("Brașov", "500030", "", ""),
                ("Constanța", "900178", "", ""), ("Sibiu", "550182", "", ""), ("Oradea", "410087", "", "")],
         streets=["Str. Avram Iancu", "Bd. Eroilor", "Str. Mihai Viteazu", "Calea Dorobanților", "Str. Republicii", "Bd. Independenței"],
         unit=[", bl. A{n}, ap. {n}", ", sc. 2, ap. {n}"], addr="{street} nr. {num}{unit}|{pc} {town}", mail=["yahoo.com", "gmail.com", "yahoo.ro"])
_country("VN", region="VN", dob=["%d/%m/%Y"],
         first_f=["Thị Lan", "Thu Hà", "Ngọc Anh", "Thị Hương", "Minh Thư", "Phương Linh"], first_m=["Văn Nam", "Minh Tuấn", "Đức Anh", "Quang Huy", "Văn Hùng", "Thanh Tùng"],
         last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"], family_first=True,
         towns=[("Hà Nội", "100000", "", ""), ("TP. Hồ Chí Minh", "700000", "", ""), ("Đà Nẵng", "550000", "", ""), ("Huế", "530000", "", ""),
                ("Cần Thơ", "900000", "", ""), ("Hải Phòng", "180000", "", "")],
         streets=["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"],
         unit=[", Phường Bến Nghé", ", Phường 6"], addr="{num} {street}{unit}|{town}", mail=["gmail.com", "yahoo.com.vn", "outlook.com"])
_country("EE", region="EE", dob=["%d.%m.%Y"], iban="EE",
         first_f=["Kadri", "Triin", "Liis", "Kristiina", "Merike", "Anu", "Kätlin", "Maarja"], first_m=["Andres", "Tõnu", "Mart", "Priit", "Rasmus", "Siim", "Jaan", "Margus"],
         last=["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Oja"],
         towns=[("Tallinn", "10115", "", ""), ("Tartu", "50090", "", ""), ("Pärnu", "80010", "", ""), ("Narva", "20308", "", ""),
                ("Viljandi", "71020", "", ""), ("Rakvere", "44307", "", "")],
         streets=["Tartu mnt", "Narva mnt", "Rüütli tn", "Pikk tn", "Riia tn", "Vabaduse pst", "Kalda tee"],
         unit=["-{n}"], addr="{street} {num}{unit}|{pc} {town}", mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"])
_country("LT", region="LT", dob=["%Y-%m-%d", "%Y.%m.%d"], iban="LT",
         first_f=["Ieva", "Rūta", "Agnė", "Gintarė", "Eglė", "Jurgita", "Laura", "Aistė"], first_m=["Tomas", "Mantas", "Darius", "Lukas", "Vytautas", "Jonas", "Paulius", "Andrius"],
         last_m=["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas"],
         last_f=["Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė", "Butkienė", "Paulauskaitė"],
         towns=[("Vilnius", "LT-01103", "", ""), ("Kaunas", "LT-44280", "", ""), ("Klaipėda", "LT-92228", "", ""), ("Šiauliai", "LT-76285", "", ""),
                ("Panevėžys", "LT-35173", "", ""), ("Alytus", "LT-62141", "", "")],
         streets=["Gedimino pr.", "Laisvės al.", "Pylimo g.", "Savanorių pr.", "Vilniaus g.", "Taikos pr."],
         unit=["-{n}"], addr="{street} {num}{unit}|{pc} {town}", mail=["gmail.com", "one.lt", "inbox.lt", "yahoo.com"])
_country("SI", region="SI", dob=["%d. %m. %Y", "%d.%m.%Y"], iban="SI",
         first_f=["Maja", "Nina", "Petra", "Mojca", "Špela", "Tina", "Urška", "Barbara"], first_m=["Luka", "Matej", "Jure", "Rok", "Aleš", "Gregor", "Blaž", "Primož"],
         last=["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob", "Turk"],
         towns=[("Ljubljana", "1000", "", ""), ("Maribor", "2000", "", ""), ("Celje", "3000", "", ""), ("Kranj", "4000", "", ""),
                ("Koper", "6000", "", ""), ("Novo mesto", "8000", "", ""), ("Ptuj", "2250", "", "")],
         streets=["Slovenska cesta", "Trubarjeva ulica", "Gosposvetska cesta", "Prešernova ulica", "Tržaška cesta", "Cankarjeva ulica"],
         unit=[""], addr="{street} {num}{unit}|{pc} {town}", mail=["gmail.com", "siol.net", "t-2.net", "amis.net"])
_country("SW", region="KE", dob=["%d/%m/%Y"],
         first_f=["Wanjiku", "Achieng", "Amina", "Zawadi", "Nyambura", "Mwanaisha", "Neema", "Halima"], first_m=["Otieno", "Baraka", "Juma", "Mwangi", "Kiprono", "Hassan", "Onyango", "Salim"],
         last=["Kamau", "Ochieng", "Mwangi", "Wambui", "Kiptoo", "Mohamed", "Njoroge", "Akinyi", "Mutua", "Omondi", "Chebet", "Said"],
         towns=[("Nairobi", "00100", "", ""), ("Mombasa", "80100", "", ""), ("Kisumu", "40100", "", ""), ("Malindi", "80200", "", ""),
                ("Nyeri", "10100", "", ""), ("Machakos", "90100", "", "")],
         streets=["Barabara ya Moi", "Mtaa wa Biashara", "Ngong Road", "Digo Road", "Barabara ya Kenyatta", "Mtaa wa Haile Selassie"],
         unit=["Nyumba {n}, "], unit_first=True, addr="{unit}{num} {street}|{town} {pc}", mail=["gmail.com", "yahoo.com"])
_country("MY", region="MY", dob=["%d/%m/%Y", "%d-%m-%Y"],
         first_f=["Nurul Aina", "Siti Aisyah", "Farah", "Nur Izzati", "Aishah", "Syafiqah", "Hidayah", "Aqilah"], first_m=["Muhammad Hafiz", "Ahmad Faizal", "Amirul", "Hakim", "Firdaus", "Arif", "Syahmi", "Zulkifli"],
         last_f=["binti Abdullah", "binti Hassan", "binti Ismail", "binti Osman", "binti Yusof"], last_m=["bin Ismail", "bin Osman", "bin Abdullah", "bin Rahman", "bin Yusof"], malay=True,
         towns=[("Kuala Lumpur", "50450", "", ""), ("Petaling Jaya", "46200", "Selangor", ""), ("Shah Alam", "40000", "Selangor", ""),
                ("Johor Bahru", "80000", "Johor", ""), ("George Town", "10200", "Pulau Pinang", ""), ("Ipoh", "30450", "Perak", ""), ("Kota Bharu", "15000", "Kelantan", "")],
         streets=["Jalan Ampang", "Jalan SS 2/24", "Jalan Tun Razak", "Jalan Bukit Bintang", "Lorong Kenari", "Jalan Sultan Ismail", "Jalan Masjid"],
         unit=["No. {n}, ", "Lot {n}, ", "A-{n}-3, "], unit_first=True, unit_always=True, addr="{unit}{street}|{pc} {town}", mail=["gmail.com", "yahoo.com", "hotmail.my"])


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


class _Person:
    __slots__ = ("first", "last", "g", "cc")

    def __init__(self, first, last, g, cc):
        self.first, self.last, self.g, self.cc = first, last, g, cc

    @property
    def full(self):
        if self.cc == "VN":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def surname(self):  # the part one would address by surname
        if self.cc == "MY":
            return self.first
        if self.cc in ("ES", "CAT", "BR"):
            return self.last.split(" ")[0]
        return self.last

    @property
    def given(self):
        if self.cc == "VN":
            return self.first.split(" ")[-1]
        return self.first


_PHT = phonenumbers.PhoneNumberType
_PHF = phonenumbers.PhoneNumberFormat


class _Ctx:
    def __init__(self, rng: random.Random, cc: str):
        self.r = rng
        self.cc = cc
        self.c = _C[cc]
        self._town = None
        self._used: list[str] = []

    # ---- people
    def person(self, g=None) -> _Person:
        for _ in range(6):
            p = self._person(g)
            if p.given not in self._used and p.surname not in self._used:
                break
        self._used += [p.given, p.surname]
        return p

    def _person(self, g=None) -> _Person:
        r, c = self.r, self.c
        g = g or r.choice("fm")
        if "faker" in c and not (self.cc == "ZA" and r.random() < 0.5):
            loc = c["faker"]
            if self.cc == "ZA":
                loc = "en_US"
            fk = _faker(loc)
            fk.seed_instance(r.getrandbits(32))
            first = fk.first_name_female() if g == "f" else fk.first_name_male()
            last = fk.last_name()
            return _Person(first, last, g, self.cc)
        if self.cc == "ZA":
            fk = _faker("zu_ZA")
            fk.seed_instance(r.getrandbits(32))
            first = fk.first_name_female() if g == "f" else fk.first_name_male()
            return _Person(first, fk.last_name(), g, self.cc)
        first = r.choice(c["first_f"] if g == "f" else c["first_m"])
        if "fathers" in c:
            last = r.choice(c["fathers"]) + ("dóttir" if g == "f" else "son")
        elif "last_f" in c:
            last = r.choice(c["last_f"] if g == "f" else c["last_m"])
        else:
            last = r.choice(c["last"])
            if c.get("two_surnames") and r.random() < 0.6:
                other = r.choice([x for x in c["last"] if x != last])
                last = last + (c.get("conj", " ") if r.random() < 0.3 else " ") + other
        return _Person(first, last, g, self.cc)

    def name(self, p: _Person, style=None) -> str:
        r = self.r
        if style is None:
            style = r.choice(["full", "full", "full", "first", "last_first", "initial", "upper", "lower", "surname"])
        if style == "full":
            return p.full
        if style == "first":
            return p.given
        if style == "surname":
            return p.surname
        if style == "last_first":
            return f"{p.surname}, {p.given}" if p.cc not in ("VN", "MY", "IS") else p.full
        if style == "initial":
            return f"{p.given} {p.surname[:1].upper()}." if p.cc not in ("MY", "VN") else p.full
        if style == "upper":
            return p.full.upper()
        if style == "lower":
            return p.full.lower()
        raise ValueError(style)

    def email(self, p: _Person, domain=None) -> str:
        r = self.r
        f, last = _ascii(p.given).lower(), _ascii(p.surname).lower()
        if p.cc == "MY":
            f, last = _ascii(p.first.split(" ")[0]).lower(), _ascii(p.last.split(" ")[-1]).lower()
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f[:1]}{last}", f"{f}_{last}{r.randint(1, 99)}", f"{last}.{f[:1]}", f"{f}{r.randint(70, 2008)}", f"{f}.{last}"])
        if domain is None:
            domain = r.choice(self.c["mail"])
        return f"{local}@{domain}"

    # ---- places
    def town(self, fresh=False):
        if self._town is None or fresh:
            self._town = self.r.choice(self.c["towns"])
        return self._town

    def other_town(self):
        t0 = self.town()
        return self.r.choice([t for t in self.c["towns"] if t[0] != t0[0]])

    def addr_lines(self, town=None, unit=None) -> list[str]:
        r, c = self.r, self.c
        tw = town or self.r.choice(c["towns"])
        if unit is None:
            unit = c.get("unit_always") or r.random() < 0.35
        u = r.choice(c["unit"]).format(n=r.randint(1, 6 if self.cc in ("ES", "CAT", "DE") else 48)) if unit else ""
        num = str(r.randint(1, 240))
        if self.cc in ("US",):
            num = str(r.randint(100, 9899))
        s = c["addr"].format(num=num, street=r.choice(c["streets"]), unit=u, town=tw[0], pc=tw[1], reg=tw[2])
        return [x.strip().rstrip(",") for x in s.split("|")]

    def addr(self, town=None, unit=None) -> str:
        return ", ".join(self.addr_lines(town, unit))

    # ---- numbers
    def phone(self, kind="m", style=None) -> str:
        r, c = self.r, self.c
        region = c["region"]
        for _ in range(200):
            if region in ("US", "CA"):
                area = self.town()[3] if r.random() < 0.7 else r.choice([t[3] for t in c["towns"]])
                nsn = area + str(r.randint(2, 9)) + _digits(r, 2) + _digits(r, 4)
                if nsn[3:6] == "555":
                    continue
                cc_ = 1
            else:
                ex = phonenumbers.example_number_for_type(region, _PHT.MOBILE if kind == "m" else _PHT.FIXED_LINE)
                base = phonenumbers.national_significant_number(ex)
                k = min(6, len(base) - 3)
                nsn = base[:-k] + _digits(r, k)
                if kind == "m" and r.random() < 0.5 and len(base) > 8:
                    nsn = base[:2] + _digits(r, len(base) - 2)
                cc_ = ex.country_code
            try:
                pn = phonenumbers.parse(f"+{cc_}{nsn}")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(pn) or phonenumbers.region_code_for_number(pn) != region:
                continue
            if region not in ("US", "CA"):
                t = phonenumbers.number_type(pn)
                want = (_PHT.MOBILE, _PHT.FIXED_LINE_OR_MOBILE) if kind == "m" else (_PHT.FIXED_LINE, _PHT.FIXED_LINE_OR_MOBILE)
                if t not in want:
                    continue
            break
        else:
            raise RuntimeError("no phone for " + region)
        st = style or r.choice(["nat", "nat", "intl", "intl", "e164", "compact"])
        if st == "nat":
            s = phonenumbers.format_number(pn, _PHF.NATIONAL)
            if region == "LT":
                s = "8 " + s.replace("(0-", "").replace(")", "")
        elif st == "intl":
            s = phonenumbers.format_number(pn, _PHF.INTERNATIONAL)
        elif st == "e164":
            s = phonenumbers.format_number(pn, _PHF.E164)
        else:
            s = "".join(ch for ch in phonenumbers.format_number(pn, _PHF.NATIONAL) if ch.isdigit())
            if region == "LT":
                s = "8" + s[1:] if s.startswith("0") else s
        chk = phonenumbers.parse(s, region)
        assert phonenumbers.is_valid_number(chk), (s, region)
        return s

    def dob(self, fmt=None) -> str:
        d = _dob_date(self.r)
        fmt = fmt or self.r.choice(self.c["dob"])
        return d.strftime(fmt)

    def iban(self, spaced=None) -> str:
        return _iban(self.r, self.c.get("iban", "DE"), spaced)

    def date(self, back=120, fwd=60, fmt=None) -> str:
        d = _date_recent(self.r, back, fwd)
        return d.strftime(fmt or self.c["dob"][0].replace("%B", "%b"))


# ----------------------------------------------------------------------------------------------
# Free-text templates.  Each takes a random.Random and returns a Text; the language tag is kept
# in TEMPLATE_LANG for the data card.
# ----------------------------------------------------------------------------------------------

TEMPLATES: list = []
TEMPLATE_LANG: dict = {}


def _tpl(lang):
    def deco(fn):
        TEMPLATES.append(fn)
        TEMPLATE_LANG[fn.__name__] = lang
        return fn
    return deco


def _money(r, lo, hi, cur="$"):
    return f"{cur}{r.randint(lo, hi):,}.{r.choice(['00', '50', '99', '25'])}"


@_tpl("en-US")
def t_us_auction_email_quoted(r):
    c = _Ctx(r, "US")
    p, staff = c.person(), c.person()
    em = c.email(p)
    lot = r.randint(100, 980)
    lines = c.addr_lines()
    b = _B()
    b.f("Subject: RE: Lot {lot} - shipping quote\n\nHi {fn},\n\n", lot=lot, fn=(p.given, P))
    b.f("Thanks for bidding! Your invoice INV-{inv} for lot {lot} comes to {amt} incl. buyer's premium. "
        "We can ship via UPS (tracking will look like 1Z{trk}) or you can collect from our Dayton warehouse on "
        "{d}.\n\nBest,\n{sn}\nClient Services | Harlow & Finch Auctioneers\n{tel}\n\n",
        inv=_digits(r, 6), lot=lot, amt=_money(r, 150, 9000), trk=_alnum(r, 16, string.ascii_uppercase + string.digits),
        d=c.date(0, 20, "%a %b %d"), sn=(c.name(staff, "full"), P), tel=(c.phone("f", "nat"), PH))
    b.f("On {d}, {nm} <{em}> wrote:\n> Hello, I won lot {lot} (the Stickley rocker). Please ship to:\n",
        d=c.date(20, 0, "%a, %b %d, %Y"), nm=(p.full, P), em=(em, EM), lot=lot)
    for ln in lines:
        b.f("> {a}\n", a=(ln, ADDR))
    b.f("> Card on file ends in {l4}. Call me at {ph} if anything.\n> {fn}\n", l4=_digits(r, 4), ph=(c.phone("m"), PH), fn=(p.given, P))
    return b.done()


@_tpl("en-US")
def t_us_mortgage_call_note(r):
    c = _Ctx(r, "US")
    p, co = c.person(), c.person()
    b = _B()
    b.f("CALL NOTE {d} - loan officer {lo}\n", d=c.date(30, 0, "%m/%d/%Y"), lo=(c.name(c.person(), "initial"), P))
    b.f("Borrower: {nm} (co-borrower {co}), DOB {dob}, SSN {ssn}. ", nm=(p.full, P), co=(co.full, P), dob=(c.dob(), DOB), ssn=(_ssn(r), SSN))
    b.f("Current addr {a}, been there {y} yrs. Wants 30yr fixed, est. purchase price {pp}, {dp}% down. ",
        a=(c.addr(), ADDR), y=r.randint(2, 14), pp=_money(r, 180000, 690000), dp=r.choice([3, 5, 10, 20]))
    b.f("Down payment sits in checking acct {acct} (routing {rt}) at First Federal. ", acct=(_us_account(r), BANK), rt=_routing(r))
    b.f("Co-borrower SSN on file ends {l4}; still need her W-2s. Credit pull ref {ref}. Rate lock exp {exp}. Cell {ph}.\n",
        l4=_digits(r, 4), ref=_alnum(r, 10, string.ascii_uppercase + string.digits), exp=c.date(0, 45, "%m/%d"), ph=(c.phone("m"), PH))
    return b.done()


@_tpl("en-US")
def t_us_access_log(r):
    b = _B()
    for _ in range(r.randint(4, 7)):
        ts = _ts(r, 3).strftime("%d/%b/%Y:%H:%M:%S +0000")
        path = r.choice(["/bids/place", "/lots/4412", "/api/v2/consign", "/login", "/static/app.9f3c.js", "/account/settings"])
        ua = r.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/" + _version(r).lstrip("vbuild "), "curl/8.4.0", "okhttp/4.12.0", "Safari/605.1.15"])
        if r.random() < 0.3:
            b.t(f'{_private_ip(r)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n')
            continue
        ip = _ip_public_v4(r) if r.random() < 0.75 else _ip_public_v6(r)
        b.f('{ip} - - [{ts}] "{m} {path} HTTP/1.1" {st} {sz} "-" "{ua}"\n', ip=(ip, IP), ts=ts, m=r.choice(["GET", "POST"]),
            path=path, st=r.choice([200, 200, 302, 404, 401]), sz=r.randint(200, 48000), ua=ua)
    return b.done()


@_tpl("en-US")
def t_us_slack_export(r):
    c = _Ctx(r, "US")
    a, bb = c.person(), c.person()
    na, nb = c.name(a, "full"), c.name(bb, "first")
    b = _B()
    h = r.randint(8, 16)
    b.f("[{h}:02] {a}: deploying the bakery POS webhook now, build {v}\n", h=h, a=(na, P), v=_version(r))
    b.f("[{h}:05] {b}: prod secret is still {k} right? the pk is {pk}\n", h=h, b=(nb, P), k=(_api_key(r), KEY), pk=_pk(r))
    b.f("[{h}:06] {a}: yep. pls rotate after, and dont paste keys here lol\n", h=h, a=(na, P))
    b.f("[{h}:09] {b}: webhook id {u}, 3 retries from {ip}\n", h=h, b=(nb, P), u=_uuid(r), ip=_private_ip(r))
    return b.done()


@_tpl("en-US")
def t_us_bakery_livechat(r):
    c = _Ctx(r, "US")
    p, ag = c.person(), c.person()
    cust = c.name(p, r.choice(["full", "first", "lower"]))
    b = _B()
    b.f("Live chat transcript #{n}\n", n=_digits(r, 7))
    b.f("{ag} (Crumb & Co. Bakery): Hi! How can I help today?\n", ag=(ag.given, P))
    b.f("{cu}: hi i want to order a custom cake for pickup {d}, 3 tier, lemon + raspberry\n", cu=(cust, P), d=c.date(0, 30, "%m/%d"))
    b.f("{ag} (Crumb & Co. Bakery): Lovely. Name for the order and a phone number?\n", ag=(ag.given, P))
    b.f("{cu}: {full}, {ph}. its for my daughter's sweet 16 so write Happy Birthday {kid} on it\n", cu=(cust, P), full=(p.full, P), ph=(c.phone("m"), PH), kid=(c.person().given, P))
    b.f("{ag} (Crumb & Co. Bakery): Deposit is {amt}. You can pay by card here.\n", ag=(ag.given, P), amt=_money(r, 40, 120))
    b.f("{cu}: ok {card} exp {exp} cvv {cvv}\n", cu=(cust, P), card=(_card(r), CC), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", cvv=_digits(r, 3))
    b.f("{ag} (Crumb & Co. Bakery): Thanks, payment approved (auth {au}). Order ref CK-{ref}.\n", ag=(ag.given, P), au=_digits(r, 6), ref=_digits(r, 5))
    return b.done()


@_tpl("en-US")
def t_us_tenant_sheet_rows(r):
    c = _Ctx(r, "US")
    b = _B()
    b.t("Room\tTenant\tEmail\tPhone\tDOB\tDeposit\tMove-in\n")
    for _ in range(r.randint(3, 6)):
        p = c.person()
        b.f("{room}\t{nm}\t{em}\t{ph}\t{dob}\t{dep}\t{mi}\n", room=f"{r.choice('ABCD')}-{r.randint(101, 420)}", nm=(c.name(p, r.choice(["full", "last_first"])), P),
            em=(c.email(p, r.choice(["gmail.com", "osu.edu", "wisc.edu"])), EM), ph=(c.phone("m", "nat"), PH), dob=(c.dob("%m/%d/%Y"), DOB),
            dep=_money(r, 300, 900), mi=c.date(90, 10, "%m/%d/%Y"))
    return b.done()


@_tpl("en-US")
def t_us_notifications(r):
    c = _Ctx(r, "US")
    b = _B()
    for _ in range(r.randint(3, 5)):
        k = r.randint(0, 3)
        p = c.person()
        if k == 0:
            b.f("[Bidfolio] New bid on lot {lot}: {amt} by paddle #{pad} ({nm})\n", lot=r.randint(1, 600), amt=_money(r, 50, 20000), pad=r.randint(100, 999), nm=(c.name(p, "initial"), P))
        elif k == 1:
            b.f("[Helpdesk] Ticket INC{t} assigned to {nm} - 'Outlook keeps asking for password'\n", t=_digits(r, 7), nm=(c.name(p, "full"), P))
        elif k == 2:
            b.f("[Billing] Payment of {amt} received from {em}, card {m}\n", amt=_money(r, 20, 3000), em=(c.email(p), EM), m=_masked_card(r))
        else:
            b.f("[Security] New sign-in for {em} from {ip} (Chrome on Windows)\n", em=(c.email(p), EM), ip=(_ip_public_v4(r), IP))
    return b.done()


@_tpl("en-US")
def t_us_mortgage_form(r):
    c = _Ctx(r, "US")
    p = c.person()
    lines = c.addr_lines()
    b = _B()
    b.t("=== Loan Application (uniform residential) ===\n")
    b.f("Applicant Name: {nm}\nDate of Birth: {dob}\nSSN: {ssn}\nMarital Status: {ms}\n", nm=(c.name(p, r.choice(["full", "upper", "last_first"])), P),
        dob=(c.dob(), DOB), ssn=(_ssn(r), SSN), ms=r.choice(["Married", "Unmarried", "Separated"]))
    b.f("Present Address:\n{a}\n", a=("\n".join(lines), ADDR))
    b.f("Home Phone: {ph}\nEmail: {em}\n", ph=(c.phone("f"), PH), em=(c.email(p), EM))
    b.f("Employer: {emp}, {yrs} yrs; Base income {inc}/mo\n", emp=r.choice(["Kroger Co.", "Wells Fargo", "Boise Cascade", "Mayo Clinic", "Ben & Jerry's"]), yrs=r.randint(1, 20), inc=_money(r, 3500, 14000))
    b.f("Asset 1: Checking, Acct No. {a1}, ABA {rt}, balance {bal}\n", a1=(_us_account(r), BANK), rt=_routing(r), bal=_money(r, 2000, 90000))
    b.f("Asset 2: Savings, Acct ending {l4}\nLoan #: {ln}  Case #: {cs}\n", l4=_digits(r, 4), ln=_digits(r, 10), cs=f"{_digits(r, 3)}-{_digits(r, 7)}")
    return b.done()


@_tpl("en-US")
def t_us_no_pii_production_plan(r):
    b = _B()
    b.f("PRODUCTION PLAN - {d}\nOven 1: Grandma Rose's Sourdough x{n1}, Ben's Bagels x{n2} (wholesale, Kroger Co. run)\n",
        d=_date_recent(r).strftime("%a %m/%d"), n1=r.randint(40, 160), n2=r.randint(6, 30))
    b.f("Oven 2: croissant lamination batch {bt}, proof temp {t}F, hydration {h}%\nMixer firmware {v}; scale cal ref {u}\n",
        bt=_alnum(r, 6, string.ascii_uppercase + string.digits), t=r.randint(76, 82), h=r.randint(62, 80), v=_version(r), u=_uuid(r))
    b.f("Flour order PO-{po}: {amt}; delivery window {w1}-{w2}. Walk-in temp log hash {hs}\n", po=_digits(r, 6), amt=_money(r, 400, 3000),
        w1=f"{r.randint(5, 8)}:00", w2=f"{r.randint(9, 11)}:30", hs=_sha256(r)[:32])
    return b.done()


@_tpl("en-US")
def t_us_it_device_ticket(r):
    c = _Ctx(r, "US")
    p, tech = c.person(), c.person()
    b = _B()
    b.f("Ticket #{t} | Client: Lakeview Dental | Priority P{pr}\nReporter: {nm} <{em}>\n", t=_digits(r, 6), pr=r.randint(1, 4), nm=(p.full, P), em=(c.email(p, "lakeviewdental.com"), EM))
    b.f("Issue: lost company phone. IMEI {imei}, serial {sn}, last seen {gps}. MFA codes were {o1} / {o2}.\n",
        imei=_imei(r), sn=_alnum(r, 12, string.ascii_uppercase + string.digits), gps=_gps(r), o1=_otp(r), o2=_otp(r))
    b.f("--- internal note ({tech}) ---\nWiped via Intune. User's temp pw set to {pw} - force change at next logon. Office gateway {gw}, WAN {wan}.\n",
        tech=(c.name(tech, "initial"), P), pw=(_password(r), PWD), gw=_private_ip(r), wan=(_ip_public_v4(r), IP))
    return b.done()


@_tpl("en-GB")
def t_gb_scaffold_forward(r):
    c = _Ctx(r, "GB")
    p, me = c.person(), c.person()
    b = _B()
    b.f("---------- Forwarded message ---------\nFrom: {nm} <{em}>\nDate: {d}\nSubject: Scaffold for chimney repair\nTo: {to}\n\n",
        nm=(p.full, P), em=(c.email(p), EM), d=c.date(14, 0, "%d %b %Y, %H:%M"), to=("quotes@scaffold-direct.co.uk", EM))
    b.f("Hiya, need a scaffold up round the chimney stack at {a} - it's a 3 storey terrace, access from the back lane. "
        "Could someone pop round {day}? My mobile is {ph}, work {wk}.\nCheers, {fn}\n\n",
        a=(c.addr(), ADDR), day=r.choice(["Tuesday", "Thursday", "Friday morning"]), ph=(c.phone("m", r.choice(["nat", "compact"])), PH), wk=(c.phone("f"), PH), fn=(p.given, P))
    b.f("{me} - can you book this in? Yard is in Leeds, lorry's free after the 14th. Job ref SJ-{ref}.\n", me=(me.given, P), ref=_digits(r, 5))
    return b.done()


@_tpl("en-GB")
def t_gb_roofer_sms(r):
    c = _Ctx(r, "GB")
    p, rf = c.person(), c.person()
    b = _B()
    b.f("SMS thread with {ph}\n", ph=(c.phone("m"), PH))
    b.f("[{t1}] Them: Hi it's {nm}, you're doing my roof tomorrow? Key safe code is {code}, dog's called {dog}, she's friendly\n",
        t1="08:1" + str(r.randint(0, 9)), nm=(c.name(p, "full"), P), code=_digits(r, 4), dog=r.choice(["Biscuit", "Poppy", "Luna", "Winston", "Bella"]))
    b.f("[{t2}] Us: Morning {fn}, yes {rf} and the lad will be there 8ish. Skip permit ref CP{ref}\n", t2="08:2" + str(r.randint(0, 9)), fn=(p.given, P), rf=(rf.given, P), ref=_digits(r, 6))
    b.f("[{t3}] Them: Brill. Invoice to {em} pls, and I'll pay by bank transfer, sort code {sc}\n",
        t3="09:0" + str(r.randint(0, 9)), em=(c.email(p), EM), sc=f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}")
    return b.done()


@_tpl("en-GB")
def t_gb_accommodation_ticket(r):
    c = _Ctx(r, "GB")
    p, st = c.person(), c.person()
    b = _B()
    b.f("Maintenance request MR-{n} | Block {blk}, Flat {fl}, Room {rm}\nSubmitted by: {nm} ({em})\n", n=_digits(r, 5), blk=r.choice("ABCDE"), fl=r.randint(1, 30), rm=r.randint(1, 8),
        nm=(c.name(p, r.choice(["full", "upper"])), P), em=(c.email(p, "student.bris.ac.uk"), EM))
    b.f("Description: the shower's been leaking through to the flat below since {d}. Also the fob for the bike store doesn't work (fob {fob}).\n",
        d=c.date(20, 0, "%d/%m"), fob=_hex(r, 8).upper())
    b.f("Best number: {ph}\nPermission to enter: yes\n\n--- Internal note ---\n{st}: contractor booked for {d2}. Tenant's guarantor is her mum, {g}, {gph}. Deposit ({dep}) protected with TDS, cert {cert}.\n",
        ph=(c.phone("m"), PH), st=(c.name(st, "initial"), P), d2=c.date(0, 10, "%d %b"), g=(c.person("f").full, P), gph=(c.phone("f"), PH), dep="£" + str(r.randint(200, 600)), cert=_digits(r, 8))
    return b.done()


@_tpl("en-GB")
def t_gb_auth_kv_log(r):
    c = _Ctx(r, "GB")
    b = _B()
    for _ in range(r.randint(4, 6)):
        p = c.person()
        ts = _ts(r, 2).strftime("%Y-%m-%dT%H:%M:%S.") + _digits(r, 3) + "Z"
        k = r.randint(0, 3)
        if k == 0:
            b.f("{ts} level=warn svc=auth event=login_failed user={em} src={ip} reason=bad_password attempted_password={pw}\n",
                ts=ts, em=(c.email(p), EM), ip=(_ip_public_v4(r), IP), pw=(_password(r), PWD))
        elif k == 1:
            b.f("{ts} level=info svc=auth event=login_ok user={em} src={ip} session={sid}\n", ts=ts, em=(c.email(p), EM), ip=(_ip_public_v4(r), IP), sid=_hex(r, 32))
        elif k == 2:
            b.f("{ts} level=info svc=auth event=password_changed uid={u} hash={h} src={ip}\n", ts=ts, u=_uuid(r), h=r.choice([_bcrypt(r), _argon(r)]), ip=_private_ip(r))
        else:
            b.f("{ts} level=debug svc=gateway event=healthcheck upstream={ip}:8443 version={v} latency_ms={ms}\n", ts=ts, ip=_private_ip(r), v=_version(r), ms=r.randint(2, 900))
    return b.done()


@_tpl("en-GB")
def t_gb_no_pii_release_notes(r):
    b = _B()
    b.f("Release {v} - Helpdesk Portal\n- Fixed: ticket list sorting (INC{t1}, INC{t2})\n- Changed: session timeout now {m} min\n",
        v=_version(r), t1=_digits(r, 7), t2=_digits(r, 7), m=r.choice([15, 30, 60]))
    b.f("- Artifact sha256: {h}\n- Migration id {u}\n- Known issue: printers on {ip} subnet may need re-pairing\n",
        h=_sha256(r), u=_uuid(r), ip=_private_ip(r))
    b.f("Rollout to Manchester and Leeds offices from {d}.\n", d=_date_recent(r, 0, 20).strftime("%d/%m/%Y"))
    return b.done()


@_tpl("en-CA")
def t_ca_consignment_form(r):
    c = _Ctx(r, "CA")
    p = c.person()
    b = _B()
    b.f("CONSIGNMENT AGREEMENT - intake sheet\nConsignor: {nm}\nAddress: {a}\nTel: {ph}   Alt: {alt}\nE-mail: {em}\n",
        nm=(c.name(p, r.choice(["full", "upper", "last_first"])), P), a=(c.addr(), ADDR), ph=(c.phone("f"), PH), alt=(c.phone("m"), PH), em=(c.email(p), EM))
    b.f("Items: {n} lots (Group of Seven print, Hudson's Bay point blanket, Eaton's catalogue 1952)\nReserve: {res} CAD   Commission: {com}%\n",
        n=r.randint(2, 9), res=_money(r, 200, 8000, ""), com=r.choice([10, 12, 15, 20]))
    b.f("Settlement by cheque to consignor. Seller's premium waived. Intake ref C-{ref}, photographed {d} at our Ottawa saleroom.\n",
        ref=_digits(r, 6), d=c.date(10, 0, "%Y-%m-%d"))
    return b.done()


@_tpl("en-CA")
def t_ca_helpdesk_transcript(r):
    c = _Ctx(r, "CA")
    p, ag = c.person(), c.person()
    ph = c.phone("m", "nat")
    phs = " ".join(ch for ch in ph if ch.isdigit())
    b = _B()
    b.f("[auto-transcript, confidence 0.{cf}]\nagent: thanks for calling northshore it this is {ag} can i get your name\n", cf=r.randint(71, 96), ag=(ag.given.lower(), P))
    b.f("caller: yeah its {nm} from {co} um my outlook wont open since the update\n", nm=(p.full.lower(), P), co=r.choice(["maple leaf dental", "tim hortons on bank street", "rideau physio"]))
    b.f("agent: no problem whats the best callback number\ncaller: {ph}\n", ph=phs)
    b.f("agent: and your email\ncaller: {em}\n", em=(c.email(p, "rideauphysio.ca"), EM))
    b.f("agent: ok i see ticket {t} opened its on version {v} ill remote in now session code {code}\n", t=_digits(r, 6), v=_version(r), code=_digits(r, 9))
    b.f("caller: sure my windows password is {pw} if you need it\nagent: please dont share that i'll reset it instead\n", pw=(_password(r).lower(), PWD))
    return b.done()


@_tpl("en-CA")
def t_ca_auction_invoice_notice(r):
    c = _Ctx(r, "CA")
    p = c.person()
    b = _B()
    b.f("Dear {nm},\n\nCongratulations on winning lot {lot} in our {d} online sale. Invoice {inv}: hammer {h}, premium {pr}, GST/HST {tx}.\n",
        nm=(c.name(p, r.choice(["full", "first"])), P), lot=r.randint(1, 800), d=c.date(10, 0, "%B %d"), inv=f"H-{_digits(r, 7)}",
        h=_money(r, 100, 5000), pr=_money(r, 20, 900), tx=_money(r, 10, 500))
    b.f("We charged the card on file ({m}). Pick-up at the Calgary warehouse, bay {bay}, or we ship to {a}.\nPaddle {pad} | Questions: {em}\n",
        m=_masked_card(r), bay=r.randint(1, 12), a=(c.addr(), ADDR), pad=r.randint(100, 999), em=("accounts@prairieauctions.ca", EM))
    return b.done()


@_tpl("en-AU")
def t_au_teams_password_reset(r):
    c = _Ctx(r, "AU")
    u, tech = c.person(), c.person()
    nu, nt = c.name(u, "full"), c.name(tech, "full")
    b = _B()
    b.f("{nu}  {t1}\nhey mate locked out again, can you reset me?\n\n", nu=(nu, P), t1="9:" + str(r.randint(10, 59)) + " am")
    b.f("{nt}  {t2}\ndone - temp password is {pw} , change it when you log in. Your VPN shows last login from {ip}\n\n", nt=(nt, P), t2="9:" + str(r.randint(10, 59)) + " am",
        pw=(_password(r), PWD), ip=(_ip_public_v4(r), IP))
    b.f("{nu}  {t3}\nlegend. that was me at the Fremantle site, the NAS there is {nas}\n", nu=(nu, P), t3="9:" + str(r.randint(10, 59)) + " am", nas=_private_ip(r))
    return b.done()


@_tpl("en-AU")
def t_au_ocr_bidder_form(r):
    c = _Ctx(r, "AU")
    p = c.person()
    b = _B()
    b.f("B1DDER REG1STRATION F0RM  Sale No. {s}\nFull Name: {nm}\nDate of Birth:  {dob}\n", s=r.randint(100, 999), nm=(c.name(p, r.choice(["upper", "full"])), P), dob=(c.dob(), DOB))
    b.f("Res1dential Address: {a}\nPh: {ph}    Email: {em}\n", a=(c.addr(), ADDR), ph=(c.phone(r.choice("mf")), PH), em=(c.email(p), EM))
    b.f("Card for bidding: {cc}  Exp {e}\n ID sighted: Drivers Lic  | staff init: {ini} | ~ smudged ~ Paddle # {pad}\n",
        cc=(_card(r), CC), e=f"{r.randint(1, 12):02d}/{r.randint(27, 30)}", ini=r.choice(["JK", "MT", "SL"]), pad=r.randint(100, 999))
    return b.done()


@_tpl("en-AU")
def t_au_quoted_reply(r):
    c = _Ctx(r, "AU")
    p, me = c.person(), c.person()
    lines = c.addr_lines()
    b = _B()
    b.f("Hi {fn},\n\nNo worries - we can have the scaffold at your place by {d}. Deposit is {dep}, balance on completion.\n\nCheers\n{me}\nTopDeck Scaffolding Pty Ltd\n{ph}\n\n",
        fn=(p.given, P), d=c.date(0, 21, "%A %d %B"), dep=_money(r, 300, 1500), me=(me.full, P), ph=(c.phone("f", "nat"), PH))
    b.f("-----Original Message-----\nFrom: {em}\n> Hi, need a quote for scaffolding a two storey for re-roofing.\n> Address:\n", em=(c.email(p), EM))
    for ln in lines:
        b.f("> {a}\n", a=(ln, ADDR))
    b.f("> Thanks, {nm}\n", nm=(c.name(p, "full"), P))
    return b.done()


@_tpl("en-IN")
def t_in_app_jsonl(r):
    c = _Ctx(r, "IN")
    b = _B()
    for _ in range(r.randint(3, 5)):
        p = c.person()
        ts = _ts(r, 1).strftime("%Y-%m-%dT%H:%M:%S+05:30")
        k = r.randint(0, 2)
        if k == 0:
            b.json_line([("ts", ts, None), ("lvl", "INFO", None), ("evt", "signup", None), ("email", c.email(p), EM), ("mobile", c.phone("m", "e164"), PH),
                         ("ip", _ip_public_v4(r), IP), ("trace_id", _uuid(r), None)])
        elif k == 1:
            b.json_line([("ts", ts, None), ("lvl", "WARN", None), ("evt", "otp_retry", None), ("otp", _otp(r), None), ("device", _uuid(r), None),
                         ("ip", _private_ip(r), None), ("app_version", _version(r), None)])
        else:
            b.json_line([("ts", ts, None), ("lvl", "INFO", None), ("evt", "profile_update", None), ("name", p.full, P), ("city", c.town(True)[0], LOC),
                         ("order_id", "OD" + _digits(r, 12), None)])
        b.t("\n")
    return b.done()


@_tpl("en-IN")
def t_in_whatsapp_wholesale(r):
    c = _Ctx(r, "IN")
    a, bb = c.person(), c.person()
    na, nb = c.name(a, "first"), c.name(bb, "full")
    d = c.date(5, 0, "%d/%m/%y")
    b = _B()
    b.f("{d}, 7:42 am - {na}: Good morning sir, today 40 pav + 25 brown bread for Koregaon Park cafe\n", d=d, na=(na, P))
    b.f("{d}, 7:45 am - {nb}: Noted. Payment pending for invoice {inv}, {amt}\n", d=d, nb=(nb, P), inv="WB" + _digits(r, 5), amt="Rs. " + f"{r.randint(2000, 40000):,}")
    b.f("{d}, 7:51 am - {na}: Will do UPI by evening. Send delivery boy number\n", d=d, na=(na, P))
    b.f("{d}, 7:52 am - {nb}: {drv}, {ph}. Our new depot is in Hadapsar\n", d=d, nb=(nb, P), drv=(c.person("m").given, P), ph=(c.phone("m", r.choice(["nat", "compact", "intl"])), PH))
    return b.done()


@_tpl("en-IN")
def t_in_msp_ticket(r):
    c = _Ctx(r, "IN")
    p, eng = c.person(), c.person()
    b = _B()
    b.f("Ticket: SR-{t}\nCustomer: Sharma & Sons Chartered Accountants ({cty} office)\nRaised by: {nm}, {ph}\n", t=_digits(r, 6), cty=c.town()[0], nm=(c.name(p, "full"), P), ph=(c.phone("m"), PH))
    b.f("Summary: Tally backup to S3 failing since {d}.\n\nInternal note ({eng}): found creds hardcoded in backup.ps1 -> aws_secret_access_key={k}. "
        "Access key id {akia} disabled, rotated. Box public IP {ip}, LAN {lan}.\n", d=c.date(7, 0, "%d-%m-%Y"), eng=(eng.given, P), k=(_alnum(r, 40, string.ascii_letters + string.digits + "/+"), KEY),
        akia="AKIA" + _alnum(r, 16, string.ascii_uppercase + "234567"), ip=(_ip_public_v4(r), IP), lan=_private_ip(r))
    return b.done()


@_tpl("en-IE")
def t_ie_mortgage_email(r):
    c = _Ctx(r, "IE")
    p, br = c.person(), c.person()
    b = _B()
    b.f("Hi {nm},\n\nThanks for sending on the docs. To finish the application with the lender I still need:\n", nm=(c.name(p, "first"), P))
    b.f("- confirm DOB on the form ({dob}) - the bank has a different one\n- IBAN for the drawdown account: you gave {iban}\n- 6 months statements (we have Jan-Apr)\n\n",
        dob=(c.dob(), DOB), iban=(c.iban(), IBAN))
    b.f("Approval in principle ref AIP-{ref}, valid to {d}. The valuer will call out to {a}.\n\nKind regards,\n{br}\nQualified Financial Adviser\nClover Mortgages, Unit 4, Galway Business Park\n{ph}\n",
        ref=_digits(r, 6), d=c.date(0, 180, "%d/%m/%Y"), a=(c.addr(), ADDR), br=(br.full, P), ph=(c.phone("f"), PH))
    return b.done()


@_tpl("en-IE")
def t_ie_deposit_refund(r):
    c = _Ctx(r, "IE")
    p = c.person()
    tw = c.town()
    b = _B()
    b.f("Deposit refund request\nName: {nm}\nRoom: {rm}, Cluster {cl}\nHome town: {ht}\nRefund to IBAN: {iban}  BIC: {bic}\nAmount: {amt}\n",
        nm=(c.name(p, r.choice(["full", "upper"])), P), rm=r.randint(1, 6), cl=r.randint(1, 40), ht=(tw[0], LOC), iban=(c.iban(), IBAN), bic=_swift(r), amt="€" + str(r.randint(250, 800)))
    b.f("Forwarding address: {a}\nMobile: {ph}\nReason for deductions (staff): broken blind, cleaning - {ded}\n", a=(c.addr(), ADDR), ph=(c.phone("m"), PH), ded="€" + str(r.randint(0, 90)))
    return b.done()


@_tpl("en-ZA")
def t_za_whatsapp_scaffold(r):
    c = _Ctx(r, "ZA")
    a, bb = c.person(), c.person()
    na, nb = c.name(a, "full"), c.name(bb, "first")
    d = c.date(3, 0, "%Y/%m/%d")
    b = _B()
    b.f("[{d}, 06:58] {na}: Morning {nb2}, team must be at {addr} by 7:30, client wants the boards up before the rain\n", d=d, na=(na, P), nb2=(bb.given, P), addr=(c.addr(), ADDR))
    b.f("[{d}, 07:03] {nb}: Sharp. Who's the contact on site?\n", d=d, nb=(nb, P))
    b.f("[{d}, 07:05] {na}: Mrs {cl}, {ph}. Gate code {code}. Don't park on the pavement again hey\n", d=d, na=(na, P), cl=(c.person("f").last, P), ph=(c.phone("m"), PH), code=_digits(r, 4) + "#")
    b.f("[{d}, 07:06] {nb}: 👍 loadshedding stage {st} today so bring the genny\n", d=d, nb=(nb, P), st=r.randint(1, 6))
    return b.done()


@_tpl("en-ZA")
def t_za_it_ticket(r):
    c = _Ctx(r, "ZA")
    p = c.person()
    b = _B()
    b.f("From: {em}\nSubject: Printer + email down AGAIN\n\nHi guys\n\nSince this morning nothing prints and Outlook says disconnected. Router lights all green. "
        "Our fibre IP is {ip} if that helps.\n\n{nm}\nReception | Protea Physio, {a}\nTel {ph}\n", em=(c.email(p, "proteaphysio.co.za"), EM), ip=(_ip_public_v4(r), IP),
        nm=(p.full, P), a=(c.addr(), ADDR), ph=(c.phone("f"), PH))
    b.f("\n[Agent note] Printer IP {pip}, fw {v}. Router admin pw was still default, changed to {pw} (stored in vault). Ref TKT-{t}.\n",
        pip=_private_ip(r), v=_version(r), pw=(_password(r), PWD), t=_digits(r, 5))
    return b.done()


@_tpl("en-NZ")
def t_nz_crm_auction_notes(r):
    c = _Ctx(r, "NZ")
    p = c.person()
    b = _B()
    b.f("CRM > Contacts > {nm}\nNotes:\n", nm=(c.name(p, "last_first"), P))
    b.f("- {d1}: rang re: McCahon print, keen to bid by phone on lot {lot}. Best on {ph} after 5.\n", d1=c.date(60, 0, "%d/%m"), lot=r.randint(1, 300), ph=(c.phone("m"), PH))
    b.f("- {d2}: moved from {t1} to {t2} last year, new address {a}\n", d2=c.date(30, 0, "%d/%m"), t1=(c.other_town()[0], LOC), t2=(c.town()[0], LOC), a=(c.addr(c.town()), ADDR))
    b.f("- {d3}: paid invoice {inv} by card {m}. Prefers emails to {em}.\n", d3=c.date(10, 0, "%d/%m"), inv=_digits(r, 6), m=_masked_card(r), em=(c.email(p), EM))
    return b.done()


@_tpl("en-NZ")
def t_nz_env_config(r):
    c = _Ctx(r, "NZ")
    p = c.person()
    b = _B()
    b.f("# .env.production  (bakery online shop)\nAPP_VERSION={v}\nDATABASE_URL=postgres://shop:{pw}@{db}:5432/shop\n", v=_version(r), pw=(_password(r).replace("@", "#").replace(":", "+").replace("/", "_"), PWD), db=_private_ip(r))
    b.f("STRIPE_SECRET_KEY={k}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{pk}\nSMTP_USER={em}\nSMTP_PASS={sp}\n", k=(_api_key(r), KEY), pk=_alnum(r, 24), em=(c.email(p, "kiwicrumb.co.nz"), EM), sp=(_password(r), PWD))
    b.f("SESSION_SECRET_HASH={h}\nALLOWED_ORIGIN_IP={ip}\nCRON_TZ=Pacific/Auckland\n", h=_sha256(r), ip=(_ip_public_v4(r), IP))
    return b.done()


@_tpl("en-KE")
def t_ke_bakery_sms(r):
    c = _Ctx(r, "KE")
    p = c.person()
    b = _B()
    b.f("From: {ph}\n", ph=(c.phone("m", "intl"), PH))
    b.f("Habari, this is {nm}. Please deliver 3 dozen mandazi and 2 birthday cakes Saturday. I have paid KES {amt} via Mpesa, code {code}.\n",
        nm=(c.name(p, r.choice(["full", "first"])), P), amt=f"{r.randint(1500, 12000):,}", code=_alnum(r, 10, string.ascii_uppercase + string.digits))
    b.f("Reply: Asante {fn}! Order #{o} confirmed. Rider {rd} will call you on {ph2}. Delivery to {a}?\n", fn=(p.given, P), o=_digits(r, 5), rd=(c.person("m").given, P),
        ph2=(c.phone("m", "nat"), PH), a=(c.addr(), ADDR))
    return b.done()


@_tpl("en-NG")
def t_ng_support_email_sig(r):
    c = _Ctx(r, "NG")
    p, ag = c.person(), c.person()
    b = _B()
    b.f("Dear {nm},\n\nWe acknowledge your complaint about the leaking roof at your property and our engineer {eng} will visit on {d}. "
        "Kindly ensure someone is at home. Reference: RF/{ref}/{yr}.\n\n", nm=(c.name(p, r.choice(["full", "surname"])), P), eng=(c.person("m").full, P), d=c.date(0, 14, "%d-%b-%Y"),
        ref=_digits(r, 4), yr=2026)
    b.f("Warm regards,\n{ag}\nCustomer Care, Skyline Roofing Ltd\n{a}\n{ph} | {em}\n", ag=(ag.full, P), a=(c.addr(), ADDR), ph=(c.phone("m"), PH), em=("care@skylineroofing.ng", EM))
    return b.done()


@_tpl("de-DE")
def t_de_geruest_anfrage(r):
    c = _Ctx(r, "DE")
    p, me = c.person(), c.person()
    b = _B()
    b.f("Betreff: Anfrage Gerüst Dachsanierung\n\nSehr geehrte Damen und Herren,\n\nfür die Neueindeckung unseres Daches in der {a} benötigen wir ein Gerüst (ca. {m} m², 2 Seiten). "
        "Ausführung ab KW {kw} möglich. Erreichbar bin ich unter {ph} oder abends {ph2}.\n\nMit freundlichen Grüßen\n{nm}\n\n",
        a=(c.addr(), ADDR), m=r.randint(60, 240), kw=r.randint(1, 52), ph=(c.phone("m"), PH), ph2=(c.phone("f"), PH), nm=(c.name(p, "full"), P))
    b.f("> Vielen Dank für Ihre Anfrage, Angebot Nr. {ang} folgt. Ihr Ansprechpartner: {me}, Bauleitung, {em}\n",
        ang=f"{r.randint(2026, 2026)}-{_digits(r, 4)}", me=(me.full, P), em=(c.email(me, "geruestbau-vogel.de"), EM))
    return b.done()


@_tpl("de-DE")
def t_de_kaution_formular(r):
    c = _Ctx(r, "DE")
    p = c.person()
    tw = c.town()
    b = _B()
    b.f("Rückzahlung Mietkaution – Studentenwohnheim Campus Nord\nName, Vorname: {nm}\nGeburtsdatum: {dob}\nGeburtsort: {ort}\nZimmer: {z}\n",
        nm=(f"{p.last}, {p.first}", P), dob=(c.dob(), DOB), ort=(tw[0], LOC), z=f"{r.choice('ABC')}{r.randint(1, 5)}.{r.randint(1, 30):02d}")
    b.f("IBAN: {iban}\nBIC: {bic}\nNeue Anschrift: {a}\nE-Mail: {em}\nKautionsbetrag: {betrag} € (Vertrags-Nr. {vn})\n",
        iban=(c.iban(), IBAN), bic=_swift(r), a=(c.addr(c.other_town()), ADDR), em=(c.email(p), EM), betrag=r.randint(300, 900), vn=_digits(r, 8))
    return b.done()


@_tpl("fr-FR")
def t_fr_ticket_info(r):
    c = _Ctx(r, "FR")
    p, tech = c.person(), c.person()
    b = _B()
    b.f("Ticket n° {t} – Cabinet d'architectes Roux & Girard\nDemandeur : {nm} ({em})\nTéléphone : {ph}\n", t=_digits(r, 6),
        nm=(c.name(p, r.choice(["full", "upper"])), P), em=(c.email(p, "roux-girard-archi.fr"), EM), ph=(c.phone("f"), PH))
    b.f("Objet : impossible de se connecter au VPN depuis ce matin. Message d'erreur 809. Adresse IP publique du domicile : {ip}\n", ip=(_ip_public_v4(r), IP))
    b.f("Note interne ({te}) : compte réinitialisé, mot de passe provisoire {pw}. Version client {v}, passerelle {gw}.\n",
        te=(tech.given, P), pw=(_password(r), PWD), v=_version(r), gw=_private_ip(r))
    return b.done()


@_tpl("fr-FR")
def t_fr_sms_patisserie(r):
    c = _Ctx(r, "FR")
    p = c.person()
    b = _B()
    b.f("SMS de {ph} :\nBonjour, c'est {nm}, je voudrais commander un fraisier 8 parts pour samedi {d}, avec écrit « Joyeux anniversaire {kid} ». Je passe le récupérer vers 11h.\n",
        ph=(c.phone("m"), PH), nm=(c.name(p, r.choice(["full", "first"])), P), d=c.date(0, 20, "%d/%m"), kid=(c.person().given, P))
    b.f("Réponse : Bonjour {fn}, c'est noté ! Commande n° {o}, acompte de {a} €. Boulangerie Saint-Honoré, merci !\n", fn=(p.given, P), o=_digits(r, 5), a=r.randint(10, 30))
    return b.done()


@_tpl("es-ES")
def t_es_whatsapp_subasta(r):
    c = _Ctx(r, "ES")
    a, bb = c.person(), c.person()
    na, nb = c.name(a, "first"), c.name(bb, "full")
    d = c.date(5, 0, "%d/%m/%Y")
    b = _B()
    b.f("{d} 18:02 - {na}: Hola, soy yo otra vez, al final me quedo con el lote {lot} (el bargueño)\n", d=d, na=(na, P), lot=r.randint(1, 400))
    b.f("{d} 18:05 - {nb}: Perfecto. Total con comisión {tot} €. Transferencia a ES{iban_mask}, concepto SUB-{ref}\n", d=d, nb=(nb, P), tot=f"{r.randint(200, 9000)},00",
        iban_mask="** **** **** " + _digits(r, 4), ref=_digits(r, 5))
    b.f("{d} 18:07 - {na}: Vale. Me lo enviáis a {addr}? Mi móvil {ph}\n", d=d, na=(na, P), addr=(c.addr(), ADDR), ph=(c.phone("m"), PH))
    b.f("{d} 18:09 - {nb}: Sí, lo manda la agencia desde nuestro almacén de Getafe. Número de seguimiento {trk}\n", d=d, nb=(nb, P), trk=_digits(r, 14))
    return b.done()


@_tpl("es-ES")
def t_es_nota_hipoteca(r):
    c = _Ctx(r, "ES")
    p = c.person()
    b = _B()
    b.f("Nota CRM – {d}\nCliente: {nm}, nacido/a el {dob} en {ln}. ", d=c.date(10, 0, "%d/%m/%Y"), nm=(c.name(p, "full"), P), dob=(c.dob(), DOB), ln=(c.town()[0], LOC))
    b.f("Busca hipoteca fija a 25 años, tasación {tas} €. Nómina domiciliada en {iban}. Tel. {ph}, correo {em}.\n",
        tas=f"{r.randint(90, 600)}.000", iban=(c.iban(), IBAN), ph=(c.phone("m"), PH), em=(c.email(p), EM))
    b.f("Expediente HIP-{exp}. Oficina de referencia: Valladolid centro. Pendiente: vida laboral y última declaración de la renta.\n", exp=_digits(r, 6))
    return b.done()


@_tpl("pt-BR")
def t_br_chat_confeitaria(r):
    c = _Ctx(r, "BR")
    p, at = c.person(), c.person()
    cli = c.name(p, r.choice(["full", "first", "lower"]))
    b = _B()
    b.f("Atendimento online – Doces da Vovó Lúcia\n{at}: Olá! Em que posso ajudar?\n", at=(at.given, P))
    b.f("{cl}: oi, queria encomendar um bolo de aniversário p/ {d}, recheio de brigadeiro\n", cl=(cli, P), d=c.date(0, 20, "%d/%m"))
    b.f("{at}: Claro! Nome completo, telefone e endereço de entrega, por favor\n", at=(at.given, P))
    b.f("{cl}: {nm}, {ph}, {a}\n", cl=(cli, P), nm=(p.full, P), ph=(c.phone("m"), PH), a=(c.addr(), ADDR))
    b.f("{at}: Pedido #{o} registrado, sinal de R$ {v},00 via Pix (chave da loja: pedidos@docesdavovolucia.com.br)\n", at=(at.given, P), o=_digits(r, 5), v=r.randint(30, 150))
    return b.done()


@_tpl("pt-BR")
def t_br_cadastro_kv(r):
    c = _Ctx(r, "BR")
    p = c.person()
    b = _B()
    b.f("nome={nm};email={em};celular={ph};nascimento={dob};cidade={cid};cep={cep};plano=PRO;versao_app={v};ip={ip};pedido={o}\n",
        nm=(p.full, P), em=(c.email(p), EM), ph=(c.phone("m", "e164"), PH), dob=(c.dob(), DOB), cid=(c.town()[0], LOC), cep=c.town()[1], v=_version(r), ip=(_ip_public_v4(r), IP), o=_digits(r, 8))
    b.f("nome={nm};email={em};celular=;nascimento=;cidade=;cep=;plano=FREE;versao_app={v};ip={ip};pedido={o}\n",
        nm=(c.person().full, P), em=(c.email(c.person()), EM), v=_version(r), ip=_private_ip(r), o=_digits(r, 8))
    return b.done()


@_tpl("it-IT")
def t_it_email_mutuo(r):
    c = _Ctx(r, "IT")
    p, br = c.person(), c.person()
    b = _B()
    b.f("Gentile {nm},\n\nin allegato il riepilogo della pratica di mutuo n. {pr}. Le ricordo di inviarmi:\n- copia del documento d'identità (data di nascita indicata: {dob})\n"
        "- IBAN del conto per l'addebito delle rate: {iban}\n- ultime due buste paga\n\n", nm=(c.name(p, r.choice(["full", "surname"])), P), pr=_digits(r, 7), dob=(c.dob(), DOB), iban=(c.iban(), IBAN))
    b.f("La perizia sull'immobile di {a} è fissata per il {d}.\n\nCordiali saluti,\n{br}\nConsulente del credito – MutuiFacili S.r.l.\nTel. {ph}\n",
        a=(c.addr(), ADDR), d=c.date(0, 30, "%d/%m/%Y"), br=(br.full, P), ph=(c.phone("f"), PH))
    return b.done()


@_tpl("nl-NL")
def t_nl_reparatieverzoek(r):
    c = _Ctx(r, "NL")
    p, mw = c.person(), c.person()
    b = _B()
    b.f("Reparatieverzoek #{n}\nHuurder: {nm}\nKamer: {k}\nE-mail: {em}\nTel: {ph}\n", n=_digits(r, 5), nm=(c.name(p, r.choice(["full", "last_first"])), P),
        k=f"{r.randint(1, 12)}.{r.randint(1, 40):02d}", em=(c.email(p, r.choice(["student.uu.nl", "gmail.com"])), EM), ph=(c.phone("m"), PH))
    b.f("Omschrijving: de verwarming in mijn kamer doet het al een week niet, thermostaat staat op 21 maar blijft koud. Mijn kat {kat} mag toch niet naar buiten dus graag even bellen voor je binnenkomt.\n",
        kat=r.choice(["Pip", "Muis", "Tijger", "Bolletje"]))
    b.f("Interne notitie ({mw}): monteur ingepland {d}, werkbon WB-{wb}.\n", mw=(mw.given, P), d=c.date(0, 7, "%d-%m"), wb=_digits(r, 6))
    return b.done()


@_tpl("nl-NL")
def t_nl_steiger_offerte(r):
    c = _Ctx(r, "NL")
    p = c.person()
    b = _B()
    b.f("Beste {nm},\n\nHierbij onze offerte {off} voor het plaatsen van een rolsteiger en dakgoot-vervanging op {a}. "
        "Totaal € {bedrag},- excl. btw. Akkoord? Graag aanbetaling op NL-rekening {iban} o.v.v. het offertenummer.\n\n",
        nm=(c.name(p, r.choice(["full", "first"])), P), off=f"OF-{_digits(r, 5)}", a=(c.addr(), ADDR), bedrag=f"{r.randint(800, 9000):,}".replace(",", "."), iban=(_iban(r, "NL"), IBAN))
    b.f("Met vriendelijke groet,\nSteigerbouw De Boer B.V.\n{ad}\n{ph} | KvK {kvk}\n", ad=(c.addr(), ADDR), ph=(c.phone("f"), PH), kvk=_digits(r, 8))
    return b.done()


@_tpl("pl-PL")
def t_pl_zgloszenie(r):
    c = _Ctx(r, "PL")
    p, tech = c.person(), c.person()
    b = _B()
    b.f("Zgłoszenie nr {n}\nKlient: Biuro Rachunkowe \"Nowak i Wspólnicy\"\nZgłaszający: {nm}, tel. {ph}, {em}\n", n=_digits(r, 6), nm=(c.name(p, "full"), P),
        ph=(c.phone(r.choice("mf")), PH), em=(c.email(p), EM))
    b.f("Opis: drukarka sieciowa ({pip}) nie drukuje, a na laptopie wyskakuje błąd aktualizacji {v}.\nNotatka technika ({te}): zdalne połączenie z {ip}, hasło do routera zmienione na {pw}.\n",
        pip=_private_ip(r), v=_version(r), te=(tech.given, P), ip=(_ip_public_v4(r), IP), pw=(_password(r), PWD))
    return b.done()


@_tpl("ca-ES")
def t_ca_correu_pastisseria(r):
    c = _Ctx(r, "CAT")
    p, me = c.person(), c.person()
    b = _B()
    b.f("Bon dia {nm},\n\nUs confirmem la comanda majorista núm. {o}: {n1} barres de pa de pagès i {n2} coques de recapte per al vostre restaurant, cada dimarts i divendres. "
        "El repartidor us trucarà al {ph} abans d'arribar a {a}.\n\n", nm=(c.name(p, r.choice(["full", "first"])), P), o=_digits(r, 5), n1=r.randint(20, 120), n2=r.randint(5, 40),
        ph=(c.phone(r.choice("mf")), PH), a=(c.addr(), ADDR))
    b.f("Domiciliarem les factures al compte {iban}.\n\nSalutacions,\n{me}\nForn Sant Jordi – {em}\n", iban=(c.iban(), IBAN), me=(me.full, P), em=("comandes@fornsantjordi.cat", EM))
    return b.done()


@_tpl("ca-ES")
def t_ca_sollicitud_residencia(r):
    c = _Ctx(r, "CAT")
    p = c.person()
    b = _B()
    b.f("SOL·LICITUD D'ALLOTJAMENT – Residència universitària\nNom: {fn}\nCognoms: {ln}\nData de naixement: {dob}\nLloc de naixement: {lloc}\n",
        fn=(p.first, P), ln=(p.last, P), dob=(c.dob(), DOB), lloc=(c.town()[0], LOC))
    b.f("Adreça familiar: {a}\nTelèfon mòbil: {ph}\nCorreu: {em}\nHabitació: individual amb bany, curs 2026-27\nFiança: {f} € (rebut {rb})\n",
        a=(c.addr(c.other_town()), ADDR), ph=(c.phone("m"), PH), em=(c.email(p), EM), f=r.randint(300, 700), rb=_digits(r, 7))
    return b.done()


@_tpl("is-IS")
def t_is_uppbod_skraning(r):
    c = _Ctx(r, "IS")
    p = c.person()
    b = _B()
    b.f("Skráning bjóðanda – netuppboð nr. {nr}\nNafn: {nm}\nFæðingardagur: {dob}\nHeimilisfang: {a}\nSími: {ph}\nNetfang: {em}\n",
        nr=r.randint(10, 99), nm=(p.full, P), dob=(c.dob(), DOB), a=(c.addr(), ADDR), ph=(c.phone("m"), PH), em=(c.email(p), EM))
    b.f("Greiðslukort: {m}\nBjóðandanúmer: {bn}\nAthugasemd: vill fá símtal ef boðið fer yfir {upph} kr.\n", m=_masked_card(r), bn=r.randint(100, 999), upph=f"{r.randint(50, 900)}.000")
    return b.done()


@_tpl("is-IS")
def t_is_sms_thak(r):
    c = _Ctx(r, "IS")
    p, s = c.person(), c.person()
    b = _B()
    b.f("Frá {ph}: Sæll, þetta er {nm}. Það lekur aftur með þakglugganum hjá mér á {a}. Getið þið komið á morgun?\n",
        ph=(c.phone("m"), PH), nm=(c.name(p, r.choice(["full", "first"])), P), a=(c.addr(), ADDR))
    b.f("Svar: Sæl/l {fn}, {sn} kemur milli 9 og 10. Verkbeiðni nr. {vb}. Kveðja, Þakverk ehf.\n", fn=(p.given, P), sn=(s.given, P), vb=_digits(r, 5))
    return b.done()


@_tpl("af-ZA")
def t_af_whatsapp_steier(r):
    c = _Ctx(r, "AF")
    a, bb = c.person(), c.person()
    na, nb = c.name(a, "full"), c.name(bb, "first")
    d = c.date(4, 0, "%Y/%m/%d")
    b = _B()
    b.f("[{d}, 14:10] {na}: Middag {nb2}, die steierwerk by {addr} moet Vrydag af, die dakdekkers is klaar\n", d=d, na=(na, P), nb2=(bb.given, P), addr=(c.addr(), ADDR))
    b.f("[{d}, 14:12] {nb}: Reg so. Wie se nommer moet ek bel?\n", d=d, nb=(nb, P))
    b.f("[{d}, 14:15] {na}: Mnr. {ek} se sel is {ph}. Hy woon nou in {dorp}, so bel eers\n", d=d, na=(na, P), ek=(c.person("m").last, P), ph=(c.phone("m"), PH), dorp=(c.other_town()[0], LOC))
    b.f("[{d}, 14:16] {nb}: 👍 faktuur {f} stuur ek more\n", d=d, nb=(nb, P), f="INV" + _digits(r, 5))
    return b.done()


@_tpl("tl-PH")
def t_tl_chat_bakery(r):
    c = _Ctx(r, "PHL")
    p, ag = c.person(), c.person()
    cli = c.name(p, r.choice(["full", "first"]))
    b = _B()
    b.f("{cl}: Hi po! Pwede pa-order ng ube cake for {d}? Birthday ng anak ko\n", cl=(cli, P), d=c.date(0, 15, "%B %d"))
    b.f("{ag}: Hello po! Yes po, kaya. Pakibigay po ang full name, contact number at address para sa delivery\n", ag=(ag.given, P))
    b.f("{cl}: {nm}, {ph}, {a}. GCash na lang po bayad ko\n", cl=(cli, P), nm=(p.full, P), ph=(c.phone("m", r.choice(["nat", "compact"])), PH), a=(c.addr(), ADDR))
    b.f("{ag}: Salamat po {fn}! Order #{o}, total ₱{amt}. Galing po sa branch namin sa Marikina ang delivery\n", ag=(ag.given, P), fn=(p.given, P), o=_digits(r, 5), amt=f"{r.randint(800, 4500):,}")
    return b.done()


@_tpl("tl-PH")
def t_tl_call_notes_dorm(r):
    c = _Ctx(r, "PHL")
    p, mom = c.person(), c.person("f")
    b = _B()
    b.f("Tawag {d}: si {nm} (Room {rm}) nag-report na walang tubig sa CR since kahapon. Taga-{prov} siya, umuuwi tuwing weekend.\n",
        d=c.date(5, 0, "%m/%d/%Y"), nm=(c.name(p, "full"), P), rm=r.randint(100, 450), prov=(c.other_town()[0], LOC))
    b.f("Emergency contact: nanay niya, {mom}, {ph}. Birthday ni {fn}: {dob}. Na-forward na sa maintenance, JO#{jo}.\n",
        mom=(mom.full, P), ph=(c.phone("m"), PH), fn=(p.given, P), dob=(c.dob(), DOB), jo=_digits(r, 5))
    return b.done()


@_tpl("tr-TR")
def t_tr_destek_talebi(r):
    c = _Ctx(r, "TR")
    p, tk = c.person(), c.person()
    b = _B()
    b.f("Destek Talebi #{n}\nMüşteri: Öztürk Mimarlık Ofisi\nBildiren: {nm} ({em}, {ph})\n", n=_digits(r, 6), nm=(c.name(p, r.choice(["full", "upper"])), P),
        em=(c.email(p, "ozturkmimarlik.com.tr"), EM), ph=(c.phone(r.choice("mf")), PH))
    b.f("Konu: e-posta gönderilemiyor, Outlook sürüm {v}. Ofis dış IP: {ip}\nTeknisyen notu ({te}): SMTP şifresi {pw} olarak güncellendi, API anahtarı yenilendi: {k}\n",
        v=_version(r), ip=(_ip_public_v4(r), IP), te=(tk.given, P), pw=(_password(r), PWD), k=(_api_key(r), KEY))
    return b.done()


@_tpl("tr-TR")
def t_tr_acik_artirma(r):
    c = _Ctx(r, "TR")
    p = c.person()
    b = _B()
    b.f("Sayın {nm},\n\n{lot} numaralı lotu (Osmanlı dönemi gümüş tepsi) {tut} TL bedelle kazandınız. Ödemenizi aşağıdaki hesaba yapabilirsiniz:\nIBAN: {iban}\nAlıcı: Kadıköy Müzayede Evi\n\n",
        nm=(c.name(p, "full"), P), lot=r.randint(1, 500), tut=f"{r.randint(2, 400)}.{_digits(r, 3)}", iban=(_iban(r, "TR", True), IBAN))
    b.f("Kargo adresiniz: {a}\nİletişim: {ph}\nDoğum tarihiniz ({dob}) üyelik kaydınızla eşleşmedi, lütfen kontrol ediniz.\n",
        a=(c.addr(), ADDR), ph=(c.phone("m"), PH), dob=(c.dob(), DOB))
    return b.done()


@_tpl("ro-RO")
def t_ro_email_credit(r):
    c = _Ctx(r, "RO")
    p, br = c.person(), c.person()
    b = _B()
    b.f("Bună ziua, {nm},\n\nPentru dosarul de credit ipotecar nr. {d} mai avem nevoie de:\n- extras de cont pentru {iban}\n- adeverință de venit\n"
        "Am notat data nașterii {dob} și adresa {a}.\n\nCu stimă,\n{br}\nBroker de credite\n{ph}\n",
        nm=(c.name(p, r.choice(["full", "surname"])), P), d=_digits(r, 6), iban=(c.iban(), IBAN), dob=(c.dob(), DOB), a=(c.addr(), ADDR), br=(br.full, P), ph=(c.phone("m"), PH))
    return b.done()


@_tpl("vi-VN")
def t_vi_dat_banh(r):
    c = _Ctx(r, "VN")
    p = c.person()
    b = _B()
    b.f("Khách: Chào shop, mình là {nm}, muốn đặt bánh kem sinh nhật 2 tầng giao ngày {d}.\nShop: Dạ chào chị/anh {fn}, cho shop xin số điện thoại và địa chỉ giao ạ\n",
        nm=(p.full, P), d=c.date(0, 20, "%d/%m"), fn=(p.given, P))
    b.f("Khách: {ph}, {a}\nShop: Dạ đơn #{o} tổng {tien}đ, chuyển khoản trước 50% giúp shop ạ. Cảm ơn chị/anh!\n",
        ph=(c.phone("m"), PH), a=(c.addr(), ADDR), o=_digits(r, 6), tien=f"{r.randint(350, 2500)}.000")
    return b.done()


@_tpl("et-EE")
def t_et_remonditaotlus(r):
    c = _Ctx(r, "EE")
    p = c.person()
    b = _B()
    b.f("Remonditaotlus nr {n}\nÜürnik: {nm}\nTuba: {t}\nTelefon: {ph}\nE-post: {em}\nKirjeldus: aken ei sulgu korralikult, tuba on külm. Palun helistage enne tulekut.\n",
        n=_digits(r, 5), nm=(c.name(p, r.choice(["full", "upper"])), P), t=f"{r.randint(100, 520)}", ph=(c.phone("m"), PH), em=(c.email(p), EM))
    b.f("Sisemärkus: tagatisraha {tr} € tagastada kontole {iban} pärast lepingu lõppu ({d}).\n", tr=r.randint(200, 600), iban=(c.iban(), IBAN), d=c.date(0, 200, "%d.%m.%Y"))
    return b.done()


@_tpl("lt-LT")
def t_lt_it_uzklausa(r):
    c = _Ctx(r, "LT")
    p = c.person()
    b = _B()
    b.f("Sveiki,\n\nbiure neveikia internetas nuo ryto, maršrutizatoriaus IP {pip}, išorinis {ip}. Slaptažodis Wi-Fi: {pw}\n\nPagarbiai,\n{nm}\nUAB „Kepyklėlė“\n{ph}\n{em}\n",
        pip=_private_ip(r), ip=(_ip_public_v4(r), IP), pw=(_password(r), PWD), nm=(p.full, P), ph=(c.phone(r.choice("mf"), r.choice(["intl", "nat"])), PH), em=(c.email(p), EM))
    return b.done()


@_tpl("sl-SI")
def t_sl_ponudba_streha(r):
    c = _Ctx(r, "SI")
    p, me = c.person(), c.person()
    b = _B()
    b.f("Spoštovani {nm},\n\nv prilogi pošiljamo ponudbo št. {po} za zamenjavo kritine in postavitev odra na naslovu {a}. Skupaj {zn} EUR z DDV.\n",
        nm=(c.name(p, r.choice(["full", "surname"])), P), po=f"{_digits(r, 3)}/2026", a=(c.addr(), ADDR), zn=f"{r.randint(3, 40)}.{_digits(r, 3)},00")
    b.f("Avans nakažite na {iban}, sklic SI00 {sk}.\n\nLep pozdrav,\n{me}\nKrovstvo Golob d.o.o.\n{ph}\n", iban=(c.iban(), IBAN), sk=_digits(r, 8), me=(me.full, P), ph=(c.phone("f"), PH))
    return b.done()


@_tpl("sw-KE")
def t_sw_ujumbe_mkate(r):
    c = _Ctx(r, "SW")
    p = c.person()
    b = _B()
    b.f("Ujumbe kutoka {ph}: Habari, mimi ni {nm}. Naomba mikate 50 na keki moja ya harusi kwa tarehe {d}. Nimelipa kwa M-Pesa, nambari ya muamala {m}.\n",
        ph=(c.phone("m"), PH), nm=(c.name(p, r.choice(["full", "first"])), P), d=c.date(0, 30, "%d/%m"), m=_alnum(r, 10, string.ascii_uppercase + string.digits))
    b.f("Jibu: Asante {fn}! Oda nambari {o} imepokelewa. Tutaleta {a}.\n", fn=(p.given, P), o=_digits(r, 5), a=(c.addr(), ADDR))
    return b.done()


@_tpl("ms-MY")
def t_ms_tempahan_kek(r):
    c = _Ctx(r, "MY")
    p = c.person()
    b = _B()
    b.f("Tempahan baru #{o}\nNama: {nm}\nNo. telefon: {ph}\nE-mel: {em}\nAlamat penghantaran: {a}\nPesanan: kek coklat moist 2kg, tulis \"Selamat Hari Jadi {kid}\"\nTarikh ambil: {d}\nBayaran: FPX, rujukan {ref}\n",
        o=_digits(r, 5), nm=(p.full, P), ph=(c.phone("m"), PH), em=(c.email(p), EM), a=(c.addr(), ADDR), kid=(c.person().first, P), d=c.date(0, 14, "%d/%m/%Y"), ref=_digits(r, 12))
    return b.done()


# ----------------------------------------------------------------------------------------------
# Structured tables.  A column spec is (header, entity-or-None, fn(ctx, person) -> str, blank_rate,
# placeholder_rate).  One _Ctx and one person per row keep a row's values consistent.
# ----------------------------------------------------------------------------------------------

_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?"]


def _b(r, p=0.5):
    return r.choice(["true", "false"]) if r.random() < p else r.choice(["TRUE", "FALSE", "1", "0", "yes", "no"])


def _tsf(c, fmt="%Y-%m-%d %H:%M:%S"):
    return _ts(c.r, 400).strftime(fmt)


def _tab_auction_bidders():
    return "auction_bidders", "US", [
        ("bidder_id", None, lambda c, p: "B" + _digits(c.r, 6), 0, 0),
        ("bidder_first", P, lambda c, p: p.first, 0, 0),
        ("bidder_last", P, lambda c, p: p.last, 0.05, 0),
        ("Email", EM, lambda c, p: c.email(p), 0.02, 0),
        ("email_verified", None, lambda c, p: _b(c.r), 0, 0),
        ("tel", PH, lambda c, p: c.phone(c.r.choice("mf"), "nat"), 0.15, 0.03),
        ("phone_type", None, lambda c, p: c.r.choice(["mobile", "landline", "work", "home"]), 0.15, 0),
        ("addr1", ADDR, lambda c, p: c.addr(), 0.1, 0),
        ("address_type", None, lambda c, p: c.r.choice(["billing", "shipping", "both"]), 0, 0),
        ("dob", DOB, lambda c, p: c.dob("%m/%d/%Y"), 0.35, 0.02),
        ("dob_verified", None, lambda c, p: _b(c.r), 0, 0),
        ("paddle_no", None, lambda c, p: str(c.r.randint(100, 999)), 0.2, 0),
        ("card_number", CC, lambda c, p: _card(c.r, "plain"), 0.3, 0),
        ("card_last4", None, lambda c, p: _digits(c.r, 4), 0.3, 0),
        ("card_exp", None, lambda c, p: f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 32)}", 0.3, 0),
        ("max_bid_usd", None, lambda c, p: f"{c.r.randint(50, 90000)}.00", 0.1, 0),
        ("lots_watched", None, lambda c, p: ",".join(str(c.r.randint(1, 700)) for _ in range(c.r.randint(1, 4))), 0.3, 0),
        ("registered_at", None, lambda c, p: _tsf(c), 0, 0),
        ("col_7", IP, lambda c, p: _ip_public_v4(c.r) if c.r.random() < 0.8 else _ip_public_v6(c.r), 0.1, 0),
        ("session_id", None, lambda c, p: _hex(c.r, 32), 0, 0),
        ("referral_source", None, lambda c, p: c.r.choice(["LiveAuctioneers", "Invaluable", "newsletter", "walk-in", "Google"]), 0.4, 0),
    ]


def _tab_auction_consignments():
    return "einlieferungen", "DE", [
        ("Einlieferungsnr", None, lambda c, p: f"E-2026-{_digits(c.r, 5)}", 0, 0),
        ("Vorname", P, lambda c, p: p.first, 0, 0),
        ("Nachname", P, lambda c, p: p.last, 0, 0),
        ("Geburtsdatum", DOB, lambda c, p: c.dob(), 0.4, 0),
        ("Anschrift", ADDR, lambda c, p: c.addr(), 0.05, 0),
        ("field_3", LOC, lambda c, p: c.town()[0], 0.2, 0),
        ("Telefon", PH, lambda c, p: c.phone(c.r.choice("mf"), c.r.choice(["nat", "intl"])), 0.1, 0.03),
        ("E-Mail", EM, lambda c, p: c.email(p), 0.1, 0),
        ("IBAN", IBAN, lambda c, p: c.iban(), 0.15, 0),
        ("BIC", None, lambda c, p: _swift(c.r), 0.15, 0),
        ("Objekt", None, lambda c, p: c.r.choice(["Meissener Teller, Zwiebelmuster", "Biedermeier-Kommode", "Steiff-Teddy 1950er", "Otto-Dix-Radierung (Kopie)", "Taschenuhr Glashütte"]), 0, 0),
        ("Schätzpreis", None, lambda c, p: f"{c.r.randint(80, 20000)},00 €", 0, 0),
        ("Limit", None, lambda c, p: f"{c.r.randint(50, 15000)}", 0.3, 0),
        ("Provision_%", None, lambda c, p: str(c.r.choice([12, 15, 18, 20])), 0, 0),
        ("Eingangsdatum", None, lambda c, p: c.date(300, 0, "%d.%m.%Y"), 0, 0),
        ("Lagerort", None, lambda c, p: c.r.choice(["Lager München", "Depot Leipzig", "Saal 2 Bremen"]), 0, 0),
        ("Zustand", None, lambda c, p: c.r.choice(["sehr gut", "gut", "Gebrauchsspuren", "restauriert"]), 0.2, 0),
        ("Foto-Hash", None, lambda c, p: _sha256(c.r), 0.25, 0),
    ]


def _tab_student_tenants():
    return "student_tenants", "GB", [
        ("RoomRef", None, lambda c, p: f"{c.r.choice('ABCDE')}{c.r.randint(1, 6)}-{c.r.randint(1, 12):02d}", 0, 0),
        ("FirstName", P, lambda c, p: p.first, 0, 0),
        ("Surname", P, lambda c, p: p.last, 0, 0),
        ("StudentEmail", EM, lambda c, p: c.email(p, c.r.choice(["student.leeds.ac.uk", "uea.ac.uk", "bristol.ac.uk"])), 0.05, 0),
        ("MobileNo", PH, lambda c, p: c.phone("m", c.r.choice(["nat", "compact"])), 0.1, 0),
        ("DateOfBirth", DOB, lambda c, p: c.dob("%d/%m/%Y"), 0.2, 0),
        ("HomeAddress", ADDR, lambda c, p: c.addr(), 0.15, 0),
        ("HomeTown", LOC, lambda c, p: c.town()[0], 0.25, 0.02),
        ("GuarantorName", P, lambda c, p: c.person().full, 0.4, 0.03),
        ("attr2", PH, lambda c, p: c.phone("f"), 0.45, 0),
        ("Block", None, lambda c, p: c.r.choice(["Kelvin", "Brunel", "Austen", "Darwin"]), 0, 0),
        ("TenancyStart", None, lambda c, p: "14/09/2026", 0, 0),
        ("TenancyEnd", None, lambda c, p: "21/06/2027", 0, 0),
        ("RentPCM", None, lambda c, p: f"£{c.r.randint(520, 1100)}", 0, 0),
        ("DepositAmount", None, lambda c, p: f"£{c.r.randint(200, 600)}.00", 0, 0),
        ("DepositSchemeRef", None, lambda c, p: "TDS" + _digits(c.r, 9), 0.1, 0),
        ("PetName", None, lambda c, p: c.r.choice(["Biscuit", "Mochi", "Winston", "Nala", "Pickle"]), 0.85, 0),
        ("KeyFobId", None, lambda c, p: _hex(c.r, 8).upper(), 0, 0),
        ("ContractSigned", None, lambda c, p: _b(c.r), 0, 0),
        ("NameOfCourse", None, lambda c, p: c.r.choice(["BSc Computer Science", "LLB Law", "MA Hume Studies", "BA Nightingale Nursing", "MEng Civil"]), 0.1, 0),
    ]


def _tab_maintenance_requests():
    return "onderhoudsverzoeken", "NL", [
        ("verzoek_nr", None, lambda c, p: "OV" + _digits(c.r, 6), 0, 0),
        ("gemeld_op", None, lambda c, p: _tsf(c, "%d-%m-%Y %H:%M"), 0, 0),
        ("huurder", P, lambda c, p: c.name(p, c.r.choice(["full", "last_first"])), 0, 0),
        ("gemeld_door", P, lambda c, p: p.first, 0.3, 0),
        ("telefoon", PH, lambda c, p: c.phone("m"), 0.15, 0),
        ("telefoon_type", None, lambda c, p: c.r.choice(["mobiel", "vast", "werk"]), 0.15, 0),
        ("e-mail", EM, lambda c, p: c.email(p), 0.1, 0),
        ("Adres", ADDR, lambda c, p: c.addr(), 0, 0),
        ("categorie", None, lambda c, p: c.r.choice(["verwarming", "lekkage", "elektra", "slot/deur", "ongedierte"]), 0, 0),
        ("omschrijving", None, lambda c, p: c.r.choice(["kraan lekt", "radiator blijft koud", "lamp gang kapot", "deur klemt", "schimmel badkamer"]), 0, 0),
        ("prioriteit", None, lambda c, p: c.r.choice(["laag", "normaal", "hoog", "spoed"]), 0, 0),
        ("monteur_bedrijf", None, lambda c, p: c.r.choice(["Installatiebedrijf Jansen B.V.", "Van Dijk Loodgieters", "Elektro Bakker", "Hendriks Onderhoud"]), 0.2, 0),
        ("vestiging", None, lambda c, p: c.r.choice(["Utrecht", "Groningen", "Delft"]), 0, 0),
        ("werkbon_nr", None, lambda c, p: "WB-" + _digits(c.r, 6), 0.3, 0),
        ("kosten_eur", None, lambda c, p: f"{c.r.randint(0, 900)},{c.r.choice(['00', '50', '95'])}", 0.3, 0),
        ("status", None, lambda c, p: c.r.choice(["open", "ingepland", "afgerond"]), 0, 0),
        ("foto_uuid", None, lambda c, p: _uuid(c.r), 0.5, 0),
        ("deurcode", None, lambda c, p: _digits(c.r, 4), 0.5, 0),
    ]


def _tab_scaffold_jobs():
    return "scaffold_jobs", "AU", [
        ("JobNo", None, lambda c, p: "SJ" + _digits(c.r, 5), 0, 0),
        ("Client Company", None, lambda c, p: c.r.choice(["Hutchinson Builders", "Kennedy Roofing Pty Ltd", "Lendlease", "Smith & Sons Carpentry"]), 0.2, 0),
        ("Site Contact", P, lambda c, p: c.name(p, c.r.choice(["full", "first", "initial"])), 0.05, 0),
        ("Contact Ph", PH, lambda c, p: c.phone("m", "nat"), 0.05, 0.02),
        ("Client Email", EM, lambda c, p: c.email(p), 0.3, 0),
        ("Site Address", ADDR, lambda c, p: c.addr(), 0, 0),
        ("Foreman", P, lambda c, p: c.person("m").first, 0.1, 0),
        ("Scaffold Type", None, lambda c, p: c.r.choice(["Kwikstage", "Tube & coupler", "Mobile tower", "Cantilever"]), 0, 0),
        ("Height m", None, lambda c, p: str(c.r.randint(3, 30)), 0, 0),
        ("Start Date", None, lambda c, p: c.date(200, 60, "%d/%m/%Y"), 0, 0),
        ("Dismantle Date", None, lambda c, p: c.date(100, 120, "%d/%m/%Y"), 0.4, 0),
        ("Depot", None, lambda c, p: c.r.choice(["Geelong", "Wollongong", "Toowong"]), 0, 0),
        ("Permit Ref", None, lambda c, p: "CP-" + _digits(c.r, 7), 0.5, 0),
        ("GPS", None, lambda c, p: f"{c.r.uniform(-38, -27):.5f}, {c.r.uniform(115, 153):.5f}", 0.3, 0),
        ("Quote AUD", None, lambda c, p: f"${c.r.randint(900, 60000):,}", 0, 0),
        ("Crew Size", None, lambda c, p: str(c.r.randint(2, 8)), 0, 0),
        ("SWMS Version", None, lambda c, p: _version(c.r), 0, 0),
        ("Vehicle Rego", None, lambda c, p: f"{_alnum(c.r, 3, string.ascii_uppercase)}{_digits(c.r, 3)}", 0.2, 0),
        ("Inspection Tag", None, lambda c, p: "TAG-" + _hex(c.r, 6).upper(), 0.3, 0),
        ("Hire Weeks", None, lambda c, p: str(c.r.randint(1, 26)), 0, 0),
    ]


def _tab_roofing_leads():
    return "contactes_teulades", "CAT", [
        ("id_lead", None, lambda c, p: _digits(c.r, 6), 0, 0),
        ("nom", P, lambda c, p: p.first, 0, 0),
        ("cognoms", P, lambda c, p: p.last, 0.05, 0),
        ("telèfon", PH, lambda c, p: c.phone(c.r.choice("mf"), c.r.choice(["nat", "compact", "intl"])), 0.05, 0),
        ("correu", EM, lambda c, p: c.email(p), 0.3, 0),
        ("adreça", ADDR, lambda c, p: c.addr(), 0.2, 0),
        ("població", LOC, lambda c, p: c.town()[0], 0.1, 0),
        ("origen", None, lambda c, p: c.r.choice(["web", "fira Sant Jordi", "recomanació", "telèfon"]), 0, 0),
        ("tipus_teulada", None, lambda c, p: c.r.choice(["teula àrab", "pissarra", "terrat pla", "panell sandvitx"]), 0, 0),
        ("superfície_m2", None, lambda c, p: str(c.r.randint(30, 400)), 0.1, 0),
        ("pressupost_eur", None, lambda c, p: f"{c.r.randint(1500, 60000)},00", 0.3, 0),
        ("data_visita", None, lambda c, p: c.date(100, 30, "%d/%m/%Y"), 0.4, 0),
        ("comercial_zona", None, lambda c, p: c.r.choice(["Girona", "Vic", "Reus"]), 0, 0),
        ("estat", None, lambda c, p: c.r.choice(["nou", "visitat", "pressupostat", "guanyat", "perdut"]), 0, 0),
        ("consentiment_rgpd", None, lambda c, p: _b(c.r), 0, 0),
        ("puntuació", None, lambda c, p: str(c.r.randint(0, 100)), 0, 0),
    ]


def _tab_msp_users():
    return "m365_user_export", "US", [
        ("userId", None, lambda c, p: _uuid(c.r), 0, 0),
        ("displayName", P, lambda c, p: p.full, 0, 0),
        ("upn", EM, lambda c, p: c.email(p, c.r.choice(["lakeviewdental.com", "harlowfinch.com", "crumbco.com"])), 0, 0),
        ("department", None, lambda c, p: c.r.choice(["Front Desk", "Accounts", "Ops", "Sales"]), 0.2, 0),
        ("jobTitle", None, lambda c, p: c.r.choice(["Office Manager", "Hygienist", "Bookkeeper", "Estimator"]), 0.2, 0),
        ("mobilePhone", PH, lambda c, p: c.phone("m", c.r.choice(["intl", "e164", "nat"])), 0.3, 0),
        ("phone_type", None, lambda c, p: c.r.choice(["mobile", "business", "none"]), 0, 0),
        ("pwd", PWD, lambda c, p: _password(c.r), 0.2, 0),
        ("password_changed_at", None, lambda c, p: _tsf(c, "%Y-%m-%dT%H:%M:%SZ"), 0, 0),
        ("password_hash", None, lambda c, p: c.r.choice([_bcrypt(c.r), _argon(c.r)]), 0, 0),
        ("mfa_enabled", None, lambda c, p: _b(c.r), 0, 0),
        ("api_token", KEY, lambda c, p: _api_key(c.r), 0.6, 0),
        ("accountSid", None, lambda c, p: "AC" + _hex(c.r, 32), 0.3, 0),
        ("last_public_ip", IP, lambda c, p: _ip_public_v4(c.r), 0.1, 0),
        ("lan_ip", None, lambda c, p: _private_ip(c.r), 0.1, 0),
        ("device_imei", None, lambda c, p: _imei(c.r), 0.4, 0),
        ("os_version", None, lambda c, p: c.r.choice(["Windows 11 23H2", "iOS 18.1", "macOS 15.1", "Android 14"]), 0, 0),
        ("license_sku", None, lambda c, p: c.r.choice(["O365_BUSINESS_PREMIUM", "EXCHANGESTANDARD", "SPB"]), 0, 0),
        ("mailbox_size_gb", None, lambda c, p: f"{c.r.uniform(0.1, 49):.2f}", 0, 0),
        ("last_login_at", None, lambda c, p: _tsf(c, "%Y-%m-%dT%H:%M:%SZ"), 0.05, 0),
        ("officeStreet", ADDR, lambda c, p: c.addr(), 0.5, 0),
    ]


def _tab_msp_tickets():
    return "destek_talepleri", "TR", [
        ("talep_no", None, lambda c, p: "DT-" + _digits(c.r, 6), 0, 0),
        ("acilis_zamani", None, lambda c, p: _tsf(c, "%d.%m.%Y %H:%M"), 0, 0),
        ("firma", None, lambda c, p: c.r.choice(["Yılmaz Mimarlık", "Kaya Eczanesi", "Demir Hukuk Bürosu", "Öztürk Muhasebe"]), 0, 0),
        ("talep_eden", P, lambda c, p: c.name(p, c.r.choice(["full", "upper", "first"])), 0, 0),
        ("telefon", PH, lambda c, p: c.phone(c.r.choice("mf")), 0.1, 0.02),
        ("eposta", EM, lambda c, p: c.email(p), 0.2, 0),
        ("kategori", None, lambda c, p: c.r.choice(["yazıcı", "e-posta", "VPN", "donanım", "şifre sıfırlama"]), 0, 0),
        ("oncelik", None, lambda c, p: c.r.choice(["düşük", "orta", "yüksek"]), 0, 0),
        ("gecici_sifre", PWD, lambda c, p: _password(c.r), 0.55, 0),
        ("dis_ip", IP, lambda c, p: _ip_public_v4(c.r), 0.3, 0),
        ("ic_ip", None, lambda c, p: _private_ip(c.r), 0.3, 0),
        ("cihaz_seri_no", None, lambda c, p: _alnum(c.r, 10, string.ascii_uppercase + string.digits), 0.4, 0),
        ("yazilim_surumu", None, lambda c, p: _version(c.r), 0.2, 0),
        ("teknisyen_grubu", None, lambda c, p: c.r.choice(["L1", "L2", "Saha"]), 0, 0),
        ("sube", None, lambda c, p: c.r.choice(["İzmir", "Bursa", "Ankara"]), 0, 0),
        ("sla_dk", None, lambda c, p: str(c.r.choice([30, 60, 240, 480])), 0, 0),
        ("durum", None, lambda c, p: c.r.choice(["açık", "beklemede", "çözüldü"]), 0, 0),
    ]


def _tab_bakery_wholesale():
    return "clients_grossistes", "FR", [
        ("code_client", None, lambda c, p: "CL" + _digits(c.r, 5), 0, 0),
        ("raison_sociale", None, lambda c, p: c.r.choice(["Café Martin", "Brasserie Chez Laurent", "Hôtel Mercier", "Épicerie Faure & Fils", "Restaurant Le Rabelais"]), 0, 0),
        ("siret", None, lambda c, p: _digits(c.r, 14), 0.1, 0),
        ("tva_intracom", None, lambda c, p: "FR" + _digits(c.r, 11), 0.2, 0),
        ("contact_prenom", P, lambda c, p: p.first, 0.05, 0),
        ("contact_nom", P, lambda c, p: p.last, 0.05, 0),
        ("tél", PH, lambda c, p: c.phone(c.r.choice("mf"), "nat"), 0.05, 0),
        ("courriel", EM, lambda c, p: c.email(p), 0.2, 0),
        ("adresse_livraison", ADDR, lambda c, p: c.addr(), 0, 0),
        ("iban", IBAN, lambda c, p: c.iban(), 0.3, 0),
        ("jour_livraison", None, lambda c, p: c.r.choice(["lundi", "mardi", "jeudi", "samedi"]), 0, 0),
        ("tournée", None, lambda c, p: c.r.choice(["T1 Nord", "T2 Centre", "T3 Sud"]), 0, 0),
        ("remise_pct", None, lambda c, p: str(c.r.choice([0, 5, 8, 10])), 0, 0),
        ("encours_eur", None, lambda c, p: f"{c.r.randint(0, 4000)},{_digits(c.r, 2)}", 0, 0),
        ("produit_favori", None, lambda c, p: c.r.choice(["Baguette tradition", "Pain Paul", "Croissant beurre", "Brioche Nanterre"]), 0.2, 0),
        ("date_ouverture", None, lambda c, p: c.date(2000, 0, "%d/%m/%Y"), 0, 0),
        ("statut", None, lambda c, p: c.r.choice(["actif", "suspendu"]), 0, 0),
        ("dernier_bon", None, lambda c, p: "BC-" + _digits(c.r, 6), 0.1, 0),
    ]


def _tab_cake_orders():
    return "cake_orders", "IE", [
        ("order_ref", None, lambda c, p: "CK" + _digits(c.r, 5), 0, 0),
        ("created_at", None, lambda c, p: _tsf(c), 0, 0),
        ("customer", P, lambda c, p: c.name(p, c.r.choice(["full", "full", "last_first", "lower"])), 0, 0),
        ("phone", PH, lambda c, p: c.phone("m", c.r.choice(["nat", "compact", "intl"])), 0.05, 0),
        ("email", EM, lambda c, p: c.email(p), 0.25, 0),
        ("delivery_addr", ADDR, lambda c, p: c.addr(), 0.55, 0),
        ("cake_for", P, lambda c, p: c.person().first, 0.3, 0),
        ("bday_person_dob", DOB, lambda c, p: c.dob("%d/%m/%Y"), 0.6, 0),
        ("flavour", None, lambda c, p: c.r.choice(["lemon drizzle", "Guinness chocolate", "carrot", "red velvet"]), 0, 0),
        ("tiers", None, lambda c, p: str(c.r.randint(1, 4)), 0, 0),
        ("message_on_cake", None, lambda c, p: c.r.choice(["Happy 40th!", "Congrats Grad", "Happy Retirement", "Welcome Baby"]), 0.3, 0),
        ("pickup_date", None, lambda c, p: c.date(30, 30, "%d/%m/%Y"), 0, 0),
        ("price_eur", None, lambda c, p: f"{c.r.randint(35, 400)}.00", 0, 0),
        ("deposit_paid", None, lambda c, p: _b(c.r), 0, 0),
        ("card_no", CC, lambda c, p: _card(c.r), 0.4, 0),
        ("card_last4", None, lambda c, p: _digits(c.r, 4), 0.4, 0),
        ("card_exp", None, lambda c, p: f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}", 0.4, 0),
        ("allergy_notes", None, lambda c, p: c.r.choice(["nut free", "coeliac", "none", "egg allergy"]), 0.5, 0),
        ("branch", None, lambda c, p: c.r.choice(["Galway", "Athlone", "Sligo"]), 0, 0),
        ("order_channel", None, lambda c, p: c.r.choice(["web", "phone", "in-store", "Instagram DM"]), 0, 0),
    ]


def _tab_mortgage_applicants():
    return "MORTGAGE_APPLICANTS", "US", [
        ("LOAN_ID", None, lambda c, p: "LN" + _digits(c.r, 8), 0, 0),
        ("APP_DATE", None, lambda c, p: c.date(200, 0, "%m/%d/%Y"), 0, 0),
        ("APPLICANT_FIRST", P, lambda c, p: p.first, 0, 0),
        ("APPLICANT_LAST", P, lambda c, p: p.last, 0, 0),
        ("SSN", SSN, lambda c, p: _ssn(c.r) if c.r.random() < 0.8 else _ssn(c.r).replace("-", ""), 0.05, 0),
        ("SSN_LAST4", None, lambda c, p: _digits(c.r, 4), 0, 0),
        ("DOB", DOB, lambda c, p: c.dob(c.r.choice(["%m/%d/%Y", "%Y-%m-%d"])), 0.05, 0),
        ("DOB_VERIFIED", None, lambda c, p: c.r.choice(["Y", "N"]), 0, 0),
        ("CELL", PH, lambda c, p: c.phone("m", "nat"), 0.1, 0),
        ("EMAIL", EM, lambda c, p: c.email(p), 0.1, 0),
        ("HOME_ADDR", ADDR, lambda c, p: c.addr(), 0.05, 0),
        ("COL_12", LOC, lambda c, p: c.town(True)[0], 0.3, 0.03),
        ("ACCT_NO", BANK, lambda c, p: _us_account(c.r), 0.2, 0),
        ("ROUTING_NO", None, lambda c, p: _routing(c.r), 0.2, 0),
        ("LOAN_AMT", None, lambda c, p: f"{c.r.randint(90, 900) * 1000}", 0, 0),
        ("RATE", None, lambda c, p: f"{c.r.uniform(5.2, 7.9):.3f}", 0, 0),
        ("LTV", None, lambda c, p: f"{c.r.uniform(40, 97):.1f}", 0, 0),
        ("EMPLOYER", None, lambda c, p: c.r.choice(["Wendy's", "Kroger", "Boeing", "Dell Technologies", "Ben & Jerry's"]), 0.1, 0),
        ("CREDIT_SCORE", None, lambda c, p: str(c.r.randint(580, 830)), 0.05, 0),
        ("PROPERTY_TYPE", None, lambda c, p: c.r.choice(["SFR", "CONDO", "TOWNHOME", "2-4 UNIT"]), 0, 0),
        ("BRANCH_CITY", None, lambda c, p: c.r.choice(["Columbus", "Raleigh", "Omaha"]), 0, 0),
    ]


def _tab_mortgage_ro():
    return "dosare.credit", "RO", [
        ("dosar.id", None, lambda c, p: "D" + _digits(c.r, 7), 0, 0),
        ("client.nume", P, lambda c, p: p.last, 0, 0),
        ("client.prenume", P, lambda c, p: p.first, 0, 0),
        ("client.data_nasterii", DOB, lambda c, p: c.dob(), 0.15, 0),
        ("client.localitate", LOC, lambda c, p: c.town()[0], 0.2, 0),
        ("client.telefon", PH, lambda c, p: c.phone("m", c.r.choice(["nat", "intl", "compact"])), 0.1, 0),
        ("client.email", EM, lambda c, p: c.email(p), 0.2, 0.02),
        ("client.iban", IBAN, lambda c, p: c.iban(), 0.25, 0),
        ("banca", None, lambda c, p: c.r.choice(["Banca Transilvania", "BCR", "ING Bank", "BRD"]), 0, 0),
        ("suma_credit", None, lambda c, p: f"{c.r.randint(30, 400) * 1000} EUR", 0, 0),
        ("dobanda", None, lambda c, p: f"{c.r.uniform(4.5, 8.9):.2f}%", 0, 0),
        ("perioada_luni", None, lambda c, p: str(c.r.choice([120, 240, 300, 360])), 0, 0),
        ("data_aplicare", None, lambda c, p: c.date(300, 0, "%d.%m.%Y"), 0, 0),
        ("agentie", None, lambda c, p: c.r.choice(["Cluj-Napoca", "Sibiu", "Iași"]), 0, 0),
        ("scor", None, lambda c, p: str(c.r.randint(300, 900)), 0.3, 0),
        ("status", None, lambda c, p: c.r.choice(["in analiza", "aprobat", "respins"]), 0, 0),
        ("cod_produs", None, lambda c, p: c.r.choice(["IPO-FIX5", "IPO-VAR", "NOUA-CASA"]), 0, 0),
        ("rata_lunara", None, lambda c, p: f"{c.r.randint(250, 3000)},{_digits(c.r, 2)}", 0, 0),
    ]


_TABLES = [_tab_auction_bidders, _tab_auction_consignments, _tab_student_tenants, _tab_maintenance_requests, _tab_scaffold_jobs,
           _tab_roofing_leads, _tab_msp_users, _tab_msp_tickets, _tab_bakery_wholesale, _tab_cake_orders, _tab_mortgage_applicants, _tab_mortgage_ro]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for ti, mk in enumerate(_TABLES):
        name, cc, specs = mk()
        r = random.Random(f"cairn-tab-{seed}-{ti}")
        cols = [Column(h, ent, []) for (h, ent, _f, _b0, _p0) in specs]
        for _ in range(rows):
            c = _Ctx(r, cc)
            p = c.person()
            for col, (_h, _ent, fn, blank, ph) in zip(cols, specs):
                val = fn(c, p)
                x = r.random()
                if x < blank:
                    val = None
                elif x < blank + ph:
                    val = r.choice(_PLACEHOLDERS)
                col.values.append(val)
        out[name] = cols
    return out


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"cairn-{seed}")
    out = []
    for i in range(n):
        r = random.Random(f"cairn-{seed}-{i}-{rng.getrandbits(64)}")
        out.append(TEMPLATES[i % len(TEMPLATES)](r))
    return out
