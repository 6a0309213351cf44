"""Accuracy split "prism": labelled free text and structured tables for the PII-detection benchmark.

Author and date
    Independent split author (session helper "prism"), 2026-11-26.

Independence
    Read only the definitions this module imports from bench/accuracy_data.py (LABELS, Text, Column,
    _luhn, _iban_of, _ip_public_v4, _ip_public_v6), located with grep. The sed ranges used to print them
    also showed some neighbouring code (the template renderer and split dispatcher, the start of the
    column helper, and the helpers _ean13, _group, _phone_num, _ascii, _city); none of it is imported,
    this module's phone, e-mail and address generators are its own. Not read: rules/, pii_audit/,
    tests/, docs/, bench/accuracy_notes.md, bench/results/, bench/out/, the other accuracy_split_*.py
    modules. The scanner and bench/accuracy.py were never run; no web search on how scanners work.

API
    free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)]; each Text has
        .text and .spans [(start, end, label)], built from parts so offsets are exact.
    structured(rows, seed) -> dict[str, list[Column]]: one table per domain, names in TABLE_NAMES,
        17 columns each; Column.entity is a label, or None for a look-alike column.
    All randomness comes from random.Random(f"prism-{seed}"); one Faker per locale, created in a fixed
    order and seeded with rng.randrange(1 << 30). No clock reads (dates come from explicit year bounds),
    no set iteration, nothing that depends on PYTHONHASHSEED. structured() draws one number before it
    seeds its Fakers, so its people differ from those that free_text() draws for the same seed.

Domains (10)
    hospital outpatient clinic, insurance claims, hotel chain front desk, university admissions,
    mobile telecom operator, car rental, gym chain, payroll/HR, municipal citizen services,
    food-delivery app support.

Free text
    60 templates, 6 per domain; the id is domain.shape.lang-REGION.
    Languages: English 36 (en-US 8, en-GB 6, en-IN 5, en-AU 5, en-CA 5, en-KE 4, en-NG 3) and
    non-English 24 (40%): es-ES 2, es-MX 2, es-PE 2, pt-PT 2, pt-BR 2, fr-FR 2, fr-BE 2, de-DE 2,
    it-IT 2, nl-NL 2, tr-TR 2, pl-PL 1, ro-RO 1.
    Shapes: e-mails with signatures and '>'-quoted replies, a forwarded "Original Message", chat
    exports (WhatsApp style, live chat, Slack-like), SMS threads and inboxes, support tickets with
    internal notes, CRM notes, call-centre notes, lower-cased speech-to-text transcripts, form dumps
    (key: value, key=value, URL-encoded POST), JSON lines, Apache access log, key=value app logs,
    RADIUS accounting, door-controller export, CSV and pipe rows pasted into tickets, .env and YAML
    configs, OCR'd forms (hotel registration card, rental agreement, payslip, recommendation letter),
    notification and push subjects, and one crash report that holds no PII. Some texts of the
    subject-line, push and log templates hold no entity.
    Value rules: fresh people for every text (Faker first_name + last_name in the text's locale;
    own name lists for es-PE), two surnames for part of the Spanish speakers. E-mails are derived from
    the person's name, and postcodes and towns come from the same real-town list.
    Phones are drawn from libphonenumber example patterns (real area codes for US/CA), kept only if
    phonenumbers.is_valid_number, and written national, international, E.164, 00-prefixed, spaced,
    dashed, dotted or plain. Cards are Luhn-valid (Visa, Mastercard incl. 2-series, Amex, Discover) via
    _luhn. SSNs avoid area 000/666/9xx, group 00 and serial 0000. Bank accounts always sit next to an
    ABA-checksummed routing number. IBANs come from _iban_of (ES, PT, BR, FR, BE, DE, IT, NL, PL, GB),
    spaced or compact. Public IPs come from _ip_public_v4/_v6. Passwords are realistic plaintext
    (season+year, pet+year, passphrases, random). API keys use vendor-like prefixes (sk_live_, ghp_,
    xoxb-, AIza, SG., sk-proj-) or are generic.

Label conventions
    PERSON: the name as written (full, first only, surname only, upper/lower case, "Last, First",
    "First L."); a full name is one span; titles (Dr. med., Mr, Frau, dr hab.) stay outside; chat
    speakers are labelled; names inside brand, venue, hotel or company names are not.
    STREET_ADDRESS: street line with postcode and town as one span (multi-line blocks too); in a
    '>'-quoted reply each quoted line is its own span; business addresses in signatures and footers
    are labelled. LOCATION: a town or country where a person lives, was born, comes from or travels
    to; branch, venue, shop and site locations are not labelled. DATE_OF_BIRTH: birth dates only (local
    formats, ISO, spoken "march 4 1980"). PASSWORD / API_KEY: the secret value only. US_BANK_NUMBER:
    the account number, never the routing number. IP_ADDRESS: public only. EMAIL_ADDRESS: every
    address, including role addresses (claims@, payroll@). PHONE_NUMBER: every valid number,
    business lines included.

Look-alikes (unlabelled, mixed into the same texts and tables)
    order, ticket, booking, policy, claim, member, case, folio and tracking numbers; appointment,
    loss, check-in and other non-birth dates and ISO timestamps; version strings (some four-part,
    IPv4-shaped); SHA/hex hashes, bcrypt hashes, UUIDs; masked cards and last-4s; routing numbers on
    their own; IMEIs (Luhn-valid, 15 digits), IMEISVs, IMSIs, ICCIDs; private, loopback, link-local
    and ULA IPs; coordinates; amounts in several currencies; company, brand, venue and hotel names, some
    named after people (Trattoria da Mario, Barclay & Sons, The Hamilton); job titles; pet-style words;
    password-policy text without a password; key ids, JWT kid, client ids, key fingerprints;
    placeholders (pk_live_<redacted>, n/a); licence plates, VINs, NHS/NI/NIF/UAN-style numbers;
    a "9400 block of <street>" incident location in the 311 note.

Structured tables
    clinic_outpatient_visits (de-DE), insurance_claims (en-US), hotel_guest_profiles (7 locales),
    university_applicants (en-IN, en-NG, en-KE, tr-TR, pt-BR), telecom_subscribers (pl-PL),
    car_rental_contracts (it-IT, fr-FR, es-ES, de-DE), gym_members (en-AU), payroll_employees (en-US),
    municipal_service_requests (nl-NL), delivery_merchant_accounts (es-ES, pt-PT, it-IT, fr-FR).
    170 columns: 77 PII (45%), 93 look-alike (55%). Each row comes from one person, so e-mails match
    names and towns match addresses. Headers are mixed: snake_case, UPPER_SNAKE, camelCase, PascalCase,
    spaced, dotted paths, abbreviations (emp_nm, ph, rtng_no), opaque ones (c7, field_2, c2), and
    German, Polish, Italian, Spanish and Dutch headers. Hard PII columns: names under opaque or foreign
    headers, first-name-only and surname-only columns, town and birthplace columns, DOBs in local
    formats mixed with ISO, plaintext passwords, API keys, national-format phones. Look-alikes under
    PII-sounding headers: email_verified, phone type, card brand, card last4, card expiry, ip_version,
    birth-year bucket, address type, password_changed_at, bcrypt hashes, routing numbers, branch
    names, enums, amounts, timestamps, versions, country codes, IMEIs. Blanks (None) come at
    per-column rates of 0-70%; a few columns carry placeholders (N/A, -, unknown, XXX-XX-XXXX).

Known limits
    Faker street names in some English locales are invented ("Kramer Court") and Faker es_MX/pt_BR
    names sometimes come out as compounds. Towns are real but postcodes are only pattern-correct, and
    phone area codes are not always matched to the town. Mobile-number ranges come from libphonenumber
    metadata, so many numbers share a prefix. Business lines and role e-mails are labelled, which a
    "personal data only" reading would not do. Coordinates are only roughly near the country.
    Free-text timestamps in one log are not always in order. The 311 "block of" location, NHS/NI/NIF/
    UAN-style ids and IMEISVs (16 digits, which are sometimes Luhn-valid) are unlabelled by design.
    Only the thirteen LABELS are annotated; other identifiers in the texts (plates, licence numbers)
    count as look-alikes.
"""

import datetime as _dt
import random
import string
import unicodedata

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

PER, EM, PH, CC, SSN, BANK, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                        "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
ADDR, LOC, DOB, PW, KEY = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"

# -- per-locale reference data --------------------------------------------------------------
# cities: (town, region/state code, postcode prefix); streets: own lists where Faker's are US fallbacks
_CITIES = {
    "es-ES": [("Madrid", "Madrid", "28"), ("Barcelona", "Barcelona", "08"), ("Valencia", "Valencia", "46"),
              ("Sevilla", "Sevilla", "41"), ("Zaragoza", "Zaragoza", "50"), ("Málaga", "Málaga", "29"),
              ("Bilbao", "Bizkaia", "48"), ("Valladolid", "Valladolid", "47"), ("Alicante", "Alicante", "03"),
              ("Granada", "Granada", "18"), ("Vigo", "Pontevedra", "36"), ("Murcia", "Murcia", "30")],
    "es-MX": [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
              ("Puebla", "Pue.", "72"), ("Querétaro", "Qro.", "76"), ("Mérida", "Yuc.", "97"),
              ("Toluca", "Méx.", "50"), ("León", "Gto.", "37"), ("Tijuana", "B.C.", "22")],
    "es-PE": [("Lima", "Lima", "15"), ("Arequipa", "Arequipa", "04"), ("Trujillo", "La Libertad", "13"),
              ("Cusco", "Cusco", "08"), ("Piura", "Piura", "20"), ("Chiclayo", "Lambayeque", "14"),
              ("Huancayo", "Junín", "12")],
    "pt-PT": [("Lisboa", "Lisboa", "1"), ("Porto", "Porto", "4"), ("Braga", "Braga", "47"),
              ("Coimbra", "Coimbra", "30"), ("Faro", "Faro", "80"), ("Aveiro", "Aveiro", "38"),
              ("Setúbal", "Setúbal", "29"), ("Funchal", "Madeira", "90"), ("Viseu", "Viseu", "35")],
    "pt-BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
              ("Curitiba", "PR", "8"), ("Porto Alegre", "RS", "9"), ("Salvador", "BA", "4"), ("Recife", "PE", "5"),
              ("Fortaleza", "CE", "6"), ("Brasília", "DF", "7"), ("Campinas", "SP", "13")],
    "fr-FR": [("Paris", "Île-de-France", "750"), ("Lyon", "Rhône", "690"), ("Marseille", "Bouches-du-Rhône", "130"),
              ("Toulouse", "Haute-Garonne", "31"), ("Nantes", "Loire-Atlantique", "44"), ("Lille", "Nord", "59"),
              ("Bordeaux", "Gironde", "33"), ("Strasbourg", "Bas-Rhin", "67"), ("Rennes", "Ille-et-Vilaine", "35"),
              ("Montpellier", "Hérault", "34"), ("Nice", "Alpes-Maritimes", "06")],
    "fr-BE": [("Bruxelles", "Bruxelles", "1000"), ("Liège", "Liège", "4000"), ("Namur", "Namur", "5000"),
              ("Charleroi", "Hainaut", "6000"), ("Mons", "Hainaut", "7000"), ("Ixelles", "Bruxelles", "1050"),
              ("Schaerbeek", "Bruxelles", "1030"), ("Wavre", "Brabant wallon", "1300"),
              ("Tournai", "Hainaut", "7500"), ("Uccle", "Bruxelles", "1180")],
    "de-DE": [("Berlin", "BE", "1"), ("Hamburg", "HH", "2"), ("München", "BY", "8"), ("Köln", "NW", "50"),
              ("Frankfurt am Main", "HE", "60"), ("Stuttgart", "BW", "70"), ("Düsseldorf", "NW", "40"),
              ("Leipzig", "SN", "04"), ("Dresden", "SN", "01"), ("Hannover", "NI", "30"), ("Nürnberg", "BY", "90"),
              ("Bremen", "HB", "28")],
    "it-IT": [("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
              ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Palermo", "PA", "901"), ("Bari", "BA", "701"),
              ("Genova", "GE", "161"), ("Verona", "VR", "371")],
    "nl-NL": [("Amsterdam", "NH", "10"), ("Rotterdam", "ZH", "30"), ("Den Haag", "ZH", "25"), ("Utrecht", "UT", "35"),
              ("Eindhoven", "NB", "56"), ("Groningen", "GR", "97"), ("Tilburg", "NB", "50"), ("Almere", "FL", "13"),
              ("Breda", "NB", "48"), ("Nijmegen", "GE", "65")],
    "tr-TR": [("İstanbul", "Kadıköy", "347"), ("İstanbul", "Beşiktaş", "343"), ("Ankara", "Çankaya", "066"),
              ("İzmir", "Karşıyaka", "355"), ("Bursa", "Nilüfer", "161"), ("Antalya", "Muratpaşa", "071"),
              ("Konya", "Selçuklu", "420"), ("Eskişehir", "Tepebaşı", "261"), ("Kayseri", "Melikgazi", "380")],
    "pl-PL": [("Warszawa", "mazowieckie", "0"), ("Kraków", "małopolskie", "3"), ("Łódź", "łódzkie", "9"),
              ("Wrocław", "dolnośląskie", "5"), ("Poznań", "wielkopolskie", "6"), ("Gdańsk", "pomorskie", "80"),
              ("Szczecin", "zachodniopomorskie", "7"), ("Lublin", "lubelskie", "20"), ("Katowice", "śląskie", "40")],
    "ro-RO": [("București", "Sector 3", "03"), ("București", "Sector 6", "06"), ("Cluj-Napoca", "Cluj", "400"),
              ("Timișoara", "Timiș", "300"), ("Iași", "Iași", "700"), ("Constanța", "Constanța", "900"),
              ("Brașov", "Brașov", "500"), ("Craiova", "Dolj", "200"), ("Sibiu", "Sibiu", "550")],
    "en-US": [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Phoenix", "AZ", "850"),
              ("Charlotte", "NC", "282"), ("Portland", "OR", "972"), ("Tampa", "FL", "336"),
              ("Minneapolis", "MN", "554"), ("Nashville", "TN", "372"), ("Sacramento", "CA", "958"),
              ("Albany", "NY", "122"), ("Richmond", "VA", "232")],
    "en-GB": [("London", "SE", "SE"), ("London", "N", "N"), ("Manchester", "M", "M"), ("Leeds", "LS", "LS"),
              ("Bristol", "BS", "BS"), ("Birmingham", "B", "B"), ("Glasgow", "G", "G"), ("Cardiff", "CF", "CF"),
              ("Sheffield", "S", "S"), ("Nottingham", "NG", "NG"), ("Brighton", "BN", "BN"),
              ("Edinburgh", "EH", "EH")],
    "en-IN": [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"),
              ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("New Delhi", "Delhi", "110"),
              ("Kolkata", "West Bengal", "700"), ("Ahmedabad", "Gujarat", "380"), ("Jaipur", "Rajasthan", "302"),
              ("Kochi", "Kerala", "682")],
    "en-AU": [("Sydney", "NSW", "20"), ("Parramatta", "NSW", "2150"), ("Melbourne", "VIC", "30"),
              ("Fitzroy", "VIC", "3065"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"), ("Adelaide", "SA", "50"),
              ("Hobart", "TAS", "70"), ("Canberra", "ACT", "26"), ("Geelong", "VIC", "3220"),
              ("Newcastle", "NSW", "2300")],
    "en-NG": [("Lagos", "Ikeja", "1002"), ("Lagos", "Lekki", "1052"), ("Lagos", "Surulere", "1012"),
              ("Abuja", "Wuse II", "9002"), ("Abuja", "Garki", "9001"), ("Ibadan", "Bodija", "2002"),
              ("Port Harcourt", "GRA Phase 2", "5002"), ("Enugu", "Independence Layout", "4001"),
              ("Benin City", "GRA", "3001"), ("Kano", "Nassarawa GRA", "7001")],
    "en-KE": [("Nairobi", "Kilimani", "00100"), ("Nairobi", "Westlands", "00800"), ("Nairobi", "Karen", "00502"),
              ("Nairobi", "South B", "00200"), ("Mombasa", "Nyali", "80100"), ("Kisumu", "Milimani", "40100"),
              ("Nakuru", "Milimani", "20100"), ("Eldoret", "Elgon View", "30100"), ("Thika", "Section 9", "01000")],
    "en-CA": [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"), ("Ottawa", "ON", "K"),
              ("Montréal", "QC", "H"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Edmonton", "AB", "T"),
              ("Victoria", "BC", "V")],
}
_STREETS = {
    "es-MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Río Lerma", "Av. Vallarta",
              "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Calle 5 de Mayo", "Av. Revolución"],
    "es-PE": ["Av. Arequipa", "Jr. de la Unión", "Av. Larco", "Calle Los Pinos", "Av. Javier Prado Este",
              "Jr. Huallaga", "Av. Brasil", "Calle Schell", "Av. Angamos Oeste", "Jr. Ayacucho"],
    "fr-BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue du Midi", "Boulevard d'Avroy",
              "Rue Saint-Gilles", "Rue de Fer", "Avenue de Tervueren", "Rue des Carmes", "Chaussée de Charleroi"],
    "tr-TR": ["Moda Cad.", "Bağdat Cad.", "Atatürk Bulvarı", "Cumhuriyet Mah. 1203. Sok.", "Kazım Dirik Cad.",
              "Barbaros Bulvarı", "İnönü Cad.", "Fevzi Çakmak Sok.", "Gazi Mustafa Kemal Bulvarı",
              "Şair Nefi Sok."],
    "en-IN": ["MG Road", "100 Feet Road, Indiranagar", "Linking Road, Bandra West", "FC Road, Shivajinagar",
              "Anna Salai", "Jubilee Hills Road No. 36", "Lajpat Nagar II", "Park Street", "CG Road, Navrangpura",
              "Tonk Road", "Panampilly Nagar Avenue"],
    "en-NG": ["Allen Avenue", "Admiralty Way", "Adeniran Ogunsanya Street", "Aminu Kano Crescent",
              "Ademola Adetokunbo Crescent", "Awolowo Avenue", "Aba Road", "Ogui Road", "Airport Road",
              "Obafemi Awolowo Way", "Bode Thomas Street"],
    "en-KE": ["Argwings Kodhek Road", "Kindaruma Road", "Waiyaki Way", "Ngong Road", "Karen Road", "Mumias Road",
              "Links Road", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road", "Lenana Road"],
}
_LOCALES = {
    # code: faker locale, phone region, IBAN country (None: no IBAN), DOB format, mail domains
    "es-ES": ("es_ES", "ES", "ES", "%d/%m/%Y", ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"]),
    "es-MX": ("es_MX", "MX", None, "%d/%m/%Y", ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"]),
    "es-PE": ("es_ES", "PE", None, "%d/%m/%Y", ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"]),
    "pt-PT": ("pt_PT", "PT", "PT", "%d/%m/%Y", ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"]),
    "pt-BR": ("pt_BR", "BR", "BR", "%d/%m/%Y", ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"]),
    "fr-FR": ("fr_FR", "FR", "FR", "%d/%m/%Y", ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"]),
    "fr-BE": ("fr_BE", "BE", "BE", "%d/%m/%Y", ["gmail.com", "skynet.be", "telenet.be", "hotmail.be", "proximus.be"]),
    "de-DE": ("de_DE", "DE", "DE", "%d.%m.%Y", ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"]),
    "it-IT": ("it_IT", "IT", "IT", "%d/%m/%Y", ["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it"]),
    "nl-NL": ("nl_NL", "NL", "NL", "%d-%m-%Y", ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"]),
    "tr-TR": ("tr_TR", "TR", None, "%d.%m.%Y", ["gmail.com", "hotmail.com", "yandex.com", "outlook.com.tr"]),
    "pl-PL": ("pl_PL", "PL", "PL", "%d.%m.%Y", ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"]),
    "ro-RO": ("ro_RO", "RO", None, "%d.%m.%Y", ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"]),
    "en-US": ("en_US", "US", None, "%m/%d/%Y", ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com"]),
    "en-GB": ("en_GB", "GB", "GB", "%d/%m/%Y", ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"]),
    "en-IN": ("en_IN", "IN", None, "%d/%m/%Y", ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "en-AU": ("en_AU", "AU", None, "%d/%m/%Y", ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"]),
    "en-NG": ("en_NG", "NG", None, "%d/%m/%Y", ["gmail.com", "yahoo.com", "outlook.com"]),
    "en-KE": ("en_KE", "KE", None, "%d/%m/%Y", ["gmail.com", "yahoo.com", "outlook.com"]),
    "en-CA": ("en_CA", "CA", None, "%Y-%m-%d", ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "hotmail.ca"]),
}
_PE_FIRST = ["Luis", "Rosa", "Jorge", "Milagros", "Carlos", "Gabriela", "Renzo", "Fiorella", "Diego", "Katherine",
             "Miguel", "Yesenia", "Jhon", "Lucía", "Christian", "Pamela", "Alonso", "Ruth", "Giancarlo", "Sandra"]
_PE_LAST = ["Quispe", "Mamani", "Flores", "Huamán", "Rojas", "Chávez", "García", "Torres", "Vargas", "Ramos",
            "Mendoza", "Castillo", "Condori", "Espinoza", "Salazar", "Cárdenas", "Paredes", "Ccahuana", "Huanca"]
_US_AREAS = {"Austin": ["512", "737"], "Columbus": ["614"], "Denver": ["303", "720"], "Phoenix": ["602", "480"],
             "Charlotte": ["704", "980"], "Portland": ["503", "971"], "Tampa": ["813"], "Minneapolis": ["612"],
             "Nashville": ["615"], "Sacramento": ["916"], "Albany": ["518"], "Richmond": ["804"]}
_CA_AREAS = {"Toronto": ["416", "647"], "Vancouver": ["604", "778"], "Calgary": ["403", "587"], "Ottawa": ["613"],
             "Montréal": ["514", "438"], "Winnipeg": ["204"], "Halifax": ["902"], "Edmonton": ["780"],
             "Victoria": ["250"]}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
}
_CENTER = {"en-US": (39.0, -95.0), "en-NG": (7.5, 4.5), "es-PE": (-12.1, -77.0), "en-CA": (45.5, -75.0),
           "en-AU": (-33.8, 151.0), "en-KE": (-1.3, 36.8), "en-IN": (19.0, 77.0)}
_PETS = ["Bella", "Max", "Luna", "Rocky", "Milo", "Coco", "Nala", "Toby", "Simba", "Lola", "Bruno", "Kira"]
_ALNUM = string.ascii_letters + string.digits


def _ascii(s: str) -> str:
    s = (s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
         .replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


class P:
    """One synthetic person, consistent across fields."""


class _B:
    """Builds a Text from literal strings and (value, label) tuples, so offsets are exact."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                val, lab = it
                if lab:
                    self.spans.append((self.pos, self.pos + len(val), lab))
            else:
                val = it
            self.parts.append(val)
            self.pos += len(val)
        return self

    def lines(self, items: list, sep: str = "\n"):
        for i, it in enumerate(items):
            if i:
                self(sep)
            self(*(it if isinstance(it, list) else [it]))
        return self

    def done(self) -> Text:
        return Text("".join(self.parts), list(self.spans))


class G:
    """Value generators over one random.Random and one Faker per locale."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.fk: dict[str, Faker] = {}
        for code in _LOCALES:  # fixed order
            fl = _LOCALES[code][0]
            if fl not in self.fk:
                f = Faker(fl)
                f.seed_instance(rng.randrange(1 << 30))
                self.fk[fl] = f

    # -- small helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, alphabet: str = _ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    # -- people
    def person(self, loc: str, dob_years=(1948, 2006)) -> P:
        fl, region, iban_cc, dob_fmt, domains = _LOCALES[loc]
        f = self.fk[fl]
        p = P()
        p.loc, p.region_code, p.iban_cc = loc, region, iban_cc
        if loc == "es-PE":
            p.first, p.last = self.ch(_PE_FIRST), self.ch(_PE_LAST)
            if self.p(0.5):
                p.last = p.last + " " + self.ch(_PE_LAST)
        else:
            p.first, p.last = f.first_name(), f.last_name()
            if loc in ("es-ES", "es-MX") and self.p(0.6):
                p.last = p.last + " " + f.last_name()
        p.full = f"{p.first} {p.last}"
        p.gender_title = ""
        city, area, pcp = self.ch(_CITIES[loc])
        p.city, p.area = city, area
        p.street_name = self.ch(_STREETS[loc]) if loc in _STREETS else f.street_name()
        p.no = str(self.ri(1, 240))
        p.pc = self._postcode(loc, pcp)
        p.line1, p.line2 = self._addr(loc, p)
        p.dob = _dt.date(self.ri(*dob_years), self.ri(1, 12), self.ri(1, 28))
        p.dob_fmt = dob_fmt
        p.dob_s = p.dob.strftime(dob_fmt)
        p.email = self.email_for(p.first, p.last, self.ch(domains))
        p.phone_obj = self.phone_obj(region, city)
        p.phone = self.fmt_phone(p.phone_obj)
        p.mobile = self.fmt_phone(self.phone_obj(region, city, mobile=True))
        return p

    def email_for(self, first: str, last: str, domain: str) -> str:
        fa = _ascii(first.split()[0]).lower()
        la = _ascii(last.replace(" ", "") if last[:1].islower() else last.split()[0]).lower()
        pat = self.ri(0, 8)
        local = [f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}{la}", f"{fa}_{la}", f"{la}.{fa}",
                 f"{fa}{self.ri(1, 99)}", f"{fa}.{la}{self.ri(70, 99)}", f"{fa[0]}.{la}", f"{la}{fa[0]}{self.ri(1, 9)}"][pat]
        return f"{local}@{domain}"

    def work_email(self, p: P, domain: str) -> str:
        fa = _ascii(p.first.split()[0]).lower()
        la = _ascii(p.last.replace(" ", "") if p.last[:1].islower() else p.last.split()[0]).lower()
        return f"{fa}.{la}@{domain}" if self.p(0.7) else f"{fa[0]}{la}@{domain}"

    def _postcode(self, loc: str, pre: str) -> str:
        d = self.digits
        if loc in ("es-ES", "fr-FR", "it-IT", "de-DE", "tr-TR", "es-MX"):
            return pre + d(5 - len(pre))
        if loc == "es-PE":
            return pre + d(3)
        if loc == "pt-PT":
            return pre + d(4 - len(pre)) + "-" + d(3)
        if loc == "pt-BR":
            return pre + d(5 - len(pre)) + "-" + d(3)
        if loc == "fr-BE":
            return pre
        if loc == "nl-NL":
            return pre + d(2) + " " + self.alnum(2, "ABCDEGHJKLMNPRSTVWXZ")
        if loc == "pl-PL":
            s = pre + d(5 - len(pre))
            return s[:2] + "-" + s[2:]
        if loc == "ro-RO":
            return pre + d(6 - len(pre))
        if loc == "en-US":
            return pre + d(2)
        if loc == "en-GB":
            return f"{pre}{self.ri(1, 20)} {self.ri(1, 9)}{self.alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if loc == "en-IN":
            return pre + d(3)
        if loc == "en-AU":
            return pre + d(4 - len(pre))
        if loc in ("en-NG",):
            return pre + d(2)
        if loc == "en-KE":
            return pre
        if loc == "en-CA":
            L = "ABCEGHJKLMNPRSTVXY"
            return f"{pre}{self.ri(1, 9)}{self.ch(L)} {self.ri(1, 9)}{self.ch(L)}{self.ri(0, 9)}"
        raise ValueError(loc)

    def _addr(self, loc: str, p: P) -> tuple[str, str]:
        s, n, pc, c, a = p.street_name, p.no, p.pc, p.city, p.area
        r = self.rng
        if loc == "es-ES":
            return f"C/ {s}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}", f"{pc} {c}"
        if loc == "es-MX":
            return f"{s} {n}, Col. {self.ch(['Roma Norte', 'Del Valle', 'Centro', 'Americana', 'Obispado', 'Juárez'])}", f"{pc} {c}, {a}"
        if loc == "es-PE":
            return f"{s} {n}" + (f" Dpto. {r.randint(101, 1204)}" if r.random() < 0.5 else ""), f"{self.ch(['Miraflores', 'San Isidro', 'Surco', 'San Borja', 'Cercado', 'Jesús María']) if c == 'Lima' else 'Cercado'}, {c} {pc}"
        if loc == "pt-PT":
            return f"{s}, {n}" + (f", {r.randint(1, 9)}º {r.choice(['Esq.', 'Dto.', 'A', 'B'])}" if r.random() < 0.6 else ""), f"{pc} {c}"
        if loc == "pt-BR":
            return f"{s}, {n}" + (f", Apto {r.randint(11, 1504)}" if r.random() < 0.5 else ""), f"{c} - {a}, {pc}"
        if loc == "fr-FR":
            return f"{n} {s}", f"{pc} {c}"
        if loc == "fr-BE":
            return f"{s} {n}" + (f"/{r.randint(1, 12)}" if r.random() < 0.3 else ""), f"{pc} {c}"
        if loc == "de-DE":
            return f"{s} {n}" + (r.choice("abc") if r.random() < 0.1 else ""), f"{pc} {c}"
        if loc == "it-IT":
            return f"{s} {n}", f"{pc} {c} ({a})"
        if loc == "nl-NL":
            return f"{s} {n}" + (f"-{r.choice(['I', 'II', 'hs', 'A'])}" if r.random() < 0.3 else ""), f"{pc} {c}"
        if loc == "tr-TR":
            return f"{s} No: {n} D: {r.randint(1, 24)}", f"{pc} {a}/{c}"
        if loc == "pl-PL":
            return f"ul. {s} {n}" + (f"/{r.randint(1, 80)}" if r.random() < 0.6 else ""), f"{pc} {c}"
        if loc == "ro-RO":
            return f"{s} nr. {n}" + (f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}" if r.random() < 0.5 else ""), f"{pc} {c}" + (f", {a}" if c == "București" else "")
        if loc == "en-US":
            return f"{n} {s}" + (f" Apt {r.randint(1, 40)}{r.choice('ABCD')}" if r.random() < 0.25 else ""), f"{c}, {a} {pc}"
        if loc == "en-GB":
            return f"{r.randint(1, 180)} {s}" if r.random() < 0.8 else f"Flat {r.randint(1, 30)}, {r.randint(1, 90)} {s}", f"{c} {pc}"
        if loc == "en-IN":
            return f"{self.ch(['Flat', 'No.', 'H.No.'])} {r.randint(1, 60)}{'/' + str(r.randint(1, 9)) if r.random() < 0.3 else ''}, {s}", f"{c} - {pc}"
        if loc == "en-AU":
            return (f"Unit {r.randint(1, 30)}/{n} {s}" if r.random() < 0.3 else f"{n} {s}"), f"{c} {a} {pc}"
        if loc == "en-NG":
            return f"{n} {s}, {a}", f"{c}" + (f" {pc}" if r.random() < 0.4 else "")
        if loc == "en-KE":
            return f"{self.ch(['Apt', 'House', 'Hse'])} {r.randint(1, 40)}{r.choice('ABC')}, {s}, {a}", f"{c} {pc}" if r.random() < 0.5 else c
        if loc == "en-CA":
            return (f"{r.randint(100, 2400)}-{n} {s}" if r.random() < 0.3 else f"{n} {s}"), f"{c}, {a} {pc}"
        raise ValueError(loc)

    def addr1(self, p: P) -> str:
        """The address on one line."""
        return f"{p.line1}, {p.line2}"

    # -- phones
    def phone_obj(self, region: str, city: str | None = None, mobile: bool | None = None):
        rng = self.rng
        if region in ("US", "CA"):
            table = _US_AREAS if region == "US" else _CA_AREAS
            areas = table.get(city) or [a for k in table for a in table[k]]
            for _ in range(300):
                exch = rng.randint(201, 989)
                if exch % 100 == 11 or exch == 555:
                    continue
                num = phonenumbers.parse(f"+1{rng.choice(areas)}{exch}{rng.randint(0, 9999):04d}")
                if phonenumbers.is_valid_number(num):
                    return num
        if mobile is None:
            mobile = rng.random() < 0.65
        t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
        nsn = phonenumbers.national_significant_number(ex)
        for keep in (3, 2, 1):
            for _ in range(150):
                cand = nsn[:keep] + self.digits(len(nsn) - keep)
                num = phonenumbers.parse(f"+{ex.country_code}{cand}")
                if phonenumbers.is_valid_number(num) and cand != nsn:
                    return num
        raise RuntimeError(region)

    def phone(self, region: str, style: str | None = None, mobile: bool | None = None) -> str:
        return self.fmt_phone(self.phone_obj(region, None, mobile), style)

    def fmt_phone(self, num, style: str | None = None) -> str:
        F = phonenumbers.PhoneNumberFormat
        style = style or self.ch(["nat", "nat", "intl", "intl", "e164", "00", "dash", "dot", "plain", "spaced"])
        nat = phonenumbers.format_number(num, F.NATIONAL)
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, F.E164)
        if style == "nat":
            return nat
        if style == "intl":
            return intl
        if style == "e164":
            return e164
        if style == "00":
            return "00" + intl[1:] if self.p(0.5) else "00" + e164[1:]
        if style == "dash":
            return intl.replace(" ", "-") if self.p(0.5) else "".join(c if c.isdigit() else "-" for c in nat).strip("-").replace("--", "-")
        if style == "dot":
            return "".join(c if c.isdigit() else "." for c in nat).strip(".").replace("..", ".")
        if style == "plain":
            return "".join(c for c in nat if c.isdigit())
        if style == "spaced":
            digs = "".join(c for c in nat if c.isdigit())
            nsn = phonenumbers.national_significant_number(num)
            if self.p(0.5):
                return " ".join(digs[i:i + 3] for i in range(0, len(digs), 3))
            return "+" + str(num.country_code) + " " + " ".join(nsn[i:i + 2] for i in range(0, len(nsn), 2))
        raise ValueError(style)

    # -- US finance
    def ssn(self, style: str | None = None) -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        g, s = self.ri(1, 99), self.ri(1, 9999)
        style = style or self.ch(["-", "-", "-", " ", ""])
        return f"{a:03d}{style}{g:02d}{style}{s:04d}"

    def routing(self) -> str:
        while True:
            head = self.ch(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22",
                            "26", "31", "32"]) + self.digits(6)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            t = sum(int(c) * k for c, k in zip(head, w))
            chk = (10 - t % 10) % 10
            return head + str(chk)

    def account(self) -> str:
        return str(self.ri(1, 9)) + self.digits(self.ri(7, 11))

    # -- cards
    def card(self, brand: str | None = None, style: str | None = None) -> str:
        brand = brand or self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            num = _luhn(self.rng, "4", 16)
        elif brand == "mc":
            num = _luhn(self.rng, self.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        elif brand == "amex":
            num = _luhn(self.rng, self.ch(["34", "37"]), 15)
        else:
            num = _luhn(self.rng, "6011", 16)
        style = style or self.ch([" ", " ", "", "-"])
        if not style:
            return num
        if len(num) == 15:
            return style.join([num[:4], num[4:10], num[10:]])
        return style.join(num[i:i + 4] for i in range(0, 16, 4))

    def masked(self) -> str:
        l4 = self.digits(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"4{self.digits(5)}******{l4}",
                        f"•••• {l4}", f"************{l4}", f"5{self.digits(3)} **** **** {l4}"])

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        s = _iban_of(self.rng, cc)
        if spaced is None:
            spaced = self.p(0.6)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    # -- network
    def ip4(self) -> str:
        return _ip_public_v4(self.rng)

    def ip6(self) -> str:
        return _ip_public_v6(self.rng)

    def ip(self) -> str:
        return self.ip6() if self.p(0.2) else self.ip4()

    def priv_ip(self) -> str:
        r = self.ri
        return self.ch([f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}", f"192.168.{r(0, 20)}.{r(2, 254)}",
                        f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}", "127.0.0.1",
                        f"fe80::{self.hexs(4)}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4)}",
                        f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{r(1, 99)}"])

    # -- secrets
    def password(self) -> str:
        r = self.rng
        k = r.randint(0, 5)
        if k == 0:
            return self.ch(["Sommer", "Summer", "Verano", "Printemps", "Lato", "Zomer", "Yaz", "Winter", "Verão"]) + str(r.randint(2015, 2026)) + self.ch(["!", "#", "", "?", "*"])
        if k == 1:
            return self.ch(_PETS) + self.ch(["#", "_", "@", "."]) + str(r.randint(1970, 2012))
        if k == 2:
            return self.alnum(r.randint(10, 16), _ALNUM + "!@#$%&*?-_")
        if k == 3:
            return "-".join(self.ch(["tiger", "maple", "orbit", "cactus", "velvet", "lemon", "river", "piano", "ember", "cobalt"]) for _ in range(3)) + str(r.randint(1, 99))
        if k == 4:
            return self.ch(["Welcome", "Bienvenue", "Willkommen", "Bienvenido", "Welkom", "Benvenuto", "Hosgeldin"]) + str(r.randint(1, 9)) + self.ch(["!", "@", "#"]) + self.alnum(2, string.ascii_uppercase)
        return self.alnum(r.randint(3, 5), string.ascii_lowercase).capitalize() + str(r.randint(100, 9999)) + self.ch(["$", "!", "%", "&"]) + self.alnum(3, string.ascii_lowercase)

    def apikey(self, kind: str | None = None) -> str:
        kind = kind or self.ch(["stripe", "gh", "aws_secret", "slack", "google", "sendgrid", "twilio", "generic", "openai"])
        a = self.alnum
        if kind == "stripe":
            return self.ch(["sk_live_", "rk_live_", "sk_test_"]) + a(24)
        if kind == "gh":
            return self.ch(["ghp_", "gho_", "ghs_"]) + a(36)
        if kind == "aws_secret":
            return a(40, _ALNUM + "/+")
        if kind == "slack":
            return f"xoxb-{self.digits(11)}-{self.digits(13)}-{a(24)}"
        if kind == "google":
            return "AIza" + a(35, _ALNUM + "-_")
        if kind == "sendgrid":
            return f"SG.{a(22, _ALNUM + '-_')}.{a(43, _ALNUM + '-_')}"
        if kind == "twilio":
            return self.hexs(32)
        if kind == "openai":
            return "sk-proj-" + a(48, _ALNUM + "-_")
        return self.ch(["", "live_", "prod-", "key-"]) + a(32)

    # -- look-alikes
    def bcrypt(self) -> str:
        return f"$2{self.ch('aby')}${self.ch(['10', '12'])}$" + self.alnum(53, string.ascii_letters + string.digits + "./")

    def sha(self, n: int = 64) -> str:
        return self.hexs(n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def date(self, y0: int = 2022, y1: int = 2026) -> _dt.date:
        return _dt.date(self.ri(y0, y1), self.ri(1, 12), self.ri(1, 28))

    def dt(self, y0: int = 2023, y1: int = 2026) -> _dt.datetime:
        d = self.date(y0, y1)
        return _dt.datetime(d.year, d.month, d.day, self.ri(0, 23), self.ri(0, 59), self.ri(0, 59))

    def iso(self, ms: bool = True) -> str:
        t = self.dt()
        return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{self.ri(0, 999):03d}Z" if ms else "Z")

    def imei(self) -> str:
        return _luhn(self.rng, self.ch(["35", "86", "01", "49"]), 15)

    def version(self) -> str:
        return self.ch([f"{self.ri(1, 12)}.{self.ri(0, 20)}.{self.ri(0, 40)}",
                        f"{self.ri(1, 10)}.{self.ri(0, 9)}.{self.ri(0, 30)}.{self.ri(100, 9999)}",
                        f"v{self.ri(1, 5)}.{self.ri(0, 30)}.{self.ri(0, 9)}"])

    def amount(self, cur: str = "€", lo: float = 5, hi: float = 900) -> str:
        v = self.rng.uniform(lo, hi)
        if cur in ("€",):
            return f"{v:.2f}".replace(".", ",") + " €"
        if cur == "R$":
            return "R$ " + f"{v:.2f}".replace(".", ",")
        if cur == "TL":
            return f"{v:.2f}".replace(".", ",") + " TL"
        return f"{cur}{v:,.2f}"

    def ref(self, prefix: str, n: int = 8) -> str:
        return prefix + self.digits(n)

    def coords(self, loc: str | None = None) -> str:
        lat, lon = _CENTER.get(loc, (self.rng.uniform(-35, 55), self.rng.uniform(-100, 30)))
        return f"{lat + self.rng.uniform(-1.5, 1.5):.6f},{lon + self.rng.uniform(-1.5, 1.5):.6f}"

    def clock(self, start: _dt.datetime | None = None):
        """Returns a function giving increasing timestamps (chat exports, logs)."""
        state = [start or self.dt(2025, 2026)]

        def tick(fmt: str) -> str:
            state[0] += _dt.timedelta(seconds=self.ri(20, 900))
            return state[0].strftime(fmt)
        return tick

    def last4(self) -> str:
        return self.digits(4)

    def plate(self, loc: str) -> str:
        L = string.ascii_uppercase
        if loc == "de-DE":
            return f"{self.ch(['B', 'M', 'HH', 'K', 'F', 'S'])}-{self.alnum(2, L)} {self.ri(1, 9999)}"
        if loc == "it-IT" or loc == "fr-FR":
            return f"{self.alnum(2, L)}-{self.digits(3)}-{self.alnum(2, L)}" if loc == "fr-FR" else f"{self.alnum(2, L)} {self.digits(3)}{self.alnum(2, L)}"
        if loc == "en-GB":
            return f"{self.alnum(2, L)}{self.ri(10, 74)} {self.alnum(3, L)}"
        return f"{self.alnum(3, L)}-{self.digits(4)}"


# == free-text templates ======================================================================
# Each template takes the generator and returns a Text; values are fresh per call.

def _clinic_referral_de(g: G) -> Text:
    pt, dr, mfa = g.person("de-DE"), g.person("de-DE"), g.person("de-DE")
    b = _B()
    appt = g.date(2024, 2026)
    b("Von: ", (dr.full, PER), " <", (g.work_email(dr, "praxis-" + _ascii(dr.last.split()[0]).lower() + ".de"), EM), ">\n")
    b("An: ", ("ambulanz-kardiologie@klinikum-nord.de", EM), "\nBetreff: Überweisung ", (pt.last, PER), ", ", (pt.first, PER),
      " – Termin ", appt.strftime("%d.%m.%Y"), "\n\n")
    b("Sehr geehrte Kolleginnen und Kollegen,\n\nich überweise Ihnen ", g.ch(["Frau", "Herrn"]), " ", (pt.full, PER),
      ", geb. ", (pt.dob_s, DOB), ", wohnhaft ", (g.addr1(pt), ADDR), ", zur Abklärung rezidivierender Palpitationen.\n")
    b("Versichertennr.: ", g.ch("ABCDEFGHKLMNPRSTUVWZ") + g.digits(9), " | IK: 10", g.digits(7), "\n")
    b("Rückfragen der Patientin/des Patienten bitte unter ", (pt.mobile, PH), ".\n")
    b("Langzeit-EKG vom ", g.date(2024, 2025).strftime("%d.%m.%Y"), " liegt bei (Befund-ID ", g.uuid()[:13], ").\n\n")
    b("Mit freundlichen Grüßen\n\nDr. med. ", (dr.full, PER), "\nFachärztin/Facharzt für Allgemeinmedizin\n")
    b((dr.line1 + "\n" + dr.line2, ADDR), "\nTel. ", (dr.phone, PH), " · Fax ", g.phone("DE", "nat", False), "\n")
    b("i.A. ", (mfa.first, PER), " (MFA)")
    return b.done()


def _clinic_sms_es(g: G) -> Text:
    pt = g.person("es-ES")
    b = _B()
    d = g.dt(2025, 2026)
    if g.p(0.5):
        b("Hola ", (pt.first, PER), ", le recordamos su cita en Consultas Externas (Traumatología) el ",
          d.strftime("%d/%m"), " a las ", d.strftime("%H:%M"), ". Planta 2, box ", str(g.ri(1, 14)),
          ". Para anular responda BAJA o llame al ", (g.phone("ES", "nat", False), PH), ". Ref. cita ",
          g.ref("CEX-", 7), ". Hospital Univ. San Rafael")
    else:
        b("HOSP.SAN RAFAEL: ", (pt.full.upper(), PER), " NHC ", g.digits(7), ". Cita ", d.strftime("%d/%m/%Y %H:%M"),
          " Dermatología. Traiga DNI y tarjeta sanitaria. Cambios: ", (g.phone("ES", "plain", False), PH),
          " o citaweb.hsr.es. No responda a este SMS.")
    return b.done()


def _clinic_stt_en_us(g: G) -> Text:
    pt, ag = g.person("en-US"), g.person("en-US")
    b = _B()
    dob = pt.dob
    spoken = f"{_MONTHS['en'][dob.month - 1].lower()} {dob.day} {dob.year}" if g.p(0.6) else dob.strftime("%m %d %Y")
    b(f"[call_id={g.uuid()} queue=outpatient_sched lang=en-US asr_conf=0.{g.ri(71, 96)}]\n")
    b("agent: thank you for calling riverside outpatient scheduling this is ", (ag.first.lower(), PER),
      " how can i help\n")
    b("caller: hi yeah i need to move my mri appointment it was for ", _MONTHS["en"][g.ri(0, 11)].lower(), " ",
      str(g.ri(1, 28)), "th\n")
    b("agent: sure can i get your full name and date of birth\n")
    b("caller: it's ", (pt.full.lower(), PER), " date of birth ", (spoken, DOB), "\n")
    b("agent: and the best callback number\n")
    nsn = phonenumbers.national_significant_number(pt.phone_obj)
    b("caller: ", (f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", PH), "\n")
    b("agent: ok i see the order from doctor ", (g.fk["en_US"].last_name().lower(), PER),
      " auth number ", " ".join(g.digits(3)), " ", g.digits(4), " um i can do the ", str(g.ri(2, 28)),
      "th at ", str(g.ri(7, 11)), " thirty\n")
    b("caller: that works thanks\n")
    b("agent: you're all set confirmation is r x ", g.digits(6))
    return b.done()


def _clinic_form_en_gb(g: G) -> Text:
    pt, nok = g.person("en-GB"), g.person("en-GB")
    b = _B()
    b("NEW PATIENT REGISTRATION – OUTPATIENTS (scanned ", g.date(2025, 2026).strftime("%d/%m/%Y"), ")\n")
    b("Title: ", g.ch(["Mr", "Mrs", "Ms", "Miss", "Dr"]), "\n")
    b("Surname: ", (pt.last.upper(), PER), "\nForename(s): ", (pt.first, PER), "\n")
    b("Date of birth: ", (pt.dob.strftime(g.ch(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])), DOB), "\n")
    b("NHS No: ", f"{g.digits(3)} {g.digits(3)} {g.digits(4)}", "   Hospital No: RX", g.digits(6), "\n")
    b("Address: ", (pt.line1 + ",\n         " + pt.line2, ADDR), "\n")
    b("Tel (mobile): ", (pt.mobile, PH), "   Tel (home): ", (pt.phone, PH) if g.p(0.6) else "n/a", "\n")
    b("Email: ", (pt.email, EM), "\n")
    b("Place of birth: ", (g.ch(["Leeds", "Glasgow", "Karachi", "Lagos", "Kraków", "Dublin", "Kingston", "Cork"]), LOC), "\n")
    b("GP practice: ", g.ch(["Beech House Surgery", "The Elms Medical Centre", "Parkside Group Practice"]),
      " (", g.ch("ABCDEFGHJKLMNPY") + g.digits(5), ")\n")
    b("Next of kin: ", (nok.full, PER), " (", g.ch(["wife", "husband", "daughter", "son", "partner", "mother"]),
      ")  Tel: ", (nok.mobile, PH), "\n")
    b("Interpreter required: ", g.ch(["No", "Yes – Polish", "Yes – Urdu", "No"]), "   Consent to SMS: ", g.ch(["Y", "N"]))
    return b.done()


def _clinic_json_en_in(g: G) -> Text:
    pt = g.person("en-IN")
    b = _B()
    for i in range(g.ri(3, 5)):
        t = g.iso()
        ev = g.ch(["login", "otp_verify", "view_report", "book_slot", "profile_update", "logout"])
        b('{"ts":"', t, '","svc":"patient-portal","ver":"', g.version(), '","event":"', ev, '","uhid":"UH',
          g.digits(8), '"')
        if ev in ("login", "otp_verify"):
            b(',"user":"', (pt.email, EM), '","client_ip":"', (g.ip(), IP), '"')
        elif ev == "profile_update":
            b(',"changes":{"mobile":"', (pt.mobile, PH), '","address":"', (g.addr1(pt), ADDR), '"}')
        elif ev == "book_slot":
            b(',"dept":"ORTHO-OPD","slot":"', g.iso(False), '","doctor_id":"D', g.digits(4), '"')
        else:
            b(',"report_id":"', g.uuid(), '","upstream":"', g.priv_ip(), '"')
        b(',"latency_ms":', str(g.ri(8, 900)), '}\n')
    return b.done()


def _clinic_ticket_fr_be(g: G) -> Text:
    pt, ag, ag2 = g.person("fr-BE"), g.person("fr-BE"), g.person("fr-BE")
    b = _B()
    b("Ticket #", g.digits(6), " – Facturation consultation externe\nCanal : formulaire web | Priorité : normale\n\n")
    b("Bonjour,\nJe conteste la facture n° ", g.ref("F", 9), " du ", g.date(2025, 2026).strftime("%d/%m/%Y"),
      " (", g.amount("€", 20, 180), "). Ma mutuelle a déjà payé. Je suis ", (pt.full, PER), ", né(e) le ",
      (pt.dob_s, DOB), ". Vous pouvez me joindre au ", (pt.mobile, PH), ".\n")
    b("Remboursement éventuel sur mon compte ", (g.iban("BE"), IBAN), ".\nMerci\n\n")
    b("--- Note interne (", (ag.first + " " + ag.last[0] + ".", PER), ") ---\n")
    b("Patient retrouvé, NISS masqué, adresse au dossier : ", (g.addr1(pt), ADDR),
      ". Paiement mutuelle visible (réf. MUT-", g.digits(10), "). Transmis à ", (ag2.first, PER),
      " pour note de crédit. Ne pas rappeler avant ", g.date(2025, 2026).strftime("%d/%m"), ".")
    return b.done()


def _claims_notes_en_au(g: G) -> Text:
    pt, w = g.person("en-AU"), g.person("en-AU")
    b = _B()
    b("FNOL – Motor | Claim ", g.ref("MOT-", 8), " | Policy ", g.ch(["CPA", "MTR"]), g.digits(9), "\n")
    b("Caller: ", (pt.full, PER), " (policyholder), DOB ", (pt.dob_s, DOB), ", verified via ",
      g.ch(["DOB + postcode", "DOB + email"]), ".\n")
    b("Incident ", g.date(2025, 2026).strftime("%d/%m/%Y"), " approx ", f"{g.ri(6, 21)}:{g.ri(0, 5)}0",
      " – rear-ended at lights on ", g.ch(["Parramatta Rd", "Hoddle St", "Coronation Dr", "Canning Hwy"]),
      ". Vehicle ", g.ch(["2019 Mazda CX-5", "2021 Toyota RAV4", "2017 Hyundai i30", "2022 Kia Sportage"]),
      " rego ", g.alnum(3, string.ascii_uppercase), g.digits(3), ".\n")
    b("Third party: ", (w.full, PER), ", ph ", (w.mobile, PH), ", insurer ", g.ch(["AAMI", "NRMA", "RACV", "Budget Direct"]),
      " ref ", g.digits(8), ".\n")
    b("Customer currently staying with sister in ", (g.ch(["Ballarat", "Wollongong", "Toowoomba", "Bendigo", "Cairns"]), LOC),
      " – send docs to ", (pt.email, EM), ", not home address (", (g.addr1(pt), ADDR), ").\n")
    b("Excess ", g.amount("$", 500, 1200), " explained. Hire car approved up to 14 days. Assessor booked ",
      g.date(2025, 2026).strftime("%d/%m"), ".")
    return b.done()


def _claims_email_en_gb(g: G) -> Text:
    pt, h = g.person("en-GB"), g.person("en-GB")
    b = _B()
    claim = g.ref("HH/", 7)
    b("From: ", (pt.full, PER), " <", (pt.email, EM), ">\nTo: ", ("claims@" + g.ch(["hearthsure", "britannia-home", "oakmutual"]) + ".co.uk", EM),
      "\nSubject: RE: Escape of water claim ", claim, "\n\n")
    b("Hi ", (h.first, PER), ",\n\nThe plumber's invoice is attached (", g.amount("£", 180, 900),
      "). The loss adjuster can visit any weekday after 2pm, my number is ", (pt.mobile, PH), ".\n\nThanks,\n",
      (pt.first, PER), "\n\n")
    sent = g.dt(2025, 2026)
    b("On ", sent.strftime("%a %d %b %Y at %H:%M"), ", ", (h.full, PER), " <", (g.work_email(h, "hearthsure.co.uk"), EM),
      "> wrote:\n")
    b("> Dear ", g.ch(["Mr", "Ms", "Mrs"]), " ", (pt.last, PER), ",\n> \n> Thank you for reporting the leak at\n> ",
      (pt.line1, ADDR), "\n> ", (pt.line2, ADDR), "\n")
    b("> Please send us the invoice and photos, quoting ", claim, ".\n> Our adjuster will call you to arrange a visit.\n> \n> Kind regards\n> ",
      (h.full, PER), "\n> Claims Handler, Household\n> ", (g.phone("GB", "nat", False), PH))
    return b.done()


def _claims_form_pt_br(g: G) -> Text:
    pt = g.person("pt-BR")
    b = _B()
    b("sinistro_id=", g.ref("SIN", 10), "&apolice=", g.digits(4), ".", g.digits(6), "&ramo=residencial")
    b("&segurado_nome=", (pt.full, PER), "&segurado_nasc=", (pt.dob_s, DOB), "&email=", (pt.email, EM))
    b("&celular=", (pt.mobile, PH), "&endereco_risco=", (g.addr1(pt), ADDR))
    b("&data_ocorrencia=", g.date(2025, 2026).strftime("%d/%m/%Y"), "&valor_estimado=", g.amount("R$", 800, 15000))
    b("&banco=", g.ch(["341", "237", "001", "104", "260"]), "&iban_reembolso=", (g.iban("BR", False), IBAN))
    b("&chave_pix=", (pt.email, EM) if g.p(0.5) else (g.fmt_phone(pt.phone_obj, "e164"), PH))
    b("&canal=app&app_version=", g.version(), "&device_ip=", (g.ip4(), IP), "&lgpd_consent=true")
    return b.done()


def _claims_crm_it(g: G) -> Text:
    pt, per = g.person("it-IT"), g.person("it-IT")
    b = _B()
    b("[CRM Sinistri] Pratica ", g.ref("SX", 9), " – RCA\n")
    b(g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), " – op. ", (per.full, PER), "\n")
    b("Chiamata in entrata dal contraente ", (pt.full, PER), " (nato a ",
      (g.ch(["Caserta", "Lecce", "Bergamo", "Cosenza", "Padova", "Salerno"]), LOC), " il ", (pt.dob_s, DOB),
      "). Conferma residenza in ", (g.addr1(pt), ADDR), ".\n")
    b("Controparte: veicolo targa ", g.plate("it-IT"), ", compagnia ", g.ch(["Generali", "UnipolSai", "Allianz", "Reale Mutua"]),
      ". CID firmato da entrambi.\n")
    b("Liquidazione proposta ", g.amount("€", 400, 4000), " su IBAN ", (g.iban("IT"), IBAN), ".\n")
    b("Cliente chiede di essere contattato solo via mail (", (pt.email, EM), ") o al ", (pt.mobile, PH),
      " dopo le 18. Carrozzeria convenzionata: Carrozzeria ", g.fk["it_IT"].last_name(), " & Figli.")
    return b.done()


def _claims_csv_en_us(g: G) -> Text:
    b = _B()
    ag = g.person("en-US")
    b("Ticket DS-", g.digits(5), ": batch ", g.date(2025, 2026).strftime("%Y%m%d"), " failed ACH validation, pasted rows below\n\n")
    b("claim_no,claimant,ssn,dob,routing,account,amount,status\n")
    for _ in range(g.ri(2, 4)):
        p = g.person("en-US")
        b(g.ref("CLM", 8), ',"', (p.last + ", " + p.first, PER), '",', (g.ssn("-"), SSN), ",", (p.dob.strftime("%Y-%m-%d"), DOB), ",",
          g.routing(), ",", (g.account(), BANK), ",", f"{g.rng.uniform(200, 9000):.2f}", ",",
          g.ch(["R03", "R04", "OK", "R02"]), "\n")
    b("\nR03/R04 = no account / invalid account number. ", (ag.first, PER), " please re-key from the claim forms.")
    return b.done()


def _claims_sms_en_ng(g: G) -> Text:
    pt, ag = g.person("en-NG"), g.person("en-NG")
    b = _B()
    b("[", g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), "] LEADWAY-CLM: Dear ", (pt.first, PER),
      ", your claim ", g.ref("LCL/", 7), " has been registered. Pls upload police report via the app.\n")
    b("[", g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), "] ", (pt.mobile, PH), ": Ok. My car was parked at my house ",
      (g.addr1(pt), ADDR), " when it happened. Call me on ", (g.fmt_phone(g.phone_obj("NG", mobile=True), "nat"), PH),
      " the other line is not going\n")
    b("[", g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), "] LEADWAY-CLM: Noted. Your adjuster is ", (ag.full, PER),
      ", ", (ag.mobile, PH), ". Settlement of N", f"{g.ri(150, 2500)},000", " will be paid to acct ending ",
      g.last4(), ".")
    return b.done()


def _hotel_confirm_fr(g: G) -> Text:
    gu = g.person("fr-FR")
    b = _B()
    a = g.date(2025, 2026)
    nights = g.ri(1, 6)
    b("Objet : Confirmation de réservation n° ", g.alnum(2, string.ascii_uppercase), g.digits(7), "\n\n")
    b("Bonjour ", g.ch(["Madame", "Monsieur"]), " ", (gu.last, PER), ",\n\n")
    b("Nous avons le plaisir de confirmer votre séjour à l'Hôtel ", g.ch(["Le Marais Saint-Paul", "Victor Hugo Opéra", "Les Capucins", "Bellecour Parc"]),
      " du ", a.strftime("%d/%m/%Y"), " au ", (a + _dt.timedelta(days=nights)).strftime("%d/%m/%Y"), " (", str(nights),
      " nuit(s), chambre Double Supérieure, tarif ", g.ch(["Flex", "Non remboursable", "Petit-déjeuner inclus"]), ").\n")
    b("Titulaire : ", (gu.full, PER), "\nE-mail : ", (gu.email, EM), "\nTéléphone : ", (gu.mobile, PH), "\n")
    b("Garantie : carte ", g.masked(), " (exp. ", f"{g.ri(1, 12):02d}/{g.ri(26, 30)}", ")\n")
    b("Montant total : ", g.amount("€", 120, 1400), " TTC, taxe de séjour incluse.\n\n")
    b("Arrivée à partir de 15h00, départ avant 11h00. Parking sur demande.\n\nÀ bientôt,\nLa Réception\n")
    b((g.ch(["12 rue de Sévigné\n75004 Paris", "5 place Bellecour\n69002 Lyon", "18 cours de l'Intendance\n33000 Bordeaux"]), ADDR),
      "\nTél. ", (g.phone("FR", "nat", False), PH))
    return b.done()


def _hotel_shift_en_gb(g: G) -> Text:
    b = _B()
    p1, p2, p3, rec = g.person("en-GB"), g.person("en-GB"), g.person("en-GB"), g.person("en-GB")
    b("NIGHT AUDIT / SHIFT HANDOVER – ", g.date(2025, 2026).strftime("%a %d/%m/%Y"), " – handed over by ", (rec.first, PER), "\n")
    b("- Rm ", str(g.ri(101, 540)), " ", (p1.last.upper(), PER), ": late arrival ~01:30 from ",
      (g.ch(["Aberdeen", "Belfast", "Newcastle", "Dublin", "Exeter"]), LOC), ", key left in envelope. Mobile ", (p1.mobile, PH), "\n")
    b("- Rm ", str(g.ri(101, 540)), " ", (p2.full, PER), " complained about noise from the Churchill Suite function (", 
      g.ch(["Hughes wedding", "Patel 40th", "Barclay & Sons AGM"]), "). Comped breakfast, code CMP-", g.digits(4), "\n")
    b("- Card declined for ", (p3.full, PER), ", pre-auth ", g.amount("£", 80, 400), " on ", g.masked(), ". Asked to settle at checkout.\n")
    if g.p(0.5):
        b("- Rm ", str(g.ri(101, 540)), " pet-friendly, dog '", g.ch(_PETS), "' registered, cleaning fee ", g.amount("£", 25, 60), ".\n")
    b("- Lost property: ", g.ch(["black Samsung phone", "child's teddy", "reading glasses", "laptop charger"]), ", bag LP-", g.digits(3), ".\n")
    b("- Wi-Fi controller ", g.priv_ip(), " rebooted at 03:10, firmware ", g.version(), ".\n")
    b("Occupancy ", str(g.ri(55, 99)), "%, ADR ", g.amount("£", 90, 210), ".")
    return b.done()


def _hotel_chat_es_mx(g: G) -> Text:
    gu, rc = g.person("es-MX"), g.person("es-MX")
    b = _B()
    tick = g.clock()
    def ts():
        return tick("%d/%m/%y, %H:%M")
    gname = gu.first + " " + gu.last.split()[0]
    b("[", ts(), "] Hotel Casa ", g.ch(["Alameda", "Madero", "Luna"]), " Recepción: Buenas noches, ¿en qué le podemos ayudar?\n")
    b("[", ts(), "] ", (gname, PER), ": Hola, tengo reservación para mañana a nombre de ", (gu.full, PER),
      ", llego en el vuelo de ", (g.ch(["Monterrey", "Guadalajara", "Tijuana", "Cancún", "Houston"]), LOC), " como a las 2am\n")
    b("[", ts(), "] Hotel Casa Recepción: Claro, su folio es ", g.ref("RSV-", 6), ". ¿Nos confirma un correo para la factura?\n")
    b("[", ts(), "] ", (gname, PER), ": ", (gu.email, EM), " y el RFC te lo paso mañana. Mi cel por si acaso ", (gu.mobile, PH), "\n")
    if g.p(0.5):
        b("[", ts(), "] ", (gname, PER), ": y para la garantía usen esta tarjeta ", (g.card(style=g.ch([" ", ""])), CC), " vence ",
          f"{g.ri(1, 12):02d}/{g.ri(26, 30)}", "\n")
    b("[", ts(), "] Hotel Casa Recepción: Perfecto, lo registra ", (rc.first, PER), " en el turno de noche. Estacionamiento ",
      g.amount("$", 150, 300), " MXN por noche.\n")
    b("[", ts(), "] ", (gname, PER), ": 👍 gracias")
    return b.done()


def _hotel_access_en_us(g: G) -> Text:
    b = _B()
    p = g.person("en-US")
    user = _ascii(p.first[0] + p.last).lower()
    for _ in range(g.ri(4, 6)):
        t = g.dt(2025, 2026)
        k = g.ri(0, 4)
        ip_pub = g.p(0.7)
        ipv = g.ip4() if ip_pub else g.priv_ip()
        b((ipv, IP) if ip_pub else ipv, " - ", user if k != 0 else "-", " [", t.strftime("%d/%b/%Y:%H:%M:%S"), " -0500] ")
        if k == 0:
            b('"POST /pms/api/v2/reservations/search HTTP/1.1" 200 ', str(g.ri(300, 9000)), ' "-" "PMSClient/', g.version(), '"\n')
        elif k == 1:
            b('"GET /pms/guest/', g.digits(7), '/folio?print=1 HTTP/1.1" 200 ', str(g.ri(3000, 90000)), ' "-" "Mozilla/5.0"\n')
        elif k == 2:
            if g.p(0.5):
                b('"GET /pms/login?user=', (p.email, EM), '&pwd=', (g.password(), PW), ' HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n')
            else:
                b('"POST /pms/login HTTP/1.1" 302 0 "-" "Mozilla/5.0" user=', (p.email, EM), "\n")
        elif k == 3:
            b('"GET /pms/rates?property=AUS', g.digits(2), '&from=', g.date(2025, 2026).isoformat(), ' HTTP/1.1" 304 0 "-" "okhttp/4.', str(g.ri(9, 12)), '"\n')
        else:
            b('"PUT /pms/guest/', g.digits(7), '/profile HTTP/1.1" 200 88 "-" "Mozilla/5.0" body_keys=[phone,email] phone=', (p.phone, PH), "\n")
    return b.done()


def _hotel_ocr_de(g: G) -> Text:
    gu, co = g.person("de-DE"), g.person("de-DE")
    b = _B()
    a = g.date(2025, 2026)
    b("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN   Nr. ", g.digits(6), "\n")
    b("Ankunft: ", a.strftime("%d.%m.%Y"), "   Voraussichtl. Abreise: ", (a + _dt.timedelta(days=g.ri(1, 9))).strftime("%d.%m.%Y"), "\n")
    b("Familienname: ", (gu.last, PER), "      Vorname(n): ", (gu.first, PER), "\n")
    b("Geburtsdatum: ", (gu.dob_s, DOB), "   Geburtsort: ", (g.ch(["Essen", "Rostock", "Graz", "Izmir", "Kattowitz", "Kassel", "Bozen"]), LOC), "\n")
    b("Staatsangehörigkeit: ", g.ch(["deutsch", "DE", "österr.", "türkisch"]), "\n")
    b("Anschrift: ", (gu.line1 + " " + gu.line2, ADDR), "\n")
    b("Mitreisende: ", (co.first + " " + gu.last if g.p(0.5) else co.full, PER), ", Kinder: ", str(g.ri(0, 2)), "\n")
    b("Ausweis-Nr.: ", g.ch("CFGHJKLMNPRTVWXYZ") + g.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "\n")
    b("Unterschrift: ", g.ch(["_________", "[unleserlich]", "[Unterschrift]"]), "\n")
    b("OCR-Konfidenz 0.", str(g.ri(61, 98)), " | Scan ", g.sha(12))
    return b.done()


def _hotel_ticket_en_ke(g: G) -> Text:
    gu, mg = g.person("en-KE"), g.person("en-KE")
    b = _B()
    b("Case #", g.digits(7), " | Property: ", g.ch(["Lake Naivasha Resort", "Westlands Suites", "Nyali Beach Hotel"]), " | Channel: email\n\n")
    b("Guest message:\nI stayed ", g.date(2025, 2026).strftime("%d/%m"), "-", g.date(2025, 2026).strftime("%d/%m"),
      " and was charged twice (KES ", f"{g.ri(12, 95)},{g.ri(100, 999)}", "). M-Pesa code ",
      g.alnum(10, string.ascii_uppercase + string.digits), ". Please refund to ", (gu.mobile, PH), ". I live in ",
      (g.ch(["Kisumu", "Nakuru", "Eldoret", "Machakos", "Nyeri"]), LOC), " so I cannot come to the front office.\n",
      "- ", (gu.full, PER), "\n\n")
    b("Internal note (", (mg.full, PER), ", Front Office Manager): duplicate confirmed in Opera, folio ", g.digits(6),
      ". Reversal raised. Guest email on profile: ", (gu.email, EM), ". Loyalty tier Gold, member no. ", g.digits(10), ".")
    return b.done()


def _adm_form_en_in(g: G) -> Text:
    ap, fa = g.person("en-IN", (2003, 2008)), g.person("en-IN", (1965, 1980))
    b = _B()
    b("application_no: UGA-", g.digits(7), "\nprogramme: B.Tech Computer Science\n")
    b("candidate_name: ", (ap.full.upper(), PER), "\n")
    b("date_of_birth: ", (ap.dob.strftime(g.ch(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"])), DOB), "\n")
    b("place_of_birth: ", (g.ch(["Nagpur", "Madurai", "Lucknow", "Patna", "Mysuru", "Coimbatore"]), LOC), "\n")
    b("father_name: ", (fa.first + " " + ap.last, PER), "\n")
    b("mobile: ", (ap.mobile, PH), "\nalt_mobile: ", (fa.mobile, PH), "\n")
    b("email: ", (ap.email, EM), "\n")
    b("permanent_address: ", (g.addr1(ap), ADDR), "\n")
    b("jee_main_roll: ", g.digits(12), "\npercentile: ", f"{g.rng.uniform(80, 99.9):.4f}", "\n")
    b("category: ", g.ch(["GEN", "OBC-NCL", "SC", "EWS"]), "\nfee_txn: ", g.alnum(4, string.ascii_uppercase), g.digits(12),
      " (", g.amount("₹", 1000, 2500), ")\nsubmitted_at: ", g.iso(False))
    return b.done()


def _adm_email_en_ca(g: G) -> Text:
    st, off = g.person("en-CA", (2000, 2007)), g.person("en-CA")
    b = _B()
    b("Hi ", (st.first, PER), ",\n\nThank you for your application to the Faculty of Engineering (ID ",
      g.digits(8), "). Your file is complete except for your final transcript from ",
      g.ch(["Northern Secondary School", "Lord Byng Secondary", "Sir Winston Churchill High School"]), ".\n\n")
    b("Please upload it by ", g.date(2025, 2026).strftime("%B %d, %Y"), ". Decisions are released on the portal; we will not send them by email.\n\n")
    b("Best regards,\n\n", (off.full, PER), "\nAdmissions Officer | Undergraduate Recruitment\n")
    b((g.ch(["Room 1140, 27 King's College Circle\nToronto, ON M5S 1A1", "2016-1874 East Mall\nVancouver, BC V6T 1Z1",
             "845 Sherbrooke St W\nMontréal, QC H3A 0G4"]), ADDR), "\n")
    b("T ", (g.phone("CA", "nat", False), PH), " ext. ", str(g.ri(1000, 9999)), " | ", (g.work_email(off, "admissions.ca"), EM), "\n")
    b("Pronouns: ", g.ch(["she/her", "he/him", "they/them"]))
    return b.done()


def _adm_config_en_us(g: G) -> Text:
    b = _B()
    b("# admissions-portal/.env.production  (pasted by mistake in #adm-dev, rotate!)\n")
    b("APP_ENV=production\nAPP_VERSION=", g.version(), "\nDB_HOST=", g.priv_ip(), "\nDB_PORT=5432\nDB_USER=adm_app\n")
    b("DB_PASSWORD=", (g.password(), PW), "\n")
    b("SMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\nSMTP_PASS=", (g.apikey("sendgrid"), KEY), "\n")
    b("STRIPE_SECRET_KEY=", (g.apikey("stripe"), KEY), "\nSTRIPE_PUBLISHABLE_KEY=pk_live_<redacted>\n")
    b("RECAPTCHA_SITE_KEY_ID=", g.uuid(), "\nJWT_ALGO=RS256\nJWT_KID=adm-", g.date(2024, 2025).strftime("%Y-%m"), "\n")
    b("ADMIN_PASSWORD_POLICY=min12,upper,digit,symbol\nSESSION_SECRET_HASH=", g.sha(64), "\n")
    b("ALLOWED_ORIGINS=https://apply.example.edu,http://", g.ch(["localhost:3000", f"10.{g.ri(0, 255)}.{g.ri(0, 255)}.{g.ri(1, 254)}:8080"]), "\n")
    return b.done()


def _adm_letter_pl(g: G) -> Text:
    st, pr = g.person("pl-PL", (2002, 2007)), g.person("pl-PL", (1960, 1985))
    b = _B()
    b(g.ch(["Kraków", "Warszawa", "Gdańsk"]), ", ", g.date(2025, 2026).strftime("%d.%m.%Y"), " r.\n\n")
    b("OPINIA / LIST POLECAJĄCY\n\nNiniejszym rekomenduję kandydaturę ", (st.full, PER), " (ur. ", (st.dob_s, DOB),
      " w ", (g.ch(["Tarnowie", "Rzeszowie", "Olsztynie", "Kielcach", "Opolu"]), LOC), ") na studia I stopnia.\n")
    b("Pan(i) ", (st.last, PER), " był(a) uczniem/uczennicą ", g.ch(["V LO im. Augusta Witkowskiego", "XIV LO im. Stanisława Staszica"]),
      " i laureatem olimpiady matematycznej (nr dyplomu ", g.digits(4), "/", g.digits(2), ").\n")
    b("Kontakt do kandydata: ", (st.email, EM), ", tel. ", (st.mobile, PH), ".\n\n")
    b("Z poważaniem\n", g.ch(["dr", "mgr", "dr hab."]), " ", (pr.full, PER), "\nnauczyciel matematyki\n", (pr.email, EM))
    return b.done()


def _adm_chat_nl(g: G) -> Text:
    st, ag = g.person("nl-NL", (2001, 2007)), g.person("nl-NL")
    b = _B()
    b("Chat gestart ", g.dt(2025, 2026).strftime("%d-%m-%Y %H:%M"), " – Studielink ondersteuning\n")
    b((ag.first, PER), " (medewerker): Goedemiddag, waarmee kan ik je helpen?\n")
    b((st.first, PER), ": hoi, mijn inschrijving voor Psychologie staat nog op 'in behandeling'. studentnummer ", g.digits(7), "\n")
    b((ag.first, PER), ": Ik zie je aanvraag. Klopt je geboortedatum ", (st.dob_s, DOB), " en woonadres ", (g.addr1(st), ADDR), "?\n")
    b((st.first, PER), ": ja klopt, maar ik verhuis in september naar ", (g.ch(["Leiden", "Maastricht", "Zwolle", "Delft", "Enschede"]), LOC), "\n")
    b((ag.first, PER), ": Prima, dat kun je later wijzigen. Je collegegeld (", g.amount("€", 2300, 2700),
      ") wordt afgeschreven van ", (g.iban("NL"), IBAN), ". Machtiging ID ", g.alnum(3, string.ascii_uppercase), g.digits(9), ".\n")
    b((st.first, PER), ": top, dank je!")
    return b.done()


def _adm_subjects_en_ng(g: G) -> Text:
    b = _B()
    lines = []
    for _ in range(g.ri(3, 5)):
        p = g.person("en-NG", (2003, 2008))
        k = g.ri(0, 4)
        if k == 0:
            lines.append(["[UNILAG Admissions] Post-UTME screening slip for ", (p.full, PER), " – Reg. No. ", g.digits(8), g.alnum(2, string.ascii_uppercase)])
        elif k == 1:
            lines.append(["Re: Change of course request (JAMB ", g.digits(10), ") – ", (p.first, PER)])
        elif k == 2:
            lines.append(["Acceptance fee received: NGN ", f"{g.ri(20, 70)},000", " ref RRR-", g.digits(12)])
        elif k == 3:
            lines.append(["Your portal password was changed on ", g.dt().strftime("%d/%m/%Y %H:%M"), " – if this wasn't you contact ", ("ict@unilag.edu.ng", EM)])
        else:
            lines.append(["Hostel allocation list ", g.date(2025, 2026).strftime("%Y/%m"), " – Block C (no action needed)"])
    b.lines(lines)
    return b.done()


def _tel_stt_en_gb(g: G) -> Text:
    cu, ag = g.person("en-GB"), g.person("en-GB")
    b = _B()
    dob = cu.dob
    b("transcript (auto) – sim swap request – ", g.iso(False), "\n")
    b("agent: you're through to ", (ag.first.lower(), PER), " can i take the number you're calling about\n")
    b("customer: yeah it's ", (g.fmt_phone(g.phone_obj("GB", mobile=True), g.ch(["spaced", "plain", "nat"])), PH), "\n")
    b("agent: and the account holder's name\n")
    b("customer: ", (cu.full.lower(), PER), "\n")
    b("agent: first line of the address and postcode please\n")
    b("customer: ", (cu.line1.lower() + " " + cu.pc.lower(), ADDR), "\n")
    b("agent: and date of birth\n")
    b("customer: ", (f"{dob.day} {_MONTHS['en'][dob.month - 1].lower()} {dob.year}", DOB), "\n")
    b("agent: thanks i've sent a code to your email ending ", g.ch(["gmail", "hotmail", "outlook"]), " dot com can you read it back\n")
    b("customer: ", " ".join(g.digits(6)), "\n")
    b("agent: lovely the new sim ending ", g.digits(4), " will be active in about two hours imei on file ", g.imei(), "\n")
    b("[flag: sim-swap fraud check score ", str(g.ri(5, 95)), "/100]")
    return b.done()


def _tel_port_tr(g: G) -> Text:
    cu, ag = g.person("tr-TR"), g.person("tr-TR")
    b = _B()
    b("Talep No: TKT-", g.digits(8), " | Konu: Numara taşıma (port-in) | Öncelik: Yüksek\n")
    b("Abone: ", (cu.full, PER), "\nTaşınacak hat: ", (g.fmt_phone(g.phone_obj("TR", mobile=True), g.ch(["nat", "plain", "intl"])), PH), "\n")
    b("Doğum tarihi: ", (cu.dob_s, DOB), "   Doğum yeri: ", (g.ch(["Trabzon", "Erzurum", "Malatya", "Samsun", "Diyarbakır", "Sivas"]), LOC), "\n")
    b("Fatura adresi: ", (cu.line1 + " " + cu.line2, ADDR), "\n")
    b("E-posta: ", (cu.email, EM), "\n")
    b("Eski operatör: ", g.ch(["Turkcell", "Türk Telekom"]), " | ICCID: 8990", g.digits(15), " | IMEI: ", g.imei(), "\n\n")
    b("İç not (", (ag.first + " " + ag.last[0] + ".", PER), "): Kimlik doğrulandı, taşıma ", g.date(2025, 2026).strftime("%d.%m.%Y"),
      " tarihinde tamamlanacak. Müşteri ", (cu.mobile, PH), " numarasından geri aranmak istiyor. Paket: Süper Paket 20GB, ",
      g.amount("TL", 250, 700), "/ay.")
    return b.done()


def _tel_radius_en_au(g: G) -> Text:
    b = _B()
    p = g.person("en-AU")
    msisdn = g.phone_obj("AU", mobile=True)
    for _ in range(g.ri(3, 5)):
        st = g.ch(["Start", "Interim-Update", "Stop"])
        b('{"@timestamp":"', g.iso(), '","type":"radius-acct","status":"', st, '","nas_ip":"', g.priv_ip(), '"')
        b(',"calling_station_id":"', (phonenumbers.format_number(msisdn, phonenumbers.PhoneNumberFormat.E164)[1:], PH), '"')
        b(',"framed_ip":"', (g.ip4(), IP), '"')
        if g.p(0.3):
            b(',"framed_ipv6_prefix":"', (g.ip6(), IP), '"')
        b(',"imeisv":"', g.imei() + g.digits(1), '","apn":"telstra.internet","session_id":"', g.hexs(16), '"')
        b(',"in_octets":', str(g.ri(1000, 10 ** 9)), ',"out_octets":', str(g.ri(1000, 10 ** 8)), "}\n")
    b('{"@timestamp":"', g.iso(), '","type":"crm-lookup","msisdn_owner":"', (p.full, PER), '","plan":"Upsize M","result":"ok"}\n')
    return b.done()


def _tel_email_pt(g: G) -> Text:
    cu, ag = g.person("pt-PT"), g.person("pt-PT")
    b = _B()
    b("De: ", (cu.full, PER), " <", (cu.email, EM), ">\nPara: ", ("reclamacoes@" + g.ch(["nos.pt", "meo.pt", "vodafone.pt"]), EM), "\n")
    b("Assunto: Reclamação fatura ", g.date(2025, 2026).strftime("%m/%Y"), " – conta cliente ", g.digits(9), "\n\n")
    b("Exmos. Senhores,\n\nVenho por este meio reclamar da fatura n.º FT ", g.digits(4), "/", g.digits(6),
      " no valor de ", g.amount("€", 40, 300), ", que inclui roaming que não usei (estive em ",
      (g.ch(["Madrid", "Paris", "Londres", "Genebra", "Luxemburgo"]), LOC), " apenas 2 dias com dados desligados).\n")
    b("Titular: ", (cu.full, PER), "\nNIF: ", g.digits(9), "\nMorada: ", (cu.line1 + ", " + cu.line2, ADDR), "\n")
    b("Contacto: ", (cu.mobile, PH), "\n")
    b("Solicito o reembolso para o IBAN ", (g.iban("PT"), IBAN), ".\n\nCom os melhores cumprimentos,\n", (cu.first + " " + cu.last, PER))
    return b.done()


def _tel_sms_es_pe(g: G) -> Text:
    cu = g.person("es-PE")
    b = _B()
    lines = [
        ["Claro: Tu codigo de verificacion es ", g.digits(6), ". No lo compartas con nadie. Vence en 5 min."],
        ["Claro: Hola ", (cu.first.upper(), PER), ", tu recibo de ", _MONTHS["es"][g.ri(0, 11)], " por S/ ", f"{g.rng.uniform(29, 189):.2f}",
         " vence el ", g.date(2025, 2026).strftime("%d/%m"), ". Paga en mi.claro.com.pe"],
        ["Recibiste una recarga de S/ ", str(g.ri(5, 50)), " desde el ", (g.fmt_phone(g.phone_obj("PE", mobile=True), g.ch(["plain", "nat", "spaced"])), PH),
         ". Saldo: S/ ", f"{g.rng.uniform(1, 80):.2f}"],
        ["Claro: La portabilidad de tu numero ", (cu.mobile, PH), " fue aprobada. Tu nuevo chip se activa el ",
         g.date(2025, 2026).strftime("%d/%m/%Y"), " a las 00:00. Solicitud ", g.ref("PORT", 9)],
        ["PROMO: Duplica tus megas este fin de semana. Responde SI al 255. Costo S/ 0.20. T&C claro.com.pe"],
    ]
    g.rng.shuffle(lines)
    b.lines(lines[: g.ri(3, 5)], "\n---\n")
    return b.done()


def _tel_crm_en_ke(g: G) -> Text:
    cu, ag = g.person("en-KE"), g.person("en-KE")
    b = _B()
    b("CRM > Interaction ", g.digits(9), " > ", g.dt(2025, 2026).strftime("%Y-%m-%d %H:%M"), " > Agent ", (ag.full, PER), "\n")
    b("Customer ", (cu.full, PER), " called from ", (cu.mobile, PH), " re: M-PESA reversal. Sent KES ",
      f"{g.ri(1, 40)},{g.ri(100, 999)}", " to wrong number ", (g.fmt_phone(g.phone_obj("KE", mobile=True), g.ch(["nat", "plain", "e164"])), PH),
      " (txn ", g.alnum(10, string.ascii_uppercase + string.digits), ").\n")
    b("KYC ok: DOB ", (cu.dob_s, DOB), ", ID ending ", g.digits(3), ". Customer lives in ",
      (g.ch(["Kitengela", "Ruiru", "Kakamega", "Kericho", "Malindi", "Nanyuki"]), LOC), ", will visit shop at ",
      g.ch(["Sarit Centre", "Garden City Mall", "The Hub Karen"]), " if needed.\n")
    b("Device: ", g.ch(["Tecno Spark 10", "Samsung A14", "Infinix Hot 30", "Nokia C32"]), " IMEI ", g.imei(), ", SIM serial ", g.digits(19), ".\n")
    b("Reversal ticket RV-", g.digits(7), " raised, SLA 72h.")
    return b.done()


def _car_ocr_it(g: G) -> Text:
    cu, d2, ag = g.person("it-IT"), g.person("it-IT"), g.person("it-IT")
    b = _B()
    b("CONTRATTO DI NOLEGGIO N. ", g.ch(["RA", "MI", "FCO"]), g.digits(8), "   Filiale: Aeroporto ", g.ch(["Fiumicino", "Linate", "Capodichino", "Marconi"]), "\n")
    b("Conducente: ", (cu.last.upper() + " " + cu.first.upper(), PER), "\n")
    b("Nato/a a: ", (g.ch(["Avellino", "Treviso", "Sassari", "Foggia", "Rimini", "Matera"]), LOC), " il ", (cu.dob_s, DOB), "\n")
    b("Residenza: ", (cu.line1 + " - " + cu.line2, ADDR), "\n")
    b("Patente n.: ", g.alnum(2, string.ascii_uppercase), g.digits(7), g.alnum(1, string.ascii_uppercase),
      "  rilasciata il ", g.date(2012, 2022).strftime("%d/%m/%Y"), "  scad. ", g.date(2027, 2034).strftime("%d/%m/%Y"), "\n")
    b("Cell.: ", (cu.mobile, PH), "   E-mail: ", (cu.email, EM), "\n")
    b("2° conducente: ", (d2.full, PER) if g.p(0.5) else "—", "\n")
    b("Veicolo: ", g.ch(["Fiat 500X", "Jeep Renegade", "VW T-Roc", "Peugeot 2008"]), " targa ", g.plate("it-IT"), " km uscita ", str(g.ri(5000, 60000)), "\n")
    b("Carta a garanzia: ", (g.card(), CC), "  deposito ", g.amount("€", 300, 1200), "\n")
    b("Firma operatore: ", (ag.first[0] + ". " + ag.last, PER))
    return b.done()


def _car_email_en_us(g: G) -> Text:
    cu, adj = g.person("en-US"), g.person("en-US")
    b = _B()
    b("Subject: Damage claim DC-", g.digits(7), " – Rental agreement ", g.digits(9), "\n\n")
    b("Dear ", (cu.full, PER), ",\n\nDuring check-in of the ", g.ch(["2024 Nissan Altima", "2023 Chevrolet Malibu", "2025 Toyota Camry"]),
      " (plate ", g.plate("en-US"), ") on ", g.date(2025, 2026).strftime("%m/%d/%Y"), " our agent noted a ", g.ch(["12-inch scratch", "cracked windshield", "dent on the rear bumper"]),
      ". Repair estimate: ", g.amount("$", 300, 2500), ".\n\n")
    b("Our records show the following contact details; reply if anything has changed:\n")
    b((cu.line1 + "\n" + cu.line2, ADDR), "\n", (cu.phone, PH), "\n\n")
    b("The card on file (", g.masked(), ") will not be charged while the claim is open. You may also forward this to your personal auto insurer or card benefit administrator.\n\n")
    b("Sincerely,\n", (adj.full, PER), "\nDamage Recovery Unit\n")
    if g.p(0.5):
        b((g.ch(["4410 S Memorial Dr, Tulsa, OK 74145", "1200 Airport Blvd, Austin, TX 78702"]), ADDR), "\n")
    b((g.phone("US", "nat", False), PH))
    return b.done()


def _car_chat_fr(g: G) -> Text:
    cu, ag = g.person("fr-FR"), g.person("fr-FR")
    b = _B()
    tick = g.clock()
    b("Conversation #", g.digits(8), " – comptoir Lyon Part-Dieu – ", g.dt(2025, 2026).strftime("%d/%m/%Y"), "\n")
    b("[", tick("%H:%M"), "] Client : Bonjour, je récupère une voiture à 14h, réservation ", g.alnum(2, string.ascii_uppercase), g.digits(8), "\n")
    b("[", tick("%H:%M"), "] ", (ag.first, PER), " (agence) : Bonjour ! À quel nom svp ?\n")
    b("[", tick("%H:%M"), "] Client : ", (cu.full, PER), ", je pars ensuite à ", (g.ch(["Grenoble", "Annecy", "Genève", "Chambéry", "Turin"]), LOC), "\n")
    b("[", tick("%H:%M"), "] ", (ag.first, PER), " (agence) : Parfait. Merci de prévoir le permis et une carte de crédit au nom du conducteur (pas de carte de débit). Votre numéro pour le SMS de retour ?\n")
    b("[", tick("%H:%M"), "] Client : ", (cu.mobile, PH), "\n")
    b("[", tick("%H:%M"), "] ", (ag.first, PER), " (agence) : C'est noté, Peugeot 308 catégorie CDMR, franchise ", g.amount("€", 800, 1500), ".")
    return b.done()


def _car_kv_en_ca(g: G) -> Text:
    b = _B()
    cu = g.person("en-CA")
    for _ in range(g.ri(3, 5)):
        lvl = g.ch(["INFO", "INFO", "WARN", "DEBUG"])
        b(g.iso(), " ", lvl, " app=rent-mobile ver=", g.version(), " ")
        k = g.ri(0, 3)
        if k == 0:
            b("evt=login user=", (cu.email, EM), " ip=", (g.ip(), IP), " mfa=sms to=", (cu.mobile, PH), "\n")
        elif k == 1:
            b("evt=checkout res=", g.alnum(6, string.ascii_uppercase + string.digits), " branch=YYZ-T1 amount=", f"{g.rng.uniform(60, 900):.2f}", " card=", g.masked().replace(" ", ""), "\n")
        elif k == 2:
            b("evt=license_scan name=\"", (cu.full, PER), "\" dob=", (cu.dob.isoformat(), DOB), " addr=\"", (g.addr1(cu), ADDR), "\" ocr_conf=0.", str(g.ri(70, 99)), "\n")
        else:
            b("evt=geo lat_lng=", g.coords("en-CA"), " odometer=", str(g.ri(1000, 90000)), " vin=", g.alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "\n")
    return b.done()


def _car_csv_nl(g: G) -> Text:
    b = _B()
    b("Hoi team, onderstaande boekingen van Schiphol zijn dubbel geïmporteerd, graag checken:\n\n")
    b("boekingsnr;naam;email;telefoon;geboortedatum;ophalen;categorie;prijs\n")
    for _ in range(g.ri(2, 4)):
        p = g.person("nl-NL")
        b(g.ref("NL", 9), ";", (p.full, PER), ";", (p.email, EM), ";", (p.mobile, PH), ";", (p.dob_s, DOB), ";",
          g.dt(2025, 2026).strftime("%d-%m-%Y %H:%M"), ";", g.ch(["ECMR", "CDMR", "IDAR", "SFMR"]), ";",
          f"{g.rng.uniform(80, 900):.2f}".replace(".", ","), "\n")
    b("\nGr. ", (g.fk["nl_NL"].first_name(), PER))
    return b.done()


def _car_sms_en_in(g: G) -> Text:
    cu = g.person("en-IN")
    b = _B()
    b("Dear ", (cu.first, PER), ", FASTag toll of Rs.", str(g.ri(40, 400)), " deducted for vehicle ", g.ch(["KA", "MH", "DL", "TN"]),
      f"{g.ri(1, 50):02d}", g.alnum(2, string.ascii_uppercase), g.digits(4), " at ", g.ch(["Electronic City Plaza", "Khalapur Toll", "Kherki Daula"]),
      " on ", g.dt(2025, 2026).strftime("%d-%m-%Y %H:%M"), ". Rental ID ", g.ref("ZR", 8), ". Amount will be added to your final invoice. ")
    b("Queries: ", (g.phone("IN", g.ch(["plain", "nat"]), False), PH), " -ZoomDrive")
    return b.done()


def _gym_form_es(g: G) -> Text:
    cu = g.person("es-ES", (1965, 2007))
    b = _B()
    b("[alta_socio] club=", g.ch(["Madrid-Chamberí", "BCN-Poblenou", "Valencia-Ruzafa"]), " origen=tablet_recepcion\n")
    b("nombre=", (cu.first, PER), "\napellidos=", (cu.last, PER), "\n")
    b("fecha_nacimiento=", (cu.dob_s, DOB), "\n")
    b("email=", (cu.email, EM), "\nmovil=", (cu.mobile, PH), "\n")
    b("direccion=", (g.addr1(cu), ADDR), "\n")
    b("cuota=Premium ", g.amount("€", 29, 59), "/mes\nmatricula=0,00 €\ndomiciliacion_iban=", (g.iban("ES"), IBAN), "\n")
    b("titular_cuenta=", (cu.full, PER) if g.p(0.7) else (g.fk["es_ES"].first_name() + " " + cu.last, PER), "\n")
    b("pin_torno=", g.digits(4), "\nlopd_ok=1\nalta_ts=", g.iso(False), "\nsocio_id=", g.digits(8))
    return b.done()


def _gym_email_en_ca(g: G) -> Text:
    cu, cs = g.person("en-CA"), g.person("en-CA")
    b = _B()
    b("Subject: Re: Cancel membership #", g.digits(9), "\n\n")
    b("Hi,\n\nThis is my third request. I moved to ", (g.ch(["Kelowna", "Saskatoon", "Moncton", "Kingston", "Lethbridge"]), LOC),
      " last month and there is no club here. Stop the biweekly charges of ", g.amount("$", 20, 45), " immediately.\n\n", (cu.first, PER), "\n\n")
    b("-----Original Message-----\nFrom: ", (cs.full, PER), " <", ("members@" + g.ch(["goodlife-fit", "anytimeclub", "fitforless"]) + ".ca", EM), ">\n")
    b("Sent: ", g.dt(2025, 2026).strftime("%B %d, %Y %I:%M %p"), "\nTo: ", (cu.email, EM), "\n\n")
    b("> Hi ", (cu.first, PER), ",\n> To process your cancellation we need a proof of address for\n> your new residence and the 30-day notice form.\n")
    b("> On file we have:\n> ", (cu.line1, ADDR), "\n> ", (cu.line2, ADDR), "\n> Phone: ", (cu.phone, PH), "\n")
    b("> Member services – Mon-Fri 9-5 ET")
    return b.done()


def _gym_chat_pt_br(g: G) -> Text:
    cu, tr = g.person("pt-BR"), g.person("pt-BR")
    b = _B()
    tick = g.clock()
    def ts():
        return tick("%d/%m/%Y %H:%M")
    b(ts(), " - ", (tr.first, PER), ": Bom dia! Amanhã treino de pernas 7h, beleza?\n")
    b(ts(), " - ", (cu.first, PER), ": Bora! Mas vou chegar 7:15, vou trazer um amigo pra aula experimental\n")
    b(ts(), " - ", (tr.first, PER), ": Tranquilo. Manda o nome completo e CPF dele que eu libero na catraca\n")
    sis = g.person("pt-BR")
    b(ts(), " - ", (cu.first, PER), ": ", (sis.full, PER), ", nasceu ", (sis.dob_s, DOB), ", o CPF eu te mando no privado\n")
    b(ts(), " - ", (tr.first, PER), ": ok! e o pix da mensalidade é ", (g.work_email(tr, "gmail.com"), EM), " (", g.amount("R$", 150, 400), ")\n")
    b(ts(), " - ", (cu.first, PER), ": <Mídia oculta>\n")
    b(ts(), " - ", (cu.first, PER), ": comprovante ", g.uuid()[:18].upper())
    return b.done()


def _gym_access_en_au(g: G) -> Text:
    b = _B()
    b("# door controller export ", g.date(2025, 2026).isoformat(), " site=FIT-", g.ch(["BNE", "MEL", "SYD"]), "-0", str(g.ri(1, 9)), "\n")
    for _ in range(g.ri(4, 6)):
        p = g.person("en-AU")
        r = g.ri(0, 3)
        b(g.dt(2025, 2026).strftime("%Y-%m-%d %H:%M:%S"), " | ", g.ch(["FRONT_GATE", "SIDE_DOOR_24H", "LADIES_AREA"]), " | fob ",
          g.hexs(8).upper(), " | ")
        if r == 0:
            b("GRANTED | ", (p.first[0] + ". " + p.last if g.p(0.3) else p.full, PER), " | mbr ", g.digits(7), "\n")
        elif r == 1:
            b("DENIED (overdue) | ", (p.full, PER), " | notify ", (p.mobile, PH), "\n")
        elif r == 2:
            b("DENIED (unknown fob) | - | cam snapshot ", g.sha(16), ".jpg\n")
        else:
            b("TAILGATE ALERT | - | controller ", g.priv_ip(), " fw ", g.version(), "\n")
    return b.done()


def _gym_dd_pt(g: G) -> Text:
    cu, ag = g.person("pt-PT"), g.person("pt-PT")
    b = _B()
    b("Pedido #", g.digits(6), " | Débito direto rejeitado | Clube ", g.ch(["Lisboa Saldanha", "Porto Boavista", "Braga Centro"]), "\n\n")
    b("Sócio: ", (cu.full, PER), " (n.º ", g.digits(6), ")\nMotivo SEPA: ", g.ch(["AM04 – saldo insuficiente", "MD01 – sem mandato", "AC04 – conta encerrada"]),
      "\nValor: ", g.amount("€", 25, 60), "  Ref. mandato: ", g.alnum(4, string.ascii_uppercase), g.digits(10), "\n")
    b("IBAN atual: ", (g.iban("PT"), IBAN), "\n\n")
    b("Nota interna – ", (ag.first, PER), ": liguei para o ", (cu.mobile, PH), ", o sócio diz que mudou de banco e vai enviar novo IBAN para ",
      ("financeiro@" + g.ch(["fitclube", "solinca", "gymup"]) + ".pt", EM), ". Enviei SMS com link do formulário. Não suspender antes de ",
      g.date(2025, 2026).strftime("%d/%m"), ".")
    return b.done()


def _gym_crash_en_us(g: G) -> Text:
    b = _B()
    b("Crash report ", g.uuid(), "\nApp: FitTrack ", g.version(), " (build ", g.digits(5), ")\n")
    b("Device: ", g.ch(["iPhone14,5", "Pixel 8", "SM-S918U", "iPad13,4"]), "  OS: ", g.ch(["iOS 17.4.1", "Android 14", "iPadOS 17.2"]), "\n")
    b("Exception: ", g.ch(["NSInvalidArgumentException", "java.lang.NullPointerException", "SIGABRT"]), "\n")
    b("Thread 0 crashed: WorkoutSyncService.upload(session:) + ", str(g.ri(40, 900)), "\n")
    b("  frame #1 0x0000000", g.hexs(9), " HealthKitBridge.flush()\n  frame #2 0x0000000", g.hexs(9), " libdispatch.dylib\n")
    b("Breadcrumbs: tap(start_workout) -> gps_fix(", g.coords("en-US"), ") -> ble_connect(hr_strap_", g.hexs(4), ")\n")
    b("User: anonymous-", g.hexs(12), "  Session: ", g.sha(40), "  Endpoint: ", g.ch(["10.2.0.14", "api.fittrack.app"]), "\n")
    b("SDK versions: sentry ", g.version(), ", firebase ", g.version())
    return b.done()


def _pay_email_en_us(g: G) -> Text:
    nh, hr = g.person("en-US"), g.person("en-US")
    b = _B()
    b("From: ", (nh.email, EM), "\nTo: ", ("payroll@" + g.ch(["brightlineco", "meridianhealth", "cascadelogistics"]) + ".com", EM), "\nSubject: New hire paperwork – ", (nh.full, PER), "\n\n")
    b("Hi ", (hr.first, PER), ",\n\nHere are the details you asked for since the portal kept timing out:\n\n")
    b("Legal name: ", (nh.full, PER), "\nSSN: ", (g.ssn(), SSN), "\nDOB: ", (nh.dob_s, DOB), "\n")
    b("Home address: ", (g.addr1(nh), ADDR), "\nCell: ", (nh.mobile, PH), "\n")
    b("Direct deposit – ", g.ch(["Chase", "Wells Fargo", "Bank of America", "US Bank", "Navy Federal"]), " checking\nRouting: ", g.routing(), "\nAccount: ", (g.account(), BANK), "\n")
    b("W-4: single, no adjustments. Start date ", g.date(2025, 2026).strftime("%m/%d/%Y"), ", employee ID will be E", g.digits(6), ".\n\n")
    b("Thanks,\n", (nh.first, PER))
    return b.done()


def _pay_ticket_fr_be(g: G) -> Text:
    em, hr = g.person("fr-BE"), g.person("fr-BE")
    b = _B()
    b("[HR Helpdesk] Demande #", g.digits(7), " – Modification compte bancaire\nDemandeur : ", (em.full, PER), " (matricule ", g.digits(6), ")\n\n")
    b("Bonjour, à partir du salaire de ", _MONTHS["fr"][g.ri(0, 11)], " merci de verser sur mon nouveau compte ", (g.iban("BE"), IBAN),
      " (BIC ", g.ch(["GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB"]), ") au lieu de ", (g.iban("BE"), IBAN), ".\n")
    b("Mon adresse a aussi changé : ", (g.addr1(em), ADDR), ".\nCordialement, ", (em.first, PER), "\n\n")
    b("-- Note RH (", (hr.first + " " + hr.last, PER), ") : contrôle effectué par rappel au ", (em.mobile, PH),
      " (numéro du dossier, pas celui du mail). Mandat signé reçu. Effet paie ", g.date(2025, 2026).strftime("%m/%Y"), ". Politique : ne jamais accepter un changement d'IBAN par simple e-mail.")
    return b.done()


def _pay_csv_en_in(g: G) -> Text:
    b = _B()
    b("Pasting the HRIS extract for the ", g.ch(["Pune", "Bengaluru", "Chennai"]), " office (", g.date(2025, 2026).strftime("%b %Y"), " payroll run) – PF mismatch rows only:\n\n")
    b("emp_id|name|dob|doj|mobile|email|uan|ctc_lpa|dept\n")
    for _ in range(g.ri(2, 4)):
        p = g.person("en-IN", (1970, 2003))
        b("IN", g.digits(5), "|", (p.full, PER), "|", (p.dob_s, DOB), "|", g.date(2015, 2025).strftime("%d/%m/%Y"), "|",
          (g.fmt_phone(p.phone_obj, g.ch(["plain", "e164", "nat"])), PH), "|", (g.work_email(p, "corp-example.in"), EM), "|",
          "10", g.digits(10), "|", f"{g.rng.uniform(4, 40):.1f}", "|", g.ch(["ENG", "FIN", "OPS", "HR"]), "\n")
    b("\nUAN = PF account no., not personal. Please fix before ", g.date(2025, 2026).strftime("%d %b"), ".")
    return b.done()


def _pay_chat_ro(g: G) -> Text:
    em, hr = g.person("ro-RO"), g.person("ro-RO")
    b = _B()
    tick = g.clock()
    b("#onboarding-", g.ch(["cluj", "buc", "iasi"]), "  ", g.date(2025, 2026).strftime("%d.%m.%Y"), "\n")
    b((hr.first + " " + hr.last, PER), "  ", tick("%H:%M"), "\nBun venit! Pentru contractul de muncă îmi mai trebuie adresa de domiciliu și data nașterii.\n\n")
    b((em.full, PER), "  ", tick("%H:%M"), "\nSalut! ", (g.addr1(em), ADDR), ", născută/născut pe ", (em.dob_s, DOB),
      " în ", (g.ch(["Suceava", "Bacău", "Oradea", "Chișinău", "Galați"]), LOC), ".\n\n")
    b((hr.first, PER), "  ", tick("%H:%M"), "\nMulțumesc. Parola temporară pentru portalul HR este ", (g.password(), PW),
      " – schimb-o la prima logare (min. 12 caractere). Laptopul are seria ", g.alnum(10, string.ascii_uppercase + string.digits), ".\n")
    return b.done()


def _pay_ocr_en_gb(g: G) -> Text:
    em = g.person("en-GB", (1960, 2004))
    b = _B()
    gross = g.rng.uniform(1800, 6500)
    b("PAYSLIP  ", g.ch(["Harrington Logistics Ltd", "Wilson & Hale Facilities", "Northgate Care Homes"]), "   Period ", str(g.ri(1, 12)), " ", g.date(2025, 2026).strftime("%b %Y"), "\n")
    b("Employee: ", (em.full.upper(), PER), "   Emp No ", g.digits(5), "   Tax code ", g.ch(["1257L", "BR", "1257L M1", "K475"]), "\n")
    b("NI No: ", g.alnum(2, "ABCEGHJKLMNPRSTWXYZ"), " ", g.digits(2), " ", g.digits(2), " ", g.digits(2), " ", g.ch("ABCD"), "\n")
    b("Address: ", (em.line1 + " " + em.line2, ADDR), "\n")
    b("Basic pay ", f"{gross:,.2f}", "  PAYE ", f"{gross * 0.16:,.2f}", "  NI ", f"{gross * 0.08:,.2f}", "  Pension ", f"{gross * 0.05:,.2f}", "\n")
    b("Net pay ", f"£{gross * 0.71:,.2f}", " paid to ", g.ch(["sort code", "S/C"]), " ", f"{g.ri(10, 99)}-{g.ri(10, 99)}-{g.ri(10, 99)}", " a/c ****", g.digits(4), "\n")
    b("YTD taxable ", f"{gross * g.ri(2, 11):,.2f}", "   Payment date ", g.date(2025, 2026).strftime("%d/%m/%Y"))
    return b.done()


def _pay_config_en_ca(g: G) -> Text:
    b = _B()
    b("# payroll-sync/config.yaml (service account, rotated ", g.date(2025, 2026).isoformat(), ")\n")
    b("provider: ", g.ch(["ceridian", "adp", "wagepoint"]), "\nbase_url: https://api.payroll-vendor.example/v2\n")
    b("client_id: ", g.uuid(), "\n")
    b("client_secret: \"", (g.apikey("generic"), KEY), "\"\n")
    b("bank_file:\n  sftp_host: ", g.priv_ip(), "\n  sftp_user: eft_upload\n  sftp_password: '", (g.password(), PW), "'\n")
    b("  originator_id: \"", g.digits(10), "\"\n  key_fingerprint: SHA256:", g.alnum(43, _ALNUM + "+/"), "\n")
    b("notify:\n  slack_token: ", (g.apikey("slack"), KEY), "\n  channel: \"#payroll-alerts\"\n")
    b("password_policy: {min_length: 14, rotate_days: 90}\nschema_version: ", g.version(), "\n")
    return b.done()


def _city_form_en_au(g: G) -> Text:
    ap = g.person("en-AU")
    b = _B()
    b("Development Application – Minor Works (online lodgement)\nDA number: DA/", str(g.ri(2025, 2026)), "/", g.digits(4), "\n")
    b("Applicant name: ", (ap.full, PER), "\nApplicant is owner: ", g.ch(["Yes", "No – tenant"]), "\n")
    b("Postal address: ", (g.addr1(ap), ADDR), "\n")
    b("Site address: ", (g.addr1(ap), ADDR) if g.p(0.5) else ("Lot " + str(g.ri(1, 400)) + " DP" + g.digits(6)), "\n")
    b("Phone: ", (ap.phone, PH), "   Email: ", (ap.email, EM), "\n")
    b("Description: ", g.ch(["Carport and driveway crossover", "Rear deck 24 sqm", "Demolish shed, new granny flat"]), "\n")
    b("Estimated cost: ", g.amount("$", 8000, 90000), "   Fee paid: ", g.amount("$", 150, 900), " receipt ", g.digits(9), "\n")
    b("Builder licence: ", g.digits(6), "C   Heritage item: No   Zoning: R2\n")
    b("Declaration accepted ", g.iso(False), " from IP ", (g.ip4(), IP))
    return b.done()


def _city_311_en_us(g: G) -> Text:
    cu, cu2 = g.person("en-US"), g.person("en-US")
    b = _B()
    b("SR# ", g.digits(2), "-", g.digits(8), " | Type: ", g.ch(["Pothole", "Missed trash pickup", "Streetlight out", "Noise complaint"]), " | Status: Open\n")
    b("Location: ", g.ri(100, 9999).__str__(), " block of ", g.fk["en_US"].street_name(), " (", g.coords("en-US"), ")\n")
    b("Caller: ", (cu.full, PER), "  Callback: ", (cu.phone, PH), "  Email: ", (cu.email, EM) if g.p(0.6) else "declined", "\n")
    b("Notes: Caller states issue in front of her/his home at ", (cu.line1, ADDR), ", been there ", str(g.ri(2, 6)), " weeks. Neighbor ",
      (cu2.first, PER), " also called (SR merged). Crew ", g.ch(["STR-4", "SAN-12", "ELEC-2"]), " assigned, ETA ", g.date(2025, 2026).strftime("%m/%d"), ".\n")
    b("Agent: ", (g.fk["en_US"].first_name(), PER), " | Channel: phone | Council district ", str(g.ri(1, 14)))
    return b.done()


def _city_email_es_mx(g: G) -> Text:
    cu, fu = g.person("es-MX"), g.person("es-MX")
    b = _B()
    b("Asunto: Solicitud de constancia de residencia – folio ", g.ref("CR-", 6), "\n\n")
    b("Buen día,\n\nSolicito una constancia de residencia. Mis datos:\n")
    b("Nombre: ", (cu.full, PER), "\nFecha de nacimiento: ", (cu.dob_s, DOB), "\nLugar de nacimiento: ",
      (g.ch(["Oaxaca", "Veracruz", "Culiacán", "Morelia", "San Luis Potosí", "Chihuahua"]), LOC), "\n")
    b("Domicilio: ", (cu.line1 + ", " + cu.line2, ADDR), "\nTeléfono: ", (cu.phone, PH), "\n")
    b("CURP: (adjunto en PDF)\n\nAdjunto recibo de luz ", g.ch(["CFE", "CFE Suministrador"]), " de ", _MONTHS["es"][g.ri(0, 11)], ".\n\nAtentamente,\n", (cu.first, PER), "\n\n")
    b("-- \nRespuesta automática: Su trámite fue turnado a la Dirección de Gobierno, atención ", (fu.full, PER), ". Horario: L-V 9:00 a 15:00, ",
      (g.ch(["Av. Juárez 8, Centro, 06010 Ciudad de México, CDMX", "Av. Hidalgo 400, Centro, 44100 Guadalajara, Jal."]), ADDR), ".")
    return b.done()


def _city_appeal_en_gb(g: G) -> Text:
    cu = g.person("en-GB")
    b = _B()
    b("PCN APPEAL – online form submission ", g.iso(False), "\n")
    b("PCN number: ", g.ch(["WK", "LB", "CE"]), g.digits(8), "\nVehicle reg: ", g.plate("en-GB"), "\n")
    b("Name: ", (cu.full, PER), "\nAddress: ", (cu.line1 + "\n         " + cu.line2, ADDR), "\n")
    b("Email: ", (cu.email, EM), "\nDaytime phone: ", (cu.mobile, PH), "\n")
    b("Grounds: The contravention did not occur\n")
    b("Statement: I hold a valid resident permit (", g.ch(["Zone F", "CPZ K", "Zone 3"]), ", permit ", g.digits(7),
      ") and was parked outside my own house. The CEO's photos on ", g.date(2025, 2026).strftime("%d/%m/%Y"),
      " at ", f"{g.ri(7, 18)}:{g.ri(10, 59)}", " show the permit on the dashboard. I was visiting my mother in ",
      (g.ch(["Swindon", "Preston", "Colchester", "Bangor", "Perth"]), LOC), " the day before and returned late.\n")
    b("Evidence files: IMG_", g.digits(4), ".HEIC, permit_", g.hexs(6), ".pdf")
    return b.done()


def _city_chat_en_ke(g: G) -> Text:
    cu, ag = g.person("en-KE"), g.person("en-KE")
    b = _B()
    b("Nairobi County e-Services – Live chat transcript (", g.dt(2025, 2026).strftime("%d/%m/%Y"), ")\n")
    b("System: You are chatting with ", (ag.first, PER), "\n")
    b("Visitor: hello i paid for single business permit but status still pending\n")
    b((ag.first, PER), ": Hello, kindly share the invoice number and the phone number used to pay.\n")
    b("Visitor: invoice ", g.ch(["SBP", "BP"]), g.digits(9), " paid from ", (g.fmt_phone(cu.phone_obj, g.ch(["plain", "e164", "nat"])), PH),
      " my name is ", (cu.full, PER), "\n")
    b((ag.first, PER), ": Thank you ", (cu.first, PER), ". I see the payment (", f"KES {g.ri(5, 40)},{g.ri(100, 999)}",
      "). Is the business premises at ", (g.addr1(cu), ADDR), "?\n")
    b("Visitor: no that is my home, the shop is at Gikomba stall ", str(g.ri(1, 900)), "\n")
    b((ag.first, PER), ": Noted, I have updated it. Permit will reflect in 24hrs. Ref ", g.alnum(8, string.ascii_uppercase + string.digits), ".")
    return b.done()


def _city_log_tr(g: G) -> Text:
    b = _B()
    cu = g.person("tr-TR")
    for _ in range(g.ri(3, 5)):
        t = g.dt(2025, 2026).strftime("%Y-%m-%d %H:%M:%S")
        k = g.ri(0, 3)
        if k == 0:
            b(t, " INFO  e-belediye giris basarili kullanici=", (cu.email, EM), " ip=", (g.ip4(), IP), " tarayici=Chrome/", g.version(), "\n")
        elif k == 1:
            b(t, " INFO  basvuru olusturuldu tur=su_abonelik no=", g.digits(10), " adres=\"", (cu.line1 + " " + cu.line2, ADDR), "\" tel=", (cu.mobile, PH), "\n")
        elif k == 2:
            b(t, " WARN  sifre denemesi basarisiz (3/5) kullanici=", g.ch(["vatandas_", "user_"]), g.digits(6), " ip=", g.priv_ip(), "\n")
        else:
            b(t, " DEBUG odeme callback txn=", g.uuid(), " tutar=", f"{g.rng.uniform(50, 2000):.2f}", " kart=")
            b((g.card(style=""), CC) if g.p(0.4) else g.masked().replace(" ", ""), " sonuc=00\n")
    return b.done()


def _del_chat_en_in(g: G) -> Text:
    cu, ag, rider = g.person("en-IN"), g.person("en-IN"), g.person("en-IN")
    b = _B()
    b("Order #", g.digits(12), " · ", g.ch(["Paradise Biryani", "Meghana Foods", "Haldiram's", "Behrouz Biryani"]), " · ", g.amount("₹", 180, 1400), "\n")
    b((ag.first, PER), " (Support): Hi ", (cu.first, PER), ", I'm sorry your order is delayed. How can I help?\n")
    b((cu.first, PER), ": rider is not picking call. he went to wrong address. my address is ", (g.addr1(cu), ADDR), "\n")
    b((ag.first, PER), " (Support): I've shared the pin with your delivery partner ", (rider.first, PER), ". He will reach in 10 mins. You can also call him on ",
      (rider.mobile, PH) if g.p(0.4) else "the masked number in the app", ".\n")
    if g.p(0.5):
        b((cu.first, PER), ": amount was debited twice from my card ", (g.card(g.ch(["visa", "mc"])), CC), " pls check\n")
    b((cu.first, PER), ": ok. also refund the ", g.amount("₹", 40, 120), " packaging charge, last time also same issue. my registered no is ", (cu.mobile, PH), "\n")
    b((ag.first, PER), " (Support): Done, refund ", g.alnum(3, string.ascii_uppercase), g.digits(9), " initiated to your UPI. It will reflect in 3-5 working days.")
    return b.done()


def _del_ticket_es_pe(g: G) -> Text:
    rider, cu, sup = g.person("es-PE", (1985, 2005)), g.person("es-PE"), g.person("es-PE")
    b = _B()
    b("Incidencia repartidor #", g.digits(6), " | Zona: ", g.ch(["Lima Centro", "Miraflores", "Surco", "Arequipa Cercado"]), " | ", g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), "\n")
    b("Repartidor: ", (rider.full, PER), " (ID R-", g.digits(5), ", moto placa ", g.alnum(1, string.ascii_uppercase), g.digits(1), g.alnum(1, string.ascii_uppercase), "-", g.digits(3), ")\n")
    b("Reporta que el cliente ", (cu.first + " " + cu.last.split()[0], PER), " no estaba en ", (cu.line1 + ", " + cu.line2, ADDR),
      ". Llamó 3 veces al ", (cu.mobile, PH), " sin respuesta. Pedido ", g.ref("PE-", 9), " (", f"S/ {g.rng.uniform(20, 120):.2f}", ") devuelto al local ",
      g.ch(["Pardos Chicken", "La Lucha Sanguchería", "Bembos"]), ".\n")
    b("GPS al momento: ", g.coords("es-PE"), " | batería 14% | app v", g.version(), "\n")
    b("Obs. supervisor (", (sup.first, PER), "): se paga tarifa completa al repartidor. Contacto de emergencia del repartidor: ", (g.fmt_phone(g.phone_obj("PE", mobile=True), "nat"), PH), ".")
    return b.done()


def _del_json_en_ng(g: G) -> Text:
    cu, rider = g.person("en-NG"), g.person("en-NG")
    b = _B()
    oid = g.uuid()
    b('{"order_id":"', oid, '","event":"order.created","ts":"', g.iso(), '","customer":{"name":"', (cu.full, PER), '","phone":"', (g.fmt_phone(cu.phone_obj, "e164"), PH),
      '","email":"', (cu.email, EM), '"},"dropoff":{"address":"', (g.addr1(cu), ADDR), '","geo":[', g.coords("en-NG"), ']},"total_ngn":', str(g.ri(2500, 45000)), '}\n')
    b('{"order_id":"', oid, '","event":"payment.authorized","ts":"', g.iso(), '","card":{"bin":"5', g.digits(5), '","last4":"', g.last4(), '","brand":"verve"},"gateway_ref":"', g.alnum(12, string.ascii_uppercase + string.digits), '","client_ip":"', (g.ip4(), IP), '"}\n')
    b('{"order_id":"', oid, '","event":"rider.assigned","ts":"', g.iso(), '","rider":{"id":"RD', g.digits(5), '","first_name":"', (rider.first, PER), '","vehicle":"bike"},"eta_min":', str(g.ri(12, 55)), '}\n')
    return b.done()


def _del_email_en_ca(g: G) -> Text:
    cu = g.person("en-CA")
    b = _B()
    b("Subject: Your refund for order ", g.alnum(3, string.ascii_uppercase), "-", g.digits(7), " is on its way\n\n")
    b("Hi ", (cu.first, PER), ",\n\nWe're sorry about the missing items from ", g.ch(["Tim Hortons", "Mary Brown's Chicken", "Pizza Pizza", "Jack Astor's"]),
      ". A refund of ", g.amount("$", 6, 60), " has been issued to your ", g.ch(["Visa", "Mastercard", "Amex"]), " ending in ", g.last4(), ".\n")
    b("It may take 5-10 business days to appear on your statement.\n\nDelivered to: ", (g.addr1(cu), ADDR), "\n")
    b("Account: ", (cu.email, EM), "\n\n")
    b("This email was sent to you because you placed an order. Manage notifications in the app (v", g.version(), ").\n")
    b("SkipDash Canada Inc., ", ("330 Bay St, Toronto, ON M5H 2S8", ADDR), " · Privacy Policy · Unsubscribe")
    return b.done()


def _del_push_en_au(g: G) -> Text:
    b = _B()
    lines = []
    for _ in range(g.ri(3, 6)):
        k = g.ri(0, 5)
        if k == 0:
            lines.append([(g.fk["en_AU"].first_name(), PER), " is on the way with your order from ", g.ch(["Grill'd", "Guzman y Gomez", "Mad Mex", "Nando's"]), " 🛵"])
        elif k == 1:
            lines.append(["Your order #", g.digits(5), " has been delivered. Rate your experience!"])
        elif k == 2:
            lines.append(["20% off tonight only with code ", g.alnum(6, string.ascii_uppercase + string.digits), " – ends 11:59pm AEST"])
        elif k == 3:
            lines.append(["New sign-in to your account from ", g.ch(["iPhone", "Android", "Chrome on Windows"]), ". Not you? Reset your password."])
        elif k == 4:
            p = g.person("en-AU")
            lines.append(["Hi ", (p.first, PER), ", your Group Order with ", (g.fk["en_AU"].first_name(), PER), " closes in 10 min"])
        else:
            lines.append(["Receipt for ", g.date(2025, 2026).strftime("%d %b"), ": ", g.amount("$", 12, 90), " paid with ", g.masked()])
    b.lines(lines)
    return b.done()


def _del_sms_en_ke(g: G) -> Text:
    cu, rider = g.person("en-KE"), g.person("en-KE")
    b = _B()
    b("GLOVO: Hi ", (cu.first, PER), ", your order ", g.alnum(3, string.ascii_uppercase), g.digits(5), " from ", g.ch(["Java House", "Artcaffe", "KFC Sarit", "Chicken Inn"]),
      " is being prepared. Rider: ", (rider.full, PER), " ", (rider.mobile, PH), ". Deliver to: ", (g.addr1(cu), ADDR),
      ". Pay KES ", f"{g.ri(600, 4900)}", " via M-PESA Till ", g.digits(6), ".")
    return b.done()


TEMPLATES = [
    ("clinic.referral_email.de-DE", _clinic_referral_de),
    ("clinic.appointment_sms.es-ES", _clinic_sms_es),
    ("clinic.scheduling_call_stt.en-US", _clinic_stt_en_us),
    ("clinic.registration_form_ocr.en-GB", _clinic_form_en_gb),
    ("clinic.portal_json_log.en-IN", _clinic_json_en_in),
    ("clinic.billing_ticket_note.fr-BE", _clinic_ticket_fr_be),
    ("claims.fnol_call_notes.en-AU", _claims_notes_en_au),
    ("claims.quoted_reply_email.en-GB", _claims_email_en_gb),
    ("claims.form_post_dump.pt-BR", _claims_form_pt_br),
    ("claims.adjuster_crm_note.it-IT", _claims_crm_it),
    ("claims.ach_csv_in_ticket.en-US", _claims_csv_en_us),
    ("claims.sms_thread.en-NG", _claims_sms_en_ng),
    ("hotel.booking_confirmation.fr-FR", _hotel_confirm_fr),
    ("hotel.shift_handover_log.en-GB", _hotel_shift_en_gb),
    ("hotel.guest_chat_export.es-MX", _hotel_chat_es_mx),
    ("hotel.pms_access_log.en-US", _hotel_access_en_us),
    ("hotel.registration_card_ocr.de-DE", _hotel_ocr_de),
    ("hotel.complaint_ticket.en-KE", _hotel_ticket_en_ke),
    ("admissions.application_form_dump.en-IN", _adm_form_en_in),
    ("admissions.officer_email_signature.en-CA", _adm_email_en_ca),
    ("admissions.env_config_paste.en-US", _adm_config_en_us),
    ("admissions.recommendation_letter.pl-PL", _adm_letter_pl),
    ("admissions.support_chat.nl-NL", _adm_chat_nl),
    ("admissions.notification_subjects.en-NG", _adm_subjects_en_ng),
    ("telecom.sim_swap_call_stt.en-GB", _tel_stt_en_gb),
    ("telecom.port_in_ticket.tr-TR", _tel_port_tr),
    ("telecom.radius_json_log.en-AU", _tel_radius_en_au),
    ("telecom.billing_dispute_email.pt-PT", _tel_email_pt),
    ("telecom.sms_inbox.es-PE", _tel_sms_es_pe),
    ("telecom.crm_interaction.en-KE", _tel_crm_en_ke),
    ("carrental.agreement_ocr.it-IT", _car_ocr_it),
    ("carrental.damage_claim_email.en-US", _car_email_en_us),
    ("carrental.counter_chat.fr-FR", _car_chat_fr),
    ("carrental.app_kv_log.en-CA", _car_kv_en_ca),
    ("carrental.booking_csv_paste.nl-NL", _car_csv_nl),
    ("carrental.toll_sms.en-IN", _car_sms_en_in),
    ("gym.signup_kv_form.es-ES", _gym_form_es),
    ("gym.cancellation_quoted_email.en-CA", _gym_email_en_ca),
    ("gym.trainer_chat_export.pt-BR", _gym_chat_pt_br),
    ("gym.door_access_log.en-AU", _gym_access_en_au),
    ("gym.direct_debit_ticket.pt-PT", _gym_dd_pt),
    ("gym.app_crash_report.en-US", _gym_crash_en_us),
    ("payroll.new_hire_email.en-US", _pay_email_en_us),
    ("payroll.bank_change_ticket.fr-BE", _pay_ticket_fr_be),
    ("payroll.hris_extract_paste.en-IN", _pay_csv_en_in),
    ("payroll.onboarding_chat.ro-RO", _pay_chat_ro),
    ("payroll.payslip_ocr.en-GB", _pay_ocr_en_gb),
    ("payroll.service_config_yaml.en-CA", _pay_config_en_ca),
    ("city.development_application.en-AU", _city_form_en_au),
    ("city.service_request_311.en-US", _city_311_en_us),
    ("city.residence_certificate_email.es-MX", _city_email_es_mx),
    ("city.parking_appeal_form.en-GB", _city_appeal_en_gb),
    ("city.permit_live_chat.en-KE", _city_chat_en_ke),
    ("city.eservices_app_log.tr-TR", _city_log_tr),
    ("delivery.support_chat.en-IN", _del_chat_en_in),
    ("delivery.rider_incident_ticket.es-PE", _del_ticket_es_pe),
    ("delivery.order_event_json.en-NG", _del_json_en_ng),
    ("delivery.refund_email.en-CA", _del_email_en_ca),
    ("delivery.push_notifications.en-AU", _del_push_en_au),
    ("delivery.order_sms.en-KE", _del_sms_en_ke),
]


def free_text(n: int, seed: int) -> list[Text]:
    g = G(random.Random(f"prism-{seed}"))
    return [TEMPLATES[i % len(TEMPLATES)][1](g) for i in range(n)]


# == structured ===============================================================================

def _dob_mixed(g: G, p: P, alts: tuple = ("%Y-%m-%d",), share: float = 0.2) -> str:
    if g.p(share):
        return p.dob.strftime(g.ch(list(alts)))
    return p.dob_s


def _placeholder(g: G, fn, rate: float = 0.02, choices=("N/A", "-", "unknown", "n/a", "000")):
    def inner(p):
        return g.ch(list(choices)) if g.p(rate) else fn(p)
    return inner


def _build(g: G, rows: int, locs: list[str], spec: list, dob_years=(1945, 2006)) -> list[Column]:
    people = [g.person(g.ch(locs), dob_years) for _ in range(rows)]
    cols = []
    for name, ent, fn, blank in spec:
        cols.append(Column(name, ent, [None if g.p(blank) else fn(p) for p in people]))
    assert len(cols) == 17, (len(cols), [c.name for c in cols])
    return cols


def _bucket(y: int) -> str:
    return f"{y // 10 * 10}-{y // 10 * 10 + 9}"


def _t_clinic(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["de-DE"], [
        ("Patient-Nr", None, lambda p: "P" + g.digits(8), 0.0),
        ("Nachname", PER, lambda p: p.last, 0.0),
        ("Vorname", PER, lambda p: p.first, 0.01),
        ("Geb.-Datum", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%d.%m.%y")), 0.01),
        ("Geburtsort", LOC, _placeholder(g, lambda p: g.ch(["Essen", "Rostock", "Graz", "Ankara", "Kattowitz", "Kassel", "Bozen", p.city]), 0.03, ("unbekannt", "-")), 0.15),
        ("Anschrift", ADDR, lambda p: g.addr1(p), 0.04),
        ("Tel", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["nat", "nat", "plain", "intl", "dash"])), 0.08),
        ("c7", EM, lambda p: p.email, 0.2),
        ("email_verified", None, lambda p: g.ch(["true", "false", "true"]), 0.0),
        ("telefon_typ", None, lambda p: g.ch(["mobil", "festnetz", "dienstlich"]), 0.05),
        ("Krankenkasse", None, lambda p: g.ch(["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "privat"]), 0.0),
        ("kasse_ik", None, lambda p: "10" + g.digits(7), 0.02),
        ("Termin", None, lambda p: g.dt(2025, 2026).strftime("%d.%m.%Y %H:%M"), 0.0),
        ("Fachabteilung", None, lambda p: g.ch(["Kardiologie", "Orthopädie", "Dermatologie", "Neurologie", "Gastroenterologie"]), 0.0),
        ("ICD10", None, lambda p: g.ch(["I48.0", "M54.5", "L40.0", "G43.9", "K21.9", "R00.2", "E11.9"]), 0.1),
        ("geburtsjahr_gruppe", None, lambda p: _bucket(p.dob.year), 0.0),
        ("anschrift_typ", None, lambda p: g.ch(["Wohnanschrift", "Postanschrift", "Heim"]), 0.02),
    ])


def _t_claims(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["en-US"], [
        ("claim_id", None, lambda p: "CLM-" + g.digits(4) + "-" + g.digits(6), 0.0),
        ("policy_no", None, lambda p: g.ch(["HO3", "AU", "PA"]) + g.digits(9), 0.0),
        ("claimant", PER, lambda p: f"{p.last}, {p.first}" if g.p(0.7) else p.full.upper(), 0.0),
        ("insured.first_name", PER, lambda p: p.first, 0.05),
        ("SSN", SSN, _placeholder(g, lambda p: g.ssn(), 0.02, ("XXX-XX-XXXX", "pending")), 0.06),
        ("dob", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%m-%d-%Y")), 0.02),
        ("mailing_address", ADDR, lambda p: g.addr1(p), 0.03),
        ("phone_home", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["nat", "nat", "dash", "dot", "plain", "e164"])), 0.1),
        ("field_2", EM, lambda p: p.email, 0.15),
        ("payee_acct", BANK, lambda p: g.account(), 0.25),
        ("ROUTING_NO", None, lambda p: g.routing(), 0.25),
        ("loss_date", None, lambda p: g.date(2024, 2026).strftime("%m/%d/%Y"), 0.0),
        ("paid_amount", None, lambda p: f"{g.rng.uniform(0, 25000):.2f}", 0.1),
        ("status", None, lambda p: g.ch(["OPEN", "CLOSED", "SUBRO", "LITIGATION", "REOPENED"]), 0.0),
        ("card_last4", None, lambda p: g.last4(), 0.5),
        ("email_verified", None, lambda p: g.ch(["Y", "N"]), 0.0),
        ("vin", None, lambda p: g.alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0.4),
    ])


def _t_hotel(g: G, rows: int) -> list[Column]:
    hotels = ["The Hamilton", "Hotel Victor Hugo", "Villa Borghese Suites", "Grand Hotel Ernst August", "Casa Fuster", "Kingsley Park Hotel"]
    return _build(g, rows, ["fr-FR", "de-DE", "en-GB", "es-ES", "it-IT", "nl-NL", "en-US"], [
        ("ConfirmationNo", None, lambda p: g.alnum(2, string.ascii_uppercase) + g.digits(8), 0.0),
        ("GuestName", PER, lambda p: p.full if g.p(0.8) else f"{p.last.upper()}/{p.first.upper()}", 0.0),
        ("Email", EM, lambda p: p.email, 0.12),
        ("Phone", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["intl", "e164", "00", "nat"])), 0.1),
        ("HomeAddress", ADDR, lambda p: g.addr1(p), 0.2),
        ("HomeCity", LOC, lambda p: p.city, 0.15),
        ("DateOfBirth", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d",), 0.3), 0.45),
        ("CardNumber", CC, lambda p: g.card(style=g.ch(["", "", " "])), 0.3),
        ("LastLoginIP", IP, lambda p: g.ip(), 0.4),
        ("CheckIn", None, lambda p: g.date(2025, 2026).isoformat(), 0.0),
        ("CheckOut", None, lambda p: g.date(2025, 2026).isoformat(), 0.0),
        ("PropertyName", None, lambda p: g.ch(hotels), 0.0),
        ("RoomType", None, lambda p: g.ch(["DBL", "TWN", "KNG", "STE", "DLX-K"]), 0.0),
        ("CardBrand", None, lambda p: g.ch(["VI", "MC", "AX", "JCB"]), 0.3),
        ("CardExp", None, lambda p: f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", 0.3),
        ("CountryCode", None, lambda p: p.region_code, 0.02),
        ("MarketingOptIn", None, lambda p: g.ch(["0", "1"]), 0.0),
    ])


def _t_admissions(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["en-IN", "en-NG", "en-KE", "tr-TR", "pt-BR"], [
        ("applicationId", None, lambda p: "APP" + g.digits(7), 0.0),
        ("applicantName", PER, lambda p: p.full, 0.0),
        ("dateOfBirth", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%d-%m-%Y")), 0.01),
        ("birthPlace", LOC, lambda p: g.ch([p.city, g.ch(_CITIES[p.loc])[0]]), 0.1),
        ("contactEmail", EM, lambda p: p.email, 0.0),
        ("mobileNo", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["e164", "intl", "plain", "nat"])), 0.05),
        ("permanentAddress", ADDR, lambda p: g.addr1(p), 0.08),
        ("guardianName", PER, lambda p: g.fk[_LOCALES[p.loc][0]].first_name() + " " + p.last, 0.2),
        ("portalPassword", PW, lambda p: g.password(), 0.05),
        ("passwordChangedAt", None, lambda p: g.iso(False), 0.3),
        ("programmeCode", None, lambda p: g.ch(["BSC-CS", "BENG-EE", "LLB", "MBBS", "BA-ECO"]), 0.0),
        ("intakeTerm", None, lambda p: g.ch(["2025-FALL", "2026-SPRING", "2026-FALL"]), 0.0),
        ("examScore", None, lambda p: f"{g.rng.uniform(40, 100):.2f}", 0.05),
        ("feeAmount", None, lambda p: str(g.ri(50, 400)) + ".00", 0.0),
        ("emailVerified", None, lambda p: g.ch(["true", "false"]), 0.0),
        ("nationalityCode", None, lambda p: p.region_code, 0.0),
        ("birthYearBucket", None, lambda p: _bucket(p.dob.year), 0.0),
    ], dob_years=(1995, 2008))


def _t_telecom(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["pl-PL"], [
        ("ID_ABONENTA", None, lambda p: g.digits(10), 0.0),
        ("IMIE", PER, lambda p: p.first.upper() if g.p(0.3) else p.first, 0.0),
        ("NAZWISKO", PER, lambda p: p.last.upper() if g.p(0.3) else p.last, 0.0),
        ("MSISDN", PH, lambda p: g.fmt_phone(g.phone_obj("PL", mobile=True), g.ch(["e164", "plain", "intl"])).lstrip("+"), 0.0),
        ("DATA_UR", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d",), 0.4), 0.03),
        ("ADRES_KORESP", ADDR, lambda p: g.addr1(p), 0.05),
        ("EMAIL", EM, lambda p: p.email, 0.25),
        ("OSTATNI_IP", IP, lambda p: g.ip(), 0.3),
        ("NR_KONTA", IBAN, lambda p: g.iban("PL", g.p(0.5)), 0.4),
        ("IMEI", None, lambda p: g.imei(), 0.1),
        ("IMSI", None, lambda p: "26001" + g.digits(10), 0.0),
        ("ICCID", None, lambda p: "894801" + g.digits(13), 0.0),
        ("TARYFA", None, lambda p: g.ch(["NO LIMIT M", "FIRMA 50", "KARTA", "MIX 30"]), 0.0),
        ("IP_VERSION", None, lambda p: g.ch(["v4", "v6", "dual"]), 0.0),
        ("DATA_AKTYWACJI", None, lambda p: g.date(2015, 2026).strftime("%Y-%m-%d"), 0.0),
        ("SALDO_PLN", None, lambda p: f"{g.rng.uniform(-50, 200):.2f}", 0.0),
        ("PHONE_TYPE", None, lambda p: g.ch(["SMARTPHONE", "FEATURE", "ROUTER", "M2M"]), 0.05),
    ])


def _t_carrental(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["it-IT", "fr-FR", "es-ES", "de-DE"], [
        ("Contratto", None, lambda p: g.alnum(3, string.ascii_uppercase) + g.digits(7), 0.0),
        ("Nome Cliente", PER, lambda p: p.full, 0.0),
        ("driver.email", EM, lambda p: p.email, 0.1),
        ("Telefono", PH, lambda p: g.fmt_phone(p.phone_obj), 0.05),
        ("Data di nascita", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d",), 0.2), 0.02),
        ("Luogo di nascita", LOC, lambda p: g.ch(_CITIES[p.loc])[0], 0.1),
        ("Indirizzo", ADDR, lambda p: g.addr1(p), 0.05),
        ("Carta", CC, lambda p: g.card(), 0.1),
        ("Targa", None, lambda p: g.plate("it-IT"), 0.0),
        ("Filiale", None, lambda p: g.ch(["Roma Fiumicino", "Milano Linate", "Nice Aéroport", "Madrid Barajas T4", "München Hbf"]), 0.0),
        ("Ritiro", None, lambda p: g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), 0.0),
        ("Riconsegna", None, lambda p: g.dt(2025, 2026).strftime("%d/%m/%Y %H:%M"), 0.05),
        ("Km", None, lambda p: str(g.ri(20, 4000)), 0.05),
        ("Importo", None, lambda p: f"{g.rng.uniform(40, 2200):.2f}".replace(".", ","), 0.0),
        ("card_last4", None, lambda p: g.last4(), 0.1),
        ("card_brand", None, lambda p: g.ch(["VISA", "MASTERCARD", "AMEX"]), 0.1),
        ("Categoria", None, lambda p: g.ch(["MDMR", "CDMR", "IDAR", "SFAR", "PVMR"]), 0.0),
    ])


def _t_gym(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["en-AU"], [
        ("member.id", None, lambda p: "M" + g.digits(7), 0.0),
        ("member.name.first", PER, lambda p: p.first, 0.0),
        ("member.name.last", PER, lambda p: p.last, 0.0),
        ("member.contact.email", EM, lambda p: p.email, 0.05),
        ("member.contact.mobile", PH, lambda p: g.fmt_phone(g.phone_obj("AU", mobile=True), g.ch(["nat", "plain", "intl", "e164"])), 0.03),
        ("member.address", ADDR, lambda p: g.addr1(p), 0.1),
        ("member.suburb", LOC, lambda p: p.city, 0.1),
        ("member.dob", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%d %b %Y")), 0.04),
        ("billing.card_number", CC, lambda p: g.card(g.ch(["visa", "mc"])), 0.35),
        ("billing.card_last4", None, lambda p: g.last4(), 0.2),
        ("billing.card_brand", None, lambda p: g.ch(["visa", "mastercard"]), 0.2),
        ("plan.name", None, lambda p: g.ch(["Flex 24/7", "Premium 12m", "Student", "Off-Peak"]), 0.0),
        ("plan.fee_fortnight", None, lambda p: g.ch(["29.90", "39.90", "49.90", "22.00"]), 0.0),
        ("home_club", None, lambda p: g.ch(["Fitzroy North", "Parramatta Westfield", "Fortitude Valley", "Subiaco"]), 0.0),
        ("fob.uid", None, lambda p: g.hexs(8).upper(), 0.05),
        ("joined_at", None, lambda p: g.date(2019, 2026).isoformat(), 0.0),
        ("marketing.sms_opt_in", None, lambda p: g.ch(["true", "false"]), 0.0),
    ])


def _t_payroll(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["en-US"], [
        ("emp_id", None, lambda p: "E" + g.digits(6), 0.0),
        ("emp_nm", PER, lambda p: p.full, 0.0),
        ("ssn_no", SSN, lambda p: g.ssn(g.ch(["-", "-", ""])), 0.01),
        ("dob", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%Y%m%d")), 0.0),
        ("addr_1", ADDR, lambda p: g.addr1(p), 0.02),
        ("ph", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["nat", "dash", "plain", "dot"])), 0.05),
        ("pers_email", EM, lambda p: p.email, 0.2),
        ("acct_no", BANK, lambda p: g.account(), 0.05),
        ("tmp_pwd", PW, lambda p: g.password(), 0.7),
        ("rtng_no", None, lambda p: g.routing(), 0.05),
        ("pwd_hash", None, lambda p: g.bcrypt(), 0.0),
        ("pwd_chg_at", None, lambda p: g.iso(False), 0.1),
        ("hire_dt", None, lambda p: g.date(2005, 2026).strftime("%m/%d/%Y"), 0.0),
        ("dept", None, lambda p: g.ch(["FIN", "OPS", "ENG", "HR", "SALES"]), 0.0),
        ("job_title", None, lambda p: g.fk["en_US"].job(), 0.0),
        ("base_sal", None, lambda p: str(g.ri(38, 220) * 1000), 0.0),
        ("ein", None, lambda p: g.digits(2) + "-" + g.digits(7), 0.0),
    ])


def _t_city(g: G, rows: int) -> list[Column]:
    return _build(g, rows, ["nl-NL"], [
        ("zaaknummer", None, lambda p: "Z-" + str(g.ri(2024, 2026)) + "-" + g.digits(6), 0.0),
        ("achternaam", PER, lambda p: p.last, 0.0),
        ("voornamen", PER, lambda p: p.first, 0.0),
        ("geboortedatum", DOB, lambda p: _dob_mixed(g, p, ("%Y-%m-%d", "%d %m %Y")), 0.01),
        ("geboorteplaats", LOC, lambda p: g.ch(_CITIES["nl-NL"])[0] if g.p(0.8) else g.ch(["Paramaribo", "Istanbul", "Casablanca", "Antwerpen", "Willemstad"]), 0.05),
        ("woonadres", ADDR, lambda p: g.addr1(p), 0.02),
        ("telefoonnummer", PH, lambda p: g.fmt_phone(p.phone_obj, g.ch(["nat", "plain", "intl", "dash"])), 0.2),
        ("e-mailadres", EM, lambda p: p.email, 0.25),
        ("rekeningnummer", IBAN, lambda p: g.iban("NL"), 0.5),
        ("product", None, lambda p: g.ch(["paspoort", "identiteitskaart", "rijbewijs", "uittreksel BRP", "parkeervergunning"]), 0.0),
        ("aanvraagdatum", None, lambda p: g.date(2025, 2026).strftime("%d-%m-%Y"), 0.0),
        ("leges", None, lambda p: g.ch(["€ 84,70", "€ 77,65", "€ 43,75", "€ 15,40"]), 0.0),
        ("status", None, lambda p: g.ch(["ontvangen", "in behandeling", "afgerond", "geannuleerd"]), 0.0),
        ("adres_soort", None, lambda p: g.ch(["woonadres", "briefadres"]), 0.0),
        ("kanaal", None, lambda p: g.ch(["balie", "online", "post"]), 0.0),
        ("balie_locatie", None, lambda p: g.ch(["Stadsloket Centrum", "Stadsdeelkantoor Noord", "Servicepunt Zuid"]), 0.1),
        ("geboortejaar", None, lambda p: str(p.dob.year // 5 * 5) + "+", 0.0),
    ])


def _t_delivery(g: G, rows: int) -> list[Column]:
    brands = ["Trattoria da Mario", "Casa Pepe", "Chez Margot", "Tasca do Zé", "Pizzeria Luigi", "Burger Lab", "Sushi Kō", "La Piadineria"]
    return _build(g, rows, ["es-ES", "pt-PT", "it-IT", "fr-FR"], [
        ("merchantId", None, lambda p: "MRC" + g.digits(6), 0.0),
        ("brandName", None, lambda p: g.ch(brands), 0.0),
        ("c2", PER, lambda p: p.full, 0.02),
        ("ownerEmail", EM, lambda p: p.email, 0.02),
        ("telefono_contacto", PH, lambda p: g.fmt_phone(p.phone_obj), 0.05),
        ("direccion_recogida", ADDR, lambda p: g.addr1(p), 0.0),
        ("payout_iban", IBAN, lambda p: g.iban(p.iban_cc, g.p(0.3)), 0.1),
        ("apiKey", KEY, lambda p: g.apikey(g.ch(["generic", "stripe", "generic"])), 0.3),
        ("lastLoginIp", IP, lambda p: g.ip(), 0.1),
        ("apiKeyId", None, lambda p: "kid_" + g.hexs(8), 0.3),
        ("webhookUrl", None, lambda p: "https://hooks.partner-pos.example/" + g.hexs(10), 0.5),
        ("category", None, lambda p: g.ch(["pizza", "sushi", "burger", "healthy", "tapas"]), 0.0),
        ("commissionPct", None, lambda p: g.ch(["18", "22", "25", "30"]), 0.0),
        ("onboardedAt", None, lambda p: g.iso(False), 0.0),
        ("country", None, lambda p: p.region_code, 0.0),
        ("avgRating", None, lambda p: f"{g.rng.uniform(3.2, 4.9):.1f}", 0.05),
        ("posVersion", None, lambda p: g.version(), 0.2),
    ])


TABLE_NAMES = ("clinic_outpatient_visits", "insurance_claims", "hotel_guest_profiles", "university_applicants",
               "telecom_subscribers", "car_rental_contracts", "gym_members", "payroll_employees",
               "municipal_service_requests", "delivery_merchant_accounts")
_TABLES = (_t_clinic, _t_claims, _t_hotel, _t_admissions, _t_telecom, _t_carrental, _t_gym, _t_payroll, _t_city,
           _t_delivery)


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"prism-{seed}")
    rng.random()  # step off free_text's stream so tables do not reuse its first names
    g = G(rng)
    return {name: fn(g, rows) for name, fn in zip(TABLE_NAMES, _TABLES)}
