"""Labelled accuracy split "lagoon" for the PII-scanner benchmark (free text + structured tables).

Data card
=========
Author / date
    helper "lagoon", 2026-11-27 (fixed "today" used for every date computation; no clock reads).

Independence (exactly what was read)
    * the author brief for this split (the "lagoon" prompt), which also stated the exact definitions
      imported from ``accuracy_data`` (LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6);
    * ``ls`` of the repository root and of ``bench/`` and ``git status`` (file names only), and a grep of
      ``pyproject.toml`` for a ``[tool.ruff]`` section (none found);
    * outputs of Faker (list of available locales, a few sample names/addresses per locale) and of
      phonenumbers (example numbers per region) run locally.
    Nothing else was opened: not ``accuracy_data.py`` (only imported), not the scanner, its rules,
    tests, docs, README/SPEC, results, notes, the benchmark driver or any other split. The scanner
    (and Presidio) was never read or run; labels below follow only the conventions stated in the brief.

API
    ``free_text(n, seed) -> list[Text]`` (text i renders ``TEMPLATES[i % len(TEMPLATES)]``; each text has
    its own ``random.Random(f"lagoon-{seed}-{i}")`` and the country is drawn from the template's list);
    ``structured(rows, seed) -> dict[str, list[Column]]`` (each table has its own
    ``random.Random(f"lagoon-{seed}-{table}")``); ``TEMPLATES``. Faker instances are cached per locale and
    re-seeded from these rngs before every use, so output is byte-identical across processes and
    independent of PYTHONHASHSEED (no set iteration anywhere). free_text(500, 7) + structured(150, 11)
    take about 2 s.

Free text: 59 templates
    English 32 (54 %): US, GB, CA, AU, IN, IE, NZ, ZA, SG, NG, KE, PH (each template draws one country
    from a list of 1-3 of these).
    Other languages 27 (46 %) in 16 languages: German 4 (DE, AT), French 2 (FR, CH), Spanish 2,
    Catalan 2, Portuguese 2 (PT, BR), Italian 2, Dutch 2, Turkish 2, Tagalog/Filipino 2, Polish 1,
    Romanian 1, Slovenian 1, Estonian 1, Icelandic 1, Vietnamese 1, Swahili 1 (KE).
    From the "barely used" list: Catalan, Turkish, Tagalog, Romanian, Slovenian, Estonian, Icelandic,
    Vietnamese, Swahili.
    Shapes: e-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Teams / Slack /
    Viber / web and live-chat exports, SMS threads and SMS notifications (bank alerts, mobile money, OTPs),
    a support ticket with internal notes, CRM and call notes, a lower-case speech-to-text call transcript,
    form dumps (key: value, key=value, JSON object, JSON lines), an application log, a web-server access
    log, a .env config snippet, an OCR'd paper form (noise in the field labels only), tab-separated
    spreadsheet rows, notification subject lines, a letter, and three texts with no PII at all (release
    notes, an ops update, a German maintenance notice). About 26 of the 500 texts have no span.

Value rules
    Names from Faker in the text's locale (en_US, en_GB, de_DE, tr_TR, sl_SI, et_EE, ...) or from small
    hand-written pools (Catalan, Filipino, Vietnamese, Singaporean, Kenyan/Swahili, Icelandic patronymics,
    South African). Towns are real towns of the country; streets, postcodes and address layouts follow the
    country (e.g. "Lindenstraße 14, 04109 Leipzig", "ul. Długa 15/4, 30-001 Kraków", "Oudegracht 112,
    3511 AX Utrecht", "Blk 412 Tampines Street 41, #08-123, Singapore 520412"). Phones: the region's
    phonenumbers example number is re-randomised until ``is_valid_number`` holds, then written in national,
    international, E.164, 00-prefixed, dotted, dashed or compact style; every phone span is re-checked.
    Birth dates 1944-2006 in the country's numeric format or spelled out in the text's language; other
    dates (recent, non-birth) in the same formats. Cards via ``_luhn`` (Visa/MC/Amex/Discover), IBANs via
    ``_iban_of`` (spaced or not), SSNs avoid area 000/666/9xx, group 00, serial 0000. US account numbers
    8-12 digits. Passwords are plaintext word/digit/symbol mixes; API keys are secret-style keys
    (sk_live_, ghp_, xoxb-, AIza, sk-proj-). Public IPs via ``_ip_public_v4`` / ``_ip_public_v6``.
    Offsets are exact by construction (texts are built from parts) and ``_check`` asserts, for every text
    and every labelled table cell: spans in bounds, sorted, non-overlapping, no surrounding whitespace,
    quotes, brackets or trailing punctuation, Luhn for cards, mod-97 for IBANs, SSN rules, global IPs,
    and phonenumbers validity for phones.

Label conventions as applied
    PERSON: every name as written (full, first only, surname only, upper/lower case, "Last, First",
    "First L." with the period inside); chat speakers and agents labelled; titles (Mr, Mrs, Dr., Frau,
    Sra., Mme) outside; names inside brands, companies, venues, schools, streets and products not
    labelled; pet names not labelled. STREET_ADDRESS: street line + postcode + town as one span,
    multi-line blocks one span, each '>'-quoted line its own span, business addresses in signatures
    labelled, bare street lines labelled. LOCATION: towns/countries where a person lives, was born,
    comes from or travels to; branch, depot, office, clinic, studio and venue towns not labelled.
    DATE_OF_BIRTH: birth dates only. EMAIL_ADDRESS: all addresses including role addresses (support@,
    lettings@, noreply@). PHONE_NUMBER: all valid numbers incl. business lines. IP_ADDRESS: public only.
    US_BANK_NUMBER: account numbers only (routing numbers unlabelled). PASSWORD / API_KEY: plaintext
    secrets only.

Look-alikes (never labelled)
    masked cards (****, XXXX-, ••••, "ending in", BIN+last4), last-4, expiry, CVV, private IPv4/IPv6,
    version strings, bcrypt/argon2 hashes, sha1/sha256/md5-style hex, UUIDs, session ids, Twilio-style
    account SIDs, Stripe publishable keys, order/ticket/booking/tracking/claim/policy/invoice/AWB numbers,
    OTPs and door/gate codes, IMEIs (Luhn-valid 15 digits), routing numbers, sort codes, SWIFT/BIC, GPS
    coordinates, amounts, timestamps and non-birth dates (passport expiry, due dates), DNI/NIF/PAN/NIP-like
    ids, licence plates, ski-pass numbers, meeting ids, brand/company/venue names containing person names
    (Jack Daniel's, Ben & Jerry's, Mercedes-Benz, "Pratt, Sharp and Gibbs", St. Luke's Hospital), pet
    names, branch/office towns.

Tables (12; 234 columns: 89 PII, 145 look-alike; 150 rows each in the benchmark)
    name                        locale  cols  PII/look-alike  header style
    pawn_loans_us               en_US   21    8/13            snake_case, abbreviations (tel, addr1, dob)
    pawn_ledger_gb              en_GB   19    7/12            PascalCase
    tattoo_bookings_au          en_AU   20    7/13            camelCase
    piercing_termine_de         de_DE   18    7/11            German headers with spaces and hyphens
    parkeervergunningen_nl      nl_NL   18    6/12            dotted Dutch headers
    permisos_aparcament_cat     ca (ES) 19    7/12            UPPER_SNAKE Catalan headers
    genealogy_members_ie        en_IE   20    8/12            spaced Title Case
    aettfraedi_felagar_is       is_IS   18    8/10            Icelandic headers + opaque field_3 (first names)
    skischule_buchungen_at      de_AT   19    6/13            snake_case German
    ecole_ski_reservations_fr   fr_FR   21    8/13            French abbreviations + opaque col_2/col_3 (names)
    tlumacze_pl                 pl_PL   21    10/11           Polish snake_case + opaque attr2 (phone), pwd
    interpreting_jobs_us        en_US   20    7/13            PascalCase + opaque attr7 (home address)
    PII columns include first-name-only and surname-only columns, towns (LOCATION: city, suburb, Wohnort,
    MUNICIPI, ville, miejscowość, place of birth, herkunft), local-format birth dates, national-format
    phones, plaintext passwords, API keys, US accounts, SSNs, IBANs, public IPs, card numbers and street
    addresses. Look-alike columns include header-only traps (email_verified, phone_type, tel_typ,
    password_changed_at, haslo_zmienione, CardLast4, dob_verified, adres.type, TIPUS_ADRECA,
    nom_du_produit) and value traps (routing numbers, IMEIs, hashes, UUIDs, private IPs, booking refs,
    amounts, timestamps, masked cards, plates, branch towns, brand and company names).
    Blanks (None) at 0-70 % per column; placeholders N/A, -, unknown in a few phone columns (placeholder
    cells are not entity values).

Known limits
    Texts are template-driven: phrasing varies little inside one template. Non-English texts are written
    by a non-native author and kept short and simple. Address components are plausible combinations, not
    verified real addresses (street/town pairs and postcodes are formatted correctly but random). Phone
    validity relies on the installed phonenumbers metadata. Label decisions for ambiguous cases (e.g.
    countries of origin as LOCATION, the standalone "town, state ZIP" line of a quoted address as its own
    STREET_ADDRESS span) follow the brief's conventions literally.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import random
import string

import phonenumbers
from faker import Faker

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

TODAY = _dt.date(2026, 11, 27)
PN = phonenumbers.PhoneNumberFormat

# --------------------------------------------------------------------------------------------
# Faker cache (instances are re-seeded from our own rng before every use, so order is fixed)
# --------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, seed: int) -> Faker:
    f = _FAKERS.get(locale)
    if f is None:
        f = Faker(locale)
        _FAKERS[locale] = f
    f.seed_instance(seed)
    return f


# --------------------------------------------------------------------------------------------
# Hand-written name pools where Faker's locale is thin (all lists, never sets)
# --------------------------------------------------------------------------------------------
_HAND_NAMES = {
    "CAT": (["Jordi", "Pau", "Arnau", "Marc", "Oriol", "Jaume", "Pere", "Xavier"],
            ["Montserrat", "Núria", "Laia", "Meritxell", "Mireia", "Roser", "Anna", "Gemma"],
            ["Puig", "Vila", "Soler", "Ferrer", "Casals", "Pujol", "Riera", "Font", "Serra", "Vidal", "Bosch",
             "Roca", "Sala", "Camps", "Coll"]),
    "PH": (["Juan", "Jose", "Mark", "Paolo", "Rodel", "Carlo", "Jerome", "Nestor"],
           ["Maria", "Kristine", "Jasmine", "Ligaya", "Rowena", "Analyn", "Maricel", "Joy"],
           ["Santos", "Reyes", "dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino", "Ramos", "Castillo",
            "Manalo", "Dimaculangan", "Pangilinan"]),
    "VN": (["Minh", "Tuấn", "Hùng", "Quang", "Đức", "Long", "Khoa", "Phúc"],
           ["Lan", "Hương", "Thảo", "Ngọc", "Mai", "Linh", "Trang", "Hạnh"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"]),
    "SG": (["Wei Ming", "Jun Jie", "Rajesh", "Muhammad Faizal", "Kok Leong", "Darren"],
           ["Hui Min", "Nur Aisyah", "Priya", "Mei Ling", "Siti Nurhaliza", "Shu Fen"],
           ["Tan", "Lim", "Ng", "Wong", "Goh", "Kumar", "Lee", "Chua", "Rahman", "Teo"]),
    "KE": (["Juma", "Baraka", "Otieno", "Hamisi", "Kiprono", "Omondi", "Mwangi", "Salim"],
           ["Amina", "Wanjiru", "Neema", "Zawadi", "Rehema", "Mwajuma", "Achieng", "Fatuma"],
           ["Mwangi", "Ochieng", "Njoroge", "Kamau", "Wekesa", "Mutua", "Kariuki", "Odhiambo", "Chebet", "Wambua"]),
    "IS": (["Jón", "Gunnar", "Sigurður", "Einar", "Ólafur", "Kristján", "Bjarni", "Halldór"],
           ["Guðrún", "Sigríður", "Anna", "Kristín", "Helga", "Margrét", "Ragnheiður", "Sólveig"],
           ["Jóns", "Gunnars", "Sigurðar", "Einars", "Ólafs", "Magnús", "Stefáns", "Helga", "Péturs", "Árna"]),
    "ZA": (["Pieter", "Johan", "Thabo", "Sipho", "Francois", "Ruan", "Lwazi", "Werner"],
           ["Annelie", "Marietjie", "Lerato", "Nomvula", "Elmarie", "Thandi", "Karin", "Zanele"],
           ["van der Merwe", "Botha", "Nkosi", "Pretorius", "Dlamini", "Venter", "Mokoena", "du Plessis",
            "Naidoo", "Steyn"]),
}

# country -> faker locale for names (None: hand pool)
_NAME_LOCALE = {
    "US": "en_US", "GB": "en_GB", "CA": "en_CA", "AU": "en_AU", "IN": "en_IN", "IE": "en_IE", "NZ": "en_NZ",
    "NG": "en_NG", "DE": "de_DE", "AT": "de_AT", "FR": "fr_FR", "ES": "es_ES", "PT": "pt_PT", "BR": "pt_BR",
    "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "TR": "tr_TR", "RO": "ro_RO", "SI": "sl_SI", "EE": "et_EE",
    "CH": "fr_CH",
}

# --------------------------------------------------------------------------------------------
# Address profiles: real towns, plausible streets, postcodes in the country's format
# --------------------------------------------------------------------------------------------
_UP = "ABDEFGHJLNPQRSTUWXYZ"


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


_TOWNS = {
    "US": [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Raleigh", "NC", "276"),
           ("Albany", "NY", "122"), ("Boise", "ID", "837"), ("Madison", "WI", "537"), ("Tulsa", "OK", "741"),
           ("Savannah", "GA", "314"), ("Eugene", "OR", "974")],
    "GB": [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Leicester", "LE"),
           ("York", "YO"), ("Brighton", "BN"), ("Sheffield", "S"), ("Exeter", "EX"), ("Derby", "DE")],
    "CA": [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Calgary", "AB", "T"), ("Halifax", "NS", "B"),
           ("Winnipeg", "MB", "R"), ("Victoria", "BC", "V"), ("Saskatoon", "SK", "S")],
    "AU": [("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Newtown", "NSW", "2042"), ("Geelong", "VIC", "3220")],
    "IN": [("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"), ("Chennai", "Tamil Nadu", "600"),
           ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"), ("Lucknow", "Uttar Pradesh", "226"),
           ("Hyderabad", "Telangana", "500")],
    "IE": [("Dublin 8", "D08"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Sligo", "F91"),
           ("Kilkenny", "R95"), ("Athlone", "N37")],
    "NZ": [("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8041"),
           (None, "Hamilton", "3204"), (None, "Dunedin", "9016"), (None, "Tauranga", "3110"),
           (None, "Nelson", "7010")],
    "ZA": [("Sea Point", "Cape Town", "8005"), ("Rosebank", "Johannesburg", "2196"), ("Hatfield", "Pretoria", "0083"),
           ("Umhlanga", "Durban", "4319"), (None, "Stellenbosch", "7600"), (None, "Bloemfontein", "9301")],
    "SG": [("Tampines", "Singapore", "52"), ("Bedok", "Singapore", "46"), ("Jurong West", "Singapore", "64"),
           ("Toa Payoh", "Singapore", "31"), ("Woodlands", "Singapore", "73")],
    "NG": [("Ikeja", "Lagos", "100271"), ("Wuse II", "Abuja", "904101"), ("GRA", "Port Harcourt", "500272"),
           ("Bodija", "Ibadan", "200284"), ("Lekki Phase 1", "Lagos", "106104")],
    "KE": [("Kilimani", "Nairobi", "00100"), ("Nyali", "Mombasa", "80118"), ("Milimani", "Kisumu", "40100"),
           ("Section 58", "Nakuru", "20100"), ("Westlands", "Nairobi", "00800")],
    "PH": [("Brgy. San Isidro", "Antipolo City", "1870"), ("Brgy. Lahug", "Cebu City", "6000"),
           ("Brgy. Poblacion", "Makati City", "1210"), ("Brgy. Talomo", "Davao City", "8000"),
           ("Brgy. Batasan Hills", "Quezon City", "1126"), ("Brgy. Tibungco", "Davao City", "8000")],
    "DE": [("Berlin", "10"), ("Leipzig", "04"), ("Köln", "50"), ("Freiburg im Breisgau", "79"), ("Münster", "48"),
           ("Regensburg", "93"), ("Kassel", "34"), ("Rostock", "18")],
    "AT": [("Wien", None), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60"),
           ("Klagenfurt", "90")],
    "CH": [("Lausanne", "100"), ("Genève", "120"), ("Neuchâtel", "200"), ("Fribourg", "170"), ("Sion", "195")],
    "FR": [("Lyon", "690"), ("Nantes", "440"), ("Toulouse", "310"), ("Lille", "590"), ("Rennes", "350"),
           ("Montpellier", "340"), ("Grenoble", "380"), ("Annecy", "740")],
    "ES": [("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"), ("Málaga", "290"),
           ("Valladolid", "470"), ("Granada", "180")],
    "CAT": [("Girona", "170"), ("Lleida", "250"), ("Manresa", "082"), ("Vic", "085"), ("Reus", "432"),
            ("Sabadell", "082"), ("Barcelona", "080"), ("Tarragona", "430")],
    "PT": [("Lisboa", "1"), ("Porto", "40"), ("Braga", "470"), ("Coimbra", "300"), ("Faro", "800"), ("Aveiro", "380")],
    "BR": [("São Paulo", "SP", "01"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
           ("Recife", "PE", "50"), ("Porto Alegre", "RS", "90")],
    "IT": [("Bologna", "401", "BO"), ("Torino", "101", "TO"), ("Firenze", "501", "FI"), ("Bari", "701", "BA"),
           ("Padova", "351", "PD"), ("Verona", "371", "VR")],
    "NL": [("Utrecht", "35"), ("Groningen", "97"), ("Haarlem", "20"), ("Eindhoven", "56"), ("Leiden", "23"),
           ("Zwolle", "80")],
    "PL": [("Kraków", "30"), ("Gdańsk", "80"), ("Poznań", "60"), ("Wrocław", "50"), ("Łódź", "90"), ("Lublin", "20")],
    "TR": [("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Konak", "İzmir", "352"),
           ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "071"), ("Beşiktaş", "İstanbul", "343")],
    "RO": [("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"), ("Constanța", "900"),
           ("Sibiu", "550")],
    "SI": [("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
           ("Novo mesto", "8000")],
    "EE": [("Tallinn", "10"), ("Tartu", "50"), ("Pärnu", "80"), ("Narva", "20"), ("Viljandi", "71")],
    "IS": [("Reykjavík", "101"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"), ("Akureyri", "600"),
           ("Selfoss", "800"), ("Ísafjörður", "400")],
    "VN": [("Quận 3", "TP. Hồ Chí Minh"), ("Quận Ba Đình", "Hà Nội"), ("Quận Hải Châu", "Đà Nẵng"),
           ("Quận Ninh Kiều", "Cần Thơ"), ("Quận Cầu Giấy", "Hà Nội"), ("Quận Bình Thạnh", "TP. Hồ Chí Minh")],
}

_STREETS = {
    "US": ["Maple Ave", "Oak Street", "Elm St", "Cedar Lane", "Willow Dr", "Pine Ridge Rd", "Highland Ave",
           "Sunset Blvd", "Walnut St", "Lakeview Dr"],
    "GB": ["Station Road", "Victoria Street", "Church Lane", "Mill Road", "Queens Avenue", "Park Crescent",
           "Albert Terrace", "Grange Road", "Manor Way", "High Street"],
    "CA": ["King St W", "Bloor St E", "Elgin Street", "Spring Garden Rd", "Portage Ave", "Douglas St",
           "Main Street", "Maple Crescent"],
    "AU": ["Smith St", "Beach Road", "Wattle Ave", "Hotham St", "Sydney Rd", "Banksia Cres", "Railway Pde",
           "Gordon St"],
    "IN": ["MG Road", "Linking Road", "Anna Salai", "Nehru Nagar Main Road", "Station Road", "Sector 4 Road",
           "Church Street", "Residency Road"],
    "IE": ["Main Street", "Church Road", "Abbey Street", "Mill Lane", "Dominick Street", "Patrick Street",
           "Castle Road"],
    "NZ": ["Ridge Road", "Karaka Street", "Beach Road", "Kowhai Avenue", "Riccarton Road", "George Street",
           "Tui Street"],
    "ZA": ["Main Road", "Jan Smuts Ave", "Beach Road", "Oxford Road", "Church Street", "Dorp Street",
           "Long Street"],
    "SG": ["Tampines Street 41", "Bedok North Ave 3", "Jurong West Street 52", "Lorong 4 Toa Payoh",
           "Woodlands Drive 14"],
    "NG": ["Allen Avenue", "Adeola Odeku Street", "Aminu Kano Crescent", "Awolowo Road", "Olu Obasanjo Road",
           "Admiralty Way"],
    "KE": ["Ngong Road", "Argwings Kodhek Road", "Links Road", "Oginga Odinga Street", "Kenyatta Avenue",
           "Waiyaki Way"],
    "PH": ["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Gen. Luna St.", "Acacia Road", "Narra St."],
    "DE": ["Lindenstraße", "Bahnhofstr.", "Am Mühlbach", "Schillerweg", "Gartenstraße", "Kirchplatz",
           "Hauptstraße", "Rosenweg", "Goethestraße"],
    "AT": ["Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße", "Annenstraße", "Linzer Gasse",
           "Museumstraße"],
    "CH": ["Rue du Midi", "Avenue de la Gare", "Chemin des Vignes", "Rue de Lausanne", "Grand-Rue"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
           "impasse des Tilleuls", "rue du Moulin", "allée des Cerisiers"],
    "ES": ["Calle Mayor", "C/ Alcalá", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia",
           "Calle Real"],
    "CAT": ["Carrer de la Rosa", "Carrer Major", "Passeig de la Rambla", "Carrer del Pi", "Avinguda de Catalunya",
            "Carrer de Sant Pere"],
    "PT": ["Rua das Flores", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
           "Rua Direita", "Largo do Rato"],
    "BR": ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua XV de Novembro", "Avenida Brasil"],
    "IT": ["Via Garibaldi", "Via Roma", "Corso Italia", "Via dei Mille", "Viale Mazzini", "Piazza Cavour"],
    "NL": ["Oudegracht", "Kerkstraat", "Molenweg", "Stationsplein", "Lindelaan", "Prinsengracht"],
    "PL": ["ul. Długa", "ul. Mickiewicza", "ul. Kwiatowa", "al. Jana Pawła II", "ul. Polna", "ul. Ogrodowa"],
    "TR": ["Moda Cad.", "Atatürk Bulvarı", "Bağdat Cad.", "Kıbrıs Şehitleri Cad.", "Gül Sok.", "Lale Sok."],
    "RO": ["Str. Memorandumului", "Bd. Independenței", "Str. Republicii", "Calea Victoriei", "Str. Florilor"],
    "SI": ["Trubarjeva cesta", "Slovenska cesta", "Prešernova ulica", "Gosposka ulica", "Cankarjeva ulica"],
    "EE": ["Tamme tn", "Pärnu mnt", "Raekoja plats", "Riia tn", "Kase tn", "Narva mnt"],
    "IS": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bárugata", "Hraunbær", "Lindargata"],
    "VN": ["Nguyễn Thị Minh Khai", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"],
}


def _town(rng, cc):
    t = rng.choice(_TOWNS[cc])
    if cc in ("NZ", "ZA", "SG", "NG", "KE", "PH", "TR", "VN"):
        return t[1]
    return t[0]


def _address(rng, cc, style="line"):
    """Return (address, town). style: line | block | street (bare street line)."""
    st = rng.choice(_STREETS[cc])
    t = rng.choice(_TOWNS[cc])
    n = rng.randint(1, 220)
    sep = "\n" if style == "block" else ", "
    if cc == "US":
        town, state, z = t
        apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f", Unit {rng.randint(2, 900)}"])
        line = f"{rng.randint(10, 9899)} {st}{apt}"
        rest = f"{town}, {state} {z}{_d(rng, 2)}"
    elif cc == "GB":
        town, area = t
        line = f"{rng.choice(['', 'Flat ' + str(rng.randint(1, 12)) + ', '])}{n} {st}"
        rest = f"{town} {area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}"
    elif cc == "CA":
        town, prov, fsa = t
        L = "ABCEGHJKLMNPRSTVXY"
        line = f"{rng.choice(['', str(rng.randint(100, 2400)) + '-'])}{rng.randint(10, 999)} {st}"
        rest = f"{town}, {prov} {fsa}{rng.randint(1, 9)}{rng.choice(L)} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"
    elif cc == "AU":
        town, state, pc = t
        line = f"{rng.choice(['', 'Unit ' + str(rng.randint(1, 20)) + '/', str(rng.randint(1, 9)) + '/'])}{n} {st}"
        rest = f"{town} {state} {pc}"
    elif cc == "IN":
        town, state, pin = t
        line = f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {rng.choice(['Sai Residency', 'Green Park Apts', 'Lotus Towers', 'Shanti Nivas'])}{sep}{n} {st}"
        rest = f"{town}, {state} {pin}{_d(rng, 3)}"
    elif cc == "IE":
        town, key = t
        line = f"{n} {st}"
        rest = f"{town}{sep}{key} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}"
    elif cc == "NZ":
        sub, city, pc = t
        line = f"{n} {st}"
        rest = f"{sub + sep if sub else ''}{city} {pc}"
    elif cc == "ZA":
        sub, city, pc = t
        line = f"{n} {st}"
        rest = f"{sub + sep if sub else ''}{city}{sep}{pc}"
    elif cc == "SG":
        sub, city, pc = t
        blk = rng.randint(100, 899)
        line = f"Blk {blk} {st}{sep}#{rng.randint(2, 15):02d}-{rng.randint(10, 399)}"
        rest = f"{city} {pc}{blk:04d}"
    elif cc == "NG":
        sub, city, pc = t
        line = f"{n} {st}, {sub}"
        rest = f"{city} {pc}"
    elif cc == "KE":
        sub, city, pc = t
        line = f"{rng.choice(['', 'Hse ' + str(rng.randint(1, 60)) + ', '])}{st}, {sub}"
        rest = f"{city}"
    elif cc == "PH":
        brgy, city, pc = t
        line = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)} {st}, {brgy}"
        rest = f"{city} {pc}"
    elif cc == "DE":
        town, p = t
        line = f"{st} {n}{rng.choice(['', '', 'a', 'b'])}"
        rest = f"{p}{_d(rng, 3)} {town}"
    elif cc == "AT":
        town, p = t
        line = f"{st} {n}{rng.choice(['', '/' + str(rng.randint(1, 9)) + '/' + str(rng.randint(1, 30))])}"
        pc = f"1{rng.randint(1, 23):02d}0" if p is None else f"{p}{rng.randint(1, 9)}0"
        rest = f"{pc} {town}"
    elif cc == "CH":
        town, p = t
        line = f"{st} {n}"
        rest = f"{p}{rng.randint(0, 9)} {town}"
    elif cc == "FR":
        town, p = t
        line = f"{n}{rng.choice(['', '', ' bis'])} {st}"
        rest = f"{p}{_d(rng, 2)} {town}"
    elif cc == "ES":
        town, p = t
        line = f"{st} {n}, {rng.randint(1, 8)}º {rng.choice(['A', 'B', 'C', 'izq.', 'dcha.'])}"
        rest = f"{p}{_d(rng, 2)} {town}"
    elif cc == "CAT":
        town, p = t
        line = f"{st}, {n}, {rng.randint(1, 6)}r {rng.randint(1, 4)}a"
        rest = f"{p}{_d(rng, 2)} {town}"
    elif cc == "PT":
        town, p = t
        line = f"{st}, {n}, {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.', 'Frente'])}"
        rest = f"{p}{_d(rng, 4 - len(p))}-{_d(rng, 3)} {town}"
    elif cc == "BR":
        town, uf, p = t
        line = f"{st}, {n}, apto {rng.randint(11, 154)}"
        rest = f"{town} - {uf}{sep}{p}{_d(rng, 3)}-{_d(rng, 3)}"
    elif cc == "IT":
        town, p, prov = t
        line = f"{st} {n}"
        rest = f"{p}{_d(rng, 2)} {town} ({prov})"
    elif cc == "NL":
        town, p = t
        line = f"{st} {n}{rng.choice(['', '', '-II', ' A'])}"
        rest = f"{p}{rng.randint(10, 99)} {rng.choice('ABCEGHJKLMNPRSTVXZ')}{rng.choice('ABCEGHJKLMNPRSTVXZ')} {town}"
    elif cc == "PL":
        town, p = t
        line = f"{st} {n}{rng.choice(['', '/' + str(rng.randint(1, 60))])}"
        rest = f"{p}-{_d(rng, 3)} {town}"
    elif cc == "TR":
        ilce, il, p = t
        line = f"{rng.choice(['Caferağa', 'Cumhuriyet', 'Atatürk', 'Yeni', 'Bahçelievler'])} Mah. {st} No:{n} D:{rng.randint(1, 20)}"
        rest = f"{p}{_d(rng, 2)} {ilce}/{il}"
    elif cc == "RO":
        town, p = t
        line = f"{st} nr. {n}{rng.choice(['', ', bl. ' + str(rng.randint(1, 40)) + ', ap. ' + str(rng.randint(1, 90))])}"
        rest = f"{p}{_d(rng, 3)} {town}"
    elif cc == "SI":
        town, pc = t
        line = f"{st} {n}{rng.choice(['', '', 'a', 'b'])}"
        rest = f"{pc} {town}"
    elif cc == "EE":
        town, p = t
        line = f"{st} {n}{rng.choice(['', '-' + str(rng.randint(1, 40))])}"
        rest = f"{p}{_d(rng, 3)} {town}"
    elif cc == "IS":
        town, pc = t
        line = f"{st} {n}"
        rest = f"{pc} {town}"
    elif cc == "VN":
        q, city = t
        line = f"Số {n} {st}, Phường {rng.randint(1, 15)}"
        rest = f"{q}, {city}"
    else:
        raise ValueError(cc)
    if style == "street":
        return line, (t[1] if cc in ("NZ", "ZA", "SG", "NG", "KE", "PH", "TR", "VN") else t[0])
    town = t[1] if cc in ("NZ", "ZA", "SG", "NG", "KE", "PH", "TR", "VN") else t[0]
    return line + sep + rest, town


# --------------------------------------------------------------------------------------------
# Phones: perturb the region's example number until phonenumbers calls it valid
# --------------------------------------------------------------------------------------------
_PHONE_REGION = {"CAT": "ES"}


def _phone(rng, cc, kind="m", style="nat"):
    region = _PHONE_REGION.get(cc, cc)
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
    if region in ("US", "CA"):
        t = phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    else:
        ex = phonenumbers.example_number_for_type(region, t)
    nsn = phonenumbers.national_significant_number(ex)
    for i in range(2000):
        keep = 1 if i < 1500 else (3 if len(nsn) > 8 else 2)
        cand = nsn[:keep] + _d(rng, len(nsn) - keep)
        if region in ("US", "CA"):
            cand = rng.choice(_AREA[region]) + str(rng.randint(2, 9)) + _d(rng, 2) + _d(rng, 4)
            if cand[3:6] == "555":
                continue
        try:
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            break
    else:
        raise RuntimeError("no phone for " + region)
    if style == "intl":
        s = phonenumbers.format_number(num, PN.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, PN.E164)
    elif style == "00":
        s = "00" + phonenumbers.format_number(num, PN.INTERNATIONAL)[1:]
    elif style == "dots":
        s = phonenumbers.format_number(num, PN.NATIONAL).replace("(", "").replace(")", "").replace(" ", ".").replace("-", ".")
    elif style == "dash":
        s = phonenumbers.format_number(num, PN.NATIONAL).replace("(", "").replace(") ", "-").replace(" ", "-")
    elif style == "plain":
        s = phonenumbers.format_number(num, PN.NATIONAL)
        s = s.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    else:
        s = phonenumbers.format_number(num, PN.NATIONAL)
    assert _phone_ok(s, region), (s, region)
    return s


_AREA = {"US": ["614", "520", "509", "919", "518", "208", "608", "918", "912", "541", "312", "415", "303"],
         "CA": ["416", "613", "403", "902", "204", "250", "306", "647"]}


def _phone_ok(s, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "fil": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
}
_NUMFMT = {"US": "m/d/Y", "PH": "m/d/Y", "CA": "Y-m-d", "DE": "d.m.Y", "AT": "d.m.Y", "PL": "d.m.Y",
           "TR": "d.m.Y", "RO": "d.m.Y", "EE": "d.m.Y", "IS": "d.m.Y", "CH": "d.m.Y", "NL": "d-m-Y",
           "PT": "d-m-Y", "SI": "d. m. Y"}


def _birth(rng):
    return _dt.date(rng.randint(1944, 2006), rng.randint(1, 12), rng.randint(1, 28))


def _recent(rng):
    return TODAY - _dt.timedelta(days=rng.randint(1, 420))


def _fmt_date(d, cc, style="num", lang="en"):
    if style == "iso":
        return d.isoformat()
    if style == "long":
        m = _MONTHS[lang].split()[d.month - 1]
        if lang == "en":
            return f"{m} {d.day}, {d.year}" if cc in ("US", "PH", "CA") else f"{d.day} {m} {d.year}"
        if lang in ("es", "pt", "ca"):
            de = "d'" if lang == "ca" and m[0] in "aeiou" else "de "
            return f"{d.day} {de}{m} de {d.year}"
        if lang in ("de", "is", "et", "pl", "sl"):
            return f"{d.day}. {m} {d.year}" if lang != "pl" else f"{d.day} {m} {d.year}"
        if lang == "fil":
            return f"{m} {d.day}, {d.year}"
        return f"{d.day} {m} {d.year}"
    if style == "short":  # two-digit year
        f = _NUMFMT.get(cc, "d/m/Y")
        return f.replace("d", f"{d.day:02d}").replace("m", f"{d.month:02d}").replace("Y", f"{d.year % 100:02d}")
    f = _NUMFMT.get(cc, "d/m/Y")
    if cc == "SI":
        return f"{d.day}. {d.month}. {d.year}"
    if cc == "IS":
        return f"{d.day}.{d.month}.{d.year}"
    return f.replace("d", f"{d.day:02d}").replace("m", f"{d.month:02d}").replace("Y", str(d.year))


# --------------------------------------------------------------------------------------------
# Value generators (PII)
# --------------------------------------------------------------------------------------------
_B62 = string.ascii_letters + string.digits
_WORDS = ["sunflower", "Tigger", "bluebird", "Marmalade", "kangaroo", "Pumpkin", "rocket", "Lighthouse",
          "harbour", "Gecko", "waffles", "Cobalt", "meadow", "Nimbus", "orchid", "Falcon", "bramble", "Zebra"]


def _ssn(rng, style="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _card(rng, style="space"):
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = _luhn(rng, "4", 16)
    elif kind == "mc":
        n = _luhn(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        n = _luhn(rng, "6011", 16)
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _usacct(rng):
    return str(rng.randint(1, 9)) + _d(rng, rng.randint(7, 11))


def _routing(rng):
    while True:
        d = [rng.randint(0, 3)] + [rng.randint(0, 9) for _ in range(7)]
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def _iban(rng, cc, spaced=False):
    v = _iban_of(rng, cc)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def _pwd(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(_WORDS) + str(rng.randint(1, 99)) + rng.choice("!?#$*")
    if k == 1:
        return rng.choice(_WORDS).capitalize() + rng.choice(["_", ".", "-"]) + rng.choice(_WORDS) + str(rng.randint(1970, 2026))
    if k == 2:
        return "".join(rng.choice(_B62 + "!@#%&*") for _ in range(rng.randint(10, 16)))
    if k == 3:
        w = rng.choice(_WORDS)
        return w[0].upper() + w[1:].replace("o", "0").replace("a", "@") + str(rng.randint(10, 999))
    return rng.choice(_WORDS) + rng.choice(_WORDS).capitalize() + "!" + str(rng.randint(1, 9))


def _apikey(rng):
    k = rng.randint(0, 4)
    r = lambda n: "".join(rng.choice(_B62) for _ in range(n))
    if k == 0:
        return "sk_live_" + r(24)
    if k == 1:
        return "ghp_" + r(36)
    if k == 2:
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{r(24)}"
    if k == 3:
        return "AIza" + "".join(rng.choice(_B62 + "-_") for _ in range(35))
    return "sk-proj-" + r(40)


def _ip4(rng):
    return _ip_public_v4(rng)


def _ip6(rng):
    return _ip_public_v6(rng)


# --------------------------------------------------------------------------------------------
# Look-alike generators (never labelled)
# --------------------------------------------------------------------------------------------
def _priv_ip(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"


def _ver(rng):
    return rng.choice(["v", "", "", "ver. "]) + f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 199)}"


def _semver(rng):
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 199)}"


def _eur(rng, lo=5, hi=2000):
    v = rng.randint(lo, hi)
    s = f"{v:,}".replace(",", ".")
    return f"{s},{rng.randint(0, 99):02d} €"


def _seq(rng):
    """Increasing clock times for one conversation."""
    state = [rng.randint(7 * 60, 12 * 60)]

    def tick(ampm=False):
        state[0] = min(state[0] + rng.randint(0, 25), 23 * 60 + 59)
        h, m = divmod(state[0], 60)
        if ampm:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"
    return tick


def _bcrypt(rng):
    a = "./" + string.ascii_letters + string.digits
    return "$2b$12$" + "".join(rng.choice(a) for _ in range(53))


def _argon(rng):
    a = string.ascii_letters + string.digits + "+/"
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + "".join(rng.choice(a) for _ in range(22)) + "$"
            + "".join(rng.choice(a) for _ in range(43)))


def _sha(rng, n=64):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng):
    h = _sha(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _masked(rng):
    l4 = _d(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending in {l4}",
                       f"{rng.choice(['4', '5'])}{_d(rng, 5)}******{l4}"])


def _imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]) + _d(rng, 6), 15)


def _swift(rng):
    return rng.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BARCGB22", "AIBKIE2D", "CAIXESBBXXX",
                       "UNCRITMM", "RZBAATWW", "BCEELULL", "KCBLKENX", "BPIPPHMM"])


def _gps(rng):
    return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 150):.5f}"


def _ref(rng, pre="", n=6, alpha=True):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if alpha else string.digits
    return pre + "".join(rng.choice(al) for _ in range(n))


def _amount(rng, cur="$"):
    v = f"{rng.randint(5, 4999)}.{rng.randint(0, 99):02d}"
    return f"{cur}{v}" if cur in "$£€" else f"{v} {cur}"


def _ts(rng):
    d = _recent(rng)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _clock(rng, ampm=False):
    h, m = rng.randint(7, 22), rng.randint(0, 59)
    if ampm:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{m:02d}"


_BRANDS = ["Ben & Jerry's", "Jack Daniel's", "Louis Vuitton", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss",
           "Ralph Lauren", "Martha Stewart Living", "Dr. Martens", "Paul Smith", "Ted Baker", "Wendy's",
           "Marks & Spencer", "Tim Hortons", "Sainsbury's", "McDonald's", "Giorgio Armani", "John Lewis"]
_PETS = ["Biscuit", "Luna", "Max", "Pepper", "Mochi", "Bella", "Rocky", "Tofu", "Simba", "Nala", "Coco", "Milo"]


# --------------------------------------------------------------------------------------------
# Text builder: parts are appended in order so every span offset is exact by construction
# --------------------------------------------------------------------------------------------
def P(v):
    return (v, "PERSON")


def EM(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def CARD(v):
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


def PWD(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


_MAILDOM = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "CA": ["rogers.com", "shaw.ca", "gmail.com"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "IE": ["eircom.net", "gmail.com"], "NZ": ["xtra.co.nz", "gmail.com"],
    "ZA": ["mweb.co.za", "gmail.com", "telkomsa.net"], "SG": ["singnet.com.sg", "gmail.com"], "NG": ["yahoo.com", "gmail.com"],
    "KE": ["gmail.com", "yahoo.com"], "PH": ["yahoo.com.ph", "gmail.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net"],
    "ES": ["hotmail.es", "gmail.com", "telefonica.net"], "CAT": ["gmail.com", "xtec.cat", "hotmail.com"],
    "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "gmail.com", "bol.com.br"], "IT": ["libero.it", "virgilio.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PL": ["wp.pl", "o2.pl", "onet.pl"],
    "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "RO": ["yahoo.ro", "gmail.com"], "SI": ["siol.net", "gmail.com"],
    "EE": ["hot.ee", "gmail.com"], "IS": ["simnet.is", "internet.is"], "VN": ["gmail.com", "yahoo.com.vn"],
}


def _ascii(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    s = s.replace("Ð", "D").replace("Þ", "Th").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum() or c in ".-")


_PHONE_STYLES = {"US": ["nat", "dash", "intl", "dots"], "CA": ["nat", "dash", "intl"], "FR": ["nat", "dots", "intl"],
                 "DE": ["nat", "intl", "00", "plain"], "AT": ["nat", "intl", "00"], "CH": ["nat", "intl"]}


class G:
    """Per-text generator + builder."""

    def __init__(self, rng: random.Random, cc: str, lang: str):
        self.r = rng
        self.cc = cc
        self.lang = lang
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0
        loc = _NAME_LOCALE.get(cc)
        self.fk = _faker(loc, rng.getrandbits(32)) if loc else None

    # ---- building
    def __call__(self, fmt: str, *args):
        pieces = fmt.split("§")
        assert len(pieces) == len(args) + 1, (fmt, args)
        for i, p in enumerate(pieces):
            self._t(p)
            if i < len(args):
                a = args[i]
                if isinstance(a, tuple):
                    self._v(*a)
                else:
                    self._t(str(a))
        return self

    def _t(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def _v(self, v, label):
        assert label in LABELS, label
        assert v and v == v.strip(), repr(v)
        self.spans.append((self.pos, self.pos + len(v), label))
        self._t(v)

    def text(self) -> Text:
        t = Text("".join(self.parts), list(self.spans))
        _check(t)
        return t

    # ---- values
    def name(self, sex=None, cc=None):
        cc = cc or self.cc
        r = self.r
        sex = sex or r.choice("mf")
        loc = _NAME_LOCALE.get(cc)
        if loc:
            fk = self.fk if cc == self.cc else _faker(loc, r.getrandbits(32))
            first = fk.first_name_male() if sex == "m" else fk.first_name_female()
            last = fk.last_name().rstrip(".")
            while last[0] in "'\"":  # e.g. Dutch "'s Gravensande": avoid a leading quote-like char
                last = fk.last_name().rstrip(".")
            first = first.rstrip(".")
        else:
            m, f, lasts = _HAND_NAMES[cc]
            first = r.choice(m if sex == "m" else f)
            last = r.choice(lasts)
            if cc == "IS":
                last = last + ("son" if sex == "m" else "dóttir")
        return first, last

    def full(self, sex=None, cc=None):
        f, l = self.name(sex, cc)
        if (cc or self.cc) == "VN":
            return f"{l} {self.r.choice(['Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc'])} {f}"
        return f"{f} {l}"

    def phone(self, kind="m", style=None, cc=None):
        cc = cc or self.cc
        style = style or self.r.choice(_PHONE_STYLES.get(cc, ["nat", "nat", "intl", "e164"]))
        return _phone(self.r, cc, kind, style)

    def addr(self, style="line", cc=None):
        a, town = _address(self.r, cc or self.cc, style)
        self.last_town = town
        return a

    def town(self, cc=None):
        return _town(self.r, cc or self.cc)

    def dob(self, style="num"):
        return _fmt_date(_birth(self.r), self.cc, style, self.lang)

    def date(self, style="num"):
        return _fmt_date(_recent(self.r), self.cc, style, self.lang)

    def email(self, first, last, dom=None):
        r = self.r
        f, l = _ascii(first).lower(), _ascii(last.replace(" ", "")).lower()
        user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{r.randint(70, 99)}"])
        return f"{user}@{dom or r.choice(_MAILDOM.get(self.cc, ['gmail.com']))}"

    def iban(self, spaced=None, cc=None):
        cc = cc or {"CAT": "ES"}.get(self.cc, self.cc)
        return _iban(self.r, cc, self.r.random() < 0.5 if spaced is None else spaced)

    def pick(self, *xs):
        return self.r.choice(xs)


# --------------------------------------------------------------------------------------------
# Validation of every labelled value
# --------------------------------------------------------------------------------------------
def _luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def _iban_ok(v):
    v = v.replace(" ", "")
    x = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(x) % 97 == 1


_CC_REGIONS = ["US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA", "SG", "NG", "KE", "PH", "DE", "AT", "CH", "FR", "ES",
               "PT", "BR", "IT", "NL", "PL", "TR", "RO", "SI", "EE", "IS", "VN"]


def _check(t: Text):
    prev = 0
    for s, e, lab in sorted(t.spans):
        assert 0 <= s < e <= len(t.text) and s >= prev, (t.text, t.spans)
        prev = e
        v = t.text[s:e]
        opener = v[0] == "(" and lab == "PHONE_NUMBER" and ")" in v[1:6]
        assert v == v.strip() and (v[0] not in "\"'([<{" or opener) and (v[-1] not in "\"')]>},;:" or (v[-1] == ")" and "(" in v)), (lab, v)
        if v[-1] == "." and not (lab == "PERSON" and len(v) > 2 and v[-3] == " "):
            raise AssertionError((lab, v))
        if lab == "CREDIT_CARD":
            dd = v.replace(" ", "").replace("-", "")
            assert dd.isdigit() and 13 <= len(dd) <= 19 and _luhn_ok(dd), v
        elif lab == "US_SSN":
            dd = v.replace("-", "").replace(" ", "")
            assert len(dd) == 9 and dd[:3] not in ("000", "666") and dd[0] != "9" and dd[3:5] != "00" and dd[5:] != "0000", v
        elif lab == "IBAN_CODE":
            assert _iban_ok(v), v
        elif lab == "IP_ADDRESS":
            assert ipaddress.ip_address(v).is_global, v
        elif lab == "PHONE_NUMBER":
            assert any(_phone_ok(v, r) for r in _CC_REGIONS), v
        elif lab == "EMAIL_ADDRESS":
            assert v.count("@") == 1 and "." in v.split("@")[1], v
        elif lab == "US_BANK_NUMBER":
            assert v.isdigit() and 8 <= len(v) <= 17, v


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------
class _Tpl:
    __slots__ = ("countries", "fn", "lang", "name", "shape")

    def __init__(self, name, lang, countries, shape, fn):
        self.name, self.lang, self.countries, self.shape, self.fn = name, lang, countries, shape, fn

    def __repr__(self):
        return f"<template {self.name} {self.lang} {'/'.join(self.countries)} {self.shape}>"


TEMPLATES: list[_Tpl] = []


def tpl(lang, countries, shape):
    def deco(fn):
        TEMPLATES.append(_Tpl(fn.__name__, lang, tuple(countries), shape, fn))
        return fn
    return deco


def _quote_block(g, addr):
    """'>'-quoted address: every quoted line is its own span."""
    for ln in addr.split("\n"):
        g("> §\n", ADDR(ln))


_COS = ["Brightline Home Services", "Northwind Supply", "Clearwater Insurance", "Harbourview Telecom",
        "Copperleaf Energy", "Bluegum Mobile", "Summit Broadband", "Riverbend Utilities"]


def _dom(co):
    return "".join(w.lower() for w in co.split()[:2]) + ".com"


# ============================== ENGLISH ==============================
@tpl("en", ["US", "CA"], "email with signature and quoted reply")
def en_support_email(g):
    r = g.r
    cf, cl = g.name()
    af, al = g.name()
    co = r.choice(_COS)
    dom = _dom(co)
    old = g.addr("block")
    new = g.addr("line")
    g("From: § § <§>\nTo: § \nSubject: Re: [Ticket #§] Change of address\n\n", P(cf), P(cl), EM(g.email(cf, cl)),
      EM(r.choice(["support@", "help@", "billing@"]) + dom), _ref(r, "", 6, False))
    g("Hi §,\n\nthanks — yes I moved last month. New address is §. ", P(af), ADDR(new))
    g(r.choice(["Best to call me on §, ", "You can reach me at § "]), PH(g.phone()))
    g("after 5pm. The card on file is § (exp §) so that shouldn't change.\n\n§\n\n", _masked(r),
      f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", "Thanks,")
    g("§\n\nOn §, § <§> wrote:\n> Hi §,\n> We have your service address on file as:\n", P(cf), g.date("long"),
      P(f"{af} {al}"), EM(f"{_ascii(af).lower()}@{dom}"), P(cf))
    _quote_block(g, old)
    g("> Please confirm whether this is still correct.\n>\n> § §\n> Customer Care | §\n> §\n", P(af), P(al), co,
      ADDR(g.addr("line")))
    g("> Tel § ext. §\n", PH(g.phone("f")), r.randint(100, 999))


@tpl("en", ["GB", "IE"], "forwarded e-mail")
def en_forwarded(g):
    r = g.r
    sf, sl = g.name()
    mf = g.name()[0]
    g("FYI see below — can someone in accounts pick this up?\n\n§\n\n---------- Forwarded message ---------\n", P(mf))
    g("From: § § <§>\nDate: §, §\nSubject: Refund for booking §\nTo: § <§>\n\n", P(sf), P(sl),
      EM(g.email(sf, sl)), r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), g.date("long"), _ref(r, "BK-", 6),
      "Reservations", EM("reservations@" + r.choice(["seasideinns.co.uk", "glenlodge.ie", "thecornmill.co.uk"])))
    g("Hello,\n\nI was charged twice (£§ on § and again on §) for the same room. ", f"{r.randint(80, 400)}.00",
      g.date(), g.date())
    if g.cc == "IE" or r.random() < 0.5:
        g("Please refund to my account §, ", IBAN(g.iban(cc="IE" if g.cc == "IE" else "GB")))
    else:
        g("Please refund to the card ending §, ", _d(r, 4))
    g("BIC §.\nMy phone is § if you need me.\n\nKind regards\n§\n", _swift(r), PH(g.phone()), P(f"{sf} {sl}"))


@tpl("en", ["IN", "SG", "NG"], "WhatsApp chat export")
def en_whatsapp(g):
    r = g.r
    tk = _seq(r)
    a = g.name()
    b = g.name()
    d = g.date()
    t = lambda: f"[{d}, {tk(True)}]"
    an, bn = a[0] + " " + a[1], b[0]
    addr = g.addr("line")
    g("§ §: hi, are you coming for the flat viewing today?\n", t(), P(an))
    g("§ §: yes! can you send the address again\n", t(), P(bn))
    g("§ §: §\n", t(), P(an), ADDR(addr))
    g("§ §: ok. the owner's no. pls?\n", t(), P(bn))
    g("§ §: § — ask for Mr §. gate code is §\n", t(), P(an), PH(g.phone()), P(g.name("m")[1]), _d(r, 4))
    g("§ §: <Media omitted>\n", t(), P(bn))
    g("§ §: got the OTP §, don't share it lol\n", t(), P(bn), _d(r, 6))
    g("§ §: 👍 my cousin § from § will join too, she's visiting this week\n", t(), P(an), P(g.name("f")[0]),
      LOC(g.town()))


@tpl("en", ["US"], "Slack export with leaked secret")
def en_slack_leak(g):
    r = g.r
    a, b = g.name(), g.name()
    g("§ §  §\n", P(a[0]), P(a[1]), _clock(r, True))
    g("hey, staging is throwing 401s again after the § deploy. can you check the env on § ?\n", _ver(r), _priv_ip(r))
    g("§  §\n", P(f"{b[0]} {b[1]}"), _clock(r, True))
    key = _apikey(r)
    g("yeah the key got rotated. new one is `§` — I'll move it to vault later\n", KEY(key))
    g("(the publishable one `pk_live_§` is fine to keep in the frontend)\n", "".join(r.choice(_B62) for _ in range(24)))
    g("§ §  §\n", P(a[0]), P(a[1]), _clock(r, True))
    g("thx. also the db row for § has password hash `§` so the reset worked\n", EM(g.email(*g.name())), _bcrypt(r))
    g("§  §\n", P(b[0]), _clock(r, True))
    g("cool. request id § if you need the trace\n", _uuid(r))


@tpl("en", ["GB", "AU"], "Microsoft Teams chat")
def en_teams(g):
    r = g.r
    tk = _seq(r)
    a, b, c = g.name(), g.name(), g.name()
    g("[§] §, §\n", tk(), P(a[1]), P(a[0]))
    g("Morning — customer § rang again about claim §. She's relocating to § next month.\n", P(f"{c[0]} {c[1]}"),
      _ref(r, "CLM-", 8, False), LOC(g.town()))
    g("[§] §, §\n", tk(), P(b[1]), P(b[0]))
    g("Ok, update her postal address to § and mobile to §\n", ADDR(g.addr()), PH(g.phone()))
    g("[§] §\n", tk(), P(f"{a[0]} {a[1][0]}."))
    g("Done. Policy § now shows the new address. Branch is still Head Office §\n", _ref(r, "POL", 9, False),
      g.town())
    g("[§] §, §\n", tk(), P(b[1]), P(b[0]))
    g("👍 ta\n")


@tpl("en", ["AU", "NZ"], "live chat transcript")
def en_livechat(g):
    r = g.r
    v = g.name()
    ag = g.name()
    g("Chat started: § §\nVisitor: § (§)\nIP: §\n\n", g.date(), _clock(r), P(v[0]), EM(g.email(*v)), IP(_ip4(r)))
    g("§ (Agent): Hi §, thanks for waiting. How can I help?\n", P(ag[0]), P(v[0]))
    g("§: hi my parcel § says delivered but it's not here\n", P(v[0]), _ref(r, "TRK", 10, False))
    g("§ (Agent): Sorry about that! Can you confirm your date of birth and delivery address for security?\n", P(ag[0]))
    g("§: § and §\n", P(v[0]), DOB(g.dob()), ADDR(g.addr()))
    g("§ (Agent): Thanks. Driver GPS shows drop at §. Our § depot will call you on §.\n", P(ag[0]), _gps(r), g.town(),
      PH(g.phone()))
    g("§: cheers. it might be at my neighbour's, her dog § always drags stuff off the porch haha\n", P(v[0]),
      r.choice(_PETS))
    g("Chat ended by visitor. Rating: §/5\n", r.randint(1, 5))


@tpl("en", ["NZ", "ZA", "GB"], "SMS thread")
def en_sms_thread(g):
    r = g.r
    tk = _seq(r)
    a = g.name()
    g("SMS with § (§)\n", P(f"{a[0]} {a[1]}"), PH(g.phone()))
    g("§ Me: Hey it's the plumber, running 20 min late\n", tk())
    g("§ §: No worries. Door code is § if I'm not back\n", tk(), P(a[0]), _d(r, 4))
    g("§ Me: Sweet. Invoice § is § incl GST, pay whenever\n", tk(), _ref(r, "INV-", 5, False),
      _amount(r, "$" if g.cc != "GB" else "£"))
    g("§ §: Can you send it to § instead? My husband § handles that\n", tk(), P(a[0]), EM(g.email(*g.name("m"))),
      P(g.name("m")[0]))
    g("§ Me: Will do\n", tk())


@tpl("en", ["CA", "US"], "support ticket with internal notes")
def en_ticket_internal(g):
    r = g.r
    c = g.name()
    ag = g.name()
    g("Ticket #§ | Priority: High | Status: Pending\nRequester: § § <§>\nPhone: §\n\n", _ref(r, "", 6, False),
      P(c[0]), P(c[1]), EM(g.email(*c)), PH(g.phone()))
    g("Customer message:\nI was double charged on my card. Full number is § exp § so you can find it. "
      "Please don't call my work line, text me instead.\n\n", CARD(_card(r)), f"{r.randint(1, 12):02d}/{r.randint(27, 31)}")
    g("--- Internal note (§, §) ---\nCustomer pasted full PAN in ticket, redacted in billing system to §. "
      "Refund § approved. Device IMEI on account: §. App §.\n", P(f"{ag[0]} {ag[1][0]}."), g.date(), _masked(r),
      _amount(r), _imei(r), _ver(r))
    g("--- Internal note (§) ---\nCalled § back, no answer, left VM.\n", P(g.name()[0]), P(c[0]))


@tpl("en", ["IE", "GB"], "CRM call note")
def en_crm_call(g):
    r = g.r
    c = g.name("f")
    g("Call note — § § — §\n", P(c[1].upper()), P(c[0]), g.date())
    g("Spoke with Mrs § re: home insurance renewal (policy §). DOB confirmed §. ", P(c[1]),
      _ref(r, "HI", 8, False), DOB(g.dob(r.choice(["num", "long"]))))
    g("Says she is moving from § to § in the new year, will send new address. ", LOC(g.town()), LOC(g.town()))
    g("Current address § still valid until then. Prefers email § over phone. ", ADDR(g.addr()), EM(g.email(*c)))
    g("Premium quoted § (was §). Next review §. Agent: §\n", _amount(r, "€" if g.cc == "IE" else "£"),
      _amount(r, "€" if g.cc == "IE" else "£"), g.date(), P(g.full()))


_NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@tpl("en", ["US", "AU", "IN"], "speech-to-text transcript (lower case)")
def en_stt(g):
    r = g.r
    c = g.name()
    ag = g.name()
    ph = g.phone(style="nat")
    ph = "".join(ch for ch in ph if ch.isdigit())
    d = _birth(r)
    dob = f"{_MONTHS['en'].split()[d.month - 1].lower()} {d.day} {d.year}"
    addr = g.addr().replace(",", "").lower()
    g("agent: thank you for calling this is § how can i help\ncaller: hi yeah it's § § i'm calling about my bill\n",
      P(ag[0].lower()), P(c[0].lower()), P(c[1].lower()))
    g("agent: sure can i get your date of birth\ncaller: § \nagent: and the address on the account\ncaller: §\n",
      DOB(dob), ADDR(addr))
    g("agent: great and a callback number\ncaller: § \n", PH(" ".join([ph[:3], ph[3:6], ph[6:]])))
    g("agent: ok i can see the payment of § dollars on the § um reference §\n", r.randint(20, 300),
      g.date("long").lower(), " ".join(_NUMW[int(x)] for x in _d(r, 5)))
    g("caller: yeah my dog § chewed the letter so i never saw it\nagent: ha no worries\n", r.choice(_PETS).lower())


@tpl("en", ["US"], "loan application form dump (key: value)")
def en_loan_form(g):
    r = g.r
    c = g.name()
    fk = g.fk
    g("=== LOAN APPLICATION #§ ===\nApplicant Name: § §\nSSN: §\nDate of Birth: §\n", _ref(r, "", 7, False),
      P(c[0]), P(c[1]), SSN(_ssn(r, r.choice(["dash", "dash", "space", "plain"]))), DOB(g.dob()))
    g("Home Address: §\nYears at address: §\nMobile: §\nEmail: §\n", ADDR(g.addr()), r.randint(1, 20), PH(g.phone()),
      EM(g.email(*c)))
    g("Employer: §\nEmployer Phone: §\nAnnual Income: $§\n", fk.company(), PH(g.phone("f")), f"{r.randint(28, 190)},000")
    g("Bank Routing No.: §\nChecking Account No.: §\nRequested Amount: §\nTerm: § months\n", _routing(r),
      BANK(_usacct(r)), _amount(r), r.choice([12, 24, 36, 48]))
    g("Co-applicant: none\nSubmitted: § from IP §\n", _ts(r), IP(_ip4(r)))


@tpl("en", ["US", "SG"], "application log (key=value)")
def en_applog_kv(g):
    r = g.r
    c = g.name()
    e = g.email(*c)
    g("§ INFO  auth.login user=§ ip=§ ua=\"Mozilla/5.0 (Macintosh) Safari/§\" result=ok session=§\n", _ts(r), EM(e),
      IP(_ip4(r)), _ver(r), _sha(r, 32))
    g("§ WARN  auth.login user=§ ip=§ result=fail reason=bad_password attempt=§\n", _ts(r), EM(e), IP(_ip6(r)),
      r.randint(2, 5))
    g("§ DEBUG auth.signup payload={email=§, password=§, phone=§} hash=§\n", _ts(r), EM(g.email(*g.name())),
      PWD(_pwd(r)), PH(g.phone(style="e164")), _argon(r))
    g("§ INFO  http.request method=GET path=/api/v§/orders/§ upstream=§:8080 status=200 ms=§\n", _ts(r),
      r.randint(1, 3), _ref(r, "", 8, False), _priv_ip(r), r.randint(3, 900))


@tpl("en", ["ZA", "NG", "KE"], "JSON lines export")
def en_jsonl(g):
    r = g.r
    for _ in range(r.randint(2, 3)):
        c = g.name()
        g('{"id": "§", "first_name": "§", "last_name": "§", "msisdn": "§", "dob": "§", ', _uuid(r), P(c[0]), P(c[1]),
          PH(g.phone(style="e164")), DOB(_birth(r).isoformat()))
        g('"email": "§", "email_verified": §, "city": "§", "branch": "§", "balance": "§"}\n', EM(g.email(*c)),
          r.choice(["true", "false"]), LOC(g.town()), g.town(), _amount(r))


@tpl("en", ["US", "GB", "AU"], "web server access log")
def en_nginx(g):
    r = g.r
    for _ in range(r.randint(3, 5)):
        k = r.random()
        ip = IP(_ip4(r)) if k < 0.45 else (IP(_ip6(r)) if k < 0.6 else _priv_ip(r))
        path = r.choice([f"/api/v2/orders/{_ref(r, '', 7, False)}", "/static/app." + _sha(r, 8) + ".js", "/login",
                         f"/track?ref={_ref(r, 'TRK', 9, False)}"])
        g("§ - - [§] \"GET § HTTP/1.1\" § § \"-\" \"okhttp/§\"\n", ip, _ts(r), path, r.choice([200, 200, 304, 404]),
          r.randint(200, 90000), _semver(r))
    e = g.email(*g.name())
    g("§ - - [§] \"POST /newsletter/subscribe?email=§ HTTP/1.1\" 201 87 \"-\" \"Mozilla/5.0\"\n", IP(_ip4(r)), _ts(r),
      EM(e))


@tpl("en", ["SG", "US"], "config snippet (.env)")
def en_env_config(g):
    r = g.r
    c = g.name()
    g("# prod .env — DO NOT COMMIT\nAPP_VERSION=§\nDB_HOST=§\nDB_USER=app_rw\nDB_PASSWORD=§\n", _semver(r),
      _priv_ip(r), PWD(_pwd(r)))
    g("STRIPE_SECRET_KEY=§\nSTRIPE_PUBLISHABLE_KEY=pk_live_§\nTWILIO_ACCOUNT_SID=AC§\n", KEY("sk_live_" + "".join(
        r.choice(_B62) for _ in range(24))), "".join(r.choice(_B62) for _ in range(24)), _sha(r, 32))
    g("SMTP_USER=§\nSMTP_PASS=§\nADMIN_CONTACT=§ <§>\nONCALL_PHONE=§\n", EM("noreply@" + _dom(r.choice(_COS))),
      PWD(_pwd(r)), P(f"{c[0]} {c[1]}"), EM(g.email(*c)), PH(g.phone(style="e164")))
    g("SESSION_SECRET_HASH=§\nFEATURE_FLAGS=checkout_v2,dark_mode\n", _sha(r))


@tpl("en", ["GB", "IE"], "OCR'd paper form")
def en_ocr_form(g):
    r = g.r
    c = g.name()
    g("MEMBERSHIP APPLICAT1ON FORM          Ref: §\n\nSurname: §    Forename(s): §\n", _ref(r, "M", 6, False),
      P(c[1].upper()), P(c[0].upper()))
    g("Date 0f Birth: §     Place of birth: §\n", DOB(g.dob()), LOC(g.town().upper()))
    g("Addrcss:\n§\n", ADDR(g.addr("block").upper()))
    g("Tel (home): §    Mob: §\nE-mail: §\n", PH(g.phone("f")), PH(g.phone()), EM(g.email(*c)))
    g("Direct Debit — Sort code §  Acc no. ****§\nSigned: ____________  Date: §\nOFFICE USE: rcvd § / batch §\n",
      f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}", _d(r, 4), g.date(), g.date(), r.randint(10, 99))


@tpl("en", ["AU", "NZ", "CA"], "spreadsheet rows pasted (tab separated)")
def en_sheet_rows(g):
    r = g.r
    g("Name\tMobile\tSuburb\tDOB\tMember #\tLast visit\tSpend\n")
    for _ in range(r.randint(3, 4)):
        c = g.name()
        g("§\t§\t§\t§\t§\t§\t§\n", P(f"{c[1]}, {c[0]}") if r.random() < 0.5 else P(f"{c[0]} {c[1]}"), PH(g.phone()),
          LOC(g.town()), DOB(g.dob()), _ref(r, "", 6, False), g.date(), _amount(r))


@tpl("en", ["IN", "US", "GB"], "notification subjects")
def en_notif_subjects(g):
    r = g.r
    c, d = g.name(), g.name()
    g("[CRM] New lead: § § (§) from §\n", P(c[0]), P(c[1]), PH(g.phone()), LOC(g.town()))
    g("[Billing] Payment of § received for invoice § — thank you\n", _amount(r), _ref(r, "INV-", 6, False))
    g("[Support] § replied to ticket #§: \"still not working on §\"\n", P(f"{d[0]} {d[1][0]}."), _ref(r, "", 5, False),
      r.choice(["iOS 17.4", "Android 14", "Windows 11 23H2", "Chrome 126"]))
    g("[Security] New sign-in to § from §\n", EM(g.email(*d)), IP(_ip4(r)))
    g("[Orders] Order #§ shipped via § — tracking §\n", _ref(r, "", 8, False), r.choice(["DHL", "UPS", "FedEx"]),
      _ref(r, "1Z", 16))


@tpl("en", ["US", "CA"], "release notes (no PII)")
def en_nopii_release(g):
    r = g.r
    g("Release § (build §) — §\n\n", _ver(r), r.randint(1000, 9999), g.date("long"))
    g("* Fixed crash when order § had more than § items\n", _ref(r, "#", 7, False), r.randint(50, 200))
    g("* Payments: cards are now shown as § in receipts; CVV is never stored\n", _masked(r))
    g("* Upgraded openssl to §, node to §\n", _ver(r), _ver(r))
    g("* Migration § adds index on customers(email_verified, phone_type)\n", _uuid(r))
    g("* Internal load balancer moved to §; health check at http://§:9000/healthz\n", _priv_ip(r), _priv_ip(r))
    g("Checksum (sha256): §\n", _sha(r))


@tpl("en", ["GB", "AU", "NZ"], "internal ops update (no PII)")
def en_nopii_ops(g):
    r = g.r
    g("Weekly ops update — week §\n\n", r.randint(1, 52))
    g("- § branch hit § in sales; top seller was the § gift box\n", g.town(), _amount(r, "£" if g.cc == "GB" else "$"),
      r.choice(_BRANDS))
    g("- § depot closed for refit until §, deliveries rerouted via §\n", g.town(), g.date(), g.town())
    g("- Shop-floor tablets updated to §; IMEI list attached (e.g. §)\n", _ver(r), _imei(r))
    g("- Reminder: staff door code changes to § on Monday\n", _d(r, 4))
    g("- Claims backlog: § open, oldest § from §\n", r.randint(10, 300), _ref(r, "CLM-", 7, False), g.date())


@tpl("en", ["US"], "payment dispute e-mail")
def en_dispute_email(g):
    r = g.r
    c = g.name()
    g("Subject: Dispute — transaction on §\n\nTo whom it may concern,\n\n", g.date())
    g("My name is § and I'm disputing a charge of § from §. ", P(f"{c[0]} {c[1]}"), _amount(r), r.choice(_BRANDS))
    g("The card used was § (expiry §, security code §). ", CARD(_card(r, r.choice(["space", "dash", "plain"]))),
      f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", _d(r, 3))
    g("Please credit the refund to my checking account § (routing §) instead of the card.\n\n", BANK(_usacct(r)),
      _routing(r))
    g("My SSN ends in §, and you can call me at §.\n\nSincerely,\n§\n§\n", _d(r, 4), PH(g.phone()), P(c[0]),
      ADDR(g.addr("block")))


@tpl("en", ["US"], "payroll direct deposit e-mail")
def en_direct_deposit(g):
    r = g.r
    c, hr = g.name(), g.name()
    g("Hi §,\n\nplease update my direct deposit before the § payroll run:\n\n", P(hr[0]), g.date("long"))
    g("Employee: § § (ID §)\nSSN: §\nBank: §\nRouting: §\nAccount: §\nType: checking\n\n", P(c[0]), P(c[1]),
      _ref(r, "E", 5, False), SSN(_ssn(r)), r.choice(["Chase", "Wells Fargo", "Ally Bank", "US Bank"]), _routing(r),
      BANK(_usacct(r)))
    g("Thanks!\n§\n\n--\n§ | Payroll Specialist | Dial §\n", P(c[0]), P(f"{hr[0]} {hr[1]}"), PH(g.phone("f")))


@tpl("en", ["IN"], "KYC form (key: value)")
def en_kyc_in(g):
    r = g.r
    c = g.name()
    g("KYC UPDATE — Customer ID §\nName: §\nFather's Name: §\n", _ref(r, "", 10, False), P(f"{c[0]} {c[1]}"),
      P(g.full("m")))
    g("DOB: §\nPAN: §§§\nAadhaar (masked): XXXX XXXX §\n", DOB(g.dob()), "".join(r.choice(string.ascii_uppercase) for _ in
      range(5)), _d(r, 4), r.choice(string.ascii_uppercase), _d(r, 4))
    g("Permanent Address: §\nMobile: §\nEmail: §\n", ADDR(g.addr()), PH(g.phone(style=r.choice(["intl", "nat"]))),
      EM(g.email(*c)))
    g("Branch: § Main | IFSC: §§0§ | Verified by: §\n", g.town(), "".join(r.choice("ABCDHIKSUY") for _ in range(4)),
      "", _d(r, 6), P(g.full()))


@tpl("en", ["NG"], "bank SMS alerts")
def en_bank_alert_ng(g):
    r = g.r
    c = g.name()
    g("Dear §, Acct:§******§ Debit:NGN§ Desc:POS PURCHASE § Date:§ Bal:NGN§\n", P(f"{c[0]} {c[1]}".upper()),
      _d(r, 2), _d(r, 2), f"{r.randint(1, 90)},{_d(r, 3)}.00", r.choice(_BRANDS).upper(), g.date(),
      f"{r.randint(1, 900)},{_d(r, 3)}.{_d(r, 2)}")
    g("Your OTP is §. It expires in 5 mins. Do not disclose. Call § for help.\n", _d(r, 6), PH(g.phone("f")))
    g("Transfer of NGN§ to § (§) successful. Ref: §\n", f"{r.randint(1, 90)},000.00", P(g.full().upper()),
      _d(r, 10), _ref(r, "", 12, False))


@tpl("en", ["KE"], "mobile money confirmations")
def en_mpesa_ke(g):
    r = g.r
    for _ in range(2):
        nm = g.full().upper()
        g("§ Confirmed. Ksh§.00 sent to § § on § at §. New balance is Ksh§.§. Transaction cost, Ksh§.00.\n",
          _ref(r, "", 10), f"{r.randint(1, 9)},{_d(r, 3)}", P(nm), PH(g.phone(style="plain")), g.date("short"),
          _clock(r, True), f"{r.randint(1, 40)},{_d(r, 3)}", _d(r, 2), r.randint(0, 99))
    g("Pay bill § account § — reply to § with any queries.\n", _d(r, 6), _ref(r, "", 8, False), PH(g.phone("m")))


@tpl("en", ["PH"], "delivery rider chat")
def en_delivery_ph(g):
    r = g.r
    c = g.name()
    rider = g.name("m")
    g("Rider §: Hi maam/sir, § po ba? I'm near the guardhouse na\n", P(rider[0]), P(c[0]))
    g("Customer: yes! exact address is §, green gate\n", ADDR(g.addr()))
    g("Rider §: pin location shows §, is that correct po?\n", P(rider[0]), _gps(r))
    g("Customer: yes. just call § if you can't find it. COD amount is ₱§ right?\n", PH(g.phone()),
      f"{r.randint(1, 9)},{_d(r, 3)}.00")
    g("Rider §: yes po. order §, 2 items. Thank you §!\n", P(rider[0]), _ref(r, "PH", 10), P(f"{c[0]} {c[1]}"))


@tpl("en", ["IE"], "GDPR data request with IBAN")
def en_gdpr_ie(g):
    r = g.r
    c = g.name()
    g("Subject: Subject Access Request\n\nDear Data Protection Officer,\n\nUnder Article 15 GDPR I request a copy of all "
      "data you hold about me.\n\nFull name: § §\nDate of birth: §\nAddress:\n§\n", P(c[0]), P(c[1]),
      DOB(g.dob(r.choice(["num", "long"]))), ADDR(g.addr("block")))
    g("Previous address: §\nAccount/IBAN used for direct debits: §\nCustomer number: §\n\nYours faithfully,\n§\n§\n",
      ADDR(g.addr()), IBAN(g.iban()), _ref(r, "C", 8, False), P(f"{c[0]} {c[1]}"), PH(g.phone()))


@tpl("en", ["GB"], "letting agent letter")
def en_letting_gb(g):
    r = g.r
    c = g.name("m")
    ag = g.name()
    g("§\n§\n\n§\n\nDear Mr §,\n\n", P(f"{c[0]} {c[1]}"), ADDR(g.addr("block")), g.date("long"), P(c[1]))
    g("Re: Tenancy at the above property — ref §\n\nFollowing the inspection on §, we note that the garden fence "
      "was damaged (we understand by your dog, §). ", _ref(r, "LT", 6, False), g.date("long"), r.choice(_PETS))
    g("Please contact our § office on § or §.\n\nYours sincerely,\n\n§\nProperty Manager, Marsh & Parsons Lettings\n",
      g.town(), PH(g.phone("f")), EM("lettings@marshparsons.co.uk"), P(f"{ag[0]} {ag[1]}"))


@tpl("en", ["US", "CA"], "appointment reminder SMS")
def en_appt_sms(g):
    r = g.r
    c = g.name()
    g("Hi §, this is a reminder of your appointment with Dr. § on § at §. ", P(c[0]), P(g.name()[1]), g.date(),
      _clock(r, True))
    g("Reply C to confirm or call § to reschedule. Confirmation code §. ", PH(g.phone("f")), _ref(r, "", 6))
    g("Our § clinic has moved to §.\n", g.town(), ADDR(g.addr()))


@tpl("en", ["AU"], "tenancy application JSON")
def en_tenancy_json(g):
    r = g.r
    c = g.name()
    g('{\n  "applicationId": "§",\n  "applicant": {\n    "givenName": "§",\n    "familyName": "§",\n', _uuid(r),
      P(c[0]), P(c[1]))
    g('    "dateOfBirth": "§",\n    "mobile": "§",\n    "email": "§",\n', DOB(g.dob()), PH(g.phone()), EM(g.email(*c)))
    g('    "currentAddress": "§",\n    "movingFrom": "§"\n  },\n', ADDR(g.addr()), LOC(g.town()))
    g('  "pets": [{"type": "cat", "name": "§"}],\n  "weeklyRent": §,\n  "submittedAt": "§",\n  "clientIp": "§"\n}\n',
      r.choice(_PETS), r.randint(350, 900), _ts(r), IP(_ip4(r)))


@tpl("en", ["US", "GB"], "password reset chat")
def en_pwreset_chat(g):
    r = g.r
    c = g.name()
    ag = g.name()
    g("Support Bot: Hi! What's your account email?\n§: §\n", P(c[0]), EM(g.email(*c)))
    g("Support Bot: Thanks. We sent a 6-digit code, it's valid for 10 minutes.\n§: got it §\n", P(c[0]), _d(r, 6))
    g("§ joined the chat\n§: Hi §, I've reset it. Temporary password is §, please change it after login.\n",
      P(ag[0]), P(ag[0]), P(c[0]), PWD(_pwd(r)))
    g("§: ok changed it to § lol hope that's strong enough\n§: Please don't share passwords in chat! Ticket §.\n",
      P(c[0]), PWD(_pwd(r)), P(ag[0]), _ref(r, "#", 6, False))


@tpl("en", ["NZ", "ZA", "SG"], "travel CRM note")
def en_travel_note(g):
    r = g.r
    c = g.name()
    g("§ — § §, § pax\n", g.date(), P(c[1].upper()), P(c[0]), r.randint(1, 4))
    g("Client lives in § and is flying to § on §, returning via §. Passport expiry § (not DOB). ", LOC(g.town()),
      LOC(r.choice(["Bali", "Lisbon", "Queenstown", "Tokyo", "Cape Town", "Vancouver", "Kuala Lumpur"])), g.date(),
      LOC(r.choice(["Dubai", "Singapore", "Sydney", "Doha"])), _fmt_date(TODAY + _dt.timedelta(days=r.randint(60, 3000)),
                                                                        g.cc))
    g("DOB §. Booking ref §, seat §§. Mobile §. Pays by card §.\n", DOB(g.dob()), _ref(r, "", 6),
      r.randint(10, 45), r.choice("ABCDEF"), PH(g.phone()), _masked(r))


# ============================== OTHER LANGUAGES ==============================
@tpl("de", ["DE"], "e-mail with signature and quoted reply")
def de_bank_email(g):
    r = g.r
    c = g.name("f")
    ag = g.name()
    g("Betreff: AW: Änderung meiner Bankverbindung (Kundennr. §)\n\nSehr geehrte Damen und Herren,\n\n",
      _ref(r, "", 9, False))
    g("bitte buchen Sie ab dem § von meinem neuen Konto ab: IBAN §, BIC §. ", g.date(), IBAN(g.iban()),
      r.choice(["DEUTDEFF", "COBADEFFXXX", "GENODEF1S04", "BYLADEM1001", "PBNKDEFF"]))
    g("Meine Anschrift lautet seit dem §: §. Tagsüber bin ich unter § erreichbar.\n\nMit freundlichen Grüßen\n"
      "§\n\n", g.date("long"), ADDR(g.addr()), PH(g.phone()), P(f"{c[0]} {c[1]}"))
    g("Am § schrieb Kundenservice Stadtwerke <§>:\n> Sehr geehrte Frau §,\n> laut unseren Unterlagen lautet Ihre "
      "Anschrift:\n", g.date(), EM("kundenservice@stadtwerke-" + _ascii(g.town()).lower() + ".de"), P(c[1]))
    _quote_block(g, g.addr("block"))
    g("> Zählernummer § – bitte prüfen Sie die Angaben.\n> Ihr Team der Stadtwerke, i. A. §\n> Tel. §\n",
      _ref(r, "1ESY", 8, False), P(f"{ag[0]} {ag[1]}"), PH(g.phone("f")))


@tpl("de", ["DE", "AT"], "WhatsApp chat export")
def de_whatsapp(g):
    r = g.r
    tk = _seq(r)
    a, b = g.name(), g.name()
    d = g.date("short")
    g("§, § - §: Hast du die neue Adresse von Oma?\n", d, tk(), P(a[0]))
    g("§, § - §: Ja: §\n", d, tk(), P(f"{b[0]} {b[1][0]}."), ADDR(g.addr()))
    g("§, § - §: Danke! Und ihre Festnetznummer?\n", d, tk(), P(a[0]))
    g("§, § - §: § – sie zieht aber im Frühjahr zu Tante § nach §\n", d, tk(), P(f"{b[0]} {b[1][0]}."),
      PH(g.phone("f")), P(g.name("f")[0]), LOC(g.town()))
    g("§, § - §: Paket kommt mit Sendungsnummer §, Abholcode §\n", d, tk(), P(a[0]), _ref(r, "00340", 15, False),
      _d(r, 4))
    g("§, § - §: <Medien ausgeschlossen>\n", d, tk(), P(a[0]))


@tpl("de", ["AT"], "registration form dump (key: value)")
def de_form_at(g):
    r = g.r
    c = g.name()
    g("Anmeldung Tanzkurs – Formular-ID §\nVorname: §\nNachname: §\nGeburtsdatum: §\n", _uuid(r), P(c[0]), P(c[1]),
      DOB(g.dob(r.choice(["num", "long"]))))
    g("Straße/Hausnr., PLZ Ort: §\nTelefon: §\nE-Mail: §\nIBAN (SEPA-Lastschrift): §\n", ADDR(g.addr()),
      PH(g.phone()), EM(g.email(*c)), IBAN(g.iban()))
    g("Kurs: Salsa § · Studio § · Beitrag § €\nNewsletter: nein\nE-Mail bestätigt: ja\nÜbermittelt: § (IP §)\n",
      r.choice(["Anfänger", "Mittelstufe"]), g.town(), f"{r.randint(60, 240)},00", _ts(r), _priv_ip(r))


@tpl("de", ["DE"], "maintenance notice (no PII)")
def de_nopii(g):
    r = g.r
    g("Wartungsankündigung §\n\nAm § zwischen § und § Uhr aktualisieren wir das Kundenportal auf Version §.\n",
      _ref(r, "WA-", 5, False), g.date(), _clock(r), _clock(r), _ver(r))
    g("Betroffen: Filiale §, Lager §. Bestellnummern ab § werden erst danach verarbeitet.\n", g.town(), g.town(),
      _ref(r, "", 8, False))
    g("Prüfsumme: §\nTicket: §\n", _sha(r), _uuid(r))


@tpl("fr", ["FR"], "insurance claim e-mail")
def fr_claim_email(g):
    r = g.r
    c = g.name("f")
    g("Objet : Déclaration de sinistre – contrat n° §\n\nMadame, Monsieur,\n\n", _ref(r, "", 10, False))
    g("Je soussignée Mme § §, née le §, domiciliée au §, ", P(c[0]), P(c[1].upper()), DOB(g.dob(r.choice(
        ["num", "long"]))), ADDR(g.addr()))
    g("déclare un dégât des eaux survenu le § dans ma cuisine. ", g.date("long"))
    g("Merci de verser l'indemnisation sur mon compte : IBAN §.\n", IBAN(g.iban()))
    g("Vous pouvez me joindre au § ou à l'adresse §.\n\nCordialement,\n§\n", PH(g.phone()), EM(g.email(*c)),
      P(f"{c[0]} {c[1]}"))
    g("P.-S. : l'expert de votre agence de § m'a donné la référence §.\n", g.town(), _ref(r, "EXP-", 6))


@tpl("fr", ["CH", "FR"], "CRM call note")
def fr_crm_note(g):
    r = g.r
    c = g.name()
    g("Note d'appel – § – conseiller : §\n", g.date(), P(g.full()))
    g("Appel entrant de § § (tél. §). ", P(c[0]), P(c[1]), PH(g.phone()))
    a = g.addr()
    g("Le client déménage de § à § le mois prochain ; nouvelle adresse : §. ", LOC(g.town()), LOC(g.last_town),
      ADDR(a))
    g("Date de naissance vérifiée (§). Carte bancaire se terminant par § inchangée. Dossier §.\n",
      DOB(g.dob()), _d(r, 4), _ref(r, "D", 7, False))


@tpl("es", ["ES"], "support ticket with internal note")
def es_ticket(g):
    r = g.r
    c = g.name()
    g("Incidencia #§ – Prioridad media\nCliente: § §\nTeléfono: §\nCorreo: §\n\n", _ref(r, "", 6, False), P(c[0]),
      P(c[1]), PH(g.phone()), EM(g.email(*c)))
    g("Mensaje del cliente:\nBuenas, el router (firmware versión §) se reinicia solo. La instalación está en §. ",
      _ver(r), ADDR(g.addr()))
    g("El técnico puede venir por la tarde. DNI §§ por si lo necesitan.\n\n", _d(r, 8), r.choice("TRWAGMYFPDXBNJZSQVHLCKE"))
    g("Nota interna (§): IP del router §, pública §. Pedido §. Cita asignada el §.\n", P(g.full()), _priv_ip(r),
      IP(_ip4(r)), _ref(r, "PED-", 8, False), g.date())


@tpl("es", ["ES"], "live chat transcript")
def es_chat(g):
    r = g.r
    c = g.name("f")
    ag = g.name()
    g("§ (agente): Hola, soy §. ¿En qué puedo ayudarle?\n", P(ag[0]), P(ag[0]))
    g("Cliente: Hola, soy la Sra. §, quiero cambiar la fecha de nacimiento que tienen mal: es el §\n", P(c[1]),
      DOB(g.dob("long")))
    g("§ (agente): Perfecto. ¿Me confirma el móvil asociado?\nCliente: §\n", P(ag[0]), PH(g.phone()))
    g("§ (agente): Gracias. Su pedido § sale del almacén de § mañana.\nCliente: Vale, pero lo recojo en §, estoy allí "
      "de vacaciones\n", P(ag[0]), _ref(r, "", 9, False), g.town(), LOC(g.town()))


@tpl("ca", ["CAT"], "e-mail")
def ca_email(g):
    r = g.r
    c = g.name()
    g("Assumpte: Canvi de domiciliació bancària\n\nBon dia,\n\n")
    g("Em dic § § i sóc membre del club des de fa anys (núm. de membre §). ", P(c[0]), P(c[1]), _ref(r, "", 5, False))
    g("Us demano que a partir del mes vinent carregueu la quota al compte §. ", IBAN(g.iban()))
    g("També he canviat de domicili; la meva nova adreça és §.\n\n", ADDR(g.addr()))
    g("Podeu trucar-me al § o escriure'm a §.\n\nMoltes gràcies,\n§\n", PH(g.phone()), EM(g.email(*c)), P(c[0]))


@tpl("ca", ["CAT"], "CRM call note")
def ca_call_note(g):
    r = g.r
    c = g.name("f")
    g("Nota de trucada – § – §\n", g.date(), _clock(r))
    g("Truca la Sra. § § per la renovació de l'assegurança de la llar (pòlissa §). ", P(c[0]), P(c[1]),
      _ref(r, "LL", 8, False))
    g("Data de naixement confirmada: §. Diu que la seva filla § se'n va a viure a § al setembre. ", DOB(g.dob(
        r.choice(["num", "long"]))), P(g.name("f")[0]), LOC(g.town()))
    g("Telèfon de contacte §. Import proposat §. Oficina de § ho revisarà.\n", PH(g.phone()), _eur(r),
      g.town())


@tpl("pt", ["PT"], "e-mail")
def pt_email(g):
    r = g.r
    c = g.name()
    g("Assunto: Atualização de dados – cliente n.º §\n\nBoa tarde,\n\n", _ref(r, "", 8, False))
    g("Venho por este meio atualizar os meus dados. Nome completo: § §. Data de nascimento: §. ", P(c[0]), P(c[1]),
      DOB(g.dob()))
    g("Nova morada: §. Telemóvel: §. ", ADDR(g.addr()), PH(g.phone()))
    g("Para o débito direto, o IBAN é o §.\n\nCom os melhores cumprimentos,\n§\n", IBAN(g.iban()), P(f"{c[0]} {c[1]}"))
    g("Enviado do meu iPhone · NIF § · encomenda §\n", _d(r, 9), _ref(r, "ENC", 7, False))


@tpl("pt", ["BR"], "WhatsApp chat export")
def pt_whatsapp_br(g):
    r = g.r
    tk = _seq(r)
    a, b = g.name(), g.name()
    d = g.date()
    g("§ § - §: oi! consegue me mandar o pix do aluguel?\n", d, tk(), P(a[0]))
    g("§ § - §: claro, chave é meu email § ou celular §\n", d, tk(), P(f"{b[0]} {b[1]}"),
      EM(g.email(*b)), PH(g.phone()))
    g("§ § - §: fechou. e o endereço pro contrato?\n", d, tk(), P(a[0]))
    g("§ § - §: §\n", d, tk(), P(f"{b[0]} {b[1]}"), ADDR(g.addr()))
    g("§ § - §: valeu! comprovante: §\n", d, tk(), P(a[0]), _uuid(r))


@tpl("it", ["IT"], "delivery complaint e-mail")
def it_email(g):
    r = g.r
    c = g.name()
    g("Oggetto: Reclamo ordine n. §\n\nBuongiorno,\n\n", _ref(r, "", 9, False))
    g("sono § § e vi scrivo perché il pacco (tracking §) risulta consegnato ma non l'ho mai ricevuto. ", P(c[0]),
      P(c[1]), _ref(r, "", 12, False))
    g("L'indirizzo corretto è §. Potete contattarmi al § oppure a §.\n", ADDR(g.addr()), PH(g.phone()),
      EM(g.email(*c)))
    g("Vi prego di rimborsare su IBAN §.\n\nCordiali saluti\n§\n", IBAN(g.iban()), P(f"{c[0]} {c[1]}"))


@tpl("it", ["IT"], "gym membership form dump (key=value)")
def it_form(g):
    r = g.r
    c = g.name()
    g("modulo=iscrizione_palestra id=§ nome=§ cognome=§ data_nascita=§ luogo_nascita=§ ", _ref(r, "", 6, False),
      P(c[0]), P(c[1]), DOB(g.dob()), LOC(g.town()))
    g("cellulare=§ email=§ email_verificata=true indirizzo=\"§\" ", PH(g.phone()), EM(g.email(*c)), ADDR(g.addr()))
    g("sede=§ abbonamento=annuale importo=§ carta=§ creato=§\n", g.town(), _eur(r, 200, 900).replace(" €", ""), _masked(r), _ts(r))


@tpl("nl", ["NL"], "web chat")
def nl_chat(g):
    r = g.r
    tk = _seq(r)
    c = g.name()
    ag = g.name()
    g("[§] Klant: Hoi, ik ben § § en mijn internet ligt er al twee dagen uit\n", tk(), P(c[0]), P(c[1]))
    g("[§] § (medewerker): Vervelend! Wat is uw postcode en huisnummer?\n", tk(), P(ag[0]))
    g("[§] Klant: §\n", tk(), ADDR(g.addr()))
    g("[§] § (medewerker): Ik zie een storing in de wijk. Monteur komt §, ik bel u op §.\n", tk(), P(ag[0]),
      g.date(), PH(g.phone()))
    g("[§] Klant: Top. Modem serienummer is § trouwens\n", tk(), _ref(r, "SN", 12))


@tpl("nl", ["NL"], "sports club form dump")
def nl_form(g):
    r = g.r
    c = g.name()
    g("Inschrijving sportvereniging\nLidnummer: §\nVoornaam: §\nAchternaam: §\nGeboortedatum: §\n",
      _ref(r, "", 6, False), P(c[0]), P(c[1]), DOB(g.dob(r.choice(["num", "long"]))))
    g("Adres: §\nMobiel: §\nE-mail: §\nIBAN: §\n", ADDR(g.addr()), PH(g.phone()), EM(g.email(*c)), IBAN(g.iban()))
    g("Contributie: § per kwartaal\nKledingmaat: M\nToestemming foto's: ja\n", _eur(r, 20, 90))


@tpl("pl", ["PL"], "complaint e-mail")
def pl_email(g):
    r = g.r
    c = g.name()
    g("Temat: Reklamacja zamówienia nr §\n\nDzień dobry,\n\n", _ref(r, "", 8, False))
    g("nazywam się § § i chciałbym złożyć reklamację. Proszę o zwrot pieniędzy na rachunek §. ", P(c[0]), P(c[1]),
      IBAN(g.iban()))
    g("Mój adres: §, tel. §.\n\nZ poważaniem\n§\n", ADDR(g.addr()), PH(g.phone()), P(f"{c[0]} {c[1]}"))


@tpl("tr", ["TR"], "CRM customer note")
def tr_crm(g):
    r = g.r
    c = g.name()
    g("Müşteri notu – § – temsilci: §\n", g.date(), P(g.full()))
    g("§ § aradı. Doğum tarihi §. ", P(c[0]), P(c[1]), DOB(g.dob(r.choice(["num", "long"]))))
    a = g.addr()
    g("Ay sonunda taşınıyor (eski şehir: §, yeni şehir: §); yeni adres: §. ", LOC(g.town()), LOC(g.last_town),
      ADDR(a))
    g("Cep: §. E-posta: §. Sipariş no: §, kargo takip: §.\n", PH(g.phone()), EM(g.email(*c)), _ref(r, "", 9, False),
      _ref(r, "", 12, False))


@tpl("tr", ["TR"], "SMS thread")
def tr_sms(g):
    r = g.r
    a = g.name()
    g("Ben: Merhaba, kombi servisi için yarın § gibi geliyoruz\n", _clock(r))
    g("§: Tamam, kapı şifresi §. Adres §\n", P(a[0]), _d(r, 4), ADDR(g.addr("street")))
    g("Ben: Servis kayıt no §. Ücret § TL\n", _ref(r, "SRV", 7, False), r.randint(500, 3000))
    g("§: Eşim § evde olur, numarası §\n", P(a[0]), P(g.name()[0]), PH(g.phone()))


@tpl("ro", ["RO"], "order confirmation e-mail")
def ro_email(g):
    r = g.r
    c = g.name()
    g("Subiect: Confirmare comandă §\n\nBună ziua § §,\n\n", _ref(r, "", 8, False), P(c[0]), P(c[1]))
    g("Comanda dumneavoastră în valoare de § lei va fi livrată la adresa §. ", f"{r.randint(50, 3000)},{_d(r, 2)}",
      ADDR(g.addr()))
    g("Curierul vă va suna la §. AWB: §.\nPlata: card §.\n\nEchipa Magazinului\n", PH(g.phone()),
      _ref(r, "", 13, False), _masked(r))


@tpl("sl", ["SI"], "registration e-mail")
def sl_email(g):
    c = g.name()
    g("Zadeva: Prijava na tečaj\n\nPozdravljeni,\n\nprijavljam se na tečaj, ki se začne §.\n\n", g.date())
    g("Ime in priimek: § §\nDatum rojstva: §\nNaslov: §\n", P(c[0]), P(c[1]), DOB(g.dob()), ADDR(g.addr()))
    g("Telefon: §\nE-pošta: §\n\nLep pozdrav,\n§\n", PH(g.phone()), EM(g.email(*c)), P(c[0]))


@tpl("et", ["EE"], "chat")
def et_chat(g):
    r = g.r
    tk = _seq(r)
    c = g.name()
    ag = g.name()
    g("§ §: Tere! Kuidas saan aidata?\n", tk(), P(ag[0]))
    g("§ §: Tere, tahan oma tellimuse § aadressi muuta\n", tk(), P(c[0]), _ref(r, "", 8, False))
    g("§ §: Mis on uus aadress?\n§ §: §\n", tk(), P(ag[0]), tk(), P(c[0]), ADDR(g.addr()))
    g("§ §: Aitäh! Kuller helistab numbrile §.\n", tk(), P(ag[0]), PH(g.phone()))


@tpl("is", ["IS"], "e-mail")
def is_email(g):
    r = g.r
    c = g.name("f")
    g("Efni: Breyting á heimilisfangi\n\nGóðan dag,\n\n")
    g("ég heiti § og er nýflutt. Nýja heimilisfangið er §. Fæðingarstaður: §. ", P(f"{c[0]} {c[1]}"),
      ADDR(g.addr()), LOC(g.town()))
    g("Fæðingardagur: §. Síminn minn er §.\n\nKveðja,\n§\n", DOB(g.dob(r.choice(["num", "long"]))), PH(g.phone()),
      P(c[0]))


@tpl("fil", ["PH"], "Viber chat (Taglish)")
def fil_chat(g):
    r = g.r
    tk = _seq(r)
    a, b = g.name(), g.name("f")
    while b[0] == a[0]:
        b = g.name("f")
    g("§ §: Ate, pasend naman ng address mo para sa padala\n", tk(), P(a[0]))
    g("§ §: §\n", tk(), P(b[0]), ADDR(g.addr()))
    g("§ §: Salamat! Anong number mo ulit?\n§ §: § — Globe yan\n", tk(), P(a[0]), tk(), P(b[0]),
      PH(g.phone()))
    g("§ §: Sige po. Tracking no. § via LBC. Uuwi ka ba ng § sa Pasko?\n", tk(), P(a[0]), _ref(r, "", 12, False),
      LOC(r.choice(["Iloilo", "Bacolod", "Tacloban", "Baguio", "Cagayan de Oro"])))


@tpl("fil", ["PH"], "SMS notifications")
def fil_sms(g):
    r = g.r
    c = g.name()
    g("Hi §! Ang iyong OTP ay §. Huwag itong ibigay kahit kanino.\n", P(c[0]), _d(r, 6))
    g("Natanggap na namin ang bayad na PHP§ para sa account §. Salamat, § §!\n", f"{r.randint(1, 9)},{_d(r, 3)}.00",
      _ref(r, "", 10, False), P(c[0]), P(c[1]))
    g("Para sa tanong, tumawag sa § o mag-email sa §.\n", PH(g.phone("f")), EM("care@" + r.choice(
        ["mabuhaybank.ph", "bayadcenter.ph", "kuryente.com.ph"])))


@tpl("vi", ["VN"], "customer e-mail")
def vi_email(g):
    r = g.r
    nm = g.full()
    g("Tiêu đề: Cập nhật thông tin khách hàng\n\nKính gửi Quý công ty,\n\n")
    g("Tôi tên là §, sinh ngày §. ", P(nm), DOB(g.dob()))
    g("Địa chỉ mới của tôi: §. Số điện thoại: §. Email: §.\n", ADDR(g.addr()), PH(g.phone()),
      EM(g.email(nm.split()[-1], nm.split()[0])))
    g("Mã đơn hàng: §. Tôi sẽ về § vào cuối tháng.\n\nTrân trọng,\n§\n", _ref(r, "DH", 8, False),
      LOC(r.choice(["Hải Phòng", "Nha Trang", "Huế", "Vũng Tàu", "Đà Lạt"])), P(nm))


@tpl("sw", ["KE"], "SMS thread (Swahili)")
def sw_sms(g):
    r = g.r
    a = g.name()
    g("§: Habari! Nimefika § leo asubuhi\n", P(a[0]), LOC(r.choice(["Mombasa", "Kisumu", "Eldoret", "Arusha",
                                                                  "Dar es Salaam"])))
    g("Mimi: Karibu sana §! Piga simu kwa § ukifika stendi\n", P(a[0]), PH(g.phone()))
    g("§: Sawa. Nimekutumia Ksh§, namba ya muamala §\n", P(a[0]), f"{r.randint(1, 9)},{_d(r, 3)}", _ref(r, "", 10))
    g("Mimi: Asante. Mama § anakusalimia\n", P(g.name("f")[0]))


# --------------------------------------------------------------------------------------------
# Structured tables
# --------------------------------------------------------------------------------------------
_PH_NA = ["N/A", "-", "unknown"]


def _c(header, entity, fn, blank=0.0, ph=None):
    return (header, entity, fn, blank, ph)


def _bool(g, *_):
    return g.r.choice(["true", "false", "TRUE", "1", "0"])


def _yn(a, b):
    return lambda g, row: g.r.choice([a, a, b])


def _plate_nl(r):
    return f"{r.choice('GHJKLNPRSTVXZ')}{r.choice('GHJKLNPRSTVXZ')}-{_d(r, 3)}-{r.choice('BDFGHJKLNPRSTVXZ')}"


def _build_table(rng, cc, lang, rows, specs):
    cols = [Column(h, e, []) for h, e, *_ in specs]
    for _ in range(rows):
        g = G(rng, cc, lang)
        sex = rng.choice("mf")
        f, l = g.name(sex)
        row = {"f": f, "l": l, "sex": sex}
        for col, (_h, _e, fn, blank, ph) in zip(cols, specs):
            v = fn(g, row)
            if rng.random() < blank:
                v = None
            elif ph and rng.random() < 0.04:
                v = rng.choice(ph)
            col.values.append(v)
    for col in cols:
        for v in col.values:
            if v is None or col.entity is None or v in _PH_NA:
                continue
            _check(Text(v, [(0, len(v), col.entity)]))
    n_pii = sum(1 for c in cols if c.entity)
    assert 15 <= len(cols) <= 22 and n_pii * 2 < len(cols), (len(cols), n_pii)
    return cols


_ITEMS = ["14k gold ring", "Rolex Datejust 36", "PlayStation 5", "DeWalt drill set", "Fender Stratocaster",
          "Samsung Galaxy S23", "Omega Seamaster", "Canon EOS R6", "Tiffany & Co. bracelet", "Makita circular saw"]


def t_pawn_us(rng, rows):
    S = [
        _c("ticket_no", None, lambda g, w: _ref(g.r, "PT-", 7, False)),
        _c("customer_first", "PERSON", lambda g, w: w["f"]),
        _c("customer_last", "PERSON", lambda g, w: w["l"]),
        _c("dob", "DATE_OF_BIRTH", lambda g, w: g.dob(), 0.05),
        _c("addr1", "STREET_ADDRESS", lambda g, w: g.addr("street"), 0.1),
        _c("city", "LOCATION", lambda g, w: g.town(), 0.1),
        _c("tel", "PHONE_NUMBER", lambda g, w: g.phone(), 0.15, _PH_NA),
        _c("ssn", "US_SSN", lambda g, w: _ssn(g.r, g.r.choice(["dash", "plain"])), 0.4),
        _c("payout_acct", "US_BANK_NUMBER", lambda g, w: _usacct(g.r), 0.55),
        _c("payout_routing", None, lambda g, w: _routing(g.r), 0.55),
        _c("phone_type", None, lambda g, w: g.r.choice(["mobile", "home", "work"]), 0.2),
        _c("item_desc", None, lambda g, w: g.r.choice(_ITEMS)),
        _c("serial_no", None, lambda g, w: _ref(g.r, "", 11), 0.3),
        _c("imei", None, lambda g, w: _imei(g.r), 0.7),
        _c("loan_amt", None, lambda g, w: f"{g.r.randint(20, 2500)}.00"),
        _c("apr_pct", None, lambda g, w: f"{g.r.choice([24, 36, 48, 60])}.0"),
        _c("due_date", None, lambda g, w: g.date()),
        _c("status", None, lambda g, w: g.r.choice(["active", "redeemed", "forfeited", "extended"])),
        _c("branch", None, lambda g, w: g.town()),
        _c("id_type", None, lambda g, w: g.r.choice(["Driver License", "State ID", "Passport"])),
        _c("dob_verified", None, _bool),
    ]
    return _build_table(rng, "US", "en", rows, S)


def t_pawn_gb(rng, rows):
    S = [
        _c("TicketRef", None, lambda g, w: _ref(g.r, "", 8)),
        _c("Forename", "PERSON", lambda g, w: w["f"]),
        _c("Surname", "PERSON", lambda g, w: w["l"].upper() if g.r.random() < 0.3 else w["l"]),
        _c("DateOfBirth", "DATE_OF_BIRTH", lambda g, w: g.dob(), 0.05),
        _c("AddressLine", "STREET_ADDRESS", lambda g, w: g.addr(), 0.05),
        _c("ContactTel", "PHONE_NUMBER", lambda g, w: g.phone(), 0.2, _PH_NA),
        _c("EmailAddr", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.45),
        _c("PayoutIBAN", "IBAN_CODE", lambda g, w: g.iban(cc="GB"), 0.6),
        _c("EmailVerified", None, _bool, 0.45),
        _c("ItemCategory", None, lambda g, w: g.r.choice(["Jewellery", "Watch", "Electronics", "Tools", "Handbag"])),
        _c("ItemBrand", None, lambda g, w: g.r.choice(["Louis Vuitton", "Tiffany & Co.", "Cartier", "Hugo Boss",
                                                        "Ted Baker", "Paul Smith", "Dr. Martens"])),
        _c("HallmarkCode", None, lambda g, w: g.r.choice(["375", "585", "750", "925", "999"]), 0.3),
        _c("ValuationGBP", None, lambda g, w: f"£{g.r.randint(40, 6000)}"),
        _c("LoanGBP", None, lambda g, w: f"{g.r.randint(20, 3000)}.00"),
        _c("APR", None, lambda g, w: f"{g.r.randint(35, 99)}.{g.r.randint(0, 9)}%"),
        _c("RedeemBy", None, lambda g, w: g.date()),
        _c("Store", None, lambda g, w: g.town()),
        _c("CardLast4", None, lambda g, w: _d(g.r, 4), 0.5),
        _c("PaidOutBy", None, lambda g, w: g.r.choice(["Cash", "Bank transfer", "Cheque"])),
    ]
    return _build_table(rng, "GB", "en", rows, S)


def t_tattoo_au(rng, rows):
    S = [
        _c("bookingRef", None, lambda g, w: _ref(g.r, "TT", 6)),
        _c("clientFirstName", "PERSON", lambda g, w: w["f"]),
        _c("clientSurname", "PERSON", lambda g, w: w["l"]),
        _c("dob", "DATE_OF_BIRTH", lambda g, w: g.dob()),
        _c("mobile", "PHONE_NUMBER", lambda g, w: g.phone(), 0.05),
        _c("email", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.1),
        _c("suburb", "LOCATION", lambda g, w: g.town(), 0.2),
        _c("cardOnFile", "CREDIT_CARD", lambda g, w: _card(g.r, g.r.choice(["plain", "space"])), 0.6),
        _c("cardMasked", None, lambda g, w: _masked(g.r), 0.3),
        _c("studio", None, lambda g, w: g.r.choice(["Sailor Jerry's Parlour", "Black Anchor Ink", "Lady Luck Tattoo"])),
        _c("designRef", None, lambda g, w: _ref(g.r, "D-", 5)),
        _c("placement", None, lambda g, w: g.r.choice(["forearm", "ankle", "upper back", "ribs", "helix", "septum"])),
        _c("sizeCm", None, lambda g, w: str(g.r.randint(2, 40))),
        _c("sessionStart", None, lambda g, w: _ts(g.r)),
        _c("depositAUD", None, lambda g, w: f"{g.r.choice([50, 100, 150, 200])}.00"),
        _c("ageVerified", None, _bool),
        _c("emailVerified", None, _bool, 0.1),
        _c("phoneType", None, lambda g, w: g.r.choice(["mobile", "landline"])),
        _c("consentFormSha256", None, lambda g, w: _sha(g.r), 0.15),
        _c("allergyNotes", None, lambda g, w: g.r.choice(["latex", "none", "nickel", "-"]), 0.5),
    ]
    return _build_table(rng, "AU", "en", rows, S)


def t_piercing_de(rng, rows):
    S = [
        _c("Buchungsnr", None, lambda g, w: _ref(g.r, "P", 7, False)),
        _c("Vorname", "PERSON", lambda g, w: w["f"]),
        _c("Nachname", "PERSON", lambda g, w: w["l"]),
        _c("Geburtsdatum", "DATE_OF_BIRTH", lambda g, w: g.dob()),
        _c("Telefon", "PHONE_NUMBER", lambda g, w: g.phone(), 0.1, _PH_NA),
        _c("E-Mail", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.15),
        _c("Wohnort", "LOCATION", lambda g, w: g.town(), 0.1),
        _c("IBAN", "IBAN_CODE", lambda g, w: g.iban(), 0.5),
        _c("Piercing-Art", None, lambda g, w: g.r.choice(["Helix", "Tragus", "Nostril", "Septum", "Industrial"])),
        _c("Schmuck-Material", None, lambda g, w: g.r.choice(["Titan G23", "Chirurgenstahl 316L", "Gold 585"])),
        _c("Termin", None, lambda g, w: g.date() + " " + _clock(g.r)),
        _c("Anzahlung €", None, lambda g, w: f"{g.r.randint(10, 60)},00"),
        _c("Zahlungsart", None, lambda g, w: g.r.choice(["EC-Karte", "bar", "PayPal", "Überweisung"])),
        _c("Filiale", None, lambda g, w: g.town()),
        _c("Einwilligung-ID", None, lambda g, w: _uuid(g.r)),
        _c("Ausweis geprüft", None, _yn("ja", "nein")),
        _c("Geburtsdatum geprüft", None, _yn("ja", "nein"), 0.2),
        _c("Karte (maskiert)", None, lambda g, w: _masked(g.r), 0.6),
    ]
    return _build_table(rng, "DE", "de", rows, S)


_CARS = ["Mercedes-Benz", "Ferrari", "Ford", "Porsche", "Opel", "Volkswagen", "Peugeot", "Chrysler", "Citroën"]


def t_parking_nl(rng, rows):
    S = [
        _c("vergunning.nummer", None, lambda g, w: _ref(g.r, "PV", 8, False)),
        _c("aanvrager.voornaam", "PERSON", lambda g, w: w["f"]),
        _c("aanvrager.achternaam", "PERSON", lambda g, w: w["l"]),
        _c("adres", "STREET_ADDRESS", lambda g, w: g.addr()),
        _c("telefoon", "PHONE_NUMBER", lambda g, w: g.phone(), 0.3),
        _c("email", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.2),
        _c("iban", "IBAN_CODE", lambda g, w: g.iban(), 0.35),
        _c("email.geverifieerd", None, _bool),
        _c("kenteken", None, lambda g, w: _plate_nl(g.r)),
        _c("voertuig.merk", None, lambda g, w: g.r.choice(_CARS)),
        _c("zone", None, lambda g, w: g.r.choice(["A1", "B3", "C2", "Centrum-Oost"])),
        _c("geldig.van", None, lambda g, w: g.date()),
        _c("geldig.tot", None, lambda g, w: _fmt_date(TODAY + _dt.timedelta(days=g.r.randint(30, 365)), "NL")),
        _c("bedrag", None, lambda g, w: f"€ {g.r.randint(20, 400)},{_d(g.r, 2)}"),
        _c("betaalstatus", None, lambda g, w: g.r.choice(["betaald", "open", "herinnering"])),
        _c("loket", None, lambda g, w: g.town()),
        _c("kaart.laatste4", None, lambda g, w: _d(g.r, 4), 0.5),
        _c("adres.type", None, lambda g, w: g.r.choice(["woonadres", "bedrijfsadres"])),
    ]
    return _build_table(rng, "NL", "nl", rows, S)


def t_parking_cat(rng, rows):
    S = [
        _c("NUM_PERMIS", None, lambda g, w: _ref(g.r, "", 9, False)),
        _c("NOM", "PERSON", lambda g, w: w["f"]),
        _c("COGNOMS", "PERSON", lambda g, w: f"{w['l']} {g.name()[1]}"),
        _c("DATA_NAIXEMENT", "DATE_OF_BIRTH", lambda g, w: g.dob(), 0.25),
        _c("ADRECA", "STREET_ADDRESS", lambda g, w: g.addr()),
        _c("MUNICIPI", "LOCATION", lambda g, w: g.town()),
        _c("TEL", "PHONE_NUMBER", lambda g, w: g.phone(style=g.r.choice(["nat", "plain", "intl"])), 0.2, _PH_NA),
        _c("CORREU_E", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.3),
        _c("TIPUS_TELEFON", None, lambda g, w: g.r.choice(["mòbil", "fix"])),
        _c("TIPUS_ADRECA", None, lambda g, w: g.r.choice(["habitual", "segona residència"])),
        _c("MATRICULA", None, lambda g, w: f"{_d(g.r, 4)} {''.join(g.r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"),
        _c("ZONA", None, lambda g, w: g.r.choice(["Zona Verda", "Zona Blava", "AREA"])),
        _c("DATA_ALTA", None, lambda g, w: g.date()),
        _c("DATA_BAIXA", None, lambda g, w: g.date(), 0.6),
        _c("IMPORT_EUR", None, lambda g, w: f"{g.r.randint(10, 200)},{_d(g.r, 2)}"),
        _c("ESTAT", None, lambda g, w: g.r.choice(["vigent", "caducat", "pendent"])),
        _c("OFICINA", None, lambda g, w: "OAC " + g.town()),
        _c("CODI_VERIFICACIO", None, lambda g, w: _sha(g.r, 40)),
        _c("IP_TRAMIT", None, lambda g, w: _priv_ip(g.r), 0.3),
    ]
    return _build_table(rng, "CAT", "ca", rows, S)


def t_genealogy_ie(rng, rows):
    S = [
        _c("Member No", None, lambda g, w: _ref(g.r, "GS", 5, False)),
        _c("Given Name", "PERSON", lambda g, w: w["f"]),
        _c("Family Name", "PERSON", lambda g, w: w["l"]),
        _c("Maiden Name", "PERSON", lambda g, w: g.name()[1], 0.6),
        _c("Date of Birth", "DATE_OF_BIRTH", lambda g, w: g.dob(g.r.choice(["num", "long"])), 0.1),
        _c("Place of Birth", "LOCATION", lambda g, w: g.r.choice(["Ennis", "Tralee", "Mullingar", "Boston",
                                                                   "Liverpool", g.town()]), 0.3),
        _c("Postal Address", "STREET_ADDRESS", lambda g, w: g.addr()),
        _c("Phone", "PHONE_NUMBER", lambda g, w: g.phone(), 0.3),
        _c("Portal Password", "PASSWORD", lambda g, w: _pwd(g.r), 0.5),
        _c("Email Verified", None, _bool),
        _c("Joined", None, lambda g, w: g.date()),
        _c("Subscription Tier", None, lambda g, w: g.r.choice(["Standard", "Family", "Life", "Student"])),
        _c("Journal Copies", None, lambda g, w: str(g.r.randint(0, 3))),
        _c("DNA Kit ID", None, lambda g, w: _ref(g.r, "KIT-", 10), 0.5),
        _c("Tree File SHA1", None, lambda g, w: _sha(g.r, 40), 0.3),
        _c("Password Changed At", None, lambda g, w: _ts(g.r), 0.2),
        _c("Last Login", None, lambda g, w: _ts(g.r)),
        _c("Gift Aid", None, _yn("Yes", "No")),
        _c("Branch", None, lambda g, w: g.town()),
        _c("Notes", None, lambda g, w: g.r.choice(["prefers post", "journal by email", "-", "lapsed 2024"]), 0.5),
    ]
    return _build_table(rng, "IE", "en", rows, S)


def t_genealogy_is(rng, rows):
    S = [
        _c("Félagsnúmer", None, lambda g, w: str(g.r.randint(1000, 9999))),
        _c("field_3", "PERSON", lambda g, w: w["f"]),
        _c("Föðurnafn", "PERSON", lambda g, w: w["l"]),
        _c("Fæðingardagur", "DATE_OF_BIRTH", lambda g, w: g.dob(g.r.choice(["num", "long"]))),
        _c("Fæðingarstaður", "LOCATION", lambda g, w: g.town(), 0.3),
        _c("Heimilisfang", "STREET_ADDRESS", lambda g, w: g.addr(), 0.1),
        _c("Sími", "PHONE_NUMBER", lambda g, w: g.phone(), 0.2),
        _c("Netfang", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.3),
        _c("Síðasta IP", "IP_ADDRESS", lambda g, w: _ip4(g.r) if g.r.random() < 0.7 else _ip6(g.r), 0.3),
        _c("Innra IP", None, lambda g, w: _priv_ip(g.r)),
        _c("Ættartré ID", None, lambda g, w: _uuid(g.r)),
        _c("Skráð", None, lambda g, w: g.date()),
        _c("Árgjald", None, lambda g, w: f"{g.r.randint(3, 12)}.{g.r.choice(['000', '500'])} kr."),
        _c("Greitt", None, _yn("já", "nei")),
        _c("Fjöldi í tré", None, lambda g, w: str(g.r.randint(5, 4000))),
        _c("Útgáfa", None, lambda g, w: _ver(g.r)),
        _c("Netfang staðfest", None, _yn("já", "nei")),
        _c("Sveitarfélag skrifstofu", None, lambda g, w: g.town()),
    ]
    return _build_table(rng, "IS", "is", rows, S)


def t_ski_at(rng, rows):
    S = [
        _c("buchung_id", None, lambda g, w: _ref(g.r, "SK", 7)),
        _c("teilnehmer_vorname", "PERSON", lambda g, w: w["f"]),
        _c("teilnehmer_nachname", "PERSON", lambda g, w: w["l"]),
        _c("geburtsdatum", "DATE_OF_BIRTH", lambda g, w: g.dob()),
        _c("notfall_tel", "PHONE_NUMBER", lambda g, w: g.phone(), 0.05),
        _c("eltern_email", "EMAIL_ADDRESS", lambda g, w: g.email(g.name()[0], w["l"]), 0.3),
        _c("herkunft", "LOCATION", lambda g, w: g.r.choice(["Deutschland", "Niederlande", "Belgien", "Wien",
                                                             "München", "Dänemark"]), 0.2),
        _c("kursniveau", None, lambda g, w: g.r.choice(["Bambini", "Anfänger", "Fortgeschritten", "Profi"])),
        _c("skilehrer_id", None, lambda g, w: _ref(g.r, "L", 3, False)),
        _c("ski_laenge_cm", None, lambda g, w: str(g.r.randint(90, 185))),
        _c("schuhgroesse", None, lambda g, w: str(g.r.randint(28, 47))),
        _c("kurs_start", None, lambda g, w: g.date()),
        _c("kurs_tage", None, lambda g, w: str(g.r.randint(1, 6))),
        _c("preis_eur", None, lambda g, w: f"{g.r.randint(90, 520)},00"),
        _c("treffpunkt", None, lambda g, w: g.r.choice(["Talstation Gondel", "Kinderland", "Sessellift Mitte"])),
        _c("skipass_nr", None, lambda g, w: _d(g.r, 4) + "-" + _d(g.r, 8) + "-" + _d(g.r, 3)),
        _c("versicherung_polizze", None, lambda g, w: _ref(g.r, "VP", 9, False), 0.4),
        _c("foto_erlaubt", None, _bool),
        _c("tel_typ", None, lambda g, w: g.r.choice(["mobil", "festnetz"])),
    ]
    return _build_table(rng, "AT", "de", rows, S)


def t_ski_fr(rng, rows):
    S = [
        _c("ref_resa", None, lambda g, w: _ref(g.r, "", 8)),
        _c("col_2", "PERSON", lambda g, w: w["f"]),
        _c("col_3", "PERSON", lambda g, w: w["l"].upper()),
        _c("ddn", "DATE_OF_BIRTH", lambda g, w: g.dob()),
        _c("tel", "PHONE_NUMBER", lambda g, w: g.phone(), 0.1),
        _c("mail", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.15),
        _c("ville", "LOCATION", lambda g, w: g.town(), 0.2),
        _c("carte", "CREDIT_CARD", lambda g, w: _card(g.r, g.r.choice(["space", "plain"])), 0.5),
        _c("ip_resa", "IP_ADDRESS", lambda g, w: _ip4(g.r), 0.3),
        _c("carte_exp", None, lambda g, w: f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}", 0.5),
        _c("cvv_ok", None, _bool, 0.5),
        _c("niveau", None, lambda g, w: g.r.choice(["Ourson", "Flocon", "1ère étoile", "Étoile de bronze"])),
        _c("station", None, lambda g, w: g.r.choice(["Val Thorens", "Les Arcs", "Chamonix", "La Plagne"])),
        _c("moniteur_code", None, lambda g, w: _ref(g.r, "M", 4, False)),
        _c("forfait_num", None, lambda g, w: _d(g.r, 14)),
        _c("taille_cm", None, lambda g, w: str(g.r.randint(95, 195))),
        _c("date_cours", None, lambda g, w: g.date()),
        _c("montant", None, lambda g, w: f"{g.r.randint(40, 600)},00 €"),
        _c("nom_du_produit", None, lambda g, w: g.r.choice(["Cours collectif Piou-Piou", "Leçon privée 2h",
                                                             "Stage Jean-Claude Killy"])),
        _c("tel_type", None, lambda g, w: g.r.choice(["portable", "fixe"])),
        _c("ip_serveur", None, lambda g, w: _priv_ip(g.r)),
    ]
    return _build_table(rng, "FR", "fr", rows, S)


def t_translators_pl(rng, rows):
    S = [
        _c("nr_tlumacza", None, lambda g, w: _ref(g.r, "TP/", 5, False)),
        _c("imię", "PERSON", lambda g, w: w["f"]),
        _c("nazwisko", "PERSON", lambda g, w: w["l"]),
        _c("data_ur", "DATE_OF_BIRTH", lambda g, w: g.dob(), 0.2),
        _c("miejscowość", "LOCATION", lambda g, w: g.town()),
        _c("adres", "STREET_ADDRESS", lambda g, w: g.addr(), 0.1),
        _c("attr2", "PHONE_NUMBER", lambda g, w: g.phone(), 0.1),
        _c("e-mail", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"])),
        _c("rachunek", "IBAN_CODE", lambda g, w: g.iban(), 0.15),
        _c("pwd", "PASSWORD", lambda g, w: _pwd(g.r), 0.5),
        _c("cat_api_token", "API_KEY", lambda g, w: _apikey(g.r), 0.6),
        _c("hash_hasla", None, lambda g, w: _bcrypt(g.r)),
        _c("stawka_za_strone", None, lambda g, w: f"{g.r.randint(25, 90)},00 zł"),
        _c("jezyki", None, lambda g, w: g.r.choice(["EN>PL", "DE>PL, PL>DE", "UK>PL", "FR>PL, EN>PL"])),
        _c("nr_uprawnien", None, lambda g, w: f"TP/{g.r.randint(100, 9999)}/{g.r.randint(5, 24):02d}", 0.5),
        _c("nip", None, lambda g, w: _d(g.r, 10), 0.3),
        _c("data_rejestracji", None, lambda g, w: g.date()),
        _c("ostatnie_ip", None, lambda g, w: _priv_ip(g.r)),
        _c("wersja_trados", None, lambda g, w: g.r.choice(["Trados Studio 2022 SR2", "memoQ 10.4", "Wordfast 8"])),
        _c("ocena", None, lambda g, w: f"{g.r.randint(3, 5)}.{g.r.randint(0, 9)}"),
        _c("haslo_zmienione", None, lambda g, w: g.date(), 0.3),
    ]
    return _build_table(rng, "PL", "pl", rows, S)


def t_interpreting_us(rng, rows):
    S = [
        _c("JobID", None, lambda g, w: _ref(g.r, "J", 7, False)),
        _c("ClientCompany", None, lambda g, w: g.fk.company()),
        _c("InterpreterFirst", "PERSON", lambda g, w: w["f"]),
        _c("InterpreterLast", "PERSON", lambda g, w: w["l"]),
        _c("InterpreterPhone", "PHONE_NUMBER", lambda g, w: g.phone(), 0.1),
        _c("InterpreterEmail", "EMAIL_ADDRESS", lambda g, w: g.email(w["f"], w["l"]), 0.1),
        _c("attr7", "STREET_ADDRESS", lambda g, w: g.addr(), 0.3),
        _c("TIN_SSN", "US_SSN", lambda g, w: _ssn(g.r), 0.5),
        _c("PayoutAccount", "US_BANK_NUMBER", lambda g, w: _usacct(g.r), 0.3),
        _c("PayoutRouting", None, lambda g, w: _routing(g.r), 0.3),
        _c("Language", None, lambda g, w: g.r.choice(["Spanish", "ASL", "Vietnamese", "Somali", "Haitian Creole"])),
        _c("VenueCity", None, lambda g, w: g.town()),
        _c("VenueName", None, lambda g, w: g.r.choice(["St. Luke's Hospital", "Johnson County Courthouse",
                                                        "Lincoln Elementary School", "Mercy Clinic"])),
        _c("Start", None, lambda g, w: _ts(g.r)),
        _c("DurationHrs", None, lambda g, w: f"{g.r.randint(1, 8)}.{g.r.choice(['0', '5'])}"),
        _c("RateUSD", None, lambda g, w: f"${g.r.randint(45, 140)}.00"),
        _c("CaseNumber", None, lambda g, w: f"{g.r.randint(20, 26)}-CV-{_d(g.r, 5)}", 0.5),
        _c("ZoomMeetingID", None, lambda g, w: f"{_d(g.r, 3)} {_d(g.r, 4)} {_d(g.r, 4)}", 0.6),
        _c("MileageMiles", None, lambda g, w: str(g.r.randint(0, 120))),
        _c("phone_verified", None, _bool),
    ]
    return _build_table(rng, "US", "en", rows, S)


_TABLES = [
    ("pawn_loans_us", t_pawn_us), ("pawn_ledger_gb", t_pawn_gb), ("tattoo_bookings_au", t_tattoo_au),
    ("piercing_termine_de", t_piercing_de), ("parkeervergunningen_nl", t_parking_nl),
    ("permisos_aparcament_cat", t_parking_cat), ("genealogy_members_ie", t_genealogy_ie),
    ("aettfraedi_felagar_is", t_genealogy_is), ("skischule_buchungen_at", t_ski_at),
    ("ecole_ski_reservations_fr", t_ski_fr), ("tlumacze_pl", t_translators_pl),
    ("interpreting_jobs_us", t_interpreting_us),
]


# --------------------------------------------------------------------------------------------
# API
# --------------------------------------------------------------------------------------------
def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(f"lagoon-{seed}-{i}")
        cc = rng.choice(t.countries)
        g = G(rng, cc, t.lang)
        t.fn(g)
        out.append(g.text())
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    return {name: fn(random.Random(f"lagoon-{seed}-{name}"), rows) for name, fn in _TABLES}
