"""Labelled test split "ember" for the PII-detection accuracy benchmark — data card.

Author and date
---------------
Written by the independent split author, session helper ember, on 2026-11-26.

Independence
------------
* Written without reading, grepping or listing the scanner's rules (``rules/``), its package
  (``pii_audit/``), its tests, its docs, ``bench/accuracy_notes.md``, ``bench/results/``, ``bench/out/``
  or any other ``bench/accuracy_split_*.py``. The scanner (``pii-audit``) and ``bench/accuracy.py`` were
  not run.
* From ``bench/accuracy_data.py`` only these definitions were read, and they are imported: ``LABELS``,
  ``Text``, ``Column``, ``_luhn``, ``_iban_of``, ``_ip_public_v4`` and ``_ip_public_v6``.
* The goal is realistic data, as a real company's stores and message logs would hold it. It is NOT tuned
  to be easy or hard for any particular tool.

API
---
* ``free_text(n, seed) -> list[Text]``: text ``i`` uses template ``TEMPLATES[i % len(TEMPLATES)]``.
  Each ``Text`` has the text and its spans ``(start, end, label)``. The text is built from parts, so the
  offsets are exact by construction. Spans do not overlap and have no leading or trailing whitespace.
* ``structured(rows, seed) -> dict[str, list[Column]]``: one table per domain (names in ``TABLE_NAMES``).
  A ``Column``'s entity is one of ``LABELS``, or None for a look-alike column.
* Determinism: all randomness comes from ``random.Random(f"ember-{seed}")``. Faker instances (one per
  locale, in a fixed order) are seeded from it with ``seed_instance(rng.randrange(1 << 30))``. There are
  no clock reads: every date is drawn between explicit year bounds. Nothing iterates over a set, and
  nothing depends on PYTHONHASHSEED.

Domains (12)
------------
Online marketplace, retail bank call centre, courier/parcel delivery, real-estate agency, recruitment
agency, energy utility, pharmacy, concert ticketing, airline loyalty programme, B2B SaaS support,
notary/legal office and mobile game support.

Free text: 72 templates, 6 per domain
-------------------------------------
* Languages: 30 of the 72 templates (about 42 %) are not in English:
  - Spanish (ES 3, AR 2, CO 2)
  - Brazilian Portuguese 3
  - French (FR 3, CA 2)
  - German 4, Italian 2, Dutch 2, Polish 2, Swedish 2 and Indonesian 3
* The other 42 are English as written from the US 9, GB 8, ZA 7, IE 6, PH 6 and SG 6. Some of these
  mix in Tagalog, Singlish or Afrikaans-English phrasing.
* A template id ends with its language and region (``.de-DE``, ``.en-ZA``, …).
* Shapes:
  - e-mails with signatures and ``>``-quoted replies
  - WhatsApp exports in iOS and Android styles, with speaker names or numbers
  - SMS lines, app and Slack chat, and Messenger transcripts
  - support tickets with internal notes, agent call notes and CRM notes
  - form dumps (``key: value``, ``key=value``, dotted-leader profiles)
  - JSON logs, ``key=value`` logs, nginx/combined access logs and app logs
  - CSV and semicolon-separated exports
  - a YAML config in a ticket and a ``.env`` file
  - OCR'd letters, a bill and deeds, with OCR noise confined to non-PII text
  - lower-cased speech-to-text transcripts
  - notification subject lines
* Most texts hold several entities. Some texts hold none; the subject-line, SMS and server-log templates
  sometimes carry no PII.
* Values are fresh for each text:
  - Names come from Faker in the text's locale (``first_name_*`` + ``last_name``, never ``name()``, so
    there are no titles). Spanish and Colombian names often carry two surnames, Polish and Indonesian
    surnames are gendered, and some Indonesian names are single. ZA, PH and SG names come from own
    lists: Zulu, Sotho, Afrikaans, Indian and English names for ZA; Filipino names with middle initials
    for PH; for SG, Chinese names surname-first, Malay names with bin/binte and Indian names with s/o or
    d/o.
  - E-mail addresses are derived from the person's name.
  - Phone numbers are drawn from the country's real number plans and accepted only when
    ``phonenumbers.is_valid_number`` says so. They are written in national, international, E.164,
    ``00``, dotted, spaced, dashed, slashed or plain-digit form.
  - Street addresses follow each country's layout, on one line or as a multi-line block. Towns are real,
    and postcodes are plausible for the town.
  - Dates of birth are written in local numeric and word styles. This includes DDMMYYYY keypad input in
    an IVR log and ``dd.mm.yyyy``, ``d de mes de yyyy``, ``yyyy-mm-dd``, ``Month d, yyyy`` and others.
  - IBANs come from ``_iban_of``. Cards are Luhn-valid (Visa, Mastercard including 2-series, Amex,
    Discover) and written grouped or ungrouped. US SSNs avoid area 000, 666 and 9xx, group 00 and serial
    0000.
  - US bank account numbers always appear next to an ABA-valid routing number.
  - IP addresses are public IPv4 and IPv6.
  - Plaintext passwords appear in context: a config file, a chat, a form, a log or a ticket.
  - API keys are vendor-shaped: Stripe, GitHub, Slack, Google, SendGrid, Twilio, OpenAI, Mailgun,
    Shopify, GitLab, Anthropic, npm, Telegram, Datadog and Square.

Label conventions
-----------------
* PERSON: the name as written: in full, first name only, surname only, upper- or lower-cased, or
  "Last, First". A full name written as one run is ONE span.
  - Titles and honorifics (Mr, Dr, Herr, Frau, Sra., Madame, Sig.ra, dr., pan) stay outside the span.
  - User handles, gamer tags, @mentions and e-mail local parts are not PERSON.
  - Speaker names in chats are PERSON.
  - A person's name inside a company, brand, product, event or venue name is not PERSON (e.g.
    "Sherry FitzGerald", "Ted Baker", "Royal Albert Hall", "Mozart by Candlelight").
* STREET_ADDRESS: the street line plus the postcode and town when they are written with it as one block.
  A multi-line block is one span, except in a ``>``-quoted reply, where each line is its own span.
  Business addresses in signatures and letterheads are labelled too.
* LOCATION: a town, region or country named as where a person lives, comes from (including place of
  birth) or travels to. Company, branch, hub, venue and store locations are not labelled.
* DATE_OF_BIRTH: birth dates only. Every other date is a look-alike.
* PASSWORD and API_KEY: only the secret value itself.
* US_BANK_NUMBER: the account number, not the routing number.
* IP_ADDRESS: public addresses only. Private, loopback, link-local and ULA addresses are look-alikes.

Look-alikes (never labelled), mixed into the same texts
-------------------------------------------------------
* Numbers and codes: order, ticket, case, booking, PNR, policy, claim, dispute and member numbers.
  Tracking numbers, Rx numbers, NDC codes, meter numbers, EAN/MPAN/PDL supply-point ids, mandate
  references and OTP/BLIK codes. Luhn-valid loyalty numbers (KrisFlyer, Miles & More, AerClub).
* Dates, versions and hashes: non-birth dates and timestamps, and version strings, many of them
  IPv4-shaped (``2.23.9.42``). Hashes, bcrypt hashes, UUIDs, trace ids and SHA256 fingerprints.
* Card and bank fragments: masked cards, last-4s, card BINs and ABA routing numbers.
* Devices and network: IMEIs (Luhn-valid), and private, loopback, link-local and ULA IPs.
* Places and money: coordinates, prices and amounts.
* Names: company, brand, product, event and venue names, some of them named after people. Pet names
  and job titles.
* Secrets context: password-policy text without a password, key ids, Twilio account SIDs and
  ``[REDACTED]`` headers.
* Placeholders (N/A, -, [redacted], XXX, TBC, …).

Structured tables (12: one per domain, 17 columns each)
-------------------------------------------------------
* Columns: 91 are PII columns and 113 are look-alike columns. Each row is drawn from one per-row person,
  so e-mails match names and towns match addresses.
* Header styles, mixed across tables:
  - snake_case, UPPER_SNAKE, camelCase and PascalCase
  - headers with spaces, dotted JSON paths and abbreviations (``pt_nm``)
  - opaque headers (``field_2``, ``c7``, ``attr_3``)
  - headers in Polish, Dutch, German, Spanish, Brazilian Portuguese and Canadian French
* Hard PII columns: names under opaque or foreign headers, first-name-only and surname-only columns,
  home-town and birthplace columns, DOB columns in local formats, plaintext password columns, API-key
  and webhook-secret columns, and phone columns in national format.
* Look-alike columns under PII-sounding headers: email_verified, phone_type, product_name,
  ip_version, card_brand, birth-year buckets, address_type, password_last_changed and card_last4.
  Look-alike values: status enums, product names, amounts, SKUs, timestamps, version strings, hashes,
  booleans, country codes and IMEIs.
* Blanks (None) and placeholders occur at realistic, per-column rates. Formats are mixed within a
  column: name order and case, phone styles and date styles.

Known limits
------------
* Street names are common real street names, combined at random with house numbers and towns. The
  addresses are plausible but not verified to exist.
* Postcodes use real prefixes for the town, with random remaining characters.
* Phone numbers are valid per libphonenumber but random. A few look-alike values, such as 16-digit
  ticket barcodes, may happen to pass Luhn; that is the nature of the look-alike.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
import unicodedata
import uuid as _uuid
import random

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

# --------------------------------------------------------------------------------------------------
# Fragments: text built from parts, so span offsets are exact by construction
# --------------------------------------------------------------------------------------------------


class Frag:
    __slots__ = ("s", "sp")

    def __init__(self, s: str = "", sp: list | None = None):
        self.s = s
        self.sp = sp or []

    def __add__(self, other) -> "Frag":
        o = _frag(other)
        k = len(self.s)
        return Frag(self.s + o.s, self.sp + [(a + k, b + k, lab) for a, b, lab in o.sp])

    def __radd__(self, other) -> "Frag":
        return _frag(other) + self


def _frag(x) -> Frag:
    if isinstance(x, Frag):
        return x
    if isinstance(x, tuple):
        s, lab = x
        return Frag(s, [(0, len(s), lab)] if lab else [])
    if x is None:
        return Frag("")
    return Frag(str(x))


_SLOT = re.compile(r"⟦(\w+)⟧")


def fill(tmpl: str, **kw) -> Frag:
    """Fill ⟦slot⟧ placeholders; a value is a str (unlabelled), a (str, label) pair, or a Frag."""
    out = Frag("")
    pos = 0
    for m in _SLOT.finditer(tmpl):
        out = out + tmpl[pos:m.start()] + _frag(kw[m.group(1)])
        pos = m.end()
    return out + tmpl[pos:]


def join(parts, sep: str = "") -> Frag:
    out = Frag("")
    for i, p in enumerate(parts):
        if i:
            out = out + sep
        out = out + p
    return out


def quote(fr, prefix: str = "> ") -> Frag:
    """Prefix every line (a quoted reply); a span crossing a line break is split per line."""
    fr = _frag(fr)
    lines = fr.s.split("\n")
    starts = []
    k = 0
    for ln in lines:
        starts.append(k)
        k += len(ln) + 1
    new_s = "\n".join(prefix + ln for ln in lines)

    def shift(i: int) -> int:  # old offset -> new offset
        li = 0
        while li + 1 < len(starts) and starts[li + 1] <= i:
            li += 1
        return i + (li + 1) * len(prefix)

    spans = []
    for a, b, lab in fr.sp:
        seg = fr.s[a:b]
        off = a
        for part in seg.split("\n"):
            ps = off + (len(part) - len(part.lstrip()))
            pe = off + len(part.rstrip())
            if pe > ps:
                spans.append((shift(ps), shift(pe - 1) + 1, lab))
            off += len(part) + 1
    return Frag(new_s, spans)


def lower(fr) -> Frag:
    fr = _frag(fr)
    s = fr.s.lower()
    assert len(s) == len(fr.s)
    return Frag(s, list(fr.sp))


def _lab(label: str):
    return lambda s: (s, label)


PER = _lab("PERSON")
EML = _lab("EMAIL_ADDRESS")
PHN = _lab("PHONE_NUMBER")
CARD = _lab("CREDIT_CARD")
SSN = _lab("US_SSN")
BANK = _lab("US_BANK_NUMBER")
IBAN = _lab("IBAN_CODE")
IP = _lab("IP_ADDRESS")
ADDR = _lab("STREET_ADDRESS")
LOC = _lab("LOCATION")
DOB = _lab("DATE_OF_BIRTH")
PWD = _lab("PASSWORD")
KEY = _lab("API_KEY")

# --------------------------------------------------------------------------------------------------
# Country profiles
# --------------------------------------------------------------------------------------------------

FAKER_LOCALES = ["en_US", "en_GB", "en_IE", "es_ES", "es_AR", "es_CO", "pt_BR", "fr_FR", "fr_CA", "de_DE",
                 "it_IT", "nl_NL", "pl_PL", "sv_SE", "id_ID"]
_FAKER_CACHE: dict[str, Faker] = {}

CC_FAKER = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "ES": "es_ES", "AR": "es_AR", "CO": "es_CO",
            "BR": "pt_BR", "FR": "fr_FR", "CA": "fr_CA", "DE": "de_DE", "IT": "it_IT", "NL": "nl_NL",
            "PL": "pl_PL", "SE": "sv_SE", "ID": "id_ID"}
CC_LANG = {"US": "en", "GB": "en", "IE": "en", "ZA": "en", "PH": "en", "SG": "en", "ES": "es", "AR": "es",
           "CO": "es", "BR": "pt", "FR": "fr", "CA": "fr", "DE": "de", "IT": "it", "NL": "nl", "PL": "pl",
           "SE": "sv", "ID": "id"}
CC_COUNTRY = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland", "ZA": "South Africa",
              "PH": "Philippines", "SG": "Singapore", "ES": "España", "AR": "Argentina", "CO": "Colombia",
              "BR": "Brasil", "FR": "France", "CA": "Canada", "DE": "Deutschland", "IT": "Italia",
              "NL": "Nederland", "PL": "Polska", "SE": "Sverige", "ID": "Indonesia"}
IBAN_CC = {"GB", "IE", "ES", "FR", "DE", "IT", "NL", "PL", "SE"}

MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com"],
    "PH": ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.ph"],
    "SG": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
    "CO": ["gmail.com", "hotmail.com", "outlook.com", "une.net.co", "yahoo.es"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "CA": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "planet.nl"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "SE": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "ID": ["gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com"],
}

# own name lists where Faker has none (or only US names) for the locale
_ZA_F = ["Thandiwe", "Nomvula", "Lerato", "Ayanda", "Zanele", "Refilwe", "Nandi", "Palesa", "Anele", "Lindiwe",
         "Karabo", "Megan", "Chantelle", "Anika", "Marike", "Ayesha", "Fatima", "Priya", "Nicole", "Busisiwe"]
_ZA_M = ["Sipho", "Thabo", "Bongani", "Mandla", "Kagiso", "Lwazi", "Tshepo", "Sibusiso", "Themba", "Pieter",
         "Johan", "Riaan", "Francois", "Ruan", "Ebrahim", "Yusuf", "Pravesh", "Craig", "Dylan", "Mpho"]
_ZA_L = ["Nkosi", "Dlamini", "Ndlovu", "Khumalo", "Mokoena", "Mahlangu", "Zulu", "Mthembu", "Sithole", "Molefe",
         "Naidoo", "Pillay", "Govender", "Patel", "van der Merwe", "Botha", "du Plessis", "Pretorius", "Venter",
         "Joubert", "Nel", "Jacobs", "Petersen", "Adams", "Hendricks", "Mabuza", "Radebe", "Coetzee"]
_PH_F = ["Maria Cristina", "Angelica", "Kristine", "Jasmine", "Mary Grace", "Rowena", "Mylene", "Joy", "Princess",
         "Lovely", "Rhea", "Ma. Theresa", "Kimberly", "Aileen", "Jocelyn", "Marites", "Liza", "Cherry Ann"]
_PH_M = ["Juan Carlos", "Jose Miguel", "Mark Anthony", "John Paul", "Rodel", "Jerome", "Carlo", "Ramon",
         "Ronaldo", "Jayson", "Christian", "Arnel", "Efren", "Romeo", "Noel", "Reynaldo", "Jun", "Aldrin"]
_PH_L = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Ramos", "Aquino",
         "Villanueva", "Castillo", "Fernandez", "Navarro", "Pascual", "Manalo", "Dizon", "Tolentino", "Soriano",
         "Macaraeg", "Gonzales", "Lim", "Ocampo", "Mercado", "Salazar", "Del Rosario", "Evangelista"]
_SG_CN_L = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay",
            "Ho", "Low", "Toh", "Sim"]
_SG_CN_G = {"F": ["Hui Min", "Jia Hui", "Siew Ling", "Mei Ling", "Xin Yi", "Li Ting", "Shu Fen", "Pei Shan"],
            "M": ["Wei Ming", "Kok Leong", "Zhi Hao", "Jun Jie", "Boon Keng", "Yong Sheng", "Wee Kiat", "Jian Hong"]}
_SG_WEST = {"F": ["Rachel", "Cheryl", "Vanessa", "Michelle", "Gladys", "Charmaine", "Joanne"],
            "M": ["Jason", "Desmond", "Melvin", "Bryan", "Kelvin", "Darren", "Eugene"]}
_SG_MY = {"F": ["Nurul Aisyah", "Siti Khadijah", "Farah Nadia", "Nur Hidayah", "Aishah"],
          "M": ["Muhammad Faizal", "Ahmad Hafiz", "Mohamed Irwan", "Hakim", "Syahrul Nizam"]}
_SG_MY_FATHER = ["Rahman", "Ismail", "Abdullah", "Hassan", "Osman", "Salleh", "Jamal"]
_SG_IN = {"F": ["Priya", "Kavitha", "Deepa", "Lakshmi", "Shalini"],
          "M": ["Arun Kumar", "Suresh", "Rajesh", "Vikram", "Ganesh"]}
_SG_IN_L = ["Subramaniam", "Pillai", "Nair", "Krishnan", "Rajendran", "Menon", "Selvaraj"]

# Towns: (town, region, postcodes) ; a postcode pattern: '#' digit, '%' digit 1-9, '@' letter, '*' eircode char
TOWNS = {
    "US": [("Columbus", "OH", ["432##"]), ("Austin", "TX", ["787##"]), ("Sacramento", "CA", ["958##"]),
           ("Tacoma", "WA", ["984##"]), ("Raleigh", "NC", ["276##"]), ("Albany", "NY", ["122##"]),
           ("Boise", "ID", ["837##"]), ("Dayton", "OH", ["454##"]), ("Tucson", "AZ", ["857##"]),
           ("Madison", "WI", ["537##"]), ("Richmond", "VA", ["232##"]), ("Omaha", "NE", ["681##"]),
           ("Savannah", "GA", ["314##"]), ("Spokane", "WA", ["992##"]), ("Worcester", "MA", ["016##"]),
           ("Fresno", "CA", ["937##"]), ("Knoxville", "TN", ["379##"]), ("Des Moines", "IA", ["503##"]),
           ("Pittsburgh", "PA", ["152##"]), ("Denver", "CO", ["802##"]), ("Lansing", "MI", ["489##"]),
           ("Tulsa", "OK", ["741##"])],
    "GB": [("Leeds", "West Yorkshire", ["LS% #@@"]), ("Bristol", "", ["BS% #@@"]), ("Manchester", "", ["M%# #@@"]),
           ("Norwich", "Norfolk", ["NR% #@@"]), ("Cardiff", "", ["CF%# #@@"]), ("Glasgow", "", ["G%# #@@"]),
           ("Leicester", "", ["LE% #@@"]), ("York", "", ["YO%# #@@"]), ("Brighton", "East Sussex", ["BN% #@@"]),
           ("Reading", "Berkshire", ["RG% #@@"]), ("Sheffield", "", ["S%# #@@"]), ("Exeter", "Devon", ["EX% #@@"]),
           ("Nottingham", "", ["NG% #@@"]), ("Coventry", "", ["CV% #@@"]), ("Swansea", "", ["SA% #@@"]),
           ("Edinburgh", "", ["EH%# #@@"]), ("Belfast", "", ["BT% #@@"]), ("Derby", "", ["DE%# #@@"])],
    "IE": [("Dublin 6", "", ["D06 ****"]), ("Dublin 9", "", ["D09 ****"]), ("Cork", "Co. Cork", ["T12 ****"]),
           ("Ballincollig", "Co. Cork", ["P31 ****"]), ("Galway", "Co. Galway", ["H91 ****"]),
           ("Limerick", "Co. Limerick", ["V94 ****"]), ("Waterford", "Co. Waterford", ["X91 ****"]),
           ("Kilkenny", "Co. Kilkenny", ["R95 ****"]), ("Sligo", "Co. Sligo", ["F91 ****"]),
           ("Athlone", "Co. Westmeath", ["N37 ****"]), ("Drogheda", "Co. Louth", ["A92 ****"]),
           ("Swords", "Co. Dublin", ["K67 ****"]), ("Navan", "Co. Meath", ["C15 ****"]),
           ("Ennis", "Co. Clare", ["V95 ****"]), ("Tralee", "Co. Kerry", ["V92 ****"]), ("Bray", "Co. Wicklow", ["A98 ****"])],
    "ZA": [("Johannesburg", "Gauteng", ["20##", "21##"]), ("Cape Town", "Western Cape", ["80##", "77##"]),
           ("Durban", "KwaZulu-Natal", ["40##"]), ("Pretoria", "Gauteng", ["00##"]),
           ("Gqeberha", "Eastern Cape", ["60##"]), ("Bloemfontein", "Free State", ["93##"]),
           ("Stellenbosch", "Western Cape", ["7600"]), ("Polokwane", "Limpopo", ["0700"]),
           ("East London", "Eastern Cape", ["52##"]), ("Pietermaritzburg", "KwaZulu-Natal", ["32##"]),
           ("Soweto", "Gauteng", ["18##"]), ("Randburg", "Gauteng", ["21##"]), ("Centurion", "Gauteng", ["01##"])],
    "PH": [("Quezon City", "Metro Manila", ["11##"]), ("Makati", "Metro Manila", ["12##"]),
           ("Pasig", "Metro Manila", ["16##"]), ("Cebu City", "Cebu", ["6000"]), ("Davao City", "Davao del Sur", ["8000"]),
           ("Iloilo City", "Iloilo", ["5000"]), ("Baguio", "Benguet", ["2600"]), ("Taguig", "Metro Manila", ["16##"]),
           ("Cagayan de Oro", "Misamis Oriental", ["9000"]), ("Bacolod", "Negros Occidental", ["6100"]),
           ("Antipolo", "Rizal", ["1870"]), ("Dasmariñas", "Cavite", ["4114"])],
    "SG": [("Tampines", "", ["52####"]), ("Ang Mo Kio", "", ["56####"]), ("Jurong West", "", ["64####"]),
           ("Bedok", "", ["46####"]), ("Woodlands", "", ["73####"]), ("Toa Payoh", "", ["31####"]),
           ("Punggol", "", ["82####"]), ("Clementi", "", ["12####"]), ("Yishun", "", ["76####"]),
           ("Hougang", "", ["53####"]), ("Bukit Batok", "", ["65####"]), ("Sengkang", "", ["54####"])],
    "ES": [("Madrid", "Madrid", ["280##"]), ("Barcelona", "Barcelona", ["080##"]), ("Valencia", "Valencia", ["460##"]),
           ("Sevilla", "Sevilla", ["410##"]), ("Zaragoza", "Zaragoza", ["500##"]), ("Málaga", "Málaga", ["290##"]),
           ("Bilbao", "Bizkaia", ["480##"]), ("Murcia", "Murcia", ["300##"]), ("Valladolid", "Valladolid", ["470##"]),
           ("Granada", "Granada", ["180##"]), ("Alicante", "Alicante", ["030##"]), ("Vigo", "Pontevedra", ["362##"]),
           ("Salamanca", "Salamanca", ["370##"]), ("Gijón", "Asturias", ["332##"]), ("Getafe", "Madrid", ["2890#"])],
    "AR": [("Buenos Aires", "CABA", ["C14##@@@", "C1###@@@"]), ("Córdoba", "Córdoba", ["X5000@@@"]),
           ("Rosario", "Santa Fe", ["S2000@@@"]), ("Mendoza", "Mendoza", ["M5500@@@"]),
           ("La Plata", "Buenos Aires", ["B1900@@@"]), ("Mar del Plata", "Buenos Aires", ["B7600@@@"]),
           ("San Miguel de Tucumán", "Tucumán", ["T4000@@@"]), ("Salta", "Salta", ["A4400@@@"]),
           ("Neuquén", "Neuquén", ["Q8300@@@"]), ("Quilmes", "Buenos Aires", ["B1878@@@"])],
    "CO": [("Bogotá", "Cundinamarca", ["1101##", "1111##"]), ("Medellín", "Antioquia", ["0500##"]),
           ("Cali", "Valle del Cauca", ["7600##"]), ("Barranquilla", "Atlántico", ["0800##"]),
           ("Cartagena", "Bolívar", ["1300##"]), ("Bucaramanga", "Santander", ["6800##"]),
           ("Pereira", "Risaralda", ["6600##"]), ("Manizales", "Caldas", ["1700##"]),
           ("Santa Marta", "Magdalena", ["4700##"]), ("Ibagué", "Tolima", ["7300##"])],
    "BR": [("São Paulo", "SP", ["0####-###"]), ("Rio de Janeiro", "RJ", ["2####-###"]),
           ("Belo Horizonte", "MG", ["30###-###"]), ("Curitiba", "PR", ["80###-###"]),
           ("Porto Alegre", "RS", ["90###-###"]), ("Salvador", "BA", ["40###-###"]), ("Recife", "PE", ["50###-###"]),
           ("Fortaleza", "CE", ["60###-###"]), ("Campinas", "SP", ["13###-###"]),
           ("Florianópolis", "SC", ["88###-###"]), ("Goiânia", "GO", ["74###-###"]), ("Manaus", "AM", ["69###-###"])],
    "FR": [("Paris", "", ["75003", "75011", "75012", "75015", "75018", "75020"]), ("Lyon", "", ["69001", "69003", "69007"]),
           ("Marseille", "", ["13001", "13006", "13008"]), ("Toulouse", "", ["31000", "31200", "31400"]),
           ("Nantes", "", ["44000", "44100"]), ("Bordeaux", "", ["33000", "33800"]), ("Lille", "", ["59000", "59800"]),
           ("Strasbourg", "", ["67000"]), ("Rennes", "", ["35000", "35700"]), ("Montpellier", "", ["34000", "34070"]),
           ("Grenoble", "", ["38000", "38100"]), ("Dijon", "", ["21000"]), ("Angers", "", ["49000", "49100"]),
           ("Clermont-Ferrand", "", ["63000"]), ("Tours", "", ["37000"])],
    "CA": [("Montréal", "QC", ["H2J #@#", "H2X #@#", "H3H #@#", "H1V #@#", "H4A #@#"]), ("Québec", "QC", ["G1R #@#", "G1V #@#"]),
           ("Laval", "QC", ["H7N #@#", "H7T #@#"]), ("Gatineau", "QC", ["J8X #@#", "J8Y #@#"]),
           ("Sherbrooke", "QC", ["J1H #@#", "J1J #@#"]), ("Trois-Rivières", "QC", ["G9A #@#"]),
           ("Longueuil", "QC", ["J4K #@#", "J4H #@#"]), ("Lévis", "QC", ["G6V #@#"]), ("Saguenay", "QC", ["G7H #@#"])],
    "DE": [("Berlin", "", ["10115", "10247", "10437", "10961", "12043", "13353"]), ("Hamburg", "", ["20095", "20249", "22765", "22303"]),
           ("München", "", ["80331", "80469", "80797", "81541"]), ("Köln", "", ["50667", "50733", "50937"]),
           ("Frankfurt am Main", "", ["60311", "60316", "60487"]), ("Stuttgart", "", ["70173", "70176", "70469"]),
           ("Leipzig", "", ["04109", "04275", "04315"]), ("Dresden", "", ["01067", "01099", "01309"]),
           ("Hannover", "", ["30159", "30161", "30451"]), ("Nürnberg", "", ["90402", "90429"]), ("Bremen", "", ["28195", "28203"]),
           ("Freiburg im Breisgau", "", ["79098", "79102"]), ("Bochum", "", ["44787", "44801"]), ("Münster", "", ["48143", "48151"]),
           ("Kassel", "", ["34117", "34119"]), ("Augsburg", "", ["86150", "86159"]), ("Mainz", "", ["55116", "55118"])],
    "IT": [("Roma", "RM", ["00185", "00153", "00197", "00162"]), ("Milano", "MI", ["20121", "20135", "20154"]),
           ("Napoli", "NA", ["80133", "80121"]), ("Torino", "TO", ["10121", "10138"]), ("Bologna", "BO", ["40121", "40126"]),
           ("Firenze", "FI", ["50122", "50134"]), ("Bari", "BA", ["70121", "70122"]), ("Palermo", "PA", ["90133", "90141"]),
           ("Verona", "VR", ["37121", "37138"]), ("Genova", "GE", ["16121", "16128"]), ("Padova", "PD", ["35121", "35139"]),
           ("Trieste", "TS", ["34121", "34133"])],
    "NL": [("Amsterdam", "", ["1012 @@", "1017 @@", "1052 @@", "1091 @@", "1073 @@"]), ("Rotterdam", "", ["3011 @@", "3014 @@", "3021 @@"]),
           ("Utrecht", "", ["3511 @@", "3581 @@", "3572 @@"]), ("Den Haag", "", ["2511 @@", "2517 @@", "2563 @@"]),
           ("Eindhoven", "", ["5611 @@", "5621 @@"]), ("Groningen", "", ["9711 @@", "9712 @@", "9726 @@"]),
           ("Tilburg", "", ["5038 @@", "5041 @@"]), ("Nijmegen", "", ["6511 @@", "6521 @@"]), ("Haarlem", "", ["2011 @@", "2023 @@"]),
           ("Arnhem", "", ["6811 @@", "6821 @@"]), ("Leiden", "", ["2311 @@", "2313 @@"]), ("Zwolle", "", ["8011 @@", "8012 @@"])],
    "PL": [("Warszawa", "mazowieckie", ["00-###", "01-###", "02-###", "03-###"]), ("Kraków", "małopolskie", ["30-###", "31-###"]),
           ("Łódź", "łódzkie", ["90-###", "91-###"]), ("Wrocław", "dolnośląskie", ["50-###", "51-###", "53-###"]),
           ("Poznań", "wielkopolskie", ["60-###", "61-###"]), ("Gdańsk", "pomorskie", ["80-###"]),
           ("Szczecin", "zachodniopomorskie", ["70-###", "71-###"]), ("Lublin", "lubelskie", ["20-###"]),
           ("Katowice", "śląskie", ["40-###"]), ("Białystok", "podlaskie", ["15-###"]), ("Rzeszów", "podkarpackie", ["35-###"]),
           ("Toruń", "kujawsko-pomorskie", ["87-100"])],
    "SE": [("Stockholm", "", ["113 ##", "114 ##", "116 ##", "118 ##"]), ("Göteborg", "", ["411 ##", "413 ##", "416 ##"]),
           ("Malmö", "", ["211 ##", "214 ##"]), ("Uppsala", "", ["753 ##", "752 ##"]), ("Västerås", "", ["722 ##"]),
           ("Örebro", "", ["702 ##"]), ("Linköping", "", ["582 ##"]), ("Helsingborg", "", ["252 ##"]), ("Umeå", "", ["903 ##"]),
           ("Lund", "", ["222 ##"]), ("Jönköping", "", ["553 ##"]), ("Norrköping", "", ["602 ##"])],
    "ID": [("Jakarta Selatan", "DKI Jakarta", ["12###"]), ("Jakarta Barat", "DKI Jakarta", ["11###"]),
           ("Bandung", "Jawa Barat", ["40###"]), ("Surabaya", "Jawa Timur", ["60###"]), ("Yogyakarta", "DI Yogyakarta", ["55###"]),
           ("Semarang", "Jawa Tengah", ["50###"]), ("Medan", "Sumatera Utara", ["20###"]), ("Denpasar", "Bali", ["80###"]),
           ("Makassar", "Sulawesi Selatan", ["90###"]), ("Malang", "Jawa Timur", ["65###"]), ("Bogor", "Jawa Barat", ["16###"]),
           ("Bekasi", "Jawa Barat", ["17###"])],
}

STREETS = {
    "US": ["Maple Ave", "Oak St", "Elm Street", "Washington Blvd", "Lincoln Ave", "Park Place", "Cedar Ln",
           "Highland Dr", "Lakeview Dr", "Main St", "2nd St", "Pine Street", "Ridge Rd", "Church St",
           "Walnut St", "Franklin Ave", "Jefferson St", "Willow Ct", "Meadowbrook Dr", "N 5th St", "Sycamore Rd"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
           "Kings Road", "Manor Way", "Grange Road", "Albert Street", "Orchard Close", "Chapel Street", "New Road",
           "The Crescent", "Springfield Road", "Westfield Avenue", "Beech Grove", "Cavendish Road", "Moor Lane"],
    "IE": ["Main Street", "Church Road", "Castle Street", "Bridge Street", "Oakwood Avenue", "St. Patrick's Terrace",
           "Seaview Park", "Glenview Drive", "Ashgrove Lawn", "College Road", "Griffith Avenue", "Rathmines Road Lower",
           "Father Griffin Road", "O'Connell Street", "Woodlawn Grove"],
    "ZA": ["Jan Smuts Avenue", "Main Road", "Long Street", "Voortrekker Road", "Church Street", "Beyers Naude Drive",
           "Oxford Road", "Florida Road", "Nelson Mandela Drive", "Rivonia Road", "Kloof Street", "Dorp Street",
           "Umgeni Road", "Louis Botha Avenue", "Lilian Ngoyi Street", "Protea Road"],
    "PH": ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Katipunan Ave.", "Osmeña Blvd.", "Quezon Ave.", "Del Pilar St.",
           "Luna St.", "Magsaysay Ave.", "J.P. Laurel Ave.", "Gen. Luna St.", "Kalayaan Ave.", "Sampaguita St.", "Aguinaldo Hwy"],
    "SG": {"Tampines": ["Tampines Street 42", "Tampines Avenue 5"], "Ang Mo Kio": ["Ang Mo Kio Avenue 3", "Ang Mo Kio Street 21"],
           "Jurong West": ["Jurong West Street 61", "Jurong West Avenue 1"], "Bedok": ["Bedok North Road", "Bedok Reservoir Road"],
           "Woodlands": ["Woodlands Drive 14", "Woodlands Circle"], "Toa Payoh": ["Toa Payoh Lorong 1", "Toa Payoh East"],
           "Punggol": ["Punggol Field", "Edgefield Plains"], "Clementi": ["Clementi Avenue 2", "Clementi West Street 1"],
           "Yishun": ["Yishun Ring Road", "Yishun Avenue 11"], "Hougang": ["Hougang Avenue 8", "Hougang Street 11"],
           "Bukit Batok": ["Bukit Batok Street 21", "Bukit Batok West Avenue 6"], "Sengkang": ["Sengkang East Way", "Compassvale Road"]},
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Calle San Juan", "Calle del Carmen",
           "Avenida de América", "Calle Serrano", "Calle Colón", "Calle Cervantes", "Paseo de la Castellana", "Calle Larios",
           "Avenida del Puerto", "Calle Sagasta", "Ronda de Segovia"],
    "AR": ["Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "San Martín", "Av. Colón", "Bv. Oroño", "Belgrano",
           "Av. Cabildo", "Sarmiento", "Av. Pellegrini", "Mitre", "Av. Libertador", "Güemes", "Lavalle"],
    "BR": ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Brasil", "Rua da Consolação",
           "Rua Sete de Setembro", "Av. Getúlio Vargas", "Rua Bahia", "Rua Voluntários da Pátria", "Av. Afonso Pena",
           "Rua Dom Pedro II", "Rua Tiradentes", "Av. Boa Viagem"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue du Moulin",
           "rue Pasteur", "place de la Mairie", "allée des Tilleuls", "rue des Écoles", "chemin des Vignes",
           "rue Gambetta", "avenue de la Gare", "rue Nationale", "impasse des Lilas"],
    "CA": ["rue Saint-Denis", "boulevard René-Lévesque", "avenue du Mont-Royal", "rue Sherbrooke Est", "rue Principale",
           "chemin Sainte-Foy", "boulevard Laurier", "rue King Ouest", "avenue Cartier", "rue Notre-Dame Ouest",
           "rue Beaubien Est", "boulevard Saint-Joseph"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Gartenstraße", "Kirchweg",
           "Friedrichstraße", "Am Markt", "Bergstraße", "Mozartstraße", "Ringstraße", "Schulstraße", "Birkenweg",
           "Kastanienallee", "Lessingstr.", "Weidenweg", "Rosenstr."],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Via Dante Alighieri",
           "Piazza della Repubblica", "Via Verdi", "Viale dei Mille", "Via Cavour", "Via XX Settembre",
           "Corso Buenos Aires", "Via Nazionale", "Via San Martino", "Viale Europa"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Prinsengracht", "Julianastraat", "Wilhelminalaan",
           "Beatrixstraat", "Oranjestraat", "Schoolstraat", "Nieuwe Binnenweg", "Hoofdstraat", "Lindelaan", "Vondelstraat"],
    "PL": ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "ul. Słowackiego", "al. Jerozolimskie", "ul. Piłsudskiego",
           "ul. Polna", "ul. Lipowa", "ul. Kwiatowa", "ul. Sienkiewicza", "ul. Ogrodowa", "ul. Marszałkowska",
           "ul. Jana Pawła II", "ul. Konopnickiej"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Södra vägen",
           "Östra Hamngatan", "Björkvägen", "Järnvägsgatan", "Sveavägen", "Ringvägen", "Tegnérgatan", "Linnégatan"],
    "ID": ["Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Diponegoro", "Jl. Merdeka", "Jl. Ahmad Yani", "Jl. Pahlawan",
           "Jl. Kebon Jeruk Raya", "Jl. Kaliurang", "Jl. Asia Afrika", "Jl. Pemuda", "Jl. Gajah Mada", "Gg. Melati",
           "Jl. Cempaka Putih Tengah", "Jl. Dago"],
}
_BR_BAIRROS = {"São Paulo": ["Vila Mariana", "Pinheiros", "Moema", "Santa Cecília", "Tatuapé"],
               "Rio de Janeiro": ["Copacabana", "Tijuca", "Botafogo", "Méier"], "Belo Horizonte": ["Savassi", "Funcionários"],
               "Curitiba": ["Batel", "Água Verde"], "Porto Alegre": ["Moinhos de Vento", "Menino Deus"],
               "Salvador": ["Barra", "Pituba"], "Recife": ["Boa Viagem", "Casa Forte"], "Fortaleza": ["Aldeota", "Meireles"],
               "Campinas": ["Cambuí", "Taquaral"], "Florianópolis": ["Trindade", "Centro"], "Goiânia": ["Setor Bueno", "Setor Oeste"],
               "Manaus": ["Adrianópolis", "Centro"]}
_ZA_SUBURBS = {"Johannesburg": ["Melville", "Parkhurst", "Rosebank", "Yeoville", "Northcliff"], "Cape Town": ["Gardens", "Observatory", "Woodstock", "Rondebosch", "Sea Point"],
               "Durban": ["Morningside", "Berea", "Glenwood"], "Pretoria": ["Hatfield", "Arcadia", "Brooklyn"],
               "Gqeberha": ["Walmer", "Summerstrand"], "Randburg": ["Ferndale", "Blairgowrie"], "Soweto": ["Orlando West", "Diepkloof"]}
_PH_BRGY = ["Brgy. San Antonio", "Brgy. Poblacion", "Brgy. Kapitolyo", "Brgy. Lahug", "Brgy. Commonwealth", "Brgy. Matina",
            "Brgy. Bagong Silang", "Brgy. Santo Niño", "Brgy. Malate", "Brgy. Ugong"]
_ID_KEL = ["Kel. Darmo", "Kel. Kebon Jeruk", "Kel. Menteng", "Kel. Sukajadi", "Kel. Caturtunggal", "Kel. Tegalsari",
           "Kel. Dago", "Kel. Pondok Kelapa"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
}

# phone number plans: national significant number = prefix + n random digits (checked with phonenumbers)
PHONE_PLAN = {
    "US": {"m": [(a, 7) for a in ["614", "512", "916", "253", "919", "518", "208", "937", "520", "608", "804", "402",
                                  "912", "509", "508", "559", "865", "515", "412", "720", "517", "918"]]},
    "CA": {"m": [(a, 7) for a in ["514", "438", "418", "581", "450", "579", "819", "873"]]},
    "GB": {"m": [("74", 8), ("75", 8), ("77", 8), ("78", 8), ("79", 8)],
           "l": [("207", 7), ("208", 7), ("113", 7), ("117", 7), ("161", 7), ("141", 7), ("2920", 6), ("121", 7)]},
    "IE": {"m": [("83", 7), ("85", 7), ("86", 7), ("87", 7), ("89", 7)], "l": [("1", 7), ("21", 7), ("61", 6), ("91", 6)]},
    "ZA": {"m": [(p, 7) for p in ["60", "61", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"]],
           "l": [("11", 7), ("21", 7), ("31", 7), ("12", 7)]},
    "PH": {"m": [(p, 7) for p in ["917", "918", "927", "939", "945", "995", "998", "905", "915", "966", "977"]],
           "l": [("28", 7), ("32", 7), ("82", 7)]},
    "SG": {"m": [("8", 7), ("9", 7)], "l": [("6", 7)]},
    "ES": {"m": [("6", 8), ("71", 7), ("72", 7)], "l": [("91", 7), ("93", 7), ("96", 7), ("95", 7), ("94", 7)]},
    "AR": {"m": [("911", 8), ("9351", 7), ("9341", 7), ("9261", 7), ("9221", 7)], "l": [("114", 7), ("115", 7)]},
    "CO": {"m": [("3" + p, 7) for p in ["00", "01", "02", "04", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20", "21", "23", "50"]],
           "l": [("601", 7), ("604", 7), ("602", 7)]},
    "BR": {"m": [(d + "9", 8) for d in ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"]],
           "l": [(d + s, 7) for d in ["11", "21", "31", "41", "51"] for s in "2345"]},
    "FR": {"m": [("6", 8), ("7", 8)], "l": [("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8)]},
    "DE": {"m": [(p, n) for p in ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"] for n in (7, 8)
                 if not (p in ("151", "160", "170", "171", "175") and n == 8)],
           "l": [("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7)]},
    "IT": {"m": [("3" + p, 7) for p in ["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "80", "88", "92", "93"]],
           "l": [("06", 8), ("02", 8), ("081", 7), ("011", 7), ("051", 7), ("055", 7)]},
    "NL": {"m": [("61", 7), ("62", 7), ("63", 7), ("64", 7), ("65", 7)], "l": [("20", 7), ("10", 7), ("30", 7), ("70", 7), ("40", 7), ("50", 7)]},
    "PL": {"m": [(p, 7) for p in ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]],
           "l": [("22", 7), ("12", 7), ("42", 7), ("71", 7), ("61", 7), ("58", 7)]},
    "SE": {"m": [("70", 7), ("72", 7), ("73", 7), ("76", 7), ("79", 7)], "l": [("8", 7), ("8", 8), ("31", 7), ("40", 6), ("18", 6)]},
    "ID": {"m": [("8" + p, n) for p in ["11", "12", "13", "21", "22", "52", "53", "57", "77", "78", "95", "96", "98"] for n in (7, 8)],
           "l": [("21", 8), ("22", 7), ("31", 7), ("274", 6)]},
}
PHONE_CC = {"US": 1, "CA": 1, "GB": 44, "IE": 353, "ZA": 27, "PH": 63, "SG": 65, "ES": 34, "AR": 54, "CO": 57, "BR": 55,
            "FR": 33, "DE": 49, "IT": 39, "NL": 31, "PL": 48, "SE": 46, "ID": 62}
_IDD00 = {"GB", "IE", "ZA", "PH", "ES", "AR", "FR", "DE", "IT", "NL", "PL", "SE"}
PHONE_REGIONS = sorted(PHONE_CC)


def phone_ok(s: str, regions=None) -> bool:
    for reg in regions or PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _fold(s: str) -> str:
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


class Person:
    __slots__ = ("first", "last", "full", "cc", "gender", "sur_first", "mail")

    def __init__(self, first, last, full, cc, gender, sur_first=False):
        first, last, full = (" ".join(x.split()) for x in (first, last, full))
        self.first, self.last, self.full, self.cc, self.gender = first, last, full, cc, gender
        self.sur_first = sur_first  # name is written surname first (Chinese names)
        self.mail = None

    @property
    def formal(self) -> str:  # "Kowalska, Anna"
        if not self.last:
            return self.full
        return f"{self.last}, {self.first}"

    @property
    def given(self) -> str:
        return self.first.split(" ")[0] if not self.sur_first else self.first



# --------------------------------------------------------------------------------------------------
# The generator: every draw comes from one random.Random and Faker instances seeded from it
# --------------------------------------------------------------------------------------------------

_PWD_WORDS = {
    "en": ["sunshine", "dragon", "football", "monkey", "liverpool", "princess", "summer", "charlie", "buster",
           "rainbow", "chelsea", "bailey", "tigger", "ginger", "arsenal", "springbok", "manila", "dolphin"],
    "es": ["mariposa", "futbol", "boca", "corazon", "tequiero", "princesa", "river", "madrid", "chocolate"],
    "pt": ["flamengo", "saudade", "amor", "corinthians", "brasil", "palmeiras", "gremio", "vasco"],
    "fr": ["soleil", "chouchou", "doudou", "marseille", "bonjour", "loulou", "nounours", "psg"],
    "de": ["schatz", "bayern", "sommer", "hallo", "fussball", "schalke", "sonnenschein", "hamburg"],
    "it": ["juventus", "amore", "forzanapoli", "ciao", "tesoro", "roma", "milan", "girasole"],
    "nl": ["ajax", "welkom", "zomer", "voetbal", "feyenoord", "schatje", "konijn"],
    "pl": ["kochanie", "legia", "polska", "misiek", "zaq12wsx", "qwerty", "lech"],
    "sv": ["sommar", "hammarby", "solros", "aik", "blomma", "kalle"],
    "id": ["sayang", "persib", "bismillah", "cinta", "persija", "rahasia", "bandung"],
}
_PETS = ["Biscuit", "Luna", "Milo", "Coco", "Bella", "Max", "Rocky", "Nala", "Simba", "Oreo", "Pepper", "Toby"]
_SYM = "!@#$%&*?.-_+"


class G:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.fk: dict[str, Faker] = {}
        for loc in FAKER_LOCALES:  # fixed order
            f = _FAKER_CACHE.get(loc)
            if f is None:
                f = _FAKER_CACHE[loc] = Faker(loc)
            f.seed_instance(rng.randrange(1 << 30))
            self.fk[loc] = f

    # ---- primitives -------------------------------------------------------------------------------
    def r(self) -> float:
        return self.rng.random()

    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def wch(self, pairs):
        """weighted choice from [(value, weight), ...]"""
        tot = sum(w for _, w in pairs)
        x = self.rng.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def dig(self, n: int) -> str:
        return "".join(self.ch(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.ch("0123456789abcdef") for _ in range(n))

    def aln(self, n: int, chars: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.ch(chars) for _ in range(n))

    def up(self, n: int) -> str:
        return self.aln(n, string.ascii_uppercase + string.digits)

    def pat(self, p: str) -> str:
        out = []
        for c in p:
            if c == "#":
                out.append(self.ch(string.digits))
            elif c == "%":
                out.append(self.ch("123456789"))
            elif c == "@":
                out.append(self.ch("ABCEGHJKLMNPRSTVWXYZ"))
            elif c == "*":
                out.append(self.ch("0123456789ACDEFHKNPRTVWXY"))
            elif c == "^":
                out.append(self.ch(string.ascii_uppercase))
            else:
                out.append(c)
        return "".join(out)

    # ---- people -----------------------------------------------------------------------------------
    def person(self, cc: str, gender: str | None = None) -> Person:
        g = gender or self.ch("FM")
        if cc == "ZA":
            first = self.ch(_ZA_F if g == "F" else _ZA_M)
            last = self.ch(_ZA_L)
            return Person(first, last, f"{first} {last}", cc, g)
        if cc == "PH":
            first = self.ch(_PH_F if g == "F" else _PH_M)
            last = self.ch(_PH_L)
            if self.r() < 0.3:  # middle initial (mother's maiden name)
                return Person(first, last, f"{first} {self.ch('ABCDGLMPRSTV')}. {last}", cc, g)
            return Person(first, last, f"{first} {last}", cc, g)
        if cc == "SG":
            eth = self.wch([("cn", 7), ("my", 2), ("in", 1)])
            if eth == "cn":
                last, given = self.ch(_SG_CN_L), self.ch(_SG_CN_G[g])
                if self.r() < 0.35:
                    west = self.ch(_SG_WEST[g])
                    if self.r() < 0.5:
                        return Person(west, last, f"{west} {last}", cc, g)
                    return Person(west, last, f"{west} {last} {given}", cc, g)
                return Person(given, last, f"{last} {given}", cc, g, sur_first=True)
            if eth == "my":
                first, father = self.ch(_SG_MY[g]), self.ch(_SG_MY_FATHER)
                return Person(first, father, f"{first} {'binte' if g == 'F' else 'bin'} {father}", cc, g)
            first, last = self.ch(_SG_IN[g]), self.ch(_SG_IN_L)
            if self.r() < 0.4:
                return Person(first, last, f"{first} {'d/o' if g == 'F' else 's/o'} {last}", cc, g)
            return Person(first, last, f"{first} {last}", cc, g)
        f = self.fk[CC_FAKER[cc]]
        first = f.first_name_female() if g == "F" else f.first_name_male()
        if cc in ("PL", "ID"):  # gendered surnames
            last = f.last_name_female() if g == "F" else f.last_name_male()
        else:
            last = f.last_name()
        if cc in ("ES", "CO") and self.r() < (0.8 if cc == "ES" else 0.6):
            last2 = f.last_name()
            if last2 != last:
                last = f"{last} {last2}"
        if cc == "BR" and self.r() < 0.35:
            last = f"{f.last_name()} {last}"
        if cc == "ID" and self.r() < 0.15:  # single name
            return Person(first, "", first, cc, g)
        return Person(first, last, f"{first} {last}", cc, g)

    def email(self, p: Person, domain: str | None = None) -> str:
        first = p.first.split(" ")[0]
        if p.cc == "DE" and self.r() < 0.5:
            first = first.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        f = _slug(first)
        lastparts = p.last.split(" ") if p.last else [""]
        l_ = _slug(lastparts[-1] if self.r() < 0.5 else "".join(lastparts)) if p.last else ""
        dom = domain or self.ch(MAIL_DOMAINS[p.cc])
        yy = self.dig(2)
        if not l_:
            local = self.ch([f + yy, f + self.dig(3), f + "." + self.dig(4)])
        else:
            local = self.wch([(f"{f}.{l_}", 5), (f"{f}{l_}", 3), (f"{f[0]}.{l_}", 2), (f"{f}_{l_}", 1),
                              (f"{l_}.{f}", 1), (f"{f}.{l_}{yy}", 2), (f"{f[0]}{l_}", 2), (f"{f}{yy}", 1),
                              (f"{f}{l_[0]}", 1)])
        return f"{local}@{dom}"

    def work_email(self, p: Person, company_domain: str) -> str:
        f = _slug(p.first.split(" ")[0])
        l_ = _slug(p.last.split(" ")[-1]) if p.last else ""
        if not l_:
            return f"{f}@{company_domain}"
        return self.ch([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}", f"{f}.{l_}"]) + "@" + company_domain

    def handle(self, p: Person | None = None) -> str:
        base = _slug(p.first.split(" ")[0]) if p and self.r() < 0.4 else self.ch(
            ["shadow", "kitty", "ninja", "wolf", "pixel", "zeno", "blaze", "mochi", "dark", "lucky", "frost", "nova"])
        return base + self.ch(["_", "", "x", "."]) + self.ch(["", self.dig(2), self.dig(4), "gg", "pro", "yt"])

    # ---- phones -----------------------------------------------------------------------------------
    def phone_obj(self, cc: str, kind: str | None = None):
        plan = PHONE_PLAN[cc]
        kind = kind if kind in plan else ("m" if "m" in plan else "l")
        for _ in range(200):
            pre, n = self.ch(plan[kind])
            nsn = pre + str(self.ri(2, 9)) + self.dig(n - 1)
            if cc in ("US", "CA") and nsn[3:6] == "555":
                continue
            num = phonenumbers.parse(f"+{PHONE_CC[cc]}{nsn}")
            if phonenumbers.is_valid_number(num):
                return num
        raise RuntimeError(f"no valid phone for {cc}")

    def phone(self, cc: str, kind: str | None = None, style: str | None = None) -> str:
        num = self.phone_obj(cc, kind)
        F = phonenumbers.PhoneNumberFormat
        nat = phonenumbers.format_number(num, F.NATIONAL)
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, F.E164)
        if style is None:
            opts = [("nat", 5), ("intl", 3), ("e164", 2), ("plain", 1)]
            if cc in _IDD00:
                opts.append(("00", 1))
            if cc in ("US", "CA"):
                opts += [("dash", 3), ("dots", 1)]
            if cc in ("FR",):
                opts += [("dots", 2)]
            if cc in ("DE",):
                opts += [("slash", 2)]
            if cc in ("ES", "IT", "NL", "SE", "PL", "ZA", "GB", "IE", "SG"):
                opts += [("spaces", 1)]
            style = self.wch(opts)
        groups = re.findall(r"\d+", nat)
        if style == "intl":
            return intl
        if style == "e164":
            return e164
        if style == "00":
            return "00" + intl[1:]
        if style == "plain":
            return "".join(groups)
        if style == "dash":
            return "-".join(groups) if len(groups) > 1 else nat
        if style == "dots":
            return ".".join(groups)
        if style == "spaces":
            d = "".join(groups)
            if cc == "SG":
                return d[:4] + " " + d[4:]
            return " ".join(groups) if len(groups) > 2 else " ".join([d[:-6], d[-6:-3], d[-3:]])
        if style == "slash":
            d = "".join(groups)
            k = len(groups[0])
            return d[:k] + "/" + d[k:]
        if style == "intl_nospace":
            return intl.replace(" ", "").replace("-", "")
        return nat

    # ---- places -----------------------------------------------------------------------------------
    def town(self, cc: str):
        t, region, pcs = self.ch(TOWNS[cc])
        return t, region, self.pat(self.ch(pcs))

    def addr(self, cc: str, multiline: bool | None = None, with_town: bool = True):
        """A street address as written in `cc`; returns (address, town)."""
        ml = self.r() < 0.25 if multiline is None else multiline
        nl = "\n" if ml else ", "
        town, region, pc = self.town(cc)
        n = self.ri(1, 240)
        if cc == "US":
            unit = self.ch(["", "", "", f" Apt {self.ri(1, 40)}{self.ch('ABCD')}", f" Unit {self.ri(100, 950)}", f" #{self.ri(2, 30)}"])
            street = f"{self.ri(100, 9899)} {self.ch(STREETS[cc])}{unit}"
            tl = f"{town}, {region} {pc}"
        elif cc == "GB":
            flat = self.ch(["", "", "", f"Flat {self.ri(1, 12)}, ", f"Flat {self.ri(1, 6)}{self.ch('ABC')}, "])
            street = f"{flat}{n} {self.ch(STREETS[cc])}"
            tl = f"{town} {pc}" if not ml else f"{town}\n{pc}"
        elif cc == "IE":
            street = f"{self.ch(['', '', 'Apt ' + str(self.ri(1, 30)) + ', '])}{self.ri(1, 120)} {self.ch(STREETS[cc])}"
            tl = f"{town}{', ' + region if region and self.r() < 0.6 else ''}{nl}{pc}" if self.r() < 0.8 else town
        elif cc == "ZA":
            sub = self.ch(_ZA_SUBURBS.get(town, [""]))
            street = f"{n} {self.ch(STREETS[cc])}" + (f"{nl}{sub}" if sub else "")
            tl = f"{town}{nl}{pc}" if self.r() < 0.5 else f"{town}, {pc}"
        elif cc == "PH":
            street = f"{self.ch(['', 'Unit ' + str(self.ri(1, 30)) + self.ch('ABCD') + ', ', 'Blk ' + str(self.ri(1, 40)) + ' Lot ' + str(self.ri(1, 30)) + ', '])}" \
                     f"{n} {self.ch(STREETS[cc])}, {self.ch(_PH_BRGY)}"
            tl = f"{town}{', ' + region if self.r() < 0.5 else ''}{' ' + pc if self.r() < 0.6 else ''}"
        elif cc == "SG":
            street = f"{self.ch(['Blk ', 'Block ', ''])}{self.ri(101, 699)}{self.ch(['', '', 'A', 'B'])} {self.ch(STREETS['SG'][town])}, #{self.ri(2, 25):02d}-{self.ri(1, 999):0{self.ch([2, 3])}d}"
            tl = f"Singapore {pc}"
        elif cc == "ES":
            piso = self.ch(["", f", {self.ri(1, 9)}º {self.ch('ABCD')}", f", {self.ri(1, 6)}º{self.ch(['Izq', 'Dcha', ' Izda.'])}", f" {self.ri(1, 9)}-{self.ri(1, 4)}"])
            st = self.ch(STREETS[cc])
            if self.r() < 0.3:
                st = st.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
            street = f"{st}{self.ch([', ', ' ', ', nº '])}{self.ri(1, 180)}{piso}"
            tl = f"{pc} {town}" + (f" ({region})" if region != town and self.r() < 0.4 else "")
        elif cc == "AR":
            st = self.ch(STREETS[cc])
            street = f"{st} {self.ri(100, 5800)}" + self.ch(["", f", piso {self.ri(1, 14)} dto. {self.ch('ABCDEF')}", f" {self.ri(1, 12)}° {self.ch('ABCD')}"])
            tl = f"{pc} {'CABA' if town == 'Buenos Aires' and self.r() < 0.6 else town}" + (f", {region}" if region not in ("CABA", town) else "")
        elif cc == "CO":
            kind = self.ch(["Calle", "Carrera", "Cra.", "Cl.", "Avenida Calle", "Transversal", "Diagonal", "Kr"])
            a = f"{self.ri(1, 140)}{self.ch(['', '', 'A', 'B', ' Bis', 'C'])}"
            sep = self.ch([" # ", " #", " No. ", " N° "])
            street = f"{kind} {a}{sep}{self.ri(1, 120)}{self.ch(['', '', 'A', 'B'])}-{self.ri(1, 99):02d}" + self.ch(["", "", f", Apto {self.ri(101, 1504)}", f" Int. {self.ri(1, 9)}", f", Torre {self.ri(1, 6)} Apto {self.ri(101, 1204)}"])
            tl = f"{town}{', ' + region if self.r() < 0.4 else ''}"
        elif cc == "BR":
            bairro = self.ch(_BR_BAIRROS[town])
            street = f"{self.ch(STREETS[cc])}, {self.ri(10, 3200)}" + self.ch(["", f", apto {self.ri(11, 154)}", f", ap. {self.ri(11, 154)} bloco {self.ch('ABC')}", " - casa 2"]) + f" - {bairro}"
            tl = f"{town} - {region}, {pc}" if self.r() < 0.6 else f"{pc} {town}/{region}"
        elif cc == "FR":
            bis = self.ch(["", "", "", " bis", " ter"])
            apt = self.ch(["", "", f"Appartement {self.ri(1, 40)}{nl}", f"Bât. {self.ch('ABC')}, "])
            street = f"{apt}{n}{bis} {self.ch(STREETS[cc])}"
            tl = f"{pc} {town.upper() if ml and self.r() < 0.5 else town}"
        elif cc == "CA":
            street = f"{self.ri(100, 9800)}{self.ch([', ', ' '])}{self.ch(STREETS[cc])}" + self.ch(["", f", app. {self.ri(1, 12)}", f", bureau {self.ri(100, 900)}", f" #{self.ri(1, 8)}"])
            tl = f"{town} ({'Québec' if self.r() < 0.5 else 'QC'}) {pc}" if self.r() < 0.5 else f"{town}, QC  {pc}".replace("  ", " ")
        elif cc == "DE":
            street = f"{self.ch(STREETS[cc])} {self.ri(1, 140)}{self.ch(['', '', '', 'a', 'b', ' a'])}"
            tl = f"{pc} {town}"
        elif cc == "IT":
            street = f"{self.ch(STREETS[cc])}{self.ch([', ', ' ', ' n. '])}{self.ri(1, 200)}{self.ch(['', '', '/A', ' int. ' + str(self.ri(1, 20))])}"
            tl = f"{pc} {town} ({region})" if self.r() < 0.5 else f"{pc} {town} {region}"
        elif cc == "NL":
            street = f"{self.ch(STREETS[cc])} {self.ri(1, 320)}{self.ch(['', '', '-' + str(self.ri(1, 4)), ' A', '-hs', ' bis'])}"
            tl = f"{pc} {town.upper() if self.r() < 0.2 else town}"
        elif cc == "PL":
            street = f"{self.ch(STREETS[cc])} {self.ri(1, 160)}{self.ch(['', '', '/' + str(self.ri(1, 80)), ' m. ' + str(self.ri(1, 60)), self.ch('ab')])}"
            tl = f"{pc} {town}"
        elif cc == "SE":
            street = f"{self.ch(STREETS[cc])} {self.ri(1, 90)}{self.ch(['', '', ' A', ' B', ' lgh ' + str(self.ri(1001, 1403))])}"
            tl = f"{pc} {town.upper() if self.r() < 0.3 else town}"
        elif cc == "ID":
            rt = f"RT {self.ri(1, 12):02d}/RW {self.ri(1, 15):02d}" if self.r() < 0.6 else f"RT.{self.ri(1, 12):03d}/RW.{self.ri(1, 15):03d}"
            street = f"{self.ch(STREETS[cc])} No. {self.ri(1, 180)}{self.ch(['', '', 'A', 'B'])}, {rt}" + (f", {self.ch(_ID_KEL)}" if self.r() < 0.6 else "")
            tl = f"{town} {pc}" if self.r() < 0.7 else f"{town}, {region} {pc}"
        else:
            raise ValueError(cc)
        if not with_town:
            return street, town
        return f"{street}{nl}{tl}", town

    # ---- dates ------------------------------------------------------------------------------------
    def date(self, y0: int, y1: int) -> _dt.date:
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.ri(a, b))

    def fmt_date(self, d: _dt.date, cc: str, style: str | None = None) -> str:
        lang = CC_LANG[cc]
        m = MONTHS[lang][d.month - 1]
        if style is None:
            style = self.wch([("num", 6), ("word", 3), ("alt", 2)])
        if style == "iso":
            return d.isoformat()
        if style == "word":
            if cc in ("US", "PH"):
                return self.ch([f"{m} {d.day}, {d.year}", f"{m[:3]} {d.day}, {d.year}"])
            if lang == "en":
                sfx = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
                return self.ch([f"{d.day} {m} {d.year}", f"{d.day}{sfx} {m} {d.year}", f"{d.day} {m[:3]} {d.year}"])
            if lang in ("es", "pt"):
                return f"{d.day} de {m} de {d.year}"
            if lang == "de":
                return f"{d.day}. {m} {d.year}"
            if lang == "fr":
                return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
            return f"{d.day} {m} {d.year}"
        if cc in ("US", "PH"):
            return f"{d.month:02d}/{d.day:02d}/{d.year}" if style == "num" else self.ch([f"{d.month}/{d.day}/{d.year}", d.isoformat()])
        if cc == "ZA":
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if style == "num" else self.ch([f"{d.year}/{d.month:02d}/{d.day:02d}", d.isoformat()])
        if cc in ("GB", "IE", "SG"):
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if style == "num" else self.ch([f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}/{d.month}/{d.year}"])
        if lang in ("de", "pl"):
            if style == "num":
                return f"{d.day:02d}.{d.month:02d}.{d.year}"
            return self.ch([f"{d.day}.{d.month}.{d.year}", d.isoformat()] if lang == "pl" else [f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"])
        if lang == "nl":
            return f"{d.day:02d}-{d.month:02d}-{d.year}" if style == "num" else f"{d.day}-{d.month}-{d.year}"
        if lang == "sv":
            return d.isoformat() if style == "num" else self.ch([f"{d.year % 100:02d}{d.month:02d}{d.day:02d}", f"{d.day}/{d.month} {d.year}"])
        if cc == "CA":
            return d.isoformat() if style == "num" else f"{d.day:02d}/{d.month:02d}/{d.year}"
        if lang == "id":
            return f"{d.day:02d}-{d.month:02d}-{d.year}" if style == "num" else f"{d.day:02d}/{d.month:02d}/{d.year}"
        # es, pt, it, fr
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if style == "num" else self.ch([f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}"])

    def dob(self, cc: str, style: str | None = None, y0: int = 1941, y1: int = 2006) -> str:
        return self.fmt_date(self.date(y0, y1), cc, style)

    def recent(self, cc: str, style: str | None = None) -> str:
        return self.fmt_date(self.date(2024, 2026), cc, style)

    def ts(self, sep: str = "T", z: str = "Z", y0: int = 2025, y1: int = 2026) -> str:
        d = self.date(y0, y1)
        return f"{d.isoformat()}{sep}{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}{z}"

    def hm(self) -> str:
        return f"{self.ri(7, 22):02d}:{self.ri(0, 59):02d}"

    # ---- money and ids ----------------------------------------------------------------------------
    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.wch([("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1)])
        if brand == "visa":
            num = _luhn(self.rng, "4" + self.dig(5), 16)
        elif brand == "mc":
            num = _luhn(self.rng, self.ch(["51", "52", "53", "54", "55", "2221", "2223", "2300", "2511", "2720"]), 16)
        elif brand == "amex":
            num = _luhn(self.rng, self.ch(["34", "37"]), 15)
        else:
            num = _luhn(self.rng, self.ch(["6011", "65"]), 16)
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def masked_card(self) -> str:
        l4 = self.dig(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending in {l4}",
                        f"{self.ch(['4', '5'])}{self.dig(5)}******{l4}", f"************{l4}"])

    def iban(self, cc: str, grouped: bool | None = None) -> str:
        s = _iban_of(self.rng, cc)
        if grouped if grouped is not None else self.r() < 0.6:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, sep: str | None = None) -> str:
        area = self.ri(1, 899)
        while area == 666:
            area = self.ri(1, 899)
        sep = self.wch([("-", 7), (" ", 1), ("", 2)]) if sep is None else sep
        return f"{area:03d}{sep}{self.ri(1, 99):02d}{sep}{self.ri(1, 9999):04d}"

    def routing(self) -> str:
        d = [int(c) for c in self.ch(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                      "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"]) + self.dig(6)]
        c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
        return "".join(map(str, d)) + str(c)

    def acct(self) -> str:
        return str(self.ri(1, 9)) + self.dig(self.ch([7, 8, 9, 9, 10, 11, 11, 12]))

    def price(self, cur: str = "$") -> str:
        v = self.ri(3, 900) + self.ch([0, 0.5, 0.99, 0.49, 0.25])
        if cur in ("€", "zł", "kr", "R$"):
            s = f"{v:.2f}".replace(".", ",")
            return f"{s} {cur}" if cur in ("€", "zł", "kr") else f"R$ {s}"
        if cur == "Rp":
            return f"Rp {self.ri(15, 2500) * 1000:,}".replace(",", ".")
        if cur == "COP":
            return f"${self.ri(20, 900) * 1000:,}".replace(",", ".")
        return f"{cur}{v:.2f}"

    # ---- network / secrets ------------------------------------------------------------------------
    def ip_pub(self, v6: float = 0.25) -> str:
        return _ip_public_v6(self.rng) if self.r() < v6 else _ip_public_v4(self.rng)

    def ip_priv(self) -> str:
        return self.ch([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                        f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}",
                        f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                        "127.0.0.1", "::1", f"fe80::{self.hexs(4)}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4)}",
                        f"fd{self.hexs(2)}:{self.hexs(4)}:{self.hexs(4)}::{self.ri(1, 99)}"])

    def version(self, ipv4_shaped: bool | None = None) -> str:
        if ipv4_shaped if ipv4_shaped is not None else self.r() < 0.4:
            return f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 20)}.{self.ri(0, 250)}"
        return f"{self.ri(1, 14)}.{self.ri(0, 30)}.{self.ri(0, 40)}"

    def uuid(self) -> str:
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sha(self, n: int = 64) -> str:
        return self.hexs(n)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.aln(53, string.ascii_letters + string.digits + "./")

    def imei(self) -> str:
        return _luhn(self.rng, self.ch(["35", "86", "01", "35"]) + self.dig(6), 15)

    def loyalty(self, n: int = 10, prefix: str = "") -> str:
        return _luhn(self.rng, prefix or str(self.ri(1, 9)), n)

    def api_key(self, vendor: str | None = None) -> str:
        b64u = string.ascii_letters + string.digits + "-_"
        v = vendor or self.ch(["stripe", "github", "slack", "google", "sendgrid", "twilio", "openai", "mailgun",
                               "shopify", "gitlab", "anthropic", "npm", "telegram", "datadog", "square"])
        if v == "stripe":
            return "sk_live_" + self.ch(["", "51"]) + self.aln(self.ch([24, 32, 99]))
        if v == "stripe_rk":
            return "rk_live_" + self.aln(24)
        if v == "stripe_wh":
            return "whsec_" + self.aln(32)
        if v == "github":
            return self.ch(["ghp_" + self.aln(36), "github_pat_11" + self.up(20) + "_" + self.aln(59)])
        if v == "slack":
            return f"xoxb-{self.dig(12)}-{self.dig(13)}-{self.aln(24)}"
        if v == "google":
            return "AIza" + self.aln(35, b64u)
        if v == "sendgrid":
            return "SG." + self.aln(22, b64u) + "." + self.aln(43, b64u)
        if v == "twilio":
            return "SK" + self.hexs(32)
        if v == "openai":
            return "sk-proj-" + self.aln(self.ch([48, 64]), b64u)
        if v == "mailgun":
            return "key-" + self.hexs(32)
        if v == "shopify":
            return "shpat_" + self.hexs(32)
        if v == "gitlab":
            return "glpat-" + self.aln(20, b64u)
        if v == "anthropic":
            return "sk-ant-api03-" + self.aln(93, b64u) + "AA"
        if v == "npm":
            return "npm_" + self.aln(36)
        if v == "telegram":
            return f"{self.ri(100000000, 7999999999)}:AA{self.aln(33, b64u)}"
        if v == "datadog":
            return self.hexs(32)
        if v == "square":
            return "EAAA" + self.aln(60, b64u)
        raise ValueError(v)

    def password(self, cc: str = "US", kind: str | None = None) -> str:
        lang = CC_LANG.get(cc, "en")
        kind = kind or self.wch([("word", 5), ("random", 3), ("pet", 1), ("leet", 1)])
        if kind == "random":
            while True:
                s = self.aln(self.ri(10, 18), string.ascii_letters + string.digits + "!@#$%&*?-_")
                if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                    return s
        if kind == "pet":
            return self.ch(_PETS) + self.ch([str(self.ri(2010, 2024)), self.dig(2), "123"]) + self.ch(["", "!", "#", "*"])
        w = self.ch(_PWD_WORDS[lang])
        if kind == "leet":
            w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("s", "$")
            return w.capitalize() + self.dig(self.ch([2, 3, 4]))
        w = w.capitalize() if self.r() < 0.6 else w
        return w + self.ch([str(self.ri(1960, 2010)), self.dig(2), "123", str(self.ri(2019, 2026)), self.dig(4)]) + self.ch(["", "", "!", "#", "*", "?", "$"])

    def pwd_policy(self, lang: str = "en") -> str:
        n = self.ch([8, 10, 12, 14])
        return {"en": f"Passwords must be at least {n} characters and include a number and a symbol.",
                "es": f"La contraseña debe tener al menos {n} caracteres, una mayúscula y un número.",
                "pt": f"A senha deve ter no mínimo {n} caracteres, incluindo letras e números.",
                "fr": f"Le mot de passe doit contenir au moins {n} caractères dont un chiffre.",
                "de": f"Das Passwort muss mindestens {n} Zeichen lang sein und eine Ziffer enthalten.",
                "it": f"La password deve contenere almeno {n} caratteri e un numero.",
                "nl": f"Je wachtwoord moet minimaal {n} tekens bevatten, waarvan één cijfer.",
                "pl": f"Hasło musi mieć co najmniej {n} znaków i zawierać cyfrę.",
                "sv": f"Lösenordet måste vara minst {n} tecken och innehålla en siffra.",
                "id": f"Kata sandi minimal {n} karakter dan harus mengandung angka."}[lang]

    def coord(self, lat: float, lon: float) -> str:
        return f"{lat + (self.r() - 0.5) / 10:.5f}, {lon + (self.r() - 0.5) / 10:.5f}"


# --------------------------------------------------------------------------------------------------
# Free-text templates (6 per domain, registered in order)
# --------------------------------------------------------------------------------------------------

TEMPLATES: list[str] = []
_TPL: dict = {}


def tpl(tid: str):
    def deco(fn):
        TEMPLATES.append(tid)
        _TPL[tid] = fn
        return fn
    return deco


def _tn(g: G, cc: str) -> str:
    """a clean town name for LOCATION"""
    t = g.ch(TOWNS[cc])[0]
    return re.sub(r" \d+$", "", t)


def _wa(g: G, cc: str, lines, ios: bool | None = None) -> Frag:
    """WhatsApp-export style chat lines: lines = [(speaker, message), ...]"""
    d = g.date(2025, 2026)
    h, m = g.ri(8, 20), g.ri(0, 59)
    ios = g.r() < 0.5 if ios is None else ios
    out = Frag("")
    for spk, msg in lines:
        m += g.ri(1, 7)
        if m >= 60:
            h, m = min(h + 1, 23), m - 60
        ds = f"{d.month}/{d.day}/{d.year % 100:02d}" if cc in ("US", "PH") else f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        pre = f"[{ds}, {h:02d}:{m:02d}:{g.ri(0, 59):02d}] " if ios else f"{ds} {h:02d}:{m:02d} - "
        out = out + pre + _frag(spk) + ": " + _frag(msg) + "\n"
    return out


_BRAND_PEOPLE = ["Stanley Quencher 40oz tumbler", "Dr. Martens 1460 boots", "Calvin Klein hoodie", "Tommy Hilfiger polo",
                 "Ralph Lauren oxford shirt", "Levi's 501 jeans", "Hugo Boss wallet", "Jo Malone candle",
                 "Estée Lauder Advanced Night Repair", "Michael Kors tote", "Kate Spade card holder", "Ted Baker suit bag"]
_PRODUCTS = ["Nintendo Switch OLED", "AirPods Pro (2nd gen)", "Dyson V8 vacuum", "KitchenAid stand mixer", "Kindle Paperwhite",
             "Instant Pot Duo 6qt", "Lego Technic 42115", "Samsung Galaxy Buds2", "Philips Hue starter kit", "Le Creuset casserole"]


# ---------------------------------------- online marketplace --------------------------------------

@tpl("marketplace.buyer_email_quoted.en-US")
def _mkt1(g: G) -> Frag:
    b, a = g.person("US"), g.person("US")
    addr, _ = g.addr("US", multiline=False)
    order = f"{g.ri(111, 999)}-{g.dig(7)}-{g.dig(7)}"
    d_sent = g.date(2026, 2026)
    prod = g.ch(_BRAND_PEOPLE + _PRODUCTS)
    body = fill("""From: ⟦bn⟧ <⟦bem⟧>
To: ShopVista Support <support@shopvista.com>
Subject: Re: Order #⟦order⟧ - item not received
Date: ⟦date⟧

Hi ⟦af⟧,

Still nothing. Tracking ⟦trk⟧ says delivered on ⟦d1⟧ but there's no box and the photo shows somebody else's porch. My address is ⟦addr⟧ -- can you check the label matched? Best number is ⟦ph⟧, I'm home after 5.

Thanks,
⟦bf⟧

""", bn=PER(b.full), bem=EML(g.email(b)), order=order, date=f"{d_sent.strftime('%a')}, {d_sent.day} {MONTHS['en'][d_sent.month - 1][:3]} {d_sent.year} {g.hm()}:{g.ri(10, 59)} -0500",
                af=PER(a.first), trk="1Z" + g.up(16), d1=g.recent("US", "word"), addr=ADDR(addr), ph=PHN(g.phone("US")),
                bf=PER(b.first))
    q = fill("""Hi ⟦bf⟧,

Thanks for contacting us about order #⟦order⟧ (⟦prod⟧, ⟦price⟧). The carrier shows the package as delivered. Please check with neighbors and around the property; if it hasn't turned up within 48 hours reply to this e-mail and we'll open a claim. Payment was taken from the card ⟦mask⟧.

Case ID: ⟦case⟧

Best regards,
⟦an⟧
Trust & Safety | ShopVista""", bf=PER(b.first), order=order, prod=prod, price=g.price("$"), mask=g.masked_card(),
             case=f"CS-{g.dig(8)}", an=PER(a.full))
    return body + fill("On ⟦d⟧, ⟦an⟧ <⟦aem⟧> wrote:\n", d=g.recent("US", "word"), an=PER(a.full),
                       aem=EML(g.work_email(a, "shopvista.com"))) + quote(q)


@tpl("marketplace.whatsapp_pickup.es-ES")
def _mkt2(g: G) -> Frag:
    s, b = g.person("ES"), g.person("ES")
    addr, _ = g.addr("ES", multiline=False)
    item = g.ch(["la bici de montaña", "el carrito de bebé", "la cómoda de IKEA", "el iPhone 13", "la Thermomix TM6", "el sofá cama"])
    price = g.ri(3, 40) * 10
    spk_s = PER(s.first) if g.r() < 0.5 else PER(s.full)
    spk_b = PHN(g.phone("ES", "m", "intl")) if g.r() < 0.4 else PER(b.first)
    lines = [
        (spk_b, f"Hola! Te escribo por {item} de Wallapop, ¿sigue disponible?"),
        (spk_s, f"Hola, sí. {price} € y no la rebajo más"),
        (spk_b, fill("Vale, me la quedo. Soy de ⟦loc⟧, ¿puedo pasar el sábado por la mañana?", loc=LOC(_tn(g, "ES")))),
        (spk_s, fill("Perfecto. La dirección es ⟦addr⟧, llama al telefonillo y bajo", addr=ADDR(addr))),
        (spk_s, fill("Si no te contesto llámame al ⟦ph⟧", ph=PHN(g.phone("ES", "m")))),
        (spk_b, fill("Genial. Te pago por Bizum, me llamo ⟦bn⟧ por si te sale el nombre", bn=PER(b.full))),
        (spk_s, "👍 Hasta el sábado"),
    ]
    return _wa(g, "ES", lines)


@tpl("marketplace.checkout_json_log.en-GB")
def _mkt3(g: G) -> Frag:
    p = g.person("GB")
    oid = f"GB-{g.dig(4)}-{g.up(6)}"
    ip = g.ip_pub(0.3)
    ts = g.ts(z=".%03dZ" % g.ri(0, 999))
    card = g.card(sep="")
    lines = [
        fill('{"ts":"⟦ts⟧","level":"INFO","svc":"checkout-api","trace_id":"⟦tr⟧","order_id":"⟦oid⟧","user":{"id":⟦uid⟧,"email":"⟦em⟧"},"client_ip":"⟦ip⟧","x_forwarded_for":"⟦ip⟧, ⟦lb⟧","basket_total":"⟦tot⟧","currency":"GBP"}',
             ts=ts, tr=g.hexs(32), oid=oid, uid=str(g.ri(100000, 9999999)), em=EML(g.email(p)), ip=IP(ip), lb=g.ip_priv(), tot=f"{g.ri(5, 400)}.{g.dig(2)}"),
        fill('{"ts":"⟦ts⟧","level":"ERROR","svc":"payments-adapter","trace_id":"⟦tr⟧","msg":"3DS challenge failed","psp_ref":"⟦psp⟧","request":{"pan":"⟦card⟧","exp":"⟦exp⟧","holder":"⟦hn⟧","bin":"⟦bin⟧"},"app_version":"⟦ver⟧"}',
             ts=g.ts(), tr=g.hexs(32), psp=g.up(16), card=CARD(card), exp=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", hn=PER(p.full.upper() if g.r() < 0.5 else p.full),
             bin=card[:6], ver=g.version(True)),
        fill('{"ts":"⟦ts⟧","level":"INFO","svc":"checkout-api","trace_id":"⟦tr⟧","order_id":"⟦oid⟧","status":"PAYMENT_RETRY","card_last4":"⟦l4⟧","shipping":{"postcode_district":"⟦pd⟧","method":"NEXT_DAY"}}',
             ts=g.ts(), tr=g.hexs(32), oid=oid, l4=card[-4:], pd=g.pat(g.ch(TOWNS["GB"])[2][0]).split(" ")[0]),
    ]
    return join(lines, "\n") + "\n"


@tpl("marketplace.support_ticket.pt-BR")
def _mkt4(g: G) -> Frag:
    p = g.person("BR")
    addr, _ = g.addr("BR", multiline=False)
    loja = g.ch(["Casa Bahia Outlet", "Loja do Zé Eletro", "Mundo Pet Store", "Dona Benta Utilidades", "TechShop Oficial"])
    return fill("""Chamado #⟦tk⟧ | Prioridade: Alta | Canal: Formulário web
Aberto em: ⟦dt⟧

Nome: ⟦nm⟧
E-mail: ⟦em⟧
Telefone/WhatsApp: ⟦ph⟧
Endereço de entrega: ⟦addr⟧
Pedido: ⟦ped⟧ (vendido por ⟦loja⟧)

Descrição:
Comprei uma ⟦item⟧ no dia ⟦dc⟧, paguei ⟦val⟧ no Pix e até agora nada. O rastreio ⟦rast⟧ está parado em "objeto em trânsito" há 9 dias. Já mandei mensagem pro vendedor e ninguém responde. Quero o reembolso ou o produto, o que vier primeiro.

--- Nota interna (⟦ag⟧) ---
Cliente contatado via WhatsApp. Vendedor notificado, prazo de 48h. Se não houver resposta, estornar.
""", tk=g.dig(7), dt=g.ts(" ", ""), nm=PER(p.full), em=EML(g.email(p)), ph=PHN(g.phone("BR", "m")), addr=ADDR(addr),
                ped=f"{g.dig(10)}-{g.ri(1, 3):02d}", loja=loja, item=g.ch(["airfryer Mondial", "cadeira gamer", "smart TV 50\"", "panela de pressão Electrolux"]),
                dc=g.recent("BR", "num"), val=g.price("R$"), rast=f"{g.ch(['QB', 'OY', 'NL'])}{g.dig(9)}BR", ag=PER(g.person("BR").first))


@tpl("marketplace.call_transcript_lower.en-PH")
def _mkt5(g: G) -> Frag:
    p, a = g.person("PH"), g.person("PH")
    addr, _ = g.addr("PH", multiline=False)
    f = fill("""[call recording transcript - auto-generated - queue: buyer-care-ph]
agent: good afternoon, thank you for calling bazaarly, this is ⟦af⟧ speaking. may i have your full name please?
customer: yes, ⟦pn⟧.
agent: thank you ma'am/sir. for verification, can you confirm your date of birth?
customer: ⟦dob⟧.
agent: and the mobile number registered to the account?
customer: ⟦ph⟧. but i'm also using ⟦ph2⟧ now because the other one is on prepaid.
agent: noted. how may i help you today?
customer: my order ⟦oid⟧, the rice cooker, it was marked delivered but the rider left it at the guardhouse and it's gone. i'm at ⟦addr⟧.
agent: i'm sorry to hear that. i will file a lost parcel claim, reference number ⟦ref⟧. you'll get an sms within 3 to 5 business days.
customer: okay thank you.
""", af=PER(a.first), pn=PER(p.full), dob=DOB(g.dob("PH", "word")), ph=PHN(g.phone("PH", "m", "nat")),
             ph2=PHN(g.phone("PH", "m", "plain")), oid=f"{g.dig(2)}{g.up(12)}", addr=ADDR(addr), ref=f"LPC-{g.dig(9)}")
    return lower(f)


@tpl("marketplace.subject_lines.en-SG")
def _mkt6(g: G) -> Frag:
    p, q = g.person("SG"), g.person("SG")
    lines = [
        fill("Your Carousell order ⟦o⟧ has been shipped", o=f"SG{g.dig(10)}"),
        fill("⟦n⟧, your parcel is out for delivery today", n=PER(p.first if g.r() < 0.5 else p.full)),
        fill("Re: Refund for order #⟦o⟧ - ⟦n⟧", o=g.dig(9), n=PER(q.full)),
        fill("Price drop: ⟦prod⟧ now S$⟦pr⟧", prod=g.ch(_BRAND_PEOPLE), pr=f"{g.ri(19, 199)}.90"),
        "Verify your email address to keep selling",
        fill("Offer received: S$⟦pr⟧ for 'Herman Miller Aeron chair (size B)'", pr=str(g.ri(300, 900))),
        fill("New login from Chrome on Windows (IP ⟦ip⟧)", ip=IP(g.ip_pub(0.2)) if g.r() < 0.7 else g.ip_priv()),
        fill("Fwd: meet-up at ⟦mrt⟧ MRT exit B, 7pm?", mrt=g.ch(["Tampines", "Bishan", "Jurong East", "Buona Vista", "Serangoon"])),
    ]
    g.rng.shuffle(lines)
    return join(lines[:g.ri(5, 8)], "\n") + "\n"


# ---------------------------------------- retail bank call centre ---------------------------------

@tpl("bank.agent_call_notes.en-US")
def _bank1(g: G) -> Frag:
    p = g.person("US")
    addr, _ = g.addr("US", multiline=False)
    ssn = g.ssn()
    agent_id = f"A{g.dig(5)}"
    return fill("""CALL NOTES | ⟦ts⟧ | agent ⟦aid⟧ | queue DEP-SVC
Caller ⟦nm⟧ verified via OTP + DOB (⟦dob⟧). Last-4 SSN on file ⟦l4⟧ matched; caller then read the full SSN ⟦ssn⟧ anyway - advised not to share full SSN on calls.
Reason: wants payroll direct deposit moved to new checking. Gave routing ⟦rt⟧ / acct ⟦acct⟧ (ext. bank, Fifth Third per cust).
Also disputing $⟦amt⟧ charge from "SQ *JOES COFFEE" on card ending ⟦cl4⟧ - dispute ⟦dsp⟧ opened, provisional credit in 10 bus. days.
Updated mailing addr to ⟦addr⟧. Best callback ⟦ph⟧ (cell).
Cust mentioned moving from ⟦from⟧ next month - flagged for address re-verification.
""", ts=g.ts(" ", " ET"), aid=agent_id, nm=PER(p.full), dob=DOB(g.dob("US")), l4=ssn[-4:], ssn=SSN(ssn), rt=g.routing(),
                acct=BANK(g.acct()), amt=f"{g.ri(4, 120)}.{g.dig(2)}", cl4=g.dig(4), dsp=f"DSP{g.dig(8)}", addr=ADDR(addr),
                ph=PHN(g.phone("US", style=g.ch(["dash", "nat", "dots"]))), **{"from": LOC(g.ch(TOWNS["US"])[0])})


@tpl("bank.crm_note.de-DE")
def _bank2(g: G) -> Frag:
    p, a = g.person("DE"), g.person("DE")
    addr, _ = g.addr("DE", multiline=False)
    anrede = "Frau" if p.gender == "F" else "Herr"
    return fill("""Kundennotiz – Vorgang ⟦vg⟧ – erfasst ⟦dt⟧ von ⟦ag⟧ (Filiale Service-Center)
Kunde: ⟦anr⟧ ⟦nm⟧, geb. ⟦dob⟧, Kundennr. ⟦kn⟧
Anliegen: Umzug gemeldet, neue Anschrift ⟦addr⟧. Girokonto bleibt bestehen.
Neues Referenzkonto für Lastschriften: ⟦iban⟧ (bei anderer Bank), SEPA-Mandat ⟦mref⟧ neu ausgestellt.
Dispo-Erhöhung auf ⟦betrag⟧ € angefragt – an Kreditabteilung weitergeleitet.
Rückruf erbeten unter ⟦ph⟧, werktags ab 17 Uhr.
TAN-Verfahren auf pushTAN umgestellt, alte Gerätebindung gelöscht.
""", vg=f"{g.date(2026, 2026).year}-{g.dig(6)}", dt=f"{g.recent('DE', 'num')} {g.hm()}", ag=PER(a.full), anr=anrede,
                nm=PER(p.full), dob=DOB(g.dob("DE", g.ch(["num", "num", "word"]))), kn=g.dig(10), addr=ADDR(addr),
                iban=IBAN(g.iban("DE")), mref=f"M{g.dig(3)}-{g.up(8)}", betrag=f"{g.ri(1, 5)}.{g.ch(['000', '500'])},00",
                ph=PHN(g.phone("DE")))


@tpl("bank.complaint_email_signature.en-ZA")
def _bank3(g: G) -> Frag:
    p = g.person("ZA")
    addr, town = g.addr("ZA", multiline=True)
    return fill("""Subject: Fraudulent debit orders on my account - URGENT

Good day,

I am writing to complain about three debit orders I never authorised (R⟦a1⟧, R⟦a2⟧ and R⟦a3⟧, all from "MULTICHOICE DEBIT" on ⟦d⟧). I called the contact centre twice and was told a reference would be SMSed but I received nothing.

The card linked to the account is ⟦card⟧ and I want it blocked and replaced. Please courier the new card to my home address below, not the branch.

I have been a client since 2009 and this is the second time this year. If this is not resolved by Friday I will escalate to the Ombudsman for Banking Services.

Kind regards

⟦nm⟧
⟦addr⟧
Cell: ⟦ph⟧
Tel (w): ⟦phw⟧
""", a1=f"{g.ri(99, 899)}.00", a2=f"{g.ri(99, 899)}.00", a3=f"{g.ri(49, 499)}.99", d=g.recent("ZA", "word"),
                card=CARD(g.card(g.ch(["visa", "mc"]))), nm=PER(p.full), addr=ADDR(addr), ph=PHN(g.phone("ZA", "m", g.ch(["nat", "spaces", "intl"]))),
                phw=PHN(g.phone("ZA", "l", "nat")))


@tpl("bank.ocr_letter.fr-FR")
def _bank4(g: G) -> Frag:
    p = g.person("FR")
    addr, _ = g.addr("FR", multiline=True)
    civ = "Madame" if p.gender == "F" else "Monsieur"
    ville = g.ch(["Lyon", "Nantes", "Lille", "Rennes"])
    return fill("""CRÉDIT DU LlTTORAL — Agence ⟦ville⟧ Centre
Service Clients | 0 969 32 ⟦x⟧ ⟦y⟧ (appel non surtaxé)

                                        ⟦civ⟧ ⟦nm⟧
                                        ⟦addr⟧

⟦ville⟧, le ⟦dt⟧
N/Réf. : CLO/⟦ref⟧   V/Réf. : courrier du ⟦dt2⟧
Objet : clôture de votre compte de dépôt

⟦civ⟧,

Nous accusons réception de votre demande de clôture du compte
n° ⟦iban⟧ ouvert à votre nom (⟦ne⟧ le ⟦dob⟧).
Conformément à l'article L. 312-1-1 du Code monétaire et fi-
nancier, le solde créditeur, soit ⟦solde⟧ EUR, sera viré sur
le compte que vous nous avez indiqué : ⟦iban2⟧.
La carte bancaire n° ⟦mask⟧ doit être restituée ou dé-
truite par vos soins.

Nous vous prions d'agréer, ⟦civ⟧, l'expression de nos saluta-
tions distinguées.
                                        Le Directeur d'agence
                                        ⟦dir⟧
Page 1/1 — CDL SA au capital de 98 ⟦x⟧ 000 € — RCS ⟦ville⟧ B ⟦rcs⟧
""", ville=ville, x=g.dig(2), y=g.dig(2), civ=civ, nm=PER(p.full if g.r() < 0.6 else f"{p.first} {p.last.upper()}"), addr=ADDR(addr.replace("\n", "\n" + " " * 40)),
                ne="née" if p.gender == "F" else "né",
                dt=g.recent("FR", "word"), ref=g.dig(8), dt2=g.recent("FR", "num"), iban=IBAN(g.iban("FR", True)),
                dob=DOB(g.dob("FR", "num")), solde=f"{g.ri(10, 9000)},{g.dig(2)}", iban2=IBAN(g.iban(g.ch(["FR", "DE", "ES"]), True)),
                mask=g.ch([f"4{g.dig(3)} XXXX XXXX {g.dig(4)}", f"{g.dig(4)} **** **** {g.dig(4)}"]), dir=PER(g.person("FR").full),
                rcs=f"{g.dig(3)} {g.dig(3)} {g.dig(3)}")


@tpl("bank.ivr_kv_log.en-IE")
def _bank5(g: G) -> Frag:
    d = g.date(2026, 2026)
    dob_d = g.date(1945, 2004)
    ani = g.phone("IE", "m", "e164")
    call = g.uuid()
    t0 = f"{d.isoformat()}T{g.ri(8, 20):02d}:{g.ri(10, 59):02d}"
    lines = [
        fill("⟦t⟧:01.204Z lvl=info svc=ivr event=call_start call_id=⟦c⟧ ani=⟦ani⟧ dnis=+35318004⟦x⟧ sip_src=⟦sip⟧ trunk=eir-01", t=t0, c=call, ani=PHN(ani), x=g.dig(3), sip=IP(g.ip_pub(0.0))),
        fill("⟦t⟧:09.882Z lvl=info svc=ivr event=menu call_id=⟦c⟧ node=MAIN choice=2 lang=en", t=t0, c=call),
        fill("⟦t⟧:24.310Z lvl=info svc=ivr-auth call_id=⟦c⟧ step=dob input=⟦dob⟧ match=true", t=t0, c=call, dob=DOB(f"{dob_d.day:02d}{dob_d.month:02d}{dob_d.year}")),
        fill("⟦t⟧:31.027Z lvl=info svc=ivr-auth call_id=⟦c⟧ step=pin digits=4 result=PASS attempts=1 acct_last4=⟦l4⟧", t=t0, c=call, l4=g.dig(4)),
        fill("⟦t⟧:33.500Z lvl=warn svc=ivr call_id=⟦c⟧ event=transfer queue=CARDS_LOST_STOLEN est_wait_s=⟦w⟧ media_ip=⟦mip⟧", t=t0, c=call, w=str(g.ri(30, 900)), mip=g.ip_priv()),
    ]
    if g.r() < 0.5:
        lines.append(fill("⟦t⟧:58.002Z lvl=info svc=cti call_id=⟦c⟧ agent=⟦ag⟧ screenpop iban=⟦iban⟧ caller_name=\"⟦nm⟧\"", t=t0, c=call,
                          ag=f"ie{g.dig(5)}", iban=IBAN(g.iban("IE", False)), nm=PER(g.person("IE").full)))
    return join(lines, "\n") + "\n"


@tpl("bank.sms_and_chat.pl-PL")
def _bank6(g: G) -> Frag:
    p, a, r = g.person("PL"), g.person("PL"), g.person("PL")
    addr, town = g.addr("PL", multiline=False)
    return fill("""SMS 08:14 | Bank: Kod BLIK ⟦blik⟧ ważny 120 s. Nie przekazuj go nikomu. Jeśli to nie Ty, zadzwoń 800 ⟦x⟧ ⟦y⟧.
SMS 08:15 | Bank: Przelew ⟦kw⟧ zł do ⟦rn⟧ zrealizowany. Saldo: ⟦saldo⟧ zł.
--- czat w aplikacji, ⟦dt⟧ ---
Konsultant ⟦af⟧: Dzień dobry, w czym mogę pomóc?
⟦pf⟧: dzien dobry, chce zmienic numer telefonu do autoryzacji na ⟦ph⟧ bo stary ⟦ph_old⟧ juz nie dziala
Konsultant ⟦af⟧: Rozumiem. Dla weryfikacji proszę podać datę urodzenia.
⟦pf⟧: ⟦dob⟧
Konsultant ⟦af⟧: Dziękuję. Czy adres korespondencyjny jest nadal aktualny?
⟦pf⟧: nie, ⟦prz⟧ się. nowy adres: ⟦addr⟧
Konsultant ⟦af⟧: Zaktualizowałam dane. Zmiana numeru wymaga potwierdzenia w placówce lub kurierem. Numer zgłoszenia: ⟦zg⟧.
""", blik=g.dig(6), x=g.dig(3), y=g.dig(3), kw=f"{g.ri(20, 3000)},{g.dig(2)}", rn=PER(r.full.upper() if g.r() < 0.5 else r.full),
                saldo=f"{g.ri(1, 9)} {g.dig(3)},{g.dig(2)}", dt=g.recent("PL", "num"), af=PER(a.first), pf=PER(p.full),
                ph=PHN(g.phone("PL", "m", g.ch(["nat", "plain", "intl"]))), ph_old=PHN(g.phone("PL", "m", "plain")),
                dob=DOB(g.dob("PL", "num")), addr=ADDR(addr), prz="przeprowadziłam" if p.gender == "F" else "przeprowadziłem", zg=f"ZG/{g.dig(6)}/26")


# ---------------------------------------- courier / parcel delivery --------------------------------

@tpl("courier.driver_app_log.en-GB")
def _cour1(g: G) -> Frag:
    p = g.person("GB")
    addr, town = g.addr("GB", multiline=False)
    cons = f"JD{g.dig(18)}"
    ll = {"Leeds": (53.80, -1.55), "Bristol": (51.45, -2.59), "Manchester": (53.48, -2.24), "Glasgow": (55.86, -4.25)}
    lat, lon = ll.get(town, (52.49, -1.89))
    d = g.date(2026, 2026).isoformat()
    return fill("""⟦d⟧ 10:22:01.114 INFO  [route-svc] drv=⟦drv⟧ stop=⟦s⟧/⟦n⟧ consignment=⟦cons⟧ recipient="⟦nm⟧" addr="⟦addr⟧" geo=⟦geo⟧
⟦d⟧ 10:24:13.540 WARN  [pod] consignment=⟦cons⟧ no_answer=true action=CARDED contact_tel=⟦ph⟧ safe_place="⟦sp⟧"
⟦d⟧ 10:24:15.007 DEBUG [sync] device=TC52-⟦dev⟧ imei=⟦imei⟧ app=DriverApp/⟦ver⟧ gw=⟦gw⟧ upload_bytes=⟦b⟧
⟦d⟧ 10:31:47.902 INFO  [route-svc] drv=⟦drv⟧ stop=⟦s2⟧/⟦n⟧ consignment=JD⟦c2⟧ status=DELIVERED signed_by="⟦sig⟧"
""", d=d, drv=f"DRV{g.dig(4)}", s=str(g.ri(3, 30)), n=str(g.ri(31, 90)), cons=cons, nm=PER(p.full), addr=ADDR(addr),
                geo=g.coord(lat, lon).replace(" ", ""), ph=PHN(g.phone("GB", "m", g.ch(["e164", "plain"]))),
                sp=g.ch(["porch", "behind green bin", "with neighbour at no. 12", "garage"]), dev=g.up(6), imei=g.imei(),
                ver=g.version(True), gw=g.ip_priv(), b=str(g.ri(2000, 90000)), s2=str(g.ri(31, 40)), c2=g.dig(18),
                sig=PER(g.person("GB").last.upper()) if g.r() < 0.7 else "LEFT IN SAFE PLACE")


@tpl("courier.whatsapp_driver.nl-NL")
def _cour2(g: G) -> Frag:
    p, drv = g.person("NL"), g.person("NL")
    addr, town = g.addr("NL", multiline=False)
    spk_p = PER(p.first) if g.r() < 0.5 else PHN(g.phone("NL", "m", "intl"))
    lines = [
        (PER(drv.first), fill("Goedemiddag, ik sta met een pakket voor ⟦nm⟧ bij ⟦addr⟧ maar er wordt niet opengedaan.", nm=PER(p.full), addr=ADDR(addr))),
        (spk_p, "Ohh sorry ik ben nog op werk! Kan het bij de buren op nummer 12?"),
        (PER(drv.first), "Buren zijn ook niet thuis. Ik kan het bij het PostNL-punt in de Albert Heijn leggen."),
        (spk_p, fill("Ok prima. Of bel me even op ⟦ph⟧ als je morgen weer in de buurt bent", ph=PHN(g.phone("NL", "m")))),
        (PER(drv.first), fill("Komt goed. Track & trace code ⟦tt⟧, ophalen kan vanaf morgen 12:00 met legitimatie.", tt=f"3S{g.up(4)}{g.dig(9)}")),
        (spk_p, "Top, dank je wel 🙏"),
    ]
    return _wa(g, "NL", lines)


@tpl("courier.manifest_csv.en-US")
def _cour3(g: G) -> Frag:
    out = Frag("tracking,service,recipient,ship_to,phone,weight_lb,declared_value,ref\n")
    for _ in range(g.ri(3, 6)):
        p = g.person("US")
        addr, _ = g.addr("US", multiline=False)
        rec = PER(p.full.upper() if g.r() < 0.3 else p.full)
        ph = PHN(g.phone("US", style=g.ch(["dash", "plain", "nat"]))) if g.r() < 0.85 else ""
        out = out + fill('1Z⟦t⟧,⟦svc⟧,"⟦rec⟧","⟦addr⟧",⟦ph⟧,⟦w⟧,⟦v⟧,PO-⟦po⟧\n', t=g.up(16), svc=g.ch(["GROUND", "2DAY", "NDA_SAVER"]), rec=rec,
                         addr=ADDR(addr), ph=ph, w=f"{g.ri(0, 40)}.{g.ri(0, 9)}", v=f"{g.ri(10, 900)}.{g.ch(['00', '99', '50'])}", po=g.dig(6))
    return out


@tpl("courier.support_ticket.id-ID")
def _cour4(g: G) -> Frag:
    p, a = g.person("ID"), g.person("ID")
    addr, town = g.addr("ID", multiline=False)
    return fill("""Tiket: ⟦tk⟧ | Kategori: Paket belum diterima | Status: Dalam proses
Dibuat: ⟦dt⟧ via aplikasi

Nama pengirim keluhan : ⟦nm⟧
No. HP                : ⟦ph⟧
Email                 : ⟦em⟧
Alamat penerima       : ⟦addr⟧
No. resi              : ⟦resi⟧
Isi paket             : ⟦isi⟧ (COD Rp ⟦cod⟧)

Keluhan:
Kak, paket saya statusnya sudah "diterima oleh YBS" sejak tanggal ⟦tgl⟧ tapi saya tidak pernah terima. Di rumah cuma ada ibu saya dan beliau bilang tidak ada kurir datang. Tolong dicek foto bukti pengirimannya ya.

Balasan agen (⟦ag⟧): Mohon maaf atas ketidaknyamanannya Kak. Kami sudah eskalasi ke hub ⟦hub⟧, estimasi jawaban 2x24 jam.
""", tk=f"JNT-{g.dig(9)}", dt=g.ts(" ", " WIB"), nm=PER(p.full), ph=PHN(g.phone("ID", "m", g.ch(["nat", "plain", "intl"]))),
                em=EML(g.email(p)), addr=ADDR(addr), resi=f"JP{g.dig(10)}", isi=g.ch(["sepatu", "casing HP", "skincare", "baju gamis"]),
                cod=f"{g.ri(50, 900)}.000", tgl=g.recent("ID", "word"), ag=PER(a.first), hub=g.ch(["Cakung", "Bandung Kopo", "Surabaya Rungkut"]))


@tpl("courier.sms_notifications.en-PH")
def _cour5(g: G) -> Frag:
    p = g.person("PH", "M")
    lines = [
        fill("LBC: Your shipment ⟦t⟧ is out for delivery today. Rider: ⟦rn⟧ ⟦rp⟧. Pls prepare exact amount for COD PHP ⟦amt⟧.",
             t=g.dig(12), rn=PER(p.first.split(" ")[0] + " " + p.last), rp=PHN(g.phone("PH", "m", "plain")), amt=f"{g.ri(200, 5000)}.00")
        if g.r() < 0.5 else fill("LBC: Your shipment ⟦t⟧ is out for delivery today. Pls prepare exact amount for COD PHP ⟦amt⟧.",
                                 t=g.dig(12), amt=f"{g.ri(200, 5000)}.00"),
        fill("LBC: Delivery attempt failed for ⟦t⟧ (consignee not around). Reply 1 to reschedule or call 8858-5999.", t=g.dig(12)),
        fill("J&T Express: Parcel ⟦t⟧ arrived at ⟦hub⟧ DC. Track at jtexpress.ph", t=f"8{g.dig(11)}", hub=g.ch(["Pasig", "Caloocan", "Mandaue", "Davao"])),
        "Ninja Van: Your order will arrive between 9AM-6PM. Do not share your OTP with anyone.",
    ]
    if g.r() < 0.5:
        lines.append(fill("Hi po, rider po ito ng Lalamove, nasa gate na po ako ng ⟦sub⟧. Sino po tatanggap? - ⟦rn⟧", sub=g.ch(["Bria Homes", "Camella Homes", "SMDC Grass Residences"]), rn=PER(g.person("PH", "M").first)))
    g.rng.shuffle(lines)
    return join(lines, "\n") + "\n"


@tpl("courier.agent_call_notes.es-CO")
def _cour6(g: G) -> Frag:
    p, a = g.person("CO"), g.person("CO")
    addr, town = g.addr("CO", multiline=False)
    return fill("""NOTAS DE LLAMADA - ⟦dt⟧ - Agente: ⟦ag⟧ - Línea Servientrega Hogar
Cliente: ⟦nm⟧ | Cel: ⟦ph⟧ | Fijo: ⟦ph2⟧
Guía: ⟦guia⟧ (origen ⟦orig⟧, destino ⟦dest⟧)
⟦elcli⟧ indica que la dirección quedó mal en la guía. Dirección correcta: ⟦addr⟧. Se solicita reexpedición.
Indica que vive en ⟦loc⟧ desde hace poco y que el portero recibe hasta las 6 pm.
Correo para notificaciones: ⟦em⟧
Valor declarado $⟦val⟧ - flete contra entrega NO. Radicado PQR ⟦pqr⟧.
""", dt=f"{g.recent('CO', 'num')} {g.hm()}", ag=PER(a.full), nm=PER(p.full), ph=PHN(g.phone("CO", "m", g.ch(["nat", "plain", "intl"]))),
                ph2=PHN(g.phone("CO", "l", "nat")), guia=g.dig(10), orig=g.ch(["BOG", "MDE", "CLO"]), dest=g.ch(["BAQ", "BGA", "PEI"]),
                elcli="La clienta" if p.gender == "F" else "El cliente", addr=ADDR(addr), loc=LOC(town), em=EML(g.email(p)), val=f"{g.ri(50, 900)}.000", pqr=f"{g.dig(4)}-{g.dig(6)}")


# ---------------------------------------- real-estate agency ---------------------------------------

@tpl("realestate.viewing_email_quoted.en-IE")
def _re1(g: G) -> Frag:
    p, a = g.person("IE"), g.person("IE")
    prop, _ = g.addr("IE", multiline=False)
    office, _ = g.addr("IE", multiline=False)
    cur_town = _tn(g, "IE")
    body = fill("""Hi ⟦af⟧,

Thanks for getting back to me. Saturday at 11:30 suits for the viewing of ⟦prop⟧. My partner will be coming too.

To answer your questions: we're both in full-time employment, mortgage approval in principle from AIB for €⟦aip⟧ (letter attached), and we're currently renting in ⟦town⟧ so no chain. Best to reach me on ⟦ph⟧.

Many thanks,
⟦pn⟧

""", af=PER(a.first), prop=ADDR(prop), aip=f"{g.ri(280, 520)},000", town=LOC(cur_town), ph=PHN(g.phone("IE", "m", g.ch(["nat", "spaces", "intl"]))), pn=PER(p.full))
    q = fill("""Dear ⟦pf⟧,

Thank you for your enquiry regarding ⟦ref⟧, ⟦prop⟧ (Asking €⟦ask⟧, BER ⟦ber⟧). Viewings this week are by appointment only on Saturday between 11:00 and 13:00.

Could you let me know whether you are mortgage approved and whether you have a property to sell?

Kind regards,
⟦an⟧
Negotiator | Sherry FitzGerald ⟦br⟧
⟦office⟧
T: ⟦aph⟧ | E: ⟦aem⟧
PSRA Licence No. 00⟦lic⟧""", pf=PER(p.first), ref=f"Ref {g.dig(6)}", prop=ADDR(prop), ask=f"{g.ri(295, 650)},000",
             ber=g.ch(["B2", "C1", "C3", "A3", "D1"]), an=PER(a.full), br=g.ch(["Rathmines", "Galway", "Douglas", "Malahide"]),
             office=ADDR(office), aph=PHN(g.phone("IE", "l", "nat")), aem=EML(g.work_email(a, "sherryfitz.ie")), lic=g.dig(4))
    return body + fill("On ⟦d⟧ at ⟦t⟧, ⟦an⟧ <⟦aem⟧> wrote:\n", d=g.recent("IE", "word"), t=g.hm(), an=PER(a.full),
                       aem=EML(g.work_email(a, "sherryfitz.ie"))) + quote(q)


@tpl("realestate.rental_form_dump.fr-CA")
def _re2(g: G) -> Frag:
    p, c = g.person("CA"), g.person("CA")
    addr, town = g.addr("CA", multiline=False)
    return fill("""=== Formulaire : Demande de location (soumis le ⟦dt⟧) ===
logement_convoite : ⟦logement⟧
nom_complet : ⟦nm⟧
date_naissance : ⟦dob⟧
courriel : ⟦em⟧
telephone_cellulaire : ⟦ph⟧
adresse_actuelle : ⟦addr⟧
depuis : ⟦since⟧
employeur : ⟦emp⟧
poste : ⟦poste⟧
revenu_annuel_brut : ⟦rev⟧ $
animaux : ⟦animal⟧
co_locataire : ⟦co⟧
reference_proprietaire : ⟦refn⟧, ⟦refph⟧
consentement_enquete_credit : oui
commentaires : Je déménage de ⟦from⟧ pour un nouvel emploi, disponible pour visite en soirée.
""", dt=g.ts(" ", ""), logement=f"4 ½ – {g.ri(1000, 9800)} rue {g.ch(['Fabre', 'Chabot', 'De Lorimier', 'Cartier'])}, logement {g.ri(1, 8)} ({g.ri(1250, 2400)} $/mois)",
                nm=PER(p.full), dob=DOB(g.dob("CA", g.ch(["num", "word"]))), em=EML(g.email(p)), ph=PHN(g.phone("CA")), addr=ADDR(addr),
                since=g.recent("CA", "num"), emp=g.ch(["Desjardins", "Hydro-Québec", "CHUM", "Couche-Tard", "Bombardier"]),
                poste=g.ch(["technicienne comptable", "infirmier auxiliaire", "analyste TI", "préposé aux bénéficiaires"]),
                rev=f"{g.ri(38, 120)} {g.dig(3)}", animal=g.ch(["non", "1 chat (Minou)", "chien 12 kg (Biscotte)"]),
                co=PER(c.full) if g.r() < 0.5 else "aucun", refn=PER(g.person("CA").full), refph=PHN(g.phone("CA", style="dash")),
                **{"from": LOC(g.ch(["Sherbrooke", "Rimouski", "Trois-Rivières", "Saguenay", "Gatineau", "Moncton"]))})


@tpl("realestate.crm_lead_note.en-ZA")
def _re3(g: G) -> Frag:
    p, a = g.person("ZA"), g.person("ZA")
    addr, town = g.addr("ZA", multiline=False)
    return fill("""Lead #⟦lid⟧ | Source: Property24 | Assigned: ⟦an⟧ | Created ⟦dt⟧
Client: ⟦pn⟧ (⟦ph⟧ / ⟦em⟧)
Currently lives at ⟦addr⟧, relocating from ⟦town⟧ to Cape Town for work in ⟦mon⟧.
Looking for 2-3 bed sectional title, budget R⟦bud⟧ max, must have secure parking + fibre. Pre-approved via BetterBond (ref ⟦bb⟧).
Viewed "The Rosalind" (Unit ⟦unit⟧, levies R⟦lev⟧ pm) - liked it but body corporate special levy is a concern.
Next step: send OTP draft for Unit ⟦unit2⟧ once bond originator confirms. FICA docs outstanding (proof of address).
""", lid=g.dig(6), an=PER(a.full), dt=g.recent("ZA", "num"), pn=PER(p.full), ph=PHN(g.phone("ZA", "m")), em=EML(g.email(p)),
                addr=ADDR(addr), town=LOC(town), mon=g.ch(MONTHS["en"]), bud=f"{g.ri(1, 4)} {g.ri(1, 9)}00 000",
                bb=f"BB{g.dig(7)}", unit=str(g.ri(1, 40)), lev=f"{g.ri(1, 4)} {g.dig(3)}", unit2=str(g.ri(1, 40)))


@tpl("realestate.whatsapp_viewing.it-IT")
def _re4(g: G) -> Frag:
    p, a = g.person("IT"), g.person("IT")
    prop, town = g.addr("IT", multiline=False)
    lines = [
        (PER(a.first + " " + a.last[0] + "."), fill("Buongiorno, sono ⟦an⟧ dell'agenzia Tecnocasa. Le confermo la visita di domani alle 17:30 per il trilocale in ⟦prop⟧.", an=PER(a.full), prop=ADDR(prop))),
        (PER(p.first), "Perfetto grazie! Il citofono è quello con scritto Studio Rossi?"),
        (PER(a.first + " " + a.last[0] + "."), "No, suoni a \"Amministrazione\", le apro io. Porti un documento d'identità e l'ultima busta paga se pensa di fare proposta."),
        (PER(p.first), fill("Ok. Le lascio anche la mia mail per la documentazione: ⟦em⟧", em=EML(g.email(p)))),
        (PER(p.first), fill("E se ritardo la chiamo, il mio numero è ⟦ph⟧", ph=PHN(g.phone("IT", "m")))),
        (PER(a.first + " " + a.last[0] + "."), f"Benissimo. Il canone è {g.ri(6, 14)}00 € + {g.ri(5, 15)}0 € di spese condominiali, classe energetica {g.ch('BCDEFG')}."),
    ]
    return _wa(g, "IT", lines)


@tpl("realestate.lead_webhook_json.en-US")
def _re5(g: G) -> Frag:
    p = g.person("US")
    prop, _ = g.addr("US", multiline=False)
    cur, _ = g.addr("US", multiline=False)
    mls = f"{g.ri(20, 24)}{g.dig(6)}"
    return fill("""POST /hooks/leads HTTP/1.1
Host: crm.keystonerealty.io
Content-Type: application/json
X-Zillow-Signature: sha256=⟦sig⟧

{
  "lead_id": "⟦lid⟧",
  "received_at": "⟦ts⟧",
  "listing": {"mls_id": "⟦mls⟧", "address": "⟦prop⟧", "list_price": ⟦lp⟧, "beds": ⟦beds⟧},
  "contact": {
    "name": "⟦nm⟧",
    "email": "⟦em⟧",
    "phone": "⟦ph⟧",
    "current_address": "⟦cur⟧"
  },
  "message": "Hi, I'd like to schedule a tour this weekend. We're relocating from ⟦from⟧ and pre-approved with Rocket.",
  "financing": {"preapproved": true, "lender": "Rocket Mortgage"},
  "tracking": {"ip": "⟦ip⟧", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "utm_source": "zillow"}
}
""", sig=g.sha(), lid=g.uuid(), ts=g.ts(), mls=mls, prop=ADDR(prop), lp=str(g.ri(189, 899) * 1000), beds=str(g.ri(2, 5)),
                nm=PER(p.full), em=EML(g.email(p)), ph=PHN(g.phone("US", style=g.ch(["e164", "dash", "nat"]))), cur=ADDR(cur),
                ip=IP(g.ip_pub(0.3)), **{"from": LOC(g.ch(["Chicago", "Phoenix", "Seattle", "Houston", "Portland", "Atlanta"]))})


@tpl("realestate.interest_email.sv-SE")
def _re6(g: G) -> Frag:
    p, a = g.person("SE"), g.person("SE")
    prop, _ = g.addr("SE", multiline=False)
    cur, town = g.addr("SE", multiline=True)
    return fill("""Ämne: Intresseanmälan – ⟦obj⟧

Hej ⟦af⟧!

Jag vill anmäla intresse för bostadsrätten på ⟦prop⟧ (objekt ⟦obj⟧) och gärna komma på visningen på söndag. Vi är två vuxna och en katt, flyttar från ⟦town⟧ i höst.

Lånelöfte finns från Swedbank på ⟦lan⟧ kr. Ring gärna på ⟦ph⟧ efter kl 16.

Vänliga hälsningar
⟦pn⟧
⟦cur⟧
⟦em⟧
""", obj=f"{g.up(3)}{g.dig(5)}", af=PER(a.first), prop=ADDR(prop), town=LOC(town), lan=f"{g.ri(2, 6)} {g.ri(1, 9)}00 000",
                ph=PHN(g.phone("SE", "m", g.ch(["nat", "spaces", "intl"]))), pn=PER(p.full), cur=ADDR(cur), em=EML(g.email(p)))


# ---------------------------------------- recruitment agency ---------------------------------------

@tpl("recruitment.candidate_profile_dump.en-GB")
def _rec1(g: G) -> Frag:
    p, r = g.person("GB"), g.person("GB")
    addr, town = g.addr("GB", multiline=False)
    return fill("""CANDIDATE PROFILE (exported from Bullhorn ⟦dt⟧)
--------------------------------------------------
Candidate ID ........ ⟦cid⟧
Name ................ ⟦nm⟧
Preferred name ...... ⟦pref⟧
Date of birth ....... ⟦dob⟧
Home address ........ ⟦addr⟧
Mobile .............. ⟦ph⟧
Personal email ...... ⟦em⟧
Current role ........ ⟦role⟧ at ⟦co⟧
Notice period ....... ⟦np⟧
Salary expectation .. £⟦sal⟧k + car allowance
Right to work ....... ⟦rtw⟧
Willing to relocate . ⟦reloc⟧
Consultant .......... ⟦rn⟧
Notes: Strong on IFRS 16 and consolidations. Interviewed with ⟦co2⟧ on ⟦idate⟧ (2nd stage). Prefers hybrid, max 3 days in office.
""", dt=g.recent("GB", "num"), cid=g.dig(7), nm=PER(p.full), pref=PER(p.first) if g.r() < 0.5 else "-", dob=DOB(g.dob("GB", y0=1962, y1=2002)),
                addr=ADDR(addr), ph=PHN(g.phone("GB", "m")), em=EML(g.email(p)),
                role=g.ch(["Financial Controller", "Senior Management Accountant", "Payroll Manager", "FP&A Analyst"]),
                co=g.ch(["Marks & Spencer", "Sainsbury's", "Boots", "John Lewis Partnership", "Greggs"]), np=g.ch(["1 month", "3 months", "Immediate"]),
                sal=str(g.ri(38, 95)), rtw=g.ch(["British citizen (passport seen)", "Settled status (share code checked)", "Skilled Worker visa"]),
                reloc=g.ch(["No", "Yes - North West only", "Open"]), rn=PER(r.full),
                co2=g.ch(["Arup", "Deloitte", "Dyson", "Rolls-Royce", "Ocado"]), idate=g.recent("GB", "word"))


@tpl("recruitment.application_email_quoted.de-DE")
def _rec2(g: G) -> Frag:
    p, r = g.person("DE"), g.person("DE")
    addr, town = g.addr("DE", multiline=True)
    anrede_r = "Frau" if r.gender == "F" else "Herr"
    body = fill("""Betreff: AW: Ihre Bewerbung als ⟦job⟧ (Kennziffer ⟦kz⟧)

Sehr geehrte⟦rsuf⟧ ⟦ranr⟧ ⟦rl⟧,

vielen Dank für die Einladung. Den Termin am ⟦termin⟧ um 10:00 Uhr bestätige ich gerne. Meine Gehaltsvorstellung liegt bei ⟦gehalt⟧ € brutto jährlich, verfügbar wäre ich ab dem ⟦ab⟧.

Die gewünschten Unterlagen (Arbeitszeugnisse, Abschlusszeugnis) finden Sie im Anhang.

Mit freundlichen Grüßen
⟦pn⟧

⟦addr⟧
Mobil: ⟦ph⟧
geb. ⟦dob⟧ in ⟦gebort⟧

""", job=g.ch(["Elektroniker (m/w/d)", "Sachbearbeiterin Buchhaltung (m/w/d)", "Fachinformatiker Systemintegration (m/w/d)", "Industriemechaniker (m/w/d)"]),
                kz=f"{g.up(2)}-{g.dig(4)}", rsuf="r" if r.gender == "M" else "", ranr=anrede_r, rl=PER(r.last), termin=g.recent("DE", "num"),
                gehalt=f"{g.ri(42, 78)}.000", ab=g.recent("DE", "num"), pn=PER(p.full), addr=ADDR(addr), ph=PHN(g.phone("DE", "m")),
                dob=DOB(g.dob("DE", y0=1965, y1=2003)), gebort=LOC(g.ch(TOWNS["DE"])[0]))
    q = fill("""Sehr geehrte⟦psuf⟧ ⟦panr⟧ ⟦pl⟧,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem persönlichen Gespräch am ⟦termin⟧ einladen. Bitte bringen Sie Ihren Personalausweis mit.

Mit freundlichen Grüßen
⟦rn⟧
Personalberatung | Hays AG""", psuf="" if p.gender == "F" else "r", panr="Frau" if p.gender == "F" else "Herr", pl=PER(p.last),
             termin=g.recent("DE", "word"), rn=PER(r.full))
    return body + fill("Am ⟦d⟧ schrieb ⟦rn⟧ <⟦rem⟧>:\n", d=g.recent("DE", "num"), rn=PER(r.full), rem=EML(g.work_email(r, "hays.de"))) + quote(q)


@tpl("recruitment.crm_note.en-SG")
def _rec3(g: G) -> Frag:
    p, r = g.person("SG"), g.person("SG")
    _, area, _ = g.town("SG")
    return fill("""[⟦dt⟧ ⟦tm⟧] Call note by ⟦rn⟧
Spoke to ⟦pn⟧ (HP ⟦ph⟧, ⟦em⟧) re: Senior Data Engineer role at ⟦client⟧.
- Currently ⟦role⟧ at ⟦emp⟧, last drawn S$⟦cur⟧/mth + AWS, expecting S$⟦exp⟧.
- Staying in ⟦area⟧, ok with office at one-north; prefers WFH Fri.
- PR since 2019, no EP needed. Notice 2 months (can buy out).
- Has competing offer from ⟦comp⟧, decision by ⟦dl⟧.
Next: send CV (masked NRIC) to hiring manager, arrange 1st round.
""", dt=g.recent("SG", "num"), tm=g.hm(), rn=PER(r.full), pn=PER(p.full), ph=PHN(g.phone("SG", "m", g.ch(["nat", "spaces", "intl"]))),
                em=EML(g.email(p)), client=g.ch(["Grab", "Shopee", "DBS", "GovTech", "Sea"]), role=g.ch(["Data Engineer", "Analytics Lead", "ML Engineer"]),
                emp=g.ch(["Lazada", "OCBC", "Singtel", "Razer", "Carousell"]), cur=f"{g.ri(6, 14)},{g.ri(0, 9)}00", exp=f"{g.ri(9, 18)},000",
                area=LOC(g.ch([t[0] for t in TOWNS["SG"]])), comp=g.ch(["ByteDance", "Stripe", "Agoda"]), dl=g.recent("SG", "word"))


@tpl("recruitment.chat_candidate.es-AR")
def _rec4(g: G) -> Frag:
    p, r = g.person("AR"), g.person("AR")
    lines = [
        (PER(r.full), "Hola! Cómo estás? Te escribo de Randstad por la búsqueda de Analista de Cuentas a Pagar que aplicaste en Bumeran"),
        (PER(p.first), "Hola, sí! Bien y vos? Me interesa"),
        (PER(r.full), "Genial. Te cuento: es en Puerto Madero, híbrido 3x2, relación de dependencia. Podés pasarme tu CV actualizado y un número para coordinar una llamada?"),
        (PER(p.first), fill("Dale. Mi cel es ⟦ph⟧, el mail ⟦em⟧. Vivo en ⟦loc⟧ así que el viaje es en tren, pero está bien", ph=PHN(g.phone("AR", "m", g.ch(["nat", "intl", "e164"]))), em=EML(g.email(p)), loc=LOC(g.ch(["Quilmes", "Lanús", "Morón", "San Isidro", "La Plata", "Banfield"])))),
        (PER(r.full), f"Perfecto! La remuneración es ${g.ri(9, 18) * 100:,}.000".replace(",", ".") + " bruto + prepaga OSDE 210. Te llamo mañana a las 11?"),
        (PER(p.first), "Sí, a las 11 perfecto. Gracias!!"),
    ]
    return _wa(g, "AR", lines)


@tpl("recruitment.candidates_csv.en-ZA")
def _rec5(g: G) -> Frag:
    out = Frag("candidate_id;full_name;cell;email;location;current_title;ee_status;expected_ctc;source\n")
    for _ in range(g.ri(3, 6)):
        p = g.person("ZA")
        nm = PER(p.full if g.r() < 0.7 else p.formal)
        cell = PHN(g.phone("ZA", "m", g.ch(["nat", "plain", "intl"]))) if g.r() < 0.9 else "n/a"
        out = out + fill("⟦cid⟧;⟦nm⟧;⟦cell⟧;⟦em⟧;⟦loc⟧;⟦title⟧;⟦ee⟧;R⟦ctc⟧;⟦src⟧\n", cid=f"C{g.dig(6)}", nm=nm, cell=cell,
                         em=EML(g.email(p)), loc=LOC(g.ch(TOWNS["ZA"])[0]),
                         title=g.ch(["Debtors Clerk", "Site Engineer", "Call Centre Agent", "Data Analyst", "Sales Rep", "Artisan Electrician"]),
                         ee=g.ch(["EE", "Non-EE", ""]), ctc=f"{g.ri(180, 950)} 000", src=g.ch(["PNet", "LinkedIn", "Referral", "CareerJunction"]))
    return out


@tpl("recruitment.interview_transcript_lower.pl-PL")
def _rec6(g: G) -> Frag:
    p, r = g.person("PL", "M"), g.person("PL")
    addr, town = g.addr("PL", multiline=False)
    f = fill("""transkrypcja rozmowy telefonicznej (automatyczna) – rekrutacja: magazynier / operator wózka widłowego
rekruter: dzień dobry, ⟦rf⟧ z agencji pracy, dzwonię w sprawie ogłoszenia na olx. z kim rozmawiam?
kandydat: dzień dobry, ⟦pn⟧.
rekruter: ma pan uprawnienia udt?
kandydat: tak, od dwa tysiące osiemnastego. ostatnio pracowałem w hurtowni spożywczej, ale umowa się skończyła.
rekruter: rozumiem. poproszę jeszcze o adres do umowy.
kandydat: ⟦addr⟧.
rekruter: i data urodzenia?
kandydat: ⟦dob⟧.
rekruter: dziękuję. stawka to ⟦stawka⟧ zł brutto na godzinę, praca na trzy zmiany. wyślę szczegóły smsem na numer ⟦ph⟧, zgadza się?
kandydat: tak, zgadza się. a mail to ⟦em⟧.
rekruter: świetnie, do usłyszenia.
""", rf=PER(r.first), pn=PER(p.last if g.r() < 0.5 else p.full), addr=ADDR(addr), dob=DOB(g.dob("PL", "word", 1970, 2004)),
             stawka=f"{g.ri(28, 36)},{g.ch(['00', '50'])}", ph=PHN(g.phone("PL", "m", "nat")), em=EML(g.email(p)))
    return lower(f)


# ---------------------------------------- energy utility -------------------------------------------

@tpl("energy.ocr_bill_letter.en-GB")
def _en1(g: G) -> Frag:
    p = g.person("GB")
    addr, town = g.addr("GB", multiline=True)
    ind = " " * 4
    return fill("""OCTOPUS ENERGY LTD                                  Your energy bill
⟦coaddr⟧   Bill date: ⟦bd⟧
                                                    Account No: A-⟦acc⟧
⟦ind⟧⟦nm⟧
⟦ind⟧⟦addr⟧

Supply address: as above              Meter serial (elec): ⟦msn⟧
                                      MPAN: ⟦mpan⟧
Dear ⟦salut⟧,

Your electricity usage for ⟦per⟧: ⟦kwh⟧ kWh @ 24.50p/kWh = £⟦cost⟧
Standing charge 91 days @ 60.99p = £55.50
Total to pay: £⟦tot⟧ by Direct Debit on or after ⟦dd⟧ from account ⟦iban⟧.

If you are struggling to pay, call us free on 0808 164 1088 or
email hello@octopus.energy. Please quote your account number.
p.2/4   ¦  VAT reg. no. GB 2⟦vat⟧
""", coaddr=ADDR("UK House, 164-182 Oxford Street, London W1D 1NN"), bd=g.recent("GB", "word"), acc=g.up(8), ind=ind, nm=PER(p.full if g.r() < 0.5 else f"{p.first[0]} {p.last}"),
                addr=ADDR(addr.replace("\n", "\n" + ind)), msn=f"{g.ri(10, 23)}{g.up(1)}{g.dig(7)}", mpan=f"{g.ri(10, 23)} {g.dig(4)} {g.dig(4)} {g.dig(3)}",
                salut=PER(p.first) if g.r() < 0.5 else "Customer", per=f"{g.ch(MONTHS['en'][:9])} – {g.ch(MONTHS['en'][3:])}",
                kwh=str(g.ri(300, 1400)), cost=f"{g.ri(70, 340)}.{g.dig(2)}", tot=f"{g.ri(120, 420)}.{g.dig(2)}", dd=g.recent("GB", "num"),
                iban=g.ch([f"ending {g.dig(4)}", f"****{g.dig(4)}"]) if g.r() < 0.5 else IBAN(g.iban("GB")), vat=g.dig(8))


@tpl("energy.portal_kv_log.nl-NL")
def _en2(g: G) -> Frag:
    p = g.person("NL")
    ip = g.ip_pub(0.35)
    sess = g.hexs(24)
    em = g.email(p)
    t = g.ts(y0=2026, y1=2026)[:-4]
    pw_line = fill("⟦t⟧:04 level=warn app=mijn-eneco event=password_change user=⟦em⟧ strength=weak old_pw_len=⟦ol⟧ new_password=⟦pw⟧ session=⟦s⟧ NOTE=debug-logging-aan",
                   t=t, em=EML(em), ol=str(g.ri(6, 12)), pw=PWD(g.password("NL")), s=sess) if g.r() < 0.5 else \
        fill("⟦t⟧:04 level=info app=mijn-eneco event=password_change user=⟦em⟧ policy_ok=true policy=\"⟦pol⟧\" session=⟦s⟧", t=t, em=EML(em), pol=g.pwd_policy("nl"), s=sess)
    lines = [
        fill("⟦t⟧:01 level=info app=mijn-eneco event=login user=⟦em⟧ client_ip=⟦ip⟧ mfa=sms session=⟦s⟧ ua=\"Mozilla/5.0 (Linux; Android 14)\"", t=t, em=EML(em), ip=IP(ip), s=sess),
        fill("⟦t⟧:02 level=info app=mijn-eneco event=view page=/verbruik ean=871⟦ean⟧ session=⟦s⟧", t=t, ean=g.dig(15), s=sess),
        fill("⟦t⟧:03 level=info app=mijn-eneco event=update_bank session=⟦s⟧ field=iban old=NL**INGB****⟦o4⟧ new=⟦iban⟧ mandate=⟦m⟧", t=t, s=sess, o4=g.dig(4), iban=IBAN(g.iban("NL", False)), m=f"ENE{g.dig(9)}"),
        pw_line,
        fill("⟦t⟧:05 level=info app=mijn-eneco event=update_contact session=⟦s⟧ telefoon=⟦ph⟧ upstream=⟦up⟧:8443 latency_ms=⟦ms⟧", t=t, s=sess, ph=PHN(g.phone("NL", "m", g.ch(["nat", "e164"]))), up=f"10.{g.ri(0, 255)}.{g.ri(0, 255)}.{g.ri(1, 254)}", ms=str(g.ri(20, 900))),
    ]
    return join(lines, "\n") + "\n"


@tpl("energy.start_service_call_notes.en-US")
def _en3(g: G) -> Frag:
    p, co = g.person("US"), g.person("US")
    addr, town = g.addr("US", multiline=False)
    prev, _ = g.addr("US", multiline=False)
    ssn = g.ssn()
    dep = g.r() < 0.5
    return fill("""START SERVICE - ⟦dt⟧ - Rep: ⟦rep⟧ (ext ⟦ext⟧)
Customer: ⟦pn⟧   DOB: ⟦dob⟧   SSN: ⟦ssn⟧ (for credit check)
Service address: ⟦addr⟧   Move-in: ⟦mi⟧
Previous address: ⟦prev⟧
Co-applicant: ⟦co⟧
Contact: ⟦ph⟧ (mobile, text OK) / ⟦em⟧
Credit check via Equifax: ⟦credit⟧. Premise ID ⟦prem⟧, meter ⟦meter⟧ (AMI). Rate: RS-1 residential.
Enrolled in paperless + AutoPay from checking acct ⟦acct⟧, routing ⟦rt⟧.
""", dt=g.recent("US", "num"), rep=PER(g.person("US").first), ext=g.dig(4), pn=PER(p.full), dob=DOB(g.dob("US", "num")), ssn=SSN(ssn),
                addr=ADDR(addr), mi=g.recent("US", "num"), prev=ADDR(prev), co=PER(co.full) if g.r() < 0.4 else "none",
                ph=PHN(g.phone("US", style=g.ch(["dash", "nat"]))), em=EML(g.email(p)),
                credit="deposit of $150 required (thin file)" if dep else "approved, no deposit",
                prem=g.dig(9), meter=f"{g.up(1)}{g.dig(8)}", acct=BANK(g.acct()), rt=g.routing())


@tpl("energy.prepaid_meter_form_dump.en-ZA")
def _en4(g: G) -> Frag:
    p = g.person("ZA")
    addr, town = g.addr("ZA", multiline=False)
    return fill("""--- Form submission: prepaid meter registration ---
form_id: reg-prepaid-v3
submitted: ⟦ts⟧
submitter_ip: ⟦ip⟧
first_name: ⟦fn⟧
surname: ⟦ln⟧
cell_number: ⟦ph⟧
alt_number: ⟦ph2⟧
email: ⟦em⟧
property_address: ⟦addr⟧
erf_number: ⟦erf⟧
meter_number: ⟦meter⟧
sts_token_last: ⟦tok⟧
account_holder_is_owner: ⟦own⟧
indigent_subsidy: no
marketing_opt_in: false
""", ts=g.ts(" ", " SAST"), ip=IP(g.ip_pub(0.1)), fn=PER(p.first), ln=PER(p.last), ph=PHN(g.phone("ZA", "m", "plain")),
                ph2=PHN(g.phone("ZA", "l", "nat")) if g.r() < 0.5 else "", em=EML(g.email(p)), addr=ADDR(addr), erf=f"ERF {g.dig(5)}",
                meter=g.ch(["0", "1", "4"]) + g.dig(10), tok=" ".join(g.dig(4) for _ in range(5)), own=g.ch(["yes", "no - tenant"]))


@tpl("energy.messenger_chat.en-PH")
def _en5(g: G) -> Frag:
    p, a = g.person("PH"), g.person("PH")
    addr, town = g.addr("PH", multiline=False)
    acct = g.dig(10)
    du = {"Cebu City": "VECO", "Davao City": "Davao Light", "Iloilo City": "MORE Power", "Baguio": "BENECO",
          "Cagayan de Oro": "CEPALCO", "Bacolod": "CENECO"}.get(town, "Meralco")
    return fill("""⟦du⟧ Customer Care (Messenger) — ⟦dt⟧
⟦pf⟧: hi good evening po, brownout na naman po dito sa amin since 6pm
⟦du⟧ (⟦af⟧): Good evening! Sorry for the inconvenience. May we have your Customer Account Number (CAN) and service address?
⟦pf⟧: CAN ⟦acct⟧, ⟦addr⟧
⟦du⟧ (⟦af⟧): Thank you, Ma'am/Sir ⟦pl⟧. There is an ongoing emergency repair in the area (ref no. ⟦ref⟧). Estimated restoration 11:30 PM.
⟦pf⟧: ok po. pwede niyo po ba ako i-text pag okay na? ⟦ph⟧ po number ko
⟦du⟧ (⟦af⟧): Noted po. You will receive an SMS update. Is there anything else?
⟦pf⟧: wala na po, salamat
""", du=du, dt=g.recent("PH", "word"), pf=PER(p.full if g.r() < 0.5 else p.first), af=PER(a.first), acct=acct, addr=ADDR(addr),
                pl=PER(p.last), ref=f"EMR-{g.dig(7)}", ph=PHN(g.phone("PH", "m", g.ch(["nat", "plain", "e164"]))))


@tpl("energy.moving_ticket.fr-FR")
def _en6(g: G) -> Frag:
    p, a = g.person("FR"), g.person("FR")
    old, _ = g.addr("FR", multiline=False)
    new, town = g.addr("FR", multiline=False)
    return fill("""Ticket ⟦tk⟧ – Déménagement – Priorité normale
Créé le ⟦dt⟧ par ⟦nm⟧ (espace client)
Contrat électricité n° ⟦ctr⟧ – PDL ⟦pdl⟧ – Offre Tarif Bleu option Base 6 kVA

Message du client :
Bonjour, je déménage le ⟦dm⟧. Merci de résilier le contrat à l'adresse actuelle ⟦old⟧ et d'ouvrir un nouveau contrat au ⟦new⟧ (index relevé : ⟦idx⟧ kWh). Vous pouvez me joindre au ⟦ph⟧ ou par mail ⟦em⟧.
Le prélèvement se fera sur le même compte ⟦iban⟧.
Cordialement, ⟦sig⟧

Réponse (⟦ag⟧, conseiller) : Bonjour, la mise en service est programmée, un technicien Enedis n'est pas nécessaire (compteur Linky). Référence ⟦ref⟧.
""", tk=f"#{g.dig(7)}", dt=f"{g.recent('FR', 'num')} à {g.hm()}", nm=PER(p.full), ctr=g.dig(10), pdl=g.dig(14), dm=g.recent("FR", "word"),
                old=ADDR(old), new=ADDR(new), idx=str(g.ri(1000, 60000)), ph=PHN(g.phone("FR", style=g.ch(["nat", "dots", "intl"]))),
                em=EML(g.email(p)), iban=IBAN(g.iban("FR")) if g.r() < 0.7 else f"FR76 **** **** **** **** ***{g.dig(1)} {g.dig(3)}",
                sig=PER(p.first), ag=PER(a.first), ref=f"MES-{g.dig(8)}")


# ---------------------------------------- pharmacy -------------------------------------------------

_DRUGS_US = ["atorvastatin 20 mg", "lisinopril 10 mg", "metformin ER 500 mg", "levothyroxine 75 mcg", "sertraline 50 mg",
             "amlodipine 5 mg", "omeprazole 20 mg", "Eliquis 5 mg", "Ozempic 0.5 mg pen", "albuterol HFA inhaler"]


@tpl("pharmacy.refill_call_transcript_lower.en-US")
def _ph1(g: G) -> Frag:
    p, a = g.person("US"), g.person("US")
    addr, _ = g.addr("US", multiline=False)
    dr = g.person("US")
    f = fill("""[ivr transfer -> pharmacy queue | store #⟦st⟧ | call ⟦cid⟧]
tech: thank you for calling walgreens pharmacy, this is ⟦af⟧. how can i help?
patient: hi, i need a refill on my ⟦drug⟧, the rx number is ⟦rx⟧.
tech: sure. can i get the patient's name and date of birth?
patient: ⟦pn⟧, ⟦dob⟧.
tech: thank you. i see it, but there are no refills left, so we'll need to send a request to dr. ⟦drl⟧. is the office still ⟦drph⟧?
patient: yes. can you deliver it? i'm at ⟦addr⟧.
tech: we can. delivery is free over $35 or with a prime-type membership. best number to text when it's out?
patient: ⟦ph⟧.
tech: perfect. your copay will be $⟦copay⟧ with ⟦ins⟧. anything else?
patient: no, thanks.
""", st=g.dig(5), cid=g.hexs(10), af=PER(a.first), drug=g.ch(_DRUGS_US), rx=f"{g.dig(7)}-{g.dig(5)}", pn=PER(p.full),
             dob=DOB(g.dob("US", g.ch(["word", "num"]), 1940, 1995)), drl=PER(dr.last), drph=PHN(g.phone("US", style="dash")), addr=ADDR(addr),
             ph=PHN(g.phone("US", style=g.ch(["dash", "plain", "nat"]))), copay=f"{g.ri(0, 45)}.{g.ch(['00', '50'])}",
             ins=g.ch(["caremark", "express scripts", "optumrx", "medicare part d"]))
    return lower(f)


@tpl("pharmacy.online_chat.en-GB")
def _ph2(g: G) -> Frag:
    p, a = g.person("GB"), g.person("GB")
    addr, town = g.addr("GB", multiline=False)
    return fill("""Chat transcript — Boots Online Doctor — ⟦dt⟧
Session ⟦sid⟧

⟦an⟧ (Pharmacist): Hello, I'm ⟦af⟧, one of the pharmacists. I can see you've requested a repeat of Sertraline 100mg. Before I approve, can you confirm your full name and date of birth?
⟦pf⟧: ⟦pn⟧, ⟦dob⟧
⟦an⟧ (Pharmacist): Thanks. And is your GP still ⟦gp⟧?
⟦pf⟧: yes but I've moved, new address is ⟦addr⟧
⟦an⟧ (Pharmacist): No problem, I've updated that. Your NHS number ending ⟦nhs⟧ is linked. The prescription will be sent to your nominated pharmacy.
⟦pf⟧: can it go to the boots in ⟦town_store⟧ instead, near work?
⟦an⟧ (Pharmacist): Done. You'll get a text on ⟦ph⟧ when it's ready to collect.
""", dt=g.recent("GB", "word"), sid=g.uuid(), an=PER(a.full), af=PER(a.first), pf=PER(p.first), pn=PER(p.full),
                dob=DOB(g.dob("GB", g.ch(["num", "word"]))), gp=g.ch(["Riverside Medical Practice", "The Park Surgery", "Oakfield Health Centre"]),
                addr=ADDR(addr), nhs=g.dig(3), town_store=g.ch(["Canary Wharf", "Piccadilly", "Trinity Leeds", "Cabot Circus"]),
                ph=PHN(g.phone("GB", "m")))


@tpl("pharmacy.prescription_email_quoted.en-IE")
def _ph3(g: G) -> Frag:
    p, a = g.person("IE"), g.person("IE")
    addr, town = g.addr("IE", multiline=True)
    body = fill("""Subject: Re: Prescription for collection - ⟦pn⟧

Hi ⟦af⟧,

That's great, thanks a million. My husband/partner will collect it on Thursday, is that ok? He'll have my medical card (no. ⟦gms⟧).

Also could you check if the Drugs Payment Scheme is applied, the total last month seemed high. DOB is ⟦dob⟧ if you need it.

Thanks,
⟦pf⟧
⟦ph⟧

""", pn=PER(p.full), af=PER(a.first), gms=f"{g.dig(7)}{g.ch('ABCDEFGHKLMNPRSTW')}", dob=DOB(g.dob("IE", g.ch(["num", "word"]))),
                pf=PER(p.first), ph=PHN(g.phone("IE", "m")))
    q = fill("""Dear ⟦pf⟧,

Your prescription from Dr ⟦drl⟧ has been received via Healthmail and is ready for collection. Please note one item (Ventolin Evohaler) is on back order; we expect it Friday.

Kind regards,
⟦an⟧ MPSI
Supervising Pharmacist
McCabes Pharmacy
⟦shop⟧
Tel: ⟦tel⟧""", pf=PER(p.first), drl=PER(g.person("IE").last), an=PER(a.full), shop=ADDR(addr), tel=PHN(g.phone("IE", "l", "nat")))
    return body + fill("On ⟦d⟧, ⟦an⟧ <⟦aem⟧> wrote:\n", d=g.recent("IE", "word"), an=PER(a.full), aem=EML(g.work_email(a, "mccabespharmacy.com"))) + quote(q)


@tpl("pharmacy.e_prescription_form.es-ES")
def _ph4(g: G) -> Frag:
    p = g.person("ES")
    addr, town = g.addr("ES", multiline=False)
    return fill("""FARMACIA ⟦farm⟧ — Solicitud de envío a domicilio (formulario web)
------------------------------------------------------------
Fecha solicitud: ⟦dt⟧
Nombre y apellidos: ⟦pn⟧
Fecha de nacimiento: ⟦dob⟧
Tarjeta sanitaria (CIP): ⟦cip⟧
Teléfono de contacto: ⟦ph⟧
Correo electrónico: ⟦em⟧
Dirección de entrega: ⟦addr⟧
Medicamentos (receta electrónica): Sintrom 4 mg (30 comp.), Omeprazol 20 mg, Adiro 100 mg
Aportación: ⟦apor⟧ — Pago con tarjeta al repartidor: ⟦pago⟧
Observaciones: Vivo en un tercero sin ascensor, por favor llamar antes. Si no estoy, dejar con la vecina del 3ºA (⟦vec⟧).
""", farm=g.ch(["LDA. Mª CARMEN RUIZ", "LDO. JAVIER ORTEGA", "LDA. LUCÍA BENÍTEZ", "DEL CARMEN", "SAN ANTÓN"]), dt=g.recent("ES", "num"), pn=PER(p.full),
                dob=DOB(g.dob("ES", g.ch(["num", "word"]), 1935, 1980)), cip=f"{g.up(4)}{g.dig(12)}", ph=PHN(g.phone("ES", style=g.ch(["nat", "spaces", "plain"]))),
                em=EML(g.email(p)), addr=ADDR(addr), apor=g.ch(["TSI 001 (0%)", "TSI 002 (10%)", "TSI 003 (40%)"]),
                pago=g.ch(["sí", "no (Bizum)"]), vec=PER(g.person("ES", "F").first))


@tpl("pharmacy.app_json_log.en-SG")
def _ph5(g: G) -> Frag:
    p = g.person("SG")
    addr, _ = g.addr("SG", multiline=False)
    ev = [
        fill('{"@timestamp":"⟦ts⟧","service":"rx-delivery","event":"order.created","order":"WS⟦o⟧","patient":{"name":"⟦pn⟧","mobile":"⟦ph⟧","email":"⟦em⟧"},"deliver_to":"⟦addr⟧","items":2,"cold_chain":false}',
             ts=g.ts(), o=g.dig(9), pn=PER(p.full), ph=PHN(g.phone("SG", "m", g.ch(["e164", "nat"]))), em=EML(g.email(p)), addr=ADDR(addr)),
        fill('{"@timestamp":"⟦ts⟧","service":"rx-delivery","event":"payment.authorised","order":"WS⟦o⟧","method":"card","brand":"visa","last4":"⟦l4⟧","amount_sgd":⟦amt⟧,"client_ip":"⟦ip⟧"}',
             ts=g.ts(), o=g.dig(9), l4=g.dig(4), amt=f"{g.ri(8, 140)}.{g.dig(2)}", ip=IP(g.ip_pub(0.2))),
        fill('{"@timestamp":"⟦ts⟧","service":"rx-verify","event":"pharmacist.review","order":"WS⟦o⟧","reviewer":"⟦rv⟧","result":"approved","notes":"allergy: penicillin"}',
             ts=g.ts(), o=g.dig(9), rv=f"ph_{g.dig(4)}"),
        fill('{"@timestamp":"⟦ts⟧","service":"gateway","event":"healthcheck","upstream":"⟦up⟧","status":200,"build":"⟦b⟧"}',
             ts=g.ts(), up=g.ip_priv(), b=g.version(True)),
    ]
    return join(ev, "\n") + "\n"


@tpl("pharmacy.whatsapp_apotek.id-ID")
def _ph6(g: G) -> Frag:
    p = g.person("ID")
    addr, town = g.addr("ID", multiline=False)
    lines = [
        (PER(p.first), "Selamat siang, apotek. Saya mau tanya apakah ada Amlodipine 10 mg dan Metformin 500?"),
        ("Apotek Kimia Farma", "Siang Kak, ada. Untuk obat keras perlu foto resep dokter ya Kak 🙏"),
        (PER(p.first), fill("[foto resep] Ini resepnya dari dr. ⟦dr⟧, Sp.PD", dr=PER(g.ch(["Hendra", "Yulia Sari", "Bambang Wijaya", "Rina"])))),
        ("Apotek Kimia Farma", f"Baik Kak. Total Rp {g.ri(60, 400)}.000. Mau diambil atau dikirim via GoSend?"),
        (PER(p.first), fill("Dikirim ya. Atas nama ⟦pn⟧, alamat ⟦addr⟧. No HP ⟦ph⟧", pn=PER(p.full), addr=ADDR(addr), ph=PHN(g.phone("ID", "m", g.ch(["nat", "plain"]))))),
        ("Apotek Kimia Farma", "Siap Kak, untuk pembayaran bisa transfer ke BCA 123-456-7890 a.n. PT Kimia Farma Apotek atau QRIS."),
        (PER(p.first), "Sudah transfer ya Kak, terima kasih"),
    ]
    return _wa(g, "ID", lines)


# ---------------------------------------- concert ticketing ----------------------------------------

_EVENTS = ["Mozart by Candlelight", "Vivaldi's Four Seasons by Candlelight", "Coldplay: Music of the Spheres", "Harry Styles Tribute Night",
           "Queen by the Kings", "Hamilton", "The Bob Marley Experience", "Frank Sinatra Centenary Gala", "Taylor Swift Tribute - The Eras Party",
           "Ludovico Einaudi - Underwater Tour", "Disney in Concert"]
_VENUES = {"US": ["Carnegie Hall", "Ryman Auditorium", "Radio City Music Hall", "Red Rocks Amphitheatre", "Kia Forum"],
           "GB": ["Royal Albert Hall", "O2 Academy Brixton", "Usher Hall", "Bridgewater Hall", "Eventim Apollo"],
           "ZA": ["Grand Arena, GrandWest", "Emperors Palace", "Artscape Theatre", "Joburg Theatre"],
           "FR": ["Salle Pleyel", "Zénith de Paris", "Olympia", "Halle Tony Garnier"],
           "BR": ["Espaço Unimed", "Allianz Parque", "Vivo Rio", "Teatro Bradesco"],
           "CO": ["Movistar Arena", "Teatro Jorge Eliécer Gaitán", "Coliseo MedPlus"]}


@tpl("ticketing.order_confirmation_email.en-US")
def _tk1(g: G) -> Frag:
    p = g.person("US")
    ev, ven = g.ch(_EVENTS), g.ch(_VENUES["US"])
    addr, _ = g.addr("US", multiline=True)
    s1 = g.ri(1, 10)
    return fill("""From: Ticketmaster <customer_support@email.ticketmaster.com>
To: ⟦em⟧
Subject: You Got Tickets To ⟦ev⟧

Hi ⟦pf⟧,

Order # ⟦ord⟧
⟦ev⟧
⟦ven⟧ | ⟦dt⟧ 8:00 PM
Sec ⟦sec⟧, Row ⟦row⟧, Seats ⟦s1⟧-⟦s2⟧ (Mobile Entry)

Ticket total: $⟦tt⟧ (incl. service fees $⟦fee⟧)
Charged to: ⟦mask⟧

Billing address:
⟦pn⟧
⟦addr⟧

Your tickets are in the app. Screenshots won't get you in - the barcode refreshes every few seconds.
Need help? Reply to this e-mail or call 1-800-653-8000.
""", em=EML(g.email(p)), ev=ev, pf=PER(p.first), ord=f"{g.dig(2)}-{g.dig(5)}/{g.up(3)}", ven=ven, dt=g.recent("US", "word"),
                sec=str(g.ri(101, 330)), row=g.ch("ABCDEFGHJK"), s1=str(s1), s2=str(s1 + g.ri(1, 3)), tt=f"{g.ri(80, 900)}.{g.dig(2)}",
                fee=f"{g.ri(12, 90)}.{g.dig(2)}", mask=g.masked_card(), pn=PER(p.full), addr=ADDR(addr))


@tpl("ticketing.refund_ticket.fr-FR")
def _tk2(g: G) -> Frag:
    p, a = g.person("FR"), g.person("FR")
    return fill("""[Ticket #⟦tk⟧] Demande de remboursement – concert annulé
De : ⟦pn⟧ <⟦em⟧>
Reçu le : ⟦dt⟧

Bonjour,
Le concert « ⟦ev⟧ » du ⟦dc⟧ à ⟦ven⟧ a été annulé. J'avais acheté 3 places (commande ⟦cmd⟧) pour un total de ⟦tot⟧ €.
Ma carte bancaire a expiré depuis, pouvez-vous effectuer le remboursement par virement sur ce compte : ⟦iban⟧ (titulaire : ⟦tit⟧) ?
Vous pouvez me joindre au ⟦ph⟧.
Merci d'avance,
⟦pf⟧

--- Réponse agent (⟦af⟧) ---
Bonjour ⟦pf⟧, le remboursement par virement a été validé. Délai : 14 jours ouvrés. Réf. ⟦ref⟧.
""", tk=g.dig(6), pn=PER(p.full), em=EML(g.email(p)), dt=f"{g.recent('FR', 'num')} {g.hm()}", ev=g.ch(_EVENTS), dc=g.recent("FR", "word"),
                ven=g.ch(_VENUES["FR"]), cmd=f"FNAC{g.dig(9)}", tot=f"{g.ri(60, 400)},{g.ch(['00', '50'])}", iban=IBAN(g.iban("FR")),
                tit=PER(p.full.upper()), ph=PHN(g.phone("FR", "m", g.ch(["nat", "dots", "intl"]))), pf=PER(p.first), af=PER(a.first),
                ref=f"RBT-{g.dig(7)}")


@tpl("ticketing.web_access_log.en-GB")
def _tk3(g: G) -> Frag:
    p = g.person("GB")
    em = g.email(p)
    enc = em.replace("@", "%40")
    ip1, ip2 = g.ip_pub(0.2), g.ip_pub(0.3)
    d = g.date(2026, 2026)
    ds = f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}"
    h = g.ri(9, 21)
    ua = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"'
    lines = [
        fill('⟦ip⟧ - - [⟦ds⟧:⟦h⟧:00:14 +0000] "GET /event/⟦eid⟧?utm_source=newsletter&email=⟦enc⟧ HTTP/2.0" 200 48213 "-" ⟦ua⟧',
             ip=IP(ip1), ds=ds, h=f"{h:02d}", eid=g.hexs(16).upper(), enc=EML(enc), ua=ua),
        fill('⟦ip⟧ - - [⟦ds⟧:⟦h⟧:00:15 +0000] "GET /static/js/app.⟦hash⟧.js HTTP/2.0" 200 913482 "https://www.seetickets.com/" ⟦ua⟧',
             ip=IP(ip1), ds=ds, h=f"{h:02d}", hash=g.hexs(8), ua=ua),
        fill('⟦ip⟧ - - [⟦ds⟧:⟦h⟧:01:02 +0000] "POST /api/basket/add HTTP/2.0" 201 312 "-" "SeeTickets/⟦ver⟧ (iPhone; iOS 17.5)"',
             ip=IP(ip2), ds=ds, h=f"{h:02d}", ver=g.version(True)),
        fill('⟦ip⟧ - - [⟦ds⟧:⟦h⟧:01:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
             ip=g.ip_priv(), ds=ds, h=f"{h:02d}"),
        fill('⟦ip⟧ - - [⟦ds⟧:⟦h⟧:02:41 +0000] "GET /account/orders?sort=desc HTTP/2.0" 302 0 "-" ⟦ua⟧',
             ip=IP(ip1), ds=ds, h=f"{h:02d}", ua=ua),
    ]
    return join(lines, "\n") + "\n"


@tpl("ticketing.whatsapp_half_price.pt-BR")
def _tk4(g: G) -> Frag:
    p, a = g.person("BR"), g.person("BR")
    lines = [
        (PER(p.first), "Oi, boa tarde! Comprei meia-entrada de estudante pro show e agora estão pedindo documento, como faço?"),
        ("Sympla Atendimento", fill("Olá! Sou a ⟦af⟧ 😊 Para validar, informe o nome completo do titular, data de nascimento e o número do pedido.", af=PER(a.first))),
        (PER(p.first), fill("⟦pn⟧, nascida em ⟦dob⟧, pedido ⟦ped⟧", pn=PER(p.full), dob=DOB(g.dob("BR", g.ch(["num", "word"]), 1990, 2007)), ped=f"{g.up(4)}{g.dig(6)}")),
        ("Sympla Atendimento", fill("Obrigada! Agora é só enviar foto da carteirinha DNE válida. O evento ⟦ev⟧ no ⟦ven⟧ exige apresentação na entrada também.", ev=g.ch(_EVENTS), ven=g.ch(_VENUES["BR"]))),
        (PER(p.first), fill("Enviei. Meu email de cadastro é ⟦em⟧ e meu zap ⟦ph⟧ caso precise", em=EML(g.email(p)), ph=PHN(g.phone("BR", "m", g.ch(["nat", "intl"]))))),
        ("Sympla Atendimento", "Validado! ✅ Seu ingresso já está liberado no app."),
    ]
    return _wa(g, "BR", lines)


@tpl("ticketing.notification_subjects.en-ZA")
def _tk5(g: G) -> Frag:
    p, q = g.person("ZA"), g.person("ZA")
    pool = [
        fill("Your Computicket booking ⟦b⟧ is confirmed", b=g.up(7)),
        fill("⟦ev⟧ - ⟦ven⟧ - doors open 18:00", ev=g.ch(_EVENTS), ven=g.ch(_VENUES["ZA"])),
        "Reminder: load-shedding schedule may affect parking access",
        fill("Payment received: R⟦amt⟧ for order ⟦o⟧", amt=f"{g.ri(250, 3500)}.00", o=f"CT{g.dig(8)}"),
        "Last chance: Early-bird tickets for Rocking the Daisies end tonight",
        fill("Transfer accepted: 2 tickets sent to ⟦n⟧", n=PER(q.full)),
        fill("⟦n⟧, rate your experience at Kirstenbosch Summer Sunset Concerts", n=PER(p.first)),
        fill("Ticket resale: ⟦n⟧ wants to buy your seats (Block ⟦blk⟧)", n=PER(q.first + " " + q.last[0] + "."), blk=g.ch("ABCDEFGH") + str(g.ri(1, 12))),
    ]
    g.rng.shuffle(pool)
    k = g.ri(3, 7)
    return join(pool[:k], "\n") + "\n"


@tpl("ticketing.payment_kv_log.es-CO")
def _tk6(g: G) -> Frag:
    p = g.person("CO")
    t = g.ts(y0=2026, y1=2026)[:-4]
    orden = g.dig(8)
    card = g.card(g.ch(["visa", "mc"]), sep="")
    ip = g.ip_pub(0.15)
    lines = [
        fill("⟦t⟧:11 INFO  pasarela=payu evento=init_tx orden=TUB-⟦o⟧ evento_id=⟦eid⟧ comprador=\"⟦pn⟧\" email=⟦em⟧ ip=⟦ip⟧ monto=⟦m⟧ moneda=COP cuotas=⟦c⟧",
             t=t, o=orden, eid=g.dig(5), pn=PER(p.full), em=EML(g.email(p)), ip=IP(ip), m=f"{g.ri(90, 900)}000", c=str(g.ch([1, 3, 6, 12]))),
        fill("⟦t⟧:12 DEBUG pasarela=payu evento=request_body card_number=⟦cc⟧ exp=⟦exp⟧ holder=\"⟦hn⟧\" doc_tipo=CC celular=⟦ph⟧",
             t=t, cc=CARD(card), exp=f"{g.ri(2026, 2031)}/{g.ri(1, 12):02d}", hn=PER(p.full.upper()), ph=PHN(g.phone("CO", "m", "plain"))),
        fill("⟦t⟧:14 WARN  pasarela=payu evento=antifraude score=⟦sc⟧ regla=VELOCITY_IP ip=⟦ip⟧ decision=REVIEW",
             t=t, sc=str(g.ri(40, 95)), ip=IP(ip)),
        fill("⟦t⟧:19 INFO  pasarela=payu evento=tx_result orden=TUB-⟦o⟧ estado=APPROVED auth_code=⟦ac⟧ franquicia=⟦fr⟧ ultimos4=⟦l4⟧ node=⟦node⟧",
             t=t, o=orden, ac=g.dig(6), fr=g.ch(["VISA", "MASTERCARD"]), l4=card[-4:], node=g.ip_priv()),
    ]
    return join(lines, "\n") + "\n"


# ---------------------------------------- airline loyalty programme --------------------------------

@tpl("airline.status_match_email_quoted.en-SG")
def _air1(g: G) -> Frag:
    p, a = g.person("SG"), g.person("SG")
    kf = g.loyalty(10, "8")
    body = fill("""Subject: RE: Status match request - KrisFlyer ⟦kf⟧

Dear ⟦af⟧,

Thanks for the quick reply. As requested, my details again:
Full name (as in passport): ⟦pn⟧
Date of birth: ⟦dob⟧
KrisFlyer no.: ⟦kf⟧
Mobile: ⟦ph⟧

I've attached my Qantas Platinum card and recent statement. I fly SIN-SYD roughly twice a month for work and would prefer to credit to KrisFlyer going forward.

Best regards,
⟦pf⟧

""", kf=kf, af=PER(a.first), pn=PER(p.full.upper() if g.r() < 0.5 else p.full), dob=DOB(g.dob("SG", g.ch(["num", "word"]))),
                ph=PHN(g.phone("SG", "m", g.ch(["intl", "spaces"]))), pf=PER(p.first if not p.sur_first else p.full))
    q = fill("""Dear ⟦pf⟧,

Thank you for writing in. To process a status match we need a copy of your current elite membership card and an activity statement from the last 3 months. Please do not send your card PIN or password by email.

Warm regards,
⟦an⟧
KrisFlyer Membership Services
Case ⟦case⟧""", pf=PER(p.full), an=PER(a.full), case=f"KF-{g.dig(8)}")
    return body + fill("From: ⟦an⟧ <krisflyer_memberservices@singaporeair.com.sg>\nSent: ⟦d⟧\n", an=PER(a.full), d=g.recent("SG", "word")) + quote(q)


@tpl("airline.member_profile_json.de-DE")
def _air2(g: G) -> Frag:
    p = g.person("DE")
    addr, town = g.addr("DE", multiline=False)
    street, _ = addr.split(", ", 1)
    return fill("""{
  "mitglied": {
    "nummer": "⟦mn⟧",
    "status": "⟦st⟧",
    "anrede": "⟦anr⟧",
    "vorname": "⟦fn⟧",
    "nachname": "⟦ln⟧",
    "geburtsdatum": "⟦dob⟧",
    "email": "⟦em⟧",
    "mobil": "⟦ph⟧",
    "anschrift": "⟦addr⟧",
    "heimatflughafen": "⟦apt⟧",
    "meilen": {"praemie": ⟦pm⟧, "status": ⟦sm⟧, "verfall": "⟦vf⟧"},
    "karte": {"typ": "Miles & More Credit Card Gold", "pan_maskiert": "⟦mask⟧"},
    "einwilligungen": {"newsletter": ⟦nl⟧, "profiling": false},
    "letzte_aenderung": "⟦ts⟧"
  }
}
""", mn=f"9922 {g.dig(4)} {g.dig(4)} {g.dig(3)}", st=g.ch(["Frequent Traveller", "Senator", "Member"]), anr="Frau" if p.gender == "F" else "Herr",
                fn=PER(p.first), ln=PER(p.last), dob=DOB(g.dob("DE", g.ch(["num", "iso"]))), em=EML(g.email(p)),
                ph=PHN(g.phone("DE", "m", g.ch(["e164", "intl"]))), addr=ADDR(addr), apt=g.ch(["FRA", "MUC", "HAM", "DUS", "BER"]),
                pm=str(g.ri(0, 400000)), sm=str(g.ri(0, 150000)), vf=g.recent("DE", "iso"), mask=f"5{g.dig(5)}******{g.dig(4)}",
                nl=g.ch(["true", "false"]), ts=g.ts())


@tpl("airline.agent_call_notes.en-US")
def _air3(g: G) -> Frag:
    p, comp = g.person("US"), g.person("US")
    pnr = g.up(6).replace("0", "X").replace("1", "Y")
    home = g.ch(TOWNS["US"])
    return fill("""AAdvantage Service Desk - call notes - ⟦dt⟧ - agent ⟦ag⟧
Member ⟦pn⟧ (AA# ⟦aa⟧, Platinum) called re PNR ⟦pnr⟧: ⟦from⟧ -> LIS via JFK, AA ⟦fl⟧ / AA ⟦fl2⟧ on ⟦fd⟧.
Member lives in ⟦home⟧, traveling to ⟦dest⟧ with companion ⟦comp⟧ for a wedding. Requested upgrade w/ SWU - waitlisted pos 3.
Member paid $⟦amt⟧ for Main Cabin Extra seats with card ⟦cc⟧ exp ⟦exp⟧ (read over phone; PCI pause failed, flagged for QA ticket ⟦qa⟧).
Verified by DOB ⟦dob⟧ + ZIP ⟦zip⟧. Callback ⟦ph⟧.
""", dt=g.recent("US", "num"), ag=f"{g.up(2)}{g.dig(4)}", pn=PER(p.full), aa=g.up(7), pnr=pnr,
                **{"from": g.ch(["DFW", "CLT", "PHX", "MIA", "ORD"])}, fl=str(g.ri(100, 2999)), fl2=str(g.ri(30, 299)),
                fd=g.recent("US", "word"), home=LOC(f"{home[0]}, {home[1]}"), dest=LOC(g.ch(["Lisbon", "Portugal", "Porto", "the Algarve"])),
                comp=PER(comp.full), amt=f"{g.ri(80, 500)}.00", cc=CARD(g.card()), exp=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", qa=f"QA-{g.dig(6)}",
                dob=DOB(g.dob("US", "num")), zip=g.pat(home[2][0]), ph=PHN(g.phone("US")))


@tpl("airline.enrolment_form_dump.it-IT")
def _air4(g: G) -> Frag:
    p = g.person("IT")
    addr, town = g.addr("IT", multiline=False)
    pw = g.password("IT")
    return fill("""[modulo iscrizione Volare – inviato ⟦ts⟧ – ip ⟦ip⟧]
titolo=⟦tit⟧
nome=⟦fn⟧
cognome=⟦ln⟧
data_nascita=⟦dob⟧
luogo_nascita=⟦lnasc⟧
email=⟦em⟧
cellulare=⟦ph⟧
indirizzo=⟦addr⟧
aeroporto_preferito=⟦apt⟧
password=⟦pw⟧
conferma_password=⟦pw2⟧
domanda_segreta=Nome del primo animale domestico
risposta_segreta=⟦pet⟧
newsletter=si
codice_promo=⟦promo⟧
""", ts=g.ts(" ", ""), ip=IP(g.ip_pub(0.2)), tit="Sig.ra" if p.gender == "F" else "Sig.", fn=PER(p.first), ln=PER(p.last),
                dob=DOB(g.dob("IT", g.ch(["num", "alt"]))), lnasc=LOC(g.ch(TOWNS["IT"])[0]), em=EML(g.email(p)), ph=PHN(g.phone("IT", "m")),
                addr=ADDR(addr), apt=g.ch(["FCO", "MXP", "LIN", "NAP", "BLQ", "CTA"]), pw=PWD(pw), pw2=PWD(pw),
                pet=g.ch(_PETS), promo=g.ch(["ESTATE26", "WELCOME500", "-"]))


@tpl("airline.miles_activity_csv.en-IE")
def _air5(g: G) -> Frag:
    p = g.person("IE")
    mem = g.loyalty(9, "3")
    em = g.email(p)
    out = fill("# AerClub activity export - member ⟦m⟧ - ⟦pn⟧ <⟦em⟧>\ndate,description,flight,avios,tier_credits,partner_ref\n",
               m=mem, pn=PER(p.full), em=EML(em))
    for _ in range(g.ri(3, 6)):
        d = g.date(2025, 2026)
        kind = g.ch(["flight", "flight", "partner", "purchase"])
        if kind == "flight":
            out = out + f"{d.isoformat()},Flight {g.ch(['DUB-LHR', 'DUB-JFK', 'ORK-AMS', 'SNN-BOS'])},EI{g.ri(100, 999)},{g.ri(250, 3000)},{g.ch([20, 40, 80, 160])},\n"
        elif kind == "partner":
            out = out + f"{d.isoformat()},Partner: {g.ch(['Hertz', 'Marriott Bonvoy', 'Applegreen'])},,{g.ri(50, 800)},0,{g.up(10)}\n"
        else:
            out = out + f"{d.isoformat()},Avios purchase (card **** {g.dig(4)}),,{g.ri(1, 20) * 1000},0,{g.dig(12)}\n"
    return out


@tpl("airline.support_chat.sv-SE")
def _air6(g: G) -> Frag:
    p, a = g.person("SE"), g.person("SE")
    return fill("""SAS EuroBonus – chatt ⟦dt⟧
⟦af⟧ (SAS): Hej och välkommen! Vad kan jag hjälpa dig med?
⟦pf⟧: Hej, mina poäng från resan till ⟦dest⟧ i ⟦mon⟧ har inte registrerats. EB ⟦eb⟧
⟦af⟧ (SAS): Tack! För att verifiera, kan du bekräfta ditt fullständiga namn och födelsedatum?
⟦pf⟧: ⟦pn⟧, ⟦dob⟧
⟦af⟧ (SAS): Tack ⟦pfirst⟧. Jag ser bokningen ⟦pnr⟧ men biljettnumret saknas. Har du det?
⟦pf⟧: 117-⟦tkt⟧. Jag bor i ⟦home⟧ om det spelar någon roll, flög från ARN.
⟦af⟧ (SAS): Perfekt, jag har lagt in en efterregistrering. Poängen syns inom 14 dagar. Bekräftelse skickas till ⟦em⟧.
⟦pf⟧: Tack så mycket!
""", dt=g.recent("SE", "num"), af=PER(a.first), pf=PER(p.first), dest=LOC(g.ch(["Nice", "Bangkok", "New York", "Kreta", "Malaga"])),
                mon=g.ch(MONTHS["sv"]), eb=f"EBG{g.dig(9)}", pn=PER(p.full), dob=DOB(g.dob("SE", g.ch(["num", "word"]))),
                pfirst=PER(p.first), pnr=g.up(6), tkt=g.dig(10), home=LOC(g.ch(TOWNS["SE"])[0]), em=EML(g.email(p)))


# ---------------------------------------- B2B SaaS support -----------------------------------------

@tpl("saas.ticket_with_config.en-IE")
def _saas1(g: G) -> Frag:
    p, a = g.person("IE"), g.person("IE")
    co = g.ch(["Kerrygold Logistics", "Brennan & Walsh Solicitors", "Atlantic Seafoods", "Clover Analytics"])
    dom = _slug(co.split(" ")[0]) + ".ie"
    dbpw = g.password("IE", g.ch(["random", "word"]))
    key = g.api_key(g.ch(["sendgrid", "mailgun", "stripe"]))
    return fill("""Ticket #⟦tk⟧ — Webhooks failing after upgrade to ⟦ver⟧
Requester: ⟦pn⟧ <⟦em⟧> (⟦co⟧) | Plan: Business | Priority: High
Created: ⟦ts⟧

Hi team,

Since upgrading the self-hosted connector yesterday none of our outbound webhooks fire. Our server's public IP is ⟦pip⟧ (already on your allowlist). Here's the config we're running, hope that helps:

```yaml
connector:
  listen: 0.0.0.0:8443
  upstream: http://⟦priv⟧:9000
  database:
    host: ⟦priv2⟧
    user: connector_svc
    password: "⟦dbpw⟧"
  mail:
    provider: ⟦prov⟧
    api_key: ⟦key⟧
  tls:
    cert_sha256: ⟦sha⟧
```

Logs attached. Happy to jump on a call, my direct line is ⟦ph⟧.

⟦pf⟧

---
Internal note (⟦af⟧): Customer pasted live credentials in ticket. Redacted in public view, asked them to rotate the DB password and mail key. Bug reproduced on ⟦ver⟧, linked to ENG-⟦eng⟧.
""", tk=g.dig(6), ver=g.version(False), pn=PER(p.full), em=EML(g.work_email(p, dom)), co=co, ts=g.ts(" ", " IST"), pip=IP(g.ip_pub(0.3)),
                priv=g.ip_priv() if g.r() < 0.5 else "10.0.3.12", priv2=g.ch(["10.0.3.21", "172.20.0.5", "db.internal"]), dbpw=PWD(dbpw),
                prov=g.ch(["smtp-relay", "http-api"]), key=KEY(key), sha=g.sha(), ph=PHN(g.phone("IE", "l", g.ch(["nat", "intl"]))),
                pf=PER(p.first), af=PER(a.first), eng=g.dig(4))


@tpl("saas.api_gateway_json_logs.en-GB")
def _saas2(g: G) -> Frag:
    p = g.person("GB")
    ip = g.ip_pub(0.3)
    rid = g.uuid()
    leak = g.r() < 0.6
    out = [
        fill('{"time":"⟦t⟧","level":"info","msg":"request","request_id":"⟦rid⟧","method":"GET","path":"/v2/invoices","status":200,"duration_ms":⟦ms⟧,"client_ip":"⟦ip⟧","org_id":"org_⟦org⟧"}',
             t=g.ts(), rid=rid, ms=str(g.ri(3, 900)), ip=IP(ip) if g.r() < 0.8 else g.ip_priv(), org=g.aln(14)),
    ]
    if leak:
        out.append(fill('{"time":"⟦t⟧","level":"debug","msg":"outbound call","request_id":"⟦rid⟧","url":"https://api.stripe.com/v1/customers","headers":{"Authorization":"Bearer ⟦key⟧","Idempotency-Key":"⟦idk⟧"}}',
                        t=g.ts(), rid=rid, key=KEY(g.api_key(g.ch(["stripe", "stripe_rk"]))), idk=g.uuid()))
    else:
        out.append(fill('{"time":"⟦t⟧","level":"debug","msg":"outbound call","request_id":"⟦rid⟧","url":"https://api.stripe.com/v1/customers","headers":{"Authorization":"[REDACTED]","Idempotency-Key":"⟦idk⟧"}}',
                        t=g.ts(), rid=rid, idk=g.uuid()))
    if g.r() < 0.6:
        out.append(fill('{"time":"⟦t⟧","level":"warn","msg":"user invite bounced","request_id":"⟦rid⟧","invitee":"⟦em⟧","invited_by":"usr_⟦u⟧","smtp_code":550}',
                        t=g.ts(), rid=g.uuid(), em=EML(g.email(p)), u=g.aln(10)))
    out.append(fill('{"time":"⟦t⟧","level":"info","msg":"key rotated","key_id":"key_⟦kid⟧","fingerprint":"SHA256:⟦fp⟧","actor":"system"}',
                    t=g.ts(), kid=g.aln(12), fp=g.aln(43, string.ascii_letters + string.digits + "+/")))
    return join(out, "\n") + "\n"


@tpl("saas.slack_support_thread.en-PH")
def _saas3(g: G) -> Frag:
    a, b, c = g.person("PH"), g.person("PH"), g.person("PH")
    key = g.api_key(g.ch(["github", "gitlab", "slack", "openai", "npm"]))
    pw = g.password("PH")
    ha, hb = _slug(a.first.split(" ")[0]) + "." + _slug(a.last.split(" ")[-1])[:1], _slug(b.first.split(" ")[0])
    return fill("""#cust-acme-ph-support (exported ⟦d⟧)
⟦an⟧ [9:02 AM]: @⟦hb⟧ customer says the CI integration stopped syncing since last night, can you check?
⟦bn⟧ [9:05 AM]: looking. they rotated their token? error is 401 on /api/v4/projects
⟦an⟧ [9:07 AM]: they sent the new one in the ticket 🤦 ⟦key⟧
⟦bn⟧ [9:07 AM]: pls don't paste tokens here lol. ok updated on our side, it's syncing
⟦cn⟧ [9:15 AM]: fyi staging admin login for the demo later is admin / ⟦pw⟧ — will rotate after
⟦an⟧ [9:16 AM]: noted. also the customer's ops contact is ⟦ext⟧ (⟦extph⟧) if we need to escalate
⟦bn⟧ [9:20 AM]: 👍 closing INC-⟦inc⟧
""", d=g.recent("PH", "num"), an=PER(a.full), hb=hb, bn=PER(b.full), key=KEY(key), cn=PER(c.first), pw=PWD(pw),
                ext=PER(g.person("PH").full), extph=PHN(g.phone("PH", "m", g.ch(["nat", "intl"]))), inc=g.dig(5))


@tpl("saas.support_ticket.fr-CA")
def _saas4(g: G) -> Frag:
    p, a = g.person("CA"), g.person("CA")
    key = g.api_key(g.ch(["shopify", "google", "square", "twilio"]))
    return fill("""Billet n° ⟦tk⟧ — Intégration Shopify ne se synchronise plus
Demandeur : ⟦pn⟧ (⟦em⟧) — ⟦co⟧
Téléphone : ⟦ph⟧
Ouvert le : ⟦dt⟧

Bonjour,
Depuis la mise à jour de ce matin, nos commandes ne remontent plus dans le tableau de bord. J'ai régénéré la clé d'accès et je vous la transmets pour que vous puissiez tester de votre côté : ⟦key⟧
(ID de la clé : ⟦kid⟧, créée par ⟦creator⟧.)
Notre boutique est en ligne depuis 2019, je la gère de chez moi à ⟦loc⟧. Merci de faire vite, c'est la période des Fêtes!

⟦pf⟧

—
Réponse de ⟦af⟧ (Soutien niveau 2) : Merci ⟦pf⟧. Par mesure de sécurité, veuillez révoquer cette clé immédiatement : ne partagez jamais une clé secrète par courriel. Nous avons pu reproduire le problème (webhook 429), correctif prévu en version ⟦ver⟧.
""", tk=g.dig(6), pn=PER(p.full), em=EML(g.email(p)), co=g.ch(["Boutique Chez Mimi", "Fromagerie Lavoie", "Les Savons d'Émilie", "Vélo Rioux"]),
                ph=PHN(g.phone("CA", style=g.ch(["nat", "dash", "intl"]))), dt=g.recent("CA", "word"), key=KEY(key), kid=f"kid_{g.hexs(8)}",
                creator=g.ch(["admin", "api-bot"]), loc=LOC(g.ch(["Sherbrooke", "Rimouski", "Trois-Rivières", "Laval", "Québec"])),
                pf=PER(p.first), af=PER(a.first), ver=g.version(False))


@tpl("saas.env_config_snippet.en-ZA")
def _saas5(g: G) -> Frag:
    p = g.person("ZA")
    return fill("""# .env.production  — DO NOT COMMIT (committed by ⟦cm⟧ on ⟦d⟧)
APP_ENV=production
APP_VERSION=⟦ver⟧
APP_URL=https://app.paytrack.co.za
DB_HOST=⟦dbh⟧
DB_PORT=5432
DB_USER=paytrack
DB_PASSWORD=⟦dbpw⟧
REDIS_URL=redis://:⟦rpw⟧@⟦rh⟧:6379/0
SENDGRID_API_KEY=⟦sg⟧
TWILIO_ACCOUNT_SID=AC⟦sid⟧
TWILIO_API_KEY=⟦tw⟧
PAYFAST_MERCHANT_ID=⟦mid⟧
SUPPORT_EMAIL=support@paytrack.co.za
ADMIN_CONTACT=⟦em⟧
# password policy: min 12 chars, 1 upper, 1 digit (see SEC-42)
SESSION_SECRET_SHA=⟦sha⟧
""", cm=PER(p.first), d=g.recent("ZA", "num"), ver=g.version(True), dbh=g.ip_priv(), dbpw=PWD(g.password("ZA", "random")),
                rpw=PWD(g.password("ZA", g.ch(["random", "word"]))), rh=g.ch(["10.10.4.7", "cache.internal", "172.18.0.3"]),
                sg=KEY(g.api_key("sendgrid")), sid=g.hexs(32), tw=KEY(g.api_key("twilio")), mid=g.dig(8),
                em=EML(g.email(p)), sha=g.sha())


@tpl("saas.nginx_and_app_log.en-SG")
def _saas6(g: G) -> Frag:
    p = g.person("SG")
    ip = g.ip_pub(0.2)
    d = g.date(2026, 2026)
    ds = f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}"
    em = g.email(p)
    lines = [
        fill('⟦ip⟧ - - [⟦ds⟧:08:14:22 +0800] "POST /api/v1/auth/login HTTP/1.1" 401 64 "-" "python-requests/2.31.0"', ip=IP(ip), ds=ds),
        fill('⟦ip⟧ - - [⟦ds⟧:08:14:23 +0800] "POST /api/v1/auth/login HTTP/1.1" 200 412 "-" "python-requests/2.31.0"', ip=IP(ip), ds=ds),
        fill('⟦d⟧ 08:14:23,118 WARNING [auth] login ok after 1 failure user=⟦em⟧ tenant=t_⟦ten⟧ src=⟦ip⟧ mfa=totp', d=d.isoformat(), em=EML(em), ten=g.dig(5), ip=IP(ip)),
        fill('⟦d⟧ 08:14:25,902 ERROR [billing] invoice render failed tenant=t_⟦ten⟧ invoice=INV-⟦inv⟧ err="KeyError: \'gst_reg_no\'" worker=⟦w⟧', d=d.isoformat(), ten=g.dig(5), inv=g.dig(6), w=g.ip_priv()),
        fill('⟦pip⟧ - - [⟦ds⟧:08:15:01 +0800] "GET /metrics HTTP/1.1" 200 18233 "-" "Prometheus/2.51.0"', pip=g.ip_priv(), ds=ds),
    ]
    return join(lines, "\n") + "\n"


# ---------------------------------------- notary / legal office ------------------------------------

@tpl("legal.ocr_statutory_declaration.en-GB")
def _leg1(g: G) -> Frag:
    p, s = g.person("GB"), g.person("GB")
    addr, town = g.addr("GB", multiline=False)
    firm_addr, _ = g.addr("GB", multiline=False)
    return fill("""STATUTORY DECLARATlON
Statutory Declarations Act 1835

I, ⟦pn⟧ of ⟦addr⟧,
born on ⟦dob⟧ at ⟦birth⟧, do solemnly and sincerely
declare as follows:-

1. That I am the sole beneficiary named in the Will of the late ⟦dec⟧ (deceased) dated ⟦wd⟧.
2. That the vehicle registration ⟦reg⟧ formed part of the estate and was not
   subject to any finance agreement at the date of death.
3. That I have not been known by any other name save as set out above.

And I make this solemn declaration conscientiously believing the same to be true.

DECLARED at ⟦firm⟧
this ⟦day⟧ day of ⟦mon⟧ 2026                   ........................
                                                   (signature of declarant)
Before me,
⟦sol⟧
Solicitor / Commissioner for Oaths     Ref: ⟦ref⟧
""", pn=PER(p.full.upper() if g.r() < 0.5 else p.full), addr=ADDR(addr), dob=DOB(g.dob("GB", "word")), birth=LOC(g.ch(TOWNS["GB"])[0]),
                dec=PER(s.full), wd=g.recent("GB", "word"), reg=f"{g.ch(['LS', 'BD', 'YK', 'MA', 'WX'])}{g.ri(15, 23)} {g.up(3)}", firm=ADDR(firm_addr),
                day=g.ch(["1st", "3rd", "12th", "21st", "28th"]), mon=g.ch(MONTHS["en"]), sol=PER(g.person("GB").full), ref=f"{g.up(3)}/{g.dig(5)}")


@tpl("legal.notary_email_quoted.es-ES")
def _leg2(g: G) -> Frag:
    p, s, n = g.person("ES", "F"), g.person("ES", "M"), g.person("ES")
    prop, _ = g.addr("ES", multiline=False)
    body = fill("""Asunto: RE: Firma compraventa ⟦ref⟧ – provisión de fondos

Buenos días, ⟦of⟧:

Les confirmo que el jueves a las 12:00 podremos acudir a la firma mi marido, ⟦sn⟧, y yo. Hemos realizado la transferencia de la provisión de fondos (⟦prov⟧ €) desde la cuenta ⟦iban⟧.

Mi teléfono por si hubiera cualquier cambio: ⟦ph⟧.

Un saludo,
⟦pn⟧

""", ref=f"{g.dig(4)}/{g.date(2026, 2026).year}", of=PER(n.first), sn=PER(s.full), prov=f"{g.ri(1, 4)}.{g.dig(3)},00", iban=IBAN(g.iban("ES")),
                ph=PHN(g.phone("ES", "m")), pn=PER(p.full))
    q = fill("""Estimada Sra. ⟦pl⟧:

Le recordamos la cita para la firma de la escritura de compraventa de la vivienda sita en ⟦prop⟧ (ref. catastral ⟦cat⟧). Deberán aportar DNI en vigor de ambos comparecientes y justificante de la transferencia de la provisión de fondos a la cuenta de la notaría ES⟦ibn⟧ **** **** ⟦l4⟧.

Atentamente,
⟦nn⟧
Oficial de Notaría – Notaría de D. ⟦notario⟧
Tel. ⟦ntel⟧""", pl=PER(p.last.split(" ")[0]), prop=ADDR(prop), cat=f"{g.dig(7)}{g.up(2)}{g.dig(4)}{g.up(1)}{g.dig(4)}{g.up(2)}",
             ibn=g.dig(2), l4=g.dig(4), nn=PER(n.full), notario=PER(g.person("ES", "M").full), ntel=PHN(g.phone("ES", "l", "nat")))
    return body + fill("El ⟦d⟧, ⟦nn⟧ <⟦nem⟧> escribió:\n", d=g.recent("ES", "word"), nn=PER(n.full), nem=EML(g.work_email(n, "notariado.org"))) + quote(q)


@tpl("legal.ocr_deed_extract.de-DE")
def _leg3(g: G) -> Frag:
    p, q, n = g.person("DE"), g.person("DE"), g.person("DE")
    ap, _ = g.addr("DE", multiline=False)
    aq, _ = g.addr("DE", multiline=False)
    obj, _ = g.addr("DE", multiline=False)
    return fill("""UR-Nr. ⟦ur⟧/2026
Verhandelt zu ⟦ort⟧ am ⟦dt⟧
Vor mir, dem unterzeichnenden Notar
⟦notar⟧
mit dem Amtssitz in ⟦ort⟧, erschienen heute:

1. ⟦anr1⟧ ⟦pn⟧⟦pbirth⟧,
   geboren am ⟦pdob⟧ in ⟦pbo⟧,
   wohnhaft ⟦pa⟧,
   ausgewiesen durch Personalausweis,
2. ⟦anr2⟧ ⟦qn⟧,
   geboren am ⟦qdob⟧,
   wohnhaft ⟦qa⟧.

Die Erschienenen erklärten zur Beurkundung:
§ 1 Grundbuchstand
Im Grundbuch des Amtsgerichts ⟦ort⟧ von ⟦gem⟧ Blatt ⟦blatt⟧ ist
folgender Grundbesitz eingetragen: Flurstück ⟦fl⟧, Gebäude- und
Freifläche, ⟦obj⟧, groß ⟦qm⟧ m².
Der Kaufpreis beträgt EUR ⟦kp⟧ (in Worten: ...).
""", ur=g.dig(4), ort=g.ch(["Köln", "Leipzig", "Hannover", "Kassel"]), dt=g.recent("DE", "word"), notar=PER(n.full),
                anr1="Frau" if p.gender == "F" else "Herr", pn=PER(p.full), pbirth=(Frag(", geb. ") + PER(g.fk["de_DE"].last_name())) if p.gender == "F" else "",
                pdob=DOB(g.dob("DE", "num", 1950, 1995)), pbo=LOC(g.ch(TOWNS["DE"])[0]), pa=ADDR(ap), anr2="Frau" if q.gender == "F" else "Herr",
                qn=PER(q.full), qdob=DOB(g.dob("DE", "num", 1950, 1995)), qa=ADDR(aq), gem=g.ch(["Lindenthal", "Gohlis", "Linden", "Wehlheiden"]),
                blatt=g.dig(5), fl=f"{g.ri(10, 999)}/{g.ri(1, 40)}", obj=ADDR(obj), qm=str(g.ri(180, 900)), kp=f"{g.ri(180, 990)}.000,00")


@tpl("legal.client_intake_crm.en-US")
def _leg4(g: G) -> Frag:
    p, opp, atty = g.person("US"), g.person("US", "M"), g.person("US")
    addr, town = g.addr("US", multiline=False)
    return fill("""CLIENT INTAKE — Matter ⟦mat⟧ — Estate planning / POA
Intake date: ⟦dt⟧    Responsible atty: ⟦an⟧    Referral: ⟦ref⟧
Client: ⟦pn⟧    DOB: ⟦dob⟧    SSN: ⟦ssn⟧
Address: ⟦addr⟧
Phone: ⟦ph⟧    Email: ⟦em⟧
Spouse: ⟦sp⟧ (DOB ⟦sdob⟧)
Conflict check: ran against ⟦opp⟧ (step-son) - no conflict.
Notes: Wants revocable living trust + durable POA naming daughter. Client lives in ⟦home⟧, winters in ⟦cabin⟧. Retainer $⟦ret⟧ via check #⟦chk⟧.
""", mat=f"{g.date(2026, 2026).year}-{g.dig(4)}", dt=g.recent("US", "num"), an=PER(atty.full), ref=g.ch(["Google", "Avvo", "existing client", "Edward Jones advisor"]),
                pn=PER(p.full), dob=DOB(g.dob("US", "num", 1940, 1970)), ssn=SSN(g.ssn()), addr=ADDR(addr), ph=PHN(g.phone("US")), em=EML(g.email(p)),
                sp=PER(g.person("US", "F" if p.gender == "M" else "M").first + " " + p.last), sdob=DOB(g.dob("US", "num", 1940, 1972)),
                opp=PER(opp.full), home=LOC(town), cabin=LOC(g.ch(["Naples, FL", "Scottsdale, AZ", "Sarasota", "Palm Springs", "Florida"])),
                ret=f"{g.ri(2, 9)},{g.ch(['000', '500'])}", chk=g.dig(4))


@tpl("legal.kyc_onboarding_form.en-IE")
def _leg5(g: G) -> Frag:
    p = g.person("IE")
    addr, town = g.addr("IE", multiline=False)
    prev, _ = g.addr("GB", multiline=False)
    return fill("""Client onboarding (AML/KYC) — submitted via portal
field_01_full_legal_name: ⟦pn⟧
field_02_previous_names: ⟦prev_nm⟧
field_03_date_of_birth: ⟦dob⟧
field_04_place_of_birth: ⟦pob⟧
field_05_nationality: Irish
field_06_residential_address: ⟦addr⟧
field_07_years_at_address: ⟦yrs⟧
field_08_previous_address: ⟦prev⟧
field_09_mobile: ⟦ph⟧
field_10_email: ⟦em⟧
field_11_pps_number: [redacted]
field_12_source_of_funds: Sale of property + savings
field_13_bank_for_refunds: ⟦iban⟧
field_14_pep: No
field_15_id_doc: Passport P⟦pp⟧ (verified by Onfido, check ⟦chk⟧)
""", pn=PER(p.full), prev_nm=PER(p.first + " " + g.person("IE").last) if p.gender == "F" and g.r() < 0.6 else "N/A",
                dob=DOB(g.dob("IE", g.ch(["num", "alt"]))), pob=LOC(g.ch(["Cork", "Limerick", "Galway", "London", "Boston", "Sligo"])),
                addr=ADDR(addr), yrs=str(g.ri(1, 20)), prev=ADDR(prev) if g.r() < 0.6 else "-", ph=PHN(g.phone("IE", "m")), em=EML(g.email(p)),
                iban=IBAN(g.iban("IE")), pp=g.up(1) + g.dig(6), chk=g.uuid())


@tpl("legal.will_dictation_lower.en-ZA")
def _leg6(g: G) -> Frag:
    t, w1, w2, b1 = g.person("ZA"), g.person("ZA"), g.person("ZA"), g.person("ZA")
    addr, town = g.addr("ZA", multiline=False)
    f = fill("""dictation – file ⟦file⟧ – typist please prepare draft will
this is the last will and testament of ⟦tn⟧, born ⟦dob⟧ in ⟦bplace⟧, residing at ⟦addr⟧.
i revoke all previous wills. i appoint my sister ⟦b1⟧ as executrix, with ⟦firm⟧ as alternate.
i leave my immovable property to my children in equal shares. my vehicle goes to ⟦b1f⟧.
witnesses on the day will be ⟦w1⟧ and ⟦w2⟧ from the office. fee as quoted, r⟦fee⟧ excluding vat.
client cell ⟦ph⟧ – call to confirm signing on ⟦sd⟧. end of dictation.
""", file=f"W{g.dig(5)}", tn=PER(t.full), dob=DOB(g.dob("ZA", "word", 1940, 1985)), addr=ADDR(addr), b1=PER(b1.first + " " + t.last),
             firm=g.ch(["Smith Tabata Buchanan Boyes", "Werksmans", "Cliffe Dekker Hofmeyr", "Bowmans"]), bplace=LOC(g.ch(["Kimberley", "Mthatha", "Upington", "George", "Durban", "Windhoek"])),
             b1f=PER(b1.first), w1=PER(w1.full), w2=PER(w2.full), fee=f"{g.ri(2, 9)} {g.dig(3)}", ph=PHN(g.phone("ZA", "m", g.ch(["nat", "plain"]))),
             sd=g.recent("ZA", "word"))
    return lower(f)


# ---------------------------------------- mobile game support --------------------------------------

@tpl("game.account_recovery_ticket.en-SG")
def _game1(g: G) -> Frag:
    p = g.person("SG")
    ign = g.handle(p)
    return fill("""[Helpshift] Issue #⟦iss⟧ — Account recovery — Mobile Legends: Bang Bang
Player ID: ⟦pid⟧ (Server ⟦srv⟧) | IGN: ⟦ign⟧
Device: ⟦dev⟧ | App ⟦ver⟧ | IMEI ⟦imei⟧ | IP ⟦ip⟧

Player: hi my account kena hacked, the binding email was changed to some weird one. my original email is ⟦em⟧. I topped up S$⟦amt⟧ last week (order GP.⟦gp⟧) using my card ending ⟦l4⟧. Pls help my skins all there 😭
Agent ⟦ag⟧: Hi ⟦pf⟧! Sorry to hear that. Please provide (1) the date the account was created, (2) your first top-up receipt, and (3) the last 3 heroes you purchased. For security, never share your password with anyone, including our staff.
Player: created around 2019, receipt attached. password was ⟦pw⟧ if that helps
Agent ⟦ag⟧: Thanks, we have escalated to the security team. Case ref ⟦ref⟧.
""", iss=g.dig(7), pid=g.dig(9), srv=g.dig(4), ign=ign, dev=g.ch(["SM-A546E", "iPhone14,5", "CPH2565", "Redmi Note 12"]), ver=g.version(True),
                imei=g.imei(), ip=IP(g.ip_pub(0.2)), em=EML(g.email(p)), amt=f"{g.ri(5, 150)}.{g.ch(['98', '90', '00'])}", gp=f"{g.dig(4)}-{g.dig(4)}-{g.dig(4)}-{g.dig(5)}",
                l4=g.dig(4), ag=PER(g.person("SG").first), pf=PER(p.first if not p.sur_first else p.full), pw=PWD(g.password("SG")), ref=f"SEC-{g.dig(8)}")


@tpl("game.support_chat.pt-BR")
def _game2(g: G) -> Frag:
    p = g.person("BR")
    nick = g.handle(p)
    lines = [
        (PER(p.first), f"oi, perdi acesso na minha conta do Free Fire, nick {nick}"),
        ("Suporte Garena", "Olá! Para recuperar, informe o e-mail vinculado, o ID da conta e a data da primeira recarga."),
        (PER(p.first), fill("email ⟦em⟧, id ⟦id⟧. a primeira recarga foi no natal de 2022 com o cartão da minha mãe", em=EML(g.email(p)), id=g.dig(10))),
        (PER(p.first), fill("a senha era ⟦pw⟧ mas não entra mais", pw=PWD(g.password("BR")))),
        ("Suporte Garena", "Nunca compartilhe sua senha 🙏. Abrimos o chamado e você receberá um e-mail em até 72h."),
        (PER(p.first), fill("ok. se precisar meu whats é ⟦ph⟧", ph=PHN(g.phone("BR", "m", g.ch(["nat", "plain", "intl"]))))),
    ]
    return _wa(g, "BR", lines)


@tpl("game.telemetry_json.en-PH")
def _game3(g: G) -> Frag:
    p = g.person("PH")
    ip = g.ip_pub(0.25)
    uid = g.uuid()
    ev = [
        fill('{"ts":"⟦t⟧","event":"session_start","player_id":"⟦pid⟧","install_id":"⟦iid⟧","app_ver":"⟦ver⟧","os":"Android 13","ip":"⟦ip⟧","geo":{"country":"PH","region":"⟦reg⟧"}}',
             t=g.ts(), pid=uid, iid=g.uuid(), ver=g.version(True), ip=IP(ip), reg=g.ch(["NCR", "CALABARZON", "Central Visayas", "Davao Region"])),
        fill('{"ts":"⟦t⟧","event":"iap_purchase","player_id":"⟦pid⟧","sku":"gems_pack_⟦n⟧","price":"PHP ⟦pr⟧","store":"google_play","order_id":"GPA.⟦gp⟧"}',
             t=g.ts(), pid=uid, n=str(g.ch([60, 300, 980, 1980])), pr=f"{g.ri(49, 4990)}.00", gp=f"{g.dig(4)}-{g.dig(4)}-{g.dig(4)}-{g.dig(5)}"),
        fill('{"ts":"⟦t⟧","event":"account_link","player_id":"⟦pid⟧","provider":"facebook","display_name":"⟦dn⟧","email":"⟦em⟧"}',
             t=g.ts(), pid=uid, dn=PER(p.full), em=EML(g.email(p))) if g.r() < 0.6 else
        fill('{"ts":"⟦t⟧","event":"account_link","player_id":"⟦pid⟧","provider":"guest","display_name":"⟦dn⟧"}', t=g.ts(), pid=uid, dn=g.handle()),
        fill('{"ts":"⟦t⟧","event":"crash","player_id":"⟦pid⟧","signal":"SIGSEGV","build_hash":"⟦bh⟧","relay":"⟦relay⟧"}',
             t=g.ts(), pid=uid, bh=g.hexs(40), relay=g.ip_priv()),
    ]
    return join(ev, "\n") + "\n"


@tpl("game.helpdesk_ticket.id-ID")
def _game4(g: G) -> Frag:
    p = g.person("ID")
    return fill("""Tiket #⟦tk⟧ | Kategori: Top up tidak masuk | Game: ⟦game⟧
Dikirim: ⟦dt⟧

Nama: ⟦pn⟧
Email: ⟦em⟧
No. WhatsApp: ⟦ph⟧
User ID (Zone ID): ⟦uid⟧ (⟦zone⟧)
Metode pembayaran: ⟦pay⟧
Nominal: Rp ⟦nom⟧
ID transaksi: ⟦trx⟧

Pesan:
min saya sudah top up ⟦dia⟧ diamond tapi belum masuk sampai sekarang, saldo ⟦pay⟧ sudah kepotong. tolong dicek ya min. kalau perlu login akun saya pakai email di atas, passwordnya ⟦pw⟧

Catatan agen: JANGAN minta/simpan password pemain. Pesan di-masking setelah ditutup.
""", tk=g.dig(8), game=g.ch(["Mobile Legends", "Free Fire", "PUBG Mobile", "Genshin Impact"]), dt=g.ts(" ", " WIB"), pn=PER(p.full),
                em=EML(g.email(p)), ph=PHN(g.phone("ID", "m", g.ch(["nat", "plain", "e164"]))), uid=g.dig(9), zone=g.dig(4),
                pay=g.ch(["GoPay", "DANA", "OVO", "ShopeePay"]), nom=f"{g.ri(10, 500)}.000", trx=f"TRX{g.dig(14)}", dia=str(g.ch([86, 172, 257, 706, 2195])),
                pw=PWD(g.password("ID")))


@tpl("game.server_log_lines.en-PH")
def _game5(g: G) -> Frag:
    d = g.date(2026, 2026).isoformat()
    lines = [
        f"{d} 03:12:{g.ri(10, 59)}.{g.dig(3)} [matchmaker] INFO  queue=ranked_5v5 size={g.ri(100, 4000)} avg_wait_ms={g.ri(900, 9000)} shard=ap-southeast-1b",
        f"{d} 03:12:{g.ri(10, 59)}.{g.dig(3)} [gateway] WARN  ws_disconnect player=pl_{g.aln(10)} reason=ping_timeout rtt_ms={g.ri(300, 2000)} peer={g.ip_priv()}",
        f"{d} 03:13:{g.ri(10, 59)}.{g.dig(3)} [anticheat] INFO  scan ok build={g.version(True)} sig={g.hexs(32)}",
        f"{d} 03:13:{g.ri(10, 59)}.{g.dig(3)} [store] INFO  receipt verified order=GPA.{g.dig(4)}-{g.dig(4)}-{g.dig(4)}-{g.dig(5)} sku=battlepass_s{g.ri(10, 40)} amount=PHP {g.ri(99, 999)}.00",
    ]
    out = Frag("\n".join(lines) + "\n")
    if g.r() < 0.55:
        out = out + fill("⟦d⟧ 03:14:⟦s⟧.⟦ms⟧ [auth] WARN  too_many_attempts account=pl_⟦acc⟧ src=⟦ip⟧ count=⟦c⟧ action=captcha\n",
                         d=d, s=str(g.ri(10, 59)), ms=g.dig(3), acc=g.aln(10), ip=IP(g.ip_pub(0.3)), c=str(g.ri(5, 40)))
    return out


@tpl("game.refund_email_quoted.es-AR")
def _game6(g: G) -> Frag:
    p, a = g.person("AR"), g.person("AR")
    body = fill("""Asunto: Re: Reclamo compra duplicada - Ticket ⟦tk⟧

Hola ⟦af⟧, gracias por responder.

Les paso los datos que me pidieron. La compra fue el ⟦dc⟧, se me cobró dos veces el Pase de Temporada (ARS ⟦m⟧ cada uno) en la tarjeta ⟦card⟧. El titular de la tarjeta soy yo, ⟦pn⟧.

Mi ID de jugador es ⟦pid⟧ y el mail de la cuenta es ⟦em⟧. Cualquier cosa me pueden llamar al ⟦ph⟧.

Saludos,
⟦pf⟧

""", tk=g.dig(7), af=PER(a.first), dc=g.recent("AR", "num"), m=f"{g.ri(3, 25)}.{g.dig(3)},00", card=CARD(g.card(g.ch(["visa", "mc"]))),
                pn=PER(p.full), pid=g.dig(10), em=EML(g.email(p)), ph=PHN(g.phone("AR", "m", g.ch(["nat", "intl"]))), pf=PER(p.first))
    q = fill("""Hola ⟦pf⟧,

Lamentamos el inconveniente. Para avanzar con el reembolso necesitamos el comprobante de ambos cargos y los últimos 4 dígitos de la tarjeta (no envíes el número completo).

Saludos,
⟦an⟧
Equipo de Soporte – Etermax""", pf=PER(p.first), an=PER(a.full))
    return body + fill("El ⟦d⟧, Soporte <soporte@etermax.com> escribió:\n", d=g.recent("AR", "word")) + quote(q)


# --------------------------------------------------------------------------------------------------
# Structured tables (one per domain)
# --------------------------------------------------------------------------------------------------

_PLACEHOLDERS = ["N/A", "-", "[redacted]", "XXX", "unknown", "n/a", "--", "TBC"]


class _Row:
    """one row = one person; derived values are drawn once and shared by the row's columns"""

    def __init__(self, g: G, cc: str):
        self.g, self.cc = g, cc
        self.p = g.person(cc)
        self._m: dict = {}

    def m(self, key: str, fn):
        if key not in self._m:
            self._m[key] = fn()
        return self._m[key]

    @property
    def email(self) -> str:
        return self.m("email", lambda: self.g.email(self.p))

    @property
    def addr(self) -> str:
        return self.m("addr", lambda: self.g.addr(self.cc, multiline=self.g.r() < 0.04))[0]

    @property
    def town(self) -> str:
        return re.sub(r" \d+$", "", self.m("addr", lambda: self.g.addr(self.cc, multiline=self.g.r() < 0.04))[1])

    @property
    def card(self) -> str:
        return self.m("card", lambda: self.g.card())


def _name_var(r: _Row, weights=None) -> str:
    p, g = r.p, r.g
    k = g.wch(weights or [("full", 6), ("formal", 2), ("upper", 1), ("lower", 1), ("init", 1)])
    if k == "formal" and p.last and not p.sur_first:
        return p.formal
    if k == "upper":
        return p.full.upper()
    if k == "lower":
        return p.full.lower()
    if k == "init" and p.last and not p.sur_first and " " not in p.first:
        return f"{p.first[0]}. {p.last}"
    return p.full


def _dob_date(r: _Row, y0: int = 1941, y1: int = 2007) -> _dt.date:
    return r.m("dob_d", lambda: r.g.date(y0, y1))


def _dob_var(r: _Row, styles=None, y0: int = 1941, y1: int = 2007) -> str:
    return r.g.fmt_date(_dob_date(r, y0, y1), r.cc, r.g.ch(styles) if styles else None)


def _ts_var(g: G) -> str:
    return g.ch([g.ts(), g.ts(" ", ""), g.ts(" ", " UTC"), str(g.ri(1735689600, 1798761600))])


def _bool(g: G, style: str = "tf", p: float = 0.7) -> str:
    v = g.r() < p
    return {"tf": ("true", "false"), "10": ("1", "0"), "yn": ("Y", "N"), "TF": ("TRUE", "FALSE"), "ja": ("ja", "nee")}[style][0 if v else 1]


TABLE_NAMES: list[str] = []
_TABLES: dict = {}


def table(name: str):
    def deco(fn):
        TABLE_NAMES.append(name)
        _TABLES[name] = fn
        return fn
    return deco


def _build(g: G, rows: int, ccs, specs) -> list[Column]:
    vals: list[list] = [[] for _ in specs]
    for _ in range(rows):
        r = _Row(g, g.wch(ccs))
        for j, spec in enumerate(specs):
            head, ent, fn = spec[0], spec[1], spec[2]
            blank = spec[3] if len(spec) > 3 else 0.03
            phr = spec[4] if len(spec) > 4 else (0.02 if ent else 0.0)
            x = g.r()
            if x < blank:
                vals[j].append(None)
            elif x < blank + phr:
                vals[j].append(g.ch(_PLACEHOLDERS))
            else:
                vals[j].append(fn(r))
    return [Column(s[0], s[1], v) for s, v in zip(specs, vals)]


_COUNTRY_CODES = {"US": "US", "GB": "GB", "IE": "IE", "ES": "ES", "BR": "BR", "ZA": "ZA", "FR": "FR", "CO": "CO",
                  "DE": "DE", "NL": "NL", "SE": "SE", "IT": "IT", "SG": "SG", "PH": "PH", "AR": "AR", "PL": "PL", "ID": "ID", "CA": "CA"}


@table("marketplace_orders")
def _t_marketplace(g: G, rows: int) -> list[Column]:
    specs = [
        ("order_id", None, lambda r: f"ORD-{r.g.ri(2024, 2026)}-{r.g.dig(7)}", 0.0),
        ("buyer_name", "PERSON", lambda r: _name_var(r)),
        ("buyer_email", "EMAIL_ADDRESS", lambda r: r.email),
        ("email_verified", None, lambda r: _bool(r.g, r.g.ch(["tf", "10"]), 0.8)),
        ("ship_phone", "PHONE_NUMBER", lambda r: r.g.phone(r.cc), 0.08),
        ("phone_type", None, lambda r: r.g.ch(["mobile", "mobile", "landline", "voip", "unknown"])),
        ("ship_address", "STREET_ADDRESS", lambda r: r.addr),
        ("address_type", None, lambda r: r.g.ch(["residential", "residential", "commercial", "po_box", "parcel_locker"])),
        ("buyer_city", "LOCATION", lambda r: r.town, 0.05),
        ("gift_recipient", "PERSON", lambda r: r.g.person(r.cc).full, 0.75, 0.0),
        ("product_name", None, lambda r: r.g.ch(_BRAND_PEOPLE + _PRODUCTS)),
        ("sku", None, lambda r: f"{r.g.up(3)}-{r.g.dig(5)}-{r.g.ch(['S', 'M', 'L', 'XL', 'OS'])}"),
        ("unit_price", None, lambda r: f"{r.g.ri(3, 600)}.{r.g.ch(['00', '99', '49', '95'])}"),
        ("card_brand", None, lambda r: r.g.ch(["visa", "mastercard", "amex", "paypal", "apple_pay"])),
        ("card_last4", None, lambda r: r.g.dig(4), 0.1),
        ("client_ip", "IP_ADDRESS", lambda r: r.g.ip_pub(0.25)),
        ("created_at", None, lambda r: _ts_var(r.g), 0.0),
    ]
    return _build(g, rows, [("US", 35), ("GB", 25), ("ES", 15), ("BR", 15), ("IE", 10)], specs)


@table("CC_CALL_LOG")
def _t_bank(g: G, rows: int) -> list[Column]:
    def ssn(r):
        return r.m("ssn", lambda: r.g.ssn())

    def bucket(r):
        y = _dob_date(r, 1941, 2005).year
        return f"{y // 10 * 10}-{y // 10 * 10 + 9}"

    specs = [
        ("CALL_ID", None, lambda r: f"C{r.g.dig(10)}", 0.0),
        ("CUST_NM", "PERSON", lambda r: _name_var(r, [("formal", 4), ("upper", 4), ("full", 2)]).upper() if r.g.r() < 0.6 else _name_var(r)),
        ("DOB", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "iso", "alt"], 1941, 2005)),
        ("SSN", "US_SSN", lambda r: ssn(r), 0.06),
        ("SSN_LAST4", None, lambda r: ssn(r)[-4:]),
        ("ACCT_NO", "US_BANK_NUMBER", lambda r: r.g.acct()),
        ("ROUTING_NO", None, lambda r: r.g.routing()),
        ("CARD_NO", "CREDIT_CARD", lambda r: r.card, 0.15),
        ("CARD_BRAND", None, lambda r: r.g.ch(["VISA", "MC", "AMEX", "DISC"])),
        ("PHONE_NBR", "PHONE_NUMBER", lambda r: r.g.phone("US", style=r.g.ch(["plain", "dash", "nat", "e164"]))),
        ("PHONE_TYPE", None, lambda r: r.g.ch(["CELL", "HOME", "WORK"])),
        ("HOME_ADDR", "STREET_ADDRESS", lambda r: r.addr.upper() if r.g.r() < 0.4 else r.addr),
        ("BIRTH_YR_BUCKET", None, bucket),
        ("CALL_REASON", None, lambda r: r.g.ch(["CARD_LOST", "DISPUTE", "ADDR_CHG", "BAL_INQ", "DD_SETUP", "FRAUD_ALERT", "LOAN_PAYOFF"])),
        ("AGENT_ID", None, lambda r: f"A{r.g.dig(5)}"),
        ("CALL_START_TS", None, lambda r: r.g.ts(" ", "")),
        ("IVR_AUTH_PASSED", None, lambda r: _bool(r.g, "yn", 0.85)),
    ]
    return _build(g, rows, [("US", 1)], specs)


@table("parcelShipments")
def _t_courier(g: G, rows: int) -> list[Column]:
    geo = {"GB": (53.0, -1.5), "NL": (52.2, 5.2), "DE": (51.0, 9.0), "IE": (53.3, -7.5), "SE": (59.3, 16.0), "IT": (43.5, 12.0)}
    specs = [
        ("trackingNumber", None, lambda r: r.g.ch([f"JD{r.g.dig(18)}", f"3S{r.g.up(4)}{r.g.dig(9)}", f"00{r.g.dig(18)}", f"{r.g.up(2)}{r.g.dig(9)}{r.cc}"]), 0.0),
        ("recipientName", "PERSON", lambda r: _name_var(r)),
        ("recipientPhone", "PHONE_NUMBER", lambda r: r.g.phone(r.cc, "m")),
        ("recipientAltPhone", "PHONE_NUMBER", lambda r: r.g.phone(r.cc), 0.7, 0.0),
        ("recipientEmail", "EMAIL_ADDRESS", lambda r: r.email, 0.1),
        ("deliveryAddress", "STREET_ADDRESS", lambda r: r.addr),
        ("deliveryTown", "LOCATION", lambda r: r.town),
        ("addressType", None, lambda r: r.g.ch(["HOME", "BUSINESS", "PARCELSHOP", "LOCKER"])),
        ("senderCompany", None, lambda r: r.g.ch(["Zalando SE", "bol.com", "ASOS", "Coolblue", "Vinted", "Otto GmbH", "Ted Baker", "Ben Sherman"])),
        ("parcelWeightKg", None, lambda r: f"{r.g.ri(0, 25)}.{r.g.dig(2)}"),
        ("serviceLevel", None, lambda r: r.g.ch(["STANDARD", "NEXT_DAY", "SAME_DAY", "ECONOMY"])),
        ("deliveryGeo", None, lambda r: r.g.coord(*geo[r.cc]), 0.1),
        ("driverId", None, lambda r: f"DRV{r.g.dig(4)}"),
        ("podSignedBy", "PERSON", lambda r: r.g.ch([r.p.last.upper() or r.p.full.upper(), r.p.full, r.p.first]), 0.35, 0.0),
        ("safePlaceNote", None, lambda r: r.g.ch(["porch", "behind bin", "garage", "neighbour no. 7", "reception", "", "bij de buren"]), 0.3),
        ("lastScanAt", None, lambda r: r.g.ts(), 0.0),
        ("depotCode", None, lambda r: f"{r.cc}-{r.g.up(3)}{r.g.dig(2)}"),
    ]
    return _build(g, rows, [("GB", 30), ("NL", 25), ("DE", 20), ("IE", 10), ("SE", 8), ("IT", 7)], specs)


@table("DemandesLocation")
def _t_realestate(g: G, rows: int) -> list[Column]:
    specs = [
        ("IdDemande", None, lambda r: f"DL-{r.g.dig(6)}", 0.0),
        ("NomComplet", "PERSON", lambda r: _name_var(r)),
        ("Courriel", "EMAIL_ADDRESS", lambda r: r.email),
        ("Cellulaire", "PHONE_NUMBER", lambda r: r.g.phone("CA", style="nat")),
        ("AdresseActuelle", "STREET_ADDRESS", lambda r: r.addr),
        ("VilleOrigine", "LOCATION", lambda r: r.g.ch(["Sherbrooke", "Rimouski", "Trois-Rivières", "Saguenay", "Gatineau", "Moncton", "Québec", "Paris", "Port-au-Prince", "Casablanca", "Lévis"]), 0.1),
        ("DateNaissance", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "word", "alt"], 1950, 2006)),
        ("Employeur", None, lambda r: r.g.ch(["Desjardins", "Hydro-Québec", "CHUM", "Couche-Tard", "Bombardier", "Jean Coutu", "Uniprix", "Travailleur autonome"])),
        ("RevenuAnnuel", None, lambda r: f"{r.g.ri(28, 160)} {r.g.dig(3)} $"),
        ("NomProprietaireRef", "PERSON", lambda r: r.g.person("CA").full, 0.2),
        ("TelProprietaireRef", "PHONE_NUMBER", lambda r: r.g.phone("CA"), 0.25),
        ("LogementVise", None, lambda r: f"{r.g.ch(['3½', '4½', '5½'])} #{r.g.up(1)}-{r.g.ri(100, 1500)}"),
        ("LoyerMensuel", None, lambda r: f"{r.g.ri(950, 2600)} $"),
        ("Animaux", None, lambda r: r.g.ch(["non", "non", "chat", "chien", "2 chats"])),
        ("StatutDossier", None, lambda r: r.g.ch(["reçu", "en analyse", "accepté", "refusé", "désisté"])),
        ("EnqueteCreditOk", None, lambda r: r.g.ch(["oui", "non", "en attente"])),
        ("DateDemande", None, lambda r: r.g.recent("CA", "num"), 0.0),
    ]
    return _build(g, rows, [("CA", 1)], specs)


@table("kandydaci")
def _t_recruit(g: G, rows: int) -> list[Column]:
    specs = [
        ("Nr kandydata", None, lambda r: f"K/{r.g.dig(5)}/{r.g.ri(24, 26)}", 0.0),
        ("Imię i nazwisko", "PERSON", lambda r: _name_var(r, [("full", 6), ("upper", 2)]) if r.g.r() < 0.8 else f"{r.p.last} {r.p.first}"),
        ("Data urodzenia", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "alt", "word"], 1962, 2006)),
        ("Telefon kom.", "PHONE_NUMBER", lambda r: r.g.phone("PL", "m", r.g.ch(["nat", "plain", "intl", "spaces"]))),
        ("Adres e-mail", "EMAIL_ADDRESS", lambda r: r.email),
        ("Miejsce zamieszkania", "LOCATION", lambda r: r.town),
        ("Adres", "STREET_ADDRESS", lambda r: r.addr, 0.15),
        ("Stanowisko", None, lambda r: r.g.ch(["Magazynier", "Operator wózka widłowego", "Księgowa", "Programista Java", "Kierowca kat. C+E", "Specjalista ds. HR", "Spawacz MIG/MAG"])),
        ("Obecny pracodawca", None, lambda r: r.g.ch(["Amazon Fulfillment Poland", "LPP S.A.", "Orlen", "Biedronka", "Jan Kowalski Transport", "brak"])),
        ("Oczekiwania płacowe", None, lambda r: f"{r.g.ri(45, 180)}00 zł brutto"),
        ("Okres wypowiedzenia", None, lambda r: r.g.ch(["2 tygodnie", "1 miesiąc", "3 miesiące", "od zaraz"])),
        ("Źródło", None, lambda r: r.g.ch(["OLX", "Pracuj.pl", "LinkedIn", "polecenie", "Indeed"])),
        ("Osoba polecająca", "PERSON", lambda r: r.g.person("PL").full, 0.8, 0.0),
        ("Rekruter", "PERSON", lambda r: r.g.ch(["Agnieszka Wójcik", "Marta Kaczmarek", "Piotr Zieliński", "Katarzyna Lis"])),
        ("Data rozmowy", None, lambda r: r.g.recent("PL", "num"), 0.2),
        ("Zgoda RODO", None, lambda r: r.g.ch(["TAK", "TAK", "NIE"])),
        ("Nr ogłoszenia", None, lambda r: f"OG-{r.g.dig(4)}"),
    ]
    return _build(g, rows, [("PL", 1)], specs)


@table("klantportaal_export")
def _t_energy(g: G, rows: int) -> list[Column]:
    def ip(r):
        return r.m("ip", lambda: r.g.ip_pub(0.35))

    specs = [
        ("klant.id", None, lambda r: r.g.dig(9), 0.0),
        ("klant.naam", "PERSON", lambda r: _name_var(r)),
        ("klant.contact.email", "EMAIL_ADDRESS", lambda r: r.email),
        ("klant.contact.telefoon", "PHONE_NUMBER", lambda r: r.g.phone(r.cc), 0.1),
        ("klant.geboortedatum", "DATE_OF_BIRTH", lambda r: _dob_var(r, None, 1935, 2005), 0.15),
        ("aansluiting.adres", "STREET_ADDRESS", lambda r: r.addr),
        ("aansluiting.ean", None, lambda r: "871" + r.g.dig(15)),
        ("aansluiting.meternummer", None, lambda r: f"E{r.g.ri(0, 9)}{r.g.up(2)}{r.g.dig(12)}"),
        ("contract.product", None, lambda r: r.g.ch(["Eneco HollandseWind 1 jaar", "Vattenfall Groen Vast 3 jaar", "Essent Modelcontract", "Greenchoice Stroom van Hier", "Budget Energie Flex"])),
        ("contract.tariefKwh", None, lambda r: f"0,{r.g.ri(18, 42)}{r.g.dig(2)}"),
        ("betaling.iban", "IBAN_CODE", lambda r: r.g.iban(r.cc, r.g.r() < 0.4), 0.1),
        ("betaling.mandaatRef", None, lambda r: f"ENE{r.g.dig(9)}"),
        ("betaling.methode", None, lambda r: r.g.ch(["incasso", "incasso", "acceptgiro", "iDEAL"])),
        ("portaal.laatsteLoginIp", "IP_ADDRESS", ip, 0.2),
        ("portaal.ip_version", None, lambda r: r.g.ch(["4", "6", "v4", "v6"])),
        ("portaal.password_last_changed", None, lambda r: r.g.ts(), 0.25),
        ("verbruik.kwhJaar", None, lambda r: str(r.g.ri(900, 6500))),
    ]
    return _build(g, rows, [("NL", 80), ("DE", 20)], specs)


@table("rx_fill")
def _t_pharmacy(g: G, rows: int) -> list[Column]:
    def npi(r):
        base = "1" + r.g.dig(8)
        tot = 0
        for i, ch in enumerate(reversed("80840" + base)):
            d = int(ch)
            if i % 2 == 0:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            tot += d
        return base + str((10 - tot % 10) % 10)

    specs = [
        ("rx_no", None, lambda r: f"{r.g.dig(7)}-{r.g.dig(5)}", 0.0),
        ("pt_nm", "PERSON", lambda r: _name_var(r, [("formal", 5), ("upper", 3), ("full", 2)])),
        ("pt_dob", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "num", "alt"], 1930, 2020)),
        ("pt_ph", "PHONE_NUMBER", lambda r: r.g.phone("US", style=r.g.ch(["plain", "dash", "nat"]))),
        ("pt_addr", "STREET_ADDRESS", lambda r: r.addr, 0.05),
        ("pt_email", "EMAIL_ADDRESS", lambda r: r.email, 0.35),
        ("pt_city", "LOCATION", lambda r: r.town),
        ("drug_nm", None, lambda r: r.g.ch(_DRUGS_US)),
        ("ndc", None, lambda r: f"{r.g.dig(5)}-{r.g.dig(4)}-{r.g.dig(2)}"),
        ("qty", None, lambda r: str(r.g.ch([30, 60, 90, 1, 3]))),
        ("refills_rem", None, lambda r: str(r.g.ri(0, 11))),
        ("prscr_nm", "PERSON", lambda r: (lambda q: r.g.ch([q.full, q.formal, f"{q.first[0]}. {q.last}"]))(r.g.person("US"))),
        ("prscr_npi", None, npi),
        ("ins_mbr_id", None, lambda r: f"{r.g.up(3)}{r.g.dig(9)}", 0.15),
        ("copay_amt", None, lambda r: f"{r.g.ri(0, 75)}.{r.g.ch(['00', '50', '99'])}"),
        ("pickup_dt", None, lambda r: r.g.recent("US", "num"), 0.3),
        ("dob_verified_flg", None, lambda r: _bool(r.g, "yn", 0.9)),
    ]
    return _build(g, rows, [("US", 1)], specs)


@table("tkt_raw_export")
def _t_ticketing(g: G, rows: int) -> list[Column]:
    specs = [
        ("field_1", None, lambda r: f"{r.g.dig(2)}-{r.g.dig(5)}/{r.g.up(3)}", 0.0),
        ("field_2", "PERSON", lambda r: _name_var(r)),
        ("field_3", "EMAIL_ADDRESS", lambda r: r.email),
        ("c4", None, lambda r: r.g.ch(_EVENTS)),
        ("c5", None, lambda r: r.g.ch(_VENUES.get(r.cc, _VENUES["GB"]))),
        ("c6", None, lambda r: f"{r.g.ch(['Sec', 'Bloc', 'Setor', 'Block'])} {r.g.ri(1, 330)} / {r.g.ch('ABCDEFGH')}{r.g.ri(1, 40)}"),
        ("c7", "CREDIT_CARD", lambda r: r.card, 0.3),
        ("attr_1", "IP_ADDRESS", lambda r: r.g.ip_pub(0.2), 0.05),
        ("attr_2", None, lambda r: r.g.price({"US": "$", "GB": "£", "FR": "€", "BR": "R$", "CO": "COP", "ZA": "R"}[r.cc])),
        ("attr_3", "PHONE_NUMBER", lambda r: r.g.phone(r.cc, "m"), 0.2),
        ("field_11", None, lambda r: r.g.dig(16) if r.g.r() < 0.5 else r.g.up(12)),
        ("field_12", "DATE_OF_BIRTH", lambda r: _dob_var(r, None, 1955, 2010), 0.4),
        ("c13", "PERSON", lambda r: r.g.ch([r.p.full, r.g.person(r.cc).full]), 0.25),
        ("c14", None, lambda r: _ts_var(r.g), 0.0),
        ("c15", None, lambda r: r.g.ch(["PAID", "PAID", "REFUNDED", "CHARGEBACK", "TRANSFERRED", "VOID"])),
        ("attr_9", None, lambda r: r.g.ch(["", "EARLYBIRD", "FANCLUB24", "STAFF", "MEIA50"]), 0.4),
        ("field_16", "STREET_ADDRESS", lambda r: r.addr, 0.3),
    ]
    return _build(g, rows, [("US", 25), ("GB", 20), ("FR", 15), ("BR", 15), ("CO", 10), ("ZA", 15)], specs)


@table("vielflieger_mitglieder")
def _t_airline(g: G, rows: int) -> list[Column]:
    def bucket(r):
        y = _dob_date(r, 1940, 2008).year
        return f"{y // 10 * 10}er"

    specs = [
        ("Mitgliedsnummer", None, lambda r: r.g.loyalty(15, "9922"), 0.0),
        ("Anrede", None, lambda r: ("Frau" if r.p.gender == "F" else "Herr") if r.g.r() < 0.9 else "Divers"),
        ("Vorname", "PERSON", lambda r: r.p.first),
        ("Nachname", "PERSON", lambda r: r.p.last.upper() if r.g.r() < 0.2 else r.p.last),
        ("Geburtsdatum", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "word"], 1940, 2008)),
        ("E-Mail-Adresse", "EMAIL_ADDRESS", lambda r: r.email),
        ("Telefon", "PHONE_NUMBER", lambda r: r.g.phone(r.cc, style="nat"), 0.1),
        ("Anschrift", "STREET_ADDRESS", lambda r: r.addr),
        ("Wohnort", "LOCATION", lambda r: r.town),
        ("Statusstufe", None, lambda r: r.g.ch(["Member", "Member", "Frequent Traveller", "Senator", "HON Circle"])),
        ("Meilenstand", None, lambda r: f"{r.g.ri(0, 450000):,}".replace(",", ".")),
        ("Letzter Flug", None, lambda r: f"LH{r.g.ri(100, 2499)} {r.g.ch(['FRA', 'MUC'])}-{r.g.ch(['JFK', 'PMI', 'LIS', 'BKK', 'TXL', 'HAM'])}", 0.1),
        ("Heimatflughafen", None, lambda r: r.g.ch(["FRA", "MUC", "HAM", "DUS", "BER", "STR", "CGN"])),
        ("Passwort", "PASSWORD", lambda r: r.g.password(r.cc), 0.15),
        ("Passwort zuletzt geändert", None, lambda r: r.g.recent("DE", "num"), 0.15),
        ("Kreditkartentyp", None, lambda r: r.g.ch(["Visa", "Mastercard", "Amex", "keine"])),
        ("Geburtsjahr-Gruppe", None, bucket),
    ]
    return _build(g, rows, [("DE", 85), ("NL", 5), ("IT", 5), ("FR", 5)], specs)


@table("api_credentials")
def _t_saas(g: G, rows: int) -> list[Column]:
    def key(r):
        return r.m("key", lambda: r.g.api_key())

    def ip(r):
        return r.m("ip", lambda: r.g.ip_pub(0.3))

    specs = [
        ("account_id", None, lambda r: f"acct_{r.g.aln(16)}", 0.0),
        ("org_name", None, lambda r: r.g.ch(["Kerrygold Logistics", "Brennan & Walsh", "Atlantic Seafoods", "Paytrack (Pty) Ltd", "Jollibee Franchising", "Tan Brothers Trading", "Marks Electrical", "Johnson Matthey"])),
        ("admin_name", "PERSON", lambda r: _name_var(r)),
        ("admin_email", "EMAIL_ADDRESS", lambda r: r.g.work_email(r.p, r.g.ch(["acme.io", "paytrack.co.za", "clover.ie", "tanbros.com.sg", "example-corp.ph", "northwind.co.uk"]))),
        ("admin_phone", "PHONE_NUMBER", lambda r: r.g.phone(r.cc), 0.3),
        ("api_key", "API_KEY", key, 0.05),
        ("api_key_id", None, lambda r: r.g.ch([f"key_{r.g.aln(12)}", f"kid_{r.g.hexs(8)}", r.g.uuid()])),
        ("webhook_secret", "API_KEY", lambda r: r.g.api_key("stripe_wh"), 0.4),
        ("key_created_at", None, lambda r: r.g.ts()),
        ("last_used_ip", "IP_ADDRESS", ip, 0.1),
        ("ip_version", None, lambda r: "6" if ":" in ip(r) else "4"),
        ("plan", None, lambda r: r.g.ch(["free", "starter", "business", "enterprise"])),
        ("seats", None, lambda r: str(r.g.ch([1, 5, 10, 25, 50, 250]))),
        ("sso_enabled", None, lambda r: _bool(r.g, "tf", 0.3)),
        ("db_password", "PASSWORD", lambda r: r.g.password(r.cc, r.g.ch(["random", "random", "word"])), 0.3),
        ("password_policy", None, lambda r: r.g.ch(["min12,upper,digit", "min8", "min14,upper,lower,digit,symbol", "sso_only"])),
        ("region", None, lambda r: r.g.ch(["eu-west-1", "us-east-1", "ap-southeast-1", "af-south-1", "eu-central-1"])),
    ]
    return _build(g, rows, [("GB", 25), ("IE", 20), ("US", 20), ("ZA", 15), ("SG", 10), ("PH", 10)], specs)


@table("escrituras")
def _t_notary(g: G, rows: int) -> list[Column]:
    specs = [
        ("Nº Protocolo", None, lambda r: f"{r.g.ri(1, 3200)}/{r.g.ri(2024, 2026)}", 0.0),
        ("Otorgante", "PERSON", lambda r: _name_var(r, [("full", 5), ("upper", 3), ("formal", 2)])),
        ("Fecha de nacimiento", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "word", "alt"], 1930, 2006)),
        ("Lugar de nacimiento", "LOCATION", lambda r: r.g.ch(TOWNS[r.cc])[0] + (", " + CC_COUNTRY[r.cc] if r.cc != "ES" and r.g.r() < 0.6 else ""), 0.08),
        ("Domicilio", "STREET_ADDRESS", lambda r: r.m("dom", lambda: r.g.addr("ES", multiline=False)[0])),
        ("Teléfono", "PHONE_NUMBER", lambda r: r.g.phone("ES", style=r.g.ch(["nat", "spaces", "plain", "intl"])), 0.1),
        ("Correo electrónico", "EMAIL_ADDRESS", lambda r: r.email, 0.2),
        ("IBAN provisión", "IBAN_CODE", lambda r: r.g.iban("ES"), 0.15),
        ("Tipo de acto", None, lambda r: r.g.ch(["Compraventa", "Préstamo hipotecario", "Testamento abierto", "Poder general", "Aceptación de herencia", "Acta de notoriedad"])),
        ("Notario autorizante", "PERSON", lambda r: r.g.ch(["Ildefonso Valcárcel Ramón", "María Teresa Gil Arroyo", "Javier Domínguez Castaño"])),
        ("Fecha firma", None, lambda r: r.g.recent("ES", "num")),
        ("Honorarios (€)", None, lambda r: f"{r.g.ri(60, 1900)},{r.g.dig(2)}"),
        ("Cónyuge", "PERSON", lambda r: r.g.person(r.cc, "M" if r.p.gender == "F" else "F").full, 0.55, 0.0),
        ("Estado civil", None, lambda r: r.g.ch(["soltero/a", "casado/a (gananciales)", "casado/a (separación)", "divorciado/a", "viudo/a"])),
        ("Nacionalidad", None, lambda r: {"ES": "española", "AR": "argentina", "CO": "colombiana"}[r.cc]),
        ("Ref. catastral", None, lambda r: f"{r.g.dig(7)}{r.g.up(2)}{r.g.dig(4)}{r.g.up(1)}{r.g.dig(4)}{r.g.up(2)}", 0.3),
        ("Nombre del inmueble", None, lambda r: r.g.ch(["Villa Carmen", "Casa Don Julián", "Edificio Isabel II", "Finca Los Almendros", "Residencial Alfonso XIII", "Chalet Rosalía"]), 0.5),
    ]
    return _build(g, rows, [("ES", 80), ("AR", 10), ("CO", 10)], specs)


@table("jogadores")
def _t_game(g: G, rows: int) -> list[Column]:
    specs = [
        ("id_jogador", None, lambda r: r.g.dig(10), 0.0),
        ("apelido", None, lambda r: r.g.handle(r.p)),
        ("nome_completo", "PERSON", lambda r: _name_var(r, [("full", 7), ("lower", 2), ("upper", 1)]), 0.1),
        ("email", "EMAIL_ADDRESS", lambda r: r.email),
        ("senha", "PASSWORD", lambda r: r.g.password("BR"), 0.05),
        ("senha_hash", None, lambda r: r.g.bcrypt()),
        ("ip_ultimo_login", "IP_ADDRESS", lambda r: r.g.ip_pub(0.2)),
        ("versao_app", None, lambda r: r.g.version()),
        ("cidade", "LOCATION", lambda r: r.town, 0.1),
        ("data_nasc", "DATE_OF_BIRTH", lambda r: _dob_var(r, ["num", "num", "iso"], 1975, 2012), 0.2),
        ("telefone", "PHONE_NUMBER", lambda r: r.g.phone("BR", "m"), 0.3),
        ("cartao", "CREDIT_CARD", lambda r: r.card, 0.6),
        ("bandeira_cartao", None, lambda r: r.g.ch(["visa", "mastercard", "elo", "hipercard", ""])),
        ("imei", None, lambda r: r.g.imei(), 0.3),
        ("nivel", None, lambda r: str(r.g.ri(1, 80))),
        ("moedas", None, lambda r: str(r.g.ri(0, 250000))),
        ("criado_em", None, lambda r: r.g.ts(), 0.0),
    ]
    return _build(g, rows, [("BR", 1)], specs)


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------

def free_text(n: int, seed: int) -> list[Text]:
    g = G(random.Random(f"ember-{seed}"))
    out = []
    for i in range(n):
        fr = _TPL[TEMPLATES[i % len(TEMPLATES)]](g)
        out.append(Text(fr.s, sorted(fr.sp)))
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    g = G(random.Random(f"ember-{seed}"))
    return {name: _TABLES[name](g, rows) for name in TABLE_NAMES}


def _self_check(n: int = 500, seed: int = 7, rows: int = 150, tseed: int = 11) -> dict:
    """Label, offset, checksum and validity checks; returns sha256 digests of both outputs."""
    import hashlib
    import json

    texts = free_text(n, seed)
    for t in texts:
        last = 0
        for a, b, lab in t.spans:
            s = t.text[a:b]
            assert lab in LABELS, lab
            assert 0 <= a < b <= len(t.text), (a, b)
            assert a >= last, ("overlap", s)
            assert s == s.strip(), ("whitespace", s)
            last = b
            if lab == "CREDIT_CARD":
                assert luhn_ok(s), s
            if lab == "IBAN_CODE":
                assert iban_ok(s), s
            if lab == "PHONE_NUMBER":
                assert phone_ok(s), s
    tables = structured(rows, tseed)
    for cols in tables.values():
        for c in cols:
            assert c.entity is None or c.entity in LABELS
            for v in c.values:
                if v is None or v in _PLACEHOLDERS:
                    continue
                assert isinstance(v, str)
                if c.entity == "CREDIT_CARD":
                    assert luhn_ok(v), v
                if c.entity == "IBAN_CODE":
                    assert iban_ok(v), v
                if c.entity == "PHONE_NUMBER":
                    assert phone_ok(v), v
    h_text = hashlib.sha256(json.dumps([[t.text, [list(s) for s in t.spans]] for t in texts], ensure_ascii=False).encode()).hexdigest()
    h_tab = hashlib.sha256(json.dumps({k: [[c.name, c.entity, c.values] for c in v] for k, v in tables.items()}, ensure_ascii=False).encode()).hexdigest()
    return {"templates": len(TEMPLATES), "tables": len(TABLE_NAMES), "texts_sha256": h_text, "tables_sha256": h_tab,
            "pii_columns": sum(1 for v in tables.values() for c in v if c.entity),
            "lookalike_columns": sum(1 for v in tables.values() for c in v if not c.entity)}


if __name__ == "__main__":
    print(_self_check())
