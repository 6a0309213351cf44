"""Accuracy split "sierra": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "sierra", 2026-11-28 (fixed "today" used for all dates; no clock reads).

Independence: written from the split-author prompt only (/tmp/w24/prompt_sierra.md), plus `ls bench/`
and local outputs of Faker (several locales) and phonenumbers (example numbers, is_valid_number). The
definitions imported from accuracy_data (LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4,
_ip_public_v6) were used as described in that prompt; the file itself was not opened. The scanner
(rules/, pii_audit/, the CLI) and Presidio were never read or run; no tests, docs, results, notes,
other splits or web pages were read.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 60]); structured(rows, seed) ->
dict[table name, list[Column]]; TEMPLATES (list of (key, country, function)). Deterministic: every
value comes from random.Random(f"sierra-{seed}-...") and Faker instances reseeded from it; no sets are
iterated, no hash()-dependent ordering. free_text(500, 7) + structured(150, 11) take about 1 s.

Domains: coffee roaster with subscriptions, dance studio, marathon/trail-race organiser, ferry
operator, pharmacy home delivery, dog walking / pet sitting (plus generic support/CRM/ops texts).

Languages (60 templates): English 32 (US 7, GB 6, CA 3, AU 4, IN 4, IE 3, NZ 2, ZA 1, SG 1, PH 1 in
Taglish-flavoured English); other 28: German 2, French 2, Spanish 2, Italian 2, Dutch 2, Portuguese 1,
Polish 2, Catalan 2, Icelandic 2, Estonian 2, Turkish 2, Romanian 2, Vietnamese 2, Slovenian 1,
Lithuanian 1, Afrikaans 1. Names, towns (real town lists per country), streets, postcodes, phone
formats (phonenumbers NATIONAL / INTERNATIONAL / E164 / digits-only) and birth-date formats follow
each text's country.

Shapes: e-mails with signatures and '>' quoted replies, forwarded mail, WhatsApp / Teams / Slack /
Messenger / live-chat exports, SMS threads, tickets with internal notes, CRM and call notes,
lower-case speech-to-text transcripts, key: value / key=value / JSON-lines form dumps, OCR'd form,
nginx access log, logfmt and app logs, .env config, notification subjects, pasted spreadsheet rows,
minutes / status updates with no PII at all.

Value rules: phones are checked with phonenumbers.is_valid_number (brackets are dropped from national
formats so spans never start with "("); cards are Luhn-valid (_luhn: Visa 16, Mastercard 16, Amex 15;
plain, spaced or dashed); SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers are
9-12 digits (ABA-valid routing numbers appear beside them, unlabelled); IBANs come from _iban_of or a
local mod-97 builder for EE/TR/SI (spaced or not); IPs from _ip_public_v4/_ip_public_v6; passwords are
plaintext strings that start and end with a letter or digit; API keys are secret-key shapes (sk_live_,
ghp_, AIza, SG., xoxb-, sk-proj-).

Label conventions as applied: PERSON covers names as written (full, first-only, surname-only,
UPPER/lower case, "Last, First", "First L."), chat speakers included; titles (Mr, Dr, Frau, dna,
en/na) stay outside; names in brands, shops, clubs, streets, schools and company names are not
labelled, nor pet names. STREET_ADDRESS: one span for street + postcode + town, a multi-line block is
one span, each '>'-quoted line is its own span, business addresses in signatures and bare street lines
(table columns) are labelled. LOCATION: towns/countries where a person lives, was born, comes from or
travels to; branch, depot, warehouse, pharmacy, venue and port towns are not. DATE_OF_BIRTH: birth
dates only. Spans never include quotes, brackets or trailing punctuation (the "." of an initial is
inside a PERSON span) and never overlap; _render asserts both for every text.

Look-alikes (never labelled): masked cards / last-4 / expiry / CVV, private and loopback IPs, version
strings, bcrypt and sha256 hashes, UUIDs, order / ticket / booking / PNR / claim / policy / tracking /
prescription numbers, OTP, door, alarm, gate and lockbox codes, IMEIs (Luhn-valid 15 digits), routing
numbers, sort codes, SWIFT/BIC, VAT ids, GPS coordinates, amounts, timestamps and non-birth dates,
publishable keys (pk_live_), Twilio account SIDs, brand / club / company names containing person
names, pet names, branch towns, vehicle plates, bib and chip numbers.

Tables (rows = requested count; blanks 0-60 % per column, a few N/A / - / unknown placeholders):
  name                 locale  cols  PII/look-alike  header style
  roastery_subscribers GB      20    8/12            mixed snake_case, Title Case, abbreviations (tel,
                                                     addr1, dob), opaque field_3 (full name)
  wholesale_cafes      DE      18    5/13            German headers (Ansprechpartner, Lieferadresse)
  dance_students       US      21    10/11           camelCase (portalPwd, bankAccountNumber)
  recital_costumes     ES-CT   16    4/12            Catalan snake_case, opaque attr2 (first name)
  race_entrants        IT      19    9/10            Italian snake_case (nome, cognome, luogo_nascita)
  timing_chip_reads    AU      18    4/14            UPPER_SNAKE (ATHLETE, UPLINK_IP, UPLOADER_API_KEY)
  ferry_bookings       EE      18    7/11            Estonian (reisija_nimi, sünniaeg, elukoht)
  passenger_manifest   TR      19    8/11            Turkish ASCII snake_case, opaque col_12 (e-mail)
  delivery_patients    CA      19    8/11            PascalCase (PortalPassword, DeliveryAddress)
  courier_runs         PL      18    5/13            Polish snake_case (kurier, adres_dostawy)
  pet_clients          NZ      19    9/10            dotted (owner.first, home.addr, login.pwd)
  walker_roster        SI      19    9/10            Slovenian (ime, priimek, trr, zacasno_geslo)
  Total: 12 tables, 224 columns, 86 PII / 138 look-alike.

Known limits: Faker street names for US/GB/CA/AU/NZ/IE and DE/NL are synthetic (towns and postcode
patterns are real); a few Faker names mix genders (Icelandic -son/-dóttir, Polish/Lithuanian forms);
phone area codes are valid but not tied to the text's town; Vietnamese text uses Vietnamese diacritics
(Latin script); PH chat is English with Tagalog particles, not full Tagalog; table columns are generated
independently, so a row's e-mail does not match its name; postcodes alone are never emitted as columns.
"""
try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

import datetime as _dt
import random
import string
import unicodedata

import phonenumbers
from faker import Faker

__all__ = ["TEMPLATES", "free_text", "structured"]

_TODAY = _dt.date(2026, 11, 28)
_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, rng: random.Random) -> Faker:
    fk = _FAKERS.get(loc)
    if fk is None:
        fk = _FAKERS[loc] = Faker(loc)
    fk.seed_instance(rng.randrange(2**32))
    return fk


# ---------------------------------------------------------------- labelled values
def P(s):
    return (s, "PERSON")


def EM(s):
    return (s, "EMAIL_ADDRESS")


def PH(s):
    return (s, "PHONE_NUMBER")


def CC(s):
    return (s, "CREDIT_CARD")


def SSN(s):
    return (s, "US_SSN")


def BANK(s):
    return (s, "US_BANK_NUMBER")


def IBAN(s):
    return (s, "IBAN_CODE")


def IP(s):
    return (s, "IP_ADDRESS")


def ADDR(s):
    return (s, "STREET_ADDRESS")


def LOC(s):
    return (s, "LOCATION")


def DOB(s):
    return (s, "DATE_OF_BIRTH")


def PW(s):
    return (s, "PASSWORD")


def KEY(s):
    return (s, "API_KEY")


_FMT = string.Formatter()
_BAD_EDGE = " \t\n\"'()[]<>{},;:"


def _render(tpl: str, vals: dict) -> Text:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for lit, field, _spec, _conv in _FMT.parse(tpl):
        if lit:
            out.append(lit)
            pos += len(lit)
        if field is None:
            continue
        v = vals[field]
        s, lab = v if isinstance(v, tuple) else (v, None)
        if lab is not None:
            assert lab in LABELS, lab
            assert s and s[0] not in _BAD_EDGE and s[-1] not in _BAD_EDGE, (field, s)
            if lab != "PERSON":
                assert s[-1] not in ".!?", (field, s)
            spans.append((pos, pos + len(s), lab))
        out.append(s)
        pos += len(s)
    text = "".join(out)
    for a, b, _lab in spans:
        assert 0 <= a < b <= len(text)
    for (a1, b1, _), (a2, b2, _) in zip(spans, spans[1:]):
        assert b1 <= a2, "overlap"
    return Text(text, spans)


# ---------------------------------------------------------------- country data
_PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def _pat(r: random.Random, p: str) -> str:
    return "".join(str(r.randrange(10)) if ch == "#" else r.choice(_PC_LET) if ch == "?" else ch for ch in p)


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("ð", "d").replace("þ", "th").replace("æ", "ae").replace("Þ", "Th").replace("Ð", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


# cc: faker locale (or None), phone region, towns [(town, postcode pattern, extra)], streets, dob format, mail domains
_C = {
    "US": ("en_US", "US", [("Columbus", "432##", "OH"), ("Tacoma", "984##", "WA"), ("Albany", "122##", "NY"),
                            ("Boise", "837##", "ID"), ("Raleigh", "276##", "NC"), ("Tucson", "857##", "AZ"),
                            ("Madison", "537##", "WI"), ("Savannah", "314##", "GA")],
           None, "%m/%d/%Y", ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]),
    "GB": ("en_GB", "GB", [("Leeds", "LS# #??", ""), ("Bristol", "BS# #??", ""), ("Norwich", "NR# #??", ""),
                            ("Cardiff", "CF## #??", ""), ("Derby", "DE# #??", ""), ("York", "YO## #??", ""),
                            ("Exeter", "EX# #??", "")],
           None, "%d/%m/%Y", ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"]),
    "CA": ("en_CA", "CA", [("Halifax", "B3H #?#", "NS"), ("Guelph", "N1H #?#", "ON"), ("Red Deer", "T4N #?#", "AB"),
                            ("Kelowna", "V1Y #?#", "BC"), ("Moncton", "E1C #?#", "NB"), ("Saskatoon", "S7K #?#", "SK")],
           None, "%Y-%m-%d", ["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"]),
    "AU": ("en_AU", "AU", [("Geelong", "3220", "VIC"), ("Toowoomba", "4350", "QLD"), ("Wollongong", "2500", "NSW"),
                            ("Fremantle", "6160", "WA"), ("Hobart", "7000", "TAS"), ("Ballarat", "3350", "VIC")],
           None, "%d/%m/%Y", ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"]),
    "IN": ("en_IN", "IN", [("Pune", "4110##", "Maharashtra"), ("Mysuru", "5700##", "Karnataka"),
                            ("Jaipur", "3020##", "Rajasthan"), ("Kochi", "6820##", "Kerala"),
                            ("Lucknow", "2260##", "Uttar Pradesh"), ("Coimbatore", "6410##", "Tamil Nadu")],
           ["MG Road", "Station Road", "Laxmi Road", "Ring Road", "Temple Street", "College Road"],
           "%d/%m/%Y", ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "IE": ("en_IE", "IE", [("Galway", "H91 ?#??", "Galway"), ("Cork", "T12 ?#??", "Cork"),
                            ("Limerick", "V94 ?#??", "Limerick"), ("Sligo", "F91 ?#??", "Sligo"),
                            ("Kilkenny", "R95 ?#??", "Kilkenny")],
           None, "%d/%m/%Y", ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"]),
    "NZ": ("en_NZ", "NZ", [("Hamilton", "3204", ""), ("Dunedin", "9016", ""), ("Nelson", "7010", ""),
                            ("Tauranga", "3110", ""), ("Napier", "4110", ""), ("Whanganui", "4500", "")],
           None, "%d/%m/%Y", ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"]),
    "ZA": (None, "ZA", [("Stellenbosch", "7600", ""), ("Durban", "4001", ""), ("Pretoria", "0002", ""),
                         ("Gqeberha", "6001", ""), ("Bloemfontein", "9301", ""), ("Paarl", "7646", "")],
           ["Kerkstraat", "Dorpstraat", "Voortrekker Road", "Main Road", "Jan Smuts Avenue", "Church Street"],
           "%Y/%m/%d", ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"]),
    "SG": (None, "SG", [("Singapore", "5#####", "")],
           ["Tampines Street 81", "Ang Mo Kio Avenue 3", "Jurong West Street 52", "Bedok North Road",
            "Toa Payoh Lorong 4", "Clementi Avenue 2"],
           "%d/%m/%Y", ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
    "PH": (None, "PH", [("Quezon City", "1100", ""), ("Cebu City", "6000", ""), ("Davao City", "8000", ""),
                         ("Iloilo City", "5000", ""), ("Baguio", "2600", ""), ("Antipolo", "1870", "")],
           ["Mabini St.", "Rizal Ave.", "Bonifacio St.", "Katipunan Ave.", "Luna St.", "Burgos St."],
           "%m/%d/%Y", ["gmail.com", "yahoo.com.ph", "outlook.ph"]),
    "DE": ("de_DE", "DE", [("Freiburg im Breisgau", "79###", ""), ("Bielefeld", "336##", ""), ("Würzburg", "970##", ""),
                            ("Rostock", "180##", ""), ("Kassel", "341##", ""), ("Münster", "481##", "")],
           None, "%d.%m.%Y", ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"]),
    "FR": ("fr_FR", "FR", [("Nantes", "440##", ""), ("Rennes", "350##", ""), ("Dijon", "210##", ""),
                            ("Angers", "490##", ""), ("Limoges", "870##", ""), ("Perpignan", "660##", "")],
           ["rue de la République", "avenue Jean Jaurès", "rue des Lilas", "boulevard Carnot",
            "impasse des Tilleuls", "rue du Moulin"],
           "%d/%m/%Y", ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "ES": ("es_ES", "ES", [("Zaragoza", "500##", ""), ("Valladolid", "470##", ""), ("Málaga", "290##", ""),
                            ("Murcia", "300##", ""), ("Oviedo", "330##", ""), ("Salamanca", "370##", "")],
           ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Calle Real", "Paseo del Prado",
            "Calle San Francisco"],
           "%d/%m/%Y", ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"]),
    "CT": (None, "ES", [("Girona", "170##", ""), ("Sabadell", "082##", ""), ("Reus", "432##", ""),
                         ("Lleida", "250##", ""), ("Vic", "085##", ""), ("Manresa", "082##", "")],
           ["Carrer Major", "Carrer de Sant Pere", "Rambla Nova", "Carrer del Mar", "Passeig de la Pau",
            "Carrer de la Font"],
           "%d/%m/%Y", ["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"]),
    "IT": ("it_IT", "IT", [("Bergamo", "241##", "BG"), ("Parma", "431##", "PR"), ("Lecce", "731##", "LE"),
                            ("Trento", "381##", "TN"), ("Perugia", "061##", "PG"), ("Ancona", "601##", "AN")],
           ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Via XX Settembre",
            "Viale dei Mille"],
           "%d/%m/%Y", ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"]),
    "NL": ("nl_NL", "NL", [("Utrecht", "35## ??", ""), ("Groningen", "97## ??", ""), ("Zwolle", "80## ??", ""),
                            ("Haarlem", "20## ??", ""), ("Eindhoven", "56## ??", ""), ("Leiden", "23## ??", "")],
           None, "%d-%m-%Y", ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"]),
    "PT": ("pt_PT", "PT", [("Braga", "4700-###", ""), ("Coimbra", "3000-###", ""), ("Aveiro", "3800-###", ""),
                            ("Faro", "8000-###", ""), ("Viseu", "3500-###", "")],
           ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua Direita", "Travessa do Carmo"],
           "%d/%m/%Y", ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"]),
    "PL": ("pl_PL", "PL", [("Gdańsk", "80-###", ""), ("Lublin", "20-###", ""), ("Toruń", "87-###", ""),
                            ("Kraków", "30-###", ""), ("Białystok", "15-###", ""), ("Opole", "45-###", "")],
           ["Długa", "Mickiewicza", "Kościuszki", "Polna", "Lipowa", "Słowackiego"],
           "%d.%m.%Y", ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"]),
    "IS": ("is_IS", "IS", [("Reykjavík", "10#", ""), ("Akureyri", "600", ""), ("Kópavogur", "20#", ""),
                            ("Hafnarfjörður", "220", ""), ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
           ["Laugavegur", "Hringbraut", "Skólavörðustígur", "Hafnarstræti", "Sólvallagata", "Borgarbraut"],
           "%d.%m.%Y", ["simnet.is", "gmail.com", "internet.is", "visir.is"]),
    "EE": ("et_EE", "EE", [("Tallinn", "10###", ""), ("Tartu", "510##", ""), ("Pärnu", "800##", ""),
                            ("Narva", "203##", ""), ("Viljandi", "710##", ""), ("Rakvere", "441##", "")],
           ["Narva mnt", "Tartu mnt", "Pikk", "Rüütli", "Vabriku", "Kalda tee"],
           "%d.%m.%Y", ["hot.ee", "gmail.com", "neti.ee", "mail.ee"]),
    "TR": ("tr_TR", "TR", [("İzmir", "35###", ""), ("Bursa", "16###", ""), ("Eskişehir", "26###", ""),
                            ("Antalya", "07###", ""), ("Trabzon", "61###", ""), ("Kayseri", "38###", "")],
           ["Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gazi Bulvarı", "Menekşe Sok.", "Çiçek Sok."],
           "%d.%m.%Y", ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"]),
    "RO": ("ro_RO", "RO", [("Cluj-Napoca", "400###", ""), ("Iași", "700###", ""), ("Timișoara", "300###", ""),
                            ("Brașov", "500###", ""), ("Sibiu", "550###", ""), ("Oradea", "410###", "")],
           ["Str. Memorandumului", "Bd. Eroilor", "Str. Republicii", "Calea Dorobanților", "Str. Avram Iancu"],
           "%d.%m.%Y", ["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"]),
    "VN": (None, "VN", [("Hà Nội", "Quận Hoàn Kiếm", ""), ("Đà Nẵng", "Quận Hải Châu", ""), ("Huế", "Phường Phú Hội", ""),
                         ("Cần Thơ", "Quận Ninh Kiều", ""), ("Hải Phòng", "Quận Ngô Quyền", "")],
           ["Phố Hàng Bông", "Đường Lê Lợi", "Đường Trần Phú", "Phố Huế", "Đường Nguyễn Trãi"],
           "%d/%m/%Y", ["gmail.com", "yahoo.com.vn", "fpt.vn", "vnn.vn"]),
    "SI": ("sl_SI", "SI", [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""),
                            ("Kranj", "4000", ""), ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
           ["Slovenska cesta", "Trubarjeva ulica", "Prešernova ulica", "Celovška cesta", "Partizanska cesta"],
           "%d. %m. %Y", ["siol.net", "gmail.com", "t-2.net", "amis.net"]),
    "LT": ("lt_LT", "LT", [("Vilnius", "LT-0####", ""), ("Kaunas", "LT-44###", ""), ("Klaipėda", "LT-92###", ""),
                            ("Šiauliai", "LT-76###", ""), ("Panevėžys", "LT-35###", "")],
           ["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Savanorių pr."],
           "%Y-%m-%d", ["gmail.com", "one.lt", "takas.lt", "inbox.lt"]),
}

_HAND_NAMES = {
    "ZA": (["Johan", "Annelie", "Pieter", "Elmarie", "Gerhard", "Marietjie", "Thabo", "Lindiwe", "Francois", "Riana",
            "Sipho", "Karabo"],
           ["van der Merwe", "Botha", "Pretorius", "Nel", "Steyn", "du Plessis", "Venter", "Coetzee", "Nkosi",
            "Dlamini", "Mokoena", "Fourie"]),
    "SG": (["Wei Ling", "Jun Jie", "Siti", "Arjun", "Hui Min", "Farhan", "Mei Xin", "Rajesh", "Nurul", "Kai Wen"],
           ["Tan", "Lim", "Ng", "Rahman", "Pillai", "Goh", "Wong", "Ismail", "Chua", "Nair"]),
    "PH": (["Jose", "Maria Cristina", "Juan Paolo", "Ana", "Mark Anthony", "Kristine", "Rodel", "Jasmine", "Lorna",
            "Ramil", "Aileen", "Jerome"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
            "Castillo", "Manalo", "Pascual"]),
    "CT": (["Jordi", "Montserrat", "Pau", "Núria", "Oriol", "Laia", "Marc", "Mireia", "Arnau", "Queralt", "Xavier",
            "Meritxell"],
           ["Puig", "Vilalta", "Soler", "Ferrer", "Casals", "Riera", "Pujol", "Bosch", "Camps", "Serra", "Roca",
            "Vidal"]),
    "VN": (["An", "Bình", "Hương", "Lan", "Dũng", "Thảo", "Tuấn", "Linh", "Hải", "Trang", "Khoa", "Ngọc Anh"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Phan"]),
}
_VN_MID = ["Văn", "Thị", "Minh", "Ngọc", "Quang", "Thu", "Đức", "Hoài"]

_PETS = ["Biscuit", "Luna", "Max", "Pepper", "Bella", "Mochi", "Rocky", "Daisy", "Nala", "Ziggy", "Oscar", "Bruno",
         "Milo", "Kiki", "Teddy", "Lola"]
_BRANDS = ["Ben & Jerry's", "Tim Hortons", "Marks & Spencer", "Sainsbury's", "Dr. Martens", "Tommy Hilfiger",
           "Wendy's", "Jack Daniel's", "Ralph Lauren", "Calvin Klein", "Hugo Boss", "Dolce & Gabbana"]


def _nat(r: random.Random, region: str, kind: str) -> phonenumbers.PhoneNumber:
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = str(ex.national_number)
    for keep in (1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6):
        for _ in range(12):
            k = min(keep, len(nsn) - 2)
            cand = nsn[:k] + "".join(str(r.randrange(10)) for _ in range(len(nsn) - k))
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(num):
                return num
    return ex


def _phone_str(r: random.Random, region: str, kind: str = "mobile", fmt: str = "any") -> str:
    num = _nat(r, region, kind)
    if fmt == "any":
        fmt = r.choice(["nat", "nat", "intl", "e164", "plain"])
    if fmt == "nat":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif fmt == "intl":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif fmt == "e164":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    else:
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        s = "".join(c for c in s if c.isdigit())
    if "(" in s:  # keep spans free of brackets: "(201) 555-0123" -> "201-555-0123", "(02) 1234" -> "02 1234"
        s = s.replace(") ", "-" if region in ("US", "CA") else " ").replace("(", "").replace(")", "")
    parsed = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(parsed), (region, s)
    return s


_IBAN_LEN = {"EE": ("2", 16), "LT": ("7", 16), "SI": ("5", 15), "TR": ("0", 22), "RO": ("A", 20),
             "IS": ("0", 22), "LV": ("A", 17)}


def _iban_mod(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def _iban_any(r: random.Random, cc: str) -> str:
    if cc in ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES"):
        return _iban_of(r, cc)
    kind, n = _IBAN_LEN[cc]
    if kind == "A":  # four-letter bank code then digits / alnum
        bank = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4))
        bban = bank + "".join(str(r.randrange(10)) for _ in range(n - 4))
    else:
        bban = "".join(str(r.randrange(10)) for _ in range(n))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
    return _iban_mod(cc, bban)


def _space4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_WORDS = ["Sunflower", "Kestrel", "Maple", "Pancake", "Tiger", "Harbour", "Copper", "Violet", "Monkey", "Dragon",
          "Basil", "Thunder", "Rainbow", "Falcon", "Mango", "Orchid", "Wombat", "Pirate"]


class _G:
    """Value factory for one text/table in one country."""

    def __init__(self, r: random.Random, cc: str):
        self.r, self.cc = r, cc
        loc, self.region, self.towns, self.streets, self.dobfmt, self.domains = _C[cc]
        self.fk = _faker(loc or "en_US", r)
        self.hand = _HAND_NAMES.get(cc)

    # -- names
    def first(self) -> str:
        if self.hand:
            return self.r.choice(self.hand[0])
        return self.fk.first_name()

    def last(self) -> str:
        if self.hand:
            return self.r.choice(self.hand[1])
        return self.fk.last_name()

    def person(self) -> tuple[str, str, str]:
        """(first, last, full as written in the country)."""
        f, la = self.first(), self.last()
        if self.cc == "VN":
            return f, la, f"{la} {self.r.choice(_VN_MID)} {f}"
        return f, la, f"{f} {la}"

    def full(self) -> str:
        return self.person()[2]

    # -- contact
    def email(self, first: str | None = None, last: str | None = None) -> str:
        r = self.r
        f = _ascii(first or self.first()).lower() or "info"
        la = _ascii(last or self.last()).lower() or "mail"
        local = r.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}{r.randrange(10, 99)}",
                          f"{f}{r.randrange(70, 100)}", f"{la}.{f[0]}"])
        return f"{local}@{r.choice(self.domains)}"

    def role_email(self, company_domain: str) -> str:
        return f"{self.r.choice(['info', 'support', 'bookings', 'orders', 'hello', 'accounts', 'care'])}@{company_domain}"

    def phone(self, kind: str = "mobile", fmt: str = "any") -> str:
        return _phone_str(self.r, self.region, kind, fmt)

    # -- places
    def town(self) -> str:
        return self.r.choice(self.towns)[0]

    def towns2(self) -> tuple[str, str]:
        a, b = self.r.sample(range(len(self.towns)), 2)
        return self.towns[a][0], self.towns[b][0]

    def _addr(self) -> tuple[str, str]:
        r, cc = self.r, self.cc
        town, pcp, extra = r.choice(self.towns)
        pc = _pat(r, pcp)
        n = r.randrange(1, 199)
        st = r.choice(self.streets) if self.streets else None
        if cc in ("US", "CA"):
            l1 = self.fk.street_address()
            return l1, (f"{town}, {extra} {pc}")
        if cc in ("GB", "NZ"):
            st_line = self.fk.street_address()
            while "PO Box" in st_line or "Private Bag" in st_line:
                st_line = self.fk.street_address()
            return st_line, f"{town} {pc}"
        if cc == "AU":
            return self.fk.street_address(), f"{town} {extra} {pc}"
        if cc == "IE":
            return self.fk.street_address(), f"{town}, Co. {extra}, {pc}"
        if cc == "IN":
            soc = r.choice(["Shanti Apartments", "Green Park Society", "Sai Residency", "Lakeview Towers"])
            return f"Flat {r.randrange(1, 30)}{r.choice('ABCD')}, {soc}, {st}", f"{town}, {extra} {pc}"
        if cc == "ZA":
            return f"{n} {st}", f"{town}, {pc}"
        if cc == "SG":
            return f"Blk {n + 100} {st} #{r.randrange(2, 15):02d}-{r.randrange(10, 450)}", f"Singapore {pc}"
        if cc == "PH":
            brgy = r.choice(["San Roque", "Poblacion", "Santa Cruz", "Malanday", "San Isidro"])
            return f"{n} {st}, Brgy. {brgy}", f"{town} {pc}"
        if cc in ("DE", "NL"):
            return f"{self.fk.street_name()} {n}", f"{pc} {town}"
        if cc == "FR":
            return f"{n} {st}", f"{pc} {town}"
        if cc in ("ES", "CT"):
            fl = r.randrange(1, 7)
            flat = f"{fl}º {r.choice('ABCD')}" if cc == "ES" else f"{fl}r {r.randrange(1, 5)}a"
            return f"{st}, {n}, {flat}", f"{pc} {town}"
        if cc == "IT":
            return f"{st} {n}", f"{pc} {town} {extra}"
        if cc == "PT":
            return f"{st}, {n}, {r.randrange(1, 6)}º {r.choice(['Esq.', 'Dto.'])}", f"{pc} {town}"
        if cc == "PL":
            return f"ul. {st} {n}/{r.randrange(1, 40)}", f"{pc} {town}"
        if cc in ("IS", "SI"):
            return f"{st} {n}", f"{pc} {town}"
        if cc in ("EE", "LT"):
            return f"{st} {n}-{r.randrange(1, 60)}", f"{pc} {town}"
        if cc == "TR":
            return f"{st} No: {n} D: {r.randrange(1, 20)}", f"{pc} {town}"
        if cc == "RO":
            return f"{st} nr. {n}, ap. {r.randrange(1, 80)}", f"{pc} {town}"
        if cc == "VN":
            return f"Số {n} {st}", f"{pc}, {town}"
        raise ValueError(cc)

    def addr(self) -> tuple[str, str]:
        a, b = self._addr()
        return a.replace("\n", ", "), b

    def addr1(self) -> str:
        a, b = self.addr()
        return f"{a}, {b}"

    # -- dates
    def _bday(self, lo: int = 1942, hi: int = 2006) -> _dt.date:
        return _dt.date(self.r.randrange(lo, hi + 1), 1, 1) + _dt.timedelta(days=self.r.randrange(365))

    def dob(self, lo: int = 1942, hi: int = 2006, style: str | None = None) -> str:
        d = self._bday(lo, hi)
        style = style or self.r.choice(["local", "local", "local", "iso", "long"])
        if style == "iso":
            return d.isoformat()
        if style == "long" and self.cc in ("US", "PH", "CA"):
            return f"{d:%B} {d.day}, {d.year}"
        if style == "long" and self.region in ("GB", "AU", "IN", "IE", "NZ", "ZA", "SG"):
            return f"{d.day} {d:%B} {d.year}"
        return d.strftime(self.dobfmt)

    def date(self, back: int = 400, fwd: int = 0, fmt: str | None = None) -> str:
        """A non-birth date (default: in the past); fwd > 0 allows future dates."""
        d = _dt.datetime(2026, 11, 28) + _dt.timedelta(seconds=self.r.randrange(-back * 86400, fwd * 86400 + 43200))
        return d.strftime(fmt or self.dobfmt)

    def ts(self) -> str:
        d = _dt.datetime(2026, 11, 28, 12) - _dt.timedelta(seconds=self.r.randrange(0, 86400 * 60))
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def hm(self) -> str:
        return f"{self.r.randrange(7, 22):02d}:{self.r.randrange(60):02d}"

    # -- finance / ids
    def iban(self, spaced: bool | None = None) -> str:
        s = _iban_any(self.r, self.region if self.cc != "CT" else "ES")
        if spaced is None:
            spaced = self.r.random() < 0.5
        return _space4(s) if spaced else s

    def card(self, style: str | None = None) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "visa":
            n = _luhn(r, "4", 16)
        elif kind == "mc":
            n = _luhn(r, "5" + str(r.randrange(1, 6)), 16)
        else:
            n = _luhn(r, r.choice(["34", "37"]), 15)
        style = style or r.choice(["space", "plain", "dash"])
        if style == "plain":
            return n
        sep = " " if style == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def masked(self) -> str:
        r = self.r
        l4 = f"{r.randrange(10000):04d}"
        return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"4{r.randrange(100, 999)} **** **** {l4}",
                         f"ending {l4}", f"•••• {l4}"])

    def ssn(self, style: str | None = None) -> str:
        r = self.r
        a = r.randrange(1, 900)
        if a == 666:
            a = 667
        g, s = r.randrange(1, 100), r.randrange(1, 10000)
        style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
        if style == "dash":
            return f"{a:03d}-{g:02d}-{s:04d}"
        if style == "space":
            return f"{a:03d} {g:02d} {s:04d}"
        return f"{a:03d}{g:02d}{s:04d}"

    def acct(self) -> str:
        return str(self.r.randrange(1, 10)) + "".join(str(self.r.randrange(10)) for _ in range(self.r.randrange(8, 12)))

    def routing(self) -> str:
        r = self.r
        while True:
            d = [r.randrange(10) for _ in range(8)]
            d[0] = r.choice([0, 1, 2, 3])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            c = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(c)

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def priv_ip(self) -> str:
        r = self.r
        return r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         "127.0.0.1"])

    def pw(self) -> str:
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return f"{r.choice(_WORDS)}{r.choice('!#$@*&')}{r.randrange(1970, 2027)}"
        if k == 1:
            return f"{r.choice(_WORDS).lower()}{r.randrange(10, 999)}"
        if k == 2:
            body = "".join(r.choice(_ALNUM + "!#%&*?$") for _ in range(r.randrange(10, 16)))
            return r.choice(_ALNUM) + body + r.choice(_ALNUM)
        if k == 3:
            return f"{r.choice(_WORDS)}-{r.choice(_WORDS).lower()}-{r.randrange(10, 99)}"
        return f"{r.choice(_PETS)}{r.randrange(1, 31):02d}{r.choice('!@#')}x"

    def key(self, k: int | None = None) -> str:
        r = self.r
        k = r.randrange(6) if k is None else k

        def rnd(n, al=_ALNUM):
            return "".join(r.choice(al) for _ in range(n))
        if k == 0:
            return "sk_live_" + rnd(24)
        if k == 1:
            return "ghp_" + rnd(36)
        if k == 2:
            return "AIza" + rnd(34, _ALNUM + "_-") + r.choice(_ALNUM)
        if k == 3:
            return "SG." + rnd(22) + "." + rnd(43)
        if k == 4:
            return "xoxb-" + rnd(12, string.digits) + "-" + rnd(13, string.digits) + "-" + rnd(24)
        return "sk-proj-" + rnd(48)

    def pubkey(self) -> str:
        return "pk_live_" + "".join(self.r.choice(_ALNUM) for _ in range(24))

    def sid(self) -> str:
        return "AC" + "".join(self.r.choice(_HEX) for _ in range(32))

    def uuid(self) -> str:
        h = "".join(self.r.choice(_HEX) for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self) -> str:
        return "".join(self.r.choice(_HEX) for _ in range(64))

    def bcrypt(self) -> str:
        al = string.ascii_letters + string.digits + "./"
        return "$2b$12$" + "".join(self.r.choice(al) for _ in range(53))

    def ref(self, prefix: str, n: int = 6) -> str:
        return prefix + "".join(str(self.r.randrange(10)) for _ in range(n))

    def otp(self) -> str:
        return f"{self.r.randrange(10**6):06d}"

    def imei(self) -> str:
        return _luhn(self.r, "35", 15)

    def amount(self, cur: str = "$") -> str:
        v = f"{self.r.randrange(3, 400)}.{self.r.randrange(100):02d}"
        return f"{cur}{v}" if cur in "$£" else f"{v} {cur}"

    def version(self) -> str:
        return f"{self.r.randrange(1, 9)}.{self.r.randrange(0, 30)}.{self.r.randrange(0, 12)}"

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 65):.5f}, {self.r.uniform(-120, 150):.5f}"

    def swift(self) -> str:
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(4)) + self.region[:2] + \
            self.r.choice(["2X", "22", "PP", "MM"])

    def plate(self) -> str:
        return _pat(self.r, self.r.choice(["??## ???", "???-###", "?? ###-??"]))

    def pet(self) -> str:
        return self.r.choice(_PETS)


# ================================================================ free-text templates
# Each template: (key, country, function(g) -> (format string, values)). Values are plain strings or
# (value, LABEL) tuples; _render assembles the text and computes exact offsets.

def _t_us_support_mail(g):
    f, la, full = g.person()
    agent = g.first()
    tpl = ("Subject: Re: Order {order} charged twice\n\n"
           "Hi {f},\n\nThanks for your patience. I can see two charges on the card {masked} (exp 0{m}/2{y}) for "
           "order {order}; the duplicate of {amt} has been reversed and should show in 3-5 business days.\n\n"
           "Best,\n{agent} | Customer Care\nBrightline Home Goods\n{baddr}\n{bphone} | {role}\n\n"
           "On {d}, {full} <{mail}> wrote:\n> hey, i was charged twice for the same order?? please call me back on "
           "{ph}\n> thanks\n> {f2}")
    return tpl, dict(order=g.ref("BH-", 7), f=P(f), masked=g.masked(), m=str(g.r.randrange(1, 10)),
                     y=str(g.r.randrange(7, 10)), amt=g.amount("$"), agent=P(agent), baddr=ADDR(g.addr1()),
                     bphone=PH(g.phone("fixed", "nat")), role=EM(g.role_email("brightlinehome.com")),
                     d=g.date(fmt="%a, %b %d, %Y at %I:%M %p"), full=P(full), mail=EM(g.email(f, la)),
                     ph=PH(g.phone("mobile", "nat")), f2=P(f))


def _t_us_call_note(g):
    f, la, full = g.person()
    tpl = ("CALL NOTE {d} {hm} - inbound, agent {agent}\n"
           "Caller: {name}. Verified identity w/ SSN {ssn} and DOB {dob}.\n"
           "Wants autopay moved to new checking acct {acct} (routing {routing}). Old acct ending {l4} closed.\n"
           "Callback # {ph}. Claim {claim} still pending, no action.")
    return tpl, dict(d=g.date(fmt="%m/%d/%Y"), hm=g.hm(), agent=P(g.first() + " " + g.last()[0] + "."),
                     name=P(f"{la}, {f}"), ssn=SSN(g.ssn()), dob=DOB(g.dob()), acct=BANK(g.acct()),
                     routing=g.routing(), l4=f"{g.r.randrange(10000):04d}", ph=PH(g.phone("mobile", "any")),
                     claim=g.ref("CLM-", 8))


def _t_us_app_log(g):
    f, la, _ = g.person()
    mail = g.email(f, la)
    tpl = ("{ts} INFO  auth.login user={mail} ip={ip} ua=\"Mozilla/5.0\" app_version={ver} session={uuid}\n"
           "{ts2} WARN  auth.login failed attempts=3 user={mail2} src={ip2} via={priv}\n"
           "{ts3} DEBUG billing.sync account_sid={sid} upstream={priv2} latency_ms={ms}\n"
           "{ts4} INFO  auth.reset user={mail3} new_password_hash={bcrypt}")
    return tpl, dict(ts=g.ts(), mail=EM(mail), ip=IP(g.ip4()), ver=g.version(), uuid=g.uuid(), ts2=g.ts(),
                     mail2=EM(g.email()), ip2=IP(g.ip6() if g.r.random() < 0.4 else g.ip4()), priv=g.priv_ip(),
                     ts3=g.ts(), sid=g.sid(), priv2=g.priv_ip(), ms=str(g.r.randrange(20, 900)), ts4=g.ts(),
                     mail3=EM(mail), bcrypt=g.bcrypt())


def _t_us_sms(g):
    f = g.first()
    walker = g.first()
    tpl = ("SMS thread with {ph}\n"
           "[{hm}] Hi it's {walker} from Pawsitive Walks, running 10 min late for {pet}'s walk\n"
           "[{hm2}] no worries! door code is {code}#, the spare key is under the blue pot\n"
           "[{hm3}] got it. also your verification code is {otp} if the app asks\n"
           "[{hm4}] thx! - {f}")
    return tpl, dict(ph=PH(g.phone("mobile", "nat")), hm=g.hm(), walker=P(walker), pet=g.pet(), hm2=g.hm(),
                     code=str(g.r.randrange(1000, 9999)), hm3=g.hm(), otp=g.otp(), hm4=g.hm(), f=P(f))


def _t_us_transcript(g):
    f, la, _ = g.person()
    d = g._bday(1950, 2000)
    tpl = ("[auto-transcript, confidence 0.81]\n"
           "agent: thank you for calling, can i get your full name please\n"
           "caller: yeah it's {fl}\n"
           "agent: and your date of birth\n"
           "caller: {dob}\n"
           "agent: thanks {f2} and the best number to reach you\n"
           "caller: {ph}\n"
           "agent: and you're still at {addr}\n"
           "caller: no we moved to {town} last month actually\n"
           "agent: ok i'll note that. your ticket number is {tkt}")
    return tpl, dict(fl=P(f"{f} {la}".lower()), dob=DOB(f"{d:%B} {d.day} {d.year}".lower()),
                     f2=P(f.lower()), ph=PH(g.phone("mobile", "plain")), addr=ADDR(g.addr1().lower()),
                     town=LOC(g.town().lower()), tkt=" ".join(g.ref("", 6)))


def _t_us_jsonl(g):
    rows = []
    vals = {}
    for i in range(3):
        f, la, _ = g.person()
        rows.append("{{\"id\": \"{id%d}\", \"first_name\": \"{f%d}\", \"last_name\": \"{l%d}\", \"ssn\": \"{s%d}\", "
                    "\"dob\": \"{d%d}\", \"card\": \"{c%d}\", \"exp\": \"{e%d}\", \"cvv\": \"{v%d}\", "
                    "\"email_verified\": {b%d}}}" % ((i,) * 9))
        vals.update({f"id{i}": g.uuid(), f"f{i}": P(f), f"l{i}": P(la), f"s{i}": SSN(g.ssn("dash")),
                     f"d{i}": DOB(g.dob(style="iso")), f"c{i}": CC(g.card("plain")),
                     f"e{i}": f"{g.r.randrange(1, 13):02d}/{g.r.randrange(27, 32)}",
                     f"v{i}": str(g.r.randrange(100, 999)), f"b{i}": g.r.choice(["true", "false"])})
    return "\n".join(rows), vals


def _t_us_slack(g):
    a, b = g.full(), g.first()
    tpl = ("#payments-eng  (exported {d})\n"
           "{a}  {hm}\n"
           "prod stripe is failing again, I rotated the key, new one is {key} - pls update the vault\n"
           "{b}  {hm2}\n"
           "done. fyi the publishable one in the frontend ({pub}) is fine, and twilio sid {sid} is unchanged\n"
           "{a2}  {hm3}\n"
           "ty. deploying {ver} to staging ({priv})")
    return tpl, dict(d=g.date(fmt="%Y-%m-%d"), a=P(a), hm=g.hm(), key=KEY(g.key()), b=P(b), hm2=g.hm(),
                     pub=g.pubkey(), sid=g.sid(), a2=P(a), hm3=g.hm(), ver="v" + g.version(), priv=g.priv_ip())


def _t_gb_teams(g):
    a, b = g.person(), g.person()
    l1, l2 = g.addr()
    tpl = ("[{d} {hm}] {a}: Morning! Can you update the delivery address for the {brand} order?\n"
           "[{d} {hm2}] {b}: sure, what's the new one\n"
           "[{d} {hm3}] {a2}: {addr}\n"
           "[{d} {hm4}] {b2}: done. customer is {cust}, mob {ph}, she's moving from {t1} to {t2} on the {day}th\n"
           "[{d} {hm5}] {a3}: cheers x")
    cust = g.full()
    t12 = g.towns2()
    return tpl, dict(d=g.date(fmt="%d/%m/%Y"), hm=g.hm(), a=P(a[2]), brand=g.r.choice(_BRANDS), hm2=g.hm(),
                     b=P(b[2]), hm3=g.hm(), a2=P(a[2]), addr=ADDR(f"{l1}, {l2}"), hm4=g.hm(), b2=P(b[2]),
                     cust=P(cust), ph=PH(g.phone("mobile", "nat")), t1=LOC(t12[0]), t2=LOC(t12[1]),
                     day=str(g.r.randrange(4, 28)), hm5=g.hm(), a3=P(a[0]))


def _t_gb_ticket(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Ticket #{tkt} | Priority: normal | Channel: web form\n"
           "From: {full} ({mail})\n"
           "Message: Please refund to my account, IBAN {iban}, sort code {sort}. My address:\n{block}\n\n"
           "--- internal note ({agent}) ---\n"
           "Checked in Stripe: card {masked}, refund of {amt} approved. BIC {swift} matches. Customer phoned from "
           "{ph}. Policy {pol} not affected.")
    return tpl, dict(tkt=g.ref("", 6), full=P(full), mail=EM(g.email(f, la)), iban=IBAN(g.iban()),
                     sort=f"{g.r.randrange(10, 99)}-{g.r.randrange(10, 99)}-{g.r.randrange(10, 99)}",
                     block=ADDR(f"{l1}\n{l2}"), agent=P(g.first()), masked=g.masked(), amt=g.amount("£"),
                     swift=g.swift(), ph=PH(g.phone("fixed", "nat")),
                     pol=g.ref("POL", 9))


def _t_gb_forward(g):
    a, b = g.person(), g.person()
    tpl = ("---------- Forwarded message ---------\n"
           "From: {a} <{am}>\nDate: {d}\nSubject: Booking {bk}\nTo: {role}\n\n"
           "Hello,\nI'd like to add my partner {b} to booking {bk2} (the Leeds depot pick-up). Her mobile is {bp}.\n"
           "Kind regards,\n{a2}\nSent from my iPhone\n\n"
           "Hi {c}, can you action this? Thanks, {me}")
    return tpl, dict(a=P(a[2]), am=EM(g.email(a[0], a[1])), d=g.date(fmt="%a, %d %b %Y %H:%M"),
                     bk=g.ref("BK", 6), role=EM(g.role_email("northernlinks.co.uk")), b=P(b[2]), bk2=g.ref("BK", 6),
                     bp=PH(g.phone("mobile", g.r.choice(["nat", "intl"]))), a2=P(a[0]), c=P(g.first()),
                     me=P(g.first()))


def _t_gb_ocr(g):
    f, la, _ = g.person()
    tpl = ("REGISTRATI0N F0RM  - p1/2  [scan 300dpi]\n"
           "Surname: {la}     Forename(s): {f}\n"
           "D.O.B: {dob}      Place of birth: {pob}\n"
           "Home address: {addr}\n"
           "Tel (home): {tel}   Mobile: {mob}\n"
           "E-mail: {mail}\n"
           "Emergency contact: {ec} (mother)  Tel: {ect}\n"
           "Office use: ref {ref}  recd {recd}  GP surgery: Dr {gp} Medical Centre")
    return tpl, dict(la=P(la.upper()), f=P(f.upper()), dob=DOB(g.dob(style="local")), pob=LOC(g.town()),
                     addr=ADDR(g.addr1()), tel=PH(g.phone("fixed", "nat")), mob=PH(g.phone("mobile", "nat")),
                     mail=EM(g.email(f, la)), ec=P(g.full()), ect=PH(g.phone("mobile", "nat")),
                     ref=g.ref("RF/", 5), recd=g.date(), gp=g.last())


def _t_gb_nopii(g):
    tpl = ("Status update - {d}\n"
           "Deploy of release {ver} to eu-west-2 completed at {hm} UTC. Build {sha7} passed all checks.\n"
           "Known issue: exports over 50k rows time out (ticket {tkt}); workaround is to split by month.\n"
           "Next maintenance window: {d2} 02:00-04:00. Contact the on-call rota in PagerDuty for anything urgent.")
    return tpl, dict(d=g.date(fmt="%d %B %Y"), ver=g.version(), hm=g.hm(), sha7=g.sha()[:7],
                     tkt=g.ref("OPS-", 4), d2=g.date(back=0, fwd=30, fmt="%d/%m/%Y"))


def _t_gb_nginx(g):
    lines, vals = [], {}
    for i in range(5):
        pub = g.r.random() < 0.7
        ip = (g.ip4() if g.r.random() < 0.8 else g.ip6()) if pub else g.priv_ip()
        path = g.r.choice(["/api/v2/orders/" + g.ref("", 6), "/login", "/static/app." + g.sha()[:8] + ".js",
                           "/account/settings", "/healthz", "/api/v2/track?id=" + g.ref("TRK", 9)])
        code = g.r.choice(["200", "200", "302", "404", "500"])
        lines.append("{ip%d} - - [{t%d}] \"GET {p%d} HTTP/1.1\" {c%d} %d \"-\" \"curl/%s\"" %
                     (i, i, i, i, g.r.randrange(200, 9000), g.version()))
        vals.update({f"ip{i}": IP(ip) if pub else ip, f"t{i}": g.date(fmt="%d/%b/%Y:%H:%M:%S +0000"),
                     f"p{i}": path, f"c{i}": code})
    return "\n".join(lines), vals


def _t_ca_livechat(g):
    f, la, full = g.person()
    agent = g.first()
    tpl = ("Live chat transcript - {d}\n"
           "{agent} (Rx Delivery): Hi! Who am I chatting with today?\n"
           "Visitor: {fl}, the prescription is for my dad {dad}\n"
           "{agent2} (Rx Delivery): Thanks {f2}. Can you confirm his date of birth?\n"
           "Visitor: {dob}\n"
           "{agent3} (Rx Delivery): Perfect. Rx #{rx} will go out from our {branch} pharmacy tomorrow, "
           "delivery to {addr}. Tracking {trk}.\n"
           "Visitor: great, call {ph} if the buzzer doesn't work (buzzer code {buzz})")
    return tpl, dict(d=g.date(fmt="%Y-%m-%d"), agent=P(agent), fl=P(f"{f} {la}"), dad=P(g.first() + " " + la),
                     agent2=P(agent), f2=P(f), dob=DOB(g.dob(1935, 1960)), agent3=P(agent), rx=g.ref("", 7),
                     branch=g.town(), addr=ADDR(g.addr1()), trk=g.ref("1Z", 16), ph=PH(g.phone("mobile", "nat")),
                     buzz=str(g.r.randrange(100, 999)))


def _t_ca_config(g):
    tpl = ("# .env.production  (do not commit!)\n"
           "APP_VERSION={ver}\nDB_HOST={priv}\nDB_USER=app_rw\nDB_PASSWORD={pw}\n"
           "STRIPE_SECRET_KEY={key}\nSTRIPE_PUBLISHABLE_KEY={pub}\n"
           "TWILIO_ACCOUNT_SID={sid}\nSUPPORT_EMAIL={role}\nSUPPORT_PHONE={ph}\n"
           "ALLOWED_ORIGIN_IP={ip}\nSESSION_SECRET_HASH={sha}")
    return tpl, dict(ver=g.version(), priv=g.priv_ip(), pw=PW(g.pw()), key=KEY(g.key(0)), pub=g.pubkey(),
                     sid=g.sid(), role=EM(g.role_email("maplerx.ca")), ph=PH(g.phone("fixed", "e164")),
                     ip=IP(g.ip4()), sha=g.sha())


def _t_ca_subjects(g):
    a, b = g.person(), g.first()
    tpl = ("Notifications ({n} unread)\n"
           "- Your order {ord} has shipped from our {branch} warehouse\n"
           "- {a} commented on ticket {tkt}: \"customer says dob on file is wrong, correct one is {dob}\"\n"
           "- Password changed for {mail} on {d}\n"
           "- Missed call from {ph} ({b})\n"
           "- Reminder: {brand} gift card ending {l4} expires {d2}")
    return tpl, dict(n=str(g.r.randrange(3, 40)), ord=g.ref("#", 8), branch=g.town(), a=P(a[2]),
                     tkt=g.ref("T-", 5), dob=DOB(g.dob()), mail=EM(g.email(a[0], a[1])), d=g.date(),
                     ph=PH(g.phone("mobile", "nat")), b=P(b), brand=g.r.choice(_BRANDS),
                     l4=f"{g.r.randrange(10000):04d}", d2=g.date(back=0, fwd=300))


def _t_au_whatsapp(g):
    a, b = g.person(), g.person()
    tpl = ("{d}, {hm} - {a}: hey are you still coming to the coffee tasting at the Fremantle roastery sat?\n"
           "{d}, {hm2} - {b}: yes!! can you send me the booking ref\n"
           "{d}, {hm3} - {a2}: {bk} under my name. also my new number is {ph}\n"
           "{d}, {hm4} - {b2}: <Media omitted>\n"
           "{d}, {hm5} - {b3}: flying back to {town} on the {day}th so we can catch up after")
    return tpl, dict(d=g.date(fmt="%d/%m/%Y"), hm=g.hm(), a=P(a[2]), hm2=g.hm(), b=P(b[0]), hm3=g.hm(),
                     a2=P(a[2]), bk=g.ref("RST", 5), ph=PH(g.phone("mobile", "nat")), hm4=g.hm(), b2=P(b[0]),
                     hm5=g.hm(), b3=P(b[0]), town=LOC(g.town()), day=str(g.r.randrange(4, 28)))


def _t_au_crm(g):
    f, la, full = g.person()
    tpl = ("Contact: {full}\nCompany: {brand} franchise, {branch} store\nOwner: {owner}\n"
           "Notes: Met at the trade show. {f} is originally from {born}, now lives in {town}. "
           "Wants a wholesale quote for 40kg/month. Prefers email ({mail}) over phone ({ph}). "
           "Follow-up booked {d} ({gps} - site visit).")
    return tpl, dict(full=P(full), brand=g.r.choice(_BRANDS), branch=g.town(), owner=P(g.first()), f=P(f),
                     born=LOC(g.r.choice(["Auckland", "Manchester", "Cape Town", "Perth", "Darwin"])),
                     town=LOC(g.town()), mail=EM(g.email(f, la)), ph=PH(g.phone("fixed", "nat")),
                     d=g.date(back=0, fwd=30), gps=g.gps())


def _t_au_sheet(g):
    head = "Member\tMobile\tDOB\tSuburb\tPlan\tLast visit\tCard"
    rows, vals = [head], {}
    for i in range(4):
        rows.append("{n%d}\t{m%d}\t{d%d}\t{t%d}\t{p%d}\t{v%d}\t{c%d}" % ((i,) * 7))
        vals.update({f"n{i}": P(g.full()), f"m{i}": PH(g.phone("mobile", "nat")), f"d{i}": DOB(g.dob(style="local")),
                     f"t{i}": LOC(g.town()), f"p{i}": g.r.choice(["Weekly 250g", "Fortnightly 1kg", "Paused"]),
                     f"v{i}": g.date(), f"c{i}": g.masked()})
    return "\n".join(rows), vals


def _t_au_kv_log(g):
    f, la, _ = g.person()
    tpl = ("level=info ts={ts} msg=\"signup\" email={mail} phone={ph} plan=weekly client_ip={ip} lb={priv} "
           "build={ver}\n"
           "level=error ts={ts2} msg=\"payment declined\" card={masked} amount={amt} order={ord} request_id={uuid}\n"
           "level=warn ts={ts3} msg=\"webhook retry\" api_key={key} attempt=2")
    return tpl, dict(ts=g.ts(), mail=EM(g.email(f, la)), ph=PH(g.phone("mobile", "e164")), ip=IP(g.ip4()),
                     priv=g.priv_ip(), ver=g.version(), ts2=g.ts(), masked=g.masked().replace(" ", ""),
                     amt=g.amount("$"), ord=g.ref("ORD", 7), uuid=g.uuid(), ts3=g.ts(), key=KEY(g.key()))


def _t_in_mail(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Dear Sir/Madam,\n\nKindly do the needful and update my KYC details as below. "
           "PFA scanned copy.\n\nName: {full}\nDOB: {dob}\nMobile: {ph}\nAddress: {addr}\n\n"
           "My earlier complaint no. {cmp} is still pending since {d}.\n\nRegards,\n{f}\n{mail}")
    return tpl, dict(full=P(full), dob=DOB(g.dob()), ph=PH(g.phone("mobile", g.r.choice(["intl", "plain", "nat"]))),
                     addr=ADDR(f"{l1},\n{l2}"), cmp=g.ref("CMP", 8), d=g.date(), f=P(f), mail=EM(g.email(f, la)))


def _t_in_form(g):
    f, la, _ = g.person()
    tpl = ("applicant_name={fl}\nfather_name={fa}\ngender=M\ndate_of_birth={dob}\nmobile_no={ph}\n"
           "alt_mobile={ph2}\nemail_id={mail}\ncity={town}\naadhaar_last4={a4}\nupi_txn_id={upi}\n"
           "ifsc=SBIN000{ifsc}\nform_version={ver}\nsubmitted_from={ip}")
    return tpl, dict(fl=P(f"{f} {la}"), fa=P(g.first() + " " + la), dob=DOB(g.dob(style="local")),
                     ph=PH(g.phone("mobile", "plain")), ph2=PH(g.phone("mobile", "e164")), mail=EM(g.email(f, la)),
                     town=LOC(g.town()), a4=f"{g.r.randrange(10000):04d}", upi=g.ref("", 12),
                     ifsc=str(g.r.randrange(1000, 9999)), ver=g.version(), ip=IP(g.ip4()))


def _t_in_sms(g):
    tpl = ("From: VK-SWGYIT\n{otp} is your OTP for login. Do not share it with anyone. -Team\n\n"
           "From: {ph}\nhi {f} bhai, courier guy is at gate, his no is {ph2}. flat no {flat}, tell security\n\n"
           "From: AD-HDFCBK\nRs.{amt} debited from a/c XX{l4} on {d}. Not you? Call 18002586161")
    return tpl, dict(otp=g.otp(), ph=PH(g.phone("mobile", "intl")), f=P(g.first()), ph2=PH(g.phone("mobile", "plain")),
                     flat=f"{g.r.choice('ABCD')}-{g.r.randrange(101, 1204)}", amt=f"{g.r.randrange(100, 9999)}.00",
                     l4=f"{g.r.randrange(10000):04d}", d=g.date(fmt="%d-%b-%y"))


def _t_in_transcript(g):
    f, la, _ = g.person()
    tpl = ("agent: good evening this is {agent} from the ferry booking desk how may i help\n"
           "customer: hello my name is {fl} i booked two tickets but got only one sms\n"
           "agent: may i have the pnr please\ncustomer: {pnr}\n"
           "agent: and the passenger names\ncustomer: {f2} and my wife {w}\n"
           "agent: i can see it ma'am sorry sir, i will resend to {ph} and also to {mail}\n"
           "customer: we are travelling from {t1} to see her parents thank you")
    return tpl, dict(agent=P(g.first().lower()), fl=P(f"{f} {la}".lower()),
                     pnr=" ".join(g.ref("", 6)), f2=P(f.lower()), w=P(g.first().lower()),
                     ph=PH(g.phone("mobile", "plain")), mail=EM(g.email(f, la)), t1=LOC(g.town().lower()))


def _t_ie_quoted(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Hi {f},\n\nThat's all sorted now, the pet-sitter will collect the keys on {d}.\n\n"
           "Sláinte,\n{me}\nDogs of Dublin Ltd | {bph}\n\n"
           "> On {d2} {full} wrote:\n> Hiya, keys are with my neighbour at\n> {q1}\n> {q2}\n"
           "> alarm code is {alarm}, {pet} gets fed twice a day. My mobile is {ph}.\n> {f2}")
    return tpl, dict(f=P(f), d=g.date(fmt="%A %d %B"), me=P(g.full()), bph=PH(g.phone("fixed", "nat")),
                     d2=g.date(fmt="%d/%m/%Y"), full=P(full), q1=ADDR(l1), q2=ADDR(l2),
                     alarm=str(g.r.randrange(1000, 9999)), pet=g.pet(), ph=PH(g.phone("mobile", "nat")), f2=P(f))


def _t_ie_ticket(g):
    f, la, full = g.person()
    tpl = ("[TICKET {tkt}] Refund request - ferry {route}\n"
           "Customer {full} ({mail}) travelled {d} on sailing {sail} with vehicle reg {plate}.\n"
           "Requested refund to IBAN {iban}. Card used: {masked}.\n"
           "Internal: {agent} - approved by {mgr}. Passenger born {dob}, lives in {town}.")
    return tpl, dict(tkt=g.ref("", 6), route="Rosslare-Cherbourg", full=P(full), mail=EM(g.email(f, la)),
                     d=g.date(), sail=g.ref("RC", 4), plate=f"{g.r.randrange(151, 252)}-D-{g.r.randrange(1, 99999)}",
                     iban=IBAN(g.iban()), masked=g.masked(), agent=P(g.first()), mgr=P(g.full()),
                     dob=DOB(g.dob()), town=LOC(g.town()))


def _t_ie_nopii(g):
    tpl = ("Minutes - ops weekly {d}\n1. Timing chips: {n} units returned, {m} faulty (batch {batch}).\n"
           "2. Bib numbers {b1}-{b2} reserved for the relay category.\n"
           "3. Van {plate} back from service; next MOT due {d2}.\n"
           "4. Firmware {ver} rolled out to all scanners. AOB: none.")
    return tpl, dict(d=g.date(fmt="%d/%m/%Y"), n=str(g.r.randrange(100, 900)), m=str(g.r.randrange(2, 20)),
                     batch=g.ref("CH-", 5), b1=str(g.r.randrange(1000, 2000)), b2=str(g.r.randrange(2000, 3000)),
                     plate=f"{g.r.randrange(151, 252)}-G-{g.r.randrange(1, 9999)}", d2=g.date(back=0, fwd=200),
                     ver=g.version())


def _t_nz_booking(g):
    f, la, full = g.person()
    tpl = ("Kia ora {f}, thanks for booking the Interislander-style sailing {sail} on {d}.\n"
           "Passenger: {full}, DOB {dob}\nVehicle: {plate}\nPayment: card {card}\n"
           "Questions? Reply to this email or ring {bph}. Ref {ref}")
    return tpl, dict(f=P(f), sail=g.ref("SL", 3), d=g.date(back=0, fwd=90), full=P(full), dob=DOB(g.dob()),
                     plate=_pat(g.r, "???###"), card=CC(g.card("space")), bph=PH(g.phone("fixed", "nat")),
                     ref=g.ref("NZF", 6))


def _t_nz_walker(g):
    tpl = ("Walk report - {pet} ({breed})\nWalker: {w}\nPicked up {hm} from {addr}. 45 min loop at the dog park, "
           "met {pet2} again. Water bowl refilled. Owner {o} asked to text {ph} if the gate is left open.\n"
           "GPS start {gps}. Next walk {d}.")
    return tpl, dict(pet=g.pet(), breed=g.r.choice(["lab x", "spoodle", "huntaway", "border collie"]),
                     w=P(g.full()), hm=g.hm(), addr=ADDR(g.addr1()), pet2=g.pet(), o=P(g.first()),
                     ph=PH(g.phone("mobile", "nat")), gps=g.gps(), d=g.date(back=0, fwd=7))


def _t_za_whatsapp(g):
    a, b = g.person(), g.person()
    tpl = ("[{d}, {hm}] {a}: Howzit! the parcel from the pharmacy came to the wrong house\n"
           "[{d}, {hm2}] {b}: eish sorry, what's your address again?\n"
           "[{d}, {hm3}] {a2}: {addr}\n"
           "[{d}, {hm4}] {b2}: shot, will get the driver to call you on {ph}. ref {ref}")
    return tpl, dict(d=g.date(fmt="%Y/%m/%d"), hm=g.hm(), a=P(a[2]), hm2=g.hm(), b=P(b[2]), hm3=g.hm(),
                     a2=P(a[2]), addr=ADDR(g.addr1()), hm4=g.hm(), b2=P(b[0]), ph=PH(g.phone("mobile", "nat")),
                     ref=g.ref("PH", 6))


def _t_sg_mail(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Hi team,\n\nPlease arrange delivery of the recital costumes (size M, order {ord}) to:\n{full}\n{blk}\n"
           "Contact: {ph}\n\nAlso can update the student's DOB to {dob}? The one in the system is wrong. "
           "Payment via PayNow ref {ref}.\n\nThanks lah,\n{f}")
    return tpl, dict(ord=g.ref("DS", 5), full=P(full), blk=ADDR(f"{l1}\n{l2}"), ph=PH(g.phone("mobile", "any")),
                     dob=DOB(g.dob(2012, 2020)), ref=g.ref("PN", 10), f=P(f))


def _t_ph_chat(g):
    f, la, full = g.person()
    tpl = ("Messenger - {d}\n{f}: Hi po! Is the dog walker available tomorrow morning? For {pet} po\n"
           "Page (Happy Paws {branch}): Hello {f2}! Yes available. Kindly send full name, address and number\n"
           "{f3}: {full}, {addr}, {ph}\n"
           "Page (Happy Paws {branch2}): Noted! GCash ref {ref}. Thank you!")
    branch = g.town()
    return tpl, dict(d=g.date(fmt="%m/%d/%Y"), f=P(full), pet=g.pet(), branch=branch, f2=P(f), f3=P(full),
                     full=P(full), addr=ADDR(g.addr1()), ph=PH(g.phone("mobile", "nat")), branch2=branch,
                     ref=g.ref("", 13))


def _t_de_mail(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Betreff: Änderung meines Kaffee-Abos\n\nHallo zusammen,\n\nab dem {d} bitte die Lieferung an meine neue "
           "Adresse:\n{blk}\n\nBitte den Betrag weiterhin von meinem Konto abbuchen, IBAN {iban} (BIC {bic}). "
           "Mahlgrad bitte auf \"Filter\" ändern.\n\nViele Grüße\n{full}\nTel. {ph}\n\n"
           "-- \nRösterei Hansen & Söhne GmbH · Kundenservice · {role}")
    return tpl, dict(d=g.date(back=0, fwd=40, fmt="%d.%m."), blk=ADDR(f"{l1}\n{l2}"), iban=IBAN(g.iban(True)),
                     bic=g.swift(), full=P(full), ph=PH(g.phone("mobile", "nat")), role=EM(g.role_email("hansen-roestet.de")))


def _t_de_ticket(g):
    f, la, _ = g.person()
    tpl = ("Ticket {tkt} – Anmeldung Stadtlauf\nTeilnehmerin: Frau {la}, {f}\nGeb.-Datum: {dob}\n"
           "Wohnort: {town}\nStartnummer {bib}, Chip-ID {chip}\nNotfallkontakt: {ec}, {ph}\n"
           "Interne Notiz ({agent}): Startgebühr {amt} per Karte {masked} bezahlt, Quittung an {mail} verschickt.")
    return tpl, dict(tkt=g.ref("#", 6), la=P(la), f=P(f), dob=DOB(g.dob(style="local")), town=LOC(g.town()),
                     bib=str(g.r.randrange(100, 9999)), chip=g.ref("E2", 10), ec=P(g.full()),
                     ph=PH(g.phone("mobile", "intl")), agent=P(g.first()), amt=g.amount("EUR"), masked=g.masked(),
                     mail=EM(g.email(f, la)))


def _t_fr_sms(g):
    f = g.first()
    tpl = ("SMS {ph}\n{d} {hm} - Bonjour, ici {w} de Promenons nos chiens. Pour demain, le code du portail c'est "
           "bien {code} ? Et {pet} a toujours son traitement ?\n"
           "{d} {hm2} - Oui c'est ça, et le code alarme {alarm}. Merci ! {f}")
    return tpl, dict(ph=PH(g.phone("mobile", "nat")), d=g.date(fmt="%d/%m"), hm=g.hm(), w=P(g.first()),
                     code=f"{g.r.randrange(1000, 9999)}B", pet=g.pet(), hm2=g.hm(), alarm=str(g.r.randrange(1000, 9999)),
                     f=P(f))


def _t_fr_crm(g):
    f, la, full = g.person()
    tpl = ("Fiche client – mise à jour {d}\nNom : {LA}\nPrénom : {f}\nNé(e) le : {dob} à {pob}\n"
           "Adresse : {addr}\nPortable : {ph}\nCourriel : {mail}\n"
           "Commentaire : traversée Saint-Malo → Portsmouth, réservation {bk}, immatriculation {plate}. "
           "Client fidèle depuis 2019, passé par l'agence de {branch}.")
    return tpl, dict(d=g.date(), LA=P(la.upper()), f=P(f), dob=DOB(g.dob(style="local")), pob=LOC(g.town()),
                     addr=ADDR(g.addr1()), ph=PH(g.phone("mobile", "nat")), mail=EM(g.email(f, la)), bk=g.ref("SM", 7),
                     plate=_pat(g.r, "??-###-??"), branch=g.town())


def _t_es_chat(g):
    a, b = g.person(), g.person()
    tpl = ("{d} {hm} - {a}: Hola! Te paso los datos para la inscripción de la maratón\n"
           "{d} {hm2} - {a2}: {full}, nacido el {dob}, DNI en el sobre. Tel {ph}\n"
           "{d} {hm3} - {b}: Perfecto, ¿talla de camiseta? El dorsal será el {bib}\n"
           "{d} {hm4} - {a3}: L. Y vivo en {town} desde marzo")
    return tpl, dict(d=g.date(fmt="%d/%m/%y"), hm=g.hm(), a=P(a[2]), hm2=g.hm(), a2=P(a[2]), full=P(a[2]),
                     dob=DOB(g.dob()), ph=PH(g.phone("mobile", "nat")), hm3=g.hm(), b=P(b[2]),
                     bib=str(g.r.randrange(1, 12000)), hm4=g.hm(), a3=P(a[2]), town=LOC(g.town()))


def _t_es_form(g):
    f, la, _ = g.person()
    la2 = g.last()
    tpl = ("nombre: {f}\napellidos: {la}\nfecha_nacimiento: {dob}\ndireccion: {addr}\ntelefono: {ph}\n"
           "email: {mail}\niban: {iban}\nprescripcion: {rx}\nfarmacia: Farmacia {fl} ({branch})\n"
           "ip_registro: {ip}\nversion_app: {ver}")
    return tpl, dict(f=P(f), la=P(f"{la} {la2}"), dob=DOB(g.dob(1935, 1970)), addr=ADDR(g.addr1()),
                     ph=PH(g.phone(g.r.choice(["mobile", "fixed"]), "nat")), mail=EM(g.email(f, la)),
                     iban=IBAN(g.iban()), rx=g.ref("RX", 9), fl=g.last(), branch=g.town(), ip=IP(g.ip4()),
                     ver=g.version())


def _t_it_mail(g):
    f, la, full = g.person()
    tpl = ("Gentile {f},\n\nle confermiamo l'iscrizione al corso di danza classica del martedì. La quota di "
           "{amt} sarà addebitata sul conto IBAN {iban}.\n\nPer la recita servono le misure del costume entro "
           "il {d}.\n\nCordiali saluti,\n{me}\nScuola di Danza Carla Fracci – Via Verdi 3\n{bph} · {role}\n\n"
           "Il {d2} {full} ha scritto:\n> Buongiorno, mia figlia {kid} è nata il {dob}, abitiamo a {town}.\n"
           "> Il mio cellulare è {ph}.")
    return tpl, dict(f=P(f), amt=g.amount("EUR"), iban=IBAN(g.iban()), d=g.date(back=0, fwd=60),
                     me=P(g.full()), bph=PH(g.phone("fixed", "nat")), role=EM(g.role_email("danzaverdi.it")),
                     d2=g.date(), full=P(full), kid=P(g.first()), dob=DOB(g.dob(2013, 2020)), town=LOC(g.town()),
                     ph=PH(g.phone("mobile", "nat")))


def _t_it_log(g):
    f, la, _ = g.person()
    tpl = ("{ts} [INFO] consegna.assegnata corriere=\"{c}\" ordine={ord} farmacia=\"Farmacia Rossi {branch}\"\n"
           "{ts2} [INFO] paziente.contatto nome=\"{fl}\" tel={ph} indirizzo=\"{addr}\"\n"
           "{ts3} [WARN] gps.deriva coord=\"{gps}\" device_imei={imei} fw={ver}")
    return tpl, dict(ts=g.ts(), c=P(g.full()), ord=g.ref("CN", 8), branch=g.town(), ts2=g.ts(), fl=P(f"{f} {la}"),
                     ph=PH(g.phone("mobile", "e164")), addr=ADDR(g.addr1()), ts3=g.ts(), gps=g.gps(),
                     imei=g.imei(), ver=g.version())


def _t_nl_ticket(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Melding {tkt} – klant belt over dubbele afschrijving\nKlant: {full}\nAdres:\n{blk}\n"
           "Rekening: {iban}\nGeboortedatum: {dob}\nTel: {ph}\n"
           "Notitie: afschrijving {amt} op {d} (kenmerk {kenm}). Terugboeking aangevraagd door {agent}.")
    return tpl, dict(tkt=g.ref("M-", 6), full=P(full), blk=ADDR(f"{l1}\n{l2}"), iban=IBAN(g.iban()),
                     dob=DOB(g.dob()), ph=PH(g.phone("mobile", "nat")), amt=g.amount("EUR"), d=g.date(),
                     kenm=g.ref("", 16), agent=P(g.first()))


def _t_nl_whatsapp(g):
    a, b = g.person(), g.person()
    tpl = ("[{d} {hm}] {a}: Hoi! Kan iemand zaterdag de sleutel ophalen voor {pet}? Ik vlieg naar {town}\n"
           "[{d} {hm2}] {b}: Ja hoor, ik kom om 9 uur. Wat is de alarmcode?\n"
           "[{d} {hm3}] {a2}: {alarm}, en de sleutel ligt bij de buren op {addr}\n"
           "[{d} {hm4}] {b2}: Top 👍")
    return tpl, dict(d=g.date(fmt="%d-%m-%Y"), hm=g.hm(), a=P(a[2]), pet=g.pet(), town=LOC(g.r.choice(
        ["Lissabon", "Barcelona", "Kreta", "Curaçao", "Málaga"])), hm2=g.hm(), b=P(b[0]), hm3=g.hm(), a2=P(a[2]),
        alarm=str(g.r.randrange(1000, 9999)), addr=ADDR(g.addr1()), hm4=g.hm(), b2=P(b[0]))


def _t_pt_mail(g):
    f, la, full = g.person()
    tpl = ("Olá {f},\n\nConfirmamos a sua reserva {bk} no ferry de {d}. Passageiros:\n1. {full} (nasc. {dob})\n"
           "2. {p2}\nViatura: {plate}\nMorada de faturação: {addr}\nContacto: {ph}\n\n"
           "Obrigado,\nEquipa Transtejo Viagens · {role}")
    return tpl, dict(f=P(f), bk=g.ref("TJ", 6), d=g.date(back=0, fwd=60), full=P(full), dob=DOB(g.dob()),
                     p2=P(g.full()), plate=_pat(g.r, "##-??-##"), addr=ADDR(g.addr1()),
                     ph=PH(g.phone("mobile", "intl")), role=EM(g.role_email("transtejo-viagens.pt")))


def _t_pl_form(g):
    f, la, _ = g.person()
    tpl = ("FORMULARZ ZGŁOSZENIOWY – Bieg Górski\nImię: {f}\nNazwisko: {la}\nData urodzenia: {dob}\n"
           "Miejscowość: {town}\nTelefon: {ph}\nE-mail: {mail}\nKlub: KS {brand}\nNr startowy: {bib}\n"
           "Oświadczenie lekarskie: tak (wystawił lek. {doc})\nOpłata: {amt}, nr transakcji {txn}")
    return tpl, dict(f=P(f), la=P(la), dob=DOB(g.dob()), town=LOC(g.town()), ph=PH(g.phone("mobile", "any")),
                     mail=EM(g.email(f, la)), brand=g.r.choice(["Orlen", "Tauron", "Lotos"]),
                     bib=str(g.r.randrange(1, 3000)), doc=P(g.full()), amt=g.amount("zł"), txn=g.ref("", 12))


def _t_pl_chat(g):
    a, b = g.person(), g.person()
    tpl = ("Czat na żywo – apteka z dostawą\n{a}: dzień dobry, zamawiałam lek dla mamy ({mom}), gdzie jest kurier?\n"
           "Konsultant {b}: Dzień dobry! Kurier wyjechał z punktu w {branch} o {hm}, numer przesyłki {trk}.\n"
           "{a2}: adres to {addr}, proszę żeby zadzwonił na {ph}\n"
           "Konsultant {b2}: Przekazałam. Kod odbioru: {otp}")
    return tpl, dict(a=P(a[2]), mom=P(g.full()), b=P(b[0]), branch=g.town(), hm=g.hm(), trk=g.ref("", 20),
                     a2=P(a[2]), addr=ADDR(g.addr1()), ph=PH(g.phone("mobile", "nat")), b2=P(b[0]), otp=g.otp())


def _t_ct_mail(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Bon dia {f},\n\nT'envio les dades per a la inscripció de la meva filla a l'escola de dansa:\n"
           "Nom: {kid}\nData de naixement: {dob}\nAdreça: {addr}\nTelèfon: {ph}\n"
           "Domiciliació: {iban}\n\nGràcies i fins aviat,\n{full}\n{mail}")
    return tpl, dict(f=P(g.first()), kid=P(g.first() + " " + la), dob=DOB(g.dob(2012, 2020)),
                     addr=ADDR(f"{l1}, {l2}"), ph=PH(g.phone("mobile", "nat")), iban=IBAN(g.iban(True)), full=P(full),
                     mail=EM(g.email(f, la)))


def _t_ct_note(g):
    f, la, full = g.person()
    tpl = ("Nota de trucada – {d}\nHa trucat en/na {full} des del {ph}. Viu a {town} però és de {pob}. "
           "Vol canviar la subscripció de cafè (mòlta per a cafetera italiana) i pagar amb la targeta {card}. "
           "Comanda {ord}. L'atén {agent}.")
    return tpl, dict(d=g.date(), full=P(full), ph=PH(g.phone("any", "nat")), town=LOC(g.town()),
                     pob=LOC(g.r.choice(["Andorra la Vella", "Perpinyà", "Palma", "València"])),
                     card=CC(g.card()), ord=g.ref("CF", 6), agent=P(g.first()))


def _t_is_mail(g):
    f, la, full = g.person()
    tpl = ("Sæl {f},\n\nTakk fyrir skráninguna í Laugavegshlaupið. Hér eru upplýsingarnar sem við skráðum:\n"
           "Nafn: {full}\nKennitala/fæðingardagur: {dob}\nHeimilisfang: {addr}\nSími: {ph}\nNetfang: {mail}\n"
           "Rásnúmer: {bib}\nFlögunúmer: {chip}\n\nKveðja,\n{me}\nHlaupanefndin")
    return tpl, dict(f=P(f), full=P(full), dob=DOB(g.dob(style="local")), addr=ADDR(g.addr1()),
                     ph=PH(g.phone("mobile", g.r.choice(["nat", "intl"]))), mail=EM(g.email(f, la)),
                     bib=str(g.r.randrange(1, 600)), chip=g.ref("", 8), me=P(g.full()))


def _t_is_ferry(g):
    a, b = g.person(), g.person()
    tpl = ("Bókun {bk} – Herjólfur-leiðin Landeyjahöfn → Vestmannaeyjar {d}\n"
           "Farþegar: {a}, {b}\nBíll: {plate}\nGreitt með korti {masked}\n"
           "Athugasemd frá {b2}: við búum í {town}, hringið í {ph} ef ferðin fellur niður.")
    return tpl, dict(bk=g.ref("H", 7), d=g.date(back=0, fwd=30), a=P(a[2]), b=P(b[2]), plate=_pat(g.r, "??? ##"),
                     masked=g.masked(), b2=P(b[0]), town=LOC(g.town()), ph=PH(g.phone("mobile", "nat")))


def _t_ee_chat(g):
    a, b = g.person(), g.person()
    tpl = ("{d} {hm} {a}: Tere! Kas koerahoidja saab reedel tulla? Sõidan {town}\n"
           "{d} {hm2} {b}: Tere {a0}, jah. Palun saada aadress ja võtmekapi kood\n"
           "{d} {hm3} {a2}: {addr}, kood {code}. {pet} sööb kaks korda päevas\n"
           "{d} {hm4} {b2}: Aitäh! Arve saadame aadressile {mail}")
    return tpl, dict(d=g.date(fmt="%d.%m.%Y"), hm=g.hm(), a=P(a[2]), town=LOC(g.r.choice(["Helsingisse", "Riiga",
                     "Tartusse", "Pärnusse"])), hm2=g.hm(), b=P(b[2]), a0=P(a[0]), hm3=g.hm(), a2=P(a[2]),
                     addr=ADDR(g.addr1()), code=str(g.r.randrange(1000, 9999)), pet=g.pet(), hm4=g.hm(),
                     b2=P(b[2]), mail=EM(g.email(a[0], a[1])))


def _t_ee_form(g):
    f, la, _ = g.person()
    tpl = ("eesnimi={f}\nperenimi={la}\nsünniaeg={dob}\naadress={addr}\ntelefon={ph}\nepost={mail}\n"
           "arvelduskonto={iban}\nparool={pw}\nliitumise_aeg={ts}\nklient_ip={ip}\nrakenduse_versioon={ver}")
    return tpl, dict(f=P(f), la=P(la), dob=DOB(g.dob(style="local")), addr=ADDR(g.addr1()),
                     ph=PH(g.phone("mobile", "e164")), mail=EM(g.email(f, la)), iban=IBAN(g.iban(False)),
                     pw=PW(g.pw()), ts=g.ts(), ip=IP(g.ip4()), ver=g.version())


def _t_tr_sms(g):
    tpl = ("Sayın {full}, {d} tarihli {sefer} sefer numaralı feribot biletiniz onaylandı. PNR: {pnr}. "
           "Araç plakası: {plate}. Bilgi için {bph}.\n---\n{f}: abi ben {town}'dan geliyorum, "
           "numaram değişti yeni numara {ph}")
    f, la, full = g.person()
    return tpl, dict(full=P(full), d=g.date(fmt="%d.%m.%Y"), sefer=g.ref("", 4), pnr=_pat(g.r, "??#??#"),
                     plate=f"{g.r.randrange(1, 81):02d} {_pat(g.r, '??')} {g.r.randrange(100, 9999)}",
                     bph=PH(g.phone("fixed", "nat")), f=P(f), town=LOC(g.town()), ph=PH(g.phone("mobile", "nat")))


def _t_tr_ticket(g):
    f, la, full = g.person()
    tpl = ("Destek talebi #{tkt}\nMüşteri: {full} <{mail}>\nDoğum tarihi: {dob}\nAdres: {addr}\n"
           "Mesaj: Köpek gezdirme aboneliğimi iptal etmek istiyorum, iade IBAN: {iban}\n"
           "İç not ({agent}): kart {masked} ile ödenmiş, iade {amt}. Kayıt IP {ip}, cihaz IMEI {imei}.")
    return tpl, dict(tkt=g.ref("", 6), full=P(full), mail=EM(g.email(f, la)), dob=DOB(g.dob()),
                     addr=ADDR(g.addr1()), iban=IBAN(g.iban(True)), agent=P(g.first()), masked=g.masked(),
                     amt=g.amount("TL"), ip=IP(g.ip4()), imei=g.imei())


def _t_ro_mail(g):
    f, la, full = g.person()
    l1, l2 = g.addr()
    tpl = ("Bună ziua,\n\nVă rog să livrați rețeta {rx} la adresa:\n{blk}\nPacient: {pac}, născut la {dob}\n"
           "Telefon: {ph}\n\nMulțumesc,\n{full}\n\n--\nFarmacia Dona {branch} | {bph} | {role}")
    return tpl, dict(rx=g.ref("RX", 8), blk=ADDR(f"{l1}\n{l2}"), pac=P(g.first() + " " + la),
                     dob=DOB(g.dob(1935, 1965)), ph=PH(g.phone("mobile", "nat")), full=P(full), branch=g.town(),
                     bph=PH(g.phone("fixed", "nat")), role=EM(g.role_email("farmacia-livrari.ro")))


def _t_ro_crm(g):
    f, la, full = g.person()
    t12 = g.towns2()
    tpl = ("Notă apel {d}: a sunat dna {full} ({ph}), mama elevei {kid} de la grupa de balet. Familia s-a mutat "
           "din {t1} în {t2}. Plata costumului ({amt}) cu cardul {card}. Comanda {ord}. Preia: {agent}.")
    return tpl, dict(d=g.date(), full=P(full), ph=PH(g.phone("mobile", "any")), kid=P(g.first()),
                     t1=LOC(t12[0]), t2=LOC(t12[1]), amt=g.amount("RON"), card=CC(g.card()),
                     ord=g.ref("CS", 5), agent=P(g.first()))


def _t_vn_chat(g):
    a, b = g.person(), g.person()
    tpl = ("{d} {hm} {a}: Chào shop, mình muốn đặt 2 túi cà phê rang xay, giao về {addr}\n"
           "{d} {hm2} Shop Cà Phê Trung Nguyên: Dạ chị cho em xin tên và số điện thoại ạ\n"
           "{d} {hm3} {a2}: {full}, sđt {ph}\n"
           "{d} {hm4} Shop Cà Phê Trung Nguyên: Dạ mã đơn {ord}, tổng {amt}đ ạ")
    return tpl, dict(d=g.date(fmt="%d/%m/%Y"), hm=g.hm(), a=P(a[2]), addr=ADDR(g.addr1()), hm2=g.hm(), hm3=g.hm(),
                     a2=P(a[2]), full=P(a[2]), ph=PH(g.phone("mobile", "nat")), hm4=g.hm(), ord=g.ref("DH", 6),
                     amt=f"{g.r.randrange(100, 900)}.000")


def _t_vn_form(g):
    f, la, full = g.person()
    tpl = ("Họ và tên: {full}\nNgày sinh: {dob}\nQuê quán: {pob}\nĐịa chỉ: {addr}\nĐiện thoại: {ph}\n"
           "Email: {mail}\nCự ly đăng ký: 21km\nSố BIB: {bib}\nMã giao dịch: {txn}")
    return tpl, dict(full=P(full), dob=DOB(g.dob(style="local")), pob=LOC(g.town()), addr=ADDR(g.addr1()),
                     ph=PH(g.phone("mobile", g.r.choice(["nat", "intl"]))), mail=EM(g.email(f, la)),
                     bib=str(g.r.randrange(1000, 9999)), txn=g.ref("FT", 12))


def _t_si_mail(g):
    f, la, full = g.person()
    tpl = ("Pozdravljeni,\n\nza plesni nastop potrebujemo mere kostuma za hčerko {kid} (rojena {dob}). "
           "Kostum prevzamemo v studiu v {branch}.\nRačun pošljite na {mail}, plačilo na {iban}.\n\n"
           "Lep pozdrav,\n{full}\n{addr}\nGSM: {ph}")
    return tpl, dict(kid=P(g.first()), dob=DOB(g.dob(2012, 2020)), branch=g.town(), mail=EM(g.email(f, la)),
                     iban=IBAN(g.iban(True)), full=P(full), addr=ADDR(g.addr1()), ph=PH(g.phone("mobile", "nat")))


def _t_lt_note(g):
    f, la, full = g.person()
    tpl = ("Kliento kortelė\nVardas, pavardė: {full}\nGimimo data: {dob}\nAdresas: {addr}\nTel.: {ph}\n"
           "El. paštas: {mail}\nPastaba: keltas Klaipėda–Kylis {d}, bilietas {bk}, automobilis {plate}. "
           "Keliauja į {town}.")
    return tpl, dict(full=P(full), dob=DOB(g.dob()), addr=ADDR(g.addr1()), ph=PH(g.phone("mobile", "intl")),
                     mail=EM(g.email(f, la)), d=g.date(back=0, fwd=40), bk=g.ref("DF", 7), plate=_pat(g.r, "??? ###"),
                     town=LOC(g.r.choice(["Kylį", "Vokietiją", "Berlyną"])))


def _t_af_sms(g):
    f, la, full = g.person()
    tpl = ("Goeiemôre {f}! Hier is {w} van Stellenbosch Hondestappers. Ek kom {pet} Saterdag om {hm} haal by "
           "{addr}. Kan jy asseblief die hekkode ({code}) bevestig? Skakel my by {ph}. Baie dankie!")
    return tpl, dict(f=P(f), w=P(g.first()), pet=g.pet(), hm=g.hm(), addr=ADDR(g.addr1()),
                     code=str(g.r.randrange(1000, 9999)), ph=PH(g.phone("mobile", "nat")))


TEMPLATES = [
    ("us_support_mail", "US", _t_us_support_mail), ("de_mail", "DE", _t_de_mail),
    ("us_call_note", "US", _t_us_call_note), ("fr_sms", "FR", _t_fr_sms),
    ("us_app_log", "US", _t_us_app_log), ("es_chat", "ES", _t_es_chat),
    ("us_sms", "US", _t_us_sms), ("it_mail", "IT", _t_it_mail),
    ("us_transcript", "US", _t_us_transcript), ("nl_ticket", "NL", _t_nl_ticket),
    ("us_jsonl", "US", _t_us_jsonl), ("ct_mail", "CT", _t_ct_mail),
    ("us_slack", "US", _t_us_slack), ("is_mail", "IS", _t_is_mail),
    ("gb_teams", "GB", _t_gb_teams), ("ee_chat", "EE", _t_ee_chat),
    ("gb_ticket", "GB", _t_gb_ticket), ("tr_sms", "TR", _t_tr_sms),
    ("gb_forward", "GB", _t_gb_forward), ("ro_mail", "RO", _t_ro_mail),
    ("gb_ocr", "GB", _t_gb_ocr), ("vn_chat", "VN", _t_vn_chat),
    ("gb_nopii", "GB", _t_gb_nopii), ("si_mail", "SI", _t_si_mail),
    ("gb_nginx", "GB", _t_gb_nginx), ("lt_note", "LT", _t_lt_note),
    ("ca_livechat", "CA", _t_ca_livechat), ("af_sms", "ZA", _t_af_sms),
    ("ca_config", "CA", _t_ca_config), ("de_ticket", "DE", _t_de_ticket),
    ("ca_subjects", "CA", _t_ca_subjects), ("fr_crm", "FR", _t_fr_crm),
    ("au_whatsapp", "AU", _t_au_whatsapp), ("es_form", "ES", _t_es_form),
    ("au_crm", "AU", _t_au_crm), ("it_log", "IT", _t_it_log),
    ("au_sheet", "AU", _t_au_sheet), ("nl_whatsapp", "NL", _t_nl_whatsapp),
    ("au_kv_log", "AU", _t_au_kv_log), ("pt_mail", "PT", _t_pt_mail),
    ("in_mail", "IN", _t_in_mail), ("pl_form", "PL", _t_pl_form),
    ("in_form", "IN", _t_in_form), ("pl_chat", "PL", _t_pl_chat),
    ("in_sms", "IN", _t_in_sms), ("ct_note", "CT", _t_ct_note),
    ("in_transcript", "IN", _t_in_transcript), ("is_ferry", "IS", _t_is_ferry),
    ("ie_quoted", "IE", _t_ie_quoted), ("ee_form", "EE", _t_ee_form),
    ("ie_ticket", "IE", _t_ie_ticket), ("tr_ticket", "TR", _t_tr_ticket),
    ("ie_nopii", "IE", _t_ie_nopii), ("ro_crm", "RO", _t_ro_crm),
    ("nz_booking", "NZ", _t_nz_booking), ("vn_form", "VN", _t_vn_form),
    ("nz_walker", "NZ", _t_nz_walker),
    ("za_whatsapp", "ZA", _t_za_whatsapp),
    ("sg_mail", "SG", _t_sg_mail),
    ("ph_chat", "PH", _t_ph_chat),
]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        _key, cc, fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"sierra-{seed}-text-{i}")
        tpl, vals = fn(_G(r, cc))
        out.append(_render(tpl, vals))
    return out


# ================================================================ structured tables
_PH_VALUES = ["N/A", "-", "unknown"]


def _b(g):
    return g.r.choice(["true", "false"])


def _pick(*xs):
    return lambda g: g.r.choice(xs)


def _num(lo, hi, fmt="{}"):
    return lambda g: fmt.format(g.r.randrange(lo, hi))


def _l4(g):
    return f"{g.r.randrange(10000):04d}"


def _iso(g):
    return g.ts()


# spec: (header, entity or None, generator(g) -> str, blank rate, placeholder rate)
_TABLES = {
    "roastery_subscribers": ("GB", [
        ("subscriber_id", None, lambda g: g.uuid(), 0, 0),
        ("First Name", "PERSON", lambda g: g.first(), 0, 0),
        ("surname", "PERSON", lambda g: g.last(), 0.05, 0),
        ("email", "EMAIL_ADDRESS", lambda g: g.email(), 0, 0),
        ("email_verified", None, _b, 0, 0),
        ("tel", "PHONE_NUMBER", lambda g: g.phone(g.r.choice(["mobile", "fixed"]), "nat"), 0.2, 0.03),
        ("phone_type", None, _pick("mobile", "landline", "work"), 0.2, 0),
        ("addr1", "STREET_ADDRESS", lambda g: g.addr()[0], 0.05, 0),
        ("Town", "LOCATION", lambda g: g.town(), 0.05, 0),
        ("grind_preference", None, _pick("whole bean", "espresso", "filter", "cafetière", "aeropress", "moka pot"), 0, 0),
        ("Plan", None, _pick("Weekly 250g", "Fortnightly 500g", "Monthly 1kg", "Paused"), 0, 0),
        ("card_last4", None, _l4, 0.1, 0),
        ("card_expiry", None, lambda g: f"{g.r.randrange(1, 13):02d}/{g.r.randrange(27, 32)}", 0.1, 0),
        ("next_roast_date", None, lambda g: g.date(back=0, fwd=30, fmt="%d/%m/%Y"), 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda g: g.dob(style="local"), 0.45, 0.03),
        ("password_changed_at", None, _iso, 0.3, 0),
        ("roastery_branch", None, lambda g: g.town(), 0, 0),
        ("bag_size_g", None, _pick("250", "500", "1000"), 0, 0),
        ("promo_code", None, _pick("WELCOME10", "BREW-24", "FREESHIP", "XMAS26"), 0.6, 0),
        ("field_3", "PERSON", lambda g: g.full(), 0.1, 0),
    ]),
    "wholesale_cafes": ("DE", [
        ("Kundennr", None, lambda g: g.ref("K-", 6), 0, 0),
        ("Café-Name", None, lambda g: g.r.choice(["Café ", "Kaffeehaus ", "Bäckerei "]) + g.last(), 0, 0),
        ("Ansprechpartner", "PERSON", lambda g: g.full(), 0.05, 0),
        ("E-Mail", "EMAIL_ADDRESS", lambda g: g.email(), 0.1, 0),
        ("Telefon", "PHONE_NUMBER", lambda g: g.phone("fixed", "nat"), 0.1, 0.02),
        ("Lieferadresse", "STREET_ADDRESS", lambda g: g.addr1(), 0, 0),
        ("IBAN", "IBAN_CODE", lambda g: g.iban(), 0.15, 0),
        ("BIC", None, lambda g: g.swift(), 0.15, 0),
        ("USt-IdNr", None, lambda g: g.ref("DE", 9), 0.2, 0),
        ("Röstprofil", None, _pick("Espresso dunkel", "Filter hell", "Omni", "Entkoffeiniert"), 0, 0),
        ("Bestellmenge_kg", None, _num(5, 80), 0, 0),
        ("Rechnungsbetrag", None, lambda g: g.amount("EUR"), 0, 0),
        ("Zahlungsziel", None, _pick("14 Tage", "30 Tage", "Vorkasse"), 0, 0),
        ("Letzte_Lieferung", None, lambda g: g.date(fmt="%d.%m.%Y"), 0.1, 0),
        ("Filiale", None, lambda g: g.town(), 0, 0),
        ("Maschine", None, _pick("La Marzocco Linea PB", "Victoria Arduino Eagle One", "Rocket R58", "Sanremo Café Racer"),
         0.2, 0),
        ("Notiz", None, _pick("Hintereingang", "nur vormittags", "Rampe vorhanden", ""), 0.5, 0),
        ("ansprechpartner_aktiv", None, _b, 0, 0),
    ]),
    "dance_students": ("US", [
        ("studentId", None, lambda g: g.ref("STU", 5), 0, 0),
        ("studentFirstName", "PERSON", lambda g: g.first(), 0, 0),
        ("studentLastName", "PERSON", lambda g: g.last(), 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda g: g.dob(2010, 2021, "local"), 0.1, 0),
        ("dobVerified", None, _b, 0, 0),
        ("guardianName", "PERSON", lambda g: g.full(), 0.05, 0),
        ("guardianEmail", "EMAIL_ADDRESS", lambda g: g.email(), 0.05, 0),
        ("guardianPhone", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0.1, 0.02),
        ("homeAddress", "STREET_ADDRESS", lambda g: g.addr1(), 0.2, 0),
        ("className", None, _pick("Ballet I", "Tap Teens", "Hip Hop Minis", "Jazz II", "Lyrical"), 0, 0),
        ("level", None, _pick("1", "2", "3", "pre-pro"), 0, 0),
        ("costumeSize", None, _pick("CS", "CM", "CL", "AS", "AM"), 0.1, 0),
        ("tuitionAmount", None, lambda g: g.amount("$"), 0, 0),
        ("cardLast4", None, _l4, 0.3, 0),
        ("cardNumber", "CREDIT_CARD", lambda g: g.card(), 0.5, 0),
        ("bankAccountNumber", "US_BANK_NUMBER", lambda g: g.acct(), 0.6, 0),
        ("routingNumber", None, lambda g: g.routing(), 0.6, 0),
        ("shoeSize", None, _pick("11C", "12C", "1Y", "2Y", "4"), 0.2, 0),
        ("photoConsent", None, _b, 0, 0),
        ("portalPwd", "PASSWORD", lambda g: g.pw(), 0.4, 0),
        ("enrolledAt", None, _iso, 0, 0),
    ]),
    "recital_costumes": ("CT", [
        ("id_vestuari", None, lambda g: g.ref("V", 5), 0, 0),
        ("alumna", "PERSON", lambda g: g.full(), 0, 0),
        ("talla", None, _pick("6", "8", "10", "12", "S", "M"), 0, 0),
        ("color", None, _pick("blau cel", "vermell", "negre", "daurat"), 0, 0),
        ("proveïdor", None, lambda g: "Confeccions " + g.last() + " SL", 0, 0),
        ("preu", None, lambda g: g.amount("EUR"), 0, 0),
        ("data_entrega", None, lambda g: g.date(back=10, fwd=60, fmt="%d/%m/%Y"), 0.1, 0),
        ("codi_comanda", None, lambda g: g.ref("CMD-", 6), 0, 0),
        ("estat", None, _pick("pendent", "lliurat", "a arreglar"), 0, 0),
        ("telèfon_família", "PHONE_NUMBER", lambda g: g.phone("mobile", "nat"), 0.15, 0.03),
        ("correu", "EMAIL_ADDRESS", lambda g: g.email(), 0.15, 0),
        ("notes", None, _pick("vora massa llarga", "falta cinturó", "ok", ""), 0.5, 0),
        ("num_assaig", None, _num(1, 9), 0, 0),
        ("attr2", "PERSON", lambda g: g.first(), 0.1, 0),
        ("mida_cintura_cm", None, _num(48, 75), 0.2, 0),
        ("escola_seu", None, lambda g: g.town(), 0, 0),
    ]),
    "race_entrants": ("IT", [
        ("pettorale", None, _num(1, 9000), 0, 0),
        ("nome", "PERSON", lambda g: g.first(), 0, 0),
        ("cognome", "PERSON", lambda g: g.last(), 0, 0),
        ("data_nascita", "DATE_OF_BIRTH", lambda g: g.dob(1950, 2006, "local"), 0.05, 0),
        ("luogo_nascita", "LOCATION", lambda g: g.town(), 0.3, 0.02),
        ("citta_residenza", "LOCATION", lambda g: g.town(), 0.1, 0),
        ("telefono", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0.1, 0),
        ("email", "EMAIL_ADDRESS", lambda g: g.email(), 0, 0),
        ("indirizzo", "STREET_ADDRESS", lambda g: g.addr1(), 0.25, 0),
        ("taglia_maglia", None, _pick("XS", "S", "M", "L", "XL"), 0, 0),
        ("categoria", None, _pick("SM35", "SF40", "SM50", "JM", "SF"), 0, 0),
        ("tempo_previsto", None, lambda g: f"0{g.r.randrange(2, 6)}:{g.r.randrange(60):02d}:00", 0.2, 0),
        ("chip_id", None, lambda g: "E280" + "".join(g.r.choice(_HEX) for _ in range(20)), 0, 0),
        ("scadenza_certificato", None, lambda g: g.date(back=30, fwd=365, fmt="%d/%m/%Y"), 0.1, 0),
        ("società", None, _pick("ASD Pietro Mennea", "Atletica Sara Simeoni", "GS Alpini", "Podistica Bergamo"), 0.3, 0),
        ("iscrizione_ts", None, _iso, 0, 0),
        ("quota", None, lambda g: g.amount("EUR"), 0, 0),
        ("codice_sconto", None, _pick("EARLY25", "CLUB10", "GRUPPO"), 0.6, 0),
        ("iban_rimborso", "IBAN_CODE", lambda g: g.iban(), 0.5, 0),
    ]),
    "timing_chip_reads": ("AU", [
        ("READ_ID", None, lambda g: g.uuid(), 0, 0),
        ("CHIP_EPC", None, lambda g: "".join(g.r.choice(_HEX.upper()) for _ in range(24)), 0, 0),
        ("BIB", None, _num(1, 6000), 0, 0),
        ("ATHLETE", "PERSON", lambda g: g.full().upper() if g.r.random() < 0.3 else g.full(), 0, 0),
        ("CHECKPOINT", None, _pick("START", "KM5", "KM10", "KM21", "FINISH"), 0, 0),
        ("SPLIT_TIME", None, lambda g: f"{g.r.randrange(0, 4):02d}:{g.r.randrange(60):02d}:{g.r.randrange(60):02d}.{g.r.randrange(10)}", 0, 0),
        ("GUN_TIME", None, lambda g: f"{g.r.randrange(0, 5):02d}:{g.r.randrange(60):02d}:{g.r.randrange(60):02d}", 0, 0),
        ("READER_IP", None, lambda g: g.priv_ip(), 0, 0),
        ("UPLINK_IP", "IP_ADDRESS", lambda g: g.ip4(), 0.1, 0),
        ("READER_FW", None, lambda g: g.version(), 0, 0),
        ("LAT", None, lambda g: f"{g.r.uniform(-38.5, -37.5):.6f}", 0, 0),
        ("LON", None, lambda g: f"{g.r.uniform(144.0, 145.0):.6f}", 0, 0),
        ("ANTENNA", None, _num(1, 5), 0, 0),
        ("RSSI", None, lambda g: f"-{g.r.randrange(40, 80)}", 0, 0),
        ("EMERG_CONTACT_PH", "PHONE_NUMBER", lambda g: g.phone("mobile", "nat"), 0.3, 0.03),
        ("MED_FLAG", None, _pick("Y", "N"), 0, 0),
        ("TS_UTC", None, _iso, 0, 0),
        ("UPLOADER_API_KEY", "API_KEY", lambda g: g.key(), 0.5, 0),
    ]),
    "ferry_bookings": ("EE", [
        ("broneeringu_nr", None, lambda g: g.ref("TLK", 7), 0, 0),
        ("reisija_nimi", "PERSON", lambda g: g.full(), 0, 0),
        ("sünniaeg", "DATE_OF_BIRTH", lambda g: g.dob(style="local"), 0.2, 0),
        ("telefon", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0.1, 0),
        ("e-post", "EMAIL_ADDRESS", lambda g: g.email(), 0.05, 0),
        ("sõiduki_reg_nr", None, lambda g: _pat(g.r, "###???"), 0.4, 0),
        ("marsruut", None, _pick("Tallinn-Helsinki", "Virtsu-Kuivastu", "Rohuküla-Heltermaa"), 0, 0),
        ("väljumine", None, lambda g: g.date(back=5, fwd=90, fmt="%Y-%m-%d %H:%M"), 0, 0),
        ("kajut", None, _pick("A2", "B4", "puudub", "LUX"), 0.3, 0),
        ("hind", None, lambda g: g.amount("EUR"), 0, 0),
        ("kaardi_viimased4", None, _l4, 0.3, 0),
        ("makse_iban", "IBAN_CODE", lambda g: g.iban(False), 0.6, 0),
        ("klient_ip", "IP_ADDRESS", lambda g: g.ip4() if g.r.random() < 0.8 else g.ip6(), 0.1, 0),
        ("elukoht", "LOCATION", lambda g: g.town(), 0.2, 0.02),
        ("lojaalsustase", None, _pick("pronks", "hõbe", "kuld"), 0.3, 0),
        ("check_in_kood", None, lambda g: g.otp(), 0, 0),
        ("staatus", None, _pick("kinnitatud", "tühistatud", "ootel"), 0, 0),
        ("sõiduki_mark", None, _pick("Škoda", "Toyota", "Volvo", "Ford"), 0.4, 0),
    ]),
    "passenger_manifest": ("TR", [
        ("sefer_no", None, lambda g: g.ref("", 4), 0, 0),
        ("koltuk", None, lambda g: f"{g.r.randrange(1, 40)}{g.r.choice('ABCD')}", 0, 0),
        ("yolcu_adi", "PERSON", lambda g: g.first(), 0, 0),
        ("yolcu_soyadi", "PERSON", lambda g: g.last(), 0, 0),
        ("dogum_tarihi", "DATE_OF_BIRTH", lambda g: g.dob(style="local"), 0.1, 0),
        ("uyruk", None, _pick("TR", "DE", "GB", "NL"), 0, 0),
        ("telefon", "PHONE_NUMBER", lambda g: g.phone("mobile", "nat"), 0.1, 0.02),
        ("acil_durum_kisi", "PERSON", lambda g: g.full(), 0.3, 0),
        ("acil_durum_tel", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0.3, 0),
        ("arac_plaka", None, lambda g: f"{g.r.randrange(1, 81):02d} {_pat(g.r, '??')} {g.r.randrange(100, 9999)}", 0.5, 0),
        ("kabin", None, _pick("yok", "2 kişilik", "4 kişilik"), 0, 0),
        ("bilet_ucreti", None, lambda g: g.amount("TL"), 0, 0),
        ("odeme_kart", "CREDIT_CARD", lambda g: g.card(), 0.4, 0),
        ("pasaport_son4", None, _l4, 0.5, 0),
        ("rezervasyon_kodu", None, lambda g: _pat(g.r, "??#??#"), 0, 0),
        ("binis_zamani", None, _iso, 0, 0),
        ("liman", None, _pick("Bodrum", "Çeşme", "Yenikapı", "Eskihisar"), 0, 0),
        ("evcil_hayvan", None, lambda g: g.pet(), 0.7, 0),
        ("col_12", "EMAIL_ADDRESS", lambda g: g.email(), 0.2, 0),
    ]),
    "delivery_patients": ("CA", [
        ("PatientID", None, lambda g: g.ref("P", 7), 0, 0),
        ("PatientFirstName", "PERSON", lambda g: g.first(), 0, 0),
        ("PatientLastName", "PERSON", lambda g: g.last(), 0, 0),
        ("DateOfBirth", "DATE_OF_BIRTH", lambda g: g.dob(1930, 2004), 0, 0),
        ("HealthCardVerified", None, _b, 0, 0),
        ("Phone", "PHONE_NUMBER", lambda g: g.phone(g.r.choice(["mobile", "fixed"]), "nat"), 0.05, 0),
        ("PhoneType", None, _pick("Home", "Cell", "Work"), 0.05, 0),
        ("DeliveryAddress", "STREET_ADDRESS", lambda g: g.addr()[0], 0, 0),
        ("City", "LOCATION", lambda g: g.town(), 0, 0),
        ("AddressType", None, _pick("Residential", "Care home", "Business"), 0, 0),
        ("Email", "EMAIL_ADDRESS", lambda g: g.email(), 0.35, 0.03),
        ("PortalPassword", "PASSWORD", lambda g: g.pw(), 0.5, 0),
        ("PasswordChangedAt", None, _iso, 0.5, 0),
        ("Allergies", None, _pick("Penicillin", "None known", "Sulfa", "Latex"), 0.2, 0),
        ("PreferredPharmacy", None, lambda g: "MapleRx " + g.town(), 0, 0),
        ("InsurancePlanNo", None, lambda g: g.ref("GSC", 9), 0.3, 0),
        ("RxCount", None, _num(1, 12), 0, 0),
        ("LastDelivery", None, lambda g: g.date(fmt="%Y-%m-%d"), 0.1, 0),
        ("CardLast4", None, _l4, 0.4, 0),
    ]),
    "courier_runs": ("PL", [
        ("id_kursu", None, lambda g: g.ref("KR", 6), 0, 0),
        ("kurier", "PERSON", lambda g: g.full(), 0, 0),
        ("kurier_tel", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0, 0),
        ("pojazd", None, lambda g: _pat(g.r, "?? #####"), 0, 0),
        ("punkt_apteki", None, lambda g: "Apteka " + g.town(), 0, 0),
        ("adres_dostawy", "STREET_ADDRESS", lambda g: g.addr1(), 0, 0),
        ("nr_recepty", None, lambda g: g.ref("", 22), 0, 0),
        ("kod_odbioru", None, lambda g: f"{g.r.randrange(10000):04d}", 0, 0),
        ("godzina_wyjazdu", None, lambda g: g.hm(), 0, 0),
        ("godzina_dostawy", None, lambda g: g.hm(), 0.15, 0),
        ("status", None, _pick("doręczono", "w drodze", "nieobecny"), 0, 0),
        ("gps", None, lambda g: f"{g.r.uniform(49, 54.5):.5f},{g.r.uniform(14.2, 24):.5f}", 0, 0),
        ("imei_terminala", None, lambda g: g.imei(), 0, 0),
        ("wersja_aplikacji", None, lambda g: g.version(), 0, 0),
        ("kwota_pobrania", None, lambda g: g.amount("zł"), 0.4, 0),
        ("podpis_sha256", None, lambda g: g.sha(), 0.1, 0),
        ("odbiorca", "PERSON", lambda g: g.full(), 0.2, 0),
        ("klucz_api", "API_KEY", lambda g: g.key(), 0.7, 0),
    ]),
    "pet_clients": ("NZ", [
        ("client.ref", None, lambda g: g.ref("DW", 5), 0, 0),
        ("owner.first", "PERSON", lambda g: g.first(), 0, 0),
        ("owner.last", "PERSON", lambda g: g.last(), 0.05, 0),
        ("pet.name", None, lambda g: g.pet(), 0, 0),
        ("pet.breed", None, _pick("Labrador", "Huntaway", "Spoodle", "Border Collie", "Staffy x"), 0, 0),
        ("contact.email", "EMAIL_ADDRESS", lambda g: g.email(), 0, 0),
        ("contact.email_verified", None, _b, 0, 0),
        ("contact.mobile", "PHONE_NUMBER", lambda g: g.phone("mobile", "nat"), 0.1, 0),
        ("home.addr", "STREET_ADDRESS", lambda g: g.addr1(), 0, 0),
        ("home.suburb", "LOCATION", lambda g: g.town(), 0.2, 0),
        ("lockbox_code", None, lambda g: f"{g.r.randrange(10000):04d}", 0.3, 0),
        ("alarm_code", None, lambda g: f"{g.r.randrange(10000):04d}#", 0.4, 0),
        ("vet_clinic", None, _pick("Dr Lisa's Vet Clinic", "Anderson Vets", "Paws & Claws"), 0.2, 0),
        ("insurance_policy", None, lambda g: g.ref("PET-", 8), 0.5, 0),
        ("card_number", "CREDIT_CARD", lambda g: g.card(), 0.4, 0),
        ("card_expiry", None, lambda g: f"{g.r.randrange(1, 13):02d}/{g.r.randrange(27, 32)}", 0.4, 0),
        ("login.pwd", "PASSWORD", lambda g: g.pw(), 0.3, 0),
        ("signup.ip", "IP_ADDRESS", lambda g: g.ip4(), 0.2, 0),
        ("notes", None, _pick("pulls on lead", "no off-leash", "scared of bikes", ""), 0.5, 0),
    ]),
    "walker_roster": ("SI", [
        ("id_sprehajalca", None, lambda g: g.ref("W", 4), 0, 0),
        ("ime", "PERSON", lambda g: g.first(), 0, 0),
        ("priimek", "PERSON", lambda g: g.last(), 0, 0),
        ("datum_rojstva", "DATE_OF_BIRTH", lambda g: g.dob(1960, 2006, "local"), 0.1, 0),
        ("kraj_bivanja", "LOCATION", lambda g: g.town(), 0.1, 0.02),
        ("telefon", "PHONE_NUMBER", lambda g: g.phone("mobile", "any"), 0, 0),
        ("e_posta", "EMAIL_ADDRESS", lambda g: g.email(), 0.1, 0),
        ("trr", "IBAN_CODE", lambda g: g.iban(), 0.2, 0),
        ("izmena", None, _pick("dopoldne", "popoldne", "vikend"), 0, 0),
        ("podruznica", None, lambda g: g.town(), 0, 0),
        ("urna_postavka", None, lambda g: g.amount("EUR"), 0, 0),
        ("st_psov", None, _num(1, 6), 0, 0),
        ("ocena", None, lambda g: f"{g.r.uniform(3, 5):.1f}", 0, 0),
        ("zadnja_prijava_ip", "IP_ADDRESS", lambda g: g.ip4() if g.r.random() < 0.7 else g.ip6(), 0.1, 0),
        ("naprava_imei", None, lambda g: g.imei(), 0.2, 0),
        ("razlicica_aplikacije", None, lambda g: g.version(), 0, 0),
        ("geslo_hash", None, lambda g: g.bcrypt(), 0, 0),
        ("zacasno_geslo", "PASSWORD", lambda g: g.pw(), 0.5, 0),
        ("opombe", None, _pick("alergija na mačke", "ima avto", "", "samo Ljubljana-center"), 0.6, 0),
    ]),
}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tname, (cc, specs) in _TABLES.items():
        cols = []
        for ci, (header, entity, gen, blank, ph) in enumerate(specs):
            r = random.Random(f"sierra-{seed}-{tname}-{ci}")
            g = _G(r, cc)
            vals: list[str | None] = []
            for _ in range(rows):
                x = r.random()
                if x < blank:
                    vals.append(None)
                elif x < blank + ph:
                    vals.append(r.choice(_PH_VALUES))
                else:
                    v = gen(g)
                    vals.append(v if v != "" else None)
            cols.append(Column(header, entity, vals))
        out[tname] = cols
    return out
