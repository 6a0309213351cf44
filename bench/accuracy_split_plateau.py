"""Accuracy split "plateau": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "plateau", 2026-11-28 (a fixed "today"; the module never reads the clock).

Independence: written only from the brief (/tmp/w25/prompt_plateau.md, which gives the label
conventions and the exact definitions imported from bench/accuracy_data.py), one `ls bench/`, and the
outputs of Faker (names, per locale) and phonenumbers (example numbers, is_valid_number, formatting).
Nothing else in the repository was opened: not the scanner, its rules, tests, docs, results, notes,
bench/accuracy.py, bench/accuracy_data.py or any other split; git was not run. The scanner (and
Presidio) was never read or run against this data.

API
---
* free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)] with its own
  random.Random(f"plateau-{seed}-{i}"); the benchmark calls free_text(500, 7).
* structured(rows, seed) -> dict[str, list[Column]]: 12 tables, each column `rows` long, seeded with
  random.Random(f"plateau-{seed}-{table}"); the benchmark calls structured(150, 11).
* TEMPLATES: list of (name, country profile, language, function).
Deterministic (string seeds, every Faker reseeded from the text's rng before use, no set iteration, no
clock); both calls together take about 0.6 s.

Domains
-------
Beekeeping-supplies web shop; municipal swimming pool and sauna memberships; co-working space (desks,
meeting rooms, mail handling); scuba-diving centre (courses, medical forms, boat trips); veterinary
clinic (owners and pets); pawnshop / second-hand electronics buyer; plus a few generic texts
(release notes, stock sync, access log, .env file).

Languages (63 templates; 36 English = 57 %, 27 in 14 other languages = 43 %)
--------------------------------------------------------------------------
English 36: US 9, GB 5, CA 3, AU 3, IN 3, IE 2, ZA 2, NZ 2, SG 2, PH 2, NG 2, KE 1.
Other 27: Catalan (ES/Catalonia) 2, Icelandic 2, Afrikaans (ZA) 2, Tagalog/Taglish (PH) 2, Bosnian 2,
Estonian 2, Lithuanian 2, Slovenian 2, Swahili (TZ) 2, Turkish 2, Romanian 2, Vietnamese 2, German 2,
Dutch 1 -- twelve of them from the "barely used" list.
Names, towns, streets, postcodes, phone numbers and date formats follow each text's country profile
(COUNTRIES / DATE_FMT below); Faker supplies names for en_US/GB/CA/AU/IN/IE/NZ, is_IS, et_EE, sl_SI,
tr_TR, ro_RO, lt_LT, de_DE, nl_NL (gender-consistent given name + surname); hand lists for the rest.

Shapes
------
E-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Teams / Slack / live-chat
exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case speech-to-text
transcripts (en, vi), key: value forms, key=value logs, JSON lines, a CSV paste (sl), access log,
YAML and .env config, OCR'd forms (dive medical, pawn ticket), a contract, invoices/receipts, a
notification subject line, and two texts without PII (release notes, inventory sync).

Value rules
-----------
* Phones: random national numbers grown from phonenumbers' example number of the country (NANP: real
  area codes of the profile's towns), kept only if is_valid_number; written national, international,
  E.164 or digits-only, and re-parsed with the country as region before use.
* Cards: _luhn (Visa, Mastercard incl. 2221, Amex), spaced or not; SSNs never area 000/666/9xx,
  group 00, serial 0000 (dashed or 9 digits); US account numbers 8-12 digits next to an unlabelled
  ABA-valid routing number; IBANs from _iban_of, and for IS/EE/TR/RO own mod-97 IBANs of the right
  length (spaced or not); public IPs from _ip_public_v4/_v6.
* Birth dates 1942-2007 in the country's format (US m/d/Y, CA/LT ISO, DE/IS/EE/TR/RO/BA d.m.Y,
  SI "d. m. Y", NL d-m-Y, ZA-af Y/m/d, English "July 22, 1986" / "22 July 1986"); other dates are
  2025-2026 and never labelled.
* Passwords are plaintext secrets (a final "!" or "#" is part of the secret and is always followed by
  a space or line break); API keys are secret-key shapes (sk_live_, ghp_, xoxb-, SG., AIza, key-).
_build() asserts for every span: text[start:end] equals the inserted value, no surrounding
whitespace/quotes/brackets, no trailing punctuation (except the period of "First L." and a password's
own symbol), no following letter or digit, no overlap; phones are re-validated, cards Luhn-checked,
SSNs and IBANs checked. _check_tables() does the same for the table columns (run via __main__).

Label conventions as applied
----------------------------
PERSON: full names, first-only, surname-only (also after Dr./Mrs/Frau Dr., titles outside), upper
case, "LAST, FIRST", "Last, First", "First L.", lower-case transcript names, chat speakers (agent's
shop in brackets outside the span); not labelled: names in brand/product/company/room names (Mann
Lake-style, Queen Bee Brand, John Deere-style, Ada Lovelace Building, Besprechungsraum Goethe,
Clínica Veterinària Sant Jordi, Johnson & Johnson, Martha Stewart Living), pet names, boat names.
STREET_ADDRESS: one span per address, multi-line blocks included (flat/apt/unit/bl./ap. inside); in
a '>'-quoted reply each quoted line is its own span; business addresses in signatures labelled; bare
street lines labelled. LOCATION: home town / moved to / travels from / born in; branch, site, store
and shop towns are not labelled. EMAIL_ADDRESS includes role addresses. IP_ADDRESS: public only.

Look-alikes (never labelled)
----------------------------
Masked cards and "ending 1234", card_last4, expiry and CVV, private/loopback/ULA IPs, version strings,
bcrypt / argon2 / sha256 / git SHAs, UUIDs, order/ticket/booking/invoice/policy/tracking numbers,
OTPs, door and locker codes, IMEIs (Luhn-valid 15 digits), microchip numbers, routing numbers, UEN,
GSTIN, masked PAN, TIN placeholders, non-US bank account numbers (FNB, M-PESA paybills), GPS
coordinates, amounts, timestamps and non-birth dates, publishable keys / Twilio account SIDs / CSRF
tokens, branch towns, pet names, company and product names containing person names.

Tables (name, locale, columns = PII / look-alike, header style)
---------------------------------------------------------------
bee_shop_customers      GB  18 =  8 / 10  snake_case, abbreviations (tel, dob, addr1), pwd_hash
imkerei_bestellungen    DE  17 =  6 / 11  German headers, opaque attr2 (phone)
kopalisce_clani         SI  17 =  7 / 10  Slovenian snake_case, dotted (kontakt.telefon)
pool_visits             AU  18 =  4 / 14  camel/PascalCase, spaced "Phone Type", opaque field_3 (phone)
coworking_liikmed       EE  22 = 10 / 12  Estonian headers (parool, api_võti)
mailroom_log            US  17 =  5 / 12  spaced Title Case ("Forward To", "Tracking #")
dalis_ogrencileri       TR  19 =  9 / 10  Turkish headers, opaque col_7 (person)
dive_medical_forms      PH  18 =  8 / 10  camelCase (dobVerified look-alike)
clinica_vet_proprietari RO  21 =  9 / 12  Romanian spaced headers (Data nașterii, Card)
dyralaeknir_timar       IS  17 =  6 / 11  Icelandic headers
pawn_customers          US  21 = 10 / 11  UPPER_SNAKE (SSN, PAYOUT_ACCT vs PAYOUT_ROUTING)
mua_ban_thiet_bi        VN  18 =  8 / 10  unaccented Vietnamese snake_case (sdt, ngay_sinh)
Totals: 223 columns, 90 PII, 133 look-alike. Blank rates 0-60 % per column; a few columns also carry
the placeholders N/A, - and unknown (about 4 % of their non-blank cells).

Known limits
------------
* Faker's Icelandic surnames are invented patronymics; en_IN sometimes yields Western given names.
* Chat timestamps are drawn independently, so they are not always increasing.
* Street number, street and town are combined freely within a country (state/ZIP match the town).
* Phone validity is as judged by the installed phonenumbers metadata.
* Appointment, order and visit dates may fall after the fixed "today" (bookings ahead).
* Free-text card numbers, SSNs and US account numbers come from 3, 2 and 2 templates only.
"""
from __future__ import annotations

import itertools
import random
import string
import unicodedata
from dataclasses import dataclass

import phonenumbers as _pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PF
from phonenumbers import PhoneNumberType as _PT

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

TODAY = (2026, 11, 28)

# --------------------------------------------------------------------------- labels as short piece makers
PER, EML, PHN, CCN, SSN, BNK, IBN, IPA, ADR, LOC, DOB, PWD, KEY = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE",
    "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")
assert {PER, EML, PHN, CCN, SSN, BNK, IBN, IPA, ADR, LOC, DOB, PWD, KEY} <= set(LABELS)

# --------------------------------------------------------------------------- country profiles
# first/last: name lists (None -> Faker locale `fk`); towns: (town, postcode, extra) with extra = state,
# county, district or suburb as the address format needs; streets: street names in local form.
COUNTRIES: dict[str, dict] = {
    "US": {"fk": "en_US", "reg": "US", "dom": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
               "towns": [("Boise", "83702", "ID"), ("Asheville", "28801", "NC"), ("Madison", "53703", "WI"),
                      ("Tucson", "85719", "AZ"), ("Burlington", "05401", "VT"), ("Eugene", "97401", "OR"),
                      ("Dayton", "45402", "OH"), ("Savannah", "31401", "GA"), ("Fresno", "93721", "CA"),
                      ("Lubbock", "79401", "TX"), ("Duluth", "55802", "MN"), ("Albany", "12207", "NY")],
               "area": ["208", "828", "608", "520", "802", "541", "937", "912", "559", "806", "218", "518"],
               "streets": ["Maple Ave", "W 5th St", "Oak Ridge Dr", "Elm Street", "Pinecrest Rd", "N Main St",
                        "Sycamore Ln", "Willow Ct", "Lakeview Blvd", "Hickory Trl"]},
    "GB": {"fk": "en_GB", "reg": "GB", "dom": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
               "towns": [("Leeds", "LS6 2AB", ""), ("Norwich", "NR2 4PD", ""), ("Bristol", "BS7 8HF", ""),
                      ("York", "YO31 7EP", ""), ("Cardiff", "CF24 4QJ", ""), ("Hexham", "NE46 1XU", ""),
                      ("Exeter", "EX4 6LS", ""), ("Stirling", "FK8 2HA", ""), ("Lancaster", "LA1 3DJ", "")],
               "streets": ["Ashgrove Road", "Mill Lane", "Victoria Street", "Church Walk", "Kingsway",
                        "Orchard Close", "The Crescent", "Beechwood Avenue", "High Street"]},
    "CA": {"fk": "en_CA", "reg": "CA", "dom": ["gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "outlook.com"],
               "towns": [("Halifax", "B3H 1A1", "NS"), ("Guelph", "N1H 3T4", "ON"), ("Kelowna", "V1Y 6H2", "BC"),
                      ("Saskatoon", "S7K 1J5", "SK"), ("Moncton", "E1C 4M3", "NB"), ("Red Deer", "T4N 1X5", "AB"),
                      ("Kingston", "K7L 3N6", "ON"), ("Victoria", "V8W 1P6", "BC")],
               "area": ["902", "519", "250", "306", "506", "403", "613", "250"],
               "streets": ["Spring Garden Rd", "Quinpool Rd", "Wellington St W", "Bernard Ave", "Spadina Cres",
                        "Gorge Rd E", "Princess St"]},
    "AU": {"fk": "en_AU", "reg": "AU", "dom": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
               "towns": [("Fitzroy", "3065", "VIC"), ("Newtown", "2042", "NSW"), ("Fremantle", "6160", "WA"),
                      ("Toowong", "4066", "QLD"), ("Glenelg", "5045", "SA"), ("Sandy Bay", "7005", "TAS"),
                      ("Ballarat", "3350", "VIC"), ("Wollongong", "2500", "NSW")],
               "streets": ["Brunswick St", "King St", "Hampton Rd", "Sherwood Rd", "Jetty Rd", "Sturt St",
                        "Crown St", "Churchill Ave"]},
    "IN": {"fk": "en_IN", "reg": "IN", "dom": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
               "towns": [("Bengaluru", "560038", "Indiranagar"), ("Pune", "411038", "Kothrud"),
                      ("Chennai", "600020", "Adyar"), ("Kochi", "682020", "Kadavanthra"),
                      ("Jaipur", "302015", "Malviya Nagar"), ("Hyderabad", "500034", "Banjara Hills"),
                      ("Ahmedabad", "380015", "Satellite"), ("Lucknow", "226010", "Gomti Nagar")],
               "streets": ["12th Main Road", "Paud Road", "Gandhi Nagar 2nd Street", "Panampilly Avenue",
                        "JLN Marg", "Road No. 3", "Ramdev Nagar Road", "Vibhuti Khand"]},
    "IE": {"fk": "en_IE", "reg": "IE", "dom": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
               "towns": [("Ennis", "V95 X2T4", "Clare"), ("Westport", "F28 KD96", "Mayo"), ("Kilkenny", "R95 A39T", "Kilkenny"),
                      ("Bray", "A98 E7H3", "Wicklow"), ("Tralee", "V92 K7P3", "Kerry"), ("Athlone", "N37 W2F6", "Westmeath")],
               "streets": ["O'Connell Street", "Bridge Street", "Parnell Road", "Abbey Street", "Quinsboro Road",
                        "Castle Street"]},
    "ZA": {"fk": "en_US", "reg": "ZA", "dom": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
               "first": ["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Anele", "Zanele", "Johan", "Precious", "Kagiso"],
               "last": ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Khumalo", "Pillay", "Mahlangu"],
               "towns": [("Cape Town", "8001", "Gardens"), ("Durban", "4001", "Berea"), ("Pretoria", "0083", "Hatfield"),
                      ("Johannesburg", "2196", "Rosebank"), ("Gqeberha", "6001", "Richmond Hill"),
                      ("Bloemfontein", "9301", "Westdene")],
               "streets": ["Kloof Street", "Florida Road", "Burnett Street", "Jan Smuts Avenue", "Cape Road",
                        "Nelson Mandela Drive"]},
    "NZ": {"fk": "en_NZ", "reg": "NZ", "dom": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"],
               "towns": [("Wellington", "6011", "Te Aro"), ("Christchurch", "8011", "Sydenham"),
                      ("Dunedin", "9016", "North East Valley"), ("Hamilton", "3204", "Claudelands"),
                      ("Nelson", "7010", "The Wood"), ("Auckland", "1021", "Grey Lynn")],
               "streets": ["Cuba Street", "Colombo Street", "George Street", "Grey Street", "Trafalgar Street",
                        "Ponsonby Road"]},
    "SG": {"fk": None, "reg": "SG", "dom": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
               "first": ["Wei Ling", "Jun Jie", "Siti", "Arjun", "Hui Min", "Farid", "Priya", "Kai Xiang", "Nurul", "Darren"],
               "last": ["Tan", "Lim", "Ng", "Rahman", "Pillai", "Goh", "Ong", "Ismail", "Chua", "Teo"],
               "towns": [("Singapore", "560123", "Ang Mo Kio Ave 3"), ("Singapore", "520450", "Tampines St 42"),
                      ("Singapore", "650211", "Bukit Batok West Ave 6"), ("Singapore", "310088", "Toa Payoh Lor 4"),
                      ("Singapore", "760321", "Yishun Ring Rd")],
               "streets": []},
    "PH": {"fk": None, "reg": "PH", "dom": ["gmail.com", "yahoo.com", "outlook.ph"],
               "first": ["Maria Clara", "Jose", "Ma. Lourdes", "Rommel", "Kristine", "Jericho", "Liza", "Ramon", "Aileen", "Carlo"],
               "last": ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Castillo"],
               "towns": [("Quezon City", "1103", "San Isidro"), ("Cebu City", "6000", "Lahug"),
                      ("Davao City", "8000", "Poblacion"), ("Iloilo City", "5000", "Jaro"),
                      ("Baguio", "2600", "Session Road Area"), ("Makati", "1209", "Bel-Air")],
               "streets": ["Rizal St.", "Mabini St.", "Gorordo Ave.", "Bonifacio St.", "Luna St.", "Kalayaan Ave."]},
    "NG": {"fk": None, "reg": "NG", "dom": ["gmail.com", "yahoo.com", "outlook.com"],
               "first": ["Chinedu", "Aisha", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Ibrahim", "Chiamaka", "Tunde"],
               "last": ["Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Nwosu", "Abubakar", "Okonkwo", "Balogun"],
               "towns": [("Lagos", "101241", "Victoria Island"), ("Abuja", "900211", "Wuse 2"), ("Ibadan", "200284", "Bodija"),
                      ("Enugu", "400102", "Independence Layout"), ("Port Harcourt", "500272", "GRA Phase 2")],
               "streets": ["Adeola Odeku Street", "Aminu Kano Crescent", "Awolowo Avenue", "Bisalla Road", "Tombia Street"]},
    "KE": {"fk": None, "reg": "KE", "dom": ["gmail.com", "yahoo.com", "safaricom.co.ke"],
               "first": ["Wanjiku", "Otieno", "Achieng", "Kiprono", "Njeri", "Mwangi", "Akinyi", "Kamau", "Chebet"],
               "last": ["Mwangi", "Odhiambo", "Kiprop", "Wambui", "Njoroge", "Ochieng", "Mutua", "Koech", "Kariuki"],
               "towns": [("Nairobi", "00100", "Kilimani"), ("Mombasa", "80100", "Nyali"), ("Kisumu", "40100", "Milimani"),
                      ("Nakuru", "20100", "Section 58"), ("Eldoret", "30100", "Elgon View")],
               "streets": ["Argwings Kodhek Road", "Links Road", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road"]},
    "IS": {"fk": "is_IS", "reg": "IS", "dom": ["simnet.is", "gmail.com", "visir.is", "internet.is"],
               "towns": [("Reykjavík", "101", ""), ("Akureyri", "600", ""), ("Hafnarfjörður", "220", ""),
                      ("Kópavogur", "200", ""), ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
               "streets": ["Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Strandgata", "Hamraborg", "Austurvegur"]},
    "PHtl": {"fk": None, "reg": "PH", "dom": ["gmail.com", "yahoo.com"], "like": "PH"},
    "EE": {"fk": "et_EE", "reg": "EE", "dom": ["gmail.com", "hot.ee", "mail.ee", "online.ee"],
               "towns": [("Tallinn", "10115", ""), ("Tartu", "51004", ""), ("Pärnu", "80010", ""), ("Viljandi", "71020", ""),
                      ("Rakvere", "44307", ""), ("Haapsalu", "90502", "")],
               "streets": ["Tartu mnt", "Pärnu mnt", "Rüütli tn", "Riia tn", "Kalevi tn", "Lossi tn"]},
    "SI": {"fk": "sl_SI", "reg": "SI", "dom": ["gmail.com", "siol.net", "t-2.net", "amis.net"],
               "towns": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""),
                      ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
               "streets": ["Slovenska cesta", "Trubarjeva ulica", "Gosposvetska cesta", "Prešernova ulica",
                        "Kidričeva ulica", "Cankarjeva ulica"]},
    "TR": {"fk": "tr_TR", "reg": "TR", "dom": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
               "towns": [("İstanbul", "34710", "Kadıköy"), ("İzmir", "35220", "Alsancak"), ("Ankara", "06680", "Çankaya"),
                      ("Bursa", "16050", "Nilüfer"), ("Antalya", "07100", "Muratpaşa"), ("Eskişehir", "26130", "Tepebaşı")],
               "streets": ["Atatürk Cad.", "Bağdat Cad.", "Kıbrıs Şehitleri Cad.", "Gazi Mustafa Kemal Blv.",
                        "Cumhuriyet Sok.", "Işıklar Cad."]},
    "RO": {"fk": "ro_RO", "reg": "RO", "dom": ["gmail.com", "yahoo.ro", "yahoo.com"],
               "towns": [("Cluj-Napoca", "400394", ""), ("Iași", "700259", ""), ("Brașov", "500036", ""),
                      ("Timișoara", "300011", ""), ("Sibiu", "550182", ""), ("Constanța", "900178", "")],
               "streets": ["Mihai Eminescu", "Avram Iancu", "Republicii", "Lascăr Catargi", "Nicolae Bălcescu", "Mărășești"]},
    "VN": {"fk": None, "reg": "VN", "dom": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
               "first": ["An", "Minh Anh", "Thảo", "Quang Huy", "Lan", "Tuấn", "Ngọc Mai", "Đức", "Hương", "Bảo"],
               "last": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"],
               "mid": ["Văn", "Thị", "Hữu", "Thu", "Minh", "Đình", "Ngọc"],
               "towns": [("TP. Hồ Chí Minh", "700000", "Quận 3"), ("Hà Nội", "100000", "Quận Ba Đình"),
                      ("Đà Nẵng", "550000", "Quận Hải Châu"), ("Huế", "530000", "Phường Vĩnh Ninh"),
                      ("Cần Thơ", "900000", "Quận Ninh Kiều")],
               "streets": ["Nguyễn Huệ", "Lê Lợi", "Trần Phú", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ"]},
    "LT": {"fk": "lt_LT", "reg": "LT", "dom": ["gmail.com", "one.lt", "inbox.lt", "takas.lt"],
               "towns": [("Vilnius", "01103", ""), ("Kaunas", "44280", ""), ("Klaipėda", "92123", ""), ("Šiauliai", "76285", ""),
                      ("Panevėžys", "35173", ""), ("Alytus", "62141", "")],
               "streets": ["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Tilžės g.", "Respublikos g.", "Pylimo g."]},
    "ES": {"fk": None, "reg": "ES", "dom": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
               "first": ["Jordi", "Montserrat", "Pau", "Núria", "Oriol", "Laia", "Arnau", "Mireia", "Marc", "Roser"],
               "last": ["Puig", "Ferrer", "Vila", "Soler", "Casals", "Pujol", "Roca", "Serra", "Font", "Batlle"],
               "towns": [("Barcelona", "08008", ""), ("Girona", "17001", ""), ("Lleida", "25002", ""), ("Tarragona", "43001", ""),
                      ("Vic", "08500", ""), ("Sabadell", "08201", "")],
               "streets": ["Carrer de Mallorca", "Carrer Nou", "Rambla de Catalunya", "Carrer Major",
                        "Passeig de Sant Joan", "Carrer de la Riera"]},
    "BA": {"fk": None, "reg": "BA", "dom": ["gmail.com", "bih.net.ba", "hotmail.com"],
               "first": ["Amir", "Lejla", "Emina", "Haris", "Selma", "Dženan", "Amra", "Nedim", "Ajla", "Tarik"],
               "last": ["Hodžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Hadžić", "Salihović", "Jusić"],
               "towns": [("Sarajevo", "71000", ""), ("Mostar", "88000", ""), ("Tuzla", "75000", ""), ("Zenica", "72000", ""),
                      ("Bihać", "77000", ""), ("Banja Luka", "78000", "")],
               "streets": ["Ferhadija", "Titova", "Maršala Tita", "Zmaja od Bosne", "Bulevar Meše Selimovića", "Kralja Tvrtka"]},
    "TZ": {"fk": None, "reg": "TZ", "dom": ["gmail.com", "yahoo.com"],
               "first": ["Neema", "Baraka", "Rehema", "Juma", "Zawadi", "Hamisi", "Upendo", "Salim", "Imani", "Amani"],
               "last": ["Mushi", "Mwakyusa", "Kimaro", "Massawe", "Said", "Lyimo", "Mrema", "Shirima"],
               "towns": [("Dar es Salaam", "11101", "Upanga"), ("Arusha", "23101", "Njiro"), ("Moshi", "25101", "Pasua"),
                      ("Mwanza", "33101", "Kirumba"), ("Dodoma", "41101", "Area D"), ("Zanzibar", "71101", "Mlandege")],
               "streets": ["Mtaa wa Samora", "Mtaa wa Uhuru", "Barabara ya Sokoine", "Mtaa wa Azikiwe", "Barabara ya Nyerere"]},
    "ZAaf": {"fk": None, "reg": "ZA", "dom": ["gmail.com", "mweb.co.za", "vodamail.co.za"],
                 "first": ["Annelie", "Pieter", "Elmarie", "Johan", "Riaan", "Marietjie", "Francois", "Ilse", "Hendrik"],
                 "last": ["van der Merwe", "Botha", "du Plessis", "Pretorius", "Venter", "Steyn", "Coetzee", "Joubert"],
                 "towns": [("Stellenbosch", "7600", ""), ("Paarl", "7646", ""), ("Potchefstroom", "2531", ""),
                        ("George", "6529", ""), ("Worcester", "6850", ""), ("Oudtshoorn", "6625", "")],
                 "streets": ["Kerkstraat", "Dorpstraat", "Hoofweg", "Voortrekkerstraat", "Langstraat", "Pastoriestraat"]},
    "DE": {"fk": "de_DE", "reg": "DE", "dom": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
               "towns": [("Freiburg im Breisgau", "79098", ""), ("Leipzig", "04109", ""), ("Münster", "48143", ""),
                      ("Bamberg", "96047", ""), ("Kiel", "24103", ""), ("Göttingen", "37073", "")],
               "streets": ["Hauptstraße", "Lindenallee", "Kirchgasse", "Am Sonnenhang", "Bahnhofstraße", "Wiesenweg"]},
    "NL": {"fk": "nl_NL", "reg": "NL", "dom": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
               "towns": [("Utrecht", "3512 JE", ""), ("Groningen", "9711 LM", ""), ("Haarlem", "2011 RK", ""),
                      ("Zwolle", "8011 PK", ""), ("Leiden", "2311 EW", ""), ("Deventer", "7411 JA", "")],
               "streets": ["Oudegracht", "Herestraat", "Grote Houtstraat", "Diezerstraat", "Breestraat", "Brink"]},
}
COUNTRIES["PHtl"].update({k: v for k, v in COUNTRIES["PH"].items() if k not in COUNTRIES["PHtl"]})
for _k, _v in COUNTRIES.items():
    _v.setdefault("cc", _k[:2])

# date formats: which order and separator a country writes dates in
DATE_FMT = {"US": "m/d/Y", "PH": "m/d/Y", "PHtl": "m/d/Y", "CA": "Y-m-d", "LT": "Y-m-d", "ZAaf": "Y/m/d", "ZA": "d/m/Y",
            "DE": "d.m.Y", "IS": "d.m.Y", "EE": "d.m.Y", "TR": "d.m.Y", "RO": "d.m.Y", "BA": "d.m.Y",
            "SI": "d. m. Y", "NL": "d-m-Y", "VN": "d/m/Y", "ES": "d/m/Y", "TZ": "d/m/Y"}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ð": "d", "þ": "th", "æ": "ae", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss",
                       "'": "", " ": "", "-": "", ".": ""})


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128).lower()


@dataclass
class Person:
    first: str
    last: str
    full: str
    cc: str
    sex: str = ""


def luhn_ok(s: str) -> bool:
    d = [int(x) for x in s if x.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def _iban_generic(rng: random.Random, cc: str) -> str:
    """Valid IBAN for countries _iban_of does not cover (mod-97 check digits)."""
    spec = {"EE": "n16", "LT": "n16", "SI": "n15", "RO": "a4n16", "TR": "n22", "IS": "n22", "BA": "n16",
            "LV": "a4n13"}[cc]
    bban = ""
    if spec.startswith("a"):
        bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(int(spec[1])))
        spec = spec[2:]
    bban += "".join(rng.choice(string.digits) for _ in range(int(spec[1:])))
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# --------------------------------------------------------------------------- per-text generator context
class Ctx:
    def __init__(self, rng: random.Random, cc: str):
        self.r = rng
        self.cc = cc
        self.C = COUNTRIES[cc]
        self.reg = self.C["reg"]

    # small helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, chars: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(chars) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.alnum(n, "0123456789abcdef")

    # people
    def person(self, cc: str | None = None) -> Person:
        C = COUNTRIES[cc or self.cc]
        if C.get("first"):
            first, last = self.pick(C["first"]), self.pick(C["last"])
        else:
            f = _faker(C["fk"])
            f.seed_instance(self.r.getrandbits(32))
            if self.chance(0.5):  # keep given name and (Icelandic/Lithuanian/...) surname of one gender
                first, last = f.first_name_male(), f.last_name_male()
            else:
                first, last = f.first_name_female(), f.last_name_female()
        full = f"{first} {last}"
        if C.get("mid"):  # Vietnamese order: family, middle, given
            full = f"{last} {self.pick(C['mid'])} {first}"
        return Person(first, last, full, cc or self.cc)

    def email(self, p: Person | None = None, dom: str | None = None) -> str:
        dom = dom or self.pick(self.C["dom"])
        if p is None:
            return f"{self.pick(['info', 'hello', 'support', 'office', 'bookings', 'accounts'])}@{dom}"
        f, last = fold(p.first.split()[0]), fold(p.last)
        style = self.ri(0, 5)
        local = [f"{f}.{last}", f"{f}{last}{self.ri(1, 99)}", f"{f[0]}{last}", f"{f}_{last[:4]}{self.ri(70, 99)}",
                 f"{last}.{f}", f"{f}{self.ri(1970, 2005)}"][style]
        return f"{local}@{dom}"

    def phone(self, kind: str = "m", style: str | None = None, cc: str | None = None) -> str:
        reg = COUNTRIES[cc or self.cc]["reg"]
        t = _PT.MOBILE if kind == "m" else _PT.FIXED_LINE
        ex = _pn.example_number_for_type(reg, t)
        nsn = str(ex.national_number)
        num = ex
        areas = COUNTRIES[cc or self.cc].get("area")
        for i in range(400):
            k = max(1, len(nsn) - (8 if i < 300 else 6))
            cand = nsn[:k] + self.digits(len(nsn) - k)
            if areas:  # NANP: a real area code of the profile's towns, exchange 2-9xx
                cand = self.pick(areas) + str(self.ri(2, 9)) + self.digits(6)
            n = _pn.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
            if _pn.is_valid_number(n) and _pn.number_type(n) in (t, _PT.FIXED_LINE_OR_MOBILE):
                num = n
                break
        style = style or self.pick(["nat", "nat", "intl", "e164", "plain"])
        if style == "nat":
            s = _pn.format_number(num, _PF.NATIONAL)
            if reg == "LT":
                s = "8 " + s.replace("(0-", "").replace(")", "")
        elif style == "intl":
            s = _pn.format_number(num, _PF.INTERNATIONAL)
        elif style == "e164":
            s = _pn.format_number(num, _PF.E164)
        else:
            s = _pn.format_number(num, _PF.NATIONAL)
            s = "".join(ch for ch in s if ch.isdigit() or ch == "+")
        try:
            ok = _pn.is_valid_number(_pn.parse(s, reg))
        except _pn.NumberParseException:
            ok = False
        if not ok:
            s = _pn.format_number(num, _PF.INTERNATIONAL)
        return s

    # places
    def town_row(self):
        return self.pick(self.C["towns"])

    def town(self) -> str:
        return self.town_row()[0]

    def addr_lines(self, apt: bool | None = None, row=None) -> list[str]:
        cc, C = self.cc, self.C
        town, pc, ex = row or self.town_row()
        st = self.pick(C["streets"]) if C["streets"] else ""
        n = self.ri(1, 240)
        apt = self.chance(0.35) if apt is None else apt
        if cc == "US":
            return [f"{n * 7} {st}" + (f", Apt {self.ri(1, 30)}{self.pick('ABCD')}" if apt else ""), f"{town}, {ex} {pc}"]
        if cc == "GB":
            return ([f"Flat {self.ri(1, 12)}"] if apt else []) + [f"{n} {st}", town, pc]
        if cc == "CA":
            return [(f"{self.ri(101, 909)}-" if apt else "") + f"{n * 3} {st}", f"{town} {ex}  {pc}".replace("  ", " ")]
        if cc == "AU":
            return [(f"Unit {self.ri(1, 20)}/" if apt else "") + f"{n} {st}", f"{town} {ex} {pc}"]
        if cc == "IN":
            return [f"Flat {self.ri(1, 9)}0{self.ri(1, 8)}, {self.pick(['Sai Residency', 'Green Meadows', 'Prestige Park', 'Lake View Apts'])}",
                    f"{n}, {st}", ex, f"{town} {pc}"]
        if cc == "IE":
            return ([f"Apt {self.ri(1, 40)}"] if apt else []) + [f"{n} {st}", town, f"Co. {ex}", pc]
        if cc == "ZA":
            return [f"{n} {st}", ex, town, pc]
        if cc == "NZ":
            return [(f"{self.ri(1, 9)}/" if apt else "") + f"{n} {st}", ex, f"{town} {pc}"]
        if cc == "SG":
            return [f"Blk {pc[-3:]} {ex}", f"#{self.ri(2, 15):02d}-{self.ri(10, 400)}", f"Singapore {pc}"]
        if cc in ("PH", "PHtl"):
            return [f"{n} {st}", f"Brgy. {ex}", f"{town} {pc}"]
        if cc == "NG":
            return [f"{n} {st}", ex, f"{town} {pc}"]
        if cc == "KE":
            return [f"{st}, House No. {n}", ex, f"{town} {pc}"]
        if cc in ("IS", "SI", "BA", "DE", "NL"):
            return [f"{st} {n}" + (f"{self.pick('abc')}" if apt and cc != "NL" else ""), f"{pc} {town}"]
        if cc == "EE":
            return [f"{st} {n}" + (f"-{self.ri(1, 60)}" if apt else ""), f"{pc} {town}"]
        if cc == "LT":
            return [f"{st} {n}" + (f"-{self.ri(1, 60)}" if apt else ""), f"LT-{pc} {town}"]
        if cc == "TR":
            return [f"{st} No: {n}" + (f" D: {self.ri(1, 20)}" if apt else ""), f"{pc} {ex}/{town}"]
        if cc == "RO":
            return [f"Str. {st} nr. {n}" + (f", bl. {self.pick('ABCD')}{self.ri(1, 9)}, ap. {self.ri(1, 80)}" if apt else ""),
                    f"{pc} {town}"]
        if cc == "VN":
            return [f"Số {n} {st}", f"{ex}, {town}"]
        if cc == "ES":
            return [f"{st}, {n}" + (f", {self.ri(1, 6)}r {self.ri(1, 4)}a" if apt else ""), f"{pc} {town}"]
        if cc == "TZ":
            return [f"{st}, Nyumba Na. {n}", f"{ex}, {town} {pc}"]
        if cc == "ZAaf":
            return [f"{st} {n}", town, pc]
        raise KeyError(cc)

    def addr(self, apt: bool | None = None, sep: str = ", ", row=None) -> str:
        return sep.join(self.addr_lines(apt, row))

    def street(self) -> str:
        return self.addr_lines(apt=False)[0]

    # dates
    def _ymd(self, y0: int, y1: int):
        return self.ri(y0, y1), self.ri(1, 12), self.ri(1, 28)

    def fmt_date(self, y: int, m: int, d: int, fmt: str | None = None) -> str:
        fmt = fmt or DATE_FMT.get(self.cc, "d/m/Y")
        if fmt == "long":
            return f"{MONTHS_EN[m - 1]} {d}, {y}" if self.cc in ("US", "PH", "CA") else f"{d} {MONTHS_EN[m - 1]} {y}"
        out = fmt.replace("Y", str(y)).replace("m", f"{m:02d}").replace("d", f"{d:02d}")
        return out

    def dob(self, fmt: str | None = None) -> str:
        return self.fmt_date(*self._ymd(1942, 2007), fmt)

    def date(self, fmt: str | None = None) -> str:
        """A non-birth date (appointments, orders) in 2025-2027."""
        return self.fmt_date(*self._ymd(2025, 2026), fmt)

    def ts(self) -> str:
        y, m, d = self._ymd(2025, 2026)
        m = min(m, 11)
        return f"{y}-{m:02d}-{d:02d}T{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}Z"

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.pick(['00', '15', '30', '45'])}"

    # financial
    def card(self, spaced: bool | None = None) -> str:
        kind = self.ri(0, 3)
        if kind == 3:
            s = _luhn(self.r, self.pick(["34", "37"]), 15)
            return f"{s[:4]} {s[4:10]} {s[10:]}" if (spaced if spaced is not None else self.chance(0.5)) else s
        s = _luhn(self.r, ["4", "4", self.pick(["51", "53", "55", "2221"])][kind], 16)
        sp = spaced if spaced is not None else self.chance(0.6)
        return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if sp else s

    def masked_card(self) -> str:
        return self.pick(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "4*** **** **** ", "ending "]) + self.digits(4)

    def expiry(self) -> str:
        return f"{self.ri(1, 12):02d}/{self.ri(27, 31)}"

    def ssn(self, dashed: bool = True) -> str:
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        s = f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
        return s if dashed else s.replace("-", "")

    def us_bank(self) -> str:
        return str(self.ri(1, 9)) + self.digits(self.ri(7, 11))

    def routing(self) -> str:
        while True:
            d = [int(x) for x in self.pick(["0", "1", "2", "3"]) + self.digits(7)]
            for c9 in range(10):
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c9)) % 10 == 0:
                    return "".join(map(str, d)) + str(c9)

    def iban(self, spaced: bool | None = None, cc: str | None = None) -> str:
        cc = cc or self.C["cc"]
        try:
            s = _iban_of(self.r, cc)
        except ValueError:
            s = _iban_generic(self.r, cc)
        sp = spaced if spaced is not None else self.chance(0.5)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if sp else s

    def swift(self) -> str:
        return self.alnum(4, string.ascii_uppercase) + self.C["cc"] + self.alnum(2, string.ascii_uppercase + "0123456789") + self.pick(["", "XXX"])

    def amount(self) -> str:
        cur = {"US": "$", "CA": "$", "AU": "A$", "NZ": "NZ$", "SG": "S$", "GB": "£", "IN": "₹", "PH": "₱", "PHtl": "₱",
               "NG": "₦", "KE": "KSh ", "ZA": "R", "ZAaf": "R", "TZ": "TSh ", "TR": "₺", "RO": "", "VN": "",
               "BA": "", "IS": "", "LT": "€", "EE": "€", "SI": "€", "ES": "€", "DE": "€", "NL": "€", "IE": "€"}[self.cc]
        v = f"{self.ri(3, 2400)}.{self.ri(0, 99):02d}"
        tail = {"RO": " lei", "VN": "000 ₫", "BA": " KM", "IS": " kr."}.get(self.cc, "")
        return f"{cur}{v}{tail}" if not tail else f"{v.split('.')[0]}{tail}"

    # network / secrets
    def ip(self) -> str:
        return _ip_public_v4(self.r) if self.chance(0.8) else _ip_public_v6(self.r)

    def priv_ip(self) -> str:
        return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}", f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}", "127.0.0.1",
                          f"fd{self.hexs(2)}:{self.hexs(4)}::{self.ri(1, 99)}"])

    def pw(self) -> str:
        w = self.pick(["Honey", "Sauna", "Reef", "Desk", "Bark", "Pawn", "Queen", "Lagoon", "Marlin", "Otter", "Puffin",
                       "summer", "kahawa", "ljubim", "pisica", "deniz", "bakgarn", "koira", "mvua"])
        return self.pick([f"{w}{self.ri(10, 2026)}{self.pick('!?#$*&')}", f"{w.lower()}_{self.alnum(5)}",
                          f"{self.alnum(3)}{w}{self.pick('!@%')}{self.digits(2)}", self.alnum(12) + self.pick("!#%"),
                          f"{w.capitalize()}-{w[::-1].lower()}-{self.digits(3)}"])

    def apikey(self) -> str:
        k = self.ri(0, 5)
        lc = string.ascii_lowercase + string.digits
        return [f"sk_live_{self.alnum(24)}", f"ghp_{self.alnum(36)}", f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}",
                f"SG.{self.alnum(22)}.{self.alnum(43)}", f"AIza{self.alnum(35, string.ascii_letters + string.digits + '-_')}",
                f"key-{self.alnum(32, lc)}"][k]

    def pubkey(self) -> str:
        return self.pick([f"pk_live_{self.alnum(24)}", f"AC{self.hexs(32)}", f"sess_{self.alnum(20)}", f"csrf={self.alnum(32)}"])

    # look-alikes
    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self) -> str:
        return self.hexs(64)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, string.ascii_letters + string.digits + "./")

    def argon(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.alnum(22)}${self.alnum(43)}"

    def ver(self) -> str:
        return f"{self.ri(1, 12)}.{self.ri(0, 30)}.{self.ri(0, 99)}"

    def order(self, pre: str = "ORD") -> str:
        return f"{pre}-{self.ri(2025, 2026)}-{self.digits(5)}"

    def ticket(self) -> str:
        return self.pick(["#", "INC", "TKT-", "CS-"]) + self.digits(self.ri(5, 7))

    def track(self) -> str:
        return self.pick([f"1Z{self.alnum(6, string.ascii_uppercase + string.digits)}03{self.digits(8)}",
                          f"JD0{self.digits(15)}", f"RR{self.digits(9)}{self.C['cc']}"])

    def otp(self) -> str:
        return self.digits(6)

    def imei(self) -> str:
        return _luhn(self.r, self.pick(["35", "86", "01"]), 15)

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 65):.5f}, {self.r.uniform(-120, 170):.5f}"


# --------------------------------------------------------------------------- assembling texts
def _P(x): return (x, PER)
def _E(x): return (x, EML)
def _T(x): return (x, PHN)
def _A(x): return (x, ADR)
def _L(x): return (x, LOC)
def _D(x): return (x, DOB)
def _W(x): return (x, PWD)
def _K(x): return (x, KEY)
def _I(x): return (x, IPA)
def _C(x): return (x, CCN)
def _B(x): return (x, IBN)


_TRAIL = ".,;:!?)]}'\"»”’"


def _build(pieces: list, c: Ctx) -> Text:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in pieces:
        if isinstance(p, tuple):
            val, lab = p
            assert val and val == val.strip(), (val, lab)
            assert lab in LABELS, lab
            assert val[0] not in "\"'[{<«“" and (val[0] != "(" or lab == PHN), (val, lab)
            if val[-1] in _TRAIL:
                # "First L." keeps its period; a password's own final symbol is part of the secret
                assert (lab == PER and val[-2].isupper()) or lab == PWD, (val, lab)
            spans.append((pos, pos + len(val), lab))
            if lab == PHN:
                assert _pn.is_valid_number(_pn.parse(val, c.reg)), val
            elif lab == CCN:
                assert luhn_ok(val) and len(val.replace(" ", "")) in (15, 16), val
            elif lab == SSN:
                assert ssn_ok(val), val
            elif lab == IBN:
                assert iban_ok(val), val
            out.append(val)
            pos += len(val)
        else:
            out.append(p)
            pos += len(p)
    text = "".join(out)
    for (s, e, lab), p in zip(spans, [p for p in pieces if isinstance(p, tuple)]):
        assert text[s:e] == p[0]
    for (s1, e1, _), (s2, e2, _) in itertools.pairwise(spans):
        assert e1 <= s2
    for s, e, lab in spans:  # no label is glued to a following letter/digit or closing punctuation of the text
        assert e == len(text) or not text[e].isalnum(), (text[s:e + 5], lab)
        if lab == PWD:
            assert e == len(text) or text[e] in " \n", text[s:e + 3]
    return Text(text, spans)



def _quote(block: list) -> list:
    """Prefix every line of a piece list with '> ' (labelled values must not contain newlines)."""
    out: list = ["> "]
    for p in block:
        if isinstance(p, tuple):
            assert "\n" not in p[0]
            out.append(p)
        else:
            out.append(p.replace("\n", "\n> "))
    return out


def _lines_as_spans(lines: list[str], lab: str = ADR, prefix: str = "> ") -> list:
    out: list = []
    for ln in lines:
        out += [prefix, (ln, lab), "\n"]
    return out


# --------------------------------------------------------------------------- templates: English (33)
def t_us_bee_order_mail(c: Ctx) -> list:
    p, q = c.person(), c.person()
    return ["From: ", _P(p.full), " <", _E(c.email(p)), ">\nTo: ", _E("orders@buzzbarnapiary.com"),
            "\nSubject: Re: Order ", c.order("BB"), " - Langstroth deep box backordered?\n\nHi ", _P(q.first), ",\n\n",
            c.pick(["Any update on the 10-frame deeps?", "Still waiting on the deep boxes, any news?"]),
            " I paid with the card ending ", c.digits(4), " (exp ", c.expiry(), ") on ", c.date(), ". Please ship to\n",
            _A(c.addr(sep="\n")), "\n\nand text me at ", _T(c.phone()), " when it goes out. The nucs can wait till spring.\n\nThanks,\n",
            _P(p.first), "\n\n> On ", c.date("long"), ", ", _P(q.full), " wrote:\n> Your Mann Lake-style hive tool and ",
            "Queen Bee Brand smoker ship today via UPS ", c.track(), ".\n> Buzz Barn Apiary Supply | ",
            _T(c.phone("f")), "\n"]


def t_us_pawn_intake(c: Ctx) -> list:
    p = c.person()
    return ["PAWN INTAKE - Store #", c.digits(3), " (", c.town(), " branch)\nCustomer: ", _P(f"{p.last.upper()}, {p.first.upper()}"),
            "\nDOB: ", _D(c.dob()), "   SSN: ", (c.ssn(), SSN), "\nAddr: ", _A(c.addr()), "\nPhone: ", _T(c.phone()),
            "\nItem: ", c.pick(["Apple iPhone 14 Pro 256GB", "Samsung Galaxy S23", "PS5 Digital", "DeWalt 20V drill kit"]),
            "  IMEI ", c.imei(), "\nLoan: ", c.amount(), " @ 20%/30d  Ticket ", c.ticket(),
            "\nPayout via ACH: routing ", c.routing(), " acct ", (c.us_bank(), BNK), "\nClerk: ", _P(c.person().first), "\n"]


def t_us_cowork_slack(c: Ctx) -> list:
    a, b, d = c.person(), c.person(), c.person()
    return [_P(a.full), "  9:", f"{c.ri(10, 59)}", " AM\nmail for ", _P(d.full), " just came in, certified letter, needs a signature\n",
            _P(b.full), "  9:", f"{c.ri(10, 59)}", " AM\nI'll ping them. their number on file is ", _T(c.phone()),
            "\nalso forwarding addr changed to ", _A(c.addr()), "\n", _P(a.full), "  10:0", f"{c.ri(0, 9)}",
            " AM\nok. door code for Desk 14 is ", c.digits(4), "# btw, not the wifi pw\n", _P(b.first), ": the wifi pw is ",
            _W(c.pw()), " lol don't post it in #general\n"]


def t_us_stt_vet(c: Ctx) -> list:
    p = c.person()
    pet = c.pick(["biscuit", "max", "luna", "pickles", "duke"])
    row = c.town_row()
    return ["[auto-transcript] hi this is ", _P(p.first.lower() + " " + p.last.lower()), " calling about my dog ", pet,
            " he's been limping since tuesday um my number is ", _T(c.phone("plain")),
            " and uh we just moved to ", _L(row[0].lower()), " so the address changed it's ",
            _A(c.addr(apt=False, row=row).lower()), " okay thanks bye\n[confidence 0.81 | duration 00:00:",
            f"{c.ri(20, 59)}", "]\n"]


def t_us_config_env(c: Ctx) -> list:
    return ["# .env.production — pawn-pos sync service v", c.ver(), "\nDB_HOST=", c.priv_ip(), "\nDB_USER=possync\nDB_PASSWORD=",
            _W(c.pw()), "\nSTRIPE_SECRET_KEY=", _K(f"sk_live_{c.alnum(24)}"), "\nSTRIPE_PUBLISHABLE_KEY=pk_live_", c.alnum(24),
            "\nTWILIO_ACCOUNT_SID=AC", c.hexs(32), "\nSUPPORT_EMAIL=", _E("support@pawnpos.io"), "\nBUILD_SHA=", c.hexs(40),
            "\nREQUEST_ID=", c.uuid(), "\n"]


def t_us_dive_medical(c: Ctx) -> list:
    p = c.person()
    e = c.person()
    return ["DIVER MEDICAL QUESTIONNAIRE (page 1 of 3, OCR)\nParticipant Name: ", _P(p.full), "\nBirthdate: ", _D(c.dob("long")),
            "\nHome address: ", _A(c.addr()), "\nEmail: ", _E(c.email(p)), "\nEmergency contact: ", _P(e.first), " (spouse) ",
            _T(c.phone()), "\n1. Asthma or wheezing?  [ ] YES  [X] NO\n2. Ear surgery?  [ ] YES  [X] NO\nPhysician: Dr. ",
            _P(c.person().last), "  Lic# ", c.digits(7), "\nForm rev ", c.ver(), "  Booking ", c.order("DIVE"), "\n"]


def t_gb_pool_complaint(c: Ctx) -> list:
    p, s = c.person(), c.person()
    return ["Ticket ", c.ticket(), " | Channel: web form | Site: ", c.town(), " Leisure Centre\nName: ", _P(p.full), "\nEmail: ",
            _E(c.email(p)), "\nMessage: ", c.pick(["The sauna was shut again on Saturday", "Lane swimming was cancelled twice this week"]),
            " and nobody told members. My direct debit still came out (", c.amount(), "). Ring me on ", _T(c.phone()),
            " please.\n---\nInternal note (", _P(s.first), "): member no. ", c.digits(8), ", card ", c.masked_card(),
            ". Offered one free month. Spoke to Mrs ", _P(p.last), " by phone.\n"]


def t_gb_bee_forward(c: Ctx) -> list:
    p, q = c.person(), c.person()
    lines = c.addr_lines()
    return ["---------- Forwarded message ---------\nFrom: ", _P(p.full), " <", _E(c.email(p)), ">\nDate: ", c.date("long"),
            "\nSubject: swarm collection\n\n", _P(q.first), " - can you deal with this one? ta\n\n> Hello, there is a swarm in my apple tree at\n",
            *_lines_as_spans(lines), "> I'm not a beekeeper! Please call ", _T(c.phone()), "\n> ", _P(p.first), "\n"]


def t_gb_teams_cowork(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["[", c.date(), " 14:02] ", _P(a.full), ": new member onboarding - ", _P(c.person().full), ", hot desk, starts Monday\n[",
            "14:03] ", _P(b.full), ": billing addr? \n[14:05] ", _P(a.full), ": ", _A(c.addr()), ", IBAN ", _B(c.iban(cc="GB")),
            "\n[14:06] ", _P(b.full), ": cheers. Meeting room Darwin booked 10-12 under ref ", c.order("MR"), "\n"]


def t_gb_vet_sms(c: Ctx) -> list:
    p = c.person()
    pet = c.pick(["Bramble", "Mr Whiskers", "Poppy", "Alfie", "Teddy"])
    return ["SMS thread — Orchard Vets\n< Hi ", _P(p.first), ", this is Orchard Vets. ", pet, "'s booster is due on ",
            c.date(), ". Reply YES to confirm. Code ", c.otp(), "\n> yes pls. can u change my mob to ", _T(c.phone("nat")),
            "\n< Done! Also updated email to ", _E(c.email(p)), ". See you at the ", c.town(), " surgery.\n"]


def t_gb_no_pii_release(c: Ctx) -> list:
    return ["Release notes v", c.ver(), " — BookingHub\n* Fixed sauna slot overlap when two sites share a timetable\n",
            "* Card payments now show as ", c.masked_card(), " on receipts\n* Health check now pings ", c.priv_ip(),
            " every 30s\n* Migrated ", str(c.ri(2, 90)), " tables; checksum ", c.sha()[:16], "\n* Thanks to the Ada Lovelace Building team\n"]


def t_ca_dive_booking(c: Ctx) -> list:
    p = c.person()
    return ["Booking confirmation ", c.order("BK"), "\nHi ", _P(p.first), ",\nyou're booked on the ", c.pick(["Tobermory wreck", "Saanich Inlet"]),
            " boat trip, ", c.date(), " ", c.hm(), ". Gear rental total ", c.amount(), " charged to ", c.masked_card(),
            ".\nWe have you at ", _A(c.addr()), " and ", _T(c.phone()), ". If that's wrong just reply.\nDOB on your cert card: ",
            _D(c.dob()), "\n-- Deep Blue Divers, ", _A(c.addr(apt=False)), " | ", _T(c.phone("f")), " | ", _E("crew@deepbluedivers.ca"), "\n"]


def t_ca_pawn_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["Live chat transcript #", c.digits(6), "\n", _P(a.first), " (visitor): hi i want to sell a macbook air m2, serial ",
            c.alnum(10, string.ascii_uppercase + string.digits), "\nAgent ", _P(b.first), ": Sure! Condition?\n", _P(a.first),
            ": mint. im in ", _L(c.town()), ", can u etransfer to ", _E(c.email(a)), "\nAgent ", _P(b.first),
            ": We can, after inspection. Quote ", c.amount(), " valid till ", c.date(), ".\n"]


def t_ca_access_log(c: Ctx) -> list:
    rows = []
    for _ in range(c.ri(3, 5)):
        pub = c.chance(0.6)
        ip = c.ip() if pub else c.priv_ip()
        rows += [(ip, IPA) if pub else ip, f" - - [{c.ri(1, 28):02d}/Nov/2026:{c.ri(0, 23):02d}:{c.ri(10, 59)}:{c.ri(10, 59)} -0500] \"",
                 c.pick(["GET /members/login", "POST /api/v2/bookings", "GET /static/app.", "GET /health"]),
                 " HTTP/1.1\" ", c.pick(["200", "302", "404", "500"]), " ", str(c.ri(200, 90000)), " \"-\" \"Mozilla/5.0\"\n"]
    return rows


def t_au_pool_form(c: Ctx) -> list:
    p = c.person()
    return ["first_name: ", _P(p.first), "\nlast_name: ", _P(p.last), "\ndate_of_birth: ", _D(c.dob()), "\nsuburb: ", _L(c.town()),
            "\nmobile: ", _T(c.phone()), "\nemail: ", _E(c.email(p)), "\nmembership: ", c.pick(["Swim+Sauna 12m", "Aqua Fit 3m"]),
            "\nconcession_card: ", c.pick(["yes", "no"]), "\npayment: ", c.masked_card(), " exp ", c.expiry(), "\nsubmitted: ", c.ts(),
            "\nform_id: ", c.uuid(), "\n"]


def t_au_bee_whatsapp(c: Ctx) -> list:
    a, b = c.person(), c.person()
    d = f"{c.ri(1, 28)}/11/2026"
    return ["[", d, ", 7:1", str(c.ri(0, 9)), " am] ", _P(a.first), ": mate the hive beetles are back. can you bring the traps\n[",
            d, ", 7:20 am] ", _P(b.full), ": yeah no worries. still at ", _A(c.addr(apt=False)), "?\n[", d, ", 7:22 am] ",
            _P(a.first), ": nah moved to ", _L(c.town()), " lol. new number ", _T(c.phone()), "\n[", d, ", 7:23 am] ",
            _P(b.full), ": 👍 queen excluder is $", str(c.ri(12, 40)), " btw\n"]


def t_au_dive_crm(c: Ctx) -> list:
    p = c.person()
    return ["CRM note — ", c.date(), "\nSpoke with ", _P(p.full), " re Open Water course. Travelling from ", _L(c.town()),
            " to Cairns for the Reef trip, boat ", c.pick(["Reef Runner II", "Sea Kestrel"]), ". Wants invoice to ",
            _E(c.email(p)), ". Medical form flagged Q4 (asthma) — needs GP sign-off.\nPolicy no. ", c.alnum(3, string.ascii_uppercase),
            c.digits(7), ", GPS of dive site ", c.gps(), ".\nCallback ", _T(c.phone()), "\n"]


def t_in_cowork_mail(c: Ctx) -> list:
    p, q = c.person(), c.person()
    return ["Dear ", _P(q.first), " ji,\n\nKindly find the details for the dedicated desk agreement.\n\nName: ", _P(p.full),
            "\nDOB: ", _D(c.dob()), "\nAddress: ", _A(c.addr()), "\nMobile: ", _T(c.phone()), "\nPAN on file (masked): XXXXX",
            c.digits(4), "X\nGSTIN: ", c.digits(2), c.alnum(10, string.ascii_uppercase), "1Z", c.digits(1),
            "\n\nPlease do the needful.\n\nRegards,\n", _P(p.first), "\n", _E(c.email(p)), "\n"]


def t_in_pawn_sms(c: Ctx) -> list:
    p = c.person()
    return ["Dear ", _P(p.first.upper()), ", your gold loan A/c ", c.digits(10), " of Rs.", str(c.ri(5000, 90000)),
            " is due on ", c.date(), ". Pay at nearest branch or call ", _T(c.phone("f", "intl")), ". OTP ", c.otp(),
            " - do not share. -SRIPAWN\n"]


def t_in_app_log(c: Ctx) -> list:
    p = c.person()
    return [c.ts(), " INFO  auth.LoginHandler user=", _E(c.email(p)), " ip=", _I(_ip_public_v4(c.r)), " ua=okhttp/", c.ver(),
            "\n", c.ts(), " WARN  auth.LoginHandler bad password attempt for ", _E(c.email(p)), " from ", c.priv_ip(),
            "\n", c.ts(), " DEBUG payment.Gateway txn=", c.uuid(), " amount=", str(c.ri(100, 9000)), " INR card=", c.masked_card(),
            "\n", c.ts(), " ERROR sms.Sender failed to deliver to ", _T(c.phone("e164")), " (DLT template ", c.digits(19), ")\n"]


def t_ie_vet_mail(c: Ctx) -> list:
    p, v = c.person(), c.person()
    pet = c.pick(["Rex", "Molly", "Sooty", "Bailey"])
    return ["Hi ", _P(v.first), ",\n\nJust confirming ", pet, " is booked in for Thursday. We live at\n", _A(c.addr(sep="\n")),
            "\nif the mobile vet is coming out. My number is ", _T(c.phone()), ".\n\nMany thanks,\n", _P(p.full), "\n\nSent from my iPhone\n"]


def t_ie_pool_notification(c: Ctx) -> list:
    p = c.person()
    return ["Subject: ", _P(p.first), ", your Leisureplex membership renews on ", c.date(), "\nPreheader: €", str(c.ri(30, 60)),
            " will be taken from IBAN ending ", c.digits(4), " — update at members.example.ie/", c.alnum(8), "\n"]


def t_za_dive_whatsapp(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["[", c.date(), ", 06:4", str(c.ri(0, 9)), "] ", _P(a.full), ": Morning! Sodwana launch still on? Swell looks big\n[",
            "06:50] ", _P(b.first), ": Still on. Meet at the slipway, bring your logbook. Pay the balance to FNB acc ", c.digits(10),
            " or card on the day\n[06:52] ", _P(a.full), ": Shot. My mate ", _P(c.person().first), " from ", _L(c.town()),
            " is joining, his cell is ", _T(c.phone()), "\n"]


def t_za_pawn_ticket(c: Ctx) -> list:
    p = c.person()
    return ["CASH CONVERTERS-STYLE BUY RECEIPT\nSeller: ", _P(p.full), "   ID no. withheld\nCell: ", _T(c.phone()), "\nAddress: ",
            _A(c.addr()), "\nItem: Samsung A54 IMEI ", c.imei(), "\nPaid: ", c.amount(), " EFT to ", c.pick(["Capitec", "FNB", "Absa"]),
            " acc ending ", c.digits(4), "\nHold until: ", c.date(), "\n"]


def t_nz_cowork_email(c: Ctx) -> list:
    p = c.person()
    return ["Kia ora ", _P(p.first), ",\n\nYour mail-handling plan is live. Post will be scanned and emailed to ", _E(c.email(p)),
            ". Your new business address is:\n\n", _A(c.addr(apt=True, sep="\n")), "\n\nWi-Fi: Hub-Guest / ", _W(c.pw()),
            "\nAPI key for the mailroom webhook: ", _K(c.apikey()), "\n\nNgā mihi,\n", _P(c.person().full), " | Community Manager | ",
            _T(c.phone("f")), "\n"]


def t_nz_vet_call_note(c: Ctx) -> list:
    p = c.person()
    return ["Call note ", c.hm(), " — owner ", _P(p.last + ", " + p.first), " rang re cat Pīwakawaka vomiting. Lives in ", _L(c.town()),
            ", happy to drive in. Microchip ", c.digits(15), ". Ph ", _T(c.phone()), ". Inv ", c.order("INV"), " outstanding ",
            c.amount(), " - paid over phone w/ card ", _C(c.card()), " exp ", c.expiry(), ".\n"]


def t_sg_pool_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return [_P(a.full), ": hello can i check the sauna at the Jurong East pool open on PH?\n", _P(b.first), " (ActiveSG): Hi! ",
            "Yes 7am-10pm. Please bring your membership card.\n", _P(a.full), ": ok thanks. also pls update my contact to ",
            _T(c.phone()), " and ", _E(c.email(a)), "\n", _P(b.first), " (ActiveSG): Done, ref ", c.ticket(), "\n"]


def t_sg_bee_invoice(c: Ctx) -> list:
    p = c.person()
    return ["TAX INVOICE  No. ", c.order("SG"), "\nBill to: ", _P(p.full), "\n", _A(c.addr(sep="\n")), "\nTel: ", _T(c.phone()),
            "\n\n1 x Flow Hive-style frame kit    S$", str(c.ri(80, 300)), ".00\n2 x beeswax foundation sheets   S$",
            str(c.ri(5, 30)), ".50\nGST 9%\nPaid by card ", c.masked_card(), "\nUEN ", c.digits(9), "K\n"]


def t_ph_dive_sms(c: Ctx) -> list:
    p = c.person()
    return ["From: ", _T(c.phone("nat")), "\nGood pm po! Si ", _P(p.full), " po ito, confirm ko lang yung fun dive sa ", c.date(),
            " for 2 pax. Sent GCash ref ", c.digits(13), ". Salamat!\n"]


def t_ph_pawn_ocr(c: Ctx) -> list:
    p = c.person()
    return ["PAWN TICKET  No. ", c.digits(6), "   Date Loan Granted: ", c.date(), "\nName of Pawner: ", _P(p.full.upper()),
            "\nAddress: ", _A(c.addr()), "\nBirthdate: ", _D(c.dob()), "   Contact: ", _T(c.phone()),
            "\nDescription: 18K ring, 3.2g   Appraised: PHP ", str(c.ri(3000, 30000)), "\nInterest 3.5%/mo  Maturity: ", c.date(), "\n"]


def t_ng_cowork_ticket(c: Ctx) -> list:
    p, s = c.person(), c.person()
    return ["[Helpdesk] ", c.ticket(), " - Cannot access door\nReporter: ", _P(p.full), " <", _E(c.email(p)), ">\n",
            "Body: Good afternoon, my access card stopped working at the ", c.town(), " hub since ", c.date(), ". Kindly assist. ",
            "Phone: ", _T(c.phone()), "\n-- internal -- ", _P(s.first), ": card UID ", c.hexs(8).upper(), " re-issued. Router ",
            c.priv_ip(), " fine.\n"]


def t_ng_bee_json(c: Ctx) -> list:
    p = c.person()
    return ['{"event":"checkout","ts":"', c.ts(), '","customer":{"name":"', _P(p.full), '","email":"', _E(c.email(p)),
            '","phone":"', _T(c.phone("intl")), '","ip":"', _I(c.ip()), '"},"cart":[{"sku":"SMK-', c.digits(3),
            '","name":"Queen Bee smoker","qty":1}],"total":"', c.amount(), '"}\n{"event":"payment","ts":"', c.ts(),
            '","ref":"', c.uuid(), '","card":"', c.masked_card(), '","status":"ok"}\n']


def t_ke_vet_sms_thread(c: Ctx) -> list:
    p = c.person()
    return ["Hi ", _P(p.first), ", Dr. ", _P(c.person().last), " here from Karen Animal Clinic. Simba's x-ray is ready. M-PESA paybill ",
            c.digits(6), ", acc ", c.digits(6), ".\n-- reply --\nasante daktari. I will come Saturday from ", _L(c.town()),
            ". use this line ", _T(c.phone()), "\n"]


def t_us_no_pii_stock(c: Ctx) -> list:
    return ["Inventory sync ", c.ts(), "\nSKU\tName\tQty\tBin\nHT-", c.digits(3), "\tJohn Deere-style hive cart\t", str(c.ri(1, 40)),
            "\tA", str(c.ri(1, 9)), "\nSM-", c.digits(3), "\tDadant smoker 4x7\t", str(c.ri(1, 40)), "\tB", str(c.ri(1, 9)),
            "\nEX-", c.digits(3), "\tQueen excluder (metal)\t", str(c.ri(1, 40)), "\tC", str(c.ri(1, 9)),
            "\nnext run in 15m, worker v", c.ver(), " on ", c.priv_ip(), "\n"]


def t_us_bee_phone_order(c: Ctx) -> list:
    p = c.person()
    return ["Phone order — taken by ", _P(c.person().first), " ", c.date(), " ", c.hm(), "\nCaller: ", _P(p.first + " " + p.last[0] + "."),
            " (repeat customer, ", _L(c.town()), ")\nWants: 2x 8-frame medium supers, 1x Italian queen (ship wk of ", c.date(), ")\n",
            "Card: ", _C(c.card()), "  exp ", c.expiry(), "  CVV ", c.digits(3), "\nShip to: ", _A(c.addr()), "\nCallback: ",
            _T(c.phone()), "\nNOTE: delete card after charging!! total ", c.amount(), "\n"]


def t_us_cowork_w9(c: Ctx) -> list:
    p = c.person()
    return ["Referral payout setup (W-9 summary) — member ", _P(p.full), "\nTIN/SSN: ", (c.ssn(), SSN), "\nDirect deposit: ",
            c.pick(["Chase", "Wells Fargo", "US Bank", "Ally"]), " checking, routing ", c.routing(), ", account ", (c.us_bank(), BNK),
            "\nMailing address: ", _A(c.addr()), "\nE-sign IP: ", _I(c.ip()), "  envelope ", c.uuid(), "\nDate signed: ", c.date(),
            "  DOB: ", _D(c.dob()), "\n"]


# --------------------------------------------------------------------------- templates: other languages (27)
def t_is_pool_mail(c: Ctx) -> list:
    p = c.person()
    return ["Sæl/l,\n\nÉg vil kaupa árskort í sundlaugina og gufubaðið. Upplýsingar:\nNafn: ", _P(p.full), "\nKennitala: ",
            "(sleppt)\nFæðingardagur: ", _D(c.dob()), "\nHeimilisfang: ", _A(c.addr()), "\nSími: ", _T(c.phone()),
            "\nNetfang: ", _E(c.email(p)), "\n\nKveðja,\n", _P(p.first), "\n"]


def t_is_bee_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return [_P(a.full), " [", c.hm(), "]: Hæ, eru býflugnabúin komin? (flutt heim, bý núna: ", _L(c.town()), ")\n", _P(b.first),
            " [", c.hm(), "]: Já! Pöntun ", c.order("BY"), " bíður. Sendum á ", _A(c.addr(apt=False)), "?\n", _P(a.full),
            " [", c.hm(), "]: Já takk. Millifærði á ", _B(c.iban(cc="IS")), "\n"]


def t_tl_vet_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["[", c.date(), " ", c.hm(), "] ", _P(a.first), ": Hello po, pwede pa-schedule ng vaccine si Bantay? Aspin po siya, 2 yrs old\n[",
            c.hm(), "] ", _P(b.full), " (Paws & Claws): Sige po, Sabado 10am. Pakisend po full name at number\n[", c.hm(), "] ",
            _P(a.first), ": ", _P(a.full), ", ", _T(c.phone()), ". Taga ", _L(c.town()), " po kami\n[", c.hm(), "] ",
            _P(b.full), " (Paws & Claws): Noted po! Ref ", c.ticket(), "\n"]


def t_tl_cowork_form(c: Ctx) -> list:
    p = c.person()
    return ["Pangalan: ", _P(p.full), "\nTirahan: ", _A(c.addr()), "\nKaarawan: ", _D(c.dob()), "\nCellphone: ", _T(c.phone()),
            "\nEmail: ", _E(c.email(p)), "\nPlano: Hot desk (buwanan) ₱", str(c.ri(3000, 9000)), "\nTIN: ", c.digits(3), "-",
            c.digits(3), "-", c.digits(3), "-000 (hindi kailangan)\nLagda: ______  Petsa: ", c.date(), "\n"]


def t_et_dive_mail(c: Ctx) -> list:
    p = c.person()
    return ["Tere ", _P(p.first), "!\n\nKinnitame Sinu registreerumise sukeldumiskursusele (Open Water), algus ", c.date(),
            ". Palun täida meditsiiniline ankeet ja saada see aadressile ", _E("kursused@sukeldumiskeskus.ee"),
            ".\nMeie andmetel: ", _P(p.full), ", sünd. ", _D(c.dob()), ", ", _A(c.addr()), ", tel ", _T(c.phone()),
            ".\nArve nr ", c.digits(6), ", summa ", c.amount(), ", IBAN ", _B(c.iban()), ".\n\nParimat\nSukeldumiskeskus Kalevipoeg\n"]


def t_et_pawn_log(c: Ctx) -> list:
    p = c.person()
    return [c.ts(), " level=info svc=ostukeskus msg=\"seade vastu võetud\" muuja=\"", _P(p.full), "\" linn=", c.town(),
            " imei=", c.imei(), "\n", c.ts(), " level=info svc=ostukeskus msg=\"makse\" iban=", _B(c.iban(spaced=False)),
            " summa=", str(c.ri(20, 600)), "EUR\n", c.ts(), " level=warn svc=auth ip=", _I(c.ip()), " user=", _E(c.email(p)),
            " attempts=3\n"]


def t_sl_vet_mail(c: Ctx) -> list:
    p, v = c.person(), c.person()
    pet = c.pick(["Piki", "Luna", "Medo", "Rex"])
    return ["Pozdravljeni,\n\nsem ", _P(p.full), ", lastnica psičke ", pet, ". Prosim za termin za cepljenje pri dr. ", _P(v.last),
            ". Dosegljiva sem na ", _T(c.phone()), ".\nNaslov za račun: ", _A(c.addr()), "\n\nLep pozdrav,\n", _P(p.first),
            "\n\n--\nVeterinarska ambulanta Ljubljana-Center, ", _T(c.phone("f")), "\n"]


def t_sl_pool_csv(c: Ctx) -> list:
    out: list = ["ime;priimek;datum_rojstva;kraj;telefon;vrsta_karte;zadnji_obisk\n"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        out += [_P(p.first), ";", _P(p.last), ";", _D(c.dob()), ";", _L(c.town()), ";", _T(c.phone()), ";",
                c.pick(["letna", "10 obiskov", "savna"]), ";", c.date(), "\n"]
    return out


def t_tr_dive_whatsapp(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["[", c.date(), " ", c.hm(), "] ", _P(a.full), ": Merhaba, Kaş'taki tekne dalışı için yer var mı? 2 kişiyiz\n[",
            c.hm(), "] Kaş Dalış Merkezi (", _P(b.first), "): Var hocam, cumartesi 09:00. Kişi başı ", c.amount(),
            "\n[", c.hm(), "] ", _P(a.full), ": Süper. Ankara'dan geliyoruz, arkadaşım ", _P(c.person().first),
            " da gelecek. Tel ", _T(c.phone()), "\n[", c.hm(), "] Kaş Dalış Merkezi (", _P(b.first), "): Kapora için IBAN: ",
            _B(c.iban(cc="TR")), " (", _P(b.full), ")\n"]


def t_tr_pawn_form(c: Ctx) -> list:
    p = c.person()
    return ["İKİNCİ EL CİHAZ ALIM FORMU\nAdı Soyadı: ", _P(p.full), "\nDoğum Tarihi: ", _D(c.dob()), "\nAdres: ", _A(c.addr()),
            "\nCep: ", _T(c.phone()), "\nE-posta: ", _E(c.email(p)), "\nCihaz: iPhone 13, IMEI ", c.imei(), ", seri no ",
            c.alnum(10, string.ascii_uppercase + string.digits), "\nÖdeme: ", c.amount(), "  Fiş no: ", c.digits(7), "\n"]


def t_ro_vet_ticket(c: Ctx) -> list:
    p, s = c.person(), c.person()
    return ["Tichet ", c.ticket(), " | Clinica Veterinară Animax\nClient: ", _P(p.full), "\nMesaj: Bună ziua, motanul meu Tigrișor nu ",
            "mănâncă de două zile. Locuiesc în ", _L(c.town()), ", pot veni mâine. Telefon ", _T(c.phone()), ".\n",
            "Notă internă (", _P(s.first), "): programat ", c.date(), " ", c.hm(), ". Clientul a dictat cardul ", _C(c.card()),
            " (exp ", c.expiry(), "), de șters după plată. Card vechi ", c.masked_card(), ".\n"]


def t_ro_cowork_contract(c: Ctx) -> list:
    p = c.person()
    return ["CONTRACT DE UTILIZARE SPAȚIU COWORKING nr. ", c.digits(4), "/", c.date(), "\nÎntre SC HubSpace SRL și ", _P(p.full),
            ", născut(ă) la ", _D(c.dob()), " în ", _L(c.town()), ", domiciliat(ă) în ", _A(c.addr(apt=True)),
            ", telefon ", _T(c.phone()), ", e-mail ", _E(c.email(p)), ".\nPlata lunară: ", c.amount(), " în contul ",
            _B(c.iban(cc="RO")), ".\n"]


def t_vi_bee_order(c: Ctx) -> list:
    p = c.person()
    return ["Đơn hàng #", c.digits(6), " - Cửa hàng Ong Mật Việt\nNgười nhận: ", _P(p.full), "\nĐịa chỉ: ", _A(c.addr()),
            "\nSĐT: ", _T(c.phone()), "\nSản phẩm: 2 thùng ong gỗ, 1 bình phun khói\nTổng: ", c.amount(),
            "\nGhi chú: giao giờ hành chính, gọi trước cho chị ", _P(p.first), "\n"]


def t_vi_pool_stt(c: Ctx) -> list:
    p = c.person()
    return ["[ghi âm tự động] xin chào tôi là ", _P(p.full.lower()), " tôi muốn đăng ký thẻ bơi và xông hơi cho cả nhà ",
            "số điện thoại của tôi là ", _T(c.phone("plain")), " tôi sinh ngày ", _D(c.dob()), " nhà ở ", _L(c.town().lower()),
            " cảm ơn\n"]


def t_lt_cowork_mail(c: Ctx) -> list:
    p = c.person()
    return ["Laba diena,\n\nnorėčiau užsisakyti nuolatinę darbo vietą nuo ", c.date(), ". Mano duomenys:\n", _P(p.full), "\n",
            _A(c.addr(sep="\n")), "\ntel. ", _T(c.phone()), "\nSąskaitą prašau siųsti ", _E(c.email(p)), "\n\nPagarbiai\n",
            _P(p.first), "\n"]


def t_lt_dive_config(c: Ctx) -> list:
    return ["# nardymo-centras/booking.yaml (v", c.ver(), ")\nsmtp:\n  host: smtp.nardymas.lt\n  user: ", _E("rezervacijos@nardymas.lt"),
            "\n  password: ", _W(c.pw()), "\npayments:\n  provider: paysera\n  api_key: ", _K(c.apikey()), "\n  project_id: ",
            c.digits(6), "\n  webhook_secret_sha256: ", c.sha(), "\nallowed_ips: [", c.priv_ip(), ", ", _I(_ip_public_v4(c.r)),
            "]\n"]


def t_ca_pool_mail(c: Ctx) -> list:
    p = c.person()
    return ["Hola,\n\nSóc ", _P(p.full), " i voldria donar-me d'alta a la piscina municipal (abonament anual amb sauna). ",
            "Visc a ", _A(c.addr()), ". El meu mòbil és el ", _T(c.phone()), " i vaig néixer el ", _D(c.dob()),
            ".\nPodeu domiciliar la quota al compte ", _B(c.iban(cc="ES")), ".\n\nGràcies,\n", _P(p.first), "\n"]


def t_ca_vet_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return [_P(a.first), " ", c.hm(), ": Bon dia! La gossa Mel té otitis una altra vegada 😕\n", _P(b.full), " (Clínica Veterinària ",
            "Sant Jordi) ", c.hm(), ": Hola ", _P(a.first), "! Dijous a les 17h et va bé?\n", _P(a.first), " ", c.hm(),
            ": Perfecte. Ara visc a ", _L(c.town()), ", envieu la factura a ", _E(c.email(a)), "\n"]


def t_bs_pawn_sms(c: Ctx) -> list:
    p = c.person()
    return ["Poštovani ", _P(p.first), ", Vaš zalog br. ", c.digits(6), " ističe ", c.date(), ". Za produženje pozovite ",
            _T(c.phone("f")), " ili posjetite poslovnicu ", c.town(), " - centar. Zalagaonica Zlatnik\n"]


def t_bs_bee_mail(c: Ctx) -> list:
    p, q = c.person(), c.person()
    return ["Zdravo ", _P(q.first), ",\n\ntrebala bi mi 3 nova okvira i matična rešetka. Dostava na:\n", _A(c.addr(sep="\n")),
            "\nMob: ", _T(c.phone()), "\n\n> ", c.date(), " ", _P(q.full), " je napisao/la:\n> Cijena okvira je ", c.amount(),
            ", plaćanje pouzećem.\n\nPozdrav,\n", _P(p.full), "\n"]


def t_sw_dive_sms(c: Ctx) -> list:
    p = c.person()
    return ["Habari ", _P(p.first), ", safari yako ya kupiga mbizi Mnemba ni tarehe ", c.date(), " saa ", c.hm(),
            ". Lipa salio kwa M-Pesa namba ya biashara ", c.digits(6), ". Kwa maswali piga ", _T(c.phone()),
            ". Asante, Zanzibar Blue Divers\n"]


def t_sw_vet_form(c: Ctx) -> list:
    p = c.person()
    return ["FOMU YA MTEJA - Kliniki ya Mifugo\nJina la mmiliki: ", _P(p.full), "\nAnwani: ", _A(c.addr()), "\nSimu: ",
            _T(c.phone()), "\nBarua pepe: ", _E(c.email(p)), "\nJina la mnyama: Simba (mbwa)\nTarehe ya miadi: ", c.date(), "\n"]


def t_af_bee_mail(c: Ctx) -> list:
    p = c.person()
    return ["Goeiemiddag,\n\nEk wil graag twee korwe en 'n rookpot bestel. Stuur asseblief na:\n", _A(c.addr(sep="\n")),
            "\n\nMy selnommer is ", _T(c.phone()), ". Betaling per EFT, verwysing ", c.order("BY"), ".\n\nGroete\n", _P(p.full),
            "\n", _E(c.email(p)), "\n"]


def t_af_pool_ticket(c: Ctx) -> list:
    p, s = c.person(), c.person()
    return ["Kaartjie ", c.ticket(), ": Lidmaatskap gekanselleer?\n", _P(p.first), " skryf: Ek is gebore op ", _D(c.dob()),
            " en kwalifiseer vir die pensioenarispakket. Ek woon nou in ", _L(c.town()), ".\nInterne nota (", _P(s.first),
            "): kaart ", c.masked_card(), ", terugbetaling ", c.amount(), " goedgekeur.\n"]


def t_de_vet_mail(c: Ctx) -> list:
    p, v = c.person(), c.person()
    return ["Sehr geehrte Frau Dr. ", _P(v.last), ",\n\nunser Kater Moritz braucht einen Termin zur Zahnreinigung. Bitte senden Sie ",
            "die Rechnung an ", _A(c.addr()), ". Die Lastschrift kann vom Konto ", _B(c.iban(cc="DE")), " erfolgen.\n\n",
            "Mit freundlichen Grüßen\n", _P(p.full), "\nTel. ", _T(c.phone()), "\n"]


def t_de_cowork_teams(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return [_P(a.full), " ", c.hm(), "\nPost für ", _P(c.person().full), " ist da (Einschreiben), liegt im Fach ", str(c.ri(1, 80)),
            "\n", _P(b.full), " ", c.hm(), "\nDanke! Nachsendeadresse ab Dezember: ", _A(c.addr()), "\n", _P(a.full), " ",
            c.hm(), "\nOk. Türcode Besprechungsraum Goethe bleibt ", c.digits(4), ", VPN-Gateway ", c.priv_ip(), "\n"]


def t_nl_pawn_chat(c: Ctx) -> list:
    a, b = c.person(), c.person()
    return ["Chat ", c.uuid()[:8], "\n", _P(a.first), ": hoi, ik wil mijn oude Nintendo Switch verkopen\n", _P(b.first),
            " (Inkoop): Leuk! In welke staat? En waar woon je?\n", _P(a.first), ": prima staat, ik woon in ", _L(c.town()),
            "\n", _P(b.first), " (Inkoop): Bod: ", c.amount(), ". Uitbetaling op ", _B(c.iban(cc="NL")), "? Bel ons op ",
            _T(c.phone("f")), "\n"]


# --------------------------------------------------------------------------- template registry and free_text
_ALL = [v for k, v in sorted(globals().items()) if k.startswith("t_") and callable(v)]
_CC_OF = {"us": "US", "gb": "GB", "ca": "CA", "au": "AU", "in": "IN", "ie": "IE", "za": "ZA", "nz": "NZ", "sg": "SG",
          "ph": "PH", "ng": "NG", "ke": "KE", "is": "IS", "tl": "PHtl", "et": "EE", "sl": "SI", "tr": "TR", "ro": "RO",
          "vi": "VN", "lt": "LT", "ca_": "ES", "bs": "BA", "sw": "TZ", "af": "ZAaf", "de": "DE", "nl": "NL"}
_ENGLISH = {"us", "gb", "ca", "au", "in", "ie", "za", "nz", "sg", "ph", "ng", "ke"}
# the English-Canada and Catalan prefixes collide ("ca"): Catalan templates are named t_ca_pool_mail / t_ca_vet_chat
_CATALAN = {"t_ca_pool_mail", "t_ca_vet_chat"}


def _cc_of(fn) -> str:
    pre = fn.__name__.split("_")[1]
    return "ES" if fn.__name__ in _CATALAN else _CC_OF[pre]


def _lang_of(fn) -> str:
    if fn.__name__ in _CATALAN:
        return "ca"
    pre = fn.__name__.split("_")[1]
    return "en" if pre in _ENGLISH else pre


TEMPLATES: list = [(fn.__name__, _cc_of(fn), _lang_of(fn), fn) for fn in _ALL]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        _name, cc, _lang, fn = TEMPLATES[i % len(TEMPLATES)]
        c = Ctx(random.Random(f"plateau-{seed}-{i}"), cc)
        out.append(_build(fn(c), c))
    return out


# --------------------------------------------------------------------------- structured tables
_PH = ["N/A", "-", "unknown"]


def _col(h, e, fn, blank=0.0, ph=False):
    return (h, e, fn, blank, ph)


def _b(c, r=None):
    return c.pick(["true", "false", "1", "0"])


def _tables(c: Ctx) -> dict[str, list]:
    """Spec of every table: name -> (country, [column specs]); fn(c, row) makes one value."""
    T: dict[str, tuple] = {}
    T["bee_shop_customers"] = ("GB", [
        _col("customer_id", None, lambda c, r: f"CUST-{c.digits(6)}"),
        _col("first_name", PER, lambda c, r: r["p"].first),
        _col("Surname", PER, lambda c, r: r["p"].last, 0.05),
        _col("email", EML, lambda c, r: c.email(r["p"]), 0.1),
        _col("email_verified", None, _b),
        _col("tel", PHN, lambda c, r: c.phone(), 0.3, True),
        _col("phone_type", None, lambda c, r: c.pick(["mobile", "landline", "work"]), 0.3),
        _col("addr1", ADR, lambda c, r: c.street(), 0.15),
        _col("town", LOC, lambda c, r: c.town(), 0.15),
        _col("dob", DOB, lambda c, r: c.dob(), 0.5, True),
        _col("password_changed_at", None, lambda c, r: c.ts(), 0.4),
        _col("pwd_hash", None, lambda c, r: c.bcrypt()),
        _col("last_login_ip", IPA, lambda c, r: c.ip(), 0.2),
        _col("marketing_opt_in", None, _b),
        _col("fav_product", None, lambda c, r: c.pick(["National hive (cedar)", "Dadant smoker", "Sherriff bee suit",
                                                       "Maisemore frame kit", "Abbé Warré hive"]), 0.2),
        _col("loyalty_points", None, lambda c, r: str(c.ri(0, 4000))),
        _col("referral_code", None, lambda c, r: c.alnum(8, string.ascii_uppercase + string.digits), 0.6),
        _col("card_last4", None, lambda c, r: c.digits(4), 0.25),
    ])
    T["imkerei_bestellungen"] = ("DE", [
        _col("Bestellnr", None, lambda c, r: c.order("IM")),
        _col("Bestelldatum", None, lambda c, r: c.date()),
        _col("Vorname", PER, lambda c, r: r["p"].first),
        _col("Nachname", PER, lambda c, r: r["p"].last),
        _col("E-Mail", EML, lambda c, r: c.email(r["p"]), 0.05),
        _col("Lieferadresse", ADR, lambda c, r: c.addr(), 0.1),
        _col("IBAN", IBN, lambda c, r: c.iban(cc="DE"), 0.45),
        _col("Zahlungsart", None, lambda c, r: c.pick(["SEPA-Lastschrift", "PayPal", "Kreditkarte", "Rechnung"])),
        _col("Artikelnr", None, lambda c, r: f"{c.pick(['BT', 'RP', 'MW'])}-{c.digits(5)}"),
        _col("Artikel", None, lambda c, r: c.pick(["Zander-Beute 10 Waben", "Smoker Edelstahl", "Mittelwände DNM",
                                                   "Imkerjacke Langstroth", "Königinnenabsperrgitter"])),
        _col("Menge", None, lambda c, r: str(c.ri(1, 12))),
        _col("Betrag", None, lambda c, r: c.amount()),
        _col("Sendungsnummer", None, lambda c, r: c.track(), 0.3),
        _col("Kunde seit", None, lambda c, r: c.date(), 0.2),
        _col("Newsletter", None, lambda c, r: c.pick(["ja", "nein"])),
        _col("attr2", PHN, lambda c, r: c.phone(), 0.35, True),
        _col("Lager", None, lambda c, r: c.pick(["Bamberg", "Kiel", "Leipzig"])),
    ])
    T["kopalisce_clani"] = ("SI", [
        _col("clan_id", None, lambda c, r: f"K{c.digits(7)}"),
        _col("ime", PER, lambda c, r: r["p"].first),
        _col("priimek", PER, lambda c, r: r["p"].last),
        _col("datum_rojstva", DOB, lambda c, r: c.dob(), 0.1),
        _col("naslov", ADR, lambda c, r: c.addr(), 0.2),
        _col("kraj", LOC, lambda c, r: c.town(), 0.05),
        _col("kontakt.telefon", PHN, lambda c, r: c.phone(), 0.25),
        _col("kontakt.e_posta", EML, lambda c, r: c.email(r["p"]), 0.3, True),
        _col("vrsta_clanarine", None, lambda c, r: c.pick(["letna", "mesečna", "10 obiskov", "savna+bazen"])),
        _col("veljavnost_do", None, lambda c, r: c.date()),
        _col("savna", None, lambda c, r: c.pick(["da", "ne"])),
        _col("omarica_st", None, lambda c, r: str(c.ri(1, 400))),
        _col("kartica_uid", None, lambda c, r: c.hexs(14).upper()),
        _col("zadnji_obisk", None, lambda c, r: c.ts(), 0.1),
        _col("znesek", None, lambda c, r: c.amount()),
        _col("bazen", None, lambda c, r: c.pick(["Kopališče Kolezija", "Bazen Tivoli", "Pristan Koper"])),
        _col("datum_rojstva_preverjen", None, _b),
    ])
    T["pool_visits"] = ("AU", [
        _col("visit_id", None, lambda c, r: c.uuid()),
        _col("TimestampIn", None, lambda c, r: c.ts()),
        _col("TimestampOut", None, lambda c, r: c.ts(), 0.1),
        _col("member_name", PER, lambda c, r: r["p"].full),
        _col("gate", None, lambda c, r: f"G{c.ri(1, 6)}"),
        _col("locker_code", None, lambda c, r: c.digits(4), 0.4),
        _col("wristband_rfid", None, lambda c, r: c.hexs(10)),
        _col("centre", None, lambda c, r: c.pick(["Fitzroy Pool", "Ballarat Aquatic", "Newtown Leisure"])),
        _col("SaunaAccess", None, lambda c, r: c.pick(["Y", "N"])),
        _col("client_ip", IPA, lambda c, r: c.ip(), 0.3),
        _col("kiosk_ip", None, lambda c, r: c.priv_ip()),
        _col("device_version", None, lambda c, r: c.ver()),
        _col("email_on_file", EML, lambda c, r: c.email(r["p"]), 0.2),
        _col("Phone Type", None, lambda c, r: c.pick(["mobile", "home"])),
        _col("field_3", PHN, lambda c, r: c.phone(), 0.25, True),
        _col("temp_pass_code", None, lambda c, r: c.otp(), 0.5),
        _col("amount_paid", None, lambda c, r: c.amount()),
        _col("concession", None, lambda c, r: c.pick(["none", "senior", "student", "health care card"])),
    ])
    T["coworking_liikmed"] = ("EE", [
        _col("liikme_id", None, lambda c, r: f"L-{c.digits(5)}"),
        _col("eesnimi", PER, lambda c, r: r["p"].first),
        _col("perekonnanimi", PER, lambda c, r: r["p"].last),
        _col("e-post", EML, lambda c, r: c.email(r["p"])),
        _col("telefon", PHN, lambda c, r: c.phone(), 0.15),
        _col("arveldusaadress", ADR, lambda c, r: c.addr(), 0.3),
        _col("IBAN", IBN, lambda c, r: c.iban(), 0.4),
        _col("kodulinn", LOC, lambda c, r: c.town(), 0.2),
        _col("liikmepakett", None, lambda c, r: c.pick(["hot desk", "püsikoht", "kontor 4", "virtuaalkontor"])),
        _col("laud_nr", None, lambda c, r: f"D{c.ri(1, 60)}"),
        _col("sissepääsukood", None, lambda c, r: c.digits(4) + "#"),
        _col("portaal_parool", PWD, lambda c, r: c.pw(), 0.2),
        _col("parool_muudetud", None, lambda c, r: c.date()),
        _col("api_võti", KEY, lambda c, r: c.apikey(), 0.6),
        _col("wifi_ssid", None, lambda c, r: c.pick(["Hub-Guest", "Hub-Members", "Hub-5G"])),
        _col("ettevõte", None, lambda c, r: c.pick(["Kalevipoeg OÜ", "Lydia Koidula Kirjastus AS", "Tamm & Poeg OÜ", "-"])),
        _col("lepingu_algus", None, lambda c, r: c.date()),
        _col("viimane_ip", IPA, lambda c, r: c.ip(), 0.25),
        _col("kviitung_nr", None, lambda c, r: c.digits(8)),
        _col("arve_summa", None, lambda c, r: c.amount()),
        _col("posti_teenus", None, lambda c, r: c.pick(["jah", "ei"])),
        _col("kaart_viimased4", None, lambda c, r: c.digits(4), 0.3),
    ])
    T["mailroom_log"] = ("US", [
        _col("PkgID", None, lambda c, r: f"PKG{c.digits(7)}"),
        _col("Received At", None, lambda c, r: c.ts()),
        _col("Recipient", PER, lambda c, r: r["p"].full),
        _col("Suite", None, lambda c, r: f"Suite {c.ri(100, 450)}"),
        _col("Carrier", None, lambda c, r: c.pick(["UPS", "USPS", "FedEx", "DHL"])),
        _col("Tracking #", None, lambda c, r: c.track()),
        _col("Sender Company", None, lambda c, r: c.pick(["Johnson & Johnson", "Ben & Jerry's", "Wendy's", "Dell Inc.",
                                                          "Trader Joe's", "Martha Stewart Living"])),
        _col("Forward To", ADR, lambda c, r: c.addr(), 0.6),
        _col("Signature Req", None, lambda c, r: c.pick(["Y", "N"])),
        _col("Notified Via", None, lambda c, r: c.pick(["email", "sms", "app"])),
        _col("Notify Email", EML, lambda c, r: c.email(r["p"]), 0.2),
        _col("Notify Phone", PHN, lambda c, r: c.phone(), 0.4, True),
        _col("Weight (oz)", None, lambda c, r: f"{c.r.uniform(0.5, 80):.1f}"),
        _col("Shelf", None, lambda c, r: f"{c.pick('ABCDEF')}{c.ri(1, 12)}"),
        _col("Handled By", PER, lambda c, r: c.pick(["Marisol", "Dwayne", "Keisha", "Trent", "Yuki"])),
        _col("Scan Hash", None, lambda c, r: c.sha()),
        _col("Status", None, lambda c, r: c.pick(["waiting", "picked up", "forwarded", "returned"])),
    ])
    T["dalis_ogrencileri"] = ("TR", [
        _col("ogrenci_no", None, lambda c, r: c.digits(6)),
        _col("Ad", PER, lambda c, r: r["p"].first),
        _col("Soyad", PER, lambda c, r: r["p"].last),
        _col("dogum_tarihi", DOB, lambda c, r: c.dob(), 0.1),
        _col("dogum_yeri", LOC, lambda c, r: c.town(), 0.3),
        _col("cep_tel", PHN, lambda c, r: c.phone()),
        _col("eposta", EML, lambda c, r: c.email(r["p"]), 0.15),
        _col("adres", ADR, lambda c, r: c.addr(), 0.35),
        _col("sertifika_seviyesi", None, lambda c, r: c.pick(["OWD", "AOWD", "Rescue", "CMAS 1*", "CMAS 2*"])),
        _col("sertifika_no", None, lambda c, r: f"{c.digits(4)}{c.alnum(3, string.ascii_uppercase)}{c.digits(3)}", 0.3),
        _col("kurs_tarihi", None, lambda c, r: c.date()),
        _col("ucret", None, lambda c, r: c.amount()),
        _col("odeme_iban", IBN, lambda c, r: c.iban(cc="TR"), 0.5),
        _col("ekipman_beden", None, lambda c, r: c.pick(["S", "M", "L", "XL"])),
        _col("kan_grubu", None, lambda c, r: c.pick(["0 Rh+", "A Rh+", "B Rh-", "AB Rh+"]), 0.2),
        _col("tekne", None, lambda c, r: c.pick(["Mavi Yunus", "Kaptan Cem", "Deniz Kızı"])),
        _col("max_derinlik_m", None, lambda c, r: str(c.ri(12, 40))),
        _col("dalis_sayisi", None, lambda c, r: str(c.ri(0, 300))),
        _col("col_7", PER, lambda c, r: c.person().full, 0.2, True),
    ])
    T["dive_medical_forms"] = ("PH", [
        _col("formId", None, lambda c, r: c.uuid()),
        _col("fullName", PER, lambda c, r: r["p"].full),
        _col("birthDate", DOB, lambda c, r: c.dob()),
        _col("homeCity", LOC, lambda c, r: c.town(), 0.1),
        _col("mobileNo", PHN, lambda c, r: c.phone()),
        _col("email", EML, lambda c, r: c.email(r["p"]), 0.2),
        _col("emergencyContactName", PER, lambda c, r: c.person().full, 0.15),
        _col("emergencyContactPhone", PHN, lambda c, r: c.phone(), 0.2, True),
        _col("asthma", None, lambda c, r: c.pick(["Y", "N", "N", "N"])),
        _col("earSurgery", None, lambda c, r: c.pick(["Y", "N", "N"])),
        _col("physicianClearance", None, lambda c, r: c.pick(["required", "not required"])),
        _col("clearanceDate", None, lambda c, r: c.date(), 0.5),
        _col("dobVerified", None, _b),
        _col("formVersion", None, lambda c, r: c.ver()),
        _col("signedAt", None, lambda c, r: c.ts()),
        _col("diveSiteGps", None, lambda c, r: c.gps()),
        _col("insurerPolicyNo", None, lambda c, r: f"DAN-{c.digits(8)}", 0.3),
        _col("submitIp", IPA, lambda c, r: c.ip(), 0.1),
    ])
    T["clinica_vet_proprietari"] = ("RO", [
        _col("Cod client", None, lambda c, r: f"CV{c.digits(5)}"),
        _col("Nume", PER, lambda c, r: r["p"].last),
        _col("Prenume", PER, lambda c, r: r["p"].first),
        _col("Data nașterii", DOB, lambda c, r: c.dob(), 0.55),
        _col("Telefon", PHN, lambda c, r: c.phone(), 0.05),
        _col("Email", EML, lambda c, r: c.email(r["p"]), 0.25),
        _col("Adresa", ADR, lambda c, r: c.addr(), 0.2),
        _col("Localitate", LOC, lambda c, r: c.town()),
        _col("Animal", None, lambda c, r: c.pick(["Azorel", "Grivei", "Pufi", "Tigrișor", "Bella", "Max", "Mițu"])),
        _col("Specie", None, lambda c, r: c.pick(["câine", "pisică", "iepure"])),
        _col("Rasa", None, lambda c, r: c.pick(["metis", "ciobănesc mioritic", "european", "labrador"])),
        _col("Microcip", None, lambda c, r: "642" + c.digits(12), 0.3),
        _col("Greutate kg", None, lambda c, r: f"{c.r.uniform(1.5, 45):.1f}"),
        _col("Vaccin rabie", None, lambda c, r: c.date(), 0.2),
        _col("Ultima vizită", None, lambda c, r: c.date()),
        _col("Sold", None, lambda c, r: c.amount()),
        _col("Card", CCN, lambda c, r: c.card(), 0.6),
        _col("Expirare card", None, lambda c, r: c.expiry(), 0.6),
        _col("Cabinet", None, lambda c, r: c.pick(["Cluj - Mărăști", "Iași - Copou", "Brașov - Centru"])),
        _col("Medic", PER, lambda c, r: c.person().full),
        _col("Observații", None, lambda c, r: c.pick(["-", "agresiv la vaccin", "dietă renală", "control peste 6 luni"]), 0.3),
    ])
    T["dyralaeknir_timar"] = ("IS", [
        _col("tími_id", None, lambda c, r: c.digits(7)),
        _col("dagsetning", None, lambda c, r: c.date()),
        _col("klukkan", None, lambda c, r: c.hm()),
        _col("eigandi", PER, lambda c, r: r["p"].full),
        _col("gæludýr", None, lambda c, r: c.pick(["Snati", "Kisa", "Týra", "Depill", "Brandur"])),
        _col("tegund", None, lambda c, r: c.pick(["hundur", "köttur", "kanína"])),
        _col("sími", PHN, lambda c, r: c.phone(), 0.1),
        _col("netfang", EML, lambda c, r: c.email(r["p"]), 0.3),
        _col("póstfang", ADR, lambda c, r: c.addr(), 0.4),
        _col("bæjarfélag", LOC, lambda c, r: c.town(), 0.2),
        _col("dýralæknir", PER, lambda c, r: c.person().full),
        _col("stofa", None, lambda c, r: c.pick(["Dýraspítalinn Víðidal", "Dýralæknastofa Akureyrar"])),
        _col("upphæð", None, lambda c, r: c.amount()),
        _col("greitt_með", None, lambda c, r: c.masked_card(), 0.2),
        _col("staða", None, lambda c, r: c.pick(["bókað", "mætti", "afbókað"])),
        _col("örflaga", None, lambda c, r: "352" + c.digits(12), 0.4),
        _col("athugasemd", None, lambda c, r: c.pick(["bólusetning", "tannhreinsun", "eftirlit", "-"]), 0.2),
    ])
    T["pawn_customers"] = ("US", [
        _col("CUSTOMER_ID", None, lambda c, r: f"C{c.digits(8)}"),
        _col("LAST_NAME", PER, lambda c, r: r["p"].last.upper()),
        _col("FIRST_NAME", PER, lambda c, r: r["p"].first.upper()),
        _col("DOB", DOB, lambda c, r: c.dob(c.pick(["m/d/Y", "Y-m-d"]))),
        _col("SSN", SSN, lambda c, r: c.ssn(c.chance(0.7)), 0.3),
        _col("ID_TYPE", None, lambda c, r: c.pick(["DL", "STATE ID", "PASSPORT"])),
        _col("ID_STATE", None, lambda c, r: c.town_row()[2]),
        _col("STREET", ADR, lambda c, r: c.street(), 0.1),
        _col("CITY", LOC, lambda c, r: c.town(), 0.1),
        _col("PHONE", PHN, lambda c, r: c.phone(), 0.15, True),
        _col("EMAIL", EML, lambda c, r: c.email(r["p"]), 0.5),
        _col("PAYOUT_ACCT", BNK, lambda c, r: c.us_bank(), 0.45),
        _col("PAYOUT_ROUTING", None, lambda c, r: c.routing(), 0.45),
        _col("CARD_LAST4", None, lambda c, r: c.digits(4), 0.3),
        _col("TICKET_NO", None, lambda c, r: c.digits(8)),
        _col("ITEM_DESC", None, lambda c, r: c.pick(["XBOX SERIES X", "GIBSON LES PAUL", "IPHONE 13 128GB", "14K CHAIN 22IN"])),
        _col("IMEI", None, lambda c, r: c.imei(), 0.5),
        _col("LOAN_AMT", None, lambda c, r: f"{c.ri(20, 2500)}.00"),
        _col("STORE", None, lambda c, r: c.pick(["Boise #12", "Tucson #4", "Dayton #31"])),
        _col("PORTAL_PWD", PWD, lambda c, r: c.pw(), 0.5),
        _col("RISK_SCORE", None, lambda c, r: str(c.ri(1, 99))),
    ])
    T["mua_ban_thiet_bi"] = ("VN", [
        _col("ma_giao_dich", None, lambda c, r: f"GD{c.digits(9)}"),
        _col("thoi_gian", None, lambda c, r: c.ts()),
        _col("ho_ten", PER, lambda c, r: r["p"].full),
        _col("sdt", PHN, lambda c, r: c.phone()),
        _col("dia_chi", ADR, lambda c, r: c.addr(), 0.3),
        _col("thanh_pho", LOC, lambda c, r: c.town(), 0.1),
        _col("ngay_sinh", DOB, lambda c, r: c.dob(), 0.4),
        _col("thiet_bi", None, lambda c, r: c.pick(["iPhone 12 Pro", "Samsung Galaxy A52", "MacBook Air M1", "Oppo Reno8"])),
        _col("imei", None, lambda c, r: c.imei(), 0.2),
        _col("phien_ban_os", None, lambda c, r: c.ver()),
        _col("tinh_trang", None, lambda c, r: c.pick(["99%", "trầy nhẹ", "vỡ màn", "như mới"])),
        _col("gia_mua", None, lambda c, r: c.amount()),
        _col("chi_nhanh", None, lambda c, r: c.pick(["Quận 3", "Cầu Giấy", "Hải Châu"])),
        _col("nhan_vien", PER, lambda c, r: c.person().full),
        _col("the_ngan_hang", CCN, lambda c, r: c.card(), 0.5),
        _col("ip_dang_ky", IPA, lambda c, r: c.ip(), 0.3),
        _col("ma_otp", None, lambda c, r: c.otp(), 0.4),
        _col("hash_hop_dong", None, lambda c, r: c.sha()),
    ])
    return T


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, (cc, spec) in _tables(Ctx(random.Random(0), "US")).items():
        c = Ctx(random.Random(f"plateau-{seed}-{name}"), cc)
        cols = [Column(h, e, []) for h, e, *_ in spec]
        for _ in range(rows):
            row = {"p": c.person()}
            for col, (_h, _e, fn, blank, ph) in zip(cols, spec):
                v = fn(c, row)
                if c.chance(blank):
                    v = None
                elif ph and c.chance(0.04):
                    v = c.pick(_PH)
                col.values.append(v)
        out[name] = cols
    return out


def _check_tables(tables: dict[str, list[Column]]) -> None:
    regs = {name: COUNTRIES[cc]["reg"] for name, (cc, _s) in _tables(Ctx(random.Random(0), "US")).items()}
    for name, cols in tables.items():
        assert 15 <= len(cols) <= 22, name
        n_pii = sum(1 for col in cols if col.entity)
        assert len(cols) - n_pii > len(cols) / 2, (name, n_pii)
        for col in cols:
            for v in col.values:
                if v is None or v in _PH:
                    continue
                if col.entity == PHN:
                    assert _pn.is_valid_number(_pn.parse(v, regs[name])), (name, v)
                elif col.entity == CCN:
                    assert luhn_ok(v), v
                elif col.entity == SSN:
                    assert ssn_ok(v), v
                elif col.entity == IBN:
                    assert iban_ok(v), v


if __name__ == "__main__":
    import collections
    import hashlib
    import json
    import time

    t0 = time.time()
    ft = free_text(500, 7)
    st = structured(150, 11)
    _check_tables(st)
    dt = time.time() - t0
    blob = json.dumps([[t.text, t.spans] for t in ft] + [[k, c.name, c.entity, c.values] for k, cols in st.items() for c in cols])
    print("digest", hashlib.sha256(blob.encode()).hexdigest()[:16], f"{dt:.2f}s")
    print("templates", len(TEMPLATES), collections.Counter(lang for _n, _c, lang, _f in TEMPLATES))
    print("labels", collections.Counter(lab for t in ft for _s, _e, lab in t.spans))
    print("distinct texts", len({t.text for t in ft}))
