"""Labelled accuracy split "dell" for the PII-scanner benchmark (data card).

Author / date: helper "dell", 2026-11-28 (fixed "today" used for all dates; no clock reads).

Independence: written from the split-author brief only (/tmp/w25/prompt_dell.md, which gives the
accuracy_data API and the label conventions), plus `ls bench/` (file names only) and local outputs of
Faker (version and locale list) and phonenumbers (example numbers per region, is_valid_number). Faker
is not used to generate values: names, towns, streets and postcode shapes are hand-written below.
The scanner, its rules, tests, docs, results, other splits and bench/accuracy_data.py were never read,
and the scanner / Presidio were never run. No web search, no git.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)], values drawn
per text from random.Random(f"dell-{seed}-{i}-...")); structured(rows, seed) -> dict[str, list[Column]];
TEMPLATES (list of (name, country, language, function)). Deterministic across processes and
PYTHONHASHSEED values (string-seeded Random, no set iteration, no clock); both calls < 1 s.

Domains: car dealership + service centre, dental practice, travel agency (package holidays, visas),
florist with same-day delivery, plumbing and heating engineer, online second-hand clothing
marketplace, plus generic support / log / config / status texts.

Languages (57 templates): English 32 (US 7, GB 4, CA 3, AU 4, IN 4, IE 3, NZ 3, NG 2, SG 2);
other 25 (Catalan 3, Turkish 3, German 3, Icelandic 2, Afrikaans 2, Tagalog/Taglish 2, Malay 2,
Romanian 2, Vietnamese 2, Slovenian 2, French 2) = 44 %; 9 of the 11 are from the brief's
"barely used" list. Names, towns, streets, postcodes, phone and date formats follow each country.

Shapes: e-mails with signatures, quoted ('>') replies and forwards; WhatsApp / Teams / Slack / live-chat
/ Messenger / Zalo exports; SMS threads; tickets with internal notes; CRM and call notes; lower-case
speech-to-text transcripts and voicemail; form dumps (key: value, key=value, JSON lines, CRM JSON);
nginx and application logs; .env config; OCR'd forms (0/O, rn/m, I/l confusions); tab-separated
spreadsheet rows; push / e-mail notification subjects; texts with no PII (status page, sales memo).

Value rules: phones are drawn per region and kept only if phonenumbers.is_valid_number (national,
international, E.164 or compact formats, re-validated after formatting); cards from _luhn (Visa, MC,
2-series MC, Amex); SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits,
routing numbers ABA-checksummed (look-alike only); IBANs from _iban_of (ES, DE) or a local mod-97
generator (TR, RO, SI with check 56, IS); public IPv4/IPv6 from _ip_public_v4/_v6; birth dates
1942-2006 in the country's formats (numeric, month words, Vietnamese "ngày .. tháng .. năm ..",
spoken "7th of june 1991"); passwords plaintext (word+year, random, passphrases, leet);
API keys: sk_live_/sk_test_, AKIA, ghp_, xoxb-, SG., AIza, glpat-.

Label conventions as applied: PERSON = name as written (full, first only, surname only, UPPER,
"Last, First", "LAST First", "First L." with the period inside, lower case, Malay bin/binti and
Vietnamese full names, chat speakers, @mentions); titles (Mr, Dr, Herr, dna, anh/chị) outside;
names inside shop / brand / company / hotel / street names, and pets, not labelled. STREET_ADDRESS =
street line with postcode and town as one span (multi-line blocks one span, flat/unit inside; each
'>'-quoted line its own span; business addresses in signatures labelled; a bare street line in a
JSON/table field labelled). LOCATION = town/country a person lives in, was born in, comes from or
travels to (trip destinations included); branch / depot / outlet / VAC / airport towns not.
DATE_OF_BIRTH only for birth dates. IBANs spaced or not; cards full numbers only. Spans never
include quotes, brackets or trailing punctuation (passwords may end in '!' as part of the secret;
US national phones keep their "(area)" parentheses) and never overlap; fill() asserts each span's
text equals the inserted value, edges, Luhn / mod-97 / SSN validity and no overlap.

Look-alikes (never labelled): masked cards and last-4, expiry and CVV, private / loopback / CGNAT
IPs, version and firmware strings, bcrypt / argon2 / sha256 hashes, UUIDs, session ids, Stripe
publishable keys and acct_ ids, order / ticket / booking / tracking / claim / policy / job numbers,
OTPs, gate / door / lockbox / intercom codes, VINs, number plates, passport, NHS, DNI, PAN, IFSC,
ABN, VAT ids, SWIFT/BIC, routing numbers alone, GPS coordinates, amounts, timestamps and non-birth
dates, brand / company / hotel names containing person names (Ralph Lauren, Karen Walker, Julia's
Garden, Hotel Don Pedro, Floristeria Montserrat, Thomas Schäfer Heizung & Sanitär GmbH), pet names,
branch / outlet / depot towns.

Tables (structured(150, 11); columns PII / look-alike; blanks 0-70 % per column, a few N/A, -, unknown):
  dealer_customers      US              20 (8/12)  snake_case, abbreviations (cell, dob, ssn)
  werkstatt_auftraege   DE              18 (6/12)  German headers (Vorname, Wohnort, Bankverbindung)
  dental_patients       GB              18 (6/12)  PascalCase / spaced / dotted (D.O.B, Tel)
  cites_dentista        ES (Catalan)    17 (5/12)  Catalan headers, opaque col_7 (email), attr2 (DOB)
  holiday_bookings      GB, IE          19 (6/13)  camelCase
  visa_applications     IN, PH, VN, NG  19 (9/10)  UPPER_SNAKE, PORTAL_PWD plaintext
  florist_orders        AU              21 (8/13)  snake_case, opaque field_3 (sender name), full cards
  cicek_teslimatlari    TR              16 (4/12)  Turkish headers (alıcı_adı, şehir)
  plumbing_customers    IE              17 (6/11)  spaced Title Case, multi-line addresses
  heating_jobs          NZ              19 (5/14)  dotted (customer.first, site.address)
  marketplace_users     US GB MY VN SI TR 21 (9/12) snake/camel mix, pwd, api_key, payout_iban
  seller_payouts        US              18 (5/13)  PascalCase, TIN (SSN), BankAccount

Known limits: hand-written name / street lists are small (6-12 per country), so values repeat
across texts; a shop's phone region / town is not always consistent with its address; the non-English
texts were written without a native-speaker review; Faker is not used; some towns appear both as
LOCATION and as an unlabelled branch town (intended); the Icelandic, Malay and Vietnamese surnames
are generated (patronymics, bin/binti), so "surname only" columns hold patronyms for those rows.
"""
from __future__ import annotations

import datetime
import hashlib
import random
import re
import string
import unicodedata

import phonenumbers

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

TODAY = datetime.date(2026, 11, 28)
PER, EML, PHN, CCN, SSN, BNK, IBN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                     "US_BANK_NUMBER", "IBAN_CODE")
IPA, ADR, LOC, DOB, PWD, KEY = ("IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")
assert {PER, EML, PHN, CCN, SSN, BNK, IBN, IPA, ADR, LOC, DOB, PWD, KEY} == set(LABELS)

# ---------------------------------------------------------------------------------------------
# country data (hand-written; female first names, male first names, surnames, towns, streets)
# town tuple: (town, postcode pattern, region/extra); pattern: '#' digit, '@' letter of the
# country's postcode alphabet, '%' Eircode character, anything else literal.
# ---------------------------------------------------------------------------------------------
C: dict[str, dict] = {
    "US": {"f": ["Maria", "Jessica", "Emily", "Brittany", "Ashley", "Megan", "Tanisha", "Rachel"],
               "m": ["James", "Tyler", "DeShawn", "Carlos", "Kevin", "Marcus", "Brian", "Dustin"],
               "s": ["Johnson", "Ramirez", "Miller", "O'Connor", "Nguyen", "Washington", "Kowalski", "Thompson",
                  "Patel", "Brooks", "Sullivan", "Hayes"],
               "towns": [("Springfield", "627##", "IL", "217"), ("Austin", "787##", "TX", "512"),
                      ("Columbus", "432##", "OH", "614"), ("Tacoma", "984##", "WA", "253"),
                      ("Raleigh", "276##", "NC", "919"), ("Denver", "802##", "CO", "303"),
                      ("Tampa", "336##", "FL", "813"), ("Albany", "122##", "NY", "518")],
               "streets": ["Maple Ave", "Oak Street", "Elm St", "Lincoln Blvd", "Pine Ridge Rd", "W 5th St",
                        "Cedar Ln", "Lakeview Dr", "Washington Ave", "Park Pl"],
               "mail": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"]},
    "GB": {"f": ["Charlotte", "Amelia", "Sophie", "Priya", "Eleanor", "Hannah", "Jade", "Lucy"],
               "m": ["Oliver", "Harry", "George", "Callum", "Jack", "Rhys", "Imran", "Tom"],
               "s": ["Smith", "Hughes", "Thornton", "Whitaker", "Ahmed", "Clarke", "Pemberton", "Walsh", "Evans",
                  "Bennett", "Ashworth", "Khan"],
               "towns": [("Leeds", "LS# #@@", ""), ("Bristol", "BS# #@@", ""), ("Harrogate", "HG# #@@", ""),
                      ("Norwich", "NR# #@@", ""), ("Cardiff", "CF## #@@", ""), ("Brighton", "BN# #@@", ""),
                      ("York", "YO## #@@", "")],
               "streets": ["Church Lane", "High Street", "Victoria Road", "Mill Lane", "Station Road", "Kingsway",
                        "Albert Terrace", "The Crescent", "Queen's Road", "Orchard Close"],
               "mail": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk"]},
    "CA": {"f": ["Chloé", "Madison", "Avery", "Hannah", "Gurpreet", "Émilie", "Brooke"],
               "m": ["Liam", "Ethan", "Noah", "Mathieu", "Connor", "Harjit", "Owen"],
               "s": ["Tremblay", "MacDonald", "Singh", "Campbell", "Gagnon", "Wong", "Fraser", "Leblanc", "Stewart",
                  "Chen"],
               "towns": [("Toronto", "M#@ #@#", "ON", "416"), ("Halifax", "B3@ #@#", "NS", "902"),
                      ("Calgary", "T2@ #@#", "AB", "403"), ("Winnipeg", "R3@ #@#", "MB", "204"),
                      ("Victoria", "V8@ #@#", "BC", "250")],
               "streets": ["King St W", "Yonge St", "Spring Garden Rd", "Portage Ave", "Fort St", "17 Ave SW",
                        "Bloor St E", "Maple Cres"],
               "mail": ["gmail.com", "hotmail.ca", "rogers.com", "shaw.ca", "outlook.com"]},
    "AU": {"f": ["Matilda", "Isla", "Chloe", "Zoe", "Ruby", "Georgia", "Tahlia"],
               "m": ["Jack", "Lachlan", "Cooper", "Mitchell", "Hamish", "Nick", "Brodie"],
               "s": ["Smith", "Nguyen", "Kelly", "Wilson", "Papadopoulos", "Taylor", "Brown", "Murphy", "Russo",
                  "Campbell"],
               "towns": [("Marrickville", "2204", "NSW"), ("Fitzroy", "3065", "VIC"), ("Paddington", "4064", "QLD"),
                      ("Fremantle", "6160", "WA"), ("Glenelg", "5045", "SA"), ("Newtown", "2042", "NSW"),
                      ("Ballarat", "3350", "VIC")],
               "streets": ["Banksia St", "King St", "Brunswick St", "Oxford St", "Beach Rd", "Wattle Ave", "Smith St",
                        "Jetty Rd"],
               "mail": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"]},
    "IN": {"f": ["Priya", "Sneha", "Ananya", "Kavya", "Deepa", "Meera", "Lakshmi"],
               "m": ["Rahul", "Arjun", "Vikram", "Rohan", "Suresh", "Aditya", "Karthik"],
               "s": ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Deshpande", "Menon", "Chatterjee",
                  "Kulkarni", "Rao"],
               "towns": [("Pune", "4110##", "Maharashtra"), ("Bengaluru", "5600##", "Karnataka"),
                      ("Chennai", "6000##", "Tamil Nadu"), ("Kochi", "6820##", "Kerala"),
                      ("Jaipur", "3020##", "Rajasthan"), ("Hyderabad", "5000##", "Telangana")],
               "streets": ["MG Road", "Nehru Nagar", "Link Road", "Anna Salai", "4th Cross, Indiranagar",
                        "Baner Road", "Residency Road"],
               "mail": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]},
    "IE": {"f": ["Aoife", "Siobhán", "Niamh", "Róisín", "Caoimhe", "Sinéad"],
               "m": ["Seán", "Ciarán", "Darragh", "Conor", "Eoin", "Pádraig"],
               "s": ["Murphy", "O'Brien", "Byrne", "Kelly", "O'Sullivan", "Walsh", "Fitzgerald", "McCarthy", "Doyle",
                  "Gallagher"],
               "towns": [("Galway", "H91 %%%%", "Co. Galway"), ("Cork", "T12 %%%%", "Co. Cork"),
                      ("Limerick", "V94 %%%%", "Co. Limerick"), ("Ennis", "V95 %%%%", "Co. Clare"),
                      ("Kilkenny", "R95 %%%%", "Co. Kilkenny"), ("Dublin 6", "D06 %%%%", "")],
               "streets": ["Main Street", "Shop Street", "Patrick Street", "O'Connell Street", "Church Road",
                        "Mill Road", "Abbey Street"],
               "mail": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]},
    "NZ": {"f": ["Aroha", "Mia", "Ella", "Anahera", "Charlotte", "Grace"],
               "m": ["Tama", "Liam", "Hemi", "Nikau", "Finn", "Riley"],
               "s": ["Smith", "Ngata", "Williams", "Parata", "Wilson", "Walker", "Henare", "Brown", "Macdonald"],
               "towns": [("Christchurch", "8011", "Riccarton"), ("Auckland", "1011", "Ponsonby"),
                      ("Wellington", "6011", "Te Aro"), ("Hamilton", "3216", "Hamilton East"),
                      ("Dunedin", "9016", "North Dunedin")],
               "streets": ["Rata Street", "Ponsonby Road", "Cuba Street", "Riccarton Road", "Victoria Street",
                        "Hinemoa Street"],
               "mail": ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"]},
    "NG": {"f": ["Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde", "Blessing"],
               "m": ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ibrahim", "Segun"],
               "s": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Abubakar", "Nwosu", "Adebayo", "Ogunleye"],
               "towns": [("Lagos", "100271", "Ikeja"), ("Abuja", "904101", "Wuse 2"), ("Ibadan", "200284", "Bodija"),
                      ("Port Harcourt", "500272", "GRA Phase 2"), ("Enugu", "400102", "Independence Layout")],
               "streets": ["Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Aminu Kano Crescent",
                        "Ring Road", "Ogui Road"],
               "mail": ["gmail.com", "yahoo.com", "outlook.com"]},
    "SG": {"f": ["Wei Ling", "Siti", "Hui Min", "Xin Yi", "Priya", "Jasmine"],
               "m": ["Jun Jie", "Muhammad Faizal", "Kai Xiang", "Rajesh", "Darren", "Marcus"],
               "s": ["Tan", "Lim", "Ng", "Wong", "Rahman", "Krishnan", "Goh", "Chua", "Lee", "Teo"],
               "towns": [("Singapore", "56####", "Ang Mo Kio"), ("Singapore", "52####", "Tampines"),
                      ("Singapore", "64####", "Jurong West"), ("Singapore", "46####", "Bedok")],
               "streets": ["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd",
                        "Lorong 1 Toa Payoh"],
               "mail": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"]},
    "ES": {"f": ["Montserrat", "Núria", "Laia", "Mireia", "Carme", "Gemma", "Anna"],
               "m": ["Jordi", "Pau", "Marc", "Oriol", "Arnau", "Xavier", "Joan"],
               "s": ["Puig", "Vila", "Soler", "Ferrer", "Font", "Casals", "Serra", "Roca", "Pujol", "Vidal", "Sala",
                  "Bosch"],
               "towns": [("Barcelona", "080##", ""), ("Girona", "170##", ""), ("Lleida", "250##", ""),
                      ("Tarragona", "430##", ""), ("Sabadell", "082##", ""), ("Reus", "432##", ""),
                      ("Vic", "08500", "")],
               "streets": ["Carrer de Mallorca", "Carrer Gran de Gràcia", "Passeig de Sant Joan", "Carrer Major",
                        "Rambla Nova", "Carrer de la Riera", "Avinguda Diagonal"],
               "mail": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"]},
    "IS": {"f": ["Guðrún", "Sigríður", "Helga", "Anna", "Kristín", "Jóhanna"],
               "m": ["Jón", "Ólafur", "Gunnar", "Einar", "Sigurður", "Magnús"],
               "s": ["Jóns", "Sigurðar", "Gunnars", "Ólafs", "Einars", "Magnús", "Stefáns", "Kristjáns"],
               "towns": [("Reykjavík", "101", ""), ("Reykjavík", "105", ""), ("Kópavogur", "200", ""),
                      ("Hafnarfjörður", "220", ""), ("Akureyri", "600", ""), ("Selfoss", "800", ""),
                      ("Ísafjörður", "400", "")],
               "streets": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hamraborg", "Strandgata", "Austurvegur",
                        "Hafnarstræti"],
               "mail": ["gmail.com", "simnet.is", "internet.is", "hotmail.com"]},
    "ZA": {"f": ["Annelie", "Marike", "Elmarie", "Liezl", "Riana", "Karlien"],
               "m": ["Pieter", "Johan", "Hendrik", "Francois", "Wynand", "Gerhard"],
               "s": ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Steyn", "Coetzee", "Venter",
                  "Joubert", "le Roux"],
               "towns": [("Stellenbosch", "7600", ""), ("Pretoria", "0181", ""), ("Bloemfontein", "9301", ""),
                      ("Paarl", "7646", ""), ("Potchefstroom", "2531", ""), ("George", "6529", "")],
               "streets": ["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Pleinstraat", "Bloemstraat",
                        "Jan Smutslaan"],
               "mail": ["gmail.com", "mweb.co.za", "telkomsa.net", "vodamail.co.za"]},
    "PH": {"f": ["Maricel", "Kristine", "Rowena", "Jocelyn", "Liza", "Angelica"],
               "m": ["Jose", "Rodel", "Jomar", "Mark Anthony", "Ramil", "Jerome"],
               "s": ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Garcia", "Mendoza", "Ramos", "Aquino",
                  "Castillo"],
               "towns": [("Makati City", "12##", "Brgy. San Antonio"), ("Quezon City", "11##", "Brgy. Kamuning"),
                      ("Cebu City", "6000", "Brgy. Lahug"), ("Davao City", "8000", "Brgy. Poblacion"),
                      ("Pasig City", "16##", "Brgy. Kapitolyo"), ("Iloilo City", "5000", "Brgy. Jaro")],
               "streets": ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Kalayaan Ave.", "Osmeña Blvd.",
                        "P. Burgos St."],
               "mail": ["gmail.com", "yahoo.com", "yahoo.com.ph"]},
    "MY": {"f": ["Nurul Aina", "Siti Aisyah", "Farah", "Nor Azizah", "Amirah", "Aisyah"],
               "m": ["Ahmad", "Muhammad Hafiz", "Azlan", "Hakim", "Zulkifli", "Faizal"],
               "s": ["Ismail", "Abdullah", "Hassan", "Rahman", "Yusof", "Osman", "Ibrahim", "Salleh"],
               "towns": [("Kuala Lumpur", "50###", "Wilayah Persekutuan"), ("Petaling Jaya", "46###", "Selangor"),
                      ("Shah Alam", "40###", "Selangor"), ("Johor Bahru", "80###", "Johor"),
                      ("George Town", "10###", "Pulau Pinang"), ("Ipoh", "30###", "Perak")],
               "streets": ["Jalan Ampang", "Jalan SS 2/24", "Jalan Tun Razak", "Jalan Bukit Bintang",
                        "Jalan Sultan Idris Shah", "Lorong Kenari 3"],
               "mail": ["gmail.com", "yahoo.com", "hotmail.my"]},
    "TR": {"f": ["Ayşe", "Elif", "Zeynep", "Fatma", "Merve", "Selin"],
               "m": ["Mehmet", "Mustafa", "Emre", "Burak", "Ahmet", "Can"],
               "s": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"],
               "towns": [("İstanbul", "347##", "Kadıköy"), ("Ankara", "06###", "Çankaya"), ("İzmir", "35###", "Konak"),
                      ("Bursa", "16###", "Nilüfer"), ("Antalya", "07###", "Muratpaşa")],
               "streets": ["Atatürk Cad.", "Bağdat Cad.", "Cumhuriyet Cad.", "Gazi Mustafa Kemal Blv.",
                        "İnönü Sok.", "Bahariye Cad."],
               "mail": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]},
    "RO": {"f": ["Ioana", "Elena", "Andreea", "Maria", "Cristina", "Alexandra"],
               "m": ["Andrei", "Mihai", "Alexandru", "Ionuț", "Cristian", "Florin"],
               "s": ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Munteanu",
                  "Constantin", "Rusu"],
               "towns": [("Cluj-Napoca", "400###", ""), ("Iași", "700###", ""), ("Timișoara", "300###", ""),
                      ("Brașov", "500###", ""), ("Constanța", "900###", ""), ("Sibiu", "550###", "")],
               "streets": ["Str. Mihai Eminescu", "Bd. Unirii", "Str. Republicii", "Calea Victoriei",
                        "Str. Avram Iancu", "Str. Florilor"],
               "mail": ["gmail.com", "yahoo.com", "yahoo.ro"]},
    "VN": {"f": ["Lan", "Hương", "Thảo", "Linh", "Mai", "Ngọc Anh"],
               "m": ["Minh", "Tuấn", "Dũng", "Hùng", "Quang", "Đức"],
               "s": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"],
               "towns": [("TP. Hồ Chí Minh", "", "Quận 1"), ("Hà Nội", "", "Quận Hoàn Kiếm"),
                      ("Đà Nẵng", "", "Quận Hải Châu"), ("Cần Thơ", "", "Quận Ninh Kiều"),
                      ("Hải Phòng", "", "Quận Lê Chân")],
               "streets": ["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ",
                        "Lý Thường Kiệt"],
               "mail": ["gmail.com", "yahoo.com.vn", "outlook.com"]},
    "SI": {"f": ["Maja", "Nina", "Petra", "Špela", "Mojca", "Ana"],
               "m": ["Luka", "Matej", "Jure", "Andrej", "Gregor", "Blaž"],
               "s": ["Novak", "Horvat", "Krajnc", "Zupančič", "Kovačič", "Potočnik", "Mlakar", "Kos", "Vidmar",
                  "Golob"],
               "towns": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""),
                      ("Kranj", "4000", ""), ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
               "streets": ["Slovenska cesta", "Trubarjeva ulica", "Partizanska cesta", "Gosposvetska cesta",
                        "Prešernova ulica", "Koroška cesta"],
               "mail": ["gmail.com", "siol.net", "t-2.net", "amis.net"]},
    "DE": {"f": ["Anna", "Katharina", "Sabine", "Lena", "Julia", "Petra"],
               "m": ["Thomas", "Lukas", "Jürgen", "Felix", "Stefan", "Maximilian"],
               "s": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
                  "Wagner"],
               "towns": [("München", "80###", ""), ("Hamburg", "20###", ""), ("Köln", "50###", ""),
                      ("Leipzig", "04###", ""), ("Freiburg im Breisgau", "79###", ""), ("Münster", "48###", "")],
               "streets": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Am Markt",
                        "Schillerstraße", "Gartenweg"],
               "mail": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"]},
    "FR": {"f": ["Camille", "Léa", "Chloé", "Manon", "Sophie", "Élodie"],
               "m": ["Julien", "Thomas", "Mathieu", "Hugo", "Nicolas", "Antoine"],
               "s": ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux",
                  "Fontaine"],
               "towns": [("Lyon", "6900#", ""), ("Nantes", "44000", ""), ("Bordeaux", "33000", ""),
                      ("Lille", "59000", ""), ("Toulouse", "31000", ""), ("Rennes", "35000", "")],
               "streets": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
                        "rue des Lilas", "place du Marché"],
               "mail": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"]},
}
PHONE_MOBILE = {"US": None, "CA": None, "GB": ["7"], "AU": ["4"], "IN": ["9", "8", "7"], "IE": ["83", "85", "86", "87"],
                "NZ": ["21", "22", "27"], "NG": ["803", "806", "813", "703", "802"], "SG": ["8", "9"],
                "ES": ["6"], "IS": ["6", "7", "8"], "ZA": ["7", "8", "6"], "PH": ["9"], "MY": ["1"], "TR": ["5"],
                "RO": ["7"], "VN": ["9", "3", "8"], "SI": ["31", "41", "51", "40"], "DE": ["15", "16", "17"],
                "FR": ["6", "7"]}
EN_CC = ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "NG", "SG")
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_B62 = string.ascii_letters + string.digits


def _ascii(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _iban_local(rng: random.Random, cc: str) -> str:
    """IBAN for countries _iban_of does not cover (mod-97 valid, national length)."""
    while True:
        if cc == "TR":
            bban = f"{rng.randint(10, 99999):05d}0" + "".join(rng.choice(string.digits) for _ in range(16))
        elif cc == "RO":
            bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + "".join(rng.choice(string.digits) for _ in range(16))
        elif cc == "SI":
            bban = "".join(rng.choice(string.digits) for _ in range(15))
        elif cc == "IS":
            bban = "".join(rng.choice(string.digits) for _ in range(22))
        else:
            raise ValueError(cc)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = f"{98 - int(num) % 97:02d}"
        if cc != "SI" or check == "56":
            return cc + check + bban


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def _luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x > 4 else x * 2) for i, x in enumerate(d)) % 10 == 0


def _group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


class P:
    """A person: first / last name in the country's conventions."""

    def __init__(self, first: str, last: str, cc: str, fem: bool):
        self.first, self.last, self.cc, self.fem = first, last, cc, fem

    @property
    def full(self) -> str:
        if self.cc == "VN":
            return f"{self.last} {'Thị' if self.fem else 'Văn'} {self.first}"
        if self.cc == "MY":
            return f"{self.first} {'binti' if self.fem else 'bin'} {self.last}"
        return f"{self.first} {self.last}"


class G:
    """Random value source for one text / row, bound to a country."""

    def __init__(self, rng: random.Random, cc: str = "US"):
        self.r = rng
        self.cc = cc
        self.used: list[str] = []

    # -- basic ------------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = _B62) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def fmt_pc(self, pat: str) -> str:
        out = []
        for ch in pat:
            if ch == "#":
                out.append(self.r.choice(string.digits))
            elif ch == "@":
                out.append(self.r.choice(_CA_L if self.cc == "CA" else _GB_IN))
            elif ch == "%":
                out.append(self.r.choice(_EIR))
            else:
                out.append(ch)
        return "".join(out)

    # -- people ---------------------------------------------------------------------------
    def person(self, cc: str | None = None, fem: bool | None = None) -> P:
        cc = cc or self.cc
        d = C[cc]
        fem = self.chance(0.5) if fem is None else fem
        first = self.pick(d["f"] if fem else d["m"])
        last = self.pick(d["s"])
        for _ in range(12):
            if first not in self.used and last not in self.used:
                break
            first = self.pick(d["f"] if fem else d["m"])
            last = self.pick(d["s"])
        self.used += [first, last]
        if cc == "IS":
            last = "Sigurðsson" if last == "Sigurðar" and not fem else last + ("dóttir" if fem else "son")
        if cc == "ES" and self.chance(0.5):
            last = f"{last} {self.pick(d['s'])}"
        return P(first, last, cc, fem)

    def email(self, p: P | None = None, domain: str | None = None) -> str:
        if p is None:
            p = self.person()
        f = re.sub(r"[^a-z]", "", _ascii(p.first).lower().split()[0])
        last_ascii = _ascii(p.last).lower()
        ln = re.sub(r"[^a-z]", "", last_ascii.split()[-1] if p.cc in ("ES",) else last_ascii.replace(" ", ""))
        dom = domain or self.pick(C[p.cc]["mail"])
        shape = self.r.randrange(6)
        local = [f"{f}.{ln}", f"{f}{ln}{self.r.randint(1, 99)}", f"{f[0]}{ln}", f"{ln}.{f}", f"{f}_{ln}",
                 f"{f}{self.r.randint(70, 99)}"][shape]
        return f"{local}@{dom}"

    # -- phones ---------------------------------------------------------------------------
    def _phone_obj(self, cc: str, fixed: bool):
        t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
        ex = phonenumbers.example_number_for_type(cc, t)
        nsn = str(ex.national_number)
        for _ in range(400):
            if cc in ("US", "CA"):
                ac = self.pick(C[cc]["towns"])[3]
                cand = ac + str(self.r.randint(2, 9)) + self.digits(6)
            elif fixed or PHONE_MOBILE.get(cc) is None:
                k = min(len(nsn) - 4, 3)
                cand = nsn[:k] + self.digits(len(nsn) - k)
            else:
                pre = self.pick(PHONE_MOBILE[cc])
                cand = pre + self.digits(len(nsn) - len(pre))
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(num):
                return num
        raise RuntimeError(cc)

    def phone(self, cc: str | None = None, fixed: bool = False, style: str | None = None) -> str:
        cc = cc or self.cc
        num = self._phone_obj(cc, fixed)
        F = phonenumbers.PhoneNumberFormat
        style = style or self.pick(["nat", "nat", "intl", "e164", "nat_tight"])
        if style == "intl":
            s = phonenumbers.format_number(num, F.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, F.E164)
        else:
            s = phonenumbers.format_number(num, F.NATIONAL)
            if style == "nat_tight":
                s = re.sub(r"[\s\-()]", "", s)
            if style == "dash":
                s = re.sub(r"[()]", "", s).strip().replace(" ", "-")
        chk = phonenumbers.parse(s, cc)
        if not phonenumbers.is_valid_number(chk):
            s = phonenumbers.format_number(num, F.INTERNATIONAL)
        return s

    # -- places ---------------------------------------------------------------------------
    def town(self, cc: str | None = None) -> str:
        return self.pick(C[cc or self.cc]["towns"])[0]

    def addr(self, cc: str | None = None, unit: bool | None = None) -> list[str]:
        """Address lines in the country's format (join with ', ' for one line)."""
        cc = cc or self.cc
        d = C[cc]
        tw = self.pick(d["towns"])
        town, pc, reg = tw[0], self.fmt_pc(tw[1]) if tw[1] else "", tw[2]
        st = self.pick(d["streets"])
        n = str(self.r.randint(1, 240))
        unit = self.chance(0.3) if unit is None else unit
        if cc == "US":
            return [f"{n} {st}" + (f", Apt {self.r.randint(1, 30)}{self.pick('ABCD')}" if unit else ""),
                    f"{town}, {reg} {pc}"]
        if cc == "CA":
            return [(f"{self.r.randint(101, 1905)}-" if unit else "") + f"{n} {st}", f"{town}, {reg} {pc}"]
        if cc == "GB":
            return ([f"Flat {self.r.randint(1, 12)}"] if unit else []) + [f"{n} {st}", town, pc]
        if cc == "AU":
            return [(f"Unit {self.r.randint(1, 20)}/" if unit else "") + f"{n} {st}", f"{town} {reg} {pc}"]
        if cc == "IN":
            return ([(f"Flat {self.r.randint(1, 9)}0{self.r.randint(1, 8)}, "
                     f"{self.pick(['Shanti', 'Sai Krupa', 'Lotus', 'Green Park'])} Apartments")] if unit else []) + \
                [f"{n}, {st}", f"{town} {pc}"]
        if cc == "IE":
            return [f"{n} {st}", town] + ([reg] if reg else []) + [pc]
        if cc == "NZ":
            return [(f"{self.r.randint(1, 9)}/" if unit else "") + f"{n} {st}", reg, f"{town} {pc}"]
        if cc == "NG":
            return [f"{n} {st}", reg, town]
        if cc == "SG":
            return [f"Blk {self.r.randint(100, 699)} {st}", f"#{self.r.randint(2, 20):02d}-{self.r.randint(1, 399)}",
                    f"Singapore {pc}"]
        if cc == "ES":
            return [f"{st}, {n}" + (f", {self.r.randint(1, 6)}r {self.r.randint(1, 4)}a" if unit else ""),
                    f"{pc} {town}"]
        if cc == "IS":
            return [f"{st} {n}", f"{pc} {town}"]
        if cc == "ZA":
            return [f"{st} {n}", town, pc]
        if cc == "PH":
            return [f"{n} {st}", reg, f"{town} {pc}"]
        if cc == "MY":
            return [f"No. {n}, {st}", f"{pc} {town}", reg]
        if cc == "TR":
            return [f"{st} No: {n}" + (f" D: {self.r.randint(1, 20)}" if unit else ""), f"{pc} {reg}/{town}"]
        if cc == "RO":
            return [f"{st} nr. {n}" + (f", bl. {self.pick('ABCD')}{self.r.randint(1, 9)}, ap. {self.r.randint(1, 60)}"
                                       if unit else ""), f"{pc} {town}"]
        if cc == "VN":
            return [f"{n} {st}", reg, town]
        if cc == "SI":
            return [f"{st} {n}", f"{pc} {town}"]
        if cc == "DE":
            return [f"{st} {n}", f"{pc} {town}"]
        if cc == "FR":
            return [f"{n} {st}", f"{pc} {town}"]
        raise ValueError(cc)

    # -- dates ---------------------------------------------------------------------------
    def dob_date(self) -> datetime.date:
        return datetime.date(self.r.randint(1942, 2006), self.r.randint(1, 12), self.r.randint(1, 28))

    def other_date(self, back: int = 400, fwd: int = 60) -> datetime.date:
        return TODAY + datetime.timedelta(days=self.r.randint(-back, fwd))

    def fdate(self, d: datetime.date, cc: str | None = None, words: bool | None = None) -> str:
        cc = cc or self.cc
        words = self.chance(0.35) if words is None else words
        lang = {"ES": "ca", "IS": "is", "ZA": "af", "MY": "ms", "TR": "tr", "RO": "ro", "SI": "sl", "DE": "de",
                "FR": "fr", "PH": "en"}.get(cc, "en")
        m = MONTHS[lang][d.month - 1]
        if cc in ("US", "PH"):
            return f"{m} {d.day}, {d.year}" if words else self.pick([f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}"])
        if cc == "CA":
            return f"{m} {d.day}, {d.year}" if words else f"{d:%Y-%m-%d}"
        if cc in EN_CC:
            return f"{d.day} {m} {d.year}" if words else self.pick([f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}"])
        if cc == "ES":
            art = "d'" if m[0] in "ao" else "de "
            return f"{d.day} {art}{m} de {d.year}" if words else f"{d:%d/%m/%Y}"
        if cc in ("IS", "DE"):
            return f"{d.day}. {m} {d.year}" if words else f"{d:%d.%m.%Y}"
        if cc == "SI":
            return f"{d.day}. {m} {d.year}" if words else self.pick([f"{d.day}. {d.month}. {d.year}", f"{d:%d.%m.%Y}"])
        if cc in ("TR", "RO"):
            return f"{d.day} {m} {d.year}" if words else f"{d:%d.%m.%Y}"
        if cc == "ZA":
            return f"{d.day} {m} {d.year}" if words else f"{d:%Y-%m-%d}"
        if cc == "MY":
            return f"{d.day} {m} {d.year}" if words else f"{d:%d/%m/%Y}"
        if cc == "VN":
            return f"ngày {d.day} tháng {d.month} năm {d.year}" if words else f"{d:%d/%m/%Y}"
        if cc == "FR":
            return f"{d.day} {m} {d.year}" if words else f"{d:%d/%m/%Y}"
        return d.isoformat()

    def dob(self, cc: str | None = None, words: bool | None = None) -> str:
        return self.fdate(self.dob_date(), cc, words)

    def date(self, cc: str | None = None, back: int = 400, fwd: int = 60, words: bool | None = None) -> str:
        return self.fdate(self.other_date(back, fwd), cc, words)

    def stamp(self, back: int = 30) -> str:
        d = self.other_date(back, 0)
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"

    # -- finance / ids ----------------------------------------------------------------------
    def card(self, style: str | None = None) -> str:
        kind = self.r.randrange(5)
        if kind == 0:
            num = _luhn(self.r, self.pick(["34", "37"]), 15)
            sizes = [4, 6, 5]
        else:
            num = _luhn(self.r, self.pick(["4", "4", "51", "52", "53", "54", "55", "2221"]), 16)
            sizes = [4, 4, 4, 4]
        style = style or self.pick(["sp", "sp", "none", "dash"])
        return num if style == "none" else _group(num, sizes, " " if style == "sp" else "-")

    def last4(self) -> str:
        return self.digits(4)

    def masked(self) -> str:
        return self.pick(["**** **** **** ", "XXXX-XXXX-XXXX-", "************", "4*** **** **** "]) + self.digits(4)

    def ssn(self, style: str | None = None) -> str:
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = style or self.pick(["-", "-", " ", ""])
        return f"{a:03d}{style}{g:02d}{style}{s:04d}"

    def routing(self) -> str:
        while True:
            d = [int(x) for x in self.pick(["0", "1", "2", "3"]) + self.digits(7)]
            for c in range(10):
                e = d + [c]
                if (3 * (e[0] + e[3] + e[6]) + 7 * (e[1] + e[4] + e[7]) + (e[2] + e[5] + e[8])) % 10 == 0:
                    return "".join(map(str, e))

    def us_account(self) -> str:
        return str(self.r.randint(1, 9)) + self.digits(self.r.randint(7, 11))

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.cc
        iban = _iban_local(self.r, cc) if cc in ("TR", "RO", "SI", "IS") else _iban_of(self.r, cc)
        spaced = self.chance(0.5) if spaced is None else spaced
        return _group(iban, [4] * 10) if spaced else iban

    def bic(self) -> str:
        return self.pick(["DEUTDEFF", "COBADEFFXXX", "BSCHESMM", "CAIXESBBXXX", "NWBKGB2L", "BOFIIE2D", "INGBNL2A",
                          "BNPAFRPP", "TGBATRIS", "BTRLRO22", "LJBASI2X", "GLITISRE", "ABSAZAJJ", "MBBEMY2L",
                          "BNORPHMM", "BFTVVNVX"])

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def priv_ip(self) -> str:
        k = self.r.randrange(4)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 1:
            return f"192.168.{self.r.randint(0, 10)}.{self.r.randint(1, 254)}"
        if k == 2:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return self.pick(["127.0.0.1", "fe80::1c2b:3aff:fe4d:9e21", "::1", f"100.{self.r.randint(64, 127)}.3.{self.r.randint(1, 254)}"])

    def password(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return self.pick(["Summer", "Sunshine", "Liverpool", "Monkey", "Dragon", "Princess", "Blessed", "Chelsea",
                              "Qwerty", "Barcelona", "Lakers", "Mariposa"]) + str(self.r.randint(1, 2026)) + \
                self.pick(["!", "#", "", "$", "?"])
        if k == 1:
            return self.alnum(self.r.randint(10, 16), _B62 + "!#%&*+-=?@^_")
        if k == 2:
            w = [self.pick(["correct", "horse", "battery", "staple", "orange", "tiger", "river", "cloud", "kettle",
                            "violet", "tango", "pepper"]) for _ in range(3)]
            return self.pick(["-", ".", "_"]).join(w) + str(self.r.randint(1, 99))
        if k == 3:
            return self.pick(["P@ssw0rd", "Welkom", "Parola", "Sifre", "Geslo", "Passw0rt", "Lykilord", "Contrasenya"]) + \
                self.digits(self.r.randint(2, 4)) + self.pick(["!", "*", ""])
        return self.alnum(4, string.ascii_lowercase) + self.digits(2) + self.alnum(3, string.ascii_uppercase) + \
            self.pick(["!", "@", "#", "$"]) + self.digits(2)

    def apikey(self) -> str:
        k = self.r.randrange(7)
        if k == 0:
            return "sk_live_" + self.alnum(24)
        if k == 1:
            return "AKIA" + self.alnum(16, string.ascii_uppercase + string.digits)
        if k == 2:
            return "ghp_" + self.alnum(36)
        if k == 3:
            return "xoxb-" + self.digits(11) + "-" + self.digits(12) + "-" + self.alnum(24)
        if k == 4:
            return "SG." + self.alnum(22, _B62 + "-_") + "." + self.alnum(43, _B62 + "-_")
        if k == 5:
            return "AIza" + self.alnum(35, _B62 + "-_")
        return "glpat-" + self.alnum(20, _B62 + "-_")

    # look-alike secrets / ids
    def pk(self) -> str:
        return "pk_live_" + self.alnum(24)

    def sid(self) -> str:
        return "AC" + self.hexs(32)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, _B62 + "./")

    def argon(self) -> str:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.alnum(22, _B62 + "+/") + "$" + self.alnum(43, _B62 + "+/")

    def sha(self) -> str:
        return hashlib.sha256(self.digits(12).encode()).hexdigest()

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def ref(self, prefix: str, n: int = 6) -> str:
        return prefix + self.digits(n)

    def version(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 40)}"

    def imei(self) -> str:
        return _luhn(self.r, self.pick(["35", "86", "01"]), 15)

    def money(self, lo: int = 20, hi: int = 900, cur: str = "$") -> str:
        v = self.r.randint(lo * 100, hi * 100) / 100
        return f"{cur}{v:,.2f}" if cur in "$£€₹" else f"{v:,.2f} {cur}"

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 60):.5f}, {self.r.uniform(-120, 150):.5f}"

    def otp(self) -> str:
        return self.digits(6)

    def time(self) -> str:
        return f"{self.r.randint(7, 20):02d}:{self.pick(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------------------------------------
# rendering: '${name}' placeholders; a value is str (not PII) or (str, LABEL)
# ---------------------------------------------------------------------------------------------
_PH = re.compile(r"\$\{(\w+)\}")
_BAD_EDGE = set(" \t\n\"'“”‘’«»()[]{}<>,;:!?")


def fill(tpl: str, vals: dict) -> Text:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = n = 0
    for m in _PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        v = vals[m.group(1)]
        if isinstance(v, tuple):
            s, lab = v
            if lab:
                spans.append((n, n + len(s), lab))
        else:
            s = v
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    _check(text, spans)
    return Text(text, spans)


def _check(text: str, spans: list[tuple[int, int, str]]) -> None:
    last = -1
    for s, e, lab in sorted(spans):
        assert lab in LABELS, lab
        assert s >= last, ("overlap", text[s:e])
        v = text[s:e]
        assert v and (v[-1] not in _BAD_EDGE or lab in (PWD, KEY)), ("edge", v)
        assert lab in (PWD, KEY) or v[0] not in _BAD_EDGE or (lab == PHN and v[0] == "(" and ")" in v), ("edge", v)
        assert v == v.strip(), ("space", v)
        if v.endswith(".") and lab not in (PWD, KEY):
            assert lab == PER and re.search(r"\b\w\.$", v), ("dot", v)
        if lab == CCN:
            assert _luhn_ok(v), v
        if lab == IBN:
            assert _iban_ok(v), v
        if lab == SSN:
            d = re.sub(r"\D", "", v)
            assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
        last = e


def lab(v: str, label: str) -> tuple[str, str]:
    return (v, label)


def addr_one(lines: list[str], sep: str = ", ") -> str:
    return sep.join(x for x in lines if x)


# ---------------------------------------------------------------------------------------------
# free-text templates: each is (name, country, language, function(G) -> Text)
# ---------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, str, str, object]] = []


def T(name: str, cc: str, lang: str = "en"):
    def deco(fn):
        TEMPLATES.append((name, cc, lang, fn))
        return fn
    return deco


def nm(p: P, style: str = "full") -> tuple[str, str]:
    if style == "first":
        return (p.first, PER)
    if style == "last":
        return (p.last, PER)
    if style == "lastfirst":
        return (f"{p.last.upper() if p.cc in ('FR', 'RO') else p.last}, {p.first}", PER)
    if style == "initial":
        return (f"{p.first} {p.last[0].upper()}.", PER)
    if style == "lower":
        return (p.full.lower(), PER)
    return (p.full, PER)


# ---- US ---------------------------------------------------------------------------------------
@T("us_car_service_email", "US")
def _t(g: G) -> Text:
    c, adv = g.person(), g.person()
    shop = g.pick(["Hendrick Toyota Service", "Bob Johnson Chevrolet", "Lithia Ford of Springfield",
                   "AutoNation Honda"])
    vin = "1HG" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    tpl = ("From: ${cmail}\nTo: service@${dom}\nSubject: RE: Repair order RO-${ro} - ${car}\n\n"
           "Hi ${advf},\n\nThanks for the quote. Go ahead with the front brakes but hold off on the cabin filter "
           "for now. I can drop it off ${when} around ${tm}. VIN is ${vin} in case you need it, mileage is about "
           "${miles}.\n\nIf anything comes up text me at ${cph} - I'm in meetings most of the day.\n\n"
           "Thanks,\n${cname}\n\n-----Original Message-----\nFrom: ${advname} <${amail}>\n"
           "Sent: ${sent}\n\n${cfirst}, your ${car} is due for its 60k service. Estimate attached (${amt} before "
           "tax). ${shop} | ${shopaddr} | ${shopph}\n")
    dom = "hendrickservice.com"
    return fill(tpl, {"cmail": (g.email(c), EML), "dom": dom, "ro": g.digits(6), "car": g.pick(["2019 Camry", "2021 Tacoma",
                "2017 F-150", "2020 CR-V", "2018 Equinox"]), "advf": nm(adv, "first"), "when": g.pick(["Tuesday", "Thursday",
                "tomorrow"]), "tm": g.pick(["7:30", "8", "noon"]), "vin": vin, "miles": f"{g.r.randint(31, 98)},{g.digits(3)}",
                "cph": (g.phone(style=g.pick(["nat", "dash"])), PHN), "cname": nm(c), "advname": nm(adv),
                "amail": (f"{_ascii(adv.first).lower()}.{_ascii(adv.last).lower().replace(chr(39), '')}@{dom}", EML),
                "sent": g.date(back=20, fwd=0, words=True), "cfirst": nm(c, "first"), "amt": g.money(300, 1400),
                "shop": shop, "shopaddr": (addr_one(g.addr(unit=False)), ADR), "shopph": (g.phone(fixed=True, style="nat"), PHN)})


@T("us_car_finance_form", "US")
def _t(g: G) -> Text:
    c = g.person()
    sep = g.pick([": ", " = ", ":\t"])
    rows = [("Applicant", nm(c)), ("DOB", (g.dob("US", words=False), DOB)), ("SSN", (g.ssn(), SSN)),
            ("Home address", (addr_one(g.addr()), ADR)), ("Mobile", (g.phone(), PHN)), ("Email", (g.email(c), EML)),
            ("Employer", g.pick(["Walmart Inc", "Kroger", "Self-employed", "City of Austin", "Dell Technologies"])),
            ("Monthly gross income", g.money(2500, 9000)), ("Bank routing #", g.routing()),
            ("Checking acct #", (g.us_account(), BNK)), ("Vehicle", f"Stock #{g.digits(5)} {g.pick(['2024 RAV4', '2023 Civic', '2022 Silverado'])}"),
            ("Down payment", g.money(500, 5000)), ("Card on file", g.masked()), ("Deal ID", g.uuid()),
            ("Submitted", g.stamp())]
    if g.chance(0.5):
        rows.insert(3, ("Co-applicant", nm(g.person(), g.pick(["full", "lastfirst"]))))
    tpl = "CREDIT APPLICATION - dealer copy\n" + "".join(f"{k}{sep}${{v{i}}}\n" for i, (k, _) in enumerate(rows))
    return fill(tpl, {f"v{i}": v for i, (_, v) in enumerate(rows)})


@T("us_dental_claim_email", "US")
def _t(g: G) -> Text:
    p, dr = g.person(), g.person()
    full_ssn = g.chance(0.5)
    tpl = ("Hello,\n\nI'm resubmitting claim #${clm} for ${pt} (DOB ${dob}). Your rep said the subscriber ID was "
           "missing, so here it is: member ID ${mid}, group ${grp}. " +
           ("Subscriber SSN ${ssn} as requested. " if full_ssn else "SSN on file ends in ${l4}. ") +
           "Procedure D2740 (crown) on tooth #${tooth}, DOS ${dos}, billed ${amt}. Treating dentist: Dr. ${dr}, "
           "NPI ${npi}.\n\nPlease call our billing office at ${ph} or reply to ${role} if anything else is needed.\n\n"
           "${me}\nBilling Coordinator, ${practice}\n")
    return fill(tpl, {"clm": g.digits(10), "pt": nm(p, g.pick(["full", "lastfirst"])), "dob": (g.dob("US"), DOB),
                          "mid": "W" + g.digits(9), "grp": g.digits(6), "ssn": (g.ssn(), SSN), "l4": g.last4(),
                          "tooth": str(g.r.randint(1, 32)), "dos": g.date(back=60, fwd=0), "amt": g.money(800, 1600),
                          "dr": nm(dr, "last"), "npi": "1" + g.digits(9), "ph": (g.phone(fixed=True), PHN),
                          "role": (g.pick(["billing", "claims", "frontdesk"]) + "@brightsmiledental.com", EML),
                          "me": nm(g.person()), "practice": g.pick(["Bright Smile Dental", "Lakeview Family Dentistry",
                                                              "Sullivan & Hayes DDS"])})


@T("us_marketplace_payout_ticket", "US")
def _t(g: G) -> Text:
    s, agent = g.person(), g.person()
    tpl = ("Ticket #${tk} | Priority: normal | Channel: web form\nRequester: ${sname} <${smail}>\n\n"
           "hey, my payout for order ${o1} and ${o2} never showed up. I changed banks last month, new account is "
           "${acct} (routing ${rt}). old one ending ${l4} is closed. pls fix asap i sold a ${brand} jacket for ${amt}\n\n"
           "--- internal note (${agent}) ---\nVerified seller via SMS to ${ph}. Login from ${ip} matches usual "
           "location. Stripe acct ${sid} flagged for manual review, do NOT share acct numbers in public reply.\n")
    return fill(tpl, {"tk": g.digits(7), "sname": nm(s), "smail": (g.email(s), EML), "o1": g.ref("ORD-", 8),
                          "o2": g.ref("ORD-", 8), "acct": (g.us_account(), BNK), "rt": g.routing(), "l4": g.last4(),
                          "brand": g.pick(["Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Levi's"]),
                          "amt": g.money(40, 300), "agent": nm(agent, "initial"), "ph": (g.phone(), PHN), "ip": (g.ip4(), IPA),
                          "sid": "acct_" + g.alnum(16)})


@T("us_plumbing_phone_payment", "US")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("CALL NOTE ${ts} - ${tech}\nCust ${cname} called re water heater leak at ${addr}. "
           "${pet} the dog will be in the yard, gate code ${gate}. Quoted ${amt} for 50gal Rheem replacement "
           "(model XG50T06EC36U1). Took deposit over phone: card ${card} exp ${exp} cvv ${cvv}, auth ${auth}. "
           "Callback ${ph}. Job #${job}.\n")
    return fill(tpl, {"ts": g.stamp(), "tech": nm(g.person(), "first"), "cname": nm(c, g.pick(["full", "last"])),
                          "addr": (addr_one(g.addr()), ADR), "pet": g.pick(["Biscuit", "Rocky", "Luna", "Max"]),
                          "gate": g.digits(4), "amt": g.money(900, 2100), "card": (g.card(), CCN),
                          "exp": f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}", "cvv": g.digits(3), "auth": g.alnum(6, string.ascii_uppercase + string.digits),
                          "ph": (g.phone(), PHN), "job": g.digits(5)})


@T("us_florist_order_note", "US")
def _t(g: G) -> Text:
    sender, rcpt = g.person(), g.person(fem=True)
    tpl = ("phone order - ${staff}\nFrom: ${sname}, ${sph}\nTo: ${rname}\nDeliver to: ${raddr}\n"
           "Deliver on ${dd} (AM please, she works nights)\nItem: ${item}, add balloon\nCard msg: \"Happy 80th "
           "${rfirst}! Love always, Grandma ${gm}\"\nPaid: ${card}\nOrder ${ord} / ${amt} incl. delivery\n")
    return fill(tpl, {"staff": nm(g.person(), "first"), "sname": nm(sender), "sph": (g.phone(), PHN),
                          "rname": nm(rcpt), "raddr": (addr_one(g.addr()), ADR),
                          "dd": g.date(back=0, fwd=10), "item": g.pick(["Sweet Pea bouquet", "Deluxe rose box",
                                                                    "Julia's Garden arrangement"]),
                          "rfirst": nm(rcpt, "first"), "gm": (g.pick(["Jo", "Bev", "Dot"]), PER),
                          "card": (g.card(), CCN) if g.chance(0.5) else g.masked(), "ord": g.ref("FL", 7),
                          "amt": g.money(60, 180)})


@T("us_status_page_nopii", "US")
def _t(g: G) -> Text:
    tpl = ("[Resolved] Elevated error rates on checkout API\n${ts} UTC - We deployed v${v1} of the payments "
           "service, which rolled back the change introduced in v${v2}. Error rate dropped from ${e1}% to ${e2}%. "
           "Affected request IDs were logged under incident ${inc} (trace ${uuid}). About ${n} orders totalling "
           "${amt} were retried automatically. Next review: ${dt}. No customer data was exposed.\n")
    return fill(tpl, {"ts": g.stamp(), "v1": g.version(), "v2": g.version(), "e1": str(g.r.randint(3, 40)),
                          "e2": f"0.{g.r.randint(1, 9)}", "inc": "INC-" + g.digits(5), "uuid": g.uuid(),
                          "n": str(g.r.randint(100, 9000)), "amt": g.money(5000, 90000), "dt": g.date("US", back=0, fwd=14)})


# ---- GB ---------------------------------------------------------------------------------------
@T("gb_dental_sms_thread", "GB")
def _t(g: G) -> Text:
    p, mum = g.person(), g.person(fem=True)
    prac = g.pick(["Whitaker Dental", "SmileCare Harrogate", "Ashworth & Clarke Dental"])
    tpl = ("${prac}: Hi ${pf}, reminder of your check-up with Dr ${dr} on ${dt} at ${tm}. Reply Y to confirm or "
           "call ${bph}.\n${pf2}: Y. can u put a note to ring my mum ${mumf} on ${mph} if im late? shes driving me\n"
           "${prac}: No problem, noted. Please bring a list of medications. Ref ${ref}. Door code for the side "
           "entrance is ${door}.\n${pf2}: thanks x\n")
    return fill(tpl, {"prac": prac, "pf": nm(p, "first"), "pf2": nm(p, g.pick(["first", "full"])), "dr": nm(g.person(), "last"),
                          "dt": g.date(back=0, fwd=30, words=True), "tm": g.time(), "bph": (g.phone(fixed=True), PHN),
                          "mumf": nm(mum, "first"), "mph": (g.phone(style="nat"), PHN), "ref": g.ref("APT", 6),
                          "door": g.digits(4) + "#"})


@T("gb_holiday_booking_email", "GB")
def _t(g: G) -> Text:
    lead, p2, kid = g.person(), g.person(), g.person()
    kid.last = lead.last
    tpl = ("Subject: Your booking is confirmed - ${ref}\n\nDear ${title} ${leadl},\n\nThank you for booking your "
           "package holiday to ${dest} with Sunway Travel (ATOL ${atol}). Departing ${dep} from ${apt} Airport, flight "
           "${flt}.\n\nPassengers (names must match passports):\n1. ${n1} - DOB ${d1}\n2. ${n2} - DOB ${d2}\n"
           "3. ${n3} - DOB ${d3}\n\nLead passenger address:\n${addr}\n\nBalance of ${bal} is due by ${due}. "
           "Questions? Call ${ph} or email ${bem}.\n")
    return fill(tpl, {"ref": g.alnum(6, string.ascii_uppercase), "title": g.pick(["Mrs", "Ms"]) if lead.fem else "Mr",
                          "leadl": nm(lead, "last"), "dest": (g.pick(["Tenerife", "Crete", "Antalya", "Lanzarote"]), LOC),
                          "atol": g.digits(5), "dep": g.date(back=0, fwd=60, words=True),
                          "apt": g.pick(["Manchester", "Leeds Bradford", "Bristol"]), "flt": "TOM" + g.digits(4),
                          "n1": (f"{lead.first.upper()} {lead.last.upper()}", PER), "d1": (g.dob("GB"), DOB),
                          "n2": (f"{p2.first.upper()} {p2.last.upper()}", PER), "d2": (g.dob("GB"), DOB),
                          "n3": (f"{kid.first.upper()} {kid.last.upper()}", PER),
                          "d3": (g.fdate(datetime.date(g.r.randint(2012, 2020), g.r.randint(1, 12), g.r.randint(1, 28))), DOB),
                          "addr": ("\n".join(g.addr()), ADR), "bal": g.money(600, 3000, "£"), "due": g.date(back=0, fwd=40),
                          "ph": (g.phone(fixed=True), PHN), "bem": ("bookings@sunwaytravel.co.uk", EML)})


@T("gb_car_crm_note", "GB")
def _t(g: G) -> Text:
    c = g.person()
    reg = f"{g.alnum(2, 'ABCDEFGHJKLMNPRSTVWXY')}{g.r.randint(10, 74)} {g.alnum(3, 'ABCDEFGHJKLMNPRSTVWXY')}"
    tpl = ("${ts} ${agent}: ${cust} rang about ${reg} (${model}), MOT due ${mot}. Warning light came on near "
           "${site}. Lives in ${home} so would prefer our ${branch} branch. Booked courtesy car, needs to bring "
           "licence. Mileage ${miles}. Best number ${ph}, email ${em}. Quote ref Q${q}.\n")
    return fill(tpl, {"ts": g.stamp(), "agent": nm(g.person(), "initial"), "cust": nm(c, g.pick(["full", "lower", "last"])),
                          "reg": reg, "model": g.pick(["Ford Focus", "VW Golf", "Kia Sportage", "Vauxhall Corsa"]),
                          "mot": g.date(back=0, fwd=60), "site": g.pick(["the A1(M)", "Tesco car park", "work"]),
                          "home": (g.town(), LOC), "branch": g.town(), "miles": str(g.r.randint(8000, 120000)),
                          "ph": (g.phone(), PHN), "em": (g.email(c), EML), "q": g.digits(6)})


@T("gb_env_config", "GB")
def _t(g: G) -> Text:
    tpl = ("# .env.production - florist booking service\nAPP_VERSION=${ver}\nDB_HOST=${dbh}\nDB_USER=app_rw\n"
           "DB_PASSWORD=${pw}\nSMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\nSMTP_PASS=${sg}\n"
           "STRIPE_PUBLISHABLE_KEY=${pk}\nSTRIPE_SECRET_KEY=${sk}\nADMIN_EMAIL=${adm}\nSESSION_SECRET_HASH=${h}\n"
           "ALLOWED_ORIGIN=https://bloomandbasket.co.uk\nSUPPORT_PHONE=\"${ph}\"\n")
    return fill(tpl, {"ver": g.version(), "dbh": g.priv_ip(), "pw": (g.password(), PWD),
                          "sg": ("SG." + g.alnum(22, _B62 + "-_") + "." + g.alnum(43, _B62 + "-_"), KEY), "pk": g.pk(),
                          "sk": ("sk_live_" + g.alnum(24), KEY), "adm": (g.pick(["ops", "admin", "it"]) + "@bloomandbasket.co.uk", EML),
                          "h": g.sha(), "ph": (g.phone(fixed=True, style="intl"), PHN)})


# ---- CA ---------------------------------------------------------------------------------------
@T("ca_travel_forward", "CA")
def _t(g: G) -> Text:
    a, b, agent = g.person(), g.person(), g.person()
    tpl = ("---------- Forwarded message ---------\nFrom: ${aname} <${amail}>\nDate: ${sent}\nSubject: ${dest} trip - "
           "passport details\nTo: ${agmail}\n\nHi ${agf},\n\nAs requested here are our details for the "
           "package (booking ${bk}):\n- ${aname2}, born ${ad}, passport ${pp1}\n- ${bname}, born ${bd}, passport "
           "${pp2}\nWe're flying out of ${home} on ${dep}. Our address is ${addr}. Cell ${ph}.\n\nCheers,\n${af}\n")
    return fill(tpl, {"aname": nm(a), "amail": (g.email(a), EML), "sent": g.date(back=30, fwd=0, words=True),
                          "agmail": (f"{_ascii(agent.first).lower()}@maplesuntravel.ca", EML), "agf": nm(agent, "first"),
                          "bk": g.ref("MS", 7), "dest": (g.pick(["Cuba", "Mexico", "Jamaica", "Costa Rica"]), LOC), "aname2": nm(a), "ad": (g.dob("CA"), DOB), "pp1": g.alnum(2, string.ascii_uppercase) + g.digits(6),
                          "bname": nm(b), "bd": (g.dob("CA"), DOB), "pp2": g.alnum(2, string.ascii_uppercase) + g.digits(6),
                          "home": (g.town(), LOC), "dep": g.date(back=0, fwd=90, words=True), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(), PHN), "af": nm(a, "first")})


@T("ca_furnace_call_notes", "CA")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("Service call ${wo} | tech: ${tech} | ${dt}\nCustomer: ${cust}\nSite: ${addr}\nContact: ${ph} (${who})\n"
           "Furnace: Lennox EL296V s/n ${sn}, installed ${yr}. Ignitor cracked, replaced. Filter 16x25x1. "
           "Thermostat fw ${ver}, wifi on ${ip}.\nLockbox code ${code}. Dog (${pet}) friendly.\nBilled ${amt} + GST.\n")
    return fill(tpl, {"wo": g.ref("WO-", 6), "tech": nm(g.person(), "initial"), "dt": g.date(back=60, fwd=0),
                          "cust": nm(c, g.pick(["lastfirst", "full"])), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(style=g.pick(["nat", "dash"])), PHN), "who": g.pick(["cell", "home", "wife's cell"]),
                          "sn": g.digits(4) + "A" + g.digits(5), "yr": str(g.r.randint(2005, 2019)), "ver": g.version(),
                          "ip": g.priv_ip(), "code": g.digits(4), "pet": g.pick(["Moose", "Bella", "Tucker"]),
                          "amt": g.money(150, 600)})


@T("ca_marketplace_notifications", "CA")
def _t(g: G) -> Text:
    a, b, c = g.person(), g.person(), g.person()
    tpl = ("[push] ${af}, your ${item} sold! Ship by ${dt} to keep your 5-star rating.\n"
           "[email] Subject: ${bn} sent you an offer of ${amt}\n[email] Subject: New login to your account from "
           "${ip}\n[sms] Closet Swap: your code is ${otp}. Don't share it.\n[push] ${cf} started following you\n"
           "[email] Subject: Receipt for order ${ord} - ${amt2}\n")
    return fill(tpl, {"af": nm(a, "first"), "item": g.pick(["Aritzia Babaton blazer", "Lululemon Align leggings",
                                                         "Roots hoodie", "Canada Goose parka"]),
                          "dt": g.date(back=0, fwd=5, words=True), "bn": nm(b, g.pick(["full", "initial"])),
                          "amt": g.money(20, 200), "ip": (g.ip4(), IPA), "otp": g.otp(), "cf": nm(c, "initial"),
                          "ord": g.ref("CS", 9), "amt2": g.money(20, 200)})


# ---- AU ---------------------------------------------------------------------------------------
@T("au_florist_livechat", "AU")
def _t(g: G) -> Text:
    c, r, bot = g.person(fem=True), g.person(fem=True), g.pick(["Jess", "Sam", "Tayla"])
    tpl = ("Chat transcript - Petal & Stem (same-day delivery)\n[${t1}] ${bot}: Hi there! How can I help today?\n"
           "[${t2}] ${cname}: hi need flowers delivered today to my sister ${rname} at ${raddr}, she's just had a "
           "baby\n[${t3}] ${bot}: Congrats! Orders before 1pm go out today. Best number for the recipient?\n"
           "[${t4}] ${cname}: ${rph}. put on the card \"welcome to the world little ${baby}, love aunty ${cf}\"\n"
           "[${t5}] ${bot}: Done - order ${ord}, paid with card ending ${l4}. Receipt sent to ${em}.\n")
    return fill(tpl, {"t1": "10:02", "t2": "10:03", "t3": "10:03", "t4": "10:05", "t5": "10:07", "bot": (bot, PER),
                          "cname": nm(c, g.pick(["full", "first"])), "rname": nm(r, g.pick(["full", "first"])),
                          "raddr": (addr_one(g.addr()), ADR), "rph": (g.phone(style=g.pick(["nat", "nat_tight"])), PHN),
                          "baby": (g.pick(["Oscar", "Willow", "Archie", "Harper"]), PER), "cf": nm(c, "first"),
                          "ord": "PS-" + g.digits(6), "l4": g.last4(), "em": (g.email(c), EML)})


@T("au_web_order_jsonl", "AU")
def _t(g: G) -> Text:
    g.person()
    lines = []
    vals: dict = {}
    for i in range(g.r.randint(2, 3)):
        p = g.person()
        lines.append(f'{{"ts":"${{ts{i}}}","event":"order.created","order":"${{o{i}}}","email":"${{e{i}}}",'
                     f'"phone":"${{p{i}}}","deliver_to":"${{a{i}}}","client_ip":"${{ip{i}}}","promo":"MUM{20 + i}",'
                     f'"total":"${{t{i}}}"}}')
        vals.update({f"ts{i}": g.stamp(), f"o{i}": g.ref("W", 7), f"e{i}": (g.email(p), EML),
                     f"p{i}": (g.phone(style="e164"), PHN), f"a{i}": (addr_one(g.addr()), ADR),
                     f"ip{i}": (g.ip6() if g.chance(0.3) else g.ip4(), IPA), f"t{i}": g.money(50, 250)})
    lines.append('{"ts":"${tsx}","event":"health","host":"${hip}","build":"${ver}","uptime_s":${up}}')
    vals.update(tsx=g.stamp(), hip=g.priv_ip(), ver=g.version(), up=str(g.r.randint(1000, 999999)))
    return fill("\n".join(lines) + "\n", vals)


@T("au_plumber_job_card", "AU")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("JOB CARD\njob_no=${job}\ncustomer=${cust}\nsite=${addr}\nph=${ph}\nalt_ph=${ph2}\n"
           "email=${em}\naccess=gate code ${gate}, dog in backyard (${pet})\nhws=Rheem Stellar 360L s/n ${sn}\n"
           "lic=PL${lic}\nabn=${abn}\nquote=${amt}\ndate=${dt}\n")
    return fill(tpl, {"job": g.digits(5), "cust": nm(c, g.pick(["full", "lastfirst"])), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(style="nat_tight"), PHN), "ph2": (g.phone(fixed=True), PHN), "em": (g.email(c), EML),
                          "gate": g.digits(4), "pet": g.pick(["Bluey", "Rex", "Coco"]), "sn": g.alnum(10, string.ascii_uppercase + string.digits),
                          "lic": g.digits(6), "abn": f"{g.digits(2)} {g.digits(3)} {g.digits(3)} {g.digits(3)}",
                          "amt": g.money(300, 4000), "dt": g.date()})


@T("au_florist_memo_nopii", "AU")
def _t(g: G) -> Text:
    tpl = ("Mother's Day wrap-up: ${n1} orders across all branches (Fitzroy ${n2}, Newtown ${n3}, Glenelg ${n4}). "
           "Revenue ${amt}, avg basket ${avg}. Stock-outs on SKU ${sku} (David Austin roses) from ${tm}. POS "
           "v${ver} crashed twice - ticket ${tk}. Next year: order ${n5} extra stems by ${dt}.\n")
    return fill(tpl, {"n1": str(g.r.randint(800, 3000)), "n2": str(g.r.randint(100, 900)), "n3": str(g.r.randint(100, 900)),
                          "n4": str(g.r.randint(100, 900)), "amt": g.money(40000, 200000), "avg": g.money(60, 140),
                          "sku": "RS-" + g.digits(5), "tm": g.time(), "ver": g.version(), "tk": "IT-" + g.digits(4),
                          "n5": str(g.r.randint(500, 5000)), "dt": g.date(back=0, fwd=200)})


# ---- IN ---------------------------------------------------------------------------------------
@T("in_visa_form_kv", "IN")
def _t(g: G) -> Text:
    a = g.person()
    father = g.person(fem=False)
    father.last = a.last
    tpl = ("application_id=${aid}\nvisa_type=Schengen C (tourism)\nfull_name=${name}\nfather_name=${fname}\n"
           "date_of_birth=${dob}\nplace_of_birth=${pob}\npassport_no=${pp}\naddress=${addr}\nmobile=${ph}\n"
           "email=${em}\ntravel_from=${dep}\nbiometrics_slot=${slot}\nfee_paid=${fee}\nstatus=submitted\n")
    return fill(tpl, {"aid": g.ref("VFS", 9), "name": (f"{a.first} {a.last}".upper(), PER), "fname": nm(father),
                          "dob": (g.dob("IN", words=False), DOB), "pob": (g.town(), LOC),
                          "pp": g.pick("JKLMNPRSTUVWZ") + g.digits(7), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(style=g.pick(["intl", "nat_tight"])), PHN), "em": (g.email(a), EML),
                          "dep": g.date(back=0, fwd=90), "slot": g.date(back=0, fwd=20) + " " + g.time(),
                          "fee": g.money(3000, 9000, "₹")})


@T("in_marketplace_ticket", "IN")
def _t(g: G) -> Text:
    s, agent = g.person(), g.person()
    tpl = ("Ticket ${tk} - Seller payout not received\nFrom: ${sname} (${em})\n\nSir/Madam, I sold 3 kurtis (order "
           "${o1}) but settlement is still pending since ${dt}. My bank a/c ending ${l4}, IFSC ${ifsc}. Kindly do "
           "the needful. Contact ${ph}.\n\n[Internal] ${ag}: KYC done, PAN ${pan} verified. Payout batch ${uuid} "
           "failed, re-queued. Seller based in ${town}.\n")
    return fill(tpl, {"tk": g.digits(8), "sname": nm(s), "em": (g.email(s), EML), "o1": g.ref("OD", 12),
                          "dt": g.date(back=30, fwd=0), "l4": g.last4(), "ifsc": g.pick(["HDFC", "SBIN", "ICIC", "UTIB"]) + "0" + g.digits(6),
                          "ph": (g.phone(), PHN), "ag": nm(agent, "first"), "pan": g.alnum(5, string.ascii_uppercase) + g.digits(4) + "F",
                          "uuid": g.uuid(), "town": (g.town(), LOC)})


@T("in_dental_sheet_rows", "IN")
def _t(g: G) -> Text:
    rows = ["Patient\tDOB\tMobile\tCity\tNext visit\tDue (₹)"]
    vals: dict = {}
    for i in range(g.r.randint(3, 5)):
        p = g.person()
        rows.append(f"${{n{i}}}\t${{d{i}}}\t${{p{i}}}\t${{c{i}}}\t${{v{i}}}\t${{a{i}}}")
        vals.update({f"n{i}": nm(p, g.pick(["full", "full", "lastfirst"])), f"d{i}": (g.dob("IN", words=False), DOB),
                     f"p{i}": (g.phone(style=g.pick(["nat_tight", "intl"])), PHN), f"c{i}": (g.town(), LOC),
                     f"v{i}": g.date(back=0, fwd=60, words=False), f"a{i}": f"{g.r.randint(500, 25000)}"})
    return fill("\n".join(rows) + "\n", vals)


@T("in_car_whatsapp", "IN")
def _t(g: G) -> Text:
    c, sales = g.person(), g.person()
    d = g.other_date(5, 0)
    ts = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    tpl = ("${ts}, 10:14 am - ${sn}: Good morning sir, this is ${sn2} from Maruti Arena showroom. Your Brezza test "
           "drive is confirmed for tomorrow 11 am.\n${ts}, 10:20 am - ${cn}: ok. for loan what details needed\n"
           "${ts}, 10:22 am - ${sn}: Sir pls share full name as per PAN, DOB, address and email\n"
           "${ts}, 10:31 am - ${cn}: ${cname}, ${dob}, ${addr}. mail id ${em}\n${ts}, 10:32 am - ${sn}: Noted sir. "
           "Booking amount ${amt}, our showroom number is ${sph}\n")
    return fill(tpl, {"ts": ts, "sn": nm(sales, "full"), "sn2": nm(sales, "first"), "cn": (g.phone(style="intl"), PHN),
                          "cname": nm(c), "dob": (g.dob("IN"), DOB), "addr": (addr_one(g.addr()), ADR), "em": (g.email(c), EML),
                          "amt": g.money(10000, 51000, "₹"), "sph": (g.phone(fixed=True, style="nat"), PHN)})


# ---- IE ---------------------------------------------------------------------------------------
@T("ie_plumber_whatsapp", "IE")
def _t(g: G) -> Text:
    c, pl = g.person(), g.person(fem=False)
    d = g.other_date(10, 0)
    ts = f"[{d:%d/%m/%Y}, 0{g.r.randint(7, 9)}:{g.r.randint(10, 59)}"
    tpl = ("${ts}:01] ${cn}: Hi ${pf} it's ${cf}, the boiler is gone again, no hot water since last night\n"
           "${ts}:40] ${pn}: Morning ${cf}. Is it the Worcester combi? any fault code on the display\n"
           "${ts}:52] ${cn}: EA 227. we're at ${addr}\n${ts}:55] ${pn}: Grand, I'll call out after 2. €${amt} call-out, "
           "parts extra. Best number if I'm lost?\n${ts}:57] ${cn}: ${ph}\n")
    return fill(tpl, {"ts": ts, "cn": nm(c), "pf": nm(pl, "first"), "cf": nm(c, "first"), "pn": nm(pl),
                          "addr": (addr_one(g.addr()), ADR), "amt": str(g.r.randint(60, 120)), "ph": (g.phone(), PHN)})


@T("ie_dental_voicemail_stt", "IE")
def _t(g: G) -> Text:
    p = g.person()
    d = g.dob_date()
    ordn = {1: "first", 2: "second", 3: "third", 21: "twenty first", 22: "twenty second", 23: "twenty third"}
    day = ordn.get(d.day, f"{d.day}th")
    dob = f"{day} of {MONTHS['en'][d.month - 1].lower()} {d.year}"
    tpl = ("voicemail transcript (auto): hi there it's ${name} calling um i had an appointment for the cleaning on "
           "thursday but i have to cancel it sorry my date of birth is the ${dob} in case you need it to find me "
           "eh you can ring me back on ${ph} or i'm on email at ${em} thanks a million bye\n")
    return fill(tpl, {"name": nm(p, "lower"), "dob": (dob, DOB), "ph": (g.phone(style="nat"), PHN),
                          "em": (g.email(p), EML)})


@T("ie_travel_quoted_reply", "IE")
def _t(g: G) -> Text:
    c, ag = g.person(), g.person()
    lines = g.addr(unit=False)
    biz = ["Unit 4, Liosbán Business Park", "Tuam Road", "Galway", "H91 " + g.fmt_pc("%%%%")]
    tpl = ("Hi ${agf},\n\nYes please go ahead with the ${dest} option for the 14th. Could you post the documents "
           "rather than email? Same address as before.\n\n${cname}\n\nOn ${dt}, ${agn} <${agm}> wrote:\n"
           "> Hi ${cf}, we have you down at:\n" + "".join(f"> ${{q{i}}}\n" for i in range(len(lines))) +
           "> Can you confirm this is still correct?\n> \n> ${agn}\n> Atlantic Sun Holidays\n> "
           "${biz}\n> Tel ${bph}\n")
    vals = {"dest": (g.pick(["Lanzarote", "Fuerteventura", "Madeira", "Malta"]), LOC), "agf": nm(ag, "first"), "cname": nm(c), "dt": g.date(back=20, fwd=0, words=True), "agn": nm(ag),
                "agm": (f"{_ascii(ag.first).lower()}@atlanticsun.ie", EML), "cf": nm(c, "first"),
                "biz": (", ".join(biz), ADR), "bph": (g.phone(fixed=True), PHN)}
    vals.update({f"q{i}": (ln, ADR) for i, ln in enumerate(lines)})
    return fill(tpl, vals)


# ---- NZ ---------------------------------------------------------------------------------------
@T("nz_marketplace_chat", "NZ")
def _t(g: G) -> Text:
    b, s = g.person(), g.person()
    tpl = ("${bf}: kia ora, is the Karen Walker dress still available? size 10?\n${sf}: yes it is! $${amt} + "
           "shipping\n${bf}: awesome can you courier it to ${addr}\n${sf}: sure, send payment and I'll post tomorrow. "
           "tracking will be ${trk}\n${bf}: paid! it's under ${bname}. my number is ${ph} if the courier needs it\n"
           "${sf}: sweet, sorry if there's a bit of cat hair, ${pet} loves that dress lol\n")
    return fill(tpl, {"bf": nm(b, "first"), "sf": nm(s, g.pick(["first", "initial"])), "amt": str(g.r.randint(30, 180)),
                          "addr": (addr_one(g.addr()), ADR), "trk": "NZP" + g.digits(10), "bname": nm(b),
                          "ph": (g.phone(), PHN), "pet": g.pick(["Miso", "Pickle", "Whiskers"])})


@T("nz_nginx_access_log", "NZ")
def _t(g: G) -> Text:
    lines, vals = [], {}
    for i in range(g.r.randint(3, 5)):
        pub = g.chance(0.7)
        d = g.other_date(3, 0)
        path = g.pick(["/api/v2/listings?page=2", "/checkout", "/login", f"/api/v2/orders?api_key=${{k{i}}}",
                       f"/static/app.${{h{i}}}.js"])
        hh, mi, se = g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59)
        code, size = g.pick([200, 200, 302, 404]), g.r.randint(200, 90000)
        mon = MONTHS["en"][d.month - 1][:3]
        lines.append(f'${{ip{i}}} - - [{d.day:02d}/{mon}/{d.year}:{hh:02d}:{mi:02d}:{se:02d} +1300] "GET {path} '
                     f'HTTP/1.1" {code} {size} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) '
                     'Version/17.4 Mobile"')
        vals[f"ip{i}"] = (g.ip4(), IPA) if pub else g.priv_ip()
        vals[f"k{i}"] = (g.apikey(), KEY)
        vals[f"h{i}"] = g.hexs(8)
    return fill("\n".join(lines) + "\n", vals)


@T("nz_dental_recall_ocr", "NZ")
def _t(g: G) -> Text:
    p = g.person()
    tpl = ("KOWHAI DENTAL CENTRE\n${cl}\nPh ${cph}\n\n${title} ${name}\n${addr}\n\nDate: ${dt}    Patient No: ${pn}\n"
           "D0B: ${dob}\n\nDear ${first},\nOur records show you are due for your 6-rnonthly check and clean. Please "
           "phone us or book online. If you have rnoved, let us know.\n")
    cl = "12 Kowhai Lane, Hamilton East, Hamilton 3216"
    return fill(tpl, {"cl": (cl, ADR), "cph": (g.phone(fixed=True), PHN), "title": g.pick(["Ms", "Mrs"]) if p.fem else "Mr",
                          "name": (f"{p.first[0]}. {p.last}".upper() if g.chance(0.3) else p.full.upper(), PER),
                          "addr": ("\n".join(g.addr()), ADR), "dt": g.date(back=10, fwd=0), "pn": g.digits(6),
                          "dob": (g.dob("NZ", words=False), DOB), "first": nm(p, "first")})


# ---- NG ---------------------------------------------------------------------------------------
@T("ng_slack_export", "NG")
def _t(g: G) -> Text:
    a, b, c = g.person(), g.person(), g.person()
    tpl = ("#payments-eng\n${an}  ${t1}\nstaging keeps failing on the paystack webhook, anyone changed the creds?\n"
           "${bn}  ${t2}\nyeah I rotated them. new secret is ${key} , db pass for staging is still ${pw}\n"
           "${an}  ${t3}\n@${bf} please don't paste secrets here :facepalm: use vault\n${cn}  ${t4}\nalso the "
           "callback host is ${pip}, prod is behind ${pub}. build ${ver} is green now\n")
    return fill(tpl, {"an": nm(a), "bn": nm(b), "cn": nm(c), "bf": (_ascii(b.first).lower(), PER), "t1": "9:02 AM", "t2": "9:04 AM",
                          "t3": "9:05 AM", "t4": "9:11 AM", "key": (g.pick(["sk_live_", "sk_test_"]) + g.alnum(40), KEY),
                          "pw": (g.password(), PWD), "pip": g.priv_ip(), "pub": (g.ip4(), IPA), "ver": g.version()})


@T("ng_travel_sms", "NG")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("From ${agph}: Dear ${cn}, your visa biometrics appointment is ${dt} at the Lagos VAC. Bring passport "
           "${pp}. Ref ${ref}.\nTo ${agph}: Thanks. Pls also book for my wife ${wn}, DOB ${wd}. she's coming from "
           "${wt}. my other line is ${ph}\nFrom ${agph}: Noted sir. Total fee is ₦${amt}. Pay to Zenith acct "
           "${acct}.\n")
    w = g.person(fem=True)
    w.last = c.last
    return fill(tpl, {"agph": (g.phone(style="intl"), PHN), "cn": nm(c), "dt": g.date(back=0, fwd=30, words=True),
                          "pp": "A" + g.digits(8), "ref": g.ref("GWF", 9), "wn": nm(w), "wd": (g.dob("NG"), DOB),
                          "wt": (g.town(), LOC), "ph": (g.phone(), PHN), "amt": f"{g.r.randint(150, 900)},000",
                          "acct": g.digits(10)})


# ---- SG ---------------------------------------------------------------------------------------
@T("sg_florist_teams_chat", "SG")
def _t(g: G) -> Text:
    a, b, r1, r2 = g.person(), g.person(), g.person(), g.person()
    tpl = ("${an} ${t1}\nRun 2 today: ${r1n}, ${r1a} (call ${r1p} before going up) then ${r2n}, ${r2a}\n"
           "${bn} ${t2}\nok. the Tampines outlet has the extra hydrangeas?\n${an} ${t3}\nyes collect from Tampines "
           "first. ${r2f} paid already, order ${o2}. ${r1f}'s is COD ${amt}\n${bn} ${t4}\n👍 recipient ${r2f} phone "
           "${r2p}?\n")
    return fill(tpl, {"an": nm(a), "bn": nm(b), "t1": "11:02 AM", "t2": "11:05 AM", "t3": "11:06 AM", "t4": "11:09 AM",
                          "r1n": nm(r1), "r1a": (addr_one(g.addr()), ADR), "r1p": (g.phone(style="nat"), PHN), "r2n": nm(r2),
                          "r2a": (addr_one(g.addr()), ADR), "r2f": nm(r2, "first"), "o2": g.ref("BL", 6),
                          "r1f": nm(r1, "first"), "amt": g.money(40, 200), "r2p": (g.phone(), PHN)})


@T("sg_app_log", "SG")
def _t(g: G) -> Text:
    u = g.person()
    tpl = ("${ts} INFO  [auth] login ok user=${em} ip=${ip} session=${sess} device=${uuid}\n${ts2} WARN  [sms] "
           "OTP resend to ${ph} throttled (3/5)\n${ts3} ERROR [db] timeout connecting to ${pip}:5432 after 3000ms "
           "(pool=12, version ${ver})\n${ts4} INFO  [profile] updated fields=[dob, address] user_id=${uid}\n")
    return fill(tpl, {"ts": g.stamp(1), "ts2": g.stamp(1), "ts3": g.stamp(1), "ts4": g.stamp(1), "em": (g.email(u), EML),
                          "ip": (g.ip6() if g.chance(0.4) else g.ip4(), IPA), "sess": g.hexs(32), "uuid": g.uuid(),
                          "ph": (g.phone(style="e164"), PHN), "pip": g.priv_ip(), "ver": g.version(), "uid": g.digits(7)})


# ---- Catalan (ES) -----------------------------------------------------------------------------
@T("ca_taller_correu", "ES", "ca")
def _t(g: G) -> Text:
    c, rec = g.person(), g.person()
    mat = f"{g.digits(4)} {g.alnum(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    tpl = ("Bon dia ${recf},\n\nUs escric per la revisió del cotxe (matrícula ${mat}, ordre de treball OT-${ot}). "
           "Em va sortir el testimoni de l'oli a la C-17 tornant de ${town}. El puc portar dijous a les ${tm}? "
           "Si cal, truqueu-me al ${ph}.\n\nGràcies,\n${cname}\n${addr}\n\n--\nTallers Puig i Fills · Servei "
           "oficial · ${biz} · ${bph}\n")
    return fill(tpl, {"recf": nm(rec, "first"), "mat": mat, "ot": g.digits(5), "town": (g.town(), LOC), "tm": g.time(),
                          "ph": (g.phone(style=g.pick(["nat", "intl"])), PHN), "cname": nm(c), "addr": (addr_one(g.addr()), ADR),
                          "biz": (addr_one(g.addr(unit=False)), ADR), "bph": (g.phone(fixed=True, style="nat"), PHN)})


@T("ca_dentista_formulari", "ES", "ca")
def _t(g: G) -> Text:
    p = g.person()
    tpl = ("FITXA DE PACIENT - Clínica Dental Sant Jordi\nNom: ${nom}\nCognoms: ${cog}\nData de naixement: ${dob}\n"
           "DNI: ${dni}\nAdreça: ${addr}\nTelèfon mòbil: ${ph}\nCorreu electrònic: ${em}\nDomiciliació (IBAN): ${iban}\n"
           "BIC: ${bic}\nMútua: ${mut} núm. pòlissa ${pol}\nAl·lèrgies: ${alg}\nData de la primera visita: ${dv}\n")
    return fill(tpl, {"nom": nm(p, "first"), "cog": nm(p, "last"), "dob": (g.dob(), DOB),
                          "dni": g.digits(8) + g.pick("TRWAGMYFPDXBNJZSQVHLCKE"), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(), PHN), "em": (g.email(p), EML), "iban": (g.iban("ES"), IBN), "bic": g.bic(),
                          "mut": g.pick(["Sanitas", "Adeslas", "Asisa"]), "pol": g.digits(9),
                          "alg": g.pick(["cap", "penicil·lina", "làtex"]), "dv": g.date()})


@T("ca_floristeria_whatsapp", "ES", "ca")
def _t(g: G) -> Text:
    c, r = g.person(), g.person(fem=True)
    d = g.other_date(3, 0)
    tpl = ("[${d} 18:02] ${cn}: Hola! Voldria enviar un ram de roses per Sant Jordi a la meva mare\n"
           "[${d} 18:04] Floristeria Montserrat: Hola ${cf}! Cap problema. Nom i adreça de la destinatària?\n"
           "[${d} 18:07] ${cn}: ${rn}, ${raddr}. El seu telèfon és ${rph}\n"
           "[${d} 18:09] Floristeria Montserrat: Perfecte. Són ${amt}. Comanda ${ord}. Pots fer Bizum al ${bph}\n")
    return fill(tpl, {"d": f"{d:%d/%m/%y}", "cn": nm(c), "cf": nm(c, "first"), "rn": nm(r), "raddr": (addr_one(g.addr()), ADR),
                          "rph": (g.phone(style="nat"), PHN), "amt": g.money(25, 90, "€"), "ord": g.ref("SJ-", 5),
                          "bph": (g.phone(style="nat"), PHN)})


# ---- Icelandic --------------------------------------------------------------------------------
@T("is_ferdaskrifstofa_post", "IS", "is")
def _t(g: G) -> Text:
    a, b = g.person(), g.person()
    tpl = ("Sæl ${agf},\n\nVið hjónin viljum staðfesta pakkaferðina til ${dest} (bókun ${bk}). Hér eru upplýsingarnar:"
           "\n${an}, fædd(ur) ${ad}\n${bn}, fædd(ur) ${bd}\nHeimilisfang: ${addr}\nSími: ${ph}\n\nVið greiðum "
           "staðfestingargjaldið, ${amt} kr., inn á reikning ykkar. Ef eitthvað vantar, sendið á ${em}.\n\nKveðja,\n${af}\n")
    return fill(tpl, {"agf": nm(g.person(fem=True), "first"), "bk": g.ref("UT", 6), "dest": (g.pick(["Tenerife", "Alicante", "Kanarí"]), LOC), "an": nm(a), "ad": (g.dob(), DOB), "bn": nm(b),
                          "bd": (g.dob(), DOB), "addr": (addr_one(g.addr()), ADR), "ph": (g.phone(style=g.pick(["nat", "intl"])), PHN),
                          "amt": f"{g.r.randint(20, 90)}.000", "em": (g.email(a), EML), "af": nm(a, "first")})


@T("is_markadur_sms", "IS", "is")
def _t(g: G) -> Text:
    s, b = g.person(), g.person()
    tpl = ("${bf}: Hæ, er 66°North úlpan ennþá til sölu?\n${sf}: Já, 25.000 kr. Get sent hana með Póstinum\n"
           "${bf}: Frábært. Sendu á ${bn}, ${addr}. Ég legg inn á þig núna, reikningur ${iban}?\n"
           "${sf}: Já passar. Sendingarnúmer kemur í SMS á ${ph}\n${bf}: Takk! (heimabær: ${town})\n")
    return fill(tpl, {"bf": nm(b, "first"), "sf": nm(s, "first"), "bn": nm(b), "addr": (addr_one(g.addr()), ADR),
                          "iban": (g.iban("IS", spaced=True), IBN), "ph": (g.phone(style="nat"), PHN), "town": (g.town(), LOC)})


# ---- Afrikaans (ZA) ---------------------------------------------------------------------------
@T("af_blomme_whatsapp", "ZA", "af")
def _t(g: G) -> Text:
    c, r = g.person(), g.person(fem=True)
    d = g.other_date(3, 0)
    tpl = ("${d}, 08:12 - ${cn}: Goeie môre, kan julle vandag nog 'n bos blomme aflewer?\n${d}, 08:15 - Fynbos "
           "Blomme: Môre ${cf}! Ja, bestellings voor 12:00. Aan wie en waarheen?\n${d}, 08:19 - ${cn}: Aan my ouma "
           "${rn}, ${raddr}. Haar nommer is ${rph}. Sit asseblief 'n kaartjie by: \"Veels geluk met jou 90ste, "
           "liefde ${cf}\"\n${d}, 08:21 - Fynbos Blomme: Reg so. Totaal R${amt}, verwysing ${ord}.\n")
    return fill(tpl, {"d": f"{d.year}/{d.month:02d}/{d.day:02d}", "cn": nm(c), "cf": nm(c, "first"), "rn": nm(r),
                          "raddr": (addr_one(g.addr()), ADR), "rph": (g.phone(style="nat"), PHN),
                          "amt": str(g.r.randint(250, 900)), "ord": g.ref("FB", 5)})


@T("af_loodgieter_notas", "ZA", "af")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("Oproepnotas ${dt} - ${tech}\nKliënt: ${cust} (${ph})\nAdres: ${addr}\nProbleem: geyser lek, 150L Kwikot, "
           "reeksnr ${sn}. Kliënt is tans in ${away}, buurvrou ${nb} het sleutel. Hek-kode ${gate}.\nKwotasie Q${q}: "
           "R${amt}. Versekering eisnr ${claim}.\n")
    return fill(tpl, {"dt": g.date(), "tech": nm(g.person(), "initial"), "cust": nm(c, g.pick(["full", "lastfirst"])),
                          "ph": (g.phone(), PHN), "addr": (addr_one(g.addr()), ADR), "sn": g.alnum(9, string.ascii_uppercase + string.digits),
                          "away": (g.pick(["Kaapstad", "Londen", "Perth", "Durban"]), LOC), "nb": nm(g.person(fem=True)),
                          "gate": g.digits(4), "q": g.digits(5), "amt": str(g.r.randint(2000, 14000)), "claim": g.digits(9)})


# ---- Tagalog (PH) -----------------------------------------------------------------------------
@T("tl_ukay_messenger", "PH", "tl")
def _t(g: G) -> Text:
    b, s = g.person(), g.person()
    tpl = ("${bf}: hi po, available pa po ba yung Zara blazer? mine ko na po\n${sf}: yes po available pa. ₱${amt} + "
           "SF\n${bf}: sige po. pa-ship po sa ${addr}. receiver: ${bn}, ${ph}\n${sf}: noted po! gcash na lang po sa "
           "${gph}, screenshot nyo po ang ref no.\n${bf}: sent na po, ref ${ref}. salamat po!\n")
    return fill(tpl, {"bf": nm(b, "first"), "sf": nm(s, g.pick(["first", "initial"])), "amt": str(g.r.randint(150, 900)),
                          "addr": (addr_one(g.addr()), ADR), "bn": nm(b), "ph": (g.phone(style="nat_tight"), PHN),
                          "gph": (g.phone(style="nat"), PHN), "ref": g.digits(13)})


@T("tl_travel_sms", "PH", "tl")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("Magandang araw ${cf}! Ito po ang ${ag} ng Lakbay Pinoy Travel. Kailangan po namin para sa visa "
           "application ninyo papuntang ${dest}: kopya ng passport, ITR, at bank certificate. Pakikumpirma po ang inyong buong pangalan "
           "at kaarawan.\nReply: ${cname}, ipinanganak ${dob} sa ${pob}. Email ko ${em}\nLakbay Pinoy: Salamat po. "
           "Appointment ninyo sa embassy ay sa ${dt}, ref ${ref}. Tumawag po sa ${bph} kung may tanong.\n")
    return fill(tpl, {"cf": nm(c, "first"), "ag": nm(g.person(), "first"), "dest": (g.pick(["Japan", "South Korea", "Canada"]), LOC), "cname": nm(c), "dob": (g.dob(), DOB),
                          "pob": (g.town(), LOC), "em": (g.email(c), EML), "dt": g.date(back=0, fwd=30), "ref": g.ref("LP", 6),
                          "bph": (g.phone(fixed=True), PHN)})


# ---- Malay (MY) ---------------------------------------------------------------------------------
@T("ms_borang_tempahan", "MY", "ms")
def _t(g: G) -> Text:
    c, r = g.person(), g.person()
    tpl = ("Borang Tempahan Bunga - Kedai Bunga Mawar Indah\nNama pelanggan: ${cn}\nNo. telefon: ${cph}\nE-mel: ${em}\n"
           "Nama penerima: ${rn}\nAlamat penghantaran: ${raddr}\nTelefon penerima: ${rph}\nTarikh hantar: ${dt}\n"
           "Mesej kad: Selamat Hari Jadi, sayang!\nBayaran: FPX, ID transaksi ${tx}\nJumlah: RM${amt}\n")
    return fill(tpl, {"cn": nm(c), "cph": (g.phone(), PHN), "em": (g.email(c), EML), "rn": nm(r),
                          "raddr": (addr_one(g.addr()), ADR), "rph": (g.phone(style="nat"), PHN), "dt": g.date(back=0, fwd=7),
                          "tx": g.digits(16), "amt": f"{g.r.randint(80, 400)}.00"})


@T("ms_klinik_sms", "MY", "ms")
def _t(g: G) -> Text:
    p = g.person()
    tpl = ("Klinik Pergigian Senyum: Salam ${pf}, temujanji anda dengan Dr ${dr} pada ${dt} jam ${tm}. Balas YA "
           "untuk sahkan.\n${pf}: YA. Nak tanya, boleh tukar ke cawangan Shah Alam? Saya dah pindah ke ${town}\n"
           "Klinik Pergigian Senyum: Boleh. Sila sahkan nama penuh & tarikh lahir untuk rekod.\n${pf}: ${pn}, ${dob}. "
           "No baru saya ${ph}\n")
    return fill(tpl, {"pf": nm(p, "first"), "dr": nm(g.person(), "first"), "dt": g.date(back=0, fwd=20), "tm": g.time(),
                          "town": (g.town(), LOC), "pn": nm(p), "dob": (g.dob(), DOB), "ph": (g.phone(style="nat"), PHN)})


# ---- Turkish ----------------------------------------------------------------------------------
@T("tr_servis_eposta", "TR", "tr")
def _t(g: G) -> Text:
    c, adv = g.person(), g.person()
    plate = f"{g.r.randint(1, 81):02d} {g.alnum(g.r.randint(1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} {g.digits(g.r.randint(2, 4))}"
    tpl = ("Merhaba ${advf} Bey,\n\n${plate} plakalı aracımın 60.000 km bakımı için randevu almak istiyorum. "
           "${dt} günü uygunsa sabah ${tm} gibi bırakabilirim. İş emri no: ${wo}.\nFaturayı şirket adına değil, "
           "kendi adıma kesebilir misiniz? Ödemeyi havale ile yapacağım, IBAN'ım ${iban}.\n\nSaygılarımla,\n${cname}\n"
           "${addr}\nTel: ${ph}\n")
    return fill(tpl, {"advf": nm(adv, "first"), "plate": plate, "dt": g.date(back=0, fwd=20), "tm": g.pick(["08:30", "09:00", "09:30"]), "wo": g.digits(7),
                          "iban": (g.iban("TR"), IBN), "cname": nm(c), "addr": (addr_one(g.addr(), " "), ADR),
                          "ph": (g.phone(), PHN)})


@T("tr_destek_talebi", "TR", "tr")
def _t(g: G) -> Text:
    u, ag = g.person(), g.person()
    tpl = ("Talep #${tk} - Hesabıma giriş yapamıyorum\nGönderen: ${un} <${em}>\n\nMerhaba, ikinci el pazaryerindeki "
           "hesabıma girmeye çalışınca 'şifre hatalı' diyor. Eski şifrem ${pw} idi, değiştirmedim. Telefonum ${ph}, "
           "doğrulama kodu (${otp}) geliyor ama yine olmuyor.\n\n[Dahili not - ${ag}] Son başarılı giriş ${ip} "
           "üzerinden, cihaz ${uuid}. Şifre hash'i ${hash} ile eşleşmiyor, sıfırlama bağlantısı gönderildi.\n")
    return fill(tpl, {"tk": g.digits(6), "un": nm(u), "em": (g.email(u), EML), "pw": (g.password(), PWD),
                          "ph": (g.phone(style="nat"), PHN), "otp": g.otp(), "ag": nm(ag, "first"), "ip": (g.ip4(), IPA),
                          "uuid": g.uuid(), "hash": g.bcrypt()})


@T("tr_cicekci_arama", "TR", "tr")
def _t(g: G) -> Text:
    c, r = g.person(), g.person(fem=True)
    tpl = ("arama kaydı (otomatik yazıya dökme): merhaba ben ${cn} annem ${rn} için bugün çiçek göndermek istiyorum "
           "adres ${addr} telefonu ${rph} kartın üstüne geçmiş olsun yazın lütfen ödemeyi kartla yapacağım numara "
           "${card} son kullanma ${exp}\n")
    return fill(tpl, {"cn": nm(c, "lower"), "rn": (r.full.lower(), PER), "addr": (addr_one(g.addr(), " ").lower(), ADR),
                          "rph": (g.phone(style="nat"), PHN), "card": (g.card("sp"), CCN),
                          "exp": f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}"})


# ---- Romanian ---------------------------------------------------------------------------------
@T("ro_centrala_apel", "RO", "ro")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ("Notă apel ${dt} - dispecer ${disp}\nClient: ${cust}\nAdresă intervenție: ${addr}\nTelefon: ${ph}\n"
           "Centrală Ariston Clas One 24 kW, serie ${sn}, eroare 501. Clientul revine din ${away} joi. Acces prin "
           "vecina, dna ${nb}. Cod interfon ${code}.\nDeviz estimativ: ${amt} lei. Factura pe ${em}.\n")
    return fill(tpl, {"dt": g.date(), "disp": nm(g.person(), "first"), "cust": nm(c, g.pick(["lastfirst", "full"])),
                          "addr": (addr_one(g.addr()), ADR), "ph": (g.phone(), PHN), "sn": g.digits(14),
                          "away": (g.pick(["Londra", "Madrid", "Constanța", "Viena"]), LOC), "nb": nm(g.person(fem=True), "last"),
                          "code": g.digits(3) + "#", "amt": str(g.r.randint(250, 2400)), "em": (g.email(c), EML)})


@T("ro_formular_viza", "RO", "ro")
def _t(g: G) -> Text:
    a = g.person()
    tpl = ("nume=${last}\nprenume=${first}\ndata_nasterii=${dob}\nlocul_nasterii=${pob}\nnr_pasaport=${pp}\n"
           "domiciliu=${addr}\ntelefon=${ph}\nemail=${em}\ndestinatie=${dest} (viză turistică)\nnr_cerere=${req}\n"
           "data_programare=${dt}\ntaxa=${amt} EUR\n")
    return fill(tpl, {"last": (a.last.upper(), PER), "first": nm(a, "first"), "dob": (g.dob(), DOB), "pob": (g.town(), LOC),
                          "pp": "0" + g.digits(8), "addr": (addr_one(g.addr()), ADR), "ph": (g.phone(style=g.pick(["nat", "e164"])), PHN),
                          "em": (g.email(a), EML), "dest": (g.pick(["Canada", "SUA", "Australia"]), LOC), "req": g.ref("RO-", 8), "dt": g.date(back=0, fwd=60),
                          "amt": str(g.r.randint(80, 200))})


# ---- Vietnamese -------------------------------------------------------------------------------
@T("vi_nha_khoa_zalo", "VN", "vi")
def _t(g: G) -> Text:
    p = g.person()
    tpl = ("Nha Khoa Ánh Dương: Chào ${title} ${pf}, lịch hẹn lấy cao răng của ${title} là ${tm} ngày ${dt}. "
           "Vui lòng xác nhận giúp phòng khám ạ.\n${pn}: Dạ em xác nhận. Em đổi số mới là ${ph}, email ${em} nha.\n"
           "Nha Khoa Ánh Dương: Dạ vâng. Cho em xin ngày sinh để cập nhật hồ sơ ạ.\n${pn}: ${dob}\n")
    return fill(tpl, {"title": "chị" if p.fem else "anh", "pf": nm(p, "first"), "tm": g.time(), "dt": g.date(back=0, fwd=20),
                          "pn": nm(p), "ph": (g.phone(style="nat"), PHN), "em": (g.email(p), EML), "dob": (g.dob(), DOB)})


@T("vi_ho_tro_don_hang", "VN", "vi")
def _t(g: G) -> Text:
    u, ag = g.person(), g.person()
    tpl = ("Phiếu hỗ trợ #${tk}\nKhách hàng: ${un} - ${ph}\nNội dung: Tôi đặt mua áo khoác second-hand (đơn ${ord}) "
           "nhưng chưa nhận được. Địa chỉ giao: ${addr}. Đã thanh toán ${amt} đ qua thẻ ${mask}.\n"
           "Ghi chú nội bộ (${ag}): shipper báo không liên lạc được, mã vận đơn ${trk}. Đăng nhập gần nhất từ ${ip}.\n")
    return fill(tpl, {"tk": g.digits(6), "un": nm(u), "ph": (g.phone(), PHN), "ord": g.ref("DH", 9),
                          "addr": (addr_one(g.addr()), ADR), "amt": f"{g.r.randint(100, 900)}.000", "mask": g.masked(),
                          "ag": nm(ag, "first"), "trk": "GHN" + g.digits(9), "ip": (g.ip4(), IPA)})


# ---- Slovenian --------------------------------------------------------------------------------
@T("sl_cvetlicarna_eposta", "SI", "sl")
def _t(g: G) -> Text:
    c, r = g.person(), g.person(fem=True)
    tpl = ("Pozdravljeni,\n\nželel(a) bi naročiti šopek za rojstni dan, dostava ${dt} na naslov:\n${raddr}\n"
           "Prejemnica: ${rn}, tel. ${rph}\nNa kartico napišite: \"Vse najboljše, ${rf}!\"\n\nPlačal(a) bom po "
           "predračunu, moj TRR je ${iban}.\n\nLep pozdrav,\n${cn}\n${cph}\n")
    return fill(tpl, {"dt": g.date(back=0, fwd=10), "raddr": ("\n".join(g.addr()), ADR), "rn": nm(r), "rph": (g.phone(), PHN),
                          "rf": nm(r, "first"), "iban": (g.iban("SI", spaced=True), IBN), "cn": nm(c), "cph": (g.phone(style="intl"), PHN)})


@T("sl_servis_zapis", "SI", "sl")
def _t(g: G) -> Text:
    c = g.person()
    plate = f"{g.pick(['LJ', 'MB', 'CE', 'KR', 'KP', 'NM'])} {g.alnum(2, 'ABCDEFGHJKLMNPRSTUVZ')}-{g.digits(3)}"
    tpl = ("Zapis klica ${ts} (${ag})\nStranka ${cust} kliče glede vozila ${plate}, Škoda Octavia, VIN TMB${vin}. "
           "Redni servis + menjava zavor. Kraj bivanja stranke: ${town}; vozilo pripelje v našo poslovalnico ${branch}. "
           "Kontakt: ${ph}, ${em}. Rojstni datum za kartico zvestobe: ${dob}.\n")
    return fill(tpl, {"ts": g.stamp(), "ag": nm(g.person(), "initial"), "cust": nm(c, g.pick(["full", "last"])), "plate": plate,
                          "vin": g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "town": (g.town(), LOC), "branch": g.town(),
                          "ph": (g.phone(), PHN), "em": (g.email(c), EML), "dob": (g.dob(), DOB)})


# ---- German -----------------------------------------------------------------------------------
@T("de_heizung_anfrage", "DE", "de")
def _t(g: G) -> Text:
    c, inh = g.person(), g.person(fem=False)
    tpl = ("Sehr geehrter Herr ${inh},\n\nunsere Gastherme (Vaillant ecoTEC plus, Baujahr ${bj}) zeigt seit gestern "
           "den Fehler F.28. Könnten Sie diese Woche vorbeikommen? Wir wohnen in der ${addr}. Am besten erreichen Sie "
           "mich unter ${ph}.\nDie Rechnung bitte wie immer per Lastschrift von ${iban}.\n\nMit freundlichen Grüßen\n"
           "${cname}\n\n> Von: ${inhf} ${inh} <${em}>\n> ${firma}\n> "
           "${biz}\n> Tel. ${bph} | USt-IdNr. DE${ust}\n")
    dom = "heizung-" + _ascii(inh.last).lower() + ".de"
    return fill(tpl, {"inh": nm(inh, "last"), "bj": str(g.r.randint(2008, 2020)), "addr": (addr_one(g.addr()), ADR),
                          "ph": (g.phone(), PHN), "iban": (g.iban("DE"), IBN), "cname": nm(c), "inhf": nm(inh, "first"),
                          "firma": f"{inh.first} {inh.last} Heizung & Sanitär GmbH", "em": ("info@" + dom, EML),
                          "biz": (addr_one(g.addr(unit=False)), ADR), "bph": (g.phone(fixed=True, style="nat"), PHN),
                          "ust": g.digits(9)})


@T("de_autohaus_crm_json", "DE", "de")
def _t(g: G) -> Text:
    c = g.person()
    tpl = ('{"kundennr":"K-${kn}","anrede":"${anr}","vorname":"${vn}","nachname":"${nn}","geburtsdatum":"${dob}",'
           '"strasse":"${str}","plz":"${plz}","ort":"${ort}","mobil":"${ph}","email":"${em}","fahrzeug":{"fin":"WVW${fin}",'
           '"kennzeichen":"${kz}","km":${km}},"letzter_termin":"${dt}","filiale":"${fil}","newsletter":${nl}}\n')
    lines = g.addr(unit=False)
    kz = f"{g.pick(['M', 'HH', 'K', 'L', 'FR', 'MS'])}-{g.alnum(2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {g.r.randint(1, 9999)}"
    return fill(tpl, {"kn": g.digits(6), "anr": "Frau" if c.fem else "Herr", "vn": nm(c, "first"), "nn": nm(c, "last"),
                          "dob": (g.fdate(g.dob_date(), words=False), DOB), "str": (lines[0], ADR), "plz": lines[1].split()[0],
                          "ort": (lines[1].split(" ", 1)[1], LOC),
                          "ph": (g.phone(style="e164"), PHN), "em": (g.email(c), EML), "fin": g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                          "kz": kz, "km": str(g.r.randint(1000, 200000)), "dt": g.date(), "fil": g.town(),
                          "nl": g.pick(["true", "false"])})


@T("de_zahnarzt_ocr", "DE", "de")
def _t(g: G) -> Text:
    p = g.person()
    tpl = ("Zahnarztpraxis Dr. med. dent. ${dr}\nAnamnesebogen (Scan, S. 1/2)\n\nName, Vorname: ${nv}\nGeb.-Datum: "
           "${dob}\nAnschrift: ${addr}\nTeI.: ${ph}\nE-MaiI: ${em}\nKrankenkasse: ${kk}  Vers.-Nr.: ${vn}\n"
           "Hausarzt: Dr. ${ha}, ${hort}\nLetzte Behandlung: ${dt}\n")
    return fill(tpl, {"dr": nm(g.person(), "last"), "nv": nm(p, "lastfirst"), "dob": (g.dob(), DOB),
                          "addr": (addr_one(g.addr()), ADR), "ph": (g.phone(style="nat"), PHN), "em": (g.email(p), EML),
                          "kk": g.pick(["AOK Bayern", "TK", "Barmer", "DAK"]), "vn": g.pick("ABCDEFGHKLMN") + g.digits(9),
                          "ha": nm(g.person(), "last"), "hort": g.town(), "dt": g.date()})


# ---- French -----------------------------------------------------------------------------------
@T("fr_voyage_transfert", "FR", "fr")
def _t(g: G) -> Text:
    a, b, ag = g.person(), g.person(), g.person()
    tpl = ("-------- Message transféré --------\nDe : ${an} <${am}>\nÀ : ${agm}\nObjet : Réservation séjour "
           "${dest} - dossier ${dos}\n\nBonjour ${agf},\n\nVoici les informations pour les deux voyageurs :\n"
           "- ${an2}, né(e) le ${ad} à ${apob}\n- ${bn}, né(e) le ${bd}\nAdresse : ${addr}\nPortable : ${ph}\n\n"
           "Départ de ${home} le ${dep}, vol AT${flt}. Merci de m'envoyer la facture.\n\nCordialement,\n${af}\n")
    return fill(tpl, {"an": nm(a), "am": (g.email(a), EML), "agm": (f"{_ascii(ag.first).lower()}@evasion-voyages.fr", EML),
                          "dos": g.ref("EV", 6), "dest": (g.pick(["Marrakech", "Lisbonne", "Québec"]), LOC), "agf": nm(ag, "first"), "an2": (f"{a.last.upper()} {a.first}", PER),
                          "ad": (g.dob(), DOB), "apob": (g.town(), LOC), "bn": (f"{b.last.upper()} {b.first}", PER), "bd": (g.dob(), DOB),
                          "addr": (addr_one(g.addr()), ADR), "ph": (g.phone(), PHN), "home": (g.pick(["Lyon", "Nantes", "Bordeaux"]), LOC),
                          "dep": g.date(back=0, fwd=90, words=True), "flt": g.digits(3), "af": nm(a, "first")})


@T("fr_fleuriste_transcription", "FR", "fr")
def _t(g: G) -> Text:
    c, r = g.person(), g.person()
    tpl = ("transcription appel ${ts} : oui bonjour c'est ${cn} je voudrais faire livrer un bouquet de pivoines chez "
           "${rn} au ${addr} pour demain matin euh son numéro c'est le ${rph} et sur la carte vous mettez avec toute "
           "mon affection ${cf} voilà je paie par carte ${card} merci\n")
    return fill(tpl, {"ts": g.stamp(), "cn": nm(c, "lower"), "rn": (r.full.lower(), PER),
                          "addr": (addr_one(g.addr(), " ").lower(), ADR), "rph": (g.phone(style="nat"), PHN),
                          "cf": (c.first.lower(), PER), "card": (g.card("sp"), CCN)})


# ---------------------------------------------------------------------------------------------
# structured tables: a row function returns [(header, entity or None, value, blank rate)]
# ---------------------------------------------------------------------------------------------
TABLES: list[tuple[str, tuple[str, ...], object]] = []


def TB(name: str, *ccs: str):
    def deco(fn):
        TABLES.append((name, ccs, fn))
        return fn
    return deco


def _yn(g: G) -> str:
    return g.pick(["true", "false", "true"])


@TB("dealer_customers", "US")
def _r(g: G) -> list:
    p = g.person()
    return [("customer_id", None, g.ref("C", 7), 0), ("cust_first", PER, p.first, 0), ("cust_last", PER, p.last, 0),
            ("dob", DOB, g.dob(), .1), ("ssn", SSN, g.ssn(), .35), ("home_addr", ADR, addr_one(g.addr()), .05),
            ("cell", PHN, g.phone(), .1), ("email", EML, g.email(p), .15), ("checking_acct", BNK, g.us_account(), .4),
            ("routing_no", None, g.routing(), .4), ("email_verified", None, _yn(g), 0),
            ("phone_type", None, g.pick(["mobile", "home", "work"]), .2), ("vin", None, "1FT" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0),
            ("stock_no", None, g.ref("S", 5), 0), ("sale_price", None, g.money(9000, 68000), 0),
            ("card_last4", None, g.last4(), .5), ("sales_rep_branch", None, g.town(), 0),
            ("trade_in_model", None, g.pick(["Ford Mustang", "Chevrolet Malibu", "Honda Civic", "Dodge Ram", ""]), .3),
            ("dob_verified", None, _yn(g), 0), ("created_at", None, g.stamp(700), 0)]


@TB("werkstatt_auftraege", "DE")
def _r(g: G) -> list:
    p = g.person()
    kz = f"{g.pick(['M', 'HH', 'K', 'L', 'FR'])}-{g.alnum(2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {g.r.randint(1, 9999)}"
    return [("Auftragsnr", None, g.ref("A-", 6), 0), ("Vorname", PER, p.first, .05), ("Nachname", PER, p.last, 0),
            ("Kennzeichen", None, kz, 0), ("FIN", None, "WVW" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), .1),
            ("km_stand", None, str(g.r.randint(1000, 250000)), 0), ("Termin", None, g.date(), 0),
            ("Mobil", PHN, g.phone(style="nat"), .15), ("E-Mail", EML, g.email(p), .2), ("Wohnort", LOC, g.town(), .25),
            ("Filiale", None, g.town(), 0), ("Bankverbindung", IBN, g.iban("DE", spaced=g.chance(.5)), .45),
            ("Zahlungsart", None, g.pick(["Lastschrift", "Bar", "EC-Karte", "Rechnung"]), 0),
            ("Betrag_EUR", None, f"{g.r.randint(80, 3000)},{g.digits(2)}", 0), ("Mechaniker_ID", None, g.ref("M", 3), 0),
            ("Ölsorte", None, g.pick(["5W-30", "0W-20", "5W-40"]), .3), ("Firmware", None, g.version(), .4),
            ("TÜV fällig", None, f"{g.r.randint(1, 12):02d}/{g.r.randint(2026, 2028)}", .1)]


@TB("dental_patients", "GB")
def _r(g: G) -> list:
    p = g.person()
    return [("patient_ref", None, g.ref("P", 6), 0), ("FirstName", PER, p.first, 0), ("Surname", PER, p.last, 0),
            ("D.O.B", DOB, g.dob(words=False), .05), ("NHS number", None, f"{g.digits(3)} {g.digits(3)} {g.digits(4)}", .2),
            ("Address", ADR, addr_one(g.addr()), .1), ("Tel", PHN, g.phone(style="nat"), .1), ("email", EML, g.email(p), .3),
            ("GP surgery", None, g.pick(["The Whitaker Practice", "Dr Hughes & Partners", "Kingsway Medical Centre"]), .2),
            ("recall_due", None, g.date(back=0, fwd=300), 0), ("last_xray", None, g.date(back=900, fwd=0), .4),
            ("phone_type", None, g.pick(["mobile", "landline"]), .1), ("email_verified", None, _yn(g), 0),
            ("allergies", None, g.pick(["none", "penicillin", "latex", "NKDA"]), .3),
            ("balance", None, g.money(0, 400, "£"), 0), ("sms_opt_in", None, g.pick(["Y", "N"]), 0),
            ("dentist_code", None, g.ref("D", 3), 0), ("treatment_plan_id", None, g.uuid(), .5)]


@TB("cites_dentista", "ES")
def _r(g: G) -> list:
    p = g.person()
    return [("cita_id", None, g.ref("CT", 6), 0), ("data_cita", None, g.date(back=30, fwd=60), 0),
            ("hora", None, g.time(), 0), ("pacient", PER, f"{p.last}, {p.first}" if g.chance(.4) else p.full, 0),
            ("telefon", PHN, g.phone(), .1), ("dni", None, g.digits(8) + g.pick("TRWAGMYFPDX"), .2),
            ("mutua", None, g.pick(["Sanitas", "Adeslas", "DKV", "privat"]), 0), ("import", None, g.money(30, 600, "€"), 0),
            ("box", None, str(g.r.randint(1, 6)), 0), ("doctor_code", None, g.ref("DR", 2), 0),
            ("sms_enviat", None, g.pick(["sí", "no"]), 0), ("col_7", EML, g.email(p), .35), ("attr2", DOB, g.dob(), .2),
            ("notes", None, g.pick(["revisió", "neteja", "empelt", "ortodòncia control"]), .3),
            ("ip_reserva", IPA, g.ip4(), .5), ("navegador", None, f"Chrome/{g.r.randint(100, 131)}.0.{g.digits(4)}.{g.digits(2)}", .5),
            ("estat", None, g.pick(["confirmada", "anul·lada", "pendent"]), 0)]


@TB("holiday_bookings", "GB", "IE")
def _r(g: G) -> list:
    p = g.person()
    return [("bookingRef", None, g.alnum(6, string.ascii_uppercase), 0), ("leadPassengerName", PER, p.full.upper(), 0),
            ("paxDob", DOB, g.dob(words=False), .05), ("passportNo", None, g.digits(9), .2),
            ("passportExpiry", None, g.date(back=0, fwd=3000), .2), ("nationality", None, g.pick(["British", "Irish"]), 0),
            ("homeTown", LOC, g.town(), .2), ("destination", LOC, g.pick(["Tenerife", "Crete", "Antalya", "Paphos", "Faro"]), 0),
            ("departureAirport", None, g.pick(["MAN", "BHX", "DUB", "SNN", "BRS"]), 0), ("flightNo", None, "TOM" + g.digits(4), 0),
            ("hotelName", None, g.pick(["Hotel Don Pedro", "Sol Jandia Mar", "Iberostar Diar", "Villa Sofia"]), 0),
            ("roomType", None, g.pick(["DBL SV", "TWN", "FAM"]), 0), ("totalPrice", None, g.money(600, 6000, "£"), 0),
            ("depositPaid", None, _yn(g), 0), ("cardLast4", None, g.last4(), .3), ("mobile", PHN, g.phone(), .1),
            ("emailAddress", EML, g.email(p), .1), ("atolNumber", None, "ATOL " + g.digits(5), 0),
            ("createdAt", None, g.stamp(200), 0)]


@TB("visa_applications", "IN", "PH", "VN", "NG")
def _r(g: G) -> list:
    p = g.person()
    return [("APPLICATION_ID", None, g.ref("VA", 9), 0), ("GIVEN_NAME", PER, p.first.upper(), 0),
            ("FAMILY_NAME", PER, p.last.upper(), 0), ("DATE_OF_BIRTH", DOB, g.dob(words=False), 0),
            ("PLACE_OF_BIRTH", LOC, g.town(), .15), ("PASSPORT_NO", None, g.alnum(1, "KLMNPRSTUVZ") + g.digits(7), 0),
            ("VISA_TYPE", None, g.pick(["C-Tourism", "B-Business", "Transit"]), 0),
            ("APPOINTMENT_DATE", None, g.date(back=10, fwd=60, words=False), 0),
            ("VAC_CENTRE", None, g.town(), 0), ("MOBILE_NO", PHN, g.phone(style="intl"), .05),
            ("EMAIL_ID", EML, g.email(p), .05), ("PERMANENT_ADDRESS", ADR, addr_one(g.addr()), .1),
            ("FEE_PAID", None, f"{g.r.randint(40, 200)}.00", 0), ("FEE_CURRENCY", None, g.pick(["EUR", "USD"]), 0),
            ("BIOMETRICS_DONE", None, g.pick(["Y", "N"]), 0), ("STATUS", None, g.pick(["SUBMITTED", "IN REVIEW", "ISSUED"]), 0),
            ("PORTAL_PWD", PWD, g.password(), .3), ("REFERENCE_HASH", None, g.sha(), 0), ("SUBMIT_IP", IPA, g.ip4(), .2)]


@TB("florist_orders", "AU")
def _r(g: G) -> list:
    s, r = g.person(), g.person()
    return [("order_id", None, g.ref("PS-", 6), 0), ("field_3", PER, s.full, 0), ("sender_email", EML, g.email(s), .05),
            ("sender_ph", PHN, g.phone(), .1), ("recipient_first", PER, r.first, 0), ("recipient_surname", PER, r.last, .1),
            ("recipient_addr", ADR, addr_one(g.addr()), 0), ("delivery_date", None, g.date(back=20, fwd=10), 0),
            ("delivery_window", None, g.pick(["AM", "PM", "9-12", "12-5"]), 0),
            ("card_message", None, g.pick(["Happy birthday!", "Thinking of you", "Congratulations x", "Get well soon"]), .2),
            ("product_sku", None, g.ref("FL-", 4), 0), ("name_of_product", None, g.pick(["Julia's Garden", "The Audrey", "Rosie Posie", "Native Wild"]), 0),
            ("price", None, g.money(50, 250), 0), ("card_last4", None, g.last4(), .1),
            ("card_expiry", None, f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}", .1), ("payment_card", CCN, g.card("none"), .6),
            ("promo_code", None, g.pick(["MUM20", "LOVE10", "SPRING", ""]), .4), ("courier_depot", None, g.town(), 0),
            ("drop_gps", None, g.gps(), .3), ("order_status", None, g.pick(["delivered", "out for delivery", "cancelled"]), 0),
            ("client_ip", IPA, g.ip4() if g.chance(.8) else g.ip6(), .1)]


@TB("cicek_teslimatlari", "TR")
def _r(g: G) -> list:
    r = g.person()
    lines = g.addr()
    plate = f"{g.r.randint(1, 81):02d} {g.alnum(2, 'ABCDEFGHJKLMNPRSTUVYZ')} {g.digits(3)}"
    return [("teslimat_no", None, g.ref("T", 7), 0), ("alıcı_adı", PER, r.full, 0), ("alıcı_tel", PHN, g.phone(style="nat"), .1),
            ("adres", ADR, lines[0], 0), ("şehir", LOC, lines[1].split("/")[-1], 0), ("kurye_kodu", None, g.ref("K", 4), 0),
            ("araç_plaka", None, plate, .2), ("teslim_saati", None, g.stamp(30), .1), ("imza_alındı", None, g.pick(["evet", "hayır"]), 0),
            ("şube", None, g.pick(["Kadıköy", "Çankaya", "Konak", "Nilüfer"]), 0), ("tutar", None, f"{g.r.randint(300, 3000)},00 TL", 0),
            ("not", None, g.pick(["kapıcıya bırakıldı", "zil çalışmıyor", "", "komşuya teslim"]), .4),
            ("foto_hash", None, g.sha(), .3), ("gps_konum", None, g.gps(), .3),
            ("durum", None, g.pick(["teslim edildi", "yolda", "iade"]), 0), ("sipariş_no", None, g.ref("SP", 8), 0)]


@TB("plumbing_customers", "IE")
def _r(g: G) -> list:
    p = g.person()
    return [("Customer ID", None, g.ref("CU", 5), 0), ("Name", PER, f"{p.last}, {p.first}" if g.chance(.4) else p.full, 0),
            ("Address", ADR, "\n".join(g.addr()) if g.chance(.3) else addr_one(g.addr()), 0),
            ("Phone", PHN, g.phone(fixed=True), .4), ("Mobile", PHN, g.phone(style="nat"), .1), ("Email", EML, g.email(p), .2),
            ("Address Type", None, g.pick(["home", "rental", "business"]), 0),
            ("Boiler Make", None, g.pick(["Worcester Bosch", "Vaillant", "Ideal Logic", "Baxi"]), 0),
            ("Boiler Serial", None, g.alnum(12, string.ascii_uppercase + string.digits), .2),
            ("Last Service", None, g.date(back=500, fwd=0), .1), ("Next Service Due", None, g.date(back=0, fwd=365), 0),
            ("Cert No", None, g.ref("RGII-", 6), .3), ("Balance EUR", None, g.money(0, 500, "€"), 0),
            ("Preferred Contact", None, g.pick(["phone", "text", "email"]), 0), ("Pet", None, g.pick(["Bran", "Oscar", "Lola", ""]), .5),
            ("Key Safe Code", None, g.digits(4), .6), ("Portal Password", PWD, g.password(), .5)]


@TB("heating_jobs", "NZ")
def _r(g: G) -> list:
    p = g.person()
    return [("job.id", None, g.ref("J", 6), 0), ("job.date", None, g.date(), 0), ("customer.first", PER, p.first, 0),
            ("customer.last", PER, p.last, .05), ("site.address", ADR, addr_one(g.addr()), 0),
            ("contact.phone", PHN, g.phone(), .1), ("contact.email", EML, g.email(p), .3), ("tech.code", None, g.ref("T", 2), 0),
            ("unit.model", None, g.pick(["Daikin FTXV35", "Mitsubishi MSZ-AP50", "Rinnai Infinity 26"]), 0),
            ("unit.serial", None, g.alnum(10, string.ascii_uppercase + string.digits), .1),
            ("part.sku", None, g.ref("PT-", 5), .3), ("labour.hours", None, f"{g.r.randint(1, 8)}.{g.pick('05')}", 0),
            ("invoice.total", None, g.money(150, 4000), 0), ("invoice.gst", None, g.money(20, 600), 0),
            ("gps.lat_lng", None, g.gps(), .4), ("photo.uuid", None, g.uuid(), .3),
            ("job.notes", None, g.pick(["filter cleaned", "replaced ignitor", "no fault found", "quote sent"]), .2),
            ("payment.card_masked", None, g.masked(), .3), ("customer.portal_pwd_hash", None, g.bcrypt(), .5)]


@TB("marketplace_users", "US", "GB", "MY", "VN", "SI", "TR")
def _r(g: G) -> list:
    p = g.person()
    iban = g.iban(g.cc, spaced=False) if g.cc in ("SI", "TR", "GB") else None
    return [("user_id", None, g.digits(8), 0), ("username", None, g.pick(["vintage", "thrift", "closet", "preloved"]) + "_" +
                                                              g.pick(["queen", "finds", "club", "lover"]) + g.digits(2), 0),
            ("displayName", PER, p.full, .1), ("email", EML, g.email(p), 0), ("pwd", PWD, g.password(), .5),
            ("password_hash", None, g.argon() if g.chance(.5) else g.bcrypt(), 0), ("password_changed_at", None, g.stamp(900), .3),
            ("signup_ip", IPA, g.ip4() if g.chance(.7) else g.ip6(), .1), ("last_login_ip", None, g.priv_ip(), .2),
            ("phone", PHN, g.phone(style="e164"), .3), ("phone_verified", None, _yn(g), 0), ("dob", DOB, g.dob(words=False), .4),
            ("city", LOC, g.town(), .3), ("country_code", None, g.cc, 0), ("seller_rating", None, f"{g.r.randint(30, 50) / 10:.1f}", .2),
            ("payout_iban", IBN, iban, .3), ("api_key", KEY, g.apikey(), .7), ("referral_code", None, g.alnum(8, string.ascii_uppercase + string.digits), .3),
            ("fav_brand", None, g.pick(["Ralph Lauren", "Karen Millen", "Ted Baker", "Tommy Hilfiger", "Levi's"]), .3),
            ("device_id", None, g.uuid(), 0), ("app_version", None, g.version(), 0)]


@TB("seller_payouts", "US")
def _r(g: G) -> list:
    p = g.person()
    return [("PayoutID", None, g.ref("PO", 8), 0), ("SellerName", PER, f"{p.last}, {p.first}", 0),
            ("BankAccount", BNK, g.us_account(), .05), ("RoutingNumber", None, g.routing(), .05),
            ("AccountType", None, g.pick(["checking", "savings"]), 0), ("Amount", None, f"{g.r.randint(5, 3000)}.{g.digits(2)}", 0),
            ("Currency", None, "USD", 0), ("Fee", None, f"{g.r.randint(0, 30)}.{g.digits(2)}", 0),
            ("Status", None, g.pick(["paid", "pending", "failed"]), 0), ("InitiatedAt", None, g.stamp(60), 0),
            ("StripeAcct", None, "acct_" + g.alnum(16), 0), ("TaxIdLast4", None, g.last4(), .3), ("TIN", SSN, g.ssn(), .5),
            ("Form1099", None, g.pick(["Y", "N"]), 0), ("SellerIP", IPA, g.ip4(), .2), ("PayoutEmail", EML, g.email(p), .1),
            ("Memo", None, g.pick(["weekly payout", "manual retry", "holiday batch", ""]), .5), ("BatchUUID", None, g.uuid(), 0)]


_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", ""]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for ti, (name, ccs, fn) in enumerate(TABLES):
        rng = random.Random(f"dell-tab-{seed}-{name}")
        data: list[list] = []
        heads: list[tuple[str, str | None, float]] = []
        for i in range(rows):
            g = G(rng, ccs[i % len(ccs)] if len(ccs) > 1 and rng.random() < 0.7 else ccs[0] if len(ccs) == 1 else rng.choice(ccs))
            row = fn(g)
            if not heads:
                heads = [(h, e, b) for h, e, _, b in row]
            assert [h for h, _, _, _ in row] == [h for h, _, _ in heads]
            vals = []
            for ci, (h, e, v, b) in enumerate(row):
                if v is None or rng.random() < b:
                    v = None
                    if (ci + ti) % 5 == 0 and b and rng.random() < 0.3:
                        v = rng.choice(_PLACEHOLDERS[:4])
                elif v == "":
                    v = None
                vals.append(v)
            data.append(vals)
        out[name] = [Column(h, e, [r[ci] for r in data]) for ci, (h, e, _) in enumerate(heads)]
    return out


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"dell-{seed}")
    out = []
    for i in range(n):
        _name, cc, _lang, fn = TEMPLATES[i % len(TEMPLATES)]
        g = G(random.Random(f"dell-{seed}-{i}-{rng.random()}"), cc)
        out.append(fn(g))
    return out


if __name__ == "__main__":  # pragma: no cover - self-check
    import json
    import sys
    import time

    t0 = time.time()
    ft = free_text(500, 7)
    st = structured(150, 11)
    dt = time.time() - t0
    for i, t in enumerate(ft):
        _check(t.text, t.spans)
        cc = TEMPLATES[i % len(TEMPLATES)][1]
        for s, e, lb in t.spans:
            if lb == PHN:
                assert phonenumbers.is_valid_number(phonenumbers.parse(t.text[s:e], cc)), t.text[s:e]
    blob = json.dumps([[t.text, t.spans] for t in ft] +
                      [[k, c.name, c.entity, c.values] for k, cols in st.items() for c in cols])
    print(hashlib.sha256(blob.encode()).hexdigest()[:16], f"{dt:.2f}s", len(TEMPLATES), len(st), file=sys.stderr)
