"""Accuracy split "bluff": labelled free text and structured tables for the PII-scanner benchmark.

Data card
---------
Author / date: helper "bluff", 2026-11-27 (fixed "today" used for all relative dates).

Independence: written only from the author prompt (/tmp/prompts/bluff.md), `ls bench/`, and local outputs of
Faker 40.63 (names only) and phonenumbers 9.0 (example numbers, validation, formatting).  No other repository
file was opened (not rules/, pii_audit/, tests/, docs/, bench/results, bench/accuracy*.py, other splits, README,
SPEC); bench/accuracy_data.py was only imported with the interface given in the prompt.  The scanner and
Presidio were never read or run.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 62]); structured(rows, seed) ->
dict[table, list[Column]]; TEMPLATES.  Deterministic: every draw comes from random.Random(f"bluff-{seed}-...")
string seeds; Faker instances are re-seeded from that rng before each use; no clock, no set iteration.

Domains: free text = CRM / support / messaging content (mails with signatures and '>' quoted replies, forwarded
mail, WhatsApp/Teams/Messenger/live-chat exports, SMS threads, tickets with internal notes, CRM and call notes,
lower-case speech-to-text transcripts, key: value / key=value / JSON-lines form dumps, nginx log, app trace,
YAML config, OCR'd form, pasted spreadsheet rows, push notifications, a changelog and a Basque maintenance notice
without any PII).  Tables = pawnshop / second-hand dealer, garage + MOT bookings, sports clubs, river and sea
cruises, dog-walking / pet-sitting app, hearing-aid clinic.

Languages (62 templates): English 34 = US 5, GB 4, CA 2, AU 3, IN 3, IE 2, ZA 2, NZ 2, SG 1, PH 2, NG 2, KE 1,
no fixed country 5 (nginx log, app trace, YAML config, push notifications, changelog); other 28 = German 2,
French 2, Spanish 2, Italian 2, Portuguese (PT) 2, Dutch 2, Swedish 2, Czech 2, Galician 2, Basque 2, Maltese 2,
Welsh 2, Latvian 2, Albanian 2.  Names, towns, streets, postcodes, phone prefixes and date formats come from
per-country hand lists (Faker supplies first/last names for US GB CA AU NZ DE FR ES IT PT NL SE CZ LV).

Value rules: phones are drawn per country and must pass phonenumbers.is_valid_number when parsed with the
country as default region (national, international, E.164 and bare-digit styles); cards from _luhn (Visa,
Mastercard 5x/2x, Amex; spaced or not); SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers
8-12 digits; IBANs from _iban_of (spaced or not; GB for Welsh, ES for Galician/Basque); public IPs from
_ip_public_v4/_v6; API keys are plaintext secret keys (sk_live_, ghp_, xoxb-, SG., AIza, ak_ hex).

Label conventions as applied: PERSON as written (full, first, surname, lower/upper case, "Last, First",
"First L." with the period inside); titles (Mr, Ms, Frau, Sig.ra, M., Mme, Sr.) outside; chat speakers labelled;
brand/company/venue/ship names containing person names, pet names and intercom surnames of shops are not
(an intercom surname of a person is).  STREET_ADDRESS: street line + postcode + town as one span, multi-line
blocks one span, each '>'-quoted line its own span, signature business addresses labelled, bare street lines
labelled.  LOCATION: towns a person lives in / moved to / was born in / travels to; branch, depot, office,
clinic, store and sign-in locations are not.  DATE_OF_BIRTH only for birth dates.  PASSWORD / API_KEY only the
plaintext secret.  Spans never include quotes, brackets or trailing punctuation and never overlap (asserted in
_render together with text[s:e] == inserted value).

Look-alikes (never labelled): masked cards, last-4, expiry, CVV, private IPv4, version strings, bcrypt/argon2
hashes, sha/hex session ids and build hashes, UUIDs, order/ticket/claim/policy/booking/tracking/AWB numbers,
OTPs and door/gate codes, IMEIs (Luhn-valid), ABA routing numbers, UK sort codes, SWIFT/BIC, IFSC, TIN, ABN,
GPS coordinates, amounts, timestamps and non-birth dates, publishable Stripe keys, Twilio account SIDs, MAC
addresses, licence plates, VINs, pet names, branch towns, brand names with person names.

Tables (columns total / PII / look-alike; header style; locales):
  pawnshop_pledges 21/8/13 snake_case + abbreviations (tel, dob, addr1) [US]
  secondhand_purchases 18/6/12 spaced Title Case [GB, IE]
  werkstatt_kunden 18/7/11 German headers [DE]
  mot_bookings 20/6/14 camelCase + opaque col_7 (DOB) [GB, Welsh]
  club_leden 19/8/11 Dutch snake_case [NL]
  club_app_logins 18/6/12 Swedish headers + opaque field_3 (email) [SE]
  cruise_passengers 20/8/12 PascalCase [US, CA]
  cruzeiros_douro 18/7/11 dotted Portuguese [PT]
  dogwalk_users 21/9/12 snake_case + pwd [AU, NZ]
  petsitting_reservations 18/7/11 UPPER_SNAKE French + opaque ATTR2 (email) [FR]
  centro_acustico_pazienti 18/7/11 spaced Italian [IT]
  hearing_aid_orders 19/7/12 abbreviations + opaque field_1 (name), attr2 (town) [CZ, LV, MT]
Blank rates 0-80% per column; a few placeholders (N/A, -, unknown, n/a, ?) in some phone columns.

Known limits: text in Maltese, Welsh, Basque, Galician, Latvian and Albanian is author-written and simple;
postcodes are plausible in shape and prefix, not checked against postal databases; US phone area codes and
towns are drawn independently; chat timestamps are not ordered; a person's e-mail local part is derived from
their name, so names can reappear inside e-mails (inside the EMAIL span only).
"""
from __future__ import annotations

import datetime as _dt
import json
import random
import string
import unicodedata

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)

# ---------------------------------------------------------------------------
# country / language configuration (hand-written lists; Faker only for names)
# ---------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, r: random.Random) -> Faker:
    fk = _FAKERS.get(loc)
    if fk is None:
        fk = _FAKERS[loc] = Faker(loc)
    fk.seed_instance(r.randrange(2**31))
    return fk


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


# (towns with postcode maker) per country key.  postcode maker: prefix + random tail pattern.
# pattern chars: # = digit, @ = upper letter, others literal.
def _pat(r: random.Random, p: str) -> str:
    out = []
    for ch in p:
        if ch == "#":
            out.append(r.choice(string.digits))
        elif ch == "@":
            out.append(r.choice("ABDEFGHJLNPQRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


CFG: dict[str, dict] = {
    "US": dict(region="US", faker="en_US", iban=None,
               towns=[("Columbus", "OH 432", "614"), ("Austin", "TX 787", "512"), ("Tacoma", "WA 984", "253"),
                      ("Raleigh", "NC 276", "919"), ("Boise", "ID 837", "208"), ("Dayton", "OH 454", "937"),
                      ("Fresno", "CA 937", "559"), ("Albany", "NY 122", "518"), ("Spokane", "WA 992", "509")],
               streets=["Maple Ave", "Oak Street", "W 34th St", "Elm Drive", "Pine Ridge Rd", "Lakeview Blvd",
                        "Cedar Ln", "N Main St", "Sycamore Court", "Hillcrest Dr"],
               domains=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
    "GB": dict(region="GB", faker="en_GB", iban="GB",
               towns=[("Leeds", "LS# #@@"), ("Bristol", "BS# #@@"), ("Norwich", "NR# #@@"), ("Reading", "RG# #@@"),
                      ("Sheffield", "S# #@@"), ("Exeter", "EX# #@@"), ("Derby", "DE# #@@"), ("York", "YO# #@@"),
                      ("Nottingham", "NG# #@@")],
               streets=["Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Avenue", "Queens Road",
                        "Grange Close", "Albert Terrace", "Manor Way", "Springfield Road"],
               domains=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"]),
    "CA": dict(region="CA", faker="en_CA", iban=None,
               towns=[("Halifax", "NS B3H #@#", "902"), ("Calgary", "AB T2N #@#", "403"), ("Winnipeg", "MB R3C #@#", "204"),
                      ("Ottawa", "ON K1P #@#", "613"), ("Kelowna", "BC V1Y #@#", "250"), ("Saskatoon", "SK S7K #@#", "306")],
               streets=["Birch Ave", "King St W", "Jasper Avenue", "Portage Ave", "Spring Garden Rd", "Bernard Ave",
                        "Elm Street", "Lakeshore Dr"],
               domains=["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com", "telus.net"]),
    "AU": dict(region="AU", faker="en_AU", iban=None,
               towns=[("Brisbane", "QLD 4000", "7"), ("Geelong", "VIC 3220", "3"), ("Wollongong", "NSW 2500", "2"),
                      ("Fremantle", "WA 6160", "8"), ("Hobart", "TAS 7000", "3"), ("Adelaide", "SA 5000", "8"),
                      ("Townsville", "QLD 4810", "7"), ("Ballarat", "VIC 3350", "3")],
               streets=["Wattle St", "Banksia Crescent", "Ocean Parade", "Bay Road", "Jacaranda Drive", "Gum Tree Lane",
                        "Esplanade", "Kookaburra Court"],
               domains=["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"]),
    "IN": dict(region="IN", faker=None, iban=None,
               firsts_m=["Rahul", "Vikram", "Arjun", "Rohit", "Karthik", "Amit", "Sanjay", "Nikhil", "Aditya", "Harish"],
               firsts_f=["Priya", "Ananya", "Sneha", "Kavya", "Deepa", "Meera", "Pooja", "Lakshmi", "Divya", "Shruti"],
               lasts=["Sharma", "Iyer", "Patel", "Nair", "Reddy", "Gupta", "Menon", "Kulkarni", "Deshmukh", "Chatterjee",
                      "Verma", "Pillai"],
               towns=[("Pune", "411###"), ("Bengaluru", "560###"), ("Chennai", "600###"), ("Jaipur", "302###"),
                      ("Kochi", "682###"), ("Lucknow", "226###"), ("Hyderabad", "500###")],
               streets=["MG Road", "Koregaon Park Lane 5", "100 Feet Road, Indiranagar", "Anna Salai", "Church Street",
                        "Residency Road", "Link Road, Andheri West"],
               domains=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "IE": dict(region="IE", faker=None, iban="IE",
               firsts_m=["Ciarán", "Pádraig", "Eoin", "Seán", "Cian", "Darragh", "Oisín", "Conor", "Liam"],
               firsts_f=["Siobhán", "Aoife", "Niamh", "Gráinne", "Róisín", "Orla", "Caoimhe", "Sinéad", "Clodagh"],
               lasts=["Murphy", "O'Brien", "Byrne", "Kelly", "McCarthy", "O'Sullivan", "Walsh", "Doyle", "Fitzgerald",
                      "Ní Bhriain", "Quinlan"],
               towns=[("Galway", "H91 @#@#"), ("Cork", "T12 @#@#"), ("Limerick", "V94 @#@#"), ("Athlone", "N37 @#@#"),
                      ("Sligo", "F91 @#@#"), ("Kilkenny", "R95 @#@#")],
               streets=["Main Street", "Shop Street", "Oliver Plunkett Street", "Church View", "Castle Road",
                        "The Crescent", "Bóthar na Trá"],
               domains=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"]),
    "ZA": dict(region="ZA", faker=None, iban=None,
               firsts_m=["Thabo", "Sipho", "Pieter", "Johan", "Kagiso", "Riaan", "Bongani", "Mandla", "Francois"],
               firsts_f=["Lerato", "Nomvula", "Annelie", "Zanele", "Chantelle", "Thandi", "Marike", "Palesa", "Naledi"],
               lasts=["Nkosi", "van der Merwe", "Botha", "Dlamini", "Naidoo", "Pretorius", "Mokoena", "Khumalo",
                      "du Plessis", "Govender", "Steyn"],
               towns=[("Durban", "4001"), ("Pretoria", "0002"), ("Stellenbosch", "7600"), ("Gqeberha", "6001"),
                      ("Bloemfontein", "9301"), ("Polokwane", "0700"), ("Pietermaritzburg", "3201")],
               streets=["Jan Smuts Avenue", "Long Street", "Dorp Street", "Florida Road", "Church Street",
                        "Voortrekker Road", "Nelson Mandela Drive"],
               domains=["gmail.com", "mweb.co.za", "webmail.co.za", "telkomsa.net", "outlook.com"]),
    "NZ": dict(region="NZ", faker="en_NZ", iban=None,
               towns=[("Hamilton", "3216"), ("Tauranga", "3110"), ("Dunedin", "9016"), ("Nelson", "7010"),
                      ("Napier", "4110"), ("Palmerston North", "4410"), ("Whangārei", "0110")],
               streets=["Kauri Place", "Rimu Street", "Pōhutukawa Drive", "Marine Parade", "Totara Avenue",
                        "Harbour View Road"],
               domains=["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"]),
    "SG": dict(region="SG", faker=None, iban=None,
               firsts_m=["Wei Ming", "Jun Jie", "Muhammad Hafiz", "Rajesh", "Kai Xiang", "Darren"],
               firsts_f=["Hui Min", "Nur Aisyah", "Shu Fen", "Priya", "Mei Ling", "Siti Nurhaliza"],
               lasts=["Tan", "Lim", "Ng", "Wong", "Rahman", "Kumar", "Chua", "Goh", "Osman"],
               towns=[("Singapore", "999##")],
               streets=["Ang Mo Kio Ave 3", "Tampines St 81", "Jurong West St 52", "Bedok North Rd",
                        "Toa Payoh Lor 1", "Yishun Ring Rd"],
               domains=["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
    "PH": dict(region="PH", faker=None, iban=None,
               firsts_m=["Jose", "Mark Anthony", "Paolo", "Rodel", "Jericho", "Carlo", "Ramon"],
               firsts_f=["Maria Cristina", "Joy", "Kristine", "Lovely", "Angelica", "Rowena", "Bea"],
               lasts=["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Ramos", "Garcia",
                      "Aquino", "Castillo"],
               towns=[("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Iloilo City", "5000"),
                      ("Baguio", "2600"), ("Pasig", "1600")],
               streets=["Mabini St.", "Rizal Avenue", "Osmeña Blvd.", "J.P. Laurel Ave.", "Session Road",
                        "Katipunan Ave."],
               domains=["gmail.com", "yahoo.com.ph", "outlook.com"]),
    "NG": dict(region="NG", faker=None, iban=None,
               firsts_m=["Chinedu", "Tunde", "Emeka", "Ibrahim", "Oluwaseun", "Femi", "Uche", "Musa"],
               firsts_f=["Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Bukola", "Amina", "Adaeze", "Yetunde"],
               lasts=["Okafor", "Adeyemi", "Bello", "Okonkwo", "Eze", "Abubakar", "Ogunleye", "Nwosu", "Balogun"],
               towns=[("Lagos", "101###"), ("Abuja", "900###"), ("Port Harcourt", "500###"), ("Ibadan", "200###"),
                      ("Enugu", "400###"), ("Kano", "700###")],
               streets=["Adeola Odeku Street", "Allen Avenue", "Aminu Kano Crescent", "Ogui Road",
                        "Aba Road", "Ring Road"],
               domains=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(region="KE", faker=None, iban=None,
               firsts_m=["Otieno", "Kamau", "Kiprop", "Omondi", "Mwangi", "Brian", "Kevin"],
               firsts_f=["Wanjiru", "Achieng", "Njeri", "Chebet", "Wambui", "Faith", "Mercy"],
               lasts=["Mwangi", "Otieno", "Kariuki", "Ochieng", "Kipchoge", "Njoroge", "Wafula", "Mutua"],
               towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                      ("Eldoret", "30100")],
               streets=["Kenyatta Avenue", "Moi Avenue", "Ngong Road", "Oginga Odinga Street", "Kimathi Street"],
               domains=["gmail.com", "yahoo.com", "outlook.com"]),
    "DE": dict(region="DE", faker="de_DE", iban="DE",
               towns=[("Leipzig", "041##"), ("Freiburg im Breisgau", "790##"), ("Bremen", "281##"),
                      ("Kassel", "341##"), ("Augsburg", "861##"), ("Münster", "481##"), ("Rostock", "181##")],
               streets=["Lindenstraße", "Am Markt", "Goethestr.", "Bahnhofstraße", "Schillerweg", "Hauptstraße",
                        "Kirchgasse"],
               domains=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"]),
    "FR": dict(region="FR", faker="fr_FR", iban="FR",
               towns=[("Lyon", "6900#"), ("Nantes", "440##"), ("Lille", "590##"), ("Rennes", "350##"),
                      ("Montpellier", "340##"), ("Dijon", "210##"), ("Toulouse", "310##")],
               streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                        "impasse des Tilleuls", "chemin du Moulin"],
               domains=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "ES": dict(region="ES", faker="es_ES", iban="ES",
               towns=[("Valencia", "460##"), ("Sevilla", "410##"), ("Zaragoza", "500##"), ("Málaga", "290##"),
                      ("Valladolid", "470##"), ("Murcia", "300##")],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de la Alameda",
                        "Calle San Vicente", "Plaza del Carmen"],
               domains=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]),
    "IT": dict(region="IT", faker="it_IT", iban="IT",
               towns=[("Bologna", "401##"), ("Torino", "101##"), ("Bari", "701##"), ("Verona", "371##"),
                      ("Firenze", "501##"), ("Padova", "351##")],
               streets=["Via Garibaldi", "Corso Vittorio Emanuele", "Via Roma", "Viale dei Mille", "Via San Felice",
                        "Piazza Cavour"],
               domains=["libero.it", "gmail.com", "tiscali.it", "virgilio.it", "alice.it"]),
    "PT": dict(region="PT", faker="pt_PT", iban="PT",
               towns=[("Porto", "4000-###"), ("Braga", "4700-###"), ("Coimbra", "3000-###"), ("Faro", "8000-###"),
                      ("Aveiro", "3800-###"), ("Setúbal", "2900-###")],
               streets=["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua Direita",
                        "Travessa do Carmo", "Largo da Sé"],
               domains=["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"]),
    "NL": dict(region="NL", faker="nl_NL", iban="NL",
               towns=[("Utrecht", "35## @@"), ("Groningen", "97## @@"), ("Eindhoven", "56## @@"),
                      ("Haarlem", "20## @@"), ("Zwolle", "80## @@"), ("Leiden", "23## @@")],
               streets=["Kerkstraat", "Dorpsweg", "Molenlaan", "Oudegracht", "Stationsplein", "Julianalaan"],
               domains=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"]),
    "SE": dict(region="SE", faker="sv_SE", iban="SE",
               towns=[("Uppsala", "753 ##"), ("Malmö", "211 ##"), ("Umeå", "903 ##"), ("Linköping", "582 ##"),
                      ("Örebro", "702 ##"), ("Västerås", "722 ##")],
               streets=["Storgatan", "Drottninggatan", "Kyrkvägen", "Björkvägen", "Skolgatan", "Sjögatan"],
               domains=["telia.com", "gmail.com", "hotmail.se", "bredband.net"]),
    "CZ": dict(region="CZ", faker="cs_CZ", iban=None,
               towns=[("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Liberec", "460 01"),
                      ("Ostrava", "702 00"), ("České Budějovice", "370 01")],
               streets=["Masarykova", "Nádražní", "Husova", "Palackého", "Komenského", "Zahradní"],
               domains=["seznam.cz", "email.cz", "centrum.cz", "gmail.com"]),
    "GL": dict(region="ES", faker=None, iban="ES",
               firsts_m=["Xoán", "Breixo", "Iago", "Brais", "Anxo", "Roi", "Martiño", "Uxío"],
               firsts_f=["Antía", "Uxía", "Sabela", "Noa", "Xiana", "Iria", "Mariña", "Olalla"],
               lasts=["Castro", "Vázquez", "Otero", "Fernández", "Rivas", "Piñeiro", "Lema", "Soutullo", "Bouzas",
                      "Carballo", "Regueiro"],
               towns=[("Santiago de Compostela", "157##"), ("Lugo", "270##"), ("Ourense", "320##"), ("Vigo", "362##"),
                      ("Pontevedra", "360##"), ("A Coruña", "150##"), ("Ferrol", "154##")],
               streets=["Rúa do Vilar", "Rúa Nova", "Avenida de Vigo", "Rúa da Raíña", "Praza do Toural",
                        "Rúa do Progreso"],
               domains=["gmail.com", "mundo-r.com", "hotmail.com", "yahoo.es"]),
    "EU": dict(region="ES", faker=None, iban="ES",
               firsts_m=["Iker", "Unai", "Aitor", "Jon", "Ander", "Gorka", "Xabier", "Mikel"],
               firsts_f=["Ane", "Miren", "Nahia", "Maialen", "Irati", "Uxue", "Itziar", "Amaia"],
               lasts=["Etxeberria", "Agirre", "Goikoetxea", "Zubizarreta", "Arrieta", "Urrutia", "Elorza",
                      "Mendizabal", "Larrañaga", "Iturbe"],
               towns=[("Donostia", "200##"), ("Bilbo", "480##"), ("Gasteiz", "010##"), ("Eibar", "20600"),
                      ("Getxo", "48990"), ("Tolosa", "20400"), ("Durango", "48200")],
               streets=["Kale Nagusia", "Foruen kalea", "Askatasunaren etorbidea", "Urdaneta kalea",
                        "Zumalakarregi kalea", "Jauregi kalea"],
               domains=["euskalnet.net", "gmail.com", "hotmail.com", "telefonica.net"]),
    "MT": dict(region="MT", faker=None, iban=None,
               firsts_m=["Joseph", "Mark", "Daniel", "Karl", "Ġużeppi", "Matthew", "Clayton", "Kurt"],
               firsts_f=["Maria", "Rita", "Stephanie", "Roberta", "Charlene", "Marija", "Doris", "Lara"],
               lasts=["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Attard", "Spiteri",
                      "Micallef", "Mifsud"],
               towns=[("Birkirkara", "BKR ####"), ("Sliema", "SLM ####"), ("Mosta", "MST ####"),
                      ("Żabbar", "ZBR ####"), ("Qormi", "QRM ####"), ("Rabat", "RBT ####"), ("Żejtun", "ZTN ####")],
               streets=["Triq il-Kbira", "Triq San Pawl", "Triq il-Kappillan", "Triq id-Dejqa", "Triq ir-Repubblika",
                        "Triq il-Wied"],
               domains=["gmail.com", "maltanet.net", "onvol.net", "go.net.mt"]),
    "CY": dict(region="GB", faker=None, iban="GB",
               phones=(["7700", "7911", "7480", "7825"], ["29", "1970", "1286", "1248", "1792", "1654"]),
               firsts_m=["Rhys", "Dafydd", "Iolo", "Siôn", "Llŷr", "Gethin", "Emyr", "Gwion"],
               firsts_f=["Cerys", "Gwenllian", "Elin", "Nia", "Megan", "Lowri", "Heledd", "Ffion"],
               lasts=["Jones", "Williams", "Davies", "Evans", "Pritchard", "Pugh", "Lloyd", "Morgan", "Hughes",
                      "Owen", "ap Gwilym"],
               towns=[("Caerdydd", "CF1# #@@"), ("Aberystwyth", "SY23 #@@"), ("Caernarfon", "LL55 #@@"),
                      ("Bangor", "LL57 #@@"), ("Abertawe", "SA# #@@"), ("Machynlleth", "SY20 #@@"),
                      ("Caerfyrddin", "SA31 #@@")],
               streets=["Heol y Frenhines", "Stryd Fawr", "Ffordd Penglais", "Lôn Las", "Heol yr Eglwys",
                        "Stryd y Bont"],
               domains=["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]),
    "LV": dict(region="LV", faker="lv_LV", iban=None,
               towns=[("Rīga", "LV-10##"), ("Jelgava", "LV-30##"), ("Liepāja", "LV-34##"), ("Daugavpils", "LV-54##"),
                      ("Valmiera", "LV-42##"), ("Cēsis", "LV-41##")],
               streets=["Brīvības iela", "Elizabetes iela", "Lāčplēša iela", "Rīgas iela", "Skolas iela",
                        "Dzirnavu iela"],
               domains=["inbox.lv", "gmail.com", "apollo.lv", "one.lv"]),
    "AL": dict(region="AL", faker=None, iban=None,
               firsts_m=["Arben", "Dritan", "Ilir", "Gentian", "Erion", "Besnik", "Altin", "Fatos"],
               firsts_f=["Elira", "Besa", "Anisa", "Jonida", "Klea", "Mirela", "Ornela", "Entela"],
               lasts=["Hoxha", "Shehu", "Krasniqi", "Gashi", "Dervishi", "Leka", "Kola", "Marku", "Basha", "Çela",
                      "Xhafa"],
               towns=[("Tiranë", "1001"), ("Durrës", "2001"), ("Shkodër", "4001"), ("Vlorë", "9401"),
                      ("Korçë", "7001"), ("Elbasan", "3001"), ("Berat", "5001")],
               streets=["Rruga Myslym Shyri", "Rruga e Durrësit", "Rruga Ismail Qemali", "Bulevardi Zogu I",
                        "Rruga e Kavajës", "Rruga Sami Frashëri"],
               domains=["gmail.com", "yahoo.com", "abcom.al", "outlook.com"]),
}

# national significant number prefixes for phones; validated with phonenumbers, fallback to example mutation
_PHONE = {
    "GB": (["7700", "7911", "7480", "7825", "7956", "7712"], ["113", "117", "1603", "118", "114", "1392", "1332"]),
    "AU": (["41", "42", "43", "45", "47"], ["7", "3", "2", "8"]),
    "IN": (["98", "99", "97", "90", "88", "70"], ["20", "80", "44", "141"]),
    "IE": (["83", "85", "86", "87", "89"], ["91", "21", "61", "90", "71"]),
    "ZA": (["72", "82", "83", "71", "76"], ["21", "31", "12", "51"]),
    "NZ": (["21", "22", "27"], ["3", "4", "6", "7", "9"]),
    "SG": (["8", "9"], ["6"]),
    "PH": (["917", "918", "905", "927", "998"], ["2", "32", "82", "33"]),
    "NG": (["803", "805", "806", "813", "816"], ["1", "9"]),
    "KE": (["712", "722", "733", "701", "110"], ["20", "41"]),
    "DE": (["151", "160", "170", "176", "157"], ["341", "761", "421", "561", "821", "251"]),
    "FR": (["6", "7"], ["1", "2", "3", "4", "5"]),
    "ES": (["6", "7"], ["91", "96", "95", "98", "94"]),
    "IT": (["3"], ["0"]),
    "PT": (["91", "92", "93", "96"], ["21", "22", "239", "289"]),
    "NL": (["6"], ["30", "50", "40", "23", "38", "71"]),
    "SE": (["70", "72", "73", "76"], ["18", "40", "90", "13", "19"]),
    "CZ": (["60", "72", "73", "77"], ["5", "2", "3", "4"]),
    "MT": (["79", "99", "77"], ["21", "27"]),
    "LV": (["2"], ["6"]),
    "AL": (["67", "68", "69"], ["4", "52", "22"]),
}

_NSN_LEN = {("DE", "m"): [10, 11], ("DE", "f"): [9, 10, 11], ("IE", "f"): [8, 9], ("IT", "f"): [9, 10],
            ("GB", "f"): [10], ("CZ", "f"): [9], ("NG", "f"): [8, 9]}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "gl": ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro",
           "novembro", "decembro"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
    "mt": ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
           "Novembru", "Diċembru"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"],
}

# date formats per country key (numeric first, then optional long form)
_DFMT = {
    "US": ["{m:02d}/{d:02d}/{y}", "{m}/{d}/{y}", "{M} {d}, {y}"],
    "CA": ["{y}-{m:02d}-{d:02d}", "{M} {d}, {y}", "{d:02d}/{m:02d}/{y}"],
    "PH": ["{m:02d}/{d:02d}/{y}", "{M} {d}, {y}"],
    "GB": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"], "IE": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "AU": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"], "NZ": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "IN": ["{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}"], "ZA": ["{y}/{m:02d}/{d:02d}", "{d} {M} {y}"],
    "SG": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"], "NG": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "KE": ["{d:02d}/{m:02d}/{y}", "{d}-{m:02d}-{y}"],
    "DE": ["{d:02d}.{m:02d}.{y}", "{d}. {M} {y}"], "FR": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "ES": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"], "IT": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "PT": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"], "NL": ["{d:02d}-{m:02d}-{y}", "{d} {M} {y}"],
    "SE": ["{y}-{m:02d}-{d:02d}", "{d} {M} {y}"], "CZ": ["{d}. {m}. {y}", "{d:02d}.{m:02d}.{y}"],
    "GL": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"], "EU": ["{y}/{m:02d}/{d:02d}", "{y}-{m:02d}-{d:02d}"],
    "MT": ["{d:02d}/{m:02d}/{y}", "{d} ta' {M} {y}"], "CY": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
    "LV": ["{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}"], "AL": ["{d:02d}.{m:02d}.{y}", "{d} {M} {y}"],
}
_MLANG = {"US": "en", "CA": "en", "PH": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "IN": "en",
          "ZA": "en", "SG": "en", "NG": "en", "KE": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it",
          "PT": "pt", "NL": "nl", "SE": "sv", "CZ": "en", "GL": "gl", "EU": "en", "MT": "mt", "CY": "cy",
          "LV": "en", "AL": "sq"}


class Person:
    def __init__(self, first: str, last: str, g: str):
        self.first, self.last, self.g = first, last, g

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Loc:
    """Per-text locale helper: every random draw comes from the text's rng."""

    def __init__(self, key: str, r: random.Random):
        self.k, self.c, self.r = key, CFG[key], r

    # -- people ---------------------------------------------------------
    def person(self, g: str | None = None) -> Person:
        r, c = self.r, self.c
        g = g or r.choice("mf")
        if c["faker"]:
            fk = _faker(c["faker"], r)
            first = fk.first_name_male() if g == "m" else fk.first_name_female()
            lastf = getattr(fk, "last_name_male" if g == "m" else "last_name_female", None)
            last = lastf() if lastf else fk.last_name()
        else:
            first = r.choice(c["firsts_m"] if g == "m" else c["firsts_f"])
            last = r.choice(c["lasts"])
        return Person(first, last, g)

    # -- contact --------------------------------------------------------
    def phone(self, kind: str = "m", style: str | None = None) -> str:
        r, region = self.r, self.c["region"]
        meta_cc = _pn.country_code_for_region(region)
        num = None
        if region in ("US", "CA"):
            town = r.choice(self.c["towns"])
            for _ in range(200):
                nsn = town[2] + str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(6))
                cand = _pn.parse(f"+1{nsn}")
                if _pn.is_valid_number(cand) and _pn.region_code_for_number(cand) == region:
                    num = cand
                    break
        else:
            pref = self.c.get("phones", _PHONE[region])[0 if kind == "m" else 1]
            ex = _pn.example_number_for_type(region, _pn.PhoneNumberType.MOBILE if kind == "m"
                                             else _pn.PhoneNumberType.FIXED_LINE)
            lens = _NSN_LEN.get((region, kind), [len(_pn.national_significant_number(ex))])
            for _ in range(400):
                p = r.choice(pref)
                ln = r.choice(lens) - len(p)
                if ln < 3:
                    continue
                nsn = p + "".join(r.choice(string.digits) for _ in range(ln))
                cand = _pn.parse(f"+{meta_cc}{nsn}")
                if _pn.is_valid_number(cand) and _pn.region_code_for_number(cand) == region:
                    num = cand
                    break
        if num is None:  # fallback: mutate the library example
            ex = _pn.example_number_for_type(region, _pn.PhoneNumberType.MOBILE if kind == "m"
                                             else _pn.PhoneNumberType.FIXED_LINE)
            base = _pn.national_significant_number(ex)
            while True:
                nsn = base[:-4] + "".join(r.choice(string.digits) for _ in range(4))
                cand = _pn.parse(f"+{meta_cc}{nsn}")
                if _pn.is_valid_number(cand):
                    num = cand
                    break
        style = style or r.choice(["nat", "nat", "intl", "e164"])
        if style == "nat":
            s = _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL)
        elif style == "intl":
            s = _pn.format_number(num, _pn.PhoneNumberFormat.INTERNATIONAL)
        elif style == "e164":
            s = _pn.format_number(num, _pn.PhoneNumberFormat.E164)
        else:  # "raw": national digits, no spaces
            s = "".join(ch for ch in _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL) if ch.isdigit())
        chk = _pn.parse(s, region)
        assert _pn.is_valid_number(chk), (s, region)
        return s

    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        r = self.r
        p = p or self.person()
        f, last = _ascii(p.first.replace(" ", "")), _ascii(p.last.replace(" ", "").replace("'", ""))
        local = r.choice([f"{f}.{last}", f"{f}{last}{r.randint(1, 99)}", f"{f[0]}{last}", f"{f}_{last}",
                          f"{last}.{f}", f"{f}{r.randint(70, 2005)}"])
        return f"{local}@{domain or r.choice(self.c['domains'])}"

    # -- places ---------------------------------------------------------
    def town(self) -> str:
        return self.r.choice(self.c["towns"])[0]

    def other_town(self, not_this: str) -> str:
        ts = [t[0] for t in self.c["towns"] if t[0] != not_this]
        return self.r.choice(ts) if ts else not_this

    def address(self) -> tuple[str, str, str]:
        """(street line, postcode+town line, town) in the country's order."""
        r, k, c = self.r, self.k, self.c
        t = r.choice(c["towns"])
        town, pc = t[0], _pat(r, t[1])
        st = r.choice(c["streets"])
        n = r.randint(1, 240)
        if k in ("US",):
            line1 = f"{n * 7 + 100} {st}" + r.choice(["", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"])
            return line1, f"{town}, {pc[:-3]}{_pat(r, pc[-3:] + '##')}", town
        if k == "CA":
            return f"{n * 3 + 10} {st}" + r.choice(["", f", Unit {r.randint(101, 1905)}"]), f"{town}, {pc}", town
        if k in ("GB", "CY"):
            return r.choice(["", f"Flat {r.randint(1, 12)}, "]) + f"{n} {st}", f"{town} {pc}", town
        if k == "AU":
            return r.choice(["", f"Unit {r.randint(1, 20)}/"]) + f"{n} {st}", f"{town} {pc}", town
        if k == "IN":
            return (f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {r.choice(['Sai Residency', 'Lotus Enclave', 'Green Park Apts'])}, "
                    f"{st}", f"{town} {pc[:3]} {pc[3:6]}" if r.random() < 0.3 else f"{town} - {pc[:6]}", town)
        if k == "IE":
            return f"{n} {st}", f"{town}, {pc}", town
        if k in ("ZA", "KE", "NG", "NZ"):
            return f"{n} {st}", f"{town} {pc[:6] if k == 'NG' else pc}", town
        if k == "SG":
            return (f"Blk {n + 100} {st}, #{r.randint(2, 25):02d}-{r.randint(1, 400)}",
                    f"Singapore {r.choice(['56', '52', '64', '46', '31', '76'])}{_pat(r, '####')}", town)
        if k == "PH":
            return f"{n} {st}, Brgy. {r.choice(['San Roque', 'Poblacion', 'Lahug', 'Kapitolyo'])}", f"{town} {pc}", town
        if k in ("DE",):
            return f"{st} {n % 80 + 1}{r.choice(['', '', 'a', 'b'])}", f"{pc[:5]} {town}", town
        if k == "FR":
            return f"{n % 90 + 1} {st}", f"{pc} {town.upper() if r.random() < 0.3 else town}", town
        if k in ("ES", "GL"):
            return (f"{st} {n % 90 + 1}" + r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}"]),
                    f"{pc} {town}", town)
        if k == "EU":
            return f"{st} {n % 60 + 1}, {r.randint(1, 6)}. {r.choice(['ezk', 'esk', 'A', 'B'])}", f"{pc} {town}", town
        if k == "IT":
            return f"{st} {n % 120 + 1}", f"{pc} {town}", town
        if k == "PT":
            return f"{st}, {n % 200 + 1}" + r.choice(["", ", 2.º Esq.", ", 3.º Dto."]), f"{pc} {town}", town
        if k == "NL":
            return f"{st} {n % 150 + 1}" + r.choice(["", "", "-bis", " A"]), f"{pc} {town}", town
        if k == "SE":
            return f"{st} {n % 60 + 1}" + r.choice(["", " lgh 1102"]), f"{pc} {town}", town
        if k == "CZ":
            return f"{st} {n * 4 + 100}/{n % 40 + 1}", f"{pc} {town}", town
        if k == "MT":
            return f"{n % 90 + 1}, {st}", f"{town} {pc}", town
        if k == "LV":
            return f"{st} {n % 90 + 1}-{r.randint(1, 40)}", f"{town}, {pc}", town
        if k == "AL":
            return f"{st}, Nr. {n % 90 + 1}", f"{pc} {town}", town
        raise KeyError(k)

    def addr1(self, sep: str = ", ") -> tuple[str, str]:
        a, b, t = self.address()
        return a + sep + b, t

    # -- dates ----------------------------------------------------------
    def fmt_date(self, d: _dt.date, which: int | None = None) -> str:
        fmts = _DFMT[self.k]
        f = fmts[which if which is not None else self.r.randrange(len(fmts))]
        M = MONTHS[_MLANG[self.k]][d.month - 1]
        return f.format(d=d.day, m=d.month, y=d.year, M=M)

    def dob_date(self) -> _dt.date:
        return _dt.date(1940, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 24000))

    def dob(self, which: int | None = None) -> str:
        return self.fmt_date(self.dob_date(), which)

    def date(self, which: int | None = None, back: int = 400, ahead: int = 60) -> str:
        d = TODAY + _dt.timedelta(days=self.r.randint(-back, ahead))
        return self.fmt_date(d, which)

    def iban(self, spaced: bool | None = None) -> str:
        cc = self.c["iban"] or "DE"
        s = _iban_of(self.r, cc)
        if spaced if spaced is not None else self.r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s


# ---------------------------------------------------------------------------
# value makers (PII and look-alikes)
# ---------------------------------------------------------------------------
P, E, PH, CC, SSN, BANK, IB, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                   "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
SA, LOC, DOB, PW, KEY = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
_HEX = "0123456789abcdef"
_AN = string.ascii_letters + string.digits


def _rs(r: random.Random, n: int, alpha: str = _AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def card(r: random.Random, spaced: bool | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "amex", "mc2"])
    if kind == "visa":
        s = _luhn(r, "4", 16)
    elif kind == "mc":
        s = _luhn(r, "5" + str(r.randint(1, 5)), 16)
    elif kind == "mc2":
        s = _luhn(r, "22" + str(r.randint(21, 70)), 16)
    else:
        s = _luhn(r, r.choice(["34", "37"]), 15)
    if spaced if spaced is not None else r.random() < 0.6:
        if len(s) == 15:
            s = f"{s[:4]} {s[4:10]} {s[10:]}"
        else:
            sep = r.choice([" ", " ", "-"])
            s = sep.join(s[i:i + 4] for i in range(0, 16, 4))
    return s


def ssn(r: random.Random, dashed: bool = True) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if dashed else s.replace("-", "")


def us_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _rs(r, r.randint(7, 11), string.digits)


def routing(r: random.Random) -> str:  # ABA checksum-valid routing number (look-alike)
    while True:
        d = [r.choice([0, 1, 2, 3])] + [r.randint(0, 9) for _ in range(7)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def password(r: random.Random) -> str:
    w = r.choice(["Sunshine", "bluebird", "Marlow", "tigger", "Kestrel", "Pumpkin", "harbour", "Galaxy", "Coffee",
                  "maple", "Dragon", "Zebra", "Saoirse", "Lisboa", "Kalimera", "Orkney", "fuzzy"])
    return r.choice([
        f"{w}{r.randint(1, 99)}{r.choice('!#$@?*')}",
        f"{w.lower()}_{r.randint(1960, 2025)}",
        f"{w[:3]}{r.choice('!#$%')}{_rs(r, 6)}{r.randint(0, 9)}",
        _rs(r, r.randint(10, 16), _AN + "!#%&*-_"),
        f"{w}{w[::-1].lower()}{r.randint(10, 99)}",
    ])


def api_key(r: random.Random) -> str:
    k = r.choice(["stripe", "gh", "slack", "sg", "google", "generic"])
    if k == "stripe":
        return "sk_live_" + _rs(r, 24)
    if k == "gh":
        return "ghp_" + _rs(r, 36)
    if k == "slack":
        return f"xoxb-{_rs(r, 11, string.digits)}-{_rs(r, 12, string.digits)}-{_rs(r, 24)}"
    if k == "sg":
        return f"SG.{_rs(r, 22)}.{_rs(r, 43)}"
    if k == "google":
        return "AIza" + _rs(r, 35, _AN + "-_")
    return "ak_" + _rs(r, 32, _HEX)


# look-alikes
def pk_key(r):
    return "pk_live_" + _rs(r, 24)


def twilio_sid(r):
    return "AC" + _rs(r, 32, _HEX)


def sha256(r):
    return _rs(r, 64, _HEX)


def bcrypt(r):
    return "$2b$12$" + _rs(r, 53, string.ascii_letters + string.digits + "./")


def argon(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${_rs(r, 22)}${_rs(r, 43)}"


def uuid4(r):
    h = _rs(r, 32, _HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def masked(r):
    last4 = _rs(r, 4, string.digits)
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}",
                     f"{_rs(r, 4, '3456')}********{last4}"])


def last4(r):
    return _rs(r, 4, string.digits)


def priv_ip(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def version(r):
    return f"{r.randint(1, 17)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


def imei(r):
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def gps(r, lat=(35.0, 60.0), lon=(-10.0, 30.0)):
    return f"{r.uniform(*lat):.5f}, {r.uniform(*lon):.5f}"


def ts(r, sep="T"):
    d = TODAY - _dt.timedelta(days=r.randint(0, 90), seconds=r.randint(0, 86399))
    return f"{d.isoformat()}{sep}{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def hm(r):
    return f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"


def ref(r, prefix="", n=8, alpha=string.ascii_uppercase + string.digits):
    return prefix + _rs(r, n, alpha)


def otp(r):
    return _rs(r, 6, string.digits)


def amount(r, cur="$", lo=5, hi=900):
    return f"{cur}{r.randint(lo, hi)}.{r.randint(0, 99):02d}"


def swift(r):
    return r.choice(["DEUTDEFF", "BARCGB22", "AIBKIE2D", "INGBNL2A", "BNPAFRPP", "CAIXESBB", "BCITITMM",
                     "NDEASESS", "KOMBCZPP", "HABALV22", "VALLMTMT", "SGSBALTX", "CITIUS33"])


def ip4(r):
    return _ip_public_v4(r)


def ip6(r):
    return _ip_public_v6(r)


# ---------------------------------------------------------------------------
# templates: each returns a list of parts (str, or (value, label))
# ---------------------------------------------------------------------------
class _Tpl:
    __slots__ = ("name", "lang", "fn")

    def __init__(self, name: str, lang: str, fn):
        self.name, self.lang, self.fn = name, lang, fn

    def __repr__(self) -> str:
        return f"<template {self.name} [{self.lang}]>"


TEMPLATES: list[_Tpl] = []


def _t(lang: str):
    def deco(fn):
        TEMPLATES.append(_Tpl(fn.__name__.lstrip("_"), lang, fn))
        return fn
    return deco


def _quoted(parts: list, lines: list) -> None:
    """append '> '-quoted lines; each item is str or (value, label)."""
    for ln in lines:
        parts.append("> ")
        if isinstance(ln, tuple):
            parts.append(ln)
        else:
            parts.append(ln)
        parts.append("\n")


# ---- United States (5) ----------------------------------------------------
@_t("en-US")
def _us_email_reply(r):
    L = Loc("US", r)
    c, a = L.person(), L.person()
    st, ct, _ = L.address()
    ph = L.phone()
    wph = L.phone("f", "nat")
    em = L.email(c)
    order = ref(r, "#", 7, string.digits)
    return [
        "Subject: Re: Refund for order ", order, "\n\nHi ", (c.first, P), ",\n\n",
        r.choice(["Thanks for getting back to us. ", "Sorry for the delay here! ", ""]),
        "I've issued the refund of ", amount(r), " to the card ending ", last4(r),
        "; it can take 5-10 business days to show up. If you still want the replacement shipped, just confirm the "
        "address below is right.\n\nBest,\n", (a.full, P), "\nCustomer Care | Hollis & Baker Home Goods\n",
        "Direct: ", (wph, PH), " | ",
        ("support@hollisbaker.com", E), "\n\nOn ", L.date(2), ", ", (c.full, P), " <", (em, E), "> wrote:\n",
    ] + _q_us(r, c, st, ct, ph)


def _q_us(r, c, st, ct, ph):
    parts: list = []
    _quoted(parts, ["Hi, I never got my package. Tracking says delivered but nothing here.",
                    "Ship to:", (st, SA), (ct, SA), ["Cell ", ph]])
    # flatten list-lines
    out: list = []
    for p in parts:
        if isinstance(p, list):
            out.extend([p[0], (p[1], PH)])
        else:
            out.append(p)
    return out + ["> Thanks, ", (c.first, P), "\n"]


@_t("en-US")
def _us_ticket_internal(r):
    L = Loc("US", r)
    c, agent = L.person(), L.person()
    acct, rt = us_account(r), routing(r)
    s = ssn(r)
    return [
        "Ticket ", ref(r, "ZD-", 6, string.digits), " | Priority: High | Channel: phone\n",
        "Requester: ", (c.full, P), " (", (L.email(c), E), ")\n",
        "---\n[internal note - ", (agent.first + " " + agent.last[0] + ".", P), "]\n",
        "Caller verified w/ last 4 of SSN only, then read out full SSN ", (s, SSN),
        " when I asked for DOB by mistake. DOB on file ", (L.dob(0), DOB), ".\n",
        "Wants ACH refund instead of card. Routing ", rt, ", acct ", (acct, BANK), " (checking).\n",
        "Card on file ", masked(r), " exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", ".\n",
        "Do NOT store the SSN in the ticket body - redact before closing. Claim # ", ref(r, "CLM-", 8, string.digits),
        "\n",
    ]


@_t("en-US")
def _us_stt_call(r):
    L = Loc("US", r)
    c, a = L.person(), L.person()
    d = L.dob_date()
    dob = f"{MONTHS['en'][d.month - 1].lower()} {d.day} {d.year}"
    cd = card(r, spaced=True)
    town = L.town()
    return [
        "[transcript auto-generated, confidence 0.81]\n",
        "agent: thank you for calling this is ", (a.first.lower(), P), " can i get your name please\n",
        "caller: yeah it's ", (c.first.lower() + " " + c.last.lower(), P), "\n",
        "agent: and your date of birth\ncaller: ", (dob, DOB), "\n",
        "agent: ok and you're calling from ", r.choice(["", "uh "]), (town.lower(), LOC), "\n",
        "caller: yes i just moved back to ", (town.lower(), LOC), " last month\n",
        "agent: got it um what card would you like to use\ncaller: ", (cd.lower(), CC),
        " expiry ", f"{r.randint(1, 12):02d} {r.randint(27, 30)}", " and the code is ", _rs(r, 3, string.digits), "\n",
        "agent: perfect your confirmation number is ", ref(r, "", 9, string.digits), "\n",
    ]


@_t("en-US")
def _us_signup_jsonl(r):
    L = Loc("US", r)
    out: list = []
    for _ in range(r.randint(2, 3)):
        c = L.person()
        st, ct, _ = L.address()
        pw = password(r)
        out += ['{"event":"signup","ts":"', ts(r), '","user_id":"', uuid4(r), '","name":"', (c.full, P),
                '","email":"', (L.email(c), E), '","phone":"', (L.phone(style="e164"), PH), '","dob":"',
                (L.dob(0), DOB), '","ssn":"', (ssn(r), SSN), '","address":"', (st + ", " + ct, SA),
                '","ip":"', (ip4(r), IP), '","password":"', (json.dumps(pw)[1:-1], PW),
                '","client":"ios/', version(r), '"}\n']
    return out


@_t("en-US")
def _us_sms_delivery(r):
    L = Loc("US", r)
    c = L.person()
    st, ct, _ = L.address()
    code = otp(r)
    return [
        "FedUp Delivery: Your package ", ref(r, "1Z", 16), " is out for delivery to ", (st, SA),
        ". Reply STOP to opt out.\n",
        "Me: can you leave it with my neighbor ", (L.person().first, P), " at ", (L.phone(style="nat"), PH),
        "? door code is ", code[:4], "\n",
        "FedUp Delivery: Sorry, we can't read replies. Manage delivery at fedup.example/d/", ref(r, "", 10), "\n",
        "Me: ugh. ", (c.first, P), " here btw if anyone reads this\n",
    ]


# ---- United Kingdom (4) ---------------------------------------------------
@_t("en-GB")
def _gb_whatsapp(r):
    L = Loc("GB", r)
    a, b = L.person(), L.person()
    st, ct, town = L.address()
    d = L.date(0, back=20, ahead=0)
    mob = L.phone("m", "nat")
    return [
        f"[{d}, {hm(r)}:{r.randint(10, 59)}] ", (a.full, P), ": hiya, is the sofa still available?\n",
        f"[{d}, {hm(r)}:{r.randint(10, 59)}] ", (b.full, P), ": Yes! £", str(r.randint(40, 250)),
        " ono, collection only from ", (st + ", " + ct, SA), "\n",
        f"[{d}, {hm(r)}:{r.randint(10, 59)}] ", (a.full, P), ": brill, i'm coming over from ",
        (L.other_town(town), LOC), " saturday, can i ring you on ", (mob, PH), "?\n",
        f"[{d}, {hm(r)}:{r.randint(10, 59)}] ", (b.full, P), ": yep that's me. my partner ",
        (L.person().first, P), " will be in if i'm not \U0001f44d\n",
        f"[{d}, {hm(r)}:{r.randint(10, 59)}] ", (a.full, P), ": <Media omitted>\n",
    ]


@_t("en-GB")
def _gb_crm_call_note(r):
    L = Loc("GB", r)
    c = L.person()
    t1 = r.choice(["Mr", "Mrs", "Ms", "Dr", "Miss"])
    st, ct, town = L.address()
    return [
        "CALL NOTE  ", L.date(0, back=5, ahead=0), " ", hm(r), "  agent: ", ref(r, "AG", 4, string.digits), "\n",
        "Spoke to ", t1, " ", (c.last, P), " re direct debit failing. Verified DOB ", (L.dob(r.randrange(2)), DOB),
        " and postcode.\nCustomer has moved from ", (L.other_town(town), LOC), " to ", (town, LOC),
        "; new address ", (st + ", " + ct, SA), ".\n",
        "New bank details: IBAN ", (L.iban(), IB), " (sort code ", f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
        "), BIC ", swift(r), ".\n",
        "Callback requested on ", (L.phone("f"), PH), " after 5pm. Case ", ref(r, "CAS-", 7, string.digits),
        " escalated to Leeds office.\n",
    ]


@_t("en-GB")
def _gb_forwarded(r):
    L = Loc("GB", r)
    a, b, c = L.person(), L.person(), L.person()
    ea, eb = L.email(a), L.email(b, "northgate-lettings.co.uk")
    st, ct, _ = L.address()
    return [
        "---------- Forwarded message ---------\nFrom: ", (a.full, P), " <", (ea, E), ">\nDate: ",
        L.date(1, back=30, ahead=0), "\nSubject: Tenancy reference for ", (c.full, P), "\nTo: ",
        (eb, E), "\n\nDear ", (b.first, P), ",\n\nI can confirm ", (c.first, P),
        " rented from me at\n", (st + "\n" + ct, SA), "\nfrom ", L.date(1, back=1500, ahead=-400), " until ",
        L.date(1, back=300, ahead=-30), ". Rent was always on time.\n\nKind regards,\n", (a.first, P), "\n",
        "Tel. ", (L.phone("m", "intl"), PH), "\n\n", "Ref: ", ref(r, "NGL/", 5, string.digits), "\n",
    ]


@_t("en-GB")
def _gb_ocr_form(r):
    L = Loc("GB", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "MEMBERSHIP APPLICATION   Form M-", str(r.randint(10, 99)), "  p.1/2\n",
        "Surname ", (c.last.upper(), P), "    Forename(s) ", (c.first.upper(), P), "\n",
        "Date of birth (DD/MM/YYYY)  ", (L.dob(0), DOB), "   Place of birth  ", (L.town(), LOC), "\n",
        "Home address  ", (st.upper() + "\n" + ct.upper(), SA), "\n",
        "Tel (home)  ", (L.phone("f", "nat"), PH), "   Mobile  ", (L.phone("m", "raw"), PH), "\n",
        "E-mail  ", (L.email(c).upper(), E), "\n",
        "Office use: Rec'd ", L.date(0, back=10, ahead=0), "  Receipt no. ", ref(r, "", 6, string.digits),
        "  Branch ", r.choice(["Derby", "York", "Leeds"]), "\n",
    ]


# ---- Canada (2) -----------------------------------------------------------
@_t("en-CA")
def _ca_live_chat(r):
    L = Loc("CA", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Chat started ", ts(r, " "), " via website widget (visitor IP ", (ip4(r), IP), ")\n",
        (a.first, P), " (Agent): Hi there, you're chatting with ", (a.first, P), ". How can I help, eh?\n",
        (c.full, P), ": hi, my winter tires order never arrived. order ", ref(r, "CA-", 8, string.digits), "\n",
        (a.first, P), " (Agent): Let me check... it shows delivered to ", (st + ", " + ct, SA), ". Is that right?\n",
        (c.full, P), ": no!! i moved to ", (L.other_town(town), LOC), " in ", MONTHS["en"][r.randrange(12)],
        ". new # is ", (L.phone(), PH), "\n",
        (a.first, P), " (Agent): Got it, I'll open a trace with the courier. Internal ref ", uuid4(r)[:8], ".\n",
    ]


@_t("en-CA")
def _ca_sheet_rows(r):
    L = Loc("CA", r)
    out: list = ["Name\tEmail\tPhone\tCity\tPlan\tSigned up\n"]
    for _ in range(r.randint(3, 5)):
        c = L.person()
        out += [(c.last + ", " + c.first, P), "\t", (L.email(c), E), "\t", (L.phone("m", "nat"), PH), "\t",
                (L.town(), LOC), "\t", r.choice(["Basic", "Plus", "Family"]), "\t", L.date(0), "\n"]
    return out


# ---- Australia (3) --------------------------------------------------------
@_t("en-AU")
def _au_teams(r):
    L = Loc("AU", r)
    a, b, c = L.person(), L.person(), L.person()
    st, ct, town = L.address()
    return [
        (a.full, P), "  ", hm(r), "\n", "mate the customer from ", (town, LOC), " rang again, ", (c.full, P),
        ", wants the tech to come Thursday arvo\n\n",
        (b.full, P), "  ", hm(r), "\n", "no worries, what's the address?\n\n",
        (a.full, P), "  ", hm(r), "\n", (st + ", " + ct, SA), " - mob ", (L.phone("m", "nat"), PH),
        ". gate code ", _rs(r, 4, string.digits), "#, dog is friendly (Biscuit)\n\n",
        (b.full, P), "  ", hm(r), "\n", "sweet, job ", ref(r, "JOB-", 5, string.digits),
        " booked. Brissy depot has the parts\n",
    ]


@_t("en-AU")
def _au_ticket_card(r):
    L = Loc("AU", r)
    c = L.person()
    cd = card(r)
    return [
        "Ticket #", str(r.randint(100000, 999999)), "  Status: Pending  Tags: billing, pci-leak\n\n",
        "From: ", (c.full, P), " <", (L.email(c), E), ">\n\n",
        "G'day, the payment page keeps timing out so here's my card, can you just put it through manually? ",
        (cd, CC), " exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", " cvv ", _rs(r, 3, string.digits),
        "\nCheers ", (c.first, P), "\n\n--- internal ---\nRemoved card from portal, ABN ",
        f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        " is ours not theirs. Asked cust to re-enter via secure link. Card shown in Stripe as ", masked(r), "\n",
    ]


@_t("en-AU")
def _au_sms_thread(r):
    L = Loc("AU", r)
    c = L.person()
    st, ct, _ = L.address()
    return [
        "From ", (L.phone("m", "intl"), PH), ": Hi it's ", (c.first, P), ", running 10 min late for the inspection\n",
        "To: no dramas, see you at ", (st, SA), "\n",
        "From: thanks. btw my new email is ", (L.email(c), E), "\n",
        "To: updated. Your booking ref is ", ref(r, "INS", 6), ", total ", amount(r, "A$"), " inc GST\n",
    ]


# ---- India (3) ------------------------------------------------------------
@_t("en-IN")
def _in_email_kyc(r):
    L = Loc("IN", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Dear Sir/Madam,\n\nKindly update my communication address as I have shifted from ",
        (L.other_town(town), LOC), " to ", (town, LOC), ". New address:\n", (st + ",\n" + ct, SA),
        "\n\nMobile: ", (L.phone("m", r.choice(["intl", "nat"])), PH), "\nDOB: ", (L.dob(0), DOB),
        "\nPolicy No.: ", ref(r, "", 10, string.digits), "\nIFSC ", ref(r, "HDFC0", 6, string.digits),
        "\n\nPlease do the needful.\n\nRegards,\n", (c.full, P), "\n\n",
        "-----Reply-----\nDear ", (c.first, P), " ji, your request SR", ref(r, "", 8, string.digits),
        " is registered. - ", (a.first, P), ", Customer Service, Pune Branch\n",
    ]


@_t("en-IN")
def _in_crm_notes(r):
    L = Loc("IN", r)
    c = L.person()
    return [
        "Lead: ", (c.full, P), " | Source: Facebook | Stage: Follow-up\n",
        "Notes (", L.date(0, back=3, ahead=0), "): called on ", (L.phone("m", "raw"), PH),
        ", cx interested in 2BHK, budget 85L. Working in ", r.choice(["Infosys", "TCS", "Wipro"]),
        ", native of ", (L.town(), LOC), ". Alt no ", (L.phone("f", "nat"), PH), ".\n",
        "Email: ", (L.email(c), E), " ; site visit slot ", hm(r), " Sat at Kharadi site office.\n",
        "Token amt ", amount(r, "Rs.", 10000, 50000), " recd UPI txn ", ref(r, "", 12, string.digits), "\n",
    ]


@_t("en-IN")
def _in_whatsapp(r):
    L = Loc("IN", r)
    a, b = L.person(), L.person()
    d = L.date(1, back=10, ahead=0)
    st, ct, _ = L.address()
    return [
        f"{d}, {r.randint(1, 12)}:{r.randint(10, 59)} pm - ", (a.first + " " + a.last, P),
        ": Bhaiya pls send parcel to this address\n",
        f"{d}, {r.randint(1, 12)}:{r.randint(10, 59)} pm - ", (a.first + " " + a.last, P), ": ",
        (st + ", " + ct, SA), "\n",
        f"{d}, {r.randint(1, 12)}:{r.randint(10, 59)} pm - ", (b.first, P), ": ok ji. AWB ", ref(r, "", 11, string.digits),
        ", OTP for delivery will come on your number\n",
        f"{d}, {r.randint(1, 12)}:{r.randint(10, 59)} pm - ", (a.first + " " + a.last, P), ": my number changed, ",
        (L.phone("m", "nat"), PH), " use this\n",
    ]


# ---- Ireland (2) ----------------------------------------------------------
@_t("en-IE")
def _ie_email_quote(r):
    L = Loc("IE", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    parts: list = [
        "Hi ", (c.first, P), ",\n\nThanks a million, that's all sorted now. The engineer will call out on ",
        L.date(1, back=0, ahead=20), ".\n\nRegards,\n", (a.full, P), "\nBrightSpark Energy, Unit 4, Parkmore Business Park, "
        "Galway\nPh: ", (L.phone("f", "nat"), PH), "\n\n-----Original Message-----\n",
    ]
    _quoted(parts, ["Hello,", "My meter reading isn't going through. Account " + ref(r, "", 9, string.digits) + ".",
                    "The property is", (st, SA), (ct, SA), "I'm originally from " + L.other_town(town) + " so",
                    "bear with me on the eircode!"])
    # mark the 'originally from' town as LOCATION: rebuild that line
    idx = [i for i, p in enumerate(parts) if isinstance(p, str) and p.startswith("I'm originally from ")][0]
    tw = parts[idx][len("I'm originally from "):-len(" so")]
    parts[idx:idx + 1] = ["I'm originally from ", (tw, LOC), " so"]
    parts += ["> ", (c.full, P), "\n"]
    return parts


@_t("en-IE")
def _ie_stt(r):
    L = Loc("IE", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "speaker 1: you're through to the claims line my name is ", (L.person().first.lower(), P), "\n",
        "speaker 2: hi yeah it's ", (c.full.lower(), P),
        " i'm ringing about the car\n",
        "speaker 1: no problem and what's the address on the policy\n",
        "speaker 2: ", ((st + " " + ct).lower(), SA), "\n",
        "speaker 1: and a contact number\nspeaker 2: ", (L.phone("m", "nat"), PH), "\n",
        "speaker 1: grand and where did it happen\nspeaker 2: on the way to ", (L.other_town(town).lower(), LOC),
        " to see my mam\nspeaker 1: ok the claim number is ", ref(r, "", 8, string.digits), "\n",
    ]


# ---- South Africa (2) -----------------------------------------------------
@_t("en-ZA")
def _za_ticket(r):
    L = Loc("ZA", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "Subject: Fibre installation - ", (c.full, P), "\nTicket ", ref(r, "INC", 7, string.digits), "\n\n",
        "Howzit, the installer never pitched on ", L.date(1, back=14, ahead=0), ". I'm at ", (st + ", " + ct, SA),
        ", the complex gate code is ", _rs(r, 4, string.digits), ".\nPhone me on ", (L.phone("m", "nat"), PH),
        " or my wife ", (L.person("f").first, P), " on ", (L.phone("m", "nat"), PH), ". Load-shedding stage ",
        str(r.randint(2, 6)), " from 18:00 so before that please.\n\n[Agent] Apologies, rescheduled. Router serial ",
        ref(r, "ZTE", 10), ", ONT MAC ", ":".join(_rs(r, 2, _HEX) for _ in range(6)), "\n",
    ]


@_t("en-ZA")
def _za_sms(r):
    L = Loc("ZA", r)
    c = L.person()
    return [
        "Hi ", (c.first, P), ", your OTP is ", otp(r), ". Do not share it. Ref ", ref(r, "", 6), "\n",
        "Reply: this is not ", (c.first, P), ", wrong number. I'm ", (L.person().full, P), " from ",
        (L.town(), LOC), "\n", "Reply: pls remove ", (L.phone("m", "intl"), PH), " from your list\n",
    ]


# ---- New Zealand (2) ------------------------------------------------------
@_t("en-NZ")
def _nz_form_kv(r):
    L = Loc("NZ", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "form_id=", uuid4(r), "\nsubmitted=", ts(r), "\nfirst_name=", (c.first, P), "\nlast_name=", (c.last, P),
        "\nemail=", (L.email(c), E), "\nphone=", (L.phone("m", "nat"), PH), "\naddress=", (st + ", " + ct, SA),
        "\nhome_town=", (town, LOC), "\ndob=", (L.dob(0), DOB), "\nnewsletter=true\nutm_source=fb\nclient_ip=",
        priv_ip(r), "\n",
    ]


@_t("en-NZ")
def _nz_email(r):
    L = Loc("NZ", r)
    c, a = L.person(), L.person()
    st, ct, _ = L.address()
    return [
        "Kia ora ", (c.first, P), ",\n\nThanks for booking with Tui Ridge Campervans. Your hire ", ref(r, "TRC", 6),
        " is confirmed for pickup from our Christchurch depot on ", L.date(0, back=0, ahead=40),
        ".\nWe've got your licence address as ", (st + ", " + ct, SA), " - let us know if that has changed.\n\n",
        "Ngā mihi,\n", (a.full, P), "\nReservations | ", (L.phone("f", "nat"), PH), " | ",
        ("bookings@tuiridge.co.nz", E), "\n",
    ]


# ---- Singapore (1) --------------------------------------------------------
@_t("en-SG")
def _sg_live_chat(r):
    L = Loc("SG", r)
    c, a = L.person(), L.person()
    st, ct, _ = L.address()
    nm = f"{c.last} {c.first}" if r.random() < 0.6 else f"{c.first} {c.last}"
    return [
        "[", hm(r), "] Visitor ", (nm, P), ": hi, aircon servicing booking can change date or not\n",
        "[", hm(r), "] ", (a.first, P), " (CoolBreeze SG): Sure can! May I have your booking no.?\n",
        "[", hm(r), "] Visitor ", (nm, P), ": ", ref(r, "CB", 7, string.digits), ". unit is ", (st + ", " + ct, SA), "\n",
        "[", hm(r), "] ", (a.first, P), " (CoolBreeze SG): Noted. We will WhatsApp you at ", (L.phone("m", "nat"), PH),
        " to confirm. Payment via PayNow UEN 2019", ref(r, "", 5, string.digits), "K ok?\n",
    ]


# ---- Philippines (2) ------------------------------------------------------
@_t("en-PH")
def _ph_messenger(r):
    L = Loc("PH", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        (c.full, P), ": Good pm po! Available pa po ba yung rice cooker?\n",
        (a.first, P), " (Seller): Yes po, 1,850 COD or GCash. Saan po location?\n",
        (c.full, P), ": ", (st + ", " + ct, SA), " po. Pero nasa ", (L.other_town(town), LOC),
        " ako ngayon until Sunday\n", (a.first, P), " (Seller): Sige po. Pa-send ng number for the rider\n",
        (c.full, P), ": ", (L.phone("m", "raw"), PH), " thank you po!\n",
    ]


@_t("en-PH")
def _ph_form(r):
    L = Loc("PH", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "LOAN APPLICATION - STEP 2 OF 4\nFull Name: ", (c.last.upper() + ", " + c.first.upper(), P),
        "\nBirthdate: ", (L.dob(r.randrange(2)), DOB), "\nPlace of Birth: ", (L.town(), LOC),
        "\nPresent Address: ", (st + ", " + ct, SA), "\nMobile No.: ", (L.phone("m", "nat"), PH),
        "\nEmail: ", (L.email(c), E), "\nEmployer: Jollibee Foods Corp. (", town, " store)\nMonthly income: PHP ",
        f"{r.randint(18, 90)},000", "\nTIN: ", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-000",
        "\nApplication ID: ", uuid4(r), "\n",
    ]


# ---- Nigeria (2) ----------------------------------------------------------
@_t("en-NG")
def _ng_email(r):
    L = Loc("NG", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Good day ", (a.first, P), ",\n\nPlease find below my details for the account upgrade as requested:\n\n",
        "Name: ", (c.full, P), "\nAddress: ", (st + ", " + ct, SA), "\nPhone: ", (L.phone("m", "nat"), PH),
        " (WhatsApp), ", (L.phone("m", "intl"), PH), "\nDate of Birth: ", (L.dob(r.randrange(2)), DOB),
        "\nState of origin: ", r.choice(["Enugu State", "Ogun State", "Kano State"]), "\n",
        "BVN: ", r.choice(["(will send separately)", "to follow"]), "\n\nI will be travelling to ", (L.other_town(town), LOC),
        " next week so kindly treat urgently.\n\nThanks and God bless,\n", (c.first, P), "\n",
    ]


@_t("en-NG")
def _ng_ticket(r):
    L = Loc("NG", r)
    c = L.person()
    return [
        "[", ts(r, " "), "] NEW TICKET ", ref(r, "TKT", 6, string.digits), " from ", (c.full, P), "\n",
        "Abeg my transfer of NGN ", f"{r.randint(5, 500)},{r.randint(100, 999)}", " since yesterday never reach. ",
        "Session ID ", _rs(r, 30, string.digits), ". My line is ", (L.phone("m", "raw"), PH),
        ", email ", (L.email(c), E), ".\n[bot] We have received your complaint. Dispute ref ", ref(r, "DSP", 8),
        ". Please do not share your PIN or OTP with anyone.\n",
    ]


# ---- Kenya (1) ------------------------------------------------------------
@_t("en-KE")
def _ke_sms(r):
    L = Loc("KE", r)
    c, b = L.person(), L.person()
    return [
        ref(r, "S", 9), " Confirmed. Ksh", f"{r.randint(1, 20)},{r.randint(100, 999)}.00", " sent to ",
        (b.full.upper(), P), " ", (L.phone("m", "raw"), PH), " on ", L.date(0, back=3, ahead=0), " at ",
        f"{r.randint(1, 12)}:{r.randint(10, 59)} PM", ". Transaction cost, Ksh", str(r.randint(7, 60)), ".00.\n",
        "Hi ", (b.first, P), " nimekutumia pesa ya rent. Ni ", (c.first, P), " from ", (L.town(), LOC),
        ", call me ", (L.phone("m", "nat"), PH), "\n",
    ]


# ---- English, no fixed country (5) ----------------------------------------
@_t("en")
def _nginx_log(r):
    out: list = []
    for _ in range(r.randint(4, 6)):
        kind = r.random()
        ip = ip4(r) if r.random() < 0.6 else ip6(r)
        pub = kind < 0.7
        out += [(ip, IP) if pub else priv_ip(r), " - - [", f"{r.randint(1, 27):02d}/Nov/2026:{hm(r)}:{r.randint(10, 59)} +0000",
                '] "']
        if r.random() < 0.25:
            out += ["GET /api/v2/export?format=csv&api_key=", (api_key(r), KEY), " HTTP/1.1"]
        else:
            out += [r.choice(["GET /static/app.", "GET /assets/vendor."]) + _rs(r, 8, _HEX) + ".js HTTP/2.0"]
        out += ['" ', r.choice(["200", "304", "401", "404"]), " ", str(r.randint(200, 90000)),
                ' "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/', version(r), '"\n']
    return out


@_t("en")
def _app_trace(r):
    L = Loc(r.choice(["US", "GB", "AU"]), r)
    c = L.person()
    em = L.email(c)
    pw = password(r)
    return [
        ts(r), " ERROR [auth-svc ", version(r), "] login failed for user=", (em, E), " reason=bad_credentials\n",
        ts(r), " DEBUG request body: {\"username\": \"", (em, E), "\", \"password\": \"", (json.dumps(pw)[1:-1], PW),
        "\"}\n", ts(r), " DEBUG stored hash=", bcrypt(r), " session=", _rs(r, 32, _HEX), "\n",
        "Traceback (most recent call last):\n  File \"/srv/app/auth/views.py\", line ", str(r.randint(40, 400)),
        ", in login\n    user = authenticate(request, **creds)\nauth.errors.InvalidPassword: trace_id=", uuid4(r),
        " src=", priv_ip(r), " xff=", (ip4(r), IP), "\n",
    ]


@_t("en")
def _yaml_config(r):
    return [
        "# deploy/values-prod.yaml  (rev ", _rs(r, 7, _HEX), ")\nimage:\n  tag: \"", version(r), "\"\ndatabase:\n",
        "  host: ", priv_ip(r), "\n  port: 5432\n  user: crm_app\n  password: \"", (password(r), PW), "\"\n",
        "  sslmode: require\nstripe:\n  publishable_key: ", pk_key(r), "\n  secret_key: ", (api_key(r), KEY),
        "\ntwilio:\n  account_sid: ", twilio_sid(r), "\nsupport_inbox: ",
        ("support@crmly.io", E), "\nfeature_flags:\n  new_inbox: true\n  max_upload_mb: ", str(r.randint(5, 50)), "\n",
    ]


@_t("en")
def _push_notifications(r):
    key = r.choice(["US", "GB", "AU", "IE", "NZ"])
    L = Loc(key, r)
    out: list = []
    for _ in range(r.randint(3, 4)):
        c = L.person()
        k = r.randrange(5)
        if k == 0:
            out += ["[Inbox] New message from ", (c.full, P), ": \"are you still open on Sunday?\"\n"]
        elif k == 1:
            out += ["[Calls] Missed call from ", (L.phone(), PH), " (", (c.first, P), ")\n"]
        elif k == 2:
            out += ["[Orders] Order ", ref(r, "#", 6, string.digits), " shipped - arriving ", L.date(1, back=0, ahead=5), "\n"]
        elif k == 3:
            out += ["[Security] New sign-in to your account from ", (ip4(r), IP),
                    ". If this wasn't you, reset your password.\n"]
        else:
            out += ["[Reminder] Your verification code is ", otp(r), ". It expires in 10 minutes.\n"]
    return out


@_t("en")
def _changelog(r):
    return [
        "## ", version(r), " - ", (TODAY - _dt.timedelta(days=r.randint(0, 200))).isoformat(), "\n",
        "### Fixed\n- Inbox search no longer times out on mailboxes over ", str(r.randint(10, 90)), "k threads (#",
        str(r.randint(1000, 9999)), ")\n- Webhook retries back off exponentially; max ", str(r.randint(3, 9)), " attempts\n",
        "- Masked card fields now always render as ", masked(r), "\n### Changed\n- Default session timeout is ",
        str(r.choice([15, 30, 60])), " minutes\n- Bumped libphonenumber to ", version(r), " and Node to ", version(r),
        "\n- Build ", _rs(r, 40, _HEX), "\n",
    ]


# ---- German (2) -----------------------------------------------------------
@_t("de")
def _de_email(r):
    L = Loc("DE", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    anr = "Frau" if c.g == "f" else "Herr"
    return [
        "Betreff: AW: Kündigung Vertrag ", ref(r, "V-", 8, string.digits), "\n\n",
        "Sehr geehrte", "r" if anr == "Herr" else "", " ", anr, " ", (c.last, P), ",\n\n",
        "wir bestätigen den Eingang Ihrer Kündigung zum ", L.date(0, back=0, ahead=60), ". Die Rückzahlung erfolgt auf ",
        "das IBAN ", (L.iban(True), IB), ".\n\nMit freundlichen Grüßen\n", (a.full, P), "\nKundenservice Müller & Söhne "
        "Versand GmbH\n", ("Industriestraße 4\n04229 Leipzig", SA), "\nTel. ", (L.phone("f", "nat"), PH), "\n\n",
        "-----Ursprüngliche Nachricht-----\nVon: ", (c.full, P), " <", (L.email(c), E), ">\n",
        "Hiermit kündige ich fristgerecht. Neue Anschrift ab sofort: ", (st + ", " + ct, SA),
        " (bin nach ", (town, LOC), " gezogen). Geb.-Datum ", (L.dob(0), DOB), "\n",
    ]


@_t("de")
def _de_crm_note(r):
    L = Loc("DE", r)
    c = L.person()
    return [
        "Gesprächsnotiz ", L.date(0, back=2, ahead=0), " ", hm(r), " Uhr\nKunde: ", (c.last + ", " + c.first, P),
        " (Kd.-Nr. ", ref(r, "", 7, string.digits), ")\nRückruf unter ", (L.phone("m", r.choice(["nat", "intl"])), PH),
        " gewünscht. Kunde wohnt jetzt in ", (L.town(), LOC), ", Filiale Kassel bleibt zuständig.\n",
        "Passwort fürs Kundenportal vergessen - habe temporäres Passwort ", (password(r), PW),
        " vergeben (bitte beim Login ändern). Gerät IMEI ", imei(r), ", Firmware ", version(r), ".\n",
    ]


# ---- French (2) -----------------------------------------------------------
@_t("fr")
def _fr_chat(r):
    L = Loc("FR", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Conversation du ", L.date(0, back=7, ahead=0), "\n",
        hm(r), " ", (c.first, P), " : bonjour, mon colis n'est jamais arrivé :(\n",
        hm(r), " ", (a.first, P), " (conseillère) : Bonjour ", (c.first, P), ", pouvez-vous me donner le n° de suivi ?\n",
        hm(r), " ", (c.first, P), " : ", ref(r, "6A", 11, string.digits), ", livraison prévue au ", (st + ", " + ct, SA), "\n",
        hm(r), " ", (a.first, P), " (conseillère) : Merci. Le colis est bloqué à l'agence de Lille. Un numéro où vous joindre ?\n",
        hm(r), " ", (c.first, P), " : ", (L.phone("m", "nat"), PH), ", je suis à ", (L.other_town(town), LOC),
        " chez ma mère jusqu'à lundi\n",
    ]


@_t("fr")
def _fr_ticket(r):
    L = Loc("FR", r)
    c = L.person()
    civ = "Mme" if c.g == "f" else "M."
    return [
        "Ticket n°", str(r.randint(10000, 99999)), " - Priorité normale\nClient : ", civ, " ", (c.full.upper() if r.random() < 0.3 else c.full, P),
        "\nE-mail : ", (L.email(c), E), "\nTél. : ", (L.phone("f", "nat"), PH),
        "\nNé(e) le ", (L.dob(r.randrange(2)), DOB), " à ", (L.town(), LOC),
        "\nMessage : Je souhaite changer mon RIB pour le prélèvement, nouvel IBAN ", (L.iban(), IB),
        " BIC ", swift(r), ". Ancien mandat RUM ", ref(r, "++", 12), ".\nNote interne : contrat ", ref(r, "CT", 9, string.digits),
        ", montant ", f"{r.randint(9, 99)},{r.randint(0, 99):02d} €", "/mois.\n",
    ]


# ---- Spanish (2) ----------------------------------------------------------
@_t("es")
def _es_whatsapp(r):
    L = Loc("ES", r)
    a, b = L.person(), L.person()
    st, ct, town = L.address()
    d = L.date(0, back=5, ahead=0)
    return [
        f"{d} {hm(r)} - ", (a.first, P), ": Hola! soy ", (a.first, P), ", la del piso de arriba jaja\n",
        f"{d} {hm(r)} - ", (b.first + " " + b.last, P), ": ey qué tal. Te paso lo del seguro del edificio\n",
        f"{d} {hm(r)} - ", (b.first + " " + b.last, P), ": póliza ", ref(r, "", 10, string.digits),
        ", la dirección es ", (st + ", " + ct, SA), "\n",
        f"{d} {hm(r)} - ", (a.first, P), ": genial, mi móvil es ", (L.phone("m", "nat"), PH),
        " por si acaso, que este finde me voy a ", (L.other_town(town), LOC), "\n",
    ]


@_t("es")
def _es_form(r):
    L = Loc("ES", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "nombre: ", (c.first, P), "\napellidos: ", (c.last, P), "\nfecha_nacimiento: ", (L.dob(0), DOB),
        "\ndomicilio: ", (st + ", " + ct, SA), "\nlocalidad_residencia: ", (town, LOC), "\ntelefono: ",
        (L.phone("m", r.choice(["nat", "raw"])), PH), "\ncorreo: ", (L.email(c), E), "\niban_domiciliacion: ",
        (L.iban(), IB), "\nnumero_socio: ", ref(r, "", 6, string.digits), "\ncodigo_promocional: VERANO", str(r.randint(20, 26)),
        "\n",
    ]


# ---- Italian (2) ----------------------------------------------------------
@_t("it")
def _it_email(r):
    L = Loc("IT", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    sig = "Sig.ra" if c.g == "f" else "Sig."
    return [
        "Gentile ", sig, " ", (c.last, P), ",\n\nin riferimento alla pratica n. ", ref(r, "", 8, string.digits),
        " le confermiamo l'appuntamento presso la nostra sede di Bologna il ", L.date(0, back=0, ahead=30),
        ".\nLe ricordiamo di portare un documento. Il rimborso sarà accreditato su ", (L.iban(), IB), ".\n\n",
        "Cordiali saluti\n", (a.full, P), "\nUfficio Clienti - Ferrari Assicurazioni\n\n",
        "> Buongiorno, sono ", (c.full, P), ", nato a ", (L.town(), LOC), " il ", (L.dob(r.randrange(2)), DOB), ".\n",
        "> Abito in ", (st, SA), "\n> ", (ct, SA), "\n> Cell. ", (L.phone("m", "nat"), PH), "\n",
    ]


@_t("it")
def _it_sms(r):
    L = Loc("IT", r)
    c = L.person()
    return [
        "Da: ", (L.phone("m", "intl"), PH), "\nCiao sono ", (c.first, P), ", mi hai scritto per la bici? Ancora disponibile?\n",
        "A: Sì! 120€ trattabili. Sono in ", (L.address()[0], SA), ", citofono ", (c.last.upper(), P), "\n",
        "Da: Perfetto passo alle 18. Codice Satispay ", otp(r), "\n",
    ]


# ---- Portuguese (2) -------------------------------------------------------
@_t("pt")
def _pt_email(r):
    L = Loc("PT", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Assunto: Pedido de alteração de morada\n\nBoa tarde,\n\nChamo-me ", (c.full, P), " (NIF ",
        "em anexo), cliente n.º ", ref(r, "", 8, string.digits), ". Mudei-me de ", (L.other_town(town), LOC), " para ",
        (town, LOC), " e a nova morada é:\n", (st + "\n" + ct, SA), "\nTelemóvel: ", (L.phone("m", "nat"), PH),
        "\nData de nascimento: ", (L.dob(0), DOB), "\n\nCumprimentos,\n", (c.first, P), "\n\n",
        "--\nResposta automática: o seu pedido ", ref(r, "PT", 7, string.digits), " foi registado. ", (a.first, P),
        ", Apoio ao Cliente, ", ("apoio@lusoenergia.pt", E), "\n",
    ]


@_t("pt")
def _pt_call(r):
    L = Loc("PT", r)
    c = L.person()
    return [
        "Nota de chamada (", L.date(0, back=3, ahead=0), "): Sr", "a" if c.g == "f" else "", ". ", (c.last, P),
        " ligou do ", (L.phone("f", "nat"), PH), " a reclamar da fatura ", ref(r, "FT ", 6, string.digits),
        " de ", f"{r.randint(20, 300)},{r.randint(0, 99):02d} €", ". Pede débito direto para ", (L.iban(True), IB),
        ". Código postal confirmado. Loja do Porto informada.\n",
    ]


# ---- Dutch (2) ------------------------------------------------------------
@_t("nl")
def _nl_ticket(r):
    L = Loc("NL", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "Melding ", ref(r, "NL-", 6, string.digits), " | ", L.date(0, back=2, ahead=0), "\nKlant: ", (c.full, P),
        "\nAdres: ", (st + ", " + ct, SA), "\nTel: ", (L.phone("m", "nat"), PH), "\n\nOmschrijving: wasmachine lekt. ",
        "Klant verhuist volgende maand naar ", (L.other_town(town), LOC), ". Incasso via ", (L.iban(), IB),
        ". Serienummer ", ref(r, "", 12, string.digits), ", garantie t/m ", L.date(0, back=0, ahead=300), ".\n",
        "Monteur: ", (L.person().first, P), " (regio Utrecht)\n",
    ]


@_t("nl")
def _nl_chat(r):
    L = Loc("NL", r)
    c, a = L.person(), L.person()
    return [
        (c.full, P), ": hoi, ik kan niet inloggen\n", (a.first, P), " (support): Hoi ", (c.first, P),
        "! Wat is je e-mailadres?\n", (c.full, P), ": ", (L.email(c), E), " en wachtwoord is ", (password(r), PW),
        " maar die doet het niet\n", (a.first, P), " (support): Deel je wachtwoord nooit in de chat! Ik stuur een "
        "resetlink. Ticket ", ref(r, "#", 6, string.digits), "\n",
    ]


# ---- Swedish (2) ----------------------------------------------------------
@_t("sv")
def _sv_email(r):
    L = Loc("SE", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Hej ", (c.first, P), "!\n\nTack för din beställning ", ref(r, "", 9, string.digits), ". Leveransen skickas till\n",
        (st + "\n" + ct, SA), "\nBeräknad leverans: ", L.date(0, back=0, ahead=7), ".\n\nMed vänliga hälsningar\n",
        (a.full, P), "\nKundtjänst, Lindqvist Möbler AB\n", (L.phone("f", "nat"), PH), "\n\n",
        "> Hej, jag har flyttat till ", (town, LOC), ", nytt nummer ", (L.phone("m", "nat"), PH), "\n> /", (c.first, P), "\n",
    ]


@_t("sv")
def _sv_form(r):
    L = Loc("SE", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "Förnamn: ", (c.first, P), "\nEfternamn: ", (c.last, P), "\nFödelsedatum: ", (L.dob(0), DOB),
        "\nAdress: ", (st + ", " + ct, SA), "\nOrt: ", (town, LOC), "\nMobil: ", (L.phone("m", "nat"), PH),
        "\nE-post: ", (L.email(c), E), "\nClearingnummer: ", str(r.randint(3000, 9999)), "\nMedlemsnr: ",
        ref(r, "", 7, string.digits), "\nSamtycke: ja (", ts(r, " "), ")\n",
    ]


# ---- Czech (2) ------------------------------------------------------------
@_t("cs")
def _cs_email(r):
    L = Loc("CZ", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Dobrý den,\n\nprosím o změnu doručovací adresy na: ", (st + ", " + ct, SA), ". Od ", L.date(0, back=0, ahead=30),
        " bydlím v ", (town, LOC), ".\nTelefon: ", (L.phone("m", r.choice(["nat", "intl"])), PH), "\nDatum narození: ",
        (L.dob(0), DOB), "\n\nS pozdravem\n", (c.full, P), "\n\n---\nOdpověď: Dobrý den, paní/pane ", (c.last, P),
        ", změna je zapsána pod číslem ", ref(r, "", 10, string.digits), ". ", (a.first, P), ", zákaznická podpora\n",
    ]


@_t("cs")
def _cs_sms(r):
    L = Loc("CZ", r)
    c = L.person()
    return [
        "Zásilka ", ref(r, "DR", 10, string.digits), " bude doručena dnes mezi ", hm(r), "-", hm(r),
        ". Kurýr ", (c.first, P), ", tel. ", (L.phone("m", "nat"), PH), ". Kód pro výdejní box: ", otp(r), "\n",
        "Odpověď: prosím nechte u sousedky ", (L.person("f").last, P), ", dům ", str(r.randint(1, 90)), "\n",
    ]


# ---- Galician (2) ---------------------------------------------------------
@_t("gl")
def _gl_email(r):
    L = Loc("GL", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Asunto: Cambio de domicilio\n\nBoas tardes,\n\nSon ", (c.full, P), ", socia/o número ", ref(r, "", 5, string.digits),
        ". Dende o mes pasado vivo en ", (town, LOC), ", na seguinte dirección:\n", (st + "\n" + ct, SA),
        "\nO meu teléfono novo é o ", (L.phone("m", "nat"), PH), ". Data de nacemento: ", (L.dob(r.randrange(2)), DOB),
        ".\n\nMoitas grazas,\n", (c.first, P), "\n\n--\n", (a.full, P), " | Atención á clientela | Oficina de Lugo\n",
    ]


@_t("gl")
def _gl_chat(r):
    L = Loc("GL", r)
    a, b = L.person(), L.person()
    d = L.date(0, back=5, ahead=0)
    return [
        f"[{d} {hm(r)}] ", (a.first, P), ": ola! xa chegou o paquete?\n",
        f"[{d} {hm(r)}] ", (b.first + " " + b.last, P), ": aínda non, o seguimento di ", ref(r, "PQ", 10, string.digits),
        "\n", f"[{d} {hm(r)}] ", (a.first, P), ": vale. se non estou, déixao na casa da miña avoa, ",
        (L.address()[0], SA), "\n", f"[{d} {hm(r)}] ", (b.first + " " + b.last, P), ": feito. chámote ao ",
        (L.phone("m", "raw"), PH), "\n",
    ]


# ---- Basque (2) -----------------------------------------------------------
@_t("eu")
def _eu_form(r):
    L = Loc("EU", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "IZEN-EMATE ORRIA\nIzena: ", (c.first, P), "\nAbizenak: ", (c.last + " " + L.person().last, P),
        "\nJaiotze data: ", (L.dob(r.randrange(2)), DOB), "\nHelbidea: ", (st + ", " + ct, SA),
        "\nBizilekua: ", (town, LOC), "\nTelefonoa: ", (L.phone("m", "nat"), PH), "\nPosta elektronikoa: ",
        (L.email(c), E), "\nKontu korrontea (IBAN): ", (L.iban(), IB), "\nBazkide zenbakia: ", ref(r, "", 5, string.digits),
        "\nTaldea: ", r.choice(["Kadeteak", "Beteranoak", "Gazteak"]), "\n",
    ]


@_t("eu")
def _eu_notice(r):
    # no PII at all
    return [
        "Kaixo,\n\nZerbitzuaren mantentze-lanak egingo ditugu ", (TODAY + _dt.timedelta(days=r.randint(1, 20))).isoformat(),
        "an, ", hm(r), "etatik aurrera. Aplikazioaren ", version(r), " bertsioa instalatuko da.\n",
        "Eragindako zerbitzariak: ", priv_ip(r), ", ", priv_ip(r), ".\nIntzidentzia: ", ref(r, "INC-", 6, string.digits),
        "\n\nEskerrik asko,\nLaguntza taldea\n",
    ]


# ---- Maltese (2) ----------------------------------------------------------
@_t("mt")
def _mt_email(r):
    L = Loc("MT", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Għażiż/a ", (c.first, P), ",\n\nNgħarrfuk li l-ordni tiegħek ", ref(r, "MT", 7, string.digits),
        " ser titwassal fl-indirizz:\n", (st + "\n" + ct, SA), "\nJekk trid tibdel id-data, ċempel fuq ",
        (L.phone("f", "nat"), PH), ".\n\nSaħħa,\n", (a.full, P), "\nServizz lill-Klijenti\n\n",
        "> Bonġu, jiena ", (c.full, P), " minn ", (town, LOC), ". In-numru tal-mowbajl tiegħi huwa ",
        (L.phone("m", "nat"), PH), "\n",
    ]


@_t("mt")
def _mt_sms(r):
    L = Loc("MT", r)
    c = L.person()
    return [
        "Ċaw ", (c.first, P), "! L-appuntament tiegħek fil-klinika ta' Ħal Qormi huwa ", L.date(0, back=0, ahead=10),
        " fil-", hm(r), ". Ref ", ref(r, "", 6, string.digits), "\n",
        "Risposta: grazzi, nista' nġib lil ommi ", (L.person("f").first, P), "? Il-mowbajl tagħha ", (L.phone("m", "intl"), PH), "\n",
    ]


# ---- Welsh (2) ------------------------------------------------------------
@_t("cy")
def _cy_email(r):
    L = Loc("CY", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Annwyl ", (c.first, P), ",\n\nDiolch am eich neges. Rydym wedi diweddaru eich cyfeiriad i:\n",
        (st + "\n" + ct, SA), "\nDyddiad geni ar ein system: ", (L.dob(r.randrange(2)), DOB), ".\n\nCofion,\n",
        (a.full, P), "\nGwasanaethau Cwsmeriaid\n", (L.phone("f", "nat"), PH), "\n\n",
        "> Helo, ", (c.full, P), " sydd yma. Rwyf wedi symud o ", (L.other_town(town), LOC), " i ", (town, LOC), ".\n",
    ]


@_t("cy")
def _cy_ticket(r):
    L = Loc("CY", r)
    c = L.person()
    return [
        "Tocyn ", ref(r, "CY-", 6, string.digits), " | Statws: Agored\nCwsmer: ", (c.full, P), " <", (L.email(c), E), ">\n",
        "Ffôn symudol: ", (L.phone("m", "nat"), PH), "\nNeges: Mae'r taliad wedi methu. Cerdyn: ", masked(r),
        ". Hoffwn dalu drwy ddebyd uniongyrchol, IBAN ", (L.iban(), IB), ".\nNodyn mewnol: swyddfa Caerdydd wedi "
        "cysylltu. Rhif archeb ", ref(r, "", 8, string.digits), ".\n",
    ]


# ---- Latvian (2) ----------------------------------------------------------
@_t("lv")
def _lv_email(r):
    L = Loc("LV", r)
    c, a = L.person(), L.person()
    st, ct, town = L.address()
    return [
        "Labdien, ", (c.first, P), "!\n\nJūsu pasūtījums Nr. ", ref(r, "", 8, string.digits), " tiks piegādāts uz adresi ",
        (st + ", " + ct, SA), " ", L.date(0, back=0, ahead=7), ".\nJa rodas jautājumi, zvaniet ",
        (L.phone("f", "nat"), PH), ".\n\nAr cieņu,\n", (a.full, P), "\nKlientu apkalpošanas centrs\n\n",
        "> Sveiki, esmu ", (c.full, P), ", dzīvoju ", (town, LOC), ". Mans tālrunis ", (L.phone("m", "intl"), PH),
        ", dzimšanas datums ", (L.dob(0), DOB), "\n",
    ]


@_t("lv")
def _lv_chat(r):
    L = Loc("LV", r)
    c, a = L.person(), L.person()
    return [
        hm(r), " ", (c.full, P), ": sveiki, aizmirsu paroli\n", hm(r), " ", (a.first, P),
        " (atbalsts): Labdien! Lūdzu, norādiet e-pastu.\n", hm(r), " ", (c.full, P), ": ", (L.email(c), E), "\n",
        hm(r), " ", (a.first, P), " (atbalsts): Paldies, nosūtījām saiti. Pieprasījuma ID ", uuid4(r), "\n",
    ]


# ---- Albanian (2) ---------------------------------------------------------
@_t("sq")
def _sq_form(r):
    L = Loc("AL", r)
    c = L.person()
    st, ct, town = L.address()
    return [
        "Emri: ", (c.first, P), "\nMbiemri: ", (c.last, P), "\nDatëlindja: ", (L.dob(r.randrange(2)), DOB),
        "\nVendlindja: ", (L.town(), LOC), "\nAdresa: ", (st + ", " + ct, SA), "\nCeluari: ", (L.phone("m", "nat"), PH),
        "\nEmail: ", (L.email(c), E), "\nNr. i aplikimit: ", ref(r, "AL", 8, string.digits), "\nData: ",
        L.date(0, back=5, ahead=0), "\n",
    ]


@_t("sq")
def _sq_sms(r):
    L = Loc("AL", r)
    c = L.person()
    return [
        "Përshëndetje ", (c.first, P), "! Porosia juaj ", ref(r, "", 7, string.digits), " do të dorëzohet sot. Korrieri do ju "
        "telefonojë nga ", (L.phone("m", "nat"), PH), ". Kodi: ", otp(r), "\n",
        "Përgjigje: jam në ", (L.town(), LOC), " deri të hënën, lëreni te vëllai im ", (L.person("m").first, P), "\n",
    ]


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------
class _Row:
    def __init__(self, key: str, r: random.Random):
        self.k, self.r = key, r
        self.L = Loc(key, r)
        self.p = self.L.person()
        self.st, self.ct, self.town = self.L.address()

    @property
    def full_addr(self) -> str:
        return f"{self.st}, {self.ct}"


_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?"]


def _build(r: random.Random, rows: int, locs: list[str], spec: list[tuple]) -> list[Column]:
    """spec: (header, entity, fn(row, r) -> str, blank_rate[, placeholder_rate])"""
    data = [_Row(r.choice(locs), r) for _ in range(rows)]
    cols = []
    for item in spec:
        header, ent, fn, blank = item[:4]
        ph_rate = item[4] if len(item) > 4 else 0.0
        vals: list[str | None] = []
        for row in data:
            x = r.random()
            if x < blank:
                vals.append(None)
            elif x < blank + ph_rate:
                vals.append(r.choice(_PLACEHOLDERS))
            else:
                vals.append(fn(row, r))
        cols.append(Column(header, ent, vals))
    return cols


def _yn(row, r):
    return r.choice(["true", "false", "true"])


def _money(cur):
    return lambda row, r: f"{r.randint(5, 2500)}.{r.randint(0, 99):02d}" if cur is None else amount(r, cur)


def _date_other(row, r):
    return row.L.date(0, back=700, ahead=200)


def _iso_ts(row, r):
    return ts(r, r.choice(["T", " "]))


_TABLES: list[tuple[str, list[str], object]] = []


def _table(name: str, locs: list[str]):
    def deco(fn):
        _TABLES.append((name, locs, fn))
        return fn
    return deco


@_table("pawnshop_pledges", ["US"])
def _tb_pawn():
    return [
        ("ticket_no", None, lambda w, r: ref(r, "PT", 7, string.digits), 0.0),
        ("pledgor_first", P, lambda w, r: w.p.first, 0.0),
        ("pledgor_last", P, lambda w, r: w.p.last, 0.0),
        ("dob", DOB, lambda w, r: w.L.dob(0), 0.05),
        ("ssn", SSN, lambda w, r: ssn(r, r.random() < 0.8), 0.35),
        ("tel", PH, lambda w, r: w.L.phone(style="nat"), 0.1),
        ("addr1", SA, lambda w, r: w.st, 0.05),
        ("city", LOC, lambda w, r: w.town, 0.05),
        ("item_desc", None, lambda w, r: r.choice(["14k gold chain 20in", "DeWalt drill DCD777", "PS5 console",
                                                   "Gibson Les Paul Studio", "Rolex Datejust (unverified)",
                                                   "Samsung Galaxy S23", "Ring, 0.5ct diamond"]), 0.0),
        ("serial_no", None, lambda w, r: ref(r, "", 11), 0.3),
        ("imei", None, lambda w, r: imei(r), 0.6),
        ("loan_amt", None, _money("$"), 0.0),
        ("interest_rate", None, lambda w, r: f"{r.choice([10, 15, 20, 25])}%", 0.0),
        ("pledge_date", None, _date_other, 0.0),
        ("due_date", None, _date_other, 0.0),
        ("id_type", None, lambda w, r: r.choice(["DL", "State ID", "Passport"]), 0.1),
        ("bank_acct", BANK, lambda w, r: us_account(r), 0.55),
        ("routing_no", None, lambda w, r: routing(r), 0.55),
        ("card_last4", None, lambda w, r: last4(r), 0.4),
        ("store_branch", None, lambda w, r: r.choice(["Austin #2", "Dayton", "Boise Main"]), 0.0),
        ("email_verified", None, _yn, 0.0),
    ]


@_table("secondhand_purchases", ["GB", "IE"])
def _tb_secondhand():
    return [
        ("Receipt No", None, lambda w, r: ref(r, "R", 6, string.digits), 0.0),
        ("Purchase Date", None, _date_other, 0.0),
        ("Seller Name", P, lambda w, r: w.p.full if r.random() < 0.7 else f"{w.p.last.upper()}, {w.p.first}", 0.0),
        ("Seller Address", SA, lambda w, r: w.full_addr, 0.05),
        ("Address Type", None, lambda w, r: r.choice(["home", "business", "temporary"]), 0.2),
        ("Contact Tel", PH, lambda w, r: w.L.phone(), 0.15, 0.03),
        ("Email", E, lambda w, r: w.L.email(w.p), 0.4),
        ("Date Of Birth", DOB, lambda w, r: w.L.dob(), 0.1),
        ("Item", None, lambda w, r: r.choice(["Laptop", "Road bike", "Camera body", "Guitar", "Watch", "Drone"]), 0.0),
        ("Make", None, lambda w, r: r.choice(["Dell", "Trek", "Canon", "Fender", "Seiko", "DJI", "Ted Baker"]), 0.0),
        ("Serial Number", None, lambda w, r: ref(r, "", 10), 0.2),
        ("Price Paid", None, _money("£"), 0.0),
        ("Payment Method", None, lambda w, r: r.choice(["cash", "bank transfer", "cheque"]), 0.0),
        ("Payee IBAN", IB, lambda w, r: w.L.iban(), 0.5),
        ("Payee BIC", None, lambda w, r: swift(r), 0.5),
        ("Branch", None, lambda w, r: r.choice(["Leeds", "Cork", "Norwich"]), 0.0),
        ("Police Check Ref", None, lambda w, r: ref(r, "NMPR-", 8, string.digits), 0.3),
        ("ID Seen", None, lambda w, r: r.choice(["Passport", "Driving licence", "Utility bill"]), 0.1),
    ]


@_table("werkstatt_kunden", ["DE"])
def _tb_garage_de():
    return [
        ("Kundennr", None, lambda w, r: ref(r, "K", 6, string.digits), 0.0),
        ("Vorname", P, lambda w, r: w.p.first, 0.0),
        ("Nachname", P, lambda w, r: w.p.last, 0.0),
        ("Straße", SA, lambda w, r: w.st, 0.05),
        ("Wohnort", LOC, lambda w, r: w.town, 0.05),
        ("Telefon", PH, lambda w, r: w.L.phone(style="nat"), 0.1),
        ("E-Mail", E, lambda w, r: w.L.email(w.p), 0.35),
        ("Kennzeichen", None, lambda w, r: f"{r.choice(['L', 'FR', 'HB', 'KS', 'A', 'MS'])}-{_rs(r, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {r.randint(1, 9999)}", 0.0),
        ("FIN", None, lambda w, r: "WVW" + _rs(r, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0.1),
        ("Fahrzeug", None, lambda w, r: r.choice(["VW Golf VII", "Opel Astra K", "BMW 320d", "Skoda Octavia", "Ford Fiesta"]), 0.0),
        ("Erstzulassung", None, lambda w, r: f"{r.randint(1, 12):02d}/{r.randint(2005, 2024)}", 0.0),
        ("KM-Stand", None, lambda w, r: f"{r.randint(5, 290)}.{r.randint(0, 999):03d}", 0.0),
        ("Nächste HU", None, lambda w, r: w.L.date(0, back=30, ahead=700), 0.0),
        ("Filiale", None, lambda w, r: r.choice(["Leipzig-Nord", "Kassel", "Augsburg Süd"]), 0.0),
        ("IBAN", IB, lambda w, r: w.L.iban(), 0.45),
        ("Zahlungsart", None, lambda w, r: r.choice(["Lastschrift", "Bar", "EC-Karte", "Rechnung"]), 0.0),
        ("Rabatt %", None, lambda w, r: str(r.choice([0, 0, 5, 10])), 0.0),
        ("Newsletter", None, lambda w, r: r.choice(["ja", "nein"]), 0.0),
    ]


@_table("mot_bookings", ["GB", "CY"])
def _tb_mot():
    return [
        ("bookingRef", None, lambda w, r: ref(r, "MOT", 6), 0.0),
        ("customerName", P, lambda w, r: w.p.full, 0.0),
        ("mobileNo", PH, lambda w, r: w.L.phone("m"), 0.05),
        ("emailAddr", E, lambda w, r: w.L.email(w.p), 0.2),
        ("col_7", DOB, lambda w, r: w.L.dob(0), 0.5),
        ("vehicleReg", None, lambda w, r: f"{_rs(r, 2, 'ABCDEFGHKLMNOPRSVWY')}{r.randint(10, 74)} {_rs(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}", 0.0),
        ("make", None, lambda w, r: r.choice(["Vauxhall", "Ford", "Nissan", "Kia", "Mini", "Rolls-Royce"]), 0.0),
        ("motDueDate", None, _date_other, 0.0),
        ("testStation", None, lambda w, r: r.choice(["Bristol Rd Garage", "Caerdydd MOT Centre", "Leeds Kwik Fit"]), 0.0),
        ("testerId", None, lambda w, r: ref(r, "T", 6, string.digits), 0.0),
        ("odometerMiles", None, lambda w, r: str(r.randint(4000, 180000)), 0.05),
        ("result", None, lambda w, r: r.choice(["PASS", "FAIL", "PASS with advisories", "PRS"]), 0.1),
        ("feePaid", None, lambda w, r: f"{r.choice([29.65, 35.0, 40.0, 54.85]):.2f}", 0.0),
        ("cardNumber", CC, lambda w, r: card(r), 0.45),
        ("cardLast4", None, lambda w, r: last4(r), 0.3),
        ("bookedAt", None, _iso_ts, 0.0),
        ("clientIp", IP, lambda w, r: ip4(r) if r.random() < 0.85 else ip6(r), 0.1),
        ("proxyIp", None, lambda w, r: priv_ip(r), 0.2),
        ("phoneType", None, lambda w, r: r.choice(["mobile", "landline", "work"]), 0.0),
        ("dobVerified", None, _yn, 0.0),
    ]


@_table("club_leden", ["NL"])
def _tb_club_nl():
    return [
        ("lidnummer", None, lambda w, r: ref(r, "", 7, string.digits), 0.0),
        ("voornaam", P, lambda w, r: w.p.first, 0.0),
        ("achternaam", P, lambda w, r: w.p.last, 0.0),
        ("geboortedatum", DOB, lambda w, r: w.L.dob(0), 0.05),
        ("adres", SA, lambda w, r: w.full_addr, 0.1),
        ("woonplaats", LOC, lambda w, r: w.town, 0.05),
        ("telefoon", PH, lambda w, r: w.L.phone(), 0.15, 0.03),
        ("e-mail", E, lambda w, r: w.L.email(w.p), 0.1),
        ("iban", IB, lambda w, r: w.L.iban(), 0.2),
        ("knvb_relatiecode", None, lambda w, r: ref(r, "", 7, "BCDFGHJKLMNPQRSTVWXZ"), 0.0),
        ("team", None, lambda w, r: r.choice(["JO11-2", "Heren 3", "Dames 1", "Veteranen", "MO15-1"]), 0.0),
        ("shirtmaat", None, lambda w, r: r.choice(["S", "M", "L", "XL", "164"]), 0.2),
        ("rugnummer", None, lambda w, r: str(r.randint(1, 99)), 0.3),
        ("contributie", None, _money("€"), 0.0),
        ("lid_sinds", None, _date_other, 0.0),
        ("betaald", None, lambda w, r: r.choice(["ja", "nee", "deels"]), 0.0),
        ("foto_toestemming", None, lambda w, r: r.choice(["ja", "nee"]), 0.1),
        ("noodcontact_type", None, lambda w, r: r.choice(["ouder", "partner", "buur"]), 0.4),
        ("sportpark", None, lambda w, r: r.choice(["Sportpark Johan Cruijff", "De Zuidas", "Sportpark Oost"]), 0.0),
    ]


@_table("club_app_logins", ["SE"])
def _tb_club_se():
    return [
        ("händelse_id", None, lambda w, r: uuid4(r), 0.0),
        ("tidpunkt", None, _iso_ts, 0.0),
        ("medlem", P, lambda w, r: w.p.full, 0.0),
        ("field_3", E, lambda w, r: w.L.email(w.p), 0.1),
        ("ip_adress", IP, lambda w, r: ip4(r) if r.random() < 0.8 else ip6(r), 0.0),
        ("internt_ip", None, lambda w, r: priv_ip(r), 0.0),
        ("appversion", None, lambda w, r: version(r), 0.0),
        ("enhet", None, lambda w, r: r.choice(["iPhone 14", "Pixel 8", "Galaxy A54", "iPad"]), 0.0),
        ("sessions_id", None, lambda w, r: _rs(r, 32, _HEX), 0.0),
        ("lösenord", PW, lambda w, r: password(r), 0.6),
        ("lösenord_ändrat", None, _date_other, 0.3),
        ("lösenord_hash", None, lambda w, r: argon(r) if r.random() < 0.5 else bcrypt(r), 0.0),
        ("api_nyckel", KEY, lambda w, r: api_key(r), 0.7),
        ("ort", LOC, lambda w, r: w.town, 0.2),
        ("position", None, lambda w, r: gps(r, (55.3, 66.0), (11.0, 23.0)), 0.4),
        ("telefon_typ", None, lambda w, r: r.choice(["mobil", "hem", "arbete"]), 0.0),
        ("engångskod", None, lambda w, r: otp(r), 0.5),
        ("medlemsavgift", None, _money(None), 0.0),
    ]


@_table("cruise_passengers", ["US", "CA"])
def _tb_cruise():
    return [
        ("BookingRef", None, lambda w, r: ref(r, "", 6), 0.0),
        ("PassengerFirstName", P, lambda w, r: w.p.first, 0.0),
        ("PassengerSurname", P, lambda w, r: w.p.last, 0.0),
        ("DateOfBirth", DOB, lambda w, r: w.L.dob(), 0.0),
        ("HomeCity", LOC, lambda w, r: w.town, 0.05),
        ("StreetAddress", SA, lambda w, r: w.full_addr, 0.1),
        ("Phone", PH, lambda w, r: w.L.phone(), 0.1),
        ("Email", E, lambda w, r: w.L.email(w.p), 0.1),
        ("CabinNo", None, lambda w, r: f"{r.randint(2, 11)}{r.randint(100, 399)}", 0.0),
        ("Deck", None, lambda w, r: r.choice(["Lido", "Promenade", "Riviera", "Main"]), 0.0),
        ("ShipName", None, lambda w, r: r.choice(["Queen Mary 2", "Viking Astrid", "AmaMagna", "Emerald Sakara"]), 0.0),
        ("EmbarkPort", None, lambda w, r: r.choice(["Seattle", "Fort Lauderdale", "Vancouver", "Budapest"]), 0.0),
        ("SailDate", None, _date_other, 0.0),
        ("FareUSD", None, _money(None), 0.0),
        ("DiningTime", None, lambda w, r: r.choice(["17:30", "20:00", "Anytime"]), 0.0),
        ("LoyaltyTier", None, lambda w, r: r.choice(["Gold", "Platinum", "Elite", "None"]), 0.0),
        ("CardOnFile", None, lambda w, r: masked(r), 0.2),
        ("PaymentCard", CC, lambda w, r: card(r), 0.5),
        ("GpsAtCheckin", None, lambda w, r: gps(r, (25.0, 49.0), (-125.0, -70.0)), 0.5),
        ("EmergencyContactType", None, lambda w, r: r.choice(["spouse", "child", "friend"]), 0.3),
    ]


@_table("cruzeiros_douro", ["PT"])
def _tb_douro():
    return [
        ("reserva.codigo", None, lambda w, r: ref(r, "DR", 6), 0.0),
        ("hospede.nome", P, lambda w, r: w.p.full, 0.0),
        ("hospede.data_nasc", DOB, lambda w, r: w.L.dob(0), 0.05),
        ("hospede.morada", SA, lambda w, r: w.full_addr, 0.1),
        ("hospede.localidade", LOC, lambda w, r: w.town, 0.1),
        ("hospede.telemovel", PH, lambda w, r: w.L.phone("m"), 0.05),
        ("hospede.email", E, lambda w, r: w.L.email(w.p), 0.1),
        ("pagamento.iban", IB, lambda w, r: w.L.iban(), 0.4),
        ("pagamento.ref_mb", None, lambda w, r: f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}", 0.3),
        ("navio", None, lambda w, r: r.choice(["MS Douro Queen", "Infante D. Henrique", "Vasco da Gama"]), 0.0),
        ("cabine", None, lambda w, r: str(r.randint(101, 340)), 0.0),
        ("embarque.cais", None, lambda w, r: r.choice(["Cais de Gaia", "Régua", "Pinhão"]), 0.0),
        ("data_partida", None, _date_other, 0.0),
        ("noites", None, lambda w, r: str(r.choice([1, 3, 7])), 0.0),
        ("preco_eur", None, _money(None), 0.0),
        ("regime", None, lambda w, r: r.choice(["PC", "MP", "Tudo incluído"]), 0.0),
        ("dieta", None, lambda w, r: r.choice(["vegetariana", "sem glúten", "normal"]), 0.5),
        ("criado_em", None, _iso_ts, 0.0),
    ]


@_table("dogwalk_users", ["AU", "NZ"])
def _tb_dogwalk():
    return [
        ("user_id", None, lambda w, r: uuid4(r), 0.0),
        ("owner_first", P, lambda w, r: w.p.first, 0.0),
        ("owner_surname", P, lambda w, r: w.p.last, 0.1),
        ("email", E, lambda w, r: w.L.email(w.p), 0.0),
        ("email_verified", None, _yn, 0.0),
        ("mobile", PH, lambda w, r: w.L.phone("m"), 0.1),
        ("phone_type", None, lambda w, r: r.choice(["mobile", "home"]), 0.0),
        ("home_town", LOC, lambda w, r: w.town, 0.15),
        ("addr", SA, lambda w, r: w.full_addr, 0.2),
        ("pwd", PW, lambda w, r: password(r), 0.4),
        ("password_changed_at", None, _iso_ts, 0.3),
        ("pwd_hash", None, lambda w, r: bcrypt(r), 0.0),
        ("partner_api_key", KEY, lambda w, r: api_key(r), 0.8),
        ("stripe_pk", None, lambda w, r: pk_key(r), 0.6),
        ("signup_ip", IP, lambda w, r: ip4(r), 0.1),
        ("last_ip_internal", None, lambda w, r: priv_ip(r), 0.1),
        ("dog_name", None, lambda w, r: r.choice(["Biscuit", "Max", "Luna", "Pepper", "Ollie", "Bella", "Winston"]), 0.0),
        ("dog_breed", None, lambda w, r: r.choice(["Kelpie", "Cavoodle", "Staffy", "Border Collie", "Jack Russell"]), 0.0),
        ("vet_clinic", None, lambda w, r: r.choice(["Dr Paws Vet", "Harbour Vets", "St Francis Animal Hospital"]), 0.2),
        ("walks_per_week", None, lambda w, r: str(r.randint(1, 10)), 0.0),
        ("rating", None, lambda w, r: f"{r.uniform(3, 5):.1f}", 0.1),
    ]


@_table("petsitting_reservations", ["FR"])
def _tb_petsit():
    return [
        ("ID_RESA", None, lambda w, r: ref(r, "PS", 8, string.digits), 0.0),
        ("DATE_DEBUT", None, _date_other, 0.0),
        ("DATE_FIN", None, _date_other, 0.0),
        ("PRENOM_PETSITTER", P, lambda w, r: w.L.person().first, 0.0),
        ("NOM_PROPRIETAIRE", P, lambda w, r: w.p.last, 0.0),
        ("ADRESSE_GARDE", SA, lambda w, r: w.full_addr, 0.05),
        ("VILLE_PROPRIO", LOC, lambda w, r: w.town, 0.1),
        ("TEL", PH, lambda w, r: w.L.phone(), 0.1, 0.03),
        ("ATTR2", E, lambda w, r: w.L.email(w.p), 0.25),
        ("CARTE", CC, lambda w, r: card(r), 0.5),
        ("CARTE_4_DERNIERS", None, lambda w, r: last4(r), 0.2),
        ("MONTANT", None, lambda w, r: f"{r.randint(15, 400)},{r.randint(0, 99):02d}", 0.0),
        ("ANIMAL_NOM", None, lambda w, r: r.choice(["Filou", "Minette", "Rex", "Caramel", "Noisette"]), 0.0),
        ("ESPECE", None, lambda w, r: r.choice(["chien", "chat", "lapin"]), 0.0),
        ("CODE_PORTE", None, lambda w, r: f"{r.randint(1000, 9999)}{r.choice(['', 'A', 'B'])}", 0.3),
        ("STATUT", None, lambda w, r: r.choice(["confirmée", "annulée", "terminée"]), 0.0),
        ("AGENCE", None, lambda w, r: r.choice(["Lyon Part-Dieu", "Nantes", "Lille"]), 0.0),
        ("CREE_LE", None, _iso_ts, 0.0),
    ]


@_table("centro_acustico_pazienti", ["IT"])
def _tb_hearing_it():
    return [
        ("Codice paziente", None, lambda w, r: ref(r, "PZ", 6, string.digits), 0.0),
        ("Cognome", P, lambda w, r: w.p.last, 0.0),
        ("Nome", P, lambda w, r: w.p.first, 0.0),
        ("Data di nascita", DOB, lambda w, r: w.L.dob(0), 0.0),
        ("Indirizzo", SA, lambda w, r: w.full_addr, 0.1),
        ("Comune di residenza", LOC, lambda w, r: w.town, 0.1),
        ("Tel.", PH, lambda w, r: w.L.phone(style="nat"), 0.1),
        ("Email", E, lambda w, r: w.L.email(w.p), 0.45),
        ("Perdita dx (dB)", None, lambda w, r: str(r.randint(20, 90)), 0.0),
        ("Perdita sx (dB)", None, lambda w, r: str(r.randint(20, 90)), 0.0),
        ("Modello apparecchio", None, lambda w, r: r.choice(["Phonak Audéo L90", "Oticon Intent 1", "Signia Pure C&G",
                                                             "Amplifon ampli-energy"]), 0.0),
        ("Matricola", None, lambda w, r: ref(r, "", 10, string.digits), 0.0),
        ("Data applicazione", None, _date_other, 0.0),
        ("Prossimo controllo", None, _date_other, 0.2),
        ("Garanzia fino al", None, _date_other, 0.0),
        ("Centro", None, lambda w, r: r.choice(["Bologna Centro", "Torino Lingotto", "Bari"]), 0.0),
        ("Consenso privacy", None, lambda w, r: r.choice(["SI", "NO"]), 0.0),
        ("Batteria", None, lambda w, r: r.choice(["312", "13", "10", "ricaricabile"]), 0.0),
    ]


@_table("hearing_aid_orders", ["CZ", "LV", "MT"])
def _tb_hearing_orders():
    return [
        ("ord_id", None, lambda w, r: ref(r, "HA", 7, string.digits), 0.0),
        ("field_1", P, lambda w, r: w.p.full, 0.0),
        ("dob", DOB, lambda w, r: w.L.dob(0), 0.1),
        ("dob_verified", None, _yn, 0.0),
        ("tel", PH, lambda w, r: w.L.phone(), 0.1, 0.02),
        ("tel_type", None, lambda w, r: r.choice(["mobile", "home", "carer"]), 0.0),
        ("addr", SA, lambda w, r: w.full_addr, 0.05),
        ("attr2", LOC, lambda w, r: w.town, 0.1),
        ("device_model", None, lambda w, r: r.choice(["Widex Moment 440", "ReSound Omnia 9", "Starkey Genesis AI"]), 0.0),
        ("device_sn", None, lambda w, r: ref(r, "", 9, string.digits), 0.0),
        ("fw_version", None, lambda w, r: version(r), 0.0),
        ("price_eur", None, _money(None), 0.0),
        ("card_no", CC, lambda w, r: card(r), 0.55),
        ("card_exp", None, lambda w, r: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", 0.55),
        ("order_ip", IP, lambda w, r: ip4(r), 0.05),
        ("created", None, _iso_ts, 0.0),
        ("tracking", None, lambda w, r: ref(r, "", 2, string.ascii_uppercase) + ref(r, "", 9, string.digits) + "MT", 0.3),
        ("notes", None, lambda w, r: r.choice(["", "N/A", "call before delivery", "left ear only"]), 0.5),
        ("clinic", None, lambda w, r: r.choice(["Brno", "Rīga", "Sliema"]), 0.0),
    ]


# ---------------------------------------------------------------------------
# rendering + checks
# ---------------------------------------------------------------------------
_STRIP = " \t\n\"'()[]<>{},;:.!?"


def _render(parts: list) -> Text:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            val, lab = p
            assert lab in LABELS, lab
            assert val, "empty span value"
            spans.append((pos, pos + len(val), lab))
            buf.append(val)
            pos += len(val)
        else:
            buf.append(p)
            pos += len(p)
    text = "".join(buf)
    prev_end = -1
    for (s, e, lab), val in zip(spans, [p[0] for p in parts if isinstance(p, tuple)]):
        assert text[s:e] == val, (text[s:e], val)
        assert s >= prev_end, "overlapping spans"
        prev_end = e
        # no surrounding quotes/brackets/trailing punctuation inside a span (a name initial's period is the
        # allowed exception; secrets are taken verbatim)
        assert val[0] not in _STRIP or (lab == PH and val[0] in "(+"), (lab, val)
        if val[-1] in _STRIP:
            assert lab in (PW, KEY) or (val[-1] == "." and lab == P), (lab, val)
    return Text(text, spans)


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"bluff-{seed}-text-{i}-{tpl.name}")
        out.append(_render(tpl.fn(r)))
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, locs, fn in _TABLES:
        r = random.Random(f"bluff-{seed}-table-{name}")
        cols = _build(r, rows, locs, fn())
        assert len({c.name for c in cols}) == len(cols)
        out[name] = cols
    return out


if __name__ == "__main__":  # quick self-check: python bench/accuracy_split_bluff.py
    import hashlib
    import sys

    texts = free_text(500, 7)
    tables = structured(150, 11)
    blob = json.dumps([[t.text, t.spans] for t in texts]
                      + [[k, c.name, c.entity, c.values] for k, cols in tables.items() for c in cols])
    print(hashlib.sha256(blob.encode()).hexdigest()[:16])
    if "-v" in sys.argv:
        from collections import Counter
        print(len(TEMPLATES), "templates", Counter(t.lang for t in TEMPLATES))
        print(Counter(lab for t in texts for _, _, lab in t.spans))
        for k, cols in tables.items():
            pii = sum(c.entity is not None for c in cols)
            print(k, len(cols), pii, len(cols) - pii)
