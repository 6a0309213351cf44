"""Accuracy split "cove": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "cove", 2026-11-27 (fixed "today" used for every generated date).

Independence: written only from the author prompt (/tmp/notes/prompt_cove.md), an `ls bench/`, and the
outputs of Faker, phonenumbers and the standard library run locally.  The definitions imported from
bench/accuracy_data.py (LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6) were taken
from the prompt's description; that file was not opened.  No other split, test, rule file, doc, README,
result or note was read, no web search was made, and the scanner (and Presidio) was never read or run.

API
---
free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)] (benchmark: free_text(500, 7)).
structured(rows, seed) -> dict[str, list[Column]]   13 tables, every column `rows` long (benchmark: structured(150, 11)).
TEMPLATES: list of 62 dicts (name, loc, lang, shape, domain, fn).
Deterministic: every text / table has its own random.Random seeded with a string ("cove-{seed}-{i}-{name}",
"cove-{seed}-{table}"); every Faker is re-seeded from that rng; no clock, no set iteration, no hash()
dependence.  Both calls together take about one second.

Domains
-------
Driving school, marina and boat rental, blood-donation service, funeral services, holiday parks and
campsites, local newspaper subscriptions, music-festival volunteers, hearing-aid clinic, second-hand car
marketplace, freight forwarding (incl. engineering config / Slack), youth sports club, piano and music
lessons.  All brands are invented (Gearshift Driving Academy, Bluewake Marina, LifeDrop, Harper & Finch,
Bramblewood Holiday Park, Wexmoor Courier, Soundmeadow, ClearTone, AutoRelay, Cargobridge, Keynote Piano ...).

Languages (62 templates)
------------------------
English 33 (53 %): en-US 5, en-GB 4, en-CA 3, en-AU 3, en-IN 3, en-IE 3, en-NZ 3, en-NG 3, en-KE 3, en-PH 3.
Other 29 (47 %), 16 languages: de 3, fr 3, es 2, pt-BR 2, nl 2, it 2, pl 2, and the rarely used
Catalan 2, Slovenian 2, Romanian 2, Turkish 2, Estonian 1, Lithuanian 1, Icelandic 1, Tagalog 1, Swahili 1 (TZ).
Names come from the matching Faker locale (es_CA for Catalan, fil_PH for Tagalog, sw for Swahili, is_IS,
et_EE, lt_LT, tr_TR ...); towns are real towns of the country with country-shaped postcodes; streets come
from Faker where the locale has them, else from short hand lists; phones are national/international/E.164/
digits-only renderings of numbers that phonenumbers.is_valid_number accepts for the text's region; birth
and other dates use the country's formats (MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY, YYYY-MM-DD, "5 April 1943",
"8. juli 1948", lower-case speech forms ...).

Shapes
------
E-mails with signatures and quoted / '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / live
chat / Messenger exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case
speech-to-text transcripts (en, de), form dumps (key: value, key=value logs, JSON lines), web-server and
application logs, a YAML config, an OCR'd intake form, tab-separated spreadsheet rows, notification
subject lines, and two PII-free texts (release notes, maintenance advisory).

Value rules
-----------
Cards: Luhn-valid Visa / Mastercard / Amex / Discover from _luhn, spaced, dashed or plain.  SSNs: area
001-899 without 666, group 01-99, serial 0001-9999, ddd-dd-dddd.  US bank numbers: 9-12 digits, always next
to a (checksum-valid, unlabelled) routing number or in a payout column.  IBANs: _iban_of for GB IE DE FR
ES NL IT PL BR, spaced or not.  IPs: _ip_public_v4/_v6.  Passwords: plaintext, start and end alphanumeric.
API keys: sk_live_, ghp_, xoxb-, SG., AIza, glpat-, sk-proj- shapes and AWS secret access keys.

Label conventions as applied
----------------------------
PERSON: names as written (full, first only, surname only, "Last, First", "First L.", upper / lower case);
titles (Mr, Herr, Dr, Sig.ra, Dhr.) outside; chat speakers labelled; names inside brands, companies,
churches and streets not labelled; pet and boat names not labelled.  STREET_ADDRESS: street + postcode +
town as one span, multi-line block as one span, each '>'-quoted line its own span, business addresses in
signatures labelled, bare street lines labelled (tables).  LOCATION: towns / countries people live in, come
from, were born in or travel to; branch, depot, office, site and venue towns unlabelled.  DATE_OF_BIRTH:
birth dates only.  EMAIL_ADDRESS: all, role addresses included.  PHONE_NUMBER: all valid numbers, business
lines included.  Spans never include quotes, brackets, backticks or trailing punctuation (asserted; a
phone's leading "(area)" is part of the number) and never overlap (asserted while rendering).

Look-alikes (never labelled)
----------------------------
Masked cards / last-4, expiry, CVV, private IPs, version strings, bcrypt / argon2 / sha256 / hex hashes,
UUIDs, order / ticket / booking / invoice / claim / serial / container / AWB / VIN / plate numbers,
OTPs, door and gate codes, IMEIs, routing numbers, sort codes, SWIFT/BIC, GPS coordinates, amounts,
timestamps and non-birth dates, AWS access key ids, publishable keys, session ids, company / product /
brand names containing person names, pet names, branch and depot towns.

Tables (columns: PII / look-alike; header style)
------------------------------------------------
driving_school_pupils     en-GB        6/12  snake_case, abbreviations (tel, dob, addr1)
marina_berth_bookings     es, ca       6/12  PascalCase Spanish (Nombre, Apellidos, Poblacion, IBAN)
blood_donors              en-US        6/12  snake_case (ssn, ssn_last4, dob_verified, portal_pwd_hash)
funeral_cases             en-IE        7/11  spaced Title Case (Deceased Name, NOK Phone, Church / Venue)
campsite_bookings         nl, de       8/10  Dutch snake_case (voornaam, woonplaats, huisdier_naam)
newspaper_subscribers     fr           6/11  French snake_case (nom, courriel_valide, iban_prelevement)
festival_volunteers       en-AU, en-NZ 9/10  camelCase (givenName, portalPassword, lastLoginIp)
hearing_clinic_patients   sl, ro       6/11  UPPER_SNAKE Slovenian (IME, PRIIMEK, DATUM_ROJSTVA, KRAJ)
car_marketplace_sellers   pl           8/11  dotted Polish (sprzedawca.imie, sprzedawca.haslo, auto.vin)
freight_shipments         tr, en-GB    6/14  PascalCase (ContactFirst, ApiKey, PublishableKey)
youth_sports_members      en-CA, et    7/11  opaque (col_2, col_4, field_3, attr1)
music_lesson_students     it, pt-BR    8/11  mixed English / Italian spaced (Student Name, Data di nascita, Città)
support_portal_users      en-US, en-IN 6/12  UPPER_SNAKE (PWD, PWD_HASH, API_TOKEN, PAYOUT_ACCT, NAME_OF_PRODUCT)
Blanks (None) at 0-60 % per column; a few placeholders (N/A, -, unknown, n/a, ?) in some PII columns.

Known limits
------------
Faker street names are invented and may contain person names (inside the address span, as intended);
fil_PH / en_PH names are often Anglo; Turkish Faker first names can be unusual; a generated person's
e-mail can use another first name than shown; some Faker locales (e.g. lt_LT) do not split first names by sex, so a
"father" can get a female name; town names are inserted uninflected in inflected languages; hard cases are built in, but every template is one fixed
shape with varied values; only nine IBAN countries are used because _iban_of supports a fixed set.
"""
from __future__ import annotations

import random
import re
import string
import unicodedata
from datetime import date, timedelta

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

_TODAY = date(2026, 11, 27)

# ----------------------------------------------------------------------------- label helpers


def _P(v):
    return ("PERSON", v)


def _E(v):
    return ("EMAIL_ADDRESS", v)


def _T(v):
    return ("PHONE_NUMBER", v)


def _C(v):
    return ("CREDIT_CARD", v)


def _S(v):
    return ("US_SSN", v)


def _B(v):
    return ("US_BANK_NUMBER", v)


def _I(v):
    return ("IBAN_CODE", v)


def _IP(v):
    return ("IP_ADDRESS", v)


def _A(v):
    return ("STREET_ADDRESS", v)


def _L(v):
    return ("LOCATION", v)


def _D(v):
    return ("DATE_OF_BIRTH", v)


def _W(v):
    return ("PASSWORD", v)


def _K(v):
    return ("API_KEY", v)


# ----------------------------------------------------------------------------- locale data
# towns: (town, postcode-prefix-or-full, extra)  -- real towns; postcodes follow the country's shape.

_LOC: dict[str, dict] = {
    "US": dict(fk="en_US", reg="US", lang="en-US", dob=["%m/%d/%Y", "%B %-d, %Y", "%Y-%m-%d"], dt="%m/%d/%Y",
               towns=[("Columbus", "432", "OH"), ("Tucson", "857", "AZ"), ("Albany", "122", "NY"), ("Boise", "837", "ID"),
                      ("Raleigh", "276", "NC"), ("Spokane", "992", "WA"), ("Omaha", "681", "NE"), ("Savannah", "314", "GA")],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"], iban=None),
    "GB": dict(fk="en_GB", reg="GB", lang="en-GB", dob=["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"], dt="%d/%m/%Y",
               towns=[("Leeds", "LS", ""), ("Bristol", "BS", ""), ("Norwich", "NR", ""), ("Swansea", "SA", ""),
                      ("Derby", "DE", ""), ("York", "YO", ""), ("Exeter", "EX", ""), ("Carlisle", "CA", "")],
               mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"], iban="GB"),
    "CA": dict(fk="en_CA", reg="CA", lang="en-CA", dob=["%Y-%m-%d", "%B %-d, %Y", "%d/%m/%Y"], dt="%Y-%m-%d",
               towns=[("Guelph", "N1", "ON"), ("Halifax", "B3", "NS"), ("Saskatoon", "S7", "SK"), ("Kelowna", "V1", "BC"),
                      ("Moncton", "E1", "NB"), ("Red Deer", "T4", "AB")],
               mail=["gmail.com", "rogers.com", "shaw.ca", "hotmail.ca", "sympatico.ca"], iban=None),
    "AU": dict(fk="en_AU", reg="AU", lang="en-AU", dob=["%d/%m/%Y", "%-d %b %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Ballarat", "3350", "VIC"), ("Wollongong", "2500", "NSW"), ("Townsville", "4810", "QLD"),
                      ("Bunbury", "6230", "WA"), ("Launceston", "7250", "TAS"), ("Mount Gambier", "5290", "SA")],
               mail=["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "yahoo.com.au"], iban=None),
    "IN": dict(fk="en_IN", reg="IN", lang="en-IN", dob=["%d-%m-%Y", "%d/%m/%Y", "%-d %b %Y"], dt="%d-%m-%Y",
               towns=[("Pune", "411", "Maharashtra"), ("Mysuru", "570", "Karnataka"), ("Kochi", "682", "Kerala"),
                      ("Jaipur", "302", "Rajasthan"), ("Lucknow", "226", "Uttar Pradesh"), ("Coimbatore", "641", "Tamil Nadu")],
               mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"], iban=None),
    "IE": dict(fk="en_IE", reg="IE", lang="en-IE", dob=["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Galway", "H91", "Co. Galway"), ("Limerick", "V94", "Co. Limerick"), ("Sligo", "F91", "Co. Sligo"),
                      ("Kilkenny", "R95", "Co. Kilkenny"), ("Tralee", "V92", "Co. Kerry"), ("Dundalk", "A91", "Co. Louth")],
               streets=["Main Street", "Church Road", "Bridge Street", "Shop Street", "Parnell Street", "Convent Hill",
                        "Ashgrove Park", "Oakwood Drive"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"], iban="IE"),
    "NZ": dict(fk="en_NZ", reg="NZ", lang="en-NZ", dob=["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"], dt="%d/%m/%Y",
               towns=[("Hamilton", "3204", ""), ("Nelson", "7010", ""), ("Dunedin", "9016", ""), ("Napier", "4110", ""),
                      ("Whanganui", "4500", ""), ("Rotorua", "3010", "")],
               mail=["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"], iban=None),
    "NG": dict(fk="en_NG", reg="NG", lang="en-NG", dob=["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Ikeja", "100271", "Lagos"), ("Ibadan", "200211", "Oyo"), ("Enugu", "400102", "Enugu"),
                      ("Abuja", "900211", "FCT"), ("Port Harcourt", "500272", "Rivers"), ("Kano", "700231", "Kano")],
               streets=["Allen Avenue", "Adeola Odeku Street", "Awolowo Road", "Ogui Road", "Aminu Kano Crescent",
                        "Trans-Amadi Road", "Ring Road", "Bode Thomas Street"],
               mail=["gmail.com", "yahoo.com", "outlook.com"], iban=None),
    "KE": dict(fk="en_KE", reg="KE", lang="en-KE", dob=["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Nairobi", "00100", "Kilimani"), ("Mombasa", "80100", "Nyali"), ("Kisumu", "40100", "Milimani"),
                      ("Nakuru", "20100", "Section 58"), ("Eldoret", "30100", "Elgon View"), ("Thika", "01000", "Makongeni")],
               streets=["Ngong Road", "Argwings Kodhek Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue",
                        "Links Road", "Lenana Road", "Uganda Road"],
               mail=["gmail.com", "yahoo.com", "outlook.com"], iban=None),
    "PH": dict(fk="en_PH", reg="PH", lang="en-PH", dob=["%m/%d/%Y", "%B %-d, %Y", "%Y-%m-%d"], dt="%m/%d/%Y",
               towns=[("Quezon City", "1100", "Brgy. Kamuning"), ("Cebu City", "6000", "Brgy. Lahug"),
                      ("Davao City", "8000", "Brgy. Buhangin"), ("Iloilo City", "5000", "Brgy. Jaro"),
                      ("Baguio", "2600", "Brgy. Session Road"), ("Pasig City", "1600", "Brgy. Kapitolyo")],
               streets=["Mabini Street", "Rizal Avenue", "Gen. Luna Street", "Katipunan Avenue", "Sampaguita Street",
                        "Aguinaldo Highway", "Magsaysay Avenue", "Bonifacio Street"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph"], iban=None),
    "DE": dict(fk="de_DE", reg="DE", lang="de", dob=["%d.%m.%Y", "%-d. %B %Y", "%d.%m.%y"], dt="%d.%m.%Y",
               towns=[("Freiburg im Breisgau", "79098", ""), ("Kassel", "34117", ""), ("Rostock", "18055", ""),
                      ("Regensburg", "93047", ""), ("Göttingen", "37073", ""), ("Münster", "48143", "")],
               mail=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"], iban="DE"),
    "FR": dict(fk="fr_FR", reg="FR", lang="fr", dob=["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"], dt="%d/%m/%Y",
               towns=[("Rennes", "35000", ""), ("Nancy", "54000", ""), ("Angers", "49100", ""), ("Perpignan", "66000", ""),
                      ("Limoges", "87000", ""), ("Annecy", "74000", "")],
               mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"], iban="FR"),
    "ES": dict(fk="es_ES", reg="ES", lang="es", dob=["%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Valladolid", "47001", ""), ("Cádiz", "11001", ""), ("Logroño", "26001", ""), ("Murcia", "30001", ""),
                      ("Oviedo", "33001", ""), ("Zaragoza", "50001", "")],
               mail=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"], iban="ES"),
    "CAT": dict(fk="es_CA", reg="ES", lang="ca", dob=["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"], dt="%d/%m/%Y",
                towns=[("Girona", "17001", ""), ("Lleida", "25001", ""), ("Tarragona", "43001", ""), ("Reus", "43201", ""),
                       ("Vic", "08500", ""), ("Manresa", "08240", ""), ("Sabadell", "08201", "")],
                streets=["Carrer Major", "Carrer de Sant Joan", "Rambla Nova", "Carrer del Pi", "Avinguda de Pau Casals",
                         "Carrer de la Riera", "Passeig de la Generalitat", "Carrer del Carme"],
                mail=["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"], iban="ES"),
    "BR": dict(fk="pt_BR", reg="BR", lang="pt-BR", dob=["%d/%m/%Y", "%d-%m-%Y", "%-d de %B de %Y"], dt="%d/%m/%Y",
               towns=[("Curitiba", "80", "PR"), ("Recife", "50", "PE"), ("Campinas", "13", "SP"), ("Goiânia", "74", "GO"),
                      ("Florianópolis", "88", "SC"), ("Belém", "66", "PA")],
               mail=["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "terra.com.br"], iban="BR"),
    "NL": dict(fk="nl_NL", reg="NL", lang="nl", dob=["%d-%m-%Y", "%-d %B %Y", "%d/%m/%Y"], dt="%d-%m-%Y",
               towns=[("Utrecht", "35", ""), ("Groningen", "97", ""), ("Eindhoven", "56", ""), ("Zwolle", "80", ""),
                      ("Leiden", "23", ""), ("Breda", "48", "")],
               mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"], iban="NL"),
    "IT": dict(fk="it_IT", reg="IT", lang="it", dob=["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], dt="%d/%m/%Y",
               towns=[("Bologna", "40121", "BO"), ("Verona", "37121", "VR"), ("Bari", "70121", "BA"), ("Parma", "43121", "PR"),
                      ("Trento", "38121", "TN"), ("Lecce", "73100", "LE")],
               mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"], iban="IT"),
    "PL": dict(fk="pl_PL", reg="PL", lang="pl", dob=["%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d"], dt="%d.%m.%Y",
               towns=[("Poznań", "60", ""), ("Gdańsk", "80", ""), ("Lublin", "20", ""), ("Toruń", "87", ""),
                      ("Kraków", "30", ""), ("Opole", "45", "")],
               mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], iban="PL"),
    "SI": dict(fk="sl_SI", reg="SI", lang="sl", dob=["%d. %m. %Y", "%d.%m.%Y", "%-d. %-m. %Y"], dt="%d. %m. %Y",
               towns=[("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""),
                      ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
               mail=["gmail.com", "siol.net", "t-2.net", "amis.net"], iban=None),
    "RO": dict(fk="ro_RO", reg="RO", lang="ro", dob=["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"], dt="%d.%m.%Y",
               towns=[("Cluj-Napoca", "400", ""), ("Iași", "700", ""), ("Timișoara", "300", ""), ("Brașov", "500", ""),
                      ("Constanța", "900", ""), ("Sibiu", "550", "")],
               mail=["yahoo.com", "gmail.com", "yahoo.ro"], iban=None),
    "TR": dict(fk="tr_TR", reg="TR", lang="tr", dob=["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"], dt="%d.%m.%Y",
               towns=[("İzmir", "35", "Konak"), ("Bursa", "16", "Nilüfer"), ("Eskişehir", "26", "Tepebaşı"),
                      ("Antalya", "07", "Muratpaşa"), ("Trabzon", "61", "Ortahisar"), ("Kayseri", "38", "Melikgazi")],
               streets=["Atatürk Caddesi", "Lale Sokak", "İnönü Bulvarı", "Gazi Caddesi", "Cumhuriyet Caddesi",
                        "Menekşe Sokak", "Fevzi Çakmak Caddesi", "Papatya Sokak"],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"], iban=None),
    "EE": dict(fk="et_EE", reg="EE", lang="et", dob=["%d.%m.%Y", "%-d.%-m.%Y", "%Y-%m-%d"], dt="%d.%m.%Y",
               towns=[("Tartu", "50", ""), ("Pärnu", "80", ""), ("Narva", "20", ""), ("Viljandi", "71", ""),
                      ("Rakvere", "44", ""), ("Tallinn", "10", "")],
               streets=["Rüütli tn", "Riia mnt", "Pikk tn", "Jakobi tn", "Kalevi tn", "Aia tn", "Lossi tn", "Posti tn"],
               mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"], iban=None),
    "LT": dict(fk="lt_LT", reg="LT", lang="lt", dob=["%Y-%m-%d", "%Y.%m.%d", "%Y-%m-%d"], dt="%Y-%m-%d",
               towns=[("Kaunas", "LT-44", ""), ("Klaipėda", "LT-92", ""), ("Šiauliai", "LT-76", ""), ("Panevėžys", "LT-35", ""),
                      ("Vilnius", "LT-01", ""), ("Alytus", "LT-62", "")],
               streets=["Laisvės al.", "Gedimino pr.", "Vilniaus g.", "Taikos pr.", "Savanorių pr.", "Liepų g.",
                        "Tilžės g.", "Pušyno g."],
               mail=["gmail.com", "one.lt", "inbox.lt", "delfi.lt"], iban=None),
    "IS": dict(fk="is_IS", reg="IS", lang="is", dob=["%d.%m.%Y", "%-d. %B %Y", "%d.%m.%y"], dt="%d.%m.%Y",
               towns=[("Reykjavík", "101", ""), ("Akureyri", "600", ""), ("Hafnarfjörður", "220", ""), ("Kópavogur", "200", ""),
                      ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
               streets=["Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Brekkugata", "Austurvegur", "Strandgata",
                        "Hamraborg", "Aðalstræti"],
               mail=["simnet.is", "gmail.com", "internet.is", "visir.is"], iban=None),
    "TL": dict(fk="fil_PH", reg="PH", lang="tl", dob=["%m/%d/%Y", "%B %-d, %Y", "%m-%d-%Y"], dt="%m/%d/%Y",
               towns=[("Quezon City", "1100", "Brgy. Kamuning"), ("Batangas City", "4200", "Brgy. Kumintang"),
                      ("Lipa", "4217", "Brgy. Sabang"), ("Antipolo", "1870", "Brgy. San Roque"),
                      ("Calamba", "4027", "Brgy. Real"), ("Malolos", "3000", "Brgy. Santisima Trinidad")],
               streets=["Mabini Street", "Rizal Avenue", "Gen. Luna Street", "Sampaguita Street", "Bonifacio Street",
                        "M.H. del Pilar Street", "Burgos Street", "Kalayaan Avenue"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph"], iban=None),
    "SW": dict(fk="sw", reg="TZ", lang="sw", dob=["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"], dt="%d/%m/%Y",
               towns=[("Dar es Salaam", "11101", "Kariakoo"), ("Arusha", "23101", "Sakina"), ("Mwanza", "33101", "Igogo"),
                      ("Dodoma", "41101", "Area D"), ("Moshi", "25101", "Pasua"), ("Tanga", "21101", "Chumbageni")],
               streets=["Mtaa wa Uhuru", "Barabara ya Nyerere", "Mtaa wa Samora", "Barabara ya Bagamoyo",
                        "Mtaa wa Jamhuri", "Mtaa wa Lumumba", "Barabara ya Morogoro", "Mtaa wa Kongo"],
               mail=["gmail.com", "yahoo.com", "hotmail.com"], iban=None),
}

_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt-BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
}
_EN_MONTHS = "January February March April May June July August September October November December".split()


def _fmt_date(d: date, fmt: str, lang: str) -> str:
    """strftime without locale or platform dependence."""
    months = _MONTHS.get(lang, " ".join(_EN_MONTHS)).split()
    out = fmt.replace("%B", months[d.month - 1]).replace("%b", _EN_MONTHS[d.month - 1][:3])
    out = out.replace("%-d", str(d.day)).replace("%-m", str(d.month))
    out = out.replace("%d", f"{d.day:02d}").replace("%m", f"{d.month:02d}")
    out = out.replace("%Y", f"{d.year:04d}").replace("%y", f"{d.year % 100:02d}")
    return out


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_ASCII = str.maketrans({"ı": "i", "ø": "o", "ð": "d", "þ": "th", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "Ł": "L",
                        "Ø": "O", "Æ": "AE", "Þ": "Th", "Ð": "D", "'": "", "’": ""})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


class _Person:
    def __init__(self, first: str, last: str):
        self.first, self.last = first, last
        self.full = f"{first} {last}"


_B64 = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_BCRYPT = "./" + string.ascii_letters + string.digits


class _G:
    """Value generator bound to one text's rng and locale."""

    def __init__(self, rng: random.Random, code: str):
        self.r = rng
        self.code = code
        self.L = _LOC[code]
        self.lang = self.L["lang"]
        self.f = _faker(self.L["fk"])
        self.f.seed_instance(rng.getrandbits(32))
        self._town = None

    # -- basic helpers
    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, n: int, alphabet: str = _B64) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- people
    def person(self, sex: str | None = None) -> _Person:
        for _ in range(20):
            female = self.r.random() < 0.5 if sex is None else sex == "f"
            first = self.f.first_name_female() if female else self.f.first_name_male()
            last = self.f.last_name()
            if first and last and first != last and " " not in first:
                return _Person(first, last)
        return _Person(first, last)

    def email(self, p: _Person | None = None) -> str:
        p = p or self.person()
        a, b = _ascii(p.first), _ascii(p.last)
        local = self.c([f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{self.digits(2)}", f"{b}.{a}", f"{a}{self.r.randint(70, 99)}"])
        return f"{local}@{self.c(self.L['mail'])}"

    # -- phones
    def phone(self, kind: str = "m", style: str | None = None) -> str:
        reg = self.L["reg"]
        t = _PNT.MOBILE if kind == "m" else _PNT.FIXED_LINE
        ex = phonenumbers.example_number_for_type(reg, t)
        nsn = phonenumbers.national_significant_number(ex)
        num = ex
        for _ in range(300):
            keep = self.r.choice((1, 2, 2, 3))
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            n = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (t, _PNT.FIXED_LINE_OR_MOBILE):
                if reg == "US" and cand[3:6] == "555":
                    continue
                num = n
                break
        style = style or self.c(["nat", "nat", "intl", "intl", "e164", "plain"])
        if style == "nat":
            s = phonenumbers.format_number(num, _PNF.NATIONAL)
        elif style == "intl":
            s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, _PNF.E164)
        else:
            s = re.sub(r"[^\d]", "", phonenumbers.format_number(num, _PNF.NATIONAL))
        chk = phonenumbers.parse(s, reg)
        assert phonenumbers.is_valid_number(chk), (s, reg)
        return s

    # -- places
    def town(self) -> str:
        return self.c(self.L["towns"])[0]

    def other_town(self, not_this: str) -> str:
        ts = [t[0] for t in self.L["towns"] if t[0] != not_this]
        return self.c(ts)

    def addr_lines(self) -> list[str]:
        """Address as lines (street line first). Join with ', ' for one line or '\\n' for a block."""
        r, code = self.r, self.code
        town, pc, extra = self.c(self.L["towns"])
        self._town = town
        streets = self.L.get("streets")
        n = r.randint(1, 180)

        def st():
            return self.c(streets) if streets else self.f.street_name()

        if code == "US":
            return [self.f.street_address(), f"{town}, {extra} {pc}{self.digits(2)}"]
        if code == "GB":
            return [f"{n} {st()}", f"{town} {pc}{r.randint(1, 19)} {r.randint(1, 9)}{self.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"]
        if code == "CA":
            line = f"{n} {st()}" + (f", Unit {r.randint(1, 40)}" if r.random() < 0.3 else "")
            return [line, f"{town}, {extra} {pc}{self.chars(1, 'ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{self.chars(1, 'ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"]
        if code == "AU":
            pre = f"Unit {r.randint(1, 12)}/" if r.random() < 0.3 else ""
            return [f"{pre}{n} {st()}", f"{town} {extra} {pc}"]
        if code == "IN":
            return [f"Flat {r.randint(101, 904)}, {self.f.street_name()}", f"{town}, {extra} {pc}{self.digits(3)}"]
        if code == "IE":
            return [f"{n} {st()}", f"{town}, {extra}", f"{pc} {self.chars(4, 'ACDEFHKNPRTVWXY0123456789')}"]
        if code == "NZ":
            return [f"{n} {st()}", f"{town} {pc}"]
        if code == "NG":
            return [f"{n} {st()}", f"{town}, {extra} State" if extra != "FCT" else f"{town}, FCT"]
        if code == "KE":
            return [f"{st()}, {extra}", f"{town} {pc}"]
        if code in ("PH", "TL"):
            return [f"{n} {st()}, {extra}", f"{town} {pc}"]
        if code == "DE":
            return [f"{st()} {n}", f"{pc} {town}"]
        if code == "FR":
            return [f"{n} {st()}", f"{pc} {town}"]
        if code == "ES":
            return [f"{st()} {n}, {r.randint(1, 6)}º {self.c('ABCD')}", f"{pc} {town}"]
        if code == "CAT":
            return [f"{st()}, {n}, {r.randint(1, 5)}r {r.randint(1, 4)}a", f"{pc} {town}"]
        if code == "BR":
            return [f"{st()}, {n}" + (f", apto {r.randint(11, 904)}" if r.random() < 0.5 else ""),
                    f"{town} - {extra}, {pc}{self.digits(3)}-{self.digits(3)}"]
        if code == "NL":
            return [f"{st()} {n}", f"{pc}{self.digits(2)} {self.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"]
        if code == "IT":
            return [f"{st()}, {n}", f"{pc} {town} {extra}"]
        if code == "PL":
            sn = self.f.street_name()
            sn = sn if sn.split()[0].islower() else f"ul. {sn}"
            return [f"{sn} {n}/{r.randint(1, 40)}", f"{pc}-{self.digits(3)} {town}"]
        if code == "SI":
            return [f"{self.f.street_name()} {n}", f"{pc} {town}"]
        if code == "RO":
            return [f"Str. {self.f.last_name()} nr. {n}, ap. {r.randint(1, 60)}", f"{pc}{self.digits(3)} {town}"]
        if code == "TR":
            return [f"{st()} No: {n} D: {r.randint(1, 20)}", f"{pc}{self.digits(3)} {extra}/{town}"]
        if code == "EE":
            return [f"{st()} {n}-{r.randint(1, 40)}", f"{pc}{self.digits(3)} {town}"]
        if code == "LT":
            return [f"{st()} {n}-{r.randint(1, 40)}", f"{pc}{self.digits(3)} {town}"]
        if code == "IS":
            return [f"{st()} {n}", f"{pc} {town}"]
        if code == "SW":
            return [f"{st()} Na. {n}, {extra}", f"{town} {pc}"]
        raise KeyError(code)

    def addr(self, sep: str = ", ") -> str:
        return sep.join(self.addr_lines())

    # -- dates
    def _dob_date(self, lo: int = 1942, hi: int = 2006) -> date:
        return date(lo, 1, 1) + timedelta(days=self.r.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))

    def dob(self, lo: int = 1942, hi: int = 2006, fmt: str | None = None) -> str:
        return _fmt_date(self._dob_date(lo, hi), fmt or self.c(self.L["dob"]), self.lang)

    def date(self, back: int = 400, fwd: int = 60, fmt: str | None = None) -> str:
        d = _TODAY + timedelta(days=self.r.randint(-back, fwd))
        return _fmt_date(d, fmt or self.L["dt"], self.lang)

    def ts(self) -> str:
        d = _TODAY - timedelta(days=self.r.randint(0, 90))
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"

    def hm(self) -> str:
        """Clock times that move forward within one text."""
        if not hasattr(self, "_min"):
            self._min = self.r.randint(7 * 60, 12 * 60)
        self._min = min(self._min + self.r.randint(1, 55), 23 * 60 + 59)
        return f"{self._min // 60:02d}:{self._min % 60:02d}"

    # -- secrets
    def pw(self) -> str:
        while True:
            v = self._pw()
            if v[0].isalnum() and v[-1].isalnum():
                return v

    def _pw(self) -> str:
        r = self.r
        words = ["Tulip", "harbour", "Kestrel", "mango", "Piano", "sunset", "Rover", "Otter", "violet", "Falcon",
                 "marina", "Cobalt", "pepper", "Zebra", "lantern", "Maple"]
        shape = r.randint(0, 4)
        if shape == 0:
            return f"{r.choice(words)}{r.choice('!#$%&*?@')}{r.randint(10, 2026)}"
        if shape == 1:
            return f"{r.choice(words).lower()}-{r.choice(words)}-{r.randint(1, 99)}"
        if shape == 2:
            return self.chars(r.randint(10, 16), _B64 + "!#%*+-_")
        if shape == 3:
            return f"{r.choice(words)}{r.choice('!?.#')}{r.choice(words).lower()}{r.randint(1, 99)}"
        return f"{r.choice(words)}_{self.digits(4)}{self.chars(2, string.ascii_uppercase)}"

    def key(self) -> str:
        r = self.r
        k = r.randint(0, 6)
        if k == 0:
            return "sk_live_" + self.chars(24)
        if k == 1:
            return "ghp_" + self.chars(36)
        if k == 2:
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.chars(24)
        if k == 3:
            return "SG." + self.chars(22) + "." + self.chars(43)
        if k == 4:
            return "AIza" + self.chars(35, _B64 + "-_")
        if k == 5:
            return "glpat-" + self.chars(20, _B64 + "-_")
        return "sk-proj-" + self.chars(40, _B64 + "-_")

    def aws_pair(self) -> tuple[str, str]:
        return "AKIA" + self.chars(16, string.ascii_uppercase + "234567"), self.chars(40, _B64 + "/+")

    def pubkey(self) -> str:
        return self.c(["pk_live_", "pk_test_"]) + self.chars(24)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.chars(53, _BCRYPT)

    def argon(self) -> str:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.chars(22, _B64 + "+/") + "$" + self.chars(43, _B64 + "+/")

    def sha(self, n: int = 64) -> str:
        return self.chars(n, _HEX)

    def uuid(self) -> str:
        h = self.sha(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.c('89ab')}{h[17:20]}-{h[20:]}"

    # -- money
    def card(self, spaced: bool | None = None) -> str:
        brand = self.r.randint(0, 3)
        if brand == 0:
            num = _luhn(self.r, "4", 16)
        elif brand == 1:
            num = _luhn(self.r, str(self.r.randint(51, 55)), 16)
        elif brand == 2:
            num = _luhn(self.r, self.c(["34", "37"]), 15)
        else:
            num = _luhn(self.r, "6011", 16)
        if spaced is None:
            spaced = self.r.random() < 0.6
        if spaced:
            if len(num) == 15:
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            sep = self.c([" ", " ", "-"])
            return sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def masked(self) -> str:
        return self.c(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending in ", "************"]) + self.digits(4)

    def expiry(self) -> str:
        return f"{self.r.randint(1, 12):02d}/{self.r.randint(27, 31)}"

    def ssn(self) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            s = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if s not in ("078-05-1120", "219-09-9999", "123-45-6789"):
                return s

    def bank(self) -> str:
        return str(self.r.randint(1, 9)) + self.digits(self.r.randint(8, 11))

    def routing(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            c = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(c)

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.L["iban"]
        v = _iban_of(self.r, cc)
        if spaced is None:
            spaced = self.r.random() < 0.55
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

    def bic(self) -> str:
        return self.chars(4, string.ascii_uppercase) + (self.L["iban"] or "US") + self.chars(2, string.ascii_uppercase + "0123456789")

    def amount(self) -> str:
        return f"{self.r.randint(5, 2400)}.{self.r.randint(0, 99):02d}"

    # -- network
    def ip(self) -> str:
        return _ip_public_v4(self.r) if self.r.random() < 0.8 else _ip_public_v6(self.r)

    def privip(self) -> str:
        r = self.r
        return self.c([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                       f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                       f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])

    def version(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}"

    # -- misc look-alikes
    def ref(self, prefix: str, n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    def imei(self) -> str:
        return _luhn(self.r, "35", 15)

    def gps(self) -> str:
        return f"{self.r.uniform(-60, 65):.5f}, {self.r.uniform(-170, 170):.5f}"

    def nonphone(self, n: int, prefix: str = "") -> str:
        """Digits for a reference number that is not also a valid phone number of this region."""
        for _ in range(100):
            v = prefix + self.digits(n)
            try:
                if not phonenumbers.is_valid_number(phonenumbers.parse(v, self.L["reg"])):
                    return v
            except phonenumbers.NumberParseException:
                return v
        return v

    def otp(self) -> str:
        return self.digits(6)

    def nm(self, p: _Person) -> str:
        """A name as people write it."""
        return self.c([p.full, p.full, p.first, f"{p.last}, {p.first}", f"{p.first} {p.last[0]}.", p.full.upper(), p.full.lower()])


# ----------------------------------------------------------------------------- templates

TEMPLATES: list[dict] = []


def _tpl(code: str, shape: str, domain: str):
    def deco(fn):
        TEMPLATES.append({"name": fn.__name__.lstrip("_"), "loc": code, "lang": _LOC[code]["lang"], "shape": shape,
                          "domain": domain, "fn": fn})
        return fn
    return deco


# ---- English: US


@_tpl("US", "email+signature+quoted", "driving school")
def _us_driving_email(g):
    p, staff = g.person(), g.person()
    lesson = g.date(back=0, fwd=30)
    ph = g.phone("m")
    brand = g.c(["Gearshift Driving Academy", "Parallel Park Driving School", "Greenlight Driver Training"])
    return ["Subject: Re: road test on ", lesson, "\n\nHi ", _P(staff.first), ",\n\nThanks for moving the lesson. My permit # is ",
            g.ref("P", 8), " (not my license yet lol). Can the instructor pick me up at ", _A(g.addr()),
            " instead of the office? My cell is ", _T(ph), ".\n\nThanks,\n", _P(p.full), "\n\n",
            "On ", g.date(back=20, fwd=0), ", ", _P(staff.full), " <", _E(f"{_ascii(staff.first)}@gearshift-drive.com"),
            "> wrote:\n> Your card ", g.masked(), " was charged $", g.amount(), " for package ", g.ref("PKG-", 4),
            ".\n> Booking ref ", g.ref("GD", 7), ". Reply STOP to opt out.\n> ", brand, " | front desk ", _T(g.phone("f", "nat")), "\n"]


@_tpl("US", "crm call note", "second-hand car marketplace")
def _us_car_crm(g):
    p = g.person()
    co = g.person()
    return ["CALL NOTE ", g.ts(), " agent=rsoto\n",
            "Caller: ", _P(p.full), " re listing #", g.ref("LST", 7), " (2017 Subaru Outback, VIN 4S4BS", g.chars(12, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
            ")\nWants in-house financing. Co-applicant ", _P(g.nm(co)), ". Verified SSN ", _S(g.ssn()), ", DOB ", _D(g.dob(1950, 2003)),
            ".\nDirect deposit: routing ", g.routing(), " acct ", _B(g.bank()), " (checking). Down payment $", g.amount(),
            " on card ", g.masked(), " exp ", g.expiry(), ".\nLives in ", _L(g.town()), ", moving to ", _L(g.c(["Denver", "Austin", "Tampa", "Reno"])),
            " in spring. Call back ", _T(g.phone()), " after 5pm. Title held by Carvana? no -- by ", g.c(["Ally Bank", "Capital One Auto"]), ".\n"]


@_tpl("US", "web server log", "blood-donation service")
def _us_blood_log(g):
    out = []
    for _ in range(g.r.randint(3, 5)):
        ip = g.ip() if g.r.random() < 0.7 else g.privip()
        lab = _IP(ip) if not ip.startswith(("10.", "192.168.", "172.", "127.")) else ip
        d = _TODAY - timedelta(days=g.r.randint(0, 5))
        out += [lab, " - - [", f"{d.day:02d}/{_EN_MONTHS[d.month - 1][:3]}/{d.year}:{g.hm()}:{g.r.randint(10, 59)} -0500", "] \"",
                g.c(["GET /donor/appointments?site=", "POST /api/v2/slots/book?center=", "GET /eligibility?clinic="]),
                g.c(["OMA-03", "TUC-11", "RAL-02"]), " HTTP/1.1\" ", g.c(["200", "302", "404", "200"]), " ", str(g.r.randint(200, 9000)),
                " \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_", str(g.r.randint(1, 6)), " like Mac OS X)\" rid=", g.uuid(), "\n"]
    p = g.person()
    out += ["[app] INFO donor.login ok user=", _E(g.email(p)), " from ", _IP(_ip_public_v4(g.r)), " build ", g.version(), "\n"]
    return out


@_tpl("US", "form dump key: value", "blood-donation service")
def _us_blood_form(g):
    p = g.person()
    return ["=== LifeDrop Donor Registration (kiosk 4) ===\nFirst name: ", _P(p.first), "\nLast name: ", _P(p.last),
            "\nDate of birth: ", _D(g.dob(1950, 2007, "%m/%d/%Y")), "\nSSN (optional): ", _S(g.ssn()),
            "\nPhone: ", _T(g.phone("m", "nat")), "\nEmail: ", _E(g.email(p)), "\nHome address: ", _A(g.addr()),
            "\nBlood type: ", g.c(["O+", "A-", "B+", "AB+"]), "\nLast donation: ", g.date(back=300, fwd=-60),
            "\nWeight (lb): ", str(g.r.randint(110, 260)), "\nDonor ID: ", g.ref("LD-", 8),
            "\nTraveled outside US in last 3 yrs: ", g.c(["No", "Yes - "]), "\nConsent signed: Y\n"]


@_tpl("US", "speech-to-text transcript", "hearing-aid clinic")
def _us_hearing_stt(g):
    p = g.person()
    dob = _fmt_date(g._dob_date(1938, 1975), "%B %-d %Y", "en").lower()
    return ["[auto transcript, confidence 0.81]\nagent: thank you for calling clear tone hearing this is ", _P(g.person().first.lower()),
            " how can i help\ncaller: hi yeah um my name is ", _P(p.full.lower()), " i got the new hearing aids from you folks in ",
            g.c(["march", "june", "august"]), " and the left one keeps whistling\nagent: sorry to hear that can i get your date of birth\ncaller: ",
            _D(dob), "\nagent: and the best number to reach you\ncaller: ", _T(g.phone("m", "plain")),
            "\nagent: i see serial number ", g.ref("CT", 9), " still under warranty until ", g.date(back=0, fwd=400, fmt="%B %Y").lower(),
            "\ncaller: my daughter ", _P(g.person("f").first.lower()), " can drive me in from ", _L(g.town().lower()), " on tuesday\n"]


# ---- English: GB


@_tpl("GB", "whatsapp export", "holiday parks and campsites")
def _gb_park_whatsapp(g):
    a, b = g.person(), g.person()
    d = g.date(back=10, fwd=0)
    ln = g.addr_lines()
    return [d, ", ", g.hm(), " - ", _P(a.first), ": hiya is it still ok to bring the dog? she's called ", g.c(["Biscuit", "Mabel", "Luna", "Winston"]),
            " x\n", d, ", ", g.hm(), " - ", _P(b.full), ": Hi ", _P(a.first), ", yes dogs welcome at Bramblewood Holiday Park, pitch ",
            g.c(["C14", "B7", "A22"]), ". Gate code is ", g.digits(4), "\n", d, ", ", g.hm(), " - ", _P(a.first),
            ": brill. can you post the receipt to ", _A(", ".join(ln)), " pls, not the email\n", d, ", ", g.hm(), " - ", _P(b.full),
            ": Will do. Ref BWH-", g.digits(6), ", balance £", g.amount(), " due ", g.date(back=0, fwd=40), "\n", d, ", ", g.hm(), " - ",
            _P(a.first), ": <Media omitted>\n"]


@_tpl("GB", "ticket with internal notes", "local newspaper subscriptions")
def _gb_paper_ticket(g):
    p = g.person()
    return ["Ticket #", g.digits(6), " | Wexmoor Courier Subscriptions | Priority: Normal\nFrom: ", _P(p.full), " <", _E(g.email(p)),
            ">\nSubject: Paper not delivered again\n\nSecond week running the Saturday edition hasn't arrived at ", _A(g.addr()),
            ". Please refund or fix it. Can you switch the direct debit to my new account ", _I(g.iban("GB")), "?\n\n",
            "--- internal note (", _P(g.person().first), ") ---\nRound 7 paperboy off sick. Depot: Harrowgate distribution centre. ",
            "Old mandate ref DDM", g.digits(8), ", sort code ", f"{g.r.randint(10, 99)}-{g.r.randint(10, 99)}-{g.r.randint(10, 99)}",
            " (not needed). Customer rang from ", _T(g.phone("f", "nat")), ". Credit 2 issues, voucher code WX", g.digits(5), "\n"]


@_tpl("GB", "forwarded email", "funeral services")
def _gb_funeral_fwd(g):
    p, dec, fd = g.person(), g.person("f"), g.person()
    return ["---------- Forwarded message ---------\nFrom: ", _P(p.full), " <", _E(g.email(p)), ">\nDate: ", g.date(back=5, fwd=0),
            "\nSubject: Arrangements for Mum\nTo: ", _E("arrangements@harperfinchfunerals.co.uk"), "\n\nDear Mr ", _P(fd.last),
            ",\n\nThank you for your kindness yesterday. Mum (", _P(f"{dec.first} {p.last}"), ", born ", _D(g.dob(1930, 1950, "%-d %B %Y")),
            ") always said she wanted the service at St Mary's in ", g.c(["Kendal", "Thirsk", "Ludlow"]),
            " and burial back home in ", _L(g.town()), ". Please send the invoice (quote HF/", g.digits(5), ") to me at ", _A(g.addr()),
            ". My mobile is ", _T(g.phone("m")), ".\n\nKind regards,\n", _P(p.first), "\n\n--\nHarper & Finch Funeral Directors\n",
            _A(g.addr()), "\n24h line ", _T(g.phone("f", "intl")), "\n"]


@_tpl("GB", "config snippet", "freight forwarding")
def _gb_freight_config(g):
    kid, secret = g.aws_pair()
    return ["# cargobridge-tracker/settings.yaml  (v", g.version(), ")\nservice:\n  name: tracker-api\n  bind: ", g.privip(), ":8080\n",
            "  upstream_dns: ", _IP(_ip_public_v4(g.r)), "\ndatabase:\n  host: ", g.privip(), "\n  user: tracker_rw\n  password: \"",
            _W(g.pw()), "\"\n  password_hash_algo: bcrypt\n  admin_hash: \"", g.bcrypt(), "\"\naws:\n  access_key_id: ", kid,
            "\n  secret_access_key: ", _K(secret), "\nstripe:\n  publishable_key: ", g.pubkey(), "\n  secret_key: ", _K("sk_live_" + g.chars(24)),
            "\nalerts:\n  oncall_email: ", _E("ops-oncall@cargobridge.co.uk"), "\n  webhook_id: ", g.uuid(), "\n"]


# ---- English: CA


@_tpl("CA", "sms thread", "marina and boat rental")
def _ca_marina_sms(g):
    p = g.person()
    return ["[SMS +1 ", g.c(["902", "250", "506"]), " short code 44822]\n", g.date(back=3, fwd=0), " ", g.hm(),
            " Harbourlight Marina: Your slip H-", g.digits(2), " booking is confirmed for ", g.date(back=0, fwd=20),
            ". Door code ", g.digits(4), ". Reply HELP for help.\n", g.hm(), " Me: hey its ", _P(p.first),
            " - can my brother ", _P(g.person("m").full), " take the pontoon out? his cell ", _T(g.phone("m", "nat")), "\n",
            g.hm(), " Harbourlight Marina: Sure, he'll need boating card PCOC-", g.digits(8), " and ID at the dock office. GPS for launch: ",
            g.gps(), "\n", g.hm(), " Me: ok we're driving down from ", _L(g.town()), " around 9\n"]


@_tpl("CA", "json lines form dump", "youth sports club")
def _ca_sports_jsonl(g):
    out = []
    for _ in range(g.r.randint(2, 3)):
        kid, parent = g.person(), g.person()
        out += ['{"form":"u12_registration","submitted":"', g.ts(), '","player_first":"', _P(kid.first), '","player_last":"',
                _P(parent.last), '","dob":"', _D(g.dob(2012, 2019, "%Y-%m-%d")), '","guardian":"', _P(f"{parent.first} {parent.last}"),
                '","guardian_phone":"', _T(g.phone("m", "nat")), '","email":"', _E(g.email(parent)), '","jersey":',
                str(g.r.randint(1, 99)), ',"team":"', g.c(["Lakeshore Lightning", "Northside Otters", "Valley Voyageurs"]),
                '","fee_paid":', g.amount(), ',"card":"', g.masked(), '","medical_form_id":"', g.uuid(), '"}\n']
    return out


@_tpl("CA", "notification subjects", "piano and music lessons")
def _ca_music_subjects(g):
    p = g.person()
    return ["Inbox — Keynote Piano Studio\n", "• Reminder: lesson on ", g.date(back=0, fwd=14), " at ", g.hm(), " (room 2)\n",
            "• Invoice INV-", g.digits(5), " — $", g.amount(), " paid by card ", g.masked(), "\n",
            "• New message from ", _P(p.full), ": \"can we move ", _P(g.person().first), "'s lesson?\"\n",
            "• RCM Grade 5 exam booked — confirmation ", g.ref("RCM", 7), "\n",
            "• Password changed on ", g.date(back=30, fwd=0), " — if this wasn't you call ", _T(g.phone("f", "nat")), "\n",
            "• Your one-time code is ", g.otp(), "\n"]


# ---- English: AU


@_tpl("AU", "live chat", "second-hand car marketplace")
def _au_car_chat(g):
    p, agent = g.person(), g.person()
    return ["Live chat — AutoRelay Marketplace\nVisitor IP: ", _IP(_ip_public_v4(g.r)), " | Page: /listing/", g.digits(8), "\n\n",
            g.hm(), " ", _P(agent.first), " (AutoRelay): G'day! How can I help?\n", g.hm(), " Visitor: hi im selling my 2015 hilux, rego ",
            g.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), g.digits(3), ", but the ad got pulled?\n", g.hm(), " ", _P(agent.first),
            " (AutoRelay): Can I grab your name and email?\n", g.hm(), " Visitor: ", _P(p.full.lower() if g.r.random() < 0.4 else p.full), " ",
            _E(g.email(p)), "\n", g.hm(), " ", _P(agent.first), " (AutoRelay): Thanks. It flagged because the photo showed the VIN plate. ",
            "Inspection is at our ", g.c(["Geelong", "Parramatta", "Ipswich"]), " depot.\n", g.hm(),
            " Visitor: ok. im in ", _L(g.town()), " tho. call me ", _T(g.phone("m", "nat")), "\n"]


@_tpl("AU", "application log", "music-festival volunteers")
def _au_festival_log(g):
    p = g.person()
    lines = []
    for _ in range(g.r.randint(2, 3)):
        lines += [g.ts(), " INFO  [roster-svc ", g.version(), "] shift.assign volunteer_id=", g.ref("V", 6), " role=",
                  g.c(["gate", "bar", "recycling", "stage-crew"]), " site=Paddock-", g.c("ABC"), "\n"]
    lines += [g.ts(), " WARN  [mailer] bounce for ", _E(g.email(p)), " (", _P(p.full), ") code=550 queue_id=", g.sha(20).upper(), "\n",
              g.ts(), " DEBUG [auth] login ok user=", _E(g.email()), " ip=", _IP(g.ip()), " session=", g.sha(32), "\n",
              g.ts(), " ERROR [sms] +61 gateway timeout to ", _T(g.phone("m", "e164")), " retry=3\n",
              g.ts(), " INFO  [health] db=", g.privip(), " latency_ms=", str(g.r.randint(2, 90)), "\n"]
    return lines


@_tpl("AU", "ocr form", "hearing-aid clinic")
def _au_hearing_ocr(g):
    p = g.person()
    return ["PATIENT INTAKE - SOUNDWAVE HEAR1NG CL1NIC\nSurname: ", _P(p.last.upper()), "   Given names: ", _P(p.first.upper()),
            "\nD.O.B.: ", _D(g.dob(1935, 1980, "%d/%m/%Y")), "   Medicare No: ", g.digits(4), " ", g.digits(5), " ", g.digits(1),
            "\nAddress: ", _A(g.addr(" ")), "\nPh (mob): ", _T(g.phone("m", "nat")), "\nReferred by: Dr ", _P(g.person().last),
            " (GP)\nHearing aid model: Phonak Audéo L90 fw ", g.version(), "\nRight ear dB: 45 / Left ear dB: 55\nSignature: ______   Date: ",
            g.date(back=10, fwd=0), "\n"]


# ---- English: IN


@_tpl("IN", "email+signature", "piano and music lessons")
def _in_music_email(g):
    p, t = g.person(), g.person("f")
    return ["Dear ", _P(t.first), " ma'am,\n\nGreetings. My daughter ", _P(g.person("f").first),
            " wants to join the Trinity Grade 3 batch on weekends. She was born on ", _D(g.dob(2010, 2018, "%d-%m-%Y")),
            ". Kindly share the fee details. I have paid the registration of Rs ", str(g.r.randint(5, 30)), "00 through UPI, transaction ID ",
            g.nonphone(12), ".\n\nWe recently shifted from ", _L(g.other_town("Pune")), " to ", _A(g.addr()), ".\n\nThanks and regards,\n",
            _P(p.full), "\nMob: ", _T(g.phone("m", g.c(["intl", "nat"]))), "\n", _E(g.email(p)), "\n\nSent from my Redmi Note ", str(g.r.randint(9, 13)), "\n"]


@_tpl("IN", "spreadsheet rows", "freight forwarding")
def _in_freight_rows(g):
    out = ["consignee\tcontact\tphone\tAWB\tweight_kg\tport\tvalue_inr\n"]
    for _ in range(g.r.randint(3, 4)):
        p = g.person()
        out += [g.c(["Shree Ganesh Exports", "Kaveri Textiles Pvt Ltd", "Malabar Spice Co", "Tata Motors Ltd"]), "\t", _P(p.full),
                "\t", _T(g.phone(g.c(["m", "f"]), "nat")), "\t", g.nonphone(8, g.c(["176-", "157-", "618-", "235-"])), "\t", str(g.r.randint(2, 900)), "\t",
                g.c(["INNSA", "INMAA", "INCOK"]), "\t", f"{g.r.randint(1, 99)},{g.digits(2)},{g.digits(3)}", "\n"]
    return out


@_tpl("IN", "slack export", "freight forwarding")
def _in_slack_eng(g):
    a, b = g.person(), g.person()
    key = g.key()
    return ["#cargobridge-platform\n", _P(a.first.lower()), "  ", g.hm(), "\nprod deploy of tracker ", g.version(), " failed again, stacktrace in ",
            "https://ci.cargobridge.in/job/", g.digits(4), "\n", _P(b.first.lower()), "  ", g.hm(), "\nmy bad, I rotated the carrier API key. new one: `",
            _K(key), "` — please put it in vault, not here 🙈\n", _P(a.first.lower()), "  ", g.hm(), "\n@", _P(b.first.lower()),
            " done. commit ", g.sha(40), ". also the staging box ", g.privip(), " is still whitelisted for ", _IP(_ip_public_v4(g.r)), "\n"]


# ---- English: IE


@_tpl("IE", "email with > quoted reply", "funeral services")
def _ie_funeral_quoted(g):
    p, staff = g.person(), g.person()
    ln = g.addr_lines()
    quoted = []
    for line in ln:
        quoted += ["> ", _A(line), "\n"]
    return ["Hi ", _P(p.first), ",\n\nYes that address is correct. The removal will be from the house at 6pm on ", g.date(back=0, fwd=5),
            " and Mass at 11 the next morning. RIP.ie notice ref ", g.digits(6), " is live.\n\n", _P(staff.full), "\nO'Connell & Daughters Funeral Home\n",
            _T(g.phone("f", "nat")), "\n\n", "> On ", g.date(back=2, fwd=0), ", ", _P(p.full), " <", _E(g.email(p)), "> wrote:\n",
            "> Dad's address for the death notice is:\n"] + quoted + ["> He was living in ", _L(g.town()),
            " since 1978 but grew up in ", _L(g.c(["Boston", "Liverpool", "Cork", "Athlone"])), ".\n> My number is ", _T(g.phone("m")), "\n"]


@_tpl("IE", "teams chat", "local newspaper subscriptions")
def _ie_paper_teams(g):
    a, b, c = g.person(), g.person(), g.person()
    return ["[", g.date(back=3, fwd=0), " ", g.hm(), "] ", _P(f"{a.last}, {a.first}"), ": anyone know why the ", g.c(["Connacht", "Midlands"]),
            " Gazette renewals failed last night?\n[", g.hm(), "] ", _P(f"{b.last}, {b.first}"), ": card processor returned 402 for ~40 subs. e.g. ",
            _P(c.full), " — card ", g.masked(), ", exp ", g.expiry(), "\n[", g.hm(), "] ", _P(f"{a.last}, {a.first}"),
            ": she rang, wants to pay by IBAN instead: ", _I(g.iban("IE")), " BIC ", g.bic(), "\n[", g.hm(), "] ",
            _P(f"{b.last}, {b.first}"), ": grand, I'll set up the mandate. Subscriber no. GZ-", g.digits(7), "\n"]


@_tpl("IE", "call note", "holiday parks and campsites")
def _ie_park_callnote(g):
    p = g.person()
    return ["Call log – Atlantic Dunes Caravan Park – ", g.date(back=1, fwd=0), " ", g.hm(), "\nSpoke to ", _P(g.nm(p)), " (",
            _T(g.phone("m", "nat")), "). Booking ADC-", g.digits(5), " mobile home 12, ", g.r.randint(3, 7).__str__(), " nights from ",
            g.date(back=0, fwd=120), ". Travelling from ", _L(g.c(["Belfast", "Manchester", "Dublin", "Glasgow"])),
            ". Refund of €", g.amount(), " for the cancelled week to go to ", _I(g.iban("IE")),
            ". Eircode on file for postal voucher: ", _A(g.addr()), ". Pitch GPS ", g.gps(), ". Reception: Enniscrone office.\n"]


# ---- English: NZ


@_tpl("NZ", "sms thread", "driving school")
def _nz_driving_sms(g):
    p = g.person()
    return ["Messages with ", _T(g.phone("m", "nat")), "\n\n", _P(p.first), ": kia ora, is the restricted test prep still on for ",
            g.date(back=0, fwd=10), "?\nMe (Kiwi Clutch Driving School): Yes at ", g.hm(), ". Meet at the Hamilton East branch, lesson ",
            g.ref("L", 5), ". Bring licence no. ", g.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), g.digits(6), "\n", _P(p.first),
            ": sweet. can u pick me up from ", _A(g.addr()), "? my mum ", _P(g.person("f").first), " said she'd pay, her number is ",
            _T(g.phone("m", "nat")), "\nMe (Kiwi Clutch Driving School): No worries. $", g.amount(), " on arrival.\n"]


@_tpl("NZ", "crm note", "marina and boat rental")
def _nz_marina_crm(g):
    p = g.person()
    return ["Customer: ", _P(p.full), " | Account M", g.digits(6), "\nBorn ", _D(g.dob(1950, 1995)), ". Lives in ", _L(g.town()),
            ", keeps a 7.2 m Haines Hunter (hull ", g.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), g.digits(5), ") at Bluewake Marina berth F",
            g.digits(2), ".\nEmail ", _E(g.email(p)), ", landline ", _T(g.phone("f", "nat")),
            ".\nPortal login reset on ", g.date(back=30, fwd=0), "; temp password given over phone: ", _W(g.pw()),
            "\nNext haul-out ", g.date(back=0, fwd=90), ". Moorings invoice MI-", g.digits(5), " NZ$", g.amount(), "\n"]


@_tpl("NZ", "release notes (no PII)", "driving school")
def _nz_no_pii(g):
    return ["Kiwi Clutch Booking App v", g.version(), " — release notes\n\n- Fixed crash when selecting Rotorua or Napier branch\n",
            "- Lesson reminders now go out 24h before (was 48h)\n- Card payments show only last 4 digits (e.g. ", g.masked(), ")\n",
            "- Upgraded PostgreSQL driver to ", g.version(), "; build ", g.sha(12), "\n- Known issue: calendar shows ", g.date(back=0, fwd=30),
            " twice on iOS 17\n- Staging server moved to ", g.privip(), "\nThanks to everyone who reported bugs! Ticket refs KC-", g.digits(4), ", KC-", g.digits(4), "\n"]


# ---- English: NG


@_tpl("NG", "whatsapp export", "second-hand car marketplace")
def _ng_car_whatsapp(g):
    a, b = g.person(), g.person()
    d = g.date(back=5, fwd=0)
    return ["[", d, ", ", g.hm(), "] ", _P(a.full), ": Good evening sir, is the Corolla 2012 still available? Tokunbo or Nigerian used?\n[",
            d, ", ", g.hm(), "] ", _P(b.first), " AutoHub: Still available. Foreign used, ₦", str(g.r.randint(4, 9)), ",", g.digits(3), ",000 slightly negotiable. Chassis ",
            g.chars(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "\n[", d, ", ", g.hm(), "] ", _P(a.full), ": Ok. I can come and inspect at your yard tomorrow. Send address\n[",
            d, ", ", g.hm(), "] ", _P(b.first), " AutoHub: ", _A(g.addr()), ". Call ", _T(g.phone("m", "nat")), " when you reach\n[",
            d, ", ", g.hm(), "] ", _P(a.full), ": Alright. I'm coming from ", _L(g.town()), "\n"]


@_tpl("NG", "key=value log", "blood-donation service")
def _ng_blood_kv(g):
    p = g.person()
    return ["ts=", g.ts(), " svc=donor-portal level=info event=signup name=\"", _P(p.full), "\" email=", _E(g.email(p)), " phone=",
            _T(g.phone("m", "e164")), " dob=", _D(g.dob(1970, 2007, "%Y-%m-%d")), " state=", g.c(["Lagos", "Oyo", "Enugu"]),
            " centre=NBTS-", g.c(["IKJ", "IBD", "ENU"]), " client_ip=", _IP(_ip_public_v4(g.r)), " req_id=", g.uuid(), "\n",
            "ts=", g.ts(), " svc=donor-portal level=info event=otp_sent code=", g.otp(), " ttl=300 upstream=", g.privip(), "\n"]


@_tpl("NG", "email+signature", "freight forwarding")
def _ng_freight_email(g):
    p, c = g.person(), g.person()
    return ["Dear ", _P(c.first), ",\n\nPlease find attached the Form M and proforma for container MSKU", g.digits(7), ". BL No. ",
            g.ref("LOS", 9), ". Duty of ₦", str(g.r.randint(1, 9)), ",", g.digits(3), ",", g.digits(3), ".00 has been paid.\n\n",
            "Kindly deliver to our warehouse at ", _A(g.addr()), ". The clearing agent ", _P(g.person().full), " will meet the truck.\n\n",
            "Best regards,\n", _P(p.full), "\nImports Manager, Zenith Agro Ltd\nTel: ", _T(g.phone("f", "intl")), " | Cell: ",
            _T(g.phone("m", "nat")), "\n", _E(g.email(p)), "\n"]


# ---- English: KE


@_tpl("KE", "sms thread", "music-festival volunteers")
def _ke_festival_sms(g):
    p = g.person()
    return ["SAFARI SOUNDS FEST: Hi ", _P(p.first), ", your volunteer shift is ", g.date(back=0, fwd=14), " ", g.hm(), "-", g.hm(),
            " at Gate B. Badge no. VS", g.digits(5), ". Reply 1 to confirm.\n", _P(p.first), ": 1. Also my friend ", _P(g.person("f").full),
            " wants to join, her no. is ", _T(g.phone("m", "nat")), "\nSAFARI SOUNDS FEST: Thanks! Ask her to register at safarisounds.co.ke/volunteer. M-Pesa ref ",
            g.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), " received KSh ", str(g.r.randint(5, 20)), "00.\n", _P(p.first),
            ": Asante. Will she get transport from ", _L(g.town()), "?\n"]


@_tpl("KE", "support ticket", "hearing-aid clinic")
def _ke_hearing_ticket(g):
    p = g.person()
    return ["TICKET HRC-", g.digits(5), " | Status: Open | Channel: email\nCustomer: ", _P(p.full), " (", _E(g.email(p)), ")\n",
            "Message: Good morning. My mother ", _P(g.person("f").full), ", born ", _D(g.dob(1940, 1965)), ", needs a follow-up for her ",
            "Oticon aid (serial ", g.ref("OT", 8), "). She lives at ", _A(g.addr()), ". Please call me on ", _T(g.phone("m")),
            ".\nInternal: assign to Westlands branch audiologist. Insurance claim NHIF-", g.digits(8), ". Paid KSh ", str(g.r.randint(2, 9)), ",", g.digits(3), "\n"]


@_tpl("KE", "live chat", "youth sports club")
def _ke_sports_chat(g):
    p, coach = g.person(), g.person()
    return ["Chat transcript — Simba Juniors Football Academy\n", _P(coach.first), " (Coach): Hello, welcome. How can we help?\nGuest: ",
            "Hi, I want to register my son ", _P(g.person("m").first), " ", _P(p.last), " for the U10 team. DOB ", _D(g.dob(2015, 2018, "%d/%m/%Y")),
            "\n", _P(coach.first), " (Coach): Great. Training is at our Karen pitch Saturdays. Parent name and phone?\nGuest: ", _P(p.full), ", ",
            _T(g.phone("m", "nat")), "\n", _P(coach.first), " (Coach): Asante. Fee KSh ", str(g.r.randint(1, 5)), ",500/term, paybill ",
            g.digits(6), " account ", g.ref("SJ", 4), ".\n"]


# ---- English: PH


@_tpl("PH", "messenger chat", "piano and music lessons")
def _ph_music_chat(g):
    p = g.person()
    return ["Messenger • Do-Re-Mi Music Center\n", _P(p.full), ": Good pm po! Inquire lang po for piano lessons for my daughter, 8 yrs old\n",
            "Do-Re-Mi Music Center: Hi ", _P(p.first), "! ₱", str(g.r.randint(5, 9)), "00/session, Sat 10am. Branch: SM North branch only po.\n",
            _P(p.full), ": Ok po. Her name is ", _P(g.person("f").first), ", bday ", _D(g.dob(2014, 2019, "%B %-d, %Y")), ". Contact me at ",
            _T(g.phone("m", "nat")), " or ", _E(g.email(p)), "\nDo-Re-Mi Music Center: Noted! GCash ref ", g.digits(13), " received. See you!\n"]


@_tpl("PH", "form dump key: value", "holiday parks and campsites")
def _ph_resort_form(g):
    p = g.person()
    return ["BOOKING FORM - Bukid Glamping & Campsite\nGuest name: ", _P(p.full), "\nBirthday: ", _D(g.dob(1960, 2005)),
            "\nMobile: ", _T(g.phone("m", "intl")), "\nEmail: ", _E(g.email(p)), "\nHome address: ", _A(g.addr()),
            "\nNo. of pax: ", str(g.r.randint(2, 8)), "\nTent: Dome ", g.c("ABC"), g.digits(1), "\nCheck-in: ", g.date(back=0, fwd=60),
            "\nDownpayment: PHP ", g.amount(), " via card ", g.masked(), "\nBooking ID: BGC-", g.digits(6), "\nPromo code: SUMMER", g.digits(2), "\n"]


@_tpl("PH", "maintenance notice (no PII)", "holiday parks and campsites")
def _ph_no_pii(g):
    return ["ADVISORY: Bukid Glamping portal maintenance on ", g.date(back=0, fwd=20), " from ", g.hm(), " to ", g.hm(),
            ". Bookings made via app v", g.version(), " or later are unaffected. Reference CHG", g.digits(7), ". Server ",
            g.privip(), " will be rebooted. For concerns, visit the front desk at our Tagaytay site.\n"]


# ---- German


@_tpl("DE", "email+signature", "driving school")
def _de_driving_email(g):
    p, t = g.person(), g.person()
    return ["Betreff: Anmeldung Klasse B – ", _P(p.full), "\n\nHallo Herr ", _P(t.last), ",\n\nanbei meine Unterlagen. Geburtsdatum: ",
            _D(g.dob(1995, 2009, "%d.%m.%Y")), ", Sehtest vom ", g.date(back=60, fwd=0), " liegt bei. Die Grundgebühr (",
            g.amount().replace(".", ","), " €) überweise ich heute; falls Sie per Lastschrift abbuchen wollen: IBAN ", _I(g.iban("DE")),
            ", BIC ", g.bic(), ".\n\nIch wohne seit kurzem in ", _L(g.town()), ", die Theoriestunden würde ich aber in der Filiale Innenstadt machen.\n\n",
            "Viele Grüße\n", _P(p.first), "\n\n-- \nFahrschule Kurvenglück GmbH\n", _A(g.addr()), "\nTel. ", _T(g.phone("f", "nat")),
            " · ", _E("info@kurvenglueck-fahrschule.de"), "\nUSt-IdNr. DE", g.digits(9), "\n"]


@_tpl("DE", "ticket with internal notes", "hearing-aid clinic")
def _de_hearing_ticket(g):
    p = g.person()
    return ["Vorgang #", g.digits(6), " – HörWerk Akustik\nKunde: ", _P(f"{p.last}, {p.first}"), "\nAnliegen: Hörgerät rechts pfeift, ",
            "Kunde bittet um Rückruf unter ", _T(g.phone("m", "nat")), ".\nAnschrift laut Kartei: ", _A(g.addr()),
            "\nGeb.: ", _D(g.dob(1935, 1965)), "\n\n[Interne Notiz] Garantie bis ", g.date(back=0, fwd=500), ", Seriennr. ",
            g.ref("HW", 10), ", Kassenrezept Nr. ", g.digits(9), ". Tochter ", _P(g.person().first), " ruft ggf. an. ",
            "Termin in der Filiale Kassel-Wilhelmshöhe vorschlagen.\n"]


@_tpl("DE", "speech-to-text transcript", "funeral services")
def _de_funeral_stt(g):
    p, d = g.person("f"), g.person("m")
    return ["transkript anruf bestattungshaus ruhewald ", g.date(back=2, fwd=0), "\nmitarbeiter: bestattungen ruhewald guten tag\n",
            "anruferin: ja hallo hier ist ", _P(p.full.lower()), " mein vater ", _P(d.first.lower()), " ist heute nacht verstorben\n",
            "mitarbeiter: das tut mir sehr leid wann war er geboren\nanruferin: am ", _D(_fmt_date(g._dob_date(1930, 1955), "%-d. %B %Y", "de").lower()),
            " in ", _L(g.other_town("Kassel").lower()), "\nmitarbeiter: und unter welcher nummer erreiche ich sie\nanruferin: ",
            _T(g.phone("m", "plain")), "\nmitarbeiter: gut wir melden uns morgen früh auftragsnummer ", g.digits(5), "\n"]


# ---- French


@_tpl("FR", "email+signature", "local newspaper subscriptions")
def _fr_paper_email(g):
    p = g.person()
    return ["Objet : Changement d'adresse abonnement n° ", g.digits(8), "\n\nBonjour,\n\nJe déménage le ", g.date(back=0, fwd=30),
            ". Merci de livrer désormais L'Écho du Bocage à l'adresse suivante :\n", _A(g.addr("\n")), "\n\n",
            "Pour le prélèvement, voici mon nouveau RIB : ", _I(g.iban("FR")), " (BIC ", g.bic(), ").\n\nCordialement,\n", _P(p.full),
            "\n", _T(g.phone("m", "nat")), "\n", _E(g.email(p)), "\n"]


@_tpl("FR", "whatsapp export", "holiday parks and campsites")
def _fr_camping_whatsapp(g):
    a, b = g.person(), g.person()
    d = g.date(back=7, fwd=0)
    return [d, " ", g.hm(), " - ", _P(a.first), ": Bonjour, on arrive vers 18h au Camping Les Pins Dorés, emplacement ", g.digits(2),
            " 🙂\n", d, " ", g.hm(), " - Camping Les Pins Dorés: Bonjour ", _P(a.first), " ! Code barrière ", g.digits(4),
            ". Le chien ", g.c(["Filou", "Caramel", "Pompon"]), " doit être tenu en laisse.\n", d, " ", g.hm(), " - ", _P(a.first),
            ": Super. Ma sœur ", _P(g.person("f").full), " nous rejoint de ", _L(g.town()), ", son numéro : ", _T(g.phone("m", "nat")), "\n",
            d, " ", g.hm(), " - Camping Les Pins Dorés: Parfait, réservation n° PD", g.digits(5), ", solde ", g.amount().replace(".", ","), " €.\n"]


@_tpl("FR", "form dump key: value", "blood-donation service")
def _fr_blood_form(g):
    p = g.person()
    return ["Questionnaire pré-don – Collecte mobile\nNom : ", _P(p.last.upper()), "\nPrénom : ", _P(p.first), "\nNé(e) le : ",
            _D(g.dob(1960, 2007, "%d/%m/%Y")), " à ", _L(g.town()), "\nAdresse : ", _A(g.addr()), "\nPortable : ", _T(g.phone("m")),
            "\nCourriel : ", _E(g.email(p)), "\nN° donneur : ", g.digits(10), "\nDernier don : ", g.date(back=300, fwd=-56),
            "\nVoyage hors UE (4 mois) : non\nLieu de collecte : salle des fêtes de Vitré\n"]


# ---- Spanish


@_tpl("ES", "email+signature", "marina and boat rental")
def _es_marina_email(g):
    p = g.person()
    return ["Asunto: Reserva amarre verano\n\nHola,\n\nSoy ", _P(p.full), ", tengo un velero de 9 m (matrícula 7ª-", g.c(["CA", "VA", "MU"]), "-",
            g.digits(1), "-", g.digits(3), "-", g.digits(2), "). Quería reservar amarre del ", g.date(back=-1, fwd=60), " al ",
            g.date(back=-61, fwd=120), ". Vivo en ", _L(g.town()), " y me pueden domiciliar el pago en ", _I(g.iban("ES")),
            ".\nMi DNI caduca pronto, pero el titular de la embarcación es mi cuñado, ", _P(g.person("m").full), ".\n\nUn saludo,\n", _P(p.first),
            "\nTel. ", _T(g.phone("m", "nat")), "\n\n--\nMarina Brisa Azul · Oficina del puerto\n", _A(g.addr()), "\n", _E("reservas@marinabrisaazul.es"), "\n"]


@_tpl("ES", "live chat", "second-hand car marketplace")
def _es_car_chat(g):
    p, a = g.person(), g.person()
    return ["Chat – RuedaSegunda.es\n", g.hm(), " ", _P(a.first), " (asesor): ¡Hola! ¿En qué te ayudo?\n", g.hm(),
            " Usuario: hola, vendo un Seat León del 2016, matrícula ", g.digits(4), " ", g.chars(3, "BCDFGHJKLMNPRSTVWXYZ"),
            ", pero no me deja publicar\n", g.hm(), " ", _P(a.first), " (asesor): ¿Me das tu nombre y email?\n", g.hm(), " Usuario: ",
            _P(g.nm(p)), ", ", _E(g.email(p)), "\n", g.hm(), " ", _P(a.first), " (asesor): Gracias. Tu anuncio ", g.ref("AN", 8),
            " falló al validar la tarjeta ", g.masked(), ". ¿Quieres pagar con otra?\n", g.hm(), " Usuario: vale, esta: ", _C(g.card()),
            " cad ", g.expiry(), "\n"]


# ---- Portuguese (BR)


@_tpl("BR", "whatsapp export", "piano and music lessons")
def _br_music_whatsapp(g):
    a, t = g.person(), g.person()
    d = g.date(back=4, fwd=0)
    return [d, " ", g.hm(), " - ", _P(a.first), ": Oi prof ", _P(t.first), "! Tudo bem? O ", _P(g.person("m").first),
            " pode fazer a aula de piano na quinta?\n", d, " ", g.hm(), " - ", _P(t.full), ": Oi! Pode sim, 16h. O Pix da escola é ",
            "CNPJ ", g.digits(2), ".", g.digits(3), ".", g.digits(3), "/0001-", g.digits(2), "\n", d, " ", g.hm(), " - ", _P(a.first),
            ": Paguei R$ ", g.amount().replace(".", ","), ". Comprovante ", g.sha(16).upper(), "\n", d, " ", g.hm(), " - ", _P(a.first),
            ": Ah, mudamos de endereço: ", _A(g.addr()), ". Meu cel novo é ", _T(g.phone("m", "nat")), "\n"]


@_tpl("BR", "crm note", "freight forwarding")
def _br_freight_crm(g):
    p = g.person()
    return ["CRM • Cargobridge Brasil • Cliente ", g.ref("C", 6), "\nContato: ", _P(p.full), " – ", _E(g.email(p)), " – ",
            _T(g.phone("f", "nat")), "\nNasc.: ", _D(g.dob(1960, 1998)), " | CPF enviado por e-mail (não registrar)\n",
            "Endereço de entrega: ", _A(g.addr()), "\nObs.: importação de peças, container ", "TGHU", g.digits(7),
            ", NCM ", g.digits(4), ".", g.digits(2), ".", g.digits(2), ". Reembolso de frete para IBAN ", _I(g.iban("BR")),
            ". Cliente viaja para ", _L(g.c(["Lisboa", "Miami", "Buenos Aires"])), " em ", g.date(back=0, fwd=40), ".\n"]


# ---- Dutch


@_tpl("NL", "email+signature", "youth sports club")
def _nl_sports_email(g):
    p = g.person()
    kid = g.person("m").first
    return ["Onderwerp: Aanmelding JO11 – ", _P(kid), "\n\nBeste ledenadministratie,\n\nHierbij meld ik mijn zoon ", _P(f"{kid} {p.last}"),
            " aan, geboren op ", _D(g.dob(2014, 2018, "%d-%m-%Y")), ". Contributie mag via automatische incasso van ", _I(g.iban("NL")),
            ".\nWij wonen op ", _A(g.addr()), ".\n\nMet sportieve groet,\n", _P(p.full), "\n", _T(g.phone("m", "nat")), "\n\n",
            "Verzonden vanaf mijn iPhone\n\n--\nv.v. De Blauwe Reigers · Sportpark Oost, veld 3 · KvK ", g.digits(8), "\n"]


@_tpl("NL", "crm note", "hearing-aid clinic")
def _nl_hearing_crm(g):
    p = g.person("m")
    return ["Klantnotitie ", g.date(back=3, fwd=0), " – Oorzaak Hoorcentrum\nDhr. ", _P(p.last), " (", _P(p.first), ") belde over zijn ",
            "hoortoestel, serienr. ", g.ref("OZ", 9), ". Geb. datum ", _D(g.dob(1935, 1960)), ". Woont in ", _L(g.town()),
            ", verhuist binnenkort naar zijn dochter in ", _L(g.c(["Antwerpen", "Keulen", "Almere"])), ".\nTerugbellen op ",
            _T(g.phone("f", "nat")), ". Verzekeraar declaratie nr. ", g.digits(10), ". Afspraak filiaal Zwolle-Zuid.\n"]


# ---- Italian


@_tpl("IT", "email+signature", "funeral services")
def _it_funeral_email(g):
    p = g.person("f")
    return ["Oggetto: Preventivo n. ", g.digits(4), "/", str(_TODAY.year), "\n\nGentile Sig.ra ", _P(p.last),
            ",\n\nin allegato il preventivo per le esequie. Il bonifico può essere effettuato sull'IBAN ", _I(g.iban("IT")),
            " intestato a Onoranze Funebri San Giuseppe.\nLa salma sarà trasferita a ", _L(g.town()), ", paese natale del defunto.\n\n",
            "Cordiali saluti\n", _P(g.person().full), "\nOnoranze Funebri San Giuseppe s.r.l.\n", _A(g.addr()), "\nTel. ",
            _T(g.phone("f", "nat")), " – Cell. ", _T(g.phone("m", "nat")), "\nP.IVA ", g.digits(11), "\n"]


@_tpl("IT", "support ticket + log", "music-festival volunteers")
def _it_festival_ticket(g):
    p = g.person("f")
    return ["Ticket #", g.digits(5), " – Volontari Festival Onda Sonora\nDa: ", _E(g.email(p)), "\nNon riesco ad accedere al portale volontari. ",
            "Sono ", _P(p.full), ", nata il ", _D(g.dob(1985, 2006, "%d/%m/%Y")), ". Ho provato la password ", _W(g.pw()),
            " ma dice errore.\n\n--- log ---\n", g.ts(), " auth.fail user=", _E(g.email(p)), " ip=", _IP(g.ip()), " ua=Firefox/", g.version(),
            "\n", g.ts(), " auth.lock account_id=", g.uuid(), " hash=", g.argon(), "\n"]


# ---- Polish


@_tpl("PL", "sms thread", "driving school")
def _pl_driving_sms(g):
    p = g.person()
    return ["OSK Zielone Światło: Dzień dobry, jazda nr ", g.digits(2), " w dniu ", g.date(back=0, fwd=10), " o ", g.hm(),
            ". Instruktor: ", _P(g.person().first), ". PKK: ", g.digits(20), "\n", _P(p.first), ": dzien dobry, czy moge przelac za 10h jazd? ",
            "jaki numer konta?\nOSK Zielone Światło: ", _I(g.iban("PL")), ", tytuł: imię i nazwisko + nr kursu K", g.digits(4),
            "\n", _P(p.first), ": ok, wysłane. ", _P(p.full), ", tel ", _T(g.phone("m", "nat")), "\n"]


@_tpl("PL", "form dump key: value", "blood-donation service")
def _pl_blood_form(g):
    p = g.person()
    return ["Kwestionariusz dawcy – RCKiK\nImię: ", _P(p.first), "\nNazwisko: ", _P(p.last), "\nData urodzenia: ", _D(g.dob(1965, 2007)),
            "\nMiejsce urodzenia: ", _L(g.town()), "\nAdres zamieszkania: ", _A(g.addr()), "\nTelefon: ", _T(g.phone("m")),
            "\nE-mail: ", _E(g.email(p)), "\nNr legitymacji HDK: ", g.digits(7), "\nGrupa krwi: ", g.c(["0 Rh+", "A Rh-", "B Rh+"]),
            "\nData pobrania: ", g.date(back=5, fwd=0), "\n"]


# ---- Catalan


@_tpl("CAT", "email+signature", "music-festival volunteers")
def _cat_festival_email(g):
    p = g.person("f")
    return ["Assumpte: Voluntariat Festival Ressò de l'Empordà\n\nBon dia,\n\nEm dic ", _P(p.full), " i m'agradaria fer de voluntària ",
            "a la zona de barres. Vaig néixer el ", _D(g.dob(1980, 2007, "%d/%m/%Y")), " i visc a ", _L(g.town()),
            ". Si cal fer el pagament de la fiança, el meu compte és ", _I(g.iban("ES")), ".\n\nGràcies!\n", _P(p.first), "\n",
            _T(g.phone("m", "nat")), "\n\n--\nOficina del Festival Ressò\n", _A(g.addr()), "\n", _E("voluntaris@resso-emporda.cat"), "\n"]


@_tpl("CAT", "call note", "holiday parks and campsites")
def _cat_camping_note(g):
    p = g.person()
    return ["Nota de trucada – Càmping Pineda del Ter – ", g.date(back=1, fwd=0), "\nHa trucat ", _P(g.nm(p)), " (", _T(g.phone("m")),
            ") per canviar la reserva ", g.ref("PT-", 5), " de la parcel·la ", g.digits(3), ". Arriben de ", _L(g.c(["Tolosa", "Perpinyà", "Andorra la Vella"])),
            " el ", g.date(back=0, fwd=30), ". Paga amb targeta ", _C(g.card()), ", caducitat ", g.expiry(), ", CVV ", g.digits(3),
            ". Gos: ", g.c(["Rufus", "Tuc", "Lluna"]), ". Correu: ", _E(g.email(p)), "\n"]


# ---- Slovenian


@_tpl("SI", "email+signature", "marina and boat rental")
def _si_marina_email(g):
    p = g.person("m")
    return ["Zadeva: Najem privezov – sezona ", str(_TODAY.year + 1), "\n\nSpoštovani,\n\nželim podaljšati najem priveza št. ", g.digits(3),
            " v Marini Modri Zaliv. Moje podatke imate: ", _P(p.full), ", rojen ", _D(g.dob(1950, 1995)), ", stalno prebivališče ",
            _A(g.addr()), ".\nPlovilo KP-", g.digits(4), ", račun št. ", g.digits(4), "-", g.digits(6), ".\n\nLep pozdrav,\n", _P(p.first),
            "\nGSM: ", _T(g.phone("m", "nat")), "\n", _E(g.email(p)), "\n"]


@_tpl("SI", "form dump key: value", "hearing-aid clinic")
def _si_hearing_form(g):
    p = g.person()
    return ["OBRAZEC – Slušni center Odmev\nIme: ", _P(p.first), "\nPriimek: ", _P(p.last), "\nDatum rojstva: ", _D(g.dob(1935, 1970)),
            "\nKraj rojstva: ", _L(g.town()), "\nNaslov: ", _A(g.addr()), "\nTelefon: ", _T(g.phone("f", "nat")),
            "\nŠt. napotnice: ", g.digits(10), "\nSlušni aparat: Signia Pure ", g.version(), "\nPoslovalnica: Celje\n"]


# ---- Romanian


@_tpl("RO", "email+signature", "second-hand car marketplace")
def _ro_car_email(g):
    p = g.person()
    return ["Subiect: Anunț autoturism ", g.ref("AR", 7), "\n\nBună ziua,\n\nSunt ", _P(p.full), " și vând o Dacia Logan din 2018 ",
            "(nr. înmatriculare ", g.c(["CJ", "IS", "TM", "BV"]), " ", g.digits(2), " ", g.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ"),
            "). Mașina poate fi văzută la adresa ", _A(g.addr()), ".\nPlata comisionului am făcut-o cu cardul ", g.masked(),
            ", suma ", g.amount(), " lei.\n\nCu stimă,\n", _P(p.full), "\nTel: ", _T(g.phone("m", "nat")), "\n", _E(g.email(p)), "\n"]


@_tpl("RO", "ticket with internal notes", "local newspaper subscriptions")
def _ro_paper_ticket(g):
    p = g.person()
    return ["Tichet ", g.digits(6), " – Gazeta de Transilvania – Abonamente\nClient: ", _P(p.full), "\nMesaj: Nu am primit ziarul de ",
            "trei zile. Adresa: ", _A(g.addr()), ". Mă mut în ", _L(g.town()), " de la 1 ", g.c(["decembrie", "ianuarie"]), ".\n",
            "Notă internă (", _P(g.person().first), "): abonament nr. GT", g.digits(6), ", plătit până la ", g.date(back=0, fwd=200),
            ". Curier zona Mănăștur. Client sunat la ", _T(g.phone("f")), "\n"]


# ---- Turkish


@_tpl("TR", "whatsapp export", "freight forwarding")
def _tr_freight_whatsapp(g):
    a, b = g.person("m"), g.person()
    d = g.date(back=3, fwd=0)
    return [d, " ", g.hm(), " - ", _P(a.full), ": Merhaba, konteyner ", "MSCU", g.digits(7), " gümrükte mi hâlâ?\n", d, " ", g.hm(),
            " - ", _P(b.first), " (Kargoköprü Lojistik): Merhaba ", _P(a.first), " Bey, beyanname no ", g.digits(16),
            ", yarın çekilir. Teslimat adresi aynı mı?\n", d, " ", g.hm(), " - ", _P(a.full), ": Hayır, yeni depo: ", _A(g.addr()),
            ". Şoför beni ", _T(g.phone("m", "nat")), " numarasından arasın\n", d, " ", g.hm(), " - ", _P(b.first),
            " (Kargoköprü Lojistik): Tamamdır. Navlun ", g.amount(), " USD, fatura no KL", g.digits(6), "\n"]


@_tpl("TR", "form dump key: value", "youth sports club")
def _tr_sports_form(g):
    p, kid = g.person(), g.person()
    return ["KAYIT FORMU – Dalga Spor Kulübü Altyapı\nSporcu adı: ", _P(kid.first), "\nSoyadı: ", _P(p.last), "\nDoğum tarihi: ",
            _D(g.dob(2011, 2019)), "\nDoğum yeri: ", _L(g.town()), "\nVeli: ", _P(f"{p.first} {p.last}"), "\nVeli cep: ",
            _T(g.phone("m", "nat")), "\nE-posta: ", _E(g.email(p)), "\nAdres: ", _A(g.addr()), "\nLisans no: ", g.digits(8),
            "\nAidat: ", g.amount(), " TL\nAntrenman yeri: Karşıyaka tesisleri\n"]


# ---- Estonian


@_tpl("EE", "email+signature", "piano and music lessons")
def _ee_music_email(g):
    p, t = g.person(), g.person()
    return ["Teema: Klaveritunnid – ", _P(g.person("f").first), "\n\nTere, ", _P(t.first), "!\n\nMu tütar soovib jätkata klaveritundidega. ",
            "Ta on sündinud ", _D(g.dob(2010, 2018, "%d.%m.%Y")), ". Arve palun saata aadressile ", _A(g.addr()),
            ". Viitenumber ", g.nonphone(8), ", summa ", g.amount().replace(".", ","), " €.\n\nParimate soovidega\n", _P(p.full), "\n",
            _T(g.phone("m", "intl")), "\n", _E(g.email(p)), "\n\n--\nMuusikastuudio Viiuldaja · Tartu filiaal\n"]


# ---- Lithuanian


@_tpl("LT", "chat", "funeral services")
def _lt_funeral_chat(g):
    p, s = g.person(), g.person()
    return ["Pokalbis – Laidojimo namai „Ramybė“\n", g.hm(), " ", _P(p.full), ": Laba diena, norėčiau užsakyti laidojimo paslaugas. ",
            "Mirė mano tėtis ", _P(g.person("m").first), ", gimęs ", _D(g.dob(1930, 1955)), ".\n", g.hm(), " ", _P(s.first),
            " (Ramybė): Užjaučiame. Kur jis gyveno?\n", g.hm(), " ", _P(p.full), ": ", _A(g.addr()), ". Laidosime ", _L(g.town()),
            " kapinėse.\n", g.hm(), " ", _P(s.first), " (Ramybė): Gerai. Užsakymo nr. RL-", g.digits(5), ". Jūsų telefonas?\n",
            g.hm(), " ", _P(p.full), ": ", _T(g.phone("m", "intl")), "\n"]


# ---- Icelandic


@_tpl("IS", "email+signature", "holiday parks and campsites")
def _is_camping_email(g):
    p = g.person()
    return ["Efni: Bókun á tjaldsvæði\n\nGóðan dag,\n\nÉg heiti ", _P(p.full), " og bý í ", _L(g.town()), ". Við erum fjögur og ",
            "komum á Tjaldsvæðið Lækjarbakki ", g.date(back=0, fwd=60), ". Bókunarnúmer ", g.ref("LB", 6), ".\n",
            "Greiðsla með korti ", _C(g.card()), " gildir til ", g.expiry(), ".\n\nKveðja,\n", _P(p.first), "\nSími: ", _T(g.phone("m", "nat")),
            "\n", _E(g.email(p)), "\n"]


# ---- Tagalog


@_tpl("TL", "chat (Taglish)", "blood-donation service")
def _tl_blood_chat(g):
    p, a = g.person(), g.person()
    return ["Chat – Dugtong Buhay Blood Donor Hotline\n", _P(a.first), " (admin): Magandang hapon po! Paano po kami makakatulong?\n",
            _P(p.full), ": Hello po, gusto ko po sanang mag-donate sa bloodletting sa ", g.date(back=0, fwd=20), ". Pwede po ba ako kahit ",
            "galing ako ng ", _L(g.c(["Dubai", "Singapore", "Hong Kong"])), " last month?\n", _P(a.first),
            " (admin): Pwede po. Pakibigay po ng buong pangalan, birthday at number.\n", _P(p.full), ": ", _P(p.full.upper()), ", ",
            _D(g.dob(1970, 2007)), ", ", _T(g.phone("m", "nat")), ". Taga-", _L(g.town()), " po ako.\n", _P(a.first),
            " (admin): Salamat po! Donor ref DB-", g.digits(6), ".\n"]


# ---- Swahili


@_tpl("SW", "sms thread", "music-festival volunteers")
def _sw_festival_sms(g):
    p = g.person()
    return ["TAMASHA LA SAUTI ZA PWANI: Habari ", _P(p.first), ", zamu yako ya kujitolea ni tarehe ", g.date(back=0, fwd=10),
            " saa ", g.hm(), ", lango C. Namba ya beji TS", g.digits(5), ".\n", _P(p.first), ": Asante. Naitwa ", _P(p.full),
            ", natoka ", _L(g.town()), ". Simu yangu mpya ni ", _T(g.phone("m", "nat")), "\nTAMASHA LA SAUTI ZA PWANI: Sawa. Malipo ya M-Pesa ",
            g.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), " TSh ", str(g.r.randint(5, 20)), ",000 yamepokelewa.\n"]


# ----------------------------------------------------------------------------- rendering and checks

_EDGE_BAD = set(" \t\n\"'()[]{}<>,;:!?")
_SSN_RE = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0 and 13 <= len(d) <= 19


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def _check_value(label: str, v: str) -> None:
    assert label in LABELS, label
    assert v and v == v.strip(), (label, v)
    opening_paren = label == "PHONE_NUMBER" and v[0] == "(" and ")" in v
    assert (v[0] not in _EDGE_BAD or opening_paren) and v[-1] not in _EDGE_BAD, (label, v)
    if v.endswith("."):
        assert label == "STREET_ADDRESS" or (label == "PERSON" and re.search(r"\b\w\.$", v)), (label, v)
    if label == "CREDIT_CARD":
        assert _luhn_ok(v), v
    elif label == "US_SSN":
        m = _SSN_RE.match(v)
        assert m and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" and m.group(3) != "0000", v
    elif label == "IBAN_CODE":
        assert _iban_ok(v), v
    elif label == "EMAIL_ADDRESS":
        assert _EMAIL_RE.match(v), v
    elif label == "US_BANK_NUMBER":
        assert v.isdigit() and 8 <= len(v) <= 17, v


def _render(pieces: list) -> Text:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for pc in pieces:
        if isinstance(pc, tuple):
            label, val = pc
            _check_value(label, val)
            spans.append((pos, pos + len(val), label))
            parts.append(val)
            pos += len(val)
        else:
            assert isinstance(pc, str), pc
            parts.append(pc)
            pos += len(pc)
    text = "".join(parts)
    last = -1
    for (s, e, lab), pc in zip(spans, [p for p in pieces if isinstance(p, tuple)]):
        assert text[s:e] == pc[1] and s >= last, (s, e, lab)
        last = e
    return Text(text, spans)


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        g = _G(random.Random(f"cove-{seed}-{i}-{t['name']}"), t["loc"])
        out.append(_render(t["fn"](g)))
    return out


# ----------------------------------------------------------------------------- structured tables

_PH = ["N/A", "-", "unknown", "n/a", "?"]


def _bool(g, r):
    return g.c(["true", "false", "TRUE", "0", "1"])


def _yn(g, r):
    return g.c(["Y", "N", "yes", "no"])


def _pets(g, r):
    return g.c(["Biscuit", "Luna", "Max", "Pepper", "Mabel", "Rocky", "Nala", "Ziggy", "Filou", "Tuc", "Karamel", "Bruno"])


_COMPANIES = ["Harper & Finch Ltd", "Morgan Stanley", "Johnson Controls", "Ben & Jerry's", "Wendy's", "Ford Motor Co",
              "Marks & Spencer", "Dell Technologies", "Philips", "Ferrero", "Carlsberg", "Tommy Hilfiger"]


def _spec(rows: int, rng: random.Random, codes: list[str], cols: list[tuple]) -> list[Column]:
    gens = {c: _G(random.Random(f"{rng.random()}-{c}"), c) for c in codes}
    recs = []
    for _ in range(rows):
        code = rng.choice(codes)
        g = gens[code]
        recs.append({"code": code, "p": g.person(), "p2": g.person()})
    out = []
    for col in cols:
        header, entity, fn, blank = col[:4]
        ph = col[4] if len(col) > 4 else 0.0
        vals: list[str | None] = []
        for rec in recs:
            g = gens[rec["code"]]
            x = rng.random()
            if x < blank:
                vals.append(None)
            elif x < blank + ph:
                vals.append(rng.choice(_PH))
            else:
                v = fn(g, rec)
                if entity is not None:
                    _check_value(entity, v)
                vals.append(v)
        out.append(Column(header, entity, vals))
    return out


def _t_driving(rows, rng):
    return _spec(rows, rng, ["GB"], [
        ("pupil_id", None, lambda g, r: g.ref("GD", 6), 0),
        ("forename", "PERSON", lambda g, r: r["p"].first, 0),
        ("surname", "PERSON", lambda g, r: r["p"].last, 0.02),
        ("dob", "DATE_OF_BIRTH", lambda g, r: g.dob(1985, 2009, "%d/%m/%Y"), 0.1),
        ("provisional_licence_no", None, lambda g, r: r["p"].last[:5].upper().ljust(5, "9") + g.digits(6) + g.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(1) + g.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), 0.2),
        ("tel", "PHONE_NUMBER", lambda g, r: g.phone("m"), 0.05, 0.03),
        ("phone_type", None, lambda g, r: g.c(["mobile", "home", "work"]), 0),
        ("email", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0.1),
        ("email_verified", None, _bool, 0),
        ("addr1", "STREET_ADDRESS", lambda g, r: g.addr(), 0.15),
        ("address_type", None, lambda g, r: g.c(["home", "term-time", "billing"]), 0.3),
        ("pickup_branch", None, lambda g, r: g.c(["Leeds Headingley", "York Central", "Derby Ring Road"]), 0),
        ("instructor_code", None, lambda g, r: g.ref("ADI", 6), 0),
        ("package_name", None, lambda g, r: g.c(["Intensive 20h", "Pass Plus", "Refresher 5h"]), 0),
        ("amount_paid_gbp", None, lambda g, r: g.amount(), 0.1),
        ("card_last4", None, lambda g, r: g.digits(4), 0.3),
        ("theory_test_date", None, lambda g, r: g.date(back=300, fwd=60), 0.4),
        ("created_at", None, lambda g, r: g.ts(), 0),
    ])


def _t_marina(rows, rng):
    return _spec(rows, rng, ["ES", "CAT"], [
        ("IdReserva", None, lambda g, r: g.ref("MBA-", 6), 0),
        ("Nombre", "PERSON", lambda g, r: r["p"].first, 0),
        ("Apellidos", "PERSON", lambda g, r: r["p"].last, 0),
        ("Telefono", "PHONE_NUMBER", lambda g, r: g.phone(g.c(["m", "f"]), "nat"), 0.1),
        ("TipoTelefono", None, lambda g, r: g.c(["móvil", "fijo"]), 0),
        ("CorreoElectronico", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0.2),
        ("Poblacion", "LOCATION", lambda g, r: g.town(), 0.1),
        ("IBAN", "IBAN_CODE", lambda g, r: g.iban("ES"), 0.35),
        ("SWIFT", None, lambda g, r: g.bic(), 0.35),
        ("Embarcacion", None, lambda g, r: g.c(["Beneteau Oceanis 38", "Jeanneau Sun Odyssey", "Zodiac Medline"]), 0),
        ("NombreBarco", None, lambda g, r: g.c(["Carmen", "Lola", "Esperanza", "Marieta", "Blau"]), 0.1),
        ("Matricula", None, lambda g, r: f"7ª-{g.c(['BA', 'TA', 'GI'])}-{g.digits(1)}-{g.digits(3)}-{g.digits(2)}", 0),
        ("Amarre", None, lambda g, r: f"{g.c('ABCDEF')}-{g.digits(2)}", 0),
        ("Eslora", None, lambda g, r: f"{g.r.randint(5, 18)},{g.digits(1)}", 0),
        ("GPS", None, lambda g, r: g.gps(), 0.2),
        ("Importe", None, lambda g, r: g.amount(), 0),
        ("FechaEntrada", None, lambda g, r: g.date(back=30, fwd=120), 0),
        ("FechaSalida", None, lambda g, r: g.date(back=0, fwd=200), 0.1),
    ])


def _t_blood(rows, rng):
    return _spec(rows, rng, ["US"], [
        ("donor_id", None, lambda g, r: g.ref("LD-", 8), 0),
        ("first_name", "PERSON", lambda g, r: r["p"].first, 0),
        ("last_name", "PERSON", lambda g, r: r["p"].last, 0),
        ("ssn", "US_SSN", lambda g, r: g.ssn(), 0.45),
        ("ssn_last4", None, lambda g, r: g.digits(4), 0.2),
        ("dob", "DATE_OF_BIRTH", lambda g, r: g.dob(1950, 2007, "%m/%d/%Y"), 0),
        ("dob_verified", None, _yn, 0),
        ("home_phone", "PHONE_NUMBER", lambda g, r: g.phone("f", "nat"), 0.3),
        ("street_address", "STREET_ADDRESS", lambda g, r: g.f.street_address(), 0.05),
        ("zip", None, lambda g, r: g.digits(5), 0),
        ("blood_type", None, lambda g, r: g.c(["O+", "O-", "A+", "B+", "AB-"]), 0),
        ("hemoglobin_g_dl", None, lambda g, r: f"{g.r.uniform(12, 17):.1f}", 0),
        ("unit_barcode", None, lambda g, r: "W" + g.digits(4) + str(_TODAY.year % 100) + g.digits(6), 0),
        ("collection_site", None, lambda g, r: g.c(["Omaha Westroads", "Tucson Mall Drive", "Raleigh Crabtree"]), 0),
        ("last_donation", None, lambda g, r: g.date(back=400, fwd=0), 0.25),
        ("kiosk_ip", None, lambda g, r: g.privip(), 0),
        ("portal_pwd_hash", None, lambda g, r: g.bcrypt(), 0.3),
        ("consent_signed_at", None, lambda g, r: g.ts(), 0),
    ])


def _t_funeral(rows, rng):
    return _spec(rows, rng, ["IE"], [
        ("Case No", None, lambda g, r: g.ref("HF/", 5), 0),
        ("Deceased Name", "PERSON", lambda g, r: r["p"].full, 0),
        ("Date of Birth", "DATE_OF_BIRTH", lambda g, r: g.dob(1925, 1965, "%-d %B %Y"), 0.05),
        ("Date of Death", None, lambda g, r: g.date(back=60, fwd=0), 0),
        ("Home Town", "LOCATION", lambda g, r: g.town(), 0.1),
        ("Last Address", "STREET_ADDRESS", lambda g, r: g.addr(), 0.05),
        ("Next of Kin", "PERSON", lambda g, r: f"{r['p2'].first} {r['p'].last}", 0.05),
        ("NOK Phone", "PHONE_NUMBER", lambda g, r: g.phone("m"), 0.1),
        ("NOK Email", "EMAIL_ADDRESS", lambda g, r: g.email(r["p2"]), 0.3),
        ("Relationship", None, lambda g, r: g.c(["son", "daughter", "spouse", "niece", "brother"]), 0),
        ("Church / Venue", None, lambda g, r: g.c(["St. Nicholas' Church", "Church of St. Brigid", "Holy Family Church"]), 0),
        ("Coffin Model", None, lambda g, r: g.c(["Kilkenny Oak", "Veneered Elm", "Wicker Willow"]), 0),
        ("Quote Total EUR", None, lambda g, r: g.amount(), 0),
        ("Deposit Card", None, lambda g, r: g.masked(), 0.4),
        ("Notice Ref", None, lambda g, r: g.digits(6), 0.2),
        ("Plot GPS", None, lambda g, r: g.gps(), 0.5),
        ("Branch", None, lambda g, r: g.c(["Galway Office", "Tralee Office", "Sligo Office"]), 0),
        ("Created", None, lambda g, r: g.ts(), 0),
    ])


def _t_campsite(rows, rng):
    return _spec(rows, rng, ["NL", "DE"], [
        ("boekingsnummer", None, lambda g, r: g.ref("PCH-", 6), 0),
        ("voornaam", "PERSON", lambda g, r: r["p"].first, 0),
        ("achternaam", "PERSON", lambda g, r: r["p"].last, 0),
        ("geboortedatum", "DATE_OF_BIRTH", lambda g, r: g.dob(1950, 2005), 0.3),
        ("woonplaats", "LOCATION", lambda g, r: g.town(), 0.05),
        ("adres", "STREET_ADDRESS", lambda g, r: g.addr_lines()[0], 0.1),
        ("telefoon", "PHONE_NUMBER", lambda g, r: g.phone(), 0.1),
        ("email", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0.05),
        ("iban", "IBAN_CODE", lambda g, r: g.iban(), 0.4),
        ("kenteken", None, lambda g, r: f"{g.chars(2, 'GHJKLNPRSTXZ')}-{g.digits(3)}-{g.chars(1, 'BDFGHJKLNPRSTVXZ')}", 0.1),
        ("huisdier_naam", None, _pets, 0.6),
        ("plaatsnummer", None, lambda g, r: f"{g.c('ABC')}{g.digits(2)}", 0),
        ("accommodatie", None, lambda g, r: g.c(["Chalet Veluwe 4p", "Safaritent", "Kampeerplaats Comfort"]), 0),
        ("aankomst", None, lambda g, r: g.date(back=0, fwd=200), 0),
        ("bedrag", None, lambda g, r: g.amount(), 0),
        ("wifi_code", None, lambda g, r: g.chars(8, "abcdefghjkmnpqrstuvwxyz23456789"), 0),
        ("park", None, lambda g, r: g.c(["Pinecone Park Zwolle", "Pinecone Park Breda", "Pinecone Park Münster"]), 0),
        ("laatst_gewijzigd", None, lambda g, r: g.ts(), 0),
    ])


def _t_newspaper(rows, rng):
    return _spec(rows, rng, ["FR"], [
        ("num_abonne", None, lambda g, r: g.digits(8), 0),
        ("civilite", None, lambda g, r: g.c(["M.", "Mme"]), 0),
        ("nom", "PERSON", lambda g, r: r["p"].last.upper(), 0),
        ("prenom", "PERSON", lambda g, r: r["p"].first, 0.05),
        ("adresse_livraison", "STREET_ADDRESS", lambda g, r: g.addr(), 0),
        ("type_adresse", None, lambda g, r: g.c(["domicile", "résidence secondaire", "bureau"]), 0),
        ("tel_portable", "PHONE_NUMBER", lambda g, r: g.phone("m", "nat"), 0.2, 0.02),
        ("courriel", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0.25),
        ("courriel_valide", None, _bool, 0),
        ("iban_prelevement", "IBAN_CODE", lambda g, r: g.iban("FR"), 0.3),
        ("ref_mandat_sepa", None, lambda g, r: "RUM-" + g.digits(10), 0.3),
        ("formule", None, lambda g, r: g.c(["Week-end", "7/7 papier", "Numérique"]), 0),
        ("tarif_mensuel", None, lambda g, r: g.amount(), 0),
        ("tournee", None, lambda g, r: g.c(["Rennes-Nord 12", "Angers 3", "Vitré 7"]), 0),
        ("date_debut", None, lambda g, r: g.date(back=2000, fwd=0), 0),
        ("mot_de_passe_modifie_le", None, lambda g, r: g.date(back=500, fwd=0), 0.5),
        ("app_version", None, lambda g, r: g.version(), 0.4),
    ])


def _t_festival(rows, rng):
    return _spec(rows, rng, ["AU", "NZ"], [
        ("volunteerId", None, lambda g, r: g.ref("V", 6), 0),
        ("givenName", "PERSON", lambda g, r: r["p"].first, 0),
        ("familyName", "PERSON", lambda g, r: r["p"].last, 0),
        ("dateOfBirth", "DATE_OF_BIRTH", lambda g, r: g.dob(1960, 2008), 0.1),
        ("mobile", "PHONE_NUMBER", lambda g, r: g.phone("m"), 0),
        ("mobileVerified", None, _bool, 0),
        ("emailAddress", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0),
        ("homeTown", "LOCATION", lambda g, r: g.town(), 0.2),
        ("emergencyContact", "PERSON", lambda g, r: r["p2"].full, 0.15),
        ("portalPassword", "PASSWORD", lambda g, r: g.pw(), 0.5),
        ("lastLoginIp", "IP_ADDRESS", lambda g, r: g.ip(), 0.2),
        ("tshirtSize", None, lambda g, r: g.c(["S", "M", "L", "XL"]), 0),
        ("role", None, lambda g, r: g.c(["gate", "bar", "recycling", "stage crew"]), 0),
        ("shiftStart", None, lambda g, r: g.ts(), 0),
        ("wristbandUid", None, lambda g, r: g.sha(14).upper(), 0),
        ("deviceImei", None, lambda g, r: g.imei(), 0.5),
        ("campsitePitch", None, lambda g, r: f"{g.c('ABCDE')}{g.digits(3)}", 0.3),
        ("favouriteAct", None, lambda g, r: g.c(["Taylor Swift", "Billie Eilish", "Fred again..", "Dua Lipa", "Lorde"]), 0.2),
        ("sessionToken", None, lambda g, r: g.sha(40), 0),
    ])


def _t_hearing(rows, rng):
    return _spec(rows, rng, ["SI", "RO"], [
        ("ID_PACIENT", None, lambda g, r: g.ref("P", 7), 0),
        ("IME", "PERSON", lambda g, r: r["p"].first.upper(), 0),
        ("PRIIMEK", "PERSON", lambda g, r: r["p"].last.upper(), 0),
        ("DATUM_ROJSTVA", "DATE_OF_BIRTH", lambda g, r: g.dob(1930, 1975), 0),
        ("KRAJ", "LOCATION", lambda g, r: g.town(), 0.1),
        ("NASLOV", "STREET_ADDRESS", lambda g, r: g.addr(), 0.1),
        ("TEL", "PHONE_NUMBER", lambda g, r: g.phone("f", "nat"), 0.3),
        ("TEL_TIP", None, lambda g, r: g.c(["stacionarni", "mobilni"]), 0),
        ("NAPOTNICA_ST", None, lambda g, r: g.digits(10), 0.2),
        ("APARAT_MODEL", None, lambda g, r: g.c(["Signia Pure 7X", "Phonak Audéo L90", "Oticon Intent 1"]), 0),
        ("FIRMWARE", None, lambda g, r: g.version(), 0),
        ("SERIJSKA_ST", None, lambda g, r: g.ref("SN", 10), 0),
        ("DB_LEVO", None, lambda g, r: str(g.r.randint(20, 90)), 0),
        ("DB_DESNO", None, lambda g, r: str(g.r.randint(20, 90)), 0),
        ("POSLOVALNICA", None, lambda g, r: g.c(["Celje", "Kranj", "Cluj-Napoca", "Sibiu"]), 0),
        ("DATUM_PREGLEDA", None, lambda g, r: g.date(back=400, fwd=30), 0),
        ("ZNESEK", None, lambda g, r: g.amount(), 0.2),
    ])


def _t_cars(rows, rng):
    return _spec(rows, rng, ["PL"], [
        ("ogloszenie.id", None, lambda g, r: g.nonphone(10, "1"), 0),
        ("sprzedawca.imie", "PERSON", lambda g, r: r["p"].first, 0),
        ("sprzedawca.nazwisko", "PERSON", lambda g, r: r["p"].last, 0.1),
        ("sprzedawca.telefon", "PHONE_NUMBER", lambda g, r: g.phone("m", g.c(["nat", "intl"])), 0),
        ("sprzedawca.email", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0.1),
        ("sprzedawca.miasto", "LOCATION", lambda g, r: g.town(), 0),
        ("sprzedawca.konto", "IBAN_CODE", lambda g, r: g.iban("PL"), 0.55),
        ("sprzedawca.haslo", "PASSWORD", lambda g, r: g.pw(), 0.4),
        ("sprzedawca.ip", "IP_ADDRESS", lambda g, r: g.ip(), 0.1),
        ("auto.marka", None, lambda g, r: g.c(["Škoda Octavia", "Toyota Corolla", "Ford Focus", "Mercedes-Benz C 200"]), 0),
        ("auto.vin", None, lambda g, r: "WVW" + g.chars(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0),
        ("auto.rejestracja", None, lambda g, r: g.c(["PO ", "GD ", "LU ", "KR "]) + g.chars(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0.2),
        ("auto.przebieg_km", None, lambda g, r: str(g.r.randint(20000, 310000)), 0),
        ("auto.cena_pln", None, lambda g, r: g.amount(), 0),
        ("auto.rok", None, lambda g, r: str(g.r.randint(2005, 2024)), 0),
        ("ogloszenie.dodano", None, lambda g, r: g.ts(), 0),
        ("platnosc.karta", None, lambda g, r: g.masked(), 0.3),
        ("platnosc.status", None, lambda g, r: g.c(["opłacone", "oczekuje", "zwrot"]), 0),
        ("oddzial", None, lambda g, r: g.c(["Poznań Franowo", "Gdańsk Oliwa", "Lublin Felin"]), 0),
    ])


def _t_freight(rows, rng):
    return _spec(rows, rng, ["TR", "GB"], [
        ("ShipmentRef", None, lambda g, r: g.ref("CBF", 8), 0),
        ("ConsigneeCompany", None, lambda g, r: g.c(_COMPANIES), 0),
        ("ContactFirst", "PERSON", lambda g, r: r["p"].first, 0.1),
        ("ContactLast", "PERSON", lambda g, r: r["p"].last, 0.1),
        ("ContactPhone", "PHONE_NUMBER", lambda g, r: g.phone(g.c(["m", "f"])), 0),
        ("ContactEmail", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0),
        ("DeliveryAddress", "STREET_ADDRESS", lambda g, r: g.addr(), 0),
        ("ApiKey", "API_KEY", lambda g, r: g.key(), 0.5),
        ("PublishableKey", None, lambda g, r: g.pubkey(), 0.5),
        ("ContainerNo", None, lambda g, r: g.c(["MSCU", "TGHU", "MSKU"]) + g.digits(7), 0),
        ("HsCode", None, lambda g, r: f"{g.digits(4)}.{g.digits(2)}.{g.digits(2)}", 0),
        ("GrossWeightKg", None, lambda g, r: str(g.r.randint(100, 24000)), 0),
        ("Incoterm", None, lambda g, r: g.c(["FOB", "CIF", "EXW", "DAP"]), 0),
        ("OriginPort", None, lambda g, r: g.c(["TRMER", "TRIST", "GBFXT", "GBSOU"]), 0),
        ("TrackingNo", None, lambda g, r: "1Z" + g.chars(16, string.ascii_uppercase + string.digits), 0.2),
        ("FreightUsd", None, lambda g, r: g.amount(), 0),
        ("EtaDate", None, lambda g, r: g.date(back=0, fwd=60), 0),
        ("WebhookSecretHash", None, lambda g, r: g.sha(), 0.3),
        ("EdiGatewayIp", None, lambda g, r: g.privip(), 0),
        ("CreatedUtc", None, lambda g, r: g.ts(), 0),
    ])


def _t_youth(rows, rng):
    return _spec(rows, rng, ["CA", "EE"], [
        ("member_no", None, lambda g, r: g.ref("M", 5), 0),
        ("col_2", "PERSON", lambda g, r: r["p"].first, 0),
        ("col_3", "PERSON", lambda g, r: r["p"].last, 0),
        ("col_4", "DATE_OF_BIRTH", lambda g, r: g.dob(2008, 2019), 0),
        ("col_5", None, lambda g, r: g.c(["U8", "U10", "U12", "U14", "U16"]), 0),
        ("field_3", "PERSON", lambda g, r: f"{r['p2'].first} {r['p'].last}", 0.05),
        ("field_4", "PHONE_NUMBER", lambda g, r: g.phone("m"), 0.05),
        ("field_5", "EMAIL_ADDRESS", lambda g, r: g.email(r["p2"]), 0.15, 0.03),
        ("attr1", "STREET_ADDRESS", lambda g, r: g.addr(), 0.2),
        ("attr2", None, lambda g, r: g.c(["home", "mailing", "billing"]), 0),
        ("jersey_no", None, lambda g, r: str(g.r.randint(1, 99)), 0),
        ("team", None, lambda g, r: g.c(["Lakeshore Lightning", "Northside Otters", "Tartu Tähed", "Valley Voyageurs"]), 0),
        ("medical_form", None, lambda g, r: g.uuid(), 0.3),
        ("photo_consent", None, _yn, 0),
        ("fee", None, lambda g, r: g.amount(), 0),
        ("card_last4", None, lambda g, r: g.digits(4), 0.4),
        ("registered_at", None, lambda g, r: g.ts(), 0),
        ("kit_sponsor", None, lambda g, r: g.c(["Tim Hortons", "Wendy's", "Tommy Hilfiger"]), 0),
    ])


def _t_piano(rows, rng):
    return _spec(rows, rng, ["IT", "BR"], [
        ("Student ID", None, lambda g, r: g.ref("KS", 5), 0),
        ("Student Name", "PERSON", lambda g, r: r["p"].full, 0),
        ("Data di nascita", "DATE_OF_BIRTH", lambda g, r: g.dob(1990, 2019), 0.1),
        ("Genitore", "PERSON", lambda g, r: r["p2"].full, 0.4),
        ("Città", "LOCATION", lambda g, r: g.town(), 0.1),
        ("Indirizzo", "STREET_ADDRESS", lambda g, r: g.addr(), 0.2),
        ("Cellulare", "PHONE_NUMBER", lambda g, r: g.phone("m", "nat"), 0.05),
        ("E-mail", "EMAIL_ADDRESS", lambda g, r: g.email(r["p2"]), 0.1),
        ("Card Number", "CREDIT_CARD", lambda g, r: g.card(), 0.6),
        ("Card Expiry", None, lambda g, r: g.expiry(), 0.6),
        ("Strumento", None, lambda g, r: g.c(["pianoforte", "violino", "chitarra", "Yamaha U1"]), 0),
        ("Livello", None, lambda g, r: g.c(["ABRSM 2", "ABRSM 5", "Trinity 3", "principiante"]), 0),
        ("Brano", None, lambda g, r: g.c(["Für Elise", "Clair de Lune", "Gymnopédie No.1", "Chopin Nocturne Op. 9"]), 0),
        ("Compositore preferito", None, lambda g, r: g.c(["Chopin", "Bach", "Villa-Lobos", "Debussy"]), 0.3),
        ("Retta mensile", None, lambda g, r: g.amount(), 0),
        ("Sala", None, lambda g, r: g.c(["Sala Verdi", "Sala Rossini", "Sala Tom Jobim"]), 0),
        ("Ultimo accesso", None, lambda g, r: g.ts(), 0.2),
        ("Password Hash", None, lambda g, r: g.argon(), 0.3),
        ("Sede", None, lambda g, r: g.c(["Bologna Centro", "Verona Sud", "Curitiba Batel"]), 0),
    ])


def _t_support_users(rows, rng):
    return _spec(rows, rng, ["US", "IN"], [
        ("USER_ID", None, lambda g, r: g.uuid(), 0),
        ("FULL_NAME", "PERSON", lambda g, r: g.nm(r["p"]), 0),
        ("LOGIN_EMAIL", "EMAIL_ADDRESS", lambda g, r: g.email(r["p"]), 0),
        ("PWD", "PASSWORD", lambda g, r: g.pw(), 0.3),
        ("PWD_CHANGED_AT", None, lambda g, r: g.ts(), 0.3),
        ("PWD_HASH", None, lambda g, r: g.bcrypt(), 0),
        ("API_TOKEN", "API_KEY", lambda g, r: g.key(), 0.4),
        ("API_TOKEN_SHA256", None, lambda g, r: g.sha(), 0.4),
        ("LAST_IP", "IP_ADDRESS", lambda g, r: g.ip(), 0.1),
        ("VPN_IP", None, lambda g, r: g.privip(), 0.3),
        ("PAYOUT_ACCT", "US_BANK_NUMBER", lambda g, r: g.bank(), 0.5),
        ("PAYOUT_ROUTING", None, lambda g, r: g.routing(), 0.5),
        ("CLIENT_VERSION", None, lambda g, r: g.version(), 0),
        ("MFA_OTP_LAST", None, lambda g, r: g.otp(), 0.5),
        ("COMPANY", None, lambda g, r: g.c(["Gearshift Driving Academy", "ClearTone Hearing", "AutoRelay", "Keynote Piano Studio"]), 0),
        ("NAME_OF_PRODUCT", None, lambda g, r: g.c(["Roster Pro", "Donor Desk", "Berth Manager", "Mabel CRM"]), 0),
        ("ROLE", None, lambda g, r: g.c(["admin", "agent", "viewer"]), 0),
        ("CREATED", None, lambda g, r: g.ts(), 0),
    ])


_TABLES = [
    ("driving_school_pupils", _t_driving), ("marina_berth_bookings", _t_marina), ("blood_donors", _t_blood),
    ("funeral_cases", _t_funeral), ("campsite_bookings", _t_campsite), ("newspaper_subscribers", _t_newspaper),
    ("festival_volunteers", _t_festival), ("hearing_clinic_patients", _t_hearing), ("car_marketplace_sellers", _t_cars),
    ("freight_shipments", _t_freight), ("youth_sports_members", _t_youth), ("music_lesson_students", _t_piano),
    ("support_portal_users", _t_support_users),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, fn in _TABLES:
        out[name] = fn(rows, random.Random(f"cove-{seed}-{name}"))
    return out
