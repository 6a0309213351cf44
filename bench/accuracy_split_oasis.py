"""Accuracy split "oasis": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date
    Helper "oasis", 2026-11-27 (fixed "today" used for every relative date: 2026-11-27; no clock reads).

Independence
    Written from the task prompt only. Read: the prompt text (which gives the exact definitions of LABELS, Text,
    Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6 imported from bench/accuracy_data.py), the output of
    `ls bench/`, and the outputs of local Faker / phonenumbers calls (available locales, sample names, example
    numbers). Not read: bench/accuracy_data.py itself, any other bench file or split, rules/, pii_audit/, tests/,
    docs/, README/SPEC files, results. The scanner (pii-audit / pii_audit) and Presidio were never read or run.

API
    free_text(n, seed) -> list[Text]      text i renders TEMPLATES[i % len(TEMPLATES)]; benchmark: free_text(500, 7)
    structured(rows, seed) -> dict[str, list[Column]]                               benchmark: structured(150, 11)
    TEMPLATES                             63 template functions (attributes .cc, .lang, .shape)
    Deterministic: every text / row gets its own random.Random(f"oasis-{seed}-...") (string seeds, hash-seed
    independent); each Faker is re-seeded from that rng; no sets are iterated. Both calls together take ~2-3 s.

Domains
    Pathology / blood-test laboratory; scrap-metal and end-of-life-vehicle yard; volunteer mountain rescue / search
    team; bridal and formal-wear shop; piano tuning and music lessons; solar-panel and heat-pump installer.

Languages (templates; 63 in all)
    English 35 (55.6 %): US 9, GB 6, CA 3, AU 4, IN 3, IE 2, ZA 2, NZ 2, PH 1, NG 1, SG 1, KE 1.
    Other 28 (44.4 %), 17 languages: German 3, French 3, Spanish 2, Italian 2, Dutch 2, Portuguese (BR) 2,
    Polish 2, Turkish 2, Romanian 2, Swedish 1, Danish 1, Estonian 1, Lithuanian 1, Slovenian 1,
    Tagalog/Taglish 1, Catalan 1, Vietnamese 1.  From the "barely used" list: Turkish, Romanian, Estonian,
    Lithuanian, Slovenian, Tagalog, Catalan, Vietnamese (8 languages, 10 templates).
    Names come from Faker in the country's locale (hand lists for PH/TL, SG, ZA, Catalan, Vietnamese); towns,
    streets, postcodes and address order are hand-written per country; phones are generated per region and kept
    only if phonenumbers.is_valid_number() holds and the number belongs to that region; birth dates use the
    country's numeric format or a spelled-out local form.

Shapes
    E-mails with signatures, '>'-quoted replies and forwarded headers; WhatsApp / Teams / Slack / live-chat
    exports; SMS threads; tickets with internal notes; CRM / call notes; lower-case speech-to-text transcripts
    (EN, IE, FR); form dumps (key: value, key=value URL-encoded, tab-separated); nginx access log; JSON-lines
    app log; .env config; OCR'd form with 1/I confusions; spreadsheet rows; notification subjects; SMS
    notifications; incident logs; 3 texts with no PII at all (release notes, ops memo, stock report).

Value rules
    Every labelled value is inserted as its own part, so offsets are exact; _G.build() asserts text[s:e] == value,
    no overlaps, no leading/trailing quote/bracket/punctuation (secrets excepted), and re-validates values:
    phones with phonenumbers, cards with Luhn, IBANs with mod-97, SSNs (no 000/666/9xx area, 00 group, 0000
    serial). free_text() also asserts that every e-mail-shaped string in a text is covered by an EMAIL span.
    IBANs: _iban_of for supported countries, an own mod-97 generator for TR, RO, EE, LT (not national check
    digits).  Cards: Visa / Mastercard (incl. 2221) / Amex via _luhn, spaced, dashed or plain.

Label conventions as applied
    PERSON: speakers in chats, signatures, "Last, First", UPPER-case surnames, lower-case names in transcripts,
    first-only and surname-only mentions, "T. Roberts"; titles (Mr., Mrs., Frau, Mme, M.) stay outside.  Names
    inside brands/shops/streets/practices (Vera Wang, Steinway, Oliver Plunkett Street, Dr Patel & Partners,
    Auto-Złom Kowalski) and pet names are not labelled.
    STREET_ADDRESS: street line + postcode + town as one span; multi-line blocks one span (flat inside); '>'
    quoted address lines one span each; business addresses in signatures labelled; bare street lines labelled.
    LOCATION: home town / birthplace / where someone travels to; branch, depot, base, store, site towns not.
    DATE_OF_BIRTH only for birth dates; wedding, pickup, install, expiry and log dates are plain text.
    PASSWORD/API_KEY: plaintext secrets only (sk_live_, sk-proj-, AIza, ghp_, SG., xoxb-, 40-hex under an
    api-key name); bcrypt hashes, sha256 hashes, pk_live_ keys, Twilio SIDs, session ids and salts unlabelled.
    US_BANK_NUMBER: account only; routing numbers (valid ABA checksum) unlabelled.  NUBAN (NG) unlabelled.
    IP_ADDRESS: public v4/v6 only; RFC1918 addresses unlabelled.  EMAIL_ADDRESS: all, role addresses included.
    PHONE_NUMBER: every valid number, business lines included; spoken digits in transcripts labelled when valid.

Look-alikes (never labelled)
    Masked cards and last-4, expiry, CVV, auth codes, private IPs, version strings, sha256 / bcrypt hashes, UUIDs,
    order / ticket / invoice / claim / tracking / barcode / protocol numbers, OTPs and door codes, NMI and meter
    numbers, VINs and registration plates, PLB beacon ids, SWIFT/BIC, GPS coordinates, amounts, timestamps and
    non-birth dates, brand / product / practice names containing person names, pet names, branch towns.

Tables (12; locale; columns PII / look-alike; header style)
    lab_patients             GB  20:  7 / 13  snake_case, abbreviations (dob, tel, addr1), opaque col_7 (GP name)
    lab_portal_accounts      US  21:  9 / 12  camelCase, opaque field_3 (SSN), pwd, apiKey
    altfahrzeug_annahme      DE  18:  7 / 11  German headers (Vorname, Nachname, Geburtsdatum, Wohnort, IBAN)
    SCALE_TICKETS            US  19:  6 / 13  UPPER_SNAKE, opaque ATTR2 (SSN), PAYEE_ACCT (US bank)
    rescue_volunteers        NZ  19:  8 / 11  spaced Title Case (First Name, Home Town, Next of Kin, Dog Name)
    grs_intervencije         SI  17:  6 / 11  dotted Slovenian headers (oseba.ime, oseba.priimek), opaque attr2
    RobesClientes            FR  18:  8 / 10  PascalCase French (Prenom, NomFamille, Courriel), opaque Field_3
    formalwear_rentals       AU  19:  7 / 12  snake_case (card_number vs card_last4, name_of_product, order_ip)
    clienti_accordature      IT  18:  8 / 10  Italian abbreviations (tel, cell, data_nascita_allievo)
    export_lectii            RO  17:  6 / 11  fully opaque col_1..col_17 (names, phone, e-mail, DOB, IBAN)
    clientes_fotovoltaica    ES  21:  9 / 12  Spanish snake_case (apellidos, movil, clave_app_monitorizacion)
    heatpump_service_events  CA  22:  7 / 15  dotted (customer.first_name, gateway.public_ip, monitoring.api_key)
    Totals: 229 columns, 88 PII, 141 look-alike.  Blanks at per-column rates 0-60 %; placeholders (N/A, -,
    unknown, n/a, ?, none) in a few PII columns at 2-5 %.

Known limits
    Faker first and last names are drawn independently (gender agreement in some languages is not enforced, and
    a few Faker names are odd); towns/streets are small hand lists, so values repeat across texts; addresses'
    postcodes are plausible but not checked against real streets; EE/LT/TR/RO IBANs satisfy mod-97 only; chat
    templates sometimes draw the same first name for two speakers; no non-Latin scripts; the transcript phone
    numbers are digit groups, not spelled-out words.
"""
from __future__ import annotations

import hashlib
import random
import re
import string
import unicodedata
from datetime import date, datetime, timedelta

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

TODAY = date(2026, 11, 27)
_PNF = phonenumbers.PhoneNumberFormat
_PNT = phonenumbers.PhoneNumberType
_IBAN_NATIVE = ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES")


# ----------------------------------------------------------------------------- label helpers
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


def BK(s):
    return (s, "US_BANK_NUMBER")


def IB(s):
    return (s, "IBAN_CODE")


def IP(s):
    return (s, "IP_ADDRESS")


def AD(s):
    return (s, "STREET_ADDRESS")


def LO(s):
    return (s, "LOCATION")


def DB(s):
    return (s, "DATE_OF_BIRTH")


def PW(s):
    return (s, "PASSWORD")


def AK(s):
    return (s, "API_KEY")


# ----------------------------------------------------------------------------- country data
_US_TOWNS = [("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Asheville", "NC", "288"), ("Flagstaff", "AZ", "860"),
             ("Burlington", "VT", "054"), ("Eugene", "OR", "974"), ("Madison", "WI", "537"), ("Tulsa", "OK", "741"),
             ("Fort Collins", "CO", "805"), ("Savannah", "GA", "314"), ("Lansing", "MI", "489"), ("Spokane", "WA", "992")]
_US_STREETS = ["Maple Ave", "Oak Ridge Dr", "W 3rd St", "Cedar Ln", "Highland Blvd", "Pine St", "Willow Creek Rd",
               "E Main St", "Sunset Ct", "Lakeview Ter", "Juniper Way", "N Lincoln Ave", "Washington St"]
_GB_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Exeter", "EX4"), ("York", "YO31"),
             ("Shrewsbury", "SY1"), ("Cardiff", "CF24"), ("Brighton", "BN2"), ("Lancaster", "LA1"), ("Bath", "BA2"),
             ("Inverness", "IV2"), ("Nottingham", "NG7"), ("Kendal", "LA9")]
_GB_STREETS = ["Victoria Road", "Church Lane", "Mill Street", "Albert Terrace", "Kingsway", "The Crescent",
               "Station Road", "Queens Drive", "Elm Grove", "Park View", "Nelson Street"]
_CA_TOWNS = [("Halifax", "NS", "B3H"), ("Kelowna", "BC", "V1Y"), ("Saskatoon", "SK", "S7N"), ("Kingston", "ON", "K7L"),
             ("Moncton", "NB", "E1C"), ("Guelph", "ON", "N1H"), ("Red Deer", "AB", "T4N"), ("Canmore", "AB", "T1W")]
_CA_STREETS = ["Spring Garden Rd", "Bernard Ave", "Princess St", "Wellington St W", "Elm Ave", "Gordon St", "Ross St",
               "Bow Valley Trail"]
_AU_TOWNS = [("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Wollongong", "NSW", "2500"),
             ("Launceston", "TAS", "7250"), ("Bendigo", "VIC", "3550"), ("Fremantle", "WA", "6160"),
             ("Cairns", "QLD", "4870"), ("Katoomba", "NSW", "2780")]
_AU_STREETS = ["Sturt St", "Ruthven St", "Crown St", "Brisbane St", "Pall Mall", "High St", "Grafton St", "Lurline St"]
_IN_TOWNS = [("Pune", "4110"), ("Bengaluru", "5600"), ("Jaipur", "3020"), ("Kochi", "6820"), ("Lucknow", "2260"),
             ("Indore", "4520"), ("Chennai", "6000"), ("Ahmedabad", "3800")]
_IN_STREETS = ["MG Road", "Baner Road", "Nehru Nagar", "Civil Lines", "Anna Salai", "Malviya Nagar 2nd Cross",
               "Palarivattom Road"]
_IN_BLDG = ["Sai Krupa Apartments", "Green Park Residency", "Shanti Niwas", "Lakshmi Towers", "Ganga Heights"]
_IE_TOWNS = [("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Sligo", "F91"), ("Kilkenny", "R95"),
             ("Athlone", "N37"), ("Dundalk", "A91"), ("Tralee", "V92")]
_IE_STREETS = ["Shop Street", "Oliver Plunkett Street", "O'Connell Avenue", "Wine Street", "Patrick Street",
               "Church Road", "Dublin Road"]
_ZA_TOWNS = [("Stellenbosch", "7600"), ("Durban", "4001"), ("Pretoria", "0181"), ("Gqeberha", "6001"),
             ("Bloemfontein", "9301"), ("Polokwane", "0699"), ("George", "6529"), ("Pietermaritzburg", "3201")]
_ZA_STREETS = ["Dorp Street", "Florida Road", "Jan Smuts Avenue", "Church Street", "Nelson Mandela Drive",
               "Voortrekker Road"]
_NZ_TOWNS = [("Dunedin", "9016"), ("Nelson", "7010"), ("Tauranga", "3110"), ("Hamilton", "3204"), ("Napier", "4110"),
             ("Queenstown", "9300"), ("Whanganui", "4500"), ("Invercargill", "9810")]
_NZ_STREETS = ["George Street", "Trafalgar Street", "Cameron Road", "Victoria Street", "Marine Parade", "Tay Street"]
_PH_TOWNS = [("Quezon City", "1100"), ("Makati", "1200"), ("Cebu City", "6000"), ("Davao City", "8000"),
             ("Iloilo City", "5000"), ("Baguio", "2600"), ("Pasig", "1600")]
_PH_STREETS = ["Kalayaan Ave", "Rizal St", "Mabini St", "Osmeña Blvd", "Gen. Luna St", "P. Burgos St"]
_PH_BRGY = ["San Roque", "Poblacion", "Malanday", "Santo Niño", "Bagumbayan", "Kapitolyo"]
_NG_TOWNS = [("Ikeja", "100271"), ("Lekki", "106104"), ("Abuja", "900211"), ("Ibadan", "200285"), ("Enugu", "400102"),
             ("Port Harcourt", "500272")]
_NG_STREETS = ["Allen Avenue", "Admiralty Way", "Aminu Kano Crescent", "Ring Road", "Ogui Road", "Aba Road"]
_KE_TOWNS = [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
             ("Eldoret", "30100"), ("Thika", "01000")]
_KE_STREETS = ["Ngong Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Argwings Kodhek Road"]
_SG_STREETS = ["Tampines St 45", "Ang Mo Kio Ave 3", "Jurong West St 52", "Bedok North Rd", "Toa Payoh Lor 1"]
_DE_TOWNS = [("Freiburg im Breisgau", "79098"), ("Kassel", "34117"), ("Regensburg", "93047"), ("Lüneburg", "21335"),
             ("Göttingen", "37073"), ("Bamberg", "96047"), ("Rosenheim", "83022"), ("Garmisch-Partenkirchen", "82467"),
             ("Würzburg", "97070"), ("Erfurt", "99084")]
_DE_STREETS = ["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Am Mühlbach", "Schillerstraße", "Kirchgasse",
               "Goethestraße", "Rosenstraße", "Waldweg"]
_FR_TOWNS = [("Annecy", "74000"), ("Rennes", "35000"), ("Nantes", "44000"), ("Grenoble", "38000"), ("Dijon", "21000"),
             ("Pau", "64000"), ("Colmar", "68000"), ("Angers", "49100"), ("Chambéry", "73000")]
_FR_STREETS = ["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue de la République",
               "chemin des Vignes", "place du Marché", "rue Pasteur"]
_ES_TOWNS = [("Zaragoza", "50004"), ("Valladolid", "47001"), ("Córdoba", "14002"), ("Granada", "18001"),
             ("Santander", "39001"), ("Oviedo", "33003"), ("Málaga", "29012"), ("Murcia", "30001")]
_ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle Alfonso I", "Paseo de Pereda", "Calle San Fernando",
               "Calle del Carmen"]
_IT_TOWNS = [("Bergamo", "24121", "BG"), ("Trento", "38122", "TN"), ("Bolzano", "39100", "BZ"), ("Lecco", "23900", "LC"),
             ("Parma", "43121", "PR"), ("Lucca", "55100", "LU"), ("Perugia", "06121", "PG"), ("Udine", "33100", "UD")]
_IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Duomo", "Via Mazzini"]
_NL_TOWNS = [("Utrecht", "3511"), ("Zwolle", "8011"), ("Haarlem", "2011"), ("Groningen", "9711"),
             ("Eindhoven", "5611"), ("Leiden", "2311"), ("Deventer", "7411"), ("Amersfoort", "3811")]
_NL_STREETS = ["Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg", "Jan Steenlaan"]
_BR_TOWNS = [("Curitiba", "PR", "80010"), ("Campinas", "SP", "13010"), ("Belo Horizonte", "MG", "30130"),
             ("Florianópolis", "SC", "88010"), ("Recife", "PE", "50030"), ("Porto Alegre", "RS", "90010"),
             ("Goiânia", "GO", "74003")]
_BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua Sete de Setembro", "Avenida Afonso Pena",
               "Rua Padre Chagas"]
_BR_BAIRRO = ["Centro", "Batel", "Savassi", "Boa Viagem", "Moinhos de Vento", "Cambuí"]
_PL_TOWNS = [("Kraków", "31"), ("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "60"), ("Lublin", "20"),
             ("Zakopane", "34"), ("Toruń", "87"), ("Rzeszów", "35")]
_PL_STREETS = ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "ul. Polna", "al. Jana Pawła II", "ul. Krakowska",
               "ul. Słoneczna"]
_SE_TOWNS = [("Uppsala", "753"), ("Umeå", "903"), ("Lund", "222"), ("Örebro", "702"), ("Gävle", "802"),
             ("Östersund", "831"), ("Växjö", "352")]
_SE_STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Skolgatan", "Sveavägen"]
_DK_TOWNS = [("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Roskilde", "4000"), ("Esbjerg", "6700"),
             ("Vejle", "7100")]
_DK_STREETS = ["Vestergade", "Nørregade", "Søndergade", "Skovvej", "Algade", "H.C. Andersens Boulevard"]
_TR_TOWNS = [("İstanbul", "Kadıköy", "34710"), ("Ankara", "Çankaya", "06690"), ("İzmir", "Karşıyaka", "35560"),
             ("Bursa", "Nilüfer", "16110"), ("Antalya", "Muratpaşa", "07100"), ("Eskişehir", "Tepebaşı", "26130"),
             ("Trabzon", "Ortahisar", "61030")]
_TR_MAH = ["Caferağa", "Bahçelievler", "Atatürk", "Cumhuriyet", "Yenimahalle", "Fatih"]
_TR_SOK = ["Moda Cad.", "Gül Sok.", "Papatya Sok.", "İnönü Cad.", "Lale Sok.", "Ihlamur Sok."]
_RO_TOWNS = [("Cluj-Napoca", "400"), ("Brașov", "500"), ("Iași", "700"), ("Timișoara", "300"), ("Sibiu", "550"),
             ("Constanța", "900"), ("Oradea", "410")]
_RO_STREETS = ["Str. Memorandumului", "Bd. Eroilor", "Str. Republicii", "Calea Victoriei", "Str. Lungă",
               "Str. Mihai Eminescu"]
_EE_TOWNS = [("Tartu", "50"), ("Pärnu", "80"), ("Tallinn", "10"), ("Viljandi", "71"), ("Rakvere", "44"),
             ("Haapsalu", "90")]
_EE_STREETS = ["Rüütli tn", "Pikk tn", "Riia mnt", "Tähe tn", "Kalda tee", "Rahu tn"]
_LT_TOWNS = [("Vilnius", "01"), ("Kaunas", "44"), ("Klaipėda", "92"), ("Šiauliai", "76"), ("Panevėžys", "35"),
             ("Alytus", "62")]
_LT_STREETS = ["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Žalgirio g.", "Liepų g."]
_SI_TOWNS = [("Ljubljana", "1000"), ("Maribor", "2000"), ("Kranj", "4000"), ("Celje", "3000"), ("Koper", "6000"),
             ("Bled", "4260"), ("Novo mesto", "8000")]
_SI_STREETS = ["Slovenska cesta", "Prešernova ulica", "Gosposvetska cesta", "Cankarjeva ulica", "Trubarjeva cesta",
               "Ljubljanska cesta"]
_CAT_TOWNS = [("Barcelona", "08012"), ("Girona", "17002"), ("Lleida", "25002"), ("Tarragona", "43001"), ("Vic", "08500"),
              ("Manresa", "08241"), ("Sabadell", "08201")]
_CAT_STREETS = ["Carrer de Sant Pere", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera",
                "Rambla de Catalunya", "Carrer del Pi"]
_VN_TOWNS = [("Hà Nội", "Cầu Giấy"), ("Đà Nẵng", "Hải Châu"), ("Huế", "Thuận Hóa"), ("Cần Thơ", "Ninh Kiều"),
             ("Hải Phòng", "Lê Chân"), ("TP. Hồ Chí Minh", "Bình Thạnh")]
_VN_STREETS = ["Trần Duy Hưng", "Nguyễn Văn Linh", "Lê Lợi", "Hai Bà Trưng", "Điện Biên Phủ"]

_NAMES = {
    "PH": (["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jerome", "Kristine", "Ramon", "Liza",
            "Paolo", "Jennalyn", "Rhea"],
           ["Reyes", "Santos", "Cruz", "Bautista", "Dela Cruz", "Villanueva", "Mendoza", "Garcia", "Castillo",
            "Manalo", "Pangilinan", "Tolentino"]),
    "SG": (["Wei Ling", "Jun Jie", "Siti", "Arun", "Hui Min", "Irfan", "Priya", "Kok Leong", "Shu Fen"],
           ["Tan", "Lim", "Ng", "Abdullah", "Pillai", "Goh", "Chua", "Rahman", "Teo"]),
    "ZA": (["Thandi", "Pieter", "Sipho", "Annelie", "Lerato", "Johan", "Nomvula", "Riaan", "Zanele", "Ruan"],
           ["van der Merwe", "Nkosi", "Botha", "Dlamini", "Pretorius", "Mokoena", "Naidoo", "Fourie", "Khumalo"]),
    "CAT": (["Jordi", "Montserrat", "Núria", "Pau", "Marc", "Laia", "Arnau", "Mireia", "Oriol", "Roser", "Queralt"],
            ["Puig", "Vila", "Ferrer", "Soler", "Casals", "Riera", "Serra", "Pujol", "Vidal", "Font", "Bosch"]),
    "VN": (["Lan", "Tuấn", "Hương", "Bình", "Hải", "Linh", "Dũng", "Trang", "Minh Anh", "Quang"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"]),
}
_VN_MID = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quốc"]

COUNTRIES = {
    "US": {"fk": "en_US", "region": "US", "dob": "%m/%d/%Y", "mail": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]},
    "GB": {"fk": "en_GB", "region": "GB", "dob": "%d/%m/%Y", "mail": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"]},
    "CA": {"fk": "en_CA", "region": "CA", "dob": "%Y-%m-%d", "mail": ["gmail.com", "shaw.ca", "rogers.com", "outlook.com"]},
    "AU": {"fk": "en_AU", "region": "AU", "dob": "%d/%m/%Y", "mail": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"]},
    "IN": {"fk": "en_IN", "region": "IN", "dob": "%d-%m-%Y", "mail": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]},
    "IE": {"fk": "en_IE", "region": "IE", "dob": "%d/%m/%Y", "mail": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"]},
    "ZA": {"fk": None, "region": "ZA", "dob": "%Y/%m/%d", "mail": ["gmail.com", "mweb.co.za", "webmail.co.za", "icloud.com"]},
    "NZ": {"fk": "en_NZ", "region": "NZ", "dob": "%d/%m/%Y", "mail": ["gmail.com", "xtra.co.nz", "outlook.co.nz"]},
    "PH": {"fk": None, "region": "PH", "dob": "%m/%d/%Y", "mail": ["gmail.com", "yahoo.com.ph", "outlook.ph"]},
    "NG": {"fk": "en_NG", "region": "NG", "dob": "%d/%m/%Y", "mail": ["gmail.com", "yahoo.com", "outlook.com"]},
    "KE": {"fk": "en_KE", "region": "KE", "dob": "%d/%m/%Y", "mail": ["gmail.com", "yahoo.com", "africaonline.co.ke"]},
    "SG": {"fk": None, "region": "SG", "dob": "%d/%m/%Y", "mail": ["gmail.com", "singnet.com.sg", "hotmail.sg"]},
    "DE": {"fk": "de_DE", "region": "DE", "dob": "%d.%m.%Y", "mail": ["web.de", "gmx.de", "t-online.de", "posteo.de"]},
    "FR": {"fk": "fr_FR", "region": "FR", "dob": "%d/%m/%Y", "mail": ["orange.fr", "free.fr", "laposte.net", "gmail.com"]},
    "ES": {"fk": "es_ES", "region": "ES", "dob": "%d/%m/%Y", "mail": ["gmail.com", "hotmail.es", "telefonica.net"]},
    "IT": {"fk": "it_IT", "region": "IT", "dob": "%d/%m/%Y", "mail": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"]},
    "NL": {"fk": "nl_NL", "region": "NL", "dob": "%d-%m-%Y", "mail": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]},
    "BR": {"fk": "pt_BR", "region": "BR", "dob": "%d/%m/%Y", "mail": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"]},
    "PL": {"fk": "pl_PL", "region": "PL", "dob": "%d.%m.%Y", "mail": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"]},
    "SE": {"fk": "sv_SE", "region": "SE", "dob": "%Y-%m-%d", "mail": ["telia.com", "gmail.com", "bredband.net"]},
    "DK": {"fk": "da_DK", "region": "DK", "dob": "%d-%m-%Y", "mail": ["mail.dk", "gmail.com", "jubii.dk"]},
    "TR": {"fk": "tr_TR", "region": "TR", "dob": "%d.%m.%Y", "mail": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"]},
    "RO": {"fk": "ro_RO", "region": "RO", "dob": "%d.%m.%Y", "mail": ["yahoo.ro", "gmail.com", "rdslink.ro"]},
    "EE": {"fk": "et_EE", "region": "EE", "dob": "%d.%m.%Y", "mail": ["mail.ee", "gmail.com", "hot.ee"]},
    "LT": {"fk": "lt_LT", "region": "LT", "dob": "%Y-%m-%d", "mail": ["inbox.lt", "gmail.com", "one.lt"]},
    "SI": {"fk": "sl_SI", "region": "SI", "dob": "%d. %m. %Y", "mail": ["siol.net", "gmail.com", "t-2.net"]},
    "CAT": {"fk": None, "region": "ES", "dob": "%d/%m/%Y", "mail": ["gmail.com", "hotmail.com", "telefonica.net"]},
    "VN": {"fk": None, "region": "VN", "dob": "%d/%m/%Y", "mail": ["gmail.com", "yahoo.com.vn", "fpt.vn"]},
    "TL": {"fk": None, "region": "PH", "dob": "%m/%d/%Y", "mail": ["gmail.com", "yahoo.com.ph"]},
}
_NAME_SRC = {"TL": "PH"}
_FAKERS: dict[str, Faker] = {}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("'", "").replace(" ", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and (ch.isalnum() or ch in "-")).lower()


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _own_iban(rng: random.Random, cc: str) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    if cc == "TR":
        bban = rng.choice(["00010", "00062", "00064", "00046"]) + "0" + d(16)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "RONCRT" + d(10)
    elif cc == "EE":
        bban = rng.choice(["22", "10", "17"]) + d(14)
    elif cc == "LT":
        bban = rng.choice(["73000", "70440", "40100"]) + d(11)
    elif cc == "SI":
        bban = rng.choice(["02010", "04302", "10100"]) + d(10)
    else:
        raise ValueError(cc)
    return _iban_check(cc, bban)


def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def _ssn_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ----------------------------------------------------------------------------- text builder + value generators
class _G:
    """Builds one text from parts; every labelled part becomes an exact span."""

    _fmt = string.Formatter()

    def __init__(self, rng: random.Random, cc: str):
        self.rng = rng
        self.cc = cc
        self.C = COUNTRIES[cc]
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self._clock = rng.randint(7 * 60, 11 * 60)
        self.fk = _faker(self.C["fk"]) if self.C["fk"] else None
        if self.fk is not None:
            self.fk.seed_instance(rng.getrandbits(32))

    # building -------------------------------------------------------------
    def w(self, s: str) -> None:
        self.buf.append(s)
        self.pos += len(s)

    def v(self, s: str, label: str) -> None:
        assert label in LABELS, label
        assert s and s == s.strip(), repr(s)
        if label not in ("PASSWORD", "API_KEY"):
            assert s[-1] not in ",;:!?\"'" and s[0] not in "\"'[<", repr(s)
            assert s[0] != "(" or label == "PHONE_NUMBER", repr(s)
            assert s[-1] != ")" or "(" in s, repr(s)
            assert s[-1] != "." or label == "PERSON" or s.endswith(("St.", "g.", "pr.", "al.")), repr(s)
        self.spans.append((self.pos, self.pos + len(s), label))
        self.vals.append(s)
        self.w(s)

    def f(self, fmt: str, **kw) -> None:
        for lit, field, _spec, _conv in self._fmt.parse(fmt):
            if lit:
                self.w(lit)
            if field is None:
                continue
            val = kw[field]
            if isinstance(val, tuple):
                if val[0] is None or val[0] == "":
                    continue
                self.v(val[0], val[1])
            else:
                self.w(str(val))

    def build(self) -> Text:
        text = "".join(self.buf)
        last = -1
        for (s, e, lab), val in zip(self.spans, self.vals):
            assert text[s:e] == val, (text[s:e], val)
            assert s >= last, "overlap"
            last = e
            _check_value(val, lab, self.C["region"])
        return Text(text, list(self.spans))

    # small helpers --------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # people -----------------------------------------------------------------
    def first(self) -> str:
        src = _NAME_SRC.get(self.cc, self.cc)
        if src in _NAMES:
            return self.pick(_NAMES[src][0])
        return self.fk.first_name()

    def last(self) -> str:
        src = _NAME_SRC.get(self.cc, self.cc)
        if src in _NAMES:
            return self.pick(_NAMES[src][1])
        return self.fk.last_name()

    def person(self) -> tuple[str, str]:
        return self.first(), self.last()

    def full(self) -> str:
        f, la = self.person()
        if self.cc == "VN":
            return f"{la} {self.pick(_VN_MID)} {f}"
        return f"{f} {la}"

    def email(self, first: str, last: str, dom: str | None = None) -> str:
        f, la = _fold(first) or "info", _fold(last) or "mail"
        local = self.pick([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{self.ri(1, 99)}", f"{la}.{f}", f"{f}_{la}",
                           f"{f}{self.ri(60, 99)}"])
        return f"{local}@{dom or self.pick(self.C['mail'])}"

    # phones -----------------------------------------------------------------
    def phone(self, kind: str = "m", style: str | None = None, cc: str | None = None) -> str:
        region = COUNTRIES[cc or self.cc]["region"]
        want = (_PNT.MOBILE, _PNT.FIXED_LINE_OR_MOBILE) if kind == "m" else (_PNT.FIXED_LINE, _PNT.FIXED_LINE_OR_MOBILE)
        ex = phonenumbers.example_number_for_type(region, want[0])
        nsn = phonenumbers.national_significant_number(ex)
        keep = 1
        num = ex
        for attempt in range(400):
            k = len(nsn) - keep if attempt < 300 else 4
            cand = nsn[:-k] + self.digits(k)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if (phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in want
                    and phonenumbers.region_code_for_number(num) == region):
                break
        else:
            num = ex
        style = style or self.pick(["nat", "nat", "intl", "intl", "e164", "compact"])
        if style == "intl":
            out = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "e164":
            out = phonenumbers.format_number(num, _PNF.E164)
        else:
            out = phonenumbers.format_number(num, _PNF.NATIONAL)
            if style == "compact":
                compact = "".join(ch for ch in out if ch.isdigit())
                if phonenumbers.is_valid_number(phonenumbers.parse(compact, region)):
                    out = compact
            elif style == "dots" and region in ("US", "CA"):
                d = "".join(ch for ch in out if ch.isdigit())
                out = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        assert phonenumbers.is_valid_number(phonenumbers.parse(out, region)), out
        return out

    # places -----------------------------------------------------------------
    def town(self) -> str:
        return _town_of(self.cc, self.rng)

    def addr(self, multi: bool = False) -> str:
        return _ADDR[self.cc](self, multi)

    def street(self) -> str:
        """A bare street line (house number + street) in the country's order."""
        return _ADDR[self.cc](self, None)

    # dates ------------------------------------------------------------------
    def _birth(self) -> date:
        return date(1942, 1, 1) + timedelta(days=self.ri(0, 365 * 64))

    def dob(self, long: str | None = None) -> str:
        d = self._birth()
        if long:
            m = _MONTHS[long][d.month - 1]
            if long == "en":
                return f"{m} {d.day}, {d.year}" if self.cc in ("US", "PH", "TL") else f"{d.day} {m} {d.year}"
            if long in ("es", "pt"):
                return f"{d.day} de {m} de {d.year}"
            if long == "de":
                return f"{d.day}. {m} {d.year}"
            return f"{d.day} {m} {d.year}"
        return d.strftime(self.C["dob"])

    def day(self, lo: int = -60, hi: int = 60, fmt: str | None = None) -> str:
        d = TODAY + timedelta(days=self.ri(lo, hi))
        return d.strftime(fmt or self.C["dob"])

    def ts(self, fmt: str = "%Y-%m-%dT%H:%M:%SZ", lo: int = -20, hi: int = 0) -> str:
        d = TODAY + timedelta(days=self.ri(lo, hi), seconds=self.ri(0, 86399))
        return datetime(d.year, d.month, d.day, self.ri(6, 22), self.ri(0, 59), self.ri(0, 59)).strftime(fmt)

    def hm(self) -> str:
        """Clock time; successive calls within one text move forward (chat/log order)."""
        self._clock = min(self._clock + self.ri(1, 75), 23 * 60 + 59)
        return f"{self._clock // 60:02d}:{self._clock % 60:02d}"

    # money / ids ------------------------------------------------------------
    def iban(self, spaced: bool | None = None, cc: str | None = None) -> str:
        cc = cc or {"CAT": "ES", "ZA": "GB"}.get(self.cc, self.cc)
        s = _iban_of(self.rng, cc) if cc in _IBAN_NATIVE else _own_iban(self.rng, cc)
        if spaced is None:
            spaced = self.chance(0.5)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex"])
        if brand == "amex":
            d = _luhn(self.rng, self.pick(["34", "37"]), 15)
            groups = [d[:4], d[4:10], d[10:]]
        else:
            d = _luhn(self.rng, "4" if brand == "visa" else self.pick(["51", "53", "55", "2221"]), 16)
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
        sep = self.pick([" ", " ", "-", ""]) if sep is None else sep
        return sep.join(groups)

    def masked(self) -> str:
        return self.pick(["**** **** **** ", "XXXX-XXXX-XXXX-", "xxxx xxxx xxxx ", "************", "•••• "]) + self.digits(4)

    def ssn(self, dashed: bool = True) -> str:
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        s = f"{a:03d}{self.ri(1, 99):02d}{self.ri(1, 9999):04d}"
        return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s

    def acct(self) -> str:
        return str(self.ri(1, 9)) + self.digits(self.ri(7, 11))

    def routing(self) -> str:
        while True:
            r = self.pick(["0210", "0260", "0710", "1210", "0440", "0610", "3222", "1110"]) + self.digits(4)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(c) * k for c, k in zip(r, w))
            return r + str((10 - s % 10) % 10)

    def pw(self) -> str:
        words = ["Marigold", "tuning", "Glacier", "bluebird", "Copper", "harbour", "Soprano", "kestrel", "Veil",
                 "Sunray", "piston", "Heather", "Biscuit", "summit", "Quartz", "lilac"]
        r = self.ri(0, 4)
        if r == 0:
            return f"{self.pick(words)}{self.pick('!#$%&*')}{self.ri(10, 9999)}"
        if r == 1:
            return f"{self.pick(words)}-{self.pick(words)}{self.ri(1, 99)}"
        if r == 2:
            return self.alnum(self.ri(10, 16), string.ascii_letters + string.digits + "!@#%^&*") + self.pick("!#7Q")
        if r == 3:
            return f"{self.pick(words).capitalize()}{self.ri(1960, 2024)}{self.pick('!?$')}"
        return f"{self.pick(words)[:4]}{self.digits(2)}{self.pick(words).upper()[:3]}{self.pick('@#&')}"

    def key(self, kind: str | None = None) -> str:
        kind = kind or self.pick(["stripe", "google", "github", "sendgrid", "slack", "openai", "generic"])
        an = string.ascii_letters + string.digits
        if kind == "stripe":
            return "sk_live_" + self.alnum(32, an)
        if kind == "google":
            return "AIza" + self.alnum(35, an + "-_")
        if kind == "github":
            return "ghp_" + self.alnum(36, an)
        if kind == "sendgrid":
            return "SG." + self.alnum(22, an + "-_") + "." + self.alnum(43, an + "-_")
        if kind == "slack":
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24, an)}"
        if kind == "openai":
            return "sk-proj-" + self.alnum(48, an + "-_")
        return self.alnum(40, "0123456789abcdef")

    def pk(self) -> str:
        return "pk_live_" + self.alnum(32)

    def sid(self) -> str:
        return "AC" + self.alnum(32, "0123456789abcdef")

    def ip4(self) -> str:
        return _ip_public_v4(self.rng)

    def ip6(self) -> str:
        return _ip_public_v6(self.rng)

    def priv(self) -> str:
        r = self.ri(0, 2)
        if r == 0:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if r == 1:
            return f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n: int = 64) -> str:
        return hashlib.sha256(str(self.rng.random()).encode()).hexdigest()[:n]

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, string.ascii_letters + string.digits + "./")

    def ver(self) -> str:
        return f"{self.ri(1, 9)}.{self.ri(0, 24)}.{self.ri(0, 30)}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return prefix + self.digits(n)

    def imei(self) -> str:
        return _luhn(self.rng, self.pick(["35", "86", "01"]), 15)

    def gps(self, lat: float, lon: float) -> str:
        return f"{lat + self.rng.uniform(-0.3, 0.3):.5f}, {lon + self.rng.uniform(-0.3, 0.3):.5f}"

    def otp(self) -> str:
        return self.digits(6)

    def money(self, lo: int = 20, hi: int = 4000) -> str:
        return f"{self.ri(lo, hi)}.{self.ri(0, 99):02d}"


def _check_value(val: str, lab: str, region: str) -> None:
    digits = "".join(ch for ch in val if ch.isdigit())
    if lab == "PHONE_NUMBER":
        assert phonenumbers.is_valid_number(phonenumbers.parse(val, region)), val
    elif lab == "CREDIT_CARD":
        assert _luhn_ok(digits) and 13 <= len(digits) <= 19, val
    elif lab == "IBAN_CODE":
        assert _iban_valid(val), val
    elif lab == "US_SSN":
        assert _ssn_ok(val), val
    elif lab == "EMAIL_ADDRESS":
        assert val.count("@") == 1 and " " not in val, val


def _town_of(cc: str, rng: random.Random) -> str:
    tbl = _TOWNS[cc]
    t = tbl[rng.randrange(len(tbl))]
    return t if isinstance(t, str) else t[0]


def _pc_gb(g: _G, out: str) -> str:
    return f"{out} {g.ri(1, 9)}{g.pick('ABDEFGHJLNPQRSTUWXYZ')}{g.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def _a_us(g: _G, multi):
    town, st, z = g.pick(_US_TOWNS)
    line = f"{g.ri(12, 9899)} {g.pick(_US_STREETS)}"
    apt = g.pick(["", "", f"Apt {g.ri(1, 40)}{g.pick('ABCD')}", f"Unit {g.ri(1, 300)}", f"#{g.ri(100, 999)}"])
    if multi is None:
        return line
    if multi:
        return line + (f"\n{apt}" if apt else "") + f"\n{town}, {st} {z}{g.digits(2)}"
    return line + (f" {apt}" if apt else "") + f", {town}, {st} {z}{g.digits(2)}"


def _a_gb(g, multi):
    town, out = g.pick(_GB_TOWNS)
    line = f"{g.ri(1, 220)} {g.pick(_GB_STREETS)}"
    flat = g.pick(["", "", f"Flat {g.ri(1, 12)}", f"Flat {g.ri(1, 4)}{g.pick('ABC')}"])
    if multi is None:
        return line
    if multi:
        return (f"{flat}\n" if flat else "") + f"{line}\n{town}\n{_pc_gb(g, out)}"
    return (f"{flat}, " if flat else "") + f"{line}, {town} {_pc_gb(g, out)}"


def _a_ca(g, multi):
    town, pr, fsa = g.pick(_CA_TOWNS)
    line = f"{g.ri(10, 2999)} {g.pick(_CA_STREETS)}"
    if g.chance(0.3):
        line = f"{g.ri(101, 1204)}-{line}"
    pc = f"{fsa} {g.ri(0, 9)}{g.pick('ABCEGHJKLMNPRSTVWXYZ')}{g.ri(0, 9)}"
    if multi is None:
        return line
    return f"{line}\n{town} {pr}  {pc}" if multi else f"{line}, {town}, {pr} {pc}"


def _a_au(g, multi):
    town, st, pc = g.pick(_AU_TOWNS)
    line = f"{g.ri(1, 240)} {g.pick(_AU_STREETS)}"
    if g.chance(0.3):
        line = f"{g.ri(1, 12)}/{line}"
    if multi is None:
        return line
    return f"{line}\n{town.upper()} {st} {pc}" if multi else f"{line}, {town} {st} {pc}"


def _a_in(g, multi):
    town, pin = g.pick(_IN_TOWNS)
    line = f"Flat {g.ri(101, 904)}, {g.pick(_IN_BLDG)}, {g.pick(_IN_STREETS)}"
    if multi is None:
        return line
    pc = f"{pin}{g.digits(2)}"
    return f"{line},\n{town} - {pc}" if multi else f"{line}, {town} - {pc}"


def _a_ie(g, multi):
    town, rk = g.pick(_IE_TOWNS)
    line = f"{g.ri(1, 120)} {g.pick(_IE_STREETS)}"
    if multi is None:
        return line
    e = f"{rk} {g.pick('ACDEFHKNPRTVWXY')}{g.alnum(3, 'ACDEFHKNPRTVWXY0123456789')}"
    return f"{line}\n{town}\n{e}" if multi else f"{line}, {town}, {e}"


def _simple(towns, streets, fmt_line, fmt_tail, sep_multi="\n", sep=", "):
    def fn(g, multi):
        t = g.pick(towns)
        line = fmt_line(g, g.pick(streets))
        if multi is None:
            return line
        return line + (sep_multi if multi else sep) + fmt_tail(g, t)
    return fn


_a_za = _simple(_ZA_TOWNS, _ZA_STREETS, lambda g, s: f"{g.ri(1, 180)} {s}", lambda g, t: f"{t[0]}, {t[1]}")
_a_nz = _simple(_NZ_TOWNS, _NZ_STREETS, lambda g, s: f"{g.ri(1, 400)} {s}", lambda g, t: f"{t[0]} {t[1]}")
_a_ph = _simple(_PH_TOWNS, _PH_STREETS, lambda g, s: f"{g.ri(1, 300)} {s}, Brgy. {g.pick(_PH_BRGY)}",
                lambda g, t: f"{t[0]} {t[1]}")
_a_ng = _simple(_NG_TOWNS, _NG_STREETS, lambda g, s: f"{g.ri(1, 60)} {s}", lambda g, t: f"{t[0]} {t[1]}")
_a_ke = _simple(_KE_TOWNS, _KE_STREETS, lambda g, s: f"{g.pick(['Plot', 'House No.'])} {g.ri(2, 90)}, {s}",
                lambda g, t: f"{t[0]} {t[1]}")
_a_sg = _simple([("Singapore", "")], _SG_STREETS, lambda g, s: f"Blk {g.ri(100, 699)} {s}, #{g.ri(2, 16):02d}-{g.ri(10, 350)}",
                lambda g, t: f"Singapore {g.ri(3, 82):02d}{g.digits(4)}")
_a_de = _simple(_DE_TOWNS, _DE_STREETS, lambda g, s: f"{s} {g.ri(1, 90)}{g.pick(['', '', 'a', 'b'])}",
                lambda g, t: f"{t[1]} {t[0]}")
_a_fr = _simple(_FR_TOWNS, _FR_STREETS, lambda g, s: f"{g.ri(1, 88)}{g.pick(['', '', ' bis'])} {s}",
                lambda g, t: f"{t[1]} {t[0]}")
_a_es = _simple(_ES_TOWNS, _ES_STREETS, lambda g, s: f"{s}, {g.ri(1, 120)}, {g.ri(1, 8)}º {g.pick('ABCD')}",
                lambda g, t: f"{t[1]} {t[0]}")
_a_it = _simple(_IT_TOWNS, _IT_STREETS, lambda g, s: f"{s} {g.ri(1, 150)}", lambda g, t: f"{t[1]} {t[0]} ({t[2]})")
_a_nl = _simple(_NL_TOWNS, _NL_STREETS, lambda g, s: f"{s} {g.ri(1, 240)}{g.pick(['', '', '-2', 'A', ' bis'])}",
                lambda g, t: f"{t[1]} {g.pick('BCDEGHJKLMNPRTVWXZ')}{g.pick('BCDEGHJKLMNPRTVWXZ')} {t[0]}")
_a_br = _simple(_BR_TOWNS, _BR_STREETS, lambda g, s: f"{s}, {g.ri(10, 3000)}, ap. {g.ri(11, 1204)} - {g.pick(_BR_BAIRRO)}",
                lambda g, t: f"{t[0]} - {t[1]}, {t[2]}-{g.digits(3)}")
_a_pl = _simple(_PL_TOWNS, _PL_STREETS, lambda g, s: f"{s} {g.ri(1, 120)}/{g.ri(1, 60)}",
                lambda g, t: f"{t[1]}-{g.digits(3)} {t[0]}")
_a_se = _simple(_SE_TOWNS, _SE_STREETS, lambda g, s: f"{s} {g.ri(1, 80)}{g.pick(['', '', ' A', ' B'])}",
                lambda g, t: f"{t[1]} {g.digits(2)} {t[0]}")
_a_dk = _simple(_DK_TOWNS, _DK_STREETS, lambda g, s: f"{s} {g.ri(1, 120)}, {g.ri(1, 5)}. {g.pick(['tv.', 'th.', 'mf.'])}",
                lambda g, t: f"{t[1]} {t[0]}")
_a_tr = _simple(_TR_TOWNS, _TR_SOK, lambda g, s: f"{g.pick(_TR_MAH)} Mah. {s} No: {g.ri(1, 120)} D: {g.ri(1, 24)}",
                lambda g, t: f"{t[2]} {t[1]}/{t[0]}")
_a_ro = _simple(_RO_TOWNS, _RO_STREETS, lambda g, s: f"{s} nr. {g.ri(1, 140)}" + (
    f", bl. {g.pick('ABCDM')}{g.ri(1, 9)}, ap. {g.ri(1, 60)}" if g.chance(0.5) else ""),
    lambda g, t: f"{t[1]}{g.digits(3)} {t[0]}")
_a_ee = _simple(_EE_TOWNS, _EE_STREETS, lambda g, s: f"{s} {g.ri(1, 60)}-{g.ri(1, 40)}",
                lambda g, t: f"{t[1]}{g.digits(3)} {t[0]}")
_a_lt = _simple(_LT_TOWNS, _LT_STREETS, lambda g, s: f"{s} {g.ri(1, 90)}-{g.ri(1, 70)}",
                lambda g, t: f"LT-{t[1]}{g.digits(3)} {t[0]}")
_a_si = _simple(_SI_TOWNS, _SI_STREETS, lambda g, s: f"{s} {g.ri(1, 90)}{g.pick(['', '', 'a'])}",
                lambda g, t: f"{t[1]} {t[0]}")
_a_cat = _simple(_CAT_TOWNS, _CAT_STREETS, lambda g, s: f"{s}, {g.ri(1, 140)}, {g.ri(1, 6)}r {g.ri(1, 4)}a",
                 lambda g, t: f"{t[1]} {t[0]}")
_a_vn = _simple(_VN_TOWNS, _VN_STREETS, lambda g, s: f"Số {g.ri(1, 200)} ngõ {g.ri(2, 150)} {s}",
                lambda g, t: f"quận {t[1]}, {t[0]}")

_ADDR = {"US": _a_us, "GB": _a_gb, "CA": _a_ca, "AU": _a_au, "IN": _a_in, "IE": _a_ie, "ZA": _a_za, "NZ": _a_nz,
         "PH": _a_ph, "TL": _a_ph, "NG": _a_ng, "KE": _a_ke, "SG": _a_sg, "DE": _a_de, "FR": _a_fr, "ES": _a_es,
         "IT": _a_it, "NL": _a_nl, "BR": _a_br, "PL": _a_pl, "SE": _a_se, "DK": _a_dk, "TR": _a_tr, "RO": _a_ro,
         "EE": _a_ee, "LT": _a_lt, "SI": _a_si, "CAT": _a_cat, "VN": _a_vn}
_TOWNS = {"US": _US_TOWNS, "GB": _GB_TOWNS, "CA": _CA_TOWNS, "AU": _AU_TOWNS, "IN": _IN_TOWNS, "IE": _IE_TOWNS,
          "ZA": _ZA_TOWNS, "NZ": _NZ_TOWNS, "PH": _PH_TOWNS, "TL": _PH_TOWNS, "NG": _NG_TOWNS, "KE": _KE_TOWNS,
          "SG": ["Singapore"], "DE": _DE_TOWNS, "FR": _FR_TOWNS, "ES": _ES_TOWNS, "IT": _IT_TOWNS, "NL": _NL_TOWNS,
          "BR": _BR_TOWNS, "PL": _PL_TOWNS, "SE": _SE_TOWNS, "DK": _DK_TOWNS, "TR": _TR_TOWNS, "RO": _RO_TOWNS,
          "EE": _EE_TOWNS, "LT": _LT_TOWNS, "SI": _SI_TOWNS, "CAT": _CAT_TOWNS, "VN": _VN_TOWNS}

TEMPLATES: list = []


def _tpl(cc: str, lang: str, shape: str):
    def deco(fn):
        fn.cc, fn.lang, fn.shape = cc, lang, shape
        TEMPLATES.append(fn)
        return fn
    return deco


# ============================================================================= English templates
@_tpl("US", "en", "email with signature and quoted reply")
def _t_us_solar_email(g: _G) -> None:
    f, la = g.person()
    agent_f, agent_l = g.person()
    a1 = g.street()
    town, st, z = g.pick(_US_TOWNS)
    tail = f"{town}, {st} {z}{g.digits(2)}"
    g.f("Subject: Re: Heat pump quote #{q} - revised\n\nHi {a},\n\nThanks for the updated numbers. The 3-ton unit works for us "
        "but can your crew come after the 15th? Our dog Pepper gets anxious with strangers so we'll keep her inside. "
        "Best number for me is {p}.\n\n{n}\n\n-----Original Message-----\nFrom: {sig} <{em}>\nSent: {d}\n\n"
        "> Please confirm the install address:\n> {l1}\n> {l2}\n> Panels: 14 x SunPeak 410W (model SP-410-BLK v{v})\n\n"
        "{sig}\nProject Coordinator | BrightRoof Solar & Heat LLC\n{biz}\nO: {bp} | {bem}\n",
        q=g.ref("Q-", 5), a=P(agent_f), p=PH(g.phone("m", g.pick(["nat", "dots", "intl"]))), n=P(f"{f} {la}"),
        sig=P(f"{agent_f} {agent_l}"), em=EM(g.email(agent_f, agent_l, "brightroofsolar.com")),
        d=g.ts("%A, %B %d, %Y %I:%M %p"), l1=AD(a1), l2=AD(tail), v=g.ver(), biz=AD(g.addr()),
        bp=PH(g.phone("f", "nat")), bem=EM("bookings@brightroofsolar.com"))
    g.w("")


@_tpl("US", "en", "ACH/financing form dump key: value")
def _t_us_finance_form(g: _G) -> None:
    f, la = g.person()
    g.f("=== Solar Financing Application (web form export) ===\nApplicant First Name: {f}\nApplicant Last Name: {l}\n"
        "Date of Birth: {dob}\nSSN: {ssn}\nHome Address: {ad}\nEmail: {em}\nMobile: {ph}\nEmail Verified: true\n"
        "Bank Routing #: {rt}\nChecking Account #: {acct}\nAccount Type: checking\nLoan Amount: ${amt}\n"
        "Application ID: {uuid}\nSubmitted: {ts}\nCo-applicant: {co}\nPromo code: SUNNY{pc}\n",
        f=P(f), l=P(la), dob=DB(g.dob(g.pick([None, None, "en"]))), ssn=SSN(g.ssn(g.chance(0.8))), ad=AD(g.addr()),
        em=EM(g.email(f, la)), ph=PH(g.phone("m", g.pick(["nat", "dots", "compact"]))), rt=g.routing(),
        acct=BK(g.acct()), amt=g.money(8000, 42000), uuid=g.uuid(), ts=g.ts(), co=P(g.full()) if g.chance(0.5) else "none",
        pc=g.ri(10, 40))


@_tpl("US", "en", "nginx access log")
def _t_us_nginx(g: _G) -> None:
    for _ in range(g.ri(4, 7)):
        r = g.ri(0, 3)
        ip = g.priv() if r == 0 else (g.ip6() if r == 1 else g.ip4())
        path = g.pick(["/api/v2/results/" + g.uuid(), "/portal/login", "/static/app." + g.sha(8) + ".js",
                       "/api/v2/orders/" + g.ref("LAB", 7), "/healthz", "/portal/reports?patient_ref=" + g.ref("PR", 6)])
        g.f('{ip} - - [{ts}] "{m} {path} HTTP/1.1" {st} {sz} "-" "{ua}"\n', ip=ip if r == 0 else IP(ip),
            ts=g.ts("%d/%b/%Y:%H:%M:%S +0000"), m=g.pick(["GET", "GET", "POST"]), path=path,
            st=g.pick(["200", "200", "304", "401", "404", "502"]), sz=g.ri(120, 48000),
            ua=g.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "okhttp/4.12.0",
                       "LabPortal-iOS/" + g.ver()]))


@_tpl("US", "en", "Slack export with pasted secrets")
def _t_us_slack(g: _G) -> None:
    a, b = g.full(), g.full()
    g.f("#lab-integrations  (exported {d})\n\n{a}  {t1}\nhey, the courier webhook is failing again. prod key is {k} "
        "-- can you rotate it after?\n\n{b}  {t2}\nsure. FYI the checkout page uses {pk}, that one is publishable so "
        "it's fine in the repo\n\n{a}  {t3}\nalso the reporting db: user `rpt_reader` pass `{pw}`  (host {priv}, "
        "v{v})\n\n{b}  {t4}\n:+1: rotated. new hash in vault is {sha}\n",
        d=g.day(-3, 0, "%Y-%m-%d"), a=P(a), b=P(b), t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), k=AK(g.key()),
        pk=g.pk(), pw=PW(g.pw()), priv=g.priv(), v=g.ver(), sha=g.sha())


@_tpl("US", "en", "CRM call note")
def _t_us_piano_call(g: _G) -> None:
    f, la = g.person()
    g.f("CALL LOG {d} {t} - outbound\nSpoke w/ {title} {la} re: annual tuning of the Steinway upright (serial {ser}). "
        "{f} says the middle C sticks again. Booked {bd}, 10-12. Address on file {ad} - side gate, beware of the dog "
        "(Biscuit). Callback {p}. Card on file ends {l4}, exp {exp}. Price quoted ${amt}. -{ag}\n",
        d=g.day(-10, 0, "%m/%d/%y"), t=g.hm(), title=g.pick(["Mrs.", "Mr.", "Ms.", "Dr."]), la=P(la), ser=g.digits(6),
        f=P(f), bd=g.day(1, 30, "%m/%d"), ad=AD(g.addr()), p=PH(g.phone(g.pick("mf"), g.pick(["nat", "dots"]))),
        l4=g.digits(4), exp=f"{g.ri(1, 12):02d}/{g.ri(27, 31)}", amt=g.ri(140, 260), ag=P(g.first()))


@_tpl("US", "en", "speech-to-text transcript lower-case")
def _t_us_sar_transcript(g: _G) -> None:
    f, la = g.person()
    p = g.phone("m", "nat")
    spoken = p.replace("(", "").replace(")", "").replace("-", " ")
    rp_f = g.first()
    g.f("[auto-transcript, confidence 0.81]\ndispatcher: county search and rescue line what is your emergency\n"
        "caller: hi yeah my name is {rf} my husband {hf} {hl} went up toward the ridge trail this morning and he's not "
        "back he was supposed to text by four\ndispatcher: okay what's his date of birth\ncaller: {dob}\n"
        "dispatcher: and a phone number for him\ncaller: {sp}\ndispatcher: and where do you live\n"
        "caller: we're in {town} the trailhead is the one past the ranger station\ndispatcher: got it coordinates from "
        "the trailhead are {gps} team is paging now\n",
        rf=P(rp_f.lower()), hf=P(f.lower()), hl=P(la.lower()), dob=DB(g.dob("en").lower().replace(",", "")),
        sp=PH(spoken), town=LO(g.town().lower()), gps=g.gps(40.0, -105.3))


@_tpl("US", "en", "support ticket with internal note (card)")
def _t_us_card_ticket(g: _G) -> None:
    f, la = g.person()
    g.f("Ticket #{tk} | Priority: normal | Channel: web\nFrom: {n} <{em}>\n\nHi, the deposit for the gown alterations "
        "failed twice. I'm just going to give you the card here: {cc} exp {exp} cvv {cvv}. Please charge the ${amt} "
        "and confirm.\n\n--- internal note ({ag}) ---\nDo NOT keep full PAN in tickets. Charged via terminal, receipt "
        "shows {mask}. Auth code {auth}. Redacting tomorrow.\n",
        tk=g.ref("", 6), n=P(f"{f} {la}"), em=EM(g.email(f, la)), cc=CC(g.card()),
        exp=f"{g.ri(1, 12):02d}/{g.ri(27, 31)}", cvv=g.digits(3), amt=g.money(80, 600), ag=P(g.first()),
        mask=g.masked(), auth=g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))


@_tpl("US", "en", "release notes, no PII")
def _t_us_nopii(g: _G) -> None:
    g.f("LabLink Portal {v} release notes ({d})\n- Fixed: results PDF export failing for orders over 40 panels "
        "(LAB-{j1}).\n- Changed: session timeout from 15 to 30 minutes.\n- Infra: moved worker pool to {p1} and "
        "{p2}; build {sha}.\n- Known issue: IE11 no longer supported. Card payments now show only {mask}.\n"
        "Rollback tag: v{v2} (commit {c}). Questions -> #lab-integrations.\n",
        v=g.ver(), d=g.day(-5, 5, "%B %d, %Y"), j1=g.digits(4), p1=g.priv(), p2=g.priv(), sha=g.sha(12),
        mask=g.masked(), v2=g.ver(), c=g.sha(40))


@_tpl("GB", "en", "forwarded email")
def _t_gb_bridal_fwd(g: _G) -> None:
    f, la = g.person()
    mf, _ml = g.person()
    g.f("---------- Forwarded message ---------\nFrom: {n} <{em}>\nDate: {d}\nSubject: Fitting for the Harriet dress\n"
        "To: {to}\n\nHello,\n\nI'd like to book a second fitting for the Harriet gown (we "
        "bought it in the Harrogate branch). The wedding is on {wd}, so ideally early January. My mum {mn} will come "
        "with me. You can reach me on {p} or at home:\n\n{ad}\n\nMany thanks,\n{sf}\n\n---\n{st},\ncan you pick this up? "
        "Order VL-{ord}, balance £{amt}.\n",
        n=P(f"{f} {la}"), em=EM(g.email(f, la)), to=EM("appointments@veilandlace.co.uk"), d=g.ts("%a, %d %b %Y at %H:%M"), wd=g.day(60, 300, "%d %B %Y"),
        mn=P(f"{mf} {la}" if g.chance(0.5) else mf), p=PH(g.phone("m", g.pick(["nat", "intl"]))),
        ad=AD(g.addr(True)), sf=P(f), st=P(g.first()), ord=g.digits(5), amt=g.money(100, 900))


@_tpl("GB", "en", "WhatsApp export")
def _t_gb_whatsapp(g: _G) -> None:
    a, b = g.person(), g.person()
    d = g.day(-30, 0, "%d/%m/%Y")
    g.f("[{d}, {t1}] {a}: Hiya, it's {af} - is Saturday still ok for my fitting?\n"
        "[{d}, {t2}] {b}: Yes! 11am. Bring the shoes you're wearing on the day x\n"
        "[{d}, {t3}] {a}: Perfect. Can you post the veil to my new place instead? {ad}\n"
        "[{d}, {t4}] {b}: No problem, Royal Mail tracking {trk} once it's sent\n"
        "[{d}, {t5}] {a}: ‎<Media omitted>\n[{d}, {t6}] {b}: Gorgeous 😍 Any issues ring the shop on {sp}\n",
        d=d, t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), t5=g.hm(), t6=g.hm(), a=P(f"{a[0]} {a[1]}"), af=P(a[0]),
        b=P(b[0]), ad=AD(g.addr()), trk=f"{g.pick(['AB', 'JX', 'TT'])}{g.digits(9)}GB", sp=PH(g.phone("f", "nat")))


@_tpl("GB", "en", "scrap-yard ticket with internal notes")
def _t_gb_scrap(g: _G) -> None:
    f, la = g.person()
    g.f("ELV TICKET {tk}\nVehicle: 2009 Ford Focus, reg {reg}, VIN {vin}\nSeller: {up}, {f}\nDOB (ID check): {dob}\n"
        "Address: {ad}\nPhone: {p}\nPayment: bank transfer to {iban}\nWeight in: {w} kg   Price/t: £{pt}\n"
        "Certificate of Destruction: COD-{cod}\n\n[internal] Seller's licence address matched. Forklift operator "
        "{op} logged catalytic converter separately (batch {b}). Depot: Sheffield.\n",
        tk=g.ref("ELV", 6), reg=f"{g.pick(['YK', 'SF', 'LD', 'BN'])}{g.ri(51, 73)} {g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
        vin="WF0" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), up=P(la.upper()), f=P(f),
        dob=DB(g.dob()), ad=AD(g.addr()), p=PH(g.phone()), iban=IB(g.iban(cc="GB")), w=g.ri(900, 1500),
        pt=g.ri(120, 240), cod=g.digits(8), op=P(g.first()), b=g.ref("CAT-", 4))


@_tpl("GB", "en", "OCR'd membership form")
def _t_gb_ocr(g: _G) -> None:
    f, la = g.person()
    kf, kl = g.person()
    g.f("LAKES MOUNTAIN RESCUE - VOLUNTEER APPLICAT1ON\n| Surname: {la} | Forename(s): {f} |\nDate of B1rth: {dob}   "
        "Sex: {sx}\nHome address:\n{ad}\nMob1le: {p}    Email: {em}\nNext of kin: {kn}   Tel: {kp}\n"
        "Dr1ving licence: YES   Blood group: O+\nMedical quest1onnaire ref: MQ/{mq}   Kit locker: {lk}\n"
        "Signed: ___{sig}___   Date: {d}\n",
        la=P(la.upper()), f=P(f), dob=DB(g.dob()), sx=g.pick(["M", "F"]), ad=AD(g.addr(True)),
        p=PH(g.phone("m", "nat")), em=EM(g.email(f, la)), kn=P(f"{kf} {kl}"), kp=PH(g.phone()),
        mq=g.digits(5), lk=g.ri(1, 80), sig=P(f"{f[0]}. {la}"), d=g.day(-200, 0, "%d/%m/%y"))


@_tpl("GB", "en", "SMS thread")
def _t_gb_sms(g: _G) -> None:
    pf, pl = g.person()
    kid = g.first()
    g.f("SMS with {pp} ({pf} {pl})\n> {d1} {t1} Hi {tf}, {kid} can't make piano on Thursday, football tournament. "
        "Could we swap to Fri 4.30?\n< {d1} {t2} Hi {pf2}, Fri 4.30 is fine. Grade 3 theory book is £{amt}, I'll add it to "
        "the invoice (INV-{inv}).\n> {d1} {t3} Lovely thanks. Door code for the flat is {code} if I'm not back.\n"
        "< {d2} {t4} Great lesson today, {kid2} nailed the scales! Bonus sticker for Mr Whiskers' drawing ha\n",
        pp=PH(g.phone("m", g.pick(["intl", "nat", "e164"]))), pf=P(pf), pl=P(pl), d1=g.day(-14, -3, "%d/%m"),
        d2=g.day(-2, 0, "%d/%m"), t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), tf=P(g.first()), kid=P(kid),
        pf2=P(pf), amt=g.money(5, 12), inv=g.digits(4), code=g.digits(4), kid2=P(kid))


@_tpl("GB", "en", "JSON-lines app log")
def _t_gb_jsonl(g: _G) -> None:
    f, la = g.person()
    em = g.email(f, la)
    g.f('{{"ts":"{t1}","lvl":"INFO","svc":"results-portal","msg":"login attempt","user":"{em}","ip":"{ip}",'
        '"session":"{sess}"}}\n{{"ts":"{t2}","lvl":"DEBUG","svc":"results-portal","msg":"auth payload",'
        '"body":{{"username":"{em2}","password":"{pw}"}},"ip":"{ip2}"}}\n{{"ts":"{t3}","lvl":"WARN","svc":'
        '"results-portal","msg":"rate limit","ip":"{priv}","trace_id":"{tr}","build":"{v}"}}\n{{"ts":"{t4}",'
        '"lvl":"INFO","svc":"results-portal","msg":"password hash upgraded","hash":"{bc}","user_id":{uid}}}\n',
        t1=g.ts("%Y-%m-%dT%H:%M:%S.123Z"), t2=g.ts("%Y-%m-%dT%H:%M:%S.456Z"), t3=g.ts(), t4=g.ts(), em=EM(em), em2=EM(em),
        ip=IP(g.ip4()), sess=g.sha(32), pw=PW(g.pw()), ip2=IP(g.ip4()), priv=g.priv(), tr=g.uuid(), v=g.ver(),
        bc=g.bcrypt(), uid=g.ri(1000, 99999))


@_tpl("CA", "en", "live chat transcript")
def _t_ca_livechat(g: _G) -> None:
    f, la = g.person()
    ag = g.first()
    g.f("Chat started {ts} | Visitor #{vis}\n{ag} (agent): Hi there, thanks for contacting NorthernAir Heat Pumps! "
        "How can I help?\n{vn}: hi i applied for the greener homes rebate, order {ord}, never heard back\n"
        "{ag2} (agent): Sorry about that! Can I get the email on the file and the install address?\n"
        "{vn2}: {em} and {ad}\n{ag3} (agent): Thanks {vf}. I see it, the EnerGuide report ID {eg} is still pending. "
        "I'll escalate, you'll get a call from our Kelowna office.\n{vn3}: ok my cell is {p}\nChat ended.\n",
        ts=g.ts("%Y-%m-%d %H:%M"), vis=g.digits(5), ag=P(ag), ag2=P(ag), ag3=P(ag), vn=P(f"{f} {la}"),
        vn2=P(f"{f} {la}"), vn3=P(f"{f} {la}"), ord=g.ref("NA-", 6), em=EM(g.email(f, la)), ad=AD(g.addr()),
        vf=P(f), eg=g.alnum(8, "ABCDEF0123456789"), p=PH(g.phone("m", g.pick(["nat", "dots"]))))


@_tpl("CA", "en", "config snippet (.env)")
def _t_ca_env(g: _G) -> None:
    g.f("# lab-sync service config, v{v}\nAPP_ENV=production\nDB_HOST={priv}\nDB_USER=labsync\nDB_PASSWORD={pw}\n"
        "STRIPE_PUBLISHABLE_KEY={pk}\nSTRIPE_SECRET_KEY={sk}\nTWILIO_ACCOUNT_SID={sid}\nSENDGRID_API_KEY={sg}\n"
        "REQUEST_ID_SALT={salt}\nALLOWED_ORIGIN=https://portal.prairielabs.ca\nSFTP_HOST={ip}\n# owner: {own}\n",
        v=g.ver(), priv=g.priv(), pw=PW(g.pw()), pk=g.pk(), sk=AK(g.key("stripe")), sid=g.sid(),
        sg=AK(g.key("sendgrid")), salt=g.sha(32), ip=IP(g.ip4()), own=EM(g.email(g.first(), g.last(), "prairielabs.ca")))


@_tpl("CA", "en", "spreadsheet rows (tab separated)")
def _t_ca_sheet(g: _G) -> None:
    g.w("First\tLast\tCell\tHome town\tDOB\tCert level\tRadio ID\n")
    for _ in range(g.ri(3, 5)):
        f, la = g.person()
        g.f("{f}\t{l}\t{p}\t{t}\t{dob}\t{c}\tR-{r}\n", f=P(f), l=P(la), p=PH(g.phone("m", g.pick(["nat", "dots"]))),
            t=LO(g.town()), dob=DB(g.dob()), c=g.pick(["AST1", "AST2", "WFA", "SAR-TL"]), r=g.digits(3))


@_tpl("AU", "en", "ticket with internal notes")
def _t_au_solar_ticket(g: _G) -> None:
    f, la = g.person()
    g.f("Job #{job} - 6.6kW system + battery\nCustomer: {la}, {f}\nSite: {ad}\nMobile: {p}\nNMI: {nmi}  Meter: {m}\n"
        "Inverter FW {v}\n\nNotes:\n{d} - {tech}: roof is tin, Klip-Lok. Customer's kelpie (Rusty) must be kept in. "
        "STC claim {stc} lodged.\n{d2} - {tech2}: customer asked us to email invoice to {em}. Deposit of ${dep} "
        "received, ref {ref}.\n",
        job=g.digits(5), la=P(la), f=P(f), ad=AD(g.addr()), p=PH(g.phone("m", g.pick(["nat", "intl"]))),
        nmi=g.digits(10), m=g.digits(8), v=g.ver(), d=g.day(-20, -5, "%d/%m"), tech=P(g.first()),
        stc=g.ref("PVD", 6), d2=g.day(-4, 0, "%d/%m"), tech2=P(g.first()), em=EM(g.email(f, la)),
        dep=g.ri(500, 3000), ref=g.uuid()[:8].upper())


@_tpl("AU", "en", "Teams chat export")
def _t_au_teams(g: _G) -> None:
    a, b, c = g.full(), g.full(), g.person()
    g.f("{a}  {t1}\nCallout: missing bushwalker, {cf} {cl}, 34, from {town}. Left Wentworth Falls carpark ~0700.\n\n"
        "{b}  {t2}\nFamily gave the mobile number {p}, last ping near {gps}. She was flying back to {town2} on Sunday.\n\n"
        "{a2}  {t3}\nTeam 2 to Katoomba depot, grab the thermal drone (S/N {sn}). Incident {inc}.\n",
        a=P(a), a2=P(a), b=P(b), t1=g.ts("%d/%m/%Y %I:%M %p"), t2=g.hm(), t3=g.hm(), cf=P(c[0]), cl=P(c[1]),
        town=LO(g.town()), p=PH(g.phone("m", "nat")), gps=g.gps(-33.7, 150.3), town2=LO(g.pick(["Perth", "Hobart", "Darwin",
                                                                                                   "Adelaide"])),
        sn=g.alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), inc=g.ref("SES-", 7))


@_tpl("AU", "en", "notification subjects")
def _t_au_subjects(g: _G) -> None:
    f1, l1 = g.person()
    f2 = g.first()
    g.f("Inbox (filtered: notifications)\n- [BookMe] New booking: {n1} - Piano lesson 30 min - {d1} 4:00pm (ref {r1})\n"
        "- [BookMe] Cancelled: {n2} - Tuning visit - {d2}\n- [Xero] Invoice INV-{inv} paid ${amt}\n"
        "- [Google] Security alert for {gm}\n- [BookMe] Rescheduled by {n3}: {d3} (ref {r2})\n"
        "- [Square] Payment received, card {mask}\n",
        gm=EM("tuner.bookings@gmail.com"), n1=P(f"{f1} {l1}"), d1=g.day(1, 20, "%a %d %b"), r1=g.ref("BK", 6), n2=P(f"{f2} {g.last()[0]}."),
        d2=g.day(1, 20, "%a %d %b"), inv=g.digits(4), amt=g.money(60, 300), n3=P(f1), d3=g.day(1, 20, "%d/%m"),
        r2=g.ref("BK", 6), mask=g.masked())


@_tpl("IN", "en", "CRM note (home sample collection)")
def _t_in_lab_crm(g: _G) -> None:
    f, la = g.person()
    g.f("Home collection request - {d}\nPatient: {title} {n} | DOB {dob} | Mobile {p}\nAddress: {ad}\n"
        "Tests: CBC, HbA1c, Lipid profile, TSH (package HC-{pk}) | Amount Rs {amt} (COD)\nPhlebotomist: {ph}\n"
        "Remarks: patient is diabetic, fasting from 10pm. Son {son} will be present, alt no. {alt}. Report to be "
        "mailed to {em}. Barcode {bc}.\n",
        d=g.day(1, 5, "%d-%b-%Y"), title=g.pick(["Mr.", "Mrs.", "Smt.", "Shri"]), n=P(f"{f} {la}"), dob=DB(g.dob()),
        p=PH(g.phone("m", g.pick(["intl", "compact", "e164"]))), ad=AD(g.addr()), pk=g.digits(3), amt=g.ri(900, 4500),
        ph=P(g.full()), son=P(g.first()), alt=PH(g.phone("m", "e164")), em=EM(g.email(f, la)), bc=g.digits(12))


@_tpl("IN", "en", "form dump key=value")
def _t_in_form(g: _G) -> None:
    f, la = g.person()
    g.f("student_name={f} {l}&guardian={gn}&dob={dob}&mobile={p}&email={em}&city={city}&course=Trinity+Grade+2+Piano"
        "&batch=SAT-{b}&fee_paid=4500&utr={utr}&consent=Y&form_ver={v}\n",
        f=P(f), l=P(la), gn=P(f"{g.first()} {la}"), dob=DB(g.dob()), p=PH(g.phone("m", "compact")),
        em=EM(g.email(f, la)), city=LO(g.town()), b=g.digits(2), utr=g.digits(12), v=g.ver())


@_tpl("IN", "en", "SMS notifications")
def _t_in_sms(g: _G) -> None:
    f = g.first()
    g.f("VM-LABSMS: Dear {f}, your sample ID {sid} has been collected. Track at lbs.in/t/{tr}\n"
        "VM-LABSMS: {otp} is your OTP to download the report. Do not share. Valid 10 mins.\n"
        "AD-SOLARX: Rooftop subsidy camp this Sunday at our Indore branch! Call {bp} to book a survey.\n"
        "VM-LABSMS: Dear {f2}, report ready. Amount due Rs {amt}. Txn ref {tx}.\n",
        f=P(f), sid=g.digits(10), tr=g.alnum(6), otp=g.otp(), bp=PH(g.phone("f", "intl")), f2=P(f),
        amt=g.ri(200, 3000), tx=g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))


@_tpl("IE", "en", "email with signature (bridal)")
def _t_ie_bridal_email(g: _G) -> None:
    f, _la = g.person()
    sf, sl = g.person()
    g.f("Dear {f},\n\nWe're sorry to hear the wedding has been postponed. As agreed, we will refund your deposit "
        "of €{amt} to the account you gave us ({iban}). Please allow 5 working days. The Aoife gown (style AO-{st}) "
        "will be held in our Cork store until {d}.\n\nKind regards,\n\n{sn}\nBridal Stylist\nÉadaoin Bridal Boutique\n"
        "{ad}\nT: {p} | {em}\n",
        f=P(f), amt=g.ri(200, 900), iban=IB(g.iban()), st=g.digits(3), d=g.day(60, 200, "%d %B %Y"),
        sn=P(f"{sf} {sl}"), ad=AD(g.addr()), p=PH(g.phone("f", g.pick(["nat", "intl"]))),
        em=EM(g.email(sf, sl, "eadaoinbridal.ie")))


@_tpl("IE", "en", "call transcript lower-case")
def _t_ie_scrap_call(g: _G) -> None:
    f, la = g.person()
    p = g.phone("m", "nat")
    g.f("transcript call id {cid}\nagent: good morning midland metals how can i help\ncustomer: hi i have an old "
        "corolla to scrap my name is {f} {l}\nagent: no problem what's the address for collection\ncustomer: "
        "{ad}\nagent: and a number we can text\ncustomer: {p}\nagent: grand the driver will be with you thursday "
        "bring the logbook the reg is {reg} yeah\ncustomer: yeah and my date of birth is {dob} if you need it for the "
        "certificate\n",
        cid=g.uuid(), f=P(f.lower()), l=P(la.lower()), ad=AD(g.addr().lower()), p=PH(p),
        reg=f"{g.ri(5, 12):02d}-{g.pick(['G', 'C', 'L', 'KY'])}-{g.ri(100, 9999)}".lower(), dob=DB(g.dob("en").lower()))


@_tpl("ZA", "en", "WhatsApp chat")
def _t_za_whatsapp(g: _G) -> None:
    a, b = g.person(), g.person()
    g.f("{d} {t1} - {a}: Morning, the installers from SunVolt are at the gate. Is {bf} home?\n"
        "{d} {t2} - {b}: On my way. Tell them park by the garage at {ad}\n"
        "{d} {t3} - {a}: Ok. They say the inverter is the {v} firmware, needs update before load shedding tonight\n"
        "{d} {t4} - {b}: Fine. Their office number is {bp} if the guy asks\n"
        "{d} {t5} - {a}: Also Bobo the dog got out again 🙄\n",
        d=g.day(-10, 0, "%Y/%m/%d"), t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), t5=g.hm(), a=P(f"{a[0]} {a[1]}"),
        b=P(b[0]), bf=P(b[0]), ad=AD(g.addr()), v=g.ver(), bp=PH(g.phone("f", "nat")))


@_tpl("ZA", "en", "ops memo, no PII")
def _t_za_nopii(g: _G) -> None:
    g.f("OPS MEMO {d}\nBranches: Stellenbosch, George, Durban. Stock count for 550W panels: {n1} / {n2} / {n3}.\n"
        "Inverter firmware {v} rolled out to {k} sites. Warranty claims WC-{c1}, WC-{c2} closed.\nTotal invoiced: "
        "R{amt}. Next audit {d2}. Depot Wi-Fi gateway {priv}.\n",
        d=g.day(-3, 0, "%Y-%m-%d"), n1=g.ri(10, 400), n2=g.ri(10, 400), n3=g.ri(10, 400), v=g.ver(), k=g.ri(3, 90),
        c1=g.digits(5), c2=g.digits(5), amt=g.money(10000, 900000), d2=g.day(20, 90, "%d %B %Y"), priv=g.priv())


@_tpl("NZ", "en", "SAR incident log")
def _t_nz_sar(g: _G) -> None:
    f, la = g.person()
    g.f("INCIDENT LOG  LandSAR {inc}\nSubject: {la}, {f}   DOB: {dob}   Home: {home}\nMobile: {p} (no answer since "
        "{t})\nLKP: {gps} (Routeburn track, near Harris Saddle)\nReporting person: {rp}, {rpp}\n{t2} Team Alpha "
        "deployed from Queenstown base. PLB 406 ID {plb}. Vehicle rego {rego} at trailhead.\n",
        inc=g.ref("INC", 6), la=P(la), f=P(f), dob=DB(g.dob()), home=LO(g.town()), p=PH(g.phone("m", "intl")),
        t=g.hm(), gps=g.gps(-44.7, 168.2), rp=P(g.full()), rpp=PH(g.phone("m", "nat")), t2=g.hm(),
        plb=g.alnum(15, "0123456789ABCDEF"), rego=g.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))


@_tpl("NZ", "en", "email with '>'-quoted reply")
def _t_nz_quoted(g: _G) -> None:
    f, _la = g.person()
    tf, tl = g.person()
    a1 = g.street()
    town, pc = g.pick(_NZ_TOWNS)
    g.f("Hi {tf},\n\nYes Tuesday works. See you then.\n\nCheers, {f}\n\nOn {d}, {tn} <{tem}> wrote:\n> Kia ora {f2},\n"
        "> I can come to tune the piano on Tuesday morning. Just confirming the address is still:\n> {a1}\n> {a2}\n"
        "> The fee is $165 incl GST (invoice {inv}).\n> Ngā mihi, {tf2}\n",
        tf=P(tf), f=P(f), d=g.day(-5, -1, "%a, %d %b %Y"), tn=P(f"{tf} {tl}"),
        tem=EM(g.email(tf, tl, "pianotuner.co.nz")), f2=P(f), a1=AD(a1), a2=AD(f"{town} {pc}"),
        inv=g.ref("INV-", 4), tf2=P(tf))


@_tpl("PH", "en", "lab result SMS and email")
def _t_ph_lab(g: _G) -> None:
    f, la = g.person()
    g.f("From: {fr}\nTo: {em}\nSubject: Your lab results are ready\n\nGood day {title} {n}!\n"
        "Your results for Request No. {rq} (CBC, FBS, Urinalysis) are ready. To open the PDF, use your birthday as "
        "password (MMDDYYYY). For reference, birthday on file: {dob}.\nFor concerns, text or call {p}.\n"
        "HI-LAB Diagnostics, {bad}\n",
        fr=EM("results@hilabdiagnostics.ph"), em=EM(g.email(f, la)), title=g.pick(["Mr.", "Ms.", "Mrs."]), n=P(f"{f} {la}"), rq=g.digits(9), dob=DB(g.dob()),
        p=PH(g.phone("m", "nat")), bad=AD(g.addr()))


@_tpl("NG", "en", "customer message")
def _t_ng_scrap(g: _G) -> None:
    f, la = g.person()
    g.f("Good afternoon sir/ma,\nMy name is {n}. I want to sell two condemned generators and an old Peugeot 406 "
        "body to your yard. Please send your truck to {ad}. You can call me on {p} or my brother {bn} on {bp}. "
        "For payment use my account {nuban} (GTBank). Thank you.\nSent from Yahoo Mail on Android\n",
        n=P(f"{f} {la}"), ad=AD(g.addr()), p=PH(g.phone("m", g.pick(["nat", "intl"]))), bn=P(g.first()),
        bp=PH(g.phone("m", "nat")), nuban=g.digits(10))


@_tpl("SG", "en", "music school booking email")
def _t_sg_music(g: _G) -> None:
    f, la = g.person()
    g.f("Hi {school},\n\nI'd like to enrol my daughter {kid} (age 7) for trial piano lessons. We stay at {ad}. "
        "Weekday evenings are best. My HP is {p} and email {em}.\n\nThanks,\n{n}\n\n[Auto-reply] Thank you for "
        "contacting Melody Keys Music School. Booking ref MK-{ref}. Our Tampines centre will contact you.\n",
        school="Melody Keys", kid=P(f"{g.first()} {la}" if g.chance(0.5) else g.first()), ad=AD(g.addr()),
        p=PH(g.phone("m", g.pick(["nat", "intl"]))), em=EM(g.email(f, la)), n=P(f"{f} {la}"), ref=g.digits(6))


@_tpl("KE", "en", "stock report, no PII")
def _t_ke_nopii(g: _G) -> None:
    g.f("Weekly stock - Nairobi & Mombasa warehouses\nSKU SP-450-M  qty {a}\nSKU INV-5K-HYB  qty {b}  fw {v}\n"
        "SKU BAT-LFP-10  qty {c}\nPending POs: PO-{p1}, PO-{p2}. Total value KES {amt}.\nController gateway {priv}. "
        "Report generated {ts}.\n",
        a=g.ri(10, 300), b=g.ri(5, 90), v=g.ver(), c=g.ri(1, 60), p1=g.digits(5), p2=g.digits(5),
        amt=g.money(100000, 9000000), priv=g.priv(), ts=g.ts())


@_tpl("US", "en", "contractor onboarding (W-9 / direct deposit) tab dump")
def _t_us_w9(g: _G) -> None:
    f, la = g.person()
    g.f("Contractor onboarding - Harmony Keys Music Lessons\nLegal name:\t{n}\nSSN / TIN:\t{ssn}\nDOB:\t{dob}\n"
        "Mailing address:\t{ad}\nPhone:\t{p}\nEmail:\t{em}\nBank:\tChase\nRouting:\t{rt}\nAccount:\t{acct}\n"
        "Account (last 4 confirm):\t{l4}\nRate:\t${rate}/lesson\nEIN of business:\tN/A\nStart:\t{d}\n",
        n=P(f"{f} {la}"), ssn=SSN(g.ssn(g.chance(0.7))), dob=DB(g.dob()), ad=AD(g.addr(g.chance(0.5))),
        p=PH(g.phone("m", g.pick(["nat", "dots"]))), em=EM(g.email(f, la)), rt=g.routing(), acct=BK(g.acct()),
        l4=g.digits(4), rate=g.ri(35, 90), d=g.day(1, 30, "%m/%d/%Y"))


@_tpl("AU", "en", "phone-order note with card")
def _t_au_phone_order(g: _G) -> None:
    f, la = g.person()
    brand = g.pick(["Visa", "Mastercard", "Amex"])
    g.f("PHONE ORDER - Formal hire {ref}\nTook call from {n} ({p}). Wants the navy 3pc suit + 2 groomsmen, wedding "
        "{wd}. Paying deposit ${dep} on {brand} {cc}, exp {exp}. CVV given verbally (not stored). Pickup from our "
        "Bendigo store. Email confirmation to {em}. Gift voucher code GV-{gv} applied.\n- {st}\n",
        ref=g.ref("FH", 5), n=P(f"{f} {la}"), p=PH(g.phone("m", "nat")), wd=g.day(20, 200, "%d/%m/%Y"),
        dep=g.ri(100, 400), brand=brand, cc=CC(g.card({"Visa": "visa", "Mastercard": "mc", "Amex": "amex"}[brand])),
        exp=f"{g.ri(1, 12):02d}/{g.ri(27, 31)}", em=EM(g.email(f, la)), gv=g.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        st=P(g.first()))


# ============================================================================= other-language templates
@_tpl("DE", "de", "support email with signature (heat pump)")
def _t_de_wp_email(g: _G) -> None:
    _f, la = g.person()
    sf, sl = g.person()
    g.f("Betreff: AW: Angebot Wärmepumpe Nr. {ang}\n\nSehr geehrte Frau {la},\n\nvielen Dank für Ihre Rückmeldung. "
        "Für die Abschlagszahlung nutzen wir das SEPA-Lastschriftmandat mit der IBAN {iban} (BIC {bic}). Der "
        "Installationstermin in der {ad} ist am {d}. Die Förderung (BAFA-Vorgangsnummer {bafa}) ist beantragt.\n\n"
        "Mit freundlichen Grüßen\n{sn}\nSonnenwerk Energietechnik GmbH\n{bad}\nTel. {bp} · {em}\n",
        ang=g.ref("", 6), la=P(la), iban=IB(g.iban(cc="DE")), bic=g.pick(["COBADEFFXXX", "DEUTDEDBFRE", "GENODEF1S02"]),
        ad=AD(g.addr()), d=g.day(10, 60, "%d.%m.%Y"), bafa=g.ref("WPB-", 8), sn=P(f"{sf} {sl}"), bad=AD(g.addr(True)),
        bp=PH(g.phone("f", "nat")), em=EM(g.email(sf, sl, "sonnenwerk-energie.de")))


@_tpl("DE", "de", "lab order form dump")
def _t_de_lab_form(g: _G) -> None:
    f, la = g.person()
    g.f("Laborauftrag / Einsender: Praxis Dr. med. Hartmann\nName: {la}\nVorname: {f}\nGeburtsdatum: {dob}\n"
        "Anschrift: {ad}\nTelefon: {p}\nKrankenkasse: AOK Bayern, Vers.-Nr. {vn}\nAuftragsnummer: {an}\n"
        "Material: EDTA-Blut, Serum\nAnforderung: Blutbild, CRP, TSH, Ferritin\nEntnahme: {ent}\n"
        "Befund an: {em}\n",
        la=P(la), f=P(f), dob=DB(g.dob(g.pick([None, None, "de"]))), ad=AD(g.addr()), p=PH(g.phone()),
        vn=g.pick("ABCDEFGHKLMNPRSTUVWZ") + g.digits(9), an=g.digits(10), ent=g.ts("%d.%m.%Y %H:%M"),
        em=EM(g.email(f, la)))


@_tpl("DE", "de", "Teams chat (mountain rescue)")
def _t_de_bergwacht(g: _G) -> None:
    a, b = g.full(), g.full()
    vf, vl = g.person()
    g.f("{a} {t1}\nEinsatz {e}: Wanderer vermisst am Alpspitz-Klettersteig. {vf} {vl}, 52, wohnt in {town}.\n\n"
        "{b} {t2}\nHandy der Ehefrau: {p}. Letzte Ortung {gps}. Heli Christoph 1 angefragt.\n\n{a2} {t3}\n"
        "Treffpunkt Bergwachthütte Garmisch. Funkkanal 2, Fahrzeug GAP-BW {kz}.\n",
        a=P(a), a2=P(a), b=P(b), t1=g.ts("%d.%m.%Y %H:%M"), t2=g.hm(), t3=g.hm(), e=g.ref("BW-", 5), vf=P(vf),
        vl=P(vl), town=LO(g.town()), p=PH(g.phone("m", g.pick(["nat", "intl"]))), gps=g.gps(47.44, 11.03),
        kz=g.ri(10, 99))


@_tpl("FR", "fr", "email with quoted reply (bridal)")
def _t_fr_bridal(g: _G) -> None:
    f, la = g.person()
    vf = g.first()
    a1 = g.street()
    town, pc = g.pick(_FR_TOWNS)
    g.f("Bonjour {vf},\n\nMerci pour l'essayage ! Je confirme la retouche de la robe Colette (réf. CL-{ref}). Mon "
        "numéro : {p}.\n\nBien à vous,\n{n}\n\nLe {d}, Boutique Blanche Mariée <{bem}> a écrit :\n"
        "> Madame,\n> pouvez-vous nous confirmer l'adresse de livraison ?\n> {a1}\n> {a2}\n> Cordialement, {vf2}\n",
        vf=P(vf), bem=EM("contact@blanchemariee.fr"), ref=g.digits(4), p=PH(g.phone("m", g.pick(["nat", "intl"]))), n=P(f"{f} {la}"),
        d=g.ts("%d/%m/%Y à %H:%M", -6, -1), a1=AD(a1), a2=AD(f"{pc} {town}"), vf2=P(vf))


@_tpl("FR", "fr", "CRM note (piano tuning)")
def _t_fr_piano_crm(g: _G) -> None:
    f, la = g.person()
    g.f("Fiche client #{id} — accord piano\nClient : {title} {la} ({f})\nAdresse : {ad}\nTél. : {p}\nE-mail : {em}\n"
        "Instrument : Pleyel droit, n° de série {ser}\nHistorique : accordé le {d1}, diapason 440 Hz. Le chat "
        "(Moustache) dort sur le piano, prévoir housse.\nRèglement : chèque {chq}, {amt} €.\n",
        id=g.digits(5), title=g.pick(["M.", "Mme", "Mlle"]), la=P(la.upper()), f=P(f), ad=AD(g.addr()),
        p=PH(g.phone("f", "nat")), em=EM(g.email(f, la)), ser=g.digits(6), d1=g.day(-400, -300, "%d/%m/%Y"),
        chq=g.digits(7), amt=g.ri(90, 180))


@_tpl("FR", "fr", "transcription d'appel en minuscules (casse auto)")
def _t_fr_scrap_call(g: _G) -> None:
    f, la = g.person()
    g.f("[transcription automatique]\nconseiller: casse auto du lac bonjour\nclient: oui bonjour je m'appelle {f} {l} "
        "je voudrais faire enlever une clio épave\nconseiller: d'accord quelle est votre date de naissance pour le "
        "certificat de destruction\nclient: le {dob}\nconseiller: et l'adresse d'enlèvement\nclient: {ad}\n"
        "conseiller: un numéro de portable\nclient: {p}\nconseiller: parfait le dépanneur de notre agence d'annecy "
        "passera jeudi dossier {dos}\n",
        f=P(f.lower()), l=P(la.lower()), dob=DB(g.dob("fr")), ad=AD(g.addr().lower()), p=PH(g.phone("m", "nat")),
        dos=g.ref("VHU-", 6))


@_tpl("ES", "es", "WhatsApp chat (placas solares)")
def _t_es_whatsapp(g: _G) -> None:
    a, b = g.person(), g.person()
    d = g.day(-20, 0, "%d/%m/%y")
    g.f("{d} {t1} - {a}: Buenas, soy {af}, de la instalación de placas. ¿Mañana les va bien a las 9?\n"
        "{d} {t2} - {b}: Sí perfecto. La dirección es {ad}. Si no me encuentran, es el chalet de al lado del bar\n"
        "{d} {t3} - {a}: Vale. Para la subvención necesito el IBAN de la cuenta: me lo pasa?\n"
        "{d} {t4} - {b}: {iban}\n{d} {t5} - {a}: Gracias! Presupuesto nº {pres}, total {amt} €\n",
        d=d, t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), t5=g.hm(), a=P(f"{a[0]} {a[1]}"), af=P(a[0]),
        b=P(b[0]), ad=AD(g.addr()), iban=IB(g.iban(cc="ES")), pres=g.ref("P-", 5), amt=g.money(3000, 12000))


@_tpl("ES", "es", "ticket de laboratorio con nota interna")
def _t_es_lab_ticket(g: _G) -> None:
    f, la = g.person()
    g.f("Incidencia #{n} — Resultados no recibidos\nPaciente: {n1}\nFecha de nacimiento: {dob}\nTeléfono: {p}\n"
        "Correo: {em}\nMensaje: Hola, me hice la analítica el {d} en el centro de Zaragoza y todavía no tengo los "
        "resultados en la app.\n\n[Nota interna] Volante {vol}. Muestra hemolizada, repetir extracción. Llamar a la "
        "paciente. — {ag}\n",
        n=g.digits(6), n1=P(f"{f} {la}"), dob=DB(g.dob(g.pick([None, "es"]))), p=PH(g.phone("m")),
        em=EM(g.email(f, la)), d=g.day(-15, -2, "%d/%m"), vol=g.digits(9), ag=P(g.first()))


@_tpl("IT", "it", "email (sartoria sposa)")
def _t_it_bridal(g: _G) -> None:
    f, _la = g.person()
    g.f("Gentile {f},\nle confermiamo la prova dell'abito Giulietta per il {d}. Le ricordiamo il saldo di € {amt} "
        "tramite bonifico (IBAN del negozio nella fattura n. {fat}/2026). Per la consegna a domicilio abbiamo "
        "registrato: {ad}.\nPer qualsiasi necessità ci chiami al {bp}.\nCordiali saluti,\n{sn}\nAtelier Sposa Bella\n",
        f=P(f), d=g.day(5, 40, "%d/%m/%Y"), amt=g.ri(300, 1800), fat=g.digits(3), ad=AD(g.addr()),
        bp=PH(g.phone("f", "nat")), sn=P(g.full()))


@_tpl("IT", "it", "SMS (soccorso alpino)")
def _t_it_sms(g: _G) -> None:
    f, la = g.person()
    g.f("CNSAS Stazione Lecco: allerta squadra. Escursionista disperso {la} {f}, nato il {dob}, residente a {town}. "
        "Cell. {p}. Ultima posizione {gps} (Resegone). Ritrovo sede ore {t}. Intervento n. {n}\n",
        la=P(la.upper()), f=P(f), dob=DB(g.dob()), town=LO(g.town()), p=PH(g.phone("m", g.pick(["nat", "intl"]))),
        gps=g.gps(45.85, 9.47), t=g.hm(), n=g.digits(4))


@_tpl("NL", "nl", "livechat (zonnepanelen)")
def _t_nl_chat(g: _G) -> None:
    f, la = g.person()
    ag = g.first()
    g.f("Gesprek gestart {ts}\n{ag}: Goedemiddag! Waarmee kan ik u helpen?\nBezoeker ({n}): ik heb een vraag over de "
        "factuur {fac}, het bedrag is twee keer afgeschreven\n{ag2}: Vervelend! Wat is uw IBAN en postadres?\n"
        "Bezoeker ({n2}): {iban} en {ad}\n{ag3}: Dank u, ik zet een terugboeking klaar. U ontvangt een mail op "
        "{em}.\n",
        ts=g.ts("%d-%m-%Y %H:%M"), ag=P(ag), ag2=P(ag), ag3=P(ag), n=P(f"{f} {la}"), n2=P(f"{f} {la}"),
        fac=g.ref("F", 7), iban=IB(g.iban(cc="NL")), ad=AD(g.addr()), em=EM(g.email(f, la)))


@_tpl("NL", "nl", "form dump (autodemontage)")
def _t_nl_form(g: _G) -> None:
    f, la = g.person()
    g.f("Aanmelding autowrak\nvoornaam: {f}\nachternaam: {la}\ngeboortedatum: {dob}\nadres: {ad}\n"
        "telefoon: {p}\nkenteken: {kt}\nmeldcode: {mc}\nuitbetaling op IBAN: {iban}\nRDW-vrijwaring: ja\n"
        "opmerking: auto staat bij ons demontagebedrijf in Zwolle\n",
        f=P(f), la=P(la), dob=DB(g.dob()), ad=AD(g.addr()), p=PH(g.phone()),
        kt=f"{g.alnum(2, 'GHJKLNPRSTXZ')}-{g.digits(3)}-{g.alnum(1, 'BDFGHJ')}", mc=g.digits(4),
        iban=IB(g.iban(cc="NL")))


@_tpl("BR", "pt", "WhatsApp (aulas de piano)")
def _t_br_whatsapp(g: _G) -> None:
    a, b = g.person(), g.person()
    d = g.day(-20, 0, "%d/%m/%Y")
    g.f("[{d} {t1}] {a}: Oi prof! Sobre a aula do {kid}: ele pode fazer no sábado?\n"
        "[{d} {t2}] {b}: Oi {af}! Pode sim, 10h. O pix é o meu celular {p}\n"
        "[{d} {t3}] {a}: Feito, R$ {amt}. Comprovante ID {tx}\n"
        "[{d} {t4}] {b}: Recebido 🎹 Ah, mudou de endereço né? Vou aí na {ad}\n",
        d=d, t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), a=P(f"{a[0]} {a[1]}"), af=P(a[0]), b=P(b[0]),
        kid=P(g.first()), p=PH(g.phone("m", "nat")), amt=g.ri(80, 200),
        tx="E" + g.alnum(31, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), ad=AD(g.addr()))


@_tpl("BR", "pt", "email de resultados de exame")
def _t_br_lab(g: _G) -> None:
    f, la = g.person()
    g.f("Prezado(a) {n},\n\nSeus exames (protocolo {prot}) já estão disponíveis. Acesse com seu CPF e a senha "
        "provisória {pw}. Data de nascimento cadastrada: {dob}.\nUnidade de coleta: Laboratório Vida — Curitiba/Batel.\n"
        "Dúvidas: {p} ou {em}.\n\nEste e-mail é automático.\n",
        n=P(f"{f} {la}"), prot=g.digits(10), pw=PW(g.pw()), dob=DB(g.dob(g.pick([None, "pt"]))),
        p=PH(g.phone("f", "nat")), em=EM("atendimento@laboratoriovida.com.br"))


@_tpl("PL", "pl", "email (złomowanie pojazdu)")
def _t_pl_scrap(g: _G) -> None:
    f, la = g.person()
    g.f("Dzień dobry,\n\nw załączniku przesyłam skan dowodu rejestracyjnego (VW Passat, nr rej. {rej}). Proszę o "
        "odbiór auta spod adresu {ad}. Pieniądze proszę przelać na konto {iban}.\nTelefon: {p}\n\nPozdrawiam\n{n}\n\n"
        "--\nAuto-Złom Kowalski Sp. z o.o., stacja demontażu w Krakowie, NIP {nip}\n",
        rej=f"K{g.alnum(2, 'RAWNTSLZ')} {g.digits(5)}", ad=AD(g.addr()), iban=IB(g.iban(cc="PL")),
        p=PH(g.phone("m", g.pick(["nat", "intl"]))), n=P(f"{f} {la}"), nip=g.digits(10))


@_tpl("PL", "pl", "notatka GOPR")
def _t_pl_gopr(g: _G) -> None:
    f, la = g.person()
    g.f("GOPR Grupa Podhalańska — zgłoszenie {n}\nPoszkodowany: {la} {f}, ur. {dob}, zam. {town}\nTel. kontaktowy: "
        "{p}\nMiejsce: szlak na Kasprowy, {gps}\nZgłaszający: {zg}\nRatownicy: {r1}, {r2}. Sprzęt: nosze "
        "NS-{ns}. Godz. wyjazdu {t}.\n",
        n=g.ref("", 5), la=P(la), f=P(f), dob=DB(g.dob()), town=LO(g.town()), p=PH(g.phone("m")),
        gps=g.gps(49.23, 19.98), zg=P(g.full()), r1=P(g.last()), r2=P(g.last()), ns=g.digits(3), t=g.hm())


@_tpl("SE", "sv", "ärende (solceller)")
def _t_se_ticket(g: _G) -> None:
    f, la = g.person()
    g.f("Ärende {n} — Solcellsanläggning 10 kW\nKund: {n1}\nPersonuppgifter: född {dob}\nAdress: {ad}\nMobil: {p}\n"
        "E-post: {em}\nAnteckning ({ag}): Kunden vill ha ROT-avdrag. Växelriktare SN {sn}, mjukvara {v}. "
        "Montörer från vårt kontor i Uppsala.\n",
        n=g.digits(6), n1=P(f"{f} {la}"), dob=DB(g.dob()), ad=AD(g.addr()), p=PH(g.phone("m", "nat")),
        em=EM(g.email(f, la)), ag=P(g.first()), sn=g.alnum(12, "0123456789ABCDEF"), v=g.ver())


@_tpl("DK", "da", "SMS (klaverstemning)")
def _t_dk_sms(g: _G) -> None:
    f, la = g.person()
    g.f("Hej {f}! Klaverstemmeren kommer tirsdag kl. {t} til {ad}. Pris {amt} kr, betal via MobilePay til {bp}. "
        "Mvh {sn}, Aarhus Klaverservice\n-- svar fra {pp}: Super, jeg er hjemme. Hilsen {f2} {la}\n",
        f=P(f), t=g.hm(), ad=AD(g.addr()), amt=g.ri(600, 1200), bp=PH(g.phone("m", "nat")), sn=P(g.first()),
        pp=PH(g.phone("m", "intl")), f2=P(f), la=P(la))


@_tpl("TR", "tr", "WhatsApp (gelinlik)")
def _t_tr_whatsapp(g: _G) -> None:
    a, b = g.person(), g.person()
    d = g.day(-20, 0, "%d.%m.%Y")
    g.f("{d} {t1} - {a}: Merhaba, gelinlik provası için cumartesi uygun mu?\n"
        "{d} {t2} - {b}: Merhaba {af} Hanım, saat 14:00 olur. Kapora {amt} TL, IBAN: {iban}\n"
        "{d} {t3} - {a}: Tamam gönderdim. Fatura adresim: {ad}\n"
        "{d} {t4} - {b}: Teşekkürler 🌸 Sipariş no {sip}. Sorun olursa mağazayı arayın: {bp}\n",
        d=d, t1=g.hm(), t2=g.hm(), t3=g.hm(), t4=g.hm(), a=P(f"{a[0]} {a[1]}"), b=P(b[0]), af=P(a[0]),
        amt=g.ri(1000, 9000), iban=IB(g.iban(cc="TR")), ad=AD(g.addr()), sip=g.digits(7), bp=PH(g.phone("f", "nat")))


@_tpl("TR", "tr", "laboratuvar form dökümü")
def _t_tr_lab(g: _G) -> None:
    f, la = g.person()
    g.f("HASTA KAYIT\nAdı: {f}\nSoyadı: {la}\nDoğum Tarihi: {dob}\nDoğum Yeri: {by}\nCep Telefonu: {p}\n"
        "E-posta: {em}\nAdres: {ad}\nBarkod: {bc}\nTetkik: Hemogram, Glukoz, B12\nŞube: Kadıköy\nKayıt: {ts}\n",
        f=P(f), la=P(la.upper()), dob=DB(g.dob(g.pick([None, "tr"]))), by=LO(g.town()), p=PH(g.phone("m")),
        em=EM(g.email(f, la)), ad=AD(g.addr()), bc=g.digits(11), ts=g.ts("%d.%m.%Y %H:%M"))


@_tpl("RO", "ro", "email (dezmembrări auto)")
def _t_ro_scrap(g: _G) -> None:
    f, la = g.person()
    sf, sl = g.person()
    g.f("Bună ziua,\n\nVă confirmăm preluarea autoturismului Dacia Logan (nr. {nr}) pentru casare, programul Rabla. "
        "Suma de {amt} lei va fi virată în contul {iban}, titular {n}.\nAdresa de ridicare: {ad}.\n\nCu stimă,\n{sn}\n"
        "Dezmembrări Auto Carpați SRL\nTel: {bp} | {em}\n",
        nr=f"{g.pick(['CJ', 'BV', 'IS', 'TM'])} {g.ri(10, 99)} {g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
        amt=g.ri(800, 3000), iban=IB(g.iban(cc="RO")), n=P(f"{la.upper()} {f}"), ad=AD(g.addr()), sn=P(f"{sf} {sl}"),
        bp=PH(g.phone("f", "nat")), em=EM(g.email(sf, sl, "dezmembrari-carpati.ro")))


@_tpl("RO", "ro", "notă apel Salvamont")
def _t_ro_salvamont(g: _G) -> None:
    f, la = g.person()
    g.f("SALVAMONT Brașov — notă apel {t}\nApelant: {ap}, tel. {p}\nTurist accidentat: {n}, născut la {dob}, "
        "domiciliat în {town}\nLocație: Vârful Omu, {gps}\nSe trimite echipa de la baza Sinaia. Caz nr. {c}.\n",
        t=g.ts("%d.%m.%Y %H:%M"), ap=P(g.full()), p=PH(g.phone("m", g.pick(["nat", "intl"]))), n=P(f"{f} {la}"),
        dob=DB(g.dob(g.pick([None, "ro"]))), town=LO(g.town()), gps=g.gps(45.44, 25.45), c=g.digits(4))


@_tpl("EE", "et", "pöördumine (päikesepaneelid)")
def _t_ee_ticket(g: _G) -> None:
    f, la = g.person()
    g.f("Pöördumine nr {n}\nKlient: {n1}\nAadress: {ad}\nTelefon: {p}\nE-post: {em}\nSisu: Tere! Päikesepaneelide "
        "inverter näitab viga E{err}. Palun saatke tehnik. Ettemaks tuli kaks korda, palun tagastage see minu "
        "kontole {iban}.\nMärkus ({ag}): garantii kehtib, seadme tarkvara {v}.\n",
        n=g.digits(5), n1=P(f"{f} {la}"), ad=AD(g.addr()), p=PH(g.phone("m", g.pick(["nat", "intl"]))),
        em=EM(g.email(f, la)), err=g.ri(10, 99), iban=IB(g.iban(cc="EE")), ag=P(g.first()), v=g.ver())


@_tpl("LT", "lt", "el. laiškas (fortepijono pamokos)")
def _t_lt_email(g: _G) -> None:
    f, _la = g.person()
    g.f("Laba diena, {f},\n\npatvirtiname fortepijono pamokas jūsų vaikui {kid} nuo {d}. Pamokos vyks adresu {ad}. "
        "Mokestį prašome pervesti į sąskaitą, nurodytą sąskaitoje faktūroje Nr. {sf}.\nJei kiltų klausimų, "
        "skambinkite {bp}.\n\nPagarbiai\n{mn}\nMuzikos studija „Allegro“\n",
        f=P(f), kid=P(g.first()), d=g.day(3, 20, "%Y-%m-%d"), ad=AD(g.addr()), sf=g.ref("ALG-", 5),
        bp=PH(g.phone("m", g.pick(["nat", "intl"]))), mn=P(g.full()))


@_tpl("SI", "sl", "dnevnik GRS")
def _t_si_grs(g: _G) -> None:
    f, la = g.person()
    g.f("GRS Kranj — dnevnik intervencije {n}\nPogrešana oseba: {n1}, roj. {dob}, stalno prebivališče {town}\n"
        "Telefon svojcev: {p}\nZadnja lokacija: {gps} (Storžič)\nVodja akcije: {v}. Helikopter SV-{h}.\n",
        n=g.ref("", 4), n1=P(f"{f} {la}"), dob=DB(g.dob()), town=LO(g.town()), p=PH(g.phone("m")),
        gps=g.gps(46.35, 14.4), v=P(g.full()), h=g.digits(3))


@_tpl("TL", "tl", "Taglish chat (lab results)")
def _t_tl_chat(g: _G) -> None:
    a, b = g.person(), g.person()
    g.f("{a}: hello po, ask ko lang kung ready na yung results ng CBC ko? request no. {rq}\n"
        "{b} (HI-LAB): Hi po ma'am {af}! Para ma-verify po, ano po birthday niyo?\n{a2}: {dob} po\n"
        "{b2} (HI-LAB): Salamat po. Na-send na po sa email niyo, {em}. Kung wala pa po, tawag kayo sa {p}.\n"
        "{a3}: sige po salamat, taga {town} pa kasi ako kaya di makapunta\n",
        a=P(f"{a[0]} {a[1]}"), a2=P(f"{a[0]} {a[1]}"), a3=P(f"{a[0]} {a[1]}"), b=P(b[0]), b2=P(b[0]), af=P(a[0]),
        rq=g.digits(9), dob=DB(g.dob(g.pick([None, "en"]))), em=EM(g.email(*a)), p=PH(g.phone("m", "nat")),
        town=LO(g.town()))


@_tpl("CAT", "ca", "correu (vestits de núvia)")
def _t_cat_email(g: _G) -> None:
    f, _la = g.person()
    g.f("Hola {f},\n\nEt confirmem la prova del vestit de núvia per al dia {d} a les {t}. Recorda portar les sabates. "
        "Si necessites canviar l'hora, truca'ns al {bp} o escriu a {bem}.\nL'adreça d'enviament que tenim és: {ad}\n\n"
        "Una abraçada,\n{sn}\nNúvies Montseny, botiga de Girona\n",
        f=P(f), d=g.day(5, 40, "%d/%m/%Y"), t=g.hm(), bp=PH(g.phone("m", "nat")), bem=EM("hola@nuviesmontseny.cat"),
        ad=AD(g.addr()), sn=P(g.full()))


@_tpl("VN", "vi", "ghi chú CRM (lắp pin mặt trời)")
def _t_vn_crm(g: _G) -> None:
    n = g.full()
    g.f("Khách hàng: {n}\nNgày sinh: {dob}\nĐiện thoại: {p}\nĐịa chỉ lắp đặt: {ad}\nEmail: {em}\n"
        "Ghi chú: khách muốn lắp 5kWp, hẹn khảo sát ngày {d}. Mã báo giá BG-{bg}. Nhân viên phụ trách: {nv}.\n",
        n=P(n), dob=DB(g.dob()), p=PH(g.phone("m", g.pick(["nat", "intl"]))), ad=AD(g.addr()),
        em=EM(g.email(n.split()[-1], n.split()[0])), d=g.day(2, 20, "%d/%m/%Y"), bg=g.digits(5), nv=P(g.full()))


# ============================================================================= structured tables
class _Col:
    __slots__ = ("blank", "entity", "fn", "name", "ph")

    def __init__(self, name, entity, fn, blank=0.0, ph=0.0):
        self.name, self.entity, self.fn, self.blank, self.ph = name, entity, fn, blank, ph


def _b(yes: str = "true", no: str = "false", p: float = 0.7):
    return lambda g, r: yes if g.chance(p) else no


def _line_town(g: _G, r) -> str:
    return g.addr()


_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?", "none"]
_GOWNS = ["Vera Wang Hayley", "Jenny Packham Aurora", "Pronovias Elsa", "Robe Colette", "Maggie Sottero Dakota",
          "Rosa Clará Soft", "Justin Alexander 88210", "Modèle Joséphine"]
_SUITS = ["Hugo Boss Slim Navy", "Ted Baker Charcoal 3pc", "Tom Ford Tux", "Calvin Klein Black Tie", "M.J. Bale Ivory",
          "Paul Smith Check"]
_PIANOS = ["Steinway & Sons K-52", "Bösendorfer 155", "Yamaha U3", "August Förster 116", "Petrof P118", "Kawai K-300",
           "Schimmel Fridolin"]
_PETS = ["Biscuit", "Luna", "Pepper", "Milo", "Rex", "Moustache", "Bella", "Toby", "Nala", "Kiki"]
_HP_MODELS = ["Mitsubishi Zuba PUZ-HA36", "Daikin Altherma 3", "Fujitsu AOU24RLXFZH", "Panasonic Aquarea J",
              "Bosch Compress 7000i"]


def _tables() -> list[tuple[str, str, list[_Col]]]:
    T = []
    T.append(("lab_patients", "GB", [
        _Col("sample_id", None, lambda g, r: g.ref("LAB-", 7)),
        _Col("patient_forename", "PERSON", lambda g, r: r["f"]),
        _Col("patient_surname", "PERSON", lambda g, r: r["l"].upper() if g.chance(0.3) else r["l"], ph=0.02),
        _Col("dob", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.05),
        _Col("dob_verified", None, _b("Y", "N")),
        _Col("tel", "PHONE_NUMBER", lambda g, r: g.phone(g.pick("mf"), g.pick(["nat", "compact"])), blank=0.15, ph=0.03),
        _Col("phone_type", None, lambda g, r: g.pick(["mobile", "landline", "work"])),
        _Col("email", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.3),
        _Col("email_verified", None, _b()),
        _Col("addr1", "STREET_ADDRESS", _line_town, blank=0.1),
        _Col("col_7", "PERSON", lambda g, r: g.full(), blank=0.2),
        _Col("requesting_practice", None, lambda g, r: g.pick(["Riverside Medical Centre", "St Luke's Surgery",
                                                                "Dr Patel & Partners", "Oakwood Health Centre"])),
        _Col("test_panel", None, lambda g, r: g.pick(["FBC", "U&E; LFT", "HbA1c", "TFT", "Lipids; CRP", "Ferritin"])),
        _Col("result_value", None, lambda g, r: f"{g.rng.uniform(0.5, 14):.1f} {g.pick(['mmol/L', 'g/L', 'mU/L'])}"),
        _Col("barcode", None, lambda g, r: g.digits(12)),
        _Col("collected_at", None, lambda g, r: g.ts("%d/%m/%Y %H:%M")),
        _Col("analyser_fw", None, lambda g, r: "v" + g.ver()),
        _Col("report_hash", None, lambda g, r: g.sha(), blank=0.1),
        _Col("collection_site", None, lambda g, r: g.pick(["Leeds", "York", "Bradford", "Harrogate"])),
        _Col("priority", None, lambda g, r: g.pick(["routine", "urgent", "STAT"])),
    ]))
    T.append(("lab_portal_accounts", "US", [
        _Col("accountId", None, lambda g, r: g.uuid()),
        _Col("firstName", "PERSON", lambda g, r: r["f"]),
        _Col("lastName", "PERSON", lambda g, r: r["l"]),
        _Col("emailAddress", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"])),
        _Col("emailVerified", None, _b()),
        _Col("mobilePhone", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "dots", "e164"])), blank=0.25),
        _Col("dateOfBirth", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.1),
        _Col("field_3", "US_SSN", lambda g, r: g.ssn(g.chance(0.6)), blank=0.45),
        _Col("ssnLast4", None, lambda g, r: g.digits(4), blank=0.3),
        _Col("pwd", "PASSWORD", lambda g, r: g.pw(), blank=0.5),
        _Col("passwordHash", None, lambda g, r: g.bcrypt()),
        _Col("passwordChangedAt", None, lambda g, r: g.ts("%Y-%m-%d", -700, 0), blank=0.2),
        _Col("apiKey", "API_KEY", lambda g, r: g.key(g.pick(["stripe", "generic", "github"])), blank=0.6),
        _Col("publishableKey", None, lambda g, r: g.pk(), blank=0.5),
        _Col("sessionToken", None, lambda g, r: g.sha(40)),
        _Col("lastLoginIp", "IP_ADDRESS", lambda g, r: g.ip4() if g.chance(0.8) else g.ip6(), blank=0.1),
        _Col("internalIp", None, lambda g, r: g.priv()),
        _Col("clientVersion", None, lambda g, r: g.pick(["ios-", "android-", "web-"]) + g.ver()),
        _Col("mfaEnabled", None, _b("1", "0", 0.4)),
        _Col("createdAt", None, lambda g, r: g.ts("%Y-%m-%dT%H:%M:%SZ", -900, 0)),
        _Col("plan", None, lambda g, r: g.pick(["basic", "family", "clinician"])),
    ]))
    T.append(("altfahrzeug_annahme", "DE", [
        _Col("Vorgangsnr", None, lambda g, r: g.ref("AV-", 6)),
        _Col("Vorname", "PERSON", lambda g, r: r["f"]),
        _Col("Nachname", "PERSON", lambda g, r: r["l"]),
        _Col("Geburtsdatum", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.1),
        _Col("Ausweis_geprüft", None, _b("ja", "nein", 0.9)),
        _Col("Telefon", "PHONE_NUMBER", lambda g, r: g.phone(g.pick("mf"), g.pick(["nat", "intl"])), blank=0.1),
        _Col("Anschrift", "STREET_ADDRESS", _line_town),
        _Col("Wohnort", "LOCATION", lambda g, r: g.town(), blank=0.2),
        _Col("IBAN", "IBAN_CODE", lambda g, r: g.iban(), blank=0.35, ph=0.03),
        _Col("BIC", None, lambda g, r: g.pick(["COBADEFFXXX", "DEUTDEDBFRE", "GENODEF1S02", "BYLADEM1001"]), blank=0.35),
        _Col("Kennzeichen", None, lambda g, r: f"{g.pick(['FR', 'KS', 'R', 'LG', 'GÖ'])}-{g.alnum(2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {g.ri(1, 9999)}"),
        _Col("FIN", None, lambda g, r: "WVW" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        _Col("Fahrzeug", None, lambda g, r: g.pick(["VW Golf IV", "Opel Astra H", "Ford Fiesta", "Mercedes A 160",
                                                    "Porsche Cayenne", "Audi A4 B6"])),
        _Col("Gewicht_kg", None, lambda g, r: str(g.ri(800, 2100))),
        _Col("Preis_EUR", None, lambda g, r: f"{g.ri(50, 600)},00"),
        _Col("Verwertungsnachweis", None, lambda g, r: g.ref("VN", 9), blank=0.1),
        _Col("Annahmestelle", None, lambda g, r: g.pick(["Kassel", "Göttingen", "Erfurt"])),
        _Col("Abholdatum", None, lambda g, r: g.day(-60, 10, "%d.%m.%Y")),
    ]))
    T.append(("SCALE_TICKETS", "US", [
        _Col("TICKET_NO", None, lambda g, r: g.ref("T", 7)),
        _Col("SELLER_NAME", "PERSON", lambda g, r: f"{r['l'].upper()}, {r['f'].upper()}" if g.chance(0.5) else f"{r['f']} {r['l']}"),
        _Col("SELLER_DOB", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.2),
        _Col("SELLER_PHONE", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "dots", "compact"])), blank=0.1),
        _Col("PHONE_TYPE", None, lambda g, r: g.pick(["CELL", "HOME", "WORK"])),
        _Col("SELLER_ADDR", "STREET_ADDRESS", lambda g, r: g.addr().upper()),
        _Col("ATTR2", "US_SSN", lambda g, r: g.ssn(), blank=0.5),
        _Col("PAYEE_ACCT", "US_BANK_NUMBER", lambda g, r: g.acct(), blank=0.4),
        _Col("ROUTING_NO", None, lambda g, r: g.routing(), blank=0.4),
        _Col("MATERIAL_GRADE", None, lambda g, r: g.pick(["#1 HMS", "#2 HMS", "SHRED", "CAT CONV", "ALUM RIMS",
                                                          "#1 COPPER"])),
        _Col("GROSS_LB", None, lambda g, r: str(g.ri(3000, 9000))),
        _Col("TARE_LB", None, lambda g, r: str(g.ri(2000, 3000))),
        _Col("PRICE_PER_LB", None, lambda g, r: f"{g.rng.uniform(0.05, 3.9):.3f}"),
        _Col("VEHICLE_VIN", None, lambda g, r: g.alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), blank=0.3),
        _Col("CAT_SERIAL", None, lambda g, r: g.alnum(10, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), blank=0.6),
        _Col("SCALE_FW", None, lambda g, r: g.ver()),
        _Col("YARD", None, lambda g, r: g.pick(["Tulsa", "Dayton", "Spokane"])),
        _Col("TIME_IN", None, lambda g, r: g.ts("%m/%d/%Y %H:%M")),
        _Col("CARD_LAST4", None, lambda g, r: g.digits(4), blank=0.5),
    ]))
    T.append(("rescue_volunteers", "NZ", [
        _Col("Member No", None, lambda g, r: g.ref("LS", 5)),
        _Col("First Name", "PERSON", lambda g, r: r["f"]),
        _Col("Surname", "PERSON", lambda g, r: r["l"]),
        _Col("Date of Birth", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.05),
        _Col("Mobile", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "intl"]))),
        _Col("Phone Type", None, lambda g, r: g.pick(["Mobile", "Home", "Work"])),
        _Col("Email", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.1),
        _Col("Home Address", "STREET_ADDRESS", _line_town, blank=0.15),
        _Col("Address Type", None, lambda g, r: g.pick(["Residential", "Postal", "Rural delivery"])),
        _Col("Home Town", "LOCATION", lambda g, r: g.town()),
        _Col("Next of Kin", "PERSON", lambda g, r: g.full(), blank=0.2, ph=0.05),
        _Col("Callsign", None, lambda g, r: f"SAR{g.ri(1, 9)}-{g.ri(10, 99)}"),
        _Col("Radio Serial", None, lambda g, r: g.alnum(9, "0123456789ABCDEF")),
        _Col("Base", None, lambda g, r: g.pick(["Queenstown", "Wanaka", "Te Anau"])),
        _Col("Cert Expiry", None, lambda g, r: g.day(-100, 700, "%d/%m/%Y")),
        _Col("Vehicle Rego", None, lambda g, r: g.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), blank=0.3),
        _Col("Beacon ID", None, lambda g, r: g.alnum(15, "0123456789ABCDEF"), blank=0.4),
        _Col("Dog Name", None, lambda g, r: g.pick(_PETS), blank=0.6),
        _Col("Skill Level", None, lambda g, r: g.pick(["Field Team Member", "Team Leader", "Support"])),
    ]))
    T.append(("grs_intervencije", "SI", [
        _Col("intervencija.id", None, lambda g, r: g.ref("GRS-", 5)),
        _Col("oseba.ime", "PERSON", lambda g, r: r["f"]),
        _Col("oseba.priimek", "PERSON", lambda g, r: r["l"]),
        _Col("oseba.rojstni_datum", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.3, ph=0.05),
        _Col("oseba.prebivalisce", "LOCATION", lambda g, r: g.town(), blank=0.2),
        _Col("prijavitelj.telefon", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "intl", "compact"]))),
        _Col("attr2", "PERSON", lambda g, r: g.full(), blank=0.1),
        _Col("gps.lat", None, lambda g, r: f"{g.rng.uniform(46.2, 46.5):.5f}"),
        _Col("gps.lon", None, lambda g, r: f"{g.rng.uniform(13.6, 14.8):.5f}"),
        _Col("cas.zacetek", None, lambda g, r: g.ts("%d. %m. %Y %H:%M")),
        _Col("trajanje_min", None, lambda g, r: str(g.ri(40, 900))),
        _Col("postaja", None, lambda g, r: g.pick(["Kranj", "Bovec", "Mojstrana", "Kamnik"])),
        _Col("helikopter", None, lambda g, r: g.pick(["SV-72", "S5-HPC", "-", "SV-93"])),
        _Col("vreme", None, lambda g, r: g.pick(["jasno", "megla", "sneg", "dež"])),
        _Col("oprema.serijska", None, lambda g, r: g.alnum(8, "0123456789ABCDEF")),
        _Col("status", None, lambda g, r: g.pick(["zaključeno", "v teku", "preklicano"])),
        _Col("porocilo.hash", None, lambda g, r: g.sha()),
    ]))
    T.append(("RobesClientes", "FR", [
        _Col("NumeroCommande", None, lambda g, r: g.ref("CMD", 6)),
        _Col("Prenom", "PERSON", lambda g, r: r["f"]),
        _Col("NomFamille", "PERSON", lambda g, r: r["l"].upper()),
        _Col("DateNaissance", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.4),
        _Col("DateNaissanceVerifiee", None, _b("oui", "non", 0.3)),
        _Col("Telephone", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "intl", "compact"]))),
        _Col("Courriel", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.05),
        _Col("AdresseLivraison", "STREET_ADDRESS", _line_town, blank=0.3),
        _Col("TypeAdresse", None, lambda g, r: g.pick(["domicile", "travail", "relais"])),
        _Col("Iban", "IBAN_CODE", lambda g, r: g.iban(True), blank=0.6),
        _Col("Field_3", "PERSON", lambda g, r: g.full(), blank=0.35),
        _Col("ModeleRobe", None, lambda g, r: g.pick(_GOWNS)),
        _Col("Taille", None, lambda g, r: str(g.pick([34, 36, 38, 40, 42, 44]))),
        _Col("DateMariage", None, lambda g, r: g.day(30, 400, "%d/%m/%Y")),
        _Col("Boutique", None, lambda g, r: g.pick(["Annecy", "Lyon", "Chambéry"])),
        _Col("Acompte", None, lambda g, r: f"{g.ri(100, 900)},00 €"),
        _Col("CarteMasquee", None, lambda g, r: g.masked(), blank=0.3),
        _Col("StatutRetouche", None, lambda g, r: g.pick(["à faire", "en cours", "terminée"])),
    ]))
    T.append(("formalwear_rentals", "AU", [
        _Col("rental_id", None, lambda g, r: g.ref("R-", 6)),
        _Col("cust_first", "PERSON", lambda g, r: r["f"]),
        _Col("cust_last", "PERSON", lambda g, r: r["l"]),
        _Col("mobile", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "intl", "compact"])), ph=0.03),
        _Col("email", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"])),
        _Col("suburb_home", "LOCATION", lambda g, r: g.town(), blank=0.25),
        _Col("card_number", "CREDIT_CARD", lambda g, r: g.card(), blank=0.55),
        _Col("card_last4", None, lambda g, r: g.digits(4)),
        _Col("card_expiry", None, lambda g, r: f"{g.ri(1, 12):02d}/{g.ri(26, 31)}"),
        _Col("cvv_checked", None, _b("Y", "N", 0.9)),
        _Col("order_ip", "IP_ADDRESS", lambda g, r: g.ip4(), blank=0.2),
        _Col("name_of_product", None, lambda g, r: g.pick(_SUITS)),
        _Col("size", None, lambda g, r: g.pick(["92R", "97R", "102L", "107S", "112R"])),
        _Col("pickup_date", None, lambda g, r: g.day(-10, 40, "%d/%m/%Y")),
        _Col("return_due", None, lambda g, r: g.day(0, 50, "%d/%m/%Y")),
        _Col("deposit_aud", None, lambda g, r: g.money(50, 250)),
        _Col("store", None, lambda g, r: g.pick(["Ballarat", "Bendigo", "Geelong"])),
        _Col("tracking_no", None, lambda g, r: f"{g.alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{g.digits(10)}", blank=0.5),
        _Col("damage_notes", None, lambda g, r: g.pick(["", "button loose", "hem let down", "none"]), blank=0.5),
    ]))
    T.append(("clienti_accordature", "IT", [
        _Col("cod_cliente", None, lambda g, r: g.ref("CL", 5)),
        _Col("nome", "PERSON", lambda g, r: r["f"]),
        _Col("cognome", "PERSON", lambda g, r: r["l"]),
        _Col("tel", "PHONE_NUMBER", lambda g, r: g.phone("f", "nat"), blank=0.3),
        _Col("cell", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["intl", "nat"])), blank=0.1),
        _Col("tipo_telefono", None, lambda g, r: g.pick(["cellulare", "fisso", "ufficio"])),
        _Col("indirizzo", "STREET_ADDRESS", _line_town),
        _Col("email", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.25, ph=0.03),
        _Col("data_nascita_allievo", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.5),
        _Col("citta_residenza", "LOCATION", lambda g, r: g.town(), blank=0.1),
        _Col("marca_piano", None, lambda g, r: g.pick(_PIANOS)),
        _Col("matricola", None, lambda g, r: g.digits(6)),
        _Col("ultima_accordatura", None, lambda g, r: g.day(-500, 0, "%d/%m/%Y")),
        _Col("diapason", None, lambda g, r: g.pick(["440 Hz", "442 Hz", "438 Hz"])),
        _Col("importo", None, lambda g, r: f"{g.ri(80, 160)},00"),
        _Col("animale_domestico", None, lambda g, r: g.pick(_PETS), blank=0.5),
        _Col("sede", None, lambda g, r: g.pick(["Bergamo", "Lecco", "Como"])),
        _Col("note", None, lambda g, r: g.pick(["", "citofono rotto", "chiamare prima", "piano al 3° piano"]), blank=0.4),
    ]))
    T.append(("export_lectii", "RO", [
        _Col("col_1", "PERSON", lambda g, r: f"{r['l']} {r['f']}"),
        _Col("col_2", None, lambda g, r: g.ref("L", 6)),
        _Col("col_3", None, lambda g, r: g.pick(["pian", "chitară", "vioară", "canto"])),
        _Col("col_4", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "compact", "intl"]))),
        _Col("col_5", None, lambda g, r: g.day(-30, 30, "%d.%m.%Y")),
        _Col("col_6", None, lambda g, r: f"{g.ri(60, 200)} lei"),
        _Col("col_7", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.2),
        _Col("col_8", None, lambda g, r: g.pick(["Sala A", "Sala B", "online"])),
        _Col("col_9", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.3),
        _Col("col_10", None, lambda g, r: g.ref("FCT-", 5)),
        _Col("col_11", None, lambda g, r: g.pick(["achitat", "restant", "anulat"])),
        _Col("col_12", "IBAN_CODE", lambda g, r: g.iban(), blank=0.55),
        _Col("col_13", None, lambda g, r: g.ver()),
        _Col("col_14", "PERSON", lambda g, r: g.last(), blank=0.4, ph=0.05),
        _Col("col_15", None, lambda g, r: g.sha(32)),
        _Col("col_16", None, _b("1", "0", 0.85)),
        _Col("col_17", None, lambda g, r: g.pick(["Cluj-Napoca", "Florești"])),
    ]))
    T.append(("clientes_fotovoltaica", "ES", [
        _Col("id_cliente", None, lambda g, r: g.ref("FV", 6)),
        _Col("nombre", "PERSON", lambda g, r: r["f"]),
        _Col("apellidos", "PERSON", lambda g, r: f"{r['l']} {g.last()}"),
        _Col("fecha_nacimiento", "DATE_OF_BIRTH", lambda g, r: g.dob(), blank=0.2),
        _Col("movil", "PHONE_NUMBER", lambda g, r: g.phone("m", g.pick(["nat", "intl", "compact"]))),
        _Col("correo", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.1),
        _Col("direccion_instalacion", "STREET_ADDRESS", _line_town),
        _Col("municipio_residencia", "LOCATION", lambda g, r: g.town(), blank=0.3),
        _Col("iban_domiciliacion", "IBAN_CODE", lambda g, r: g.iban(), blank=0.15),
        _Col("clave_app_monitorizacion", "PASSWORD", lambda g, r: g.pw(), blank=0.5),
        _Col("cups", None, lambda g, r: "ES0021" + g.digits(12) + g.alnum(2, "ABCDEFGHJKLMNPQRSTVWXYZ") + "0F"),
        _Col("ref_catastral", None, lambda g, r: g.digits(7) + g.alnum(2, "ABCDEFGHJKLMNPQRSTVWXYZ") + g.digits(4) + "S0001" + g.alnum(2, "ABCDEFGHJKLMNPQRSTVWXYZ")),
        _Col("potencia_kwp", None, lambda g, r: f"{g.rng.uniform(2.0, 12.0):.2f}"),
        _Col("num_paneles", None, lambda g, r: str(g.ri(4, 28))),
        _Col("modelo_inversor", None, lambda g, r: g.pick(["Huawei SUN2000-5KTL", "Fronius Primo 4.0", "SMA Sunny Boy 3.6"])),
        _Col("firmware", None, lambda g, r: "V" + g.ver()),
        _Col("ip_inversor", None, lambda g, r: g.priv()),
        _Col("fecha_instalacion", None, lambda g, r: g.day(-700, 0, "%d/%m/%Y")),
        _Col("importe_subvencion", None, lambda g, r: f"{g.ri(600, 4000)},{g.ri(0, 99):02d} €", blank=0.3),
        _Col("delegacion", None, lambda g, r: g.pick(["Zaragoza", "Huesca", "Teruel"])),
        _Col("coordenadas", None, lambda g, r: g.gps(41.65, -0.88)),
    ]))
    T.append(("heatpump_service_events", "CA", [
        _Col("event.id", None, lambda g, r: g.uuid()),
        _Col("event.ts", None, lambda g, r: g.ts()),
        _Col("customer.first_name", "PERSON", lambda g, r: r["f"]),
        _Col("customer.last_name", "PERSON", lambda g, r: r["l"]),
        _Col("customer.phone", "PHONE_NUMBER", lambda g, r: g.phone(g.pick("mf"), g.pick(["nat", "dots", "e164"])), blank=0.05),
        _Col("customer.phone_type", None, lambda g, r: g.pick(["cell", "home"])),
        _Col("customer.email", "EMAIL_ADDRESS", lambda g, r: g.email(r["f"], r["l"]), blank=0.15),
        _Col("customer.email_verified", None, _b()),
        _Col("site.address", "STREET_ADDRESS", _line_town),
        _Col("unit.model", None, lambda g, r: g.pick(_HP_MODELS)),
        _Col("unit.serial", None, lambda g, r: g.alnum(11, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")),
        _Col("unit.fw", None, lambda g, r: g.ver()),
        _Col("gateway.public_ip", "IP_ADDRESS", lambda g, r: g.ip4() if g.chance(0.7) else g.ip6(), blank=0.3),
        _Col("gateway.lan_ip", None, lambda g, r: g.priv()),
        _Col("monitoring.api_key", "API_KEY", lambda g, r: g.key(g.pick(["generic", "sendgrid", "google"])), blank=0.4),
        _Col("monitoring.key_sha256", None, lambda g, r: g.sha()),
        _Col("monitoring.publishable_key", None, lambda g, r: g.pk(), blank=0.4),
        _Col("fault.code", None, lambda g, r: g.pick(["E4", "P8", "U2", "E9-1", "none"])),
        _Col("refrigerant.charge_kg", None, lambda g, r: f"{g.rng.uniform(1.0, 4.0):.2f}"),
        _Col("warranty.claim_no", None, lambda g, r: g.ref("WC", 7), blank=0.6),
        _Col("depot.city", None, lambda g, r: g.pick(["Halifax", "Moncton", "Kelowna"])),
        _Col("site.gps", None, lambda g, r: g.gps(44.65, -63.6), blank=0.2),
    ]))
    return T


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Tables name -> columns, each column `rows` values long (None = blank)."""
    out: dict[str, list[Column]] = {}
    for tname, cc, cols in _tables():
        trng = random.Random(f"oasis-{seed}-{tname}")
        data: list[list[str | None]] = [[] for _ in cols]
        for i in range(rows):
            g = _G(random.Random(f"oasis-{seed}-{tname}-{i}"), cc)
            r = {"f": g.first(), "l": g.last()}
            for j, c in enumerate(cols):
                u = trng.random()
                if u < c.blank:
                    data[j].append(None)
                elif u < c.blank + c.ph:
                    data[j].append(trng.choice(_PLACEHOLDERS))
                else:
                    val = c.fn(g, r)
                    if c.entity is not None and c.entity != "PERSON" and c.entity != "LOCATION":
                        _check_value(val, c.entity, COUNTRIES[cc]["region"])
                    data[j].append(val)
        out[tname] = [Column(c.name, c.entity, data[j]) for j, c in enumerate(cols)]
    return out


# ============================================================================= API
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _covered(spans, s: int, e: int, label: str) -> bool:
    return any(a <= s and e <= b and lab == label for a, b, lab in spans)


def free_text(n: int, seed: int) -> list[Text]:
    """n texts; text i renders TEMPLATES[i % len(TEMPLATES)] with values drawn for that text."""
    out: list[Text] = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        g = _G(random.Random(f"oasis-{seed}-{i}"), tpl.cc)
        tpl(g)
        t = g.build()
        for m in _EMAIL_RE.finditer(t.text):
            assert _covered(t.spans, m.start(), m.end(), "EMAIL_ADDRESS"), (tpl.__name__, m.group())
        out.append(t)
    return out
