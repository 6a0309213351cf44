"""Accuracy split "tundra": a labelled test split for the PII-detection accuracy benchmark.

Data card
=========

Author and date
    Independent split author, session helper tundra, 2026-11-26.

Independence
    Written without reading the scanner's rules, its package, its tests or docs, the benchmark notes,
    results or outputs, or any other ``accuracy_split_*`` module, and without running the scanner or
    ``bench/accuracy.py``.  From ``accuracy_data.py`` only ``LABELS``, ``Text``, ``Column``, ``_luhn``,
    ``_iban_of`` and the two public-IP helpers were read and are imported.  The aim is data as a real
    company's stores and message logs would hold it, not data tuned to be easy or hard for any tool.

Domains (12)
    hospital outpatient clinic, school office and parents, mobile telecom, travel agency, coworking
    space, food delivery, car dealership, municipal tax office, insurance broker, volunteer nonprofit,
    internal IT helpdesk, e-commerce returns.  Six free-text templates and one table per domain.

Languages
    31 of the 72 templates (about 43 %) are written in German (CH, AT), French (BE, CH), Spanish (MX,
    CL), Portuguese (PT), Czech, Romanian, Hungarian, Norwegian, Danish, Finnish, Latvian and
    Ukrainian (Cyrillic, three templates); the other 41 are English as written in the US, Canada,
    Australia, New Zealand and India.  Tables mix the same locales.  Names come from Faker in the
    text's locale (gendered surnames kept consistent, Hungarian family-name-first order, Spanish and
    Portuguese double surnames, Ukrainian surname-first formal order with patronymic); e-mail
    addresses are derived from the names (transliterated / ASCII-folded) on local providers.

Shapes
    e-mails with signatures and quoted replies, SMS / WhatsApp / Viber / Slack chat lines with speaker
    names, support tickets, agent call notes, CRM notes, form dumps, JSON and key=value logs, web and
    app logs, CSV-ish lines, config snippets, OCR'd letters (with OCR noise in the look-alike parts),
    lower-case call transcripts and subject-line lists.  Several entities per text is normal; some
    variants hold none.

Values
    Fresh per text: phone numbers valid for their country (``phonenumbers.is_valid_number``) in
    national, international, E.164, 00-prefixed, dotted, compact and "+41 (0)" forms; street
    addresses in each country's layout (one line or a multi-line block) over real towns with their
    real postcodes; dates of birth in local numeric and word styles; IBANs with valid mod-97 check
    digits (and national check digits where the country has a simple one); Luhn-valid cards (Visa,
    Mastercard, Amex, Discover) in 4-4-4-4, 4-6-5, dashed and run-together groupings; US SSNs in valid
    ranges; US account numbers next to an ABA-valid routing number; public IPv4 / IPv6; plaintext
    passwords in context; vendor-shaped API keys (Stripe, GitHub, GitLab, Slack, SendGrid, Google,
    OpenAI, Anthropic, npm, Shopify, Mailgun, Datadog, AWS secret keys).

Label conventions
    PERSON: a person's name as written (full, given name alone, surname alone after a title) without
    the title (Mr/Dr/Frau/Sra./pan/úr. stay outside); a full name written as one run ("Anna Kowalska",
    "Kowalska, Anna", "NAGY Péter", "Коваленко Олена Петрівна") is ONE span; a first and a last name in
    separate fields or CSV cells are two spans; user handles and e-mail local parts are not PERSON.
    STREET_ADDRESS: the street line, plus postcode/town when written with it as one block (a
    multi-line block is one span); when a form splits street and town into separate fields, the street
    field is STREET_ADDRESS and the town field is LOCATION.  Business addresses written in full are
    labelled too.  LOCATION: a town / region / country named as where a person lives, comes from or
    travels to; never company, venue, product or event names.  DATE_OF_BIRTH: birth dates only.
    PASSWORD and API_KEY: the secret value only (not the variable name, not a vault reference).
    US_BANK_NUMBER: the account number, not the routing number.  IP_ADDRESS: public addresses only.
    PHONE_NUMBER covers business, fax and relay lines written in full; EMAIL_ADDRESS covers role
    mailboxes (billing@, office@, no-reply@) as well as personal ones.  Towns are spanned as written,
    inflected forms included (Latvian "no Jelgavas"); transcripts keep their lower case.

Look-alikes (never labelled, mixed into the same texts)
    order / ticket / invoice / booking / policy / claim / member / case numbers, non-birth dates and
    timestamps, version strings (some IPv4-shaped), hashes, UUIDs, masked cards and last-4s, ABA
    routing numbers, Luhn-valid loyalty numbers, IMEIs, ICCIDs, private / loopback / CGNAT / link-local
    IPs, coordinates, prices, company / brand / product / event / venue names (some named after people),
    pet names, room names, job titles, password-policy text without a password, key IDs and
    fingerprints, placeholders (N/A, -, [redacted], XXX).

Structured tables
    12 tables (one per domain), 16-18 columns each, 209 columns in all: 97 PII columns and 112 look-alike
    columns (entity None); each row is
    drawn from one person so e-mails match names.  Header styles differ per table: snake_case,
    camelCase, PascalCase, UPPER_SNAKE, headers with spaces, dotted JSON paths, abbreviations, opaque
    headers (c7, attr_3, field_12) and headers in Hungarian, Spanish and Danish.  Table locales: en_US
    (clinic, car leads), en_NZ/en_AU (school), ro/hu/cs (telecom), pt/es_MX/da/en_NZ/fr_CH (travel),
    de_AT/lv/en_CA (coworking), es_CL/fr_CH/en_AU/en_US (food), hu (tax), fr_BE/ro (insurance),
    es_MX (nonprofit), cs/no/en_IN/en_US (IT accounts), da (returns).  Blanks (None) and placeholders at realistic rates; mixed formats within a column (name
    order and case, phone and date styles).  Hard PII columns (names under opaque or foreign headers,
    home-town columns, local-format DOB columns, plaintext password and API-key columns, national-format
    phone columns) sit next to look-alikes under PII-sounding headers (email_verified, phone_type,
    product name, ip_version, card_brand, birth_year_bucket, address_type, password_last_changed, ...).
    A column's entity is what its values are, whatever its header says.

Determinism
    All randomness comes from ``random.Random(f"tundra-{seed}")``; Faker instances are created in a
    fixed locale order and seeded from that generator.  No clock reads, no set iteration, nothing that
    depends on PYTHONHASHSEED.
"""
from __future__ import annotations

import calendar
import random
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

PN = phonenumbers.PhoneNumberFormat

# --------------------------------------------------------------------------------------------------
# text builder: offsets exact by construction
# --------------------------------------------------------------------------------------------------


class _B:
    """Collects plain strings and (value, label) pairs; spans are computed while appending."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def __call__(self, *items) -> "_B":
        for it in items:
            if isinstance(it, tuple):
                val, lab = it
                if lab is None:
                    self._add(val)
                    continue
                assert lab in LABELS, lab
                assert val and val == val.strip(), (val, lab)
                self.spans.append((self.n, self.n + len(val), lab))
                self._add(val)
            else:
                self._add(it)
        return self

    def _add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def done(self) -> Text:
        return Text("".join(self.parts), list(self.spans))


def P(v):
    return (v, "PERSON")


def EM(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def CC(v):
    return (v, "CREDIT_CARD")


def SSN(v):
    return (v, "US_SSN")


def BANK(v):
    return (v, "US_BANK_NUMBER")


def IBAN(v):
    return (v, "IBAN_CODE")


def IP(v):
    return (v, "IP_ADDRESS")


def ADDR(v):
    return (v, "STREET_ADDRESS")


def LOC(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


# --------------------------------------------------------------------------------------------------
# country / locale profiles
# --------------------------------------------------------------------------------------------------

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "de_AT": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
}


def _fmt_date(rng: random.Random, loc: str, y: int, m: int, d: int, style: str | None = None) -> str:
    """A date written the way people in `loc` write it (numeric or with the month in words)."""
    en = _MONTHS["en"]
    st = {
        "de_CH": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {_MONTHS['de'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"],
        "de_AT": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {_MONTHS['de_AT'][m - 1]} {y}"],
        "fr_BE": [f"{d:02d}/{m:02d}/{y}", f"{d} {_MONTHS['fr'][m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"],
        "fr_CH": [f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {_MONTHS['fr'][m - 1]} {y}"],
        "es_MX": [f"{d:02d}/{m:02d}/{y}", f"{d} de {_MONTHS['es'][m - 1]} de {y}", f"{d}/{m}/{y}"],
        "es_CL": [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} de {_MONTHS['es'][m - 1]} de {y}"],
        "pt_PT": [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} de {_MONTHS['pt'][m - 1]} de {y}"],
        "cs_CZ": [f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {_MONTHS['cs'][m - 1]} {y}"],
        "ro_RO": [f"{d:02d}.{m:02d}.{y}", f"{d} {_MONTHS['ro'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"],
        "hu_HU": [f"{y}.{m:02d}.{d:02d}.", f"{y}. {m:02d}. {d:02d}.", f"{y}. {_MONTHS['hu'][m - 1]} {d}."],
        "no_NO": [f"{d:02d}.{m:02d}.{y}", f"{d}. {_MONTHS['no'][m - 1]} {y}", f"{d:02d}{m:02d}{y % 100:02d}"],
        "da_DK": [f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {_MONTHS['da'][m - 1]} {y}"],
        "fi_FI": [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {_MONTHS['fi'][m - 1]} {y}"],
        "lv_LV": [f"{d:02d}.{m:02d}.{y}.", f"{y}. gada {d}. {_MONTHS['lv'][m - 1]}", f"{d:02d}.{m:02d}.{y}"],
        "uk_UA": [f"{d:02d}.{m:02d}.{y}", f"{d} {_MONTHS['uk'][m - 1]} {y} р.", f"{d:02d}.{m:02d}.{y} р."],
        "en_US": [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{en[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                  f"{en[m - 1][:3]} {d}, {y}"],
        "en_CA": [f"{y}-{m:02d}-{d:02d}", f"{en[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"],
        "en_AU": [f"{d:02d}/{m:02d}/{y}", f"{d} {en[m - 1]} {y}", f"{d}/{m}/{y}", f"{d} {en[m - 1][:3]} {y}"],
        "en_NZ": [f"{d:02d}/{m:02d}/{y}", f"{d} {en[m - 1]} {y}", f"{d}/{m}/{y}"],
        "en_IN": [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {en[m - 1][:3]} {y}",
                  f"{d}{_ordsuf(d)} {en[m - 1]} {y}"],
    }[loc]
    if style == "num":
        return st[0]
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "words":
        return next((s for s in st if any(ch.isalpha() for ch in s.replace(" р.", ""))), st[0])
    return rng.choice(st)


def _nth(n: int) -> str:
    return f"{n}{_ordsuf(n)}"


def _ordsuf(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


# Towns: (town, postcode, region).  Real towns, real postcodes.
_TOWNS = {
    "de_CH": [("Zürich", "8003", "ZH"), ("Winterthur", "8400", "ZH"), ("Bern", "3011", "BE"), ("Basel", "4056", "BS"),
              ("Luzern", "6003", "LU"), ("St. Gallen", "9000", "SG"), ("Aarau", "5000", "AG"), ("Zug", "6300", "ZG"),
              ("Thun", "3600", "BE"), ("Schaffhausen", "8200", "SH"), ("Olten", "4600", "SO"), ("Chur", "7000", "GR"),
              ("Baden", "5400", "AG"), ("Uster", "8610", "ZH")],
    "fr_CH": [("Genève", "1205", "GE"), ("Lausanne", "1004", "VD"), ("Neuchâtel", "2000", "NE"), ("Fribourg", "1700", "FR"),
              ("Sion", "1950", "VS"), ("Yverdon-les-Bains", "1400", "VD"), ("Montreux", "1820", "VD"), ("Nyon", "1260", "VD"),
              ("La Chaux-de-Fonds", "2300", "NE"), ("Delémont", "2800", "JU"), ("Carouge", "1227", "GE"), ("Vevey", "1800", "VD")],
    "de_AT": [("Wien", "1060", "Wien"), ("Wien", "1100", "Wien"), ("Wien", "1160", "Wien"), ("Graz", "8010", "Steiermark"),
              ("Linz", "4020", "Oberösterreich"), ("Salzburg", "5020", "Salzburg"), ("Innsbruck", "6020", "Tirol"),
              ("Klagenfurt", "9020", "Kärnten"), ("Villach", "9500", "Kärnten"), ("St. Pölten", "3100", "Niederösterreich"),
              ("Wels", "4600", "Oberösterreich"), ("Dornbirn", "6850", "Vorarlberg"), ("Leoben", "8700", "Steiermark")],
    "fr_BE": [("Bruxelles", "1000", "Bruxelles-Capitale"), ("Ixelles", "1050", "Bruxelles-Capitale"),
              ("Schaerbeek", "1030", "Bruxelles-Capitale"), ("Liège", "4000", "Liège"), ("Namur", "5000", "Namur"),
              ("Charleroi", "6000", "Hainaut"), ("Mons", "7000", "Hainaut"), ("Louvain-la-Neuve", "1348", "Brabant wallon"),
              ("Wavre", "1300", "Brabant wallon"), ("Tournai", "7500", "Hainaut"), ("Verviers", "4800", "Liège"),
              ("Arlon", "6700", "Luxembourg")],
    "es_MX": [("Ciudad de México", "06700", "CDMX|Roma Norte"), ("Ciudad de México", "06140", "CDMX|Condesa"),
              ("Ciudad de México", "03100", "CDMX|Del Valle"), ("Guadalajara", "44160", "Jal.|Americana"),
              ("Monterrey", "64000", "N.L.|Centro"), ("Puebla", "72000", "Pue.|Centro"), ("Querétaro", "76000", "Qro.|Centro"),
              ("Mérida", "97000", "Yuc.|Centro"), ("Oaxaca de Juárez", "68000", "Oax.|Centro"), ("Toluca", "50000", "Méx.|Centro"),
              ("León", "37000", "Gto.|Centro"), ("Zapopan", "45050", "Jal.|Jardines del Sol")],
    "es_CL": [("Santiago", "7500000", "Providencia"), ("Santiago", "7750000", "Ñuñoa"), ("Santiago", "7550000", "Las Condes"),
              ("Santiago", "9250000", "Maipú"), ("Valparaíso", "2340000", "Valparaíso"), ("Viña del Mar", "2520000", "Viña del Mar"),
              ("Concepción", "4030000", "Concepción"), ("Temuco", "4780000", "Temuco"), ("Antofagasta", "1240000", "Antofagasta"),
              ("La Serena", "1700000", "La Serena"), ("Puerto Montt", "5480000", "Puerto Montt"), ("Talca", "3460000", "Talca")],
    "pt_PT": [("Lisboa", "1100-053", "Lisboa"), ("Lisboa", "1250-096", "Lisboa"), ("Porto", "4000-442", "Porto"),
              ("Braga", "4700-320", "Braga"), ("Coimbra", "3000-150", "Coimbra"), ("Aveiro", "3810-200", "Aveiro"),
              ("Faro", "8000-138", "Faro"), ("Setúbal", "2900-028", "Setúbal"), ("Évora", "7000-505", "Évora"),
              ("Funchal", "9000-060", "Madeira"), ("Viseu", "3500-033", "Viseu"), ("Amadora", "2700-066", "Lisboa"),
              ("Guimarães", "4800-151", "Braga")],
    "cs_CZ": [("Praha 2", "120 00", "Praha"), ("Praha 3", "130 00", "Praha"), ("Praha 6", "160 00", "Praha"),
              ("Brno", "602 00", "Jihomoravský kraj"), ("Ostrava", "702 00", "Moravskoslezský kraj"),
              ("Plzeň", "301 00", "Plzeňský kraj"), ("Olomouc", "779 00", "Olomoucký kraj"), ("Liberec", "460 01", "Liberecký kraj"),
              ("České Budějovice", "370 01", "Jihočeský kraj"), ("Hradec Králové", "500 02", "Královéhradecký kraj"),
              ("Pardubice", "530 02", "Pardubický kraj"), ("Zlín", "760 01", "Zlínský kraj")],
    "ro_RO": [("Cluj-Napoca", "400089", "Cluj"), ("București", "030167", "Sector 3"), ("București", "010065", "Sector 1"),
              ("Iași", "700259", "Iași"), ("Timișoara", "300011", "Timiș"), ("Brașov", "500036", "Brașov"),
              ("Constanța", "900178", "Constanța"), ("Sibiu", "550182", "Sibiu"), ("Oradea", "410087", "Bihor"),
              ("Craiova", "200585", "Dolj"), ("Ploiești", "100066", "Prahova"), ("Suceava", "720224", "Suceava")],
    "hu_HU": [("Budapest", "1052", "Budapest"), ("Budapest", "1066", "Budapest"), ("Budapest", "1117", "Budapest"),
              ("Budapest", "1138", "Budapest"), ("Debrecen", "4025", "Hajdú-Bihar"), ("Szeged", "6720", "Csongrád-Csanád"),
              ("Pécs", "7621", "Baranya"), ("Győr", "9021", "Győr-Moson-Sopron"), ("Miskolc", "3525", "Borsod-Abaúj-Zemplén"),
              ("Kecskemét", "6000", "Bács-Kiskun"), ("Székesfehérvár", "8000", "Fejér"), ("Eger", "3300", "Heves"),
              ("Sopron", "9400", "Győr-Moson-Sopron")],
    "no_NO": [("Oslo", "0184", "Oslo"), ("Oslo", "0555", "Oslo"), ("Oslo", "0257", "Oslo"), ("Bergen", "5003", "Vestland"),
              ("Trondheim", "7011", "Trøndelag"), ("Stavanger", "4006", "Rogaland"), ("Tromsø", "9008", "Troms"),
              ("Drammen", "3015", "Buskerud"), ("Kristiansand", "4611", "Agder"), ("Fredrikstad", "1606", "Østfold"),
              ("Bodø", "8006", "Nordland"), ("Ålesund", "6002", "Møre og Romsdal"), ("Lillehammer", "2609", "Innlandet")],
    "da_DK": [("København N", "2200", "Hovedstaden"), ("København Ø", "2100", "Hovedstaden"),
              ("Frederiksberg C", "1820", "Hovedstaden"), ("Aarhus C", "8000", "Midtjylland"), ("Odense C", "5000", "Syddanmark"),
              ("Aalborg", "9000", "Nordjylland"), ("Esbjerg", "6700", "Syddanmark"), ("Roskilde", "4000", "Sjælland"),
              ("Vejle", "7100", "Syddanmark"), ("Horsens", "8700", "Midtjylland"), ("Randers C", "8900", "Midtjylland"),
              ("Kolding", "6000", "Syddanmark")],
    "fi_FI": [("Helsinki", "00100", "Uusimaa"), ("Helsinki", "00530", "Uusimaa"), ("Espoo", "02100", "Uusimaa"),
              ("Tampere", "33100", "Pirkanmaa"), ("Turku", "20100", "Varsinais-Suomi"), ("Oulu", "90100", "Pohjois-Pohjanmaa"),
              ("Jyväskylä", "40100", "Keski-Suomi"), ("Kuopio", "70100", "Pohjois-Savo"), ("Lahti", "15110", "Päijät-Häme"),
              ("Vantaa", "01300", "Uusimaa"), ("Joensuu", "80100", "Pohjois-Karjala"), ("Rovaniemi", "96100", "Lappi")],
    "lv_LV": [("Rīga", "LV-1010", "Rīga"), ("Rīga", "LV-1011", "Rīga"), ("Rīga", "LV-1050", "Rīga"),
              ("Daugavpils", "LV-5401", "Latgale"), ("Liepāja", "LV-3401", "Kurzeme"), ("Jelgava", "LV-3001", "Zemgale"),
              ("Jūrmala", "LV-2015", "Rīgas reģions"), ("Ventspils", "LV-3601", "Kurzeme"), ("Valmiera", "LV-4201", "Vidzeme"),
              ("Cēsis", "LV-4101", "Vidzeme"), ("Ogre", "LV-5001", "Vidzeme"), ("Rēzekne", "LV-4601", "Latgale")],
    "uk_UA": [("Київ", "01001", "Київ"), ("Київ", "02000", "Київ"), ("Київ", "03150", "Київ"), ("Львів", "79000", "Львівська обл."),
              ("Харків", "61000", "Харківська обл."), ("Одеса", "65000", "Одеська обл."), ("Дніпро", "49000", "Дніпропетровська обл."),
              ("Вінниця", "21000", "Вінницька обл."), ("Полтава", "36000", "Полтавська обл."), ("Чернігів", "14000", "Чернігівська обл."),
              ("Житомир", "10000", "Житомирська обл."), ("Ужгород", "88000", "Закарпатська обл."),
              ("Тернопіль", "46000", "Тернопільська обл."), ("Івано-Франківськ", "76000", "Івано-Франківська обл.")],
    "en_US": [("Austin", "78704", "TX"), ("Denver", "80203", "CO"), ("Portland", "97214", "OR"), ("Columbus", "43215", "OH"),
              ("Raleigh", "27601", "NC"), ("Madison", "53703", "WI"), ("Sacramento", "95814", "CA"), ("Pittsburgh", "15213", "PA"),
              ("Boise", "83702", "ID"), ("Tucson", "85719", "AZ"), ("Richmond", "23220", "VA"), ("Albany", "12203", "NY"),
              ("Springfield", "62704", "IL"), ("Ann Arbor", "48104", "MI"), ("Omaha", "68102", "NE"), ("Savannah", "31401", "GA")],
    "en_CA": [("Toronto", "M5V 2T6", "ON"), ("Ottawa", "K1P 5J2", "ON"), ("Vancouver", "V6B 1A1", "BC"), ("Calgary", "T2P 1J9", "AB"),
              ("Edmonton", "T5J 0N3", "AB"), ("Montréal", "H2X 1Y4", "QC"), ("Halifax", "B3J 1S9", "NS"), ("Winnipeg", "R3C 0V8", "MB"),
              ("Victoria", "V8W 1N6", "BC"), ("Hamilton", "L8P 4R5", "ON"), ("Saskatoon", "S7K 1J5", "SK"), ("Kitchener", "N2G 1C8", "ON")],
    "en_AU": [("Fitzroy", "3065", "VIC"), ("Brunswick", "3056", "VIC"), ("Newtown", "2042", "NSW"), ("Parramatta", "2150", "NSW"),
              ("Surry Hills", "2010", "NSW"), ("Fortitude Valley", "4006", "QLD"), ("Toowoomba", "4350", "QLD"),
              ("Fremantle", "6160", "WA"), ("Glenelg", "5045", "SA"), ("Hobart", "7000", "TAS"), ("Geelong", "3220", "VIC"),
              ("Braddon", "2612", "ACT"), ("Wollongong", "2500", "NSW")],
    "en_NZ": [("Auckland", "1011", "Ponsonby"), ("Auckland", "1024", "Mt Eden"), ("Wellington", "6011", "Te Aro"),
              ("Christchurch", "8041", "Riccarton"), ("Hamilton", "3216", "Hamilton East"), ("Tauranga", "3116", "Mount Maunganui"),
              ("Dunedin", "9016", "Dunedin Central"), ("Palmerston North", "4410", "Hokowhitu"), ("Napier", "4110", "Napier South"),
              ("Nelson", "7010", "Stoke"), ("Whanganui", "4500", "Gonville"), ("Rotorua", "3010", "Glenholme")],
    "en_IN": [("Bengaluru", "560038", "Karnataka|Indiranagar"), ("Mumbai", "400050", "Maharashtra|Bandra West"),
              ("Pune", "411038", "Maharashtra|Kothrud"), ("Chennai", "600040", "Tamil Nadu|Anna Nagar"),
              ("Hyderabad", "500081", "Telangana|Madhapur"), ("New Delhi", "110024", "Delhi|Lajpat Nagar"),
              ("Noida", "201301", "Uttar Pradesh|Sector 18"), ("Kolkata", "700019", "West Bengal|Ballygunge"),
              ("Jaipur", "302017", "Rajasthan|Malviya Nagar"), ("Kochi", "682024", "Kerala|Edappally"),
              ("Ahmedabad", "380009", "Gujarat|Navrangpura"), ("Lucknow", "226010", "Uttar Pradesh|Gomti Nagar")],
}

_STREETS = {
    "de_CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptstrasse", "Kirchweg", "Birkenweg", "Schulhausstrasse",
              "Feldstrasse", "Zürcherstrasse", "Badenerstrasse", "Langstrasse", "Rosenweg", "Bernstrasse", "Alpenstrasse"],
    "fr_CH": ["Rue du Rhône", "Avenue de la Gare", "Chemin des Vignes", "Rue de Lausanne", "Route de Chêne",
              "Rue du Marché", "Avenue d'Ouchy", "Chemin de la Forêt", "Rue des Alpes", "Boulevard Carl-Vogt", "Rue du Temple"],
    "de_AT": ["Mariahilfer Straße", "Hauptstraße", "Favoritenstraße", "Bahnhofstraße", "Kirchengasse", "Schulgasse",
              "Lindengasse", "Herrengasse", "Annenstraße", "Wiener Straße", "Museumstraße", "Thaliastraße", "Landstraße"],
    "fr_BE": ["Rue de la Loi", "Avenue Louise", "Chaussée d'Ixelles", "Rue Neuve", "Boulevard d'Avroy", "Rue de Fer",
              "Rue du Pont", "Avenue des Combattants", "Rue Haute", "Rue de la Station", "Chaussée de Waterloo", "Rue de Namur"],
    "es_MX": ["Calle Durango", "Av. Insurgentes Sur", "Av. Chapultepec", "Calle Morelos", "Av. Juárez", "Calle Hidalgo",
              "Av. Vallarta", "Calle 5 de Mayo", "Av. Revolución", "Calle Zaragoza", "Calle Colima", "Av. Universidad"],
    "es_CL": ["Av. Providencia", "Av. Irarrázaval", "Calle Los Leones", "Av. Apoquindo", "Pasaje Las Acacias",
              "Calle Esmeralda", "Av. Libertad", "Calle O'Higgins", "Av. Pedro de Valdivia", "Calle Condell", "Av. Grecia"],
    "pt_PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Souto", "Rua Direita",
              "Avenida da República", "Rua da Sofia", "Travessa do Carmo", "Rua Miguel Bombarda", "Rua de Cedofeita",
              "Avenida Almirante Reis"],
    "cs_CZ": ["Vinohradská", "Korunní", "Dejvická", "Masarykova", "Husova", "Palackého", "Nádražní", "Školní",
              "Komenského", "Lidická", "Jiráskova", "Dukelská", "Slezská"],
    "ro_RO": ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Republicii", "Bd. Independenței",
              "Str. Avram Iancu", "Str. Lalelelor", "Aleea Trandafirilor", "Str. Horea", "Bd. Revoluției", "Str. Memorandumului"],
    "hu_HU": ["Váci utca", "Andrássy út", "Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Fő utca",
              "Béke tér", "Széchenyi tér", "Dózsa György út", "Hunyadi utca", "Teréz körút", "Bartók Béla út"],
    "no_NO": ["Storgata", "Kirkegata", "Thorvald Meyers gate", "Bogstadveien", "Kongens gate", "Skolegata", "Markveien",
              "Strandgata", "Prinsens gate", "Trondheimsveien", "Sørlandsgata"],
    "da_DK": ["Nørrebrogade", "Østerbrogade", "Vesterbrogade", "Jægersborggade", "Søndergade", "Vestergade", "Algade",
              "Kongensgade", "Skolegade", "Frederiksberg Allé", "Jernbanegade", "Bredgade"],
    "fi_FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Fredrikinkatu", "Kauppakatu", "Puistokatu",
              "Koulukatu", "Rautatienkatu", "Itsenäisyydenkatu", "Yliopistonkatu", "Kirkkokatu"],
    "lv_LV": ["Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Tērbatas iela", "Lāčplēša iela",
              "Dzirnavu iela", "Rīgas iela", "Skolas iela", "Pils iela", "Raiņa iela", "Ganību dambis"],
    "uk_UA": ["вул. Хрещатик", "вул. Шевченка", "просп. Перемоги", "вул. Івана Франка", "вул. Грушевського",
              "вул. Садова", "вул. Лесі Українки", "бульв. Незалежності", "вул. Соборна", "вул. Київська", "вул. Зелена"],
    "en_US": ["Oak St", "Maple Ave", "E 14th St", "Washington Blvd", "Pine Ridge Rd", "N Main St", "Cedar Ln", "Elm St",
              "Lakeview Dr", "Jefferson Ave", "Park Ave", "W 3rd St", "Hillcrest Dr", "Willow Creek Ct"],
    "en_CA": ["Queen St W", "King St E", "Yonge St", "Bank St", "Granville St", "17 Ave SW", "Jasper Ave",
              "Rue Sainte-Catherine", "Spring Garden Rd", "Portage Ave", "Elgin St", "Broadway W"],
    "en_AU": ["Smith St", "Brunswick St", "King St", "Church St", "Ann St", "High St", "Jetty Rd", "Lygon St",
              "Sydney Rd", "Crown St", "Wickham Tce", "Macquarie St"],
    "en_NZ": ["Ponsonby Road", "Dominion Road", "Cuba Street", "Riccarton Road", "Grey Street", "Maunganui Road",
              "George Street", "Broadway Avenue", "Kennedy Road", "Trafalgar Street", "Victoria Avenue"],
    "en_IN": ["12th Main Road", "Linking Road", "Karve Road", "2nd Avenue", "Hitech City Road", "Defence Colony Road",
              "MG Road", "Gariahat Road", "JLN Marg", "Palarivattom Road", "CG Road", "Vibhuti Khand"],
}

_MAILS = {
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "outlook.com"],
    "fr_CH": ["bluewin.ch", "gmail.com", "hotmail.ch", "netplus.ch", "outlook.com"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "icloud.com"],
    "fr_BE": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be"],
    "es_MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.com"],
    "es_CL": ["gmail.com", "hotmail.com", "vtr.net", "yahoo.cl", "outlook.cl"],
    "pt_PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "cs_CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "ro_RO": ["yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com"],
    "hu_HU": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
    "no_NO": ["online.no", "gmail.com", "hotmail.com", "live.no"],
    "da_DK": ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "jubii.dk"],
    "fi_FI": ["gmail.com", "hotmail.com", "luukku.com", "elisanet.fi", "kolumbus.fi"],
    "lv_LV": ["inbox.lv", "gmail.com", "apollo.lv", "one.lv"],
    "uk_UA": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_CA": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com", "telus.net"],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "hotmail.co.nz", "slingshot.co.nz", "icloud.com"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
}

_REGION = {"de_CH": "CH", "fr_CH": "CH", "de_AT": "AT", "fr_BE": "BE", "es_MX": "MX", "es_CL": "CL", "pt_PT": "PT",
           "cs_CZ": "CZ", "ro_RO": "RO", "hu_HU": "HU", "no_NO": "NO", "da_DK": "DK", "fi_FI": "FI", "lv_LV": "LV",
           "uk_UA": "UA", "en_US": "US", "en_CA": "CA", "en_AU": "AU", "en_NZ": "NZ", "en_IN": "IN"}

_LOCALES = list(_REGION)  # fixed order: Faker instances are created and seeded in this order

# phone prefixes of the national significant number: (prefix, NSN length)
_MOB = {
    "CH": [("75", 9), ("76", 9), ("77", 9), ("78", 9), ("79", 9)],
    "AT": [("664", 10), ("660", 10), ("676", 10), ("650", 10), ("699", 11), ("681", 11)],
    "BE": [(p, 9) for p in ("470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488",
                            "489", "491", "492", "493", "494", "495", "496", "497", "498", "499")],
    "MX": [("55", 10), ("33", 10), ("81", 10), ("222", 10), ("442", 10), ("999", 10)],
    "CL": [("9", 9)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    "CZ": [(p, 9) for p in ("601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "730", "731", "732",
                            "733", "734", "736", "737", "739", "773", "774", "775", "776", "777")],
    "RO": [("72", 9), ("73", 9), ("74", 9), ("75", 9), ("76", 9), ("78", 9)],
    "HU": [("20", 9), ("30", 9), ("70", 9)],
    "NO": [("4", 8), ("9", 8)],
    "DK": [("2", 8), ("30", 8), ("31", 8), ("40", 8), ("41", 8), ("42", 8), ("50", 8), ("51", 8), ("60", 8), ("61", 8)],
    "FI": [("40", 9), ("41", 9), ("44", 9), ("45", 9), ("50", 9), ("46", 9)],
    "LV": [("2", 8)],
    "UA": [(p, 9) for p in ("50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99", "63")],
    "US": [(a, 10) for a in ("512", "303", "720", "503", "614", "919", "608", "916", "412", "208", "520", "804", "518",
                             "217", "734", "402", "912", "646", "312", "206", "617")],
    "CA": [(a, 10) for a in ("416", "647", "613", "604", "403", "780", "514", "902", "204", "250", "905", "306", "519")],
    "AU": [("4", 9)],
    "NZ": [("21", 9), ("22", 9), ("27", 9), ("21", 10), ("27", 10)],
    "IN": [("9", 10), ("8", 10), ("7", 10), ("6", 10)],
}
_FIX = {
    "CH": [(p, 9) for p in ("44", "31", "61", "41", "71", "52", "22", "21", "32", "26", "62")],
    "AT": [("1", 8), ("1", 9), ("316", 9), ("732", 9), ("662", 9), ("512", 9), ("463", 9)],
    "BE": [("2", 8), ("3", 8), ("4", 8), ("9", 8), ("10", 8), ("81", 8), ("71", 8), ("65", 8)],
    "MX": _MOB["MX"],
    "CL": [("2", 9), ("32", 9), ("41", 9)],
    "PT": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
    "CZ": [("2", 9), ("54", 9), ("59", 9), ("37", 9)],
    "RO": [("21", 9), ("31", 9), ("264", 9), ("232", 9), ("256", 9)],
    "HU": [("1", 8), ("52", 8), ("62", 8), ("72", 8), ("96", 8)],
    "NO": [("22", 8), ("55", 8), ("73", 8), ("51", 8)],
    "DK": [("33", 8), ("35", 8), ("86", 8), ("66", 8), ("98", 8)],
    "FI": [("9", 8), ("9", 9), ("3", 8), ("2", 8), ("8", 8), ("14", 8)],
    "LV": [("67", 8), ("63", 8), ("65", 8)],
    "UA": [("44", 9), ("32", 9), ("57", 9), ("48", 9), ("56", 9)],
    "US": _MOB["US"],
    "CA": _MOB["CA"],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "NZ": [("9", 8), ("4", 8), ("3", 8), ("7", 8), ("6", 8)],
    "IN": [("11", 10), ("22", 10), ("80", 10), ("44", 10), ("40", 10)],
}

# phone styles people use per region (weights by repetition)
_PSTYLE = {
    "CH": ["nat", "nat", "intl", "intl", "00", "plus0", "dot", "e164"],
    "AT": ["nat", "nat", "intl", "plus0", "00", "compact", "e164"],
    "BE": ["nat", "nat", "intl", "00", "dot", "e164"],
    "MX": ["nat", "intl", "intl", "compact", "dash", "e164"],
    "CL": ["intl", "intl", "nat", "compact", "e164"],
    "PT": ["nat", "nat", "intl", "00", "e164"],
    "CZ": ["nat", "nat", "intl", "intl", "00", "e164"],
    "RO": ["nat", "nat", "intl", "dot", "compact", "e164"],
    "HU": ["nat", "intl", "intl", "dash", "e164"],
    "NO": ["nat", "nat", "intl", "compact", "00", "e164"],
    "DK": ["nat", "nat", "intl", "compact", "e164"],
    "FI": ["nat", "nat", "intl", "compact", "e164"],
    "LV": ["nat", "intl", "intl", "compact", "e164"],
    "UA": ["nat", "intl", "intl", "compact", "e164"],
    "US": ["nat", "nat", "dash", "dot", "intl", "e164", "one"],
    "CA": ["nat", "nat", "dash", "dot", "intl", "e164"],
    "AU": ["nat", "nat", "intl", "compact", "e164"],
    "NZ": ["nat", "nat", "intl", "compact", "e164"],
    "IN": ["intl", "compact", "nat", "e164", "plus91"],
}

_PW_WORDS = {
    "de": ["Sommer", "Winter", "Bergsee", "Hasenbrot", "Kaffeetasse", "Zuerich", "Edelweiss", "Fruehling", "Sonnenblume"],
    "fr": ["Soleil", "Printemps", "Chocolat", "Bruxelles", "Liberte", "Papillon", "Montagne", "Moules"],
    "es": ["Verano", "Corazon", "Mariposa", "Futbol", "Chilango", "Cordillera", "Tequila", "Primavera"],
    "pt": ["Benfica", "Saudade", "Lisboa", "Bacalhau", "Sporting", "Verao", "Gaivota"],
    "cs": ["Heslo", "Jaro", "Praha", "Pivo", "Kocicka", "Sparta", "Vltava"],
    "ro": ["Parola", "Primavara", "Dinamo", "Carpati", "Soare", "Iubire"],
    "hu": ["Jelszo", "Nyar", "Balaton", "Cica", "Tavasz", "Ferencvaros"],
    "no": ["Sommer", "Fjell", "Passord", "Vinter", "Hytta", "Rosenborg"],
    "da": ["Sommer", "Kodeord", "Hygge", "Vinter", "Brondby", "Rugbrod"],
    "fi": ["Kesa", "Salasana", "Sauna", "Talvi", "Muumi", "Sisu"],
    "lv": ["Parole", "Vasara", "Ziema", "Daugava", "Saule"],
    "uk": ["Kyiv", "Parol", "Sonechko", "Dnipro", "Kalyna", "Vesna"],
    "en": ["Summer", "Password", "Welcome", "Football", "Sunshine", "Dragon", "Maple", "Kangaroo", "Cricket", "Monkey",
           "Chelsea", "Blessed", "Auckland", "Rugby"],
}

_PETS = ["Bella", "Luna", "Max", "Milo", "Charlie", "Nala", "Rocky", "Kira", "Ollie", "Pepper", "Simba", "Bruno",
         "Toby", "Coco", "Leo", "Mia"]

_TRAVEL_DEST = ["Lisbon", "Tokyo", "Bali", "Queenstown", "Reykjavik", "Cancún", "Barcelona", "Dubai", "Bangkok", "Rome",
                "Vancouver", "Singapore", "Marrakesh", "Fiji", "Cusco", "Hanoi", "Cape Town", "Honolulu"]

_CYR = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
        "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
        "ю": "iu", "я": "ia", "'": "", "’": ""}
_FOLD = {"ß": "ss", "æ": "ae", "ø": "o", "å": "aa", "đ": "d", "ł": "l", "œ": "oe", "Æ": "Ae", "Ø": "O", "Å": "Aa"}


def _ascii(s: str) -> str:
    out = []
    for ch in s.lower():
        if ch in _CYR:
            out.append(_CYR[ch])
        elif ch in _FOLD:
            out.append(_FOLD[ch].lower())
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-"))


# --------------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _an(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _gen_phone(rng: random.Random, region: str, kind: str = "mob") -> phonenumbers.PhoneNumber:
    cc = phonenumbers.country_code_for_region(region)
    table = (_MOB if kind == "mob" else _FIX)[region]
    for _ in range(400):
        pre, length = rng.choice(table)
        if region in ("US", "CA"):
            exch = f"{rng.randint(2, 9)}{_d(rng, 2)}"
            if exch[1:] == "11" or exch == "555":
                continue
            nsn = pre + exch + _d(rng, 4)
        else:
            nsn = pre + _d(rng, length - len(pre))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise RuntimeError(f"no valid phone for {region}")


def _fmt_phone(rng: random.Random, num: phonenumbers.PhoneNumber, style: str | None = None) -> str:
    region = phonenumbers.region_code_for_number(num)
    style = style or rng.choice(_PSTYLE[region])
    intl = phonenumbers.format_number(num, PN.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PN.NATIONAL)
    groups = [g for g in nat.replace("(", " ").replace(")", " ").replace("-", " ").split(" ") if g]
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(num, PN.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "plus0":
        if nat.startswith("0"):
            return f"+{num.country_code} (0){nat[1:]}"
        return intl
    if style == "dot":
        return ".".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "compact":
        return "".join(groups)
    if style == "one":
        return "1-" + "-".join(groups)
    if style == "plus91":
        return f"+{num.country_code}-{num.national_number}"
    raise ValueError(style)


def _mod97_iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_raw(rng: random.Random, cc: str) -> str:
    if cc in ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES"):
        return _iban_of(rng, cc)
    if cc == "CZ":
        w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
        while True:
            acct = _d(rng, 10)
            if acct[0] != "0" and sum(int(a) * b for a, b in zip(acct, w)) % 11 == 0:
                break
        prefix = rng.choice(["000000", "000000", "000000", "000019", "000035"])
        return _mod97_iban(cc, rng.choice(["0100", "0300", "0800", "2010", "3030", "0600", "5500", "0710"]) + prefix + acct)
    if cc == "HU":
        w = [9, 7, 3, 1, 9, 7, 3]
        head = rng.choice(["117", "104", "120", "116", "109", "101"]) + _d(rng, 4)
        head += str(-sum(int(a) * b for a, b in zip(head, w)) % 10)
        body = _d(rng, 7)
        body += str(-sum(int(a) * b for a, b in zip(body, w)) % 10)
        return _mod97_iban(cc, head + body + "00000000")
    if cc == "NO":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            body = rng.choice(["1503", "1207", "9710", "1254", "3000", "6011", "1506", "9235"]) + _d(rng, 6)
            r = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
            if r == 10:
                continue
            return _mod97_iban(cc, body + ("0" if r == 11 else str(r)))
    if cc == "FI":
        return _mod97_iban(cc, _luhn(rng, rng.choice(["1", "2", "5", "8", "4"]), 14))
    if cc == "LV":
        return _mod97_iban(cc, rng.choice(["HABA", "UNLA", "RIKO", "PARX"]) + "0" + _d(rng, 12))
    if cc == "RO":
        tail = rng.choice(["RONCRT" + _d(rng, 10), _d(rng, 16), "RONC" + _d(rng, 12)])
        return _mod97_iban(cc, rng.choice(["BTRL", "BRDE", "RNCB", "INGB", "BACX", "RZBR"]) + tail)
    if cc == "UA":
        return _mod97_iban(cc, rng.choice(["305299", "322001", "300465", "380805", "300528"]) + "00000" + "2620" + _d(rng, 10))
    raise ValueError(cc)


def _iban(rng: random.Random, cc: str, grouped: bool | None = None) -> str:
    raw = _iban_raw(rng, cc)
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


_IBAN_CC = {"de_CH": "CH", "fr_CH": "CH", "de_AT": "AT", "fr_BE": "BE", "pt_PT": "PT", "cs_CZ": "CZ", "ro_RO": "RO",
            "hu_HU": "HU", "no_NO": "NO", "da_DK": "DK", "fi_FI": "FI", "lv_LV": "LV", "uk_UA": "UA"}


def _card_digits(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        return _luhn(rng, "4" + _d(rng, 5), 16), "Visa"
    if brand == "mc":
        pre = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        return _luhn(rng, pre, 16), "Mastercard"
    if brand == "amex":
        return _luhn(rng, rng.choice(["34", "37"]), 15), "American Express"
    return _luhn(rng, rng.choice(["6011", "65"]), 16), "Discover"


def _fmt_card(rng: random.Random, num: str, style: str | None = None) -> str:
    style = style or rng.choice(["space", "space", "dash", "plain"])
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    return num


def _card(rng: random.Random, brand: str | None = None, style: str | None = None) -> tuple[str, str]:
    num, b = _card_digits(rng, brand)
    return _fmt_card(rng, num, style), b


def _ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        return f"{area:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{area:03d} {g:02d} {s:04d}"
    return f"{area:03d}{g:02d}{s:04d}"


def _routing(rng: random.Random) -> str:
    head = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23", "24",
                       "25", "26", "27", "28", "29", "30", "31", "32"]) + _d(rng, 6)
    d = [int(x) for x in head]
    chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return head + str(chk)


def _us_account(rng: random.Random) -> str:
    n = rng.choice([8, 9, 10, 10, 11, 12, 12, 13])
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def _password(rng: random.Random, lang: str = "en") -> str:
    words = _PW_WORDS.get(lang, _PW_WORDS["en"])
    k = rng.randrange(7)
    if k == 0:
        return rng.choice(words) + rng.choice(["2024", "2025", "2026", "123", "1987", "01", "99"]) + rng.choice("!#?$*.")
    if k == 1:
        w = rng.choice(words)
        w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return w + rng.choice(["!", "#1", "$", "_7", "2023"])
    if k == 2:
        return rng.choice(_PETS) + str(rng.randint(1, 2020)) + rng.choice(["", "!", "?", "&"])
    if k == 3:
        alpha = string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        while True:
            pw = _an(rng, rng.randint(12, 18), alpha)
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c in "!#$%&*+-=?@^_" for c in pw):
                return pw
    if k == 4:
        return "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 99))
    if k == 5:
        return _an(rng, 4, string.ascii_uppercase) + _an(rng, 4, string.ascii_lowercase + string.digits) + str(rng.randint(10, 99))
    return rng.choice(words).lower() + rng.choice(["_", ".", ""]) + rng.choice(_PETS).lower() + str(rng.randint(1, 99))


_B62 = string.ascii_letters + string.digits
_B64U = _B62 + "-_"


def _api_key(rng: random.Random, vendor: str | None = None) -> tuple[str, str]:
    vendor = vendor or rng.choice(["stripe", "github", "gitlab", "slack", "sendgrid", "google", "openai", "anthropic",
                                   "npm", "shopify", "mailgun", "datadog", "aws"])
    if vendor == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _an(rng, rng.choice([24, 34, 99])), "Stripe"
    if vendor == "github":
        return rng.choice(["ghp_", "gho_", "ghs_"]) + _an(rng, 36), "GitHub"
    if vendor == "gitlab":
        return "glpat-" + _an(rng, 20, _B64U), "GitLab"
    if vendor == "slack":
        return f"xoxb-{_d(rng, 12)}-{_d(rng, 13)}-{_an(rng, 24)}", "Slack"
    if vendor == "sendgrid":
        return f"SG.{_an(rng, 22, _B64U)}.{_an(rng, 43, _B64U)}", "SendGrid"
    if vendor == "google":
        return "AIza" + _an(rng, 35, _B64U), "Google Maps"
    if vendor == "openai":
        return "sk-proj-" + _an(rng, 48, _B64U), "OpenAI"
    if vendor == "anthropic":
        return "sk-ant-api03-" + _an(rng, 93, _B64U) + "AA", "Anthropic"
    if vendor == "npm":
        return "npm_" + _an(rng, 36), "npm"
    if vendor == "shopify":
        return "shpat_" + _hex(rng, 32), "Shopify"
    if vendor == "mailgun":
        return "key-" + _hex(rng, 32), "Mailgun"
    if vendor == "datadog":
        return _hex(rng, 32), "Datadog"
    return _an(rng, 40, _B62 + "/+"), "AWS"


# ---- look-alike generators -----------------------------------------------------------------------

def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _private_ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        return rng.choice([f"fe80::{_hex(rng, 4).lstrip('0') or '1'}:{_hex(rng, 2)}ff:fe{_hex(rng, 2)}:{_hex(rng, 4).lstrip('0') or '1'}",
                           f"fd{_hex(rng, 2)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{rng.randint(1, 250):x}", "::1"])
    k = rng.randrange(6)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.choice([0, 1, 1, 2, 10, 178])}.{rng.randint(2, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"10.{rng.randint(0, 40)}.{rng.randint(0, 20)}.{rng.randint(1, 60)}"


def _lan_ip(rng: random.Random) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"192.168.{rng.choice([0, 1, 10, 20, 50, 178])}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _version(rng: random.Random, four: bool | None = None) -> str:
    if four is None:
        four = rng.random() < 0.4
    if four:
        return f"{rng.randint(1, 24)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}"
    return f"{rng.randint(1, 17)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"


def _ts(rng: random.Random, style: str = "iso") -> str:
    y = rng.choice([2025, 2026])
    mo = rng.randint(1, 12) if y == 2025 else rng.randint(1, 11)
    d = rng.randint(1, calendar.monthrange(y, mo)[1])
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if style == "isoms":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}Z"
    if style == "space":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    if style == "clf":
        mon = _MONTHS["en"][mo - 1][:3]
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    if style == "hm":
        return f"{h:02d}:{mi:02d}"
    if style == "epoch":
        import datetime as _dt
        return str(int(_dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc).timestamp()))
    raise ValueError(style)


def _hm(rng: random.Random) -> str:
    """A time of day during business hours (appointments, pick-ups, flights)."""
    return f"{rng.randint(7, 19):02d}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"


def _day(rng: random.Random, loc: str, style: str | None = None, year: int | None = None) -> str:
    """A non-birth date in 2025/2026 written in the locale's style (appointments, deadlines, deliveries)."""
    y = year or rng.choice([2025, 2026, 2026])
    mo = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, mo)[1])
    return _fmt_date(rng, loc, y, mo, d, style)


class _Clock:
    """Monotonic chat / log clock."""

    def __init__(self, rng: random.Random, hour: int) -> None:
        self.r = rng
        self.t = hour * 60 + rng.randint(0, 50)

    def __call__(self, lo: int = 1, hi: int = 9) -> str:
        self.t += self.r.randint(lo, hi)
        return f"{(self.t // 60) % 24:02d}:{self.t % 60:02d}"

    def ampm(self, lo: int = 1, hi: int = 9) -> str:
        self.t += self.r.randint(lo, hi)
        h, m = (self.t // 60) % 24, self.t % 60
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def _days(rng: random.Random, loc: str, k: int = 2, style: str | None = "num", year: int = 2026) -> list[str]:
    """k increasing non-birth dates in `year`, written in the locale's style."""
    base = rng.randint(1, 330)
    out = []
    for _ in range(k):
        base = min(base + rng.randint(1, 12), 364)
        d = _dt_from_ordinal(year, base)
        out.append(_fmt_date(rng, loc, year, d[0], d[1], style))
    return out


def _dt_from_ordinal(year: int, doy: int) -> tuple[int, int]:
    for mo in range(1, 13):
        n = calendar.monthrange(year, mo)[1]
        if doy <= n:
            return mo, doy
        doy -= n
    return 12, 31


def _masked(rng: random.Random, last4: str | None = None) -> str:
    l4 = last4 or _d(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}", f"•••• {l4}",
                       f"{rng.choice(['4', '5'])}{_d(rng, 5)}******{l4}"])


def _imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01", "35"]) + _d(rng, 6), 15)


def _iccid(rng: random.Random, cc: str) -> str:
    return _luhn(rng, "89" + cc + _d(rng, 2), 19)


def _loyalty(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["9", "70", "2"]), rng.choice([13, 16, 18]))


def _price(rng: random.Random, lo: float = 5, hi: float = 400) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def _ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return f"{prefix}{_d(rng, n)}"


# --------------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------------

_HOME = {"Praha 2": "Praha", "Praha 3": "Praha", "Praha 6": "Praha", "København N": "København",
         "København Ø": "København", "Frederiksberg C": "Frederiksberg", "Aarhus C": "Aarhus", "Odense C": "Odense",
         "Randers C": "Randers"}


def _address(rng: random.Random, loc: str) -> dict:
    town, pc, region = rng.choice(_TOWNS[loc])
    st = rng.choice(_STREETS[loc])
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180)])
    home = _HOME.get(town, town)
    if loc in ("de_CH", "fr_CH"):
        street = f"{st} {n}{rng.choice(['', '', '', 'a', 'b'])}"
        tl = f"{rng.choice(['', '', '', 'CH-'])}{pc} {town}"
        line, block = f"{street}, {tl}", f"{street}\n{tl}"
    elif loc == "de_AT":
        street = f"{st} {n}" + rng.choice(["", f"/{rng.randint(1, 4)}/{rng.randint(1, 30)}", f"/{rng.randint(2, 20)}", "/Top 7"])
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {town}"
    elif loc == "fr_BE":
        street = f"{st} {n}" + rng.choice(["", "", f" bte {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}"])
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {town}"
    elif loc == "es_MX":
        state, col = region.split("|")
        street = f"{st} {n * 7}" + rng.choice(["", "", f" Int. {rng.randint(1, 12)}", f", Depto. {rng.randint(101, 804)}"])
        cp = rng.choice([f"{pc}", f"C.P. {pc}"])
        line = f"{street}, Col. {col}, {cp} {town}, {state}"
        block = f"{street}\nCol. {col}\n{cp} {town}, {state}"
    elif loc == "es_CL":
        street = f"{st} {n * 31}" + rng.choice(["", "", f", depto. {rng.randint(101, 2204)}", f", casa {rng.choice('ABCDE')}"])
        where = town if region == town else f"{region}, {town}"
        line, block = f"{street}, {where}", f"{street}\n{where}"
        if region != town:
            home = region if rng.random() < 0.5 else town
    elif loc == "pt_PT":
        street = f"{st}, {n}" + rng.choice(["", "", f", {rng.randint(1, 8)}.º {rng.choice(['Esq.', 'Dto.', 'Frente'])}",
                                            f" {rng.randint(1, 6)}º D"])
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {town}"
    elif loc == "cs_CZ":
        street = f"{st} {rng.randint(100, 2999)}/{n}"
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {town}"
    elif loc == "ro_RO":
        street = f"{st} nr. {n}" + rng.choice(["", f", bl. {rng.choice('ABCDEFGH')}{rng.randint(1, 9)}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 60)}",
                                             f", ap. {rng.randint(1, 40)}"])
        tail = f"{region}" if town == "București" else f"jud. {region}"
        line, block = f"{street}, {pc} {town}, {tail}", f"{street}\n{pc} {town}, {tail}"
    elif loc == "hu_HU":
        street = f"{st} {n}." + rng.choice(["", "", f" {rng.randint(1, 6)}/{rng.randint(1, 12)}.", f" {rng.choice(['I', 'II', 'III', 'IV'])}. em. {rng.randint(1, 9)}."])
        line, block = f"{pc} {town}, {street}", f"{town}\n{street}\n{pc}"
    elif loc == "no_NO":
        street = f"{st} {n}{rng.choice(['', '', 'B', 'A'])}"
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {rng.choice([town, town.upper()])}"
    elif loc == "da_DK":
        street = f"{st} {n}" + rng.choice(["", f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}.", f", st. {rng.choice(['tv', 'th'])}."])
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {town}"
    elif loc == "fi_FI":
        street = f"{st} {n}" + rng.choice(["", f" {rng.choice('ABC')} {rng.randint(1, 40)}", f" as. {rng.randint(1, 30)}"])
        line, block = f"{street}, {pc} {town}", f"{street}\n{pc} {rng.choice([town, town.upper()])}"
    elif loc == "lv_LV":
        street = f"{st} {n}" + rng.choice(["", f"-{rng.randint(1, 60)}", f" k-{rng.randint(1, 3)}-{rng.randint(1, 40)}"])
        line, block = f"{street}, {town}, {pc}", f"{street}\n{town}, {pc}"
    elif loc == "uk_UA":
        street = f"{st}, {n}" + rng.choice(["", f", кв. {rng.randint(1, 120)}", f"/{rng.randint(1, 9)}, кв. {rng.randint(1, 90)}"])
        if rng.random() < 0.5:
            line = f"{street}, м. {town}, {pc}"
        else:
            line = f"{pc}, м. {town}, {street}"
        block = f"{street}\nм. {town}\n{pc}"
    elif loc == "en_US":
        street = f"{rng.randint(10, 9899)} {st}" + rng.choice(["", "", "", f" Apt {rng.randint(1, 24)}{rng.choice('ABCD')}",
                                                            f" #{rng.randint(101, 940)}", f" Unit {rng.randint(1, 30)}"])
        line, block = f"{street}, {town}, {region} {pc}", f"{street}\n{town}, {region} {pc}"
    elif loc == "en_CA":
        num = rng.randint(10, 2999)
        street = rng.choice([f"{num} {st}", f"{rng.randint(101, 2405)}-{num} {st}", f"{num} {st}, Unit {rng.randint(1, 40)}"])
        line, block = f"{street}, {town}, {region} {pc}", f"{street}\n{town} {region}  {pc}"
    elif loc == "en_AU":
        street = rng.choice([f"{n} {st}", f"{rng.randint(1, 12)}/{n} {st}", f"Unit {rng.randint(1, 20)}, {n} {st}"])
        line, block = f"{street}, {town} {region} {pc}", f"{street}\n{town} {region} {pc}"
    elif loc == "en_NZ":
        street = rng.choice([f"{n} {st}", f"{rng.randint(1, 9)}/{n} {st}", f"Flat {rng.choice('ABC')}, {n} {st}"])
        line, block = f"{street}, {region}, {town} {pc}", f"{street}\n{region}\n{town} {pc}"
    elif loc == "en_IN":
        state, area = region.split("|")
        st = rng.choice(_IN_STREETS[town])
        street = rng.choice([f"Flat {rng.randint(101, 1204)}, {rng.choice(['Sai Krupa', 'Green Glen', 'Prestige Lakeside', 'Shanti Niketan', 'Lotus Residency'])} Apartments, {st}",
                             f"H.No. {rng.randint(1, 16)}-{rng.randint(1, 200)}/{rng.randint(1, 9)}, {st}",
                             f"#{rng.randint(1, 999)}, {_nth(rng.randint(1, 18))} Cross, {st}",
                             f"{rng.choice('ABCDE')}-{rng.randint(1, 300)}, {st}"])
        line = rng.choice([f"{street}, {area}, {town}, {state} {pc}", f"{street}, {area}, {town} - {pc}"])
        block = f"{street}\n{area}\n{town} - {pc}\n{state}"
    else:
        raise ValueError(loc)
    return {"street": street, "town": town, "home": home, "pc": pc, "region": region, "line": line, "block": block}


_IN_STREETS = {
    "Bengaluru": ["12th Main Road", "100 Feet Road", "CMH Road"], "Mumbai": ["Linking Road", "Hill Road", "Waterfield Road"],
    "Pune": ["Karve Road", "Paud Road", "DP Road"], "Chennai": ["2nd Avenue", "Shanthi Colony Main Road", "3rd Main Road"],
    "Hyderabad": ["Hitech City Road", "Ayyappa Society Road", "100 Feet Road"],
    "New Delhi": ["Ring Road", "Lajpat Rai Marg", "Amar Colony Road"], "Noida": ["Atta Market Road", "Sector 18 Main Road"],
    "Kolkata": ["Gariahat Road", "Ballygunge Circular Road", "Hindustan Park"], "Jaipur": ["JLN Marg", "Malviya Nagar Main Road"],
    "Kochi": ["Palarivattom Road", "Edappally Toll Road"], "Ahmedabad": ["CG Road", "Swastik Char Rasta Road"],
    "Lucknow": ["Vibhuti Khand", "Vipul Khand Road"],
}


class _Person:
    def __init__(self, c: "_Ctx", loc: str, gender: str | None = None, age: tuple[int, int] = (19, 82)) -> None:
        rng, fk = c.rng, c.fk[loc]
        self.loc = loc
        self.g = gender or rng.choice("FM")
        if self.g == "F":
            self.first, self.last = fk.first_name_female(), fk.last_name_female()
        else:
            self.first, self.last = fk.first_name_male(), fk.last_name_male()
        self.middle = ""
        if loc == "uk_UA":
            self.middle = fk.middle_name_female() if self.g == "F" else fk.middle_name_male()
        if loc in ("es_MX", "es_CL") and rng.random() < 0.65:
            other = fk.last_name()
            if other != self.last:
                self.last = f"{self.last} {other}"
        if loc == "pt_PT" and rng.random() < 0.7:
            other = fk.last_name()
            if other != self.last:
                self.last = f"{other} {self.last}"
        yy = rng.randint(2026 - age[1], 2026 - age[0])
        mm = rng.randint(1, 12)
        self.dob = (yy, mm, rng.randint(1, calendar.monthrange(yy, mm)[1]))
        self.email = c.email(self)
        self.mobile = _gen_phone(rng, _REGION[loc], "mob")
        self.addr = _address(rng, loc)

    def name(self, style: str = "full") -> str:
        f, l = self.first, self.last
        if style == "full":
            return f"{l} {f}" if self.loc == "hu_HU" else f"{f} {l}"
        if style == "rev":
            return f"{l}, {f}" if self.loc != "hu_HU" else f"{l} {f}"
        if style == "upper":
            return f"{l.upper()} {f}"
        if style == "lower":
            return self.name("full").lower()
        if style == "caps":
            return self.name("full").upper()
        if style == "first":
            return f
        if style == "last":
            return l
        if style == "initial":
            return f"{f[0]}. {l}" if self.loc != "hu_HU" else f"{l} {f[0]}."
        if style == "formal":  # Ukrainian surname + given name + patronymic
            return f"{l} {f} {self.middle}" if self.middle else self.name("full")
        if style == "fullmid":
            return f"{f} {self.middle} {l}" if self.middle else self.name("full")
        raise ValueError(style)

    def dob_s(self, rng: random.Random, style: str | None = None) -> str:
        return _fmt_date(rng, self.loc, *self.dob, style)

    def phone(self, rng: random.Random, style: str | None = None) -> str:
        return _fmt_phone(rng, self.mobile, style)


class _Ctx:
    def __init__(self, rng: random.Random, fk: dict) -> None:
        self.rng = rng
        self.fk = fk

    def person(self, loc: str, gender: str | None = None, age: tuple[int, int] = (19, 82)) -> _Person:
        return _Person(self, loc, gender, age)

    def email(self, p: _Person, domain: str | None = None) -> str:
        rng = self.rng
        f = _ascii(p.first.split(" ")[0].split("-")[0]) or "x"
        l = _ascii(p.last.split(" ")[0]) or "x"
        yy = f"{p.dob[0] % 100:02d}"
        local = rng.choice([f"{f}.{l}", f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}", f"{f}.{l}{yy}", f"{l}{f[0]}",
                            f"{f}{yy}", f"{f}.{l}{rng.randint(1, 99)}", f"{l}.{f}"])
        return f"{local}@{domain or rng.choice(_MAILS[p.loc])}"

    def work_email(self, p: _Person, domain: str) -> str:
        f = _ascii(p.first.split(" ")[0]) or "x"
        l = _ascii(p.last.split(" ")[0]) or "x"
        return self.rng.choice([f"{f}.{l}@{domain}", f"{f[0]}{l}@{domain}", f"{f}@{domain}"])

    def phone(self, loc: str, kind: str = "mob", style: str | None = None) -> str:
        return _fmt_phone(self.rng, _gen_phone(self.rng, _REGION[loc], kind), style)

    def company(self, loc: str) -> str:
        return self.fk[loc].company()

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def _fakers(rng: random.Random) -> dict:
    out = {}
    for loc in _LOCALES:
        fk = Faker(loc)
        fk.seed_instance(rng.randrange(1 << 30))
        out[loc] = fk
    return out


# --------------------------------------------------------------------------------------------------
# templates: hospital outpatient clinic
# --------------------------------------------------------------------------------------------------


def _t_clinic_letter_de_ch(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    pt = c.person("de_CH")
    doc = c.person("de_CH", age=(35, 64))
    clinic = c.pick(["Ambulatorium Seefeld", "Praxiszentrum am Bahnhof", "Gesundheitszentrum Limmat",
                     "Spital Zollikerberg, Ambulante Dienste", "Klinik Hirslanden, Sprechstunde"])
    ca = _address(r, "de_CH")
    spec = c.pick(["Dermatologie", "Kardiologie", "Orthopädie", "Gastroenterologie", "Rheumatologie"])
    anrede = "Frau" if pt.g == "F" else "Herr"
    b(f"{clinic}\n", ADDR(ca["line"]), "\nTel. ", PH(c.phone("de_CH", "fix", c.pick(["nat", "intl", "plus0"]))),
      "  Fax ", PH(_fmt_phone(r, _gen_phone(r, "CH", "fix"), "nat")), "\n\n")
    b(f"{' ' * 40}{anrede}\n{' ' * 40}", P(pt.name()), f"\n")
    # address block indented: only the first line is indented to keep the block one span
    b(" " * 40, ADDR(pt.addr["block"].replace("\n", "\n" + " " * 40)), "\n\n")
    b(f"{_day(r, 'de_CH', 'num')}\n")
    b(f"Patienten-Nr.: {c.pick(['PID', 'P-', ''])}{_d(r, 7)}   Fall-Nr.: {_d(r, 10)}\n")
    b(f"Betreff: Aufgebot {spec} - Terminbest{c.pick(['ä', 'a', 'ä'])}tigung\n\n")
    b(f"Sehr geehrte{'' if pt.g == 'F' else 'r'} {anrede} ", P(pt.name("last")), "\n\n")
    b(f"Wir best{c.pick(['ä', 'a'])}tigen Ihren Termin in der Sprechstunde {spec} am {_day(r, 'de_CH', 'num', 2026)} um "
      f"{r.randint(7, 16)}.{c.pick(['00', '15', '30', '45'])} Uhr, Raum \"{c.pick(['Paracelsus', 'Sauerbruch', 'Anna Heer', 'Säntis'])}\", "
      f"{r.randint(1, 4)}. OG.\n")
    b("Geburtsdatum: ", DOB(pt.dob_s(r, "num")), "\n")
    b(f"Versichertenkarte Nr. 80756{_d(r, 15)}  |  Kasse: {c.pick(['CSS', 'Helsana', 'SWICA', 'Sanitas', 'Visana'])}\n")
    b("Bei Verhinderung bitten wir Sie, den Termin mindestens 24 Std. im Voraus unter ",
      PH(c.phone("de_CH", "fix", "nat")), f" abzusagen, sonst wird eine Pauschale von CHF {r.choice([50, 80, 120])}.- verrechnet.\n")
    if c.chance(0.5):
        b("Ihre Rückrufnummer gemäss Anmeldung: ", PH(pt.phone(r)), "\n")
    b(f"\nFreundliche Gr{c.pick(['ü', 'u', 'ü'])}sse\n\n", f"{c.pick(['Dr. med. ', 'PD Dr. med. ', 'Dr. '])}", P(doc.name()),
      "\n", c.pick(["Leitende Ärztin", "Oberärztin", "Fachärztin FMH"] if doc.g == "F" else ["Leitender Arzt", "Oberarzt", "Facharzt FMH", "Chefarzt"]),
      f" {spec}\n")
    b(f"\nSeite 1 von {c.pick(['1', '2'])}  -  Dok-ID {_hex(r, 8).upper()}  {c.pick(['|', 'l', '!'])}  V{_version(r, False)}\n")
    return b.done()


def _t_clinic_viber_uk(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    pt = c.person("uk_UA", gender="F", age=(55, 88))
    kid = c.person("uk_UA", age=(25, 50))
    admin = c.person("uk_UA", gender="F")
    clinic = c.pick(["Медіком", "Добробут", "Борис", "Оберіг", "Into-Sana"])
    spec = c.pick(["кардіолога", "ендокринолога", "невролога", "офтальмолога", "терапевта"])
    h = _Clock(r, r.randint(8, 10))
    b(f"[{h()}] Клініка «{clinic}»: Добрий день! Нагадуємо про запис до {spec} "
      f"{_day(r, 'uk_UA', 'num', 2026)} о {r.randint(9, 17)}:{c.pick(['00', '20', '40'])}, кабінет {r.randint(101, 420)}. "
      f"Номер запису {_d(r, 8)}.\n")
    b(f"[{h()}] ", P(kid.name()), ": Доброго дня. Це ", P(kid.name("first")),
      f", я записува{'ла' if kid.g == 'F' else 'в'} маму — ", P(pt.name(c.pick(["formal", "full"]))), ", дата народження ", DOB(pt.dob_s(r)), ".\n")
    b(f"[{h()}] Адміністратор ", P(admin.name("first")),
      ": Дякую! Підтвердіть, будь ласка, номер телефону для SMS-нагадувань.\n")
    b(f"[{h()}] ", P(kid.name("first")), ": ", PH(kid.phone(r)))
    if c.chance(0.6):
        b(". Мама живе окремо, місто ", LOC(pt.addr["home"]), ", приїде електричкою")
    b(". Можна перенести на пізніше?\n")
    b(f"[{h()}] Адміністратор ", P(admin.name("first")),
      f": Так, є вікно о {r.randint(13, 16)}:30. Оплата на місці, консультація {r.choice([650, 800, 950, 1100])} грн. "
      "Пароль від особистого кабінету ми не запитуємо — нікому його не повідомляйте.\n")
    if c.chance(0.5):
        b(f"[{h()}] ", P(kid.name("first")), ": Добре, дякую. Напишіть ще на пошту ",
          EM(kid.email), ", будь ласка.\n")
    return b.done()


def _t_clinic_intake_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    pt = c.person("en_US")
    ec = c.person("en_US")
    pcp = c.person("en_US", age=(35, 66))
    clinic = c.pick(["Riverside Family Medicine", "Northside Outpatient Center", "St. Luke's Ambulatory Care",
                     "Mercy Clinic - Westgate", "Valley Orthopedics & Sports Medicine"])
    b(f"NEW PATIENT INTAKE -- {clinic}\nSubmitted: {_ts(r, 'space')}   Form ID: {_uuid(r)}   Source IP: ")
    if c.chance(0.6):
        b(IP(_ip_public_v4(r)))
    else:
        b(_private_ip(r))
    b("\n\nPatient name (Last, First): ", P(pt.name("rev")), "\nPreferred name: ", P(pt.name("first")) if c.chance(0.5) else "N/A",
      "\nDate of birth: ", DOB(pt.dob_s(r)), f"\nSex assigned at birth: {pt.g}   Pronouns: {c.pick(['she/her', 'he/him', '-', 'they/them'])}\n")
    if c.chance(0.55):
        b("SSN: ", SSN(_ssn(r)), "\n")
    else:
        b(f"SSN (last 4 only): {_d(r, 4)}\n")
    b("Home address: ", ADDR(pt.addr["line"]), "\nCell: ", PH(pt.phone(r)), "   Home: ")
    b(PH(c.phone("en_US", "fix")) if c.chance(0.4) else c.pick(["N/A", "-", "same"]))
    b("\nEmail: ", EM(pt.email), "   Okay to email results? ", c.pick(["Y", "N"]), "\n")
    b("Emergency contact: ", P(ec.name()), f" ({c.pick(['spouse', 'mother', 'son', 'friend', 'partner'])}) ", PH(ec.phone(r)), "\n")
    ins = c.pick(["Blue Cross Blue Shield PPO", "Aetna Choice POS II", "UnitedHealthcare Choice Plus", "Cigna OAP", "Medicare Part B"])
    b(f"Insurance: {ins}   Member ID: {c.pick(['XOF', 'W', 'MBR', 'U'])}{_d(r, 9)}   Group #: {_d(r, 6)}\n")
    b("Primary care physician: Dr. ", P(pcp.name()), f"   Pharmacy: {c.pick(['Walgreens', 'CVS Pharmacy', 'Kroger Pharmacy'])} #{_d(r, 4)}\n")
    b(f"Allergies: {c.pick(['penicillin', 'NKDA', 'sulfa drugs, latex', 'none known'])}   Height: {r.randint(58, 76)} in   "
      f"Weight: {r.randint(105, 260)} lb\n")
    b(f"Card on file: {c.pick(['Visa', 'Mastercard', 'Amex'])} ending {_d(r, 4)} (exp {r.randint(1, 12):02d}/{r.randint(27, 31)})\n")
    b(f"Reason for visit: {c.pick(['knee pain after fall', 'follow-up labs', 'annual physical', 'rash on forearm, 3 weeks', 'migraine'])}\n")
    b(f"Signature on file: yes   Consent version {_version(r, False)}\n")
    return b.done()


def _t_clinic_email_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    pt = c.person("en_CA")
    staff = c.person("en_CA")
    doc = c.person("en_CA", age=(35, 66))
    clinic, dom = c.pick([("Bayview Physiotherapy & Sports Injury Clinic", "bayviewphysio.ca"), ("Rideau Outpatient Rehab", "rideaurehab.com"),
                          ("West End Sleep Clinic", "westendsleep.ca"), ("Harbourfront Dermatology", "hfderm.ca")])
    d_quote, d_reply = _days(r, "en_CA", 2, "words")
    ca = _address(r, "en_CA")
    b("From: ", P(pt.name()), " <", EM(pt.email), ">\nTo: Front Desk <", EM(f"appointments@{dom}"), ">\n")
    b(f"Subject: Re: Your referral to {clinic} - booking\nDate: {d_reply}\n\n")
    b("Hi ", P(staff.name("first")), ",\n\n")
    b(f"Thanks for getting back to me. {c.pick(['Wednesday', 'Thursday', 'Friday'])} morning works best. ")
    b("Please note I've moved since the referral was sent - my new address is ", ADDR(pt.addr["line"]),
      ". Best number to reach me is ", PH(pt.phone(r)))
    b(", and my date of birth is ", DOB(pt.dob_s(r)), " in case you need it to match the file.\n\n" if c.chance(0.7) else ".\n\n")
    b("Cheers,\n", P(pt.name("first")), "\n\nSent from my iPhone\n\n")
    b(f"On {d_quote}, at {r.randint(8, 16)}:{r.randint(10, 59)}, {clinic} <", EM(f"appointments@{dom}"), "> wrote:\n")
    b("> Dear ", P(pt.name()), ",\n>\n> We have received your referral from Dr. ", P(doc.name("last")),
      f" (ref #{_d(r, 6)}). To book your initial assessment,\n> please reply with a few times that suit you and confirm your date of birth and\n"
      "> a phone number we can reach you at. Initial assessments are 60 minutes, $",
      f"{r.choice([95, 110, 125])}.00, and may be covered\n> by extended health benefits.\n>\n> Kind regards,\n> ",
      P(staff.name()), f"\n> Patient Care Coordinator | {clinic}\n> ", ADDR(ca["line"]), " | T ", PH(c.phone("en_CA", "fix")),
      " | F ", PH(_fmt_phone(r, _gen_phone(r, "CA", "fix"), "dash")), "\n")
    return b.done()


def _t_clinic_callnote_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    pt = c.person("en_AU", age=(60, 92))
    caller = c.person("en_AU", age=(28, 60))
    doc = c.person("en_AU", age=(35, 66))
    b(f"CALL NOTE {_ts(r, 'space')}  Agent: {c.pick(['jmcd', 'tnguyen2', 'sk.ops', 'lbrown'])}  Queue: Outpatient Bookings  "
      f"Call ID {_uuid(r)[:13]}\n")
    rel = c.pick(["daughter", "carer", "neighbour"] if caller.g == "F" else ["son", "carer", "neighbour"])
    b("Caller: ", P(caller.name()), f" ({rel}), on behalf of pt ", P(pt.name()), ". MRN ", f"{_d(r, 7)}", ". ")
    b("ID verified w/ DOB ", DOB(pt.dob_s(r)), " + address ", ADDR(pt.addr["line"]), ".\n")
    spec = c.pick(["Dermatology", "Cardiology", "Fracture Clinic", "Ophthalmology", "Diabetes Education"])
    b(f"Reason: reschedule {spec} review from {_day(r, 'en_AU', 'num', 2026)} - ")
    if c.chance(0.6):
        b("family travelling to ", LOC(c.pick(_TRAVEL_DEST)), " that week.\n")
    else:
        b(f"pt unwell (gastro), no transport.\n")
    b("Updated pt mobile to ", PH(pt.phone(r)), "; caller's number ", PH(caller.phone(r)), " added as alt contact.\n")
    b(f"Outcome: rebooked {_day(r, 'en_AU', 'num', 2026)} {r.randint(8, 15)}:{c.pick(['00', '15', '30', '45'])} with Dr ",
      P(doc.name("last")), f", Clinic {c.pick(['B', 'C', '4'])}, room \"{c.pick(['Banksia', 'Waratah', 'Wattle', 'Fiona Stanley'])}\". "
      f"SMS confirmation queued (template APPT_CONF_v{r.randint(2, 9)}). Medicare card not re-checked.\n")
    b(f"Wrap code: RESCHED / {r.randint(120, 900)}s\n")
    return b.done()


def _t_clinic_sms_log_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    for _ in range(r.randint(3, 5)):
        p = c.person("en_IN")
        doc = c.person("en_IN", age=(35, 66))
        ts = _ts(r, "iso")
        if c.chance(0.75):
            status = c.pick(["DELIVERED", "DELIVERED", "SUBMITTED", "FAILED err=DND_REGISTERED", "EXPIRED"])
            b(f"{ts} level=info svc=sms-gw msg_id={_hex(r, 16)} to=", PH(p.phone(r, c.pick(["e164", "plus91", "compact"]))),
              " template=OPD_APPT_REMINDER vars=\"name=", P(p.name(c.pick(["full", "full", "first"]))),
              f";date={_day(r, 'en_IN', 'num', 2026)};time={r.randint(9, 17)}:{c.pick(['00', '30'])};doctor=Dr. ", P(doc.name()),
              f";opd={c.pick(['Ortho', 'ENT', 'Cardio', 'Derma'])}\" status={status} dlr_ms={r.randint(800, 9000)}"
              f" node={_private_ip(r)}\n")
        else:
            b(f"{ts} level=info svc=sms-gw dir=inbound from=", PH(p.phone(r, "e164")), " body=\"")
            k = r.randrange(3)
            if k == 0:
                b("ok confirm. pls update dob to ", DOB(p.dob_s(r)), " it is wrong in ur system\"")
            elif k == 1:
                b(f"cancel appt {_d(r, 6)} will come next week\"")
            else:
                b("pls send report to ", EM(p.email), "\"")
            b(f" keyword=OPD shortcode=5{_d(r, 5)}\n")
    b(f"{_ts(r, 'iso')} level=warn svc=sms-gw msg=\"throughput throttled\" tps=40 retry_after=2s build={_version(r, True)}\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: school office and parents
# --------------------------------------------------------------------------------------------------


def _t_school_email_fr_be(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    par = c.person("fr_BE", age=(30, 52))
    kid = c.person("fr_BE", age=(7, 12))
    kid.last = par.last
    teach = c.person("fr_BE", gender="F")
    ecole = c.pick(["Ecole communale du Centre", "Athénée Royal d'Ixelles", "Institut Saint-Joseph", "Ecole fondamentale Les Marronniers"])
    b("De : ", P(par.name(c.pick(["full", "upper"]))), " <", EM(par.email), ">\n")
    b("À : ", EM("secretariat@" + c.pick(["ecoleducentre.be", "ari-ixelles.be", "isj-namur.be"])), "\n")
    son = "mon fils" if kid.g == "M" else "ma fille"
    b(f"Objet : Absence de ", P(kid.name("first")), f" - classe {r.randint(1, 6)}{c.pick('ABC')}\n\n")
    b("Madame, Monsieur,\n\n")
    d1, d2 = _days(r, "fr_BE")
    b(f"Je vous informe que {son} ", P(kid.name()), f" ({r.randint(1, 6)}e primaire, classe de Mme ", P(teach.name("last")),
      f") sera absent{'e' if kid.g == 'F' else ''} du {d1} au {d2} "
      "pour raison médicale. Un certificat suivra.\n")
    if c.chance(0.6):
        b(f"{'Il' if kid.g == 'M' else 'Elle'} est né{'e' if kid.g == 'F' else ''} le ", DOB(kid.dob_s(r)),
          f", je le précise car la fiche d'inscription {_d(r, 5)} contenait une erreur.\n")
    b("Par ailleurs, nous avons déménagé : notre nouvelle adresse est ", ADDR(par.addr["line"]),
      ". Merci de mettre à jour le dossier.\n")
    b("Vous pouvez me joindre au ", PH(par.phone(r)), f" après {r.randint(16, 18)}h.\n\n")
    b("Bien à vous,\n", P(par.name()), "\n")
    if c.chance(0.4):
        b(f"\n-----Message d'origine-----\nDe : Secrétariat {ecole}\nEnvoyé : {_day(r, 'fr_BE', 'words', 2026)}\n"
          f"Objet : Rappel - voyage scolaire, acompte de {r.choice([50, 75, 120])} EUR\n"
          "Le paiement peut se faire sur le compte de l'ASBL ", IBAN(_iban(r, "BE")),
          f" avec la communication structurée +++{_d(r, 3)}/{_d(r, 4)}/{_d(r, 5)}+++.\n")
    return b.done()


def _t_school_app_no(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    par = c.person("no_NO", age=(30, 52))
    kid = c.person("no_NO", age=(7, 15))
    kid.last = par.last
    lae = c.person("no_NO")
    d = _day(r, "no_NO", "num", 2026)
    ck = _Clock(r, r.randint(7, 12))
    b(f"Melding fra ", P(par.name()), " til Kontaktlærer ", P(lae.name()), f" - {d} {ck(5, 90)}\n")
    b("Hei ", P(lae.name("first")), "! ", P(kid.name("first")), f" er syk i dag og blir hjemme. {'Hun' if kid.g == 'F' else 'Han'} har feber, så vi tar det "
      f"rolig. Kan dere legge ukeplanen for uke {r.randint(2, 50)} på Its Learning?\n\n")
    b(f"Svar fra ", P(lae.name()), f" - {d} {ck(5, 90)}\n")
    b("Hei! God bedring til ", P(kid.name("first")), ". Ukeplanen ligger ute. Husk samtykkeskjema for turen til "
      f"Teknisk museum (leveres innen {_day(r, 'no_NO', 'num', 2026)}).\n\n")
    b(f"Melding fra ", P(par.name()), f" - {d} {ck(5, 90)}\n")
    b("Takk! Forresten - vi har fått nytt mobilnummer: ", PH(par.phone(r)), ". ")
    if c.chance(0.6):
        b("Hun" if kid.g == "F" else "Han", " har glemt passordet til Chromebooken igjen, vi skrev det ned hjemme: ",
          PW(_password(r, "no")), " - kan IT sette det på nytt?")
    else:
        b("Passord-reglene (minst 10 tegn, ett tall) er vanskelige for en 8-åring, kan IT hjelpe?")
    b("\n")
    if c.chance(0.5):
        b("Ny adresse er ", ADDR(par.addr["line"]), ", så skolebussen må oppdateres.\n")
    return b.done()


def _t_school_form_fi(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    kid = c.person("fi_FI", age=(6, 7))
    g1 = c.person("fi_FI", age=(28, 50))
    g2 = c.person("fi_FI", age=(28, 50))
    kid.last = g1.last
    b("ILMOITTAUTUMINEN - 1. luokka lukuvuosi 2026-2027\n")
    b(f"Lomake-ID: {_uuid(r)}   Lähetetty: {_ts(r, 'space')}   Versio {_version(r, False)}\n\n")
    b("Oppilaan nimi: ", P(kid.name(c.pick(["full", "rev"]))), "\n")
    b("Syntymäaika: ", DOB(kid.dob_s(r, c.pick(["num", None]))), "\n")
    b("Kotiosoite: ", ADDR(kid.addr["street"]), "\n")
    b(f"Postinumero: {kid.addr['pc']}\nKotikunta: ", LOC(kid.addr["home"]), "\n")
    b(f"Äidinkieli: {c.pick(['suomi', 'ruotsi', 'suomi', 'viro'])}   Oppilaan oma puhelin: ")
    b("ei ole" if c.chance(0.7) else "-")
    b("\n\nHuoltaja 1: ", P(g1.name()), "\nPuhelin: ", PH(g1.phone(r)), "\nSähköposti: ", EM(g1.email), "\n")
    if c.chance(0.6):
        b("Huoltaja 2: ", P(g2.name()), "\nPuhelin: ", PH(g2.phone(r)), "\nSähköposti: ")
        b(EM(g2.email) if c.chance(0.7) else "-")
        b("\n")
    else:
        b("Huoltaja 2: -\n")
    b(f"\nErityisruokavalio: {c.pick(['pähkinäallergia', 'laktoositon', 'ei', 'gluteeniton'])}\n")
    b(f"Koulukuljetus: {c.pick(['ei', 'kyllä (yli 5 km)', 'ei'])}\nIltapäiväkerho: {c.pick(['kyllä', 'ei'])}\n")
    b(f"Lisätiedot: {c.pick(['Sisarus samassa koulussa (3B).', 'Lemmikkikani Pupu tulee joskus hakemaan :)', '-', 'Ei lisättävää.'])}\n")
    return b.done()


def _t_school_absence_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    par = c.person("en_US", age=(28, 55))
    kid = c.person("en_US", age=(11, 17))
    kid.last = par.last if c.chance(0.7) else kid.last
    staff = c.person("en_US")
    school = c.pick(["Lincoln Middle School", "Roosevelt High School", "Cesar Chavez Academy", "Maple Grove Junior High"])
    b(f"[Parent Contact Log] {school} - Attendance Office\nEntry #{_d(r, 6)}  {_ts(r, 'space')}  Logged by: ", P(staff.name()), "\n")
    b("Student: ", P(kid.name("rev")), f"  ID {_d(r, 7)}  Grade {r.randint(6, 12)}  Homeroom {r.randint(100, 340)}\n")
    b("Parent/guardian: ", P(par.name()), "  Phone: ", PH(par.phone(r)), "\n")
    b(f"Notes: Parent called re: {c.pick(['3 unexcused absences', 'early pickup Friday', 'bus route change', 'tardies this week'])}. ")
    if c.chance(0.5):
        b("Family moved, new address ", ADDR(par.addr["line"]), " - forwarded to transportation. ")
    if c.chance(0.4):
        b("Parent asked us to reset the ParentVUE login; told her we can't take passwords over the phone, sent reset link to ",
          EM(par.email), ". ")
    else:
        b(f"Student has a {c.pick(['504 plan', 'late bus pass', 'nurse note'])} on file. ")
    b(f"Follow-up: {c.pick(['none', 'counselor', 'AP'])} by {_day(r, 'en_US', 'num', 2026)}. Lunch acct balance ${_price(r, 0, 40)}.\n")
    return b.done()


def _t_school_whatsapp_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    ppl = [c.person("en_AU", age=(30, 50)) for _ in range(4)]
    kids = [c.person("en_AU", age=(9, 11)) for _ in range(2)]
    day = _day(r, "en_AU", "num", 2026)
    ck = _Clock(r, r.randint(18, 20))
    grp = c.pick(["Yr 4 Parents 2026", "5B Mums & Dads", "Room 12 parents", "Camp Coordinators"])
    b(f"WhatsApp chat export - {grp}\n")
    b(f"[{day}, {ck.ampm()}] ", P(ppl[0].name()), f": Hi all, camp forms are due {_day(r, 'en_AU', 'num', 2026)}. Is anyone driving to ", LOC(c.pick(["Canberra", "Ballarat", "Bendigo", "Jervis Bay"])),
      " for the pickup? \U0001F697\n")
    b(f"[{day}, {ck.ampm()}] ", P(ppl[1].name("first")), ": We can take 2 kids. ", P(kids[0].name("first")),
      " and ", P(kids[1].name("first")), " could come with us\n")
    b(f"[{day}, {ck.ampm()}] ", P(ppl[2].name()), ": Thanks legend! Text me on ", PH(ppl[2].phone(r)),
      " - I'm not always on here\n")
    if c.chance(0.6):
        b(f"[{day}, {ck.ampm()}] ", P(ppl[3].name("first")), ": We'll be away, heading up to ",
          LOC(c.pick(["Noosa", "Byron Bay", "Cairns", "Bali", "Fiji", "Port Douglas"])), " for the hols \u2600\ufe0f\n")
    b(f"[{day}, {ck.ampm()}] ", P(ppl[0].name("first")), f": Reminder the canteen order code is {_d(r, 4)} "
      f"and Qkr payments close Friday. Uniform shop has size {r.choice([8, 10, 12])} jumpers for ${r.choice([32, 38, 45])}.\n")
    if c.chance(0.4):
        b(f"[{day}, {ck.ampm()}] ", P(ppl[1].name("first")), ": Drop-off at ours is fine, ",
          ADDR(ppl[1].addr["line"]), " \U0001F44D\n")
    return b.done()


def _t_school_email_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    par = c.person("en_NZ", age=(30, 52))
    kid = c.person("en_NZ", age=(12, 13))
    kid.last = par.last
    off = c.person("en_NZ", gender="F")
    school = c.pick(["Kowhai Intermediate", "Ponsonby Intermediate", "Raroa Normal Intermediate", "Cobham Intermediate"])
    b("From: ", P(par.name()), " <", EM(par.email), ">\nTo: ", EM(f"office@{_ascii(school.split()[0])}.school.nz"), "\n")
    b("Subject: Re: Year 8 camp - payment & medical form\n\n")
    b("Kia ora ", P(off.name("first")), ",\n\n")
    b("Sorry this is late. Payment for ", P(kid.name()), f" (Room {r.randint(1, 22)}) - I tried Kindo but it keeps failing so "
      f"here are the card details, can you put the ${r.choice([185, 220, 260])} through:\n")
    card, brand = _card(r, c.pick(["visa", "mc"]))
    b(f"{brand} ", CC(card), f" exp {r.randint(1, 12):02d}/{r.randint(27, 30)}\n")
    b("Medical form: ", P(kid.name("first")), f" has mild asthma (Ventolin), DOB ", DOB(kid.dob_s(r)), ", NHI on file.\n")
    b("My work number is ", PH(c.phone("en_NZ", "fix")), " if anything comes up.\n\n")
    b("Nga mihi,\n", P(par.name()), "\n\n")
    b(f"-----Original Message-----\nFrom: {school} Office\nSent: {_day(r, 'en_NZ', 'words', 2026)}\n")
    d1, d2 = _days(r, "en_NZ")
    b(f"> Camp at Tui Ridge runs {d1} to {d2}. Please do not email "
      "card numbers - use Kindo or internet banking (ref: student ID + CAMP). Account 12-3456-0123456-00.\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: mobile telecom
# --------------------------------------------------------------------------------------------------


def _t_telco_ticket_ro(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("ro_RO")
    ag = c.person("ro_RO")
    b(f"Tichet #{_d(r, 7)} | Prioritate: {c.pick(['Medie', 'Ridicată', 'Scăzută'])} | Canal: {c.pick(['e-mail', 'formular web', 'aplicație'])}\n")
    b(f"Deschis: {_ts(r, 'space')} | Categorie: Facturare > Plăți respinse | SLA 48h\n\n")
    b("Client: ", P(cu.name(c.pick(["full", "upper"]))), f" | Nr. contract: {c.pick(['CTR', 'RO'])}-{_d(r, 8)} | Cont client: {_d(r, 10)}\n")
    b("Telefon: ", PH(cu.phone(r)), " | E-mail: ", EM(cu.email), "\n")
    b("Adresă facturare: ", ADDR(cu.addr["line"]), "\n\n")
    b(f"Descriere client:\nBună ziua, de la actualizarea aplicației la versiunea {_version(r, True)} nu mai pot plăti factura "
      f"de {r.randint(39, 180)},{r.randint(10, 99)} lei. ")
    k = r.randrange(3)
    if k == 0:
        card, _ = _card(r, c.pick(["visa", "mc"]))
        b("Am încercat de 3 ori cu cardul ", CC(card), " și mi-a luat banii de două ori. Vă rog returnați suma în contul ",
          IBAN(_iban(r, "RO")), ".\n")
    elif k == 1:
        b(f"Cardul terminat în {_d(r, 4)} este valid, banca spune că problema e la voi. Vă rog să mă sunați după ora 17.\n")
    else:
        b("Vreau și portarea numărului soției, ", P(c.person("ro_RO", gender="F").name()), ", pe același cont. "
          "Parola contului meu online e ", PW(_password(r, "ro")), " dacă aveți nevoie să verificați.\n")
    b(f"\nTelefon: {c.pick(['Samsung Galaxy A54', 'iPhone 13', 'Xiaomi Redmi Note 12'])} | IMEI: {_imei(r)} | "
      f"SIM ICCID {_iccid(r, '40')}\n")
    b("Notă agent (", P(ag.name("initial")), "): verificat identitatea, escaladat la Billing L2.\n")
    return b.done()


def _t_telco_callnote_hu(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("hu_HU")
    mo = c.person("hu_HU", gender="F", age=(50, 90))
    ag = c.person("hu_HU")
    b(f"Hívásjegyzet - {_ts(r, 'space')} - Ügyintéző: ", P(ag.name()), f" (#{_d(r, 4)})\n")
    b("Ügyfél: ", P(cu.name(c.pick(["full", "upper"]))), f" | Ügyfélszám: {_d(r, 9)} | Előfizetés: {c.pick(['Yettel Flex', 'Telekom Next M', 'Vodafone Red S'])}\n")
    b("Hívószám: ", PH(cu.phone(r)), "\n")
    b("Azonosítás: szül. dátum ", DOB(cu.dob_s(r)), " + anyja neve ", P(mo.name()), " - OK\n")
    b(f"Ügy: SIM-csere, elveszett készülék. IMEI: {_imei(r)}. Új SIM ICCID: {_iccid(r, '36')}. PUK kiküldve SMS-ben.\n")
    b("Értesítési cím: ", ADDR(cu.addr["line"]), "\n")
    if c.chance(0.5):
        b("Roaming bekapcsolva, úti cél: ", LOC(c.pick(["Ausztria", "Horvátország", "Görögország", "Románia", "Olaszország"])),
          f", {_day(r, 'hu_HU', 'num', 2026)}-tól.\n")
    b(f"Díj: {r.choice([2990, 3990, 4990])} Ft, következő számlán. Jegy: {_d(r, 10)}. Hívás hossza {r.randint(3, 19)} perc.\n")
    return b.done()


def _t_telco_json_cs(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("cs_CZ")
    if c.chance(0.3):  # only infrastructure events in this window
        for _ in range(r.randint(2, 4)):
            b("{\"ts\":\"", _ts(r, "isoms"), f"\",\"level\":\"{c.pick(['WARN', 'INFO'])}\",\"service\":\"porting-api\",\"event\":\""
              f"{c.pick(['OKU_TIMEOUT', 'HEALTHCHECK', 'CONFIG_RELOAD'])}\",\"upstream\":\"{_private_ip(r)}:8443\",\"build\":\"{_version(r, True)}\","
              f"\"request_id\":\"{_uuid(r)}\"}}\n")
        return b.done()
    b("{\"ts\":\"", _ts(r, "isoms"), "\",\"level\":\"INFO\",\"service\":\"porting-api\",\"event\":\"PORT_IN_REQUEST\",")
    b(f"\"request_id\":\"{_uuid(r)}\",\"customer\":{{\"name\":\"", P(cu.name()), "\",\"birth_date\":\"")
    b(DOB(cu.dob_s(r, c.pick(["iso", "num"]))), "\",\"email\":\"", EM(cu.email), "\",\"msisdn\":\"", PH(cu.phone(r, "e164")))
    b("\",\"address\":\"", ADDR(cu.addr["line"]), "\"},")
    b(f"\"donor_operator\":\"{c.pick(['O2 Czech Republic', 'T-Mobile Czech Republic', 'Vodafone Czech Republic'])}\",")
    b(f"\"opt_code\":\"{_an(r, 3, string.ascii_uppercase)}{_d(r, 6)}\",\"client_ip\":\"")
    b(IP(_ip_public_v4(r)) if c.chance(0.7) else IP(_ip_public_v6(r)))
    b(f"\",\"ua\":\"MujOperator/{_version(r, True)} (Android 14; SM-A546B)\",\"sim\":{{\"iccid\":\"{_iccid(r, '42')}\",\"imsi\":\"230{_d(r, 12)}\"}},")
    b(f"\"kyc\":{{\"doc_type\":\"OP\",\"doc_last4\":\"{_d(r, 4)}\",\"score\":{r.random():.2f}}},\"trace\":\"{_hex(r, 32)}\"}}\n")
    b("{\"ts\":\"", _ts(r, "isoms"), f"\",\"level\":\"WARN\",\"service\":\"porting-api\",\"event\":\"OKU_TIMEOUT\",\"upstream\":\"{_private_ip(r)}:8443\",\"retry\":2}}\n")
    return b.done()


def _t_telco_transcript_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_IN")
    ag = c.person("en_IN")
    brand = c.pick(["airtel", "jio", "vi"])
    title = "mr." if cu.g == "M" else "ms."
    b(f"[call transcript | asr | {brand} care | {_uuid(r)}]\n")
    b(f"agent: thank you for calling {brand} customer care, my name is ", P(ag.name("first").lower()), f", am i speaking with {title} ",
      P(cu.name("last").lower()), "?\n")
    b("customer: yes yes, ", P(cu.name("lower")), " speaking.\n")
    b("agent: for verification please confirm your date of birth\n")
    y, m, d = cu.dob
    if c.chance(0.5):
        spoken = f"{d}{_ordsuf(d)} {_MONTHS['en'][m - 1].lower()} {y}"
    else:
        spoken = f"{d:02d} {m:02d} {y}"
    b("customer: ", DOB(spoken), "\n")
    b("agent: thank you. and an alternate number?\n")
    b("customer: ", PH(cu.phone(r, c.pick(["compact", "nat"]))), "\n")
    b(f"agent: {'sir' if cu.g == 'M' else 'madam'} the recharge of rupees {c.pick(['299', '349', '719', '859'])} was done on {_day(r, 'en_IN', 'num', 2026)}, "
      f"transaction id {_d(r, 12)}, it shows successful\n")
    b("customer: but data is not working since i shifted to ", LOC(c.pick(["pune", "hyderabad", "gurgaon", "chennai", "indore", "nagpur"])),
      " last month\n")
    b(f"agent: i am raising a complaint, docket number {_d(r, 10)}, please restart the handset and check apn settings\n")
    if c.chance(0.5):
        b("customer: also update my mail id, it is ", EM(cu.email.lower()), "\n")
    b("agent: is there anything else i can help you with?\ncustomer: no thanks\n")
    return b.done()


def _t_telco_port_email_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_US")
    rep = c.person("en_US")
    carrier = c.pick(["Verizon", "T-Mobile", "AT&T", "Visible", "Mint Mobile"])
    b("From: ", P(cu.name()), " <", EM(cu.email), ">\nTo: ", EM("billing-support@" + c.pick(["brightwave.com", "lumenmobile.com", "skyline-wireless.com"])), "\n")
    b(f"Subject: Disputed charges on acct {_d(r, 9)}-{_d(r, 5)}\n\nHello,\n\n")
    b(f"I switched to {carrier} on {_day(r, 'en_US', 'num', 2026)} but you still charged my card ${_price(r, 40, 190)}. ")
    if c.chance(0.5):
        card, _ = _card(r)
        b("The card was ", CC(card), ". ")
    else:
        b(f"The card ends in {_d(r, 4)}. ")
    b("Please refund it or send a check to ", ADDR(cu.addr["line"]), ".\n\n")
    b("For verification: last 4 of SSN ", _d(r, 4), ", account PIN I set up was changed, and the online login password is ")
    b(PW(_password(r)), " (I know, I'll change it).\n" if c.chance(0.6) else "[removed by sender].\n")
    b(f"Phone on the account: ", PH(cu.phone(r)), f" (IMEI {_imei(r)}).\n\n")
    b("Thanks,\n", P(cu.name()), "\n\n")
    b(f"> On {_day(r, 'en_US', 'words', 2026)}, Customer Care wrote:\n> Hi ", P(cu.name("first")), ", this is ", P(rep.name("first")),
      f" from the billing team. Case {_d(r, 8)} has been opened.\n> Please never send your full SSN or card number by e-mail.\n")
    return b.done()


def _t_telco_kv_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    quiet = c.chance(0.4)  # a log window with no personal data in it
    for _ in range(r.randint(4, 6)):
        k = 3 if quiet else r.randrange(4)
        ts = _ts(r, "iso")
        if k == 0:
            b(f"{ts} radius-acct Acct-Status-Type={c.pick(['Start', 'Interim-Update', 'Stop'])} User-Name=")
            b(PH(c.phone("en_CA", "mob", "e164")) if c.chance(0.7) else f"{_d(r, 15)}@ims.mnc{_d(r, 3)}.mcc302.3gppnetwork.org")
            b(f" Framed-IP-Address=100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)} NAS-IP-Address=10.{r.randint(0, 30)}.{r.randint(0, 255)}.{r.randint(1, 254)} Acct-Session-Id={_hex(r, 16)}"
              f" IMEISV={_d(r, 16)}\n")
        elif k == 1:
            b(f"{ts} portal-auth result={c.pick(['success', 'success', 'fail'])} user=")
            p = c.person("en_CA")
            b(EM(p.email), " src_ip=", IP(_ip_public_v4(r)) if c.chance(0.7) else IP(_ip_public_v6(r)),
              f" ua=\"MyAccount/{_version(r)} iOS\" mfa={c.pick(['sms', 'totp', 'none'])}\n")
        elif k == 2:
            b(f"{ts} cgnat-map proto=tcp inside={_private_ip(r)}:{r.randint(1024, 65535)} outside=", IP(_ip_public_v4(r)),
              f":{r.randint(1024, 65535)} sub_id={_d(r, 10)}\n")
        else:
            b(f"{ts} sms-fw action=block reason=spam_score score={r.random():.3f} src_sc={_d(r, 6)} "
              f"fp={_hex(r, 40)} fw_ver={_version(r, True)}\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: travel agency
# --------------------------------------------------------------------------------------------------


def _t_travel_email_es_mx(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cl = c.person("es_MX", age=(28, 70))
    comp = c.person("es_MX", age=(28, 70))
    kid = c.person("es_MX", age=(4, 16))
    ag = c.person("es_MX")
    dest, iata = c.pick([("Madrid", "MAD"), ("Cancún", "CUN"), ("Lima", "LIM"), ("Buenos Aires", "EZE"), ("Bogotá", "BOG"),
                         ("Nueva York", "JFK"), ("París", "CDG"), ("Roma", "FCO")])
    trato = "Sra." if cl.g == "F" else "Sr."
    b(f"Asunto: Confirmación de reservación {_an(r, 6, string.ascii_uppercase + string.digits)} - ")
    b(LOC(dest), "\n\n", f"Estimad{'a' if cl.g == 'F' else 'o'} {trato} ", P(cl.name("last").split(" ")[0]), ":\n\n")
    d1, d2 = _days(r, "es_MX")
    b("Le confirmamos su paquete a ", LOC(dest), f" del {d1} al {d2}.\n")
    b("Pasajeros:\n")
    for p in [cl, comp] + ([kid] if c.chance(0.5) else []):
        b("  - ", P(p.name(c.pick(["full", "caps"]))), " | fecha de nacimiento: ", DOB(p.dob_s(r)), "\n")
    b(f"Vuelo: AM {r.randint(10, 999):04d} MEX-{iata}, "
      f"salida {r.randint(6, 23)}:{c.pick(['05', '20', '45'])} h, Terminal {c.pick(['1', '2'])}\n")
    b(f"Hotel: {c.pick(['Hotel Catalonia Plaza', 'Hotel María Cristina', 'Fiesta Americana', 'Hotel Emperador'])}, "
      f"{r.randint(3, 9)} noches, plan {c.pick(['europeo', 'todo incluido', 'desayuno'])}\n")
    b(f"Total: MXN ${r.randint(18, 96)},{r.randint(100, 999)}.00 - pagado con tarjeta terminación {_d(r, 4)}, "
      f"{c.pick(['6', '12', '3'])} MSI\n\n")
    b("Para cualquier cambio comuníquese al ", PH(c.phone("es_MX", "fix")), " o por WhatsApp al ", PH(ag.phone(r)), ".\n\n")
    b("Saludos cordiales,\n", P(ag.name()), f"\n{'Asesora' if ag.g == 'F' else 'Asesor'} de viajes | {c.pick(['Viajes Azteca', 'Mundo Joven Travel', 'Turismo Pacífico'])}\n",
      ADDR(_address(r, "es_MX")["line"]), "\n")
    return b.done()


def _t_travel_form_pt(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    p = c.person("pt_PT")
    b("FICHA DE RESERVA - Viagens Atlântico, Lda.\n")
    b(f"N.º reserva: {_an(r, 2, string.ascii_uppercase)}{_d(r, 6)}   Data: {_day(r, 'pt_PT', 'num', 2026)}   Operador: {_d(r, 3)}\n\n")
    b("Nome completo: ", P(p.name()), "\nData de nascimento: ", DOB(p.dob_s(r)), "\n")
    b("Nacionalidade: Portuguesa   Documento: Cartão de Cidadão n.º [ocultado]\n")
    b("Morada: ", ADDR(p.addr["line"]), "\nTelemóvel: ", PH(p.phone(r)), "\nEmail: ", EM(p.email), "\n")
    b("Destino: ", LOC(c.pick(["Funchal", "Ponta Delgada", "Cabo Verde", "Salvador da Bahia", "Marrocos", "Paris"])))
    d1, d2 = _days(r, "pt_PT")
    b(f"   Partida: {d1}   Regresso: {d2}\n")
    b(f"Alojamento: {c.pick(['Hotel Vila Galé', 'Pestana Casino Park', 'Hotel Dom Pedro', 'Hotel Baía'])}   "
      f"Regime: {c.pick(['APA', 'MP', 'TI'])}\n")
    b(f"Seguro de viagem: {c.pick(['Sim', 'Não'])}   Apólice: {_d(r, 3)}/{_d(r, 7)}\n")
    if c.chance(0.6):
        b("IBAN para reembolso: ", IBAN(_iban(r, "PT")), "\n")
    else:
        b("IBAN para reembolso: N/A\n")
    b(f"Pagamento: Multibanco, entidade {_d(r, 5)}, referência {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}, "
      f"valor {r.randint(300, 2900)},{_d(r, 2)} EUR\n")
    b(f"Observações: {c.pick(['Cadeira de rodas no aeroporto.', 'Viaja com o cão Tobias (8 kg).', '-', 'Quarto com vista mar, se possível.'])}\n")
    return b.done()


def _t_travel_chat_da(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("da_DK", gender="F")
    ag = c.person("da_DK")
    pa = c.person("da_DK", gender="M")
    dest = c.pick(["Mallorca", "Kreta", "Thailand", "Gran Canaria", "New York", "Rom"])
    b(f"Chat #{_d(r, 7)} - Rejsebureauet Nordlys - startet {_ts(r, 'space')}\n")
    b(P(cu.name("first")), ": Hej, jeg har booket en rejse til ", LOC(dest), f" med bookingnr. {_d(r, 8)}, men min mand står med forkert navn\n")
    b(P(ag.name("first")), " (Nordlys): Hej! Det kan vi hurtigt rette. Hvad er det korrekte fulde navn og fødselsdato?\n")
    b(P(cu.name("first")), ": ", P(pa.name()), ", født ", DOB(pa.dob_s(r)), "\n")
    b(P(ag.name("first")), " (Nordlys): Tak. Navneændring koster 250 kr. Skal jeg sende betalingslinket til ", EM(cu.email), "?\n")
    b(P(cu.name("first")), ": Ja tak. Og ring gerne på ", PH(cu.phone(r)), " hvis der er noget. Vi flyver fra ", LOC(c.pick(["Billund", "Aalborg", "Kastrup"])), f" kl. {_hm(r)}\n")
    b(P(ag.name("first")), f" (Nordlys): Perfekt. Jeres hotel er {c.pick(['Hotel Sol Marbella', 'Iberostar Creta Marine', 'Hotel H10 Playa Meloneras'])}, "
      f"værelse type DBL-SV, pris i alt {r.randint(9, 38)}.{r.randint(100, 999)},00 kr.\n")
    if c.chance(0.5):
        b(P(cu.name("first")), ": Refusion for udflugten må gerne gå til ", IBAN(_iban(r, "DK")), "\n")
    return b.done()


def _t_travel_confirm_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    lead = c.person("en_NZ", age=(30, 70))
    pax = [lead] + [c.person("en_NZ") for _ in range(r.randint(0, 2))]
    ag = c.person("en_NZ")
    dests = r.sample(["Rarotonga", "Fiji", "Melbourne", "Queenstown", "Honolulu", "Bali", "Tokyo", "Vancouver"], 2)
    b(f"BOOKING CONFIRMATION  |  Ref {_an(r, 6, string.ascii_uppercase)}  |  Issued {_day(r, 'en_NZ', 'num', 2026)}\n\n")
    b("Lead passenger: ", P(lead.name(c.pick(["caps", "full"]))), "\nContact: ", PH(lead.phone(r)), " / ", EM(lead.email), "\n")
    b("Postal address: ", ADDR(lead.addr["line"]), "\n\nTravellers (as per passport, DOB required for insurance):\n")
    for i, p in enumerate(pax, 1):
        b(f"  {i}. ", P(p.name("caps")), "  DOB ", DOB(p.dob_s(r, "num")), "\n")
    b("\nItinerary: ", LOC("Auckland"), " > ", LOC(dests[0]), " > ", LOC(dests[1]), " > ", LOC("Auckland"), "\n")
    b(f"  NZ{r.randint(1, 999)} departs {_day(r, 'en_NZ', 'num', 2026)} {_hm(r)}, seat {r.randint(10, 48)}{c.pick('ABCDEFK')}\n")
    hotel = c.pick(["The Rarotongan Beach Resort", "Sofitel Fiji", "QT Melbourne", "Eichardt's Private Hotel"])
    b(f"  Accommodation: {hotel} x {r.randint(3, 10)} nights\n")
    b(f"Total NZD {r.randint(2, 14)},{r.randint(100, 999)}.00 paid by Visa ending {_d(r, 4)}; Airpoints no. {_d(r, 8)} credited.\n\n")
    b("Your consultant: ", P(ag.name()), f", {c.pick(['House of Travel', 'Flight Centre', 'Hello World'])} ",
      c.pick(["Newmarket", "Riccarton", "Lambton Quay"]), ", DDI ", PH(c.phone("en_NZ", "fix")), "\n")
    return b.done()


def _t_travel_manifest_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    b("pnr,last_name,first_name,dob,phone,email,seat,ff_number,meal,fare_usd\n")
    for _ in range(r.randint(3, 6)):
        p = c.person("en_US")
        b(f"{_an(r, 6, string.ascii_uppercase + string.digits)},", P(p.last.upper()), ",", P(p.first.upper()), ",",
          DOB(p.dob_s(r, c.pick(["iso", "num"]))), ",")
        b(PH(p.phone(r, c.pick(["e164", "dash", "nat"]))) if c.chance(0.85) else "", ",")
        b(EM(p.email.lower()) if c.chance(0.8) else "N/A", ",")
        b(f"{r.randint(8, 42)}{c.pick('ABCDEF')},{c.pick(['DL', 'AA', 'UA', 'AS'])}{_d(r, 9) if c.chance(0.6) else ''},"
          f"{c.pick(['', 'VGML', 'KSML', 'AVML', ''])},{_price(r, 180, 1400)}\n")
    b(f"# exported {_ts(r, 'space')} by groupdesk v{_version(r, True)} rows ok\n")
    return b.done()


def _t_travel_transcript_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_AU")
    ag = c.person("en_AU")
    b(f"transcript_id={_uuid(r)} lang=en-AU channel=voice duration={r.randint(180, 900)}s\n")
    b("agent: thanks for calling ", c.pick(["flight centre", "helloworld travel", "escape travel"]), " you're speaking with ",
      P(ag.name("first").lower()), " how can i help\n")
    b("caller: hi yeah i've got a booking to ", LOC(c.pick(["bali", "fiji", "tokyo", "queenstown", "phuket", "honolulu"])),
      " and i need to change the dates\n")
    b("agent: no worries can i grab the booking reference\n")
    b(f"caller: it's {' '.join(_an(r, 6, string.ascii_lowercase))}\n")
    b("agent: and the lead passenger's full name and date of birth\n")
    y, m, d = cu.dob
    b("caller: ", P(cu.name("lower")), " ", DOB(f"{d} {_MONTHS['en'][m - 1].lower()} {y}"), "\n")
    b(f"agent: perfect thanks. so the change fee is {r.choice([75, 99, 150])} dollars plus any fare difference\n")
    if c.chance(0.5):
        card, _ = _card(r, c.pick(["visa", "mc"]), "space")
        b("caller: yep just put it on the card ", CC(card), f" expiry {r.randint(1, 12):02d} {r.randint(27, 30)}\n")
        b("agent: [pci pause] thank you that's gone through\n")
    else:
        b("caller: can you put it on the same card as before the one ending in ", _d(r, 4), "\n")
    b("agent: and is ", PH(cu.phone(r, "nat")), " still the best number\ncaller: yep that's me\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: coworking space
# --------------------------------------------------------------------------------------------------


def _t_cowork_signup_de_at(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    m = c.person("de_AT")
    firm = c.company("de_AT")
    b(f"Mitgliedsantrag - {c.pick(['Impact Hub Vienna', 'Talent Garden Wien', 'Coworking Salzburg', 'Workspace Graz Lend'])}\n")
    b(f"Eingang: {_ts(r, 'space')}   Antrags-ID: {_uuid(r)}   Formular v{_version(r, False)}\n\n")
    b(f"Anrede: {'Frau' if m.g == 'F' else 'Herr'}\nTitel: {c.pick(['', 'Mag.', 'DI', 'Dr.', 'BSc'])}\n")
    b("Vorname: ", P(m.first), "\nNachname: ", P(m.last), "\nGeburtsdatum: ", DOB(m.dob_s(r)), "\n")
    b(f"Firma / UID: {firm} / ATU{_d(r, 8)}\n")
    b("Rechnungsadresse: ", ADDR(m.addr["line"]), "\n")
    b("Telefon: ", PH(m.phone(r)), "\nE-Mail: ", EM(m.email), "\n")
    b(f"Tarif: {c.pick(['Flex Desk 10 Tage', 'Fix Desk', 'Team Office 4 Pers.', 'Nachteule (ab 17 Uhr)'])}  "
      f"Beginn: {_day(r, 'de_AT', 'num', 2026)}  Preis: EUR {r.randint(149, 690)},00 exkl. USt\n")
    if c.chance(0.7):
        b("SEPA-Lastschrift: IBAN ", IBAN(_iban(r, "AT")), f"  BIC {c.pick(['BKAUATWW', 'GIBAATWWXXX', 'RZOOAT2L', 'OPSKATWW'])}\n")
        b("Kontoinhaber/in: ", P(m.name()), "\n")
    else:
        b("Zahlung: Kreditkarte (Stripe), Karte endet auf ", _d(r, 4), "\n")
    b(f"Zugangskarte Nr.: {_hex(r, 8).upper()}   Spind: {r.randint(1, 80)}   Meetingraum-Kontingent: {r.choice([4, 8, 12])} h\n")
    b(f"Gast-WLAN: {c.pick(['Hub-Guest', 'TG-Visitors', 'CoSalzburg_Gast'])} / Passwort: ", PW(_password(r, "de")), "\n")
    b(f"Wie haben Sie von uns erfahren? {c.pick(['Instagram', 'Empfehlung', 'Google', 'Veranstaltung'])}\n")
    return b.done()


def _t_cowork_email_lv(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    m = c.person("lv_LV")
    mgr = c.person("lv_LV")
    firm = c.pick(["SIA Kodols", "SIA Zaļā Birojs", "SIA Baltic Dev Studio", "SIA Ziemeļu Dizains"])
    b("No: ", P(m.name()), " <", EM(m.email), ">\n")
    b("Kam: ", EM("rekini@" + c.pick(["teikums.lv", "birojs-riga.lv", "cowork.lv"])), "\n")
    b(f"Temats: Rēķins Nr. {c.pick(['CW', 'R'])}-{r.randint(2025, 2026)}/{_d(r, 4)} - lūdzu labot rekvizītus\n\n")
    b("Labdien, ", P(mgr.name("first")), "!\n\n")
    b(f"Lūdzu pārrakstīt {_day(r, 'lv_LV', 'num', 2026)} rēķinu uz uzņēmumu {firm}, reģ. Nr. 4000{_d(r, 7)}, PVN LV4000{_d(r, 7)}. "
      "Juridiskā adrese: ", ADDR(_address(r, "lv_LV")["line"]), ".\n")
    b("Norēķinu konts: ", IBAN(_iban(r, "LV")), ".\n")
    b(f"Summa {r.randint(120, 650)},00 EUR paliek tā pati (galds {r.randint(1, 40)}, {c.pick(['Flex', 'Fix', 'Komanda'])}).\n\n")
    if c.chance(0.5):
        b("Un vēl - mana dzīvesvieta tagad ir ", LOC(m.addr["home"]), ", tāpēc piekļuves karti lūdzu nodot kolēģim.\n\n")
    title = c.pick(["Valdes locekle", "Projektu vadītāja", "Izstrādātāja"] if m.g == "F" else ["Valdes loceklis", "Projektu vadītājs", "Izstrādātājs"])
    b("Ar cieņu,\n", P(m.name()), "\n", f"{title}, {firm}\n")
    b("Tālr. ", PH(m.phone(r)), "\n")
    return b.done()


def _t_cowork_access_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    space = c.pick(["Brick & Beam Cowork", "The Commons ATX", "Foundry Hall", "Desk+Dock"])
    quiet = c.chance(0.35)
    for _ in range(r.randint(4, 7)):
        k = 2 if quiet else r.randrange(4)
        if k == 0:
            ip = _ip_public_v4(r) if c.chance(0.8) else _ip_public_v6(r)
            b(IP(ip), f" - - [{_ts(r, 'clf')}] \"{c.pick(['POST /api/v2/bookings', 'GET /members/me', 'POST /login', 'GET /rooms/availability?date=2026-04-02'])} HTTP/1.1\" "
              f"{c.pick(['200', '201', '302', '401', '404'])} {r.randint(120, 9000)} \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"\n")
        elif k == 1:
            p = c.person("en_US")
            b(f"{_ts(r, 'iso')} door-ctl site={space.split()[0].lower()} door={c.pick(['FrontDoor', 'Level2', 'BikeRoom'])} "
              f"badge=0x{_hex(r, 6).upper()} holder=\"", P(p.name()), f"\" result={c.pick(['GRANTED', 'GRANTED', 'DENIED'])}\n")
        elif k == 2:
            b(f"{_ts(r, 'iso')} dhcpd: DHCPACK on {_lan_ip(r)} to {':'.join(_hex(r, 2) for _ in range(6))} via eth1 "
              f"lease={c.pick(['3600', '86400'])}\n")
        else:
            p = c.person("en_US")
            b(f"{_ts(r, 'iso')} booking-svc INFO room=\"{c.pick(['Ada Lovelace', 'Grace Hopper', 'The Library', 'Pecan', 'Frida'])}\" "
              f"booked_by=", EM(p.email), f" slot={_hm(r)}-{_hm(r)} credits={r.randint(1, 6)} req={_uuid(r)[:8]}\n")
    return b.done()


def _t_cowork_config_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    own = c.person("en_CA")
    b(f"# booking-sync .env  -- maintained by ", P(own.name()), " <", EM(c.work_email(own, "gatherhall.ca")), ">\n")
    b(f"# last rotated {_day(r, 'en_CA', 'iso', 2026)}; see runbook OPS-{_d(r, 3)}\n")
    b(f"APP_ENV=production\nAPP_VERSION={_version(r, True)}\nTZ=America/Toronto\n")
    b(f"DATABASE_URL=postgres://booking:")
    pw = _password(r).replace("@", "#").replace("/", "_").replace(":", "_")
    b(PW(pw), f"@{_private_ip(r)}:5432/booking\n")
    b("STRIPE_SECRET_KEY=", KEY(_api_key(r, "stripe")[0]), "\n")
    b(f"STRIPE_PUBLISHABLE_KEY=pk_live_{_an(r, 24)}\n" if c.chance(0.3) else "")
    b("SENDGRID_API_KEY=", KEY(_api_key(r, "sendgrid")[0]), "\n")
    b("SLACK_BOT_TOKEN=", KEY(_api_key(r, "slack")[0]), "\n") if c.chance(0.6) else b("SLACK_BOT_TOKEN=\n")
    b(f"SLACK_SIGNING_SECRET_ID={_hex(r, 8)}\n")
    b("ALLOWED_ADMIN_IPS=10.0.0.0/8,", IP(_ip_public_v4(r)), "/32\n")
    b("FRONT_DESK_PHONE=", PH(c.phone("en_CA", "fix")), "\n")
    b(f"PASSWORD_MIN_LENGTH=12\nPASSWORD_REQUIRE_SYMBOL=true\nSESSION_SECRET_KEY_ID=k{r.randint(1, 9)}\n")
    return b.done()


def _t_cowork_slack_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cm = c.person("en_AU")
    ppl = [c.person("en_AU") for _ in range(3)]
    ck = _Clock(r, r.randint(8, 15))
    handle = lambda p: "@" + _ascii(p.first) + _ascii(p.last[0])  # noqa: E731
    b(f"#community-{c.pick(['level2', 'general', 'lost-and-found'])}\n")
    b(P(cm.name()), f"  {ck.ampm()}\n")
    b(f"Morning legends! Please welcome ", P(ppl[0].name()), f" who's just moved down from ", LOC(c.pick(["Brisbane", "Darwin", "Cairns", "Auckland", "London"])),
      f" and joins us on a Fixed Desk in the {c.pick(['Banksia', 'Kookaburra', 'Jacaranda'])} room \U0001F389\n")
    b(P(ppl[1].name()), f"  {ck.ampm()}\n")
    b(f"welcome {handle(ppl[0])}! also - whoever left a black Lenovo in {c.pick(['Meeting Room 3', 'the Phone Booth', 'Ada Lovelace'])} it's at reception\n")
    b(P(cm.name()), f"  {ck.ampm()}\n")
    if c.chance(0.6):
        b(f"Level 2 wifi got reset, new password for {c.pick(['Hive-Members', 'CW_L2', 'WorkClub'])} is ", PW(_password(r)), "\n")
    else:
        b("Level 2 wifi password is on the printed card at reception (we don't post it here anymore)\n")
    b(P(ppl[2].name()), f"  {ck.ampm()}\n")
    b("Anyone keen for the Friday sausage sizzle? Text me ", PH(ppl[2].phone(r)), f" or reply here. Gold coin donation, proceeds to {c.pick(['Beyond Blue', 'OzHarvest', 'Fred Hollows Foundation'])}\n")
    return b.done()


def _t_cowork_invoice_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    m = c.person("en_IN")
    acc = c.person("en_IN")
    space = c.pick(["91springboard", "Awfis", "BHIVE Workspace", "Innov8", "The Hive"])
    inv = f"INV/{r.randint(2025, 2026)}-{r.randint(25, 27)}/{_d(r, 5)}"
    b("From: ", P(m.name()), " <", EM(m.email), ">\nTo: ", EM(f"billing@{_ascii(space)}.in"), f"\nSubject: Wrong GSTIN on invoice {inv}\n\n")
    b("Dear ", P(acc.name("first")), " ji," if c.chance(0.4) else ",", "\n\n")
    b(f"The invoice {inv} dated {_day(r, 'en_IN', 'num', 2026)} for {c.pick(['2 dedicated desks', '1 private cabin', '8 day passes'])} "
      f"(₹ {r.randint(8, 95)},{_d(r, 3)}.00 + 18% GST) shows our old GSTIN. Correct GSTIN is "
      f"{r.randint(10, 36)}AAB{c.pick('CF')}{_an(r, 1, string.ascii_uppercase)}{_d(r, 4)}{_an(r, 1, string.ascii_uppercase)}1Z{r.randint(1, 9)}.\n")
    b("Billing address should read: ", ADDR(m.addr["line"]), ".\n")
    b(f"Payment was made via NEFT, UTR {c.pick(['HDFC', 'ICIC', 'SBIN'])}R5{_d(r, 11)}.\n\n")
    b("Regards,\n", P(m.name()), f"\n{c.pick(['Founder', 'Accounts Manager', 'Operations Lead'])}\nM: ", PH(m.phone(r)), "\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: food delivery
# --------------------------------------------------------------------------------------------------


def _t_food_whatsapp_es_cl(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("es_CL")
    rider = c.person("es_CL", gender="M")
    ck = _Clock(r, r.randint(12, 21))
    app = c.pick(["PedidosYa", "Rappi", "Uber Eats", "Justo"])
    b(f"[{ck()}] ", P(rider.name("first")), f" ({app}): Hola, voy con tu pedido #{_d(r, 9)}, llego en 5 min\n")
    b(f"[{ck()}] ", P(cu.name("first")), ": Ok! La dirección es ", ADDR(cu.addr["line"]), ", el timbre no funciona\n")
    b(f"[{ck()}] ", P(rider.name("first")), ": Estoy afuera del edificio, el conserje me pide el nombre completo\n")
    b(f"[{ck()}] ", P(cu.name("first")), ": ", P(cu.name()), f" jaja. Código del portón {_d(r, 4)}#\n")
    b(f"[{ck()}] ", P(rider.name("first")), ": Listo, entregado. Si falta algo escríbeme al ", PH(rider.phone(r)), "\n")
    if c.chance(0.5):
        b(f"[{ck()}] ", P(cu.name("first")), f": Faltó la bebida \U0001F61E. El local era {c.pick(['Fuente Alemana', 'Domino', 'Doña Tina', 'Sushi Marcelo'])}\n")
    b(f"[{ck()}] ", P(rider.name("first")), f": Reclámalo en la app, propina ${r.choice([500, 1000, 1500])} gracias!! \U0001F64F\n")
    return b.done()


def _t_food_ticket_fr_ch(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("fr_CH")
    ag = c.person("fr_CH")
    resto = c.pick(["Chez Marcel", "Café du Marché", "Pizzeria Da Enzo", "Le Petit Lausannois", "Sushi Kenji"])
    b(f"Ticket #{_d(r, 6)} | {c.pick(['Ouvert', 'En attente client', 'Résolu'])} | Priorité: normale | Canal: formulaire\n")
    b(f"Créé le {_day(r, 'fr_CH', 'num', 2026)} {_hm(r)} | Commande {c.pick(['CH', 'GE', 'VD'])}-{_d(r, 8)} | Restaurant: {resto}\n\n")
    b("Client: ", P(cu.name(c.pick(["full", "upper"]))), "\nE-mail: ", EM(cu.email), "\nTél.: ", PH(cu.phone(r)), "\n")
    b("Adresse de livraison: ", ADDR(cu.addr["line"]), "\n\nMessage:\n")
    b(f"Bonjour, la commande est arrivée froide et avec 45 minutes de retard (prévu {_hm(r)}). Montant CHF {_price(r, 28, 95)}. ")
    if c.chance(0.5):
        card, _ = _card(r, c.pick(["visa", "mc"]))
        b("Merci de rembourser sur la carte ", CC(card), ", l'app refuse mon TWINT.\n")
    else:
        b(f"Merci de rembourser sur ma carte (Visa se terminant par {_d(r, 4)}).\n")
    b("\nRéponse de ", P(ag.name()), " (Support):\nBonjour ", P(cu.name("first")), f", nous sommes désolés. Un bon de CHF {r.choice([10, 15, 20])}.- "
      f"(code {_an(r, 8, string.ascii_uppercase + string.digits)}) a été ajouté à votre compte.\n")
    return b.done()


def _t_food_applog_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_US")
    dr = c.person("en_US")
    oid = _uuid(r)
    if c.chance(0.3):  # dispatch-only window: ids, timings, internal nodes
        for _ in range(r.randint(2, 4)):
            b("{\"ts\":\"", _ts(r, "isoms"), f"\",\"svc\":\"dispatch\",\"lvl\":\"{c.pick(['info', 'debug'])}\",\"evt\":\""
              f"{c.pick(['courier.ping', 'eta.recalc', 'batch.closed'])}\",\"order_id\":\"{_uuid(r)}\",\"courier_id\":{r.randint(1000000, 9999999)},"
              f"\"lat\":{r.uniform(30.2, 45.5):.5f},\"lng\":{-r.uniform(75.0, 122.6):.5f},\"node\":\"{_private_ip(r)}\"}}\n")
        return b.done()
    lat, lon = r.uniform(30.2, 45.5), -r.uniform(75.0, 122.6)
    b("{\"ts\":\"", _ts(r, "isoms"), f"\",\"svc\":\"order-api\",\"lvl\":\"info\",\"evt\":\"order.created\",\"order_id\":\"{oid}\",")
    b("\"customer\":{\"name\":\"", P(cu.name()), "\",\"phone\":\"", PH(cu.phone(r, "e164")), "\",\"email\":\"", EM(cu.email), "\"},")
    b("\"dropoff\":{\"address\":\"", ADDR(cu.addr["line"]), f"\",\"lat\":{lat:.5f},\"lng\":{lon:.5f},\"notes\":\"{c.pick(['leave at door', 'gate code 4412', 'call on arrival', ''])}\"}},")
    pk = c.pick(["Joe's Pizza", "Sweetgreen", "Taco Bell #" + _d(r, 5), "Tony Luke's", "Chipotle"])
    b(f"\"restaurant\":\"{pk}\",\"subtotal\":{_price(r, 12, 80)},")
    b(f"\"payment\":{{\"method\":\"card\",\"brand\":\"{c.pick(['visa', 'mastercard', 'amex'])}\",\"last4\":\"{_d(r, 4)}\",\"token\":\"tok_{_an(r, 24)}\"}},")
    b("\"client\":{\"ip\":\"", IP(_ip_public_v4(r)) if c.chance(0.7) else IP(_ip_public_v6(r)), f"\",\"app\":\"ios/{_version(r, False)}\"}}}}\n")
    b("{\"ts\":\"", _ts(r, "isoms"), f"\",\"svc\":\"dispatch\",\"lvl\":\"info\",\"evt\":\"courier.assigned\",\"order_id\":\"{oid}\",\"courier\":{{\"id\":{r.randint(1000000, 9999999)},\"first_name\":\"")
    b(P(dr.first), f"\",\"vehicle\":\"{c.pick(['bike', 'car', 'scooter'])}\"}},\"eta_s\":{r.randint(300, 2400)},\"node\":\"{_private_ip(r)}\"}}\n")
    return b.done()


def _t_food_complaint_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_AU")
    b("From: ", P(cu.name()), " <", EM(cu.email), ">\nTo: ", EM("help@" + c.pick(["menulog.com.au", "doordash.com", "ubereats.com"])), "\n")
    b(f"Subject: Order {_d(r, 9)} never arrived - charged twice\n\n")
    b("Hi there,\n\n")
    pk = c.pick(["Grill'd", "Nando's", "Guzman y Gomez", "Betty's Burgers", "Roll'd"])
    b(f"Last night ({_day(r, 'en_AU', 'num', 2026)}) I ordered from {pk} "
      f"to ", ADDR(cu.addr["line"]), f". The app said delivered at {_hm(r)} but nothing turned up - the photo shows a different "
      "front door.\n")
    b(f"I was also charged twice (${_price(r, 25, 90)} each) on my card ending {_d(r, 4)}. ")
    if c.chance(0.4):
        b("I've got a DashPass membership (member no. ", _loyalty(r), ") so the delivery fee shouldn't even apply.\n")
    else:
        b("\n")
    b("Please call me on ", PH(cu.phone(r)), " - I've been on hold with chat for 40 minutes.\n\nCheers,\n", P(cu.name("first")), "\n")
    return b.done()


def _t_food_sms_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_NZ")
    dr = c.person("en_NZ")
    ck = _Clock(r, r.randint(17, 20))
    b("SMS thread with ", PH(dr.phone(r)), " (masked relay ", PH(c.phone("en_NZ", "fix", "intl")), ")\n")
    b(f"{ck()}  <- Hi it's ", P(dr.name("first")), " your driver, I'm at the address but can't find unit ", f"{r.randint(1, 9)}{c.pick('ABC')}\n")
    b(f"{ck()}  -> Round the back, blue door. Full address is ", ADDR(cu.addr["line"]), "\n")
    b(f"{ck()}  <- Sweet found it. Left it with a lady called ", P(c.person("en_NZ", gender="F").name("first")), " is that ok\n")
    b(f"{ck()}  -> Yep that's my flatmate cheers\n")
    if c.chance(0.5):
        b(f"{ck()}  -> Actually can you text me at my other number ", PH(cu.phone(r)), " next time\n")
    pk = c.pick(["Burger Burger", "Hell Pizza", "Sal's Pizza", "Mr Zhou's Dumplings"])
    b(f"{ck()}  [system] Rate your delivery from {pk}: https://nz.example-eats.com/r/{_an(r, 10)}\n")
    return b.done()


def _t_food_call_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_IN")
    ag = c.person("en_IN")
    rider = c.person("en_IN", gender="M")
    b(f"Call notes | {_ts(r, 'space')} | Agent ", P(ag.name()), f" (EMP{_d(r, 5)}) | Ticket {c.pick(['SWG', 'ZMT'])}-{_d(r, 9)}\n")
    pk = c.pick(["Biryani Blues", "Behrouz Biryani", "Haldiram's", "Meghana Foods"])
    b("- Customer ", P(cu.name()), " called from ", PH(cu.phone(r)), f" regarding order #{_d(r, 13)} ({pk}).\n")
    b("- Complaint: wrong item delivered (veg instead of non-veg). Rider ", P(rider.name("first")), " unreachable.\n")
    b("- Delivery address on file: ", ADDR(cu.addr["line"]), "\n")
    b(f"- Refund of ₹{r.randint(180, 900)} initiated to source (UPI), RRN {_d(r, 12)}. ")
    b(f"Offered coupon SORRY{r.choice([50, 75, 100])}.\n")
    if c.chance(0.4):
        b("- Customer also wants invoice on mail: ", EM(cu.email), "\n")
    b(f"- Disposition: RESOLVED_FCR | AHT {r.randint(3, 11)}m{r.randint(10, 59)}s\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: car dealership
# --------------------------------------------------------------------------------------------------

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(rng: random.Random) -> str:
    return rng.choice(["WVW", "WBA", "VF1", "ZFA", "TMB", "JTD", "1HG", "5YJ", "KMH", "WDD"]) + _an(rng, 14, _VIN_CHARS)


def _t_cars_crm_de_ch(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("de_CH")
    vk = c.person("de_CH")
    car = c.pick(["VW ID.4 Pro", "Skoda Octavia Combi RS", "BMW X1 xDrive23d", "Toyota Yaris Cross Hybrid", "Tesla Model Y LR"])
    b(f"CRM | Lead {_d(r, 7)} | Quelle: {c.pick(['AutoScout24', 'Website', 'Walk-in', 'Telefon'])} | Status: {c.pick(['Offerte', 'Probefahrt', 'Gewonnen', 'Verloren'])}\n")
    b(f"Garage: {c.pick(['Garage Müller AG', 'Emil Frey Zürich Nord', 'Auto Kunz Thun', 'AMAG Bern Wankdorf'])} | Verkäufer: ", P(vk.name()), "\n\n")
    b(f"{_day(r, 'de_CH', 'num', 2026)} - ", P(vk.name("initial")), ": ")
    b(f"{'Frau' if cu.g == 'F' else 'Herr'} ", P(cu.name("last")), f" hat {car} Probe gefahren ({r.randint(20, 60)} min). ")
    b(f"Inzahlungnahme {c.pick(['Opel Astra', 'VW Golf VII', 'Mazda CX-3', 'Ford Focus'])} Jg. {r.randint(2012, 2020)}, "
      f"{r.randint(60, 190)}'000 km, Fahrgestell-Nr. {_vin(r)}, Kontrollschild {c.pick(['ZH', 'BE', 'AG', 'SG'])} {r.randint(10000, 899999)}. ")
    b(f"Eintauschpreis CHF {r.randint(3, 15)}'{r.choice(['000', '500'])}.-\n")
    b("Kunde wohnt in ", LOC(cu.addr["home"]), ", pendelt täglich nach ", LOC(c.pick(["Zürich", "Bern", "Basel", "Zug"])),
      f" - Reichweite wichtig.\n")
    b("Leasinganfrage (MultiLease): Geburtsdatum ", DOB(cu.dob_s(r, "num")), ", Adresse ", ADDR(cu.addr["line"]), ", ")
    b("Mobile ", PH(cu.phone(r)), ", E-Mail ", EM(cu.email), ".\n")
    b(f"Nächster Schritt: Offerte {c.pick(['OF', 'AN'])}-{_d(r, 6)} nachfassen bis {_day(r, 'de_CH', 'num', 2026)}. Rabatt max. {r.randint(3, 9)} %.\n")
    return b.done()


def _t_cars_email_pt(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("pt_PT")
    ge = c.person("pt_PT")
    car = c.pick(["Peugeot 2008 1.2 PureTech", "Renault Clio E-Tech", "Dacia Sandero Stepway", "Toyota C-HR Hybrid", "Seat Ibiza FR"])
    b("De: ", P(ge.name()), " <", EM(c.work_email(ge, "autolusitania.pt")), ">\nPara: ", EM(cu.email), "\n")
    b(f"Assunto: Proposta de financiamento - {car} (Proc. {_d(r, 6)})\n\n")
    b(f"Exm{'a' if cu.g == 'F' else 'o'}. Sr{'a' if cu.g == 'F' else ''}. ", P(cu.name()), ",\n\n")
    b(f"Na sequência da sua visita de {_day(r, 'pt_PT', 'num', 2026)}, envio a proposta para o {car}, matrícula "
      f"{_an(r, 2, string.ascii_uppercase)}-{_d(r, 2)}-{_an(r, 2, string.ascii_uppercase)}, PVP {r.randint(16, 34)}.{_d(r, 3)},00 EUR.\n")
    b(f"Entrada: {r.randint(2, 8)}.000 EUR | {c.pick(['60', '72', '84'])} prestações de {r.randint(180, 420)},{_d(r, 2)} EUR | TAEG {r.randint(7, 12)},{_d(r, 1)}%\n\n")
    b("Para a análise de crédito confirmamos os dados que nos indicou:\n")
    b("  Nome: ", P(cu.name()), "\n  Data de nascimento: ", DOB(cu.dob_s(r)), "\n  Morada: ", ADDR(cu.addr["line"]), "\n")
    b("  Telemóvel: ", PH(cu.phone(r)), "\n  IBAN para débito direto: ", IBAN(_iban(r, "PT")), "\n\n")
    b("Falta apenas o último recibo de vencimento. Qualquer dúvida, estou ao dispor.\n\nCom os melhores cumprimentos,\n",
      P(ge.name()), f"\n{'Gestora' if ge.g == 'F' else 'Gestor'} Comercial | Auto Lusitânia, S.A.\nTel. ", PH(c.phone("pt_PT", "fix")), "\n")
    return b.done()


def _t_cars_credit_app_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    ap = c.person("en_US", age=(21, 70))
    co = c.person("en_US", age=(21, 70)) if c.chance(0.4) else None
    b(f"CREDIT APPLICATION - {c.pick(['Hometown Ford of Boise', 'Capitol Toyota', 'Lakeside Honda', 'Sunrise Chevrolet Buick GMC'])}\n")
    b(f"App #{_d(r, 8)}   Stock #{_an(r, 2, string.ascii_uppercase)}{_d(r, 5)}   Vehicle: {r.randint(2021, 2026)} "
      f"{c.pick(['Ford F-150 XLT', 'Toyota RAV4 XLE', 'Honda CR-V EX-L', 'Chevrolet Equinox LT'])}  VIN {_vin(r)}\n\n")
    b("APPLICANT\nName: ", P(ap.name(c.pick(["full", "rev", "caps"]))), "\nSSN: ", SSN(_ssn(r)), "   DOB: ", DOB(ap.dob_s(r, "num")), "\n")
    b("Address: ", ADDR(ap.addr["line"]), f"   Time at address: {r.randint(0, 12)} yrs {r.randint(0, 11)} mos   "
      f"{c.pick(['Rent', 'Own', 'Other'])} ${r.randint(700, 2600)}/mo\n")
    b("Cell: ", PH(ap.phone(r)), "   Email: ", EM(ap.email), "\n")
    b(f"Employer: {c.company('en_US')}   Title: {c.pick(['Warehouse Lead', 'RN', 'Software Engineer', 'Teacher', 'Electrician'])}   "
      f"Gross income: ${r.randint(38, 160)},{r.choice(['000', '500'])}/yr\n")
    if co:
        b("\nCO-APPLICANT\nName: ", P(co.name()), "\nSSN: ", SSN(_ssn(r)), "   DOB: ", DOB(co.dob_s(r, "num")), "   Phone: ", PH(co.phone(r)), "\n")
    b(f"\nDown payment: ${r.randint(1, 8)},000   Trade-in: {c.pick(['none', '2015 Nissan Altima, payoff $4,210'])}\n")
    b("Autopay (ACH) - Routing #: ", _routing(r), "   Account #: ", BANK(_us_account(r)), f"   Type: {c.pick(['Checking', 'Savings'])}\n")
    b(f"Credit pull consent: Y   Bureau: {c.pick(['Experian', 'Equifax', 'TransUnion'])}   Score band: {c.pick(['620-679', '680-719', '720+'])}\n")
    return b.done()


def _t_cars_sms_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_CA")
    adv = c.person("en_CA")
    ck = _Clock(r, r.randint(8, 16))
    day = _day(r, "en_CA", "iso", 2026)
    veh = f"{r.randint(2016, 2024)} {c.pick(['Honda Civic', 'Toyota Corolla', 'Mazda CX-5', 'Hyundai Tucson', 'Subaru Outback'])}"
    b(f"{day} {ck()} OUT  to ", PH(cu.phone(r)), ": Hi ", P(cu.name("first")), f", this is ", P(adv.name("first")),
      f" at {c.pick(['Downtown Honda', 'Maple Leaf Toyota', 'Westside Mazda', 'Dilawri Hyundai'])}. Your {veh} is due for its "
      f"{r.choice([8, 16, 24, 32])},000 km service. Reply Y to book or call ", PH(c.phone("en_CA", "fix")), ".\n")
    b(f"{day} {ck(5, 60)} IN   from same: Y. Can you do Saturday morning? Also my new cell is ", PH(c.phone("en_CA", "mob")), "\n")
    b(f"{day} {ck()} OUT  Booked Sat {_hm(r)}, RO #{_d(r, 6)}. Winter tire swap added ($89.95 + tax). Courtesy shuttle available.\n")
    if c.chance(0.5):
        b(f"{day} {ck(5, 60)} IN   Can you send the invoice to ", EM(cu.email), " instead of mailing it\n")
    b(f"{day} {ck()} OUT  Done! Reply STOP to opt out. Msg&data rates may apply.\n")
    return b.done()


def _t_cars_subjects_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    n_items = r.randint(6, 9)
    b("Inbox export - ", EM("sales@" + c.pick(["southernmotors.co.nz", "taupocars.co.nz", "northshoretoyota.co.nz"])), f" - {n_items} items\n")
    quiet = c.chance(0.4)
    for _ in range(n_items):
        k = c.pick([1, 4, 5, 6]) if quiet else r.randrange(7)
        d = _day(r, "en_NZ", "num", 2026)
        p = c.person("en_NZ")
        b(f"{d} | ")
        if k == 0:
            b("Test drive booking - ", P(p.name()), f" - {c.pick(['Hilux SR5', 'RAV4 GX', 'Ranger XLT', 'Outlander PHEV'])} - Sat {_hm(r)}\n")
        elif k == 1:
            b(f"Re: Trade-in valuation for {r.randint(2010, 2020)} {c.pick(['Mazda CX-5', 'Honda Jazz', 'Nissan Leaf', 'Suzuki Swift'])} (rego {_an(r, 3, string.ascii_uppercase)}{_d(r, 3)})\n")
        elif k == 2:
            b("Finance docs for ", P(p.name()), " (DOB ", DOB(p.dob_s(r, "num")), ")\n")
        elif k == 3:
            b("Fwd: Call back ", P(p.name("first")), " on ", PH(p.phone(r)), " re: WOF and rego\n")
        elif k == 4:
            b(f"Automatic reply: Out of office until {_day(r, 'en_NZ', 'num', 2026)}\n")
        elif k == 5:
            b(f"[Turners] Auction results - lot {_d(r, 5)} sold ${r.randint(4, 30)},{_d(r, 3)}\n")
        else:
            b(f"Invoice INV-{_d(r, 5)} from {c.pick(['Repco', 'Tyreland', 'Z Energy', 'Beaurepaires'])} - due {_day(r, 'en_NZ', 'num', 2026)}\n")
    return b.done()


def _t_cars_transcript_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_IN")
    sa = c.person("en_IN")
    b(f"[voice bot + agent | {c.pick(['maruti suzuki arena', 'tata motors', 'hyundai', 'mahindra'])} dealer | call {_d(r, 10)}]\n")
    b("bot: namaste, press one for sales, two for service\ncaller: [dtmf 2]\n")
    sir = "sir" if cu.g == "M" else "madam"
    b(f"agent: good morning {sir}, service advisor ", P(sa.name("first").lower()), " here, your vehicle registration number please\n")
    b(f"caller: {c.pick(['ka', 'mh', 'dl', 'tn', 'ts'])} {r.randint(1, 50):02d} {_an(r, 2, string.ascii_lowercase)} {_d(r, 4)}\n")
    b("agent: thank you, i can see the car is registered to ", P(cu.name("lower")), ", is that you\n")
    b("caller: yes that's me\n")
    b(f"agent: {sir} your free third service is pending, odometer shows {r.randint(9, 30)} thousand kilometres. shall i book for {_day(r, 'en_IN', 'words', 2026).lower()}\n")
    b("caller: ok but do pick up from home, address is ", ADDR(cu.addr["line"].lower()), "\n")
    b(f"agent: noted {sir}. pick up and drop charges rupees 499. confirmation will come on ", PH(cu.phone(r, c.pick(["compact", "nat"]))), "\n")
    if c.chance(0.4):
        b("caller: also send estimate on mail, ", EM(cu.email.lower()), "\n")
    b(f"agent: done {sir}, job card number will be shared. thank you for calling\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: municipal tax office
# --------------------------------------------------------------------------------------------------


def _t_tax_letter_hu(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("hu_HU", age=(30, 85))
    mo = c.person("hu_HU", gender="F", age=(50, 100))
    ugy = c.person("hu_HU")
    town = c.pick(["Budapest Főváros VIII. kerületi Önkormányzat", "Debrecen Megyei Jogú Város Polgármesteri Hivatala",
                   "Szeged Megyei Jogú Város Polgármesteri Hivatala", "Győr Megyei Jogú Város Polgármesteri Hivatala"])
    b(f"{town}\nAdóügyi Iroda\nIktatószám: AD/{_d(r, 5)}-{r.randint(2, 9)}/{r.randint(2025, 2026)}\n")
    b("Ügyintéző: ", P(ugy.name()), "   Tel.: ", PH(c.phone("hu_HU", "fix", "nat")), "\n\n")
    b("Tárgy: HATÁROZAT építményadó megállapításáról\n\n")
    b("Adózó neve: ", P(cu.name(c.pick(["full", "caps"]))), "\n")
    b("Születési hely, idő: ", LOC(c.pick(["Miskolc", "Kecskemét", "Nyíregyháza", "Pécs", "Szolnok", "Eger"])), ", ", DOB(cu.dob_s(r)), "\n")
    b("Anyja neve: ", P(mo.name()), "\nAdóazonosító jel: [kitakarva]\n")
    b("Lakcím: ", ADDR(cu.addr["line"]), "\n\n")
    b(f"Az adótárgy: lakás, hrsz. {r.randint(1000, 39999)}/{r.randint(1, 40)}/A/{r.randint(1, 60)}, hasznos alapterület {r.randint(38, 140)} m2.\n")
    d1, d2 = _days(r, "hu_HU")
    b(f"A {r.randint(2025, 2026)}. évi adó összege: {r.randint(20, 180)}.{_d(r, 3)} Ft, amelyet két egyenlő részletben, "
      f"{d1} és {d2} napjáig kell megfizetni\n")
    b("a(z) ", IBAN(_iban(r, "HU")), f" számú építményadó beszedési számlára. Közlemény: {_d(r, 8)}.\n\n")
    b(f"Ez a határozat ellen a közléstől számított 15 napon belül fellebbezésnek van helye.\n\n{c.pick(['P.H.', 'P. H.', 'PH'])}   "
      f"{c.pick(['jegyző', 'a jegyző nevében és megbízásából'])}\n{c.pick(['l', '|', '1'])}/{c.pick(['2', 'Z'])} oldal\n")
    return b.done()


def _t_tax_email_fi(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("fi_FI")
    vir = c.person("fi_FI")
    b("Lähettäjä: ", P(cu.name()), " <", EM(cu.email), ">\nVastaanottaja: ", EM("verotoimisto@" + c.pick(["tampere.fi", "hel.fi", "oulu.fi", "turku.fi"])), "\n")
    b(f"Aihe: Koiravero {r.randint(2025, 2026)} / lasku {_d(r, 9)}\n\n")
    b("Hei,\n\n")
    b(f"sain koiraverolaskun ({r.randint(30, 80)},00 €) koirasta nimeltä {c.pick(_PETS)}, mutta koira kuoli jo {_day(r, 'fi_FI', 'num', 2025)}. "
      "Pyydän perumaan laskun.\n")
    if c.chance(0.6):
        b("Jos maksu on jo ehtinyt mennä, palautuksen voi tehdä tilille ", IBAN(_iban(r, "FI")), ".\n")
    b("Muutin myös hiljattain, uusi osoite on ", ADDR(cu.addr["line"]), ". ")
    b("Entinen kotikunta: ", LOC(c.pick(["Oulu", "Kuopio", "Lahti", "Pori", "Seinäjoki", "Kotka"])), ".\n\n")
    b("Ystävällisin terveisin\n", P(cu.name()), "\n", PH(cu.phone(r)), "\n\n")
    b(f"> {_day(r, 'fi_FI', 'num', 2026)} klo {_hm(r)} ", P(vir.name()), " kirjoitti:\n")
    b(f"> Verotoimiston aukioloajat muuttuvat {_day(r, 'fi_FI', 'words', 2026)} alkaen. Asiointi ensisijaisesti OmaVero-palvelussa.\n")
    return b.done()


def _t_tax_form_da(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("da_DK")
    b(f"ANSØGNING OM HENSTAND MED EJENDOMSSKAT\n{c.pick(['Københavns Kommune', 'Aarhus Kommune', 'Odense Kommune', 'Aalborg Kommune'])} - Borgerservice\n")
    b(f"Sagsnr.: {r.randint(2025, 2026)}-{_d(r, 6)}   Modtaget: {_ts(r, 'space')}   Kanal: {c.pick(['Digital Post', 'Selvbetjening', 'Papir'])}\n\n")
    b("Navn: ", P(cu.name()), "\nCPR-nr.: ******-****\nFødselsdato: ", DOB(cu.dob_s(r)), "\n")
    b("Adresse: ", ADDR(cu.addr["line"]), "\nTelefon: ", PH(cu.phone(r)), "\nE-mail: ")
    b(EM(cu.email) if c.chance(0.8) else "-")
    b(f"\n\nEjendomsnr.: {_d(r, 6)}   Matr.nr.: {r.randint(1, 900)}{c.pick(['a', 'b', 'ab', 'cx'])}   Beløb: {r.randint(4, 28)}.{_d(r, 3)},00 kr.\n")
    b(f"Ønsket henstand til: {_day(r, 'da_DK', 'num', 2026)}\n")
    b("Udbetalingskonto (NemKonto/IBAN): ")
    b(IBAN(_iban(r, "DK")) if c.chance(0.6) else "NemKonto")
    b(f"\n\nBegrundelse: {c.pick(['Ledighed siden foråret, dagpenge.', 'Skilsmisse - ejendommen er til salg.', 'Sygdom i familien.', 'Forsinket udbetaling af løn.'])}\n")
    b(f"Bilag: {r.randint(0, 3)}   Underskrevet med MitID: {c.pick(['ja', 'ja', 'nej'])}\n")
    return b.done()


def _t_tax_appeal_uk(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("uk_UA", age=(30, 80))
    head = c.pick(["Київської міської ради", "Львівської міської ради", "Вінницької міської ради", "Полтавської міської ради"])
    b(f"Начальнику управління доходів {head}\n")
    b("від ", P(cu.name("formal")), ",\n")
    b("що проживає за адресою: ", ADDR(cu.addr["line"]), "\n")
    b("тел. ", PH(cu.phone(r)), ", ел. пошта: ", EM(cu.email), "\n")
    b("РНОКПП: [приховано]\n\n")
    b(f"ЗАЯВА\n\nЯ, ", P(cu.name("formal")), ", ", DOB(cu.dob_s(r, "num")), " р.н., прошу переглянути податкове повідомлення-рішення "
      f"№ {_d(r, 7)}-{_d(r, 4)} від {_day(r, 'uk_UA', 'num', 2026)} щодо податку на нерухоме майно (квартира, {r.randint(40, 140)} м²), "
      f"оскільки площа вказана невірно.\n")
    if c.chance(0.6):
        b("Надміру сплачені кошти прошу повернути на рахунок ", IBAN(_iban(r, "UA")), ".\n")
    b(f"\nДодатки: копія техпаспорта, {r.randint(2, 5)} арк.\n\n{_day(r, 'uk_UA', 'num', 2026)}        ____________ ", P(cu.name("initial")), "\n")
    return b.done()


def _t_tax_csv_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    b("parcel_id,owner_name,mailing_address,situs_address,assessed_value,tax_due,exemption,owner_phone,last_payment,routing_no,acct_no\n")
    for _ in range(r.randint(3, 6)):
        p = c.person("en_US")
        b(f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)},\"")
        if c.chance(0.3):
            sp = c.person("en_US")
            b(P(f"{p.last.upper()} {p.first.upper()}"), " & ", P(f"{sp.first.upper()}"), "\",\"")
        else:
            b(P(f"{p.last.upper()} {p.first.upper()}"), "\",\"")
        b(ADDR(p.addr["line"].upper()), "\",\"")
        if c.chance(0.5):
            b(ADDR(_address(r, "en_US")["line"].upper()))
        else:
            b("SAME")
        b(f"\",{r.randint(90, 900)}{_d(r, 3)},{_price(r, 900, 9000)},{c.pick(['HOMESTEAD', 'NONE', 'SENIOR', 'VETERAN', ''])},")
        b(PH(p.phone(r, c.pick(["dash", "nat", "compact"]))) if c.chance(0.6) else "", ",")
        b(f"{_day(r, 'en_US', 'iso', 2025)},")
        if c.chance(0.45):
            b(_routing(r), ",", BANK(_us_account(r)), "\n")
        else:
            b(",\n")
    return b.done()


def _t_tax_callnote_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_CA")
    cl = c.person("en_CA")
    b(f"311 / Revenue Services - Call Note\nCase {c.pick(['PTX', 'REV'])}-{_d(r, 7)}   Opened {_ts(r, 'space')}   CSR: ", P(cl.name()), "\n\n")
    b("Caller ", P(cu.name()), " (property owner) re: 2026 interim property tax bill, roll no. ",
      f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)} {_d(r, 5)} {_d(r, 4)}.\n")
    b("Verified: mailing address ", ADDR(cu.addr["line"]), "; DOB ", DOB(cu.dob_s(r)), ".\n")
    b(f"Issue: pre-authorized payment withdrew twice on {_day(r, 'en_CA', 'words', 2026)} (${_price(r, 600, 2400)} x2). ")
    b(f"Caller reads bank transit {_d(r, 5)}, institution {c.pick(['001', '002', '003', '004', '006'])} - not recorded (policy).\n")
    b("Callback number ", PH(cu.phone(r)), f". Refund request REF-{_d(r, 6)} submitted, 10-15 business days.\n")
    if c.chance(0.4):
        b("Caller moving to ", LOC(c.pick(["Kelowna", "Moncton", "Lethbridge", "Nanaimo", "Sherbrooke"])), " in spring - advised to update mailing address online.\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: insurance broker
# --------------------------------------------------------------------------------------------------


def _t_ins_claim_fr_be(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("fr_BE")
    br = c.person("fr_BE")
    ex = c.person("fr_BE", gender="M")
    b("De : ", P(cu.name()), " <", EM(cu.email), ">\nÀ : ", P(br.name()), " <", EM(c.work_email(br, c.pick(["courtage-meuse.be", "assurdirect.be", "bureau-lambert.be"]))), ">\n")
    b(f"Objet : Déclaration de sinistre - dégât des eaux - police n° {r.randint(10, 99)}.{_d(r, 6)}.{_d(r, 2)}\n\n")
    b("Bonjour ", P(br.name("first")), ",\n\n")
    b(f"Suite à notre conversation téléphonique, je vous confirme qu'une fuite de la chaudière s'est produite le "
      f"{_day(r, 'fr_BE', 'num', 2026)} vers {_hm(r)} dans notre appartement au ", ADDR(cu.addr["line"]), ".\n")
    b(f"Le parquet du salon et le plafond du voisin du dessous (M. ", P(c.person("fr_BE", gender="M").name("last")),
      f") sont endommagés. Le plombier ({c.pick(['Sanitaire Dubois SPRL', 'Plomberie Lejeune', 'Chauffage Servais'])}) est intervenu, facture de "
      f"{r.randint(180, 950)},{_d(r, 2)} EUR en annexe.\n")
    b("Pour l'indemnisation, mon numéro de compte est le ", IBAN(_iban(r, "BE")), ".\n")
    b("Je suis joignable au ", PH(cu.phone(r)), " en journée.\n\n")
    b("Cordialement,\n", P(cu.name(c.pick(["full", "upper"]))), "\n\n")
    b(f"> Le {_day(r, 'fr_BE', 'words', 2026)}, ", P(br.name()), " a écrit :\n")
    b(f"> Votre dossier sinistre n° SIN-{_d(r, 7)} est ouvert. L'expert, M. ", P(ex.name()),
      f", vous contactera sous 5 jours ouvrables.\n> Franchise contractuelle : {r.choice([275, 290, 305])},{_d(r, 2)} EUR (indexée).\n")
    return b.done()


def _t_ins_form_ro(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("ro_RO", age=(20, 75))
    b(f"CERERE OFERTĂ RCA - {c.pick(['Broker Asigurări Carpați SRL', 'Safe Broker de Asigurare', 'Asigurări Directe Online'])}\n")
    b(f"Nr. cerere: {_d(r, 8)}   Data: {_day(r, 'ro_RO', 'num', 2026)}   Sursa: {c.pick(['site', 'telefon', 'agent'])}\n\n")
    b("Nume și prenume: ", P(cu.name(c.pick(["upper", "full"]))), "\nData nașterii: ", DOB(cu.dob_s(r)), "\n")
    b("CNP: *************\nDomiciliu: ", ADDR(cu.addr["line"]), "\n")
    b("Telefon: ", PH(cu.phone(r)), "\nE-mail: ", EM(cu.email), "\n")
    b(f"\nVehicul: {c.pick(['Dacia Logan', 'Volkswagen Golf', 'Skoda Octavia', 'Ford Focus', 'Renault Clio'])}, an {r.randint(2008, 2024)}, "
      f"{r.randint(999, 1998)} cmc, serie șasiu {_vin(r)}\n")
    b(f"Nr. înmatriculare: {c.pick(['CJ', 'B', 'IS', 'TM', 'BV'])} {r.randint(1, 99):02d} {_an(r, 3, string.ascii_uppercase)}\n")
    b(f"Clasa bonus-malus: B{r.randint(0, 8)}   Perioadă: {c.pick(['6 luni', '12 luni'])}   Începând cu: {_day(r, 'ro_RO', 'num', 2026)}\n")
    b(f"Ofertă: {c.pick(['Allianz-Țiriac', 'Groupama', 'Omniasig', 'Generali', 'Grawe'])} {r.randint(600, 2400)} lei\n")
    if c.chance(0.5):
        card, _ = _card(r, c.pick(["visa", "mc"]), "space")
        b("Plată card: ", CC(card), f"  exp. {r.randint(1, 12):02d}/{r.randint(27, 31)}\n")
    else:
        b("Plată: OP în contul brokerului\n")
    return b.done()


def _t_ins_callnote_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_US", age=(25, 65))
    ben = c.person("en_US")
    ag = c.person("en_US")
    b(f"Agency CRM - Activity #{_d(r, 7)}  Type: Inbound call  {_ts(r, 'space')}  Producer: ", P(ag.name()), "\n")
    b("Prospect: ", P(cu.name()), " | DOB ", DOB(cu.dob_s(r)), " | ", PH(cu.phone(r)), "\n")
    b(f"Product: {c.pick(['20-yr level term', '30-yr term', 'whole life', 'final expense'])}, face ${r.choice([250, 500, 750, 1000])}k, "
      f"carrier {c.pick(['Protective', 'Banner Life', 'Pacific Life', 'Mutual of Omaha'])}\n")
    b(f"Notes: non-smoker, {r.randint(5, 6)}'{r.randint(0, 11)}\" {r.randint(120, 240)} lbs, BP meds. ")
    rel = c.pick(["spouse", "daughter", "sister", "mother"] if ben.g == "F" else ["spouse", "son", "brother", "father"])
    b("Beneficiary: ", P(ben.name()), f" ({rel}). ")
    if c.chance(0.6):
        b("SSN for app: ", SSN(_ssn(r)), ". ")
    else:
        b("Client declined to give SSN over phone - will e-sign. ")
    b("Wants premium drafted monthly from checking: routing ", _routing(r), ", acct ", BANK(_us_account(r)), ".\n")
    b(f"Quoted ${r.randint(22, 140)}.{_d(r, 2)}/mo (Preferred). App ID {_uuid(r)[:18]}. Exam scheduled {_day(r, 'en_US', 'num', 2026)} {_hm(r)}.\n")
    b("Email app link to ", EM(cu.email), "\n")
    return b.done()


def _t_ins_json_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_IN", age=(22, 70))
    nom = c.person("en_IN")
    b("{\n  \"event\": \"policy.issued\",\n  \"ts\": \"", _ts(r, "isoms"), "\",\n  \"trace_id\": \"", _hex(r, 32), "\",\n")
    b(f"  \"policy\": {{\"number\": \"{c.pick(['HLT', 'MTR', 'TRM'])}/{_d(r, 8)}/{r.randint(2025, 2026)}\", \"product\": \"{c.pick(['Optima Secure', 'Care Supreme', 'iProtect Smart', 'Comprehensive Car'])}\", "
      f"\"sum_insured\": {r.choice([500000, 1000000, 2500000])}, \"premium_inr\": {r.randint(6000, 42000)}.00}},\n")
    b("  \"proposer\": {\n    \"name\": \"", P(cu.name()), "\",\n    \"dob\": \"", DOB(cu.dob_s(r, c.pick(["iso", "num"]))), "\",\n")
    b("    \"mobile\": \"", PH(cu.phone(r, c.pick(["e164", "plus91", "compact"]))), "\",\n    \"email\": \"", EM(cu.email), "\",\n")
    b("    \"address\": \"", ADDR(cu.addr["line"]), "\",\n")
    b(f"    \"pan_masked\": \"XXXXX{_d(r, 4)}X\", \"kyc_status\": \"{c.pick(['VERIFIED', 'PENDING'])}\"\n  }},\n")
    b("  \"nominee\": {\"name\": \"", P(nom.name()), f"\", \"relation\": \"{c.pick(['SPOUSE', 'FATHER', 'MOTHER', 'SON', 'DAUGHTER'])}\"}},\n")
    b("  \"channel\": {\"source\": \"broker-portal\", \"ip\": \"", IP(_ip_public_v4(r)) if c.chance(0.8) else IP(_ip_public_v6(r)),
      f"\", \"app_version\": \"{_version(r, True)}\"}}\n}}\n")
    return b.done()


def _t_ins_quote_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_AU")
    br = c.person("en_AU")
    firm = c.pick(["Coastal Insurance Brokers", "Harbour Risk Partners", "Southern Cross Insurance Advisers"])
    dom = _ascii(firm.split()[0]) + "ib.com.au"
    b("From: ", P(br.name()), " <", EM(c.work_email(br, dom)), ">\nTo: ", EM(cu.email), "\n")
    b(f"Subject: Your home & contents quote - {c.pick(['Allianz', 'QBE', 'CGU', 'Zurich'])} vs {c.pick(['Youi', 'NRMA', 'AAMI'])}\n\n")
    b("Hi ", P(cu.name("first")), ",\n\n")
    b("As discussed, here are the two quotes for ", ADDR(cu.addr["line"]), ":\n")
    b(f"  Option A: building ${r.randint(500, 1200)}k / contents ${r.randint(60, 150)}k, excess ${r.choice([500, 750, 1000])}, "
      f"${r.randint(1800, 4200)}.{_d(r, 2)} p.a.\n")
    b(f"  Option B: building ${r.randint(500, 1200)}k / contents ${r.randint(60, 150)}k, excess ${r.choice([1000, 2000])}, "
      f"${r.randint(1500, 3600)}.{_d(r, 2)} p.a.\n")
    b(f"Both include flood cover; Option A adds accidental damage. Quote refs Q{_d(r, 8)} / Q{_d(r, 8)}, valid until {_day(r, 'en_AU', 'num', 2026)}.\n\n")
    b("I've noted your date of birth as ", DOB(cu.dob_s(r)), " - please double-check, it affects the premium.\n\n")
    b("Kind regards,\n", P(br.name()), f"\nAccount Manager | {firm}\nAFSL {_d(r, 6)} | ABN {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}\n")
    b("P ", PH(c.phone("en_AU", "fix")), " | M ", PH(br.phone(r)), "\n")
    b("This email and any attachments are confidential. If you are not the intended recipient, please delete it.\n")
    return b.done()


def _t_ins_crm_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_NZ")
    adv = c.person("en_NZ")
    b(f"Client file: ", P(cu.name("rev")), f"  |  Client ID {_d(r, 6)}  |  Adviser: ", P(adv.name()), "\n")
    days = _days(r, "en_NZ", 4)
    b(f"{days[0]}  Phone  Initial call re: contents + car renewal with {c.pick(['AMI', 'State', 'Tower', 'AA Insurance'])}. ")
    b("Best contact ", PH(cu.phone(r)), ".\n")
    b(f"{days[1]}  Email  Sent comparison to ", EM(cu.email), f". Vehicle: {r.randint(2012, 2023)} {c.pick(['Toyota Aqua', 'Mazda Demio', 'Kia Sportage'])}, "
      f"rego {_an(r, 3, string.ascii_uppercase)}{_d(r, 3)}.\n")
    b(f"{days[2]}  Note   Client moved - new address ", ADDR(cu.addr["line"]), ". DOB confirmed ", DOB(cu.dob_s(r, "num")), ".\n")
    if c.chance(0.5):
        b(f"{days[3]}  Note   Client relocating to ", LOC(c.pick(["Brisbane", "Gold Coast", "Perth", "Sydney", "London"])),
          " next year - flag for travel insurance.\n")
    else:
        b(f"{days[3]}  Task   Follow up signed authority (form v{_version(r, False)}).\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: volunteer nonprofit
# --------------------------------------------------------------------------------------------------


def _t_ngo_signup_es_mx(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    v = c.person("es_MX", age=(17, 70))
    ec = c.person("es_MX")
    b(f"REGISTRO DE VOLUNTARIADO - {c.pick(['Banco de Alimentos de México', 'Techo México', 'Cruz Roja Mexicana Delegación Coyoacán', 'Fundación Comunidad'])}\n")
    b(f"Folio: VOL-{_d(r, 6)}   Fecha de registro: {_day(r, 'es_MX', 'num', 2026)}   IP: ")
    b(IP(_ip_public_v4(r)) if c.chance(0.7) else _private_ip(r))
    b("\n\nNombre(s): ", P(v.first), "\nApellidos: ", P(v.last), "\nFecha de nacimiento: ", DOB(v.dob_s(r)), "\n")
    b(f"CURP: {_an(r, 4, string.ascii_uppercase)}XXXXXX[oculto]\n")
    b("Domicilio: ", ADDR(v.addr["line"]), "\nCelular: ", PH(v.phone(r)), "\nCorreo: ", EM(v.email), "\n")
    b(f"Disponibilidad: {c.pick(['sábados', 'fines de semana', 'entre semana por la tarde', 'cualquier día'])}\n")
    b(f"Área de interés: {c.pick(['acopio', 'cocina comunitaria', 'construcción', 'logística', 'redes sociales'])}\n")
    b(f"Talla de playera: {c.pick(['CH', 'M', 'G', 'XG'])}   Tipo de sangre: {c.pick(['O+', 'A+', 'B+', 'O-', 'No sé'])}\n")
    rel = c.pick(["mamá", "esposa", "hermana", "tía"] if ec.g == "F" else ["papá", "esposo", "hermano", "tío"])
    b("Contacto de emergencia: ", P(ec.name()), f" ({rel}) ", PH(ec.phone(r)), "\n")
    b(f"¿Cómo te enteraste? {c.pick(['Facebook', 'Instagram', 'un amigo', 'la universidad'])}\n")
    return b.done()


def _t_ngo_email_de_at(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    d = c.person("de_AT", age=(30, 85))
    st = c.person("de_AT")
    org = c.pick(["Caritas Wien", "Volkshilfe Steiermark", "Tierschutzverein Linz", "Verein Lebenshilfe Tirol"])
    b("Von: ", P(d.name()), " <", EM(d.email), ">\nAn: ", EM(f"spenden@{_ascii(org.split()[0])}.at"), "\n")
    b(f"Betreff: Spendenbestätigung {r.randint(2025, 2026)} / Änderung Dauerauftrag\n\n")
    b(f"Sehr geehrte Damen und Herren,\n\nbitte schicken Sie mir die Spendenbestätigung für das Finanzamt (Spender-Nr. {_d(r, 7)}). "
      f"Mein Geburtsdatum für die automatische Datenübermittlung ist der ", DOB(d.dob_s(r)), ".\n")
    b("Ab nächstem Monat möchte ich die monatliche Spende von EUR ", f"{r.choice([15, 20, 25, 50])},00 von meinem neuen Konto abbuchen lassen: ",
      IBAN(_iban(r, "AT")), ".\n")
    b("Meine Adresse ist unverändert: ", ADDR(d.addr["line"]), ".\n\n")
    b("Mit freundlichen Grüßen\n", P(d.name()), "\n", PH(d.phone(r)), "\n\n")
    b(f"-----Ursprüngliche Nachricht-----\nVon: ", P(st.name()), f"\nGesendet: {_day(r, 'de_AT', 'words', 2026)}\n")
    b(f"Danke für Ihre Unterstützung der Aktion \"{c.pick(['Gruft-Winterhilfe', 'Essen auf Rädern', 'Pfotenhilfe', 'Lernhaus'])}\"!\n")
    return b.done()


def _t_ngo_chat_lv(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    ppl = [c.person("lv_LV") for _ in range(3)]
    ck = _Clock(r, r.randint(8, 18))
    day = _day(r, "lv_LV", "num", 2026)
    b(f"Grupa \"{c.pick(['Pārtikas banka Paēdušai Latvijai', 'Dzīvnieku patversme Ulubele', 'Talka 2026 brīvprātīgie'])}\" - {day}\n")
    b(f"[{ck()}] ", P(ppl[0].name()), ": Sveiki! Sestdien vajag vēl 4 brīvprātīgos noliktavā, sākam 9:00.\n")
    b(f"[{ck()}] ", P(ppl[1].name("first")), ": Es varu. Paņemšu līdzi arī brāli ", P(c.person("lv_LV", gender="M").name("first")), ".\n")
    b(f"[{ck()}] ", P(ppl[2].name()), ": Es braukšu no ", LOC(c.pick(["Jelgavas", "Ogres", "Siguldas", "Tukuma"])), " - varu paņemt 2 cilvēkus. Mans tālrunis ",
      PH(ppl[2].phone(r)), "\n")
    b(f"[{ck()}] ", P(ppl[0].name("first")), f": Super! Adrese noliktavai: {c.pick(['Krasta iela', 'Maskavas iela', 'Granīta iela'])} "
      f"{r.randint(10, 300)}, vārti Nr. {r.randint(1, 9)}. Parakstieties tabulā, lūdzu.\n")
    if c.chance(0.5):
        b(f"[{ck()}] ", P(ppl[1].name("first")), ": Ziedojumu varu pārskaitīt no sava konta ", IBAN(_iban(r, "LV")), ", vai tas der?\n")
    return b.done()


def _t_ngo_donors_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    camp = c.pick(["Walk for Hope 2026", "Giving Tuesday", "Spring Gala - Rosa Parks Ballroom", "Backpack Drive"])
    b("donor_id,first,last,email,phone,city,state,amount,method,last4,campaign,receipt_sent\n")
    for _ in range(r.randint(3, 6)):
        p = c.person("en_US")
        b(f"D{_d(r, 6)},", P(p.first), ",", P(p.last), ",")
        b(EM(p.email) if c.chance(0.85) else "", ",")
        b(PH(p.phone(r)) if c.chance(0.6) else "", ",")
        b(LOC(p.addr["town"]), f",{p.addr['region']},{_price(r, 10, 500)},")
        if c.chance(0.7):
            b(f"{c.pick(['visa', 'mc', 'amex'])},{_d(r, 4)},")
        else:
            b("check,,")
        b(f"{camp},{c.pick(['Y', 'N', 'Y'])}\n")
    return b.done()


def _t_ngo_whatsapp_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    ppl = [c.person("en_CA") for _ in range(3)]
    ck = _Clock(r, r.randint(7, 17))
    day = _day(r, "en_CA", "iso", 2026)
    b(f"{day}, {ck.ampm()} - ", P(ppl[0].name()), ": Morning team! Snow shovelling crew for Saturday - we've got 12 seniors on the list\n")
    b(f"{day}, {ck.ampm()} - ", P(ppl[1].name()), ": I can take the ones in ", LOC(c.pick(["Westboro", "Riverdale", "Kitsilano", "Leslieville"])), "\n")
    b(f"{day}, {ck.ampm()} - ", P(ppl[0].name()), ": Great. First stop is Mrs. ", P(c.person("en_CA", gender="F").name("last")), " at ",
      ADDR(_address(r, "en_CA")["line"]), ", she asked us to knock loud\n")
    b(f"{day}, {ck.ampm()} - ", P(ppl[2].name()), ": Can someone add my partner ", P(c.person("en_CA", gender="F").name()), "? Her number is ", PH(c.phone("en_CA", "mob")), "\n")
    b(f"{day}, {ck.ampm()} - ", P(ppl[0].name()), f": Added \U0001F44D Reminder: police check forms due by {_day(r, 'en_CA', 'words', 2026)}. Timesheet code VOL-{_d(r, 3)}\n")
    b(f"{day}, {ck.ampm()} - ", P(ppl[1].name()), ": <Media omitted>\n")
    return b.done()


def _t_ngo_reg_log_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    ev = c.pick(["beach-cleanup-juhu-2026", "blood-donation-camp-koramangala", "tree-plantation-aravalli", "marathon-volunteers-2026"])
    for _ in range(r.randint(3, 5)):
        p = c.person("en_IN")
        ip = _ip_public_v4(r) if c.chance(0.8) else _ip_public_v6(r)
        if c.chance(0.7):
            b(IP(ip), f" - - [{_ts(r, 'clf')}] \"POST /events/{ev}/register HTTP/2.0\" 201 {r.randint(200, 900)} ")
            b(f"\"https://volunteer.example.org/events/{ev}\" \"Mozilla/5.0 (Linux; Android 13)\" form=\"name=")
            b(P(p.name()), "&email=", EM(p.email), "&mobile=", PH(p.phone(r, c.pick(["compact", "plus91", "e164"]))),
              f"&tshirt={c.pick(['S', 'M', 'L', 'XL'])}\"\n")
        else:
            b(IP(ip), f" - - [{_ts(r, 'clf')}] \"GET /static/js/app.{_hex(r, 8)}.js HTTP/2.0\" 200 {r.randint(20000, 90000)} \"-\" "
              f"\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"\n")
    b(f"{_ts(r, 'iso')} app=reg-api level=info msg=\"healthcheck ok\" from={_private_ip(r)} build={_version(r, True)}\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: internal IT helpdesk
# --------------------------------------------------------------------------------------------------


def _t_it_ticket_cs(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    u = c.person("cs_CZ")
    t = c.person("cs_CZ")
    login = (_ascii(u.first)[0] + _ascii(u.last))[:12]
    b(f"Požadavek INC{_d(r, 7)} | Kategorie: Účty > Reset hesla | Stav: {c.pick(['Vyřešeno', 'Přiřazeno', 'Čeká na uživatele'])}\n")
    b("Žadatel: ", P(u.name()), f" ({login}) | Oddělení: {c.pick(['Účtárna', 'Logistika', 'Obchod', 'HR'])} | Pobočka: {c.pick(['Praha - Karlín', 'Brno - Vlněna', 'Ostrava'])}\n")
    b("Telefon: ", PH(u.phone(r)), " | E-mail: ", EM(c.work_email(u, c.pick(["firma-stavby.cz", "logtrans.cz", "pekarny-cz.cz"]))), "\n\n")
    b(f"Popis: Dobrý den, po dovolené mi vypršelo heslo do domény a nemůžu se přihlásit na VPN ani do Outlooku. "
      f"Notebook {c.pick(['Lenovo T14', 'Dell Latitude 5440', 'HP EliteBook 840'])}, inventární č. IT-{_d(r, 5)}, hostname NB-{_an(r, 6, string.ascii_uppercase + string.digits)}.\n")
    b(f"VPN klient hlásí chybu 809, lokální IP {_lan_ip(r)}, veřejná ", IP(_ip_public_v4(r)), ".\n\n")
    b("Řešení (", P(t.name()), f", {_ts(r, 'space')}): Identita ověřena zpětným voláním. Heslo resetováno, dočasné heslo: ")
    b(PW(_password(r, "cs")), " (změnit při prvním přihlášení). ")
    b(f"Politika hesel: min. 12 znaků, 3 ze 4 skupin, platnost 90 dní. MFA token znovu spárován (sériové č. {_d(r, 10)}).\n")
    return b.done()


def _t_it_config_no(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    own = c.person("no_NO")
    b(f"# integrations.yaml - eier: ", P(own.name()), " (", EM(c.work_email(own, c.pick(["nordvik.no", "fjordlogistikk.no", "havbruk-as.no"]))), ")\n")
    b(f"# sist endret {_day(r, 'no_NO', 'num', 2026)} - ikke sjekk inn hemmeligheter! (ja, vi vet)\n")
    b(f"version: {_version(r, False)}\nenvironment: prod\n\n")
    b("smtp:\n  host: smtp.office365.com\n  port: 587\n  user: ", EM("varsling@" + c.pick(["nordvik.no", "fjordlogistikk.no"])), "\n  password: \"", PW(_password(r, "no")), "\"\n\n")
    b("github:\n  org: ", c.pick(["nordvik-it", "fjordlog"]), "\n  token: ", KEY(_api_key(r, "github")[0]), "\n\n")
    b("datadog:\n  api_key: ", KEY(_api_key(r, "datadog")[0]), f"\n  app_key_id: {_uuid(r)}\n  site: datadoghq.eu\n\n")
    b(f"ldap:\n  url: ldaps://{_private_ip(r)}:636\n  bind_dn: \"CN=svc-integr,OU=Service,DC=corp,DC=local\"\n  bind_password_ref: vault://kv/ldap/svc-integr\n\n")
    b("oncall:\n  primary: \"", P(own.name()), "\"\n  phone: \"", PH(own.phone(r)), "\"\n")
    b(f"  escalation_after_min: {c.pick(['15', '30'])}\n")
    return b.done()


def _t_it_ticket_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    u = c.person("en_US")
    t = c.person("en_US")
    key, vendor = _api_key(r, c.pick(["github", "openai", "anthropic", "stripe", "npm", "gitlab", "google"]))
    b(f"[JIRA] ITHELP-{_d(r, 5)}: {vendor} integration failing after rotation\nReporter: ", P(u.name()), f" | Priority: P{r.randint(2, 3)} | Component: "
      f"{c.pick(['CI/CD', 'Data Platform', 'Marketing Ops'])}\n\n")
    b(f"Description:\nOur nightly job started failing on {_day(r, 'en_US', 'words', 2026)}. Here is the log output:\n\n")
    b(f"```\n{_ts(r, 'iso')} INFO  starting sync job={_uuid(r)} runner={_private_ip(r)}\n")
    b(f"{_ts(r, 'iso')} DEBUG using credentials: token=", KEY(key), "\n")
    b(f"{_ts(r, 'iso')} ERROR 401 Unauthorized from api ({vendor}) request_id=req_{_an(r, 20)}\n```\n\n")
    b("Can someone check whether the key was revoked? I'm on PTO tomorrow, ping me on my cell ", PH(u.phone(r)), ".\n\n")
    b("Comment by ", P(t.name()), f" ({_ts(r, 'space')}):\n")
    b(f"Please don't paste secrets into tickets - I've revoked that key and redacted the Slack thread. New key is in 1Password vault "
      f"\"{c.pick(['Platform', 'Data', 'MarOps'])}\" (item ID {_an(r, 26, string.ascii_lowercase + string.digits)}). Closing as resolved.\n")
    return b.done()


def _t_it_kv_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    dom = c.pick(["infoserve.co.in", "zenithsoft.in", "apexfin.in"])
    quiet = c.chance(0.35)
    for _ in range(r.randint(4, 6)):
        p = c.person("en_IN")
        k = c.pick([4, 5]) if quiet else r.randrange(5)
        ts = _ts(r, "iso")
        if k == 0:
            b(f"{ts} auth=sso result=FAIL reason=bad_password user=", EM(c.work_email(p, dom)), " src_ip=", IP(_ip_public_v4(r)),
              f" attempts={r.randint(1, 6)} geo=IN\n")
        elif k == 1:
            b(f"{ts} auth=sso result=OK mfa=push user=", EM(c.work_email(p, dom)), f" src_ip={_private_ip(r)} device=LT-{_d(r, 5)}\n")
        elif k == 2:
            b(f"{ts} app=legacy-hrms level=DEBUG msg=\"login attempt\" username={_ascii(p.first)}.{_ascii(p.last)} password=", PW(_password(r)),
              f" client={_private_ip(r)}\n")
        elif k == 3:
            b(f"{ts} vpn=fortigate action=tunnel-up user=\"", P(p.name()), "\" remote=", IP(_ip_public_v4(r)),
              f" assigned={_private_ip(r)} bytes_in={r.randint(1000, 9000000)}\n")
        elif k == 4:
            b(f"{ts} pw-policy evaluated min_len=12 history=5 max_age_days=90 lockout_threshold=5 policy_id={_hex(r, 8)}\n")
        else:
            b(f"{ts} cron job=ad-sync status=ok synced={r.randint(100, 4000)} disabled={r.randint(0, 12)} dc={_private_ip(r)} "
              f"dur_ms={r.randint(900, 60000)}\n")
    return b.done()


def _t_it_slack_au(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    u = c.person("en_AU")
    t = c.person("en_AU")
    ck = _Clock(r, r.randint(8, 16))
    b(f"#it-help\n")
    b(P(u.name()), f"  {ck.ampm()}\nhey team, locked out of my laptop again \U0001F643 can someone reset? I'm WFH today\n")
    b(P(t.name()), f"  {ck.ampm()}\nno worries, can you confirm your mobile for the MFA callback?\n")
    b(P(u.name()), f"  {ck.ampm()}\nyep it's ", PH(u.phone(r)), "\n")
    if c.chance(0.6):
        b(P(u.name()), f"  {ck.ampm()}\nfwiw my old one was ", PW(_password(r)), " if that helps lol\n")
        b(P(t.name()), f"  {ck.ampm()}\nplease never post passwords in here \U0001F62C - I'll force a change. Temp one sent by SMS.\n")
    else:
        b(P(t.name()), f"  {ck.ampm()}\nsent a temp password by SMS, you'll be asked to change it (min 14 chars, no reuse of last 5)\n")
    b(P(t.name()), f"  {ck.ampm()}\nalso your laptop is due for the {c.pick(['Windows 11 24H2', 'macOS 15.3', 'CrowdStrike'])} update "
      f"(v{_version(r, True)}), asset tag {c.pick(['AU', 'SYD', 'MEL'])}-{_d(r, 5)}\n")
    return b.done()


def _t_it_email_nz(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    u = c.person("en_NZ")
    mgr = c.person("en_NZ")
    it = c.person("en_NZ")
    dom = c.pick(["kaimaiengineering.co.nz", "tasmanfreight.co.nz", "harbourcitycouncil.govt.nz"])
    b("From: IT Service Desk <", EM(f"servicedesk@{dom}"), ">\nTo: ", P(mgr.name()), " <", EM(c.work_email(mgr, dom)), ">\n")
    b("Subject: New starter setup - ", P(u.name()), f" - start {_day(r, 'en_NZ', 'num', 2026)}\n\n")
    b("Kia ora ", P(mgr.name("first")), ",\n\n")
    b("The account for your new starter is ready:\n")
    b("  Name: ", P(u.name()), "\n  Username: ", c.pick(["", "NZ\\"]), f"{_ascii(u.first)}.{_ascii(u.last)}\n  Email: ", EM(c.work_email(u, dom)), "\n")
    b("  Temporary password: ", PW(_password(r)), "\n")
    b(f"  Laptop: {c.pick(['Surface Laptop 5', 'ThinkPad X1 Carbon', 'MacBook Air M3'])}, asset KE{_d(r, 5)}, serial {_an(r, 10, string.ascii_uppercase + string.digits)}\n")
    b(f"  Mobile: {c.pick(['iPhone 15', 'Samsung A55'])}, number ", PH(u.phone(r)), f", IMEI {_imei(r)}\n\n")
    b("Please pass the temporary password on in person - it must be changed at first login. Password policy: 14+ characters, MFA required.\n\n")
    b("Nga mihi,\n", P(it.name()), "\nIT Service Desk | ext 4400 | ", PH(c.phone("en_NZ", "fix")), "\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# templates: e-commerce returns
# --------------------------------------------------------------------------------------------------


def _t_returns_email_es_cl(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("es_CL")
    ag = c.person("es_CL")
    shop = c.pick(["Falabella.com", "Paris.cl", "Ripley.cl", "Lider.cl", "Dafiti"])
    b("De: ", P(cu.name()), " <", EM(cu.email), ">\nPara: ", EM(f"devoluciones@{_ascii(shop.split('.')[0])}.cl"), "\n")
    b(f"Asunto: Devolución pedido N° {_d(r, 10)} - producto con falla\n\n")
    b("Hola,\n\n")
    item, verb, pron = c.pick([("unas zapatillas Nike Air Max talla 42", "llegaron", "devolverlas"),
                               ("unos audífonos Sony WH-1000XM5", "llegaron", "devolverlos"),
                               ("una freidora de aire Oster", "llegó", "devolverla"),
                               ("un notebook Lenovo IdeaPad", "llegó", "devolverlo")])
    b(f"Compré {item} el {_day(r, 'es_CL', 'num', 2026)} y {verb} con falla. Quiero {pron} y que me reembolsen los "
      f"${r.randint(29, 699)}.{_d(r, 3)}.\n")
    b("Pueden retirar en ", ADDR(cu.addr["line"]), f" de lunes a viernes después de las {r.randint(17, 19)}:00. ")
    b("Mi celular es ", PH(cu.phone(r)), ".\n")
    b(f"Pagué con tarjeta terminada en {_d(r, 4)} en {c.pick(['3', '6', '12'])} cuotas sin interés.\n\nSaludos,\n", P(cu.name("first")), "\n\n")
    b(f"> El {_day(r, 'es_CL', 'words', 2026)}, ", P(ag.name()), f" (Servicio al Cliente) escribió:\n")
    b(f"> Su solicitud RMA-{_d(r, 7)} fue registrada. El courier {c.pick(['Chilexpress', 'Starken', 'Blue Express'])} le enviará la etiqueta.\n")
    return b.done()


def _t_returns_chat_uk(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("uk_UA")
    op = c.person("uk_UA")
    ck = _Clock(r, r.randint(9, 19))
    shop = c.pick(["Rozetka", "Comfy", "Фокстрот", "Епіцентр"])
    b(f"Чат підтримки {shop} · звернення №{_d(r, 8)}\n")
    b(f"[{ck()}] ", P(cu.name("first")), f": Добрий день, хочу повернути {c.pick(['пилосос Xiaomi', 'кросівки Adidas', 'смартфон Samsung A35', 'чайник Tefal'])}, "
      f"замовлення {_d(r, 9)}\n")
    b(f"[{ck()}] Оператор ", P(op.name("first")), ": Вітаю! Вкажіть, будь ласка, ПІБ отримувача та номер телефону\n")
    b(f"[{ck()}] ", P(cu.name("first")), ": ", P(cu.name("formal")), ", ", PH(cu.phone(r)), "\n")
    b(f"[{ck()}] Оператор ", P(op.name("first")), f": Дякую. Поверніть товар у відділенні Нової пошти №{r.randint(1, 350)}, ТТН {_d(r, 14)}. "
      "Кошти повернемо на картку, з якої оплачували.\n")
    if c.chance(0.6):
        card, _ = _card(r, c.pick(["visa", "mc"]), c.pick(["space", "plain"]))
        b(f"[{ck()}] ", P(cu.name("first")), f": Ту картку я закри{'ла' if cu.g == 'F' else 'в'}, можна на іншу? ", CC(card), "\n")
        b(f"[{ck()}] Оператор ", P(op.name("first")), ": На жаль, лише на картку оплати або на рахунок IBAN.\n")
        if c.chance(0.6):
            b(f"[{ck()}] ", P(cu.name("first")), ": Тоді ось IBAN: ", IBAN(_iban(r, "UA")), "\n")
    else:
        b(f"[{ck()}] ", P(cu.name("first")), ": Добре, дякую!\n")
    return b.done()


def _t_returns_ticket_fr_ch(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("fr_CH")
    ag = c.person("fr_CH")
    b(f"[Zendesk] Demande #{_d(r, 6)} - Retour article - {c.pick(['Digitec Galaxus', 'Manor.ch', 'Brack.ch', 'Interdiscount'])}\n")
    b(f"Statut: {c.pick(['Nouveau', 'Ouvert', 'En attente'])}   Tags: retour, remboursement, fr\n\n")
    b("Demandeur: ", P(cu.name()), " <", EM(cu.email), ">\n\n")
    b(f"Bonjour,\nJ'ai reçu le mauvais modèle ({c.pick(['Dyson V15', 'Nespresso Vertuo', 'Garmin Forerunner 265', 'Sony PS5 Slim'])}, "
      f"commande {_d(r, 8)}, article {c.pick(['SKU', 'n°'])} {_d(r, 7)}). ")
    b("Pouvez-vous organiser l'enlèvement à mon adresse :\n", ADDR(cu.addr["block"]), "\n")
    b("Je travaille à ", c.pick(["Nestlé", "la Migros", "l'EPFL", "la HES-SO"]), " et suis joignable au ", PH(cu.phone(r)), " après 18h.\n")
    if c.chance(0.5):
        b("Pour le remboursement, voici mon IBAN : ", IBAN(_iban(r, "CH")), "\n")
    b("Merci d'avance,\n", P(cu.name("first")), "\n\n--- Note interne (", P(ag.name()), ") ---\n")
    b(f"Étiquette Post.ch envoyée, n° d'envoi 99.{_d(r, 2)}.{_d(r, 6)}.{_d(r, 8)}. Valeur CHF {_price(r, 90, 900)}.\n")
    return b.done()


def _t_returns_form_us(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_US")
    b(f"RETURN MERCHANDISE AUTHORIZATION\nRMA #: {c.pick(['R', 'RMA'])}{_d(r, 8)}   Order #: {_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}   "
      f"Created: {_ts(r, 'space')}\n\n")
    b("Customer: ", P(cu.name(c.pick(["full", "caps"]))), "\nEmail: ", EM(cu.email), "\nPhone: ", PH(cu.phone(r)), "\n")
    b("Ship-from address:\n", ADDR(cu.addr["block"]), "\n\n")
    b("Item(s):\n")
    for _ in range(r.randint(1, 3)):
        b(f"  SKU {_an(r, 3, string.ascii_uppercase)}-{_d(r, 5)}  {c.pick(['Instant Pot Duo 6qt', 'Levi 501 W32 L30', 'Apple AirPods Pro (2nd gen)', 'Ninja Air Fryer', 'KitchenAid Mixer'])}  "
          f"qty {r.randint(1, 2)}  ${_price(r, 15, 400)}  reason: {c.pick(['defective', 'wrong size', 'arrived late', 'not as described'])}\n")
    b(f"Serial (if electronics): {c.pick(['N/A', _an(r, 12, string.ascii_uppercase + string.digits)])}\n")
    b(f"Refund to: original payment ({c.pick(['Visa', 'Mastercard', 'Discover', 'PayPal'])} {_masked(r)})\n")
    b(f"Loyalty #: {_loyalty(r)}   Gift receipt: {c.pick(['no', 'yes'])}\n")
    b(f"Label: UPS 1Z{_an(r, 6, string.ascii_uppercase + string.digits)}{_d(r, 10)}  Warehouse: RNO{r.randint(1, 9)}  Tracking pixel IP: {_private_ip(r)}\n")
    return b.done()


def _t_returns_email_ca(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    cu = c.person("en_CA")
    ag = c.person("en_CA")
    shop = c.pick(["Canadian Tire", "Best Buy Canada", "Simons", "Hudson's Bay", "MEC"])
    b("From: ", P(cu.name()), " <", EM(cu.email), ">\nTo: Customer Care <", EM("care@" + c.pick(["shopnorth.ca", "maplemart.ca", "trailgear.ca"])), ">\n")
    b(f"Subject: Re: Return #{_d(r, 9)} - refund not received\n\n")
    b(f"Hello,\n\nIt's been three weeks since you received my return ({c.pick(['winter jacket, size M', 'Dyson vacuum', 'hiking boots', 'kettle'])}) "
      f"and I still haven't seen the ${_price(r, 40, 600)} refund. Canada Post tracking {_d(r, 16)} shows delivered on {_day(r, 'en_CA', 'words', 2026)}.\n")
    if c.chance(0.4):
        card, _ = _card(r, c.pick(["visa", "mc", "amex"]))
        b("The original card was ", CC(card), " but it was replaced - please refund to the new card or e-transfer to this email.\n")
    else:
        b(f"The refund should go to the original card (ending {_d(r, 4)}).\n")
    b("My phone is ", PH(cu.phone(r)), ".\n\nThanks,\n", P(cu.name()), "\n", ADDR(cu.addr["block"]), "\n\n")
    b(f"On {_day(r, 'en_CA', 'words', 2026)}, {shop} Customer Care wrote:\n")
    b("> Hi ", P(cu.name("first")), ", thanks for contacting us. My name is ", P(ag.name("first")),
      f" and I'll look into this. Refunds take 5-7 business days after inspection. Case #{_d(r, 8)}.\n")
    return b.done()


def _t_returns_subjects_in(c: _Ctx) -> Text:
    r, b = c.rng, _B()
    b("date,from,subject,status\n")
    quiet = c.chance(0.35)
    for _ in range(r.randint(5, 8)):
        p = c.person("en_IN")
        b(f"{_day(r, 'en_IN', 'num', 2026)},")
        k = c.pick([1, 4]) if quiet else r.randrange(6)
        if k == 0:
            b(EM(p.email), ",\"Return request for order ", f"#OD{_d(r, 15)}", " - wrong size\",open\n")
        elif k == 1:
            b(EM("no-reply@" + c.pick(["flipkart.com", "myntra.com", "meesho.com", "ajio.com"])), f",\"Your return pickup is scheduled for {_day(r, 'en_IN', 'num', 2026)}\",auto\n")
        elif k == 2:
            b(EM(p.email), ",\"Refund not received - ", P(p.name()), " - ", PH(p.phone(r)), "\",escalated\n")
        elif k == 3:
            b(EM(p.email), f",\"Pickup address change to ", ADDR(p.addr["line"]), "\",open\n")
        elif k == 4:
            b(EM("returns@" + c.pick(["nykaa.com", "tatacliq.com"])), f",\"RTO received at WH-{c.pick(['BLR', 'DEL', 'BOM'])}{r.randint(1, 9)} AWB {_d(r, 12)}\",closed\n")
        else:
            b(EM(p.email), f",\"Exchange {c.pick(['kurta', 'sneakers', 'saree', 'mixer grinder'])} size {c.pick(['M', 'L', '9', '42'])}\",open\n")
    return b.done()


# --------------------------------------------------------------------------------------------------
# template registry and free_text()
# --------------------------------------------------------------------------------------------------

_BY_DOMAIN = [
    ["clinic_letter_de_ch", "clinic_viber_uk", "clinic_intake_us", "clinic_email_ca", "clinic_callnote_au", "clinic_sms_log_in"],
    ["school_email_fr_be", "school_app_no", "school_form_fi", "school_absence_us", "school_whatsapp_au", "school_email_nz"],
    ["telco_ticket_ro", "telco_callnote_hu", "telco_json_cs", "telco_transcript_in", "telco_port_email_us", "telco_kv_ca"],
    ["travel_email_es_mx", "travel_form_pt", "travel_chat_da", "travel_confirm_nz", "travel_manifest_us", "travel_transcript_au"],
    ["cowork_signup_de_at", "cowork_email_lv", "cowork_access_us", "cowork_config_ca", "cowork_slack_au", "cowork_invoice_in"],
    ["food_whatsapp_es_cl", "food_ticket_fr_ch", "food_applog_us", "food_complaint_au", "food_sms_nz", "food_call_in"],
    ["cars_crm_de_ch", "cars_email_pt", "cars_credit_app_us", "cars_sms_ca", "cars_subjects_nz", "cars_transcript_in"],
    ["tax_letter_hu", "tax_email_fi", "tax_form_da", "tax_appeal_uk", "tax_csv_us", "tax_callnote_ca"],
    ["ins_claim_fr_be", "ins_form_ro", "ins_callnote_us", "ins_json_in", "ins_quote_au", "ins_crm_nz"],
    ["ngo_signup_es_mx", "ngo_email_de_at", "ngo_chat_lv", "ngo_donors_us", "ngo_whatsapp_ca", "ngo_reg_log_in"],
    ["it_ticket_cs", "it_config_no", "it_ticket_us", "it_kv_in", "it_slack_au", "it_email_nz"],
    ["returns_email_es_cl", "returns_chat_uk", "returns_ticket_fr_ch", "returns_form_us", "returns_email_ca", "returns_subjects_in"],
]

# interleaved so that any prefix of the split covers all twelve domains
TEMPLATES: list[str] = [dom[k] for k in range(6) for dom in _BY_DOMAIN]

_TEMPLATE_FNS = {t: globals()[f"_t_{t}"] for t in TEMPLATES}

# locale each template is written in (phone numbers are valid for this locale's country)
_TEMPLATE_LOCALE = {}
for _t in TEMPLATES:
    _suffix = _t.rsplit("_", 1)[1]
    _TEMPLATE_LOCALE[_t] = {
        "ch": "de_CH" if _t.endswith("de_ch") else "fr_CH", "uk": "uk_UA", "us": "en_US", "ca": "en_CA", "au": "en_AU",
        "in": "en_IN", "be": "fr_BE", "no": "no_NO", "fi": "fi_FI", "nz": "en_NZ", "ro": "ro_RO", "hu": "hu_HU",
        "cs": "cs_CZ", "mx": "es_MX", "pt": "pt_PT", "da": "da_DK", "at": "de_AT", "lv": "lv_LV", "cl": "es_CL",
    }[_suffix]
del _t, _suffix


def free_text(n: int, seed: int) -> list[Text]:
    """n labelled texts; text i is written from template TEMPLATES[i % len(TEMPLATES)]."""
    rng = random.Random(f"tundra-{seed}")
    c = _Ctx(rng, _fakers(rng))
    return [_TEMPLATE_FNS[TEMPLATES[i % len(TEMPLATES)]](c) for i in range(n)]


# --------------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------------

_PLACEHOLDERS = ["N/A", "-", "n/a", "", "unknown", "[redacted]", "XXX", "none"]


class _Tab:
    """Builds one table column by column from a list of per-row people."""

    def __init__(self, c: _Ctx, people: list[_Person]) -> None:
        self.c = c
        self.people = people
        self.cols: list[Column] = []

    def col(self, name: str, entity: str | None, fn, blank: float = 0.0, placeholder: float = 0.0) -> None:
        r = self.c.rng
        vals: list[str | None] = []
        for i, p in enumerate(self.people):
            x = r.random()
            if x < blank:
                vals.append(None)
            elif x < blank + placeholder:
                vals.append(r.choice(_PLACEHOLDERS))
            else:
                vals.append(fn(p, i))
        self.cols.append(Column(name, entity, vals))


def _mixed_name(r: random.Random, p: _Person, styles=("full", "full", "full", "rev", "upper", "caps", "lower")) -> str:
    return p.name(r.choice(styles))


def _bucket(y: int) -> str:
    lo = y // 10 * 10
    return f"{lo}-{lo + 9}"


def _people(c: _Ctx, rows: int, locs: list[str], age=(19, 82)) -> list[_Person]:
    return [c.person(c.rng.choice(locs), age=age) for _ in range(rows)]


def _tab_clinic(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["en_US"], age=(1, 95))
    docs = [c.person("en_US", age=(32, 66)) for _ in range(6)]
    t = _Tab(c, ppl)
    t.col("visit_id", None, lambda p, i: f"V{_d(r, 9)}")
    t.col("patient_name", "PERSON", lambda p, i: _mixed_name(r, p, ("rev", "rev", "full", "caps")))
    t.col("dob", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["num", "num", "iso", None])), blank=0.02)
    t.col("mrn", None, lambda p, i: f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}")
    t.col("ssn", "US_SSN", lambda p, i: _ssn(r), blank=0.3, placeholder=0.05)
    t.col("phone_home", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.25, placeholder=0.03)
    t.col("phone_type", None, lambda p, i: r.choice(["mobile", "home", "work", "mobile", "other"]))
    t.col("email", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.15)
    t.col("email_verified", None, lambda p, i: r.choice(["true", "false", "true"]))
    t.col("address_line1", "STREET_ADDRESS", lambda p, i: p.addr["street"], blank=0.04)
    t.col("city", "LOCATION", lambda p, i: p.addr["town"], blank=0.04)
    t.col("insurance_plan", None, lambda p, i: r.choice(["BCBS PPO", "Aetna HMO", "Medicare B", "Medicaid", "UHC Choice+", "Self-pay"]))
    t.col("provider", "PERSON", lambda p, i: r.choice(["Dr. ", "", "Dr "]) + r.choice(docs).name(r.choice(["full", "rev"])), blank=0.05)
    t.col("appointment_ts", None, lambda p, i: _ts(r, r.choice(["space", "iso"])))
    t.col("department", None, lambda p, i: r.choice(["Dermatology", "Cardiology", "Ortho", "Peds", "Endocrinology", "Sleep Lab"]))
    t.col("copay_amount", None, lambda p, i: r.choice(["0.00", "20.00", "35.00", "50.00", "75.00"]))
    t.col("card_on_file_last4", None, lambda p, i: _d(r, 4), blank=0.4)
    t.col("birth_year_bucket", None, lambda p, i: _bucket(p.dob[0]))
    return t.cols


def _tab_school(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    kids = _people(c, rows, ["en_NZ", "en_AU"], age=(5, 17))
    pars = [c.person(k.loc, age=(28, 58)) for k in kids]
    for k, g in zip(kids, pars):
        if r.random() < 0.75:
            k.last = g.last
        k.addr = g.addr
    t = _Tab(c, kids)
    t.col("Student ID", None, lambda p, i: _d(r, 6))
    t.col("Student Name", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "rev", "upper")))
    t.col("Date of Birth", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["num", "num", None])))
    t.col("Year Level", None, lambda p, i: f"Year {min(13, max(1, 2026 - p.dob[0] - 5))}")
    t.col("Guardian Name", "PERSON", lambda p, i: _mixed_name(r, pars[i], ("full", "full", "rev")), blank=0.02)
    t.col("Relationship", None, lambda p, i: r.choice(["Mother", "Father", "Caregiver", "Grandparent", "Mother", "Father"]))
    t.col("Mobile", "PHONE_NUMBER", lambda p, i: pars[i].phone(r, "nat"), blank=0.05)
    t.col("Home Phone", "PHONE_NUMBER", lambda p, i: _fmt_phone(r, _gen_phone(r, _REGION[p.loc], "fix"), "nat"), blank=0.55, placeholder=0.05)
    t.col("Email Address", "EMAIL_ADDRESS", lambda p, i: pars[i].email, blank=0.08)
    t.col("Home Address", "STREET_ADDRESS", lambda p, i: p.addr["line"], blank=0.02)
    t.col("Address Type", None, lambda p, i: r.choice(["Residential", "Residential", "Postal", "Both"]))
    t.col("Suburb", "LOCATION", lambda p, i: p.addr["town"] if p.loc == "en_AU" else p.addr["region"], blank=0.03)
    t.col("Medical Alert", None, lambda p, i: r.choice(["None", "None", "Asthma", "Nut allergy", "Epilepsy", "Diabetes T1", "-"]))
    t.col("Bus Route", None, lambda p, i: r.choice(["", "R12", "R7", "Walk", "Car"]))
    t.col("Photo Consent", None, lambda p, i: r.choice(["Y", "Y", "N"]))
    t.col("Enrolment Date", None, lambda p, i: _day(r, p.loc, "num", r.choice([2022, 2023, 2024, 2025])))
    return t.cols


def _tab_telco(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["ro_RO", "hu_HU", "cs_CZ"])
    t = _Tab(c, ppl)
    t.col("subscriberId", None, lambda p, i: f"SUB{_d(r, 9)}")
    t.col("fullName", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "full", "caps", "upper")))
    t.col("msisdn", "PHONE_NUMBER", lambda p, i: p.phone(r, r.choice(["e164", "e164", "intl", "nat"])))
    t.col("imei", None, lambda p, i: _imei(r), blank=0.1)
    t.col("iccid", None, lambda p, i: _iccid(r, {"ro_RO": "40", "hu_HU": "36", "cs_CZ": "42"}[p.loc]))
    t.col("simType", None, lambda p, i: r.choice(["eSIM", "physical", "physical"]))
    t.col("tariffPlan", None, lambda p, i: r.choice(["Red S", "Next M", "Flex 10GB", "Unlimited Plus", "Prepaid Start"]))
    t.col("contactEmail", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.12)
    t.col("emailVerified", None, lambda p, i: r.choice(["1", "0", "1", "1"]))
    t.col("birthDate", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r), blank=0.05)
    t.col("billingAddress", "STREET_ADDRESS", lambda p, i: p.addr["line"])
    t.col("homeTown", "LOCATION", lambda p, i: p.addr["home"], blank=0.1)
    t.col("ibanDirectDebit", "IBAN_CODE", lambda p, i: _iban(r, _IBAN_CC[p.loc]), blank=0.45)
    t.col("lastLoginIp", "IP_ADDRESS", lambda p, i: _ip_public_v4(r) if r.random() < 0.75 else _ip_public_v6(r), blank=0.2)
    t.col("ipVersion", None, lambda p, i: r.choice(["v4", "v6", "dual"]))
    t.col("cardBrand", None, lambda p, i: r.choice(["VISA", "MASTERCARD", "MAESTRO", ""]))
    t.col("activationDate", None, lambda p, i: _day(r, p.loc, r.choice(["num", "iso"]), r.choice([2019, 2021, 2023, 2025])))
    t.col("monthlyFee", None, lambda p, i: f"{r.randint(5, 60)}.{r.choice(['00', '49', '90', '99'])}")
    return t.cols


def _tab_travel(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["pt_PT", "es_MX", "da_DK", "en_NZ", "fr_CH"])
    dests = [("Lisbon", "LIS"), ("Cancún", "CUN"), ("Bangkok", "BKK"), ("Reykjavik", "KEF"), ("Rarotonga", "RAR"),
             ("New York", "JFK"), ("Marrakesh", "RAK"), ("Tokyo", "HND"), ("Funchal", "FNC"), ("Bali", "DPS")]
    trips = [r.choice(dests) for _ in ppl]
    t = _Tab(c, ppl)
    t.col("booking.ref", None, lambda p, i: _an(r, 6, string.ascii_uppercase + string.digits))
    t.col("booking.created_at", None, lambda p, i: _ts(r, "iso"))
    t.col("traveler.name.first", "PERSON", lambda p, i: p.first if r.random() < 0.8 else p.first.upper())
    t.col("traveler.name.last", "PERSON", lambda p, i: p.last if r.random() < 0.8 else p.last.upper())
    t.col("traveler.dob", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["iso", "iso", "num"])), blank=0.05)
    t.col("traveler.contact.email", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.05)
    t.col("traveler.contact.phone", "PHONE_NUMBER", lambda p, i: p.phone(r, r.choice(["e164", "intl", None])), blank=0.1)
    t.col("traveler.contact.phone_type", None, lambda p, i: r.choice(["MOBILE", "HOME", "BUSINESS", "MOBILE"]))
    t.col("traveler.home_city", "LOCATION", lambda p, i: p.addr["home"], blank=0.15)
    t.col("traveler.address.line", "STREET_ADDRESS", lambda p, i: p.addr["line"], blank=0.3)
    t.col("trip.destination.city", "LOCATION", lambda p, i: trips[i][0])
    t.col("trip.destination.iata", None, lambda p, i: trips[i][1])
    t.col("trip.hotel.name", None, lambda p, i: r.choice(["Hotel María Cristina", "Pestana Palace", "The Rarotongan", "Riad Yasmine",
                                                          "Park Hyatt", "Hotel Borg", "Belmond Reid's Palace", "Hotel Jules César"]), blank=0.2)
    t.col("payment.card.brand", None, lambda p, i: r.choice(["VI", "CA", "AX", "VI"]))
    t.col("payment.card.number", "CREDIT_CARD", lambda p, i: _card(r, style=r.choice(["plain", "plain", "space"]))[0], blank=0.35)
    t.col("payment.card.last4", None, lambda p, i: _d(r, 4))
    t.col("loyalty.number", None, lambda p, i: _loyalty(r), blank=0.5)
    t.col("price.total", None, lambda p, i: _price(r, 300, 9000))
    return t.cols


def _tab_cowork(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["de_AT", "de_AT", "lv_LV", "en_CA"], age=(21, 66))
    firms = {loc: [c.company(loc) for _ in range(8)] for loc in ("de_AT", "lv_LV", "en_CA")}
    t = _Tab(c, ppl)
    t.col("MemberId", None, lambda p, i: f"M-{_d(r, 5)}")
    t.col("FirstName", "PERSON", lambda p, i: p.first)
    t.col("LastName", "PERSON", lambda p, i: p.last)
    t.col("CompanyName", None, lambda p, i: r.choice(firms[p.loc]), blank=0.25)
    t.col("JobTitle", None, lambda p, i: r.choice(["Founder", "UX Designer", "Backend Developer", "Freelance Translator", "CEO", "Architect"]))
    t.col("WorkEmail", "EMAIL_ADDRESS", lambda p, i: p.email)
    t.col("MobilePhone", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.08)
    t.col("BillingAddress", "STREET_ADDRESS", lambda p, i: p.addr["line"], blank=0.1)
    t.col("BillingIban", "IBAN_CODE", lambda p, i: _iban(r, {"de_AT": "AT", "lv_LV": "LV", "en_CA": "DE"}[p.loc]), blank=0.3)
    t.col("AccessCardUid", None, lambda p, i: _hex(r, 8).upper())
    t.col("Plan", None, lambda p, i: r.choice(["FlexDesk10", "FixDesk", "Office4", "NightOwl", "VirtualOffice"]))
    t.col("DeskNumber", None, lambda p, i: f"{r.choice('ABC')}{r.randint(1, 40):02d}", blank=0.3)
    t.col("WifiPassword", "PASSWORD", lambda p, i: _password(r, {"de_AT": "de", "lv_LV": "lv", "en_CA": "en"}[p.loc]), blank=0.1)
    t.col("PasswordLastChanged", None, lambda p, i: _ts(r, "space"), blank=0.1)
    t.col("StartDate", None, lambda p, i: _day(r, p.loc, "iso", r.choice([2024, 2025, 2026])))
    t.col("MonthlyRate", None, lambda p, i: f"{r.choice([149, 199, 290, 390, 690])}.00")
    t.col("MeetingRoomCredits", None, lambda p, i: str(r.choice([0, 4, 8, 12, 20])))
    t.col("EmergencyContact", "PERSON", lambda p, i: c.person(p.loc).name(), blank=0.45)
    return t.cols


def _tab_food(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["es_CL", "fr_CH", "en_AU", "en_US"])
    riders = {loc: [c.person(loc) for _ in range(5)] for loc in ("es_CL", "fr_CH", "en_AU", "en_US")}
    cur = {"es_CL": "CLP", "fr_CH": "CHF", "en_AU": "AUD", "en_US": "USD"}
    t = _Tab(c, ppl)
    t.col("ORDER_ID", None, lambda p, i: _uuid(r))
    t.col("CUSTOMER_NAME", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "full", "first", "lower", "caps")))
    t.col("CUSTOMER_PHONE", "PHONE_NUMBER", lambda p, i: p.phone(r))
    t.col("CUSTOMER_EMAIL", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.1)
    t.col("DELIVERY_ADDRESS", "STREET_ADDRESS", lambda p, i: p.addr["line"])
    t.col("CUSTOMER_CITY", "LOCATION", lambda p, i: p.addr["home"], blank=0.05)
    t.col("DELIVERY_LAT", None, lambda p, i: f"{r.uniform(-45, 47):.6f}")
    t.col("DELIVERY_LNG", None, lambda p, i: f"{r.uniform(-122, 153):.6f}")
    t.col("RESTAURANT_NAME", None, lambda p, i: r.choice(["Chez Marcel", "Doña Tina", "Nando's", "Joe's Pizza", "Sushi Kenji",
                                                         "Fuente Alemana", "Grill'd", "Café du Marché", "Ben's Diner"]))
    t.col("COURIER_FIRST_NAME", "PERSON", lambda p, i: r.choice(riders[p.loc]).first, blank=0.08)
    t.col("ORDER_TOTAL", None, lambda p, i: str(r.randint(4500, 38000)) if p.loc == "es_CL" else _price(r, 12, 120))
    t.col("CURRENCY", None, lambda p, i: cur[p.loc])
    t.col("PAYMENT_CARD_BRAND", None, lambda p, i: r.choice(["VISA", "MASTERCARD", "AMEX", "TWINT", "APPLE_PAY"]))
    t.col("PAYMENT_LAST4", None, lambda p, i: _d(r, 4), blank=0.15)
    t.col("CLIENT_IP", "IP_ADDRESS", lambda p, i: _ip_public_v4(r) if r.random() < 0.7 else _ip_public_v6(r), blank=0.05)
    t.col("APP_VERSION", None, lambda p, i: _version(r, r.random() < 0.6))
    t.col("STATUS", None, lambda p, i: r.choice(["DELIVERED", "DELIVERED", "CANCELLED", "REFUNDED", "IN_TRANSIT"]))
    t.col("PROMO_CODE", None, lambda p, i: r.choice(["", "", "WELCOME10", "FREEDEL", "SORRY5"]))
    return t.cols


def _tab_cars(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["en_US"], age=(19, 78))
    reps = [c.person("en_US") for _ in range(5)]
    t = _Tab(c, ppl)
    t.col("ld_id", None, lambda p, i: str(r.randint(100000, 999999)))
    t.col("cust_nm", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "rev", "caps", "full")))
    t.col("cust_dob", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["num", None])), blank=0.2)
    t.col("ss_no", "US_SSN", lambda p, i: _ssn(r), blank=0.45, placeholder=0.03)
    t.col("ssn_l4", None, lambda p, i: _d(r, 4), blank=0.3)
    t.col("ph_no", "PHONE_NUMBER", lambda p, i: p.phone(r, "nat"), blank=0.03)
    t.col("ph_typ", None, lambda p, i: r.choice(["C", "H", "W", "C"]))
    t.col("eml_addr", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.1)
    t.col("addr_ln1", "STREET_ADDRESS", lambda p, i: p.addr["line"].upper() if r.random() < 0.3 else p.addr["line"], blank=0.08)
    t.col("addr_typ", None, lambda p, i: r.choice(["HOME", "HOME", "MAIL", "WORK"]))
    t.col("veh_vin", None, lambda p, i: _vin(r), blank=0.2)
    t.col("veh_mdl", None, lambda p, i: r.choice(["F-150 XLT", "RAV4 XLE", "CR-V EX-L", "Equinox LT", "Model Y", "Tacoma TRD"]))
    t.col("rtg_no", None, lambda p, i: _routing(r), blank=0.6)
    t.col("acct_no", "US_BANK_NUMBER", lambda p, i: _us_account(r), blank=0.6)
    t.col("crd_scr_bnd", None, lambda p, i: r.choice(["<580", "580-619", "620-679", "680-719", "720+"]))
    t.col("sls_rep", "PERSON", lambda p, i: r.choice(reps).name(r.choice(["full", "initial", "first"])))
    t.col("tst_drv_dt", None, lambda p, i: _day(r, "en_US", "num", 2026), blank=0.4)
    t.col("stk_no", None, lambda p, i: f"{_an(r, 1, string.ascii_uppercase)}{_d(r, 5)}")
    return t.cols


def _tab_tax(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["hu_HU"], age=(22, 92))
    mothers = [c.person("hu_HU", gender="F", age=(45, 110)) for _ in ppl]
    births = ["Budapest", "Miskolc", "Debrecen", "Szeged", "Pécs", "Nyíregyháza", "Kecskemét", "Szolnok", "Eger", "Győr", "Kaposvár"]
    t = _Tab(c, ppl)
    t.col("ügyfél_azonosító", None, lambda p, i: f"{_d(r, 8)}")
    t.col("adózó_neve", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "full", "caps", "upper")))
    t.col("születési_dátum", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["num", "num", None])))
    t.col("születési_hely", "LOCATION", lambda p, i: r.choice(births), blank=0.05)
    t.col("anyja_neve", "PERSON", lambda p, i: mothers[i].name(), blank=0.05)
    t.col("lakcím", "STREET_ADDRESS", lambda p, i: p.addr["line"])
    t.col("település", "LOCATION", lambda p, i: p.addr["town"])
    t.col("telefonszám", "PHONE_NUMBER", lambda p, i: p.phone(r, r.choice(["nat", "nat", "intl", "dash"])), blank=0.35)
    t.col("email_cím", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.4)
    t.col("bankszámla_iban", "IBAN_CODE", lambda p, i: _iban(r, "HU"), blank=0.5)
    t.col("cím_típusa", None, lambda p, i: r.choice(["lakóhely", "lakóhely", "tartózkodási hely", "levelezési cím"]))
    t.col("ingatlan_hrsz", None, lambda p, i: f"{r.randint(100, 39999)}/{r.randint(1, 60)}", blank=0.2)
    t.col("adónem", None, lambda p, i: r.choice(["építményadó", "telekadó", "gépjárműadó", "iparűzési adó", "idegenforgalmi adó"]))
    t.col("kivetett_összeg", None, lambda p, i: f"{r.randint(3, 400)} {_d(r, 3)}")
    t.col("befizetés_dátuma", None, lambda p, i: _day(r, "hu_HU", "num", r.choice([2025, 2026])), blank=0.3)
    t.col("határozat_száma", None, lambda p, i: f"AD/{_d(r, 5)}-{r.randint(1, 9)}/{r.choice([2025, 2026])}")
    return t.cols


def _tab_insurance(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["fr_BE", "fr_BE", "ro_RO"], age=(19, 88))
    bens = [c.person(p.loc) for p in ppl]
    t = _Tab(c, ppl)
    t.col("c1", None, lambda p, i: f"{r.randint(10, 99)}.{_d(r, 6)}.{_d(r, 2)}")
    t.col("c2", "PERSON", lambda p, i: _mixed_name(r, p, ("upper", "upper", "full", "rev")))
    t.col("c3", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r, r.choice(["num", None])), blank=0.03)
    t.col("c4", None, lambda p, i: r.choice(["RC Auto", "Habitation Confort", "Assistance Voyage", "Protection Juridique", "CASCO", "RCA"]))
    t.col("c5", None, lambda p, i: f"{r.randint(80, 2400)},{_d(r, 2)}")
    t.col("c6", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.1)
    t.col("c7", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.15)
    t.col("c8", None, lambda p, i: _day(r, p.loc, "num", r.choice([2024, 2025, 2026])))
    t.col("c9", "STREET_ADDRESS", lambda p, i: p.addr["line"])
    t.col("c10", "IBAN_CODE", lambda p, i: _iban(r, _IBAN_CC[p.loc]), blank=0.35)
    t.col("c11", None, lambda p, i: str(r.choice([0, 0, 0, 1, 2])))
    t.col("c12", "PERSON", lambda p, i: bens[i].name(r.choice(["full", "upper"])), blank=0.4)
    t.col("c13", None, lambda p, i: r.choice(["ACTIVE", "LAPSED", "ACTIVE", "PENDING", "CANCELLED"]))
    t.col("c14", None, lambda p, i: f"BRK{_d(r, 4)}")
    t.col("c15", None, lambda p, i: _hex(r, 40))
    t.col("c16", "LOCATION", lambda p, i: p.addr["home"])
    t.col("c17", None, lambda p, i: r.choice(["A", "B", "B", "C", "D"]))
    return t.cols


def _tab_ngo(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["es_MX"], age=(16, 75))
    ecs = [c.person("es_MX", age=(25, 80)) for _ in ppl]
    t = _Tab(c, ppl)
    t.col("folio", None, lambda p, i: f"VOL-{_d(r, 6)}")
    t.col("nombre_completo", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "full", "caps", "rev")))
    t.col("fecha_nacimiento", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r), blank=0.06)
    t.col("correo", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.05)
    t.col("correo_verificado", None, lambda p, i: r.choice(["sí", "no", "sí"]))
    t.col("celular", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.04)
    t.col("tipo_telefono", None, lambda p, i: r.choice(["celular", "casa", "oficina", "celular"]))
    t.col("domicilio", "STREET_ADDRESS", lambda p, i: p.addr["line"], blank=0.12)
    t.col("ciudad", "LOCATION", lambda p, i: p.addr["town"], blank=0.05)
    t.col("contacto_emergencia", "PERSON", lambda p, i: ecs[i].name(), blank=0.2)
    t.col("tel_emergencia", "PHONE_NUMBER", lambda p, i: ecs[i].phone(r), blank=0.22)
    t.col("talla_playera", None, lambda p, i: r.choice(["CH", "M", "G", "XG"]))
    t.col("tipo_sangre", None, lambda p, i: r.choice(["O+", "A+", "B+", "O-", "AB+", "no sé"]))
    t.col("horas_acumuladas", None, lambda p, i: str(r.randint(0, 320)))
    t.col("fecha_alta", None, lambda p, i: _day(r, "es_MX", "num", r.choice([2023, 2024, 2025, 2026])))
    t.col("estatus", None, lambda p, i: r.choice(["activo", "activo", "inactivo", "pendiente"]))
    return t.cols


def _tab_it(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["cs_CZ", "no_NO", "en_IN", "en_US"], age=(20, 66))
    mgrs = [c.person(r.choice(["cs_CZ", "no_NO", "en_IN", "en_US"]), age=(35, 66)) for _ in range(6)]
    dom = "corp-example.com"
    t = _Tab(c, ppl)
    t.col("field_1", None, lambda p, i: str(r.randint(10000, 99999)))
    t.col("attr_3", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "rev", "full")))
    t.col("field_12", "EMAIL_ADDRESS", lambda p, i: c.work_email(p, dom))
    t.col("sam_account", None, lambda p, i: (_ascii(p.first)[:1] + _ascii(p.last))[:10])
    t.col("attr_7", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.2)
    t.col("initial_password", "PASSWORD", lambda p, i: _password(r, {"cs_CZ": "cs", "no_NO": "no"}.get(p.loc, "en")), blank=0.25)
    t.col("password_last_changed", None, lambda p, i: _ts(r, "iso"))
    t.col("api_token", "API_KEY", lambda p, i: _api_key(r, r.choice(["github", "gitlab", "npm", "openai", "slack", "datadog"]))[0], blank=0.7)
    t.col("token_key_id", None, lambda p, i: f"kid_{_hex(r, 12)}", blank=0.7)
    t.col("last_logon_ip", "IP_ADDRESS", lambda p, i: _ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r), blank=0.1)
    t.col("vpn_assigned_ip", None, lambda p, i: _lan_ip(r), blank=0.3)
    t.col("ip_version", None, lambda p, i: r.choice(["4", "6", "4"]))
    t.col("mfa_method", None, lambda p, i: r.choice(["authenticator", "sms", "fido2", "none"]))
    t.col("department", None, lambda p, i: r.choice(["Finance", "Logistics", "Sales", "HR", "Engineering", "Support"]))
    t.col("job_title", None, lambda p, i: r.choice(["Accountant", "Dispatcher", "Account Executive", "HR Partner", "SRE", "Agent"]))
    t.col("device_serial", None, lambda p, i: _an(r, 10, string.ascii_uppercase + string.digits))
    t.col("manager", "PERSON", lambda p, i: r.choice(mgrs).name(), blank=0.1)
    t.col("attr_9", "EMAIL_ADDRESS", lambda p, i: p.email, blank=0.6)
    return t.cols


def _tab_returns(c: _Ctx, rows: int) -> list[Column]:
    r = c.rng
    ppl = _people(c, rows, ["da_DK"])
    t = _Tab(c, ppl)
    t.col("retur_id", None, lambda p, i: f"R{_d(r, 7)}")
    t.col("ordrenummer", None, lambda p, i: f"{_d(r, 3)}-{_d(r, 7)}")
    t.col("kundenavn", "PERSON", lambda p, i: _mixed_name(r, p, ("full", "full", "lower", "rev")))
    t.col("e-mail", "EMAIL_ADDRESS", lambda p, i: p.email)
    t.col("telefon", "PHONE_NUMBER", lambda p, i: p.phone(r), blank=0.1)
    t.col("afhentningsadresse", "STREET_ADDRESS", lambda p, i: p.addr["line"], blank=0.3)
    t.col("by", "LOCATION", lambda p, i: p.addr["town"], blank=0.05)
    t.col("fødselsdato", "DATE_OF_BIRTH", lambda p, i: p.dob_s(r), blank=0.75)
    t.col("varenavn", None, lambda p, i: r.choice(["Bodum French Press 1L", "Nike Pegasus 41", "Philips Hue Starter Kit", "Rains Jacket",
                                                  "LEGO Technic 42151", "Georg Jensen Bloom Vase", "Sonos Era 100"]))
    t.col("varenummer", None, lambda p, i: f"{_an(r, 2, string.ascii_uppercase)}-{_d(r, 6)}")
    t.col("årsag", None, lambda p, i: r.choice(["forkert størrelse", "defekt", "fortrudt køb", "forsinket levering", "forkert vare"]))
    t.col("beløb", None, lambda p, i: f"{r.randint(99, 4999)},{r.choice(['00', '95', '50'])}")
    t.col("refusion_konto", "IBAN_CODE", lambda p, i: _iban(r, "DK"), blank=0.6)
    t.col("kort_type", None, lambda p, i: r.choice(["Dankort", "Visa/Dankort", "Mastercard", "MobilePay"]))
    t.col("kort_sidste4", None, lambda p, i: _d(r, 4), blank=0.3)
    t.col("status", None, lambda p, i: r.choice(["modtaget", "refunderet", "afvist", "afventer"]))
    t.col("oprettet", None, lambda p, i: _ts(r, "space"))
    t.col("ip_adresse", "IP_ADDRESS", lambda p, i: _ip_public_v4(r) if r.random() < 0.7 else _ip_public_v6(r), blank=0.2)
    return t.cols


_TABLES = [
    ("clinic_outpatient_visits", _tab_clinic, ["en_US"]),
    ("school_guardian_contacts", _tab_school, ["en_NZ", "en_AU"]),
    ("telecomSubscribers", _tab_telco, ["ro_RO", "hu_HU", "cs_CZ"]),
    ("travel_bookings_export", _tab_travel, ["pt_PT", "es_MX", "da_DK", "en_NZ", "fr_CH"]),
    ("CoworkingMembers", _tab_cowork, ["de_AT", "lv_LV", "en_CA"]),
    ("FOOD_DELIVERY_ORDERS", _tab_food, ["es_CL", "fr_CH", "en_AU", "en_US"]),
    ("crm_car_leads", _tab_cars, ["en_US"]),
    ("adozo_nyilvantartas", _tab_tax, ["hu_HU"]),
    ("ins_pol_extract", _tab_insurance, ["fr_BE", "ro_RO"]),
    ("voluntarios_registro", _tab_ngo, ["es_MX"]),
    ("it_accounts_dump", _tab_it, ["cs_CZ", "no_NO", "en_IN", "en_US"]),
    ("returer_webshop", _tab_returns, ["da_DK"]),
]

TABLE_NAMES: list[str] = [t[0] for t in _TABLES]
_TABLE_LOCALES = {t[0]: t[2] for t in _TABLES}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Twelve tables (one per domain) of `rows` rows; each row is drawn from one person."""
    rng = random.Random(f"tundra-{seed}")
    c = _Ctx(rng, _fakers(rng))
    return {name: fn(c, rows) for name, fn, _ in _TABLES}


if __name__ == "__main__":  # pragma: no cover - quick self-check of the split
    import re as _re

    def _luhn_ok(d: str) -> bool:
        tot = 0
        for k, ch in enumerate(reversed(d)):
            x = int(ch) * (2 if k % 2 else 1)
            tot += x - 9 if x > 9 else x
        return tot % 10 == 0

    def _iban_ok(v: str) -> bool:
        v = v.replace(" ", "")
        return int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1

    def _phone_ok(v: str, regions: list[str]) -> bool:
        for reg in regions:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
        return False

    problems = []
    for idx, tx in enumerate(free_text(len(TEMPLATES) * 3, 7)):
        reg = _REGION[_TEMPLATE_LOCALE[TEMPLATES[idx % len(TEMPLATES)]]]
        last = -1
        for a, z, lab in sorted(tx.spans):
            v = tx.text[a:z]
            ok = lab in LABELS and 0 <= a < z <= len(tx.text) and a >= last and v == v.strip()
            ok = ok and (lab != "CREDIT_CARD" or _luhn_ok(_re.sub(r"\D", "", v)))
            ok = ok and (lab != "IBAN_CODE" or _iban_ok(v))
            ok = ok and (lab != "PHONE_NUMBER" or _phone_ok(v, [reg]))
            if not ok:
                problems.append((TEMPLATES[idx % len(TEMPLATES)], lab, v))
            last = z
    for tname, cols in structured(60, 11).items():
        regs = [_REGION[x] for x in _TABLE_LOCALES[tname]]
        for col in cols:
            for v in col.values:
                if v is None or v in _PLACEHOLDERS:
                    continue
                if (col.entity == "CREDIT_CARD" and not _luhn_ok(_re.sub(r"\D", "", v))) or \
                        (col.entity == "IBAN_CODE" and not _iban_ok(v)) or \
                        (col.entity == "PHONE_NUMBER" and not _phone_ok(v, regs)):
                    problems.append((tname, col.name, v))
    print(f"{len(TEMPLATES)} templates, {len(TABLE_NAMES)} tables, {len(problems)} problems")
    for pr in problems[:20]:
        print("  ", pr)
