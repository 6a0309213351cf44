"""Accuracy split "canyon": labelled free text and structured tables for the PII-scanner benchmark.

Data card
---------
Author / date: helper "canyon", 2026-11-27 (fixed "today" used for all ages and dates).
Independence: written from the author prompt only, plus `ls bench/` and local outputs of Faker (name
  providers) and phonenumbers (validity checks / formatting). Nothing else in the repository was read:
  not the scanner, its rules, tests, docs, results, other splits or bench/accuracy_data.py (its
  exported helpers were used from the definitions given in the prompt). The scanner was never read or run.
API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 62]); structured(rows, seed) ->
  dict[str, list[Column]]; TEMPLATES. Deterministic: every rng is random.Random(str seed); Faker
  instances are re-seeded from those rngs; no clock reads, no set iteration.
Domains: free text is CRM / support / messaging content (support e-mails with quoted replies and
  signatures, forwarded mail, WhatsApp / Teams / Slack / Viber / live-chat exports, SMS threads and
  receipts, tickets with internal notes, CRM and call notes, lower-case speech-to-text transcripts,
  key: value, key=value, query-string and JSON-lines form dumps, Apache and JSON logs, an .ini config,
  OCR'd form, tab-separated spreadsheet rows, notification subjects, a PII-free postmortem).
  Tables: online tutoring marketplace, debt-collection agency, campsite and RV park, blood-test
  laboratory, bicycle repair and rental co-op, concert ticketing (two tables each).
Languages (62 templates): English 34 = US 6, GB 3, CA 3, AU 2, IN 2, IE 2, ZA 3, NZ 1, SG 2, PH 2
  (Taglish chat), NG 1, KE 2, plus 5 country-less (Apache log, JSON log, .ini, SMS DLRs, postmortem);
  other 28 = German 3, French 2, Spanish (MX) 2, Italian 2, Danish 2, Norwegian 2, Finnish 2,
  Hungarian 2, Icelandic 2, Afrikaans 2, Malay 2, Serbian (Latin) 2, Irish 1, Luxembourgish 1,
  Vietnamese 1. Names, towns, streets, postcodes, phone formats and birth-date formats follow each
  text's country (Hungarian and Vietnamese names family-name first).
Value rules: phones drawn from national patterns and kept only if phonenumbers.is_valid_number (national,
  international or E.164 form); cards via _luhn (Visa/MC/Amex, grouped or not); IBANs via _iban_of,
  spaced or not; SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits;
  public IPs via _ip_public_v4/_v6; passwords and API keys (sk_live_, ghp_, xoxb-, AIza, SG., sk-proj-)
  are plaintext secrets; birth dates 18-84 years before 2026-11-27.
Label conventions applied: PERSON for names as written (full, first only, surname only, upper/lower case,
  "Last, First", "First L." with the period inside), chat speakers labelled, titles outside; names
  inside brands / shops / venues / companies / streets and pet names not labelled. STREET_ADDRESS: a
  street line with postcode and town as one span, multi-line blocks one span, each '>'-quoted line its
  own span, business signature addresses labelled, bare street lines labelled. LOCATION: home towns,
  birthplaces and travel destinations only. DATE_OF_BIRTH: birth dates only. Role e-mail addresses
  (support@, accounts@, noreply@) labelled. Spans exclude quotes/brackets/trailing punctuation and never
  overlap; free_text asserts this and that each span equals the inserted value.
Look-alikes (never labelled): masked cards / last-4, expiry, CVV, private IPv4, version strings, bcrypt
  hashes, sha256 / hex digests, UUIDs, order / ticket / booking / tracking / claim / policy / case refs,
  OTPs, gate and lock codes, IMEIs (Luhn-valid 15 digits), ABA routing numbers, BIC/SWIFT, GPS
  coordinates, amounts, timestamps and non-birth dates, publishable keys, session ids, branch / depot /
  office / venue towns, company and product names containing person names, pet names, M-PESA codes,
  PNRs, meter serials, Icelandic kennitala fragments.
Tables (rows=150; PII / look-alike columns): tutoring_tutors GB+IE 7/10 (camelCase+snake);
  tutoring_sessions US+IN 5/11 (PascalCase, opaque Attr2=email); collections_accounts US 7/10
  (UPPER_SNAKE, ADDR1, "Last, First" names); inkasso_anrufe DE 7/9 (German snake headers);
  campsite_bookings DK+NO 5/11 (Danish/English mix); rv_park_guests CA+AU 6/11 (spaced Title Case,
  opaque "Field 3" = town); lab_patients FI+IS 7/9 (Finnish headers); lab_results ZA+AF 5/11
  (camelCase + Afrikaans); bike_coop_members IS+NZ 6/10 (dotted); bike_rentals MY+SG 6/11 (Malay
  snake, opaque col_7 = town); ticket_orders MX+IT 8/9 (Spanish, opaque field_3 = birth date);
  ticket_accounts RS+HU+US 7/10 (Serbian first/last headers + PascalCase). Blank rates 0-60% per
  column; placeholders N/A, -, unknown in a few columns (placeholders stay under the column's entity).
Known limits: small hand-made pools of towns/streets per country (postcode matches the town, not the
  street); Faker name pools for some locales mix given-name genders (e.g. Icelandic -son/-dóttir);
  chat timestamps repeat within one text; the PH/SG/MY/LU/RS/VN/AF/CA/AU/ZA name pools are short
  hand lists; payout account is None for non-US rows of ticket_accounts.
"""
import datetime as _dt
import re
import string
import unicodedata
import random

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)
PE, EM, PH, CC, SSN, BANK, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                        "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
ADDR, LOC, DOB, PW, KEY = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert all(x in LABELS for x in (PE, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY))

# ---------------------------------------------------------------- country data
# towns: (town, postcode, region)   phones: national patterns, N = 2-9, X = 0-9
C = {
    "US": dict(fk="en_US", towns=[("Portland", "97205", "OR"), ("Austin", "78704", "TX"), ("Columbus", "43215", "OH"),
               ("Denver", "80203", "CO"), ("Raleigh", "27601", "NC"), ("Madison", "53703", "WI"),
               ("Tucson", "85701", "AZ"), ("Richmond", "23220", "VA")],
               streets=["Maple Ave", "Oak Street", "W 3rd St", "Elm Drive", "Sunset Blvd", "Cedar Lane", "N Main St",
                        "Lakeview Rd"],
               phones=["(206) NXX-XXXX", "512-NXX-XXXX", "(617) NXX-XXXX", "303.NXX.XXXX", "(614) NXX-XXXX",
                       "919-NXX-XXXX"], mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]),
    "CA": dict(fn=["Liam", "Olivia", "Noah", "Chloé", "Étienne", "Priya", "Jasmine", "Ryan", "Mackenzie", "Owen",
                   "Gabriel", "Sophie", "Harjit", "Emily"],
               ln=["Tremblay", "Gagnon", "MacDonald", "Wong", "Singh", "Roy", "Campbell", "Leblanc", "Fraser",
                   "Morin", "Chen", "Bouchard", "Sandhu", "Côté"],
               towns=[("Toronto", "M5H 2N2", "ON"), ("Vancouver", "V6B 1A1", "BC"), ("Calgary", "T2P 1J9", "AB"),
                      ("Ottawa", "K1P 5G4", "ON"), ("Halifax", "B3J 1S9", "NS"), ("Winnipeg", "R3C 0V8", "MB")],
               streets=["Queen St W", "Granville St", "Bank St", "Elgin Ave", "Spring Garden Rd", "Portage Ave"],
               phones=["(416) NXX-XXXX", "604-NXX-XXXX", "(514) NXX-XXXX", "403 NXX XXXX", "(902) NXX-XXXX",
                       "613-NXX-XXXX"], mail=["gmail.com", "rogers.com", "shaw.ca", "hotmail.com", "videotron.ca"]),
    "GB": dict(fk="en_GB", towns=[("Leeds", "LS6 2AB", ""), ("Bristol", "BS1 4DJ", ""), ("Manchester", "M14 5RB", ""),
                                  ("Norwich", "NR2 1HN", ""), ("Cardiff", "CF10 3AT", ""), ("York", "YO1 7HH", ""),
                                  ("Brighton", "BN1 3FG", "")],
               streets=["Kings Road", "Victoria Street", "Church Lane", "Mill Road", "Park Avenue", "Station Road"],
               phones=["07NXX XXXXXX", "0113 NXX XXXX", "020 7XXX XXXX", "0161 NXX XXXX", "07NXX XXX XXX",
                       "0117 NXX XXXX"], mail=["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"]),
    "AU": dict(fn=["Jack", "Charlotte", "Mia", "Lachlan", "Harper", "Cooper", "Isla", "Riley", "Matilda", "Angus",
                   "Zoe", "Darcy"],
               ln=["Nguyen", "Smith", "Kelly", "O'Brien", "Papadopoulos", "Wilson", "Taylor", "Murphy", "Brown",
                   "Martin", "Walsh", "Rossi"],
               towns=[("Fitzroy", "3065", "VIC"), ("Newtown", "2042", "NSW"), ("Fremantle", "6160", "WA"),
                      ("Paddington", "4064", "QLD"), ("Glenelg", "5045", "SA"), ("Ballarat", "3350", "VIC")],
               streets=["Smith Street", "King Street", "High Street", "Railway Parade", "George Street"],
               phones=["04XX XXX XXX", "(02) 9XXX XXXX", "(03) 9XXX XXXX", "04XX XXX XXX", "(08) 9XXX XXXX"],
               mail=["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"]),
    "IN": dict(fk="en_IN", towns=[("Bengaluru", "560038", "Karnataka"), ("Pune", "411001", "Maharashtra"),
                                  ("Chennai", "600020", "Tamil Nadu"), ("Hyderabad", "500034", "Telangana"),
                                  ("Kochi", "682016", "Kerala"), ("Jaipur", "302001", "Rajasthan")],
               streets=["MG Road", "100 Feet Road", "Linking Road", "Anna Salai", "FC Road", "Banjara Hills Road 2"],
               phones=["98XXX XXXXX", "9NXXX XXXXX", "70XXX XXXXX", "080 2XXX XXXX"],
               mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "IE": dict(fk="en_IE", towns=[("Galway", "H91 E2K5", "Co. Galway"), ("Cork", "T12 X70A", "Co. Cork"),
                                  ("Limerick", "V94 T9PX", "Co. Limerick"), ("Ennis", "V95 N2W3", "Co. Clare"),
                                  ("Sligo", "F91 K7C2", "Co. Sligo"), ("Kilkenny", "R95 D6R8", "Co. Kilkenny")],
               streets=["Main Street", "Shop Street", "Patrick Street", "Church Road", "Mill Street", "Bridge Street"],
               phones=["08N XXX XXXX", "087 XXX XXXX", "(01) NXX XXXX", "091 NXX XXX", "021 4XX XXXX"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"]),
    "ZA": dict(fn=["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Annelie", "Ayesha", "Kagiso", "Zanele", "Ruan",
                   "Bongani", "Megan"],
               ln=["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Pillay", "Khumalo",
                   "Pretorius", "Ndlovu", "Jacobs", "Venter"],
               towns=[("Stellenbosch", "7600", "WC"), ("Pretoria", "0181", "GP"), ("Durban", "4001", "KZN"),
                      ("Bloemfontein", "9301", "FS"), ("Cape Town", "8001", "WC"), ("Paarl", "7646", "WC"),
                      ("Gqeberha", "6001", "EC")],
               streets=["Long Street", "Church Street", "Main Road", "Jan Smuts Avenue", "Beach Road"],
               phones=["082 XXX XXXX", "083 XXX XXXX", "072 XXX XXXX", "021 NXX XXXX", "011 NXX XXXX",
                       "084 XXX XXXX"], mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"]),
    "AF": dict(fn=["Riaan", "Elmarie", "Johan", "Annemarie", "Francois", "Marike", "Wynand", "Liezel", "Hendrik",
                   "Carien", "Jaco", "Ilse"],
               ln=["van der Merwe", "Botha", "Pretorius", "du Plessis", "Venter", "Steyn", "Coetzee", "Nel",
                   "le Roux", "Joubert", "Swanepoel", "Kruger"],
               towns=[("Stellenbosch", "7600", ""), ("Paarl", "7646", ""), ("Worcester", "6850", ""),
                      ("Potchefstroom", "2531", ""), ("Oudtshoorn", "6625", ""), ("George", "6530", "")],
               streets=["Kerkstraat", "Dorpstraat", "Langstraat", "Voortrekkerweg", "Bloemstraat"],
               phones=["082 XXX XXXX", "083 XXX XXXX", "072 XXX XXXX", "021 NXX XXXX", "084 XXX XXXX"],
               region="ZA", mail=["gmail.com", "webmail.co.za", "vodamail.co.za"]),
    "NZ": dict(fk="en_NZ", towns=[("Auckland", "1011", ""), ("Wellington", "6011", ""), ("Christchurch", "8011", ""),
                                  ("Dunedin", "9016", ""), ("Hamilton", "3204", ""), ("Nelson", "7010", "")],
               streets=["Ponsonby Road", "Cuba Street", "Colombo Street", "George Street", "Victoria Street"],
               phones=["021 XXX XXXX", "022 XXX XXXX", "09 NXX XXXX", "04 NXX XXXX", "027 XXX XXXX"],
               mail=["xtra.co.nz", "gmail.com", "outlook.co.nz"]),
    "SG": dict(fn=["Wei Ling", "Jun Jie", "Siti", "Hafiz", "Priya", "Kumar", "Hui Min", "Daniel", "Nurul", "Ravi",
                   "Xin Yi", "Marcus"],
               ln=["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Rahman", "Pillai", "Chua", "Koh", "Teo"],
               towns=[("Singapore", "560123", ""), ("Singapore", "310045", ""), ("Singapore", "520201", ""),
                      ("Singapore", "650289", ""), ("Singapore", "730888", "")],
               streets=["Ang Mo Kio Ave 3", "Toa Payoh Lor 1", "Tampines St 21", "Bukit Batok West Ave 6",
                        "Woodlands Dr 14"],
               phones=["9XXX XXXX", "8XXX XXXX", "6XXX XXXX"], mail=["gmail.com", "singnet.com.sg", "yahoo.com.sg"]),
    "PH": dict(fn=["Maria Cristina", "Jose", "Mark Anthony", "Kristine", "Jericho", "Angelica", "Rommel", "Joy",
                   "Carlo", "Mae", "Paolo", "Rhea"],
               ln=["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva", "Ramos",
                   "Aquino", "Castillo", "Flores"],
               towns=[("Makati City", "1203", "Metro Manila"), ("Quezon City", "1100", "Metro Manila"),
                      ("Cebu City", "6000", "Cebu"), ("Davao City", "8000", "Davao del Sur"),
                      ("Pasig City", "1600", "Metro Manila"), ("Iloilo City", "5000", "Iloilo")],
               streets=["Rizal St", "Mabini Street", "Bonifacio Ave", "Katipunan Avenue", "Osmeña Blvd"],
               phones=["0917 XXX XXXX", "0918 XXX XXXX", "0927 XXX XXXX", "(02) 8XXX XXXX", "0995 XXX XXXX"],
               mail=["gmail.com", "yahoo.com.ph", "outlook.ph"]),
    "NG": dict(fk="en_NG", towns=[("Lagos", "101233", "Lagos"), ("Abuja", "900288", "FCT"), ("Ibadan", "200284", "Oyo"),
                                  ("Enugu", "400102", "Enugu"), ("Port Harcourt", "500272", "Rivers")],
               streets=["Awolowo Road", "Allen Avenue", "Adeola Odeku Street", "Aminu Kano Crescent", "Ring Road"],
               phones=["0803 XXX XXXX", "0805 XXX XXXX", "0813 XXX XXXX", "0706 XXX XXXX", "0809 XXX XXXX"],
               mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(fk="en_KE", towns=[("Nairobi", "00100", ""), ("Mombasa", "80100", ""), ("Kisumu", "40100", ""),
                                  ("Nakuru", "20100", ""), ("Eldoret", "30100", "")],
               streets=["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Argwings Kodhek Road"],
               phones=["0712 XXX XXX", "0722 XXX XXX", "0733 XXX XXX", "0701 XXX XXX", "0110 XXX XXX"],
               mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "DE": dict(fk="de_DE", towns=[("Berlin", "10115", ""), ("Leipzig", "04109", ""), ("Köln", "50667", ""),
                                  ("Freiburg im Breisgau", "79098", ""), ("Hamburg", "20095", ""),
                                  ("Münster", "48143", "")],
               streets=["Lindenstraße", "Hauptstraße", "Schillerstraße", "Am Markt", "Bahnhofstraße", "Gartenweg"],
               phones=["0171 XXXXXXX", "0151 XXXXXXXX", "030 NXXXXXXX", "0221 NXXXXXX", "0176 XXXXXXXX",
                       "040 NXXXXXXX"], mail=["web.de", "gmx.de", "t-online.de", "posteo.de"]),
    "FR": dict(fk="fr_FR", towns=[("Lyon", "69003", ""), ("Nantes", "44000", ""), ("Bordeaux", "33000", ""),
                                  ("Lille", "59000", ""), ("Toulouse", "31000", ""), ("Rennes", "35000", "")],
               streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                        "impasse des Tilleuls"],
               phones=["06 XX XX XX XX", "07 XX XX XX XX", "01 4X XX XX XX", "04 7X XX XX XX"],
               mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "MX": dict(fk="es_MX", towns=[("Ciudad de México", "03100", "CDMX"), ("Guadalajara", "44100", "Jalisco"),
                                  ("Monterrey", "64000", "Nuevo León"), ("Puebla", "72000", "Puebla"),
                                  ("Mérida", "97000", "Yucatán")],
               streets=["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle 5 de Mayo", "Av. Hidalgo"],
               phones=["55 NXXX XXXX", "33 NXXX XXXX", "81 NXXX XXXX", "222 NXX XXXX"],
               mail=["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"]),
    "IT": dict(fk="it_IT", towns=[("Milano", "20121", "MI"), ("Torino", "10121", "TO"), ("Bologna", "40121", "BO"),
                                  ("Napoli", "80132", "NA"), ("Firenze", "50122", "FI")],
               streets=["Via Roma", "Corso Vittorio Emanuele", "Via Dante", "Viale Mazzini", "Via dei Mille"],
               phones=["3NX XXX XXXX", "347 XXX XXXX", "02 NXXX XXXX", "06 NXXX XXXX", "051 NXX XXXX"],
               mail=["libero.it", "gmail.com", "alice.it", "virgilio.it"]),
    "DK": dict(fk="da_DK", towns=[("Aarhus", "8000", ""), ("Odense", "5000", ""), ("Aalborg", "9000", ""),
                                  ("Roskilde", "4000", ""), ("Esbjerg", "6700", ""), ("Vejle", "7100", "")],
               streets=["Nørregade", "Vestergade", "Østerbrogade", "Algade", "Skolevej", "Søndergade"],
               phones=["2X XX XX XX", "4X XX XX XX", "3X XX XX XX", "6X XX XX XX", "5X XX XX XX"],
               mail=["gmail.com", "hotmail.dk", "mail.dk", "jubii.dk"]),
    "NO": dict(fk="no_NO", towns=[("Oslo", "0155", ""), ("Bergen", "5003", ""), ("Trondheim", "7011", ""),
                                  ("Stavanger", "4006", ""), ("Tromsø", "9008", "")],
               streets=["Storgata", "Kirkegata", "Dronningens gate", "Torggata", "Møllendalsveien"],
               phones=["4XX XX XXX", "9XX XX XXX", "22 XX XX XX", "55 XX XX XX"],
               mail=["online.no", "gmail.com", "hotmail.no"]),
    "FI": dict(fk="fi_FI", towns=[("Helsinki", "00100", ""), ("Tampere", "33100", ""), ("Turku", "20100", ""),
                                  ("Oulu", "90100", ""), ("Jyväskylä", "40100", "")],
               streets=["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Kauppakatu", "Rautatienkatu"],
               phones=["040 XXX XXXX", "050 XXX XXXX", "044 XXX XXXX", "09 NXXX XXXX"],
               mail=["gmail.com", "elisanet.fi", "luukku.com", "outlook.com"]),
    "HU": dict(fk="hu_HU", order="lf", towns=[("Budapest", "1052", ""), ("Debrecen", "4025", ""), ("Szeged", "6720", ""),
                                              ("Pécs", "7621", ""), ("Győr", "9021", "")],
               streets=["Váci utca", "Rákóczi út", "Andrássy út", "Fő utca", "Petőfi Sándor utca"],
               phones=["06 30 NXX XXXX", "06 20 NXX XXXX", "06 70 NXX XXXX", "06 1 NXX XXXX"],
               mail=["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"]),
    "IS": dict(fk="is_IS", towns=[("Reykjavík", "101", ""), ("Kópavogur", "200", ""), ("Hafnarfjörður", "220", ""),
                                  ("Akureyri", "600", ""), ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
               streets=["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hafnarstræti", "Strandgata"],
               phones=["6XX XXXX", "7XX XXXX", "8XX XXXX", "5NX XXXX"], mail=["simnet.is", "gmail.com", "internet.is"]),
    "MY": dict(fn=["Ahmad Faiz", "Nur Aisyah", "Muhammad Irfan", "Siti Hajar", "Wei Jie", "Mei Ling", "Ganesh",
                   "Kavitha", "Farah", "Haziq", "Jia Hui", "Arjun"],
               ln=["Ismail", "Rahman", "Tan", "Lim", "Abdullah", "Wong", "Chong", "Hassan", "Subramaniam", "Yusof",
                   "Ong", "Othman"],
               towns=[("Kuala Lumpur", "50450", "WP"), ("Petaling Jaya", "46050", "Selangor"),
                      ("Shah Alam", "40000", "Selangor"), ("George Town", "10200", "Pulau Pinang"),
                      ("Johor Bahru", "80000", "Johor"), ("Ipoh", "30450", "Perak")],
               streets=["Jalan Ampang", "Jalan SS 2/24", "Jalan Bukit Bintang", "Lorong Maarof", "Jalan Kenari 5"],
               phones=["012-NXX XXXX", "013-NXX XXXX", "019-NXX XXXX", "011-NXXX XXXX", "03-NXXX XXXX"],
               mail=["gmail.com", "yahoo.com.my", "hotmail.my"]),
    "RS": dict(fn=["Marko", "Jelena", "Nikola", "Milica", "Stefan", "Ana", "Luka", "Jovana", "Miloš", "Ivana",
                   "Dragan", "Tijana"],
               ln=["Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović",
                   "Popović", "Živković", "Kovačević", "Stanković"],
               towns=[("Beograd", "11000", ""), ("Novi Sad", "21000", ""), ("Niš", "18000", ""),
                      ("Kragujevac", "34000", ""), ("Subotica", "24000", "")],
               streets=["Bulevar oslobođenja", "Nemanjina", "Kralja Petra", "Bulevar kralja Aleksandra",
                        "Njegoševa"],
               phones=["06N XXX XXXX", "064 XXX XXXX", "063 XXX XXX", "011 NXX XXXX"],
               mail=["gmail.com", "yahoo.com", "eunet.rs", "mts.rs"]),
    "GA": dict(fk="ga_IE", towns=[("Gaillimh", "H91 E2K5", ""), ("Corcaigh", "T12 X70A", ""),
                                  ("An Daingean", "V92 F6P2", ""), ("Leitir Ceanainn", "F92 T2C8", ""),
                                  ("Cill Airne", "V93 K2P9", "")],
               streets=["Sráid na Siopaí", "Bóthar na Trá", "Sráid an Mhuilinn", "Príomhshráid", "Bóthar an Chaisleáin"],
               phones=["08N XXX XXXX", "087 XXX XXXX", "091 NXX XXX", "066 NXX XXXX"], region="IE",
               mail=["gmail.com", "eircom.net", "tg4.ie"]),
    "LU": dict(fn=["Jean", "Marie", "Luc", "Anne", "Paul", "Nathalie", "Tom", "Laura", "Claude", "Sandra", "Yves",
                   "Mireille"],
               ln=["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Reuter", "Schiltz", "Klein",
                   "Hansen", "Majerus"],
               towns=[("Lëtzebuerg", "L-1611", ""), ("Esch-Uelzecht", "L-4050", ""), ("Déifferdeng", "L-4570", ""),
                      ("Ettelbréck", "L-9050", ""), ("Dikrech", "L-9233", "")],
               streets=["rue de la Gare", "avenue de la Liberté", "Grand-Rue", "route d'Arlon", "rue du Fort"],
               phones=["621 XXX XXX", "661 XXX XXX", "691 XXX XXX"], mail=["pt.lu", "gmail.com", "internet.lu"]),
    "VN": dict(order="lf", fn=["Minh Anh", "Quang Huy", "Thu Trang", "Văn Nam", "Thị Lan", "Đức Anh", "Ngọc Hân",
                               "Hoàng Long", "Bảo Ngọc", "Tuấn Kiệt"],
               ln=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"],
               towns=[("TP. Hồ Chí Minh", "700000", ""), ("Hà Nội", "100000", ""), ("Đà Nẵng", "550000", ""),
                      ("Huế", "530000", ""), ("Cần Thơ", "900000", "")],
               streets=["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt"],
               phones=["09N XXX XXXX", "098 XXX XXXX", "091 XXX XXXX", "03N XXX XXXX"],
               mail=["gmail.com", "yahoo.com.vn", "fpt.vn"]),
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ga": ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair",
           "Deireadh Fómhair", "Samhain", "Nollaig"],
}


def _dobfmt(cc, d, rng):
    dd, mm, yy = d.day, d.month, d.year
    opts = {
        "US": [f"{mm:02d}/{dd:02d}/{yy}", f"{MONTHS['en'][mm - 1]} {dd}, {yy}", f"{mm}/{dd}/{yy}"],
        "PH": [f"{mm:02d}/{dd:02d}/{yy}", f"{MONTHS['en'][mm - 1]} {dd}, {yy}"],
        "CA": [f"{yy}-{mm:02d}-{dd:02d}", f"{MONTHS['en'][mm - 1]} {dd}, {yy}"],
        "DE": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}. {MONTHS['de'][mm - 1]} {yy}"],
        "FR": [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['fr'][mm - 1]} {yy}"],
        "MX": [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} de {MONTHS['es'][mm - 1]} de {yy}"],
        "IT": [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['it'][mm - 1]} {yy}"],
        "DK": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}. {MONTHS['da'][mm - 1]} {yy}", f"{dd:02d}-{mm:02d}-{yy}"],
        "NO": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}. {MONTHS['no'][mm - 1]} {yy}"],
        "FI": [f"{dd}.{mm}.{yy}"],
        "HU": [f"{yy}.{mm:02d}.{dd:02d}", f"{yy}. {MONTHS['hu'][mm - 1]} {dd}"],
        "IS": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}. {MONTHS['is'][mm - 1]} {yy}"],
        "AF": [f"{yy}-{mm:02d}-{dd:02d}", f"{dd} {MONTHS['af'][mm - 1]} {yy}"],
        "ZA": [f"{yy}/{mm:02d}/{dd:02d}", f"{dd} {MONTHS['en'][mm - 1]} {yy}"],
        "MY": [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['ms'][mm - 1]} {yy}"],
        "RS": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}"],
        "GA": [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['ga'][mm - 1]} {yy}"],
        "LU": [f"{dd:02d}.{mm:02d}.{yy}", f"{dd:02d}/{mm:02d}/{yy}"],
        "VN": [f"{dd:02d}/{mm:02d}/{yy}", f"ngày {dd} tháng {mm} năm {yy}"],
    }.get(cc, [f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS['en'][mm - 1]} {yy}"])
    return rng.choice(opts)


def _addr(cc, rng):
    """-> (one-line address with postcode+town, list of block lines, town)."""
    c = C[cc]
    town, pc, reg = rng.choice(c["towns"])
    st = rng.choice(c["streets"])
    no = str(rng.randint(1, 240))
    unit = rng.random() < 0.3
    if cc == "US":
        l1 = f"{no} {st}" + (f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if unit else "")
        lines = [l1, f"{town}, {reg} {pc}"]
    elif cc == "CA":
        l1 = (f"{rng.randint(101, 2400)}-" if unit else "") + f"{no} {st}"
        lines = [l1, f"{town}, {reg} {pc}"]
    elif cc == "GB":
        lines = ([f"Flat {rng.randint(1, 12)}"] if unit else []) + [f"{no} {st}", town, pc]
    elif cc == "AU":
        lines = [(f"Unit {rng.randint(1, 20)}/" if unit else "") + f"{no} {st}", f"{town} {reg} {pc}"]
    elif cc == "IN":
        lines = [f"Flat {rng.randint(101, 905)}, {rng.choice(['Sai Residency', 'Prestige Lakeside', 'Green Glen Apts'])}",
                 f"{no} {st}", f"{town} {pc}"]
    elif cc in ("IE", "GA"):
        lines = [f"{no} {st}", town + (f", {reg}" if reg else ""), pc]
    elif cc == "ZA":
        lines = [f"{no} {st}", town, pc]
    elif cc == "AF":
        lines = [f"{st} {no}", town, pc]
    elif cc == "NZ":
        lines = [(f"{rng.randint(1, 9)}/" if unit else "") + f"{no} {st}", f"{town} {pc}"]
    elif cc == "SG":
        lines = [f"Blk {no} {st}", f"#{rng.randint(2, 25):02d}-{rng.randint(10, 999)}", f"Singapore {pc}"]
    elif cc == "PH":
        lines = [f"{no} {st}", f"Brgy. {rng.choice(['San Antonio', 'Poblacion', 'Kamuning', 'Lahug'])}", f"{town} {pc}"]
    elif cc == "NG":
        lines = [f"{no} {st}", f"{town} {pc}"]
    elif cc == "KE":
        lines = [f"{rng.choice(['Hse', 'Apt', 'Plot'])} {no}, {st}", f"{town} {pc}"]
    elif cc == "MX":
        lines = [f"{st} {no}", f"Col. {rng.choice(['Del Valle', 'Centro', 'Roma Norte', 'Americana'])}",
                 f"{pc} {town}, {reg}"]
    elif cc == "IT":
        lines = [f"{st} {no}", f"{pc} {town} {reg}"]
    elif cc == "DK":
        lines = [f"{st} {no}" + (f", {rng.randint(1, 4)}. {rng.choice(['th', 'tv'])}." if unit else ""), f"{pc} {town}"]
    elif cc == "FI":
        lines = [f"{st} {no}" + (f" {rng.choice('ABC')} {rng.randint(1, 40)}" if unit else ""), f"{pc} {town}"]
    elif cc == "HU":
        lines = [f"{pc} {town}", f"{st} {no}" + (f" {rng.randint(1, 5)}/{rng.randint(1, 12)}" if unit else "")]
    elif cc == "MY":
        lines = [f"No. {no}, {st}", f"{pc} {town}"]
    elif cc == "LU":
        lines = [f"{no}, {st}", f"{pc} {town}"]
    elif cc == "VN":
        lines = [f"{no} {st}", f"Phường {rng.randint(1, 14)}, Quận {rng.randint(1, 12)}", town]
    elif cc == "FR":
        lines = [f"{no} {st}", f"{pc} {town}"]
    else:  # DE NO IS RS
        lines = [f"{st} {no}", f"{pc} {town}"]
    return ", ".join(lines), lines, town


def _digits(rng, pat):
    return "".join(str(rng.randint(2, 9)) if ch == "N" else str(rng.randint(0, 9)) if ch == "X" else ch for ch in pat)


def _phone(cc, rng, style="nat"):
    c = C[cc]
    reg = c.get("region", cc)
    for _ in range(400):
        s = _digits(rng, rng.choice(c["phones"]))
        p = phonenumbers.parse(s, reg)
        if phonenumbers.is_valid_number(p) and "555" not in s[:9]:
            if style == "nat":
                return s
            if style == "e164":
                return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    raise ValueError(cc)


_FK = {}


def _name(cc, rng):
    c = C[cc]
    if "fk" in c:
        fk = _FK.get(c["fk"])
        if fk is None:
            fk = _FK[c["fk"]] = Faker(c["fk"])
        fk.seed_instance(rng.getrandbits(32))
        return fk.first_name(), fk.last_name()
    return rng.choice(c["fn"]), rng.choice(c["ln"])


_TRANS = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "đ": "d", "ß": "ss", "Đ": "D", "Ø": "O", "Æ": "Ae",
                        "Þ": "Th", "ł": "l"})


def _ascii(s):
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


class Pp:
    """One person of country cc; all values drawn up front from rng."""

    def __init__(self, cc, rng):
        self.cc = cc
        self.first, self.last = _name(cc, rng)
        lf = C[cc].get("order") == "lf"
        self.full = f"{self.last} {self.first}" if lf else f"{self.first} {self.last}"
        f, la = _ascii(self.first), _ascii(self.last)
        dom = rng.choice(C[cc]["mail"])
        self.email = rng.choice([f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{f}_{la}",
                                 f"{la}.{f}"]) + "@" + dom
        self.phone = _phone(cc, rng)
        self.phone_i = _phone(cc, rng, "intl")
        self.addr, self.block, self.home = _addr(cc, rng)
        self.town = rng.choice(C[cc]["towns"])[0]
        d = TODAY - _dt.timedelta(days=rng.randint(18 * 365, 84 * 365))
        self.dob_d = d
        self.dob = _dobfmt(cc, d, rng)


# ---------------------------------------------------------------- value helpers
_AN = string.ascii_letters + string.digits


def _s(rng, n, al=_AN):
    return "".join(rng.choice(al) for _ in range(n))


def _ssn(rng):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(["{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}{:02d}{:04d}"]).format(a, g, s)


def _card(rng, sep=None):
    kind = rng.choice(["visa", "visa", "mc", "amex", "mc2"])
    if kind == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
        parts = [n[:4], n[4:10], n[10:]]
    else:
        n = _luhn(rng, {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": "2221"}[kind], 16)
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", ""]) if sep is None else sep
    return sep.join(parts)


def _iban(rng, cc, spaced=None):
    v = _iban_of(rng, cc)
    if spaced if spaced is not None else rng.random() < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def _acct(rng):
    return str(rng.randint(1, 9)) + _s(rng, rng.randint(7, 11), string.digits)


def _routing(rng):
    d = [rng.randint(0, 9) for _ in range(8)]
    d[0] = rng.choice([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


_WORDS = ["Summer", "Tiger", "Harbour", "Maple", "Kiwi", "Dragon", "Sunset", "Lemon", "Falcon", "Coffee", "River",
          "Banana", "Storm", "Panda", "Winter", "Rocket"]


def _pw(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return rng.choice(_WORDS) + str(rng.randint(1970, 2026)) + rng.choice("!#$?*")
    if k == 1:
        return _s(rng, rng.randint(10, 16), _AN + "!#%&*@?")
    if k == 2:
        return rng.choice(_WORDS).lower() + rng.choice(["_", ".", "-"]) + rng.choice(_WORDS) + str(rng.randint(1, 99))
    return "".join(rng.choice(_WORDS) for _ in range(3)) + str(rng.randint(0, 9))


def _key(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return "sk_live_" + _s(rng, 24)
    if k == 1:
        return "ghp_" + _s(rng, 36)
    if k == 2:
        return "xoxb-" + _s(rng, 11, string.digits) + "-" + _s(rng, 13, string.digits) + "-" + _s(rng, 24)
    if k == 3:
        return "AIza" + _s(rng, 35, _AN + "-_")
    if k == 4:
        return "SG." + _s(rng, 22, _AN + "-_") + "." + _s(rng, 43, _AN + "-_")
    return "sk-proj-" + _s(rng, 40, _AN + "-_")


def _pk(rng):
    return "pk_live_" + _s(rng, 24)


def _uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _hex(rng, n=64):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _bcrypt(rng):
    return "$2b$12$" + _s(rng, 53, string.ascii_letters + string.digits + "./")


def _ver(rng):
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def _priv(rng):
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def _l4(rng):
    return _s(rng, 4, string.digits)


def _mask(rng):
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending in ", "************"]) + _l4(rng)


def _imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def _ts(rng, fmt="%Y-%m-%d %H:%M:%S"):
    d = _dt.datetime(2026, 1, 1) + _dt.timedelta(seconds=rng.randint(0, 330 * 86400))
    return d.strftime(fmt)


def _d(rng, fmt="%d/%m/%Y"):
    return (TODAY - _dt.timedelta(days=rng.randint(0, 700))).strftime(fmt)


def _ref(rng, pre, n=6):
    return pre + _s(rng, n, string.digits)


def _amt(rng, cur="$"):
    return f"{cur}{rng.randint(5, 4999)}.{rng.randint(0, 99):02d}"


def _gps(rng):
    return f"{rng.uniform(-45, 65):.5f}, {rng.uniform(-120, 150):.5f}"


# ---------------------------------------------------------------- rendering
_PH = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def R(fmt, **v):
    """Render fmt; {key} takes v[key]: a str (unlabelled) or (str, label) (labelled span)."""
    out, spans, pos = [], [], 0
    for i, part in enumerate(_PH.split(fmt)):
        if i % 2 == 0:
            out.append(part)
            pos += len(part)
            continue
        val = v[part]
        if isinstance(val, tuple):
            s, lab = val
            if lab is not None:
                spans.append((pos, pos + len(s), lab))
        else:
            s = val
        out.append(s)
        pos += len(s)
    return Text("".join(out), spans)


def _check(t):
    prev = -1
    for s, e, lab in sorted(t.spans):
        assert lab in LABELS and 0 <= s < e <= len(t.text), (s, e, lab)
        assert s >= prev, ("overlap", t.text[s:e])
        v = t.text[s:e]
        assert v == v.strip(), (lab, v)
        if lab not in (PW, KEY):
            initial = lab == PE and re.search(r"\b\w\.$", v)
            assert initial or v[-1] not in ".,;:!?\"')]>", (lab, v)
            assert lab == PH or v[0] not in "\"'([<", (lab, v)
        prev = e



# ---------------------------------------------------------------- free-text templates
def _c(rng, *opts):
    return rng.choice(opts)


def us_support_email(rng):
    p, a = Pp("US", rng), Pp("US", rng)
    return R("From: {full} <{em}>\nTo: {sup}\nSubject: Re: order {ord} never arrived\n\n"
             "{hi} - I still haven't got it. Ship to {addr} and not the old place. Card on file is {mask}, "
             "exp {exp}. Call me at {ph} after 5pm.\n\n{first}\n\nOn {d}, {afull} <{help}> wrote:\n"
             "> Hi {first2}, thanks for reaching out. Your tracking number is {trk}.\n> {afirst} | BrightLane Support",
             help=("help@brightlane.com", EM),
             sup=("support@brightlane.com", EM),
             full=(p.full, PE), em=(p.email, EM), ord=_ref(rng, "BL-", 7), hi=_c(rng, "Hi", "Hello again", "Hey"),
             addr=(p.addr, ADDR), mask=_mask(rng), exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
             ph=(p.phone, PH), first=(p.first, PE), d=_d(rng, "%b %d, %Y"), afull=(a.full, PE),
             first2=(p.first, PE), trk="1Z" + _s(rng, 16, string.ascii_uppercase + string.digits),
             afirst=(a.first, PE))


def us_ticket_internal(rng):
    p, ag = Pp("US", rng), Pp("US", rng)
    return R("Ticket #{tk} | Priority: High | Queue: Payments\nCustomer: {full}\nDOB: {dob}\n"
             "Issue: direct deposit bounced.\n--- internal note ({ag}) ---\nVerified identity w/ SSN {ssn}. "
             "Acct on file {acct}, routing {rt} (Chase). Customer moved from {town1} to {town2} last month, "
             "mailing address now {addr}. Ref claim {claim}.",
             tk=_ref(rng, "", 6), full=(p.full, PE), dob=(p.dob, DOB), ag=(ag.first + " " + ag.last[0] + ".", PE),
             ssn=(_ssn(rng), SSN), acct=(_acct(rng), BANK), rt=_routing(rng), town1=(p.home, LOC),
             town2=(p.town, LOC), addr=(p.addr, ADDR), claim=_ref(rng, "CLM-", 8))


def us_call_transcript(rng):
    p = Pp("US", rng)
    d = p.dob_d
    spoken = f"{MONTHS['en'][d.month - 1].lower()} {d.day} {d.year}"
    return R("[agent] thank you for calling clearpath how can i help\n[caller] yeah hi my name is {fn} {ln} "
             "i'm calling about my bill\n[agent] can i get your date of birth\n[caller] {dob}\n"
             "[agent] and the last four of your social\n[caller] {l4}\n[agent] and a good callback number\n"
             "[caller] {ph} um that's my cell\n[agent] okay and you're still at {addr}\n[caller] yep\n"
             "[agent] your confirmation code is {otp}",
             fn=(p.first.lower(), PE), ln=(p.last.lower(), PE), dob=(spoken, DOB), l4=_l4(rng),
             ph=(p.phone, PH), addr=(p.addr.lower(), ADDR), otp=_s(rng, 6, string.digits))


def us_crm_form(rng):
    p = Pp("US", rng)
    return R("first_name: {fn}\nlast_name: {ln}\nemail: {em}\nphone: {ph}\nbirthdate: {dob}\n"
             "street: {street}\ncard_number: {cc}\ncard_exp: {exp}\ncvv: {cvv}\nsignup_ip: {ip}\n"
             "lead_source: Facebook Ads\nuser_agent: Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X)\n"
             "consent_ts: {ts}",
             fn=(p.first, PE), ln=(p.last, PE), em=(p.email, EM), ph=(p.phone, PH), dob=(p.dob, DOB),
             street=(p.block[0], ADDR), cc=(_card(rng), CC), exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
             cvv=_s(rng, 3, string.digits), ip=(_ip_public_v4(rng), IP), ios=f"17_{rng.randint(0, 6)}",
             ts=_ts(rng, "%Y-%m-%dT%H:%M:%SZ"))


def us_slack(rng):
    a, b = Pp("US", rng), Pp("US", rng)
    return R("{af} {ta}\nanyone know why staging is 500ing? deploy {ver} went out at 10\n"
             "{bf} {tb}\nprob the stripe key, I rotated it. new one is {key} (publishable is {pk})\n"
             "{af2} {tc}\nthx. also db is on {priv}, not the public box {ip}\n{bf2} {td}\n:thumbsup:",
             af=(a.full, PE), ta=f"{rng.randint(9, 11)}:{rng.randint(10, 59)} AM", bf=(b.full, PE),
             tb=f"{rng.randint(9, 11)}:{rng.randint(10, 59)} AM", ver="v" + _ver(rng), key=(_key(rng), KEY),
             pk=_pk(rng), af2=(a.full, PE), tc="11:58 AM", priv=_priv(rng), ip=(_ip_public_v4(rng), IP),
             bf2=(b.full, PE), td="12:01 PM")


def us_sms_thread(rng):
    p, t = Pp("US", rng), Pp("US", rng)
    return R("SMS with {ph}\n> Hi {fn}, this is {tf} from Sparkle Maids. We're booked for {dd} at {addr}. "
             "Reply C to confirm.\n< C. gate code is {code}, dog's name is {dog} he's friendly lol\n"
             "> Got it! Your booking ref is {ref}. Questions? Call {biz}\n< ty",
             ph=(p.phone, PH), fn=(p.first, PE), tf=(t.first, PE), dd=_d(rng, "%m/%d"), addr=(p.addr, ADDR),
             code="#" + _s(rng, 4, string.digits), dog=_c(rng, "Biscuit", "Rocky", "Waffles", "Duke"),
             ref=_ref(rng, "SPK", 5), biz=(_phone("US", rng), PH))


def gb_forwarded(rng):
    p, f = Pp("GB", rng), Pp("GB", rng)
    return R("---------- Forwarded message ---------\nFrom: {pf} <{pe}>\nDate: {d}\nSubject: Change of bank "
             "details\nTo: {acc}\n\nDear Sir/Madam,\nPlease update my direct debit to "
             "{iban} (BIC {bic}). My new address is:\n{blk}\nKind regards,\n{pf2}\nMob. {ph}\n\n"
             "{ff}: can you action this pls? policy no. {pol}",
             acc=("accounts@harrowfield.co.uk", EM),
             pf=(p.full, PE), pe=(p.email, EM), d=_d(rng, "%a, %d %b %Y"), iban=(_iban(rng, "GB"), IBAN),
             bic=_c(rng, "BUKBGB22", "NWBKGB2L", "LOYDGB21"), blk=("\n".join(p.block), ADDR), pf2=(p.full, PE),
             ph=(p.phone, PH), ff=(f.first, PE), pol=_ref(rng, "HF/", 8))


def gb_live_chat(rng):
    p, a = Pp("GB", rng), Pp("GB", rng)
    return R("Chat started {ts}\n{ag} (Agent): Hiya, you're through to Northwind Energy, who am I speaking to?\n"
             "Visitor: {full}\n{ag2} (Agent): Thanks {fn}, can you confirm your DOB and postcode?\n"
             "Visitor: {dob}, {pc}\nVisitor: full address is {addr} if that helps\n"
             "{ag3} (Agent): Lovely. I can see a payment from the card ending {l4} on {d}. Meter serial {ms}.",
             ts=_ts(rng, "%d/%m/%Y %H:%M"), ag=(a.first, PE), full=(p.full, PE), ag2=(a.first, PE),
             fn=(p.first, PE), dob=(p.dob, DOB), pc=p.block[-1], addr=(p.addr, ADDR), ag3=(a.first, PE),
             l4=_l4(rng), d=_d(rng), ms="E" + _s(rng, 2, string.digits) + "Z" + _s(rng, 7, string.digits))


def gb_whatsapp(rng):
    p, q = Pp("GB", rng), Pp("GB", rng)
    dest = _c(rng, "Lisbon", "Kraków", "Tenerife", "Dublin")
    return R("[{d} 08:14:02] {pn}: Morning! Landed in {dest} finally\n[{d} 08:15:40] {qn}: Yay! Who's feeding "
             "{cat}?\n[{d} 08:16:11] {pn}: my neighbour {nb}, she's got the key. Her number's {ph} if you need "
             "her\n[{d} 08:17:30] {qn}: ok. btw my new address {addr}\n[{d} 08:18:02] {pn}: <Media omitted>",
             d=_d(rng), pn=(p.full, PE), dest=(dest, LOC), qn=(q.first, PE), cat=_c(rng, "Mr Whiskers", "Pickle",
                                                                                        "Luna"),
             nb=(Pp("GB", rng).first, PE), ph=(_phone("GB", rng), PH), addr=(q.addr, ADDR))


def ca_teams(rng):
    a, b = Pp("CA", rng), Pp("CA", rng)
    return R("{an}, {t1}\nHey, can you reset the shared mailbox for the {office} office? Client {cn} is "
             "locked out\n{bn}, {t2}\nDone. Temp password is {pw} - tell them to change it on first login\n"
             "{an2}, {t3}\nthanks! her callback is {ph}, she's moving to {town} next week so use email {em}",
             an=(a.full, PE), t1=f"{rng.randint(8, 11)}:{rng.randint(10, 59)} a.m.", office=rng.choice(C["CA"]["towns"])[0],
             cn=(Pp("CA", rng).full, PE), bn=(b.full, PE), t2="11:02 a.m.", pw=(_pw(rng), PW), an2=(a.first, PE),
             t3="11:04 a.m.", ph=(_phone("CA", rng), PH), town=(rng.choice(C["CA"]["towns"])[0], LOC),
             em=(Pp("CA", rng).email, EM))


def ca_crm_note(rng):
    p = Pp("CA", rng)
    return R("Call note - {d}\nSpoke w/ {last}, {first} re: winter tire storage. DOB {dob}. Lives at {addr}. "
             "Cell {ph}. Wants pickup Sat; storage tag {tag}, invoice {inv} ({amt}). Will email {em}.",
             d=_d(rng, "%Y-%m-%d"), last=(p.last, PE), first=(p.first, PE), dob=(p.dob, DOB), addr=(p.addr, ADDR),
             ph=(p.phone, PH), tag=_ref(rng, "TS-", 5), inv=_ref(rng, "INV", 6), amt=_amt(rng, "CA$"),
             em=(p.email, EM))


def ca_ocr_form(rng):
    p = Pp("CA", rng)
    return R("MEMBERSHIP APPLICATI0N  /  DEMANDE D'ADHÉSION\nSurname / Nom: {ln}     Given name / Prénom: {fn}\n"
             "Date of birth / Date de naissance (YYYY-MM-DD): {dob}\nAddress / Adresse: {addr}\n"
             "Tel: {ph}     E-mail: {em}\nPlace of birth: {pob}\nOffice use only: batch {b} scanned {ts} pg 1/2",
             ln=(p.last.upper(), PE), fn=(p.first.upper(), PE), dob=(p.dob_d.isoformat(), DOB),
             addr=(p.addr, ADDR), ph=(p.phone, PH), em=(p.email, EM),
             pob=(_c(rng, "Montréal", "Moncton", "Regina", "Manila", "Chandigarh"), LOC),
             b=_ref(rng, "B", 4), ts=_ts(rng))


def au_email_reply(rng):
    p, a = Pp("AU", rng), Pp("AU", rng)
    return R("G'day {an},\n\nYep that's right, please send the replacement modem there. Cheers, {pf}\n\n"
             "On {d} {an2} <{sup}> wrote:\n> Hi {pf2}, can you confirm the delivery address?\n"
             "> {l1}\n> {l2}\n> Ref: {ref}. Phone on file {ph}.",
             sup=("support@koalanet.com.au", EM),
             an=(a.first, PE), pf=(p.first, PE), d=_d(rng), an2=(a.full, PE), pf2=(p.first, PE),
             l1=(p.block[0], ADDR), l2=(p.block[1], ADDR), ref=_ref(rng, "KN", 8), ph=(p.phone, PH))


def au_sheet_rows(rng):
    rows, v = [], {}
    for i in range(3):
        p = Pp("AU", rng)
        rows.append(f"{{n{i}}}\t{{e{i}}}\t{{p{i}}}\t{{s{i}}}\t{{d{i}}}\t{{a{i}}}")
        v.update({f"n{i}": (p.full, PE), f"e{i}": (p.email, EM), f"p{i}": (p.phone, PH),
                  f"s{i}": rng.choice(["Fitzroy", "Parramatta", "Subiaco"]), f"d{i}": _d(rng),
                  f"a{i}": _amt(rng, "$")})
    return R("Name\tEmail\tMobile\tStore\tLast visit\tSpend\n" + "\n".join(rows), **v)


def in_ticket(rng):
    p, a = Pp("IN", rng), Pp("IN", rng)
    return R("Ticket {tk} - Refund not received\nRequester: {full} ({em})\nMobile: {ph}\n"
             "Delivery address: {addr}\nDescription: Sir I have paid {amt} through UPI ref {upi} but order "
             "{ord} shows cancelled. Kindly refund asap.\nInternal ({af}): login from {ip}, device IMEI {imei}. "
             "Escalated to Pune warehouse.",
             tk=_ref(rng, "#", 7), full=(p.full, PE), em=(p.email, EM), ph=(p.phone_i, PH), addr=(p.addr, ADDR),
             amt="Rs. " + str(rng.randint(199, 24999)), upi=_s(rng, 12, string.digits), ord=_ref(rng, "OD", 12),
             af=(a.first, PE), ip=(_ip_public_v4(rng), IP), imei=_imei(rng))


def in_sms(rng):
    p = Pp("IN", rng)
    return R("From VM-IRCTCX: PNR {pnr} Trn:{trn} Dt:{d} Frm SBC to {dst} Cls:3A P1-{coach},{berth} Fare:{fare}\n"
             "From AD-HDFCBK: {otp} is OTP for txn of INR {amt} at AMAZON on card XX{l4}. Do not share.\n"
             "From +91 {raw}: {fn} bhai, reached {town}? call me on {ph}",
             pnr=_s(rng, 10, string.digits), trn=_s(rng, 5, string.digits), d=_d(rng, "%d-%m-%y"),
             dst=_c(rng, "MAS", "NDLS", "HYB"), coach="B" + str(rng.randint(1, 9)), berth=str(rng.randint(1, 72)),
             fare=str(rng.randint(400, 3000)), otp=_s(rng, 6, string.digits), amt=str(rng.randint(100, 9999)),
             l4=_l4(rng), raw="XXXXX" + _s(rng, 5, string.digits), fn=(p.first, PE), town=(p.town, LOC),
             ph=(p.phone, PH))


def ie_call_notes(rng):
    p = Pp("IE", rng)
    return R("CALL NOTES {d}\nCaller: {full}, DOB {dob}\nAddress: {addr}\nContact: {ph} / {em}\n"
             "Wants refund of €{eur} to {iban}. Originally from {town}, now living in {abroad}... "
             "agreed callback Thurs. Case {case}.",
             d=_d(rng), full=(p.full, PE), dob=(p.dob, DOB), addr=(p.addr, ADDR), ph=(p.phone, PH),
             em=(p.email, EM), eur=str(rng.randint(20, 900)), iban=(_iban(rng, "IE"), IBAN), town=(p.town, LOC), abroad=(_c(rng, "Amsterdam", "Boston", "Perth"), LOC),
             case=_ref(rng, "IE-", 6))


def ie_signature(rng):
    p, c = Pp("IE", rng), Pp("IE", rng)
    baddr = _addr("IE", rng)[0]
    return R("Hi {cf},\n\nThanks for the quick turnaround. Invoice {inv} attached; the O'Neill's Pub booking "
             "is confirmed for the 12th.\n\nBest,\n{pf}\nAccounts Manager | Lough Corrib Events Ltd\n{baddr}\n"
             "T: {tel} | M: {mob}\n{em} | {acc}\nVAT IE{vat}",
             acc=("accounts@loughcorribevents.ie", EM),
             cf=(c.first, PE), inv=_ref(rng, "LCE-", 5), pf=(p.full, PE), baddr=(baddr, ADDR),
             tel=(_phone("IE", rng, "intl"), PH), mob=(p.phone, PH), em=(p.email, EM),
             vat=_s(rng, 7, string.digits) + "W")


def za_whatsapp(rng):
    p, q = Pp("ZA", rng), Pp("ZA", rng)
    return R("{d}, 19:02 - {pn}: Howzit, did the courier come?\n{d}, 19:05 - {qn}: Not yet bru. Waybill {wb}\n"
             "{d}, 19:06 - {pn}: Send it to my work rather, {addr}\n{d}, 19:07 - {qn}: Shot. Your cell still "
             "{ph}?\n{d}, 19:09 - {pn}: ja. Flying to {dest} on Friday so before then pls",
             d=_d(rng, "%Y/%m/%d"), pn=(p.full, PE), qn=(q.first, PE), wb=_ref(rng, "WB", 9), addr=(p.addr, ADDR),
             ph=(p.phone, PH), dest=(_c(rng, "Durban", "Joburg", "London", "Windhoek"), LOC))


def za_json_lines(rng):
    out, v = [], {}
    for i in range(3):
        p = Pp("ZA", rng)
        out.append('{"event":"kyc_submitted","name":"{n%d}","id_dob":"{b%d}","mobile":"{m%d}","email":"{e%d}",'
                   '"branch":"%s","ref":"%s"}' % (i, i, i, i, rng.choice(["Sandton", "Menlyn", "Canal Walk"]),
                                                  _uuid(rng)))
        v.update({f"n{i}": (p.full, PE), f"b{i}": (p.dob_d.isoformat(), DOB), f"m{i}": (p.phone_i, PH),
                  f"e{i}": (p.email, EM)})
    return R("\n".join(out), **v)


def za_ticket(rng):
    p, a = Pp("ZA", rng), Pp("ZA", rng)
    return R("Subject: Debit order dispute - acc {accno}\nFrom: {pe}\n\nGood day, I am {pf} and my debit "
             "order went off twice. Please refund. My ID shows born {dob}.\nContact {ph}.\n"
             "---\nInternal note ({af}): Refund R{amt} approved. Card {mask}. Customer based in {town}.",
             accno=_s(rng, 10, string.digits), pe=(p.email, EM), pf=(p.full, PE), dob=(p.dob, DOB),
             ph=(p.phone, PH), af=(a.first, PE), amt=str(rng.randint(100, 3000)), mask=_mask(rng),
             town=(p.home, LOC))


def nz_booking(rng):
    p = Pp("NZ", rng)
    return R("Kia ora {fn},\n\nYour campervan booking {ref} is confirmed: pickup {d} from our Christchurch "
             "depot. We have your licence address as {addr} - let us know if that's changed.\n"
             "Driver 2: {d2}\nEmergency contact: {ph}\nNgā mihi,\nAoraki Campers | aorakicampers.co.nz",
             fn=(p.first, PE), ref=_ref(rng, "AC", 6), d=_d(rng), addr=(p.addr, ADDR), d2=(Pp("NZ", rng).full, PE),
             ph=(p.phone, PH))


def sg_live_chat(rng):
    p, a = Pp("SG", rng), Pp("SG", rng)
    return R("[{t}] System: Chat assigned to {af}\n[{t}] Customer: hi can help me change delivery address? "
             "now staying {addr}\n[{t}] {af2}: Sure, may I have your name and mobile?\n[{t}] Customer: "
             "{pf}, {ph}\n[{t}] {af3}: Noted, order {ord} will go there. Anything else?\n[{t}] Customer: no "
             "thanks lah",
             t=_ts(rng, "%H:%M"), af=(a.first, PE), addr=(p.addr, ADDR), af2=(a.first, PE), pf=(p.full, PE),
             ph=(p.phone, PH), af3=(a.first, PE), ord=_ref(rng, "SG", 10))


def sg_form_kv(rng):
    p = Pp("SG", rng)
    return R("form=gym_signup name={fn}_{ln} email={em} hp={ph} dob={dob} nric=S****{n4}{chk} outlet=Tampines "
             "plan=12M amount=SGD{amt} ip={ip} ua=okhttp/{ver}",
             fn=(p.first.replace(" ", "_"), PE), ln=(p.last, PE), em=(p.email, EM), ph=(p.phone_i.replace(" ", ""), PH),
             dob=(p.dob_d.strftime("%d/%m/%Y"), DOB), n4=_s(rng, 3, string.digits),
             chk=rng.choice(string.ascii_uppercase), amt=str(rng.randint(50, 1500)), ip=(_ip_public_v4(rng), IP),
             ver=_ver(rng))


def ph_messenger(rng):
    p, q = Pp("PH", rng), Pp("PH", rng)
    return R("{pn}: ate pa-confirm po sa order ko, COD po\n{qn}: hi po! name and address po?\n"
             "{pn2}: {pf}, {addr}\n{qn2}: contact number po?\n{pn3}: {ph} po. taga {town} po ako originally\n"
             "{qn3}: noted po, tracking {trk}. salamat!",
             pn=(p.first, PE), qn=(q.first, PE), pn2=(p.first, PE), pf=(p.full, PE), addr=(p.addr, ADDR),
             qn2=(q.first, PE), pn3=(p.first, PE), ph=(p.phone, PH), town=(p.town, LOC), qn3=(q.first, PE),
             trk="JT" + _s(rng, 10, string.digits))


def ph_ticket(rng):
    p, a = Pp("PH", rng), Pp("PH", rng)
    return R("Case #{cs} | Channel: Email | BPO Site: Cebu IT Park\nCustomer: {pf} <{em}>\nDOB: {dob}\n"
             "Concern: double charge on card {cc} for {amt}.\nNotes ({af} {al}.): verified via OTP, "
             "advised 5-7 banking days. Callback {ph}.",
             cs=_s(rng, 8, string.digits), pf=(p.full, PE), em=(p.email, EM), dob=(p.dob, DOB), cc=(_card(rng), CC),
             amt="PHP " + str(rng.randint(500, 40000)), af=(a.first, PE), al=a.last[0], ph=(p.phone_i, PH))


def ng_notifications(rng):
    p = Pp("NG", rng)
    return R("Subject: [Alert] New login to your Kudi account from {ip}\nSubject: {fn}, your transfer of "
             "NGN {amt} to {to} was successful (Ref {ref})\nSubject: Your card ending {l4} expires {exp}\n"
             "Subject: Delivery to {addr} scheduled - rider {rider} ({ph})",
             ip=(_ip_public_v4(rng), IP), fn=(p.first, PE), amt=f"{rng.randint(1000, 900000):,}",
             to=(Pp("NG", rng).full.upper(), PE), ref=_s(rng, 16, string.digits), l4=_l4(rng),
             exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 30)}", addr=(p.addr, ADDR),
             rider=(Pp("NG", rng).first, PE), ph=(_phone("NG", rng), PH))


def ke_sms(rng):
    p, q = Pp("KE", rng), Pp("KE", rng)
    return R("{code} Confirmed. Ksh{amt}.00 sent to {to} {ph} on {d} at 3:41 PM. New M-PESA balance is "
             "Ksh{bal}.00. Transaction cost, Ksh{fee}.00.\n{fn}, your Jumia order {ord} is out for delivery to "
             "{addr}. Rider: {rider} {rph}",
             code=_s(rng, 10, string.ascii_uppercase + string.digits), amt=f"{rng.randint(100, 50000):,}",
             to=(q.full.upper(), PE), ph=(q.phone, PH), d=_d(rng, "%-d/%-m/%y"), bal=f"{rng.randint(0, 90000):,}",
             fee=str(rng.randint(0, 100)), fn=(p.first, PE), ord=_s(rng, 9, string.digits), addr=(p.addr, ADDR),
             rider=(Pp("KE", rng).first, PE), rph=(_phone("KE", rng), PH))


def ke_crm_note(rng):
    p, a = Pp("KE", rng), Pp("KE", rng)
    return R("Lead: {pf}\nSource: walk-in, Westlands branch\nPhone: {ph}\nEmail: {em}\nDOB: {dob}\n"
             "Home: {addr}\nNotes: from {town}, relocating to {dest} in Jan. Wants solar home kit, "
             "quote {q} for KES {amt}. Assigned {af}.",
             pf=(p.full, PE), ph=(p.phone_i, PH), em=(p.email, EM), dob=(p.dob, DOB), addr=(p.addr, ADDR),
             town=(p.town, LOC), dest=(_c(rng, "Kigali", "Dar es Salaam", "Mombasa"), LOC), q=_ref(rng, "Q-", 5),
             amt=f"{rng.randint(5000, 200000):,}", af=(a.full, PE))


def gen_apache_log(rng):
    out, v = [], {}
    for i in range(5):
        pub = rng.random() < 0.6
        ip = _ip_public_v4(rng) if pub else _priv(rng)
        if pub and rng.random() < 0.25:
            ip = _ip_public_v6(rng)
        v[f"i{i}"] = (ip, IP) if pub else ip
        path = rng.choice(["/api/v2/orders?page=2", "/login", "/static/app.{0}.js".format(_hex(rng, 8)),
                           "/healthz", "/account/settings"])
        out.append(f'{{i{i}}} - - [{_ts(rng, "%d/%b/%Y:%H:%M:%S")} +0000] "GET {path} HTTP/1.1" '
                   f'{rng.choice([200, 200, 302, 404, 500])} {rng.randint(200, 90000)} "-" "Mozilla/5.0"')
    return R("\n".join(out), **v)


def gen_json_log(rng):
    p = Pp(_c(rng, "US", "GB", "CA"), rng)
    return R('{"ts":"{ts}","level":"ERROR","svc":"notify","msg":"send failed","user":{"email":"{em}",'
             '"phone":"{ph}"},"req_id":"{uuid}","client_ip":"{ip}","upstream":"{priv}:8443","api_key":"{key}",'
             '"session":"{sess}","build":"{ver}"}',
             ts=_ts(rng, "%Y-%m-%dT%H:%M:%S.123Z"), em=(p.email, EM), ph=(_phone(p.cc, rng, "e164"), PH),
             uuid=_uuid(rng), ip=(_ip_public_v4(rng), IP), priv=_priv(rng), key=(_key(rng), KEY),
             sess=_hex(rng, 32), ver=_ver(rng))


def gen_ini(rng):
    return R("; crm-sync config, generated {ts}\n[database]\nhost = {priv}\nport = 5432\nuser = crm_sync\n"
             "password = {pw}\npassword_hash = {bc}\n\n[mailer]\nsmtp_host = smtp.sendgrid.net\napi_key = {key}\n"
             "from = {frm}\n\n[build]\nversion = {ver}\nchecksum = {sha}\nnode_id = {uuid}",
             ts=_ts(rng), priv=_priv(rng), pw=(_pw(rng), PW), bc=_bcrypt(rng), key=(_key(rng), KEY),
             frm=("noreply@" + _c(rng, "helpdeskly.io", "crmhub.net"), EM), ver=_ver(rng), sha=_hex(rng),
             uuid=_uuid(rng))


def gen_sms_receipts(rng):
    out, v = [], {}
    for i in range(4):
        cc = rng.choice(["GB", "US", "DE", "KE", "SG", "IN"])
        v[f"n{i}"] = (_phone(cc, rng, "e164"), PH)
        out.append(f"{_ts(rng)} DLR id={_hex(rng, 24)} to={{n{i}}} status={rng.choice(['DELIVRD', 'UNDELIV', 'EXPIRED'])}"
                   f" err={rng.choice(['000', '001', '027'])} parts={rng.randint(1, 3)} price=0.0{rng.randint(10, 99)}")
    return R("\n".join(out), **v)


def gen_postmortem(rng):
    return R("Incident {inc} - Postmortem\nSeverity: SEV-2\nStart: {t1} UTC  End: {t2} UTC\nSummary: release "
             "{ver} of the ticket-router raised p99 latency to {ms} ms after a cache key change.\n"
             "Impact: ~{n} chats queued; no customer data exposed.\nRoot cause: hash {sha} of the routing table "
             "mismatched between pods {priv1} and {priv2}.\nAction items: add canary (owner: platform team), "
             "alert on queue depth > 500.",
             inc=_ref(rng, "INC-", 5), t1=_ts(rng), t2=_ts(rng), ver=_ver(rng), ms=str(rng.randint(900, 9000)),
             n=str(rng.randint(100, 5000)), sha=_hex(rng, 12), priv1=_priv(rng), priv2=_priv(rng))


def _chat(rng, cc, lines, tsfmt="%d.%m.%y, %H:%M", sep=" - "):
    """lines: list of (speaker_key, message_fmt); speakers labelled PERSON."""
    d = _ts(rng, tsfmt)
    return "\n".join(f"{d}{sep}{{{k}}}: {m}" for k, m in lines)


def de_email(rng):
    p, a = Pp("DE", rng), Pp("DE", rng)
    return R("Sehr geehrte Damen und Herren,\n\nbitte buchen Sie die Rate ab sofort von meinem neuen Konto ab: "
             "{iban}. Meine Anschrift hat sich geändert:\n{blk}\n\nMit freundlichen Grüßen\n{pf}\nTel. {ph}\n\n"
             "Am {d} schrieb {af} <{sv}>:\n> Vertragsnummer {vn}, Kundennummer {kn}",
             iban=(_iban(rng, "DE"), IBAN), blk=("\n".join(p.block), ADDR), pf=(p.full, PE), ph=(p.phone, PH),
             d=_d(rng, "%d.%m.%Y"), af=(a.full, PE), sv=("service@stadtwerke-nord.de", EM), vn=_ref(rng, "V-", 9),
             kn=_s(rng, 8, string.digits))


def de_ticket(rng):
    p, a = Pp("DE", rng), Pp("DE", rng)
    return R("Ticket {tk} – Login geht nicht\nKunde: {ln}, {fn} (geb. {dob})\nE-Mail: {em}\n"
             "Interne Notiz ({af}): Passwort zurückgesetzt auf {pw}, bitte beim nächsten Login ändern. "
             "Letzter Login von {ip}, Filiale Hannover. Bestellnr. {bn}, Betrag {amt} €.",
             tk=_ref(rng, "#", 6), ln=(p.last, PE), fn=(p.first, PE), dob=(p.dob, DOB), em=(p.email, EM),
             af=(a.first, PE), pw=(_pw(rng), PW), ip=(_ip_public_v4(rng), IP), bn=_ref(rng, "", 10),
             amt=f"{rng.randint(10, 900)},{rng.randint(0, 99):02d}")


def de_chat(rng):
    p, q = Pp("DE", rng), Pp("DE", rng)
    fmt = _chat(rng, "DE", [("a", "Bin ab Montag in {dest}, kannst du Bello füttern?"),
                            ("b", "Klar. Schlüssel liegt noch bei {nb}?"),
                            ("a2", "Ja, ruf sie an: {ph}. Adresse {addr}"), ("b2", "👍")])
    return R(fmt, a=(p.first, PE), b=(q.first, PE), a2=(p.first, PE), b2=(q.first, PE),
             dest=(_c(rng, "Wien", "Palma", "München", "Zürich"), LOC), nb=(Pp("DE", rng).full, PE),
             ph=(_phone("DE", rng), PH), addr=(p.addr, ADDR))


def fr_email(rng):
    p = Pp("FR", rng)
    return R("Bonjour,\n\nSuite à notre appel, voici mes coordonnées pour le remboursement :\nNom : {ln}\n"
             "Prénom : {fn}\nNé(e) le : {dob} à {pob}\nAdresse : {addr}\nIBAN : {iban}\nBIC : {bic}\n\n"
             "Cordialement,\n{pf}\n{ph}\nRéf. dossier {ref}",
             ln=(p.last.upper(), PE), fn=(p.first, PE), dob=(p.dob, DOB), pob=(p.town, LOC), addr=(p.addr, ADDR),
             iban=(_iban(rng, "FR"), IBAN), bic=_c(rng, "BNPAFRPP", "AGRIFRPP", "SOGEFRPP"), pf=(p.full, PE),
             ph=(p.phone, PH), ref=_ref(rng, "DOS-", 7))


def fr_crm_note(rng):
    p, a = Pp("FR", rng), Pp("FR", rng)
    return R("Note d'appel {d} – {af}\nMme {ln} rappelle au sujet de la commande {cmd}. Carte {mask}, "
             "exp. {exp}. Joignable au {ph} ou {em}. Déménage à {dest} en janvier. Colis à renvoyer au relais "
             "de la boutique Chez Paul.",
             d=_d(rng), af=(a.full, PE), ln=(p.last, PE), cmd=_ref(rng, "CMD", 8), mask=_mask(rng),
             exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", ph=(p.phone_i, PH), em=(p.email, EM),
             dest=(_c(rng, "Marseille", "Genève", "Nice"), LOC))


def mx_whatsapp(rng):
    p, q = Pp("MX", rng), Pp("MX", rng)
    fmt = _chat(rng, "MX", [("a", "Buenas, ya quedó el pedido?"), ("b", "Sí, ¿a qué dirección lo mando?"),
                            ("a2", "{addr}, a nombre de {pf}"), ("b2", "Va. Tu cel es {ph}? guía {guia}")],
                "%d/%m/%y %H:%M", " - ")
    return R(fmt, a=(p.first, PE), b=(q.first, PE), a2=(p.first, PE), b2=(q.first, PE), addr=(p.addr, ADDR),
             pf=(p.full, PE), ph=(p.phone, PH), guia=_s(rng, 12, string.digits))


def mx_form(rng):
    p = Pp("MX", rng)
    return R("nombre={fn}&apellidos={ln}&correo={em}&telefono={ph}&fecha_nacimiento={dob}&ciudad_natal={pob}"
             "&domicilio={addr}&tarjeta={cc}&cvv={cvv}&folio={fol}&monto={amt}",
             fn=(p.first, PE), ln=(p.last, PE), em=(p.email, EM), ph=(p.phone_i, PH),
             dob=(p.dob_d.strftime("%d/%m/%Y"), DOB), pob=(p.town, LOC), addr=(p.addr, ADDR),
             cc=(_card(rng, ""), CC), cvv=_s(rng, 3, string.digits), fol=_ref(rng, "F", 8), amt=_amt(rng, "MXN "))


def it_email(rng):
    p, a = Pp("IT", rng), Pp("IT", rng)
    return R("Gentile {af},\n\nvi scrivo per la pratica n. {pr}. Vi prego di inviare la documentazione al "
             "mio indirizzo: {addr}. Sono nato/a il {dob} a {pob}.\nIBAN per il rimborso: {iban}\n\n"
             "Cordiali saluti\n{pf}\nCell. {ph} – {em}",
             af=(a.last, PE), pr=_ref(rng, "", 8), addr=(p.addr, ADDR), dob=(p.dob, DOB), pob=(p.town, LOC),
             iban=(_iban(rng, "IT"), IBAN), pf=(p.full, PE), ph=(p.phone, PH), em=(p.email, EM))


def it_transcript(rng):
    p = Pp("IT", rng)
    return R("operatore: buongiorno sono {af} come posso aiutarla\ncliente: buongiorno sono {pf} chiamo per "
             "la bolletta\noperatore: mi conferma il numero di cellulare\ncliente: {ph}\noperatore: e "
             "l'indirizzo di fornitura\ncliente: {addr}\noperatore: perfetto il codice pod è {pod}",
             af=(Pp("IT", rng).first.lower(), PE), pf=(p.full.lower(), PE), ph=(p.phone, PH),
             addr=(p.addr.lower(), ADDR), pod="IT001E" + _s(rng, 8, string.digits))


def dk_email(rng):
    p = Pp("DK", rng)
    return R("Hej,\n\nJeg er flyttet og min nye adresse er {addr}. Jeg er født {dob}.\nMit nye kontonummer er "
             "{iban}.\n\nMvh\n{pf}\nMobil: {ph}\n\nSendt fra min iPhone\n> Ordre {ordre} – levering til "
             "pakkeshop Netto Vesterbro",
             addr=(p.addr, ADDR), dob=(p.dob, DOB), iban=(_iban(rng, "DK"), IBAN), pf=(p.full, PE), ph=(p.phone, PH),
             ordre=_ref(rng, "", 9))


def dk_sms(rng):
    p = Pp("DK", rng)
    return R("Hej {fn}! Din tid hos Salon Mette er bekræftet {d} kl. {kl}. Afbud på {ph}.\n"
             "Din kode til pakkeboksen er {otp}.\nFra {qf}: ringer fra {qph}, er i {dest} i morgen",
             fn=(p.first, PE), d=_d(rng, "%d.%m"), kl=f"{rng.randint(8, 17)}:{rng.choice(['00', '30'])}",
             ph=(_phone("DK", rng), PH), otp=_s(rng, 6, string.digits), qf=(Pp("DK", rng).first, PE),
             qph=(_phone("DK", rng, "intl"), PH), dest=(_c(rng, "Malmö", "Berlin", "Skagen"), LOC))


def no_ticket(rng):
    p, a = Pp("NO", rng), Pp("NO", rng)
    return R("Sak {sak}: Faktura feil\nKunde: {pf}, f. {dob}\nAdresse: {addr}\nTlf: {ph}\nE-post: {em}\n"
             "Intern notat ({af}): kreditert {amt} kr. Kunden bor nå i {town}. Ref {uuid}.",
             sak=_ref(rng, "", 7), pf=(p.full, PE), dob=(p.dob, DOB), addr=(p.addr, ADDR), ph=(p.phone, PH),
             em=(p.email, EM), af=(a.first, PE), amt=str(rng.randint(99, 5000)), town=(p.home, LOC), uuid=_uuid(rng))


def no_chat(rng):
    p, q = Pp("NO", rng), Pp("NO", rng)
    fmt = _chat(rng, "NO", [("a", "Hei! Er hytta ledig i påsken?"), ("b", "Ja 😊 Send navn og nummer"),
                            ("a2", "{pf}, {ph}. Vi kommer fra {town}"), ("b2", "Supert, kode til nøkkelboks: {kode}")],
                "%d.%m.%Y, %H:%M")
    return R(fmt, a=(p.first, PE), b=(q.first, PE), a2=(p.first, PE), b2=(q.first, PE), pf=(p.full, PE),
             ph=(p.phone_i, PH), town=(p.home, LOC), kode=_s(rng, 4, string.digits))


def fi_email(rng):
    p = Pp("FI", rng)
    return R("Hei,\n\nmuutin juuri osoitettani: {addr}. Syntymäaikani on {dob}. Tilinumero palautusta varten "
             "{iban}.\n\nTerveisin\n{pf}\npuh. {ph}\n\nTilausnumero {tn}, seurantakoodi {sk}",
             addr=(p.addr, ADDR), dob=(p.dob, DOB), iban=(_iban(rng, "DE") if False else _iban(rng, "SE"), IBAN),
             pf=(p.full, PE), ph=(p.phone, PH), tn=_ref(rng, "", 8), sk="JJFI" + _s(rng, 14, string.digits))


def fi_form(rng):
    p = Pp("FI", rng)
    return R("Etunimi: {fn}\nSukunimi: {ln}\nSähköposti: {em}\nPuhelin: {ph}\nSyntymäaika: {dob}\n"
             "Kotikunta: {town}\nSalasana: {pw}\nToimipiste: Tampere keskusta\nIP: {ip}",
             fn=(p.first, PE), ln=(p.last, PE), em=(p.email, EM), ph=(p.phone_i, PH), dob=(p.dob, DOB),
             town=(p.home, LOC), pw=(_pw(rng), PW), ip=(_ip_public_v4(rng), IP))


def hu_email(rng):
    p = Pp("HU", rng)
    return R("Tisztelt Ügyfélszolgálat!\n\nKérem, a számlát az alábbi címre küldjék: {addr}. Születési dátum: "
             "{dob}.\nTelefon: {ph}\n\nÜdvözlettel:\n{pf}\n\nÜgyszám: {usz}, összeg: {amt} Ft",
             addr=(p.addr, ADDR), dob=(p.dob, DOB), ph=(p.phone, PH), pf=(p.full, PE), usz=_ref(rng, "UGY-", 6),
             amt=f"{rng.randint(1000, 90000)}")


def hu_call_note(rng):
    p, a = Pp("HU", rng), Pp("HU", rng)
    return R("Hívásjegyzet {d} ({af})\n{pf} telefonált, {town} városból költözik {dest} városba. Új e-mail: "
             "{em}. Bankkártya: {mask}. Kérte a jelszó visszaállítását, ideiglenes jelszó: {pw}",
             d=_d(rng, "%Y.%m.%d."), af=(a.full, PE), pf=(p.full, PE), town=(p.home, LOC),
             dest=(_c(rng, "Győr", "Szeged", "Bécs"), LOC), em=(p.email, EM), mask=_mask(rng), pw=(_pw(rng), PW))


def is_email(rng):
    p = Pp("IS", rng)
    return R("Góðan dag,\n\nég flutti nýlega á {addr}. Kennitalan mín er {kt}-{kt2} og ég er fædd(ur) {dob}.\n"
             "Vinsamlegast hringið í {ph}.\n\nKveðja,\n{pf}\n\nPöntun nr. {pn}",
             addr=(p.addr, ADDR), kt=p.dob_d.strftime("%d%m%y"), kt2=_s(rng, 4, string.digits), dob=(p.dob, DOB),
             ph=(p.phone, PH), pf=(p.full, PE), pn=_ref(rng, "", 6))


def is_chat(rng):
    p, q = Pp("IS", rng), Pp("IS", rng)
    fmt = _chat(rng, "IS", [("a", "Hæ, er bílaleigubíllinn tilbúinn?"), ("b", "Já! Hvert á að senda kvittun?"),
                            ("a2", "{em}, síminn minn er {ph}"), ("b2", "Takk, góða ferð til {dest}!")],
                "%d.%m.%Y %H:%M", " ")
    return R(fmt, a=(p.full, PE), b=(q.first, PE), a2=(p.full, PE), b2=(q.first, PE), em=(p.email, EM),
             ph=(p.phone_i, PH), dest=(_c(rng, "Akureyri", "Kaupmannahöfn", "Ísafjörður"), LOC))


def af_whatsapp(rng):
    p, q = Pp("AF", rng), Pp("AF", rng)
    fmt = _chat(rng, "AF", [("a", "Môre! Het die pakkie al gekom?"), ("b", "Nee nog nie. Wat is jou adres weer?"),
                            ("a2", "{addr}"), ("b2", "Reg so. Bel my op {ph} as jy in {dest} kom")],
                "%Y/%m/%d, %H:%M")
    return R(fmt, a=(p.first, PE), b=(q.full, PE), a2=(p.first, PE), b2=(q.full, PE), addr=(p.addr, ADDR),
             ph=(q.phone, PH), dest=(_c(rng, "Kaapstad", "Pretoria", "Bloemfontein"), LOC))


def af_email(rng):
    p = Pp("AF", rng)
    return R("Goeie dag,\n\nEk is {pf}, gebore {dob}. Ek wil graag my rekening opdateer. My nuwe adres is "
             "{addr} en my selfoon is {ph}.\n\nVriendelike groete\n{fn}\n\nVerwysing: {ref}",
             pf=(p.full, PE), dob=(p.dob, DOB), addr=(p.addr, ADDR), ph=(p.phone, PH), fn=(p.first, PE),
             ref=_ref(rng, "RK", 7))


def ms_live_chat(rng):
    p, a = Pp("MY", rng), Pp("MY", rng)
    return R("[{t}] {af}: Selamat datang ke Shopee Care. Boleh saya tahu nama penuh?\n[{t}] Pelanggan: {pf}\n"
             "[{t}] {af2}: Terima kasih. Alamat penghantaran?\n[{t}] Pelanggan: {addr}\n[{t}] Pelanggan: no tel "
             "{ph}, order {ord}\n[{t}] {af3}: Baik, saya semak sekarang.",
             t=_ts(rng, "%H:%M"), af=(a.first, PE), pf=(p.full, PE), af2=(a.first, PE), addr=(p.addr, ADDR),
             ph=(p.phone, PH), ord=_s(rng, 15, string.digits), af3=(a.first, PE))


def ms_form(rng):
    p = Pp("MY", rng)
    return R("Nama: {pf}\nTarikh lahir: {dob}\nTempat lahir: {pob}\nE-mel: {em}\nNo. telefon: {ph}\n"
             "Alamat: {addr}\nNo. kad: {cc}\nKod promosi: RAYA{yy}\nCawangan: Mid Valley",
             pf=(p.full, PE), dob=(p.dob, DOB), pob=(p.town, LOC), em=(p.email, EM), ph=(p.phone, PH),
             addr=(p.addr, ADDR), cc=(_card(rng), CC), yy=str(rng.randint(20, 26)))


def sr_email(rng):
    p = Pp("RS", rng)
    return R("Poštovani,\n\nmolim vas da pošiljku dostavite na adresu {addr}. Rođen/a sam {dob} u {pob}.\n"
             "Kontakt telefon: {ph}\n\nSrdačan pozdrav,\n{pf}\n\nBroj porudžbine: {br}",
             addr=(p.addr, ADDR), dob=(p.dob, DOB), pob=(p.town, LOC), ph=(p.phone, PH), pf=(p.full, PE),
             br=_ref(rng, "PR-", 7))


def sr_viber(rng):
    p, q = Pp("RS", rng), Pp("RS", rng)
    fmt = _chat(rng, "RS", [("a", "Ćao, jesi poslao račun?"), ("b", "Jesam, na {em}"),
                            ("a2", "Nisam dobio. Pošalji na {ph}"), ("b2", "Ok. Putujem za {dest} sutra")],
                "%d.%m.%Y. %H:%M", " ")
    return R(fmt, a=(p.first, PE), b=(q.first, PE), a2=(p.first, PE), b2=(q.first, PE), em=(p.email, EM),
             ph=(p.phone_i, PH), dest=(_c(rng, "Novi Sad", "Beč", "Sarajevo"), LOC))


def ga_email(rng):
    p = Pp("GA", rng)
    return R("A chara,\n\nIs mise {pf}. Rugadh mé ar {dob} i {pob}. Tá seoladh nua agam: {addr}.\n"
             "Uimhir fóin: {ph}\n\nLe meas,\n{fn}\n\nUimhir tagartha: {ref}",
             pf=(p.full, PE), dob=(p.dob, DOB), pob=(p.town, LOC), addr=(p.addr, ADDR), ph=(p.phone, PH),
             fn=(p.first, PE), ref=_ref(rng, "TG-", 6))


def lb_email(rng):
    p = Pp("LU", rng)
    return R("Moien,\n\nech sinn {pf}, gebuer den {dob}. Meng nei Adress ass {addr}. Dir kënnt mech ënnert "
             "{ph} erreechen. Meng IBAN: {iban}\n\nMat beschte Gréiss\n{fn}",
             pf=(p.full, PE), dob=(p.dob, DOB), addr=(p.addr, ADDR), ph=(p.phone_i, PH),
             iban=(_iban(rng, "BE"), IBAN), fn=(p.first, PE))


def vi_chat(rng):
    p, a = Pp("VN", rng), Pp("VN", rng)
    return R("[{t}] {an}: Chào anh/chị, em có thể giúp gì ạ?\n[{t}] {pn}: Mình muốn đổi địa chỉ giao hàng sang "
             "{addr}\n[{t}] {an2}: Dạ, anh/chị cho em xin số điện thoại ạ\n[{t}] {pn2}: {ph}\n[{t}] {an3}: "
             "Mã đơn {ma} đã được cập nhật ạ.",
             t=_ts(rng, "%H:%M"), an=(a.full, PE), pn=(p.full, PE), addr=(p.addr, ADDR), an2=(a.full, PE),
             pn2=(p.full, PE), ph=(p.phone, PH), an3=(a.full, PE), ma=_ref(rng, "VN", 10))


TEMPLATES = [
    us_support_email, us_ticket_internal, us_call_transcript, us_crm_form, us_slack, us_sms_thread,
    gb_forwarded, gb_live_chat, gb_whatsapp, ca_teams, ca_crm_note, ca_ocr_form, au_email_reply, au_sheet_rows,
    in_ticket, in_sms, ie_call_notes, ie_signature, za_whatsapp, za_json_lines, za_ticket, nz_booking,
    sg_live_chat, sg_form_kv, ph_messenger, ph_ticket, ng_notifications, ke_sms, ke_crm_note,
    gen_apache_log, gen_json_log, gen_ini, gen_sms_receipts, gen_postmortem,
    de_email, de_ticket, de_chat, fr_email, fr_crm_note, mx_whatsapp, mx_form, it_email, it_transcript,
    dk_email, dk_sms, no_ticket, no_chat, fi_email, fi_form, hu_email, hu_call_note, is_email, is_chat,
    af_whatsapp, af_email, ms_live_chat, ms_form, sr_email, sr_viber, ga_email, lb_email, vi_chat,
]


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"canyon-{seed}")
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)](random.Random(f"canyon-{seed}-{i}-{rng.getrandbits(32)}"))
        _check(t)
        out.append(t)
    return out


# ---------------------------------------------------------------- structured tables
def _r(f):
    return lambda rng, p: f(rng)


def _bool(rng, p):
    return rng.choice(["true", "false", "1", "0", "yes", "no"])


def _day(rng, p, fmt="%Y-%m-%d"):
    return _d(rng, fmt)


def _town(rng, p):
    return p.home


def _first(rng, p):
    return p.first


def _last(rng, p):
    return p.last


_PETS = ["Biscuit", "Luna", "Max", "Bello", "Nala", "Pickle", "Rex", "Milo"]
_COS = ["Smith & Wesson", "Johnson Controls", "Ben & Jerry's", "Dr. Oetker", "Ferrero Rocher", "Ford Motor Co.",
        "Marks & Spencer", "Paul Smith Ltd"]

# (table, locales, [(header, entity, gen(rng, p), blank_rate, placeholder_rate)])
TABLES = [
    ("tutoring_tutors", ["GB", "IE"], [
        ("tutor_id", None, _r(lambda r: _ref(r, "T", 6)), 0, 0),
        ("firstName", PE, _first, 0, 0), ("surname", PE, _last, 0.05, 0),
        ("email_verified", None, _bool, 0.1, 0), ("contact_email", EM, lambda r, p: p.email, 0.1, 0),
        ("tel", PH, lambda r, p: p.phone, 0.3, 0.03), ("dob", DOB, lambda r, p: p.dob, 0.25, 0),
        ("home_town", LOC, _town, 0.2, 0.03), ("subject_code", None, _r(lambda r: r.choice(["MATH-GCSE", "PHY-AL", "ENG-KS3"])), 0, 0),
        ("hourly_rate_gbp", None, _r(lambda r: f"{r.randint(18, 80)}.00"), 0, 0),
        ("dbs_cert_no", None, _r(lambda r: "0012" + _s(r, 8, string.digits)), 0.3, 0),
        ("payout_iban", IBAN, lambda r, p: _iban(r, "GB" if p.cc == "GB" else "IE"), 0.35, 0),
        ("address_type", None, _r(lambda r: r.choice(["home", "billing", "other"])), 0.1, 0),
        ("rating_avg", None, _r(lambda r: f"{r.uniform(3, 5):.2f}"), 0.1, 0),
        ("created_at", None, _r(_ts), 0, 0), ("pwd_hash", None, _r(_bcrypt), 0, 0),
        ("video_platform", None, _r(lambda r: r.choice(["Zoom", "Teams", "Meet"])), 0.2, 0),
    ]),
    ("tutoring_sessions", ["US", "IN"], [
        ("SessionId", None, _r(_uuid), 0, 0), ("StudentFirst", PE, _first, 0, 0),
        ("ParentName", PE, lambda r, p: Pp(p.cc, r).full, 0.3, 0), ("ParentPhone", PH, lambda r, p: p.phone_i, 0.2, 0),
        ("PhoneType", None, _r(lambda r: r.choice(["mobile", "home", "work"])), 0.1, 0),
        ("StartTime", None, _r(lambda r: _ts(r, "%Y-%m-%dT%H:%M")), 0, 0),
        ("DurationMin", None, _r(lambda r: str(r.choice([30, 45, 60, 90]))), 0, 0),
        ("ClientIp", IP, _r(_ip_public_v4), 0.15, 0), ("GatewayIp", None, _r(_priv), 0, 0),
        ("CardLast4", None, _r(_l4), 0.2, 0), ("AmountCharged", None, _r(lambda r: _amt(r)), 0, 0),
        ("NameOfProduct", None, _r(lambda r: r.choice(["SAT Prep Plus", "Kumon Bridge", "Einstein Pack"])), 0, 0),
        ("AppVersion", None, _r(_ver), 0, 0), ("Rating", None, _r(lambda r: str(r.randint(1, 5))), 0.4, 0),
        ("Notes", None, _r(lambda r: r.choice(["great focus", "missed homework", "-", "ok"])), 0.5, 0),
        ("Attr2", EM, lambda r, p: p.email, 0.25, 0),
    ]),
    ("collections_accounts", ["US"], [
        ("ACCOUNT_REF", None, _r(lambda r: _ref(r, "DCA-", 8)), 0, 0), ("DEBTOR_NAME", PE, lambda r, p: f"{p.last}, {p.first}", 0, 0),
        ("SSN", SSN, _r(_ssn), 0.1, 0), ("DOB", DOB, lambda r, p: p.dob, 0.15, 0),
        ("ADDR1", ADDR, lambda r, p: p.block[0], 0.05, 0), ("CITY", LOC, _town, 0.05, 0),
        ("BANK_ACCT_NO", BANK, _r(_acct), 0.3, 0), ("ROUTING_NO", None, _r(_routing), 0.3, 0),
        ("BALANCE_DUE", None, _r(_amt), 0, 0), ("ORIGINAL_CREDITOR", None, _r(lambda r: r.choice(_COS)), 0, 0),
        ("LAST_PAYMENT_DT", None, _r(_d), 0.3, 0), ("PHONE_TYPE", None, _r(lambda r: r.choice(["CELL", "HOME"])), 0, 0),
        ("CELL", PH, lambda r, p: p.phone, 0.2, 0.05), ("SCORE", None, _r(lambda r: str(r.randint(300, 850))), 0, 0),
        ("DISPUTE_FLAG", None, _bool, 0, 0), ("CASE_UUID", None, _r(_uuid), 0, 0),
        ("AGENT_CODE", None, _r(lambda r: _ref(r, "AG", 3)), 0, 0),
    ]),
    ("inkasso_anrufe", ["DE"], [
        ("anruf_id", None, _r(lambda r: _ref(r, "", 9)), 0, 0), ("schuldner_vorname", PE, _first, 0, 0),
        ("schuldner_nachname", PE, _last, 0, 0), ("geburtsdatum", DOB, lambda r, p: p.dob, 0.2, 0),
        ("telefon", PH, lambda r, p: p.phone, 0.1, 0), ("telefonart", None, _r(lambda r: r.choice(["mobil", "festnetz"])), 0, 0),
        ("anschrift", ADDR, lambda r, p: p.addr, 0.15, 0), ("wohnort", LOC, _town, 0.1, 0.05),
        ("iban", IBAN, lambda r, p: _iban(r, "DE", False), 0.4, 0), ("bic", None, _r(lambda r: r.choice(["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04"])), 0.4, 0),
        ("forderung_eur", None, _r(lambda r: f"{r.randint(50, 9000)},{r.randint(0, 99):02d}"), 0, 0),
        ("anrufzeit", None, _r(lambda r: _ts(r, "%d.%m.%Y %H:%M")), 0, 0),
        ("ergebnis", None, _r(lambda r: r.choice(["erreicht", "mailbox", "falsche Nummer"])), 0, 0),
        ("mandant", None, _r(lambda r: r.choice(_COS)), 0, 0), ("aktenzeichen", None, _r(lambda r: _ref(r, "AZ ", 7)), 0, 0),
        ("sachbearbeiter_kuerzel", None, _r(lambda r: _s(r, 3, string.ascii_uppercase)), 0, 0),
    ]),
    ("campsite_bookings", ["DK", "NO"], [
        ("booking_ref", None, _r(lambda r: _ref(r, "CP", 6)), 0, 0), ("fornavn", PE, _first, 0, 0),
        ("efternavn", PE, _last, 0, 0), ("email", EM, lambda r, p: p.email, 0.1, 0),
        ("mobil", PH, lambda r, p: p.phone, 0.15, 0), ("hjemby", LOC, _town, 0.2, 0),
        ("pitch_no", None, _r(lambda r: f"{r.choice('ABCD')}{r.randint(1, 80)}"), 0, 0),
        ("arrival", None, _day, 0, 0), ("departure", None, _day, 0, 0),
        ("vehicle_reg", None, _r(lambda r: _s(r, 2, string.ascii_uppercase) + " " + _s(r, 5, string.digits)), 0.3, 0),
        ("hund_navn", None, _r(lambda r: r.choice(_PETS)), 0.6, 0), ("pladsens_gps", None, _r(_gps), 0, 0),
        ("beløb_dkk", None, _r(lambda r: str(r.randint(200, 9000))), 0, 0),
        ("email_verified", None, _bool, 0, 0), ("kort_sidste4", None, _r(_l4), 0.2, 0),
        ("campingplads", None, _r(lambda r: r.choice(["Skagen", "Ribe", "Geiranger", "Lofoten"])), 0, 0),
    ]),
    ("rv_park_guests", ["CA", "AU"], [
        ("Guest ID", None, _r(lambda r: _ref(r, "G-", 5)), 0, 0), ("Guest Name", PE, lambda r, p: p.full, 0, 0),
        ("Street Address", ADDR, lambda r, p: p.addr, 0.2, 0), ("Phone", PH, lambda r, p: p.phone, 0.1, 0),
        ("Address Type", None, _r(lambda r: r.choice(["home", "mailing"])), 0, 0),
        ("Site", None, _r(lambda r: f"RV-{r.randint(1, 120)}"), 0, 0), ("Rig Length Ft", None, _r(lambda r: str(r.randint(18, 45))), 0, 0),
        ("Plate", None, _r(lambda r: _s(r, 3, string.ascii_uppercase) + "-" + _s(r, 3, string.digits)), 0.2, 0),
        ("Card Number", CC, _r(_card), 0.4, 0), ("Card Expiry", None, _r(lambda r: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"), 0.4, 0),
        ("Wi-Fi Password", None, _r(lambda r: "CAMP" + _s(r, 4, string.digits)), 0, 0),
        ("Portal Pwd", PW, _r(_pw), 0.5, 0), ("Check In", None, _day, 0, 0),
        ("Park Location", None, _r(lambda r: r.choice(["Banff", "Byron Bay", "Tofino", "Margaret River"])), 0, 0),
        ("Pets", None, _r(lambda r: r.choice(_PETS)), 0.55, 0), ("Total", None, _r(_amt), 0, 0),
        ("Field 3", LOC, _town, 0.3, 0.04),
    ]),
    ("lab_patients", ["FI", "IS"], [
        ("potilas_id", None, _r(lambda r: _ref(r, "P", 7)), 0, 0), ("etunimi", PE, _first, 0, 0),
        ("sukunimi", PE, _last, 0, 0), ("syntymaaika", DOB, lambda r, p: p.dob, 0.05, 0),
        ("puhelin", PH, lambda r, p: p.phone, 0.2, 0), ("sahkoposti", EM, lambda r, p: p.email, 0.35, 0),
        ("osoite", ADDR, lambda r, p: p.addr, 0.2, 0), ("kotikunta", LOC, _town, 0.1, 0),
        ("dob_verified", None, _bool, 0, 0), ("näytepiste", None, _r(lambda r: r.choice(["Helsinki Kamppi", "Tampere Hatanpää", "Reykjavík Domus"])), 0, 0),
        ("lähete_nro", None, _r(lambda r: _ref(r, "L", 9)), 0, 0), ("veriryhmä", None, _r(lambda r: r.choice(["A+", "O-", "B+", "AB+"])), 0.3, 0),
        ("lääkäri_koodi", None, _r(lambda r: _ref(r, "D", 5)), 0, 0), ("kirjautunut", None, _r(_ts), 0, 0),
        ("tulos_hash", None, _r(_hex), 0, 0), ("putki_viivakoodi", None, _r(lambda r: _s(r, 12, string.digits)), 0, 0),
    ]),
    ("lab_results", ["ZA", "AF"], [
        ("resultId", None, _r(_uuid), 0, 0), ("patientFullName", PE, lambda r, p: p.full, 0, 0),
        ("geboortedatum", DOB, lambda r, p: p.dob, 0.1, 0), ("selfoon", PH, lambda r, p: p.phone, 0.2, 0),
        ("testCode", None, _r(lambda r: r.choice(["FBC", "HBA1C", "LIPID", "TSH", "U&E"])), 0, 0),
        ("value", None, _r(lambda r: f"{r.uniform(0.1, 15):.2f}"), 0, 0),
        ("unit", None, _r(lambda r: r.choice(["mmol/L", "g/dL", "%"])), 0, 0),
        ("refRange", None, _r(lambda r: f"{r.randint(1, 4)}-{r.randint(5, 11)}"), 0, 0),
        ("collectedAt", None, _r(_ts), 0, 0), ("depot", None, _r(lambda r: r.choice(["Sandton", "Bellville", "Paarl"])), 0, 0),
        ("medicalAid", None, _r(lambda r: r.choice(["Discovery", "Bonitas", "Momentum", "N/A"])), 0, 0),
        ("memberNo", None, _r(lambda r: _s(r, 9, string.digits)), 0.3, 0), ("doctorPractice", None, _r(lambda r: r.choice(["Dr. Botha & Partners", "Jacobs Family Practice"])), 0, 0),
        ("woonplek", LOC, _town, 0.25, 0.05), ("emailPatient", EM, lambda r, p: p.email, 0.4, 0),
        ("instrumentFw", None, _r(_ver), 0, 0),
    ]),
    ("bike_coop_members", ["IS", "NZ"], [
        ("member.id", None, _r(lambda r: _ref(r, "M", 5)), 0, 0), ("member.first", PE, _first, 0, 0),
        ("member.last", PE, _last, 0.1, 0), ("member.email", EM, lambda r, p: p.email, 0.1, 0),
        ("member.tel", PH, lambda r, p: p.phone_i, 0.2, 0), ("member.addr", ADDR, lambda r, p: p.addr, 0.3, 0),
        ("member.password", PW, _r(_pw), 0.3, 0), ("member.password_changed_at", None, _r(_ts), 0.3, 0),
        ("member.share_capital", None, _r(lambda r: str(r.randint(20, 500))), 0, 0),
        ("member.frame_no", None, _r(lambda r: "WTU" + _s(r, 7, string.digits) + r.choice("ABC")), 0.2, 0),
        ("member.workshop", None, _r(lambda r: r.choice(["Reykjavík Grandi", "Wellington Cuba St"])), 0, 0),
        ("member.joined", None, _day, 0, 0), ("member.newsletter", None, _bool, 0, 0),
        ("member.lock_code", None, _r(lambda r: _s(r, 4, string.digits)), 0.2, 0),
        ("member.last4", None, _r(_l4), 0.4, 0), ("member.app_token_hash", None, _r(_hex), 0, 0),
    ]),
    ("bike_rentals", ["MY", "SG"], [
        ("rental_no", None, _r(lambda r: _ref(r, "R", 7)), 0, 0), ("nama_penyewa", PE, lambda r, p: p.full, 0, 0),
        ("no_telefon", PH, lambda r, p: p.phone, 0.1, 0), ("emel", EM, lambda r, p: p.email, 0.3, 0),
        ("bike_model", None, _r(lambda r: r.choice(["Brompton C Line", "Giant Escape 3", "Polygon Heist"])), 0, 0),
        ("dock", None, _r(lambda r: r.choice(["KLCC", "Bangsar", "Marina Bay", "Tampines Hub"])), 0, 0),
        ("start_gps", None, _r(_gps), 0, 0), ("start_ts", None, _r(_ts), 0, 0), ("end_ts", None, _r(_ts), 0.05, 0),
        ("deposit_card", CC, _r(_card), 0.3, 0), ("card_mask", None, _r(_mask), 0, 0),
        ("device_ip", IP, _r(_ip_public_v4), 0.2, 0), ("lan_ip", None, _r(_priv), 0, 0),
        ("fare_rm", None, _r(lambda r: f"{r.uniform(1, 40):.2f}"), 0, 0), ("imei", None, _r(_imei), 0, 0),
        ("col_7", LOC, _town, 0.3, 0.05), ("promo", None, _r(lambda r: r.choice(["-", "MERDEKA10", "unknown"])), 0, 0),
    ]),
    ("ticket_orders", ["MX", "IT"], [
        ("orden", None, _r(lambda r: _ref(r, "TK", 8)), 0, 0), ("nombre", PE, _first, 0, 0),
        ("apellido", PE, _last, 0, 0), ("correo", EM, lambda r, p: p.email, 0.05, 0),
        ("telefono", PH, lambda r, p: p.phone, 0.25, 0), ("evento", None, _r(lambda r: r.choice(["Luis Miguel Tour", "Vasco Rossi Live", "Juanes Acústico"])), 0, 0),
        ("recinto", None, _r(lambda r: r.choice(["Foro Sol", "Arena Monterrey", "San Siro", "Unipol Arena"])), 0, 0),
        ("asiento", None, _r(lambda r: f"{r.choice('ABCDEFG')}-{r.randint(1, 40)}"), 0, 0),
        ("precio", None, _r(lambda r: _amt(r, "")), 0, 0), ("tarjeta", CC, _r(_card), 0.3, 0),
        ("tarjeta_ultimos4", None, _r(_l4), 0, 0), ("ip_compra", IP, _r(_ip_public_v6), 0.2, 0),
        ("fecha_compra", None, _r(_d), 0, 0), ("codigo_qr", None, _r(lambda r: _hex(r, 32)), 0, 0),
        ("ciudad", LOC, _town, 0.2, 0), ("canal", None, _r(lambda r: r.choice(["web", "app", "taquilla"])), 0, 0),
        ("field_3", DOB, lambda r, p: p.dob, 0.5, 0),
    ]),
    ("ticket_accounts", ["RS", "HU", "US"], [
        ("AccountId", None, _r(lambda r: str(r.randint(100000, 999999))), 0, 0), ("ime", PE, _first, 0, 0),
        ("prezime", PE, _last, 0, 0), ("Email", EM, lambda r, p: p.email, 0, 0),
        ("EmailVerified", None, _bool, 0, 0), ("Password", PW, _r(_pw), 0.2, 0),
        ("PasswordHash", None, _r(_bcrypt), 0, 0), ("ApiKey", KEY, _r(_key), 0.6, 0),
        ("PublishableKey", None, _r(_pk), 0.2, 0), ("LastLoginIp", IP, _r(_ip_public_v4), 0.1, 0),
        ("LastLoginAt", None, _r(_ts), 0, 0), ("PayoutAccount", BANK, lambda r, p: _acct(r) if p.cc == "US" else None, 0.5, 0.05),
        ("PayoutRouting", None, lambda r, p: _routing(r) if p.cc == "US" else None, 0.5, 0), ("Tier", None, _r(lambda r: r.choice(["gold", "silver", "basic"])), 0, 0),
        ("FavouriteArtist", None, _r(lambda r: r.choice(["Taylor Swift", "Ed Sheeran", "Đorđe Balašević"])), 0.3, 0),
        ("ClientVersion", None, _r(_ver), 0, 0), ("SessionId", None, _r(lambda r: _hex(r, 40)), 0, 0),
    ]),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for tname, locs, cols in TABLES:
        rng = random.Random(f"canyon-{seed}-{tname}")
        people = [Pp(rng.choice(locs), rng) for _ in range(rows)]
        columns = []
        for ci, (hdr, ent, gen, blank, ph_rate) in enumerate(cols):
            crng = random.Random(f"canyon-{seed}-{tname}-{ci}")
            vals = []
            for p in people:
                x = crng.random()
                if x < blank:
                    vals.append(None)
                elif x < blank + ph_rate:
                    vals.append(crng.choice(["N/A", "-", "unknown"]))
                else:
                    vals.append(gen(crng, p))
            columns.append(Column(hdr, ent, vals))
        out[tname] = columns
    return out
