"""`cedar`: a labelled accuracy split of its own (free text and tables), module-style like
`harbor` and `summit`. Written 2026-11-26 by an independent author who did not read rules/,
pii_audit/, the tests or the fix notes, before the scanner ran on it.

Data card
- Free text (`free_text(n, seed)`): 80 language-tagged templates, cycled in order. 49 English
  (US, UK, IE, CA, AU, NZ, IN and ZA writers) and 31 in Spanish (ES, MX, CO), French (FR, CA),
  German (DE, AT), Italian, Dutch (BE), Danish, Norwegian, Finnish and Romanian. Domains:
  hospital admissions, car insurance claims, a mobile network operator, a university
  registrar, wedding and event planning, pet insurance, crypto exchange KYC, church and
  charity membership, plumbing and home services, airline loyalty, municipal parking fines
  and DevOps incident logs. Shapes: e-mails with signatures, chat and SMS lines, tickets,
  notes, form dumps, CSV snippets, JSON and key=value log lines, .env / YAML config snippets.
  Names come from the writer's Faker locale (two surnames for Spanish writers), written as
  people type them (lower case in chats, CAPITALS and `SURNAME, Given` in forms, initials,
  airline `SURNAME/GIVEN`); titles are never part of a span.
  Look-alikes that are never labelled: order, claim, policy, ticket, job and invoice numbers,
  non-birth dates and timestamps, pet birth dates, masked cards and last-4 digits, Luhn-valid
  IMEI / ICCID numbers, pet microchips, VINs, number plates, frequent-flyer numbers, booking
  codes, routing numbers, sort codes, BICs, KID references, hashes (md5 / sha1 / sha256,
  bcrypt), git shas, UUIDs, trace ids, wallet addresses and tx hashes, public (publishable)
  key ids, versions (some shaped like IPv4), company, venue, charity, product and pet names,
  street names without a number.
- Tables (`structured(rows, seed)`): 12 tables, 12-14 columns each (156 columns: 76 PII,
  80 look-alike). All 13 entities appear in columns. Header styles: snake_case, camelCase,
  PascalCase, UPPER_SNAKE with abbreviations, headers with spaces, French, Spanish,
  Italian, Danish, Finnish and Romanian headers, dotted / JSON-path headers and opaque
  headers (`col_4`, `f12`) on PII columns. Cells have blanks, placeholders (`N/A`, `-`,
  `n/d`, ...) and mixed formats. Look-alike columns are named like PII (`EmailVerified`,
  `PHONE_TYPE`, `PWD_UPDATED_AT`, `RepairerName`, `city_code`, `data_nascita_animale`, ...)
  or hold PII-shaped values (Luhn-valid ids, IPv4-like firmware versions, hashes,
  coordinates, timestamps, enum codes, company and product names).
- Deterministic: every value comes from `random.Random(f"cedar-{seed}")` (Faker instances
  are seeded from it); no clock, fixed date ranges, no iteration over sets.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _ascii, _digits, _ip_public_v4, _ip_public_v6, _luhn, _phone_num

# -- locales ---------------------------------------------------------------------------------
_LOCALES = ("en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_NZ", "en_IN", "zu_ZA",
            "es_ES", "es_MX", "es_CO", "fr_FR", "fr_CA", "de_DE", "de_AT", "it_IT", "nl_BE",
            "da_DK", "no_NO", "fi_FI", "ro_RO")
_REGION = {"en_US": "US", "en_GB": "GB", "en_IE": "IE", "en_CA": "CA", "en_AU": "AU", "en_NZ": "NZ",
           "en_IN": "IN", "zu_ZA": "ZA", "es_ES": "ES", "es_MX": "MX", "es_CO": "CO", "fr_FR": "FR",
           "fr_CA": "CA", "de_DE": "DE", "de_AT": "AT", "it_IT": "IT", "nl_BE": "BE", "da_DK": "DK",
           "no_NO": "NO", "fi_FI": "FI", "ro_RO": "RO"}
# South African writers write in English (names from Faker's zu_ZA)
_LANG = {loc: ("en" if loc == "zu_ZA" else loc[:2]) for loc in _LOCALES}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
}

# real towns where Faker's own city names are poor (synthetic, or surnames)
_TOWNS = {
    "en_US": ["Columbus", "Boise", "Tucson", "Fresno", "Dayton", "Spokane", "Savannah", "Madison",
              "Lansing", "Tacoma", "Omaha", "Raleigh", "Albany", "Reno", "Chattanooga", "Akron",
              "Des Moines", "Provo", "Eugene", "Scranton", "Knoxville", "Lubbock", "Wichita"],
    "en_GB": ["Leeds", "Bristol", "Swindon", "Norwich", "Derby", "Reading", "Stockport", "Luton",
              "Bolton", "Exeter", "Carlisle", "Ipswich", "Wolverhampton", "Sheffield", "Harrogate",
              "Colchester", "Milton Keynes", "Dundee", "Swansea", "Gateshead"],
    "en_IE": ["Galway", "Limerick", "Drogheda", "Dundalk", "Navan", "Ennis", "Tralee", "Kilkenny",
              "Athlone", "Sligo", "Letterkenny", "Carlow", "Naas", "Mullingar", "Wexford", "Bray",
              "Swords", "Tullamore", "Castlebar", "Clonmel"],
    "en_CA": ["Mississauga", "Kelowna", "Halifax", "Saskatoon", "Kingston", "Moncton", "Guelph",
              "Lethbridge", "Nanaimo", "Sudbury", "Barrie", "Red Deer", "Brandon", "Oshawa"],
    "en_AU": ["Geelong", "Ballarat", "Townsville", "Wollongong", "Toowoomba", "Bendigo", "Cairns",
              "Launceston", "Mackay", "Parramatta", "Fremantle", "Newcastle", "Bunbury", "Dubbo"],
    "fr_CA": ["Laval", "Longueuil", "Sherbrooke", "Trois-Rivières", "Saguenay", "Lévis", "Gatineau",
              "Rimouski", "Drummondville", "Granby", "Saint-Jérôme", "Repentigny", "Victoriaville"],
    "no_NO": ["Drammen", "Fredrikstad", "Tromsø", "Sandnes", "Kristiansand", "Ålesund", "Bodø",
              "Tønsberg", "Moss", "Haugesund", "Hamar", "Lillehammer", "Molde", "Harstad", "Gjøvik"],
    "fr_FR": ["Rennes", "Angers", "Dijon", "Nancy", "Tours", "Limoges", "Besançon", "Poitiers", "Brest",
              "Perpignan", "Metz", "Roubaix", "Villeurbanne", "Aix-en-Provence", "Annecy", "Quimper", "Vannes",
              "Chambéry", "Colmar", "La Rochelle", "Niort", "Saint-Nazaire", "Bayonne", "Valence"],
    "en_NZ": ["Hamilton", "Tauranga", "Napier", "Palmerston North", "Nelson", "Rotorua", "Whangārei",
              "New Plymouth", "Invercargill", "Whanganui", "Gisborne", "Timaru", "Blenheim", "Queenstown"],
    "es_MX": ["Guadalajara", "Puebla", "Querétaro", "Toluca", "Mérida", "León", "Saltillo",
              "Morelia", "Aguascalientes", "Hermosillo", "Culiacán", "Chihuahua", "Oaxaca", "Tlaquepaque"],
}
_FR_CA_PROV = ["(Québec)", "QC", "(Qc)"]
_IE_COUNTIES = ["Co. Galway", "Co. Clare", "Co. Meath", "Co. Louth", "Co. Kerry", "Co. Kildare",
                "Co. Wicklow", "Co. Mayo", "Co. Sligo", "Co. Offaly", "Co. Tipperary", "Co. Westmeath"]

_PW_WORDS = ["sunflower", "harbour", "maple", "tiger", "copper", "river", "falcon", "orange", "winter",
             "garden", "rocket", "velvet", "summer", "pepper", "silver", "thunder", "meadow", "cobalt",
             "puffin", "lantern", "biscuit", "marble", "pickle", "sparrow", "walnut", "canyon", "ember"]
_PET_NAMES = ["Biscuit", "Luna", "Milo", "Pepper", "Nala", "Rocky", "Coco", "Bella", "Teddy", "Simba",
              "Ziggy", "Maple", "Oreo", "Loki", "Bruno", "Kira", "Fifi", "Pongo", "Mochi", "Rex"]
_BREEDS = ["Labrador Retriever", "Cocker Spaniel", "French Bulldog", "Border Collie", "Maine Coon",
           "British Shorthair", "Dachshund", "Golden Retriever", "Ragdoll", "Beagle", "Cavoodle",
           "Staffordshire Bull Terrier", "Bengal", "Jack Russell Terrier"]
_CARS = ["Toyota Corolla", "VW Golf", "Ford Fiesta", "Honda Civic", "Skoda Octavia", "Kia Sportage",
         "Tesla Model 3", "Hyundai i30", "Renault Clio", "Mazda CX-5", "Nissan Qashqai", "Dacia Duster",
         "Peugeot 208", "Fiat Panda", "Volvo XC60", "Subaru Outback"]
_PHONES = ["iPhone 14 Pro", "Galaxy S23", "Pixel 8", "Moto G54", "Xiaomi 13T", "Galaxy A54",
           "iPhone SE", "Nokia G42", "OnePlus 11", "Fairphone 5"]
_BOILERS = ["Worcester Greenstar 30i", "Vaillant ecoTEC plus 832", "Baxi 600 Combi", "Ideal Logic+ C30",
            "Viessmann Vitodens 100-W", "Rheem Stellar 330", "Rinnai Infinity 26", "Bosch Tronic 3000"]
_PARTS = ["Grohe Eurosmart mixer", "Hansgrohe Logis 100", "Oras Cubista 2810", "TMV3 thermostatic valve",
          "Geberit Sigma20 flush plate", "Damixa Silhouet", "Roca Victoria Basin", "Salus RT310 thermostat"]
_VENUES = ["Willow Hall", "The Old Granary", "Rosewood Barn", "Lakeside Pavilion", "Harbour House",
           "The Glasshouse", "Orchard Lodge", "Hacienda Los Laureles", "Salón Jardín Real", "Villa Aurora",
           "Castello di Ama", "Domaine des Lys", "Kulturhuset", "Sala Regal", "Quinta Las Palmas"]
_CHARITIES = ["Hope Harbour Trust", "Open Door Foundation", "Community Food Bank", "St. Brigid's Parish",
              "Grace Fellowship", "Caritas Help Fund", "Friends of the Hospice", "Riverside Baptist Church"]
_PLANS = ["Unlimited 5G Plus", "SIM Only 30GB", "Family Share 100", "Prepaid Flex 15", "Business Pro 60"]
_COURSES = ["BSc Computer Science", "BA History", "MSc Data Science", "BEng Civil Engineering",
            "BN Nursing", "BCom Accounting", "MA Linguistics", "BSc Psychology"]
_TIERS = ["Blue", "Silver", "Gold", "Platinum", "Explorer", "Elite"]
_IATA = ["LHR", "DUB", "YYZ", "SYD", "AKL", "DEL", "JNB", "MAD", "MEX", "BOG", "CDG", "YUL", "FRA", "VIE",
         "FCO", "BRU", "CPH", "OSL", "HEL", "OTP", "JFK", "ORD", "MAN", "BOM"]
_AIRLINES = ["BA", "EI", "AC", "QF", "NZ", "AI", "SA", "IB", "AM", "AV", "AF", "LH", "OS", "AZ", "SN",
             "SK", "AY", "RO", "UA", "DL"]
_SERVICES = ["auth-service", "payments-api", "kyc-worker", "notifier", "ledger", "gateway", "search",
             "billing-cron", "media-resizer", "session-store"]
_WARDS = ["Cardiology", "AMU", "Ward 7B", "Oncology", "Maternity", "ICU", "Orthopaedics", "Ward 12", "Respiratory"]
_DIETS = ["vegetarian", "vegan", "gluten-free", "none", "halal", "nut allergy", "kosher", "pescatarian"]
_SPECIES = ["dog", "cat", "dog", "cat", "rabbit"]
_RELS = ["spouse", "partner", "next of kin", "sibling", "parent", "child", "friend", "carer"]
_COINS = ["BTC", "ETH", "USDT", "SOL", "ADA"]
_CURRENCY = {"US": "$", "CA": "$", "AU": "$", "NZ": "$", "GB": "£", "IE": "€", "IN": "₹", "ZA": "R", "MX": "$",
             "CO": "$"}
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_B64 = string.ascii_letters + string.digits + "+/"
_B64URL = string.ascii_letters + string.digits + "-_"
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


def _pat(rng: random.Random, pattern: str) -> str:
    """Fill a pattern: # digit, @ upper letter, ? upper letter or digit, % lower hex, & lower alnum."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "@":
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "?":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        elif ch == "%":
            out.append(rng.choice(_HEX))
        elif ch == "&":
            out.append(rng.choice(string.ascii_lowercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def _s(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _fmt_date(rng: random.Random, d: dt.date, loc: str) -> str:
    lang = _LANG[loc]
    m = _MONTHS[lang][d.month - 1]
    if loc == "en_US":
        opts = [f"{d:%m/%d/%Y}", f"{d:%m/%d/%Y}", f"{m} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
                f"{m[:3]} {d.day}, {d.year}"]
    elif loc in ("en_CA", "fr_CA"):
        opts = [f"{d:%Y-%m-%d}", f"{d:%Y-%m-%d}", f"{m} {d.day}, {d.year}" if lang == "en" else f"{d.day} {m} {d.year}",
                f"{d:%d/%m/%Y}"]
    elif lang == "en":
        opts = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d.day} {m[:3]} {d.year}",
                f"{d:%d-%m-%Y}"]
    elif lang == "es":
        opts = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"]
    elif lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        opts = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{day} {m} {d.year}"]
    elif lang == "de":
        mm = "Jänner" if (loc == "de_AT" and d.month == 1) else m
        opts = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d.day}. {mm} {d.year}", f"{d.day}.{d.month}.{d.year}"]
    elif lang == "it":
        opts = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"]
    elif lang == "nl":
        opts = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d:%d-%m-%Y}"]
    elif lang == "da":
        opts = [f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{d.day}. {m} {d.year}"]
    elif lang == "no":
        opts = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"]
    elif lang == "fi":
        opts = [f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"]
    else:  # ro
        opts = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"]
    return rng.choice(opts)


# -- checksummed numbers ------------------------------------------------------------------------
def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return f"{98 - int(num) % 97:02d}"


def _es_dc(digits: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
    return "0" if v == 11 else "1" if v == 10 else str(v)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "DE":
        return _digits(rng, 8) + _digits(rng, 10)
    if cc == "AT":
        return rng.choice(["12000", "20111", "14000", "32000", "60000", "20815"]) + _digits(rng, 11)
    if cc == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278", "30066"]), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "0081", "2080", "1465"]), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "03062", "01030"]) + _digits(rng, 5) + _digits(rng, 12)
        total = sum(_IT_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(body))
        return chr(65 + total % 26) + body
    if cc == "BE":
        first = _digits(rng, 10)
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if cc == "DK":
        return rng.choice(["3000", "5301", "2000", "9570", "1551"]) + _digits(rng, 10)
    if cc == "NO":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            body = _digits(rng, 10)
            r = 11 - sum(int(c) * w[i] for i, c in enumerate(body)) % 11
            if r == 10:
                continue
            return body + ("0" if r == 11 else str(r))
    if cc == "FI":
        return _luhn(rng, rng.choice(["1", "2", "5", "8"]), 14)
    if cc == "RO":
        return rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "CECE", "BACX"]) + _digits(rng, 16)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(rng, 6) + _digits(rng, 8)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _digits(rng, 6) + _digits(rng, 8)
    if cc == "NL":
        return rng.choice(["INGB", "ABNA", "RABO", "SNSB"]) + _digits(rng, 10)
    raise ValueError(cc)


IBAN_LENGTH = {"DE": 22, "AT": 20, "FR": 27, "ES": 24, "IT": 27, "BE": 16, "DK": 18, "NO": 15, "FI": 18,
               "RO": 24, "IE": 22, "GB": 22, "NL": 18}


def _iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    bban = _bban(rng, cc)
    iban = cc + _iban_check(cc, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def _routing(rng: random.Random) -> str:
    """An ABA routing number with a valid checksum (a look-alike: not an account number)."""
    body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def _kid(rng: random.Random) -> str:
    """A Norwegian KID payment reference (mod-10): a look-alike."""
    return _luhn(rng, "", rng.choice([10, 12, 15]))


def _card(rng: random.Random, sep: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        num = _luhn(rng, "4", 16)
    elif kind == "mc":
        num = _luhn(rng, rng.choice(["51", "52", "53", "54", "55"]), 16)
    elif kind == "mc2":
        num = _luhn(rng, str(rng.randint(2221, 2720)), 16)
    elif kind == "amex":
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        num = _luhn(rng, "6011", 16)
    if sep is None:
        sep = rng.choice(["", " ", " ", "-"])
    if not sep:
        return num
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _masked_card(rng: random.Random) -> str:
    last4 = _digits(rng, 4)
    return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}",
                       f"{rng.choice(['4', '5'])}{_digits(rng, 5)}******{last4}",
                       f"•••• {last4}", f"ending {last4}"])


def _ssn(rng: random.Random, sep: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if sep is None:
        sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "35", "01", "99"]) + _digits(rng, 6), 15)


def _iccid(rng: random.Random, region: str = "GB") -> str:
    cc = {"GB": "44", "US": "1", "AU": "61", "DE": "49", "IN": "91", "FI": "358", "ZA": "27", "MX": "52", "CA": "1",
          "NZ": "64", "IE": "353"}.get(region, "44")
    return _luhn(rng, "89" + cc + _digits(rng, 2), rng.choice([19, 20]))


def _chip(rng: random.Random) -> str:
    return rng.choice(["985", "981", "900", "941", "977", "956"]) + _digits(rng, 12)


def _vin(rng: random.Random) -> str:
    return rng.choice(["WVW", "WBA", "VF1", "JTD", "SAL", "YV1", "KNA", "1HG", "5YJ", "ZFA", "TMB", "UU1"]) + _s(rng, 14, _VIN)


def _plate(rng: random.Random, region: str) -> str:
    p = {
        "GB": "@@## @@@", "IE": rng.choice(["###-D-#####", "##-G-####", "###-C-####"]), "US": "#@@@###",
        "CA": "@@@@ ###", "AU": "@@@##@", "NZ": "@@@###", "IN": "@@ ## @@ ####", "ZA": "@@ ###-###",
        "ES": "#### @@@", "MX": "@@@-###-@", "CO": "@@@###", "FR": "@@-###-@@", "DE": "@-@@ ####",
        "AT": "@-#####@", "IT": "@@###@@", "BE": "1-@@@-###", "DK": "@@ ## ###", "NO": "@@ #####",
        "FI": "@@@-###", "RO": "B ### @@@",
    }[region]
    return _pat(rng, p)


def _pw(rng: random.Random) -> str:
    r = rng.random()
    w = rng.choice(_PW_WORDS)
    if r < 0.35:
        return f"{w.capitalize()}{rng.randint(1, 2099)}{rng.choice('!?#$@*')}"
    if r < 0.55:
        return f"{rng.choice(_PW_WORDS)}-{w}-{rng.choice(_PW_WORDS)}-{rng.randint(10, 99)}"
    if r < 0.75:
        return _s(rng, rng.randint(10, 16), _ALNUM + "!#$%&*+-=?@^_")
    if r < 0.9:
        return f"{w[:1].upper()}{w[1:]}_{_s(rng, 3, string.ascii_uppercase)}{rng.randint(10, 99)}!"
    return f"{w}{rng.choice(_PW_WORDS)}{rng.randint(100, 999)}"


def _pin(rng: random.Random) -> str:
    return _digits(rng, rng.choice([4, 4, 6]))


def _api_key(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["stripe", "aws", "ghp", "slack", "sendgrid", "gitlab", "google", "openai", "jwt"])
    if kind == "stripe":
        return "sk_live_" + _s(rng, rng.choice([24, 32, 34]), _ALNUM)
    if kind == "aws":
        return _s(rng, 40, _B64)
    if kind == "ghp":
        return "ghp_" + _s(rng, 36, _ALNUM)
    if kind == "slack":
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_s(rng, 24, _ALNUM)}"
    if kind == "sendgrid":
        return f"SG.{_s(rng, 22, _B64URL)}.{_s(rng, 43, _B64URL)}"
    if kind == "gitlab":
        return "glpat-" + _s(rng, 20, _B64URL)
    if kind == "google":
        return "AIza" + _s(rng, 35, _B64URL)
    if kind == "openai":
        return "sk-proj-" + _s(rng, 48, _B64URL)
    if kind == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _s(rng, rng.randint(60, 110), _B64URL) + "." + _s(rng, 43, _B64URL)
    raise ValueError(kind)


def _hex(rng: random.Random, n: int) -> str:
    return _s(rng, n, _HEX)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _s(rng, 53, "./" + _ALNUM)


def _wallet(rng: random.Random) -> str:
    return rng.choice([f"bc1q{_s(rng, 38, _BECH32)}", f"0x{_hex(rng, 40)}", f"bc1q{_s(rng, 38, _BECH32)}"])


def _version(rng: random.Random, ipv4_like: bool = False) -> str:
    if ipv4_like:
        return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1, 250)}"
    return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
                       f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 5)}"])


def _ts(rng: random.Random, sep: str = "T") -> str:
    d = _rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 10, 31))
    return f"{d:%Y-%m-%d}{sep}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" + (
        f".{rng.randint(0, 999):03d}Z" if sep == "T" else "")


def _amount(rng: random.Random, lo: int = 20, hi: int = 4000, comma: bool = False) -> str:
    v = f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"
    return v.replace(".", ",") if comma else v


# -- value generator for one locale ---------------------------------------------------------------
_TITLES = {
    "en": (["Mr"], ["Ms", "Mrs", "Ms"]), "es": (["Sr."], ["Sra."]), "fr": (["M."], ["Mme"]),
    "de": (["Herr"], ["Frau"]), "it": (["Sig."], ["Sig.ra"]), "nl": (["dhr."], ["mevr."]),
    "da": (["hr."], ["fru"]), "no": (["herr"], ["fru"]), "fi": ([""], [""]), "ro": (["dl."], ["dna."]),
}


class _Person:
    def __init__(self, g: "_Gen"):
        rng, f = g.rng, g.f
        self.g = g
        self.female = rng.random() < 0.5
        self.given = (f.first_name_female() if self.female else f.first_name_male()).strip()
        last = f.last_name().strip()
        if g.lang == "es" and rng.random() < 0.65:
            last2 = f.last_name().strip()
            if last2 != last:
                last = f"{last} {last2}"
        self.last = last
        self.full = f"{self.given} {self.last}"
        if g.loc == "en_US" and rng.random() < 0.15:
            self.full = f"{self.given} {rng.choice(string.ascii_uppercase)}. {self.last}"
        self._email = None
        self._title = None

    def email(self) -> str:
        if self._email is None:
            rng, f = self.g.rng, self.g.f
            gv, ln = _ascii(self.given).lower(), _ascii(self.last).lower()
            local = rng.choice([f"{gv}.{ln}", f"{gv}.{ln}", f"{gv}{ln}", f"{gv[:1]}{ln}", f"{gv}_{ln}",
                                f"{gv}{ln}{rng.randint(1, 99)}", f"{ln}.{gv}", f"{gv}{rng.randint(70, 2005)}"])
            dom = f.free_email_domain() if rng.random() < 0.65 else f.domain_name()
            self._email = f"{local}@{dom}"
        return self._email

    def field(self, name: str) -> tuple[str, str | None]:
        g = self.g
        if name == "email":
            return self.email(), "EMAIL_ADDRESS"
        if name in ("title", "TITLE"):
            if self._title is None:
                m, w = _TITLES[g.lang]
                self._title = g.rng.choice(w if self.female else m)
            return (self._title.upper() if name == "TITLE" else self._title), None
        v = {
            "full": self.full, "first": self.given, "last": self.last, "lower": self.full.lower(),
            "first_lower": self.given.lower(), "FULL": self.full.upper(), "LAST": self.last.upper(),
            "FIRST": self.given.upper(), "lastfirst": f"{self.last}, {self.given}",
            "LASTFIRST": f"{self.last.upper()}, {self.given.upper()}", "SURNAME_given": f"{self.last.upper()} {self.given}",
            "init": f"{self.given[0]}. {self.last}", "pax": f"{_ascii(self.last).upper()}/{_ascii(self.given).upper()}",
        }[name]
        return v, "PERSON"


class _Gen:
    def __init__(self, loc: str, rng: random.Random):
        self.loc, self.rng = loc, rng
        self.lang, self.region = _LANG[loc], _REGION[loc]
        self.f = Faker(loc)
        self.f.seed_instance(rng.randrange(1 << 30))
        self.cur = _CURRENCY.get(self.region, "€")

    # PII ---------------------------------------------------------------------------------
    def phone(self, fmt: str | None = None) -> str:
        num = _phone_num(self.rng, self.region)
        PNF = phonenumbers.PhoneNumberFormat
        fmt = fmt or self.rng.choice(["nat", "nat", "nat", "intl", "intl", "e164", "compact"])
        if fmt == "nat":
            s = phonenumbers.format_number(num, PNF.NATIONAL)
        elif fmt == "intl":
            s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        elif fmt == "e164":
            s = phonenumbers.format_number(num, PNF.E164)
        else:
            s = re.sub(r"[\s()\-.]", "", phonenumbers.format_number(num, PNF.NATIONAL))
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(s, self.region))
        except phonenumbers.NumberParseException:
            ok = False
        return s if ok else phonenumbers.format_number(num, PNF.INTERNATIONAL)

    def city(self) -> str:
        towns = _TOWNS.get(self.loc)
        if towns and (self.loc in ("en_IE", "fr_CA", "no_NO", "es_MX", "fr_FR") or self.rng.random() < 0.6):
            return self.rng.choice(towns)
        if self.loc == "it_IT":  # Faker's it_IT city list is built from a set: sort it
            return self.f.random_element(_it_cities())
        return self.f.city()

    def street(self) -> str:
        loc, f, rng = self.loc, self.f, self.rng
        if loc == "en_IE":
            return f"{rng.randint(1, 140)} {f.street_name()}"
        if loc == "fr_CA":
            return f"{rng.randint(10, 9800)} {f.street_name()}" + (f", app. {rng.randint(1, 40)}" if rng.random() < 0.3 else "")
        if loc == "ro_RO":
            s = f"{f.street_name()} nr. {rng.randint(1, 180)}"
            return s + (f", bl. {rng.randint(1, 40)}, ap. {rng.randint(1, 90)}" if rng.random() < 0.4 else "")
        if loc == "no_NO":
            return f"{f.street_name()} {rng.randint(1, 120)}"
        return " ".join(f.street_address().split())

    def address(self, multiline: bool = False) -> str:
        loc, f, rng = self.loc, self.f, self.rng
        if loc in ("en_AU", "en_NZ", "zu_ZA", "en_CA") and rng.random() < 0.12:
            lines = [f"PO Box {rng.randint(10, 9999)}", f"{self.city()} {f.postcode()}"]
        elif loc == "en_IE":
            lines = [self.street(), self.city(), rng.choice(_IE_COUNTIES) + ("" if rng.random() < 0.5 else f" {f.postcode()}")]
        elif loc == "fr_CA":
            lines = [self.street(), f"{self.city()} {rng.choice(_FR_CA_PROV)}  {f.postcode()}"]
        elif loc == "no_NO":
            lines = [self.street(), f"{f.postcode()} {self.city()}"]
        elif loc == "ro_RO":
            lines = [self.street(), f"{self.city()}, {f.postcode()}"]
        elif loc == "es_MX":
            lines = [" ".join(f.street_address().split()), f"C.P. {f.postcode()[:5]}, {self.city()}"]
        else:
            raw = f.address()
            if loc == "en_US":
                while any(x in raw for x in ("FPO", "APO", "DPO", "USNS", "USS ", "PSC ", "Unit ")):
                    raw = f.address()
            lines = [" ".join(p.split()) for p in raw.replace(",\n", "\n").split("\n") if p.strip()]
        sep = "\n" if multiline else ", "
        return sep.join(lines)

    def dob(self, lo: int = 1938, hi: int = 2006) -> dt.date:
        return _rand_date(self.rng, dt.date(lo, 1, 1), dt.date(hi, 12, 31))

    def email(self) -> str:
        return _Person(self).email()

    def iban(self, cc: str | None = None) -> str:
        cc = cc or {"CA": "GB", "US": "GB", "AU": "GB", "NZ": "GB", "IN": "GB", "ZA": "GB", "MX": "ES", "CO": "ES"}.get(
            self.region, self.region)
        return _iban(self.rng, cc)

    def ip(self) -> str:
        return _ip_public_v4(self.rng) if self.rng.random() < 0.7 else _ip_public_v6(self.rng)

    # look-alikes ---------------------------------------------------------------------------
    def date(self) -> str:
        return _fmt_date(self.rng, _rand_date(self.rng, dt.date(2023, 1, 1), dt.date(2026, 10, 31)), self.loc)

    def company(self) -> str:
        return " ".join(self.f.company().split())


_IT_CITIES: list[str] = []


def _it_cities() -> list[str]:
    if not _IT_CITIES:
        from faker.providers.address.it_IT import Provider

        _IT_CITIES.extend(sorted(Provider.cities))
    return _IT_CITIES


def _host(rng: random.Random) -> str:
    role, n = rng.choice(["web", "api", "db", "worker", "edge"]), rng.randint(1, 40)
    return f"{role}-{n:02d}.{rng.choice(['eu-west-1', 'us-east-2', 'ap-southeast-2', 'prod'])}.internal"


# -- kinds: name -> (entity, fn(gen, arg)) ------------------------------------------------------------
def _k(entity, fn):
    return entity, fn


KINDS = {
    # PII
    "email": _k("EMAIL_ADDRESS", lambda g, a: g.email()),
    "phone": _k("PHONE_NUMBER", lambda g, a: g.phone(a)),
    "card": _k("CREDIT_CARD", lambda g, a: _card(g.rng)),
    "ssn": _k("US_SSN", lambda g, a: _ssn(g.rng)),
    "bank": _k("US_BANK_NUMBER", lambda g, a: _digits(g.rng, g.rng.randint(8, 14))),
    "iban": _k("IBAN_CODE", lambda g, a: g.iban(a)),
    "ip": _k("IP_ADDRESS", lambda g, a: g.ip() if a is None else (_ip_public_v4(g.rng) if a == "4" else _ip_public_v6(g.rng))),
    "addr": _k("STREET_ADDRESS", lambda g, a: g.address(multiline=a == "ml")),
    "street": _k("STREET_ADDRESS", lambda g, a: g.street()),
    "city": _k("LOCATION", lambda g, a: g.city()),
    "dob": _k("DATE_OF_BIRTH", lambda g, a: (
        f"{g.dob():%Y-%m-%d}" if a == "iso" else _fmt_date(g.rng, g.dob(1996, 2007) if a == "young" else g.dob(), g.loc))),
    "pw": _k("PASSWORD", lambda g, a: _pw(g.rng)),
    "pin": _k("PASSWORD", lambda g, a: _pin(g.rng)),
    "key": _k("API_KEY", lambda g, a: _api_key(g.rng, a)),
    # look-alikes (never labelled)
    "date": _k(None, lambda g, a: f"{_rand_date(g.rng, dt.date(2023, 1, 1), dt.date(2026, 10, 31)):%Y-%m-%d}" if a == "iso" else g.date()),
    "pet_dob": _k(None, lambda g, a: _fmt_date(g.rng, _rand_date(g.rng, dt.date(2012, 1, 1), dt.date(2025, 6, 30)), g.loc)),
    "ts": _k(None, lambda g, a: _ts(g.rng, " " if a == "sp" else "T")),
    "time": _k(None, lambda g, a: f"{g.rng.randint(6, 22):02d}:{g.rng.choice(['00', '15', '30', '45', '05', '50'])}"),
    "id": _k(None, lambda g, a: _pat(g.rng, a)),
    "n": _k(None, lambda g, a: str(g.rng.randint(*[int(x) for x in a.split("-")]))),
    "amt": _k(None, lambda g, a: _amount(g.rng, comma=a == "c")),
    "imei": _k(None, lambda g, a: _imei(g.rng)),
    "iccid": _k(None, lambda g, a: _iccid(g.rng, g.region)),
    "chip": _k(None, lambda g, a: _chip(g.rng)),
    "vin": _k(None, lambda g, a: _vin(g.rng)),
    "plate": _k(None, lambda g, a: _plate(g.rng, g.region)),
    "masked": _k(None, lambda g, a: _masked_card(g.rng)),
    "last4": _k(None, lambda g, a: _digits(g.rng, 4)),
    "sha256": _k(None, lambda g, a: _hex(g.rng, 64)),
    "sha1": _k(None, lambda g, a: _hex(g.rng, 40)),
    "md5": _k(None, lambda g, a: _hex(g.rng, 32)),
    "git": _k(None, lambda g, a: _hex(g.rng, 7)),
    "uuid": _k(None, lambda g, a: _uuid(g.rng)),
    "bcrypt": _k(None, lambda g, a: _bcrypt(g.rng)),
    "wallet": _k(None, lambda g, a: _wallet(g.rng)),
    "txhash": _k(None, lambda g, a: "0x" + _hex(g.rng, 64)),
    "version": _k(None, lambda g, a: _version(g.rng, a == "4")),
    "pk": _k(None, lambda g, a: "pk_live_" + _s(g.rng, 24, _ALNUM)),
    "routing": _k(None, lambda g, a: _routing(g.rng)),
    "kid": _k(None, lambda g, a: _kid(g.rng)),
    "company": _k(None, lambda g, a: g.company()),
    "street_name": _k(None, lambda g, a: g.f.street_name()),
    "pet": _k(None, lambda g, a: g.rng.choice(_PET_NAMES)),
    "breed": _k(None, lambda g, a: g.rng.choice(_BREEDS)),
    "species": _k(None, lambda g, a: g.rng.choice(_SPECIES)),
    "car": _k(None, lambda g, a: g.rng.choice(_CARS)),
    "device": _k(None, lambda g, a: g.rng.choice(_PHONES)),
    "boiler": _k(None, lambda g, a: g.rng.choice(_BOILERS)),
    "part": _k(None, lambda g, a: g.rng.choice(_PARTS)),
    "venue": _k(None, lambda g, a: g.rng.choice(_VENUES)),
    "charity": _k(None, lambda g, a: g.rng.choice(_CHARITIES)),
    "plan": _k(None, lambda g, a: g.rng.choice(_PLANS)),
    "course": _k(None, lambda g, a: g.rng.choice(_COURSES)),
    "tier": _k(None, lambda g, a: g.rng.choice(_TIERS)),
    "iata": _k(None, lambda g, a: g.rng.choice(_IATA)),
    "flight": _k(None, lambda g, a: f"{g.rng.choice(_AIRLINES)}{g.rng.randint(10, 2999)}"),
    "svc": _k(None, lambda g, a: g.rng.choice(_SERVICES)),
    "ward": _k(None, lambda g, a: g.rng.choice(_WARDS)),
    "diet": _k(None, lambda g, a: g.rng.choice(_DIETS)),
    "rel": _k(None, lambda g, a: g.rng.choice(_RELS)),
    "coin": _k(None, lambda g, a: g.rng.choice(_COINS)),
    "pod": _k(None, lambda g, a: f"{g.rng.choice(_SERVICES)}-{_hex(g.rng, 9)}-{_s(g.rng, 5, string.ascii_lowercase + string.digits)}"),
    "host": _k(None, lambda g, a: _host(g.rng)),
}
_PERSON_FIELDS = ("full", "first", "last", "lower", "first_lower", "FULL", "LAST", "FIRST", "lastfirst", "LASTFIRST",
                  "SURNAME_given", "init", "pax", "email", "title", "TITLE")

# -- templates ------------------------------------------------------------------------------------------
# (locale, domain, text). Slots: {{kind}} or {{kind:arg}}; {{A.full}} etc. for the people A-D of one text.
TEMPLATES: list[tuple[str, str, str]] = [
    # ---- English -------------------------------------------------------------------------------
    ("en_GB", "hospital",
     "Subject: Admission {{id:ADM-######}} - {{ward}}\n\nHi {{B.first}},\n\nFYI {{A.full}} (DOB {{dob}}) was admitted "
     "via A&E at {{time}} on {{date}}. NOK is {{C.full}} ({{rel}}), contactable on {{phone}}. Home address on the "
     "system: {{addr}}. Bed {{id:#@}} held until the porter confirms.\n\nThanks,\n{{D.full}}\nBed Manager, Patient Flow\n"),
    ("en_US", "hospital",
     "ADMISSION FACE SHEET\nPatient: {{A.LASTFIRST}}\nDOB: {{dob}}\nSSN: {{ssn}}\nMRN: {{id:########}}\n"
     "Admit date: {{date}}  Unit: {{ward}}\nAttending: Dr. {{B.last}}\nInsurance member ID: {{id:@@@#########}}\n"
     "Emergency contact: {{C.full}} ({{rel}}) {{phone}}\nAddress: {{addr}}\nAllergies: NKDA\n"),
    ("en_IN", "hospital",
     "Dear {{A.first}}, your admission at {{ward}} is confirmed for {{date}}. Pls carry ID proof and deposit receipt "
     "{{id:RCPT/2025/#####}}. For queries call {{phone}}. - Admissions Desk"),
    ("en_AU", "hospital",
     "Pre-admission call {{date}}: spoke w/ pt {{A.lower}}, b. {{dob}}, lives in {{city}}. Needs interpreter. "
     "Medicare card ending {{last4}} sighted. Fasting from midnight. Callback {{phone}} - {{B.init}} (RN)"),
    ("en_US", "car_claim",
     "Subject: Claim {{id:CLM-2025-######}} - rear-end collision on {{date}}\n\nHello {{A.first}},\n\nI'm the adjuster "
     "handling your claim. Your {{car}} (VIN {{vin}}, plate {{plate}}) is at {{company}} Collision for an estimate "
     "of ${{amt}}. The other driver, {{B.full}}, gave {{phone}} as a contact number and lives at {{addr}}. Please "
     "send the photos to {{C.email}}.\n\nRegards,\n{{C.full}}\nClaims Adjuster | Direct {{phone}}\n"),
    ("en_GB", "car_claim",
     "MOTOR CLAIM NOTIFICATION\nPolicy no: {{id:MTR/#######/##}}\nPolicyholder: {{A.title}} {{A.full}}\n"
     "Date of incident: {{date}} approx {{time}}\nLocation: near {{city}}\nVehicle: {{car}}, reg {{plate}}\n"
     "Driver DOB: {{dob}}\nContact tel: {{phone}}\nSettlement account: sort code {{id:##-##-##}}, IBAN {{iban:GB}}\n"
     "Third party insurer: {{company}} Insurance\n"),
    ("en_CA", "car_claim",
     "Hi {{A.first}}, your claim {{id:AB########}} is approved. ${{amt}} will be deposited to the account ending "
     "{{last4}} within 3 business days. Questions? Call {{phone}}. Reply STOP to opt out."),
    ("en_NZ", "car_claim",
     "Claim lodged by {{A.full}} ({{email}}) re windscreen damage on SH1 near {{city}} on {{date}}. Rego {{plate}}. "
     "Excess $400 waived - glass only. Assessor {{B.first}} to call {{phone}} tomorrow."),
    ("en_GB", "mno",
     "agent: Hi, you're chatting with {{B.first}}. How can I help today?\ncustomer: hi my sim stopped working, "
     "number is {{phone}}\nagent: Sorry to hear that! Can you confirm your full name and date of birth?\n"
     "customer: {{A.lower}} {{dob}}\nagent: Thanks. I can see a {{device}} (IMEI {{imei}}) on the account. I'll post "
     "a new SIM to {{addr}}, is that still right?\ncustomer: yes thats me\n"),
    ("en_IN", "mno",
     'ts={{ts}} event=port_out msisdn={{phone:e164}} name="{{A.FULL}}" circle={{city}} upc={{id:@@######}} '
     "iccid={{iccid}} donor=IN-MH plan=\"{{plan}}\" status=PENDING"),
    ("en_IE", "mno",
     "customer: hiya can i pay my bill now? account {{id:#########}}\nagent: Of course {{A.first}}, you can pay by card "
     "here or in the app.\ncustomer: card is {{card}} exp {{id:0#/2#}} cvv {{id:###}}\nagent: Thanks, payment of "
     "€{{amt}} taken, receipt {{id:PAY-########}}. Please don't send card details in chat in future!\n"),
    ("en_US", "mno",
     "Ticket #{{id:#######}} | Billing dispute\nCustomer {{A.full}} disputes roaming charges of ${{amt}} on invoice "
     "{{id:INV-########}}. Autopay card {{masked}}. Account PIN verified by agent. New online account password set "
     "at customer's request: {{pw}}\nCallback: {{phone}}\n"),
    ("zu_ZA", "mno",
     "Hi {{A.first}}, the RICA registration for {{phone}} is complete. Ref {{id:RC#########}}. Collect your new "
     "{{device}} at any store in {{city}} with your ID book. Data bundle: 20GB."),
    ("en_US", "registrar",
     "To: {{A.email}}\nSubject: Transcript request {{id:TR-#####}}\n\nDear {{A.full}},\n\nWe received your request "
     "for an official transcript (student ID {{id:#########}}). Our records show date of birth {{dob:young}} and "
     "mailing address:\n{{addr:ml}}\n\nIf either is wrong please reply before {{date}}.\n\nOffice of the Registrar\n"
     "{{B.full}}\n{{phone}}\n"),
    ("en_CA", "registrar",
     "STUDENT CHANGE OF ADDRESS\nName (Last, First): {{A.lastfirst}}\nStudent #: {{id:#########}}\nNew address: {{addr}}\n"
     "Phone: {{phone}}\nEffective: {{date}}\nProgram: {{course}}\nSignature: {{A.init}}\n"),
    ("en_AU", "registrar",
     "Enrolment hold lifted for {{A.full}} ({{id:s#######}}), course {{course}}. Fee invoice {{id:INV#######}} paid "
     "{{date}}. Student born {{dob:young}} in {{city}}; international fee status reviewed and not applicable."),
    ("en_IE", "registrar",
     "Hi {{B.first}},\n\nCould you update the record for {{A.full}} (student {{id:2#######}})? New personal email is "
     "{{A.email}} and the mobile is {{phone}}. Conferring ceremony on {{date}} confirmed.\n\nCheers,\n{{C.first}}\n"),
    ("en_US", "wedding",
     "Hi {{A.first}} & {{B.first}}!\n\nSo excited for {{date}}!! Quick recap: ceremony at {{venue}}, reception for 120. "
     "Deposit of ${{amt}} received - invoice {{id:INV-####}}. Can you send the shuttle pickup address? Last time you "
     "mentioned {{addr}}.\n\nXO,\n{{C.first}} | {{company}} Events\n{{phone}}\n"),
    ("en_GB", "wedding",
     "guest,table,dietary,rsvp\n{{A.full}},{{n:1-20}},{{diet}},yes\n{{B.full}},{{n:1-20}},{{diet}},no\n"
     "{{C.full}},{{n:1-20}},{{diet}},yes\n{{D.full}},{{n:1-20}},{{diet}},maybe\n"),
    ("en_AU", "wedding",
     "hey its {{A.first_lower}}! the florist said i can just pay the balance on my card? here it is {{card}} exp "
     "{{id:0#/2#}} - thanks heaps!! ceremony's still {{time}} at {{venue}}"),
    ("en_NZ", "wedding",
     "Venue walk-through {{date}} with {{A.full}} and {{B.full}}. Photographer: {{C.full}} ({{C.email}}). Most guests "
     "flying in from {{city}}. Gift registry code {{id:??????}}. Marquee hire quote {{id:Q-####}} accepted."),
    ("en_GB", "pet_insurance",
     "Dear {{A.title}} {{A.last}},\n\nThank you for claim {{id:PET-#######}} for {{pet}} ({{breed}}, microchip {{chip}}). "
     "Vet fees of £{{amt}} will be paid to the account ending {{last4}} on {{date}}. Our records show {{pet}} was born "
     "{{pet_dob}}.\n\nKind regards,\n{{B.full}}\nClaims Team\n"),
    ("en_US", "pet_insurance",
     "PET INSURANCE APPLICATION\nOwner: {{A.full}}\nOwner DOB: {{dob}}\nEmail: {{A.email}}\nPet name: {{pet}}   "
     "Species: {{species}}   Breed: {{breed}}\nPet DOB: {{pet_dob}}\nPayment card: {{card}}\nPlan: Accident & Illness 90%\n"
     "Reimbursement: direct deposit, routing {{routing}}, account {{bank}}\n"),
    ("en_CA", "pet_insurance",
     "{{A.first}}, {{pet}}'s policy {{id:PP-######}} renews on {{date}}. Premium $38.50/mo. Questions? {{phone}}"),
    ("en_US", "kyc",
     '{"ts":"{{ts}}","event":"kyc.submitted","user_id":"{{uuid}}","name":"{{A.full}}","dob":"{{dob:iso}}",'
     '"ssn":"{{ssn}}","address":"{{addr}}","ip":"{{ip}}","doc_sha256":"{{sha256}}","level":2,'
     '"funding":{"routing":"{{routing}}","account":"{{bank}}","type":"checking"}}'),
    ("en_GB", "kyc",
     "support: Hi {{A.first}}, your withdrawal of 0.42 {{coin}} to {{wallet}} is on hold pending verification.\n"
     "user: why?? i verified last week. dob is {{dob}} and i live at {{addr}}\nsupport: Thanks, I've re-submitted "
     "your documents under case {{id:KYC-######}}. It usually clears within 24h.\n"),
    ("en_IN", "kyc",
     "KYC reviewer note: applicant {{A.full}}, PAN verified, mobile {{phone}}, email {{email}}. Login from {{ip}} "
     "flagged (VPN exit node). Deposit via UPI ref {{id:############}}. Risk: medium."),
    ("en_AU", "kyc",
     "User reports API key compromise. Revoked key id {{pk}}; the old secret was {{key}}. Account {{A.email}} last "
     "seen from {{ip}} on {{date}}. 2FA reset, tx {{txhash}} under review."),
    ("en_IE", "church",
     "Dear {{A.first}},\n\nThank you for your donation of €{{amt}} to {{charity}}. We have your details as:\n"
     "{{A.full}}\n{{addr:ml}}\n\nYour monthly gift will be collected by direct debit (mandate {{id:MD######}}) from "
     "{{iban:IE}}.\n\nWith gratitude,\n{{B.full}}\nSupporter Care\n"),
    ("en_US", "church",
     "Parish directory update - {{A.full}} & {{B.full}}, {{addr}}, home {{phone}}. Children: {{C.first}}, "
     "{{D.first}}. Offering envelope #{{n:100-999}}. Ministry: {{charity}} food pantry."),
    ("zu_ZA", "church",
     "MEMBERSHIP APPLICATION\nSurname: {{A.LAST}}\nFirst names: {{A.FIRST}}\nDate of birth: {{dob}}\nCell: {{phone}}\n"
     "Email: {{email}}\nCongregation: {{city}}\nDebit order day: 25\nReceived: {{date}}\n"),
    ("en_CA", "church",
     "Volunteer screening: {{A.full}} cleared on {{date}} (police check #{{id:PC#######}}). Lives in {{city}}. "
     "Prefers text at {{phone}}. Available Saturdays for {{charity}}."),
    ("en_US", "plumbing",
     "Hi {{A.first}}, this is {{B.first}} from {{company}} Plumbing. Your tech will arrive 8-10am at {{addr}}. "
     "Job #{{id:######}}. Reply C to confirm or R to reschedule."),
    ("en_GB", "plumbing",
     "Job {{id:J-######}} | {{date}} | Annual boiler service ({{boiler}}, serial {{id:####-####-######}})\n"
     "Customer: {{A.title}} {{A.full}}\n{{addr:ml}}\nTel: {{phone}}\nGas Safe reg {{id:######}}. Paid by card "
     "{{masked}}, auth code {{id:######}}.\n"),
    ("en_AU", "plumbing",
     "customer: hi, hot water system leaking, can someone come today? im at {{addr}}\nagent: hi {{A.first}}, yep we "
     "can do 2pm. best number?\ncustomer: {{phone}}\nagent: booked, ref {{id:HW####}}. also whats the wifi password "
     "so the tech can pair the new controller?\ncustomer: {{pw}}\n"
     "customer: oh and the alarm PIN is {{pin}} if nobody's home\n"),
    ("en_NZ", "plumbing",
     "TAX INVOICE {{id:INV-#####}}\nBill to: {{A.full}}\n{{addr:ml}}\nGST no. {{id:###-###-###}}\n"
     "Labour 2h   $180.00\nParts: {{part}}   $64.50\nPaid: EFTPOS {{date}}\n"),
    ("en_US", "airline",
     "Subject: Your miles statement\n\nHello {{A.first}},\n\nMember #{{id:##########}} - balance {{n:1200-98000}} "
     "miles. Recent activity: {{flight}} on {{date}}. Card on file: {{masked}}.\nWe noticed a sign-in from {{ip}}. "
     "If this wasn't you, reset your password.\n"),
    ("en_IN", "airline",
     "PNR: {{id:??????}}\nPassenger: {{A.pax}} {{A.TITLE}}\nFF no: {{id:#########}}\nDOB: {{dob}}\nMobile: {{phone}}\n"
     "From: {{city}} To: {{city}}\nFlight: {{flight}} {{date}}\n"),
    ("en_GB", "airline",
     "{{A.first}}: can you merge my two accounts? the other one is under {{A.email}}\nagent: Sure. For security, "
     "what's your date of birth?\n{{A.first}}: {{dob}}\nagent: Done - both are now under {{id:##########}} "
     "({{tier}} tier).\n"),
    ("en_IE", "airline",
     "Lounge access granted: {{A.full}}, {{tier}} member, {{flight}} to {{iata}} on {{date}}. Guest: {{B.full}}. "
     "Home airport change requested - lives in {{city}} now."),
    ("en_GB", "parking",
     "PENALTY CHARGE NOTICE {{id:@@########}}\nVehicle registration: {{plate}}\nContravention code: 12 - parked in a "
     "residents' bay without a permit\nLocation: {{street_name}} (zone {{id:@#}})\nDate/time: {{date}} {{time}}\n"
     "Registered keeper: {{A.full}}, {{addr}}\nAmount: £70 (reduced to £35 if paid within 14 days)\n"),
    ("en_US", "parking",
     "To whom it may concern,\n\nI am appealing citation {{id:#########}} issued on {{date}} to plate {{plate}}. The "
     "meter was out of order (photo attached). My address is {{addr}} and I can be reached at {{phone}} or "
     "{{A.email}}.\n\nSincerely,\n{{A.full}}\n"),
    ("en_CA", "parking",
     "{{ts:sp}} INFO payments citation={{id:PT#######}} amount=75.00 card={{masked}} payer_email={{email}} "
     "payer_ip={{ip}} gateway_ref={{uuid}}"),
    ("en_US", "devops",
     "[{{ts}}] ERROR {{svc}} {{version}} pod={{pod}} user={{email}} client_ip={{ip}} msg=\"login failed: bad "
     "password\" trace_id={{md5}}"),
    ("en_GB", "devops",
     "INC-{{n:1000-9999}} postmortem: credentials leaked in CI build log. Job {{id:#######}} echoed "
     "AWS_SECRET_ACCESS_KEY={{key:aws}} and DB_PASSWORD={{pw}}. Introduced in commit {{git}}, rotated by {{A.full}} at "
     "{{time}}. Image digest sha256:{{sha256}} rebuilt.\n"),
    ("en_CA", "devops",
     "# .env.production (DO NOT COMMIT)\nSTRIPE_SECRET_KEY={{key:stripe}}\nSTRIPE_PUBLISHABLE_KEY={{pk}}\n"
     "ADMIN_EMAIL={{email}}\nAPP_VERSION={{version}}\nASSET_HASH={{md5}}\nLOG_LEVEL=info\n"),
    ("en_IN", "devops",
     '{"alert":"HighErrorRate","service":"{{svc}}","severity":"P2","on_call":"{{A.full}}","phone":"{{phone:e164}}",'
     '"runbook":"RB-{{n:10-99}}","fingerprint":"{{sha1}}","started":"{{ts}}"}'),
    ("zu_ZA", "devops",
     "slack #ops: @{{A.first_lower}} the webhook for {{svc}} still uses the old token {{key:slack}} - I rotated it in "
     "vault, please redeploy {{version}}. Failed callbacks came from {{ip}}."),
    ("en_AU", "devops",
     "# config/mail.yml\nsmtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: {{key:sendgrid}}\n"
     "  from: {{email}}\n  version: {{version}}\n"),
    # ---- Spanish ---------------------------------------------------------------------------------
    ("es_ES", "hospital",
     "Ingreso urgente: {{A.full}}, fecha de nacimiento {{dob}}, nº historia {{id:########}}. Familiar de contacto: "
     "{{B.full}}, tel. {{phone}}. Domicilio: {{addr}}. Planta 4, cama {{id:4##}}. Médico responsable: {{C.full}}."),
    ("es_ES", "parking",
     "AYUNTAMIENTO - Boletín de denuncia nº {{id:####/2025/######}}\nMatrícula: {{plate}}\nTitular: {{A.FULL}}\n"
     "Domicilio: {{addr}}\nHecho denunciado: estacionar en zona ORA sin ticket ({{street_name}})\nFecha: {{date}} "
     "{{time}}\nImporte: 90 EUR (45 EUR con pronto pago)\nIBAN para devoluciones: {{iban:ES}}\n"),
    ("es_MX", "wedding",
     "hola {{A.first_lower}}!! ya quedó apartada la fecha {{date}} en {{venue}}. el anticipo fue de ${{amt}} MXN, folio "
     "{{id:F-#####}}. me pasas el correo de los papás del novio para la lista? mi número nuevo es {{phone}}. saludos, "
     "{{B.first}}"),
    ("es_MX", "mno",
     "Estimado(a) {{A.full}}: su línea {{phone}} fue portada con éxito. Plan {{plan}}, factura {{id:A-########}}. "
     "Su equipo {{device}} (IMEI {{imei}}) quedó registrado. Dirección de facturación: {{addr}}."),
    ("es_CO", "plumbing",
     "Servicio técnico {{company}} - Orden {{id:OT-#####}}\nCliente: {{A.full}}\nDirección: {{addr}}\n"
     "Celular: {{phone}}\nCorreo: {{A.email}}\nTrabajo: cambio de grifería {{part}}\nTécnico asignado: {{B.full}}\n"),
    ("es_CO", "kyc",
     "Verificación de identidad: {{A.full}}, nacido(a) el {{dob}} en {{city}}, correo {{A.email}}, IP de registro "
     "{{ip}}. Billetera declarada: {{wallet}}. Estado: aprobado el {{date}}."),
    ("es_ES", "airline",
     "Estimado/a {{A.full}}:\n\nsu cuenta de socio {{id:##########}} ha sumado 3.200 puntos por el vuelo {{flight}} del "
     "{{date}}. Hemos detectado un inicio de sesión desde {{ip}}. Si no fue usted, cambie su contraseña.\n\n"
     "Atención al Socio\n"),
    # ---- French ----------------------------------------------------------------------------------------
    ("fr_FR", "hospital",
     "Bonjour Docteur {{B.last}},\n\nJe vous adresse {{A.title}} {{A.full}}, né(e) le {{dob}}, demeurant {{addr}}, "
     "pour une admission programmée le {{date}} en cardiologie. Personne à prévenir : {{C.full}}, {{phone}}.\n\n"
     "Bien confraternellement,\nDr {{D.full}}\n"),
    ("fr_FR", "car_claim",
     "Déclaration de sinistre n° {{id:SIN-########}}\nAssuré : {{A.SURNAME_given}}\nContrat : {{id:AUT#########}}\n"
     "Date du sinistre : {{date}}\nLieu : {{city}}\nVéhicule : {{car}} immatriculé {{plate}}\nCourriel : {{email}}\n"
     "IBAN : {{iban:FR}}\n"),
    ("fr_FR", "church",
     "Reçu fiscal n° {{id:2025-#####}} - Don de 150 EUR à {{charity}}\nDonateur : {{A.full}}, {{addr}}\n"
     "Date du versement : {{date}}\nMode : prélèvement, mandat {{id:FR##ZZZ######}}\n"),
    ("fr_CA", "pet_insurance",
     "Bonjour {{A.first}}, la réclamation pour {{pet}} ({{id:RC-######}}) est approuvée. 212,40 $ seront versés "
     "d'ici 5 jours ouvrables. Info : {{phone}}"),
    ("fr_CA", "registrar",
     "Objet : Demande d'admission {{id:A2025-#####}}\n\nBonjour {{A.full}},\n\nVotre dossier est complet. Date de "
     "naissance inscrite : {{dob:young}}. Adresse de correspondance : {{addr}}. Programme : {{course}}.\n\n"
     "Registrariat\n{{B.full}}\n"),
    ("fr_CA", "plumbing",
     "Bonjour {{A.first}}, {{B.first}}, de l'équipe de plomberie, passera demain entre 13 h et 15 h au {{addr}}. Bon de travail "
     "{{id:BT-#####}}. Vous nous avez laissé le NIP du système d'alarme : {{pin}}. Pour changer l'heure : {{phone}}"),
    # ---- German ----------------------------------------------------------------------------------------
    ("de_DE", "mno",
     "Guten Tag {{A.title}} {{A.last}},\n\nwir bestätigen die Rufnummernmitnahme Ihrer Nummer {{phone}} zum {{date}}. "
     "Ihre neue SIM-Karte (ICCID {{iccid}}) geht an {{addr}}. Ihr Kundenkennwort lautet: {{pw}}\n\n"
     "Mit freundlichen Grüßen\n{{B.full}}\nKundenservice\n"),
    ("de_DE", "devops",
     "Incident {{id:INC-#####}}: Login-Spitze von {{ip}} auf {{svc}} {{version}}. Betroffenes Konto: {{email}}. "
     "Token im Log gefunden: {{key}} - bitte sofort rotieren. Bearbeiter: {{A.first}}, Commit {{git}}."),
    ("de_DE", "wedding",
     "Hallo {{A.first}}, hier die Nachträge zur Gästeliste: {{B.full}} und {{C.full}} aus {{city}}, Tisch {{n:1-15}}. "
     "Die Anzahlung an {{iban:DE}} ist angekommen, Rechnung {{id:RE-####}}. LG {{D.first}}"),
    ("de_AT", "hospital",
     "AUFNAHMEBOGEN\nName: {{A.LAST}}, {{A.first}}\nGeb.-Datum: {{dob}}\nWohnort: {{city}}\nAdresse: {{addr}}\n"
     "Tel.: {{phone}}\nAngehörige/r: {{B.full}}\nStation: {{id:#@}}\nAufnahme: {{date}} {{time}}\n"),
    ("de_AT", "parking",
     "Organstrafverfügung {{id:OSV/#######}} - Kennzeichen {{plate}}, Tatort {{street_name}}, {{date}} {{time}}. "
     "Zulassungsbesitzer/in: {{A.full}}, {{addr}}. Betrag EUR 36,00. Zahlungsreferenz {{id:##########}}."),
    # ---- Italian ---------------------------------------------------------------------------------------
    ("it_IT", "pet_insurance",
     "Gentile {{A.full}},\n\nabbiamo ricevuto la richiesta di rimborso n. {{id:RMB-######}} per {{pet}} (microchip "
     "{{chip}}). L'importo di € {{amt:c}} sarà accreditato sull'IBAN {{iban:IT}}.\n\nCordiali saluti,\n{{B.full}}\n"),
    ("it_IT", "airline",
     "Socio {{id:##########}} - {{A.FULL}}\nNato/a il: {{dob}} a {{city}}\nE-mail: {{A.email}}\nCellulare: {{phone}}\n"
     "Livello: {{tier}}\nUltimo volo: {{flight}} del {{date}}\n"),
    ("it_IT", "registrar",
     "ciao {{A.first_lower}}, la segreteria dice che il mio nuovo indirizzo non risulta: {{addr}}. matricola "
     "{{id:######}}, corso {{course}}. grazie mille! {{B.first}}"),
    # ---- Dutch (BE) ------------------------------------------------------------------------------------
    ("nl_BE", "church",
     "Beste {{A.first}},\n\nBedankt voor je inschrijving als vrijwilliger bij {{charity}}. We noteerden: {{A.full}}, "
     "{{addr}}, geboren op {{dob}}, gsm {{phone}}.\n\nGroeten,\n{{B.full}}\n"),
    ("nl_BE", "car_claim",
     "Schadeaangifte {{id:SCH-######}} - aanrijding op {{date}} in {{city}}. Tegenpartij: {{B.full}}, nummerplaat "
     "{{plate}}. Uitbetaling op rekening {{iban:BE}}. Dossierbeheerder: {{C.first}}."),
    # ---- Danish ----------------------------------------------------------------------------------------
    ("da_DK", "church",
     "Indmeldelse i {{charity}}\nNavn: {{A.full}}\nFødselsdato: {{dob}}\nAdresse: {{addr}}\nTelefon: {{phone}}\n"
     "E-mail: {{email}}\nKonto til gavebidrag: {{iban:DK}}\nModtaget: {{date}}\n"),
    ("da_DK", "plumbing",
     "Hej {{A.first}}, VVS-montør {{B.first}} kommer torsdag kl. {{time}} til {{addr}}. Ordrenr. {{id:#######}}. "
     "Ring på {{phone}}, hvis tidspunktet ikke passer."),
    # ---- Norwegian -------------------------------------------------------------------------------------
    ("no_NO", "parking",
     "Kontrollsanksjon {{id:#########}} - bilnr {{plate}}, {{date}} kl. {{time}}, sted: {{street_name}}. Eier: "
     "{{A.full}}, {{addr}}. Beløp kr 600. Betales med KID {{kid}}."),
    ("no_NO", "airline",
     "Hei {{A.first}}! Du har fått 2 500 bonuspoeng for reisen {{city}}-{{city}} {{date}}. Medlemsnr. "
     "{{id:#########}}. Vi så en innlogging fra {{ip}}."),
    # ---- Finnish ---------------------------------------------------------------------------------------
    ("fi_FI", "mno",
     "Hei {{A.first}}, liittymäsi {{phone}} siirto on valmis. Laskutusosoite: {{addr}}. Asiakasnumero "
     "{{id:#######}}. Uusi {{device}} toimitetaan {{date}}."),
    ("fi_FI", "hospital",
     "Lähete: {{A.full}}, syntynyt {{dob}}, kotikunta {{city}}. Omainen: {{B.full}} p. {{phone}}. Tulopäivä {{date}}, "
     "osasto {{n:1-40}}."),
    # ---- Romanian --------------------------------------------------------------------------------------
    ("ro_RO", "kyc",
     "Cerere verificare KYC\nNume: {{A.FULL}}\nData nașterii: {{dob}}\nDomiciliu: {{addr}}\nTelefon: {{phone}}\n"
     "E-mail: {{A.email}}\nIP: {{ip}}\nIBAN: {{iban:RO}}\n"),
    ("ro_RO", "wedding",
     "Bună {{A.first}}, confirmăm rezervarea salonului {{venue}} pentru {{date}}. Avans 2.000 lei achitat, factura "
     "{{id:FCT-####}}. Pentru detalii sunați la {{phone}}. {{B.full}}"),
]

_STICKY = ("pet",)  # one pet per text: every mention is the same name
_SLOT = re.compile(r"\{\{([A-Za-z_0-9]+(?:\.[A-Za-z_]+)?)(?::([^}]*))?\}\}")


def _render(loc: str, template: str, g: _Gen) -> Text:
    people: dict[str, _Person] = {}
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    used: set[str] = set()
    sticky: dict[str, str] = {}
    for m in _SLOT.finditer(template):
        out.append(template[pos:m.start()])
        name, arg = m.group(1), m.group(2)
        if "." in name:
            who, fld = name.split(".")
            if who not in people:
                people[who] = _Person(g)
            value, entity = people[who].field(fld)
        elif name in _STICKY and name in sticky:
            entity, value = KINDS[name][0], sticky[name]
        else:
            entity, fn = KINDS[name]
            value = fn(g, arg)
            if name in _STICKY:
                sticky[name] = value
            if entity in ("LOCATION",):  # two cities in one text should differ
                for _ in range(20):
                    if value not in used:
                        break
                    value = fn(g, arg)
                used.add(value)
        start = sum(len(s) for s in out)
        if value and entity:
            spans.append((start, start + len(value), entity))
        out.append(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    return Text(text=text, spans=spans)


def _check_templates() -> None:
    """Every slot names a known kind or person field; every entity is a label."""
    for _loc, _domain, template in TEMPLATES:
        for m in _SLOT.finditer(template):
            name = m.group(1)
            assert (name.split(".")[1] in _PERSON_FIELDS) if "." in name else (name in KINDS), name
    assert all(entity in LABELS for entity, _fn in KINDS.values() if entity)


_check_templates()


def _gens(rng: random.Random) -> dict[str, _Gen]:
    return {loc: _Gen(loc, rng) for loc in _LOCALES}


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"cedar-{seed}")
    gens = _gens(rng)
    out = []
    for i in range(n):
        loc, _domain, template = TEMPLATES[i % len(TEMPLATES)]
        out.append(_render(loc, template, gens[loc]))
    return out


# -- structured -----------------------------------------------------------------------------------------
def _ph(rng: random.Random, value, p: float, fills=("", None, "N/A", "-")):
    """A placeholder (blank, N/A, ...) with probability p, else the value."""
    return rng.choice(fills) if rng.random() < p else value


def _table(rows: int, spec: list[tuple[str, str | None, str]], row_fn) -> list[Column]:
    data = [row_fn(i) for i in range(rows)]
    return [Column(name=name, entity=entity, values=[d[key] for d in data]) for name, entity, key in spec]


def _fmt_dob_col(rng: random.Random, d: dt.date, main: str, others: tuple[str, ...] = ()) -> str:
    fmt = main if (not others or rng.random() < 0.85) else rng.choice(others)
    return d.strftime(fmt)


def _phone_col(g: _Gen, fmts=("nat", "nat", "intl", "compact")) -> str:
    return g.phone(g.rng.choice(fmts))


def _hopital(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["fr_FR"]
    doctors = [_Person(g) for _ in range(7)]
    services = ["Cardiologie", "Urgences", "Pneumologie", "Maternité", "Orthopédie", "Gériatrie", "Neurologie"]

    def row(i):
        p, c, doc = _Person(g), _Person(g), rng.choice(doctors)
        return {
            "id": f"ADM{rng.randint(24, 26)}{100000 + i * 7 + rng.randint(0, 6):06d}",
            "nom": f"{p.last.upper()} {p.given}" if rng.random() < 0.8 else f"{p.given} {p.last}",
            "dob": _fmt_dob_col(rng, g.dob(), "%d/%m/%Y", ("%Y-%m-%d",)),
            "sexe": "F" if p.female else "M",
            "tel": _ph(rng, _phone_col(g), 0.06, ("", None, "inconnu")),
            "contact": _ph(rng, c.full, 0.15, ("", None, "néant")),
            "adresse": _ph(rng, g.address(), 0.03, ("", "SDF")),
            "ville": g.city(),
            "service": rng.choice(services),
            "entree": f"{_rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 10, 31)):%d/%m/%Y} "
                      f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "chambre": f"{rng.choice('ABCD')}-{rng.randint(1, 5)}{rng.randint(1, 40):02d}",
            "medecin": f"{doc.given} {doc.last}",
            "poids": _ph(rng, f"{rng.randint(45, 120)},{rng.randint(0, 9)}", 0.1, ("", None)),
        }

    spec = [("id_admission", None, "id"), ("nom_patient", "PERSON", "nom"), ("date_naissance", "DATE_OF_BIRTH", "dob"),
            ("sexe", None, "sexe"), ("tel_contact", "PHONE_NUMBER", "tel"), ("personne_a_prevenir", "PERSON", "contact"),
            ("adresse", "STREET_ADDRESS", "adresse"), ("ville", "LOCATION", "ville"), ("service", None, "service"),
            ("date_entree", None, "entree"), ("chambre", None, "chambre"), ("medecin_referent", "PERSON", "medecin"),
            ("poids_kg", None, "poids")]
    return _table(rows, spec, row)


def _claims(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    def row(i):
        g = gens["en_GB"] if rng.random() < 0.7 else gens["en_IE"]
        p = _Person(g)
        return {
            "ref": f"CLM{rng.randint(1000000, 9999999)}",
            "pol": f"MTR/{_digits(rng, 7)}/{rng.randint(1, 12):02d}",
            "name": p.full if rng.random() < 0.8 else f"{p.last}, {p.given}",
            "email": _ph(rng, p.email(), 0.05),
            "verified": rng.choice(["TRUE", "TRUE", "FALSE"]),
            "reg": _plate(rng, g.region),
            "vin": _ph(rng, _vin(rng), 0.08, ("", None)),
            "town": g.city(),
            "date": f"{_rand_date(rng, dt.date(2023, 6, 1), dt.date(2026, 10, 31)):%Y-%m-%d}",
            "tp_phone": _ph(rng, _phone_col(g), 0.3, ("", None, "N/A")),
            "iban": _ph(rng, _iban(rng, g.region, spaced=rng.random() < 0.2), 0.2, ("", None)),
            "reserve": _amount(rng, 150, 18000),
            "repairer": f"{g.company()} {rng.choice(['Bodyshop', 'Accident Repair Centre', 'Motors'])}",
            "handler": f"H{rng.randint(100, 9999):04d}",
        }

    spec = [("ClaimRef", None, "ref"), ("PolicyNumber", None, "pol"), ("PolicyHolderName", "PERSON", "name"),
            ("PolicyHolderEmail", "EMAIL_ADDRESS", "email"), ("EmailVerified", None, "verified"),
            ("VehicleReg", None, "reg"), ("VIN", None, "vin"), ("IncidentTown", "LOCATION", "town"),
            ("IncidentDate", None, "date"), ("ThirdPartyPhone", "PHONE_NUMBER", "tp_phone"),
            ("SettlementIBAN", "IBAN_CODE", "iban"), ("ReserveGBP", None, "reserve"), ("RepairerName", None, "repairer"),
            ("HandlerId", None, "handler")]
    return _table(rows, spec, row)


def _mno(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    def row(i):
        g = gens["en_AU"] if rng.random() < 0.65 else gens["en_NZ"]
        p = _Person(g)
        e164 = g.phone("e164")
        return {
            "msisdn": e164[1:] if rng.random() < 0.6 else e164,
            "name": f"{p.last.upper()}, {p.given.upper()}" if rng.random() < 0.7 else p.full,
            "addr": g.street(),
            "suburb": g.city(),
            "imei": _imei(rng),
            "iccid": _iccid(rng, g.region),
            "device": rng.choice(_PHONES),
            "plan": f"{rng.choice(['P5G', 'PRE', 'SIMO', 'BIZ'])}-{rng.choice(['UNL', '30G', '80G', '15G'])}-{rng.randint(10, 99)}",
            "ptype": rng.choice(["MOBILE", "MOBILE", "FIXED_WIRELESS", "VOIP", "M2M"]),
            "ip": _ph(rng, g.ip(), 0.1, ("", None, "0.0.0.0")),
            "pwd": _ph(rng, _pw(rng), 0.1, ("", None)),
            "pwd_at": _ts(rng, " "),
            "fw": _version(rng, True),
            "actv": f"{_rand_date(rng, dt.date(2016, 1, 1), dt.date(2026, 10, 31)):%d%m%Y}",
        }

    spec = [("MSISDN", "PHONE_NUMBER", "msisdn"), ("SUB_NM", "PERSON", "name"), ("ADDR_L1", "STREET_ADDRESS", "addr"),
            ("SUBURB", "LOCATION", "suburb"), ("IMEI", None, "imei"), ("ICCID", None, "iccid"), ("DEVICE_NM", None, "device"),
            ("PLAN_CD", None, "plan"), ("PHONE_TYPE", None, "ptype"), ("LAST_SEEN_IP", "IP_ADDRESS", "ip"),
            ("WEB_PWD", "PASSWORD", "pwd"), ("PWD_UPDATED_AT", None, "pwd_at"), ("FW_VER", None, "fw"),
            ("ACTV_DT", None, "actv")]
    return _table(rows, spec, row)


def _registrar(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    us, ca = gens["en_US"], gens["en_CA"]
    advisors = [_Person(us) for _ in range(6)] + [_Person(ca) for _ in range(3)]

    def row(i):
        g = us if rng.random() < 0.7 else ca
        p, adv = _Person(g), rng.choice(advisors)
        d = g.dob(1994, 2007)
        return {
            "sid": f"{rng.choice(['9', '8'])}{_digits(rng, 8)}",
            "name": p.full,
            "dob": d.strftime("%m/%d/%Y") if g is us else d.strftime("%Y-%m-%d"),
            "email": _ph(rng, p.email(), 0.07),
            "verified": rng.choice(["Yes", "Yes", "No", "Pending"]),
            "town": g.city(),
            "addr": _ph(rng, g.address(), 0.04),
            "ssn": _ph(rng, _ssn(rng, "-"), 0.08) if g is us else rng.choice(["", None, "N/A"]),
            "prog": rng.choice(_COURSES),
            "enrol": f"{_rand_date(rng, dt.date(2019, 8, 15), dt.date(2026, 9, 15)):%m/%d/%Y}",
            "gpa": f"{rng.uniform(1.8, 4.0):.2f}",
            "adv": f"{adv.last}, {adv.given}",
        }

    spec = [("Student ID", None, "sid"), ("Full Name", "PERSON", "name"), ("Date of Birth", "DATE_OF_BIRTH", "dob"),
            ("Personal Email", "EMAIL_ADDRESS", "email"), ("Email Verified", None, "verified"),
            ("Home Town", "LOCATION", "town"), ("Mailing Address", "STREET_ADDRESS", "addr"), ("SSN", "US_SSN", "ssn"),
            ("Program Name", None, "prog"), ("Enrollment Date", None, "enrol"), ("GPA", None, "gpa"),
            ("Advisor", "PERSON", "adv")]
    return _table(rows, spec, row)


def _reservas(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    def row(i):
        r = rng.random()
        g = gens["es_MX"] if r < 0.6 else gens["es_CO"] if r < 0.85 else gens["es_ES"]
        p = _Person(g)
        card = _card(rng, rng.choice(["", " "]))
        return {
            "folio": f"EV-{rng.randint(2024, 2026)}-{i + 1:04d}",
            "name": p.full if rng.random() < 0.75 else p.full.upper(),
            "email": _ph(rng, p.email(), 0.05),
            "tel": _phone_col(g, ("nat", "intl", "compact", "e164")),
            "city": g.city(),
            "addr": _ph(rng, g.address(), 0.12, ("", None, "recoge en salón")),
            "fecha": f"{_rand_date(rng, dt.date(2024, 1, 1), dt.date(2027, 6, 30)):%d/%m/%Y}",
            "salon": rng.choice(_VENUES),
            "inv": str(rng.choice([40, 60, 80, 120, 150, 200, 250, 300])),
            "anticipo": f"${rng.randint(2, 90) * 1000:,}.00",
            "card": _ph(rng, card, 0.3, ("", None, "transferencia")),
            "masked": f"**** {card.replace(' ', '')[-4:]}",
        }

    spec = [("folio", None, "folio"), ("nombre_cliente", "PERSON", "name"), ("correo_electrónico", "EMAIL_ADDRESS", "email"),
            ("teléfono", "PHONE_NUMBER", "tel"), ("ciudad", "LOCATION", "city"), ("dirección_entrega", "STREET_ADDRESS", "addr"),
            ("fecha_evento", None, "fecha"), ("salón", None, "salon"), ("num_invitados", None, "inv"),
            ("anticipo", None, "anticipo"), ("tarjeta", "CREDIT_CARD", "card"), ("tarjeta_enmascarada", None, "masked")]
    return _table(rows, spec, row)


def _polizze(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["it_IT"]

    def row(i):
        p = _Person(g)
        return {
            "pol": f"PA{rng.randint(24, 26)}{_digits(rng, 6)}",
            "name": p.full if rng.random() < 0.6 else f"{p.last.upper()} {p.given.upper()}",
            "dob": _fmt_dob_col(rng, g.dob(), "%d/%m/%Y", ("%d-%m-%Y", "%Y-%m-%d")),
            "pet": rng.choice(_PET_NAMES),
            "razza": rng.choice(_BREEDS),
            "pet_dob": f"{_rand_date(rng, dt.date(2010, 1, 1), dt.date(2025, 8, 31)):%d/%m/%Y}",
            "chip": _ph(rng, _chip(rng), 0.05, ("", "n/d")),
            "email": _ph(rng, p.email(), 0.06),
            "cell": _phone_col(g, ("nat", "intl", "compact")),
            "iban": _ph(rng, _iban(rng, "IT", spaced=rng.random() < 0.3), 0.1, ("", None, "RID sospeso")),
            "comune": g.city(),
            "premio": f"{rng.randint(9, 64)},{rng.choice(['00', '50', '90', '99'])}",
        }

    spec = [("codice_polizza", None, "pol"), ("intestatario", "PERSON", "name"),
            ("data_nascita_intestatario", "DATE_OF_BIRTH", "dob"), ("nome_animale", None, "pet"), ("razza", None, "razza"),
            ("data_nascita_animale", None, "pet_dob"), ("microchip", None, "chip"), ("email_contatto", "EMAIL_ADDRESS", "email"),
            ("cellulare", "PHONE_NUMBER", "cell"), ("iban_addebito", "IBAN_CODE", "iban"),
            ("comune_residenza", "LOCATION", "comune"), ("premio_mensile_eur", None, "premio")]
    return _table(rows, spec, row)


def _kyc(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["en_US"]

    def row(i):
        p = _Person(g)
        return {
            "id": _uuid(rng),
            "name": p.full,
            "dob": f"{g.dob(1940, 2006):%Y-%m-%d}",
            "ssn": _ph(rng, _ssn(rng, rng.choice(["-", "-", ""])), 0.05, ("", None)),
            "addr": g.address(),
            "bank": _ph(rng, _digits(rng, rng.randint(8, 14)), 0.25, ("", None)),
            "routing": _routing(rng),
            "wallet": _ph(rng, _wallet(rng), 0.2, ("", None)),
            "ip": g.ip(),
            "secret": _ph(rng, _s(rng, rng.choice([32, 40, 64]), _ALNUM), 0.5, ("", None)),
            "key_id": f"ak_{_s(rng, 16, string.ascii_lowercase + string.digits)}",
            "risk": f"{rng.random():.3f}",
            "status": rng.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "REJECTED", "RESUBMIT"]),
            "created": _ts(rng),
        }

    spec = [("applicantId", None, "id"), ("fullName", "PERSON", "name"), ("dateOfBirth", "DATE_OF_BIRTH", "dob"),
            ("ssn", "US_SSN", "ssn"), ("residentialAddress", "STREET_ADDRESS", "addr"),
            ("bankAccountNumber", "US_BANK_NUMBER", "bank"), ("routingNumber", None, "routing"),
            ("walletAddress", None, "wallet"), ("signupIp", "IP_ADDRESS", "ip"), ("apiSecret", "API_KEY", "secret"),
            ("apiKeyId", None, "key_id"), ("riskScore", None, "risk"), ("kycStatus", None, "status"),
            ("createdAt", None, "created")]
    return _table(rows, spec, row)


def _medlemmer(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["da_DK"]

    def row(i):
        p = _Person(g)
        ptype = rng.choice(["mobil", "mobil", "fastnet"])
        return {
            "nr": str(10400 + i * 3 + rng.randint(0, 2)),
            "first": p.given,
            "last": p.last,
            "dob": _fmt_dob_col(rng, g.dob(), "%d-%m-%Y", ("%d.%m.%Y", "%d%m%Y")),
            "addr": f"{g.street()}, {g.f.postcode()}" if rng.random() < 0.6 else g.street(),
            "by": g.city(),
            "tel": _ph(rng, _phone_col(g, ("nat", "nat", "intl", "compact")), 0.07, ("", None, "-")),
            "ptype": ptype,
            "email": _ph(rng, p.email(), 0.15, ("", None, "-")),
            "iban": _ph(rng, _iban(rng, "DK", spaced=rng.random() < 0.5), 0.35, ("", None)),
            "indmeldt": f"{_rand_date(rng, dt.date(1995, 1, 1), dt.date(2026, 10, 31)):%d-%m-%Y}",
            "kontingent": str(rng.choice([150, 200, 250, 300, 500])),
            "sogn": f"S{rng.randint(7000, 9399)}",
            "nyhedsbrev": rng.choice(["ja", "nej", "ja"]),
        }

    spec = [("medlemsnr", None, "nr"), ("fornavn", "PERSON", "first"), ("efternavn", "PERSON", "last"),
            ("fødselsdato", "DATE_OF_BIRTH", "dob"), ("adresse", "STREET_ADDRESS", "addr"), ("by", "LOCATION", "by"),
            ("telefon", "PHONE_NUMBER", "tel"), ("telefon_type", None, "ptype"), ("e_mail", "EMAIL_ADDRESS", "email"),
            ("bankkonto_iban", "IBAN_CODE", "iban"), ("indmeldt", None, "indmeldt"), ("kontingent_kr", None, "kontingent"),
            ("sogn_kode", None, "sogn"), ("nyhedsbrev", None, "nyhedsbrev")]
    return _table(rows, spec, row)


def _huolto(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["fi_FI"]
    fitters = [_Person(g) for _ in range(5)]

    def row(i):
        p, fit = _Person(g), rng.choice(fitters)
        return {
            "nro": f"T{rng.randint(24, 26)}-{i + 1:05d}",
            "name": p.full if rng.random() < 0.7 else f"{p.last} {p.given}",
            "addr": f"{g.street()}" + (f" {rng.choice('ABC')} {rng.randint(1, 40)}" if rng.random() < 0.35 else ""),
            "city": g.city(),
            "tel": _phone_col(g, ("nat", "nat", "intl", "compact")),
            "email": _ph(rng, p.email(), 0.2, ("", None)),
            "model": rng.choice(_PARTS + _BOILERS),
            "serial": _pat(rng, rng.choice(["SN########", "??-######-#", "#######-@@"])),
            "date": f"{_rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 10, 31)):%d.%m.%Y}",
            "price": f"{rng.randint(59, 2400)},{rng.choice(['00', '50', '90'])}",
            "fitter": fit.full,
            "state": rng.choice(["avoin", "valmis", "laskutettu", "peruttu"]),
        }

    spec = [("tilausnumero", None, "nro"), ("asiakas", "PERSON", "name"), ("osoite", "STREET_ADDRESS", "addr"),
            ("postitoimipaikka", "LOCATION", "city"), ("puhelin", "PHONE_NUMBER", "tel"),
            ("sähköposti", "EMAIL_ADDRESS", "email"), ("laitemalli", None, "model"), ("sarjanumero", None, "serial"),
            ("käyntipäivä", None, "date"), ("hinta_eur", None, "price"), ("asentaja", "PERSON", "fitter"),
            ("tila", None, "state")]
    return _table(rows, spec, row)


_CITY_CODES = ["LON", "NYC", "PAR", "BER", "MIL", "STO", "TYO", "CHI", "WAS", "ROM", "BUH", "OSL", "YTO", "YMQ"]


def _loyalty(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    locs = ["en_GB", "en_GB", "en_IE", "en_US", "en_IN", "en_NZ", "zu_ZA", "fr_FR", "de_DE", "no_NO", "es_ES", "nl_BE"]

    def row(i):
        g = gens[rng.choice(locs)]
        p = _Person(g)
        card = _card(rng, "")
        return {
            "id": _luhn(rng, "98" + str(rng.randint(10, 99)), 16),
            "given": p.given,
            "family": p.last,
            "email": _ph(rng, p.email(), 0.04),
            "phone": _ph(rng, g.phone(rng.choice(["e164", "e164", "intl"])), 0.1, ("", None)),
            "dob": _ph(rng, f"{g.dob():%Y-%m-%d}", 0.05, ("", None, "1900-01-01")),
            "city": g.city(),
            "card": _ph(rng, card, 0.35, ("", None)),
            "masked": f"{card[:6]}******{card[-4:]}",
            "expiry": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
            "tier": rng.choice(["BLU", "SLV", "GLD", "PLT"]),
            "miles": str(rng.randint(0, 450000)),
            "iata": rng.choice(_IATA),
            "city_code": rng.choice(_CITY_CODES),
        }

    spec = [("member.id", None, "id"), ("member.name.given", "PERSON", "given"), ("member.name.family", "PERSON", "family"),
            ("member.contact.email", "EMAIL_ADDRESS", "email"), ("member.contact.phone", "PHONE_NUMBER", "phone"),
            ("member.dob", "DATE_OF_BIRTH", "dob"), ("$.profile.homeCity", "LOCATION", "city"),
            ("payment.card.number", "CREDIT_CARD", "card"), ("payment.card.masked", None, "masked"),
            ("payment.card.expiry", None, "expiry"), ("tier.code", None, "tier"), ("miles.balance", None, "miles"),
            ("home_airport.iata", None, "iata"), ("city_code", None, "city_code")]
    return _table(rows, spec, row)


def _amenzi(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    g = gens["ro_RO"]

    def row(i):
        p = _Person(g)
        return {
            "pv": f"PV{rng.choice(['B', 'CJ', 'IS', 'TM'])}{_digits(rng, 7)}",
            "plate": _plate(rng, "RO") if rng.random() < 0.6 else _pat(rng, rng.choice(["CJ ## @@@", "IS ## @@@", "TM ## @@@"])),
            "name": f"{p.last.upper()} {p.given}" if rng.random() < 0.6 else p.full,
            "addr": _ph(rng, g.street(), 0.05),
            "loc": g.city(),
            "tel": _ph(rng, _phone_col(g, ("nat", "compact", "intl")), 0.25, ("", None, "-")),
            "email": _ph(rng, p.email(), 0.45, ("", None, "-")),
            "data": f"{_rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 10, 31)):%d.%m.%Y}",
            "suma": str(rng.choice([145, 290, 435, 580, 725])),
            "iban": _ph(rng, _iban(rng, "RO", spaced=False), 0.7, ("", None)),
            "agent": f"AG-{rng.randint(100, 999)}",
            "gps": f"{rng.uniform(44.0, 47.8):.6f}, {rng.uniform(21.2, 28.6):.6f}",
            "stare": rng.choice(["achitat", "neachitat", "contestat", "achitat 50%"]),
        }

    spec = [("nr_proces_verbal", None, "pv"), ("nr_inmatriculare", None, "plate"), ("nume_contravenient", "PERSON", "name"),
            ("adresa_domiciliu", "STREET_ADDRESS", "addr"), ("localitate", "LOCATION", "loc"), ("telefon", "PHONE_NUMBER", "tel"),
            ("email", "EMAIL_ADDRESS", "email"), ("data_constatarii", None, "data"), ("suma_lei", None, "suma"),
            ("iban_rambursare", "IBAN_CODE", "iban"), ("agent", None, "agent"), ("coordonate_gps", None, "gps"),
            ("stare_plata", None, "stare")]
    return _table(rows, spec, row)


def _incidents(rng: random.Random, gens: dict[str, _Gen], rows: int) -> list[Column]:
    locs = ["en_US", "en_GB", "en_IN", "de_DE", "en_CA"]
    oncall = [_Person(gens[loc]) for loc in locs for _ in range(2)]

    def row(i):
        g = gens[rng.choice(locs)]
        dev = _Person(g)
        leaked_pw = rng.random() < 0.55
        return {
            "ts": _ts(rng),
            "host": _host(rng),
            "level": rng.choice(["HIGH", "CRITICAL", "MEDIUM", "HIGH"]),
            "ip": g.ip(),
            "email": dev.email(),
            "trace": _hex(rng, 32),
            "pw": _pw(rng) if leaked_pw else rng.choice(["", None, "********"]),
            "owner": rng.choice(oncall).full,
            "status": str(rng.choice([200, 401, 403, 500, 502])),
            "key": _api_key(rng) if not leaked_pw or rng.random() < 0.3 else rng.choice(["", None]),
            "sha": _hex(rng, 64),
            "ver": _version(rng),
        }

    spec = [("col_1", None, "ts"), ("col_2", None, "host"), ("col_3", None, "level"), ("col_4", "IP_ADDRESS", "ip"),
            ("col_5", "EMAIL_ADDRESS", "email"), ("col_6", None, "trace"), ("col_7", "PASSWORD", "pw"),
            ("col_8", "PERSON", "owner"), ("col_9", None, "status"), ("f12", "API_KEY", "key"), ("f13", None, "sha"),
            ("f14", None, "ver")]
    return _table(rows, spec, row)


_TABLES = [
    ("admissions_hopital", _hopital), ("ClaimsExport", _claims), ("MNO_SUBSCRIBERS", _mno),
    ("registrar students", _registrar), ("reservas_eventos", _reservas), ("polizze_animali", _polizze),
    ("kycApplications", _kyc), ("medlemsregister", _medlemmer), ("huoltotilaukset", _huolto),
    ("loyalty_members", _loyalty), ("amenzi_parcare", _amenzi), ("secret_scan_export", _incidents),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"cedar-{seed}")
    gens = _gens(rng)
    return {name: fn(rng, gens, rows) for name, fn in _TABLES}
