"""Accuracy split "heath": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "heath", 2026-11-27 (fixed "today" used for every relative date).

Independence: written only from the split-author brief given to this helper (which states the
accuracy_data helper signatures and the label conventions), an `ls bench/`, and local outputs of Faker
(names only; locale list, sample names) and phonenumbers (example numbers, validity checks). Nothing
under rules/, pii_audit/, tests/, docs/, bench/results, bench/out, README*, SPEC*, the accuracy harness,
bench/accuracy_data.py or any other split was opened. The scanner was never read or run (nor Presidio).

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)], values drawn per
text from random.Random(f"heath-{seed}-{i}-...")); structured(rows, seed) -> {table: [Column]};
TEMPLATES. Deterministic across processes and PYTHONHASHSEED values (string-seeded Random, every Faker
re-seeded from the rng before each draw, no clock reads, no set iteration). Both benchmark calls
(free_text(500, 7), structured(150, 11)) take about 2 s.

Domains (all brands invented): airline loyalty (Aurelle Air / SkyLedger), hotel chain (Harbourlight
Hotels), event box office (GateLoop), plumbing & heating (Torrent & Flue), online counselling
(Stillwater), laundry & dry cleaning (FoldRight).

Languages - 57 templates:
  English 32 (56%): US 8, GB 5, CA 3, AU 3, IN 2, IE 2, NZ 2, ZA 2, SG 2, PH 1, KE 1, NG 1.
  Other 25 (44%), 17 languages: Catalan 2, Icelandic 2, Estonian 2, Lithuanian 2, Slovenian 2, Turkish 2,
  Romanian 2, Vietnamese 2, Albanian 1, Maltese 1, Swahili 1, Tagalog 1, Afrikaans 1, German 1,
  French 1, Dutch 1, Portuguese 1 (13 of them from the "barely used" list).
Shapes: e-mails with signatures, '>'-quoted replies and forwards; WhatsApp / Teams / Slack / Messenger /
live-chat exports; SMS threads; support tickets with internal notes; CRM and call notes; lower-case
speech-to-text transcripts; key: value, key=value and JSON(-lines) form dumps; app logs, logfmt lines
and an nginx-style access log; a .env config; an OCR'd form (with OCR noise); tab-separated spreadsheet
rows; notification subjects; an authorisation form; three texts with no PII (release notes, incident
summary, depot rota).

Value rules: names, towns, streets, postcodes, phone and date formats follow each text's country
(hand lists for CA/ES, LT, SG, PH, KE, ZA, AL, MT, VN; Faker first/last names for the other locales).
Phones are drawn per region and asserted with phonenumbers.is_valid_number on the rendered string
(national, international, E.164 or compact; US/CA without parenthesised area codes). Cards come from
_luhn (Visa, Mastercard, Amex, Discover; spaced, dashed or plain); SSNs avoid 000/666/9xx, group 00,
serial 0000; US account numbers 8-12 digits next to a checksum-valid ABA routing number; IBANs from
_iban_of (GB, ES, DE, FR, NL, PT; spaced or not); IPs from _ip_public_v4/_ip_public_v6.
Every span is built from parts, and text() asserts that span text == inserted value, no overlap, no
surrounding whitespace / quotes / brackets / trailing punctuation, Luhn for cards and SSN validity.

Label conventions as applied: PERSON for every written name (full, first only, surname only, upper
and lower case, "Last, First", "J. Singh"), chat speakers and agents included, titles outside; not
for names inside brands/venues/streets/events (Morgan & Hale Plumbing, Harriet Lane Quartet,
Rua ... / Prešernova ulica / Nguyễn Trãi), nor pets. STREET_ADDRESS: a street line with postcode and
town as one span, multi-line blocks as one span, each '>'-quoted line its own span, business
addresses in signatures labelled, bare street lines labelled. LOCATION: towns/countries a person lives
in, comes from, is born in or travels to (inflected forms such as "Tartusse", "Rygos", "kranju" are
labelled as written; Turkish case suffixes "'den" kept outside); branch, depot, office, venue and
property towns unlabelled. DATE_OF_BIRTH only for birth dates (numeric and long local forms).
PASSWORD / API_KEY: plaintext secret only (sk_live_, ghp_, xoxb-, SG., tlk_ keys); publishable keys,
account SIDs, session ids, tokens and hashes unlabelled. Role e-mail addresses and business phone
lines are labelled.

Look-alikes (unlabelled): masked cards / last-4, expiry, CVV, auth codes, private IPv4/IPv6 and
127.0.0.1, version strings, bcrypt / argon2 / sha256 hex, UUIDs, commit hashes, order / booking / PNR /
ticket / claim / case / invoice / mandate numbers, OTPs, door and key-safe codes, IMEIs (Luhn-valid 15
digits), ABA routing numbers, sort codes, SWIFT/BIC, GPS coordinates, amounts, timestamps and
non-birth dates, e-ticket numbers, serial numbers, VAT ids, pet names, branch towns.

Tables (structured(150, 11)): 12 tables, 235 columns, 90 PII / 145 look-alike.
  skyledger_members      en_GB  20 cols  9 PII / 11 LA  snake_case + abbreviations (mob, dob, addr1, pwd_hash)
  ucus_hareketleri       tr_TR  20 cols  8 / 12         Turkish snake_case (ad, soyad, cep_tel, kart_no)
  oaspeti_hotel          ro_RO  19 cols  8 / 11         Romanian snake_case (nume, prenume, parola_portal)
  FrontDeskReservations  en_US  20 cols  7 / 13         PascalCase
  box_office_orders      en_AU  19 cols  7 / 12         spaced Title Case
  piletid_sisenemised    et_EE  18 cols  7 / 11         Estonian + opaque col_7 (public IP)
  JOBS_EXPORT            en_GB  21 cols  7 / 14         UPPER_SNAKE (TEL, ALT_TEL, DD_IBAN)
  tech_payroll           en_US  20 cols  8 / 12         dotted (employee.ssn, deposit.account, portal.pwd)
  klienti_terapija       sl_SI  22 cols  9 / 13         Slovenian snake_case (ime, priimek, kontakt_v_sili)
  sessionLog             en_CA  19 cols  5 / 14         camelCase + opaque field_3 (API key)
  clients_bugaderia      ca/ES  20 cols  9 / 11         Catalan (nom, cognoms, població, contrasenya_app)
  pantanir_thvottahus    is_IS  17 cols  6 / 11         Icelandic + opaque attr2 (first names)
Header look-alikes include email_verified, phone_type, password_changed_at, card_last4, dobVerified,
address type, product names; value look-alikes include hashes, UUIDs, private IPs, versions, IMEIs,
masked cards, tokens, publishable keys, booking refs, amounts, pet names and branch towns. Blanks at
0-70% per column; placeholders (N/A, -, unknown) in some PII columns.

Known limits: phone numbers are random valid numbers, not real subscriber ranges; postcodes match the
town but the street is random; foreign-language texts were written by a non-native author and keep
to simple phrasing; Faker name lists are uneven (some rare or odd names for tr_TR / is_IS); the
quoted-reply convention splits addresses into per-line spans, so a multi-line block there yields
several STREET_ADDRESS spans (e.g. a lone "Dublin 8" line); LOCATION inflections are a judgement call.
"""
from __future__ import annotations

import random
import re
import unicodedata
import uuid
from datetime import date, timedelta

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 27)

# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def _c(rng, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


_A36 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = _B62 + "./"


def _alnum(rng, n, alphabet=_A36):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


_FOLD = str.maketrans({"ı": "i", "ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "đ": "d", "ł": "l",
                       "ħ": "h", "Đ": "d", "Þ": "th", "Æ": "ae", "İ": "i", "'": "", " ": "", "-": ""})


def _ascii(s):
    s = s.lower().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


_FAKERS: dict[str, Faker] = {}


def _faker(loc, rng):
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(rng.getrandbits(32))
    return f


# --------------------------------------------------------------------------------------------
# country profiles
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def _long_date(d, lang):
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    y, dd = d.year, d.day
    return {
        "en": f"{dd} {m} {y}", "en_us": f"{MONTHS['en'][d.month - 1]} {dd}, {y}", "ca": f"{dd} de {m} de {y}",
        "is": f"{dd}. {m} {y}", "et": f"{dd}. {m} {y}", "lt": f"{y} m. {m} {dd} d.", "sl": f"{dd}. {m} {y}",
        "tr": f"{dd} {m} {y}", "ro": f"{dd} {m} {y}", "sq": f"{dd} {m} {y}", "mt": f"{dd} ta' {m} {y}",
        "sw": f"{dd} {m} {y}", "tl": f"{m} {dd}, {y}", "af": f"{dd} {m} {y}", "de": f"{dd}. {m} {y}",
        "fr": f"{dd} {m} {y}", "nl": f"{dd} {m} {y}", "pt": f"{dd} de {m} de {y}",
        "vi": f"ngày {dd} tháng {d.month} năm {y}",
    }.get(lang, f"{dd} {m} {y}")


def _gb_pc(rng, out):
    return f"{out} {rng.randrange(1, 10)}{_alnum(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_pc(rng, fsa):
    return f"{fsa} {rng.randrange(10)}{_alnum(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"


def _ie_pc(rng, rk):
    return f"{rk} {_alnum(rng, 1, 'ACDEFHKNPRTVWXY')}{_alnum(rng, 3, 'ACDEFHKNPRTVWXY0123456789')}"


def _nl_pc(rng, d4):
    return f"{d4} {_alnum(rng, 2, 'ABCDEGHJKLMNPRTVWXZ')}"


def _mt_pc(rng, pre):
    return f"{pre} {rng.randrange(1000, 3999)}"


# Each country: lang, region, names (faker locale or (female firsts, male firsts, lasts[, female lasts])),
# towns [(town, postcode-fn-arg, area code / extra)], streets, address function, dob formats, mail domains.
C: dict[str, dict] = {}


def _reg(cc, **kw):
    C[cc] = kw


_reg("US", lang="en_us", region="US", names="en_US",
     towns=[("Austin", "TX 787", "512"), ("Columbus", "OH 432", "614"), ("Tacoma", "WA 984", "253"),
            ("Raleigh", "NC 276", "919"), ("Madison", "WI 537", "608"), ("Albany", "NY 122", "518"),
            ("Tucson", "AZ 857", "520"), ("Savannah", "GA 314", "912"), ("Boise", "ID 837", "208")],
     streets=["Maple Ave", "W 5th St", "Oak Ridge Dr", "Elm Street", "Lakeview Blvd", "Cedar Ln", "N Main St",
              "Sycamore Ct", "Willow Creek Rd", "Pine St"],
     dob=["%m/%d/%Y", "%m/%d/%Y", "%Y-%m-%d", "L", "%m-%d-%Y"],
     mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"])
_reg("GB", lang="en", region="GB", names="en_GB",
     towns=[("Leeds", "LS6"), ("Bristol", "BS5"), ("Norwich", "NR2"), ("Cardiff", "CF24"), ("York", "YO31"),
            ("Brighton", "BN2"), ("Stockport", "SK4"), ("Derby", "DE22"), ("Sheffield", "S11")],
     streets=["Harrow Road", "Victoria Terrace", "Church Lane", "Mill Street", "Queens Drive", "Beechwood Avenue",
              "Station Road", "Albert Crescent", "Granby Close"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d-%m-%Y", "%d.%m.%Y"],
     mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"])
_reg("CA", lang="en_us", region="CA", names="en_CA",
     towns=[("Toronto", "ON M4C", "416"), ("Halifax", "NS B3H", "902"), ("Calgary", "AB T2N", "403"),
            ("Ottawa", "ON K1S", "613"), ("Victoria", "BC V8V", "250"), ("Winnipeg", "MB R3M", "204")],
     streets=["Carlaw Ave", "Robie St", "Kensington Rd NW", "Bank St", "Cook St", "Corydon Ave", "Queen St E"],
     dob=["%Y-%m-%d", "%Y-%m-%d", "en_us", "%d/%m/%Y"],
     mail=["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca", "bell.net"])
_reg("AU", lang="en", region="AU", names="en_AU",
     towns=[("Fitzroy", "VIC 3065"), ("Newtown", "NSW 2042"), ("Fremantle", "WA 6160"), ("Toowong", "QLD 4066"),
            ("Glenelg", "SA 5045"), ("Hobart", "TAS 7000"), ("Geelong", "VIC 3220")],
     streets=["Brunswick St", "King St", "High Street", "Jetty Rd", "Sandy Bay Rd", "Coronation Dr", "Ryrie St"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d.%m.%Y"],
     mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"])
_reg("IN", lang="en", region="IN", names="en_IN",
     towns=[("Pune", "411038"), ("Bengaluru", "560034"), ("Chennai", "600040"), ("Jaipur", "302015"),
            ("Kochi", "682020"), ("Hyderabad", "500081"), ("Lucknow", "226010")],
     streets=["MG Road", "Nehru Nagar", "Anna Salai", "Station Road", "Ring Road", "Gandhi Marg", "Park Street"],
     dob=["%d/%m/%Y", "%d-%m-%Y", "L", "%d.%m.%Y"],
     mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"])
_reg("IE", lang="en", region="IE", names="en_IE",
     towns=[("Dublin 8", "D08"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Sligo", "F91"),
            ("Kilkenny", "R95")],
     streets=["Oakfield Park", "Main Street", "Church Road", "St Brendan's Avenue", "Fair Green", "Quay Street"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d-%m-%Y"],
     mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"])
_reg("NZ", lang="en", region="NZ", names="en_NZ",
     towns=[("Wellington", "6021"), ("Christchurch", "8011"), ("Dunedin", "9016"), ("Hamilton", "3204"),
            ("Nelson", "7010"), ("Napier", "4110")],
     streets=["Aro Street", "Riccarton Road", "George Street", "Victoria Street", "Trafalgar Street", "Kennedy Road"],
     dob=["%d/%m/%Y", "L", "%d-%m-%Y"],
     mail=["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"])
_reg("ZA", lang="en", region="ZA", names=(["Thandi", "Naledi", "Zanele", "Lerato", "Chantelle", "Megan", "Ayesha"],
                                            ["Sipho", "Thabo", "Mandla", "Ruan", "Kyle", "Sello", "Pieter"],
                                            ["Nkosi", "Dlamini", "Mokoena", "van Wyk", "Naidoo", "Botha",
                                             "Khumalo", "Pillay", "Jacobs", "Mahlangu"]),
     towns=[("Cape Town", "8001"), ("Durban", "4001"), ("Pretoria", "0181"), ("Stellenbosch", "7600"),
            ("Gqeberha", "6001"), ("Bloemfontein", "9301"), ("Paarl", "7646"), ("George", "6529"),
            ("Worcester", "6850"), ("Potchefstroom", "2531")],
     streets=["Long Street", "Florida Road", "Dorpstraat", "Kerkstraat", "Andringastraat", "Main Road",
              "Pleinstraat", "Bergstraat"],
     dob=["%d/%m/%Y", "%Y/%m/%d", "L", "%Y-%m-%d"],
     mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"])
_reg("SG", lang="en", region="SG", names=(["Mei Ling", "Hui Min", "Siti", "Priya", "Wei Ting", "Nurul"],
                                            ["Wei Jie", "Jun Hao", "Muhammad Hafiz", "Arjun", "Kelvin", "Darren"],
                                            ["Tan", "Lim", "Ng", "Wong", "Lee", "Goh", "Rahman", "Chua", "Nair"]),
     towns=[("Singapore", "5")], streets=["Tampines Street 11", "Bedok North Avenue 3", "Toa Payoh Lorong 1",
                                           "Jurong West Street 52", "Ang Mo Kio Avenue 6", "Clementi Avenue 2"],
     dob=["%d/%m/%Y", "%d-%m-%Y", "L", "%Y-%m-%d"], mail=["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"])
_reg("PH", lang="tl", region="PH", names=(["Maria Luisa", "Marites", "Ligaya", "Rowena", "Analyn", "Kristine", "Joy"],
                                            ["Juan", "Jose", "Ramon", "Jericho", "Mark Anthony", "Paolo", "Rodel"],
                                            ["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva",
                                             "Garcia", "Ramos", "Aquino", "Castillo"]),
     towns=[("Quezon City", "1101"), ("Makati", "1200"), ("Cebu City", "6000"), ("Davao City", "8000"),
            ("Pasig", "1600"), ("Iloilo City", "5000")],
     streets=["Kalayaan Ave", "Katipunan Ave", "Osmeña Blvd", "J.P. Laurel Ave", "Ortigas Ave", "Gen. Luna St"],
     dob=["en_us", "%m/%d/%Y", "L", "%Y-%m-%d"], mail=["gmail.com", "yahoo.com.ph", "outlook.com"])
_reg("NG", lang="en", region="NG", names="en_NG",
     towns=[("Lagos", "101241"), ("Abuja", "900211"), ("Ibadan", "200284"), ("Enugu", "400001"),
            ("Port Harcourt", "500272")],
     streets=["Adeola Odeku Street", "Aminu Kano Crescent", "Ring Road", "Ogui Road", "Aba Road", "Allen Avenue"],
     dob=["%d/%m/%Y", "%d-%m-%Y", "L"], mail=["gmail.com", "yahoo.com", "outlook.com"])
_reg("KE", lang="sw", region="KE", names=(["Amina", "Neema", "Zawadi", "Halima", "Rehema", "Wanjiru", "Achieng"],
                                            ["Juma", "Baraka", "Omari", "Musa", "Kamau", "Otieno", "Kiprono"],
                                            ["Mwangi", "Otieno", "Kamau", "Njoroge", "Wafula", "Ochieng", "Mutua",
                                             "Odhiambo", "Wambui", "Chebet"]),
     towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
            ("Eldoret", "30100")],
     streets=["Riverside Drive", "Moi Avenue", "Ngong Road", "Oginga Odinga Street", "Kenyatta Avenue",
              "Argwings Kodhek Road"],
     dob=["%d/%m/%Y", "%d-%m-%Y", "L"], mail=["gmail.com", "yahoo.com", "outlook.com"])
_reg("ES", lang="ca", region="ES", names=(["Montserrat", "Núria", "Laia", "Mireia", "Roser", "Meritxell", "Aina"],
                                            ["Jordi", "Pere", "Oriol", "Arnau", "Marc", "Pau", "Quim"],
                                            ["Puig", "Vila", "Serra", "Soler", "Ferrer", "Font", "Casals", "Roca",
                                             "Pujol", "Bosch", "Riera", "Batlle"]),
     towns=[("Barcelona", "08012"), ("Girona", "17001"), ("Lleida", "25002"), ("Tarragona", "43001"),
            ("Sabadell", "08201"), ("Vic", "08500"), ("Manresa", "08241")],
     streets=["Carrer de Verdi", "Carrer Major", "Rambla Nova", "Carrer de la Riera", "Carrer del Carme",
              "Avinguda de Catalunya", "Carrer de Sant Pere"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d-%m-%Y"], mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"])
_reg("IS", lang="is", region="IS", names="is_IS",
     towns=[("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
            ("Akureyri", "600"), ("Selfoss", "800"), ("Ísafjörður", "400")],
     streets=["Laugavegur", "Hringbraut", "Skólavörðustígur", "Bárugata", "Hafnarstræti", "Álfhólsvegur",
              "Hrísalundur"],
     dob=["%d.%m.%Y", "%d.%m.%Y", "L", "%d/%m/%Y"], mail=["gmail.com", "simnet.is", "internet.is", "hi.is"])
_reg("EE", lang="et", region="EE", names="et_EE",
     towns=[("Tallinn", "10117"), ("Tartu", "51003"), ("Pärnu", "80010"), ("Narva", "20308"), ("Viljandi", "71020"),
            ("Rakvere", "44307")],
     streets=["Narva mnt", "Tartu mnt", "Rüütli tn", "Riia tn", "Pikk tn", "Kalevi tn", "Lossi tn"],
     dob=["%d.%m.%Y", "%d.%m.%Y", "L", "%Y-%m-%d"], mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"])
_reg("LT", lang="lt", region="LT", names=(["Rūta", "Eglė", "Ieva", "Gintarė", "Aistė", "Jurgita"],
                                            ["Tomas", "Mantas", "Darius", "Jonas", "Lukas", "Vytautas"],
                                            ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus",
                                             "Paulauskas"],
                                            ["Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Žukauskaitė",
                                             "Butkutė", "Paulauskienė"]),
     towns=[("Vilnius", "LT-01103"), ("Kaunas", "LT-44280"), ("Klaipėda", "LT-92112"), ("Šiauliai", "LT-76285"),
            ("Panevėžys", "LT-35173")],
     streets=["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Savanorių pr.", "Tilžės g."],
     dob=["%Y-%m-%d", "%Y-%m-%d", "%Y.%m.%d", "%Y %m %d"], mail=["gmail.com", "inbox.lt", "one.lt", "yahoo.com"])
_reg("SI", lang="sl", region="SI", names="sl_SI",
     towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
            ("Novo mesto", "8000")],
     streets=["Slovenska cesta", "Trubarjeva ulica", "Prešernova ulica", "Tržaška cesta", "Gosposka ulica",
              "Partizanska cesta"],
     dob=["%-d. %-m. %Y", "%d.%m.%Y", "L"], mail=["gmail.com", "siol.net", "t-2.net", "amis.net"])
_reg("TR", lang="tr", region="TR", names="tr_TR",
     towns=[("İstanbul", "34710", "Kadıköy"), ("Ankara", "06690", "Çankaya"), ("İzmir", "35250", "Konak"),
            ("Bursa", "16110", "Nilüfer"), ("Antalya", "07100", "Muratpaşa"), ("Eskişehir", "26130", "Tepebaşı")],
     streets=["Moda Cad.", "Atatürk Bulvarı", "Kıbrıs Şehitleri Cad.", "Cumhuriyet Mah. Gül Sok.",
              "İnönü Cad.", "Bahariye Cad."],
     dob=["%d.%m.%Y", "%d.%m.%Y", "L", "%d/%m/%Y"], mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"])
_reg("RO", lang="ro", region="RO", names="ro_RO",
     towns=[("București", "030167"), ("Cluj-Napoca", "400114"), ("Iași", "700259"), ("Timișoara", "300077"),
            ("Brașov", "500030"), ("Constanța", "900178")],
     streets=["Str. Memorandumului", "Bd. Unirii", "Str. Lăpușneanu", "Calea Victoriei", "Str. Republicii",
              "Str. Mihai Eminescu"],
     dob=["%d.%m.%Y", "%d.%m.%Y", "L", "%d/%m/%Y"], mail=["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"])
_reg("VN", lang="vi", region="VN", names=None,
     towns=[("TP. Hồ Chí Minh", "Quận 1"), ("Hà Nội", "Quận Ba Đình"), ("Đà Nẵng", "Quận Hải Châu"),
            ("Cần Thơ", "Quận Ninh Kiều"), ("Huế", "Phường Phú Hội")],
     streets=["Lê Lợi", "Nguyễn Trãi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d-%m-%Y"], mail=["gmail.com", "yahoo.com.vn", "outlook.com"])
_reg("AL", lang="sq", region="AL", names=(["Blerina", "Elira", "Mirela", "Anila", "Jonida", "Ardita"],
                                            ["Arben", "Gentian", "Dritan", "Erion", "Klodian", "Ilir"],
                                            ["Hoxha", "Shehu", "Leka", "Dervishi", "Kola", "Gjoka", "Marku", "Basha",
                                             "Çela", "Prifti"]),
     towns=[("Tiranë", "1001"), ("Durrës", "2001"), ("Shkodër", "4001"), ("Vlorë", "9401"), ("Korçë", "7001"),
            ("Elbasan", "3001")],
     streets=["Rruga e Kavajës", "Rruga Myslym Shyri", "Rruga Sami Frashëri", "Rruga e Durrësit",
              "Rruga Ismail Qemali"],
     dob=["%d.%m.%Y", "%d/%m/%Y", "L"], mail=["gmail.com", "yahoo.com", "hotmail.com"])
_reg("MT", lang="mt", region="MT", names=(["Maria", "Rita", "Doris", "Rebekah", "Marija", "Ramona"],
                                            ["Josef", "Carmel", "Mario", "Clayton", "Kurt", "Ġużeppi"],
                                            ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef",
                                             "Grech", "Attard", "Spiteri"]),
     towns=[("Ħal Qormi", "QRM"), ("Birkirkara", "BKR"), ("Żabbar", "ZBR"), ("Sliema", "SLM"), ("Rabat", "RBT"),
            ("Mosta", "MST")],
     streets=["Triq il-Kbira", "Triq San Pawl", "Triq il-Kappillan Mifsud", "Triq Santa Marija", "Triq il-Wied"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L"], mail=["gmail.com", "maltanet.net", "hotmail.com", "go.net.mt"])
_reg("ZA_AF", lang="af", region="ZA", names=(["Annelie", "Marietjie", "Elna", "Sanet", "Liezl", "Karlien"],
                                               ["Johan", "Pieter", "Hennie", "Riaan", "Willem", "Gerhard"],
                                               ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Venter",
                                                "Coetzee", "Steyn", "Fourie", "Kruger"]),
     towns=[("Stellenbosch", "7600"), ("Paarl", "7646"), ("Worcester", "6850"), ("George", "6529"),
            ("Potchefstroom", "2531"), ("Bloemfontein", "9301")],
     streets=["Dorpstraat", "Kerkstraat", "Andringastraat", "Pleinstraat", "Bergstraat", "Langstraat"],
     dob=["%Y-%m-%d", "%d/%m/%Y", "L"], mail=["gmail.com", "mweb.co.za", "telkomsa.net", "absamail.co.za"])
_reg("DE", lang="de", region="DE", names="de_DE",
     towns=[("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"), ("Münster", "48143"), ("Kassel", "34117"),
            ("Regensburg", "93047")],
     streets=["Karl-Liebknecht-Straße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schillerstraße", "Am Anger"],
     dob=["%d.%m.%Y", "%d.%m.%Y", "L"], mail=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"])
_reg("FR", lang="fr", region="FR", names="fr_FR",
     towns=[("Lyon", "69003"), ("Nantes", "44000"), ("Lille", "59000"), ("Rennes", "35000"), ("Montpellier", "34000"),
            ("Toulouse", "31000")],
     streets=["rue Victor Hugo", "avenue Jean Jaurès", "boulevard de la Liberté", "rue des Lilas", "impasse du Moulin",
              "rue de la République"],
     dob=["%d/%m/%Y", "%d/%m/%Y", "L", "%d-%m-%Y"], mail=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"])
_reg("NL", lang="nl", region="NL", names="nl_NL",
     towns=[("Utrecht", "3511"), ("Groningen", "9711"), ("Haarlem", "2011"), ("Eindhoven", "5611"), ("Zwolle", "8011")],
     streets=["Oudegracht", "Kerkstraat", "Vondelstraat", "Herengracht", "Zuiderpark", "Molenweg"],
     dob=["%d-%m-%Y", "%d-%m-%Y", "L", "%d/%m/%Y"], mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"])
_reg("PT", lang="pt", region="PT", names="pt_PT",
     towns=[("Lisboa", "1200-195"), ("Porto", "4000-322"), ("Braga", "4700-031"), ("Coimbra", "3000-150"),
            ("Faro", "8000-138"), ("Aveiro", "3810-064")],
     streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua do Souto",
              "Rua Ferreira Borges"],
     dob=["%d/%m/%Y", "%d-%m-%Y", "L"], mail=["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"])

_VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
_VN_MID_F = ["Thị", "Ngọc", "Thu", "Minh"]
_VN_MID_M = ["Văn", "Đức", "Minh", "Quang"]
_VN_GIVEN_F = ["Lan", "Hương", "Linh", "Mai", "Phương", "Trang", "Thảo"]
_VN_GIVEN_M = ["Hùng", "Tuấn", "Dũng", "Khoa", "Nam", "Huy", "Long"]


def _name(rng, cc, g):
    names = C[cc]["names"]
    if cc == "VN":
        last = _c(rng, _VN_LAST)
        mid = _c(rng, _VN_MID_F if g == "f" else _VN_MID_M)
        given = _c(rng, _VN_GIVEN_F if g == "f" else _VN_GIVEN_M)
        return given, last, f"{last} {mid} {given}"
    if isinstance(names, str):
        f = _faker(names, rng)
        first = f.first_name_female() if g == "f" else f.first_name_male()
        last = f.last_name_female() if g == "f" else f.last_name_male()
    else:
        first = _c(rng, names[0] if g == "f" else names[1])
        last = _c(rng, names[3] if (g == "f" and len(names) > 3) else names[2])
    if cc == "ES" and rng.random() < 0.5:
        last = f"{last} {_c(rng, names[2])}"
    return first, last, f"{first} {last}"


class Person:
    def __init__(self, rng, cc, g=None):
        self.cc = cc
        self.g = g or _c(rng, "fm")
        self.first, self.last, self.full = _name(rng, cc, self.g)
        self.ti = rng.randrange(len(C[cc]["towns"]))
        self.town = C[cc]["towns"][self.ti][0]
        self.dob = date(1941, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))
        self._rng = rng

    def email(self, rng=None):
        rng = rng or self._rng
        f, l_ = _ascii(self.first.split()[0]), _ascii(self.last.split()[-1])
        local = _c(rng, [f"{f}.{l_}", f"{f}{l_}", f"{f[0]}.{l_}", f"{f}_{l_}{rng.randrange(1, 99)}",
                         f"{f}{self.dob.year % 100:02d}", f"{l_}.{f}", f"{f}.{l_}{self.dob.year}"])
        return f"{local}@{_c(rng, C[self.cc]['mail'])}"

    def phone(self, rng=None, style=None, kind="m"):
        rng = rng or self._rng
        area = C[self.cc]["towns"][self.ti][2] if self.cc in ("US", "CA") else None
        return _phone(rng, self.cc, kind, style, area)

    def addr(self, rng=None, multi=False):
        rng = rng or self._rng
        lines = _addr_lines(rng, self.cc, self.ti)
        return ("\n" if multi else ", ").join(lines)

    def addr_lines(self, rng=None):
        return _addr_lines(rng or self._rng, self.cc, self.ti)

    def dobs(self, rng=None, fmt=None):
        rng = rng or self._rng
        return _fmt_date(self.dob, self.cc, fmt or _c(rng, C[self.cc]["dob"]))


def _fmt_date(d, cc, fmt):
    if fmt == "L":
        return _long_date(d, C[cc]["lang"])
    if fmt == "en_us":
        return _long_date(d, "en_us")
    if "%-" in fmt:
        return fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace("%Y", str(d.year))
    return d.strftime(fmt)


def _other_date(rng, cc, past=True, fmt=None):
    d = TODAY + timedelta(days=(-rng.randrange(1, 400) if past else rng.randrange(1, 120)))
    f = fmt or C[cc]["dob"][0]
    return _fmt_date(d, cc, f)


_PHONE_CACHE: dict = {}
_MT = phonenumbers.PhoneNumberType


def _phone(rng, cc, kind="m", style=None, area=None):
    region = C[cc]["region"]
    ptype = _MT.MOBILE if kind == "m" else _MT.FIXED_LINE
    key = (region, ptype)
    if key not in _PHONE_CACHE:
        ex = phonenumbers.example_number_for_type(region, ptype)
        _PHONE_CACHE[key] = (ex.country_code, str(ex.national_number))
    code, nsn = _PHONE_CACHE[key]
    num = None
    for _ in range(400):
        if region in ("US", "CA"):
            a = area or nsn[:3]
            cand = a + str(rng.randrange(2, 10)) + _digits(rng, 2) + _digits(rng, 4)
            if cand[3:6] == "555":
                continue
        else:
            keep = 2 if len(nsn) >= 9 else 1
            cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
        n = phonenumbers.parse(f"+{code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (ptype, _MT.FIXED_LINE_OR_MOBILE):
            num = n
            break
    assert num is not None, cc
    style = style or _c(rng, ["nat", "nat", "nat", "intl", "intl", "e164", "compact"])
    F = phonenumbers.PhoneNumberFormat
    if style == "intl":
        s = phonenumbers.format_number(num, F.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, F.E164)
    else:
        s = phonenumbers.format_number(num, F.NATIONAL)
        if region == "LT":
            s = "8 " + s.replace("(0-", "").replace(")", "")
        s = re.sub(r"^\((\d+)\)", r"\1", s)
        if region in ("US", "CA"):
            d = re.sub(r"\D", "", s)
            s = _c(rng, [f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
        if style == "compact":
            s = re.sub(r"[^\d+]", "", s)
    p = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(p) and p.national_number == num.national_number, (s, region)
    return s


def _addr_lines(rng, cc, ti):
    t = C[cc]["towns"][ti]
    town, pc = t[0], t[1]
    st = _c(rng, C[cc]["streets"])
    n = rng.randrange(1, 240)
    if cc == "US":
        st_, z = pc.split()
        lines = [f"{n * 7 + rng.randrange(7)} {st}"]
        if rng.random() < 0.35:
            lines.append(_c(rng, [f"Apt {rng.randrange(1, 40)}{_c(rng, 'ABCD')}", f"Unit {rng.randrange(100, 420)}",
                                  f"Ste {rng.randrange(100, 900)}"]))
        return lines + [f"{town}, {st_} {z}{_digits(rng, 2)}"]
    if cc == "GB":
        first = f"{n} {st}" if rng.random() < 0.7 else f"Flat {rng.randrange(1, 12)}, {n} {st}"
        return [first, town, _gb_pc(rng, pc)]
    if cc == "CA":
        first = f"{n} {st}" if rng.random() < 0.6 else f"{rng.randrange(101, 1900)}-{n} {st}"
        prov, fsa = pc.split()
        return [first, f"{town} {prov} {_ca_pc(rng, fsa)}"]
    if cc == "AU":
        first = f"{n} {st}" if rng.random() < 0.6 else f"Unit {rng.randrange(1, 20)}/{n} {st}"
        return [first, f"{town} {pc}"]
    if cc == "IN":
        return [f"Flat {rng.randrange(1, 9)}0{rng.randrange(1, 9)}, {_c(rng, ['Sai Residency', 'Green Park Apartments', 'Shanti Kunj', 'Prestige Lakeside'])}",
                f"{n}, {st}", f"{town} - {pc}"]
    if cc == "IE":
        return [f"{n} {st}", town, _ie_pc(rng, pc)]
    if cc == "NZ":
        return [f"{n} {st}", f"{town} {pc}"]
    if cc in ("ZA",):
        return [f"{n} {st}", town, pc]
    if cc == "ZA_AF":
        return [f"{st} {n}", town, pc]
    if cc == "SG":
        return [f"Blk {rng.randrange(100, 999)} {st}", f"#{rng.randrange(2, 16):02d}-{rng.randrange(10, 999)}",
                f"Singapore {pc}{_digits(rng, 5)}"]
    if cc == "PH":
        return [f"{n} {st}", f"Brgy. {_c(rng, ['San Antonio', 'Poblacion', 'Malanday', 'Kapitolyo', 'Lahug'])}",
                f"{town} {pc}"]
    if cc == "NG":
        return [f"{n} {st}", f"{town} {pc}"]
    if cc == "KE":
        return [f"{_c(rng, ['Sunrise', 'Kileleshwa Gardens', 'Jacaranda', 'Tsavo'])} Apartments, Flat {rng.randrange(1, 9)}{_c(rng, 'ABC')}",
                st, f"{town} {pc}"]
    if cc == "ES":
        fl = _c(rng, ["1r 2a", "2n 1a", "3r 4a", "baixos", "àtic 2a", "4t 1a", "pral. 1a"])
        return [f"{st}, {n}, {fl}", f"{pc} {town}"]
    if cc in ("IS", "SI", "DE", "NL"):
        pc2 = _nl_pc(rng, pc) if cc == "NL" else pc
        return [f"{st} {n}", f"{pc2} {town}"]
    if cc in ("EE", "LT"):
        return [f"{st} {n}-{rng.randrange(1, 60)}", f"{pc} {town}"]
    if cc == "TR":
        return [f"{st} No: {n} D: {rng.randrange(1, 20)}", f"{pc} {t[2]}/{town}"]
    if cc == "RO":
        sec = f", Sector {rng.randrange(1, 7)}" if town == "București" else ""
        return [f"{st} nr. {n}, ap. {rng.randrange(1, 80)}", f"{pc} {town}{sec}"]
    if cc == "VN":
        return [f"Số {n} {st}", f"Phường {rng.randrange(1, 15)}", f"{pc}, {town}"]
    if cc == "AL":
        return [f"{st}, Pallati {rng.randrange(1, 60)}, Ap. {rng.randrange(1, 30)}", f"{pc} {town}"]
    if cc == "MT":
        return [f"Flat {rng.randrange(1, 9)}", f"{n}, {st}", f"{town} {_mt_pc(rng, pc)}"]
    if cc == "FR":
        return [f"{n} {st}", f"{pc} {town}"]
    if cc == "PT":
        return [f"{st}, {n}, {rng.randrange(1, 8)}.º {_c(rng, ['Esq', 'Dto', 'Frente'])}", f"{pc} {town}"]
    raise ValueError(cc)


# --------------------------------------------------------------------------------------------
# secrets, numbers and look-alikes
# --------------------------------------------------------------------------------------------

def _ssn(rng, dashed=True):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    s = f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s


def _ssn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def _routing(rng):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        d[0] = _c(rng, [0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)


def _bank_acct(rng):
    return str(rng.randrange(1, 10)) + _digits(rng, rng.randrange(7, 12))


def _card(rng, spaced=None):
    kind = rng.randrange(5)
    if kind == 0:
        num = _luhn(rng, "37" if rng.random() < 0.5 else "34", 15)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        pre = ["4", "4", "5" + str(rng.randrange(1, 6)), "6011"][kind - 1]
        num = _luhn(rng, pre, 16)
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    spaced = spaced if spaced is not None else _c(rng, [" ", " ", "-", ""])
    return spaced.join(groups)


def _luhn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x > 4 else x * 2) for i, x in enumerate(d)) % 10 == 0


def _iban(rng, cc, spaced=None):
    s = _iban_of(rng, cc)
    if spaced if spaced is not None else rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _ip(rng):
    return _ip_public_v4(rng) if rng.random() < 0.8 else _ip_public_v6(rng)


def _priv_ip(rng):
    return _c(rng, [f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    "127.0.0.1", f"fd{_hex(rng, 2)}:{_hex(rng, 4)}::{_hex(rng, 3)}"])


def _uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _bcrypt(rng):
    return "$2b$12$" + _alnum(rng, 53, _B64)


def _argon(rng):
    return f"$argon2id$v=19$m=65536,t=3,p=4${_alnum(rng, 22, _B62)}${_alnum(rng, 43, _B62)}"


def _sha(rng):
    return _hex(rng, 64)


def _masked(rng):
    l4 = _digits(rng, 4)
    return _c(rng, [f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"{_c(rng, ['4', '5'])}{_digits(rng, 5)}******{l4}",
                    f"ending {l4}"])


def _expiry(rng):
    return f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}"


def _ver(rng):
    return f"{rng.randrange(1, 19)}.{rng.randrange(0, 30)}.{rng.randrange(0, 120)}"


def _ref(rng, pre, n=6):
    return f"{pre}{_alnum(rng, n)}"


def _imei(rng):
    return _luhn(rng, _c(rng, ["35", "86", "01"]), 15)


def _gps(rng, lat, lon):
    return f"{lat + rng.uniform(-0.05, 0.05):.5f}, {lon + rng.uniform(-0.05, 0.05):.5f}"


_PW_WORDS = ["Summer", "Kaffi", "Tartu", "Lunar", "Dragon", "Monkey", "Sunshine", "Mango", "Bluebird", "Kiwi",
             "Galata", "Porto", "Jollof", "Bicho", "Fenix", "Ljubljana", "Zebra", "Ocean", "Rainbow", "Falcon"]


def _password(rng):
    k = rng.randrange(4)
    if k == 0:
        return f"{_c(rng, _PW_WORDS)}{rng.randrange(1970, 2027)}{_c(rng, '!#$@*?')}"
    if k == 1:
        return _alnum(rng, 1, _B62) + _alnum(rng, rng.randrange(11, 17), _B62 + "!#%&*+-=?@^_")
    if k == 2:
        return f"{_c(rng, _PW_WORDS).lower()}-{_c(rng, _PW_WORDS).lower()}-{rng.randrange(10, 99)}"
    w = _c(rng, _PW_WORDS)
    return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randrange(10, 999))


def _api_key(rng, kind=None):
    kind = kind if kind is not None else rng.randrange(6)
    return [lambda: "sk_live_" + _alnum(rng, 24, _B62),
            lambda: "ghp_" + _alnum(rng, 36, _B62),
            lambda: "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _alnum(rng, 24, _B62),
            lambda: "AIza" + _alnum(rng, 34, _B62 + "-_") + _alnum(rng, 1, _B62),
            lambda: "SG." + _alnum(rng, 22, _B62 + "-_") + "." + _alnum(rng, 42, _B62 + "-_") + _alnum(rng, 1, _B62),
            lambda: "tlk_" + _hex(rng, 40)][kind]()


def _pub_key(rng):
    return _c(rng, ["pk_live_" + _alnum(rng, 24, _B62), "AC" + _hex(rng, 32), "pk_test_" + _alnum(rng, 24, _B62)])


# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------

_TRIM = " \t\n\"'()[]{}<>.,;:!?"


class B:
    """Accumulates text; parts are plain strings or (value, label) pairs (label None: unlabelled)."""

    def __init__(self):
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                v, lab = p
                if lab:
                    assert lab in LABELS, lab
                    self.spans.append((self.n, self.n + len(v), lab))
                    self.vals.append(v)
                p = v
            p = p if isinstance(p, str) else str(p)
            self.buf.append(p)
            self.n += len(p)
        return self

    def text(self) -> Text:
        s = "".join(self.buf)
        sp = sorted(self.spans)
        for (a, b, lab), v in zip(self.spans, self.vals):
            assert s[a:b] == v and v, (v, lab)
            assert v[0] not in _TRIM and (v[-1] not in _TRIM or v.endswith(".") and lab == "PERSON"
                                          or lab in ("PASSWORD", "API_KEY")), (v, lab)
            if lab == "CREDIT_CARD":
                assert _luhn_ok(v), v
            if lab == "US_SSN":
                assert _ssn_ok(v), v
        for (a1, b1, _), (a2, b2, _) in zip(sp, sp[1:]):
            assert b1 <= a2, (s[a1:b1], s[a2:b2])
        return Text(s, [tuple(x) for x in sp])


def P(v):
    return (v, "PERSON")


def E(v):
    return (v, "EMAIL_ADDRESS")


def T(v):
    return (v, "PHONE_NUMBER")


def A(v):
    return (v, "STREET_ADDRESS")


def L(v):
    return (v, "LOCATION")


def D(v):
    return (v, "DATE_OF_BIRTH")


def IP(v):
    return (v, "IP_ADDRESS")


def CC(v):
    return (v, "CREDIT_CARD")


def IB(v):
    return (v, "IBAN_CODE")


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


def SSN(v):
    return (v, "US_SSN")


def BANK(v):
    return (v, "US_BANK_NUMBER")


# --------------------------------------------------------------------------------------------
# free-text templates: English (US GB CA AU IN IE NZ ZA SG PH NG KE)
# --------------------------------------------------------------------------------------------

def t_us_hotel_email(r):
    g, agent = Person(r, "US"), Person(r, "US")
    b = B()
    b("From: ", P(g.full), " <", E(g.email()), ">\nTo: ", E("guestrelations@harbourlight.com"),
      f"\nSubject: Re: Reservation HLX-{_alnum(r, 6)} - early check-in?\n\n",
      _c(r, ["Hi there,", "Hello,", "Good morning,"]), "\n\nWe land around ", f"{r.randrange(6, 11)}:{_c(r, ['05', '30', '45'])}am",
      " and were hoping to drop bags before the room is ready. The booking is under my wife's name, ",
      P(Person(r, "US", "f").first), ". We're driving down from ", L(Person(r, "US").town),
      " afterwards so a late checkout on the ", _other_date(r, "US", False, "%m/%d"), " would help too.\n\nThanks,\n",
      P(g.first), "\n", T(g.phone(r)), "\n\n> On ", _other_date(r, "US", True, "en_us"), ", ", P(agent.full),
      " wrote:\n> Your card ", _masked(r), " (exp ", _expiry(r), ") has been pre-authorized for $",
      f"{r.randrange(180, 900)}.{_digits(r, 2)}", ".\n> ", P(agent.first), " | Guest Relations, Harbourlight Hotels\n> ",
      A(agent.addr_lines(r)[0]), "\n> ", A(agent.addr_lines(r)[-1]), "\n> Tel ", T(_phone(r, "US", "f", "nat")), "\n")
    return b.text()


def t_gb_forwarded_boiler(r):
    c, eng = Person(r, "GB"), Person(r, "GB")
    b = B()
    b("---------- Forwarded message ---------\nFrom: ", P(c.full), " <", E(c.email()), ">\nDate: ",
      _other_date(r, "GB", True, "L"), f" {r.randrange(8, 22)}:{_digits(r, 1)}{_digits(r, 1)}\nSubject: boiler still losing pressure\nTo: ",
      E("bookings@torrentflue.co.uk"), "\n\nHi,\n\nYour engineer (", P(eng.first), ") came out last ",
      _c(r, ["Tuesday", "Thursday", "week"]), " and topped it up but it's back down to 0.4 bar. Model is ",
      _c(r, ["Worcester Bosch Greenstar 30i", "Vaillant ecoTEC plus 832", "Ideal Logic Combi 35"]),
      ", serial ", _alnum(r, 10), ". Key safe code is ", _digits(r, 4), " if we're out.\n\nAddress again:\n",
      A(c.addr(r, multi=True)), "\n\nMobile ", T(c.phone(r)), ". Please don't send ", P(eng.last),
      " again, no offence.\n\n", P(c.first), "\n\n-- \nJob ref TF-", _digits(r, 6), " / engineer ID ENG", _digits(r, 3), "\n")
    return b.text()


def t_ca_livechat_airline(r):
    c, ag = Person(r, "CA"), Person(r, "CA")
    b = B()
    t0 = r.randrange(8, 20)
    b(f"[{t0}:02] System: Chat started - SkyLedger Support (queue: Tier Status)\n[{t0}:02] ", P(ag.first),
      " (Aurelle Air): Hi! You're chatting with ", P(ag.first), ". How can I help?\n[", f"{t0}:03", "] ", P(c.full),
      ": my miles from flight AU", _digits(r, 3), " on ", _other_date(r, "CA", True, "%b %d"),
      " never posted, member # ", _digits(r, 9), "\n[", f"{t0}:04", "] ", P(ag.first),
      ": Sorry about that! To verify, can you confirm the email and date of birth on file?\n[", f"{t0}:05",
      "] ", P(c.full), ": ", E(c.email()), " / ", D(c.dobs(r)), "\n[", f"{t0}:06", "] ", P(ag.first),
      ": Thanks ", P(c.first), ". I see PNR ", _alnum(r, 6), ", seat ", f"{r.randrange(3, 40)}{_c(r, 'ACDF')}",
      ". I've added ", f"{r.randrange(1, 9)},{_digits(r, 3)}", " miles manually.\n[", f"{t0}:07", "] ", P(c.full),
      ": great. also I moved to ", L(Person(r, "CA").town), " last month, can you update my number to ",
      T(c.phone(r)), "?\n[", f"{t0}:08", "] ", P(ag.first), ": Done. Anything else?\n[", f"{t0}:08", "] System: Chat ended\n")
    return b.text()


def t_au_sms_laundry(r):
    c, dr = Person(r, "AU"), Person(r, "AU")
    b = B()
    b("FoldRight: Hi ", P(c.first), ", your driver ", P(dr.first), " will collect bag #", _digits(r, 5),
      " between 2-4pm today. Reply STOP to opt out.\n\n", _c(r, ["hey", "Hi", "hiya"]),
      " can he leave the clean stuff at the side gate, code ", _digits(r, 4), "# . address is ", A(c.addr(r)),
      " not the old one\n\nFoldRight: Noted! Total $", f"{r.randrange(20, 90)}.{_c(r, ['00', '50', '95'])}",
      " will be charged to card ", _masked(r), ".\n\nalso my dog ", _c(r, ["Bluey", "Milo", "Biscuit", "Max"]),
      " barks, just ignore him lol. if any problem call ", T(c.phone(r, style="nat")), "\n")
    return b.text()




def t_ie_therapy_quoted(r):
    c, th = Person(r, "IE"), Person(r, "IE")
    lines = c.addr_lines(r)
    b = B()
    b("Hi ", P(th.first), ",\n\nYes Thursday at ", f"{r.randrange(9, 19)}:00", " suits, thank you. I'll use the laptop this time.\n\n",
      P(c.first), "\n\nOn ", _other_date(r, "IE", True, "%d %b %Y"), ", ", P(c.full), " <", E(c.email()),
      "> wrote:\n> Hi, I need to update my billing address for the invoices, it's now:\n")
    for ln in lines:
        b("> ", A(ln), "\n")
    b("> and my mobile changed to ", T(c.phone(r)), "\n> Thanks\n>\n>> ", P(th.full),
      ", Counsellor (MIACP) | Stillwater Online Counselling\n>> Session link: https://meet.stillwater.care/r/",
      _alnum(r, 10, _B62), "\n")
    return b.text()


def t_us_crm_financing(r):
    c, rep = Person(r, "US"), Person(r, "US")
    b = B()
    b("CRM NOTE  ", _other_date(r, "US", True, "%Y-%m-%d"), "  by ", P(rep.first[0] + ". " + rep.last),
      "\nAcct: TF-", _digits(r, 7), "   Stage: Financing app\n\nSpoke w/ ", P(c.full),
      " re: water heater replacement quote Q-", _digits(r, 5), " ($", f"{r.randrange(2, 9)},{_digits(r, 3)}",
      "). Cust wants 12-mo financing. Collected:\n  SSN ", SSN(_ssn(r)), "\n  DOB ", D(c.dobs(r)), "\n  ACH routing ",
      _routing(r), " acct ", BANK(_bank_acct(r)), " (checking)\n  home: ", A(c.addr(r)),
      "\nCust asked us to call his wife ", P(Person(r, "US", "f").first), " at ", T(c.phone(r)),
      " after 5. Approved tier B, APR 9.9%. Sent docs via DocuSign env ", _uuid(r), "\n")
    return b.text()


def t_nz_transcript_hotel(r):
    c = Person(r, "NZ")
    card = re.sub(r"\D", " ", _card(r, " "))
    b = B()
    b("[auto-transcript | call ", _uuid(r)[:8], " | harbourlight reservations]\nagent: harbourlight hotels this is ",
      P(Person(r, "NZ").first.lower()), " speaking how can i help\ncaller: yeah gidday um i want to book two nights in queenstown under ",
      P(c.full.lower()), "\nagent: no worries can i grab a contact number\ncaller: yep it's ", T(c.phone(r, style="compact")),
      "\nagent: and date of birth for the loyalty profile\ncaller: ", D(c.dobs(r, "%d/%m/%Y")),
      "\nagent: lovely and where are you travelling from\ncaller: from ", L(Person(r, "NZ").town.lower()),
      "\nagent: and the card for the deposit\ncaller: ", CC(card), " expiry ", _expiry(r),
      "\nagent: and the three digits on the back\ncaller: ", _digits(r, 3), "\nagent: perfect your confirmation is h l x ",
      " ".join(_alnum(r, 4).lower()), "\n")
    return b.text()


def t_gb_app_log(r):
    b = B()
    for _ in range(r.randrange(5, 8)):
        p = Person(r, "GB")
        ts = f"2026-11-{r.randrange(1, 28):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{_digits(r, 3)}Z"
        k = r.randrange(4)
        if k == 0:
            b(ts, " INFO  auth.LoginService - login ok user=", E(p.email()), " ip=", IP(_ip(r)), " session=",
              _alnum(r, 24, _B62), " ua=\"SkyLedger/", _ver(r), " (iOS ", _ver(r), ")\"\n")
        elif k == 1:
            b(ts, " WARN  auth.LoginService - failed login attempt ", r.randrange(2, 6), "/5 for ", E(p.email()),
              " from ", IP(_ip(r)), " via lb ", _priv_ip(r), "\n")
        elif k == 2:
            b(ts, " DEBUG profile.UpdateHandler - member=", _digits(r, 9), " changed phone -> ", T(p.phone(r, style="e164")),
              " trace=", _hex(r, 32), "\n")
        else:
            b(ts, " INFO  miles.Accrual - posted ", r.randrange(200, 4000), " miles pnr=", _alnum(r, 6), " flight=AU",
              _digits(r, 3), " build=", _ver(r), "\n")
    return b.text()


def t_us_access_log(r):
    b = B()
    for _ in range(r.randrange(5, 9)):
        ip = _ip(r) if r.random() < 0.7 else _priv_ip(r)
        lab = "IP_ADDRESS" if not re.match(r"^(10\.|192\.168|172\.|127\.|fd)", ip) else None
        path = _c(r, [f"/api/v2/orders/GL-{_digits(r, 8)}", "/checkout/seat-map?event=" + _digits(r, 5),
                      "/static/app." + _hex(r, 8) + ".js", "/health", f"/e/{_alnum(r, 8, _B62)}/tickets"])
        b((ip, lab), f" - - [{r.randrange(1, 28):02d}/Nov/2026:{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} -0500] \"",
          _c(r, ["GET", "GET", "POST"]), " ", path, " HTTP/1.1\" ", _c(r, ["200", "200", "304", "404", "502"]), " ",
          str(r.randrange(200, 90000)), " \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/", _ver(r), "\"\n")
    return b.text()


def t_us_env_config(r):
    b = B()
    b("# gateloop-box-office/.env.production  (DO NOT COMMIT)\nAPP_VERSION=", _ver(r), "\nDB_HOST=", _priv_ip(r),
      "\nDB_USER=boxoffice_rw\nDB_PASSWORD=", PW(_password(r)), "\nSTRIPE_PUBLISHABLE_KEY=", "pk_live_" + _alnum(r, 24, _B62),
      "\nSTRIPE_SECRET_KEY=", KEY(_api_key(r, 0)), "\nSENDGRID_API_KEY=", KEY(_api_key(r, 4)),
      "\nTWILIO_ACCOUNT_SID=AC", _hex(r, 32), "\nTWILIO_FROM=", T(_phone(r, "US", "f", "e164")),
      "\nSUPPORT_INBOX=", E("help@gateloop.events"), "\nSESSION_SECRET_HASH=", _sha(r), "\nINSTANCE_ID=", _uuid(r), "\n")
    return b.text()


def t_za_form_dump(r):
    c = Person(r, "ZA")
    b = B()
    b("=== FoldRight web signup #", _digits(r, 6), " ===\nfirst_name: ", P(c.first), "\nlast_name: ", P(c.last),
      "\ncell: ", T(c.phone(r)), "\nemail: ", E(c.email()), "\ndate_of_birth: ", D(c.dobs(r)),
      "\ncollection_address: ", A(c.addr(r)), "\nbranch: ", _c(r, ["Rondebosch", "Umhlanga", "Menlyn"]),
      "\nhow_did_you_hear: ", _c(r, ["Instagram", "friend", "flyer at Pick n Pay"]), "\npromo_code: FOLD",
      _digits(r, 2), "\nmarketing_opt_in: ", _c(r, ["true", "false"]), "\nsubmitted_at: 2026-11-", f"{r.randrange(1, 27):02d}",
      f" {r.randrange(24):02d}:{r.randrange(60):02d}\n")
    return b.text()


def t_sg_jsonl_therapy(r):
    b = B()
    for _ in range(r.randrange(3, 6)):
        p = Person(r, "SG")
        ev = _c(r, ["signup", "login", "password_reset", "session_booked"])
        b('{"ts":"2026-11-', f'{r.randrange(1, 27):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:00+08:00","event":"', ev,
          '","user_id":"', _uuid(r), '","email":"', E(p.email()), '","ip":"', IP(_ip(r)), '"')
        if ev == "signup":
            b(',"name":"', P(p.full), '","mobile":"', T(p.phone(r)), '","pw_hash":"', _bcrypt(r), '"')
        elif ev == "session_booked":
            b(',"counsellor":"', P(Person(r, "SG").full), '","slot":"2026-12-', f'{r.randrange(1, 28):02d}', '","amount_sgd":',
              str(r.randrange(90, 180)))
        else:
            b(',"app":"stillwater-web@', _ver(r), '"')
        b("}\n")
    return b.text()




def t_ke_mpesa_tickets(r):
    c = Person(r, "KE")
    code = _alnum(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    b = B()
    b(code, " Confirmed. Ksh", f"{r.randrange(1, 9)},{_c(r, ['000', '500', '200'])}", ".00 sent to GATELOOP EVENTS KE for account GL",
      _digits(r, 6), " on ", _other_date(r, "KE", True, "%d/%m/%y"), " at ", f"{r.randrange(1, 12)}:{r.randrange(60):02d} PM",
      ". New M-PESA balance is Ksh", f"{r.randrange(100, 9000)}.{_digits(r, 2)}", ".\n\nGateLoop: Hi ", P(c.first),
      ", your ticket for Sauti Sol Unplugged at the Carnivore Grounds is confirmed. Ticket ID ", _digits(r, 10),
      ". Show the QR at Gate B.\n\nReply from ", T(c.phone(r)), ": asante! can i transfer one ticket to my brother ",
      P(Person(r, "KE", "m").full), "? his number is ", T(Person(r, "KE").phone(r)), "\n")
    return b.text()


def t_ng_ticket_notes(r):
    c, ag = Person(r, "NG"), Person(r, "NG")
    b = B()
    b("Ticket #", _digits(r, 6), " | Aurelle Air Customer Care | Priority: High\nRequester: ", P(c.full), " <", E(c.email()),
      ">\n\nCustomer message:\nGood day, my name on the booking is misspelt. Passport says ", P(c.full.upper()),
      " but ticket shows ", P(c.first.upper() + " " + c.last.upper()[:-1]),
      ". I am travelling from ", L(c.town), " to ", L(_c(r, ["London", "Dubai", "Accra", "Houston"])),
      " on ", _other_date(r, "NG", False, "L"), ". My date of birth is ", D(c.dobs(r)), ". Call me on ", T(c.phone(r)),
      ".\n\n--- Internal note (", P(ag.first), ") ---\nName correction allowed (1 char). Fee waived. PNR ", _alnum(r, 6),
      ", e-ticket 0", _digits(r, 12), ". Do NOT refund card ", _masked(r), ".\n")
    return b.text()


def t_us_ocr_warranty(r):
    c = Person(r, "US")
    b = B()
    b("T0RRENT & FLUE  -  PRODUCT WARRANTY REG1STRATION\n\nNarne: ", P(c.full.upper()), "     Date of Birth: ", D(c.dobs(r, "%m/%d/%Y")),
      "\nAddress: ", A(c.addr(r)), "\nPhone: ", T(c.phone(r)), "   E-mail: ", E(c.email()),
      "\nUnit: Rheem Performance 50 Gal   Serial No: ", _alnum(r, 4), "-", _digits(r, 6), "\nInstall date: ",
      _other_date(r, "US", True, "%m/%d/%Y"), "   Installer: Morgan & Hale Plumbing LLC\nSignature: ___",
      P(c.first[0] + ". " + c.last), "___\n")
    return b.text()


def t_au_spreadsheet(r):
    b = B()
    b("Order\tName\tEmail\tMobile\tQty\tTotal\tSeat\n")
    for _ in range(r.randrange(4, 7)):
        p = Person(r, "AU")
        b("GL", _digits(r, 7), "\t", P(p.full), "\t", E(p.email()), "\t", T(p.phone(r, style="nat")), "\t",
          str(r.randrange(1, 5)), "\t$", f"{r.randrange(40, 400)}.00", "\t", f"{_c(r, 'ABCDEFGH')}{r.randrange(1, 30)}", "\n")
    return b.text()


def t_gb_notifications(r):
    b = B()
    for _ in range(r.randrange(4, 7)):
        p = Person(r, "GB")
        k = r.randrange(5)
        if k == 0:
            b("Subject: ", P(p.first), ", your Harbourlight stay HLX-", _alnum(r, 6), " is confirmed\n")
        elif k == 1:
            b("Subject: Your FoldRight order #", _digits(r, 6), " is out for delivery\n")
        elif k == 2:
            b("Subject: [GateLoop] Tickets for The Velvet Lanterns - order ", _digits(r, 8), "\n")
        elif k == 3:
            b("Subject: Payment received from ", P(p.full), " (£", f"{r.randrange(60, 400)}.00", ")\n")
        else:
            b("Subject: New message from ", P(p.first), " on Stillwater\n")
    return b.text()


def t_ca_release_notes(r):
    b = B()
    b("SkyLedger mobile ", _ver(r), " release notes\n\n- Fixed crash on Android ", r.randrange(11, 16), " when opening boarding pass (build ",
      _digits(r, 5), ")\n- Staging API moved to ", _priv_ip(r), ":8443\n- Image digest sha256:", _sha(r),
      "\n- Tier thresholds: Silver 25,000 / Gold 50,000 miles\n- Known issue #", _digits(r, 4),
      ": seat map shows 0.0.0.0 for offline kiosks\n- Deployed by the release train on ", _other_date(r, "CA", True, "%Y-%m-%d"), "\n")
    return b.text()


def t_us_incident_summary(r):
    b = B()
    b("Incident INC-", _digits(r, 5), " (Sev ", r.randrange(2, 4), ") - box office checkout latency\nWindow: ",
      _other_date(r, "US", True, "%Y-%m-%d"), f" {r.randrange(24):02d}:{r.randrange(60):02d}-{r.randrange(24):02d}:{r.randrange(60):02d} UTC",
      "\nImpact: ", r.randrange(100, 3000), " orders delayed, $", f"{r.randrange(10, 99)},{_digits(r, 3)}",
      " GMV retried\nRoot cause: connection pool exhausted on db-primary (", _priv_ip(r), "), release ", _ver(r),
      "\nFollow-ups: JIRA BO-", _digits(r, 4), ", BO-", _digits(r, 4), "; revert commit ", _hex(r, 40),
      "\nNo customer data exposed.\n")
    return b.text()


def t_ie_slack_secrets(r):
    a, c = Person(r, "IE"), Person(r, "IE")
    b = B()
    b(P(a.full), "  ", f"{r.randrange(9, 12)}:{r.randrange(60):02d}", "\nanyone got the creds for the payments sandbox? ci is failing\n",
      P(c.full), "  ", f"{r.randrange(12, 17)}:{r.randrange(60):02d}", "\nuser `svc-payments` / pw `", PW(_password(r)),
      "`  and the api key is `", KEY(_api_key(r, r.randrange(0, 3))), "`\nplease rotate after, the bcrypt in the db is `",
      _bcrypt(r), "`\n", P(a.first), "  ", f"{r.randrange(12, 17)}:{r.randrange(60):02d}",
      "\nthanks :pray: (also the publishable one `", _pub_key(r), "` is fine to share)\n")
    return b.text()


def t_in_therapy_intake(r):
    c, em = Person(r, "IN"), Person(r, "IN")
    b = B()
    b("INTAKE CALL - Stillwater | counsellor: ", P(Person(r, "IN").full), "\nClient: ", P(c.full), ", DOB ", D(c.dobs(r)),
      ". Lives in ", L(c.town), " with parents, recently moved from ", L(Person(r, "IN").town),
      " for work. Presenting: sleep issues, work stress. PHQ-9 = ", r.randrange(5, 20),
      ".\nEmergency contact: ", P(em.full), " (", _c(r, ["brother", "mother", "spouse"]), "), ", T(em.phone(r)),
      "\nPreferred contact email ", E(c.email()), ". Package: 6 sessions, INR ", f"{r.randrange(6, 15)},000",
      ". Next slot ", _other_date(r, "IN", False, "%d/%m"), " 7pm IST.\n")
    return b.text()


def t_us_dispute_email(r):
    c = Person(r, "US")
    b = B()
    b("Dear Harbourlight Billing,\n\nI am disputing a charge of $", f"{r.randrange(120, 800)}.{_digits(r, 2)}",
      " from your ", _c(r, ["Savannah", "Boise", "Tucson"]), " property dated ", _other_date(r, "US", True, "%m/%d/%Y"),
      ". I never stayed there. The card used was ", CC(_card(r)), ", exp ", _expiry(r),
      ". My billing address is ", A(c.addr(r)), ". Your receipt only shows ", _masked(r),
      " and auth code ", _digits(r, 6), ".\n\nRegards,\n", P(c.full), "\n", T(c.phone(r)), "\n", E(c.email()), "\n")
    return b.text()


def t_gb_kv_payments(r):
    b = B()
    for _ in range(r.randrange(3, 5)):
        p = Person(r, "GB")
        b("ts=2026-11-", f"{r.randrange(1, 27):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}Z", " svc=foldright-billing level=info msg=\"mandate created\" customer=\"",
          P(p.full), "\" email=", E(p.email()), " iban=", IB(_iban(r, "GB", False)), " sort_code=",
          f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", " bic=", _c(r, ["NWBKGB2L", "BARCGB22", "LOYDGB21"]),
          " mandate_id=MD", _alnum(r, 12), " amount_gbp=", f"{r.randrange(10, 60)}.{_digits(r, 2)}", "\n")
    return b.text()


def t_nz_chat_laundry(r):
    c = Person(r, "NZ")
    pet = _c(r, ["Pickles", "Rangi", "Hunter", "Poppy"])
    b = B()
    b("Live chat - FoldRight\nVisitor: hi is it ok if the dog bed goes in the wash, it's ", pet, "'s and its pretty gross\nAgent (",
      P(Person(r, "NZ").first), "): Kia ora! Yes, pet bedding is $18 per item. Can I take your name?\nVisitor: ", P(c.full),
      ". I'm off to ", L(_c(r, ["Sydney", "Rarotonga", "Queenstown", "Auckland"])), " tomorrow so pickup before 10 ideally\nAgent: No stress. Pickup from ",
      A(c.addr(r)), "?\nVisitor: yep. tracking number for last order was FR", _digits(r, 9),
      " btw and it never came\nAgent: Looking now - it's at our ", _c(r, ["Petone", "Sydenham", "Frankton"]),
      " depot. I'll text ", T(c.phone(r)), " when it's on the van.\n")
    return b.text()


def t_za_airline_call(r):
    c = Person(r, "ZA", "f")
    b = B()
    b("Call note - SkyLedger desk (Johannesburg office)\nCaller ", P(c.full), " says her miles were moved to an account for ",
      P(Person(r, "ZA").full), ". Verified with DOB ", D(c.dobs(r)), " and cell ", T(c.phone(r)), ". Home town ",
      L(c.town), ". Member since ", r.randrange(2005, 2024), ", tier Silver. Opened fraud case FC-", _digits(r, 6),
      ". IMEI of registered device ", _imei(r), ". Customer will email ID copy from ", E(c.email()), ".\n")
    return b.text()


def t_us_direct_deposit(r):
    c = Person(r, "US")
    b = B()
    b("TORRENT & FLUE SERVICES - DIRECT DEPOSIT AUTHORIZATION\nEmployee: ", P(c.last + ", " + c.first), "   Employee ID: ",
      _digits(r, 5), "\nSSN: ", SSN(_ssn(r, r.random() < 0.8)), "   Date of birth: ", D(c.dobs(r)), "\nHome address:\n",
      A(c.addr(r, multi=True)), "\nBank: First Lakeshore Credit Union   Routing (ABA): ", _routing(r), "\nAccount #: ",
      BANK(_bank_acct(r)), "   Type: ", _c(r, ["Checking", "Savings"]), "\nVan assignment: unit ", r.randrange(10, 99),
      ", GPS ", _gps(r, 30.27, -97.74), "\nSigned ", _other_date(r, "US", True, "%m/%d/%Y"), "\n")
    return b.text()


def t_sg_checkin_json(r):
    c = Person(r, "SG")
    b = B()
    b('{\n  "folio": "HLX-SG-', _digits(r, 6), '",\n  "guest": {"given_name": "', P(c.first), '", "family_name": "', P(c.last),
      '", "dob": "', D(c.dobs(r, "%Y-%m-%d")), '", "phone": "', T(c.phone(r, style="intl")), '",\n            "email": "', E(c.email()),
      '", "home_address": "', A(c.addr(r)), '"},\n  "room": "', r.randrange(2, 30), f'{r.randrange(1, 40):02d}", "rate": "BAR", "nightly_sgd": ',
      r.randrange(190, 480), ',\n  "card": {"brand": "visa", "last4": "', _digits(r, 4), '", "token": "tok_', _alnum(r, 20, _B62),
      '"},\n  "kiosk_ip": "', _priv_ip(r), '"\n}\n')
    return b.text()


def t_au_therapy_sms(r):
    c = Person(r, "AU")
    b = B()
    b("Stillwater: Reminder - your session with ", P(Person(r, "AU").first), " is tomorrow at ", f"{r.randrange(9, 18)}:00",
      ". Join via the app. Reply C to cancel.\n\n> C. sorry, I'm stuck in ", L(_c(r, ["Perth", "Darwin", "Cairns", "Launceston"])),
      " for work till Friday\n\nStillwater: No problem ", P(c.first),
      ". Cancellation fee waived. Our clinic team in Brisbane will call you on ", T(c.phone(r)), " to rebook.\n")
    return b.text()


def t_ca_teams_refunds(r):
    a, bb, c = Person(r, "CA"), Person(r, "CA"), Person(r, "CA")
    b = B()
    b("[", _other_date(r, "CA", True, "%Y-%m-%d"), " 2:14 PM] ", P(a.full), ": Refund request from ", E(c.email()),
      " for the cancelled Arkells show, order ", _digits(r, 9), ", card ending ", _digits(r, 4), "\n[2:16 PM] ", P(bb.full),
      ": customer name?\n[2:16 PM] ", P(a.full), ": ", P(c.last + ", " + c.first), ". she called twice from ",
      T(c.phone(r)), "\n[2:19 PM] ", P(bb.full), ": refunded CAD ", f"{r.randrange(50, 400)}.{_digits(r, 2)}",
      ", ref RF-", _alnum(r, 8), ". Sent from the Yonge St box office terminal v", _ver(r), "\n")
    return b.text()


def t_gb_rota_nopii(r):
    # a no-PII template: shift rota
    b = B()
    b("ROTA w/c ", _other_date(r, "GB", False, "%d/%m/%Y"), " - Torrent & Flue, Cardiff depot\nMon: vans 3,4,7 on call  (out-of-hours line via switchboard)\n",
      "Tue: gas safe audit 09:00, room 2\nWed: stock take - ", r.randrange(30, 90), " x 22mm elbows, ", r.randrange(5, 20), " x PRVs\nThu: training - Vaillant ecoTEC v", _ver(r),
      " firmware\nFri: van MOTs, ref ", _ref(r, "MOT-"), "\nPO total this week £", f"{r.randrange(1, 9)},{_digits(r, 3)}.{_digits(r, 2)}", "\n")
    return b.text()


# --------------------------------------------------------------------------------------------
# free-text templates: other languages
# --------------------------------------------------------------------------------------------

def t_ca_hotel_email(r):  # Catalan
    c = Person(r, "ES")
    b = B()
    b("Assumpte: Reserva HLX-", _alnum(r, 6), " - canvi de dates\n\nBon dia,\n\nSóc ", P(c.full),
      " i tinc una reserva a l'hotel Harbourlight de Sitges per al ", _other_date(r, "ES", False, "%d/%m/%Y"),
      ". Voldria endarrerir-la una setmana. Si hi ha cap suplement, podeu cobrar-lo per domiciliació al compte ",
      IB(_iban(r, "ES")), " (BIC ", _c(r, ["CAIXESBBXXX", "BSABESBBXXX"]), ").\n\nLes meves dades:\n", A(c.addr(r, multi=True)),
      "\nTel. ", T(c.phone(r)), "\n\nMoltes gràcies,\n", P(c.first), "\n\nEnviat des del meu mòbil\n")
    return b.text()




def t_is_airline_email(r):
    c = Person(r, "IS")
    b = B()
    b("Frá: ", P(c.full), " <", E(c.email()), ">\nEfni: Vildarpunktar vantar - SkyLedger\n\nGóðan daginn,\n\nÉg flaug með Aurelle Air frá Keflavík til ",
      L(_c(r, ["Kaupmannahafnar", "Lundúna", "Tenerife", "Boston"])), " þann ", _other_date(r, "IS", True, "%d.%m.%Y"),
      " (bókunarnúmer ", _alnum(r, 6), ") en punktarnir hafa ekki skilað sér. Félagsnúmer mitt er ", _digits(r, 9),
      " og fæðingardagur ", D(c.dobs(r)), ".\n\nHeimilisfang: ", A(c.addr(r)), "\nSími: ", T(c.phone(r)),
      "\n\nKveðja,\n", P(c.first), "\n")
    return b.text()


def t_is_sms_laundry(r):
    c = Person(r, "IS")
    b = B()
    b("FoldRight: Hæ ", P(c.first), "! Þvotturinn þinn (pöntun ", _digits(r, 6), ") er tilbúinn. Afhending á morgun milli 17 og 19. Upphæð: ",
      f"{r.randrange(2, 12)}.{_digits(r, 3)}", " kr.\n\nSvar: takk! getið þið skilið pokann eftir hjá nágrannanum, ", P(Person(r, "IS").full),
      ", á ", A(Person(r, "IS").addr_lines(r)[0]), "? ég er í ", L(_c(r, ["Akureyri", "Egilsstöðum", "Vestmannaeyjum"])),
      " fram á föstudag. Hurðarkóði ", _digits(r, 4), "\n")
    return b.text()


def t_ee_ticket_support(r):
    c, ag = Person(r, "EE"), Person(r, "EE")
    b = B()
    b("Pöördumine #", _digits(r, 6), " | GateLoop Eesti\nSaatja: ", P(c.full), " <", E(c.email()), ">\n\nTere!\n\nOstsin kaks piletit kontserdile Saku Suurhallis (tellimus ",
      _ref(r, "GL-", 8), "), aga e-kiri piletitega ei jõudnud kohale. Makse tehti kaardiga ", _masked(r),
      ". Palun saatke piletid uuesti. Minu telefon on ", T(c.phone(r)), ".\n\nLugupidamisega\n", P(c.full), "\n",
      A(c.addr(r)), "\n\n--- Sisemärkus (", P(ag.first), ") ---\nPiletid saadetud uuesti, QR-räsi ", _hex(r, 16),
      ". Klient elab ", L(c.town), ", Tallinna kontorisse ei pea tulema.\n")
    return b.text()


def t_ee_chat_therapy(r):
    c, th = Person(r, "EE"), Person(r, "EE")
    b = B()
    b("Stillwater vestlus\n", P(th.first), " (terapeut): Tere, ", P(c.first), "! Kuidas see nädal läinud on?\n", P(c.first),
      ": päris raske, kolisin just ", L(_c(r, ["Tartusse", "Pärnusse", "Helsingisse", "Viljandisse"])),
      " ja uni on jälle halb\n", P(th.first),
      ": Mõistan. Kas sobib, et helistan järgmine kord numbrile ", T(c.phone(r)), "? Videokõne link aegus (sessioon ",
      _uuid(r)[:13], ").\n", P(c.first), ": jah sobib. arve palun aadressile ", E(c.email()), "\n")
    return b.text()


def t_lt_crm_hotel(r):
    c, ag = Person(r, "LT"), Person(r, "LT")
    b = B()
    b("CRM įrašas ", _other_date(r, "LT", True, "%Y-%m-%d"), " | ", P(ag.full), "\nKlientas: ", P(c.full),
      "\nSkambino dėl rezervacijos HLX-", _alnum(r, 6), " (Harbourlight Klaipėda). Nori pridėti pusryčius, 2 naktys, ",
      r.randrange(90, 300), " EUR. Gimimo data lojalumo profiliui: ", D(c.dobs(r)), ". Tel. ", T(c.phone(r)),
      ", el. paštas ", E(c.email()), ". Sąskaitą siųsti adresu ", A(c.addr(r)), ". Atvyksta iš ",
      L(_c(r, ["Rygos", "Varšuvos", "Kauno", "Šiaulių"])), " automobiliu, parkavimo vieta P-", r.randrange(1, 80), ".\n")
    return b.text()


def t_lt_form_laundry(r):
    c = Person(r, "LT")
    b = B()
    b("vardas=", P(c.first), "\npavarde=", P(c.last), "\ntelefonas=", T(c.phone(r)), "\nel_pastas=", E(c.email()),
      "\nadresas=", A(c.addr(r)), "\ngimimo_data=", D(c.dobs(r)), "\npaslauga=", _c(r, ["cheminis valymas", "skalbimas ir lyginimas", "kilimų valymas"]),
      "\nfiliale=", _c(r, ["Kaunas Akropolis", "Vilnius Ozas", "Klaipėda centras"]), "\nuzsakymo_nr=", _digits(r, 7),
      "\nsuma=", f"{r.randrange(8, 60)},{_digits(r, 2)}", " EUR\nnuolaidos_kodas=RUDUO", _digits(r, 2), "\n")
    return b.text()


def t_si_plumbing_email(r):
    c = Person(r, "SI")
    b = B()
    b("Spoštovani,\n\nv naši hiši na naslovu ", A(c.addr(r)), " že tretji dan ne deluje toplotna črpalka (",
      _c(r, ["Vaillant aroTHERM", "Daikin Altherma 3"]), ", ser. št. ", _alnum(r, 12), "). Prosim za obisk serviserja čim prej.\n\nDosegljiv sem na ",
      T(c.phone(r)), " ali ", E(c.email()), ".\n\nLep pozdrav,\n", P(c.full), "\n\n---\nTorrent & Flue d.o.o., ", A(f"Tržaška cesta {r.randrange(2, 90)}, 1000 Ljubljana"),
      "\nID za DDV: SI", _digits(r, 8), " | ", T(_phone(r, "SI", "f", "nat")), "\n")
    return b.text()








def t_tr_support_airline(r):
    c = Person(r, "TR")
    b = B()
    b("Talep No: ", _digits(r, 7), "\nKonu: İsim düzeltme\n\nMerhaba, ", _other_date(r, "TR", False, "L"),
      " tarihli İstanbul-Londra uçuşumda (PNR ", _alnum(r, 6), ") adım yanlış yazılmış. Doğru adım ", P(c.full),
      ", doğum tarihim ", D(c.dobs(r)), ". İletişim: ", T(c.phone(r)), " / ", E(c.email()),
      "\nAdres: ", A(c.addr(r)), "\n\nKart ile ödeme yaptım: ", CC(_card(r)), " (son kullanma ", _expiry(r),
      "). İade gerekiyorsa bu karta yapılabilir.\n\nAurelle Air Müşteri Hizmetleri notu: kayıt güncellendi, ücret yok.\n")
    return b.text()


def t_ro_hotel_email(r):
    c = Person(r, "RO")
    b = B()
    b("Bună ziua,\n\nVă scriu în legătură cu rezervarea nr. ", _digits(r, 8), " la Harbourlight Brașov. Vom fi 2 adulți și un copil. ",
      "Factura vă rog pe numele ", P(c.full), ", adresa ", A(c.addr(r)), ", CNP-ul îl trimit separat.\n",
      "Venim cu mașina din ", L(c.town), ", sosim pe ", _other_date(r, "RO", False, "%d.%m.%Y"), " pe la 18:00.\n",
      "Avem și un cățel, ", _c(r, ["Azorel", "Bobiță", "Lăbuș"]), ", sper că nu e problemă.\n\nCu stimă,\n", P(c.first),
      "\nTel: ", T(c.phone(r)), "\n")
    return b.text()


def t_ro_sms_laundry(r):
    c = Person(r, "RO")
    b = B()
    b("FoldRight: Comanda ta #", _digits(r, 6), " a fost preluată de curier. Cost estimat: ", r.randrange(40, 250), " lei.\n",
      "Răspuns: Mulțumesc! Pot să o livrați la birou, ", A(Person(r, "RO").addr(r)), "? Întreabă de ", P(c.first + " " + c.last),
      ". Parola pentru aplicație am uitat-o, o resetez eu.\nFoldRight: Sigur. Cod de confirmare ", _digits(r, 6), ".\n")
    return b.text()


def t_vn_chat_tickets(r):
    c = Person(r, "VN")
    b = B()
    b("Chat hỗ trợ - GateLoop Việt Nam\nKhách: em chào anh chị, em đặt 2 vé lễ hội Monsoon Radio nhưng chưa nhận được email ạ\nNhân viên (",
      P(Person(r, "VN").full), "): Dạ chào bạn, cho mình xin họ tên và số điện thoại đặt vé nhé\nKhách: ", P(c.full), ", sđt ",
      T(c.phone(r)), "\nNhân viên: Mình thấy đơn GL", _digits(r, 8), " rồi, gửi lại vé về ", E(c.email()),
      " nhé. Bạn ở ", L(c.town), " đúng không ạ?\nKhách: dạ đúng, em ở ", A(c.addr(r)), "\n")
    return b.text()


def t_vn_crm_therapy(r):
    c = Person(r, "VN")
    b = B()
    b("Ghi chú tư vấn - Stillwater\nKhách hàng: ", P(c.full), "\nNgày sinh: ", D(c.dobs(r)), "\nSĐT: ", T(c.phone(r)),
      "\nGhi chú: khách chuyển từ ", L(_c(r, ["Hải Phòng", "Nha Trang", "Vũng Tàu", "Đà Lạt"])), " vào ", L(c.town),
      " làm việc, gặp áp lực công việc. Gói 4 buổi, 2.400.000 đ. Buổi tiếp theo ", _other_date(r, "VN", False, "%d/%m/%Y"),
      ".\nMã phiên: ", _uuid(r), "\n")
    return b.text()


def t_al_airline_email(r):
    c = Person(r, "AL", "f")
    b = B()
    b("Përshëndetje,\n\nJam ", P(c.full), ", anëtare e programit SkyLedger (nr. ", _digits(r, 9), "). Fluturova nga Rinasi për në ",
      L(_c(r, ["Milano", "Londër", "Stamboll", "Vjenë"])), " më ", _other_date(r, "AL", True, "%d.%m.%Y"),
      " por pikët nuk janë shtuar. Datëlindja ime është ", D(c.dobs(r)), ".\n\nAdresa: ", A(c.addr(r)), "\nCel: ",
      T(c.phone(r)), "\n\nFaleminderit,\n", P(c.first), "\n")
    return b.text()


def t_mt_sms_plumbing(r):
    c = Person(r, "MT")
    b = B()
    b("Torrent & Flue Malta: Bonġu ", P(c.first), ", it-tekniku ", P(Person(r, "MT", "m").first), " ġej għandek għada bejn 8 u 10.\n\n",
      "Tweġiba: grazzi, l-indirizz hu ", A(c.addr(r)), ". Jekk m'inix id-dar ċempel lil ommi fuq ", T(Person(r, "MT").phone(r)),
      ". Il-heater hu Ariston, serial ", _alnum(r, 10), "\n\nTorrent & Flue Malta: Tajjeb. Stima €", r.randrange(60, 250), ". Ref TFM-", _digits(r, 5), "\n")
    return b.text()


def t_sw_whatsapp_laundry(r):
    c = Person(r, "KE")
    b = B()
    b("[", _other_date(r, "KE", False, "%d/%m/%Y"), " 07:4", r.randrange(10), "] FoldRight Kenya: Habari ", P(c.first),
      ", nguo zako (oda #", _digits(r, 5), ") ziko tayari. Jumla ni KSh ", f"{r.randrange(4, 30)}00", ".\n[07:5", r.randrange(10), "] ",
      P(c.full), ": Asante sana! Naomba mniletee kesho asubuhi, niko ", A(c.addr(r)), ". Nitalipa kwa M-Pesa kutoka ",
      T(c.phone(r)), "\n[08:0", r.randrange(10), "] FoldRight Kenya: Sawa. Dereva wetu ", P(Person(r, "KE", "m").first),
      " atakupigia. Tawi letu la ", _c(r, ["Westlands", "Kilimani", "Nyali"]), " linafungwa saa 2 usiku.\n")
    return b.text()


def t_tl_chat_hotel(r):
    c = Person(r, "PH")
    b = B()
    b("Messenger - Harbourlight Makati\n", P(c.full), ": Hello po! Pwede po ba mag-early check in bukas? Galing pa po kami ng ",
      L(_c(r, ["Cebu", "Davao", "Iloilo", "Bacolod"])), ", 6am po dating ng flight\nHarbourlight Makati: Hi ", P(c.first),
      "! Subject to availability po. Paki-send po ang booking number at email.\n", P(c.full), ": HLX-", _alnum(r, 6),
      " po, tapos ", E(c.email()), ". Ito rin po number ko ", T(c.phone(r)), "\nHarbourlight Makati: Salamat po! Noted na po, Room 18",
      f"{r.randrange(1, 30):02d}", ". May deposit po na ₱", f"{r.randrange(1, 5)},000", ".\n")
    return b.text()


def t_af_plumbing_email(r):
    c = Person(r, "ZA_AF")
    b = B()
    b("Goeiemiddag,\n\nOns geiser het gisteraand gebars en die plafon is nat. Kan iemand asseblief vandag uitkom? Ons adres is:\n",
      A(c.addr(r, multi=True)), "\n\nMy selfoon is ", T(c.phone(r)), ". My man, ", P(Person(r, "ZA_AF", "m").first),
      ", is by die huis. Versekeringseis nr. ", _alnum(r, 9), ".\n\nDankie,\n", P(c.full), "\n", E(c.email()), "\n")
    return b.text()


def t_de_therapy_json(r):
    c = Person(r, "DE")
    b = B()
    b('{"klient_id": "', _uuid(r), '", "vorname": "', P(c.first), '", "nachname": "', P(c.last), '", "geburtsdatum": "',
      D(c.dobs(r, "%d.%m.%Y")), '", "wohnort": "', L(c.town), '", "telefon": "', T(c.phone(r)), '", "email": "', E(c.email()),
      '", "iban": "', IB(_iban(r, "DE")), '", "krankenkasse": "', _c(r, ["TK", "AOK Plus", "Barmer"]), '", "paket": "6 Sitzungen",',
      ' "passwort_hash": "', _argon(r), '", "erstellt": "', _other_date(r, "DE", True, "%Y-%m-%d"), '"}\n')
    return b.text()


def t_fr_quoted_tickets(r):
    c, ag = Person(r, "FR"), Person(r, "FR")
    lines = c.addr_lines(r)
    b = B()
    b("Bonjour ", P(c.first), ",\n\nVotre remboursement de ", r.randrange(30, 200), ",00 € a été émis vers le compte ", IB(_iban(r, "FR")),
      ". Comptez 5 à 7 jours ouvrés.\n\nCordialement,\n", P(ag.first), " - Service client GateLoop\n", T(_phone(r, "FR", "f", "nat")),
      "\n\nLe ", _other_date(r, "FR", True, "%d/%m/%Y"), ", ", P(c.full), " a écrit :\n> Bonjour, le concert au Zénith de ",
      _c(r, ["Nantes", "Lille", "Toulouse"]), " a été annulé (commande ", _ref(r, "GL-", 8), ").\n> Merci de me rembourser. Mon adresse :\n")
    for ln in lines:
        b("> ", A(ln), "\n")
    b("> ", P(c.full), "\n")
    return b.text()


def t_nl_ticket_laundry(r):
    c, ag = Person(r, "NL"), Person(r, "NL")
    b = B()
    b("Ticket FR-", _digits(r, 6), " | FoldRight Nederland\nVan: ", E(c.email()), "\n\nHoi, mijn overhemden zijn al 2 weken zoek. Ophaaladres was ",
      A(c.addr(r)), ". Bel me even op ", T(c.phone(r)), ". Groetjes, ", P(c.first), "\n\n[Interne notitie - ", P(ag.first),
      "] Zak ", _alnum(r, 8), " ligt in filiaal ", _c(r, ["Amersfoort", "Leiden", "Breda"]),
      ". Compensatie €", r.randrange(10, 40), " terugboeken op ", IB(_iban(r, "NL")), " t.n.v. ", P(c.full), ".\n")
    return b.text()


def t_pt_call_airline(r):
    c = Person(r, "PT")
    b = B()
    b("Nota de chamada - SkyLedger Portugal - ", _other_date(r, "PT", True, "%d/%m/%Y"), "\nCliente ", P(c.full),
      " (sócio ", _digits(r, 9), ") ligou do ", T(c.phone(r)), ". Nasceu em ", L(_c(r, ["Angola", "Viseu", "Madeira", "Cabo Verde"])),
      ", data de nascimento ", D(c.dobs(r)), ". Vive em ", L(c.town), ". Pede reembolso das taxas do voo AU", _digits(r, 3),
      " para a conta ", IB(_iban(r, "PT")), ". Morada de faturação: ", A(c.addr(r)), ". Caso ", _digits(r, 6), " aberto.\n")
    return b.text()


class _Clock:
    def __init__(self, r, h, m=None, fmt="24"):
        self.r, self.t, self.fmt = r, h * 60 + (r.randrange(50) if m is None else m), fmt

    def __call__(self):
        self.t += self.r.randrange(0, 7)
        h, m = divmod(self.t % 1440, 60)
        if self.fmt == "12":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if self.fmt == "12U":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}" if self.fmt == "24" else f"{h}:{m:02d}"


def t_in_whatsapp_tickets(r):
    a, bb, c = Person(r, "IN"), Person(r, "IN"), Person(r, "IN")
    b = B()
    d = _other_date(r, "IN", False, "%d/%m/%y")
    k = _Clock(r, 21, fmt="12")
    b(f"{d}, {k()} - ", P(a.full), ": Guys GateLoop sale for the Monsoon Radio show is live\n",
      f"{d}, {k()} - ", P(bb.first), ": booked 3 in Silver, order GL-", _digits(r, 8), "\n",
      f"{d}, {k()} - ", P(bb.first), ": send me 1450 each on GPay, my number is ", T(bb.phone(r)), "\n",
      f"{d}, {k()} - ", P(c.full), ": ", P(a.first), " can you forward the tickets to ", E(c.email()), "\n",
      f"{d}, {k()} - ", P(a.full), ": OTP is ", _digits(r, 6), " lol wrong chat\n",
      f"{d}, {k()} - ", P(c.full), ": coming from ", L(Person(r, "IN").town),
      " on Saturday, will reach venue by 6\n", f"{d}, {k()} - ", P(bb.first), ": <Media omitted>\n")
    return b.text()


def t_ph_teams_hotel(r):
    s1, s2, g = Person(r, "PH"), Person(r, "PH"), Person(r, "PH")
    k = _Clock(r, r.randrange(6, 10), fmt="12U")
    b = B()
    b(P(s1.full), "  ", k(), "\nGuys VIP arrival in 1204, ", P(g.full),
      ", SkyLedger Gold. Please prep the welcome basket\n\n", P(s2.full), "  ", k(),
      "\nnoted. guest's email for the folio is ", E(g.email()), " and mobile ", T(g.phone(r)),
      "\nkeycard encoder on 10.0.", str(r.randrange(256)), ".", str(r.randrange(256)), " is offline again\n\n", P(s1.first),
      "  ", k(), "\n@", P(s2.first), " she flew in from ", L(Person(r, "PH").town),
      ", arriving Terminal 3. Pls confirm car pickup booking ", _ref(r, "HLX-"), "\n")
    return b.text()


def t_ca_whatsapp_plumbing(r):  # Catalan
    c, t = Person(r, "ES"), Person(r, "ES", "m")
    b = B()
    d = _other_date(r, "ES", False, "%d/%m/%y")
    k = _Clock(r, 8, fmt="h")
    b(f"[{d} {k()}] ", P(c.first), ": Hola ", P(t.first), ", la caldera torna a fer soroll 😩\n",
      f"[{d} {k()}] ", P(t.full), ": Bon dia! Hi passo cap a les 11. Recorda'm l'adreça?\n",
      f"[{d} {k()}] ", P(c.first), ": ", A(c.addr(r)), ". El codi del portal és ", _digits(r, 4),
      "\n", f"[{d} {k()}] ", P(t.full), ": Perfecte. Pressupost P-", _digits(r, 5), ": ",
      r.randrange(90, 400), ",00 € IVA inclòs\n", f"[{d} 11:4{r.randrange(10)}] ", P(c.first),
      ": Gràcies! Si no hi sóc truca al meu home, ", P(Person(r, "ES", "m").first), ", al ", T(_phone(r, "ES", "m", "nat")), "\n")
    return b.text()


_SI_LOC = {"Ljubljana": "ljubljani", "Maribor": "mariboru", "Celje": "celju", "Kranj": "kranju", "Koper": "kopru",
           "Novo mesto": "novem mestu"}


def t_si_transcript_therapy(r):
    c = Person(r, "SI")
    b = B()
    b("[prepis klica, samodejno]\nsvetovalka: stillwater dober dan tukaj ", P(Person(r, "SI", "f").first.lower()),
      "\nklicatelj: ja dober dan jaz sem ", P(c.full.lower()), " rad bi se naročil na prvi pogovor\nsvetovalka: seveda kakšen je vaš datum rojstva\nklicatelj: ",
      D(_long_date(c.dob, "sl").lower()), "\nsvetovalka: in kje živite\nklicatelj: v ", L(_SI_LOC[c.town]),
      " ampak delam v ", _c(r, ["ljubljani", "kopru", "celju"]), "\nsvetovalka: hvala termin imate ", _other_date(r, "SI", False, "%d.%m."),
      " ob ", r.randrange(8, 19), "h potrditev pošljem na telefon\nklicatelj: ", T(c.phone(r, style="nat")), "\n")
    return b.text()


def _tr_from(r):
    town, suf = _c(r, [("Ankara", "'dan"), ("İzmir", "'den"), ("Bursa", "'dan"), ("Eskişehir", "'den")])
    return L(town), suf


def t_tr_whatsapp_tickets(r):
    a, c = Person(r, "TR"), Person(r, "TR")
    b = B()
    d = _other_date(r, "TR", False, "%d.%m.%Y")
    k = _Clock(r, 21)
    b(f"{d} {k()} - ", P(a.full), ": Biletleri aldım! GateLoop sipariş no ", _digits(r, 9), "\n",
      f"{d} {k()} - ", P(c.first), ": süper 🎉 kaç para\n", f"{d} {k()} - ", P(a.full),
      ": kişi başı ", r.randrange(450, 1800), " TL. IBAN yok bende, Papara'dan at ya da şu numaraya: ", T(a.phone(r)), "\n",
      f"{d} {k()} - ", P(c.first), ": tamam. bu arada ben cumartesi ", *_tr_from(r), " geliyorum, ",
      P(Person(r, "TR").first), " da benimle\n", f"{d} {k()} - ", P(a.full),
      ": bilet PDF'lerini ", E(c.email()), " adresine yolladım\n")
    return b.text()



TEMPLATES = [
    # English (32)
    t_us_hotel_email, t_gb_forwarded_boiler, t_ca_livechat_airline, t_au_sms_laundry, t_in_whatsapp_tickets,
    t_ie_therapy_quoted, t_us_crm_financing, t_nz_transcript_hotel, t_gb_app_log, t_us_access_log, t_us_env_config,
    t_za_form_dump, t_sg_jsonl_therapy, t_ph_teams_hotel, t_ke_mpesa_tickets, t_ng_ticket_notes, t_us_ocr_warranty,
    t_au_spreadsheet, t_gb_notifications, t_ca_release_notes, t_us_incident_summary, t_ie_slack_secrets,
    t_in_therapy_intake, t_us_dispute_email, t_gb_kv_payments, t_nz_chat_laundry, t_za_airline_call,
    t_us_direct_deposit, t_sg_checkin_json, t_au_therapy_sms, t_ca_teams_refunds, t_gb_rota_nopii,
    # other languages (25)
    t_ca_hotel_email, t_ca_whatsapp_plumbing, t_is_airline_email, t_is_sms_laundry, t_ee_ticket_support,
    t_ee_chat_therapy, t_lt_crm_hotel, t_lt_form_laundry, t_si_plumbing_email, t_si_transcript_therapy,
    t_tr_whatsapp_tickets, t_tr_support_airline, t_ro_hotel_email, t_ro_sms_laundry, t_vn_chat_tickets,
    t_vn_crm_therapy, t_al_airline_email, t_mt_sms_plumbing, t_sw_whatsapp_laundry, t_tl_chat_hotel,
    t_af_plumbing_email, t_de_therapy_json, t_fr_quoted_tickets, t_nl_ticket_laundry, t_pt_call_airline,
]


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"heath-{seed}")
    out = []
    for i in range(n):
        r = random.Random(f"heath-{seed}-{i}-{rng.getrandbits(64)}")
        out.append(TEMPLATES[i % len(TEMPLATES)](r))
    return out


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------

_PH = ("N/A", "-", "unknown", "n/a", "")


def _table(r, rows, cc, spec):
    people = [Person(r, cc) for _ in range(rows)]
    cols = []
    for name, ent, fn, blank, ph in spec:
        vals: list[str | None] = []
        for i, p in enumerate(people):
            x = r.random()
            if x < blank:
                vals.append(None)
            elif ph and x < blank + 0.04:
                vals.append(_c(r, _PH[:3]))
            else:
                v = fn(p, i)
                vals.append(v if isinstance(v, str) else str(v))
        cols.append(Column(name, ent, vals))
    return cols


def _ts(r, fmt="%Y-%m-%d %H:%M:%S"):
    d = TODAY - timedelta(days=r.randrange(0, 700), seconds=r.randrange(86400))
    return f"{d.strftime('%Y-%m-%d')} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}" if fmt is None else \
        (date(d.year, d.month, d.day).strftime(fmt.split(" ")[0]) + f" {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
         if " " in fmt else d.strftime(fmt))


def _tab_members(r, n):  # airline loyalty members, GB, snake_case + abbreviations
    return _table(r, n, "GB", [
        ("member_no", None, lambda p, i: f"SL{_digits(r, 9)}", 0, False),
        ("title", None, lambda p, i: "Ms" if p.g == "f" else _c(r, ["Mr", "Dr"]), 0.1, False),
        ("first_name", "PERSON", lambda p, i: p.first, 0, False),
        ("surname", "PERSON", lambda p, i: p.last, 0, False),
        ("email", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.05, False),
        ("email_verified", None, lambda p, i: _c(r, ["true", "false"]), 0, False),
        ("mob", "PHONE_NUMBER", lambda p, i: p.phone(style=_c(r, ["nat", "intl", "compact"])), 0.15, True),
        ("phone_type", None, lambda p, i: _c(r, ["mobile", "home", "work"]), 0.2, False),
        ("dob", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt="%d/%m/%Y"), 0.1, False),
        ("addr1", "STREET_ADDRESS", lambda p, i: p.addr_lines()[0], 0.1, False),
        ("home_town", "LOCATION", lambda p, i: p.town, 0.1, True),
        ("postcode_area", None, lambda p, i: C["GB"]["towns"][p.ti][1], 0.1, False),
        ("tier", None, lambda p, i: _c(r, ["Blue", "Silver", "Gold", "Platinum"]), 0, False),
        ("points_balance", None, lambda p, i: r.randrange(0, 400000), 0, False),
        ("home_airport", None, lambda p, i: _c(r, ["LHR", "MAN", "BRS", "EDI", "LGW", "CWL"]), 0.05, False),
        ("pwd_hash", None, lambda p, i: _bcrypt(r), 0, False),
        ("password_changed_at", None, lambda p, i: _ts(r), 0.3, False),
        ("card_last4", None, lambda p, i: _digits(r, 4), 0.4, False),
        ("refund_iban", "IBAN_CODE", lambda p, i: _iban(r, "GB"), 0.55, False),
        ("last_login_ip", "IP_ADDRESS", lambda p, i: _ip(r), 0.05, False),
    ])


def _tab_ucus(r, n):  # airline flight activity, TR, Turkish snake_case headers
    return _table(r, n, "TR", [
        ("islem_id", None, lambda p, i: _uuid(r), 0, False),
        ("uye_no", None, lambda p, i: _digits(r, 9), 0, False),
        ("ad", "PERSON", lambda p, i: p.first, 0, False),
        ("soyad", "PERSON", lambda p, i: p.last, 0, False),
        ("ucus_no", None, lambda p, i: f"AU {r.randrange(100, 2999)}", 0, False),
        ("kalkis", None, lambda p, i: _c(r, ["IST", "SAW", "ESB", "ADB", "AYT"]), 0, False),
        ("varis", None, lambda p, i: _c(r, ["LHR", "FRA", "AMS", "CDG", "DXB"]), 0, False),
        ("ucus_tarihi", None, lambda p, i: _other_date(r, "TR", True, "%d.%m.%Y"), 0, False),
        ("kazanilan_mil", None, lambda p, i: r.randrange(250, 6000), 0, False),
        ("koltuk", None, lambda p, i: f"{r.randrange(1, 42)}{_c(r, 'ABCDEF')}", 0.1, False),
        ("pnr", None, lambda p, i: _alnum(r, 6), 0, False),
        ("cep_tel", "PHONE_NUMBER", lambda p, i: p.phone(style="nat"), 0.2, True),
        ("e_posta", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.1, False),
        ("dogum_tarihi", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt="%d.%m.%Y"), 0.15, False),
        ("yolcu_tipi", None, lambda p, i: _c(r, ["ADT", "CHD", "INF"]), 0, False),
        ("bilet_ucreti_try", None, lambda p, i: f"{r.randrange(1500, 25000)},{_digits(r, 2)}", 0, False),
        ("kart_no", "CREDIT_CARD", lambda p, i: _card(r), 0.45, False),
        ("kart_son4", None, lambda p, i: _digits(r, 4), 0.3, False),
        ("ip_adresi", "IP_ADDRESS", lambda p, i: _ip(r), 0.1, False),
        ("ikamet_sehri", "LOCATION", lambda p, i: p.town, 0.2, True),
    ])


def _tab_oaspeti(r, n):  # hotel guest profiles, RO, Romanian headers
    return _table(r, n, "RO", [
        ("id_oaspete", None, lambda p, i: f"G-{100000 + i}", 0, False),
        ("nume", "PERSON", lambda p, i: p.last, 0, False),
        ("prenume", "PERSON", lambda p, i: p.first, 0, False),
        ("data_nasterii", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt=_c(r, ["%d.%m.%Y", "L"])), 0.2, False),
        ("telefon", "PHONE_NUMBER", lambda p, i: p.phone(), 0.1, True),
        ("email", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.15, False),
        ("adresa", "STREET_ADDRESS", lambda p, i: p.addr(), 0.3, False),
        ("oras", "LOCATION", lambda p, i: p.town, 0.1, False),
        ("tip_camera", None, lambda p, i: _c(r, ["dubla", "single", "twin", "apartament"]), 0, False),
        ("nr_rezervare", None, lambda p, i: _digits(r, 8), 0, False),
        ("sosire", None, lambda p, i: _other_date(r, "RO", False, "%d.%m.%Y"), 0, False),
        ("plecare", None, lambda p, i: _other_date(r, "RO", False, "%d.%m.%Y"), 0, False),
        ("pret_noapte_lei", None, lambda p, i: f"{r.randrange(250, 1200)},00", 0, False),
        ("parola_portal", "PASSWORD", lambda p, i: _password(r), 0.35, False),
        ("hash_parola", None, lambda p, i: _sha(r), 0, False),
        ("newsletter", None, lambda p, i: _c(r, ["da", "nu"]), 0, False),
        ("animal_companie", None, lambda p, i: _c(r, ["Azorel", "Bobiță", "Mitzi", "Rex", "Pufi"]), 0.7, False),
        ("tip_adresa", None, lambda p, i: _c(r, ["domiciliu", "facturare", "corespondență"]), 0.1, False),
        ("filiala", None, lambda p, i: _c(r, ["Brașov", "Sibiu", "Constanța", "Cluj-Napoca"]), 0, False),
    ])


def _tab_reservations(r, n):  # hotel front desk, US, PascalCase
    return _table(r, n, "US", [
        ("ReservationId", None, lambda p, i: _ref(r, "HLX-"), 0, False),
        ("GuestFirstName", "PERSON", lambda p, i: p.first, 0, False),
        ("GuestLastName", "PERSON", lambda p, i: p.last, 0, False),
        ("GuestEmail", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.05, False),
        ("EmailVerified", None, lambda p, i: _c(r, ["Y", "N"]), 0, False),
        ("GuestPhone", "PHONE_NUMBER", lambda p, i: p.phone(), 0.1, True),
        ("PhoneType", None, lambda p, i: _c(r, ["Mobile", "Home", "Business"]), 0.1, False),
        ("DateOfBirth", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt="%m/%d/%Y"), 0.5, False),
        ("BillingAddress", "STREET_ADDRESS", lambda p, i: p.addr(), 0.2, False),
        ("CardNumber", "CREDIT_CARD", lambda p, i: _card(r, ""), 0.3, False),
        ("CardExpiry", None, lambda p, i: _expiry(r), 0.3, False),
        ("CardLast4", None, lambda p, i: _digits(r, 4), 0, False),
        ("RoomType", None, lambda p, i: _c(r, ["KING", "QQ", "STE", "ADA-K"]), 0, False),
        ("RateCode", None, lambda p, i: _c(r, ["BAR", "AAA", "GOV", "CORP1"]), 0, False),
        ("ArrivalDate", None, lambda p, i: _other_date(r, "US", False, "%Y-%m-%d"), 0, False),
        ("Nights", None, lambda p, i: r.randrange(1, 9), 0, False),
        ("TotalUSD", None, lambda p, i: f"{r.randrange(120, 3000)}.{_digits(r, 2)}", 0, False),
        ("KioskIp", None, lambda p, i: _priv_ip(r), 0.2, False),
        ("BookingChannel", None, lambda p, i: _c(r, ["Direct", "OTA", "Phone", "GDS"]), 0, False),
        ("PropertyCity", None, lambda p, i: _c(r, ["Savannah", "Boise", "Tucson", "Albany"]), 0, False),
    ])


def _tab_box_office(r, n):  # event ticketing, AU, spaced Title Case
    return _table(r, n, "AU", [
        ("Order Ref", None, lambda p, i: f"GL{_digits(r, 7)}", 0, False),
        ("Event", None, lambda p, i: _c(r, ["The Velvet Lanterns", "Harriet Lane Quartet", "Comedy Gala", "Swan Lake"]), 0, False),
        ("Venue", None, lambda p, i: _c(r, ["Forum Melbourne", "Enmore Theatre", "Astor Theatre", "Thebarton Theatre"]), 0, False),
        ("Performance Date", None, lambda p, i: _other_date(r, "AU", False, "%d/%m/%Y"), 0, False),
        ("Customer Name", "PERSON", lambda p, i: p.full, 0, False),
        ("Email", "EMAIL_ADDRESS", lambda p, i: p.email(), 0, False),
        ("Mobile", "PHONE_NUMBER", lambda p, i: p.phone(style=_c(r, ["nat", "compact", "intl"])), 0.2, True),
        ("Postal Address", "STREET_ADDRESS", lambda p, i: p.addr(), 0.4, False),
        ("Suburb Of Residence", "LOCATION", lambda p, i: p.town, 0.3, False),
        ("Seats", None, lambda p, i: f"{_c(r, 'ABCDEFGH')}{r.randrange(1, 30)}", 0, False),
        ("Qty", None, lambda p, i: r.randrange(1, 7), 0, False),
        ("Total (AUD)", None, lambda p, i: f"{r.randrange(45, 900)}.{_digits(r, 2)}", 0, False),
        ("Card Type", None, lambda p, i: _c(r, ["VISA", "MC", "AMEX"]), 0, False),
        ("Card (masked)", None, lambda p, i: _masked(r), 0, False),
        ("Payment Token", None, lambda p, i: "tok_" + _alnum(r, 24, _B62), 0, False),
        ("Promo Code", None, lambda p, i: _c(r, ["EARLYBIRD", "VIP10", "MEMBERS"]), 0.6, False),
        ("Marketing Opt In", None, lambda p, i: _c(r, ["Yes", "No"]), 0, False),
        ("Name On Ticket", "PERSON", lambda p, i: _c(r, [p.full, Person(r, "AU").full]), 0.5, False),
        ("Device IP", "IP_ADDRESS", lambda p, i: _ip(r), 0.1, False),
    ])


def _tab_piletid(r, n):  # ticket scans, EE, Estonian headers + opaque
    return _table(r, n, "EE", [
        ("skann_id", None, lambda p, i: i + 1, 0, False),
        ("pileti_kood", None, lambda p, i: _alnum(r, 12), 0, False),
        ("ürituse_nimi", None, lambda p, i: _c(r, ["Õllesummer", "Jazzkaar", "Tallinn Music Week"]), 0, False),
        ("värav", None, lambda p, i: _c(r, ["A", "B", "VIP"]), 0, False),
        ("skanneeritud", None, lambda p, i: _ts(r), 0, False),
        ("eesnimi", "PERSON", lambda p, i: p.first, 0.05, False),
        ("perekonnanimi", "PERSON", lambda p, i: p.last, 0.05, False),
        ("e-post", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.1, False),
        ("telefon", "PHONE_NUMBER", lambda p, i: p.phone(), 0.3, True),
        ("sünniaeg", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt="%d.%m.%Y"), 0.4, False),
        ("elukoht", "LOCATION", lambda p, i: p.town, 0.3, False),
        ("seadme_ip", None, lambda p, i: _priv_ip(r), 0, False),
        ("skanneri_versioon", None, lambda p, i: _ver(r), 0, False),
        ("qr_räsi", None, lambda p, i: _sha(r), 0, False),
        ("staatus", None, lambda p, i: _c(r, ["OK", "DUPLIKAAT", "TAGASI LÜKATUD"]), 0, False),
        ("hind_eur", None, lambda p, i: f"{r.randrange(15, 120)},{_c(r, ['00', '50'])}", 0, False),
        ("col_7", "IP_ADDRESS", lambda p, i: _ip(r), 0.2, False),
        ("imei", None, lambda p, i: _imei(r), 0, False),
    ])


def _tab_jobs(r, n):  # plumbing jobs, GB, UPPER_SNAKE
    return _table(r, n, "GB", [
        ("JOB_NO", None, lambda p, i: f"TF{_digits(r, 6)}", 0, False),
        ("JOB_TYPE", None, lambda p, i: _c(r, ["BOILER SERVICE", "LEAK", "POWERFLUSH", "RADIATOR", "LANDLORD CP12"]), 0, False),
        ("CUSTOMER_FORENAME", "PERSON", lambda p, i: p.first.upper() if r.random() < 0.3 else p.first, 0, False),
        ("CUSTOMER_SURNAME", "PERSON", lambda p, i: p.last.upper() if r.random() < 0.3 else p.last, 0, False),
        ("SITE_ADDRESS", "STREET_ADDRESS", lambda p, i: p.addr(), 0, False),
        ("POSTCODE_DISTRICT", None, lambda p, i: C["GB"]["towns"][p.ti][1], 0, False),
        ("TEL", "PHONE_NUMBER", lambda p, i: p.phone(style="nat"), 0.05, True),
        ("ALT_TEL", "PHONE_NUMBER", lambda p, i: p.phone(kind=_c(r, "mf"), style="nat"), 0.6, False),
        ("EMAIL", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.25, True),
        ("ENGINEER_ID", None, lambda p, i: f"ENG{r.randrange(100, 140)}", 0, False),
        ("BOILER_MAKE", None, lambda p, i: _c(r, ["Worcester Bosch Greenstar 30i", "Vaillant ecoTEC plus 832", "Ideal Logic Combi 35", "Baxi 800"]), 0.1, False),
        ("BOILER_SERIAL", None, lambda p, i: _alnum(r, 14), 0.1, False),
        ("GAS_SAFE_REG", None, lambda p, i: _digits(r, 6), 0, False),
        ("KEY_SAFE_CODE", None, lambda p, i: _digits(r, 4), 0.7, False),
        ("VISIT_DATE", None, lambda p, i: _other_date(r, "GB", True, "%d/%m/%Y"), 0, False),
        ("LABOUR_GBP", None, lambda p, i: f"{r.randrange(60, 400)}.00", 0, False),
        ("PARTS_GBP", None, lambda p, i: f"{r.randrange(0, 900)}.{_digits(r, 2)}", 0, False),
        ("INVOICE_NO", None, lambda p, i: f"INV-{_digits(r, 7)}", 0.1, False),
        ("PAYMENT_STATUS", None, lambda p, i: _c(r, ["PAID", "DUE", "OVERDUE"]), 0, False),
        ("DD_IBAN", "IBAN_CODE", lambda p, i: _iban(r, "GB"), 0.5, False),
        ("VAN_GPS", None, lambda p, i: _gps(r, 53.8, -1.55), 0, False),
    ])


def _tab_payroll(r, n):  # plumbing technician payroll, US, dotted headers
    return _table(r, n, "US", [
        ("employee.id", None, lambda p, i: f"E{1000 + i}", 0, False),
        ("employee.first", "PERSON", lambda p, i: p.first, 0, False),
        ("employee.last", "PERSON", lambda p, i: p.last, 0, False),
        ("employee.ssn", "US_SSN", lambda p, i: _ssn(r, r.random() < 0.7), 0.05, False),
        ("employee.dob", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt=_c(r, ["%m/%d/%Y", "%Y-%m-%d"])), 0.05, False),
        ("employee.home.addr", "STREET_ADDRESS", lambda p, i: p.addr(), 0.05, False),
        ("employee.city", "LOCATION", lambda p, i: p.town, 0.1, False),
        ("deposit.routing", None, lambda p, i: _routing(r), 0, False),
        ("deposit.account", "US_BANK_NUMBER", lambda p, i: _bank_acct(r), 0.1, False),
        ("deposit.type", None, lambda p, i: _c(r, ["checking", "savings"]), 0, False),
        ("pay.rate", None, lambda p, i: f"{r.randrange(22, 58)}.{_c(r, ['00', '50', '75'])}", 0, False),
        ("pay.period_end", None, lambda p, i: _other_date(r, "US", True, "%Y-%m-%d"), 0, False),
        ("pay.gross", None, lambda p, i: f"{r.randrange(1200, 6000)}.{_digits(r, 2)}", 0, False),
        ("tax.w4_status", None, lambda p, i: _c(r, ["single", "married", "hoh"]), 0, False),
        ("vehicle.plate", None, lambda p, i: f"{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_digits(r, 4)}", 0.2, False),
        ("portal.pwd", "PASSWORD", lambda p, i: _password(r), 0.3, False),
        ("portal.pwd_changed", None, lambda p, i: _other_date(r, "US", True, "%Y-%m-%d"), 0.3, False),
        ("portal.last_login", None, lambda p, i: _ts(r), 0.1, False),
        ("badge.uuid", None, lambda p, i: _uuid(r), 0, False),
        ("cert.epa608", None, lambda p, i: _digits(r, 10), 0.4, False),
    ])


def _tab_klienti(r, n):  # therapy clients, SI, Slovenian headers
    return _table(r, n, "SI", [
        ("id_klienta", None, lambda p, i: f"K{_digits(r, 6)}", 0, False),
        ("ime", "PERSON", lambda p, i: p.first, 0, False),
        ("priimek", "PERSON", lambda p, i: p.last, 0, False),
        ("datum_rojstva", "DATE_OF_BIRTH", lambda p, i: p.dobs(), 0.1, False),
        ("e_posta", "EMAIL_ADDRESS", lambda p, i: p.email(), 0, False),
        ("potrjen_email", None, lambda p, i: _c(r, ["da", "ne"]), 0, False),
        ("telefon", "PHONE_NUMBER", lambda p, i: p.phone(style="nat"), 0.15, True),
        ("kraj", "LOCATION", lambda p, i: p.town, 0.2, False),
        ("naslov", "STREET_ADDRESS", lambda p, i: p.addr(), 0.35, False),
        ("tip_naslova", None, lambda p, i: _c(r, ["stalni", "začasni"]), 0.35, False),
        ("kontakt_v_sili", "PERSON", lambda p, i: Person(r, "SI").full, 0.3, False),
        ("kontakt_tel", "PHONE_NUMBER", lambda p, i: _phone(r, "SI"), 0.3, False),
        ("terapevt_id", None, lambda p, i: f"T{r.randrange(10, 60)}", 0, False),
        ("ime_paketa", None, lambda p, i: _c(r, ["Mirna pot 6", "Par 4", "Osnovni 1"]), 0, False),
        ("cena_eur", None, lambda p, i: f"{r.randrange(45, 400)},00", 0, False),
        ("zacetek", None, lambda p, i: _other_date(r, "SI", True, "%d.%m.%Y"), 0, False),
        ("stevilo_srecanj", None, lambda p, i: r.randrange(1, 20), 0, False),
        ("jezik", None, lambda p, i: _c(r, ["sl", "en", "hr"]), 0, False),
        ("stanje", None, lambda p, i: _c(r, ["aktiven", "zaključen", "premor"]), 0, False),
        ("geslo_hash", None, lambda p, i: _argon(r), 0, False),
        ("datum_spremembe_gesla", None, lambda p, i: _other_date(r, "SI", True, "%Y-%m-%d"), 0.4, False),
        ("ime_aplikacije", None, lambda p, i: f"Stillwater {_ver(r)}", 0, False),
    ])


def _tab_sessions(r, n):  # therapy session log, CA, camelCase + opaque
    return _table(r, n, "CA", [
        ("sessionId", None, lambda p, i: _uuid(r), 0, False),
        ("clientRef", None, lambda p, i: f"CL-{_digits(r, 6)}", 0, False),
        ("clientFirstName", "PERSON", lambda p, i: p.first, 0.05, False),
        ("clientEmail", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.05, False),
        ("clientIp", "IP_ADDRESS", lambda p, i: _ip(r), 0.05, False),
        ("gatewayIp", None, lambda p, i: _priv_ip(r), 0, False),
        ("userAgent", None, lambda p, i: f"Stillwater/{_ver(r)} (iPhone; iOS {_ver(r)})", 0, False),
        ("appVersion", None, lambda p, i: _ver(r), 0, False),
        ("startedAt", None, lambda p, i: _ts(r), 0, False),
        ("durationMin", None, lambda p, i: _c(r, [30, 50, 50, 80]), 0, False),
        ("modality", None, lambda p, i: _c(r, ["video", "audio", "chat"]), 0, False),
        ("field_3", "API_KEY", lambda p, i: _api_key(r, _c(r, [0, 5])), 0.6, False),
        ("publishableKey", None, lambda p, i: "pk_live_" + _alnum(r, 24, _B62), 0, False),
        ("roomToken", None, lambda p, i: _alnum(r, 32, _B62), 0, False),
        ("recordingSha256", None, lambda p, i: _sha(r), 0.5, False),
        ("invoiceAmountCad", None, lambda p, i: f"{r.randrange(90, 220)}.00", 0, False),
        ("cardLast4", None, lambda p, i: _digits(r, 4), 0.1, False),
        ("dobVerified", None, lambda p, i: _c(r, ["true", "false"]), 0, False),
        ("clientCity", "LOCATION", lambda p, i: p.town, 0.25, True),
    ])


def _tab_bugaderia(r, n):  # laundry customers, ES (Catalan headers)
    return _table(r, n, "ES", [
        ("codi_client", None, lambda p, i: f"FR-{_digits(r, 5)}", 0, False),
        ("nom", "PERSON", lambda p, i: p.first, 0, False),
        ("cognoms", "PERSON", lambda p, i: p.last, 0, False),
        ("adreça", "STREET_ADDRESS", lambda p, i: p.addr(), 0.1, False),
        ("població", "LOCATION", lambda p, i: p.town, 0.1, False),
        ("telèfon", "PHONE_NUMBER", lambda p, i: p.phone(style=_c(r, ["nat", "compact", "intl"])), 0.1, True),
        ("correu", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.2, False),
        ("data_naixement", "DATE_OF_BIRTH", lambda p, i: p.dobs(fmt="%d/%m/%Y"), 0.45, False),
        ("iban", "IBAN_CODE", lambda p, i: _iban(r, "ES"), 0.3, False),
        ("mandat_sepa", None, lambda p, i: f"SEPA-FR-{_digits(r, 8)}", 0.3, False),
        ("bic", None, lambda p, i: _c(r, ["CAIXESBBXXX", "BSABESBBXXX", "BBVAESMMXXX"]), 0.3, False),
        ("botiga", None, lambda p, i: _c(r, ["Gràcia", "Sant Cugat", "Girona centre", "Reus"]), 0, False),
        ("tipus_client", None, lambda p, i: _c(r, ["particular", "empresa"]), 0, False),
        ("descompte", None, lambda p, i: f"{_c(r, [0, 5, 10, 15])}%", 0, False),
        ("data_alta", None, lambda p, i: _other_date(r, "ES", True, "%d/%m/%Y"), 0, False),
        ("contrasenya_app", "PASSWORD", lambda p, i: _password(r), 0.5, False),
        ("tarifa", None, lambda p, i: _c(r, ["Bàsica", "Plus", "Hotel"]), 0, False),
        ("codi_bossa", None, lambda p, i: _alnum(r, 8), 0, False),
        ("correu_verificat", None, lambda p, i: _c(r, ["sí", "no"]), 0, False),
        ("nom_producte", None, lambda p, i: _c(r, ["Planxat camisa", "Neteja en sec abric", "Edredó Nòrdic XL"]), 0, False),
    ])


def _tab_pantanir(r, n):  # laundry orders, IS, Icelandic headers + opaque
    return _table(r, n, "IS", [
        ("pöntun_nr", None, lambda p, i: _digits(r, 7), 0, False),
        ("dags", None, lambda p, i: _other_date(r, "IS", True, "%d.%m.%Y"), 0, False),
        ("nafn", "PERSON", lambda p, i: p.full, 0, False),
        ("sími", "PHONE_NUMBER", lambda p, i: p.phone(style=_c(r, ["nat", "compact", "intl"])), 0.05, True),
        ("netfang", "EMAIL_ADDRESS", lambda p, i: p.email(), 0.15, False),
        ("heimilisfang", "STREET_ADDRESS", lambda p, i: p.addr(), 0.05, False),
        ("afhending", None, lambda p, i: _c(r, ["sótt", "sent heim"]), 0, False),
        ("vörur", None, lambda p, i: _c(r, ["skyrtur x3", "sængurver", "jakkaföt", "gluggatjöld"]), 0, False),
        ("þyngd_kg", None, lambda p, i: f"{r.randrange(1, 15)},{r.randrange(10)}", 0, False),
        ("verð_kr", None, lambda p, i: f"{r.randrange(2, 30)}.{_digits(r, 3)}", 0, False),
        ("greiðslumáti", None, lambda p, i: _c(r, ["kort", "Aur", "reikningur"]), 0, False),
        ("kort_síðustu4", None, lambda p, i: _digits(r, 4), 0.3, False),
        ("kvittun_hash", None, lambda p, i: _sha(r), 0, False),
        ("ip_tala", "IP_ADDRESS", lambda p, i: _ip(r), 0.2, False),
        ("staða", None, lambda p, i: _c(r, ["móttekið", "í þvotti", "afhent"]), 0, False),
        ("bílstjóri_nr", None, lambda p, i: r.randrange(1, 30), 0, False),
        ("attr2", "PERSON", lambda p, i: Person(r, "IS").first, 0.5, False),
    ])


_TABLES = [
    ("skyledger_members", _tab_members), ("ucus_hareketleri", _tab_ucus), ("oaspeti_hotel", _tab_oaspeti),
    ("FrontDeskReservations", _tab_reservations), ("box_office_orders", _tab_box_office),
    ("piletid_sisenemised", _tab_piletid), ("JOBS_EXPORT", _tab_jobs), ("tech_payroll", _tab_payroll),
    ("klienti_terapija", _tab_klienti), ("sessionLog", _tab_sessions), ("clients_bugaderia", _tab_bugaderia),
    ("pantanir_thvottahus", _tab_pantanir),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in _TABLES:
        r = random.Random(f"heath-{seed}-table-{name}")
        cols = fn(r, rows)
        for c in cols:
            assert len(c.values) == rows and (c.entity is None or c.entity in LABELS), c.name
        out[name] = cols
    return out
