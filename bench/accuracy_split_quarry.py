"""Data card: `quarry` split of the pii-audit accuracy benchmark.

Author: an independent author (an agent that had never seen the scanner's rules, tests, docs or the
other splits' templates), written 2026-11-26 from the labelling brief only; not tuned on any result.

What: synthetic, seeded records of the kind a privacy engineer finds in a company's stores.
  * free_text(n, seed): n texts; text i comes from template i % 72. 72 templates, 6 for each of 12
    domains: airline bookings and loyalty, real-estate agency, law firm intake, home services
    marketplace, dating app trust & safety, e-commerce returns, online bank fraud desk, hospital
    patient admin, tax preparation, wedding/event planner, subscription box service, public library.
    Shapes: e-mails with signatures and quoted replies, chat/SMS/WhatsApp lines, support tickets,
    agent call notes, CRM notes, form dumps, JSON and key=value log lines, web access logs, CSV-ish
    lines, config snippets, OCR'd letters, voicemail transcripts (lower case, no punctuation),
    subject lines.
  * Languages: English (US 11, GB 7, AU 5, CA 5, IE 5, NZ 4, ZA 4, plus one English-keyed log line
    with Swedish values) in 42 templates; 30 (about 42%) in Spanish (MX 3, AR 3, CO 2), Italian 3,
    Dutch (BE) 3, Polish 3, Czech 3, Slovak 2, Croatian 2, Slovenian 1, Swedish 1, Estonian 2 and
    Lithuanian 2 (Estonian and Lithuanian chosen of the three Baltic languages).
  * Values are fresh per text: Faker names per locale (custom lists for ZA and Lithuanian women),
    e-mails derived from the names, phones valid per `phonenumbers` for the country in national and
    international formats with varied separators, street addresses in the country's layout with
    real town names and postcode shapes, dates of birth in local numeric styles and month words
    (and spoken English in voicemails), IBANs with valid mod-97 check digits, Luhn-valid card
    numbers (Visa, Mastercard, Amex, Discover), US SSNs in valid ranges, US bank account numbers,
    public IPv4/IPv6, plaintext passwords in context, API keys in vendor shapes (Stripe, AWS,
    GitHub, Slack, Google, SendGrid, Twilio, GitLab, Mailchimp, OpenAI-like).
  * Labels: PERSON (full name one span, lone given/surname also a span, titles outside),
    EMAIL_ADDRESS, PHONE_NUMBER (as written, with +cc and separators), STREET_ADDRESS (street line
    plus town/postcode when written as one block on the same or next line), LOCATION (a town/city/
    region/country named alone as home, origin or travel destination), DATE_OF_BIRTH (birth dates
    only), PASSWORD and API_KEY (the secret value only), CREDIT_CARD, US_SSN, US_BANK_NUMBER,
    IBAN_CODE, IP_ADDRESS.
  * Look-alikes (never labelled), mixed into the same texts: order/ticket/invoice/tracking/booking
    (PNR)/e-ticket/policy/claim/case/MRN numbers, frequent-flyer and Luhn-valid gift/loyalty card
    numbers, masked cards, last-4s, BINs, ABA routing numbers, non-birth dates and timestamps,
    version strings (some IPv4-shaped), hashes, UUIDs, key IDs and PGP fingerprints, private and
    loopback IPs, coordinates, prices, company/brand/product/drug/venue names (people-like brands
    such as Ted Baker, street-like product names such as "Abbey Road"), pet names, room names, job
    titles, department codes, password-policy text, placeholders (N/A, -, [redacted], XXX).
  * structured(rows, seed): 12 tables (one per domain), 13-16 columns each, about half PII and
    half look-alike columns (entity None). Headers mix snake_case, camelCase, PascalCase,
    UPPER_SNAKE, spaces, dotted JSON paths, abbreviations, opaque names (c3, attr_12, f7) and
    headers in the table's languages. Blanks (None) at realistic rates, placeholders, mixed formats
    within a column. Look-alikes sit under PII-sounding headers (email_verified, phone_type,
    card_brand, ip_version, birth_year_bucket, address_type, password_last_changed, ...).
Determinism: every value comes from random.Random(f"quarry-{seed}") (Faker instances are seeded
from it); no clock, no set ordering, no hash-seed dependence.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["free_text", "structured", "TEMPLATES"]

_D = string.digits
_AN = string.ascii_letters + string.digits
_UPAN = string.ascii_uppercase + string.digits
_HEX = "0123456789abcdef"


def _dg(rng, n):
    return "".join(rng.choice(_D) for _ in range(n))


def _ch(rng, n, alpha=_AN):
    return "".join(rng.choice(alpha) for _ in range(n))


def _grp(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- locales
_EN_STREETS = ["Maple Avenue", "Oak Street", "Elm Street", "Church Road", "High Street", "Station Road",
               "Victoria Road", "Park Lane", "Mill Lane", "King Street", "Queen Street", "Cedar Drive",
               "Willow Way", "Pine Street", "Lakeview Drive", "Harbour Road", "Grange Road", "Orchard Close",
               "Washington Avenue", "Lincoln Street", "Riverside Drive", "Hillcrest Road", "Beach Road",
               "George Street", "Albert Street", "Chapel Lane", "Meadow Court", "Forest Avenue"]
_ZA_STREETS = ["Jan Smuts Avenue", "Oxford Road", "Main Road", "Voortrekker Road", "Church Street",
               "Nelson Mandela Drive", "Long Street", "Florida Road", "Kloof Street", "Rivonia Road", "Dorp Street",
               "Bree Street", "Louis Botha Avenue", "Beyers Naudé Drive"]
_EE_STREETS = ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Mustamäe tee", "Sõpruse pst", "Riia tn", "Kalda tee",
               "Vabaduse pst", "Rüütli tn", "Tähe tn", "Männi tn", "Kase tn", "Ehitajate tee", "Lai tn"]
_LT_STREETS = ["Gedimino pr.", "Konstitucijos pr.", "Savanorių pr.", "Vilniaus g.", "Laisvės al.", "Taikos pr.",
               "Žalgirio g.", "Ozo g.", "Basanavičiaus g.", "Kauno g.", "Liepų g.", "Tilžės g.", "Pylimo g."]
_ZA_FIRST = ["Thabo", "Sipho", "Lerato", "Nomvula", "Pieter", "Johan", "Annelie", "Zanele", "Bongani", "Ayanda",
             "Karabo", "Naledi", "Riaan", "Mandla", "Thandeka", "Priya", "Kagiso", "Marelize", "Lindiwe", "Dewald"]
_ZA_LAST = ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Naidoo", "Pillay", "Mokoena", "Khumalo", "Pretorius",
            "Venter", "Ndlovu", "Smit", "Mahlangu", "Coetzee", "Govender", "Jacobs", "Molefe", "du Plessis"]
_LT_FFIRST = ["Rūta", "Eglė", "Austėja", "Gabija", "Ieva", "Laura", "Jurgita", "Agnė", "Indrė", "Milda", "Vaida"]
_LT_FLAST = ["Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė",
             "Butkutė", "Paulauskienė", "Urbonaitė", "Kavaliauskienė"]

# towns: (name, postcode pattern (# digit, @ letter), region)
_TOWNS = {
    "US": [("Denver", "802##", "CO"), ("Austin", "787##", "TX"), ("Columbus", "432##", "OH"), ("Tampa", "336##", "FL"),
           ("Portland", "972##", "OR"), ("Raleigh", "276##", "NC"), ("Omaha", "681##", "NE"), ("Boise", "837##", "ID"),
           ("Tucson", "857##", "AZ"), ("Madison", "537##", "WI"), ("Albany", "122##", "NY"), ("Richmond", "232##", "VA"),
           ("Sacramento", "958##", "CA"), ("Buffalo", "142##", "NY"), ("Spokane", "992##", "WA")],
    "GB": [("Leeds", "LS# #@@", ""), ("Bristol", "BS# #@@", ""), ("Norwich", "NR# #@@", ""), ("Cardiff", "CF# #@@", ""),
           ("Glasgow", "G# #@@", ""), ("Sheffield", "S# #@@", ""), ("Brighton", "BN# #@@", ""), ("Exeter", "EX# #@@", ""),
           ("Leicester", "LE# #@@", ""), ("York", "YO## #@@", ""), ("Derby", "DE## #@@", ""), ("Swansea", "SA# #@@", "")],
    "AU": [("Ballarat", "3350", "VIC"), ("Geelong", "3220", "VIC"), ("Newcastle", "2300", "NSW"), ("Wollongong", "2500", "NSW"),
           ("Townsville", "4810", "QLD"), ("Cairns", "4870", "QLD"), ("Toowoomba", "4350", "QLD"), ("Bunbury", "6230", "WA"),
           ("Launceston", "7250", "TAS"), ("Darwin", "0800", "NT"), ("Adelaide", "5000", "SA"), ("Canberra", "2600", "ACT")],
    "CA": [("Toronto", "M#@ #@#", "ON"), ("Ottawa", "K#@ #@#", "ON"), ("Hamilton", "L#@ #@#", "ON"), ("Montréal", "H#@ #@#", "QC"),
           ("Québec", "G#@ #@#", "QC"), ("Vancouver", "V#@ #@#", "BC"), ("Victoria", "V#@ #@#", "BC"), ("Calgary", "T#@ #@#", "AB"),
           ("Edmonton", "T#@ #@#", "AB"), ("Winnipeg", "R#@ #@#", "MB"), ("Halifax", "B#@ #@#", "NS"), ("Saskatoon", "S#@ #@#", "SK")],
    "NZ": [("Hamilton", "3204", ""), ("Tauranga", "3110", ""), ("Dunedin", "9016", ""), ("Napier", "4110", ""), ("Nelson", "7010", ""),
           ("Palmerston North", "4410", ""), ("Whangārei", "0110", ""), ("Rotorua", "3010", ""), ("Invercargill", "9810", ""),
           ("Christchurch", "8011", ""), ("Wellington", "6011", ""), ("Auckland", "1010", "")],
    "IE": [("Galway", "H91 @#@#", "Co. Galway"), ("Cork", "T12 @#@#", "Co. Cork"), ("Limerick", "V94 @#@#", "Co. Limerick"),
           ("Waterford", "X91 @#@#", "Co. Waterford"), ("Kilkenny", "R95 @#@#", "Co. Kilkenny"), ("Sligo", "F91 @#@#", "Co. Sligo"),
           ("Athlone", "N37 @#@#", "Co. Westmeath"), ("Drogheda", "A92 @#@#", "Co. Louth"), ("Tralee", "V92 @#@#", "Co. Kerry"),
           ("Ennis", "V95 @#@#", "Co. Clare"), ("Dublin 8", "D08 @#@#", ""), ("Navan", "C15 @#@#", "Co. Meath")],
    "ZA": [("Johannesburg", "2196", "Gauteng"), ("Pretoria", "0181", "Gauteng"), ("Durban", "4001", "KwaZulu-Natal"),
           ("Cape Town", "8001", "Western Cape"), ("Stellenbosch", "7600", "Western Cape"), ("Gqeberha", "6001", "Eastern Cape"),
           ("Bloemfontein", "9301", "Free State"), ("Polokwane", "0699", "Limpopo"), ("Pietermaritzburg", "3201", "KwaZulu-Natal"),
           ("East London", "5201", "Eastern Cape"), ("Mbombela", "1200", "Mpumalanga"), ("Kimberley", "8301", "Northern Cape")],
    "MX": [("Ciudad de México", "0####", "CDMX"), ("Guadalajara", "44###", "Jal."), ("Monterrey", "64###", "N.L."),
           ("Puebla", "72###", "Pue."), ("Querétaro", "76###", "Qro."), ("Mérida", "97###", "Yuc."), ("Tijuana", "22###", "B.C."),
           ("León", "37###", "Gto."), ("Oaxaca", "68###", "Oax."), ("Morelia", "58###", "Mich."), ("Toluca", "50###", "Méx.")],
    "AR": [("CABA", "C1###", ""), ("Córdoba", "X5000", "Córdoba"), ("Rosario", "S2000", "Santa Fe"), ("Mendoza", "M5500", "Mendoza"),
           ("La Plata", "B1900", "Buenos Aires"), ("Mar del Plata", "B7600", "Buenos Aires"), ("Salta", "A4400", "Salta"),
           ("San Miguel de Tucumán", "T4000", "Tucumán"), ("Neuquén", "Q8300", "Neuquén"), ("Bahía Blanca", "B8000", "Buenos Aires")],
    "CO": [("Bogotá", "1101##", "Cundinamarca"), ("Medellín", "0500##", "Antioquia"), ("Cali", "7600##", "Valle del Cauca"),
           ("Barranquilla", "0800##", "Atlántico"), ("Cartagena", "1300##", "Bolívar"), ("Bucaramanga", "6800##", "Santander"),
           ("Pereira", "6600##", "Risaralda"), ("Manizales", "1700##", "Caldas"), ("Santa Marta", "4700##", "Magdalena")],
    "IT": [("Milano", "201##", "MI"), ("Torino", "101##", "TO"), ("Bologna", "401##", "BO"), ("Firenze", "501##", "FI"),
           ("Napoli", "801##", "NA"), ("Bari", "701##", "BA"), ("Verona", "371##", "VR"), ("Padova", "351##", "PD"),
           ("Genova", "161##", "GE"), ("Palermo", "901##", "PA"), ("Trento", "381##", "TN"), ("Perugia", "061##", "PG")],
    "BE": [("Gent", "9000", ""), ("Antwerpen", "2000", ""), ("Brugge", "8000", ""), ("Leuven", "3000", ""), ("Mechelen", "2800", ""),
           ("Hasselt", "3500", ""), ("Kortrijk", "8500", ""), ("Aalst", "9300", ""), ("Genk", "3600", ""), ("Oostende", "8400", ""),
           ("Sint-Niklaas", "9100", ""), ("Turnhout", "2300", "")],
    "PL": [("Warszawa", "0#-###", ""), ("Kraków", "3#-###", ""), ("Łódź", "9#-###", ""), ("Wrocław", "5#-###", ""),
           ("Poznań", "6#-###", ""), ("Gdańsk", "80-###", ""), ("Lublin", "20-###", ""), ("Katowice", "40-###", ""),
           ("Białystok", "15-###", ""), ("Rzeszów", "35-###", ""), ("Toruń", "87-###", ""), ("Opole", "45-###", "")],
    "CZ": [("Praha", "1## 00", ""), ("Brno", "6## 00", ""), ("Ostrava", "7## 00", ""), ("Plzeň", "3## 00", ""),
           ("Olomouc", "779 00", ""), ("Liberec", "460 01", ""), ("České Budějovice", "370 01", ""),
           ("Hradec Králové", "500 02", ""), ("Pardubice", "530 02", ""), ("Zlín", "760 01", ""), ("Jihlava", "586 01", "")],
    "SK": [("Bratislava", "8## 0#", ""), ("Košice", "040 01", ""), ("Prešov", "080 01", ""), ("Žilina", "010 01", ""),
           ("Nitra", "949 01", ""), ("Banská Bystrica", "974 01", ""), ("Trnava", "917 01", ""), ("Trenčín", "911 01", ""),
           ("Martin", "036 01", ""), ("Poprad", "058 01", "")],
    "HR": [("Zagreb", "10000", ""), ("Split", "21000", ""), ("Rijeka", "51000", ""), ("Osijek", "31000", ""), ("Zadar", "23000", ""),
           ("Pula", "52100", ""), ("Slavonski Brod", "35000", ""), ("Karlovac", "47000", ""), ("Varaždin", "42000", ""),
           ("Šibenik", "22000", ""), ("Dubrovnik", "20000", "")],
    "SI": [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""), ("Koper", "6000", ""),
           ("Velenje", "3320", ""), ("Novo mesto", "8000", ""), ("Ptuj", "2250", ""), ("Nova Gorica", "5000", ""),
           ("Murska Sobota", "9000", "")],
    "SE": [("Stockholm", "1## ##", ""), ("Göteborg", "41# ##", ""), ("Malmö", "21# ##", ""), ("Uppsala", "75# ##", ""),
           ("Västerås", "72# ##", ""), ("Örebro", "70# ##", ""), ("Linköping", "58# ##", ""), ("Umeå", "90# ##", ""),
           ("Lund", "22# ##", ""), ("Gävle", "80# ##", "")],
    "EE": [("Tallinn", "10###", ""), ("Tartu", "50###", ""), ("Narva", "20###", ""), ("Pärnu", "80###", ""),
           ("Viljandi", "71###", ""), ("Rakvere", "44###", ""), ("Kuressaare", "93###", ""), ("Haapsalu", "90###", "")],
    "LT": [("Vilnius", "LT-0####", ""), ("Kaunas", "LT-4####", ""), ("Klaipėda", "LT-9####", ""), ("Šiauliai", "LT-7####", ""),
           ("Panevėžys", "LT-3####", ""), ("Alytus", "LT-6####", ""), ("Marijampolė", "LT-68###", ""), ("Utena", "LT-28###", "")],
}
# foreign destinations (LOCATION when someone travels there)
_DEST = ["Lisbon", "Barcelona", "Dubrovnik", "Bali", "Cancún", "Reykjavík", "Kraków", "Prague", "Tenerife", "Phuket",
         "Vancouver", "Sydney", "Marrakesh", "Edinburgh", "Buenos Aires", "Cape Town", "Naples", "Tallinn", "Split",
         "Queenstown", "Orlando", "Bogotá", "Vilnius", "Lima"]

_EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"],
    "GB": ["gmail.com", "btinternet.com", "sky.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "CA": ["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca", "outlook.com", "videotron.ca"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com"],
    "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "outlook.es"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
    "CO": ["gmail.com", "hotmail.com", "une.net.co", "outlook.com"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it"],
    "BE": ["gmail.com", "telenet.be", "skynet.be", "proximus.be", "hotmail.be"],
    "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "CZ": ["seznam.cz", "gmail.com", "centrum.cz", "email.cz", "volny.cz"],
    "SK": ["azet.sk", "gmail.com", "centrum.sk", "post.sk"],
    "HR": ["gmail.com", "net.hr", "t-com.hr", "yahoo.com"],
    "SI": ["gmail.com", "siol.net", "amis.net", "t-2.net"],
    "SE": ["gmail.com", "telia.com", "hotmail.se", "bredband.net", "outlook.com"],
    "EE": ["gmail.com", "hot.ee", "mail.ee", "online.ee"],
    "LT": ["gmail.com", "inbox.lt", "one.lt", "yahoo.com"],
}

_FAKER_LOC = {"US": "en_US", "GB": "en_GB", "AU": "en_AU", "CA": "en_CA", "NZ": "en_NZ", "IE": "en_IE", "ZA": None,
              "MX": "es_MX", "AR": "es_AR", "CO": "es_CO", "IT": "it_IT", "BE": "nl_BE", "PL": "pl_PL", "CZ": "cs_CZ",
              "SK": "sk_SK", "HR": "hr_HR", "SI": "sl_SI", "SE": "sv_SE", "EE": "et_EE", "LT": "lt_LT"}
_REGIONS = list(_FAKER_LOC)
_IBAN_CC = {"GB": "GB", "IE": "IE", "IT": "IT", "BE": "BE", "PL": "PL", "CZ": "CZ", "SK": "SK", "HR": "HR", "SI": "SI",
            "SE": "SE", "EE": "EE", "LT": "LT"}
_IBAN_LEN = {"GB": 22, "IE": 22, "IT": 27, "BE": 16, "PL": 28, "CZ": 24, "SK": 24, "HR": 21, "SI": 19, "SE": 24,
             "EE": 20, "LT": 20, "ES": 24, "NL": 18, "DE": 22, "FR": 27}
_GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA", "MONZ"]
_IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]

# national-number prefixes used to draw valid numbers (checked with phonenumbers)
_PHONE = {
    "US": (1, ["212", "303", "512", "614", "813", "503", "919", "402", "208", "520", "608", "518", "804", "916", "716", "509"], 10),
    "CA": (1, ["416", "613", "905", "514", "418", "604", "250", "403", "780", "204", "902", "306"], 10),
    "GB": (44, ["74", "75", "77", "78", "79", "113", "117", "1603", "29", "141", "114", "1273", "1392"], 10),
    "AU": (61, ["4", "4", "3", "2", "7", "8"], 9),
    "NZ": (64, ["21", "22", "27", "7", "3", "9", "4", "6"], 9),
    "IE": (353, ["83", "85", "86", "87", "89", "91", "21", "61", "1"], 9),
    "ZA": (27, ["82", "83", "72", "73", "79", "11", "21", "31", "12"], 9),
    "MX": (52, ["55", "33", "81", "222", "442", "999", "664"], 10),
    "AR": (54, ["911", "9351", "9341", "9261", "11", "351"], 10),
    "CO": (57, ["300", "301", "310", "311", "315", "320", "321", "601", "604"], 10),
    "IT": (39, ["32", "33", "34", "35", "36", "38", "39", "02", "06", "011"], 10),
    "BE": (32, ["47", "48", "49", "9", "3", "2"], 9),
    "PL": (48, ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88", "22", "12"], 9),
    "CZ": (420, ["60", "72", "73", "77", "79", "2", "5"], 9),
    "SK": (421, ["90", "91", "94", "95", "2"], 9),
    "HR": (385, ["91", "92", "95", "97", "98", "99", "1", "21"], 9),
    "SI": (386, ["30", "31", "40", "41", "51", "64", "70", "1"], 8),
    "SE": (46, ["70", "72", "73", "76", "8", "31", "40"], 9),
    "EE": (372, ["5", "5", "6"], 8),
    "LT": (370, ["6", "6", "5"], 8),
}


# ---------------------------------------------------------------- dates
_M = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
}
_LANG = {"US": "en", "GB": "en", "AU": "en", "CA": "en", "NZ": "en", "IE": "en", "ZA": "en", "MX": "es", "AR": "es",
         "CO": "es", "IT": "it", "BE": "nl", "PL": "pl", "CZ": "cs", "SK": "sk", "HR": "hr", "SI": "sl", "SE": "sv",
         "EE": "et", "LT": "lt"}
_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
        "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _n2w(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])


def _year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + _ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return _n2w(hi) + " " + ("hundred" if lo == 0 else ("oh " + _ONES[lo]) if lo < 10 else _n2w(lo))


def _sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _fmt_date(rng, d: dt.date, region: str, words=None) -> str:
    lang = _LANG[region]
    D, M, Y = d.day, d.month, d.year
    mn = _M[lang][M - 1]
    if words is None:
        words = rng.random() < 0.35
    if lang == "en":
        if region == "US":
            num = [f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y}", f"{M}-{D}-{Y}"]
            wd = [f"{mn} {D}, {Y}", f"{mn[:3]} {D} {Y}", f"{mn} {D}{_sfx(D)}, {Y}"]
        elif region == "CA":
            num = [f"{Y}-{M:02d}-{D:02d}", f"{D:02d}/{M:02d}/{Y}", f"{M:02d}/{D:02d}/{Y}"]
            wd = [f"{mn} {D}, {Y}", f"{D} {mn} {Y}"]
        else:
            num = [f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D:02d}-{M:02d}-{Y}"]
            wd = [f"{D} {mn} {Y}", f"{D}{_sfx(D)} {mn} {Y}", f"{D}{_sfx(D)} of {mn} {Y}", f"{D} {mn[:3]} {Y}"]
    elif lang == "es":
        num = [f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}", f"{D:02d}-{M:02d}-{Y}"]
        wd = [f"{D} de {mn} de {Y}", f"{D} de {mn} del {Y}", f"{D}-{mn[:3]}-{Y}"]
    elif lang == "it":
        num = [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}/{M}/{Y}"]
        wd = [f"{D} {mn} {Y}", f"{D} {mn.capitalize()} {Y}"]
    elif lang == "nl":
        num = [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}-{M:02d}-{Y}", f"{D}/{M}/{Y}"]
        wd = [f"{D} {mn} {Y}"]
    elif lang == "pl":
        num = [f"{D:02d}.{M:02d}.{Y}", f"{D:02d}.{M:02d}.{Y} r.", f"{Y}-{M:02d}-{D:02d}"]
        wd = [f"{D} {mn} {Y} r.", f"{D} {mn} {Y}"]
    elif lang in ("cs", "sk", "sl"):
        num = [f"{D}. {M}. {Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}"]
        wd = [f"{D}. {mn} {Y}"]
    elif lang == "hr":
        num = [f"{D:02d}.{M:02d}.{Y}.", f"{D}. {M}. {Y}.", f"{D}.{M}.{Y}."]
        wd = [f"{D}. {mn} {Y}."]
    elif lang == "sv":
        num = [f"{Y}-{M:02d}-{D:02d}", f"{D}/{M} {Y}", f"{Y}{M:02d}{D:02d}"]
        wd = [f"{D} {mn} {Y}"]
    elif lang == "et":
        num = [f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}"]
        wd = [f"{D}. {mn} {Y}", f"{D}. {mn} {Y}. a"]
    else:  # lt
        num = [f"{Y}-{M:02d}-{D:02d}", f"{Y}.{M:02d}.{D:02d}"]
        wd = [f"{Y} m. {mn} {D} d.", f"{Y} m. {mn} {D} d"]
    return rng.choice(wd if words else num)


def _rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------- helpers for values
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "'": "", " ": "", "-": ""})


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode().lower()


def _iban(rng, cc: str, grouped=None) -> str:
    n = _IBAN_LEN[cc] - 4
    if cc == "GB":
        bban = rng.choice(_GB_BANKS) + _dg(rng, 14)
    elif cc == "IE":
        bban = rng.choice(_IE_BANKS) + _dg(rng, 14)
    elif cc == "IT":
        bban = rng.choice(string.ascii_uppercase) + _dg(rng, 22)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB"]) + _dg(rng, 10)
    elif cc == "BE":
        head = _dg(rng, 10)
        bban = f"{head}{(int(head) % 97) or 97:02d}"
    else:
        bban = _dg(rng, n)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.6
    return _grp(iban, 4) if grouped else iban


def _card(rng, fmt=None) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        num = _luhn(rng, "4", 16)
    elif brand == "mc":
        num = _luhn(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif brand == "amex":
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        num = _luhn(rng, "6011", 16)
    if fmt is None:
        fmt = rng.choice(["sp", "sp", "dash", "plain"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "sp" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return _grp(num, 4, sep)


def _ssn(rng, fmt=None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or rng.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def _routing(rng) -> str:
    while True:
        b = rng.choice(["0", "1", "2", "3"]) + _dg(rng, 7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(b, w))
        chk = (10 - s % 10) % 10
        return b + str(chk)


_PW_WORDS = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Princess", "Football", "Welcome", "Shadow", "Tigger",
             "Bailey", "Kasia", "Praha", "Milano", "Boca", "Hajduk", "Lietuva", "Tallinn", "Gouda", "Koala", "Springbok",
             "Rugby", "Mariposa", "Tango", "Sole", "Zlatan", "Liverpool", "Maple", "Kiwi", "Dublin"]


def _password(rng) -> str:
    k = rng.randrange(6)
    w = rng.choice(_PW_WORDS)
    if k == 0:
        return w + str(rng.randint(1975, 2026)) + rng.choice("!#$%*?")
    if k == 1:
        return _ch(rng, rng.randint(10, 16), _AN + "!#$%&*+-=?@^_")
    if k == 2:
        t = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
        return t + _dg(rng, rng.randint(2, 4))
    if k == 3:
        words = ["horse", "battery", "staple", "river", "lamp", "coffee", "otter", "violet", "cactus", "nimbus", "pepper"]
        return "-".join(rng.sample(words, 3)) + "-" + _dg(rng, 2)
    if k == 4:
        return w.lower() + _dg(rng, rng.choice([2, 4]))
    return w[:1].lower() + w[1:].upper() + "_" + _dg(rng, 3) + rng.choice("!.#")


def _api_key(rng) -> str:
    k = rng.randrange(11)
    if k == 0:
        return "sk_live_" + _ch(rng, 24)
    if k == 1:
        return "AKIA" + _ch(rng, 16, string.ascii_uppercase + "234567")
    if k == 2:
        return "ghp_" + _ch(rng, 36)
    if k == 3:
        return f"xoxb-{_dg(rng, 12)}-{_dg(rng, 13)}-{_ch(rng, 24)}"
    if k == 4:
        return "AIza" + _ch(rng, 35, _AN + "-_")
    if k == 5:
        return f"SG.{_ch(rng, 22, _AN + '-_')}.{_ch(rng, 43, _AN + '-_')}"
    if k == 6:
        return "SK" + _ch(rng, 32, _HEX)
    if k == 7:
        return "glpat-" + _ch(rng, 20, _AN + "-_")
    if k == 8:
        return _ch(rng, 32, _HEX) + "-us" + str(rng.randint(2, 21))
    if k == 9:
        return "rk_live_" + _ch(rng, 32)
    return "sk-proj-" + _ch(rng, 48, _AN + "-_")


def _pat(rng, p: str) -> str:
    return "".join(rng.choice(_D) if c == "#" else rng.choice(string.ascii_uppercase) if c == "@" else c for c in p)


def _priv_ip(rng) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return "127.0.0.1"
    return rng.choice(["::1", "fe80::" + _ch(rng, 4, _HEX) + ":" + _ch(rng, 4, _HEX) + ":" + _ch(rng, 4, _HEX) + ":" + _ch(rng, 4, _HEX)])


_CUR = {"US": ("$", "pre"), "CA": ("C$", "pre"), "AU": ("A$", "pre"), "NZ": ("NZ$", "pre"), "GB": ("£", "pre"),
        "IE": ("€", "pre"), "ZA": ("R", "pre "), "MX": ("$", "pre"), "AR": ("$", "pre "), "CO": ("COP", "pre "),
        "IT": ("€", "post "), "BE": ("€", "pre "), "PL": ("zł", "post "), "CZ": ("Kč", "post "), "SK": ("€", "post "),
        "HR": ("€", "post "), "SI": ("€", "post "), "SE": ("kr", "post "), "EE": ("€", "post "), "LT": ("€", "post ")}


# ---------------------------------------------------------------- per-text values
class _Fakers:
    def __init__(self, rng):
        self.f = {}
        for reg in _REGIONS:
            loc = _FAKER_LOC[reg]
            if loc is None:
                continue
            fk = Faker(loc)
            fk.seed_instance(rng.randrange(1 << 30))
            self.f[reg] = fk


_ENT = {"first": "PERSON", "last": "PERSON", "full": "PERSON", "fullr": "PERSON", "email": "EMAIL_ADDRESS",
        "phone": "PHONE_NUMBER", "phonei": "PHONE_NUMBER", "phonen": "PHONE_NUMBER", "addr": "STREET_ADDRESS",
        "addrml": "STREET_ADDRESS", "street": "STREET_ADDRESS", "town": "LOCATION", "dest": "LOCATION",
        "dob": "DATE_OF_BIRTH", "dobw": "DATE_OF_BIRTH", "dobn": "DATE_OF_BIRTH", "dobspoken": "DATE_OF_BIRTH",
        "iban": "IBAN_CODE", "card": "CREDIT_CARD", "ssn": "US_SSN", "bank": "US_BANK_NUMBER", "ip": "IP_ADDRESS",
        "ipv": "IP_ADDRESS", "pw": "PASSWORD", "key": "API_KEY"}


class _V:
    """Lazy slot values for one text (or one table row) in one region."""

    def __init__(self, rng, fakers: _Fakers, region: str):
        self.rng, self.fk, self.reg = rng, fakers, region
        self.cache: dict[str, str] = {}
        self.people: dict[int, tuple] = {}

    # -- people
    def person(self, k=0):
        if k not in self.people:
            rng, reg = self.rng, self.reg
            fem = rng.random() < 0.5
            if reg == "ZA":
                first, last = rng.choice(_ZA_FIRST), rng.choice(_ZA_LAST)
            elif reg == "LT" and fem:
                first, last = rng.choice(_LT_FFIRST), rng.choice(_LT_FLAST)
            else:
                f = self.fk.f[reg]
                first = f.first_name_female() if fem else f.first_name_male()
                last = f.last_name_female() if fem else f.last_name_male()
                if reg in ("MX", "AR", "CO") and rng.random() < 0.4:
                    last = last + " " + f.last_name()
            self.people[k] = (first, last)
        return self.people[k]

    def email_of(self, k):
        first, last = self.person(k)
        f, l = _fold(first), _fold(last.split(" ")[0] if self.reg in ("MX", "AR", "CO") else last)
        rng = self.rng
        local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}",
                            f"{f}.{l}{rng.randint(70, 99)}", f"{f}{rng.randint(1, 999)}"])
        return local + "@" + rng.choice(_EMAIL_DOMAINS[self.reg])

    # -- phones
    def phone_obj(self):
        cc, prefixes, L = _PHONE[self.reg]
        reg = self.reg
        for i in range(2000):
            p = self.rng.choice(prefixes)
            ln = L if i < 300 else self.rng.choice([L - 1, L, L + 1])
            nsn = p + _dg(self.rng, ln - len(p))
            if reg in ("US", "CA") and nsn[3] in "01":
                continue
            num = phonenumbers.parse(f"+{cc}{nsn}")
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) in (reg, None) or (
                    reg in ("US", "CA") and phonenumbers.is_valid_number(num)):
                return num
        raise RuntimeError(reg)

    def phone(self, style=None):
        num = self.phone_obj()
        PNF = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        e164 = phonenumbers.format_number(num, PNF.E164)
        rng = self.rng
        if style is None:
            style = rng.choice(["i", "n", "n", "e", "i-", "n-", "n."])
        if style == "i":
            return intl
        if style == "e":
            return e164
        if style == "i-":
            return intl.replace(" ", "-", intl.count(" ")).replace("+" + str(num.country_code) + "-", "+" + str(num.country_code) + " ")
        if style == "n-":
            return re.sub(r"[ ]", "-", nat) if "(" not in nat else nat.replace(") ", ")").replace(" ", "-")
        if style == "n.":
            s = re.sub(r"[()]", "", nat)
            return re.sub(r"[ -]+", "." if rng.random() < 0.5 else " ", s)
        return nat  # "n"

    # -- addresses
    def _town(self):
        return self.rng.choice(_TOWNS[self.reg])

    def street_line(self):
        rng, reg = self.rng, self.reg
        num = str(rng.choice([rng.randint(1, 99), rng.randint(1, 250), rng.randint(100, 9999)]))
        if reg in ("US", "CA"):
            s = f"{rng.randint(10, 9899)} {rng.choice(_EN_STREETS)}"
            if rng.random() < 0.25:
                s += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 2400)}", f", Unit {rng.randint(1, 30)}"])
            return s
        if reg in ("GB", "AU"):
            s = f"{rng.randint(1, 180)} {rng.choice(_EN_STREETS)}"
            if rng.random() < 0.2:
                s = (f"Flat {rng.randint(1, 12)}, " if reg == "GB" else f"Unit {rng.randint(1, 12)}/") + s
            return s
        if reg in ("NZ", "IE"):
            return f"{rng.randint(1, 180)} {self.fk.f[reg].street_name()}"
        if reg == "ZA":
            return f"{rng.randint(1, 250)} {rng.choice(_ZA_STREETS)}"
        if reg in ("MX", "AR", "CO"):
            return self.fk.f[reg].street_address()
        if reg == "IT":
            return f"{self.fk.f[reg].street_name()}, {rng.randint(1, 180)}"
        if reg == "EE":
            return f"{rng.choice(_EE_STREETS)} {rng.randint(1, 120)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
        if reg == "LT":
            return f"{rng.choice(_LT_STREETS)} {rng.randint(1, 120)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
        if reg == "PL":
            return f"ul. {self.fk.f[reg].street_name()} {rng.randint(1, 180)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else "")
        if reg in ("CZ", "SK"):
            return f"{self.fk.f[reg].street_name()} {rng.randint(1, 2999)}/{rng.randint(1, 60)}" if rng.random() < 0.5 else f"{self.fk.f[reg].street_name()} {rng.randint(1, 200)}"
        if reg == "BE":
            return f"{self.fk.f[reg].street_name()} {rng.randint(1, 180)}" + (f" bus {rng.randint(1, 12)}" if rng.random() < 0.25 else "")
        return f"{self.fk.f[reg].street_name()} {num if len(num) < 4 else rng.randint(1, 99)}"

    def town_line(self):
        rng, reg = self.rng, self.reg
        name, pc, region = self._town()
        pc = _pat(rng, pc)
        if reg == "US":
            return f"{name}, {region} {pc}"
        if reg == "CA":
            return f"{name}, {region} {pc}"
        if reg == "AU":
            return f"{name.upper() if rng.random() < 0.4 else name} {region} {pc}"
        if reg == "GB":
            return f"{name} {pc}" if rng.random() < 0.5 else f"{name.upper()}\n{pc}"
        if reg == "IE":
            return f"{name}, {region + ', ' if region else ''}{pc}"
        if reg == "ZA":
            return f"{name}, {pc}"
        if reg == "MX":
            return f"C.P. {pc}, {name}, {region}"
        if reg == "AR":
            return f"{pc} {name}" + (f", {region}" if region else "")
        if reg == "CO":
            return f"{name}, {region}"
        if reg == "IT":
            return f"{pc} {name} ({region})"
        if reg == "SE":
            return f"{pc} {name.upper() if rng.random() < 0.5 else name}"
        return f"{pc} {name}"

    def addr(self, multiline=False):
        s, t = self.street_line(), self.town_line()
        if multiline or "\n" in t:
            return s + "\n" + t
        return s + ", " + t

    # -- slots
    def get(self, slot: str):
        m = re.fullmatch(r"([a-z]+?)(\d*)(_lc|_uc)?", slot)
        if not m:
            raise KeyError(slot)
        base, k, mod = m.group(1), int(m.group(2) or 1) - 1, m.group(3)
        key = base + str(k)
        if key not in self.cache:
            self.cache[key] = self._make(base, k)
        val = self.cache[key]
        if mod == "_lc":
            val = val.lower()
        elif mod == "_uc":
            val = val.upper()
        return val, _ENT.get(base)

    def _make(self, base, k):
        rng, reg = self.rng, self.reg
        if base == "first":
            return self.person(k)[0]
        if base == "last":
            return self.person(k)[1]
        if base == "full":
            return " ".join(self.person(k))
        if base == "fullr":
            f, l = self.person(k)
            return rng.choice([f"{l}, {f}", f"{l.upper()}, {f}", f"{l.upper()} {f}"])
        if base == "email":
            return self.email_of(k)
        if base == "phone":
            return self.phone()
        if base == "phonei":
            return self.phone(rng.choice(["i", "e", "i-"]))
        if base == "phonen":
            return self.phone(rng.choice(["n", "n-", "n."]))
        if base == "addr":
            return self.addr()
        if base == "addrml":
            return self.addr(True)
        if base == "street":
            return self.street_line()
        if base == "town":
            return self._town()[0]
        if base == "dest":
            return rng.choice(_DEST)
        if base in ("dob", "dobw", "dobn"):
            d = _rand_date(rng, 1941, 2006)
            return _fmt_date(rng, d, reg, {"dob": None, "dobw": True, "dobn": False}[base])
        if base == "dobspoken":
            d = _rand_date(rng, 1941, 2006)
            return f"{_M['en'][d.month - 1]} {_ORD[d.day - 1]} {_year_words(d.year)}".lower()
        if base == "iban":
            return _iban(rng, _IBAN_CC.get(reg) or rng.choice(["ES", "NL", "DE", "FR"]))
        if base == "card":
            return _card(rng)
        if base == "ssn":
            return _ssn(rng)
        if base == "bank":
            return _dg(rng, rng.choice([8, 9, 10, 10, 11, 12]))
        if base == "ip":
            return _ip_public_v4(rng)
        if base == "ipv":
            return _ip_public_v6(rng)
        if base == "pw":
            return _password(rng)
        if base == "key":
            return _api_key(rng)
        # ---- look-alikes
        if base == "ord":
            return rng.choice([_dg(rng, 7), f"{_dg(rng, 3)}-{_dg(rng, 7)}", "W" + _dg(rng, 9), f"{rng.randint(100000, 999999)}"])
        if base == "pnr":
            return _ch(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if base == "tkt":
            return rng.choice(["INC" + _dg(rng, 7), _dg(rng, 6), "TKT-" + _dg(rng, 5), "CS-" + _dg(rng, 8)])
        if base == "inv":
            return rng.choice([f"INV-2026-{_dg(rng, 5)}", f"FV/{rng.randint(1, 999)}/11/2026", f"F{_dg(rng, 8)}"])
        if base == "trk":
            return rng.choice(["1Z" + _ch(rng, 6, _UPAN) + _dg(rng, 10), "JJD" + _dg(rng, 18),
                               "RR" + _dg(rng, 9) + rng.choice(["SE", "PL", "LT", "CZ"]), _dg(rng, 12), "9400" + _dg(rng, 18)])
        if base == "pol":
            return rng.choice(["POL-" + _dg(rng, 8), _ch(rng, 3, string.ascii_uppercase) + _dg(rng, 9), f"{_dg(rng, 4)}/{_dg(rng, 6)}"])
        if base == "claim":
            return rng.choice(["CLM" + _dg(rng, 9), f"CL-{_dg(rng, 4)}-{_dg(rng, 5)}"])
        if base == "case":
            return rng.choice([f"{rng.randint(2019, 2026)}/CV/{_dg(rng, 5)}", f"M-{_dg(rng, 6)}", f"{rng.randint(1, 30)} C {rng.randint(10, 999)}/{rng.randint(2020, 2026)}"])
        if base == "mrn":
            return rng.choice(["MRN" + _dg(rng, 8), _dg(rng, 7), f"H{_dg(rng, 6)}-{rng.randint(1, 9)}"])
        if base == "etkt":
            return rng.choice(["016", "125", "057", "176", "220", "081", "074"]) + _dg(rng, 10)
        if base == "ffn":
            return rng.choice([_dg(rng, 9), _ch(rng, 2, string.ascii_uppercase) + _dg(rng, 8), _dg(rng, 10)])
        if base == "loyalty":
            return _grp(_luhn(rng, rng.choice(["6006", "6035", "6277", "7077"]), 16), 4)
        if base == "gift":
            return _luhn(rng, rng.choice(["603571", "627734", "600649"]), 19)
        if base == "mask":
            l4 = _dg(rng, 4)
            return rng.choice([f"**** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"{_dg(rng, 6)}******{l4}", f"************{l4}"])
        if base == "lastfour":
            return _dg(rng, 4)
        if base == "bin":
            return rng.choice(["424242", "411111", "537410", "552433", "601100", "371449", "453201", "520082"])
        if base == "routing":
            return _routing(rng)
        if base == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if base == "hash":
            return _ch(rng, rng.choice([40, 64, 32]), _HEX)
        if base == "sha":
            return _ch(rng, 7, _HEX)
        if base == "ver":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                               f"{rng.randint(1, 24)}.{rng.randint(0, 12)}", f"{rng.randint(2019, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 9)}"])
        if base == "veripv":
            return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 255)}"
        if base == "privip":
            return _priv_ip(rng)
        if base == "coord":
            return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 30):.5f}"
        if base == "price":
            sym, pos = _CUR[reg]
            amt = rng.choice([rng.randint(5, 99) + rng.choice([0, 0.5, 0.99, 0.9]), rng.randint(100, 2500) + 0.0])
            s = f"{amt:,.2f}"
            if reg not in ("US", "CA", "AU", "NZ", "GB", "IE", "ZA", "MX"):
                s = s.replace(",", " ").replace(".", ",")
            return (sym + (" " if pos.endswith(" ") else "") + s) if pos.startswith("pre") else (s + " " + sym)
        if base in ("date", "date", "dateb"):
            return _fmt_date(rng, _rand_date(rng, 2025, 2026), reg)
        if base == "datefut":
            return _fmt_date(rng, _rand_date(rng, 2026, 2027), reg)
        if base == "ts":
            d = _rand_date(rng, 2025, 2026)
            h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
            return rng.choice([f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}Z", f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d}",
                               f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{_dg(rng, 3)}+00:00"])
        if base == "clf":
            d = _rand_date(rng, 2025, 2026)
            return f"{d.day:02d}/{_M['en'][d.month - 1][:3]}/{d.year}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
        if base == "time":
            return f"{rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"
        if base == "kid":
            return rng.choice(["kid_" + _ch(rng, 8, _HEX), "key-" + _ch(rng, 12, _HEX), f"AKID-rot-{rng.randint(1, 40):02d}",
                               "ak_" + _dg(rng, 6)])
        if base == "fp":
            return _grp(_ch(rng, 40, "0123456789ABCDEF"), 4)
        if base == "sku":
            return rng.choice([f"SKU-{_dg(rng, 5)}-{rng.choice(['BLK', 'WHT', 'NVY', 'M', 'L', 'XL'])}", f"{_ch(rng, 2, string.ascii_uppercase)}{_dg(rng, 6)}"])
        if base == "ean":
            body = rng.choice(["40", "50", "54", "80", "87", "90", "59", "76"]) + _dg(rng, 10)
            return body + str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10)
        if base == "num":
            return str(rng.randint(2, 480))
        if base == "amt":
            return f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}"
        if base == "flight":
            return rng.choice(["QF", "BA", "AA", "AM", "AZ", "SK", "LO", "OK", "OU", "BT", "AV", "AR", "DL", "AC", "NZ", "EI", "SA"]) + " " + str(rng.randint(10, 2999))
        if base == "seat":
            return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
        if base == "port":
            return str(rng.choice([443, 8443, 8080, 5432, 3306, 6379, 9200]))
        if base == "ua":
            return rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
                               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
                               "okhttp/4.12.0", "Mozilla/5.0 (Linux; Android 14; SM-S918B) Chrome/125.0 Mobile",
                               "MyApp/6.3.1 (Android 13)"])
        if base == "pct":
            return f"{rng.randint(1, 99)}%"
        if base == "code":
            return rng.choice(["DEPT-FIN-0", "JOB-", "CC-", "ORG-"]) + _dg(rng, rng.choice([1, 3, 4]))
        if base == "otp":
            return _dg(rng, 6)
        raise KeyError(base)


_SLOT = re.compile(r"«(\w+)»")


def _render(tpl: str, v: _V) -> Text:
    out, spans, pos, n = [], [], 0, 0
    for m in _SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        val, ent = v.get(m.group(1))
        if ent:
            spans.append((n, n + len(val), ent))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return Text("".join(out), spans)


# ---------------------------------------------------------------- templates (domain, region, text)
TEMPLATES: list[tuple[str, str, str]] = [
    # ===== 1. airline bookings and loyalty
    ("airline", "US", """From: «full» <«email»>
To: reservations@skylark-air.example
Subject: Re: Booking «pnr» - name correction

Hi, the ticket (e-ticket «etkt», flight «flight» on «date») shows my middle name wrong. My legal name is «full_uc» and my date of birth is «dob», please fix it before TSA checks.
You can reach me at «phone». SkyMiles-style number «ffn» should also be attached.

> On «date2», Skylark Air Reservations wrote:
> Your booking «pnr» is confirmed. Seat «seat». Paid with card «mask». Total «price».

Thanks,
«first»
"""),
    ("airline", "GB", """[CRM note] Loyalty desk, agent «full2» (Tier 2), «ts»
Caller Mrs «last» rang about missing Avios-style points for «flight». Verified: DOB «dob», postcode and address on file «addr».
Membership «ffn», status Gold until «datefut». Wants statement sent to «email» and callback on «phonen».
Agent notes: offered 4,000 goodwill points; Hotel partner "Ted Baker Lounge" voucher declined. Next action code «code».
"""),
    ("airline", "AU", """{"event":"checkin.update","ts":"«ts»","pnr":"«pnr»","pax":{"given":"«first»","surname":"«last»","dob":"«dobn»","mobile":"«phonei»","email":"«email»"},"seg":{"flt":"«flight»","seat":"«seat»","gate":"32"},"device":{"ip":"«ip»","app":"«veripv»","ua":"«ua»"},"payment":{"bin":"«bin»","last4":"«lastfour»"},"req":"«uuid»"}
"""),
    ("airline", "MX", """Asunto: Cambio de vuelo - reservación «pnr»

Buenas tardes, soy «full», viajo de «town» a «dest» el «date». Necesito cambiar el vuelo «flight» porque mi hija «first2» nació el «dobw» y su pasaporte tiene otra fecha.
Mi celular es «phone» y mi correo «email». El cargo se hizo a la tarjeta «card» (vence 09/28). Número de socio Club Premier «ffn».
Gracias, saludos cordiales.
"""),
    ("airline", "IT", """Gentile «full»,
la ringraziamo per la prenotazione «pnr» del volo «flight» del «date». Il suo posto è «seat». Il biglietto elettronico n. «etkt» è stato emesso.
Dati passeggero registrati: data di nascita «dob», residenza «addr», cellulare «phone».
Per il check-in online usi il codice «pnr» e la password temporanea: «pw» (da cambiare al primo accesso; la password deve avere almeno 10 caratteri).
Cordiali saluti,
«full2» - Ufficio Prenotazioni, Alitalia-style Travel S.r.l.
"""),
    ("airline", "SE", """«ts» INFO booking-svc v«ver» pnr=«pnr» pax_name="«fullr»" pax_email=«email» pax_phone=«phonei» client_ip=«ip» proxy=«privip» card=«mask» miles_acct=«ffn» gds_api_key=«key» key_id=«kid» trace=«hash»
"""),
    # ===== 2. real-estate agency
    ("realestate", "IE", """Viewing request via website - 12 Harbour View apartment (ref «ord»)
Name: «full»
Email: «email»
Phone: «phone»
Current address: «addrml»
Moving from: «town»
Budget: «price» per month
Preferred viewing: «datefut» at «time»
Pets: one cat ("Biscuit")
Notes: works as Senior Claims Adjuster; landlord reference from «full2».
"""),
    ("realestate", "NZ", """voicemail transcript «ts» from «phonen» hi this is «full_lc» calling about the three bedroom on «street_lc» i saw it on trade me listing «ord» im relocating from «town_lc» in december and my partner «first2_lc» and i would love a viewing my number again is «phonen» cheers
"""),
    ("realestate", "CA", """tenant_id,full_name,email,phone,unit,lease_start,monthly_rent,listing_version,notes
«num»,«fullr»,«email»,«phone»,Unit «num» - "Park Avenue" tower,«date»,«price»,«ver»,pre-authorised debit from acct «bank» transit «routing»
"""),
    ("realestate", "BE", """Van: «full» <«email»>
Onderwerp: Huurcontract appartement Kouter 7 - ref. «ord»

Beste,
Hierbij mijn gegevens voor het huurcontract: «full», geboren op «dob» te «town», momenteel wonend op «addr».
GSM: «phone». De huurwaarborg («price») stort ik op rekening van het kantoor; mijn eigen rekeningnummer voor de teruggave is «iban».
Met vriendelijke groeten,
«first»

-- Immo Vastgoed Leie BV - BTW BE0«num».«num».«num» - Zaakvoerder: «full2»
"""),
    ("realestate", "PL", """[WhatsApp] «date» «time» - «first»: Dzień dobry, tu «full», pisałam w sprawie mieszkania przy ul. Wrocławskiej (oferta «ord»).
[WhatsApp] «date» «time» - Biuro Nieruchomości Dom-Ex: Dzień dobry, proszę o dane do umowy rezerwacyjnej.
[WhatsApp] «date» «time» - «first»: Adres: «addr», PESEL podam osobiście. Data urodzenia «dob». Tel. «phone», mail «email».
[WhatsApp] «date» «time» - «first»: Kaucję oddacie na konto «iban»? Przeprowadzam się z «town».
"""),
    ("realestate", "AR", """Ficha de interesado - Inmobiliaria Palermo Soho
Nombre y apellido: «full»
DNI: [redacted]
Fecha de nacimiento: «dob»
Domicilio actual: «addr»
Localidad de origen: «town»
Celular: «phone» | WhatsApp: «phonei»
Correo: «email»
Propiedad consultada: PH 3 ambientes, código «ord», expensas «price»
Garante: «full2», tel. «phone2»
Observaciones: visita agendada «datefut» «time» hs.
"""),
    # ===== 3. law firm intake
    ("legal", "US", """CLIENT INTAKE FORM - Harlow & Pierce LLP (matter «case»)
Prospective client: «full»
DOB: «dob»    SSN: «ssn»
Home address: «addrml»
Best phone: «phone»   Alt: «phone2»
Email: «email»
Opposing party: «full2» (employer: Boeing-style Aerospace Inc.)
Incident date: «date»   Referral source: Google Ads
Conflict check ID «uuid» - cleared by paralegal «full3» on «date2».
"""),
    ("legal", "ZA", """Subject: New matter - unfair dismissal («case»)

Good day «first2»,
Please open a file for «full», ID number withheld, born «dobw», residing at «addr». Cell «phone», e-mail «email».
She was dismissed from Mr Price Group on «date» and the CCMA referral is due by «datefut».
Retainer of «price» to be paid by card ending «lastfour».
Regards
«full3»
Candidate Attorney, Cliffe & Dekker-style Inc. | Tel «phonei»
"""),
    ("legal", "GB", """OCR scan p.1/2 - Witness statement

Ful1 name: «full»
Add ress: «addrml»
Date of b irth: «dob»
Occupation: Warehouse Operative (job code «code»)

I, «full_uc», make this statement in relation to claim no. «claim». On «date» at approx «time» I saw the defendant, Mr «last2», outside the Greggs at the corner of the high street.
Contact telephone: «phone»
Signed ............ Dated «date2»
"""),
    ("legal", "CZ", """Dobrý den,
obracím se na Vaši advokátní kancelář ve věci sporu s pronajímatelem (spis. zn. «case»).
Jmenuji se «full», narozen/a «dob», bydliště «addr». Telefon «phone», e-mail «email».
Nájemní smlouvu jsem podepsal/a «date». Kauce byla zaplacena na účet pronajímatele, vrácení prosím na můj účet «iban».
Protistrana: «full2», «town2».
S pozdravem
«full»
"""),
    ("legal", "HR", """Zapisnik s prvog sastanka - Odvjetničko društvo Horvat & partneri
Datum: «date»  Predmet: «case»
Stranka: «full», rođen(a) «dob», adresa: «addr»
Mob: «phone»  E-mail: «email»
Suprotna strana: «full2» iz mjesta «town2»
Napomena: stranka je dostavila ugovor br. «ord»; predujam «price» prema računu «inv».
"""),
    ("legal", "CO", """Chat web - Abogados Rincón & Asociados
[«time»] Visitante: hola buenas, necesito asesoría por un accidente de tránsito
[«time»] Asesora «first2»: Con gusto. ¿Nombre completo, cédula y ciudad?
[«time»] Visitante: «full», la cédula se la mando luego, vivo en «town»
[«time»] Visitante: mi celular es «phone» y el correo «email»
[«time»] Asesora «first2»: Gracias. Radicado interno «case». ¿Fecha de nacimiento?
[«time»] Visitante: «dobw»
"""),
    # ===== 4. home services marketplace
    ("homeservices", "AU", """Job #«ord» - Blocked drain (Emergency)
Customer: «full»
Site address: «addr»
Mobile: «phone»
Gate code: 4471 (not a password) | Wi-Fi for smart hot water unit: network "ForestHouse", password «pw»
Assigned tradie: «full2» (Licence «code»)
Quote: «price» incl. GST | Paid: card «mask» | Rating pending
Notes: Dog named Max in backyard, please close gate.
"""),
    ("homeservices", "US", """sms thread (cleaner booking «ord»)
«phone»: hi its «first» from Sparkle Maids, running 15 min late
«phone2»: no problem, door code is the usual. alarm password is «pw» if it goes off
«phone»: got it. address still «addr»?
«phone2»: yes. leaving payment $«amt» on the counter, tip included
«phone»: thanks «first2»!
"""),
    ("homeservices", "CA", """«ts» WARN payouts-worker[«num»] provider_payout failed provider="«full»" provider_email=«email» acct=«bank» routing=«routing» amount=«amt» currency=CAD retry=3 job=«ord» api_key=«key» host=«privip» build=«ver»
"""),
    ("homeservices", "SK", """Objednávka služby: Upratovanie po rekonštrukcii (č. «ord»)
Zákazník: «full»
Adresa: «addr»
Telefón: «phone»
E-mail: «email»
Termín: «datefut», «time»
Cena: «price» (vrátane DPH)
Poznámka: kľúče u suseda pána «last2». Platba kartou «card».
"""),
    ("homeservices", "SI", """Pozdravljeni,
potrebujem vodovodarja za menjavo bojlerja Gorenje TGR 80. Naslov: «addr».
Sem «full», tel. «phone», e-pošta «email». Najbolje po «time».
Račun prosim na podjetje, ne na moje ime. Številka povpraševanja «ord», datum «date».
Hvala, «first»
"""),
    ("homeservices", "NZ", """Review - Rapid Rooter Plumbing (job «ord», «date»)
★★☆☆☆ The plumber «first2» turned up two hours late in «town». Left his number «phone2» and asked me to pay «price» cash, no invoice.
Author: «full», «email»
Moderation: IP «ip», app version «ver», review id «uuid»
"""),
    # ===== 5. dating app trust & safety
    ("dating", "US", """T&S case «tkt» - catfish report
Reporter: user_«num» («full», «email», last login IP «ip»)
Reported profile: display name "Chris" - real name per ID check «full2», DOB «dob», location «town2»
Evidence: asked reporter to send money to card «card»; gave phone «phone2».
Reporter says scammer claimed to be a Dr. «last3» working for Doctors Without Borders in «dest».
Device fingerprint «hash», session «uuid». Action: ban + block BIN «bin».
"""),
    ("dating", "GB", """[Moderator chat export] «ts»
reported_message: "hey gorgeous im «first» from «town», text me on «phone» or whatsapp «phonei» xx"
reporter_handle: @sunny_days_«num»
match_id: «uuid»
auto_flags: off-platform-contact, link
moderator: «full2» (T&S Analyst II)
decision: warn, message redacted -> "[redacted]"
"""),
    ("dating", "NZ", """Subject: Please delete my account

Kia ora,
I'd like my Heartly account deleted under the Privacy Act. Account email «email», phone «phone». I signed up with the password «pw» which I think was leaked.
My name is «full» and I live in «town». Please confirm deletion.

Ngā mihi,
«first»

> Ticket «tkt» opened «date». Our password policy requires 8+ characters and one number.
"""),
    ("dating", "MX", """Reporte de seguridad - App Flechazo
Usuario reportado: «full» («email»)
Celular verificado: «phone»
Fecha de nacimiento declarada: «dob» (verificación de edad: aprobada)
Ciudad: «town»
IP de registro: «ipv»
Motivo: solicita dinero por transferencia; pidió depósito a la tarjeta «card».
Reportado por usuario #«num». Caso «tkt».
"""),
    ("dating", "PL", """{"type":"profile_verification","status":"manual_review","user":{"imie":"«first»","nazwisko":"«last»","data_urodzenia":"«dobn»","miasto":"«town»","telefon":"«phone»","email":"«email»"},"selfie_score":0.«num»,"reviewer":"«full2»","created":"«ts»","ip":"«ip»","app_version":"«ver»"}
"""),
    ("dating", "LT", """Pranešimas apie netinkamą elgesį (byla «tkt»)
Pranešėja: «full», el. paštas «email»
Pažeidėjas: «full2», tel. «phone2», gyvena «town2»
Aprašymas: reikalavo slaptažodžio: «pw» - neva „paskyros patvirtinimui“.
Gimimo data (pagal profilį): «dob»
Moderatorius: «first3», sprendimas «date»
"""),
    # ===== 6. e-commerce returns
    ("ecommerce", "US", """RMA «ord» | Return reason: wrong size
Customer: «full» | «email» | «phone»
Ship-from: «addrml»
Items: Ralph Lauren Oxford shirt (SKU «sku»), "Abbey Road" vinyl box set (EAN «ean»)
Refund method: original card «mask» -> fallback ACH acct «bank», routing «routing»
Label tracking «trk» | Created «ts» | Warehouse: Reno-3
"""),
    ("ecommerce", "IE", """Hi there,

I sent back the Jimmy Choo sandals on «date» (order «ord», tracking «trk») but still no refund. The gift card «loyalty» was also charged. I'm «full», «addr».
Please call me on «phone», not the landline.
Kind regards,
«full»

---- Original message ----
From: Returns Team (Dunnes-style Stores)
Your return for order «ord» was received. Refund of «price» pending.
"""),
    ("ecommerce", "ZA", """return_id=«ord» customer_name="«full»" customer_email=«email» cell=«phone» collection_address="«addr»" courier=CourierGuy waybill=«trk» refund_amount=«price» refund_to_card=«card» status=APPROVED ip=«ip» app=«ver»
"""),
    ("ecommerce", "BE", """Retourformulier - bestelnummer «ord»
Naam: «full»
Adres: «addr»
E-mail: «email»
GSM: «phone»
Artikel: Tommy Hilfiger jas, maat L (art. «sku»)
Reden: defect
Terugbetaling op rekening: «iban»
Datum aanvraag: «date»
Handtekening: ______
"""),
    ("ecommerce", "EE", """Tere!
Soovin tagastada tellimuse «ord» (Hugo Boss kell, «price»). Minu andmed: «full», «addr», telefon «phone».
Raha palun kanda kontole «iban». Kaup saadeti pakiautomaati, jälgimiskood «trk».
Lugupidamisega
«first»
"""),
    ("ecommerce", "SE", """Ärende «tkt»: Retur av beställning «ord»
Kund: «full», «email», tel «phone»
Leveransadress: «addrml»
Produkt: Victoria Beckham-solglasögon (art.nr «sku»), pris «price»
Återbetalning: till kort «mask». Kunden har även ett presentkort «gift».
Hanterad av: «full2», kundtjänst Göteborg
"""),
    # ===== 7. online bank fraud desk
    ("bankfraud", "US", """FRAUD DESK CALL NOTE «ts» - agent «full2»
Caller verified as «full» (DOB «dob», last 4 SSN «lastfour», full SSN on file «ssn»).
Disputes 3 card-not-present charges on card «card» at "Bourbon Street Hot Sauce Co" (MCC 5499) totaling «price».
Customer also reports ACH pull from checking «bank» (routing «routing») to unknown payee.
Login from «ip» (geo: «dest») not recognized. Callback «phone». Case «claim». Card blocked, reissue ordered.
"""),
    ("bankfraud", "GB", """Subject: URGENT - suspicious transfer on my account

Dear Sir/Madam,
This morning a payment of «price» left my account «iban» to a payee called "HMRC Refunds Ltd". I did not authorise this.
My details: «full», «addr», date of birth «dob», mobile «phone».
Someone phoned me pretending to be from your fraud team and I gave them my online banking password «pw» - I know I shouldn't have.
Please freeze everything.
«first»
"""),
    ("bankfraud", "CA", """alert_id=«uuid» rule=R-«num» score=0.«num» customer="«fullr»" email=«email» phone=«phonei» login_ip=«ip» login_ipv6=«ipv» prev_ip=«privip» device=«hash» card=«mask» amount=«amt» merchant="Lululemon Yorkdale" decision=STEP_UP otp_sent=true sdk=«veripv»
"""),
    ("bankfraud", "CZ", """Hlášení podvodu - internetové bankovnictví
Klient: «full», nar. «dob»
Trvalé bydliště: «addr»
Telefon: «phone»
Podezřelá platba: «price» z účtu «iban» na účet «iban2» dne «date»
Přihlášení z IP «ip» (klient tvrdí, že byl v «dest»).
Karta «card» zablokována. Číslo případu «claim».
"""),
    ("bankfraud", "AR", """Conversación WhatsApp Banco Sur - fraude
«time» Cliente: hola me llegó un SMS raro del banco y puse mi clave
«time» Agente «first2»: Hola, soy «first2» de Seguridad. ¿Me confirma nombre y DNI?
«time» Cliente: «full», DNI lo tiene el sistema. Nací el «dob»
«time» Cliente: la clave que puse fue «pw», ya la cambié
«time» Agente «first2»: Perfecto. ¿Tarjeta afectada? Sólo los últimos 4.
«time» Cliente: termina en «lastfour» pero me debitaron «price»
«time» Agente «first2»: Listo, gestión «claim». Le llamamos al «phone».
"""),
    ("bankfraud", "GB", """Card fraud report (web form)
Full name: «full»
Address: «addr»
Date of birth: «dob»
Card number: «card»
Disputed transaction: «price», merchant "Ted Baker Outlet", «date»
Contact: «phone», «email»
Reference: «claim»
"""),
    # ===== 8. hospital patient admin
    ("hospital", "AU", """PATIENT REGISTRATION - St Vincent's Private (MRN «mrn»)
Surname: «last_uc»   Given name: «first»
DOB: «dob»   Sex: -   Medicare: [redacted]
Address: «addrml»
Mobile: «phone»
Next of kin: «full2» (spouse) «phone2»
GP: Dr «last3», Ballarat Medical Clinic
Allergies: Amoxicillin. Admit date «date», Ward 4B, Room "Banksia"
"""),
    ("hospital", "US", """ADT^A04 «ts» facility=MERCY-GEN
PID|1||«mrn»^^^MRN||«last_uc»^«first_uc»||«dobn»|F|||«addr»||«phone»|||||«ssn»
NK1|1|«last2_uc»^«first2_uc»|SPO|||«phone2»
PV1|1|O|CARDIO^Room 12^Bed B||||Dr. «last3»|||||||||||«ord»
IN1|1|«pol»|Aetna PPO|||||||||||||||||||||||||||||||||||||
"""),
    ("hospital", "IE", """Hi «first»,

Just confirming your appointment at the Outpatients Department (Cardiology) on «datefut» at «time». Please bring photo ID and your referral letter.
Our records show: «full», DOB «dob», «addr». If any of this is wrong, reply to this e-mail or ring «phone2».
Hospital ref: «mrn». Please do not reply with card details.

Patient Services, University Hospital Galway
"""),
    ("hospital", "IT", """Foglio di accettazione - Reparto Ortopedia
Cognome e nome: «fullr»
Nato/a a «town» il «dob»
Residente in «addr»
Telefono: «phone»
Medico curante: dott. «last2»
Terapia in corso: Ibuprofene 600 mg, Eutirox 50 mcg
N. pratica «mrn» - ricovero del «date», stanza «num»
"""),
    ("hospital", "SK", """Príjem pacienta - Fakultná nemocnica
Meno a priezvisko: «full»
Dátum narodenia: «dob»
Bydlisko: «addr»
Telefón: «phone»
Kontaktná osoba: «full2», «phone2»
Poisťovňa: VšZP, č. poistenca [redacted]
Diagnóza: J18.9, príjem «date»
"""),
    ("hospital", "ZA", """Appointment reminder - Netcare-style Hospital, Outpatients
Dear «full»,
Your consultation with Dr «last2» (Neurology) is on «datefut» at «time». Our records: born «dob», «addr», cell «phone», e-mail «email».
Referral no. «mrn». Please bring your medical aid card (scheme: Discovery Health, plan Classic Saver).
"""),
    # ===== 9. tax preparation
    ("tax", "US", """Client organizer 2025 - Summit Tax Prep
Taxpayer: «full»   SSN «ssn»   DOB «dob»
Spouse: «full2»   SSN «ssn2»   DOB «dob2»
Address: «addr»
Phone: «phone»   Email: «email»
Direct deposit: routing «routing», account «bank» (checking)
Prior-year AGI: «price». E-file PIN: (self-select, not stored). Preparer PTIN: P0«num»
"""),
    ("tax", "US", """voicemail for summit tax left «ts» hi its «full_lc» my date of birth is «dobspoken» returning your call about the missing w2 from home depot my social is «ssn» and the refund should go to account «bank» call me back at «phonen» thanks
"""),
    ("tax", "CA", """Subject: Documents for 2025 return

Hi «first2»,
Attached are my T4 and RRSP slips. My SIN is on the T4 (please don't e-mail it back). New address since March: «addr».
Birth date for my daughter «first3»: «dob». She's now at university in «dest».
My CRA My Account password got reset - temporary one is «pw» if you need to pull the slips.
Thanks,
«full»
«phone»
"""),
    ("tax", "CO", """Declaración de renta 2025 - datos del contribuyente
Nombre: «full»
Fecha de nacimiento: «dobw»
Dirección: «addr»
Ciudad de residencia: «town»
Celular: «phone»
Correo: «email»
NIT: [redacted]   Formulario 210 borrador versión «ver»
Honorarios: «price» (factura «inv»)
"""),
    ("tax", "PL", """Zeznanie PIT-37 - karta klienta biura rachunkowego
Imię i nazwisko: «full»
Data urodzenia: «dob»
Adres zamieszkania: «addr»
Urząd skarbowy: US «town»-Śródmieście
Telefon: «phone», e-mail: «email»
Rachunek do zwrotu podatku: «iban»
Login e-Urząd: «email» / hasło: «pw»
Numer sprawy «case»
"""),
    ("tax", "LT", """Sveiki,
siunčiu duomenis metinei pajamų deklaracijai. Vardas, pavardė: «full», gimimo data «dob», adresas «addr».
Telefonas «phone». Permokos grąžinimui sąskaita «iban».
VMI sistemos prisijungimas neturi būti saugomas, slaptažodis: XXX.
Pagarbiai,
«first»
"""),
    # ===== 10. wedding / event planner
    ("wedding", "GB", """Enquiry form - Wildflower Weddings
Couple: «full» & «full2»
Wedding date: «datefut»
Venue shortlist: Pennard Hall, The Barn at Botley
Guests: «num»
Bride's mum (deposit payer): «full3», «phone3»
Contact email: «email»
Postal address for invitations: «addrml»
Budget: «price». Colour scheme: sage & blush. Dog "Pickle" is ring bearer!
"""),
    ("wedding", "ZA", """[WhatsApp] «first»: Hi «first2», final guest list attached. Please add my gran «full3» from «town3», she needs a room at the venue (Lanzerac, Room "Protea").
[WhatsApp] «first2»: Noted! Balance of «price» due «datefut». EFT or card?
[WhatsApp] «first»: card: «card» exp 11/27
[WhatsApp] «first2»: Thanks - please don't send card numbers here next time 🙈
"""),
    ("wedding", "NZ", """event_id,guest_name,email,mobile,dietary,table,rsvp_at,plus_one
«ord»,«full»,«email»,«phone»,vegetarian,Table "Kōwhai",«ts»,«full2»
"""),
    ("wedding", "IT", """Oggetto: Conferma preventivo matrimonio «datefut» - Villa Balbiano

Cara «first»,
ti confermo il preventivo n. «inv» per 120 ospiti. L'acconto di «price» va versato sull'IBAN che trovi in fattura; per il rimborso della caparra precedente ci serve il tuo IBAN: mi hai scritto «iban», corretto?
Per i documenti del rito civile in Comune serve la data di nascita degli sposi: «first» «dob», «first2» «dob2».
Un abbraccio,
«full3» - Wedding planner, Lago di Como Events
"""),
    ("wedding", "BE", """Offerte feestzaal 't Kasteeltje - trouwfeest «datefut»
Klant: «full» en «full2»
Adres: «addr»
Tel.: «phone»
E-mail: «email»
Menu: Bourgondisch buffet, «price» p.p.
Voorschot 30% via overschrijving, vermeld factuur «inv»
Huisdier: hond Bolleke mag mee
"""),
    ("wedding", "MX", """Hola «first», te paso los datos para el registro civil:
Novia: «full», nacida el «dobw» en «town»
Novio: «full2», nacido el «dob2»
Domicilio: «addr»
Teléfono de contacto: «phone»
Salón: Hacienda Los Laureles, evento «ord», «datefut». Anticipo «price».
"""),
    # ===== 11. subscription box
    ("subscription", "US", """stripe-webhook «ts» event=invoice.payment_failed customer=cus_«hash» name="«full»" email=«email» ship_to="«addr»" card_brand=visa bin=«bin» last4=«lastfour» plan=snackbox_monthly price=«price» retry_at=«ts2» webhook_secret_id=«kid» STRIPE_KEY=«key»
"""),
    ("subscription", "AU", """Hey «first»! 🎁 Your «datefut» Glow Box is on its way.
Tracking: «trk» (Australia Post)
Shipping to: «addrml»
Manage your subscription: log in with «email». Forgot your password? Passwords must be at least 8 characters.
Questions? Text us - we'll reply to «phone».
Box contents: Jo Malone travel candle, Rodeo Drive lip oil, "Sunset Boulevard" face mist.
"""),
    ("subscription", "CA", """# legacy importer config - DO NOT COMMIT
[shopify]
store = maplecrate.myshopify.com
api_version = «ver»
access_token = «key»
[db]
host = «privip»
port = «port»
user = importer
password = «pw»
[notify]
owner_email = «email»
owner_phone = «phone»
# last rotated «date» by «full»
"""),
    ("subscription", "IE", """Live chat - Brew Box Ireland
[«time»] Customer: Hi, I want to pause my subscription
[«time»] Agent «first2»: Hi there! What's your name and delivery address?
[«time»] Customer: «full», «addr»
[«time»] Customer: I won't type my PPS number here. Born «dob» if that helps
[«time»] Agent «first2»: Thanks! Paused from week 49. Confirmation sent to «email».
"""),
    ("subscription", "EE", """Tellimus «ord» - Kohvikast kuutellimus
Klient: «full»
Aadress: «addr»
Telefon: «phone»
E-post: «email»
Makse: kaart «card», järgmine makse «datefut», summa «price»
Sooduskood: TALV26 (ei ole parool)
"""),
    ("subscription", "CZ", """Reklamace předplatného - Knižní box
Dobrý den, jmenuji se «full» a bydlím na adrese «addr». Už druhý měsíc mi nedorazila zásilka (číslo «trk»).
Platím kartou «mask», ale strhli jste mi «price» dvakrát. Prosím o vrácení na účet «iban».
Tel.: «phone»
Děkuji, «full»
"""),
    # ===== 12. public library
    ("library", "GB", """Library membership application (paper form, scanned)
Surname: «last»   Forename(s): «first»
Date of birth: «dob»
Address: «addrml»
Telephone: «phone»
Email: «email»
Card no. issued: «loyalty»  (barcode, not a payment card)
Branch: Central Library, Study Room "Brontë"
Staff initials: «code»  Date: «date»
"""),
    ("library", "IE", """Subject: Overdue items - «full»

Dear «first»,
The following items are overdue since «date»:
 - "Normal People" by Sally Rooney (barcode «ean»)
 - "The Guinness Book of Records 2025"
Fines: «price». You can pay at any branch or online using your library card and PIN (we will never ask for your PIN by e-mail).
If you have moved from «addr», please update your details at the desk.
Libraries Ireland - «town2» Branch
"""),
    ("library", "US", """«ip» - - [«clf»] "POST /patron/login HTTP/1.1" 302 0 "-" "«ua»" user=«email» 
«ip2» - - [«clf2»] "GET /catalog/search?q=stephen+king&sort=date HTTP/1.1" 200 18231 "-" "«ua2»"
«privip» - - [«clf3»] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
«ipv» - - [«clf4»] "POST /patron/update?name=«full»&phone=«phone» HTTP/1.1" 200 512 "-" "«ua3»"
"""),
    ("library", "HR", """Upisnica - Gradska knjižnica
Ime i prezime: «full»
Datum rođenja: «dob»
Adresa: «addr»
Mobitel: «phone»
E-mail: «email»
Članski broj: «ffn»
Lozinka za e-knjižnicu: «pw»
Datum upisa: «date»
"""),
    ("library", "AU", """Hi «first»,
Your reserved item "The Dry" (Jane Harper) is ready to collect at Ballarat Library until «datefut».
Our records: «full», «addr», ph «phone».
Member card: «ffn». This is an automated message, replies are not monitored.
"""),
    ("library", "AR", """Biblioteca Popular Sarmiento - alta de socio
Apellido y nombre: «fullr»
Nacido/a el: «dob»
Domicilio: «addr»
Localidad: «town»
Teléfono: «phone»
Correo: «email»
Socio presentante: «full2»
Cuota mensual «price» - recibo «inv»
"""),
]


# ---------------------------------------------------------------- free text
def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"quarry-{seed}")
    fk = _Fakers(rng)
    out = []
    for i in range(n):
        _dom, reg, tpl = TEMPLATES[i % len(TEMPLATES)]
        out.append(_render(tpl, _V(rng, fk, reg)))
    return out


# ---------------------------------------------------------------- structured
_PH = ["N/A", "-", "[redacted]", "XXX", "n/a", "unknown", ""]


def _s(slot):
    return lambda v: v.get(slot)[0]


def _name(k=1):
    def f(v):
        first, last = v.person(k - 1)
        st = v.rng.random()
        if st < 0.45:
            return f"{first} {last}"
        if st < 0.65:
            return f"{last}, {first}"
        if st < 0.78:
            return f"{last.upper()} {first}"
        if st < 0.88:
            return f"{first} {last}".lower()
        return f"{first[0]}. {last}"
    return f


def _gds_name(v):
    first, last = v.person(0)
    if v.rng.random() < 0.5:
        return f"{_fold(last).upper()}/{_fold(first).upper()} {v.rng.choice(['MR', 'MRS', 'MS', 'MSTR', ''])}".strip()
    return _name()(v)


def _pick(*xs):
    return lambda v: v.rng.choice(xs)


def _col(name, ent, fn, blank=0.04, ph=0.0):
    return (name, ent, fn, blank, ph)


def _table(rng, fk, rows, regions, cols):
    vals = [[] for _ in cols]
    for _ in range(rows):
        v = _V(rng, fk, rng.choice(regions))
        for j, (_name_, ent, fn, blank, ph) in enumerate(cols):
            x = rng.random()
            if x < blank:
                vals[j].append(None)
            elif x < blank + ph:
                vals[j].append(rng.choice(_PH[:-1]))
            else:
                vals[j].append(fn(v))
    return [Column(c[0], c[1], vals[j]) for j, c in enumerate(cols)]


def _ip_any(v):
    return v.get("ipv")[0] if v.rng.random() < 0.3 else v.get("ip")[0]


def _bool(v):
    return v.rng.choice(["true", "false", "TRUE", "1", "0", "yes", "no"])


_PRODUCTS = ["Ted Baker wash bag", "Ralph Lauren polo (navy, M)", "Abbey Road vinyl box set", "Park Avenue 3-seat sofa",
             "Jimmy Choo sandals 38", "Calvin Klein boxer 3-pack", "Baker Street soy candle", "Hugo Boss watch",
             "Dr. Martens 1460 boots", "Victoria Beckham sunglasses", "Sunset Boulevard art print", "Tommy Hilfiger jacket",
             "Jo Malone Wood Sage cologne", "Ray-Ban Wayfarer", "Le Creuset casserole 24cm"]
_COURTS = ["Westminster Magistrates' Court", "Okresní soud v Brně", "Općinski građanski sud u Zagrebu",
           "Juzgado 3 Civil del Circuito de Bogotá", "Gauteng Division, Johannesburg", "Cook County Circuit Court",
           "County Court at Leeds", "Městský soud v Praze"]
_TITLES = ["Trainee Solicitor", "Paralegal", "Senior Associate", "Partner", "Candidate Attorney", "Advokátní koncipient",
           "Legal Secretary", "Of Counsel"]
_DRUGS = ["Atorvastatin 20 mg", "Metformin 500 mg", "Amoxicillin 250 mg", "Ibuprofene 600 mg", "Eutirox 50 mcg",
          "Paracetamol 1 g", "Warfarin 5 mg", "Salbutamol inhaler", "Pantoprazol 40 mg", "Enoxaparin 40 mg"]
_MERCHANTS = ["Lululemon Yorkdale", "Tesco Stores 2841", "AMZN Mktp US", "Albert Heijn", "Rohlik.cz", "Mercado Libre",
              "Bourbon Street Hot Sauce Co", "Uber *Trip", "Steam Purchase", "Ted Baker Outlet"]
_PETS = ["Biscuit", "Luna", "Max", "Bella", "Pickle", "Milo", "Bolleke", "Rex", "Coco", "Nala"]
_TABLES = ["Kōwhai", "Lavanda", "Protea", "Rosmarino", "Table 4", "Magnolia", "Olijf", "Jacaranda", "Top table"]
_VENUES = ["Villa Balbiano", "Lanzerac Estate", "Pennard Hall", "'t Kasteeltje", "Hacienda Los Laureles",
           "The Barn at Botley", "Craggy Range Winery"]
_BRANCHES = ["Central Library", "Knjižnica Medveščak", "Mestna knjižnica Ljubljana", "Biblioteca Sarmiento",
             "Galway City Library", "Brooklyn Heights Branch", "Leeds Central"]


def _isbn(v):
    body = "978" + _dg(v.rng, 9)
    return body + str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10)


def _structured_tables(rng, fk, rows):
    T = {}
    T["airline_pax_bookings"] = _table(rng, fk, rows, ["US", "GB", "AU", "MX", "IT", "SE"], [
        _col("pnr", None, _s("pnr"), 0),
        _col("passengerName", "PERSON", _gds_name, 0.01),
        _col("pax.email", "EMAIL_ADDRESS", _s("email"), 0.08),
        _col("pax.phone", "PHONE_NUMBER", _s("phone"), 0.1),
        _col("DOB", "DATE_OF_BIRTH", _s("dobn"), 0.05),
        _col("ffp_number", None, _s("ffn"), 0.3),
        _col("card_number", "CREDIT_CARD", _s("card"), 0.15),
        _col("card_brand", None, _pick("VISA", "Mastercard", "AMEX", "Discover", "visa"), 0.15),
        _col("etkt_no", None, _s("etkt"), 0.05),
        _col("home_city", "LOCATION", _s("town"), 0.12),
        _col("seat_pref", None, _pick("Aisle", "Window", "No preference"), 0.2),
        _col("booking_ip", "IP_ADDRESS", _ip_any, 0.05),
        _col("fare_paid", None, _s("price"), 0.02),
        _col("email_verified", None, _bool, 0.02),
        _col("f7", "PERSON", _name(2), 0.45),
    ])
    T["realestate_tenancy_applications"] = _table(rng, fk, rows, ["IE", "NZ", "CA", "BE", "PL", "AR"], [
        _col("listing_ref", None, _s("ord"), 0),
        _col("Applicant Name", "PERSON", _name(), 0.01),
        _col("E-mail", "EMAIL_ADDRESS", _s("email"), 0.06),
        _col("Mobile", "PHONE_NUMBER", _s("phone"), 0.06, 0.02),
        _col("Current Address", "STREET_ADDRESS", _s("addr"), 0.08),
        _col("woonplaats", "LOCATION", _s("town"), 0.1),
        _col("rent_iban", "IBAN_CODE", _s("iban"), 0.2),
        _col("address_type", None, _pick("apartment", "house", "unit", "townhouse", "studio"), 0.05),
        _col("viewing_date", None, _s("datefut"), 0.1),
        _col("monthly_rent", None, _s("price"), 0),
        _col("pet_name", None, _pick(*_PETS), 0.6),
        _col("attr_12", "PERSON", _name(2), 0.3),
        _col("agent_code", None, _s("code"), 0.02),
        _col("bedrooms", None, _pick("1", "2", "3", "4", "studio"), 0),
        _col("geo", None, _s("coord"), 0.1),
    ])
    T["legal_intake_matters"] = _table(rng, fk, rows, ["US", "ZA", "GB", "CZ", "HR", "CO"], [
        _col("matter_no", None, _s("case"), 0),
        _col("ClientName", "PERSON", _name(), 0),
        _col("ClientEmail", "EMAIL_ADDRESS", _s("email"), 0.1),
        _col("ClientPhone", "PHONE_NUMBER", _s("phone"), 0.05),
        _col("DateOfBirth", "DATE_OF_BIRTH", _s("dob"), 0.15, 0.03),
        _col("HomeAddress", "STREET_ADDRESS", lambda v: v.addr(v.rng.random() < 0.3), 0.1),
        _col("c3", "LOCATION", _s("town"), 0.2),
        _col("OpposingParty", "PERSON", _name(2), 0.25),
        _col("Court", None, _pick(*_COURTS), 0.2),
        _col("practice_area", None, _pick("Employment", "Family", "Tenancy", "Personal injury", "Probate", "Immigration"), 0),
        _col("conflict_check_id", None, _s("uuid"), 0.05),
        _col("retainer", None, _s("price"), 0.3),
        _col("intake_date", None, _s("date"), 0),
        _col("fee_earner_title", None, _pick(*_TITLES), 0.05),
    ])
    T["homeservices_jobs"] = _table(rng, fk, rows, ["AU", "US", "CA", "SK", "SI", "NZ"], [
        _col("job_id", None, _s("ord"), 0),
        _col("customer", "PERSON", _name(), 0.02),
        _col("cust_email", "EMAIL_ADDRESS", _s("email"), 0.05),
        _col("cust_phone", "PHONE_NUMBER", _s("phone"), 0.03),
        _col("site_address", "STREET_ADDRESS", _s("addr"), 0.02),
        _col("suburb", "LOCATION", _s("town"), 0.15),
        _col("wifi_password", "PASSWORD", _s("pw"), 0.55),
        _col("provider_name", "PERSON", _name(2), 0.05),
        _col("provider_payout_acct", "US_BANK_NUMBER", _s("bank"), 0.2),
        _col("routing_no", None, _s("routing"), 0.2),
        _col("service_type", None, _pick("Plumbing", "End-of-lease clean", "Electrician", "Gutter clean", "Locksmith"), 0),
        _col("gate_code_hint", None, _pick("ask at reception", "side gate", "lockbox by door", "N/A", "-"), 0.4),
        _col("quote_amount", None, _s("price"), 0.05),
        _col("phone_type", None, _pick("mobile", "landline", "work", "Mobile"), 0.1),
        _col("job_ts", None, _s("ts"), 0),
    ])
    T["dating_moderation_queue"] = _table(rng, fk, rows, ["US", "GB", "NZ", "MX", "PL", "LT"], [
        _col("userId", None, _s("uuid"), 0),
        _col("displayName", None, lambda v: v.rng.choice(["sunny", "moonchild", "k8", "rider", "blue_fox", "xo"]) + "_" + str(v.rng.randint(1, 999)), 0.02),
        _col("legalName", "PERSON", _name(), 0.3),
        _col("email", "EMAIL_ADDRESS", _s("email"), 0.02),
        _col("phone", "PHONE_NUMBER", _s("phonei"), 0.2),
        _col("dob", "DATE_OF_BIRTH", _s("dobn"), 0.05),
        _col("city", "LOCATION", _s("town"), 0.1),
        _col("last_login_ip", "IP_ADDRESS", _ip_any, 0.03),
        _col("ip_version", None, _pick("4", "6", "v4", "v6"), 0.03),
        _col("device_hash", None, _s("hash"), 0.05),
        _col("report_reason", None, _pick("scam", "harassment", "underage", "fake profile", "spam"), 0),
        _col("login_pw_legacy", "PASSWORD", _s("pw"), 0.35),
        _col("birth_year_bucket", None, _pick("1970-1979", "1980-1989", "1990-1994", "1995-1999", "2000-2005"), 0.05),
        _col("age_verified", None, _bool, 0.05),
        _col("match_score", None, lambda v: f"0.{_dg(v.rng, 3)}", 0),
    ])
    T["ecommerce_returns"] = _table(rng, fk, rows, ["US", "IE", "ZA", "BE", "EE", "SE"], [
        _col("RMA_NO", None, _s("ord"), 0),
        _col("CUSTOMER_NAME", "PERSON", _name(), 0.02),
        _col("CUSTOMER_EMAIL", "EMAIL_ADDRESS", _s("email"), 0.03),
        _col("SHIP_FROM", "STREET_ADDRESS", lambda v: v.addr(v.rng.random() < 0.2), 0.05),
        _col("REFUND_IBAN", "IBAN_CODE", _s("iban"), 0.35),
        _col("CARD_MASKED", None, _s("mask"), 0.2),
        _col("GIFT_CARD_NO", None, lambda v: v.get("loyalty")[0] if v.rng.random() < 0.5 else v.get("gift")[0], 0.5),
        _col("TRACKING_NO", None, _s("trk"), 0.05),
        _col("ITEM_NAME", None, _pick(*_PRODUCTS), 0),
        _col("EAN", None, _s("ean"), 0.05),
        _col("CLIENT_IP", "IP_ADDRESS", _ip_any, 0.1),
        _col("CARRIER_API_KEY", "API_KEY", _s("key"), 0.1),
        _col("RETURN_REASON", None, _pick("wrong size", "damaged", "not as described", "changed mind"), 0.02),
        _col("CONTACT_PHONE", "PHONE_NUMBER", _s("phone"), 0.15),
        _col("REFUND_AMOUNT", None, _s("price"), 0),
    ])
    T["bankfraud_alerts"] = _table(rng, fk, rows, ["US", "GB", "CA", "CZ", "AR"], [
        _col("alert.id", None, _s("uuid"), 0),
        _col("customer.name", "PERSON", _name(), 0),
        _col("customer.dob", "DATE_OF_BIRTH", _s("dob"), 0.05),
        _col("customer.phone", "PHONE_NUMBER", _s("phone"), 0.05),
        _col("customer.email", "EMAIL_ADDRESS", _s("email"), 0.05),
        _col("card.pan", "CREDIT_CARD", _s("card"), 0.1),
        _col("card.bin", None, _s("bin"), 0.1),
        _col("card_brand", None, _pick("VISA", "MC", "AMEX", "DISC"), 0.1),
        _col("device.ip", "IP_ADDRESS", _ip_any, 0.02),
        _col("device.os_version", None, lambda v: v.get("veripv")[0] if v.rng.random() < 0.4 else v.get("ver")[0], 0.05),
        _col("txn.amount", None, _s("amt"), 0),
        _col("txn.merchant", None, _pick(*_MERCHANTS), 0),
        _col("txn.ts", None, _s("ts"), 0),
        _col("rule.score", None, lambda v: f"{v.rng.randint(1, 999)}", 0),
        _col("customer.iban", "IBAN_CODE", _s("iban"), 0.4),
    ])
    T["hospital_patient_admissions"] = _table(rng, fk, rows, ["AU", "US", "IE", "IT", "SK", "ZA"], [
        _col("MRN", None, _s("mrn"), 0),
        _col("Patient Surname", "PERSON", lambda v: v.person(0)[1] if v.rng.random() < 0.7 else v.person(0)[1].upper(), 0),
        _col("Patient Given Name", "PERSON", _s("first"), 0.01),
        _col("Date of Birth", "DATE_OF_BIRTH", _s("dob"), 0.01),
        _col("Home Address", "STREET_ADDRESS", _s("addr"), 0.05),
        _col("Phone (home)", "PHONE_NUMBER", _s("phonen"), 0.15, 0.02),
        _col("NOK Name", "PERSON", _name(2), 0.2),
        _col("Birthplace", "LOCATION", _s("town"), 0.25),
        _col("Ward", None, _pick("4B", "Banksia", "ICU", "Cardio 2", "Ortopedia", "Maternity"), 0),
        _col("Admit Date", None, _s("date"), 0),
        _col("Drug", None, _pick(*_DRUGS), 0.2),
        _col("Allergy", None, _pick("NKDA", "Penicillin", "Latex", "Peanuts", "-"), 0.1),
        _col("Insurer Policy", None, _s("pol"), 0.2),
        _col("Sex", None, _pick("F", "M", "X", "U"), 0.02),
        _col("Discharge Summary Version", None, _s("ver"), 0.3),
    ])
    T["tax_clients_2025"] = _table(rng, fk, rows, ["US"], [
        _col("client_id", None, lambda v: "C-" + _dg(v.rng, 6), 0),
        _col("TaxpayerName", "PERSON", _name(), 0),
        _col("ssn", "US_SSN", _s("ssn"), 0.02),
        _col("dob", "DATE_OF_BIRTH", _s("dob"), 0.03),
        _col("spouse_name", "PERSON", _name(2), 0.45),
        _col("SPOUSE_SSN", "US_SSN", _s("ssn2"), 0.45),
        _col("street", "STREET_ADDRESS", _s("street"), 0.02),
        _col("city", "LOCATION", _s("town"), 0.02),
        _col("dd_routing", None, _s("routing"), 0.15),
        _col("dd_account", "US_BANK_NUMBER", _s("bank"), 0.15),
        _col("filing_status", None, _pick("Single", "MFJ", "MFS", "HOH", "QSS"), 0),
        _col("agi_prior", None, _s("amt"), 0.1),
        _col("password_last_changed", None, _s("date"), 0.2),
        _col("preparer_ptin", None, lambda v: "P0" + _dg(v.rng, 7), 0),
        _col("phone", "PHONE_NUMBER", _s("phone"), 0.05),
        _col("portal_password", "PASSWORD", _s("pw"), 0.3),
    ])
    T["wedding_guest_list"] = _table(rng, fk, rows, ["GB", "ZA", "NZ", "IT", "BE", "MX"], [
        _col("Nome ospite", "PERSON", _name(), 0),
        _col("plus_one", "PERSON", _name(2), 0.55, 0.05),
        _col("email", "EMAIL_ADDRESS", _s("email"), 0.1),
        _col("mob", "PHONE_NUMBER", _s("phone"), 0.1),
        _col("postal_address", "STREET_ADDRESS", lambda v: v.addr(v.rng.random() < 0.5), 0.15),
        _col("travelling_from", "LOCATION", _s("town"), 0.1),
        _col("table_name", None, _pick(*_TABLES), 0.05),
        _col("meal", None, _pick("beef", "fish", "veg", "vegan", "kids"), 0.05),
        _col("rsvp", None, _pick("yes", "no", "maybe", "Y", "N"), 0.1),
        _col("gift_registry_ref", None, lambda v: "GR-" + _ch(v.rng, 6, _UPAN), 0.5),
        _col("iban_rimborso", "IBAN_CODE", _s("iban"), 0.6),
        _col("hotel_room", None, lambda v: f"{v.rng.randint(1, 4)}{v.rng.randint(1, 30):02d}", 0.4),
        _col("dietary", None, _pick("gluten free", "halal", "none", "nut allergy", "N/A"), 0.3),
        _col("name_of_venue", None, _pick(*_VENUES), 0),
        _col("event_date", None, _s("datefut"), 0),
    ])
    T["subscription_subscribers"] = _table(rng, fk, rows, ["US", "AU", "CA", "IE", "EE", "CZ"], [
        _col("subId", None, lambda v: "sub_" + _ch(v.rng, 14), 0),
        _col("fullName", "PERSON", _name(), 0.01),
        _col("emailAddress", "EMAIL_ADDRESS", _s("email"), 0.01),
        _col("shipTo", "STREET_ADDRESS", _s("addr"), 0.03),
        _col("cardNumber", "CREDIT_CARD", _s("card"), 0.2),
        _col("cardExpiry", None, lambda v: f"{v.rng.randint(1, 12):02d}/{v.rng.randint(26, 31)}", 0.2),
        _col("plan", None, _pick("monthly", "quarterly", "annual", "gift-3m"), 0),
        _col("nextBillDate", None, _s("datefut"), 0.05),
        _col("partnerApiKey", "API_KEY", _s("key"), 0.3),
        _col("pwdPlain", "PASSWORD", _s("pw"), 0.15),
        _col("password_last_changed", None, _s("date"), 0.15),
        _col("referralCode", None, lambda v: _ch(v.rng, 8, _UPAN), 0.3),
        _col("boxTheme", None, _pick("Sunset Boulevard", "Abbey Road", "Baker Street", "Nordic Winter", "Fiesta"), 0),
        _col("lastLoginIp", "IP_ADDRESS", _ip_any, 0.1),
        _col("name_of_product", None, _pick(*_PRODUCTS), 0.05),
        _col("phoneNumber", "PHONE_NUMBER", _s("phone"), 0.3),
    ])
    T["library_patrons"] = _table(rng, fk, rows, ["GB", "IE", "US", "HR", "SI", "AR"], [
        _col("card_barcode", None, lambda v: _luhn(v.rng, "2" + _dg(v.rng, 4), 14), 0),
        _col("prezime", "PERSON", lambda v: v.person(0)[1], 0),
        _col("ime", "PERSON", lambda v: v.person(0)[0], 0),
        _col("datum_rođenja", "DATE_OF_BIRTH", _s("dob"), 0.05),
        _col("naslov", "STREET_ADDRESS", _s("street"), 0.05),
        _col("kraj", "LOCATION", _s("town"), 0.05),
        _col("tel", "PHONE_NUMBER", _s("phone"), 0.15),
        _col("e_mail", "EMAIL_ADDRESS", _s("email"), 0.15),
        _col("pin_policy", None, _pick("4-digit PIN", "min 8 chars, 1 digit", "PIN reset required", "default"), 0.1),
        _col("opac_password", "PASSWORD", _s("pw"), 0.3, 0.03),
        _col("home_branch", None, _pick(*_BRANCHES), 0),
        _col("fines_due", None, _s("price"), 0.5),
        _col("last_checkout_isbn", None, _isbn, 0.2),
        _col("member_since", None, _s("date"), 0),
        _col("ebook_vendor_token", "API_KEY", _s("key"), 0.5),
        _col("x_ver", None, _s("veripv"), 0),
    ])
    return T


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"quarry-{seed}")
    fk = _Fakers(rng)
    return _structured_tables(rng, fk, rows)
