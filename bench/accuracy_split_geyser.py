"""Accuracy split "geyser": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "geyser", 2026-11-27 (fixed "today" used for every relative date).

Independence: written from the author brief only. Read: that brief (which gives the exact signatures
of LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6 in bench/accuracy_data.py),
the output of `ls bench/`, and outputs of Faker (locale list, sample names/addresses) and phonenumbers
(example numbers, validity checks). No other repository file was opened (not accuracy_data.py, not
other splits, rules, tests, docs or results). The scanner and Presidio were never read or run.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)] with
random.Random(f"geyser-{seed}-{i}")); structured(rows, seed) -> dict[table, list[Column]]
(each table seeded random.Random(f"geyser-{seed}-{table}")). Faker instances are seeded from those
rngs; no clock reads, no set iteration, no hash-order dependence. Benchmark calls: free_text(500, 7),
structured(150, 11); both together run in about 1-2 s.

Domains: wedding planner, driving school (lessons, test dates), home-care agency (carers' visit
notes), ferry operator (vehicle bookings), charity donor CRM (gift aid, US ACH donors), mobile-phone
repair shop (IMEIs, unlock codes); free text also covers general CRM/support/messaging content.

Languages (60 templates): English 33 (55%) - US 7, GB 7, AU 3, IN 4, IE 3, NZ 2, CA 3, NG 2, KE 2.
Other 27 (45%, 16 languages) - German 3, French 2, Spanish 2, Catalan 2, Italian 2, Dutch 2,
Portuguese (BR) 2, Polish 1, Turkish 2, Romanian 2, Lithuanian 1, Slovenian 1, Estonian 1,
Tagalog/Filipino 2, Vietnamese 1, Swahili (TZ) 1. Names, towns, streets, postcodes, phone formats
and date formats follow each text's country (own name lists for Catalan, Filipino, Vietnamese,
Swahili; Faker names elsewhere; hand-written town/street/postcode tables for every country).

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack /
live-chat exports, SMS threads, M-Pesa confirmations, tickets with internal notes, CRM and call notes,
lower-case speech-to-text and voicemail transcripts, key: value / key=value / query-string / JSON-lines
form dumps, nginx access logs and application logs, a .env config snippet, an OCR'd membership form,
tab- and comma-separated spreadsheet pastes, notification lists, and two texts with no PII
(release notes, incident review).

Value rules: phones generated from phonenumbers example prefixes with random digits and kept only if
phonenumbers.is_valid_number (national, international, E.164, digits-only and dotted styles);
cards Luhn-valid via _luhn (Visa/MC/Amex, spaced, dashed or plain); SSNs avoid area 000/666/9xx,
group 00, serial 0000; IBANs from _iban_of (spaced or not, only supported countries); public IPs via
_ip_public_v4/_ip_public_v6; US account numbers 8-12 digits next to ABA-checksummed routing numbers;
API keys are secret-key shapes (sk_live_, ghp_, xoxb-, SG., AIza, sk-proj-); passwords plaintext.

Label conventions as applied: PERSON as written (full, first-only, surname-only, upper/lower case,
"Last, First", "SURNAME/FIRST", "First L." with the period inside), titles (Mr, Mrs, Frau, Sra.,
M., Hanım) outside, chat speakers labelled; brand/venue/street/company names containing person names
are not labelled, pet names are not. STREET_ADDRESS: street line plus postcode and town as one span;
multi-line blocks one span; in '>'-quoted replies each quoted line its own span; signature business
addresses and bare street lines labelled. LOCATION: towns/countries a person lives in, moves to, comes
from, was born in or travels to; depots, branches, offices, stores and ports are not. DATE_OF_BIRTH
only for birth dates. Every e-mail (role addresses too) and every valid phone number (business lines
too) labelled. Spans exclude quotes, brackets and trailing punctuation (a phone's own "(02)" area
code and an Italian "(MI)" province suffix are part of the value) and never overlap; the builder
asserts both and that every span's text equals the inserted value.

Look-alikes (never labelled): masked cards / last-4 / expiry / CVV, private and loopback IPs, version
strings, sha/bcrypt/argon2 hashes, UUIDs, order/ticket/tracking/claim/policy/booking refs, OTP,
door, gate, key-safe and alarm codes, IMEIs, unlock codes, routing numbers, sort codes, SWIFT/BIC,
GPS coordinates, amounts, timestamps and non-birth dates, publishable keys / Twilio-style SIDs /
session ids / payment tokens, a Nigerian NUBAN account (not a US account), M-Pesa and GCash refs,
vehicle plates, pet names, branch/depot/office towns, brand names containing person names.

Tables (150 rows each in the benchmark; columns total / PII / look-alike; header style):
  wedding_guests        GB  19 / 7 / 12  snake_case + abbreviations (tel, addr1)
  casament_convidats    ES (Catalan) 17 / 7 / 10  Catalan headers
  driving_lessons       AU  19 / 7 / 12  camelCase (dob, dobVerified)
  fahrschule_pruefungen DE  19 / 8 / 11  German headers with spaces/hyphens
  homecare_visits       IE  19 / 7 / 12  spaced Title Case
  thuiszorg_bezoeken    NL  19 / 9 / 10  Dutch headers + opaque (field_3, attr2)
  ferry_bookings        GB  20 / 7 / 13  PascalCase + opaque (Col7)
  feribot_rezervasyon   TR  17 / 7 / 10  UPPER_SNAKE Turkish headers
  donors_giftaid        GB  19 / 7 / 12  dotted (donor.forename)
  donors_us_ach         US  20 / 9 / 11  UPPER abbreviations + opaque (col_7 = SSN)
  repair_tickets        US  21 / 8 / 13  mixed snake/camel/spaced
  reparatii_telefoane   RO  18 / 7 / 11  Romanian headers
Blank rates vary per column (0-80%); some columns carry placeholders (N/A, -, unknown).

Known limits: addresses use small hand-written town/street lists (street numbers and postcodes are
random within plausible patterns, not checked against real registers); Faker's first_name and
last_name are drawn independently (gender of surname may not match in lt/pl); phone prefixes follow
phonenumbers example numbers, so operator variety is limited; some towns are reused as both a
person's town and (in other texts) a branch town on purpose; Vietnamese addresses have no postcode.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata
from functools import lru_cache

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)

# ---------------------------------------------------------------------------
# text builder with exact offsets
# ---------------------------------------------------------------------------

_PH = re.compile(r"\{(\d+)\}")


class B:
    """Accumulates literal text and labelled values; offsets are exact by construction."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def t(self, s: str) -> "B":
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, value: str, label: str | None) -> "B":
        if label is None:
            return self.t(value)
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, label))
        return self

    def f(self, tpl: str, *args) -> "B":
        """tpl with {0}, {1}... ; each arg is a plain str or a (value, label) pair."""
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos:m.start()])
            a = args[int(m.group(1))]
            if isinstance(a, tuple):
                self.p(a[0], a[1])
            else:
                self.t(a)
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        last = -1
        for s, e, lab in self.spans:
            assert lab in LABELS, lab
            assert s >= last, (text, self.spans)
            assert e > s
            v = text[s:e]
            assert v == v.strip() and (v[0] not in "'\"([{<" or (lab == "PHONE_NUMBER" and v[0] == "(")) and (v[-1] not in ",;:'\")]}>" or (v[-1] == ")" and "(" in v)), (v, lab)
            assert v[-1] != "." or (lab == "PERSON" and re.search(r"\b[A-Z]\.$", v)), (v, lab)
            last = e
        return Text(text, list(self.spans))


# ---------------------------------------------------------------------------
# country data
# ---------------------------------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}


def fmt_date(d: _dt.date, style: str) -> str:
    """style: 'mdy/', 'dmy/', 'dmy.', 'dmy-', 'iso', 'sl', 'long-<lang>', 'longus', 'vi'."""
    dd, mm, yy = d.day, d.month, d.year
    if style == "mdy/":
        return f"{mm:02d}/{dd:02d}/{yy}"
    if style == "dmy/":
        return f"{dd:02d}/{mm:02d}/{yy}"
    if style == "dmy.":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "dmy-":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "sl":
        return f"{dd}. {mm}. {yy}"
    if style == "vi":
        return f"ngày {dd} tháng {mm} năm {yy}"
    if style == "longus":
        return f"{_MONTHS['en'][mm - 1]} {dd}, {yy}"
    if style == "longtl":
        return f"{_MONTHS['tl'][mm - 1]} {dd}, {yy}"
    lang = style.split("-")[1]
    mn = _MONTHS[lang][mm - 1]
    if lang == "de":
        return f"{dd}. {mn} {yy}"
    if lang in ("es", "pt"):
        return f"{dd} de {mn} de {yy}"
    if lang == "ca":
        return f"{dd} {'d' + chr(39) if mn[0] in 'aeiou' else 'de '}{mn} de {yy}"
    if lang == "lt":
        return f"{yy} m. {mn} {dd} d."
    if lang in ("sl", "et"):
        return f"{dd}. {mn} {yy}"
    return f"{dd} {mn} {yy}"


def _pc_gb(r, area):
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _eir(r, key):
    return key + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


def _ca_pc(r, fsa):
    return f"{fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"


# each: (town_line_fn(r) -> (town_line, town)), streets, street_line_fn
def _n(r, a=1, b=240):
    return str(r.randint(a, b))


COUNTRIES = {
    "US": dict(loc="en_US", region="US", lang="en", dob=["mdy/", "longus", "mdy/"],
               mail=["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
               towns=[("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
                      ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"),
                      ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"),
                      ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992")],
               streets=["Maple Avenue", "Oak Street", "Elm Drive", "W 5th St", "Lincoln Blvd", "Cedar Lane",
                        "Park Pl", "Sycamore Ct", "N Main St", "Willow Creek Rd", "Ridgeview Dr"],
               fixed=False),
    "GB": dict(loc="en_GB", region="GB", lang="en", dob=["dmy/", "long-en", "dmy/"],
               mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
               towns=[("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"), ("Cardiff", "CF"),
                      ("Leicester", "LE"), ("Brighton", "BN"), ("York", "YO"), ("Sheffield", "S"), ("Glasgow", "G"),
                      ("Exeter", "EX"), ("Nottingham", "NG")],
               streets=["Church Lane", "Victoria Road", "Station Road", "Mill Close", "Queens Crescent", "High Street",
                        "Elmfield Avenue", "Kingsway", "Beech Grove", "Albert Terrace"]),
    "AU": dict(loc="en_AU", region="AU", lang="en", dob=["dmy/", "long-en"],
               mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"],
               towns=[("Brunswick", "VIC", "3056"), ("Fremantle", "WA", "6160"), ("Newtown", "NSW", "2042"),
                      ("Paddington", "QLD", "4064"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
                      ("Bondi", "NSW", "2026"), ("Geelong", "VIC", "3220"), ("Townsville", "QLD", "4810")],
               streets=["Sydney Rd", "Hope Street", "Wattle Ave", "Bridge Rd", "Banksia Cres", "Marine Pde",
                        "Ocean St", "Railway Pde", "Kookaburra Way"]),
    "IN": dict(loc="en_IN", region="IN", lang="en", dob=["dmy/", "dmy-", "long-en"],
               mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
               towns=[("Bengaluru", "5600"), ("Mumbai", "4000"), ("Pune", "4110"), ("Chennai", "6000"),
                      ("Hyderabad", "5000"), ("Kochi", "6820"), ("New Delhi", "1100"), ("Jaipur", "3020"),
                      ("Ahmedabad", "3800")],
               streets=["MG Road", "14th Cross, Indiranagar", "Linking Road, Bandra West", "FC Road, Shivajinagar",
                        "Anna Salai", "Banjara Hills Road No. 12", "Residency Road", "Sector 21", "Nehru Nagar"]),
    "IE": dict(loc="en_IE", region="IE", lang="en", dob=["dmy/", "long-en"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
               towns=[("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
                      ("Kilkenny", "R95"), ("Athlone", "N37"), ("Dublin 8", "D08"), ("Dublin 6", "D06"),
                      ("Sligo", "F91"), ("Tralee", "V92")],
               streets=["Main Street", "Church Road", "O'Connell Street", "Mary Street", "Bóthar na Trá",
                        "Castle Park", "Ashgrove Drive", "Summerhill", "The Crescent"]),
    "NZ": dict(loc="en_NZ", region="NZ", lang="en", dob=["dmy/", "long-en"],
               mail=["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz"],
               towns=[("Auckland", "Ponsonby", "1011"), ("Christchurch", "Riccarton", "8011"),
                      ("Wellington", "Te Aro", "6011"), ("Hamilton", "Hamilton East", "3216"),
                      ("Dunedin", "North East Valley", "9010"), ("Tauranga", "Mount Maunganui", "3116"),
                      ("Nelson", "Stoke", "7011")],
               streets=["Karaka Street", "Ponsonby Road", "Rata Crescent", "Kowhai Drive", "Harbour View Road",
                        "Tui Street", "Great South Road"]),
    "CA": dict(loc="en_CA", region="CA", lang="en", dob=["iso", "longus", "dmy/"],
               mail=["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"],
               towns=[("Toronto", "ON", "M4C"), ("Vancouver", "BC", "V5K"), ("Calgary", "AB", "T2N"),
                      ("Halifax", "NS", "B3H"), ("Ottawa", "ON", "K1S"), ("Winnipeg", "MB", "R3M"),
                      ("Victoria", "BC", "V8V"), ("Saskatoon", "SK", "S7N")],
               streets=["Danforth Ave", "Commercial Dr", "Kensington Rd NW", "Robie St", "Bank St",
                        "Corydon Ave", "Dallas Rd", "Broadway Ave"]),
    "NG": dict(loc="en_NG", region="NG", lang="en", dob=["dmy/", "long-en"],
               mail=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Lagos", "1000"), ("Abuja", "9000"), ("Ibadan", "2000"), ("Port Harcourt", "5000"),
                      ("Enugu", "4000"), ("Kano", "7000")],
               streets=["Adeola Odeku Street", "Allen Avenue, Ikeja", "Awolowo Road, Ikoyi", "Aminu Kano Crescent, Wuse 2",
                        "Ring Road", "Ogui Road", "Trans-Amadi Road"]),
    "KE": dict(loc="en_KE", region="KE", lang="en", dob=["dmy/", "long-en"],
               mail=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                      ("Eldoret", "30100"), ("Thika", "01000")],
               streets=["Ngong Road", "Kenyatta Avenue", "Moi Avenue", "Oginga Odinga Street", "Argwings Kodhek Road",
                        "Kimathi Street", "Waiyaki Way"]),
    "DE": dict(loc="de_DE", region="DE", lang="de", dob=["dmy.", "long-de"],
               mail=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
               towns=[("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
                      ("Freiburg im Breisgau", "79"), ("Münster", "48"), ("Bremen", "28"), ("Dresden", "01")],
               streets=["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Goethestraße", "Am Markt", "Schillerplatz",
                        "Gartenstraße", "Kastanienallee", "Birkenweg"]),
    "FR": dict(loc="fr_FR", region="FR", lang="fr", dob=["dmy/", "long-fr"],
               mail=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
               towns=[("Lyon", "6900"), ("Nantes", "4400"), ("Bordeaux", "3300"), ("Lille", "5900"),
                      ("Toulouse", "3100"), ("Rennes", "3500"), ("Montpellier", "3400"), ("Strasbourg", "6700")],
               streets=["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "rue de la République",
                        "rue des Lilas", "place du Marché", "impasse des Tilleuls", "chemin des Vignes"]),
    "ES": dict(loc="es_ES", region="ES", lang="es", dob=["dmy/", "long-es"],
               mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
               towns=[("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"),
                      ("Málaga", "290"), ("Bilbao", "480"), ("Valladolid", "470")],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Calle del Pez",
                        "Paseo de la Castellana", "Calle Sierpes", "Calle Larios"]),
    "CAT": dict(loc="es_ES", region="ES", lang="ca", dob=["dmy/", "long-ca"],
                mail=["gmail.com", "hotmail.com", "xtec.cat", "telefonica.net"],
                towns=[("Barcelona", "080"), ("Girona", "170"), ("Lleida", "250"), ("Tarragona", "430"),
                       ("Sabadell", "082"), ("Reus", "432"), ("Manresa", "082")],
                streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Rambla de Catalunya",
                         "Carrer de la Diputació", "Carrer del Nord", "Avinguda de Pau Casals"]),
    "IT": dict(loc="it_IT", region="IT", lang="it", dob=["dmy/", "long-it"],
               mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
               towns=[("Milano", "201", "MI"), ("Torino", "101", "TO"), ("Bologna", "401", "BO"), ("Napoli", "801", "NA"),
                      ("Firenze", "501", "FI"), ("Bari", "701", "BA"), ("Verona", "371", "VR")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Dante", "Via dei Mille",
                        "Viale Europa", "Via Mazzini"]),
    "NL": dict(loc="nl_NL", region="NL", lang="nl", dob=["dmy-", "long-nl"],
               mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
               towns=[("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Groningen", "97"),
                      ("Eindhoven", "56"), ("Haarlem", "20"), ("Nijmegen", "65")],
               streets=["Oudegracht", "Kerkstraat", "Dorpsstraat", "Lange Nieuwstraat", "Julianalaan", "Molenweg",
                        "Prinsengracht"]),
    "BR": dict(loc="pt_BR", region="BR", lang="pt", dob=["dmy/", "long-pt"],
               mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
               towns=[("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
                      ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"),
                      ("Salvador", "BA", "40")],
               streets=["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro",
                        "Avenida Atlântica", "Rua da Aurora", "Rua dos Andradas"]),
    "PL": dict(loc="pl_PL", region="PL", lang="pl", dob=["dmy.", "long-pl"],
               mail=["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
               towns=[("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6"),
                      ("Łódź", "9")],
               streets=["ul. Marszałkowska", "ul. Długa", "ul. Polna", "al. Jana Pawła II", "ul. Ogrodowa",
                        "ul. Kwiatowa"]),
    "TR": dict(loc="tr_TR", region="TR", lang="tr", dob=["dmy.", "long-tr"],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
               towns=[("İstanbul", "Kadıköy", "347"), ("Ankara", "Çankaya", "066"), ("İzmir", "Karşıyaka", "355"),
                      ("Bursa", "Nilüfer", "161"), ("Antalya", "Muratpaşa", "070"), ("Eskişehir", "Tepebaşı", "260")],
               streets=["Caferağa Mah. Moda Cad.", "Kızılay Mah. Atatürk Blv.", "Bostanlı Mah. Cemal Gürsel Cad.",
                        "Fenerbahçe Mah. Bağdat Cad.", "Yenişehir Mah. Lale Sok."]),
    "RO": dict(loc="ro_RO", region="RO", lang="ro", dob=["dmy.", "long-ro"],
               mail=["yahoo.com", "gmail.com", "yahoo.ro"],
               towns=[("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"),
                      ("Constanța", "900"), ("Sibiu", "550"), ("Oradea", "410")],
               streets=["Str. Mihai Eminescu", "Bd. Eroilor", "Str. Republicii", "Calea Dorobanților", "Str. Florilor",
                        "Str. Avram Iancu"]),
    "LT": dict(loc="lt_LT", region="LT", lang="lt", dob=["iso", "iso"],
               mail=["gmail.com", "one.lt", "inbox.lt", "splius.lt"],
               towns=[("Vilnius", "01"), ("Kaunas", "44"), ("Klaipėda", "92"), ("Šiauliai", "76"), ("Panevėžys", "35")],
               streets=["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Pylimo g.", "Savanorių pr.", "Taikos pr."]),
    "SI": dict(loc="sl_SI", region="SI", lang="sl", dob=["sl", "dmy."],
               mail=["gmail.com", "siol.net", "t-2.net", "amis.net"],
               towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"),
                      ("Koper", "6000"), ("Novo mesto", "8000")],
               streets=["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Prešernova ulica",
                        "Gosposvetska cesta", "Partizanska cesta"]),
    "EE": dict(loc="et_EE", region="EE", lang="et", dob=["dmy.", "long-et"],
               mail=["gmail.com", "mail.ee", "hot.ee", "neti.ee"],
               towns=[("Tallinn", "10"), ("Tartu", "50"), ("Pärnu", "80"), ("Narva", "20"), ("Viljandi", "71")],
               streets=["Pärnu mnt", "Narva mnt", "Rüütli tn", "Riia tn", "Vabaduse pst", "Tartu mnt"]),
    "PH": dict(loc="fil_PH", region="PH", lang="tl", dob=["mdy/", "longtl", "longus"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph"],
               towns=[("Quezon City", "1100"), ("Makati City", "1209"), ("Cebu City", "6000"), ("Davao City", "8000"),
                      ("Pasig City", "1600"), ("Iloilo City", "5000")],
               streets=["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Katipunan Ave.", "Osmeña Blvd.", "Narra St."]),
    "VN": dict(loc="vi_VN", region="VN", lang="vi", dob=["dmy/", "vi"],
               mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
               towns=[("Hà Nội", "quận Hai Bà Trưng"), ("TP. Hồ Chí Minh", "Quận 1"), ("Đà Nẵng", "quận Hải Châu"),
                      ("Huế", "phường Vĩnh Ninh"), ("Cần Thơ", "quận Ninh Kiều"), ("Hải Phòng", "quận Lê Chân")],
               streets=["đường Lê Lợi", "phố Huế", "đường Trần Phú", "đường Nguyễn Huệ", "phố Hàng Bạc",
                        "đường Hai Bà Trưng"]),
    "TZ": dict(loc="sw", region="TZ", lang="sw", dob=["dmy/", "long-sw"],
               mail=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Dar es Salaam", "11101"), ("Arusha", "23101"), ("Dodoma", "41101"), ("Mwanza", "33101"),
                      ("Moshi", "25101"), ("Morogoro", "67101")],
               streets=["Mtaa wa Uhuru", "Mtaa wa Samora", "Barabara ya Bagamoyo", "Mtaa wa Jamhuri",
                        "Barabara ya Nyerere", "Mtaa wa Lumumba"]),
}

_OWN_NAMES = {
    "CAT": (["Jordi", "Montserrat", "Núria", "Pau", "Laia", "Marc", "Arnau", "Mireia", "Oriol", "Meritxell", "Joan",
             "Roser", "Pol", "Aina", "Quim"],
            ["Puig", "Vila", "Soler", "Ferrer", "Casals", "Serra", "Pujol", "Roca", "Vidal", "Font", "Riera",
             "Bosch", "Sala", "Mas", "Coll"]),
    "PH": (["Maria Cristina", "Jose", "Juan Carlos", "Rowena", "Marites", "Jerome", "Lourdes", "Ramil", "Aileen",
            "Mark Anthony", "Jhun", "Rosalie", "Bong", "Analyn"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Macaraeg", "Aquino", "Ramos",
            "Castillo", "Manalo", "Dimaculangan", "Pascual"]),
    "VN": (["Lan", "Hùng", "Dũng", "Hương", "Tuấn", "Mai", "Linh", "Quang", "Thảo", "Phúc", "Trang", "Khoa"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]),
    "TZ": (["Amani", "Neema", "Baraka", "Zawadi", "Juma", "Rehema", "Hamisi", "Mwanaisha", "Salim", "Upendo",
            "Faraji", "Halima"],
           ["Mwakyusa", "Kimaro", "Mushi", "Swai", "Mfinanga", "Lyimo", "Massawe", "Njau", "Mollel", "Shirima",
            "Mrema", "Msuya"]),
}
_VN_MID = ["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thu", "Quốc", "Thanh"]


@lru_cache(maxsize=None)
def _faker(loc: str) -> Faker:
    return Faker(loc)


_TRANS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "æ": "ae", "'": ""})


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(ch for ch in s.lower() if ch in string.ascii_lowercase)


class Ctx:
    """Per-text (or per-table) country context; all randomness from r (Faker seeded from r)."""

    def __init__(self, cc: str, r: random.Random):
        self.cc, self.r = cc, r
        self.d = COUNTRIES[cc]
        self.fk = _faker(self.d["loc"])
        self.fk.seed_instance(r.randrange(1 << 30))

    # names
    def first(self) -> str:
        if self.cc in _OWN_NAMES:
            return self.r.choice(_OWN_NAMES[self.cc][0])
        return self.fk.first_name()

    def last(self) -> str:
        if self.cc in _OWN_NAMES:
            return self.r.choice(_OWN_NAMES[self.cc][1])
        return self.fk.last_name()

    def full(self) -> str:
        if self.cc == "VN":
            return f"{self.last()} {self.r.choice(_VN_MID)} {self.first()}"
        if self.cc == "CAT":
            return f"{self.first()} {self.last()} {self.last()}" if self.r.random() < 0.4 else f"{self.first()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def email(self, first: str | None = None, last: str | None = None) -> str:
        r = self.r
        f = slug(first or self.first()) or "info"
        la = slug(last or self.last()) or "mail"
        user = r.choice([f"{f}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}{r.randint(70, 99)}"])
        return f"{user}@{r.choice(self.d['mail'])}"

    def role_email(self, domain: str) -> str:
        return f"{self.r.choice(['info', 'support', 'bookings', 'hello', 'accounts', 'help', 'kontakt', 'office'])}@{domain}"

    # phones
    def phone(self, style: str = "nat", fixed: bool = False) -> str:
        r = self.r
        reg = self.d["region"]
        ex = phonenumbers.example_number_for_type(reg, _PNT.FIXED_LINE if fixed else _PNT.MOBILE)
        nsn = phonenumbers.national_significant_number(ex)
        cc = phonenumbers.country_code_for_region(reg)
        num = None
        for _ in range(60):
            if reg in ("US", "CA"):
                areas = {"US": ["614", "512", "503", "720", "919", "608", "520", "518", "912", "208", "937", "509"],
                         "CA": ["416", "604", "403", "902", "613", "204", "250", "306"]}[reg]
                cand = r.choice(areas) + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
            else:
                k = r.choice([2, 3]) if len(nsn) >= 9 else 2
                cand = nsn[:k] + "".join(str(r.randint(0, 9)) for _ in range(len(nsn) - k))
            pn = phonenumbers.parse(f"+{cc}{cand}")
            if phonenumbers.is_valid_number(pn):
                num = pn
                break
        if num is None:
            num = ex
        if style == "intl":
            out = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "e164":
            out = phonenumbers.format_number(num, _PNF.E164)
        elif style == "raw":
            out = re.sub(r"\D", "", phonenumbers.format_number(num, _PNF.NATIONAL))
        elif style == "dots" and reg in ("US", "CA"):
            s = phonenumbers.national_significant_number(num)
            out = f"{s[:3]}.{s[3:6]}.{s[6:]}"
        else:
            out = phonenumbers.format_number(num, _PNF.NATIONAL)
        assert phonenumbers.is_valid_number(phonenumbers.parse(out, reg)), out
        return out

    # addresses -> (street_line, town_line, town)
    def addr(self) -> tuple[str, str, str]:
        r, cc, d = self.r, self.cc, self.d
        t = r.choice(d["towns"])
        st = r.choice(d["streets"])
        if cc == "US":
            return f"{r.randint(12, 9890)} {st}" + r.choice(["", "", f" Apt {r.randint(1, 40)}"]), f"{t[0]}, {t[1]} {t[2]}{r.randint(1, 99):02d}", t[0]
        if cc == "GB":
            return f"{r.choice(['', '', f'Flat {r.randint(1, 12)}, '])}{r.randint(1, 180)} {st}", f"{t[0]} {_pc_gb(r, t[1])}", t[0]
        if cc == "AU":
            return f"{r.choice(['', f'{r.randint(1, 20)}/'])}{r.randint(1, 300)} {st}", f"{t[0]} {t[1]} {t[2]}", t[0]
        if cc == "IN":
            return (f"{r.choice(['Flat', 'H.No.', 'Plot'])} {r.randint(1, 900)}, {st}",
                    f"{t[0]} - {t[1]}{r.randint(1, 99):02d}", t[0])
        if cc == "IE":
            return f"{r.randint(1, 120)} {st}", f"{t[0]}, {_eir(r, t[1])}", t[0].split()[0]
        if cc == "NZ":
            return f"{r.randint(1, 250)} {st}", f"{t[1]}, {t[0]} {t[2]}", t[0]
        if cc == "CA":
            return f"{r.randint(10, 3999)} {st}" + r.choice(["", f", Unit {r.randint(1, 30)}"]), f"{t[0]}, {t[1]} {_ca_pc(r, t[2])}", t[0]
        if cc == "NG":
            return f"{r.randint(1, 80)} {st}", f"{t[0]} {t[1]}{r.randint(1, 99):02d}", t[0]
        if cc == "KE":
            return f"{r.choice(['Plot', 'House No.', 'Apt'])} {r.randint(1, 90)}, {st}", f"{t[0]} {t[1]}", t[0]
        if cc == "DE":
            return f"{st} {r.randint(1, 120)}{r.choice(['', '', 'a', 'b'])}", f"{t[1]}{r.randint(100, 999)} {t[0]}", t[0]
        if cc == "FR":
            return f"{r.randint(1, 90)}{r.choice(['', '', ' bis'])} {st}", f"{t[1]}{r.randint(0, 8)} {t[0]}", t[0]
        if cc == "ES":
            return f"{st}, {r.randint(1, 150)}, {r.randint(1, 8)}º {r.choice('ABCD')}", f"{t[1]}{r.randint(1, 50):02d} {t[0]}", t[0]
        if cc == "CAT":
            return f"{st}, {r.randint(1, 300)}, {r.randint(1, 6)}{r.choice(['r', 'n', 'r', 't'])} {r.randint(1, 4)}a", f"{t[1]}{r.randint(1, 40):02d} {t[0]}", t[0]
        if cc == "IT":
            return f"{st} {r.randint(1, 200)}", f"{t[1]}{r.randint(0, 99):02d} {t[0]} ({t[2]})", t[0]
        if cc == "NL":
            return f"{st} {r.randint(1, 300)}{r.choice(['', '', '-bis', 'A'])}", f"{t[1]}{r.randint(10, 99)} {r.choice('ABCDEGHJKLMNPRTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')} {t[0]}", t[0]
        if cc == "BR":
            pc = (t[2] + "".join(str(r.randint(0, 9)) for _ in range(5 - len(t[2])))) + f"-{r.randint(0, 999):03d}"
            return f"{st}, {r.randint(10, 2900)}{r.choice(['', ', apto ' + str(r.randint(11, 204))])}", f"{t[0]} - {t[1]}, {pc}", t[0]
        if cc == "PL":
            pc = (t[1] + str(r.randint(0, 9)))[:2] + f"-{r.randint(0, 999):03d}"
            return f"{st} {r.randint(1, 90)}{r.choice(['', '/' + str(r.randint(1, 40))])}", f"{pc} {t[0]}", t[0]
        if cc == "TR":
            return f"{st} No: {r.randint(1, 140)} D: {r.randint(1, 20)}", f"{t[2]}{r.randint(10, 99)} {t[1]}/{t[0]}", t[0]
        if cc == "RO":
            return f"{st} nr. {r.randint(1, 120)}{r.choice(['', ', bl. B' + str(r.randint(1, 9)) + ', ap. ' + str(r.randint(1, 60))])}", f"{t[1]}{r.randint(0, 999):03d} {t[0]}", t[0]
        if cc == "LT":
            return f"{st} {r.randint(1, 90)}{r.choice(['', '-' + str(r.randint(1, 40))])}", f"LT-{t[1]}{r.randint(100, 999)} {t[0]}", t[0]
        if cc == "SI":
            return f"{st} {r.randint(1, 120)}", f"{t[1]} {t[0]}", t[0]
        if cc == "EE":
            return f"{st} {r.randint(1, 90)}{r.choice(['', '-' + str(r.randint(1, 40))])}", f"{t[1]}{r.randint(100, 999)} {t[0]}", t[0]
        if cc == "PH":
            return f"{r.choice(['', 'Blk ' + str(r.randint(1, 20)) + ' Lot ' + str(r.randint(1, 40)) + ', '])}{r.randint(1, 300)} {st}, Brgy. {r.choice(['San Isidro', 'Poblacion', 'Bagong Silang', 'Mabolo', 'Kapitolyo'])}", f"{t[0]} {t[1]}", t[0]
        if cc == "VN":
            return f"Số {r.randint(1, 200)} {st}", f"{t[1]}, {t[0]}", t[0]
        if cc == "TZ":
            return f"{st} Na. {r.randint(1, 120)}", f"{t[1]} {t[0]}", t[0]
        raise KeyError(cc)

    def town(self) -> str:
        return self.addr()[2]

    def dob(self, style: str | None = None) -> str:
        r = self.r
        d = _dt.date(r.randint(1941, 2007), r.randint(1, 12), r.randint(1, 28))
        return fmt_date(d, style or r.choice(self.d["dob"]))

    def date(self, style: str | None = None, back: int = 400, fwd: int = 120) -> str:
        d = TODAY + _dt.timedelta(days=self.r.randint(-back, fwd))
        return fmt_date(d, style or self.d["dob"][0])


# ---------------------------------------------------------------------------
# value generators (PII and look-alikes)
# ---------------------------------------------------------------------------

_AN = string.ascii_letters + string.digits


def rs(r, n, alphabet=_AN):
    return "".join(r.choice(alphabet) for _ in range(n))


def password(r) -> str:
    k = r.randrange(5)
    if k == 0:
        return r.choice(["Summer", "Winter", "Liverpool", "Sunshine", "Bailey", "Monkey", "Dragon", "Kalimera", "Ljubezen", "Mahal"]) + str(r.randint(1, 2025)) + r.choice(["!", "#", "", "?", "$"])
    if k == 1:
        return rs(r, r.randint(10, 16), _AN + "!#%&*?@")
    if k == 2:
        return "-".join(r.choice(["correct", "horse", "battery", "staple", "lemon", "tiger", "cloud", "river", "piano", "mango"]) for _ in range(3)) + str(r.randint(1, 99))
    if k == 3:
        return r.choice(["P@ssw0rd", "Qwerty", "Welcome", "Ch@ngeMe", "Letmein"]) + str(r.randint(10, 999))
    return rs(r, 4, string.ascii_lowercase) + str(r.randint(1000, 9999)) + rs(r, 2, string.ascii_uppercase) + r.choice("!?#")


def api_key(r) -> str:
    k = r.randrange(6)
    if k == 0:
        return "sk_live_" + rs(r, 24)
    if k == 1:
        return "ghp_" + rs(r, 36)
    if k == 2:
        return "xoxb-" + f"{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-" + rs(r, 24)
    if k == 3:
        return "SG." + rs(r, 22, _AN + "-_") + "." + rs(r, 43, _AN + "-_")
    if k == 4:
        return "AIza" + rs(r, 35, _AN + "-_")
    return "sk-proj-" + rs(r, 40, _AN + "_")


def pub_key(r) -> str:  # look-alike: publishable key / account SID
    return r.choice(["pk_live_" + rs(r, 24), "AC" + rs(r, 32, "0123456789abcdef"), "pk_test_" + rs(r, 24)])


def card(r, sep: str | None = None) -> str:
    k = r.randrange(4)
    if k == 0:
        n = _luhn(r, r.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        n = _luhn(r, r.choice(["4", "4", "51", "53", "55", "2221"]), 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = sep if sep is not None else r.choice([" ", " ", "-", ""])
    return sep.join(groups)


def masked_card(r) -> str:
    last4 = f"{r.randint(0, 9999):04d}"
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"ending {last4}", f"•••• {last4}",
                     f"{r.choice(['4', '5'])}{r.randint(100, 999)} 12** **** {last4}"])


def ssn(r, dashed: bool = True) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{area:03d}-{g:02d}-{s:04d}" if dashed else f"{area:03d}{g:02d}{s:04d}"


def routing(r) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def us_acct(r) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(7, 11)))


def iban(r, cc: str, spaced: bool | None = None) -> str:
    v = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.5
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def ip4(r) -> str:
    return _ip_public_v4(r)


def ip6(r) -> str:
    return _ip_public_v6(r)


def priv_ip(r) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])


def uuid(r) -> str:
    h = rs(r, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=64) -> str:
    return rs(r, n, "0123456789abcdef")


def bcrypt(r) -> str:
    return "$2b$12$" + rs(r, 53, _AN + "./")


def argon(r) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${rs(r, 22, _AN + '+/')}${rs(r, 43, _AN + '+/')}"


def version(r) -> str:
    return f"{r.randint(1, 17)}.{r.randint(0, 30)}.{r.randint(0, 200)}"


def ref(r, prefix: str, n: int = 6) -> str:
    return f"{prefix}{rs(r, n, string.ascii_uppercase + string.digits) if r.random() < 0.5 else r.randint(10 ** (n - 1), 10 ** n - 1)}"


def imei(r) -> str:
    return _luhn(r, r.choice(["35", "86", "01", "35"]), 15)


def swift(r) -> str:
    return r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "BOFIIE2D", "INGBNL2A", "CAIXESBBXXX",
                     "UNCRITMM", "BCITITMM", "AIBKIE2D", "BSCHESMM", "RABONL2U"])


def gps(r) -> str:
    return f"{r.uniform(-45, 60):.5f}, {r.uniform(-120, 150):.5f}"


def amount(r, cur: str = "$") -> str:
    v = f"{r.randint(5, 4000)}.{r.randint(0, 99):02d}"
    return f"{cur}{v}" if cur in "$£€" else f"{v} {cur}"


def ts(r, sep: str = "T") -> str:
    d = TODAY - _dt.timedelta(days=r.randint(0, 60))
    return f"{d.isoformat()}{sep}{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def hhmm(r) -> str:
    return f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}"


PETS = ["Biscuit", "Luna", "Milo", "Bella", "Max", "Coco", "Rocky", "Daisy", "Oscar", "Simba", "Pepper", "Nala"]
BRANDS_WITH_NAMES = ["Johnson & Johnson", "McDonald's", "Ben & Jerry's", "Dell", "Ford", "Tommy Hilfiger",
                     "Marks & Spencer", "Sainsbury's", "Ralph Lauren", "Hugo Boss", "Louis Vuitton", "Walt Disney",
                     "Calvin Klein", "Wendy's", "Dr. Martens", "Jack Daniel's", "Levi's", "Mercedes-Benz"]

# ---------------------------------------------------------------------------
# free-text templates
# ---------------------------------------------------------------------------

PE, EM, PH, CC, SSN, BK, IB, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                   "US_BANK_NUMBER", "IBAN_CODE", "IP_ADDRESS")
SA, LO, DB, PW, AK = "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"


def A(c: Ctx, multi: bool = False):
    s, t, town = c.addr()
    return (s + ("\n" if multi else ", ") + t, SA), town


def ch(r, *opts):
    return r.choice(opts)


# ----- English: United States ------------------------------------------------

def t_us_support_email(r):
    c = Ctx("US", r)
    fn, ln = c.first(), c.last()
    ag = c.first()
    s, t, _ = c.addr()
    b = B()
    b.f("From: {0} <{1}>\nTo: {4}\nSubject: {2} order {3} never arrived\n\n",
        (f"{fn} {ln}", PE), (c.email(fn, ln), EM), ch(r, "Fwd:", "RE:", "Urgent -"), ref(r, "#BLH-", 7),
        ("support@brightlinehome.com", EM))
    b.f("{0},\n\n{1} Tracking {2} has said 'out for delivery' since {3}. ", ch(r, "Hi", "Hello", "Hey"),
        ch(r, "Still nothing.", "Package is missing.", "This is the third time I'm writing."),
        ref(r, "1Z", 16), c.date("longus", 20, 0))
    b.f("Please resend to the address below and call me on {0} if there's a problem.\n\nThanks,\n{1}\n\n",
        (c.phone(ch(r, "nat", "dots", "intl")), PH), (fn, PE))
    b.f("On {0}, {1} <{3}> wrote:\n> Hi {2}, could you confirm your shipping address?\n",
        c.date("mdy/", 30, 0), (ag, PE), (fn, PE), ("support@brightlinehome.com", EM))
    b.f("> {0}\n> {1}\n> Ref {2}\n", (s, SA), (t, SA), uuid(r))
    return b.done()


def t_us_bank_form(r):
    c = Ctx("US", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("=== Direct deposit enrollment (payroll) ===\nEmployee: {0}, {1}\nEmployee ID: E{2}\n", (ln, PE), (fn, PE),
        str(r.randint(10000, 99999)))
    b.f("SSN: {0}\nDOB: {1}\nHome phone: {2}\n", (ssn(r, r.random() < 0.8), SSN), (c.dob("mdy/"), DB), (c.phone(), PH))
    b.f("Bank: {0}\nRouting #: {1}\nAccount #: {2}\nAccount type: {3}\n", ch(r, "Wells Fargo", "Chase", "Charles Schwab Bank", "TD Bank"),
        routing(r), (us_acct(r), BK), ch(r, "Checking", "Savings"))
    a, _ = A(c)
    b.f("Mailing address: {0}\nSigned {1} — form v{2}\n", a, c.date("mdy/", 40, 0), version(r))
    return b.done()


def t_us_sms(r):
    c = Ctx("US", r)
    me, other = c.first(), c.first()
    ph = c.phone(ch(r, "nat", "e164"))
    b = B()
    b.f("SMS thread with {0} ({1})\n", (other, PE), (ph, PH))
    b.f("{0}: hey its {1}, new number. door code for the building is {2}#\n", hhmm(r), (other, PE), str(r.randint(1000, 9999)))
    b.f("{0}: ok saved. is {1} still at your place or did he go back to {2}?\n", hhmm(r), (c.first(), PE), (c.town(), LO))
    b.f("{0}: he flew home to {1} tues. also your verification code is {2} lol wrong chat\n", hhmm(r), (c.town(), LO),
        str(r.randint(100000, 999999)))
    b.f("{0}: call me at {1} after 6\n", hhmm(r), (c.phone("dots"), PH))
    return b.done()


def t_us_weblog(r):
    b = B()
    for _ in range(r.randint(4, 7)):
        k = r.random()
        d = TODAY - _dt.timedelta(days=r.randint(0, 3))
        stamp = f"[{d.day:02d}/{d.strftime('%b')}/{d.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000]"
        path = ch(r, "/api/v2/orders", "/login", "/static/app.js", "/cart?id=" + str(r.randint(100, 999)), "/healthz")
        ua = ch(r, f"Mozilla/5.0 (Windows NT 10.0) Chrome/{version(r)}", f"curl/{version(r)}", f"okhttp/{version(r)}")
        if k < 0.55:
            b.f("{0} - - {1} \"GET {2} HTTP/1.1\" {3} {4} \"{5}\"\n", (ip4(r), IP), stamp, path, ch(r, "200", "304", "404"),
                str(r.randint(200, 90000)), ua)
        elif k < 0.75:
            b.f("{0} - - {1} \"POST {2} HTTP/2\" {3} {4} \"{5}\"\n", (ip6(r), IP), stamp, path, ch(r, "201", "401", "500"),
                str(r.randint(200, 9000)), ua)
        else:
            b.f("{0} - - {1} \"GET /healthz HTTP/1.1\" 200 2 \"kube-probe/{2}\"\n", priv_ip(r), stamp, version(r))
    return b.done()


def t_us_call_note(r):
    c = Ctx("US", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("CALL NOTE {0} agent {1}\n", ts(r, " "), (c.first() + " " + c.last()[0] + ".", PE))
    b.f("Caller {0} {1} ({2}) wanted to update the card on file ({3}). ", ch(r, "Mr", "Ms", "Mrs"), (ln, PE),
        (c.phone(), PH), masked_card(r))
    b.f("New card {0} exp {1}/{2} cvv {3}. ", (card(r), CC), f"{r.randint(1, 12):02d}", str(r.randint(27, 31)),
        str(r.randint(100, 999)))
    b.f("Verified with DOB {0} and last 4 of SSN {1}. Charged {2} for claim {3}. {4} says thanks.\n",
        (c.dob(), DB), f"{r.randint(1, 9999):04d}", amount(r), ref(r, "CLM-", 8), (fn, PE))
    return b.done()


def t_us_transcript(r):
    c = Ctx("US", r)
    fn, ln = c.first().lower(), c.last().lower()
    s, t, _ = c.addr()
    b = B()
    b.f("[auto transcript, confidence 0.{0}]\nagent: thank you for calling {1} how can i help\n", str(r.randint(70, 97)),
        ch(r, "ford credit", "dell support", "wendy's guest relations"))
    b.f("caller: yeah hi um my name is {0} {1} {2}\n", (fn, PE), (ln, PE),
        ch(r, "", "that's " + ln[0] + " as in " + ch(r, "apple", "mary", "tom")))
    b.f("agent: and your date of birth\ncaller: {0}\n", (c.dob("longus").lower(), DB))
    b.f("agent: address on the account\ncaller: {0} {1}\n", (s.lower() + " " + t.lower().replace(",", ""), SA), "uh yeah")
    b.f("caller: and you can reach me at {0} my wife {1} also uses it\n", (c.phone("nat"), PH), (c.first().lower(), PE))
    return b.done()


def t_us_slack_devops(r):
    c = Ctx("US", r)
    u1, u2 = c.first(), c.first()
    b = B()
    b.f("#deploys — Slack export\n{0} {1}: rolling out api {2} to prod\n", hhmm(r), (u1, PE), "v" + version(r))
    b.f("{0} {1}: stripe webhooks are 401ing, who rotated the key?\n", hhmm(r), (u2, PE))
    b.f("{0} {1}: me, new one is {2} (the publishable {3} is unchanged)\n", hhmm(r), (u1, PE), (api_key(r), AK), pub_key(r))
    b.f("{0} {1}: pls don't paste secrets in here :facepalm: also db host is {2}, sha {3}\n", hhmm(r), (u2, PE),
        priv_ip(r), sha(r, 40))
    return b.done()


# ----- English: United Kingdom -----------------------------------------------

def t_gb_forward(r):
    c = Ctx("GB", r)
    fn, ln = c.first(), c.last()
    tenant = c.full()
    a, _ = A(c, multi=True)
    b = B()
    b.f("---------- Forwarded message ---------\nFrom: {0} <{1}>\nDate: {2}\nSubject: Tenancy deposit return\nTo: {3}\n\n",
        (f"{fn} {ln}", PE), (c.email(fn, ln), EM), c.date("long-en", 30, 0), ("lettings@oakhavenhomes.co.uk", EM))
    b.f("Dear Sir/Madam,\n\nI've moved out of the flat and would like the deposit of {0} paid to:\n\n", amount(r, "£"))
    b.f("Account name: {0}\nIBAN: {1}\nBIC: {2}\n\nForwarding address:\n{3}\n\n", (tenant, PE), (iban(r, "GB"), IB), swift(r), a)
    b.f("Kind regards,\n{0}\nMob: {1}\n", (fn, PE), (c.phone(ch(r, "nat", "intl")), PH))
    return b.done()


def t_gb_whatsapp(r):
    c = Ctx("GB", r)
    a, bname = c.full(), c.full()
    pet = r.choice(PETS)
    b = B()
    d = c.date("dmy/", 20, 0)
    b.f("[{0}, {1}] {2}: are you still ok to feed {3} while I'm in {4}?\n", d, hhmm(r) + ":12", (a, PE), pet, (c.town(), LO))
    b.f("[{0}, {1}] {2}: yes!! key is under the pot, alarm code {3}\n", d, hhmm(r) + ":40", (bname, PE), str(r.randint(1000, 9999)))
    b.f("[{0}, {1}] {2}: you're a star. if anything happens ring my mum {3} on {4}\n", d, hhmm(r) + ":03", (a, PE),
        (c.first(), PE), (c.phone(), PH))
    b.f("[{0}, {1}] {2}: will do. bring me back something from {3} lol\n", d, hhmm(r) + ":59", (bname, PE), ch(r, "Marks & Spencer", "Sainsbury's", "duty free"))
    return b.done()


def t_gb_ticket(r):
    c = Ctx("GB", r)
    fn, ln = c.first(), c.last()
    em = c.email(fn, ln)
    b = B()
    b.f("Ticket {0} | Priority: {1} | Channel: web\nRequester: {2} ({3})\n\n", ref(r, "INC", 7), ch(r, "P2", "P3"),
        (f"{fn} {ln}", PE), (em, EM))
    b.f("Customer message:\nCan't log in since the update ({0}). Tried resetting but no email arrives.\n\n", "app " + version(r))
    b.f("--- INTERNAL NOTE ({0}) ---\nChecked auth logs: last login from {1}, device {2}. ", (c.first(), PE), (ip4(r), IP), uuid(r))
    b.f("Stored hash {0} looked fine. Set temporary password {1} and asked {2} to change it on first login. ",
        ch(r, bcrypt(r), argon(r)), (password(r), PW), (fn, PE))
    b.f("Escalated to {0} at the Reading office.\n", (c.first() + " " + c.last(), PE))
    return b.done()


def t_gb_jsonl(r):
    c = Ctx("GB", r)
    b = B()
    for _ in range(r.randint(2, 4)):
        fn, ln = c.first(), c.last()
        b.f('{"event":"signup","ts":"{0}Z","user":{"first_name":"{1}","last_name":"{2}","email":"{3}",',
            ts(r), (fn, PE), (ln, PE), (c.email(fn, ln), EM))
        b.f('"mobile":"{0}","dob":"{1}","ip":"{2}","session":"{3}","plan":"{4}"}}\n', (c.phone("e164"), PH),
            (c.dob("iso"), DB), (ip4(r), IP), rs(r, 32, "0123456789abcdef"), ch(r, "basic", "plus", "family"))
    return b.done()


def t_gb_ocr(r):
    c = Ctx("GB", r)
    fn, ln = c.first(), c.last()
    s, t, _ = c.addr()
    b = B()
    b.f("APPLlCATION FOR MEMBERSHlP  pg 1/2\n\nSurname : {0}     Forename(s) : {1}\n", (ln.upper(), PE), (fn.upper(), PE))
    b.f("Date of Birth:  {0}        Membership No. {1}\n", (c.dob("dmy/"), DB), str(r.randint(100000, 999999)))
    b.f("Address:  {0}\n", (s + "  " + t, SA))
    b.f("Tel (home) {0}   Email {1}\n", (c.phone("nat", fixed=True), PH), (c.email(fn, ln), EM))
    b.f("Branch: {0} Leisure Centre   Signed ______  Date {1}\n", c.town(), c.date("dmy/", 60, 0))
    return b.done()


def t_gb_nopii_release(r):
    b = B()
    b.f("Release notes — Field App {0} ({1})\n\n* Fixed sync on Android {2}\n* Branch lookup now includes Leeds, York and Exeter depots\n",
        version(r), c_date_plain(r), str(r.randint(10, 15)))
    b.f("* Order IDs like {0} and tracking refs {1} are now clickable\n* Default gateway {2}, build {3}\n",
        ref(r, "ORD-", 8), ref(r, "JD0002", 14), priv_ip(r), sha(r, 12))
    b.f("* Prices shown as {0} incl. VAT. Thanks to the {1} team.\n", amount(r, "£"), ch(r, "Johnson & Johnson", "Ford fleet", "Dell"))
    return b.done()


def c_date_plain(r):
    return (TODAY - _dt.timedelta(days=r.randint(0, 90))).isoformat()


def t_gb_sheet(r):
    c = Ctx("GB", r)
    b = B()
    b.t("Name\tEmail\tPhone\tPostcode area\tJoined\tBalance\n")
    for _ in range(r.randint(3, 5)):
        fn, ln = c.first(), c.last()
        nm = f"{ln}, {fn}" if r.random() < 0.5 else f"{fn} {ln}"
        b.f("{0}\t{1}\t{2}\t{3}\t{4}\t{5}\n", (nm, PE), (c.email(fn, ln), EM), (c.phone(ch(r, "nat", "raw")), PH),
            ch(r, "LS", "BS", "NR", "YO"), c.date("dmy/", 900, 0), amount(r, "£"))
    return b.done()


# ----- English: Australia ----------------------------------------------------

def t_au_livechat(r):
    c = Ctx("AU", r)
    cust, ag = c.first(), c.first()
    a, _ = A(c)
    b = B()
    b.f("Live chat transcript — {0}\n{1} (agent): G'day, you're chatting with {1}. How can I help?\n", ts(r, " "), (ag, PE))
    b.f("{0}: hi, my parcel {1} went to the wrong place. I moved to {2} last month\n", (cust, PE), ref(r, "AP", 10), (c.town(), LO))
    b.f("{0} (agent): No worries. Can I get your full name and new address?\n", (ag, PE))
    b.f("{0}: {1}, {2}\n", (cust, PE), (cust + " " + c.last(), PE), a)
    b.f("{0}: mob is {1} if the driver needs it. gate code {2}\n", (cust, PE), (c.phone(ch(r, "nat", "intl")), PH), str(r.randint(100, 9999)))
    b.f("{0} (agent): Updated! Redelivery from the Fremantle depot on {1}.\n", (ag, PE), c.date("dmy/", 0, 7))
    return b.done()


def t_au_env(r):
    b = B()
    b.f("# .env.production  (do not commit)\nAPP_VERSION={0}\nDB_HOST={1}\nDB_USER=app_rw\nDB_PASSWORD={2}\n",
        version(r), priv_ip(r), (password(r), PW))
    b.f("STRIPE_SECRET_KEY={0}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{1}\nSENTRY_RELEASE={2}\n", (api_key(r), AK), rs(r, 24), sha(r, 40))
    b.f("SMTP_FROM={2}\nPUBLIC_EGRESS_IP={0}\nSESSION_SECRET_HASH={1}\n", (ip4(r), IP), sha(r),
        ("noreply@quokkaparcels.com.au", EM))
    return b.done()


def t_au_sheet(r):
    c = Ctx("AU", r)
    b = B()
    b.t("member_no,first,last,suburb,mobile,dob,club\n")
    for _ in range(r.randint(3, 5)):
        b.f("{0},{1},{2},{3},{4},{5},{6}\n", str(r.randint(20000, 99999)), (c.first(), PE), (c.last(), PE), (c.town(), LO),
            (c.phone("raw"), PH), (c.dob("dmy/"), DB), ch(r, "Bondi Icebergs", "Geelong Cats", "Sandy Bay Rowing"))
    return b.done()


# ----- English: India --------------------------------------------------------

def t_in_teams(r):
    c = Ctx("IN", r)
    a1, a2 = c.full(), c.full()
    cust = c.full()
    b = B()
    b.f("Microsoft Teams — chat\n{0}  {1}\nHi, customer {2} called again about the EMI bounce\n", (a1, PE), hhmm(r), (cust, PE))
    b.f("{0}  {1}\nWhich loan? {2}?\n", (a2, PE), hhmm(r), ref(r, "LN", 9))
    b.f("{0}  {1}\nyes. she's from {2}, shifted to {3}. new mobile {4}, email {5}\n", (a1, PE), hhmm(r), (c.town(), LO),
        (c.town(), LO), (c.phone(ch(r, "nat", "intl", "raw")), PH), (c.email(), EM))
    b.f("{0}  {1}\nok update in CRM. don't share OTP {2} with anyone pls\n", (a2, PE), hhmm(r), str(r.randint(100000, 999999)))
    return b.done()


def t_in_kyc(r):
    c = Ctx("IN", r)
    fn, ln = c.first(), c.last()
    a, _ = A(c)
    b = B()
    b.f("kyc_status=PENDING applicant_first={0} applicant_last={1} father_name={2} dob={3} ", (fn, PE), (ln, PE),
        (c.first() + " " + ln, PE), (c.dob("dmy-"), DB))
    b.f("mobile={0} email={1} addr=\"{2}\" pan_verified=true ref={3} amount={4}\n", (c.phone("raw"), PH), (c.email(fn, ln), EM),
        a, ref(r, "KYC", 8), amount(r, "INR"))
    return b.done()


def t_in_applog(r):
    c = Ctx("IN", r)
    b = B()
    for _ in range(r.randint(3, 5)):
        k = r.randrange(4)
        if k == 0:
            b.f("{0} INFO  auth.LoginService - login ok user={1} ip={2} sid={3}\n", ts(r, " "), (c.email(), EM), (ip4(r), IP), rs(r, 26))
        elif k == 1:
            b.f("{0} WARN  otp.Sender - OTP {1} sent to {2} (retry {3})\n", ts(r, " "), str(r.randint(100000, 999999)),
                (c.phone("e164"), PH), str(r.randint(1, 3)))
        elif k == 2:
            b.f("{0} DEBUG http.Client - upstream {1}:8080 took {2}ms req_id={3}\n", ts(r, " "), priv_ip(r), str(r.randint(3, 900)), uuid(r))
        else:
            b.f("{0} ERROR pay.Gateway - declined card {1} for order {2}\n", ts(r, " "), masked_card(r), ref(r, "OD", 12))
    return b.done()


def t_in_notifications(r):
    c = Ctx("IN", r)
    b = B()
    b.f("Inbox (4)\n- Your OTP for login is {0}. Do not share.\n", str(r.randint(1000, 999999)))
    b.f("- {0} shared a document with you: Rent agreement {1}\n", (c.full(), PE), c.town())
    b.f("- Order {0} dispatched from Bengaluru hub\n- Missed call from {1} ({2})\n", ref(r, "FK", 10), (c.first(), PE),
        (c.phone("intl"), PH))
    return b.done()


# ----- English: Ireland ------------------------------------------------------

def t_ie_email_sig(r):
    c = Ctx("IE", r)
    fn, ln = c.first(), c.last()
    pat = c.full()
    s, t, _ = c.addr()
    b = B()
    b.f("Hi {0},\n\nJust confirming {1}'s physio appointment on {2} at {3}. Please bring the referral letter.\n\n",
        (pat.split()[0], PE), (pat, PE), c.date("long-en", 0, 30), hhmm(r))
    b.f("Many thanks,\n{0} {1}\nPractice Manager, Claddagh Physio\n{2}\nT: {3} | {4}\n", (fn, PE), (ln, PE),
        (s + ", " + t, SA), (c.phone("nat", fixed=r.random() < 0.5), PH), ("reception@claddaghphysio.ie", EM))
    return b.done()


def t_ie_sms(r):
    c = Ctx("IE", r)
    a = c.first()
    b = B()
    b.f("From: {0}\n", (c.phone(ch(r, "nat", "intl")), PH))
    b.f("Hi it's {0} from the cottage booking. Landing in {1} friday, can u text directions? My other num is {2}\n", (a, PE),
        ch(r, "Shannon", "Cork airport", "Knock"), (c.phone(), PH))
    b.f("Reply: Hi {0}, key box code {1}, eircode on the booking conf {2}. Enjoy {3}!\n", (a, PE), str(r.randint(1000, 9999)),
        ref(r, "BK", 6), ch(r, "Galway", "Kerry", "Clare"))
    return b.done()


def t_ie_call_notes(r):
    c = Ctx("IE", r)
    ln = c.last()
    b = B()
    b.f("CRM > Contact > Notes\n{0} — rang re: home insurance renewal, policy {1}. ", c.date("dmy/", 10, 0), ref(r, "HP", 8))
    b.f("Spoke to Mrs {0} (born {1}). Moving from {2} to {3} in spring. ", (ln, PE), (c.dob(), DB), (c.town(), LO), (c.town(), LO))
    b.f("Wants quote for new place: {0}. Callback {1}. Premium quoted {2}.\n", (A(c)[0][0], SA), (c.phone(), PH), amount(r, "€"))
    return b.done()


# ----- English: New Zealand --------------------------------------------------

def t_nz_slack(r):
    c = Ctx("NZ", r)
    u1, u2, cust = c.first(), c.first(), c.full()
    b = B()
    b.f("{0}  {1}\ncustomer {2} wants their data exported, says they're moving to {3}\n", (u1, PE), hhmm(r), (cust, PE), (ch(r, "Melbourne", "London", "Sydney"), LO))
    b.f("{0}  {1}\nok. ticket {2}. is the email still {3}?\n", (u2, PE), hhmm(r), ref(r, "SUP-", 5), (c.email(*cust.split()), EM))
    b.f("{0}  {1}\nyep + phone {2}. order history under Wellington branch\n", (u1, PE), hhmm(r), (c.phone(), PH))
    return b.done()


def t_nz_nopii(r):
    b = B()
    b.f("Incident {0} — resolved\nImpact: card payments at the Auckland and Nelson stores failed between {1} and {2} NZDT.\n",
        ref(r, "PIR-", 4), hhmm(r), hhmm(r))
    b.f("Cause: TLS cert on {0} expired; terminal firmware {1}. Affected orders {2}–{3}, total {4}.\n", priv_ip(r), version(r),
        ref(r, "", 6), ref(r, "", 6), amount(r, "$"))
    b.f("Follow-up owner: platform team. Coordinates of the data centre: {0}.\n", gps(r))
    return b.done()


# ----- English: Canada -------------------------------------------------------

def t_ca_crm(r):
    c = Ctx("CA", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Contact: {0} {1}\nStage: Proposal sent | Owner: {2}\n", (fn, PE), (ln, PE), (c.first() + " " + c.last(), PE))
    b.f("Phone: {0}  ext. {1}\nEmail: {2}\n", (c.phone(ch(r, "nat", "dots")), PH), str(r.randint(100, 999)), (c.email(fn, ln), EM))
    b.f("Address: {0}\nNotes: grew up in {1}, now lives in {2}. Wants invoice in CAD ({3}). Quote {4}.\n", A(c)[0],
        (c.town(), LO), (c.town(), LO), amount(r, "$"), ref(r, "Q-", 5))
    return b.done()


def t_ca_webform(r):
    c = Ctx("CA", r)
    fn, ln = c.first(), c.last()
    s, t, _ = c.addr()
    b = B()
    b.f('{"form":"contact_v{0}","fields":{"firstName":"{1}","lastName":"{2}","birthDate":"{3}",', version(r), (fn, PE), (ln, PE),
        (c.dob("iso"), DB))
    b.f('"street":"{0}","cityProvPostal":"{1}","phone":"{2}","consent":true,"utm":"{3}"},"client_ip":"{4}"}}\n', (s, SA), t,
        (c.phone("intl"), PH), rs(r, 8).lower(), (ip4(r), IP))
    return b.done()


def t_ca_transcript(r):
    c = Ctx("CA", r)
    fn = c.first().lower()
    b = B()
    b.f("voicemail transcription: hi it's {0} calling about the apartment on {1} ", (fn, PE), ch(r, "Danforth", "Robie", "Corydon"))
    b.f("i'm moving from {0} next month um you can call me back at {1} or email {2} thanks bye\n",
        (c.town().lower(), LO), (c.phone("nat"), PH), (c.email(), EM))
    return b.done()


# ----- English: Nigeria, Kenya -----------------------------------------------

def _nuban(r) -> str:
    """A Nigerian 10-digit account number that is not also a valid Nigerian phone number."""
    while True:
        v = "0" + "".join(str(r.randint(0, 9)) for _ in range(9))
        if not phonenumbers.is_valid_number(phonenumbers.parse(v, "NG")):
            return v


def t_ng_whatsapp(r):
    c = Ctx("NG", r)
    a, bn = c.full(), c.first()
    b = B()
    d = c.date("dmy/", 10, 0)
    b.f("{0}, {1} - {2}: Good morning ma, I sent the transfer for the shop rent\n", d, hhmm(r), (a, PE))
    b.f("{0}, {1} - {2}: Which account? The GTBank one {3}?\n", d, hhmm(r), (bn, PE), _nuban(r))
    b.f("{0}, {1} - {2}: Yes. Receipt ref {3}, amount {4}. My brother {5} is travelling to {6} tomorrow, he will bring the docs\n",
        d, hhmm(r), (a, PE), ref(r, "TRF", 10), amount(r, "NGN"), (c.first(), PE), (c.town(), LO))
    b.f("{0}, {1} - {2}: Ok. Tell him to call {3}\n", d, hhmm(r), (bn, PE), (c.phone(ch(r, "nat", "intl")), PH))
    return b.done()


def t_ng_ticket(r):
    c = Ctx("NG", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Subject: Failed POS debit - {0}\nCustomer: {1}\nAcct officer: {2}\n", ref(r, "CMP", 7), (f"{fn} {ln}", PE), (c.full(), PE))
    b.f("Details: card {0} debited {1} at a Shoprite terminal, no value. Customer address {2}; phone {3}.\n", masked_card(r),
        amount(r, "NGN"), A(c)[0], (c.phone(), PH))
    return b.done()


def t_ke_mpesa(r):
    c = Ctx("KE", r)
    b = B()
    for _ in range(r.randint(2, 3)):
        nm = c.full().upper()
        b.f("{0} Confirmed. Ksh{1}.00 sent to {2} {3} on {4} at {5}. New M-PESA balance is Ksh{6}.00.\n",
            rs(r, 10, string.ascii_uppercase + string.digits), str(r.randint(50, 9000)), (nm, PE), (c.phone("raw"), PH),
            c.date("dmy/", 5, 0), hhmm(r) + " " + ch(r, "AM", "PM"), str(r.randint(10, 40000)))
    return b.done()


def t_ke_email(r):
    c = Ctx("KE", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Dear {0},\n\nThank you for registering for the Nairobi Marathon. Your bib number is {1}.\n", (fn, PE), str(r.randint(1000, 30000)))
    b.f("Name: {0} {1}\nDate of birth: {2}\nHome town: {3}\nEmergency contact: {4}, {5}\n\n", (fn, PE), (ln, PE),
        (c.dob(), DB), (c.town(), LO), (c.full(), PE), (c.phone(), PH))
    b.f("Race pack collection is at the Kisumu and Nairobi offices.\nRegards,\nEvents team | {0}\n", ("events@nairobimarathon.co.ke", EM))
    return b.done()


# ----- German ----------------------------------------------------------------

def t_de_email(r):
    c = Ctx("DE", r)
    fn, ln = c.first(), c.last()
    a, _ = A(c, multi=True)
    b = B()
    b.f("Sehr geehrte Frau {0},\n\nanbei die Bestätigung Ihrer Bestellung {1} vom {2}. Die Lieferung erfolgt an:\n\n{3} {4}\n{5}\n\n",
        (ln, PE), ref(r, "DE-", 8), c.date("dmy.", 10, 0), (fn, PE), (ln, PE), a)
    b.f("Bei Rückfragen erreichen Sie uns unter {0} oder {1}.\n\nMit freundlichen Grüßen\n{2}\nKundenservice Hugo Boss Outlet Metzingen\n",
        (c.phone("nat", fixed=True), PH), ("service@outlet-kundenservice.de", EM), (c.full(), PE))
    return b.done()


def t_de_sepa(r):
    c = Ctx("DE", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("SEPA-Lastschriftmandat  Mandatsreferenz: {0}\nKontoinhaber: {1}, {2}\n", ref(r, "MR", 10), (ln, PE), (fn, PE))
    b.f("Geburtsdatum: {0}\nIBAN: {1}\nBIC: {2}\nAnschrift: {3}\nBetrag: {4} monatlich\n", (c.dob(), DB), (iban(r, ch(r, "DE", "AT")), IB),
        swift(r), A(c)[0], amount(r, "€"))
    return b.done()


def t_de_kontakt(r):
    c = Ctx("DE", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("vorname={0}&nachname={1}&email={2}&telefon={3}&plz_ort={4}&nachricht=Rückruf+bitte&ip={5}&ts={6}\n",
        (fn, PE), (ln, PE), (c.email(fn, ln), EM), (c.phone("raw"), PH), c.addr()[1].replace(" ", "+"), (ip4(r), IP), ts(r))
    return b.done()


# ----- French ----------------------------------------------------------------

def t_fr_reply(r):
    c = Ctx("FR", r)
    fn, ln = c.first(), c.last()
    s, t, _ = c.addr()
    b = B()
    b.f("Bonjour {0},\n\nC'est noté, nous envoyons le colis à la nouvelle adresse. Bonne installation à {1} !\n\nCordialement,\nService client\n\n",
        (fn, PE), (c.town(), LO))
    b.f("Le {0}, {1} <{2}> a écrit :\n> Bonjour, je déménage, voici ma nouvelle adresse :\n> {3}\n> {4}\n> Mon portable : {5}\n",
        c.date("dmy/", 5, 0), (f"{fn} {ln}", PE), (c.email(fn, ln), EM), (s, SA), (t, SA), (c.phone(), PH))
    return b.done()


def t_fr_notes(r):
    c = Ctx("FR", r)
    nm = c.full()
    b = B()
    b.f("Note d'appel — {0}\nM. {1}, né le {2} à {3}, demande la résiliation du contrat {4}. ", c.date("dmy/", 3, 0),
        (nm, PE), (c.dob("long-fr"), DB), (c.town(), LO), ref(r, "CT", 8))
    b.f("Remboursement de {0} sur IBAN {1}. Rappeler au {2}. Agence de Bordeaux informée.\n", amount(r, "€"), (iban(r, "FR", True), IB),
        (c.phone(), PH))
    return b.done()


# ----- Spanish ---------------------------------------------------------------

def t_es_whatsapp(r):
    c = Ctx("ES", r)
    a, bn = c.first(), c.first()
    b = B()
    d = c.date("dmy/", 10, 0)
    b.f("{0} {1} - {2}: oye, me pasas el número de tu prima {3}?\n", d, hhmm(r), (a, PE), (c.first(), PE))
    b.f("{0} {1} - {2}: claro, {3}. vive en {4} ahora\n", d, hhmm(r), (bn, PE), (c.phone(ch(r, "nat", "intl")), PH), (c.town(), LO))
    b.f("{0} {1} - {2}: gracias!! y el código del portal sigue siendo {3}?\n", d, hhmm(r), (a, PE), str(r.randint(1000, 9999)))
    b.f("{0} {1} - {2}: sí jaja. saca a pasear a {3} si puedes\n", d, hhmm(r), (bn, PE), r.choice(PETS))
    return b.done()


def t_es_form(r):
    c = Ctx("ES", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Nombre: {0}\nApellidos: {1}\nFecha de nacimiento: {2}\nDirección: {3}\nTeléfono: {4}\nCorreo: {5}\n",
        (fn, PE), (ln + " " + c.last(), PE), (c.dob(), DB), A(c)[0], (c.phone(), PH), (c.email(fn, ln), EM))
    b.f("Nº de socio: {0}\nCuota: {1}\nIBAN: {2}\n", ref(r, "S", 6), amount(r, "€"), (iban(r, "ES"), IB))
    return b.done()


# ----- Catalan ---------------------------------------------------------------

def t_ca_email(r):
    c = Ctx("CAT", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Bon dia {0},\n\nUs confirmo la reserva de la sala per al sopar del {1}. El dipòsit de {2} s'ha de fer a l'IBAN {3}.\n\n",
        (fn, PE), c.date("long-ca", 0, 60), amount(r, "€"), (iban(r, "ES", True), IB))
    b.f("Salutacions cordials,\n{0}\nRestaurant Can Roca\n{1}\nTel. {2} · {3}\n", (c.full(), PE), A(c)[0], (c.phone("nat", fixed=True), PH),
        ("reserves@canroca-restaurant.cat", EM))
    return b.done()


def t_ca_call(r):
    c = Ctx("CAT", r)
    nm = c.full()
    b = B()
    b.f("Nota de trucada ({0}): Truca la Sra. {1}, nascuda el {2}, que viu a {3}. ", c.date("dmy/", 3, 0), (nm, PE),
        (c.dob("long-ca"), DB), (c.town(), LO))
    b.f("Vol canviar el mòbil al {0} i l'adreça a {1}. Comanda {2}, import {3}. Parlarà amb el seu fill {4}.\n",
        (c.phone(), PH), A(c)[0], ref(r, "CM", 7), amount(r, "€"), (c.first(), PE))
    return b.done()


# ----- Italian ---------------------------------------------------------------

def t_it_ticket(r):
    c = Ctx("IT", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Ticket #{0} — Stato: aperto\nCliente: {1} {2} ({3})\n", str(r.randint(10000, 99999)), (fn, PE), (ln, PE), (c.email(fn, ln), EM))
    b.f("Messaggio: buongiorno, non riesco ad accedere. La mia password era {0} ma non funziona più.\n", (password(r), PW))
    b.f("Nota interna ({0}): accesso bloccato dopo 5 tentativi da {1}; dispositivo IMEI {2}. Richiamare al {3}.\n",
        (c.first(), PE), (ip4(r), IP), imei(r), (c.phone(), PH))
    return b.done()


def t_it_form(r):
    c = Ctx("IT", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("MODULO ISCRIZIONE\nCognome: {0}\nNome: {1}\nNato/a a: {2} il {3}\nResidenza: {4}\nCell.: {5}\n",
        (ln.upper(), PE), (fn.upper(), PE), (c.town(), LO), (c.dob(), DB), A(c)[0], (c.phone(), PH))
    b.f("Pratica n. {0} — quota {1} — filiale di Torino\n", ref(r, "", 7), amount(r, "€"))
    return b.done()


# ----- Dutch -----------------------------------------------------------------

def t_nl_note(r):
    c = Ctx("NL", r)
    nm = c.full()
    b = B()
    b.f("Klantnotitie {0}: mevrouw {1} belde over de verhuizing naar {2}. ", c.date("dmy-", 5, 0), (nm, PE), (c.town(), LO))
    b.f("Nieuw adres: {0}. Geboortedatum gecontroleerd ({1}). Rekening {2}. Terugbellen op {3}. Pakket {4} nog onderweg.\n",
        A(c)[0], (c.dob(), DB), (iban(r, "NL"), IB), (c.phone(), PH), ref(r, "3SABC", 9))
    return b.done()


def t_nl_chat(r):
    c = Ctx("NL", r)
    a, bn = c.first(), c.first()
    b = B()
    b.f("{0}: hoi! mijn nieuwe nummer is {1}\n{2}: top, opgeslagen. kom je zaterdag naar {3}?\n", (a, PE), (c.phone(), PH), (bn, PE),
        (c.town(), LO))
    b.f("{0}: ja met {1} en de hond {2}. mail me het adres even op {3}\n", (a, PE), (c.first(), PE), r.choice(PETS), (c.email(), EM))
    return b.done()


# ----- Portuguese (Brazil) ---------------------------------------------------

def t_br_whatsapp(r):
    c = Ctx("BR", r)
    a, bn = c.full(), c.first()
    b = B()
    d = c.date("dmy/", 10, 0)
    b.f("[{0} {1}] {2}: oi, consegue me mandar o endereço da festa?\n", d, hhmm(r), (a, PE))
    b.f("[{0} {1}] {2}: {3}\n", d, hhmm(r), (bn, PE), A(c)[0])
    b.f("[{0} {1}] {2}: valeu! qualquer coisa liga no {3}. vou com a {4} que chegou de {5}\n", d, hhmm(r), (a, PE), (c.phone(), PH),
        (c.first(), PE), (c.town(), LO))
    return b.done()


def t_br_cadastro(r):
    c = Ctx("BR", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("CADASTRO DE CLIENTE\nNome completo: {0}\nData de nascimento: {1}\nE-mail: {2}\nCelular: {3}\n", (f"{fn} {ln}", PE),
        (c.dob(), DB), (c.email(fn, ln), EM), (c.phone(), PH))
    b.f("Endereço: {0}\nCartão: {1} val. {2}/{3}\nPedido: {4}  Valor: R$ {5}\n", A(c)[0], (card(r, " "), CC), f"{r.randint(1, 12):02d}",
        str(r.randint(27, 32)), ref(r, "PED", 8), f"{r.randint(20, 900)},{r.randint(0, 99):02d}")
    return b.done()


# ----- Polish ----------------------------------------------------------------

def t_pl_email(r):
    c = Ctx("PL", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Dzień dobry Panie {0},\n\nw załączeniu faktura {1} za naprawę. Prosimy o przelew na konto {2}.\n\n", (ln, PE),
        ref(r, "FV/2026/", 4), (iban(r, "PL", True), IB))
    b.f("Pozdrawiam,\n{0}\nSerwis Kowalski Sp. z o.o.\n{1}\ntel. {2}\n", (c.full(), PE), A(c)[0], (c.phone(), PH))
    return b.done()


# ----- Turkish ---------------------------------------------------------------

def t_tr_ticket(r):
    c = Ctx("TR", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Destek talebi #{0}\nMüşteri: {1} {2}\nE-posta: {3}\nTelefon: {4}\n", str(r.randint(100000, 999999)), (fn, PE), (ln, PE),
        (c.email(fn, ln), EM), (c.phone(), PH))
    b.f("Mesaj: Merhaba, siparişim ({0}) hâlâ gelmedi. Adresim: {1}. Doğum tarihim {2}, üyelik doğrulaması için.\n",
        ref(r, "TR", 9), A(c)[0], (c.dob(), DB))
    b.f("İç not: kargo şubesi Bursa, takip no {0}.\n", ref(r, "", 12))
    return b.done()


def t_tr_sms(r):
    c = Ctx("TR", r)
    a = c.first()
    b = B()
    b.f("{0}: Selam {1}, yarın {2} şehrine gidiyorum, anahtarı komşu {3} Hanım'a bıraktım. Kapı şifresi {4}.\n", hhmm(r), (a, PE),
        (c.town(), LO), (c.last(), PE), str(r.randint(1000, 9999)))
    b.f("{0}: Tamam, acil bir şey olursa {1} numarasından ara.\n", hhmm(r), (c.phone(ch(r, "nat", "intl")), PH))
    return b.done()


# ----- Romanian --------------------------------------------------------------

def t_ro_email(r):
    c = Ctx("RO", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Bună ziua, doamna {0},\n\nVă confirmăm programarea la service pentru {1}, ora {2}. Numărul comenzii: {3}.\n\n", (ln, PE),
        c.date("dmy.", 0, 20), hhmm(r), ref(r, "SRV", 6))
    b.f("Cu stimă,\n{0}\nDacia Service Cluj\n{1}\nTel: {2} | {3}\n", (c.full(), PE), A(c)[0], (c.phone(fixed=r.random() < 0.5), PH),
        ("programari@service-auto-cluj.ro", EM))
    return b.done()


def t_ro_form(r):
    c = Ctx("RO", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("nume: {0}\nprenume: {1}\ndata_nasterii: {2}\nlocalitate: {3}\ntelefon: {4}\nparola: {5}\ncod_client: {6}\n",
        (ln, PE), (fn, PE), (c.dob(), DB), (c.town(), LO), (c.phone("raw"), PH), (password(r), PW), ref(r, "RO", 6))
    return b.done()


# ----- Lithuanian, Slovenian, Estonian ---------------------------------------

def t_lt_email(r):
    c = Ctx("LT", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Laba diena,\n\nesu {0} {1}, gimęs {2}. Prašau pakeisti pristatymo adresą į {3}.\n", (fn, PE), (ln, PE), (c.dob(), DB), A(c)[0])
    b.f("Užsakymo nr. {0}. Mano telefonas {1}, el. paštas {2}.\n\nAčiū,\n{3}\n", ref(r, "LT", 8), (c.phone("intl"), PH),
        (c.email(fn, ln), EM), (fn, PE))
    return b.done()


def t_sl_chat(r):
    c = Ctx("SI", r)
    a, bn = c.first(), c.first()
    b = B()
    b.f("{0} {1}: živjo, a si že v {2}?\n{3} {4}: ja, pridem jutri nazaj. pokliči {5} na {6}\n", hhmm(r), (a, PE), (c.town(), LO),
        hhmm(r), (bn, PE), (c.first(), PE), (c.phone(), PH))
    b.f("{0} {1}: ok. in moj novi naslov je {2}\n", hhmm(r), (a, PE), A(c)[0])
    return b.done()


def t_et_form(r):
    c = Ctx("EE", r)
    fn, ln = c.first(), c.last()
    b = B()
    b.f("Eesnimi: {0}\nPerekonnanimi: {1}\nSünniaeg: {2}\nElukoht: {3}\nAadress: {4}\nTelefon: {5}\nE-post: {6}\nTellimus: {7}\n",
        (fn, PE), (ln, PE), (c.dob(), DB), (c.town(), LO), A(c)[0], (c.phone(ch(r, "nat", "intl")), PH), (c.email(fn, ln), EM),
        ref(r, "EE", 7))
    return b.done()


# ----- Tagalog / Filipino ----------------------------------------------------

def t_tl_chat(r):
    c = Ctx("PH", r)
    a, bn = c.first(), c.first()
    b = B()
    b.f("{0}: Ate, nasaan ka na? Sabi ni {1} pupunta ka raw ng {2}\n", (a, PE), (c.first(), PE), (c.town(), LO))
    b.f("{0}: oo, lipat na ako. ito bagong address ko: {1}\n", (bn, PE), A(c)[0])
    b.f("{0}: sige po. text mo lang ako sa {1}. yung GCash ref {2} na-send ko na\n", (a, PE), (c.phone(), PH), str(r.randint(10**12, 10**13 - 1)))
    return b.done()


def t_tl_sms(r):
    c = Ctx("PH", r)
    fn = c.first()
    b = B()
    b.f("Magandang araw {0}! Ang iyong appointment sa Jollibee Foods HR ay sa {1}. ", (fn, PE), c.date("longtl", 0, 14))
    b.f("Dalhin ang birth certificate (kapanganakan: {0}). Para sa tanong, tumawag sa {1} o mag-email sa {2}. Ref: {3}\n",
        (c.dob("longtl"), DB), (c.phone(fixed=True), PH), ("recruitment@jfc-hr.com.ph", EM), ref(r, "APP", 6))
    return b.done()


# ----- Vietnamese, Swahili ---------------------------------------------------

def t_vi_msg(r):
    c = Ctx("VN", r)
    nm = c.full()
    b = B()
    b.f("Khách hàng: {0}\nSinh ngày: {1}\nĐịa chỉ: {2}\nSĐT: {3}\n", (nm, PE), (c.dob(), DB), A(c)[0], (c.phone(), PH))
    b.f("Ghi chú: chị {0} chuyển về {1} sống, giao hàng sau {2}. Mã đơn {3}, tổng {4} VND.\n", (nm.split()[-1], PE), (c.town(), LO),
        hhmm(r), ref(r, "VN", 8), f"{r.randint(100, 9000)}.000")
    return b.done()


def t_sw_sms(r):
    c = Ctx("TZ", r)
    a = c.full()
    b = B()
    b.f("Habari {0}, karibu tena! Mzigo wako {1} umefika ofisi ya Arusha. ", (a.split()[0], PE), ref(r, "TZ", 8))
    b.f("Mpokeaji: {0}, simu {1}, anwani {2}. Tarehe ya kuzaliwa {3} imethibitishwa.\n", (a, PE), (c.phone(), PH), A(c)[0], (c.dob(), DB))
    b.f("Kaka yako {0} anasafiri kwenda {1} kesho.\n", (c.first(), PE), (c.town(), LO))
    return b.done()


TEMPLATES = [
    # English (33)
    t_us_support_email, t_us_bank_form, t_us_sms, t_us_weblog, t_us_call_note, t_us_transcript, t_us_slack_devops,
    t_gb_forward, t_gb_whatsapp, t_gb_ticket, t_gb_jsonl, t_gb_ocr, t_gb_nopii_release, t_gb_sheet,
    t_au_livechat, t_au_env, t_au_sheet,
    t_in_teams, t_in_kyc, t_in_applog, t_in_notifications,
    t_ie_email_sig, t_ie_sms, t_ie_call_notes,
    t_nz_slack, t_nz_nopii,
    t_ca_crm, t_ca_webform, t_ca_transcript,
    t_ng_whatsapp, t_ng_ticket, t_ke_mpesa, t_ke_email,
    # other languages (27)
    t_de_email, t_de_sepa, t_de_kontakt, t_fr_reply, t_fr_notes, t_es_whatsapp, t_es_form, t_ca_email, t_ca_call,
    t_it_ticket, t_it_form, t_nl_note, t_nl_chat, t_br_whatsapp, t_br_cadastro, t_pl_email,
    t_tr_ticket, t_tr_sms, t_ro_email, t_ro_form, t_lt_email, t_sl_chat, t_et_form, t_tl_chat, t_tl_sms, t_vi_msg, t_sw_sms,
]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        r = random.Random(f"geyser-{seed}-{i}")
        out.append(TEMPLATES[i % len(TEMPLATES)](r))
    return out


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------

def _row(c: Ctx) -> dict:
    s, t, town = c.addr()
    fn, ln = c.first(), c.last()
    return dict(fn=fn, ln=ln, email=c.email(fn, ln), street=s, townline=t, town=town, addr=f"{s}, {t}")


_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", ""]


def _table(cc: str, rows: int, r: random.Random, spec: list) -> list[Column]:
    c = Ctx(cc, r)
    rates = [sp[3] if len(sp) > 3 else r.choice([0.0, 0.0, 0.05, 0.1, 0.2, 0.35, 0.6]) for sp in spec]
    ph_cols = [len(sp) > 4 and sp[4] for sp in spec]
    vals: list[list] = [[] for _ in spec]
    for _ in range(rows):
        p = _row(c)
        for j, sp in enumerate(spec):
            v = sp[2](p, c, r)
            if r.random() < rates[j]:
                v = None
            elif ph_cols[j] and r.random() < 0.04:
                v = r.choice(_PLACEHOLDERS[:3])
            vals[j].append(v)
    return [Column(sp[0], sp[1], vals[j]) for j, sp in enumerate(spec)]


def _d(c, back=400, fwd=200, style=None):
    return c.date(style, back, fwd)


def _plate(r, cc):
    if cc == "GB":
        return f"{rs(r, 2, 'ABCDEFGHKLMNOPRSTVWY')}{r.randint(51, 75)} {rs(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
    if cc == "TR":
        return f"{r.randint(1, 81):02d} {rs(r, 2, 'ABCDEFGHJKLMNPRSTUVYZ')} {r.randint(100, 9999)}"
    return f"{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(100, 999)}-{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"


def tbl_wedding_guests(rows, r):  # GB, snake_case + abbreviations
    return _table("GB", rows, r, [
        ("guest_id", None, lambda p, c, r: f"WG{r.randint(10000, 99999)}", 0.0),
        ("first_name", PE, lambda p, c, r: p["fn"], 0.0),
        ("surname", PE, lambda p, c, r: p["ln"], 0.02),
        ("email", EM, lambda p, c, r: p["email"], 0.15, True),
        ("email_verified", None, lambda p, c, r: ch(r, "true", "false", "TRUE")),
        ("tel", PH, lambda p, c, r: c.phone(ch(r, "nat", "intl", "raw")), 0.3, True),
        ("phone_type", None, lambda p, c, r: ch(r, "mobile", "home", "work")),
        ("addr1", SA, lambda p, c, r: p["street"], 0.25),
        ("home_town", LO, lambda p, c, r: p["town"], 0.2),
        ("address_type", None, lambda p, c, r: ch(r, "home", "billing", "postal")),
        ("rsvp_status", None, lambda p, c, r: ch(r, "yes", "no", "maybe", "awaiting")),
        ("table_no", None, lambda p, c, r: str(r.randint(1, 24))),
        ("dietary", None, lambda p, c, r: ch(r, "vegan", "none", "GF", "halal", "nut allergy")),
        ("plus_one_name", PE, lambda p, c, r: c.full(), 0.55),
        ("name_of_venue", None, lambda p, c, r: ch(r, "Hampton Manor", "Cliveden House", "Lainston House", "The Kings Head")),
        ("gift_ref", None, lambda p, c, r: ref(r, "JL", 8)),
        ("gift_amount", None, lambda p, c, r: amount(r, "£")),
        ("invite_sent_at", None, lambda p, c, r: ts(r)),
        ("accom_booking", None, lambda p, c, r: ref(r, "BKG-", 6), 0.4),
    ])


def tbl_casament(rows, r):  # Catalan headers
    return _table("CAT", rows, r, [
        ("id_convidat", None, lambda p, c, r: str(r.randint(1, 9999)), 0.0),
        ("nom", PE, lambda p, c, r: p["fn"], 0.0),
        ("cognoms", PE, lambda p, c, r: p["ln"] + " " + c.last(), 0.0),
        ("correu_electronic", EM, lambda p, c, r: p["email"], 0.2),
        ("telèfon", PH, lambda p, c, r: c.phone(), 0.25, True),
        ("adreça", SA, lambda p, c, r: p["addr"], 0.3),
        ("població", LO, lambda p, c, r: p["town"], 0.1),
        ("data_naixement", DB, lambda p, c, r: c.dob("dmy/"), 0.5),
        ("confirmat", None, lambda p, c, r: ch(r, "sí", "no", "pendent")),
        ("taula", None, lambda p, c, r: f"T{r.randint(1, 20)}"),
        ("menú", None, lambda p, c, r: ch(r, "carn", "peix", "vegetarià", "infantil")),
        ("nom_del_restaurant", None, lambda p, c, r: ch(r, "Can Roca", "Mas Marroch", "Celler de Can Pere")),
        ("import_regal", None, lambda p, c, r: amount(r, "€")),
        ("ref_transferencia", None, lambda p, c, r: ref(r, "TRX", 9)),
        ("bic", None, lambda p, c, r: ch(r, "CAIXESBBXXX", "BSABESBBXXX", "BBVAESMMXXX")),
        ("autobús", None, lambda p, c, r: ch(r, "sí", "no")),
        ("hora_arribada", None, lambda p, c, r: hhmm(r)),
    ])


def tbl_driving_lessons(rows, r):  # AU, camelCase
    return _table("AU", rows, r, [
        ("lessonId", None, lambda p, c, r: uuid(r), 0.0),
        ("learnerFirstName", PE, lambda p, c, r: p["fn"], 0.0),
        ("learnerLastName", PE, lambda p, c, r: p["ln"], 0.0),
        ("dob", DB, lambda p, c, r: c.dob("dmy/"), 0.05),
        ("dobVerified", None, lambda p, c, r: ch(r, "Y", "N")),
        ("mobile", PH, lambda p, c, r: c.phone(ch(r, "nat", "raw")), 0.1),
        ("pickupAddress", SA, lambda p, c, r: p["addr"], 0.15),
        ("suburb", LO, lambda p, c, r: p["town"], 0.1),
        ("licenceClass", None, lambda p, c, r: ch(r, "C", "LR", "MR", "R")),
        ("permitNo", None, lambda p, c, r: str(r.randint(10**7, 10**8 - 1))),
        ("instructorCode", None, lambda p, c, r: f"INS-{r.randint(100, 999)}"),
        ("lessonDate", None, lambda p, c, r: _d(c, 200, 60, "dmy/")),
        ("testDate", None, lambda p, c, r: _d(c, 30, 120, "dmy/"), 0.6),
        ("vehicleRego", None, lambda p, c, r: f"{rs(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(100, 999)}"),
        ("depot", None, lambda p, c, r: ch(r, "Geelong", "Fremantle", "Newtown")),
        ("fee", None, lambda p, c, r: amount(r, "$")),
        ("cardLast4", None, lambda p, c, r: f"{r.randint(0, 9999):04d}"),
        ("appVersion", None, lambda p, c, r: version(r)),
        ("parentName", PE, lambda p, c, r: c.full(), 0.5),
    ])


def tbl_fahrschule(rows, r):  # DE, German headers
    return _table("DE", rows, r, [
        ("Schüler-Nr", None, lambda p, c, r: str(r.randint(1000, 99999)), 0.0),
        ("Vorname", PE, lambda p, c, r: p["fn"], 0.0),
        ("Nachname", PE, lambda p, c, r: p["ln"], 0.0),
        ("Geburtsdatum", DB, lambda p, c, r: c.dob("dmy."), 0.0),
        ("Geburtsort", LO, lambda p, c, r: c.town(), 0.3),
        ("Straße", SA, lambda p, c, r: p["street"], 0.1),
        ("PLZ", None, lambda p, c, r: p["townline"].split()[0]),
        ("Telefon", PH, lambda p, c, r: c.phone(), 0.2, True),
        ("E-Mail", EM, lambda p, c, r: p["email"], 0.2),
        ("Klasse", None, lambda p, c, r: ch(r, "B", "BE", "A2", "B197")),
        ("Prüfungstermin", None, lambda p, c, r: _d(c, 10, 90, "dmy.")),
        ("Theorie bestanden", None, lambda p, c, r: ch(r, "ja", "nein")),
        ("Fahrlehrer", None, lambda p, c, r: f"FL{r.randint(1, 20):02d}"),
        ("Filiale", None, lambda p, c, r: ch(r, "Köln-Ehrenfeld", "Leipzig Süd", "Bremen Mitte")),
        ("IBAN", IB, lambda p, c, r: iban(r, "DE"), 0.35),
        ("BIC", None, lambda p, c, r: swift(r)),
        ("Betrag", None, lambda p, c, r: amount(r, "EUR")),
        ("Kennzeichen", None, lambda p, c, r: f"{ch(r, 'K', 'L', 'HB', 'M')}-{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {r.randint(10, 9999)}"),
        ("Sehtest gültig bis", None, lambda p, c, r: _d(c, 0, 700, "dmy.")),
    ])


def tbl_homecare_visits(rows, r):  # IE, spaced Title Case
    return _table("IE", rows, r, [
        ("Visit Ref", None, lambda p, c, r: ref(r, "V", 7), 0.0),
        ("Client Name", PE, lambda p, c, r: f"{p['fn']} {p['ln']}", 0.0),
        ("Client Address", SA, lambda p, c, r: p["addr"], 0.05),
        ("Client DOB", DB, lambda p, c, r: c.dob(ch(r, "dmy/", "long-en")), 0.1),
        ("Next Of Kin", PE, lambda p, c, r: c.full(), 0.3),
        ("NOK Phone", PH, lambda p, c, r: c.phone(), 0.3, True),
        ("Carer", PE, lambda p, c, r: c.first() + " " + c.last()[0] + ".", 0.0),
        ("Carer ID", None, lambda p, c, r: f"C-{r.randint(100, 999)}"),
        ("Visit Date", None, lambda p, c, r: _d(c, 60, 0, "dmy/")),
        ("Time In", None, lambda p, c, r: hhmm(r)),
        ("Time Out", None, lambda p, c, r: hhmm(r)),
        ("Medication Given", None, lambda p, c, r: ch(r, "Yes", "No", "Refused")),
        ("Visit Notes", None, lambda p, c, r: ch(r, "Assisted with shower, ate well", "Client in good form, walked to shop",
                                                  "Blister pack checked", "Dog Buster fed, bins out")),
        ("Key Safe Code", None, lambda p, c, r: str(r.randint(1000, 9999))),
        ("Office", None, lambda p, c, r: ch(r, "Cork", "Galway", "Athlone")),
        ("GPS Check-in", None, lambda p, c, r: gps(r)),
        ("Pet Name", None, lambda p, c, r: r.choice(PETS), 0.5),
        ("GP Surgery Phone", PH, lambda p, c, r: c.phone(fixed=True), 0.4),
        ("Mileage Claim", None, lambda p, c, r: amount(r, "€")),
    ])


def tbl_thuiszorg(rows, r):  # NL, Dutch headers + opaque
    return _table("NL", rows, r, [
        ("clientnummer", None, lambda p, c, r: str(r.randint(100000, 999999)), 0.0),
        ("voornaam", PE, lambda p, c, r: p["fn"], 0.0),
        ("achternaam", PE, lambda p, c, r: p["ln"], 0.0),
        ("geboortedatum", DB, lambda p, c, r: c.dob("dmy-"), 0.0),
        ("woonplaats", LO, lambda p, c, r: p["town"], 0.05),
        ("adres", SA, lambda p, c, r: p["addr"], 0.1),
        ("telefoonnummer", PH, lambda p, c, r: c.phone(), 0.15, True),
        ("field_3", EM, lambda p, c, r: p["email"], 0.4),
        ("attr2", IB, lambda p, c, r: iban(r, "NL", False), 0.3),
        ("zorgverlener", PE, lambda p, c, r: c.full(), 0.0),
        ("bezoekdatum", None, lambda p, c, r: _d(c, 90, 0, "dmy-")),
        ("duur_min", None, lambda p, c, r: str(r.choice([15, 30, 45, 60, 90]))),
        ("indicatie", None, lambda p, c, r: ch(r, "PV", "VP", "HH", "BG")),
        ("vestiging", None, lambda p, c, r: ch(r, "Utrecht-Noord", "Haarlem", "Nijmegen Oost")),
        ("declaratie_bedrag", None, lambda p, c, r: amount(r, "€")),
        ("huisdier", None, lambda p, c, r: r.choice(PETS), 0.6),
        ("sleutelkluis", None, lambda p, c, r: str(r.randint(1000, 9999))),
        ("bsn_gecontroleerd", None, lambda p, c, r: ch(r, "ja", "nee")),
        ("wijkteam_ip", None, lambda p, c, r: priv_ip(r)),
    ])


def tbl_ferry_bookings(rows, r):  # GB, PascalCase
    return _table("GB", rows, r, [
        ("BookingRef", None, lambda p, c, r: ref(r, "", 8), 0.0),
        ("LeadPassenger", PE, lambda p, c, r: f"{p['ln'].upper()}/{p['fn'].upper()}", 0.0),
        ("EmailAddress", EM, lambda p, c, r: p["email"], 0.0),
        ("EmailOptIn", None, lambda p, c, r: ch(r, "True", "False")),
        ("MobileNumber", PH, lambda p, c, r: c.phone("intl"), 0.1),
        ("BillingAddress", SA, lambda p, c, r: p["addr"], 0.2),
        ("CardNumber", CC, lambda p, c, r: card(r, ""), 0.3),
        ("CardExpiry", None, lambda p, c, r: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
        ("MaskedPan", None, lambda p, c, r: masked_card(r)),
        ("Route", None, lambda p, c, r: ch(r, "Dover-Calais", "Holyhead-Dublin", "Portsmouth-Bilbao", "Hull-Rotterdam")),
        ("SailingDate", None, lambda p, c, r: _d(c, 10, 200, "dmy/")),
        ("VehicleReg", None, lambda p, c, r: _plate(r, "GB")),
        ("VehicleType", None, lambda p, c, r: ch(r, "Car", "Car+Caravan", "Motorhome", "Motorcycle")),
        ("Passengers", None, lambda p, c, r: str(r.randint(1, 6))),
        ("Fare", None, lambda p, c, r: amount(r, "£")),
        ("BookingIp", IP, lambda p, c, r: ip4(r) if r.random() < 0.8 else ip6(r), 0.1),
        ("PortOfDeparture", None, lambda p, c, r: ch(r, "Dover", "Holyhead", "Portsmouth", "Hull")),
        ("PaymentToken", None, lambda p, c, r: "tok_" + rs(r, 24)),
        ("Col7", LO, lambda p, c, r: p["town"], 0.3),
        ("CabinNo", None, lambda p, c, r: str(r.randint(1000, 9999)), 0.5),
    ])


def tbl_feribot(rows, r):  # TR, UPPER_SNAKE Turkish headers
    return _table("TR", rows, r, [
        ("REZERVASYON_NO", None, lambda p, c, r: ref(r, "FR", 7), 0.0),
        ("AD", PE, lambda p, c, r: p["fn"], 0.0),
        ("SOYAD", PE, lambda p, c, r: p["ln"].upper(), 0.0),
        ("DOGUM_TARIHI", DB, lambda p, c, r: c.dob("dmy."), 0.1),
        ("CEP_TEL", PH, lambda p, c, r: c.phone(ch(r, "nat", "raw")), 0.05, True),
        ("EPOSTA", EM, lambda p, c, r: p["email"], 0.3),
        ("ADRES", SA, lambda p, c, r: p["addr"], 0.4),
        ("SEHIR", LO, lambda p, c, r: p["town"], 0.1),
        ("PLAKA", None, lambda p, c, r: _plate(r, "TR")),
        ("ARAC_TIPI", None, lambda p, c, r: ch(r, "Otomobil", "Minibüs", "Motosiklet", "Karavan")),
        ("HAT", None, lambda p, c, r: ch(r, "Yenikapı-Bursa", "Eskihisar-Topçular", "Çeşme-Sakız")),
        ("SEFER_TARIHI", None, lambda p, c, r: _d(c, 20, 150, "dmy.")),
        ("UCRET_TL", None, lambda p, c, r: f"{r.randint(200, 5000)},{r.randint(0, 99):02d}"),
        ("KART_SON4", None, lambda p, c, r: f"{r.randint(0, 9999):04d}"),
        ("ISKELE", None, lambda p, c, r: ch(r, "Yenikapı", "Eskihisar", "Çeşme")),
        ("KAYIT_ZAMANI", None, lambda p, c, r: ts(r, " ")),
        ("ISTEMCI_IP", None, lambda p, c, r: priv_ip(r)),
    ])


def tbl_donors_giftaid(rows, r):  # GB, dotted headers
    return _table("GB", rows, r, [
        ("donor.id", None, lambda p, c, r: f"D{r.randint(100000, 999999)}", 0.0),
        ("donor.title", None, lambda p, c, r: ch(r, "Mr", "Mrs", "Ms", "Dr", "Mx")),
        ("donor.forename", PE, lambda p, c, r: p["fn"], 0.0),
        ("donor.surname", PE, lambda p, c, r: p["ln"], 0.0),
        ("donor.house_and_street", SA, lambda p, c, r: p["street"], 0.05),
        ("donor.postcode", None, lambda p, c, r: p["townline"].split(" ", 1)[1] if " " in p["townline"] else "-"),
        ("donor.email", EM, lambda p, c, r: p["email"], 0.25, True),
        ("donor.phone", PH, lambda p, c, r: c.phone(), 0.35, True),
        ("giftaid.declared", None, lambda p, c, r: ch(r, "Y", "N")),
        ("giftaid.declaration_date", None, lambda p, c, r: _d(c, 1500, 0, "dmy/")),
        ("gift.amount", None, lambda p, c, r: amount(r, "£")),
        ("gift.date", None, lambda p, c, r: _d(c, 365, 0, "iso")),
        ("gift.method", None, lambda p, c, r: ch(r, "DD", "card", "cheque", "JustGiving")),
        ("dd.account_iban", IB, lambda p, c, r: iban(r, "GB"), 0.5),
        ("dd.sort_code", None, lambda p, c, r: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"),
        ("campaign.name", None, lambda p, c, r: ch(r, "Winter Appeal", "Marathon 2026", "Ben & Jerry's Match Day")),
        ("in.memory.of", PE, lambda p, c, r: c.full(), 0.8),
        ("consent.phone", None, lambda p, c, r: ch(r, "yes", "no")),
        ("hash.email_sha256", None, lambda p, c, r: sha(r)),
    ])


def tbl_donors_us(rows, r):  # US, abbreviations + opaque
    return _table("US", rows, r, [
        ("DONOR_NO", None, lambda p, c, r: str(r.randint(10**6, 10**7 - 1)), 0.0),
        ("FNAME", PE, lambda p, c, r: p["fn"], 0.0),
        ("LNAME", PE, lambda p, c, r: p["ln"], 0.0),
        ("ADDR1", SA, lambda p, c, r: p["street"], 0.05),
        ("CITY", LO, lambda p, c, r: p["town"], 0.05),
        ("ZIP", None, lambda p, c, r: p["townline"].split()[-1]),
        ("EMAIL", EM, lambda p, c, r: p["email"], 0.2),
        ("PHONE", PH, lambda p, c, r: c.phone(ch(r, "nat", "dots")), 0.3),
        ("col_7", SSN, lambda p, c, r: ssn(r), 0.6),
        ("ACH_ROUTING", None, lambda p, c, r: routing(r), 0.4),
        ("ACH_ACCOUNT", BK, lambda p, c, r: us_acct(r), 0.4),
        ("ACCT_TYPE", None, lambda p, c, r: ch(r, "checking", "savings")),
        ("GIFT_AMT", None, lambda p, c, r: amount(r, "$")),
        ("GIFT_DT", None, lambda p, c, r: _d(c, 400, 0, "mdy/")),
        ("RECEIPT_NO", None, lambda p, c, r: ref(r, "R", 8)),
        ("EMPLOYER", None, lambda p, c, r: ch(r, "Johnson & Johnson", "Wells Fargo", "Dell", "Ford Motor Co")),
        ("MATCH_ELIGIBLE", None, lambda p, c, r: ch(r, "Y", "N")),
        ("SSN_ON_FILE", None, lambda p, c, r: ch(r, "Y", "N")),
        ("DOB", DB, lambda p, c, r: c.dob(ch(r, "mdy/", "iso")), 0.5),
        ("CARD_LAST4", None, lambda p, c, r: f"{r.randint(0, 9999):04d}", 0.3),
    ])


def tbl_repair_tickets(rows, r):  # US, mixed styles
    return _table("US", rows, r, [
        ("ticket", None, lambda p, c, r: ref(r, "RPR-", 6), 0.0),
        ("customerName", PE, lambda p, c, r: f"{p['fn']} {p['ln']}", 0.0),
        ("customer_email", EM, lambda p, c, r: p["email"], 0.2, True),
        ("contactPhone", PH, lambda p, c, r: c.phone(), 0.05),
        ("phone_model", None, lambda p, c, r: ch(r, "iPhone 14 Pro", "Galaxy S23", "Pixel 8", "Moto G Power")),
        ("IMEI", None, lambda p, c, r: imei(r)),
        ("os_version", None, lambda p, c, r: ch(r, "iOS ", "Android ") + version(r)),
        ("unlock_code", None, lambda p, c, r: str(r.randint(10**7, 10**8 - 1)), 0.4),
        ("device_passcode", PW, lambda p, c, r: ch(r, password(r), password(r), str(r.randint(100000, 999999))), 0.5),
        ("pwd_changed_at", None, lambda p, c, r: ts(r)),
        ("fault", None, lambda p, c, r: ch(r, "cracked screen", "battery swelling", "charging port", "water damage")),
        ("quote", None, lambda p, c, r: amount(r, "$")),
        ("card_on_file", CC, lambda p, c, r: card(r), 0.6),
        ("cardMasked", None, lambda p, c, r: masked_card(r)),
        ("store", None, lambda p, c, r: ch(r, "Austin Downtown", "Boise Towne Square", "Dayton Mall")),
        ("partner_api_key", AK, lambda p, c, r: api_key(r), 0.7),
        ("webhook_sid", None, lambda p, c, r: pub_key(r)),
        ("checkin_ip", IP, lambda p, c, r: ip4(r), 0.2),
        ("bench_ip", None, lambda p, c, r: priv_ip(r)),
        ("Warranty Until", None, lambda p, c, r: _d(c, 0, 365, "mdy/")),
        ("tech", PE, lambda p, c, r: c.first(), 0.1),
    ])


def tbl_reparatii(rows, r):  # RO, Romanian headers
    return _table("RO", rows, r, [
        ("nr_fisa", None, lambda p, c, r: str(r.randint(1000, 99999)), 0.0),
        ("nume", PE, lambda p, c, r: p["ln"], 0.0),
        ("prenume", PE, lambda p, c, r: p["fn"], 0.0),
        ("telefon", PH, lambda p, c, r: c.phone(ch(r, "nat", "raw", "intl")), 0.0, True),
        ("email", EM, lambda p, c, r: p["email"], 0.45),
        ("adresa", SA, lambda p, c, r: p["addr"], 0.5),
        ("localitate", LO, lambda p, c, r: p["town"], 0.2),
        ("model_telefon", None, lambda p, c, r: ch(r, "Samsung Galaxy A54", "iPhone 13", "Xiaomi Redmi Note 12", "Huawei P30")),
        ("imei", None, lambda p, c, r: imei(r)),
        ("cod_deblocare", None, lambda p, c, r: str(r.randint(1000, 999999))),
        ("parola_cont", PW, lambda p, c, r: password(r), 0.55),
        ("hash_parola", None, lambda p, c, r: bcrypt(r)),
        ("defect", None, lambda p, c, r: ch(r, "display spart", "nu încarcă", "baterie", "difuzor")),
        ("pret_lei", None, lambda p, c, r: f"{r.randint(50, 2500)},00"),
        ("data_primire", None, lambda p, c, r: _d(c, 60, 0, "dmy.")),
        ("garantie_pana_la", None, lambda p, c, r: _d(c, 0, 180, "dmy.")),
        ("punct_de_lucru", None, lambda p, c, r: ch(r, "Cluj-Napoca", "Iași", "Sibiu")),
        ("versiune_firmware", None, lambda p, c, r: version(r)),
    ])


TABLES = [
    ("wedding_guests", tbl_wedding_guests), ("casament_convidats", tbl_casament),
    ("driving_lessons", tbl_driving_lessons), ("fahrschule_pruefungen", tbl_fahrschule),
    ("homecare_visits", tbl_homecare_visits), ("thuiszorg_bezoeken", tbl_thuiszorg),
    ("ferry_bookings", tbl_ferry_bookings), ("feribot_rezervasyon", tbl_feribot),
    ("donors_giftaid", tbl_donors_giftaid), ("donors_us_ach", tbl_donors_us),
    ("repair_tickets", tbl_repair_tickets), ("reparatii_telefoane", tbl_reparatii),
]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for name, fn in TABLES:
        r = random.Random(f"geyser-{seed}-{name}")
        cols = fn(rows, r)
        for col in cols:
            assert len(col.values) == rows and (col.entity is None or col.entity in LABELS)
        out[name] = cols
    return out
