"""Accuracy split "fell": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "fell", 2026-11-28 (fixed "today" used for every relative date).

Independence: written from the task prompt only (which gives the exact definitions of LABELS, Text, Column,
_luhn, _iban_of, _ip_public_v4 and _ip_public_v6 imported from bench/accuracy_data.py, and the project's label
conventions), plus `ls bench/` and the outputs of Faker 40.63 (name pools, example calls) and phonenumbers 9.0
(example numbers per region, validity checks). Nothing else in the repository was opened: not the scanner, its
rules, tests, docs, README/SPEC, bench/accuracy*.py, accuracy_data.py itself, results, notes, other splits or git
history. The scanner (pii-audit) and Presidio were never read or run.

API
---
free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)] with
  random.Random(f"fell-{seed}-{i}-{template name}"). The benchmark calls free_text(500, 7).
structured(rows, seed) -> dict[str, list[Column]]: 12 tables, every column `rows` values long, each table seeded
  with random.Random(f"fell-{seed}-table-{name}"). The benchmark calls structured(150, 11).
TEMPLATES: list of 60 template functions (each has a .lang attribute). Deterministic across processes and
  PYTHONHASHSEED values (string-seeded RNGs, Faker pools built with a fixed seed, no clock, no set iteration);
  free_text(500, 7) + structured(150, 11) take well under 2 s.

Domains: farm shop with weekly veg-box subscription, skip hire / waste collection, childminders and day nurseries,
self-storage, translation and interpreting agency, amateur sports-club membership office (free text also mixes in
general CRM/support traffic of the same firms).

Languages (60 templates): English 33 (55%) - en-US 8, en-GB 5, en-CA 3, en-AU 3, en-IN 2, en-IE 2, en-ZA 2,
en-NZ 2, en-PH 2, en-NG 2, en-KE 2. Other 27 (45%) over 13 languages - Catalan 3, Icelandic 2, Afrikaans 2,
Tagalog/Taglish 2, Malay 2, Turkish 2, Romanian 2, Vietnamese 2, Estonian 2, Welsh 2, Swahili 2, German 2, Polish 2
(11 of them from the "barely used" list). Names, towns, street formats, postcodes, phone formats and date formats
follow each text's country (Catalan -> ES, Welsh -> GB/Wales, Afrikaans -> ZA, Tagalog -> PH, Swahili -> KE).

Shapes: e-mails with signatures and '>'-quoted replies (nested '> >'), forwarded mail, WhatsApp exports (named and
unsaved-number speakers), Slack/Teams exports, live chat, Messenger/Zalo chats, SMS threads and notification SMS,
tickets with internal notes, CRM/call notes, a lower-case speech-to-text transcript, form dumps (key: value,
key=value; JSON lines), web-server access logs, app logs and webhook logs, a .env config, an OCR'd rental form,
TSV rows pasted from a spreadsheet, notification subjects, and two texts with no PII at all.

Value rules: phones are generated in real mobile / fixed ranges and every one is checked with
phonenumbers.is_valid_number(parse(value, country)) in the format written (national, international, E.164,
compact, dashed, dotted, spoken-digit groups). Cards are Luhn-valid (_luhn; Visa/MC/Amex/Discover, spaced,
dashed or plain). SSNs avoid area 000/666/9xx, group 00, serial 0000. US account numbers 8-12 digits;
routing numbers are ABA-checksummed but never labelled. IBANs: _iban_of for DE/ES/GB/IE/PL, own mod-97 for
IS/TR/RO/EE; spaced or not. IPs labelled only when public (_ip_public_v4/_v6); private ones are look-alikes.
Birth dates: adults 19-82 years old, nursery children 0-5, club juniors; local formats (MM/DD/YYYY,
DD/MM/YYYY, ISO, "4th March 1987", "8 de maig de 2024", "4. mars 1987", "ngày 4 tháng 3 năm 1987", "Hunyo 11,
1970", lower-case spoken "march 4 1987", ...).

Label conventions as applied: PERSON spans are names only (titles Mr/Frau/Hanım/juffrou, "Coach", "Agent"
outside; "First L." keeps the period; "Last, First" and upper/lower case are one span; chat speakers labelled;
Turkish suffixes after the apostrophe outside). Names inside shop/company/venue/street names (Abbott's Farm
Shop, Traduccions Pujol & Vidal, Schiller & Partner, Oom Koos se Plaasstal, Atatürk Spor Salonu, Lincoln Ave,
Trần Phú, ul. Mickiewicza, Jan Smuts Avenue) and pet names are not labelled. STREET_ADDRESS: one span per
one-line address incl. postcode and town, one span for a multi-line block, one span per '>'-quoted line,
business addresses in signatures labelled, bare street lines labelled. LOCATION only where a person lives,
comes from, was born or travels to; branch, depot, site, office, venue and collection-point towns are not.
DATE_OF_BIRTH only for birth dates. PASSWORD/API_KEY only plaintext secrets (hashes, pk_live_ keys, Twilio
SIDs, Sentry DSN keys, session ids are not). Every address (role addresses too) is EMAIL_ADDRESS, every valid
number (business lines too) PHONE_NUMBER. Spans never include quotes, brackets or trailing punctuation; the
builder asserts span text == inserted value, no overlap, no quote/bracket/space edges.

Look-alikes (unlabelled): masked cards and last-4, expiry/CVV, private IPs, version strings, bcrypt / argon2 /
sha256 hashes, UUIDs, order/ticket/booking/tracking/policy/receipt/M-Pesa/GCash refs, OTPs, gate and door codes,
IMEIs (Luhn-valid 15 digits), ABA routing numbers alone, BICs, GPS coordinates, amounts, timestamps and
non-birth dates, brand names containing person names (Ben & Jerry's, Tim Hortons, Paul Smith's), pet names,
branch/depot towns, publishable keys and account SIDs.

Tables (name: locale, columns total = PII + look-alike, header style)
  farmshop_vegbox_subscribers_gb: en-GB, 21 = 9 + 12, spaced Title Case + abbreviations (Tel, DOB) + opaque col_7
  farmshop_orders_ie:             en-IE, 16 = 6 + 10, snake_case
  skip_bookings_au:               en-AU, 20 = 6 + 14, camelCase + opaque field_3 (driver first name)
  afval_bestellings_za:           af-ZA, 17 = 7 + 10, Afrikaans headers (Naam / Van split name)
  nursery_children_gb:            en-GB, 21 = 9 + 12, UPPER_SNAKE + opaque ATTR2; collection passwords
  llar_infants_families_cat:      ca-ES, 19 = 8 + 11, Catalan headers (nom / cognoms), IBAN
  storage_tenants_us:             en-US, 22 = 10 + 12, snake_case + abbreviations (dob, pwd); SSN, ACH account, card
  storage_access_log_us:          en-US, 17 = 4 + 13, dotted (client.ip, attr.last) + opaque field_3
  interpreters_roster_pl:         pl-PL, 20 = 9 + 11, Polish headers; IBAN, portal passwords
  translation_jobs_tr:            tr-TR, 16 = 6 + 10, Turkish headers; IBAN, API keys
  club_members_ee:                et-EE, 18 = 8 + 10, Estonian headers (eesnimi / perenimi)
  club_members_is:                is-IS, 17 = 7 + 10, Icelandic headers; IBAN, passwords
  Total 224 columns: 89 PII, 135 look-alike. Blank (None) rates 0-55% per column; some PII columns hold a few
  placeholders (N/A, -, unknown, n/a), which stay in the column of that entity.

Known limits: texts are template-built, so sentence frames repeat across the 500 texts with different values;
non-English grammar is written by a non-native author (case endings are avoided by putting towns after
neutral frames); name pools come from Faker where its locale is good and from short hand lists otherwise
(Catalan, Icelandic, Afrikaans, Filipino, Malay, Vietnamese, Welsh, Swahili); street/postcode pairs are
plausible, not real addresses; free text has few US bank numbers (~10) and cards (~17) per 500 texts.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata
import uuid

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)

PER, EM, PH, CC, SSN, BANK, IBAN, IP = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
ADDR, LOC, DOB, PW, KEY = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert set((PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY)) <= set(LABELS)

# ---------------------------------------------------------------------------------------------
# text builder: every labelled value is appended as a unit, so offsets are exact by construction
# ---------------------------------------------------------------------------------------------
_MARK = re.compile(r"<<(\w+)>>")
_BAD_EDGE = set("\"'()[]{}<>,;:!?") | set(string.whitespace)


class B:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.expect: list[str] = []
        self.pos = 0

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, s: str, label: str | None = None) -> B:
        s = str(s)
        if label:
            assert label in LABELS, label
            assert s, "empty labelled value"
            self.spans.append((self.pos, self.pos + len(s), label))
            self.expect.append(s)
        return self.t(s)

    def f(self, tpl: str, **vals) -> B:
        last = 0
        for m in _MARK.finditer(tpl):
            self.t(tpl[last:m.start()])
            val = vals[m.group(1)]
            if isinstance(val, tuple):
                self.v(val[0], val[1])
            else:
                self.t(str(val))
            last = m.end()
        self.t(tpl[last:])
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        assert "<<" not in text, text
        prev = -1
        for (s, e, lab), want in zip(self.spans, self.expect):
            assert text[s:e] == want, (text[s:e], want)
            assert s >= prev, ("overlap", text[s:e])
            prev = e
            assert (text[s] not in _BAD_EDGE or (lab == PH and text[s] == "(")) and text[e - 1] not in _BAD_EDGE, (lab, want)
            if lab != PER and lab != ADDR:
                assert not want.endswith("."), want
        return Text(text, list(self.spans))


def fill(tpl: str, **vals) -> Text:
    return B().f(tpl, **vals).done()


def fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("æ", "ae")
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
def _pool(loc: str, kind: str, n: int = 160) -> list[str]:
    fk = Faker(loc)
    fk.seed_instance(20261128)
    out: list[str] = []
    seen: dict[str, None] = {}
    fn = getattr(fk, kind)
    for _ in range(n * 3):
        x = fn()
        if x not in seen and " " not in x.strip():
            seen[x] = None
            out.append(x)
        if len(out) >= n:
            break
    return out


_FAKER_NAMES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}


def _faker_names(loc: str):
    if loc not in _FAKER_NAMES:
        has_gender_last = loc in ("pl_PL",)
        lm = _pool(loc, "last_name_male" if has_gender_last else "last_name")
        lf = _pool(loc, "last_name_female") if has_gender_last else lm
        _FAKER_NAMES[loc] = (_pool(loc, "first_name_male"), _pool(loc, "first_name_female"), lm, lf)
    return _FAKER_NAMES[loc]


_HAND = {
    "cat": (["Jordi", "Pau", "Marc", "Oriol", "Arnau", "Pere", "Joan", "Xavier", "Jaume", "Martí", "Roger", "Quim"],
            ["Montserrat", "Núria", "Laia", "Mireia", "Anna", "Marta", "Roser", "Meritxell", "Aina", "Clara", "Gemma", "Ona"],
            ["Puig", "Ferrer", "Vila", "Soler", "Roca", "Serra", "Font", "Casals", "Pujol", "Vidal", "Riera", "Bosch",
             "Prats", "Torras", "Coll", "Sala", "Planas", "Camps"]),
    "is": (["Jón", "Gunnar", "Sigurður", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Bjarni", "Guðmundur", "Hörður", "Atli"],
           ["Guðrún", "Sigríður", "Kristín", "Anna", "Helga", "Margrét", "Sólveig", "Ásdís", "Katrín", "Hildur", "Þórunn", "Elín"],
           ["Jóns", "Gunnars", "Sigurðar", "Ólafs", "Einars", "Kristjáns", "Magnúsar", "Stefáns", "Bjarna", "Guðmundar",
            "Harðar", "Þórs", "Arnar", "Halldórs"]),
    "af": (["Johan", "Pieter", "Francois", "Hendrik", "Willem", "Jaco", "Riaan", "Gerhard", "Deon", "Christo", "Ruan", "Wian"],
           ["Annelie", "Marietjie", "Elmarie", "Sunette", "Karin", "Liezl", "Anri", "Mariska", "Elize", "Ronel", "Carien", "Lize"],
           ["van der Merwe", "Botha", "Pretorius", "Pienaar", "du Plessis", "Venter", "Nel", "Coetzee", "Steyn", "Joubert",
            "Kruger", "le Roux", "Swanepoel", "Fourie", "Erasmus", "van Wyk"]),
    "tl": (["Jose", "Ramon", "Rodel", "Jerome", "Mark Anthony", "Arnel", "Jomar", "Renato", "Paolo", "Carlo", "Noel", "Jayson"],
           ["Angelica", "Rowena", "Marites", "Lovely", "Princess", "Kristine", "Joy", "Rhea", "Lourdes", "Maricel", "Jennylyn", "Aileen"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Ramos", "Castillo",
            "Manalo", "Pascual", "Soriano", "Dimaculangan", "Macaraeg", "Tolentino"]),
    "ms": (["Ahmad", "Muhammad Faizal", "Hafiz", "Azman", "Khairul", "Syafiq", "Amirul", "Zulkifli", "Firdaus", "Hakim"],
           ["Nur Aisyah", "Farah", "Aminah", "Zarina", "Salmah", "Nur Syazwani", "Aida", "Nabilah", "Siti Khadijah", "Hanis"],
           ["Hassan", "Ismail", "Abdullah", "Rahman", "Osman", "Yusof", "Ibrahim", "Hamid", "Salleh", "Mansor", "Ariffin"]),
    "vi": (["An", "Bình", "Dũng", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Tuấn", "Việt", "Quân", "Thắng"],
           ["Hà", "Hương", "Lan", "Linh", "Mai", "Ngân", "Thảo", "Trang", "Vy", "Yến", "Nhung", "Phương"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]),
    "cy": (["Dafydd", "Rhys", "Gareth", "Iwan", "Owain", "Emyr", "Huw", "Geraint", "Aled", "Gethin", "Ifan", "Llŷr"],
           ["Siân", "Cerys", "Nia", "Ffion", "Angharad", "Bethan", "Catrin", "Eleri", "Gwenllian", "Mared", "Lowri", "Elin"],
           ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
            "Pritchard", "Parry", "Rees", "Llywelyn", "Bowen"]),
    "sw": (["Amani", "Baraka", "Juma", "Hamisi", "Otieno", "Kamau", "Mwangi", "Kiprop", "Omondi", "Wekesa"],
           ["Neema", "Zawadi", "Rehema", "Halima", "Wanjiru", "Akinyi", "Nafula", "Chebet", "Mwanaisha", "Atieno"],
           ["Otieno", "Kamau", "Wanjiku", "Mutua", "Njoroge", "Kiprono", "Achieng", "Odhiambo", "Mwakilema", "Chepkoech",
            "Barasa", "Mohamed", "Nyaga", "Kilonzo"]),
}
_VI_MID = (["Văn", "Đức", "Minh", "Quang", "Hữu"], ["Thị", "Ngọc", "Thu", "Thanh", "Bảo"])

# country/language -> name source
_NAME_SRC = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "IN": "en_IN", "NZ": "en_NZ", "KE": "en_KE", "NG": "en_NG",
             "CA": "en_US", "AU": "en_GB", "TR": "tr_TR", "RO": "ro_RO", "EE": "et_EE", "PL": "pl_PL", "DE": "de_DE",
             "ZA": "af", "PH": "tl", "ES": "cat", "IS": "is", "MY": "ms", "VN": "vi"}


class Name:
    def __init__(self, r: random.Random, cc: str, lang: str | None = None, gender: str | None = None):
        self.g = gender or r.choice("MF")
        src = {"cy": "cy", "sw": "sw"}.get(lang or "", _NAME_SRC[cc])
        if cc == "ZA" and lang != "af" and r.random() < 0.5:
            src = "zu_ZA" if r.random() < 0.6 else "en_GB"
        if cc == "AU" and r.random() < 0.5:
            src = "en_US"
        self.src = src
        mid = ""
        if src in _HAND:
            m, f, lastn = _HAND[src]
            self.first = r.choice(m if self.g == "M" else f)
            if src == "is":
                self.last = r.choice(lastn) + ("son" if self.g == "M" else "dóttir")
            elif src == "ms":
                self.last = r.choice(lastn)
            elif src == "vi":
                self.last = r.choice(lastn)
                mid = r.choice(_VI_MID[0] if self.g == "M" else _VI_MID[1])
            else:
                self.last = r.choice(lastn)
        else:
            fm, ff, lm, lf = _faker_names(src)
            self.first = r.choice(fm if self.g == "M" else ff)
            self.last = r.choice(lm if self.g == "M" else lf)
        self.mid = mid
        if src == "vi":
            self.full = f"{self.last} {mid} {self.first}"
        elif src == "ms":
            self.full = f"{self.first} {'bin' if self.g == 'M' else 'binti'} {self.last}"
        elif src == "cat" and r.random() < 0.6:
            self.last = f"{self.last} {r.choice(_HAND['cat'][2])}"
            self.full = f"{self.first} {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        # how the person is addressed with a first name only
        self.call = self.first

    def initial(self) -> str:
        return f"{self.first} {self.last[0].upper()}."

    def comma(self) -> str:
        return f"{self.last}, {self.first}"


# ---------------------------------------------------------------------------------------------
# places: (town, postcode prefix / region, extra) and street names per country
# ---------------------------------------------------------------------------------------------
US_TOWNS = [("Dayton", "OH", "454", "937"), ("Tacoma", "WA", "984", "253"), ("Boise", "ID", "837", "208"),
            ("Albany", "NY", "122", "518"), ("Mesa", "AZ", "852", "480"), ("Tulsa", "OK", "741", "918"),
            ("Fresno", "CA", "937", "559"), ("Savannah", "GA", "314", "912"), ("Madison", "WI", "537", "608"),
            ("Durham", "NC", "277", "919"), ("Lansing", "MI", "489", "517"), ("Eugene", "OR", "974", "541")]
US_STREETS = ["Maple", "Oak", "Cedar Ridge", "Lincoln", "Washington", "Park", "Elm", "Hillcrest", "Sunset",
              "Willow Creek", "Pine", "Lakeview", "Chestnut", "Meadow", "River Bend"]
GB_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Sheffield", "S10"), ("Reading", "RG1"),
            ("Exeter", "EX4"), ("Derby", "DE22"), ("York", "YO31"), ("Lancaster", "LA1"), ("Shrewsbury", "SY3"),
            ("Ipswich", "IP4"), ("Taunton", "TA1")]
GB_STREETS = ["Ash Grove", "Church Lane", "Victoria Road", "Mill Street", "Station Road", "The Crescent",
              "Hawthorn Close", "Queens Avenue", "Orchard Way", "Beech Drive", "Kingsley Road", "Park View",
              "Meadow Lane", "Albert Terrace"]
CY_TOWNS = [("Aberystwyth", "SY23"), ("Bangor", "LL57"), ("Caerfyrddin", "SA31"), ("Caernarfon", "LL55"),
            ("Llanelli", "SA15"), ("Dolgellau", "LL40"), ("Aberteifi", "SA43"), ("Pwllheli", "LL53")]
CY_STREETS = ["Stryd Fawr", "Heol y Bont", "Ffordd y Môr", "Heol y Wig", "Lôn Las", "Ffordd Penglais",
              "Stryd y Castell", "Heol Dinas", "Maes y Dref"]
CA_TOWNS = [("Halifax", "NS", "B3H", "902"), ("Calgary", "AB", "T2N", "403"), ("Kelowna", "BC", "V1Y", "250"),
            ("Guelph", "ON", "N1H", "519"), ("Saskatoon", "SK", "S7N", "306"), ("Winnipeg", "MB", "R3T", "204"),
            ("Moncton", "NB", "E1C", "506"), ("Kingston", "ON", "K7L", "613")]
CA_STREETS = ["Maple", "Queen", "Spring Garden", "Main", "Portage", "Victoria", "Lakeshore", "Birch", "Wellington",
              "Robie", "Princess"]
AU_TOWNS = [("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"),
            ("Wollongong", "NSW", "2500"), ("Newcastle", "NSW", "2300"), ("Hobart", "TAS", "7000"),
            ("Fremantle", "WA", "6160"), ("Bendigo", "VIC", "3550"), ("Cairns", "QLD", "4870"), ("Mildura", "VIC", "3500")]
AU_STREETS = ["Sturt", "Lydiard", "Wattle", "Banksia", "Ocean", "Marine", "Bridge", "High", "Railway", "Jacaranda",
              "Kookaburra", "Mitchell"]
IN_TOWNS = [("Pune", "4110"), ("Jaipur", "3020"), ("Kochi", "6820"), ("Lucknow", "2260"), ("Bengaluru", "5600"),
            ("Nagpur", "4400"), ("Mysuru", "5700"), ("Indore", "4520"), ("Coimbatore", "6410"), ("Chandigarh", "1600")]
IN_STREETS = ["MG Road", "Station Road", "Nehru Nagar Main Road", "Link Road", "2nd Cross Road", "Gandhi Path",
              "Ring Road", "Church Street", "Temple Road", "Lake View Road"]
IN_BUILDINGS = ["Sai Residency", "Shanti Apartments", "Green Park Society", "Lotus Heights", "Krishna Enclave",
                "Sunrise Towers", "Ganga Vihar"]
IE_TOWNS = [("Galway", "H91", "Co. Galway"), ("Cork", "T12", "Co. Cork"), ("Limerick", "V94", "Co. Limerick"),
            ("Kilkenny", "R95", "Co. Kilkenny"), ("Sligo", "F91", "Co. Sligo"), ("Dundalk", "A91", "Co. Louth"),
            ("Tralee", "V92", "Co. Kerry"), ("Athlone", "N37", "Co. Westmeath"), ("Ennis", "V95", "Co. Clare")]
IE_STREETS = ["Main Street", "Church Road", "Shop Street", "Dublin Road", "Ard na Gréine", "Cnoc na Lobhar",
              "Bóthar na Trá", "Castle Park", "The Green", "Oakfield Drive", "Sea Road"]
ZA_TOWNS = [("Stellenbosch", "7600"), ("Paarl", "7646"), ("Bloemfontein", "9301"), ("Pretoria", "0181"),
            ("George", "6529"), ("Potchefstroom", "2531"), ("Durban", "4001"), ("Gqeberha", "6001"),
            ("Worcester", "6850"), ("Upington", "8800")]
ZA_STREETS_EN = ["Church Street", "Dorp Street", "Main Road", "Voortrekker Road", "Jan Smuts Avenue", "Bird Street",
                 "Long Street", "Beach Road", "Florida Road"]
ZA_STREETS_AF = ["Kerkstraat", "Dorpstraat", "Hoofweg", "Voortrekkerweg", "Langstraat", "Bloekomlaan", "Eikelaan",
                 "Markstraat", "Rivierstraat", "Pastoriestraat"]
NZ_TOWNS = [("Hamilton", "3204"), ("Dunedin", "9016"), ("Nelson", "7010"), ("Tauranga", "3110"), ("Napier", "4110"),
            ("Palmerston North", "4410"), ("Whangarei", "0110"), ("Invercargill", "9810"), ("Rotorua", "3010")]
NZ_STREETS = ["Kowhai Street", "Rata Road", "Totara Place", "Beach Road", "Victoria Avenue", "Pohutukawa Drive",
              "Te Rapa Road", "George Street", "Ngatai Road", "Marine Parade"]
PH_TOWNS = [("Quezon City", "1101"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Iloilo City", "5000"),
            ("Baguio", "2600"), ("Makati", "1226"), ("Pasig", "1600"), ("Bacolod", "6100"), ("Cagayan de Oro", "9000")]
PH_STREETS = ["Rizal St.", "Mabini St.", "Sampaguita St.", "Mango Ave.", "Katipunan Ave.", "Osmeña Blvd.",
              "Luna St.", "Burgos St.", "Narra St."]
PH_BRGY = ["Brgy. San Roque", "Brgy. Poblacion", "Brgy. Malanday", "Brgy. Lahug", "Brgy. Sta. Cruz",
           "Brgy. Kapitolyo", "Brgy. Bagong Silang"]
NG_TOWNS = [("Ibadan", "Oyo State"), ("Enugu", "Enugu State"), ("Abeokuta", "Ogun State"), ("Ikeja", "Lagos"),
            ("Port Harcourt", "Rivers State"), ("Kaduna", "Kaduna State"), ("Abuja", "FCT"), ("Benin City", "Edo State")]
NG_STREETS = ["Awolowo Road", "Ogui Road", "Adeola Odeku Street", "Aba Road", "Ahmadu Bello Way", "Ring Road",
              "Allen Avenue", "Herbert Macaulay Way", "Independence Layout Close"]
KE_TOWNS = [("Nakuru", "20100"), ("Eldoret", "30100"), ("Kisumu", "40100"), ("Thika", "01000"), ("Mombasa", "80100"),
            ("Nyeri", "10100"), ("Machakos", "90100"), ("Nairobi", "00100")]
KE_STREETS = ["Kenyatta Avenue", "Moi Avenue", "Oginga Odinga Street", "Ngong Road", "Kimathi Street", "Oloo Street",
              "Nyerere Road", "Lumumba Drive"]
ES_TOWNS = [("Girona", "170"), ("Reus", "432"), ("Manresa", "082"), ("Vic", "085"), ("Lleida", "250"),
            ("Sabadell", "082"), ("Tarragona", "430"), ("Figueres", "176"), ("Mataró", "083"), ("Olot", "178")]
ES_STREETS = ["Carrer Major", "Carrer de la Riera", "Avinguda de Catalunya", "Carrer del Carme", "Rambla Nova",
              "Carrer de Sant Pere", "Passeig de la Pau", "Carrer de Verdaguer", "Carrer Nou", "Carrer de l'Àngel"]
IS_TOWNS = [("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
            ("Akureyri", "600"), ("Selfoss", "800"), ("Ísafjörður", "400"), ("Egilsstaðir", "700"),
            ("Reykjanesbær", "230"), ("Garðabær", "210")]
IS_STREETS = ["Laugavegur", "Hringbraut", "Skólavörðustígur", "Bankastræti", "Hafnarstræti", "Tryggvagata",
              "Brekkugata", "Austurvegur", "Engihjalli", "Strandgata", "Miðvangur"]
MY_TOWNS = [("Shah Alam", "40", "Selangor"), ("Ipoh", "30", "Perak"), ("Johor Bahru", "80", "Johor"),
            ("Kuching", "93", "Sarawak"), ("Kota Kinabalu", "88", "Sabah"), ("Seremban", "70", "Negeri Sembilan"),
            ("Melaka", "75", "Melaka"), ("Petaling Jaya", "46", "Selangor"), ("Kuantan", "25", "Pahang")]
MY_STREETS = ["Jalan Mawar", "Jalan Cempaka", "Jalan Kenanga", "Jalan Melati", "Jalan Seri Putra", "Jalan Bunga Raya",
              "Jalan Tun Razak", "Jalan Sultan Ismail"]
MY_TAMAN = ["Taman Sri Indah", "Taman Desa Jaya", "Taman Bukit Mewah", "Taman Melawati", "Taman Seri Gombak"]
TR_TOWNS = [("Eskişehir", "26"), ("Bursa", "16"), ("Kayseri", "38"), ("Trabzon", "61"), ("Antalya", "07"),
            ("İzmir", "35"), ("Konya", "42"), ("Gaziantep", "27"), ("Ankara", "06")]
TR_MAH = ["Cumhuriyet", "Yenimahalle", "Bahçelievler", "Fatih", "Barbaros", "Yıldız", "Hürriyet", "Çamlık"]
TR_STREETS = ["Gül Sk.", "Lale Sk.", "Atatürk Cd.", "İnönü Cd.", "Papatya Sk.", "Menekşe Sk.", "Cumhuriyet Cd.",
              "Kazım Karabekir Cd."]
RO_TOWNS = [("Cluj-Napoca", "400"), ("Brașov", "500"), ("Iași", "700"), ("Timișoara", "300"), ("Sibiu", "550"),
            ("Oradea", "410"), ("Constanța", "900"), ("Craiova", "200"), ("Suceava", "720")]
RO_STREETS = ["Str. Memorandumului", "Bd. Eroilor", "Str. Mihai Eminescu", "Str. Republicii", "Calea Dorobanților",
              "Str. Avram Iancu", "Bd. Independenței", "Str. Florilor", "Aleea Trandafirilor"]
VN_TOWNS = ["Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ", "Nha Trang", "Hà Nội", "Biên Hòa", "Vũng Tàu", "Quy Nhơn"]
VN_STREETS = ["Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ", "Hùng Vương",
              "Bạch Đằng", "Phan Chu Trinh", "Nguyễn Văn Cừ"]
VN_WARDS = ["Phước Ninh", "Vĩnh Ninh", "An Hải Bắc", "Tân An", "Xuân Khánh", "Lộc Thọ", "Thắng Tam", "Cát Linh"]
EE_TOWNS = [("Tartu", "5"), ("Pärnu", "8"), ("Narva", "2"), ("Viljandi", "7"), ("Rakvere", "4"), ("Kuressaare", "9"),
            ("Tallinn", "1"), ("Haapsalu", "9")]
EE_STREETS = ["Rüütli tn", "Pikk tn", "Riia mnt", "Vabriku tn", "Ülikooli tn", "Kalda tee", "Tammsaare tee",
              "Jaama tn", "Aia tn", "Kase tn"]
DE_TOWNS = [("Freiburg im Breisgau", "790"), ("Göttingen", "370"), ("Regensburg", "930"), ("Münster", "481"),
            ("Kassel", "341"), ("Erfurt", "990"), ("Lübeck", "235"), ("Bamberg", "960")]
DE_STREETS = ["Hauptstraße", "Goethestraße", "Lindenweg", "Am Mühlbach", "Bahnhofstraße", "Schillerplatz",
              "Kirchgasse", "Rosenstraße", "Eichendorffweg"]
PL_TOWNS = [("Kraków", "30"), ("Gdańsk", "80"), ("Poznań", "60"), ("Wrocław", "50"), ("Lublin", "20"),
            ("Toruń", "87"), ("Rzeszów", "35"), ("Białystok", "15")]
PL_STREETS = ["ul. Mickiewicza", "ul. Długa", "ul. Kwiatowa", "ul. Słoneczna", "al. Niepodległości",
              "ul. Jana Pawła II", "ul. Lipowa", "ul. Ogrodowa", "os. Piastów"]

_CAN_L = "ABCEGHJKLMNPRSTVWXYZ"
_GB_L = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY"


class Addr:
    """lines: the address as lines; one: a one-line rendering; street: the bare street line; town."""

    def __init__(self, lines: list[str], town: str, one: str | None = None, street: str | None = None):
        self.lines = lines
        self.town = town
        self.one = one or ", ".join(lines)
        self.street = street or lines[0]
        self.block = "\n".join(lines)


def make_addr(r: random.Random, cc: str, lang: str | None = None, town_pick=None) -> Addr:
    ri = r.randint
    if cc == "US":
        town, st, z3, _ = town_pick or r.choice(US_TOWNS)
        line = f"{ri(100, 9899)} {r.choice(US_STREETS)} {r.choice(['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Blvd', 'Ct', 'Way'])}"
        apt = r.choice(["", "", "", f"Apt {ri(1, 40)}{r.choice('ABCD')}", f"Unit {ri(1, 300)}"])
        l1 = line + (f", {apt}" if apt else "")
        return Addr([l1, f"{town}, {st} {z3}{ri(0, 99):02d}"], town, street=line)
    if cc == "GB":
        towns, streets = (CY_TOWNS, CY_STREETS) if lang == "cy" else (GB_TOWNS, GB_STREETS)
        town, out = town_pick or r.choice(towns)
        pc = f"{out} {ri(1, 9)}{r.choice(_GB_L)}{r.choice(_GB_L)}"
        flat = r.choice(["", "", "", f"Flat {ri(1, 12)}, "])
        line = f"{flat}{ri(1, 140)} {r.choice(streets)}"
        return Addr([line, town, pc], town, one=f"{line}, {town} {pc}")
    if cc == "CA":
        town, prov, fsa, _ = town_pick or r.choice(CA_TOWNS)
        pc = f"{fsa} {ri(0, 9)}{r.choice(_CAN_L)}{ri(0, 9)}"
        line = f"{ri(10, 2999)} {r.choice(CA_STREETS)} {r.choice(['St', 'Ave', 'Dr', 'Rd', 'Cres'])}"
        if r.random() < 0.3:
            line = f"{ri(101, 1208)}-{line}"
        return Addr([line, f"{town}, {prov}  {pc}".replace("  ", " ")], town)
    if cc == "AU":
        town, st, pc = town_pick or r.choice(AU_TOWNS)
        n = f"{ri(1, 12)}/{ri(1, 200)}" if r.random() < 0.3 else str(ri(1, 320))
        line = f"{n} {r.choice(AU_STREETS)} {r.choice(['St', 'Rd', 'Pde', 'Cres', 'Ave', 'Ct'])}"
        return Addr([line, f"{town} {st} {pc}"], town)
    if cc == "IN":
        town, p4 = town_pick or r.choice(IN_TOWNS)
        pin = f"{p4}{ri(1, 99):02d}"
        if r.random() < 0.5:
            lines = [f"Flat {ri(1, 12)}0{ri(1, 8)}, {r.choice(IN_BUILDINGS)}", f"{ri(1, 90)} {r.choice(IN_STREETS)}",
                     f"{town} {pin}"]
        else:
            lines = [f"H.No. {ri(1, 40)}-{ri(1, 300)}", r.choice(IN_STREETS), f"{town} - {pin}"]
        return Addr(lines, town)
    if cc == "IE":
        town, key, county = town_pick or r.choice(IE_TOWNS)
        eir = f"{key} {r.choice(_EIR)}{''.join(r.choice(_EIR + '0123456789') for _ in range(3))}"
        line = f"{ri(1, 88)} {r.choice(IE_STREETS)}"
        return Addr([line, town, county, eir], town)
    if cc == "ZA":
        town, pc = town_pick or r.choice(ZA_TOWNS)
        st = r.choice(ZA_STREETS_AF if lang == "af" else ZA_STREETS_EN)
        line = f"{ri(1, 160)} {st}"
        if r.random() < 0.25:
            line = f"Unit {ri(1, 40)}, {r.choice(['Eikehof', 'Die Wingerd', 'Protea Gardens', 'Sonneblom'])}, {line}"
        return Addr([line, town, pc], town)
    if cc == "NZ":
        town, pc = town_pick or r.choice(NZ_TOWNS)
        n = f"{ri(1, 9)}/{ri(1, 120)}" if r.random() < 0.25 else str(ri(1, 220))
        line = f"{n} {r.choice(NZ_STREETS)}"
        return Addr([line, f"{town} {pc}"], town)
    if cc == "PH":
        town, pc = town_pick or r.choice(PH_TOWNS)
        if r.random() < 0.4:
            line = f"Blk {ri(1, 30)} Lot {ri(1, 40)}, {r.choice(PH_STREETS)}"
        else:
            line = f"{ri(1, 999)} {r.choice(PH_STREETS)}"
        return Addr([line, r.choice(PH_BRGY), f"{town} {pc}"], town)
    if cc == "NG":
        town, state = town_pick or r.choice(NG_TOWNS)
        line = f"{ri(1, 60)} {r.choice(NG_STREETS)}" if r.random() < 0.7 else f"Plot {ri(1, 400)}, {r.choice(NG_STREETS)}"
        return Addr([line, town, state], town)
    if cc == "KE":
        town, pc = town_pick or r.choice(KE_TOWNS)
        line = f"{r.choice(['House No.', 'Hse', 'Apt'])} {ri(1, 60)}{r.choice(['', 'B', 'A'])}, {r.choice(KE_STREETS)}"
        return Addr([line, f"{town} {pc}"], town)
    if cc == "ES":
        town, p3 = town_pick or r.choice(ES_TOWNS)
        pc = f"{p3}{ri(0, 9)}{ri(1, 9)}" if len(p3) == 3 else p3
        st = r.choice(ES_STREETS)
        pis = r.choice(["", f", {r.choice(['1r', '2n', '3r', '4t'])} {r.choice(['1a', '2a', '3a'])}", ", baixos"])
        line = f"{st}, {ri(1, 120)}{pis}"
        return Addr([line, f"{pc} {town}"], town)
    if cc == "IS":
        town, pc = town_pick or r.choice(IS_TOWNS)
        line = f"{r.choice(IS_STREETS)} {ri(1, 90)}" + (f", íbúð {ri(1, 4)}0{ri(1, 9)}" if r.random() < 0.2 else "")
        return Addr([line, f"{pc} {town}"], town)
    if cc == "MY":
        town, p2, state = town_pick or r.choice(MY_TOWNS)
        lines = [f"No. {ri(1, 88)}, {r.choice(MY_STREETS)} {ri(1, 12)}", r.choice(MY_TAMAN),
                 f"{p2}{ri(0, 9)}{ri(0, 9)}0 {town}, {state}"]
        return Addr(lines, town)
    if cc == "TR":
        town, p2 = town_pick or r.choice(TR_TOWNS)
        line = f"{r.choice(TR_MAH)} Mah. {r.choice(TR_STREETS)} No: {ri(1, 90)}" + (f" D: {ri(1, 16)}" if r.random() < 0.7 else "")
        return Addr([line, f"{p2}{ri(0, 4)}{ri(0, 9)}0 {town}"], town)
    if cc == "RO":
        town, p3 = town_pick or r.choice(RO_TOWNS)
        line = f"{r.choice(RO_STREETS)} nr. {ri(1, 120)}"
        if r.random() < 0.5:
            line += f", bl. {r.choice('ABCDM')}{ri(1, 12)}, sc. {ri(1, 3)}, ap. {ri(1, 60)}"
        return Addr([line, f"{p3}{ri(0, 999):03d} {town}"], town)
    if cc == "VN":
        town = town_pick or r.choice(VN_TOWNS)
        num = f"{ri(1, 300)}" if r.random() < 0.6 else f"{ri(1, 150)}/{ri(1, 30)}"
        lines = [f"Số {num} {r.choice(VN_STREETS)}", f"phường {r.choice(VN_WARDS)}", town]
        return Addr(lines, town)
    if cc == "EE":
        town, p1 = town_pick or r.choice(EE_TOWNS)
        line = f"{r.choice(EE_STREETS)} {ri(1, 80)}" + (f"-{ri(1, 40)}" if r.random() < 0.6 else "")
        return Addr([line, f"{p1}{ri(0, 9999):04d} {town}"], town)
    if cc == "DE":
        town, p3 = town_pick or r.choice(DE_TOWNS)
        line = f"{r.choice(DE_STREETS)} {ri(1, 99)}{r.choice(['', '', 'a', 'b'])}"
        return Addr([line, f"{p3}{ri(0, 99):02d} {town}"], town)
    if cc == "PL":
        town, p2 = town_pick or r.choice(PL_TOWNS)
        line = f"{r.choice(PL_STREETS)} {ri(1, 120)}" + (f"/{ri(1, 60)}" if r.random() < 0.6 else "")
        return Addr([line, f"{p2}-{ri(0, 999):03d} {town}"], town)
    raise ValueError(cc)


def any_town(r: random.Random, cc: str) -> str:
    t = {"US": US_TOWNS, "GB": GB_TOWNS, "CA": CA_TOWNS, "AU": AU_TOWNS, "IN": IN_TOWNS, "IE": IE_TOWNS,
         "ZA": ZA_TOWNS, "NZ": NZ_TOWNS, "PH": PH_TOWNS, "NG": NG_TOWNS, "KE": KE_TOWNS, "ES": ES_TOWNS,
         "IS": IS_TOWNS, "MY": MY_TOWNS, "TR": TR_TOWNS, "RO": RO_TOWNS, "VN": VN_TOWNS, "EE": EE_TOWNS,
         "DE": DE_TOWNS, "PL": PL_TOWNS}[cc]
    x = r.choice(t)
    return x if isinstance(x, str) else x[0]


# ---------------------------------------------------------------------------------------------
# phones (always checked with phonenumbers.is_valid_number)
# ---------------------------------------------------------------------------------------------
_MOB = {"US": None, "CA": None, "GB": ["77", "78", "79", "74", "75"], "AU": ["41", "42", "43", "40", "45"],
        "IN": ["98", "99", "97", "88", "70", "63", "94"], "IE": ["83", "85", "86", "87", "89"],
        "ZA": ["82", "83", "72", "73", "71", "84", "60"], "NZ": ["21", "22", "27"],
        "PH": ["917", "918", "905", "927", "939", "998"], "NG": ["803", "806", "813", "703", "706", "805", "816", "903"],
        "KE": ["712", "722", "733", "721", "701", "790", "745"], "ES": ["6", "7"], "IS": ["6", "7", "8"],
        "MY": ["12", "13", "16", "17", "19"], "TR": ["532", "542", "555", "505", "537"], "RO": ["72", "74", "75", "76", "78"],
        "VN": ["91", "90", "98", "97", "93", "70", "77", "86", "38", "35"], "EE": ["5"],
        "DE": ["151", "152", "160", "170", "171", "176", "157", "162"], "PL": ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]}
_FIX = {"GB": ["113", "117", "114", "118", "1392", "1603", "1904", "1524", "1743", "1473"], "AU": ["2", "3", "7", "8"],
        "IN": ["20", "141", "484", "522", "80"], "IE": ["91", "21", "61", "56", "71"], "ZA": ["21", "12", "51", "31", "44"],
        "NZ": ["7", "3", "6", "9"], "PH": ["2", "32", "82", "33"], "NG": ["1", "2", "9"], "KE": ["20", "51", "41"],
        "ES": ["972", "977", "93", "973"], "IS": ["5", "4"], "MY": ["3", "5", "7", "82"], "TR": ["222", "224", "352", "232"],
        "RO": ["264", "268", "232", "256"], "VN": ["236", "234", "225", "292"], "EE": ["7", "44", "6"],
        "DE": ["761", "551", "941", "251", "561"], "PL": ["12", "58", "61", "71"]}


def phone(r: random.Random, cc: str, kind: str = "mobile", style: str | None = None, area: str | None = None) -> str:
    ptype = _pn.PhoneNumberType.MOBILE if kind == "mobile" else _pn.PhoneNumberType.FIXED_LINE
    ex = _pn.example_number_for_type(cc, ptype)
    nsn = _pn.national_significant_number(ex)
    code = ex.country_code
    num = None
    for attempt in range(400):
        if cc in ("US", "CA"):
            if area is None or attempt > 50:
                area = r.choice([t[3] for t in (US_TOWNS if cc == "US" else CA_TOWNS)])
            cand = area + str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(6))
        else:
            pfx_l = (_MOB if kind == "mobile" else _FIX).get(cc) or [nsn[:2]]
            pfx = r.choice(pfx_l) if attempt < 300 else nsn[:3]
            ln = len(nsn) + (r.choice([0, 0, 1, -1]) if attempt > 100 else 0)
            cand = pfx + "".join(r.choice(string.digits) for _ in range(max(1, ln - len(pfx))))
        n = _pn.parse(f"+{code}{cand}")
        if _pn.is_valid_number(n) and _pn.number_type(n) in (ptype, _pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            num = n
            break
    assert num is not None, (cc, kind)
    F = _pn.PhoneNumberFormat
    style = style or r.choice(["nat", "nat", "intl", "intl", "e164", "compact"])
    if style == "nat":
        s = _pn.format_number(num, F.NATIONAL)
    elif style == "intl":
        s = _pn.format_number(num, F.INTERNATIONAL)
    elif style == "e164":
        s = _pn.format_number(num, F.E164)
    elif style == "compact":
        s = re.sub(r"[\s\-()]", "", _pn.format_number(num, F.NATIONAL))
    elif style == "dots":
        s = re.sub(r"[\s\-()]+", ".", _pn.format_number(num, F.NATIONAL)).strip(".")
    elif style == "dash":
        s = re.sub(r"[\s()]+", "-", _pn.format_number(num, F.NATIONAL)).strip("-").replace("--", "-")
    elif style == "intl00":
        s = "00" + _pn.format_number(num, F.INTERNATIONAL)[1:]
    else:
        raise ValueError(style)
    try:
        ok = _pn.is_valid_number(_pn.parse(s, cc))
    except _pn.NumberParseException:
        ok = False
    if not ok:
        s = _pn.format_number(num, F.INTERNATIONAL)
    assert _pn.is_valid_number(_pn.parse(s, cc)), s
    return s


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
           "Desemba"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
           "November", "Desember"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
}


def birth(r: random.Random, lo: int = 19, hi: int = 82) -> _dt.date:
    return TODAY - _dt.timedelta(days=r.randint(lo * 365 + 5, hi * 365))


def child_birth(r: random.Random) -> _dt.date:
    return TODAY - _dt.timedelta(days=r.randint(200, 5 * 365))


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(r: random.Random, d: _dt.date, cc: str, lang: str = "en", style: str | None = None) -> str:
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS.get(lang, MONTHS["en"])[M - 1]
    if lang == "en":
        if cc in ("US", "PH"):
            opts = {"mdy": f"{M:02d}/{D:02d}/{Y}", "mdy1": f"{M}/{D}/{Y}", "long": f"{mn} {D}, {Y}",
                    "short": f"{mn[:3]} {D}, {Y}", "iso": d.isoformat(), "mdyd": f"{M:02d}-{D:02d}-{Y}"}
        elif cc == "CA":
            opts = {"iso": d.isoformat(), "long": f"{mn} {D}, {Y}", "dmy": f"{D:02d}/{M:02d}/{Y}"}
        else:
            opts = {"dmy": f"{D:02d}/{M:02d}/{Y}", "long": f"{D} {mn} {Y}", "ord": f"{D}{_ord(D)} {mn} {Y}",
                    "short": f"{D} {mn[:3]} {Y}", "dmyd": f"{D:02d}-{M:02d}-{Y}", "iso": d.isoformat()}
    elif lang == "ca":
        de = "d'" if mn[0] in "ao" else "de "
        opts = {"dmy": f"{D:02d}/{M:02d}/{Y}", "long": f"{D} {de}{mn} de {Y}", "dmy1": f"{D}/{M}/{Y}"}
    elif lang in ("is", "et", "de"):
        opts = {"dot": f"{D:02d}.{M:02d}.{Y}", "long": f"{D}. {mn} {Y}", "dot1": f"{D}.{M}.{Y}"}
    elif lang in ("tr", "ro", "pl"):
        opts = {"dot": f"{D:02d}.{M:02d}.{Y}", "long": f"{D} {mn} {Y}"}
    elif lang == "vi":
        opts = {"dmy": f"{D:02d}/{M:02d}/{Y}", "long": f"ngày {D} tháng {M} năm {Y}", "dmy1": f"{D}/{M}/{Y}"}
    elif lang == "tl":
        opts = {"long": f"{mn} {D}, {Y}", "mdy": f"{M:02d}/{D:02d}/{Y}"}
    else:  # ms, sw, af, cy
        opts = {"dmy": f"{D:02d}/{M:02d}/{Y}", "long": f"{D} {mn} {Y}"}
    if style in opts:
        return opts[style]
    return opts[r.choice(sorted(opts))]


def stamp(r: random.Random, days_back: int = 60, fmt: str = "iso") -> str:
    t = _dt.datetime(2026, 11, 28, 8, 0) - _dt.timedelta(minutes=r.randint(1, days_back * 1440))
    if fmt == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if fmt == "log":
        return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if fmt == "sp":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if fmt == "dmy":
        return t.strftime("%d/%m/%Y %H:%M")
    if fmt == "mdy":
        return t.strftime("%m/%d/%Y %I:%M %p")
    if fmt == "dot":
        return t.strftime("%d.%m.%Y %H:%M")
    if fmt == "hm":
        return t.strftime("%H:%M")
    raise ValueError(fmt)


def soon(r: random.Random, cc: str = "GB", lang: str = "en", lo: int = 1, hi: int = 40) -> str:
    """a non-birth date near TODAY (appointments, deliveries)"""
    return fmt_date(r, TODAY + _dt.timedelta(days=r.randint(lo, hi)), cc, lang)


# ---------------------------------------------------------------------------------------------
# other values
# ---------------------------------------------------------------------------------------------
EMAIL_DOM = {"US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"],
             "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
             "CA": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com"],
             "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
             "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
             "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
             "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
             "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz"], "PH": ["gmail.com", "yahoo.com.ph", "outlook.com"],
             "NG": ["gmail.com", "yahoo.com", "outlook.com"], "KE": ["gmail.com", "yahoo.com", "outlook.com"],
             "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
             "IS": ["gmail.com", "simnet.is", "internet.is", "visir.is"],
             "MY": ["gmail.com", "yahoo.com.my", "hotmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
             "RO": ["gmail.com", "yahoo.ro", "yahoo.com"], "VN": ["gmail.com", "yahoo.com.vn"],
             "EE": ["gmail.com", "neti.ee", "hot.ee", "mail.ee"], "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de"],
             "PL": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"]}


def email_of(r: random.Random, first: str, last: str, cc: str, domain: str | None = None) -> str:
    f, la = slug(first), slug(last)
    yy = r.randint(60, 99) if r.random() < 0.5 else r.randint(1, 2006)
    loc = r.choice([f"{f}.{la}", f"{f}{la}{yy}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}", f"{f}{yy}", f"{f}.{la[:1]}"])
    return f"{loc}@{domain or r.choice(EMAIL_DOM[cc])}"


_IBAN_OWN = {"IS": ("n", 22), "TR": ("tr", 22), "RO": ("ro", 20), "EE": ("n", 16), "SI": ("n", 15), "LT": ("n", 16)}


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_OWN:
        kind, n = _IBAN_OWN[cc]
        if kind == "tr":
            bban = f"{r.randint(10, 99999):05d}0" + "".join(r.choice(string.digits) for _ in range(16))
        elif kind == "ro":
            bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + "".join(
                r.choice(string.digits + "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        else:
            bban = "".join(r.choice(string.digits) for _ in range(n))
        out = cc + _iban_check(cc, bban) + bban
    else:
        out = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.55
    if spaced:
        out = " ".join(out[i:i + 4] for i in range(0, len(out), 4))
    return out


def card(r: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "amex":
        n = _luhn(r, r.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pfx = {"visa": "4", "mc": r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), "disc": "6011"}[brand]
        n = _luhn(r, pfx, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    return sep.join(groups)


def ssn(r: random.Random, sep: str = "-") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def us_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(7, 11)))


def routing(r: random.Random) -> str:
    pre = f"{r.choice(list(range(1, 13)) + list(range(21, 33))):02d}"
    d = [int(c) for c in pre] + [r.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


_AL = string.ascii_letters + string.digits
_WORDS = ["sunflower", "Rugby", "tractor", "Marmite", "bluebell", "Kestrel", "pumpkin", "harbour", "Galaxy",
          "Fender", "mango", "Tiramisu", "spring", "Cobalt", "Peregrine", "lighthouse", "Bobcat", "Ravioli"]


def password(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return f"{r.choice(_WORDS)}{r.choice(['', '!', '#', '@', '_'])}{r.randint(1, 2025)}{r.choice(string.ascii_letters)}"
    if k < 0.65:
        s = [r.choice(_AL) for _ in range(r.randint(10, 16))]
        for _ in range(2):
            s.insert(r.randint(1, len(s) - 1), r.choice("!#$%&*+=?@^_-"))
        return "".join(s)
    if k < 0.85:
        return "-".join(r.sample(["maple", "river", "copper", "violet", "otter", "quartz", "biscuit", "lantern"], 3)) + str(r.randint(1, 99))
    return f"{r.choice(_WORDS).capitalize()}{r.choice(['.', '$', '&'])}{r.choice(_WORDS)}{r.randint(10, 99)}"


def api_key(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["stripe", "gh", "sg", "google", "slack", "openai", "rk", "mailgun"])
    rs = lambda n, al=_AL: "".join(r.choice(al) for _ in range(n))  # noqa: E731
    if kind == "stripe":
        return "sk_live_" + rs(r.choice([24, 34, 99]))
    if kind == "rk":
        return "rk_live_" + rs(34)
    if kind == "gh":
        return "ghp_" + rs(36)
    if kind == "sg":
        return "SG." + rs(22, _AL + "-_").replace("-", "x", 1) + "." + rs(43, _AL + "-_")
    if kind == "google":
        return "AIza" + rs(35, _AL + "-_")
    if kind == "slack":
        return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(24)}"
    if kind == "openai":
        return "sk-proj-" + rs(48, _AL + "-_")
    if kind == "mailgun":
        return "key-" + rs(32, string.hexdigits[:16])
    raise ValueError(kind)


def pub_key(r: random.Random) -> str:
    return "pk_live_" + "".join(r.choice(_AL) for _ in range(24))


def twilio_sid(r: random.Random) -> str:
    return "AC" + "".join(r.choice("0123456789abcdef") for _ in range(32))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def bcrypt_h(r: random.Random) -> str:
    return "$2b$12$" + "".join(r.choice(string.ascii_letters + string.digits + "./") for _ in range(53))


def argon_h(r: random.Random) -> str:
    b64 = string.ascii_letters + string.digits + "+/"
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + "".join(r.choice(b64) for _ in range(22)) + "$"
            + "".join(r.choice(b64) for _ in range(43)))


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def priv_ip(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k < 0.75:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def pub_ip(r: random.Random) -> str:
    return _ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r)


def imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def masked_card(r: random.Random) -> str:
    l4 = f"{r.randint(0, 9999):04d}"
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending {l4}", f"•••• {l4}", f"4{r.randint(10000, 99999)}******{l4}"])


def ref(r: random.Random, pfx: str, n: int = 6, digits_only: bool = True) -> str:
    al = string.digits if digits_only else string.ascii_uppercase + string.digits
    return pfx + "".join(r.choice(al) for _ in range(n))


def money(r: random.Random, sym: str = "£", lo: int = 5, hi: int = 400) -> str:
    return f"{sym}{r.randint(lo, hi)}.{r.choice(['00', '50', '99', '25', '95'])}"


def version(r: random.Random) -> str:
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}", f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                     f"Android {r.randint(11, 15)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}"])


def gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 60):.5f}, {r.uniform(-120, 175):.5f}"


def otp(r: random.Random) -> str:
    return f"{r.randint(0, 999999):06d}"


def tracking(r: random.Random) -> str:
    return r.choice([f"1Z{ref(r, '', 16, False)}", f"{ref(r, '', 2, False).replace('0', 'A')}{r.randint(10**8, 10**9 - 1)}GB",
                     f"JD{r.randint(10**15, 10**16 - 1)}"])


PETS = ["Biscuit", "Luna", "Milo", "Pepper", "Bella", "Rocky", "Mochi", "Oscar", "Daisy", "Ziggy", "Bruno", "Coco"]
BRANDS = ["Ben & Jerry's", "Tim Hortons", "Sainsbury's", "Marks & Spencer", "Ford Transit", "Wendy's",
          "Johnnie Walker", "Mrs. Ball's Chutney", "Sara Lee", "Uncle Ben's", "Kellogg's", "Paul Smith"]


class Person:
    def __init__(self, r: random.Random, cc: str, lang: str | None = None, gender: str | None = None,
                 age: tuple[int, int] = (19, 82)):
        self.r, self.cc, self.lang = r, cc, lang or "en"
        n = Name(r, cc, lang, gender)
        self.n = n
        self.first, self.last, self.full, self.g = n.first, n.last, n.full, n.g
        self.dob = birth(r, *age)
        self._addr: Addr | None = None
        self._email: str | None = None

    @property
    def addr(self) -> Addr:
        if self._addr is None:
            self._addr = make_addr(self.r, self.cc, self.lang)
        return self._addr

    @property
    def email(self) -> str:
        if self._email is None:
            self._email = email_of(self.r, self.first, self.last, self.cc)
        return self._email

    def phone(self, style: str | None = None, kind: str = "mobile") -> str:
        return phone(self.r, self.cc, kind, style)

    def initial(self) -> str:
        return self.n.initial()

    def comma(self) -> str:
        return self.n.comma()

    def dob_s(self, style: str | None = None) -> str:
        return fmt_date(self.r, self.dob, self.cc, self.lang, style)


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------
TEMPLATES: list = []


def tpl(lang: str):
    def deco(fn):
        fn.lang = lang
        TEMPLATES.append(fn)
        return fn
    return deco


def _p(x): return (x, PER)  # noqa: E704
def _e(x): return (x, EM)  # noqa: E704
def _ph(x): return (x, PH)  # noqa: E704
def _a(x): return (x, ADDR)  # noqa: E704
def _l(x): return (x, LOC)  # noqa: E704
def _d(x): return (x, DOB)  # noqa: E704
def _pw(x): return (x, PW)  # noqa: E704
def _k(x): return (x, KEY)  # noqa: E704
def _cc(x): return (x, CC)  # noqa: E704
def _ip(x): return (x, IP)  # noqa: E704
def _ib(x): return (x, IBAN)  # noqa: E704


def times(r, k: int, start: int | None = None) -> list[str]:
    """k increasing HH:MM clock times within one day"""
    t = (start if start is not None else r.randint(7, 16)) * 60 + r.randint(0, 59)
    out = []
    for _ in range(k):
        out.append(f"{t // 60 % 24:02d}:{t % 60:02d}")
        t += r.randint(0, 9)
    return out


def say(b: B, head: str, who, parts, sep: str = ": ", tail: str = "\n") -> None:
    b.t(head)
    if isinstance(who, tuple):
        b.v(*who)
    else:
        b.t(who)
    b.t(sep)
    for x in parts:
        if isinstance(x, tuple):
            b.v(*x)
        else:
            b.t(x)
    b.t(tail)


def semver(r) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


# ---------------------------------------------------------------- English (US, GB, CA, AU, IN, IE, ZA, NZ, PH, NG, KE)
@tpl("en-US")
def t_us_autopay_email(r):
    c = Person(r, "US")
    ag = Person(r, "US")
    town = r.choice(US_TOWNS)
    biz = make_addr(r, "US", town_pick=town)
    co, dom = r.choice([("Cedar Ridge Self Storage", "cedarridgestorage.com"), ("StowAway Storage Co.", "stowawaystorage.com"),
                        ("Lockbox Self Storage", "lockboxstorage.net")])
    ae = f"{slug(ag.first)}.{slug(ag.last)}@{dom}" if r.random() < 0.6 else f"billing@{dom}"
    return fill(
        "From: <<cf>> <<<ce>>>\nTo: <<be>>\nSubject: Re: Autopay setup for unit <<unit>>\n\nHi <<af>>,\n\n"
        "Thanks for getting back to me. Please switch my autopay to my checking account instead of the card ending <<l4>>.\n"
        "Routing number: <<rt>>\nAccount number: <<acct>>\n\n"
        "Also my mailing address changed, it's now <<addr>>. Best number to reach me is <<tel>>.\n\nThanks,\n<<cfirst>>\n\n"
        "On <<when>> <<afull>> <<<ae>>> wrote:\n> Hi <<cfirst2>>, to move autopay to ACH we need your routing and account number.\n"
        "> Your next invoice (INV-<<inv>>, <<amt>>) is due <<due>>.\n> <<afull2>> | <<co>>\n> <<baddr>> | <<bph>>\n",
        cf=_p(c.full), ce=_e(c.email), be=_e(f"billing@{dom}"), unit=f"{r.choice('ABCDE')}{r.randint(100, 460)}",
        af=_p(ag.first), l4=f"{r.randint(0, 9999):04d}", rt=routing(r), acct=(us_account(r), BANK), addr=_a(c.addr.one),
        tel=_ph(c.phone(r.choice(["nat", "dash", "dots"]))), cfirst=_p(c.first), when=stamp(r, 20, "mdy"), afull=_p(ag.full),
        ae=_e(ae), cfirst2=_p(c.first), inv=r.randint(10000, 99999), amt=money(r, "$", 60, 300), due=soon(r, "US"),
        afull2=_p(ag.full), co=co, baddr=_a(biz.one), bph=_ph(phone(r, "US", "fixed", "nat", area=town[3])))


@tpl("en-GB")
def t_gb_vegbox_forward(r):
    c = Person(r, "GB")
    staff = Person(r, "GB")
    shop, dom = r.choice([("Abbott's Farm Shop", "abbottsfarmshop.co.uk"), ("Hollybush Farm Shop", "hollybushfarm.co.uk"),
                          ("Mrs Kettle's Kitchen Garden", "kettleskitchengarden.co.uk")])
    new = make_addr(r, "GB")
    old = make_addr(r, "GB")
    b = B().f("Forwarding to dispatch - please update route <<route>> from next week. <<sf>>\n\n"
              "---------- Forwarded message ---------\nFrom: <<cf>> <<<ce>>>\nDate: <<ts>>\nSubject: Veg box - change of address\n"
              "To: <<shop_e>>\n\nHiya,\n\nWe're moving! From <<from>> could the large box go to:\n\n",
              route=r.choice(["R3", "R7", "Tues-North", "Thu-B"]), sf=_p(staff.first if r.random() < 0.5 else staff.initial()),
              cf=_p(c.full), ce=_e(c.email), ts=stamp(r, 10, "dmy"), shop_e=_e(f"hello@{dom}"),
              **{"from": soon(r, "GB")})
    b.v(new.block, ADDR)
    b.f("\n\nSame day is fine. Leave it in the porch if nobody's in - <<pet>> barks but is harmless!\n"
        "Mobile is <<tel>> if the driver gets lost.\n\nCheers,\n<<cfirst>>\n\nOn <<d2>>, <<shop>> <<<shop_e>>> wrote:\n"
        "> Your next box (order #<<ord>>) will be delivered to:\n",
        pet=r.choice(PETS), tel=_ph(c.phone(r.choice(["nat", "compact", "intl"]))), cfirst=_p(c.first), d2=soon(r, "GB", lo=-20, hi=-3),
        shop=shop, shop_e=_e(f"hello@{dom}"), ord=r.randint(20000, 99999))
    for ln in old.lines:
        b.t("> ").v(ln, ADDR).t("\n")
    b.f("> Box: Large veg + eggs (<<amt>>/wk). Reply to skip a week.\n", amt=money(r, "£", 18, 32))
    return b.done()


@tpl("en-CA")
def t_ca_live_chat(r):
    c = Person(r, "CA")
    ag = Person(r, "CA")
    l4 = f"{r.randint(0, 9999):04d}"
    cc_ = card(r)
    b = B().f("Chat started: <<ts>>   Chat ID: <<cid>>\nVisitor: <<cf>> (<<ce>>)\nPage: /account/billing   Browser: Chrome <<ver>>\n\n",
              ts=stamp(r, 30, "mdy"), cid=uid(r), cf=_p(c.full), ce=_e(c.email), ver=f"{r.randint(118, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}")
    lines = [
        ("bot", "Hi there! You're chatting with Maple Grove Storage. An agent will be with you shortly."),
        ("c", f"hi i need to update the card on file, the old one (**** {l4}) expired"),
        ("a", "Sure, I can help with that {F}. For security please don't type full card numbers in chat, I'll send you a secure link."),
        ("c", "oops already typed it below sorry"),
        ("c", "CARD"),
        ("a", "No problem, I've masked it on our side. Can you confirm the billing address?"),
        ("c", "ADDR"),
        ("a", "Thanks! Updated. Your next payment of {AMT} will go through on {DUE}. Anything else?"),
        ("c", "nope thats it ty"),
    ]
    t0 = r.randint(8, 19)
    m = r.randint(0, 40)
    for i, (who, msg) in enumerate(lines):
        b.t(f"[{t0}:{m + i:02d}] ")
        if who == "bot":
            b.t("Maple Grove Bot: " + msg)
        elif who == "a":
            b.t("Agent ").v(ag.first, PER).t(": ")
            pre, _, post = msg.partition("{F}")
            b.t(pre.replace("{AMT}", money(r, "$", 80, 240)).replace("{DUE}", soon(r, "CA")))
            if _:
                b.v(c.first, PER)
            b.t(post)
        else:
            b.v(c.first if r.random() < 0.7 else c.full, PER).t(": ")
            if msg == "CARD":
                b.v(cc_, CC).t(f" exp {r.randint(1, 12):02d}/{r.randint(27, 31)} cvv {r.randint(100, 999)}")
            elif msg == "ADDR":
                b.v(c.addr.one, ADDR)
            else:
                b.t(msg)
        b.t("\n")
    return b.done()


@tpl("en-AU")
def t_au_skip_sms(r):
    c = Person(r, "AU")
    drv = Person(r, "AU")
    cp = c.phone(r.choice(["intl", "nat"]))
    biz = r.choice(["Wattle Skips", "Bin There Skip Hire", "Southern Cross Waste"])
    rows = [
        ("c", "Hi is the 6m3 skip still coming today? Gate code is {code}"),
        ("b", "G'day {F}, yes driver {D} is about 20 min out. Address we have is {ADDR}"),
        ("c", "yep thats right. can he drop it on the nature strip not the driveway pls, new concrete"),
        ("b", "No worries, noted. Pick-up booked for {DATE}. Invoice INV-{INV} ({AMT} inc GST) emailed to {EM}"),
        ("c", "cheers"),
    ]
    b = B().f("Conversation with <<biz>> (<<bph>>)\n", biz=biz, bph=_ph(phone(r, "AU", "fixed", "nat")))
    for tm, (who, msg) in zip(times(r, len(rows)), rows):
        b.t(tm + " ")
        if who == "c":
            b.v(cp, PH).t(": ")
        else:
            b.t(biz + ": ")
        parts = re.split(r"(\{\w+\})", msg)
        for part in parts:
            if part == "{code}":
                b.t(f"{r.randint(1000, 9999)}#")
            elif part == "{F}":
                b.v(c.first, PER)
            elif part == "{D}":
                b.v(drv.first, PER)
            elif part == "{ADDR}":
                b.v(c.addr.one, ADDR)
            elif part == "{DATE}":
                b.t(soon(r, "AU"))
            elif part == "{INV}":
                b.t(str(r.randint(10000, 99999)))
            elif part == "{AMT}":
                b.t(money(r, "$", 250, 690))
            elif part == "{EM}":
                b.v(c.email, EM)
            else:
                b.t(part)
        b.t("\n")
    return b.done()


@tpl("en-IN")
def t_in_call_note(r):
    c = Person(r, "IN")
    bro = Person(r, "IN", gender="M")
    ag = Person(r, "IN")
    return fill(
        "Call log #<<n>> | <<ts>> | Agent: <<ag>>\nCaller: <<cf>>, DOB <<dob>>, regd mobile <<m1>>\n"
        "Issue: needs Tamil<>English interpreter for father's cardiology appt at City Care Hospital (Whitefield branch) on <<appt>>.\n"
        "Alt contact: brother <<bf>> - <<m2>>\nEmail for confirmation: <<em>>\nAddress on file: <<addr>>\n"
        "Quote QT-<<q>> sent, Rs 2,400 + GST. Caller travelling from <<from>> on the day, call back after 4pm.\n",
        n=r.randint(100000, 999999), ts=stamp(r, 5, "dmy"), ag=_p(ag.first if r.random() < 0.5 else ag.full), cf=_p(c.full),
        dob=_d(c.dob_s()), m1=_ph(c.phone(r.choice(["nat", "intl", "compact"]))), appt=soon(r, "IN"), bf=_p(bro.first),
        m2=_ph(bro.phone()), em=_e(c.email), addr=_a(c.addr.one), q=r.randint(1000, 9999),
        **{"from": _l(any_town(r, "IN"))})


@tpl("en-IE")
def t_ie_refund_ticket(r):
    c = Person(r, "IE")
    a1, a2 = Person(r, "IE"), Person(r, "IE")
    return fill(
        "Ticket #<<n>> - Refund request - Priority: Normal\nRequester: <<cf>> <<<ce>>>\nCreated: <<ts>>\n\nCustomer message:\n"
        "Hi, I cancelled the skip for <<d1>> but was still charged <<amt>>. Can you refund it to my account please?\n"
        "IBAN: <<iban>>\nBIC: <<bic>>\nThanks a million, <<cfirst>>\n\n--- Internal note (<<a1>>) ---\n"
        "Verified caller on <<tel>>. Address <<addr>> matches account. Booking SK-<<bk>> cancelled 48h+ before, full refund ok.\n"
        "--- Internal note (<<a2>>) ---\nRefund REF-<<rf>> issued <<d2>>, 3-5 working days.\n",
        n=r.randint(40000, 99999), cf=_p(c.full), ce=_e(c.email), ts=stamp(r, 10, "dmy"), d1=soon(r, "IE", lo=-10, hi=-2),
        amt=money(r, "€", 140, 320), iban=_ib(iban(r, "IE")), bic=r.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]),
        cfirst=_p(c.first), a1=_p(a1.full), tel=_ph(c.phone()), addr=_a(c.addr.one), bk=r.randint(1000, 9999),
        a2=_p(a2.initial()), rf=r.randint(100000, 999999), d2=soon(r, "IE", lo=-1, hi=0))


@tpl("en-ZA")
def t_za_whatsapp_club(r):
    a, bb, cc_ = Person(r, "ZA"), Person(r, "ZA"), Person(r, "ZA")
    kid = Person(r, "ZA", gender="M")
    unk = cc_.phone("intl")
    day = r.randint(1, 27)
    b = B()

    def line(hm, who_val, who_lab, msg_parts):
        b.t(f"[{day:02d}/11/2026, {hm}] ").v(who_val, who_lab).t(": ")
        for mp in msg_parts:
            if isinstance(mp, tuple):
                b.v(*mp)
            else:
                b.t(mp)
        b.t("\n")
    venue = r.choice(["Coetzenburg", "Kings Park", "the Loftus B-fields", "Paul Roos Gymnasium"])
    line("07:12:45", a.full, PER, [f"Morning all, U10 festival is at {venue} on Saturday, 08:30 for 09:00"])
    line("07:20:03", bb.first + " " + bb.last[0], PER, ["Who's driving? I've got space for 2"])
    line("07:31:19", unk, PH, ["Hi, this is ", (cc_.first, PER), "'s mom, can ", (kid.first, PER), " ride with someone?"])
    line("07:33:50", bb.first + " " + bb.last[0], PER, [(cc_.first, PER), " I can take him. Send me your address pls"])
    line("07:35:12", unk, PH, [(cc_.addr.one, ADDR), " thanks so much!!"])
    line("07:36:40", a.full, PER, ["<Media omitted>"])
    line("07:38:02", a.full, PER, ["Reminder subs R450 due, EFT ref = child's name. Card machine at the clubhouse too. Any Qs call me ",
                                   (a.phone("nat"), PH)])
    return b.done()


@tpl("en-NZ")
def t_nz_membership_form(r):
    c = Person(r, "NZ", age=(17, 60))
    ec = Person(r, "NZ")
    club = r.choice(["Kowhai Park", "Harbourside", "Te Awa"])
    return fill(
        "Membership application - <<club>> Rugby & Netball Club\nSubmitted: <<ts>>\nForm ID: <<fid>>\n\n"
        "First name: <<fn>>\nSurname: <<ln>>\nDate of birth: <<dob>>\nAddress: <<addr>>\nMobile: <<mob>>\nEmail: <<em>>\n"
        "Emergency contact: <<ec>> (<<rel>>) <<ecp>>\nMedical notes: asthma - inhaler in kit bag\nPhoto consent: Yes\n"
        "Membership type: Senior - <<amt>>\nHow did you hear about us: friend\n",
        club=club, ts=stamp(r, 30, "dmy"), fid=uid(r)[:8], fn=_p(c.first), ln=_p(c.last), dob=_d(c.dob_s()), addr=_a(c.addr.one),
        mob=_ph(c.phone(r.choice(["nat", "compact", "intl"]))), em=_e(c.email), ec=_p(ec.full),
        rel=r.choice(["partner", "mum", "dad", "flatmate"]), ecp=_ph(ec.phone()), amt=money(r, "$", 120, 260))


@tpl("en-PH")
def t_ph_agents_chat(r):
    a1, a2 = Person(r, "PH"), Person(r, "PH")
    c = Person(r, "PH", gender="F")
    t1, t2 = r.sample([t[0] for t in PH_TOWNS], 2)
    b = B()
    hh = r.randint(8, 11)

    def say(mm, who, *parts):
        b.t(f"[{hh}:{mm:02d} AM] ").v(who, PER).t(": ")
        for x in parts:
            b.v(*x) if isinstance(x, tuple) else b.t(x)
        b.t("\n")
    say(14, a1.first, "guys customer ", (c.full, PER), " called again re: delayed translation of her birth certificate")
    say(15, a2.first, "ticket number?")
    say(15, a1.first, f"TKT-{r.randint(100000, 999999)}. her mobile ", (c.phone(r.choice(["nat", "compact"])), PH),
        " and email ", (c.email, EM))
    say(16, a2.first, "ok i'll call her. taga ", (t1, LOC), " pa rin ba siya?")
    say(17, a1.first, "lumipat na daw sa ", (t2, LOC), ". deliver the hard copy to ", (c.addr.one, ADDR))
    say(18, a2.first, "noted, will book LBC. tracking to follow")
    return b.done()


@tpl("en-NG")
def t_ng_interpreter_email(r):
    c = Person(r, "NG")
    it = Person(r, "NG")
    ag = Person(r, "NG")
    town = r.choice(NG_TOWNS)
    office = make_addr(r, "NG", town_pick=town)
    agency, dom = r.choice([("Babel Bridge Language Services", "babelbridge.ng"), ("Lingua Naija Ltd", "linguanaija.com")])
    title = "Mr" if c.g == "M" else r.choice(["Mrs", "Ms"])
    return fill(
        "Dear <<title>> <<cl>>,\n\nThank you for choosing <<agency>>. Your Yoruba-English interpreter, <<it>>, is confirmed for "
        "<<d>> at 10:00 at the Federal High Court, <<branch>>. Booking ref: LN-<<ref>>.\n\nPlease bring the case file and a copy "
        "of the affidavit. If anything changes, call <<it_first>> directly on <<it_ph>> or reply to this email.\n\n"
        "Our <<branch2>> office: <<oaddr>>. Tel: <<oph>>\n\nKind regards,\n<<ag>>\nClient Services | <<agency>>\n<<ag_e>> | <<ops>>\n",
        title=title, cl=_p(c.last), agency=agency, it=_p(it.full), d=soon(r, "NG"), branch=town[0], ref=r.randint(10000, 99999),
        it_first=_p(it.first), it_ph=_ph(it.phone()), branch2=town[0], oaddr=_a(office.one), oph=_ph(phone(r, "NG", "fixed", "nat")),
        ag=_p(ag.full), ag_e=_e(f"{slug(ag.first)}.{slug(ag.last)}@{dom}"), ops=_e(f"bookings@{dom}"))


@tpl("en-KE")
def t_ke_sms_notifications(r):
    c = Person(r, "KE")
    drv = Person(r, "KE", gender="M")
    code = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10))
    return fill(
        "<<code>> Confirmed. Ksh<<amt>>.00 sent to GREENFIELD SKIP HIRE for account SK<<acc>> on <<d>> at <<t>>. "
        "New M-PESA balance is Ksh<<bal>>. Transaction cost, Ksh0.00.\n---\n"
        "Dear <<cf>>, your skip booking SK<<acc>> is confirmed for <<d2>>. Driver <<drv>> (<<dph>>) will call before arrival. "
        "Site: <<addr>>. Helpline <<hl>>\n---\nYour Greenfield verification code is <<otp>>. Do not share it with anyone.\n",
        code=code, amt=f"{r.randint(2, 9)},{r.randint(100, 999)}", acc=r.randint(1000, 9999), d=f"{r.randint(1, 27)}/11/26",
        t=stamp(r, 1, "hm"), bal=f"{r.randint(1, 60)},{r.randint(100, 999)}.{r.randint(10, 99)}", cf=_p(c.first),
        d2=soon(r, "KE"), drv=_p(drv.full), dph=_ph(drv.phone(r.choice(["nat", "compact"]))), addr=_a(c.addr.one),
        hl=_ph(phone(r, "KE", "fixed", "nat")), otp=otp(r))


@tpl("en-US")
def t_us_access_log(r):
    b = B()
    paths = ["/", "/pricing", "/units/search?size=10x10&zip=", "/account/login", "/static/app.3f9c2e.js", "/healthz"]
    for i in range(r.randint(5, 7)):
        ts = stamp(r, 1, "log")
        ua = r.choice([f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{r.randint(118, 131)}.0.0.0",
                       f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(0, 6)} like Mac OS X) Version/17.{r.randint(0, 6)}",
                       "ELB-HealthChecker/2.0", f"curl/8.{r.randint(0, 9)}.{r.randint(0, 3)}"])
        if ua.startswith("ELB"):
            b.t(priv_ip(r))
            path = "/healthz"
        else:
            b.v(pub_ip(r), IP)
            path = r.choice(paths)
        b.t(f" - - [{ts}] ")
        if i == 2:
            p = Person(r, "US")
            b.t('"GET /unsubscribe?e=').v(p.email, EM).t(f'&list=promo HTTP/1.1" 200 {r.randint(900, 4000)} "-" "{ua}"\n')
            continue
        if path.endswith("zip="):
            path += f"{r.choice(US_TOWNS)[2]}{r.randint(10, 99)}"
        b.t(f'"{r.choice(["GET", "GET", "POST"])} {path} HTTP/1.1" {r.choice([200, 200, 304, 302, 404])} {r.randint(200, 90000)} "-" "{ua}"\n')
    return b.done()


@tpl("en-US")
def t_us_jsonl_applog(r):
    u1, u2 = Person(r, "US"), Person(r, "US")
    return fill(
        '{"ts":"<<t1>>","level":"INFO","svc":"auth","event":"login_success","user_id":"<<id1>>","email":"<<e1>>","ip":"<<ip1>>","app":"<<v1>>"}\n'
        '{"ts":"<<t2>>","level":"WARN","svc":"auth","event":"password_reset","user_id":"<<id2>>","new_hash":"<<h>>","ip":"<<pip>>"}\n'
        '{"ts":"<<t3>>","level":"DEBUG","svc":"signup","msg":"payload received","payload":{"name":"<<n2>>","email":"<<e2>>","password":"<<pw>>","plan":"10x15-climate"}}\n'
        '{"ts":"<<t4>>","level":"INFO","svc":"billing","event":"charge_ok","amount_cents":<<amt>>,"card":"<<mc>>","stripe_ch":"ch_<<ch>>","trace":"<<tr>>"}\n',
        t1=stamp(r, 2), id1=uid(r), e1=_e(u1.email), ip1=_ip(pub_ip(r)), v1=version(r), t2=stamp(r, 2), id2=uid(r),
        h=r.choice([bcrypt_h(r), argon_h(r)]), pip=priv_ip(r), t3=stamp(r, 2), n2=_p(u2.full), e2=_e(u2.email), pw=_pw(password(r)),
        t4=stamp(r, 2), amt=r.randint(4000, 30000), mc=f"visa ****{r.randint(0, 9999):04d}", ch="".join(r.choice(_AL) for _ in range(24)),
        tr=hexs(r, 32))


@tpl("en-GB")
def t_gb_env_config(r):
    adm = Person(r, "GB")
    dom = r.choice(["boxsafe-storage.co.uk", "keepit-storage.co.uk", "dalesstorage.com"])
    return fill(
        "# storage-portal production - DO NOT COMMIT\nAPP_ENV=production\nAPP_VERSION=<<ver>>\nDB_HOST=<<dbh>>\nDB_PORT=5432\n"
        "DB_USER=portal_app\nDB_PASSWORD=<<pw>>\nREDIS_URL=redis://<<rh>>:6379/0\nSTRIPE_PUBLISHABLE_KEY=<<pk>>\nSTRIPE_SECRET_KEY=<<sk>>\n"
        "SENDGRID_API_KEY=<<sg>>\nTWILIO_ACCOUNT_SID=<<sid>>\nMAIL_FROM=<<mf>>\nADMIN_CONTACT=\"<<an>> <<<ae>>>\"\n"
        "SENTRY_DSN=https://<<dsn>>@o<<org>>.ingest.sentry.io/<<proj>>\nFEATURE_FLAGS=unit_map,waitlist\n",
        ver=semver(r), dbh=priv_ip(r), pw=_pw(password(r)), rh=priv_ip(r), pk=pub_key(r), sk=_k(api_key(r, "stripe")),
        sg=_k(api_key(r, "sg")), sid=twilio_sid(r), mf=_e(f"bookings@{dom}"), an=_p(adm.full), ae=_e(f"{slug(adm.first)}@{dom}"), dsn=hexs(r, 32),
        org=r.randint(100000, 999999), proj=r.randint(1000000, 9999999))


def _spoken_phone(r, cc="US"):
    while True:
        s = phone(r, cc, "mobile", "compact")
        d = re.sub(r"\D", "", s)
        out = f"{d[:3]} {d[3:6]} {d[6:]}" if cc == "US" else " ".join(d[i:i + 3] for i in range(0, len(d), 3))
        if _pn.is_valid_number(_pn.parse(out, cc)):
            return out


@tpl("en-US")
def t_us_transcript(r):
    c = Person(r, "US")
    ag = Person(r, "US")
    branch = r.choice(US_TOWNS)[0].lower()
    mn = MONTHS["en"][c.dob.month - 1].lower()
    dob = r.choice([f"{mn} {c.dob.day} {c.dob.year}", f"{mn} {c.dob.day}{_ord(c.dob.day)} {c.dob.year}",
                    f"{c.dob.month} {c.dob.day} {c.dob.year % 100:02d}"])
    b = B().f(
        "[call transcript - auto generated - confidence 0.8<<cf>>]\nagent: thank you for calling lockbox self storage this is <<af>> how can i help\n"
        "caller: yeah hi um my name is <<n>> i rent a unit out at the <<br>> location\nagent: sure can i get your date of birth for verification\n"
        "caller: it's <<dob>>\nagent: thank you and the last four of your social\ncaller: <<l4>>\n"
        "agent: perfect you're verified what can i do for you\ncaller: so i got a text saying my gate code changed to <<gc>> but it doesn't work\n"
        "agent: okay let me reset that best number to text you\ncaller: <<tel>>\n",
        cf=r.randint(0, 9), af=_p(ag.first.lower()), n=_p(f"{c.first} {c.last}".lower()), br=branch, dob=_d(dob),
        l4=" ".join(f"{r.randint(0, 9999):04d}"), gc=" ".join(str(r.randint(1000, 9999))), tel=_ph(_spoken_phone(r)))
    if r.random() < 0.5:
        b.f("agent: also for the new lease the system is asking for your full social\ncaller: uh okay it's <<s>>\n", s=(ssn(r, " "), SSN))
    b.t("agent: done you should get it in a minute anything else\ncaller: no that's all thanks\n")
    return b.done()


@tpl("en-CA")
def t_ca_ocr_agreement(r):
    c = Person(r, "CA")
    alt = Person(r, "CA")
    return fill(
        "MAPLE GROVE SELF STORAGE - RENTAL AGREEMENT        Pg 1/3\nUnit No.: <<u>>    Size: 10x10    Gate Code: <<gc>>\n"
        "TENANT NAME (Last, First): <<nm>>\nDate of Birth (YYYY-MM-DD): <<dob>>\nHome Address: <<addr>>\n"
        "Tel. (h0me): <<t1>>      Cell: <<t2>>\nE-mail: <<em>>\nAlternate Contact: <<alt>>   Tel: <<t3>>\n"
        "Monthly Rent: $1 <<rent>>.00    Tenant Insurance: [X] Y [ ] N   Policy #: TP-<<pol>>\n"
        "Signature: ___________________   Date: <<d>>\n",
        u=f"{r.choice('ABC')}-1{r.choice(['l', '1', 'I'])}{r.randint(0, 9)}", gc=r.randint(1000, 9999),
        nm=_p(f"{c.last.upper()}, {c.first.upper()}"), dob=_d(c.dob_s("iso")), addr=_a(c.addr.one),
        t1=_ph(phone(r, "CA", "fixed", "nat")), t2=_ph(c.phone("dash")), em=_e(c.email), alt=_p(alt.full), t3=_ph(alt.phone("nat")),
        rent=r.randint(10, 99), pol=r.randint(100000, 999999), d=soon(r, "CA", lo=-30, hi=0))


@tpl("en-AU")
def t_au_sheet_rows(r):
    b = B().t("Name\tMobile\tSuburb\tSkip\tDrop-off\tPick-up\tAmount\tPaid\n")
    for _ in range(r.randint(3, 5)):
        p = Person(r, "AU")
        b.v(p.full, PER).t("\t").v(p.phone(r.choice(["nat", "compact"])), PH).t("\t").v(any_town(r, "AU"), LOC)
        b.t(f"\t{r.choice(['2m3', '4m3', '6m3', '9m3'])}\t{soon(r, 'AU', 'en', 1, 10)}\t{soon(r, 'AU', 'en', 11, 20)}\t"
            f"{money(r, '$', 190, 650)}\t{r.choice(['Y', 'N', 'part'])}\n")
    return b.done()


@tpl("en-GB")
def t_gb_notifications(r):
    p1, p2 = Person(r, "GB"), Person(r, "GB")
    p3 = Person(r, "GB")
    return fill(
        "[Bookings] New veg box subscription: <<n1>> (Large, weekly)\n[Payments] Payment failed for card ending <<l4>> - order #<<o>>\n"
        "[Deliveries] Route 3 manifest ready - <<k>> drops from the <<depot>> depot\n[Bookings] <<n2>> paused deliveries until <<d>>\n"
        "[Support] New message from <<e3>>: \"Can I swap the mushrooms for extra leeks?\"\n"
        "[Alerts] Sign-in from new device <<ip>> (Firefox <<fv>> on Windows) for shop-admin\n[Stock] Low stock: Paul Smith's Plum Jam (6 left)\n",
        n1=_p(p1.full), l4=f"{r.randint(0, 9999):04d}", o=r.randint(10000, 99999), k=r.randint(20, 60), depot=any_town(r, "GB"),
        n2=_p(p2.full if r.random() < 0.5 else f"{p2.first[0]}. {p2.last}"), d=soon(r, "GB"), e3=_e(p3.email), ip=_ip(_ip_public_v4(r)),
        fv=f"{r.randint(115, 133)}.0")


@tpl("en-US")
def t_us_release_notes_nopii(r):
    return fill(
        "Release v<<v>> - storage portal (build <<b>>)\n\n- Fixed: unit map showed 10x15 units as 10x10 at the <<t1>> and <<t2>> sites (ticket STO-<<k1>>)\n"
        "- Changed: late fee now <<amt>> after 10 days (was $20.00)\n- Added: Apple Pay on iOS <<ios>>+\n"
        "- Partner promo: 10% off with the Tim Hortons / Ben & Jerry's employee code BJ-<<pc>>\n"
        "- Known issue: gate keypad firmware <<fw>> drops codes on reboot; workaround in KB-<<kb>>\n"
        "Checksums: sha256 <<sha>>\nDeployed <<ts>> by CI job #<<job>> (commit <<c>>)\n",
        v=semver(r), b=f"2026.11.{r.randint(1, 28)}", t1=r.choice(US_TOWNS)[0], t2=r.choice(US_TOWNS)[0], k1=r.randint(1000, 9999),
        amt=money(r, "$", 25, 40), ios=f"{r.randint(16, 18)}.{r.randint(0, 4)}", pc=r.randint(1000, 9999), fw=f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
        kb=r.randint(100, 999), sha=hexs(r, 64), ts=stamp(r, 3), job=r.randint(10000, 99999), c=hexs(r, 12))


@tpl("en-GB")
def t_gb_ops_update_nopii(r):
    return fill(
        "Ops update w/c <<wc>>\n\nSkips: <<n1>> delivered, <<n2>> collected. The <<d1>> depot is down one lorry (AB<<reg>> in for MOT), "
        "so <<d2>> is covering the northern round until Weds.\nTipping fees at the <<d1>> transfer station rise to <<fee>>/tonne from <<from>>.\n"
        "Weighbridge ticket range WB-<<w1>> to WB-<<w2>> needs re-keying, sorry.\nDriver app v<<ver>> is out - please update tablets (IMEI list in the shared drive).\n"
        "Reminder: the Ford Transit at <<d2>> needs the tail-lift checked. Door code for the yard hasn't changed.\n",
        wc=soon(r, "GB", lo=-7, hi=0), n1=r.randint(80, 200), n2=r.randint(70, 200), d1=any_town(r, "GB"), reg=r.randint(10, 75),
        d2=any_town(r, "GB"), fee=money(r, "£", 90, 130), w1=r.randint(10000, 20000), w2=r.randint(20001, 30000), ver=semver(r), **{"from": soon(r, "GB")})


@tpl("en-IN")
def t_in_teams_chat(r):
    a, bb = Person(r, "IN"), Person(r, "IN")
    it = Person(r, "IN")
    b = B()
    for tm, (who, parts) in zip(times(r, 5), [
        (a, ["Has anyone confirmed the Marathi interpreter for the Bajaj Auto audit on ", soon(r, "IN"), "?"]),
        (bb, ["Yes, ", (it.full, PER), " accepted. Her number is ", (it.phone(r.choice(["intl", "nat"])), PH)]),
        (a, ["Pls share her email also, client wants it for the gate pass"]),
        (bb, [(it.email, EM), " - she is travelling to ", (any_town(r, "IN"), LOC), " on the 6th so only morning slot"]),
        (a, ["ok. PO number is 4500", str(r.randint(100000, 999999)), ", rate Rs 6,500/day"]),
    ]):
        b.v(who.full if r.random() < 0.5 else who.first, PER).t(f"  {tm}\n")
        for x in parts:
            b.v(*x) if isinstance(x, tuple) else b.t(x)
        b.t("\n\n")
    return b.done()


@tpl("en-IE")
def t_ie_nursery_enquiry(r):
    par = Person(r, "IE", age=(24, 45))
    kid = Person(r, "IE")
    gran = Person(r, "IE", gender="F")
    kd = child_birth(r)
    return fill(
        "Enquiry - Little Acorns Early Years, <<br>> branch\nParent: <<pf>> | <<pp>> | <<pe>>\nChild: <<kf>> <<kl>>, DOB <<kd>>\n"
        "Start date wanted: <<sd>> (3 days/wk, Mon-Wed). Sibling <<sib>> already attends (Room: Rainbows).\n"
        "Family lives in <<town>>, dad commutes. ECCE eligible from Sept.\nAllergy: peanuts (EpiPen). Collected by granny (<<gran>>) on Fridays.\n"
        "Fee quote: <<fee>>/month after NCS subsidy. Waitlist pos: <<w>>\n",
        br=any_town(r, "IE"), pf=_p(par.full), pp=_ph(par.phone()), pe=_e(par.email), kf=_p(kid.first), kl=_p(par.last),
        kd=_d(fmt_date(r, kd, "IE")), sd=soon(r, "IE", lo=20, hi=120), sib=_p(Person(r, "IE").first), town=_l(any_town(r, "IE")),
        gran=_p(gran.first), fee=money(r, "€", 600, 1100), w=r.randint(1, 12))


@tpl("en-US")
def t_us_card_dispute_ticket(r):
    c = Person(r, "US")
    ag = Person(r, "US")
    cn = card(r)
    return fill(
        "#<<tk>> Double charge on my card\nStatus: Open | Channel: Web form | Assignee: <<ag>>\n\nFrom <<cn_>> (<<ce>>):\n"
        "Hi - I was charged twice for order <<ord>> (<<amt>> each) on <<d>>. The card is <<card>> exp <<exp>>. I just want one refunded. "
        "My phone is <<tel>>.\n\n[Internal] <<ag2>>: Customer pasted full PAN, redacted in Stripe notes. Second charge ch_<<ch>> refunded, "
        "card on file shows •••• <<l4>>. Closing after confirmation. Related: RMA-<<rma>>\n",
        tk=r.randint(100000, 999999), ag=_p(ag.full), cn_=_p(c.full), ce=_e(c.email), ord=f"#{r.randint(1000000, 9999999)}",
        amt=money(r, "$", 30, 200), d=soon(r, "US", lo=-9, hi=-1), card=_cc(cn), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
        tel=_ph(c.phone(r.choice(["nat", "dash", "intl"]))), ag2=_p(ag.first), ch="".join(r.choice(_AL) for _ in range(24)),
        l4=re.sub(r"\D", "", cn)[-4:], rma=r.randint(10000, 99999))


@tpl("en-NZ")
def t_nz_quoted_chain(r):
    c = Person(r, "NZ")
    ag = Person(r, "NZ")
    new, old = make_addr(r, "NZ"), make_addr(r, "NZ")
    dom = r.choice(["kiwistore.co.nz", "safekeep.nz"])
    b = B().f("Hi <<af>>,\n\nYes that's right, the new address is <<na>>. My partner <<pn>> may pick up the key from the <<br>> office.\n\n"
              "Thanks,\n<<cf>>\n\n> On <<d1>>, at 10:42 AM, <<afull>> <<<ae>>> wrote:\n> Kia ora <<cf2>>, just checking we have your correct address for the storage invoice:\n",
              af=_p(ag.first), na=_a(new.one), pn=_p(Person(r, "NZ").first), br=any_town(r, "NZ"), cf=_p(c.first),
              d1=soon(r, "NZ", lo=-6, hi=-1), afull=_p(ag.full), ae=_e(f"{slug(ag.first)}@{dom}"), cf2=_p(c.first))
    for ln in old.lines:
        b.t("> ").v(ln, ADDR).t("\n")
    b.f("> Ngā mihi, <<af>>\n> > On <<d2>>, <<cfull>> <<<ce>>> wrote:\n> > Hi, I've moved, please update my details. New mobile is <<tel>>.\n",
        af=_p(ag.first), d2=soon(r, "NZ", lo=-12, hi=-7), cfull=_p(c.full), ce=_e(c.email), tel=_ph(c.phone(r.choice(["nat", "intl"]))))
    return b.done()


@tpl("en-ZA")
def t_za_kv_webhook(r):
    c = Person(r, "ZA")
    b = B()
    for ev in ("payment.created", "payment.succeeded", "booking.confirmed"):
        b.t(f"{stamp(r, 1, 'sp')} INFO webhook event={ev} id=evt_{hexs(r, 16)} ")
        if ev == "payment.created":
            b.f("customer_name=\"<<n>>\" msisdn=<<m>> amount=R<<a>>.00 method=card card_last4=<<l4>> src_ip=<<ip>>\n",
                n=_p(c.full), m=_ph(c.phone("e164")), a=r.randint(900, 3500), l4=f"{r.randint(0, 9999):04d}", ip=_ip(_ip_public_v4(r)))
        elif ev == "payment.succeeded":
            b.f("auth_code=<<ac>> rrn=<<rrn>> amount=R<<a>>.00 fee=R<<f>>.50 status=00\n", ac=r.randint(100000, 999999),
                rrn=r.randint(10**11, 10**12 - 1), a=r.randint(900, 3500), f=r.randint(10, 60))
        else:
            b.f("booking=SKP-<<bk>> site=\"<<ad>>\" email=<<e>> depot=<<dp>> skip=6m3\n", bk=r.randint(10000, 99999),
                ad=_a(c.addr.one), e=_e(c.email), dp=any_town(r, "ZA"))
    return b.done()


@tpl("en-PH")
def t_ph_courier_sms(r):
    c = Person(r, "PH")
    rider = Person(r, "PH", gender="M")
    rph = phone(r, "PH", "mobile", "nat")
    return fill(
        "LBC: Hi <<cf>>, your parcel <<trk>> (Translated documents x3) is out for delivery today to <<addr>>. Rider: <<rd>> <<rph>>\n"
        "LBC: Your delivery OTP is <<otp>>. Give this only to the rider upon receipt.\n"
        "GCash: You have paid PHP <<amt>>.00 to LINGUAPRO TRANSLATIONS. Ref No. <<ref>>. Bal: PHP <<bal>>\n"
        "<<rph2>>: ate andito na po ako sa gate, blue na gate po ba?\n",
        cf=_p(c.first), trk=str(r.randint(10**11, 10**12 - 1)), addr=_a(c.addr.one), rd=_p(rider.initial()),
        rph=_ph(rph), otp=otp(r), amt=f"{r.randint(1, 4)},{r.randint(100, 999)}",
        ref=r.randint(10**12, 10**13 - 1), bal=f"{r.randint(100, 9999)}.{r.randint(10, 99)}", rph2=_ph(rph))


@tpl("en-US")
def t_us_slack_key_leak(r):
    d1, d2, d3 = Person(r, "US"), Person(r, "US"), Person(r, "US")
    k1 = api_key(r, r.choice(["stripe", "rk"]))
    k2 = api_key(r, r.choice(["gh", "openai", "google"]))
    b = B()
    rows = [
        (d1, ["anyone know why the payments worker is 401ing in staging?"]),
        (d2, ["try this, it's the one from the old .env: ", (k1, KEY)]),
        (d3, ["^ that's a LIVE secret key, please delete and rotate :rotating_light:"]),
        (d2, ["ugh sorry. rotated. the publishable one ", pub_key(r), " is fine to share though"]),
        (d1, ["also CI needs a token, using ", (k2, KEY), " for now, will move to vault"]),
        (d3, ["no. vault only. and twilio sid ", twilio_sid(r), " isn't secret but the auth token is"]),
    ]
    b.t(f"#eng-payments  ·  exported {stamp(r, 1, 'sp')}\n\n")
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        b.v(r.choice([who.first.lower(), who.full, who.first]), PER)
        b.t(f"  {tm}\n")
        for x in parts:
            b.v(*x) if isinstance(x, tuple) else b.t(x)
        b.t("\n")
    return b.done()


@tpl("en-CA")
def t_ca_club_renewal(r):
    par = Person(r, "CA", age=(30, 50))
    kid = Person(r, "CA")
    ec = Person(r, "CA")
    kd = child_birth(r) - _dt.timedelta(days=365 * r.randint(4, 9))
    return fill(
        "Subject: Re: U12 soccer registration - <<kf>> <<kl>>\n\nHi Coach <<cl>>,\n\n<<kf2>>'s birthday is <<kd>> so I think he's U12 not U11? "
        "Updated form below.\n\nPlayer: <<kf3>> <<kl2>>\nDOB: <<kd2>>\nParent/guardian: <<pf>>, <<pp>>, <<pe>>\nAddress: <<addr>>\n"
        "Emergency contact: <<ec>> <<ecp>>\nHealth card # on file (not sending by email)\nJersey size YM, #<<jn>>\n\n"
        "We paid the <<fee>> by e-transfer, ref CA<<rf>>.\n\nThanks!\n<<pfirst>>\n",
        kf=_p(kid.first), kl=_p(par.last), cl=_p(Person(r, "CA").last), kf2=_p(kid.first), kd=_d(fmt_date(r, kd, "CA", "en", "long")),
        kf3=_p(kid.first), kl2=_p(par.last), kd2=_d(fmt_date(r, kd, "CA", "en", "iso")), pf=_p(par.full), pp=_ph(par.phone("nat")),
        pe=_e(par.email), addr=_a(par.addr.one), ec=_p(ec.full), ecp=_ph(ec.phone("dash")), jn=r.randint(1, 30), fee=money(r, "$", 150, 290),
        rf=hexs(r, 8).upper(), pfirst=_p(par.first))


@tpl("en-AU")
def t_au_storage_crm(r):
    c = Person(r, "AU")
    alt = Person(r, "AU", gender="F")
    ag = Person(r, "AU")
    return fill(
        "CRM > Contacts > <<cn>>\nAccount: ST-<<acc>>   Site: <<site>>   Unit: <<u>> (3x3, climate)\nPrimary mobile: <<m>>\nEmail: <<e>>\n"
        "Postal: <<addr>>\nAlt contact: <<alt>> (sister) <<am>>\nDOB: <<dob>>\n\nNote <<ts>> - <<ag>>: rang re overdue <<amt>>. "
        "Says moving to <<mv>> for work, will pay Fri. Overlocked unit, gate access PIN <<pin>> suspended. Card on file •••• <<l4>> declined twice.\n",
        cn=_p(c.comma()), acc=r.randint(100000, 999999), site=any_town(r, "AU"), u=f"{r.choice('ABCD')}{r.randint(1, 60):02d}",
        m=_ph(c.phone()), e=_e(c.email), addr=_a(c.addr.one), alt=_p(alt.first + " " + c.last), am=_ph(alt.phone("nat")),
        dob=_d(c.dob_s()), ts=stamp(r, 8, "dmy"), ag=_p(ag.initial()), amt=money(r, "$", 150, 900), mv=_l(any_town(r, "AU")),
        pin=r.randint(1000, 999999), l4=f"{r.randint(0, 9999):04d}")


@tpl("en-KE")
def t_ke_agency_invoice_email(r):
    c = Person(r, "KE")
    tr = Person(r, "KE")
    ag = Person(r, "KE")
    town = r.choice(KE_TOWNS)
    office = make_addr(r, "KE", town_pick=town)
    return fill(
        "Subject: Invoice INV-<<inv>> - certified translation (Swahili > English)\n\nDear <<cf>>,\n\nPlease find attached the invoice for "
        "the certified translation of your land documents by <<tr>>. Amount due: KES <<amt>>. Pay via M-Pesa Paybill <<pb>>, account INV<<inv>>.\n\n"
        "The originals can be collected from our <<br>> office or couriered to <<addr>>. Kindly confirm which you prefer.\n\n"
        "Regards,\n<<ag>>\nAccounts, Tafsiri Bora Ltd\n<<oaddr>> | <<oph>> | <<oe>>\n",
        inv=r.randint(1000, 9999), cf=_p(c.full), tr=_p(tr.full), amt=f"{r.randint(3, 25)},{r.randint(0, 9)}00", pb=r.randint(200000, 999999),
        br=town[0], addr=_a(c.addr.one), ag=_p(ag.full), oaddr=_a(office.one), oph=_ph(phone(r, "KE", "fixed", "intl")),
        oe=_e("accounts@tafsiribora.co.ke"))


@tpl("en-GB")
def t_gb_childminder_sms(r):
    cm = Person(r, "GB", gender="F")
    par = Person(r, "GB")
    kid = Person(r, "GB")
    gran = Person(r, "GB", gender="F")
    b = B()
    rows = [
        ("p", ["Hi ", (cm.first, PER), ", ", (kid.first, PER), " has a bit of a temp this morning, had calpol at 7. OK to still bring him?"]),
        ("c", ["Morning! Yes if he's under 38 and eating. I'll text if it goes up x"]),
        ("p", ["Thank you. His nana ", (gran.full, PER), " is collecting at 5, her mobile is ", (phone(r, "GB", "mobile", "nat"), PH)]),
        ("c", ["No problem. Door code is still ", f"{r.randint(1000, 9999)}", ", tell her to mind ", r.choice(PETS), " at the gate lol"]),
        ("p", ["Will do. Invoice for Nov paid, ", money(r, "£", 300, 700), " ref ", (kid.first.upper(), PER), " NOV"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        b.t(f"{tm} ")
        b.v(cm.first if who == "c" else par.first, PER).t(": ")
        for x in parts:
            b.v(*x) if isinstance(x, tuple) else b.t(x)
        b.t("\n")
    return b.done()


@tpl("en-US")
def t_us_form_jsonl(r):
    b = B()
    for _ in range(r.randint(2, 3)):
        p = Person(r, "US")
        b.f('{"submitted":"<<ts>>","form":"tenant_screening_v<<fv>>","first_name":"<<fn>>","last_name":"<<ln>>","dob":"<<dob>>",'
            '"ssn":"<<ssn>>","phone":"<<ph>>","email":"<<em>>","street":"<<st>>","ip":"<<ip>>","utm":"<<utm>>","consent":true}\n',
            ts=stamp(r, 10), fv=r.randint(2, 4), fn=_p(p.first), ln=_p(p.last), dob=_d(p.dob_s(r.choice(["iso", "mdy"]))),
            ssn=(ssn(r, r.choice(["-", ""])), SSN), ph=_ph(p.phone(r.choice(["e164", "nat", "dash"]))), em=_e(p.email),
            st=_a(p.addr.street), ip=_ip(pub_ip(r)), utm=r.choice(["google_cpc", "fb", "direct"]))
    return b.done()


@tpl("en-NG")
def t_ng_whatsapp_club(r):
    a, bb, cc_ = Person(r, "NG"), Person(r, "NG"), Person(r, "NG")
    num = cc_.phone("intl")
    b = B()
    rows = [
        (a.full, PER, ["Good evening members, training moves to Teslim Balogun Stadium this Saturday 7am"]),
        (num, PH, ["Pls what about the dues? I sent ₦15,000 to the treasurer"]),
        (a.full, PER, [(bb.first, PER), " will confirm. Treasurer line is ", (bb.phone("nat"), PH)]),
        (bb.first + " Treasurer", None, ["Received, thanks. Receipt RCP-", str(r.randint(1000, 9999)), " sent to your email ", (cc_.email, EM)]),
        (num, PH, ["Thanks. I'm travelling to ", (r.choice(["Accra", "London", "Houston", "Nairobi"]), LOC), " next week so I'll miss two sessions"]),
    ]
    day = r.randint(1, 27)
    for tm, (who, lab, parts) in zip(times(r, len(rows)), rows):
        b.t(f"{day}/11/2026, {tm} - ")
        if lab is None:
            b.v(bb.first, PER).t(" Treasurer")
        else:
            b.v(who, lab)
        b.t(": ")
        for x in parts:
            b.v(*x) if isinstance(x, tuple) else b.t(x)
        b.t("\n")
    return b.done()


# ---------------------------------------------------------------- other languages
@tpl("ca")
def t_cat_bressol_email(r):
    mare = Person(r, "ES", "ca", gender="F", age=(26, 44))
    pare = Person(r, "ES", "ca", gender="M", age=(26, 46))
    nena = Person(r, "ES", "ca", gender="F")
    dir_ = Person(r, "ES", "ca", gender="F")
    kl = f"{pare.last.split()[0]} {mare.last.split()[0]}"
    kd = child_birth(r)
    return fill(
        "Assumpte: Preinscripció curs 2027-2028 - <<kf>> <<kl>>\n\nBon dia <<dir>>,\n\nUs envio les dades de la meva filla per a la "
        "preinscripció a l'Escola Bressol Sant Jordi:\n\nNom de la nena: <<kf2>> <<kl2>>\nData de naixement: <<kd>>\nAdreça: <<addr>>\n"
        "Telèfon mare: <<m>> / pare (<<pf>>): <<f>>\nCorreu: <<em>>\n\nPer al rebut domiciliat, el compte és <<iban>>. Som de <<from>>, però "
        "fa dos anys que vivim aquí.\n\nMoltes gràcies,\n<<mf>>\n",
        kf=_p(nena.first), kl=_p(kl), dir=_p(dir_.first), kf2=_p(nena.first), kl2=_p(kl), kd=_d(fmt_date(r, kd, "ES", "ca")),
        addr=_a(mare.addr.one), m=_ph(mare.phone(r.choice(["nat", "intl", "compact"]))), pf=_p(pare.first),
        f=_ph(pare.phone(r.choice(["nat", "intl"]))), em=_e(mare.email), iban=_ib(iban(r, "ES")), mf=_p(mare.full),
        **{"from": _l(any_town(r, "ES"))})


@tpl("ca")
def t_cat_club_whatsapp(r):
    a, bb = Person(r, "ES", "ca"), Person(r, "ES", "ca")
    mum = Person(r, "ES", "ca", gender="F")
    kid = Person(r, "ES", "ca", gender="M")
    num = mum.phone("intl")
    rival = any_town(r, "ES")
    b = B()
    day = r.randint(1, 27)
    rows = [
        ((a.full, PER), [f"Bon dia! Dissabte juguem a les 10 h al camp municipal contra el CE {rival}. Convocatòria a les 9.15 h."]),
        ((bb.first, PER), ["Qui porta les samarretes aquesta setmana?"]),
        ((num, PH), ["Hola, sóc la mare ", "de l'" if kid.first[0] in "AEIOUÀÈÉÍÒÓÚ" else "del ", (kid.first, PER), ". Algú el podria recollir? Vivim a ", (mum.addr.one, ADDR)]),
        ((a.full, PER), ["Cap problema ", (mum.first, PER), ", el passo a buscar jo. La quota del trimestre (45,00 €) es cobra el dia 5."]),
        ((bb.first, PER), ["Jo no hi seré, marxo a ", (r.choice(["Andorra", "Mallorca", "Perpinyà", "Saragossa"]), LOC), " el cap de setmana"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"[{day:02d}/11/26 {tm}] ", who, parts)
    return b.done()


@tpl("ca")
def t_cat_client_card(r):
    c = Person(r, "ES", "ca")
    ag = Person(r, "ES", "ca")
    return fill(
        "Fitxa de client - Traduccions Pujol & Vidal SL\nCodi client: CL-<<cc>>\nNom: <<fn>>\nCognoms: <<ln>>\nData de naixement: <<dob>>\n"
        "Telèfon: <<ph>>\nAdreça electrònica: <<em>>\nAdreça postal: <<addr>>\nIdiomes: català > anglès (jurada)\n"
        "Pressupost: PRE-2026-<<p>>, <<amt>> € (IVA inclòs)\nObservacions (<<ag>>): truqueu-la a partir de les 17 h. Viu a <<town>> i "
        "treballa a l'oficina de Tarragona.\n",
        cc=r.randint(1000, 9999), fn=_p(c.first), ln=_p(c.last), dob=_d(c.dob_s()), ph=_ph(c.phone(r.choice(["nat", "compact"]))),
        em=_e(c.email), addr=_a(c.addr.one), p=r.randint(100, 999), amt=f"{r.randint(60, 400)},{r.choice(['00', '50'])}",
        ag=_p(ag.initial()), town=_l(any_town(r, "ES")))


@tpl("is")
def t_is_storage_email(r):
    c = Person(r, "IS", "is")
    return fill(
        "Efni: Geymsla nr. <<u>> - nýtt heimilisfang\n\nGóðan dag,\n\nÉg heiti <<cf>> og er með geymslu hjá ykkur (útibú: <<br>>). "
        "Ég er flutt<<ur>> á <<addr>>. Nýja símanúmerið mitt er <<ph>>.\n\nVinsamlegast sendið reikninga framvegis á <<em>>. "
        "Endurgreiðsla á tryggingunni (15.000 kr.) má fara inn á <<iban>>.\n\nKær kveðja,\n<<fn>>\n",
        u=r.randint(100, 480), cf=_p(c.full), br=any_town(r, "IS"), ur="ur" if c.g == "M" else "", addr=_a(c.addr.one),
        ph=_ph(c.phone(r.choice(["nat", "intl"]))), em=_e(c.email), iban=_ib(iban(r, "IS")), fn=_p(c.first))


@tpl("is")
def t_is_club_form(r):
    kid = Person(r, "IS", "is", age=(8, 16))
    par = Person(r, "IS", "is", age=(30, 50))
    return fill(
        "Skráning - Ungmennafélagið <<club>>, handbolti\nSkráð: <<ts>>\n\nNafn iðkanda: <<kn>>\nFæðingardagur: <<dob>>\n"
        "Heimilisfang: <<addr>>\nForráðamaður: <<pn>>\nSími forráðamanns: <<ph>>\nNetfang: <<em>>\n"
        "Æfingagjald: 42.000 kr. - greitt með korti <<mc>>\nMyndataka leyfð: Já\n",
        club=r.choice(["Afturelding", "Stjarnan", "Grótta", "Þór"]), ts=stamp(r, 30, "dot"), kn=_p(kid.full),
        dob=_d(kid.dob_s()), addr=_a(par.addr.one), pn=_p(par.full), ph=_ph(par.phone(r.choice(["nat", "intl"]))),
        em=_e(par.email), mc=masked_card(r))


@tpl("af")
def t_af_farmstall_whatsapp(r):
    c = Person(r, "ZA", "af")
    shop = r.choice(["Oom Koos se Plaasstal", "Tant Sannie se Padstal", "Boplaas Groentekis"])
    b = B()
    d = r.randint(1, 27)
    rows = [
        ((c.full, PER), ["Môre! Kan ek vir Saterdag 'n groot groentekis bestel?"]),
        (shop, ["Môre ", (c.first, PER), "! Ja seker. Aflewering na ", (c.addr.one, ADDR), "?"]),
        ((c.full, PER), ["Ja, en sit asb ook 2 dosyn eiers by. My nuwe nommer is ", (c.phone(r.choice(["nat", "intl"])), PH)]),
        (shop, [f"Reg so. Totaal R{r.randint(250, 520)},00. Betaal met EFT, verwysing BOX{r.randint(100, 999)}."]),
        ((c.full, PER), [f"Dankie! Ons hond {r.choice(PETS)} blaf maar hy byt nie 😄"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"[{d:02d}/11/2026, {tm}] ", who, parts)
    return b.done()


@tpl("af")
def t_af_school_email(r):
    par = Person(r, "ZA", "af", age=(27, 45))
    kid = Person(r, "ZA", "af", gender="M")
    juf = Person(r, "ZA", "af", gender="F")
    kd = child_birth(r)
    return fill(
        "Onderwerp: Aansoek - Kleuterskool Klein Kabouter\n\nGoeie middag juffrou <<juf>>,\n\nHiermee die besonderhede van ons seun "
        "vir volgende jaar:\n\nNaam: <<kf>> <<kl>>\nGeboortedatum: <<kd>>\nOuer: <<pf>>, sel <<ph>>, e-pos <<em>>\nAdres: <<addr>>\n"
        "Allergieë: geen\n\nOns het pas van <<from>> af getrek, so hy ken nog nie veel maats nie.\n\nGroete\n<<pfirst>>\n",
        juf=_p(juf.last), kf=_p(kid.first), kl=_p(par.last), kd=_d(fmt_date(r, kd, "ZA", "af")), pf=_p(par.full),
        ph=_ph(par.phone(r.choice(["nat", "intl", "compact"]))), em=_e(par.email), addr=_a(par.addr.one), pfirst=_p(par.first),
        **{"from": _l(any_town(r, "ZA"))})


@tpl("tl")
def t_tl_messenger(r):
    c = Person(r, "PH", "tl", gender="F")
    page = "LinguaPro Translations"
    dob = c.dob_s()
    b = B()
    rows = [
        ((c.full, PER), ["Hello po, magpapatranslate sana ako ng birth certificate ko from Tagalog to English"]),
        (page, ["Hi po! Pakisend po ng full name, birthday at contact number niyo."]),
        ((c.full, PER), [(c.full, PER), ", ", (dob, DOB), ", ", (c.phone(r.choice(["nat", "compact"])), PH)]),
        (page, ["Salamat po Ma'am ", (c.first, PER), "! ₱850 po per page, 3-5 working days. Saan po namin ipapadala?"]),
        ((c.full, PER), [(c.addr.one, ADDR)]),
        (page, ["Noted po. Pakisend na lang po ang bayad sa GCash ", (phone(r, "PH", "mobile", "nat"), PH), f", ref LP-{r.randint(1000, 9999)}"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


@tpl("tl")
def t_tl_sms_junk(r):
    c = Person(r, "PH", "tl", gender="M")
    wife = Person(r, "PH", "tl", gender="F")
    num = c.phone(r.choice(["nat", "intl"]))
    b = B()
    rows = [
        ((num, PH), ["Magandang umaga po, available pa po ba yung truck para sa hakot basura sa Sabado?"]),
        ("JunkAway PH", ["Opo Sir ", (c.first, PER), ". Ano po exact address?"]),
        ((num, PH), [(c.addr.one, ADDR), ". Tawagan nyo na lang po ako o si misis ", (wife.first, PER), " sa ", (wife.phone("nat"), PH)]),
        ("JunkAway PH", [f"Salamat po. ₱{r.randint(2, 6)},500 po para sa 6-wheeler. Confirmation code: JA-{r.randint(10000, 99999)}"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


@tpl("ms")
def t_ms_translation_email(r):
    c = Person(r, "MY", "ms")
    return fill(
        "Subjek: Terjemahan sijil kelahiran - <<cf>>\n\nAssalamualaikum tuan/puan,\n\nSaya <<cf2>> ingin membuat terjemahan sijil kelahiran "
        "(BM ke Bahasa Inggeris) untuk permohonan visa pelajar ke <<dest>>.\n\nTarikh lahir: <<dob>>\nNo. telefon: <<ph>>\nE-mel: <<em>>\n"
        "Alamat surat-menyurat: <<addr>>\n\nSaya boleh hantar dokumen asal ke cawangan <<br>> minggu depan. Bayaran RM<<amt>> sudah dibuat "
        "melalui FPX (rujukan <<ref>>).\n\nTerima kasih.\n\nYang benar,\n<<cf3>>\n",
        cf=_p(c.full), cf2=_p(c.full), dest=_l(r.choice(["Australia", "United Kingdom", "Jepun", "New Zealand"])),
        dob=_d(c.dob_s()), ph=_ph(c.phone(r.choice(["nat", "intl", "compact"]))), em=_e(c.email), addr=_a(c.addr.one),
        br=any_town(r, "MY"), amt=r.randint(80, 300), ref=f"FPX{r.randint(10**9, 10**10 - 1)}", cf3=_p(c.full))


@tpl("ms")
def t_ms_storage_form_kv(r):
    b = B()
    for _ in range(r.randint(2, 3)):
        c = Person(r, "MY", "ms")
        b.f("nama_penuh=\"<<n>>\"; no_tel=<<ph>>; emel=<<em>>; alamat=\"<<addr>>\"; saiz_unit=<<sz>>; tarikh_mula=<<d>>; "
            "deposit=RM<<dep>>.00; kaedah_bayaran=FPX; ip=<<ip>>; sesi=<<sid>>\n",
            n=_p(c.full), ph=_ph(c.phone(r.choice(["nat", "e164"]))), em=_e(c.email), addr=_a(c.addr.one),
            sz=r.choice(["5x5", "5x10", "10x10"]), d=soon(r, "MY", "ms"), dep=r.randint(2, 6) * 100, ip=_ip(pub_ip(r)), sid=hexs(r, 24))
    return b.done()


@tpl("tr")
def t_tr_ticket(r):
    c = Person(r, "TR", "tr")
    ag = Person(r, "TR", "tr")
    return fill(
        "Talep #<<n>> - Noter onaylı tercüme\nMüşteri: <<cf>> <<<em>>>\nTelefon: <<ph>>\n\nMesaj:\nMerhaba, pasaportumun ve doğum belgemin "
        "İngilizce tercümesi lazım. Doğum tarihim <<dob>>. Belgeleri <<addr>> adresine kargolayabilir misiniz?\n\n--- İç not (<<ag>>) ---\n"
        "Ödeme alındı, <<amt>> TL, kart <<mc>>. Kargo takip no: <<trk>>. Müşteri <<town>> şehrinde yaşıyor, ofise gelemiyor.\n",
        n=r.randint(10000, 99999), cf=_p(c.full), em=_e(c.email), ph=_ph(c.phone(r.choice(["nat", "intl"]))), dob=_d(c.dob_s()),
        addr=_a(c.addr.one), ag=_p(ag.full), amt=f"{r.randint(1, 3)}.{r.randint(100, 999)},00", mc=masked_card(r),
        trk=r.randint(10**11, 10**12 - 1), town=_l(any_town(r, "TR")))


@tpl("tr")
def t_tr_club_whatsapp(r):
    a, bb = Person(r, "TR", "tr"), Person(r, "TR", "tr")
    mum = Person(r, "TR", "tr", gender="F")
    kid = Person(r, "TR", "tr")
    tre = Person(r, "TR", "tr")
    num = mum.phone("intl")
    b = B()
    rows = [
        ((a.full, PER), ["Arkadaşlar cumartesi maç saat 10'da, Atatürk Spor Salonu'nda. Formaları unutmayın."]),
        ((bb.first, PER), ["Ben gelemiyorum, hafta sonu ", (any_town(r, "TR"), LOC), " tarafına gidiyorum."]),
        ((num, PH), ["Merhaba, ben ", (kid.first, PER), "'in annesi. Servis bizi ", (mum.addr.one, ADDR), " adresinden alabilir mi?"]),
        ((a.full, PER), ["Tamam ", (mum.first, PER), " Hanım. Aylık aidat 500 TL, IBAN: ", (iban(r, "TR"), IBAN), " (", (tre.full, PER), ")"]),
    ]
    d = r.randint(1, 27)
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{d:02d}.11.2026 {tm} - ", who, parts)
    return b.done()


@tpl("ro")
def t_ro_refund_email(r):
    c = Person(r, "RO", "ro")
    ag = Person(r, "RO", "ro")
    u = f"{r.choice('ABC')}{r.randint(10, 99)}"
    return fill(
        "Subiect: Restituire garanție - boxa <<u>>\n\nBună ziua,\n\nMă numesc <<cf>> și am eliberat boxa nr. <<u>> din depozitul de la "
        "<<br>> pe <<d>>. Vă rog să-mi returnați garanția de 450 lei în contul <<iban>> (titular: <<cf2>>).\n\nAdresa mea actuală: <<addr>>\n"
        "Telefon: <<ph>>\n\nMulțumesc,\n<<fn>>\n\n---\nNotă internă (<<ag>>): verificat, fără datorii. Factura FCT-<<f>> stornată. "
        "Contract semnat pe <<cd>>.\n",
        u=u, cf=_p(c.full), br=any_town(r, "RO"), d=soon(r, "RO", "ro", lo=-14, hi=-1), iban=_ib(iban(r, "RO")), cf2=_p(c.full.upper()),
        addr=_a(c.addr.one), ph=_ph(c.phone(r.choice(["nat", "intl", "compact"]))), fn=_p(c.first), ag=_p(ag.initial()),
        f=r.randint(1000, 9999), cd=fmt_date(r, TODAY - _dt.timedelta(days=r.randint(200, 900)), "RO", "ro"))


@tpl("ro")
def t_ro_nursery_log(r):
    kid = Person(r, "RO", "ro")
    par = Person(r, "RO", "ro", age=(26, 45))
    kd = child_birth(r)
    return fill(
        "<<t1>> INFO [inscriere] copil=\"<<kn>>\" data_nasterii=<<kd>> parinte=\"<<pn>>\" telefon=<<ph>> email=<<em>> grupa=mijlocie ip=<<ip>>\n"
        "<<t1>> DEBUG [auth] cont nou user=<<em2>> parola=<<pw>> hash=<<h>>\n"
        "<<t2>> INFO [plata] suma=850.00 RON card=<<mc>> status=aprobat ref=<<ref>>\n<<t2>> WARN [sync] server intern <<pip>> lent (1450 ms)\n",
        t1=stamp(r, 3, "sp"), kn=_p(f"{kid.first} {par.last}"), kd=_d(fmt_date(r, kd, "RO", "ro", "dot")), pn=_p(par.full),
        ph=_ph(par.phone(r.choice(["nat", "e164"]))), em=_e(par.email), ip=_ip(pub_ip(r)), em2=_e(par.email), pw=_pw(password(r)),
        h=bcrypt_h(r), t2=stamp(r, 3, "sp"), mc=masked_card(r), ref=uid(r), pip=priv_ip(r))


@tpl("vi")
def t_vi_zalo_chat(r):
    c = Person(r, "VN", "vi", gender="F")
    shop = "Dịch thuật Ánh Dương"
    b = B()
    rows = [
        ((c.full, PER), ["Chào em, chị cần dịch công chứng giấy khai sinh sang tiếng Anh"]),
        (shop, ["Dạ chào chị ", (c.first, PER), ". Chị gửi giúp em họ tên, ngày sinh và số điện thoại ạ"]),
        ((c.full, PER), [(c.full, PER), ", sinh ngày ", (c.dob_s(), DOB), ", sđt ", (c.phone(r.choice(["nat", "compact"])), PH)]),
        (shop, ["Dạ phí là 150.000đ/trang, 2 ngày có ạ. Em gửi về địa chỉ nào ạ?"]),
        ((c.full, PER), [(c.addr.one, ADDR), " nhé em. Tháng sau chị sang ", (r.choice(["Úc", "Nhật Bản", "Canada", "Đức"]), LOC),
                         " thăm con nên cần gấp"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


@tpl("vi")
def t_vi_club_form(r):
    c = Person(r, "VN", "vi")
    return fill(
        "PHIẾU ĐĂNG KÝ HỘI VIÊN - CLB Cầu lông <<club>>\nMã phiếu: HV-<<n>>\n\nHọ và tên: <<cf>>\nNgày sinh: <<dob>>\nSố điện thoại: <<ph>>\n"
        "Email: <<em>>\nĐịa chỉ: <<addr>>\nQuê quán: <<home>>\nPhí hội viên: 300.000đ/tháng\nNgày đăng ký: <<d>>\n",
        club=r.choice(["Sông Hàn", "Hoa Phượng", "Bình Minh"]), n=r.randint(1000, 9999), cf=_p(c.full.upper() if r.random() < 0.4 else c.full),
        dob=_d(c.dob_s()), ph=_ph(c.phone(r.choice(["nat", "intl"]))), em=_e(c.email), addr=_a(c.addr.one),
        home=_l(r.choice(VN_TOWNS + ["Quảng Ngãi", "Nam Định", "Thanh Hóa"])), d=soon(r, "VN", "vi", lo=-5, hi=0))


@tpl("et")
def t_et_storage_email(r):
    c = Person(r, "EE", "et")
    return fill(
        "Teema: Laoboksi rent - arve nr <<n>>\n\nTere,\n\nMinu nimi on <<cf>>. Rendin teie <<br>> laos boksi nr <<u>>. "
        "Palun saatke arved edaspidi aadressile <<em>>. Uus postiaadress: <<addr>>.\n\nTelefon: <<ph>>\n"
        "Tagatisraha tagastamiseks: <<iban>>\n\nLugupidamisega\n<<cf2>>\n",
        n=r.randint(10000, 99999), cf=_p(c.full), br=any_town(r, "EE"), u=r.randint(1, 250), em=_e(c.email), addr=_a(c.addr.one),
        ph=_ph(c.phone(r.choice(["nat", "intl"]))), iban=_ib(iban(r, "EE")), cf2=_p(c.full))


@tpl("et")
def t_et_nursery_log(r):
    kid = Person(r, "EE", "et")
    par = Person(r, "EE", "et", age=(25, 45))
    kd = child_birth(r)
    return fill(
        "[<<t1>>] lasteaed-api INFO registreerimine laps=\"<<kn>>\" sünniaeg=<<kd>> vanem=\"<<pn>>\" tel=<<ph>> e-post=<<em>> rühm=Mesimummid\n"
        "[<<t2>>] lasteaed-api WARN login_failed user=<<em2>> ip=<<ip>> katseid=3\n"
        "[<<t3>>] lasteaed-api INFO smtp host=<<pip>> user=<<smtp>> parool=<<pw>> tls=on versioon=<<v>>\n",
        t1=stamp(r, 2, "sp"), kn=_p(f"{kid.first} {par.last}"), kd=_d(fmt_date(r, kd, "EE", "et", "dot")), pn=_p(par.full),
        ph=_ph(par.phone(r.choice(["nat", "e164"]))), em=_e(par.email), t2=stamp(r, 2, "sp"), em2=_e(par.email), ip=_ip(pub_ip(r)),
        t3=stamp(r, 2, "sp"), pip=priv_ip(r), smtp=_e("teavitused@lasteaed-paikene.ee"), pw=_pw(password(r)), v=semver(r))


@tpl("cy")
def t_cy_vegbox_email(r):
    c = Person(r, "GB", "cy")
    st = Person(r, "GB", "cy")
    new, old = make_addr(r, "GB", "cy"), make_addr(r, "GB", "cy")
    b = B().f("Pwnc: Newid cyfeiriad - bocs llysiau\n\nHelo <<st>>,\n\nRydyn ni wedi symud i <<na>> o'r wythnos nesaf. Allwch chi ddanfon "
              "y bocs yno os gwelwch yn dda? Fy rhif ffôn newydd yw <<ph>>.\n\nDiolch yn fawr,\n<<cf>>\n<<em>>\n\n"
              "> Ar <<d>>, ysgrifennodd Fferm Cae Mawr <<<fe>>>:\n> Bydd eich bocs nesaf (archeb #<<o>>) yn cael ei ddanfon i:\n",
              st=_p(st.first), na=_a(new.one), ph=_ph(c.phone(r.choice(["nat", "intl"]))), cf=_p(c.full), em=_e(c.email),
              d=fmt_date(r, TODAY - _dt.timedelta(days=r.randint(3, 12)), "GB", "cy"), fe=_e("archebion@ffermcaemawr.cymru"),
              o=r.randint(1000, 9999))
    for ln in old.lines:
        b.t("> ").v(ln, ADDR).t("\n")
    b.f("> Cost: <<amt>> yr wythnos.\n", amt=money(r, "£", 15, 30))
    return b.done()


@tpl("cy")
def t_cy_childminder_sms(r):
    par = Person(r, "GB", "cy")
    cm = Person(r, "GB", "cy", gender="F")
    kid = Person(r, "GB", "cy", gender="F")
    taid = Person(r, "GB", "cy", gender="M")
    b = B()
    rows = [
        ((par.first, PER), ["Bore da ", (cm.first, PER), ", mae ", (kid.first, PER), " yn dod am 8 heddiw. Bydd ei thaid ", (taid.full, PER),
                            " yn ei chasglu am 5."]),
        ((cm.first, PER), ["Dim problem! Oes gen i ei rif ffôn o?"]),
        ((par.first, PER), [(taid.phone(r.choice(["nat", "intl"])), PH), ". Diolch!"]),
        ((cm.first, PER), [f"Diolch. Cod y drws yw {r.randint(1000, 9999)} o hyd. Anfoneb Tachwedd: {money(r, '£', 300, 600)}"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


@tpl("sw")
def t_sw_waste_sms(r):
    c = Person(r, "KE", "sw", gender="M")
    drv = Person(r, "KE", "sw", gender="M")
    wife = Person(r, "KE", "sw", gender="F")
    num = c.phone(r.choice(["nat", "intl"]))
    b = B()
    rows = [
        ((num, PH), ["Habari, naomba gari la taka lije kesho asubuhi. Niko ", (c.addr.one, ADDR)]),
        ("Safisha Taka Ltd", ["Sawa ", (c.first, PER), f". Gharama ni KSh {r.randint(2, 6)},500. Lipa kupitia Paybill {r.randint(200000, 999999)}, "
                              f"akaunti ST{r.randint(1000, 9999)}. Dereva wetu ", (drv.full, PER), " atakupigia kwa ", (drv.phone("nat"), PH), "."]),
        ((num, PH), ["Asante. Nitasafiri kwenda ", (r.choice(["Mombasa", "Kampala", "Arusha", "Dubai"]), LOC), " wiki ijayo, mke wangu ",
                     (wife.first, PER), " atakuwepo."]),
        ("Safisha Taka Ltd", [f"Karibu. Nambari ya uthibitisho: {otp(r)}"]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


@tpl("sw")
def t_sw_call_notes(r):
    c = Person(r, "KE", "sw", age=(24, 45))
    ag = Person(r, "KE", "sw")
    kid = Person(r, "KE", "sw")
    return fill(
        "Kumbukumbu ya simu - <<ts>> - Mhudumu: <<ag>>\nMpigaji: <<cf>>, tarehe ya kuzaliwa <<dob>>, simu <<ph>>\n"
        "Ombi: kumsajili mtoto <<kid>> (miaka 4) katika chekechea ya tawi la <<br>>.\nBarua pepe: <<em>>\n"
        "Anaishi <<town>>. Ada: KSh 12,000 kwa muhula. Risiti RC-<<n>>. Atapiga tena Jumatatu.\n",
        ts=stamp(r, 5, "dmy"), ag=_p(ag.first), cf=_p(c.full), dob=_d(c.dob_s()), ph=_ph(c.phone(r.choice(["nat", "intl", "compact"]))),
        kid=_p(kid.first), br=any_town(r, "KE"), em=_e(c.email), town=_l(any_town(r, "KE")), n=r.randint(10000, 99999))


@tpl("de")
def t_de_translation_email(r):
    c = Person(r, "DE", "de")
    ag = Person(r, "DE", "de", gender="F")
    town = r.choice(DE_TOWNS)
    office = make_addr(r, "DE", town_pick=town)
    anrede = "Herr" if c.g == "M" else "Frau"
    return fill(
        "Betreff: AW: Beglaubigte Übersetzung Geburtsurkunde\n\nSehr geehrte Frau <<agl>>,\n\nvielen Dank für das Angebot (Nr. AN-<<n>>). "
        "Anbei die Daten für die Übersetzung:\n\nName: <<cf>>\nGeburtsdatum: <<dob>>\nGeburtsort: <<pob>>\nLieferadresse: <<addr>>\n"
        "Telefon: <<ph>>\n\nDie Rechnung bitte per Lastschrift von <<iban>> einziehen.\n\nMit freundlichen Grüßen\n<<cf2>>\n\n"
        "> Am <<d>> schrieb <<agf>> <<<age>>>:\n> Sehr geehrte<<r_>> <<an>> <<cl>>, gerne übersetzen wir Ihre Urkunde ins Englische (<<amt>> €).\n"
        "> Übersetzungsbüro Schiller & Partner | <<oa>> | Tel. <<oph>>\n",
        agl=_p(ag.last), n=r.randint(1000, 9999), cf=_p(c.full), dob=_d(c.dob_s()), pob=_l(any_town(r, "DE")), addr=_a(c.addr.one),
        ph=_ph(c.phone(r.choice(["nat", "intl", "compact"]))), iban=_ib(iban(r, "DE")), cf2=_p(c.full),
        d=fmt_date(r, TODAY - _dt.timedelta(days=r.randint(1, 9)), "DE", "de", "dot"), agf=_p(ag.full),
        age=_e(f"{slug(ag.first)[0]}.{slug(ag.last)}@schiller-uebersetzungen.de"), r_="r" if c.g == "M" else "", an=anrede,
        cl=_p(c.last), amt=f"{r.randint(35, 90)},00", oa=_a(office.one), oph=_ph(phone(r, "DE", "fixed", "nat")))


@tpl("de")
def t_de_portal_ticket(r):
    c = Person(r, "DE", "de")
    ag = Person(r, "DE", "de")
    return fill(
        "Ticket #<<n>> - Zugang zum Kundenportal\nVon: <<em>>\nEingang: <<ts>>\n\nHallo, ich komme nicht mehr in mein Kundenkonto. Benutzername "
        "ist <<em2>>, Passwort war <<pw>> - jetzt heißt es \"ungültig\". Bitte um Rückruf unter <<ph>>.\nGruß <<cn>>\n\n"
        "--- Interne Notiz (<<ag>>) ---\nPasswort zurückgesetzt, neuer Hash: <<h>>. Kunde mietet Abteil <<u>> am Standort <<br>>. "
        "Torcode <<tc>> unverändert. Ticket an IT wg. Logins von <<pip>>.\n",
        n=r.randint(100000, 999999), em=_e(c.email), ts=stamp(r, 3, "dot"), em2=_e(c.email), pw=_pw(password(r)),
        ph=_ph(c.phone(r.choice(["nat", "intl"]))), cn=_p(c.full), ag=_p(ag.initial()), h=argon_h(r), u=f"{r.choice('ABCD')}-{r.randint(1, 300)}",
        br=any_town(r, "DE"), tc=r.randint(1000, 9999), pip=priv_ip(r))


@tpl("pl")
def t_pl_nursery_form(r):
    par = Person(r, "PL", "pl", age=(24, 45))
    kid = Person(r, "PL", "pl", gender=par.g)
    kd = child_birth(r)
    return fill(
        "FORMULARZ ZGŁOSZENIOWY - Żłobek Niepubliczny \"Słoneczko\"\nNr wniosku: ZL/2026/<<n>>\n\nImię dziecka: <<kf>>\nNazwisko dziecka: <<kl>>\n"
        "Data urodzenia: <<kd>>\nImię i nazwisko rodzica: <<pn>>\nTelefon: <<ph>>\nE-mail: <<em>>\nAdres zamieszkania: <<addr>>\n"
        "Nr rachunku do zwrotu kaucji: <<iban>>\nData złożenia: <<d>>\nOpłata wpisowa: 300,00 zł\n",
        n=r.randint(100, 999), kf=_p(kid.first), kl=_p(par.last), kd=_d(fmt_date(r, kd, "PL", "pl")), pn=_p(par.full),
        ph=_ph(par.phone(r.choice(["nat", "intl", "compact"]))), em=_e(par.email), addr=_a(par.addr.one), iban=_ib(iban(r, "PL")),
        d=soon(r, "PL", "pl", lo=-10, hi=0))


@tpl("pl")
def t_pl_skip_chat(r):
    c = Person(r, "PL", "pl", gender="M")
    drv = Person(r, "PL", "pl", gender="M")
    firm = "Kontenery Nowak"
    b = B()
    rows = [
        ((c.full, PER), [f"Dzień dobry, chciałbym zamówić kontener 7 m³ na gruz na {soon(r, 'PL', 'pl')}"]),
        (firm, ["Dzień dobry, jaki adres?"]),
        ((c.full, PER), [(c.addr.one, ADDR), ", wjazd od podwórza"]),
        (firm, [f"Koszt {r.randint(5, 9)}50 zł brutto. Kierowca ", (drv.first, PER), " zadzwoni z numeru ", (drv.phone("nat"), PH), "."]),
        ((c.full, PER), ["OK, mój numer ", (c.phone(r.choice(["nat", "intl"])), PH), ". Fakturę proszę na ", (c.email, EM)]),
    ]
    for tm, (who, parts) in zip(times(r, len(rows)), rows):
        say(b, f"{tm} ", who, parts)
    return b.done()


# ---------------------------------------------------------------------------------------------
# free text API
# ---------------------------------------------------------------------------------------------
def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"fell-{seed}-{i}-{fn.__name__}")
        out.append(fn(r))
    return out


# ---------------------------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------------------------
_PLACEHOLDERS = ("N/A", "-", "unknown", "n/a", "")


def C(name: str, entity: str | None, fn, blank: float = 0.0, placeholder: float = 0.0):
    return (name, entity, fn, blank, placeholder)


def _build(r: random.Random, rows: int, cols, mk) -> list[Column]:
    vals: list[list[str | None]] = [[] for _ in cols]
    for _ in range(rows):
        ctx = mk(r)
        for j, (_name, _ent, fn, blank, phr) in enumerate(cols):
            x = r.random()
            if x < blank:
                v = None
            elif x < blank + phr:
                v = r.choice(_PLACEHOLDERS[:4])
            else:
                v = fn(r, ctx)
            vals[j].append(v)
    return [Column(name, ent, vals[j]) for j, (name, ent, _f, _b, _p) in enumerate(cols)]


def _yn(*opts):
    return lambda r, p: r.choice(opts)


def _date_near(cc: str, lang: str = "en", lo: int = -400, hi: int = 60, style: str | None = None):
    return lambda r, p: fmt_date(r, TODAY + _dt.timedelta(days=r.randint(lo, hi)), cc, lang, style)


def _kid(r, cc, lang, par_g=None):
    k = Person(r, cc, lang, gender=par_g)
    k.dob = child_birth(r)
    return k


def tbl_vegbox_subscribers(r, rows):
    def mk(r):
        p = Person(r, "GB")
        p.second = Person(r, "GB")
        return p
    cols = [
        C("Subscriber ID", None, lambda r, p: f"SUB-{r.randint(10000, 99999)}"),
        C("First Name", PER, lambda r, p: p.first),
        C("Surname", PER, lambda r, p: p.last, 0.03),
        C("E-mail", EM, lambda r, p: p.email, 0.05),
        C("Email Verified", None, _yn("TRUE", "FALSE")),
        C("Tel", PH, lambda r, p: p.phone(r.choice(["nat", "compact", "intl"]), r.choice(["mobile", "mobile", "fixed"])), 0.1, 0.03),
        C("Phone Type", None, _yn("mobile", "landline", "work")),
        C("Delivery Address", ADDR, lambda r, p: p.addr.one, 0.02),
        C("Town", LOC, lambda r, p: p.addr.town, 0.15),
        C("Depot", None, lambda r, p: any_town(r, "GB")),
        C("Box Size", None, _yn("Small veg", "Medium veg", "Large veg + eggs", "Fruit & veg", "Salad box")),
        C("Delivery Day", None, _yn("Tue", "Wed", "Thu", "Fri")),
        C("Next Delivery", None, _date_near("GB", lo=1, hi=14)),
        C("Weekly Price", None, lambda r, p: money(r, "£", 14, 35)),
        C("DOB", DOB, lambda r, p: p.dob_s(r.choice(["dmy", "dmy", "long", "iso"])), 0.45),
        C("Card Number", CC, lambda r, p: card(r, sep=r.choice(["", " "])), 0.5),
        C("Card Last4", None, lambda r, p: f"{r.randint(0, 9999):04d}", 0.1),
        C("Card Expiry", None, lambda r, p: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", 0.1),
        C("Dog Name", None, lambda r, p: r.choice(PETS), 0.5),
        C("col_7", PER, lambda r, p: p.second.full, 0.4),
        C("Created At", None, lambda r, p: stamp(r, 700, "sp")),
    ]
    return _build(r, rows, cols, mk)


def tbl_farmshop_orders_ie(r, rows):
    items = ["Organic carrots 1kg", "Free-range eggs x12", "Sourdough loaf", "Kale bunch", "Ben & Jerry's Cookie Dough 465ml",
             "Apple juice 1L", "Veg box (large)", "Smoked salmon 200g"]
    cols = [
        C("order_id", None, lambda r, p: f"ORD-2026-{r.randint(10000, 99999)}"),
        C("order_ts", None, lambda r, p: stamp(r, 90, "iso")),
        C("cust_name", PER, lambda r, p: p.full if r.random() < 0.7 else p.comma()),
        C("mobile", PH, lambda r, p: p.phone(r.choice(["intl", "e164", "nat"])), 0.15),
        C("email", EM, lambda r, p: p.email, 0.05),
        C("delivery_address", ADDR, lambda r, p: p.addr.one, 0.2),
        C("collection_point", None, lambda r, p: any_town(r, "IE"), 0.5),
        C("items", None, lambda r, p: "; ".join(r.sample(items, r.randint(1, 3)))),
        C("qty", None, lambda r, p: str(r.randint(1, 9))),
        C("total_eur", None, lambda r, p: f"{r.randint(12, 140)}.{r.choice(['00', '50', '95'])}"),
        C("vat_rate", None, _yn("0%", "13.5%", "23%")),
        C("dd_iban", IBAN, lambda r, p: iban(r, "IE"), 0.4),
        C("payment_status", None, _yn("paid", "pending", "refunded", "failed")),
        C("courier_tracking", None, lambda r, p: tracking(r), 0.3),
        C("client_ip", IP, lambda r, p: pub_ip(r), 0.25),
        C("promo_code", None, _yn("", "WINTER10", "VEGBOX5", "FREEDEL"), 0.3),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "IE"))


def tbl_skip_bookings_au(r, rows):
    def mk(r):
        p = Person(r, "AU")
        p.drv = Person(r, "AU")
        return p
    cols = [
        C("bookingRef", None, lambda r, p: f"BK{r.randint(100000, 999999)}"),
        C("customerName", PER, lambda r, p: p.full),
        C("contactMobile", PH, lambda r, p: p.phone(r.choice(["nat", "compact", "intl"])), 0.05),
        C("customerEmail", EM, lambda r, p: p.email, 0.2),
        C("siteAddress", ADDR, lambda r, p: p.addr.one),
        C("suburb", LOC, lambda r, p: p.addr.town, 0.1),
        C("depotName", None, lambda r, p: any_town(r, "AU") + " Depot"),
        C("skipSize", None, _yn("2m3", "3m3", "4m3", "6m3", "9m3")),
        C("wasteType", None, _yn("General", "Green waste", "Brick/concrete", "Mixed heavy")),
        C("dropDate", None, _date_near("AU", lo=-30, hi=20, style="dmy")),
        C("pickupDate", None, _date_near("AU", lo=-20, hi=40, style="dmy"), 0.2),
        C("priceAud", None, lambda r, p: money(r, "$", 190, 900)),
        C("permitRequired", None, _yn("true", "false")),
        C("gpsDrop", None, lambda r, p: f"{-r.uniform(27, 43):.5f},{r.uniform(115, 153):.5f}", 0.3),
        C("field_3", PER, lambda r, p: p.drv.first, 0.1),
        C("paymentMethod", None, _yn("card", "invoice", "cash")),
        C("cardLast4", None, lambda r, p: f"{r.randint(0, 9999):04d}", 0.4),
        C("gateCode", None, lambda r, p: f"{r.randint(1000, 9999)}#", 0.5),
        C("invoiceNo", None, lambda r, p: f"INV-{r.randint(10000, 99999)}"),
        C("nameOfProduct", None, _yn("Skip Bin Hire", "Marrel Bin", "Hook Lift 15m3")),
    ]
    return _build(r, rows, cols, mk)


def tbl_afval_bestellings_za(r, rows):
    cols = [
        C("Bestelnommer", None, lambda r, p: f"AF{r.randint(10000, 99999)}"),
        C("Naam", PER, lambda r, p: p.first),
        C("Van", PER, lambda r, p: p.last),
        C("Selfoon", PH, lambda r, p: p.phone(r.choice(["nat", "compact"])), 0.05, 0.03),
        C("Telefoon_tipe", None, _yn("sel", "landlyn", "werk")),
        C("E-pos", EM, lambda r, p: p.email, 0.25),
        C("E-pos bevestig", None, _yn("Ja", "Nee")),
        C("Adres", ADDR, lambda r, p: p.addr.one),
        C("Dorp", LOC, lambda r, p: p.addr.town, 0.1),
        C("Geboortedatum", DOB, lambda r, p: p.dob_s(), 0.35),
        C("Houergrootte", None, _yn("2m³", "4m³", "6m³", "9m³")),
        C("Afleweringsdatum", None, _date_near("ZA", "af", -20, 20)),
        C("Bedrag", None, lambda r, p: f"R{r.randint(600, 3200)},00"),
        C("Betaalstatus", None, _yn("Betaal", "Uitstaande", "Terugbetaal")),
        C("Depot", None, lambda r, p: any_town(r, "ZA")),
        C("Kaart_laaste4", None, lambda r, p: f"{r.randint(0, 9999):04d}", 0.3),
        C("Adres_tipe", None, _yn("Woning", "Besigheid", "Plaas")),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "ZA", "af"))


def tbl_nursery_children_gb(r, rows):
    def mk(r):
        p = Person(r, "GB", age=(22, 46))
        p.kid = _kid(r, "GB", "en")
        p.col2 = Person(r, "GB", age=(45, 80))
        return p
    cols = [
        C("CHILD_ID", None, lambda r, p: f"CH{r.randint(1000, 9999)}"),
        C("CHILD_FIRST_NAME", PER, lambda r, p: p.kid.first),
        C("CHILD_SURNAME", PER, lambda r, p: p.last),
        C("CHILD_DOB", DOB, lambda r, p: fmt_date(r, p.kid.dob, "GB", "en", r.choice(["dmy", "dmy", "short"]))),
        C("DOB_VERIFIED", None, _yn("Y", "N")),
        C("ROOM", None, _yn("Rainbows", "Caterpillars", "Butterflies", "Ladybirds")),
        C("BRANCH", None, lambda r, p: any_town(r, "GB")),
        C("PARENT1_NAME", PER, lambda r, p: p.full),
        C("PARENT1_MOBILE", PH, lambda r, p: p.phone(r.choice(["nat", "compact", "intl"])), 0.03),
        C("PARENT1_EMAIL", EM, lambda r, p: p.email, 0.1),
        C("HOME_ADDRESS", ADDR, lambda r, p: p.addr.one),
        C("ADDRESS_TYPE", None, _yn("home", "term-time", "correspondence")),
        C("COLLECTION_PASSWORD", PW, lambda r, p: password(r), 0.2),
        C("ATTR2", PER, lambda r, p: p.col2.full, 0.35),
        C("EMERGENCY_CONTACT_TYPE", None, _yn("grandparent", "aunt/uncle", "neighbour", "family friend")),
        C("ALLERGIES", None, _yn("none", "none", "peanuts", "dairy", "egg", "gluten"), 0.3),
        C("FUNDED_HOURS", None, _yn("0", "15", "30")),
        C("SESSION_PATTERN", None, _yn("Mon-Wed", "Full week", "Tue/Thu", "Mornings")),
        C("START_DATE", None, _date_near("GB", lo=-500, hi=90, style="dmy")),
        C("FEES_MONTHLY", None, lambda r, p: money(r, "£", 300, 1500)),
        C("PHOTO_CONSENT", None, _yn("Y", "N")),
    ]
    return _build(r, rows, cols, mk)


def tbl_llar_families_es(r, rows):
    def mk(r):
        p = Person(r, "ES", "ca", gender="F", age=(25, 45))
        p.kid = _kid(r, "ES", "ca")
        return p
    cols = [
        C("codi_alumne", None, lambda r, p: f"EB{r.randint(100, 999)}"),
        C("nom", PER, lambda r, p: p.kid.first),
        C("cognoms", PER, lambda r, p: p.last),
        C("data_naixement", DOB, lambda r, p: fmt_date(r, p.kid.dob, "ES", "ca")),
        C("aula", None, _yn("Nadons", "Caminants", "Grans", "Petits")),
        C("horari", None, _yn("9-13 h", "9-17 h", "8-15 h")),
        C("telèfon_mare", PH, lambda r, p: p.phone(r.choice(["nat", "compact", "intl"])), 0.05),
        C("correu", EM, lambda r, p: p.email, 0.1),
        C("adreça", ADDR, lambda r, p: p.addr.one),
        C("tipus_adreça", None, _yn("habitual", "fiscal")),
        C("municipi_origen", LOC, lambda r, p: any_town(r, "ES"), 0.5),
        C("iban_domiciliació", IBAN, lambda r, p: iban(r, "ES"), 0.2),
        C("quota_mensual", None, lambda r, p: f"{r.randint(150, 420)},00 €"),
        C("beca", None, _yn("Sí", "No")),
        C("menjador", None, _yn("Sí", "No")),
        C("data_alta", None, _date_near("ES", "ca", -400, 0)),
        C("al·lèrgies", None, _yn("cap", "lactosa", "ou", "fruits secs"), 0.4),
        C("document_verificat", None, _yn("sí", "no")),
        C("escola", None, lambda r, p: "EB " + any_town(r, "ES")),
    ]
    return _build(r, rows, cols, mk)


def tbl_storage_tenants_us(r, rows):
    def mk(r):
        p = Person(r, "US")
        p.alt = Person(r, "US")
        return p
    cols = [
        C("tenant_id", None, lambda r, p: f"T{r.randint(100000, 999999)}"),
        C("tenant_name", PER, lambda r, p: p.full if r.random() < 0.6 else p.comma()),
        C("ssn", SSN, lambda r, p: ssn(r, r.choice(["-", "-", ""])), 0.3),
        C("dob", DOB, lambda r, p: p.dob_s(r.choice(["mdy", "mdy1", "iso"])), 0.1),
        C("mobile", PH, lambda r, p: p.phone(r.choice(["nat", "dash", "dots", "e164"])), 0.05),
        C("email", EM, lambda r, p: p.email, 0.1),
        C("email_verified", None, _yn("true", "false")),
        C("mailing_address", ADDR, lambda r, p: p.addr.one),
        C("site", None, lambda r, p: r.choice(US_TOWNS)[0] + " - " + r.choice(["North", "Hwy 9", "Main"])),
        C("unit_no", None, lambda r, p: f"{r.choice('ABCDE')}{r.randint(100, 460)}"),
        C("unit_size", None, _yn("5x5", "5x10", "10x10", "10x15", "10x20")),
        C("gate_code", None, lambda r, p: str(r.randint(1000, 999999))),
        C("move_in", None, _date_near("US", lo=-1500, hi=0, style="mdy")),
        C("rent_usd", None, lambda r, p: f"{r.randint(45, 320)}.00"),
        C("ach_routing", None, lambda r, p: routing(r), 0.5),
        C("ach_account", BANK, lambda r, p: us_account(r), 0.5),
        C("card_number", CC, lambda r, p: card(r), 0.45),
        C("card_exp", None, lambda r, p: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", 0.45),
        C("portal_pwd", PW, lambda r, p: password(r), 0.3),
        C("password_changed_at", None, lambda r, p: stamp(r, 400, "iso"), 0.3),
        C("alt_contact", PER, lambda r, p: p.alt.full, 0.4, 0.05),
        C("balance_due", None, lambda r, p: f"{r.choice([0, 0, r.randint(10, 600)])}.00"),
    ]
    return _build(r, rows, cols, mk)


def tbl_storage_access_log(r, rows):
    cols = [
        C("event.id", None, lambda r, p: uid(r)),
        C("event.ts", None, lambda r, p: stamp(r, 30, "iso")),
        C("site.name", None, lambda r, p: r.choice(US_TOWNS)[0]),
        C("unit", None, lambda r, p: f"{r.choice('ABCDE')}{r.randint(100, 460)}"),
        C("door", None, _yn("gate-1", "gate-2", "lift", "bldg-B")),
        C("result", None, _yn("granted", "granted", "denied")),
        C("field_3", PER, lambda r, p: p.first, 0.2),
        C("attr.last", PER, lambda r, p: p.last, 0.2),
        C("login", EM, lambda r, p: p.email, 0.3),
        C("client.ip", IP, lambda r, p: pub_ip(r), 0.35),
        C("lan.ip", None, lambda r, p: priv_ip(r)),
        C("pin_used", None, lambda r, p: "*" * r.randint(4, 6)),
        C("pin.sha256", None, lambda r, p: hexs(r, 64)),
        C("device.imei", None, lambda r, p: imei(r), 0.4),
        C("app.version", None, lambda r, p: semver(r)),
        C("geo", None, lambda r, p: gps(r), 0.5),
        C("session.id", None, lambda r, p: hexs(r, 32)),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "US"))


def tbl_interpreters_pl(r, rows):
    cols = [
        C("id_tlumacza", None, lambda r, p: f"TL-{r.randint(100, 999)}"),
        C("imie", PER, lambda r, p: p.first),
        C("nazwisko", PER, lambda r, p: p.last),
        C("telefon", PH, lambda r, p: p.phone(r.choice(["nat", "intl", "compact"])), 0.05),
        C("typ_telefonu", None, _yn("komórka", "stacjonarny")),
        C("email", EM, lambda r, p: p.email),
        C("email_zweryfikowany", None, _yn("tak", "nie")),
        C("adres", ADDR, lambda r, p: p.addr.one, 0.15),
        C("miasto_zamieszkania", LOC, lambda r, p: p.addr.town, 0.1),
        C("data_urodzenia", DOB, lambda r, p: p.dob_s(), 0.3),
        C("nr_konta", IBAN, lambda r, p: iban(r, "PL"), 0.1),
        C("haslo_portalu", PW, lambda r, p: password(r), 0.35),
        C("haslo_zmienione", None, _date_near("PL", "pl", -300, 0, "dot"), 0.35),
        C("jezyki", None, _yn("PL>EN", "PL>DE, DE>PL", "PL>UK", "EN>PL, PL>EN", "PL>FR")),
        C("stawka_zl_h", None, lambda r, p: f"{r.randint(80, 260)},00"),
        C("nr_uprawnien", None, lambda r, p: f"TP/{r.randint(1, 999)}/{r.randint(5, 25):02d}", 0.3),
        C("data_umowy", None, _date_near("PL", "pl", -1500, 0, "dot")),
        C("oddzial", None, lambda r, p: any_town(r, "PL")),
        C("ocena", None, lambda r, p: f"{r.uniform(3.5, 5):.1f}"),
        C("dostepnosc", None, _yn("pon-pt", "weekendy", "zdalnie", "na wezwanie")),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "PL", "pl"))


def tbl_translation_jobs_tr(r, rows):
    cols = [
        C("is_no", None, lambda r, p: f"TRC-{r.randint(10000, 99999)}"),
        C("musteri_adi", PER, lambda r, p: p.full),
        C("telefon", PH, lambda r, p: p.phone(r.choice(["nat", "intl", "compact"])), 0.1),
        C("e_posta", EM, lambda r, p: p.email, 0.15),
        C("fatura_adresi", ADDR, lambda r, p: p.addr.one, 0.25),
        C("iban", IBAN, lambda r, p: iban(r, "TR"), 0.5),
        C("api_anahtari", KEY, lambda r, p: api_key(r, r.choice(["stripe", "google", "sg", "openai"])), 0.5),
        C("kaynak_dil", None, _yn("TR", "EN", "DE", "AR")),
        C("hedef_dil", None, _yn("EN", "TR", "DE", "RU")),
        C("sayfa", None, lambda r, p: str(r.randint(1, 40))),
        C("tutar_tl", None, lambda r, p: f"{r.randint(300, 9000)},00"),
        C("teslim_tarihi", None, _date_near("TR", "tr", -30, 30, "dot")),
        C("belge_sha256", None, lambda r, p: hexs(r, 64)),
        C("durum", None, _yn("teslim edildi", "çeviride", "redakte", "iptal")),
        C("sube", None, lambda r, p: any_town(r, "TR")),
        C("kurye_takip", None, lambda r, p: str(r.randint(10**11, 10**12 - 1)), 0.4),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "TR", "tr"))


def tbl_club_members_ee(r, rows):
    cols = [
        C("liikme_nr", None, lambda r, p: f"{r.randint(1000, 9999)}"),
        C("eesnimi", PER, lambda r, p: p.first),
        C("perenimi", PER, lambda r, p: p.last),
        C("sünniaeg", DOB, lambda r, p: p.dob_s("dot"), 0.05),
        C("telefon", PH, lambda r, p: p.phone(r.choice(["nat", "intl"])), 0.1),
        C("e_post", EM, lambda r, p: p.email, 0.1),
        C("aadress", ADDR, lambda r, p: p.addr.one, 0.3),
        C("elukoht", LOC, lambda r, p: p.addr.town, 0.2),
        C("iban", IBAN, lambda r, p: iban(r, "EE"), 0.45),
        C("liikmetasu", None, lambda r, p: f"{r.randint(15, 60)},00 €"),
        C("spordiala", None, _yn("korvpall", "võrkpall", "kergejõustik", "ujumine")),
        C("liitumise_kp", None, _date_near("EE", "et", -2000, 0, "dot")),
        C("staatus", None, _yn("aktiivne", "peatatud", "lahkunud")),
        C("särgi_suurus", None, _yn("S", "M", "L", "XL")),
        C("kapi_kood", None, lambda r, p: str(r.randint(100, 9999)), 0.5),
        C("tervisetõend", None, _yn("jah", "ei")),
        C("saal", None, lambda r, p: r.choice(["Kalevi spordihall", "A. Le Coq Arena", "Sõpruse ujula"])),
        C("viimane_makse", None, _date_near("EE", "et", -60, 0, "dot"), 0.2),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "EE", "et"))


def tbl_club_members_is(r, rows):
    cols = [
        C("félaganúmer", None, lambda r, p: f"F{r.randint(1000, 9999)}"),
        C("nafn", PER, lambda r, p: p.full),
        C("fæðingardagur", DOB, lambda r, p: p.dob_s(), 0.1),
        C("sími", PH, lambda r, p: p.phone(r.choice(["nat", "intl", "compact"])), 0.05),
        C("netfang", EM, lambda r, p: p.email, 0.15),
        C("heimilisfang", ADDR, lambda r, p: p.addr.one, 0.1),
        C("reikningur", IBAN, lambda r, p: iban(r, "IS"), 0.5),
        C("lykilorð", PW, lambda r, p: password(r), 0.4),
        C("lykilorð_breytt", None, _date_near("IS", "is", -400, 0, "dot"), 0.4),
        C("grein", None, _yn("handbolti", "fótbolti", "sund", "frjálsar")),
        C("gjald_kr", None, lambda r, p: f"{r.randint(15, 90)}.000"),
        C("greitt", None, _yn("já", "nei")),
        C("skráð", None, _date_near("IS", "is", -900, 0, "dot")),
        C("staða", None, _yn("virkur", "óvirkur")),
        C("treyjunúmer", None, lambda r, p: str(r.randint(1, 99)), 0.3),
        C("forráðamaður_staðfest", None, _yn("já", "nei", "á ekki við")),
        C("app_útgáfa", None, lambda r, p: semver(r)),
    ]
    return _build(r, rows, cols, lambda r: Person(r, "IS", "is"))


TABLES = {
    "farmshop_vegbox_subscribers_gb": tbl_vegbox_subscribers,
    "farmshop_orders_ie": tbl_farmshop_orders_ie,
    "skip_bookings_au": tbl_skip_bookings_au,
    "afval_bestellings_za": tbl_afval_bestellings_za,
    "nursery_children_gb": tbl_nursery_children_gb,
    "llar_infants_families_cat": tbl_llar_families_es,
    "storage_tenants_us": tbl_storage_tenants_us,
    "storage_access_log_us": tbl_storage_access_log,
    "interpreters_roster_pl": tbl_interpreters_pl,
    "translation_jobs_tr": tbl_translation_jobs_tr,
    "club_members_ee": tbl_club_members_ee,
    "club_members_is": tbl_club_members_is,
}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in TABLES.items():
        r = random.Random(f"fell-{seed}-table-{name}")
        cols = fn(r, rows)
        assert all(len(c.values) == rows for c in cols)
        out[name] = cols
    return out
