"""Accuracy split "estuary": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "estuary", 2026-11-27 (fixed "today" used for all relative dates).

Independence: written only from the split-author brief given to this helper (its label conventions and the
signatures of LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6 imported from accuracy_data),
a directory listing (`ls`) of the repository root and of bench/, and local outputs of Faker 40.63.0 and
phonenumbers 9.0.43 (Faker locale list, sample names, phonenumbers example numbers). No file of the scanner,
its rules, tests, docs, results or other splits was opened, and the scanner (and Presidio) was never run.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)]; the benchmark calls
free_text(500, 7)); structured(rows, seed) -> dict[str, list[Column]] (the benchmark calls structured(150, 11));
TEMPLATES. Every text and table draws from random.Random(f"estuary-{seed}-...") and Fakers re-seeded from it;
no clock reads, no set iteration, no hash-order dependence.

Domains: a funeral home and its bereavement line; a removals (moving house) company; a pet-insurance broker;
a coworking space (member desks, door codes); an adult language school; a rooftop solar installer (site surveys).

Free text: 57 templates.
  English, 31 (54%): US 6, GB 5, CA 3, AU 3, IN 3, IE 2, ZA 2, NZ 2, SG 2, PH 1, NG 1, KE 1.
  Other languages, 26 (46%), 20 languages: German 2, French 3 (one with no PII), Spanish 2, Catalan 2, Dutch 2,
  Italian 1, Portuguese 1, Polish 1, Basque 1, Galician 1, Icelandic 1, Afrikaans 1, Tagalog 1, Malay 1,
  Slovenian 1, Estonian 1, Lithuanian 1, Turkish 1, Romanian 1, Welsh 1.
  Shapes: e-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Teams / Slack / live-chat
  exports, SMS threads (incl. M-Pesa and GCash style), tickets with internal notes, CRM and call notes, lower-case
  speech-to-text transcripts (GB, RO), key: value / key=value / query-string / JSON-lines form dumps, app and
  nginx logs, a YAML config, an OCR'd moving inventory, tab-separated spreadsheet rows, notification/status mails,
  release notes. No-PII texts: t_gb_no_pii, t_nz_no_pii, t_fr_no_pii.

Value rules: names, streets, towns, postcode formats, phone formats and date formats follow each text's country
(hand-written street/town/name lists; Faker names for en_US/GB/CA/AU/IN/IE/NZ/KE/NG, de, fr, es, it, nl, pt, pl,
sl, lt, tr, ro). Phones are random numbers checked with phonenumbers.is_valid_number in E.164, international,
national, compact, dashed and 00-prefixed styles (00 only where it is the country's call prefix). Cards come from
_luhn (Visa, Mastercard, Amex, Discover), IBANs from _iban_of (plus a mod-97 Lithuanian IBAN), SSNs avoid area
000/666/9xx, group 00, serial 0000; US bank accounts are 8-12 digits; public IPs from the helpers.
Every span is built from parts; build() asserts each span's text equals the inserted value, that spans do not
overlap and carry no surrounding quotes/brackets or trailing punctuation.

Label conventions as applied: PERSON for names as written (full, first-only, surname-only, upper/lower case,
"Last, First", "B. Hamilton", "binti" names); titles (Mr, Ms, Ma'am, Herr, Frau) stay outside; chat speakers are
labelled; names inside company, shop, clinic, vet or funeral-home names (Umzüge Weinhold GmbH, Dooley Digital Ltd,
Dr Smith's Animal Hospital) and pet names are not. STREET_ADDRESS: street line with postcode and town as one
span, multi-line blocks as one span, each '>'-quoted line its own span, signature business addresses labelled,
bare street lines (table column home_addr1) labelled. LOCATION: towns/countries where a person lives, was born,
comes from or moves/travels to; branch, depot, chapel, campus, site and clinic towns are not. DATE_OF_BIRTH only
for birth dates. PASSWORD / API_KEY only plaintext secrets (sk_live_, ghp_, xoxb-, AIza, SG., sk-proj-).

Look-alikes (never labelled): masked cards / last-4 / expiry, private and loopback IPs, version strings, build
hashes, sha256 hex, bcrypt and argon2 hashes, UUIDs, order/ticket/quote/claim/policy/booking refs, OTPs, door and
gate codes, IMEIs, microchip numbers, ABA routing numbers, BICs, GPS coordinates, amounts, timestamps and
non-birth dates, publishable keys (pk_live_), session ids, M-Pesa/UPI/GCash transaction ids, codice fiscale,
catastral refs, number plates, company names containing surnames, pet names, branch/depot towns.

Tables (12, 226 columns: 85 PII / 141 look-alike; blanks 0-60% per column, N/A / - / unknown placeholders):
  funeral_arrangements      US         20 cols  9 PII / 11 LA  snake_case, abbreviations (dob, nok_tel, DOD)
  bereavement_line_calls    GB, CY     17 cols  5 / 12         PascalCase, opaque col_7, spaced "Postcode Area"
  umzugsauftraege           DE         20 cols  9 / 11         German headers (Tel., E-Mail-Adresse, Kennzeichen LKW)
  verhuis_klanten           NL         18 cols  7 / 11         Dutch snake_case
  pet_policies              AU, NZ     19 cols  7 / 12         camelCase (holderFirstName, cardLast4, emailVerified)
  sinistres_animaux         FR         18 cols  7 / 11         French snake_case
  cowork_members            IE, GB     19 cols  6 / 13         snake_case, opaque attr2, home_addr1, portal_pwd
  access_events             SG, MY     17 cols  5 / 12         UPPER_SNAKE (CLIENT_IP, API_TOKEN)
  alumnos_matricula         ES, CT, GA, PV  19 cols  8 / 11    Spanish spaced Title Case ("F. Nacimiento")
  instructor_payroll        US, CA     20 cols  8 / 12         dotted (emp.ssn, dd.account, dd.routing)
  SiteSurveys               US         21 cols  7 / 14         PascalCase, opaque Field3
  solar_leads_eu            PT PL SI LT RO TR EE  18 cols 7 / 11  mixed-language and opaque (field_3, data_nasterii)

Known limits: US ZIPs and CA/AU postcodes are format-correct but not matched to the town; name lists for
hand-written locales are small, so names repeat across texts; fixed-line phones keep the first digits of the
phonenumbers example number (limited area-code variety outside US/CA); a few relatives' names do not match gender
or age; Basque inessive suffixes (-n/-en) are outside the LOCATION span; US_SSN, US_BANK_NUMBER, CREDIT_CARD and
API_KEY are rarer in free text than names and phones.
"""

from __future__ import annotations

import datetime as _dt
import random
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)

# ---------------------------------------------------------------------------
# span builder
# ---------------------------------------------------------------------------


class _B:
    """Collects plain text and labelled values; offsets are computed while appending."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.expect: list[str] = []

    def __call__(self, *items) -> _B:
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                val, lab = it
                assert lab in LABELS, lab
                assert val and val == val.strip(), repr(val)
                self.spans.append((self.pos, self.pos + len(val), lab))
                self.expect.append(val)
                self._put(val)
            else:
                self._put(it)
        return self

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def build(self) -> Text:
        text = "".join(self.parts)
        prev = 0
        for (s, e, lab), val in zip(self.spans, self.expect):
            assert text[s:e] == val, (text[s:e], val, lab)
            assert s >= prev, "overlapping spans"
            assert text[s:e] == text[s:e].strip()
            assert text[s] not in "\"'([{<" or (lab == "PHONE_NUMBER" and text[s] == "("), (lab, text[s:e])
            assert text[e - 1] not in "\"')]}>,;:!?", (lab, text[s:e])
            assert text[e - 1] != "." or lab == "PERSON", (lab, text[s:e])
            prev = e
        return Text(text, list(self.spans))


def PER(v):
    return (v, "PERSON")


def EM(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def CC(v):
    return (v, "CREDIT_CARD")


def SSN(v):
    return (v, "US_SSN")


def BANK(v):
    return (v, "US_BANK_NUMBER")


def IBAN(v):
    return (v, "IBAN_CODE")


def IP(v):
    return (v, "IP_ADDRESS")


def ADR(v):
    return (v, "STREET_ADDRESS")


def LOC(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PWD(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


# ---------------------------------------------------------------------------
# country profiles (hand-written name/street/town lists; Faker only for names where its locale is good)
# ---------------------------------------------------------------------------

_A = string.ascii_letters + string.digits
_UP = string.ascii_uppercase
_DIG = string.digits


def _rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _pc_gb(r):
    areas = ["LS", "M", "B", "EH", "G", "BS", "NG", "S", "L", "CF", "SA", "LL", "SY", "NE", "YO", "OX", "CB", "BN"]
    a = r.choice(areas)
    return f"{a}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _pc_ca(r):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"


def _pc_ie(r):
    return f"{r.choice(['D04', 'D06', 'D08', 'T12', 'H91', 'V94', 'X91', 'A94', 'F92', 'R95'])} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}{r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}"


def _d(n, lo=None):
    def f(r):
        s = "".join(r.choice(_DIG) for _ in range(n))
        if lo is not None:
            s = str(r.randint(lo[0], lo[1])).zfill(n)
        return s
    return f


P: dict[str, dict] = {
    "US": dict(fk="en_US", lang="en", phone="US", iban=None,
               streets=["Maple Ave", "Oak Street", "W 3rd St", "Cedar Lane", "Lincoln Blvd", "Pine Ridge Rd", "Elm St", "Sunset Dr", "Washington Ave", "Lakeview Ct"],
               towns=["Columbus, OH", "Springfield, IL", "Austin, TX", "Tacoma, WA", "Raleigh, NC", "Boise, ID", "Tucson, AZ", "Albany, NY", "Madison, WI", "Savannah, GA"],
               fmt="us", pc=_d(5, (10001, 99899)), mail=["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"]),
    "GB": dict(fk="en_GB", lang="en", phone="GB", iban="GB",
               streets=["Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Avenue", "Queens Road", "Granby Terrace", "Manor Close", "High Street", "Albert Grove"],
               towns=["Leeds", "Manchester", "Bristol", "Nottingham", "Sheffield", "York", "Brighton", "Oxford", "Norwich", "Derby"],
               fmt="gb", pc=_pc_gb, mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"]),
    "CA": dict(fk="en_CA", lang="en", phone="CA", iban=None,
               streets=["Bloor St W", "Maple Grove Dr", "Rue Sainte-Catherine", "Jasper Ave", "Granville St", "Queen St E", "Dundas St", "Spadina Ave"],
               towns=["Toronto, ON", "Ottawa, ON", "Calgary, AB", "Edmonton, AB", "Vancouver, BC", "Halifax, NS", "Winnipeg, MB", "Kingston, ON"],
               fmt="ca", pc=_pc_ca, mail=["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"]),
    "AU": dict(fk="en_AU", lang="en", phone="AU", iban=None,
               streets=["Smith Street", "Beach Road", "Bridge Rd", "Wattle Crescent", "Ocean Parade", "Hume Highway", "Banksia Way", "Flinders St"],
               towns=["Fitzroy VIC", "Parramatta NSW", "Fremantle WA", "Toowoomba QLD", "Glenelg SA", "Ballarat VIC", "Newcastle NSW", "Hobart TAS"],
               fmt="au", pc=_d(4, (2000, 7999)), mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"]),
    "IN": dict(fk="en_IN", lang="en", phone="IN", iban=None,
               streets=["MG Road", "14th Cross, Indiranagar", "Linking Road, Bandra West", "Anna Salai", "Sector 21, Plot 44", "Park Street", "FC Road, Shivajinagar"],
               towns=["Bengaluru", "Mumbai", "Chennai", "Pune", "Kolkata", "Hyderabad", "Jaipur", "Kochi"],
               fmt="in", pc=_d(6, (110001, 855999)), mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "IE": dict(fk="en_IE", lang="en", phone="IE", iban="IE",
               streets=["Main Street", "Griffith Avenue", "Sandymount Road", "Ballyfermot Road", "College Road", "Strand Street", "Mill Street"],
               towns=["Dublin 6", "Cork", "Galway", "Limerick", "Drogheda", "Tralee", "Kilkenny", "Sligo"],
               fmt="ie", pc=_pc_ie, mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]),
    "ZA": dict(fk=None, lang="en", phone="ZA", iban=None,
               first=["Thabo", "Lerato", "Sipho", "Naledi", "Johan", "Anele", "Zanele", "Pieter", "Busisiwe", "Kagiso", "Chantal", "Riaan"],
               last=["Nkosi", "Dlamini", "van Wyk", "Botha", "Mokoena", "Naidoo", "Khumalo", "Pretorius", "Mahlangu", "Coetzee", "Ndlovu"],
               streets=["Jan Smuts Avenue", "Long Street", "Voortrekker Road", "Florida Road", "Main Road", "Kloof Street", "Church Street"],
               towns=["Johannesburg", "Cape Town", "Durban", "Pretoria", "Stellenbosch", "Bloemfontein", "Gqeberha", "Paarl"],
               fmt="za", pc=_d(4, (1000, 9999)), mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"]),
    "NZ": dict(fk="en_NZ", lang="en", phone="NZ", iban=None,
               streets=["Ponsonby Road", "Cuba Street", "Riccarton Road", "Karangahape Road", "Tinakori Road", "Victoria Street"],
               towns=["Auckland", "Wellington", "Christchurch", "Dunedin", "Hamilton", "Nelson", "Tauranga", "Napier"],
               fmt="nz", pc=_d(4, (1010, 9893)), mail=["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"]),
    "SG": dict(fk=None, lang="en", phone="SG", iban=None,
               first=["Wei Ling", "Jun Jie", "Siti", "Arjun", "Mei Xin", "Hui Min", "Darren", "Nurul", "Kelvin", "Priya"],
               last=["Tan", "Lim", "Ng", "Lee", "Wong", "Rahman", "Goh", "Chua", "Pillai", "Koh"],
               streets=["Blk 312 Clementi Ave 4 #08-112", "Blk 45 Tampines St 42 #03-21", "18 Orchard Road #12-04", "Blk 206 Toa Payoh North #11-1203", "7 Jurong West Ave 1 #05-33"],
               towns=["Singapore"], fmt="sg", pc=_d(6, (100000, 829999)), mail=["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
    "PH": dict(fk=None, lang="en", phone="PH", iban=None,
               first=["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jerome", "Kristine", "Ramon", "Liza", "Paolo"],
               last=["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Garcia", "Mendoza", "Aquino", "Ramos", "Castillo"],
               streets=["123 Rizal Street, Brgy. San Antonio", "45 Katipunan Ave, Loyola Heights", "Blk 7 Lot 12 Mabini St, Brgy. Poblacion", "88 Osmeña Blvd", "17 Aguinaldo Highway"],
               towns=["Quezon City", "Makati", "Cebu City", "Davao City", "Pasig", "Iloilo City", "Bacolod", "Dasmariñas"],
               fmt="ph", pc=_d(4, (1000, 9811)), mail=["gmail.com", "yahoo.com", "outlook.ph"]),
    "NG": dict(fk="en_NG", lang="en", phone="NG", iban=None,
               streets=["12 Admiralty Way, Lekki Phase 1", "5 Awolowo Road, Ikoyi", "23 Aminu Kano Crescent, Wuse II", "7 Ogui Road", "41 Allen Avenue, Ikeja"],
               towns=["Lagos", "Abuja", "Ibadan", "Enugu", "Port Harcourt", "Kano"],
               fmt="ng", pc=_d(6, (100001, 930999)), mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(fk="en_KE", lang="en", phone="KE", iban=None,
               streets=["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Argwings Kodhek Road", "Riverside Drive", "Oginga Odinga Street"],
               towns=["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"],
               fmt="ke", pc=_d(5, (100, 90100)), mail=["gmail.com", "yahoo.com", "safaricom.co.ke"]),
    "DE": dict(fk="de_DE", lang="de", phone="DE", iban="DE",
               streets=["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Goethestraße", "Am Mühlbach", "Schillerplatz", "Kastanienallee", "Rosenweg"],
               towns=["Berlin", "Hamburg", "Leipzig", "Köln", "Freiburg im Breisgau", "Münster", "Dresden", "Bamberg"],
               fmt="eu", pc=_d(5, (1067, 99998)), mail=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"]),
    "FR": dict(fk="fr_FR", lang="fr", phone="FR", iban="FR",
               streets=["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place du Marché", "impasse des Tilleuls", "chemin des Vignes"],
               towns=["Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse", "Rennes", "Grenoble", "Montpellier"],
               fmt="fr", pc=_d(5, (1000, 95999)), mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "ES": dict(fk="es_ES", lang="es", phone="ES", iban="ES",
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Olivo", "Paseo de la Castellana", "Calle San Vicente", "Plaza de España"],
               towns=["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Valladolid", "Granada", "Murcia"],
               fmt="es", pc=_d(5, (1001, 52080)), mail=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"]),
    "CT": dict(fk=None, lang="ca", phone="ES", iban="ES",
               first=["Jordi", "Montserrat", "Núria", "Pere", "Laia", "Oriol", "Mireia", "Arnau", "Meritxell", "Pau", "Roser", "Marc"],
               last=["Puig", "Vilaró", "Ferrer", "Soler", "Casals", "Pujol", "Riera", "Font", "Bosch", "Serra", "Vidal", "Roca"],
               streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera", "Rambla de Catalunya", "Carrer del Pi", "Avinguda Diagonal"],
               towns=["Barcelona", "Girona", "Lleida", "Tarragona", "Vic", "Manresa", "Sabadell", "Reus"],
               fmt="es", pc=_d(5, (8001, 43890)), mail=["gmail.com", "hotmail.com", "telefonica.net", "xtec.cat"]),
    "PV": dict(fk=None, lang="eu", phone="ES", iban="ES",
               first=["Iñaki", "Amaia", "Ane", "Mikel", "Nerea", "Xabier", "Itziar", "Gorka", "Maialen", "Unai", "Leire", "Aitor"],
               last=["Etxeberria", "Goikoetxea", "Agirre", "Zubizarreta", "Arrieta", "Urkiola", "Larrañaga", "Mendizabal", "Aranburu", "Otxoa"],
               streets=["Kale Nagusia", "Askatasun Etorbidea", "Zumalakarregi Kalea", "Iparragirre Kalea", "Foru Kalea", "San Frantzisko Kalea"],
               towns=["Bilbo", "Donostia", "Gasteiz", "Gernika", "Zarautz", "Tolosa", "Eibar", "Durango"],
               fmt="es", pc=_d(5, (1001, 48990)), mail=["gmail.com", "euskaltel.net", "hotmail.com"]),
    "GA": dict(fk=None, lang="gl", phone="ES", iban="ES",
               first=["Xosé", "Uxía", "Brais", "Antía", "Iago", "Noa", "Xoán", "Sabela", "Roi", "Iria", "Breixo", "Carme"],
               last=["Castro", "Otero", "Lorenzo", "Fernández", "Vázquez", "Rodríguez", "Varela", "Piñeiro", "Souto", "Seoane", "Lema"],
               streets=["Rúa do Franco", "Rúa Real", "Avenida da Mariña", "Rúa de San Pedro", "Praza do Obradoiro", "Rúa Nova"],
               towns=["Santiago de Compostela", "Vigo", "A Coruña", "Lugo", "Ourense", "Pontevedra", "Ferrol", "Betanzos"],
               fmt="es", pc=_d(5, (15001, 36980)), mail=["gmail.com", "mundo-r.com", "hotmail.com"]),
    "IT": dict(fk="it_IT", lang="it", phone="IT", iban="IT",
               streets=["Via Roma", "Corso Garibaldi", "Via dei Mille", "Piazza Duomo", "Viale Europa", "Via Manzoni"],
               towns=["Bologna", "Torino", "Napoli", "Verona", "Firenze", "Bari", "Padova", "Trieste"],
               fmt="it", pc=_d(5, (10100, 98168)), mail=["libero.it", "gmail.com", "tiscali.it", "virgilio.it"]),
    "NL": dict(fk="nl_NL", lang="nl", phone="NL", iban="NL",
               streets=["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Julianalaan", "Oude Gracht", "Stationsplein"],
               towns=["Utrecht", "Haarlem", "Groningen", "Eindhoven", "Leiden", "Zwolle", "Nijmegen", "Delft"],
               fmt="nl", pc=lambda r: f"{r.randint(1011, 9999)} {r.choice(_UP)}{r.choice(_UP)}", mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "PT": dict(fk="pt_PT", lang="pt", phone="PT", iban="PT",
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua das Flores", "Largo do Rato"],
               towns=["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Viseu"],
               fmt="pt", pc=lambda r: f"{r.randint(1000, 9999)}-{r.randint(0, 999):03d}", mail=["sapo.pt", "gmail.com", "hotmail.com", "clix.pt"]),
    "PL": dict(fk="pl_PL", lang="pl", phone="PL", iban="PL",
               streets=["ul. Długa", "ul. Marszałkowska", "ul. Kwiatowa", "al. Jana Pawła II", "ul. Piotrkowska", "ul. Ogrodowa"],
               towns=["Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin", "Toruń", "Katowice"],
               fmt="pl", pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(1, 999):03d}", mail=["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"]),
    "IS": dict(fk=None, lang="is", phone="IS", iban=None,
               first=["Guðrún", "Jón", "Sigríður", "Ólafur", "Helga", "Gunnar", "Kristín", "Einar", "Anna", "Sigurður", "Þóra", "Björn"],
               last=["Jónsdóttir", "Sigurðsson", "Ólafsdóttir", "Gunnarsson", "Magnússon", "Einarsdóttir", "Stefánsson", "Björnsdóttir", "Kristjánsson"],
               streets=["Laugavegur", "Skólavörðustígur", "Hringbraut", "Hafnarstræti", "Bústaðavegur", "Álfhólsvegur"],
               towns=["Reykjavík", "Akureyri", "Kópavogur", "Hafnarfjörður", "Selfoss", "Ísafjörður", "Egilsstaðir"],
               fmt="is", pc=lambda r: str(r.choice([101, 105, 107, 200, 220, 600, 800, 400, 700])), mail=["simnet.is", "gmail.com", "internet.is"]),
    "AF": dict(fk=None, lang="af", phone="ZA", iban=None,
               first=["Pieter", "Annelie", "Johan", "Marietjie", "Francois", "Elmarie", "Hendrik", "Sanet", "Wynand", "Riana", "Gerhard", "Lize"],
               last=["van der Merwe", "Botha", "du Plessis", "Pretorius", "Steyn", "le Roux", "Visser", "Joubert", "Nel", "Kruger", "Swanepoel"],
               streets=["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Rissikstraat", "Bloekomlaan", "Eikestraat"],
               towns=["Stellenbosch", "Pretoria", "Bloemfontein", "Paarl", "Potchefstroom", "George", "Worcester", "Oudtshoorn"],
               fmt="za", pc=_d(4, (1000, 9999)), mail=["gmail.com", "mweb.co.za", "vodamail.co.za", "absamail.co.za"]),
    "TL": dict(fk=None, lang="tl", phone="PH", iban=None,
               first=["Maricel", "Jun", "Rosalinda", "Efren", "Jocelyn", "Rodel", "Analyn", "Bong", "Lorna", "Dindo", "Marites", "Arnel"],
               last=["Dimaculangan", "Macaraeg", "Dela Cruz", "Pangilinan", "Manalo", "Santos", "Bautista", "Lacson", "Tolentino", "Soriano"],
               streets=["45 Kalye Mabini, Brgy. Malanday", "12 Sampaguita St., Brgy. Bagong Silang", "Blk 3 Lot 9 Ilang-Ilang St.", "221 J.P. Rizal Ave"],
               towns=["Marikina", "Caloocan", "Batangas City", "Lipa", "San Pablo", "Malolos", "Antipolo", "Tarlac City"],
               fmt="ph", pc=_d(4, (1000, 4234)), mail=["gmail.com", "yahoo.com"]),
    "MY": dict(fk=None, lang="ms", phone="MY", iban=None,
               first=["Nurul Aisyah", "Muhammad Hafiz", "Siti Nurhaliza", "Ahmad Faizal", "Nur Izzati", "Mohd Azlan", "Farah", "Hakim", "Aina", "Zulkifli"],
               last=["Abdullah", "Ismail", "Hassan", "Ibrahim", "Rahman", "Yusof", "Osman", "Hamid", "Salleh", "Aziz"],
               streets=["No. 12, Jalan SS 2/24", "No. 7, Jalan Tun Razak", "Lot 45, Jalan Kebun Nenas", "No. 3, Lorong Damai 5", "No. 88, Jalan Ampang"],
               towns=["Petaling Jaya", "Kuala Lumpur", "Shah Alam", "Ipoh", "Johor Bahru", "Kota Bharu", "Melaka", "Seremban"],
               fmt="my", pc=_d(5, (10000, 98859)), mail=["gmail.com", "yahoo.com.my", "hotmail.my"]),
    "SI": dict(fk="sl_SI", lang="sl", phone="SI", iban=None,
               streets=["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Prešernova ulica", "Gosposvetska cesta", "Ulica heroja Šaranoviča"],
               towns=["Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto", "Ptuj", "Velenje"],
               fmt="eu", pc=_d(4, (1000, 9265)), mail=["siol.net", "gmail.com", "t-2.net", "amis.net"]),
    "EE": dict(fk=None, lang="et", phone="EE", iban=None,
               first=["Kadri", "Jaan", "Liis", "Margus", "Triin", "Tõnu", "Kristiina", "Andres", "Maarja", "Rein", "Katrin", "Priit"],
               last=["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik"],
               streets=["Narva mnt", "Pärnu mnt", "Tartu mnt", "Rüütli tn", "Vabaduse pst", "Kalevi tn"],
               towns=["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Kuressaare", "Haapsalu"],
               fmt="ee", pc=_d(5, (10001, 94999)), mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"]),
    "LT": dict(fk="lt_LT", lang="lt", phone="LT", iban=None,
               streets=["Gedimino pr.", "Laisvės al.", "Pilies g.", "Savanorių pr.", "Vilniaus g.", "Taikos pr."],
               towns=["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Palanga"],
               fmt="lt", pc=lambda r: f"LT-{r.randint(1001, 99999):05d}", mail=["gmail.com", "one.lt", "inbox.lt", "takas.lt"]),
    "TR": dict(fk="tr_TR", lang="tr", phone="TR", iban=None,
               streets=["Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok.", "Bağdat Cad.", "Kızılay Mah. Ziya Gökalp Cad.", "Alsancak Mah. Kıbrıs Şehitleri Cad."],
               towns=["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Trabzon", "Konya"],
               fmt="tr", pc=_d(5, (1000, 81999)), mail=["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"]),
    "RO": dict(fk="ro_RO", lang="ro", phone="RO", iban=None,
               streets=["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Republicii", "Aleea Trandafirilor", "Str. Avram Iancu"],
               towns=["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Sibiu", "Constanța", "Oradea", "Craiova"],
               fmt="ro", pc=_d(6, (10011, 920000)), mail=["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"]),
    "CY": dict(fk=None, lang="cy", phone="GB", iban="GB",
               first=["Rhys", "Ffion", "Dafydd", "Siân", "Gethin", "Nia", "Iwan", "Catrin", "Owain", "Elin", "Aled", "Mared"],
               last=["Jones", "Williams", "Davies", "Evans", "ap Gwilym", "Llewellyn", "Pritchard", "Griffiths", "Hughes", "Morgan", "Roberts"],
               streets=["Stryd Fawr", "Ffordd y Brenin", "Heol y Castell", "Lôn Las", "Stryd y Bont", "Ffordd Penglais"],
               towns=["Aberystwyth", "Caernarfon", "Bangor", "Caerfyrddin", "Llanelli", "Dolgellau", "Pwllheli", "Machynlleth"],
               fmt="gb", pc=lambda r: f"{r.choice(['SY23', 'LL55', 'LL57', 'SA31', 'SA15', 'LL40', 'LL53'])} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}",
               mail=["gmail.com", "btinternet.com", "hotmail.co.uk"]),
}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, r: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(r.getrandbits(32))
    return f


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ð", "D").replace("Þ", "Th").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _clean_name(s: str) -> str:
    return " ".join(s.replace(".", "").split())


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
    "gl": ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro", "novembro", "decembro"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"],
}


_PHONE_FMT = {
    "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
}
_NANP = {"US": ["212", "415", "312", "617", "206", "303", "512", "404", "614", "919", "608", "520"],
         "CA": ["416", "613", "403", "780", "604", "902", "204", "647", "514"]}
_EXAMPLES: dict[tuple[str, str], str] = {}


def _example(region: str, kind: str) -> str:
    key = (region, kind)
    if key not in _EXAMPLES:
        t = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
        n = phonenumbers.example_number_for_type(region, t)
        _EXAMPLES[key] = phonenumbers.national_significant_number(n)
    return _EXAMPLES[key]


def make_phone(r: random.Random, region: str, kind: str = "m", style: str | None = None) -> str:
    """A phonenumbers-valid number of region, formatted in one of several real-world styles."""
    base = _example(region, kind)
    keep = 3 if len(base) > 8 else 2
    if region in ("US", "CA"):
        base = r.choice(_NANP[region]) + base[3:]
    elif kind == "m" and r.random() < 0.5:
        keep = 2
    num = None
    for _ in range(400):
        cand = base[:keep] + "".join(r.choice(_DIG) for _ in range(len(base) - keep))
        pn = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + cand)
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
            num = pn
            break
    if num is None:
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + base)
    style = style or r.choice(["intl", "nat", "nat", "e164", "intl", "nat_compact", "intl_dash", "00"])
    if style in _PHONE_FMT:
        out = phonenumbers.format_number(num, _PHONE_FMT[style])
    elif style == "nat_compact":
        out = "".join(ch for ch in phonenumbers.format_number(num, _PHONE_FMT["nat"]) if ch.isdigit())
        if region in ("US", "CA"):
            out = phonenumbers.format_number(num, _PHONE_FMT["nat"]).replace("(", "").replace(") ", "-")
    elif style == "intl_dash":
        out = phonenumbers.format_number(num, _PHONE_FMT["intl"]).replace(" ", "-").replace("+-", "+")
        out = out.replace("--", "-")
    else:  # "00" only where 00 is the international call prefix
        md = phonenumbers.PhoneMetadata.metadata_for_region(region)
        pre = "00" if md.international_prefix == "00" else "+"
        out = pre + phonenumbers.format_number(num, _PHONE_FMT["intl"])[1:]
    chk = phonenumbers.parse(out, region)
    assert phonenumbers.is_valid_number(chk), (out, region)
    return out


def _iban_lt(r: random.Random) -> str:
    bban = "".join(r.choice(_DIG) for _ in range(16))
    num = int("".join(str(int(ch, 36)) for ch in bban + "LT00"))
    return f"LT{98 - num % 97:02d}{bban}"


def _space4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _routing(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


_PW_WORDS = ["Sunflower", "kestrel", "Marmalade", "harbour", "Lighthouse", "pumpkin", "Bluebell", "tractor", "Copper", "meadow",
             "Juniper", "velvet", "Orchard", "Rainier", "Tamarind", "Kilimanjaro", "Puffin", "Saffron", "Borealis", "Cactus"]


def make_password(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(_PW_WORDS)}{r.choice('!#$%&*@')}{r.randint(10, 2026)}"
    if k == 1:
        w = r.choice(_PW_WORDS)
        return w[0].upper() + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + str(r.randint(1, 99))
    if k == 2:
        return _rs(r, _A, r.randint(3, 5)) + r.choice("!#%&*-_") + _rs(r, _A, r.randint(5, 9))
    return f"{r.choice(_PW_WORDS).lower()}-{r.choice(_PW_WORDS).lower()}-{r.randint(1, 99)}"


def make_api_key(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return "sk_live_" + _rs(r, _A, 24)
    if k == 1:
        return "ghp_" + _rs(r, _A, 36)
    if k == 2:
        return "xoxb-" + _rs(r, _DIG, 12) + "-" + _rs(r, _DIG, 13) + "-" + _rs(r, _A, 24)
    if k == 3:
        return "AIza" + _rs(r, _A + "-_", 35).rstrip("-_") + r.choice(_A)
    if k == 4:
        return "SG." + _rs(r, _A, 22) + "." + _rs(r, _A, 43)
    return "sk-proj-" + _rs(r, _A, 40)


# ---- look-alikes (never labelled) -------------------------------------------


def la_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def la_sha256(r):
    return "".join(r.choice("0123456789abcdef") for _ in range(64))


def la_bcrypt(r):
    return "$2b$12$" + _rs(r, "./" + _A, 53)


def la_argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(r, _A + "+/", 22) + "$" + _rs(r, _A + "+/", 43)


def la_private_ip(r):
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return "127.0.0.1"


def la_version(r):
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 99)}"


def la_masked_card(r):
    last = _rs(r, _DIG, 4)
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"ending {last}", f"•••• {last}", f"4***********{last}"])


def la_expiry(r):
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def la_ref(r, prefix):
    return f"{prefix}-{_rs(r, _UP + _DIG, 3)}{r.randint(1000, 9999)}"


def la_imei(r):
    d = [r.randint(0, 9) for _ in range(14)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return "35" + "".join(map(str, d[2:])) + str((10 - s % 10) % 10)


def la_gps(r, cc_lat=(35.0, 60.0), cc_lon=(-9.0, 25.0)):
    return f"{r.uniform(*cc_lat):.5f}, {r.uniform(*cc_lon):.5f}"


def la_ts(r):
    d = TODAY - _dt.timedelta(days=r.randint(0, 400))
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def la_date(r, back=300, fwd=60):
    return TODAY + _dt.timedelta(days=r.randint(-back, fwd))


# ---------------------------------------------------------------------------
# per-text context
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, r: random.Random, cc: str):
        self.r = r
        self.cc = cc
        self.p = P[cc]
        self.lang = self.p["lang"]

    # names
    def first(self) -> str:
        if self.p.get("fk"):
            return _clean_name(_faker(self.p["fk"], self.r).first_name())
        return self.r.choice(self.p["first"])

    def last(self) -> str:
        if self.p.get("fk"):
            return _clean_name(_faker(self.p["fk"], self.r).last_name())
        return self.r.choice(self.p["last"])

    def person(self) -> tuple[str, str, str]:
        f, la = self.first(), self.last()
        if self.cc == "IS":
            root = self.r.choice(["Jóns", "Sigurðar", "Ólafs", "Gunnars", "Magnús", "Einars", "Stefáns", "Björns", "Kristjáns", "Helga"])
            la = root + ("son" if f in _IS_MALE else "dóttir")
        return f, la, f"{f} {la}"

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        f = _ascii(first).lower().replace(" ", "")
        la = _ascii(last).lower().replace(" ", "").replace("'", "")
        d = domain or self.r.choice(self.p["mail"])
        k = self.r.randrange(5)
        loc = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{self.r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}{self.r.randint(70, 99)}"][k]
        return f"{loc}@{d}"

    # places
    def town(self) -> str:
        return self.r.choice(self.p["towns"]).split(",")[0].replace(" VIC", "").replace(" NSW", "").replace(" WA", "").replace(" QLD", "").replace(" SA", "").replace(" TAS", "")

    def street(self) -> str:
        r, f = self.r, self.p["fmt"]
        st = r.choice(self.p["streets"])
        n = r.randint(1, 240)
        if f in ("us", "gb", "au", "ie", "za", "nz", "ca", "ke"):
            return f"{n} {st}"
        if f == "in":
            return r.choice([f"Flat {r.randint(1, 9)}0{r.randint(1, 9)}, {n} {st}", f"#{n}, {st}", f"{n} {st}"])
        if f in ("sg", "ng", "ph", "my"):
            return st
        if f == "fr":
            return f"{n}{r.choice(['', '', ' bis'])} {st}"
        if f == "es":
            return r.choice([f"{st}, {n}", f"{st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}", f"{st}, {n}, {r.randint(1, 6)}r {r.randint(1, 4)}a"]) if self.lang == "ca" else \
                r.choice([f"{st}, {n}", f"{st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}"])
        if f == "pl":
            return f"{st} {n}/{r.randint(1, 60)}"
        if f in ("ee", "lt"):
            return f"{st} {n}-{r.randint(1, 80)}"
        if f == "tr":
            return f"{st} No: {n} D: {r.randint(1, 20)}"
        if f == "ro":
            return f"{st} nr. {n}, ap. {r.randint(1, 60)}"
        if f == "pt":
            return f"{st}, {n}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}".replace("Esq.", "Esq").replace("Dto.", "Dto")
        return f"{st} {n}"

    def addr_lines(self) -> list[str]:
        r, f = self.r, self.p["fmt"]
        st = self.street()
        tw = r.choice(self.p["towns"])
        pc = self.p["pc"](r)
        if f == "us":
            return [st + r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"]), f"{tw} {pc}"]
        if f == "ca":
            return [st, f"{tw} {pc}"]
        if f == "au":
            return [st, f"{tw} {pc}"]
        if f in ("gb",):
            if self.cc == "GB":
                pc = _GB_AREA[tw] + pc[pc.index(" ") - 2:].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return [st, tw, pc]
        if f == "ie":
            return [st, tw, pc]
        if f in ("za", "nz", "in", "ph", "ng", "ke"):
            return [st, f"{tw} {pc}"]
        if f == "sg":
            return [st, f"Singapore {pc}"]
        return [st, f"{pc} {tw}"]

    def addr(self) -> str:
        return ", ".join(self.addr_lines())

    # dates
    def dob_date(self) -> _dt.date:
        return _dt.date(1938, 1, 1) + _dt.timedelta(days=self.r.randint(0, 68 * 365))

    def fmt_date(self, d: _dt.date, style: str | None = None) -> str:
        lang, cc = self.lang, self.cc
        m = MONTHS.get(lang, MONTHS["en"])
        style = style or self.r.choice(["num", "num", "long", "iso"])
        if style == "iso":
            return d.isoformat()
        if style == "long":
            if lang == "en":
                return f"{m[d.month - 1]} {d.day}, {d.year}" if cc in ("US", "PH", "CA") else f"{d.day} {m[d.month - 1]} {d.year}"
            if lang in ("es", "pt", "gl"):
                return f"{d.day} de {m[d.month - 1]} de {d.year}"
            if lang == "ca":
                mm = m[d.month - 1]
                return f"{d.day} {'d’' if mm[0] in 'ao' else 'de '}{mm} de {d.year}"
            if lang == "eu":
                return f"{d.year}ko {_EU_MONTHS[d.month - 1]} {d.day}a"
            if lang == "pl":
                return f"{d.day} {_PL_MONTHS[d.month - 1]} {d.year}"
            if lang == "lt":
                return d.isoformat()
            if lang in ("de", "is", "et", "sl"):
                return f"{d.day}. {m[d.month - 1]} {d.year}"
            if lang == "tl":
                return f"{m[d.month - 1]} {d.day}, {d.year}"
            if lang == "cy":
                return f"{d.day} {m[d.month - 1]} {d.year}"
            return f"{d.day} {m[d.month - 1]} {d.year}"
        if cc in ("US", "PH", "TL"):
            return f"{d.month:02d}/{d.day:02d}/{d.year}" if self.r.random() < 0.7 else f"{d.month}/{d.day}/{d.year}"
        if cc == "CA":
            return d.isoformat()
        if lang in ("de", "pl", "ro", "tr", "et", "sl", "is"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang == "nl" or cc == "LT":
            return f"{d.day:02d}-{d.month:02d}-{d.year}" if lang == "nl" else d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def dob(self, style: str | None = None) -> str:
        return self.fmt_date(self.dob_date(), style)

    def odate(self, style: str | None = None) -> str:
        return self.fmt_date(la_date(self.r), style)

    # money / ids
    def iban(self, spaced: bool | None = None) -> str:
        cc = self.p["iban"]
        s = _iban_lt(self.r) if self.cc == "LT" else _iban_of(self.r, cc or "DE")
        if spaced is None:
            spaced = self.r.random() < 0.5
        return _space4(s) if spaced else s

    def card(self, spaced: bool | None = None) -> str:
        k = self.r.randrange(4)
        if k == 0:
            n = _luhn(self.r, "4", 16)
        elif k == 1:
            n = _luhn(self.r, str(self.r.randint(51, 55)), 16)
        elif k == 2:
            n = _luhn(self.r, self.r.choice(["34", "37"]), 15)
            if spaced is None and self.r.random() < 0.6:
                return f"{n[:4]} {n[4:10]} {n[10:]}"
            return n
        else:
            n = _luhn(self.r, "6011", 16)
        if spaced is None:
            spaced = self.r.random() < 0.6
        if spaced:
            return _space4(n) if self.r.random() < 0.7 else "-".join(n[i:i + 4] for i in range(0, 16, 4))
        return n

    def phone(self, kind: str = "m", style: str | None = None) -> str:
        return make_phone(self.r, self.p["phone"], kind, style)

    def pwd(self) -> str:
        return make_password(self.r)

    def key(self) -> str:
        return make_api_key(self.r)

    def ssn(self) -> str:
        return _ssn(self.r)

    def bank(self) -> str:
        return _rs(self.r, "123456789", 1) + _rs(self.r, _DIG, self.r.choice([7, 8, 10, 11]))

    def routing(self) -> str:
        return _routing(self.r)

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def amount(self, cur: str = "€") -> str:
        v = f"{self.r.randint(20, 4800)}.{self.r.randint(0, 99):02d}"
        if self.lang not in ("en", "ms", "tl"):
            v = v.replace(".", ",")
        return f"{cur}{v}" if (cur == "€" and self.lang == "en") or cur in "$£₱₹" or cur in ("R", "KSh ", "S$", "RM", "A$", "NZ$", "C$") else f"{v} {cur}"

    def pick(self, *xs):
        return self.r.choice(xs)


_EU_MONTHS = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren", "abuztuaren",
              "irailaren", "urriaren", "azaroaren", "abenduaren"]
_PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
              "listopada", "grudnia"]
_IS_MALE = {"Jón", "Ólafur", "Gunnar", "Einar", "Sigurður", "Björn"}
_GB_AREA = {"Leeds": "LS", "Manchester": "M", "Bristol": "BS", "Nottingham": "NG", "Sheffield": "S", "York": "YO",
            "Brighton": "BN", "Oxford": "OX", "Norwich": "NR", "Derby": "DE"}
_PETS = ["Biscuit", "Luna", "Milo", "Poppy", "Rocky", "Bella", "Ziggy", "Pixel", "Mochi", "Toffee", "Nala", "Winston", "Pepper", "Bruno", "Frida"]
_PET_KINDS = ["Labrador", "Cocker Spaniel", "Maine Coon", "Border Collie", "French Bulldog", "Ragdoll", "Dachshund", "Beagle", "Siamese"]


# ---------------------------------------------------------------------------
# free-text templates: English (US, GB, CA, AU, IN, IE, ZA, NZ, SG, PH, NG, KE)
# ---------------------------------------------------------------------------


def t_us_removals_email(r):
    c, b = Ctx(r, "US"), _B()
    f, la, full = c.person()
    sf, sl, _ = c.person()
    lines = c.addr_lines()
    new = c.addr()
    b("Subject: Re: Moving quote ", la_ref(r, "QT"), "\n\n")
    b(c.pick("Hi ", "Hey ", "Hello "), PER(sf), ",\n\n")
    b("Thanks for getting back so fast. We'd like the ", c.pick("2-bedroom", "3-bedroom", "studio"), " package on ", c.odate("long"),
      ". New place is ", ADR(new), " - there's a freight elevator, code ", str(r.randint(1000, 9999)), "#.\n")
    b("Card on file is fine (", la_masked_card(r), ", exp ", la_expiry(r), "). Best number for the crew is ", PH(c.phone()), ".\n\n")
    b("Thanks,\n", PER(full), "\n", EM(c.email(f, la)), "\n\n")
    b("On ", c.odate("long"), ", ", PER(f"{sf} {sl}"), " <")
    b(EM(f"{_ascii(sf).lower()}.{_ascii(sl).lower()}@{c.pick('twobrothersmoving.com', 'bluelinemovers.com')}"), "> wrote:\n")
    b("> Can you confirm the pickup address? We have:\n")
    for ln in lines:
        b("> ", ADR(ln), "\n")
    b("> Quote ", la_ref(r, "QT"), " covers ", str(r.randint(2, 6)), " movers, est. ", c.amount("$"), "\n")
    return b


def t_us_funeral_call_note(r):
    c, b = Ctx(r, "US"), _B()
    df, dl, dfull = c.person()
    nf, nl, _ = c.person()
    b("CALL NOTE - Bereavement line - ", la_ts(r), "\n")
    b("Caller: ", PER(f"{nf} {dl if r.random() < 0.5 else nl}"), " (", c.pick("daughter", "son", "spouse", "niece"), ") cb ", PH(c.phone()), "\n")
    b("Decedent: ", PER(f"{dl.upper()}, {df}"), "  DOB ", DOB(c.dob("num")), "  DOD ", c.odate("num"), "\n")
    b("SSN for death cert: ", SSN(c.ssn()), "\n")
    b("Last residence: ", ADR(c.addr()), "\n")
    b("Born in ", LOC(c.town()), "; family wants service at our ", c.pick("Maple Grove", "Lincoln Park", "Riverside"), " chapel, viewing ", c.odate("long"), ".\n")
    b("Pre-need policy # ", la_ref(r, "PN"), " - agent to verify. Arranger: ", PER(c.first()), ".\n")
    return b


def t_us_solar_finance_form(r):
    c, b = Ctx(r, "US"), _B()
    f, la, full = c.person()
    b("=== Solar Loan Pre-Qualification (web form) ===\n")
    b("applicant_name: ", PER(full), "\n")
    b("date_of_birth: ", DOB(c.dob("num")), "\n")
    b("ssn: ", SSN(c.ssn()), "\n")
    b("email: ", EM(c.email(f, la)), "\n")
    b("mobile: ", PH(c.phone(style=c.pick("nat", "nat_compact", "e164"))), "\n")
    b("install_address: ", ADR(c.addr()), "\n")
    b("roof_pitch_deg: ", str(r.randint(10, 45)), "\n")
    b("system_size_kw: ", f"{r.uniform(4, 14):.1f}", "\n")
    b("bank_routing: ", c.routing(), "\n")
    b("bank_account: ", BANK(c.bank()), "\n")
    b("autopay_card: ", la_masked_card(r), "\n")
    b("submitted_from_ip: ", IP(c.ip4()), "\n")
    b("utm_campaign: summer-", str(r.randint(2024, 2026)), "\n")
    return b


def t_us_app_log(r):
    c, b = Ctx(r, "US"), _B()
    f, la, _ = c.person()
    for _ in range(r.randint(2, 3)):
        b(la_ts(r), " INFO  [req ", la_uuid(r)[:8], "] GET /api/v2/quotes 200 ", str(r.randint(8, 900)), "ms client=", IP(c.ip4()), " upstream=", la_private_ip(r), ":8080\n")
    b(la_ts(r), " WARN  auth: login failed for user=", EM(c.email(f, la)), " from ", IP(c.ip4()), " attempts=", str(r.randint(2, 6)), "\n")
    b(la_ts(r), " DEBUG outbound POST https://api.payments.example/v1/charges Authorization=Bearer ", KEY(c.key()), "\n")
    b(la_ts(r), " INFO  session=", la_sha256(r)[:32], " app_version=", la_version(r), " build=", la_sha256(r)[:7], "\n")
    b(la_ts(r), " ERROR worker-", str(r.randint(1, 9)), " retry order_id=", la_ref(r, "ORD"), " node=", la_private_ip(r), "\n")
    return b


def t_us_sms_movers(r):
    c, b = Ctx(r, "US"), _B()
    f, la, _ = c.person()
    crew = c.first()
    b("SMS thread ", PH(c.phone(style="e164")), " <-> Crew Lead ", PER(crew), "\n")
    b("[7:42 AM] ", PER(crew), ": Morning! Truck ", str(r.randint(10, 99)), " leaving depot now, ETA 8:30\n")
    b("[7:45 AM] ", PER(f), ": great, gate code is ", str(r.randint(1000, 9999)), ", park behind the building\n")
    b("[7:46 AM] ", PER(f), ": new address again: ", ADR(c.addr()), "\n")
    b("[11:02 AM] ", PER(crew), ": All loaded. Balance due ", c.amount("$"), " - pay link sent, ref ", la_ref(r, "INV"), "\n")
    b("[11:05 AM] ", PER(f), ": paid w/ card ending ", _rs(r, _DIG, 4), "\n")
    return b


def t_us_coworking_ticket(r):
    c, b = Ctx(r, "US"), _B()
    f, la, full = c.person()
    agent = c.first()
    b("Ticket #", str(r.randint(40000, 99999)), " | Priority: ", c.pick("Low", "Normal", "High"), " | Channel: email\n")
    b("From: ", PER(full), " <", EM(c.email(f, la)), ">\n")
    b("Subject: can't get into the building\n\n")
    b("my fob stopped working this morning (desk ", c.pick("A", "B", "C"), str(r.randint(1, 40)), "). tried the temp code ", str(r.randint(100000, 999999)),
      " from the app, no luck. can someone call me at ", PH(c.phone()), "?\n\n")
    b("--- internal note (", PER(agent), ") ---\n")
    b("Member since ", c.odate("num"), ". Plan: Hot Desk. Billing contact ", EM(f"ap@{_ascii(la).lower()}{c.pick('llc', 'studio', 'co')}.com"), ".\n")
    b("Portal login reset; temp password set to ", PWD(c.pwd()), " (force change on next login). Fob serial ", _rs(r, _UP + _DIG, 10), ".\n")
    return b


def t_gb_whatsapp_cowork(r):
    c, b = Ctx(r, "GB"), _B()
    a = c.person()
    d = c.person()
    m = c.first()
    day = la_date(r)
    ts = f"{day.day:02d}/{day.month:02d}/{day.year}"
    b("[", ts, ", 09:1", str(r.randint(0, 9)), "] ", PER(a[2]), ": Morning all, anyone know if the meeting room on 3 is free at 11?\n")
    b("[", ts, ", 09:2", str(r.randint(0, 9)), "] ", PER(m), " (Community): Yes booked you in ", PER(a[0]), "! Door code for 3rd floor is ", str(r.randint(1000, 9999)), "\n")
    b("[", ts, ", 09:3", str(r.randint(0, 9)), "] ", PER(d[2]), ": is there a parcel for ", PER(d[0]), " ", PER(d[1].upper()), " at reception? should be addressed to ", ADR(c.addr()), " but it's mine haha\n")
    b("[", ts, ", 09:4", str(r.randint(0, 9)), "] ", PER(m), " (Community): no worries, I'll ring you on ", PH(c.phone(style="nat")), " when it's in\n")
    b("[", ts, ", 10:0", str(r.randint(0, 9)), "] ", PER(a[2]), ": also reminder the Wi-Fi for guests is on the board by the kitchen. Heading back to ", LOC(c.town()), " at 4\n")
    return b


def t_gb_funeral_email(r):
    c, b = Ctx(r, "GB"), _B()
    f, la, full = c.person()
    df = c.first()
    staff = c.person()
    b("Dear ", c.pick("Mrs", "Mr", "Ms"), " ", PER(la), ",\n\n")
    b("Please accept our sincere condolences on the loss of your ", c.pick("mother", "father", "husband", "wife"), ", ", PER(f"{df} {la}"), ".\n\n")
    b("As discussed, the service will take place at our ", c.town(), " chapel on ", c.odate("long"), " at ", str(r.randint(10, 15)), ":00. ")
    b("The death was registered with certificate ref ", la_ref(r, "DC"), ". For the final account (", c.amount("£"), "), you can pay by bank transfer to:\n\n")
    b("Account name: ", c.pick("Hargreaves & Sons Funeral Directors", "Thornton Family Funeral Care"), "\nIBAN: ", IBAN(c.iban(True)), "\nBIC: ", c.pick("HBUKGB4B", "NWBKGB2L", "BARCGB22"), "\n\n")
    b("With kind regards,\n\n", PER(staff[2]), "\nFuneral Arranger\n")
    b(ADR(c.addr()), "\n")
    b("T: ", PH(c.phone("f", "nat")), " | 24h bereavement line: ", PH(c.phone("f", "intl")), "\n")
    b("E: ", EM(c.pick("arrangements", "care", "office") + "@" + c.pick("hargreavesfunerals.co.uk", "thorntonfuneralcare.co.uk")), "\n")
    return b


def t_gb_language_jsonl(r):
    c, b = Ctx(r, "GB"), _B()
    for _ in range(r.randint(2, 3)):
        f, la, _ = c.person()
        b('{"enrol_id": "', la_uuid(r), '", "first": "', PER(f), '", "surname": "', PER(la), '", "email": "', EM(c.email(f, la)), '", ')
        b('"course": "', c.pick("Spanish B1 evening", "Italian A2", "Japanese A1", "Welsh for beginners"), '", "dob": "', DOB(c.dob("iso")), '", ')
        b('"phone": "', PH(c.phone(style="e164")), '", "fee_paid": ', str(r.randint(120, 690)), ', "card": "', la_masked_card(r), '"}\n')
    return b


def t_gb_stt_petins(r):
    c, b = Ctx(r, "GB"), _B()
    f, la, _ = c.person()
    pet = r.choice(_PETS)
    agent = c.first()
    pc = c.addr_lines()
    b("[auto-transcript, confidence 0.", str(r.randint(71, 96)), "]\n")
    b("agent: good morning you're through to paws and claws insurance my name's ", PER(agent.lower()), " how can i help\n")
    b("caller: hiya yeah it's ", PER(f"{f.lower()} {la.lower()}"), " i'm ringing about a claim for ", pet.lower(), " my ", c.pick("spaniel", "cat", "labrador", "rabbit"), "\n")
    b("agent: no problem can i take the first line of the address and postcode\n")
    b("caller: it's ", ADR(f"{pc[0]} {pc[2]}".lower()), " ", c.pick("um", "erm"), " yeah\n")
    b("agent: and date of birth for security\n")
    d = c.dob_date()
    b("caller: ", DOB(f"{d.day} {MONTHS['en'][d.month - 1].lower()} {d.year}"), "\n")
    b("agent: lovely and the claim number's on your email it starts with ", la_ref(r, "CLM").lower(), "\n")
    b("caller: yeah and the vet's in ", c.town().lower(), " not here so the bill came to ", c.amount("£"), "\n")
    return b


def t_gb_no_pii(r):
    c, b = Ctx(r, "GB"), _B()
    b("Subject: [", c.pick("StatusPage", "Ops"), "] Scheduled maintenance ", c.odate("iso"), " 02:00-04:00 UTC\n\n")
    b("Affected: booking API v", la_version(r), ", SMS gateway, member portal\n")
    b("Hosts: ", la_private_ip(r), ", ", la_private_ip(r), " (blue/green)\n")
    b("Change ref: ", la_ref(r, "CHG"), "  Rollback tag: ", la_sha256(r)[:12], "\n")
    b("Expected impact: door-access sync delayed up to 15 min; cached codes keep working.\n")
    t1, t2 = r.sample(c.p["towns"], 2)
    b("Our ", t1, " and ", t2, " branches will take bookings by phone as usual.\n")
    return b


def t_ca_teams_solar(r):
    c, b = Ctx(r, "CA"), _B()
    s1, s2 = c.person(), c.person()
    h = c.person()
    b("Microsoft Teams - #site-surveys\n")
    b(PER(f"{s1[1]}, {s1[0]}"), "  ", str(r.randint(8, 11)), ":0", str(r.randint(0, 9)), " AM\n")
    b("Survey done at the ", PER(h[1]), " house, ", ADR(c.addr()), ". South-facing, ", str(r.randint(18, 40)), " deg pitch, panel layout v", la_version(r), "\n")
    b(PER(f"{s2[1]}, {s2[0]}"), "  ", str(r.randint(11, 12)), ":1", str(r.randint(0, 9)), " AM\n")
    b("nice. homeowner is ", PER(h[0]), ", cell ", PH(c.phone(style="nat")), ". coords ", la_gps(r, (43.0, 53.0), (-123.0, -63.0)), "\n")
    b(PER(f"{s1[1]}, {s1[0]}"), "  12:3", str(r.randint(0, 9)), " PM\n")
    b("Inverter serial ", _rs(r, _UP + _DIG, 12), ", permit ", la_ref(r, "BP"), ". They're moving to ", LOC(c.town()), " in spring so want it done before.\n")
    return b


def t_ca_ocr_inventory(r):
    c, b = Ctx(r, "CA"), _B()
    f, la, full = c.person()
    b("MOVING INVENTORY / INVENTAIRE  -  pg 1 of ", str(r.randint(2, 4)), "\n")
    b("Shipper Name: ", PER(full.upper()), "        Job No: ", la_ref(r, "JB"), "\n")
    b("0rigin Addr: ", ADR(c.addr()), "\n")
    b("Dest Addr:  ", ADR(c.addr()), "\n")
    b("Ph (h): ", PH(c.phone("m", "nat")), "   Ph (w): ____\n")
    b("Email: ", EM(c.email(f, la)), "\n")
    b("Item  Cond  Qty\nSofa 3-seat  SC/SO  1\nDresser  BR-2  1\nTV 55in  OK  ", str(r.randint(1, 2)), "\n")
    b("Declared value: ", c.amount("C$"), "     Date: ", c.odate("iso"), "\n")
    b("Signature: ", PER(f"{f[0]}. {la}"), "\n")
    return b


def t_ca_config(r):
    c, b = Ctx(r, "CA"), _B()
    f, la, _ = c.person()
    b("# config/production.yml  (rev ", la_sha256(r)[:7], ")\n")
    b("app:\n  name: member-portal\n  version: ", la_version(r), "\n  admin_contact: ", EM(c.email(f, la, "northdesk.ca")), "\n")
    b("database:\n  host: ", la_private_ip(r), "\n  port: 5432\n  user: portal_rw\n  password: ", PWD(c.pwd()), "\n")
    b("mail:\n  provider: sendgrid\n  api_key: ", KEY(c.key()), "\n  from: ", EM("no-reply@northdesk.ca"), "\n")
    b("payments:\n  publishable_key: pk_live_", _rs(r, _A, 24), "\n  webhook_id: we_", _rs(r, _A, 16), "\n")
    b("allowlist:\n  - ", IP(c.ip4()), "\n  - ", la_private_ip(r), "/24\n")
    return b


def t_au_livechat_pet(r):
    c, b = Ctx(r, "AU"), _B()
    f, la, full = c.person()
    agent = c.first()
    pet = r.choice(_PETS)
    b("Live chat transcript - ", la_ts(r), "\n")
    b(PER(agent), " (Agent): G'day, thanks for contacting PetCover. How can I help?\n")
    b(PER(full), ": hi, want to add my ", c.pick("kelpie", "cavoodle", "staffy", "burmese cat"), " ", pet, " to my policy\n")
    b(PER(agent), " (Agent): Sure! Can I grab your policy no. and DOB?\n")
    b(PER(full), ": ", la_ref(r, "POL"), " and ", DOB(c.dob("num")), "\n")
    b(PER(agent), " (Agent): Thanks ", PER(f), ". ", pet, " is microchipped? chip no. please\n")
    b(PER(full), ": 9", _rs(r, _DIG, 14), ". oh and we moved, new address ", ADR(c.addr()), "\n")
    b(PER(agent), " (Agent): Updated. Premium ", c.amount("A$"), "/mth from ", c.odate("num"), ". Confirmation to ", EM(c.email(f, la)), "\n")
    return b


def t_au_sheet_rows(r):
    c, b = Ctx(r, "AU"), _B()
    b("Name\tMobile\tEmail\tDesk\tPlan\tStart\tBalance\n")
    for _ in range(r.randint(3, 4)):
        f, la, full = c.person()
        b(PER(full), "\t", PH(c.phone(style="nat")), "\t", EM(c.email(f, la)), "\t", c.pick("D", "F"), str(r.randint(1, 60)), "\t",
          c.pick("Flex", "Dedicated", "Office 4p"), "\t", c.odate("num"), "\t", c.amount("$"), "\n")
    return b


def t_au_forward_funeral(r):
    c, b = Ctx(r, "AU"), _B()
    f, la, full = c.person()
    s = c.person()
    df = c.first()
    b("---------- Forwarded message ---------\n")
    b("From: ", PER(full), " <", EM(c.email(f, la)), ">\n")
    b("Date: ", c.odate("long"), "\nTo: ", EM("enquiries@southerncrossfunerals.com.au"), "\nSubject: Mum's service\n\n")
    b("Hi there, Mum (", PER(f"{df} {la}"), ", born ", DOB(c.dob("long")), " in ", LOC(c.town()), ") passed away on Tuesday. ")
    b("She wanted to be cremated and her ashes scattered back home. Please call me on ", PH(c.phone()), ".\n\n")
    b("FYI ", PER(s[0]), " - can you take this one? Family prefers our ", c.town(), " branch. Prepaid plan ", la_ref(r, "PP"), ".\n")
    return b


def t_in_support_ticket(r):
    c, b = Ctx(r, "IN"), _B()
    f, la, full = c.person()
    b("Ticket LS-", str(r.randint(10000, 99999)), " | Fee payment failed | ", c.odate("num"), "\n\n")
    b("Dear Sir/Madam,\nI am ", PER(full), ", enrolled in German A1 weekend batch (roll no. ", la_ref(r, "GER"), "). I tried paying ", c.amount("₹"),
      " with my card ", CC(c.card()), " but money got debited and not reflected. Kindly check and revert at the earliest.\n")
    b("My mobile ", PH(c.phone(style=c.pick("nat", "intl", "nat_compact"))), ", UPI txn id ", _rs(r, _DIG, 12), ".\n\nRegards\n", PER(f), "\n")
    b("\n[Agent ", PER(c.first()), "]: refund initiated, RRN ", _rs(r, _DIG, 12), ", TAT 5-7 working days.\n")
    return b


def t_in_kv_signup(r):
    c, b = Ctx(r, "IN"), _B()
    f, la, _ = c.person()
    b(la_ts(r), " signup event=lead_created src=web lead_id=", str(r.randint(100000, 999999)), " first_name=", PER(f), " last_name=", PER(la),
      " phone=", PH(c.phone(style="e164")), " email=", EM(c.email(f, la)), " city=", LOC(c.town()), " pincode=", c.p["pc"](r),
      " ip=", IP(c.ip4()), " ua_ver=", la_version(r), " product=rooftop_solar_3kw\n")
    return b


def t_in_sms_movers(r):
    c, b = Ctx(r, "IN"), _B()
    f, la, full = c.person()
    b("From: SHFTPK\n")
    b("Dear ", PER(f), ", your booking ", la_ref(r, "BK"), " for house shifting on ", c.odate("num"), " is confirmed. OTP for crew arrival: ",
      str(r.randint(1000, 9999)), ". Do not share.\n")
    b("From: ", PH(c.phone(style="nat")), "\n")
    b("Sir I am driver ", PER(c.first()), ", reaching pickup ", ADR(c.addr()), " by 9am. plz keep lift booked\n")
    b("To: ", PH(c.phone(style="nat")), "\n")
    b("ok bhaiya. my wife ", PER(c.first()), " will be there, call her on ", PH(c.phone(style="nat")), "\n")
    return b


def t_ie_solar_grant_email(r):
    c, b = Ctx(r, "IE"), _B()
    f, la, full = c.person()
    s = c.person()
    lines = c.addr_lines()
    b("Hi ", PER(s[0]), ",\n\nJust confirming the SEAI grant paperwork went in. My MPRN is 10", _rs(r, _DIG, 9), ". Deposit of ", c.amount("€"), " sent from ", IBAN(c.iban()), ".\n\n")
    b("Cheers,\n", PER(full), "\n", PH(c.phone()), "\n\n")
    b("> On ", c.odate("long"), " ", PER(s[2]), " <", EM(f"{_ascii(s[0]).lower()}@emeraldsolar.ie"), "> wrote:\n")
    b("> Hi ", PER(f), ", could you confirm the install address is:\n")
    for ln in lines:
        b("> ", ADR(ln), "\n")
    b("> Survey booked for ", c.odate("long"), ", our van will come from the ", c.town(), " depot.\n")
    return b


def t_ie_crm_note(r):
    c, b = Ctx(r, "IE"), _B()
    f, la, full = c.person()
    b("CRM > Contact > ", PER(full), " > Notes\n")
    b(c.odate("num"), " - rang re private office for ", str(r.randint(2, 8)), ". Currently working from home in ", LOC(c.town()),
      ", originally from ", LOC(c.pick("Boston", "Warsaw", "Lagos", "Manila", "Glasgow")), ". Wants 6-month term.\n")
    b(c.odate("num"), " - sent proposal ", la_ref(r, "PR"), " to ", EM(c.email(f, la)), ". Company: ", la, " Digital Ltd (CRO ", str(r.randint(100000, 799999)), ").\n")
    b(c.odate("num"), " - signed. Keycard ", _rs(r, _DIG, 8), ", door PIN ", str(r.randint(1000, 9999)), ". Direct dial ", PH(c.phone("f")), ".\n")
    return b


def t_za_whatsapp_move(r):
    c, b = Ctx(r, "ZA"), _B()
    a = c.person()
    d = c.first()
    day = la_date(r)
    ts = f"{day.year}/{day.month:02d}/{day.day:02d}"
    b(ts, ", 08:0", str(r.randint(0, 9)), " - ", PER(a[2]), ": Morning, is the truck still coming today? load shedding from 10 so the lift will be off\n")
    b(ts, ", 08:1", str(r.randint(0, 9)), " - SwiftMove (", PER(d), "): Yes sir, team is on the N1, ETA 9:15. Please confirm address ", ADR(c.addr()), "\n")
    b(ts, ", 08:2", str(r.randint(0, 9)), " - ", PER(a[2]), ": 100%. Complex code is ", str(r.randint(10000, 99999)), "#. My wife ", PER(c.first()), " is on ", PH(c.phone()), "\n")
    b(ts, ", 16:4", str(r.randint(0, 9)), " - SwiftMove (", PER(d), "): All delivered. Invoice ", la_ref(r, "INV"), " for ", c.amount("R"), ". EFT ref use your surname pls\n")
    return b


def t_za_pet_claim(r):
    c, b = Ctx(r, "ZA"), _B()
    f, la, full = c.person()
    pet = r.choice(_PETS)
    b("CLAIM FORM - submitted online ", la_ts(r), "\n")
    b("Policyholder: ", PER(full), "\nID/Passport: on file\nDate of birth: ", DOB(c.dob()), "\nCell: ", PH(c.phone()), "\nEmail: ", EM(c.email(f, la)), "\n")
    b("Pet name: ", pet, "  Breed: ", r.choice(_PET_KINDS), "  Microchip: 9", _rs(r, _DIG, 14), "\n")
    b("Vet: ", c.pick("Onderstepoort", "Kloof", "Rondebosch"), " Animal Hospital, ", c.town(), "\nInvoice total: ", c.amount("R"), "\n")
    b("Pay-out account: FNB cheque acc ***", _rs(r, _DIG, 4), ", branch code ", c.pick("250655", "632005", "470010"), "\n")
    b("Postal address: ", ADR(c.addr()), "\n")
    return b


def t_nz_slack_cowork(r):
    c, b = Ctx(r, "NZ"), _B()
    a, d = c.person(), c.person()
    b("#front-desk\n")
    b(PER(a[2]), "  ", str(r.randint(8, 9)), ":", str(r.randint(10, 59)), "\n")
    b("new member starting today: ", PER(d[2]), ", dedicated desk ", str(r.randint(1, 40)), ", billing to ", EM(c.email(d[0], d[1])), "\n")
    b(PER(d[0].lower()), "  ", str(r.randint(10, 11)), ":", str(r.randint(10, 59)), "\n")
    b("kia ora! my mobile is ", PH(c.phone(style="nat")), " if anything comes up. just moved down from ", LOC(c.town()), "\n")
    b(PER(a[2]), "  ", str(r.randint(12, 13)), ":", str(r.randint(10, 59)), "\n")
    b("welcome! bike cage code ", str(r.randint(1000, 9999)), ", printer queue is \\\\", la_private_ip(r), "\\mfp-", str(r.randint(1, 4)), "\n")
    return b


def t_nz_no_pii(r):
    c, b = Ctx(r, "NZ"), _B()
    b("Release notes - SolarSurvey app ", la_version(r), "\n\n")
    b("* Fixed panel layout export for roofs > ", str(r.randint(30, 45)), " deg (", la_ref(r, "SS"), ")\n")
    b("* Bumped pvlib to ", la_version(r), "; checksum sha256:", la_sha256(r), "\n")
    b("* Default site coords now ", la_gps(r, (-46.0, -35.0), (168.0, 178.0)), " (Hamilton depot)\n")
    b("* Known issue: uploads to ", la_private_ip(r), " time out over VPN\n")
    b("Build ", la_uuid(r), " signed by CI on ", c.odate("iso"), "\n")
    return b


def t_sg_livechat_lang(r):
    c, b = Ctx(r, "SG"), _B()
    f, la, full = c.person()
    agent = c.first()
    b("[Chat ", la_ref(r, "CH"), "] started ", la_ts(r), "\n")
    b("Visitor: hi can i ask abt the japanese n5 class?\n")
    b(PER(agent), ": Hello! Sure, may I have your name and contact?\n")
    b("Visitor: ", PER(f"{la} {f}"), ", ", PH(c.phone(style=c.pick("nat", "intl"))), "\n")
    b(PER(agent), ": Thanks ", PER(f), ". Next intake is ", c.odate("long"), ", ", c.amount("S$"), " for 12 lessons. SkillsFuture eligible.\n")
    b("Visitor: ok can send details to ", EM(c.email(f, la)), "? i stay at ", ADR(c.addr()), " so prefer the Tampines centre\n")
    return b


def t_sg_nginx(r):
    c, b = Ctx(r, "SG"), _B()
    f, la, _ = c.person()
    for _ in range(r.randint(3, 4)):
        ip = c.ip4() if r.random() < 0.7 else c.ip6()
        b(IP(ip), ' - - [', la_ts(r), '] "GET /courses/', c.pick("n5", "hsk2", "korean-1"), '?utm_source=fb HTTP/1.1" 200 ', str(r.randint(500, 9000)),
          ' "-" "Mozilla/5.0 (', c.pick("iPhone; CPU iPhone OS 17_4", "Windows NT 10.0; Win64", "Linux; Android 14"), ')"\n')
    b(la_private_ip(r), ' - - [', la_ts(r), '] "POST /api/login HTTP/1.1" 401 88 "-" "curl/', la_version(r), '" user=', EM(c.email(f, la)), "\n")
    return b


def t_ph_memorial_email(r):
    c, b = Ctx(r, "PH"), _B()
    f, la, full = c.person()
    df = c.first()
    b("Good day po!\n\nThis is ", PER(full), ", I would like to inquire about the memorial plan for my late ", c.pick("lola", "lolo", "tita"), " ",
      PER(f"{df} {la}"), " (born ", DOB(c.dob("long")), " in ", LOC(c.pick("Tacloban", "Iloilo City", "Vigan", "Naga")), "). ")
    b("Wake will be at our house in ", ADR(c.addr()), ". We will pay via GCash ", PH(c.phone(style="nat")), " or card.\n\n")
    b("Plan no. ", la_ref(r, "MP"), ", amount due ", c.amount("₱"), ".\n\nThank you and God bless,\n", PER(f), "\n", EM(c.email(f, la)), "\n")
    return b


def t_ng_solar_form(r):
    c, b = Ctx(r, "NG"), _B()
    f, la, full = c.person()
    b("Solar Survey Request\n--------------------\n")
    b("Full name : ", PER(full), "\nPhone : ", PH(c.phone(style=c.pick("nat", "intl"))), "\nAlt phone : ", PH(c.phone()), "\nEmail : ", EM(c.email(f, la)), "\n")
    b("Site address : ", ADR(c.addr()), "\n")
    b("Current supply : ", c.pick("Band A", "Band B", "Band C"), ", gen ", str(r.randint(3, 15)), "kVA\n")
    b("Preferred inverter : ", c.pick("Felicity", "Luminous", "Growatt"), " ", str(r.randint(3, 10)), "kW\nBudget : ₦", str(r.randint(1, 9)), ",", str(r.randint(100, 999)), ",000\n")
    b("Referral code : ", la_ref(r, "REF"), "\n")
    return b


def t_ke_sms_move(r):
    c, b = Ctx(r, "KE"), _B()
    f, la, full = c.person()
    b(_rs(r, _UP, 10), " Confirmed. Ksh", str(r.randint(3, 45)), ",", str(r.randint(100, 999)), ".00 paid to SWIFTMOVE LTD on ", c.odate("num"),
      " at 10:4", str(r.randint(0, 9)), " AM. New M-PESA balance is Ksh", str(r.randint(100, 9999)), ".00.\n")
    b("SWIFTMOVE: Habari ", PER(f), ", payment received for job ", la_ref(r, "SM"), ". Driver ", PER(c.person()[2]), " (", PH(c.phone(style="nat")), ") will pick up at ",
      ADR(c.addr()), " tomorrow 7am.\n")
    b("Reply from ", PH(c.phone(style="intl")), ": Asante. Gate is green, ask for ", PER(c.first()), " at the reception.\n")
    return b


# ---------------------------------------------------------------------------
# free-text templates: other languages
# ---------------------------------------------------------------------------


def t_de_umzug_email(r):
    c, b = Ctx(r, "DE"), _B()
    f, la, full = c.person()
    s = c.person()
    old = c.addr_lines()
    b("Betreff: Umzugsanfrage ", c.odate("num"), "\n\n")
    b("Sehr geehrte", c.pick("r Herr", " Frau"), " ", PER(s[1]), ",\n\n")
    b("wir ziehen von ", ADR(", ".join(old)), " nach ", LOC(c.town()), " und bräuchten ein Angebot inkl. Halteverbotszone. ")
    b("Die neue Anschrift lautet:\n", ADR("\n".join(c.addr_lines())), "\n\n")
    b("Die Anzahlung (", c.amount("€"), ") überweisen wir von ", IBAN(c.iban()), ". Rückfragen gern unter ", PH(c.phone()), ".\n\n")
    b("Mit freundlichen Grüßen\n", PER(full), "\n\n")
    b("--\nUmzüge ", s[1], " GmbH · Kundennummer ", la_ref(r, "KD"), " · USt-IdNr. DE", _rs(r, _DIG, 9), "\n")
    return b


def t_de_tierversicherung(r):
    c, b = Ctx(r, "DE"), _B()
    f, la, full = c.person()
    pet = r.choice(_PETS)
    b("Vorgang ", la_ref(r, "TV"), " | Kanal: Kontaktformular | ", la_ts(r), "\n")
    b("Name: ", PER(f"{la}, {f}"), "\nGeburtsdatum: ", DOB(c.dob("num")), "\nE-Mail: ", EM(c.email(f, la)), "\nTelefon: ", PH(c.phone(style="nat")), "\n")
    b("Nachricht: Hallo, unser ", c.pick("Dackel", "Kater", "Labrador", "Wellensittich"), " ", pet, " wurde am ", c.odate("num"),
      " operiert (Rechnung ", c.amount("€"), "). Bitte auf mein Konto ", IBAN(c.iban(True)), " erstatten. Tarif OP-Schutz Plus, Vertrag ", la_ref(r, "VS"), ".\n")
    b("Interne Notiz (", PER(c.first()), "): Kartenzahlung ", la_masked_card(r), " nicht mehr gültig, Kunde informiert.\n")
    return b


def t_fr_pompes_funebres(r):
    c, b = Ctx(r, "FR"), _B()
    f, la, full = c.person()
    df = c.first()
    s = c.person()
    b("Objet : Obsèques de ", PER(f"{df} {la.upper()}"), "\n\n")
    b("Madame, Monsieur,\n\nJe vous écris au sujet des obsèques de mon ", c.pick("père", "grand-père", "oncle"), ", né le ", DOB(c.dob("long")), " à ", LOC(c.town()),
      ". La cérémonie aura lieu le ", c.odate("long"), " à l'église de notre village. ")
    b("Merci de m'envoyer le devis (réf. ", la_ref(r, "DV"), ") par courriel à ", EM(c.email(f, la)), " ou de m'appeler au ", PH(c.phone(style="nat")), ".\n\n")
    b("Bien cordialement,\n", PER(full), "\n", ADR(c.addr()), "\n\n")
    b("-- \n", PER(s[2]), ", conseiller funéraire\nPompes Funèbres ", c.pick("Saint-Michel", "des Lilas", "Lacroix"), " – agence de ", c.town(), "\n")
    b("Tél. ", PH(c.phone("f", "nat")), " – ", EM("contact@pf-" + c.pick("saintmichel", "deslilas", "lacroix") + ".fr"), "\n")
    return b


def t_fr_coworking_chat(r):
    c, b = Ctx(r, "FR"), _B()
    a, d = c.person(), c.person()
    day = la_date(r)
    ts = f"{day.day:02d}/{day.month:02d}/{day.year}"
    b(ts, " 09:0", str(r.randint(0, 9)), " - ", PER(a[2]), " : Bonjour ! Quelqu'un a vu un chargeur USB-C en salle Pasteur ?\n")
    b(ts, " 09:1", str(r.randint(0, 9)), " - ", PER(d[0]), " (accueil) : Oui il est à l'accueil. Au fait ", PER(a[0]), ", ton badge expire le ", c.odate("num"), "\n")
    b(ts, " 09:1", str(r.randint(0, 9)), " - ", PER(a[2]), " : Merci ! Je passe demain, je rentre de ", LOC(c.town()), " ce soir. Vous pouvez mettre à jour mon numéro ? ", PH(c.phone()), "\n")
    b(ts, " 09:2", str(r.randint(0, 9)), " - ", PER(d[0]), " (accueil) : C'est fait. Nouveau code porte : ", str(r.randint(1000, 9999)), "B\n")
    return b


def t_fr_no_pii(r):
    c, b = Ctx(r, "FR"), _B()
    b("Objet : Rappel – fermeture exceptionnelle le ", c.odate("long"), "\n\n")
    b("Bonjour à toutes et à tous,\n\nL'espace de ", c.town(), " sera fermé pour travaux. Les réservations (ex. ", la_ref(r, "RES"), ") sont automatiquement déplacées vers le site de ",
      c.town(), ".\nLe Wi-Fi passe en version ", la_version(r), " ; l'imprimante reste sur ", la_private_ip(r), ".\n")
    b("Tarif journée : ", c.amount("€"), " HT. Aucune action n'est requise de votre part.\n\nL'équipe Ruche & Co\n")
    return b


def t_es_solar_ticket(r):
    c, b = Ctx(r, "ES"), _B()
    f, la, full = c.person()
    b("Incidencia ", la_ref(r, "INC"), " – Instalación fotovoltaica\n")
    b("Cliente: ", PER(full), " | DNI verificado | Tel: ", PH(c.phone()), "\n")
    b("Dirección de la instalación: ", ADR(c.addr()), "\n")
    b("Descripción: El inversor (n.º serie ", _rs(r, _UP + _DIG, 14), ", firmware ", la_version(r), ") marca error F", str(r.randint(10, 99)),
      " desde el ", c.odate("num"), ". La producción ha bajado a ", str(r.randint(1, 9)), " kWh/día.\n")
    b("Nota interna (técnico ", PER(c.first()), "): visita programada, coordenadas ", la_gps(r, (36.5, 43.0), (-7.0, 2.0)), ". Cliente pide domiciliar la cuota en ",
      IBAN(c.iban(True)), ".\n")
    return b


def t_es_escuela_form(r):
    c, b = Ctx(r, "ES"), _B()
    f, la, full = c.person()
    la2 = c.last()
    b("FORMULARIO DE MATRÍCULA – Academia de Idiomas\n")
    b("nombre=", PER(f), "&apellido1=", PER(la), "&apellido2=", PER(la2), "&fecha_nacimiento=", DOB(c.dob("num")), "&email=", EM(c.email(f, la)),
      "&movil=", PH(c.phone(style="nat_compact")), "&curso=ingles_b2&turno=tarde&acepto_lopd=1\n")
    b("Procedencia: ", LOC(c.pick("Rosario", "Quito", "Lima", "Cali", c.town())), ". Titular del pago: ", PER(f"{c.first()} {la}"), " (madre). Tarjeta: ", CC(c.card()),
      " cad. ", la_expiry(r), "\n")
    return b


def t_it_trasloco_whatsapp(r):
    c, b = Ctx(r, "IT"), _B()
    a = c.person()
    d = c.first()
    day = la_date(r)
    ts = f"{day.day:02d}/{day.month:02d}/{str(day.year)[2:]}"
    b(ts, ", 08:3", str(r.randint(0, 9)), " - ", PER(a[0]), ": Buongiorno, confermate il trasloco per domani? Il vecchio indirizzo è ", ADR(c.addr()), "\n")
    b(ts, ", 08:4", str(r.randint(0, 9)), " - Traslochi Veloci (", PER(d), "): Buongiorno ", PER(a[0]), "! Sì, squadra alle 7:30. Serve la ZTL: ci mandi la targa del furgone? FX", str(r.randint(100, 999)), "ZZ\n")
    b(ts, ", 08:5", str(r.randint(0, 9)), " - ", PER(a[0]), ": Ok. Per il saldo: codice fiscale ", _rs(r, _UP, 6), _rs(r, _DIG, 2), "A", _rs(r, _DIG, 2), "H", _rs(r, _DIG, 3), "X, IBAN ", IBAN(c.iban()), "\n")
    b(ts, ", 09:0", str(r.randint(0, 9)), " - Traslochi Veloci (", PER(d), "): Perfetto. Per urgenze chiami ", PH(c.phone()), "\n")
    return b


def t_nl_zonnepanelen_email(r):
    c, b = Ctx(r, "NL"), _B()
    f, la, full = c.person()
    s = c.person()
    lines = c.addr_lines()
    b("Beste ", PER(s[0]), ",\n\nBedankt voor de offerte. Wij gaan akkoord met ", str(r.randint(8, 20)), " panelen. De aanbetaling van ", c.amount("€"),
      " is vandaag overgemaakt vanaf ", IBAN(c.iban(True)), ".\n\nMet vriendelijke groet,\n", PER(full), "\n", PH(c.phone()), "\n\n")
    b("> Op ", c.odate("num"), " schreef ", PER(s[2]), " <", EM(f"verkoop@{c.pick('zonnigdak', 'helderstroom')}.nl"), ">:\n")
    b("> Klopt het installatieadres?\n")
    for ln in lines:
        b("> ", ADR(ln), "\n")
    b("> Ordernummer ", la_ref(r, "ZP"), ". Onze monteurs vertrekken vanuit het depot in ", c.town(), ".\n")
    return b


def t_nl_jsonl_log(r):
    c, b = Ctx(r, "NL"), _B()
    for _ in range(r.randint(2, 3)):
        f, la, _ = c.person()
        b('{"ts":"', la_ts(r), '","level":"info","event":"member.checkin","member":"', PER(f"{f} {la}"), '","badge":"', _rs(r, _DIG, 8),
          '","ip":"', IP(c.ip4()), '","gw":"', la_private_ip(r), '","app":"', la_version(r), '"}\n')
    f, la, _ = c.person()
    b('{"ts":"', la_ts(r), '","level":"warn","event":"auth.reset","email":"', EM(c.email(f, la)), '","new_password":"', PWD(c.pwd()), '","hash":"', la_bcrypt(r), '"}\n')
    return b


def t_pt_funeraria_crm(r):
    c, b = Ctx(r, "PT"), _B()
    f, la, full = c.person()
    df = c.first()
    b("Registo de chamada – Linha de apoio ao luto – ", c.odate("num"), "\n")
    b("Contacto: ", PER(full), " (", c.pick("filha", "filho", "viúva", "neto"), "), tlm ", PH(c.phone()), ", ", EM(c.email(f, la)), "\n")
    b("Falecido(a): ", PER(f"{df} {la}"), ", natural de ", LOC(c.town()), ", nascido(a) a ", DOB(c.dob("long")), ".\n")
    b("Morada da família: ", ADR(c.addr()), ".\n")
    b("Pedido: funeral com cremação, velório na nossa capela de ", c.town(), ". Orçamento ", la_ref(r, "ORC"), " – ", c.amount("€"), ".\n")
    b("Pagamento por transferência: ", IBAN(c.iban(True)), " (NIB antigo indicado pela família).\n")
    return b


def t_pl_ubezpieczenie_form(r):
    c, b = Ctx(r, "PL"), _B()
    f, la, full = c.person()
    pet = r.choice(_PETS)
    b("WNIOSEK O UBEZPIECZENIE ZWIERZĘCIA\n")
    b("Imię i nazwisko: ", PER(full), "\nData urodzenia: ", DOB(c.dob()), "\nAdres: ", ADR(c.addr()), "\n")
    b("Telefon: ", PH(c.phone()), "\nE-mail: ", EM(c.email(f, la)), "\n")
    b("Imię zwierzęcia: ", pet, "  Rasa: ", r.choice(_PET_KINDS), "  Nr chipa: 616", _rs(r, _DIG, 12), "\n")
    b("Składka: ", c.amount("zł"), " / mies., polisa nr ", la_ref(r, "PZ"), ", rachunek do zwrotu: ", IBAN(c.iban()), "\n")
    return b


def t_ct_mudances_email(r):
    c, b = Ctx(r, "CT"), _B()
    f, la, full = c.person()
    s = c.person()
    b("Assumpte: Pressupost mudança ", la_ref(r, "MD"), "\n\n")
    b("Bon dia ", PER(s[0]), ",\n\n")
    b("Us escric per confirmar la mudança del ", c.odate("long"), ". Sortim de ", ADR(c.addr()), " i anem a viure a ", LOC(c.town()), ". ")
    b("El pis nou és a:\n", ADR("\n".join(c.addr_lines())), "\n\n")
    b("Podeu trucar-me al ", PH(c.phone()), " o a la meva parella, ", PER(c.first()), ", al ", PH(c.phone()), ". La paga i senyal (", c.amount("€"), ") l'he feta des del compte ",
      IBAN(c.iban(True)), ".\n\nMoltes gràcies,\n", PER(full), "\n")
    return b


def t_ct_escola_xat(r):
    c, b = Ctx(r, "CT"), _B()
    a, d = c.person(), c.person()
    b("Xat web – Escola d'Idiomes ", c.pick("Sant Jordi", "Pompeu Fabra"), " – ", la_ts(r), "\n")
    b(PER(a[2]), ": Hola! Volia matricular-me al curs d'anglès C1 del dilluns.\n")
    b(PER(d[0]), " (secretaria): Hola ", PER(a[0]), "! Em pots dir la data de naixement i un correu?\n")
    b(PER(a[2]), ": ", DOB(c.dob()), " i ", EM(c.email(a[0], a[1])), ". Visc a ", LOC(c.town()), " però treballo a prop de l'escola.\n")
    b(PER(d[0]), " (secretaria): Perfecte. La quota és ", c.amount("€"), ". Codi de matrícula ", la_ref(r, "MAT"), ", t'arribarà un SMS amb el codi ", str(r.randint(100000, 999999)), ".\n")
    return b


def _eu_in(town: str) -> str:
    return "n" if town[-1] in "aeiou" else "en"


_CY_YN = ("Aberystwyth", "Llanelli", "Dolgellau", "Machynlleth")


def t_eu_hileta_sms(r):
    c, b = Ctx(r, "PV"), _B()
    f, la, full = c.person()
    df = c.first()
    bt2 = c.town()
    b("SMS ", PH(c.phone(style="intl")), ":\n")
    bt = c.town()
    b("Kaixo, ", PER(full), " naiz. Gure ama ", PER(f"{df} {la}"), " gaur goizean hil da. ", DOB(c.dob("long")), " jaio zen, ", LOC(bt), _eu_in(bt), ".")
    b(" Deitu mesedez ", PH(c.phone(style="nat")), " zenbakira.\n")
    b("Erantzuna (", c.pick("Hiletak Urkiola", "Beilatoki Zubia"), "): Kaixo ", PER(f), ", gure doluminak. Beilatokia ", bt2, _eu_in(bt2), " dago prest bihar 10:00etatik. Erreferentzia ", la_ref(r, "HL"), ".\n")
    b("Etxeko helbidea: ", ADR(c.addr()), "\n")
    return b


def t_gl_solar_ticket(r):
    c, b = Ctx(r, "GA"), _B()
    f, la, full = c.person()
    la2 = c.last()
    b("Solicitude de visita técnica – placas solares\n")
    b("Nome: ", PER(f"{f} {la} {la2}"), "\nEnderezo: ", ADR(c.addr()), "\nTeléfono: ", PH(c.phone()), "\nCorreo: ", EM(c.email(f, la)), "\n")
    b("Comentario: Ola, mudámonos dende ", LOC(c.town()), " e a casa nova ten un tellado de lousa. Queremos saber se podemos poñer ", str(r.randint(6, 16)),
      " paneis. Referencia catastral ", _rs(r, _DIG, 7), _rs(r, _UP, 2), _rs(r, _DIG, 4), "N000", _rs(r, _DIG, 1), _rs(r, _UP, 2), ".\n")
    b("Nota: técnico ", PER(c.first()), " desde a delegación de ", c.town(), ", orzamento ", c.amount("€"), ".\n")
    return b


def t_is_cowork_email(r):
    c, b = Ctx(r, "IS"), _B()
    f, la, full = c.person()
    s = c.person()
    b("Efni: Skrifborð í janúar\n\n")
    b("Sæl/l ", PER(s[0]), ",\n\nÉg er að flytja aftur heim eftir nám í ", LOC(c.pick("Kaupmannahöfn", "Ósló", "Berlín")),
      " og langar að leigja fast skrifborð frá ", c.odate("num"), ". Kennitalan mín fylgir í viðhengi.\n")
    b("Lögheimili: ", LOC(c.town()), "\nHeimilisfang: ", ADR(c.addr()), "\nSími: ", PH(c.phone()), "\n\nKveðja,\n", PER(full), "\n", EM(c.email(f, la)), "\n\n")
    b("-- Svar: Takk ", PER(f), "! Aðgangskóði að hurð er ", str(r.randint(1000, 9999)), ", reikningur ", la_ref(r, "RK"), " kr. ", str(r.randint(30, 90)), ".000.\n")
    return b


def t_af_begrafnis_whatsapp(r):
    c, b = Ctx(r, "AF"), _B()
    a = c.person()
    d = c.first()
    day = la_date(r)
    ts = f"{day.year}/{day.month:02d}/{day.day:02d}"
    b(ts, ", 07:5", str(r.randint(0, 9)), " - ", PER(a[2]), ": Goeie môre. Oupa ", PER(f"{c.first()} {a[1]}"), " is gisteraand oorlede. Hy is gebore op ", DOB(c.dob("long")), " in ", LOC(c.town()), ".\n")
    b(ts, ", 08:1", str(r.randint(0, 9)), " - Begrafnisdienste (", PER(d), "): Baie jammer oor julle verlies. Ons kan hom vandag by die huis gaan haal. Is die adres nog ", ADR(c.addr()), "?\n")
    b(ts, ", 08:1", str(r.randint(0, 9)), " - ", PER(a[2]), ": Ja. Bel my gerus op ", PH(c.phone()), ". Polisnommer ", la_ref(r, "BG"), ".\n")
    b(ts, ", 08:2", str(r.randint(0, 9)), " - Begrafnisdienste (", PER(d), "): Dankie. Die kapel in ", c.town(), " is Saterdag beskikbaar.\n")
    return b


def t_tl_lipat_sms(r):
    c, b = Ctx(r, "TL"), _B()
    f, la, full = c.person()
    drv = c.first()
    b("Mula kay ", PER(drv), " (Lipat-Bahay Express) ", PH(c.phone(style="nat")), ":\n")
    b("Magandang umaga po ", c.pick("Ma'am", "Sir"), " ", PER(f), "! Papunta na po kami sa ", ADR(c.addr()), ". Mga 30 minuto pa po, traffic sa EDSA.\n")
    b("Sagot:\n")
    b("Sige po kuya. Nandito si ", PER(c.first()), " yung pamangkin ko, tawagan nyo siya sa ", PH(c.phone()), " pag nasa gate na kayo. Lilipat na kami sa ", LOC(c.town()), " for good.\n")
    b("Mula kay ", PER(drv), ":\n")
    b("Noted po. Balance ", c.amount("₱"), " via GCash, ref no. ", _rs(r, _DIG, 13), ". Salamat po!\n")
    return b


def t_ms_insurans_chat(r):
    c, b = Ctx(r, "MY"), _B()
    f, la, full = c.person()
    agent = c.first()
    pet = r.choice(_PETS)
    b("Sembang langsung – ", la_ts(r), "\n")
    b(PER(agent), " (Ejen): Selamat petang! Boleh saya dapatkan nama penuh dan nombor telefon?\n")
    b("Pelanggan: ", PER(f"{f} binti {la}" if r.random() < 0.5 else f"{f} bin {la}"), ", ", PH(c.phone()), "\n")
    b(PER(agent), " (Ejen): Terima kasih. Kucing anda ", pet, " berumur berapa?\n")
    b("Pelanggan: 3 tahun. Saya nak tuntut bil klinik ", c.amount("RM"), ", resit no. ", la_ref(r, "RS"), ". Alamat saya ", ADR(c.addr()), "\n")
    b(PER(agent), " (Ejen): Baik. Tarikh lahir anda untuk pengesahan?\n")
    b("Pelanggan: ", DOB(c.dob("long")), ". Saya asal dari ", LOC(c.town()), " tapi sekarang duduk KL.\n")
    return b


def t_sl_selitev_form(r):
    c, b = Ctx(r, "SI"), _B()
    f, la, full = c.person()
    b("Povpraševanje za selitev\n")
    b("ime: ", PER(f), "\npriimek: ", PER(la), "\ndatum_rojstva: ", DOB(c.dob()), "\n")
    b("naslov_od: ", ADR(c.addr()), "\nnaslov_do: ", ADR(c.addr()), "\n")
    b("telefon: ", PH(c.phone()), "\ne-pošta: ", EM(c.email(f, la)), "\n")
    b("datum_selitve: ", c.odate("num"), "\nopombe: klavir v 3. nadstropju, brez dvigala. Koda za vhod ", str(r.randint(100, 9999)), ".\n")
    b("ip_obrazca: ", IP(c.ip4()), "\n")
    return b


def t_et_keelekool_email(r):
    c, b = Ctx(r, "EE"), _B()
    f, la, full = c.person()
    s = c.person()
    b("Teema: Registreerimine – saksa keel B1\n\n")
    b("Tere, ", PER(s[0]), "!\n\nSoovin registreeruda saksa keele kursusele, mis algab ", c.odate("num"), ". Olen sündinud ", DOB(c.dob()), ". Elukoht: ", LOC(c.town()), ".\n")
    b("Minu aadress: ", ADR(c.addr()), "\nTelefon: ", PH(c.phone()), "\n\nLugupidamisega\n", PER(full), "\n", EM(c.email(f, la)), "\n\n")
    b("-- Vastus: Aitäh! Arve nr ", la_ref(r, "AR"), ", summa ", c.amount("€"), ". Kursus toimub meie ", c.town(), " filiaalis.\n")
    return b


def t_lt_saule_ticket(r):
    c, b = Ctx(r, "LT"), _B()
    f, la, full = c.person()
    b("Užklausa ", la_ref(r, "SE"), " | Saulės elektrinė ant stogo\n")
    b("Klientas: ", PER(full), "\nTel.: ", PH(c.phone()), "\nEl. paštas: ", EM(c.email(f, la)), "\nObjekto adresas: ", ADR(c.addr()), "\n")
    b("Aprašymas: Norime ", str(r.randint(5, 15)), " kW elektrinės. Keitiklio programinė įranga ", la_version(r), ". Avansą (", c.amount("€"), ") pervesime iš ", IBAN(c.iban()), ".\n")
    b("Vidinė pastaba: apžiūra ", c.odate("num"), ", koordinatės ", la_gps(r, (54.0, 56.0), (21.0, 26.5)), ", montuotojas ", PER(c.first()), ".\n")
    return b


def t_tr_cenaze_note(r):
    c, b = Ctx(r, "TR"), _B()
    f, la, full = c.person()
    df = c.first()
    b("Görüşme notu – ", c.odate("num"), "\n")
    b("Arayan: ", PER(full), " (", c.pick("oğlu", "kızı", "eşi"), "), cep: ", PH(c.phone()), "\n")
    b("Vefat eden: ", PER(f"{df} {la.upper()}"), ", doğum tarihi ", DOB(c.dob()), ", doğum yeri ", LOC(c.town()), "\n")
    b("Ev adresi: ", ADR(c.addr()), "\n")
    b("Talep: cenazenin memleketi ", LOC(c.town()), " şehrine nakli, cenaze namazı ikindi vakti. Dosya no ", la_ref(r, "CN"), ", tutar ", c.amount("TL"), ".\n")
    b("E-posta ile bilgi: ", EM(c.email(f, la)), "\n")
    return b


def t_ro_coworking_stt(r):
    c, b = Ctx(r, "RO"), _B()
    f, la, full = c.person()
    ag = c.first()
    b("[transcriere automată] apel intrare ", la_ts(r), "\n")
    b("operator: bună ziua hub cowork sunt ", PER(ag.lower()), " cu ce vă pot ajuta\n")
    b("client: bună ziua mă numesc ", PER(full.lower()), " și aș vrea un birou fix de luna viitoare\n")
    b("operator: sigur îmi puteți da un număr de telefon\n")
    b("client: da ", PH(c.phone(style="nat")), " și emailul e ", EM(c.email(f, la)), "\n")
    b("operator: perfect codul de acces la ușă vi-l trimitem pe sms iar factura ", la_ref(r, "FC").lower(), " e de ", c.amount("lei"), "\n")
    b("client: mulțumesc vin din ", LOC(c.town().lower()), " cu trenul deci ajung pe la zece\n")
    return b


def t_cy_ysgol_email(r):
    c, b = Ctx(r, "CY"), _B()
    f, la, full = c.person()
    s = c.person()
    b("Pwnc: Cwrs Cymraeg Sylfaen – cofrestru\n\n")
    b("Annwyl ", PER(s[0]), ",\n\nHoffwn gofrestru ar y cwrs nos Fawrth. Cefais fy ngeni yn ", LOC(c.pick(*_CY_YN)), " ar ", DOB(c.dob("long")), " ond symudais i ", LOC(c.pick("Lerpwl", "Llundain", "Birmingham")),
      " yn blentyn.\n")
    b("Fy nghyfeiriad yw:\n", ADR("\n".join(c.addr_lines())), "\n")
    b("Ffôn symudol: ", PH(c.phone(style="nat")), "\n\nDiolch yn fawr,\n", PER(full), "\n", EM(c.email(f, la)), "\n\n")
    b("-- Ateb: Diolch ", PER(f), "! Cyfeirnod ", la_ref(r, "CC"), ", ffi ", c.amount("£"), ". Bydd y dosbarth yn ein canolfan yn ", c.pick(*_CY_YN), ".\n")
    return b


TEMPLATES = [
    # English (31)
    t_us_removals_email, t_us_funeral_call_note, t_us_solar_finance_form, t_us_app_log, t_us_sms_movers, t_us_coworking_ticket,
    t_gb_whatsapp_cowork, t_gb_funeral_email, t_gb_language_jsonl, t_gb_stt_petins, t_gb_no_pii,
    t_ca_teams_solar, t_ca_ocr_inventory, t_ca_config,
    t_au_livechat_pet, t_au_sheet_rows, t_au_forward_funeral,
    t_in_support_ticket, t_in_kv_signup, t_in_sms_movers,
    t_ie_solar_grant_email, t_ie_crm_note,
    t_za_whatsapp_move, t_za_pet_claim,
    t_nz_slack_cowork, t_nz_no_pii,
    t_sg_livechat_lang, t_sg_nginx,
    t_ph_memorial_email, t_ng_solar_form, t_ke_sms_move,
    # other languages (26)
    t_de_umzug_email, t_de_tierversicherung, t_fr_pompes_funebres, t_fr_coworking_chat, t_fr_no_pii,
    t_es_solar_ticket, t_es_escuela_form, t_it_trasloco_whatsapp, t_nl_zonnepanelen_email, t_nl_jsonl_log,
    t_pt_funeraria_crm, t_pl_ubezpieczenie_form, t_ct_mudances_email, t_ct_escola_xat, t_eu_hileta_sms,
    t_gl_solar_ticket, t_is_cowork_email, t_af_begrafnis_whatsapp, t_tl_lipat_sms, t_ms_insurans_chat,
    t_sl_selitev_form, t_et_keelekool_email, t_lt_saule_ticket, t_tr_cenaze_note, t_ro_coworking_stt, t_cy_ysgol_email,
]


def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"estuary-{seed}-{i}-{tpl.__name__}")
        out.append(tpl(r).build())
    return out


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------


def _prow(c: Ctx) -> dict:
    f, la, full = c.person()
    lines = c.addr_lines()
    return dict(first=f, last=la, full=full, email=c.email(f, la), addr=", ".join(lines), street=lines[0], town=c.town(),
                dob=c.dob_date(), c=c)


def _yn(r):
    return r.choice(["true", "false"])


# column spec: (header, entity, gen(c, p) -> str, blank_rate, placeholder_rate)


def _tbl_funeral_us():
    return "funeral_arrangements", ["US"], [
        ("case_no", None, lambda c, p: la_ref(c.r, "FH"), 0, 0),
        ("decedent_first", "PERSON", lambda c, p: p["first"], 0, 0),
        ("decedent_last", "PERSON", lambda c, p: p["last"], 0, 0),
        ("dob", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.05, 0.02),
        ("DOD", None, lambda c, p: c.odate("num"), 0, 0),
        ("ssn", "US_SSN", lambda c, p: c.ssn(), 0.2, 0.03),
        ("birthplace", "LOCATION", lambda c, p: c.town(), 0.3, 0.03),
        ("last_residence", "STREET_ADDRESS", lambda c, p: p["addr"], 0.05, 0),
        ("nok_name", "PERSON", lambda c, p: f"{c.first()} {p['last']}", 0.1, 0),
        ("nok_tel", "PHONE_NUMBER", lambda c, p: c.phone(), 0.1, 0),
        ("nok_email", "EMAIL_ADDRESS", lambda c, p: c.email(c.first(), p["last"]), 0.35, 0),
        ("chapel_branch", None, lambda c, p: c.town(), 0, 0),
        ("service_date", None, lambda c, p: c.odate("long"), 0.1, 0),
        ("casket_model", None, lambda c, p: c.pick("Batesville Lincoln Oak", "Aurora Franklin Bronze", "Matthews Washington Walnut", "Hartford Cherry"), 0.2, 0),
        ("package_total_usd", None, lambda c, p: f"{c.r.randint(2500, 18000)}.{c.r.randint(0, 99):02d}", 0, 0),
        ("dob_verified", None, lambda c, p: _yn(c.r), 0, 0),
        ("ssn_last4", None, lambda c, p: _rs(c.r, _DIG, 4), 0.2, 0),
        ("burial_permit", None, lambda c, p: f"BP{c.r.randint(2025, 2026)}-{c.r.randint(10000, 99999)}", 0.3, 0),
        ("pre_need_policy", None, lambda c, p: la_ref(c.r, "PN"), 0.5, 0),
        ("updated_at", None, lambda c, p: la_ts(c.r), 0, 0),
    ]


def _tbl_bereavement_gb():
    return "bereavement_line_calls", ["GB", "CY"], [
        ("CallId", None, lambda c, p: la_uuid(c.r), 0, 0),
        ("CallStarted", None, lambda c, p: la_ts(c.r), 0, 0),
        ("CallerName", "PERSON", lambda c, p: p["full"], 0.05, 0.02),
        ("CallerTel", "PHONE_NUMBER", lambda c, p: c.phone(style=c.pick("nat", "intl")), 0, 0),
        ("PhoneType", None, lambda c, p: c.pick("mobile", "landline", "withheld"), 0, 0),
        ("Relationship", None, lambda c, p: c.pick("daughter", "son", "spouse", "friend", "neighbour"), 0.1, 0),
        ("DeceasedSurname", "PERSON", lambda c, p: p["last"].upper(), 0.1, 0),
        ("col_7", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.4, 0),
        ("Postcode Area", None, lambda c, p: c.pick("LS", "M", "BS", "NG", "SY", "LL"), 0, 0),
        ("HomeAddress", "STREET_ADDRESS", lambda c, p: p["addr"], 0.3, 0),
        ("Counsellor", None, lambda c, p: c.pick("Team A", "Team B", "Night line", "Volunteer pool"), 0, 0),
        ("Branch", None, lambda c, p: c.town(), 0, 0),
        ("DurationSec", None, lambda c, p: str(c.r.randint(30, 3600)), 0, 0),
        ("FollowUpDate", None, lambda c, p: c.odate("num"), 0.5, 0),
        ("RecordingHash", None, lambda c, p: la_sha256(c.r), 0, 0),
        ("ConsentToContact", None, lambda c, p: c.pick("Y", "N"), 0, 0),
        ("Notes", None, lambda c, p: c.pick("signposted to GP", "call back re: ashes", "order of service query", "no further action"), 0.3, 0),
    ]


def _tbl_removals_de():
    return "umzugsauftraege", ["DE"], [
        ("Auftragsnr", None, lambda c, p: la_ref(c.r, "UZ"), 0, 0),
        ("Vorname", "PERSON", lambda c, p: p["first"], 0, 0),
        ("Nachname", "PERSON", lambda c, p: p["last"], 0, 0),
        ("Geburtsdatum", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.4, 0),
        ("Auszugsadresse", "STREET_ADDRESS", lambda c, p: p["addr"], 0, 0),
        ("Einzugsadresse", "STREET_ADDRESS", lambda c, p: c.addr(), 0.1, 0),
        ("Zielort", "LOCATION", lambda c, p: c.town(), 0, 0),
        ("Tel.", "PHONE_NUMBER", lambda c, p: c.phone(style="nat"), 0.05, 0),
        ("E-Mail-Adresse", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.2, 0),
        ("IBAN", "IBAN_CODE", lambda c, p: c.iban(), 0.3, 0),
        ("Umzugsdatum", None, lambda c, p: c.odate("num"), 0, 0),
        ("Niederlassung", None, lambda c, p: c.town(), 0, 0),
        ("Volumen_m3", None, lambda c, p: f"{c.r.randint(8, 90)},{c.r.randint(0, 9)}", 0, 0),
        ("Halteverbot", None, lambda c, p: c.pick("ja", "nein"), 0, 0),
        ("Etage", None, lambda c, p: str(c.r.randint(0, 6)), 0, 0),
        ("Angebotssumme", None, lambda c, p: c.amount("€"), 0, 0),
        ("Kennzeichen LKW", None, lambda c, p: f"{c.pick('B', 'HH', 'L', 'K')}-{_rs(c.r, _UP, 2)} {c.r.randint(100, 9999)}", 0, 0),
        ("Versicherung", None, lambda c, p: c.pick("Basis", "Premium", "-"), 0, 0),
        ("BIC", None, lambda c, p: c.pick("COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001"), 0.3, 0),
        ("erstellt_am", None, lambda c, p: la_ts(c.r), 0, 0),
    ]


def _tbl_removals_crew_nl():
    return "verhuis_klanten", ["NL"], [
        ("klant_id", None, lambda c, p: str(c.r.randint(100000, 999999)), 0, 0),
        ("voornaam", "PERSON", lambda c, p: p["first"], 0, 0),
        ("achternaam", "PERSON", lambda c, p: p["last"], 0, 0),
        ("adres_oud", "STREET_ADDRESS", lambda c, p: p["addr"], 0, 0),
        ("woonplaats_nieuw", "LOCATION", lambda c, p: c.town(), 0.1, 0),
        ("telefoon", "PHONE_NUMBER", lambda c, p: c.phone(), 0, 0.02),
        ("email", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.15, 0),
        ("rekeningnummer", "IBAN_CODE", lambda c, p: c.iban(), 0.25, 0),
        ("verhuisdatum", None, lambda c, p: c.odate("num"), 0, 0),
        ("vestiging", None, lambda c, p: c.town(), 0, 0),
        ("aantal_dozen", None, lambda c, p: str(c.r.randint(5, 140)), 0, 0),
        ("lift_nodig", None, lambda c, p: c.pick("ja", "nee"), 0, 0),
        ("offerte_bedrag", None, lambda c, p: c.amount("€"), 0, 0),
        ("telefoon_type", None, lambda c, p: c.pick("mobiel", "vast"), 0, 0),
        ("email_bevestigd", None, lambda c, p: _yn(c.r), 0, 0),
        ("ploegleider", None, lambda c, p: c.pick("Ploeg Noord", "Ploeg Zuid", "Ploeg 3"), 0, 0),
        ("kenteken", None, lambda c, p: f"{_rs(c.r, _UP, 2)}-{c.r.randint(100, 999)}-{_rs(c.r, _UP, 1)}", 0, 0),
        ("status", None, lambda c, p: c.pick("gepland", "uitgevoerd", "geannuleerd"), 0, 0),
    ]


def _tbl_pet_policies_au():
    return "pet_policies", ["AU", "NZ"], [
        ("policyNumber", None, lambda c, p: la_ref(c.r, "PET"), 0, 0),
        ("holderFirstName", "PERSON", lambda c, p: p["first"], 0, 0),
        ("holderSurname", "PERSON", lambda c, p: p["last"], 0, 0),
        ("holderDob", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.1, 0),
        ("mobile", "PHONE_NUMBER", lambda c, p: c.phone(style="nat"), 0, 0),
        ("emailAddress", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.05, 0),
        ("postalAddress", "STREET_ADDRESS", lambda c, p: p["addr"], 0.1, 0),
        ("cardNumber", "CREDIT_CARD", lambda c, p: c.card(), 0.3, 0),
        ("petName", None, lambda c, p: c.r.choice(_PETS), 0, 0),
        ("petBreed", None, lambda c, p: c.r.choice(_PET_KINDS), 0, 0),
        ("petDob", None, lambda c, p: (TODAY - _dt.timedelta(days=c.r.randint(100, 4000))).isoformat(), 0, 0),
        ("microchip", None, lambda c, p: "9" + _rs(c.r, _DIG, 14), 0.2, 0),
        ("cardLast4", None, lambda c, p: _rs(c.r, _DIG, 4), 0.3, 0),
        ("cardExpiry", None, lambda c, p: la_expiry(c.r), 0.3, 0),
        ("premiumMonthly", None, lambda c, p: f"{c.r.randint(18, 140)}.{c.r.randint(0, 99):02d}", 0, 0),
        ("excess", None, lambda c, p: c.pick("0", "100", "250"), 0, 0),
        ("vetClinic", None, lambda c, p: c.pick("Greencross Vets", "Dr Smith's Animal Hospital", "Lort Smith", "VetPartners Fitzroy"), 0.2, 0),
        ("addressType", None, lambda c, p: c.pick("postal", "residential"), 0, 0),
        ("emailVerified", None, lambda c, p: _yn(c.r), 0, 0),
    ]


def _tbl_pet_claims_fr():
    return "sinistres_animaux", ["FR"], [
        ("num_sinistre", None, lambda c, p: la_ref(c.r, "SIN"), 0, 0),
        ("nom_assure", "PERSON", lambda c, p: p["last"].upper(), 0, 0),
        ("prenom_assure", "PERSON", lambda c, p: p["first"], 0, 0),
        ("date_naissance", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.2, 0.02),
        ("tel_portable", "PHONE_NUMBER", lambda c, p: c.phone(style="nat"), 0.05, 0),
        ("courriel", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.1, 0),
        ("iban_remboursement", "IBAN_CODE", lambda c, p: c.iban(True), 0.1, 0),
        ("adresse_postale", "STREET_ADDRESS", lambda c, p: p["addr"], 0.15, 0),
        ("nom_animal", None, lambda c, p: c.r.choice(_PETS), 0, 0),
        ("espece", None, lambda c, p: c.pick("chien", "chat", "NAC"), 0, 0),
        ("num_identification", None, lambda c, p: "250" + _rs(c.r, _DIG, 12), 0.1, 0),
        ("clinique", None, lambda c, p: c.pick("Clinique vétérinaire Saint-Roch", "Clinique du Dr Martin", "CHV Frégis"), 0, 0),
        ("ville_clinique", None, lambda c, p: c.town(), 0, 0),
        ("date_soins", None, lambda c, p: c.odate("num"), 0, 0),
        ("montant_facture", None, lambda c, p: c.amount("€"), 0, 0),
        ("taux_rembt", None, lambda c, p: c.pick("50%", "70%", "90%"), 0, 0),
        ("bic", None, lambda c, p: c.pick("BNPAFRPPXXX", "CRLYFRPP", "AGRIFRPP882", "SOGEFRPP"), 0.1, 0),
        ("statut", None, lambda c, p: c.pick("réglé", "en cours", "refusé"), 0, 0),
    ]


def _tbl_cowork_members_ie():
    return "cowork_members", ["IE", "GB"], [
        ("member_id", None, lambda c, p: la_uuid(c.r), 0, 0),
        ("full_name", "PERSON", lambda c, p: p["full"], 0, 0),
        ("attr2", "EMAIL_ADDRESS", lambda c, p: p["email"], 0, 0),
        ("mobile", "PHONE_NUMBER", lambda c, p: c.phone(), 0.1, 0),
        ("home_addr1", "STREET_ADDRESS", lambda c, p: p["street"], 0.3, 0),
        ("hometown", "LOCATION", lambda c, p: c.town(), 0.4, 0.05),
        ("portal_pwd", "PASSWORD", lambda c, p: c.pwd(), 0.5, 0),
        ("pwd_hash", None, lambda c, p: c.pick(la_bcrypt(c.r), la_argon2(c.r)), 0, 0),
        ("password_changed_at", None, lambda c, p: la_ts(c.r), 0.2, 0),
        ("desk", None, lambda c, p: f"{c.pick('A', 'B', 'C')}{c.r.randint(1, 60)}", 0, 0),
        ("door_code", None, lambda c, p: str(c.r.randint(1000, 9999)), 0, 0),
        ("fob_serial", None, lambda c, p: _rs(c.r, _UP + _DIG, 10), 0, 0),
        ("plan", None, lambda c, p: c.pick("Hot Desk", "Dedicated", "Office 2p", "Virtual"), 0, 0),
        ("site", None, lambda c, p: c.town(), 0, 0),
        ("company_name", None, lambda c, p: f"{p['last']} & Co Design", 0.3, 0),
        ("monthly_fee_eur", None, lambda c, p: str(c.r.randint(150, 1400)), 0, 0),
        ("phone_type", None, lambda c, p: c.pick("mobile", "work"), 0, 0),
        ("email_verified", None, lambda c, p: _yn(c.r), 0, 0),
        ("joined", None, lambda c, p: c.odate("num"), 0, 0),
    ]


def _tbl_cowork_access_sg():
    return "access_events", ["SG", "MY"], [
        ("EVENT_ID", None, lambda c, p: str(c.r.randint(10 ** 9, 10 ** 10 - 1)), 0, 0),
        ("EVENT_TS", None, lambda c, p: la_ts(c.r), 0, 0),
        ("MEMBER_NAME", "PERSON", lambda c, p: p["full"], 0.05, 0),
        ("MEMBER_EMAIL", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.1, 0),
        ("CLIENT_IP", "IP_ADDRESS", lambda c, p: c.ip4() if c.r.random() < 0.8 else c.ip6(), 0, 0),
        ("GATEWAY_IP", None, lambda c, p: la_private_ip(c.r), 0, 0),
        ("API_TOKEN", "API_KEY", lambda c, p: c.key(), 0.6, 0),
        ("SESSION_ID", None, lambda c, p: la_sha256(c.r)[:32], 0, 0),
        ("DEVICE_IMEI", None, lambda c, p: la_imei(c.r), 0.3, 0),
        ("APP_VERSION", None, lambda c, p: la_version(c.r), 0, 0),
        ("DOOR", None, lambda c, p: c.pick("L3-MAIN", "L3-PANTRY", "L5-POD", "CARPARK"), 0, 0),
        ("OTP_CODE", None, lambda c, p: _rs(c.r, _DIG, 6), 0.4, 0),
        ("RESULT", None, lambda c, p: c.pick("GRANTED", "DENIED", "TIMEOUT"), 0, 0),
        ("SITE", None, lambda c, p: c.pick("Tanjong Pagar", "One-North", "Bangsar South"), 0, 0),
        ("CONTACT_NO", "PHONE_NUMBER", lambda c, p: c.phone(), 0.5, 0),
        ("GPS", None, lambda c, p: la_gps(c.r, (1.25, 1.45), (103.6, 104.0)), 0.2, 0),
        ("USER_AGENT", None, lambda c, p: c.pick("okhttp/4.12.0", "CFNetwork/1490.0.4", "Dalvik/2.1.0"), 0, 0),
    ]


def _tbl_language_students_es():
    return "alumnos_matricula", ["ES", "CT", "GA", "PV"], [
        ("id_alumno", None, lambda c, p: str(c.r.randint(10000, 99999)), 0, 0),
        ("Nombre", "PERSON", lambda c, p: p["first"], 0, 0),
        ("Apellidos", "PERSON", lambda c, p: f"{p['last']} {c.last()}", 0, 0),
        ("F. Nacimiento", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], c.pick("num", "long")), 0.1, 0),
        ("Lugar de nacimiento", "LOCATION", lambda c, p: c.pick("Quito", "Lima", "Rosario", "Tánger", c.town()), 0.3, 0.03),
        ("Domicilio", "STREET_ADDRESS", lambda c, p: p["addr"], 0.1, 0),
        ("Móvil", "PHONE_NUMBER", lambda c, p: c.phone(style=c.pick("nat", "nat_compact")), 0.05, 0),
        ("Correo electrónico", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.1, 0),
        ("IBAN domiciliación", "IBAN_CODE", lambda c, p: c.iban(), 0.35, 0),
        ("Curso", None, lambda c, p: c.pick("Inglés B2", "Alemán A1", "Francés B1", "Chino HSK2"), 0, 0),
        ("Grupo", None, lambda c, p: f"{c.pick('M', 'T')}{c.r.randint(1, 9)}", 0, 0),
        ("Centro", None, lambda c, p: c.town(), 0, 0),
        ("Profesor/a", None, lambda c, p: c.pick("Equipo inglés", "Equipo alemán", "Coordinación"), 0, 0),
        ("Cuota mensual", None, lambda c, p: c.amount("€"), 0, 0),
        ("Nivel prueba", None, lambda c, p: c.pick("A2", "B1", "B2", "C1"), 0, 0),
        ("fecha_alta", None, lambda c, p: c.odate("num"), 0, 0),
        ("tarjeta_ult4", None, lambda c, p: _rs(c.r, _DIG, 4), 0.5, 0),
        ("Libro", None, lambda c, p: c.pick("English File 4th ed.", "Menschen A1", "Édito B1"), 0, 0),
        ("ISBN", None, lambda c, p: f"978-{c.r.randint(0, 9)}-{c.r.randint(100, 999)}-{c.r.randint(10000, 99999)}-{c.r.randint(0, 9)}", 0.2, 0),
    ]


def _tbl_language_staff_us():
    return "instructor_payroll", ["US", "CA"], [
        ("emp.id", None, lambda c, p: f"E{c.r.randint(1000, 9999)}", 0, 0),
        ("emp.first_name", "PERSON", lambda c, p: p["first"], 0, 0),
        ("emp.last_name", "PERSON", lambda c, p: p["last"], 0, 0),
        ("emp.dob", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.05, 0),
        ("emp.ssn", "US_SSN", lambda c, p: c.ssn(), 0.2, 0),
        ("emp.addr", "STREET_ADDRESS", lambda c, p: p["addr"], 0.05, 0),
        ("emp.tel", "PHONE_NUMBER", lambda c, p: c.phone(), 0, 0),
        ("emp.email", "EMAIL_ADDRESS", lambda c, p: p["email"], 0, 0),
        ("dd.account", "US_BANK_NUMBER", lambda c, p: c.bank(), 0.15, 0),
        ("dd.routing", None, lambda c, p: c.routing(), 0.15, 0),
        ("dd.account_type", None, lambda c, p: c.pick("checking", "savings"), 0.15, 0),
        ("dd.account_last4", None, lambda c, p: _rs(c.r, _DIG, 4), 0.15, 0),
        ("class.language", None, lambda c, p: c.pick("Spanish", "Mandarin", "ASL", "Portuguese", "Arabic"), 0, 0),
        ("class.campus", None, lambda c, p: c.town(), 0, 0),
        ("pay.rate_hr", None, lambda c, p: f"{c.r.randint(22, 65)}.{c.pick('00', '50')}", 0, 0),
        ("pay.period_end", None, lambda c, p: c.odate("iso"), 0, 0),
        ("pay.gross", None, lambda c, p: f"{c.r.randint(400, 4200)}.{c.r.randint(0, 99):02d}", 0, 0),
        ("w4.filing_status", None, lambda c, p: c.pick("single", "married_jointly", "head_of_household"), 0, 0),
        ("i9.verified", None, lambda c, p: _yn(c.r), 0, 0),
        ("ssn.masked", None, lambda c, p: f"***-**-{_rs(c.r, _DIG, 4)}", 0, 0),
    ]


def _tbl_solar_surveys_us():
    return "SiteSurveys", ["US"], [
        ("SurveyId", None, lambda c, p: la_uuid(c.r), 0, 0),
        ("HomeownerName", "PERSON", lambda c, p: p["full"], 0, 0),
        ("SiteAddress", "STREET_ADDRESS", lambda c, p: p["addr"], 0, 0),
        ("Field3", "PHONE_NUMBER", lambda c, p: c.phone(style=c.pick("nat", "nat_compact")), 0.05, 0),
        ("Email", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.1, 0),
        ("CardOnFile", "CREDIT_CARD", lambda c, p: c.card(), 0.5, 0),
        ("PortalPassword", "PASSWORD", lambda c, p: c.pwd(), 0.6, 0),
        ("MonitoringApiKey", "API_KEY", lambda c, p: c.key(), 0.4, 0),
        ("Latitude", None, lambda c, p: f"{c.r.uniform(25, 48):.6f}", 0, 0),
        ("Longitude", None, lambda c, p: f"{c.r.uniform(-123, -70):.6f}", 0, 0),
        ("RoofPitchDeg", None, lambda c, p: str(c.r.randint(5, 45)), 0, 0),
        ("Azimuth", None, lambda c, p: str(c.r.randint(90, 270)), 0, 0),
        ("SystemKw", None, lambda c, p: f"{c.r.uniform(3, 15):.2f}", 0, 0),
        ("InverterSerial", None, lambda c, p: _rs(c.r, _UP + _DIG, 12), 0, 0),
        ("InverterFirmware", None, lambda c, p: la_version(c.r), 0, 0),
        ("GatewayIp", None, lambda c, p: la_private_ip(c.r), 0, 0),
        ("UtilityAccount", None, lambda c, p: f"{c.r.randint(1000, 9999)}-{c.r.randint(100000, 999999)}", 0.2, 0),
        ("SurveyDate", None, lambda c, p: c.odate("num"), 0, 0),
        ("Depot", None, lambda c, p: c.town(), 0, 0),
        ("PublishableKey", None, lambda c, p: "pk_live_" + _rs(c.r, _A, 24), 0.4, 0),
        ("QuoteTotal", None, lambda c, p: f"${c.r.randint(9000, 42000):,}", 0, 0),
    ]


def _tbl_solar_leads_multi():
    return "solar_leads_eu", ["PT", "PL", "SI", "LT", "RO", "TR", "EE"], [
        ("lead_id", None, lambda c, p: str(c.r.randint(10 ** 6, 10 ** 7 - 1)), 0, 0),
        ("field_3", "PERSON", lambda c, p: p["full"], 0, 0),
        ("kontakt_tel", "PHONE_NUMBER", lambda c, p: c.phone(style=c.pick("intl", "e164", "nat")), 0, 0),
        ("e_mail", "EMAIL_ADDRESS", lambda c, p: p["email"], 0.1, 0),
        ("adresa", "STREET_ADDRESS", lambda c, p: p["addr"], 0.1, 0),
        ("miasto_zamieszkania", "LOCATION", lambda c, p: c.town(), 0.2, 0),
        ("data_nasterii", "DATE_OF_BIRTH", lambda c, p: c.fmt_date(p["dob"], "num"), 0.5, 0.03),
        ("form_ip", "IP_ADDRESS", lambda c, p: c.ip4(), 0.1, 0),
        ("country", None, lambda c, p: c.cc, 0, 0),
        ("roof_m2", None, lambda c, p: str(c.r.randint(30, 260)), 0, 0),
        ("kwh_year", None, lambda c, p: str(c.r.randint(1800, 12000)), 0, 0),
        ("tariff", None, lambda c, p: c.pick("G11", "BTN", "bi-horária", "T1"), 0, 0),
        ("partner_office", None, lambda c, p: c.town(), 0, 0),
        ("utm_source", None, lambda c, p: c.pick("google", "facebook", "olx", "referral"), 0, 0),
        ("consent_ts", None, lambda c, p: la_ts(c.r), 0, 0),
        ("quote_ref", None, lambda c, p: la_ref(c.r, "SQ"), 0.2, 0),
        ("panel_model", None, lambda c, p: c.pick("JA Solar JAM54S30", "LONGi Hi-MO 6", "Trina Vertex S+"), 0, 0),
        ("dob_verified", None, lambda c, p: c.pick("0", "1"), 0, 0),
    ]


_TABLES = [_tbl_funeral_us, _tbl_bereavement_gb, _tbl_removals_de, _tbl_removals_crew_nl, _tbl_pet_policies_au, _tbl_pet_claims_fr,
           _tbl_cowork_members_ie, _tbl_cowork_access_sg, _tbl_language_students_es, _tbl_language_staff_us, _tbl_solar_surveys_us,
           _tbl_solar_leads_multi]
_PLACEHOLDERS = ("N/A", "-", "unknown")


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tf in _TABLES:
        name, ccs, specs = tf()
        r = random.Random(f"estuary-{seed}-table-{name}")
        cols: list[list[str | None]] = [[] for _ in specs]
        for _ in range(rows):
            c = Ctx(r, r.choice(ccs))
            p = _prow(c)
            for j, (_h, _e, gen, blank, ph) in enumerate(specs):
                v = gen(c, p)  # always draw, so blanks do not shift later values
                u = r.random()
                if u < blank:
                    cols[j].append(None)
                elif u < blank + ph:
                    cols[j].append(r.choice(_PLACEHOLDERS))
                else:
                    cols[j].append(v)
        out[name] = [Column(h, e, vals) for (h, e, _g, _b, _p), vals in zip(specs, cols)]
    return out
