"""Accuracy split "fern": labelled free text and structured tables for the PII-scanner benchmark.

DATA CARD
=========
Author / date
    Helper "fern", 2026-11-27 (fixed "today" used for all ages and dates in the data).

Independence (exactly what was read)
    * The brief /tmp/notes/prompt_fern.md (the label conventions, API and the definitions of LABELS, Text,
      Column, _luhn, _iban_of, _ip_public_v4 and _ip_public_v6 are taken from it; bench/accuracy_data.py was
      imported but never opened).
    * Output of `ls bench/` (file names only), `git status --short` (file names only) and a grep of
      pyproject.toml / ruff.toml for "ruff|line-length" (no match).
    * Outputs of Faker (list of provider locale folders, a few sample names per locale) and phonenumbers
      (example numbers, validity checks) run locally, and this module's own outputs.
    * The scanner (pii_audit/, `pii-audit`), Presidio, rules/, tests/, docs/, README/SPEC files, results,
      notes and all other split files were never read or run. No web search.

API
    free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)] with
                                       random.Random(f"fern-{seed}-{i}-{name}"); benchmark: free_text(500, 7)
    structured(rows, seed) -> dict[str, list[Column]]   12 tables, each seeded with
                                       random.Random(f"fern-{seed}-{table}"); benchmark: structured(150, 11)
    TEMPLATES                          list of Template(name, lang, country, shape, fn); callable with an rng.
    Deterministic (no clock reads, no set iteration, Faker reseeded from the rng for every text/row);
    `python bench/accuracy_split_fern.py` prints counts and the digest. Both benchmark calls take ~1 s.

Domains (all brands invented)
    home care (Hearthside Care, Kindred Hands Homecare, Pflegedienst Lindenhof, Topli Dom), EV charging
    (VoltPath, Ampora Charge), summer camps (Yellowline is the bus company; camps: Lakewood Adventure Camps,
    Campamentos Pinares, Esplai Roure), notary/conveyancing (Harlow and Finch, Finch Molloy LLP, Notaría
    Alcázar, Notariat Dr. Bergmann & Kollegen), farm co-op (Agrivale, Polish spółdzielnia), phone repair
    (FixPoint Mobile, SerwisFix, TamirNokta, Sửa Chữa Nhanh 24h), cinemas (Lumiere Screens, Starlight
    Cinemas, Lumière & Cie), building management (Parkview Residences, Keystone Hausverwaltung, a condominio
    and a Romanian owners' association), school bus (Yellowline School Transport), tattoo/piercing (Black
    Lotus Tattoo, Inchiostro Nero, Mürekkep Atölye), online courses (Learnloft, SkillHarbor, Lärbryggan,
    Aprender+), dry cleaning / laundry (PressPerfect, Fresh Fold Laundry, Pressing Lavandière, Frisse Was,
    Lavanderia Bolha Azul, Curățătoria Albă) plus the same companies' engineering/support texts.

Languages (60 templates; with free_text(500, 7) 284 of 500 texts = 57% English)
    English 33: US 6, GB 6, IN 4, CA 3, AU 3, IE 3, ZA 2, NZ 2, NG 2, KE 2.
    Other 27 in 16 languages: German 3, French 3, Spanish 2, Italian 2, Dutch 2, Portuguese (BR) 2,
    Polish 2, Turkish 2, Romanian 2, Swedish 1, Estonian 1, Lithuanian 1, Slovenian 1, Vietnamese 1,
    Tagalog/Taglish 1, Catalan 1 (8 from the "barely used" list: ca, tl, et, lt, sl, tr, ro, vi).
    Names: Faker of the country's locale, hand lists for ZA, Catalonia, VN (family-middle-given order) and
    PH. Towns, streets, postcodes, address layout, phone format (phonenumbers NATIONAL/INTERNATIONAL/E164,
    US/CA dash and dot variants, FR dotted) and date format (US m/d/y, CA/SE/LT ISO, DE/PL/TR/RO/EE d.m.y,
    SI "d. m. yyyy", NL d-m-y, others d/m/y, English long forms) follow each text's country.

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mails, WhatsApp/Teams/Slack/live-chat exports,
    SMS threads and inboxes, tickets with internal notes, CRM/call notes, lower-case speech-to-text and
    voicemail transcripts, form dumps (key: value, key=value, JSON lines), app and nginx logs, YAML config,
    OCR'd forms (with OCR typos), TSV spreadsheet rows, notification subject lists, two texts without PII.

Value rules
    Cards: _luhn (Visa/MC/Amex/Discover prefixes), spaced, dashed or plain. SSNs: area 001-899 minus 666,
    group 01-99, serial 0001-9999, dashed or spoken with spaces. US accounts: 8-12 digits (routing numbers
    next to them are ABA-valid look-alikes). IBANs: _iban_of for DE GB NL FR ES PL, spaced or not. IPs:
    _ip_public_v4/_v6. Phones: random digits behind the country's example prefix until
    phonenumbers.is_valid_number (US/CA use the town's area code). Passwords: word+digits+symbol, random
    strings, passphrases. API keys: sk_live_, ghp_, xoxb-, AIza, SG., sk-proj-, glpat- shapes.
    B.done() asserts for every span that the text equals the inserted value, spans are ordered and do
    not overlap, carry no outer whitespace/quotes/brackets/trailing punctuation, and pass a per-label
    validity check (Luhn, SSN rules, IBAN mod 97, ipaddress.is_global, phonenumbers validity);
    structured() checks every non-placeholder value of every PII column the same way.

Label conventions as applied
    PERSON: full names, first-only, surname-only, "Last, First", "LAST First", "First L.", lower-case in
    transcripts, chat speakers; titles (Mr, Ms, Herr, Frau, Bey, Hanım, M./Mme, dl., Kuya) outside; names
    inside brands/streets/schools (Harlow and Finch, Dave's Plumbing, Maria's Kitchen, rue Victor Hugo,
    Prešernova ulica, Nguyễn Trãi, King Edward VII School, Ken's Case Co.) and pet names unlabelled.
    STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span (flat/apt inside);
    each '>'-quoted line its own span; business addresses in signatures labelled; bare street lines
    labelled. LOCATION: where a person lives, moves to, is born, comes from, flies to; depot/branch/store/
    office/site towns unlabelled. DATE_OF_BIRTH: birth dates only. PASSWORD/API_KEY: the plaintext only.
    EMAIL_ADDRESS: all, role addresses included. PHONE_NUMBER: all valid numbers incl. business lines.

Look-alikes (never labelled)
    masked cards (**** 1234, 408303******1545, •••• 1234), last-4, expiry, screen PINs, OTPs, door/gate/
    key-safe codes, private/CGNAT/ULA/loopback IPs, version strings, bcrypt/argon2/sha256 hex, UUIDs,
    order/ticket/booking/tracking/claim/case/job numbers, IMEIs (Luhn-valid 15 digits), ABA routing numbers,
    SWIFT/BIC, VAT ids, masked NZ bank numbers, GPS coordinates, amounts, timestamps and non-birth dates,
    publishable keys (pk_live_), session ids, hashed webhook secrets, brand names with person names, pets,
    branch towns.

Tables (columns: total / PII / look-alike; blanks 0-60% per column, placeholders N/A - unknown n/a ? none)
    homecare_clients         GB           17 / 6 / 11   snake_case, abbreviations (dob, addr1, tel)
    ev_charging_sessions     NL DE FR     18 / 5 / 13   camelCase
    camp_registrations       US           22 / 10 / 12  spaced Title Case
    notaria_intervinientes   ES + CAT     18 / 8 / 10   Spanish snake_case
    spoldzielnia_czlonkowie  PL           17 / 7 / 10   Polish snake_case (imie, nazwisko, data_ur)
    repair_orders            US           20 / 7 / 13   snake_case, abbreviations (cust_first, icloud_pwd)
    cinema_abonnes           FR           20 / 9 / 11   dotted French (membre.prenom, contact.tel)
    building_residents       IE           19 / 7 / 12   UPPER_SNAKE
    bus_riders               ZA NZ AU     17 / 7 / 10   PascalCase
    tattoo_musteriler        TR RO        18 / 6 / 12   opaque (col_2 = full name, col_3 = DOB, field_5,
                                                        attr_6 = town) + Turkish headers
    course_users             SE EE LT     20 / 8 / 12   abbreviations (uid, fname, pwd), Swedish "ort"
    lavanderia_pedidos       BR           18 / 6 / 12   Portuguese snake_case
    Header-sounds-like-PII look-alikes: dob_verified, email_verified, phone_type, PHONE_TYPE, ADDRESS_TYPE,
    tipo_endereco, card_last4, Card Last 4, cartao_final, password_changed_at, pwd_hash, api_key_prefix,
    name_of_product, PET_NAME, key_safe_code.

Known limits
    Faker given names are not matched to gendered titles/pronouns; some Faker tr_TR/lt_LT name pairs are
    unusual. Postcodes follow the town's real prefix and format but are not matched to the street;
    fixed-line area codes follow the town only for US/CA. GPS values are random. No IBAN for TR/RO/EE/LT/SI
    (not supported by _iban_of). US_SSN and US_BANK_NUMBER occur only in US texts (3 templates) and two US
    tables, so they are rarer than the other labels. Lenient phone parsers may read dates or IDs such as
    "08.11.2026" or "FX-2511202" as German numbers; they are look-alikes here by convention.
"""
from __future__ import annotations

import ipaddress
import random
import string
import unicodedata
from datetime import date, timedelta
from typing import NamedTuple

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 27)
PER, EM, PH, CC, SSN, BANK, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                     "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PW, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert set((PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY)) <= set(LABELS)

# --------------------------------------------------------------------------------------------
# text builder: parts are plain strings or (value, label) tuples; label None = unlabelled value
# --------------------------------------------------------------------------------------------
_EDGE = set("\"'()[]{}<>,;:!?*`“”‘’«»")


class B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def __call__(self, *parts) -> B:
        for p in parts:
            if isinstance(p, tuple):
                val, lab = p
                if lab:
                    self.spans.append((self.pos, self.pos + len(val), lab))
                p = val
            self.parts.append(p)
            self.pos += len(p)
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        last = 0
        for s, e, lab in self.spans:
            v = text[s:e]
            assert s >= last and e > s, (text, s, e)
            lead_ok = lab == PH and v[0] == "(" and ")" in v
            secret = lab in (PW, KEY)
            assert v == v.strip() and (v[0] not in _EDGE or lead_ok or secret), (lab, v)
            assert v[-1] not in _EDGE or secret or (v[-1] == ")" and "(" in v), (lab, v)
            if v.endswith(".") and lab not in (ADDR, PW, KEY):
                assert lab == PER and v[-2].isupper() and v[-3] == " ", (lab, v)
            _validate(lab, v)
            last = e
        return Text(text, list(self.spans))


def _luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


_PH_REGION: dict[str, str] = {}


def _validate(lab: str, v: str) -> None:
    if lab == PH:
        reg = _PH_REGION.get(v, "US")
        assert phonenumbers.is_valid_number(phonenumbers.parse(v, reg)), v
    elif lab == CC:
        d = v.replace(" ", "").replace("-", "")
        assert d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d), v
    elif lab == SSN:
        d = v.replace("-", "").replace(" ", "")
        assert len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9", v
        assert d[3:5] != "00" and d[5:] != "0000", v
    elif lab == IBAN:
        d = v.replace(" ", "")
        n = int("".join(str(int(ch, 36)) for ch in d[4:] + d[:4]))
        assert n % 97 == 1, v
    elif lab == IP:
        assert ipaddress.ip_address(v).is_global, v
    elif lab == BANK:
        assert v.isdigit() and 6 <= len(v) <= 17, v
    elif lab == EM:
        assert v.count("@") == 1 and " " not in v, v


# --------------------------------------------------------------------------------------------
# country data (hand-written town/street lists; Faker only for person names where it is good)
# --------------------------------------------------------------------------------------------
C: dict[str, dict] = {
    "US": dict(fk="en_US", lang="en", towns=[
        ("Columbus", "OH", "432", "614"), ("Austin", "TX", "787", "512"), ("Tacoma", "WA", "984", "253"),
        ("Raleigh", "NC", "276", "919"), ("Boise", "ID", "837", "208"), ("Albany", "NY", "122", "518"),
        ("Tucson", "AZ", "857", "520"), ("Madison", "WI", "537", "608"), ("Savannah", "GA", "314", "912"),
        ("Portland", "ME", "041", "207"), ("Denver", "CO", "802", "303"), ("Fresno", "CA", "937", "559"),
        ("Dayton", "OH", "454", "937"), ("Omaha", "NE", "681", "402")],
        streets=["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Lakeview", "Sunset",
                 "Hillcrest", "Willow", "Jefferson", "Magnolia", "Prospect"],
        mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]),
    "GB": dict(fk="en_GB", lang="en", towns=[
        ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"), ("Cardiff", "CF"),
        ("Sheffield", "S"), ("Brighton", "BN"), ("Leicester", "LE"), ("York", "YO"), ("Glasgow", "G"),
        ("Exeter", "EX"), ("Nottingham", "NG")],
        streets=["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Queens Avenue",
                 "Park Crescent", "High Street", "Albert Terrace", "Manor Close", "Green Lane",
                 "Beech Grove", "Westfield Road"],
        mail=["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk", "outlook.com"]),
    "CA": dict(fk="en_CA", lang="en", towns=[
        ("Toronto", "ON", "M", "416"), ("Ottawa", "ON", "K", "613"), ("Calgary", "AB", "T", "403"),
        ("Vancouver", "BC", "V", "604"), ("Halifax", "NS", "B", "902"), ("Winnipeg", "MB", "R", "204"),
        ("Regina", "SK", "S", "306"), ("Victoria", "BC", "V", "250"), ("Hamilton", "ON", "L", "905")],
        streets=["Bloor", "Dundas", "Queen", "Elgin", "Kensington", "Portage", "Spring Garden",
                 "Jasper", "Albert", "Cambie"],
        mail=["gmail.com", "rogers.com", "shaw.ca", "hotmail.com", "sympatico.ca", "outlook.com"]),
    "AU": dict(fk="en_AU", lang="en", towns=[
        ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
        ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
        ("Parramatta", "NSW", "2150"), ("Carlton", "VIC", "3053"), ("Braddon", "ACT", "2612")],
        streets=["Sydney Road", "King Street", "Beach Road", "Smith Street", "Bay Street",
                 "Hastings Street", "Marine Parade", "Coronation Drive", "Lygon Street"],
        mail=["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "icloud.com"]),
    "IN": dict(fk="en_IN", lang="en", towns=[
        ("Bengaluru", "Karnataka", "560"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
        ("Hyderabad", "Telangana", "500"), ("Kochi", "Kerala", "682"), ("Jaipur", "Rajasthan", "302"),
        ("Ahmedabad", "Gujarat", "380"), ("Lucknow", "Uttar Pradesh", "226"), ("Kolkata", "West Bengal", "700")],
        streets=["MG Road", "Station Road", "2nd Main Road", "Nehru Nagar", "14th Cross Road",
                 "Gandhi Bazaar Road", "Linking Road", "Park Street"],
        bldg=["Sai Residency", "Green Park Apartments", "Shanti Niketan", "Lakshmi Towers", "Prestige Meadows",
              "Sunrise Enclave"],
        mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "IE": dict(fk="en_IE", lang="en", towns=[
        ("Galway", "Co. Galway", "H91"), ("Cork", "Co. Cork", "T12"), ("Limerick", "Co. Limerick", "V94"),
        ("Dublin 8", "Co. Dublin", "D08"), ("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95"),
        ("Waterford", "Co. Waterford", "X91"), ("Athlone", "Co. Westmeath", "N37")],
        streets=["Main Street", "Bridge Street", "Seaview Park", "Church Road", "O'Connell Street",
                 "Castle Avenue", "Ard na Gréine", "Millbrook Drive"],
        mail=["eircom.net", "gmail.com", "hotmail.com", "outlook.ie"]),
    "ZA": dict(fk="en_GB", lang="en", towns=[
        ("Cape Town", "Observatory", "7925"), ("Johannesburg", "Melville", "2092"), ("Durban", "Morningside", "4001"),
        ("Pretoria", "Hatfield", "0083"), ("Gqeberha", "Walmer", "6070"), ("Bloemfontein", "Westdene", "9301"),
        ("Stellenbosch", "Die Boord", "7600")],
        streets=["Lower Main Road", "Jan Smuts Avenue", "Florida Road", "Burnett Street", "Church Street",
                 "Voortrekker Road", "Beach Road"],
        first=["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Annelie", "Zanele", "Johan", "Ayesha", "Kagiso",
               "Mpho", "Riana", "Bongani", "Karabo"],
        last=["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Pillay", "Khumalo",
              "Pretorius", "Ndlovu", "Jacobs", "Mahlangu"],
        mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"]),
    "NZ": dict(fk="en_NZ", lang="en", towns=[
        ("Wellington", "Te Aro", "6011"), ("Auckland", "Ponsonby", "1011"), ("Christchurch", "Riccarton", "8041"),
        ("Dunedin", "North East Valley", "9010"), ("Hamilton", "Hillcrest", "3216"), ("Nelson", "Stoke", "7011"),
        ("Tauranga", "Mount Maunganui", "3116")],
        streets=["Cuba Street", "Ponsonby Road", "Riccarton Road", "George Street", "Maunganui Road",
                 "Hardy Street", "Clyde Road"],
        mail=["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.com"]),
    "NG": dict(fk="en_NG", lang="en", towns=[
        ("Lagos", "Lekki Phase 1", "Lagos State"), ("Lagos", "Yaba", "Lagos State"), ("Abuja", "Wuse II", "FCT"),
        ("Ibadan", "Bodija", "Oyo State"), ("Port Harcourt", "GRA Phase 2", "Rivers State"),
        ("Enugu", "Independence Layout", "Enugu State"), ("Kano", "Nassarawa GRA", "Kano State")],
        streets=["Admiralty Way", "Herbert Macaulay Way", "Adeola Odeku Street", "Aminu Kano Crescent",
                 "Awolowo Road", "Ogui Road"],
        mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(fk="en_KE", lang="en", towns=[
        ("Nairobi", "Kilimani", "00100"), ("Nairobi", "Westlands", "00800"), ("Mombasa", "Nyali", "80100"),
        ("Kisumu", "Milimani", "40100"), ("Nakuru", "Milimani", "20100"), ("Eldoret", "Elgon View", "30100")],
        streets=["Argwings Kodhek Road", "Ngong Road", "Links Road", "Oginga Odinga Street", "Kenyatta Avenue",
                 "Oloitokitok Road"],
        mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "DE": dict(fk="de_DE", lang="de", towns=[
        ("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
        ("Freiburg im Breisgau", "79"), ("Münster", "48"), ("Dresden", "01"), ("Nürnberg", "90"), ("Bremen", "28")],
        streets=["Hauptstraße", "Lindenweg", "Goethestraße", "Bahnhofstraße", "Am Stadtpark", "Schillerstraße",
                 "Rosenweg", "Kastanienallee", "Friedrich-Ebert-Straße", "Mühlgasse"],
        mail=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"]),
    "FR": dict(fk="fr_FR", lang="fr", towns=[
        ("Lyon", "690"), ("Nantes", "440"), ("Toulouse", "310"), ("Bordeaux", "330"), ("Lille", "590"),
        ("Rennes", "350"), ("Montpellier", "340"), ("Strasbourg", "670"), ("Grenoble", "380")],
        streets=["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                 "impasse des Lilas", "chemin du Moulin", "rue des Acacias", "place Gambetta"],
        mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "ES": dict(fk="es_ES", lang="es", towns=[
        ("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"), ("Bilbao", "480"),
        ("Málaga", "290"), ("Granada", "180"), ("Valladolid", "470")],
        streets=["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle San Fernando",
                 "Calle del Olmo", "Paseo de la Castellana", "Calle Real"],
        mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]),
    "CAT": dict(fk="es_ES", lang="ca", region="ES", towns=[
        ("Barcelona", "080"), ("Girona", "170"), ("Lleida", "250"), ("Tarragona", "430"), ("Sabadell", "082"),
        ("Reus", "432"), ("Vic", "085"), ("Manresa", "082")],
        streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Rambla de Catalunya",
                 "Carrer de la Muralla", "Carrer del Sol", "Avinguda Diagonal"],
        first=["Jordi", "Montserrat", "Pau", "Núria", "Oriol", "Laia", "Marc", "Mireia", "Arnau", "Meritxell",
               "Joan", "Roser", "Pere", "Aina"],
        last=["Puig", "Vila", "Ferrer", "Soler", "Casals", "Roca", "Pujol", "Serra", "Font", "Vidal",
              "Riera", "Batlle", "Coll", "Ribas"],
        mail=["gmail.com", "hotmail.com", "xtec.cat", "telefonica.net"]),
    "IT": dict(fk="it_IT", lang="it", towns=[
        ("Milano", "201", "MI"), ("Torino", "101", "TO"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"),
        ("Napoli", "801", "NA"), ("Bari", "701", "BA"), ("Padova", "351", "PD"), ("Verona", "371", "VR")],
        streets=["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Viale dei Mille",
                 "Via Dante Alighieri", "Via dei Tigli", "Via Mazzini"],
        mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"]),
    "NL": dict(fk="nl_NL", lang="nl", towns=[
        ("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Groningen", "97"), ("Eindhoven", "56"),
        ("Haarlem", "20"), ("Nijmegen", "65"), ("Leiden", "23")],
        streets=["Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg",
                 "Julianalaan", "Vondelstraat"],
        mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"]),
    "BR": dict(fk="pt_BR", lang="pt", towns=[
        ("São Paulo", "SP", "01"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
        ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"), ("Salvador", "BA", "40"), ("Fortaleza", "CE", "60"),
        ("Campinas", "SP", "13")],
        streets=["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua Augusta", "Avenida Brasil",
                 "Rua dos Andradas", "Rua Sete de Setembro"],
        bairros=["Centro", "Jardim América", "Vila Mariana", "Boa Vista", "Savassi", "Moinhos de Vento",
                 "Batel", "Pituba"],
        mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"]),
    "PL": dict(fk="pl_PL", lang="pl", towns=[
        ("Warszawa", "02"), ("Kraków", "30"), ("Wrocław", "50"), ("Gdańsk", "80"), ("Poznań", "60"),
        ("Łódź", "90"), ("Lublin", "20"), ("Katowice", "40")],
        streets=["ul. Długa", "ul. Mickiewicza", "ul. Polna", "al. Jerozolimskie", "ul. Słowackiego",
                 "ul. Kwiatowa", "ul. Ogrodowa", "os. Tysiąclecia"],
        mail=["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"]),
    "SE": dict(fk="sv_SE", lang="sv", towns=[
        ("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90"),
        ("Linköping", "58"), ("Örebro", "70")],
        streets=["Storgatan", "Drottninggatan", "Kungsgatan", "Björkvägen", "Sveavägen", "Västra Hamngatan",
                 "Tallstigen"],
        mail=["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"]),
    "TR": dict(fk="tr_TR", lang="tr", towns=[
        ("İstanbul", "Kadıköy", "347"), ("İstanbul", "Beşiktaş", "343"), ("Ankara", "Çankaya", "066"),
        ("İzmir", "Karşıyaka", "355"), ("Bursa", "Nilüfer", "161"), ("Antalya", "Muratpaşa", "070"),
        ("Eskişehir", "Tepebaşı", "260")],
        streets=["Gül Sok.", "Şair Nefi Sok.", "İnönü Cad.", "Bağdat Cad.", "Lale Sok.", "Menekşe Sok.",
                 "Cumhuriyet Cad."],
        mahalle=["Moda Mah.", "Bahçelievler Mah.", "Cumhuriyet Mah.", "Atatürk Mah.", "Yenişehir Mah.",
                 "Fenerbahçe Mah."],
        mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "RO": dict(fk="ro_RO", lang="ro", towns=[
        ("București", "031"), ("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"),
        ("Constanța", "900"), ("Sibiu", "550")],
        streets=["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Florilor", "Aleea Trandafirilor",
                 "Str. Avram Iancu", "Str. Zorilor"],
        mail=["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"]),
    "EE": dict(fk="et_EE", lang="et", towns=[
        ("Tallinn", "10"), ("Tartu", "50"), ("Pärnu", "80"), ("Narva", "20"), ("Viljandi", "71"),
        ("Rakvere", "44")],
        streets=["Pärnu mnt", "Tartu mnt", "Narva mnt", "Rüütli tn", "Kalevi tn", "Männi tn", "Kase tn",
                 "Vanemuise tn"],
        mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"]),
    "LT": dict(fk="lt_LT", lang="lt", towns=[
        ("Vilnius", "08"), ("Kaunas", "44"), ("Klaipėda", "92"), ("Šiauliai", "76"), ("Panevėžys", "35"),
        ("Alytus", "62")],
        streets=["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Žalgirio g.", "Liepų g.",
                 "Savanorių pr."],
        mail=["gmail.com", "one.lt", "inbox.lt", "takas.lt"]),
    "SI": dict(fk="sl_SI", lang="sl", towns=[
        ("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
        ("Novo mesto", "8000"), ("Ptuj", "2250")],
        streets=["Slovenska cesta", "Trubarjeva ulica", "Prešernova ulica", "Cankarjeva ulica", "Tržaška cesta",
                 "Gregorčičeva ulica", "Partizanska cesta"],
        mail=["gmail.com", "siol.net", "t-2.net", "amis.net"]),
    "VN": dict(fk="vi_VN", lang="vi", towns=[
        ("Hà Nội", ["Quận Ba Đình", "Quận Cầu Giấy", "Quận Đống Đa"]),
        ("TP. Hồ Chí Minh", ["Quận 1", "Quận 3", "Quận Bình Thạnh"]),
        ("Đà Nẵng", ["Quận Hải Châu", "Quận Sơn Trà"]), ("Huế", ["Phường Vĩnh Ninh"]),
        ("Cần Thơ", ["Quận Ninh Kiều"]), ("Hải Phòng", ["Quận Lê Chân"])],
        streets=["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Đình Phùng"],
        first=["An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Minh", "Ngọc", "Phúc", "Thảo",
               "Trang", "Tuấn"],
        mid=["Văn", "Thị", "Minh", "Đức", "Thu", "Quốc", "Hoàng"],
        last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"],
        mail=["gmail.com", "yahoo.com.vn", "outlook.com"]),
    "PH": dict(fk="fil_PH", lang="tl", towns=[
        ("Quezon City", "Metro Manila", "1100"), ("Cebu City", "Cebu", "6000"), ("Davao City", "Davao del Sur", "8000"),
        ("Makati", "Metro Manila", "1200"), ("Iloilo City", "Iloilo", "5000"), ("Baguio", "Benguet", "2600")],
        streets=["Mabini St.", "Rizal Ave.", "Katipunan Ave.", "Osmeña Blvd.", "Del Pilar St.", "Bonifacio St."],
        brgy=["San Isidro", "Poblacion", "Lahug", "San Antonio", "Bagong Silang", "Malanday"],
        first=["Maria Cristina", "Jose", "Juan Carlos", "Rosalinda", "Mark Anthony", "Jhun", "Liezl", "Rowena",
               "Arnel", "Mary Grace", "Dindo", "Joy"],
        last=["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino",
              "Ramos", "Manalo", "Pascual", "Soriano"],
        mail=["gmail.com", "yahoo.com", "outlook.com"]),
}
for _cc, _k in C.items():
    _k.setdefault("region", _cc)

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
_FAKERS: dict[str, Faker] = {}
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                       "'": "", " ": "", "-": ""})


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------
# per-text context: a country, its rng and a seeded Faker
# --------------------------------------------------------------------------------------------
def _gen_phone(r: random.Random, region: str, mobile: bool, area: str | None = None):
    want = PNT.MOBILE if mobile else PNT.FIXED_LINE
    ok_types = (want, PNT.FIXED_LINE_OR_MOBILE)
    ex = phonenumbers.example_number_for_type(region, want)
    nsn = phonenumbers.national_significant_number(ex)
    for attempt in range(400):
        if area:
            cand = area + str(r.randint(2, 9)) + digits(r, 6)
        else:
            keep = 1 if attempt < 150 else (2 if attempt < 300 else 3)
            cand = nsn[:keep] + digits(r, len(nsn) - keep)
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in ok_types:
            if area or not cand.endswith("0123") and "555" not in cand[3:6]:
                return num
    return ex


class Ctx:
    def __init__(self, r: random.Random, cc: str) -> None:
        self.r, self.cc, self.K = r, cc, C[cc]
        self.fk = _faker(self.K["fk"])
        self.fk.seed_instance(r.getrandbits(48))
        self.ti = r.randrange(len(self.K["towns"]))

    # names ---------------------------------------------------------------------------------
    def first(self) -> str:
        K = self.K
        if "first" in K:
            return self.r.choice(K["first"])
        return self.fk.first_name()

    def last(self) -> str:
        K = self.K
        if "last" in K:
            return self.r.choice(K["last"])
        return self.fk.last_name()

    def person(self) -> tuple[str, str]:
        return self.first(), self.last()

    def full(self, f: str, last: str) -> str:
        if self.cc == "VN":
            return f"{last} {self.r.choice(self.K['mid'])} {f}"
        return f"{f} {last}"

    # places --------------------------------------------------------------------------------
    def town(self, other: bool = False) -> str:
        towns = self.K["towns"]
        t = towns[self.r.randrange(len(towns))] if other else towns[self.ti]
        return t[0]

    def street_line(self) -> str:
        r, K, cc = self.r, self.K, self.cc
        st = r.choice(K["streets"])
        n = r.randint(1, 180)
        if cc == "US":
            return f"{n * 7 + r.randint(0, 6)} {st} {r.choice(['St', 'Ave', 'Dr', 'Ln', 'Blvd', 'Ct', 'Rd'])}"
        if cc == "CA":
            return f"{n * 3} {st} {r.choice(['St', 'Ave', 'Rd', 'Blvd'])}"
        if cc in ("GB", "AU", "NZ", "ZA", "IE", "NG", "KE"):
            return f"{n} {st}"
        if cc == "IN":
            return f"{n}, {st}"
        if cc in ("DE", "NL", "SE", "SI", "ES"):
            return f"{st} {n}{r.choice(['', '', '', 'a', 'b'])}" if cc in ("DE", "NL") else f"{st} {n}"
        if cc == "CAT":
            return f"{st}, {n}"
        if cc == "FR":
            return f"{n}{r.choice(['', '', ' bis'])} {st}"
        if cc == "IT":
            return f"{st} {n}"
        if cc == "BR":
            return f"{st}, {n * 11}"
        if cc == "PL":
            return f"{st} {n}/{r.randint(1, 60)}" if r.random() < 0.6 else f"{st} {n}"
        if cc == "TR":
            return f"{r.choice(K['mahalle'])} {st} No: {n} D: {r.randint(1, 20)}"
        if cc == "RO":
            return f"{st} nr. {n}"
        if cc == "EE":
            return f"{st} {n}-{r.randint(1, 40)}" if r.random() < 0.6 else f"{st} {n}"
        if cc == "LT":
            return f"{st} {n}-{r.randint(1, 40)}" if r.random() < 0.6 else f"{st} {n}"
        if cc == "VN":
            return f"Số {n} {st}"
        if cc == "PH":
            return f"{n} {st}"
        raise KeyError(cc)

    def postcode(self) -> str:
        r, t, cc = self.r, self.K["towns"][self.ti], self.cc
        L = "ABDEFGHJLNPQRSTUWXYZ"
        if cc == "US":
            return t[2] + digits(r, 2)
        if cc == "GB":
            return f"{t[1]}{r.randint(1, 19)} {r.randint(1, 9)}{alnum(r, 2, L)}"
        if cc == "CA":
            cl = "ABCEGHJKLMNPRSTVWXYZ"
            return f"{t[2]}{r.randint(1, 9)}{r.choice(cl)} {r.randint(1, 9)}{r.choice(cl)}{r.randint(1, 9)}"
        if cc in ("AU", "NZ", "ZA", "KE"):
            return t[2]
        if cc == "IN":
            return t[2] + digits(r, 3)
        if cc == "IE":
            return f"{t[2]} {alnum(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
        if cc in ("DE", "NL", "SE", "PL", "EE", "LT"):
            s = t[1] + digits(r, 3)
            if cc == "NL":
                return f"{t[1]}{digits(r, 2)} {alnum(r, 2, 'ABCEGHJKLMNPRTVWXZ')}"
            if cc == "SE":
                return f"{s[:3]} {s[3:]}"
            if cc == "PL":
                return f"{s[:2]}-{s[2:]}"
            if cc == "LT":
                return f"LT-{s}"
            return s
        if cc in ("FR", "ES", "CAT", "IT"):
            return t[1] + digits(r, 2)
        if cc == "BR":
            return f"{t[2]}{digits(r, 3)}-{digits(r, 3)}"
        if cc == "TR":
            return t[2] + digits(r, 2)
        if cc == "RO":
            return t[1] + digits(r, 3)
        if cc == "SI":
            return t[1]
        if cc == "PH":
            return t[2]
        return ""

    def addr_lines(self, unit: bool | None = None) -> list[str]:
        """Address as lines (street [+unit], town line); joined with ', ' or '\n' by callers."""
        r, cc, t = self.r, self.cc, self.K["towns"][self.ti]
        s = self.street_line()
        unit = (r.random() < 0.3) if unit is None else unit
        pc = self.postcode()
        if cc == "US":
            lines = [s + (f", {r.choice(['Apt', 'Unit', '#'])} {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}".replace("# ", "#") if unit else ""),
                     f"{t[0]}, {t[1]} {pc}"]
        elif cc == "GB":
            lines = ([f"Flat {r.randint(1, 12)}"] if unit else []) + [s, f"{t[0]} {pc}"]
        elif cc == "CA":
            lines = [(f"{r.randint(100, 2400)}-" if unit else "") + s, f"{t[0]}, {t[1]} {pc}"]
        elif cc == "AU":
            lines = [(f"Unit {r.randint(1, 20)}/" if unit else "") + s, f"{t[0]} {t[1]} {pc}"]
        elif cc == "IN":
            lines = [f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {r.choice(self.K['bldg'])}", s, f"{t[0]} {pc}"]
        elif cc == "IE":
            lines = ([f"Apt {r.randint(1, 30)}"] if unit else []) + [s, t[0], f"{t[1]} {pc}"]
        elif cc == "ZA":
            lines = [s, t[1], f"{t[0]} {pc}"]
        elif cc == "NZ":
            lines = [(f"{r.randint(1, 9)}/" if unit else "") + s, t[1], f"{t[0]} {pc}"]
        elif cc == "NG":
            lines = [s, f"{t[1]}, {t[0]}", t[2]]
        elif cc == "KE":
            lines = [(f"Apt {r.choice('ABCD')}{r.randint(1, 12)}, " if unit else "") + s, t[1], f"{t[0]} {pc}"]
        elif cc == "ES":
            lines = [s + (f", {r.randint(1, 8)}º {r.choice('ABCD')}" if unit else ""), f"{pc} {t[0]}"]
        elif cc == "CAT":
            lines = [s + (f", {r.randint(1, 6)}r {r.randint(1, 4)}a" if unit else ""), f"{pc} {t[0]}"]
        elif cc == "IT":
            lines = [s, f"{pc} {t[0]} ({t[2]})"]
        elif cc == "BR":
            lines = [s + (f", apto {r.randint(1, 20)}0{r.randint(1, 4)}" if unit else ""),
                     f"{r.choice(self.K['bairros'])}, {t[0]} - {t[1]}", pc]
        elif cc == "TR":
            lines = [s, f"{pc} {t[1]}/{t[0]}"]
        elif cc == "RO":
            lines = [s + (f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}" if unit else ""),
                     f"{pc} {t[0]}"]
        elif cc == "VN":
            lines = [s, f"{r.choice(t[1])}", t[0]]
        elif cc == "PH":
            lines = [s, f"Brgy. {r.choice(self.K['brgy'])}", f"{t[0]}, {pc} {t[1]}"]
        else:  # DE NL SE PL EE LT SI FR
            lines = [s, f"{pc} {t[0]}"]
        return lines

    def address(self, unit: bool | None = None) -> str:
        return ", ".join(self.addr_lines(unit))

    # contact -------------------------------------------------------------------------------
    def phone(self, mobile: bool = True, style: str | None = None) -> str:
        r, reg = self.r, self.K["region"]
        area = None
        if self.cc == "US":
            area = self.K["towns"][self.ti][3]
        elif self.cc == "CA":
            area = self.K["towns"][self.ti][3]
        num = _gen_phone(r, reg, mobile, area)
        style = style or r.choice(["nat", "nat", "nat", "intl", "e164"])
        if style == "intl":
            s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, PNF.E164)
        else:
            s = phonenumbers.format_number(num, PNF.NATIONAL)
            if reg in ("US", "CA") and r.random() < 0.5:
                d = phonenumbers.national_significant_number(num)
                s = r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])
            elif reg == "FR" and r.random() < 0.4:
                s = s.replace(" ", ".")
            elif r.random() < 0.15:
                s = s.replace(" ", "")
        _PH_REGION[s] = reg
        return s

    def email(self, f: str, last: str, dom: str | None = None) -> str:
        r = self.r
        a, b = ascii_fold(f.split()[0]), ascii_fold(last)
        local = r.choice([f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{r.randint(1, 99)}", f"{b}.{a}",
                          f"{a}{r.randint(70, 99)}"])
        return f"{local}@{dom or r.choice(self.K['mail'])}"

    def dob_date(self, lo: int = 19, hi: int = 88) -> date:
        return TODAY - timedelta(days=self.r.randint(lo * 365 + 5, hi * 365))

    def fmt_date(self, d: date, long: bool | None = None) -> str:
        cc, r = self.cc, self.r
        if long is None:
            long = r.random() < 0.25
        if self.K["lang"] == "en" and long:
            if cc in ("US", "PH", "CA"):
                return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
            return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        if cc in ("US", "PH"):
            return f"{d.month:02d}/{d.day:02d}/{d.year}" if r.random() < 0.7 else f"{d.month}/{d.day}/{d.year}"
        if cc in ("CA", "SE", "LT"):
            return d.isoformat()
        if cc in ("DE", "PL", "TR", "RO", "EE"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if cc == "SI":
            return f"{d.day}. {d.month}. {d.year}"
        if cc == "NL":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def dob(self, lo: int = 19, hi: int = 88, long: bool | None = None) -> str:
        return self.fmt_date(self.dob_date(lo, hi), long)

    def other_date(self, back: int = 400, fwd: int = 60) -> str:
        d = TODAY + timedelta(days=self.r.randint(-back, fwd))
        return self.fmt_date(d, False)


# --------------------------------------------------------------------------------------------
# values: PII generators and look-alikes
# --------------------------------------------------------------------------------------------
def card(r: random.Random, spaced: bool | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        n = _luhn(r, "4", 16)
    elif kind == "mc":
        n = _luhn(r, str(r.randint(51, 55)), 16)
    elif kind == "amex":
        n = _luhn(r, r.choice(["34", "37"]), 15)
    else:
        n = _luhn(r, "6011", 16)
    spaced = r.random() < 0.5 if spaced is None else spaced
    if spaced:
        sep = r.choice([" ", " ", "-"])
        if len(n) == 15:
            return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def ssn(r: random.Random, dashed: bool = True) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if dashed else s.replace("-", "")


def us_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + digits(r, r.randint(7, 11))


def routing(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    v = _iban_of(r, cc)
    spaced = r.random() < 0.5 if spaced is None else spaced
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def pub_ip(r: random.Random, v6: float = 0.2) -> str:
    return _ip_public_v6(r) if r.random() < v6 else _ip_public_v4(r)


def priv_ip(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     "127.0.0.1", f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"fd{alnum(r, 2, '0123456789abcdef')}:{alnum(r, 4, '0123456789abcdef')}::{r.randint(1, 99)}"])


WORDS = ["sunflower", "tractor", "Kilimanjaro", "biscuit", "marmalade", "penguin", "Rover", "galaxy", "harbour",
         "lemonade", "thunder", "velvet", "Bluebell", "rocket", "pumpkin", "Saturn", "coffee", "mango", "nimbus",
         "Pirate", "kestrel", "cactus", "Juniper", "walrus"]


def password(r: random.Random) -> str:
    w = r.choice(WORDS)
    k = r.randrange(5)
    if k == 0:
        return f"{w.capitalize()}{r.randint(1, 99)}{r.choice('!#$%&*?@')}"
    if k == 1:
        return alnum(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#%&*+-=?@^_")
    if k == 2:
        return f"{w}{r.choice(['2023', '2024', '2025', '2026', '123', '1!'])}"
    if k == 3:
        return f"{r.choice(WORDS)}-{r.choice(WORDS).lower()}-{r.randint(10, 99)}"
    return f"{w[:3].upper()}{alnum(r, 6, string.ascii_lowercase + string.digits)}{r.choice('!$%')}"


def api_key(r: random.Random) -> str:
    A = string.ascii_letters + string.digits
    k = r.randrange(7)
    if k == 0:
        return "sk_live_" + alnum(r, 24, A)
    if k == 1:
        return "ghp_" + alnum(r, 36, A)
    if k == 2:
        return f"xoxb-{digits(r, 11)}-{digits(r, 13)}-{alnum(r, 24, A)}"
    if k == 3:
        return "AIza" + alnum(r, 35, A + "-_")
    if k == 4:
        return f"SG.{alnum(r, 22, A + '-_')}.{alnum(r, 43, A + '-_')}"
    if k == 5:
        return "sk-proj-" + alnum(r, 40, A + "-_")
    return "glpat-" + alnum(r, 20, A + "-_")


HEX = "0123456789abcdef"


def uuid4(r: random.Random) -> str:
    h = alnum(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha256(r: random.Random) -> str:
    return alnum(r, 64, HEX)


def bcrypt(r: random.Random) -> str:
    return f"$2b${r.choice(['10', '12'])}$" + alnum(r, 53, string.ascii_letters + string.digits + "./")


def argon2(r: random.Random) -> str:
    b = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${alnum(r, 22, b)}${alnum(r, 43, b)}"


def masked_card(r: random.Random) -> str:
    l4 = digits(r, 4)
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"4{digits(r, 5)}******{l4}",
                     f"•••• {l4}", f"************{l4}"])


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def version(r: random.Random) -> str:
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                     f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 20)}-rc{r.randint(1, 4)}",
                     f"{r.randint(10, 18)}.{r.randint(0, 7)}.{r.randint(1, 9)}"])


def imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def swift(r: random.Random, cc: str) -> str:
    return alnum(r, 4, string.ascii_uppercase) + cc + alnum(r, 2, string.ascii_uppercase + "123456789") +\
        r.choice(["", "", "XXX"])


def gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 60):.5f}, {r.uniform(-120, 150):.5f}"


def ref(r: random.Random, pre: str, n: int = 6) -> str:
    return f"{pre}{digits(r, n)}"


def code(r: random.Random, n: int = 6) -> str:
    return alnum(r, n, string.ascii_uppercase + "23456789")


def ts(r: random.Random, back_days: int = 30) -> str:
    d = TODAY - timedelta(days=r.randint(0, back_days))
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def hhmm(r: random.Random) -> str:
    """Clock that moves forward within one text (state kept on the text's own rng)."""
    t = getattr(r, "_fern_clock", None)
    t = r.randint(7 * 60, 13 * 60) if t is None or t > 22 * 60 else t + r.randint(1, 40)
    r._fern_clock = t
    return f"{t // 60:02d}:{t % 60:02d}"


def hhmm_free(r: random.Random) -> str:
    return f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45'])}"


def money(r: random.Random, cur: str = "$", lo: int = 5, hi: int = 900) -> str:
    v = r.randint(lo * 100, hi * 100) / 100
    if cur in ("€", "zł", "lei", "kr", "TL", "R$"):
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
        return f"{s} {cur}" if cur != "R$" else f"R$ {s}"
    return f"{cur}{v:,.2f}"


PETS = ["Biscuit", "Luna", "Max", "Bella", "Simba", "Coco", "Mochi", "Rex", "Pepper", "Nala", "Milo", "Tiger"]


# --------------------------------------------------------------------------------------------
# templates (English)
# --------------------------------------------------------------------------------------------
def _quote_addr(b: B, lines: list[str], pre: str = "> ") -> None:
    for ln in lines:
        b(pre, (ln, ADDR), "\n")


def t_us_email_quoted(r):
    c, b = Ctx(r, "US"), B()
    f, sn = c.person()
    af, al = c.person()
    cg = c.first()
    office = Ctx(r, "US")
    ol = office.addr_lines(unit=False)
    b("From: ", (f"{f} {sn}", PER), " <", (c.email(f, sn), EM), ">\n",
      "To: Care Coordination <", ("scheduling@hearthsidecare.com", EM), ">\n",
      "Subject: ", r.choice(["Re: visit schedule for my mom", "RE: RE: caregiver times", "Re: new address"]), "\n\n",
      "Hi ", (af, PER), ",\n\n", r.choice(["Thanks for calling back. ", "Sorry for the delay! ", ""]),
      "Mom moves in with us on ", c.other_date(0, 30), " so the visits need to go to ",
      (c.address(), ADDR), r.choice([" from then on.", " starting that week."]),
      " Her DOB is ", (c.dob(72, 96), DOB), " if the intake form needs it again. Best number for me is ",
      (c.phone(), PH), ", I'm at work until 5.\n\nThanks,\n", (f, PER), "\n\n",
      "On ", c.other_date(20, 0), " at ", hhmm(r), ", ", (f"{af} {al}", PER), " <",
      (c.email(af, al, "hearthsidecare.com"), EM), "> wrote:\n",
      "> Hi ", (f, PER), ",\n> ", (cg, PER), " is booked Tue/Thu 9-11am (visit ref VIS-", digits(r, 6),
      "). Invoice total ", money(r), ".\n>\n> ", (f"{af} {al}", PER), " | Care Coordinator\n",
      "> Hearthside Care\n")
    _quote_addr(b, ol)
    b("> Office: ", (office.phone(False, "nat"), PH), "\n")
    return b.done()


def t_us_repair_ticket(r):
    c, b = Ctx(r, "US"), B()
    f, sn = c.person()
    tech = c.first()
    b("Ticket #FX-", digits(r, 5), "  |  Status: Awaiting parts  |  Store: FixPoint Mobile – ", c.town(True),
      " Mall\nCustomer: ", (f"{sn}, {f}", PER), "\nPhone: ", (c.phone(), PH), "\nEmail: ", (c.email(f, sn), EM),
      "\nDevice: ", r.choice(["iPhone 14 Pro", "Galaxy S23", "Pixel 8", "iPhone 12 mini"]), "  IMEI ", imei(r),
      "  iOS/Android ", version(r), "\nIssue: ", r.choice(["cracked screen + won't charge", "water damage, boot loop",
                                                            "battery swelling"]),
      "\nScreen PIN: ", digits(r, 6), " | Apple ID/Google pw given for testing: ", (password(r), PW), "\n",
      "--- internal note (", (tech, PER), ", ", c.other_date(10, 0), ") ---\n",
      "Deposit ", money(r, "$", 40, 120), " charged to card ", masked_card(r), " exp ", expiry(r),
      ". Customer asked for refund of the diagnostic fee by ACH instead: routing ", routing(r), " acct ",
      (us_account(r), BANK), ". Parts ETA ", c.other_date(0, 14), ", tracking 1Z", code(r, 16), ".\n")
    return b.done()


def t_us_bus_form(r):
    c, b = Ctx(r, "US"), B()
    pf, pl = c.person()
    kid = c.first()
    sep = r.choice([": ", ":\t", " - "])
    b("YELLOWLINE SCHOOL TRANSPORT – RIDER APPLICATION 2026/27\n",
      "Student first name", sep, (kid, PER), "\nStudent last name", sep, (pl, PER), "\n",
      "Date of birth", sep, (c.dob(5, 14), DOB), "\nGrade", sep, str(r.randint(1, 8)), "\n",
      "School", sep, r.choice(["Lincoln Elementary", "Roosevelt Middle School", "Jefferson Academy"]), "\n",
      "Pickup address", sep, (c.address(), ADDR), "\nStop ID", sep, "STP-", digits(r, 4), "\n",
      "Parent/guardian", sep, (f"{pf} {pl}", PER), "\nCell", sep, (c.phone(True, "nat"), PH), "\n",
      "Email", sep, (c.email(pf, pl), EM), "\nParent SSN (for fee waiver)", sep, (ssn(r), SSN), "\n",
      "Household income", sep, money(r, "$", 20000, 90000), "\nDoor code for after-school drop", sep,
      f"{r.randint(1, 9)}#{digits(r, 4)}", "\nSubmitted", sep, ts(r), "\n")
    return b.done()


def t_us_app_log(r):
    c, b = Ctx(r, "US"), B()
    f, sn = c.person()
    for _ in range(r.randint(2, 3)):
        b(ts(r, 2), " INFO  voltpath.api request_id=", uuid4(r), " path=/v2/sessions/start station=",
          f"VP-{c.town(True).upper()[:3]}-{digits(r, 3)}", " client_ip=", (pub_ip(r), IP), " upstream=",
          priv_ip(r), " status=200 ms=", str(r.randint(20, 900)), "\n")
    b(ts(r, 2), " WARN  voltpath.auth login_failed user=", (c.email(f, sn), EM), " ip=", (pub_ip(r), IP),
      " attempts=", str(r.randint(2, 6)), " ua=\"VoltPath/", version(r), " (iOS)\"\n")
    b(ts(r, 2), " DEBUG voltpath.billing stripe_init publishable=pk_live_", alnum(r, 24),
      " secret=", (api_key(r), KEY), "  # TODO remove before release\n")
    b(ts(r, 2), " INFO  voltpath.billing charge ok amount=", money(r, "$", 5, 60), " card=", masked_card(r),
      " session=sess_", alnum(r, 20), " kwh=", f"{r.uniform(4, 70):.2f}", "\n")
    return b.done()


def t_us_sms_thread(r):
    c, b = Ctx(r, "US"), B()
    f, sn = c.person()
    drv = c.first()
    b("PressPerfect: Hi ", (f, PER), "! Your driver ", (drv, PER), " will pick up between ", hhmm(r), " and ",
      hhmm(r), " today. Order ORD-", digits(r, 6), ". Reply STOP to opt out.\n",
      "Me: ok great. gate code is ", f"{digits(r, 4)}#", " and pls use the side door at ",
      (c.street_line(), ADDR), "\n",
      "PressPerfect: Noted. Total est. ", money(r, "$", 15, 80), ". Card on file ending ", digits(r, 4), ".\n",
      "Me: actually charge my other card ", (card(r), CC), " exp ", expiry(r), "\n",
      "PressPerfect: For your security please don't text card numbers. Call ", (c.phone(False, "nat"), PH),
      " or update it in the app.\n")
    return b.done()


def t_us_transcript(r):
    c, b = Ctx(r, "US"), B()
    f, sn = c.person()
    a = c.first()
    s = ssn(r)
    spoken = s.replace("-", " ") if r.random() < 0.5 else s
    t = c.K["towns"][c.ti]
    b("[auto-transcript, confidence 0.87]\nagent: thank you for calling harlow and finch notary services this is ",
      (a.lower(), PER), " how can i help\ncaller: hi yeah this is ", (f"{f} {sn}".lower(), PER),
      " i have a closing on the ", r.choice(["fourteenth", "second", "twenty first"]),
      " and they need my social\nagent: okay go ahead\ncaller: it's ", (spoken, SSN),
      "\nagent: and your date of birth\ncaller: ", (c.dob(25, 80, True).lower(), DOB),
      "\nagent: and the property address\ncaller: ", (f"{c.street_line()} {t[0]} {t[1]} {c.postcode()}".lower(), ADDR),
      "\nagent: perfect the fee is ", money(r, "$", 50, 250), " your confirmation is ", code(r, 8).lower(),
      "\ncaller: do you need my bank account for the wire\nagent: the title company handles that but go on\n"
      "caller: it's ", (us_account(r), BANK), " routing ", routing(r), "\n")
    return b.done()


def t_gb_forwarded(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    m1, m2 = c.person()
    ln = c.addr_lines(unit=True)
    b("---------- Forwarded message ---------\nFrom: ", (f"{f} {sn}", PER), " <", (c.email(f, sn), EM), ">\n",
      "Date: ", c.other_date(30, 0), "\nSubject: Leak in bathroom ceiling\nTo: ",
      ("maintenance@parkviewresidences.co.uk", EM), "\n\n",
      "Hiya,\n\nWater is coming through the bathroom ceiling again (photo attached). Flat details:\n\n",
      ("\n".join(ln), ADDR), "\n\nI'm in all day Thursday, otherwise the concierge has a key. You can ring me on ",
      (c.phone(), PH), ".\n\nCheers\n", (f, PER), "\n\n", r.choice(["", "Sent from my iPhone\n\n"]),
      "----\n", (m1, PER), " – can you book Dave's Plumbing for this? Job ref MR-", digits(r, 5),
      ", budget code PV-", digits(r, 3), ". Contractor line ", (c.phone(False, "nat"), PH), ".\nThanks, ",
      (f"{m1} {m2[0]}.", PER), "\n")
    return b.done()


def t_gb_whatsapp(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    art = c.first()
    d = TODAY - timedelta(days=r.randint(1, 60))
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    b(f"[{ds}, {hhmm(r)}] ", (f"{f} {sn}", PER), ": hiya is ", (art, PER), " free for a walk-in saturday?\n",
      f"[{ds}, {hhmm(r)}] Black Lotus Tattoo: Hi ", (f, PER), "! ", (art, PER),
      " has 2pm. Deposit is £50, we'll need your DOB for the consent form\n",
      f"[{ds}, {hhmm(r)}] ", (f"{f} {sn}", PER), ": ", (c.dob(18, 45), DOB), "\n",
      f"[{ds}, {hhmm(r)}] ", (f"{f} {sn}", PER), ": and my mate ", (c.first(), PER), " wants a piercing, she's ",
      "coming up from ", (c.town(True), LOC), "\n",
      f"[{ds}, {hhmm(r)}] Black Lotus Tattoo: lovely. Pay the deposit here: pay.blacklotus.example/d/",
      code(r, 10), " (booking ref BL", digits(r, 5), ")\n",
      f"[{ds}, {hhmm(r)}] ", (f"{f} {sn}", PER), ": <Media omitted>\n")
    return b.done()


def t_gb_crm_note(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    ag = c.first()
    b("Account: LUM-", digits(r, 7), " | Lumiere Screens Membership (", r.choice(["Unlimited", "Student", "Duo"]),
      ")\nContact: ", (f"{f} {sn}", PER), "  Tel: ", (c.phone(), PH),
      "\nNote by ", (ag, PER), " on ", c.other_date(40, 0), ":\n",
      r.choice(["Cust rang re double charge.", "Customer called about a double debit.", "Called in, upset."]),
      " Confirmed payments of ", money(r, "£", 9, 20), " on ", c.other_date(60, 0), " and ", c.other_date(60, 0),
      " to card ", masked_card(r), ". Wants to switch to direct debit from ", (iban(r, "GB"), IBAN),
      ", sort code look-up ok. Moved house to ", (c.town(), LOC), " so home cinema changes from ",
      c.town(True), " to the new site. Refund case CASE-", digits(r, 6), " raised.\n")
    return b.done()


def t_gb_ocr_form(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    nok, nl = c.person()
    ln = c.addr_lines()
    b("KINDRED HANDS HOMECARE  —  CLIENT REFERRAL F0RM  (scan p.1/2)\n",
      "Surnarne: ", (sn.upper(), PER), "    Forename(s): ", (f, PER), "\n",
      "D.O.B.: ", (c.dob(65, 95), DOB), "   NHS No: [redacted]",
      "\nAddress: ", ("\n".join(ln), ADDR), "\n",
      "Tel (home): ", (c.phone(False, "nat"), PH), "   Mob: ", (c.phone(True, "nat"), PH), "\n",
      "Next of kin: ", (f"{nok} {nl}", PER), " (", r.choice(["daughter", "son", "niece", "neighbour"]),
      ")   Email: ", (c.email(nok, nl), EM), "\n",
      "GP practice: ", c.town(True), " Health Centre   Key safe code: ", digits(r, 4),
      "\nReferral rec'd ", c.other_date(20, 0), "  by: ", (c.first(), PER), "  Ref KH/", digits(r, 5), "\n")
    return b.done()


def t_gb_nginx(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    mon = ["Oct", "Nov"][r.randint(0, 1)]
    for k in range(r.randint(3, 5)):
        ip = pub_ip(r, 0.25) if k % 2 == 0 else priv_ip(r)
        lab = IP if k % 2 == 0 else None
        path = r.choice(["/courses/intro-python/lesson/3", "/api/v1/progress", "/static/app." + alnum(r, 8, HEX) + ".js",
                         "/login"])
        b((ip, lab), f" - - [{r.randint(1, 27):02d}/{mon}/2026:{hhmm(r)}:{r.randint(10, 59)} +0000] \"GET ",
          path, " HTTP/1.1\" ", r.choice(["200", "304", "404"]), " ", str(r.randint(200, 90000)),
          " \"-\" \"Mozilla/5.0\"\n")
    b((pub_ip(r), IP), f" - - [{r.randint(1, 27):02d}/{mon}/2026:{hhmm(r)}:07 +0000] \"GET /reset?email=",
      (c.email(f, sn), EM), "&t=", alnum(r, 32, HEX), " HTTP/1.1\" 302 0 \"-\" \"Learnloft-Android/", version(r),
      "\"\n")
    return b.done()


def t_gb_subjects(r):
    c, b = Ctx(r, "GB"), B()
    f, sn = c.person()
    subs = [
        lambda: b("[Learnloft] Your certificate for “Excel for Busy People” is ready\n"),
        lambda: b("Re: [TCK-", digits(r, 5), "] Refund request from ", (f"{f} {sn}", PER), "\n"),
        lambda: b("Reminder: PressPerfect collection tomorrow ", hhmm(r), "–", hhmm(r), "\n"),
        lambda: b("New booking: ", (f, PER), " @ Black Lotus, ", c.other_date(0, 20), "\n"),
        lambda: b("Invoice INV-", digits(r, 6), " – ", money(r, "£"), " due ", c.other_date(0, 30), "\n"),
        lambda: b("Missed call from ", (c.phone(), PH), "\n"),
        lambda: b("Fwd: Maria's Kitchen supplier contract v", version(r), "\n"),
        lambda: b("[Parkview] Lift out of service – Block C – ", c.other_date(0, 5), "\n"),
    ]
    for i in r.sample(range(len(subs)), r.randint(4, 6)):
        subs[i]()
    return b.done()


def t_ca_teams(r):
    c, b = Ctx(r, "CA"), B()
    a1, a2 = c.person()
    b1, b2 = c.person()
    t1, t2 = hhmm(r), hhmm(r)
    n1, n2 = f"{a2}, {a1}", f"{b2}, {b1}"
    b(n1, f" {t1}\n", "anyone know why the Ampora Charge staging build ", version(r), " can't reach the billing svc?\n",
      n2, f" {t2}\n", "yeah the env file got reset. use this for now, rotate after:\n",
      "BILLING_API_KEY=", (api_key(r), KEY), "\nDB_HOST=", priv_ip(r), "\nDB_USER=svc_billing\nDB_PASSWORD=",
      (password(r), PW), "\n", n1, f" {hhmm(r)}\n", "thx ", (b1, PER), " 🙏 also the charger at ",
      c.town(True), " depot (", gps(r), ") is throwing E-", digits(r, 3), " again\n",
      n2, f" {hhmm(r)}\n", "ticket it pls, cc ", (c.email(b1, b2, "ampora.ca"), EM), "\n")
    return _label_names(b.done(), [(n1, PER), (n2, PER)])


def _label_names(t: Text, names: list[tuple[str, str]]) -> Text:
    """Add spans for every occurrence of the given literal strings that are not already covered."""
    spans = list(t.spans)
    for val, lab in names:
        i = t.text.find(val)
        while i >= 0:
            e = i + len(val)
            edge = (i == 0 or not t.text[i - 1].isalnum()) and (e == len(t.text) or not t.text[e].isalnum())
            if edge and not any(s < e and i < se for s, se, _ in spans):
                spans.append((i, e, lab))
            i = t.text.find(val, e)
    spans.sort()
    bb = B()
    pos = 0
    for s, e, lab in spans:
        bb(t.text[pos:s], (t.text[s:e], lab))
        pos = e
    bb(t.text[pos:])
    return bb.done()


def t_ca_live_chat(r):
    c, b = Ctx(r, "CA"), B()
    f, sn = c.person()
    ag = c.first()
    b("Chat transcript – Starlight Cinemas – ", c.other_date(10, 0), "\n",
      f"{hhmm(r)} ", (ag, PER), " (Agent): Hi there, you're chatting with ", (ag, PER), ". How can I help?\n",
      f"{hhmm(r)} ", (f, PER), ": my membership renewal failed, can you just put it on this card ",
      (card(r), CC), " " + expiry(r), "\n",
      f"{hhmm(r)} ", (ag, PER), " (Agent): I've removed that for your security. Please use the link I sent to ",
      (c.email(f, sn), EM), ".\n",
      f"{hhmm(r)} ", (f, PER), ": fine. also i moved to ", (c.town(), LOC), ", can my home theatre be the ",
      c.town(True), " one?\n",
      f"{hhmm(r)} ", (ag, PER), " (Agent): Done! Member no. SC-", digits(r, 8), ", promo code ", code(r, 8),
      ". Anything else?\n")
    return b.done()


def t_ca_no_pii(r):
    b = B()
    t = Ctx(r, "CA")
    b("Ampora Charge – planned maintenance\n\nOn ", t.other_date(0, 30), " between ", hhmm(r), " and ", hhmm(r),
      " ET we will update station firmware to ", version(r), ". Stations at the ", t.town(True), " and ",
      t.town(True), " depots will be unavailable for about ", str(r.randint(20, 90)),
      " minutes. Sessions already in progress keep charging. Peak rate stays at ", money(r, "$", 0, 1),
      "/kWh; idle fees after ", str(r.randint(10, 30)), " minutes. Build hash ", alnum(r, 40, HEX)[:12],
      ", change ticket CHG-", digits(r, 5), ".\n\nQuestions? Reply in the app (Settings > Help).\n")
    return b.done()


def t_au_call_notes(r):
    c, b = Ctx(r, "AU"), B()
    f, sn = c.person()
    b("CALL NOTES ", c.other_date(20, 0), " ", hhmm(r), " — VoltPath AU\nCaller: ", (f"{f} {sn}", PER),
      " ph ", (c.phone(), PH), "\n- charger at home install: ", (c.address(), ADDR), "\n",
      "- wants the 7kW wallbox, quote Q-", digits(r, 5), " ", money(r, "$", 900, 2400), " inc GST\n",
      "- sparky booked ", c.other_date(0, 20), ", site visit by ", (c.first(), PER), "\n",
      "- moving to ", (c.town(True), LOC), " next year, asked if unit is portable (yes)\n",
      "- paid deposit, card ", masked_card(r), "; rego ", code(r, 6), "\n")
    return b.done()


def t_au_sheet_rows(r):
    c, b = Ctx(r, "AU"), B()
    b("Camp\tChild first\tChild last\tDOB\tSuburb\tParent mobile\tMedical\tPaid\n")
    for _ in range(r.randint(3, 5)):
        f, sn = c.person()
        c.ti = r.randrange(len(c.K["towns"]))
        b(r.choice(["Wombat Week", "Surf & Sail", "Bush Explorers"]), "\t", (f, PER), "\t", (sn, PER), "\t",
          (c.dob(6, 15), DOB), "\t", (c.town(), LOC), "\t", (c.phone(True, "nat"), PH), "\t",
          r.choice(["none", "asthma (puffer)", "nut allergy", "-"]), "\t", money(r, "$", 150, 600), "\n")
    return b.done()


def t_au_config(r):
    c, b = Ctx(r, "AU"), B()
    f, sn = c.person()
    b("# learnloft-mailer config (prod-au)\nversion: \"", version(r), "\"\nsmtp:\n  host: ", priv_ip(r),
      "\n  port: 587\n  username: ", (c.email(f, sn, "learnloft.com.au"), EM), "\n  password: \"", (password(r), PW),
      "\"\nsendgrid:\n  api_key: ", (api_key(r), KEY), "\n  template_id: d-", alnum(r, 32, HEX),
      "\nadmin_contact: ", (f"{f} {sn}", PER), "\nallow_from:\n  - ", (pub_ip(r, 0), IP), "/32\n  - ", priv_ip(r),
      "\nwebhook_secret_sha256: ", sha256(r), "\n")
    return b.done()


def t_in_support_email(r):
    c, b = Ctx(r, "IN"), B()
    f, sn = c.person()
    ag, al = c.person()
    b("Dear SkillHarbor Team,\n\nI have enrolled for the Data Analytics course (order SH", digits(r, 9), ") on ",
      c.other_date(30, 0), " but amount ", "₹", f"{r.randint(1999, 24999):,}", " is debited two times from my card ",
      masked_card(r), ". Kindly do the needful and refund to my account.\n\nMy details:\nName: ",
      (f"{f} {sn}", PER), "\nMobile: ", (c.phone(), PH), "\nRegistered email: ", (c.email(f, sn), EM),
      "\nAddress: ", (c.address(), ADDR), "\n\nThanks and regards,\n", (f, PER), "\n\n",
      "-----Original Message-----\nFrom: ", (f"{ag} {al}", PER), " <", ("support@skillharbor.in", EM), ">\n",
      "Your refund ticket SHR-", digits(r, 6), " is under process. UTR no. will be shared in 5-7 working days.\n")
    return b.done()


def t_in_sms(r):
    c, b = Ctx(r, "IN"), B()
    f = c.first()
    msgs = [
        lambda: b("VM-FIXPNT: ", str(r.randint(100000, 999999)), " is your OTP to track repair JOB", digits(r, 7),
                  ". Do not share. -FixPoint\n"),
        lambda: b("AD-FIXPNT: Dear ", (f, PER), ", your ", r.choice(["Redmi Note 12", "OnePlus 11", "Galaxy M34"]),
                  " is ready for pickup at FixPoint ", c.town(True), ". Bill ₹", str(r.randint(900, 9000)),
                  ". Call ", (c.phone(False, "nat"), PH), "\n"),
        lambda: b("JD-HDFCBK: Rs.", str(r.randint(100, 9999)), " debited from a/c XX", digits(r, 4), " on ",
                  c.other_date(5, 0), ". Avl bal Rs.", str(r.randint(1000, 99999)), "\n"),
        lambda: b("Sir please call me back on ", (c.phone(True, "e164"), PH), " regarding screen warranty. ",
                  (f"{c.first()} {c.last()}", PER), "\n"),
        lambda: b("FixPoint: Your IMEI ", imei(r), " has been registered for warranty till ", c.other_date(0, 365),
                  ".\n"),
    ]
    for i in r.sample(range(len(msgs)), 4):
        msgs[i]()
    return b.done()


def t_in_jsonl(r):
    c, b = Ctx(r, "IN"), B()
    for _ in range(r.randint(2, 3)):
        f, sn = c.person()
        c.ti = r.randrange(len(c.K["towns"]))
        b('{"event":"signup","ts":"', ts(r), '","user_id":"', uuid4(r), '","name":"', (f"{f} {sn}", PER),
          '","email":"', (c.email(f, sn), EM), '","phone":"', (c.phone(True, "e164"), PH), '","city":"',
          (c.town(), LOC), '","dob":"', (c.dob(17, 50, False), DOB), '","course":"PY-',
          digits(r, 3), '","coupon":"', code(r, 8), '","ip":"', (pub_ip(r), IP), '"}\n')
    b('{"event":"heartbeat","ts":"', ts(r), '","host":"', priv_ip(r), '","build":"', version(r), '"}\n')
    return b.done()


def t_in_ticket(r):
    c, b = Ctx(r, "IN"), B()
    f, sn = c.person()
    b("[SHD-", digits(r, 5), "] Account compromised?\nReporter: ", (f"{f} {sn}", PER), " (", (c.email(f, sn), EM),
      ")\n\nHi, I got a login alert from ", (c.town(True), LOC), " but I am in ", (c.town(), LOC),
      ". IP shown was ", (pub_ip(r), IP), ". I already changed password but old one was ", (password(r), PW),
      " if that helps you check.\n\n--- Internal note (", (c.first(), PER), ") ---\nSessions revoked (",
      str(r.randint(2, 5)), "). Login IPs: ", (pub_ip(r), IP), ", ", priv_ip(r),
      " (our VPN). Password hash now ", bcrypt(r), ". Closing as user-resolved.\n")
    return b.done()


def t_ie_signature(r):
    c, b = Ctx(r, "IE"), B()
    f, sn = c.person()
    sf, sl = c.person()
    off = Ctx(r, "IE")
    b("Dear ", r.choice(["Mr ", "Ms ", ""]), (sn if r.random() < 0.5 else f, PER), ",\n\n",
      "Re: Sale of ", (c.address(), ADDR), "\n\nFurther to our call, please find attached the draft contract. ",
      "We will need certified ID and proof of address for both vendors, and the PPS number for the CAT form ",
      "(please do not send it by email). Closing is pencilled in for ", c.other_date(0, 60),
      ". Our file ref is FM/", digits(r, 4), "/", str(r.randint(20, 26)), ".\n\nKind regards,\n\n",
      (f"{sf} {sl}", PER), "\nSolicitor & Notary Public\nFinch Molloy LLP\n", ("\n".join(off.addr_lines(False)), ADDR),
      "\nT: ", (off.phone(False, "intl"), PH), " | M: ", (off.phone(True, "nat"), PH), "\nE: ",
      (c.email(sf, sl, "finchmolloy.ie"), EM), "\n\nThis email and any attachments are confidential. "
      "Finch Molloy LLP will never change its bank details by email.\n")
    return b.done()


def t_ie_slack(r):
    c, b = Ctx(r, "IE"), B()
    a, bb2 = c.first(), c.first()
    res, rl = c.person()
    b(f"{a}  {hhmm(r)}\n", "Apt ", str(r.randint(1, 40)), " intercom broken again, resident is ", (f"{res} {rl}", PER),
      ", asked us to ring on ", (c.phone(), PH), "\n", f"{bb2}  {hhmm(r)}\n",
      "grand, I'll log it. is that the one moving to ", (c.town(True), LOC), "?\n", f"{a}  {hhmm(r)}\n",
      "no that's ", (c.first(), PER), " in 14. fob for the contractor is #", digits(r, 4),
      ", don't give out the bin store code (", digits(r, 4), ")\n", f"{bb2}  {hhmm(r)}\n",
      ":thumbsup: ticket MNT-", digits(r, 4), "\n")
    return _label_names(b.done(), [(a, PER), (bb2, PER)])


def t_ie_no_pii(r):
    c, b = Ctx(r, "IE"), B()
    b("Weekly ops update – Fresh Fold Laundry\n\n* ", c.town(True), " depot: ", str(r.randint(300, 900)),
      " orders, ", str(r.randint(1, 9)), " late (van 0", str(r.randint(1, 9)), " off road)\n* ", c.town(True),
      " depot: new press installed, firmware ", version(r), "\n* Revenue ", money(r, "€", 20000, 90000),
      " vs target ", money(r, "€", 20000, 90000), "\n* Claims: CLM-", digits(r, 5), ", CLM-", digits(r, 5),
      " (both under €50)\n* Next stocktake ", c.other_date(0, 20), "\n\nNo action needed from store managers.\n")
    return b.done()


def t_za_whatsapp(r):
    c, b = Ctx(r, "ZA"), B()
    p1, p1l = c.person()
    drv = c.first()
    d = TODAY - timedelta(days=r.randint(1, 40))
    pre = f"{d.year}/{d.month:02d}/{d.day:02d}, "
    b(pre, hhmm(r), " - ", (drv, PER), " (Yellowline Bus 7): Morning parents, running 15 min late, roadworks on the ",
      r.choice(["N2", "M1", "R21", "N1"]), ".\n", pre, hhmm(r), " - ", (f"{p1} {p1l}", PER), ": Thanks ", (drv, PER),
      ". From Monday please collect ", (c.first(), PER), " at my new place, ", (c.address(), ADDR), "\n",
      pre, hhmm(r), " - ", (drv, PER), " (Yellowline Bus 7): Sharp, send your number to the office pls\n",
      pre, hhmm(r), " - ", (f"{p1} {p1l}", PER), ": ", (c.phone(), PH), "\n",
      pre, hhmm(r), " - ", (c.phone(True, "intl"), PH), ": is the ", c.town(True), " route still running in the holidays?\n")
    return b.done()


def t_za_crm(r):
    c, b = Ctx(r, "ZA"), B()
    f, sn = c.person()
    b("Member: ", (f"{sn.upper()}, {f}", PER), "   Co-op no: AGV-", digits(r, 6), "\nFarm: ",
      r.choice(["Rietfontein", "Boschkloof", "Uitkyk", "Doornhoek"]), " (", gps(r), ")\nPostal: ",
      (c.address(), ADDR), "\nCell: ", (c.phone(), PH), "  Email: ", (c.email(f, sn), EM), "\nID/DOB: ",
      (c.dob(25, 80), DOB), "\n", c.other_date(30, 0), " – ordered ", str(r.randint(5, 40)), " bags LAN 28 @ ",
      money(r, "R", 300, 700), ". Delivery from Agrivale ", c.town(True), " branch. Account on 30-day terms, ",
      "card ", masked_card(r), " as backup.\n")
    return b.done()


def t_nz_ticket(r):
    c, b = Ctx(r, "NZ"), B()
    f, sn = c.person()
    b("Ticket FF-", digits(r, 5), " — Damage claim (wool coat)\nRequester: ", (f"{f} {sn}", PER), " <",
      (c.email(f, sn), EM), ">\nSubmitted: ", ts(r), "\n\nKia ora, my coat came back from the ", c.town(True),
      " store with a burn mark on the sleeve. Receipt no. ", digits(r, 8), ", paid ", money(r, "$", 20, 90),
      ". Please call ", (c.phone(), PH), " or drop a replacement to ", (c.address(), ADDR),
      ".\n\nNgā mihi\n", (f, PER), "\n\n-- Internal --\nApproved NZ$", str(r.randint(80, 400)),
      " goodwill. Bank for refund: ", digits(r, 2), "-", digits(r, 4), "-XXXXX", digits(r, 2),
      "-00 (masked). Agent: ", (c.first(), PER), "\n")
    return b.done()


def t_nz_transcript(r):
    c, b = Ctx(r, "NZ"), B()
    f, sn = c.person()
    ph = c.phone(True, "nat")
    b("voicemail transcription (", str(r.randint(20, 90)), "s): hi it's ", (f"{f} {sn}".lower(), PER),
      " calling about the tattoo booking for saturday um i need to move it because i'm flying to ",
      (c.town(True).lower(), LOC), " that weekend can someone call me back on ", (ph, PH),
      " thanks oh and the deposit reference was ", code(r, 6).lower(), " cheers bye\n")
    return b.done()


def t_ng_email(r):
    c, b = Ctx(r, "NG"), B()
    f, sn = c.person()
    b("Good day sir/ma,\n\nI brought my phone (", r.choice(["Tecno Camon 20", "Infinix Hot 30", "iPhone XR"]),
      ", IMEI ", imei(r), ") to your ", c.town(True), " shop since ", c.other_date(30, 0),
      " and till now nobody has called me. The job card number is FPM/", digits(r, 5),
      ". I paid ₦", f"{r.randint(5, 60) * 1000:,}", " upfront.\n\nPlease reach me on ", (c.phone(), PH), " or ",
      (c.phone(True, "intl"), PH), ". You can deliver it to ", (c.address(), ADDR), ".\n\nRegards,\n",
      (f"{f} {sn}", PER), "\n", (c.email(f, sn), EM), "\n")
    return b.done()


def t_ng_chat(r):
    c, b = Ctx(r, "NG"), B()
    f, sn = c.person()
    ag = c.first()
    b("Visitor ", digits(r, 5), " joined the chat\n", (ag, PER), ": Welcome to SkillHarbor! Who am I chatting with?\n",
      "Visitor: ", (f, PER), ". I want to pay for the cybersecurity bootcamp but my card keeps failing\n",
      (ag, PER), ": Sorry about that ", (f, PER), ". Which email did you register with?\n", "Visitor: ",
      (c.email(f, sn), EM), "\n", (ag, PER), ": Thanks. I see attempts from IP ", (pub_ip(r), IP),
      ", declined by your bank (code 05). Try the bank transfer option, reference SH-", code(r, 7), ".\n",
      "Visitor: ok. I'm relocating to ", (c.town(True), LOC), " next month, is the cohort online?\n",
      (ag, PER), ": Yes, fully online.\n")
    return b.done()


def t_ke_sms(r):
    c, b = Ctx(r, "KE"), B()
    f, sn = c.person()
    b(code(r, 10), " Confirmed. Ksh", f"{r.randint(500, 30000):,}", ".00 sent to AGRIVALE COOPERATIVE for account ",
      "AGV", digits(r, 5), " on ", c.other_date(10, 0), " at ", hhmm(r), ". New balance Ksh",
      f"{r.randint(100, 9000):,}", ".00.\n\n", "Agrivale: Dear ", (f, PER), ", your order of ",
      str(r.randint(2, 20)), " bags DAP is ready at our ", c.town(True), " store. Ref ", ref(r, "ORD", 6), ".\n\n",
      "Me: Asante. Please deliver instead to ", (c.address(), ADDR), ", my brother ", (c.first(), PER),
      " will receive. His number ", (c.phone(), PH), "\n")
    return b.done()


def t_ke_form(r):
    c, b = Ctx(r, "KE"), B()
    pf, pl = c.person()
    kid = c.first()
    b("camp_reg: child_name=", (f"{kid} {pl}", PER), "; dob=", (c.dob(6, 15), DOB), "; school=",
      r.choice(["Brookhouse", "Hillcrest Prep", "St. Austin's Academy"]), "; home_town=", (c.town(), LOC),
      "; guardian=", (f"{pf} {pl}", PER), "; guardian_tel=", (c.phone(True, "e164"), PH), "; guardian_email=",
      (c.email(pf, pl), EM), "; allergies=", r.choice(["none", "penicillin", "groundnuts"]), "; tshirt=",
      r.choice(["S", "M", "L"]), "; paid=KES ", f"{r.randint(8, 40) * 1000:,}", "; mpesa_ref=", code(r, 10),
      "; camp=Lakewood Adventure Camps (Naivasha site)\n")
    return b.done()


# --------------------------------------------------------------------------------------------
# templates (other languages)
# --------------------------------------------------------------------------------------------
def t_de_hv_email(r):
    c, b = Ctx(r, "DE"), B()
    f, sn = c.person()
    hf, hl = c.person()
    off = Ctx(r, "DE")
    b("Sehr geehrte", r.choice(["r Herr ", " Frau "]), (hl, PER), ",\n\n",
      "seit ", c.other_date(20, 0), " funktioniert die Heizung in meiner Wohnung (", (c.address(True), ADDR),
      ") nicht mehr. Bitte schicken Sie jemanden vorbei, ich bin unter ", (c.phone(), PH), " erreichbar. ",
      "Die Miete für Dezember überweise ich wie immer von ", (iban(r, "DE"), IBAN), ", BIC ", swift(r, "DE"),
      ".\n\nMit freundlichen Grüßen\n", (f"{f} {sn}", PER), "\n\n",
      "Am ", c.other_date(40, -3), " um ", hhmm(r), " schrieb Keystone Hausverwaltung GmbH <",
      ("service@keystone-hv.de", EM), ">:\n> Guten Tag ", (f"{f} {sn}", PER), ",\n",
      "> Ihr Vorgang HV-", digits(r, 6), " wurde angelegt. Ansprechpartner: ", (f"{hf} {hl}", PER), "\n",
      "> Keystone Hausverwaltung GmbH\n")
    _quote_addr(b, off.addr_lines(False))
    b("> Tel. ", (off.phone(False, "nat"), PH), " · USt-IdNr. DE", digits(r, 9), "\n")
    return b.done()


def t_de_notar_ocr(r):
    c, b = Ctx(r, "DE"), B()
    f, sn = c.person()
    born = c.town(True)
    b("NOTARIAT DR. BERGMANN & KOLLEGEN  –  Datenblatt Beteiligte (OCR, S. 1)\n",
      "Name: ", (sn, PER), "    Vorname(n): ", (f, PER), "\n",
      "Geburtsdatum: ", (c.dob(25, 85), DOB), "   Geburtsort: ", (born, LOC), "\n",
      "Anschrift: ", (c.address(), ADDR), "\n", "Telefon: ", (c.phone(False), PH), "   E-Mail: ",
      (c.email(f, sn), EM), "\n", "Ausweis-Nr.: [geschwärzt]   Familienstand: ",
      r.choice(["verheiratet", "ledig", "geschieden"]), "\n",
      "Kaufpreis: ", money(r, "€", 150000, 900000), " – zahlbar auf Anderkonto Az. ", digits(r, 3), "/",
      str(r.randint(20, 26)), "\nTermin: ", c.other_date(0, 40), ", ", hhmm(r), " Uhr, Büro ", c.town(True), "\n")
    return b.done()


def t_de_pflege_chat(r):
    c, b = Ctx(r, "DE"), B()
    pf = c.first()
    kf, kl = c.person()
    d = TODAY - timedelta(days=r.randint(1, 50))
    pre = f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}, "
    b(pre, hhmm(r), " - ", (pf, PER), " (Pflegedienst Lindenhof): Guten Morgen, bin heute gegen 10 bei Ihrer Mutter. ",
      "Der Schlüsselsafe-Code ist noch ", digits(r, 4), "?\n", pre, hhmm(r), " - ", (f"{kf} {kl}", PER),
      ": Ja. Sie ist ab nächster Woche bei uns in ", (c.town(), LOC), ", dann bitte zu ", (c.address(), ADDR),
      "\n", pre, hhmm(r), " - ", (pf, PER), " (Pflegedienst Lindenhof): Alles klar. Für die Kasse brauche ich ",
      "nochmal ihr Geburtsdatum\n", pre, hhmm(r), " - ", (f"{kf} {kl}", PER), ": ", (c.dob(75, 98), DOB),
      "\n", pre, hhmm(r), " - ", (pf, PER), " (Pflegedienst Lindenhof): <Medien ausgeschlossen>\n")
    return b.done()


def t_fr_ticket(r):
    c, b = Ctx(r, "FR"), B()
    f, sn = c.person()
    tech = c.first()
    b("Demande n° ", ref(r, "RP-", 6), " – Réparation écran\nClient : ", (f"{sn.upper()} {f}", PER),
      "\nTél. : ", (c.phone(), PH), "\nCourriel : ", (c.email(f, sn), EM), "\nAppareil : ",
      r.choice(["iPhone 13", "Samsung A54", "Xiaomi 13T"]), " – IMEI ", imei(r), "\n\n",
      "Message du client :\nBonjour, mon téléphone est tombé, l'écran est cassé. Je passe au magasin de ",
      c.town(True), " samedi. Mon code de déverrouillage c'est ", digits(r, 6), " et mon mot de passe iCloud ",
      (password(r), PW), " si besoin pour les tests.\nCordialement, ", (f, PER), "\n\n",
      "[Note interne – ", (tech, PER), "] Devis ", money(r, "€", 60, 280), ", pièce commandée (suivi ",
      code(r, 13), "). Ne pas garder le mot de passe dans le ticket !\n")
    return b.done()


def t_fr_sms(r):
    c, b = Ctx(r, "FR"), B()
    f = c.first()
    b("Pressing Lavandière : Bonjour ", (f, PER), ", vos vêtements (bon n° ", digits(r, 6),
      ") seront livrés demain entre ", hhmm(r), " et ", hhmm(r), ". Montant : ", money(r, "€", 12, 90), ".\n",
      "Moi : Merci ! Je ne serai pas là, pouvez-vous livrer chez ma voisine au ", (c.address(), ADDR),
      " ? Code porte ", code(r, 4), ".\n", "Pressing Lavandière : C'est noté. Le livreur (", (c.first(), PER),
      ") vous appellera au ", (c.phone(True, "nat"), PH), ".\n")
    return b.done()


def t_fr_crm(r):
    c, b = Ctx(r, "FR"), B()
    f, sn = c.person()
    b("Fiche abonné Lumière & Cie — n° ", digits(r, 9), "\nTitulaire : ", r.choice(["M. ", "Mme ", ""]),
      (f"{f} {sn}", PER), "\nNé(e) le : ", (c.dob(18, 80), DOB), " à ", (c.town(True), LOC), "\n",
      "Adresse : ", (c.address(), ADDR), "\nPrélèvement SEPA : ", (iban(r, "FR"), IBAN), " – RUM ",
      code(r, 12), "\n", "Historique : ", c.other_date(90, 0), " appel, carte ", masked_card(r),
      " expirée (", expiry(r), "), passage au prélèvement. Cinéma préféré : ", c.town(True), " Centre.\n")
    return b.done()


def t_es_email(r):
    c, b = Ctx(r, "ES"), B()
    f, sn = c.person()
    nf, nl = c.person()
    b("Estimado/a ", (f"{f} {sn}", PER), ":\n\nLe confirmamos la cita para la firma de la escritura el ",
      c.other_date(0, 30), " a las ", hhmm(r), " en nuestra oficina de ", c.town(True),
      ". Deberá traer DNI original y el justificante de la transferencia a la cuenta ", (iban(r, "ES"), IBAN),
      " por importe de ", money(r, "€", 300, 2000), ".\n\nDatos que constan en el expediente ",
      ref(r, "EXP-", 5), ":\n- Domicilio: ", (c.address(), ADDR), "\n- Fecha de nacimiento: ",
      (c.dob(25, 85), DOB), "\n- Teléfono: ", (c.phone(), PH), "\n\nAtentamente,\n", (f"{nf} {nl}", PER),
      "\nNotaría Alcázar\n", (c.email(nf, nl, "notariaalcazar.es"), EM), "\n")
    return b.done()


def t_es_chat(r):
    c, b = Ctx(r, "ES"), B()
    f, sn = c.person()
    mon = c.first()
    b("[", hhmm(r), "] ", (f, PER), ": hola! mi peque ", (c.first(), PER), " va al campamento de verano de ",
      "Pinares y quería saber si hay plaza para su prima que viene de ", (c.town(True), LOC), "\n",
      "[", hhmm(r), "] ", (mon, PER), " (Campamentos Pinares): ¡Hola ", (f, PER),
      "! Sí, queda plaza en el turno 2. Necesito nombre completo y fecha de nacimiento\n",
      "[", hhmm(r), "] ", (f, PER), ": ", (f"{c.first()} {c.last()} {c.last()}", PER), ", ",
      (c.dob(7, 14), DOB), "\n", "[", hhmm(r), "] ", (mon, PER), " (Campamentos Pinares): Perfecto, reserva ",
      code(r, 6), ". Pago de ", money(r, "€", 150, 500), " antes del ", c.other_date(0, 20), "\n")
    return b.done()


def t_it_forwarded(r):
    c, b = Ctx(r, "IT"), B()
    f, sn = c.person()
    af, al = c.person()
    b("---------- Messaggio inoltrato ---------\nDa: ", (f"{f} {sn}", PER), " <", (c.email(f, sn), EM), ">\n",
      "Data: ", c.other_date(15, 0), "\nOggetto: infiltrazione dal piano di sopra\nA: Amministrazione Condominio ",
      "Via dei Tigli <", ("amministrazione@condominiotigli.it", EM), ">\n\n",
      "Buongiorno, vi scrivo di nuovo per la macchia sul soffitto del bagno. Abito in ", (c.address(True), ADDR),
      ", interno ", str(r.randint(1, 20)), ". Potete mandare l'idraulico? Mi trovate al ",
      (c.phone(), PH), ".\nGrazie, ", (f, PER), "\n\n--\n", (af, PER),
      ", puoi girarlo alla ditta? Pratica n. ", digits(r, 4), "/", str(r.randint(2024, 2026)), ", preventivo ",
      money(r, "€", 100, 900), ".\n", (f"{c.first()} {c.last()[0]}.", PER), "\n")
    return b.done()


def t_it_form(r):
    c, b = Ctx(r, "IT"), B()
    f, sn = c.person()
    b("MODULO CONSENSO INFORMATO – Inchiostro Nero Tattoo\ncognome=", (sn, PER), "\nnome=", (f, PER),
      "\ndata_nascita=", (c.dob(18, 50), DOB), "\nluogo_nascita=", (c.town(True), LOC), "\nresidenza=",
      (c.address(), ADDR), "\ncellulare=", (c.phone(True), PH), "\nemail=", (c.email(f, sn), EM),
      "\nallergie=", r.choice(["nessuna", "nichel", "lattice"]), "\nzona=", r.choice(["avambraccio", "caviglia",
                                                                                        "schiena"]),
      "\nacconto=", money(r, "€", 50, 150), "\ncodice_prenotazione=", code(r, 7), "\nfirma=[presente]\n")
    return b.done()


def t_nl_teams(r):
    c, b = Ctx(r, "NL"), B()
    a, a2 = c.person()
    bb1 = c.first()
    f, sn = c.person()
    b("[", hhmm(r), "] ", (f"{a} {a2}", PER), ": klant ", (f"{f} {sn}", PER), " belt al 3x, laadpaal ",
      f"LP-{digits(r, 5)}", " bij haar thuis start niet. firmware ", version(r), "\n",
      "[", hhmm(r), "] ", (bb1, PER), ": welk adres?\n", "[", hhmm(r), "] ", (f"{a} {a2}", PER), ": ",
      (c.address(), ADDR), ", nummer ", (c.phone(), PH), "\n", "[", hhmm(r), "] ", (bb1, PER),
      ": paal hangt achter NAT op ", priv_ip(r), ", laatste heartbeat vanaf ", (pub_ip(r), IP), " om ",
      hhmm(r), ". ik reset hem remote\n", "[", hhmm(r), "] ", (bb1, PER), ": ", "ticket ", ref(r, "VP-NL-", 5),
      ", mail haar op ", (c.email(f, sn), EM), "\n")
    return b.done()


def t_nl_crm(r):
    c, b = Ctx(r, "NL"), B()
    f, sn = c.person()
    b("Klantnotitie Frisse Was (wasserij ophaalservice)\nKlant: ", (f"{f} {sn}", PER), " – klantnr. ",
      digits(r, 7), "\nGeboortedatum: ", (c.dob(20, 80), DOB), "\nAdres: ", (c.address(), ADDR), "\n",
      "Mobiel: ", (c.phone(True, "nat"), PH), "\nIncasso: ", (iban(r, "NL"), IBAN), "\n",
      "Notitie ", c.other_date(30, 0), ": klant verhuist per ", c.other_date(0, 60), " naar ",
      (c.town(True), LOC), ", ophaaldag blijft dinsdag. Vestiging ", c.town(True), " neemt over. Openstaand ",
      money(r, "€", 10, 90), ".\n")
    return b.done()


def t_br_whatsapp(r):
    c, b = Ctx(r, "BR"), B()
    f, sn = c.person()
    d = TODAY - timedelta(days=r.randint(1, 30))
    pre = f"[{d.day:02d}/{d.month:02d}/{d.year} {hhmm(r)}] "
    b(pre, "Lavanderia Bolha Azul: Olá ", (f, PER), "! Sua roupa está pronta. Pedido #", digits(r, 5),
      ", total ", money(r, "R$", 20, 200), ". Pix ou cartão?\n", pre, (f"{f} {sn}", PER),
      ": oi! pode entregar? to em casa, ", (c.address(), ADDR), "\n", pre, "Lavanderia Bolha Azul: Claro! ",
      "O entregador ", (c.first(), PER), " chega até as ", hhmm(r), ". Algum telefone de contato?\n", pre,
      (f"{f} {sn}", PER), ": ", (c.phone(), PH), " (é whats também)\n", pre, (f"{f} {sn}", PER),
      ": paga no cartão ", (card(r), CC), " validade ", expiry(r), "\n",
      pre, "Lavanderia Bolha Azul: Por segurança não mande dados de cartão aqui, o motoboy leva a maquininha 😉\n")
    return b.done()


def t_br_cadastro(r):
    c, b = Ctx(r, "BR"), B()
    f, sn = c.person()
    b("CADASTRO ALUNO – Plataforma Aprender+\nNome completo: ", (f"{f} {sn}", PER), "\nData de nascimento: ",
      (c.dob(16, 60), DOB), "\nNaturalidade: ", (c.town(True), LOC), "\nEndereço: ", (c.address(), ADDR),
      "\nCelular: ", (c.phone(True), PH), "\nE-mail: ", (c.email(f, sn), EM), "\nSenha: ", (password(r), PW),
      "\nCurso: ", r.choice(["Excel Avançado", "Marketing Digital", "Python do Zero"]), " (turma ",
      code(r, 5), ")\nValor: ", money(r, "R$", 97, 997), " em ", str(r.randint(1, 12)), "x\nIP do cadastro: ",
      (pub_ip(r), IP), "\n")
    return b.done()


def t_pl_email(r):
    c, b = Ctx(r, "PL"), B()
    f, sn = c.person()
    b("Dzień dobry,\n\nproszę o fakturę za nawozy zamówione ", c.other_date(20, 0), " (zamówienie ZS/",
      digits(r, 5), "/", str(r.randint(2025, 2026)), "). Dane do faktury:\n", (f"{f} {sn}", PER),
      "\nGospodarstwo Rolne\n", ("\n".join(c.addr_lines()), ADDR), "\nNIP: [w załączniku]\n",
      "Płatność przelewem z konta ", (iban(r, "PL"), IBAN), ".\nOdbiór osobisty: magazyn ", c.town(True),
      ".\n\nPozdrawiam\n", (f, PER), "\ntel. ", (c.phone(), PH), "\n\n",
      "-- \nWysłane z aplikacji Poczta\n")
    return b.done()


def t_pl_sms(r):
    c, b = Ctx(r, "PL"), B()
    f = c.first()
    b("SerwisFix: Twoje urządzenie (zlecenie ", ref(r, "SF", 7), ") jest gotowe do odbioru. Koszt ",
      money(r, "zł", 80, 600), ". Kod odbioru: ", digits(r, 4), "\n", "Ja: Dziękuję, odbierze osoba upoważniona: ",
      (f"{c.first()} {c.last()}", PER), "\n", "SerwisFix: OK ", (f, PER), ", prosimy o dowód osobisty. ",
      "Pytania: ", (c.phone(False, "nat"), PH), "\n")
    return b.done()


def t_se_ticket(r):
    c, b = Ctx(r, "SE"), B()
    f, sn = c.person()
    b("Ärende #", digits(r, 6), " – Kursbokning Lärbryggan\nFrån: ", (f"{f} {sn}", PER), " <", (c.email(f, sn), EM),
      ">\n\nHej!\nJag kan inte logga in efter att jag bytt lösenord. Nytt lösenord är ", (password(r), PW),
      " om ni behöver testa. Jag bor numera i ", (c.town(), LOC), " och vill byta till distanskursen.\n",
      "Min adress: ", (c.address(), ADDR), "\nTel: ", (c.phone(), PH), "\n\nMvh ", (f, PER),
      "\n\n[Intern anteckning] Lösenordet raderat från profilen, hash ", argon2(r), ". Användar-ID ", uuid4(r),
      "\n")
    return b.done()


def _tr_abl(w: str) -> str:
    v = [ch for ch in w.lower() if ch in "aıoueiöü"][-1]
    t = "t" if w[-1] in "çfhkpsşt" else "d"
    return t + ("a" if v in "aıou" else "e") + "n"


def t_tr_whatsapp(r):
    c, b = Ctx(r, "TR"), B()
    f, sn = c.person()
    art = c.first()
    d = TODAY - timedelta(days=r.randint(1, 30))
    pre = f"{d.day:02d}.{d.month:02d}.{d.year} {hhmm(r)} - "
    town = c.town(True)
    b(pre, (f"{f} {sn}", PER), ": Merhaba, cumartesi için ", (art, PER), " Bey müsait mi?\n", pre,
      "Mürekkep Atölye: Merhaba ", (f, PER), " Hanım, saat 15:00 uygun. Onam formu için doğum tarihinizi yazar mısınız?\n",
      pre, (f"{f} {sn}", PER), ": ", (c.dob(18, 45), DOB), ". ", (town, LOC),
      "'", _tr_abl(town), " geleceğim, biraz geç kalabilirim\n", pre, "Mürekkep Atölye: Sorun değil. Kapora ",
      money(r, "TL", 500, 1500), ", randevu kodu ", code(r, 6), ". Bize ", (c.phone(False, "nat"), PH),
      " numarasından ulaşabilirsiniz.\n")
    return b.done()


def t_tr_form(r):
    c, b = Ctx(r, "TR"), B()
    f, sn = c.person()
    b("SERVİS KAYIT FORMU – TamirNokta\nMüşteri Adı Soyadı: ", (f"{f} {sn.upper()}", PER), "\nGSM: ",
      (c.phone(True, "nat"), PH), "\nE-posta: ", (c.email(f, sn), EM), "\nAdres: ", (c.address(), ADDR),
      "\nCihaz: ", r.choice(["iPhone 11", "Samsung A34", "Redmi Note 13"]), "  IMEI: ", imei(r),
      "\nArıza: ", r.choice(["ekran kırık", "şarj olmuyor", "sıvı teması"]), "\nEkran kilidi: ",
      digits(r, 6), "\nÜcret: ", money(r, "TL", 800, 6000), "\nTeslim tarihi: ", c.other_date(0, 10),
      "\nTeknisyen: ", (c.first(), PER), "\n")
    return b.done()


def t_ro_email(r):
    c, b = Ctx(r, "RO"), B()
    f, sn = c.person()
    adm, al = c.person()
    b("Bună ziua,\n\nVă scriu în legătură cu ", r.choice(["liftul", "interfonul", "țeava spartă"]),
      " din blocul nostru. Locuiesc la ", (c.address(True), ADDR), ". Problema persistă de pe ",
      c.other_date(15, 0), ". Vă rog să mă sunați la ", (c.phone(), PH), ".\n\nCu stimă,\n", (f"{f} {sn}", PER),
      "\n\n> În ", c.other_date(30, -1), ", Asociația de Proprietari Bl. ", r.choice(["B2", "C4", "M7"]), " a scris:\n",
      "> Stimați locatari, întreținerea pe luna ", r.choice(["octombrie", "noiembrie"]), " este de ",
      money(r, "lei", 200, 700), ". Plata la administrator, dl. ", (f"{adm} {al}", PER), ", sau la ",
      (c.email(adm, al), EM), ".\n")
    return b.done()


def t_ro_transcript(r):
    c, b = Ctx(r, "RO"), B()
    f, sn = c.person()
    b("transcriere apel (automat): operator bună ziua curățătoria albă vă ascultă | client bună ziua sunt ",
      (f"{f} {sn}".lower(), PER), " am lăsat un palton acum o săptămână bonul ", digits(r, 5),
      " | operator da îl văd e gata | client puteți să-l trimiteți acasă pe ", (c.address().lower(), ADDR),
      " | operator sigur vă sună curierul pe ", (c.phone(True, "nat"), PH), " costul este ",
      money(r, "lei", 20, 60), " | client mulțumesc plec mâine la ", (c.town(True).lower(), LOC),
      " deci doar azi\n")
    return b.done()


def t_ee_chat(r):
    c, b = Ctx(r, "EE"), B()
    f, sn = c.person()
    ag = c.first()
    b("Vestlus – VoltPath Eesti klienditugi\n", (ag, PER), ": Tere! Kuidas saan aidata?\n", (f, PER),
      ": Tere, laadimine katkes laadimispunktis ", f"VP-{c.town(True)[:3].upper()}-{digits(r, 3)}", " ja raha võeti kaardilt ", masked_card(r),
      " kaks korda (", money(r, "€", 5, 40), ")\n", (ag, PER), ": Vabandust! Palun kinnitage oma e-post ja telefon.\n",
      (f, PER), ": ", (c.email(f, sn), EM), ", ", (c.phone(), PH), "\n", (ag, PER),
      ": Aitäh, ", (f, PER), ". Tagastus tehtud, viide ", ref(r, "EE-", 6), ". Jaama versioon ", version(r), ".\n")
    return b.done()


def t_lt_email(r):
    c, b = Ctx(r, "LT"), B()
    f, sn = c.person()
    nf, nl = c.person()
    b("Laba diena,\n\nprimename, kad sandorio pasirašymas notarų biure numatytas ", c.other_date(0, 30), " ",
      hhmm(r), ". Turėkite asmens dokumentą. Jūsų duomenys byloje Nr. ", digits(r, 4), "/", digits(r, 2), ":\n",
      "Vardas, pavardė: ", (f"{f} {sn}", PER), "\nGimimo data: ", (c.dob(25, 85), DOB), "\nGyvenamoji vieta: ",
      (c.address(), ADDR), "\nTel.: ", (c.phone(), PH), "\n\nPagarbiai\n", (f"{nf} {nl}", PER),
      "\nNotarė, notarų biuras Nr. ", str(r.randint(1, 9)), " (", c.town(True), ")\n", (c.email(nf, nl, "notarai.lt"), EM), "\n")
    return b.done()


def t_si_form(r):
    c, b = Ctx(r, "SI"), B()
    f, sn = c.person()
    sf, sl = c.person()
    b("Prijava za pomoč na domu – Topli Dom d.o.o.\nPriimek in ime uporabnika: ", (f"{sn} {f}", PER),
      "\nDatum rojstva: ", (c.dob(65, 98), DOB), "\nKraj rojstva: ", (c.town(True), LOC), "\nNaslov: ",
      (c.address(), ADDR), "\nTelefon: ", (c.phone(False, "nat"), PH), "\nKontaktna oseba: ", (f"{sf} {sl}", PER),
      " (", r.choice(["hči", "sin", "vnukinja"]), "), ", (c.phone(True), PH), "\nŠt. napotnice: ",
      digits(r, 8), "\nOpombe: pes ", r.choice(PETS), " je prijazen, ključ pri sosedi\n")
    return b.done()


def t_vn_chat(r):
    c, b = Ctx(r, "VN"), B()
    f, sn = c.person()
    name = c.full(f, sn)
    b("[", hhmm(r), "] ", (name, PER), ": shop ơi, điện thoại em bị vỡ màn hình, thay hết bao nhiêu ạ?\n",
      "[", hhmm(r), "] Sửa Chữa Nhanh 24h: Chào bạn ", (f, PER), ", màn iPhone 12 giá ",
      f"{r.randint(12, 40) * 100_000:,}".replace(",", "."), "đ, bảo hành 6 tháng. Mã phiếu ", ref(r, "SC", 6), "\n",
      "[", hhmm(r), "] ", (name, PER), ": ok, em gửi địa chỉ nhận máy: ", (c.address(), ADDR), "\n",
      "[", hhmm(r), "] ", (name, PER), ": sđt ", (c.phone(True, "nat"), PH), "\n",
      "[", hhmm(r), "] Sửa Chữa Nhanh 24h: Dạ shipper sẽ gọi trước khi tới ạ.\n")
    return b.done()


def t_ph_sms(r):
    c, b = Ctx(r, "PH"), B()
    f, sn = c.person()
    drv = c.first()
    b("From: ", (c.phone(True, "nat"), PH), "\nGud pm po! Si ", (f"{f} {sn}", PER), " po ito, parent ni ",
      (c.first(), PER), " sa Grade ", str(r.randint(1, 6)), ". Lilipat na po kami sa ", (c.address(), ADDR),
      " simula Lunes. Pwede po ba ma-adjust yung pickup ng school bus?\n\n",
      "Reply (Yellowline PH): Hello po Ma'am/Sir ", (sn, PER), ", noted po. Si Kuya ", (drv, PER),
      " ang driver sa bagong route, ", hhmm(r), " ang sundo. Bayad po ₱", f"{r.randint(15, 45) * 100:,}",
      "/buwan, ref ", code(r, 8), ".\n")
    return b.done()


def t_cat_email(r):
    c, b = Ctx(r, "CAT"), B()
    f, sn = c.person()
    kid, kl = c.first(), c.last()
    mf, ml = c.person()
    b("Bon dia,\n\nUs escric per inscriure ", (f"{kid} {sn} {kl}", PER), " al casal d'estiu ",
      "Esplai Roure (torn de juliol). Va néixer el ", (c.dob(6, 13), DOB), " a ", (c.town(True), LOC),
      ". Vivim a ", (c.address(), ADDR), ".\nEl meu mòbil és el ", (c.phone(), PH),
      " i podeu fer el rebut al compte ", (iban(r, "ES"), IBAN), ".\n\nGràcies!\n", (f"{f} {sn}", PER),
      "\n\n> El ", c.other_date(20, -1), ", ", (f"{mf} {ml}", PER), " <", (c.email(mf, ml, "esplairoure.cat"), EM),
      "> va escriure:\n> Les inscripcions s'obren el ", c.other_date(5, 0), ". Preu: ", money(r, "€", 120, 400),
      " per torn.\n")
    return b.done()


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------
PLACEHOLDERS = ("N/A", "-", "unknown", "n/a", "?", "none")


def S(name, ent, gen, blank=0.0, ph=False):
    return (name, ent, gen, blank, ph)


def _table(r: random.Random, rows: int, ccs: list[str], specs: list) -> list[Column]:
    vals: list[list[str | None]] = [[] for _ in specs]
    for _ in range(rows):
        c = Ctx(r, r.choice(ccs))
        f, sn = c.person()
        p = {"f": f, "l": sn}
        for j, (_name, _ent, gen, blank, ph) in enumerate(specs):
            x = r.random()
            if x < blank:
                v = None
            elif ph and x < blank + 0.04:
                v = r.choice(PLACEHOLDERS)
            else:
                v = gen(r, c, p)
            vals[j].append(v)
    return [Column(s[0], s[1], v) for s, v in zip(specs, vals)]


def _bool(r, *_):
    return r.choice(["true", "false", "TRUE", "1", "0", "yes", "no"])


def _ts(r, *_):
    return ts(r, 700)


def _date(r, c, p):
    return c.other_date(700, 30)


def _branch(r, c, p):
    return c.town(True)


def tb_homecare(r, n):
    return _table(r, n, ["GB"], [
        S("client_ref", None, lambda r, c, p: ref(r, "KH-", 6)),
        S("first_name", PER, lambda r, c, p: p["f"]),
        S("surname", PER, lambda r, c, p: p["l"], 0.02),
        S("dob", DOB, lambda r, c, p: c.dob(65, 99, False), 0.1, True),
        S("dob_verified", None, _bool, 0.2),
        S("addr1", ADDR, lambda r, c, p: c.address(), 0.05),
        S("home_town", LOC, lambda r, c, p: c.town(), 0.15),
        S("branch", None, _branch),
        S("tel", PH, lambda r, c, p: c.phone(r.random() < 0.5, "nat"), 0.1, True),
        S("phone_type", None, lambda r, c, p: r.choice(["mobile", "landline", "work"]), 0.1),
        S("email_verified", None, _bool, 0.3),
        S("care_package", None, lambda r, c, p: r.choice(["Companionship", "Personal care", "Dementia", "Respite"])),
        S("weekly_hours", None, lambda r, c, p: str(r.randint(2, 40))),
        S("key_safe_code", None, lambda r, c, p: digits(r, 4), 0.4),
        S("pet_name", None, lambda r, c, p: r.choice(PETS), 0.6),
        S("last_visit", None, _ts, 0.05),
        S("invoice_total", None, lambda r, c, p: money(r, "£", 40, 1200)),
    ])


def tb_ev_sessions(r, n):
    return _table(r, n, ["NL", "DE", "FR"], [
        S("sessionId", None, lambda r, c, p: uuid4(r)),
        S("stationCode", None, lambda r, c, p: f"EVC-{c.cc}-{digits(r, 5)}"),
        S("chargerSite", None, _branch),
        S("driverEmail", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.1),
        S("clientIp", IP, lambda r, c, p: pub_ip(r, 0.3), 0.05),
        S("gatewayIp", None, lambda r, c, p: priv_ip(r)),
        S("firmwareVersion", None, lambda r, c, p: version(r)),
        S("startedAt", None, _ts),
        S("kWh", None, lambda r, c, p: f"{r.uniform(2, 80):.3f}"),
        S("amountEur", None, lambda r, c, p: f"{r.uniform(1, 60):.2f}"),
        S("cardLast4", None, lambda r, c, p: digits(r, 4), 0.3),
        S("payoutIban", IBAN, lambda r, c, p: iban(r, c.cc), 0.5),
        S("rfidTag", None, lambda r, c, p: alnum(r, 14, "0123456789ABCDEF"), 0.2),
        S("gps", None, lambda r, c, p: gps(r)),
        S("phoneType", None, lambda r, c, p: r.choice(["mobile", "fixed", "unknown"]), 0.2),
        S("tel", PH, lambda r, c, p: c.phone(True), 0.35, True),
        S("fleetApiKey", KEY, lambda r, c, p: api_key(r), 0.55),
        S("connectorType", None, lambda r, c, p: r.choice(["CCS2", "Type 2", "CHAdeMO"])),
    ])


def tb_camp(r, n):
    return _table(r, n, ["US"], [
        S("Registration ID", None, lambda r, c, p: ref(r, "CP26-", 5)),
        S("Camper First Name", PER, lambda r, c, p: c.first()),
        S("Camper Last Name", PER, lambda r, c, p: p["l"]),
        S("Birth Date", DOB, lambda r, c, p: c.dob(6, 16, False)),
        S("Cabin", None, lambda r, c, p: r.choice(["Bear", "Otter", "Hawk", "Pine", "Maple"])),
        S("Session", None, lambda r, c, p: r.choice(["June A", "June B", "July", "August"])),
        S("T-Shirt Size", None, lambda r, c, p: r.choice(["YS", "YM", "YL", "AS"])),
        S("Allergies", None, lambda r, c, p: r.choice(["none", "peanuts", "bee stings", "gluten"]), 0.3),
        S("Parent Name", PER, lambda r, c, p: f"{p['f']} {p['l']}", 0.02),
        S("Parent Cell", PH, lambda r, c, p: c.phone(True, "nat"), 0.05, True),
        S("Parent Email", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.05),
        S("Parent SSN", SSN, lambda r, c, p: ssn(r, r.random() < 0.8), 0.5),
        S("Home Address", ADDR, lambda r, c, p: c.address(), 0.05),
        S("Hometown", LOC, lambda r, c, p: c.town(), 0.1),
        S("Pickup Code", None, lambda r, c, p: code(r, 5)),
        S("Tuition Paid", None, lambda r, c, p: money(r, "$", 300, 2400)),
        S("Payment Card", CC, lambda r, c, p: card(r), 0.4),
        S("Card Last 4", None, lambda r, c, p: digits(r, 4), 0.3),
        S("Emergency Contact Verified", None, _bool),
        S("Registered On", None, _date),
        S("Swim Level", None, lambda r, c, p: r.choice(["Guppy", "Minnow", "Fish", "Shark"]), 0.1),
        S("Counselor Code", None, lambda r, c, p: f"C-{r.randint(10, 99)}"),
    ])


def tb_notary(r, n):
    return _table(r, n, ["ES", "CAT"], [
        S("num_protocolo", None, lambda r, c, p: f"{r.randint(1, 3000)}/{r.randint(2019, 2026)}"),
        S("nombre", PER, lambda r, c, p: p["f"]),
        S("apellidos", PER, lambda r, c, p: f"{p['l']} {c.last()}"),
        S("fecha_nacimiento", DOB, lambda r, c, p: c.dob(25, 90), 0.15, True),
        S("lugar_nacimiento", LOC, lambda r, c, p: c.town(True), 0.25),
        S("domicilio", ADDR, lambda r, c, p: c.address()),
        S("telefono", PH, lambda r, c, p: c.phone(), 0.2),
        S("correo", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.3),
        S("iban_cargo", IBAN, lambda r, c, p: iban(r, "ES"), 0.45),
        S("fecha_firma", None, _date),
        S("tipo_documento", None, lambda r, c, p: r.choice(["DNI", "NIE", "Pasaporte"])),
        S("honorarios", None, lambda r, c, p: money(r, "€", 60, 1500)),
        S("oficina", None, _branch),
        S("estado_civil", None, lambda r, c, p: r.choice(["soltero/a", "casado/a", "divorciado/a", "viudo/a"]), 0.1),
        S("email_verificado", None, _bool, 0.2),
        S("ref_catastral", None, lambda r, c, p: alnum(r, 14, string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ") + "0001" +
          alnum(r, 2, string.ascii_uppercase)),
        S("importe_compraventa", None, lambda r, c, p: f"{r.randint(60, 900) * 1000:,}".replace(",", ".") + ",00"),
        S("hash_documento", None, lambda r, c, p: sha256(r)),
    ])


def tb_coop(r, n):
    return _table(r, n, ["PL"], [
        S("nr_czlonka", None, lambda r, c, p: ref(r, "SR/", 5)),
        S("imie", PER, lambda r, c, p: p["f"]),
        S("nazwisko", PER, lambda r, c, p: p["l"]),
        S("data_ur", DOB, lambda r, c, p: c.dob(22, 85), 0.3, True),
        S("miejscowosc", LOC, lambda r, c, p: c.town()),
        S("adres", ADDR, lambda r, c, p: c.address(), 0.1),
        S("tel", PH, lambda r, c, p: c.phone(), 0.15, True),
        S("nr_konta", IBAN, lambda r, c, p: iban(r, "PL"), 0.2),
        S("typ_gospodarstwa", None, lambda r, c, p: r.choice(["mleczne", "zbożowe", "sadownicze", "mieszane"])),
        S("powierzchnia_ha", None, lambda r, c, p: f"{r.uniform(2, 300):.2f}".replace(".", ",")),
        S("magazyn", None, _branch),
        S("saldo_pln", None, lambda r, c, p: money(r, "zł", 0, 90000)),
        S("ostatnie_zamowienie", None, _date, 0.1),
        S("rabat_proc", None, lambda r, c, p: str(r.choice([0, 2, 3, 5, 7]))),
        S("nip_zweryfikowany", None, _bool),
        S("produkt", None, lambda r, c, p: r.choice(["Saletra 34%", "Polifoska 6", "Mocznik 46", "Pasza Tucz 3"])),
        S("gps_pola", None, lambda r, c, p: gps(r), 0.2),
    ])


def tb_repair(r, n):
    return _table(r, n, ["US"], [
        S("order_no", None, lambda r, c, p: ref(r, "FX-", 7)),
        S("cust_first", PER, lambda r, c, p: p["f"]),
        S("cust_last", PER, lambda r, c, p: p["l"], 0.05),
        S("phone", PH, lambda r, c, p: c.phone(True), 0.05),
        S("email", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.25, True),
        S("device", None, lambda r, c, p: r.choice(["iPhone 13", "iPhone 15 Pro", "Galaxy S22", "Pixel 7a"])),
        S("imei", None, lambda r, c, p: imei(r), 0.1),
        S("os_version", None, lambda r, c, p: version(r)),
        S("icloud_pwd", PW, lambda r, c, p: password(r), 0.6),
        S("screen_pin", None, lambda r, c, p: digits(r, r.choice([4, 6])), 0.3),
        S("card_number", CC, lambda r, c, p: card(r, False), 0.5),
        S("card_exp", None, lambda r, c, p: expiry(r), 0.5),
        S("card_last4", None, lambda r, c, p: digits(r, 4), 0.2),
        S("refund_acct", BANK, lambda r, c, p: us_account(r), 0.55),
        S("refund_routing", None, lambda r, c, p: routing(r), 0.55),
        S("deposit_usd", None, lambda r, c, p: f"{r.uniform(20, 200):.2f}"),
        S("store", None, _branch),
        S("status", None, lambda r, c, p: r.choice(["received", "diagnosing", "awaiting_parts", "ready", "closed"])),
        S("created_at", None, _ts),
        S("name_of_product", None, lambda r, c, p: r.choice(["Screen Guard Pro", "Ken's Case Co. Slim", "ZAGG Glass+"])),
    ])


def tb_cinema(r, n):
    return _table(r, n, ["FR"], [
        S("membre.id", None, lambda r, c, p: ref(r, "LC", 9)),
        S("membre.prenom", PER, lambda r, c, p: p["f"]),
        S("membre.nom", PER, lambda r, c, p: p["l"].upper() if r.random() < 0.4 else p["l"]),
        S("membre.naissance", DOB, lambda r, c, p: c.dob(16, 80), 0.2),
        S("membre.code_fidelite", None, lambda r, c, p: code(r, 8)),
        S("contact.email", EM, lambda r, c, p: c.email(p["f"], p["l"])),
        S("contact.tel", PH, lambda r, c, p: c.phone(True, "nat"), 0.2, True),
        S("contact.email_verifie", None, _bool),
        S("adresse.ligne1", ADDR, lambda r, c, p: c.street_line(), 0.15),
        S("adresse.ville", LOC, lambda r, c, p: c.town(), 0.1),
        S("cinema.prefere", None, lambda r, c, p: f"Lumière {c.town(True)}"),
        S("abonnement.formule", None, lambda r, c, p: r.choice(["Illimité", "Illimité Duo", "-26 ans", "5 places"])),
        S("abonnement.prix", None, lambda r, c, p: money(r, "€", 8, 40)),
        S("paiement.iban", IBAN, lambda r, c, p: iban(r, "FR"), 0.35),
        S("paiement.carte_masquee", None, lambda r, c, p: masked_card(r), 0.4),
        S("web.last_ip", IP, lambda r, c, p: pub_ip(r), 0.2),
        S("web.password_changed_at", None, _ts, 0.3),
        S("web.pwd_hash", None, lambda r, c, p: bcrypt(r)),
        S("seances.nb", None, lambda r, c, p: str(r.randint(0, 140))),
        S("seances.derniere", None, _date, 0.1),
    ])


def tb_residents(r, n):
    return _table(r, n, ["IE"], [
        S("UNIT_NO", None, lambda r, c, p: f"{r.choice('ABC')}{r.randint(1, 6)}{r.randint(1, 20):02d}"),
        S("RESIDENT_FIRST", PER, lambda r, c, p: p["f"]),
        S("RESIDENT_SURNAME", PER, lambda r, c, p: p["l"]),
        S("MOBILE", PH, lambda r, c, p: c.phone(True, r.choice(["nat", "intl"])), 0.1),
        S("EMAIL", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.1),
        S("ADDRESS_TYPE", None, lambda r, c, p: r.choice(["residential", "postal", "billing"])),
        S("POSTAL_ADDRESS", ADDR, lambda r, c, p: c.address(True), 0.5),
        S("MOVE_IN_DATE", None, _date),
        S("FOB_ID", None, lambda r, c, p: alnum(r, 8, "0123456789ABCDEF")),
        S("PARKING_BAY", None, lambda r, c, p: f"P{r.randint(1, 2)}-{r.randint(1, 99):02d}", 0.5),
        S("PET_NAME", None, lambda r, c, p: r.choice(PETS), 0.6),
        S("PORTAL_PASSWORD", PW, lambda r, c, p: password(r), 0.3),
        S("PORTAL_PWD_CHANGED_AT", None, _ts, 0.3),
        S("GATE_CODE", None, lambda r, c, p: f"{digits(r, 4)}#"),
        S("LAST_LOGIN_IP", IP, lambda r, c, p: pub_ip(r, 0.3), 0.25),
        S("ROUTER_LAN_IP", None, lambda r, c, p: priv_ip(r)),
        S("RENT_EUR", None, lambda r, c, p: f"{r.randint(900, 3200)}.00"),
        S("MAINT_TICKET", None, lambda r, c, p: ref(r, "MNT-", 5), 0.6),
        S("PHONE_TYPE", None, lambda r, c, p: r.choice(["MOBILE", "LANDLINE"])),
    ])


def tb_bus(r, n):
    return _table(r, n, ["ZA", "NZ", "AU"], [
        S("RiderId", None, lambda r, c, p: ref(r, "YL", 6)),
        S("GivenName", PER, lambda r, c, p: c.first()),
        S("FamilyName", PER, lambda r, c, p: p["l"]),
        S("BirthDate", DOB, lambda r, c, p: c.dob(5, 17, False)),
        S("Suburb", LOC, lambda r, c, p: c.town(), 0.05),
        S("PickupAddress", ADDR, lambda r, c, p: c.address(False), 0.1),
        S("GuardianMobile", PH, lambda r, c, p: c.phone(True, "nat"), 0.05),
        S("GuardianEmail", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.2, True),
        S("RouteNo", None, lambda r, c, p: f"R{r.randint(1, 40):02d}"),
        S("StopGps", None, lambda r, c, p: gps(r)),
        S("DepotTown", None, _branch),
        S("BusRego", None, lambda r, c, p: code(r, 6)),
        S("FareCents", None, lambda r, c, p: str(r.randint(150, 900))),
        S("CardLast4", None, lambda r, c, p: digits(r, 4), 0.5),
        S("SchoolName", None, lambda r, c, p: r.choice(["St Mary's College", "Hillcrest Primary",
                                                          "King Edward VII School", "Rangitoto College"])),
        S("ConsentSigned", None, _bool),
        S("PhoneType", None, lambda r, c, p: r.choice(["Mobile", "Home", "Work"])),
    ])


def tb_tattoo(r, n):
    return _table(r, n, ["TR", "RO"], [
        S("col_1", None, lambda r, c, p: ref(r, "MA", 6)),
        S("col_2", PER, lambda r, c, p: f"{p['f']} {p['l']}"),
        S("col_3", DOB, lambda r, c, p: c.dob(18, 55)),
        S("col_4", PH, lambda r, c, p: c.phone(True, "nat"), 0.1),
        S("field_5", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.3),
        S("attr_6", LOC, lambda r, c, p: c.town(), 0.2),
        S("adres", ADDR, lambda r, c, p: c.address(), 0.4, True),
        S("studio_sube", None, _branch),
        S("kapora", None, lambda r, c, p: money(r, "TL" if c.cc == "TR" else "lei", 200, 1500)),
        S("randevu_kodu", None, lambda r, c, p: code(r, 6)),
        S("bakim_kiti", None, lambda r, c, p: r.choice(["evet", "hayır", "da", "nu"])),
        S("onam_tarihi", None, _date),
        S("alerji", None, lambda r, c, p: r.choice(["yok", "nikel", "lateks", "-"]), 0.2),
        S("col_9", None, lambda r, c, p: version(r)),
        S("col_10", None, lambda r, c, p: sha256(r)),
        S("col_11", None, lambda r, c, p: masked_card(r), 0.3),
        S("instagram_verified", None, _bool),
        S("bolge", None, lambda r, c, p: r.choice(["kol", "bilek", "sırt", "ayak bileği"])),
    ])


def tb_course_users(r, n):
    return _table(r, n, ["SE", "EE", "LT"], [
        S("uid", None, lambda r, c, p: uuid4(r)),
        S("fname", PER, lambda r, c, p: p["f"]),
        S("lname", PER, lambda r, c, p: p["l"]),
        S("email", EM, lambda r, c, p: c.email(p["f"], p["l"])),
        S("email_verified", None, _bool),
        S("pwd", PW, lambda r, c, p: password(r), 0.4),
        S("pwd_hash", None, lambda r, c, p: argon2(r) if r.random() < 0.5 else bcrypt(r)),
        S("api_key", KEY, lambda r, c, p: api_key(r), 0.6),
        S("api_key_prefix", None, lambda r, c, p: "sk_live_" + alnum(r, 4) + "…"),
        S("signup_ip", IP, lambda r, c, p: pub_ip(r, 0.25), 0.1),
        S("last_ip", None, lambda r, c, p: priv_ip(r)),
        S("ort", LOC, lambda r, c, p: c.town(), 0.3, True),
        S("dob", DOB, lambda r, c, p: c.dob(16, 70), 0.45),
        S("course_code", None, lambda r, c, p: f"{r.choice(['PY', 'XL', 'UX', 'SQL'])}-{r.randint(100, 499)}"),
        S("progress_pct", None, lambda r, c, p: str(r.randint(0, 100))),
        S("plan", None, lambda r, c, p: r.choice(["free", "plus", "team"])),
        S("amount_eur", None, lambda r, c, p: f"{r.uniform(0, 300):.2f}"),
        S("created", None, _ts),
        S("app_version", None, lambda r, c, p: version(r)),
        S("referrer", None, lambda r, c, p: r.choice(["google", "newsletter", "partner:lars-andersson-academy", "-"])),
    ])


def tb_laundry(r, n):
    return _table(r, n, ["BR"], [
        S("pedido", None, lambda r, c, p: ref(r, "BA", 7)),
        S("cliente_nome", PER, lambda r, c, p: f"{p['f']} {p['l']}"),
        S("celular", PH, lambda r, c, p: c.phone(True, "nat"), 0.05),
        S("endereco_coleta", ADDR, lambda r, c, p: c.address()),
        S("cidade", LOC, lambda r, c, p: c.town(), 0.1),
        S("email_cliente", EM, lambda r, c, p: c.email(p["f"], p["l"]), 0.35, True),
        S("cartao", CC, lambda r, c, p: card(r), 0.55),
        S("cartao_final", None, lambda r, c, p: digits(r, 4), 0.3),
        S("validade", None, lambda r, c, p: expiry(r), 0.5),
        S("valor", None, lambda r, c, p: money(r, "R$", 15, 300)),
        S("data_coleta", None, _date),
        S("janela", None, lambda r, c, p: f"{hhmm_free(r)}-{hhmm_free(r)[:2]}:59"),
        S("motoboy_id", None, lambda r, c, p: ref(r, "MB", 3)),
        S("loja", None, lambda r, c, p: f"Bolha Azul {c.town(True)}"),
        S("peso_kg", None, lambda r, c, p: f"{r.uniform(1, 15):.1f}".replace(".", ",")),
        S("tipo_endereco", None, lambda r, c, p: r.choice(["residencial", "comercial"])),
        S("cupom", None, lambda r, c, p: code(r, 8), 0.6),
        S("avaliacao", None, lambda r, c, p: str(r.randint(1, 5)), 0.3),
    ])


TABLES = [("homecare_clients", tb_homecare), ("ev_charging_sessions", tb_ev_sessions),
          ("camp_registrations", tb_camp), ("notaria_intervinientes", tb_notary),
          ("spoldzielnia_czlonkowie", tb_coop), ("repair_orders", tb_repair), ("cinema_abonnes", tb_cinema),
          ("building_residents", tb_residents), ("bus_riders", tb_bus), ("tattoo_musteriler", tb_tattoo),
          ("course_users", tb_course_users), ("lavanderia_pedidos", tb_laundry)]


# --------------------------------------------------------------------------------------------
# registry and API
# --------------------------------------------------------------------------------------------
class Template(NamedTuple):
    name: str
    lang: str
    country: str
    shape: str
    fn: object

    def __call__(self, r: random.Random) -> Text:
        return self.fn(r)


TEMPLATES: list[Template] = [Template(*t) for t in [
    ("us_email_quoted", "en", "US", "e-mail + quoted reply + signature", t_us_email_quoted),
    ("us_repair_ticket", "en", "US", "ticket + internal note", t_us_repair_ticket),
    ("us_bus_form", "en", "US", "form dump (key: value)", t_us_bus_form),
    ("us_app_log", "en", "US", "application log", t_us_app_log),
    ("us_sms_thread", "en", "US", "SMS thread", t_us_sms_thread),
    ("us_transcript", "en", "US", "speech-to-text transcript", t_us_transcript),
    ("gb_forwarded", "en", "GB", "forwarded e-mail + internal note", t_gb_forwarded),
    ("gb_whatsapp", "en", "GB", "WhatsApp export", t_gb_whatsapp),
    ("gb_crm_note", "en", "GB", "CRM note", t_gb_crm_note),
    ("gb_ocr_form", "en", "GB", "OCR'd form", t_gb_ocr_form),
    ("gb_nginx", "en", "GB", "web-server log", t_gb_nginx),
    ("gb_subjects", "en", "GB", "notification subjects", t_gb_subjects),
    ("ca_teams", "en", "CA", "Teams chat + pasted secrets", t_ca_teams),
    ("ca_live_chat", "en", "CA", "live chat", t_ca_live_chat),
    ("ca_no_pii", "en", "CA", "notice, no PII", t_ca_no_pii),
    ("au_call_notes", "en", "AU", "call notes", t_au_call_notes),
    ("au_sheet_rows", "en", "AU", "spreadsheet rows (TSV)", t_au_sheet_rows),
    ("au_config", "en", "AU", "config snippet (YAML)", t_au_config),
    ("in_support_email", "en", "IN", "e-mail + original message", t_in_support_email),
    ("in_sms", "en", "IN", "SMS inbox", t_in_sms),
    ("in_jsonl", "en", "IN", "JSON lines", t_in_jsonl),
    ("in_ticket", "en", "IN", "ticket + internal note", t_in_ticket),
    ("ie_signature", "en", "IE", "e-mail with business signature", t_ie_signature),
    ("ie_slack", "en", "IE", "Slack export", t_ie_slack),
    ("ie_no_pii", "en", "IE", "ops update, no PII", t_ie_no_pii),
    ("za_whatsapp", "en", "ZA", "WhatsApp group export", t_za_whatsapp),
    ("za_crm", "en", "ZA", "CRM member record", t_za_crm),
    ("nz_ticket", "en", "NZ", "ticket + internal note", t_nz_ticket),
    ("nz_transcript", "en", "NZ", "voicemail transcript", t_nz_transcript),
    ("ng_email", "en", "NG", "customer e-mail", t_ng_email),
    ("ng_chat", "en", "NG", "live chat", t_ng_chat),
    ("ke_sms", "en", "KE", "SMS (M-Pesa style) thread", t_ke_sms),
    ("ke_form", "en", "KE", "form dump (key=value)", t_ke_form),
    ("de_hv_email", "de", "DE", "e-mail + quoted reply", t_de_hv_email),
    ("de_notar_ocr", "de", "DE", "OCR'd form", t_de_notar_ocr),
    ("de_pflege_chat", "de", "DE", "WhatsApp export", t_de_pflege_chat),
    ("fr_ticket", "fr", "FR", "ticket + internal note", t_fr_ticket),
    ("fr_sms", "fr", "FR", "SMS thread", t_fr_sms),
    ("fr_crm", "fr", "FR", "CRM record", t_fr_crm),
    ("es_email", "es", "ES", "e-mail with signature", t_es_email),
    ("es_chat", "es", "ES", "chat export", t_es_chat),
    ("it_forwarded", "it", "IT", "forwarded e-mail + note", t_it_forwarded),
    ("it_form", "it", "IT", "form dump (key=value)", t_it_form),
    ("nl_teams", "nl", "NL", "Teams chat", t_nl_teams),
    ("nl_crm", "nl", "NL", "CRM note", t_nl_crm),
    ("br_whatsapp", "pt", "BR", "WhatsApp export", t_br_whatsapp),
    ("br_cadastro", "pt", "BR", "sign-up form dump", t_br_cadastro),
    ("pl_email", "pl", "PL", "e-mail", t_pl_email),
    ("pl_sms", "pl", "PL", "SMS thread", t_pl_sms),
    ("se_ticket", "sv", "SE", "ticket + internal note", t_se_ticket),
    ("tr_whatsapp", "tr", "TR", "WhatsApp export", t_tr_whatsapp),
    ("tr_form", "tr", "TR", "service form", t_tr_form),
    ("ro_email", "ro", "RO", "e-mail + quoted notice", t_ro_email),
    ("ro_transcript", "ro", "RO", "call transcript (lower case)", t_ro_transcript),
    ("ee_chat", "et", "EE", "live chat", t_ee_chat),
    ("lt_email", "lt", "LT", "e-mail with signature", t_lt_email),
    ("si_form", "sl", "SI", "application form", t_si_form),
    ("vn_chat", "vi", "VN", "Messenger-style chat", t_vn_chat),
    ("ph_sms", "tl", "PH", "SMS (Taglish)", t_ph_sms),
    ("cat_email", "ca", "CAT", "e-mail + quoted reply", t_cat_email),
]]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"fern-{seed}-{i}-{t.name}")
        out.append(t(r))
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in TABLES:
        r = random.Random(f"fern-{seed}-{name}")
        cols = fn(r, rows)
        for col in cols:
            assert len(col.values) == rows and (col.entity is None or col.entity in LABELS), col.name
            if col.entity:
                for v in col.values:
                    if v is not None and v not in PLACEHOLDERS:
                        _validate(col.entity, v)
        out[name] = cols
    return out


if __name__ == "__main__":  # self-check: python bench/accuracy_split_fern.py
    import hashlib
    import json
    import time
    from collections import Counter

    t0 = time.time()
    ft = free_text(500, 7)
    st = structured(150, 11)
    dt = time.time() - t0
    blob = json.dumps([[t.text, t.spans] for t in ft] +
                      [[k, c.name, c.entity, c.values] for k, cols in st.items() for c in cols])
    labs = Counter(s[2] for t in ft for s in t.spans)
    print("templates", len(TEMPLATES), "texts", len(ft), "distinct", len({t.text for t in ft}), "secs", round(dt, 2))
    print("langs", Counter(t.lang for t in TEMPLATES))
    print("labels", dict(sorted(labs.items())))
    for k, cols in st.items():
        pii = sum(1 for c in cols if c.entity)
        print(f"  {k}: {len(cols)} cols, {pii} PII, {len(cols) - pii} look-alike")
    print("digest", hashlib.sha256(blob.encode()).hexdigest()[:16])
