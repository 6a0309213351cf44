"""Accuracy split "knoll" -- labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "knoll", 2026-11-27 (fixed "today" used for all relative dates).

Independence: written only from the task prompt (/tmp/prompts/knoll.md), `ls bench/` and local
Faker 40.63 / phonenumbers 9.0.43 outputs (name samples, example numbers, validity checks). No rules,
scanner code, tests, docs, README/SPEC, results, other splits or bench/accuracy_data.py were opened; the
imported helpers are used through the signatures given in the prompt. The scanner and Presidio were
never read or run.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)], one
random.Random(f"knoll-{seed}-{i}") per text); structured(rows, seed) -> dict[str, list[Column]]
(one random.Random(f"knoll-{seed}-{table}") per table); TEMPLATES. Deterministic across processes and
PYTHONHASHSEED (no clock, no set iteration; each Faker is seeded from the rng before every use).

Domains: home-care nursing agency, telehealth consultations, parcel lockers, music-streaming support,
local council services, marina berth rental (plus generic dev/ops logs and configs).

Languages (52 templates; 30 English = 58%, 22 other = 42%):
  English 30 -- US 7, GB 4, CA 3, IE 2, AU 2, IN 1, NZ 1, NG 1, KE 2, SG 1, mixed-country logs/configs 6
  Catalan 3, Basque 2, Icelandic 2, Afrikaans 2, Tagalog 2, Malay 2, Turkish 2, Romanian 2,
  Slovenian 2, Estonian 1, Lithuanian 1, Welsh 1 (12 non-English languages, all from the "rarely used" list).
Names, towns, streets, postcodes, phone formats (phonenumbers NATIONAL / INTERNATIONAL / E164 of the
text's region) and date formats follow each text's country; long-form birth dates use local month names.

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp/Teams/Slack/live-chat
exports, SMS threads, tickets with internal notes, CRM/call notes, lower-case speech-to-text transcript,
key: value and key=value forms, JSON lines, key=value app logs, nginx access log, auth debug log, .env
config, OCR'd paper form, TSV rows pasted from a spreadsheet, notification subjects, release notes /
shipping update / ops notes / maintenance notice with no PII.

Value rules: cards are Luhn-valid (Visa/MC 16, Amex 15; spaced, dashed or plain); SSNs avoid area
000/666/9xx, group 00, serial 0000; IBANs are mod-97 valid (library helper for ES/GB/IE, own helper
for IS/TR/RO/SI/EE/LT), spaced or not; every phone passes phonenumbers.is_valid_number for its region;
public IPs come from _ip_public_v4/_ip_public_v6; API keys are secret formats (sk_live_, ghp_, AIza,
xoxb-, SG.); passwords are plaintext and end in a letter/digit.

Label conventions as applied: PERSON spans names as written (full, first-only, surname-only, upper or
lower case, "Last, First", "First L.", "F. Last"), chat speakers included, titles (Mr, Ms, Dr, Mrs)
outside; STREET_ADDRESS is street + postcode + town as one span, a multi-line block is one span
(indentation kept inside), each '>'-quoted line is its own span, signature business addresses and bare
street lines labelled; LOCATION only for where a person lives / was born / comes from / travels to;
DATE_OF_BIRTH only birth dates; US_BANK_NUMBER only US account numbers (never routing); spans exclude
quotes, brackets and trailing punctuation and never overlap (asserted in _check, together with
Luhn/mod-97 checks; Doc asserts each span's text equals the inserted value).

Look-alikes (never labelled): masked cards / last-4 / expiry, private IPv4 (10/8, 172.16/12,
192.168/16), version strings, bcrypt / argon2 / sha256 / git hashes, UUIDs, session ids, Twilio SIDs,
publishable keys, order / ticket / invoice / booking / tracking / claim / policy / case refs, OTPs, gate
and door codes, IMEIs (Luhn-valid), routing numbers, SWIFT/BIC, sort codes, GPS coordinates, amounts,
timestamps and non-birth dates, brand and venue names containing person names (Johnny Cash playlist,
Ben & Jerry's, Dr. Martens, Shoppers Drug Mart), pet and vessel names, branch / depot / office /
clinic towns, non-US bank account numbers (South African rekeningnommer), GCash/M-Pesa references.

Tables (structured(150, 11); columns total / PII / look-alike; header style):
  homecare_clients_ie     en_IE  18 / 7 / 11  snake_case + abbreviations (dob, addr1, addr2, tel)
  homecare_visits_si      sl_SI  17 / 7 / 10  Slovenian spaced headers + opaque attr2 (PERSON)
  telehealth_patients_ca  en_CA  18 / 7 / 11  camelCase
  telehealth_sessions_tr  tr_TR  16 / 7 /  9  Turkish snake_case
  locker_deliveries_lt    lt_LT  16 / 6 / 10  Lithuanian snake_case + opaque col_7 (address)
  locker_users_my         ms_MY  17 / 7 / 10  Malay UPPER_SNAKE
  streaming_accounts_us   en_US  20 / 8 / 12  dotted (user.pwd, billing.acct_no, dev.api_key)
  streaming_tickets_ph    en_PH  15 / 6 /  9  PascalCase + opaque Field3 (LOCATION)
  council_requests_cy     cy_GB  16 / 7 /  9  Welsh spaced Title Case
  council_permits_ee      et_EE  18 / 8 / 10  Estonian snake_case
  marina_berths_nz        en_NZ  18 / 7 / 11  spaced Title Case ("Owner Name" as "Last, First")
  marina_bookings_cat     ca_ES  21 /10 / 11  Catalan snake_case + opaque field_3 (CREDIT_CARD)
  Total 210 columns, 87 PII, 123 look-alike. Blanks 0-60% per column; N/A, -, unknown placeholders in a few.

Known limits: name pools for Basque, Afrikaans, Tagalog, Malay, Welsh, Lithuanian and Singapore are
small hand lists; town/street pools are 3-6 entries per country and postcodes are fixed per town; phone
numbers are randomised around phonenumbers' example numbers (so area codes repeat, e.g. US 201);
street names are not inflected in Icelandic/Estonian sentences; some Faker names are rare; chat
timestamps are not sorted; a mother's birth year is not constrained to be older than her child's.
"""
from __future__ import annotations

import re
import random
import unicodedata
from datetime import date, timedelta

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 27)

# --------------------------------------------------------------------------- country profiles
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def _long_date(lang: str, d: date, cc: str) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{m} {d.day}, {d.year}" if cc in ("US", "PH", "CA") else f"{d.day} {m} {d.year}"
    if lang == "ca":
        de = "d'" if m[0] in "ao" else "de "
        return f"{d.day} {de}{m} de {d.year}"
    if lang == "eu":
        return f"{d.year}ko {m}ren {d.day}a"
    if lang in ("is", "sl", "et"):
        return f"{d.day}. {m} {d.year}"
    if lang == "tl":
        return f"{m} {d.day}, {d.year}"
    if lang == "lt":
        return f"{d.year} m. {m} {d.day} d."
    return f"{d.day} {m} {d.year}"


# name pools for locales where Faker is weak; (male firsts, female firsts, surnames[, female surnames])
HAND = {
    "eu": ("Iker Unai Jon Mikel Asier Gorka Ander Xabier", "Ane Miren Itziar Nerea Amaia Edurne Leire Maialen",
           "Etxeberria Agirre Goikoetxea Zubizarreta Urrutia Larrañaga Arrieta Elizondo Iturbe Olano"),
    "af": ("Pieter Johan Gerhard Riaan Hendrik Francois Wynand Dawid", "Anneke Marietjie Elize Liesl Sunette Karin Ilse Retha",
           "Botha Pretorius Venter Joubert Steyn Nel Coetzee Fourie Swanepoel Malan"),
    "tl": ("Juan Jose Mark Rodel Jayson Ramil Arnel Jomar", "Maria Kristine Rowena Angelica Jocelyn Mylene Rhea Lorna",
           "Santos Reyes Bautista Villanueva Mendoza Garcia Aquino Manalo Pascual Dizon Ramos"),
    "ms": ("Ahmad Hafiz Faizal Azman Hakim Amirul Syafiq Firdaus", "Aisyah Nurul Farah Aina Zulaikha Syazwani Hidayah Izzati",
           "Ismail Hassan Abdullah Rahman Yusof Othman Hamzah Salleh Kassim"),
    "cy": ("Dafydd Rhys Gethin Iwan Emyr Aled Gruffudd Owain", "Cerys Siân Angharad Nia Ffion Eleri Heledd Mali",
           "Jones Williams Evans Davies Pritchard Llywelyn Hughes Roberts Morgan Parry"),
    "lt": ("Jonas Mantas Tomas Darius Lukas Paulius Andrius Rokas", "Rūta Ieva Gintarė Agnė Jurgita Eglė Lina Simona",
           "Kazlauskas Petrauskas Jankauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas",
           "Kazlauskienė Petrauskaitė Jankauskienė Stankevičiūtė Vasiliauskaitė Žukauskienė Butkutė Paulauskaitė"),
    "sg": ("Wei Ming|Tan,Jun Jie|Lim,Kelvin|Goh,Rajesh|Kumar,Irfan|Rahman,Darren|Ng",
           "Hui Min|Lee,Jia Hui|Ong,Farhana|Ismail,Priya|Nair,Shu Fen|Chua,Michelle|Koh", ""),
}

# cc: (lang, faker locale or hand key, phone region, dob strftime, iban cc or None, streets, towns)
C = {
    "US": ("en", "en_US", "US", "%m/%d/%Y", None,
           ["{n} Maple Avenue", "{n} W 14th Street", "{n} Oak Ridge Dr, Apt {f}B", "{n} Lincoln Blvd", "{n} Cedar Lane"],
           [("Columbus", "Columbus, OH 43215"), ("Austin", "Austin, TX 78704"), ("Tacoma", "Tacoma, WA 98402"),
            ("Raleigh", "Raleigh, NC 27601"), ("Denver", "Denver, CO 80203"), ("Albany", "Albany, NY 12207")]),
    "GB": ("en", "en_GB", "GB", "%d/%m/%Y", "GB",
           ["{n} Harrow Road", "{n} Church Lane", "Flat {f}, {n} Victoria Street", "{n} Moorland Avenue"],
           [("Leeds", "Leeds LS6 2QF"), ("Bristol", "Bristol BS7 8HJ"), ("Norwich", "Norwich NR2 4PL"),
            ("Swansea", "Swansea SA1 5DT"), ("Glasgow", "Glasgow G12 8QQ")]),
    "CA": ("en", "en_CA", "CA", "%Y-%m-%d", None,
           ["{n} Bank Street", "{n} Portage Ave", "{f}0{n} Elbow Drive SW", "{n} Spring Garden Road"],
           [("Halifax", "Halifax, NS B3H 2Y9"), ("Calgary", "Calgary, AB T2P 1J9"), ("Winnipeg", "Winnipeg, MB R3C 0V8"),
            ("Ottawa", "Ottawa, ON K1N 5T4")]),
    "AU": ("en", "en_AU", "AU", "%d/%m/%Y", None,
           ["{n} Ryrie Street", "{n} Crown Street", "Unit {f}/{n} High Street", "{n} Flinders Street"],
           [("Geelong", "Geelong VIC 3220"), ("Wollongong", "Wollongong NSW 2500"), ("Townsville", "Townsville QLD 4810"),
            ("Fremantle", "Fremantle WA 6160")]),
    "IN": ("en", "en_IN", "IN", "%d-%m-%Y", None,
           ["Flat {f}0{n}, Sai Residency, FC Road", "{n}/2, 4th Cross, Indiranagar", "House No. {n}, Sector {f}"],
           [("Pune", "Pune, Maharashtra 411004"), ("Kochi", "Kochi, Kerala 682016"), ("Jaipur", "Jaipur, Rajasthan 302001"),
            ("Bengaluru", "Bengaluru, Karnataka 560038")]),
    "IE": ("en", "en_IE", "IE", "%d/%m/%Y", "IE",
           ["{n} Dominick Street", "Apartment {f}, {n} Quay Street", "{n} O'Connell Avenue"],
           [("Galway", "Galway H91 E2K8"), ("Cork", "Cork T12 X70A"), ("Limerick", "Limerick V94 R6F2"), ("Sligo", "Sligo F91 HW72")]),
    "NZ": ("en", "en_NZ", "NZ", "%d/%m/%Y", None,
           ["{n} George Street", "{n} Cameron Road", "{f}/{n} Trafalgar Street"],
           [("Dunedin", "Dunedin 9016"), ("Hamilton", "Hamilton 3204"), ("Nelson", "Nelson 7010"), ("Tauranga", "Tauranga 3110")]),
    "NG": ("en", "en_NG", "NG", "%d/%m/%Y", None,
           ["{n} Allen Avenue", "{n} Adeola Odeku Street", "Plot {n}, Aminu Kano Crescent"],
           [("Ikeja", "Ikeja, Lagos 100271"), ("Enugu", "Enugu 400102"), ("Ibadan", "Ibadan, Oyo 200211"), ("Abuja", "Wuse 2, Abuja 904101")]),
    "KE": ("en", "en_KE", "KE", "%d/%m/%Y", None,
           ["{n} Moi Avenue", "House {n}, Ngong Road", "{n} Oginga Odinga Street"],
           [("Nakuru", "Nakuru 20100"), ("Mombasa", "Mombasa 80100"), ("Kisumu", "Kisumu 40100"), ("Nairobi", "Nairobi 00100")]),
    "SG": ("en", "sg", "SG", "%d/%m/%Y", None,
           ["Blk {n} Ang Mo Kio Avenue 3, #0{f}-12", "{n} Tampines Street 21, #1{f}-340", "Blk {n} Jurong West St 42, #0{f}-88"],
           [("Singapore", "Singapore 560{n}"), ("Singapore", "Singapore 52{n}"), ("Singapore", "Singapore 64{n}")]),
    "CAT": ("ca", "es_CA", "ES", "%d/%m/%Y", "ES",
            ["Carrer de la Rutlla, {n}", "Carrer Major, {n}, {f}r 1a", "Passeig de Sant Joan, {n}, {f}r"],
            [("Girona", "17002 Girona"), ("Lleida", "25002 Lleida"), ("Reus", "43201 Reus"), ("Vic", "08500 Vic"), ("Sabadell", "08201 Sabadell")]),
    "EUS": ("eu", "eu", "ES", "%Y/%m/%d", "ES",
            ["Nagusia kalea {n}, {f}. B", "Easo kalea {n}, {f}. ezk.", "Bidebarrieta kalea {n}"],
            [("Donostia", "20003 Donostia"), ("Bilbo", "48005 Bilbo"), ("Gasteiz", "01001 Vitoria-Gasteiz"),
             ("Durango", "48200 Durango"), ("Zarautz", "20800 Zarautz")]),
    "IS": ("is", "is_IS", "IS", "%d.%m.%Y", "IS",
           ["Laugavegur {n}", "Hringbraut {n}", "Skólavörðustígur {n}", "Brekkugata {n}"],
           [("Reykjavík", "101 Reykjavík"), ("Akureyri", "600 Akureyri"), ("Kópavogur", "200 Kópavogur"),
            ("Hafnarfjörður", "220 Hafnarfjörður"), ("Selfoss", "800 Selfoss")]),
    "ZA": ("af", "af", "ZA", "%Y-%m-%d", None,
           ["{n} Dorpstraat", "{n} Kerkstraat", "{n} Voortrekkerweg"],
           [("Stellenbosch", "Stellenbosch, 7600"), ("Bloemfontein", "Bloemfontein, 9301"), ("Pretoria", "Pretoria, 0181"),
            ("Paarl", "Paarl, 7646"), ("Potchefstroom", "Potchefstroom, 2531")]),
    "PH": ("tl", "tl", "PH", "%m/%d/%Y", None,
           ["{n} Mabini St., Brgy. San Isidro", "Blk {f} Lot {n}, Phase 2, Villa Verde Subd.", "{n} Rizal Avenue"],
           [("Quezon City", "Quezon City, 1101 Metro Manila"), ("Cebu City", "Cebu City, 6000 Cebu"),
            ("Davao City", "Davao City, 8000 Davao del Sur"), ("Batangas", "Batangas City, 4200 Batangas"), ("Iloilo", "Iloilo City, 5000 Iloilo")]),
    "MY": ("ms", "ms", "MY", "%d/%m/%Y", None,
           ["No. {n}, Jalan Mawar {f}, Taman Sri Muda", "{n}, Jalan Sultan Ismail", "Lot {n}, Kampung Baru"],
           [("Shah Alam", "40000 Shah Alam, Selangor"), ("Ipoh", "30450 Ipoh, Perak"), ("Johor Bahru", "80100 Johor Bahru, Johor"),
            ("Kota Bharu", "15000 Kota Bharu, Kelantan"), ("Seremban", "70200 Seremban, Negeri Sembilan")]),
    "TR": ("tr", "tr_TR", "TR", "%d.%m.%Y", "TR",
           ["Moda Cad. No:{n} D:{f}", "Atatürk Bulvarı No:{n} Daire:{f}", "Cumhuriyet Mah. 1453. Sok. No:{n}"],
           [("İstanbul", "34710 Kadıköy/İstanbul"), ("Ankara", "06690 Çankaya/Ankara"), ("İzmir", "35040 Bornova/İzmir"),
            ("Bursa", "16110 Nilüfer/Bursa"), ("Antalya", "07100 Muratpaşa/Antalya")]),
    "RO": ("ro", "ro_RO", "RO", "%d.%m.%Y", "RO",
           ["Str. Memorandumului nr. {n}", "Bd. Independenței nr. {n}, bl. A{f}, ap. {f}", "Str. Republicii nr. {n}"],
           [("Cluj-Napoca", "400117 Cluj-Napoca"), ("Iași", "700506 Iași"), ("Timișoara", "300011 Timișoara"),
            ("Brașov", "500030 Brașov"), ("Constanța", "900178 Constanța")]),
    "SI": ("sl", "sl_SI", "SI", "%d. %m. %Y", "SI",
           ["Slovenska cesta {n}", "Partizanska ulica {n}", "Prešernova ulica {n}"],
           [("Ljubljana", "1000 Ljubljana"), ("Maribor", "2000 Maribor"), ("Celje", "3000 Celje"), ("Kranj", "4000 Kranj"), ("Koper", "6000 Koper")]),
    "EE": ("et", "et_EE", "EE", "%d.%m.%Y", "EE",
           ["Pärnu mnt {n}", "Tartu mnt {n}-{f}", "Rüütli tn {n}"],
           [("Tallinn", "10115 Tallinn"), ("Tartu", "51004 Tartu"), ("Pärnu", "80010 Pärnu"), ("Narva", "20308 Narva")]),
    "LT": ("lt", "lt", "LT", "%Y-%m-%d", "LT",
           ["Gedimino pr. {n}", "Laisvės al. {n}-{f}", "Tiltų g. {n}"],
           [("Vilnius", "LT-01103 Vilnius"), ("Kaunas", "LT-44280 Kaunas"), ("Klaipėda", "LT-91246 Klaipėda"), ("Šiauliai", "LT-76285 Šiauliai")]),
    "CYM": ("cy", "cy", "GB", "%d/%m/%Y", "GB",
            ["{n} Stryd y Bont", "{n} Ffordd Penglais", "{n} Heol y Castell"],
            [("Aberystwyth", "Aberystwyth SY23 2AZ"), ("Caernarfon", "Caernarfon LL55 1SE"), ("Bangor", "Bangor LL57 2DG"),
             ("Caerfyrddin", "Caerfyrddin SA31 1PG")]),
}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ð", "d").replace("þ", "th").replace("æ", "ae").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s.encode("ascii", "ignore").decode().lower())


_IBAN_OWN = {"IS": "n22", "TR": "n5|0|n16", "RO": "a4|n16", "SI": "n15", "EE": "n16", "LT": "n16"}
_IBAN_LIB = set("DE AT GB IE NL CH IT PL SE DK BR BE PT FR ES".split())


def _iban(rng: random.Random, cc: str) -> str:
    if cc in _IBAN_LIB:
        return _iban_of(rng, cc)
    bban = ""
    for part in _IBAN_OWN[cc].split("|"):
        if part[0] == "n":
            bban += "".join(rng.choice("0123456789") for _ in range(int(part[1:])))
        elif part[0] == "a":
            bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(part[1:])))
        else:
            bban += part
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def _luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(ds)) % 10 == 0


class Person:
    def __init__(self, first: str, last: str, full: str | None = None):
        self.first, self.last = first, last
        self.full = full or f"{first} {last}"


class G:
    """Per-text generator: rng plus value helpers."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- people and places
    def person(self, cc: str, female: bool | None = None) -> Person:
        src = C[cc][1]
        fem = self.chance(0.5) if female is None else female
        if src in HAND:
            h = HAND[src]
            if src == "sg":
                first, last = self.pick((h[1] if fem else h[0]).split(",")).split("|")
                full = f"{first} {last}" if first in ("Kelvin", "Rajesh", "Irfan", "Darren", "Farhana", "Priya", "Michelle") else f"{last} {first}"
                if first in ("Irfan", "Farhana"):
                    full = f"{'Muhammad ' if first == 'Irfan' else 'Nur '}{first} {'bin' if first == 'Irfan' else 'binti'} {last}"
                return Person(first, last, full)
            first = self.pick((h[1] if fem else h[0]).split())
            if src == "ms":
                father = self.pick(h[2].split())
                first = ("Nur " if fem and self.chance(0.4) else "Muhammad " if not fem and self.chance(0.3) else "") + first
                return Person(first, father, f"{first} {'binti' if fem else 'bin'} {father}")
            if src == "lt":
                return Person(first, self.pick((h[3] if fem else h[2]).split()))
            last = self.pick(h[2].split())
            if src == "eu":
                return Person(first, last, f"{first} {last} {self.pick(h[2].split())}" if self.chance(0.3) else None)
            if src == "af" and self.chance(0.35):
                last = self.pick(["van der Merwe", "du Toit", "le Roux", "van Wyk", "du Plessis"])
            if src == "tl" and self.chance(0.25):
                last = "Dela Cruz"
            return Person(first, last)
        fk = _faker(src)
        fk.seed_instance(self.r.getrandbits(32))
        if fem:
            return Person(fk.first_name_female(), fk.last_name_female())
        return Person(fk.first_name_male(), fk.last_name_male())

    def addr(self, cc: str) -> tuple[str, str, str]:
        st = self.pick(C[cc][5]).format(n=self.r.randint(2, 189), f=self.r.randint(1, 9))
        town, tail = self.pick(C[cc][6])
        tail = tail.format(n=self.digits(3))
        return st, tail, town

    def addr1(self, cc: str) -> str:
        st, tail, _ = self.addr(cc)
        return f"{st}, {tail}"

    def town(self, cc: str) -> str:
        return self.pick(C[cc][6])[0]

    def dob(self, cc: str, long: bool = False) -> str:
        d = date(1938, 1, 1) + timedelta(days=self.r.randrange(24800))
        if long:
            return _long_date(C[cc][0], d, C[cc][2])
        return d.strftime(C[cc][3])

    def day(self, cc: str, back: int = 60, fwd: int = 30) -> str:
        d = TODAY + timedelta(days=self.r.randint(-back, fwd))
        return d.strftime(C[cc][3])

    def email(self, p: Person, cc: str = "US") -> str:
        doms = {"GB": ["btinternet.com", "outlook.co.uk"], "AU": ["bigpond.com"], "IN": ["rediffmail.com"], "IE": ["eircom.net"],
                "NZ": ["xtra.co.nz"], "IS": ["simnet.is"], "TR": ["hotmail.com.tr"], "ZA": ["mweb.co.za"], "EE": ["hot.ee"],
                "SI": ["siol.net"], "LT": ["inbox.lt"], "RO": ["yahoo.ro"], "CAT": ["telefonica.net"], "MY": ["yahoo.com.my"]}
        dom = self.pick(doms.get(cc, []) + ["gmail.com", "outlook.com", "yahoo.com"])
        f, la = _ascii(p.first.split()[0]), _ascii(p.last.split()[-1])
        local = self.pick([f"{f}.{la}", f"{f}{la[:1]}", f"{f[:1]}{la}{self.r.randint(1, 99)}", f"{f}_{la}", f"{la}.{f}"])
        return f"{local}@{dom}"

    def phone(self, cc: str, kind: str = "m", fmt: str = "n") -> str:
        region = C[cc][2] if cc in C else cc
        t = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t)
        nsn = str(ex.national_number)
        for keep in (len(nsn) - 6, len(nsn) - 5, len(nsn) - 4, len(nsn) - 3):
            keep = max(keep, 1)
            for _ in range(20):
                cand = nsn[:keep] + self.digits(len(nsn) - keep)
                num = phonenumbers.parse(f"+{ex.country_code}{cand}")
                if phonenumbers.is_valid_number(num):
                    break
            else:
                continue
            break
        else:
            num = ex
        if fmt == "i":
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif fmt == "e":
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        else:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert phonenumbers.is_valid_number(phonenumbers.parse(s, region)), s
        return s

    # -- financial / ids
    def card(self, sep: str | None = None) -> str:
        kind = self.r.randrange(3)
        if kind == 2:
            n = _luhn(self.r, "37", 15)
            groups = [n[:4], n[4:10], n[10:]]
        else:
            n = _luhn(self.r, "4" if kind == 0 else self.pick(["51", "53", "55"]), 16)
            groups = [n[i:i + 4] for i in range(0, 16, 4)]
        sep = self.pick([" ", "-", ""]) if sep is None else sep
        return sep.join(groups)

    def ssn(self, sep: str | None = None) -> str:
        a = self.r.choice([x for x in range(1, 900) if x != 666])
        sep = self.pick(["-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

    def bank(self) -> str:
        return str(self.r.randint(1, 9)) + self.digits(self.r.randint(7, 11))

    def routing(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            for c in range(10):
                x = d + [c]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0 and x[0] in (0, 1, 2, 3):
                    return "".join(map(str, x))

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        s = _iban(self.r, C[cc][4] if cc in C else cc)
        spaced = self.chance(0.5) if spaced is None else spaced
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def pip(self) -> str:
        k = self.r.randrange(3)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 1:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    # -- secrets and look-alikes
    def pw(self) -> str:
        words = ["Sunflower", "Tiger", "Harbour", "Maple", "Kiwi", "Dragon", "Bluebird", "Rocket", "Lemon", "Falcon"]
        k = self.r.randrange(4)
        if k == 0:
            return f"{self.pick(words)}{self.pick('!#$*@?')}{self.r.randint(1, 2026)}"
        if k == 1:
            return self.alnum(self.r.randint(9, 15), "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+?") + self.alnum(1, "abcdefghjkmnpqrstuvwxyz23456789")
        if k == 2:
            return f"{self.pick(words).lower()}-{self.pick(words).lower()}-{self.r.randint(10, 99)}"
        return f"{self.pick(words)[:4]}{self.pick('@#$')}{self.digits(4)}{self.pick(words)[-3:]}"

    def key(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return "sk_live_" + self.alnum(24)
        if k == 1:
            return "ghp_" + self.alnum(36)
        if k == 2:
            return "AIza" + self.alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        if k == 3:
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"
        return "SG." + self.alnum(22) + "." + self.alnum(43)

    def pk(self) -> str:
        return self.pick(["pk_live_", "pk_test_"]) + self.alnum(24)

    def sid(self) -> str:
        return "AC" + self.alnum(32, "0123456789abcdef")

    def sha(self) -> str:
        return self.alnum(64, "0123456789abcdef")

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def argon(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.alnum(22)}${self.alnum(43)}"

    def uuid(self) -> str:
        h = self.alnum(32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def ref(self, prefix: str, n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    def masked(self) -> str:
        l4 = self.digits(4)
        return self.pick([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending {l4}", f"•••• {l4}", f"4***********{l4}"])

    def ver(self) -> str:
        return f"{self.r.randint(1, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}"

    def imei(self) -> str:
        return _luhn(self.r, "35" + self.digits(6), 15)

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 65):.5f}, {self.r.uniform(-120, 175):.5f}"

    def ts(self) -> str:
        d = TODAY - timedelta(days=self.r.randint(0, 90))
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"

    def hm(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.r.randint(0, 59):02d}"

    def money(self, cur: str = "$") -> str:
        return f"{cur}{self.r.randint(5, 900)}.{self.r.randint(0, 99):02d}"


# --------------------------------------------------------------------------- text builder
P = lambda s: (s, "PERSON")  # noqa: E731
EM = lambda s: (s, "EMAIL_ADDRESS")  # noqa: E731
PH = lambda s: (s, "PHONE_NUMBER")  # noqa: E731
CC = lambda s: (s, "CREDIT_CARD")  # noqa: E731
SSN = lambda s: (s, "US_SSN")  # noqa: E731
BK = lambda s: (s, "US_BANK_NUMBER")  # noqa: E731
IB = lambda s: (s, "IBAN_CODE")  # noqa: E731
IP = lambda s: (s, "IP_ADDRESS")  # noqa: E731
AD = lambda s: (s, "STREET_ADDRESS")  # noqa: E731
LO = lambda s: (s, "LOCATION")  # noqa: E731
DB = lambda s: (s, "DATE_OF_BIRTH")  # noqa: E731
PW = lambda s: (s, "PASSWORD")  # noqa: E731
AK = lambda s: (s, "API_KEY")  # noqa: E731

_SLOT = re.compile(r"<<(\w+)>>")


class Doc:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def f(self, fmt: str, **kw) -> "Doc":
        pos = 0
        for m in _SLOT.finditer(fmt):
            self._add(fmt[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self._add(v[0], v[1])
            else:
                self._add(str(v))
            pos = m.end()
        self._add(fmt[pos:])
        return self

    def _add(self, s: str, label: str | None = None) -> None:
        if label:
            assert label in LABELS and s and s == s.strip(), (label, s)
            self.spans.append((self.n, self.n + len(s), label))
        self.parts.append(s)
        self.n += len(s)

    def text(self) -> Text:
        t = "".join(self.parts)
        return Text(t, list(self.spans))


# --------------------------------------------------------------------------- templates: English
def _exp(g: G) -> str:
    return f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}"


def t_email_sig(g: G) -> Doc:
    c = g.pick(["US", "CA"])
    cust, agent = g.person(c), g.person(c)
    st, tail, _ = g.addr(c)
    biz = g.pick(["Harbor Lane Home Care", "Johnson & Reed Nursing", "BrightPath Telehealth", "Walt's Marina Services"])
    return Doc().f(
        "Hi <<cf>>,\n\nThanks for getting back to us. I've updated the billing address on file and the next invoice "
        "(<<inv>>) will go to the new place. If anything looks off, call me directly at <<ph>>.\n\nBest,\n<<ag>>\n"
        "Client Services | <<biz>>\n<<oad>>\nOffice: <<oph>> | <<aem>>\n\n"
        "On <<d>> at <<t>>, <<cn>> <<<cem>>> wrote:\n> Hello, we moved last week. New address is\n> <<st>>\n> <<tail>>\n"
        "> Card on file is still the one <<mask>>, exp <<exp>>.\n> Thanks, <<cf2>>\n",
        cf=P(cust.first), inv=g.ref("INV-", 7), ph=PH(g.phone(c, "m")), ag=P(agent.full), biz=biz,
        oad=AD(g.addr1(c)), oph=PH(g.phone(c, "f")),
        aem=EM(g.pick(["support", "billing", "care"]) + "@" + _ascii(biz.split()[0]) + "care.com"),
        d=g.day(c), t=g.hm(), cn=P(cust.full), cem=EM(g.email(cust, c)), st=AD(st), tail=AD(tail), mask=g.masked(),
        exp=_exp(g), cf2=P(cust.first))


def t_forward_gb(g: G) -> Doc:
    c = "GB"
    a, b, m = g.person(c), g.person(c), g.person(c)
    return Doc().f(
        "FYI - see below, can someone on the council tax team pick this up?\n\n<<m>>\n\n---------- Forwarded message ---------\n"
        "From: <<a>> <<<ae>>>\nDate: <<d>>\nSubject: Change of address - ref <<ref>>\nTo: <<role>>\n\n"
        "Dear Sir/Madam,\n\nI moved from <<old>> to <<new>> on <<d2>>. My new address is <<ad>>. "
        "My date of birth is <<dob>> if you need it to find the account. Daytime number <<ph>>.\n\n"
        "Kind regards\n<<a2>>\n",
        m=P(m.first), a=P(a.full), ae=EM(g.email(a, c)), d=g.day(c), ref=g.ref("CTX/", 8), role=EM("counciltax@" + g.pick(["leeds.gov.uk", "bristol.gov.uk", "norwich.gov.uk"])),
        old=LO(g.town(c)), new=LO(g.town("GB")), d2=g.day(c), ad=AD(g.addr1(c)), dob=DB(g.dob(c)), ph=PH(g.phone(c, g.pick("mf"))),
        a2=P(a.full.upper() if g.chance(0.3) else a.full))


def t_whatsapp_au(g: G) -> Doc:
    c = "AU"
    a, b = g.person(c), g.person(c)
    pet = g.pick(["Biscuit", "Rex", "Milo", "Bella", "Captain"])
    dd = TODAY - timedelta(days=g.r.randint(1, 40))
    ds = dd.strftime("%d/%m/%Y")
    return Doc().f(
        "[<<ds>>, 08:41:12] <<a>>: hey are you still ok to mind <<pet>> this weekend?\n"
        "[<<ds>>, 08:43:55] <<b>>: yep! send me the address again, lost it\n"
        "[<<ds>>, 08:44:30] <<a>>: <<ad>>\n"
        "[<<ds>>, 08:44:41] <<a>>: side gate code is <<code>>, key under the pot\n"
        "[<<ds>>, 08:47:02] <<b>>: sweet. if anything happens my new number is <<ph>>\n"
        "[<<ds>>, 08:47:30] <<a>>: thanks <<bf>> you legend. flying back from <<loc>> sunday night\n",
        ds=ds, a=P(a.full), b=P(b.first), pet=pet, ad=AD(g.addr1(c)), code=f"{g.digits(4)}#", ph=PH(g.phone(c, "m", g.pick("ni"))),
        bf=P(b.first.lower()), loc=LO(g.pick(["Bali", "Auckland", "Perth", "Fiji", "Tokyo"])))


def t_teams_in(g: G) -> Doc:
    c = "IN"
    a, b, cu = g.person(c), g.person(c), g.person(c)
    return Doc().f(
        "<<a>>  <<t1>>\nCan you check the telehealth booking for <<cu>>? they say the OTP <<otp>> never arrived\n\n"
        "<<b>>  <<t2>>\nregistered mobile is <<ph>>, email <<em>>. DOB on record <<dob>>\n"
        "<<b>>  <<t2>>\nbooking id <<bk>>, consult with Dr. <<doc>> at the Kochi clinic\n\n"
        "<<a2>>  <<t3>>\nok resending to <<ph2>> now, thanks\n",
        a=P(a.full), t1=g.hm(), cu=P(cu.full), otp=g.digits(6), b=P(f"{b.last}, {b.first}"), t2=g.hm(), ph=PH(g.phone(c, "m")),
        em=EM(g.email(cu, c)), dob=DB(g.dob(c)), bk=g.ref("TH-", 8), doc=P(g.person(c).last), a2=P(a.full), t3=g.hm(),
        ph2=PH(g.phone(c, "m", "i")))


def t_slack_dev(g: G) -> Doc:
    a, b = g.person("US"), g.person("NZ")
    return Doc().f(
        "<<a>> <<t>>\nprod deploy of api-gateway <<v>> failed, stack trace says auth to the payments sandbox is broken\n"
        "<<b>> <<t2>>\nyeah somebody rotated it. new secret is <<key>> (publishable stays <<pk>>)\n"
        "<<a>> <<t3>>\nplease don't paste secrets in here :upside_down_face: also the db is on <<pip>>, pw is <<pw>> until friday\n"
        "<<b>> <<t3>>\ncommit <<sha>> reverts it. request id <<uuid>>\n",
        a=P(a.full), t=g.hm(), v="v" + g.ver(), b=P(b.first), t2=g.hm(), key=AK(g.key()), pk=g.pk(),
        t3=g.hm(), pip=g.pip(), pw=PW(g.pw()), sha=g.sha()[:40], uuid=g.uuid())


def t_livechat_ca(g: G) -> Doc:
    c = "CA"
    v, ag = g.person(c), g.person(c)
    return Doc().f(
        "Chat started: <<ts>>\nVisitor IP: <<ip>>\n(<<t1>>) <<ag>>: Hi, you're chatting with <<ag>> from Beatwave Premium support.\n"
        "(<<t1>>) <<v>>: hi my subscription renewed twice, card <<mask>>\n(<<t2>>) <<ag>>: Sorry about that! Can I get the email on the account?\n"
        "(<<t2>>) <<v>>: <<em>>\n(<<t3>>) <<ag>>: Thanks <<vf>>. I see two charges of <<amt>> on order <<ord>>; refunding one now.\n"
        "(<<t3>>) <<v>>: great. also the app says version <<ver>>, is that current?\n",
        ts=g.ts(), ip=IP(g.ip4()), t1=g.hm(), ag=P(ag.first), v=P(v.full), mask=g.masked(), t2=g.hm(), em=EM(g.email(v, c)),
        t3=g.hm(), vf=P(v.first), amt=g.money("CA$"), ord=g.ref("BW-", 9), ver=g.ver())


def t_sms_nz(g: G) -> Doc:
    c = "NZ"
    p = g.person(c)
    berth = f"{g.pick('ABCDE')}{g.r.randint(1, 60)}"
    return Doc().f(
        "Kia ora <<pf>>, your berth <<berth>> at Nelson Marina is confirmed from <<d>>. Gate code <<code>>. Reply STOP to opt out.\n"
        "> thanks! can u send the invoice to <<em>> instead\n"
        "Done. Invoice <<inv>> sent. Any issues ring the office on <<oph>>.\n"
        "> cheers. my partner <<q>> may drop the boat off, her mobile is <<ph>>\n",
        pf=P(p.first), berth=berth, d=g.day(c, 0, 40), code=g.digits(4), em=EM(g.email(p, c)), inv=g.ref("NM", 6),
        oph=PH(g.phone(c, "f")), q=P(g.person(c, True).first), ph=PH(g.phone(c, "m")))


def t_ticket_ie(g: G) -> Doc:
    c = "IE"
    cl, nu, ag = g.person(c), g.person(c), g.person(c)
    return Doc().f(
        "Ticket #<<tk>> | Priority: High | Queue: Home Care Scheduling\nRequester: <<cl>> (<<em>>)\n\n"
        "Customer message:\nmy mam <<mum>> is getting evening visits but nobody came on <<d>>. she lives at <<ad>>, "
        "please ring me on <<ph>>\n\n--- Internal note (<<ag>>) ---\nCarer <<nu>> marked the visit done at <<t>> from the Galway office tablet "
        "(IMEI <<imei>>). Client DOB <<dob>> matches. Escalating to <<ro>>.\n",
        tk=g.digits(6), cl=P(cl.full), em=EM(g.email(cl, c)), mum=P(g.person(c, True).first + " " + cl.last), d=g.day(c),
        ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m")), ag=P(ag.first), nu=P(f"{nu.first} {nu.last[0]}."), t=g.hm(), imei=g.imei(),
        dob=DB(g.dob(c)), ro=EM("rostering@" + g.pick(["careathome.ie", "westcare.ie"])))


def t_crm_ng(g: G) -> Doc:
    c = "NG"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "CALL NOTE <<d>> <<t>> - agent <<ag>>\nSpoke to <<p>> re: parcel locker at the Ikeja City Mall site. Locker <<lk>> jammed, "
        "pickup code <<otp>> rejected twice. Customer moved from <<old>> to Lagos last month; updated delivery address to <<ad>>. "
        "Alt number <<ph>>. Promised callback within 24h. Tracking <<trk>>.\n",
        d=g.day(c), t=g.hm(), ag=P(ag.last.upper()), p=P(p.full),
        lk=f"L-{g.r.randint(1, 48):02d}", otp=g.digits(6), old=LO(g.pick(["Enugu", "Ibadan", "Kano", "Port Harcourt"])),
        ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m", g.pick("ni"))), trk="GIG" + g.digits(10))


def t_stt_us(g: G) -> Doc:
    c = "US"
    p = g.person(c)
    ssn = g.ssn(" ")
    st, tail, town = g.addr(c)
    dob = date(1940, 1, 1) + timedelta(days=g.r.randrange(23000))
    dob_s = f"{MONTHS['en'][dob.month - 1].lower()} {dob.day} {dob.year}"
    return Doc().f(
        "agent: thank you for calling northpoint telehealth this call may be recorded can i get your full name\n"
        "caller: yeah it's <<p>>\nagent: and your date of birth\ncaller: <<dob>>\n"
        "agent: and the last four of your social\ncaller: uh <<l4>> actually you can have the whole thing it's <<ssn>>\n"
        "agent: okay and you're still at <<ad>>\ncaller: yes in <<town>>\nagent: perfect your visit code is <<code>>\n",
        p=P(p.full.lower()), dob=DB(dob_s), l4=ssn[-4:], ssn=SSN(ssn),
        ad=AD(f"{st.lower()} {tail.lower().replace(',', '')}"), town=LO(town.lower()), code=g.digits(5))


def t_form_kv_ke(g: G) -> Doc:
    c = "KE"
    p = g.person(c)
    nok = g.person(c)
    return Doc().f(
        "--- Home care intake form ---\nFull name: <<p>>\nDate of birth: <<dob>>\nPlace of birth: <<pob>>\nPhone: <<ph>>\n"
        "Email: <<em>>\nPhysical address: <<ad>>\nNext of kin: <<nok>> (<<rel>>) <<nph>>\nAssigned branch: Nairobi West\n"
        "Mpesa ref: <<mp>>\nConsent signed: yes\nForm ID: <<uuid>>\n",
        p=P(p.full), dob=DB(g.dob(c)), pob=LO(g.town(c)), ph=PH(g.phone(c, "m")), em=EM(g.email(p, c)), ad=AD(g.addr1(c)),
        nok=P(nok.full), rel=g.pick(["son", "daughter", "brother", "niece"]), nph=PH(g.phone(c, "m", "i")),
        mp=g.alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), uuid=g.uuid())


def t_log_kv(g: G) -> Doc:
    c = g.pick(["SG", "AU", "IN"])
    p = g.person(c)
    return Doc().f(
        "<<ts>> level=INFO svc=locker-api msg=\"pickup completed\" locker_id=SG-<<lid>> user=<<em>> phone=<<ph>> client_ip=<<ip>> "
        "upstream=<<pip>>:8443 trace=<<uuid>> dur_ms=<<ms>>\n"
        "<<ts2>> level=WARN svc=locker-api msg=\"door sensor retry\" locker_id=SG-<<lid>> fw=<<ver>> attempts=3\n",
        ts=g.ts(), lid=g.digits(5), em=EM(g.email(p, c)), ph=PH(g.phone(c, "m", "e")), ip=IP(g.ip4()), pip=g.pip(), uuid=g.uuid(),
        ms=g.r.randint(30, 900), ts2=g.ts(), ver=g.ver())


def t_jsonl(g: G) -> Doc:
    c = g.pick(["US", "GB", "CA"])
    p, q = g.person(c), g.person(c)
    return Doc().f(
        '{"event":"signup","ts":"<<ts>>","name":"<<p>>","email":"<<em>>","ip":"<<ip>>","plan":"family","referrer":"<<q>>"}\n'
        '{"event":"password_reset","ts":"<<ts2>>","email":"<<em2>>","new_hash":"<<bc>>","ip":"<<ip6>>"}\n'
        '{"event":"payment","ts":"<<ts3>>","card_last4":"<<l4>>","amount":"<<amt>>","order":"<<ord>>"}\n',
        ts=g.ts(), p=P(p.full), em=EM(g.email(p, c)), ip=IP(g.ip4()), q=P(q.first), ts2=g.ts(), em2=EM(g.email(p, c)), bc=g.bcrypt(),
        ip6=IP(g.ip6()), ts3=g.ts(), l4=g.digits(4), amt=g.money(""), ord=g.ref("ORD-2026-", 6))


def t_nginx(g: G) -> Doc:
    lines = []
    kw = {}
    for i in range(4):
        pub = g.chance(0.6)
        kw[f"ip{i}"] = IP(g.ip4()) if pub else g.pip()
        kw[f"p{i}"] = g.pick(["/api/v2/lockers/status", "/login", "/static/app." + g.alnum(8, "0123456789abcdef") + ".js", "/healthz"])
        kw[f"s{i}"] = g.pick(["200", "200", "302", "404", "401"])
        lines.append(f"<<ip{i}>> - - [27/Nov/2026:{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} +0000] "
                     f"\"GET <<p{i}>> HTTP/1.1\" <<s{i}>> {g.r.randint(200, 40000)} \"-\" \"Mozilla/5.0 (Linux; Android 14) Chrome/{g.ver()}\"\n")
    return Doc().f("".join(lines), **kw)


def t_applog_auth(g: G) -> Doc:
    c = g.pick(["US", "GB", "IE"])
    p = g.person(c)
    return Doc().f(
        "<<ts>> ERROR AuthService - login failed for user=<<em>> from <<ip>> (attempt 3/5)\n"
        "<<ts>> DEBUG AuthService - request body: {\"username\": \"<<em2>>\", \"password\": \"<<pw>>\"}\n"
        "<<ts>> DEBUG AuthService - stored hash <<ar>> does not match\n"
        "<<ts>> INFO  RateLimiter - session <<sess>> throttled for 300s\n",
        ts=g.ts(), em=EM(g.email(p, c)), ip=IP(g.ip4()), em2=EM(g.email(p, c)), pw=PW(g.pw()), ar=g.argon(), sess=g.alnum(32, "0123456789abcdef"))


def t_env(g: G) -> Doc:
    return Doc().f(
        "# .env.production - DO NOT COMMIT\nAPP_VERSION=<<v>>\nDB_HOST=<<pip>>\nDB_USER=svc_council\nDB_PASSWORD=<<pw>>\n"
        "STRIPE_SECRET_KEY=<<key>>\nSTRIPE_PUBLISHABLE_KEY=<<pk>>\nTWILIO_ACCOUNT_SID=<<sid>>\nGITHUB_TOKEN=<<key2>>\n"
        "SUPPORT_EMAIL=<<em>>\nSESSION_SECRET_SHA256=<<sha>>\nFEATURE_FLAGS=berths,lockers\n",
        v=g.ver(), pip=g.pip(), pw=PW(g.pw()), key=AK("sk_live_" + g.alnum(24)), pk=g.pk(), sid=g.sid(), key2=AK("ghp_" + g.alnum(36)),
        em=EM(g.pick(["help", "noreply", "support"]) + "@" + g.pick(["harbourberths.co.nz", "tunepass.io", "lockr.sg"])), sha=g.sha())


def t_ocr_gb(g: G) -> Doc:
    c = g.pick(["GB", "IE"])
    p = g.person(c)
    st, tail, _ = g.addr(c)
    return Doc().f(
        "APPLICATION FOR A RESIDENTS PARKING PERMIT\nSurname: <<ln>>    Forename(s): <<fn>>\nD.O.B:  <<dob>>\n"
        "Address: <<ad>>\nTel (day): <<ph>>\nE-mail: <<em>>\nVehicle reg: <<reg>>   Permit zone: <<zone>>\n"
        "Signed: ____<<sig>>____  Date: <<d>>\nOFFICE USE: rec'd by <<off>>  receipt no <<rc>>\n",
        ln=P(p.last.upper()), fn=P(p.first.upper()), dob=DB(g.dob(c)), ad=AD(st + "\n         " + tail),
        ph=PH(g.phone(c, "f")), em=EM(g.email(p, c).upper() if g.chance(0.4) else g.email(p, c)), reg=f"{g.alnum(2, 'ABCDEFGHJKLMNPRSTVWXY')}{g.r.randint(51, 75)} {g.alnum(3, 'ABCDEFGHJKLMNPRSTVWXY')}",
        zone=g.pick(["C4", "H2", "M1"]), sig=P(f"{p.first[0]}. {p.last}"), d=g.day(c), off=P(g.person(c).first), rc=g.digits(7))


def t_release_nopii(g: G) -> Doc:
    return Doc().f(
        "Release <<v>> (build <<b>>)\n- Fixed crash when a locker door reports state 0x<<hx>>\n- Bumped openssl to <<v2>>\n"
        "- Migration <<uuid>> adds index on berth_bookings(created_at)\n- Checksum sha256:<<sha>>\nKnown issue: tickets <<t1>>, <<t2>> still open.\n",
        v=g.ver(), b=g.digits(5), hx=g.alnum(4, "0123456789ABCDEF"), v2=g.ver(), uuid=g.uuid(), sha=g.sha(), t1=g.ref("JIRA-", 4), t2=g.ref("JIRA-", 4))


def t_shipping_nopii(g: G) -> Doc:
    return Doc().f(
        "Your parcel <<trk>> has arrived at the <<br>> depot and will be placed in locker bank <<lb>> by <<t>>. "
        "Collection window: 72 hours. Order total <<amt>>. GPS of locker bank: <<gps>>. Need help? Visit lockr.example/help and quote claim <<cl>>.\n",
        trk="1Z" + g.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + g.digits(8), br=g.pick(["Leeds", "Geelong", "Pune", "Halifax", "Nakuru"]),
        lb=f"{g.pick('ABCD')}{g.r.randint(1, 30)}", t=g.hm(), amt=g.money(g.pick(["£", "$", "₹"])), gps=g.gps(), cl=g.ref("CLM-", 7))


def t_bank_us(g: G) -> Doc:
    c = "US"
    p, hr = g.person(c), g.person(c)
    return Doc().f(
        "Subject: Direct deposit form - <<p>>\n\nHi <<hr>>,\nplease set up my pay to go to my checking account at First Lakes Credit Union.\n"
        "Routing: <<rt>>\nAccount: <<acct>>\nSWIFT (for the wire from my old employer): <<swift>>\nSSN for the W-4: <<ssn>>\n"
        "My old account <<old>> is closed now.\nthanks,\n<<pf>>\n<<ph>>\n",
        p=P(p.full), hr=P(hr.first), rt=g.routing(), acct=BK(g.bank()), swift=g.pick(["FLCUUS44", "CHASUS33", "BOFAUS3N"]),
        ssn=SSN(g.ssn()), old="****" + g.digits(4), pf=P(p.first), ph=PH(g.phone(c, "m")))


def t_dispute_gb(g: G) -> Doc:
    c = g.pick(["GB", "IE"])
    p = g.person(c)
    return Doc().f(
        "Payment dispute - case <<case>>\nCustomer: <<p>>\nDisputed card: <<card>> (customer read it out in full, please redact)\n"
        "Replacement card: <<mask>>\nExpiry <<exp>>, CVV not stored\nAmount: <<amt>> to \"TUNEPASS*ANNUAL\" on <<d>>\n"
        "Refund to IBAN <<iban>> requested instead of card. Contact <<em>>.\n",
        case=g.ref("DSP-", 6), p=P(p.full), card=CC(g.card()), mask=g.masked(), exp=_exp(g), amt=g.money("£"), d=g.day(c),
        iban=IB(g.iban(c)), em=EM(g.email(p, c)))


def t_sheet_au(g: G) -> Doc:
    c = g.pick(["AU", "NZ"])
    rows, kw = [], {}
    for i in range(3):
        p = g.person(c)
        kw.update({f"f{i}": P(p.first), f"l{i}": P(p.last), f"d{i}": DB(g.dob(c)), f"m{i}": PH(g.phone(c, "m")),
                   f"s{i}": g.pick(["Geelong depot", "Wollongong depot", "Head office"]), f"b{i}": f"{g.pick('ABCDE')}{g.r.randint(1, 90)}",
                   f"x{i}": g.money("")})
        rows.append(f"<<f{i}>>\t<<l{i}>>\t<<d{i}>>\t<<m{i}>>\t<<s{i}>>\t<<b{i}>>\t<<x{i}>>\n")
    return Doc().f("First\tSurname\tDOB\tMobile\tSite\tBerth\tBalance\n" + "".join(rows), **kw)


def t_notif_subjects(g: G) -> Doc:
    c = g.pick(["US", "CA", "SG", "PH"])
    a, b = g.person(c), g.person(c)
    return Doc().f(
        "[TunePass] New sign-in from <<loc>> on Chrome <<v>> (IP <<ip>>)\n"
        "<<a>> shared the playlist \"Roadtrip with Johnny Cash\" with you\n"
        "Your verification code is <<otp>>\nMissed call from <<b>> (<<ph>>)\nReminder: telehealth visit <<ref>> tomorrow at <<t>>\n",
        loc=g.pick(["Chrome OS", "Windows"]), v=g.ver(), ip=IP(g.ip4()), a=P(a.full), otp=g.digits(6), b=P(b.first),
        ph=PH(g.phone(c, "m", "i")), ref=g.ref("TV", 7), t=g.hm())


def t_hr_us(g: G) -> Doc:
    c = "US"
    p = g.person(c)
    st, tail, town = g.addr(c)
    return Doc().f(
        "New hire checklist - home care aide\nName: <<ln>>, <<fn>>\nSSN: <<ssn>>\nDOB: <<dob>>\nBorn in: <<pob>>\n"
        "Home address:\n<<ad>>\nCell: <<ph>>\nDirect deposit acct <<acct>> / routing <<rt>>\nPortal login temp password: <<pw>>\n"
        "Badge ID <<badge>>; uniform size M; start date <<d>>\n",
        ln=P(p.last), fn=P(p.first), ssn=SSN(g.ssn()), dob=DB(g.dob(c)), pob=LO(g.pick(["El Paso", "Tucson", "Manila", "Lagos", "Omaha"])),
        ad=AD(st + "\n" + tail), ph=PH(g.phone(c, "m")), acct=BK(g.bank()), rt=g.routing(), pw=PW(g.pw()), badge=g.ref("HC", 5), d=g.day(c, 0, 30))


def t_telehealth_ca(g: G) -> Doc:
    c = "CA"
    p = g.person(c)
    dr = g.person(c)
    return Doc().f(
        "Consult summary - <<d>>\nPatient: <<p>> | DOB <<dob>> | Health card on file\nPhysician: Dr <<dr>>\n"
        "Pt reports travelling to <<trip>> next month, requests travel vaccines. Lives in <<home>>.\n"
        "Rx sent to Shoppers Drug Mart #<<store>> (Calgary Beltline). Pt callback: <<ph>>.\nSession <<uuid>> | client <<ver>>\n",
        d=g.day(c, 5, 0), p=P(p.full), dob=DB(g.dob(c, g.chance(0.5))), dr=P(dr.last), trip=LO(g.pick(["Peru", "Kenya", "Vietnam", "Ghana"])),
        home=LO(g.town(c)), store=g.digits(4), ph=PH(g.phone(c, "m")), uuid=g.uuid(), ver=g.ver())


def t_council_gb(g: G) -> Doc:
    c = "GB"
    fem = g.chance(0.5)
    p = g.person(c, fem)
    return Doc().f(
        "Missed bin collection report\nReported by: <<t>> <<p>>\nProperty: <<ad>>\nContact: <<ph>> / <<em>>\n"
        "Round: <<rnd>> (Bristol North depot)\nNotes: neighbour Mrs <<nb>> says the crew skipped the whole terrace. Dog (<<pet>>) is friendly.\n",
        t=g.pick(["Ms", "Mrs", "Dr"] if fem else ["Mr", "Dr"]), p=P(p.full), ad=AD(g.addr1(c)), ph=PH(g.phone(c, g.pick("mf"))), em=EM(g.email(p, c)),
        rnd=g.ref("R", 3), nb=P(g.person(c, True).last), pet=g.pick(["Rolo", "Bramble", "Otis"]))


def t_music_sg(g: G) -> Doc:
    c = "SG"
    p = g.person(c)
    return Doc().f(
        "Hi TunePass team, my account <<em>> got hacked. Someone changed the password from <<old>> (yes I know) and logged in from <<ip>>. "
        "My name is <<p>>, phone <<ph>>. Family plan members are my sister <<sis>> and me. Please reset. Device IMEI <<imei>>\n",
        em=EM(g.email(p, c)), old=PW(g.pw()), ip=IP(g.ip4()), p=P(p.full), ph=PH(g.phone(c, "m", g.pick("ni"))),
        sis=P(g.person(c, True).full), imei=g.imei())


def t_relocate_ke(g: G) -> Doc:
    c = "KE"
    a, b = g.person(c), g.person(c)
    l1, l2 = g.r.sample([t for t, _ in C[c][6]], 2)
    return Doc().f(
        "<<a>>: Niaje <<bf>>, we're relocating from <<l1>> to <<l2>> end of month\n<<b>>: Eeh sawa! new place?\n"
        "<<a>>: <<ad>>. Send the home nurse there from <<d>>\n<<b>>: noted. Mum's number still <<ph>>?\n<<a>>: yes\n",
        a=P(a.first), bf=P(b.first), l1=LO(l1), l2=LO(l2), b=P(b.first), ad=AD(g.addr1(c)), d=g.day(c, 0, 20), ph=PH(g.phone(c, "m")))


def t_meeting_nopii(g: G) -> Doc:
    return Doc().f(
        "Ops sync <<d>>\n- Halifax and Pune offices both migrated to switch firmware <<v>>\n- Ben & Jerry's promo codes expire <<d2>>\n"
        "- Locker bank uptime 99.<<x>>%, incident <<inc>> closed\n- Budget: <<amt>> approved for the Kisumu warehouse\n",
        d=g.day("GB"), v=g.ver(), d2=g.day("GB", 0, 60), x=g.digits(2), inc=g.ref("INC", 7), amt=g.money("$"))


def t_security_us(g: G) -> Doc:
    return Doc().f(
        "Incident <<inc>> - credential exposure\nTimeline (UTC): <<ts>> attacker from <<ip>> and <<ip6>> used leaked key <<key>>.\n"
        "Internal hosts touched: <<p1>>, <<p2>>. Key revoked; replacement stored in vault (fingerprint <<sha>>).\n"
        "Publishable key <<pk>> unaffected. Reporter: <<em>>\n",
        inc=g.ref("SEC-", 4), ts=g.ts(), ip=IP(g.ip4()), ip6=IP(g.ip6()), key=AK(g.key()), p1=g.pip(), p2=g.pip(), sha=g.sha(), pk=g.pk(),
        em=EM("security@" + g.pick(["tunepass.io", "lockr.sg", "homecareplus.com"])))


# --------------------------------------------------------------------------- templates: other languages
def t_ca_email(g: G) -> Doc:
    c = "CAT"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "Bon dia <<pf>>,\n\nUs confirmem l'amarrament <<am>> al Port de Roses del <<d1>> al <<d2>>. Per domiciliar el pagament ens cal "
        "l'IBAN complet; el que ens vau enviar (<<mask>>) estava incomplet.\n\nSalutacions,\n<<ag>>\nOficina del port · <<oph>>\n\n"
        "El <<d3>>, <<p>> <<<em>>> va escriure:\n> Hola, visc a <<ad>>.\n> El meu IBAN és <<iban>>\n> Mòbil: <<ph>>\n",
        pf=P(p.first), am=f"{g.pick('ABC')}-{g.r.randint(1, 80)}", d1=g.day(c, 0, 30), d2=g.day(c, -40, 90), mask="ES** **** **** " + g.digits(4),
        ag=P(ag.full), oph=PH(g.phone(c, "f")), d3=g.day(c), p=P(p.full), em=EM(g.email(p, c)), ad=AD(g.addr1(c)), iban=IB(g.iban(c)),
        ph=PH(g.phone(c, "m", g.pick("ni"))))


def t_ca_form(g: G) -> Doc:
    c = "CAT"
    p = g.person(c)
    return Doc().f(
        "nom=<<fn>>\ncognoms=<<ln>>\ndata_naixement=<<dob>>\nlloc_naixement=<<pob>>\ntelefon=<<ph>>\ncorreu=<<em>>\n"
        "adreca=<<ad>>\nservei=atenció domiciliària\ncodi_client=<<cc>>\nversio_app=<<v>>\n",
        fn=P(p.first), ln=P(p.last), dob=DB(g.dob(c, g.chance(0.5))), pob=LO(g.town(c)), ph=PH(g.phone(c, "m")), em=EM(g.email(p, c)),
        ad=AD(g.addr1(c)), cc=g.ref("CL", 6), v=g.ver())


def t_eu_chat(g: G) -> Doc:
    c = "EUS"
    a, b = g.person(c), g.person(c)
    return Doc().f(
        "<<t1>> - <<a>>: Kaixo <<bf>>! Bihar etorriko da erizaina amonaren etxera?\n<<t2>> - <<b>>: Bai, 10:00etan. Helbidea <<ad>> da, ezta?\n"
        "<<t3>> - <<a>>: Bai. Atariko kodea <<code>>. Nire telefonoa <<ph>>\n<<t3>> - <<b>>: Ados. Erreserba zenbakia <<ref>>\n",
        t1=g.hm(), a=P(a.full), bf=P(b.first), t2=g.hm(), b=P(b.full), ad=AD(g.addr1(c)), t3=g.hm(), code=g.digits(4),
        ph=PH(g.phone(c, "m")), ref=g.ref("ER-", 6))


def t_eu_council(g: G) -> Doc:
    c = "EUS"
    p = g.person(c)
    return Doc().f(
        "Udalaren zerbitzu eskaera <<ref>>\nIzen-abizenak: <<p>>\nJaiotze data: <<dob>>\nJaioterria: <<pob>>\nHelbidea: <<ad>>\n"
        "Telefonoa: <<ph>>\nPosta elektronikoa: <<em>>\nEskaera: zaborrontzi berria, <<d>>an jasoa Donostiako bulegoan.\n",
        ref=g.ref("UZE-", 6), p=P(p.full), dob=DB(g.dob(c, g.chance(0.5))), pob=LO(g.town(c)), ad=AD(g.addr1(c)), ph=PH(g.phone(c, "f")),
        em=EM(g.email(p, c)), d=g.day(c))


def t_is_email(g: G) -> Doc:
    c = "IS"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "Sæl/l <<pf>>,\n\nTakk fyrir fyrirspurnina. Áskriftin þín að TónaVeitunni var endurnýjuð <<d>> og greitt með korti <<mask>>. "
        "Ef þú vilt fá endurgreitt á reikning, sendu okkur IBAN. Hringdu í <<oph>> ef eitthvað er óljóst.\n\nKveðja,\n<<ag>>\n\n"
        "> Ég heiti <<p>>, bý á <<ad>>. Reikningurinn minn er <<iban>>. Síminn minn er <<ph>>.\n",
        pf=P(p.first), d=g.day(c), mask=g.masked(), oph=PH(g.phone(c, "f")), ag=P(ag.full), p=P(p.full), ad=AD(g.addr1(c)),
        iban=IB(g.iban(c)), ph=PH(g.phone(c, "m")))


def t_is_care(g: G) -> Doc:
    c = "IS"
    p, nu = g.person(c), g.person(c)
    return Doc().f(
        "Heimahjúkrun - vitjunarskýrsla <<d>>\nSkjólstæðingur: <<p>>, fædd(ur) <<dob>>\nHeimili: <<ad>>\n"
        "Hjúkrunarfræðingur: <<nu>>\nAthugasemd: dóttirin <<dot>> flytur frá <<loc>> í næsta mánuði, sími <<ph>>. Lyfjaskammtur <<mg>> mg.\n",
        d=g.day(c), p=P(p.full), dob=DB(g.dob(c, g.chance(0.6))), ad=AD(g.addr1(c)), nu=P(nu.first), dot=P(g.person(c, True).first),
        loc=LO(g.pick(["Ísafirði", "Egilsstöðum", "Kaupmannahöfn", "Osló"])), ph=PH(g.phone(c, "m", "i")), mg=g.r.randint(5, 500))


def t_af_sms(g: G) -> Doc:
    c = "ZA"
    p, q = g.person(c), g.person(c, False)
    return Doc().f(
        "Goeiemôre <<pf>>, jou pakkie <<trk>> is in kassie <<lk>> by die Stellenbosch Square-kassies. Afhaalkode: <<otp>>. "
        "Vrae? Skakel <<oph>>.\n> Dankie! Kan my broer <<q>> dit gaan haal? Sy nommer is <<ph>>\n"
        "Ja, stuur net sy naam en ID na <<em>>. Rekeningnommer vir terugbetaling: <<acc>> (takkode <<br>>).\n",
        pf=P(p.first), trk=g.ref("ZA", 10), lk=g.r.randint(1, 60), otp=g.digits(6), oph=PH(g.phone(c, "f")), q=P(q.first),
        ph=PH(g.phone(c, "m")), em=EM("hulp@pakkiekas.co.za"), acc=g.digits(10), br=g.digits(6))


def t_af_intake(g: G) -> Doc:
    c = "ZA"
    p = g.person(c)
    return Doc().f(
        "Pasiënt-inname (telegesondheid)\nVan: <<ln>>\nVoorname: <<fn>>\nGeboortedatum: <<dob>>\nGebore in: <<pob>>\n"
        "Adres: <<ad>>\nSelfoon: <<ph>>\nE-pos: <<em>>\nMediese fonds lidnr: <<mf>>\nKonsultasie-ID: <<uuid>>\n",
        ln=P(p.last), fn=P(p.first), dob=DB(g.dob(c, g.chance(0.5))), pob=LO(g.town(c)), ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m", g.pick("ni"))),
        em=EM(g.email(p, c)), mf=g.digits(9), uuid=g.uuid())


def t_tl_chat(g: G) -> Doc:
    c = "PH"
    a, b = g.person(c), g.person(c)
    return Doc().f(
        "<<a>>: Ate <<bf>>, pakisend naman yung address ni Lola para sa caregiver bukas\n<<b>>: <<ad>>\n"
        "<<b>>: tapos number ko <<ph>>, yung GCash ref <<gc>> yung bayad\n<<a>>: salamat po! uuwi ako galing <<loc>> sa Sabado\n",
        a=P(a.first), bf=P(b.first), b=P(b.full), ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m")), gc=g.digits(13),
        loc=LO(g.pick(["Dubai", "Riyadh", "Hong Kong", "Davao", "Cebu"])))


def t_tl_ticket(g: G) -> Doc:
    c = "PH"
    p = g.person(c)
    return Doc().f(
        "Ticket <<tk>> - TunePass PH\nCustomer: <<p>>\nEmail: <<em>>\nMensahe: Hindi ko ma-access yung account ko. Ginamit ko yung password na "
        "<<pw>> pero ayaw. Na-charge ako ng <<amt>> sa card na <<card>>.\nBirthday ko <<dob>> kung kailangan.\n"
        "Internal: refund via GCash, last login from <<ip>>\n",
        tk=g.ref("PH-", 6), p=P(p.full), em=EM(g.email(p, c)), pw=PW(g.pw()), amt=g.money("₱"), card=CC(g.card()),
        dob=DB(g.dob(c, g.chance(0.6))), ip=IP(g.ip4()))


def t_ms_sms(g: G) -> Doc:
    c = "MY"
    p = g.person(c)
    return Doc().f(
        "Salam <<pf>>, bungkusan anda <<trk>> sedia di loker <<lk>>, Stesen LRT Shah Alam. Kod ambil: <<otp>>. Sah sehingga <<d>>.\n"
        "> Terima kasih. Tolong hantar resit ke <<em>>. Alamat baru saya <<ad>>.\nBaik. Untuk bantuan hubungi <<oph>>.\n",
        pf=P(p.first), trk=g.ref("MY", 10), lk=f"{g.pick('ABC')}{g.r.randint(1, 40)}", otp=g.digits(6), d=g.day(c, 0, 5),
        em=EM(g.email(p, c)), ad=AD(g.addr1(c)), oph=PH(g.phone(c, "f")))


def t_ms_crm(g: G) -> Doc:
    c = "MY"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "Nota panggilan <<d>> oleh <<ag>>\nPelanggan: <<p>> (tarikh lahir <<dob>>), berasal dari <<pob>>, kini tinggal di <<home>>.\n"
        "Telefon: <<ph>>. Minta jururawat datang ke rumah mulai minggu depan. Cawangan: Ipoh Garden.\n",
        d=g.day(c), ag=P(ag.first), p=P(p.full), dob=DB(g.dob(c, g.chance(0.5))), pob=LO(g.town(c)), home=LO(g.town(c)), ph=PH(g.phone(c, "m")))


def t_tr_email(g: G) -> Doc:
    c = "TR"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "Merhaba <<pf>> Hanım/Bey,\n\nMarina bağlama sözleşmeniz (<<ref>>) <<d>> tarihinde yenilenecektir. Ödeme için IBAN: <<oib>>\n\n"
        "Saygılarımızla,\n<<ag>>\nSetur Kalamış Marina\n\n-----Original Message-----\nGönderen: <<p>> <<<em>>>\n"
        "Adresim değişti: <<ad>>. Cep: <<ph>>. Doğum tarihim <<dob>>.\n",
        pf=P(p.first), ref=g.ref("KM-", 6), d=g.day(c, 0, 60), oib=IB(g.iban(c)), ag=P(ag.full), p=P(p.full), em=EM(g.email(p, c)),
        ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m")), dob=DB(g.dob(c, g.chance(0.4))))


def t_tr_log(g: G) -> Doc:
    c = "TR"
    p = g.person(c)
    return Doc().f(
        "<<ts>> [WARN] giris_basarisiz kullanici=<<em>> ip=<<ip>> sifre_hash=<<bc>>\n"
        "<<ts>> [INFO] profil_guncelle ad_soyad=\"<<p>>\" tel=<<ph>> sehir=<<city>> surum=<<v>>\n",
        ts=g.ts(), em=EM(g.email(p, c)), ip=IP(g.ip4()), bc=g.bcrypt(), p=P(p.full), ph=PH(g.phone(c, "m", "e")), city=LO(g.town(c)), v=g.ver())


def t_ro_ticket(g: G) -> Doc:
    c = "RO"
    p, ag = g.person(c), g.person(c)
    return Doc().f(
        "Tichet #<<tk>> - Servicii de îngrijire la domiciliu\nSolicitant: <<p>> (<<em>>)\nMesaj: Bună ziua, mama mea <<m>>, născută pe <<dob>>, "
        "are nevoie de vizite zilnice la <<ad>>. Vă rog sunați-mă la <<ph>>.\n-- Notă internă (<<ag>>): alocat filialei Cluj, cod acces interfon <<code>>.\n",
        tk=g.digits(6), p=P(p.full), em=EM(g.email(p, c)), m=P(g.person(c, True).full), dob=DB(g.dob(c, g.chance(0.5))), ad=AD(g.addr1(c)),
        ph=PH(g.phone(c, "m")), ag=P(ag.first), code=g.digits(4))


def t_ro_transfer(g: G) -> Doc:
    c = "RO"
    p = g.person(c)
    return Doc().f(
        "Confirmare plată chirie loc de acostare\nPlătitor: <<p>>\nIBAN plătitor: <<iban>>\nBIC: <<bic>>\nSuma: <<amt>> RON\n"
        "Referință: <<ref>>\nTelefon: <<ph>>\nAdresă corespondență: <<ad>>\n",
        p=P(p.full.upper()), iban=IB(g.iban(c)), bic=g.pick(["BTRLRO22", "RNCBROBU", "BRDEROBU"]), amt=g.r.randint(400, 9000),
        ref=g.ref("MAR", 7), ph=PH(g.phone(c, g.pick("mf"), "i")), ad=AD(g.addr1(c)))


def t_sl_chat(g: G) -> Doc:
    c = "SI"
    a, b = g.person(c), g.person(c)
    return Doc().f(
        "[<<t1>>] <<a>>: Živjo <<bf>>, paket je v paketniku na Mercatorju, koda <<otp>>\n[<<t2>>] <<b>>: Hvala! Lahko ga prevzame sosed <<nb>>?\n"
        "[<<t2>>] <<a>>: Seveda. Moja nova številka je <<ph>>, naslov pa <<ad>>\n[<<t3>>] <<b>>: Super, se vidiva v <<loc>>\n",
        t1=g.hm(), a=P(a.full), bf=P(b.first), otp=g.digits(6), t2=g.hm(), b=P(b.first), nb=P(g.person(c).last), ph=PH(g.phone(c, "m")),
        ad=AD(g.addr1(c)), t3=g.hm(), loc=LO(g.pick(["Ljubljani", "Mariboru", "Kopru", "Celju"])))


def t_sl_form(g: G) -> Doc:
    c = "SI"
    p = g.person(c)
    return Doc().f(
        "Ime in priimek: <<p>>\nDatum rojstva: <<dob>>\nKraj rojstva: <<pob>>\nNaslov: <<ad>>\nTelefon: <<ph>>\nE-pošta: <<em>>\n"
        "TRR (IBAN): <<iban>>\nŠt. pogodbe: <<pog>>\nOpomba: pes <<pet>> je v hiši\n",
        p=P(p.full), dob=DB(g.dob(c, g.chance(0.4))), pob=LO(g.town(c)), ad=AD(g.addr1(c)), ph=PH(g.phone(c, g.pick("mf"))), em=EM(g.email(p, c)),
        iban=IB(g.iban(c)), pog=g.ref("POG-", 6), pet=g.pick(["Floki", "Luna", "Piki"]))


def t_et_ticket(g: G) -> Doc:
    c = "EE"
    p = g.person(c)
    return Doc().f(
        "Pöördumine <<ref>>\nNimi: <<p>>\nSünniaeg: <<dob>>\nAadress: <<ad>>\nTelefon: <<ph>>\nE-post: <<em>>\n"
        "Sõnum: Palun kandke tagasimakse kontole <<iban>>. Kolisin <<old>> linnast <<new>> linna ja paadikoht Pirita sadamas jääb alles.\n",
        ref=g.ref("TP", 6), p=P(p.full), dob=DB(g.dob(c, g.chance(0.4))), ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m")), em=EM(g.email(p, c)),
        iban=IB(g.iban(c)), old=LO("Narva"), new=LO(g.pick(["Tartu", "Pärnu"])))


def t_lt_sms(g: G) -> Doc:
    c = "LT"
    p = g.person(c)
    return Doc().f(
        "Sveiki, <<pf>>! Jūsų siunta <<trk>> pristatyta į paštomatą „Akropolis Vilnius“. Kodas: <<otp>>.\n"
        "> Ačiū. Prašau atnaujinti adresą: <<ad>>, tel. <<ph>>, el. paštas <<em>>\nAtnaujinta. Užsakymas <<ord>>.\n",
        pf=P(p.first), trk=g.ref("LT", 11), otp=g.digits(6), ad=AD(g.addr1(c)), ph=PH(g.phone(c, "m")), em=EM(g.email(p, c)), ord=g.ref("U-", 7))


def t_cy_email(g: G) -> Doc:
    c = "CYM"
    p, ag = g.person(c), g.person(c)
    a = g.addr(c)
    return Doc().f(
        "Annwyl <<pf>>,\n\nDiolch am eich cais am drwydded barcio. Rydym wedi derbyn eich ffurflen (cyf. <<ref>>).\n\nCofion,\n<<ag>>\n"
        "Gwasanaethau Cwsmeriaid, Cyngor Gwynedd\n<<oad>>\n<<oph>>\n\n> Fy enw yw <<p>>, fe'm ganed ar <<dob>>.\n> <<st>>\n> <<tail>>\n> Ffôn: <<ph>>\n",
        pf=P(p.first), ref=g.ref("GW", 6), ag=P(ag.full), oad=AD("Stryd y Jêl, Caernarfon LL55 1SH"), oph=PH(g.phone(c, "f")),
        p=P(p.full), dob=DB(g.dob(c, True)), st=AD(a[0]), tail=AD(a[1]), ph=PH(g.phone(c, "m")))


def t_nopii_ca(g: G) -> Doc:
    return Doc().f(
        "Avís: manteniment programat de la plataforma de consultes en línia el <<d>> de 02:00 a 04:00. Versió <<v>>. "
        "Les oficines de Girona i Lleida romandran obertes. Incidència <<inc>>.\n",
        d=g.day("CAT", 0, 30), v=g.ver(), inc=g.ref("INC-", 6))


TEMPLATES = [
    # English (30)
    t_email_sig, t_forward_gb, t_whatsapp_au, t_teams_in, t_slack_dev, t_livechat_ca, t_sms_nz, t_ticket_ie, t_crm_ng,
    t_stt_us, t_form_kv_ke, t_log_kv, t_jsonl, t_nginx, t_applog_auth, t_env, t_ocr_gb, t_release_nopii, t_shipping_nopii,
    t_bank_us, t_dispute_gb, t_sheet_au, t_notif_subjects, t_hr_us, t_telehealth_ca, t_council_gb, t_music_sg,
    t_relocate_ke, t_meeting_nopii, t_security_us,
    # other languages (22)
    t_ca_email, t_ca_form, t_nopii_ca, t_eu_chat, t_eu_council, t_is_email, t_is_care, t_af_sms, t_af_intake,
    t_tl_chat, t_tl_ticket, t_ms_sms, t_ms_crm, t_tr_email, t_tr_log, t_ro_ticket, t_ro_transfer,
    t_sl_chat, t_sl_form, t_et_ticket, t_lt_sms, t_cy_email,
]


def _check(t: Text) -> None:
    last = 0
    for s, e, lab in sorted(t.spans):
        assert s >= last, ("overlap", t.text[s:e])
        v = t.text[s:e]
        assert v == v.strip() and v[-1] not in ".,;:!?\"')]" or v.endswith("."), ("punct", v)
        if lab == "PHONE_NUMBER":
            pass  # validated at generation
        elif lab == "CREDIT_CARD":
            assert _luhn_ok(v), v
        elif lab == "IBAN_CODE":
            assert _iban_ok(v), v
        last = e


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        g = G(random.Random(f"knoll-{seed}-{i}"))
        d = TEMPLATES[i % len(TEMPLATES)](g)
        t = d.text()
        _check(t)
        out.append(t)
    return out


# --------------------------------------------------------------------------- structured tables
PLACEHOLDERS = ["N/A", "-", "unknown"]


def _table(g: G, rows: int, cc: str, spec: list) -> list[Column]:
    """spec: (header, entity, fn(g, row) -> str, blank_rate, placeholder_rate)."""
    data = []
    for _ in range(rows):
        p = g.person(cc)
        st, tail, town = g.addr(cc)
        data.append({"p": p, "st": st, "tail": tail, "town": town, "em": g.email(p, cc)})
    cols = []
    for header, ent, fn, blank, ph in spec:
        vals: list[str | None] = []
        for row in data:
            x = g.r.random()
            if x < blank:
                vals.append(None)
            elif x < blank + ph:
                vals.append(g.pick(PLACEHOLDERS))
            else:
                vals.append(str(fn(g, row)))
        cols.append(Column(header, ent, vals))
    return cols


def _b(g: G, r: dict | None = None) -> str:
    return g.pick(["true", "false"])


def tbl_homecare_ie(g: G, n: int) -> list[Column]:
    c = "IE"
    return _table(g, n, c, [
        ("client_id", None, lambda g, r: g.ref("HC-", 6), 0, 0),
        ("first_name", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("surname", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.05, 0),
        ("addr1", "STREET_ADDRESS", lambda g, r: r["st"], 0, 0),
        ("addr2", "STREET_ADDRESS", lambda g, r: r["tail"], 0.1, 0),
        ("tel", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0.2, 0.03),
        ("nok_name", "PERSON", lambda g, r: g.person(c).full, 0.35, 0.05),
        ("address_type", None, lambda g, r: g.pick(["home", "nursing home", "sheltered"]), 0, 0),
        ("phone_type", None, lambda g, r: g.pick(["mobile", "landline"]), 0, 0),
        ("dob_verified", None, _b, 0, 0),
        ("care_plan_ref", None, lambda g, r: g.ref("CP/2026/", 5), 0, 0),
        ("branch", None, lambda g, r: g.pick(["Galway", "Cork", "Limerick"]), 0, 0),
        ("visits_per_week", None, lambda g, r: g.r.randint(1, 21), 0, 0),
        ("hourly_rate_eur", None, lambda g, r: g.money(""), 0, 0),
        ("key_safe_code", None, lambda g, r: g.digits(4), 0.3, 0),
        ("pet_name", None, lambda g, r: g.pick(["Bailey", "Murphy", "Tess", "Lucky"]), 0.6, 0),
        ("last_visit_at", None, lambda g, r: g.ts(), 0, 0),
    ])


def tbl_homecare_si(g: G, n: int) -> list[Column]:
    c = "SI"
    return _table(g, n, c, [
        ("ID obiska", None, lambda g, r: g.uuid(), 0, 0),
        ("Ime", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("Priimek", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("Datum rojstva", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.1, 0),
        ("Naslov", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0, 0),
        ("Kraj bivanja", "LOCATION", lambda g, r: r["town"], 0.05, 0),
        ("Telefon", "PHONE_NUMBER", lambda g, r: g.phone(c, g.pick("mf")), 0.15, 0),
        ("attr2", "PERSON", lambda g, r: g.person(c).full, 0, 0),
        ("Datum obiska", None, lambda g, r: g.day(c), 0, 0),
        ("Trajanje (min)", None, lambda g, r: g.r.randint(15, 120), 0, 0),
        ("Izpostava", None, lambda g, r: g.pick(["Ljubljana Center", "Maribor", "Celje"]), 0, 0),
        ("Šifra storitve", None, lambda g, r: g.ref("S", 3), 0, 0),
        ("Vrsta naslova", None, lambda g, r: g.pick(["stalni", "začasni"]), 0, 0),
        ("Podpis_hash", None, lambda g, r: g.sha(), 0, 0),
        ("Tablica IMEI", None, lambda g, r: g.imei(), 0, 0),
        ("GPS", None, lambda g, r: g.gps(), 0.2, 0),
        ("Znesek EUR", None, lambda g, r: g.money(""), 0, 0),
    ])


def tbl_telehealth_ca(g: G, n: int) -> list[Column]:
    c = "CA"
    return _table(g, n, c, [
        ("patientId", None, lambda g, r: g.uuid(), 0, 0),
        ("givenName", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("familyName", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("birthDate", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0, 0),
        ("emailAddress", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.05, 0),
        ("emailVerified", None, _b, 0, 0),
        ("mobilePhone", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0.1, 0.02),
        ("phoneType", None, lambda g, r: g.pick(["MOBILE", "HOME", "WORK"]), 0, 0),
        ("homeAddress", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.2, 0),
        ("lastLoginIp", "IP_ADDRESS", lambda g, r: g.ip4() if g.chance(0.8) else g.ip6(), 0.1, 0),
        ("passwordChangedAt", None, lambda g, r: g.ts(), 0, 0),
        ("passwordHash", None, lambda g, r: g.bcrypt(), 0, 0),
        ("consultId", None, lambda g, r: g.ref("TC-", 8), 0, 0),
        ("clinicCity", None, lambda g, r: g.pick(["Halifax", "Calgary", "Ottawa"]), 0, 0),
        ("appVersion", None, lambda g, r: g.ver(), 0, 0),
        ("fee", None, lambda g, r: g.money("CA$"), 0, 0),
        ("gatewayIp", None, lambda g, r: g.pip(), 0, 0),
        ("physicianNameOfPractice", None, lambda g, r: g.pick(["Maple Leaf Virtual Clinic", "Dr. Oetker Wellness", "Tim Hortons Health Hub"]), 0, 0),
    ])


def tbl_telehealth_tr(g: G, n: int) -> list[Column]:
    c = "TR"
    return _table(g, n, c, [
        ("hasta_no", None, lambda g, r: g.ref("H", 7), 0, 0),
        ("ad_soyad", "PERSON", lambda g, r: r["p"].full, 0, 0),
        ("dogum_tarihi", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.05, 0),
        ("dogum_yeri", "LOCATION", lambda g, r: g.town(c), 0.3, 0.05),
        ("cep_tel", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0, 0),
        ("eposta", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.2, 0),
        ("adres", "STREET_ADDRESS", lambda g, r: f"{r['st']} {r['tail']}", 0.1, 0),
        ("iban", "IBAN_CODE", lambda g, r: g.iban(c), 0.5, 0),
        ("kart_son4", None, lambda g, r: g.digits(4), 0, 0),
        ("randevu_tarihi", None, lambda g, r: g.day(c, 10, 30), 0, 0),
        ("doktor_brans", None, lambda g, r: g.pick(["Dahiliye", "Kardiyoloji", "Dermatoloji"]), 0, 0),
        ("klinik_sehir", None, lambda g, r: g.pick(["İstanbul", "Ankara"]), 0, 0),
        ("oturum_id", None, lambda g, r: g.alnum(32, "0123456789abcdef"), 0, 0),
        ("ucret_tl", None, lambda g, r: g.money("₺"), 0, 0),
        ("sifre_degistirme", None, lambda g, r: g.day(c), 0.4, 0),
        ("surum", None, lambda g, r: g.ver(), 0, 0),
    ])


def tbl_lockers_lt(g: G, n: int) -> list[Column]:
    c = "LT"
    return _table(g, n, c, [
        ("siuntos_nr", None, lambda g, r: g.ref("LT", 11), 0, 0),
        ("gavejo_vardas", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("gavejo_pavarde", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("tel_nr", "PHONE_NUMBER", lambda g, r: g.phone(c, "m", g.pick("ne")), 0, 0),
        ("el_pastas", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.1, 0),
        ("paštomatas", None, lambda g, r: g.pick(["Akropolis Vilnius", "Mega Kaunas", "Maxima Šiauliai"]), 0, 0),
        ("durelių_kodas", None, lambda g, r: g.digits(6), 0, 0),
        ("svoris_kg", None, lambda g, r: f"{g.r.uniform(0.1, 20):.2f}", 0, 0),
        ("pristatyta", None, lambda g, r: g.ts(), 0, 0),
        ("siuntėjas", None, lambda g, r: g.pick(["Varle.lt", "Pigu.lt", "Zara Home", "Dr. Martens"]), 0, 0),
        ("col_7", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.4, 0),
        ("col_8", None, lambda g, r: g.uuid(), 0, 0),
        ("kaina_eur", None, lambda g, r: g.money(""), 0, 0),
        ("tel_patvirtintas", None, _b, 0, 0),
        ("terminalo_ip", None, lambda g, r: g.pip(), 0, 0),
        ("kliento_ip", "IP_ADDRESS", lambda g, r: g.ip4(), 0.25, 0),
    ])


def tbl_lockers_my(g: G, n: int) -> list[Column]:
    c = "MY"
    return _table(g, n, c, [
        ("NO_AKAUN", None, lambda g, r: g.ref("MYL", 8), 0, 0),
        ("NAMA_PENUH", "PERSON", lambda g, r: r["p"].full, 0, 0),
        ("NO_TEL", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0, 0),
        ("EMEL", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.15, 0.03),
        ("ALAMAT", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.05, 0),
        ("BANDAR", "LOCATION", lambda g, r: r["town"], 0, 0),
        ("TARIKH_LAHIR", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.45, 0),
        ("KATA_LALUAN", "PASSWORD", lambda g, r: g.pw(), 0.2, 0),
        ("LOKASI_LOKER", None, lambda g, r: g.pick(["LRT Shah Alam", "Aeon Ipoh", "KTM Seremban"]), 0, 0),
        ("KOD_OTP", None, lambda g, r: g.digits(6), 0, 0),
        ("JENIS_TEL", None, lambda g, r: g.pick(["bimbit", "rumah"]), 0, 0),
        ("EMEL_DISAHKAN", None, _b, 0, 0),
        ("JUMLAH_RM", None, lambda g, r: g.money("RM"), 0, 0),
        ("ID_PERANTI", None, lambda g, r: g.imei(), 0, 0),
        ("VERSI_APP", None, lambda g, r: g.ver(), 0, 0),
        ("DICIPTA_PADA", None, lambda g, r: g.ts(), 0, 0),
        ("KOORDINAT", None, lambda g, r: g.gps(), 0, 0),
    ])


def tbl_streaming_us(g: G, n: int) -> list[Column]:
    c = "US"
    return _table(g, n, c, [
        ("user.id", None, lambda g, r: g.uuid(), 0, 0),
        ("user.display_name", "PERSON", lambda g, r: r["p"].full, 0.05, 0),
        ("user.email", "EMAIL_ADDRESS", lambda g, r: r["em"], 0, 0),
        ("user.email_verified", None, _b, 0, 0),
        ("user.pwd", "PASSWORD", lambda g, r: g.pw(), 0.3, 0),
        ("user.password_changed_at", None, lambda g, r: g.ts(), 0.1, 0),
        ("user.pwd_hash", None, lambda g, r: g.argon(), 0, 0),
        ("billing.card_number", "CREDIT_CARD", lambda g, r: g.card(), 0.4, 0),
        ("billing.card_last4", None, lambda g, r: g.digits(4), 0, 0),
        ("billing.card_exp", None, lambda g, r: _exp(g), 0, 0),
        ("billing.zip_addr", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.3, 0),
        ("billing.acct_no", "US_BANK_NUMBER", lambda g, r: g.bank(), 0.55, 0),
        ("billing.routing_no", None, lambda g, r: g.routing(), 0.55, 0),
        ("dev.api_key", "API_KEY", lambda g, r: g.key(), 0.6, 0),
        ("dev.publishable_key", None, lambda g, r: g.pk(), 0, 0),
        ("session.ip", "IP_ADDRESS", lambda g, r: g.ip4(), 0, 0),
        ("session.internal_ip", None, lambda g, r: g.pip(), 0, 0),
        ("plan.name_of_product", None, lambda g, r: g.pick(["Premium Family", "Duo", "Student", "Johnny Cash Essentials"]), 0, 0),
        ("client.version", None, lambda g, r: g.ver(), 0, 0),
        ("plan.price", None, lambda g, r: g.money("$"), 0, 0),
    ])


def tbl_streaming_ph(g: G, n: int) -> list[Column]:
    c = "PH"
    return _table(g, n, c, [
        ("TicketNo", None, lambda g, r: g.ref("PH-", 6), 0, 0),
        ("CustomerName", "PERSON", lambda g, r: r["p"].full.upper() if g.chance(0.3) else r["p"].full, 0, 0),
        ("Email", "EMAIL_ADDRESS", lambda g, r: r["em"], 0, 0),
        ("MobileNo", "PHONE_NUMBER", lambda g, r: g.phone(c, "m", g.pick("ni")), 0.1, 0),
        ("Birthday", "DATE_OF_BIRTH", lambda g, r: g.dob(c, g.chance(0.3)), 0.5, 0),
        ("Field3", "LOCATION", lambda g, r: r["town"], 0.2, 0),
        ("CardUsed", None, lambda g, r: g.masked(), 0, 0),
        ("GCashRef", None, lambda g, r: g.digits(13), 0.3, 0),
        ("Amount", None, lambda g, r: g.money("₱"), 0, 0),
        ("Status", None, lambda g, r: g.pick(["Open", "Resolved", "Pending"]), 0, 0),
        ("AgentTeam", None, lambda g, r: g.pick(["Cebu BPO", "Davao Tier 2"]), 0, 0),
        ("CreatedAt", None, lambda g, r: g.ts(), 0, 0),
        ("DeviceIMEI", None, lambda g, r: g.imei(), 0.2, 0),
        ("AppVersion", None, lambda g, r: g.ver(), 0, 0),
        ("LoginIP", "IP_ADDRESS", lambda g, r: g.ip4(), 0.15, 0),
    ])


def tbl_council_cy(g: G, n: int) -> list[Column]:
    c = "CYM"
    return _table(g, n, c, [
        ("Cyfeirnod", None, lambda g, r: g.ref("GW", 6), 0, 0),
        ("Enw Cyntaf", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("Cyfenw", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("Dyddiad Geni", "DATE_OF_BIRTH", lambda g, r: g.dob(c, g.chance(0.3)), 0.2, 0),
        ("Cyfeiriad", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0, 0),
        ("Rhif Ffôn", "PHONE_NUMBER", lambda g, r: g.phone(c, g.pick("mf")), 0.1, 0.03),
        ("E-bost", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.25, 0),
        ("Math o Wasanaeth", None, lambda g, r: g.pick(["Trwydded barcio", "Casglu sbwriel", "Treth y cyngor"]), 0, 0),
        ("Swyddfa", None, lambda g, r: g.pick(["Caernarfon", "Pwllheli", "Dolgellau"]), 0, 0),
        ("Dyddiad Cais", None, lambda g, r: g.day(c), 0, 0),
        ("Ffi", None, lambda g, r: g.money("£"), 0, 0),
        ("Math Cyfeiriad", None, lambda g, r: g.pick(["preswyl", "busnes"]), 0, 0),
        ("Rhif Cerbyd", None, lambda g, r: f"{g.alnum(2, 'ABCDEFGHJKLMNPRSTVWXY')}{g.r.randint(51, 75)} {g.alnum(3, 'ABCDEFGHJKLMNPRSTVWXY')}", 0.3, 0),
        ("Dyddiad Geni Wedi'i Wirio", None, _b, 0, 0),
        ("IBAN Debyd Uniongyrchol", "IBAN_CODE", lambda g, r: g.iban(c), 0.5, 0),
        ("Cod Didoli", None, lambda g, r: f"{g.digits(2)}-{g.digits(2)}-{g.digits(2)}", 0.5, 0),
    ])


def tbl_council_ee(g: G, n: int) -> list[Column]:
    c = "EE"
    return _table(g, n, c, [
        ("taotlus_id", None, lambda g, r: g.ref("TP", 6), 0, 0),
        ("eesnimi", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("perenimi", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("sünniaeg", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.1, 0),
        ("elukoht", "LOCATION", lambda g, r: r["town"], 0, 0),
        ("aadress", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.05, 0),
        ("telefon", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0.2, 0),
        ("e_post", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.3, 0.04),
        ("arvelduskonto", "IBAN_CODE", lambda g, r: g.iban(c), 0.35, 0),
        ("teenus", None, lambda g, r: g.pick(["parkimisluba", "jäätmevedu", "ehitusluba"]), 0, 0),
        ("menetleja_osakond", None, lambda g, r: g.pick(["Tallinn", "Tartu"]), 0, 0),
        ("esitatud", None, lambda g, r: g.ts(), 0, 0),
        ("tasu_eur", None, lambda g, r: g.money(""), 0, 0),
        ("allkirja_räsi", None, lambda g, r: g.sha(), 0, 0),
        ("e_post_kinnitatud", None, _b, 0, 0),
        ("koordinaadid", None, lambda g, r: g.gps(), 0.4, 0),
        ("staatus", None, lambda g, r: g.pick(["menetluses", "rahuldatud", "tagasi lükatud"]), 0, 0),
        ("klient_ip", None, lambda g, r: g.pip(), 0, 0),
    ])


def tbl_marina_nz(g: G, n: int) -> list[Column]:
    c = "NZ"
    return _table(g, n, c, [
        ("BerthNo", None, lambda g, r: f"{g.pick('ABCDE')}{g.r.randint(1, 80)}", 0, 0),
        ("Owner Name", "PERSON", lambda g, r: f"{r['p'].last}, {r['p'].first}", 0, 0),
        ("Postal Address", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.05, 0),
        ("Home Town", "LOCATION", lambda g, r: r["town"], 0.1, 0),
        ("Mobile", "PHONE_NUMBER", lambda g, r: g.phone(c, "m"), 0, 0),
        ("Email", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.1, 0),
        ("DOB", "DATE_OF_BIRTH", lambda g, r: g.dob(c), 0.6, 0),
        ("Vessel Name", None, lambda g, r: g.pick(["Sea Biscuit", "Mary Celeste II", "Aroha", "Kiwi Spirit", "Lady Jane"]), 0, 0),
        ("Vessel Length (m)", None, lambda g, r: f"{g.r.uniform(6, 24):.1f}", 0, 0),
        ("Hull ID", None, lambda g, r: f"NZ-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{g.digits(5)}", 0, 0),
        ("Marina", None, lambda g, r: g.pick(["Nelson Marina", "Tauranga Bridge Marina"]), 0, 0),
        ("Insurance Policy", None, lambda g, r: g.ref("POL", 8), 0.2, 0),
        ("Card on File", None, lambda g, r: g.masked(), 0.2, 0),
        ("Annual Fee", None, lambda g, r: g.money("$"), 0, 0),
        ("Gate Code", None, lambda g, r: g.digits(4), 0, 0),
        ("Contract Start", None, lambda g, r: g.day(c, 300, 0), 0, 0),
        ("Emergency Contact", "PERSON", lambda g, r: g.person(c).first, 0.4, 0.05),
        ("Last Updated", None, lambda g, r: g.ts(), 0, 0),
    ])


def tbl_marina_cat(g: G, n: int) -> list[Column]:
    c = "CAT"
    return _table(g, n, c, [
        ("num_reserva", None, lambda g, r: g.ref("RS-", 7), 0, 0),
        ("nom", "PERSON", lambda g, r: r["p"].first, 0, 0),
        ("cognoms", "PERSON", lambda g, r: r["p"].last, 0, 0),
        ("data_naixement", "DATE_OF_BIRTH", lambda g, r: g.dob(c, g.chance(0.2)), 0.3, 0),
        ("adreça", "STREET_ADDRESS", lambda g, r: f"{r['st']}, {r['tail']}", 0.1, 0),
        ("població", "LOCATION", lambda g, r: r["town"], 0.1, 0),
        ("telèfon", "PHONE_NUMBER", lambda g, r: g.phone(c, g.pick("mf"), g.pick("nie")), 0, 0),
        ("correu_e", "EMAIL_ADDRESS", lambda g, r: r["em"], 0.15, 0),
        ("iban_domiciliacio", "IBAN_CODE", lambda g, r: g.iban(c), 0.2, 0),
        ("field_3", "CREDIT_CARD", lambda g, r: g.card(), 0.5, 0),
        ("ip_reserva", "IP_ADDRESS", lambda g, r: g.ip4(), 0.2, 0),
        ("port", None, lambda g, r: g.pick(["Port de Roses", "Port Olímpic", "Port de Palamós"]), 0, 0),
        ("amarrament", None, lambda g, r: f"{g.pick('ABC')}-{g.r.randint(1, 80)}", 0, 0),
        ("eslora_m", None, lambda g, r: f"{g.r.uniform(6, 20):.1f}", 0, 0),
        ("nom_embarcacio", None, lambda g, r: g.pick(["Rosa dels Vents", "Sant Jordi", "Marieta"]), 0, 0),
        ("data_entrada", None, lambda g, r: g.day(c, 0, 120), 0, 0),
        ("import_eur", None, lambda g, r: g.money(""), 0, 0),
        ("bic", None, lambda g, r: g.pick(["CAIXESBBXXX", "BSABESBBXXX"]), 0.2, 0),
        ("targeta_ultims4", None, lambda g, r: g.digits(4), 0, 0),
        ("versio_app", None, lambda g, r: g.ver(), 0, 0),
        ("hash_contrasenya", None, lambda g, r: g.bcrypt(), 0, 0),
    ])


TABLES = [
    ("homecare_clients_ie", tbl_homecare_ie), ("homecare_visits_si", tbl_homecare_si),
    ("telehealth_patients_ca", tbl_telehealth_ca), ("telehealth_sessions_tr", tbl_telehealth_tr),
    ("locker_deliveries_lt", tbl_lockers_lt), ("locker_users_my", tbl_lockers_my),
    ("streaming_accounts_us", tbl_streaming_us), ("streaming_tickets_ph", tbl_streaming_ph),
    ("council_requests_cy", tbl_council_cy), ("council_permits_ee", tbl_council_ee),
    ("marina_berths_nz", tbl_marina_nz), ("marina_bookings_cat", tbl_marina_cat),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in TABLES:
        g = G(random.Random(f"knoll-{seed}-{name}"))
        cols = fn(g, rows)
        assert all(len(c.values) == rows for c in cols)
        assert all(c.entity is None or c.entity in LABELS for c in cols)
        out[name] = cols
    return out
