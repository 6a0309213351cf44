"""Data card: the `fjord` split of the pii-audit accuracy benchmark.

Author: an independent split author (session helper "fjord"), written 2026-11-26 without reading
the scanner's rules or code, its tests, docs, results, notes or any other split's templates or
tables, and before the scanner was run on it. Only `LABELS`, `Text`, `Column` and the helpers
`_luhn`, `_iban_of`, `_ip_public_v4`, `_ip_public_v6` are taken from bench/accuracy_data.py.

Determinism: every random value comes from `random.Random(f"fjord-{seed}")`; Faker instances are
seeded from it (`seed_instance(rng.randrange(1 << 30))`) in a fixed locale order. No clock reads,
no set iteration, nothing depends on PYTHONHASHSEED.

Free text (`free_text(n, seed)`): 72 templates, 6 for each of 12 domains -- veterinary clinic,
car rental, hotel front desk, insurance claims, telecom/mobile operator support, university
admissions, charity donations, gym membership, municipal services (parking permits, waste),
ride-hailing, dental practice, HR/payroll. Text i uses template i % 72. 31 of 72 templates
(43%) are not English: Danish, Norwegian, Finnish, Portuguese (PT), Romanian, Hungarian,
Turkish, Greek (Greek script and Latin "Greeklish"), French (BE, CH), German (AT, CH); the
English ones are written as from the US, GB, AU, CA, IE, NZ and IN. Shapes: e-mails with
signatures and quoted replies, SMS/WhatsApp/chat lines, support tickets, agent call notes,
CRM notes, form dumps, JSON and key=value logs, web access logs, CSV-ish lines, YAML/INI
config snippets, OCR'd letters, lower-case voicemail transcripts, subject lines.
Values are fresh per text: names from Faker per locale (Hungarian family-name first; Greek
transliterated for the Latin-script templates), e-mails derived from the names, phones valid for
the country (phonenumbers-checked) in national / international / E.164 / 00 / dotted / dashed
forms, street addresses in each country's layout (one line or a multi-line block), real towns,
dates of birth in local numeric and word styles, IBANs with valid checksums, Luhn-valid cards
(Visa, Mastercard, Amex, Troy) in varied groupings, US SSNs in valid ranges, US bank account
numbers next to ABA-valid routing numbers, public IPv4/IPv6, plaintext passwords in context,
vendor-shaped API keys (Stripe, GitHub, Google, Slack, SendGrid, OpenAI, Mailgun, GitLab).
Label conventions: PERSON is the name as written without titles (Mr/Dr/Frau/Madame not in the
span; handles and e-mail local parts are not PERSON); STREET_ADDRESS is the street line plus the
town/postcode when written with it as one block; LOCATION is a town/country named alone as where
a person lives, comes from or travels; DATE_OF_BIRTH only for birth dates; PASSWORD and API_KEY
only the secret value.
Look-alikes (never labelled) are mixed into the same texts: order/ticket/invoice/booking/policy/
claim/member/student numbers, non-birth dates and timestamps, version strings (some IPv4-shaped
firmware versions), hashes, UUIDs, masked cards, last-4s, BINs, ABA routing numbers, Luhn-valid
loyalty numbers, microchip/IMEI/ICCID numbers, private and loopback IPs, coordinates, prices,
company/brand/product/drug/event/venue/school names (some named after people), pet names, room
names, street-like product names, job titles, department codes, password-policy text without a
password, key IDs and SSH fingerprints, placeholders (N/A, -, [redacted], XXX).

Structured (`structured(rows, seed)`): 12 tables, one per domain, 15-16 columns each, about half
PII columns and half look-alikes, rows drawn per row from a per-row person so that e-mails match
names. Header styles: snake_case, camelCase, PascalCase, UPPER_SNAKE, headers with spaces, dotted
JSON paths, abbreviations (`dnr_nm`), opaque (`c3`, `attr_12`, `f7`) and headers in Danish,
Norwegian, Finnish, Portuguese, Hungarian, German and French. Cells have blanks (None) and
placeholders at realistic rates and mixed formats within a column (name order and case, phone
and date styles). Hard columns: names under opaque headers, home-town columns, local-format DOB
columns, plaintext password columns, API-key columns; look-alike columns under PII-sounding
headers (email_verified, phoneType, nameOfProduct, ip_version, card_brand, Birth Year Bucket,
ADDRESS_TYPE, password_last_changed, ...). A column's entity is what its values are.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["free_text", "structured", "TEMPLATES", "TABLE_NAMES"]

P, E, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS",
    "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")
assert set((P, E, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY)) == set(LABELS)

_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"

_CC = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_CA": "CA", "en_IE": "IE", "en_NZ": "NZ", "en_IN": "IN",
       "da_DK": "DK", "no_NO": "NO", "fi_FI": "FI", "pt_PT": "PT", "ro_RO": "RO", "hu_HU": "HU", "tr_TR": "TR",
       "el_GR": "GR", "fr_BE": "BE", "fr_CH": "CH", "de_AT": "AT", "de_CH": "CH"}
_LOCALES = sorted(_CC)


def _dig(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chs(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------- places
_CITIES = {  # (town, postcode prefix or full postcode, region)
    "US": [("Austin", "787", "TX"), ("Columbus", "432", "OH"), ("Tacoma", "984", "WA"), ("Raleigh", "276", "NC"),
           ("Boise", "837", "ID"), ("Albany", "122", "NY"), ("Tucson", "857", "AZ"), ("Madison", "537", "WI"),
           ("Omaha", "681", "NE"), ("Savannah", "314", "GA"), ("Spokane", "992", "WA"), ("Dayton", "454", "OH")],
    "GB": [("Leeds", "LS", ""), ("Bristol", "BS", ""), ("Norwich", "NR", ""), ("Cardiff", "CF", ""), ("York", "YO", ""),
           ("Brighton", "BN", ""), ("Leicester", "LE", ""), ("Exeter", "EX", ""), ("Sheffield", "S", ""),
           ("Aberdeen", "AB", ""), ("Reading", "RG", ""), ("Stockport", "SK", "")],
    "AU": [("Ballarat", "3350", "VIC"), ("Geelong", "3220", "VIC"), ("Newcastle", "2300", "NSW"),
           ("Wollongong", "2500", "NSW"), ("Townsville", "4810", "QLD"), ("Hobart", "7000", "TAS"),
           ("Bendigo", "3550", "VIC"), ("Cairns", "4870", "QLD"), ("Fremantle", "6160", "WA"), ("Toowoomba", "4350", "QLD")],
    "CA": [("Halifax", "B3H", "NS"), ("Kelowna", "V1Y", "BC"), ("Saskatoon", "S7K", "SK"), ("Kingston", "K7L", "ON"),
           ("Moncton", "E1C", "NB"), ("Victoria", "V8W", "BC"), ("Sherbrooke", "J1H", "QC"), ("Red Deer", "T4N", "AB"),
           ("Guelph", "N1H", "ON"), ("Lethbridge", "T1J", "AB")],
    "IE": [("Galway", "H91", ""), ("Cork", "T12", ""), ("Limerick", "V94", ""), ("Waterford", "X91", ""),
           ("Sligo", "F91", ""), ("Kilkenny", "R95", ""), ("Athlone", "N37", ""), ("Dundalk", "A91", ""), ("Tralee", "V92", "")],
    "NZ": [("Hamilton", "3204", ""), ("Tauranga", "3110", ""), ("Dunedin", "9016", ""), ("Napier", "4110", ""),
           ("Nelson", "7010", ""), ("Palmerston North", "4410", ""), ("Rotorua", "3010", ""), ("Whangarei", "0110", ""),
           ("Invercargill", "9810", "")],
    "IN": [("Pune", "411", "Maharashtra"), ("Chennai", "600", "Tamil Nadu"), ("Bengaluru", "560", "Karnataka"),
           ("Kochi", "682", "Kerala"), ("Jaipur", "302", "Rajasthan"), ("Lucknow", "226", "Uttar Pradesh"),
           ("Indore", "452", "Madhya Pradesh"), ("Hyderabad", "500", "Telangana"), ("Nagpur", "440", "Maharashtra")],
    "DK": [("København", "2200", ""), ("Aarhus", "8000", ""), ("Odense", "5000", ""), ("Aalborg", "9000", ""),
           ("Esbjerg", "6700", ""), ("Randers", "8900", ""), ("Kolding", "6000", ""), ("Vejle", "7100", ""),
           ("Roskilde", "4000", ""), ("Herning", "7400", ""), ("Silkeborg", "8600", "")],
    "NO": [("Oslo", "0560", ""), ("Bergen", "5003", ""), ("Trondheim", "7010", ""), ("Stavanger", "4006", ""),
           ("Tromsø", "9008", ""), ("Drammen", "3015", ""), ("Kristiansand", "4610", ""), ("Bodø", "8006", ""),
           ("Ålesund", "6002", ""), ("Fredrikstad", "1606", ""), ("Hamar", "2317", "")],
    "FI": [("Helsinki", "00100", ""), ("Tampere", "33100", ""), ("Turku", "20100", ""), ("Oulu", "90100", ""),
           ("Espoo", "02100", ""), ("Jyväskylä", "40100", ""), ("Kuopio", "70100", ""), ("Lahti", "15110", ""),
           ("Vaasa", "65100", ""), ("Rovaniemi", "96100", ""), ("Joensuu", "80100", "")],
    "PT": [("Lisboa", "1000", ""), ("Porto", "4000", ""), ("Braga", "4700", ""), ("Coimbra", "3000", ""),
           ("Aveiro", "3800", ""), ("Faro", "8000", ""), ("Setúbal", "2900", ""), ("Viseu", "3500", ""),
           ("Évora", "7000", ""), ("Funchal", "9000", ""), ("Guimarães", "4800", "")],
    "RO": [("București", "010", ""), ("Cluj-Napoca", "400", ""), ("Iași", "700", ""), ("Timișoara", "300", ""),
           ("Brașov", "500", ""), ("Constanța", "900", ""), ("Sibiu", "550", ""), ("Oradea", "410", ""),
           ("Craiova", "200", ""), ("Suceava", "720", "")],
    "HU": [("Budapest", "1", ""), ("Debrecen", "4", ""), ("Szeged", "6", ""), ("Pécs", "7", ""), ("Győr", "9", ""),
           ("Miskolc", "3", ""), ("Eger", "3", ""), ("Sopron", "9", ""), ("Kecskemét", "6", ""), ("Veszprém", "8", "")],
    "TR": [("İstanbul", "34", "Kadıköy"), ("Ankara", "06", "Çankaya"), ("İzmir", "35", "Karşıyaka"),
           ("Bursa", "16", "Nilüfer"), ("Antalya", "07", "Muratpaşa"), ("Eskişehir", "26", "Tepebaşı"),
           ("Trabzon", "61", "Ortahisar"), ("Kayseri", "38", "Melikgazi"), ("Mersin", "33", "Yenişehir")],
    "GR": [("Αθήνα", "10", ""), ("Θεσσαλονίκη", "54", ""), ("Πάτρα", "26", ""), ("Ηράκλειο", "71", ""),
           ("Λάρισα", "41", ""), ("Βόλος", "38", ""), ("Ιωάννινα", "45", ""), ("Χανιά", "73", ""), ("Καλαμάτα", "24", "")],
    "BE": [("Bruxelles", "1000", ""), ("Liège", "4000", ""), ("Namur", "5000", ""), ("Charleroi", "6000", ""),
           ("Mons", "7000", ""), ("Louvain-la-Neuve", "1348", ""), ("Tournai", "7500", ""), ("Wavre", "1300", ""),
           ("Arlon", "6700", "")],
    "CH_fr": [("Lausanne", "1003", ""), ("Genève", "1201", ""), ("Neuchâtel", "2000", ""), ("Fribourg", "1700", ""),
              ("Sion", "1950", ""), ("Yverdon-les-Bains", "1400", ""), ("Montreux", "1820", ""), ("Delémont", "2800", "")],
    "CH_de": [("Zürich", "8004", ""), ("Bern", "3011", ""), ("Basel", "4051", ""), ("Luzern", "6003", ""),
              ("St. Gallen", "9000", ""), ("Winterthur", "8400", ""), ("Zug", "6300", ""), ("Thun", "3600", ""),
              ("Chur", "7000", "")],
    "AT": [("Wien", "1", ""), ("Graz", "8010", ""), ("Linz", "4020", ""), ("Salzburg", "5020", ""),
           ("Innsbruck", "6020", ""), ("Klagenfurt", "9020", ""), ("Villach", "9500", ""), ("Wels", "4600", ""),
           ("St. Pölten", "3100", ""), ("Dornbirn", "6850", "")],
}
_STREETS = {
    "TR": ["Atatürk Caddesi", "Bağdat Caddesi", "Cumhuriyet Caddesi", "İnönü Sokak", "Gazi Mustafa Kemal Bulvarı",
           "Fevzi Çakmak Sokak", "Menekşe Sokak", "Lale Sokak", "Kazım Karabekir Caddesi", "Hürriyet Caddesi",
           "Gül Sokak", "Barbaros Bulvarı"],
    "BE": ["Rue de la Loi", "Avenue Louise", "Rue Saint-Gilles", "Chaussée de Waterloo", "Rue des Minimes",
           "Boulevard d'Avroy", "Rue de Fer", "Rue Haute", "Avenue des Combattants", "Rue du Pont", "Rue de Namur"],
    "RO": ["Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Republicii", "Calea Victoriei", "Strada Avram Iancu",
           "Bulevardul Independenței", "Strada Lalelelor", "Strada Ion Creangă", "Aleea Trandafirilor",
           "Strada Mărășești", "Strada Horea"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Rua Direita",
           "Avenida Fernão de Magalhães", "Rua Dr. António Granjo", "Travessa do Fala-Só", "Rua das Flores",
           "Avenida da República", "Rua Miguel Bombarda"],
}
_GR_LAT = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
           "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
           "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}


def _greeklish(s: str) -> str:
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
    out, i = [], 0
    while i < len(s):
        pair = s[i:i + 2]
        if pair.lower() in ("ου", "αι", "ει", "οι", "μπ", "ντ"):
            rep = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "b" if i == 0 or not s[i - 1].isalpha() else "mp",
                   "ντ": "nt"}[pair.lower()]
            out.append(rep.capitalize() if pair[0].isupper() else rep)
            i += 2
            continue
        ch = s[i]
        low = ch.lower()
        if low in _GR_LAT:
            rep = _GR_LAT[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_FOLD = {"ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "Ø": "O", "Æ": "AE"}


def _ascii(s: str) -> str:
    if any("\u0370" <= ch <= "\u03ff" for ch in s):
        s = _greeklish(s)
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-"))


# --------------------------------------------------------------------------- dates
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
           "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
}


def _rdate(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - start).days + 1))


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _fmt_num(c: "Ctx", d: dt.date) -> str:
    r, cc = c.rng, c.cc
    D, M, Y = d.day, d.month, d.year
    if cc == "US":
        return r.choice([f"{M:02}/{D:02}/{Y}", f"{M}/{D}/{Y}", f"{M:02}-{D:02}-{Y}"])
    if cc in ("GB", "IE", "AU", "NZ"):
        return r.choice([f"{D:02}/{M:02}/{Y}", f"{D}/{M}/{Y}", f"{D:02}.{M:02}.{Y}"])
    if cc == "IN":
        return r.choice([f"{D:02}-{M:02}-{Y}", f"{D:02}/{M:02}/{Y}"])
    if cc == "CA":
        return r.choice([f"{Y}-{M:02}-{D:02}", f"{D:02}/{M:02}/{Y}"])
    if cc == "FI":
        return r.choice([f"{D}.{M}.{Y}", f"{D:02}.{M:02}.{Y}"])
    if cc == "HU":
        return r.choice([f"{Y}.{M:02}.{D:02}.", f"{Y}. {M:02}. {D:02}."])
    if cc == "DK":
        return r.choice([f"{D:02}.{M:02}.{Y}", f"{D:02}-{M:02}-{Y}", f"{D}/{M} {Y}"])
    if cc in ("PT", "GR", "BE"):
        return r.choice([f"{D:02}/{M:02}/{Y}", f"{D}/{M}/{Y}"] if cc == "GR" else [f"{D:02}/{M:02}/{Y}", f"{D:02}-{M:02}-{Y}"])
    return r.choice([f"{D:02}.{M:02}.{Y}", f"{D}.{M}.{Y}"])  # NO RO TR CH AT


def _fmt_words(c: "Ctx", d: dt.date) -> str:
    lang, cc = c.lang, c.cc
    D, Y = d.day, d.year
    m = _MONTHS[lang][d.month - 1]
    if lang == "en":
        if cc == "US":
            return f"{m} {D}, {Y}"
        return c.rng.choice([f"{D} {m} {Y}", f"{_ord(D)} {m} {Y}", f"{_ord(D)} of {m} {Y}"])
    if lang in ("da", "no", "fi"):
        return f"{D}. {m} {Y}"
    if lang == "de":
        if cc == "AT" and d.month == 1:
            m = "Jänner"
        return f"{D}. {m} {Y}"
    if lang == "pt":
        return f"{D} de {m} de {Y}"
    if lang == "hu":
        return f"{Y}. {m} {D}."
    if lang == "fr":
        return f"{'1er' if D == 1 else D} {m} {Y}"
    if lang == "el":
        return f"{D} {_greeklish(m) if c.latin else m} {Y}"
    return f"{D} {m} {Y}"  # ro tr


# --------------------------------------------------------------------------- phones
_US_AREAS = ["212", "312", "415", "512", "614", "206", "253", "919", "208", "518", "520", "608", "402", "912", "509",
             "937", "303", "617", "704", "971"]
_CA_AREAS = ["902", "250", "306", "613", "506", "778", "819", "403", "519", "587", "416", "604"]
_MOB_FIRST = {"GB": "7", "AU": "4", "IE": "8", "NZ": "2", "IN": "6789", "DK": "2345", "NO": "49", "FI": "45", "PT": "9",
              "RO": "7", "HU": "237", "TR": "5", "GR": "6", "BE": "4", "CH": "7", "AT": "6"}


def _phone_obj(rng: random.Random, region: str, mobile: bool = True):
    if region in ("US", "CA"):
        areas = _US_AREAS if region == "US" else _CA_AREAS
        for _ in range(200):
            cand = rng.choice(areas) + rng.choice("23456789") + _dig(rng, 2) + _dig(rng, 4)
            if cand[3:6] == "555":
                continue
            n = phonenumbers.parse("+1" + cand)
            if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
                return n
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = phonenumbers.national_significant_number(ex)
    ok = (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    for _ in range(400):
        first = rng.choice(_MOB_FIRST[region]) if mobile else nsn[0]
        cand = first + _dig(rng, len(nsn) - 1)
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in ok:
            return n
    return ex


def _phone_fmt(rng: random.Random, n, style: str) -> str:
    F = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(n, F.NATIONAL)
    intl = phonenumbers.format_number(n, F.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, F.E164)
    region = phonenumbers.region_code_for_number(n)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "any":
        style = rng.choice(["nat", "intl", "e164", "dash", "dot", "compact", "00", "paren0"])
        if style in ("nat", "intl", "e164"):
            return _phone_fmt(rng, n, style)
    if style == "dash":
        return intl.replace(" ", "-") if rng.random() < 0.5 else nat.replace(" ", "-").replace("(", "").replace(")", "")
    if style == "dot":
        return re.sub(r"[\s\-()]+", ".", nat).strip(".")
    if style == "compact":
        return re.sub(r"[\s\-()]", "", nat)
    if style == "00":
        return "00" + intl[1:]
    if style == "paren0" and region in ("GB", "AT", "CH", "IE", "AU", "NZ"):
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    return intl


# --------------------------------------------------------------------------- finance / secrets
def _iban(rng: random.Random, cc: str) -> str:
    if cc in ("DE", "AT", "GB", "IE", "CH", "DK", "BE", "PT", "FR", "NL", "ES", "IT"):
        return _iban_of(rng, cc)
    if cc == "NO":
        bban = _dig(rng, 11)
    elif cc == "FI":
        bban = _dig(rng, 14)
    elif cc == "HU":
        bban = _dig(rng, 24)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "CECE", "RZBR"]) + _dig(rng, 16)
    elif cc == "TR":
        bban = _dig(rng, 5) + "0" + _dig(rng, 16)
    elif cc == "GR":
        bban = rng.choice(["011", "014", "017", "026"]) + _dig(rng, 4) + _dig(rng, 16)
    else:
        raise ValueError(cc)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


_IBAN_CC = {"US": "GB", "AU": "GB", "CA": "GB", "NZ": "GB", "IN": "GB"}


def _card(rng: random.Random, cc: str) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "troy" if cc == "TR" else "visa"])
    if brand == "amex":
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
        sep = rng.choice([" ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]])
    pre = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55"]), "mc2": rng.choice(["2221", "2300", "2720"]),
           "troy": "9792"}[brand]
    num = _luhn(rng, pre, 16)
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _routing(rng: random.Random) -> str:
    while True:
        d = [int(x) for x in rng.choice(["0", "1", "2", "3"]) + _dig(rng, 7)]
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(a * b for a, b in zip(d, w))
        chk = (10 - s % 10) % 10
        out = "".join(map(str, d)) + str(chk)
        if out[:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23", "24",
                       "25", "26", "27", "28", "29", "30", "31", "32"):
            return out


def _key(rng: random.Random, vendor: str | None = None) -> str:
    v = vendor or rng.choice(["stripe", "gh", "google", "slack", "sendgrid", "openai", "mailgun", "gitlab"])
    if v == "stripe":
        return "sk_live_" + _chs(rng, rng.choice([24, 34, 99]))
    if v == "gh":
        return "ghp_" + _chs(rng, 36)
    if v == "google":
        return "AIza" + _chs(rng, 35, _ALNUM + "-_")
    if v == "slack":
        return f"xoxb-{_dig(rng, 12)}-{_dig(rng, 13)}-{_chs(rng, 24)}"
    if v == "sendgrid":
        return "SG." + _chs(rng, 22, _ALNUM + "-_") + "." + _chs(rng, 43, _ALNUM + "-_")
    if v == "openai":
        return "sk-proj-" + _chs(rng, 48, _ALNUM + "-_")
    if v == "mailgun":
        return "key-" + _chs(rng, 32, _HEX)
    return "glpat-" + _chs(rng, 20, _ALNUM + "-_")


_PW_WORDS = {
    "en": ["Summer", "Sunshine", "Liverpool", "Dragon", "Welcome", "Brisbane", "Rugby", "Toffee", "Kiwi", "Maple"],
    "da": ["Sommer", "Hygge", "Kanelsnegl", "Brondby", "Fodbold"], "no": ["Sommer", "Fjellet", "Brunost", "Rosenborg"],
    "fi": ["Kesa", "Sisu", "Mokki", "Sauna", "Jatkot"], "pt": ["Benfica", "Saudade", "Pastel", "Sporting"],
    "ro": ["Primavara", "Dacia", "Steaua", "Soricel"], "hu": ["Tavasz", "Ferencvaros", "Cica", "Napsugar"],
    "tr": ["Galatasaray", "Kartal", "Fenerbahce", "Bahar"], "el": ["Olympiakos", "Kalimera", "Thalassa", "Panathinaikos"],
    "fr": ["Soleil", "Bonjour", "Chocolat", "Marmotte"], "de": ["Schatzi", "Sommer", "Edelweiss", "Servus", "Bergluft"],
}


def _pw(c: "Ctx") -> str:
    r = c.rng
    words = _PW_WORDS[c.lang] + _PW_WORDS["en"][:3]
    s = r.randrange(6)
    if s == 0:
        return r.choice(words) + str(r.randint(1975, 2026)) + r.choice("!#?$*.")
    if s == 1:
        return _chs(r, r.randint(10, 16), _ALNUM + "!@#$%&*?")
    if s == 2:
        return "-".join(r.choice(words).lower() for _ in range(3)) + "-" + _dig(r, 2)
    if s == 3:
        return r.choice(_PETS) + _dig(r, r.choice([2, 4])) + r.choice(["", "!", "@"])
    if s == 4:
        w = r.choice(words)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + "#" + _dig(r, 3)
    return _chs(r, 4, string.ascii_uppercase) + _dig(r, 4) + _chs(r, 4, string.ascii_lowercase) + r.choice("!%&")


# --------------------------------------------------------------------------- look-alike pools
_PETS = ["Bella", "Max", "Luna", "Charlie", "Molly", "Oscar", "Milo", "Daisy", "Rocky", "Nala", "Simba", "Tiger",
         "Lucky", "Kiki", "Bamse", "Fido", "Pixie", "Loki", "Zeus", "Mia", "Findus", "Karamel", "Pamuk", "Bruno"]
_SPECIES = ["dog", "cat", "rabbit", "guinea pig", "hund", "kat", "katt", "kanin", "budgie", "ferret"]
_CARS = ["Toyota Corolla", "VW Golf", "Škoda Octavia", "Tesla Model 3", "Fiat 500", "Renault Clio", "Kia Niro",
         "Volvo XC40", "Ford Focus", "Dacia Duster", "Peugeot 208", "Hyundai i20", "Toyota RAV4", "Opel Corsa"]
_DRUGS = {"vet": ["Metacam", "Bravecto", "Apoquel", "Simparica", "Rimadyl", "Cytopoint", "Frontline", "Milbemax"],
          "dental": ["Septanest", "Duraphat", "Corsodyl", "Ibuprofen", "Amoxicillin", "Xylocaine", "Paracetamol"]}
_BIZ = {
    "vet": ["Fjordvet Dyreklinik", "AniCura", "Evidensia", "Blue Cross Vets", "Vetlife Clinic", "PawCare Veterinary",
            "Tierklinik Donaustadt", "Dyrehospitalet Nord"],
    "car": ["Sixt", "Hertz", "Europcar", "Avis", "Enterprise", "Budget", "Green Motion", "Garenta", "Guerin"],
    "hotel": ["Hotel Bellevue", "Scandic Havet", "Grand Hotel Riviera", "The Harbour Inn", "Hotel Astoria",
              "Mercure Centre", "Hotel Alpenblick", "Lemon Tree Suites"],
    "ins": ["Tryg", "Gjensidige", "If Vakuutus", "Fidelidade", "Allianz", "Zurich Versicherung", "Groupama",
            "Aviva", "Intact", "Allstate", "Helvetia"],
    "tel": ["Telia", "Telenor", "Elisa", "Vodafone", "Turkcell", "Cosmote", "Swisscom", "Three", "Telstra", "Eir"],
    "uni": ["Northfield University", "University of Kingsbridge", "Universidade do Minho", "NTNU", "Lakehead College"],
    "charity": ["Red Cross", "Save the Children", "Médecins Sans Frontières", "UNICEF", "Oxfam", "WWF",
                "Salvation Army", "Habitat for Humanity", "Crucea Roșie"],
    "gym": ["SATS", "Fitness24Seven", "PureGym", "Anytime Fitness", "McFit", "Elixia", "Holmes Place", "Basic-Fit",
            "FitX", "John Reed Fitness"],
    "muni": ["FKF@hu", "Hulladékgazdálkodási Központ@hu", "Teknik og Miljø@da", "Parkering & Vej@da", "City Services@en",
             "Waste & Recycling@en", "Entsorgung + Recycling@de", "Tiefbauamt Parkierung@de"],
    "ride": ["Bolt", "Uber", "BiTaksi", "FreeNow", "Ola", "Lyft", "Beat", "Yango"],
    "dental": ["Tannlegesenteret@no", "Tannhelse Sentrum@no", "Clinique Dentaire du Lac@fr", "Cabinet Dentaire des Alpes@fr",
               "Smile Dental Care@en", "Hammaslääkärikeskus Hymy@fi", "Bright Smile Dental@en", "Cork Dental Studio@en",
               "Zahnarztpraxis am Ring@de"],
    "hr": ["Nordlys AS", "Acme Logistics", "Contoso Ltd", "Fabrikam Inc.", "Dunder Mifflin", "Hooli", "Initech",
           "Globex Corporation"],
}
_MAILDOM = {"vet": "vetclinic", "car": "rentacar", "hotel": "hotel", "ins": "claims", "tel": "mobil",
            "uni": "admissions", "charity": "giving", "gym": "fitclub", "muni": "kommune", "ride": "rides",
            "dental": "dental", "hr": "people"}
_TLD = {"US": "com", "GB": "co.uk", "AU": "com.au", "CA": "ca", "IE": "ie", "NZ": "co.nz", "IN": "in", "DK": "dk",
        "NO": "no", "FI": "fi", "PT": "pt", "RO": "ro", "HU": "hu", "TR": "com.tr", "GR": "gr", "BE": "be",
        "CH": "ch", "AT": "at"}
_ISP = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
        "GB": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
        "CA": ["gmail.com", "rogers.com", "shaw.ca"], "IE": ["eircom.net", "gmail.com", "hotmail.com"],
        "NZ": ["xtra.co.nz", "gmail.com"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
        "DK": ["gmail.com", "hotmail.dk", "live.dk", "mail.dk"], "NO": ["online.no", "gmail.com", "hotmail.no"],
        "FI": ["gmail.com", "luukku.com", "outlook.com"], "PT": ["sapo.pt", "gmail.com", "hotmail.com"],
        "RO": ["yahoo.ro", "gmail.com"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"],
        "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "GR": ["gmail.com", "yahoo.gr", "otenet.gr"],
        "BE": ["skynet.be", "telenet.be", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
        "AT": ["gmx.at", "aon.at", "chello.at"]}
_EVENTS = ["Winter Appeal 2026", "Run for Hope", "Christmas Lights Gala", "Spring Fundraiser", "Movember",
           "Giving Tuesday", "Sleep Out 2026", "Harbour Swim"]
_VENUES = ["Hilton Garden Inn", "Marriott Marquis", "Leela Palace ballroom", "Taj Lands End", "ITC Grand Chola",
           "Royal Albert Hall", "Savoy Ballroom"]
_ROOMS = ["Birch", "Aurora", "Fjell", "Consult 3", "Studio Blue", "Treatment Room 2", "Lotus", "Maple", "Room B",
          "Nordlys", "Studio 1"]
_BRANDP = ["Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Ben & Jerry's", "Tim Hortons",
           "Marks & Spencer", "Johnnie Walker", "Dr. Martens", "Jack Wolfskin", "Marc O'Polo", "Paul Smith"]
_STREETPROD = ["Abbey Road", "Penny Lane", "Park Avenue", "Baker Street", "Sunset Boulevard", "Wall Street",
               "Mulholland Drive", "Carnaby Street", "Bourbon Street", "Oxford Street"]
_PRODUCTS = ["Samsung Galaxy A55", "iPhone 15", "Google Pixel 8a", "Fairphone 5", "Dell Latitude 5440",
             "Lenovo ThinkPad T14", "Garmin Forerunner 265", "Nokia G42", "Xiaomi Redmi Note 13"]
_SCHOOLS = ["Lincoln High School", "Westview High School", "Jefferson Academy", "Lakeside Prep",
            "Roosevelt High School", "Kennedy Collegiate"]
_COUNTRIES = ["Spain", "Portugal", "Canada", "Thailand", "Germany", "Japan", "Australia", "Greece", "Italy",
              "Vietnam", "Mexico", "Norway", "Scotland", "Fiji"]
_PLACEHOLDERS = ["N/A", "-", "[redacted]", "XXX", "n/a", "***", "unknown"]
_CUR = {"US": ("$", ""), "CA": ("CA$", ""), "AU": ("A$", ""), "NZ": ("NZ$", ""), "GB": ("£", ""), "IE": ("€", ""),
        "IN": ("₹", ""), "DK": ("", " kr."), "NO": ("kr ", ""), "FI": ("", " €"), "PT": ("", " €"), "RO": ("", " lei"),
        "HU": ("", " Ft"), "TR": ("", " TL"), "GR": ("", " €"), "BE": ("", " €"), "CH": ("CHF ", ""), "AT": ("€ ", "")}


def _price(c: "Ctx") -> str:
    pre, suf = _CUR[c.cc]
    amt = c.rng.randint(5, 2500) if c.cc not in ("HU", "IN") else c.rng.randint(900, 95000)
    cents = c.rng.choice(["00", "50", "90", "95", "99", "25"])
    if c.cc in ("US", "CA", "AU", "NZ", "GB", "IE", "IN", "CH"):
        return f"{pre}{amt:,}.{cents}{suf}"
    if c.cc == "HU":
        return f"{amt:,}".replace(",", " ") + suf
    return f"{pre}{amt:,}".replace(",", ".") + f",{cents}{suf}"


def _privip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       "127.0.0.1", f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}", "::1"])


def _ts(rng: random.Random) -> str:
    d = _rdate(rng, 2025, 2026)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([f"{d.isoformat()}T{h:02}:{m:02}:{s:02}Z", f"{d.isoformat()} {h:02}:{m:02}:{s:02}",
                       f"{d.isoformat()}T{h:02}:{m:02}:{s:02}.{rng.randint(0, 999):03}+01:00"])


def _clf(rng: random.Random) -> str:
    d = _rdate(rng, 2025, 2026)
    mon = _MONTHS["en"][d.month - 1][:3]
    return f"{d.day:02}/{mon}/{d.year}:{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:{rng.randint(0, 59):02} +0000"


# --------------------------------------------------------------------------- per-text context
class Ctx:
    def __init__(self, rng: random.Random, fakers: dict, loc: str, dom: str, lower: bool = False, latin: bool = False):
        self.rng, self.fk, self.loc, self.dom, self.lower, self.latin = rng, fakers[loc], loc, dom, lower, latin
        self.cc = _CC[loc]
        self.lang = loc[:2]
        self.cache: dict = {}
        self.people: dict = {}

    def tr(self, s: str) -> str:
        return _greeklish(s) if self.latin else s

    def person(self, i: int) -> tuple[str, str]:
        if i not in self.people:
            first, last = self.fk.first_name(), self.fk.last_name()
            self.people[i] = (self.tr(first).strip(), self.tr(last).strip())
        return self.people[i]

    def town(self, i: int):
        key = ("__town", i)
        if key not in self.cache:
            pool = _CITIES[self.cc if self.cc != "CH" else ("CH_fr" if self.lang == "fr" else "CH_de")]
            self.cache[key] = self.rng.choice(pool)
        return self.cache[key]

    def get(self, kind: str, i: int = 1) -> str:
        key = (kind, i)
        if key not in self.cache:
            v = KINDS[kind][1](self, i).strip()
            if self.lower:
                v = v.lower()
            self.cache[key] = v
        return self.cache[key]


def _full(c: Ctx, i: int) -> str:
    f, l = c.person(i)
    return f"{l} {f}" if c.cc == "HU" else f"{f} {l}"


def _email(c: Ctx, i: int) -> str:
    f, l = (_ascii(x).lower() for x in c.person(i))
    f, l = f or "info", l or "mail"
    r = c.rng
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}",
                      f"{f}{r.randint(70, 99)}", f"{f}.{l[0]}"])
    return f"{local}@{r.choice(_ISP[c.cc])}"


def _biz(c: Ctx, i: int) -> str:
    pool = _BIZ[c.dom]
    own = [b for b in pool if "@" in b and c.lang in b.split("@")[1].split(",")]
    anyl = [b for b in pool if "@" not in b]
    return c.rng.choice(own or anyl or pool).split("@")[0]


def _wemail(c: Ctx, i: int) -> str:
    f, l = (_ascii(x).lower() for x in c.person(i))
    local = c.rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}"])
    stem = _ascii(c.get("biz", 1)).lower()[:22] or _MAILDOM[c.dom]
    return f"{local}@{stem}.{_TLD[c.cc]}"


def _street_line(c: Ctx, i: int) -> str:
    r, cc, fk = c.rng, c.cc, c.fk
    no = r.randint(1, 140)
    if cc in ("US", "CA"):
        return f"{r.randint(12, 9899)} {fk.street_name()}" + r.choice(["", "", f", Apt {r.randint(1, 40)}", f" Unit {r.randint(1, 12)}"])
    if cc in ("GB", "IE", "NZ"):
        return r.choice(["", "", f"Flat {r.randint(1, 30)}, "]) + f"{no} {fk.street_name()}"
    if cc == "AU":
        return r.choice(["", "", f"Unit {r.randint(1, 30)}/"]) + f"{no} {fk.street_name()}"
    if cc == "IN":
        return f"{r.choice(['H.No.', 'Flat', 'Plot No.'])} {r.randint(1, 999)}, {fk.street_name()}"
    if cc == "TR":
        return f"{r.choice(_STREETS['TR'])} No: {no}" + r.choice(["", f" D: {r.randint(1, 20)}", f"/{r.randint(1, 12)}"])
    if cc == "BE":
        return f"{r.choice(_STREETS['BE'])} {no}" + r.choice(["", f" bte {r.randint(1, 9)}"])
    if cc == "RO":
        return f"{r.choice(_STREETS['RO'])} nr. {no}" + r.choice(["", f", bl. {r.randint(1, 40)}, ap. {r.randint(1, 80)}"])
    if cc == "PT":
        return f"{r.choice(_STREETS['PT'])}, {no}" + r.choice(["", f", {r.randint(1, 8)}º Esq.", f", {r.randint(1, 8)}º Dto."])
    if cc == "HU":
        return f"{fk.street_name()} {no}." + r.choice(["", f" {r.randint(1, 6)}/{r.randint(1, 20)}."])
    if cc == "AT":
        return f"{fk.street_name()} {no}" + r.choice(["", f"/{r.randint(1, 9)}/{r.randint(1, 30)}"])
    if cc == "FI":
        return f"{fk.street_name()} {no}" + r.choice(["", f" {r.choice('ABC')} {r.randint(1, 40)}"])
    if cc == "GR":
        return c.tr(f"{fk.street_name()} {no}")
    if cc == "DK":
        return f"{fk.street_name()} {no}" + r.choice(["", f", {r.randint(1, 5)}. tv.", f", st. th."])
    return f"{fk.street_name()} {no}"  # NO CH


def _postcode(c: Ctx, i: int) -> str:
    town, pc, reg = c.town(i)
    r, cc = c.rng, c.cc
    if cc == "US":
        return f"{reg} {pc}{_dig(r, 2)}"
    if cc == "GB":
        return f"{pc}{r.randint(1, 20)} {r.randint(1, 9)}{_chs(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "CA":
        return f"{reg} {pc} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
    if cc == "AU":
        return f"{reg} {pc}"
    if cc == "IE":
        return f"{pc} {_chs(r, 1, 'ACDEFHKNPRTVWXY')}{_dig(r, 2)}{_chs(r, 1, 'ACDEFHKNPRTVWXY')}"
    if cc == "IN":
        return f"{pc}{_dig(r, 3)}"
    if cc == "RO":
        return f"{pc}{_dig(r, 3)}"
    if cc == "HU":
        return f"{pc}{_dig(r, 3)}" if len(pc) == 1 else pc
    if cc == "TR":
        return f"{pc}{_dig(r, 3)}"
    if cc == "GR":
        return f"{pc}{r.randint(0, 9)} {_dig(r, 2)}"
    if cc == "AT" and pc == "1":
        return f"1{r.randint(1, 23):02d}0"
    if cc == "PT":
        return f"{pc[:2]}{_dig(r, 2)}-{_dig(r, 3)}"
    return pc


def _addr(c: Ctx, i: int, nl: bool = False) -> str:
    st = _street_line(c, i)
    town, pc, reg = c.town(i)
    town = c.tr(town)
    code = _postcode(c, i)
    cc = c.cc
    sep = "\n" if nl else ", "
    if cc == "US":
        return f"{st}{sep}{town}, {code}"
    if cc == "GB":
        return f"{st}{sep}{town}{sep}{code}"
    if cc in ("CA", "AU"):
        return f"{st}{sep}{town} {code}" if cc == "AU" else f"{st}{sep}{town}, {code}"
    if cc == "IE":
        return f"{st}{sep}{town}{sep}{code}"
    if cc == "NZ":
        return f"{st}{sep}{town} {code}"
    if cc == "IN":
        return f"{st}{sep}{town} - {code}"
    if cc == "HU":
        return f"{code} {town}{sep}{st}"
    if cc == "TR":
        dist = town_d = reg
        return f"{st}{sep}{code} {dist}/{town}"
    if cc == "RO":
        return f"{st}{sep}{code} {town}" + ("" if nl else c.rng.choice(["", ", jud. " + town if town != "București" else ""]))
    if cc == "CH":
        return f"{st}{sep}{'CH-' if c.rng.random() < 0.2 else ''}{code} {town}"
    if cc == "AT":
        return f"{st}{sep}{'A-' if c.rng.random() < 0.15 else ''}{code} {town}"
    if cc == "DK":
        return f"{st}{sep}{'DK-' if c.rng.random() < 0.1 else ''}{code} {town}"
    return f"{st}{sep}{code} {town}"


def _chip(c: Ctx, i: int) -> str:
    return c.rng.choice(["985", "900", "208", "578", "246"]) + c.rng.choice(["", " "]) + _dig(c.rng, 12)


def _imei(c: Ctx, i: int) -> str:
    return _luhn(c.rng, c.rng.choice(["35", "86", "01"]), 15)


def _masked(c: Ctx, i: int) -> str:
    l4 = _dig(c.rng, 4)
    return c.rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                         f"{_luhn(c.rng, '4', 16)[:6]}******{l4}"])


def _ver(c: Ctx, i: int) -> str:
    r = c.rng
    return r.choice([f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                     f"{r.randint(2, 8)}.{r.randint(0, 9)}.{r.randint(0, 40)}-rc{r.randint(1, 4)}",
                     f"{r.randint(20, 26)}.{r.randint(1, 12)}.{r.randint(0, 3)}"])


def _verip(c: Ctx, i: int) -> str:
    r = c.rng
    return f"{r.choice([1, 2, 3, 4, 5, 6, 7, 10, 11, 15, 16])}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(1, 250)}"


def _loyalty(c: Ctx, i: int) -> str:
    num = _luhn(c.rng, c.rng.choice(["7", "9", "8"]) + _dig(c.rng, 2), c.rng.choice([16, 19]))
    return c.rng.choice([num, " ".join(num[k:k + 4] for k in range(0, len(num), 4))])


def _coord(c: Ctx, i: int) -> str:
    r = c.rng
    lat, lon = r.uniform(35, 70), r.uniform(-10, 30)
    if c.cc in ("US", "CA"):
        lat, lon = r.uniform(25, 55), r.uniform(-125, -65)
    if c.cc == "IN":
        lat, lon = r.uniform(9, 28), r.uniform(72, 88)
    return r.choice([f"{lat:.5f}, {lon:.5f}", f"{lat:.6f},{lon:.6f}"])


def _fp(c: Ctx, i: int) -> str:
    if c.rng.random() < 0.5:
        return "SHA256:" + _chs(c.rng, 43, _ALNUM + "+/")
    return ":".join(_chs(c.rng, 2, _HEX) for _ in range(16))


def _kid(c: Ctx, i: int) -> str:
    return c.rng.choice([f"rsa-{c.rng.randint(2023, 2026)}-{c.rng.randint(1, 12):02d}", f"kid_{_chs(c.rng, 8, _HEX)}",
                         f"key-{_dig(c.rng, 3)}-prod"])


def _phone_sp(c: Ctx, i: int) -> str:
    n = _phone_obj(c.rng, c.cc)
    nat = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\s+", " ", re.sub(r"[()\-]", " ", nat)).strip()


def _dob_date(c: Ctx) -> dt.date:
    return _rdate(c.rng, 1998, 2008) if c.dom == "uni" else _rdate(c.rng, 1941, 2006)


def _dob_mix(c: Ctx, i: int) -> str:
    d = _dob_date(c)
    x = c.rng.random()
    return _fmt_num(c, d) if x < 0.6 else _fmt_words(c, d) if x < 0.8 else d.isoformat()


def _name_mix(c: Ctx, i: int) -> str:
    f, l = c.person(i)
    x = c.rng.random()
    if x < 0.5:
        return _full(c, i)
    if x < 0.7:
        return f"{l.upper()}, {f}"
    if x < 0.85:
        return f"{l}, {f}"
    return _full(c, i).lower() if c.rng.random() < 0.5 else _full(c, i).upper()


K = {
    # PII
    "name": (P, _full),
    "first": (P, lambda c, i: c.person(i)[0]),
    "last": (P, lambda c, i: c.person(i)[1]),
    "rname": (P, lambda c, i: f"{c.person(i)[1]}, {c.person(i)[0]}"),
    "iname": (P, lambda c, i: f"{c.person(i)[0][0]}. {c.person(i)[1]}"),
    "uname": (P, lambda c, i: _full(c, i).upper()),
    "name_mix": (P, _name_mix),
    "email": (E, _email),
    "wemail": (E, _wemail),
    "phone": (PH, lambda c, i: _phone_fmt(c.rng, _phone_obj(c.rng, c.cc, c.rng.random() < 0.85), "nat")),
    "phonei": (PH, lambda c, i: _phone_fmt(c.rng, _phone_obj(c.rng, c.cc), c.rng.choice(["intl", "intl", "dash", "00", "paren0"]))),
    "phonex": (PH, lambda c, i: _phone_fmt(c.rng, _phone_obj(c.rng, c.cc, c.rng.random() < 0.8), "any")),
    "e164": (PH, lambda c, i: _phone_fmt(c.rng, _phone_obj(c.rng, c.cc), "e164")),
    "phone_sp": (PH, _phone_sp),
    "addr": (ADDR, lambda c, i: _addr(c, i)),
    "addrnl": (ADDR, lambda c, i: _addr(c, i, nl=True)),
    "street": (ADDR, _street_line),
    "city": (LOC, lambda c, i: c.tr(c.rng.choice(_CITIES[c.cc if c.cc != "CH" else ("CH_fr" if c.lang == "fr" else "CH_de")])[0])),
    "country": (LOC, lambda c, i: c.rng.choice(_COUNTRIES)),
    "dob": (DOB, lambda c, i: _fmt_num(c, _dob_date(c))),
    "dobw": (DOB, lambda c, i: _fmt_words(c, _dob_date(c))),
    "dobiso": (DOB, lambda c, i: _dob_date(c).isoformat()),
    "dob_mix": (DOB, _dob_mix),
    "iban": (IBAN, lambda c, i: (lambda s: s if c.rng.random() < 0.45 else " ".join(s[k:k + 4] for k in range(0, len(s), 4)))(
        _iban(c.rng, _IBAN_CC.get(c.cc, c.cc)))),
    "card": (CC, lambda c, i: _card(c.rng, c.cc)),
    "card_amex": (CC, lambda c, i: (lambda n: f"{n[:4]} {n[4:10]} {n[10:]}")(_luhn(c.rng, "37", 15))),
    "ssn": (SSN, lambda c, i: _ssn(c.rng)),
    "bank": (BANK, lambda c, i: _dig(c.rng, c.rng.choice([8, 9, 10, 10, 11, 12, 12, 14, 17])).lstrip("0").rjust(8, "1")),
    "ip4": (IP, lambda c, i: _ip_public_v4(c.rng)),
    "ip6": (IP, lambda c, i: _ip_public_v6(c.rng)),
    "ipx": (IP, lambda c, i: _ip_public_v4(c.rng) if c.rng.random() < 0.65 else _ip_public_v6(c.rng)),
    "pw": (PW, lambda c, i: _pw(c)),
    "key": (KEY, lambda c, i: _key(c.rng)),
    "key_gh": (KEY, lambda c, i: _key(c.rng, "gh")),
    "key_google": (KEY, lambda c, i: _key(c.rng, "google")),
    "key_stripe": (KEY, lambda c, i: _key(c.rng, "stripe")),
    # look-alikes
    "order": (None, lambda c, i: c.rng.choice([f"#{_dig(c.rng, 8)}", f"ORD-{_dig(c.rng, 6)}", f"{_dig(c.rng, 3)}-{_dig(c.rng, 7)}",
                                               f"A{_dig(c.rng, 9)}"])),
    "ticket": (None, lambda c, i: c.rng.choice([f"INC{_dig(c.rng, 7)}", f"TKT-{_dig(c.rng, 5)}", f"{_dig(c.rng, 6)}",
                                                f"CS-{c.rng.randint(2025, 2026)}-{_dig(c.rng, 5)}"])),
    "inv": (None, lambda c, i: c.rng.choice([f"INV-{c.rng.randint(2025, 2026)}-{_dig(c.rng, 6)}", f"F{_dig(c.rng, 8)}",
                                             f"{_dig(c.rng, 4)}/{c.rng.randint(2025, 2026)}", f"RE-{_dig(c.rng, 7)}"])),
    "book": (None, lambda c, i: _chs(c.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
    "policy": (None, lambda c, i: c.rng.choice([f"POL-{c.cc}-{_dig(c.rng, 7)}", f"{_dig(c.rng, 3)}.{_dig(c.rng, 3)}.{_dig(c.rng, 3)}",
                                                f"P{_dig(c.rng, 10)}"])),
    "claim": (None, lambda c, i: c.rng.choice([f"CLM/{c.rng.randint(2025, 2026)}/{_dig(c.rng, 6)}", f"SK-{_dig(c.rng, 8)}",
                                               f"{_dig(c.rng, 2)}-{_dig(c.rng, 6)}-{_dig(c.rng, 2)}"])),
    "member": (None, lambda c, i: c.rng.choice([f"M{_dig(c.rng, 7)}", f"{_dig(c.rng, 10)}", f"GYM-{_dig(c.rng, 6)}"])),
    "studentid": (None, lambda c, i: c.rng.choice([f"{c.rng.randint(2026, 2027)}{_dig(c.rng, 5)}", f"APP-{_dig(c.rng, 7)}",
                                                   f"S{_dig(c.rng, 8)}"])),
    "empid": (None, lambda c, i: c.rng.choice([f"E{_dig(c.rng, 5)}", f"{_dig(c.rng, 6)}", f"EMP-{_dig(c.rng, 4)}"])),
    "date": (None, lambda c, i: _fmt_num(c, _rdate(c.rng, 2025, 2027)) if c.rng.random() < 0.75 else _fmt_words(c, _rdate(c.rng, 2025, 2027))),
    "dateiso": (None, lambda c, i: _rdate(c.rng, 2025, 2026).isoformat()),
    "ts": (None, lambda c, i: _ts(c.rng)),
    "clf": (None, lambda c, i: _clf(c.rng)),
    "hm": (None, lambda c, i: f"{c.rng.randint(7, 23):02}:{c.rng.randint(0, 59):02}"),
    "ver": (None, _ver),
    "verip": (None, _verip),
    "hash": (None, lambda c, i: _chs(c.rng, c.rng.choice([32, 40, 64]), _HEX)),
    "uuid": (None, lambda c, i: str(uuid.UUID(int=c.rng.getrandbits(128), version=4))),
    "masked": (None, _masked),
    "last4": (None, lambda c, i: _dig(c.rng, 4)),
    "bin": (None, lambda c, i: c.rng.choice(["4", "5"]) + _dig(c.rng, 5)),
    "routing": (None, lambda c, i: _routing(c.rng)),
    "gift": (None, _loyalty),
    "privip": (None, lambda c, i: _privip(c.rng)),
    "coord": (None, _coord),
    "price": (None, lambda c, i: _price(c)),
    "biz": (None, _biz),
    "company": (None, lambda c, i: c.tr(c.fk.company())),
    "product": (None, lambda c, i: c.rng.choice(_PRODUCTS)),
    "brandp": (None, lambda c, i: c.rng.choice(_BRANDP)),
    "streetprod": (None, lambda c, i: c.rng.choice(_STREETPROD)),
    "drug": (None, lambda c, i: c.rng.choice(_DRUGS.get(c.dom, _DRUGS["dental"]))),
    "pet": (None, lambda c, i: c.rng.choice(_PETS)),
    "room": (None, lambda c, i: c.rng.choice(_ROOMS)),
    "roomno": (None, lambda c, i: str(c.rng.choice([c.rng.randint(101, 612), c.rng.randint(1, 40)]))),
    "car": (None, lambda c, i: c.rng.choice(_CARS)),
    "event": (None, lambda c, i: c.rng.choice(_EVENTS)),
    "venue": (None, lambda c, i: c.rng.choice(_VENUES)),
    "school": (None, lambda c, i: c.rng.choice(_SCHOOLS)),
    "jobtitle": (None, lambda c, i: c.fk.job().split(",")[0]),
    "dept": (None, lambda c, i: f"{c.rng.choice(['HR', 'FIN', 'OPS', 'IT', 'MKT', 'CS', 'LOG', 'ENG', 'ADM'])}-{c.rng.randint(100, 999)}"),
    "kid": (None, _kid),
    "fp": (None, _fp),
    "ph": (None, lambda c, i: c.rng.choice(_PLACEHOLDERS)),
    "chip": (None, _chip),
    "imei": (None, _imei),
    "iccid": (None, lambda c, i: _luhn(c.rng, "89" + c.rng.choice(["353", "45", "47", "90", "61"]), 19)),
    "handle": (None, lambda c, i: c.rng.choice(["user", "cust", "rider", "m"]) + "_" + _chs(c.rng, 6, string.ascii_lowercase + string.digits)),
    "hex24": (None, lambda c, i: _chs(c.rng, 24, _HEX)),
    "asset": (None, lambda c, i: f"LT-{_dig(c.rng, 5)}"),
    "cor": (None, lambda c, i: _dig(c.rng, 6)),
    "ceeb": (None, lambda c, i: _dig(c.rng, 6)),
    "fob": (None, lambda c, i: _dig(c.rng, 10)),
    "patient": (None, lambda c, i: c.rng.choice([f"PT-{_dig(c.rng, 6)}", f"P{_dig(c.rng, 7)}", f"{_dig(c.rng, 5)}"])),
}
KINDS = K

# --------------------------------------------------------------------------- templates
# (domain, locale, shape, text, flags); flags: "lower" (voicemail transcript), "latin" (Greeklish)
TEMPLATES: list[tuple[str, str, str, str, str]] = [
    # ---------------- veterinary clinic
    ("vet", "en_GB", "email reply",
     "Subject: Re: Booster vaccination for <<pet>> (ref <<book>>)\n\nHi <<first>>,\n\nThanks for getting back to us. "
     "<<pet>>'s booster is now booked for <<date>> at 10:40 in <<room>>. The total will be <<price>> including the "
     "<<drug>> tablets.\n\nKind regards,\n<<name.2>>\nVeterinary Nurse, <<biz>>\nDirect line: <<phone.2>>\n<<wemail.2>>\n\n"
     "> On <<date.3>>, <<name>> <<<email>>> wrote:\n> Hello, could we move the appointment? I've moved to <<city>> so "
     "Saturdays are easier. My mobile is <<phonex>>.\n> Thanks, <<first>>", ""),
    ("vet", "da_DK", "sms",
     "Hej <<first>>! Husk <<pet>>s tid hos <<biz>> d. <<date>> kl. 14:15 (booking <<book>>). Pris ca. <<price>>. "
     "Afbud senest 24 timer før på <<phone.2>>. Venlig hilsen <<first.2>>, dyrlæge", ""),
    ("vet", "en_AU", "call notes",
     "Call notes <<ts>> - owner <<name>> (DOB <<dob>>) rang re <<pet>> (microchip <<chip>>), limping since Tuesday. "
     "Lives at <<addr>>. Callback on <<phone>> or <<phonei.2>>. Deposit taken on card <<masked>>, balance <<price>> on "
     "pickup. Seen by Dr <<last.3>>. Rx: <<drug>> 1.5mg/ml, recheck <<date>>.", ""),
    ("vet", "no_NO", "form dump",
     "Ny pasient - registreringsskjema\nEier: <<name>>\nFødselsdato: <<dob>>\nAdresse: <<addr>>\nMobil: <<phone>>\n"
     "E-post: <<email>>\nKonto for refusjon: <<iban>>\nDyr: <<pet>> (hund, blandingsrase), født 2019\n"
     "Forsikring: <<policy>>\nSamtykke SMS-påminnelse: ja\nSignert: <<date>>", ""),
    ("vet", "en_US", "json log",
     '{"ts":"<<ts>>","level":"INFO","svc":"appointments-api","version":"<<ver>>","client_ip":"<<ip4>>",'
     '"event":"booking.created","owner":{"name":"<<name>>","email":"<<email>>","phone":"<<phone>>"},'
     '"pet":{"name":"<<pet>>","species":"cat"},"booking_id":"<<uuid>>","payment":{"card":"<<masked>>",'
     '"amount":"<<price>>"},"upstream":"<<privip>>:8443","sms_gateway_key":"<<key>>"}', ""),
    ("vet", "de_AT", "voicemail",
     "hallo hier spricht <<name>> ich ruf wegen unserem kater <<pet>> an der frisst seit zwei tagen nichts mehr "
     "bitte rufen sie mich zurück unter <<phone_sp>> ich wohne jetzt in <<city>> also bitte keine hausbesuche mehr "
     "in der alten wohnung danke", "lower"),
    # ---------------- car rental
    ("car", "en_US", "form dump",
     "RENTAL AGREEMENT <<order>>\nRenter: <<uname>>\nDate of birth: <<dob>>\nHome address:\n<<addrnl>>\nCell: <<phone>>\n"
     "Email: <<email>>\nCard on file: <<card>> exp 09/28\nAdditional driver: <<name.2>>\nVehicle: <<car>>, odometer "
     "48,213 mi\nPickup: <<date>> 09:00 / Return: <<date.2>>\nLoyalty #: <<gift>>\nRate code: <<dept>>", ""),
    ("car", "pt_PT", "email",
     "Assunto: Confirmação de reserva <<book>>\n\nCaro(a) <<name>>,\n\nConfirmamos a sua reserva de um <<car>> para "
     "levantamento no dia <<date>> às 10h00. A caução de <<price>> será cativada no cartão terminado em <<last4>>.\n\n"
     "Para o reembolso da franquia indicou o IBAN <<iban>>. Se precisar de alterar, contacte-nos pelo <<phone.2>>.\n\n"
     "Com os melhores cumprimentos,\n<<name.2>>\n<<biz>>\n<<wemail.2>>", ""),
    ("car", "en_IE", "kv log",
     "<<ts>> level=warn app=rentals-web ver=<<ver>> ip=<<ip4>> user_email=<<email>> action=update_profile field=dob "
     "new_value=<<dobiso>> session=<<hash>> card_bin=<<bin>> req_id=<<uuid>> stripe_key=<<key_stripe>>", ""),
    ("car", "tr_TR", "chat",
     "[<<hm>>] <<first>>: Merhaba, <<book>> numaralı rezervasyonum için yazıyorum. Aracı <<city>> Havalimanı'ndan "
     "alacağım.\n[<<hm.2>>] <<biz>> Destek: Merhaba <<first>>, kaydınızda doğum tarihi <<dob>> görünüyor, doğru mu?\n"
     "[<<hm.3>>] <<first>>: Evet doğru. Ödeme <<card>> numaralı kartımdan olsun. Telefonum <<phonex>>\n"
     "[<<hm.4>>] <<biz>> Destek: Teşekkürler, fatura <<inv>> e-posta adresinize (<<email>>) gönderildi.", ""),
    ("car", "en_CA", "csv",
     "booking_ref,renter,phone,email,pickup,vehicle,total\n<<book>>,\"<<rname>>\",<<phone>>,<<email>>,<<date>>,<<car>>,"
     "\"<<price>>\"\n<<book.2>>,\"<<rname.2>>\",<<phonex.2>>,<<email.2>>,<<date.2>>,<<car.2>>,\"<<price.2>>\"", ""),
    ("car", "en_NZ", "subject+note",
     "Subject: Damage claim <<claim>> - <<car>> returned <<date>> - <<name>>\nHi team, customer is from <<city>> and "
     "flies back to <<country>> on Friday. Excess charged to card <<masked>>; customer disputes the scratch on the rear "
     "bumper. Call on <<phonei>>. Photos uploaded as <<uuid>>.zip", ""),
    # ---------------- hotel front desk
    ("hotel", "fr_CH", "email",
     "Objet : Votre séjour du <<date>> - réservation <<book>>\n\nBonjour Madame <<last>>,\n\nNous vous remercions de "
     "votre séjour. Veuillez trouver ci-joint la facture <<inv>> d'un montant de <<price>>. Le solde a été débité de "
     "la carte <<card>>.\n\nSelon nos informations, vous résidez à <<city>> ; merci de confirmer votre adresse de "
     "facturation :\n<<addrnl>>\n\nMeilleures salutations\n<<name.2>>\nRéception, <<biz>>\nTél. <<phone.2>>", ""),
    ("hotel", "en_IN", "crm note",
     "Guest: Mr <<name>> | Mob: <<phonex>> | Email: <<email>> | Coming from <<city>> for a wedding at <<venue>>. "
     "Room <<roomno>> (<<room>> wing), check-in <<date>>. Wants airport pickup. Advance paid by card <<card>>, "
     "invoice <<inv>>. ID proof: [redacted]. Gift hamper from <<brandp>> to be placed in room.", ""),
    ("hotel", "el_GR", "message",
     "Καλησπέρα σας, ονομάζομαι <<name>> και έχω κράτηση <<book>> για τις <<date>>. Έρχομαι από την πόλη <<city>> με το "
     "πλοίο και θα φτάσω αργά. Το τηλέφωνό μου είναι <<phone>> και το email μου <<email>>. Ημερομηνία γέννησης για "
     "την κάρτα μέλους: <<dob>>. Ευχαριστώ πολύ, <<first>>", ""),
    ("hotel", "en_GB", "access log",
     '<<ip4>> - - [<<clf>>] "GET /booking/confirm?ref=<<book>>&email=<<email>>&v=<<ver>> HTTP/1.1" 200 5123 "-" '
     '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"\n<<privip>> - - [<<clf.2>>] "POST /api/v2/checkin '
     'HTTP/1.1" 201 88 "-" "okhttp/4.12.0"\n<<ip6>> - - [<<clf.3>>] "GET /guests/<<uuid>>/invoice.pdf?api_key=<<key>> '
     'HTTP/2.0" 200 40211 "-" "Mozilla/5.0"', ""),
    ("hotel", "hu_HU", "form dump",
     "Vendég bejelentőlap\nNév: <<name>>\nSzületési dátum: <<dob>>\nLakcím: <<addr>>\nTelefon: <<phone>>\n"
     "E-mail: <<email>>\nSzobaszám: <<roomno>>\nÉrkezés: <<date>>  Távozás: <<date.2>>\nFizetés: bankkártya <<masked>>\n"
     "Idegenforgalmi adó: <<price>>\nFoglalási kód: <<book>>\nAláírás: ________", ""),
    ("hotel", "en_AU", "whatsapp",
     "[<<hm>>] <<first>>: hey it's <<first>> from room <<roomno>>, the wifi password isn't working?\n[<<hm.2>>] Front "
     "Desk: Hi <<first>>! Network is <<biz>>-Guest, the password is printed on your key card sleeve. Can you confirm "
     "your mobile <<phone>> so we can text it?\n[<<hm.3>>] <<first>>: yep that's me. can you charge the minibar to my "
     "amex <<card_amex>>\n[<<hm.4>>] Front Desk: Done, ref <<inv>>.\n[<<hm.5>>] <<first>>: cheers, we drive back to "
     "<<city>> tomorrow, any chance of late checkout?", ""),
    # ---------------- insurance claims
    ("ins", "en_US", "claim form",
     "FIRST NOTICE OF LOSS - Claim <<claim>>\nPolicy: <<policy>>\nInsured: <<name>>\nSSN: <<ssn>>\nDOB: <<dob>>\n"
     "Address: <<addr>>\nPhone: <<phone>>\nLoss date: <<date>>  Location: parking lot at <<coord>>\n"
     "Payout: routing <<routing>> / acct <<bank>>\nEstimate: <<price>>\nAdjuster: <<name.2>>, <<wemail.2>>", ""),
    ("ins", "de_CH", "email thread",
     "Betreff: Schadenmeldung <<claim>> / Police <<policy>>\n\nGuten Tag Herr <<last>>\n\nBesten Dank für Ihre Meldung "
     "vom <<date>>. Für die Auszahlung benötigen wir Ihre Bankverbindung. Bitte bestätigen Sie die IBAN <<iban>>.\n\n"
     "Freundliche Grüsse\n<<name.2>>\nSchadenabteilung, <<biz>>\nT <<phone.2>>\n\n-----Ursprüngliche Nachricht-----\n"
     "Von: <<name>> <<<email>>>\nGesendet: <<date.3>>\nIch wohne seit März in <<city>>, neue Adresse: <<addr>>. "
     "Geburtsdatum <<dobw>>. Telefon <<phonex>>.", ""),
    ("ins", "ro_RO", "ocr letter",
     "<<biz>> S.A.  |  Nr. înreg. <<claim>> / <<date>>\n\nCătre: <<uname>>\n<<addrnl>>\n\nStimate domnule / Stimată "
     "doamnă <<last>>,\nVă informăm că dosarul de daună a fost aprobat. Suma de <<price>> va fi virată în contul "
     "<<iban>> deschis pe numele dumneavoastră.\nCNP: [ascuns]    Data nașterii: <<dob>>\nPentru informații: "
     "<<phone.2>>\nCu stimă,\n<<name.2>>\nInspector daune   pag. 1/1", ""),
    ("ins", "en_GB", "call note",
     "14:02 inbound - caller <<name>> re claim <<claim>>, water leak at <<addr>>. Confirmed DOB <<dob>>. Caller now "
     "staying with family in <<city>>. Wants payout to new account IBAN <<iban>>. Explained portal password rules "
     "(min 10 chars incl. a number) - no password taken. Next contact <<date>>. Agent: <<first.2>>", ""),
    ("ins", "en_CA", "json",
     '{"claimId":"<<claim>>","policyholder":{"fullName":"<<name>>","dateOfBirth":"<<dobiso>>","phone":"<<phonei>>",'
     '"email":"<<email>>","address":"<<addr>>"},"incident":{"date":"<<dateiso>>","geo":"<<coord>>"},'
     '"estimate":"<<price>>","submittedFrom":"<<ip4>>","client":"mobile/<<ver>>","apiKey":"<<key>>"}', ""),
    ("ins", "fi_FI", "ticket",
     "Tiketti <<ticket>> | Aihe: Korvaushakemus <<claim>>\nAsiakas: <<name>>\nSyntymäaika: <<dob>>\nAsuinpaikka: "
     "<<city>>\nPuhelin: <<phone>>\nSähköposti: <<email>>\nTilinumero: <<iban>>\nVakuutusnumero: <<policy>>\n"
     "Viesti: Hei, pyörä varastettiin <<date>>. Kuitti liitteenä (<<price>>). Terveisin <<first>>", ""),
    # ---------------- telecom
    ("tel", "en_IE", "support ticket",
     "Ticket <<ticket>> | Priority: P3 | Category: Porting\nCustomer: <<name>>\nAccount PIN: **** (verified)\n"
     "Number to port: <<phone>>\nAlt contact: <<email>>\nSIM ICCID: <<iccid>>\nIMEI: <<imei>>\nNotes: customer moving "
     "from <<city>> to <<city.2>>, wants new SIM posted to <<addr>>. Direct debit IBAN <<iban>> on file. Handset "
     "<<product>>.", ""),
    ("tel", "tr_TR", "sms",
     "Sayın <<name>>, <<phone>> numaralı hattınıza ait <<date>> tarihli faturanız <<price>>. Son ödeme tarihi: "
     "<<date.2>>. Fatura no: <<inv>>. Online işlemler şifreniz: <<pw>> (ilk girişte değiştiriniz). Bilgi: 532", ""),
    ("tel", "en_AU", "agent notes",
     "Agent notes (<<first.2>>): cust <<name>> reports NBN dropouts every evening. Modem WAN IP <<ip4>>, LAN "
     "<<privip>>, firmware <<verip>>. DOB <<dob>> verified. Service address <<addr>>. Cust read out router admin "
     "password <<pw>> - advised to change it. Follow-up <<date>>, ph <<phone>>.", ""),
    ("tel", "da_DK", "chat",
     "Kunde (<<first>>): Hej, mit mobilnummer <<phone>> virker ikke efter jeg er flyttet til <<city>>\nAgent "
     "<<first.2>>: Hej <<first>>, jeg kan se nummeret. Kan du bekræfte din fødselsdato?\nKunde (<<first>>): <<dob>>\n"
     "Agent <<first.2>>: Tak. Jeg sender et nyt SIM-kort til <<addr>>. Ordrenummer <<order>>.\nKunde (<<first>>): "
     "Super. Min mail er <<email>> hvis I skal bruge den", ""),
    ("tel", "en_US", "access+kv log",
     '<<ip4>> - <<handle>> [<<clf>>] "POST /api/v1/sessions HTTP/1.1" 401 64 "-" "MyCarrierApp/<<ver>> (Android 14)"\n'
     '<<ts>> auth.failure user=<<handle>> msisdn=<<e164>> src=<<ip6>> reason=bad_password attempted_password="<<pw>>" '
     'policy="min 8 chars, 1 digit"\n<<ts.2>> billing.sync api_key=<<key>> account=<<order>> region=us-east-1 '
     'ssn_last4=<<last4>>', ""),
    ("tel", "el_GR", "chat greeklish",
     "<<first>>: Geia sas, exw provlima me to internet sto spiti, <<addr>>\nAgent: Kalispera, mporeite na mou peite to "
     "kinito sas?\n<<first>>: <<phone>>\nAgent: Efcharisto. Kai imerominia gennisis?\n<<first>>: <<dob>>\nAgent: "
     "Entaxei k. <<last>>, anoiksame aitima <<ticket>>. Tha sas steiloume email sto <<email>>.", "latin"),
    # ---------------- university admissions
    ("uni", "en_US", "application form",
     "Application <<studentid>> - Fall 2027\nLegal name: <<name>>\nPreferred first name: <<first>>\nDate of birth: "
     "<<dob>>\nSSN (for FAFSA match): <<ssn>>\nMailing address:\n<<addrnl>>\nPhone: <<phone>>\nEmail: <<email>>\n"
     "High school: <<school>> (CEEB <<ceeb>>)\nIntended major: Biology\nApplication fee: <<price>> paid, card <<masked>>", ""),
    ("uni", "en_IN", "email",
     "Dear Admissions Team,\n\nI am <<name>>, applicant ID <<studentid>>, from <<city>>. My date of birth is <<dob>> "
     "as per my 10th marksheet, but the portal shows an error on the form I submitted on <<date>>. Kindly update it.\n\n"
     "You can reach me at <<phonex>> or <<email>>.\n\nRegards,\n<<first>>\n\n--\nSent from my OnePlus", ""),
    ("uni", "pt_PT", "form dump",
     "Candidatura <<studentid>>\nNome completo: <<name>>\nData de nascimento: <<dob>>\nNaturalidade: <<city>>\n"
     "Morada: <<addr>>\nTelemóvel: <<phone>>\nEmail: <<email>>\nCurso: Engenharia Informática (código <<dept>>)\n"
     "Nota de candidatura: 17,4\nDébito da propina: IBAN <<iban>>\nData de submissão: <<date>>", ""),
    ("uni", "en_CA", "csv",
     "student_id,given,family,dob,email,phone,home_city,program,intake\n<<studentid>>,<<first>>,<<last>>,<<dobiso>>,"
     "<<email>>,<<phone>>,<<city>>,<<dept>>,<<date>>\n<<studentid.2>>,<<first.2>>,<<last.2>>,<<dob.2>>,<<email.2>>,"
     "<<phonex.2>>,<<city.2>>,<<dept.2>>,<<date.2>>", ""),
    ("uni", "no_NO", "email reply",
     "Emne: Opptak - søknadsnummer <<studentid>>\n\nHei <<first>>,\n\nDu har fått tilbud om studieplass. Svar innen "
     "<<date>>. Semesteravgift <<price>>.\n\nVi har registrert:\nNavn: <<name>>\nFødt: <<dob>>\nAdresse: <<addr>>\n"
     "Mobil: <<phone>>\n\nMed vennlig hilsen\n<<name.2>>\nOpptakskontoret, <<biz>>\n\n> <<first>> skrev <<date.3>>:\n"
     "> Jeg flytter fra <<city>> i august, er det mulig å få studentbolig?", ""),
    ("uni", "en_GB", "config",
     "# admissions-sync config (<<ver>>)\n[ucas]\nendpoint = https://api.example.ac.uk/v3\napi_key = <<key>>\n"
     "key_id = <<kid>>\n\n[smtp]\nhost = <<privip>>\nuser = <<wemail.2>>\npassword = <<pw>>\n"
     "# password policy: 14+ chars, rotate every 90 days\n\n[test_applicant]\nname = <<name>>\ndob = <<dob>>\n"
     "email = <<email>>", ""),
    # ---------------- charity
    ("charity", "en_GB", "email",
     "Dear <<first>>,\n\nThank you for your generous gift of <<price>> to the <<event>> appeal. You signed a Gift Aid "
     "declaration (ref <<order>>).\n\nWe have your details as:\n<<name>>\n<<addrnl>>\n\nYour monthly Direct Debit "
     "from <<iban>> will start on <<date>>.\n\nWith thanks,\n<<name.2>>\nSupporter Care, <<biz>>\n<<phone.2>>", ""),
    ("charity", "fr_BE", "letter",
     "<<biz>> asbl\n\nMadame, Monsieur <<last>>,\n\nNous accusons réception de votre don de <<price>> du <<date>>. "
     "Votre attestation fiscale <<inv>> vous sera envoyée à l'adresse suivante :\n<<addrnl>>\n\nCompte du donateur : "
     "<<iban>>\nDate de naissance : <<dob>>\n\nPour toute question : <<phone.2>> ou <<wemail.2>>.\n\n<<name.2>>, "
     "relations donateurs", ""),
    ("charity", "en_US", "csv",
     "donation_id,donor,email,amount,method,routing,account,memo\n<<order>>,<<name>>,<<email>>,\"<<price>>\",ACH,"
     "<<routing>>,<<bank>>,In memory of <<name.3>>\n<<order.2>>,<<name.2>>,<<email.2>>,\"<<price.2>>\",card,,"
     "<<masked>>,<<event>> (sponsor: <<brandp>>)", ""),
    ("charity", "en_NZ", "voicemail",
     "hi this is <<name>> calling about the donation i set up at the <<event>> last week i want to change the amount "
     "to twenty dollars a month my number is <<phone_sp>> and i live in <<city>> now cheers", "lower"),
    ("charity", "ro_RO", "sms",
     "Multumim, <<first>>! Donatia ta de <<price>> pentru <<biz>> a fost inregistrata (ref <<order>>). Pentru "
     "formularul 230, confirma adresa: <<addr>>. Dezabonare: STOP la 8844", ""),
    ("charity", "en_AU", "json webhook",
     '{"type":"donation.succeeded","id":"evt_<<hex24>>","created":"<<ts>>","data":{"donor":{"name":"<<name>>",'
     '"email":"<<email>>","phone":"<<phonei>>","address":"<<addr>>"},"amount":"<<price>>","card":{"brand":"visa",'
     '"last4":"<<last4>>","bin":"<<bin>>"},"campaign":"<<event>>","ip":"<<ip4>>"},"api_key":"<<key>>"}', ""),
    # ---------------- gym
    ("gym", "en_AU", "form dump",
     "MEMBERSHIP APPLICATION\nMember no: <<member>>\nFull name: <<name>>\nDOB: <<dob>>\nAddress: <<addr>>\nMobile: "
     "<<phone>>\nEmail: <<email>>\nEmergency contact: <<name.2>> (<<phonex.2>>)\nPlan: 12-month Flexi, <<price>>/"
     "fortnight\nDirect debit card: <<card>>\nKey fob: <<fob>>\nInjuries: none\nSigned <<date>>", ""),
    ("gym", "fi_FI", "chat",
     "<<first>>: Moi! Jäsenkorttini <<member>> ei toimi ovella\nAsiakaspalvelu: Hei <<first>>, tarkistan. Voitko "
     "vahvistaa syntymäaikasi?\n<<first>>: <<dob>>\nAsiakaspalvelu: Kiitos. Kortti oli jäädytetty maksamattoman "
     "laskun <<inv>> vuoksi (<<price>>).\n<<first>>: Veloittakaa tililtäni <<iban>>. Numeroni on <<phone>>, "
     "salasana sovellukseen on <<pw>> jos tarvitsette", ""),
    ("gym", "en_US", "app log",
     '<<ts>> INFO  auth    password_reset requested email=<<email>> ip=<<ip4>> ua="GymApp/<<ver>> iOS"\n'
     '<<ts.2>> DEBUG auth    etag=<<hash>> expires=<<ts.3>>\n<<ts.4>> WARN  auth    user <<handle>> set new password '
     '"<<pw>>" (logged by legacy handler)\n<<ts.5>> INFO  billing ach_debit member=<<member>> routing=<<routing>> '
     'acct=<<bank>> amount=<<price>>\n<<ts.6>> INFO  push    sent via key=<<key>> to <<uuid>>', ""),
    ("gym", "de_AT", "email",
     "Betreff: Ihre Mitgliedschaft Nr. <<member>> - Kündigungsbestätigung\n\nSehr geehrte Frau <<last>>,\n\nwir "
     "bestätigen die Kündigung Ihrer Mitgliedschaft zum <<date>>. Die letzte Abbuchung von Ihrem Konto <<iban>> "
     "erfolgt am <<date.2>>.\n\nIhre Daten:\n<<name>>\n<<addrnl>>\ngeb. <<dob>>\n\nMit sportlichen Grüßen\n<<name.2>>\n"
     "Studioleitung <<biz>>\nTel.: <<phone.2>>", ""),
    ("gym", "en_IE", "sms",
     "Hi <<first>>, your <<biz>> class 'Spin & Core' with coach <<first.2>> is confirmed for <<date>> 18:30 in "
     "<<room>>. Booking <<book>>. Try our new <<streetprod>> protein shake at the bar! Can't make it? Reply CANCEL or "
     "ring <<phone.2>>.", ""),
    ("gym", "en_IN", "csv",
     "member_id|name|mobile|email|dob|city|plan|trainer\n<<member>>|<<name>>|<<phonex>>|<<email>>|<<dob>>|<<city>>|"
     "Gold-12M|<<first.3>>\n<<member.2>>|<<uname.2>>|<<phone.2>>|<<email.2>>|<<dobw.2>>|<<city.2>>|Silver|<<ph>>", ""),
    # ---------------- municipal
    ("muni", "da_DK", "permit form",
     "Beboerlicens - ansøgning <<order>>\nNavn: <<name>>\nAdresse: <<addr>>\nTelefon: <<phone>>\nE-mail: <<email>>\n"
     "Nummerplade: (skjult)\nZone: K2, gyldig fra <<date>> til <<date.2>>\nBetaling: <<price>> med kort <<masked>>\n"
     "Sagsbehandler: <<first.2>> (<<dept>>)", ""),
    ("muni", "hu_HU", "ocr letter",
     "<<biz>> Nonprofit Zrt.\nIkt.sz.: <<inv>>\n\nTisztelt <<name>>!\n\nÉrtesítjük, hogy a(z) <<addr>> címen lévő "
     "ingatlan hulladékszállítási díja <<date>> napjától <<price>>/negyedév. Az összeget a(z) <<iban>> számlaszámról "
     "szedjük be.\nSzületési idő: <<dob>>\nÜgyfélszám: <<member>>\nKérdés esetén: <<phone.2>>\n\nÜdvözlettel:\n"
     "<<name.2>>\nügyfélszolgálati vezető       1 / 1 o.", ""),
    ("muni", "en_GB", "council ticket",
     "Case <<ticket>> - Missed bin collection\nReported by: <<name>> (<<email>>)\nProperty: <<addr>>\nContact: "
     "<<phone>>\nBin: 240L green (garden waste), RFID tag <<uuid>>\nRound: 14B, crew lead <<first.2>>\nNotes: resident "
     "away in <<country>> until <<date>>, please leave bin at kerb.\nOfficer: <<name.3>>, Waste Services", ""),
    ("muni", "en_CA", "voicemail",
     "hi my name is <<name>> i'm calling about my parking permit application number <<order>> i moved to <<addr>> "
     "last month and i need the permit transferred my phone number is <<phone_sp>> thanks bye", "lower"),
    ("muni", "de_CH", "form dump",
     "Gesuch Parkkarte Blaue Zone\nName, Vorname: <<rname>>\nGeburtsdatum: <<dob>>\nWohnadresse: <<addr>>\nTelefon: "
     "<<phone>>\nE-Mail: <<email>>\nGebühr: <<price>> (Rechnung <<inv>>)\nBemerkung: Zuzug aus <<city>> per <<date>>\n"
     "Unterschrift: vorhanden", ""),
    ("muni", "en_NZ", "access log",
     '<<ip4>> - - [<<clf>>] "GET /rates/lookup?property=<<order>> HTTP/1.1" 200 2311\n<<ip6>> - - [<<clf.2>>] "POST '
     '/dog-registration HTTP/1.1" 302 0 "https://council.example.nz/forms" "Mozilla/5.0"\n<<privip>> - - [<<clf.3>>] '
     '"GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/<<ver>>"\n# form payload: owner=<<name>>; dog=<<pet>>; '
     'phone=<<phone>>; addr=<<addr>>', ""),
    # ---------------- ride-hailing
    ("ride", "tr_TR", "receipt",
     "Yolculuk özeti - <<date>>\nSürücü: <<first.2>> (<<car>>, 4,92)\nYolcu: <<name>>\nAlış: <<addr>>\nVarış: "
     "<<addr.2>>\nMesafe 12,4 km - Süre 27 dk\nÜcret: <<price>>\nÖdeme: <<card>>\nFatura no: <<inv>>\nYolculuk "
     "kimliği: <<uuid>>", ""),
    ("ride", "el_GR", "complaint",
     "Θέμα: Παράπονο για τη διαδρομή <<order>>\n\nΚαλησπέρα, είμαι ο/η <<name>>. Στις <<date>> ο οδηγός δεν "
     "ακολούθησε τη σωστή διαδρομή από τη διεύθυνση <<addr>> και χρεώθηκα <<price>> στην κάρτα <<masked>>. "
     "Παρακαλώ επικοινωνήστε μαζί μου στο <<phone>> ή στο <<email>>.\n\nΜε εκτίμηση,\n<<name>>", ""),
    ("ride", "en_IN", "json trip log",
     '{"trip_id":"<<uuid>>","rider":{"id":"<<handle>>","name":"<<name>>","phone":"<<phonei>>"},"pickup":{"lat_lng":'
     '"<<coord>>","text":"<<addr>>"},"drop":{"lat_lng":"<<coord.2>>"},"fare":"<<price>>","app_ver":"<<ver>>",'
     '"device_ip":"<<ip4>>","maps_key":"<<key_google>>"}', ""),
    ("ride", "en_US", "support ticket",
     "Ticket #<<ticket>> - Lost item\nRider: <<name>>\nRider email: <<email>>\nTrip: <<order>> on <<date>>, dropped "
     "at <<addr>>\nItem: black backpack with a <<product>> and a <<brandp>> jacket\nDriver: <<name.2>>\nCallback: "
     "<<phone>>\nRider note: 'the app pasted my password <<pw>> into the chat, pls delete it'", ""),
    ("ride", "pt_PT", "sms",
     "O seu motorista <<first.2>> chega em 3 min num <<car>> cinzento. Código de recolha: 4821. Viagem <<order>>. "
     "Recibo enviado para <<email>>. Problemas? Ligue <<phone.2>>.", ""),
    ("ride", "en_GB", "yaml config",
     "driver_onboarding:\n  version: <<ver>>\n  driver:\n    name: \"<<name>>\"\n    dob: <<dob>>\n    phone: "
     "\"<<phone>>\"\n    email: <<email>>\n    home: \"<<addr>>\"\n    payout_iban: <<iban>>\n  background_check:\n"
     "    provider_key: <<key>>\n    key_fingerprint: <<fp>>\n  vehicle:\n    model: <<car>>\n    mot_expiry: <<date>>", ""),
    # ---------------- dental
    ("dental", "no_NO", "sms",
     "Hei <<first>>! Påminnelse: tannlegetime hos <<biz>> <<date>> kl 08:30 hos tannlege <<name.2>>. Avbestilling "
     "senest 24 t før: <<phone.2>>. Mvh <<biz>>", ""),
    ("dental", "fr_CH", "letter",
     "<<biz>>\nMédecin-dentiste SSO\n\nÀ l'attention de\n<<name>>\n<<addrnl>>\n\nLe <<date>>\n\nFacture n° <<inv>>\nTraitement "
     "du <<date.2>> : détartrage, radiographie\nMontant : <<price>>\nDate de naissance du patient : <<dob>>\nÀ "
     "verser sur IBAN <<iban>>\n\n<<name.2>>", ""),
    ("dental", "en_US", "voicemail",
     "hi this is <<name>> calling for dr <<last.2>> i had a filling done on tuesday and my jaw is still really sore "
     "my date of birth is <<dobw>> and my number is <<phone_sp>> please call me back", "lower"),
    ("dental", "en_IE", "email",
     "Hi <<first>>,\n\nFollowing your check-up on <<date>>, Dr <<last.2>> recommends a crown on tooth 36. Estimate "
     "<<price>> (quote <<inv>>).\n\nPlease confirm your details:\nDOB: <<dob>>\nAddress: <<addr>>\nMobile: <<phone>>\n\n"
     "Kind regards,\n<<name.3>>\nPractice Manager\n<<wemail.3>>", ""),
    ("dental", "fi_FI", "form dump",
     "Esitietolomake\nNimi: <<name>>\nSyntymäaika: <<dob>>\nOsoite: <<addr>>\nPuhelin: <<phonex>>\nSähköposti: "
     "<<email>>\nLääkitys: <<drug>> 5 mg\nAllergiat: penisilliini\nEdellinen käynti: <<date>>\nKela-korvaus: kyllä", ""),
    ("dental", "en_AU", "crm note",
     "CRM - Patient <<patient>>\n<<date>>: <<name>> called re invoice <<inv>>. Paid <<price>> by card <<card>> over the "
     "phone (should NOT be written here - flagged to PM). Prefers SMS to <<phone>>. Relocating to <<city>> in March; "
     "records to be emailed to <<email>>.", ""),
    # ---------------- HR / payroll
    ("hr", "en_US", "kv log",
     "payroll.run id=<<order>> period=<<date>> emp_id=<<empid>> name=\"<<name>>\" ssn=<<ssn>> dob=<<dobiso>> "
     "dept=<<dept>> title=\"<<jobtitle>>\" gross=<<price>> dd_routing=<<routing>> dd_account=<<bank>> "
     "addr=\"<<addr>>\" engine=<<ver>>", ""),
    ("hr", "ro_RO", "email",
     "Subiect: Documente angajare - <<name>>\n\nBună ziua, <<first.2>>,\n\nVă trimit datele noului coleg pentru "
     "contract:\nNume: <<name>>\nData nașterii: <<dob>>\nDomiciliu: <<addr>>\nTelefon: <<phone>>\nE-mail personal: "
     "<<email>>\nCont salariu: <<iban>>\nFuncție: <<jobtitle>>, cod COR <<cor>>\nData începerii: <<date>>\n\n"
     "Mulțumesc,\n<<name.3>>\nResurse Umane", ""),
    ("hr", "en_GB", "provisioning config",
     "# new starter - IT provisioning ticket <<ticket>>\nfull_name: <<name>>\nstart_date: <<date>>\nlaptop_asset: "
     "<<asset>>\npersonal_email: <<email>>\nmobile: <<phone>>\ntemp_password: <<pw>>\nvpn_ip: <<privip>>\nmanager: "
     "<<name.2>>\ngithub_token: <<key_gh>>\n# password policy: must change at first login, 12+ chars", ""),
    ("hr", "de_AT", "csv",
     "Personalnr;Name;Geburtsdatum;SV-Nr;IBAN;Brutto;Kostenstelle\n<<empid>>;<<rname>>;<<dob>>;[entfernt];<<iban>>;"
     "<<price>>;<<dept>>\n<<empid.2>>;<<rname.2>>;<<dob.2>>;XXX;<<iban.2>>;<<price.2>>;<<dept.2>>", ""),
    ("hr", "en_CA", "crm note",
     "HR note <<date>>: spoke with <<name>> (emp <<empid>>) about parental leave; back from <<city>> in June. "
     "Updated mailing address to <<addr>>. Personal cell <<phone>>. Benefits card <<gift>> reissued. Title stays "
     "<<jobtitle>>.", ""),
    ("hr", "en_US", "email thread",
     "From: <<name.2>> <<<wemail.2>>>\nTo: <<name>> <<<email>>>\nSubject: RE: W-4 and direct deposit\n\nHi <<first>>,\n"
     "Got it - I've updated your direct deposit to account <<bank>> (routing <<routing>>). Your SSN on file ends in "
     "<<last4>>; please confirm the full number in Workday, not by email.\n\nThanks,\n<<first.2>>\n\n> From: <<name>>\n"
     "> Sent: <<date>>\n> Hi, new account number is <<bank>>. Also my SSN is <<ssn>> in case you need it. Thanks!", ""),
]

_PH_RE = re.compile(r"<<([a-z0-9_]+)(?:\.(\d))?>>")


def _fakers(rng: random.Random) -> dict:
    out = {}
    for loc in _LOCALES:
        fk = Faker(loc)
        fk.seed_instance(rng.randrange(1 << 30))
        out[loc] = fk
    return out


def _render(tpl, c: Ctx) -> Text:
    text = tpl[3]
    parts, spans, n, pos = [], [], 0, 0
    for m in _PH_RE.finditer(text):
        lit = text[pos:m.start()]
        parts.append(lit)
        n += len(lit)
        kind, idx = m.group(1), int(m.group(2) or 1)
        ent = K[kind][0]
        v = c.get(kind, idx)
        parts.append(v)
        if ent:
            spans.append((n, n + len(v), ent))
        n += len(v)
        pos = m.end()
    parts.append(text[pos:])
    return Text("".join(parts), spans)


def free_text(n: int, seed: int = 7) -> list[Text]:
    rng = random.Random(f"fjord-{seed}")
    fakers = _fakers(rng)
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        dom, loc, _shape, _text, flags = tpl
        c = Ctx(rng, fakers, loc, dom, lower="lower" in flags, latin="latin" in flags)
        out.append(_render(tpl, c))
    return out


# --------------------------------------------------------------------------- structured
def _ph(kind: str, p: float):
    def gen(c: Ctx) -> str:
        return c.rng.choice(_PLACEHOLDERS) if c.rng.random() < p else c.get(kind)
    return gen


def _pick(*vals):
    return lambda c: c.rng.choice(vals)


def _g(kind: str, i: int = 1):
    return lambda c: c.get(kind, i)


def _dr(c: Ctx) -> str:  # vet on duty, with title (a PERSON column)
    return c.rng.choice(["Dr. ", "Dr ", "dyrlæge ", ""]) + c.get("last", 2)


_YEAR_BUCKETS = ["1940-1949", "1950-1959", "1960-1969", "1970-1979", "1980-1989", "1990-1999", "2000+", "1980s",
                 "1990s", "<1960", "unknown"]

TABLE_NAMES = ["dyreklinik_patients", "RENTAL_CONTRACTS", "hotelGuests", "claims_intake", "tel.subscribers",
               "Applicants", "donations", "GYM_MEMBERS", "municipal_permits", "rides", "tannlege_pasienter",
               "hr_payroll"]


def _tables():
    T = []
    T.append(("dyreklinik_patients", "vet", ["da_DK", "no_NO", "en_GB"], [
        ("owner_name", P, _g("name_mix"), 0.02),
        ("c3", P, _g("name", 3), 0.2),
        ("ownerEmail", E, _g("email"), 0.08),
        ("tlf", PH, _g("phonex"), 0.05),
        ("Adresse", ADDR, _g("addr"), 0.06),
        ("Fødselsdato", DOB, _g("dob_mix"), 0.1),
        ("by", LOC, _g("city"), 0.05),
        ("vet_on_duty", P, _dr, 0.0),
        ("pet_name", None, _g("pet"), 0.0),
        ("species", None, _pick(*_SPECIES), 0.0),
        ("microchip_no", None, _ph("chip", 0.05), 0.1),
        ("last_visit", None, _g("date"), 0.0),
        ("drug_prescribed", None, _g("drug"), 0.3),
        ("invoice_no", None, _g("inv"), 0.0),
        ("email_verified", None, _pick("true", "false", "yes", "no", "1", "0"), 0.0),
    ]))
    T.append(("RENTAL_CONTRACTS", "car", ["en_US", "pt_PT", "tr_TR"], [
        ("CONTRACT_NO", None, _g("order"), 0.0),
        ("RENTER_NAME", P, lambda c: c.get("uname") if c.rng.random() < 0.6 else c.get("name"), 0.0),
        ("DRIVER_DOB", DOB, _g("dob_mix"), 0.05),
        ("RENTER_EMAIL", E, _g("email"), 0.05),
        ("RENTER_PHONE", PH, _g("phonex"), 0.04),
        ("HOME_ADDRESS", ADDR, _g("addr"), 0.08),
        ("CARD_NUMBER", CC, _g("card"), 0.03),
        ("CARD_BRAND", None, _pick("Visa", "Mastercard", "Amex", "Troy", "VISA", "MC"), 0.0),
        ("CARD_LAST4", None, _g("last4"), 0.0),
        ("CARD_BIN", None, _g("bin"), 0.1),
        ("VEHICLE", None, _g("car"), 0.0),
        ("PICKUP_TS", None, _g("ts"), 0.0),
        ("LOYALTY_NO", None, _g("gift"), 0.35),
        ("DAMAGE_AMT", None, _ph("price", 0.5), 0.2),
        ("ADDRESS_TYPE", None, _pick("home", "billing", "business", "HOME", "other"), 0.0),
    ]))
    T.append(("hotelGuests", "hotel", ["fr_CH", "hu_HU", "el_GR", "en_IN"], [
        ("guestName", P, _g("name_mix"), 0.0),
        ("guestEmail", E, _g("email"), 0.1),
        ("mobileNo", PH, _g("phonex"), 0.05),
        ("dateOfBirth", DOB, _g("dob"), 0.15),
        ("homeAddress", ADDR, _g("addr"), 0.1),
        ("homeTown", LOC, _g("city"), 0.08),
        ("cardOnFile", CC, _g("card"), 0.1),
        ("roomNumber", None, _g("roomno"), 0.0),
        ("roomType", None, _pick("Double", "Twin", "Suite", "Single", "Junior Suite", "Family"), 0.0),
        ("checkIn", None, _g("date"), 0.0),
        ("checkOut", None, _g("date", 2), 0.0),
        ("bookingRef", None, _g("book"), 0.0),
        ("nameOfProduct", None, lambda c: c.rng.choice(_BRANDP + _STREETPROD + _PRODUCTS), 0.2),
        ("phoneType", None, _pick("mobile", "landline", "work", "home", "MOBILE"), 0.05),
        ("loyaltyTier", None, _pick("Gold", "Silver", "Platinum", "Blue", "-"), 0.0),
        ("ratePlan", None, _pick("BAR", "BB-FLEX", "NR-ADV", "CORP-12", "PKG-SPA"), 0.0),
    ]))
    T.append(("claims_intake", "ins", ["en_US"], [
        ("Claim ID", None, _g("claim"), 0.0),
        ("Policy Number", None, _g("policy"), 0.0),
        ("Policyholder", P, _g("name_mix"), 0.0),
        ("Insured SSN", SSN, _ph("ssn", 0.04), 0.05),
        ("Date of Birth", DOB, _g("dob_mix"), 0.05),
        ("Street Address", ADDR, _g("addr"), 0.05),
        ("Phone", PH, _g("phonex"), 0.05),
        ("E-mail", E, _g("email"), 0.1),
        ("Payout Account", BANK, _g("bank"), 0.15),
        ("Payout Routing", None, _g("routing"), 0.15),
        ("Adjuster", P, _g("name", 2), 0.0),
        ("Loss Date", None, _g("date"), 0.0),
        ("Loss Location", None, _g("coord"), 0.1),
        ("Estimate USD", None, _g("price"), 0.05),
        ("Status", None, _pick("OPEN", "CLOSED", "PENDING", "SIU REVIEW"), 0.0),
        ("Birth Year Bucket", None, _pick(*_YEAR_BUCKETS), 0.0),
    ]))
    T.append(("tel.subscribers", "tel", ["tr_TR", "da_DK", "en_IE", "el_GR"], [
        ("subscriber.name", P, _g("name"), 0.02),
        ("subscriber.msisdn", PH, lambda c: c.get("e164") if c.rng.random() < 0.6 else c.get("phonex"), 0.0),
        ("subscriber.email", E, _g("email"), 0.15),
        ("subscriber.dob", DOB, _g("dob"), 0.1),
        ("subscriber.address.line", ADDR, _g("addr"), 0.1),
        ("billing.iban", IBAN, _g("iban"), 0.2),
        ("session.ip", IP, _g("ipx"), 0.05),
        ("portal.password_plain", PW, _g("pw"), 0.15),
        ("partner.api_key", KEY, _g("key"), 0.1),
        ("session.ip_version", None, _pick("IPv4", "IPv6", "4", "6", "v4"), 0.0),
        ("portal.password_last_changed", None, _g("ts"), 0.1),
        ("device.imei", None, _g("imei"), 0.05),
        ("sim.iccid", None, _g("iccid"), 0.05),
        ("device.model", None, _g("product"), 0.0),
        ("plan.code", None, _pick("RED-M", "UNL-5G", "PP-10", "FAM-4", "BIZ-XL"), 0.0),
        ("cdr.last_call_ts", None, _g("ts", 2), 0.0),
    ]))
    T.append(("Applicants", "uni", ["no_NO", "pt_PT", "en_CA", "en_US"], [
        ("ApplicantId", None, _g("studentid"), 0.0),
        ("FullName", P, _g("name_mix"), 0.0),
        ("DataNascimento", DOB, _g("dob_mix"), 0.05),
        ("HomeTown", LOC, _g("city"), 0.1),
        ("Email", E, _g("email"), 0.03),
        ("Mobile", PH, _g("phonex"), 0.1),
        ("MailingAddress", ADDR, _g("addr"), 0.1),
        ("PortalPassword", PW, _g("pw"), 0.05),
        ("RecommenderName", P, _g("name", 2), 0.25),
        ("ProgramCode", None, _g("dept"), 0.0),
        ("IntakeTerm", None, _pick("2027-FALL", "2027-SPRING", "H2027", "V2028"), 0.0),
        ("GPA", None, lambda c: f"{c.rng.uniform(2.0, 4.0):.2f}", 0.1),
        ("SchoolName", None, _g("school"), 0.1),
        ("FeePaidOn", None, _g("date"), 0.15),
        ("BirthYearBucket", None, _pick(*_YEAR_BUCKETS[4:]), 0.0),
    ]))
    T.append(("donations", "charity", ["en_GB", "fr_BE", "ro_RO"], [
        ("don_id", None, _g("order"), 0.0),
        ("dnr_nm", P, _g("name_mix"), 0.03),
        ("dnr_eml", E, _g("email"), 0.1),
        ("dnr_tel", PH, _g("phone"), 0.2),
        ("addr_ln1", ADDR, _g("street"), 0.1),
        ("dnr_city", LOC, _g("city"), 0.1),
        ("iban", IBAN, _g("iban"), 0.15),
        ("dob", DOB, _g("dob"), 0.3),
        ("amt", None, _g("price"), 0.0),
        ("cmpgn", None, _g("event"), 0.0),
        ("gft_aid_flg", None, _pick("Y", "N", "Y", ""), 0.0),
        ("pay_ref", None, _g("hash"), 0.0),
        ("card_l4", None, _g("last4"), 0.4),
        ("mandate_dt", None, _g("date"), 0.2),
        ("sponsor", None, _pick(*_BRANDP), 0.3),
    ]))
    T.append(("GYM_MEMBERS", "gym", ["fi_FI", "de_AT", "en_AU", "en_IE"], [
        ("MemberNo", None, _g("member"), 0.0),
        ("member_name", P, _g("name_mix"), 0.0),
        ("Geburtsdatum", DOB, _g("dob_mix"), 0.05),
        ("email", E, _g("email"), 0.05),
        ("Handy", PH, _g("phonex"), 0.1),
        ("Adresse", ADDR, _g("addr"), 0.1),
        ("card_no", CC, _g("card"), 0.2),
        ("app_password", PW, _g("pw"), 0.1),
        ("last_login_ip", IP, _g("ipx"), 0.1),
        ("trainer", P, _g("first", 2), 0.3),
        ("card_brand", None, _pick("Visa", "Mastercard", "Maestro", "Amex"), 0.2),
        ("fob_id", None, _g("fob"), 0.0),
        ("plan", None, _pick("Flexi", "12M", "Student", "Off-Peak", "Premium"), 0.0),
        ("joined", None, _g("date"), 0.0),
        ("class_room", None, _g("room"), 0.2),
    ]))
    T.append(("municipal_permits", "muni", ["da_DK", "hu_HU", "de_CH"], [
        ("sagsnr", None, _g("order"), 0.0),
        ("Név", P, _g("name_mix"), 0.0),
        ("Adresse", ADDR, _g("addr"), 0.02),
        ("Telefon", PH, _g("phonex"), 0.15),
        ("E-Mail", E, _g("email"), 0.15),
        ("Geburtsdatum", DOB, _g("dob"), 0.2),
        ("IBAN (refusion)", IBAN, _g("iban"), 0.3),
        ("Sachbearbeiter", P, _g("iname", 2), 0.0),
        ("zone", None, _pick("K1", "K2", "A", "B", "Zone 3"), 0.0),
        ("gyldig_fra", None, _g("date"), 0.0),
        ("gebyr", None, _g("price"), 0.0),
        ("Tonne", None, _pick("240L Rest", "140L Bio", "Papier 660L", "Glas"), 0.1),
        ("Koordinaten", None, _g("coord"), 0.1),
        ("f7", None, _g("uuid"), 0.0),
        ("Ügyfélszám", None, _g("member"), 0.05),
    ]))
    T.append(("rides", "ride", ["tr_TR", "el_GR", "en_IN", "pt_PT"], [
        ("trip_id", None, _g("uuid"), 0.0),
        ("attr_12", P, _g("name"), 0.02),
        ("rider_phone", PH, _g("phonex"), 0.02),
        ("rider_email", E, _g("email"), 0.1),
        ("pickup_addr", ADDR, _g("addr"), 0.05),
        ("dropoff_city", LOC, _g("city"), 0.05),
        ("device_ip", IP, _g("ipx"), 0.05),
        ("driver_token", KEY, _g("key"), 0.05),
        ("driver_name", P, _g("name", 2), 0.0),
        ("pickup_geo", None, _g("coord"), 0.0),
        ("fare", None, _g("price"), 0.0),
        ("pay_card", None, _g("masked"), 0.1),
        ("ip_version", None, _pick("4", "6", "IPv4", "IPv6"), 0.0),
        ("app_ver", None, lambda c: c.get("verip") if c.rng.random() < 0.4 else c.get("ver"), 0.0),
        ("rating", None, _pick("5", "4", "4.5", "3", "1"), 0.2),
    ]))
    T.append(("tannlege_pasienter", "dental", ["no_NO", "fr_CH", "fi_FI", "en_AU"], [
        ("patient_id", None, _g("patient"), 0.0),
        ("Navn", P, _g("name_mix"), 0.0),
        ("Syntymäaika", DOB, _g("dob_mix"), 0.05),
        ("Adresse postale", ADDR, _g("addr"), 0.08),
        ("phone", PH, _g("phonex"), 0.05),
        ("email", E, _g("email"), 0.15),
        ("IBAN", IBAN, _g("iban"), 0.25),
        ("Hjemsted", LOC, _g("city"), 0.1),
        ("dentist", P, lambda c: c.rng.choice(["Dr ", "Dr. ", ""]) + c.get("last", 2), 0.0),
        ("last_treatment", None, _g("date"), 0.0),
        ("next_recall", None, _g("date", 2), 0.2),
        ("tooth", None, lambda c: str(c.rng.choice([11, 16, 21, 26, 36, 37, 46, 47])), 0.2),
        ("drug", None, _g("drug"), 0.4),
        ("insurer", None, lambda c: c.rng.choice(_BIZ["ins"]), 0.2),
        ("invoice", None, _g("inv"), 0.0),
        ("xray_hash", None, _g("hash"), 0.1),
    ]))
    T.append(("hr_payroll", "hr", ["en_US"], [
        ("EmpID", None, _g("empid"), 0.0),
        ("employee_full_name", P, _g("name_mix"), 0.0),
        ("SSN", SSN, _g("ssn"), 0.02),
        ("dob", DOB, _g("dob_mix"), 0.02),
        ("home_addr", ADDR, _g("addr"), 0.03),
        ("personal_email", E, _g("email"), 0.1),
        ("cell", PH, _g("phonex"), 0.1),
        ("DD Account", BANK, _g("bank"), 0.05),
        ("sso_api_key", KEY, _g("key"), 0.3),
        ("temp_password", PW, _g("pw"), 0.3),
        ("DD Routing", None, _g("routing"), 0.05),
        ("job_title", None, _g("jobtitle"), 0.0),
        ("dept_code", None, _g("dept"), 0.0),
        ("gross_pay", None, _g("price"), 0.0),
        ("password_last_changed", None, _g("dateiso"), 0.1),
        ("vpn_ip", None, _g("privip"), 0.1),
    ]))
    return T


def structured(rows: int, seed: int = 11) -> dict[str, list[Column]]:
    rng = random.Random(f"fjord-{seed}")
    fakers = _fakers(rng)
    out: dict[str, list[Column]] = {}
    for name, dom, locs, cols in _tables():
        ctxs = [Ctx(rng, fakers, rng.choice(locs), dom) for _ in range(rows)]
        columns = []
        for header, ent, gen, blank in cols:
            vals: list[str | None] = []
            for c in ctxs:
                vals.append(None if rng.random() < blank else gen(c))
            columns.append(Column(header, ent, vals))
        out[name] = columns
    return out
