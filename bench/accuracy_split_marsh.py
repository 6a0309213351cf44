"""Accuracy split "marsh": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "marsh", 2026-11-27 (fixed "today" used for all generated dates).

Independence: written from the split-author prompt alone (/tmp/prompts/marsh.md), a plain `ls bench/`, and
local outputs of Faker (name providers of several locales) and phonenumbers (example numbers, validity
checks). Nothing else in the repository was opened: no scanner code, rules, tests, docs, results, other
splits or accuracy_data.py (only its documented API is imported). The scanner and Presidio were never read
or run.

API: `free_text(n, seed) -> list[Text]` (text i renders TEMPLATES[i % len(TEMPLATES)]; the benchmark uses
free_text(500, 7)); `structured(rows, seed) -> dict[str, list[Column]]` (benchmark: structured(150, 11));
`TEMPLATES`. Deterministic: every value comes from random.Random seeded with strings ("marsh-{seed}-..."),
Faker instances are re-seeded from that rng per text/row, no clock reads, no set iteration.

Domains (tables): bail-bond and legal-aid intake desk; fertility clinic patient portal; esports tournament
platform; community allotment-garden association; home-removals company; film-extras casting agency.
Free text is CRM / support / messaging content.

Languages (62 templates): English 34 (55%) written as from US 6, GB 3, CA 2, AU 3, IN 2, IE 2, ZA 2, NZ 2,
SG 2, PH 1, NG 2, KE 1, plus 6 English texts without a fixed country (access log, app trace, .env,
notifications, release notes, policy notice); other languages 28 (45%): German 3, French 3, Spanish 2,
Catalan 2, Italian 2, Dutch 2, Portuguese (BR) 2, Polish 2, Turkish 2, Romanian 2, Tagalog/Filipino 2,
Slovenian 1, Estonian 1, Lithuanian 1, Swahili 1. Names, towns, streets, postcodes, phone formats and date
formats follow each text's country (own small street/town/postcode tables per country; names from Faker
locales or own lists for ZA, SG, PH, KE and Catalonia).

Shapes: e-mails with signatures and quoted replies ('>' lines, each quoted address line its own span),
forwarded mail, WhatsApp / Teams / Slack (JSON export) / live-chat / Viber / Messenger / SMS threads,
M-Pesa style SMS, tickets with internal notes, CRM and call notes (some messy lower-case), a lower-case
speech-to-text transcript, form dumps (key: value, key=value&..., JSON lines, nested JSON), web-server access
log, application log with a DB URL, .env config, an OCR'd application form, TSV rows pasted from a
spreadsheet, notification subjects, and two texts without PII (release notes, service notice).

Value rules: phones are generated per region and checked with phonenumbers.is_valid_number (national,
international, E.164 and separator variants); cards from _luhn (Visa/Mastercard/2-series/Amex, spaced,
dashed or plain); SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits;
routing numbers are ABA-checksummed and never labelled; IBANs from _iban_of (RO computed locally with the
ISO 7064 mod-97 check), spaced or not; IPs from _ip_public_v4/_ip_public_v6; birth dates 18-82 years before
2026-11-27 in local numeric or long formats.

Label conventions as applied: PERSON = name as written (first only, surname only, "Last, First",
upper/lower case, chat speakers); titles (Mr, Mrs, Mme, Dhr., dott.ssa, Hanım/Bey) outside; names inside
company, shop, street, venue and production names (Adeyemi & Sons, Dave & Buster's, avenue Jean Jaurès,
Ted Lasso) are not labelled; pet names and kinship words (Mom, Oma, Nanay) are not persons. STREET_ADDRESS
= street line with postcode and town as one span (multi-line blocks one span, flat/unit kept inside); bare
street lines labelled. LOCATION = town/country a person lives in, comes from, was born in or travels to;
branch/depot/shop/office/clinic towns and IP geolocation are not. DATE_OF_BIRTH only for birth dates.
PASSWORD / API_KEY = plaintext secrets only (secret keys sk_live/sk_test, ghp_, xoxb-, SG., AIza, sk-proj-,
glpat-); publishable keys, Twilio SIDs, session ids, hashes are not. Spans never include quotes, brackets or
trailing punctuation and never overlap (asserted in S()/_check for every text).

Look-alikes (unlabelled): masked cards / last-4 / expiry / CVV, private and loopback IPs, version strings,
bcrypt / argon2 / sha256 hashes, UUIDs, order / ticket / booking / tracking / claim / invoice / case numbers,
OTPs, door and gate codes, IMEIs (Luhn-valid 15 digits), routing numbers, sort codes, SWIFT/BIC, GPS
coordinates, amounts, timestamps and non-birth dates, M-Pesa / GCash / UPI references, company and product
names containing person names, pet names, branch towns.

Tables (12; PII / look-alike columns; header style):
  bail_intake                US        9 / 11  snake_case + PascalCase, opaque col_7 (LOCATION)
  legal_aid_applicants       US        8 / 10  spaced Title Case ("Case No.", "Attorney Bar #")
  fertility_portal_accounts  GB, IE   10 / 11  camelCase (addr1, dobVerified)
  fertilidad_citas           ES, CAT   7 / 11  Spanish snake_case (nombre, apellidos, localidad)
  esports_players            BR PL DE NL ES FR IT  8 / 10  dotted (player.first_name, payout.iban)
  esports_api_clients        US GB DE PL BR  8 / 12  UPPER_SNAKE (API_SECRET, ADMIN_PWD, BILLING_CARD)
  allotment_members          GB        8 / 11  spaced Title Case + abbreviations (Addr1, Tel)
  volkstuin_leden            NL        8 / 10  Dutch (voornaam, woonplaats, geboortedatum)
  removal_jobs               AU, NZ    8 / 12  snake_case
  umzug_auftraege            DE        9 / 10  German + opaque (field_3 = phone, attr2 = "Last, First")
  extras_roster              GB, IE    8 / 12  PascalCase (Pwd, BankIban)
  casting_callsheet_us       US        7 / 12  camelCase + abbreviations + opaque (col_7 = full name)
Blanks (None) at 0-76% per column; placeholders N/A / - / unknown in a few PII columns.

Known limits: town/street pools are small (a few per country), so towns repeat; some combined addresses may
pair a street with a town it does not exist in; Faker's it_IT first-name list sometimes yields
surname-looking first names; chat timestamps are not ordered; the Swahili and Tagalog texts are short and
use Kenyan / Philippine formats only; LOCATION in table columns is the person's own town.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import random
import re
import unicodedata
import uuid

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)

# ----------------------------------------------------------------------------- builder
_PH_RE = re.compile(r"«(\w+)»")


def S(tpl: str, **kw) -> Text:
    """Render tpl, replacing «key» with kw[key]; a (value, label) tuple is labelled."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    last = 0
    for m in _PH_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        v = kw[m.group(1)]
        val, lab = v if isinstance(v, tuple) else (v, None)
        val = str(val)
        out.append(val)
        if lab:
            spans.append((pos, pos + len(val), lab))
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    _check(text, spans)
    return Text(text, spans)


def _check(text: str, spans: list[tuple[int, int, str]]) -> None:
    prev = 0
    for s, e, lab in sorted(spans):
        assert lab in LABELS, lab
        assert prev <= s < e <= len(text), (s, e, text)
        v = text[s:e]
        assert v == v.strip() and v[-1] not in "\"',;:]>}" and (v[-1] != ")" or "(" in v), repr(v)
        assert v[0] not in "\"'[<{" and (v[0] != "(" or lab == "PHONE_NUMBER"), repr(v)
        prev = e


def _lab(label):
    return lambda v: (v, label)


P, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY = (
    _lab(x) for x in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER",
                      "IBAN_CODE", "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"))

# ----------------------------------------------------------------------------- locale data
# country code -> faker locale (None: own name lists), phone region, towns, street maker, email domains
_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_OWN_NAMES = {
    "ZA": (["Thabo", "Lerato", "Sipho", "Nomvula", "Pieter", "Annelie", "Johan", "Zanele", "Riaan", "Ayanda",
            "Candice", "Mandla", "Refilwe", "Marius"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Pretorius", "Naidoo", "Khumalo", "Venter",
            "Mthembu", "Jacobs", "Fourie", "Ndlovu", "Swanepoel"]),
    "SG": (["Wei Ling", "Jun Hao", "Siti", "Muthu", "Hui Min", "Darren", "Priya", "Farhan", "Mei Xin", "Kelvin",
            "Shawn", "Nurul"],
           ["Tan", "Lim", "Ng", "Lee", "Wong", "Goh", "Rahman", "Krishnan", "Chua", "Teo", "Koh", "Ismail"]),
    "PH": (["Maria Cristina", "Jose", "Angelica", "Rommel", "Jhun", "Mary Grace", "Carlo", "Rowena", "Joy",
            "Mark Anthony", "Liezl", "Ramil", "Kristine", "Arnel"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Ramos",
            "Castillo", "Manalo", "Pascual", "Dimaculangan", "Ocampo"]),
    "CAT": (["Jordi", "Montserrat", "Núria", "Pau", "Arnau", "Laia", "Oriol", "Mireia", "Xavier", "Marta", "Joan",
             "Meritxell", "Queralt", "Pol"],
            ["Puig", "Soler", "Vila", "Ferrer", "Pujol", "Roca", "Vidal", "Bosch", "Camps", "Casals", "Riera",
             "Sallent", "Coromines", "Batlle"]),
    "KE": (["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Kiprono", "Akinyi", "Mwangi", "Chebet", "Omondi",
            "Wambui", "Kipchoge"],
           ["Kariuki", "Odhiambo", "Mutua", "Njoroge", "Wekesa", "Kiplagat", "Onyango", "Githinji", "Chege",
            "Ochieng", "Macharia", "Were"]),
}

_LOC = {
    # cc: (faker locale, phone region, language)
    "US": ("en_US", "US"), "GB": ("en_GB", "GB"), "CA": ("en_CA", "CA"), "AU": ("en_AU", "AU"),
    "IN": ("en_IN", "IN"), "IE": ("en_IE", "IE"), "ZA": (None, "ZA"), "NZ": ("en_NZ", "NZ"),
    "SG": (None, "SG"), "PH": (None, "PH"), "NG": ("en_NG", "NG"), "KE": (None, "KE"),
    "DE": ("de_DE", "DE"), "FR": ("fr_FR", "FR"), "ES": ("es_ES", "ES"), "CAT": (None, "ES"),
    "IT": ("it_IT", "IT"), "NL": ("nl_NL", "NL"), "BR": ("pt_BR", "BR"), "PL": ("pl_PL", "PL"),
    "TR": ("tr_TR", "TR"), "RO": ("ro_RO", "RO"), "SI": ("sl_SI", "SI"), "EE": ("et_EE", "EE"),
    "LT": ("lt_LT", "LT"),
}

_MAILS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "CA": ["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "SG": ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"],
    "PH": ["gmail.com", "yahoo.com.ph", "outlook.ph", "ymail.com"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "KE": ["gmail.com", "yahoo.com", "safaricom.co.ke"],
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "CAT": ["gmail.com", "hotmail.com", "xtec.cat", "telefonica.net"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "RO": ["yahoo.ro", "gmail.com", "yahoo.com"],
    "SI": ["siol.net", "gmail.com", "t-2.net"],
    "EE": ["gmail.com", "hot.ee", "mail.ee"],
    "LT": ["gmail.com", "one.lt", "inbox.lt"],
}

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}


# ----------------------------------------------------------------------------- addresses
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _L(r, n, pool="ABDEFGHJLNPQRSTUWXYZ"):
    return "".join(r.choice(pool) for _ in range(n))


def _a_us(r):
    town, st, z = r.choice([("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"),
                            ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Tampa", "FL", "336"),
                            ("Madison", "WI", "537"), ("Sacramento", "CA", "958"), ("Albany", "NY", "122")])
    l1 = f"{r.randint(12, 9890)} {r.choice(['Maple', 'Oak', 'Cedar', 'Elm', 'Lakeview', 'Hillcrest', 'Willow', 'Pine Ridge', 'Sunset'])} " \
         f"{r.choice(['St', 'Ave', 'Dr', 'Blvd', 'Ln', 'Rd', 'Ct'])}"
    if r.random() < 0.35:
        l1 += r.choice([f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Unit {r.randint(100, 480)}", f" #{r.randint(2, 60)}"])
    return [l1, f"{town}, {st} {z}{_d(r, 2)}"], town


def _a_gb(r):
    town, a = r.choice([("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"), ("Cardiff", "CF"),
                        ("York", "YO"), ("Brighton", "BN"), ("Nottingham", "NG"), ("Sheffield", "S")])
    pc = f"{a}{r.randint(1, 28)} {r.randint(1, 9)}{_L(r, 2)}"
    l1 = f"{r.randint(1, 212)} {r.choice(['Station Road', 'Church Lane', 'Victoria Street', 'Mill Lane', 'Park Road', 'Grove Avenue', 'Queens Road', 'The Crescent', 'Albert Terrace'])}"
    lines = [l1, town, pc]
    if r.random() < 0.3:
        lines.insert(0, f"Flat {r.randint(1, 12)}")
    return lines, town


def _a_ca(r):
    town, pr, fsa = r.choice([("Toronto", "ON", "M4C"), ("Ottawa", "ON", "K1S"), ("Calgary", "AB", "T2N"),
                              ("Vancouver", "BC", "V5K"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T")])
    l1 = f"{r.randint(10, 4999)} {r.choice(['Queen St E', 'Bank St', 'Kensington Rd NW', 'Commercial Dr', 'Robie St', 'Pembina Hwy'])}"
    if r.random() < 0.35:
        l1 = f"Unit {r.randint(101, 1804)}, " + l1
    return [l1, f"{town}, {pr} {fsa} {r.randint(1, 9)}{_L(r, 1, 'ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"], town


def _a_au(r):
    sub, stt, pc, city = r.choice([("Newtown", "NSW", "2042", "Sydney"), ("Fitzroy", "VIC", "3065", "Melbourne"),
                                   ("Paddington", "QLD", "4064", "Brisbane"), ("Fremantle", "WA", "6160", "Fremantle"),
                                   ("Glenelg", "SA", "5045", "Adelaide"), ("Sandy Bay", "TAS", "7005", "Hobart")])
    num = f"{r.randint(1, 240)}"
    if r.random() < 0.35:
        num = f"{r.randint(1, 18)}/{num}"
    return [f"{num} {r.choice(['King St', 'Brunswick Rd', 'Marine Pde', 'Bay Rd', 'Wattle Ave', 'Sandy Bay Rd'])}",
            f"{sub} {stt} {pc}"], city


def _a_in(r):
    town, pin = r.choice([("Pune", "4110"), ("Bengaluru", "5600"), ("Chennai", "6000"), ("Hyderabad", "5000"),
                          ("Kochi", "6820"), ("Jaipur", "3020")])
    return [f"Flat {r.randint(1, 14)}0{r.randint(1, 8)}, {r.choice(['Sai Krupa Apartments', 'Green Valley Residency', 'Shanti Niketan CHS', 'Lakshmi Towers'])}",
            f"{r.choice(['14th Cross, Indiranagar', 'MG Road, Kothrud', 'Anna Salai, Teynampet', '2nd Main, Jayanagar', 'Banjara Hills Road No. 3'])}",
            f"{town} - {pin}{_d(r, 2)}"], town


def _a_ie(r):
    town, rk = r.choice([("Dublin 6", "D06"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
                         ("Kilkenny", "R95"), ("Sligo", "F91")])
    pool = "ACDEFHKNPRTVWXY0123456789"
    ek = f"{rk} {_L(r, 1, 'ACDEFHKNPRTVWXY')}{_L(r, 3, pool)}"
    return [f"{r.randint(1, 88)} {r.choice(['Main Street', 'Castle Road', 'Seaview Park', 'Church Avenue', 'Orchard Lane', 'Ashgrove Close'])}",
            town, ek], town.split()[0]


def _a_za(r):
    sub, city, pc = r.choice([("Rondebosch", "Cape Town", "7700"), ("Observatory", "Cape Town", "7925"),
                              ("Melville", "Johannesburg", "2092"), ("Parkhurst", "Johannesburg", "2193"),
                              ("Morningside", "Durban", "4001"), ("Hatfield", "Pretoria", "0083")])
    return [f"{r.randint(2, 160)} {r.choice(['Main', 'Long', 'Kloof', 'Jan Smuts', 'Voortrekker', 'Beach', '4th'])} {r.choice(['Street', 'Road', 'Avenue'])}",
            sub, f"{city}, {pc}"], city


def _a_nz(r):
    sub, city, pc = r.choice([("Ponsonby", "Auckland", "1011"), ("Kelburn", "Wellington", "6012"),
                              ("Riccarton", "Christchurch", "8011"), ("Roslyn", "Dunedin", "9010"),
                              ("Hillcrest", "Hamilton", "3216")])
    return [f"{r.randint(2, 160)}{r.choice(['', '', 'A', 'B'])} {r.choice(['Jervois Road', 'Upland Road', 'Clyde Road', 'Highgate', 'Cambridge Road', 'Karaka Street'])}",
            sub, f"{city} {pc}"], city


def _a_sg(r):
    blk = r.randint(101, 889)
    return [f"Blk {blk} {r.choice(['Tampines St 21', 'Ang Mo Kio Ave 3', 'Bedok North Rd', 'Jurong West St 42', 'Toa Payoh Lor 1'])}",
            f"#{r.randint(2, 16):02d}-{r.randint(10, 380)}", f"Singapore {r.choice('3456')}{_d(r, 2)}{blk}"], "Singapore"


def _a_ph(r):
    city, pc = r.choice([("Quezon City", "1100"), ("Makati City", "1200"), ("Cebu City", "6000"), ("Davao City", "8000"),
                         ("Pasig City", "1600"), ("Iloilo City", "5000")])
    return [f"{r.randint(3, 220)} {r.choice(['Rizal', 'Mabini', 'Bonifacio', 'Luna', 'Burgos'])} St., Brgy. {r.choice(['San Isidro', 'Poblacion', 'Santo Niño', 'Malanday', 'Kapitolyo'])}",
            f"{city} {pc}"], city


def _a_ng(r):
    area, city, pc = r.choice([("Ikeja", "Lagos", "100271"), ("Surulere", "Lagos", "101283"), ("Lekki", "Lagos", "106104"),
                               ("Wuse II", "Abuja", "904101"), ("Bodija", "Ibadan", "200284"), ("Independence Layout", "Enugu", "400102")])
    return [f"{r.randint(2, 90)} {r.choice(['Adeola Odeku', 'Awolowo', 'Allen', 'Bode Thomas', 'Aminu Kano'])} {r.choice(['Street', 'Road', 'Avenue', 'Crescent'])}",
            f"{area}, {city} {pc}"], city


def _a_ke(r):
    area, city, pc = r.choice([("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"), ("Karen", "Nairobi", "00502"),
                               ("Nyali", "Mombasa", "80100"), ("Milimani", "Kisumu", "40100"), ("Section 58", "Nakuru", "20100")])
    return [f"Hse No. {r.randint(2, 90)}, {r.choice(['Lenana Road', 'Argwings Kodhek Road', 'Muthangari Drive', 'Links Road', 'Oginga Odinga Street'])}, {area}",
            f"{city} {pc}"], city


def _a_de(r):
    town, pcs = r.choice([("Berlin", ["10437", "10967", "12047"]), ("Hamburg", ["22767", "20357"]), ("München", ["80331", "81667"]),
                          ("Köln", ["50667", "50823"]), ("Leipzig", ["04109", "04275"]), ("Freiburg im Breisgau", ["79098"]),
                          ("Bremen", ["28195", "28203"])])
    return [f"{r.choice(['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Schillerstraße', 'Lindenallee', 'Am Markt', 'Goethestraße', 'Kastanienweg'])} {r.randint(1, 120)}{r.choice(['', '', '', 'a', 'b'])}",
            f"{r.choice(pcs)} {town}"], town


def _a_fr(r):
    town, pcs = r.choice([("Lyon", ["69003", "69007"]), ("Nantes", ["44000"]), ("Bordeaux", ["33000", "33800"]), ("Lille", ["59000"]),
                          ("Toulouse", ["31000", "31400"]), ("Rennes", ["35000"]), ("Montpellier", ["34000"])])
    l1 = f"{r.randint(1, 140)}{r.choice(['', '', '', ' bis'])} {r.choice(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'rue de la République', 'impasse des Tilleuls', 'chemin du Moulin'])}"
    lines = [l1, f"{r.choice(pcs)} {town}"]
    if r.random() < 0.3:
        lines.insert(0, f"Appt {r.randint(1, 40)}, {r.choice(['Bât. B', 'Résidence Les Pins', '3e étage'])}")
    return lines, town


def _a_es(r):
    town, pcs = r.choice([("Madrid", ["28013", "28045"]), ("Sevilla", ["41003"]), ("Valencia", ["46002", "46021"]),
                          ("Zaragoza", ["50001"]), ("Málaga", ["29012"]), ("Bilbao", ["48009"])])
    return [f"{r.choice(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Calle Real', 'Calle San Vicente', 'Paseo de la Castellana'])}, {r.randint(1, 200)}, {r.randint(1, 8)}º {r.choice('ABCD')}",
            f"{r.choice(pcs)} {town}"], town


def _a_cat(r):
    town, pcs = r.choice([("Barcelona", ["08008", "08012", "08025"]), ("Girona", ["17002"]), ("Lleida", ["25002"]),
                          ("Tarragona", ["43001"]), ("Sabadell", ["08201"]), ("Vic", ["08500"])])
    return [f"{r.choice(['Carrer de Mallorca', 'Carrer de Verdi', 'Passeig de Sant Joan', 'Carrer Major', 'Rambla de Catalunya', 'Carrer de la Riera'])}, {r.randint(1, 300)}, {r.randint(1, 6)}{r.choice(['r', 'n', 'r', 't'])} {r.randint(1, 4)}a",
            f"{r.choice(pcs)} {town}"], town


def _a_it(r):
    town, pr, pcs = r.choice([("Milano", "MI", ["20121", "20135"]), ("Roma", "RM", ["00153", "00185"]), ("Torino", "TO", ["10123"]),
                              ("Bologna", "BO", ["40126"]), ("Napoli", "NA", ["80134"]), ("Firenze", "FI", ["50122"])])
    l1 = f"{r.choice(['Via Roma', 'Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Via del Pratello'])}, {r.randint(1, 180)}"
    if r.random() < 0.3:
        l1 += f", scala {r.choice('ABC')}, int. {r.randint(1, 20)}"
    return [l1, f"{r.choice(pcs)} {town} ({pr})"], town


def _a_nl(r):
    town, pcs = r.choice([("Amsterdam", ["1017", "1053"]), ("Utrecht", ["3511", "3582"]), ("Rotterdam", ["3012", "3039"]),
                          ("Groningen", ["9711"]), ("Haarlem", ["2011"]), ("Eindhoven", ["5611"])])
    return [f"{r.choice(['Kerkstraat', 'Prinsengracht', 'Dorpsstraat', 'Molenweg', 'Julianalaan', 'Schoolstraat'])} {r.randint(1, 260)}{r.choice(['', '', '-2', ' A', '-hs'])}",
            f"{r.choice(pcs)} {_L(r, 2, 'ABCEGHJKLMNPRSTVWXZ')} {town}"], town


def _a_br(r):
    town, uf, bairro, cep = r.choice([("São Paulo", "SP", "Pinheiros", "05422"), ("Rio de Janeiro", "RJ", "Copacabana", "22041"),
                                      ("Belo Horizonte", "MG", "Savassi", "30140"), ("Curitiba", "PR", "Batel", "80420"),
                                      ("Recife", "PE", "Boa Viagem", "51020"), ("Porto Alegre", "RS", "Moinhos de Vento", "90570")])
    l1 = f"{r.choice(['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Av. Atlântica', 'Rua da Aurora'])}, {r.randint(10, 2900)}"
    if r.random() < 0.4:
        l1 += f", apto {r.randint(11, 184)}"
    return [l1, f"{bairro}, {town} - {uf}", f"{cep}-{_d(r, 3)}"], town


def _a_pl(r):
    town, pcs = r.choice([("Warszawa", ["00-238", "02-495"]), ("Kraków", ["30-001", "31-042"]), ("Gdańsk", ["80-802"]),
                          ("Wrocław", ["50-001", "53-333"]), ("Poznań", ["60-101", "61-766"]), ("Łódź", ["90-001"])])
    return [f"ul. {r.choice(['Długa', 'Polna', 'Kwiatowa', 'Mickiewicza', 'Słowackiego', 'Lipowa'])} {r.randint(1, 90)}{r.choice(['', '/' + str(r.randint(1, 40))])}",
            f"{r.choice(pcs)} {town}"], town


def _a_tr(r):
    dist, city, pc = r.choice([("Kadıköy", "İstanbul", "34710"), ("Beşiktaş", "İstanbul", "34353"), ("Çankaya", "Ankara", "06690"),
                               ("Karşıyaka", "İzmir", "35540"), ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100")])
    return [f"{r.choice(['Caferağa', 'Moda', 'Bahçelievler', 'Atatürk', 'Cumhuriyet'])} Mah. {r.choice(['Bağdat Cad.', 'Gül Sok.', 'İnönü Cad.', 'Lale Sok.'])} No: {r.randint(1, 140)} D: {r.randint(1, 24)}",
            f"{pc} {dist}/{city}"], city


def _a_ro(r):
    town, pcs = r.choice([("București", ["010512", "030167"]), ("Cluj-Napoca", ["400001"]), ("Iași", ["700259"]),
                          ("Timișoara", ["300001"]), ("Brașov", ["500030"]), ("Constanța", ["900178"])])
    l1 = f"Str. {r.choice(['Mihai Eminescu', 'Florilor', 'Libertății', 'Avram Iancu', 'Zorilor'])} nr. {r.randint(1, 120)}"
    if r.random() < 0.5:
        l1 += f", bl. {r.choice('ABCM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}"
    return [l1, f"{r.choice(pcs)} {town}"], town


def _a_si(r):
    town, pc = r.choice([("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"), ("Novo mesto", "8000")])
    return [f"{r.choice(['Slovenska cesta', 'Trubarjeva ulica', 'Cankarjeva ulica', 'Gosposvetska cesta', 'Prešernova ulica', 'Ulica talcev'])} {r.randint(1, 60)}{r.choice(['', '', 'a'])}",
            f"{pc} {town}"], town


def _a_ee(r):
    town, pc = r.choice([("Tallinn", "10117"), ("Tallinn", "10150"), ("Tartu", "51004"), ("Pärnu", "80010"), ("Narva", "20308"), ("Viljandi", "71004")])
    return [f"{r.choice(['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Kalevi tn', 'Riia tn', 'Mere pst'])} {r.randint(1, 90)}{r.choice(['', '-' + str(r.randint(1, 40))])}",
            f"{pc} {town}"], town


def _a_lt(r):
    town, pc = r.choice([("Vilnius", "LT-01103"), ("Kaunas", "LT-44280"), ("Klaipėda", "LT-92127"), ("Šiauliai", "LT-76285"), ("Panevėžys", "LT-35173")])
    return [f"{r.choice(['Gedimino pr.', 'Laisvės al.', 'Vilniaus g.', 'Pylimo g.', 'Savanorių pr.', 'Taikos pr.'])} {r.randint(1, 90)}{r.choice(['', '-' + str(r.randint(1, 40))])}",
            f"{pc} {town}"], town


_ADDR = {"US": _a_us, "GB": _a_gb, "CA": _a_ca, "AU": _a_au, "IN": _a_in, "IE": _a_ie, "ZA": _a_za, "NZ": _a_nz,
         "SG": _a_sg, "PH": _a_ph, "NG": _a_ng, "KE": _a_ke, "DE": _a_de, "FR": _a_fr, "ES": _a_es, "CAT": _a_cat,
         "IT": _a_it, "NL": _a_nl, "BR": _a_br, "PL": _a_pl, "TR": _a_tr, "RO": _a_ro, "SI": _a_si, "EE": _a_ee,
         "LT": _a_lt}


# ----------------------------------------------------------------------------- context / value makers
_NUM_DOB = {
    "US": ["mdy/", "mdy/", "iso", "mdy-"], "PH": ["mdy/", "mdy/", "iso"], "CA": ["iso", "dmy/", "mdy/"],
    "GB": ["dmy/"], "IE": ["dmy/", "dmy-"], "AU": ["dmy/"], "NZ": ["dmy/"], "ZA": ["iso", "dmy/"], "IN": ["dmy/", "dmy-"],
    "SG": ["dmy/"], "NG": ["dmy/", "dmy-"], "KE": ["dmy/"], "DE": ["dmy."], "FR": ["dmy/"], "ES": ["dmy/", "dmy-"],
    "CAT": ["dmy/"], "IT": ["dmy/"], "NL": ["dmy-"], "BR": ["dmy/"], "PL": ["dmy.", "iso"], "TR": ["dmy.", "dmy/"],
    "RO": ["dmy."], "SI": ["dmy.", "si"], "EE": ["dmy."], "LT": ["iso"],
}
_LANG = {"US": "en_us", "PH": "en_us", "CA": "en_us", "DE": "de", "FR": "fr", "ES": "es", "CAT": "ca", "IT": "it",
         "NL": "nl", "BR": "pt", "TR": "tr", "RO": "ro"}


def _fmt_date(d: _dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "mdy-":
        return f"{m:02d}-{dd:02d}-{y}"
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "iso":
        return d.isoformat()
    if style == "si":
        return f"{dd}. {m}. {y}"
    if style == "en_us":
        return f"{_MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "en":
        return f"{dd} {_MONTHS['en'][m - 1]} {y}"
    if style == "de":
        return f"{dd}. {_MONTHS['de'][m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{dd} de {_MONTHS[style][m - 1]} de {y}"
    if style == "ca":
        mn = _MONTHS["ca"][m - 1]
        return f"{dd} {'d’' if mn[0] in 'aeiou' else 'de '}{mn} de {y}"
    if style == "tl":
        return f"{_MONTHS['tl'][m - 1]} {dd}, {y}"
    return f"{dd} {_MONTHS[style][m - 1]} {y}"  # fr it nl tr ro


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum())).lower()


class Ctx:
    def __init__(self, r: random.Random, cc: str):
        self.r = r
        self.cc = cc
        floc, self.region = _LOC[cc]
        self.fk = None
        if floc:
            self.fk = _faker(floc)
            self.fk.seed_instance(r.getrandbits(48))

    # names ---------------------------------------------------------------
    def first(self) -> str:
        if self.fk is None:
            return self.r.choice(_OWN_NAMES[self.cc][0])
        return self.fk.first_name()

    def other(self, *names) -> str:
        for _ in range(20):
            x = self.first()
            if x not in names:
                return x
        return x

    def last(self) -> str:
        if self.fk is None:
            return self.r.choice(_OWN_NAMES[self.cc][1])
        return self.fk.last_name()

    def email(self, first: str | None = None, last: str | None = None) -> str:
        r = self.r
        f = _ascii(first or self.first()) or "info"
        la = _ascii(last or self.last()) or "mail"
        local = r.choice([f"{f}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{f[0]}.{la}", f"{f}_{la[0]}", f"{la}.{f}",
                          f"{f}{r.randint(70, 2005)}"])
        return f"{local}@{r.choice(_MAILS[self.cc])}"

    # places ---------------------------------------------------------------
    def addr_lines(self):
        return _ADDR[self.cc](self.r)

    def addr(self, sep=", "):
        lines, town = self.addr_lines()
        return sep.join(lines), town

    def street(self):
        return self.addr_lines()[0][0]

    def town(self):
        return self.addr_lines()[1]

    # phone ---------------------------------------------------------------
    def phone(self, kind="m", fmt=None):
        return _phone(self.r, self.region, kind, fmt)

    # dates ---------------------------------------------------------------
    def dob(self, style=None):
        d = TODAY - _dt.timedelta(days=self.r.randint(18 * 365 + 5, 82 * 365))
        return _fmt_date(d, self._style(style))

    def date(self, style=None, back=400, fwd=0):
        d = TODAY + _dt.timedelta(days=self.r.randint(-back, fwd))
        return _fmt_date(d, self._style(style))

    def _style(self, style):
        if style == "long":
            return _LANG.get(self.cc, "en")
        if style is None and self.r.random() < 0.2:
            return _LANG.get(self.cc, "en")
        if style in (None, "num"):
            return self.r.choice(_NUM_DOB[self.cc])
        return style


_PT = _pn.PhoneNumberType


def _phone(r, region, kind="m", fmt=None):
    t = _PT.MOBILE if kind == "m" else _PT.FIXED_LINE
    ex = _pn.example_number_for_type(region, t)
    nsn = _pn.national_significant_number(ex)
    cc = ex.country_code
    num = ex
    for keep in (1, 2, 3, len(nsn) - 4):
        ok = False
        for _ in range(300):
            cand = nsn[:keep] + _d(r, len(nsn) - keep)
            num = _pn.parse(f"+{cc}{cand}")
            if _pn.is_valid_number(num) and _pn.number_type(num) in (t, _PT.FIXED_LINE_OR_MOBILE):
                ok = True
                break
        if ok:
            break
    fmt = fmt or r.choice(["nat", "nat", "intl", "e164", "alt"])
    if fmt == "e164":
        s = _pn.format_number(num, _pn.PhoneNumberFormat.E164)
    elif fmt == "intl":
        s = _pn.format_number(num, _pn.PhoneNumberFormat.INTERNATIONAL)
    else:
        s = _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL)
        if fmt == "alt":
            if region in ("US", "CA"):
                n = _pn.national_significant_number(num)
                sep = r.choice(["-", ".", " "])
                s2 = f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"
            else:
                s2 = s.replace(" ", "")
            s = s2 if _valid(s2, region) else s
    assert _valid(s, region), (s, region)
    return s


def _valid(s, region):
    try:
        return _pn.is_valid_number(_pn.parse(s, region))
    except _pn.NumberParseException:
        return False


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = _ALNUM + "./"


def _s(r, n, pool=_ALNUM):
    return "".join(r.choice(pool) for _ in range(n))


def card(r, brand=None, sep=None):
    brand = brand or r.choice(["visa", "visa", "mc", "amex", "mc2"])
    if brand == "amex":
        n = _luhn(r, r.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        n = _luhn(r, {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": "2" + str(r.randint(221, 720))}[brand], 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    return sep.join(groups)


def masked_card(r):
    l4 = _d(r, 4)
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{r.choice(['4', '5'])}{_d(r, 5)}******{l4}",
                     f"•••• {l4}", f"ending {l4}"])


def ssn(r, sep="-"):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bank_acct(r):
    return str(r.randint(1, 9)) + _d(r, r.randint(7, 11))


def routing(r):
    while True:
        d = [int(x) for x in str(r.choice([0, 1, 2, 3])) + _d(r, 7)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


def iban(r, cc, spaced=None):
    s = _iban_of(r, cc)
    spaced = r.random() < 0.5 if spaced is None else spaced
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def priv_ip(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])


_PW_WORDS = ["Sunflower", "tigers", "Ronaldo", "bellavista", "Marmalade", "kangaroo", "Qwerty", "dragon", "Liverpool",
             "Mango", "blessing", "Karibu", "Maravilla", "Schatz", "soleil", "Kalamaja", "Mariposa", "Istanbul",
             "pandesal", "Ljubezen", "Chelsea", "Buttercup"]


def password(r):
    w = r.choice(_PW_WORDS)
    return r.choice([f"{w}{r.randint(1, 2026)}{r.choice('!@#$%&*?')}", f"{w}{r.choice(['_', '.', '-'])}{r.randint(10, 99)}",
                     _s(r, r.randint(10, 16), _ALNUM + "!@#$%^&*"), f"{r.choice('!#')}{w.lower()}{_d(r, 3)}{w[0].upper()}",
                     f"{w[:4]}{r.choice('@$')}{_d(r, 4)}{r.choice(_ALNUM)}"])


def api_key(r):
    return r.choice([
        f"sk_live_{_s(r, 24)}", f"sk_test_{_s(r, 24)}", f"ghp_{_s(r, 36)}",
        f"xoxb-{_d(r, 11)}-{_d(r, 12)}-{_s(r, 24)}", f"SG.{_s(r, 22)}.{_s(r, 43)}",
        f"AIza{_s(r, 35, _ALNUM + '-_')}", f"sk-proj-{_s(r, 48)}", f"glpat-{_s(r, 20)}",
    ])


def pub_key(r):
    return r.choice([f"pk_live_{_s(r, 24)}", f"pk_test_{_s(r, 24)}", f"AC{_s(r, 32, '0123456789abcdef')}"])


def bcrypt(r):
    return f"$2b$12${_s(r, 53, _B64)}"


def argon2(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${_s(r, 22)}${_s(r, 43)}"


def sha256(r):
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def imei(r):
    return _luhn(r, "35" + _d(r, 4), 15)


def version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 4)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                     f"Chrome/{r.randint(110, 131)}.0.{r.randint(5000, 6800)}.{r.randint(10, 200)}", f"build {r.randint(2020, 2026)}.{r.randint(1, 12)}.{r.randint(100, 999)}"])


def gps(r):
    return f"{r.uniform(-40, 60):.5f}, {r.uniform(-120, 150):.5f}"


def ts(r, iso=True):
    d = _dt.datetime(2026, 11, 27, 9, 0, 0) - _dt.timedelta(seconds=r.randint(0, 90 * 86400))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ") if iso else d.strftime("%Y-%m-%d %H:%M:%S")


def hhmm(r):
    return f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"


def ref(r, pfx):
    return f"{pfx}{_d(r, r.randint(5, 8))}"


def swift(r):
    return r.choice(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "INGBNL2A", "CHASUS33", "BSCHESMM", "UNCRITMM", "BPKOPLPW", "SBININBB104"])


def amount(r, cur="$"):
    return f"{cur}{r.randint(5, 4800)}.{r.randint(0, 99):02d}" if cur in "$£€R" else f"{r.randint(5, 48000)},{r.randint(0, 99):02d} {cur}"


# ----------------------------------------------------------------------------- templates: English
def t_us_support_mail(r):
    c = Ctx(r, "US")
    f, la = c.first(), c.last()
    a, _ = c.addr("\n")
    ag = c.first()
    return S("Subject: Re: order «ord» never arrived\n\nHi «ag»,\n\nStill nothing on my end. Tracking «trk» says "
             "delivered but it isn't here. Can you resend to the address below?\n\nThanks,\n«f» «la»\n«a»\n«ph»\n\n"
             "On «dt», «ag2» <«sup»> wrote:\n> Hi «f2», sorry to hear that. Could you confirm the shipping address "
             "for order «ord»?\n> «ag3» | Customer Care",
             ord=ref(r, "#"), ag=P(ag), trk=f"1Z{_s(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{_d(r, 10)}", f=P(f), la=P(la),
             a=ADDR(a), ph=PH(c.phone()), dt=c.date("en_us", 20), ag2=P(ag), sup=EM(r.choice(["support@brightcart.com", "help@dormio.com"])),
             f2=P(f), ag3=P(ag))


def t_gb_forward(r):
    c = Ctx(r, "GB")
    f, la = c.first(), c.last()
    lines, town = c.addr_lines()
    return S("---------- Forwarded message ---------\nFrom: «f» «la» <«em»>\nDate: «dt»\nSubject: change of details\n"
             "To: «acc»\n\nHello, I've moved house, my new address is:\n«a»\n\nMy date of birth is «dob» if you need it "
             "to find the account. The card on file («mc») has expired too.\nCheers, «f2»",
             f=P(f), la=P(la), em=EM(c.email(f, la)), dt=c.date("en", 30), acc=EM("accounts@northfieldenergy.co.uk"),
             a=ADDR("\n".join(lines)), dob=DOB(c.dob()), mc=masked_card(r), f2=P(f))


def t_au_whatsapp(r):
    c = Ctx(r, "AU")
    a = c.first()
    b = c.other(a)
    d = c.date("dmy/", 60)
    pet = r.choice(["Biscuit", "Max", "Pickles", "Rosie"])
    return S("[«d», 09:14:22] «a»: hey are you still ok to feed «pet» while we're in «loc»?\n"
             "[«d», 09:20:03] «b»: yep no worries. gate code still «code»?\n"
             "[«d», 09:21:47] «a»: yeah. and if anything happens call «dan» on «ph»\n"
             "[«d», 09:22:10] «b»: 👍 address is «st» right",
             d=d, a=P(a), pet=pet, loc=LOC(r.choice(["Bali", "Fiji", "Japan", "New Zealand", "Queenstown"])), b=P(b),
             code=_d(r, 4), dan=P(c.first()), ph=PH(c.phone("m")), st=ADDR(c.street()))


def t_in_teams(r):
    c = Ctx(r, "IN")
    a, b = f"{c.first()} {c.last()}", f"{c.first()} {c.last()}"
    return S("«a»  10:02 AM\nVPN creds for the new joiner pls? her laptop is at «pip»\n\n«b»  10:05 AM\n"
             "user: «u» / pwd: «pw»\nask her to change it on first login. Remote gateway is «ip»\n\n«a2»  10:06 AM\nthx 🙏",
             a=P(a), pip=priv_ip(r), b=P(b), u=_ascii(c.first())[:8] + _d(r, 2), pw=PW(password(r)), ip=IP(_ip_public_v4(r)),
             a2=P(a))


def t_us_slack_json(r):
    c = Ctx(r, "US")
    n = c.first()
    return S('{"type":"message","user":"U0{uid}","ts":"{t}","user_name":"«n»","text":"deploy is failing because the '
             'prod key rotated, new one is «k»  (publishable is «pk», that one is fine)"}\n'
             '{"type":"message","user":"U0{uid2}","ts":"{t2}","user_name":"«m»","text":"ok updated in vault, build «v» is green"}'
             .replace("{uid}", _s(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")).replace("{uid2}", _s(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
             .replace("{t}", f"17{_d(r, 8)}.{_d(r, 6)}").replace("{t2}", f"17{_d(r, 8)}.{_d(r, 6)}"),
             n=P(n), k=KEY(api_key(r)), pk=pub_key(r), m=P(c.first()), v=version(r))


def t_ca_livechat(r):
    c = Ctx(r, "CA")
    f, la = c.first(), c.last()
    ag = c.first()
    return S("Chat started: «tm»\n«ag» (Agent): Hi, thanks for contacting Maple Mobile! Who am I speaking with?\n"
             "Visitor: «f» «la»\n«ag» (Agent): Thanks «f». What's the best number to reach you?\nVisitor: «ph» or email «em»\n"
             "«ag» (Agent): Got it. I see a card ending «l4» and order «ord» for an iPhone 15, IMEI «imei».\nVisitor: yes that's it",
             tm=ts(r, False), ag=P(ag), f=P(f), la=P(la), ph=PH(c.phone()), em=EM(c.email(f, la)), l4=_d(r, 4), ord=ref(r, "MM-"),
             imei=imei(r))


def t_nz_sms(r):
    c = Ctx(r, "NZ")
    f = c.first()
    return S("From: «ph»\n«tm» Hi it's «f» from the bach booking, can we check in early? Booking ref «bk»\n"
             "To: «ph»\n«tm2» Kia ora «f», yes from 1pm. Door code is «code». Cheers, «h»\n"
             "From: «ph»\n«tm3» Sweet as, we're driving down from «loc» tonight",
             ph=PH(c.phone("m")), tm=hhmm(r), f=P(f), bk=_s(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), tm2=hhmm(r),
             code=_d(r, 4) + "#", h=P(c.first()), tm3=hhmm(r), loc=LOC(c.town()))


def t_us_ticket_notes(r):
    c = Ctx(r, "US")
    f, la = c.first(), c.last()
    return S("Ticket «tk» · Priority: High · Status: Pending\nRequester: «f» «la» <«em»>\n\nCustomer message:\n"
             "Please update direct deposit. Routing «rt», account «acct». My SSN is «ssn» for verification.\n\n"
             "--- Internal note («ag», «dt») ---\nVerified caller with DOB «dob» and last-4 of SSN («l4»). Routing "
             "alone is not enough, need voided check. Do NOT paste full SSN in notes next time.",
             tk=ref(r, "#"), f=P(f), la=P(la), em=EM(c.email(f, la)), rt=routing(r), acct=BANK(bank_acct(r)), ssn=SSN(ssn(r)),
             ag=P(c.first()), dt=c.date(None, 10), dob=DOB(c.dob()), l4=_d(r, 4))


def t_ie_call_note(r):
    c = Ctx(r, "IE")
    f, la = c.first(), c.last()
    a, _ = c.addr()
    return S("CALL NOTE «dt» – inbound – «ag»\nSpoke with «t» «la» re direct debit failing. Confirmed DOB «dob» and "
             "address «a». New IBAN «ib» (BIC «bic»). Best number «ph», prefers calls after 5. Ref «cl».",
             dt=c.date(None, 5), ag=P(c.first()), t=r.choice(["Mr", "Ms", "Mrs"]), la=P(la), dob=DOB(c.dob()), a=ADDR(a),
             ib=IBAN(iban(r, "IE")), bic=r.choice(["AIBKIE2D", "BOFIIE2D"]), ph=PH(c.phone()), cl=ref(r, "CL-"))


def t_za_transcript(r):
    c = Ctx(r, "ZA")
    f, la = c.first(), c.last()
    a, _ = c.addr(" ")
    return S("agent: thank you for calling lekker broadband my name is «ag» how can i help\ncaller: hi ja my name is "
             "«f» «la» my fibre has been down since «dy»\nagent: sorry about that can i get your date of birth please\n"
             "caller: «dob»\nagent: and the installation address\ncaller: «a»\nagent: thanks and a contact number\n"
             "caller: «ph»\nagent: okay i've logged fault «flt» a technician from our «br» depot will call",
             ag=P(c.first().lower()), f=P(f.lower()), la=P(la.lower()), dy=r.choice(["monday", "friday", "the weekend"]),
             dob=DOB(c.dob("iso" if r.random() < 0.5 else "dmy/")), a=ADDR(a.lower()), ph=PH(c.phone("m", "nat")),
             flt=ref(r, "FLT"), br=r.choice(["bellville", "randburg", "umhlanga"]))


def t_us_form_dump(r):
    c = Ctx(r, "US")
    f, la = c.first(), c.last()
    a, _ = c.addr()
    return S("Application ID: «aid»\nFull Name: «la», «f»\nDate of Birth: «dob»\nSSN: «ssn»\nPhone: «ph»\nEmail: «em»\n"
             "Home Address: «a»\nEmployer: «emp»\nMonthly income: «amt»\nReferral code: «rc»\nSubmitted: «t»",
             aid=uid(r), la=P(la), f=P(f), dob=DOB(c.dob()), ssn=SSN(ssn(r)), ph=PH(c.phone()), em=EM(c.email(f, la)),
             a=ADDR(a), emp=r.choice(["Johnson & Johnson", "Wendy's", "Dell Technologies", "Trader Joe's"]), amt=amount(r),
             rc=_s(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), t=ts(r))


def t_gb_kv_log(r):
    c = Ctx(r, "GB")
    f, la = c.first(), c.last()
    return S("«t» INFO auth.login result=success user_id=«uid» email=«em» ip=«ip» ua=\"«v»\" session=«sess» mfa=totp\n"
             "«t2» WARN auth.login result=failure email=«em2» ip=«pip» reason=bad_password attempts=«n»",
             t=ts(r), uid=_d(r, 7), em=EM(c.email(f, la)), ip=IP(_ip_public_v4(r)), v=version(r), sess=_s(r, 32, "0123456789abcdef"),
             t2=ts(r), em2=EM(c.email()), pip=priv_ip(r), n=r.randint(2, 6))


def t_sg_jsonl(r):
    c = Ctx(r, "SG")
    f, la = c.first(), c.last()
    return S('{"event":"signup","ts":"«t»","name":"«n»","email":"«em»","mobile":"«ph»","ip":"«ip»","password":"«pw»",'
             '"password_hash":"«bh»","plan":"pro"}\n{"event":"verify_sms","ts":"«t2»","otp":"«otp»","request_id":"«rid»"}',
             t=ts(r), n=P(f"{la} {f}"), em=EM(c.email(f, la)), ph=PH(c.phone("m")), ip=IP(_ip_public_v6(r) if r.random() < 0.4 else _ip_public_v4(r)),
             pw=PW(password(r)), bh=bcrypt(r), t2=ts(r), otp=_d(r, 6), rid=uid(r))


def t_access_log(r):
    c = Ctx(r, r.choice(["US", "GB", "AU"]))
    return S('«ip» - - [«d»] "GET /account/unsubscribe?email=«em»&list=weekly HTTP/1.1" 200 512 "-" "Mozilla/5.0 «v»"\n'
             '«pip» - - [«d»] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n'
             '«ip2» - - [«d»] "POST /api/v2/orders/«oid» HTTP/1.1" 201 88 "-" "okhttp/4.12.0"',
             ip=IP(_ip_public_v4(r)), d=f"{r.randint(10, 28)}/Nov/2026:{hhmm(r)}:{r.randint(10, 59)} +0000", em=EM(c.email()),
             v=version(r), pip=priv_ip(r), ip2=IP(_ip_public_v6(r)), oid=uid(r))


def t_app_trace(r):
    pw = password(r).replace("@", "%").replace(":", "x").replace("/", "x")
    return S("ERROR «t» [worker-3] sqlalchemy.exc.OperationalError: could not connect to server\n"
             "  url=postgresql://crm_app:«pw»@«pip»:5432/crm\n  retry 3/5 in 2s (trace_id=«tr»)\n"
             "  File \"/srv/app/db.py\", line 88, in connect\nINFO «t» health check ok, release «v»",
             t=ts(r, False), pw=PW(pw), pip=priv_ip(r), tr=_s(r, 32, "0123456789abcdef"), v=version(r))


def t_env_config(r):
    return S("# .env.production – do not commit\nAPP_VERSION=«v»\nSTRIPE_SECRET_KEY=«sk»\nSTRIPE_PUBLISHABLE_KEY=«pk»\n"
             "TWILIO_ACCOUNT_SID=AC«sid»\nSMTP_HOST=smtp.mailgun.org\nSMTP_USER=«smu»\nSMTP_PASSWORD=«pw»\nSUPPORT_EMAIL=«sup»\n"
             "REDIS_URL=redis://«pip»:6379/0\nSESSION_SECRET_SHA=«h»",
             v=version(r), sk=KEY(f"sk_live_{_s(r, 24)}"), pk=f"pk_live_{_s(r, 24)}", sid=_s(r, 32, "0123456789abcdef"),
             smu=EM(f"postmaster@mg.{r.choice(['helpdeskly.io', 'crmnest.com', 'ticketowl.app'])}"), pw=PW(password(r)),
             sup=EM(r.choice(["support@helpdeskly.io", "care@crmnest.com"])), pip=priv_ip(r), h=sha256(r))


def t_au_ocr(r):
    c = Ctx(r, "AU")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("NEW CUSTOMER APPLICAT1ON\nSurname: «LA»    Given names: «f»\nD.O.B: «dob»   Sex: «sx»\nResidential address: «a1» "
             "«a2»\nMobile: «ph»  Email: «em»\nDrivers licence no: «dl»  State: «st»\nSignature: ______  Date: «d»",
             LA=P(la.upper()), f=P(f), dob=DOB(c.dob("dmy/")), sx=r.choice("MF"), a1=ADDR(lines[0]), a2=ADDR(lines[1]),
             ph=PH(c.phone("m", "nat")), em=EM(c.email(f, la)), dl=_d(r, 8), st=r.choice(["NSW", "VIC", "QLD"]), d=c.date("dmy/", 20))


def t_ng_sheet(r):
    c = Ctx(r, "NG")
    rows = []
    kw = {}
    for i in range(3):
        kw[f"n{i}"] = P(f"{c.first()} {c.last()}")
        kw[f"p{i}"] = PH(c.phone("m", "nat"))
        kw[f"c{i}"] = LOC(c.town())
        kw[f"a{i}"] = f"₦{r.randint(5, 950)},{_d(r, 3)}"
        kw[f"r{i}"] = ref(r, "INV-")
        rows.append(f"«n{i}»\t«p{i}»\t«c{i}»\t«a{i}»\t«r{i}»")
    return S("Customer Name\tPhone\tCity\tBalance\tInvoice\n" + "\n".join(rows), **kw)


def t_notifications(r):
    c = Ctx(r, r.choice(["US", "GB", "CA"]))
    return S("[Notification] Your order «o» has shipped – arriving «d»\n[Notification] New sign-in to your account from «ip» "
             "(«city»)\n[Notification] «f» «la» commented on ticket «tk»\n[Notification] Payment of «amt» received, card «mc»",
             o=ref(r, "#"), d=c.date(None, 0, 7), ip=IP(_ip_public_v4(r)), city=r.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux"]),
             f=P(c.first()), la=P(c.last()), tk=ref(r, "#"), amt=amount(r), mc=masked_card(r))


def t_release_notes(r):
    return S("Release «v» («d»)\n- Fixed race in webhook retries (commit «h»)\n- Bumped openssl to «v2»\n- Migration «u» adds "
             "index on tickets(created_at)\n- Staging now at «pip»; prod LB unchanged\n- Thanks to the Hopper Labs team!",
             v=version(r), d=f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}", h=_s(r, 40, "0123456789abcdef"),
             v2=f"3.{r.randint(0, 4)}.{r.randint(0, 12)}", u=uid(r), pip=priv_ip(r))


def t_policy_notice(r):
    return S("Service update: from «d», our «br» and «br2» branches will open 09:00–17:30. Late fees rise to «amt» per "
             "month. Claim references (e.g. «cl») stay the same. Questions? Visit the help centre.",
             d=f"{r.randint(1, 28)} {r.choice(_MONTHS['en'])} 2026", br=r.choice(["Croydon", "Leeds", "Parramatta", "Mississauga"]),
             br2=r.choice(["Bristol", "Geelong", "Surrey"]), amt=amount(r, "£"), cl=ref(r, "CLM-"))


def t_ke_landlord(r):
    c = Ctx(r, "KE")
    f, la = c.first(), c.last()
    return S("Dear «t» «la»,\n\nThis is to confirm receipt of rent for «mo» via M-Pesa (transaction «tx», KES «amt»). "
             "Kindly note the caretaker's new number is «ph». Water will be off on «d».\n\nRegards,\n«l»\n"
             "Sunrise Court Management\n«a»\nTel: «ph2» | «em»",
             t=r.choice(["Mr.", "Ms.", "Mrs."]), la=P(la), mo=r.choice(_MONTHS["en"]), tx=_s(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
             amt=f"{r.randint(12, 95)},000", ph=PH(c.phone("m")), d=c.date("dmy/", 0, 20), l=P(f"{c.first()} {c.last()}"),
             a=ADDR(c.addr()[0]), ph2=PH(c.phone("f")), em=EM("accounts@sunrisecourt.co.ke"))


def t_ph_viber(r):
    c = Ctx(r, "PH")
    f, la = c.first(), c.last()
    a, _ = c.addr()
    return S("«f»: good pm po, i already paid via gcash ref no. «gc»\n«s»: thank you ma'am, kindly send full name, mobile "
             "and delivery address\n«f»: «f2» «la»\n«ph»\n«a»\n«f»: landmark is beside Jollibee",
             f=P(f), gc=_d(r, 13), s=P(c.first()), f2=P(f), la=P(la), ph=PH(c.phone("m", r.choice(["nat", "alt"]))), a=ADDR(a))


def t_us_dispute_call(r):
    c = Ctx(r, "US")
    f = c.first()
    return S("Call summary («d»): cardholder «f» «la» disputes charge of «amt» at «mer». Card number «cc», exp «exp», "
             "CVV given («cvv») – not stored. Case «cs» opened, provisional credit in 10 days. Callback «ph».",
             d=c.date(None, 3), f=P(f), la=P(c.last()), amt=amount(r), mer=r.choice(["Ben & Jerry's", "McDonald's", "Wendy's", "Dave & Buster's"]),
             cc=CC(card(r)), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", cvv=_d(r, 3), cs=ref(r, "DSP-"), ph=PH(c.phone()))


def t_gb_teams_reset(r):
    c = Ctx(r, "GB")
    a = c.first()
    b = c.other(a)
    return S("[«t»] «a»: can't get into the CRM, it's locked me out again\n[«t»] «b»: reset it, temp password is «pw» – "
             "you'll get a code by text too\n[«t»] «a»: got the code «otp», in now. cheers «b2»",
             t=hhmm(r), a=P(a), b=P(b), pw=PW(password(r)), otp=_d(r, 6), b2=P(b))


def t_ca_quoted_addr(r):
    c = Ctx(r, "CA")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("Hi «f»,\n\nYes, please send the replacement router to the address you have. Confirming it below.\n\n"
             "«ag»\nMaple Mobile Returns\n\n> On «d», «f2» «la» <«em»> wrote:\n> Ship it to:\n> «q1»\n> «q2»\n> Thanks!",
             f=P(f), ag=P(c.first()), d=c.date("en_us", 5), f2=P(f), la=P(la), em=EM(c.email(f, la)),
             q1=ADDR(lines[0]), q2=ADDR(lines[1]))


def t_au_ticket_move(r):
    c = Ctx(r, "AU")
    f, la = c.first(), c.last()
    return S("INC«n» | Customer: «f» «la» | moving interstate to «loc» next month, wants service transferred. Current "
             "address «a». Our «br» store can't do it, escalated. Contact «em» / «ph».",
             n=_d(r, 7), f=P(f), la=P(la), loc=LOC(r.choice(["Perth", "Darwin", "Hobart", "Cairns"])), a=ADDR(c.addr()[0]),
             br=r.choice(["Chadstone", "Parramatta", "Westfield Carindale"]), em=EM(c.email(f, la)), ph=PH(c.phone()))


def t_in_crm_messy(r):
    c = Ctx(r, "IN")
    f, la = c.first(), c.last()
    return S("cust «f» «la» called re refund not recvd. dob «dob». mob «ph», alt «ph2». says he moved from «loc» to "
             "«loc2». upi ref «upi». pls call back b4 6pm -«ag»",
             f=P(f.lower()), la=P(la.lower()), dob=DOB(c.dob()), ph=PH(c.phone("m", r.choice(["nat", "alt", "e164"]))),
             ph2=PH(c.phone("m")), loc=LOC(r.choice(["Lucknow", "Nagpur", "Indore", "Patna"])), loc2=LOC(c.town()), upi=_d(r, 12),
             ag=P(c.first().lower()))


def t_ie_livechat_iban(r):
    c = Ctx(r, "IE")
    f = c.first()
    return S("«tm» «f»: hi, want to switch my refund to a different account\n«tm» Bot: Sure! Please share the IBAN.\n"
             "«tm» «f»: «ib»\n«tm» Bot: Thanks «f». BIC «bic» detected. Refund «rf» will go out in 3–5 days.",
             tm=hhmm(r), f=P(f), ib=IBAN(iban(r, "IE")), bic=r.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]), rf=ref(r, "RF"))


def t_nz_form_kv(r):
    c = Ctx(r, "NZ")
    f, la = c.first(), c.last()
    return S("first_name=«f»&last_name=«la»&dob=«dob»&phone=«ph»&email=«em»&suburb=«sub»&plan=Fibre300&promo=KIWI«n»&consent=true",
             f=P(f), la=P(la), dob=DOB(c.dob("dmy/")), ph=PH(c.phone("m", "e164")), em=EM(c.email(f, la)),
             sub=LOC(c.town()), n=_d(r, 3))


def t_sg_slack_ipv6(r):
    c = Ctx(r, "SG")
    return S("«a»: seeing brute force on /login from «ip6» and «ip4», blocked at WAF\n«b»: thanks. internal scanner «pip» "
             "is whitelisted right?\n«a»: yes. ticket «tk»",
             a=P(a := c.first()), ip6=IP(_ip_public_v6(r)), ip4=IP(_ip_public_v4(r)), b=P(c.other(a)), pip=priv_ip(r), tk=ref(r, "SEC-"))


def t_us_hr_mail(r):
    c = Ctx(r, "US")
    f, la = c.first(), c.last()
    return S("Hi «hr»,\n\nFor the W-4 update: «f» «la», SSN «ssn», DOB «dob». Old record shows «msk», please overwrite. "
             "Payroll account «acct» (routing «rt»).\n\nBest,\n«f2»\n«ph»",
             hr=P(c.first()), f=P(f), la=P(la), ssn=SSN(ssn(r, r.choice(["-", " "]))), dob=DOB(c.dob()), msk=f"XXX-XX-{_d(r, 4)}",
             acct=BANK(bank_acct(r)), rt=routing(r), f2=P(f), ph=PH(c.phone()))


def t_ng_signature(r):
    c = Ctx(r, "NG")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("Good afternoon,\n\nPlease find attached the signed contract. Kindly acknowledge receipt.\n\nWarm regards,\n\n"
             "«f» «la»\nHead, Client Services\nAdeyemi & Sons Logistics Ltd\n«a»\nOffice: «ph» | Mobile: «ph2»\n«em»",
             f=P(f), la=P(la), a=ADDR("\n".join(lines)), ph=PH(c.phone("f", "intl")), ph2=PH(c.phone("m")),
             em=EM(f"{_ascii(f)}.{_ascii(la)}@adeyemisons.com.ng"))


def t_za_whatsapp(r):
    c = Ctx(r, "ZA")
    a = c.first()
    return S("«d» «t» - Mom: «a» did you send the money for «dog»'s vet?\n«d» «t2» - «a»: yes ma, paid from my card. ref «rf»\n"
             "«d» «t2» - Mom: thanks my baby. your cousin «u» has a new number, «ph»",
             d=c.date("dmy/", 40), t=hhmm(r), a=P(a), dog=r.choice(["Bruno", "Simba", "Lady"]), t2=hhmm(r), rf=_d(r, 9),
             u=P(c.first()), ph=PH(c.phone("m", "nat")))


# ----------------------------------------------------------------------------- templates: other languages
def t_de_mail(r):
    c = Ctx(r, "DE")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("Betreff: Änderung meiner Bankverbindung\n\nSehr geehrte Damen und Herren,\n\nbitte buchen Sie den Beitrag ab "
             "sofort von folgendem Konto ab: «ib» (BIC «bic»). Kundennummer «kn», geboren am «dob».\n\nMit freundlichen Grüßen\n"
             "«f» «la»\n«a»\nTel. «ph»",
             ib=IBAN(iban(r, "DE")), bic=r.choice(["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04"]), kn=_d(r, 8), dob=DOB(c.dob("dmy.")),
             f=P(f), la=P(la), a=ADDR("\n".join(lines)), ph=PH(c.phone()))


def t_de_ticket(r):
    c = Ctx(r, "DE")
    f, la = c.first(), c.last()
    return S("Ticket-Nr.: «tk»\nKunde: «la», «f»\nE-Mail: «em»\nMobil: «ph»\nWohnort: «wo»\nAnliegen: Router «mdl» "
             "(Firmware «v») startet ständig neu.\n-- interne Notiz («ag») --\nRückruf vereinbart, Filiale «fil» informiert. "
             "Seriennr. «sn», Vertragsende «d».",
             tk=ref(r, "DE-"), la=P(la), f=P(f), em=EM(c.email(f, la)), ph=PH(c.phone("m")), wo=LOC(c.town()),
             mdl=r.choice(["FRITZ!Box 7590", "Speedport Smart 4"]), v=version(r), ag=P(c.first()),
             fil=r.choice(["Dortmund", "Hannover", "Stuttgart"]), sn=_s(r, 12, "ABCDEF0123456789"), d=c.date("dmy.", 0, 700))


def t_de_whatsapp(r):
    c = Ctx(r, "DE")
    a = c.first()
    b = c.other(a)
    d = c.date("dmy.", 30)
    return S("«d», «t» - «a»: Hast du die neue Nummer von Oma? 🙈\n«d», «t» - «b»: ja, «ph»\n«d», «t2» - «a»: danke! "
             "und das WLAN-Passwort bei euch war «pw» oder?\n«d», «t2» - «b»: genau. Bello freut sich schon auf euch 🐶",
             d=d, t=hhmm(r), a=P(a), b=P(b), ph=PH(c.phone("f", "nat")), t2=hhmm(r), pw=PW(password(r)))


def t_fr_mail_quoted(r):
    c = Ctx(r, "FR")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    q = "\n".join(f"> «q{i}»" for i in range(len(lines)))
    kw = {f"q{i}": ADDR(x) for i, x in enumerate(lines)}
    return S("Bonjour «f»,\n\nC'est bien noté, le colis part demain. Numéro de suivi : «trk».\n\nCordialement,\n«ag»\n"
             "Service client – La Maison Dupont\n\nLe «d», «f2» «la» <«em»> a écrit :\n> Merci d'envoyer la commande «cmd» à :\n"
             + q + "\n> Tél. «ph»",
             f=P(f), trk=f"6A{_d(r, 11)}", ag=P(c.first()), d=c.date("fr", 10), f2=P(f), la=P(la), em=EM(c.email(f, la)),
             cmd=ref(r, "CMD-"), ph=PH(c.phone("m")), **kw)


def t_fr_crm_note(r):
    c = Ctx(r, "FR")
    f, la = c.first(), c.last()
    return S("Appel entrant «d» – «ag»\nMme «la» («f») née le «dob» à «lieu», demande la résiliation. Carte bancaire «cc» "
             "(exp. «exp») à supprimer. Nouveau mail : «em». Dossier «dos». Rappeler au «ph».",
             d=c.date("dmy/", 3), ag=P(c.first()), la=P(la), f=P(f), dob=DOB(c.dob(r.choice(["dmy/", "fr"]))),
             lieu=LOC(r.choice(["Marseille", "Nantes", "Dakar", "Lille", "Bruxelles"])), cc=CC(card(r, sep=" ")),
             exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", em=EM(c.email(f, la)), dos=ref(r, "DOS"), ph=PH(c.phone()))


def t_fr_sms(r):
    c = Ctx(r, "FR")
    return S("De : «ph»\nSalut c'est «a», je suis bien arrivée à «loc» ! Tu peux m'envoyer le code du portail ?\n"
             "À : «ph»\n«code», et le digicode du bât. B c'est «code2». Bisous, «b»",
             ph=PH(c.phone("m", "nat")), a=P(c.first()), loc=LOC(r.choice(["Biarritz", "Montréal", "Lisbonne", "Annecy"])),
             code=_d(r, 4), code2=f"{_d(r, 2)}{r.choice('AB')}{_d(r, 2)}", b=P(c.first()))


def t_es_livechat(r):
    c = Ctx(r, "ES")
    f, la = c.first(), c.last()
    return S("[«t»] Agente «ag»: ¡Hola! ¿En qué puedo ayudarte?\n[«t»] «f»: hola quiero cambiar la dirección de envío del "
             "pedido «ped»\n[«t»] Agente «ag»: Claro, dime la nueva dirección y un teléfono\n[«t»] «f»: «a», tlf «ph»\n"
             "[«t»] Agente «ag»: Hecho, «f». Te llegará un SMS con el código «otp».",
             t=hhmm(r), ag=P(c.first()), f=P(f), ped=ref(r, "ES"), a=ADDR(c.addr()[0]), ph=PH(c.phone("m")), otp=_d(r, 6))


def t_es_form(r):
    c = Ctx(r, "ES")
    f, la, la2 = c.first(), c.last(), c.last()
    return S("nombre: «f»\napellidos: «la» «la2»\nfecha_nacimiento: «dob»\nlocalidad: «loc»\nemail: «em»\ntelefono: «ph»\n"
             "iban: «ib»\nacepta_privacidad: sí\nid_solicitud: «u»",
             f=P(f), la=P(la), la2=P(la2), dob=DOB(c.dob(r.choice(["dmy/", "es"]))), loc=LOC(c.town()), em=EM(c.email(f, la)),
             ph=PH(c.phone()), ib=IBAN(iban(r, "ES")), u=uid(r))


def t_ca_mail(r):
    c = Ctx(r, "CAT")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("Bon dia,\n\nUs escric perquè la factura «fac» surt a nom del meu germà. Les meves dades són:\n\nNom: «f» «la» «la2»\n"
             "Data de naixement: «dob»\nAdreça: «a»\nMòbil: «ph»\n\nGràcies i bona tarda,\n«f2»",
             fac=ref(r, "FAC/2026/"), f=P(f), la=P(la), la2=P(c.last()), dob=DOB(c.dob(r.choice(["dmy/", "ca"]))),
             a=ADDR(", ".join(lines)), ph=PH(c.phone("m")), f2=P(f))


def t_ca_ticket(r):
    c = Ctx(r, "CAT")
    f = c.first()
    return S("Tiquet «tk» – Nota interna\nClient/a: «f» «la» (viu a «loc») diu que no rep els correus a «em». "
             "Revisat: l'adreça rebota. La botiga de «bt» no pot fer el canvi. Contrasenya provisional enviada per SMS "
             "al «ph»: «pw». Cal tancar abans del «d».",
             tk=ref(r, "#"), f=P(f), la=P(c.last()), loc=LOC(c.town()), em=EM(c.email(f)), bt=r.choice(["Manresa", "Reus", "Terrassa"]),
             ph=PH(c.phone("m", "nat")), pw=PW(password(r)), d=c.date("dmy/", 0, 14))


def t_it_mail(r):
    c = Ctx(r, "IT")
    f, la = c.first(), c.last()
    return S("Oggetto: Richiesta rimborso ordine «ord»\n\nBuongiorno,\nsono «f» «la», nato a «loc» il «dob». Vi chiedo il "
             "rimborso sul conto IBAN «ib». Il mio indirizzo è «a».\nPer qualsiasi cosa: «ph» oppure «em».\n\nCordiali saluti\n«f2» «la2»",
             ord=ref(r, "IT-"), f=P(f), la=P(la), loc=LOC(r.choice(["Bari", "Palermo", "Verona", "Tirana", "Genova"])),
             dob=DOB(c.dob(r.choice(["dmy/", "it"]))), ib=IBAN(iban(r, "IT")), a=ADDR(c.addr()[0]), ph=PH(c.phone()),
             em=EM(c.email(f, la)), f2=P(f), la2=P(la))


def t_it_whatsapp(r):
    c = Ctx(r, "IT")
    a = c.first()
    b = c.other(a)
    return S("«d» «t» - «a»: Ciao! Sono arrivata a «loc», tutto ok 😊\n«d» «t» - «b»: Bene! Ricordati di chiamare la dott.ssa "
             "«doc» al «ph»\n«d» «t2» - «a»: Fatto. La pizzeria Da Michele era chiusa 😭",
             d=c.date("dmy/", 30), t=hhmm(r), a=P(a), loc=LOC(r.choice(["Londra", "Parigi", "Lecce", "Trieste"])), b=P(b),
             doc=P(c.last()), ph=PH(c.phone("f", "nat")), t2=hhmm(r))


def t_nl_note(r):
    c = Ctx(r, "NL")
    f, la = c.first(), c.last()
    return S("Klantcontact «d» – telefonisch – «ag»\nDhr. «la» belde over dubbele incasso. Geb. «dob», woont in «loc». "
             "IBAN «ib». Terugbetaling «amt» ingepland, kenmerk «km». Terugbellen op «ph».",
             d=c.date("dmy-", 2), ag=P(c.first()), la=P(la), dob=DOB(c.dob("dmy-")), loc=LOC(c.town()), ib=IBAN(iban(r, "NL")),
             amt=f"€ {r.randint(5, 250)},{_d(r, 2)}", km=ref(r, "KM"), ph=PH(c.phone()))


def t_nl_mail(r):
    c = Ctx(r, "NL")
    f, la = c.first(), c.last()
    return S("Hoi «f»,\n\nLeuk dat je je hebt aangemeld! Je account is aangemaakt met het e-mailadres «em». Bevestig het "
             "met code «otp».\n\nGroetjes,\nTeam Jansen Fietsen\n\n--\n«ag» | Klantenservice\n«a» | «ph»",
             f=P(f), em=EM(c.email(f, la)), otp=_d(r, 6), ag=P(f"{c.first()} {c.last()}"), a=ADDR(c.addr()[0]),
             ph=PH(c.phone("f")))


def t_br_whatsapp(r):
    c = Ctx(r, "BR")
    f, la = c.first(), c.last()
    return S("«t» Atendimento: Olá! Para gerar a segunda via preciso do nome completo, data de nascimento e CEP 🙂\n"
             "«t» «f»: «f2» «la»\n«t» «f»: «dob»\n«t» «f»: moro na «a»\n«t» Atendimento: Obrigado! Protocolo «prot». "
             "O boleto chega no e-mail «em»",
             t=hhmm(r), f=P(f.split()[0]), f2=P(f), la=P(la), dob=DOB(c.dob(r.choice(["dmy/", "pt"]))), a=ADDR(c.addr()[0]),
             prot=_d(r, 14), em=EM(c.email(f, la)))


def t_br_json(r):
    c = Ctx(r, "BR")
    f, la = c.first(), c.last()
    return S('{"cliente":{"nome":"«n»","email":"«em»","celular":"«ph»","cidade":"«loc»","nascimento":"«dob»"},'
             '"pagamento":{"cartao":"«cc»","validade":"«exp»"},"pedido":"«ped»","valor":"R$ «amt»","ip":"«ip»"}',
             n=P(f"{f} {la}"), em=EM(c.email(f, la)), ph=PH(c.phone("m", r.choice(["nat", "e164"]))), loc=LOC(c.town()),
             dob=DOB(c.dob("dmy/")), cc=CC(card(r, sep="")), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 32)}",
             ped=ref(r, "BR"), amt=f"{r.randint(20, 2900)},{_d(r, 2)}", ip=IP(_ip_public_v4(r)))


def t_pl_mail(r):
    c = Ctx(r, "PL")
    f, la = c.first(), c.last()
    lines, _ = c.addr_lines()
    return S("Temat: Reklamacja zamówienia «zam»\n\nDzień dobry,\n\nprzesyłka dotarła uszkodzona. Proszę o zwrot na konto "
             "«ib». Adres do odbioru:\n«a»\n\nPozdrawiam\n«f» «la»\ntel. «ph»",
             zam=ref(r, "PL/"), ib=IBAN(iban(r, "PL")), a=ADDR("\n".join(lines)), f=P(f), la=P(la), ph=PH(c.phone("m")))


def t_pl_note(r):
    c = Ctx(r, "PL")
    f, la = c.first(), c.last()
    return S("notatka z rozmowy «d»: pani «f» «la» (ur. «dob» r.) zgłasza brak internetu od 3 dni. miejscowość zamieszkania: «loc». "
             "nr umowy «um», mail «em». technik z oddziału «od» umówiony.",
             d=c.date("dmy.", 2), f=P(f), la=P(la), dob=DOB(c.dob("dmy.")), loc=LOC(c.town()), um=ref(r, "UM/"),
             em=EM(c.email(f, la)), od=r.choice(["Katowice", "Lublin", "Rzeszów"]))


def t_tr_chat(r):
    c = Ctx(r, "TR")
    f, la = c.first(), c.last()
    return S("[«t»] Temsilci «ag»: Merhaba, size nasıl yardımcı olabilirim?\n[«t»] «f» «la»: Merhaba, siparişim «sip» hâlâ gelmedi\n"
             "[«t»] Temsilci «ag»: Teslimat adresinizi ve telefon numaranızı doğrular mısınız?\n[«t»] «f» «la»: «a», «ph»\n"
             "[«t»] Temsilci «ag»: Teşekkürler «f» Hanım/Bey, kargo kodu «kk».",
             t=hhmm(r), ag=P(c.first()), f=P(f), la=P(la), sip=ref(r, "TR"), a=ADDR(c.addr(" ")[0]), ph=PH(c.phone("m")),
             kk=_d(r, 12))


def t_tr_mail(r):
    c = Ctx(r, "TR")
    f, la = c.first(), c.last()
    return S("Sayın «f» «la»,\n\nÜyeliğiniz oluşturuldu. Giriş bilgileriniz:\nE-posta: «em»\nGeçici şifre: «pw»\n"
             "Doğum tarihi: «dob»\nLütfen ilk girişte şifrenizi değiştirin. Müşteri no: «mn»\n\nİyi günler dileriz.",
             f=P(f), la=P(la), em=EM(c.email(f, la)), pw=PW(password(r)), dob=DOB(c.dob(r.choice(["dmy.", "tr"]))), mn=_d(r, 9))


def t_ro_mail(r):
    c = Ctx(r, "RO")
    f, la = c.first(), c.last()
    return S("Bună ziua,\n\nVă rog să actualizați datele mele de contact: «la» «f», născut(ă) la «dob» în «loc». "
             "Adresa nouă: «a». Telefon «ph», IBAN pentru rambursare «ib».\n\nMulțumesc,\n«f2»",
             la=P(la), f=P(f), dob=DOB(c.dob(r.choice(["dmy.", "ro"]))), loc=LOC(r.choice(["Chișinău", "Sibiu", "Oradea", "Craiova"])),
             a=ADDR(c.addr()[0]), ph=PH(c.phone()), ib=IBAN(_iban_ro(r)), f2=P(f))


def t_ro_ticket(r):
    c = Ctx(r, "RO")
    f, la = c.first(), c.last()
    return S("Tichet «tk» | client: «f» «la» | email: «em» | tel: «ph»\nDescriere: aplicația «app» «v» nu se deschide.\n"
             "Notă internă: utilizatorul se conectează de pe «ip». Agenția «ag» nu are acces.",
             tk=ref(r, "RO-"), f=P(f), la=P(la), em=EM(c.email(f, la)), ph=PH(c.phone("m")), app=r.choice(["MyOrange", "George"]),
             v=version(r), ip=IP(_ip_public_v4(r)), ag=r.choice(["Pitești", "Bacău", "Arad"]))


def t_tl_messenger(r):
    c = Ctx(r, "PH")
    f, la = c.first(), c.last()
    return S("«f»: hello po, pa-order po ng 2 boxes ensaymada 😊\nShop: sige po! pakibigay po ang buong pangalan, address at "
             "cp number\n«f»: «f2» «la»\n«a»\n«ph»\nShop: salamat po! total «amt», GCash ref na lang po\n«f»: «gc» po",
             f=P(f), f2=P(f), la=P(la), a=ADDR(c.addr("\n")[0]), ph=PH(c.phone("m", "nat")), amt=f"₱{r.randint(3, 19)}{_d(r, 2)}.00",
             gc=_d(r, 13))


def t_tl_sms(r):
    c = Ctx(r, "PH")
    f = c.first()
    return S("Mula kay «ph»: «f» si «b» ito, bagong number ko. Pupunta ako sa «loc» sa «d», pakisabi kay Nanay. "
             "Ang OTP mo «otp» huwag ibigay kahit kanino.",
             ph=PH(c.phone("m", r.choice(["nat", "intl"]))), f=P(f), b=P(c.first()), loc=LOC(r.choice(["Dubai", "Batangas", "Baguio", "Singapore"])),
             d=c.date("tl", 0, 30), otp=_d(r, 6))


def t_si_mail(r):
    c = Ctx(r, "SI")
    f, la = c.first(), c.last()
    return S("Spoštovani,\n\nprosim za spremembo naslova. Novi naslov: «a». Datum rojstva: «dob». Številka pogodbe «st».\n\n"
             "Lep pozdrav,\n«f» «la»\n«ph»\n«em»",
             a=ADDR(c.addr()[0]), dob=DOB(c.dob()), st=ref(r, "SI-"), f=P(f), la=P(la), ph=PH(c.phone()), em=EM(c.email(f, la)))


def t_ee_support(r):
    c = Ctx(r, "EE")
    f, la = c.first(), c.last()
    return S("Pöördumine «nr» («d»)\nKlient: «f» «la», sünniaeg «dob», elukoht «loc»\nKontakt: «ph», «em»\n"
             "Probleem: ID-kaardiga sisselogimine ebaõnnestub, versioon «v». Kontor «ko» suunas meile.",
             nr=ref(r, "#"), d=c.date("dmy.", 5), f=P(f), la=P(la), dob=DOB(c.dob()), loc=LOC(c.town()), ph=PH(c.phone("m")),
             em=EM(c.email(f, la)), v=version(r), ko=r.choice(["Rakvere", "Kuressaare", "Haapsalu"]))


def t_lt_call(r):
    c = Ctx(r, "LT")
    f, la = c.first(), c.last()
    return S("Skambučio pastaba «d»: klientas «f» «la» (gim. «dob») prašo pakeisti pristatymo adresą į «a». Tel. «ph». "
             "Užsakymas «uz», kurjerio kodas «kk».",
             d=c.date("iso", 3), f=P(f), la=P(la), dob=DOB(c.dob()), a=ADDR(c.addr()[0]), ph=PH(c.phone()),
             uz=ref(r, "LT"), kk=_d(r, 6))


def t_sw_sms(r):
    c = Ctx(r, "KE")
    f, la = c.first(), c.last()
    return S("«tx» Imethibitishwa. Umepokea Ksh«amt» kutoka kwa «n» «ph» tarehe «d» saa «t».\n"
             "«f»: Habari «b», nimetuma pesa ya kodi. Nitasafiri kwenda «loc» kesho, tafadhali mpigie «c2» kwa «ph2».",
             tx=_s(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), amt=f"{r.randint(1, 45)},{_d(r, 3)}.00",
             n=P(f"{f.upper()} {la.upper()}"), ph=PH(c.phone("m", "nat")), d=c.date("dmy/", 10), t=hhmm(r), f=P(f),
             b=P(c.first()), loc=LOC(r.choice(["Mombasa", "Kisumu", "Arusha", "Eldoret"])), c2=P(c.first()), ph2=PH(c.phone("m")))


def _iban_ro(r):
    # RO IBAN: RO kk BANK(4 letters) 16 alnum
    bban = r.choice(["RNCB", "BTRL", "INGB", "BRDE"]) + _d(r, 16)
    num = "".join(str(int(ch, 36)) for ch in bban + "RO00")
    return f"RO{98 - int(num) % 97:02d}{bban}"


TEMPLATES = [
    # English (34)
    t_us_support_mail, t_gb_forward, t_au_whatsapp, t_in_teams, t_us_slack_json, t_ca_livechat, t_nz_sms,
    t_us_ticket_notes, t_ie_call_note, t_za_transcript, t_us_form_dump, t_gb_kv_log, t_sg_jsonl, t_access_log,
    t_app_trace, t_env_config, t_au_ocr, t_ng_sheet, t_notifications, t_release_notes, t_policy_notice,
    t_ke_landlord, t_ph_viber, t_us_dispute_call, t_gb_teams_reset, t_ca_quoted_addr, t_au_ticket_move,
    t_in_crm_messy, t_ie_livechat_iban, t_nz_form_kv, t_sg_slack_ipv6, t_us_hr_mail, t_ng_signature, t_za_whatsapp,
    # other languages (28)
    t_de_mail, t_fr_mail_quoted, t_es_livechat, t_ca_mail, t_it_mail, t_nl_note, t_br_whatsapp, t_pl_mail,
    t_tr_chat, t_ro_mail, t_tl_messenger, t_si_mail, t_ee_support, t_lt_call, t_sw_sms,
    t_de_ticket, t_fr_crm_note, t_es_form, t_ca_ticket, t_it_whatsapp, t_nl_mail, t_br_json, t_pl_note, t_tr_mail,
    t_ro_ticket, t_tl_sms, t_de_whatsapp, t_fr_sms,
]


def free_text(n: int, seed: int) -> list[Text]:
    r = random.Random(f"marsh-{seed}")
    out = []
    for i in range(n):
        tr = random.Random(f"marsh-{seed}-text-{i}-{r.getrandbits(32)}")
        out.append(TEMPLATES[i % len(TEMPLATES)](tr))
    return out


# ----------------------------------------------------------------------------- structured tables
def _c(header, entity, fn, blank=0.0, ph=()):
    return (header, entity, fn, blank, ph)


def _bool(c, w):
    return c.r.choice(["true", "false", "TRUE", "1", "0", "yes", "no"])


def _d_us(c, w):
    return c.date("mdy/", 900, 200)


def _ptype(c, w):
    return c.r.choice(["mobile", "home", "work", "Mobile", "landline"])


def _name_full(c, w):
    return f"{w['f']} {w['l']}"


def _tbl(r, ccs, rows, cols):
    vals = [[] for _ in cols]
    for _ in range(rows):
        c = Ctx(r, r.choice(ccs))
        lines, town = c.addr_lines()
        w = {"f": c.first(), "l": c.last(), "lines": lines, "town": town}
        for j, (_h, _e, fn, blank, ph) in enumerate(cols):
            if r.random() < blank:
                vals[j].append(None)
            elif ph and r.random() < 0.04:
                vals[j].append(r.choice(ph))
            else:
                vals[j].append(fn(c, w))
    return [Column(h, e, v) for (h, e, _f, _b, _p), v in zip(cols, vals)]


_NA = ("N/A", "-", "unknown")

T_BAIL = [
    _c("intake_id", None, lambda c, w: uid(c.r)),
    _c("DefendantFirst", "PERSON", lambda c, w: w["f"]),
    _c("DefendantLast", "PERSON", lambda c, w: w["l"]),
    _c("dob", "DATE_OF_BIRTH", lambda c, w: c.dob("mdy/"), 0.05),
    _c("ssn", "US_SSN", lambda c, w: ssn(c.r, c.r.choice(["-", "-", ""])), 0.2, _NA),
    _c("home_addr", "STREET_ADDRESS", lambda c, w: ", ".join(w["lines"]), 0.1),
    _c("cell", "PHONE_NUMBER", lambda c, w: c.phone("m", c.r.choice(["nat", "alt"])), 0.15, _NA),
    _c("email_verified", None, _bool),
    _c("booking_number", None, lambda c, w: f"BK{_d(c.r, 8)}"),
    _c("charge_code", None, lambda c, w: c.r.choice(["PC 459", "VC 23152(a)", "HS 11350", "PC 242", "PC 488"])),
    _c("bond_amount", None, lambda c, w: f"${c.r.randint(1, 150) * 500:,}.00"),
    _c("court_date", None, lambda c, w: c.date("mdy/", 30, 120)),
    _c("court_county", None, lambda c, w: c.r.choice(["Travis County", "Franklin County", "Multnomah County", "Wake County"])),
    _c("cosigner_name", "PERSON", lambda c, w: f"{c.first()} {c.last()}", 0.4),
    _c("cosigner_phone_type", None, _ptype, 0.4),
    _c("collateral_acct", "US_BANK_NUMBER", lambda c, w: bank_acct(c.r), 0.5),
    _c("routing_no", None, lambda c, w: routing(c.r), 0.5),
    _c("card_last4", None, lambda c, w: _d(c.r, 4), 0.3),
    _c("col_7", "LOCATION", lambda c, w: c.town(), 0.25, _NA),
    _c("notes_sha256", None, lambda c, w: sha256(c.r)),
]

T_LEGAL = [
    _c("Case No.", None, lambda c, w: f"LA-2026-{_d(c.r, 5)}"),
    _c("Applicant Name", "PERSON", lambda c, w: f"{w['l']}, {w['f']}"),
    _c("Preferred Name", "PERSON", lambda c, w: w["f"], 0.5),
    _c("Date of Birth", "DATE_OF_BIRTH", lambda c, w: c.dob(), 0.1),
    _c("Phone", "PHONE_NUMBER", lambda c, w: c.phone(), 0.1),
    _c("Phone Type", None, _ptype),
    _c("Email", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.3),
    _c("Email Verified", None, _bool),
    _c("Mailing Address", "STREET_ADDRESS", lambda c, w: "\n".join(w["lines"]), 0.1),
    _c("City of Residence", "LOCATION", lambda c, w: w["town"], 0.05),
    _c("Household Income", None, lambda c, w: f"${c.r.randint(8, 95)},{_d(c.r, 3)}"),
    _c("Program", None, lambda c, w: c.r.choice(["Eviction Defense", "Expungement", "Family Law", "Immigration", "Bail Review"])),
    _c("Referral Source", None, lambda c, w: c.r.choice(["Johnson County Bar Referral", "St. Vincent de Paul", "Walk-in", "211 Hotline"])),
    _c("Attorney Bar #", None, lambda c, w: _d(c.r, 8), 0.3),
    _c("Intake Timestamp", None, lambda c, w: ts(c.r, False)),
    _c("Portal Password", "PASSWORD", lambda c, w: password(c.r), 0.6),
    _c("Password Changed", None, _d_us, 0.6),
    _c("Conflict Check", None, lambda c, w: c.r.choice(["Clear", "Hit", "Pending"])),
]

T_PORTAL = [
    _c("patientId", None, lambda c, w: f"FC-{_d(c.r, 6)}"),
    _c("givenName", "PERSON", lambda c, w: w["f"]),
    _c("familyName", "PERSON", lambda c, w: w["l"]),
    _c("dateOfBirth", "DATE_OF_BIRTH", lambda c, w: c.dob(c.r.choice(["dmy/", "iso"]))),
    _c("partnerName", "PERSON", lambda c, w: f"{c.first()} {c.last()}", 0.45),
    _c("mobileNumber", "PHONE_NUMBER", lambda c, w: c.phone("m"), 0.05),
    _c("phoneType", None, _ptype),
    _c("emailAddress", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"])),
    _c("emailVerified", None, _bool),
    _c("addr1", "STREET_ADDRESS", lambda c, w: w["lines"][0] if not w["lines"][0].startswith("Flat") else ", ".join(w["lines"][:2]), 0.1),
    _c("town", "LOCATION", lambda c, w: w["town"], 0.1),
    _c("loginPassword", "PASSWORD", lambda c, w: password(c.r), 0.3),
    _c("passwordHash", None, lambda c, w: c.r.choice([bcrypt, argon2])(c.r)),
    _c("passwordChangedAt", None, lambda c, w: ts(c.r)),
    _c("lastLoginIp", "IP_ADDRESS", lambda c, w: _ip_public_v4(c.r) if c.r.random() < 0.7 else _ip_public_v6(c.r), 0.2),
    _c("clinicSite", None, lambda c, w: c.r.choice(["London Harley St", "Leeds", "Dublin Sandyford", "Cork", "Bristol"])),
    _c("cycleNumber", None, lambda c, w: str(c.r.randint(1, 6))),
    _c("embryosStored", None, lambda c, w: str(c.r.randint(0, 9)), 0.5),
    _c("consentVersion", None, lambda c, w: f"v{c.r.randint(1, 4)}.{c.r.randint(0, 9)}"),
    _c("dobVerified", None, _bool),
    _c("nextAppointment", None, lambda c, w: c.date("dmy/", 0, 90), 0.3),
]

T_CITAS = [
    _c("cita_id", None, lambda c, w: f"CT{_d(c.r, 7)}"),
    _c("nombre", "PERSON", lambda c, w: w["f"]),
    _c("apellidos", "PERSON", lambda c, w: f"{w['l']} {c.last()}"),
    _c("fecha_nacimiento", "DATE_OF_BIRTH", lambda c, w: c.dob("dmy/"), 0.05),
    _c("telefono", "PHONE_NUMBER", lambda c, w: c.phone(c.r.choice("mf"), c.r.choice(["nat", "intl", "alt"])), 0.1),
    _c("tipo_telefono", None, lambda c, w: c.r.choice(["móvil", "fijo", "trabajo"])),
    _c("correo", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.2),
    _c("localidad", "LOCATION", lambda c, w: w["town"], 0.1, _NA),
    _c("fecha_cita", None, lambda c, w: c.date("dmy/", 60, 60)),
    _c("hora", None, lambda c, w: hhmm(c.r)),
    _c("centro", None, lambda c, w: c.r.choice(["Barcelona – Diagonal", "Madrid Castellana", "Valencia Centro", "Girona"])),
    _c("tratamiento", None, lambda c, w: c.r.choice(["FIV", "ICSI", "inseminación", "ovodonación", "primera visita"])),
    _c("importe", None, lambda c, w: f"{c.r.randint(1, 9)}.{_d(c.r, 3)},00 €"),
    _c("tarjeta_ult4", None, lambda c, w: f"**** {_d(c.r, 4)}", 0.3),
    _c("iban", "IBAN_CODE", lambda c, w: iban(c.r, "ES"), 0.4),
    _c("ref_pago", None, lambda c, w: f"TPV-{_s(c.r, 10, '0123456789ABCDEF')}"),
    _c("dni_verificado", None, _bool),
    _c("notas_hash", None, lambda c, w: sha256(c.r), 0.2),
]

_TEAMS = ["Team Liquid", "FaZe Clan", "Fnatic", "Los Grandes", "Virtus.pro", "MIBR", "G2 Esports", "Team Heretics"]

T_PLAYERS = [
    _c("player.id", None, lambda c, w: uid(c.r)),
    _c("player.handle", None, lambda c, w: c.r.choice(["xX", "", "The", "iam"]) + c.r.choice(["Shadow", "Falcon", "Nova", "Rekt", "Pixel", "Viper"]) + str(c.r.randint(1, 999))),
    _c("player.first_name", "PERSON", lambda c, w: w["f"]),
    _c("player.last_name", "PERSON", lambda c, w: w["l"], 0.1),
    _c("player.email", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"])),
    _c("player.dob", "DATE_OF_BIRTH", lambda c, w: c.dob("iso")),
    _c("player.city", "LOCATION", lambda c, w: w["town"], 0.3),
    _c("player.phone", "PHONE_NUMBER", lambda c, w: c.phone("m", "intl"), 0.4),
    _c("team.name", None, lambda c, w: c.r.choice(_TEAMS), 0.2),
    _c("team.region", None, lambda c, w: c.r.choice(["EU West", "EU East", "LATAM South", "NA"])),
    _c("login.ip", "IP_ADDRESS", lambda c, w: _ip_public_v4(c.r)),
    _c("server.ip", None, lambda c, w: priv_ip(c.r)),
    _c("client.version", None, lambda c, w: version(c.r)),
    _c("payout.iban", "IBAN_CODE", lambda c, w: iban(c.r, {"CAT": "ES"}.get(c.cc, c.cc)), 0.5),
    _c("payout.amount", None, lambda c, w: f"{c.r.randint(10, 5000)}.00 EUR", 0.5),
    _c("anticheat.hash", None, lambda c, w: sha256(c.r)),
    _c("elo", None, lambda c, w: str(c.r.randint(800, 3100))),
    _c("mfa.enabled", None, _bool),
]

T_API = [
    _c("CLIENT_ID", None, lambda c, w: uid(c.r)),
    _c("ORG_NAME", None, lambda c, w: c.r.choice(["Smith Esports Ltd", "Garcia Gaming Events", "Nova Arena GmbH", "Kowalski LAN Sp. z o.o.", "PixelCup BV"])),
    _c("CONTACT_FIRST", "PERSON", lambda c, w: w["f"]),
    _c("CONTACT_SURNAME", "PERSON", lambda c, w: w["l"]),
    _c("CONTACT_EMAIL", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"])),
    _c("CONTACT_TEL", "PHONE_NUMBER", lambda c, w: c.phone(c.r.choice("mf"), "e164"), 0.2),
    _c("API_SECRET", "API_KEY", lambda c, w: api_key(c.r)),
    _c("PUBLISHABLE_KEY", None, lambda c, w: f"pk_live_{_s(c.r, 24)}"),
    _c("WEBHOOK_URL", None, lambda c, w: f"https://hooks.{c.r.choice(['pixelcup.gg', 'novaarena.io', 'lanparty.eu'])}/v1/{_s(c.r, 12)}"),
    _c("WEBHOOK_SIG_SHA", None, lambda c, w: sha256(c.r)),
    _c("ALLOWED_IP", "IP_ADDRESS", lambda c, w: _ip_public_v4(c.r) if c.r.random() < 0.6 else _ip_public_v6(c.r), 0.15),
    _c("INTERNAL_IP", None, lambda c, w: priv_ip(c.r)),
    _c("SDK_VERSION", None, lambda c, w: version(c.r)),
    _c("ADMIN_PWD", "PASSWORD", lambda c, w: password(c.r), 0.35),
    _c("PWD_UPDATED", None, lambda c, w: ts(c.r)),
    _c("BILLING_CARD", "CREDIT_CARD", lambda c, w: card(c.r), 0.3),
    _c("CARD_EXP", None, lambda c, w: f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 32)}", 0.3),
    _c("CARD_LAST4", None, lambda c, w: _d(c.r, 4), 0.3),
    _c("CREATED_AT", None, lambda c, w: ts(c.r, False)),
    _c("RATE_LIMIT", None, lambda c, w: str(c.r.choice([60, 120, 600, 1000]))),
]

T_ALLOT = [
    _c("Plot No", None, lambda c, w: f"{c.r.choice('ABCDE')}{c.r.randint(1, 60)}"),
    _c("Member Forename", "PERSON", lambda c, w: w["f"]),
    _c("Member Surname", "PERSON", lambda c, w: w["l"]),
    _c("Addr1", "STREET_ADDRESS", lambda c, w: ", ".join(w["lines"]), 0.05),
    _c("Tel", "PHONE_NUMBER", lambda c, w: c.phone(c.r.choice("mf"), "nat"), 0.1, _NA),
    _c("Email", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.35),
    _c("Email Opt-in", None, _bool),
    _c("Joined", None, lambda c, w: c.date("dmy/", 3000)),
    _c("Annual Fee", None, lambda c, w: f"£{c.r.choice([35, 45, 60, 90])}.00"),
    _c("Fee Paid Ref", None, lambda c, w: f"ALT{_d(c.r, 6)}", 0.2),
    _c("Site", None, lambda c, w: c.r.choice(["Meanwood Road site", "Hollybush Lane", "Victoria Park", "Chapel Allerton"])),
    _c("Shed Key Code", None, lambda c, w: _d(c.r, 4)),
    _c("Emergency Contact", "PERSON", lambda c, w: f"{c.first()} {c.last()}", 0.4),
    _c("Emergency Tel", "PHONE_NUMBER", lambda c, w: c.phone("m"), 0.45),
    _c("Dog on Plot", None, lambda c, w: c.r.choice(["Bramble", "Pip", "Murphy", "Hazel", "Nelly"]), 0.6),
    _c("Waiting Since", None, lambda c, w: c.date("dmy/", 2500)),
    _c("Sort Code", None, lambda c, w: f"{_d(c.r, 2)}-{_d(c.r, 2)}-{_d(c.r, 2)}", 0.3),
    _c("Bank IBAN", "IBAN_CODE", lambda c, w: iban(c.r, "GB"), 0.5),
    _c("dob_verified", None, _bool),
]

T_VOLKS = [
    _c("lidnummer", None, lambda c, w: f"VT{_d(c.r, 5)}"),
    _c("voornaam", "PERSON", lambda c, w: w["f"]),
    _c("achternaam", "PERSON", lambda c, w: w["l"]),
    _c("geboortedatum", "DATE_OF_BIRTH", lambda c, w: c.dob("dmy-"), 0.2),
    _c("adres", "STREET_ADDRESS", lambda c, w: w["lines"][0], 0.05),
    _c("woonplaats", "LOCATION", lambda c, w: w["town"], 0.05),
    _c("telefoon", "PHONE_NUMBER", lambda c, w: c.phone(c.r.choice("mf")), 0.15, _NA),
    _c("soort_telefoon", None, lambda c, w: c.r.choice(["mobiel", "vast", "werk"])),
    _c("e-mail", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.2),
    _c("nieuwsbrief", None, lambda c, w: c.r.choice(["ja", "nee"])),
    _c("tuinnummer", None, lambda c, w: str(c.r.randint(1, 240))),
    _c("complex", None, lambda c, w: c.r.choice(["Tuinpark De Bretten", "Volkstuinen Ons Buiten", "ATV Nieuw Vredelust", "Tuinpark Amstelglorie"])),
    _c("contributie", None, lambda c, w: f"€ {c.r.randint(60, 240)},00"),
    _c("iban", "IBAN_CODE", lambda c, w: iban(c.r, "NL"), 0.15),
    _c("machtiging_kenmerk", None, lambda c, w: f"MDT-{_d(c.r, 8)}", 0.15),
    _c("sleutelcode", None, lambda c, w: _d(c.r, 4)),
    _c("huisdier", None, lambda c, w: c.r.choice(["Bobbie", "Pluis", "Max", "Saartje"]), 0.7),
    _c("lid_sinds", None, lambda c, w: str(c.r.randint(1985, 2026))),
]

T_MOVES = [
    _c("job_ref", None, lambda c, w: f"MV-{_d(c.r, 6)}"),
    _c("customer_name", "PERSON", _name_full),
    _c("cust_mobile", "PHONE_NUMBER", lambda c, w: c.phone("m", c.r.choice(["nat", "alt", "intl"])), 0.05),
    _c("email", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.15),
    _c("pickup_address", "STREET_ADDRESS", lambda c, w: ", ".join(w["lines"])),
    _c("delivery_address", "STREET_ADDRESS", lambda c, w: c.addr()[0], 0.1),
    _c("moving_to_city", "LOCATION", lambda c, w: c.town(), 0.2),
    _c("move_date", None, lambda c, w: c.date("dmy/", 30, 90)),
    _c("truck_rego", None, lambda c, w: f"{_L(c.r, 3)}{_d(c.r, 3)}"),
    _c("depot", None, lambda c, w: c.r.choice(["Parramatta", "Dandenong", "Penrose", "Wigram", "Osborne Park"])),
    _c("crew_lead", "PERSON", lambda c, w: c.first(), 0.3),
    _c("inventory_items", None, lambda c, w: str(c.r.randint(12, 180))),
    _c("quote_amount", None, lambda c, w: f"${c.r.randint(4, 60) * 100}.00"),
    _c("deposit_card", "CREDIT_CARD", lambda c, w: card(c.r), 0.35),
    _c("card_expiry", None, lambda c, w: f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}", 0.35),
    _c("deposit_masked", None, lambda c, w: masked_card(c.r), 0.35),
    _c("gps_pickup", None, lambda c, w: gps(c.r)),
    _c("insurance_policy", None, lambda c, w: f"POL{_d(c.r, 9)}", 0.4),
    _c("has_piano", None, _bool),
    _c("access_code", None, lambda c, w: f"#{_d(c.r, 4)}", 0.5),
]

T_UMZUG = [
    _c("Auftragsnr", None, lambda c, w: f"UZ-{_d(c.r, 7)}"),
    _c("Vorname", "PERSON", lambda c, w: w["f"]),
    _c("Nachname", "PERSON", lambda c, w: w["l"]),
    _c("field_3", "PHONE_NUMBER", lambda c, w: c.phone(c.r.choice("mf")), 0.1),
    _c("Auszugsadresse", "STREET_ADDRESS", lambda c, w: ", ".join(w["lines"])),
    _c("Einzugsadresse", "STREET_ADDRESS", lambda c, w: c.addr()[0], 0.1),
    _c("Zielort", "LOCATION", lambda c, w: c.town(), 0.1),
    _c("E-Mail", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.25),
    _c("Umzugstermin", None, lambda c, w: c.date("dmy.", 20, 120)),
    _c("Etage", None, lambda c, w: c.r.choice(["EG", "1. OG", "2. OG", "3. OG", "DG"])),
    _c("Aufzug", None, lambda c, w: c.r.choice(["ja", "nein"])),
    _c("Kartons", None, lambda c, w: str(c.r.randint(10, 120))),
    _c("Preis", None, lambda c, w: f"{c.r.randint(1, 6)}.{_d(c.r, 3)},00 €"),
    _c("IBAN", "IBAN_CODE", lambda c, w: iban(c.r, "DE"), 0.3),
    _c("Mandatsreferenz", None, lambda c, w: f"M{_d(c.r, 10)}", 0.3),
    _c("Niederlassung", None, lambda c, w: c.r.choice(["Hannover", "Dortmund", "Nürnberg", "Kassel"])),
    _c("LKW-Kennzeichen", None, lambda c, w: f"{c.r.choice(['B', 'HH', 'M', 'K'])}-{_L(c.r, 2)} {c.r.randint(100, 9999)}"),
    _c("attr2", "PERSON", lambda c, w: f"{c.last()}, {c.first()}", 0.5),
    _c("Haustier", None, lambda c, w: c.r.choice(["Bello", "Mieze", "Rocky", "Luna"]), 0.7),
]

T_EXTRAS = [
    _c("TalentId", None, lambda c, w: f"TAL{_d(c.r, 6)}"),
    _c("FirstName", "PERSON", lambda c, w: w["f"]),
    _c("LastName", "PERSON", lambda c, w: w["l"]),
    _c("DateOfBirth", "DATE_OF_BIRTH", lambda c, w: c.dob(c.r.choice(["dmy/", "long"])), 0.1),
    _c("PlayingAge", None, lambda c, w: f"{(a := c.r.randint(18, 60))}-{a + 10}"),
    _c("HomeTown", "LOCATION", lambda c, w: w["town"], 0.1, _NA),
    _c("MobilePhone", "PHONE_NUMBER", lambda c, w: c.phone("m"), 0.05),
    _c("PhoneType", None, _ptype),
    _c("Email", "EMAIL_ADDRESS", lambda c, w: c.email(w["f"], w["l"]), 0.1),
    _c("EmailVerified", None, _bool),
    _c("HeightCm", None, lambda c, w: str(c.r.randint(150, 200))),
    _c("HairColour", None, lambda c, w: c.r.choice(["brown", "blonde", "black", "red", "grey"])),
    _c("AgentCompany", None, lambda c, w: c.r.choice(["Ruth Lane Casting Ltd", "Mary Selway Extras", "Hopkins Talent", "Crowd Co."]), 0.5),
    _c("BankIban", "IBAN_CODE", lambda c, w: iban(c.r, "IE" if c.cc == "IE" else "GB"), 0.3),
    _c("RatePerDay", None, lambda c, w: f"£{c.r.choice([92, 104, 120, 150])}.00"),
    _c("LastBooked", None, lambda c, w: c.date("dmy/", 400), 0.3),
    _c("ProductionCode", None, lambda c, w: f"PRJ-{_s(c.r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"),
    _c("HeadshotSha", None, lambda c, w: sha256(c.r)),
    _c("Pwd", "PASSWORD", lambda c, w: password(c.r), 0.4),
    _c("address_type", None, lambda c, w: c.r.choice(["home", "billing", "postal"])),
]

T_CALLSHEET = [
    _c("callId", None, lambda c, w: f"CS{_d(c.r, 6)}"),
    _c("col_7", "PERSON", _name_full),
    _c("ssn", "US_SSN", lambda c, w: ssn(c.r), 0.1, _NA),
    _c("dob", "DATE_OF_BIRTH", lambda c, w: c.dob(c.r.choice(["mdy/", "long"])), 0.1),
    _c("tel", "PHONE_NUMBER", lambda c, w: c.phone(), 0.05),
    _c("addr1", "STREET_ADDRESS", lambda c, w: w["lines"][0], 0.1),
    _c("payrollAcct", "US_BANK_NUMBER", lambda c, w: bank_acct(c.r), 0.2),
    _c("routingNo", None, lambda c, w: routing(c.r), 0.2),
    _c("w9Received", None, _bool),
    _c("callTime", None, lambda c, w: hhmm(c.r)),
    _c("setLocation", None, lambda c, w: c.r.choice(["Warner Bros. Stage 16", "Paramount Lot B", "Lincoln Park", "Pier 59 Studios"])),
    _c("wardrobeSize", None, lambda c, w: c.r.choice(["S", "M", "L", "XL", "8", "10", "12"])),
    _c("vehicleMakeModel", None, lambda c, w: c.r.choice(["Ford Mustang 1967", "Honda Civic", "Tesla Model 3"]), 0.7),
    _c("voucherNo", None, lambda c, w: _d(c.r, 7)),
    _c("dailyRate", None, lambda c, w: f"${c.r.choice([182, 206, 228])}.00"),
    _c("ip_signup", "IP_ADDRESS", lambda c, w: _ip_public_v4(c.r), 0.25),
    _c("unionStatus", None, lambda c, w: c.r.choice(["SAG-AFTRA", "Non-union", "SAG-eligible"])),
    _c("card_last4", None, lambda c, w: _d(c.r, 4), 0.4),
    _c("nameOfProduction", None, lambda c, w: c.r.choice(["Chicago Fire S12", "The Walsh Family", "Ted Lasso", "Grey's Anatomy"])),
]

TABLES = [
    ("bail_intake", ("US",), T_BAIL),
    ("legal_aid_applicants", ("US",), T_LEGAL),
    ("fertility_portal_accounts", ("GB", "IE"), T_PORTAL),
    ("fertilidad_citas", ("ES", "CAT"), T_CITAS),
    ("esports_players", ("BR", "PL", "DE", "NL", "ES", "FR", "IT"), T_PLAYERS),
    ("esports_api_clients", ("US", "GB", "DE", "PL", "BR"), T_API),
    ("allotment_members", ("GB",), T_ALLOT),
    ("volkstuin_leden", ("NL",), T_VOLKS),
    ("removal_jobs", ("AU", "NZ"), T_MOVES),
    ("umzug_auftraege", ("DE",), T_UMZUG),
    ("extras_roster", ("GB", "IE"), T_EXTRAS),
    ("casting_callsheet_us", ("US",), T_CALLSHEET),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for name, ccs, cols in TABLES:
        r = random.Random(f"marsh-{seed}-table-{name}")
        out[name] = _tbl(r, ccs, rows, cols)
    return out
