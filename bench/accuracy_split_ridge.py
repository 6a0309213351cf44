"""Accuracy split "ridge": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========

Author and date
    Helper "ridge", 2026-11-27. Written independently of any other split.

Independence (exactly what was read)
    * The author prompt for "ridge" (which states the API, the label conventions and the exact definitions of
      LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4 and _ip_public_v6 imported from bench/accuracy_data.py).
    * `ls bench/` (file names only).
    * Outputs of Faker (names per locale, probed interactively) and phonenumbers (example numbers, validity checks).
    Nothing else: bench/accuracy_data.py was not opened, no other split, rules, scanner source, tests, docs,
    results or notes were read. The scanner (pii-audit / pii_audit) and Presidio were never read or run.
    All brand names, texts, streets and town/postcode pairings were written by hand for this file.

API
    free_text(n, seed) -> list[Text]     text i renders TEMPLATES[i % len(TEMPLATES)]; benchmark: free_text(500, 7)
    structured(rows, seed) -> dict[str, list[Column]]                          benchmark: structured(150, 11)
    TEMPLATES                            60 Template(name, lang, countries, fn) objects
    Deterministic: every text / table has its own random.Random(f"ridge-{seed}-...") (string seeds hash with
    sha512, not with PYTHONHASHSEED); every Faker draw is preceded by seed_instance(rng.getrandbits(32)); "today"
    is fixed at 2026-11-26; no clock reads, no set iteration. Both benchmark calls together take ~3 s.

Domains
    veterinary clinic, parcel delivery and courier, tax preparation office, dating app, co-working memberships,
    language school, online pharmacy, roadside assistance, crowdfunding platform, public library (plus generic
    support / engineering texts of the same companies).

Languages (templates; texts in free_text(500, 7))
    English 33 templates (274 texts, 55%), written as from US, CA, GB, IE, AU, NZ, IN, ZA, SG, PH, NG, KE.
    Other languages 27 templates (226 texts, 45%), 17 languages:
    German 4 (DE, AT, CH), French 2 (FR, BE), Spanish 2 (ES, MX), Italian 2, Dutch 2, Portuguese 2 (PT, BR),
    Turkish 2, Romanian 2, Polish 1, Swedish 1, Catalan 1, Icelandic 1, Slovenian 1, Estonian 1,
    Tagalog/Taglish 1, Vietnamese 1, Swahili 1.
    (From the "barely used" list: Catalan, Icelandic, Tagalog, Turkish, Romanian, Vietnamese, Slovenian, Estonian,
    Swahili.) Names, towns, streets, postcodes, phone formats, date formats and currencies follow each text's
    country (per-country tables in COUNTRIES; Vietnamese names are written family-name first).

Shapes
    e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp (Android and iOS export formats),
    Teams, Slack, live chat, SMS threads, tickets with internal notes, CRM call logs, lower-case speech-to-text
    transcripts, form dumps (key: value, key=value, JSON and JSON lines), nginx and Java application logs, a .env
    config, an OCR'd membership form with a multi-line indented address block, tab-separated spreadsheet rows,
    notification subject lines, a CRM pipe export, door/wifi/vpn logs, and three texts with no PII at all
    (release notes, an incident status page, a German maintenance notice).

Value rules
    Phones: generated from per-country prefixes, kept only if phonenumbers.is_valid_number (and of the wanted
    mobile / fixed type), rendered national, international, E.164, compact, dashed or regional styles, and
    re-parsed with the text's region. Cards: _luhn with Visa/MC/Amex/Discover prefixes, plain, spaced or dashed.
    SSNs: area 001-899 except 666, group 01-99, serial 0001-9999, dashed/spaced/plain. US accounts: 8-12 digits,
    always next to a valid ABA routing number that is NOT labelled. IBANs: _iban_of for the supported countries;
    TR, RO, SI (with national check digits), EE, LT computed here with ISO 7064 mod 97; spaced or not. IPs:
    _ip_public_v4/_ip_public_v6 (checked is_global). Passwords: word+year+symbol, random strings, passphrases,
    leet. API keys: sk_live_, rk_live_, ghp_, xoxb-, SG., AIza, key-<hex32>. Birth dates 1941-2007 (dependants
    2010-2022) in the country's numeric format or a spelled-out month in the text's language.

Label conventions as applied
    PERSON: every person's name as written (full, first only, surname only, upper/lower case, "Last, First",
    "First L." with the period inside); chat speakers, agents, signatures, @mentions, drivers, vets, doctors,
    relatives. Titles (Mr, Mrs, Dr, Frau/Herr via "Sehr geehrte Frau", Mme, M., doamna, Sayın, chị) stay outside.
    Not labelled: names inside brands, shops, garages, campaign/product/book titles, streets; pet names.
    STREET_ADDRESS: a street line with postcode and town as one span; a multi-line block (flat/unit inside) as one
    span; in '>'-quoted replies each line is its own span; business addresses in signatures are labelled; bare
    street lines are labelled. LOCATION: town or country where a person lives, was born, comes from, moves or
    travels to; branch, depot, pickup-point, clinic, office towns are not labelled. DATE_OF_BIRTH: birth dates
    only. PASSWORD / API_KEY: plaintext secret only. Spans never include surrounding quotes, brackets or trailing
    punctuation (a US national phone keeps its own "(415)" area-code parentheses; a password may end in "!").
    assemble() asserts span text == inserted value, no overlap, word boundaries on both sides, and re-validates
    phones, cards (Luhn), SSNs, IBANs (mod 97) and IPs (global).

Look-alikes (never labelled)
    masked cards (**** 1234, 411111******1234, ending 1234), expiry dates, last-4 and masked SSNs, OTPs, door /
    gate / locker codes, private, loopback, link-local and CGNAT IPs, version strings, sha256 / commit hashes,
    bcrypt and argon2 hashes, UUIDs, order / ticket / booking / claim / policy / member / tracking numbers, IMEIs
    (Luhn-valid 15 digits), microchip numbers, ABA routing numbers, UK sort codes, SWIFT/BIC, GPS coordinates,
    amounts, timestamps and non-birth dates (appointments, due dates, pet birth dates), publishable keys
    (pk_live_), Twilio account SIDs, session ids, customer refs, VAT / EIN / P.IVA / company numbers, VINs,
    number plates, library card and RFID numbers, ISBNs, product / brand / campaign names containing person
    names (F.lli Rossi, Bob's Auto Repair, The Ada Lovelace Board Game, Pippi Långstrump), pet names, branch towns.

Tables (structured(150, 11); PII columns / look-alike columns; header style)
    vet_clinic_patients        GB, IE      8 / 14  snake_case, abbreviations (owner_tel, addr1), opaque field_3 = DOB
    parcel_shipments           DE          7 / 12  German spaced/slashed headers, opaque col_7 = PERSON
    courier_drivers            GB          9 / 11  camelCase (dob, payeeIban, lastLoginIp)
    tax_clients                US         10 / 12  UPPER_SNAKE (SSN, REFUND_ACCT, PORTAL_PWD)
    dating_profiles            FR ES IT PT GB TR   7 / 12  camelCase, local birth-date formats, E.164 phones
    coworking_members          NL          9 / 10  Dutch headers and dotted (portal.wachtwoord, booking.api_key)
    language_school_students   ES, CAT     9 / 10  Spanish snake_case
    pharmacy_orders            IT          9 / 10  Italian snake_case
    roadside_calls             AU, NZ      7 / 12  spaced Title Case
    crowdfunding_backers       GB IE CA NZ 7 / 9   dotted (backer.name, shipping.address = multi-line block)
    crowdfunding_creators      US          8 / 11  PascalCase, opaque attr2 = EMAIL_ADDRESS
    library_patrons            SE          8 / 12  Swedish headers (förnamn, lösenord, födelsedatum)
    12 tables, 233 columns: 98 PII, 135 look-alike. Names are split into first-name-only and surname-only columns;
    blanks (None) at 0-60 % per column; a few placeholders (N/A, -, unknown, k.A.) in some PII columns.
    Header-sounds-like-PII look-alikes: email_verified, emailVerified, phoneVerified, phoneType, DOB_VERIFIED,
    ADDRESS_TYPE, adresstyp, PWD_LAST_CHANGED, PasswordChangedAt, pin_bytt, card_last4, SPOUSE_SSN_LAST4,
    pet_dob, nombre_del_curso, passwordHash, internalProxyIp, lanIp, wifi.ip.

Known limits
    * Street / town / postcode combinations are plausible but not always real (a street is drawn from the
      country's list and paired with any of its towns); phone area codes are not matched to towns.
    * Faker names for some locales are odd (rare Turkish given names, Spanish double surnames).
    * A pet's date of birth is treated as a look-alike (not a person's birth date); an opinionated call.
    * Postcodes never appear alone (always inside an address), to avoid a label nobody defined.
    * No Irish/Welsh/Basque texts; Tagalog is written as everyday Taglish.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

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

TODAY = _dt.date(2026, 11, 26)

# --------------------------------------------------------------------------------------------
# span helpers: a template returns a list of parts; a part is a str (plain text) or (value, label)
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# country data (all hand-written; names partly from Faker)
# towns: (town, postcode, extra) ; extra = state / province / district / neighbourhood
# --------------------------------------------------------------------------------------------

COUNTRIES: dict[str, dict] = {
    "US": {"names": "en_US", "region": "US", "af": "us", "dob": "us", "mail": ["comcast.net", "icloud.com", "aol.com"],
               "towns": [("Austin", "78704", "TX"), ("Columbus", "43215", "OH"), ("Portland", "97214", "OR"),
                      ("Raleigh", "27603", "NC"), ("Tucson", "85719", "AZ"), ("Madison", "53703", "WI"),
                      ("Albany", "12208", "NY"), ("Boise", "83702", "ID"), ("Savannah", "31401", "GA"),
                      ("Omaha", "68102", "NE"), ("Dayton", "45402", "OH"), ("Spokane", "99201", "WA")],
               "streets": ["Maple Avenue", "Oak Street", "W 5th Street", "Elm Drive", "Cedar Lane", "Pine Ridge Road",
                        "Hillcrest Drive", "N Main Street", "Sycamore Court", "Lakeview Terrace", "Orchard Way"],
               "unit": ["Apt 4B", "Apt 12", "Unit 3", "Suite 210", "Apt 2C"], "mob": ["512", "614", "503", "919", "520", "608",
               "518", "208", "912", "402", "415", "617", "312", "704"], "fix": None},
    "CA": {"names": "en_CA", "region": "CA", "af": "us", "dob": "ca", "mail": ["shaw.ca", "rogers.com", "sympatico.ca"],
               "towns": [("Halifax", "B3H 2Y5", "NS"), ("Winnipeg", "R3M 1K2", "MB"), ("Calgary", "T2N 1N4", "AB"),
                      ("Victoria", "V8V 3K7", "BC"), ("Kingston", "K7L 3N6", "ON"), ("Moncton", "E1C 4M1", "NB"),
                      ("Saskatoon", "S7N 0W6", "SK"), ("Guelph", "N1H 3T9", "ON")],
               "streets": ["Robie Street", "Corydon Avenue", "Kensington Road NW", "Cook Street", "Princess Street",
                        "Main Street", "Broadway Avenue", "Wyndham Street N"],
               "unit": ["Apt 305", "Unit 7", "Suite 400", "Apt 12B"], "mob": ["902", "204", "403", "250", "613", "506",
               "416", "604", "306", "519"], "fix": None},
    "GB": {"names": "en_GB", "region": "GB", "af": "gb", "dob": "gb", "mail": ["btinternet.com", "hotmail.co.uk", "sky.com"],
               "towns": [("Leeds", "LS6 2AB", ""), ("Bristol", "BS3 4QP", ""), ("Norwich", "NR2 3HT", ""),
                      ("York", "YO31 7EF", ""), ("Cardiff", "CF24 3DP", ""), ("Brighton", "BN2 1JH", ""),
                      ("Sheffield", "S10 2GR", ""), ("Exeter", "EX4 6PX", ""), ("Glasgow", "G12 8QQ", ""),
                      ("Nottingham", "NG7 1FX", "")],
               "streets": ["Victoria Road", "Church Lane", "Hawthorn Close", "Queen Street", "Mill Lane", "Park View",
                        "Station Road", "Beech Grove", "Albert Terrace", "The Crescent"],
               "unit": ["Flat 3", "Flat 2B", "Flat 11"], "mob": ["74", "75", "77", "78", "79"],
               "fix": ["113", "117", "1603", "1904", "29", "1273", "114", "1392", "20", "141", "115"]},
    "IE": {"names": "en_IE", "region": "IE", "af": "ie", "dob": "gb", "mail": ["eircom.net", "gmail.com", "hotmail.com"],
               "towns": [("Dublin 8", "D08 K2X3", "Dublin"), ("Galway", "H91 E2K4", "Galway"), ("Cork", "T12 R5CP", "Cork"),
                      ("Limerick", "V94 T9PX", "Limerick"), ("Kilkenny", "R95 DX83", "Kilkenny"),
                      ("Sligo", "F91 YX21", "Sligo"), ("Dundalk", "A91 K7W2", "Dundalk")],
               "streets": ["Thomas Street", "Shop Street", "Oliver Plunkett Street", "O'Connell Avenue", "Parliament Street",
                        "Wine Street", "Clanbrassil Street"],
               "unit": ["Apt 4", "Apartment 12"], "mob": ["83", "85", "86", "87", "89"], "fix": ["1", "21", "91", "61"]},
    "AU": {"names": "en_AU", "region": "AU", "af": "au", "dob": "gb", "mail": ["bigpond.com", "optusnet.com.au", "gmail.com"],
               "towns": [("Fitzroy", "3065", "VIC"), ("Newtown", "2042", "NSW"), ("Toowong", "4066", "QLD"),
                      ("Subiaco", "6008", "WA"), ("Glenelg", "5045", "SA"), ("Hobart", "7000", "TAS"),
                      ("Geelong", "3220", "VIC"), ("Wollongong", "2500", "NSW")],
               "streets": ["Brunswick Street", "King Street", "Sylvan Road", "Rokeby Road", "Jetty Road", "Macquarie Street",
                        "Moorabool Street", "Crown Street"],
               "unit": ["12", "3", "7", "21"], "mob": ["4"], "fix": ["2", "3", "7", "8"]},
    "NZ": {"names": "en_NZ", "region": "NZ", "af": "nz", "dob": "gb", "mail": ["xtra.co.nz", "gmail.com", "outlook.com"],
               "towns": [("Wellington", "6011", ""), ("Christchurch", "8013", ""), ("Dunedin", "9016", ""),
                      ("Hamilton", "3204", ""), ("Nelson", "7010", ""), ("Tauranga", "3110", ""), ("Napier", "4110", "")],
               "streets": ["Cuba Street", "Riccarton Road", "George Street", "Victoria Street", "Trafalgar Street",
                        "Devonport Road", "Marine Parade"],
               "unit": ["Flat 2", "Unit 4"], "mob": ["21", "22", "27"], "fix": ["4", "3", "9", "7"]},
    "IN": {"names": "en_IN", "region": "IN", "af": "in", "dob": "in", "mail": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
               "towns": [("Bengaluru", "560034", "Koramangala"), ("Pune", "411038", "Kothrud"), ("Chennai", "600090", "Besant Nagar"),
                      ("Jaipur", "302017", "Malviya Nagar"), ("Kochi", "682024", "Edappally"), ("Hyderabad", "500081", "Madhapur"),
                      ("Lucknow", "226010", "Gomti Nagar")],
               "streets": ["80 Feet Road", "Karve Road", "2nd Main Road", "MG Road", "Temple Street", "Station Road", "Lake View Road"],
               "unit": ["Flat 302, Sai Residency", "Flat 5B, Green Glen Apartments", "House No. 17"],
               "mob": ["98", "99", "97", "91", "87", "70", "63", "81"], "fix": ["80", "20", "44", "141", "484", "40"]},
    "ZA": {"names": "en_ZA", "region": "ZA", "af": "za", "dob": "gb", "mail": ["mweb.co.za", "telkomsa.net", "gmail.com"],
               "towns": [("Cape Town", "8001", "Gardens"), ("Johannesburg", "2196", "Rosebank"), ("Durban", "4001", "Morningside"),
                      ("Pretoria", "0083", "Hatfield"), ("Stellenbosch", "7600", ""), ("Gqeberha", "6001", "Walmer")],
               "streets": ["Long Street", "Kloof Street", "Florida Road", "Dorp Street", "Main Road", "Church Street"],
               "unit": ["Unit 6", "Flat 14"], "mob": ["71", "72", "73", "76", "82", "83", "84"], "fix": ["21", "11", "31", "12"]},
    "SG": {"names": "en_SG", "region": "SG", "af": "sg", "dob": "gb", "mail": ["singnet.com.sg", "gmail.com", "yahoo.com.sg"],
               "towns": [("Singapore", "560233", "Ang Mo Kio Avenue 3"), ("Singapore", "310152", "Lorong 1 Toa Payoh"),
                      ("Singapore", "520871", "Tampines Street 86"), ("Singapore", "650289", "Bukit Batok East Avenue 3"),
                      ("Singapore", "460012", "Bedok North Street 2")],
               "streets": ["Orchard Road", "Tanjong Pagar Road", "Upper Thomson Road"],
               "unit": ["#08-1142", "#03-27", "#11-504"], "mob": ["8", "9"], "fix": ["6"]},
    "PH": {"names": "PH", "region": "PH", "af": "ph", "dob": "us", "mail": ["yahoo.com.ph", "gmail.com", "outlook.com"],
               "towns": [("Quezon City", "1108", "Brgy. Loyola Heights"), ("Makati", "1209", "Bel-Air"), ("Cebu City", "6000", "Brgy. Lahug"),
                      ("Davao City", "8000", "Poblacion"), ("Pasig", "1600", "Kapitolyo"), ("Iloilo City", "5000", "Jaro")],
               "streets": ["Katipunan Avenue", "Jupiter Street", "Gorordo Avenue", "Mabini Street", "East Capitol Drive", "Lopez Jaena Street"],
               "unit": ["Unit 5B", "Rm 304"], "mob": ["917", "918", "919", "927", "945", "995", "998", "905"], "fix": ["2", "32", "82", "33"]},
    "NG": {"names": "en_NG", "region": "NG", "af": "ng", "dob": "gb", "mail": ["yahoo.com", "gmail.com", "hotmail.com"],
               "towns": [("Lagos", "101241", "Ikoyi"), ("Ibadan", "200284", "Bodija"), ("Abuja", "900211", "Wuse II"),
                      ("Enugu", "400102", "Independence Layout"), ("Port Harcourt", "500272", "GRA Phase 2"), ("Kano", "700241", "Nassarawa")],
               "streets": ["Awolowo Road", "Bourdillon Road", "Aminu Kano Crescent", "Bodija Road", "Okpara Avenue", "Stadium Road"],
               "unit": ["Flat 4", "Block C"], "mob": ["803", "805", "806", "807", "808", "813", "816", "703", "706", "809"], "fix": ["20"]},
    "KE": {"names": "en_KE", "region": "KE", "af": "ke", "dob": "gb", "mail": ["gmail.com", "yahoo.com", "outlook.com"],
               "towns": [("Nairobi", "00100", "Kilimani"), ("Mombasa", "80100", "Nyali"), ("Kisumu", "40100", "Milimani"),
                      ("Nakuru", "20100", "Section 58"), ("Eldoret", "30100", "Elgon View"), ("Thika", "01000", "Makongeni")],
               "streets": ["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Links Road", "Argwings Kodhek Road"],
               "unit": ["Apt B4", "House 12"], "mob": ["70", "71", "72", "79", "11"], "fix": ["20", "41", "57"]},
    "DE": {"names": "de_DE", "region": "DE", "af": "de", "dob": "de", "mail": ["web.de", "gmx.de", "t-online.de"],
               "towns": [("Berlin", "10437", ""), ("München", "80331", ""), ("Köln", "50667", ""), ("Hamburg", "20357", ""),
                      ("Leipzig", "04109", ""), ("Heidelberg", "69117", ""), ("Nürnberg", "90402", ""), ("Bremen", "28195", ""),
                      ("Freiburg im Breisgau", "79098", "")],
               "streets": ["Lindenstraße", "Schillerstraße", "Am Mühlbach", "Hauptstraße", "Kastanienallee", "Bergstraße",
                        "Rosenweg", "Gartenstraße", "Am Sonnenhang"],
               "unit": [], "mob": ["151", "152", "160", "170", "171", "172", "173", "175", "176", "177", "178", "179", "157"],
               "fix": ["30", "40", "89", "221", "341", "6221", "911", "421"]},
    "AT": {"names": "de_AT", "region": "AT", "af": "at", "dob": "de", "mail": ["aon.at", "gmx.at", "chello.at"],
               "towns": [("Wien", "1070", ""), ("Graz", "8010", ""), ("Salzburg", "5020", ""), ("Innsbruck", "6020", ""),
                      ("Linz", "4020", ""), ("Klagenfurt", "9020", "")],
               "streets": ["Neubaugasse", "Herrengasse", "Linzer Gasse", "Landstraße", "Mariahilfer Straße", "Annenstraße"],
               "unit": ["/3", "/12", "/2/7"], "mob": ["664", "660", "676", "650", "699", "681"], "fix": ["1", "316", "662", "512", "732"]},
    "CH": {"names": "de_CH", "region": "CH", "af": "de", "dob": "de", "mail": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
               "towns": [("Zürich", "8004", ""), ("Bern", "3011", ""), ("Basel", "4051", ""), ("Luzern", "6003", ""),
                      ("St. Gallen", "9000", ""), ("Winterthur", "8400", "")],
               "streets": ["Langstrasse", "Marktgasse", "Spalenberg", "Pilatusstrasse", "Bahnhofstrasse", "Rosenbergstrasse"],
               "unit": [], "mob": ["76", "77", "78", "79"], "fix": ["44", "31", "61", "41", "71", "52"]},
    "FR": {"names": "fr_FR", "region": "FR", "af": "fr", "dob": "fr", "mail": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
               "towns": [("Paris", "75011", ""), ("Lyon", "69003", ""), ("Marseille", "13006", ""), ("Toulouse", "31000", ""),
                      ("Nantes", "44000", ""), ("Bordeaux", "33000", ""), ("Strasbourg", "67000", ""), ("Lille", "59000", ""),
                      ("Rennes", "35000", "")],
               "streets": ["rue de la République", "rue des Lilas", "boulevard Voltaire", "rue du Moulin", "place du Marché",
                        "allée des Tilleuls", "chemin des Vignes", "rue Nationale"],
               "unit": ["Bât. B", "Apt 24", "3e étage"], "mob": ["6", "7"], "fix": ["1", "4", "5", "2", "3"]},
    "BE": {"names": "fr_BE", "region": "BE", "af": "be", "dob": "fr", "mail": ["skynet.be", "proximus.be", "gmail.com"],
               "towns": [("Ixelles", "1050", ""), ("Liège", "4000", ""), ("Namur", "5000", ""), ("Charleroi", "6000", ""),
                      ("Louvain-la-Neuve", "1348", ""), ("Mons", "7000", "")],
               "streets": ["rue du Bailli", "chaussée de Charleroi", "rue Saint-Gilles", "rue de Fer", "avenue de la Toison d'Or",
                        "rue des Carmes"],
               "unit": ["bte 3", "bte 12"], "mob": ["470", "471", "472", "475", "476", "477", "478", "479", "485", "496"],
               "fix": ["2", "4", "81", "71", "10", "65"]},
    "ES": {"names": "es_ES", "region": "ES", "af": "es", "dob": "es", "mail": ["telefonica.net", "hotmail.es", "yahoo.es"],
               "towns": [("Madrid", "28012", ""), ("Sevilla", "41003", ""), ("Valencia", "46002", ""), ("Zaragoza", "50001", ""),
                      ("Málaga", "29015", ""), ("Bilbao", "48001", ""), ("Salamanca", "37002", "")],
               "streets": ["Calle Mayor", "Calle de Atocha", "Avenida de la Constitución", "Calle Larios", "Calle del Pilar",
                        "Plaza de España", "Calle San Francisco"],
               "unit": ["3º B", "1º izq.", "bajo A", "5º D"], "mob": ["6", "7"], "fix": ["91", "95", "96", "976", "952", "94", "923"]},
    "CAT": {"names": "CAT", "region": "ES", "af": "es", "dob": "es", "mail": ["telefonica.net", "gmail.com", "xtec.cat"],
                "towns": [("Barcelona", "08012", ""), ("Girona", "17004", ""), ("Lleida", "25002", ""), ("Tarragona", "43003", ""),
                       ("Mataró", "08301", ""), ("Terrassa", "08221", ""), ("Vic", "08500", "")],
                "streets": ["carrer de Verdi", "carrer Major", "carrer de la Riera", "rambla Nova", "carrer del Sol",
                         "passeig de la Muralla", "carrer de Sant Pere"],
                "unit": ["2n 1a", "baixos", "3r 2a", "àtic"], "mob": ["6", "7"], "fix": ["93", "972", "973", "977"]},
    "MX": {"names": "es_MX", "region": "MX", "af": "mx", "dob": "es", "mail": ["prodigy.net.mx", "hotmail.com", "gmail.com"],
               "towns": [("Ciudad de México", "06700", "Col. Roma Norte"), ("Guadalajara", "44100", "Col. Centro"),
                      ("Monterrey", "64000", "Col. Centro"), ("Puebla", "72000", "Col. Centro"), ("Mérida", "97000", "Col. Centro"),
                      ("Querétaro", "76000", "Col. Centro")],
               "streets": ["Calle Orizaba", "Calle Morelos", "Avenida Hidalgo", "Calle 60", "Calle Zaragoza", "Avenida Chapultepec"],
               "unit": ["Int. 4", "Depto. 302"], "mob": ["55", "33", "81", "222", "999", "442"], "fix": ["55", "33", "81", "222", "999"]},
    "IT": {"names": "it_IT", "region": "IT", "af": "it", "dob": "it", "mail": ["libero.it", "virgilio.it", "alice.it"],
               "towns": [("Milano", "20124", "MI"), ("Roma", "00185", "RM"), ("Bologna", "40126", "BO"), ("Firenze", "50122", "FI"),
                      ("Torino", "10121", "TO"), ("Napoli", "80134", "NA"), ("Verona", "37121", "VR")],
               "streets": ["Via Roma", "Via dei Mille", "Via Santo Stefano", "Corso Italia", "Via del Corso", "Viale Europa",
                        "Via delle Rose"],
               "unit": ["int. 5", "scala B"], "mob": ["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "392"],
               "fix": ["02", "06", "051", "055", "011", "081", "045"]},
    "NL": {"names": "nl_NL", "region": "NL", "af": "nl", "dob": "nl", "mail": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
               "towns": [("Amsterdam", "1016 GV", ""), ("Utrecht", "3511 LN", ""), ("Den Haag", "2513 AB", ""),
                      ("Groningen", "9711 HV", ""), ("Eindhoven", "5611 EM", ""), ("Rotterdam", "3012 CN", ""),
                      ("Zwolle", "8011 NM", "")],
               "streets": ["Prinsengracht", "Oudegracht", "Herestraat", "Kerkstraat", "Dorpsstraat", "Molenweg", "Lange Voorhout"],
               "unit": ["-II", " A", "-3"], "mob": ["6"], "fix": ["20", "30", "70", "50", "40", "10", "38"]},
    "PT": {"names": "pt_PT", "region": "PT", "af": "pt", "dob": "es", "mail": ["sapo.pt", "gmail.com", "netcabo.pt"],
               "towns": [("Lisboa", "1200-195", ""), ("Porto", "4000-322", ""), ("Coimbra", "3000-214", ""), ("Braga", "4700-424", ""),
                      ("Faro", "8000-138", ""), ("Aveiro", "3810-064", "")],
               "streets": ["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua da Alegria",
                        "Travessa do Carmo"],
               "unit": ["2.º Esq.", "3.º Dto.", "r/c"], "mob": ["91", "92", "93", "96"], "fix": ["21", "22", "239", "253", "289"]},
    "BR": {"names": "pt_BR", "region": "BR", "af": "br", "dob": "es", "mail": ["uol.com.br", "bol.com.br", "gmail.com"],
               "towns": [("São Paulo", "01310-100", "SP"), ("Rio de Janeiro", "22071-000", "RJ"), ("Belo Horizonte", "30130-010", "MG"),
                      ("Curitiba", "80020-000", "PR"), ("Salvador", "40015-970", "BA"), ("Recife", "50030-230", "PE")],
               "streets": ["Avenida Paulista", "Rua das Laranjeiras", "Rua da Bahia", "Rua das Flores", "Rua Chile", "Rua da Aurora"],
               "unit": ["apto 82", "casa 2", "bloco B, apto 1304"], "mob": ["119", "219", "319", "419", "719", "819"],
               "fix": ["112", "213", "313", "413", "713", "813"]},
    "PL": {"names": "pl_PL", "region": "PL", "af": "pl", "dob": "de", "mail": ["wp.pl", "onet.pl", "interia.pl"],
               "towns": [("Warszawa", "00-950", ""), ("Kraków", "31-042", ""), ("Wrocław", "50-001", ""), ("Gdańsk", "80-831", ""),
                      ("Poznań", "61-772", ""), ("Lublin", "20-076", "")],
               "streets": ["ul. Marszałkowska", "ul. Floriańska", "ul. Świdnicka", "ul. Długa", "ul. Półwiejska", "ul. Lipowa"],
               "unit": ["/4", "/12", " m. 7"], "mob": ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"],
               "fix": ["22", "12", "71", "58", "61", "81"]},
    "SE": {"names": "sv_SE", "region": "SE", "af": "se", "dob": "se", "mail": ["telia.com", "hotmail.se", "gmail.com"],
               "towns": [("Stockholm", "114 35", ""), ("Göteborg", "411 19", ""), ("Malmö", "211 22", ""), ("Uppsala", "753 20", ""),
                      ("Umeå", "903 26", ""), ("Västerås", "722 15", "")],
               "streets": ["Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Södra Förstadsgatan", "Björkvägen"],
               "unit": [" B", " lgh 1102", " 2 tr"], "mob": ["70", "72", "73", "76", "79"], "fix": ["8", "31", "40", "18", "90"]},
    "TR": {"names": "tr_TR", "region": "TR", "af": "tr", "dob": "de", "mail": ["hotmail.com", "gmail.com", "yandex.com.tr"],
               "towns": [("İstanbul", "34710", "Kadıköy"), ("Ankara", "06690", "Çankaya"), ("İzmir", "35220", "Konak"),
                      ("Bursa", "16040", "Osmangazi"), ("Antalya", "07100", "Muratpaşa"), ("Eskişehir", "26010", "Tepebaşı")],
               "streets": ["Moda Caddesi", "Bağdat Caddesi", "Gül Sokak", "Cumhuriyet Caddesi", "Lale Sokak", "Kıbrıs Şehitleri Caddesi"],
               "unit": ["5", "12", "3"], "mob": ["530", "532", "533", "535", "536", "542", "505", "506", "555"],
               "fix": ["216", "212", "312", "232", "224", "242"]},
    "RO": {"names": "ro_RO", "region": "RO", "af": "ro", "dob": "de", "mail": ["yahoo.com", "gmail.com", "yahoo.ro"],
               "towns": [("București", "010061", "Sector 1"), ("Cluj-Napoca", "400001", ""), ("Iași", "700259", ""),
                      ("Timișoara", "300006", ""), ("Brașov", "500030", ""), ("Sibiu", "550024", ""), ("Constanța", "900178", "")],
               "streets": ["Strada Memorandumului", "Bulevardul Unirii", "Strada Lăpușneanu", "Strada Republicii", "Strada Florilor",
                        "Calea Victoriei"],
               "unit": ["ap. 14", "bl. A3, ap. 7", "et. 2, ap. 9"], "mob": ["72", "73", "74", "75", "76"],
               "fix": ["21", "264", "232", "256", "268", "269"]},
    "IS": {"names": "IS", "region": "IS", "af": "de", "dob": "de", "mail": ["simnet.is", "gmail.com", "internet.is"],
               "towns": [("Reykjavík", "101", ""), ("Akureyri", "600", ""), ("Hafnarfjörður", "220", ""), ("Kópavogur", "200", ""),
                      ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
               "streets": ["Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Strandgata", "Hamraborg", "Austurvegur"],
               "unit": [], "mob": ["6", "7", "8"], "fix": ["5", "4"]},
    "SI": {"names": "sl_SI", "region": "SI", "af": "de", "dob": "de", "mail": ["siol.net", "gmail.com", "t-2.net"],
               "towns": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Koper", "6000", ""), ("Kranj", "4000", ""),
                      ("Celje", "3000", ""), ("Novo mesto", "8000", "")],
               "streets": ["Slovenska cesta", "Gosposka ulica", "Celovška cesta", "Partizanska cesta", "Ulica talcev", "Glavni trg"],
               "unit": [], "mob": ["31", "40", "41", "51", "64", "70"], "fix": ["1", "2", "5", "4", "3"]},
    "EE": {"names": "et_EE", "region": "EE", "af": "ee", "dob": "de", "mail": ["hot.ee", "gmail.com", "mail.ee"],
               "towns": [("Tallinn", "10145", ""), ("Tartu", "50090", ""), ("Pärnu", "80010", ""), ("Jõhvi", "41531", ""),
                      ("Haapsalu", "90502", ""), ("Viljandi", "71020", "")],
               "streets": ["Narva mnt", "Rüütli tn", "Pikk tn", "Tartu mnt", "Ülikooli tn", "Lossi tn"],
               "unit": ["-3", "-14", "-7"], "mob": ["5"], "fix": ["6", "7", "44", "33"]},
    "VN": {"names": "VN", "region": "VN", "af": "vn", "dob": "es", "mail": ["gmail.com", "yahoo.com.vn", "outlook.com"],
               "towns": [("Hà Nội", "", "Quận Đống Đa"), ("TP. Hồ Chí Minh", "", "Quận 3"), ("Đà Nẵng", "", "Quận Hải Châu"),
                      ("Huế", "", "Phường Phú Hội"), ("Cần Thơ", "", "Quận Ninh Kiều"), ("Hải Phòng", "", "Quận Lê Chân")],
               "streets": ["đường Nguyễn Trãi", "đường Lê Lợi", "phố Hàng Bông", "đường Trần Phú", "đường Võ Văn Tần", "hẻm 51 Cao Thắng"],
               "unit": [], "mob": ["90", "91", "93", "94", "96", "97", "98", "86", "70", "77"], "fix": ["24", "28", "236", "234"]},
}

# KE Swahili texts reuse KE data; Tagalog texts reuse PH data
_CUSTOM_NAMES = {
    "PH": (["Jose", "Juan", "Mark", "Paolo", "Jerome", "Rodel", "Carlo", "Miguel"],
           ["Maria", "Angelica", "Kristine", "Rhea", "Jasmine", "Liza", "Joy", "Camille"],
           ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "dela Cruz", "Aquino", "Ramos",
            "Castillo", "Navarro", "Manalo", "Dizon"], None),
    "CAT": (["Jordi", "Pau", "Arnau", "Marc", "Oriol", "Xavier", "Joan", "Pere"],
            ["Montserrat", "Núria", "Laia", "Mireia", "Roser", "Meritxell", "Anna", "Marta"],
            ["Puig", "Ferrer", "Vila", "Soler", "Serra", "Pujol", "Casals", "Roca", "Bosch", "Font", "Sala", "Vidal", "Riera",
             "Casademunt", "Grau"], None),
    "IS": (["Jón", "Guðmundur", "Sigurður", "Gunnar", "Ólafur", "Einar", "Kristján", "Hörður"],
           ["Guðrún", "Anna", "Sigríður", "Kristín", "Helga", "Sara", "Katrín", "Þórunn"],
           ["Jónsson", "Sigurðsson", "Gunnarsson", "Ólafsson", "Einarsson", "Magnússon", "Þórsson", "Stefánsson"],
           ["Jónsdóttir", "Sigurðardóttir", "Gunnarsdóttir", "Ólafsdóttir", "Einarsdóttir", "Magnúsdóttir", "Þórsdóttir",
            "Stefánsdóttir"]),
    "VN": (["Tuấn", "Dũng", "Hải", "Minh", "Quang", "Hùng", "Phúc", "Long"],
           ["Hương", "Lan", "Linh", "Trang", "Phương", "Thảo", "Ngọc", "Hằng"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh"], None),
    "en_SG": (["Wei Jie", "Jun Hao", "Muhammad Faizal", "Rajesh", "Darren", "Kelvin", "Arun", "Hafiz"],
              ["Wei Ling", "Hui Min", "Nur Aisyah", "Priya", "Jasmine", "Siti Nurhaliza", "Mei Xin", "Kavitha"],
              ["Tan", "Lim", "Ng", "Lee", "Wong", "Goh", "Chua", "Rahman", "Pillai", "Nair", "Ismail", "Koh"], None),
    "en_CA": (["Liam", "Noah", "Ethan", "Mathieu", "Connor", "Owen", "Jean-Philippe", "Raj"],
              ["Olivia", "Emma", "Chloé", "Avery", "Maya", "Leah", "Brooke", "Simran"],
              ["MacDonald", "Tremblay", "Campbell", "Fraser", "Gagnon", "Wilson", "Singh", "Chen", "Roy", "Leblanc",
               "McKenzie", "Bouchard"], None),
    "en_AU": (["Jack", "Lachlan", "Cooper", "Hamish", "Tom", "Mitchell", "Brodie", "Liam"],
              ["Charlotte", "Isla", "Matilda", "Sienna", "Chloe", "Kirra", "Tahlia", "Mia"],
              ["Smith", "Nguyen", "Williams", "Brown", "Kelly", "O'Brien", "Papadopoulos", "Jones", "Walsh", "Taylor",
               "Murphy", "Russo"], None),
    "en_ZA": (["Thabo", "Sipho", "Pieter", "Johan", "Lwazi", "Kagiso", "Ruan", "Mandla"],
              ["Nomvula", "Lerato", "Annelie", "Thandi", "Zanele", "Chantelle", "Naledi", "Marike"],
              ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Pillay", "Pretorius", "Khumalo",
               "Ndlovu", "du Plessis", "Jacobs"], None),
}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


_TRANS = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ð": "d", "Ð": "D", "þ": "th",
                        "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                        "ß": "ss", "'": "", " ": "", "-": ""})


def _ascii(s: str) -> str:
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "._")).lower()


@dataclass
class Person:
    first: str
    last: str
    female: bool
    order_last_first: bool = False  # Vietnamese name order

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.order_last_first else f"{self.first} {self.last}"

    @property
    def given(self) -> str:
        # the name used to address the person
        return self.first.split()[-1] if self.order_last_first else self.first


_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
}


# --------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------

_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "./"


def _rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


_PH_CACHE: dict[tuple[str, str], tuple[int, int]] = {}


def _ex_len(region: str, kind: str) -> tuple[int, int]:
    key = (region, kind)
    if key not in _PH_CACHE:
        ex = phonenumbers.example_number_for_type(region, _PNT.MOBILE if kind == "mob" else _PNT.FIXED_LINE)
        _PH_CACHE[key] = (ex.country_code, len(phonenumbers.national_significant_number(ex)))
    return _PH_CACHE[key]


def gen_phone_number(rng: random.Random, cc: str, kind: str = "mob") -> phonenumbers.PhoneNumber:
    co = COUNTRIES[cc]
    region = co["region"]
    prefs = co["mob"] if kind == "mob" or not co["fix"] else co["fix"]
    want = ((_PNT.MOBILE, _PNT.FIXED_LINE_OR_MOBILE) if kind == "mob" else (_PNT.FIXED_LINE, _PNT.FIXED_LINE_OR_MOBILE))
    ccode, length = _ex_len(region, kind)
    for attempt in range(200):
        pre = rng.choice(prefs)
        n = length + (0 if attempt < 60 else rng.choice((-2, -1, 1, 2)))
        if n <= len(pre):
            continue
        nsn = pre + str(rng.randint(2, 9)) + _digits(rng, n - len(pre) - 1)
        num = phonenumbers.parse("+" + str(ccode) + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in want:
            return num
    return phonenumbers.example_number_for_type(region, _PNT.MOBILE if kind == "mob" else _PNT.FIXED_LINE)


def fmt_phone(rng: random.Random, num: phonenumbers.PhoneNumber, region: str, style: str | None = None) -> str:
    nat = phonenumbers.format_number(num, _PNF.NATIONAL)
    intl = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    if style is None:
        style = rng.choices(["nat", "intl", "e164", "nat_compact", "nat_dash", "alt"], [5, 3, 1, 1, 1, 1])[0]
    if style == "nat":
        s = nat
    elif style == "intl":
        s = intl
    elif style == "e164":
        s = phonenumbers.format_number(num, _PNF.E164)
    elif style == "nat_compact":
        s = "".join(ch for ch in nat if ch.isdigit())
        if region in ("US", "CA"):
            s = f"{s[:3]}{s[3:6]}{s[6:]}"
    elif style == "nat_dash":
        s = nat.replace("(", "").replace(")", "").replace(" ", "-")
    else:  # regional alternatives
        d = phonenumbers.national_significant_number(num)
        if region in ("US", "CA"):
            s = rng.choice([f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"])
        elif region in ("GB", "DE", "AT", "CH", "NL", "IE"):
            s = intl.replace(" ", " (0)", 1)
        elif region == "FR":
            s = nat.replace(" ", ".")
        else:
            s = intl.replace(" ", "-")
    try:
        chk = phonenumbers.parse(s, region)
        if phonenumbers.is_valid_number(chk) and chk.national_number == num.national_number:
            return s
    except phonenumbers.NumberParseException:
        pass
    return nat


_IBAN_LEN = {"TR": 26, "RO": 24, "SI": 19, "EE": 20, "LT": 20}
_IBAN_OK = ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES")


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def gen_iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_OK:
        iban = _iban_of(rng, cc)
    elif cc == "TR":
        bban = _digits(rng, 5) + "0" + _digits(rng, 16)
        iban = "TR" + _iban_check("TR", bban) + bban
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + _digits(rng, 16)
        iban = "RO" + _iban_check("RO", bban) + bban
    elif cc == "SI":
        b13 = rng.choice(["02", "03", "04", "05", "10", "19"]) + _digits(rng, 11)
        bban = b13 + f"{98 - int(b13) * 100 % 97:02d}"
        iban = "SI" + _iban_check("SI", bban) + bban
    elif cc in ("EE", "LT"):
        bban = _digits(rng, 16)
        iban = cc + _iban_check(cc, bban) + bban
    else:
        raise ValueError(cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    if spaced:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def gen_card(rng: random.Random, fmt: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        n = _luhn(rng, "4", 16)
    elif kind == "mc":
        n = _luhn(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        n = _luhn(rng, "6011", 16)
    fmt = fmt or rng.choice(["space", "space", "plain", "dash"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _luhn_ok(s: str) -> bool:
    d = [int(ch) for ch in s if ch.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def gen_ssn(rng: random.Random, fmt: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or rng.choice(["dash", "dash", "dash", "space", "plain"])
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def gen_routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        if d[0] == 0 and d[1] == 0:
            continue
        tot = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - tot % 10) % 10)


def gen_us_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.choice([7, 8, 9, 10, 11]))


_PW_WORDS = ["Sunflower", "mango", "Tigger", "bluebird", "Kestrel", "pumpkin", "Galaxy", "coffee", "Rosemary", "dragon",
             "Biscuit", "summer", "Orchid", "falcon", "Marmite", "Kiwi", "lemonade", "Atlas", "penguin", "Juniper"]


def gen_password(rng: random.Random) -> str:
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(_PW_WORDS) + str(rng.randint(1, 2026)) + rng.choice("!#$%&*?@")
    if k == 1:
        return _rs(rng, _ALNUM + "!#$%&*?@^", rng.randint(10, 16))
    if k == 2:
        return "-".join([rng.choice(_PW_WORDS).lower(), rng.choice(_PW_WORDS).capitalize(), str(rng.randint(10, 99))])
    if k == 3:
        w = rng.choice(_PW_WORDS).lower()
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(rng.randint(0, 99)) + "!"
    return rng.choice(_PW_WORDS) + rng.choice(["_", ".", ""]) + rng.choice(_PW_WORDS).lower() + str(rng.randint(1, 9))


def gen_api_key(rng: random.Random) -> str:
    k = rng.randint(0, 6)
    if k == 0:
        return "sk_live_" + _rs(rng, _ALNUM, 24)
    if k == 1:
        return "ghp_" + _rs(rng, _ALNUM, 36)
    if k == 2:
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_rs(rng, _ALNUM, 24)}"
    if k == 3:
        return "SG." + _rs(rng, _ALNUM + "-_", 22) + "." + _rs(rng, _ALNUM + "-_", 43)
    if k == 4:
        return "AIza" + _rs(rng, _ALNUM + "-_", 35)
    if k == 5:
        return "rk_live_" + _rs(rng, _ALNUM, 32)
    return "key-" + _rs(rng, _HEX, 32)


def gen_pub_key(rng: random.Random) -> str:
    return "pk_live_" + _rs(rng, _ALNUM, 24)


def gen_sid(rng: random.Random) -> str:
    return "AC" + _rs(rng, _HEX, 32)


def gen_session(rng: random.Random) -> str:
    return rng.choice(["sess_", "sid=", "PHPSESSID=", ""]) + _rs(rng, _HEX, 26)


def gen_private_ip(rng: random.Random) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}"


def gen_ip(rng: random.Random, v6: float = 0.2) -> str:
    return _ip_public_v6(rng) if rng.random() < v6 else _ip_public_v4(rng)


def gen_version(rng: random.Random) -> str:
    return rng.choice(["v", "", "", "ver "]) + f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"


def gen_sha256(rng: random.Random) -> str:
    return _rs(rng, _HEX, 64)


def gen_bcrypt(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, _ALNUM + "+/", 22) + "$" + _rs(rng, _ALNUM + "+/", 43)
    return "$2b$12$" + _rs(rng, _B64, 53)


def gen_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def gen_ref(rng: random.Random, kind: str = "order") -> str:
    if kind == "order":
        return rng.choice([f"ORD-{rng.randint(100000, 999999)}", f"#{rng.randint(10000000, 99999999)}",
                           f"SO{rng.randint(2026000000, 2026999999)}", f"{rng.randint(100, 999)}-{_digits(rng, 7)}-{_digits(rng, 7)}"])
    if kind == "ticket":
        return rng.choice([f"TKT-{rng.randint(10000, 99999)}", f"#{rng.randint(100000, 999999)}",
                           f"INC{rng.randint(1000000, 9999999)}", f"CS-{rng.randint(2026, 2026)}-{_digits(rng, 5)}"])
    if kind == "track":
        return rng.choice(["1Z" + _rs(rng, string.ascii_uppercase + string.digits, 16), "JD01460000" + _digits(rng, 8),
                           "00340434" + _digits(rng, 12), rng.choice("RLC") + rng.choice("RXYZ") + _digits(rng, 9) + "GB"])
    if kind == "booking":
        return _rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if kind == "claim":
        return f"CLM-{rng.randint(2024, 2026)}-{_digits(rng, 6)}"
    if kind == "policy":
        return rng.choice([f"POL/{_digits(rng, 2)}/{_digits(rng, 6)}", f"PL-{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}-A"])
    if kind == "member":
        return rng.choice([f"M{_digits(rng, 7)}", f"MEM-{_digits(rng, 5)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}"])
    raise ValueError(kind)


def gen_imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def gen_masked_card(rng: random.Random) -> str:
    l4 = _digits(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                       f"{rng.choice(['4', '5'])}{_digits(rng, 5)}******{l4}"])


def gen_expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def gen_bic(rng: random.Random) -> str:
    return rng.choice(["DEUTDEFF", "COBADEFFXXX", "NWBKGB2L", "INGBNL2A", "BNPAFRPP", "BBVAESMM", "UNCRITMM", "RABONL2U",
                       "BKAUATWW", "UBSWCHZH80A", "BCEELULL", "AIBKIE2D", "TGBATRIS", "BTRLRO22", "LJBASI2X", "HABAEE2X"])


def gen_gps(rng: random.Random, lat: float = 48.0, lon: float = 10.0) -> str:
    a = lat + rng.uniform(-2, 2)
    b = lon + rng.uniform(-2, 2)
    return rng.choice([f"{a:.5f}, {b:.5f}", f"{a:.6f},{b:.6f}", f"lat {a:.4f} lon {b:.4f}"])


def gen_money(rng: random.Random, cur: str = "$") -> str:
    v = rng.randint(300, 250000) / 100
    us = f"{v:,.2f}"
    eu = us.replace(",", "_").replace(".", ",").replace("_", ".")
    if cur in ("$", "£", "A$", "R", "₱", "₦", "₹", "S$"):
        return f"{cur}{us}"
    if cur == "MXN":
        return f"${us} MXN"
    if cur == "KSh":
        return f"KSh {v * 100:,.0f}"
    if cur == "CHF":
        return f"CHF {us.replace(',', chr(39))}"
    if cur in ("R$", "VND"):
        return f"{cur} {eu}"
    if cur in ("zł", "kr"):
        return f"{eu.replace('.', ' ')} {cur}"
    return f"{eu} {cur}"


def gen_ts(rng: random.Random, style: str = "iso") -> str:
    d = TODAY - _dt.timedelta(days=rng.randint(0, 60))
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    if style == "clf":
        return f"{d.day:02d}/{_MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    return f"{h:02d}:{m:02d}"


_PETS = ["Biscuit", "Luna", "Milo", "Bella", "Nala", "Rocky", "Pepper", "Simba", "Coco", "Bruno", "Daisy", "Oscar",
         "Mochi", "Ziggy", "Rex", "Tilly", "Frodo", "Lola", "Kiki", "Bonnie"]
_PET_KIND = ["cat", "dog", "rabbit", "guinea pig", "cockatiel", "ferret"]
_NAMED_BRANDS = ["Marguerite's Bakery", "St. Brigid's School", "McKenzie & Daughters Plumbing", "Bruno's Pizzeria",
                 "Hotel Aurelia", "Jameson Street Motors", "Ben & Jerry's", "Sally's Nails", "Wendy's", "Tim Hortons",
                 "Dr. Martens", "Ruth's Diner", "Albert Heijn", "Peter Pan Nursery", "Father Ted's Pub"]


def fmt_date(d: _dt.date, cc: str, lang: str, long: bool = False) -> str:
    style = COUNTRIES[cc]["dob"]
    if long:
        mon = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
        if lang == "en":
            return f"{mon} {d.day}, {d.year}" if style in ("us", "ca") else f"{d.day} {mon} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {mon} de {d.year}"
        if lang == "ca":
            return f"{d.day} {'d' + chr(39) if mon[0] in 'ao' else 'de '}{mon} de {d.year}"
        if lang in ("de", "is", "sl", "et"):
            return f"{d.day}. {mon} {d.year}"
        if lang == "vi":
            return f"ngày {d.day} tháng {d.month} năm {d.year}"
        return f"{d.day} {mon} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style in ("ca", "se"):
        return d.isoformat()
    if style in ("gb", "fr", "es", "it"):
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style in ("in", "nl"):
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# per-text context
# --------------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: random.Random, cc: str, lang: str):
        self.r = rng
        self.cc = cc
        self.co = COUNTRIES[cc]
        self.lang = lang

    # ---- people
    def person(self, female: bool | None = None) -> Person:
        r = self.r
        if female is None:
            female = r.random() < 0.5
        key = self.co["names"]
        if key in _CUSTOM_NAMES:
            m, f, lm, lf = _CUSTOM_NAMES[key]
            first = r.choice(f if female else m)
            last = r.choice(lf if (female and lf) else lm)
            if key == "VN":
                mid = r.choice(["Thị", "Ngọc", "Thu", "Minh"] if female else ["Văn", "Minh", "Quốc", "Đức"])
                return Person(f"{mid} {first}", last, female, True)
            return Person(first, last, female)
        fk = _faker(key)
        fk.seed_instance(r.getrandbits(32))
        first = fk.first_name_female() if female else fk.first_name_male()
        last = (fk.last_name_female() if female else fk.last_name_male()) if hasattr(fk, "last_name_female") else fk.last_name()
        if self.cc == "ES" or self.cc == "MX":
            last = last + " " + fk.last_name() if r.random() < 0.5 else last
        return Person(first, last, female)

    def nm(self, p: Person, form: str | None = None) -> str:
        """a name form; forms: full, first, last, upper, lower, lastfirst, initial"""
        if form is None:
            form = self.r.choices(["full", "first", "last", "upper", "lastfirst", "initial"], [8, 3, 1, 1, 1, 1])[0]
        if form == "full":
            return p.full
        if form == "first":
            return p.given
        if form == "last":
            return p.last
        if form == "upper":
            return p.full.upper()
        if form == "lower":
            return p.full.lower()
        if form == "lastfirst":
            return f"{p.last}, {p.first}"
        if form == "initial":
            return f"{p.first} {p.last[0]}." if not p.order_last_first else f"{p.given} {p.last[0]}."
        raise ValueError(form)

    # ---- places
    def town(self):
        return self.r.choice(self.co["towns"])

    def other_town(self, not_this):
        for _ in range(20):
            t = self.town()
            if t[0] != not_this[0]:
                return t
        return self.town()

    def street(self, t=None) -> str:
        """a bare street line"""
        r, af = self.r, self.co["af"]
        t = t or self.town()
        st = r.choice(self.co["streets"])
        num = r.randint(1, 180)
        if af in ("us", "gb", "au", "nz", "ie", "za", "ng", "ke", "fr"):
            if af == "us":
                num = r.randint(100, 9899)
            return f"{num} {st}"
        if af == "in":
            return f"{num}, {st}"
        if af == "sg":
            return f"Blk {r.randint(100, 699)} {t[2]}"
        if af == "ph":
            return f"{num} {st}"
        if af == "es":
            return f"{st}, {num}"
        if af in ("pt", "br"):
            return f"{st}, {num}"
        if af == "tr":
            return f"{st} No: {num}"
        if af == "ro":
            return f"{st} nr. {num}"
        if af == "vn":
            return f"Số {num} {st}"
        return f"{st} {num}"  # de at nl se si ee is it be pl mx

    def addr(self, block: bool = False, unit: bool | None = None, t=None) -> str:
        r, co, af = self.r, self.co, self.co["af"]
        t = t or self.town()
        town, pc, ex = t
        s = self.street(t)
        if unit is None:
            unit = r.random() < 0.35
        u = r.choice(co["unit"]) if (unit and co["unit"]) else ""
        if af == "us":
            lines = [s + (f", {u}" if u and not block else ""), *([u] if u and block else []), f"{town}, {ex} {pc}"]
        elif af == "gb":
            lines = [*([u] if u else []), s, town, pc] if block else [(u + ", " if u else "") + s, f"{town} {pc}"]
        elif af == "au":
            s2 = f"{u}/{s}" if u else s
            lines = [s2, f"{town} {ex} {pc}"]
        elif af == "nz":
            lines = [*([u] if u else []), s, f"{town} {pc}"]
        elif af == "ie":
            lines = [*([u] if u else []), s, town, pc]
        elif af == "za":
            lines = [*([u] if u else []), s, *([ex] if ex else []), town, pc]
        elif af == "in":
            lines = [*([u] if u else []), s, ex, f"{town} - {pc}"]
        elif af == "sg":
            lines = [s, r.choice(co["unit"]), f"Singapore {pc}"]
        elif af == "ph":
            lines = [(u + ", " if u else "") + s, ex, f"{town} {pc}"]
        elif af == "ng":
            lines = [s, ex, town + (f" {pc}" if r.random() < 0.5 else "")]
        elif af == "ke":
            lines = [s, ex, f"{town} {pc}"]
        elif af == "fr":
            lines = [*([u] if u else []), s, f"{pc} {town.upper() if block and r.random() < 0.5 else town}"]
        elif af == "es":
            lines = [s + (f", {u}" if u else ""), f"{pc} {town}"]
        elif af == "mx":
            lines = [s + (f" {u}" if u else ""), ex, f"C.P. {pc}, {town}"]
        elif af == "it":
            lines = [s, f"{pc} {town} {ex}"]
        elif af == "pt":
            lines = [s + (f", {u}" if u else ""), f"{pc} {town}"]
        elif af == "br":
            lines = [s + (f", {u}" if u else ""), f"{town} - {ex}", pc]
        elif af == "tr":
            lines = [f"{s}" + (f" D: {u}" if u else ""), f"{pc} {ex}/{town}"]
        elif af == "ro":
            lines = [s + (f", {u}" if u else ""), f"{pc} {town}" + (f", {ex}" if ex else "")]
        elif af == "vn":
            lines = [s, ex, town]
        elif af in ("at", "pl", "nl", "ee", "se"):
            lines = [s + u, f"{pc} {town}"]
        elif af == "be":
            lines = [s + (f" {u}" if u else ""), f"{pc} {town}"]
        else:  # de ch is si
            lines = [s, f"{pc} {town}"]
        return "\n".join(lines) if block else ", ".join(lines)

    # ---- contact
    def phone(self, kind: str = "mob", style: str | None = None) -> str:
        num = gen_phone_number(self.r, self.cc, kind)
        return fmt_phone(self.r, num, self.co["region"], style)

    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        r = self.r
        if domain is None:
            domain = r.choice(["gmail.com", "gmail.com", "outlook.com", "yahoo.com", *self.co["mail"]])
        if p is None:
            p = self.person()
        f, l_ = _ascii(p.given), _ascii(p.last)
        local = r.choice([f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}.{l_}{r.randint(1, 99)}", f"{f}_{l_[:4]}",
                          f"{l_}.{f}", f"{f}{r.randint(70, 2005)}"])
        return f"{local}@{domain}"

    # ---- dates
    def dob_date(self, lo: int = 1941, hi: int = 2007) -> _dt.date:
        return _dt.date(lo, 1, 1) + _dt.timedelta(days=self.r.randint(0, (_dt.date(hi, 12, 31) - _dt.date(lo, 1, 1)).days))

    def date(self, d: _dt.date, long: bool = False) -> str:
        return fmt_date(d, self.cc, self.lang, long)

    def dob(self, long: bool | None = None) -> str:
        if long is None:
            long = self.r.random() < 0.3
        return self.date(self.dob_date(), long)

    def soon(self, long: bool = False, lo: int = 1, hi: int = 40) -> str:
        return self.date(TODAY + _dt.timedelta(days=self.r.randint(lo, hi)), long)

    def past(self, long: bool = False, lo: int = 1, hi: int = 400) -> str:
        return self.date(TODAY - _dt.timedelta(days=self.r.randint(lo, hi)), long)

    # ---- misc
    def iban(self, spaced: bool | None = None, cc: str | None = None) -> str:
        return gen_iban(self.r, cc or self.co["region"], spaced)

    def cur(self) -> str:
        return {"US": "$", "CA": "$", "GB": "£", "AU": "A$", "NZ": "$", "IN": "₹", "ZA": "R", "SG": "S$", "PH": "₱",
                "NG": "₦", "KE": "KSh", "PL": "zł", "SE": "kr", "RO": "lei", "TR": "TL", "CH": "CHF", "IS": "kr",
                "MX": "MXN", "BR": "R$", "VN": "VND"}.get(self.cc, "€")

    def money(self) -> str:
        cur = self.cur()
        if self.lang == "en" and cur == "€":
            return f"€{self.r.randint(300, 250000) / 100:,.2f}"
        return gen_money(self.r, cur)

    def ch(self, *xs):
        return self.r.choice(xs)


# --------------------------------------------------------------------------------------------
# assembly and checks
# --------------------------------------------------------------------------------------------

_BAD_EDGE = set("\"'`()[]{}<>,;:!?“”‘’«»")


def _check_value(value: str, label: str) -> None:
    if label == "PHONE_NUMBER":
        return
    if label == "CREDIT_CARD":
        assert _luhn_ok(value), value
    elif label == "US_SSN":
        d = value.replace("-", "").replace(" ", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        assert len(d) == 9 and 0 < a < 900 and a != 666 and g and s, value
    elif label == "IBAN_CODE":
        assert _iban_valid(value), value
    elif label == "IP_ADDRESS":
        assert ipaddress.ip_address(value).is_global, value


def assemble(parts: list, region: str | None = None) -> Text:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            assert label in LABELS, label
            assert value and value == value.strip(), repr(value)
            assert value[0] not in _BAD_EDGE or (label == "PHONE_NUMBER" and value[0] == "(" and ")" in value), repr(value)
            assert value[-1] not in _BAD_EDGE or label in ("PASSWORD", "API_KEY"), repr(value)
            assert not value.endswith(".") or label in ("PERSON", "STREET_ADDRESS"), repr(value)
            if label == "PHONE_NUMBER" and region:
                num = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number(num), value
            _check_value(value, label)
            spans.append((pos, pos + len(value), label))
            buf.append(value)
            pos += len(value)
        else:
            buf.append(part)
            pos += len(part)
    text = "".join(buf)
    last_end = -1
    for (a, b, label), part in zip(spans, [p for p in parts if isinstance(p, tuple)]):
        assert text[a:b] == part[0]
        assert a >= last_end, "overlap"
        last_end = b
        # word boundaries: a span must not run into letters or digits
        assert a == 0 or not text[a - 1].isalnum(), (text[a - 5:b + 5], label)
        assert b == len(text) or not text[b].isalnum(), (text[a - 5:b + 5], label)
    return Text(text, spans)


@dataclass
class Template:
    name: str
    lang: str
    countries: tuple[str, ...]
    fn: Callable[[Ctx], list]


# --------------------------------------------------------------------------------------------
# free-text templates: English
# --------------------------------------------------------------------------------------------

_GPS = {"GB": (52.5, -1.5), "ZA": (-29.0, 25.0), "AU": (-33.8, 151.0), "CA": (45.0, -75.0)}
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _hdr_date(c: Ctx) -> str:
    d = TODAY - _dt.timedelta(days=c.r.randint(0, 30))
    return f"{_WD[d.weekday()]}, {d.day} {_MONTHS['en'][d.month - 1][:3]} {d.year} at {c.r.randint(7, 21):02d}:{c.r.randint(0, 59):02d}"


def _spoken_phone(c: Ctx) -> str:
    num = gen_phone_number(c.r, c.cc, "mob")
    d = "0" + phonenumbers.national_significant_number(num) if c.cc not in ("US", "CA") else \
        phonenumbers.national_significant_number(num)
    if c.cc in ("US", "CA"):
        s = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif c.cc == "IN":
        s = f"{d[1:6]} {d[6:]}"
    else:
        s = " ".join(d[i:i + 3] for i in range(0, len(d), 3))
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(s, c.co["region"])):
            return s
    except phonenumbers.NumberParseException:
        pass
    return phonenumbers.format_number(num, _PNF.NATIONAL)


def _brand(c: Ctx, kind: str) -> tuple[str, str]:
    names = {
        "shop": ["Northwind Outfitters", "Bluepine Home", "Cedarline Audio", "Harbour & Hale", "Tallgrass Goods"],
        "vet": ["Ferncroft Veterinary", "Willowbank Vets", "Paws & Claws Animal Clinic", "Greenhill Vet Centre"],
        "pharm": ["MedLeaf Pharmacy", "Pillbox Direct", "CareRx Online", "Apotheca Express"],
        "road": ["RoadMate Assist", "Tow247", "AutoAid Club", "Breakdown Buddy"],
        "crowd": ["Backstory", "FundRaft", "KickNest", "PledgeHive"],
        "cowork": ["Hi-Desk Coworking", "The Hive Works", "Loftspace", "DeskForge"],
        "lang": ["Lingua Bridge", "Polyglot House", "Wordwise Academy", "Atlas Language School"],
        "lib": ["Riverside District Libraries", "Northgate City Library", "Harbourview Public Library"],
        "tax": ["ClearTax Partners", "Ledgerly Tax Services", "Sterling & Ward CPAs", "TaxNest"],
        "date": ["Kindred", "SparkMatch", "Amoretto", "Tandem"],
        "courier": ["SwiftParcel", "KiwiDrop", "ParcelPal", "Boomerang Couriers", "RapidRoo"],
    }[kind]
    b = c.r.choice(names)
    dom = _ascii(b.split()[0].replace("&", "and")).replace(".", "") + c.r.choice([".com", ".co", ".io"])
    return b, dom


def t_email_reply(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    brand, dom = _brand(c, "shop")
    t = c.town()
    order = gen_ref(r, "order")
    lines = c.addr(block=True, t=t).split("\n")
    parts = [f"Subject: Re: Order {order} - wrong size delivered\n\nHi ", P(cu.first), ",\n\n",
             r.choice(["Thanks for getting back to us.", "Sorry about the mix-up!", "Thank you for your patience."]),
             (" I've arranged a replacement to the address you gave; you should get a tracking number within 2 business days. "
             f"Your refund of {c.money()} to the card ending {_digits(r, 4)} was issued on {c.past(lo=1, hi=5)}.\n\n"
             "Kind regards,\n"), P(ag.full), f"\nCustomer Care | {brand}\n", PH(c.phone("fix")), " | ",
             EM(f"support@{dom}"), "\n", ADDR(c.addr()), "\n\n",
             f"On {_hdr_date(c)}, ", P(cu.full), " <", EM(c.email(cu)), "> wrote:\n",
             "> Hi, I ordered a medium but got a large. Please send the replacement to:\n"]
    for ln in lines:
        parts += ["> ", ADDR(ln), "\n"]
    parts += ["> My cell is ", PH(c.phone()), " if the driver needs it.\n> Thanks,\n> ", P(cu.first), "\n"]
    return parts


def t_forwarded(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    _brand_name, dom = _brand(c, c.ch("cowork", "lang", "shop"))
    t_old = c.town()
    parts = ["FYI - can someone in billing pick this up today? Card on file is ", gen_masked_card(r),
             f", BIC {gen_bic(r)} if needed.\n", P(ag.first), "\n\n---------- Forwarded message ---------\nFrom: ",
             P(cu.full), " <", EM(c.email(cu)), f">\nDate: {_hdr_date(c)}\nSubject: Change of address & direct debit\nTo: ",
             EM(f"accounts@{dom}"), "\n\n", c.ch("Hello,", "Hi there,", "Dear Sir/Madam,"), "\n\nPlease update my details. I've moved from ",
             LOC(t_old[0]), " to ", ADDR(c.addr(t=c.other_town(t_old))), ". New mobile: ", PH(c.phone()),
             ". Date of birth for security: ", DOB(c.dob()), ".\nCould you also switch the direct debit to IBAN ",
             IBAN(c.iban()), f"? My member number is {gen_ref(r, 'member')}.\n\nThanks\n", P(c.nm(cu, c.ch("first", "full"))), "\n"]
    return parts


def t_whatsapp(c: Ctx) -> list:
    r = c.r
    cu, ag, tech = c.person(), c.person(), c.person(female=False)
    brand = c.ch("UrbanShine", "HomeGenie", "SparkleNest", "FixItNow")
    d = TODAY - _dt.timedelta(days=r.randint(1, 20))
    ds = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    h = r.randint(9, 18)
    cn = c.nm(cu, c.ch("full", "first"))

    def ts(m):
        return f"[{ds}, {h:02d}:{m:02d}] "
    return [ts(2), P(cn), f": Hi is this {brand} support?\n", ts(3), f"{brand} Support: Yes ma'am, ", P(ag.first),
            " here. How can I help?\n", ts(5), P(cn),
            f": I booked deep cleaning for Saturday but technician has not called. Booking ID {gen_ref(r, 'booking')}\n",
            ts(6), f"{brand} Support: Sorry for that! Please confirm address and one alternate number\n", ts(9), P(cn), ": ",
            ADDR(c.addr()), "\n", ts(9), P(cn), ": alternate ", PH(c.phone(style=c.ch("nat", "nat_compact"))), "\n", ts(11),
            f"{brand} Support: Thank you. Technician ", P(c.nm(tech, c.ch("full", "first"))), " will call you from ",
            PH(c.phone()), " between 9 and 11 am\n", ts(12), P(cn), ": <Media omitted>\n", ts(12), P(cn),
            f": also one OTP {_digits(r, 6)} came on my phone, is it from you?\n", ts(13),
            f"{brand} Support: Please don't share OTP with anyone 🙏 Amount payable {gen_money(r, '₹')}\n"]


def t_teams(c: Ctx) -> list:
    r = c.r
    a1, a2, cu = c.person(), c.person(), c.person(female=True)
    h = r.randint(8, 11)
    return [P(a1.full), f"  {h}:{r.randint(10, 29)} AM\nhey can you check the refund for ", P(c.nm(cu, "full")),
            f"? she's called twice. card ending {_digits(r, 4)}, amount {c.money()}, ref {gen_ref(r, 'ticket')}\n\n",
            P(a2.full), f"  {h}:{r.randint(30, 59)} AM\nlooking now. the account is still under her maiden name ", P(cu.last if r.random() < 0.5 else c.person(True).last),
            ", DOB ", DOB(c.dob(long=False)), ", she moved to ", LOC(c.town()[0]),
            " last month so the new address isn't verified yet\n\n", P(a1.first),
            f"  {h + 1}:0{r.randint(0, 9)} AM\nok. she gave ", ADDR(c.addr()), " on the phone, and a new mobile ",
            PH(c.phone()), ". I'll update both after QA\n\n", P(a2.first), f"  {h + 1}:1{r.randint(0, 9)} AM\n👍 ",
            c.ch("thx", "cheers", "ta"), "\n"]


def t_slack(c: Ctx) -> list:
    r = c.r
    p1, p2, cu = c.person(), c.person(), c.person()
    ver = gen_version(r)
    return ["#eng-payments\n\n", P(p1.full), (f"  9:{r.randint(10, 59)} AM\ndeploy of payments-api {ver} to {gen_private_ip(r)} "
            "failed again. logs show it booted with\n```\nPAYMENTS_API_KEY="), KEY(gen_api_key(r)),
            f"\nSTRIPE_PUBLISHABLE_KEY={gen_pub_key(r)}\n```\nthat's prod creds in staging :scream: rotating now\n\n", P(p2.full),
            f"  10:0{r.randint(0, 9)} AM\nthanks. also customer ", EM(c.email(cu)), " reports a double charge from ",
            IP(gen_ip(r)), f", request id {gen_uuid(r)}, commit {_rs(r, _HEX, 40)[:12]}\n\n", P(p1.first),
            "  10:12 AM\n@", P(p2.first.lower()), f" can you refund one of them? amount {c.money()}, card {gen_masked_card(r)}\n"]


def t_livechat(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    brand, _dom = _brand(c, c.ch("shop", "courier"))
    h = r.randint(9, 20)
    n = P(cu.first)
    return [f"Chat transcript - {brand}\nStarted: {c.past(hi=20)} {h:02d}:14\nVisitor: ", P(cu.full), "\nEmail: ",
            EM(c.email(cu)), f"\nPage: /orders/{gen_ref(r, 'order').strip('#')}\n\n{h:02d}:14 ", n,
            ": hi my parcel says delivered but nothing here\n", f"{h:02d}:15 ", P(ag.first),
            " (Agent): Hi ", P(cu.first), f"! Sorry to hear that. Can you confirm the delivery address?\n{h:02d}:16 ", n, ": ",
            ADDR(c.addr()), f"\n{h:02d}:16 ", n, ": my neighbour at no. ", str(r.randint(2, 60)),
            " sometimes takes them in\n", f"{h:02d}:17 ", P(ag.first), (f" (Agent): Thanks. The driver's photo shows a green door and GPS {gen_gps(r, *_GPS[c.cc])}. "
            "I've opened a claim "), gen_ref(r, "claim"), ". We'll call you on ", PH(c.phone()), " within 24 hours.\n",
            f"{h:02d}:18 ", n, ": ok thx\n"]


def t_sms(c: Ctx) -> list:
    r = c.r
    me, drv = c.person(), c.person()
    brand, _ = _brand(c, "courier")
    return [f"{brand}: Your parcel {gen_ref(r, 'track')} is out for delivery today between 10:00 and 14:00. Reply STOP to opt out.\n",
            "Me: hi can u leave it round the back? gate code is ", f"{r.randint(1000, 9999)}#", "\n",
            P(drv.first), " (driver): No worries. Is that ", ADDR(c.addr(unit=False)), "?\n",
            "Me: yep thats us, blue house. im ", P(me.first), ", my partner ", P(c.person().first),
            " might be home\n", P(drv.first), " (driver): Done, left by the shed 👍 any issues call depot on ",
            PH(c.phone("fix")), "\n"]


def t_ticket_payout(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    brand, dom = _brand(c, "crowd")
    return [f"Ticket {gen_ref(r, 'ticket')} | Priority: High | Requester: ", P(cu.full), " <", EM(c.email(cu)), (">\n"
            "Subject: Payout for my campaign never arrived\n\n--- Public reply ---\nHi "), P(cu.first),
            (f", thanks for reaching out. Payouts from {brand} take 5-7 business days after the campaign closes on {c.past(hi=20)}.\n\n"
            "--- Internal note ("), P(ag.full), ") ---\nVerified via DOB ", DOB(c.dob()), (f" and last 4 of SSN (***-**-{_digits(r, 4)}).\n"
            "Requester read out the full SSN anyway: "), SSN(gen_ssn(r)), " - redact after close.\nPayout bank on file: routing ",
            gen_routing(r), " / acct ", BANK(gen_us_account(r)), (f" (checking). Amount held: {c.money()}.\n"
            f"Fraud flagged device IMEI {gen_imei(r)} and login from "), IP(gen_ip(r)), ". Escalate to ", EM(f"risk@{dom}"), ".\n"]


def t_crm_call(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    title = c.ch("Mrs", "Ms", "Mr") if cu.female else "Mr"
    return [f"Call log - {c.past(hi=10)} {r.randint(8, 17):02d}:{r.randint(0, 59):02d} - inbound - agent: ", P(ag.full),
            f"\nCaller: {title} ", P(cu.last), (f"\nPolicy: {gen_ref(r, 'policy')}   Claim: {gen_ref(r, 'claim')}\n"
            "Notes: caller confirmed DOB ("), DOB(c.dob()), ") and first line of address (", ADDR(c.street()),
            "). Wants letters sent to the daughter, ", P(c.person(True).full),
            ", instead, on ", EM(c.email()), ". Callback on ", PH(c.phone()), (f" after 2pm. Excess {c.money()} "
            f"already paid, card {gen_masked_card(r)}. Next review {c.soon()}.\n")]


def t_transcript_us(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    brand, _ = _brand(c, "road")
    t = c.town()
    return ["[auto-transcript, confidence 0.87]\nagent: thank you for calling ", brand.lower(), " this is ", P(ag.first.lower()),
            " may i have your name please\ncaller: yeah it's ", P(cu.full.lower()), (f" um my car died on the highway near exit {r.randint(10, 300)}\n"
            f"agent: okay i'm sorry to hear that are you somewhere safe\ncaller: yeah i'm on the shoulder\nagent: can i get your member number\n"
            f"caller: it's {' '.join(gen_ref(r, 'member').lower())}\nagent: and your date of birth\ncaller: "),
            DOB(c.dob(long=True).lower()), "\nagent: thank you and a good callback number\ncaller: ", PH(_spoken_phone(c)),
            "\nagent: and where do you want the car towed\ncaller: home i guess ", ADDR(c.addr(unit=False, t=t).lower()),
            f"\nagent: okay a truck is on the way eta about {r.randint(25, 70)} minutes\n"]


def t_transcript_in(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    t = c.town()
    return ["call recording transcript (speech to text)\nexecutive: good afternoon welcome to ", c.ch("medleaf", "carerx"),
            " pharmacy my name is ", P(ag.first.lower()), " how may i help you\ncustomer: hello madam i am ", P(cu.full.lower()),
            " calling from ", LOC(t[0].lower()), (f" my order {gen_ref(r, 'order').lower()} is not delivered\nexecutive: sorry sir may i know registered mobile number\n"
            "customer: "), PH(_spoken_phone(c)), "\nexecutive: thank you and date of birth for verification\ncustomer: ",
            DOB(c.dob(long=False)), "\nexecutive: i can see payment was done by card ending ", " ".join(_digits(r, 4)),
            "\ncustomer: no no i paid with my other card ", CC(gen_card(r, "space")),
            f" expiry {gen_expiry(r)}\nexecutive: sir please don't share full card number on call i will raise a ticket {gen_ref(r, 'ticket').lower()}\n"]


def t_form_kv(c: Ctx) -> list:
    r = c.r
    cu, ec = c.person(), c.person()
    brand, _dom = _brand(c, "vet")
    pet = r.choice(_PETS)
    return [f"=== New client registration ({brand}) ===\nFirst name: ", P(cu.first), "\nLast name: ", P(cu.last),
            "\nDate of birth: ", DOB(c.dob(long=False)), "\nEmail: ", EM(c.email(cu)), "\nPhone (home): ", PH(c.phone("fix")),
            "\nPhone (cell): ", PH(c.phone()), "\nAddress: ", ADDR(c.addr()), (f"\nPreferred clinic: {c.town()[0]} branch\n"
            f"Pet name: {pet}\nSpecies: {r.choice(_PET_KIND)}\nPet date of birth: {c.past(lo=400, hi=4000)}\n"
            f"Microchip: {_digits(r, 15)}\nEmergency contact: "), P(ec.full), " (", c.ch("spouse", "sister", "neighbour"),
            ") ", PH(c.phone()), f"\nConsent to reminders: yes\nSubmitted: {gen_ts(r)}\nClient IP: ", IP(gen_ip(r)), "\n"]


def t_kv_equals(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    t = c.town()
    return [f"{gen_ts(r)} INFO signup-svc member_created plan=hotdesk name=\"", P(cu.full), "\" email=",
            EM(c.email(cu)), " mobile=\"", PH(c.phone()), "\" dob=", DOB(c.dob(long=False).replace(" ", "-")),
            " home_town=\"", LOC(t[0]), (f"\" site=\"{c.ch('Raffles Place', 'Tanjong Pagar', 'One-North', 'Paya Lebar')}\" "
            f"device_id={gen_uuid(r)} app={gen_version(r)} ip="), IP(gen_ip(r, 0)), (f" via={gen_private_ip(r)}\n"
            f"{gen_ts(r)} DEBUG signup-svc welcome_mail queued to="), EM(c.email(cu)), f" template=welcome_v3 msg_id={_rs(r, _HEX, 24)}\n"]


def t_jsonl(c: Ctx) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randint(3, 5)):
        p = c.person()
        ev = r.choice(["login_failed", "login_ok", "signup", "password_changed"])
        out += [f'{{"ts":"{gen_ts(r)}","event":"{ev}","user":"', EM(c.email(p)), '","ip":"', IP(gen_ip(r)), '"']
        if ev == "login_failed" and r.random() < 0.7:
            out += [',"password_attempt":"', PW(gen_password(r)), '"']
        elif ev == "signup":
            out += [',"display_name":"', P(c.nm(p, c.ch("full", "first"))), '","dob":"', DOB(c.dob_date().isoformat()), '"']
        elif ev == "password_changed":
            out += [f',"new_hash":"{gen_bcrypt(r)}"']
        out += [f',"session":"{_rs(r, _HEX, 32)}","app":"{gen_version(r)}"}}\n']
    return out


def t_nginx(c: Ctx) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randint(3, 6)):
        k = r.randint(0, 3)
        ip = gen_ip(r)
        out += [IP(ip) if r.random() < 0.85 else gen_private_ip(r)]
        out += [f" - - [{gen_ts(r, 'clf')}] \""]
        if k == 0:
            out += ["GET /newsletter/unsubscribe?email=", EM(c.email()), "&utm_source=mail HTTP/1.1\" 200 512"]
        elif k == 1:
            out += [f"POST /api/v2/orders HTTP/1.1\" 201 {r.randint(100, 900)}"]
        elif k == 2:
            out += [f"GET /static/app.{_rs(r, _HEX, 8)}.js HTTP/2.0\" 304 0"]
        else:
            out += [f"GET /track/{gen_ref(r, 'track')} HTTP/1.1\" 200 {r.randint(1000, 9000)}"]
        out += [(f" \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{r.randint(110, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}\" "
                f"upstream={gen_private_ip(r)}:8080 rt=0.{r.randint(10, 999):03d}\n")]
    return out


def t_applog(c: Ctx) -> list:
    r = c.r
    p = c.person()
    em = c.email(p)
    ts = f"{TODAY - _dt.timedelta(days=r.randint(0, 9))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}"
    return [f"{ts} ERROR [http-nio-8080-exec-{r.randint(1, 20)}] c.t.billing.ChargeService - charge failed customer=cus_{_rs(r, _ALNUM, 14)} email=",
            EM(em), (f" card={gen_masked_card(r)} amount={c.money()} idempotency={gen_uuid(r)}\n"
            "java.lang.IllegalStateException: card_declined (do_not_honor)\n\tat com.tallgrass.billing.ChargeService.charge(ChargeService.java:212)\n"
            "\tat com.tallgrass.billing.api.CheckoutController.pay(CheckoutController.java:88)\n"
            f"{ts} WARN  [scheduler-2] c.t.billing.Retry - retry 2/3 in 30s, build {gen_version(r)}, node {gen_private_ip(r)}\n"
            f"{ts} INFO  [http-nio-8080-exec-3] c.t.auth.AuthController - login ok user="), EM(em), " from ", IP(gen_ip(r)),
            f" (xff {gen_private_ip(r)}) session={_rs(r, _HEX, 32)}\n"]


def t_envfile(c: Ctx) -> list:
    r = c.r
    admin = c.person()
    brand, dom = _brand(c, c.ch("shop", "pharm", "tax"))
    return [(f"# {brand} api - .env (staging copy, DO NOT COMMIT)\nAPP_VERSION={gen_version(r).strip('v ')}\n"
            f"DB_HOST={gen_private_ip(r)}\nDB_PORT=5432\nDB_USER=app_{r.choice(['rw', 'svc', 'api'])}\nDB_PASSWORD="), PW(gen_password(r)),
            "\nSTRIPE_SECRET_KEY=", KEY("sk_live_" + _rs(r, _ALNUM, 24)), (f"\nSTRIPE_PUBLISHABLE_KEY={gen_pub_key(r)}\n"
            f"TWILIO_ACCOUNT_SID={gen_sid(r)}\nSENDGRID_API_KEY="), KEY("SG." + _rs(r, _ALNUM, 22) + "." + _rs(r, _ALNUM + "-_", 43)),
            "\nSMTP_FROM=", EM(f"no-reply@{dom}"), "\nADMIN_CONTACT=\"", P(admin.full), " <", EM(c.email(admin, dom)), (">\"\n"
            "ALERT_SMS="), PH(c.phone(style="e164")), (f"\nCACHE_URL=redis://{gen_private_ip(r)}:6379/0\nFEATURE_FLAGS=checkout_v2,new_nav\n"
            f"BUILD_SHA={_rs(r, _HEX, 40)}\n")]


def t_ocr_form(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    brand, _ = _brand(c, "cowork")
    t = c.town()
    pad = " " * 15
    block = c.addr(block=True, t=t).replace("\n", "\n" + pad)
    return [f"APPLlCATION FOR MEMBERSHlP  -  {brand.upper()}\n\nSurname: ", P(cu.last.upper()), "        Forename(s): ",
            P(cu.first.upper()), "\nDate of Birth (DD/MM/YYYY): ", DOB(fmt_date(c.dob_date(), "GB", "en")), "\nHome Address:  ", ADDR(block),
            "\nTel (mob): ", PH(c.phone()), "    Tel (home): ", PH(c.phone("fix")), "\nE-mail: ", EM(c.email(cu)),
            "\nPlace of birth: ", LOC(c.town()[0]), (f"\nSignature: [signed]      Date: {c.past(hi=30)}\n\n"
            f"OFFICE USE ONLY  Member No {gen_ref(r, 'member')}  Badge {_digits(r, 4)}  Desk {r.randint(1, 9)}{r.choice('ABC')}\n")]


def t_sheet_rows(c: Ctx) -> list:
    r = c.r
    out: list = ["Name\tMobile\tSuburb\tDOB\tMember no\tLast callout\tBalance\n"]
    for _ in range(r.randint(3, 5)):
        p = c.person()
        out += [P(c.nm(p, c.ch("full", "full", "lastfirst", "upper"))), "\t", PH(c.phone(style=c.ch("nat", "nat_compact"))), "\t",
                LOC(c.town()[0]), "\t", DOB(c.dob(long=False)), f"\t{gen_ref(r, 'member')}\t{c.past(hi=300)}\t{c.money()}\n"]
    return out


def t_notifications(c: Ctx) -> list:
    r = c.r
    p, dr = c.person(), c.person()
    lines = [
        [f"Your parcel {gen_ref(r, 'track')} is on its way"],
        [P(p.first), ", your appointment with Dr ", P(dr.last), f" is confirmed for {c.soon()} at {r.randint(9, 16)}:30"],
        [f"Payment of {c.money()} received - card ending {_digits(r, 4)}"],
        ["Security alert: new sign-in to ", EM(c.email(p)), " from ", IP(gen_ip(r))],
        ["Reset your password - link expires in 30 minutes"],
        [f"Receipt for order {gen_ref(r, 'order')}"],
        ["Happy birthday, ", P(p.first), "! Here's 20% off"],
        [f"Your verification code is {_digits(r, 6)}"],
        ["New message from ", P(c.nm(c.person(), "initial")), " on ", r.choice(["Kindred", "SparkMatch"])],
        [f"Release {gen_version(r)} is now available"],
    ]
    r.shuffle(lines)
    out: list = []
    for ln in lines[: r.randint(5, 8)]:
        out += [f"[{gen_ts(r, 'hm')}] ", *ln, "\n"]
    return out


def t_nopii_release(c: Ctx) -> list:
    r = c.r
    v = f"{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    return [(f"Release notes - v{v} ({c.past(hi=20)})\n\n* Fixed a crash when the cart contained more than 99 items (#{r.randint(1000, 9999)})\n"
            f"* Upgraded openssl to 3.{r.randint(0, 3)}.{r.randint(0, 15)} and node to 20.{r.randint(1, 18)}.{r.randint(0, 9)}\n"
            f"* Default bind address is now {gen_private_ip(r)}; health checks moved to :9090/healthz\n"
            f"* Checksums: sha256 {gen_sha256(r)}\n* Migration id {gen_uuid(r)} runs automatically\n"
            f"* Known issue: timestamps before {gen_ts(r)} are shown in UTC\n")]


def t_nopii_status(c: Ctx) -> list:
    r = c.r
    return [(f"[Resolved] Elevated error rates on checkout\nStarted {gen_ts(r)}, resolved {gen_ts(r)}.\n\n"
            f"Between {r.randint(10, 12)}:05 and {r.randint(13, 15)}:40 UTC about {r.randint(2, 19)}% of payment requests failed "
            f"with HTTP 502. The cause was a full disk on database replica {gen_private_ip(r)} (volume vol-{_rs(r, _HEX, 17)}). "
            f"We rolled back to build {gen_version(r)} and added an alert at 85% disk usage. No card data was exposed. "
            f"Affected orders ({r.randint(40, 900)} in total, e.g. {gen_ref(r, 'order')}) were retried automatically.\n")]


def t_vet_reminder(c: Ctx) -> list:
    r = c.r
    cu, vet = c.person(), c.person()
    brand, dom = _brand(c, "vet")
    pet = r.choice(_PETS)
    branch = c.town()
    sal = c.ch("full", "title")
    greet = [P(cu.full)] if sal == "full" else [f"{'Mrs' if cu.female else 'Mr'} ", P(cu.last)]
    return [f"Subject: {pet}'s booster is due\n\nDear ", *greet, (f",\n\nOur records show that {pet} ({r.choice(_PET_KIND)}, "
            f"microchip {_digits(r, 15)}) is due for the annual booster on or after {c.soon(long=True)}. "
            f"Book online or call our {branch[0]} practice on "), PH(c.phone("fix")), ".\n\nWarm wishes,\n", P(vet.full),
            f" BVSc MRCVS\n{brand} - {branch[0]}\n", ADDR(c.addr(t=branch, unit=False)), "\n", EM(f"{_ascii(branch[0])}@{dom}"),
            (f"\nCompany no. {_digits(r, 8)} | VAT GB{_digits(r, 9)}\n" if c.cc == "GB" else f"\nABN {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}\n")]


def t_pharmacy_email(c: Ctx) -> list:
    r = c.r
    cu, doc = c.person(), c.person()
    brand, dom = _brand(c, "pharm")
    drug = c.ch("Atorvastatin 20 mg", "Sertraline 50 mg", "Metformin 500 mg", "Levothyroxine 75 mcg", "Amoxicillin 500 mg")
    return [f"Order confirmation - {brand}\n\nHi ", P(cu.first), (f",\n\nWe've received your refill request.\n\nRx #{_digits(r, 7)}  {drug} x {r.choice([30, 60, 90])}"
            "  - prescribed by Dr. "), P(c.nm(doc, c.ch("full", "last"))), "\n\nShip to:\n", P(cu.full), "\n", ADDR(c.addr(block=True)),
            (f"\n\nPaid with {r.choice(['Visa', 'Mastercard'])} ending in {_digits(r, 4)} (exp {gen_expiry(r)})\n"
            f"Estimated delivery: {c.soon(long=True, hi=6)}\nLot {r.choice('ABCDEFGH')}{_digits(r, 6)}, tracking {gen_ref(r, 'track')}\n\n"
            "Questions? "), EM(f"help@{dom}"), " or ", PH(c.phone("fix")), "\n"]


def t_roadside(c: Ctx) -> list:
    r = c.r
    cu, drv = c.person(), c.person()
    home = c.town()
    shop = c.ch("Bob's Auto Repair", "Hank & Sons Garage", "Midas", "Jiffy Lube", "Mike's Tyre Centre")
    return [f"DISPATCH D-{_digits(r, 7)} | {gen_ts(r, 'space')}\nMember: ", P(c.nm(cu, c.ch("upper", "lastfirst", "full"))),
            f" | No. {gen_ref(r, 'member')}\nCallback: ", PH(c.phone()), (f"\nVehicle: {r.randint(2008, 2025)} {c.ch('Toyota Corolla', 'Ford Ranger', 'Mazda CX-5', 'Honda Civic')}, "
            f"plate {_rs(r, string.ascii_uppercase, 3)}-{_digits(r, 3)}, VIN 1HG{_rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)}\n"
            f"Location: roadside, GPS {gen_gps(r, -33.8 if c.cc == 'AU' else 43.0, 151.0 if c.cc == 'AU' else -79.0)}\n"
            f"Fault: flat tyre, no spare. Odometer {r.randint(10000, 250000)} km\nTow to: {shop} (closes 5pm), else home: "),
            ADDR(c.addr(t=home)), "\nNote: member lives in ", LOC(home[0]), " and is travelling to ", LOC(c.other_town(home)[0]),
            " for work. Assigned: ", P(drv.first), f" (truck {r.randint(1, 40)}), ETA {r.randint(20, 90)} min\n"]


def t_crowd_pledge(c: Ctx) -> list:
    r = c.r
    cu, cr = c.person(), c.person()
    brand, dom = _brand(c, "crowd")
    game = c.ch("The Ada Lovelace Board Game", "Grace Hopper's Debugging Deck", "Darwin's Garden (2nd edition)",
                "Marie Curie Glow Puzzle")
    return [f"Subject: You backed {game}!\n\nHi ", P(cu.first), (f",\n\nThanks for pledging {c.money()} (reward tier: Deluxe) on {brand}. "
            "Your card "), gen_masked_card(r), (f" will be charged when the campaign ends on {c.soon(long=True)}.\n\n"
            "We'll ship your reward to:\n"), P(cu.full), "\n", ADDR(c.addr(block=True)), ("\n\nIf that's wrong, update it before the survey closes. "
            f"Backer number {r.randint(1, 9999)}, pledge id {gen_uuid(r)}.\n\nA message from the creator, "), P(cr.full),
            ": \"We're a two-person team from ", LOC(c.town()[0]), " and we can't believe the support!\"\n\n", EM(f"backers@{dom}"), "\n"]


def t_library(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    brand, dom = _brand(c, "lib")
    branch = c.town()
    greet = "Kia ora" if c.cc == "NZ" else "Dear"
    return [f"{greet} ", P(cu.first), (f",\n\nThe following items on card {_digits(r, 1)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} are overdue:\n"
            f"  - {c.ch('The Bone People', 'Milkman', 'Normal People', 'The Luminaries')} (due {c.past(hi=20)})\n"
            f"  - {c.ch('Birds of Aotearoa', 'Irish Cooking Made Easy', 'Learn Python in 30 Days')} (due {c.past(hi=20)})\n\n"
            f"Current fines: {c.money()}. You can renew online or visit the {branch[0]} branch at "), ADDR(c.addr(t=branch, unit=False)),
            ".\nWe will never ask for your PIN by email.\n\n", brand, " | ", EM(f"loans@{dom}"), " | ", PH(c.phone("fix")),
            "\nSent to ", EM(c.email(cu)), "\n"]


def t_lang_enquiry(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    _brand_name, dom = _brand(c, "lang")
    dest = c.ch("Dublin", "Toronto", "Melbourne", "Manchester", "Auckland")
    return ["Subject: Enquiry - IELTS preparation course\nTo: ", EM(f"admissions@{dom}"), "\n\nGood day!\n\nI am ", P(cu.full),
            " from ", LOC(c.town()[0]), ", ", LOC({"PH": "Philippines", "NG": "Nigeria", "KE": "Kenya"}.get(c.cc, "India")),
            ". I will be travelling to ", LOC(dest), (f" in {_MONTHS['en'][r.randint(0, 11)]} and would like to join the 8-week evening course. "
            "I was born on "), DOB(c.dob(long=c.r.random() < 0.5)), (f" and my last IELTS band was {r.choice(['5.5', '6.0', '6.5'])}.\n\n"
            "Kindly send the fees and schedule. You can reach me on "), PH(c.phone()), " or WhatsApp ", PH(c.phone(style="intl")),
            ".\n\nThank you and God bless,\n", P(c.nm(cu, c.ch("full", "initial"))), "\n"]


def t_dating_report(c: Ctx) -> list:
    r = c.r
    rep, sc = c.person(), c.person(False)
    brand, _dom = _brand(c, "date")
    return [f"Trust & Safety report TS-{_digits(r, 6)} ({brand})\nReported user: u_{_rs(r, _HEX, 10)}  Reporter: ", P(rep.first),
            f" (u_{_rs(r, _HEX, 10)})\nReason: asked for money / moved chat off-platform\n\nReporter wrote: \"he said his name is actually ",
            P(sc.full), " and told me to text him on ", PH(c.phone()), (" because he's working on an oil rig. then asked for a gift card\"\n\n"
            "Profile claims to live in "), LOC(c.town()[0]), ". Login IPs for reported account: ", IP(gen_ip(r)), ", ", IP(gen_ip(r)),
            f", {gen_private_ip(r)} (internal proxy). Device {gen_uuid(r)}, app {gen_version(r)}.\nAction: shadow-banned, evidence hash {gen_sha256(r)[:32]}\n"]


def t_tax_intake(c: Ctx) -> list:
    r = c.r
    tp, sp, kid, prep = c.person(), c.person(), c.person(), c.person()
    sp.last = tp.last if r.random() < 0.6 else sp.last
    kd = c.date(c.dob_date(2010, 2022))
    return ["Client intake - tax year 2026 - preparer: ", P(prep.full), "\n\nTaxpayer: ", P(tp.full), ", DOB ", DOB(c.dob()), ", SSN ",
            SSN(gen_ssn(r)), "\nSpouse: ", P(sp.first), ", DOB ", DOB(c.dob(long=False)), ", SSN ", SSN(gen_ssn(r)),
            "\nDependent: ", P(kid.first), " (DOB ", DOB(kd), ")\nAddress: ", ADDR(c.addr()), "\nPhone: ", PH(c.phone()),
            "\nRefund: direct deposit, routing ", gen_routing(r), ", account ", BANK(gen_us_account(r)),
            (f" (checking)\nPrior-year AGI {c.money()}; employer EIN {_digits(r, 2)}-{_digits(r, 7)}; W-2 box 1 {c.money()}\n"
            "Portal login created: "), EM(c.email(tp)), " / temp password ", PW(gen_password(r)), " (client to change)\n"]


def t_cowork_log(c: Ctx) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randint(3, 5)):
        p = c.person()
        k = r.randint(0, 2)
        if k == 0:
            out += [f"{gen_ts(r)} door-ctrl badge={_digits(r, 7)} member=\"", P(c.nm(p, c.ch("full", "upper"))),
                    f"\" door=L{r.randint(1, 6)}-{r.choice(['EAST', 'WEST'])} result=granted\n"]
        elif k == 1:
            out += [f"{gen_ts(r)} wifi assoc mac={':'.join(_rs(r, _HEX, 2) for _ in range(6))} ip={gen_private_ip(r)} user=",
                    EM(c.email(p)), "\n"]
        else:
            out += [f"{gen_ts(r)} vpn login user=", EM(c.email(p)), " src=", IP(gen_ip(r)), f" mfa=ok session={gen_session(r)}\n"]
    return out


def t_crm_export(c: Ctx) -> list:
    r = c.r
    owner = c.person()
    out: list = ["Lead | Phone | Email | City | Source | Stage | Owner | Value\n"]
    for _ in range(r.randint(2, 4)):
        p = c.person()
        out += [P(c.nm(p, c.ch("full", "full", "lastfirst"))), " | ", PH(c.phone()), " | ", EM(c.email(p)), " | ", LOC(c.town()[0]),
                f" | {r.choice(['Facebook', 'Referral', 'Walk-in', 'Website'])} | {r.choice(['New', 'Qualified', 'Won'])} | ", P(owner.first),
                f" | {c.money()}\n"]
    return out


def t_courier_complaint(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    _brand_name, dom = _brand(c, "courier")
    depot = c.town()
    return ["To: ", EM(f"complaints@{dom}"), (f"\nSubject: Third failed delivery - {gen_ref(r, 'track')}\n\nHello,\n\n"
            f"This is the third time your driver has marked my parcel as 'customer not home'. I work from home and was in all day on {c.past(hi=6, long=True)}. "
            f"The tracking says it is back at your {depot[0]} depot. Please deliver to "), ADDR(c.addr(t=c.other_town(depot))),
            " or to my office at ", ADDR(c.addr(unit=False)), ".\n\nI paid ", c.money(), (f" for express delivery (receipt {gen_ref(r, 'order')}).\n\n"
            "Regards,\n"), P(cu.full), "\n", PH(c.phone()), "\n"]


_EN_US = ("US",)
TEMPLATES_EN = [
    Template("email_support_reply", "en", ("US", "CA"), t_email_reply),
    Template("forwarded_email", "en", ("GB", "IE"), t_forwarded),
    Template("whatsapp_export", "en", ("IN",), t_whatsapp),
    Template("teams_chat", "en", ("AU", "NZ"), t_teams),
    Template("slack_export", "en", ("US", "CA"), t_slack),
    Template("live_chat", "en", ("GB", "ZA"), t_livechat),
    Template("sms_thread", "en", ("NZ", "AU", "CA"), t_sms),
    Template("ticket_payout_internal_note", "en", _EN_US, t_ticket_payout),
    Template("crm_call_log", "en", ("GB", "IE"), t_crm_call),
    Template("transcript_roadside", "en", ("US", "CA"), t_transcript_us),
    Template("transcript_pharmacy", "en", ("IN",), t_transcript_in),
    Template("form_vet_registration", "en", ("CA", "US"), t_form_kv),
    Template("kv_signup_log", "en", ("SG",), t_kv_equals),
    Template("jsonl_auth_events", "en", ("US", "GB"), t_jsonl),
    Template("nginx_access_log", "en", ("US", "GB", "AU"), t_nginx),
    Template("java_app_log", "en", ("US", "GB"), t_applog),
    Template("env_config", "en", ("US", "GB"), t_envfile),
    Template("ocr_membership_form", "en", ("GB", "IE"), t_ocr_form),
    Template("spreadsheet_members", "en", ("AU", "NZ"), t_sheet_rows),
    Template("notification_subjects", "en", ("US", "GB", "CA"), t_notifications),
    Template("no_pii_release_notes", "en", ("US", "GB"), t_nopii_release),
    Template("no_pii_status_page", "en", ("US", "GB"), t_nopii_status),
    Template("vet_reminder_email", "en", ("GB", "AU"), t_vet_reminder),
    Template("pharmacy_order_email", "en", ("US", "CA"), t_pharmacy_email),
    Template("roadside_dispatch", "en", ("AU", "CA"), t_roadside),
    Template("crowdfunding_pledge_email", "en", ("IE", "GB", "NZ"), t_crowd_pledge),
    Template("library_overdue", "en", ("NZ", "IE"), t_library),
    Template("language_school_enquiry", "en", ("PH", "NG", "KE"), t_lang_enquiry),
    Template("dating_trust_safety", "en", ("GB", "US", "ZA"), t_dating_report),
    Template("tax_intake_note", "en", _EN_US, t_tax_intake),
    Template("cowork_access_log", "en", ("SG", "IN"), t_cowork_log),
    Template("crm_lead_export", "en", ("ZA", "NG", "KE"), t_crm_export),
    Template("courier_complaint", "en", ("IE", "NG", "ZA"), t_courier_complaint),
]


# --------------------------------------------------------------------------------------------
# free-text templates: other languages
# --------------------------------------------------------------------------------------------


def _company(c: Ctx) -> str:
    return c.ch("Keller & Söhne GmbH", "Studio Nordlicht", "Van Dijk Consultancy B.V.", "Atelier Lumière SARL",
                "Bright Pixel Ltd", "Rossi Design S.r.l.", "Nowak IT Sp. z o.o.")


def t_de_email(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    anrede = "Sehr geehrte Frau" if cu.female else "Sehr geehrter Herr"
    order = gen_ref(r, "order")
    brand = c.ch("MedLeaf Versandapotheke", "Apotheca Express", "Pillbox Direkt")
    return [f"Betreff: AW: Bestellung {order} - falsches Präparat geliefert\n\n{anrede} ", P(cu.last),
            ",\n\nvielen Dank für Ihre Nachricht. Wir haben die Ersatzlieferung an folgende Adresse veranlasst: ", ADDR(c.addr()),
            (f". Die Gutschrift über {c.money()} auf Ihre Karte mit der Endung {_digits(r, 4)} erfolgt innerhalb von 3-5 Werktagen.\n\n"
            "Mit freundlichen Grüßen\n"), P(ag.full), f"\nKundenservice | {brand}\n", ADDR(c.addr(unit=False)), " | Tel. ",
            PH(c.phone("fix")), " | ", EM(f"service@{_ascii(brand.split()[0])}.de"),
            f"\nAmtsgericht Köln HRB {_digits(r, 5)} | USt-IdNr. DE{_digits(r, 9)}\n\n-----Ursprüngliche Nachricht-----\nVon: ", P(cu.full),
            " <", EM(c.email(cu)), (f">\nGesendet: {c.past(hi=5)} {r.randint(7, 22)}:{r.randint(10, 59)}\nBetreff: Bestellung {order}\n\n"
            "Hallo, statt Ibuprofen 400 wurde Ibuprofen 600 geliefert. Bitte rufen Sie mich unter "), PH(c.phone()),
            f" an. Kundennummer {gen_ref(r, 'member')}, geboren am ", DOB(c.dob()), ".\nGruß ", P(cu.first), "\n"]


def t_at_sms(c: Ctx) -> list:
    r = c.r
    drv, nb = c.person(False), c.person()
    brand = c.ch("PaketBlitz", "Alpenpost Express", "FlinkPaket")
    return [(f"{brand}: Ihr Paket {gen_ref(r, 'track')} wird heute zwischen 13:00 und 17:00 zugestellt. Zustelloptionen: "
            f"{brand.split()[0].lower()}.at/z/{_rs(r, _ALNUM, 6)}\n"),
            "Ich: Hallo, bitte beim Nachbarn ", P(nb.last), f" abgeben, Top {r.randint(1, 20)}. Haustür-Code {r.randint(1000, 9999)}\n",
            "Fahrer ", P(drv.first), ": Passt. Wohnen Sie ", ADDR(c.addr(unit=True)), "?\n",
            "Ich: Ja genau. Falls was ist: ", PH(c.phone()), "\n", "Fahrer ", P(drv.first),
            ": Zugestellt an ", P(nb.last), ", Foto in der App. Schönen Tag noch!\n"]


def t_ch_vet(c: Ctx) -> list:
    r = c.r
    cu, vet = c.person(), c.person()
    pet = r.choice(_PETS)
    branch = c.town()
    kind = r.choice(["Katze", "Hund", "Kaninchen", "Wellensittich"])
    return ["Grüezi ", P(c.nm(cu, c.ch("full", "full", "lastfirst"))), (f"\n\nWir bestätigen den Termin für {pet} ({kind}) am {c.soon()} um "
            f"{r.randint(8, 17)}:30 in unserer Praxis {branch[0]}. Bitte bringen Sie den Impfausweis mit (Chip-Nr. {_digits(r, 15)}).\n"
            "Falls Sie verhindert sind, melden Sie sich bitte unter "), PH(c.phone("fix")), " oder ", EM("praxis@tierarzt-sonnenberg.ch"),
            ".\n\nFreundliche Grüsse\nDr. med. vet. ", P(vet.full), "\nTierarztpraxis Sonnenberg AG, ", ADDR(c.addr(t=branch)),
            f"\nRechnung {gen_ref(r, 'order')} offen: {c.money()}\n"]


def t_de_nopii(c: Ctx) -> list:
    r = c.r
    return [(f"Wartungshinweis\n\nAm {c.soon()} zwischen 02:00 und 04:00 Uhr spielen wir Version {gen_version(r)} ein. "
            f"Während dieser Zeit ist das Kundenportal nicht erreichbar. Betroffen sind die Server {gen_private_ip(r)} und {gen_private_ip(r)}. "
            f"Die Prüfsumme des Pakets lautet {gen_sha256(r)}. Bei Fragen wenden Sie sich bitte an Ihre Filiale in "
            f"{c.town()[0]}. Ticket {gen_ref(r, 'ticket')}.\n")]


def t_fr_reclam(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    ne = "née" if cu.female else "né"
    return [f"Objet : Réclamation commande {gen_ref(r, 'order')}\n\nBonjour,\n\nJe m'appelle ", P(cu.full), f", {ne} le ", DOB(c.dob()),
            " à ", LOC(c.town()[0]), (". J'ai commandé sur votre site un traitement pour ma mère qui n'est jamais arrivé, alors que "
            f"le suivi {gen_ref(r, 'track')} indique « livré ».\n\nAdresse de livraison : "), ADDR(c.addr()), "\nTéléphone : ",
            PH(c.phone()), f"\n\nMerci de me rembourser les {c.money()} sur mon compte : IBAN ", IBAN(c.iban()), (f", BIC {gen_bic(r)}.\n\n"
            "Cordialement,\n"), P(c.nm(cu, c.ch("full", "upper"))), "\n"]


def t_be_crm(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    titre = "Mme" if cu.female else "M."
    return [f"Appel entrant du {c.past(hi=10)} à {r.randint(8, 18)}h{r.randint(10, 59)} - agent : ", P(ag.first),
            f"\nClient : {titre} ", P(cu.last), " (", P(cu.first), (f")\nObjet : résiliation abonnement coworking, site de {c.town()[0]}\n"
            "Le client déménage à "), LOC(c.town()[0]), " le mois prochain. Nouvelle adresse : ", ADDR(c.addr()), ". GSM : ",
            PH(c.phone()), ". E-mail : ", EM(c.email(cu)), f".\nDernière facture {gen_ref(r, 'order')} de {c.money()} payée par domiciliation (IBAN ",
            IBAN(c.iban()), f"). Badge {_digits(r, 6)} à désactiver.\n"]


def t_es_whatsapp(c: Ctx) -> list:
    r = c.r
    cu, vet, hus = c.person(True), c.person(True), c.person(False)
    pet = r.choice(_PETS)
    clinic = "Clínica Veterinaria Los Olivos"
    d = TODAY - _dt.timedelta(days=r.randint(1, 20))
    ds = f"{d.day}/{d.month}/{d.year % 100}"
    cn = c.nm(cu, c.ch("full", "first"))
    return [f"{ds}, 18:04 - {clinic}: Hola ", P(cu.first), f", le recordamos la cita de {pet} mañana a las 17:30 en nuestra clínica de {c.town()[0]}.\n",
            f"{ds}, 18:10 - ", P(cn), ": Hola! Sí, allí estaremos. ¿Podéis mandarme la factura a ", EM(c.email(cu)), "?\n",
            f"{ds}, 18:11 - {clinic}: Claro. ¿Nos confirma la dirección de facturación?\n",
            f"{ds}, 18:15 - ", P(cn), ": ", ADDR(c.addr()), "\n",
            f"{ds}, 18:16 - {clinic}: Perfecto. La veterinaria, ", P(vet.full), ", le llamará desde el ", PH(c.phone("fix")),
            " si hay algún cambio.\n", f"{ds}, 18:20 - ", P(cn), ": Genial, gracias!! Si no puedo ir yo, llevará a ", pet, " mi marido, ",
            P(hus.first), "\n"]


def t_mx_form(c: Ctx) -> list:
    r = c.r
    cu, ec = c.person(), c.person()
    return [f"Solicitud de inscripción - Instituto de Idiomas Puente\nFolio: {gen_ref(r, 'order')}\n\nNombre(s): ", P(cu.first),
            "\nApellidos: ", P(cu.last), "\nFecha de nacimiento: ", DOB(c.dob()), "\nLugar de nacimiento: ", LOC(c.town()[0]),
            "\nCorreo electrónico: ", EM(c.email(cu)), "\nCelular: ", PH(c.phone()), "\nDomicilio: ", ADDR(c.addr()),
            (f"\nCurso: Inglés B2 intensivo - sede {c.town()[0]}\nForma de pago: tarjeta {gen_masked_card(r)}\n"
            "Contacto de emergencia: "), P(ec.full), " - ", PH(c.phone()), f"\nFecha de registro: {gen_ts(r, 'space')}\n"]


def t_it_ticket(c: Ctx) -> list:
    r = c.r
    cu, op = c.person(), c.person()
    home = c.town()
    return [f"Ticket {gen_ref(r, 'ticket')} - Soccorso stradale\nApertura: {c.past(hi=3)} {gen_ts(r, 'hm')} - Operatore: ", P(op.first),
            "\nCliente: ", P(c.nm(cu, c.ch("full", "upper", "lastfirst"))), f" (tessera {gen_ref(r, 'member')})\nTelefono richiamata: ",
            PH(c.phone()), (f"\nPosizione: A1 km {r.randint(10, 700)}, coordinate {gen_gps(r, 43.5, 11.5)}\n"
            f"Veicolo: Fiat Panda targa {_rs(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}{_digits(r, 3)}{_rs(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}\n"
            "Descrizione: foratura, il cliente è in viaggio verso "), LOC(c.other_town(home)[0]), (" con la famiglia.\n"
            "Nota interna: chiede il traino all'officina Autofficina F.lli Rossi oppure a casa: "), ADDR(c.addr(t=home)),
            f".\nSupplemento {c.money()} pagato con carta ", CC(gen_card(r)), f", scad. {gen_expiry(r)}.\n"]


def t_it_email(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    now, dest = c.town(), None
    dest = c.other_town(now)
    prof = "libera professionista" if cu.female else "libero professionista"
    return ["Oggetto: Richiesta abbonamento mensile\n\nBuongiorno,\n\nsono ", P(cu.full), f", {prof}. Vivo a ", LOC(now[0]),
            " ma da gennaio mi trasferisco a ", LOC(dest[0]), (f" e vorrei attivare l'abbonamento \"Flex 10\" presso la vostra sede di {dest[0]}.\n\n"
            "Dati per la fattura: "), P(cu.full), ", ", ADDR(c.addr(t=now)), f", P.IVA {_digits(r, 11)}.\nCellulare ", PH(c.phone()),
            ", email ", EM(c.email(cu)), ".\n\nGrazie e buona giornata,\n", P(cu.first), "\n"]


def t_nl_chat(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    h = r.randint(9, 20)
    return [f"[{h}:02] Klant (", P(cu.first), "): Hoi, mijn pakket is nog steeds niet bezorgd\n", f"[{h}:03] Medewerker ", P(ag.first),
            ": Hallo ", P(cu.first), "! Wat vervelend. Wat is het bezorgadres?\n", f"[{h}:04] Klant (", P(cu.first), "): ",
            ADDR(c.addr()), "\n", f"[{h}:05] Medewerker ", P(ag.first), f": Dank je. Het pakket {gen_ref(r, 'track')} ligt bij het afhaalpunt in {c.town()[0]}.\n",
            f"[{h}:06] Klant (", P(cu.first), "): Dat gaat niet, ik zit vanaf morgen voor werk in ", LOC(c.town()[0]), "\n",
            f"[{h}:07] Medewerker ", P(ag.first), ": Ik heb een nieuwe bezorging aangevraagd. Je krijgt een sms op ", PH(c.phone()),
            f". Referentie {gen_ref(r, 'ticket')}.\n"]


def t_nl_kv(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    return ["Nieuwe aanmelding - Loftspace Coworking\n\nnaam: ", P(cu.full), "\ngeboortedatum: ", DOB(c.dob(long=False)),
            "\ne-mailadres: ", EM(c.email(cu)), "\ntelefoon: ", PH(c.phone()), "\nadres: ", ADDR(c.addr()),
            f"\nbedrijf: {_company(c)}\niban: ", IBAN(c.iban()), (f"\nbic: {gen_bic(r)}\nlidmaatschap: vaste plek - locatie {c.town()[0]}\n"
            f"deurcode: {r.randint(1000, 9999)}\nportaal-wachtwoord (tijdelijk): "), PW(gen_password(r)), f"\naangemeld op: {gen_ts(r, 'space')}\n"]


def t_pt_email(c: Ctx) -> list:
    cu = c.person()
    title = c.ch("O Livro da Avó Rosa", "Cadernos do Zé", "Fado para a Dona Amália")
    return ["Assunto: Transferência dos fundos da campanha\n\nOlá ", P(cu.first), (f",\n\nParabéns! A tua campanha \"{title}\" angariou {c.money()}. "
            "Para transferirmos os fundos precisamos que confirmes os seguintes dados:\n\nIBAN: "), IBAN(c.iban()), "\nTitular: ", P(cu.full),
            "\nMorada: ", ADDR(c.addr()), "\nData de nascimento: ", DOB(c.dob()), "\n\nResponde a este e-mail ou liga para ", PH(c.phone("fix")),
            " (dias úteis, 9h-18h).\n\nA equipa FundRaft\n", EM("apoio@fundraft.pt"), "\n"]


def t_br_whatsapp(c: Ctx) -> list:
    r = c.r
    cu, drv, mae = c.person(), c.person(False), c.person(True)
    d = TODAY - _dt.timedelta(days=r.randint(1, 20))
    h = r.randint(9, 19)

    def ts(m):
        return f"[{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}:{r.randint(10, 59)}] "
    return [ts(1), "RapidRoo Entregas: Olá, ", P(cu.first), f"! Seu pedido {gen_ref(r, 'order')} saiu para entrega.\n", ts(3), P(cu.full),
            ": Oi! Pode deixar na portaria? Meu endereço é ", ADDR(c.addr()), "\n", ts(4), "RapidRoo Entregas: Pode sim. O entregador ",
            P(drv.first), " vai ligar do ", PH(c.phone()), ".\n", ts(6), P(cu.full), ": Beleza. Se eu não atender liga pra minha mãe, ",
            P(mae.first), ": ", PH(c.phone()), "\n", ts(7), f"RapidRoo Entregas: Código de confirmação da entrega: {_digits(r, 4)}\n"]


def t_pl_form(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(True), c.person()
    return [f"Zgłoszenie reklamacyjne nr {gen_ref(r, 'ticket')}\nData zgłoszenia: {c.past(hi=5)}\nKlient: ", P(cu.full), "\nData urodzenia: ",
            DOB(c.dob(long=False)), "\nAdres do korespondencji: ", ADDR(c.addr()), "\nTelefon: ", PH(c.phone()), "\nE-mail: ", EM(c.email(cu)),
            f"\nOpis: Zamówiłam lek Ketonal 100 mg, przesyłka {gen_ref(r, 'track')} dotarła uszkodzona. Proszę o zwrot {c.money()} na konto ",
            IBAN(c.iban()), ".\nNotatka wewnętrzna (", P(ag.full), "): zwrot zatwierdzony, karta klienta ", gen_masked_card(r), " nieobciążona.\n"]


def t_sv_library(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    branch = c.town()
    return ["Ämne: Påminnelse - försenade lån\n\nHej ", P(cu.first), ("!\n\nFöljande medier har passerat återlämningsdatum:\n"
            f" - Kokbok för nybörjare (åter {c.past(hi=20)})\n - Svensk historia i korthet (åter {c.past(hi=20)})\n\n"
            f"Lånekort: {_digits(r, 14)}\nAvgift: {c.money()}\n\nVälkommen till {branch[0]}s stadsbibliotek, "), ADDR(c.addr(t=branch, unit=False)),
            ".\nVid frågor, ring ", PH(c.phone("fix")), " eller mejla ", EM(f"biblioteket@{_ascii(branch[0])}.se"), ".\nDetta mejl skickades till ",
            EM(c.email(cu)), ".\n"]


def t_tr_email(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    return [(f"Konu: Kargom hâlâ teslim edilmedi - Takip No: {gen_ref(r, 'track')}\n\nMerhaba,\n\n{c.past(hi=10)} tarihinde verdiğim sipariş hâlâ elime ulaşmadı. "
            f"Sistemde kargo {c.town()[0]} aktarma merkezinde görünüyor.\n\nAdresim: "), ADDR(c.addr()), "\nTelefonum: ", PH(c.phone()),
            f"\n\nLütfen en kısa sürede dönüş yapınız. Teslim edilemeyecekse {c.money()} tutarındaki ücretin iadesi için IBAN: ", IBAN(c.iban()),
            "\n\nSaygılarımla,\n", P(cu.full), "\n"]


def t_tr_sms(c: Ctx) -> list:
    r = c.r
    cu, es = c.person(), c.person()
    return ["Sayın ", P(cu.full), f", Defne Mali Müşavirlik ile {c.soon()} saat 14:30 randevunuz onaylanmıştır. Bilgi: ", PH(c.phone("fix")), "\n",
            "Ben: Merhaba, eşim de gelecek, adı ", P(es.first), ". Doğum tarihi ", DOB(c.dob()), ", lazım mı?\n",
            "Defne Mali Müşavirlik: Evet, beyanname için gerekli. Gelir belgelerini ", EM("evrak@defnemusavirlik.com.tr"), " adresine de gönderebilirsiniz.\n",
            "Ben: Tamam. e-Devlet şifrem ", PW(gen_password(r)), " bununla siz girebilir misiniz?\n",
            "Defne Mali Müşavirlik: Lütfen şifrenizi SMS ile paylaşmayınız, randevuda birlikte gireriz.\n"]


def t_ro_email(c: Ctx) -> list:
    r = c.r
    cu, acct = c.person(), c.person(True)
    return ["Subiect: Documente declarația unică 2026\n\nBună ziua, doamna ", P(acct.last), ",\n\nVă trimit datele pentru declarația unică:\n\nNume: ",
            P(cu.full), "\nData nașterii: ", DOB(c.dob()), "\nAdresa de domiciliu: ", ADDR(c.addr()), "\nTelefon: ", PH(c.phone()),
            "\nCont IBAN pentru restituire: ", IBAN(c.iban()), "\nParola SPV (ca să nu o mai caut): ", PW(gen_password(r)),
            f"\n\nVenitul din chirii a fost de {c.money()}. Contractul are numărul {_digits(r, 4)}/{c.past(hi=300)}.\n\nCu stimă,\n", P(cu.full), "\n"]


def t_ro_json(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    t = c.town()
    return ['{"comanda":"', gen_ref(r, "order"), '","client":{"nume":"', P(cu.last), '","prenume":"', P(cu.first), '","telefon":"',
            PH(c.phone()), '","email":"', EM(c.email(cu)), '","adresa":"', ADDR(c.street(t)), '","oras":"', LOC(t[0]),
            f'"}},"plata":{{"card":"{gen_masked_card(r)}","suma":"{c.money()}","3ds":true}},"ip":"', IP(gen_ip(r)),
            f'","proxy":"{gen_private_ip(r)}","ua":"Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36","v":"{gen_version(r)}"}}\n']


def t_ca_email(c: Ctx) -> list:
    cu = c.person()
    return ["Assumpte: Inscripció al curs d'anglès B2\n\nBon dia,\n\nEm dic ", P(cu.full), " i visc a ", LOC(c.town()[0]),
            f". M'agradaria inscriure'm al curs intensiu d'anglès que comença el {c.soon()}. Vaig néixer el ", DOB(c.dob()), " a ",
            LOC(c.town()[0]), ".\n\nLes meves dades de contacte:\nAdreça: ", ADDR(c.addr()), "\nTelèfon: ", PH(c.phone()), "\nCorreu: ",
            EM(c.email(cu)), "\n\nPagaré la matrícula per domiciliació bancària: ", IBAN(c.iban(cc="ES")), ".\n\nMoltes gràcies,\n", P(cu.first), "\n"]


def t_is_email(c: Ctx) -> list:
    cu = c.person()
    flutt = "nýflutt" if cu.female else "nýfluttur"
    return ["Efni: Umsókn um bókasafnsskírteini\n\nGóðan dag,\n\nÉg heiti ", P(cu.full), (f" og er {flutt} í bæinn. Mig langar að sækja um skírteini.\n\n"
            "Fæðingardagur: "), DOB(c.dob(long=False)), "\nHeimilisfang: ", ADDR(c.addr()), "\nSveitarfélag: ", LOC(c.town()[0]), "\nSími: ",
            PH(c.phone()), "\nNetfang: ", EM(c.email(cu)), "\n\nÉg get sótt skírteinið í útibúið á morgun.\n\nKær kveðja,\n", P(cu.first), "\n"]


def t_sl_call(c: Ctx) -> list:
    r = c.r
    cu, op = c.person(), c.person()
    t = c.town()
    return [f"Zapis klica - {c.past(hi=5)} {gen_ts(r, 'hm')} - operater: ", P(op.first), "\nKlicatelj: ", P(cu.full), "\nTelefon: ", PH(c.phone()),
            (f"\nZadeva: pomoč na cesti, okvara akumulatorja\nLokacija vozila: avtocesta A1, km {r.randint(5, 240)}, GPS {gen_gps(r, 46.1, 14.8)}\n"
            "Stalno prebivališče: "), ADDR(c.addr(t=t)), "\nKraj bivanja: ", LOC(t[0]), "\nDatum rojstva: ", DOB(c.dob()),
            f"\nŠtevilka članske izkaznice: {gen_ref(r, 'member')}\nPlačilo doplačila {c.money()}: kartica ", CC(gen_card(r)), "\n"]


def t_et_chat(c: Ctx) -> list:
    r = c.r
    cu, ag = c.person(), c.person()
    h = r.randint(9, 20)
    return [f"{h}:01 ", P(cu.full), f": Tere! Tellisin eile ravimid, aga tellimust {gen_ref(r, 'order')} pole siiani kohale jõudnud\n",
            f"{h}:03 Klienditugi (", P(ag.first), "): Tere, ", P(cu.first), "! Palun kinnitage tarneaadress.\n", f"{h}:04 ", P(cu.full), ": ",
            ADDR(c.addr()), "\n", f"{h}:06 Klienditugi (", P(ag.first), "): Aitäh. Pakk on pakiautomaadis, saatsime koodi numbrile ",
            PH(c.phone()), f". Kapi kood {_digits(r, 6)}.\n", f"{h}:07 ", P(cu.full), ": Suur aitäh!\n"]


def t_tl_chat(c: Ctx) -> list:
    r = c.r
    cu = c.person()
    cn = c.nm(cu, c.ch("full", "first"))
    return [P(cn), f": Hi po! Ask ko lang po kung available pa yung hot desk sa coworking niyo sa {c.town()[0]}?\n",
            "DeskForge PH: Hello po! Yes, meron pa. Pwede po ba makuha ang full name, email at contact number niyo?\n",
            P(cn), ": ", P(cu.full), " po, ", EM(c.email(cu)), ", ", PH(c.phone()), "\n",
            "DeskForge PH: Salamat po! Ano po ang billing address niyo?\n", P(cn), ": ", ADDR(c.addr()), "\n",
            f"DeskForge PH: Noted po. Monthly rate po ay {gen_money(r, '₱')}. Pwede po kayo magbayad via GCash sa ", PH(c.phone()), ".\n",
            P(cn), ": Sige po, isesend ko yung resibo mamaya. Thank you po!\n"]


def t_vi_sms(c: Ctx) -> list:
    r = c.r
    cu, sh = c.person(True), c.person(False)
    return [f"[GiaoNhanh24] Đơn hàng {gen_ref(r, 'order')} của bạn đang được giao. Shipper: ", P(sh.full), ", SĐT ", PH(c.phone()), ".\n",
            "Khách: Anh ơi em không có nhà, anh gửi giúp em ở bảo vệ tòa nhà nhé. Địa chỉ: ", ADDR(c.addr()), "\n",
            "Shipper: Ok chị ", P(cu.given), f", em để ở bảo vệ rồi nhé. Thu hộ {r.randint(50, 900)}.000đ.\n",
            "Khách: Cảm ơn anh! Em tên ", P(cu.full), ", có gì anh gọi số ", PH(c.phone()), " nha.\n"]


def t_sw_sms(c: Ctx) -> list:
    r = c.r
    cu, kaka = c.person(), c.person(False)
    home = c.town()
    return ["Habari ", P(cu.first), (f", kifurushi chako {gen_ref(r, 'track')} kimefika kwenye ofisi yetu ya {c.town()[0]}. "
            f"Tafadhali kichukue kabla ya {c.soon()}. Maswali: "), PH(c.phone("fix")), "\n",
            "Mimi: Asante. Naweza kumtuma kaka yangu ", P(kaka.full), " akichukue? Namba yake ni ", PH(c.phone()), "\n",
            f"SwiftParcel: Ndiyo, aje na kitambulisho na msimbo {_digits(r, 4)}.\n",
            "Mimi: Sawa. Mimi ni ", P(cu.full), ", ninaishi ", LOC(home[0]), ". Anwani yangu ni ", ADDR(c.addr(t=home)), ".\n"]


TEMPLATES_OTHER = [
    Template("de_pharmacy_email_reply", "de", ("DE",), t_de_email),
    Template("at_parcel_sms", "de", ("AT",), t_at_sms),
    Template("ch_vet_appointment", "de", ("CH",), t_ch_vet),
    Template("de_no_pii_maintenance", "de", ("DE", "AT"), t_de_nopii),
    Template("fr_pharmacy_complaint", "fr", ("FR",), t_fr_reclam),
    Template("be_crm_call_note", "fr", ("BE",), t_be_crm),
    Template("es_vet_whatsapp", "es", ("ES",), t_es_whatsapp),
    Template("mx_language_school_form", "es", ("MX",), t_mx_form),
    Template("it_roadside_ticket", "it", ("IT",), t_it_ticket),
    Template("it_cowork_email", "it", ("IT",), t_it_email),
    Template("nl_courier_livechat", "nl", ("NL",), t_nl_chat),
    Template("nl_cowork_signup_kv", "nl", ("NL",), t_nl_kv),
    Template("pt_crowdfunding_payout", "pt", ("PT",), t_pt_email),
    Template("br_delivery_whatsapp", "pt", ("BR",), t_br_whatsapp),
    Template("pl_pharmacy_complaint", "pl", ("PL",), t_pl_form),
    Template("sv_library_reminder", "sv", ("SE",), t_sv_library),
    Template("tr_courier_complaint", "tr", ("TR",), t_tr_email),
    Template("tr_tax_office_sms", "tr", ("TR",), t_tr_sms),
    Template("ro_tax_documents_email", "ro", ("RO",), t_ro_email),
    Template("ro_pharmacy_order_json", "ro", ("RO",), t_ro_json),
    Template("ca_language_school_email", "ca", ("CAT",), t_ca_email),
    Template("is_library_card_email", "is", ("IS",), t_is_email),
    Template("sl_roadside_call_record", "sl", ("SI",), t_sl_call),
    Template("et_pharmacy_chat", "et", ("EE",), t_et_chat),
    Template("tl_cowork_chat", "tl", ("PH",), t_tl_chat),
    Template("vi_delivery_sms", "vi", ("VN",), t_vi_sms),
    Template("sw_parcel_sms", "sw", ("KE",), t_sw_sms),
]

# interleave so that consecutive texts alternate languages
TEMPLATES: list[Template] = []
for _i in range(max(len(TEMPLATES_EN), len(TEMPLATES_OTHER))):
    if _i < len(TEMPLATES_EN):
        TEMPLATES.append(TEMPLATES_EN[_i])
    if _i < len(TEMPLATES_OTHER):
        TEMPLATES.append(TEMPLATES_OTHER[_i])


# --------------------------------------------------------------------------------------------
# API: free text
# --------------------------------------------------------------------------------------------


def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        tp = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"ridge-{seed}-text-{i}")
        cc = r.choice(tp.countries)
        c = Ctx(r, cc, tp.lang)
        out.append(assemble(tp.fn(c), COUNTRIES[cc]["region"]))
    return out


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------


class Row:
    """lazily drawn facts about the person behind one table row"""

    def __init__(self, c: Ctx):
        self.c = c
        self._p: Person | None = None
        self._t = None
        self._email: str | None = None

    @property
    def p(self) -> Person:
        if self._p is None:
            self._p = self.c.person()
        return self._p

    @property
    def t(self):
        if self._t is None:
            self._t = self.c.town()
        return self._t

    @property
    def email(self) -> str:
        if self._email is None:
            self._email = self.c.email(self.p)
        return self._email


@dataclass
class Col:
    header: str
    entity: str | None
    fn: Callable[[Ctx, Row], str]
    blank: float = 0.0
    ph: tuple[str, ...] = ()


@dataclass
class Table:
    name: str
    countries: tuple[str, ...]
    lang: str
    cols: list[Col]


_PH3 = ("N/A", "-", "unknown")


def _bool(c: Ctx, _row: Row) -> str:
    return c.ch("true", "false", "TRUE", "1", "0", "yes", "no")


def _date_past(c: Ctx, _row: Row) -> str:
    return c.past(hi=900)


def _date_soon(c: Ctx, _row: Row) -> str:
    return c.soon(hi=300)


def _ts(c: Ctx, _row: Row) -> str:
    return gen_ts(c.r, c.ch("iso", "space"))


def _branch(c: Ctx, _row: Row) -> str:
    return c.town()[0]


def _amount(c: Ctx, _row: Row) -> str:
    return c.money() if c.r.random() < 0.6 else f"{c.r.randint(100, 99999) / 100:.2f}"


def _phone_nat(c: Ctx, _row: Row) -> str:
    return c.phone(style=c.ch("nat", "nat", "nat_compact", "intl"))


def _garage(c: Ctx, _row: Row) -> str:
    return c.ch("Bob's Auto Repair", "Hank & Sons Garage", "Mike's Tyre Centre", "Ultra Tune", "Jim's Mechanical",
                "Bridgestone Service Centre", "Kmart Tyre & Auto")


def _vet_tables() -> list[Table]:
    return [Table("vet_clinic_patients", ("GB", "IE"), "en", [
        Col("patient_id", None, lambda c, w: f"PT-{_digits(c.r, 6)}"),
        Col("pet_name", None, lambda c, w: c.r.choice(_PETS)),
        Col("species", None, lambda c, w: c.r.choice(_PET_KIND)),
        Col("breed", None, lambda c, w: c.ch("Labrador", "Border Collie", "Maine Coon", "Jack Russell", "Lionhead", "mixed"), 0.2),
        Col("pet_dob", None, lambda c, w: c.past(lo=200, hi=5000), 0.25),
        Col("microchip_no", None, lambda c, w: "9" + _digits(c.r, 14), 0.3),
        Col("owner_first", "PERSON", lambda c, w: w.p.first),
        Col("owner_surname", "PERSON", lambda c, w: w.p.last),
        Col("owner_tel", "PHONE_NUMBER", _phone_nat, 0.1, _PH3),
        Col("owner_email", "EMAIL_ADDRESS", lambda c, w: w.email, 0.15),
        Col("email_verified", None, _bool),
        Col("addr1", "STREET_ADDRESS", lambda c, w: c.street(w.t), 0.05),
        Col("town", "LOCATION", lambda c, w: w.t[0], 0.05),
        Col("field_3", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False), 0.5),
        Col("attending_vet", "PERSON", lambda c, w: c.person().full, 0.1),
        Col("clinic_branch", None, _branch),
        Col("last_visit", None, _date_past),
        Col("next_vaccination_due", None, _date_soon, 0.3),
        Col("weight_kg", None, lambda c, w: f"{c.r.uniform(0.2, 45):.1f}", 0.1),
        Col("invoice_total", None, _amount),
        Col("card_last4", None, lambda c, w: _digits(c.r, 4), 0.4),
        Col("insurance_policy_no", None, lambda c, w: gen_ref(c.r, "policy"), 0.55),
    ])]


_SHOPS = ["Kiosk Yılmaz", "Bäckerei Müller", "Lotto-Toto Schmitt", "Blumen Fischer", "Späti Hoffmann", "Reinigung Weber"]


def _parcel_tables() -> list[Table]:
    return [Table("parcel_shipments", ("DE",), "de", [
        Col("Sendungsnummer", None, lambda c, w: gen_ref(c.r, "track")),
        Col("Empfänger Vorname", "PERSON", lambda c, w: w.p.first),
        Col("Empfänger Nachname", "PERSON", lambda c, w: w.p.last),
        Col("Straße/Hausnr.", "STREET_ADDRESS", lambda c, w: c.street(w.t)),
        Col("Ort", "LOCATION", lambda c, w: w.t[0]),
        Col("Telefon", "PHONE_NUMBER", _phone_nat, 0.3, ("-", "k.A.")),
        Col("E-Mail", "EMAIL_ADDRESS", lambda c, w: w.email, 0.2),
        Col("col_7", "PERSON", lambda c, w: c.person().full, 0.45),
        Col("Gewicht_kg", None, lambda c, w: f"{c.r.uniform(0.1, 31.5):.2f}".replace(".", ",")),
        Col("Zustellversuch", None, _ts, 0.1),
        Col("Depot", None, _branch),
        Col("Fahrer-ID", None, lambda c, w: f"DRV{_digits(c.r, 5)}"),
        Col("Status", None, lambda c, w: c.ch("zugestellt", "in Zustellung", "Rücklauf", "beim Nachbarn")),
        Col("Abstellort", None, lambda c, w: c.ch("Garage", "Terrasse", "Briefkasten", "Nachbar"), 0.6),
        Col("GPS Zustellung", None, lambda c, w: gen_gps(c.r, 51.0, 10.0), 0.2),
        Col("Nachnahme", None, _amount, 0.6),
        Col("Paketshop", None, lambda c, w: c.r.choice(_SHOPS), 0.5),
        Col("Sendungs-Hash", None, lambda c, w: gen_sha256(c.r)),
        Col("Versandkosten", None, _amount),
    ]), Table("courier_drivers", ("GB",), "en", [
        Col("driverId", None, lambda c, w: f"D-{_digits(c.r, 5)}"),
        Col("firstName", "PERSON", lambda c, w: w.p.first),
        Col("lastName", "PERSON", lambda c, w: w.p.last),
        Col("dob", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False), 0.1),
        Col("mobile", "PHONE_NUMBER", _phone_nat),
        Col("email", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("homeAddress", "STREET_ADDRESS", lambda c, w: c.addr(t=w.t), 0.05),
        Col("vehicleReg", None, lambda c, w: f"{_rs(c.r, 'ABCDEFGHKLMNPRSVWY', 2)}{c.r.randint(10, 75)} {_rs(c.r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}"),
        Col("depot", None, _branch),
        Col("payeeIban", "IBAN_CODE", lambda c, w: c.iban(), 0.1),
        Col("sortCode", None, lambda c, w: f"{_digits(c.r, 2)}-{_digits(c.r, 2)}-{_digits(c.r, 2)}", 0.1),
        Col("deviceImei", None, lambda c, w: gen_imei(c.r), 0.2),
        Col("appVersion", None, lambda c, w: gen_version(c.r)),
        Col("lastLoginIp", "IP_ADDRESS", lambda c, w: gen_ip(c.r), 0.15),
        Col("lanIp", None, lambda c, w: gen_private_ip(c.r), 0.3),
        Col("shiftStart", None, _ts),
        Col("rating", None, lambda c, w: f"{c.r.uniform(3.2, 5):.2f}"),
        Col("licenceExpiry", None, _date_soon),
        Col("phoneType", None, lambda c, w: c.ch("Android", "iOS", "work", "personal")),
        Col("emergencyContactName", "PERSON", lambda c, w: c.person().full, 0.3, _PH3),
    ])]


def _tax_tables() -> list[Table]:
    return [Table("tax_clients", ("US",), "en", [
        Col("CLIENT_ID", None, lambda c, w: f"C{_digits(c.r, 6)}"),
        Col("FIRST_NAME", "PERSON", lambda c, w: w.p.first),
        Col("LAST_NAME", "PERSON", lambda c, w: w.p.last),
        Col("SSN", "US_SSN", lambda c, w: gen_ssn(c.r), 0.02),
        Col("SPOUSE_SSN_LAST4", None, lambda c, w: _digits(c.r, 4), 0.5),
        Col("DOB", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False)),
        Col("DOB_VERIFIED", None, _bool),
        Col("FILING_STATUS", None, lambda c, w: c.ch("Single", "MFJ", "MFS", "HOH", "QSS")),
        Col("PHONE", "PHONE_NUMBER", _phone_nat, 0.05),
        Col("EMAIL", "EMAIL_ADDRESS", lambda c, w: w.email, 0.1),
        Col("STREET", "STREET_ADDRESS", lambda c, w: c.street(w.t)),
        Col("CITY", "LOCATION", lambda c, w: w.t[0]),
        Col("STATE", None, lambda c, w: w.t[2]),
        Col("ADDRESS_TYPE", None, lambda c, w: c.ch("home", "mailing", "home", "prior-year")),
        Col("REFUND_ROUTING", None, lambda c, w: gen_routing(c.r), 0.3),
        Col("REFUND_ACCT", "US_BANK_NUMBER", lambda c, w: gen_us_account(c.r), 0.3),
        Col("AGI", None, lambda c, w: f"{c.r.randint(8000, 400000)}.00"),
        Col("PREPARER_PTIN", None, lambda c, w: f"P{_digits(c.r, 8)}"),
        Col("EFILE_SUBMISSION_ID", None, lambda c, w: _digits(c.r, 20), 0.2),
        Col("PORTAL_PWD", "PASSWORD", lambda c, w: gen_password(c.r), 0.4),
        Col("PWD_LAST_CHANGED", None, _date_past, 0.4),
        Col("EMPLOYER_EIN", None, lambda c, w: f"{_digits(c.r, 2)}-{_digits(c.r, 7)}", 0.25),
    ])]


def _dating_tables() -> list[Table]:
    return [Table("dating_profiles", ("FR", "ES", "IT", "PT", "GB", "TR"), "en", [
        Col("userId", None, lambda c, w: "u_" + _rs(c.r, _HEX, 12)),
        Col("displayName", "PERSON", lambda c, w: w.p.given),
        Col("birthDate", "DATE_OF_BIRTH", lambda c, w: c.date(c.dob_date(1960, 2006))),
        Col("city", "LOCATION", lambda c, w: w.t[0], 0.1),
        Col("email", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("emailVerified", None, _bool),
        Col("phone", "PHONE_NUMBER", lambda c, w: c.phone(style="e164"), 0.35),
        Col("phoneVerified", None, _bool),
        Col("passwordHash", None, lambda c, w: gen_bcrypt(c.r)),
        Col("legacyPwdPlain", "PASSWORD", lambda c, w: gen_password(c.r), 0.6),
        Col("lastLoginIp", "IP_ADDRESS", lambda c, w: gen_ip(c.r, 0.3)),
        Col("internalProxyIp", None, lambda c, w: gen_private_ip(c.r)),
        Col("heightCm", None, lambda c, w: str(c.r.randint(150, 200)), 0.3),
        Col("interestedIn", None, lambda c, w: c.ch("men", "women", "everyone")),
        Col("premiumUntil", None, _date_soon, 0.6),
        Col("deviceModel", None, lambda c, w: c.ch("iPhone 15", "Pixel 8", "Galaxy S23", "Redmi Note 12")),
        Col("appVersion", None, lambda c, w: gen_version(c.r)),
        Col("referralCode", None, lambda c, w: gen_ref(c.r, "booking"), 0.5),
        Col("matchCount", None, lambda c, w: str(c.r.randint(0, 900))),
    ])]


def _cowork_tables() -> list[Table]:
    return [Table("coworking_members", ("NL",), "nl", [
        Col("lidnummer", None, lambda c, w: gen_ref(c.r, "member")),
        Col("voornaam", "PERSON", lambda c, w: w.p.first),
        Col("achternaam", "PERSON", lambda c, w: w.p.last),
        Col("bedrijf", None, lambda c, w: _company(c), 0.3),
        Col("e-mailadres", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("telefoonnummer", "PHONE_NUMBER", _phone_nat, 0.1),
        Col("factuuradres", "STREET_ADDRESS", lambda c, w: c.addr(t=w.t), 0.1),
        Col("woonplaats", "LOCATION", lambda c, w: w.t[0]),
        Col("iban", "IBAN_CODE", lambda c, w: c.iban(), 0.15),
        Col("bic", None, lambda c, w: gen_bic(c.r), 0.15),
        Col("pasnummer", None, lambda c, w: _digits(c.r, 8)),
        Col("deurcode", None, lambda c, w: f"{c.r.randint(1000, 9999)}#"),
        Col("lidmaatschap", None, lambda c, w: c.ch("flexplek", "vaste plek", "dagpas", "privékantoor")),
        Col("startdatum", None, _date_past),
        Col("locatie", None, _branch),
        Col("portal.wachtwoord", "PASSWORD", lambda c, w: gen_password(c.r), 0.3),
        Col("booking.api_key", "API_KEY", lambda c, w: gen_api_key(c.r), 0.5),
        Col("laptop.mac", None, lambda c, w: ":".join(_rs(c.r, _HEX, 2) for _ in range(6)), 0.4),
        Col("wifi.ip", None, lambda c, w: gen_private_ip(c.r)),
    ])]


def _lang_tables() -> list[Table]:
    pais = ["Brasil", "Marruecos", "Francia", "Alemania", "Japón", "Estados Unidos", "Italia", "Ucrania", "Colombia"]
    return [Table("language_school_students", ("ES", "CAT"), "es", [
        Col("num_matricula", None, lambda c, w: f"{TODAY.year}/{_digits(c.r, 5)}"),
        Col("nombre", "PERSON", lambda c, w: w.p.first),
        Col("apellidos", "PERSON", lambda c, w: w.p.last),
        Col("fecha_nacimiento", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False)),
        Col("pais_origen", "LOCATION", lambda c, w: c.r.choice(pais), 0.1),
        Col("ciudad_residencia", "LOCATION", lambda c, w: w.t[0], 0.1),
        Col("telefono", "PHONE_NUMBER", _phone_nat, 0.1, _PH3),
        Col("correo", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("correo_verificado", None, _bool),
        Col("nivel", None, lambda c, w: c.ch("A1", "A2", "B1", "B2", "C1")),
        Col("nombre_del_curso", None, lambda c, w: c.ch("Curso Cervantes B2", "Inglés con Shakespeare", "Club de lectura Lorca",
                                                       "Alemán intensivo", "DELE C1")),
        Col("aula", None, lambda c, w: f"Aula {c.r.randint(1, 12)}"),
        Col("profesor", "PERSON", lambda c, w: c.person().full),
        Col("importe", None, _amount),
        Col("tarjeta", "CREDIT_CARD", lambda c, w: gen_card(c.r), 0.5),
        Col("caducidad", None, lambda c, w: gen_expiry(c.r), 0.5),
        Col("fecha_inicio", None, _date_soon),
        Col("sede", None, _branch),
        Col("cuota_pagada", None, _bool),
    ])]


def _pharm_tables() -> list[Table]:
    return [Table("pharmacy_orders", ("IT",), "it", [
        Col("id_ordine", None, lambda c, w: gen_ref(c.r, "order")),
        Col("nome", "PERSON", lambda c, w: w.p.first),
        Col("cognome", "PERSON", lambda c, w: w.p.last),
        Col("data_nascita", "DATE_OF_BIRTH", lambda c, w: c.dob(), 0.2),
        Col("indirizzo_spedizione", "STREET_ADDRESS", lambda c, w: c.addr(t=w.t)),
        Col("citta", "LOCATION", lambda c, w: w.t[0]),
        Col("cellulare", "PHONE_NUMBER", _phone_nat, 0.15),
        Col("email", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("farmaco", None, lambda c, w: c.ch("Tachipirina 1000", "Moment 200", "Brufen 600", "Eutirox 50", "Dr. Scholl cerotti")),
        Col("dosaggio", None, lambda c, w: c.ch("1 cpr/die", "2 cpr/die", "al bisogno")),
        Col("lotto", None, lambda c, w: f"L{_digits(c.r, 6)}"),
        Col("numero_ricetta", None, lambda c, w: f"{_digits(c.r, 5)}A{_digits(c.r, 9)}", 0.4),
        Col("medico_prescrittore", "PERSON", lambda c, w: c.person().full, 0.4),
        Col("totale", None, _amount),
        Col("carta", None, lambda c, w: gen_masked_card(c.r), 0.2),
        Col("ip_cliente", "IP_ADDRESS", lambda c, w: gen_ip(c.r), 0.1),
        Col("tracking", None, lambda c, w: gen_ref(c.r, "track"), 0.3),
        Col("data_ordine", None, _ts),
        Col("stato", None, lambda c, w: c.ch("spedito", "in preparazione", "consegnato", "annullato")),
    ])]


def _road_tables() -> list[Table]:
    return [Table("roadside_calls", ("AU", "NZ"), "en", [
        Col("Call ID", None, lambda c, w: f"RA-{_digits(c.r, 8)}"),
        Col("Caller Name", "PERSON", lambda c, w: c.nm(w.p, c.ch("full", "full", "upper", "lastfirst"))),
        Col("Callback No", "PHONE_NUMBER", _phone_nat),
        Col("Member No", None, lambda c, w: gen_ref(c.r, "member")),
        Col("Home Suburb", "LOCATION", lambda c, w: w.t[0], 0.15),
        Col("Home Address", "STREET_ADDRESS", lambda c, w: c.addr(t=w.t), 0.25),
        Col("VIN", None, lambda c, w: "JT" + _rs(c.r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 15)),
        Col("Rego", None, lambda c, w: f"{_rs(c.r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}{_digits(c.r, 3)}"),
        Col("Incident GPS", None, lambda c, w: gen_gps(c.r, *((-33.9, 151.0) if c.cc == "AU" else (-41.0, 174.5)))),
        Col("Dispatcher", "PERSON", lambda c, w: c.person().first),
        Col("ETA Minutes", None, lambda c, w: str(c.r.randint(10, 120))),
        Col("Odometer Km", None, lambda c, w: str(c.r.randint(5000, 320000))),
        Col("Fault Code", None, lambda c, w: c.ch("BATT", "TYRE", "LOCK", "FUEL", "ENG", "P0301")),
        Col("Amount Charged", None, _amount, 0.4),
        Col("Card Number", "CREDIT_CARD", lambda c, w: gen_card(c.r), 0.45),
        Col("Card Expiry", None, lambda c, w: gen_expiry(c.r), 0.45),
        Col("Tow Destination", None, _garage, 0.3),
        Col("Call Start", None, _ts),
        Col("Member DOB", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False), 0.3),
    ])]


def _crowd_tables() -> list[Table]:
    country = {"GB": "United Kingdom", "IE": "Ireland", "CA": "Canada", "NZ": "New Zealand"}
    return [Table("crowdfunding_backers", ("GB", "IE", "CA", "NZ"), "en", [
        Col("backer.id", None, lambda c, w: str(c.r.randint(100000, 999999))),
        Col("backer.name", "PERSON", lambda c, w: c.nm(w.p, c.ch("full", "lastfirst", "full", "initial"))),
        Col("backer.email", "EMAIL_ADDRESS", lambda c, w: w.email),
        Col("pledge.amount", None, _amount),
        Col("pledge.tier", None, lambda c, w: c.ch("Early Bird", "Deluxe", "Collector", "Digital only")),
        Col("shipping.address", "STREET_ADDRESS", lambda c, w: c.addr(block=True, t=w.t), 0.2),
        Col("shipping.country", "LOCATION", lambda c, w: country[c.cc], 0.2),
        Col("shipping.phone", "PHONE_NUMBER", _phone_nat, 0.35),
        Col("payment.card_fingerprint", None, lambda c, w: _rs(c.r, _ALNUM, 16)),
        Col("payment.customer_ref", None, lambda c, w: "cus_" + _rs(c.r, _ALNUM, 14)),
        Col("campaign.name", None, lambda c, w: c.ch("The Ada Lovelace Board Game", "Grace Hopper's Debugging Deck",
                                                    "Darwin's Garden", "Tesla Coil Lamp Kit")),
        Col("backer.ip", "IP_ADDRESS", lambda c, w: gen_ip(c.r, 0.25), 0.1),
        Col("backer.anonymous", None, _bool),
        Col("survey.completed_at", None, _ts, 0.4),
        Col("referral.code", None, lambda c, w: gen_ref(c.r, "booking"), 0.6),
        Col("reward.engraving", "PERSON", lambda c, w: c.person().first, 0.5),
    ]), Table("crowdfunding_creators", ("US",), "en", [
        Col("CreatorId", None, lambda c, w: f"cr_{_rs(c.r, _HEX, 10)}"),
        Col("LegalName", "PERSON", lambda c, w: w.p.full),
        Col("DateOfBirth", "DATE_OF_BIRTH", lambda c, w: c.dob()),
        Col("SSN", "US_SSN", lambda c, w: gen_ssn(c.r), 0.2),
        Col("PayoutRouting", None, lambda c, w: gen_routing(c.r)),
        Col("PayoutAccount", "US_BANK_NUMBER", lambda c, w: gen_us_account(c.r)),
        Col("BusinessAddress", "STREET_ADDRESS", lambda c, w: c.addr(t=w.t), 0.1),
        Col("WebhookSecretKey", "API_KEY", lambda c, w: gen_api_key(c.r), 0.3),
        Col("PublishableKey", None, lambda c, w: gen_pub_key(c.r)),
        Col("AccountSid", None, lambda c, w: gen_sid(c.r)),
        Col("CampaignTitle", None, lambda c, w: c.ch("Marie Curie Glow Puzzle", "Lincoln's Kitchen Cookbook", "Project Nightjar",
                                                    "Hemingway Desk Lamp", "Solar Kettle")),
        Col("GoalAmount", None, _amount),
        Col("RaisedAmount", None, _amount),
        Col("PayoutCurrency", None, lambda c, w: "USD"),
        Col("KycStatus", None, lambda c, w: c.ch("verified", "pending", "rejected")),
        Col("KycCheckedAt", None, _ts, 0.3),
        Col("SupportPhone", "PHONE_NUMBER", _phone_nat, 0.4),
        Col("PasswordChangedAt", None, _date_past, 0.2),
        Col("attr2", "EMAIL_ADDRESS", lambda c, w: w.email, 0.1),
    ])]


def _library_tables() -> list[Table]:
    return [Table("library_patrons", ("SE",), "sv", [
        Col("låntagarnummer", None, lambda c, w: _digits(c.r, 10)),
        Col("förnamn", "PERSON", lambda c, w: w.p.first),
        Col("efternamn", "PERSON", lambda c, w: w.p.last),
        Col("födelsedatum", "DATE_OF_BIRTH", lambda c, w: c.dob(long=False)),
        Col("adress", "STREET_ADDRESS", lambda c, w: c.street(w.t), 0.05),
        Col("ort", "LOCATION", lambda c, w: w.t[0], 0.05),
        Col("mobil", "PHONE_NUMBER", _phone_nat, 0.2, _PH3),
        Col("e-post", "EMAIL_ADDRESS", lambda c, w: w.email, 0.25),
        Col("lösenord", "PASSWORD", lambda c, w: gen_password(c.r), 0.5),
        Col("lånekort_rfid", None, lambda c, w: _rs(c.r, "0123456789ABCDEF", 16)),
        Col("filial", None, _branch),
        Col("senaste_lån", None, _date_past, 0.1),
        Col("antal_lån", None, lambda c, w: str(c.r.randint(0, 40))),
        Col("avgift", None, _amount, 0.6),
        Col("bok_titel", None, lambda c, w: c.ch("Pippi Långstrump", "Emil i Lönneberga", "Röda rummet", "Kokbok för nybörjare")),
        Col("isbn_senast", None, lambda c, w: "978" + _digits(c.r, 10), 0.2),
        Col("e-post_verifierad", None, _bool),
        Col("adresstyp", None, lambda c, w: c.ch("folkbokföring", "tillfällig", "c/o")),
        Col("pin_bytt", None, _date_past, 0.3),
        Col("kategori", None, lambda c, w: c.ch("vuxen", "barn", "student", "pensionär")),
    ])]


def _tables() -> list[Table]:
    return (_vet_tables() + _parcel_tables() + _tax_tables() + _dating_tables() + _cowork_tables() + _lang_tables()
            + _pharm_tables() + _road_tables() + _crowd_tables() + _library_tables())


def _check_cell(value: str, entity: str, region: str) -> None:
    assert value == value.strip() and value, repr(value)
    if entity == "PHONE_NUMBER":
        assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
    _check_value(value, entity)


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tb in _tables():
        r = random.Random(f"ridge-{seed}-table-{tb.name}")
        vals: list[list[str | None]] = [[] for _ in tb.cols]
        for _ in range(rows):
            cc = r.choice(tb.countries)
            c = Ctx(r, cc, tb.lang)
            w = Row(c)
            for j, col in enumerate(tb.cols):
                if col.blank and r.random() < col.blank:
                    vals[j].append(None)
                elif col.ph and r.random() < 0.04:
                    vals[j].append(r.choice(col.ph))
                else:
                    v = col.fn(c, w)
                    if col.entity:
                        _check_cell(v, col.entity, COUNTRIES[cc]["region"])
                    vals[j].append(v)
        out[tb.name] = [Column(col.header, col.entity, v) for col, v in zip(tb.cols, vals)]
    return out
