"""Accuracy split "orbit": labelled free text and structured tables for the PII benchmark.

Author and date
    Independent split author, session helper "orbit", 2026-11-26. Written without knowledge of how the
    scanner works; the scanner, its rules and its tests were never read or run.

Independence (exactly what was read)
    * bench/accuracy_data.py, printed with sed only around the imported definitions: lines 72-80
      (LABELS; the tail of a locale-to-country dict above it showed up), lines 500-575 (Text and Column;
      neighbouring lines showed up too: the TEMPLATES dict line, _render, MODULE_SPLITS, _split_module, the
      free_text dispatcher and the head of _Columns) and lines 1024-1165 (_luhn, _iban_of, _ip_public_v6,
      _ip_public_v4; neighbouring _ean13, _group, _phone_num, _ascii and the head of _city showed up too).
      Nothing else of that file was read.  The phone generator here is this module's own (own prefix
      tables, checked with phonenumbers.is_valid_number).
    * `ls bench/` (file names only) and `git status --short`.
    * Locally: Faker's AVAILABLE_LOCALES and sample output, phonenumbers example numbers.  No web search.
    Not read: rules/, pii_audit/, tests/, docs/, bench/accuracy_notes.md, bench/results/, bench/out/,
    bench/accuracy.py, other bench/accuracy_split_*.py, README/SPEC files.  The scanner was never run.

API
    free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)] (60 templates, each a
        _Tpl with .id "domain.shape.lang-REGION", .tag, .latin, .fn); spans are (start, end, label) with
        exact offsets (texts are built from parts; each span is checked against the value inserted for it
        and for overlaps).
    structured(rows, seed) -> dict[str, list[Column]]: 12 tables, one row per person; Column.entity None
        marks a look-alike column that must not be flagged.
    The benchmark calls free_text(500, 7) and structured(150, 11).
    Determinism: all draws come from random.Random(f"orbit-{seed}") (tables: f"orbit-tables-{seed}");
    one Faker per locale, created in the fixed order of _FAKER_LOCALES and seeded with
    rng.randrange(1 << 30); no clock reads (fixed dates around 2025-01-06..2026-11-26), no set iteration.

Domains
    airline loyalty programme (Nordavia / Aurora Miles), retail bank KYC onboarding (Kestrel Bank), online
    marketplace sellers (Bazaro), dental practice, letting agency / property management, parcel courier
    (SwiftDrop), school parent portal, charity donors (Open Hands), veterinary clinic, recruitment agency
    (Talentbridge).  All brands are invented.

Free text
    60 templates, 6 per domain.  Languages (template counts): English 33 (en-US 9, en-GB 7, en-IE 4,
    en-SG 4, en-ZA 3, en-NZ 3, en-PH 3) and others 27: el-GR 3 (2 in Greek script, 1 transliterated
    "Greeklish"), pt-BR 2, es-CO 2, es-AR 2, fr-CA 2, de-CH 2 (Swiss usage: ss, Grüezi), nb-NO 2, fi-FI 2,
    hu-HU 2, cs-CZ 2, sk-SK 2, id-ID 2, vi-VN 2.
    Shapes: e-mails with signatures and '>'-quoted replies (6), forwarded messages (3), chat exports --
    WhatsApp (3), Teams (2), Slack (2), live chat (3) --, SMS threads (3), support tickets with internal
    notes (4), CRM / call-centre notes (5), lower-case speech-to-text transcripts (4), form dumps (key: value,
    key=value, URL-encoded; 4), JSON lines (3), web-server and app logs (3), config files (.env, YAML x2, INI),
    OCR'd paper forms (4, OCR noise only in the printed labels: 0/O, l/1, lost diacritics), CSV / pipe / ;
    rows pasted into a ticket (3), notification subjects / mail queue (3), and 3 texts with no PII at all
    (airline and marketplace notification subjects, a school bulletin).
    Value rules: names from Faker in the text's locale (own lists for en-ZA, en-SG, Vietnamese, Greek with
    transliteration, part of en-PH); gendered surnames where the language has them (cs, sk, el);
    Hungarian and Vietnamese names family-name first; e-mails derived from the same person's name; phones
    drawn from per-region prefix tables and kept only if phonenumbers.is_valid_number, written national,
    international, E.164, spaced, dashed or dotted (SMS / chat speakers and "mobile" fields use mobile
    numbers); addresses from own street and real town lists with local postcode formats; DOBs in local
    numeric or long formats, ISO, GDS (04MAR80) or spoken ("march 4 1980", "4 de marzo de 1980");
    cards Luhn-valid via _luhn (Visa, Mastercard incl. 2-series, Amex, Discover); US SSNs avoid area
    000/666/9xx, group 00, serial 0000; US bank account numbers always stand next to an ABA-valid routing
    number (only the account is labelled); IBANs via _iban_of (it supports DE AT GB IE NL CH IT PL SE DK
    BR BE PT FR ES; used: GB, IE, CH, BR, AT, DE); public IPs via _ip_public_v4/_v6; passwords are
    realistic plaintext (word+year+symbol, leetspeak, random strong, passphrases, local words);
    API keys vendor-like (sk_live_, SG., ghp_, xoxb-, AIza, key-, whsec_, bzk_live_) or generic hex/base62.

Label conventions (the project's)
    PERSON: the name as written (full, first only, surname only, upper/lower case, "Last, First",
    "First L." -- the initial's period is part of the span); titles (Dr, Ms, Frau, Sra., κα, Nurse, chị/cô)
    stay outside; chat speakers are labelled; names inside brand, shop, venue, school, hospice or company
    names (Hertz, Ted Baker, Jack Wills, Dr. Martens, Marks & Spencer, Macmillan, Lincoln Elementary,
    St Aidan's, Colegio San José, Dapur Bu Sri, Kovács és Társa Kft., Johnson & Johnson) are not.
    Pet names (Charlie, Bailey, Max, Luna ...) are not persons.
    STREET_ADDRESS: street line with postcode and town as one span, multi-line blocks included (flat /
    apartment / floor kept inside); in '>'-quoted replies each quoted line is its own span; business
    addresses in signatures are labelled; a bare street line is labelled too.  Where a form splits the
    address into fields (URL-encoded street= / city=), the street field is STREET_ADDRESS and the town
    field LOCATION; state and zip fields are not labelled.
    LOCATION: a town or country where a person lives, was born, comes from or travels to; branch, depot,
    site, venue, shop and office locations ("Galway branch", "Kingsway depot", "Raffles Place office",
    "(sede Bogotá)", airport codes) are not.
    DATE_OF_BIRTH: birth dates only.  PASSWORD / API_KEY: the secret only (Stripe pk_live_ publishable
    keys, Twilio account SIDs, hashes and tokens are not).  US_BANK_NUMBER: the account number only.
    IP_ADDRESS: public addresses only.  EMAIL_ADDRESS: every address, role addresses included.
    PHONE_NUMBER: every valid number, business lines and numbers shown as chat speakers included.
    CREDIT_CARD: full card numbers only.  US_SSN: full SSNs only.  IBAN_CODE: full IBANs (spaced or not).
    URL-encoded values (Jane+Doe, name%40mail.com, 12+Elm+Drive) are labelled as written.
    Spans never include surrounding quotes, brackets or trailing punctuation and never overlap.

Look-alikes (never labelled)
    masked cards and last-4, card expiry and CVV, private / loopback IPs, 4-part version strings and build
    numbers, bcrypt / argon2 hashes, UUIDs, session / job ids, routing numbers alone, sort-code mentions,
    SWIFT/BIC, ticket / order / booking / PNR / claim / policy / case numbers, tracking codes, OTP codes,
    door codes, IMEIs and microchip numbers (15 digits, IMEIs Luhn-valid), masked tax ids (CPF, NPWP),
    last-4 of national ids, GPS coordinates, amounts, timestamps and non-birth dates, pet dates of birth,
    airport codes, timezone names, country codes, brand and company names containing person names.

Structured tables (rows = one person each; blanks None at per-column rates 0-70%; a few placeholders
N/A, n/a, -, unknown)
    airline_loyalty_members     en-GB en-SG el-GR(script+Latin) es-CO nb-NO   19 cols: 9 PII / 10 look-alike;
                                UPPER_SNAKE, camelCase, dotted, abbreviations (DOB, e_mail), opaque (c7).
    airline_flight_bookings     en-GB en-US es-CO nb-NO en-SG pt-BR   19: 9 / 10; PascalCase, camelCase,
                                UPPER (PNR), GDS-style upper-case names and DOBs.
    bank_kyc_applicants         en-US   22: 10 / 12; snake_case, UPPER (SSN), PascalCase (City), opaque
                                (field_2 = surnames).
    marketplace_sellers         id-ID vi-VN en-PH   21: 9 / 12; Indonesian and Vietnamese headers, spaced
                                (Email Address), dotted camel (seller.apiKey).
    marketplace_seller_payouts  pt-BR de-CH en-GB en-IE   19: 8 / 11; UPPER (IBAN), Portuguese and German
                                headers (titular_sobrenome, Wohnort).
    dental_patients             fi-FI nb-NO   20: 9 / 11; Finnish/Norwegian headers, abbreviations
                                (portal_pwd), opaque (c3).
    letting_tenants             en-GB en-IE en-NZ   19: 9 / 10; spaced (Tenant Name), camelCase, PascalCase,
                                dotted (tenant.dob).
    courier_parcels             hu-HU sk-SK cs-CZ   18: 7 / 11; Hungarian/Slovak/Czech headers, UPPER
                                (STATUS), opaque (attr3 = signer, field_4 = COD amount).
    school_parent_portal        fr-CA en-US   22: 10 / 12; camelCase, French headers (nom_famille, courriel,
                                adresse, ville), snake_case.
    charity_donors              en-GB en-IE de-CH   19: 9 / 10; PascalCase / abbreviations (EmailAddr,
                                Tel, Addr1), German (Geburtsdatum), UPPER prefix (DD_IBAN).
    vet_clinic_clients          el-GR(script+Latin) pt-BR   20: 8 / 12; Greek (επώνυμο, τηλέφωνο) and
                                Portuguese headers; pet names and pet DOBs as look-alikes.
    recruitment_candidates      en-SG en-ZA es-CO es-AR   21: 10 / 11; PascalCase, Spanish headers, dotted,
                                UPPER (SOURCE), abbreviation (cell).
    Total 239 columns: 107 PII, 132 look-alike (55%).  Hard PII columns: names under opaque or foreign
    headers, first-name-only and surname-only columns, towns, birthplaces and destinations, DOBs in local
    formats, national-format phones, plaintext passwords, API keys / webhook secrets, US account numbers,
    IBANs, public IPs, full card numbers.

Known limits
    * _iban_of has no NO, FI, HU, CZ, SK or GR: Czech and Slovak texts use AT/DE IBANs, and no Nordic,
      Hungarian or Greek IBANs appear.  National ids (SSN aside) are never generated.
    * Faker's first and last names are drawn independently (some odd pairings); Greek, Vietnamese, en-ZA,
      en-SG and part of en-PH names come from short own lists, so repeats are frequent in 500 texts.
    * Streets come from short own lists; postcodes follow the local format but are not checked against
      the town; a person's phone area code does not follow the town.
    * Dates inside one text are only loosely consistent (e.g. a follow-up date may precede the message).
    * Vietnamese towns are written without postcodes; Singapore "towns" are HDB estates (Tampines ...).
    * Conventions for split address fields and URL-encoded values are this split's reading of the
      project's rules (see above); spoken-word numbers are not used (transcripts carry digits).
"""
from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata
import urllib.parse

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:  # imported as a package module (bench.accuracy_split_orbit)
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["free_text", "structured", "TEMPLATES"]

_TODAY = _dt.date(2026, 11, 26)  # fixed reference date: no clock reads
_DT_LO = _dt.datetime(2025, 1, 6, 0, 0, 0)
_DT_HI = _dt.datetime(2026, 11, 20, 23, 59, 59)

PER, EM, PH, CC, SSN, BANK, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                    "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PW, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert all(x in LABELS for x in (PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY))


def N(v):
    return (v, PER)


def E(v):
    return (v, EM)


def P(v):
    return (v, PH)


def A(v):
    return (v, ADDR)


def L(v):
    return (v, LOC)


def D(v):
    return (v, DOB)


def W(v):
    return (v, PW)


def K(v):
    return (v, KEY)


def I(v):  # noqa: E743
    return (v, IP)


def C(v):
    return (v, CC)


def S(v):
    return (v, SSN)


def B(v):
    return (v, BANK)


def G(v):
    return (v, IBAN)


class _B:
    """Builds one Text from parts; a (value, label) tuple becomes a span with exact offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                val, lab = it
                if lab is not None:
                    if lab not in LABELS or not val or val != val.strip():
                        raise ValueError(f"bad span {val!r} {lab}")
                    initial = lab == PER and re.search(r"(^|\s)\w\.$", val)
                    if val[-1] in ".,;:)\"'" and lab not in (PW, KEY) and not initial:
                        raise ValueError(f"span ends in punctuation: {val!r}")
                    self.spans.append((self.pos, self.pos + len(val), lab))
                self.parts.append(val)
                self.pos += len(val)
            else:
                self.parts.append(it)
                self.pos += len(it)
        return self

    def q_addr(self, lines, prefix="> "):
        """A '>'-quoted address block: each quoted line is its own span."""
        for ln in lines:
            self(prefix, A(ln), "\n")

    def text(self) -> Text:
        t = Text(text="".join(self.parts), spans=list(self.spans))
        # every span must cover exactly the value inserted for it (checked against the parts)
        pos, k = 0, 0
        starts = {s: (s, e) for s, e, _ in self.spans}
        for part in self.parts:
            if pos in starts and starts[pos][1] == pos + len(part) and len(part) > 0:
                k += 1
            pos += len(part)
        if k != len(self.spans):
            raise AssertionError("span offsets drifted from their values")
        return t


# -- locale data ---------------------------------------------------------------------------------
# Faker locales, created in this order and seeded from the split's rng (one Faker per locale).
_FAKER_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_PH", "no_NO", "fi_FI", "hu_HU", "cs_CZ", "sk_SK",
                  "id_ID", "es_CO", "es_AR", "fr_CA", "de_CH", "pt_BR")

# tag -> faker locale (None: own name lists), phone region, e-mail domains
_TAGS = {
    "en-US": ("en_US", "US", ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
    "en-GB": ("en_GB", "GB", ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk"]),
    "en-IE": ("en_IE", "IE", ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "yahoo.ie"]),
    "en-ZA": (None, "ZA", ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"]),
    "en-NZ": ("en_NZ", "NZ", ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz", "hotmail.com"]),
    "en-SG": (None, "SG", ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com", "outlook.sg"]),
    "en-PH": ("en_PH", "PH", ["gmail.com", "yahoo.com.ph", "outlook.ph", "hotmail.com"]),
    "nb-NO": ("no_NO", "NO", ["gmail.com", "online.no", "hotmail.no", "outlook.com", "live.no"]),
    "fi-FI": ("fi_FI", "FI", ["gmail.com", "luukku.com", "hotmail.fi", "outlook.com", "elisanet.fi"]),
    "hu-HU": ("hu_HU", "HU", ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "outlook.hu"]),
    "cs-CZ": ("cs_CZ", "CZ", ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"]),
    "sk-SK": ("sk_SK", "SK", ["azet.sk", "centrum.sk", "gmail.com", "zoznam.sk", "post.sk"]),
    "el-GR": (None, "GR", ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr", "windowslive.com"]),
    "id-ID": ("id_ID", "ID", ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"]),
    "vi-VN": (None, "VN", ["gmail.com", "yahoo.com.vn", "outlook.com.vn", "hotmail.com"]),
    "es-CO": ("es_CO", "CO", ["gmail.com", "hotmail.com", "outlook.es", "yahoo.es", "une.net.co"]),
    "es-AR": ("es_AR", "AR", ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"]),
    "fr-CA": ("fr_CA", "CA", ["videotron.ca", "gmail.com", "hotmail.ca", "sympatico.ca", "outlook.fr"]),
    "de-CH": ("de_CH", "CH", ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch", "sunrise.ch"]),
    "pt-BR": ("pt_BR", "BR", ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"]),
}

# towns: (town, postcode pattern, extra); '#' digit, '%' digit 1-9, '@' postcode letter, '^' eircode char
_TOWNS = {
    "en-US": [("Columbus", "432##", "OH"), ("Tucson", "857##", "AZ"), ("Raleigh", "276##", "NC"),
              ("Spokane", "992##", "WA"), ("Albany", "122##", "NY"), ("Madison", "537##", "WI"),
              ("Boise", "837##", "ID"), ("Savannah", "314##", "GA"), ("Dayton", "454##", "OH"),
              ("Fresno", "937##", "CA"), ("Portland", "972##", "OR"), ("Lexington", "405##", "KY")],
    "en-GB": [("Leeds", "LS%# #@@", ""), ("Bristol", "BS%# #@@", ""), ("Norwich", "NR% #@@", ""),
              ("Sheffield", "S%# #@@", ""), ("Cardiff", "CF%# #@@", ""), ("Brighton", "BN% #@@", ""),
              ("York", "YO%# #@@", ""), ("Exeter", "EX% #@@", ""), ("Derby", "DE%# #@@", ""),
              ("Glasgow", "G%# #@@", ""), ("Reading", "RG% #@@", ""), ("Bath", "BA% #@@", "")],
    "en-IE": [("Galway", "H91 ^^^^", "Galway"), ("Cork", "T12 ^^^^", "Cork"), ("Limerick", "V94 ^^^^", "Limerick"),
              ("Kilkenny", "R95 ^^^^", "Kilkenny"), ("Sligo", "F91 ^^^^", "Sligo"), ("Athlone", "N37 ^^^^", "Westmeath"),
              ("Drogheda", "A92 ^^^^", "Louth"), ("Dublin 8", "D08 ^^^^", "Dublin"), ("Navan", "C15 ^^^^", "Meath"),
              ("Tralee", "V92 ^^^^", "Kerry")],
    "en-ZA": [("Johannesburg", "2196", "Gauteng"), ("Cape Town", "8001", "Western Cape"), ("Durban", "4001", "KwaZulu-Natal"),
              ("Pretoria", "0181", "Gauteng"), ("Gqeberha", "6001", "Eastern Cape"), ("Bloemfontein", "9301", "Free State"),
              ("Stellenbosch", "7600", "Western Cape"), ("Polokwane", "0699", "Limpopo"), ("Pietermaritzburg", "3201", "KwaZulu-Natal")],
    "en-NZ": [("Auckland", "10%#", ""), ("Wellington", "60%#", ""), ("Christchurch", "80%#", ""), ("Hamilton", "32%#", ""),
              ("Dunedin", "90%#", ""), ("Tauranga", "31%#", ""), ("Nelson", "70%#", ""), ("Palmerston North", "44%#", ""),
              ("Napier", "41%#", "")],
    "en-SG": [("Tampines", "52####", ""), ("Jurong West", "64####", ""), ("Ang Mo Kio", "56####", ""), ("Bedok", "46####", ""),
              ("Woodlands", "73####", ""), ("Punggol", "82####", ""), ("Toa Payoh", "31####", ""), ("Sengkang", "54####", "")],
    "en-PH": [("Quezon City", "11##", "Metro Manila"), ("Makati", "12##", "Metro Manila"), ("Cebu City", "6000", "Cebu"),
              ("Davao City", "8000", "Davao del Sur"), ("Pasig", "16##", "Metro Manila"), ("Iloilo City", "5000", "Iloilo"),
              ("Baguio", "2600", "Benguet"), ("Cagayan de Oro", "9000", "Misamis Oriental")],
    "nb-NO": [("Oslo", "0%##", ""), ("Bergen", "50##", ""), ("Trondheim", "70##", ""), ("Stavanger", "40##", ""),
              ("Tromsø", "90##", ""), ("Drammen", "30##", ""), ("Kristiansand", "46##", ""), ("Bodø", "80##", ""),
              ("Fredrikstad", "16##", ""), ("Ålesund", "60##", "")],
    "fi-FI": [("Helsinki", "00%#0", ""), ("Tampere", "33%#0", ""), ("Turku", "20%#0", ""), ("Oulu", "90%#0", ""),
              ("Jyväskylä", "40%#0", ""), ("Kuopio", "70%#0", ""), ("Lahti", "15%#0", ""), ("Vaasa", "65%#0", ""),
              ("Espoo", "02%#0", ""), ("Joensuu", "80%#0", "")],
    "hu-HU": [("Budapest", "1%#%", ""), ("Debrecen", "40%#", ""), ("Szeged", "67%#", ""), ("Pécs", "76%#", ""),
              ("Győr", "90%#", ""), ("Miskolc", "35%#", ""), ("Nyíregyháza", "44%#", ""), ("Eger", "33%#", ""),
              ("Kecskemét", "60%#", ""), ("Székesfehérvár", "80%#", "")],
    "cs-CZ": [("Praha", "1%0 00", ""), ("Brno", "6%% 00", ""), ("Ostrava", "70% 00", ""), ("Plzeň", "30% 00", ""),
              ("Olomouc", "779 00", ""), ("Liberec", "460 0%", ""), ("Pardubice", "530 0%", ""),
              ("České Budějovice", "370 0%", ""), ("Hradec Králové", "500 0%", ""), ("Zlín", "760 01", "")],
    "sk-SK": [("Bratislava", "8%1 0%", ""), ("Košice", "040 0%", ""), ("Žilina", "010 0%", ""), ("Nitra", "949 01", ""),
              ("Prešov", "080 0%", ""), ("Banská Bystrica", "974 01", ""), ("Trnava", "917 01", ""), ("Martin", "036 01", ""),
              ("Trenčín", "911 01", "")],
    "el-GR": [("Αθήνα", "1%# ##", "Athina"), ("Θεσσαλονίκη", "54% ##", "Thessaloniki"), ("Πάτρα", "262 2%", "Patra"),
              ("Ηράκλειο", "71% 0%", "Irakleio"), ("Λάρισα", "412 2%", "Larisa"), ("Βόλος", "382 2%", "Volos"),
              ("Ιωάννινα", "452 2%", "Ioannina"), ("Χανιά", "731 %#", "Chania"), ("Καλαμάτα", "241 00", "Kalamata")],
    "id-ID": [("Jakarta Selatan", "12%#0", "DKI Jakarta"), ("Bandung", "40%#%", "Jawa Barat"), ("Surabaya", "60%#%", "Jawa Timur"),
              ("Yogyakarta", "55%#%", "DI Yogyakarta"), ("Medan", "20%#%", "Sumatera Utara"), ("Semarang", "50%#%", "Jawa Tengah"),
              ("Denpasar", "80%#%", "Bali"), ("Makassar", "90%#%", "Sulawesi Selatan"), ("Bekasi", "17%#%", "Jawa Barat")],
    "vi-VN": [("Hà Nội", "", "Quận Cầu Giấy|Quận Đống Đa|Quận Hoàn Kiếm|Quận Ba Đình"),
              ("TP. Hồ Chí Minh", "", "Quận 1|Quận 3|Quận Bình Thạnh|Quận Phú Nhuận|TP. Thủ Đức"),
              ("Đà Nẵng", "", "Quận Hải Châu|Quận Sơn Trà|Quận Thanh Khê"),
              ("Hải Phòng", "", "Quận Lê Chân|Quận Ngô Quyền"), ("Cần Thơ", "", "Quận Ninh Kiều|Quận Cái Răng"),
              ("Huế", "", "Phường Vĩnh Ninh|Phường Phú Hội"), ("Nha Trang", "", "Phường Lộc Thọ|Phường Vĩnh Hải")],
    "es-CO": [("Bogotá", "11%#%#", "Cundinamarca"), ("Medellín", "050%#%", "Antioquia"), ("Cali", "760%#%", "Valle del Cauca"),
              ("Barranquilla", "080%#%", "Atlántico"), ("Bucaramanga", "680%#%", "Santander"), ("Cartagena", "130%#%", "Bolívar"),
              ("Pereira", "660%#%", "Risaralda"), ("Manizales", "170%#%", "Caldas")],
    "es-AR": [("Buenos Aires", "C14%#", "CABA"), ("Córdoba", "X5000", "Córdoba"), ("Rosario", "S2000", "Santa Fe"),
              ("Mendoza", "M5500", "Mendoza"), ("La Plata", "B1900", "Buenos Aires"), ("Mar del Plata", "B7600", "Buenos Aires"),
              ("Salta", "A4400", "Salta"), ("Neuquén", "Q8300", "Neuquén"), ("San Miguel de Tucumán", "T4000", "Tucumán")],
    "fr-CA": [("Montréal", "H2& %&%", "QC"), ("Québec", "G1& %&%", "QC"), ("Laval", "H7& %&%", "QC"), ("Gatineau", "J8& %&%", "QC"),
              ("Sherbrooke", "J1& %&%", "QC"), ("Trois-Rivières", "G8& %&%", "QC"), ("Longueuil", "J4& %&%", "QC"),
              ("Saguenay", "G7& %&%", "QC"), ("Lévis", "G6& %&%", "QC")],
    "de-CH": [("Zürich", "80%#", "ZH"), ("Bern", "30%#", "BE"), ("Basel", "40%#", "BS"), ("Luzern", "600%", "LU"),
              ("St. Gallen", "90%#", "SG"), ("Winterthur", "84%#", "ZH"), ("Zug", "6300", "ZG"), ("Thun", "36%#", "BE"),
              ("Aarau", "5000", "AG"), ("Chur", "7000", "GR")],
    "pt-BR": [("São Paulo", "0%###-###", "SP"), ("Rio de Janeiro", "2%###-###", "RJ"), ("Belo Horizonte", "3%###-###", "MG"),
              ("Curitiba", "8%###-###", "PR"), ("Porto Alegre", "9%###-###", "RS"), ("Salvador", "4%###-###", "BA"),
              ("Recife", "5%###-###", "PE"), ("Fortaleza", "6%###-###", "CE"), ("Campinas", "13%##-###", "SP")],
}

_STREETS = {
    "en-US": ["Maple Avenue", "Oak Street", "N High Street", "Elm Drive", "Washington Blvd", "Cedar Lane", "Lakeview Road",
              "W 5th Street", "Hillcrest Drive", "Pine Ridge Court", "Franklin Avenue", "Sunset Boulevard"],
    "en-GB": ["Station Road", "Church Lane", "Victoria Street", "Mill Road", "The Crescent", "Grove Park", "Kingsway",
              "Park View", "Queens Road", "Albert Terrace", "Orchard Close", "Manor Way"],
    "en-IE": ["Main Street", "Father Griffin Road", "Bishop Street", "College Road", "Castle Street", "Ashgrove Park",
              "Seafield Avenue", "Church View", "Bridge Street", "Oakwood Drive"],
    "en-ZA": ["Jan Smuts Avenue", "Main Road", "Voortrekker Road", "Church Street", "Beach Road", "Oxford Road",
              "Kloof Street", "Florida Road", "Dorp Street", "Lilian Ngoyi Street"],
    "en-NZ": ["Queen Street", "Cuba Street", "Riccarton Road", "Great North Road", "Devon Street", "Victoria Avenue",
              "Cameron Road", "Bridge Street", "Karaka Street", "Kowhai Drive"],
    "en-PH": ["Rizal Street", "Mabini Street", "Aguinaldo Highway", "Bonifacio Avenue", "Katipunan Avenue", "J.P. Laurel Avenue",
              "Osmeña Boulevard", "Session Road", "Del Pilar Street", "Burgos Street"],
    "nb-NO": ["Storgata", "Kirkeveien", "Thorvald Meyers gate", "Sandviksveien", "Strandgata", "Fjellveien", "Skolegata",
              "Kongens gate", "Bjørnstjerne Bjørnsons vei", "Solheimsgaten", "Eikelundveien"],
    "fi-FI": ["Hämeenkatu", "Mannerheimintie", "Koulukatu", "Puistokatu", "Rantatie", "Kauppakatu", "Sibeliuksenkatu",
              "Koivukuja", "Aleksanterinkatu", "Kirkkokatu", "Satamakatu"],
    "hu-HU": ["Petőfi Sándor utca", "Kossuth Lajos utca", "Rákóczi út", "Dózsa György út", "Bartók Béla út", "Szent István tér",
              "Ady Endre utca", "Jókai Mór utca", "Árpád fejedelem útja", "Honvéd utca"],
    "cs-CZ": ["Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní", "Komenského", "Školní", "Jiráskova",
              "Na Výsluní", "Smetanova", "Lidická"],
    "sk-SK": ["Hlavná", "Štúrova", "Obchodná", "Mierová", "Námestie SNP", "Kukučínova", "Hviezdoslavova", "Jesenského",
              "Záhradnícka", "Nová"],
    "el-GR": [("Ερμού", "Ermou"), ("Πανεπιστημίου", "Panepistimiou"), ("Εγνατίας", "Egnatias"), ("Τσιμισκή", "Tsimiski"),
              ("Αγίου Νικολάου", "Agiou Nikolaou"), ("Κολοκοτρώνη", "Kolokotroni"), ("Μητροπόλεως", "Mitropoleos"),
              ("Βασιλίσσης Σοφίας", "Vasilissis Sofias"), ("Κορίνθου", "Korinthou"), ("Ανδρέα Παπανδρέου", "Andrea Papandreou")],
    "id-ID": ["Kebon Jeruk", "Dago", "Raya Darmo", "Malioboro", "Gatot Subroto", "Pemuda", "Sudirman", "Teuku Umar",
              "Cempaka Putih", "Diponegoro", "Kartini"],
    "vi-VN": ["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyễn Trãi", "Lý Thường Kiệt", "Cầu Giấy",
              "Phan Đình Phùng", "Điện Biên Phủ", "Võ Văn Tần"],
    "es-CO": ["Calle", "Carrera", "Avenida Calle", "Transversal", "Diagonal"],
    "es-AR": ["Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "Bv. San Juan", "Calle 7", "Av. Colón", "Belgrano",
              "San Martín", "Sarmiento", "Mitre", "Av. Pellegrini"],
    "fr-CA": ["rue Saint-Denis", "boulevard René-Lévesque", "rue Sherbrooke Est", "avenue du Parc", "rue King Ouest",
              "chemin Sainte-Foy", "rue des Érables", "boulevard Taschereau", "rue Principale", "avenue Cartier"],
    "de-CH": ["Bahnhofstrasse", "Kirchgasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Bernstrasse", "Rosenweg",
              "Schulhausstrasse", "Lindenhof", "Feldeggstrasse", "Gerechtigkeitsgasse"],
    "pt-BR": ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Sete de Setembro",
              "Rua Padre Chagas", "Rua Oscar Freire", "Avenida Boa Viagem", "Rua da Bahia", "Rua Tiradentes"],
}
_BAIRROS = ["Centro", "Jardim Paulista", "Bela Vista", "Boa Viagem", "Moinhos de Vento", "Savassi", "Pinheiros",
            "Batel", "Copacabana", "Meireles", "Barra", "Vila Mariana"]
_PH_BRGY = ["San Antonio", "Poblacion", "Bel-Air", "Kapitolyo", "Lahug", "Mabolo", "Loyola Heights", "Teachers Village",
            "Camp 7", "Carmen", "Jaro"]
_VN_WARDS = ["Phường Bến Nghé", "Phường 7", "Phường Dịch Vọng", "Phường Láng Hạ", "Phường Thạc Gián", "Phường 12",
             "Phường An Hải Bắc", "Phường Tân Định"]

# own name lists where Faker has no locale (en-ZA, en-SG, Greek with transliteration, Vietnamese)
_ZA_F = ["Thandiwe", "Lerato", "Nomvula", "Anika", "Zanele", "Naledi", "Chantelle", "Refilwe", "Megan", "Palesa",
         "Lindiwe", "Marlize", "Ayesha", "Busisiwe"]
_ZA_M = ["Thabo", "Sipho", "Pieter", "Johan", "Kagiso", "Ruan", "Ayanda", "Bongani", "Themba", "Mandla", "Wikus",
         "Lwazi", "Riaan", "Tshepo"]
_ZA_L = ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Pillay", "Mahlangu", "Khumalo", "Pretorius",
         "Ndlovu", "Jacobs", "Govender", "Sithole", "du Plessis", "Molefe", "Steyn", "Maseko"]
_SG_CN_L = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo", "Koh", "Chan", "Yeo"]
_SG_CN_F = ["Wei Ling", "Hui Min", "Xin Yi", "Mei Ling", "Jia Hui", "Shu Fen", "Li Ting", "Pei Shan"]
_SG_CN_M = ["Jun Jie", "Zhi Hao", "Kai Wen", "Wei Jie", "Jian Hong", "Yong Sheng", "Boon Kiat", "Chee Meng"]
_SG_EN_F = ["Rachel", "Michelle", "Joanne", "Cheryl", "Amanda", "Vivian"]
_SG_EN_M = ["Jason", "Daniel", "Marcus", "Bryan", "Kelvin", "Desmond"]
_SG_MY = [("Nurul", "Huda", "F"), ("Siti", "Aminah", "F"), ("Farah", "Nadia", "F"), ("Muhammad", "Faizal", "M"),
          ("Ahmad", "Hafiz", "M"), ("Mohd", "Irfan", "M")]
_SG_MY_L = ["Ismail", "Osman", "Rahman", "Salleh", "Yusof", "Hassan"]
_SG_IN = [("Priya", "F"), ("Kavitha", "F"), ("Divya", "F"), ("Arun", "M"), ("Rajesh", "M"), ("Suresh", "M")]
_SG_IN_L = ["Pillai", "Nair", "Subramaniam", "Krishnan", "Raj", "Menon"]
_PH_L = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Aquino",
         "Ramos", "Castillo", "Soriano", "Manalo", "Pascual", "Navarro"]
_PH_F = ["Maria Cristina", "Rowena", "Lovely", "Kristine", "Jhoanna", "Mary Grace", "Rhea", "Angelica"]
_PH_M = ["Jose", "Mark Anthony", "Jerome", "Jhun", "Rommel", "Paolo", "Carlo", "Renato"]
_GR_F = [("Μαρία", "Maria"), ("Ελένη", "Eleni"), ("Κατερίνα", "Katerina"), ("Βασιλική", "Vasiliki"), ("Σοφία", "Sofia"),
         ("Δέσποινα", "Despoina"), ("Αγγελική", "Angeliki"), ("Ιωάννα", "Ioanna"), ("Χριστίνα", "Christina")]
_GR_M = [("Γιώργος", "Giorgos"), ("Νίκος", "Nikos"), ("Δημήτρης", "Dimitris"), ("Κώστας", "Kostas"), ("Γιάννης", "Giannis"),
         ("Παναγιώτης", "Panagiotis"), ("Χρήστος", "Christos"), ("Αντώνης", "Antonis"), ("Σπύρος", "Spyros")]
# (male Greek, female Greek, male latin, female latin)
_GR_L = [("Παπαδόπουλος", "Παπαδοπούλου", "Papadopoulos", "Papadopoulou"), ("Γεωργίου", "Γεωργίου", "Georgiou", "Georgiou"),
         ("Οικονόμου", "Οικονόμου", "Oikonomou", "Oikonomou"), ("Καραγιάννης", "Καραγιάννη", "Karagiannis", "Karagianni"),
         ("Νικολάου", "Νικολάου", "Nikolaou", "Nikolaou"), ("Βλάχος", "Βλάχου", "Vlachos", "Vlachou"),
         ("Μακρής", "Μακρή", "Makris", "Makri"), ("Αλεξίου", "Αλεξίου", "Alexiou", "Alexiou"),
         ("Σταθόπουλος", "Σταθοπούλου", "Stathopoulos", "Stathopoulou"), ("Κωνσταντίνου", "Κωνσταντίνου", "Konstantinou", "Konstantinou"),
         ("Αθανασίου", "Αθανασίου", "Athanasiou", "Athanasiou"), ("Ζαχαρίου", "Ζαχαρίου", "Zachariou", "Zachariou")]
_VN_L = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
_VN_MID_F = ["Thị", "Ngọc", "Thu", "Minh", "Thanh"]
_VN_MID_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu"]
_VN_F = ["Lan", "Hương", "Trang", "Linh", "Mai", "Thảo", "Ngân", "Hà", "Vy", "Yến"]
_VN_M = ["Hùng", "Dũng", "Tuấn", "Khoa", "Phúc", "Long", "Nam", "Huy", "Sơn", "Bảo"]

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
           "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
           "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
           "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "vi": [f"tháng {i}" for i in range(1, 13)],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}

# phone number prefixes (national significant number) and lengths, checked with phonenumbers.is_valid_number
_PHONE_PREFIX = {
    "US": ([(a, 10) for a in ("212", "312", "415", "617", "503", "404", "713", "206", "614", "520", "919", "509", "518",
                               "608", "208", "912", "937", "559", "859", "971")], None),
    "CA": ([(a, 10) for a in ("514", "438", "418", "581", "450", "819", "873", "613", "367")], None),
    "GB": ([("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
           [("113", 10), ("117", 10), ("161", 10), ("1603", 10), ("114", 10), ("29", 10), ("1273", 10), ("1904", 10),
            ("1392", 10), ("141", 10), ("207", 10), ("208", 10)]),
    "IE": ([("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], [("1", 8), ("21", 9), ("91", 9), ("61", 9), ("56", 9)]),
    "ZA": ([("60", 9), ("61", 9), ("71", 9), ("72", 9), ("73", 9), ("76", 9), ("78", 9), ("82", 9), ("83", 9), ("84", 9)],
           [("11", 9), ("21", 9), ("31", 9), ("12", 9)]),
    "NZ": ([("21", 9), ("22", 9), ("27", 9), ("21", 10)], [("9", 8), ("4", 8), ("3", 8), ("7", 8)]),
    "SG": ([("8", 8), ("9", 8)], [("6", 8)]),
    "PH": ([(p, 10) for p in ("905", "906", "915", "917", "918", "919", "920", "921", "927", "977", "995")],
           [("28", 9), ("32", 9), ("82", 9)]),
    "NO": ([("4", 8), ("9", 8)], [("2", 8), ("5", 8), ("7", 8)]),
    "FI": ([("40", 9), ("41", 9), ("44", 9), ("45", 9), ("50", 9), ("40", 10), ("50", 10)], [("9", 8), ("9", 9), ("3", 9)]),
    "HU": ([("20", 9), ("30", 9), ("70", 9)], [("1", 8), ("52", 8), ("62", 8), ("72", 8), ("96", 8)]),
    "CZ": ([("60", 9), ("70", 9), ("72", 9), ("73", 9), ("77", 9)], [("2", 9), ("5", 9)]),
    "SK": ([("90", 9), ("91", 9), ("94", 9)], [("2", 9), ("55", 9), ("33", 9)]),
    "GR": ([("69", 10)], [("21", 10), ("231", 10), ("261", 10), ("281", 10)]),
    "ID": ([("812", 11), ("813", 11), ("821", 11), ("852", 11), ("857", 11), ("878", 11), ("812", 10)], [("21", 10), ("22", 10), ("31", 10)]),
    "VN": ([("90", 9), ("91", 9), ("93", 9), ("98", 9), ("97", 9), ("86", 9), ("70", 9), ("77", 9)], [("24", 10), ("28", 10)]),
    "CO": ([(p, 10) for p in ("300", "301", "310", "311", "312", "313", "315", "316", "320", "321")],
           [("601", 10), ("604", 10), ("602", 10), ("605", 10)]),
    "AR": ([("911", 11), ("9351", 11), ("9341", 11), ("9261", 11)], [("11", 10), ("351", 10), ("341", 10)]),
    "CH": ([("76", 9), ("77", 9), ("78", 9), ("79", 9)], [("44", 9), ("31", 9), ("61", 9), ("41", 9), ("71", 9), ("52", 9)]),
    "BR": ([(p, 11) for p in ("119", "219", "319", "419", "519", "719", "819", "859")],
           [(p, 10) for p in ("113", "213", "313", "413", "513")]),
}

_PW_WORDS = {
    "en": ["Liverpool", "sunshine", "Arsenal", "summer", "dragon", "Charlie", "football", "Princess", "monkey", "Chelsea",
           "Welcome", "Autumn", "rangers", "Blessed", "Manila", "Hunter", "Springbok", "Kiwi", "purple", "Biscuit"],
    "nb": ["Sommer", "Vinter", "Fjellet", "Rosenborg", "Brann", "Hytta", "Tromso", "Pepperkake"],
    "fi": ["Kesaloma", "Salasana", "Karhu", "Jaakiekko", "Sauna", "Tampere", "Muumi"],
    "hu": ["Jelszo", "Tavasz", "Ferencvaros", "Balaton", "Cica", "Napsugar"],
    "cs": ["Heslo", "Sparta", "Slavia", "Pivo", "Jaro", "Kocicka"],
    "sk": ["Heslo", "Slovan", "Tatry", "Jarko", "Macka"],
    "el": ["Olympiakos", "Panathinaikos", "kalimera", "Thalassa", "Agapi"],
    "id": ["Rahasia", "Persib", "Bismillah", "Sayang", "Indonesia", "Kopi"],
    "vi": ["matkhau", "Saigon", "Hanoi", "yeuem", "Phuonganh"],
    "es": ["Medellin", "Boca", "River", "Contrasena", "Tequila", "Colombia", "Mariposa", "Gaucho"],
    "fr": ["Canadiens", "Soleil", "Poutine", "Motdepasse", "Erable"],
    "de": ["Edelweiss", "Matterhorn", "Sommer", "Schatzi", "Zuerich", "Grueezi"],
    "pt": ["Flamengo", "Corinthians", "Saudade", "Brasil", "Senha", "Palmeiras"],
}
_B62 = string.ascii_letters + string.digits
_B64U = _B62 + "-_"
_BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def _ascii(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    s = s.replace("ł", "l")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum() or ch in ".-_ "))


def _fakers(rng: random.Random) -> dict[str, Faker]:
    out = {}
    for loc in _FAKER_LOCALES:
        f = Faker(loc)
        f.seed_instance(rng.randrange(1 << 30))
        out[loc] = f
    return out


class _Person:
    """One person of a locale: every value derived from the same name and home."""

    __slots__ = ("tag", "gender", "first", "last", "full", "latin", "email", "num", "phone", "town", "pc", "extra",
                 "street_line", "addr_lines", "addr", "dob", "dob_s", "title", "first_l", "last_l", "x")


class _Ctx:
    def __init__(self, rng: random.Random, fakers: dict[str, Faker], tag: str, latin: bool = False):
        self.rng, self.fk, self.tag, self.latin = rng, fakers, tag, latin
        self.lang = tag.split("-")[0]

    # -- small draws -------------------------------------------------------------------------
    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def p_(self, x: float) -> bool:
        return self.rng.random() < x

    def pat(self, pattern: str) -> str:
        """'#' digit, '%' digit 1-9, '@' letter, '^' eircode char, '?' upper alnum, 'x' hex, '*' base62."""
        out = []
        for c in pattern:
            if c == "#":
                out.append(str(self.rng.randrange(10)))
            elif c == "%":
                out.append(str(self.rng.randint(1, 9)))
            elif c == "@":
                out.append(self.ch("ABDEFGHJLNPQRSTUWXYZ"))
            elif c == "&":
                out.append(self.ch("ABCEGHJKLMNPRSTVWXYZ"))
            elif c == "^":
                out.append(self.ch("ACDEFHKNPRTVWXY0123456789"))
            elif c == "?":
                out.append(self.ch(string.ascii_uppercase + string.digits))
            elif c == "x":
                out.append(self.ch("0123456789abcdef"))
            elif c == "*":
                out.append(self.ch(_B62))
            else:
                out.append(c)
        return "".join(out)

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.ch(alphabet) for _ in range(n))

    def dt(self, lo: _dt.datetime = _DT_LO, hi: _dt.datetime = _DT_HI) -> _dt.datetime:
        span = int((hi - lo).total_seconds())
        return lo + _dt.timedelta(seconds=self.rng.randrange(span))

    def uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:32]}"

    # -- names ---------------------------------------------------------------------------------
    def person(self, tag: str | None = None, gender: str | None = None, min_age: int = 19, max_age: int = 78,
               latin: bool | None = None, mob: float = 0.8) -> _Person:
        tag = tag or self.tag
        latin = self.latin if latin is None else latin
        p = _Person()
        p.tag, p.x = tag, {}
        g = gender or self.ch("FM")
        p.gender = g
        fl, region, doms = _TAGS[tag]
        p.latin = None
        if tag == "en-ZA":
            p.first, p.last = self.ch(_ZA_F if g == "F" else _ZA_M), self.ch(_ZA_L)
            p.full = f"{p.first} {p.last}"
        elif tag == "en-SG":
            style = self.rng.random()
            if style < 0.45:
                p.last, p.first = self.ch(_SG_CN_L), self.ch(_SG_CN_F if g == "F" else _SG_CN_M)
                p.full = f"{p.last} {p.first}"
            elif style < 0.65:
                p.first, p.last = self.ch(_SG_EN_F if g == "F" else _SG_EN_M), self.ch(_SG_CN_L)
                p.full = f"{p.first} {p.last}"
            elif style < 0.83:
                a, b, g = self.ch(_SG_MY)
                p.first, p.last = f"{a} {b}", self.ch(_SG_MY_L)
                p.full = f"{p.first} {'binti' if g == 'F' else 'bin'} {p.last}"
            else:
                p.first, g = self.ch(_SG_IN)
                p.last = self.ch(_SG_IN_L)
                p.full = f"{p.first} {p.last}"
            p.gender = g
        elif tag == "el-GR":
            fg, fl_ = self.ch(_GR_F if g == "F" else _GR_M)
            lm, lf, llm, llf = self.ch(_GR_L)
            gl, ll = (lf, llf) if g == "F" else (lm, llm)
            if latin:
                p.first, p.last = fl_, ll
            else:
                p.first, p.last = fg, gl
            p.first_l, p.last_l = fl_, ll
            p.full = f"{p.first} {p.last}"
        elif tag == "vi-VN":
            p.last = self.ch(_VN_L)
            mid = self.ch(_VN_MID_F if g == "F" else _VN_MID_M)
            p.first = self.ch(_VN_F if g == "F" else _VN_M)
            p.full = f"{p.last} {mid} {p.first}"
        elif tag == "en-PH":
            f = self.fk["en_PH"]
            if self.p_(0.5):
                p.first = self.ch(_PH_F if g == "F" else _PH_M)
            else:
                p.first = f.first_name_female() if g == "F" else f.first_name_male()
            p.last = self.ch(_PH_L)
            p.full = f"{p.first} {p.last}"
        else:
            f = self.fk[fl]
            if g == "F":
                p.first = f.first_name_female()
                p.last = f.last_name_female() if hasattr(f, "last_name_female") else f.last_name()
            else:
                p.first = f.first_name_male()
                p.last = f.last_name_male() if hasattr(f, "last_name_male") else f.last_name()
            p.full = f"{p.last} {p.first}" if tag == "hu-HU" else f"{p.first} {p.last}"
        if tag != "el-GR":
            p.first_l, p.last_l = _ascii(p.first), _ascii(p.last)
        p.title = self._title(tag, p.gender)
        p.email = self.email_for(p.first_l, p.last_l, doms)
        p.num = self.phone_num(region, mobile=self.p_(mob))
        p.phone = self.fmt_phone(p.num)
        self._home(p, tag, latin)
        p.dob = self.date_between(_TODAY.replace(year=_TODAY.year - max_age), _TODAY.replace(year=_TODAY.year - min_age))
        p.dob_s = self.fmt_date(p.dob, tag)
        return p

    def _title(self, tag, g):
        t = {"en": ("Mr", "Ms"), "nb": ("herr", "fru"), "fi": ("herra", "rouva"), "hu": ("úr", "asszony"),
             "cs": ("pan", "paní"), "sk": ("pán", "pani"), "el": ("κ.", "κα"), "id": ("Bapak", "Ibu"),
             "vi": ("anh", "chị"), "es": ("Sr.", "Sra."), "fr": ("M.", "Mme"), "de": ("Herr", "Frau"), "pt": ("Sr.", "Sra.")}
        m, f = t[tag.split("-")[0]]
        return f if g == "F" else m

    def email_for(self, first: str, last: str, doms, dom: str | None = None) -> str:
        fi = first.lower().replace(" ", "")
        la = last.lower().replace(" ", "").replace("'", "")
        fi1 = first.split()[0].lower()
        style = self.ri(0, 6)
        if style == 0:
            local = f"{fi1}.{la}"
        elif style == 1:
            local = f"{fi1[0]}{la}"
        elif style == 2:
            local = f"{fi1}_{la}{self.ri(1, 99)}"
        elif style == 3:
            local = f"{fi}{self.ri(70, 2004)}"
        elif style == 4:
            local = f"{la}.{fi1}"
        elif style == 5:
            local = f"{fi1}.{la[0]}{self.ri(1, 9)}"
        else:
            local = f"{fi1}{la}"
        return f"{local}@{dom or self.ch(doms)}"

    # -- places ----------------------------------------------------------------------------------
    def town(self, tag: str | None = None, latin: bool | None = None):
        tag = tag or self.tag
        latin = self.latin if latin is None else latin
        name, pcp, extra = self.ch(_TOWNS[tag])
        pc = self.pat(pcp)
        if tag == "el-GR" and latin:
            name = extra
        return name, pc, extra

    def _home(self, p: _Person, tag: str, latin: bool):
        p.town, p.pc, p.extra = self.town(tag, latin)
        r, ch = self.ri, self.ch
        if tag == "en-US":
            sl = f"{r(12, 9870)} {ch(_STREETS[tag])}" + (f" Apt {r(1, 30)}{ch('ABCD')}" if self.p_(0.25) else "")
            lines = [sl, f"{p.town}, {p.extra} {p.pc}"]
        elif tag == "en-GB":
            sl = (f"Flat {r(1, 12)}, " if self.p_(0.2) else "") + f"{r(1, 180)} {ch(_STREETS[tag])}"
            lines = [sl, p.town, p.pc]
        elif tag == "en-IE":
            sl = f"{r(1, 90)} {ch(_STREETS[tag])}"
            lines = [sl, p.town, f"Co. {p.extra}", p.pc] if not p.town.startswith("Dublin") else [sl, p.town, p.pc]
        elif tag == "en-ZA":
            sl = f"{r(2, 480)} {ch(_STREETS[tag])}"
            lines = [sl, p.town, p.pc]
        elif tag == "en-NZ":
            sl = (f"{r(1, 9)}/" if self.p_(0.3) else "") + f"{r(2, 260)} {ch(_STREETS[tag])}"
            lines = [sl, f"{p.town} {p.pc}"]
        elif tag == "en-SG":
            blk = r(101, 899)
            sl = f"Blk {blk} {p.town} {ch(['Street', 'Avenue', 'Drive'])} {r(11, 92)} #{r(2, 16):02d}-{r(10, 480)}"
            p.pc = p.pc[:2] + f"{blk:04d}"[-4:]
            lines = [sl, f"Singapore {p.pc}"]
        elif tag == "en-PH":
            sl = f"{r(3, 2200)} {ch(_STREETS[tag])}, Brgy. {ch(_PH_BRGY)}"
            lines = [sl, f"{p.town} {p.pc}"]
        elif tag == "nb-NO":
            sl = f"{ch(_STREETS[tag])} {r(1, 120)}" + (ch("ABC") if self.p_(0.2) else "")
            lines = [sl, f"{p.pc} {p.town.upper() if self.p_(0.3) else p.town}"]
        elif tag == "fi-FI":
            sl = f"{ch(_STREETS[tag])} {r(1, 60)}" + (f" {ch('ABC')} {r(1, 40)}" if self.p_(0.6) else "")
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "hu-HU":
            sl = f"{ch(_STREETS[tag])} {r(1, 140)}"
            lines = [f"{p.pc} {p.town}", sl]
        elif tag == "cs-CZ":
            sl = f"{ch(_STREETS[tag])} {r(100, 2900)}/{r(1, 60)}"
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "sk-SK":
            sl = f"{ch(_STREETS[tag])} {r(1, 98)}"
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "el-GR":
            g, l_ = ch(_STREETS[tag])
            sl = f"{l_ if latin else g} {r(1, 160)}"
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "id-ID":
            sl = f"Jl. {ch(_STREETS[tag])} No. {r(1, 120)}, RT {r(1, 12):03d}/RW {r(1, 9):03d}"
            lines = [sl, f"{p.town} {p.pc}"]
        elif tag == "vi-VN":
            dist = ch(p.extra.split("|"))
            sl = f"Số {r(2, 180)}" + (f"/{r(2, 40)}" if self.p_(0.3) else "") + f" {ch(_STREETS[tag])}"
            lines = [sl, dist if dist.startswith("Phường") else f"{ch(_VN_WARDS)}, {dist}", p.town]
        elif tag == "es-CO":
            sl = f"{ch(_STREETS[tag])} {r(1, 140)}{ch(['', '', 'A', 'B', ' Bis'])} # {r(1, 99)}-{r(1, 99)}"
            if self.p_(0.4):
                sl += f", Apto {r(1, 20)}0{r(1, 4)}"
            lines = [sl, f"{p.town}, {p.extra}"]
        elif tag == "es-AR":
            sl = f"{ch(_STREETS[tag])} {r(100, 4800)}" + (f", Piso {r(1, 14)} Dto. {ch('ABCD')}" if self.p_(0.4) else "")
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "fr-CA":
            sl = (f"{r(1, 12)}-" if self.p_(0.3) else "") + f"{r(10, 9800)}, {ch(_STREETS[tag])}"
            lines = [sl, f"{p.town} (Québec) {p.pc}"]
        elif tag == "de-CH":
            sl = f"{ch(_STREETS[tag])} {r(1, 90)}" + (ch("ab") if self.p_(0.15) else "")
            lines = [sl, f"{p.pc} {p.town}"]
        elif tag == "pt-BR":
            sl = f"{ch(_STREETS[tag])}, {r(10, 3200)}" + (f", apto {r(11, 190)}" if self.p_(0.4) else "")
            lines = [f"{sl} - {ch(_BAIRROS)}", f"{p.town} - {p.extra}, {p.pc}"]
        else:
            raise KeyError(tag)
        p.street_line, p.addr_lines = sl, lines
        p.addr = ", ".join(lines) if tag != "en-GB" else f"{lines[0]}, {lines[1]} {lines[2]}"

    # -- dates ---------------------------------------------------------------------------------
    def date_between(self, lo: _dt.date, hi: _dt.date) -> _dt.date:
        return lo + _dt.timedelta(days=self.rng.randrange((hi - lo).days))

    def fmt_date(self, d: _dt.date, tag: str | None = None, style: str | None = None) -> str:
        tag = tag or self.tag
        lang = tag.split("-")[0]
        style = style or self.ch(["num", "num", "num", "long"])
        mo = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
        if style == "iso":
            return d.isoformat()
        if style == "long":
            if tag in ("en-US", "en-PH"):
                return f"{mo} {d.day}, {d.year}"
            if lang == "en":
                return f"{d.day} {mo} {d.year}"
            return {"nb": f"{d.day}. {mo} {d.year}", "fi": f"{d.day}. {mo} {d.year}", "hu": f"{d.year}. {mo} {d.day}",
                    "cs": f"{d.day}. {mo} {d.year}", "sk": f"{d.day}. {mo} {d.year}", "el": f"{d.day} {mo} {d.year}",
                    "id": f"{d.day} {mo} {d.year}", "vi": f"ngày {d.day} {mo} năm {d.year}",
                    "es": f"{d.day} de {mo} de {d.year}", "fr": f"{d.day} {mo} {d.year}",
                    "de": f"{d.day}. {mo} {d.year}", "pt": f"{d.day} de {mo} de {d.year}"}[lang]
        if tag == "en-US":
            return d.strftime("%m/%d/%Y")
        if tag == "en-ZA":
            return d.strftime(self.ch(["%Y/%m/%d", "%d/%m/%Y"]))
        if lang in ("nb", "de"):
            return d.strftime("%d.%m.%Y")
        if lang == "fi":
            return f"{d.day}.{d.month}.{d.year}"
        if lang == "hu":
            return self.ch([d.strftime("%Y.%m.%d"), d.isoformat()])
        if lang in ("cs", "sk"):
            return self.ch([f"{d.day}. {d.month}. {d.year}", d.strftime("%d.%m.%Y")])
        if lang == "id":
            return d.strftime("%d-%m-%Y")
        if lang == "fr":
            return d.isoformat()
        return d.strftime("%d/%m/%Y")

    def spoken_date(self, d: _dt.date) -> str:
        return f"{_MONTHS['en'][d.month - 1].lower()} {d.day} {d.year}"

    # -- phones --------------------------------------------------------------------------------
    def phone_num(self, region: str, mobile: bool = True):
        mob, fix = _PHONE_PREFIX[region]
        pool = mob if (mobile or not fix) else fix
        cc = phonenumbers.country_code_for_region(region)
        for _ in range(400):
            pre, n = self.ch(pool)
            nsn = pre + "".join(str(self.rng.randrange(10)) for _ in range(n - len(pre)))
            if region in ("US", "CA"):
                ex = nsn[3:6]
                if ex[0] in "01" or ex[1:] == "11" or ex == "555":
                    continue
            num = phonenumbers.parse(f"+{cc}{nsn}")
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                return num
        raise RuntimeError(f"no valid number for {region}")

    def fmt_phone(self, num, style: str | None = None) -> str:
        F = phonenumbers.PhoneNumberFormat
        style = style or self.ch(["nat", "nat", "nat", "intl", "intl", "e164", "spaced", "dash"])
        region = phonenumbers.region_code_for_number(num)
        if style == "nat":
            s = phonenumbers.format_number(num, F.NATIONAL)
        elif style == "intl":
            s = phonenumbers.format_number(num, F.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, F.E164)
        elif style == "dash":
            s = phonenumbers.format_number(num, F.INTERNATIONAL).replace(" ", "-").replace("--", "-")
        elif style == "dots" and region in ("US", "CA"):
            d = phonenumbers.national_significant_number(num)
            s = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        else:  # spaced national digits
            nat = phonenumbers.format_number(num, F.NATIONAL)
            s = " ".join("".join(ch if ch.isdigit() else " " for ch in nat).split())
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(s, region))
        except phonenumbers.NumberParseException:
            ok = False
        return s if ok else phonenumbers.format_number(num, F.INTERNATIONAL)

    def phone(self, region: str | None = None, mobile: bool = True, style: str | None = None) -> str:
        region = region or _TAGS[self.tag][1]
        return self.fmt_phone(self.phone_num(region, mobile), style)

    # -- money and secrets ----------------------------------------------------------------------
    def card(self, brand: str | None = None, sep: str | None = None):
        brand = brand or self.ch(["Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover"])
        if brand == "Visa":
            num, groups = _luhn(self.rng, "4" + self.ch(["0", "1", "5", "9", "8"]), 16), (4, 4, 4, 4)
        elif brand == "Mastercard":
            num, groups = _luhn(self.rng, self.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), (4, 4, 4, 4)
        elif brand == "Amex":
            num, groups = _luhn(self.rng, self.ch(["34", "37"]), 15), (4, 6, 5)
        else:
            num, groups = _luhn(self.rng, "6011", 16), (4, 4, 4, 4)
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        out, i = [], 0
        for g in groups:
            out.append(num[i:i + g])
            i += g
        exp = f"{self.ri(1, 12):02d}/{self.ri(27, 31)}"
        return {"num": sep.join(out), "brand": brand, "last4": num[-4:], "exp": exp,
                "masked": ("**** **** **** " if brand != "Amex" else "**** ****** *") + num[-4:], "cvv": self.pat("###")}

    def ssn(self, sep: str = "-") -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        return f"{a:03d}{sep}{self.ri(1, 99):02d}{sep}{self.ri(1, 9999):04d}"

    def routing(self) -> str:
        while True:
            head = f"{self.ch(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}" + self.pat("######")
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            chk = (10 - sum(int(c) * k for c, k in zip(head, w)) % 10) % 10
            return head + str(chk)

    def acct(self) -> str:
        return self.pat("%" + "#" * self.ri(7, 11))

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        s = _iban_of(self.rng, cc)
        if spaced is None:
            spaced = self.p_(0.6)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def ip4(self) -> str:
        return _ip_public_v4(self.rng)

    def ip6(self) -> str:
        return _ip_public_v6(self.rng)

    def pip(self) -> str:
        return self.ch([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                        f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}", f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                        "127.0.0.1"])

    def pw(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        words = _PW_WORDS.get(lang, _PW_WORDS["en"])
        k = self.ri(0, 6)
        if k == 0:
            return f"{self.ch(words)}{self.ri(1960, 2025)}{self.ch('!#$*@')}"
        if k == 1:
            return f"{self.ch(words).lower()}{self.ri(1, 99)}"
        if k == 2:
            w = self.ch(words).capitalize()
            return w.replace("a", "@").replace("o", "0").replace("e", "3", 1) + self.pat("##") + self.ch("!?#")
        if k == 3:
            return self.s(string.ascii_letters + string.digits + "!#%&*+-=?@^_", self.ri(12, 18))
        if k == 4:
            return "-".join(self.ch(["correct", "horse", "staple", "lemon", "river", "tiger", "copper", "maple", "orbit",
                                     "cactus", "velvet", "pillow"]) for _ in range(4))
        if k == 5:
            return f"{self.ch(words)}.{self.ch(words).lower()}{self.pat('##')}"
        return f"{self.ch(['Qwerty', 'Asdf', 'Zxcv'])}{self.pat('###')}{self.ch('!$')}"

    def key(self, kind: str | None = None) -> str:
        kind = kind or self.ch(["stripe", "sendgrid", "github", "slack", "google", "mailgun", "hex", "b62", "aws", "twilio"])
        if kind == "stripe":
            return "sk_live_" + self.s(_B62, self.ri(24, 34))
        if kind == "sendgrid":
            return "SG." + self.s(_B64U, 22) + "." + self.s(_B64U, 43)
        if kind == "github":
            return "ghp_" + self.s(_B62, 36)
        if kind == "slack":
            return f"xoxb-{self.pat('############')}-{self.pat('#############')}-{self.s(_B62, 24)}"
        if kind == "google":
            return "AIza" + self.s(_B64U, 35)
        if kind == "mailgun":
            return "key-" + self.pat("x" * 32)
        if kind == "aws":
            return self.s(_B62 + "+/", 40)
        if kind == "twilio":
            return self.pat("x" * 32)
        if kind == "hex":
            return self.pat("x" * 40)
        return self.s(_B62, 32)

    def bcrypt(self) -> str:
        return f"$2b${self.ch(['10', '12'])}$" + self.s(_BCRYPT, 53)

    def argon2(self) -> str:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.s(_B62 + "+/", 22) + "$" + self.s(_B62 + "+/", 43)


# -- free-text templates ---------------------------------------------------------------------------
class _Tpl:
    __slots__ = ("id", "tag", "latin", "fn")

    def __init__(self, tid, tag, latin, fn):
        self.id, self.tag, self.latin, self.fn = tid, tag, latin, fn

    def __repr__(self):
        return f"<template {self.id}>"


TEMPLATES: list[_Tpl] = []


def _tpl(tid: str, latin: bool = False):
    tag = tid.rsplit(".", 1)[1]
    assert tag in _TAGS, tid

    def deco(fn):
        TEMPLATES.append(_Tpl(tid, tag, latin, fn))
        return fn

    return deco


_DEST = ["Oslo", "Reykjavík", "Lisbon", "Singapore", "Dubai", "New York", "Helsinki", "Barcelona", "Toronto",
         "Cape Town", "Auckland", "Bangkok", "Tokyo", "Vancouver", "Athens", "Prague"]
_AIRPORTS = ["LHR", "OSL", "BGO", "SIN", "KEF", "JFK", "BOS", "HEL", "CPH", "ARN", "MAD", "BOG", "ATH", "DXB", "LIS",
             "AKL", "MNL", "CGK", "SGN", "GRU", "YUL", "ZRH", "PRG", "BUD"]


def _pnr(c):
    return c.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def _mem(c):
    return "AM" + c.pat("%#######")


def _upper_el(s: str) -> str:
    """Greek capitals are written without accents."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch)).upper()


def _t(c, fmt="%Y-%m-%d %H:%M"):
    return c.dt().strftime(fmt)


# ---- airline loyalty programme ----
@_tpl("airline.email-reply.en-GB")
def _air_email_gb(c):
    b, p, old = _B(), c.person(), c.person()
    mem, dest, d = _mem(c), c.ch(_DEST), c.dt()
    b("From: ", N(p.full), " <", E(p.email), ">\n",
      "To: Aurora Miles Member Services <", E("members@nordavia.com"), ">\n",
      f"Subject: Re: Address change request – membership {mem}\n\n",
      "Hi,\n\nThanks for getting back to me. My new address is:\n\n",
      A("\n".join(p.addr_lines)), "\n\nand my mobile is still ", P(p.phone), ". ",
      "Could you also hold my tier review until after the 30th? I'm flying to ", L(dest),
      f" on {c.fmt_date(d.date() + _dt.timedelta(days=c.ri(9, 40)), 'en-GB', 'long')} and would like the lounge voucher to still be valid.\n\n",
      "Kind regards,\n", N(p.first), "\n\n",
      f"On {d.strftime('%a, %d %b %Y')} at {d.strftime('%H:%M')}, Aurora Miles Member Services <",
      E("members@nordavia.com"), "> wrote:\n",
      f"> Dear {p.title} ", N(p.last), ",\n>\n",
      "> We can update your postal address once you confirm the address we currently hold:\n")
    b.q_addr(old.addr_lines[:1] + [f"{old.town} {old.pc}"])
    b(f">\n> Your membership number is {mem} (tier: {c.ch(['Silver', 'Gold', 'Blue'])}). ",
      f"The card on file is a {c.ch(['Visa', 'Mastercard'])} ending {c.pat('####')}, expiring {c.pat('0%')}/{c.ri(27, 30)}.\n",
      "> Kind regards,\n> Nordavia Member Services | ", P(c.phone(mobile=False, style="nat")),
      " | Mon–Sat 08:00–20:00\n")
    return b.text()


@_tpl("airline.live-chat.en-SG")
def _air_chat_sg(c):
    b, p, ag = _B(), c.person(mob=1.0), c.person()
    mem, pnr, d = _mem(c), _pnr(c), c.dt().replace(minute=0)
    dest = c.ch(["Oslo", "Bergen", "Tromsø", "Helsinki", "Copenhagen"])
    wife = c.person(gender="F")
    hh = d.hour
    b(f"Chat transcript – Nordavia Help Centre\nStarted: {d.strftime('%Y-%m-%d %H')}:01 SGT · Channel: web · Session {c.uuid()}\n\n",
      f"[{hh:02d}:01] Virtual Assistant: Welcome to Nordavia! Please share your Aurora Miles number.\n",
      f"[{hh:02d}:02] ", N(p.full), f": {mem}\n",
      f"[{hh:02d}:02] Virtual Assistant: Thanks. Connecting you to an agent…\n",
      f"[{hh:02d}:04] ", N(ag.first), " (Agent): Hi ", N(p.first),
      ", for verification could you confirm your date of birth and the mobile number on the account?\n",
      f"[{hh:02d}:05] ", N(p.full), ": ", D(p.dob_s), ", ", P(p.phone), "\n",
      f"[{hh:02d}:06] ", N(ag.first), f" (Agent): Thank you. I can see booking {pnr}, SIN–{c.ch(['OSL', 'BGO', 'TOS', 'HEL', 'CPH'])} ",
      f"on {d.strftime('%d %b')}. How can I help?\n",
      f"[{hh:02d}:07] ", N(p.full), ": I'm going to ", L(dest), " for my brother's wedding and want to add my wife ",
      N(wife.full),
      " to the same booking. can pay by card\n",
      f"[{hh:02d}:09] ", N(ag.first), " (Agent): Sure. For security please don't type the card number here — I'll send a secure ",
      "payment link to ", E(p.email), ". Is that still correct?\n",
      f"[{hh:02d}:09] ", N(p.full), ": yes correct\n",
      f"[{hh:02d}:11] ", N(ag.first), f" (Agent): Link sent (ref PL-{c.pat('######')}). Fare difference SGD {c.ri(180, 960)}.40 incl. taxes.\n",
      f"[{hh:02d}:12] Virtual Assistant: Chat ended. Rate your experience ★★★★★\n")
    return b.text()


@_tpl("airline.json-lines.nb-NO")
def _air_jsonl_no(c):
    b, p, comp = _B(), c.person(), c.person()
    mid = c.pat("%#######")
    t0 = c.dt()

    def ts(k):
        return (t0 + _dt.timedelta(seconds=37 * k)).strftime("%Y-%m-%dT%H:%M:%S.") + c.pat("###") + "Z"

    ver = f"5.{c.ri(10, 19)}.{c.ri(0, 9)}"
    b('{"ts":"', ts(0), f'","level":"info","svc":"member-profile","event":"login.success","member_id":"AM{mid}","ip":"',
      I(c.ip4()), f'","app_version":"{ver}","locale":"nb-NO"}}\n',
      '{"ts":"', ts(1), f'","level":"info","svc":"member-profile","event":"profile.updated","member_id":"AM{mid}",',
      '"changes":{"epost":"', E(p.email), '","mobil":"', P(c.fmt_phone(p.num, c.ch(["intl", "e164"]))), '"}}\n',
      '{"ts":"', ts(2), f'","level":"info","svc":"member-profile","event":"address.changed","member_id":"AM{mid}",',
      '"adresse":"', A(p.addr), '","kilde":"app"}\n',
      '{"ts":"', ts(3), f'","level":"warn","svc":"companion","event":"companion.added","member_id":"AM{mid}",',
      '"medreisende":{"navn":"', N(comp.full), '","fodselsdato":"', D(comp.dob.isoformat()), '"},"melding":"Medlem ønsker SMS-varsel"}\n',
      '{"ts":"', ts(4), '","level":"debug","svc":"gateway","event":"upstream.ok","ip":"', c.pip(),
      f'","latency_ms":{c.ri(3, 90)},"build":"{ver}.{c.ri(1000, 9999)}"}}\n',
      '{"ts":"', ts(5), f'","level":"info","svc":"member-profile","event":"login.success","member_id":"AM{mid}","ip":"',
      I(c.ip6()), f'","ua":"NordaviaApp/{ver} (iPhone; iOS 18.{c.ri(0, 4)})"}}\n')
    return b.text()


@_tpl("airline.call-notes.es-CO")
def _air_notes_co(c):
    b, p, ag = _B(), c.person(), c.person()
    mem, d = _mem(c), c.dt()
    dest = c.ch(["Madrid", "Miami", "Ciudad de México", "Lima", "Santiago", "Buenos Aires"])
    b(f"NOTA DE LLAMADA — Centro de Contacto Nordavia (sede Bogotá)\nFecha: {d.strftime('%d/%m/%Y %H:%M')}   Agente: ",
      N(ag.full), "\n",
      "Socio: ", N(p.full), f" | N.º Aurora Miles: {mem} | Nivel: {c.ch(['Oro', 'Plata', 'Azul'])}\n",
      f"Motivo: reclamo de millas no acreditadas, vuelo NV {c.ri(100, 999)} BOG–MAD.\n\n",
      f"El socio indica que viajó a ", L(dest), f" el {c.fmt_date(d.date() - _dt.timedelta(days=c.ri(5, 40)), 'es-CO', 'long')} y no se le acreditaron ",
      f"{c.ri(1, 9)}.{c.pat('##0')} millas. Se valida identidad con fecha de nacimiento ", D(p.dob_s),
      " y celular ", P(p.phone), ". Vive en ", L(p.town), " y pide que la respuesta llegue al correo ",
      E(p.email), ".\n",
      f"Pagó el cambio de fecha con tarjeta terminada en {c.pat('####')} (no se guarda el número completo).\n",
      f"Compromiso: caso #{c.pat('%######')}, devolver llamada antes del {(d + _dt.timedelta(days=c.ri(1, 7))).strftime('%d/%m/%Y')}. ",
      "Escalado a backoffice de millas (", E("millas.backoffice@nordavia.com"), ").\n")
    return b.text()


@_tpl("airline.notification-subjects.en-US")
def _air_subjects_us(c):
    b = _B()
    a1, a2 = c.ch(_AIRPORTS), c.ch(_AIRPORTS)
    lines = [
        f"Your Aurora Miles statement for {c.ch(_MONTHS['en'])} is ready",
        f"Check-in is open for NV {c.ri(100, 999)} {a1}→{a2} — seat {c.ri(3, 41)}{c.ch('ACDFHK')} confirmed",
        f"Booking {_pnr(c)}: schedule change of {c.ri(10, 95)} minutes",
        f"You earned {c.ri(2, 9)},{c.pat('##0')} miles on your Hertz rental",
        f"Payment received: USD {c.ri(80, 1900)}.{c.pat('#0')} charged to card ending {c.pat('####')}",
        "Reset your password — this link expires in 30 minutes",
        f"Gate change: NV {c.ri(100, 999)} now departs from {c.ch('ABCDE')}{c.ri(1, 40)}",
        f"Your upgrade offer to Premium expires {c.ch(['tomorrow', 'tonight', 'in 48 hours'])}",
        f"Receipt #{c.pat('%#########')} for excess baggage ({c.ri(2, 32)} kg)",
        f"Welcome to Gold tier — {c.ri(2, 6)} lounge passes added",
        f"Policy POL-{c.pat('#######')}: your travel insurance certificate",
        f"App update {c.ri(5, 6)}.{c.ri(0, 20)}.{c.ri(0, 9)} — new boarding pass wallet",
    ]
    c.rng.shuffle(lines)
    b(f"Subject lines queued {c.dt().strftime('%Y-%m-%d')} (batch nv-notify-{c.pat('####')}):\n")
    for i, ln in enumerate(lines[: c.ri(7, 12)], 1):
        b(f"{i:>2}. {ln}\n")
    return b.text()


@_tpl("airline.ocr-form.el-GR")
def _air_ocr_gr(c):
    b, p = _B(), c.person()
    birth = c.town()[0]
    mem = _mem(c)
    b("N0RDAVIA — ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ AUR0RA MILES        [σελ. 1/1]\n",
      f"Αρ. μέλους: __ {mem} __\n",
      "ΕΠΩΝYΜΟ: ", N(_upper_el(p.last)), "     ΟΝΟΜΑ : ", N(_upper_el(p.first)), "\n",
      "Ημ/νία γέννησης: ", D(p.dob_s), "   Τόπος γέννησης: ", L(birth), "\n",
      "Διεύθυνση | Οδός, αριθμός, Τ.Κ., πόλη :\n  ", A(p.addr), "\n",
      "Τηλ. κινητό: ", P(p.phone), "    Τηλ. οικίας: ____\n",
      "E - mail : ", E(p.email), "\n",
      "Προτιμώμενη θέση: Παράθυρο [x]  Διάδρομος [ ]     Γεύμα: VGML\n",
      f"Δέχομαι τους όρους του προγράμματος ☒   Ημερομηνία: {c.dt().strftime('%d/%m/%Y')}   Υπογραφή: ~~~~~\n",
      f"--- για υπηρεσιακή χρήση: κατ/μα {c.ch(['ΑΘΗ-01', 'ΣΚΓ-03'])}, υπάλληλος #{c.pat('###')} ---\n")
    return b.text()


# ---- retail bank KYC onboarding ----
@_tpl("bank.ticket-internal-note.en-US")
def _bank_ticket_us(c):
    b, p, ag = _B(), c.person(), c.person()
    old = c.person()
    ssn, acct, routing = c.ssn(c.ch(["-", "-", " "])), c.acct(), c.routing()
    card = c.card()
    b(f"Ticket #KB-{c.pat('%#####')} | Queue: KYC Onboarding | Priority: High | Status: Pending customer\n",
      "Requester: ", N(p.full), " <", E(p.email), ">\n",
      f"Created: {_t(c)} EDT\n\n",
      "Customer message:\n",
      "Hi, my application keeps failing at the identity step. I entered my SSN ", S(ssn), " and date of birth ",
      D(p.dob_s), " exactly as on my card. My address is ", A(p.addr), " and I've lived there 3 years. ",
      "Please call me at ", P(p.phone), ".\nThanks, ", N(p.first), "\n\n",
      "--- Internal note (", N(ag.full), ", Tier 2) ---\n",
      f"Pulled application APP-{c.pat('%######')}. Bureau returned a prior address ", A(old.addr),
      " — customer says they never lived there; possible mixed file. Funding account on the application: routing ",
      routing, ", account ", B(acct), " (external ACH, micro-deposits sent).\n",
      "Login IPs: ", I(c.ip4()), " (residential, matches state) and ", c.pip(), " (our VPN). ",
      f"Initial deposit card {card['masked']} exp {card['exp']} — tokenised, fine.\n",
      "Next step: request a utility bill; do NOT read the SSN back on the phone.\n")
    return b.text()


@_tpl("bank.form-urlencoded.en-US")
def _bank_urlenc_us(c):
    b, p = _B(), c.person()
    q = urllib.parse.quote_plus
    ssn = c.ssn("")
    ip = c.ip4()
    digits = phonenumbers.national_significant_number(p.num)
    b(f"{c.dt().strftime('%Y-%m-%dT%H:%M:%S')}.{c.pat('###')}Z INFO  kyc-gateway  POST /v2/applications 201 {c.ri(90, 900)}ms\n",
      "  content-type=application/x-www-form-urlencoded\n",
      "  body=first_name=", N(q(p.first)), "&last_name=", N(q(p.last)), "&dob=", D(p.dob.isoformat()),
      "&ssn=", S(ssn), "&email=", E(q(p.email)), "&phone=", P(digits),
      "&street=", A(q(p.street_line)), "&city=", L(q(p.town)), f"&state={p.extra}&zip={p.pc}",
      f"&annual_income={c.ri(28, 240)}000&employment_status={c.ch(['employed', 'self_employed', 'retired'])}",
      f"&product=checking_plus&funding_routing={c.routing()}&funding_account=", B(c.acct()),
      f"&consent_esign=true&utm_source={c.ch(['google', 'facebook', 'referral'])}\n",
      "  client_ip=", I(ip), " x_forwarded_for=", I(ip), ", ", c.pip(), f" request_id={c.uuid()}\n",
      f"{c.dt().strftime('%Y-%m-%dT%H:%M:%S')}.{c.pat('###')}Z INFO  kyc-gateway  idv.result application=APP-{c.pat('%######')} ",
      f"score=0.{c.pat('##')} decision={c.ch(['review', 'approve', 'refer'])} model=v{c.ri(3, 4)}.{c.ri(0, 9)}.{c.ri(0, 20)}\n")
    return b.text()


@_tpl("bank.yaml-config.en-ZA")
def _bank_yaml_za(c):
    b, ops, t = _B(), c.person(), c.person(mob=1.0)
    work = f"{_ascii(ops.first).lower()}.{_ascii(ops.last).lower().replace(' ', '')}@kestrelbank.co.za"
    b("# kyc-service config — staging (Johannesburg DC)\n",
      f"service:\n  name: kyc-onboarding\n  region: af-south-1\n  version: 3.{c.ri(2, 9)}.{c.ri(0, 30)}\n",
      f"database:\n  host: {c.pip()}\n  port: 5432\n  user: kyc_app\n  password: ", W(c.pw()), "\n",
      "providers:\n  idv:\n    base_url: https://api.idverify.co.za/v1\n    api_key: ", K(c.key(c.ch(["hex", "b62"]))), "\n",
      "  sms:\n    sender_id: KESTREL\n    account_sid: AC", c.pat("x" * 32), "\n    auth_token: ", K(c.key("twilio")), "\n",
      "  smtp:\n    host: smtp.kestrelbank.co.za\n    username: kyc-notify\n    password: ", W(c.pw()), "\n",
      "allowlist:\n  - ", I(c.ip4()), "   # head office egress\n  - ", I(c.ip4()), "   # DR site\n",
      f"  - 192.168.{c.ri(1, 60)}.0/24\n",
      "ops_contact:\n  name: ", N(ops.full), "\n  email: ", E(work), "\n  phone: \"", P(ops.phone), "\"\n",
      "# seed record copied from prod ticket INC-", c.pat("######"), " — remove before go-live!\n",
      "test_applicant:\n  full_name: ", N(t.full), "\n  date_of_birth: ", D(t.dob.isoformat()), "\n",
      "  address: \"", A(t.addr), "\"\n  mobile: \"", P(t.phone), "\"\n")
    return b.text()


@_tpl("bank.email-forwarded.cs-CZ")
def _bank_fwd_cz(c):
    b, p, col, snd = _B(), c.person(), c.person(), c.person()
    birth = c.town()[0]
    d = c.dt()
    b("Ahoj ", N(col.first), ",\n\npřeposílám žádost od klienta, prosím zkontroluj shodu adresy s OP a pošli to dál na compliance.\n",
      "Díky,\n", N(snd.first), "\n\n",
      "---------- Přeposlaná zpráva ---------\n",
      "Od: ", N(p.full), " <", E(p.email), ">\n",
      f"Datum: {d.strftime('%d. %m. %Y %H:%M')}\nPředmět: Doklady k otevření účtu\nKomu: <", E("onboarding@kestrelbank.eu"), ">\n\n",
      "Dobrý den,\nv příloze posílám sken občanského průkazu a potvrzení o adrese (faktura za elektřinu). Moje údaje:\n\n",
      "Jméno a příjmení: ", N(p.full), "\n",
      "Datum narození: ", D(p.dob_s), "\n",
      "Místo narození: ", L(birth), "\n",
      "Trvalé bydliště: ", A(p.addr), "\n",
      "Telefon: ", P(p.phone), "\n",
      "Účet pro příchozí platby (vedený u rakouské banky): ", G(c.iban(c.ch(["AT", "DE"]))), "\n\n",
      "Předem děkuji za rychlé vyřízení.\nS pozdravem\n", N(p.full), "\n")
    return b.text()


@_tpl("bank.teams-chat.en-IE")
def _bank_teams_ie(c):
    b, a1, a2, q = _B(), c.person(), c.person(), c.person(gender="F", mob=1.0)
    prev = c.town()[0]
    while prev == q.town:
        prev = c.town()[0]
    h = c.ri(9, 15)
    b("Microsoft Teams — KYC Ireland › Escalations\n\n",
      N(a1.full), f"  {h}:02\nAnyone free to look at the ", N(q.last), " application? It's been in review since Tuesday\n\n",
      N(a2.full), f"  {h}:03\nSure — is that ", N(q.full), ", DOB ", D(q.dob_s), "?\n\n",
      N(a1.full), f"  {h}:03\nYep. Address on the form is ", A(q.addr), " but the utility bill says ",
      A(c.person().street_line), " — probably the old one\n\n",
      N(a2.full), f"  {h}:05\nThe IBAN she gave for the salary mandate is ", G(c.iban("IE")),
      ". Sort code matches our Galway branch so that part is fine\n\n",
      N(a1.full), f"  {h}:06\nHer mobile ", P(q.phone), " went to voicemail. I'll email ", E(q.email), " instead\n\n",
      N(a2.full), f"  {h}:07\n👍 She only moved back from ", L(prev),
      " in the summer, so proof of address under 6 months is acceptable — note it on the case\n")
    return b.text()


@_tpl("bank.stt-transcript.es-AR")
def _bank_stt_ar(c):
    b, p, ag = _B(), c.person(), c.person()
    spoken = f"{p.dob.day} de {_MONTHS['es'][p.dob.month - 1]} de {p.dob.year}"
    b(f"[transcripción automática — llamada entrante {c.dt().strftime('%H:%M')} — agente ", N(ag.first.lower()), "]\n",
      "agente: banco kestrel buenos días le habla ", N(ag.first.lower()), " en qué la puedo ayudar\n",
      "cliente: hola sí quería terminar la apertura de cuenta que empecé por la aplicación\n",
      "agente: perfecto me dice su nombre completo\n",
      "cliente: ", N(p.full.lower()), "\n",
      "agente: y su fecha de nacimiento\n",
      "cliente: el ", D(spoken), "\n",
      "agente: gracias me confirma un teléfono de contacto\n",
      "cliente: sí es el ", P(c.fmt_phone(p.num, "nat")), "\n",
      "agente: y el domicilio actual\n",
      "cliente: ", A(f"{p.street_line.lower()}, {p.town.lower()}"), "\n",
      "agente: un correo electrónico\n",
      "cliente: ", E(p.email), "\n",
      "agente: listo le llega un código de seis dígitos por mensaje no lo comparta con nadie\n",
      f"cliente: ya me llegó es {c.pat('######')}\n",
      "agente: perfecto la cuenta queda abierta en unos minutos gracias por comunicarse\n")
    return b.text()


# ---- online marketplace sellers ----
_SHOPS_ID = ["Dapur Bu Sri", "Toko Berkah Jaya", "Batik Pak Harun", "Sumber Rejeki Elektronik", "Kopi Kenangan Mantan Outlet"]


@_tpl("marketplace.ticket-internal-note.id-ID")
def _mkt_ticket_id(c):
    b, p, ag = _B(), c.person(), c.person()
    b(f"Tiket #BZ-{c.pat('%######')} — Kategori: Penarikan Dana — Prioritas: Tinggi\n",
      "Dibuat oleh: ", N(p.full), f" (Toko: {c.ch(_SHOPS_ID)})\n",
      "Email: ", E(p.email), "\nNo. HP/WA: ", P(p.phone), "\n\n",
      "Pesan:\nSelamat siang kak, saldo saya Rp ", f"{c.ri(1, 19)}.{c.pat('##0')}.000",
      " tidak bisa ditarik ke rekening yang terdaftar sejak 3 hari lalu. Alamat gudang untuk pickup kurir: ",
      A(p.addr), ". Mohon dibantu ya, terima kasih.\n", N(p.first), "\n\n",
      "— Catatan internal (agen ", N(ag.full), ") —\n",
      "Verifikasi KTP OK, tgl lahir ", D(p.dob_s), " cocok dengan data Dukcapil. Login terakhir dari ", I(c.ip4()),
      ", sebelumnya dari ", I(c.ip4()), f". Payout ditahan rule R-{c.ri(10, 40)} (ganti rekening < 72 jam). ",
      f"Estimasi rilis 2 hari kerja. Versi app seller {c.ri(4, 6)}.{c.ri(0, 40)}.{c.ri(0, 9)}.\n")
    return b.text()


@_tpl("marketplace.whatsapp-chat.vi-VN")
def _mkt_wa_vn(c):
    b, p, mom = _B(), c.person(gender="F", mob=1.0), c.person(gender="F", min_age=50)
    shop = c.ch(["Gốm Bát Tràng Store", "Shop Mẹ Bống", "Phụ Kiện Minh Anh", "Nhà Sách Cá Chép"])
    d = c.dt()
    day = d.strftime("%d/%m/%Y")
    order = f"{c.pat('26%#######')}{c.pat('@@@')}"

    def t(m):
        return f"[{day}, {d.hour:02d}:{m:02d}:{c.ri(10, 59)}] "

    b(t(2), N(p.full), f": Chào shop, em đặt đơn {order} hôm qua mà chưa thấy giao ạ\n",
      t(5), f"Bazaro – {shop}: Dạ chào chị ", N(p.first), ", shop kiểm tra đơn giúp chị nhé\n",
      t(6), N(p.full), ": Địa chỉ nhận của em là ", A(p.addr), ", sđt ", P(p.phone), "\n",
      t(9), f"Bazaro – {shop}: Dạ đơn bị hoàn do shipper không liên hệ được. Shop gửi lại rồi ạ, mã vận đơn "
      f"GHN{c.pat('?????????')}. Shipper sẽ gọi số ", P(c.fmt_phone(p.num, "intl")), " trước khi giao.\n",
      t(11), N(p.full), ": <Media omitted>\n",
      t(12), N(p.full), ": Nếu em không ở nhà thì gửi cho mẹ em là cô ", N(mom.full), " ở cùng địa chỉ nhé\n",
      t(14), f"Bazaro – {shop}: Dạ vâng ạ. Shop tặng chị mã giảm giá BZ{c.pat('##')}K cho đơn sau 💐\n")
    return b.text()


@_tpl("marketplace.csv-in-ticket.en-PH")
def _mkt_csv_ph(c):
    b, ag = _B(), c.person()
    shops = ["Lola Nena's Kakanin", "Kuya Jun Gadgets", "Cebu Pasalubong Hub", "Mang Inasal Supplies", "Ate Rose Ukay-Ukay"]
    b(f"Hi team, sellers flagged by the duplicate-account check (admin export {c.dt().strftime('%Y-%m-%d')}). "
      "Can you confirm which ones to suspend?\n\n",
      "seller_id,shop_name,owner_name,email,mobile,owner_city,joined,gmv_30d,status\n")
    shared = c.phone(style=c.ch(["nat", "e164"]))
    n = c.ri(3, 5)
    for i in range(n):
        p = c.person(mob=1.0)
        ph = shared if i in (1, n - 1) else p.phone
        b(f"S-{c.pat('1####')},{c.ch(shops)},", N(p.full), ",", E(p.email), ",", P(ph), ",", L(p.town),
          f",{c.dt().strftime('%Y-%m-%d')},\"₱ {c.ri(10, 480)},{c.pat('##0')}.00\",{c.ch(['active', 'active', 'on_hold'])}\n")
    b(f"\nRows 2 and {n} share the same mobile. ", "Thanks!\n", N(ag.first), " — Trust & Safety\n")
    return b.text()


@_tpl("marketplace.app-log.pt-BR")
def _mkt_log_br(c):
    b, p, p2 = _B(), c.person(), c.person()
    t0 = c.dt()
    sid = c.pat("%####")

    def ts(k):
        return (t0 + _dt.timedelta(seconds=11 * k)).strftime("%Y-%m-%d %H:%M:%S,") + c.pat("###")

    b(ts(0), " INFO  [auth] login ok user=", E(p.email), " ip=", I(c.ip4()),
      f" ua=\"Bazaro/7.{c.ri(0, 9)}.{c.ri(0, 9)} (Android 14; SM-A546E)\"\n",
      ts(1), f" DEBUG [seller-api] GET /v1/sellers/{sid}/profile 200 {c.ri(8, 90)}ms\n",
      ts(2), f" INFO  [kyc] profile update seller={sid} nome=\"", N(p.full), "\" telefone=\"", P(p.phone),
      "\" endereco=\"", A(p.addr), "\"\n",
      ts(3), f" WARN  [kyc] cpf mascarado ***.{c.pat('###')}.***-** conferido com sucesso\n",
      ts(4), " ERROR [payout] falha ao chamar gateway: 401 Unauthorized (Authorization: Bearer ", K(c.key("stripe")), ")\n",
      ts(5), f" INFO  [payout] retry agendado job={c.uuid()} tentativa=2\n",
      ts(6), f" INFO  [health] upstream {c.pip()}:8080 ok latency={c.ri(2, 40)}ms\n",
      ts(7), " INFO  [auth] login ok user=", E(p2.email), " ip=", I(c.ip6()), "\n")
    return b.text()


@_tpl("marketplace.email-signature.en-US")
def _mkt_email_us(c):
    b, p, ag = _B(), c.person(), c.person()
    biz = c.person()
    shop = c.ch(["Maple & Main Goods", "Fox Hollow Ceramics", "Blue Heron Outfitters", "Johnson Brothers Hardware"])
    case, order = c.pat("0#######"), f"114-{c.pat('####')}-{c.pat('##')}"
    d = c.dt()
    b("Hi Bazaro Seller Support,\n\n",
      f"Following up on case {case} — the chargeback on order {order} still hasn't been reversed even though the carrier shows it ",
      "delivered and signed for. I've attached the proof of delivery again.\n\n",
      "Also, please switch my payouts to our new business checking account — routing number ", c.routing(),
      ", account number ", B(c.acct()), f" ({c.ch(['Chase', 'Wells Fargo', 'a local credit union', 'PNC'])}). ",
      "The voided check is attached.\n\n",
      "Best,\n", N(p.full), f"\nOwner, {shop}\n", A(f"{biz.street_line}\n{biz.addr_lines[1]}"), "\n",
      "Tel: ", P(c.phone(mobile=False, style="nat")), "  |  Cell: ", P(p.phone), "\n", E(p.email), "\n\n",
      f"On {d.strftime('%a, %b %d, %Y at %I:%M %p')} Bazaro Seller Support <", E("seller-support@bazaro.com"), "> wrote:\n",
      "> Hello ", N(p.first), ",\n",
      f"> Thanks for reaching out. We reviewed order {order} and the buyer's claim is still open.\n",
      "> Please upload the tracking and proof of delivery within 5 days.\n> Regards,\n> ", N(ag.first), "\n> Seller Support Team\n")
    return b.text()


@_tpl("marketplace.notification-subjects.en-GB")
def _mkt_subjects_gb(c):
    b = _B()
    lines = [
        f"[push] Your order #BZ-{c.pat('#####-###')} has been dispatched",
        f"[email] Price drop: Ted Baker leather holdall now £{c.ri(89, 189)}",
        f"[email] Your Bazaro Plus trial ends on {c.ri(1, 28)} {c.ch(_MONTHS['en'])}",
        f"[push] {c.ri(2, 5)} items in your basket are selling fast",
        f"[sms] Bazaro: your verification code is {c.pat('######')}. Don't share it.",
        f"[email] Refund of £{c.ri(5, 90)}.{c.pat('#9')} processed to card ending {c.pat('####')}",
        "[push] Seller \"Jack Wills Outlet\" replied to your question",
        f"[email] Invoice INV-2026-{c.pat('######')} for {c.ch(_MONTHS['en'])}",
        f"[push] Flash sale: Dr. Martens boots from £{c.ri(60, 99)}",
        f"[email] Your return label for order #BZ-{c.pat('#####-###')} (drop-off by {c.ri(1, 28)}/{c.ri(1, 12)})",
        f"[push] App update {c.ri(7, 9)}.{c.ri(0, 30)}.{c.ri(0, 9)} is ready to install",
    ]
    c.rng.shuffle(lines)
    b(f"Notification log — account #{c.pat('%#######')} — last 7 days\n")
    for ln in lines[: c.ri(6, 11)]:
        b(f"{c.dt().strftime('%d/%m %H:%M')}  {ln}\n")
    return b.text()


# ---- dental practice ----
@_tpl("dental.sms-thread.en-NZ")
def _den_sms_nz(c):
    b, p, dent, hyg = _B(), c.person(mob=1.0), c.person(), c.person(gender="F")
    kid = c.person(gender="M")
    clinic = c.phone(mobile=False, style="nat")
    me = c.fmt_phone(p.num, c.ch(["nat", "intl"]))
    d = c.dt()
    day1 = d.strftime("%a %d %b")
    b("SMS thread — Harbourside Dental (", P(clinic), ")\n\n",
      f"{day1} 10:02  Harbourside Dental: Hi ", N(p.first), f", reminder of your appointment with Dr ", N(dent.last),
      f" on Thu at 2:40pm. Reply Y to confirm or call ", P(clinic), " to reschedule.\n",
      f"{day1} 10:17  ", P(me), ": Y. Can my son ", N(kid.first), " come in the same day? He chipped a tooth at rugby\n",
      f"{day1} 10:30  Harbourside Dental: Hi ", N(p.first), ", we can fit ", N(kid.first), " in at 3:20pm with our hygienist ",
      N(hyg.first), ". See you both Thursday.\n",
      f"{day1} 10:31  ", P(me), ": perfect thanks. our address changed btw - ", A(p.addr), "\n",
      f"{day1} 16:05  Harbourside Dental: Thanks, updated. Parking is behind the practice off Quay Street. ",
      f"Your balance of ${c.ri(40, 260)}.00 can be paid on the day.\n")
    return b.text()


@_tpl("dental.ocr-form.fi-FI")
def _den_ocr_fi(c):
    b, p, nok = _B(), c.person(), c.person()
    b("HAMMASLÄÄKÄRIASEMA HYMY OY             Esitietolomake / Förhandsuppgifter\n",
      "Sivu l/2        Potilasnro: ", c.pat("%#####"), "\n",
      "Potilaan nimi (sukunimi, etunimi): ", N(f"{p.last}, {p.first}"), "\n",
      "Syntymäaika: ", D(p.dob_s), "       Henkilötunnus: [peitetty]\n",
      "Osoite: ", A(p.addr), "\n",
      "Puhelin : ", P(p.phone), "    Sahkoposti: ", E(p.email), "\n",
      "Lähiomainen: ", N(nok.full), ", puh. ", P(nok.phone), "\n",
      "Lääkitys: [ ] ei  [X] kyllä, mikä: Marevan 3 mg, Levaxin 50 µg\n",
      "Allergiat: penisilliini | lateksi ( )\n",
      f"Viimeisin käynti: {c.dt().strftime('%m/%Y')}    Kela-korvaus: kyllä\n",
      f"Päivämäärä: {c.dt().strftime('%d.%m.%Y')}   Allekirjoitus: ________\n")
    return b.text()


@_tpl("dental.crm-notes.en-IE")
def _den_notes_ie(c):
    b, p, sp, doc = _B(), c.person(gender="F"), c.person(gender="M"), c.person()
    card = c.card()
    b("Patient: ", N(p.full), f" (ID P-{c.pat('%####')})   Recall: 6 months\n",
      "DOB: ", D(p.dob_s), "   Mobile: ", P(p.phone), "   Email: ", E(p.email), "\n\nNotes\n",
      f"{c.dt().strftime('%d/%m')} — {p.title} ", N(p.last), " rang re: crown on UR6, pain on biting. Booked 40 min Thurs.\n",
      f"{c.dt().strftime('%d/%m')} — Paid €{c.ri(50, 150)} deposit by card ({card['masked']}, exp {card['exp']}). ",
      "Referred to Dr ", N(doc.full), " at the Galway Clinic for a CBCT scan.\n",
      f"{c.dt().strftime('%d/%m')} — Husband ", N(sp.first), " will collect her after sedation. Lives in ", L(p.town),
      ", approx. 40 min drive — advise no driving for 24h.\n",
      f"{c.dt().strftime('%d/%m')} — PRSI/Medical card: n/a. Lab docket #L-{c.pat('#####')} sent to SmileLab Cork.\n")
    return b.text()


@_tpl("dental.email-reply.de-CH")
def _den_email_ch(c):
    b, p, old, rec = _B(), c.person(), c.person(), c.person(gender="F")
    inv = f"2026-{c.pat('0###')}"
    clinic_street = f"{c.ch(['Seefeldstrasse', 'Forchstrasse', 'Mühlebachstrasse'])} {c.ri(2, 140)}"
    clinic_plz = f"80{c.ri(0, 5)}{c.ri(1, 9)}"
    b("Von: ", N(p.full), " <", E(p.email), ">\n",
      "An: Zahnarztzentrum Seefeld <", E("empfang@zahnarzt-seefeld.ch"), ">\n",
      f"Betreff: AW: Rechnung Nr. {inv} / Adressänderung\n\n",
      "Grüezi mitenand\n\nIch bin im Frühling umgezogen, darum ist die Rechnung zurückgekommen. Bitte neu an:\n\n",
      A("\n".join(p.addr_lines)), "\n\nTagsüber bin ich unter ", P(p.phone), " erreichbar.\n\n",
      "Freundliche Grüsse\n", N(p.full), "\n\n",
      "-----Ursprüngliche Nachricht-----\n",
      f"> Sehr geehrte{'r' if p.gender == 'M' else ''} {p.title} ", N(p.last), "\n",
      f"> Die Rechnung Nr. {inv} über CHF {c.ri(120, 980)}.{c.ch(['00', '40', '65', '80'])} ging an folgende Adresse zurück:\n")
    b.q_addr(old.addr_lines)
    b("> Bitte teilen Sie uns Ihre aktuelle Adresse mit. Zahlbar innert 30 Tagen auf IBAN ", G(c.iban("CH", True)), "\n",
      "> Freundliche Grüsse\n> ", N(rec.full), ", Empfang\n",
      "> Zahnarztzentrum Seefeld, ", A(f"{clinic_street}, {clinic_plz} Zürich"), "\n",
      "> Tel. ", P(c.phone(mobile=False, style="nat")), "\n")
    return b.text()


@_tpl("dental.ini-config.en-GB")
def _den_ini_gb(c):
    b, adm = _B(), c.person()
    b("; PracticeDesk 11.4 — site configuration (Bristol surgery)\n; do not edit while the service is running\n\n",
      "[general]\npractice_name=Clifton Smiles Dental Care\nsite_code=BRS-02\ntimezone=Europe/London\n",
      f"version=11.4.{c.ri(0, 6)}.{c.ri(1000, 2999)}\n\n",
      f"[database]\nserver={c.pip()}\\PDSQL\nuid=pd_service\npwd=", W(c.pw()), "\n\n",
      "[sms]\nprovider=textlocal\napi_user=cliftonsmiles\napi_key=", K(c.key(c.ch(["b62", "hex"]))), "\n",
      "sender=CliftonDent\nreply_to=", P(c.phone(mobile=False, style="nat")), "\n\n",
      "[email]\nsmtp_host=smtp.office365.com\nsmtp_port=587\nsmtp_user=", E("reception@cliftonsmiles.co.uk"),
      "\nsmtp_password=", W(c.pw()), "\n\n",
      f"[backup]\ntarget=\\\\NAS01\\pd_backup\nschedule=02:30\nretention_days={c.ri(14, 90)}\n",
      "admin_contact=", N(adm.full), " <", E(adm.email), ">\n")
    return b.text()


@_tpl("dental.voicemail-transcript.en-US")
def _den_vm_us(c):
    b, p, sp = _B(), c.person(), c.person()
    b(f"voicemail transcription (confidence 0.{c.ri(71, 94)}) — line: front desk — received {_t(c)}\n\n",
      "hi this is ", N(p.full.lower()), " calling about my appointment on thursday um my date of birth is ",
      D(c.spoken_date(p.dob)), " and i think the insurance you have on file is the old one so the new member id is ",
      f"w {' '.join(c.pat('#########'))} anyway you can reach me at ", P(c.fmt_phone(p.num, c.ch(["nat", "dots", "spaced"]))),
      " or my ", c.ch(["husband", "wife", "partner"]), " ", N(sp.first.lower()), " at ",
      P(c.phone(style="spaced")), " after five thanks bye\n")
    return b.text()


# ---- letting agency / property management ----
@_tpl("letting.email-forwarded.en-GB")
def _let_fwd_gb(c):
    b, col, ag, t = _B(), c.person(), c.person(), c.person()
    prop = c.person()
    d = c.dt()
    b("Hi ", N(col.first), ",\n\nSee below — reference request for our new tenant. Can you fill in the rent history part? ",
      "I've checked the ID already.\n\nThanks,\n", N(ag.first), "\n\n",
      "---------- Forwarded message ---------\n",
      "From: LetCheck Referencing <", E("referencing@letcheck.co.uk"), ">\n",
      f"Date: {d.strftime('%a, %d %b %Y at %H:%M')}\n",
      "Subject: Reference request – ", N(t.full), "\n",
      "To: <", E("lettings@harringtoncole.co.uk"), ">\n\n",
      "Applicant: ", N(t.full), "\n",
      "Date of birth: ", D(t.dob_s), "\n",
      "Current address: ", A(t.addr), "\n",
      "Proposed property: ", A(prop.addr), "\n",
      f"Monthly rent: £{c.ri(7, 24)}{c.ch(['00', '50', '25'])}.00   Start date: {(d + _dt.timedelta(days=c.ri(20, 60))).strftime('%d/%m/%Y')}\n",
      "Employer: Leeds Teaching Hospitals NHS Trust (Band 6)\n",
      "Previous agent: Harrington & Cole Lettings, tel. ", P(c.phone(mobile=False, style="nat")), "\n",
      "Landlord's account for rent: ", G(c.iban("GB")), "\n",
      f"Please reply by {(d + _dt.timedelta(days=c.ri(2, 5))).strftime('%d/%m/%Y')} quoting ref LC-{c.pat('######')}.\n")
    return b.text()


@_tpl("letting.whatsapp-group.en-ZA")
def _let_wa_za(c):
    b, ag, t, h, ll, pl = (_B(), c.person(mob=1.0), c.person(mob=1.0), c.person(gender="F", mob=1.0), c.person(),
                           c.person(gender="M", mob=1.0))
    d = c.dt()
    day, nxt = d.strftime("%d/%m/%Y"), (d + _dt.timedelta(days=1)).strftime("%d/%m/%Y")
    b(f"{day}, 19:04 - ", N(ag.full), ": Hi ", N(t.first), ", the plumber will come tomorrow between 8 and 10 to ",
      A(t.street_line), ". Please make sure someone is home\n",
      f"{day}, 19:10 - ", N(t.full), ": Thanks ", N(ag.first), ". My housemate ", N(h.first), " will be there, her number is ",
      P(h.phone), "\n",
      f"{day}, 19:11 - ", N(ag.full), ": Great. Plumber is ", N(pl.full), " from DrainKing, ", P(pl.phone), "\n",
      f"{day}, 19:30 - ", N(ll.full), ": Please send me the invoice. Deposit refund for the previous tenant goes out Friday\n",
      f"{nxt}, 07:45 - ", P(c.fmt_phone(pl.num, "intl")), ": Morning, this is the plumber, I'm at the gate\n",
      f"{nxt}, 10:02 - ", N(t.full), ": All fixed 👍 geyser pressure valve replaced\n",
      f"{nxt}, 10:05 - ", N(ag.full), f": Thanks all. Invoice INV{c.pat('#####')} R{c.ri(650, 3800)}.00 forwarded to ",
      E(ll.email), "\n")
    return b.text()


@_tpl("letting.form-dump.nb-NO")
def _let_form_no(c):
    b, p, co = _B(), c.person(), c.person()
    birth = c.town()[0]
    b(f"=== Søknad om leie — skjema #{c.pat('%####')} (eksportert {c.dt().strftime('%d.%m.%Y %H:%M')}) ===\n",
      "Fullt navn: ", N(p.full), "\n",
      "Fødselsdato: ", D(p.dob_s), "\n",
      "Fødested: ", L(birth), "\n",
      "Nåværende adresse: ", A(p.addr), "\n",
      "Telefon: ", P(p.phone), "\n",
      "E-post: ", E(p.email), "\n",
      "Arbeidsgiver: Equinor ASA, kontor Stavanger\n",
      f"Stilling: {c.ch(['ingeniør', 'sykepleier', 'lærer', 'konsulent'])}\n",
      f"Årsinntekt: {c.ri(420, 980)} 000 kr\n",
      f"Ønsket innflytting: 01.{c.ri(1, 12):02d}.2026\n",
      "Husdyr: ja, katt (Pusur)\n",
      "Medsøker: ", N(co.full), ", tlf. ", P(co.phone), "\n",
      "Samtykke til kredittsjekk: ja\n",
      "IP ved innsending: ", I(c.ip4()), "\n")
    return b.text()


@_tpl("letting.maintenance-ticket.hu-HU")
def _let_ticket_hu(c):
    b, p, nb, ag, own = _B(), c.person(), c.person(), c.person(), c.person()
    b(f"Hibajegy #{c.pat('%#####')} — Kategória: Vízvezeték — Prioritás: sürgős\n",
      "Bejelentő: ", N(p.full), " (bérlő)\n",
      "Cím: ", A(f"{p.addr}, {c.ri(1, 6)}. emelet {c.ri(1, 12)}. ajtó"), "\n",
      "Telefon: ", P(p.phone), "\nE-mail: ", E(p.email), "\n\n",
      "Leírás: A fürdőszobában szivárog a mosdó alatti cső, a szekrény alja már teljesen vizes. ",
      "Hétköznap 17 óra után vagyok otthon. Ha nem vagyok itthon, a szomszéd, ", N(nb.full), ", beengedi a szerelőt (",
      P(nb.phone), ").\n\n",
      "--- Belső megjegyzés (", N(ag.full), ") ---\n",
      "Szerelő: Kovács és Társa Víz-Gáz Kft., holnap 8–10 között. Pótkulcs a budaörsi irodában.\n",
      "Tulajdonos értesítve: ", N(own.full), ", ", E(own.email), f". Költségkeret: {c.ri(15, 90)} 000 Ft.\n")
    return b.text()


@_tpl("letting.pipe-rows-in-ticket.en-SG")
def _let_pipe_sg(c):
    b = _B()
    b(f"Pasted from the rent ledger ({c.ch(_MONTHS['en'])} 2026) — pls check why these are flagged overdue:\n\n",
      "| unit | tenant | contact | email | rent_sgd | due | paid | note |\n",
      "|------|--------|---------|-------|----------|-----|------|------|\n")
    origins = ["Penang", "Kuala Lumpur", "Jakarta", "Manila", "Chennai", "Shanghai", "Perth"]
    for _ in range(c.ri(3, 4)):
        p = c.person()
        k = c.ri(0, 2)
        b("| ", A(p.addr), " | ", N(p.full), " | ", P(p.phone), " | ", E(p.email),
          f" | {c.ri(18, 48)}00.00 | {c.ri(1, 28):02d}/{c.ri(1, 12):02d} | ")
        if k == 0:
            b(f"{c.ri(5, 30)}00.00 | partial, GIRO retry |\n")
        elif k == 1:
            b("0.00 | relocated from ", L(c.ch(origins)), ", first month |\n")
        else:
            b(f"0.00 | card ****{c.pat('####')} declined |\n")
    b("\nAll three are on auto-GIRO so probably the bank file — can finance confirm?\n")
    return b.text()


@_tpl("letting.dotenv-config.en-NZ")
def _let_env_nz(c):
    b = _B()
    b("# .env — tenant portal (production)\n# rotated 2026-02, ask ops before changing\n",
      "APP_ENV=production\nAPP_URL=https://portal.kiwilets.co.nz\n",
      f"APP_VERSION=2.{c.ri(10, 19)}.{c.ri(0, 9)}\nLOG_LEVEL=warning\n\n",
      f"DB_HOST={c.pip()}\nDB_PORT=5432\nDB_DATABASE=tenant_portal\nDB_USERNAME=portal\nDB_PASSWORD=", W(c.pw()), "\n\n",
      "MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=", E("postmaster@mg.kiwilets.co.nz"), "\nMAIL_PASSWORD=", W(c.pw()), "\n",
      "MAILGUN_SECRET=", K(c.key("mailgun")), "\n",
      "STRIPE_KEY=pk_live_", c.s(_B62, 24), "\nSTRIPE_SECRET=", K(c.key("stripe")), "\n",
      "GOOGLE_MAPS_KEY=", K(c.key("google")), "\n\n",
      "SUPPORT_PHONE=\"", P(c.phone(mobile=False, style="nat")), "\"\n",
      "ADMIN_EMAIL=", E("property@kiwilets.co.nz"), "\n",
      "TRUSTED_PROXIES=", I(c.ip4()), ",", I(c.ip4()), "\n",
      f"SESSION_LIFETIME={c.ch([60, 120, 240])}\n")
    return b.text()


# ---- parcel courier ----
@_tpl("courier.live-chat.en-GB")
def _cou_chat_gb(c):
    b, p, ag, nb = _B(), c.person(), c.person(), c.person(gender="F")
    pid = f"SD{c.pat('############')}GB"
    b(f"SwiftDrop Live Chat — conversation #{c.pat('%######')}\nVisitor: ", N(p.full), " (", E(p.email), ")\n",
      f"Page: /track?parcel={pid}\n---\n",
      N(ag.first), " (SwiftDrop): Hello, you're chatting with ", N(ag.first), ". How can I help?\n",
      N(p.first), ": hi my parcel says delivered but i never got it\n",
      N(ag.first), " (SwiftDrop): Sorry to hear that. Can you confirm the delivery address and a contact number?\n",
      N(p.first), ": ", A(p.addr), " — ", P(p.phone), "\n",
      N(ag.first), f" (SwiftDrop): Thanks. The driver's photo shows a blue door and the scan was at {c.ri(10, 17)}:{c.pat('##')} ",
      "from the Kingsway depot van. Could it have gone to a neighbour?\n",
      N(p.first), ": oh maybe ", N(nb.first), f" at number {c.ri(1, 90)}, she's usually in\n",
      N(ag.first), f" (SwiftDrop): I've opened claim CLM-{c.pat('%#######')}. You'll get an email at ", E(p.email),
      " within 24h. Anything else?\n", N(p.first), ": no thats all ta\n")
    return b.text()


@_tpl("courier.web-access-log.sk-SK")
def _cou_log_sk(c):
    b, p = _B(), c.person()
    q = urllib.parse.quote_plus
    t0 = c.dt()
    zas = f"SK{c.pat('##########')}"
    ua = "\"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36\""

    def ts(k):
        return (t0 + _dt.timedelta(seconds=23 * k)).strftime("[%d/%b/%Y:%H:%M:%S +0100]")

    ip, ip2 = c.ip4(), c.ip6()
    b("# výpis z access logu track.swiftdrop.sk — tiket INC-", c.pat("#####"), "\n",
      I(ip), " - - ", ts(0), f" \"GET /sledovanie?zasielka={zas} HTTP/2.0\" 200 5120 \"-\" {ua}\n",
      I(ip2), " - - ", ts(1), f" \"GET /api/v2/zasielky/{zas}/stav HTTP/2.0\" 200 412 \"-\" \"SwiftDropApp/4.{c.ri(0, 9)}.{c.ri(0, 9)}\"\n",
      c.pip(), " - - ", ts(2), " \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n",
      I(ip), " - - ", ts(3), f" \"POST /zmena-adresy HTTP/2.0\" 302 0 \"https://track.swiftdrop.sk/sledovanie?zasielka={zas}\" {ua}\n",
      I(ip), " - - ", ts(4), " \"GET /potvrdenie?meno=", N(q(p.full)), "&email=", E(q(p.email)), "&tel=",
      P("".join(ch for ch in phonenumbers.format_number(p.num, phonenumbers.PhoneNumberFormat.NATIONAL) if ch.isdigit())),
      f" HTTP/2.0\" 200 1880 \"-\" {ua}\n",
      I(ip), " - - ", ts(5), f" \"GET /static/app.4.{c.ri(10, 30)}.0.{c.ri(100, 250)}.js HTTP/2.0\" 200 88121 \"-\" {ua}\n\n",
      "# aplikačný log k tomu istému požiadavku:\n",
      (t0 + _dt.timedelta(seconds=95)).strftime("%Y-%m-%d %H:%M:%S"), f" INFO zmena adresy zásielky {zas}: nová adresa ",
      A(p.addr), " (príjemca ", N(p.full), ", tel. ", P(p.phone), ")\n")
    return b.text()


@_tpl("courier.sms-thread.fi-FI")
def _cou_sms_fi(c):
    b, me, nb, dr = _B(), c.person(), c.person(), c.person(mob=1.0)
    d = c.dt()
    day = f"{d.day}.{d.month}.{d.year}"
    code = f"JJFI{c.pat('################')}"
    b(f"[{day} 9.02] SwiftDrop: Hei! Pakettisi {code} saapuu tänään klo 14–18. Seuraa: swdr.fi/t/{c.s(_B62, 7)}\n",
      f"[{day} 9.40] Minä: Voiko sen jättää naapurille? ", N(nb.full), ", ", A(nb.street_line), "\n",
      f"[{day} 9.41] SwiftDrop: Kiitos, toimitusohje päivitetty. Vastaa STOP lopettaaksesi viestit.\n",
      f"[{day} 14.22] ", P(c.fmt_phone(dr.num, c.ch(["nat", "intl"]))), " (kuljettaja ", N(dr.first), "): Olen ovella, mikä on ovikoodi?\n",
      f"[{day} 14.23] Minä: {c.pat('####')} ja sitten B-rappu\n",
      f"[{day} 14.31] SwiftDrop: Paketti {code} toimitettu. Vastaanottaja: ", N(nb.last.upper()), "\n")
    return b.text()


@_tpl("courier.notification-subjects.en-US")
def _cou_subj_us(c):
    b = _B()
    b(f"outbound-mail queue dump · host mta-{c.ri(1, 4)} · {c.dt().strftime('%Y-%m-%d')}\n")
    drv = c.person()
    rows = []
    for k in range(c.ri(5, 7)):
        p = c.person()
        kind = k % 5
        rows.append((p, kind))
    for p, kind in rows:
        b(f"{c.uuid()[:8]}  to=<", E(p.email), ">  subj=\"")
        if kind == 0:
            b(N(p.first), ", your SwiftDrop package is out for delivery\"\n")
        elif kind == 1:
            b("Delivery attempted — we'll try again tomorrow\"\n")
        elif kind == 2:
            b(f"Action needed: customs fee of ${c.ri(5, 60)}.{c.pat('#0')} for parcel SD{c.pat('##########')}US\"\n")
        elif kind == 3:
            b(N(p.first), ", how did ", N(drv.first), " do? Rate your delivery\"\n")
        else:
            b(f"Your return label RMA-{c.pat('######')} is ready (drop off by {c.dt().strftime('%m/%d')})\"\n")
    return b.text()


@_tpl("courier.json-lines.es-AR")
def _cou_jsonl_ar(c):
    b, p, dr, nb = _B(), c.person(), c.person(), c.person()
    guia = f"SD{c.pat('##########')}AR"
    t0 = c.dt()

    def ts(k):
        return (t0 + _dt.timedelta(hours=3 * k, minutes=c.ri(0, 59))).strftime("%Y-%m-%dT%H:%M:%S-03:00")

    b('{"evento":"entrega.intentada","guia":"', guia, '","destinatario":{"nombre":"', N(p.full), '","tel":"', P(p.phone),
      '","domicilio":"', A(p.addr), '"},"motivo":"ausente","chofer":"', N(dr.full),
      f'","gps":"-34.{c.pat("####")},-58.{c.pat("####")}","ts":"', ts(0), '"}\n',
      '{"evento":"entrega.reprogramada","guia":"', guia, '","nota":"llamar antes al ',
      P(c.fmt_phone(p.num, "intl")), '","franja":"14-18","ts":"', ts(1), '"}\n',
      '{"evento":"entrega.completada","guia":"', guia, '","recibio":"', N(nb.full),
      f'","dni_ult4":"{c.pat("####")}","firma_id":"{c.uuid()}","ts":"', ts(2), '"}\n',
      '{"evento":"webhook.error","guia":"', guia, f'","endpoint":"https://hooks.tiendaonline.com.ar/envios","status":401,',
      '"api_key":"', K(c.key(c.ch(["hex", "b62"]))), '","ts":"', ts(2), '"}\n')
    return b.text()


@_tpl("courier.email-quoted-greeklish.el-GR", latin=True)
def _cou_email_gr(c):
    b, p, old = _B(), c.person(), c.person()
    sd = f"SD{c.pat('##########')}GR"
    b("Apo: ", N(p.full), " <", E(p.email), ">\n",
      "Pros: ", E("exypiretisi@swiftdrop.gr"), "\n",
      f"Thema: RE: Apostoli {sd} - lathos dieuthynsi\n\n",
      "Kalispera sas,\nto dema den exei paradothei akoma. H swsth dieuthynsh einai:\n",
      A("\n".join(p.addr_lines)), "\n",
      "tilefono: ", P(p.phone), "\n",
      "Eyxaristw,\n", N(p.first), "\n\n",
      "> Apo: SwiftDrop Exypiretisi Pelatwn\n",
      "> Agapite/h ", N(p.last), ",\n",
      "> h apostolh sas epestrepse sto katasthma Kalamarias giati h dieuthynsh htan ellipis:\n")
    b.q_addr(old.addr_lines)
    b("> Parakaloume apanthste me thn swsth dieuthynsh entos 5 ergasimwn.\n")
    return b.text()


# ---- school parent portal ----
@_tpl("school.email-reply.fr-CA")
def _sch_email_ca(c):
    b, p, kid, sec, tea = _B(), c.person(), c.person(gender="F"), c.person(gender="F"), c.person(gender="F")
    d = c.dt()
    kid_full = f"{kid.first} {p.last}"
    b("De : ", N(p.full), " <", E(p.email), ">\n",
      "À : Secrétariat – École primaire du Boisé <", E("secretariat@ecole-du-boise.qc.ca"), ">\n",
      "Objet : RE: Absence de ", N(kid.first), f" — {d.day} {_MONTHS['fr'][d.month - 1]}\n\n",
      "Bonjour Mme ", N(tea.last), ",\n\n",
      N(kid.first), " avait un rendez-vous chez le dentiste ce matin, elle revient après le dîner. ",
      "Aussi, nous avons déménagé : notre nouvelle adresse est le ", A(p.addr), " et mon cellulaire est le ", P(p.phone), ".\n\n",
      "Merci et bonne journée,\n", N(p.first), "\n\n",
      f"> Le {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} à 08:{c.ri(10, 59)}, Secrétariat – École primaire du Boisé a écrit :\n",
      "> Bonjour,\n",
      "> Nous avons noté l'absence de ", N(kid_full), f" (groupe {c.ri(1, 6)}0{c.ri(1, 3)}) ce matin.\n",
      "> Merci de motiver l'absence sur le portail ou par téléphone au ", P(c.phone(mobile=False, style="nat")),
      f", poste {c.ri(2, 9)}.\n",
      "> ", N(sec.full), ", secrétaire\n")
    return b.text()


@_tpl("school.enrolment-form-kv.en-US")
def _sch_kv_us(c):
    b, p, p2, kid, gp, nb = (_B(), c.person(gender="F"), c.person(gender="M"), c.person(min_age=6, max_age=11),
                             c.person(min_age=60), c.person())
    b(f"# enrollment_export.txt — Lincoln Elementary — exported {c.dt().strftime('%Y-%m-%d')}\n",
      "student_first_name=", N(kid.first), "\nstudent_last_name=", N(p.last), "\n",
      "student_dob=", D(kid.dob.isoformat()), f"\ngrade={c.ri(1, 5)}\nhomeroom={c.ri(1, 5)}{c.ch('ABC')}\n",
      "guardian1_name=", N(p.full), "\nguardian1_relationship=mother\nguardian1_phone=", P(p.phone), "\n",
      "guardian1_email=", E(p.email), "\n",
      "guardian2_name=", N(p2.full), "\nguardian2_phone=", P(p2.phone), "\n",
      "home_address=", A(p.addr), "\n",
      f"allergies={c.ch(['peanuts', 'none', 'penicillin', 'tree nuts, shellfish'])}\n",
      "pickup_authorized=", N(gp.full), ";", N(nb.full), "\n",
      f"bus_route={c.ri(1, 30)}\nlunch_account_balance={c.ri(0, 60)}.{c.pat('#0')}\n",
      "portal_username=", E(p.email), "\nportal_password=", W(c.pw()), "\n",
      "last_login_ip=", I(c.ip4()), f"\nlast_login_at={_t(c, '%Y-%m-%dT%H:%M:%S')}\n")
    return b.text()


@_tpl("school.slack-export.en-NZ")
def _sch_slack_nz(c):
    b, t1, t2, it, kid, kid2 = _B(), c.person(), c.person(), c.person(), c.person(gender="M"), c.person()
    dest = c.town()[0]
    mum = c.person(gender="F", mob=1.0)
    b(f"#year4-teachers  (Slack export, {c.dt().strftime('%Y-%m-%d')})\n\n",
      N(t1.full), "  8:12 AM\nHeads up — ", N(kid.full), "'s mum rang, he's off sick today. Her number if anyone needs it: ",
      P(mum.phone), "\n\n",
      N(t2.full), "  8:15 AM\nThanks! Also ", N(f"{kid2.first} {kid2.last[0]}."), " is moving to ", L(dest),
      " at the end of term, parents confirmed by email\n\n",
      N(t1.full), "  8:16 AM\n:+1: I'll update the roll. Is the parent portal still down?\n\n",
      N(it.full), f"  8:20 AM\nBack up now — expired cert on {c.pip()}. Version 3.{c.ri(10, 30)}.{c.ri(0, 9)} rolled out overnight\n\n",
      N(t2.full), "  8:22 AM\nSweet. Reminder: camp forms to ", E("office@kowhaischool.school.nz"), " by Friday 🙏\n")
    return b.text()


@_tpl("school.ocr-permission-slip.id-ID")
def _sch_ocr_id(c):
    b, p, kid = _B(), c.person(), c.person(min_age=8, max_age=12)
    kid_full = f"{kid.first} {p.last}" if c.p_(0.3) else kid.full
    birth = c.town()[0]
    b("SD NEGERI 3 BANDUNG\n", "SURAT IZIN 0RANG TUA / WALl\n",
      f"Kegiatan : Karyawisata ke Museum Geologi, {c.fmt_date(c.dt().date(), 'id-ID', 'long')}\n\n",
      "Yang bertanda tangan di bawah ini :\n",
      "Nama Orang Tua/Wali : ", N(p.full), "\n",
      "No. HP / WA        : ", P(p.phone), "\n",
      "Alamat             : ", A(p.addr), "\n",
      "memberikan izin kepada anak saya :\n",
      "Nama Siswa         : ", N(kid_full), "\n",
      f"Kelas              : {c.ri(3, 6)}{c.ch('ABC')}\n",
      "Tempat/Tgl. Lahir  : ", L(birth), ", ", D(c.fmt_date(kid.dob, "id-ID")), "\n",
      f"Riwayat penyakit   : {c.ch(['asma ringan', '-', 'alergi udang', 'tidak ada'])}\n",
      "Biaya Rp 75.000 sudah dibayar [v]\n\n",
      "Tanda tangan,\n  ( ", N(p.full), " )\n")
    return b.text()


@_tpl("school.whatsapp-parents.es-CO")
def _sch_wa_co(c):
    b, m1, dad, kid, kid2, tea = (_B(), c.person(gender="F"), c.person(gender="M", mob=1.0), c.person(gender="M"),
                                  c.person(), c.person(gender="F"))
    d = c.dt()
    day = f"{d.day}/{d.month:02d}/{d.year % 100}"
    n1, n2 = c.phone(style="intl"), c.phone(style="intl")
    b(f"[{day}, 7:41:12 p. m.] ", N(m1.full), ": Buenas noches papitos, alguien sabe si mañana hay clase normal?\n",
      f"[{day}, 7:43:55 p. m.] ", P(n1), ": Sí hay, la reunión con la profe ", N(tea.first), " es el jueves a las 6:30\n",
      f"[{day}, 7:45:02 p. m.] ", N(m1.full), ": Gracias!! 🙏\n",
      f"[{day}, 7:50:30 p. m.] ", N(dad.full), ": Recuerden que el bazar es el sábado en el Colegio San José, cancha cubierta\n",
      f"[{day}, 7:52:18 p. m.] ", N(dad.full), ": Si alguien puede recoger a ", N(kid.first),
      " mañana le agradezco, yo salgo tarde del turno. Vivimos en ", A(dad.addr), "\n",
      f"[{day}, 7:55:40 p. m.] ", P(n2), ": Yo lo llevo, soy la mamá de ", N(kid2.first), ". Mi número es este mismo\n",
      f"[{day}, 7:56:03 p. m.] ", N(dad.full), ": Mil gracias!! cualquier cosa al ", P(dad.phone), "\n")
    return b.text()


@_tpl("school.bulletin-no-pii.en-GB")
def _sch_bulletin_gb(c):
    b = _B()
    b(f"St Aidan's C of E Primary — Week {c.ri(2, 14)} bulletin\n\n",
      "• Term dates: autumn half-term 27–31 October; INSET day Monday 3 November.\n",
      "• Year 5 swimming moves to Thursdays at Abbey Leisure Centre — kits in a named bag please.\n",
      f"• Parents' evening booking opens 09:00 on {c.ri(1, 28)}/11 via the parent portal (v4.{c.ri(0, 9)}.{c.ri(0, 9)}).\n",
      f"• Fundraising: £{c.ri(600, 2400)}.{c.pat('#0')} raised at the Macmillan coffee morning — thank you!\n",
      "• Uniform: Marks & Spencer school range is accepted alongside the logo items.\n",
      f"• Room changes: 5K → Room {c.ri(4, 20)}, 6H → Library annex.\n",
      f"• Lunch: Week {c.ri(1, 3)} menu, fish on Friday, £2.{c.ri(40, 90)} per meal for KS2.\n",
      f"• Ofsted URN {c.pat('1#####')} · DfE {c.pat('###/####')} · office ext. {c.ri(200, 260)}\n",
      "• Reminder: we are a nut-free school.\n")
    return b.text()


# ---- charity donors ----
@_tpl("charity.crm-notes.en-GB")
def _cha_notes_gb(c):
    b, p, ag, sp, dau = _B(), c.person(gender="F", min_age=55), c.person(), c.person(gender="M"), c.person(gender="F")
    dest = c.town()[0]
    card = c.card()
    b("Supporter record: ", N(f"{p.last}, {p.first}"), f" (ID 100{c.pat('#####')})\n",
      f"Gift Aid: yes (declaration {c.dt().strftime('%Y-%m-%d')})   Preferred contact: phone\n",
      "Address: ", A(p.addr), "\nTel: ", P(p.phone), "   Email: ", E(p.email), "\n",
      "DOB (legacy team): ", D(p.dob_s), "\n\nInteractions\n",
      f"- {c.dt().strftime('%d/%m/%Y')} call (agent ", N(ag.full), f"): {p.title} ", N(p.last),
      " upgraded her monthly DD from £10 to £15. Mentioned her late husband ", N(f"{sp.first} {p.last}"),
      " was cared for at St Luke's Hospice.\n",
      f"- {c.dt().strftime('%d/%m/%Y')} email from ", E(p.email), ": asked to stop raffle mailings. Suppressed (code RM2).\n",
      f"- {c.dt().strftime('%d/%m/%Y')} note: moving to ", L(dest), " in the summer to be near her daughter ",
      N(dau.first), ".\n",
      f"- Raffle card on file: {card['masked']}, exp {card['exp']} (token tok_{c.s(_B62, 14)})\n")
    return b.text()


@_tpl("charity.csv-export.de-CH")
def _cha_csv_ch(c):
    b, col, snd = _B(), c.person(), c.person()
    b("Hallo ", N(col.first), "\n\nHier der Export der Spenderinnen und Spender mit zurückgewiesener LSV-Belastung ",
      f"({c.ch(_MONTHS['de'])}). Kannst du die bitte anrufen?\n\n",
      "Spender-Nr;Vorname;Nachname;Adresse;IBAN;Geburtsdatum;E-Mail;Betrag CHF;Grund\n")
    for _ in range(c.ri(3, 5)):
        p = c.person()
        b(f"{c.pat('1####')};", N(p.first), ";", N(p.last), ";", A(p.addr), ";", G(c.iban("CH", False)), ";",
          D(p.dob.strftime("%d.%m.%Y")), ";", E(p.email),
          f";{c.ch(['20.00', '50.00', '30.00', '100.00'])};{c.ch(['AC04 Konto saldiert', 'MS03 kein Grund', 'AM04 Deckung'])}\n")
    b("\nGruss\n", N(snd.first), "\n")
    return b.text()


@_tpl("charity.email-forwarded.en-IE")
def _cha_fwd_ie(c):
    b, col, snd, p, dau = _B(), c.person(), c.person(), c.person(gender="F", min_age=60), c.person(gender="F")
    card = c.card(c.ch(["Visa", "Mastercard"]))
    b(N(col.first), " — forwarding this one; the donor put her full card number in the email. Please process it over the phone and ",
      "then delete the email from the shared inbox. ", N(snd.first), "\n\n",
      "-------- Forwarded Message --------\nSubject: Donation for the Christmas appeal\n",
      f"Date: {c.dt().strftime('%a, %d %b %Y %H:%M:%S')} +0000\n",
      "From: ", N(p.full), " <", E(p.email), ">\nTo: ", E("donations@openhands.ie"), "\n\n",
      f"Hello,\nI'd like to give €{c.ch(['50', '100', '150', '250'])} to the appeal. My card is ", C(card["num"]),
      f" exp {card['exp']} and the code on the back is {card['cvv']}.\n",
      "Name on card ", N(p.full.upper()), ". Billing address ", A(p.addr), ".\n",
      "Please send the receipt to my daughter ", N(dau.full), " at ", E(dau.email), " as she does my tax returns.\n",
      "Phone me on ", P(p.phone), " if there is any problem.\nGod bless,\n", N(p.first), "\n")
    return b.text()


@_tpl("charity.telethon-transcript.en-ZA")
def _cha_stt_za(c):
    b, p, ag = _B(), c.person(), c.person()
    card = c.card(c.ch(["Visa", "Mastercard"]), " ")
    b(f"[auto transcript · telethon line {c.ri(1, 12)} · {c.dt().strftime('%H:%M:%S')}]\n",
      "agent: good evening you're through to the open hands telethon my name is ", N(ag.first.lower()),
      " who am i speaking to\n",
      "caller: hi it's ", N(p.full.lower()), " from ", L(p.town.lower()), "\n",
      "agent: thank you so much for calling how much would you like to give tonight\n",
      f"caller: {c.ch(['five hundred', 'two hundred', 'one thousand'])} rand please on my card\n",
      "agent: go ahead with the card number when you're ready\n",
      "caller: ", C(card["num"]), "\n",
      f"agent: and the expiry\ncaller: {card['exp'].replace('/', ' ')}\n",
      "agent: can i get a number to send the sms receipt to\n",
      "caller: ", P(c.fmt_phone(p.num, c.ch(["nat", "spaced"]))), "\n",
      "agent: and an email for the section 18a certificate\n",
      "caller: ", E(p.email), "\n",
      "agent: lovely thank you ", N(p.first.lower()), " enjoy the rest of the show\n")
    return b.text()


@_tpl("charity.json-lines.hu-HU")
def _cha_jsonl_hu(c):
    b, p1, p2, p3 = _B(), c.person(), c.person(), c.person()
    t0 = c.dt()

    def ts(k):
        return (t0 + _dt.timedelta(minutes=7 * k)).strftime("%Y-%m-%dT%H:%M:%S+02:00")

    b('{"ts":"', ts(0), '","esemeny":"adomany.sikeres","adomanyozo":{"nev":"', N(p1.full), '","email":"', E(p1.email),
      '","telefon":"', P(p1.phone), f'"}},"osszeg":{c.ch([2000, 5000, 10000])},"penznem":"HUF","kampany":"tavaszi-2026","ip":"',
      I(c.ip4()), '"}\n',
      '{"ts":"', ts(1), '","esemeny":"adomany.sikertelen","adomanyozo":{"nev":"', N(p2.full), '","email":"', E(p2.email),
      f'"}},"hiba":"kartya elutasitva","kartya":"**** {c.pat("####")}","ip":"', I(c.ip6()), '"}\n',
      '{"ts":"', ts(2), '","esemeny":"hirlevel.feliratkozas","email":"', E(c.person().email), '","ip":"', c.pip(), '"}\n',
      '{"ts":"', ts(3), '","esemeny":"szja1szazalek.nyilatkozat","adomanyozo":{"nev":"', N(p3.full),
      '","szuletesi_datum":"', D(p3.dob.strftime("%Y.%m.%d")), '","lakcim":"', A(p3.addr), '"}}\n',
      '{"ts":"', ts(4), f'","esemeny":"rendszer.verzio","verzio":"2.{c.ri(0, 9)}.{c.ri(0, 30)}","szerver":"', c.pip(), '"}\n')
    return b.text()


@_tpl("charity.teams-chat.sk-SK")
def _cha_teams_sk(c):
    b, a, bb, p, son = _B(), c.person(), c.person(), c.person(gender="F", min_age=55), c.person(gender="M")
    origin = c.town()[0]
    d = c.dt()
    b(f"Teams · Fundraising SK · {d.day}. {d.month}. {d.year}\n\n",
      N(a.full), " 09:12\nAhoj, volala pani ", N(p.last), " – chce zmeniť trvalý príkaz. Nový účet: ",
      G(c.iban(c.ch(["AT", "DE"]))), "\n\n",
      N(bb.full), " 09:15\nOk, pošli mi jej údaje, zmením to v CRM.\n\n",
      N(a.full), " 09:16\n", N(p.full), ", ", A(p.addr), ", tel. ", P(p.phone), ", nar. ", D(p.dob_s), "\n\n",
      N(bb.full), " 09:20\nVďaka, zmenené. Potvrdenie ide na ", E(p.email), "\n\n",
      N(a.full), " 09:21\n👍 ešte spomínala, že je pôvodom z mesta ", L(origin), " a syn ", N(son.first),
      " jej pomáha s internetbankingom\n")
    return b.text()


# ---- veterinary clinic ----
_PETS = ["Bella", "Max", "Luna", "Charlie", "Cooper", "Daisy", "Milo", "Bailey", "Rocky", "Molly", "Teddy", "Oscar"]


@_tpl("vet.sms-thread.en-US")
def _vet_sms_us(c):
    b, p, vet = _B(), c.person(mob=1.0), c.person()
    pet, pet2 = c.ch(_PETS), c.ch(_PETS[::-1])
    clinic = c.phone(mobile=False, style="nat")
    b("Paws & Claws Animal Hospital (", P(clinic), ") ⇄ ", P(p.phone), "\n\n",
      "03/02 9:00 AM  Clinic: Hi ", N(p.first), f"! {pet} is due for rabies + DHPP boosters. Book at pawsclaws.vet/book or call ",
      P(clinic), ".\n",
      "03/02 9:47 AM  ", N(p.first), f": Can we do Saturday? Also {pet2} has been scratching a lot\n",
      "03/02 10:05 AM  Clinic: Sat 3/7 at 10:20 with Dr. ", N(vet.last), f" works. We'll check {pet2}'s skin too. Reply C to confirm.\n",
      "03/02 10:06 AM  ", N(p.first), ": C\n",
      f"03/07 11:32 AM  Clinic: {pet} & {pet2} are all done 🐾 Total ${c.ri(90, 480)}.{c.pat('#0')} charged to card ending ",
      f"{c.pat('####')}. Receipt sent to ", E(p.email), ".\n")
    return b.text()


@_tpl("vet.ticket-internal-note.pt-BR")
def _vet_ticket_br(c):
    b, p, ag, vet = _B(), c.person(gender="F"), c.person(), c.person(gender="F")
    pet = c.ch(["Mel", "Thor", "Luna", "Pipoca", "Nina", "Bolinha"])
    b(f"Chamado #VET-{c.pat('%#####')} — Canal: formulário do site — Assunto: Cobrança em duplicidade\n",
      "Nome: ", N(p.full), "\nE-mail: ", E(p.email), "\nTelefone: ", P(p.phone), "\nEndereço: ", A(p.addr), "\n\n",
      f"Mensagem: Boa tarde, levei a {pet} (gata, 4 anos) para castração no dia {c.dt().strftime('%d/%m')} e fui cobrada ",
      f"duas vezes no cartão final {c.pat('####')} (R$ {c.ri(3, 9)}{c.pat('#0')},00 cada). Podem estornar?\n\n",
      "--- Nota interna (", N(ag.full), ") ---\n",
      f"Confirmado no adquirente: duas capturas, NSU {c.pat('00####')} e {c.pat('00####')}. Estorno solicitado. ",
      "Veterinária responsável: Dra. ", N(vet.full), ".\n",
      "Senha do portal do tutor redefinida para a temporária ", W(c.pw()), " — enviar por SMS e pedir troca no primeiro acesso.\n")
    return b.text()


@_tpl("vet.ocr-form.cs-CZ")
def _vet_ocr_cz(c):
    b, p = _B(), c.person()
    pet = c.ch(["Rex", "Bára", "Ferda", "Aron", "Bety", "Micka"])
    b("VETERINÁRNÍ KLINIKA U SV. FRANTIŠKA\nREGISTRACE MAJITELE ZVÍŘETE          č. karty: ", c.pat("%####"), "\n\n",
      "Jméno a příjmení : ", N(p.full), "\n",
      "Datum narozeni: ", D(p.dob_s), "\n",
      "Adresa : ", A(p.addr), "\n",
      "Telefon: ", P(p.phone), "     E-mail: ", E(p.email), "\n",
      f"Zvíře: {c.ch(['pes', 'kočka'])}    Jméno zvířete: {pet}    Plemeno: {c.ch(['labrador', 'kříženec', 'bígl', 'evropská krátkosrstá'])}\n",
      f"Číslo čipu: 203{c.pat('############')}\n",
      f"Poslední očkování: {c.ri(1, 28)}. {c.ri(1, 12)}. 2025\n",
      "[X] Souhlasím se zpracováním osobních údajů.     Podpis: ______\n")
    return b.text()


@_tpl("vet.crm-notes.el-GR")
def _vet_notes_gr(c):
    b, p = _B(), c.person(gender="F")
    pet = c.ch(["Ρεξ", "Λούλης", "Μπόμπυ", "Λάικα", "Ζιζή"])
    b("Πελάτης: ", N(p.full), f" — Κατοικίδιο: {pet} (σκύλος, Λαμπραντόρ, {c.ri(2, 12)} ετών)\n",
      "Τηλ.: ", P(p.phone), " | Email: ", E(p.email), "\n",
      "Διεύθυνση για αποστολή φαρμάκων: ", A(p.addr), "\n\nΣημειώσεις:\n",
      f"— {c.dt().strftime('%d/%m')}: Η κα ", N(p.last), f" τηλεφώνησε, ο {pet} κουτσαίνει από χθες. Ραντεβού Πέμπτη 18:00.\n",
      f"— {c.dt().strftime('%d/%m')}: Ταξιδεύει στη ", L(c.ch(["Γερμανία", "Ιταλία", "Κύπρο"])),
      " τον Ιούλιο — χρειάζεται διαβατήριο ζώου και αντιλυσσικό.\n",
      f"— Εξόφληση {c.ri(30, 180)},00 € με κάρτα **** {c.pat('####')}. Αρ. τσιπ 300{c.pat('############')}.\n")
    return b.text()


@_tpl("vet.live-chat.en-SG")
def _vet_chat_sg(c):
    b, p, nurse = _B(), c.person(mob=1.0), c.person(gender="F")
    pet = c.ch(["Mochi", "Kopi", "Oreo", "Snowy", "Mimi"])
    d = c.dt()
    b(f"Live chat — Tanglin Vet Centre (web widget) · Visitor {c.pat('####')} · {d.strftime('%d %b %Y')}\n\n",
      "[21:14] ", N(p.full), f": hi, my cat {pet} just chewed a lily leaf, is it urgent?\n",
      "[21:15] Nurse ", N(nurse.first), ": Yes, lilies are very toxic to cats. Please bring her in now, we're open 24h. ",
      "May I have your name and mobile?\n",
      "[21:15] ", N(p.full), ": ", N(p.full), ", ", P(p.phone), "\n",
      "[21:16] Nurse ", N(nurse.first), ": Thank you. Where are you coming from?\n",
      "[21:16] ", N(p.full), ": ", L(p.town), ", maybe 25 min by grab\n",
      "[21:17] Nurse ", N(nurse.first), ": Ok, bring the plant if you can. Emergency consult is S$180 before GST.\n",
      "[21:17] ", N(p.full), ": ok omw 🙏 please email the estimate to ", E(p.email), "\n")
    return b.text()


@_tpl("vet.app-log.en-PH")
def _vet_log_ph(c):
    b, p, p2 = _B(), c.person(), c.person()
    t0 = c.dt()
    pet = c.ch(_PETS)

    def ts(k):
        return (t0 + _dt.timedelta(seconds=19 * k)).strftime("[%Y-%m-%d %H:%M:%S]")

    b(ts(0), f" booking-svc INFO  new appointment appt_id={c.pat('%####')} clinic=QC-Cubao owner=\"", N(p.full),
      "\" mobile=", P(p.phone), f" pet=\"{pet}\" species=dog\n",
      ts(1), " booking-svc INFO  sms queued to=", P(c.fmt_phone(p.num, "e164")), " template=appt_confirm\n",
      ts(2), " auth-svc    WARN  failed login user=", E(p2.email), " ip=", I(c.ip4()), " attempts=3\n",
      ts(3), " auth-svc    INFO  password reset requested user=", E(p2.email), "\n",
      ts(4), " payments    ERROR gateway 401 invalid secret key=", K(c.key("stripe")), "\n",
      ts(5), f" payments    DEBUG card tokenised brand=visa last4={c.pat('####')} exp={c.pat('0%')}/{c.ri(27, 31)}\n",
      ts(6), f" api-gw      INFO  GET /v2/owners/{c.pat('%###')} 200 from {c.pip()} v=3.{c.ri(0, 9)}.{c.ri(0, 20)}\n")
    return b.text()


# ---- recruitment agency ----
@_tpl("recruit.email-reply-signature.en-US")
def _rec_email_us(c):
    b, p, rec, r1, r2 = _B(), c.person(), c.person(), c.person(), c.person()
    dest = c.ch(["Chicago", "Denver", "Austin", "Seattle", "Atlanta", "Boston"])
    work = f"{_ascii(rec.first).lower()}.{_ascii(rec.last).lower()}@talentbridge.com"
    d = c.dt()
    b("From: ", N(p.full), " <", E(p.email), ">\nTo: ", N(rec.full), " <", E(work), ">\n",
      "Subject: Re: Senior Data Analyst role – next steps\n\n",
      "Hi ", N(rec.first), ",\n\nThanks for the call. As requested: I'm currently in ", L(p.town),
      f", {p.extra}, but happy to relocate to ", L(dest), f" for the right role. Current base is ${c.ri(90, 160)}k, ",
      "notice period 3 weeks. Best number is ", P(p.phone), ".\n\nReferences:\n",
      "- ", N(r1.full), ", former manager at Acme Analytics, ", P(r1.phone), "\n",
      "- ", N(r2.full), ", ", E(r2.email), "\n\nThanks,\n", N(p.full), "\n\n",
      f"On {d.strftime('%a, %b %d, %Y')}, ", N(rec.full), " <", E(work), "> wrote:\n",
      "> Hi ", N(p.first), ", great speaking earlier. Could you send your current location, salary expectations and two references?\n",
      "> ", N(rec.full), " | Senior Recruiter, Talentbridge Partners\n",
      "> ", A("401 N Michigan Ave, Suite 1200, Chicago, IL 60611"), "\n",
      "> ", P(c.phone(mobile=False, style="nat")), "\n")
    return b.text()


@_tpl("recruit.call-notes.en-SG")
def _rec_notes_sg(c):
    b, p, rec, ref = _B(), c.person(mob=1.0), c.person(), c.person()
    origin = c.ch(["Ipoh", "Penang", "Kuala Lumpur", "Chennai", "Cebu", "Xiamen"])
    b("Candidate: ", N(p.full), " | Mobile: ", P(p.phone), " | Email: ", E(p.email), "\n",
      "Role: Regional Finance Manager (client confidential, Raffles Place office)\n",
      f"Call notes {c.dt().strftime('%d/%m')} (", N(rec.first), "):\n",
      "- Currently FP&A lead at a local bank, 9 yrs exp, CPA (Aust.)\n",
      "- Lives in ", L(p.town), ", 2 kids, prefers hybrid 3/2\n",
      "- Originally from ", L(origin), ", PR since 2015\n",
      f"- Expected S${c.ri(11, 18)},{c.pat('#00')}/mth; current S${c.ri(9, 14)},{c.pat('#00')} + AWS + VB\n",
      f"- Available from 1 {c.ch(['Jun', 'Jul', 'Aug'])} (2 months notice). NRIC not collected.\n",
      "- Referee: ", N(ref.full), " (", P(ref.phone), "), ex-manager\n")
    return b.text()


@_tpl("recruit.application-form.vi-VN")
def _rec_form_vn(c):
    b, p, ref = _B(), c.person(), c.person()
    birth = c.town()[0]
    b(f"ĐƠN ỨNG TUYỂN — Vị trí: Nhân viên kinh doanh (Mã tin: TB-HCM-{c.pat('####')})\n",
      "Họ và tên: ", N(p.full), "\n",
      "Ngày sinh: ", D(p.dob_s), "\n",
      "Nơi sinh: ", L(birth), "\n",
      "Địa chỉ thường trú: ", A(p.addr), "\n",
      "Số điện thoại: ", P(p.phone), "\n",
      "Email: ", E(p.email), "\n",
      "Trình độ: Cử nhân, Đại học Kinh tế TP.HCM\n",
      f"Kinh nghiệm: {c.ri(1, 8)} năm tại Công ty TNHH Minh Phát\n",
      f"Mức lương mong muốn: {c.ri(12, 35)}.000.000 VNĐ\n",
      "Người giới thiệu: ", N(ref.full), " — ", P(ref.phone), "\n")
    return b.text()


@_tpl("recruit.yaml-config.en-IE")
def _rec_yaml_ie(c):
    b, p1, p2 = _B(), c.person(), c.person()
    b("# ats-sync.yaml — Talentbridge Dublin office\n",
      "ats:\n  vendor: greenhouse\n  base_url: https://harvest.greenhouse.io/v1\n  api_key: ", K(c.key(c.ch(["hex", "b62"]))), "\n",
      "job_boards:\n  irishjobs:\n    username: ", E("feeds@talentbridge.ie"), "\n    password: ", W(c.pw()), "\n",
      "notifications:\n  slack_token: ", K(c.key("slack")), "\n  escalation:\n",
      "    - name: ", N(p1.full), "\n      email: ", E(p1.email), "\n      mobile: \"", P(p1.phone), "\"\n",
      "    - name: ", N(p2.full), "\n      email: ", E(p2.email), "\n",
      f"retention:\n  delete_after_days: {c.ch([365, 730, 1095])}\n  last_run: {_t(c, '%Y-%m-%dT%H:%M:%SZ')}\n",
      f"sync:\n  version: 1.{c.ri(0, 9)}.{c.ri(0, 30)}\n  proxy: {c.pip()}:3128\n")
    return b.text()


@_tpl("recruit.stt-transcript.fr-CA")
def _rec_stt_ca(c):
    b, p, rec = _B(), c.person(), c.person(gender="F")
    dest = c.town()[0]
    while dest == p.town:
        dest = c.town()[0]
    spoken = f"{p.dob.day} {_MONTHS['fr'][p.dob.month - 1]} {p.dob.year}"
    b(f"[transcription automatique — entrevue téléphonique — {_t(c)}]\n",
      "recruteuse: bonjour c'est ", N(rec.first.lower()), " de talentbridge je parle bien à ", N(p.full.lower()), "\n",
      "candidat: oui c'est moi\n",
      "recruteuse: parfait vous habitez toujours à ", L(p.town.lower()), "\n",
      "candidat: oui mais je déménage à ", L(dest.lower()), " en juin\n",
      "recruteuse: d'accord et votre date de naissance pour la vérification des antécédents\n",
      "candidat: le ", D(spoken), "\n",
      "recruteuse: et le meilleur numéro pour vous joindre\n",
      "candidat: ", P(c.fmt_phone(p.num, c.ch(["nat", "spaced"]))), "\n",
      "recruteuse: votre courriel c'est bien ", E(p.email), "\n",
      "candidat: oui c'est ça\n",
      "recruteuse: parfait je vous envoie l'offre cet après-midi\n")
    return b.text()


@_tpl("recruit.slack-export.en-PH")
def _rec_slack_ph(c):
    b, a, bb, cc_, c1, c2, c3, ref = (_B(), c.person(), c.person(), c.person(), c.person(), c.person(), c.person(),
                                      c.person())
    b(f"#recruitment-ph — exported {c.dt().strftime('%Y-%m-%d')}\n\n",
      N(a.full), "  9:03 AM\nHi team! Shortlist for the BPO team lead role at the Cebu site:\n",
      "1. ", N(c1.full), " — ", P(c1.phone), " — currently in ", L(c1.town), "\n",
      "2. ", N(c2.full), " — ", E(c2.email), "\n",
      "3. ", N(f"{c3.first} {c3.last[0]}."), " — referred by ", N(ref.full), "\n\n",
      N(bb.full), "  9:10 AM\nThanks! ", N(c1.first), " already interviewed with us last year, rehire eligible\n\n",
      N(a.full), "  9:12 AM\nNoted. @channel the ATS login for the temp staff is recruit.temp / ", W(c.pw()),
      "\nplease change it after first use\n\n",
      N(cc_.full), "  9:15 AM\n:rotating_light: please don't post passwords here 🙏 rotating it now\n")
    return b.text()


# -- structured tables -----------------------------------------------------------------------------
_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a"]
_COUNTRY = {"en-US": "United States", "en-GB": "United Kingdom", "en-IE": "Ireland", "en-ZA": "South Africa",
            "en-NZ": "New Zealand", "en-SG": "Singapore", "en-PH": "Philippines", "nb-NO": "Norway", "fi-FI": "Finland",
            "hu-HU": "Hungary", "cs-CZ": "Czechia", "sk-SK": "Slovakia", "el-GR": "Greece", "id-ID": "Indonesia",
            "vi-VN": "Vietnam", "es-CO": "Colombia", "es-AR": "Argentina", "fr-CA": "Canada", "de-CH": "Switzerland",
            "pt-BR": "Brazil"}
_BIC = {"BR": ["BRASBRRJBHE", "ITAUBRSP", "BCBBBRDF"], "CH": ["UBSWCHZH80A", "ZKBKCHZZ80A", "RAIFCH22"],
        "GB": ["BARCGB22", "NWBKGB2L", "MIDLGB22"], "IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]}
_GDS_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _x(p, key, gen):
    """A per-row value drawn once and shared by the row's columns (card number and its last 4, ...)."""
    if key not in p.x:
        p.x[key] = gen()
    return p.x[key]


def _mk(c: _Ctx, ps, specs) -> list[Column]:
    cols = []
    for spec in specs:
        name, ent, fn = spec[:3]
        blank = spec[3] if len(spec) > 3 else 0.0
        ph = spec[4] if len(spec) > 4 else 0.0
        assert ent is None or ent in LABELS, name
        vals: list[str | None] = []
        for p in ps:
            if blank and c.p_(blank):
                vals.append(None)
            elif ph and c.p_(ph):
                vals.append(c.ch(_PLACEHOLDERS))
            else:
                v = fn(p)
                vals.append(None if v is None else str(v))
        cols.append(Column(name=name, entity=ent, values=vals))
    return cols


def _people(c: _Ctx, rows: int, tags, **kw):
    return [c.person(tag=c.ch(tags), **kw) for _ in range(rows)]


def _ts(c, fmt="%Y-%m-%d %H:%M:%S"):
    return c.dt().strftime(fmt)


def _bucket(p):
    y = p.dob.year // 10 * 10
    return f"{y}-{y + 9}"


def _tbl_airline_members(c, rows):
    ps = []
    for _ in range(rows):
        tag = c.ch(["en-GB", "en-SG", "el-GR", "es-CO", "nb-NO"])
        ps.append(c.person(tag=tag, latin=c.p_(0.5), mob=1.0))
    return _mk(c, ps, [
        ("member_no", None, lambda p: _mem(c)),
        ("MEMBER_NAME", PER, lambda p: p.full.upper() if c.p_(0.4) else p.full),
        ("givenName", PER, lambda p: p.first, 0.1),
        ("e_mail", EM, lambda p: p.email, 0.05),
        ("email_verified", None, lambda p: c.ch(["true", "false", "true"])),
        ("mobileNo", PH, lambda p: c.fmt_phone(p.num, "nat"), 0.15),
        ("phone_type", None, lambda p: c.ch(["mobile", "home", "work", "mobile"])),
        ("home_town", LOC, lambda p: p.town, 0.3, 0.03),
        ("country_of_residence", LOC, lambda p: _COUNTRY[p.tag]),
        ("DOB", DOB, lambda p: c.fmt_date(p.dob, p.tag, "num"), 0.2),
        ("birth_year_band", None, _bucket, 0.1),
        ("tier", None, lambda p: c.ch(["Blue", "Silver", "Gold", "Platinum"])),
        ("points_balance", None, lambda p: str(c.ri(0, 480000))),
        ("seat.pref", None, lambda p: c.ch(["aisle", "window", "no preference"]), 0.3),
        ("home_airport", None, lambda p: c.ch(_AIRPORTS)),
        ("c7", PER, lambda p: c.person(tag=p.tag, latin=p.first == p.first_l).full, 0.6),
        ("last_login_ip", IP, lambda p: c.ip4() if c.p_(0.75) else c.ip6(), 0.2),
        ("card_brand", None, lambda p: c.ch(["Visa", "Mastercard", "Amex"]), 0.25),
        ("enrolled_at", None, lambda p: _ts(c, "%Y-%m-%dT%H:%M:%SZ")),
    ])


def _tbl_airline_bookings(c, rows):
    ps = _people(c, rows, ["en-GB", "en-US", "es-CO", "nb-NO", "en-SG", "pt-BR"])

    def card(p):
        return _x(p, "card", lambda: c.card(sep=c.ch(["", " "])))

    return _mk(c, ps, [
        ("PNR", None, lambda p: _pnr(c)),
        ("pax_surname", PER, lambda p: _ascii(p.last).upper()),
        ("pax_first", PER, lambda p: _ascii(p.first).upper()),
        ("apis_dob", DOB, lambda p: f"{p.dob.day:02d}{_GDS_MON[p.dob.month - 1]}{p.dob.year % 100:02d}", 0.1),
        ("ContactEmail", EM, lambda p: p.email, 0.05),
        ("ContactPhone", PH, lambda p: c.fmt_phone(p.num, "e164"), 0.1),
        ("flight_no", None, lambda p: f"NV{c.ri(10, 999)}"),
        ("origin_iata", None, lambda p: c.ch(_AIRPORTS)),
        ("destination_city", LOC, lambda p: c.ch(_DEST)),
        ("fare_class", None, lambda p: c.ch("YBMHKLQVW")),
        ("ticket_number", None, lambda p: f"157-{c.pat('##########')}"),
        ("cardNumber", CC, lambda p: card(p)["num"], 0.35),
        ("card_last4", None, lambda p: card(p)["last4"]),
        ("card_expiry", None, lambda p: card(p)["exp"]),
        ("amount_paid", None, lambda p: f"{c.ri(60, 2400)}.{c.pat('#0')}"),
        ("currency", None, lambda p: c.ch(["GBP", "USD", "NOK", "COP", "SGD", "BRL", "EUR"])),
        ("booked_at", None, lambda p: _ts(c)),
        ("booking_ip", IP, lambda p: c.ip4() if c.p_(0.7) else c.ip6(), 0.15),
        ("emergency_contact", PER, lambda p: c.person(tag=p.tag).full, 0.45, 0.04),
    ])


def _tbl_bank_kyc(c, rows):
    ps = _people(c, rows, ["en-US"])
    uas = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
           "KestrelBank/7.4.2 (Android 14; Pixel 8)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15"]

    def ssn(p):
        return _x(p, "ssn", lambda: c.ssn(c.ch(["-", "-", ""])))

    return _mk(c, ps, [
        ("application_id", None, lambda p: f"APP-{c.pat('%######')}"),
        ("applicant_full_name", PER, lambda p: p.full),
        ("field_2", PER, lambda p: c.fk["en_US"].last_name(), 0.2),
        ("SSN", SSN, lambda p: ssn(p), 0.1),
        ("ssn_last4", None, lambda p: ssn(p)[-4:]),
        ("date_of_birth", DOB, lambda p: p.dob.strftime("%m/%d/%Y")),
        ("residential_address", ADDR, lambda p: p.addr),
        ("address_type", None, lambda p: c.ch(["residential", "mailing", "residential"])),
        ("City", LOC, lambda p: p.town),
        ("email", EM, lambda p: p.email),
        ("phone_primary", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "dots", "e164"])), 0.05),
        ("ext_routing_number", None, lambda p: c.routing(), 0.3),
        ("ext_account_number", BANK, lambda p: c.acct(), 0.3),
        ("online_banking_password", PW, lambda p: c.pw("en"), 0.5),
        ("password_hash", None, lambda p: c.bcrypt()),
        ("password_changed_at", None, lambda p: _ts(c, "%Y-%m-%dT%H:%M:%SZ"), 0.2),
        ("kyc_status", None, lambda p: c.ch(["approved", "pending_review", "rejected", "approved", "needs_docs"])),
        ("risk_score", None, lambda p: f"0.{c.pat('###')}"),
        ("id_doc_type", None, lambda p: c.ch(["drivers_license", "passport", "state_id"])),
        ("annual_income_usd", None, lambda p: str(c.ri(18, 320) * 1000), 0.15),
        ("submitted_at", None, lambda p: _ts(c)),
        ("user_agent", None, lambda p: c.ch(uas), 0.1),
    ])


def _tbl_marketplace_sellers(c, rows):
    ps = _people(c, rows, ["id-ID", "vi-VN", "en-PH"])
    shops = ["Dapur Bu Sri", "Toko Berkah Jaya", "Batik Pak Harun", "Shop Mẹ Bống", "Phụ Kiện Minh Anh",
             "Lola Nena's Kakanin", "Kuya Jun Gadgets", "Sumber Rejeki", "Gốm Bát Tràng Store", "Ate Rose Ukay-Ukay"]
    products = ["Kemeja Batik Pria", "Tai nghe Bluetooth TWS", "Ube Halaya 500g", "Sambal Bawang 200ml", "Áo thun cotton",
                "Phone case iPhone 15", "Tas Rajut Handmade", "Dried Mangoes 1kg"]
    return _mk(c, ps, [
        ("seller_id", None, lambda p: f"S{c.pat('%######')}"),
        ("shop_name", None, lambda p: c.ch(shops)),
        ("nama_pemilik", PER, lambda p: p.full),
        ("owner_first_name", PER, lambda p: p.first, 0.25),
        ("Email Address", EM, lambda p: p.email, 0.05),
        ("email_verified", None, lambda p: c.ch(["Y", "N", "Y", "Y"])),
        ("so_dien_thoai", PH, lambda p: c.fmt_phone(p.num, "nat"), 0.1),
        ("phone_type", None, lambda p: c.ch(["mobile", "whatsapp", "landline"])),
        ("pickup_address", ADDR, lambda p: p.addr, 0.15),
        ("kota", LOC, lambda p: p.town, 0.2),
        ("tempat_lahir", LOC, lambda p: c.town(p.tag)[0], 0.5, 0.03),
        ("warehouse", None, lambda p: c.ch(["WH-Jakarta-2", "WH-Surabaya-1", "WH-HCM-Q7", "WH-Cebu-1", "WH-Manila-3"])),
        ("category", None, lambda p: c.ch(["fashion", "electronics", "food", "home", "beauty"])),
        ("rating", None, lambda p: f"{c.ri(30, 50) / 10:.1f}"),
        ("gmv_30d", None, lambda p: f"{c.ri(100, 90000)}.{c.pat('#0')}"),
        ("top_product", None, lambda p: c.ch(products), 0.2),
        ("tax_id_masked", None, lambda p: f"**.***.{c.pat('###')}.{c.pat('#')}-***.000", 0.4),
        ("seller.apiKey", KEY, lambda p: "bzk_live_" + c.s(_B62, 32), 0.55),
        ("last_ip", IP, lambda p: c.ip4(), 0.2),
        ("joined_at", None, lambda p: _ts(c, "%d/%m/%Y")),
        ("seller_app_version", None, lambda p: f"{c.ri(5, 7)}.{c.ri(0, 30)}.{c.ri(0, 9)}", 0.1),
    ])


def _tbl_marketplace_payouts(c, rows):
    ps = _people(c, rows, ["pt-BR", "de-CH", "en-GB", "en-IE"])
    ccs = {"pt-BR": "BR", "de-CH": "CH", "en-GB": "GB", "en-IE": "IE"}

    def iban(p):
        return _x(p, "iban", lambda: c.iban(ccs[p.tag], c.p_(0.3)))

    return _mk(c, ps, [
        ("payout_id", None, lambda p: f"po_{c.s(_B62, 14)}"),
        ("beneficiary_name", PER, lambda p: p.full),
        ("titular_sobrenome", PER, lambda p: p.last, 0.1),
        ("IBAN", IBAN, iban),
        ("iban_last4", None, lambda p: iban(p).replace(" ", "")[-4:]),
        ("iban_verified", None, lambda p: c.ch(["true", "true", "false"])),
        ("bic", None, lambda p: c.ch(_BIC[ccs[p.tag]])),
        ("bank_country", None, lambda p: ccs[p.tag]),
        ("payout_email", EM, lambda p: p.email, 0.1),
        ("contact_tel", PH, lambda p: c.fmt_phone(p.num, "intl"), 0.2),
        ("billing_address", ADDR, lambda p: p.addr, 0.1),
        ("Wohnort", LOC, lambda p: p.town, 0.25),
        ("webhook_secret", KEY, lambda p: "whsec_" + c.s(_B62, 32), 0.6),
        ("amount", None, lambda p: f"{c.ri(10, 9000)}.{c.pat('##')}"),
        ("currency", None, lambda p: {"BR": "BRL", "CH": "CHF", "GB": "GBP", "IE": "EUR"}[ccs[p.tag]]),
        ("fee_pct", None, lambda p: c.ch(["1.5", "2.0", "2.9", "0.8"])),
        ("scheduled_for", None, lambda p: _ts(c, "%Y-%m-%d")),
        ("status", None, lambda p: c.ch(["paid", "pending", "failed", "paid", "in_transit"])),
        ("reference", None, lambda p: f"PO-2026-{c.pat('######')}"),
    ])


def _tbl_dental(c, rows):
    ps = _people(c, rows, ["fi-FI", "nb-NO"])
    return _mk(c, ps, [
        ("potilasnro", None, lambda p: c.pat("%#####")),
        ("sukunimi", PER, lambda p: p.last),
        ("etunimi", PER, lambda p: p.first),
        ("fodselsdato", DOB, lambda p: c.fmt_date(p.dob, p.tag, "num")),
        ("syntymavuosi_ryhma", None, _bucket),
        ("osoite", ADDR, lambda p: p.street_line, 0.05),
        ("postitoimipaikka", LOC, lambda p: p.town, 0.05),
        ("puhelin", PH, lambda p: c.fmt_phone(p.num, "nat"), 0.1),
        ("epost", EM, lambda p: p.email, 0.3),
        ("sms_muistutus", None, lambda p: c.ch(["kyllä", "ei", "ja", "nei"])),
        ("omainen", PER, lambda p: c.person(tag=p.tag).full, 0.55),
        ("tooth_fdi", None, lambda p: f"{c.ri(1, 4)}{c.ri(1, 8)}", 0.2),
        ("procedure_code", None, lambda p: c.ch(["SAA01", "SFA20", "EBA1C", "SHA10", "WX110"])),
        ("next_recall", None, lambda p: _ts(c, "%d.%m.%Y"), 0.3),
        ("insurer", None, lambda p: c.ch(["If", "Fennia", "LähiTapiola", "Gjensidige", "Tryg", "Pohjola"]), 0.4),
        ("clinic_branch", None, lambda p: c.ch(["Hymy Tampere Keskusta", "Hymy Espoo Leppävaara", "Smil Bergen Sentrum",
                                                 "Smil Oslo Majorstuen"])),
        ("balance_eur", None, lambda p: f"{c.ri(0, 900)},{c.pat('#0')}"),
        ("portal_pwd", PW, lambda p: c.pw(p.tag.split("-")[0]), 0.6),
        ("pwd_changed", None, lambda p: _ts(c), 0.5),
        ("c3", None, lambda p: f"HL{c.pat('###')}"),
    ])


def _tbl_letting(c, rows):
    ps = _people(c, rows, ["en-GB", "en-IE", "en-NZ"], mob=1.0)
    return _mk(c, ps, [
        ("tenancy_ref", None, lambda p: f"TEN/{c.pat('####')}/{c.ri(21, 26)}"),
        ("Tenant Name", PER, lambda p: p.full),
        ("tenantEmail", EM, lambda p: p.email, 0.05),
        ("TenantMobile", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "intl"])), 0.05),
        ("tenant.dob", DOB, lambda p: p.dob.strftime("%d/%m/%Y"), 0.25),
        ("property_address", ADDR, lambda p: p.addr),
        ("address_type", None, lambda p: c.ch(["current", "previous", "forwarding"])),
        ("prev_town", LOC, lambda p: c.town(p.tag)[0], 0.4, 0.05),
        ("monthly_rent", None, lambda p: f"{c.ri(650, 2600)}.00"),
        ("deposit_scheme", None, lambda p: {"en-GB": c.ch(["DPS", "TDS", "mydeposits"]), "en-IE": "RTB",
                                             "en-NZ": "Tenancy Services"}[p.tag]),
        ("lease_start", None, lambda p: _ts(c, "%d/%m/%Y")),
        ("bedrooms", None, lambda p: str(c.ri(1, 5))),
        ("branch", None, lambda p: c.ch(["Leeds Headingley", "Bristol Clifton", "Galway City", "Cork Douglas",
                                          "Wellington CBD", "Auckland Ponsonby"])),
        ("epc_rating", None, lambda p: c.ch("BCDDE")),
        ("pets", None, lambda p: c.ch(["no", "no", "cat", "dog"])),
        ("guarantor", PER, lambda p: c.person(tag=p.tag, min_age=45).full, 0.6),
        ("guarantor_phone", PH, lambda p: c.phone(_TAGS[p.tag][1], style="nat"), 0.6),
        ("rent_iban", IBAN, lambda p: c.iban("GB" if p.tag == "en-GB" else "IE") if p.tag != "en-NZ" else None, 0.2),
        ("viewing_slot", None, lambda p: f"{c.ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])} {c.ri(9, 17)}:{c.ch(['00', '30'])}", 0.5),
    ])


def _tbl_courier(c, rows):
    ps = _people(c, rows, ["hu-HU", "sk-SK", "cs-CZ"])
    depots = ["Depó Győr", "Depó Budapest XIII", "Depo Košice", "Depo Žilina", "Depo Brno-Modřice", "Depo Praha-Zličín"]
    return _mk(c, ps, [
        ("tracking_no", None, lambda p: f"SD{c.pat('##########')}{c.ch(['HU', 'SK', 'CZ'])}"),
        ("cimzett_nev", PER, lambda p: p.full),
        ("prijemca_telefon", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "intl", "e164"])), 0.05),
        ("recipient_email", EM, lambda p: p.email, 0.35),
        ("dorucovacia_adresa", ADDR, lambda p: p.addr),
        ("mesto", LOC, lambda p: p.town),
        ("odesilatel_prijmeni", PER, lambda p: c.person(tag=p.tag).last, 0.1),
        ("attr3", PER, lambda p: c.person(tag=p.tag).full if c.p_(0.4) else p.full, 0.5),
        ("weight_kg", None, lambda p: f"{c.ri(1, 300) / 10:.1f}"),
        ("dimensions_cm", None, lambda p: f"{c.ri(10, 80)}x{c.ri(10, 60)}x{c.ri(5, 50)}"),
        ("depot", None, lambda p: c.ch(depots)),
        ("STATUS", None, lambda p: c.ch(["DELIVERED", "IN_TRANSIT", "RETURNED", "OUT_FOR_DELIVERY"])),
        ("delivered_at", None, lambda p: _ts(c), 0.3),
        ("field_4", None, lambda p: str(c.ri(0, 60) * 500), 0.5),
        ("service", None, lambda p: c.ch(["Express", "Standard", "Economy", "Pickup Point"])),
        ("gps", None, lambda p: f"{c.ri(47, 50)}.{c.pat('####')},{c.ri(14, 22)}.{c.pat('####')}", 0.2),
        ("door_code", None, lambda p: c.pat("####"), 0.7),
        ("driver_device_imei", None, lambda p: _luhn(c.rng, "35" + c.pat("######"), 15)),
    ])


def _tbl_school(c, rows):
    ps = _people(c, rows, ["fr-CA", "en-US"])
    schools = ["École Saint-Jean-de-Brébeuf", "École primaire du Boisé", "Lincoln Elementary", "Washington Middle School",
               "École Marguerite-Bourgeoys", "Roosevelt Elementary"]

    def kid(p):
        return _x(p, "kid", lambda: c.person(tag=p.tag, min_age=6, max_age=13))

    return _mk(c, ps, [
        ("student_id", None, lambda p: c.pat("%#######")),
        ("parentFullName", PER, lambda p: p.full),
        ("relationship", None, lambda p: c.ch(["mother", "father", "guardian", "mère", "père"])),
        ("childFirstName", PER, lambda p: kid(p).first),
        ("nom_famille", PER, lambda p: p.last),
        ("child_dob", DOB, lambda p: kid(p).dob.isoformat() if p.tag == "fr-CA" else kid(p).dob.strftime("%m/%d/%Y")),
        ("grade", None, lambda p: str(c.ri(1, 8))),
        ("school_name", None, lambda p: c.ch(schools)),
        ("courriel", EM, lambda p: p.email, 0.05),
        ("telephone", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "dots", "dash"])), 0.1),
        ("adresse", ADDR, lambda p: p.addr_lines[0], 0.1),
        ("ville", LOC, lambda p: p.town, 0.1),
        ("allergies", None, lambda p: c.ch(["none", "peanuts", "arachides", "lactose", "bee stings"]), 0.4),
        ("bus_route", None, lambda p: str(c.ri(1, 40)), 0.3),
        ("lunch_balance", None, lambda p: f"{c.ri(0, 80)}.{c.pat('#0')}"),
        ("consent_photo", None, lambda p: c.ch(["oui", "non", "yes", "no"])),
        ("language_pref", None, lambda p: c.ch(["fr", "en"])),
        ("portal_password", PW, lambda p: c.pw(p.tag.split("-")[0]), 0.5),
        ("pwd_hash_argon2", None, lambda p: c.argon2()),
        ("pwd_reset_at", None, lambda p: _ts(c), 0.6),
        ("last_login_ip", IP, lambda p: c.ip4() if c.p_(0.6) else c.ip6(), 0.15),
        ("ip_version", None, lambda p: c.ch(["4", "6", "IPv4", "IPv6"])),
    ])


def _tbl_charity(c, rows):
    ps = _people(c, rows, ["en-GB", "en-IE", "de-CH"], min_age=25)

    def card(p):
        return _x(p, "card", lambda: c.card(c.ch(["Visa", "Mastercard"])))

    return _mk(c, ps, [
        ("donor_id", None, lambda p: f"D{c.pat('%#####')}"),
        ("Donor", PER, lambda p: f"{p.last}, {p.first}" if c.p_(0.5) else p.full),
        ("Forename", PER, lambda p: p.first),
        ("salutation", None, lambda p: p.title if c.p_(0.85) else c.ch(["Dr", "Mx", "Prof."] if p.tag != "de-CH" else ["Dr.", "Prof."])),
        ("EmailAddr", EM, lambda p: p.email, 0.2),
        ("Tel", PH, lambda p: c.fmt_phone(p.num, "nat"), 0.25),
        ("Addr1", ADDR, lambda p: p.street_line),
        ("Town", LOC, lambda p: p.town),
        ("Geburtsdatum", DOB, lambda p: c.fmt_date(p.dob, p.tag, "num"), 0.65),
        ("DD_IBAN", IBAN, lambda p: c.iban({"en-GB": "GB", "en-IE": "IE", "de-CH": "CH"}[p.tag]), 0.4),
        ("card_pan", CC, lambda p: card(p)["num"], 0.7),
        ("card_last4", None, lambda p: card(p)["last4"], 0.3),
        ("card_exp", None, lambda p: card(p)["exp"], 0.3),
        ("card_brand", None, lambda p: card(p)["brand"], 0.3),
        ("gift_aid", None, lambda p: c.ch(["Y", "N"]) if p.tag == "en-GB" else "N/A"),
        ("campaign", None, lambda p: c.ch(["XMAS25", "SPRING26", "TELETHON", "LEGACY", "WEIHNACHT25"])),
        ("last_gift_amt", None, lambda p: f"{c.ch([5, 10, 20, 25, 50, 100, 250])}.00"),
        ("last_gift_date", None, lambda p: _ts(c, "%d/%m/%Y")),
        ("channel", None, lambda p: c.ch(["online", "direct debit", "cheque", "phone", "LSV"])),
    ])


def _tbl_vet(c, rows):
    ps = []
    for _ in range(rows):
        ps.append(c.person(tag=c.ch(["el-GR", "pt-BR"]), latin=c.p_(0.4)))
    pets = _PETS + ["Thor", "Mel", "Pipoca", "Ρεξ", "Λούλης", "Ζιζή", "Nina"]
    return _mk(c, ps, [
        ("client_no", None, lambda p: c.pat("%#####")),
        ("owner_first", PER, lambda p: p.first),
        ("επώνυμο", PER, lambda p: p.last),
        ("email", EM, lambda p: p.email, 0.15),
        ("τηλέφωνο", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "intl"])), 0.05),
        ("endereco", ADDR, lambda p: p.addr, 0.1),
        ("cidade", LOC, lambda p: p.town, 0.1),
        ("data_nascimento_tutor", DOB, lambda p: p.dob.strftime("%d/%m/%Y"), 0.5),
        ("emergency_contact", PER, lambda p: c.person(tag=p.tag, latin=p.first == p.first_l).full, 0.5, 0.04),
        ("pet_name", None, lambda p: c.ch(pets)),
        ("species", None, lambda p: c.ch(["dog", "cat", "cão", "gato", "σκύλος", "γάτα", "rabbit"])),
        ("breed", None, lambda p: c.ch(["Labrador", "SRD", "Poodle", "Siamês", "Beagle", "European Shorthair"])),
        ("microchip", None, lambda p: f"{c.ch(['300', '076', '941'])}{c.pat('############')}", 0.2),
        ("pet_dob", None, lambda p: c.date_between(_dt.date(2012, 1, 1), _dt.date(2026, 6, 1)).strftime("%d/%m/%Y"), 0.3),
        ("weight_kg", None, lambda p: f"{c.ri(20, 450) / 10:.1f}"),
        ("last_visit", None, lambda p: _ts(c, "%Y-%m-%d")),
        ("vaccine_due", None, lambda p: _ts(c, "%d/%m/%Y"), 0.3),
        ("invoice_total", None, lambda p: f"{c.ri(20, 900)},{c.pat('#0')}"),
        ("policy_no", None, lambda p: f"PET-{c.pat('%#######')}", 0.6),
        ("clinic", None, lambda p: c.ch(["Κτηνιατρείο Γλυφάδας", "Κτηνιατρείο Καλαμαριάς", "Clínica Pet Pinheiros",
                                          "Hospital Vet Moema", "VetCenter Botafogo"])),
    ])


def _tbl_recruitment(c, rows):
    ps = _people(c, rows, ["en-SG", "en-ZA", "es-CO", "es-AR"], mob=0.95)
    titles = ["Senior Accountant", "Data Analyst", "Customer Success Manager", "Software Engineer", "Team Lead – BPO",
              "Gerente de Ventas", "Analista Financiero", "HR Business Partner"]
    employers = ["Johnson & Johnson", "Ernst & Young", "McKinsey & Company", "Bancolombia", "Mercado Libre",
                 "Standard Bank", "Grab", "Shoprite", "Rappi"]
    return _mk(c, ps, [
        ("candidate_id", None, lambda p: f"CAND-{c.pat('%#####')}"),
        ("CandidateName", PER, lambda p: p.full),
        ("nombre", PER, lambda p: p.first),
        ("apellido", PER, lambda p: p.last),
        ("candidate.email", EM, lambda p: p.email),
        ("cell", PH, lambda p: c.fmt_phone(p.num, c.ch(["nat", "intl", "spaced"])), 0.05),
        ("current_city", LOC, lambda p: p.town, 0.1),
        ("birthplace", LOC, lambda p: c.town(p.tag)[0], 0.6, 0.05),
        ("fecha_nacimiento", DOB, lambda p: c.fmt_date(p.dob, p.tag, c.ch(["num", "long"])), 0.55),
        ("home_address", ADDR, lambda p: p.addr, 0.4),
        ("referee", PER, lambda p: c.person(tag=p.tag).full, 0.5),
        ("job_title", None, lambda p: c.ch(titles)),
        ("desired_role", None, lambda p: c.ch(titles), 0.2),
        ("employer", None, lambda p: c.ch(employers), 0.15),
        ("salary_expectation", None, lambda p: str(c.ri(3, 20) * 10000)),
        ("notice_period", None, lambda p: c.ch(["2 weeks", "1 month", "immediate", "3 months", "30 días"])),
        ("SOURCE", None, lambda p: c.ch(["LinkedIn", "referral", "JobStreet", "Computrabajo", "website"])),
        ("stage", None, lambda p: c.ch(["screen", "interview_1", "interview_2", "offer", "rejected", "hired"])),
        ("skills", None, lambda p: ", ".join(c.rng.sample(["Excel", "SQL", "SAP", "Power BI", "Python", "Salesforce",
                                                            "IFRS", "Spanish", "Mandarin"], c.ri(2, 4)))),
        ("office", None, lambda p: c.ch(["Talentbridge Singapore", "Talentbridge Cape Town", "Talentbridge Bogotá",
                                          "Talentbridge Buenos Aires"])),
        ("applied_at", None, lambda p: _ts(c, "%Y-%m-%d")),
    ])


_TABLES = [
    ("airline_loyalty_members", _tbl_airline_members),
    ("airline_flight_bookings", _tbl_airline_bookings),
    ("bank_kyc_applicants", _tbl_bank_kyc),
    ("marketplace_sellers", _tbl_marketplace_sellers),
    ("marketplace_seller_payouts", _tbl_marketplace_payouts),
    ("dental_patients", _tbl_dental),
    ("letting_tenants", _tbl_letting),
    ("courier_parcels", _tbl_courier),
    ("school_parent_portal", _tbl_school),
    ("charity_donors", _tbl_charity),
    ("vet_clinic_clients", _tbl_vet),
    ("recruitment_candidates", _tbl_recruitment),
]


# -- API ---------------------------------------------------------------------------------------------
def _check(t: Text, tid: str) -> None:
    last = 0
    for s, e, lab in sorted(t.spans):
        if lab not in LABELS or not (0 <= s < e <= len(t.text)) or s < last:
            raise AssertionError(f"{tid}: bad span {(s, e, lab)}")
        last = e


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"orbit-{seed}")
    fakers = _fakers(rng)
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        t = tpl.fn(_Ctx(rng, fakers, tpl.tag, tpl.latin))
        _check(t, tpl.id)
        out.append(t)
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"orbit-tables-{seed}")
    fakers = _fakers(rng)
    c = _Ctx(rng, fakers, "en-US")
    out = {}
    for name, fn in _TABLES:
        cols = fn(c, rows)
        assert all(len(col.values) == rows for col in cols), name
        out[name] = cols
    return out
