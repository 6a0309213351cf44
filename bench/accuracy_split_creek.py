"""Accuracy split "creek": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "creek", 2026-11-28 (fixed "today" used for every relative date).

Independence: I read only the task prompt given to me (/tmp/w25/prompt_creek.md, which states the exact
definitions imported from bench/accuracy_data.py), the output of `ls bench/`, the first lines of
bench/split_author_prompt.md (a copy of that same prompt template, opened by mistake while looking for a
ruff config; it holds no scanner detail), and outputs of Faker / phonenumbers / ruff run locally. I did
not open bench/accuracy_data.py, any other split, rules/, pii_audit/, tests/, docs/, README/SPEC files or
bench results. The scanner was never read or run; neither was Presidio. Git was not used, except for one
stray `git status --short` whose output was discarded unseen (piped to `head -0`).

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 57] with
random.Random(f"creek-{seed}-{i}")); structured(rows, seed) -> dict[table, list[Column]] (12 tables, each
with random.Random(f"creek-{seed}-table-{k}")); TEMPLATES (57 functions). Faker instances are reseeded from
the rng before every person; no clock, no set iteration, no hash()-dependence. Running this file prints the
counts and the determinism digest. free_text(500, 7) + structured(150, 11) take about 1.5 s.

Domains: locksmith and home-security installer; tattoo and piercing studio; bike-share / e-scooter app;
optician chain (eye tests, contact-lens subscriptions); house removals and storage; language school with
evening courses; plus generic support / log / config / notification texts.

Languages (57 templates): English 32 (56%): US 7, GB 4, AU 3, CA 2, IN 2, IE 2, NZ 2, ZA 1, SG 1, PH 1,
NG 1, KE 1, country-neutral 5 (access log, .env, release notes, notifications, Slack). Other languages 25
(44%) in 16 languages: German 2, French 2, Spanish 2, Italian 2, Dutch 2, Portuguese 2 (BR, PT), Polish 1,
and from the rarely used list Catalan 2, Turkish 2, Romanian 2, Vietnamese 1, Slovenian 1, Estonian 1,
Icelandic 1, Tagalog/Taglish 1, Afrikaans 1. Names come from Faker for the country (own lists for ZA,
PH, SG, Catalonia, TR, VN); towns, streets, postcode patterns, address order, phone formats (phonenumbers
national / international / E.164 / digits / dotted) and birth-date formats follow each text's country.

Shapes: e-mails with signatures, '>' quoted replies and forwards; chat exports (WhatsApp, Teams, Slack,
live chat, Messenger/Zalo/Instagram style); SMS threads; tickets with internal notes; CRM and call notes;
lower-case speech-to-text transcripts (en, it); form dumps (key: value, key=value, JSON, JSON lines);
app logs, nginx access log, key=value logs; .env config; OCR'd form with O/0 and l/I noise; tab-separated
spreadsheet rows; notification subjects; two texts without PII (release notes, branch memo).

Value rules: every phone is phonenumbers.is_valid_number for its region (checked for every span and every
phone cell); cards are Luhn-valid via _luhn (checked); IBANs via _iban_of, spaced or not; SSNs avoid area
000/666/9xx, group 00 and serial 0000; US account numbers are 8-12 digits and always shown with a
(checksum-valid, unlabelled) routing number; IPs from _ip_public_v4/_v6; API keys are secret formats
(sk_live_, ghp_, xoxb-, SG., AIza, glpat-, key-<hex>, Twilio auth token); passwords are plaintext.

Label conventions as applied: PERSON as written (full, first only, surname only, lower case, UPPER,
"Last, First", "First L." with the period inside, chat speakers and Slack handles like first.last);
titles (Mr, Herr, Frau, Madame, Dr) outside; names inside studio/shop/company/design names unlabelled.
STREET_ADDRESS: one span for street + postcode + town, multi-line blocks are one span, each '>' quoted
line is its own span, signature business addresses labelled, bare street lines labelled. LOCATION: only
where a person lives, was born, comes from or travels to; branch/depot/studio/practice towns are not.
DATE_OF_BIRTH: birth dates only. EMAIL_ADDRESS includes role addresses. Spans exclude quotes/brackets/
trailing punctuation and never overlap (asserted in R/_check, which also asserts every span equals an
inserted value).

Look-alikes (never labelled): masked cards and last-4, expiry, CVV, private IPs and 127.0.0.1, version
strings, bcrypt/argon2/sha256 values, UUIDs, order/job/ticket/booking/tracking/invoice/policy/mandate
numbers, OTPs, gate/door/lockbox/alarm codes, IMEIs (Luhn-valid 15 digits), routing numbers, BICs, GPS
coordinates, amounts, timestamps and non-birth dates, Stripe publishable keys, Twilio account SIDs,
session ids, masked national ids (CPF, kennitala), brand/design names containing person names, pet
names, branch towns.

Tables (rows x columns; PII / look-alike columns):
  locksmith_jobs (US) 18: 5 / 13 - snake_case, camelCase, abbreviations (tel), opaque col_7 (PERSON)
  alarm_vertraege (DE) 19: 8 / 11 - German headers, spaced "Straße und Hausnr.", Portal-Passwort (PWD)
  tattoo_clients (GB) 18: 7 / 11 - PascalCase, DOB + DobVerified, HomeTown (LOCATION)
  piercing_agendamentos (BR) 17: 8 / 9 - Portuguese snake_case, opaque attr2 (PERSON)
  rider_accounts (US) 20: 8 / 12 - snake_case, pwd/pwd_hash/password_changed_at, card_number, payout_acct (US bank)
  ritten_log (NL) 17: 4 / 13 - Dutch headers, dotted client.ip / betaal.iban, opaque field_3 (PHONE)
  eye_test_patients (IE) 19: 7 / 12 - spaced Title Case, Phone Type, Address Type
  suscripciones_lentillas (Catalonia) 17: 7 / 10 - UPPER_SNAKE Catalan headers, IBAN, Stripe pk (look-alike)
  removal_jobs (AU) 18: 6 / 12 - snake_case/PascalCase, addr_type, name_of_removalist
  storage_tenants (US) 19: 8 / 11 - UPPER_SNAKE, "LAST, FIRST" names, SSN, DOB, ACH account, API key
  iscrizioni_corsi (IT) 19: 9 / 10 - Italian headers, luogo_di_nascita (LOCATION), iban_rimborso
  kurs_kayitlari (TR) 22: 10 / 12 - Turkish headers, portal_sifre (PWD), son_giris_ip
  Total 223 columns: 87 PII, 136 look-alike. Blank rates 0-80% per column; N/A, -, unknown placeholders
  in about a dozen columns. Names are split into first-only and surname-only columns in most tables.

Known limits: the number of templates per language is small, so phrasing varies less than values do;
Faker first names are occasionally off for the locale (e.g. Russian names in et_EE, unusual Icelandic
forms); postcodes follow each town's pattern but are not checked against real postcode lists; US phone
area codes are random valid codes, not matched to the town; chat speaker lines repeat the same person.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import string
from datetime import date, timedelta

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

TODAY = date(2026, 11, 28)
PER, EM, PH, CC, SSN, BANK, IBAN, IP = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
ADDR, LOC, DOB, PWD, KEY = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert all(x in LABELS for x in (PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PWD, KEY))

# ---------------------------------------------------------------------------------------------
# Country data: faker locale for names (None: own lists), phone region, towns (town, postcode
# pattern, extra), streets, one-line and block address formats, birth-date formats.
# Postcode pattern: '#' digit, '?' upper-case letter.
# ---------------------------------------------------------------------------------------------
_C: dict[str, dict] = {
    "US": {"fk": "en_US", "towns": [("Columbus", "432##", "OH"), ("Tacoma", "984##", "WA"), ("Albuquerque", "871##", "NM"),
                                  ("Savannah", "314##", "GA"), ("Madison", "537##", "WI"), ("Richmond", "232##", "VA"),
                                  ("Boise", "837##", "ID"), ("Scranton", "185##", "PA"), ("Tulsa", "741##", "OK")],
               "streets": ["Maple Ave", "W 3rd St", "Oak Ridge Dr", "Lincoln Blvd", "Cedar Ln", "N Main St", "Sycamore Ct",
                        "Hillcrest Rd", "Jefferson St", "Willow Bend Way"],
               "one": "{n} {s}, {t}, {x} {pc}", "block": "{n} {s}\n{t}, {x} {pc}", "dob": ["%m/%d/%Y", "%B %-d, %Y", "%Y-%m-%d", "%-m/%-d/%y"]},
    "GB": {"fk": "en_GB", "towns": [("Leeds", "LS# #??", ""), ("Bristol", "BS# #??", ""), ("Norwich", "NR# #??", ""),
                                  ("Swansea", "SA# #??", ""), ("Derby", "DE# #??", ""), ("Stockport", "SK# #??", ""),
                                  ("Exeter", "EX# #??", ""), ("Glasgow", "G## #??", "")],
               "streets": ["Albert Road", "Church Lane", "Victoria Street", "Mill Close", "Station Road", "Kingsway",
                        "Hawthorn Avenue", "Queen's Drive", "Beech Grove"],
               "one": "{n} {s}, {t} {pc}", "block": "{n} {s}\n{t}\n{pc}", "dob": ["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"]},
    "CA": {"fk": "en_CA", "towns": [("Halifax", "B3? #?#", "NS"), ("Kelowna", "V1? #?#", "BC"), ("Ottawa", "K1? #?#", "ON"),
                                  ("Saskatoon", "S7? #?#", "SK"), ("Moncton", "E1? #?#", "NB"), ("Red Deer", "T4? #?#", "AB")],
               "streets": ["Spring Garden Rd", "Bernard Ave", "Elgin St", "Rue Principale", "Lakeshore Rd", "Portage Ave"],
               "one": "{n} {s}, {t}, {x} {pc}", "block": "{n} {s}\n{t} {x}  {pc}", "dob": ["%Y-%m-%d", "%B %-d, %Y", "%d/%m/%Y"]},
    "AU": {"fk": "en_AU", "towns": [("Geelong", "32##", "VIC"), ("Townsville", "48##", "QLD"), ("Fremantle", "616#", "WA"),
                                  ("Wollongong", "25##", "NSW"), ("Launceston", "72##", "TAS"), ("Ballarat", "335#", "VIC")],
               "streets": ["Ryrie St", "Flinders St", "Marine Pde", "Crown St", "Brisbane St", "Sturt St", "Wattle Ave"],
               "one": "{n} {s}, {t} {x} {pc}", "block": "{n} {s}\n{t} {x} {pc}", "dob": ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"]},
    "IN": {"fk": "en_IN", "towns": [("Pune", "4110##", "Maharashtra"), ("Jaipur", "3020##", "Rajasthan"), ("Kochi", "6820##", "Kerala"),
                                  ("Lucknow", "2260##", "Uttar Pradesh"), ("Mysuru", "5700##", "Karnataka")],
               "streets": ["MG Road", "Nehru Nagar", "Sector 14, Gandhi Marg", "Station Road", "Shivaji Colony, Lane 3"],
               "one": "{n}, {s}, {t}, {x} {pc}", "block": "Flat {n}, {s}\n{t} - {pc}\n{x}", "dob": ["%d/%m/%Y", "%d-%m-%Y", "%-d %b %Y"]},
    "IE": {"fk": "en_IE", "towns": [("Galway", "H91 ?#?#", ""), ("Cork", "T12 ?#?#", ""), ("Limerick", "V94 ?#?#", ""),
                                  ("Dublin 6", "D06 ?#?#", ""), ("Sligo", "F91 ?#?#", "")],
               "streets": ["Shop Street", "Main Street", "O'Connell Avenue", "Ranelagh Road", "Pearse Street"],
               "one": "{n} {s}, {t}, {pc}", "block": "{n} {s}\n{t}\n{pc}", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "ZA": {"fk": None, "towns": [("Stellenbosch", "7600", ""), ("Durban", "40##", ""), ("Pretoria", "00##", ""),
                               ("Bloemfontein", "93##", ""), ("Gqeberha", "60##", "")],
               "streets": ["Dorp Street", "Florida Road", "Church Street", "Nelson Mandela Drive", "Voortrekker Road"],
               "one": "{n} {s}, {t}, {pc}", "block": "{n} {s}\n{t}\n{pc}", "dob": ["%Y/%m/%d", "%d/%m/%Y", "%-d %B %Y"]},
    "NZ": {"fk": "en_NZ", "towns": [("Dunedin", "90##", ""), ("Hamilton", "32##", ""), ("Nelson", "70##", ""),
                                  ("Tauranga", "31##", ""), ("Palmerston North", "44##", "")],
               "streets": ["George Street", "Victoria Street", "Trafalgar Street", "Devonport Road", "Rangitikei Street"],
               "one": "{n} {s}, {t} {pc}", "block": "{n} {s}\n{t} {pc}", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "PH": {"fk": None, "towns": [("Quezon City", "11##", "Brgy. Teachers Village"), ("Cebu City", "6000", "Brgy. Lahug"),
                               ("Davao City", "8000", "Brgy. Buhangin"), ("Makati", "12##", "Brgy. Poblacion"),
                               ("Iloilo City", "5000", "Brgy. Jaro")],
               "streets": ["Mabini St.", "Rizal Ave.", "Osmeña Blvd.", "J.P. Laurel Ave.", "Aguinaldo St."],
               "one": "{n} {s}, {x}, {t} {pc}", "block": "{n} {s}, {x}\n{t} {pc}", "dob": ["%m/%d/%Y", "%B %-d, %Y"]},
    "NG": {"fk": "en_NG", "towns": [("Ikeja, Lagos", "1000##", ""), ("Wuse II, Abuja", "9002##", ""), ("Ibadan", "2001##", ""),
                                  ("Enugu", "4000##", ""), ("Port Harcourt", "5001##", "")],
               "streets": ["Allen Avenue", "Adeola Odeku Street", "Aminu Kano Crescent", "Ogui Road", "Aba Road"],
               "one": "{n} {s}, {t} {pc}", "block": "{n} {s}\n{t}", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "KE": {"fk": "en_KE", "towns": [("Nairobi", "00100", ""), ("Mombasa", "80100", ""), ("Kisumu", "40100", ""),
                                  ("Nakuru", "20100", ""), ("Eldoret", "30100", "")],
               "streets": ["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Argwings Kodhek Road"],
               "one": "{n} {s}, {t} {pc}", "block": "{n} {s}\n{t} {pc}", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "SG": {"fk": None, "towns": [("Singapore", "5#####", "")],
               "streets": ["Tampines Street 21", "Ang Mo Kio Ave 3", "Jurong West St 52", "Bedok North Road", "Toa Payoh Lorong 1"],
               "one": "Blk {n} {s}, #0{f}-{u}, Singapore {pc}", "block": "Blk {n} {s}\n#0{f}-{u}\nSingapore {pc}", "dob": ["%d/%m/%Y", "%d %b %Y"]},
    "DE": {"fk": "de_DE", "towns": [("Leipzig", "041##", ""), ("Bremen", "282##", ""), ("Freiburg im Breisgau", "791##", ""),
                                  ("Kassel", "341##", ""), ("Münster", "481##", ""), ("Rostock", "180##", "")],
               "streets": ["Hauptstraße", "Lindenallee", "Bahnhofstr.", "Am Mühlbach", "Gartenweg", "Schillerstraße"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}\n{pc} {t}", "dob": ["%d.%m.%Y", "%-d. %B %Y"]},
    "FR": {"fk": "fr_FR", "towns": [("Nantes", "440##", ""), ("Lille", "590##", ""), ("Montpellier", "340##", ""),
                                  ("Rennes", "350##", ""), ("Dijon", "210##", ""), ("Grenoble", "380##", "")],
               "streets": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Moulin", "place de la République"],
               "one": "{n} {s}, {pc} {t}", "block": "{n} {s}\n{pc} {t}", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "ES": {"fk": "es_ES", "towns": [("Zaragoza", "500##", ""), ("Málaga", "290##", ""), ("Valladolid", "470##", ""),
                                  ("Alicante", "030##", ""), ("Bilbao", "480##", "")],
               "streets": ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de la Castellana", "Calle Real"],
               "one": "{s}, {n}, {pc} {t}", "block": "{s}, {n}, {f}º\n{pc} {t}", "dob": ["%d/%m/%Y", "%-d de %B de %Y"]},
    "CAT": {"fk": None, "towns": [("Girona", "170##", ""), ("Reus", "432##", ""), ("Sabadell", "082##", ""),
                                ("Lleida", "250##", ""), ("Vic", "08500", ""), ("Terrassa", "082##", "")],
                "streets": ["Carrer Major", "Carrer de la Riera", "Passeig de Gràcia", "Rambla Nova", "Carrer del Carme"],
                "one": "{s}, {n}, {pc} {t}", "block": "{s}, {n}, {f}r\n{pc} {t}", "dob": ["%d/%m/%Y", "%-d de %B de %Y"]},
    "IT": {"fk": "it_IT", "towns": [("Bologna", "401##", "BO"), ("Torino", "101##", "TO"), ("Bari", "701##", "BA"),
                                  ("Verona", "371##", "VR"), ("Padova", "351##", "PD")],
               "streets": ["Via Roma", "Corso Garibaldi", "Via dei Mille", "Viale Mazzini", "Piazza Cavour"],
               "one": "{s} {n}, {pc} {t} ({x})", "block": "{s} {n}\n{pc} {t} ({x})", "dob": ["%d/%m/%Y", "%-d %B %Y"]},
    "NL": {"fk": "nl_NL", "towns": [("Utrecht", "35## ??", ""), ("Groningen", "97## ??", ""), ("Eindhoven", "56## ??", ""),
                                  ("Haarlem", "20## ??", ""), ("Zwolle", "80## ??", "")],
               "streets": ["Kerkstraat", "Oudegracht", "Molenweg", "Stationsplein", "Lindelaan"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}\n{pc} {t}", "dob": ["%d-%m-%Y", "%-d %B %Y"]},
    "PT": {"fk": "pt_PT", "towns": [("Braga", "47##-###", ""), ("Coimbra", "30##-###", ""), ("Faro", "80##-###", ""),
                                  ("Porto", "40##-###", "")],
               "streets": ["Rua Direita", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}, {f}º Esq.\n{pc} {t}", "dob": ["%d/%m/%Y", "%-d de %B de %Y"]},
    "PL": {"fk": "pl_PL", "towns": [("Kraków", "3#-###", ""), ("Gdańsk", "80-###", ""), ("Wrocław", "5#-###", ""),
                                  ("Poznań", "6#-###", ""), ("Lublin", "20-###", "")],
               "streets": ["ul. Długa", "ul. Kwiatowa", "al. Niepodległości", "ul. Mickiewicza", "ul. Polna"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n} m. {u}\n{pc} {t}", "dob": ["%d.%m.%Y", "%d-%m-%Y"]},
    "TR": {"fk": None, "towns": [("Kadıköy/İstanbul", "347##", ""), ("Çankaya/Ankara", "065##", ""),
                               ("Konak/İzmir", "352##", ""), ("Nilüfer/Bursa", "161##", ""), ("Muratpaşa/Antalya", "071##", "")],
               "streets": ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İstiklal Cad.", "Bağdat Cad.", "Zafer Sok."],
               "one": "{s} No:{n} D:{u}, {pc} {t}", "block": "{s} No:{n} D:{u}\n{pc} {t}", "dob": ["%d.%m.%Y", "%d/%m/%Y"]},
    "RO": {"fk": "ro_RO", "towns": [("Cluj-Napoca", "4000##", ""), ("Iași", "7000##", ""), ("Timișoara", "3000##", ""),
                                  ("Brașov", "5000##", ""), ("Constanța", "9000##", "")],
               "streets": ["Str. Memorandumului", "Bd. Independenței", "Str. Republicii", "Calea Victoriei", "Str. Mihai Eminescu"],
               "one": "{s} nr. {n}, {t} {pc}", "block": "{s} nr. {n}, ap. {u}\n{pc} {t}", "dob": ["%d.%m.%Y", "%d/%m/%Y"]},
    "VN": {"fk": None, "towns": [("Hà Nội", "100000", "Quận Hoàn Kiếm"), ("TP. Hồ Chí Minh", "700000", "Quận 3"),
                               ("Đà Nẵng", "550000", "Quận Hải Châu"), ("Huế", "530000", "phường Vĩnh Ninh")],
               "streets": ["Lý Thường Kiệt", "Nguyễn Trãi", "Trần Hưng Đạo", "Lê Lợi", "Hai Bà Trưng"],
               "one": "{n} {s}, {x}, {t}", "block": "{n} {s}\n{x}, {t}", "dob": ["%d/%m/%Y", "%d-%m-%Y"]},
    "SI": {"fk": "sl_SI", "towns": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""),
                                  ("Koper", "6000", ""), ("Kranj", "4000", "")],
               "streets": ["Slovenska cesta", "Trubarjeva ulica", "Prešernova ulica", "Cankarjeva cesta", "Gosposka ulica"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}\n{pc} {t}", "dob": ["%-d. %-m. %Y", "%d.%m.%Y"]},
    "EE": {"fk": "et_EE", "towns": [("Tallinn", "10###", ""), ("Tartu", "51###", ""), ("Pärnu", "80###", ""),
                                  ("Narva", "20###", "")],
               "streets": ["Pärnu mnt", "Tartu mnt", "Rüütli tn", "Riia tn", "Narva mnt"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}-{u}\n{pc} {t}", "dob": ["%d.%m.%Y"]},
    "IS": {"fk": "is_IS", "towns": [("Reykjavík", "10#", ""), ("Akureyri", "600", ""), ("Hafnarfjörður", "220", ""),
                                  ("Kópavogur", "200", ""), ("Selfoss", "800", "")],
               "streets": ["Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Hringbraut", "Austurvegur"],
               "one": "{s} {n}, {pc} {t}", "block": "{s} {n}\n{pc} {t}", "dob": ["%-d.%-m.%Y", "%d.%m.%Y"]},
    "LT": {"fk": "lt_LT", "towns": [("Vilnius", "0####", ""), ("Kaunas", "4####", ""), ("Klaipėda", "9####", ""),
                                  ("Šiauliai", "7####", "")],
               "streets": ["Gedimino pr.", "Laisvės al.", "Pilies g.", "Taikos pr.", "Vilniaus g."],
               "one": "{s} {n}, LT-{pc} {t}", "block": "{s} {n}-{u}\nLT-{pc} {t}", "dob": ["%Y-%m-%d", "%Y.%m.%d"]},
    "BR": {"fk": "pt_BR", "towns": [("São Paulo", "0####-###", "SP"), ("Curitiba", "8####-###", "PR"),
                                  ("Belo Horizonte", "3####-###", "MG"), ("Recife", "5####-###", "PE")],
               "streets": ["Rua Augusta", "Avenida Paulista", "Rua XV de Novembro", "Rua da Aurora"],
               "one": "{s}, {n} - {t}/{x}, {pc}", "block": "{s}, {n}, apto {u}\n{t} - {x}\nCEP {pc}", "dob": ["%d/%m/%Y"]},
}
_REGION = {"CAT": "ES"}

_NAMES = {  # own first/last lists where Faker's are poor for the country
    "ZA": (["Pieter", "Annelie", "Thabo", "Zanele", "Johan", "Nomvula", "Riaan", "Marike", "Sipho", "Lindiwe", "Werner", "Carla"],
           ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "du Plessis", "Naidoo", "Venter", "Khumalo"]),
    "PH": (["Maria Clara", "Jose", "Angelica", "Mark Anthony", "Kristine", "Rodel", "Jasmine", "Paolo", "Mylene", "Jun"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Manalo", "Dizon"]),
    "SG": (["Wei Ling", "Jun Hao", "Siti", "Arjun", "Hui Min", "Muhammad Faiz", "Priya", "Jia Hui", "Kelvin", "Nurul"],
           ["Tan", "Lim", "Ng", "Wong", "Rahman", "Goh", "Chua", "Pillai", "Teo", "Lee"]),
    "CAT": (["Jordi", "Montserrat", "Pau", "Núria", "Arnau", "Mireia", "Oriol", "Laia", "Pere", "Meritxell", "Joan", "Roser"],
            ["Puig", "Vila", "Soler", "Ferrer", "Casals", "Puigdemont", "Riera", "Sabater", "Font", "Vidal", "Bosch", "Roca"]),
    "TR": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Oğuz", "Gülşen", "Kerem", "Derya", "Mustafa"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç", "Kılıç", "Aksoy"]),
    "VN": (["Minh Anh", "Thu Trang", "Văn Hùng", "Ngọc Lan", "Quang Huy", "Thị Mai", "Đức Anh", "Bảo Ngọc", "Tuấn", "Hương"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Phan"]),
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}
_LANG_OF = {"DE": "de", "FR": "fr", "ES": "es", "CAT": "ca", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt"}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, rng: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(rng.randrange(2**31))
    return f


def _pat(rng: random.Random, pat: str) -> str:
    return "".join(rng.choice(string.digits) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "?" else c
                   for c in pat)


def fmt_date(d: date, f: str, cc: str = "US") -> str:
    lang = _LANG_OF.get(cc, "en")
    mon = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
    out = f.replace("%B", mon).replace("%b", _MONTHS["en"][d.month - 1][:3] if lang == "en" else mon[:3])
    out = out.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace("%d", f"{d.day:02d}")
    out = out.replace("%m", f"{d.month:02d}").replace("%Y", str(d.year)).replace("%y", f"{d.year % 100:02d}")
    return out


def rand_date(rng: random.Random, y0: int, y1: int) -> date:
    a, b = date(y0, 1, 1), date(y1, 12, 31)
    return a + timedelta(days=rng.randrange((b - a).days))


def recent(rng: random.Random, days: int = 400) -> date:
    return TODAY - timedelta(days=rng.randrange(1, days))


# ----------------------------------------------------------------------------------- phones
_PT = phonenumbers.PhoneNumberType


def phone(rng: random.Random, cc: str, kind: str = "m", style: str = "nat") -> str:
    region = _REGION.get(cc, cc)
    ex = phonenumbers.example_number_for_type(region, _PT.MOBILE if kind == "m" else _PT.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    num = None
    for i in range(400):
        k = max(3, len(nsn) - 1 - i // 60)
        cand = nsn[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            num = n
            break
    assert num is not None, cc
    F = phonenumbers.PhoneNumberFormat
    if style == "nat":
        return phonenumbers.format_number(num, F.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, F.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, F.E164)
    if style == "digits":
        return re.sub(r"\D", "", phonenumbers.format_number(num, F.NATIONAL))
    if style == "dots":
        nat = re.sub(r"[()]", "", phonenumbers.format_number(num, F.NATIONAL))
        return nat.replace(" ", ".").replace("-", ".")
    raise ValueError(style)


def check_phone(s: str, cc: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, _REGION.get(cc, cc)))
    except phonenumbers.NumberParseException:
        return False


# ----------------------------------------------------------------------------------- people
_MAIL_DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
                 "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                 "ES": ["gmail.com", "hotmail.es"], "CAT": ["gmail.com", "xtec.cat", "hotmail.com"], "IT": ["libero.it", "alice.it"],
                 "NL": ["ziggo.nl", "kpnmail.nl"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br"],
                 "PL": ["wp.pl", "onet.pl", "o2.pl"], "TR": ["gmail.com", "hotmail.com.tr"], "RO": ["yahoo.ro", "gmail.com"],
                 "VN": ["gmail.com", "yahoo.com.vn"], "SI": ["siol.net", "gmail.com"], "EE": ["hot.ee", "mail.ee"],
                 "IS": ["simnet.is", "gmail.com"], "LT": ["gmail.com", "one.lt"], "IN": ["gmail.com", "rediffmail.com"],
                 "AU": ["bigpond.com", "gmail.com"], "NZ": ["xtra.co.nz", "gmail.com"], "ZA": ["webmail.co.za", "gmail.com"],
                 "IE": ["eircom.net", "gmail.com"], "CA": ["shaw.ca", "gmail.com"], "PH": ["gmail.com", "yahoo.com.ph"],
                 "NG": ["gmail.com", "yahoo.com"], "KE": ["gmail.com", "yahoo.co.ke"], "SG": ["singnet.com.sg", "gmail.com"]}
_ASCII = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿćčďđěłńňřśšťůźżžğışəőűæœþðĳ", "aaaaaaceeeeiiiinoooooouuuuyyccddelnnrsstuzzzgisaouaotdj")


def _ascii(s: str) -> str:
    s = s.lower().translate(_ASCII)
    for a, b in (("ạ", "a"), ("ả", "a"), ("ấ", "a"), ("ầ", "a"), ("ẩ", "a"), ("ậ", "a"), ("ắ", "a"), ("ằ", "a"), ("ặ", "a"),
                 ("ă", "a"), ("ễ", "e"), ("ế", "e"), ("ệ", "e"), ("ề", "e"), ("ị", "i"), ("ọ", "o"), ("ố", "o"), ("ồ", "o"),
                 ("ộ", "o"), ("ơ", "o"), ("ờ", "o"), ("ở", "o"), ("ợ", "o"), ("ư", "u"), ("ứ", "u"), ("ừ", "u"), ("ữ", "u"),
                 ("ự", "u"), ("ụ", "u"), ("ủ", "u"), ("ũ", "u"), ("ỳ", "y"), ("ỹ", "y"), ("ễ", "e"), ("ẹ", "e"), ("ẻ", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", s)


class P:
    """One person of a country; values drawn once from the text's rng."""

    def __init__(self, rng: random.Random, cc: str):
        self.r, self.cc = rng, cc
        c = _C[cc]
        if c["fk"] is None:
            fl, ll = _NAMES[cc]
            self.first, self.last = rng.choice(fl), rng.choice(ll)
        else:
            f = _faker(c["fk"], rng)
            self.first, self.last = f.first_name(), f.last_name()
        self.full = f"{self.first} {self.last}"
        if cc == "VN":
            self.full = f"{self.last} {self.first}"
        t = rng.choice(c["towns"])
        self.town, self.pc, self.x = t[0], _pat(rng, t[1]), t[2]
        self.street, self.num = rng.choice(c["streets"]), str(rng.randint(1, 240))
        self.unit, self.floor = str(rng.randint(1, 9)) + str(rng.randint(0, 9)), str(rng.randint(1, 6))
        self.dob = rand_date(rng, 1944, 2006)
        u = _ascii(self.first.split()[0])
        ln = _ascii(self.last.split()[-1])
        self.email = rng.choice([f"{u}.{ln}", f"{u[0]}{ln}", f"{u}{ln}{rng.randint(1, 99)}", f"{ln}.{u}", f"{u}_{ln[:4]}"]) \
            + "@" + rng.choice(_MAIL_DOMAINS.get(cc, ["gmail.com"]))
        self.mobile = phone(rng, cc, "m", rng.choice(["nat", "nat", "intl", "e164"]))

    def addr(self, block: bool = False) -> str:
        c = _C[self.cc]
        return (c["block"] if block else c["one"]).format(n=self.num, s=self.street, pc=self.pc, t=self.town, x=self.x,
                                                           u=self.unit, f=self.floor)

    def dobs(self, i: int | None = None) -> str:
        fs = _C[self.cc]["dob"]
        return fmt_date(self.dob, fs[i] if i is not None else self.r.choice(fs), self.cc)

    def tel(self, kind: str = "m", style: str | None = None) -> str:
        return phone(self.r, self.cc, kind, style or self.r.choice(["nat", "intl"]))


def other_town(rng: random.Random, cc: str, not_: str = "") -> str:
    ts = [t[0] for t in _C[cc]["towns"] if t[0] != not_]
    return rng.choice(ts)


# ----------------------------------------------------------------------------------- secrets and ids
_AL = string.ascii_letters + string.digits


def rs(rng: random.Random, n: int, alpha: str = _AL) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def password(rng: random.Random) -> str:
    w = rng.choice(["Sunflower", "hamster", "Tigers", "blue", "Marbella", "kangaroo", "Qwerty", "dragon", "Liverpool",
                    "Pasta", "winter", "Mango", "rocket", "Galaxy", "Bluebell", "pingu", "Kebab", "Nordlys", "Ciocolata"])
    return rng.choice([
        lambda: f"{w}{rng.randint(1, 99)}{rng.choice('!#$%&*?')}",
        lambda: f"{w[0].upper()}{w[1:]}{rng.choice(['@', '_', '.'])}{rng.randint(1960, 2024)}",
        lambda: rs(rng, rng.randint(10, 16), _AL + "!#%*-_"),
        lambda: f"{w.lower()}{rng.choice(['!', '123', '2025', '#1'])}",
        lambda: "-".join(rng.choice(["correct", "horse", "staple", "lamp", "river", "oak", "salt", "fox"]) for _ in range(3))
        + str(rng.randint(1, 9)),
    ])()


def api_key(rng: random.Random) -> str:
    return rng.choice([
        lambda: "sk_live_" + rs(rng, 24),
        lambda: "ghp_" + rs(rng, 36),
        lambda: "xoxb-" + rs(rng, 11, string.digits) + "-" + rs(rng, 12, string.digits) + "-" + rs(rng, 24),
        lambda: "SG." + rs(rng, 22, _AL + "-_") + "." + rs(rng, 43, _AL + "-_"),
        lambda: "AIza" + rs(rng, 35, _AL + "-_"),
        lambda: rs(rng, 32, "0123456789abcdef"),
        lambda: "glpat-" + rs(rng, 20, _AL + "-_"),
        lambda: "key-" + rs(rng, 32, "0123456789abcdef"),
    ])()


def ssn(rng: random.Random, dashed: bool = True) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if dashed else f"{a:03d}{g:02d}{s:04d}"


def card(rng: random.Random, spaced: bool | None = None) -> str:
    kind = rng.choice(["4", "4", "51", "53", "2221", "34", "37", "6011"])
    ln = 15 if kind in ("34", "37") else 16
    c = _luhn(rng, kind, ln)
    sp = rng.random() < 0.6 if spaced is None else spaced
    if not sp:
        return c
    if ln == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    sep = rng.choice([" ", " ", "-"])
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    v = _iban_of(rng, cc)
    if spaced if spaced is not None else rng.random() < 0.6:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def us_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + rs(rng, rng.randint(7, 11), string.digits)


def routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        r = "".join(map(str, d)) + str(c)
        if r[:2] not in ("00",):
            return r


def ip4(rng: random.Random) -> str:
    return _ip_public_v4(rng)


def ip6(rng: random.Random) -> str:
    return _ip_public_v6(rng)


# look-alikes --------------------------------------------------------------------------------
def priv_ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "127.0.0.1"])


def masked_card(rng: random.Random) -> str:
    l4 = rs(rng, 4, string.digits)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{rng.choice(['4', '5'])}{rs(rng, 5, string.digits)}******{l4}",
                       f"•••• {l4}", f"ending {l4}"])


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def uuid4(rng: random.Random) -> str:
    h = rs(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha256(rng: random.Random) -> str:
    return hashlib.sha256(rs(rng, 12).encode()).hexdigest()


def bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + rs(rng, 53, string.ascii_letters + string.digits + "./")


def argon(rng: random.Random) -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + rs(rng, 22, _AL + "+/") + "$" + rs(rng, 43, _AL + "+/")


def version(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def gps(rng: random.Random) -> str:
    return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 150):.5f}"


def ref(rng: random.Random, prefix: str, n: int = 7) -> str:
    return prefix + rs(rng, n, string.digits)


def bic(rng: random.Random) -> str:
    return rng.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "CAIXESBBXXX", "BCITITMM", "NWBKGB2L", "RZBRROBU",
                       "LJBASI2X", "HABAEE2X", "ESJAIS2R", "TGBATRIS", "BFTVVNVX", "CHASUS33"])


def stamp(rng: random.Random, d: date | None = None, style: int = 0) -> str:
    d = d or recent(rng, 60)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == 0:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == 1:
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    return f"{d.day:02d}/{_MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"


def money(rng: random.Random, sym: str = "$", lo: int = 5, hi: int = 900) -> str:
    v = f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"
    return f"{sym}{v}" if sym in "$£" else f"{v} {sym}"


# ----------------------------------------------------------------------------------- rendering
_TOK = re.compile(r"\[\[(\w+)\]\]")


def R(fmt: str, v: dict) -> Text:
    """Render `fmt`, replacing [[key]] by v[key]; a tuple (value, label) is recorded as a span."""
    out, spans, pos, last = [], [], 0, 0
    for m in _TOK.finditer(fmt):
        out.append(fmt[last:m.start()])
        pos += m.start() - last
        val = v[m.group(1)]
        if isinstance(val, tuple):
            s, lab = val
            if lab:
                spans.append((pos, pos + len(s), lab))
        else:
            s = val
        out.append(s)
        pos += len(s)
        last = m.end()
    out.append(fmt[last:])
    text = "".join(out)
    _check(text, spans, v)
    return Text(text, spans)


def _check(text: str, spans: list, v: dict | None = None) -> None:
    prev = -1
    for a, b, lab in sorted(spans):
        assert lab in LABELS, lab
        assert a >= prev, (text, spans)
        seg = text[a:b]
        assert seg and seg == seg.strip(), (seg, lab)
        assert seg[-1] not in ".,;:)]\"'" or (seg[-1] == "." and lab in (PER, ADDR)), (seg, lab)
        prev = b
    if v is not None:
        vals = {x[0] for x in v.values() if isinstance(x, tuple) and x[1]}
        for a, b, _ in spans:
            assert text[a:b] in vals


def cat(*parts: Text, sep: str = "") -> Text:
    text, spans = "", []
    for i, p in enumerate(parts):
        if i:
            text += sep
        spans += [(a + len(text), b + len(text), lab) for a, b, lab in p.spans]
        text += p.text
    _check(text, spans)
    return Text(text, spans)


# =============================================================================================
# Free-text templates. Each takes a per-text rng and returns a Text. Comment: language/country.
# =============================================================================================
def L(s: str, lab: str | None) -> tuple:
    return (s, lab)


def _sig_co(r: random.Random, cc: str, co: str, role: str) -> tuple[str, dict]:
    """A business signature block: company name (look-alike), office address + line + role e-mail."""
    b = P(r, cc)
    dom = _ascii(co)[:14] + {"US": ".com", "GB": ".co.uk", "AU": ".com.au", "CA": ".ca", "IE": ".ie", "NZ": ".co.nz",
                              "ZA": ".co.za", "IN": ".in", "DE": ".de", "FR": ".fr", "NL": ".nl", "ES": ".es", "IT": ".it"}.get(cc, ".com")
    return ("[[co_name]]\n[[co_addr]]\nT: [[co_tel]] | [[co_mail]]",
            {"co_name": co, "co_addr": L(b.addr(), ADDR), "co_tel": L(phone(r, cc, "f", "nat"), PH), "co_mail": L(f"{role}@{dom}", EM)})


# 1 en-US locksmith: customer e-mail with quoted reply, business signature
def t_us_locksmith_mail(r):
    c, tech = P(r, "US"), P(r, "US")
    _, sv = _sig_co(r, "US", r.choice(["Keystone Lock & Safe", "Johnson Brothers Locksmiths", "AllSecure Lock Co."]), "service")
    v = dict(first=L(c.first, PER), full=L(c.full, PER), mail=L(c.email, EM), tel=L(c.tel("m", "nat"), PH),
             a1=L(f"{c.num} {c.street}", ADDR), a2=L(f"{c.town}, {c.x} {c.pc}", ADDR),
             tech=L(tech.first, PER), job=ref(r, "JOB-", 6), code=rs(r, 4, string.digits), amt=money(r, "$", 89, 420),
             when=fmt_date(recent(r, 20), "%B %-d", "US"), **sv)
    return R("""From: [[full]] <[[mail]]>
Subject: Re: rekey appointment [[job]]

Hi, yes [[when]] works. Gate code is [[code]] (it's temporary, changing it after). Best number is [[tel]].
Thanks, [[first]]

On Tue, [[tech]] from the service desk wrote:
> Hi [[first]], we can send a tech to rekey all exterior locks at
> [[a1]]
> [[a2]]
> Estimate [[amt]] incl. trip charge. Please confirm a date.

--
[[co_name]] - licensed & bonded
[[co_addr]]
[[co_tel]] | [[co_mail]]
""", v)


# 2 en-GB tattoo studio: booking e-mail thread with consent details
def t_gb_tattoo_mail(r):
    c, art = P(r, "GB"), P(r, "GB")
    studio = r.choice(["Ink & Iron Studio", "Black Rose Tattoo Collective", "Sailor Jerry's Parlour", "Needle & Nib"])
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "mail": L(c.email, EM), "dob": L(c.dobs(), DOB), "tel": L(c.tel(), PH),
             "art": L(art.first, PER), "studio": studio, "dep": money(r, "£", 30, 80), "card4": rs(r, 4, string.digits),
             "slot": fmt_date(recent(r, 30) + timedelta(days=40), "%-d %B", "GB"), "bk": ref(r, "BK", 5),
             "town": L(c.town, LOC), "branch": other_town(r, "GB", c.town)}
    return R("""To: bookings@[[studio]]
From: [[mail]]

Hiya, it's [[full]] again - just confirming the [[slot]] slot with [[art]] at your [[branch]] studio for the fineline piece.
For the consent form: DOB [[dob]], mobile [[tel]]. I'm travelling down from [[town]] so a morning slot would be ideal x
Deposit of [[dep]] paid on card ending [[card4]], booking ref [[bk]].

[[first]]
""".replace("bookings@[[studio]]", "bookings@" + _ascii(studio) + ".co.uk").replace("[[studio]]", studio), v)


# 3 en-AU e-scooter live chat
def t_au_scooter_chat(r):
    c, ag = P(r, "AU"), P(r, "AU")
    v = {"cf": L(c.first, PER), "ag": L(ag.first, PER), "ag2": L(ag.first, PER), "cf2": L(c.first, PER), "cf3": L(c.first, PER),
             "mail": L(c.email, EM), "tel": L(c.tel("m", "nat"), PH), "ride": uuid4(r), "sc": ref(r, "SC-", 5), "amt": money(r, "$", 3, 40),
             "gps": gps(r), "m4": masked_card(r), "t0": f"{r.randint(8, 11)}:{r.randint(10, 59)}"}
    return R("""[[t0]] Bot: Hi! You're chatting with Zoomr support. What's your name?
[[t0]] Visitor: [[cf]]
[[t0]] [[ag]] (Zoomr): G'day [[cf2]], how can I help?
[[t0]] [[cf3]]: scooter [[sc]] died mid ride and i still got charged [[amt]] on [[m4]]
[[t0]] [[ag2]] (Zoomr): Sorry about that! Ride id [[ride]] ended at [[gps]]. Can you confirm the email on the account?
[[t0]] Visitor: [[mail]] or text me on [[tel]]
""", v)


# 4 en-CA optician SMS thread
def t_ca_optician_sms(r):
    c = P(r, "CA")
    v = {"first": L(c.first, PER), "tel": L(c.tel("m", "nat"), PH), "shop": L(phone(r, "CA", "f", "nat"), PH),
             "branch": other_town(r, "CA"), "d": fmt_date(recent(r, 10) + timedelta(days=12), "%b %-d", "CA"),
             "t": f"{r.randint(9, 16)}:{r.choice(['00', '15', '30', '45'])}", "otp": rs(r, 6, string.digits), "rx": ref(r, "RX", 6)}
    return R("""Messages with [[tel]]
ClearView Optical: Hi [[first]], reminder of your eye exam at our [[branch]] location on [[d]] at [[t]]. Reply C to confirm or call [[shop]].
Me: C
ClearView Optical: Confirmed. Your verification code for the patient portal is [[otp]]. Rx ref [[rx]].
Me: can my husband pick up the lenses if I can't make it?
ClearView Optical: Sure, just bring the order slip.
""", v)


# 5 en-IN removals CRM note
def t_in_removals_crm(r):
    c, staff = P(r, "IN"), P(r, "IN")
    dest = P(r, "IN")
    v = {"full": L(c.full, PER), "tel": L(c.tel("m", "nat"), PH), "alt": L(phone(r, "IN", "m", "e164"), PH), "mail": L(c.email, EM),
             "frm": L(c.addr(), ADDR), "to": L(dest.addr(), ADDR), "staff": L(staff.full, PER), "q": ref(r, "QT/", 5),
             "amt": f"Rs. {r.randint(18, 95)},{r.randint(100, 999)}", "vol": f"{r.randint(8, 30)} cbm", "d": fmt_date(recent(r, 30), "%d-%m-%Y", "IN")}
    return R("""CRM NOTE | quote [[q]] | created by [[staff]] on [[d]]
Customer: [[full]] ([[tel]] / WhatsApp [[alt]]), mail [[mail]]
Pickup: [[frm]]
Drop: [[to]]
2BHK, approx [[vol]], 2 ACs to be uninstalled. Quoted [[amt]] incl. GST, transit insurance extra. Customer asked for Sunday slot, lift available at pickup only.
""", v)


# 6 en-IE language school enrolment form dump (key: value)
def t_ie_school_form(r):
    c = P(r, "IE")
    v = {"fn": L(c.first, PER), "ln": L(c.last, PER), "dob": L(c.dobs(0), DOB), "mail": L(c.email, EM), "tel": L(c.tel(), PH),
             "addr": L(c.addr(), ADDR), "birth": L(r.choice(["Poland", "Brazil", "Spain", "Lithuania", "Ukraine"]), LOC),
             "course": r.choice(["Spanish B1 (Tue/Thu 19:00)", "Italian for beginners", "Irish - Gaeilge 2", "German A2 evening"]),
             "fee": money(r, "€", 180, 420), "sub": stamp(r, None, 1), "sid": uuid4(r)}
    return R("""--- Web form submission [[sid]] ---
first_name: [[fn]]
surname: [[ln]]
date_of_birth: [[dob]]
country_of_birth: [[birth]]
email: [[mail]]
phone: [[tel]]
address: [[addr]]
course: [[course]]
fee_quoted: [[fee]]
marketing_opt_in: no
submitted: [[sub]]
""", v)


# 7 en-ZA home-security installation ticket + internal note
def t_za_alarm_ticket(r):
    c, tech = P(r, "ZA"), P(r, "ZA")
    v = {"full": L(c.full, PER), "tel": L(c.tel("m", "nat"), PH), "addr": L(c.addr(block=True), ADDR), "tech": L(tech.first, PER),
             "tk": ref(r, "#", 6), "zone": str(r.randint(2, 8)), "pin": rs(r, 4, string.digits), "panel": f"IDS X64 fw {version(r)}",
             "imei": imei(r), "d": fmt_date(recent(r, 15), "%Y/%m/%d", "ZA")}
    return R("""Ticket [[tk]] - Alarm install follow-up
Customer: [[full]]  Cell: [[tel]]
Site address:
[[addr]]

Customer reports zone [[zone]] (kitchen PIR) false triggering since install on [[d]].

--- internal note (not visible to customer) ---
[[tech]] to swap PIR. Panel [[panel]], GSM comm IMEI [[imei]]. Installer code changed, user code [[pin]] left with client. Dog on site - call before entering.
""", v)


# 8 en-NZ removals forwarded e-mail
def t_nz_removals_fwd(r):
    c, boss = P(r, "NZ"), P(r, "NZ")
    dest = r.choice(["Brisbane", "Perth", "Melbourne", "Sydney"])
    sig, sv = _sig_co(r, "NZ", r.choice(["Kiwi Shift Movers", "Southern Cross Removals", "Anderson & Sons Storage"]), "bookings")
    v = dict(boss=L(boss.first, PER), full=L(c.full, PER), mail=L(c.email, EM), first=L(c.first, PER), addr=L(c.addr(), ADDR),
             dest=L(dest, LOC), unit=f"Unit {r.randint(1, 80)}{r.choice('ABC')}", inv=ref(r, "INV-", 5), tel=L(c.tel("m", "nat"), PH),
             **sv)
    return R("""Fwd: storage + overseas move
[[boss]] - can you handle this one? Sits with the [[unit]] contract.

---------- Forwarded message ---------
From: [[full]] <[[mail]]>
Hi there, we're relocating to [[dest]] in March. Could you pack up [[addr]] and hold everything in storage for ~6 weeks?
Invoice [[inv]] for the current unit is paid. Cheers, [[first]] ([[tel]])

""" + sig + "\n", v)


# 9 en-SG e-scooter app log lines
def t_sg_app_log(r):
    c = P(r, "SG")
    v = {"mail": L(c.email, EM), "ip": L(ip4(r), IP), "pip": priv_ip(r), "tel": L(phone(r, "SG", "m", "e164"), PH), "uid": uuid4(r),
             "t1": stamp(r), "t2": stamp(r), "t3": stamp(r), "ver": version(r), "ip6": L(ip6(r), IP), "sess": rs(r, 32, "0123456789abcdef"),
             "sc": ref(r, "SGX", 5), "lat": gps(r)}
    return R("""[[t1]] INFO  auth.login user=[[mail]] src=[[ip]] via=[[pip]] app=android/[[ver]] session=[[sess]]
[[t2]] WARN  ride.unlock scooter=[[sc]] user_id=[[uid]] loc=([[lat]]) battery=11%
[[t3]] INFO  sms.send to=[[tel]] template=LOW_BATTERY_END_RIDE client_ip=[[ip6]]
""", v)


# 10 en-PH tattoo studio Messenger export
def t_ph_tattoo_chat(r):
    c, art = P(r, "PH"), P(r, "PH")
    v = {"c1": L(c.full, PER), "c2": L(c.full, PER), "a1": L(art.first, PER), "a2": L(art.first, PER), "tel": L(c.tel("m", "nat"), PH),
             "dob": L(c.dobs(), DOB), "gc": r.choice(["GCash", "Maya"]), "amt": f"₱{r.randint(15, 60)},000", "ref_": rs(r, 13, string.digits),
             "studio": r.choice(["Inkredible Manila", "Juan Tattoo Studio", "Bayani Ink"])}
    return R("""[[c1]]: hi po! available pa ba si [[a1]] this saturday? for a small script tattoo on wrist
[[studio]]: Hi! Yes po, 2pm slot. Please send your full name, birthday and number for the waiver
[[c2]]: [[dob]] po, [[tel]]
[[a2]]: noted! downpayment [[amt]] via [[gc]], ref no. [[ref_]] received, thanks!
""", v)


# 11 en-NG language school WhatsApp export
def t_ng_school_whatsapp(r):
    c, tut = P(r, "NG"), P(r, "NG")
    d = recent(r, 30)
    v = {"tut": L(tut.full, PER), "tut2": L(tut.full, PER), "c1": L(c.full, PER), "c2": L(c.full, PER), "tel": L(c.tel("m", "intl"), PH),
             "mail": L(c.email, EM), "dd": fmt_date(d, "%d/%m/%Y"), "acct": rs(r, 10, string.digits), "fee": f"₦{r.randint(25, 90)},000",
             "lang": r.choice(["French", "German", "Mandarin"])}
    return R("""[[dd]], 18:02 - [[tut]]: Good evening all, [[lang]] evening class resumes Monday 6pm. Please pay [[fee]] before then.
[[dd]], 18:05 - [[c1]]: Good evening ma. Please my email for the materials is [[mail]]
[[dd]], 18:06 - [[tut2]]: Noted. Pay to the school account [[acct]] (GTBank) and send the receipt.
[[dd]], 18:09 - [[c2]]: Done ma. If there is any issue call me on [[tel]]
""", v)


# 12 en-KE optician call note
def t_ke_optician_call(r):
    c, ag = P(r, "KE"), P(r, "KE")
    v = {"ag": L(ag.first, PER), "full": L(c.full, PER), "tel": L(c.tel("m", "nat"), PH), "town": L(c.town, LOC),
             "branch": other_town(r, "KE", c.town), "mp": f"QJ{rs(r, 8, string.ascii_uppercase + string.digits)}",
             "amt": f"KES {r.randint(2, 15)},{r.randint(100, 999)}", "rx": "R -1.25 / L -1.50 CYL -0.50"}
    return R("""Call note - [[ag]], 11:40
Spoke to [[full]] ([[tel]]). Moved back home to [[town]], wants the contact lens subscription switched from our [[branch]] branch to courier delivery.
Paid [[amt]] via M-Pesa, code [[mp]]. Current Rx [[rx]]. Follow up next week.
""", v)


# 13 en-US storage billing: ACH payout with account + routing
def t_us_storage_ach(r):
    c = P(r, "US")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "acct": L(us_account(r), BANK), "rt": routing(r), "mail": L(c.email, EM),
             "unit": f"{r.choice('ABCD')}-{r.randint(100, 399)}", "amt": money(r, "$", 60, 400), "pol": ref(r, "POL", 8), "last4": rs(r, 4, string.digits)}
    return R("""Hi [[first]],

Your autopay for storage unit [[unit]] is set up. Monthly rent [[amt]] will be drafted from:
  Account holder: [[full]]
  Routing number: [[rt]]
  Account number: [[acct]]
Previous card on file (ending [[last4]]) has been removed. Protection plan policy [[pol]] stays active.
Questions? Reply to this email or write to billing from [[mail]].
""", v)


# 14 en-US lower-case speech-to-text transcript, security system financing
def t_us_transcript(r):
    c, ag = P(r, "US"), P(r, "US")
    s = ssn(r)
    dob = c.dob
    spoken_dob = f"{_MONTHS['en'][dob.month - 1].lower()} {dob.day} {dob.year}"
    v = {"ag": L(ag.first.lower(), PER), "first": L(c.first.lower(), PER), "last": L(c.last.lower(), PER), "dob": L(spoken_dob, DOB),
             "ssn": L(s, SSN), "tel": L(c.tel("m", "digits"), PH), "street": L(f"{c.num} {c.street.lower()}", ADDR), "town": c.town.lower(),
             "order": " ".join(rs(r, 6, string.digits))}
    return R("""agent: thanks for calling homeguard this is [[ag]] how can i help
caller: hi yeah i want to finance the camera package my name is [[first]] [[last]]
agent: sure i need your date of birth and social for the credit check
caller: [[dob]] and the social is [[ssn]]
agent: and the install address
caller: [[street]] here in [[town]]
agent: perfect best callback number
caller: [[tel]]
agent: your order number is [[order]]
""", v)


# 15 en-US JSON lines signup dump (bike-share) with a leaked plaintext password
def t_us_jsonl(r):
    rows, v = [], {}
    for i in range(3):
        c = P(r, "US")
        v.update({f"n{i}": L(c.full, PER), f"m{i}": L(c.email, EM), f"p{i}": L(phone(r, "US", "m", "e164"), PH),
                  f"pw{i}": L(password(r), PWD), f"h{i}": bcrypt(r), f"ip{i}": L(ip4(r), IP), f"u{i}": uuid4(r),
                  f"ts{i}": stamp(r), f"pl{i}": r.choice(["monthly", "day_pass", "annual"])})
        if i == 1:
            rows.append('{"event":"signup","id":"[[u%d]]","name":"[[n%d]]","email":"[[m%d]]","phone":"[[p%d]]","password":"[[pw%d]]",'
                        '"ip":"[[ip%d]]","ts":"[[ts%d]]"}'.replace("%d", str(i)))
        else:
            rows.append('{"event":"signup","id":"[[u%d]]","name":"[[n%d]]","email":"[[m%d]]","phone":"[[p%d]]","pw_hash":"[[h%d]]",'
                        '"plan":"[[pl%d]]","ip":"[[ip%d]]","ts":"[[ts%d]]"}'.replace("%d", str(i)))
    return R("\n".join(rows) + "\n", v)


# 16 nginx access log (public + private IPs), no names
def t_access_log(r):
    lines, v = [], {}
    for i in range(5):
        pub = r.random() < 0.6
        v[f"ip{i}"] = L(ip4(r), IP) if pub else priv_ip(r)
        v[f"t{i}"] = stamp(r, None, 2)
        v[f"p{i}"] = r.choice(["/api/v2/rides", "/booking/confirm?ref=" + ref(r, "B", 6), "/static/app." + rs(r, 8, "0123456789abcdef") + ".js",
                                "/login", "/healthz"])
        lines.append(f'[[ip{i}]] - - [[[t{i}]]] "GET [[p{i}]] HTTP/1.1" {r.choice([200, 200, 302, 404])} {r.randint(120, 9000)} "-" "Mozilla/5.0"')
    return R("\n".join(lines) + "\n", v)


# 17 .env config snippet with real secrets and look-alikes
def t_env_config(r):
    v = {"k1": L("sk_live_" + rs(r, 24), KEY), "pk": "pk_live_" + rs(r, 24), "sid": "AC" + rs(r, 32, "0123456789abcdef"),
             "tok": L(rs(r, 32, "0123456789abcdef"), KEY), "dbpw": L(password(r), PWD), "host": priv_ip(r), "ver": version(r),
             "smtp": L(password(r), PWD), "mail": L(r.choice(["noreply", "alerts", "ops"]) + "@" + r.choice(["locksafe.io", "opticly.com", "moveit.co.uk"]), EM),
             "g": L("ghp_" + rs(r, 36), KEY), "sh": sha256(r)}
    return R("""# production - do not commit
APP_VERSION=[[ver]]
DATABASE_URL=postgres://app:[[dbpw]]@[[host]]:5432/bookings
STRIPE_SECRET_KEY=[[k1]]
STRIPE_PUBLISHABLE_KEY=[[pk]]
TWILIO_ACCOUNT_SID=[[sid]]
TWILIO_AUTH_TOKEN=[[tok]]
SMTP_USER=[[mail]]
SMTP_PASSWORD="[[smtp]]"
GITHUB_DEPLOY_TOKEN=[[g]]
ASSET_CHECKSUM=[[sh]]
""", v)


# 18 en-GB OCR'd optician form
def t_gb_ocr_form(r):
    c = P(r, "GB")
    v = {"sur": L(c.last.upper(), PER), "fore": L(c.first.upper(), PER), "dob": L(c.dobs(0), DOB), "addr": L(c.addr(block=True), ADDR),
             "tel": L(c.tel("f", "nat"), PH), "nhs": f"{rs(r, 3, string.digits)} {rs(r, 3, string.digits)} {rs(r, 4, string.digits)}",
             "gp": r.choice(["Dr Patel", "Dr Evans", "Dr O'Brien"]), "d": fmt_date(recent(r, 90), "%d/%m/%Y")}
    return R("""GOS 1 SIGHT TEST F0RM   Page 1 of 2
Surname: [[sur]]       Forename(s): [[fore]]
Date of Birth: [[dob]]   NHS No: [[nhs]]
Address:
[[addr]]
Tel (home): [[tel]]
GP: [[gp]]     Date of test: [[d]]
l confirm the above is c0rrect. Signed ........
""", v)


# 19 en-AU removals inventory pasted from a spreadsheet
def t_au_sheet(r):
    rows, v = ["Job\tCustomer\tMobile\tFrom\tTo suburb\tCubic m\tQuote"], {}
    for i in range(3):
        c = P(r, "AU")
        v.update({f"j{i}": ref(r, "AU", 5), f"c{i}": L(c.full, PER), f"m{i}": L(c.tel("m", "nat"), PH), f"a{i}": L(c.addr(), ADDR),
                  f"t{i}": L(other_town(r, "AU", c.town), LOC), f"v{i}": str(r.randint(12, 60)), f"q{i}": money(r, "$", 700, 4800)})
        rows.append("[[j%d]]\t[[c%d]]\t[[m%d]]\t[[a%d]]\t[[t%d]]\t[[v%d]]\t[[q%d]]".replace("%d", str(i)))
    return R("\n".join(rows) + "\n", v)


# 20 notification subjects (mixed English countries)
def t_notifications(r):
    ccs = r.sample(["US", "GB", "CA", "AU", "IE", "NZ", "IN"], 4)
    a, b, c, d = (P(r, x) for x in ccs)
    v = {"a": L(a.full, PER), "b": L(b.first + " " + b.last[0] + ".", PER), "c": L(c.email, EM), "d": L(d.first, PER),
             "bk": ref(r, "BK-", 6), "amt": money(r, "$", 20, 300), "tr": ref(r, "1Z", 14), "m4": masked_card(r)}
    return R("""New booking [[bk]] from [[a]]
[[b]] left a 5-star review for Ink & Iron Studio
Payment failed for [[c]] ([[m4]])
Your removal is on its way - tracking [[tr]]
[[d]] replied to your message
Refund of [[amt]] processed
""", v)


# 21 no PII: release notes
def t_release_notes(r):
    v = {"v1": version(r), "v0": version(r), "t1": ref(r, "ENG-", 4), "t2": ref(r, "ENG-", 4), "h": rs(r, 7, "0123456789abcdef"),
             "d": fmt_date(recent(r, 20), "%Y-%m-%d"), "ip": priv_ip(r)}
    return R("""Release [[v1]] ([[d]], build [[h]])
- Fixed scooter unlock timeout on Android 14 ([[t1]])
- Lens subscription renewals now retry after card decline ([[t2]])
- Staging API moved to [[ip]]; upgrade from [[v0]] required
""", v)


# 22 no PII: branch memo with branch towns and amounts
def t_branch_memo(r):
    b1, b2 = r.sample([t[0] for t in _C["GB"]["towns"]], 2)
    v = {"b1": b1, "b2": b2, "amt": money(r, "£", 1000, 9000), "po": ref(r, "PO", 6), "d": fmt_date(recent(r, 10), "%-d %B %Y"),
             "code": rs(r, 4, string.digits)}
    return R("""Internal memo - [[d]]
From [[d]] the [[b1]] branch opens 9-5:30 Sat. Stock transfer from [[b2]] under [[po]] ([[amt]]).
Key safe code for the loading bay is [[code]]; it changes monthly. Mr Whiskers the shop cat stays in the back office.
""", v)


# 23 en-US Teams chat export among installers
def t_us_teams(r):
    a, b, c = P(r, "US"), P(r, "US"), P(r, "US")
    v = {"a1": L(a.full, PER), "b1": L(b.full, PER), "a2": L(a.full, PER), "b2": L(b.full, PER), "cust": L(c.last, PER),
             "addr": L(c.addr(), ADDR), "door": rs(r, 4, string.digits) + "#", "tel": L(c.tel("m", "nat"), PH), "t": f"{r.randint(7, 9)}:{r.randint(10, 59)} AM",
             "wo": ref(r, "WO", 6), "cam": f"{r.randint(2, 8)}x"}
    return R("""[[a1]]  [[t]]
who's on the [[cust]] job today? [[wo]], [[cam]] cameras + smart lock
[[b1]]  [[t]]
me. address?
[[a2]]  [[t]]
[[addr]] - lockbox [[door]], customer cell [[tel]]
[[b2]]  [[t]]
👍
""", v)


# 24 Slack export: dev support with leaked key and hashes
def t_slack(r):
    a, b = P(r, "GB"), P(r, "IN")
    k = api_key(r)
    v = {"a": L(a.first.lower() + "." + a.last.lower().replace(" ", ""), PER), "b": L(b.first, PER), "b2": L(b.first, PER), "key": L(k, KEY),
             "h": argon(r), "u": uuid4(r), "ver": version(r), "ip": L(ip4(r), IP), "pip": priv_ip(r)}
    return R("""#eng-support
[[a]]: webhook from the lens-subscription service is 401ing since [[ver]]
[[b]]: using this key? [[key]]
[[a]]: pls don't paste keys here 🙃 rotate it. also user [[u]] has pw hash [[h]] if you need to repro
[[b2]]: traffic is coming from [[ip]] not our NAT [[pip]], blocking
""", v)


# 25 en-CA support e-mail: masked card then full card typed by customer
def t_ca_card_mail(r):
    c = P(r, "CA")
    v = {"first": L(c.first, PER), "full": L(c.full, PER), "m4": masked_card(r), "card": L(card(r), CC), "exp": expiry(r),
             "cvv": rs(r, 3, string.digits), "ord": ref(r, "ORD-", 7), "addr": L(c.addr(), ADDR), "tel": L(c.tel(), PH)}
    return R("""Subject: contact lenses not shipped - [[ord]]

Hello,
My subscription says the payment on [[m4]] failed. Just use this one instead: [[card]] exp [[exp]] cvv [[cvv]].
Ship to [[addr]] as usual.
[[full]]
[[tel]]
""", v)


# 26 en-IN language school SMS / OTP look-alikes
def t_in_sms(r):
    c = P(r, "IN")
    v = {"first": L(c.first, PER), "otp": rs(r, 6, string.digits), "b": ref(r, "LS", 6), "fee": f"INR {r.randint(3, 15)},{r.randint(100, 999)}",
             "tel": L(phone(r, "IN", "f", "nat"), PH), "d": fmt_date(recent(r, 10) + timedelta(days=14), "%d-%b-%Y")}
    return R("""VM-LINGUA: Dear [[first]], [[otp]] is your OTP for fee payment of [[fee]]. Do not share it with anyone.
VM-LINGUA: Admission [[b]] confirmed. Japanese N5 evening batch starts [[d]]. Helpdesk [[tel]].
""", v)


# 27 en-US tattoo CRM note with DOB for age verification
def t_us_tattoo_crm(r):
    c = P(r, "US")
    v = {"full": L(c.last + ", " + c.first, PER), "dob": L(c.dobs(), DOB), "tel": L(c.tel(), PH), "dl": f"D{rs(r, 7, string.digits)}",
             "pet": r.choice(["Biscuit", "Luna", "Mochi", "Rex"]), "piece": r.choice(["Rex the T-rex flash", "koi half sleeve", "septum piercing"]),
             "d": fmt_date(recent(r, 20), "%m/%d/%Y"), "town": L(c.town, LOC)}
    return R("""CLIENT: [[full]]
DOB [[dob]] (ID checked, DL [[dl]]) - from [[town]]
cell [[tel]]
[[d]] - [[piece]]. Wants a paw print of her dog [[pet]] added next session. Aftercare sheet given.
""", v)


# 28 en-GB removals application log key=value
def t_gb_kv_log(r):
    c = P(r, "GB")
    v = {"t": stamp(r), "name": L(c.full, PER), "mail": L(c.email, EM), "pc": L(c.addr(), ADDR), "ip": L(ip4(r), IP), "job": ref(r, "MV", 6),
             "trk": rs(r, 16, string.ascii_uppercase + string.digits), "ver": version(r), "tel": L(c.tel("m", "e164"), PH)}
    return R("""ts=[[t]] level=info svc=quote-api ver=[[ver]] job=[[job]] customer="[[name]]" email=[[mail]] phone=[[tel]] from_addr="[[pc]]" client_ip=[[ip]] trace=[[trk]] status=created
""", v)


# 29 en-AU optician subscription renewal e-mail
def t_au_lens_mail(r):
    c = P(r, "AU")
    v = {"first": L(c.first, PER), "m4": masked_card(r), "amt": money(r, "$", 40, 160), "ord": ref(r, "CL", 8),
             "d": fmt_date(recent(r, 5) + timedelta(days=30), "%-d %B %Y"), "addr": L(c.addr(block=True), ADDR), "brand": "Acuvue Oasys 1-Day"}
    return R("""Hi [[first]],

Your contact lens subscription ([[brand]], order [[ord]]) renews on [[d]].
We'll charge [[amt]] to [[m4]] and ship to:
[[addr]]

Opticly Australia - this mailbox isn't monitored.
""", v)


# 30 en-IE bike-share complaint mentioning where the user lives / travels
def t_ie_bike_mail(r):
    c = P(r, "IE")
    dest = other_town(r, "IE", c.town)
    v = {"full": L(c.full, PER), "home": L(c.town, LOC), "dest": L(dest, LOC), "mail": L(c.email, EM), "bike": ref(r, "B", 5),
             "amt": money(r, "€", 10, 150), "dock": r.choice(["Heuston Station dock", "Eyre Square dock", "UCC Main Gate dock"])}
    return R("""Dear Sir/Madam,
I live in [[home]] and was visiting [[dest]] last weekend. Bike [[bike]] would not lock at the [[dock]] and I was charged [[amt]].
Please refund to the account registered under [[mail]].
Regards,
[[full]]
""", v)


# 31 en-NZ tattoo aftercare SMS thread with pet name
def t_nz_aftercare(r):
    c, a = P(r, "NZ"), P(r, "NZ")
    v = {"first": L(c.first, PER), "art": L(a.first, PER), "tel": L(c.tel("m", "nat"), PH), "pet": r.choice(["Pickles", "Nala", "Milo"]),
             "dd": fmt_date(recent(r, 9), "%d/%m"), "t": f"{r.randint(10, 18)}:{r.randint(10, 59)}"}
    return R("""SMS to [[tel]] [[dd]] [[t]]
Kia ora [[first]], [[art]] here from Moana Ink. How's the healing going? Keep it clean and no swimming for 2 weeks!
Reply: all good thanks, [[pet]] keeps trying to lick it lol
""", v)


# 32 en-US support ticket with '>' quoted address lines
def t_us_quoted(r):
    c, ag = P(r, "US"), P(r, "US")
    v = {"first": L(c.first, PER), "ag": L(ag.first, PER), "q1": L(f"{c.num} {c.street}", ADDR), "q2": L(f"{c.town}, {c.x} {c.pc}", ADDR),
             "tk": ref(r, "CS-", 6), "tr": ref(r, "94001", 17), "n": L(c.full, PER)}
    return R("""Ticket [[tk]] - reply from customer
Yes that's still correct, thanks [[ag]].
- [[n]]

> Hi [[first]], before we ship your replacement smart lock please confirm the address:
> [[q1]]
> [[q2]]
> Tracking will be [[tr]].
""", v)


# 33 de-DE Schlüsseldienst: e-mail with quoted reply
def t_de_locksmith(r):
    c, m = P(r, "DE"), P(r, "DE")
    v = {"full": L(c.full, PER), "last": L(c.last, PER), "mail": L(c.email, EM), "tel": L(c.tel(), PH), "q1": L(f"{c.street} {c.num}", ADDR),
             "q2": L(f"{c.pc} {c.town}", ADDR), "m": L(m.last, PER), "amt": money(r, "EUR", 89, 390), "auf": ref(r, "A-", 6),
             "d": fmt_date(recent(r, 14), "%d.%m.%Y"), "co": L(phone(r, "DE", "f", "nat"), PH)}
    return R("""Von: [[full]] <[[mail]]>
Betreff: AW: Türöffnung Auftrag [[auf]]

Guten Tag Herr [[m]], die Rechnung über [[amt]] ist viel zu hoch, vereinbart war ein Festpreis. Bitte rufen Sie mich unter [[tel]] an.
Mit freundlichen Grüßen
[[last]]

Am [[d]] schrieb Schlüsseldienst Müller & Söhne ([[co]]):
> Sehr geehrte Frau [[last]], anbei die Rechnung für die Türöffnung in der
> [[q1]]
> [[q2]]
""", v)


# 34 de-DE optician contact-lens subscription form with IBAN (SEPA)
def t_de_lens_form(r):
    c = P(r, "DE")
    v = {"vn": L(c.first, PER), "nn": L(c.last, PER), "geb": L(c.dobs(0), DOB), "addr": L(c.addr(), ADDR), "mail": L(c.email, EM),
             "iban": L(iban(r, r.choice(["DE", "DE", "AT"])), IBAN), "bic": bic(r), "kd": ref(r, "KD", 7), "man": ref(r, "MR-", 9),
             "d": fmt_date(recent(r, 30), "%d.%m.%Y"), "tel": L(c.tel("m", "nat"), PH)}
    return R("""Kontaktlinsen-Abo / SEPA-Lastschriftmandat
Kundennummer: [[kd]]   Mandatsreferenz: [[man]]
Vorname: [[vn]]
Nachname: [[nn]]
Geburtsdatum: [[geb]]
Anschrift: [[addr]]
E-Mail: [[mail]]   Mobil: [[tel]]
IBAN: [[iban]]   BIC: [[bic]]
Datum: [[d]]   Unterschrift: ____________
""", v)


# 35 fr-FR déménagement: devis e-mail
def t_fr_removals(r):
    c, cons = P(r, "FR"), P(r, "FR")
    dest = P(r, "FR")
    v = {"civ": L(c.last, PER), "full": L(c.full, PER), "frm": L(c.addr(), ADDR), "to": L(dest.addr(), ADDR), "tel": L(c.tel("m", "dots"), PH),
             "cons": L(cons.full, PER), "cmail": L(_ascii(cons.first)[0] + "." + _ascii(cons.last) + "@demenag-express.fr", EM),
             "dev": ref(r, "DEV-2026-", 4), "vol": f"{r.randint(15, 60)} m³", "amt": f"{r.randint(900, 4200)},00 €",
             "d": fmt_date(recent(r, 10) + timedelta(days=30), "%-d %B", "FR")}
    return R("""Bonjour Madame [[civ]],

Suite à notre visite technique, veuillez trouver ci-joint le devis [[dev]] pour votre déménagement du [[d]] :
- départ : [[frm]]
- arrivée : [[to]]
Volume estimé [[vol]], montant TTC [[amt]]. Pourriez-vous confirmer votre numéro ([[tel]]) pour le jour J ?

Cordialement,
[[cons]] - Déménag'Express
[[cmail]]
""", v)


# 36 fr-FR tatouage: chat Instagram
def t_fr_tattoo_chat(r):
    c, a = P(r, "FR"), P(r, "FR")
    v = {"c1": L(c.first, PER), "c2": L(c.first, PER), "a1": L(a.first, PER), "tel": L(c.tel("m", "nat"), PH), "dob": L(c.dobs(), DOB),
             "town": L(other_town(r, "FR"), LOC), "amt": f"{r.randint(5, 15)}0 €", "flash": r.choice(["Flash « Marie-Antoinette »", "le motif Coco Chanel"])}
    return R("""[[c1]] : coucou, il reste des places pour la convention ? je descends de [[town]] exprès
[[a1]] (Encre Noire Studio) : oui ! pour [[flash]] il faut un acompte de [[amt]]. Ta date de naissance pour la fiche ?
[[c2]] : [[dob]], et mon 06 c'est [[tel]]
""", v)


# 37 es-ES patinetes: ticket de soporte con nota interna
def t_es_scooter_ticket(r):
    c, ag = P(r, "ES"), P(r, "ES")
    v = {"full": L(c.full, PER), "mail": L(c.email, EM), "tel": L(c.tel(), PH), "ag": L(ag.first, PER), "iban": L(iban(r, "ES"), IBAN),
             "inc": ref(r, "INC", 6), "pat": ref(r, "PT-", 5), "amt": f"{r.randint(2, 40)},{r.randint(10, 99)} €", "ip": L(ip4(r), IP),
             "zona": r.choice(["Centro", "Ruzafa", "Casco Viejo"])}
    return R("""Incidencia [[inc]] · Patinete [[pat]]
Cliente: [[full]] ([[mail]], [[tel]])
Mensaje: el patinete se bloqueó en la zona [[zona]] y me cobraron [[amt]] de más. Quiero el reembolso en mi cuenta [[iban]].

Nota interna ([[ag]]): sesión iniciada desde [[ip]], reembolso aprobado, no pedir más datos.
""", v)


# 38 es-ES academia de idiomas: ficha de matrícula
def t_es_school(r):
    c = P(r, "ES")
    v = {"nom": L(c.first, PER), "ap": L(c.last, PER), "fn": L(c.dobs(), DOB), "dom": L(c.addr(), ADDR), "tel": L(c.tel("m", "nat"), PH),
             "mail": L(c.email, EM), "nac": L(r.choice(["Colombia", "Argentina", "Marruecos", "Venezuela"]), LOC), "exp": ref(r, "MAT-", 5),
             "curso": r.choice(["Inglés B2 (lunes y miércoles 19:30)", "Alemán A1 nocturno", "Francés conversación"]), "sede": other_town(r, "ES")}
    return R("""FICHA DE MATRÍCULA nº [[exp]] - sede [[sede]]
Nombre: [[nom]]
Apellidos: [[ap]]
Fecha de nacimiento: [[fn]]
Lugar de nacimiento: [[nac]]
Domicilio: [[dom]]
Teléfono: [[tel]]
Correo: [[mail]]
Curso: [[curso]]
""", v)


# 39 it-IT ottico: SMS thread
def t_it_optician_sms(r):
    c = P(r, "IT")
    v = {"first": L(c.first, PER), "tel": L(c.tel("m", "nat"), PH), "neg": L(phone(r, "IT", "f", "nat"), PH), "d": fmt_date(recent(r, 5) + timedelta(days=6), "%d/%m"),
             "ord": ref(r, "OC", 6), "cod": rs(r, 5, string.digits)}
    return R("""Da: Ottica Bellavista a [[tel]]
Gentile [[first]], i suoi occhiali (ordine [[ord]]) sono pronti. Può ritirarli dal [[d]] con il codice [[cod]]. Info: [[neg]]
Risposta: grazie, passo sabato
""", v)


def _grp(d: str) -> str:
    return f"{d[:3]} {d[3:6]} {d[6:]}"


# 40 it-IT trasloco: trascrizione vocale minuscola
def t_it_transcript(r):
    c = P(r, "IT")
    v = {"first": L(c.first.lower(), PER), "last": L(c.last.lower(), PER), "via": L(f"{c.street.lower()} {c.num}", ADDR),
             "town": c.town.lower(), "dest": L(r.choice(["milano", "napoli", "palermo", "firenze"]), LOC),
             "tel": L(_grp(c.tel("m", "digits")), PH), "pr": ref(r, "", 6)}
    return R("""operatore: traslochi rossi buongiorno
cliente: buongiorno sono [[first]] [[last]] devo traslocare a [[dest]] a fine mese
operatore: da quale indirizzo
cliente: [[via]] a [[town]] terzo piano senza ascensore
operatore: un recapito
cliente: [[tel]]
operatore: la pratica è la [[pr]] le mandiamo il preventivo
""", v)


# 41 nl-NL fietsdeel-app: klachtmail
def t_nl_bike_mail(r):
    c = P(r, "NL")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "mail": L(c.email, EM), "iban": L(iban(r, "NL"), IBAN), "tel": L(c.tel("m", "nat"), PH),
             "fiets": ref(r, "F", 5), "amt": f"€ {r.randint(5, 60)},{r.randint(10, 99)}", "d": fmt_date(recent(r, 20), "%d-%m-%Y")}
    return R("""Van: [[full]] <[[mail]]>
Onderwerp: dubbele afschrijving

Beste klantenservice,
Op [[d]] is er twee keer [[amt]] afgeschreven voor fiets [[fiets]]. Graag terugstorten op [[iban]].
Bel gerust: [[tel]].
Groet, [[first]]
""", v)


# 42 nl-NL slotenmaker: WhatsApp export
def t_nl_whatsapp(r):
    c, s = P(r, "NL"), P(r, "NL")
    d = fmt_date(recent(r, 10), "%d-%m-%Y")
    v = {"d": d, "s1": L(s.full, PER), "c1": L(c.full, PER), "s2": L(s.full, PER), "c2": L(c.full, PER), "addr": L(c.addr(), ADDR),
             "code": rs(r, 4, string.digits), "amt": f"€{r.randint(90, 250)}", "pet": r.choice(["Bolletje", "Snuf", "Dikkie"])}
    return R("""[[d]] 21:14 - [[c1]]: Hoi, ik sta buitengesloten 😩 kunt u vanavond nog komen?
[[d]] 21:15 - [[s1]]: Ja hoor, wat is het adres?
[[d]] 21:15 - [[c2]]: [[addr]]. Let op, kat [[pet]] mag niet naar buiten
[[d]] 21:16 - [[s2]]: Over 30 min daar, voorrijkosten [[amt]]. Code van de fietsenberging is [[code]]?
""", v)


# 43 pt-BR estúdio de tatuagem: WhatsApp
def t_br_tattoo(r):
    c, a = P(r, "BR"), P(r, "BR")
    pix = c.email if r.random() < 0.5 else c.tel("m", "nat")
    v = {"c1": L(c.first, PER), "a1": L(a.first, PER), "c2": L(c.first, PER), "tel": L(c.tel("m", "nat"), PH), "dob": L(c.dobs(0), DOB),
             "pix": L(pix, EM if "@" in pix else PH), "amt": f"R$ {r.randint(150, 900)},00", "cpf": f"{rs(r, 3, string.digits)}.***.***-{rs(r, 2, string.digits)}"}
    return R("""[[c1]]: oi! queria orçar uma tattoo fineline no antebraço
[[a1]] - Studio Tinta Viva: oi [[c2]]! fica [[amt]], sinal de 30% no pix. me manda data de nascimento e telefone pra ficha
[[c2]]: nasci em [[dob]], meu zap é [[tel]]. manda a chave pix de vocês? o reembolso pode ser na minha chave [[pix]]
[[a1]]: anotado! CPF só os últimos dígitos: [[cpf]]
""", v)


# 44 pt-PT mudanças e armazenagem: formulário
def t_pt_removals_form(r):
    c = P(r, "PT")
    v = {"nome": L(c.full, PER), "nif": rs(r, 9, string.digits), "mor": L(c.addr(block=True), ADDR), "tel": L(c.tel(), PH), "mail": L(c.email, EM),
             "iban": L(iban(r, "PT"), IBAN), "box": f"Box {r.randint(1, 90)}", "d": fmt_date(recent(r, 20), "%d/%m/%Y"), "ent": rs(r, 5, string.digits)}
    return R("""Pedido de armazenagem - [[box]]
Nome: [[nome]]
NIF: [[nif]]
Morada:
[[mor]]
Telemóvel: [[tel]]  Email: [[mail]]
IBAN para débito direto: [[iban]]
Entidade/Referência MB: [[ent]] / [[d]]
""", v)


# 45 pl-PL szkoła językowa: e-mail
def t_pl_school(r):
    c, t = P(r, "PL"), P(r, "PL")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "mail": L(c.email, EM), "tel": L(c.tel(), PH), "iban": L(iban(r, "PL"), IBAN),
             "t": L(t.full, PER), "gr": f"ANG-B2-{r.randint(1, 9)}", "amt": f"{r.randint(800, 2400)} zł", "pesel_like": rs(r, 4, string.digits)}
    return R("""Dzień dobry Pani [[first]],
potwierdzamy zapis na kurs wieczorowy (grupa [[gr]], prowadząca [[t]]). Opłatę [[amt]] prosimy wpłacić na konto szkoły.
W razie zwrotu przelejemy środki na podany rachunek: [[iban]].

Dane kursanta: [[full]], [[mail]], tel. [[tel]]
Nr legitymacji (ostatnie cyfry): [[pesel_like]]
""", v)


# 46 ca: escola d'idiomes, inscripció
def t_ca_school(r):
    c = P(r, "CAT")
    v = {"nom": L(c.first, PER), "cog": L(c.last, PER), "dn": L(c.dobs(), DOB), "adr": L(c.addr(), ADDR), "mob": L(c.tel("m", "nat"), PH),
             "mail": L(c.email, EM), "iban": L(iban(r, "ES"), IBAN), "ins": ref(r, "INS-", 5), "loc": L(r.choice(["Andorra", "Perpinyà", "Mallorca"]), LOC),
             "curs": r.choice(["Anglès B1 (dimarts i dijous, 19 h)", "Alemany A2 vespre", "Italià inicial"]), "seu": other_town(r, "CAT")}
    return R("""Full d'inscripció [[ins]] - Escola d'Idiomes, seu de [[seu]]
Nom: [[nom]]   Cognoms: [[cog]]
Data de naixement: [[dn]]
Lloc de naixement: [[loc]]
Adreça: [[adr]]
Mòbil: [[mob]]   Correu: [[mail]]
Curs: [[curs]]
Domiciliació (IBAN): [[iban]]
""", v)


# 47 ca: instal·lador d'alarmes, tiquet amb nota interna
def t_ca_alarm(r):
    c, tec = P(r, "CAT"), P(r, "CAT")
    v = {"full": L(c.full, PER), "tel": L(c.tel(), PH), "adr": L(c.addr(block=True), ADDR), "tec": L(tec.first, PER),
             "tk": ref(r, "AL", 6), "imei": imei(r), "codi": rs(r, 4, string.digits), "ver": version(r)}
    return R("""Tiquet [[tk]] - Revisió d'alarma
Client: [[full]]  Tel. [[tel]]
Adreça d'instal·lació:
[[adr]]
El client diu que la sirena salta de matinada.
-- nota interna --
Hi va en [[tec]] dijous. Central fw [[ver]], mòdul GSM IMEI [[imei]]. Codi d'usuari provisional [[codi]].
""", v)


# 48 tr-TR çilingir / alarm: SMS yazışması
def t_tr_sms(r):
    c, u = P(r, "TR"), P(r, "TR")
    v = {"first": L(c.first, PER), "usta": L(u.first, PER), "tel": L(c.tel("m", "nat"), PH), "adr": L(c.addr(), ADDR),
             "firma": L(phone(r, "TR", "f", "nat"), PH), "tutar": f"{r.randint(600, 3500)} TL", "kod": rs(r, 6, string.digits), "is_": ref(r, "IS", 6)}
    return R("""[[tel]] numarasına:
Sayın [[first]], kilit değişimi için ustamız [[usta]] yarın 10:00'da [[adr]] adresinde olacak. Tutar: [[tutar]]. İş no: [[is_]]
Onay kodunuz: [[kod]]. Bilgi: [[firma]]
Cevap: tamam teşekkürler, kapıcıya haber verdim
""", v)


# 49 tr-TR optik: JSON müşteri kaydı
def t_tr_json(r):
    c = P(r, "TR")
    v = {"ad": L(c.first, PER), "soyad": L(c.last, PER), "dt": L(c.dobs(0), DOB), "tel": L(c.tel("m", "e164"), PH), "mail": L(c.email, EM),
             "sehir": L(c.town.split("/")[-1], LOC), "sube": other_town(r, "TR").split("/")[0], "rx": ref(r, "RX", 6), "ip": L(ip4(r), IP),
             "kart": masked_card(r), "ts": stamp(r)}
    return R("""{"musteri":{"ad":"[[ad]]","soyad":"[[soyad]]","dogum_tarihi":"[[dt]]","ikamet_sehri":"[[sehir]]","telefon":"[[tel]]","eposta":"[[mail]]"},
 "sube":"[[sube]] Optik","recete_no":"[[rx]]","odeme":{"kart":"[[kart]]"},"kayit_ip":"[[ip]]","olusturma":"[[ts]]"}
""", v)


# 50 ro-RO mutări: e-mail cu semnătură
def t_ro_removals(r):
    c, a = P(r, "RO"), P(r, "RO")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "adr": L(c.addr(), ADDR), "dest": L(r.choice(["Germania", "Italia", "Spania", "Londra"]), LOC),
             "tel": L(c.tel(), PH), "mail": L(c.email, EM), "a": L(a.full, PER), "afirma": L(phone(r, "RO", "f", "nat"), PH),
             "amail": L("oferte@mutari-rapid.ro", EM), "of": ref(r, "OF-", 5), "amt": f"{r.randint(1500, 9000)} lei"}
    return R("""Bună ziua,
Mă numesc [[full]] și mă mut în [[dest]] luna viitoare. Aș avea nevoie de ambalare și transport de la [[adr]] până la depozit.
Telefon: [[tel]], e-mail: [[mail]]
Mulțumesc, [[first]]

Răspuns: Oferta [[of]]: [[amt]] cu TVA inclus.
[[a]] | Mutări Rapid SRL | [[afirma]] | [[amail]]
""", v)


# 51 ro-RO trotinete: log aplicație
def t_ro_log(r):
    c = P(r, "RO")
    v = {"t1": stamp(r, None, 1), "t2": stamp(r, None, 1), "mail": L(c.email, EM), "ip": L(ip4(r), IP), "pip": priv_ip(r), "uid": uuid4(r),
             "tel": L(c.tel("m", "e164"), PH), "pw": L(password(r), PWD), "ver": version(r), "tr": ref(r, "TR", 5)}
    return R("""[[t1]] ERROR auth: login esuat pentru [[mail]] de la [[ip]] (proxy [[pip]]) - parola trimisa: "[[pw]]" app [[ver]]
[[t2]] INFO  ride: trotineta [[tr]] deblocata, user [[uid]], sms catre [[tel]]
""", v)


# 52 vi-VN xăm hình: chat Zalo
def t_vn_tattoo(r):
    c, a = P(r, "VN"), P(r, "VN")
    v = {"c1": L(c.full, PER), "a1": L(a.first, PER), "c2": L(c.full, PER), "tel": L(c.tel("m", "nat"), PH), "dob": L(c.dobs(), DOB),
             "adr": L(c.addr(), ADDR), "amt": f"{r.randint(5, 40)}00.000đ", "mdh": ref(r, "DH", 6)}
    return R("""[[c1]]: Chào shop, em muốn đặt lịch xăm chữ nhỏ ở cổ tay ạ
[[a1]] (Mực Đen Tattoo): Dạ chào bạn, giá [[amt]], cọc trước 30%. Bạn gửi ngày sinh và số điện thoại nhé
[[c2]]: Em sinh ngày [[dob]], sđt [[tel]], nhà em ở [[adr]]
[[a1]] (Mực Đen Tattoo): Ok, mã đơn [[mdh]] nha
""", v)


# 53 sl-SI optika: e-pošta
def t_si_optician(r):
    c = P(r, "SI")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "mail": L(c.email, EM), "tel": L(c.tel(), PH), "adr": L(c.addr(), ADDR),
             "dob": L(c.dobs(), DOB), "nar": ref(r, "N", 6), "amt": f"{r.randint(20, 90)},{r.randint(10, 99)} €", "pos": other_town(r, "SI")}
    return R("""Pozdravljeni,
sem [[full]] (roj. [[dob]]). Naročila sem kontaktne leče (naročilo [[nar]], [[amt]]) v poslovalnici [[pos]], a bi jih raje prejela po pošti na naslov [[adr]].
Kontakt: [[tel]], [[mail]]
Lep pozdrav, [[first]]
""", v)


# 54 et-EE kolimisfirma: veebivormi väljavõte
def t_ee_form(r):
    c = P(r, "EE")
    v = {"nimi": L(c.full, PER), "tel": L(c.tel("m", "nat"), PH), "mail": L(c.email, EM), "adr": L(c.addr(), ADDR),
             "siht": L(r.choice(["Helsingi", "Riia", "Tartu", "Stockholmi"]), LOC), "kuup": fmt_date(recent(r, 5) + timedelta(days=20), "%d.%m.%Y"),
             "maht": f"{r.randint(10, 45)} m³", "nr": ref(r, "KL-", 5), "ip": L(ip4(r), IP)}
    return R("""Päring [[nr]]
nimi=[[nimi]]
telefon=[[tel]]
e-post=[[mail]]
aadress=[[adr]]
sihtkoht=[[siht]]
kolimise_kuupäev=[[kuup]]
maht=[[maht]]
ip=[[ip]]
""", v)


# 55 is-IS lásasmiður / öryggiskerfi: tölvupóstur
def t_is_security(r):
    c, s = P(r, "IS"), P(r, "IS")
    v = {"full": L(c.full, PER), "first": L(c.first, PER), "mail": L(c.email, EM), "tel": L(c.tel("m", "nat"), PH), "adr": L(c.addr(), ADDR),
             "s": L(s.first, PER), "verk": ref(r, "V", 5), "kodi": rs(r, 4, string.digits), "kt": f"{rs(r, 6, string.digits)}-****"}
    return R("""Sæl/l,
Ég heiti [[full]] og óska eftir uppsetningu á öryggiskerfi að [[adr]]. Kennitala [[kt]].
Síminn minn er [[tel]] og netfang [[mail]].
Kveðja, [[first]]

Svar frá [[s]]: Takk, verkbeiðni [[verk]] skráð. Tímabundinn kóði á lyklabox: [[kodi]].
""", v)


# 56 tl-PH (Taglish) bike-share: chat sa suporta
def t_tl_bike_chat(r):
    c, ag = P(r, "PH"), P(r, "PH")
    v = {"c1": L(c.first, PER), "ag": L(ag.first, PER), "c2": L(c.first, PER), "tel": L(c.tel("m", "nat"), PH), "mail": L(c.email, EM),
             "b": ref(r, "PDL", 4), "amt": f"₱{r.randint(50, 500)}", "gc": rs(r, 13, string.digits), "home": L(c.town, LOC)}
    return R("""[[c1]]: hello po, na-charge ako ng [[amt]] pero hindi naman nag-unlock yung bike [[b]]
[[ag]] (PedalPH Support): Hi [[c2]]! Pasensya na po. Pakibigay po ng email at number na naka-register
[[c1]]: [[mail]] tapos [[tel]]. taga [[home]] po ako, bisita lang dito
[[ag]] (PedalPH Support): Salamat po, ire-refund namin via GCash (ref [[gc]]) within 3 days
""", v)


# 57 af-ZA sekuriteit: WhatsApp
def t_af_whatsapp(r):
    c, t = P(r, "ZA"), P(r, "ZA")
    d = fmt_date(recent(r, 10), "%Y/%m/%d")
    v = {"d": d, "c1": L(c.full, PER), "t1": L(t.first, PER), "c2": L(c.full, PER), "adr": L(c.addr(), ADDR), "tel": L(c.tel("m", "nat"), PH),
             "kode": rs(r, 4, string.digits), "hond": r.choice(["Bliksem", "Fluffie", "Wagter"]), "ref_": ref(r, "SK", 6)}
    return R("""[[d]] 07:41 - [[c1]]: Môre, die alarm het weer vannag afgegaan, kan julle iemand stuur?
[[d]] 07:45 - [[t1]]: Môre! Ek kan 10:00 daar wees. Bevestig asb die adres
[[d]] 07:46 - [[c2]]: [[adr]]. Hek kode is [[kode]], pasop vir [[hond]] 🐕 Bel my op [[tel]]
[[d]] 07:47 - [[t1]]: Reg so, verwysing [[ref_]]
""", v)


TEMPLATES = [
    t_us_locksmith_mail, t_gb_tattoo_mail, t_au_scooter_chat, t_ca_optician_sms, t_in_removals_crm, t_ie_school_form,
    t_za_alarm_ticket, t_nz_removals_fwd, t_sg_app_log, t_ph_tattoo_chat, t_ng_school_whatsapp, t_ke_optician_call,
    t_us_storage_ach, t_us_transcript, t_us_jsonl, t_access_log, t_env_config, t_gb_ocr_form, t_au_sheet, t_notifications,
    t_release_notes, t_branch_memo, t_us_teams, t_slack, t_ca_card_mail, t_in_sms, t_us_tattoo_crm, t_gb_kv_log,
    t_au_lens_mail, t_ie_bike_mail, t_nz_aftercare, t_us_quoted,
    t_de_locksmith, t_de_lens_form, t_fr_removals, t_fr_tattoo_chat, t_es_scooter_ticket, t_es_school, t_it_optician_sms,
    t_it_transcript, t_nl_bike_mail, t_nl_whatsapp, t_br_tattoo, t_pt_removals_form, t_pl_school, t_ca_school, t_ca_alarm,
    t_tr_sms, t_tr_json, t_ro_removals, t_ro_log, t_vn_tattoo, t_si_optician, t_ee_form, t_is_security, t_tl_bike_chat,
    t_af_whatsapp,
]


def _verify_text(t: Text) -> None:
    _check(t.text, t.spans)
    for a, b, lab in t.spans:
        s = t.text[a:b]
        if lab == PH:
            assert any(check_phone(s, cc) for cc in ("US", "GB", "CA", "AU", "IN", "IE", "ZA", "NZ", "PH", "NG", "KE", "SG", "DE", "FR",
                                                      "ES", "IT", "NL", "PT", "BR", "PL", "TR", "RO", "VN", "SI", "EE", "IS", "LT")), s
        elif lab == CC:
            d = re.sub(r"\D", "", s)
            assert sum(int(x) if i % 2 == 0 else (2 * int(x) if int(x) < 5 else 2 * int(x) - 9) for i, x in enumerate(d[::-1])) % 10 == 0


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        r = random.Random(f"creek-{seed}-{i}")
        t = TEMPLATES[i % len(TEMPLATES)](r)
        _verify_text(t)
        out.append(t)
    return out


# =============================================================================================
# Structured tables. Each column: (header, entity or None, generator(r, p), blank rate, placeholders?)
# where p is the row's person (P) of the table's country.
# =============================================================================================
def _d(fmt: str, cc: str = "US", lo: int = 700):
    return lambda r, p: fmt_date(recent(r, lo), fmt, cc)


def _c(*xs):
    return lambda r, p: r.choice(xs)


_BOOL = _c("true", "false")
_PET = _c("Biscuit", "Luna", "Max", "Pickles", "Mochi", "Rex", "Bella", "Simba", "Nala")


def _tables() -> list[tuple[str, str, list[tuple]]]:
    T = []
    # --- locksmith and home-security installer --------------------------------------------
    T.append(("locksmith_jobs", "US", [
        ("job_id", None, lambda r, p: ref(r, "JOB-", 6), 0, False),
        ("customerFirstName", PER, lambda r, p: p.first, 0.02, False),
        ("customer_surname", PER, lambda r, p: p.last, 0.02, False),
        ("service_addr1", ADDR, lambda r, p: f"{p.num} {p.street}", 0, False),
        ("tel", PH, lambda r, p: p.tel("m", "nat"), 0.1, True),
        ("phone_type", None, _c("mobile", "landline", "work"), 0.2, False),
        ("email_verified", None, _BOOL, 0, False),
        ("job_type", None, _c("lockout", "rekey", "safe opening", "smart lock install", "CCTV survey"), 0, False),
        ("lock_brand", None, _c("Schlage", "Kwikset", "Yale", "Medeco", "August"), 0.1, False),
        ("gate_code", None, lambda r, p: rs(r, 4, string.digits), 0.5, False),
        ("amount_usd", None, lambda r, p: money(r, "", 65, 680).strip(), 0, False),
        ("card_last4", None, lambda r, p: rs(r, 4, string.digits), 0.15, False),
        ("paid_at", None, lambda r, p: stamp(r, None, 1), 0.1, False),
        ("dispatch_branch", None, lambda r, p: other_town(r, "US"), 0, False),
        ("tech_van_gps", None, lambda r, p: gps(r), 0.3, False),
        ("col_7", PER, lambda r, p: P(r, "US").full, 0.2, False),
        ("invoice_no", None, lambda r, p: ref(r, "INV", 8), 0, False),
        ("routing_no_on_check", None, lambda r, p: routing(r), 0.6, False),
    ]))
    T.append(("alarm_vertraege", "DE", [
        ("Kundennr", None, lambda r, p: ref(r, "K", 7), 0, False),
        ("Vorname", PER, lambda r, p: p.first, 0, False),
        ("Nachname", PER, lambda r, p: p.last, 0, False),
        ("Geburtsdatum", DOB, lambda r, p: p.dobs(0), 0.15, False),
        ("Straße und Hausnr.", ADDR, lambda r, p: f"{p.street} {p.num}", 0, False),
        ("Wohnort", LOC, lambda r, p: p.town, 0, False),
        ("Telefon", PH, lambda r, p: p.tel("f", "nat"), 0.25, True),
        ("IBAN", IBAN, lambda r, p: iban(r, "DE"), 0.1, False),
        ("BIC", None, lambda r, p: bic(r), 0.1, False),
        ("Mandatsreferenz", None, lambda r, p: ref(r, "SEPA-", 9), 0, False),
        ("Vertragsbeginn", None, _d("%d.%m.%Y", "DE"), 0, False),
        ("Zentrale_FW", None, lambda r, p: "v" + version(r), 0, False),
        ("GSM_IMEI", None, lambda r, p: imei(r), 0.2, False),
        ("Passwort_geaendert_am", None, _d("%d.%m.%Y", "DE"), 0.3, False),
        ("Portal-Passwort", PWD, lambda r, p: password(r), 0.3, False),
        ("Notfallkontakt_Art", None, _c("Nachbar", "Tochter", "Sohn", "Hausverwaltung"), 0.2, False),
        ("Filiale", None, lambda r, p: other_town(r, "DE"), 0, False),
        ("Monatsbeitrag", None, lambda r, p: f"{r.randint(19, 59)},{r.randint(0, 99):02d} €", 0, False),
        ("Hund_Name", None, _PET, 0.6, False),
    ]))
    # --- tattoo and piercing studio ----------------------------------------------------------
    T.append(("tattoo_clients", "GB", [
        ("ClientID", None, lambda r, p: uuid4(r), 0, False),
        ("FirstName", PER, lambda r, p: p.first, 0, False),
        ("LastName", PER, lambda r, p: p.last, 0.05, False),
        ("DOB", DOB, lambda r, p: p.dobs(0), 0, False),
        ("DobVerified", None, _c("Y", "N"), 0, False),
        ("Mobile", PH, lambda r, p: p.tel("m", "nat"), 0.05, False),
        ("Email", EM, lambda r, p: p.email, 0.1, True),
        ("HomeTown", LOC, lambda r, p: p.town, 0.2, False),
        ("ArtistStudio", None, lambda r, p: other_town(r, "GB"), 0, False),
        ("DesignName", None, _c("Marilyn Monroe portrait", "Frida Kahlo flash", "rose & dagger", "Sailor Jerry swallow", "mandala"), 0, False),
        ("Placement", None, _c("forearm", "ankle", "ribs", "shoulder blade", "calf"), 0, False),
        ("DepositGBP", None, lambda r, p: money(r, "£", 30, 150), 0, False),
        ("CardLast4", None, lambda r, p: rs(r, 4, string.digits), 0.2, False),
        ("ConsentFormHash", None, lambda r, p: sha256(r), 0, False),
        ("BookingRef", None, lambda r, p: ref(r, "BK", 6), 0, False),
        ("SessionDate", None, _d("%d/%m/%Y", "GB"), 0, False),
        ("Allergies", None, _c("none", "latex", "nickel", "-"), 0.3, False),
        ("EmergencyContact", PER, lambda r, p: P(r, "GB").full, 0.35, True),
    ]))
    T.append(("piercing_agendamentos", "BR", [
        ("id_agendamento", None, lambda r, p: ref(r, "AG", 7), 0, False),
        ("nome", PER, lambda r, p: p.first, 0, False),
        ("sobrenome", PER, lambda r, p: p.last, 0, False),
        ("data_nasc", DOB, lambda r, p: p.dobs(0), 0.05, False),
        ("celular", PH, lambda r, p: p.tel("m", "nat"), 0, False),
        ("email", EM, lambda r, p: p.email, 0.15, False),
        ("endereco", ADDR, lambda r, p: p.addr(), 0.3, False),
        ("cidade_natal", LOC, lambda r, p: other_town(r, "BR"), 0.4, False),
        ("unidade", None, lambda r, p: other_town(r, "BR"), 0, False),
        ("tipo_piercing", None, _c("septo", "helix", "tragus", "umbigo", "nostril"), 0, False),
        ("joia_material", None, _c("titânio ASTM F136", "aço cirúrgico 316L", "ouro 18k"), 0, False),
        ("valor", None, lambda r, p: f"R$ {r.randint(80, 450)},00", 0, False),
        ("cartao_final", None, lambda r, p: "**** " + rs(r, 4, string.digits), 0.1, False),
        ("nsu", None, lambda r, p: rs(r, 9, string.digits), 0.1, False),
        ("responsavel_assinou", None, _BOOL, 0, False),
        ("criado_em", None, lambda r, p: stamp(r), 0, False),
        ("attr2", PER, lambda r, p: P(r, "BR").full, 0.5, False),
    ]))
    # --- bike-share and e-scooter rental app --------------------------------------------------
    T.append(("rider_accounts", "US", [
        ("user_id", None, lambda r, p: uuid4(r), 0, False),
        ("display_name", PER, lambda r, p: p.first + " " + p.last[0] + ".", 0, False),
        ("email", EM, lambda r, p: p.email, 0, False),
        ("email_verified", None, _BOOL, 0, False),
        ("phone_e164", PH, lambda r, p: phone(r, "US", "m", "e164"), 0.05, False),
        ("pwd", PWD, lambda r, p: password(r), 0.2, False),
        ("pwd_hash", None, lambda r, p: bcrypt(r), 0, False),
        ("password_changed_at", None, lambda r, p: stamp(r), 0.2, False),
        ("signup_ip", IP, lambda r, p: ip4(r), 0, False),
        ("last_lan_ip", None, lambda r, p: priv_ip(r), 0.3, False),
        ("app_version", None, lambda r, p: version(r), 0, False),
        ("device_imei", None, lambda r, p: imei(r), 0.4, False),
        ("card_number", CC, lambda r, p: card(r, False), 0.3, False),
        ("card_exp", None, lambda r, p: expiry(r), 0.3, False),
        ("home_city", LOC, lambda r, p: p.town, 0.25, True),
        ("plan", None, _c("pay_as_you_go", "monthly_pass", "student"), 0, False),
        ("ssn_last4", None, lambda r, p: rs(r, 4, string.digits), 0.5, False),
        ("referral_code", None, lambda r, p: rs(r, 8, string.ascii_uppercase + string.digits), 0.2, False),
        ("payout_acct", BANK, lambda r, p: us_account(r), 0.55, False),
        ("payout_routing", None, lambda r, p: routing(r), 0.55, False),
    ]))
    T.append(("ritten_log", "NL", [
        ("rit_id", None, lambda r, p: uuid4(r), 0, False),
        ("gebruiker", PER, lambda r, p: p.full, 0, False),
        ("voertuig", None, lambda r, p: ref(r, "NL-SC-", 4), 0, False),
        ("start_tijd", None, lambda r, p: stamp(r, None, 1), 0, False),
        ("eind_tijd", None, lambda r, p: stamp(r, None, 1), 0, False),
        ("start_gps", None, lambda r, p: gps(r), 0, False),
        ("eind_gps", None, lambda r, p: gps(r), 0.05, False),
        ("afstand_km", None, lambda r, p: f"{r.uniform(0.3, 14):.1f}", 0, False),
        ("bedrag", None, lambda r, p: f"€ {r.randint(1, 19)},{r.randint(0, 99):02d}", 0, False),
        ("client.ip", IP, lambda r, p: ip6(r) if r.random() < 0.3 else ip4(r), 0, False),
        ("gateway.ip", None, lambda r, p: priv_ip(r), 0, False),
        ("betaal.iban", IBAN, lambda r, p: iban(r, r.choice(["NL", "NL", "BE", "DE"])), 0.4, False),
        ("batterij_pct", None, lambda r, p: str(r.randint(3, 100)), 0, False),
        ("firmware", None, lambda r, p: version(r), 0, False),
        ("boete_ref", None, lambda r, p: ref(r, "BT", 6), 0.8, False),
        ("session_token", None, lambda r, p: rs(r, 40, "0123456789abcdef"), 0, False),
        ("field_3", PH, lambda r, p: p.tel("m", "nat"), 0.3, False),
    ]))
    # --- optician chain -----------------------------------------------------------------------
    T.append(("eye_test_patients", "IE", [
        ("patient_no", None, lambda r, p: ref(r, "P", 7), 0, False),
        ("Forename", PER, lambda r, p: p.first, 0, False),
        ("Surname", PER, lambda r, p: p.last, 0, False),
        ("Date of Birth", DOB, lambda r, p: p.dobs(), 0, False),
        ("Address Line 1", ADDR, lambda r, p: f"{p.num} {p.street}", 0.05, False),
        ("Town", LOC, lambda r, p: p.town, 0.05, False),
        ("Eircode", None, lambda r, p: p.pc, 0.1, False),
        ("Phone", PH, lambda r, p: p.tel(), 0.1, True),
        ("Phone Type", None, _c("Mobile", "Home", "Work"), 0.1, False),
        ("Practice", None, lambda r, p: other_town(r, "IE") + " Opticians", 0, False),
        ("Test Date", None, _d("%d/%m/%Y", "IE"), 0, False),
        ("Sphere R", None, lambda r, p: f"{r.choice(['-', '+'])}{r.randint(0, 8) * 0.25:.2f}", 0, False),
        ("Sphere L", None, lambda r, p: f"{r.choice(['-', '+'])}{r.randint(0, 8) * 0.25:.2f}", 0, False),
        ("Axis", None, lambda r, p: str(r.randint(0, 180)), 0.3, False),
        ("PD mm", None, lambda r, p: str(r.randint(56, 70)), 0, False),
        ("Optometrist", PER, lambda r, p: "Dr " + P(r, "IE").last, 0, False),
        ("Frame Model", None, _c("Ray-Ban RB5154", "Tom Ford FT5401", "Oakley OX8046", "Lindberg 9704"), 0.3, False),
        ("Recall Due", None, _d("%d/%m/%Y", "IE"), 0, False),
        ("Address Type", None, _c("home", "billing", "work"), 0, False),
    ]))
    T.append(("suscripciones_lentillas", "CAT", [
        ("ID_SUSCRIPCION", None, lambda r, p: ref(r, "SUB", 8), 0, False),
        ("NOM", PER, lambda r, p: p.first, 0, False),
        ("COGNOMS", PER, lambda r, p: p.last, 0, False),
        ("DATA_NAIXEMENT", DOB, lambda r, p: p.dobs(0), 0.2, False),
        ("ADRECA_ENVIAMENT", ADDR, lambda r, p: p.addr(), 0, False),
        ("MOBIL", PH, lambda r, p: p.tel("m", "nat"), 0, False),
        ("CORREU", EM, lambda r, p: p.email, 0.05, False),
        ("CORREU_VERIFICAT", None, _c("sí", "no"), 0, False),
        ("IBAN_DOMICILIACIO", IBAN, lambda r, p: iban(r, "ES"), 0.25, False),
        ("PRODUCTE", None, _c("Dailies Total1", "Acuvue Oasys", "Biofinity toric", "MyDay"), 0, False),
        ("CADENCIA_DIES", None, _c("30", "60", "90"), 0, False),
        ("IMPORT_EUR", None, lambda r, p: f"{r.randint(19, 89)},{r.randint(0, 99):02d}", 0, False),
        ("BOTIGA", None, lambda r, p: other_town(r, "CAT"), 0, False),
        ("TARGETA_EMMASCARADA", None, lambda r, p: masked_card(r), 0.3, False),
        ("DARRERA_RENOVACIO", None, _d("%d/%m/%Y", "ES"), 0, False),
        ("NUM_SEGUIMENT", None, lambda r, p: ref(r, "PK", 12), 0.2, False),
        ("STRIPE_PK", None, lambda r, p: "pk_live_" + rs(r, 24), 0, False),
    ]))
    # --- house-removals and storage -------------------------------------------------------------
    T.append(("removal_jobs", "AU", [
        ("JobNo", None, lambda r, p: ref(r, "RJ", 6), 0, False),
        ("cust_name", PER, lambda r, p: p.full, 0, False),
        ("cust_mobile", PH, lambda r, p: p.tel("m", "nat"), 0.05, False),
        ("from_address", ADDR, lambda r, p: p.addr(), 0, False),
        ("to_suburb", LOC, lambda r, p: other_town(r, "AU", p.town), 0, False),
        ("move_date", None, _d("%d/%m/%Y", "AU", 60), 0, False),
        ("depot", None, lambda r, p: other_town(r, "AU"), 0, False),
        ("truck_rego", None, lambda r, p: rs(r, 3, string.ascii_uppercase) + rs(r, 3, string.digits), 0, False),
        ("crew_lead", PER, lambda r, p: P(r, "AU").first, 0.1, False),
        ("cubic_m", None, lambda r, p: str(r.randint(8, 70)), 0, False),
        ("quote_aud", None, lambda r, p: money(r, "$", 600, 6000), 0, False),
        ("deposit_paid", None, _BOOL, 0, False),
        ("insurance_policy", None, lambda r, p: ref(r, "POL", 9), 0.4, False),
        ("piano_flag", None, _c("Y", "N"), 0, False),
        ("access_notes", None, _c("stairs 2 flights", "lift booking req.", "narrow driveway", "-"), 0.3, False),
        ("booking_email", EM, lambda r, p: p.email, 0.1, False),
        ("addr_type", None, _c("house", "unit", "townhouse"), 0, False),
        ("name_of_removalist", None, _c("Two Men and a Truck", "Grace Removals", "Kennards"), 0, False),
    ]))
    T.append(("storage_tenants", "US", [
        ("TENANT_ID", None, lambda r, p: ref(r, "T", 6), 0, False),
        ("TENANT_NAME", PER, lambda r, p: p.last.upper() + ", " + p.first.upper(), 0, False),
        ("UNIT", None, lambda r, p: f"{r.choice('ABCDE')}-{r.randint(100, 499)}", 0, False),
        ("UNIT_SIZE", None, _c("5x5", "5x10", "10x10", "10x20"), 0, False),
        ("HOME_ADDR", ADDR, lambda r, p: p.addr(), 0.05, False),
        ("CELL", PH, lambda r, p: p.tel("m", "dots"), 0.1, True),
        ("EMAIL_OPT_IN", None, _BOOL, 0, False),
        ("SSN", SSN, lambda r, p: ssn(r), 0.4, False),
        ("DOB", DOB, lambda r, p: p.dobs(), 0.3, False),
        ("ACH_ACCOUNT", BANK, lambda r, p: us_account(r), 0.35, False),
        ("ACH_ROUTING", None, lambda r, p: routing(r), 0.35, False),
        ("CARD_ON_FILE", None, lambda r, p: masked_card(r), 0.3, False),
        ("GATE_PIN", None, lambda r, p: rs(r, 5, string.digits), 0, False),
        ("RENT_USD", None, lambda r, p: money(r, "", 39, 320).strip(), 0, False),
        ("LIEN_STATUS", None, _c("current", "late 30", "pre-lien", "N/A"), 0, False),
        ("MOVE_IN", None, _d("%m/%d/%Y", "US", 2000), 0, False),
        ("FACILITY", None, lambda r, p: other_town(r, "US"), 0, False),
        ("ALT_CONTACT", PER, lambda r, p: P(r, "US").full, 0.45, True),
        ("PORTAL_API_KEY", KEY, lambda r, p: "sk_live_" + rs(r, 24), 0.6, False),
    ]))
    # --- language school ------------------------------------------------------------------------
    T.append(("iscrizioni_corsi", "IT", [
        ("matricola", None, lambda r, p: ref(r, "M", 6), 0, False),
        ("nome", PER, lambda r, p: p.first, 0, False),
        ("cognome", PER, lambda r, p: p.last, 0, False),
        ("data_di_nascita", DOB, lambda r, p: p.dobs(0), 0.05, False),
        ("luogo_di_nascita", LOC, lambda r, p: other_town(r, "IT"), 0.2, False),
        ("indirizzo", ADDR, lambda r, p: p.addr(), 0.1, False),
        ("cellulare", PH, lambda r, p: p.tel("m", "nat"), 0.05, True),
        ("email", EM, lambda r, p: p.email, 0, False),
        ("corso", None, _c("Inglese B2 serale", "Spagnolo A1", "Tedesco A2", "Giapponese base"), 0, False),
        ("sede", None, lambda r, p: other_town(r, "IT"), 0, False),
        ("livello_test", None, _c("A1", "A2", "B1", "B2", "C1"), 0, False),
        ("quota", None, lambda r, p: f"{r.randint(180, 690)},00 €", 0, False),
        ("iban_rimborso", IBAN, lambda r, p: iban(r, "IT"), 0.5, False),
        ("data_iscrizione", None, _d("%d/%m/%Y", "IT"), 0, False),
        ("docente", PER, lambda r, p: P(r, "IT").full, 0, False),
        ("aula", None, lambda r, p: f"Aula {r.randint(1, 12)}", 0, False),
        ("email_confermata", None, _c("sì", "no"), 0, False),
        ("tipo_telefono", None, _c("cellulare", "fisso", "ufficio"), 0.1, False),
        ("codice_sconto", None, lambda r, p: rs(r, 6, string.ascii_uppercase), 0.7, False),
    ]))
    T.append(("kurs_kayitlari", "TR", [
        ("kayit_no", None, lambda r, p: ref(r, "KY", 6), 0, False),
        ("ad", PER, lambda r, p: p.first, 0, False),
        ("soyad", PER, lambda r, p: p.last, 0, False),
        ("dogum_tarihi", DOB, lambda r, p: p.dobs(0), 0.1, False),
        ("ikamet_il", LOC, lambda r, p: p.town.split("/")[-1], 0.1, False),
        ("adres", ADDR, lambda r, p: p.addr(), 0.2, False),
        ("cep_tel", PH, lambda r, p: p.tel("m", "nat"), 0, False),
        ("eposta", EM, lambda r, p: p.email, 0.1, False),
        ("kurs", None, _c("İngilizce B1 akşam", "Almanca A1", "İspanyolca A2"), 0, False),
        ("sube", None, lambda r, p: other_town(r, "TR").split("/")[0], 0, False),
        ("ucret_tl", None, lambda r, p: f"{r.randint(3, 15)}.{r.randint(100, 999)} TL", 0, False),
        ("odeme_kart", None, lambda r, p: masked_card(r), 0.2, False),
        ("taksit", None, _c("1", "3", "6", "9"), 0, False),
        ("portal_sifre", PWD, lambda r, p: password(r), 0.4, False),
        ("sifre_hash", None, lambda r, p: argon(r), 0.4, False),
        ("son_giris_ip", IP, lambda r, p: ip4(r), 0.3, False),
        ("ic_ag_ip", None, lambda r, p: priv_ip(r), 0.3, False),
        ("kayit_zamani", None, lambda r, p: stamp(r, None, 1), 0, False),
        ("veli_tel_turu", None, _c("cep", "ev", "iş", "-"), 0.3, False),
        ("kimlik_dogrulandi", None, _c("evet", "hayır"), 0, False),
        ("qr_kod", None, lambda r, p: uuid4(r), 0, False),
        ("ogretmen", PER, lambda r, p: P(r, "TR").full, 0, False),
    ]))
    return T


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for ti, (name, cc, cols) in enumerate(_tables()):
        r = random.Random(f"creek-{seed}-table-{ti}")
        persons = [P(r, cc) for _ in range(rows)]
        res = []
        for header, ent, gen, blank, ph in cols:
            vals: list[str | None] = []
            for p in persons:
                x = r.random()
                if x < blank:
                    vals.append(None)
                elif ph and x < blank + 0.04:
                    vals.append(r.choice(["N/A", "-", "unknown"]))
                else:
                    s = gen(r, p)
                    if ent == PH:
                        assert check_phone(s, cc), (name, header, s)
                    vals.append(s)
            res.append(Column(header, ent, vals))
        out[name] = res
    return out


if __name__ == "__main__":
    texts = free_text(500, 7)
    tabs = structured(150, 11)
    blob = json.dumps([[t.text, t.spans] for t in texts] + [[k, c.name, c.entity, c.values] for k, cs in tabs.items() for c in cs])
    print(len(TEMPLATES), "templates,", len(tabs), "tables,", sum(len(c) for c in tabs.values()), "columns")
    print(hashlib.sha256(blob.encode()).hexdigest()[:16])
