"""Accuracy split "shoal": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "shoal", 2026-11-28 (a fixed "today"; no clock is read).

Independence: what was read to write this file
  * the author brief (/tmp/w24/prompt_shoal.md), which gives the definitions imported from
    bench/accuracy_data.py (that file was not opened);
  * `ls bench/`, `git status --short` and `ls .venv/bin`;
  * incidentally: the first five lines of bench/split_author_prompt.md (the same brief's opening) and the
    subjects of the last three commits (`git log --oneline | head -3`), which name some scanner behaviours
    (e.g. door/keypad/screen codes are not passwords; a site's public gateway IP counts). Nothing in this
    file was written from them: they match the brief's own conventions.
  * outputs of Faker (locales listed below) and phonenumbers, run locally.
  The scanner (pii_audit/, rules/, `pii-audit`, Presidio), tests/, docs/, bench/results/, bench/out/,
  bench/accuracy*.py, other splits, README/SPEC and ../shared were never read or run.

API
  free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % 60] with random.Random(f"shoal-{seed}-{i}-{name}").
  structured(rows, seed) -> dict[str, list[Column]]: 12 tables, every column `rows` values long.
  TEMPLATES: list of Template(name, lang, country, domain, shape, render).
  Deterministic (string-seeded random.Random, Faker re-seeded from it before every draw, no set iteration,
  no clock); both calls together take about 1.5 s. `python bench/accuracy_split_shoal.py` runs the self-check
  (offsets, value validity, column shapes) and prints the digest.

Domains (templates): escape room 9, bowling alley with bar and leagues 10, daycare 10, carpet / upholstery
cleaning 10, indoor climbing gym 10, mobile-phone repair and trade-in 11.

Languages (60 templates): English 33 (55%) - US 9, GB 6, AU 4, CA 3, IE 2, NZ 2, IN 2, PH 2, KE 2, NG 1;
other languages 27 (45%) over 14 languages - German 3 (DE, AT, CH), French 3 (FR 2, BE 1), Dutch 2 (NL, BE),
Spanish 2, Italian 2, Polish 2, Catalan 2, Estonian 2, Slovenian 2, Turkish 2, Romanian 2, Portuguese 1,
Swedish 1, Lithuanian 1 (six from the under-used list: Catalan, Estonian, Slovenian, Turkish, Romanian,
Lithuanian). Names come from Faker's locale (hand lists for Catalan and Filipino names); towns, streets,
postcode patterns, address layouts, phone regions and date formats are per country (hand lists, see C).

Shapes: e-mails with signatures, quoted ('>') replies and "-----Original Message-----", a forwarded mail,
WhatsApp / Teams / Slack / live-chat exports, SMS threads, tickets with internal notes, CRM and call notes,
a lower-case speech-to-text transcript, form dumps (key: value, key=value, JSON, JSON lines), OCR'd forms
with OCR noise ("Ce11", "Emai1"), web-server access log, application log, .env config, spreadsheet rows
pasted with tabs, notification subjects, two texts with no PII (bowling maintenance log, route-setting Slack).

Value rules: phones are generated per region and pass phonenumbers.is_valid_number (national,
international, E.164 and compact forms); cards Luhn-valid 15/16 digits (Visa, Mastercard, Amex), grouped or
not; SSNs avoid area 000/666/9xx, group 00, serial 0000, dashed or not; US accounts 8-12 digits; IBANs from
_iban_of, spaced or not; IPs from _ip_public_v4/_ip_public_v6; passwords are plausible human or random
strings; API keys are live-secret shapes (sk_live_, ghp_, SG., AIza, xoxb-, sk-proj-). DOBs of adults are
18-78 years before 2026-11-28, of children 0-5 (youth 12-17 in one template), in the country's format
(and "13 March 1988" in some GB waivers).

Label conventions as applied: PERSON spans hold names as written (full, first or surname only, upper or
lower case, "Last, First" as two spans in the tab-separated roster and as one span in table cells,
"First L." with the period inside); titles (Dr, Frau, Mme, Mevr., Bey/Hanım) outside; chat speakers
labelled; names inside venue/room/brand/street names ("Sherlock's Study", "Castelul lui Dracula",
"Rug Doctor", "Dr. Beckmann", "O'Connell Street") not labelled; pet names not labelled. STREET_ADDRESS: one
span for street + postcode + town, one span for a multi-line block, one span per line in '>'-quoted
replies, business addresses in signatures labelled, bare street lines labelled (carpet_cleaning_jobs "Svc
Addr", daycare_children "adresse"). LOCATION: towns where a person lives, comes from, travels or moves
to, or was born; branch/site/venue towns never. DATE_OF_BIRTH: birth dates only. PASSWORD: plaintext
secrets only; API_KEY: secret keys only. EMAIL_ADDRESS: all, role addresses included. PHONE_NUMBER: all
valid numbers, business lines included. IP_ADDRESS: public only.

Look-alikes (never labelled, frequent): masked cards and last-4, expiry, CVV-match flags, private and
loopback IPs, version strings, bcrypt and sha256 hashes, UUIDs, booking/order/ticket/claim/invoice/quote
references, OTPs, door/gate/padlock codes, carrier network-unlock (NCK) codes, IMEIs (Luhn-valid 15
digits), ABA routing numbers alone, SWIFT/BIC, GSTIN, ABN, NIP, CUI, GPS coordinates, amounts, timestamps
and non-birth dates, publishable keys (pk_live_), Twilio account SIDs, session ids, M-Pesa codes, UPI
refs, company/brand names containing person names, pet names, comfort-toy names, branch towns.

Tables (rows x columns; PII / look-alike columns; header style):
  escape_room_bookings            US/GB/CA   20: 8 / 12  snake_case
  escape_room_waivers             DE/AT      18: 8 / 10  German headers
  bowling_league_members          US         18: 7 / 11  camelCase (pwd, dob, duesAccountNo)
  bowling_bar_tabs                GB/AU/IE   18: 5 / 13  UPPER_SNAKE
  daycare_children                FR/BE(fr)  21: 10 / 11 French headers
  daycare_pickup_authorisations   IE/NZ/AU   18: 7 / 11  snake_case + opaque (col_7 = e-mail, attr2 = town)
  carpet_cleaning_jobs            US         21: 7 / 14  spaced Title Case + abbreviations (Svc Addr, Tel)
  carpet_cleaning_invoices        NL/BE(nl)  18: 7 / 11  Dutch headers
  climbing_gym_members            SE/DK      22: 10 / 12 Swedish headers (lösenord = password)
  climbing_belay_certifications   US/CA      16: 7 / 9   dotted + opaque (field_3 = phone, attr2 = town)
  phone_repairs                   TR         20: 8 / 12  Turkish headers
  phone_tradeins                  US         20: 8 / 12  PascalCase + abbreviations (Ssn, BankAcct, Dob)
  230 columns, 92 PII. Blanks at 0-60% per column; placeholders (N/A, -, unknown, n/a, ?) in a few PII
  columns. Header look-alikes: email_verified, phone_type, password changed dates, card_last4, dob
  verified flags, address type, NameOfProduct, id_last4, telefontyp, e_post_verifierad.

Known limits: templates are fixed skeletons with drawn values (phrasing varies little); first names and
surnames come from independent Faker draws, so rare pairings can look odd (e.g. a male given name with a
Lithuanian female surname form); phone numbers keep the prefix of phonenumbers' example number for many
regions, so prefixes vary little; business lines in some signatures are in another town than the
business address; event dates run from about two months after to 200 days before 2026-11-28; IPv6
appears only through _ip_public_v6 at a 25% rate; no IBAN for EE/SI/TR/RO/LT texts (not supported by
_iban_of); child DOBs in tables are independent of other columns.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from datetime import date, timedelta
from typing import Callable, NamedTuple

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 28)

# --------------------------------------------------------------------------------------------
# Countries: Faker name locale, phone region, date format, towns (with postcode patterns),
# streets, address style, mail domains.  '#' = digit, '?' = capital letter in patterns.
# --------------------------------------------------------------------------------------------
C: dict[str, dict] = {
    "US": dict(fk="en_US", reg="US", df="%m/%d/%Y", style="us",
               ac=["614", "253", "518", "520", "919", "208", "608", "912", "937", "541"],
               towns=[("Columbus", "OH", "432##"), ("Tacoma", "WA", "984##"), ("Albany", "NY", "122##"),
                      ("Tucson", "AZ", "857##"), ("Raleigh", "NC", "276##"), ("Boise", "ID", "837##"),
                      ("Madison", "WI", "537##"), ("Savannah", "GA", "314##"), ("Dayton", "OH", "454##"),
                      ("Eugene", "OR", "974##")],
               streets=["Maple Ave", "Oak St", "W 5th St", "Lincoln Blvd", "Cedar Ln", "Elm Dr", "Park Pl",
                        "Ridgeview Rd", "N Main St", "Sycamore Ct"],
               units=["Apt 3B", "Unit 12", "Apt 204", "Apt 7"],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
    "GB": dict(fk="en_GB", reg="GB", df="%d/%m/%Y", style="gb",
               towns=[("Leeds", "", "LS# #??"), ("Bristol", "", "BS# #??"), ("Norwich", "", "NR# #??"),
                      ("Cardiff", "", "CF## #??"), ("York", "", "YO## #??"), ("Derby", "", "DE## #??"),
                      ("Brighton", "", "BN# #??"), ("Stockport", "", "SK# #??")],
               streets=["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Kingsway",
                        "Queens Road", "The Crescent"],
               units=["Flat 2", "Flat 4B", "Apartment 7"],
               mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"]),
    "CA": dict(fk="en_CA", reg="CA", df="%Y-%m-%d", style="ca",
               ac=["204", "902", "250", "519", "306", "506"],
               towns=[("Winnipeg", "MB", "R3? #?#"), ("Halifax", "NS", "B3? #?#"), ("Kelowna", "BC", "V1? #?#"),
                      ("Guelph", "ON", "N1? #?#"), ("Saskatoon", "SK", "S7? #?#"), ("Moncton", "NB", "E1? #?#")],
               streets=["Portage Ave", "Spring Garden Rd", "Bernard Ave", "Gordon St", "Broadway Ave", "Main St"],
               units=["Unit 4", "Suite 210", "Apt 12"],
               mail=["gmail.com", "shaw.ca", "rogers.com", "outlook.com", "sympatico.ca"]),
    "AU": dict(fk="en_AU", reg="AU", df="%d/%m/%Y", style="au",
               towns=[("Geelong", "VIC", "32##"), ("Newcastle", "NSW", "23##"), ("Townsville", "QLD", "48##"),
                      ("Fremantle", "WA", "61##"), ("Hobart", "TAS", "70##"), ("Ballarat", "VIC", "33##")],
               streets=["Moorabool St", "Hunter St", "Flinders St", "Marine Tce", "Elizabeth St", "Sturt St"],
               units=["Unit 3", "Unit 11"],
               mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"]),
    "IN": dict(fk="en_IN", reg="IN", df="%d/%m/%Y", style="in",
               towns=[("Pune", "Maharashtra", "411###"), ("Jaipur", "Rajasthan", "302###"),
                      ("Kochi", "Kerala", "682###"), ("Indore", "Madhya Pradesh", "452###"),
                      ("Mysuru", "Karnataka", "570###"), ("Lucknow", "Uttar Pradesh", "226###")],
               streets=["MG Road", "FC Road", "Tonk Road", "Marine Drive", "Hazratganj", "Station Road"],
               units=["Sai Residency", "Green Park Apartments", "Lotus Enclave", "Shanti Niwas"],
               mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "IE": dict(fk="en_IE", reg="IE", df="%d/%m/%Y", style="ie",
               towns=[("Galway", "", "H91 ?#?#"), ("Cork", "", "T12 ?#?#"), ("Limerick", "", "V94 ?#?#"),
                      ("Kilkenny", "", "R95 ?#?#"), ("Sligo", "", "F91 ?#?#"), ("Drogheda", "", "A92 ?#?#")],
               streets=["Shop Street", "Mill Street", "O'Connell Street", "Church Road", "Patrick Street",
                        "Main Street"],
               units=["Apt 3", "Apartment 12"],
               mail=["gmail.com", "eircom.net", "outlook.com", "hotmail.com", "icloud.com"]),
    "NZ": dict(fk="en_NZ", reg="NZ", df="%d/%m/%Y", style="nz",
               towns=[("Hamilton", "", "32##"), ("Tauranga", "", "31##"), ("Dunedin", "", "90##"),
                      ("Nelson", "", "70##"), ("Palmerston North", "", "44##"), ("Napier", "", "41##")],
               streets=["Victoria Street", "Devonport Road", "George Street", "Trafalgar Street", "Broadway",
                        "Marine Parade"],
               units=["Flat 2", "Unit 5"],
               mail=["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"]),
    "PH": dict(fk="en_PH", reg="PH", df="%m/%d/%Y", style="ph",
               towns=[("Quezon City", "", "11##"), ("Cebu City", "", "6000"), ("Davao City", "", "8000"),
                      ("Iloilo City", "", "5000"), ("Makati", "", "12##"), ("Baguio", "", "2600")],
               streets=["Mabini St", "Rizal Ave", "Osmeña Blvd", "Katipunan Ave", "Bonifacio St", "Session Rd"],
               units=["Brgy. San Roque", "Brgy. Poblacion", "Brgy. Lahug", "Brgy. Malate"],
               first_m=["Jose", "Mark Anthony", "Jhun", "Ramil", "Carlo", "Paolo", "Rodel", "Jerome"],
               first_f=["Maria", "Kristine", "Rowena", "Aileen", "Joy", "Princess", "Mary Grace", "Lovely"],
               last=["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Aquino", "Manalo",
                     "Garcia", "Castillo"],
               mail=["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com"]),
    "NG": dict(fk="en_NG", reg="NG", df="%d/%m/%Y", style="ng",
               towns=[("Ibadan", "Oyo State", ""), ("Enugu", "Enugu State", ""), ("Abeokuta", "Ogun State", ""),
                      ("Ikeja", "Lagos", ""), ("Port Harcourt", "Rivers State", ""), ("Kaduna", "Kaduna State", "")],
               streets=["Awolowo Road", "Ogui Road", "Allen Avenue", "Aba Road", "Ring Road", "Ahmadu Bello Way"],
               units=["Flat 3", "Block B"],
               mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(fk="en_KE", reg="KE", df="%d/%m/%Y", style="ke",
               towns=[("Nairobi", "", "00100"), ("Nakuru", "", "20100"), ("Mombasa", "", "80100"),
                      ("Kisumu", "", "40100"), ("Eldoret", "", "30100"), ("Thika", "", "01000")],
               streets=["Ngong Road", "Kenyatta Avenue", "Moi Avenue", "Oginga Odinga Street", "Kimathi Street",
                        "Argwings Kodhek Road"],
               units=["Apt B4", "House No. 12"],
               mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "DE": dict(fk="de_DE", reg="DE", df="%d.%m.%Y", style="eu",
               towns=[("Leipzig", "", "04###"), ("Münster", "", "48###"), ("Freiburg im Breisgau", "", "79###"),
                      ("Kassel", "", "34###"), ("Rostock", "", "18###"), ("Augsburg", "", "86###")],
               streets=["Hauptstraße", "Lindenweg", "Karl-Liebknecht-Straße", "Bahnhofstraße", "Gartenstraße",
                        "Schillerplatz"],
               units=["2. OG", "Hinterhaus"],
               mail=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]),
    "AT": dict(fk="de_AT", reg="AT", df="%d.%m.%Y", style="at",
               towns=[("Graz", "", "80##"), ("Linz", "", "40##"), ("Salzburg", "", "50##"), ("Innsbruck", "", "60##"),
                      ("Villach", "", "95##")],
               streets=["Herrengasse", "Landstraße", "Linzer Gasse", "Maria-Theresien-Straße", "Hauptplatz"],
               units=[""], mail=["gmx.at", "aon.at", "gmail.com", "a1.net"]),
    "CH": dict(fk="de_CH", reg="CH", df="%d.%m.%Y", style="eu",
               towns=[("Basel", "", "40##"), ("Bern", "", "30##"), ("Winterthur", "", "84##"), ("Luzern", "", "60##"),
                      ("St. Gallen", "", "90##")],
               streets=["Bahnhofstrasse", "Freie Strasse", "Marktgasse", "Pilatusstrasse", "Rosenbergstrasse"],
               units=[""], mail=["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"]),
    "FR": dict(fk="fr_FR", reg="FR", df="%d/%m/%Y", style="fr",
               towns=[("Lyon", "", "6900#"), ("Nantes", "", "4400#"), ("Lille", "", "5900#"), ("Rennes", "", "3500#"),
                      ("Montpellier", "", "3400#"), ("Grenoble", "", "3800#")],
               streets=["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas",
                        "place du Marché", "rue Nationale"],
               units=["Bât. B", "Appt 12"],
               mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "BEfr": dict(fk="fr_BE", reg="BE", df="%d/%m/%Y", style="eu",
                 towns=[("Liège", "", "4000"), ("Namur", "", "5000"), ("Charleroi", "", "6000"), ("Mons", "", "7000"),
                        ("Wavre", "", "1300")],
                 streets=["rue Saint-Gilles", "avenue de la Gare", "rue de Fer", "chaussée de Bruxelles",
                          "rue des Carmes"],
                 units=["bte 3"], mail=["skynet.be", "proximus.be", "gmail.com", "hotmail.com"]),
    "BEnl": dict(fk="nl_BE", reg="BE", df="%d/%m/%Y", style="eu",
                 towns=[("Gent", "", "9000"), ("Brugge", "", "8000"), ("Leuven", "", "3000"), ("Antwerpen", "", "2000"),
                        ("Hasselt", "", "3500")],
                 streets=["Korenmarkt", "Steenstraat", "Bondgenotenlaan", "Kapelleschansstraat", "Diestsestraat"],
                 units=["bus 2"], mail=["telenet.be", "skynet.be", "gmail.com", "hotmail.com"]),
    "NL": dict(fk="nl_NL", reg="NL", df="%d-%m-%Y", style="eu",
               towns=[("Utrecht", "", "35## ??"), ("Groningen", "", "97## ??"), ("Haarlem", "", "20## ??"),
                      ("Eindhoven", "", "56## ??"), ("Zwolle", "", "80## ??"), ("Leiden", "", "23## ??")],
               streets=["Oudegracht", "Herestraat", "Grote Houtstraat", "Stratumseind", "Diezerstraat", "Breestraat"],
               units=["-2", "A"], mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "xs4all.nl"]),
    "ES": dict(fk="es_ES", reg="ES", df="%d/%m/%Y", style="es",
               towns=[("Zaragoza", "", "500##"), ("Valladolid", "", "470##"), ("Málaga", "", "290##"),
                      ("Bilbao", "", "480##"), ("Murcia", "", "300##"), ("Salamanca", "", "370##")],
               streets=["Calle Mayor", "Avenida de América", "Calle del Sol", "Calle Alfonso I", "Gran Vía",
                        "Paseo de Zorrilla"],
               units=["3º B", "2º izq.", "bajo"], mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]),
    "CAT": dict(fk="es_ES", reg="ES", df="%d/%m/%Y", style="es",
                towns=[("Girona", "", "170##"), ("Sabadell", "", "082##"), ("Lleida", "", "250##"),
                       ("Reus", "", "432##"),
                       ("Manresa", "", "082##"), ("Vic", "", "085##")],
                streets=["Carrer Major", "Carrer de la Rutlla", "Rambla de Catalunya", "Passeig de Sant Joan",
                         "Carrer del Carme", "Plaça de la Vila"],
                units=["1r 2a", "3r 1a", "baixos"],
                first_m=["Jordi", "Pau", "Arnau", "Marc", "Oriol", "Joan", "Pere", "Guillem", "Xavier"],
                first_f=["Montserrat", "Núria", "Laia", "Mireia", "Roser", "Anna", "Marta", "Meritxell", "Aina"],
                last=["Puig", "Vila", "Serra", "Ferrer", "Soler", "Font", "Pujol", "Casals", "Riera", "Vidal",
                      "Roca", "Sala"],
                mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"]),
    "IT": dict(fk="it_IT", reg="IT", df="%d/%m/%Y", style="it",
               towns=[("Bologna", "BO", "401##"), ("Torino", "TO", "101##"), ("Verona", "VR", "371##"),
                      ("Bari", "BA", "701##"), ("Padova", "PD", "351##"), ("Perugia", "PG", "061##")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dell'Indipendenza",
                        "Via Mazzini", "Piazza Cavour"],
               units=["int. 4", "scala B"], mail=["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"]),
    "PL": dict(fk="pl_PL", reg="PL", df="%d.%m.%Y", style="pl",
               towns=[("Kraków", "", "3#-###"), ("Gdańsk", "", "80-###"), ("Wrocław", "", "5#-###"),
                      ("Poznań", "", "6#-###"), ("Lublin", "", "20-###"), ("Łódź", "", "9#-###")],
               streets=["ul. Długa", "ul. Floriańska", "ul. Piotrkowska", "al. Jana Pawła II", "ul. Świętojańska",
                        "ul. Lipowa"],
               units=[""], mail=["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"]),
    "PT": dict(fk="pt_PT", reg="PT", df="%d/%m/%Y", style="pt",
               towns=[("Braga", "", "47##-###"), ("Coimbra", "", "30##-###"), ("Porto", "", "40##-###"),
                      ("Aveiro", "", "38##-###"), ("Faro", "", "80##-###")],
               streets=["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua Direita",
                        "Avenida Central"],
               units=["2º Esq.", "1º Dto.", "R/C"], mail=["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"]),
    "SE": dict(fk="sv_SE", reg="SE", df="%Y-%m-%d", style="eu",
               towns=[("Uppsala", "", "75# ##"), ("Linköping", "", "58# ##"), ("Örebro", "", "70# ##"),
                      ("Västerås", "", "72# ##"), ("Umeå", "", "90# ##"), ("Lund", "", "22# ##")],
               streets=["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sysslomansgatan"],
               units=["lgh 1102"], mail=["telia.com", "gmail.com", "hotmail.se", "outlook.com"]),
    "DK": dict(fk="da_DK", reg="DK", df="%d-%m-%Y", style="eu",
               towns=[("Aarhus", "", "8000"), ("Odense", "", "5000"), ("Aalborg", "", "9000"), ("Esbjerg", "", "6700"),
                      ("Roskilde", "", "4000")],
               streets=["Vestergade", "Nørregade", "Algade", "Jernbanegade", "Søndergade"],
               units=["2. tv.", "st. th."], mail=["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"]),
    "EE": dict(fk="et_EE", reg="EE", df="%d.%m.%Y", style="ee",
               towns=[("Tartu", "", "5####"), ("Pärnu", "", "8####"), ("Tallinn", "", "1####"), ("Narva", "", "2####"),
                      ("Viljandi", "", "7####")],
               streets=["Rüütli tn", "Riia mnt", "Pikk tn", "Tähe tn", "Vabaduse pst"],
               units=[""], mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"]),
    "SI": dict(fk="sl_SI", reg="SI", df="%d. %m. %Y", style="eu",
               towns=[("Maribor", "", "2000"), ("Celje", "", "3000"), ("Kranj", "", "4000"), ("Koper", "", "6000"),
                      ("Novo mesto", "", "8000"), ("Ljubljana", "", "1000")],
               streets=["Slovenska ulica", "Partizanska cesta", "Prešernova ulica", "Gosposka ulica",
                        "Trubarjeva cesta"],
               units=[""], mail=["gmail.com", "siol.net", "t-2.net", "amis.net"]),
    "TR": dict(fk="tr_TR", reg="TR", df="%d.%m.%Y", style="tr",
               towns=[("İzmir", "Karşıyaka", "35###"), ("Bursa", "Nilüfer", "16###"), ("Antalya", "Muratpaşa", "07###"),
                      ("Eskişehir", "Tepebaşı", "26###"), ("Ankara", "Çankaya", "06###"),
                      ("Trabzon", "Ortahisar", "61###")],
               streets=["Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sk.", "Gazi Blv.", "Mimar Sinan Sk."],
               units=[""], mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "RO": dict(fk="ro_RO", reg="RO", df="%d.%m.%Y", style="ro",
               towns=[("Cluj-Napoca", "", "400###"), ("Iași", "", "700###"), ("Timișoara", "", "300###"),
                      ("Brașov", "", "500###"), ("Constanța", "", "900###"), ("Sibiu", "", "550###")],
               streets=["Str. Memorandumului", "Bd. Independenței", "Str. Mihai Eminescu", "Str. Republicii",
                        "Calea Victoriei"],
               units=[""], mail=["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"]),
    "LT": dict(fk="lt_LT", reg="LT", df="%Y-%m-%d", style="ee",
               towns=[("Kaunas", "", "LT-44###"), ("Vilnius", "", "LT-01###"), ("Klaipėda", "", "LT-92###"),
                      ("Šiauliai", "", "LT-76###"), ("Panevėžys", "", "LT-35###")],
               streets=["Laisvės al.", "Gedimino pr.", "Vilniaus g.", "Tilžės g.", "Taikos pr."],
               units=[""], mail=["gmail.com", "one.lt", "inbox.lt", "yahoo.com"]),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# --------------------------------------------------------------------------------------------
# small value generators
# --------------------------------------------------------------------------------------------
def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def fill(r: random.Random, pat: str) -> str:
    return "".join(r.choice(DIG) if c == "#" else r.choice(UP) if c == "?" else c for c in pat)


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    s = s.replace("đ", "d").replace("æ", "ae").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


_EX: dict[tuple[str, int], str] = {}


def phone(r: random.Random, cc: str, kind: str = "m", fmt: str = "nat") -> str:
    """A phonenumbers-valid number of cc's region; fmt nat | intl | e164 | compact (national, no spaces)."""
    reg = C[cc]["reg"]
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
    key = (reg, int(kind == "m"))
    if key not in _EX:
        _EX[key] = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(reg, t))
    nsn = _EX[key]
    code = phonenumbers.country_code_for_region(reg)
    for _ in range(500):
        if C[cc].get("ac"):
            cand = r.choice(C[cc]["ac"]) + r.choice("23456789") + rs(r, DIG, 6)
        else:
            keep = max(2, len(nsn) - 7)
            cand = nsn[:keep] + rs(r, DIG, len(nsn) - keep)
        num = phonenumbers.parse(f"+{code}{cand}")
        if phonenumbers.is_valid_number(num):
            break
    else:  # pragma: no cover
        raise RuntimeError(cc)
    pf = phonenumbers.PhoneNumberFormat
    if fmt == "intl":
        s = phonenumbers.format_number(num, pf.INTERNATIONAL)
    elif fmt == "e164":
        s = phonenumbers.format_number(num, pf.E164)
    else:
        s = phonenumbers.format_number(num, pf.NATIONAL)
        if fmt == "compact":
            s = s.replace(" ", "").replace("-", "")
    assert phonenumbers.is_valid_number(phonenumbers.parse(s, reg)), (s, reg)
    return s


def any_phone(r: random.Random, cc: str, kind: str = "m") -> str:
    return phone(r, cc, kind, r.choice(["nat", "nat", "intl", "e164"]))


def addr_parts(r: random.Random, cc: str) -> tuple[str, str, str]:
    """(street line, town line, town)."""
    c = C[cc]
    town, extra, pat = r.choice(c["towns"])
    st = r.choice(c["streets"])
    n = str(r.randint(1, 199))
    unit = r.choice(c["units"])
    pc = fill(r, pat)
    sty = c["style"]
    use_unit = r.random() < 0.3 and unit
    if sty == "us":
        line = f"{r.randint(10, 9899)} {st}" + (f", {unit}" if use_unit else "")
        return line, f"{town}, {extra} {pc}", town
    if sty == "gb":
        line = (f"{unit}, " if use_unit else "") + f"{n} {st}"
        return line, f"{town} {pc}", town
    if sty == "ca":
        line = (f"{r.randint(1, 40)}-" if use_unit else "") + f"{r.randint(10, 2999)} {st}"
        return line, f"{town}, {extra} {pc}", town
    if sty == "au":
        line = (f"{r.randint(1, 20)}/" if use_unit else "") + f"{n} {st}"
        return line, f"{town} {extra} {pc}", town
    if sty == "in":
        line = f"Flat {r.randint(1, 9)}0{r.randint(1, 9)}, {unit}, {st}"
        return line, f"{town}, {extra} {pc}", town
    if sty == "ie":
        return (f"{unit}, " if use_unit else "") + f"{n} {st}", f"{town} {pc}", town
    if sty == "nz":
        return (f"{r.randint(1, 9)}/" if use_unit else "") + f"{n} {st}", f"{town} {pc}", town
    if sty == "ph":
        return f"{n} {st}, {unit}", f"{town} {pc}", town
    if sty == "ng":
        return f"{n} {st}", f"{town}, {extra}", town
    if sty == "ke":
        return f"{n} {st}" + (f", {unit}" if use_unit else ""), f"{town} {pc}", town
    if sty == "fr":
        return f"{n} {st}" + (f", {unit}" if use_unit else ""), f"{pc} {town}", town
    if sty == "at":
        return f"{st} {n}" + (f"/{r.randint(1, 12)}" if r.random() < 0.5 else ""), f"{pc} {town}", town
    if sty == "es":
        return f"{st}, {n}" + (f", {unit}" if use_unit else ""), f"{pc} {town}", town
    if sty == "it":
        return f"{st}, {n}" + (f", {unit}" if use_unit else ""), f"{pc} {town} ({extra})", town
    if sty == "pl":
        return f"{st} {n}" + (f"/{r.randint(1, 40)}" if r.random() < 0.6 else ""), f"{pc} {town}", town
    if sty == "pt":
        return f"{st}, {n}" + (f", {unit}" if use_unit else ""), f"{pc} {town}", town
    if sty == "ee":
        return f"{st} {n}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else ""), f"{pc} {town}", town
    if sty == "tr":
        return f"{st} No:{n} D:{r.randint(1, 20)}", f"{pc} {extra}/{town}", town
    if sty == "ro":
        return f"{st} nr. {n}" + (f", ap. {r.randint(1, 60)}" if r.random() < 0.5 else ""), f"{pc} {town}", town
    # eu
    return f"{st} {n}" + (f" {unit}" if use_unit else ""), f"{pc} {town}", town


class P:
    """A generated person."""

    def __init__(self, r: random.Random, cc: str, female: bool | None = None, child: bool = False,
                 last: str | None = None):
        c = C[cc]
        self.cc = cc
        fem = r.random() < 0.5 if female is None else female
        self.female = fem
        if "first_m" in c:
            first = r.choice(c["first_f"] if fem else c["first_m"])
            lst = r.choice(c["last"])
        else:
            fk = _faker(c["fk"])
            fk.seed_instance(r.getrandbits(32))
            first = fk.first_name_female() if fem else fk.first_name_male()
            try:
                lst = fk.last_name_female() if fem else fk.last_name_male()
            except AttributeError:
                lst = fk.last_name()
        self.first = first
        self.last = last or lst
        self.full = f"{self.first} {self.last}"
        fa, la = fold(self.first), fold(self.last)
        self.email = r.choice([f"{fa}.{la}", f"{fa}{la}{r.randint(1, 99)}", f"{fa[0]}{la}", f"{la}.{fa}",
                               f"{fa}_{la}{r.randint(70, 2005)}"]) + "@" + r.choice(c["mail"])
        self.phone = phone(r, cc)
        self.phone_i = phone(r, cc, "m", "intl")
        self.street, self.townline, self.town = addr_parts(r, cc)
        self.addr = f"{self.street}, {self.townline}"
        self.block = f"{self.street}\n{self.townline}"
        if child:
            self.dob = TODAY - timedelta(days=r.randint(300, 5 * 365))
        else:
            self.dob = TODAY - timedelta(days=r.randint(18 * 366, 78 * 365))
        self.dob_s = self.dob.strftime(c["df"])

    def initial(self) -> str:
        return f"{self.first} {self.last[0]}."


def dob_en(d: date, us: bool = False) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if us else f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def evd(r: random.Random) -> date:
    """A non-birth date around the fixed today."""
    return TODAY - timedelta(days=r.randint(-60, 200))


def fd(d: date, cc: str) -> str:
    return d.strftime(C[cc]["df"])


def hm(r: random.Random) -> str:
    return f"{r.randint(8, 21):02d}:{r.choice(['00', '15', '30', '45'])}"


def ts(r: random.Random) -> str:
    d = evd(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def amt(r: random.Random, lo: int, hi: int) -> str:
    return f"{r.randint(lo, hi)}.{r.choice(['00', '50', '95', '99', '25'])}"


def card(r: random.Random, grouped: bool | None = None) -> str:
    kind = r.random()
    if kind < 0.45:
        n = _luhn(r, "4", 16)
    elif kind < 0.85:
        n = _luhn(r, r.choice(["51", "53", "55", "2221"]), 16)
    else:
        n = _luhn(r, r.choice(["34", "37"]), 15)
    if grouped is None:
        grouped = r.random() < 0.5
    if grouped:
        if len(n) == 15:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def ssn(r: random.Random, dashed: bool = True) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if dashed else s.replace("-", "")


def us_acct(r: random.Random) -> str:
    return r.choice("123456789") + rs(r, DIG, r.randint(7, 11))


def routing(r: random.Random) -> str:
    while True:
        d = [int(x) for x in r.choice(["0", "1", "2", "3"]) + rs(r, DIG, 7)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


def iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    s = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def ip_pub(r: random.Random) -> str:
    return _ip_public_v6(r) if r.random() < 0.25 else _ip_public_v4(r)


def ip_priv(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.75:
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
    if k < 0.95:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return "127.0.0.1"


PW_WORDS = ["sunflower", "Bowling", "kangaroo", "Winter", "climber", "Pumpkin", "dragon", "Matilda", "galaxy",
            "Tigger", "otters", "Rainbow", "crux", "Kestrel", "mango", "Lighthouse"]


def pwd(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return r.choice(PW_WORDS) + r.choice("!#$?*.") + str(r.randint(1, 2026))
    if k < 0.6:
        return r.choice(PW_WORDS).capitalize() + r.choice(["_", "-", "@"]) + r.choice(PW_WORDS).lower() + \
            str(r.randint(10, 99))
    if k < 0.85:
        return rs(r, B62, r.randint(10, 16)) + r.choice("#%&*")
    w = r.choice(PW_WORDS).lower()
    return w.replace("a", "4").replace("o", "0").replace("e", "3") + r.choice("!$") + str(r.randint(1, 99))


def apikey(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["stripe", "github", "sendgrid", "google", "slack", "openai"])
    if kind == "stripe":
        return "sk_live_" + rs(r, B62, 24)
    if kind == "github":
        return "ghp_" + rs(r, B62, 36)
    if kind == "sendgrid":
        return "SG." + rs(r, B62 + "-_", 22) + "." + rs(r, B62 + "-_", 43)
    if kind == "google":
        return "AIza" + rs(r, B62 + "-_", 35)
    if kind == "slack":
        return f"xoxb-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, B62, 24)}"
    return "sk-proj-" + rs(r, B62, 48)


# ---- look-alikes ----
def bcrypt(r: random.Random) -> str:
    return "$2b$12$" + rs(r, "./" + B62, 53)


def sha(r: random.Random) -> str:
    return rs(r, HEX, 64)


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def imei(r: random.Random) -> str:
    return _luhn(r, r.choice(["35", "35", "86", "01"]), 15)


def masked(r: random.Random) -> str:
    d = rs(r, DIG, 4)
    return r.choice([f"**** **** **** {d}", f"XXXX-XXXX-XXXX-{d}", f"•••• {d}", f"************{d}"])


def last4(r: random.Random) -> str:
    return rs(r, DIG, 4)


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def ver(r: random.Random) -> str:
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}"


def gps(r: random.Random) -> str:
    return f"{r.uniform(-40, 60):.5f}, {r.uniform(-120, 30):.5f}"


def otp(r: random.Random) -> str:
    return rs(r, DIG, 6)


def ref(r: random.Random, prefix: str, n: int = 6, alpha: bool = False) -> str:
    return f"{prefix}-" + rs(r, (DIG + UP) if alpha else DIG, n)


SWIFT = {"DE": "DEUTDEFF", "AT": "BKAUATWW", "GB": "BARCGB22", "IE": "AIBKIE2D", "NL": "INGBNL2A", "CH": "UBSWCHZH80A",
         "IT": "UNCRITMM", "PL": "PKOPPLPW", "SE": "ESSESESS", "DK": "DABADKKK", "BE": "GEBABEBB", "PT": "CGDIPTPL",
         "FR": "BNPAFRPP", "ES": "CAIXESBB"}

ROOMS_EN = ["The Houdini Vault", "Sherlock's Study", "Agatha's Attic", "Dr. Jekyll's Lab", "Blackbeard's Cabin",
            "The Da Vinci Code Room", "Tesla's Workshop"]
PETS = ["Biscuit", "Luna", "Pickles", "Mochi", "Bruno", "Ziggy", "Pepper", "Nala", "Rocco", "Toffee"]
BRANDS_PERSON = ["Rug Doctor", "Dr. Beckmann", "Kärcher", "Bissell", "Stanley Steemer", "Jack Daniel's",
                 "Ben & Jerry's", "Tim Hortons", "La Sportiva", "Petzl", "Black Diamond", "Fisher-Price",
                 "Montessori", "Brunswick", "Ebonite"]
PHONES = ["iPhone 13 Pro 128GB", "iPhone 15 256GB", "Samsung Galaxy S23", "Galaxy A54 5G", "Pixel 8", "iPhone 12 mini",
          "Xiaomi Redmi Note 12", "OnePlus 11"]


# --------------------------------------------------------------------------------------------
# text builder
# --------------------------------------------------------------------------------------------
def _lab(label: str) -> Callable[[str], tuple[str, str]]:
    assert label in LABELS
    return lambda v: (label, v)


PER, EMAIL, PHONE, CARD, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PWD, KEY = (
    _lab(x) for x in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER",
                      "IBAN_CODE", "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD",
                      "API_KEY"))

_BAD_START = "\"'([{<“‘«"
_BAD_END = "\"')]}>,;:!?”’»"


def _flat(parts, out):
    for p in parts:
        if isinstance(p, list):
            _flat(p, out)
        else:
            out.append(p)
    return out


def T(*parts) -> Text:
    text, spans, vals, pos = [], [], [], 0
    for p in _flat(parts, []):
        if isinstance(p, tuple):
            lab, v = p
            assert v and v == v.strip(), (lab, v)
            assert v[0] not in _BAD_START or (lab == "PHONE_NUMBER" and v[1].isdigit()), (lab, v)
            assert v[-1] not in _BAD_END or (v[-1] == ")" and "(" in v), (lab, v)
            if v.endswith(".") and lab != "STREET_ADDRESS":
                assert lab == "PERSON" and v[-2].isalpha() and v[-3] == " ", (lab, v)
            spans.append((pos, pos + len(v), lab))
            vals.append(v)
        else:
            v = p
        assert isinstance(v, str), v
        text.append(v)
        pos += len(v)
    s = "".join(text)
    for (a, b, _), v in zip(spans, vals):
        assert s[a:b] == v
    for (a1, b1, _), (a2, b2, _) in zip(spans, spans[1:]):
        assert b1 <= a2, "overlap"
    return Text(s, spans)


def quoted_block(p_block: str) -> list:
    """Each line of a '>'-quoted address block is its own span."""
    out = []
    for line in p_block.split("\n"):
        out += ["> ", ADDR(line), "\n"]
    return out


class Template(NamedTuple):
    name: str
    lang: str
    country: str
    domain: str
    shape: str
    render: Callable[[random.Random], Text]


TEMPLATES: list[Template] = []


def tpl(lang: str, cc: str, domain: str, shape: str):
    def deco(fn):
        TEMPLATES.append(Template(fn.__name__, lang, cc, domain, shape, fn))
        return fn
    return deco


# ============================================================================================
# English templates
# ============================================================================================
@tpl("en", "US", "escape_room", "email+signature")
def us_escape_confirmation(r):
    cc = "US"
    p, gm = P(r, cc), P(r, cc)
    room, d = r.choice(ROOMS_EN), evd(r)
    bs, bt, _ = addr_parts(r, cc)
    return T("Subject: Booking confirmed - ", room, " (", ref(r, "LBX", 6, True), ")\n\n",
             "Hi ", PER(p.first), ",\n\nYou're all set! Your team of ", str(r.randint(3, 8)), " is booked into ",
             room, " on ", fd(d, cc), " at ", r.choice(["5:30 pm", "7:00 pm", "8:15 pm", "2:45 pm"]), ".\n",
             "Lead booker: ", PER(p.full), " / ", EMAIL(p.email), " / ", PHONE(p.phone), "\n",
             "Paid: $", amt(r, 90, 260), " on card ending ", last4(r), " (auth ", rs(r, UP + DIG, 6), ")\n\n",
             "Please arrive 15 minutes early. Free parking behind the building.\n\n",
             "See you soon,\n", PER(gm.first), r.choice([" - Game Master", "\nGame Master"]),
             "\nLockbox Escape Rooms\n", ADDR(f"{bs}\n{bt}"), "\n", PHONE(phone(r, cc, "f")), " | ",
             EMAIL(r.choice(["bookings@lockboxescape.com", "hello@lockboxescape.com"])), "\n")


@tpl("en", "GB", "escape_room", "form key: value")
def gb_escape_waiver(r):
    cc = "GB"
    p, e = P(r, cc), P(r, cc)
    return T("PARTICIPANT WAIVER - Cipher & Key Escape Rooms\n",
             "Waiver ID: ", uid(r), "\n",
             "Full name: ", PER(p.full), "\n",
             "Date of birth: ", DOB(p.dob_s if r.random() < 0.6 else dob_en(p.dob)), "\n",
             "Home address: ", ADDR(p.addr), "\n",
             "Email: ", EMAIL(p.email), "\n",
             "Mobile: ", PHONE(p.phone), "\n",
             "Emergency contact: ", PER(e.full), " (", r.choice(["partner", "mum", "dad", "sister", "friend"]),
             ") ", PHONE(e.phone), "\n",
             "Medical conditions: ", r.choice(["none", "asthma - inhaler in bag", "N/A", "claustrophobic-ish"]), "\n",
             "Room: ", r.choice(ROOMS_EN), "   Session: ", fd(evd(r), cc), " ", hm(r), "\n",
             "Signed: ", PER(p.initial()), "   Timestamp: ", ts(r), "\n")


@tpl("en", "AU", "escape_room", "internal notes")
def au_escape_gm_notes(r):
    cc = "AU"
    gm = P(r, cc)
    team = [P(r, cc) for _ in range(3)]
    return T("GM NOTES - ", r.choice(ROOMS_EN), " - ", fd(evd(r), cc), " ", hm(r), "\n",
             "Booking ", ref(r, "BK", 7), ", team \"", r.choice(["The Clueless", "Escape Goats", "Lock Ness",
                                                                  "Sherlock Homies"]), "\"\n",
             "GM on shift: ", PER(gm.first), "\n",
             "- ", PER(team[0].first), " (team lead) solved the cipher wheel in 4 min, flew through the UV clue\n",
             "- ", PER(team[1].first), " and ", PER(team[2].first.lower()), " got stuck on the padlock, ",
             "used 3 hints. Padlock code reset to ", rs(r, DIG, 4), " after the game\n",
             "- they brought their dog ", r.choice(PETS), " in the car park, asked them to leave it outside\n",
             "- escaped with ", f"{r.randint(0, 9)}:{r.randint(10, 59)}", " left, photo taken, leaderboard #",
             str(r.randint(1, 40)), "\n",
             "Lobby tablet build ", ver(r), " crashed again, ticket raised with IT\n")


@tpl("en", "CA", "escape_room", "whatsapp export")
def ca_escape_whatsapp(r):
    cc = "CA"
    p, s = P(r, cc), P(r, cc)
    d = evd(r)
    pre = f"[{d.year}-{d.month:02d}-{d.day:02d}, "
    return T(pre, "9:41:07 a.m.] ", PER(p.full), ": hey! is the ", r.choice(ROOMS_EN),
             " room free saturday for 6 ppl? birthday thing\n",
             pre, "9:44:52 a.m.] ", PER(s.first), " @ Puzzlebox: Hi ", PER(p.first),
             "! Yes, 4:30 or 7:00. Gift voucher code ", rs(r, UP + DIG, 10), " still works too\n",
             pre, "9:46:10 a.m.] ", PER(p.full), ": 7 pls. my email is ", EMAIL(p.email),
             " and you can text me on ", PHONE(p.phone), "\n",
             pre, "9:46:58 a.m.] ", PER(p.full), ": card is ", CARD(card(r)), " exp ", expiry(r), "\n",
             pre, "9:47:33 a.m.] ", PER(s.first), " @ Puzzlebox: Done, ref ", ref(r, "PBX", 5, True),
             ". Please don't send card numbers here! Saved as card ending ", last4(r), ", we only charge on the day\n",
             pre, "9:48:02 a.m.] ", PER(p.full), ": we're driving in from ", LOC(P(r, cc).town),
             " so might be 5 min late lol\n")


@tpl("en", "IE", "escape_room", "web server log")
def ie_escape_access_log(r):
    cc = "IE"
    p = P(r, cc)
    ua = f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(0, 6)} like Mac OS X) Safari/{r.randint(600, 620)}.1"
    d = evd(r)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    stamp = f"{d.day:02d}/{mon}/{d.year}"
    ip1, ip2 = ip_pub(r), ip_priv(r)
    return T(IP(ip1), " - - [", stamp, ":19:02:11 +0000] \"GET /rooms/", r.choice(["heist", "asylum", "tomb"]),
             "?utm_source=facebook HTTP/1.1\" 200 ", str(r.randint(2000, 90000)), " \"-\" \"", ua, "\"\n",
             IP(ip1), " - - [", stamp, ":19:04:37 +0000] \"POST /api/v2/bookings HTTP/1.1\" 201 ",
             str(r.randint(200, 900)), " booking_id=", uid(r), " email=", EMAIL(p.email), "\n",
             ip2, " - - [", stamp, ":19:04:38 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.",
             str(r.randint(24, 30)), "\"\n",
             IP(ip_pub(r)), " - - [", stamp, ":19:05:02 +0000] \"GET /wp-login.php HTTP/1.1\" 404 0 \"-\" \"curl/",
             ver(r), "\"\n")


@tpl("en", "US", "bowling", "spreadsheet rows")
def us_bowling_league_rows(r):
    cc = "US"
    rows = []
    for _ in range(r.randint(3, 5)):
        p = P(r, cc)
        rows += [PER(p.last), ", ", PER(p.first), "\t", PHONE(p.phone), "\t", str(r.randint(120, 230)), "\t",
                 str(r.randint(0, 60)), "\t", r.choice(["Pin Pals", "Gutter Kings", "Spare Me", "Split Happens"]),
                 "\t", r.choice(["Brunswick", "Storm", "Ebonite", "Hammer"]), " ", str(r.randint(10, 16)), "lb\n"]
    return T("Thursday Night Mixed League - roster (pasted from sheet)\n",
             "Name\tPhone\tAvg\tHdcp\tTeam\tBall\n", rows,
             "Lane assignments: ", str(r.randint(1, 12)), "-", str(r.randint(13, 24)), ". Fees due ", fd(evd(r), cc),
             ", $", amt(r, 15, 25), "/week.\n")


@tpl("en", "GB", "bowling", "email with quoted reply")
def gb_bowling_dispute(r):
    cc = "GB"
    p, s = P(r, cc), P(r, cc)
    c = card(r)
    return T("From: ", PER(p.full), " <", EMAIL(p.email), ">\nTo: ", EMAIL("accounts@strikezonebowl.co.uk"), "\n",
             "Subject: Re: Bar tab charged twice\n\n",
             "Hi ", PER(s.first), ",\nStill seeing both charges of £", amt(r, 20, 90), ". The card was ", CARD(c),
             " (I know, I shouldn't email it). Receipt says ", masked(r), ", terminal 0", str(r.randint(1, 9)), ".\n",
             "Cheers,\n", PER(p.first), "\n\n",
             "On ", fd(evd(r), cc), " at ", hm(r), ", ", PER(s.full), " wrote:\n",
             "> Hi ", PER(p.first), ", sorry about that. Can you confirm the address the card is registered to?\n",
             "> We have:\n", quoted_block(p.block),
             "> Thanks, ", PER(s.first), " - Strike Zone Bowl & Bar\n")


@tpl("en", "NZ", "bowling", "sms thread")
def nz_bowling_party_sms(r):
    cc = "NZ"
    p, kid = P(r, cc), P(r, cc, child=True)
    kid.dob = TODAY - timedelta(days=r.randint(6 * 365, 11 * 365))
    return T("SMS with ", PHONE(p.phone), "\n",
             "[", fd(evd(r), cc), " 10:12] Them: Kia ora, keen to book a kids party for ", PER(kid.first),
             ", ", str(r.randint(7, 11)), " kids, Sat arvo?\n",
             "[10:20] Us: Hi! We have lanes 5-6 at 2pm. Birthday discount needs child's DOB pls\n",
             "[10:22] Them: ", DOB(kid.dob.strftime("%d/%m/%Y")), ". It's ", PER(p.full), " btw. Deposit by card?\n",
             "[10:25] Us: Yep, pay link sent, ref ", ref(r, "PTY", 5), ". Bumpers on, pizza + fries $",
             amt(r, 150, 300),
             "\n[10:31] Them: Paid. Nana ", PER(P(r, cc).first), " is coming up from ", LOC(P(r, cc).town),
             " too so one extra adult\n")


@tpl("en", "IN", "bowling", "crm call note")
def in_bowling_corporate(r):
    cc = "IN"
    p, s = P(r, cc), P(r, cc)
    gst = f"{r.randint(10, 35)}{rs(r, UP, 5)}{rs(r, DIG, 4)}{r.choice(UP)}1Z{r.choice(UP + DIG)}"
    return T("Call log #", str(r.randint(10000, 99999)), " | ", fd(evd(r), cc), " ", hm(r), " | agent: ",
             PER(s.first), "\n",
             "Spoke to ", PER(p.full), " (HR, ", r.choice(["Infosys", "Tata Consultancy", "Wipro", "Zomato"]),
             ") re team outing for ", str(r.randint(25, 80)), " pax. Wants 10 lanes + snacks, budget Rs. ",
             str(r.randint(40, 150)), ",000.\n",
             "Contact: ", PHONE(any_phone(r, cc)), ", ", EMAIL(f"{fold(p.first)}.{fold(p.last)}@company.in"), "\n",
             "Billing address for invoice: ", ADDR(p.addr), "\n",
             "GSTIN ", gst, " (company's, not personal). Quote Q-", str(r.randint(1000, 9999)),
             " sent, follow up Monday.\n")


@tpl("en", "PH", "bowling", "teams chat export")
def ph_bowling_teams(r):
    cc = "PH"
    a, b, m = P(r, cc), P(r, cc), P(r, cc)
    return T(PER(a.full), "  ", hm(r), "\n",
             "Guys si ", PER(m.full), " from the Wednesday league called, wants to change her number to ",
             PHONE(phone(r, cc, "m", r.choice(["nat", "intl"]))), "\n\n",
             PER(b.full), "  ", hm(r), "\n",
             "Noted po. Same email? ", EMAIL(m.email), "\n\n",
             PER(a.full), "  ", hm(r), "\n",
             "Yes. She also moved to ", LOC(P(r, cc).town), " so she might drop out after the ", fd(evd(r), cc),
             " game. Shoe locker #", str(r.randint(1, 120)), " to be cleared\n\n",
             PER(b.full), "  ", hm(r), "\n", "Ok will update sa POS (v", ver(r), ")\n")


@tpl("en", "US", "daycare", "ocr form")
def us_daycare_enrollment_ocr(r):
    cc = "US"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    doc = P(r, cc)
    return T("LITTLE ACORNS EARLY LEARNING  -  ENROLLMENT FORM  (scan p.1/2)\n",
             "Child's Name: ", PER(kid.full), "      D.O.B.: ", DOB(kid.dob_s), "\n",
             "Parent/Guardian l: ", PER(par.full), "   Relationship: ", "Mother" if par.female else "Father", "\n",
             "Home Addr: ", ADDR(par.addr), "\n",
             "Ce11 Phone: ", PHONE(par.phone), "   Emai1: ", EMAIL(par.email), "\n",
             "SSN (for CCAP subsidy): ", SSN(ssn(r)), "\n",
             "Pediatrician: Dr. ", PER(doc.last), "  Ph: ", PHONE(phone(r, cc, "f")), "\n",
             "Allergies: ", r.choice(["peanuts, tree nuts", "dairy (mild)", "none known", "egg - EpiPen in office"]),
             "\nStart date: ", fd(evd(r), cc), "   Room: ", r.choice(["Ladybugs", "Acorns", "Owls"]),
             "   Tuition $", amt(r, 900, 1600), "/mo\n", "Office use: rec'd ", fd(evd(r), cc), " init. ____\n")


@tpl("en", "CA", "daycare", "email with quoted reply")
def ca_daycare_pickup(r):
    cc = "CA"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    g = P(r, cc, female=True)
    st = P(r, cc)
    return T("Hi ", PER(st.first), ",\n\n",
             "Just a heads up that my mother, ", PER(g.full), ", will pick up ", PER(kid.first),
             " on Thursday and Friday this week. Her cell is ", PHONE(g.phone),
             ". She'll bring her driver's licence (ending ", last4(r), ").\n\n",
             "Thanks!\n", PER(par.full), "\n", PHONE(par.phone_i), "\n\n",
             "-----Original Message-----\nFrom: Maple Grove Childcare <", EMAIL("office@maplegrovechildcare.ca"), ">\n",
             "Sent: ", fd(evd(r), cc), "\n",
             "> Reminder: anyone picking up who is not on the authorised list must be added in writing.\n",
             "> Door code changes to ", rs(r, DIG, 4), "# on Monday.\n")


@tpl("en", "AU", "daycare", "ticket with internal notes")
def au_daycare_allergy_incident(r):
    cc = "AU"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    ed, mgr = P(r, cc), P(r, cc)
    return T("Incident #", str(r.randint(2000, 9000)), " | Room: ", r.choice(["Koala", "Wombat", "Possum"]),
             " | Status: Closed\n",
             "Child: ", PER(kid.full), " (DOB ", DOB(kid.dob_s), ")\n",
             "Reported by educator ", PER(ed.full), " at ", hm(r), " on ", fd(evd(r), cc), "\n",
             "Description: mild hives after morning tea (suspected egg in banana bread). ",
             "Antihistamine given per plan. ",
             "EpiPen not required.\n",
             "Parent notified: ", PER(par.first), " on ", PHONE(par.phone), " - collected at ", hm(r), "\n",
             "--- internal note (", PER(mgr.initial()), ") ---\n",
             "Menu supplier ", r.choice(["Bakers Delight", "Dr. Oetker", "Uncle Tobys"]),
             " batch ", rs(r, UP + DIG, 8), " flagged. Review allergy matrix v", ver(r), ".\n")


@tpl("en", "KE", "daycare", "sms")
def ke_daycare_sms(r):
    cc = "KE"
    par = P(r, cc, female=True)
    kid = P(r, cc, child=True, last=par.last)
    mp = rs(r, UP, 2) + rs(r, UP + DIG, 8)
    return T("From: ", PHONE(phone(r, cc, "m", r.choice(["intl", "e164", "nat"]))), "\n",
             "Good evening teacher. This is ", PER(par.full), ", mother to ", PER(kid.first), " in Baby Class. ",
             "I have paid the fees for term 3 via M-Pesa, code ", mp, ", KSh ", str(r.randint(8, 30)), ",",
             rs(r, DIG, 3), ". Also my sister ", PER(P(r, cc, female=True).full), " (",
             PHONE(phone(r, cc)), ") will pick him tomorrow as I travel to ", LOC(P(r, cc).town),
             ". Thank you\n")


@tpl("en", "GB", "daycare", "json lines log")
def gb_daycare_portal_jsonl(r):
    cc = "GB"
    p, q = P(r, cc), P(r, cc)
    return T('{"ts":"', ts(r), '","svc":"parent-portal","lvl":"info","event":"login_ok","user":"', EMAIL(p.email),
             '","ip":"', IP(ip_pub(r)), '","session":"', rs(r, HEX, 32), '","app":"', ver(r), '"}\n',
             '{"ts":"', ts(r), '","svc":"parent-portal","lvl":"debug","event":"signup","payload":{"name":"',
             PER(q.full), '","email":"', EMAIL(q.email), '","password":"', PWD(pwd(r)), '","child_dob":"',
             DOB(P(r, cc, child=True).dob.isoformat()), '"}}\n',
             '{"ts":"', ts(r), '","svc":"parent-portal","lvl":"warn","event":"rate_limited","ip":"', ip_priv(r),
             '","user_id":"', uid(r), '"}\n',
             '{"ts":"', ts(r), '","svc":"auth","lvl":"info","event":"password_hash_upgraded","hash":"', bcrypt(r),
             '"}\n')


@tpl("en", "US", "carpet_cleaning", "form key=value")
def us_carpet_quote_form(r):
    cc = "US"
    p = P(r, cc)
    return T("new_quote_request form_id=", str(r.randint(100, 999)), " submitted=", ts(r), "\n",
             "name=", PER(p.full), "\n", "email=", EMAIL(p.email), "\n", "phone=", PHONE(p.phone), "\n",
             "service_address=", ADDR(p.addr), "\n",
             "rooms=", str(r.randint(1, 6)), "\nsqft=", str(r.randint(300, 2400)), "\n",
             "stains=", r.choice(["red wine", "pet urine", "coffee", "unknown, old"]), "\n",
             "pets=yes (", r.choice(["dog", "cat", "2 cats"]), " named ", r.choice(PETS), ")\n",
             "heard_about_us=", r.choice(["Google", "Nextdoor", "saw the van", "friend"]), "\n",
             "notes=tried a ", r.choice(["Rug Doctor", "Bissell", "Hoover"]), " rental already, didn't help. ",
             "gate code ", rs(r, DIG, 4), ", park on street\n", "utm_campaign=fall_", str(r.randint(10, 40)), "off\n")


@tpl("en", "GB", "carpet_cleaning", "speech-to-text transcript")
def gb_carpet_call_transcript(r):
    cc = "GB"
    p, a = P(r, cc), P(r, cc)
    return T("[auto-transcript call ", uid(r)[:8], " ", ts(r), "]\n",
             "agent: good morning fresh start carpet care ", PER(a.first.lower()), " speaking how can i help\n",
             "caller: hiya yeah it's ", PER(p.full.lower()), " i'd like a quote for the stairs and landing\n",
             "agent: lovely whats the address\n",
             "caller: it's ", ADDR(p.addr.lower().replace(",", "")), "\n",
             "agent: and best number\n", "caller: ", PHONE(p.phone), "\n",
             "agent: perfect we've got a tuesday slot the ", str(r.randint(2, 28)),
             "th between nine and twelve it'd be about ", str(r.randint(60, 180)), " pounds\n",
             "caller: fine my dog ", r.choice(PETS).lower(), " will be shut in the kitchen\n")


@tpl("en", "IE", "carpet_cleaning", "invoice email")
def ie_carpet_invoice(r):
    cc = "IE"
    p, s = P(r, cc), P(r, cc)
    bs, bt, _ = addr_parts(r, cc)
    return T("Invoice INV-", str(r.randint(2026000, 2026999)), "\n\nDear ", PER(p.full), ",\n\n",
             "Thank you for choosing Emerald Upholstery Care. Service at ", ADDR(p.addr), " on ", fd(evd(r), cc),
             ": 3-seater sofa + 2 armchairs, Scotchgard applied.\n",
             "Total due: €", amt(r, 120, 420), " (VAT 13.5% incl.)\n\n",
             "Please pay by bank transfer within 14 days:\nIBAN: ", IBAN(iban(r, "IE")), "\nBIC: ", SWIFT["IE"], "\n",
             "Reference: your invoice number\n\n", "Kind regards,\n", PER(s.full), "\nEmerald Upholstery Care Ltd\n",
             ADDR(f"{bs}, {bt}"), "\nTel: ", PHONE(phone(r, cc, "f")), "\n")


@tpl("en", "NG", "carpet_cleaning", "whatsapp export")
def ng_carpet_whatsapp(r):
    cc = "NG"
    p, s = P(r, cc, female=True), P(r, cc)
    d = evd(r)
    pre = f"{d.day:02d}/{d.month:02d}/{d.year}, "
    return T(pre, "08:14 - ", PER(p.full), ": Good morning. Please how much to wash 3-seater rug and 2 sofas\n",
             pre, "08:20 - ", PER(s.first), " (CleanPro Lagos): Morning ma. N", str(r.randint(25, 80)),
             ",000 for all. Where is the location?\n",
             pre, "08:22 - ", PER(p.full), ": ", ADDR(p.addr), "\n",
             pre, "08:23 - ", PER(p.full), ": Call me on ", PHONE(phone(r, cc, "m", r.choice(["nat", "intl"]))),
             " when your boys are close\n",
             pre, "08:25 - ", PER(s.first), " (CleanPro Lagos): Noted. Tomorrow 10am. Pay to GTBank acct name ",
             "CleanPro Services Ltd after job. Our rep ", PER(P(r, cc).first), " will come\n")


@tpl("en", "AU", "carpet_cleaning", "forwarded email")
def au_carpet_forwarded(r):
    cc = "AU"
    p, s, m = P(r, cc), P(r, cc), P(r, cc)
    return T("---------- Forwarded message ---------\n",
             "From: ", PER(p.full), " <", EMAIL(p.email), ">\n",
             "Date: ", fd(evd(r), cc), " ", hm(r), "\n",
             "Subject: Steam clean - bond clean before we move out\n",
             "To: <", EMAIL("jobs@bluegumcarpetcare.com.au"), ">\n\n",
             "Hi, we're moving out of ", ADDR(p.addr), " and need the carpets done for the bond. ",
             "3 bedrooms + hallway. Agent wants the receipt. We're heading to ", LOC(P(r, cc).town),
             " after. My number is ", PHONE(p.phone), ".\n\n",
             PER(m.first), " - can you quote this one? Our ABN ", rs(r, DIG, 2), " ",
             " ".join(rs(r, DIG, 3) for _ in range(3)),
             " goes on the invoice, not theirs.\n", PER(s.first), "\n")


@tpl("en", "US", "climbing_gym", "json line")
def us_climbing_signup_json(r):
    cc = "US"
    p = P(r, cc)
    return T('{"event":"member.created","id":"', uid(r), '","created":"', ts(r), '","member":{"first_name":"',
             PER(p.first), '","last_name":"', PER(p.last), '","dob":"', DOB(p.dob.isoformat()), '","email":"',
             EMAIL(p.email), '","phone":"', PHONE(phone(r, cc, "m", "e164")), '","home_gym":"',
             r.choice(["Tacoma", "Boise", "Eugene"]), '","plan":"', r.choice(["monthly", "annual", "punch10"]),
             '","waiver_version":"', ver(r), '","card":{"brand":"visa","last4":"', last4(r), '","exp":"', expiry(r),
             '"}},"client_ip":"', IP(ip_pub(r)), '"}\n')


@tpl("en", "US", "climbing_gym", "config snippet")
def us_climbing_env(r):
    cc = "US"
    ops = P(r, cc)
    return T("# .env.production - cruxcloud booking service ", ver(r), "\n",
             "APP_ENV=production\nDB_HOST=", ip_priv(r), "\nDB_USER=crux_app\nDB_PASSWORD=", PWD(pwd(r)), "\n",
             "STRIPE_PUBLISHABLE_KEY=pk_live_", rs(r, B62, 24), "\n",
             "STRIPE_SECRET_KEY=", KEY(apikey(r, "stripe")), "\n",
             "SENDGRID_API_KEY=", KEY(apikey(r, "sendgrid")), "\n",
             "TWILIO_ACCOUNT_SID=AC", rs(r, HEX, 32), "\n",
             "SMTP_FROM=", EMAIL("no-reply@cruxcloud.io"), "\n",
             "ALERT_EMAIL=", EMAIL(f"{fold(ops.first)}@cruxcloud.io"), "\n",
             "SESSION_SECRET_HASH=", sha(r), "\n", "FEATURE_FLAGS=belay_quiz,autobelay_v2\n")


@tpl("en", "CA", "climbing_gym", "crm note")
def ca_climbing_belay_note(r):
    cc = "CA"
    kid, par, ins = P(r, cc), P(r, cc), P(r, cc)
    kid.dob = TODAY - timedelta(days=r.randint(12 * 365, 17 * 365))
    kid.last = par.last
    return T("Member note - ", fd(evd(r), cc), "\n",
             PER(f"{kid.first} {par.last}"), " (youth, DOB ", DOB(kid.dob.strftime("%Y-%m-%d")),
             ") passed top-rope belay check with ", PER(ins.first), ". Lead cert not yet - retest after 10 more ",
             "lead climbs. Tag colour: ", r.choice(["green", "orange", "blue"]), ".\n",
             "Guardian ", PER(par.full), " signed the youth waiver, ", PHONE(par.phone), ".\n",
             "Rental harness #", str(r.randint(1, 80)), ", shoes ", r.choice(["La Sportiva Tarantulace",
                                                                            "Scarpa Origin", "Black Diamond Momentum"]),
             " size ", str(r.randint(35, 45)), ". Cert expires ", fd(evd(r) + timedelta(days=365), cc), ".\n")


@tpl("en", "GB", "climbing_gym", "support ticket")
def gb_climbing_lockout_ticket(r):
    cc = "GB"
    p, a, b = P(r, cc), P(r, cc), P(r, cc)
    return T("Ticket #", str(r.randint(40000, 49999)), " - Can't log in to app\n",
             "Requester: ", PER(p.full), " <", EMAIL(p.email), ">\n",
             "Customer: Hi, app keeps saying wrong password, I'm trying to book the ", hm(r),
             " session. I've only ever used ", PWD(pwd(r)), " so I don't get it.\n",
             "--- Internal note by ", PER(a.first), " ---\n",
             "Account had 9 failed logins from ", IP(ip_pub(r)), " and ", IP(ip_pub(r)),
             " (not her usual), locked by fraud rule ", ref(r, "FR", 3), ". Reset issued, temp password ",
             PWD(pwd(r)), ", must change on login. Told her never to send passwords by email.\n",
             "--- Internal note by ", PER(b.first), " ---\n", "Also saw health check from ", ip_priv(r),
             " in the same window, ignore.\n")


@tpl("en", "NZ", "climbing_gym", "slack export (no PII)")
def nz_climbing_setting_slack(r):
    return T("#route-setting\n",
             "setter-bot  ", hm(r), "\n", "Reset schedule for wall ", r.choice("ABCDE"), ": strip ",
             fd(evd(r), "NZ"), ", set ", fd(evd(r), "NZ"), ". Holds: ", str(r.randint(80, 200)), " pcs, ",
             r.choice(["Kilter", "Flathold", "Teknik"]), " order #", str(r.randint(10000, 99999)), "\n",
             "ops  ", hm(r), "\n", "Autobelay ", rs(r, UP, 2), "-", str(r.randint(100, 999)),
             " inspection due, firmware ", ver(r), ". Lanyard swap costs $", amt(r, 120, 400), "\n",
             "ops  ", hm(r), "\n", "Grades for the comp: V", str(r.randint(0, 3)), "-V", str(r.randint(5, 9)),
             ", 6a-7b+. Door code for the back shed stays ", rs(r, DIG, 4), ". GPS for the outdoor meet: ", gps(r),
             "\n")


@tpl("en", "IN", "climbing_gym", "notification subjects")
def in_climbing_subjects(r):
    cc = "IN"
    a, b, c = P(r, cc), P(r, cc), P(r, cc)
    return T("Inbox (filtered: notifications)\n",
             "- Your session on ", fd(evd(r), cc), " is confirmed, ", PER(a.first), "! Booking #",
             str(r.randint(100000, 999999)), "\n",
             "- OTP ", otp(r), " for login to BoulderHouse. Do not share.\n",
             "- ", PER(b.full), " added you to the group 'Sunday crew'\n",
             "- Payment of Rs. ", str(r.randint(800, 4999)), " received (UPI ref ", rs(r, DIG, 12), ")\n",
             "- Reminder: membership for ", PER(c.full), " (", PHONE(c.phone), ") expires in 3 days\n",
             "- App update ", ver(r), " available\n")


@tpl("en", "US", "phone_repair", "repair ticket")
def us_repair_ticket(r):
    cc = "US"
    p, t = P(r, cc), P(r, cc)
    return T("FIXT MOBILE - REPAIR TICKET ", ref(r, "RT", 6), "\n",
             "Customer: ", PER(p.last.upper()), ", ", PER(p.first.upper()), "\n",
             "Phone: ", PHONE(p.phone), "   Email: ", EMAIL(p.email), "\n",
             "Device: ", r.choice(PHONES), "   IMEI: ", imei(r), "   iOS/Android ", ver(r), "\n",
             "Issue: cracked screen + ",
             r.choice(["battery swelling", "no charge", "face ID broken", "speaker crackle"]),
             "\nQuote: $", amt(r, 89, 329), "   Deposit: $", amt(r, 20, 50), " (card ", masked(r), ")\n",
             "Apple ID pw given for Find My disable: ", PWD(pwd(r)), "  <-- delete after pickup!\n",
             "Tech: ", PER(t.initial()), "   ETA ", fd(evd(r), cc), "\n",
             "Network unlock code (NCK) from carrier: ", rs(r, DIG, 8), "\n")


@tpl("en", "GB", "phone_repair", "trade-in email")
def gb_repair_tradein(r):
    cc = "GB"
    p, s = P(r, cc), P(r, cc)
    return T("Hello ", PER(p.first), ",\n\n",
             "We've received your ", r.choice(PHONES), " (IMEI ", imei(r), ") for trade-in order ",
             ref(r, "TI", 7), ". It graded B (light scratches), so our offer is £", amt(r, 80, 420), ".\n",
             "We'll pay to the account you gave us: ", IBAN(iban(r, "GB")), ". If that's wrong reply before ",
             fd(evd(r), cc), ".\n",
             "Return address on file: ", ADDR(p.addr), "\n\n",
             "Thanks,\n", PER(s.full), "\nReCell UK - ", EMAIL("tradein@recell.co.uk"), " - ",
             PHONE(phone(r, cc, "f")), "\n")


@tpl("en", "US", "phone_repair", "ach payout note")
def us_repair_ach_payout(r):
    cc = "US"
    p = P(r, cc)
    return T("Trade-in payout #", str(r.randint(50000, 59999)), " - ", fd(evd(r), cc), "\n",
             "Seller: ", PER(p.full), " (", EMAIL(p.email), ")\n",
             "Method: ACH\nRouting: ", routing(r), "\nAccount: ", BANK(us_acct(r)), "\n",
             "Amount: $", amt(r, 60, 600), "\nDevice: ", r.choice(PHONES), ", IMEI ", imei(r), "\n",
             "1099 info: SSN ", SSN(ssn(r)), ", mailing ", ADDR(p.addr), "\n",
             "Approved by ", PER(P(r, cc).initial()), "\n")


@tpl("en", "PH", "phone_repair", "sms thread")
def ph_repair_sms(r):
    cc = "PH"
    p, s = P(r, cc), P(r, cc)
    return T("Gadget Doctor Cebu\n",
             "To ", PHONE(phone(r, cc, "m", r.choice(["nat", "intl", "compact"]))), ": Hi Ma'am ", PER(p.first),
             ", your ", r.choice(PHONES), " is ready for pick up. Claim stub no. ", str(r.randint(1000, 9999)),
             ". Balance PHP ", str(r.randint(5, 40)), "00.\n",
             "From customer: Thank you po! My husband ", PER(P(r, cc, female=False).first),
             " will get it tomorrow, he has the stub\n",
             "To customer: Ok po, please bring valid ID. Shop hours 10am-7pm. - ", PER(s.first), "\n",
             "From customer: Also pls send the receipt to ", EMAIL(p.email), " thanks\n")


@tpl("en", "AU", "phone_repair", "application log")
def au_repair_app_log(r):
    cc = "AU"
    p = P(r, cc)
    return T(ts(r), " INFO  [booking-api ", ver(r), "] POST /repairs 201 customer=", EMAIL(p.email),
             " order=", ref(r, "ORD", 8), "\n",
             ts(r), " WARN  [booking-api ", ver(r), "] slow query 1342ms from ", ip_priv(r), "\n",
             ts(r), " ERROR [sms-gateway] delivery failed to=", PHONE(phone(r, cc, "m", "e164")),
             " err=\"carrier timeout\" msg_id=", uid(r), "\n",
             ts(r), " INFO  [auth] login ok user_id=", str(r.randint(1000, 99999)), " ip=", IP(ip_pub(r)),
             " ua=\"okhttp/", ver(r), "\"\n",
             ts(r), " DEBUG [payments] retry charge pan=", CARD(card(r, False)), " exp=", expiry(r), " amount=",
             amt(r, 50, 400), "\n",
             ts(r), " DEBUG [parts] stock sync sha=", sha(r)[:40], " imei_checked=", imei(r), "\n")


@tpl("en", "KE", "phone_repair", "live chat export")
def ke_repair_livechat(r):
    cc = "KE"
    p, a = P(r, cc), P(r, cc)
    return T("Live chat transcript - Simu Fix Ltd\n",
             "Visitor (", PER(p.full), "): hello my phone screen is black after it fell. ", r.choice(PHONES), "\n",
             "Agent ", PER(a.first), ": Pole sana! Screen replacement is KSh ", str(r.randint(4, 25)),
             ",500. Can you share IMEI? Dial *#06#\n",
             "Visitor (", PER(p.full), "): ", imei(r), "\n",
             "Agent ", PER(a.first), ": Thanks. Our shop is at Moi Avenue branch. Or we collect, your address?\n",
             "Visitor (", PER(p.full), "): ", ADDR(p.addr), ". My number ", PHONE(p.phone), "\n",
             "Agent ", PER(a.first), ": Booked, job ", ref(r, "SF", 5), ". Pay via Till ", rs(r, DIG, 6), "\n")


@tpl("en", "US", "bowling", "maintenance log (no PII)")
def us_bowling_maintenance(r):
    return T("PINSETTER MAINTENANCE LOG - lanes ", str(r.randint(1, 8)), "-", str(r.randint(9, 24)), "\n",
             fd(evd(r), "US"), ": replaced deck springs on #", str(r.randint(1, 24)), ", part ",
             rs(r, UP, 2), "-", rs(r, DIG, 5), " ($", amt(r, 20, 300), ")\n",
             fd(evd(r), "US"), ": oil pattern switched to ", r.choice(["Kegel Broadway", "House Shot 40ft",
                                                                         "Badger 52"]), ", volume ",
             str(r.randint(18, 30)), ".", str(r.randint(0, 9)), " mL\n",
             fd(evd(r), "US"), ": scoring system updated to ", ver(r), ", controller at ", ip_priv(r), "\n",
             "Brunswick service call SR-", rs(r, DIG, 7), " still open. Next inspection ", fd(evd(r), "US"), "\n")


# ============================================================================================
# Other languages
# ============================================================================================
@tpl("de", "DE", "escape_room", "email+signature")
def de_escape_refund(r):
    cc = "DE"
    p, s = P(r, cc), P(r, cc)
    bs, bt, _ = addr_parts(r, cc)
    return T("Betreff: Stornierung Buchung ", ref(r, "EXIT", 6), "\n\n",
             "Hallo ", "Frau" if p.female else "Herr", " ", PER(p.last), ",\n\n",
             "schade, dass Ihr Team am ", fd(evd(r), cc), " nicht in den Raum „", r.choice(
                 ["Das Labor von Dr. Faust", "Einsteins Zeitmaschine", "Die Gruft"]), "“ kommen kann. ",
             "Die Anzahlung von ", amt(r, 40, 120).replace(".", ","), " € erstatten wir auf das angegebene Konto:\n",
             "Kontoinhaber: ", PER(p.full), "\nIBAN: ", IBAN(iban(r, "DE")), "\nBIC: ", SWIFT["DE"], "\n\n",
             "Mit freundlichen Grüßen\n", PER(s.full), "\nExit Games ", r.choice(["Leipzig", "Kassel"]), " GmbH\n",
             ADDR(f"{bs}\n{bt}"), "\nTel. ", PHONE(phone(r, cc, "f")), "\n", EMAIL("team@exitgames-buchung.de"), "\n",
             "USt-IdNr. DE", rs(r, DIG, 9), "\n")


@tpl("de", "AT", "climbing_gym", "ocr form")
def at_climbing_membership_ocr(r):
    cc = "AT"
    p = P(r, cc)
    return T("KLETTERHALLE BLOCKWERK - MITGLIEDSANTRAG / SEPA-LASTSCHRIFTMANDAT\n",
             "Vorname: ", PER(p.first), "     Nachname: ", PER(p.last), "\n",
             "Geb.-Datum: ", DOB(p.dob_s), "    Tarif: ", r.choice(["Jahreskarte", "10er-Block", "Student"]), "\n",
             "Anschrift: ", ADDR(p.addr), "\n",
             "Tel.: ", PHONE(p.phone), "   E-Mail: ", EMAIL(p.email), "\n",
             "IBAN: ", IBAN(iban(r, "AT", True)), "    BIC: ", SWIFT["AT"], "\n",
             "Mandatsreferenz: ", ref(r, "BLW", 8), "   Gläubiger-ID: AT", rs(r, DIG, 2), "ZZZ", rs(r, DIG, 11), "\n",
             "Toprope-Kurs absolviert am ", fd(evd(r), cc), " bei ", PER(P(r, cc).full), "\n",
             "Ort, Datum: ", r.choice(["Graz", "Linz"]), ", ", fd(evd(r), cc), "   Unterschrift: ~~~~\n")


@tpl("de", "CH", "phone_repair", "ticket with internal notes")
def ch_repair_ticket(r):
    cc = "CH"
    p, t = P(r, cc), P(r, cc)
    return T("Reparaturauftrag ", ref(r, "RA", 6), " – ", fd(evd(r), cc), "\n",
             "Kunde: ", PER(p.full), ", ", PHONE(p.phone), ", ", EMAIL(p.email), "\n",
             "Gerät: ", r.choice(PHONES), ", IMEI ", imei(r), ", Farbe: ", r.choice(["schwarz", "blau", "silber"]),
             "\n",
             "Fehler: Akku bläht sich auf, Display hebt ab\n",
             "Kostenvoranschlag: CHF ", amt(r, 90, 350), ", Garantie 6 Monate\n",
             "--- interne Notiz ", PER(t.first), " ---\n",
             "Kunde wohnt in ", LOC(p.town), ", will das Gerät per Post zurück an ", ADDR(p.addr), ".\n",
             "Rückerstattung Anzahlung auf ", IBAN(iban(r, "CH")), ". Entsperrcode vom Netzbetreiber ",
             rs(r, DIG, 8), " liegt im Fach.\n")


@tpl("fr", "FR", "daycare", "form key: value")
def fr_creche_inscription(r):
    cc = "FR"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    doc = P(r, cc)
    return T("Fiche d'inscription – Crèche Les Petits Loups\n",
             "Nom de l'enfant : ", PER(kid.last.upper()), "\nPrénom : ", PER(kid.first), "\n",
             "Né(e) le : ", DOB(kid.dob_s), "\n",
             "Responsable légal : ", "Mme" if par.female else "M.", " ", PER(par.full), "\n",
             "Adresse : ", ADDR(par.addr), "\n",
             "Tél. portable : ", PHONE(par.phone), "\nCourriel : ", EMAIL(par.email), "\n",
             "Médecin traitant : Dr ", PER(doc.last), "\n",
             "Allergies / PAI : ", r.choice(["arachide", "aucune", "protéines de lait de vache", "kiwi"]), "\n",
             "Doudou : ", r.choice(["Lapinou", "Nounours", "Petit Chien"]), "\n",
             "Quotient familial CAF : ", str(r.randint(400, 2200)), " – N° allocataire ", rs(r, DIG, 7), "\n",
             "Date d'entrée : ", fd(evd(r), cc), "\n")


@tpl("fr", "BEfr", "carpet_cleaning", "sms thread")
def be_carpet_sms(r):
    cc = "BEfr"
    p, s = P(r, cc), P(r, cc)
    return T("Conversation avec ", PER(p.full), " (", PHONE(p.phone), ")\n",
             "Client : Bonjour, vous nettoyez aussi les canapés en tissu ? Le chat a fait des dégâts\n",
             "Nous : Bonjour ! Oui, canapé 3 places ", str(r.randint(80, 160)), " € TVAC. Vous habitez où ?\n",
             "Client : ", ADDR(p.addr), "\n",
             "Nous : Parfait, ", PER(s.first), " passe mardi entre 9h et 12h. Virement après passage : ",
             IBAN(iban(r, "BE")), " (communication +++", rs(r, DIG, 3), "/", rs(r, DIG, 4), "/",
             rs(r, DIG, 5), "+++)\n",
             "Client : Ok merci, le chat s'appelle ", r.choice(PETS), ", il sera enfermé 😅\n")


@tpl("fr", "FR", "bowling", "teams chat export")
def fr_bowling_teams(r):
    cc = "FR"
    a, b, c = P(r, cc), P(r, cc), P(r, cc)
    return T("[", fd(evd(r), cc), " ", hm(r), "] ", PER(a.full), " : quelqu'un peut rappeler ", PER(c.full),
             " pour l'anniversaire de samedi ? piste 7 et 8\n",
             "[", hm(r), "] ", PER(b.full), " : oui, c'est quel numéro ?\n",
             "[", hm(r), "] ", PER(a.full), " : ", PHONE(c.phone), " ou par mail ", EMAIL(c.email), "\n",
             "[", hm(r), "] ", PER(b.full), " : ok. elle vient de ", LOC(P(r, cc).town),
             ", prévoir le menu enfant à ", amt(r, 9, 15).replace(".", ","), " €\n",
             "[", hm(r), "] ", PER(a.full), " : et la machine à cocktails plante encore (firmware ", ver(r), ")\n")


@tpl("nl", "NL", "daycare", "email+signature")
def nl_kinderopvang_ophalen(r):
    cc = "NL"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    opa = P(r, cc, female=False)
    return T("Onderwerp: Ophalen ", PER(kid.first), " vrijdag\n\n",
             "Beste juf ", PER(P(r, cc, female=True).first), ",\n\n",
             "Vrijdag wordt ", PER(kid.first), " opgehaald door opa, ", PER(opa.full), ". ",
             "Zijn nummer is ", PHONE(opa.phone), ". Hij neemt zijn rijbewijs mee.\n",
             "Ik ben zelf tot ", hm(r), " in ", LOC(P(r, cc).town), " voor werk.\n\n",
             "Groetjes,\n", PER(par.full), "\n", ADDR(par.block), "\n", PHONE(par.phone_i), "\n\n",
             "Verstuurd vanaf mijn iPhone\n")


@tpl("nl", "BEnl", "carpet_cleaning", "call note")
def be_tapijt_callnote(r):
    cc = "BEnl"
    p, a = P(r, cc, female=True), P(r, cc)
    return T("Gespreksnotitie ", fd(evd(r), cc), " – ", PER(a.first), "\n",
             "Mevr. ", PER(p.last), " belde ivm vlek op wollen tapijt (rode wijn). Adres: ", ADDR(p.addr), ". ",
             "Tel ", PHONE(p.phone), ".\n",
             "Offerte ", ref(r, "OFF", 5), ": € ", amt(r, 90, 300).replace(".", ","),
             " incl. btw. Product: ", r.choice(["Dr. Beckmann", "Kärcher RM 519"]), " voorbehandeling.\n",
             "Betaalt via overschrijving, rekening ", IBAN(iban(r, "BE")), ". Hond ", r.choice(PETS),
             " blijft in de tuin.\n")


@tpl("es", "ES", "phone_repair", "whatsapp export")
def es_repair_whatsapp(r):
    cc = "ES"
    p, s = P(r, cc), P(r, cc)
    d = evd(r)
    pre = f"{d.day}/{d.month}/{d.year % 100} "
    return T(pre, "17:02 - ", PER(p.full), ": Hola, ¿arregláis la pantalla de un ", r.choice(PHONES), "?\n",
             pre, "17:05 - ", PER(s.first), " (MóvilExpress): Hola! Sí, ", str(r.randint(60, 220)),
             " € con garantía. Déjame nombre y teléfono\n",
             pre, "17:07 - ", PER(p.full), ": ", PER(p.full), ", ", PHONE(phone(r, cc)), "\n",
             pre, "17:08 - ", PER(s.first), " (MóvilExpress): Anotado, resguardo nº ", str(r.randint(1000, 9999)),
             ". ¿Código de liberación del operador? Es ", rs(r, DIG, 8), ", lo tenemos\n",
             pre, "17:12 - ", PER(p.full), ": Vale, vivo en ", LOC(P(r, cc).town),
             " y bajo el sábado. Mi correo ", EMAIL(p.email), "\n")


@tpl("es", "ES", "escape_room", "support ticket")
def es_escape_ticket(r):
    cc = "ES"
    p, a = P(r, cc), P(r, cc)
    return T("Ticket #", str(r.randint(1000, 9999)), " · Reclamación sala \"La Casa de Papel\"\n",
             "Cliente: ", PER(p.full), " <", EMAIL(p.email), ">\n",
             "Mensaje: Reservamos para el ", fd(evd(r), cc), " y nos cobraron dos veces ",
             amt(r, 60, 140).replace(".", ","), " € en la tarjeta ", masked(r), ". ",
             "Os dejo mi IBAN para la devolución: ", IBAN(iban(r, "ES")), ". Gracias.\n",
             "Nota interna (", PER(a.first), "): confirmado en TPV, op. ", rs(r, DIG, 12), ". Devolver y llamar al ",
             PHONE(p.phone), ". La tarjeta completa NO está en el sistema, solo los 4 últimos.\n")


@tpl("it", "IT", "bowling", "email")
def it_bowling_league(r):
    cc = "IT"
    p, s = P(r, cc), P(r, cc)
    return T("Oggetto: Iscrizione campionato a squadre\n\n",
             "Buongiorno, sono ", PER(p.full), ", capitano della squadra \"", r.choice(
                 ["Birilli Pazzi", "Strike Force", "I Senza Spare"]), "\".\n",
             "Vi mando i dati per il tesseramento: nato il ", DOB(p.dob_s), " a ", LOC(P(r, cc).town),
             ", residente in ",
             ADDR(p.addr), ", cell. ", PHONE(p.phone), ".\n",
             "La quota di € ", amt(r, 40, 90).replace(".", ","), " l'ho pagata con bonifico, CRO ", rs(r, DIG, 11),
             ".\n",
             "Cordiali saluti\n", PER(p.first), "\n\n> Gentile ", PER(p.first), ", manca il certificato medico. ",
             PER(s.full), " – Bowling ", r.choice(["Verona", "Padova"]), " Center\n")


@tpl("it", "IT", "climbing_gym", "crm note")
def it_climbing_note(r):
    cc = "IT"
    p, i = P(r, cc), P(r, cc)
    return T("Scheda socio ", str(r.randint(1000, 9999)), " – aggiornata il ", fd(evd(r), cc), "\n",
             PER(p.last), " ", PER(p.first), ", nata/o il ", DOB(p.dob_s), ". Certificato medico non agonistico ",
             "valido fino al ", fd(evd(r) + timedelta(days=300), cc), ".\n",
             "Corso sicura superato con l'istruttore ", PER(i.full), ". Scarpette a noleggio ",
             r.choice(["La Sportiva", "Scarpa"]), " n. ", str(r.randint(36, 46)), ".\n",
             "Contatti: ", EMAIL(p.email), " / ", PHONE(phone(r, cc, "m", "intl")), ".\n",
             "Coordinate falesia uscita di gruppo: ", gps(r), "\n")


@tpl("pl", "PL", "daycare", "json")
def pl_przedszkole_json(r):
    cc = "PL"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    return T('{"przedszkole":"Słoneczko","grupa":"', r.choice(["Biedronki", "Misie", "Żabki"]), '",',
             '"dziecko":{"imie":"', PER(kid.first), '","nazwisko":"', PER(kid.last), '","data_urodzenia":"',
             DOB(kid.dob_s), '","alergie":"', r.choice(["orzechy", "brak", "laktoza"]), '"},',
             '"opiekun":{"imie_nazwisko":"', PER(par.full), '","telefon":"', PHONE(par.phone), '","email":"',
             EMAIL(par.email), '","adres":"', ADDR(par.addr), '"},',
             '"upowaznieni":["', PER(P(r, cc).full), '"],"oplata":"', amt(r, 300, 900), '","utworzono":"', ts(r),
             '","id":"', uid(r), '"}\n')


@tpl("pl", "PL", "carpet_cleaning", "email")
def pl_pranie_dywanow(r):
    cc = "PL"
    p, s = P(r, cc), P(r, cc)
    return T("Dzień dobry,\n\n",
             "potwierdzam pranie dywanów i kanapy na ", fd(evd(r), cc), " o ", hm(r), ". ",
             "Adres: ", ADDR(p.addr), ". Kontakt: ", PHONE(phone(r, cc, "m", r.choice(["nat", "intl"]))), ".\n",
             "Kwota ", str(r.randint(150, 600)), " zł, płatność przelewem na konto ", IBAN(iban(r, "PL")),
             ", tytuł: zlecenie ", ref(r, "ZL", 5), ".\n\n",
             "Pozdrawiam\n", PER(s.full), "\nCzysty Dom Sp. z o.o., NIP ", rs(r, DIG, 10), "\n\n",
             "W dniu ", fd(evd(r), cc), " ", PER(p.full), " <", EMAIL(p.email), "> napisał(a):\n",
             "> Proszę o termin, mamy psa ", r.choice(PETS), ", dywan wełniany 2x3 m.\n")


@tpl("pt", "PT", "phone_repair", "repair ticket")
def pt_reparacao(r):
    cc = "PT"
    p, t = P(r, cc), P(r, cc)
    return T("Ficha de reparação n.º ", str(r.randint(10000, 99999)), "\n",
             "Cliente: ", PER(p.full), "\nContacto: ", PHONE(p.phone), " | ", EMAIL(p.email), "\n",
             "Morada: ", ADDR(p.addr), "\n",
             "Equipamento: ", r.choice(PHONES), " | IMEI ", imei(r), "\n",
             "Avaria: não carrega. Orçamento ", amt(r, 40, 180).replace(".", ","), " € (IVA incl.)\n",
             "Reembolso do sinal para ", IBAN(iban(r, "PT")), "\n",
             "Técnico: ", PER(t.first), " | entrada ", fd(evd(r), cc), " | versão iOS ", ver(r), "\n")


@tpl("sv", "SE", "climbing_gym", "chat export")
def se_klatter_chat(r):
    cc = "SE"
    p, s = P(r, cc), P(r, cc)
    return T("Chatt – Klätterverket kundtjänst\n",
             PER(p.first), " ", hm(r), ": Hej! Jag har glömt mitt lösenord till appen och kan inte boka\n",
             PER(s.first), " (Klätterverket) ", hm(r), ": Hej ", PER(p.first),
             "! Vilken mejl är kontot på?\n",
             PER(p.first), " ", hm(r), ": ", EMAIL(p.email), ", och mobil ", PHONE(p.phone), "\n",
             PER(s.first), " (Klätterverket) ", hm(r), ": Tack, återställningslänk skickad. Din kod ", otp(r),
             " gäller 10 min. Medlemsnummer ", rs(r, DIG, 6), "\n",
             PER(p.first), " ", hm(r), ": Toppen, jag flyttar till ", LOC(P(r, cc).town),
             " i vår så kanske pausar kortet\n")


@tpl("ca", "CAT", "escape_room", "email+signature")
def ca_escape_reserva(r):
    cc = "CAT"
    p, s = P(r, cc), P(r, cc)
    bs, bt, _ = addr_parts(r, cc)
    return T("Assumpte: Confirmació de reserva ", ref(r, "ENIG", 5, True), "\n\n",
             "Hola ", PER(p.first), ",\n\n",
             "Us esperem el ", fd(evd(r), cc), " a les ", hm(r), " a la sala \"", r.choice(
                 ["El laboratori de Gaudí", "La cripta de Dalí", "El tresor del pirata"]), "\". ",
             "Sou ", str(r.randint(3, 6)), " jugadors; el preu total és de ", str(r.randint(70, 150)), " €.\n",
             "Titular de la reserva: ", PER(p.full), " · ", PHONE(p.phone), " · ", EMAIL(p.email), "\n",
             "Heu pagat una paga i senyal amb la targeta ", masked(r), ".\n\n",
             "Salutacions,\n", PER(s.first), "\nEnigma Escape Girona\n", ADDR(f"{bs}, {bt}"), "\n",
             PHONE(phone(r, cc, "f")), "\n")


@tpl("ca", "CAT", "daycare", "form key: value")
def ca_llar_infants(r):
    cc = "CAT"
    par = P(r, cc)
    kid = P(r, cc, child=True)
    kid.full = f"{kid.first} {par.last} {kid.last}"
    return T("FULL DE MATRÍCULA – Llar d'infants El Niu\n",
             "Nom i cognoms de l'infant: ", PER(kid.full), "\n",
             "Data de naixement: ", DOB(kid.dob_s), "\n",
             "Pare/mare o tutor: ", PER(par.full), "\n",
             "Adreça: ", ADDR(par.addr), "\n",
             "Telèfon mòbil: ", PHONE(par.phone), "\nCorreu electrònic: ", EMAIL(par.email), "\n",
             "Persones autoritzades a recollir: ", PER(P(r, cc).full), " (àvia), ", PER(P(r, cc).full), "\n",
             "Al·lèrgies: ", r.choice(["cap", "fruits secs", "ou", "lactosa"]), "\n",
             "Domiciliació bancària: ", IBAN(iban(r, "ES")), "\n",
             "Núm. expedient: ", ref(r, "EXP", 5), "   Data d'alta: ", fd(evd(r), cc), "\n")


@tpl("et", "EE", "bowling", "sms thread")
def ee_keegel_sms(r):
    cc = "EE"
    p = P(r, cc)
    return T("SMS ", PHONE(phone(r, cc, "m", r.choice(["nat", "intl"]))), "\n",
             "Tere! Soovin broneerida 2 rada laupäevaks kell 18. Meid on 9. ", PER(p.full), "\n",
             "Vastus: Tere ", PER(p.first), "! Rajad 3 ja 4 on vabad, hind ", str(r.randint(30, 60)),
             " € tund. Broneering nr ", str(r.randint(1000, 9999)), ".\n",
             "Tere, sobib. Arve palun e-postile ", EMAIL(p.email), ". Tuleme ", LOC(P(r, cc).town), "-st.\n",
             "Vastus: Kinnitatud. Kohtumiseni Keeglikeskuses ", r.choice(["Tartu", "Pärnu"]), "!\n")


@tpl("et", "EE", "phone_repair", "crm note")
def ee_remont_note(r):
    cc = "EE"
    p, t = P(r, cc), P(r, cc)
    return T("Tellimus ", ref(r, "TL", 6), " · ", fd(evd(r), cc), "\n",
             "Klient: ", PER(p.full), ", isikukood puudub, tel ", PHONE(p.phone), ", ", EMAIL(p.email), "\n",
             "Aadress: ", ADDR(p.addr), "\n",
             "Seade: ", r.choice(PHONES), ", IMEI ", imei(r), ". Probleem: ekraan katki, aku ", str(r.randint(60, 85)),
             "%.\n",
             "Hinnapakkumine ", amt(r, 60, 250).replace(".", ","), " €. Tehnik ", PER(t.first), ". Tarkvara ", ver(r),
             ".\n")


@tpl("sl", "SI", "carpet_cleaning", "email")
def si_ciscenje_email(r):
    cc = "SI"
    p, s = P(r, cc, female=True), P(r, cc)
    return T("Zadeva: Povpraševanje – globinsko čiščenje sedežne garniture\n\n",
             "Pozdravljeni,\n\nzanima me cena čiščenja sedežne garniture in dveh preprog. ",
             "Naslov: ", ADDR(p.addr), ". Dosegljiva sem na ", PHONE(p.phone), ".\n\n",
             "Lep pozdrav,\n", PER(p.full), "\n\n",
             "---\nOdgovor (", PER(s.first), ", Čisti Dom d.o.o.): Cena je ", str(r.randint(70, 180)),
             " € z DDV. Termin ", fd(evd(r), cc), " ob ", hm(r), ". Ponudba št. ", ref(r, "P", 5), ". ",
             "Pišite na ", EMAIL("info@cistidom.si"), ".\n")


@tpl("sl", "SI", "climbing_gym", "form key: value")
def si_plezalni_obrazec(r):
    cc = "SI"
    p = P(r, cc)
    return T("PRISTOPNA IZJAVA – Plezalni center Balvan\n",
             "Ime: ", PER(p.first), "\nPriimek: ", PER(p.last), "\n",
             "Datum rojstva: ", DOB(p.dob_s), "\n",
             "Naslov: ", ADDR(p.addr), "\n",
             "GSM: ", PHONE(p.phone), "\nE-pošta: ", EMAIL(p.email), "\n",
             "Kraj rojstva: ", LOC(P(r, cc).town), "\n",
             "Vrsta karte: ", r.choice(["letna", "10 obiskov", "študentska"]), "   Številka kartice: ", rs(r, DIG, 8),
             "\nDatum vpisa: ", fd(evd(r), cc), "\n")


@tpl("tr", "TR", "phone_repair", "whatsapp export")
def tr_tamir_whatsapp(r):
    cc = "TR"
    p, s = P(r, cc), P(r, cc)
    d = evd(r)
    pre = f"{d.day:02d}.{d.month:02d}.{d.year} "
    return T(pre, "14:03 - ", PER(p.full), ": Merhaba, ", r.choice(PHONES), " ekranı kırıldı, fiyat ne kadar?\n",
             pre, "14:06 - ", PER(s.first), " (Tekno Tamir): Merhaba ", PER(p.first), " Bey/Hanım, orijinal ekran ",
             str(r.randint(2, 9)), ".", rs(r, DIG, 3), " TL. IMEI numarasını yazar mısınız? *#06#\n",
             pre, "14:09 - ", PER(p.full), ": ", imei(r), "\n",
             pre, "14:10 - ", PER(s.first), " (Tekno Tamir): Kurye ile alalım, adresiniz?\n",
             pre, "14:12 - ", PER(p.full), ": ", ADDR(p.addr), ". Telefon: ", PHONE(phone(r, cc)), "\n",
             pre, "14:13 - ", PER(s.first), " (Tekno Tamir): Kayıt no ", ref(r, "TT", 6), ", yarın 10:00-12:00\n")


@tpl("tr", "TR", "daycare", "form key: value")
def tr_kres_form(r):
    cc = "TR"
    par = P(r, cc)
    kid = P(r, cc, child=True, last=par.last)
    return T("KAYIT FORMU – Minik Adımlar Kreşi\n",
             "Çocuğun adı soyadı: ", PER(kid.full), "\n",
             "Doğum tarihi: ", DOB(kid.dob_s), "\n",
             "Veli adı: ", PER(par.full), "\n",
             "Adres: ", ADDR(par.addr), "\n",
             "Cep tel: ", PHONE(par.phone), "\nE-posta: ", EMAIL(par.email), "\n",
             "Alerji: ", r.choice(["yok", "fıstık", "süt ürünleri", "çilek"]), "\n",
             "Servis güzergahı: ", r.choice(["A", "B", "C"]), "  Aylık ücret: ", str(r.randint(8, 25)), ".000 TL\n",
             "Kayıt tarihi: ", fd(evd(r), cc), "   Dosya no: ", str(r.randint(100, 999)), "\n")


@tpl("ro", "RO", "bowling", "email")
def ro_bowling_rezervare(r):
    cc = "RO"
    p, s = P(r, cc), P(r, cc)
    return T("Subiect: Rezervare petrecere firmă\n\n",
             "Bună ziua,\n\ndoresc să rezerv 6 piste pentru ", fd(evd(r), cc), ", ora ", hm(r),
             ", pentru aproximativ ", str(r.randint(20, 60)), " de persoane. Factura pe firmă, CUI RO",
             rs(r, DIG, 8), ".\n",
             "Persoană de contact: ", PER(p.full), ", tel. ", PHONE(p.phone), ", ", EMAIL(p.email), ".\n\n",
             "Mulțumesc,\n", PER(p.first), "\n\n",
             "Răspuns: Bună ziua, doamna/domnul ", PER(p.last), ", confirmăm. Avans ", str(r.randint(500, 1500)),
             " lei. Cu stimă, ", PER(s.full), ", Strike Bowling ", r.choice(["Iași", "Sibiu"]), "\n")


@tpl("ro", "RO", "escape_room", "waiver form")
def ro_escape_declaratie(r):
    cc = "RO"
    p = P(r, cc)
    return T("DECLARAȚIE PE PROPRIE RĂSPUNDERE – Escape Room „Castelul lui Dracula”\n",
             "Nume și prenume: ", PER(p.full), "\n",
             "Data nașterii: ", DOB(p.dob_s), "\n",
             "Domiciliul: ", ADDR(p.addr), "\n",
             "Telefon: ", PHONE(p.phone), "\nEmail: ", EMAIL(p.email), "\n",
             "Localitatea natală: ", LOC(P(r, cc).town), "\n",
             "Cameră: ", r.choice(["Laboratorul", "Seiful", "Cripta"]), "   Cod rezervare: ", ref(r, "CR", 6, True),
             "\nData: ", fd(evd(r), cc), "   Semnătura: ________\n")


@tpl("lt", "LT", "carpet_cleaning", "sms thread")
def lt_kilimu_sms(r):
    cc = "LT"
    p, s = P(r, cc), P(r, cc)
    return T("Žinutės su ", PHONE(phone(r, cc, "m", r.choice(["nat", "intl", "e164"]))), "\n",
             "Klientas: Laba diena, ar galite išvalyti kilimą ir minkštus baldus? ", PER(p.full), "\n",
             "Mes: Laba diena! Kaina nuo ", str(r.randint(40, 120)), " €. Koks adresas?\n",
             "Klientas: ", ADDR(p.addr), ". Rašykite ", EMAIL(p.email), "\n",
             "Mes: Atvyks ", PER(s.first), " ", fd(evd(r), cc), " apie ", hm(r), ". Užsakymo nr. ",
             str(r.randint(1000, 9999)), ".\n")


def free_text(n: int, seed: int) -> list[Text]:
    """n texts; text i renders TEMPLATES[i % len(TEMPLATES)] with its own seeded rng."""
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        out.append(t.render(random.Random(f"shoal-{seed}-{i}-{t.name}")))
    return out

# ============================================================================================
# Structured tables
# ============================================================================================
class Row:
    """One record: a main person, a second person (staff / contact), and the row's country."""

    def __init__(self, r: random.Random, cc: str):
        self.cc = cc
        self.p = P(r, cc)
        self.o = P(r, cc)


class Tab(NamedTuple):
    name: str
    locales: tuple[str, ...]
    header_style: str
    cols: list  # (header, entity | None, gen(r, row) -> str, blank rate, placeholder rate)


PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?"]


def _yn(r: random.Random) -> str:
    return r.choice(["true", "false", "TRUE", "FALSE", "1", "0"])


def _branch(r: random.Random, w: Row) -> str:
    return r.choice(C[w.cc]["towns"])[0]


def _last_first(r: random.Random, p: P) -> str:
    return f"{p.last}, {p.first}" if r.random() < 0.3 else p.full


TABLES: list[Tab] = [
    Tab("escape_room_bookings", ("US", "GB", "CA"), "snake_case", [
        ("booking_ref", None, lambda r, w: ref(r, "ESC", 6, True), 0, 0),
        ("lead_first_name", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("lead_surname", "PERSON", lambda r, w: w.p.last, 0.05, 0),
        ("email", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1, 0),
        ("mobile", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.15, 0.03),
        ("home_town", "LOCATION", lambda r, w: w.p.town, 0.35, 0),
        ("room_name", None, lambda r, w: r.choice(ROOMS_EN), 0, 0),
        ("party_size", None, lambda r, w: str(r.randint(2, 8)), 0, 0),
        ("game_date", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("booked_at", None, lambda r, w: ts(r), 0, 0),
        ("total_paid", None, lambda r, w: amt(r, 60, 280), 0.02, 0),
        ("card_number", "CREDIT_CARD", lambda r, w: card(r), 0.45, 0),
        ("card_last4", None, lambda r, w: last4(r), 0.1, 0),
        ("email_verified", None, lambda r, w: _yn(r), 0, 0),
        ("phone_type", None, lambda r, w: r.choice(["mobile", "landline", "work", "other"]), 0.2, 0),
        ("client_ip", "IP_ADDRESS", lambda r, w: ip_pub(r), 0.2, 0),
        ("server_ip", None, lambda r, w: ip_priv(r), 0, 0),
        ("gm_on_duty", "PERSON", lambda r, w: w.o.first, 0.1, 0),
        ("venue_town", None, _branch, 0, 0),
        ("voucher_code", None, lambda r, w: rs(r, UP + DIG, 10), 0.6, 0),
    ]),
    Tab("escape_room_waivers", ("DE", "AT"), "German headers", [
        ("Waiver-ID", None, lambda r, w: uid(r), 0, 0),
        ("Vorname", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("Nachname", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("Geburtsdatum", "DATE_OF_BIRTH", lambda r, w: w.p.dob_s, 0.05, 0),
        ("Anschrift", "STREET_ADDRESS", lambda r, w: w.p.addr, 0.1, 0),
        ("Wohnort", "LOCATION", lambda r, w: w.p.town, 0.1, 0),
        ("Telefon", "PHONE_NUMBER", lambda r, w: any_phone(r, w.cc), 0.2, 0.03),
        ("E-Mail", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.15, 0),
        ("Notfallkontakt", "PERSON", lambda r, w: w.o.full, 0.3, 0),
        ("Raum", None, lambda r, w: r.choice(["Das Labor von Dr. Faust", "Einsteins Zeitmaschine", "Die Gruft"]), 0, 0),
        ("Unterschrieben am", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("Geburtsdatum geprüft", None, lambda r, w: r.choice(["ja", "nein"]), 0, 0),
        ("Datenschutz_akzeptiert", None, lambda r, w: r.choice(["ja", "nein", "1"]), 0, 0),
        ("Signatur-Hash", None, lambda r, w: sha(r), 0, 0),
        ("Tablet-IP", None, lambda r, w: ip_priv(r), 0, 0),
        ("App-Version", None, lambda r, w: ver(r), 0, 0),
        ("Filiale", None, _branch, 0, 0),
        ("Teamname", None, lambda r, w: r.choice(["Die Rätselratten", "Team Sherlock", "Escape-Profis"]), 0.3, 0),
    ]),
    Tab("bowling_league_members", ("US",), "camelCase", [
        ("memberId", None, lambda r, w: str(r.randint(10000, 99999)), 0, 0),
        ("firstName", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("lastName", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda r, w: w.p.dob_s, 0.25, 0.02),
        ("phoneHome", "PHONE_NUMBER", lambda r, w: phone(r, w.cc, "f"), 0.4, 0),
        ("emailAddr", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1, 0),
        ("avgScore", None, lambda r, w: str(r.randint(110, 235)), 0, 0),
        ("handicap", None, lambda r, w: str(r.randint(0, 70)), 0, 0),
        ("shoeSize", None, lambda r, w: str(r.choice([7, 7.5, 8, 9, 10, 10.5, 11, 12])), 0.3, 0),
        ("ballWeightLbs", None, lambda r, w: str(r.randint(8, 16)), 0.2, 0),
        ("teamName", None, lambda r, w: r.choice(["Pin Pals", "Gutter Kings", "Spare Me", "Split Happens"]), 0, 0),
        ("duesAccountNo", "US_BANK_NUMBER", lambda r, w: us_acct(r), 0.5, 0),
        ("routingNo", None, lambda r, w: routing(r), 0.5, 0),
        ("pwd", "PASSWORD", lambda r, w: pwd(r), 0.1, 0),
        ("passwordChangedAt", None, lambda r, w: ts(r), 0.2, 0),
        ("emailVerified", None, lambda r, w: _yn(r), 0, 0),
        ("joinedOn", None, lambda r, w: fd(evd(r) - timedelta(days=r.randint(0, 3000)), w.cc), 0, 0),
        ("sponsor", None, lambda r, w: r.choice(["Papa John's", "Dick's Sporting Goods", "Wendy's", "Ace Hardware"]),
         0.5, 0),
    ]),
    Tab("bowling_bar_tabs", ("GB", "AU", "IE"), "UPPER_SNAKE", [
        ("TAB_ID", None, lambda r, w: str(r.randint(100000, 999999)), 0, 0),
        ("OPENED_AT", None, lambda r, w: ts(r), 0, 0),
        ("LANE", None, lambda r, w: str(r.randint(1, 24)), 0.3, 0),
        ("CARD_HOLDER", "PERSON", lambda r, w: w.p.full.upper() if r.random() < 0.5 else w.p.full, 0.2, 0),
        ("CARD_NUMBER", "CREDIT_CARD", lambda r, w: card(r, False), 0.3, 0),
        ("CARD_EXPIRY", None, lambda r, w: expiry(r), 0.3, 0),
        ("CARD_LAST4", None, lambda r, w: last4(r), 0, 0),
        ("MASKED_PAN", None, lambda r, w: masked(r), 0, 0),
        ("AUTH_CODE", None, lambda r, w: rs(r, UP + DIG, 6), 0, 0),
        ("AMOUNT", None, lambda r, w: amt(r, 4, 180), 0, 0),
        ("TIP", None, lambda r, w: amt(r, 0, 20), 0.4, 0),
        ("DRINKS", None, lambda r, w: r.choice(["2x Jack Daniel's & Coke", "Guinness pint", "jug of Carlsberg",
                                                 "Pimm's", "Captain Morgan x3"]), 0.1, 0),
        ("BARTENDER", "PERSON", lambda r, w: w.o.first, 0, 0),
        ("TERMINAL_IP", None, lambda r, w: ip_priv(r), 0, 0),
        ("POS_VERSION", None, lambda r, w: ver(r), 0, 0),
        ("SITE", None, _branch, 0, 0),
        ("LOYALTY_EMAIL", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.55, 0),
        ("LOYALTY_TEL", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.55, 0.02),
    ]),
    Tab("daycare_children", ("FR", "BEfr"), "French headers", [
        ("numero_dossier", None, lambda r, w: ref(r, "DOS", 5), 0, 0),
        ("prenom_enfant", "PERSON", lambda r, w: P(r, w.cc, child=True).first, 0, 0),
        ("nom_enfant", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("date_naissance", "DATE_OF_BIRTH", lambda r, w: (TODAY - timedelta(days=r.randint(200, 1500))).strftime(
            C[w.cc]["df"]), 0, 0),
        ("groupe", None, lambda r, w: r.choice(["Coccinelles", "Papillons", "Lutins"]), 0, 0),
        ("allergies", None, lambda r, w: r.choice(["arachide", "lait", "œuf", "aucune"]), 0.4, 0.05),
        ("doudou", None, lambda r, w: r.choice(["Lapinou", "Nounours", "Doudou chat", "Pingouin"]), 0.5, 0),
        ("parent1_nom", "PERSON", lambda r, w: w.p.full, 0, 0),
        ("parent1_tel", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.05, 0),
        ("parent1_courriel", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1, 0),
        ("adresse", "STREET_ADDRESS", lambda r, w: w.p.street, 0.05, 0),
        ("ville", "LOCATION", lambda r, w: w.p.town, 0.05, 0),
        ("iban_prelevement", "IBAN_CODE", lambda r, w: iban(r, C[w.cc]["reg"]), 0.35, 0),
        ("medecin_traitant", "PERSON", lambda r, w: w.o.last, 0.3, 0.05),
        ("type_adresse", None, lambda r, w: r.choice(["principale", "secondaire", "garde alternée"]), 0, 0),
        ("photo_autorisee", None, lambda r, w: r.choice(["oui", "non"]), 0, 0),
        ("date_inscription", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("tarif_mensuel", None, lambda r, w: amt(r, 150, 900).replace(".", ","), 0, 0),
        ("date_naissance_verifiee", None, lambda r, w: r.choice(["oui", "non", "en attente"]), 0, 0),
        ("type_telephone", None, lambda r, w: r.choice(["portable", "fixe", "travail"]), 0.1, 0),
        ("code_portail", None, lambda r, w: rs(r, DIG, 4) + r.choice(["", "A", "B"]), 0.3, 0),
    ]),
    Tab("daycare_pickup_authorisations", ("IE", "NZ", "AU"), "snake_case + opaque", [
        ("auth_id", None, lambda r, w: str(r.randint(1000, 9999)), 0, 0),
        ("child_first", "PERSON", lambda r, w: P(r, w.cc, child=True).first, 0, 0),
        ("child_dob", "DATE_OF_BIRTH", lambda r, w: (TODAY - timedelta(days=r.randint(200, 1800))).strftime(
            C[w.cc]["df"]), 0.1, 0),
        ("authorised_person", "PERSON", lambda r, w: w.o.full, 0, 0),
        ("relationship", None, lambda r, w: r.choice(["grandmother", "grandad", "aunt", "neighbour", "nanny"]), 0, 0),
        ("mobile", "PHONE_NUMBER", lambda r, w: w.o.phone, 0.05, 0),
        ("col_7", "EMAIL_ADDRESS", lambda r, w: w.o.email, 0.4, 0),
        ("attr2", "LOCATION", lambda r, w: w.o.town, 0.3, 0),
        ("valid_from", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("valid_to", None, lambda r, w: fd(evd(r) + timedelta(days=180), w.cc), 0.3, 0),
        ("door_code", None, lambda r, w: rs(r, DIG, 4) + r.choice(["", "#", "*"]), 0, 0),
        ("room", None, lambda r, w: r.choice(["Koala", "Kiwi", "Seahorses", "Little Explorers"]), 0, 0),
        ("id_type", None, lambda r, w: r.choice(["driver licence", "passport", "photo card"]), 0, 0),
        ("id_last4", None, lambda r, w: last4(r), 0.2, 0),
        ("signed_by", "PERSON", lambda r, w: _last_first(r, w.p), 0, 0),
        ("signed_at", None, lambda r, w: ts(r), 0, 0),
        ("photo_on_file", None, lambda r, w: _yn(r), 0, 0),
        ("notes", None, lambda r, w: r.choice(["", "call first", "only Fridays", "not after 5pm"]), 0.5, 0),
    ]),
    Tab("carpet_cleaning_jobs", ("US",), "spaced Title Case + abbreviations", [
        ("Job #", None, lambda r, w: str(r.randint(20000, 99999)), 0, 0),
        ("Customer", "PERSON", lambda r, w: _last_first(r, w.p), 0, 0),
        ("Svc Addr", "STREET_ADDRESS", lambda r, w: w.p.street, 0, 0),
        ("City", "LOCATION", lambda r, w: w.p.town, 0.05, 0),
        ("Tel", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.05, 0.02),
        ("Email", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.25, 0),
        ("Rooms", None, lambda r, w: str(r.randint(1, 7)), 0, 0),
        ("Sq Ft", None, lambda r, w: str(r.randint(200, 3000)), 0.1, 0),
        ("Stain Type", None, lambda r, w: r.choice(["pet", "wine", "coffee", "mud", "grease"]), 0.3, 0),
        ("Pet Name", None, lambda r, w: r.choice(PETS), 0.5, 0),
        ("Tech", "PERSON", lambda r, w: w.o.first, 0, 0),
        ("Scheduled", None, lambda r, w: f"{fd(evd(r), w.cc)} {hm(r)}", 0, 0),
        ("Price", None, lambda r, w: "$" + amt(r, 89, 650), 0, 0),
        ("Card", "CREDIT_CARD", lambda r, w: card(r), 0.5, 0),
        ("Exp", None, lambda r, w: expiry(r), 0.5, 0),
        ("CVV Match", None, lambda r, w: r.choice(["Y", "N", "M"]), 0.5, 0),
        ("Card Last 4", None, lambda r, w: last4(r), 0.3, 0),
        ("Gate Code", None, lambda r, w: rs(r, DIG, 4), 0.6, 0),
        ("GPS", None, lambda r, w: gps(r), 0.2, 0),
        ("Product Used", None, lambda r, w: r.choice(["Rug Doctor", "Bissell", "Stanley Steemer Pre-spray",
                                                      "Chem-Dry"]), 0, 0),
        ("Address Type", None, lambda r, w: r.choice(["Residential", "Commercial", "Rental"]), 0, 0),
    ]),
    Tab("carpet_cleaning_invoices", ("NL", "BEnl"), "Dutch headers", [
        ("factuurnummer", None, lambda r, w: f"2026-{r.randint(1, 9999):04d}", 0, 0),
        ("klant_voornaam", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("klant_achternaam", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("adres", "STREET_ADDRESS", lambda r, w: w.p.addr, 0.05, 0),
        ("woonplaats", "LOCATION", lambda r, w: w.p.town, 0.05, 0),
        ("telefoon", "PHONE_NUMBER", lambda r, w: any_phone(r, w.cc), 0.1, 0.02),
        ("e-mail", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.2, 0),
        ("iban", "IBAN_CODE", lambda r, w: iban(r, C[w.cc]["reg"]), 0.3, 0),
        ("bic", None, lambda r, w: SWIFT[C[w.cc]["reg"]], 0.3, 0),
        ("bedrag", None, lambda r, w: amt(r, 60, 700).replace(".", ","), 0, 0),
        ("btw", None, lambda r, w: r.choice(["21%", "9%", "6%"]), 0, 0),
        ("factuurdatum", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("vervaldatum", None, lambda r, w: fd(evd(r) + timedelta(days=14), w.cc), 0, 0),
        ("status", None, lambda r, w: r.choice(["betaald", "open", "herinnering"]), 0, 0),
        ("product", None, lambda r, w: r.choice(["Kärcher Puzzi", "Dr. Beckmann", "Vanish Oxi"]), 0, 0),
        ("tapijtsoort", None, lambda r, w: r.choice(["wol", "sisal", "synthetisch", "hoogpolig"]), 0.2, 0),
        ("e-mail_geverifieerd", None, lambda r, w: r.choice(["ja", "nee"]), 0, 0),
        ("klantnummer", None, lambda r, w: str(r.randint(100000, 999999)), 0, 0),
    ]),
    Tab("climbing_gym_members", ("SE", "DK"), "Swedish headers", [
        ("medlemsnummer", None, lambda r, w: str(r.randint(100000, 999999)), 0, 0),
        ("förnamn", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("efternamn", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("födelsedatum", "DATE_OF_BIRTH", lambda r, w: w.p.dob_s, 0.1, 0),
        ("adress", "STREET_ADDRESS", lambda r, w: w.p.addr, 0.15, 0),
        ("ort", "LOCATION", lambda r, w: w.p.town, 0.15, 0),
        ("mobil", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.1, 0),
        ("e_post", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.05, 0),
        ("iban", "IBAN_CODE", lambda r, w: iban(r, C[w.cc]["reg"]), 0.45, 0),
        ("kort_sista4", None, lambda r, w: last4(r), 0.3, 0),
        ("lösenord", "PASSWORD", lambda r, w: pwd(r), 0.2, 0),
        ("lösenord_ändrat", None, lambda r, w: ts(r), 0.2, 0),
        ("lösenordshash", None, lambda r, w: bcrypt(r), 0, 0),
        ("skostorlek", None, lambda r, w: str(r.randint(35, 47)), 0.4, 0),
        ("medlemstyp", None, lambda r, w: r.choice(["årskort", "månadskort", "klippkort", "student"]), 0, 0),
        ("startdatum", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("inloggnings_ip", "IP_ADDRESS", lambda r, w: ip_pub(r), 0.25, 0),
        ("appversion", None, lambda r, w: ver(r), 0, 0),
        ("nyckelbricka", None, lambda r, w: rs(r, HEX.upper(), 10), 0.2, 0),
        ("hemgym", None, _branch, 0, 0),
        ("e_post_verifierad", None, lambda r, w: r.choice(["ja", "nej"]), 0, 0),
        ("telefontyp", None, lambda r, w: r.choice(["mobil", "hem", "arbete"]), 0.2, 0),
    ]),
    Tab("climbing_belay_certifications", ("US", "CA"), "dotted + opaque", [
        ("cert.id", None, lambda r, w: ref(r, "BC", 6), 0, 0),
        ("member.first", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("member.last", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("member.dob", "DATE_OF_BIRTH", lambda r, w: w.p.dob_s, 0.2, 0),
        ("member.email", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.1, 0),
        ("cert.level", None, lambda r, w: r.choice(["top-rope", "lead", "autobelay-only"]), 0, 0),
        ("cert.date", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("cert.expires", None, lambda r, w: fd(evd(r) + timedelta(days=365), w.cc), 0.1, 0),
        ("instructor.name", "PERSON", lambda r, w: w.o.initial() if r.random() < 0.4 else w.o.full, 0, 0),
        ("gym.location", None, _branch, 0, 0),
        ("harness.size", None, lambda r, w: r.choice(["XS", "S", "M", "L", "XL"]), 0.3, 0),
        ("field_3", "PHONE_NUMBER", lambda r, w: w.p.phone, 0.15, 0.03),
        ("attr2", "LOCATION", lambda r, w: w.p.town, 0.3, 0),
        ("waiver.signed", None, lambda r, w: _yn(r), 0, 0),
        ("rope.id", None, lambda r, w: f"R-{r.randint(1, 60):02d}", 0.2, 0),
        ("quiz.score", None, lambda r, w: f"{r.randint(12, 20)}/20", 0.2, 0),
    ]),
    Tab("phone_repairs", ("TR",), "Turkish headers", [
        ("kayıt_no", None, lambda r, w: ref(r, "TT", 6), 0, 0),
        ("müşteri_adı", "PERSON", lambda r, w: w.p.first, 0, 0),
        ("müşteri_soyadı", "PERSON", lambda r, w: w.p.last, 0, 0),
        ("telefon", "PHONE_NUMBER", lambda r, w: any_phone(r, w.cc), 0, 0),
        ("e_posta", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.3, 0),
        ("adres", "STREET_ADDRESS", lambda r, w: w.p.addr, 0.4, 0),
        ("şehir", "LOCATION", lambda r, w: w.p.town, 0.2, 0),
        ("cihaz_modeli", None, lambda r, w: r.choice(PHONES), 0, 0),
        ("imei", None, lambda r, w: imei(r), 0.05, 0),
        ("arıza", None, lambda r, w: r.choice(["ekran kırık", "şarj olmuyor", "batarya şişmiş", "kamera bozuk"]), 0, 0),
        ("kilit_açma_kodu", None, lambda r, w: rs(r, DIG, 8), 0.6, 0),
        ("teknisyen", "PERSON", lambda r, w: w.o.first, 0, 0),
        ("giriş_tarihi", None, lambda r, w: fd(evd(r), w.cc), 0, 0),
        ("ücret_tl", None, lambda r, w: f"{r.randint(500, 15000)}", 0, 0),
        ("garanti", None, lambda r, w: r.choice(["var", "yok", "6 ay"]), 0, 0),
        ("renk", None, lambda r, w: r.choice(["siyah", "beyaz", "mavi", "mor"]), 0.3, 0),
        ("depolama_gb", None, lambda r, w: r.choice(["64", "128", "256", "512"]), 0.2, 0),
        ("veri_silme_onayı", None, lambda r, w: r.choice(["evet", "hayır"]), 0, 0),
        ("parça_tedarikçisi", None, lambda r, w: r.choice(["Mobilparts A.Ş.", "Teknosa", "Vatan Bilgisayar"]), 0, 0),
        ("müşteri_ip", "IP_ADDRESS", lambda r, w: ip_pub(r), 0.5, 0),
    ]),
    Tab("phone_tradeins", ("US",), "PascalCase + abbreviations", [
        ("TradeInId", None, lambda r, w: ref(r, "TI", 7), 0, 0),
        ("SellerName", "PERSON", lambda r, w: _last_first(r, w.p), 0, 0),
        ("SellerTel", "PHONE_NUMBER", lambda r, w: any_phone(r, w.cc), 0.05, 0),
        ("SellerEmail", "EMAIL_ADDRESS", lambda r, w: w.p.email, 0.05, 0),
        ("Dob", "DATE_OF_BIRTH", lambda r, w: w.p.dob_s, 0.3, 0),
        ("DobVerified", None, lambda r, w: _yn(r), 0, 0),
        ("Ssn", "US_SSN", lambda r, w: ssn(r, r.random() < 0.7), 0.4, 0),
        ("BankAcct", "US_BANK_NUMBER", lambda r, w: us_acct(r), 0.45, 0),
        ("RoutingNo", None, lambda r, w: routing(r), 0.45, 0),
        ("Imei", None, lambda r, w: imei(r), 0, 0),
        ("NameOfProduct", None, lambda r, w: r.choice(PHONES), 0, 0),
        ("Grade", None, lambda r, w: r.choice(["A", "B", "C", "D"]), 0, 0),
        ("OfferUsd", None, lambda r, w: amt(r, 20, 700), 0, 0),
        ("PayoutMethod", None, lambda r, w: r.choice(["ACH", "PayPal", "store credit", "check"]), 0, 0),
        ("MarketplaceApiKey", "API_KEY", lambda r, w: apikey(r, r.choice(["stripe", "openai", "github"])), 0.6, 0),
        ("WebhookSecretHash", None, lambda r, w: sha(r), 0.6, 0),
        ("ListingId", None, lambda r, w: uid(r), 0, 0),
        ("CreatedUtc", None, lambda r, w: ts(r), 0, 0),
        ("SellerIp", "IP_ADDRESS", lambda r, w: ip_pub(r), 0.2, 0),
        ("StoreIp", None, lambda r, w: ip_priv(r), 0, 0),
    ]),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Tables name -> columns, each column `rows` values long (None = blank)."""
    out: dict[str, list[Column]] = {}
    for tab in TABLES:
        r = random.Random(f"shoal-{seed}-{tab.name}")
        vals: list[list[str | None]] = [[] for _ in tab.cols]
        for _ in range(rows):
            w = Row(r, r.choice(tab.locales))
            for j, (_h, _e, gen, blank, ph) in enumerate(tab.cols):
                v = gen(r, w)
                if r.random() < blank:
                    vals[j].append(None)
                elif ph and r.random() < ph:
                    vals[j].append(r.choice(PLACEHOLDERS))
                else:
                    vals[j].append(v)
        out[tab.name] = [Column(h, e, vals[j]) for j, (h, e, *_rest) in enumerate(tab.cols)]
    return out


def _luhn_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else sum(divmod(2 * x, 10)) for i, x in enumerate(d)) % 10 == 0


def _iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _value_ok(lab: str, v: str, regions: list[str]) -> bool:
    if lab == "CREDIT_CARD":
        return _luhn_ok(v) and len([c for c in v if c.isdigit()]) in (15, 16)
    if lab == "IBAN_CODE":
        return _iban_ok(v)
    if lab == "US_SSN":
        d = v.replace("-", "")
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if lab == "PHONE_NUMBER":
        return any(phonenumbers.is_valid_number(phonenumbers.parse(v, reg)) for reg in regions)
    if lab == "IP_ADDRESS":
        import ipaddress
        return ipaddress.ip_address(v).is_global
    if lab == "EMAIL_ADDRESS":
        return v.count("@") == 1 and "." in v.split("@")[1]
    return True


def _selfcheck() -> None:
    """Offsets, validity of labelled values, column shapes, and the determinism digest."""
    import hashlib
    import json
    from collections import Counter
    texts = free_text(500, 7)
    labs: Counter = Counter()
    for i, t in enumerate(texts):
        reg = C[TEMPLATES[i % len(TEMPLATES)].country]["reg"]
        prev = 0
        for a, b, lab in t.spans:
            assert a >= prev and lab in LABELS and a < b
            prev = b
            labs[lab] += 1
            assert _value_ok(lab, t.text[a:b], [reg]), (i, lab, t.text[a:b])
    tabs = structured(150, 11)
    for tab in TABLES:
        cols = tabs[tab.name]
        assert 15 <= len(cols) <= 22, tab.name
        pii = sum(c.entity is not None for c in cols)
        assert pii * 2 < len(cols), (tab.name, pii, len(cols))
        regions = [C[cc]["reg"] for cc in tab.locales]
        for c in cols:
            assert len(c.values) == 150 and (c.entity is None or c.entity in LABELS)
            for v in c.values:
                if v is not None and c.entity and v not in PLACEHOLDERS:
                    assert _value_ok(c.entity, v, regions), (tab.name, c.name, v)
    blob = json.dumps([[t.text, t.spans] for t in texts]
                      + [[k, c.name, c.entity, c.values] for k, cols in tabs.items() for c in cols])
    print("templates", len(TEMPLATES), "tables", len(tabs), "columns", sum(len(c) for c in tabs.values()),
          "pii columns", sum(c.entity is not None for cs in tabs.values() for c in cs))
    print("langs", dict(Counter(t.lang for t in TEMPLATES)))
    print("span labels", dict(sorted(labs.items())))
    print("digest", hashlib.sha256(blob.encode()).hexdigest()[:16])


if __name__ == "__main__":
    _selfcheck()
