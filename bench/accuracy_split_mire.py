"""Labelled accuracy split "mire" for the PII-scanner benchmark.

DATA CARD
=========
Author / date: helper "mire", 2026-11-28 (fixed "today"; no clock is read).

Independence: written from the author prompt only (the brief given to helper
"mire", which restates the label conventions and the exact signatures of LABELS,
Text, Column, _luhn, _iban_of, _ip_public_v4 and _ip_public_v6 from
bench/accuracy_data.py), an `ls` of the repository root and of bench/, a grep
of pyproject.toml for a ruff section (none found), `git status --short` (file
names only), and the outputs of Faker (name/locale probes) and phonenumbers
(example numbers, is_valid_number) run locally.  Nothing else in the repository was opened: not
the scanner (pii_audit/), rules/, tests/, docs/, README/SPEC files, results,
bench/accuracy.py, bench/accuracy_data.py or any other accuracy split.  The
scanner and Presidio were never read or run.

API
---
free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)]
structured(rows, seed) -> dict[str, list[Column]]
TEMPLATES                           list of template functions
Deterministic: random.Random(f"mire-{seed}") drives everything, each Faker is
seeded from that rng, no set is iterated, no clock is read.

Domains (10 templates, 2 tables each)
-------------------------------------
sailing school & marina (berths, crew lists); piano tuner & instrument repairer;
allotment society (plots, waiting list, committee mail); pest control
(callouts, bait-station logs); translation & interpreting agency (court and
hospital bookings); farm veterinary practice (herd visits, TB tests).

Languages (templates; 60 in all)
--------------------------------
English 33 (55%): US 6, GB 6, IE 4, AU 4, CA 3, IN 2, NZ 2, ZA 2, SG 1, PH 1,
KE 1, NG 1.
Other 27 (45%, 12 languages): Turkish 3, Romanian 3, Catalan 3, Icelandic 2,
Estonian 2, Lithuanian 2, Slovenian 2, Vietnamese 2, Tagalog 2, Albanian 2,
Latvian 2, Swahili 2.
Names, towns, streets, postcodes, phone formats (national / international /
E.164 / run-together digits, all checked with phonenumbers.is_valid_number for
the text's country) and date formats follow each text's country.

Shapes
------
e-mails with signatures and '>'-quoted replies, forwarded mails, WhatsApp /
Teams / Slack / live-chat exports, SMS threads, tickets with internal notes,
CRM and call notes, lower-case speech-to-text transcripts, form dumps
(key: value, key=value, JSON lines), application and web-server logs, config
snippets, OCR'd forms, spreadsheet rows, notification subjects, and three texts
with no PII at all.

Value rules
-----------
Cards: Luhn-valid via _luhn (Visa/Mastercard/Amex), sometimes grouped.  SSNs:
area 001-899 minus 666, group 01-99, serial 0001-9999.  US account numbers:
8-12 digits; routing numbers (ABA-valid) appear alone as look-alikes.  IBANs:
_iban_of for supported countries, own mod-97 builder for RO/TR/LT/EE/SI/LV/AL/IS
with the official lengths, printed spaced or unspaced.  IPs: _ip_public_v4/_v6.
Passwords: plaintext only.  API keys: secret keys (sk_live_, AKIA..., ghp_,
xoxb-, SG., AIza); publishable keys, account SIDs and session ids are
look-alikes.  Birth dates in local formats (numeric and month names).

Label conventions as applied
----------------------------
PERSON spans cover the name as written (full, first-only, surname-only,
"Last, First", "First L." including the period, lower-case in transcripts);
titles stay outside; chat speakers are labelled; names inside business,
product, venue or street names are not; pet names are not.  STREET_ADDRESS:
street + postcode + town as one span, a multi-line block as one span, each
'>'-quoted line its own span.  LOCATION: only where a person lives, comes
from, was born or travels to; branches, depots, venues, marinas, sites are not.
PHONE_NUMBER spans keep the area-code parentheses of national formats such as
"(503) 555-..." (they are part of the number).  DATE_OF_BIRTH: only birth dates.  Spans exclude quotes, brackets and trailing
punctuation, and never overlap (asserted in code).

Look-alikes (never labelled)
----------------------------
masked cards and last-4, expiry and CVV, private IPs, version strings,
bcrypt/argon2/sha256 hashes, UUIDs, order / ticket / booking / job / claim /
invoice / tracking numbers, OTP and gate / door codes, IMEIs, routing numbers,
SWIFT/BIC, GPS coordinates, herd / tag / plot / berth numbers, amounts,
timestamps and non-birth dates, company and product names containing person
names, pet and boat names, branch / office / marina towns.

Tables (12; PII / look-alike columns)
-------------------------------------
marina_berth_rentals   en_GB          8 / 12  snake_case + abbreviations
sailing_crew_lists     is_IS          8 / 10  local-language headers, opaque col_n
piano_service_jobs     en_US          8 / 12  camelCase
instrument_repairs_ro  ro_RO          7 / 11  Romanian dotted headers
allotment_waiting_list en_IE          8 / 10  spaced Title Case
allotment_plots_lv     lv_LV          6 / 10  Latvian headers, opaque attrN
pest_callouts          en_AU          7 / 13  PascalCase
bait_station_log_sw    sw (KE)        5 / 11  Swahili headers, UPPER_SNAKE
interpreter_bookings   en_CA          9 / 11  dotted / mixed
translation_clients_vi vi_VN          7 / 10  Vietnamese headers, field_n
vet_herd_visits        en_NZ          5 / 13  UPPER_SNAKE
vet_clients_ca         ca (ES)        7 / 9   Catalan headers, abbreviations
Blank rates 0-60% per column, placeholders (N/A, -, unknown) in some columns.

Known limits
------------
Hand-written phrasing per language is short and template-bound; non-English
texts were written by a non-native author.  Street and town lists are small
curated samples, so the same streets recur.  Phone numbers are random numbers
that phonenumbers considers valid, not real subscriber numbers.  Vietnamese
addresses carry no postcode (as usually written).
"""

from __future__ import annotations

import hashlib
import json
import random
import string
import unicodedata
from datetime import date, timedelta

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

PER = "PERSON"
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
PW = "PASSWORD"
KEY = "API_KEY"

TODAY = date(2026, 11, 28)

# ---------------------------------------------------------------------------
# country data
# ---------------------------------------------------------------------------

# region for phones; faker locale for names (None: hand lists below)
REGION = {
    "US": "US", "GB": "GB", "IE": "IE", "AU": "AU", "CA": "CA", "IN": "IN", "NZ": "NZ", "ZA": "ZA",
    "SG": "SG", "PH": "PH", "KE": "KE", "NG": "NG", "tr": "TR", "ro": "RO", "ca": "ES", "is": "IS",
    "et": "EE", "lt": "LT", "sl": "SI", "vi": "VN", "tl": "PH", "sq": "AL", "lv": "LV", "sw": "KE",
}
FAKER_LOC = {
    "US": "en_US", "GB": "en_GB", "AU": "en_AU", "CA": "en_CA", "IN": "en_IN", "NZ": "en_NZ",
    "KE": "en_KE", "NG": "en_NG", "is": "is_IS", "et": "et_EE", "sl": "sl_SI", "ro": "ro_RO", "lv": "lv_LV",
}
# hand lists: (male first, female first, surnames | (male surnames, female surnames))
HAND_NAMES = {
    "IE": (["Ciarán", "Seán", "Pádraig", "Declan", "Eoin", "Niall", "Cathal", "Ronan"],
           ["Aoife", "Siobhán", "Niamh", "Orla", "Gráinne", "Róisín", "Clodagh", "Deirdre"],
           ["O'Sullivan", "Murphy", "Kelly", "Byrne", "Ní Bhriain", "McCarthy", "Doyle", "Fitzgerald", "Walsh",
            "O'Connell", "Brennan", "Kavanagh"]),
    "ZA": (["Pieter", "Johan", "Thabo", "Sipho", "Riaan", "Kagiso", "Francois", "Themba"],
           ["Annelie", "Lerato", "Nomvula", "Riana", "Zanele", "Elmarie", "Precious", "Carike"],
           ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Naidoo", "Steyn", "Mokoena", "Coetzee",
            "Khumalo"]),
    "SG": (["Wei Ming", "Jun Jie", "Rajesh", "Hafiz", "Darren", "Kelvin"],
           ["Hui Min", "Siti", "Priya", "Mei Ling", "Nurul", "Jasmine"],
           ["Tan", "Lim", "Ng", "Goh", "Kumar", "Rahman", "Teo", "Ong"]),
    "PH": (["Jose", "Mark Anthony", "Rodel", "Jericho", "Paolo", "Ramil"],
           ["Maricel", "Jocelyn", "Kristine", "Rowena", "Analyn", "Bea"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Manalo"]),
    "tl": (["Jose", "Rodel", "Jericho", "Paolo", "Ramil", "Nonoy"],
           ["Maricel", "Jocelyn", "Kristine", "Rowena", "Analyn", "Luzviminda"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Macaraeg", "Mendoza", "Villanueva", "Dimaculangan"]),
    "lt": (["Mantas", "Tomas", "Jonas", "Darius", "Vytautas", "Paulius", "Rokas"],
           ["Rūta", "Eglė", "Indrė", "Greta", "Aistė", "Jurgita", "Milda"],
           (["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus", "Paulauskas", "Vasiliauskas"],
            ["Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Žukauskaitė", "Butkienė", "Paulauskienė",
             "Vasiliauskaitė"])),
    "tr": (["Mehmet", "Emre", "Burak", "Murat", "Kerem", "Oğuz", "Serkan", "Tolga"],
           ["Ayşe", "Elif", "Zeynep", "Merve", "Gülşen", "Derya", "Özlem", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç"]),
    "vi": (["Văn An", "Minh Tuấn", "Quốc Huy", "Đức Anh", "Thành Long", "Hoàng Nam"],
           ["Thị Hoa", "Thu Trang", "Ngọc Lan", "Thị Mai", "Bảo Ngọc", "Phương Linh"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]),
    "sq": (["Arben", "Ilir", "Gentian", "Erion", "Dritan", "Besnik", "Klodian"],
           ["Elira", "Anila", "Drita", "Mirela", "Blerina", "Jonida", "Ermira"],
           ["Hoxha", "Shehu", "Dervishi", "Krasniqi", "Gjoka", "Leka", "Basha", "Meta", "Çela"]),
    "sw": (["Baraka", "Juma", "Otieno", "Kamau", "Mwangi", "Hamisi", "Omondi"],
           ["Amina", "Wanjiku", "Achieng", "Zawadi", "Neema", "Halima", "Nyambura"],
           ["Odhiambo", "Njoroge", "Mutua", "Wafula", "Kiprono", "Mohamed", "Chebet", "Wekesa"]),
    "ca": (["Jordi", "Pau", "Arnau", "Oriol", "Xavier", "Marc", "Joan"],
           ["Montserrat", "Núria", "Mireia", "Laia", "Meritxell", "Roser", "Anna"],
           ["Puig", "Ferrer", "Vila", "Soler", "Serra", "Casals", "Pujol", "Bosch", "Roca", "Font", "Vidal"]),
}

# towns: (town, postcode pattern, extra); '#' digit, '@' letter
TOWNS = {
    "US": [("Portland", "972##", "OR"), ("Annapolis", "214##", "MD"), ("Madison", "537##", "WI"),
           ("Savannah", "314##", "GA"), ("Burlington", "054##", "VT"), ("Tacoma", "984##", "WA"),
           ("Asheville", "288##", "NC"), ("Duluth", "558##", "MN")],
    "GB": [("Falmouth", "TR11 #@@", ""), ("Brighton", "BN1 #@@", ""), ("Lymington", "SO41 #@@", ""),
           ("Leeds", "LS6 #@@", ""), ("Norwich", "NR2 #@@", ""), ("Bristol", "BS7 #@@", ""),
           ("Shrewsbury", "SY3 #@@", ""), ("Hexham", "NE46 #@@", "")],
    "IE": [("Galway", "H91 @#@#", "Galway"), ("Kinsale", "P17 @#@#", "Cork"), ("Howth", "D13 @#@#", "Dublin"),
           ("Ennis", "V95 @#@#", "Clare"), ("Tullamore", "R35 @#@#", "Offaly"), ("Westport", "F28 @#@#", "Mayo")],
    "AU": [("Fremantle", "6160", "WA"), ("Hobart", "7000", "TAS"), ("Geelong", "3220", "VIC"),
           ("Cairns", "4870", "QLD"), ("Wollongong", "2500", "NSW"), ("Bendigo", "3550", "VIC")],
    "CA": [("Halifax", "B3H #@#", "NS"), ("Victoria", "V8V #@#", "BC"), ("Kingston", "K7L #@#", "ON"),
           ("Saskatoon", "S7N #@#", "SK"), ("Moncton", "E1C #@#", "NB")],
    "IN": [("Kochi", "6820##", "Kerala"), ("Pune", "4110##", "Maharashtra"), ("Mumbai", "4000##", "Maharashtra"),
           ("Bengaluru", "5600##", "Karnataka"), ("Chennai", "6000##", "Tamil Nadu")],
    "NZ": [("Nelson", "7010", ""), ("Tauranga", "3110", ""), ("Dunedin", "9016", ""), ("Napier", "4110", ""),
           ("Whangārei", "0110", "")],
    "ZA": [("Knysna", "6570", "Western Cape"), ("Stellenbosch", "7600", "Western Cape"),
           ("Durban", "4001", "KwaZulu-Natal"), ("Bloemfontein", "9301", "Free State"),
           ("Gqeberha", "6001", "Eastern Cape")],
    "SG": [("Singapore", "52####", ""), ("Singapore", "46####", ""), ("Singapore", "56####", "")],
    "PH": [("Makati City", "12##", "Metro Manila"), ("Quezon City", "11##", "Metro Manila"),
           ("Cebu City", "6000", "Cebu"), ("Davao City", "8000", "Davao del Sur")],
    "KE": [("Nairobi", "00100", ""), ("Mombasa", "80100", ""), ("Kisumu", "40100", ""), ("Nakuru", "20100", "")],
    "NG": [("Lagos", "1011##", "Lagos"), ("Abuja", "9000##", "FCT"), ("Ibadan", "2002##", "Oyo"),
           ("Port Harcourt", "5002##", "Rivers")],
    "is": [("Reykjavík", "10#", ""), ("Akureyri", "600", ""), ("Hafnarfjörður", "220", ""), ("Ísafjörður", "400", ""),
           ("Kópavogur", "20#", "")],
    "et": [("Tallinn", "101##", ""), ("Tartu", "510##", ""), ("Pärnu", "800##", ""), ("Haapsalu", "902##", "")],
    "lt": [("Vilnius", "01###", ""), ("Kaunas", "44###", ""), ("Klaipėda", "92###", ""), ("Šiauliai", "76###", "")],
    "sl": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Koper", "6000", ""), ("Piran", "6330", ""),
           ("Kranj", "4000", "")],
    "tr": [("İzmir", "352##", "Konak"), ("Bodrum", "484##", "Muğla"), ("Antalya", "070##", "Muratpaşa"),
           ("İstanbul", "347##", "Kadıköy"), ("Fethiye", "483##", "Muğla")],
    "ro": [("Constanța", "900###", ""), ("Cluj-Napoca", "400###", ""), ("Brașov", "500###", ""), ("Iași", "700###", ""),
           ("Timișoara", "300###", "")],
    "ca": [("Barcelona", "080##", ""), ("Girona", "170##", ""), ("Tarragona", "430##", ""), ("Sitges", "08870", ""),
           ("Palamós", "17230", ""), ("Vic", "08500", "")],
    "vi": [("TP. Hồ Chí Minh", "", "Quận 1"), ("Hà Nội", "", "Quận Ba Đình"), ("Đà Nẵng", "", "Quận Hải Châu"),
           ("Nha Trang", "", "Phường Lộc Thọ"), ("Cần Thơ", "", "Quận Ninh Kiều")],
    "tl": [("Makati City", "12##", "San Antonio"), ("Quezon City", "11##", "Bagong Pag-asa"),
           ("Batangas City", "4200", "Kumintang"), ("Iloilo City", "5000", "Jaro")],
    "sq": [("Tiranë", "1001", ""), ("Durrës", "2001", ""), ("Vlorë", "9401", ""), ("Shkodër", "4001", ""),
           ("Sarandë", "9701", "")],
    "lv": [("Rīga", "10##", ""), ("Liepāja", "3401", ""), ("Jūrmala", "2015", ""), ("Ventspils", "3601", ""),
           ("Cēsis", "4101", "")],
    "sw": [("Mombasa", "80100", ""), ("Nairobi", "00100", ""), ("Malindi", "80200", ""), ("Kisumu", "40100", "")],
}
STREETS = {
    "US": ["Maple Ave", "Harbor Dr", "Oak Street", "N Pine St", "Lakeview Rd", "Elm Court", "SE Division St",
           "Chestnut Ln", "Bayside Blvd"],
    "GB": ["Harbour Road", "Church Lane", "Victoria Street", "Mill Close", "Station Road", "Quay Street",
           "Orchard Way", "Kings Avenue"],
    "IE": ["Main Street", "Strand Road", "Church View", "Abbey Street", "Fairgreen Road", "Harbour View"],
    "AU": ["Marine Pde", "High St", "Banksia Cres", "Esplanade", "Wattle Ave", "Beach Rd"],
    "CA": ["Water St", "Quinpool Rd", "Princess St", "Oak Bay Ave", "College Dr", "Main St"],
    "IN": ["MG Road", "Marine Drive", "Linking Road", "Anna Salai", "FC Road", "Residency Road"],
    "NZ": ["Trafalgar St", "Marine Parade", "George St", "Devonport Rd", "Kensington Ave"],
    "ZA": ["Main Road", "Dorp Street", "Florida Road", "Waterfront Drive", "Church Street"],
    "SG": ["Tampines St 11", "Bedok North Ave 3", "Ang Mo Kio Ave 6", "Jurong West St 52"],
    "PH": ["Rizal St", "Mabini St", "Ayala Ave", "Bonifacio Ave", "P. Burgos St"],
    "KE": ["Ngong Road", "Moi Avenue", "Nyali Road", "Oginga Odinga St", "Kenyatta Avenue"],
    "NG": ["Admiralty Way", "Awolowo Road", "Adeola Odeku St", "Ring Road", "Aminu Kano Crescent"],
    "is": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Strandgata", "Hafnarstræti", "Vesturgata"],
    "et": ["Pikk", "Narva mnt", "Rüütli", "Riia", "Supeluse", "Lai"],
    "lt": ["Gedimino pr.", "Pilies g.", "Laisvės al.", "Taikos pr.", "Vilniaus g."],
    "sl": ["Prešernova ulica", "Trubarjeva cesta", "Partizanska cesta", "Obala", "Tomšičeva ulica"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Blv.", "Kıbrıs Şehitleri Cad.", "Neyzen Tevfik Cad.", "Bahariye Cad."],
    "ro": ["Mihai Eminescu", "Republicii", "Ștefan cel Mare", "Mircea cel Bătrân", "Avram Iancu"],
    "ca": ["de Mallorca", "Major", "de la Riera", "del Mar", "de Sant Pere", "Nou"],
    "vi": ["Nguyễn Huệ", "Lê Lợi", "Trần Phú", "Hai Bà Trưng", "Phan Chu Trinh"],
    "tl": ["Rizal St.", "Mabini St.", "J.P. Laurel St.", "Bonifacio Ave.", "Luna St."],
    "sq": ["Myslym Shyri", "Ismail Qemali", "Durrësit", "Skënderbeu", "Taulantia"],
    "lv": ["Brīvības", "Lāčplēša", "Graudu", "Jomas", "Rīgas"],
    "sw": ["Moi Avenue", "Nkrumah Road", "Digo Road", "Kenyatta Avenue", "Lamu Road"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
}


def _fold(s: str) -> str:
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ð", "d")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-."))


class Person:
    def __init__(self, first: str, last: str, cc: str, female: bool):
        self.first, self.last, self.cc, self.female = first, last, cc, female

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.cc == "vi" else f"{self.first} {self.last}"

    @property
    def given(self) -> str:  # what friends call them
        return self.first.split()[-1] if self.cc == "vi" else self.first.split()[0]

    def local(self, rng: random.Random) -> str:
        f, la = _fold(self.given).lower(), _fold(self.last).lower().replace(" ", "")
        la = la.replace("'", "")
        return rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[:1]}", f"{f}_{la}{rng.randint(1, 99)}",
                           f"{la}.{f}", f"{f}{rng.randint(70, 99)}"])


class G:
    """Value generator for one text (or one table)."""

    def __init__(self, rng: random.Random, fakers: dict):
        self.r = rng
        self.fk = fakers

    # -- basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, chars: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(chars) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.alnum(n, "0123456789abcdef")

    def pattern(self, p: str) -> str:
        return "".join(self.r.choice(string.digits) if c == "#" else
                       self.r.choice("ABDEFHJLNPQRSTUWXYZ") if c == "@" else c for c in p)

    # -- people
    def person(self, cc: str, female: bool | None = None) -> Person:
        fem = self.r.random() < 0.5 if female is None else female
        if cc in HAND_NAMES:
            m, f, sur = HAND_NAMES[cc]
            first = self.pick(f if fem else m)
            if isinstance(sur, tuple):
                last = self.pick(sur[1] if fem else sur[0])
            else:
                last = self.pick(sur)
            return Person(first, last, cc, fem)
        fk = self.fk[FAKER_LOC[cc]]
        g = "female" if fem else "male"
        first = getattr(fk, f"first_name_{g}", fk.first_name)()
        last = getattr(fk, f"last_name_{g}", fk.last_name)()
        return Person(first.split()[0], last, cc, fem)

    def email(self, p: Person, domain: str | None = None) -> str:
        dom = domain or self.pick(FREEMAIL.get(p.cc, FREEMAIL["*"]))
        return f"{p.local(self.r)}@{dom}"

    # -- phones
    def phone(self, cc: str, style: str = "nat", fixed: bool = False) -> str:
        region = REGION[cc]
        t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
        ok = (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        ex = phonenumbers.example_number_for_type(region, t)
        nsn = phonenumbers.national_significant_number(ex)
        keep = 0 if region in ("US", "CA") else (2 if fixed and region not in ("SG", "IS", "LV") else 1)
        for _ in range(500):
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            if region in ("US", "CA") and cand[3:6] == "555":
                continue
            if cand[0] == "0":
                continue
            num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in ok:
                break
        else:  # pragma: no cover
            num = ex
        F = phonenumbers.PhoneNumberFormat
        if style == "intl":
            return phonenumbers.format_number(num, F.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(num, F.E164)
        s = phonenumbers.format_number(num, F.NATIONAL)
        if style == "plain":
            s = "".join(c for c in s if c.isdigit())
        return s

    def aphone(self, cc: str, fixed: bool = False) -> str:
        return self.phone(cc, self.pick(["nat", "nat", "intl", "e164", "plain"]), fixed)

    # -- places
    def town(self, cc: str):
        return self.pick(TOWNS[cc])

    def address(self, cc: str):
        """(street line, town line) in the country's style."""
        town, pcp, extra = self.town(cc)
        pc = self.pattern(pcp)
        st = self.pick(STREETS[cc])
        n = self.r.randint(1, 180)
        r = self.r
        if cc == "US":
            return f"{n * 7 + 100} {st}", f"{town}, {extra} {pc}"
        if cc == "GB":
            return f"{n} {st}", f"{town} {pc}"
        if cc == "IE":
            return f"{n} {st}", f"{town}, Co. {extra} {pc}"
        if cc == "AU":
            return f"{n} {st}", f"{town} {extra} {pc}"
        if cc == "CA":
            return f"{n * 3 + 10} {st}", f"{town}, {extra} {pc}"
        if cc == "IN":
            return f"Flat {r.randint(1, 9)}{r.choice('ABC')}, {n} {st}", f"{town} {pc}"
        if cc in ("NZ", "ZA"):
            return f"{n} {st}", f"{town} {pc}"
        if cc == "SG":
            return f"Blk {n + 100} {st} #{r.randint(2, 14):02d}-{r.randint(10, 400)}", f"{town} {pc}"
        if cc == "PH":
            return f"{n} {st}", f"{town} {pc}"
        if cc in ("KE", "sw"):
            return f"{st}, {'Nyumba Na.' if cc == 'sw' else 'House No.'} {n}", f"{town} {pc}"
        if cc == "NG":
            return f"{n} {st}", f"{town}, {extra} {pc}"
        if cc in ("is", "et", "sl"):
            return f"{st} {n % 60 + 1}", f"{pc} {town}"
        if cc == "lt":
            return f"{st} {n % 60 + 1}-{r.randint(1, 40)}", f"LT-{pc} {town}"
        if cc == "tr":
            return f"{st} No: {n % 90 + 1} D: {r.randint(1, 12)}", f"{pc} {extra}/{town}"
        if cc == "ro":
            return f"Str. {st} nr. {n % 90 + 1}, ap. {r.randint(1, 40)}", f"{pc} {town}"
        if cc == "ca":
            return f"Carrer {st}, {n % 150 + 1}, {r.randint(1, 5)}r {r.randint(1, 4)}a", f"{pc} {town}"
        if cc == "vi":
            return f"Số {n % 200 + 1} {st}", f"{extra}, {town}"
        if cc == "tl":
            return f"{n} {st}, Brgy. {extra}", f"{town} {pc}"
        if cc == "sq":
            return f"Rruga {st}, Nr. {n % 80 + 1}", f"{pc} {town}"
        if cc == "lv":
            return f"{st} iela {n % 90 + 1}-{r.randint(1, 30)}", f"{town}, LV-{pc}"
        raise ValueError(cc)

    def addr1(self, cc: str) -> str:
        a, b = self.address(cc)
        return f"{a}, {b}"

    # -- dates
    def dob_date(self) -> date:
        return date(1942, 1, 1) + timedelta(days=self.r.randint(0, 23000))

    def fmt_date(self, cc: str, d: date, style: int | None = None) -> str:
        r = self.r
        st = r.randint(0, 2) if style is None else style
        dd, mm, yy = d.day, d.month, d.year
        if cc in ("US", "PH"):
            return [f"{mm:02d}/{dd:02d}/{yy}", f"{MONTHS['en'][mm - 1]} {dd}, {yy}", f"{mm}/{dd}/{yy}"][st]
        if cc == "CA":
            return [f"{yy}-{mm:02d}-{dd:02d}", f"{MONTHS['en'][mm - 1]} {dd}, {yy}", f"{dd:02d}/{mm:02d}/{yy}"][st]
        if cc in ("GB", "IE", "AU", "NZ", "ZA", "IN", "SG", "KE", "NG"):
            return [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['en'][mm - 1]} {yy}",
                    f"{dd}-{MONTHS['en'][mm - 1][:3]}-{yy}"][st]
        if cc in ("ro", "tr"):
            return [f"{dd:02d}.{mm:02d}.{yy}", f"{dd} {MONTHS[cc][mm - 1]} {yy}", f"{dd:02d}/{mm:02d}/{yy}"][st]
        if cc == "ca":
            m = MONTHS["ca"][mm - 1]
            de = "d'" if m[0] in "ao" else "de "
            return [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {de}{m} de {yy}", f"{dd}-{mm}-{yy}"][st]
        if cc in ("is", "et"):
            return [f"{dd}.{mm}.{yy}", f"{dd}. {MONTHS[cc][mm - 1]} {yy}", f"{dd:02d}.{mm:02d}.{yy}"][st]
        if cc == "lt":
            return [f"{yy}-{mm:02d}-{dd:02d}", f"{yy}.{mm:02d}.{dd:02d}", f"{yy}-{mm:02d}-{dd:02d}"][st]
        if cc == "sl":
            return [f"{dd}. {mm}. {yy}", f"{dd}.{mm}.{yy}", f"{dd:02d}.{mm:02d}.{yy}"][st]
        if cc == "lv":
            return [f"{dd:02d}.{mm:02d}.{yy}.", f"{yy}. gada {dd}.{mm:02d}.", f"{dd:02d}.{mm:02d}.{yy}"][st].rstrip(".")
        if cc == "vi":
            return [f"{dd:02d}/{mm:02d}/{yy}", f"ngày {dd} tháng {mm} năm {yy}", f"{dd}/{mm}/{yy}"][st]
        if cc == "tl":
            return [f"{mm:02d}/{dd:02d}/{yy}", f"{MONTHS['tl'][mm - 1]} {dd}, {yy}", f"{mm}/{dd}/{yy}"][st]
        if cc in ("sq", "sw"):
            return [f"{dd:02d}.{mm:02d}.{yy}", f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}/{yy}"][st]
        raise ValueError(cc)

    def dob(self, cc: str, style: int | None = None) -> str:
        return self.fmt_date(cc, self.dob_date(), style)

    def soon(self, cc: str, style: int | None = None) -> str:
        return self.fmt_date(cc, TODAY + timedelta(days=self.r.randint(-40, 60)), style)

    def ampm(self) -> str:
        return f"{self.r.randint(1, 12)}:{self.r.randint(0, 59):02d} {self.pick(['AM', 'PM'])}"

    def hhmm(self) -> str:
        return f"{self.r.randint(7, 18):02d}:{self.pick(['00', '15', '30', '45'])}"

    def stamp(self) -> str:
        d = TODAY - timedelta(days=self.r.randint(0, 30))
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"

    # -- finance & secrets
    def card(self, spaced: bool | None = None) -> str:
        kind = self.r.randint(0, 2)
        if kind == 0:
            n = _luhn(self.r, "4", 16)
        elif kind == 1:
            n = _luhn(self.r, self.pick(["51", "52", "53", "54", "55"]), 16)
        else:
            n = _luhn(self.r, self.pick(["34", "37"]), 15)
        sp = self.r.random() < 0.5 if spaced is None else spaced
        if sp:
            if len(n) == 15:
                return f"{n[:4]} {n[4:10]} {n[10:]}"
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))
        return n

    def masked(self) -> str:
        d = self.digits(4)
        return self.pick([f"**** **** **** {d}", f"XXXX-XXXX-XXXX-{d}", f"ending {d}", f"•••• {d}", f"************{d}"])

    def expiry(self) -> str:
        return f"{self.r.randint(1, 12):02d}/{self.r.randint(27, 31)}"

    def ssn(self, dashed: bool = True) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return s if dashed else s.replace("-", "")

    def acct(self) -> str:
        return self.digits(self.r.randint(8, 12)).lstrip("0").rjust(9, "4")

    def routing(self) -> str:
        while True:
            d = [int(c) for c in self.digits(8)]
            d[0] = self.r.choice([0, 1, 2])
            for last in range(10):
                x = d + [last]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                    return "".join(map(str, x))

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        country = {"GB": "GB", "IE": "IE", "ca": "ES", "ro": "RO", "tr": "TR", "lt": "LT", "et": "EE", "sl": "SI",
                   "lv": "LV", "sq": "AL", "is": "IS"}.get(cc, cc)
        if country in ("RO", "TR", "LT", "EE", "SI", "LV", "AL", "IS"):
            bban = {
                "RO": lambda: self.pick(["BTRL", "RNCB", "BRDE", "INGB"]) + self.digits(16),
                "TR": lambda: self.digits(5) + "0" + self.digits(16),
                "LT": lambda: self.pick(["73000", "70440", "40100"]) + self.digits(11),
                "EE": lambda: self.pick(["22", "10", "77"]) + self.digits(14),
                "SI": lambda: "56" + self.digits(13),
                "LV": lambda: self.pick(["HABA", "UNLA", "PARX"]) + self.digits(13),
                "AL": lambda: self.digits(8) + self.digits(16),
                "IS": lambda: self.digits(22),
            }[country]()
            rearr = bban + country + "00"
            num = int("".join(str(int(c, 36)) for c in rearr))
            s = f"{country}{98 - num % 97:02d}{bban}"
        else:
            s = _iban_of(self.r, country)
        sp = self.r.random() < 0.5 if spaced is None else spaced
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if sp else s

    def swift(self) -> str:
        return self.pick(["BTRLRO22", "DEUTDEFF", "AIBKIE2D", "BARCGB22", "CAIXESBB", "HABALV22", "LIABLT2X",
                          "HABAEE2X", "LJBASI2X", "ISBKTRIS", "CITIUS33", "KCBLKENX"])

    def password(self) -> str:
        r = self.r
        word = self.pick(["Marina", "sunflower", "Heron", "tuning", "Baxter", "allotment", "Kestrel", "violin",
                          "Dragonfly", "harbour", "Pembroke", "mango", "Rosebud", "tractor", "Orca", "Lavender"])
        return self.pick([
            f"{word}{r.randint(1, 2026)}{self.pick('!?#$*')}",
            f"{word.capitalize()}_{self.alnum(3)}{r.randint(10, 99)}",
            self.alnum(10, string.ascii_letters + string.digits + "!#%&*+-=?@"),
            f"{self.alnum(4)}-{self.alnum(4)}-{self.alnum(4)}",
            f"{word.lower()}{self.pick('.!_')}{word[::-1].lower()}{r.randint(1, 9)}",
        ])

    def api_key(self) -> str:
        return self.pick([
            "sk_live_" + self.alnum(24),
            "AKIA" + self.alnum(16, string.ascii_uppercase + "234567"),
            "ghp_" + self.alnum(36),
            f"xoxb-{self.digits(11)}-{self.digits(12)}-{self.alnum(24)}",
            "SG." + self.alnum(22, string.ascii_letters + string.digits + "_-") + "." + self.alnum(43),
            "AIza" + self.alnum(35, string.ascii_letters + string.digits + "_-"),
        ])

    def pub_key(self) -> str:
        return self.pick(["pk_live_" + self.alnum(24), "AC" + self.hexs(32), "sess_" + self.alnum(20),
                          "pk_test_" + self.alnum(24)])

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, string.ascii_letters + string.digits + "./")

    def argon(self) -> str:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.alnum(22) + "$" + self.alnum(43)

    def sha(self) -> str:
        return self.hexs(64)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def priv_ip(self) -> str:
        r = self.r
        return self.pick([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])

    def ip(self) -> str:
        return _ip_public_v4(self.r) if self.r.random() < 0.75 else _ip_public_v6(self.r)

    def version(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 30)}"

    def imei(self) -> str:
        return _luhn(self.r, "35" + self.digits(6), 15)

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 65):.5f}, {self.r.uniform(-120, 175):.5f}"

    def amount(self, cur: str = "$") -> str:
        return f"{cur}{self.r.randint(20, 900)}.{self.r.choice(['00', '50', '95', '20'])}"

    def ref(self, prefix: str, n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"


FREEMAIL = {
    "*": ["gmail.com", "outlook.com", "yahoo.com", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "NZ": ["gmail.com", "xtra.co.nz"],
    "is": ["simnet.is", "gmail.com", "internet.is"],
    "et": ["gmail.com", "mail.ee", "hot.ee"],
    "lt": ["gmail.com", "one.lt", "inbox.lt"],
    "sl": ["gmail.com", "siol.net", "t-2.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "ro": ["gmail.com", "yahoo.ro", "yahoo.com"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "lv": ["inbox.lv", "gmail.com", "apollo.lv"],
    "sq": ["gmail.com", "yahoo.com", "hotmail.com"],
    "ca": ["gmail.com", "hotmail.es", "yahoo.es"],
    "sw": ["gmail.com", "yahoo.com"],
}


# ---------------------------------------------------------------------------
# templates: each returns a list of parts; a part is literal text or (value, label)
# ---------------------------------------------------------------------------

def _ql(lines: list[str], label: str = ADDR) -> list:
    """'>'-quoted address block: each quoted line is its own span."""
    out: list = []
    for i, ln in enumerate(lines):
        out += ["> ", (ln, label), "\n" if i < len(lines) - 1 else ""]
    return out


# ---- sailing school & marina ------------------------------------------------

def s_gb_email(g: G) -> list:
    c = "GB"
    p, m = g.person(c), g.person(c)
    a, b = g.address(c)
    marina = g.pick(["Penrose Quay Marina", "Carrick Roads Sailing", "Helford Point Moorings"])
    dom = marina.lower().replace(" ", "") + ".co.uk"
    qa, qb = g.address(c)
    boat = g.pick(["Kittiwake", "Lady Grace", "Sea Otter", "Merry Dancer", "Blue Heron"])
    return [
        "From: ", (p.full, PER), " <", (g.email(p), EM), ">\nTo: ", (f"berths@{dom}", EM),
        f"\nSubject: Re: Winter berth for {boat}\n\n", g.pick(["Hi ", "Hello ", "Dear "]), (m.given, PER),
        f",\n\nThanks for getting back to me. Yes please, I'll take the winter berth for {boat} "
        f"(Westerly 26, 7.9m LOA) from {g.soon(c)}. Invoice address:\n\n", (f"{a}\n{b}", ADDR),
        "\n\nBest number is ", (g.phone(c, g.pick(["nat", "intl"])), PH),
        f". You have my card ending {g.digits(4)} on file but it's expired, so please charge this one: ",
        (g.card(), CC), f" exp {g.expiry()}.\n\nCheers,\n", (p.given, PER), "\n\n",
        f"> On {g.soon(c)} at {g.hhmm()}, ", (m.full, PER), " <", (f"{m.local(g.r)}@{dom}", EM), "> wrote:\n",
        f"> Berth {g.pick('ABCD')}{g.r.randint(1, 48)} is free from December. Pontoon gate code {g.digits(4)}#.\n",
        f"> {m.given} | Berthing Office | {marina}\n", *_ql([qa, qb]), "\n> Tel ", (g.phone(c, "nat", True), PH), "\n",
    ]


def s_us_slack(g: G) -> list:
    c = "US"
    a, b, d = g.person(c), g.person(c), g.person(c)
    crew = [g.person(c) for _ in range(3)]
    parts: list = [
        "#race-committee  exported ", TODAY.isoformat(), "\n\n", (a.full, PER), f"  {g.ampm()}\n",
        f"crew list for saturday (Severn River Series race #{g.r.randint(2, 9)}), need DOBs for the US Sailing form\n\n",
        (b.full, PER), f"  {g.ampm()}\n",
    ]
    for p in crew:
        parts += ["• ", (p.full, PER), " – ", (g.phone(c, g.pick(["nat", "plain"])), PH), " – dob ", (g.dob(c), DOB),
                  "\n"]
    parts += [
        "\n", (d.given, PER), f"  {g.ampm()}\n", "thx. ", (crew[0].given, PER),
        " is on the J/24 with skipper ", (b.last, PER), f". sail no. USA {g.r.randint(1000, 5999)}, "
        f"launch ramp code {g.digits(4)}. club wifi pw for the scoring laptop is ", (g.password(), PW), "\n",
    ]
    return parts


def s_au_sms(g: G) -> list:
    c = "AU"
    p, kid = g.person(c), g.person(c, False)
    school = g.pick(["Fremantle Sailing Academy", "Derwent Sail School", "Corio Bay Sailing"])
    num = g.phone(c, "intl")
    return [
        "SMS conversation with ", (num, PH), "\n\n",
        f"[Fri {g.hhmm()}] {school}: Hi ", (p.given, PER), f", your Start Sailing course starts {g.soon(c)} 08:30 "
        f"at Pen {g.r.randint(1, 9)}. Reply Y to confirm. Ref FSA-{g.digits(5)}\n",
        f"[Fri {g.hhmm()}] ", (p.full, PER), ": Y. can my son ", (kid.given, PER), " join too? he's 13, born ",
        (g.fmt_date(c, date(2013, g.r.randint(1, 12), g.r.randint(1, 28))), DOB),
        "\n", f"[Fri {g.hhmm()}] {school}: Sure! Junior fee is A${g.r.randint(180, 320)}. Pay link expires in 24h, "
        f"code {g.digits(6)} (don't share)\n",
        f"[Fri {g.hhmm()}] ", (p.given, PER), ": paid. we're driving down from ", (g.town(c)[0], LOC), " so might be 5 min late\n",
    ]


def s_nz_form(g: G) -> list:
    c = "NZ"
    p, e = g.person(c), g.person(c)
    a, b = g.address(c)
    return [
        "MEMBERSHIP APPLICATION – online form submission\n",
        "Full name: ", (p.full, PER), "\nDate of birth: ", (g.dob(c), DOB), "\nPostal address: ", (f"{a}, {b}", ADDR),
        "\nMobile: ", (g.phone(c), PH), "\nEmail: ", (g.email(p), EM),
        "\nEmergency contact: ", (e.full, PER), " (", g.pick(["partner", "mother", "brother", "friend"]), ") ",
        (g.phone(c, g.pick(["nat", "e164"])), PH),
        f"\nBoat: Laser {g.r.randint(150000, 220000)} (sail no.)\nMembership type: Senior sailing\n"
        f"Payment: Visa {g.masked()} approved, auth {g.digits(6)}\nSubmitted: {g.stamp()}\nForm ID: {g.uuid()}\n",
    ]


def s_ie_crm(g: G) -> list:
    c = "IE"
    p, staff = g.person(c), g.person(c)
    return [
        "CRM > Contacts > ", (f"{p.last}, {p.first}", PER), f"\nNote added {g.soon(c)} by ", (staff.given, PER), "\n\n",
        "Rang ", (p.given, PER), " re berth renewal at Kinsale Yacht Haven (pontoon C). Moving to ", (g.town(c)[0], LOC),
        " in January so wants a swing mooring instead. New mobile ", (g.phone(c), PH), ". Pays by direct debit, new "
        "IBAN ", (g.iban("IE"), IBAN), f" (BIC AIBKIE2D). Mandate ref KYH-DD-{g.digits(5)}. Boat 'Fionnuala' (that's the "
        f"boat not the wife!). Renewal fee €{g.r.randint(900, 2400)}. Follow up {g.soon(c)}.\n",
    ]


def s_za_log(g: G) -> list:
    c = "ZA"
    p = g.person(c)
    em = g.email(p)
    return [
        f"{g.stamp()} INFO  [berth-api v{g.version()}] POST /api/v2/bookings 201 user=", (em, EM), " ip=", (g.ip(), IP),
        f" booking=KNX-{g.digits(6)} berth=F{g.r.randint(1, 60)}\n",
        f"{g.stamp()} DEBUG [payments] upstream={g.priv_ip()}:8443 merchant_id={g.digits(8)} payfast passphrase=",
        (g.password(), PW), "\n",
        f"{g.stamp()} INFO  [notify] sms queued to ", (g.phone(c, "e164"), PH), " template=booking_confirmed "
        f"msg_id={g.uuid()}\n",
        f"{g.stamp()} WARN  [auth] failed login for ", (p.given.lower(), PER), f" from {g.priv_ip()} (attempt 3/5)\n",
        f"{g.stamp()} INFO  [mail] smtp key loaded: ", (g.api_key(), KEY), f" sha256={g.sha()}\n",
    ]


def s_is_email(g: G) -> list:
    c = "is"
    p, kid = g.person(c), g.person(c, False)
    a, b = g.address(c)
    return [
        "Frá: ", (p.full, PER), " <", (g.email(p), EM), ">\nTil: ", ("siglingaskoli@brokey.is", EM),
        "\nEfni: Skráning á siglinganámskeið\n\nGóðan daginn,\n\nÉg vil skrá son minn, ", (kid.full, PER),
        ", á sumarnámskeiðið í Nauthólsvík. Hann er fæddur ", (g.fmt_date(c, date(2014, g.r.randint(1, 12),
                                                                                   g.r.randint(1, 28))), DOB),
        ". Við búum á ", (f"{a}, {b}", ADDR), ".\nSíminn minn er ", (g.phone(c), PH),
        f". Ég greiði námskeiðsgjaldið ({g.r.randint(28, 60)}.900 kr.) með millifærslu, reikningsnúmer "
        f"0133-26-{g.digits(6)}.\n\nKveðja,\n", (p.first, PER), "\n",
    ]


def s_tr_whatsapp(g: G) -> list:
    c = "tr"
    p, q = g.person(c), g.person(c)
    d = f"{g.r.randint(1, 28):02d}.11.2026"
    return [
        f"{d} 09:{g.r.randint(10, 59)} - ", (p.full, PER), ": Merhaba, Yalıkavak Marina'da B iskelesi "
        f"{g.r.randint(1, 40)} numaralı bağlama yeri hâlâ boş mu?\n",
        f"{d} 09:{g.r.randint(10, 59)} - ", (q.full, PER), ": Günaydın ", (p.first, PER), " Bey/Hanım, evet boş. "
        f"Aylık ücret {g.r.randint(900, 2400)} €. Tekne adı ve boyu?\n",
        f"{d} 10:{g.r.randint(10, 59)} - ", (p.full, PER), ": Tekne 'Mavi Yunus', 11 m. Kaptanım ",
        (g.person(c).full, PER), ", telefonu ", (g.phone(c), PH), ". Ben şu an ", (g.town(c)[0], LOC),
        "'dayım, hafta sonu geliyorum.\n",
        f"{d} 10:{g.r.randint(10, 59)} - ", (q.full, PER), ": Tamam. Fatura için açık adresinizi yazar mısınız?\n",
        f"{d} 10:{g.r.randint(10, 59)} - ", (p.full, PER), ": ", (g.addr1(c), ADDR), "\n",
        f"{d} 10:{g.r.randint(10, 59)} - ", (q.full, PER), ": Teşekkürler. Ödeme IBAN: ", (g.iban("tr", True), IBAN),
        f" (Marina A.Ş.), açıklamaya rezervasyon no. YLK-{g.digits(5)} yazın.\n",
    ]


def s_ca_form(g: G) -> list:
    c = "ca"
    p = g.person(c)
    s2 = g.pick(HAND_NAMES["ca"][2])
    return [
        f"[{g.stamp()}] form=inscripcio_curs_vela id={g.digits(7)} ip=", (g.ip(), IP), "\n",
        "nom=", (p.first, PER), "\ncognoms=", (f"{p.last} {s2}", PER), "\ndata_naixement=", (g.dob(c, 0), DOB),
        "\nadreca=", (g.addr1(c), ADDR), "\ntelefon=", (g.phone(c, g.pick(["nat", "plain", "intl"])), PH),
        "\ncorreu=", (g.email(p), EM), "\ncurs=Iniciació Optimist (Club Nàutic Palamós)\ntalla_samarreta=M\n"
        f"pagament=targeta {g.masked()}\ncodi_reserva=CNP-{g.digits(5)}\nversio_app={g.version()}\n",
    ]


def s_sl_email(g: G) -> list:
    c = "sl"
    p, q = g.person(c, False), g.person(c, False)
    a, b = g.address(c)
    return [
        "Spoštovani,\n\nza sina ", (q.full, PER), " (rojen ", (g.dob(c), DOB), ") bi rad rezerviral tečaj jadranja v "
        "Jadralni šoli Piran od ", g.soon(c, 1), " naprej. Stanujemo v ", (g.town(c)[0], LOC),
        ".\n\nNaslov za račun:\n", (f"{a}\n{b}", ADDR), "\n\nGSM: ", (g.phone(c, g.pick(["nat", "intl"])), PH),
        "\nIBAN: ", (g.iban("sl", True), IBAN), "\n\nLep pozdrav,\n", (p.full, PER), "\n",
        f"--\nPoslano iz mobilnika. Številka naročila: JSP-{g.digits(6)}\n",
    ]


# ---- piano tuner & instrument repairer --------------------------------------

def p_us_email(g: G) -> list:
    c = "US"
    p, t = g.person(c), g.person(c)
    a, b = g.address(c)
    sa, sb = g.address(c)
    return [
        "Hi ", (p.given, PER), ",\n\n", g.pick(["Thanks for having me out", "Good to meet you", "Thanks again"]),
        f" yesterday. Your Steinway Model M (serial {g.r.randint(200000, 599999)}) was 14 cents flat, so I did a pitch "
        f"raise plus fine tuning ({g.amount()}). The Baldwin Acrosonic upstairs needs two new bass strings; "
        f"quote #Q-{g.digits(5)} is {g.amount()}.\n\nIf you'd rather pay by ACH than card: routing {g.routing()}, "
        "account ", (g.acct(), BANK), " (Harmony Piano Service LLC, checking). Or Venmo @harmony-piano.\n\n"
        "For the record I have you at ", (f"{a}, {b}", ADDR), ", home ", (g.phone(c, "nat", True), PH), ".\n\n",
        "Best,\n", (t.full, PER), ", RPT\nHarmony Piano Service LLC\n", (f"{sa}\n{sb}", ADDR), "\n",
        (g.phone(c), PH), " | ", ("office@harmonypianoservice.com", EM), "\n",
    ]


def p_gb_transcript(g: G) -> list:
    c = "GB"
    p = g.person(c)
    a, b = g.address(c)
    return [
        "[voicemail transcript, auto-generated, confidence 0.81]\n",
        "hi there it's ", (p.full.lower(), PER), " calling about the old bechstein upright um it's got a sticky "
        "middle c and a couple of notes buzzing. we're at ", (f"{a}, {b}".lower(), ADDR),
        " the one with the green door. could someone come the week of the ", f"{g.r.randint(1, 28)}th",
        " my mobile is ", (g.phone(c, "nat"), PH), " or the landline ", (g.phone(c, "plain", True), PH),
        " after six. oh and my daughter ", (g.person(c, True).given.lower(), PER),
        " has her grade five exam in march so sooner is better thanks bye\n",
    ]


def p_ca_ticket(g: G) -> list:
    c = "CA"
    p, tech, sup = g.person(c), g.person(c), g.person(c)
    return [
        f"Ticket #{g.r.randint(10000, 99999)} | Status: Awaiting parts | Priority: Normal\n"
        "Customer: ", (p.full, PER), " <", (g.email(p), EM), ">  Phone: ", (g.phone(c), PH), "\n",
        f"Item: violin, Mittenwald c.1920, crack on upper bout, tag VN-{g.digits(4)}\n\n",
        "Customer message:\n", "hi, dropping the violin at the Quinpool Rd shop on ", g.soon(c, 1),
        ". I moved back to ", (g.town(c)[0], LOC), " so please ship it back to ", (g.addr1(c), ADDR), " when done.\n\n",
        "--- Internal note (", (tech.given, PER), f") {g.soon(c)} ---\n",
        "Deposit taken over the phone, card ", (g.card(True), CC), f" exp {g.expiry()} CVV {g.digits(3)} - I know, "
        "I'll delete it once charged. Estimate C$", str(g.r.randint(180, 650)), ".\n",
        "--- Internal note (", (f"{sup.given} {sup.last[0]}.", PER), ") ---\nDeleted? please confirm. Parts order "
        f"PO-{g.digits(6)}, tracking 1Z{g.alnum(16, string.ascii_uppercase + string.digits)}\n",
    ]


def p_in_whatsapp(g: G) -> list:
    c = "IN"
    p, t = g.person(c), g.person(c)
    d = f"{g.r.randint(1, 28):02d}/11/26"
    return [
        f"[{d}, {g.hhmm()}:{g.r.randint(10, 59)}] ", (t.full, PER), ": Namaste ", (p.given, PER), " ji, tuning for "
        f"the Yamaha U1 fixed for Saturday 11am. Charges ₹{g.r.randint(25, 60)}00 incl. felt replacement.\n",
        f"[{d}, {g.hhmm()}:{g.r.randint(10, 59)}] ", (p.full, PER), ": Ok. Address is ", (g.addr1(c), ADDR),
        ", near the Kapoor Music House showroom. Watchman will call you, his no. ", (g.phone(c, "plain"), PH), "\n",
        f"[{d}, {g.hhmm()}:{g.r.randint(10, 59)}] ", (t.full, PER), ": Noted. Pls send UPI/GPay to ",
        (g.phone(c, "intl"), PH), f". OTP for gate pass is {g.digits(4)} right?\n",
        f"[{d}, {g.hhmm()}:{g.r.randint(10, 59)}] ", (p.full, PER), ": yes. my son ", (g.person(c, False).given, PER),
        " will be there, I am travelling to ", (g.town(c)[0], LOC), " that day.\n",
    ]


def p_sg_livechat(g: G) -> list:
    c = "SG"
    p, agent = g.person(c), g.person(c)
    return [
        f"Live chat transcript – chat id {g.uuid()}\nVisitor IP: ", (g.ip(), IP),
        f"  |  Page: /services/piano-tuning  |  Browser: Chrome {g.r.randint(110, 131)}.0\n\n",
        f"{g.hhmm()} ", (agent.given, PER), " (Keys & Strings Pte Ltd): Hello! How can I help?\n",
        f"{g.hhmm()} Visitor: hi, need tuning for a Kawai grand, last tuned 2024\n",
        f"{g.hhmm()} ", (agent.given, PER), ": Sure. May I have your name, address and contact?\n",
        f"{g.hhmm()} Visitor: ", (p.full, PER), ", ", (g.addr1(c), ADDR), ", hp ", (g.phone(c), PH), "\n",
        f"{g.hhmm()} ", (agent.given, PER), f": Thanks. Earliest slot {g.soon('SG')} 2pm, S${g.r.randint(150, 260)}. "
        f"Booking ref KS-{g.digits(5)}. Confirmation will go to your email?\n",
        f"{g.hhmm()} Visitor: yes ", (g.email(p), EM), "\n",
    ]


def p_au_weblog(g: G) -> list:
    c = "AU"
    p = g.person(c)
    em = g.email(p)
    ip1, ip2 = g.ip(), _ip_public_v4(g.r)
    ua = f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{g.r.randint(0, 6)} like Mac OS X)"
    def t() -> str:
        return f"[{g.r.randint(1, 27):02d}/Nov/2026:{g.r.randint(0, 23):02d}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)} +1100]"
    return [
        (ip1, IP), f" - - {t()} \"GET /book?service=tuning&suburb=Geelong HTTP/1.1\" 200 5121 \"-\" \"{ua}\"\n",
        (ip1, IP), f" - - {t()} \"POST /book/confirm?email=", (em.replace("@", "%40"), EM),
        f"&ref=BK{g.digits(6)} HTTP/1.1\" 302 0 \"-\" \"{ua}\"\n",
        f"{g.priv_ip()} - - {t()} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.{g.r.randint(24, 31)}\"\n",
        (ip2, IP), f" - - {t()} \"GET /api/slots?api_key=", (g.api_key(), KEY),
        f"&session={g.alnum(24)} HTTP/1.1\" 200 918 \"-\" \"python-requests/2.{g.r.randint(20, 32)}.0\"\n",
    ]


def p_ro_email(g: G) -> list:
    c = "ro"
    p, t = g.person(c), g.person(c, False)
    a, b = g.address(c)
    return [
        "Bună ziua, domnule ", (t.last, PER), ",\n\nVă scriu în legătură cu pianul nostru (un Petrof vechi, din 1978). "
        "Ultimul acord a fost acum doi ani și câteva clape nu mai revin. Putem programa o vizită în ", g.soon(c, 1),
        "?\n\nAdresa: ", (f"{a}, {b}", ADDR), "\nTelefon: ", (g.phone(c, g.pick(["nat", "intl"])), PH),
        "\n\nPlata o fac prin transfer în contul ", (g.iban("ro", g.r.random() < 0.5), IBAN),
        f" – vă rog să-mi trimiteți factura (CUI firmă RO{g.digits(8)}).\n\nCu stimă,\n", (p.full, PER), "\n\n",
        "> ", (t.full, PER), " – Acordaj piane & restaurări\n> ", (g.addr1(c), ADDR), "\n> tel. ",
        (g.phone(c, "nat", True), PH), "\n",
    ]


def p_lt_sms(g: G) -> list:
    c = "lt"
    p = g.person(c)
    return [
        "SMS ", (g.phone(c, "intl"), PH), f"\n{g.soon(c)} {g.hhmm()}  Laba diena, čia ", (p.full, PER),
        ". Ar galėtumėte suderinti pianiną ateinančią savaitę? Gyvename ", (g.town(c)[0], LOC), ".\n",
        f"{g.soon(c)} {g.hhmm()}  Meistras: Laba, galiu ketvirtadienį 10 val. Kaina {g.r.randint(50, 90)} €. Adresas?\n",
        f"{g.soon(c)} {g.hhmm()}  ", (p.given, PER), ": ", (g.addr1(c), ADDR), ", durų kodas ", g.digits(4),
        ". Jei neatsiliepsiu, skambinkite vyrui ", (g.phone(c, "nat"), PH), "\n",
        f"{g.soon(c)} {g.hhmm()}  Meistras: Gerai, iki ketvirtadienio. Užsakymo nr. PD-{g.digits(5)}\n",
    ]


def p_vi_chat(g: G) -> list:
    c = "vi"
    p, t = g.person(c), g.person(c)
    return [
        f"Zalo – {g.soon(c)}\n", (p.full, PER), f" ({g.hhmm()}): Chào anh ", (t.given, PER),
        ", đàn piano nhà em bị lạc tông, anh qua lên dây giúp em được không ạ?\n",
        (t.full, PER), f" ({g.hhmm()}): Được em, chiều thứ Bảy nhé. Phí {g.r.randint(5, 9)}00.000đ. Địa chỉ nhà em ở đâu?\n",
        (p.full, PER), f" ({g.hhmm()}): ", (g.addr1(c), ADDR), ". SĐT em: ", (g.phone(c), PH), "\n",
        (t.full, PER), f" ({g.hhmm()}): Ok. Chuyển khoản cọc vào STK {g.digits(10)} Vietcombank, nội dung PIANO{g.digits(4)}."
        " Mã đơn hàng ", f"VN-{g.digits(6)}\n",
    ]


def p_et_ocr(g: G) -> list:
    c = "et"
    p = g.person(c)
    a, b = g.address(c)
    return [
        "REMONDITÖÖ KVIITUNG  (skannitud, OCR)\n--------------------------------\n",
        f"Nr: R-{g.digits(5)}     Kuupäev: {g.soon(c, 2)}\nKlient: ", (p.full.upper(), PER), "\nAadress: ",
        (f"{a}, {b}", ADDR), "\nTel: ", (g.phone(c, g.pick(["nat", "intl"])), PH), "\nE-post: ", (g.email(p), EM),
        "\nPill: viiul 4/4, seerianr. V" + g.digits(6) + ", tald ja keel vahetatud\n",
        f"Summa: {g.r.randint(40, 240)},00 EUR   Makstud: kaart {g.masked()}\n",
        "Allkiri: ........  Meister: Tõnu Saar OÜ (Tartu töökoda)\n",
    ]


# ---- allotment society -------------------------------------------------------

def a_gb_forward(g: G) -> list:
    c = "GB"
    sec, chair, new = g.person(c), g.person(c), g.person(c)
    return [
        "---------- Forwarded message ---------\nFrom: ", (sec.full, PER), " <", ("secretary@meadowlaneallotments.org.uk", EM),
        f">\nDate: {g.soon(c, 1)}\nSubject: Waiting list - plot {g.r.randint(1, 80)}{g.pick('ABC')} now vacant\nTo: ",
        (chair.full, PER), " <", (g.email(chair), EM), ">\n\n", (chair.given, PER),
        ", plot 23B is free after the Hendersons Garden Centre clear-out. Next on the list is ", (new.full, PER),
        " (joined the list ", g.soon(c), "), ", (g.addr1(c), ADDR), ", tel ", (g.phone(c), PH),
        ". Rent is £", str(g.r.randint(30, 90)), "/yr. Shed key combination 4-1-9, don't forward this bit.\n\n",
        (sec.given, PER), "\n\n---\n", (chair.given, PER), " wrote: fine by me, offer it. Committee meets at St Anne's "
        "Hall, Thursday.\n",
    ]


def a_gb_sheet(g: G) -> list:
    c = "GB"
    rows: list = ["Plot\tTenant\tAddress\tPhone\tSince\tPaid\tNotes\n"]
    for _ in range(g.r.randint(3, 5)):
        p = g.person(c)
        rows += [f"{g.r.randint(1, 60)}{g.pick('ABCD')}\t", (f"{p.last.upper()}, {p.first}", PER), "\t",
                 (g.addr1(c), ADDR), "\t", (g.phone(c, g.pick(["nat", "plain"])), PH),
                 f"\t{g.r.randint(2008, 2025)}\t{g.pick(['Y', 'N', 'part £20'])}\t",
                 g.pick(["water butt leaking", "-", "dog (Biscuit) on plot ok'd", "polytunnel permit",
                         "half plot", "moved from plot 7"]), "\n"]
    return rows


def a_ie_jsonl(g: G) -> list:
    c = "IE"
    out: list = []
    for _ in range(g.r.randint(2, 3)):
        p = g.person(c)
        out += ['{"submitted":"', g.stamp(), '","name":"', (p.full, PER), '","email":"', (g.email(p), EM),
                '","phone":"', (g.phone(c, g.pick(["nat", "e164"])), PH), '","address":"', (g.addr1(c), ADDR),
                f'","plot_size":"{g.pick(["half", "full", "raised bed"])}","site":"Ballybane",'
                f'"consent":true,"form_version":"{g.version()}","id":"{g.uuid()}"}}\n']
    return out


def a_nz_newsletter(g: G) -> list:
    return [
        f"Riverside Community Gardens – November newsletter (issue {g.r.randint(40, 90)})\n\n",
        f"Working bee: Sunday {g.r.randint(1, 28)} December, 9am at the tool shed. Bring gloves. "
        f"Compost bins 3 and 4 are full – please use bin 6. The water will be off on plots 1–{g.r.randint(12, 30)} "
        f"on Tuesday for pipe repairs.\n\nSubs for 2027 are NZ${g.r.randint(40, 75)} (concession $25). Pay at the "
        f"Nelson library counter or by bank transfer, reference your plot number (e.g. P{g.r.randint(10, 99)}).\n\n"
        "Seed swap table at the Saturday market, 10am–1pm. Thanks to Mitre 10 Mega and Bunnings for the donated "
        f"hoses. Next committee meeting 7pm, {g.r.randint(2, 28)}/01/2027, in the Scout hall.\n",
    ]


def a_ca_sms(g: G) -> list:
    c = "CA"
    p, q = g.person(c), g.person(c)
    return [
        (p.given, PER), f" ({g.hhmm()}): hey it's ", (p.given, PER), " from the garden committee. new person for plot "
        f"{g.r.randint(1, 40)} is ", (q.full, PER), ", number ", (g.phone(c), PH), "\n",
        f"me ({g.hhmm()}): thx. is she the one who moved from ", (g.town(c)[0], LOC), "?\n",
        (p.given, PER), f" ({g.hhmm()}): yes. she emailed her info from ", (g.email(q), EM),
        f". gate lock is now {g.digits(4)}, tell nobody lol\n",
    ]


def a_za_subjects(g: G) -> list:
    c = "ZA"
    a, b, d = g.person(c), g.person(c), g.person(c)
    return [
        "Inbox – Tuinhuis Allotments\n",
        f"[{g.soon(c)}] Plot {g.r.randint(1, 40)}B: water leak reported by ", (a.full, PER), "\n",
        f"[{g.soon(c)}] Your invoice INV-{g.digits(6)} for R{g.r.randint(300, 900)}.00 is ready\n",
        f"[{g.soon(c)}] New waiting-list entry: ", (b.full, PER), " (", (g.phone(c, "intl"), PH), ")\n",
        f"[{g.soon(c)}] Re: compost delivery from Botha Bros Landscaping – ETA Thursday\n",
        f"[{g.soon(c)}] Out of office: ", (d.given, PER), " is away until ", g.soon(c, 1), "\n",
    ]


def a_lv_email(g: G) -> list:
    c = "lv"
    p = g.person(c)
    a, b = g.address(c)
    return [
        "Labdien!\n\nLūdzu, iekļaujiet mani dārziņu gaidīšanas sarakstā (Ziepniekkalna mazdārziņi). Mani sauc ",
        (p.full, PER), ", dzimšanas datums ", (g.dob(c, 0), DOB), ".\nAdrese: ", (f"{a}, {b}", ADDR),
        "\nTālrunis: ", (g.phone(c), PH), "\nE-pasts: ", (g.email(p), EM),
        f"\n\nBiedra maksu ({g.r.randint(15, 40)} EUR) samaksāšu uz kontu ", (g.iban("lv"), IBAN),
        f" vai skaidrā naudā. Nr. pieteikumam: MD-{g.digits(4)}.\n\nAr cieņu,\n", (p.first, PER), "\n",
    ]


def a_et_teams(g: G) -> list:
    c = "et"
    a, b = g.person(c), g.person(c)
    return [
        (a.full, PER), f"  {g.hhmm()}\nTere! Kas lapp {g.r.randint(1, 50)} vabaneb? ", (b.given, PER),
        " kolis ära, uus elukoht ", (g.town(c)[0], LOC), ", ei jõua enam kasta.\n\n", (b.full, PER), f"  {g.hhmm()}\n",
        "Jah, vabaneb. Uue kasutaja kontakt: ", (g.person(c).full, PER), ", ", (g.phone(c, "intl"), PH),
        f". Renditasu {g.r.randint(20, 45)} €, viitenumber {g.digits(7)}.\n",
    ]


def a_ca_minutes(g: G) -> list:
    c = "ca"
    pres, sec, nou = g.person(c), g.person(c), g.person(c)
    return [
        f"ACTA DE LA JUNTA – Horts Urbans de Can Mas – {g.soon(c, 1)}\nAssistents: ", (pres.full, PER), " (presidenta), ",
        (sec.full, PER), " (secretari), ", (g.person(c).full, PER), "\n\n",
        f"1. S'assigna la parcel·la {g.r.randint(1, 60)} a ", (nou.full, PER), ", amb domicili a ", (g.addr1(c), ADDR),
        ", tel. ", (g.phone(c), PH), ". Quota anual 60 €, domiciliada al compte ", (g.iban("ca", True), IBAN), ".\n",
        "2. La ", (pres.first, PER), f" informa que la Ferreteria Puig ha donat {g.r.randint(3, 9)} regadores.\n"
        "3. Es recorda que el gos de la parcel·la 12 (en Rufus) ha d'anar lligat.\n",
    ]


def a_sl_ocr(g: G) -> list:
    c = "sl"
    p = g.person(c)
    return [
        "VLOGA ZA NAJEM VRTIČKA  /skenirano/\nIme in priimek: ", (p.full, PER), "\nDatum rojstva: ", (g.dob(c), DOB),
        "\nNaslov: ", (g.addr1(c), ADDR), "\nTelefon: ", (g.phone(c), PH), "\nE-naslov: ", (g.email(p), EM),
        f"\nŽelena lokacija: Vrtički Savlje, parcela št. {g.r.randint(1, 120)}\nDatum vloge: {g.soon(c, 2)}\n"
        f"Podpis: ______  Šifra vloge: VL-{g.digits(5)}\n",
    ]


# ---- pest control --------------------------------------------------------------

def x_us_ticket(g: G) -> list:
    c = "US"
    p, tech = g.person(c), g.person(c)
    return [
        f"JOB #{g.r.randint(100000, 999999)} – Termite inspection + financing\nCustomer: ", (p.full, PER),
        "\nService address: ", (g.addr1(c), ADDR), "\nPhone: ", (g.phone(c), PH), f"  Gate code: {g.digits(4)}\n"
        f"Notes: large dog (Bruno) in back yard, keep gate shut. Bait stations BS-1..BS-{g.r.randint(6, 14)} "
        f"GPS {g.gps()}\n\n[internal] financing app (Gordon & Sons Exterminating credit plan): SSN ",
        (g.ssn(g.r.random() < 0.7), SSN), ", DOB ", (g.dob(c), DOB), ", autopay from acct ", (g.acct(), BANK),
        f" routing {g.routing()}. Approved ${g.r.randint(900, 3200)}, 12 mo. Tech: ", (tech.full, PER), "\n",
    ]


def x_us_applog(g: G) -> list:
    c = "US"
    p = g.person(c)
    return [
        f"{g.stamp()} [routing-svc {g.version()}] INFO  optimizing 14 callouts for tech_id=T{g.digits(3)}\n",
        f"{g.stamp()} [routing-svc] DEBUG google maps key=", (g.api_key(), KEY), " publishable=", g.pub_key(), "\n",
        f"{g.stamp()} [crm-sync] INFO  upsert contact email=", (g.email(p), EM), " phone=", (g.phone(c, "e164"), PH),
        f" uuid={g.uuid()}\n",
        f"{g.stamp()} [crm-sync] ERROR 401 from {g.priv_ip()}:5432 user=svc_crm password=", (g.password(), PW), "\n",
        f"{g.stamp()} [auth] INFO  login ok user=", (p.given.lower() + "." + p.last.lower(), PER), " ip=", (g.ip(), IP),
        f" hash={g.bcrypt()}\n",
    ]


def x_au_sms(g: G) -> list:
    c = "AU"
    p = g.person(c)
    return [
        "From: PestAway Geelong\nHi ", (p.given, PER), f", your technician is on the way, ETA {g.hhmm()}. "
        f"Job ref PA{g.digits(6)}. Reply STOP to opt out\n\nFrom: ", (g.phone(c), PH), "\n",
        "hi mate it's ", (p.full, PER), " at ", (g.addr1(c), ADDR), ", side gate is open, possum in the roof "
        "again not just rats. my partner ", (g.person(c).given, PER), " is home, call her on ", (g.phone(c, "intl"), PH),
        "\n\nFrom: PestAway Geelong\nNo worries, noted. Invoice will be emailed, A$", str(g.r.randint(150, 420)), "\n",
    ]


def x_in_transcript(g: G) -> list:
    c = "IN"
    p = g.person(c)
    return [
        "call recording – speech to text – agent 14\n",
        "agent: good afternoon shield pest solutions how may i help you\ncaller: hello yes this is ",
        (p.full.lower(), PER), " from ", (g.town(c)[0].lower(), LOC), " i booked cockroach treatment but no one came\n"
        "agent: sorry sir madam can i have the registered mobile number\ncaller: ", (g.phone(c, "plain"), PH),
        "\nagent: thank you i see booking ", f"spx{g.digits(6)}", " for flat at ", (g.addr1(c).lower(), ADDR),
        "\ncaller: yes correct also my email is ", (g.email(p).lower(), EM),
        f"\nagent: i will reschedule to {g.r.randint(1, 28)} december ten am and waive the {g.r.randint(2, 5)}00 rupees visit fee\n",
    ]


def x_ke_sms(g: G) -> list:
    c = "KE"
    p = g.person(c)
    return [
        f"{g.soon(c)} {g.hhmm()} from ", (g.phone(c, "intl"), PH), ":\n", "Hello, I need fumigation for termites at my "
        "house, ", (g.addr1(c), ADDR), ". I am ", (p.full, PER), ", I will pay via M-Pesa.\n\n",
        f"{g.soon(c)} {g.hhmm()} to sender:\nThank you ", (p.given, PER), ". Technician available Friday 9am. Cost KES "
        f"{g.r.randint(4, 12)},500. Pay to Till No. {g.digits(6)}. Ref FUM{g.digits(5)}.\n\n",
        f"{g.soon(c)} {g.hhmm()} M-PESA: {g.alnum(10, string.ascii_uppercase + string.digits)} Confirmed. Ksh "
        f"{g.r.randint(4, 12)},500.00 paid to KILIMO PEST CONTROL.\n",
    ]


def x_ng_email(g: G) -> list:
    c = "NG"
    p, m = g.person(c), g.person(c)
    a, b = g.address(c)
    return [
        "Dear Sir/Ma,\n\nThe rodent treatment done on ", g.soon(c), " did not work, rats are back in the store. "
        "Kindly send your team again.\n\nRegards,\n", (p.full, PER), "\n", (g.phone(c), PH), "\n\n",
        f"> On {g.soon(c)}, ", (m.full, PER), " <", ("customercare@greenshieldpest.com.ng", EM), "> wrote:\n",
        f"> Dear Customer, thank you for choosing GreenShield. Your service ticket GS-{g.digits(6)} is logged for:\n",
        *_ql([a, b]), "\n> Amount paid: ₦", str(g.r.randint(25, 90)), ",000 via card ", g.masked(), "\n",
    ]


def x_tr_email(g: G) -> list:
    c = "tr"
    p = g.person(c)
    a, b = g.address(c)
    return [
        "Merhaba,\n\nSitemizde (", (f"{a}\n{b}", ADDR), ") hamam böceği sorunu var. İlaçlama için ", g.soon(c, 1),
        " tarihinde gelebilir misiniz? Yönetici olarak ben ilgileniyorum.\n\nİsim: ", (p.full, PER), "\nCep: ",
        (g.phone(c), PH), "\nE-posta: ", (g.email(p), EM),
        f"\nFatura: KDV dahil {g.r.randint(2, 9)}.500 TL, sipariş no. ILC-{g.digits(6)}\n\nSaygılarımla\n",
    ]


def x_ro_ticket(g: G) -> list:
    c = "ro"
    p, op = g.person(c), g.person(c)
    return [
        f"Tichet #{g.r.randint(1000, 9999)} – Dezinsecție apartament\nClient: ", (p.full, PER), "\nTelefon: ",
        (g.phone(c), PH), "\nAdresă: ", (g.addr1(c), ADDR), "\nData nașterii (contract): ", (g.dob(c), DOB),
        "\n\nNotă internă (", (op.first, PER), "): clientul a plătit cu cardul ", (g.card(), CC),
        f", exp {g.expiry()}. Stații de momeală nr. {g.r.randint(1, 9)}–{g.r.randint(10, 20)} verificate. "
        f"Coordonate {g.gps()}. Următoarea vizită {g.soon(c)}.\n",
    ]


def x_sw_sms(g: G) -> list:
    c = "sw"
    p = g.person(c)
    return [
        "Ujumbe kutoka ", (g.phone(c, "intl"), PH), ":\nHabari, naitwa ", (p.full, PER), ". Nyumbani kwangu ",
        (g.addr1(c), ADDR), " kuna mchwa wengi. Mnaweza kuja Jumamosi?\n\n"
        "Jibu: Asante ", (p.given, PER), f". Fundi atafika Jumamosi saa tatu asubuhi. Gharama ni KSh {g.r.randint(3, 9)},000."
        f" Lipa kwa Paybill {g.digits(6)}, akaunti MCH{g.digits(4)}. Nambari ya kazi: {g.digits(5)}.\n",
    ]


def x_tl_chat(g: G) -> list:
    c = "tl"
    p, ag = g.person(c), g.person(c)
    return [
        "Messenger – PestBusters PH\n", (p.full, PER), f" {g.hhmm()}: Magandang umaga po! May anay po sa bahay namin, "
        "pwede po ba kayo pumunta sa Sabado?\n", (ag.given, PER), f" (PestBusters) {g.hhmm()}: Opo ma'am/sir. Ano po ang "
        "address at contact number?\n", (p.full, PER), f" {g.hhmm()}: ", (g.addr1(c), ADDR), " po. Cellphone ko: ",
        (g.phone(c), PH), "\n", (ag.given, PER), f" (PestBusters) {g.hhmm()}: Salamat po! Booking no. PB-{g.digits(5)}, "
        f"₱{g.r.randint(2, 6)},500 ang inspection. Bayad sa GCash pagdating ng technician.\n",
    ]


# ---- translation & interpreting agency -----------------------------------------

def t_gb_hospital(g: G) -> list:
    c = "GB"
    pt, coord, interp = g.person(c), g.person(c), g.person(c)
    lang = g.pick(["Polish", "Romanian", "Tigrinya", "Farsi", "Lithuanian", "Kurdish Sorani"])
    return [
        f"Subject: Interpreter request – {lang} – Outpatients {g.soon(c, 0)} {g.hhmm()}\n\nHello,\n\nPlease book a "
        f"face-to-face {lang} interpreter for our patient:\n\nName: ", (pt.full, PER), "\nDOB: ", (g.dob(c, 0), DOB),
        f"\nHospital no.: RK{g.digits(7)}\nHome address: ", (g.addr1(c), ADDR), "\nPatient mobile: ", (g.phone(c), PH),
        f"\nClinic: Fracture Clinic, Level 2 (St Luke's Wing)\nCost code: {g.digits(4)}-{g.digits(3)}\n\n"
        "Thanks,\n", (coord.full, PER), "\nOutpatient Bookings Team\n", (g.phone(c, "nat", True), PH), "\n\n",
        "-- Agency reply --\nConfirmed: ", (interp.full, PER), f" (NRPSI {g.digits(5)}) will attend. Job ref LB-{g.digits(6)}.\n",
    ]


def t_us_jsonl(g: G) -> list:
    c = "US"
    out: list = []
    for _ in range(g.r.randint(2, 3)):
        d, it = g.person(c), g.person(c)
        out += ['{"booking_id":"CT-', g.digits(6), '","court":"Multnomah County Circuit Court, Courtroom ',
                str(g.r.randint(200, 699)), '","case_no":"', f"{g.r.randint(20, 26)}CR{g.digits(5)}",
                '","defendant":"', (d.full, PER), '","defendant_dob":"', (g.dob(c, 0), DOB), '","language":"',
                g.pick(["Spanish", "Vietnamese", "Somali", "Russian"]), '","interpreter":"', (it.full, PER),
                '","interpreter_email":"', (g.email(it), EM), '","rate":"', g.amount(), '/hr","w9_ssn":"',
                (g.ssn(), SSN), '","start":"', g.stamp(), '"}\n']
    return out


def t_ie_teams(g: G) -> list:
    c = "IE"
    a, b = g.person(c), g.person(c)
    cli = g.person(c)
    d = g.soon(c, 0)
    return [
        f"[{d} {g.hhmm()}] ", (a.full, PER), ": Galway University Hospital need an Arabic interpreter tomorrow "
        "9:30, can you cover?\n", f"[{d} {g.hhmm()}] ", (b.full, PER), ": yes. Patient name?\n",
        f"[{d} {g.hhmm()}] ", (a.full, PER), ": ", (f"{cli.given} {cli.last[0]}.", PER),
        " — full details in the portal. She lives out in ", (g.town(c)[0], LOC), " so might be late. Her mobile ",
        (g.phone(c), PH), "\n", f"[{d} {g.hhmm()}] ", (b.full, PER),
        ": grand. portal login not working for me, pw I was given is ", (g.password(), PW), "\n",
        f"[{d} {g.hhmm()}] ", (a.full, PER), f": that's the old one, reset link sent. ticket IT-{g.digits(5)}\n",
    ]


def t_au_env(g: G) -> list:
    c = "AU"
    p = g.person(c)
    return [
        "# .env – bookings portal (production)\n", f"APP_VERSION={g.version()}\nAPP_URL=https://book.lingualink.com.au\n",
        f"DB_HOST={g.priv_ip()}\nDB_USER=bookings\nDB_PASSWORD=", (g.password(), PW), "\n",
        "SMTP_USER=", ("noreply@lingualink.com.au", EM), "\nSMTP_PASS=", (g.password(), PW), "\n",
        "STRIPE_SECRET_KEY=", ("sk_live_" + g.alnum(24), KEY), "\nSTRIPE_PUBLISHABLE_KEY=pk_live_", g.alnum(24), "\n",
        f"TWILIO_ACCOUNT_SID=AC{g.hexs(32)}\nTWILIO_FROM=", (g.phone(c, "e164"), PH), "\n",
        "ADMIN_CONTACT=", (p.full, PER), "\nALLOWED_ORIGIN_IP=", (_ip_public_v4(g.r), IP),
        f"\nSESSION_SECRET_HASH={g.sha()}\n",
    ]


def t_ca_payform(g: G) -> list:
    c = "CA"
    p = g.person(c)
    return [
        "INTERPRETER PAYMENT DETAILS – please keep on file\n", "Legal name: ", (p.full, PER), "\nDate of birth: ",
        (g.dob(c), DOB), "\nAddress: ", (g.addr1(c), ADDR), "\nPhone: ", (g.phone(c), PH), "\nEmail: ",
        (g.email(p), EM), "\nLanguages: French <> English, LSQ\nPayment method: international wire to my "
        "account in Europe\nIBAN: ", (g.iban(g.pick(["FR", "BE", "PT"]), g.r.random() < 0.6), IBAN),
        f"\nBIC: {g.pick(['BNPAFRPP', 'GEBABEBB', 'CGDIPTPL'])}\nRate: C${g.r.randint(55, 95)}/h, invoice INV-{g.digits(5)}\n",
    ]


def t_ph_notes(g: G) -> list:
    c = "PH"
    p, ag = g.person(c), g.person(c)
    return [
        f"Call notes – {g.soon(c, 1)} – agent ", (ag.given, PER), "\nClient ", (p.full, PER),
        " needs sworn translation of birth certificate (Tagalog→English) for visa. DOB on certificate: ",
        (g.dob(c, 1), DOB), ". Born in ", (g.town(c)[0], LOC), ", now based in ", (g.town(c)[0], LOC),
        ". Mobile ", (g.phone(c), PH), ", email ", (g.email(p), EM),
        f". Quote ₱{g.r.randint(1, 4)},800, rush fee waived. Order no. TR-{g.digits(6)}. Pickup at Makati branch.\n",
    ]


def t_lt_email(g: G) -> list:
    c = "lt"
    p, v = g.person(c), g.person(c)
    return [
        "Laba diena,\n\nprašau išversti mano gimimo liudijimą ir diplomą į anglų kalbą. Duomenys:\n\n",
        "Vardas, pavardė: ", (p.full, PER), "\nGimimo data: ", (g.dob(c), DOB), "\nGimimo vieta: ",
        (g.town(c)[0], LOC), "\nAdresas: ", (g.addr1(c), ADDR), "\nTel.: ", (g.phone(c), PH),
        "\n\nApmokėsiu pavedimu iš sąskaitos ", (g.iban("lt", g.r.random() < 0.5), IBAN),
        f". Užsakymo nr. VR-{g.digits(5)}.\n\nPagarbiai\n", (p.given, PER), "\n\n> ", (v.full, PER),
        " | Vertimų biuras „Žodis“ | ", ("info@zodis-vertimai.lt", EM), "\n",
    ]


def t_vi_form(g: G) -> list:
    c = "vi"
    p = g.person(c)
    return [
        "PHIẾU YÊU CẦU PHIÊN DỊCH\nHọ và tên: ", (p.full, PER), "\nNgày sinh: ", (g.dob(c), DOB), "\nQuê quán: ",
        (g.town(c)[0], LOC), "\nĐịa chỉ: ", (g.addr1(c), ADDR), "\nĐiện thoại: ", (g.phone(c), PH), "\nEmail: ",
        (g.email(p), EM), f"\nNội dung: phiên dịch tại bệnh viện (khám tim mạch), ngày {g.soon(c, 0)}\n"
        f"Mã yêu cầu: PD{g.digits(6)}  Phí: {g.r.randint(8, 20)}00.000 VND\n",
    ]


def t_sq_email(g: G) -> list:
    c = "sq"
    p, av = g.person(c), g.person(c)
    return [
        "Përshëndetje,\n\nJu lutem na caktoni një përkthyes italisht–shqip për seancën gjyqësore të datës ",
        g.soon(c, 0), f" në Gjykatën e Rrethit Durrës, salla {g.r.randint(1, 9)}. I pandehuri: ", (p.full, PER),
        ", i lindur më ", (g.dob(c), DOB), ", banues në ", (g.town(c)[0], LOC), ".\n\nAvokati: ", (av.full, PER),
        ", tel. ", (g.phone(c), PH), ", ", (g.email(av), EM), f"\nNr. i çështjes: {g.digits(4)}/{g.r.randint(2024, 2026)}\n\n"
        "Faleminderit,\nZyra e Përkthimeve Tirana\n",
    ]


def t_tr_notifications(g: G) -> list:
    return [
        f"Bildirimler – Çeviri Ajansı paneli\n[{g.r.randint(1, 28):02d}.11.2026 {g.hhmm()}] Yeni iş: Almanca→Türkçe "
        f"noter onaylı çeviri, {g.r.randint(2, 14)} sayfa, teslim {g.r.randint(1, 20):02d}.12.2026\n"
        f"[{g.r.randint(1, 28):02d}.11.2026 {g.hhmm()}] Fatura FTR-{g.digits(6)} ödendi: {g.r.randint(1, 9)}.250 TL\n"
        f"[{g.r.randint(1, 28):02d}.11.2026 {g.hhmm()}] Sistem güncellemesi v{g.version()} tamamlandı\n"
        f"[{g.r.randint(1, 28):02d}.11.2026 {g.hhmm()}] Adliye randevusu değişti: İzmir 5. Asliye Ceza, salon 12, "
        f"dosya no. 2026/{g.digits(4)}\n[{g.r.randint(1, 28):02d}.11.2026 {g.hhmm()}] Yedekleme tamamlandı "
        f"(sunucu {g.priv_ip()}, {g.r.randint(2, 40)} GB)\n",
    ]


# ---- farm veterinary practice ---------------------------------------------------

def v_gb_visit(g: G) -> list:
    c = "GB"
    f, vet = g.person(c), g.person(c)
    return [
        f"HERD VISIT REPORT – {g.soon(c, 0)}\nFarm: Lower Hendre Farm (CPH {g.r.randint(10, 99)}/{g.digits(3)}/{g.digits(4)})"
        "\nOwner: ", (f"{f.last}, {f.first}", PER), "\nAddress: ", (g.addr1(c), ADDR), "\nContact: ", (g.phone(c), PH),
        "\nVet: ", (vet.full, PER), f" MRCVS\n\nTB skin test read: {g.r.randint(80, 260)} head, 0 reactors, "
        f"{g.r.randint(0, 3)} inconclusive (ear tags UK {g.digits(6)} {g.digits(5)}, UK {g.digits(6)} {g.digits(5)}). "
        f"BVD tag-and-test ongoing. Next visit {g.soon(c, 0)}. Invoice {g.ref('FV', 6)} £{g.r.randint(300, 1400)}.40\n",
    ]


def v_ie_email(g: G) -> list:
    c = "IE"
    f, vet = g.person(c), g.person(c)
    a, b = g.address(c)
    return [
        "Hi ", (vet.given, PER), ",\n\nJust confirming the herd test for Thursday, the cattle will be in the yard for "
        "8. Herd no. ", f"{g.pick('CDGKLMW')}{g.digits(7)}", ". Can you send the cert to the co-op as well?\n\n", (f.given, PER),
        "\n", (g.phone(c), PH), "\n\n", f"> On {g.soon(c)}, ", (vet.full, PER), " MVB wrote:\n",
        "> Hi, we have you down for the annual TB test. Please confirm the herd address is still:\n", *_ql([a, b]),
        f"\n> Fee €{g.r.randint(3, 9)}.50/head + call-out. Ref MV-{g.digits(5)}\n",
    ]


def v_us_bulletin(g: G) -> list:
    return [
        f"Prairie View Large Animal Clinic – client bulletin #{g.r.randint(20, 80)}\n\nWinter hours from "
        f"{g.r.randint(1, 15)} December: Mon–Fri 7:00–17:00. Emergency line unchanged.\nBVD and Johne's testing "
        f"discount runs until 01/31/2027 (${g.r.randint(2, 9)}.50/head). New Zoetis and Merck vaccine stock is in; "
        f"lot {g.alnum(6, string.ascii_uppercase + string.digits)}, exp 2028-0{g.r.randint(1, 9)}.\nPortal updated to "
        f"v{g.version()}; reset your password from the login page if you get error {g.r.randint(400, 499)}.\n"
        "Meeting at the Duluth branch, 7pm Thursday: calving season prep. Coffee by Dr. Pepper's Diner.\n",
    ]


def v_ro_notes(g: G) -> list:
    c = "ro"
    f = g.person(c)
    return [
        f"Fișă vizită fermă – {g.soon(c, 0)}\nProprietar: ", (f.full, PER), ", ", (g.addr1(c), ADDR), "\nTel: ",
        (g.phone(c), PH), f"\nExploatație: RO{g.digits(10)}  Efectiv: {g.r.randint(20, 300)} bovine\n"
        "Observații: testare TBC efectuată, citire peste 72 h. Vițelul cu crotalia ", f"RO{g.digits(12)}",
        f" tratat cu oxitetraciclină. Câinele fermei (Azor) vaccinat antirabic. Total {g.r.randint(400, 2500)} lei, "
        f"factura nr. {g.digits(5)}. Proprietarul pleacă în ", (g.pick(["Italia", "Spania", "Germania"]), LOC),
        " în ianuarie; contact fiul ", (g.person(c, False).first, PER), ".\n",
    ]


def v_is_sms(g: G) -> list:
    c = "is"
    f = g.person(c)
    return [
        "SMS frá ", (g.phone(c, g.pick(["nat", "intl"])), PH), f" {g.hhmm()}:\nSæl, þetta er ", (f.full, PER),
        " á bænum Hóli. Ein kýrin er með doða, getur dýralæknirinn komið strax?\n\n",
        f"Svar {g.hhmm()}: Dýralæknir kemur eftir um klst. Beiðni nr. {g.digits(5)}.\n\n",
        f"SMS {g.hhmm()}: Takk. Heimilisfang fyrir reikninginn: ", (g.addr1(c), ADDR), ". Kveðja ", (f.first, PER), "\n",
    ]


def v_lv_form(g: G) -> list:
    c = "lv"
    f = g.person(c)
    return [
        f"veterinarais_pieteikums id={g.digits(6)} ts={g.stamp()}\n", "vards_uzvards=", (f.full, PER),
        "\ndzimsanas_datums=", (g.dob(c, 2), DOB), "\nadrese=", (g.addr1(c), ADDR), "\ntalrunis=",
        (g.phone(c, g.pick(["nat", "e164"])), PH), "\nepasts=", (g.email(f), EM),
        f"\nganampulka_nr=LV{g.digits(7)}\ndzivnieki=govis:{g.r.randint(10, 120)}\npakalpojums=tuberkulozes_tests\n"
        "klienta_ip=", (g.ip(), IP), f"\nserveris={g.priv_ip()}\n",
    ]


def v_sw_email(g: G) -> list:
    c = "sw"
    f, d = g.person(c), g.person(c)
    return [
        "Habari Daktari ", (d.last, PER), ",\n\nNg'ombe wangu watatu wanaumwa, wanakohoa na hawali vizuri. Naomba uje "
        "kuwachunguza wiki hii. Shamba liko ", (g.addr1(c), ADDR), ".\n\nSimu yangu: ", (g.phone(c), PH),
        "\nBarua pepe: ", (g.email(f), EM), f"\nNambari ya mteja: KV-{g.digits(4)}\n\nAsante,\n", (f.full, PER), "\n",
    ]


def v_tl_sms(g: G) -> list:
    c = "tl"
    f = g.person(c)
    return [
        f"{g.hhmm()} ", (f.full, PER), ": Doc, magandang gabi po. Yung baboy po namin ayaw kumain, may lagnat. "
        "Pwede po ba kayo bukas?\n", f"{g.hhmm()} VetCare Batangas: Opo, 8am. Paki-send po ang address at contact.\n",
        f"{g.hhmm()} ", (f.given, PER), ": ", (g.addr1(c), ADDR), " po, ", (g.phone(c, g.pick(["nat", "intl"])), PH),
        f"\n{g.hhmm()} VetCare Batangas: Noted po. Ref VC-{g.digits(5)}. Farm visit fee ₱{g.r.randint(5, 15)}00.\n",
    ]


def v_sq_chat(g: G) -> list:
    c = "sq"
    f, v = g.person(c), g.person(c)
    return [
        "[Viber] ", (f.full, PER), f" {g.hhmm()}: Mirëdita doktor, lopa ka lindur por nuk ngrihet. Jemi në fermë "
        "afër Fierit.\n[Viber] ", (v.full, PER), f" {g.hhmm()}: Vij pas një ore. Më dërgoni vendndodhjen.\n"
        "[Viber] ", (f.full, PER), f" {g.hhmm()}: Vendndodhja {g.gps()}. Numri im tjetër ", (g.phone(c), PH),
        "\n[Viber] ", (v.full, PER), f" {g.hhmm()}: Ok. Pagesa {g.r.randint(2, 9)}000 lekë, fatura nr. {g.digits(5)}.\n",
    ]


def v_ca_email(g: G) -> list:
    c = "ca"
    f, vet = g.person(c), g.person(c)
    return [
        "Bon dia ", (vet.first, PER), ",\n\nUs escric per la prova de tuberculosi del ramat (codi REGA ES",
        g.digits(12), "). Estarem a la masia a partir de les 8. L'adreça de facturació ha canviat:\n\n",
        (g.addr1(c), ADDR), "\n\nEl meu mòbil: ", (g.phone(c), PH), "\nCompte per domiciliar: ",
        (g.iban("ca"), IBAN), "\n\nGràcies,\n", (f.full, PER), "\nRamaderia Can Puig SL\n",
    ]


TEMPLATES = [
    s_gb_email, s_us_slack, s_au_sms, s_nz_form, s_ie_crm, s_za_log, s_is_email, s_tr_whatsapp, s_ca_form, s_sl_email,
    p_us_email, p_gb_transcript, p_ca_ticket, p_in_whatsapp, p_sg_livechat, p_au_weblog, p_ro_email, p_lt_sms,
    p_vi_chat, p_et_ocr,
    a_gb_forward, a_gb_sheet, a_ie_jsonl, a_nz_newsletter, a_ca_sms, a_za_subjects, a_lv_email, a_et_teams,
    a_ca_minutes, a_sl_ocr,
    x_us_ticket, x_us_applog, x_au_sms, x_in_transcript, x_ke_sms, x_ng_email, x_tr_email, x_ro_ticket, x_sw_sms,
    x_tl_chat,
    t_gb_hospital, t_us_jsonl, t_ie_teams, t_au_env, t_ca_payform, t_ph_notes, t_lt_email, t_vi_form, t_sq_email,
    t_tr_notifications,
    v_gb_visit, v_ie_email, v_us_bulletin, v_ro_notes, v_is_sms, v_lv_form, v_sw_email, v_tl_sms, v_sq_chat,
    v_ca_email,
]

_BAD_EDGE = " \t\n\"'()[]<>{},;:.!?"


def _render(parts: list) -> Text:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    n = 0
    for part in parts:
        if isinstance(part, tuple):
            val, lab = part
            assert lab in LABELS, lab
            assert val and lab in (PW, KEY) or (val[0] not in _BAD_EDGE or (lab == PH and val[0] == "(" and ")" in val)), (val, lab)
            assert lab in (PW, KEY) or val[-1] not in _BAD_EDGE or (lab == PER and val.endswith(".") and val[-2].isupper()), (val, lab)
            spans.append((n, n + len(val), lab))
            buf.append(val)
            n += len(val)
        else:
            buf.append(part)
            n += len(part)
    text = "".join(buf)
    vals = [p for p in parts if isinstance(p, tuple)]
    for (s, e, lab), (val, _) in zip(spans, vals):
        assert text[s:e] == val
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    return Text(text=text, spans=spans)


_FAKER_CACHE: dict = {}


def _fakers(rng: random.Random) -> dict:
    out = {}
    for loc in sorted(set(FAKER_LOC.values())):
        if loc not in _FAKER_CACHE:
            _FAKER_CACHE[loc] = Faker(loc)
        fk = _FAKER_CACHE[loc]
        fk.seed_instance(rng.getrandbits(32))
        out[loc] = fk
    return out


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"mire-{seed}")
    g = G(rng, _fakers(rng))
    return [_render(TEMPLATES[i % len(TEMPLATES)](g)) for i in range(n)]


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------
# a column spec: (header, entity | None, fn(g, row) -> str, blank rate, placeholder rate)

def _row(g: G, cc: str) -> dict:
    p = g.person(cc)
    return {"p": p, "cc": cc, "em": g.email(p)}


def _t_marina(g: G) -> tuple[str, list]:
    c = "GB"
    return c, [
        ("berth_id", None, lambda g, r: f"{g.pick('ABCDE')}{g.r.randint(1, 60):02d}", 0, 0),
        ("first_name", PER, lambda g, r: r["p"].first, 0, 0),
        ("surname", PER, lambda g, r: r["p"].last, 0.05, 0),
        ("email", EM, lambda g, r: r["em"], 0.1, 0),
        ("email_verified", None, lambda g, r: g.pick(["true", "false"]), 0, 0),
        ("tel", PH, lambda g, r: g.phone(c, g.pick(["nat", "intl", "plain"])), 0.15, 0.03),
        ("phone_type", None, lambda g, r: g.pick(["mobile", "landline", "work"]), 0.2, 0),
        ("addr1", ADDR, lambda g, r: g.addr1(c), 0.2, 0),
        ("address_type", None, lambda g, r: g.pick(["home", "billing", "boat"]), 0.3, 0),
        ("home_port_town", LOC, lambda g, r: g.town(c)[0], 0.4, 0.05),
        ("boat_name", None, lambda g, r: g.pick(["Kittiwake", "Lady Grace", "Sea Otter", "Jenny Wren", "Saoirse"]), 0, 0),
        ("loa_m", None, lambda g, r: f"{g.r.uniform(5, 15):.1f}", 0, 0),
        ("card_last4", None, lambda g, r: g.digits(4), 0.3, 0),
        ("card_expiry", None, lambda g, r: g.expiry(), 0.3, 0),
        ("contract_start", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("annual_fee_gbp", None, lambda g, r: f"{g.r.randint(900, 5200)}.00", 0, 0),
        ("insurance_policy_no", None, lambda g, r: f"PY-{g.digits(8)}", 0.2, 0),
        ("dd_iban", IBAN, lambda g, r: g.iban("GB", g.r.random() < 0.3), 0.5, 0),
        ("portal_pwd", PW, lambda g, r: g.password(), 0.6, 0),
        ("gate_code", None, lambda g, r: g.digits(4), 0, 0),
    ]


def _t_crew(g: G) -> tuple[str, list]:
    c = "is"
    return c, [
        ("Nafn", PER, lambda g, r: r["p"].full, 0, 0),
        ("Fæðingardagur", DOB, lambda g, r: g.dob(c), 0.1, 0.05),
        ("Heimabær", LOC, lambda g, r: g.town(c)[0], 0.2, 0),
        ("Sími", PH, lambda g, r: g.phone(c, g.pick(["nat", "intl"])), 0.1, 0),
        ("col_5", EM, lambda g, r: r["em"], 0.3, 0),
        ("col_6", PER, lambda g, r: g.person(c).full, 0.4, 0),
        ("Hlutverk", None, lambda g, r: g.pick(["skipstjóri", "háseti", "kokkur", "stýrimaður"]), 0, 0),
        ("Bátur", None, lambda g, r: g.pick(["Sæbjörg", "Lóa", "Krían", "Hafdís"]), 0, 0),
        ("Leyfisnr", None, lambda g, r: f"IS-{g.digits(6)}", 0.2, 0),
        ("Mæting", None, lambda g, r: g.stamp(), 0, 0),
        ("Höfn", None, lambda g, r: g.pick(["Reykjavíkurhöfn", "Hafnarfjörður höfn", "Ísafjarðarhöfn"]), 0, 0),
        ("Björgunarvesti", None, lambda g, r: g.pick(["já", "nei"]), 0, 0),
        ("dob_verified", None, lambda g, r: g.pick(["1", "0"]), 0, 0),
        ("GPS", None, lambda g, r: g.gps(), 0.3, 0),
        ("col_15", ADDR, lambda g, r: g.addr1(c), 0.3, 0),
        ("col_16", None, lambda g, r: g.uuid(), 0, 0),
        ("Greitt", None, lambda g, r: f"{g.r.randint(5, 40)}.000 kr.", 0.2, 0.05),
        ("IBAN", IBAN, lambda g, r: g.iban("is"), 0.5, 0),
    ]


def _t_piano(g: G) -> tuple[str, list]:
    c = "US"
    return c, [
        ("jobId", None, lambda g, r: f"J{g.digits(6)}", 0, 0),
        ("customerName", PER, lambda g, r: f"{r['p'].last}, {r['p'].first}", 0, 0),
        ("customerEmail", EM, lambda g, r: r["em"], 0.15, 0),
        ("emailOptIn", None, lambda g, r: g.pick(["Y", "N"]), 0, 0),
        ("phoneHome", PH, lambda g, r: g.phone(c, "nat", True), 0.3, 0.05),
        ("serviceAddr", ADDR, lambda g, r: g.addr1(c), 0, 0),
        ("pianoMake", None, lambda g, r: g.pick(["Steinway & Sons", "Baldwin", "Mason & Hamlin", "Kimball", "Yamaha"]), 0, 0),
        ("serialNo", None, lambda g, r: str(g.r.randint(100000, 999999)), 0.1, 0),
        ("tuningCents", None, lambda g, r: str(g.r.randint(-30, 5)), 0, 0),
        ("quoteAmt", None, lambda g, r: g.amount(), 0, 0),
        ("cardNumber", CC, lambda g, r: g.card(), 0.5, 0),
        ("cardMasked", None, lambda g, r: g.masked(), 0.3, 0),
        ("achAccount", BANK, lambda g, r: g.acct(), 0.6, 0),
        ("achRouting", None, lambda g, r: g.routing(), 0.6, 0),
        ("ssnLast4", None, lambda g, r: g.digits(4), 0.5, 0),
        ("clientIp", IP, lambda g, r: g.ip(), 0.2, 0),
        ("lanIp", None, lambda g, r: g.priv_ip(), 0.2, 0),
        ("nameOfProduct", None, lambda g, r: g.pick(["Dampp-Chaser system", "Key Cover", "Humidity pack"]), 0.4, 0),
        ("createdAt", None, lambda g, r: g.stamp(), 0, 0),
        ("techSsn", SSN, lambda g, r: g.ssn(g.r.random() < 0.5), 0.4, 0),
    ]


def _t_instr_ro(g: G) -> tuple[str, list]:
    c = "ro"
    return c, [
        ("nr.comanda", None, lambda g, r: f"CMD-{g.digits(5)}", 0, 0),
        ("client.nume", PER, lambda g, r: r["p"].last, 0, 0),
        ("client.prenume", PER, lambda g, r: r["p"].first, 0, 0),
        ("client.telefon", PH, lambda g, r: g.phone(c, g.pick(["nat", "plain", "intl"])), 0.1, 0),
        ("client.adresa", ADDR, lambda g, r: g.addr1(c), 0.25, 0),
        ("client.localitate", LOC, lambda g, r: g.town(c)[0], 0.1, 0.05),
        ("client.data_nasterii", DOB, lambda g, r: g.dob(c), 0.4, 0),
        ("instrument", None, lambda g, r: g.pick(["vioară 4/4", "chitară clasică", "violoncel", "pian Petrof"]), 0, 0),
        ("serie", None, lambda g, r: f"{g.alnum(2, string.ascii_uppercase)}{g.digits(6)}", 0.2, 0),
        ("defect", None, lambda g, r: g.pick(["fisură", "coarde", "căluș", "acordaj"]), 0, 0),
        ("pret.lei", None, lambda g, r: f"{g.r.randint(80, 1500)},00", 0, 0),
        ("data.predare", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("atelier", None, lambda g, r: g.pick(["Cluj-Napoca", "Iași", "Brașov"]), 0, 0),
        ("email.confirmat", None, lambda g, r: g.pick(["da", "nu"]), 0, 0),
        ("hash_parola", None, lambda g, r: g.argon(), 0, 0),
        ("cont.iban", IBAN, lambda g, r: g.iban("ro", g.r.random() < 0.4), 0.5, 0.05),
        ("versiune", None, lambda g, r: g.version(), 0, 0),
        ("firma_client", None, lambda g, r: g.pick(["Popescu & Fiii SRL", "Ionescu Music SRL", "Filarmonica Banatul"]), 0.5, 0),
    ]


def _t_allot_ie(g: G) -> tuple[str, list]:
    c = "IE"
    return c, [
        ("Application Ref", None, lambda g, r: f"WL-{g.digits(5)}", 0, 0),
        ("First Name", PER, lambda g, r: r["p"].first, 0, 0),
        ("Last Name", PER, lambda g, r: r["p"].last, 0, 0),
        ("Email Address", EM, lambda g, r: r["em"], 0.1, 0),
        ("Email Verified", None, lambda g, r: g.pick(["Yes", "No"]), 0, 0),
        ("Mobile", PH, lambda g, r: g.phone(c, g.pick(["nat", "e164"])), 0.1, 0.03),
        ("Home Address", ADDR, lambda g, r: g.addr1(c), 0.2, 0),
        ("Town", LOC, lambda g, r: g.town(c)[0], 0.2, 0.05),
        ("Date Joined List", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("Position", None, lambda g, r: str(g.r.randint(1, 140)), 0, 0),
        ("Preferred Site", None, lambda g, r: g.pick(["Ballybane", "Terryland", "Renmore"]), 0, 0),
        ("Plot Size", None, lambda g, r: g.pick(["Half", "Full", "Raised bed"]), 0, 0),
        ("Fee Paid", None, lambda g, r: f"€{g.r.randint(30, 90)}.00", 0.3, 0),
        ("Dog Name", None, lambda g, r: g.pick(["Bran", "Lucky", "Molly", "Rex", "Murphy"]), 0.6, 0),
        ("Date of Birth", DOB, lambda g, r: g.dob(c), 0.5, 0),
        ("Consent Date", None, lambda g, r: g.stamp(), 0, 0),
        ("Submission IP", IP, lambda g, r: g.ip(), 0.1, 0),
        ("Form Version", None, lambda g, r: g.version(), 0, 0),
    ]


def _t_allot_lv(g: G) -> tuple[str, list]:
    c = "lv"
    return c, [
        ("dārziņa_nr", None, lambda g, r: f"{g.r.randint(1, 300)}{g.pick('ABC')}", 0, 0),
        ("attr1", PER, lambda g, r: r["p"].full, 0, 0),
        ("attr2", PH, lambda g, r: g.phone(c, g.pick(["nat", "intl"])), 0.2, 0),
        ("attr3", EM, lambda g, r: r["em"], 0.3, 0),
        ("adrese", ADDR, lambda g, r: g.addr1(c), 0.3, 0),
        ("dzim_datums", DOB, lambda g, r: g.dob(c, 0), 0.4, 0.05),
        ("konts", IBAN, lambda g, r: g.iban("lv"), 0.5, 0),
        ("platība_m2", None, lambda g, r: str(g.r.randint(50, 600)), 0, 0),
        ("maksa_eur", None, lambda g, r: f"{g.r.randint(15, 60)}.00", 0, 0),
        ("līgums", None, lambda g, r: f"L-{g.digits(5)}", 0, 0),
        ("samaksāts", None, lambda g, r: g.pick(["jā", "nē"]), 0, 0),
        ("ūdens", None, lambda g, r: g.pick(["ir", "nav"]), 0, 0),
        ("koordinātas", None, lambda g, r: g.gps(), 0.2, 0),
        ("atjaunots", None, lambda g, r: g.stamp(), 0, 0),
        ("attr9", None, lambda g, r: g.sha(), 0, 0),
        ("vārds_pārbaudīts", None, lambda g, r: g.pick(["true", "false"]), 0, 0),
    ]


def _t_pest_au(g: G) -> tuple[str, list]:
    c = "AU"
    return c, [
        ("JobNumber", None, lambda g, r: f"PA{g.digits(6)}", 0, 0),
        ("CustomerFirstName", PER, lambda g, r: r["p"].first, 0, 0),
        ("CustomerSurname", PER, lambda g, r: r["p"].last, 0, 0),
        ("SiteAddress", ADDR, lambda g, r: g.addr1(c), 0, 0),
        ("ContactPhone", PH, lambda g, r: g.phone(c, g.pick(["nat", "plain", "intl"])), 0.1, 0.03),
        ("ContactEmail", EM, lambda g, r: r["em"], 0.2, 0),
        ("Depot", None, lambda g, r: g.pick(["Geelong", "Bendigo", "Ballarat"]), 0, 0),
        ("PestType", None, lambda g, r: g.pick(["termites", "rodents", "cockroaches", "possum"]), 0, 0),
        ("BaitStationIds", None, lambda g, r: ",".join(f"BS{g.r.randint(1, 40)}" for _ in range(3)), 0.2, 0),
        ("ChemicalBatch", None, lambda g, r: f"{g.alnum(3, string.ascii_uppercase)}-{g.digits(5)}", 0, 0),
        ("TechnicianId", None, lambda g, r: f"T{g.digits(3)}", 0, 0),
        ("InvoiceTotal", None, lambda g, r: g.amount("A$"), 0, 0),
        ("CardOnFile", CC, lambda g, r: g.card(), 0.4, 0),
        ("CardLast4", None, lambda g, r: g.digits(4), 0.3, 0),
        ("CardCvv", None, lambda g, r: g.digits(3), 0.6, 0),
        ("DeviceImei", None, lambda g, r: g.imei(), 0, 0),
        ("SiteGps", None, lambda g, r: g.gps(), 0.1, 0),
        ("PetOnSite", None, lambda g, r: g.pick(["Bluey", "Max", "Coco", "none"]), 0.3, 0),
        ("CompletedAt", None, lambda g, r: g.stamp(), 0, 0),
        ("PortalPassword", PW, lambda g, r: g.password(), 0.5, 0),
    ]


def _t_bait_sw(g: G) -> tuple[str, list]:
    c = "sw"
    return c, [
        ("KITUO_NA", None, lambda g, r: f"KT-{g.digits(4)}", 0, 0),
        ("JINA_LA_MTEJA", PER, lambda g, r: r["p"].full, 0, 0),
        ("SIMU", PH, lambda g, r: g.phone(c, g.pick(["nat", "intl", "e164"])), 0.1, 0),
        ("ANWANI", ADDR, lambda g, r: g.addr1(c), 0.3, 0),
        ("MJI_ANAOISHI", LOC, lambda g, r: g.town(c)[0], 0.2, 0.05),
        ("BARUA_PEPE", EM, lambda g, r: r["em"], 0.5, 0),
        ("TAREHE_YA_UKAGUZI", None, lambda g, r: g.soon(c, 1), 0, 0),
        ("AINA_YA_CHAMBO", None, lambda g, r: g.pick(["brodifacoum", "bromadiolone", "gel"]), 0, 0),
        ("KIASI_GRAMU", None, lambda g, r: str(g.r.randint(10, 400)), 0, 0),
        ("HALI", None, lambda g, r: g.pick(["imeliwa", "haijaguswa", "imeharibika"]), 0, 0),
        ("TAWI", None, lambda g, r: g.pick(["Mombasa", "Nairobi", "Malindi"]), 0, 0),
        ("MAHALI_GPS", None, lambda g, r: g.gps(), 0.1, 0),
        ("FUNDI_ID", None, lambda g, r: f"F{g.digits(3)}", 0, 0),
        ("MALIPO_KSH", None, lambda g, r: f"{g.r.randint(2, 20)},000", 0, 0),
        ("MPESA_REF", None, lambda g, r: g.alnum(10, string.ascii_uppercase + string.digits), 0.2, 0),
        ("SIMU_AINA", None, lambda g, r: g.pick(["Safaricom", "Airtel"]), 0, 0),
    ]


def _t_interp_ca(g: G) -> tuple[str, list]:
    c = "CA"
    return c, [
        ("booking.id", None, lambda g, r: f"BK-{g.digits(6)}", 0, 0),
        ("interpreter.name", PER, lambda g, r: r["p"].full, 0, 0),
        ("interpreter.email", EM, lambda g, r: r["em"], 0, 0),
        ("interpreter.tel", PH, lambda g, r: g.phone(c), 0.1, 0),
        ("interpreter.dob", DOB, lambda g, r: g.dob(c), 0.4, 0.05),
        ("interpreter.addr", ADDR, lambda g, r: g.addr1(c), 0.3, 0),
        ("interpreter.city", LOC, lambda g, r: g.town(c)[0], 0.1, 0),
        ("client.name", PER, lambda g, r: g.person(c).full, 0.2, 0),
        ("venue", None, lambda g, r: g.pick(["Halifax Provincial Court", "QEII Health Sciences Centre",
                                               "Kingston General Hospital"]), 0, 0),
        ("language.pair", None, lambda g, r: g.pick(["FR-EN", "AR-EN", "ES-FR", "ASL"]), 0, 0),
        ("start.ts", None, lambda g, r: g.stamp(), 0, 0),
        ("duration.h", None, lambda g, r: str(g.r.randint(1, 8)), 0, 0),
        ("rate.cad", None, lambda g, r: f"{g.r.randint(55, 110)}.00", 0, 0),
        ("case.no", None, lambda g, r: f"{g.r.randint(20, 26)}-{g.digits(6)}", 0.5, 0),
        ("pwd_changed_at", None, lambda g, r: g.stamp(), 0.2, 0),
        ("pwd_hash", None, lambda g, r: g.bcrypt(), 0, 0),
        ("api.token", KEY, lambda g, r: g.api_key(), 0.5, 0),
        ("client.ip", IP, lambda g, r: g.ip(), 0.3, 0),
        ("agency.swift", None, lambda g, r: g.pick(["ROYCCAT2", "BOFMCAM2", "TDOMCATT"]), 0, 0),
        ("phone_verified", None, lambda g, r: g.pick(["true", "false"]), 0, 0),
    ]


def _t_trans_vi(g: G) -> tuple[str, list]:
    c = "vi"
    return c, [
        ("ma_don", None, lambda g, r: f"PD{g.digits(6)}", 0, 0),
        ("ho_ten", PER, lambda g, r: r["p"].full, 0, 0),
        ("field_3", PER, lambda g, r: r["p"].given, 0.3, 0),
        ("ngay_sinh", DOB, lambda g, r: g.dob(c), 0.2, 0.05),
        ("que_quan", LOC, lambda g, r: g.town(c)[0], 0.3, 0),
        ("dia_chi", ADDR, lambda g, r: g.addr1(c), 0.2, 0),
        ("so_dien_thoai", PH, lambda g, r: g.phone(c, g.pick(["nat", "plain", "intl"])), 0.1, 0),
        ("field_8", EM, lambda g, r: r["em"], 0.4, 0),
        ("ngon_ngu", None, lambda g, r: g.pick(["Anh-Việt", "Hàn-Việt", "Nhật-Việt"]), 0, 0),
        ("so_trang", None, lambda g, r: str(g.r.randint(1, 40)), 0, 0),
        ("phi_vnd", None, lambda g, r: f"{g.r.randint(2, 40)}00.000", 0, 0),
        ("ngay_giao", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("chi_nhanh", None, lambda g, r: g.pick(["Hà Nội", "Đà Nẵng", "TP. Hồ Chí Minh"]), 0, 0),
        ("ma_van_don", None, lambda g, r: f"VN{g.digits(9)}", 0.3, 0),
        ("field_15", None, lambda g, r: g.uuid(), 0, 0),
        ("trang_thai", None, lambda g, r: g.pick(["mới", "đang dịch", "đã giao"]), 0, 0),
        ("cong_ty", None, lambda g, r: g.pick(["Công ty Nguyễn Kim", "Phạm Gia Law", "Trần Anh Group"]), 0.5, 0),
    ]


def _t_vet_nz(g: G) -> tuple[str, list]:
    c = "NZ"
    return c, [
        ("VISIT_ID", None, lambda g, r: f"V{g.digits(6)}", 0, 0),
        ("FARMER_NAME", PER, lambda g, r: r["p"].full, 0, 0),
        ("FARM_ADDR", ADDR, lambda g, r: g.addr1(c), 0.1, 0),
        ("FARMER_PH", PH, lambda g, r: g.phone(c, g.pick(["nat", "plain", "intl"])), 0.1, 0.03),
        ("FARMER_EMAIL", EM, lambda g, r: r["em"], 0.3, 0),
        ("HERD_NO", None, lambda g, r: g.digits(7), 0, 0),
        ("NAIT_LOCATION", None, lambda g, r: f"NAIT{g.digits(6)}", 0, 0),
        ("VISIT_DATE", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("TB_READER", None, lambda g, r: g.pick(["OSPRI Tb reader", "contract reader"]), 0, 0),
        ("HEAD_TESTED", None, lambda g, r: str(g.r.randint(20, 900)), 0, 0),
        ("REACTORS", None, lambda g, r: str(g.r.randint(0, 3)), 0, 0),
        ("EAR_TAG", None, lambda g, r: f"{g.digits(3)} {g.digits(4)} {g.digits(5)}", 0, 0),
        ("CLINIC_BRANCH", None, lambda g, r: g.pick(["Tauranga", "Napier", "Nelson"]), 0, 0),
        ("INVOICE_NZD", None, lambda g, r: g.amount("$"), 0, 0),
        ("DOG_NAME", None, lambda g, r: g.pick(["Tess", "Fly", "Jock", "Meg"]), 0.4, 0),
        ("GPS", None, lambda g, r: g.gps(), 0.2, 0),
        ("FARMER_DOB", DOB, lambda g, r: g.dob(c), 0.6, 0),
        ("DEVICE_IMEI", None, lambda g, r: g.imei(), 0.2, 0),
    ]


def _t_vet_ca(g: G) -> tuple[str, list]:
    c = "ca"
    return c, [
        ("num_client", None, lambda g, r: f"C{g.digits(5)}", 0, 0),
        ("nom", PER, lambda g, r: r["p"].first, 0, 0),
        ("cognoms", PER, lambda g, r: r["p"].last, 0, 0),
        ("data_naix", DOB, lambda g, r: g.dob(c), 0.3, 0.05),
        ("adr", ADDR, lambda g, r: g.addr1(c), 0.1, 0),
        ("tel", PH, lambda g, r: g.phone(c, g.pick(["nat", "plain", "intl"])), 0.1, 0),
        ("correu_e", EM, lambda g, r: r["em"], 0.3, 0),
        ("compte", IBAN, lambda g, r: g.iban("ca", g.r.random() < 0.5), 0.4, 0),
        ("codi_rega", None, lambda g, r: f"ES{g.digits(12)}", 0, 0),
        ("especie", None, lambda g, r: g.pick(["boví", "oví", "porcí", "cabrum"]), 0, 0),
        ("caps", None, lambda g, r: str(g.r.randint(10, 800)), 0, 0),
        ("data_visita", None, lambda g, r: g.soon(c, 0), 0, 0),
        ("import_eur", None, lambda g, r: f"{g.r.randint(60, 1800)},{g.r.randint(0, 99):02d}", 0, 0),
        ("explotacio", None, lambda g, r: g.pick(["Mas Puig", "Can Ferrer", "Ramaderia Soler SL"]), 0, 0),
        ("gos_atura", None, lambda g, r: g.pick(["Tuca", "Lluna", "Bruc"]), 0.5, 0),
        ("tel_verificat", None, lambda g, r: g.pick(["sí", "no"]), 0, 0),
    ]


_TABLES = [
    ("marina_berth_rentals", _t_marina), ("sailing_crew_lists", _t_crew), ("piano_service_jobs", _t_piano),
    ("instrument_repairs_ro", _t_instr_ro), ("allotment_waiting_list", _t_allot_ie),
    ("allotment_plots_lv", _t_allot_lv), ("pest_callouts", _t_pest_au), ("bait_station_log_sw", _t_bait_sw),
    ("interpreter_bookings", _t_interp_ca), ("translation_clients_vi", _t_trans_vi),
    ("vet_herd_visits", _t_vet_nz), ("vet_clients_ca", _t_vet_ca),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"mire-{seed}-tables")
    g = G(rng, _fakers(rng))
    out: dict[str, list[Column]] = {}
    for tname, fn in _TABLES:
        cc, specs = fn(g)
        data = [[] for _ in specs]
        for _ in range(rows):
            r = _row(g, cc)
            for j, (_h, _e, f, blank, ph) in enumerate(specs):
                v = f(g, r)  # always draw, so blanks don't shift the stream
                x = g.r.random()
                if x < blank:
                    data[j].append(None)
                elif x < blank + ph:
                    data[j].append(g.pick(["N/A", "-", "unknown"]))
                else:
                    data[j].append(v)
        out[tname] = [Column(name=h, entity=e, values=data[j]) for j, (h, e, _f, _b, _p) in enumerate(specs)]
    return out


def _digest() -> str:
    payload = json.dumps([[t.text, t.spans] for t in free_text(500, 7)]
                         + [[k, c.name, c.entity, c.values] for k, cols in structured(150, 11).items() for c in cols])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


if __name__ == "__main__":
    print(_digest())
