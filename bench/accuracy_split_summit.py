"""`summit`: a labelled split for the accuracy benchmark.

Written 2026-11-26 by an independent author who did not read rules/, pii_audit/ or the fix
notes (bench/accuracy_notes.md), before the scanner ran on it. Frozen and never inspected:
only its totals may be looked at, never its errors. Do not edit it; write a new split instead.

What is in it:
- free_text(n, seed): ~75 templates (about two thirds English: US-heavy, plus UK, CA, AU, NZ,
  IE and PH writers; the rest Spanish (ES, MX, AR), French (FR, BE), German (DE, CH), Italian,
  Portuguese, Dutch, Polish, Danish, Norwegian and Czech). Legal intake, benefits / tax help
  desks, dealership service, game support, fintech KYC, donor CRM, telematics insurance,
  dental reminders, admissions, travel itineraries, telehealth triage, IT password resets,
  marketing exports, audit logs (syslog / JSON / CSV / access logs), .ini / .yaml / .env
  snippets, chat threads and SMS notifications.
- structured(rows, seed): 10 tables, about half of the columns look-alikes (booleans, enums,
  timestamps, handles, card brands / last4, Luhn-valid ids, VINs, EANs, builds that look like
  IPv4, digests, bcrypt hashes, postal codes alone, coordinates, ...).

Every PII value comes from a generator below and is one exact span; nothing personal is
hard-coded in a template. Values are drawn from one seeded rng (`random.Random("summit-<seed>")`),
Faker instances are seeded from it, nothing reads the clock and nothing iterates over a set.
Only machinery is reused from accuracy_data (Text, Column, LABELS, Values, _render_cast, the
_kv / _kl / _kp kind helpers and a few number helpers); templates and tables are this file's own.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import (
    LABELS,
    Column,
    Text,
    Values,
    _REGION,
    _ascii,
    _chars,
    _digits,
    _ean13,
    _full,
    _iban_of,
    _ip_public_v4,
    _ip_public_v6,
    _kl,
    _kp,
    _kv,
    _luhn,
    _phone_num,
    _render_cast,
)

# -- locales ------------------------------------------------------------------------------
_SUMMIT_REGION = dict(_REGION, en_PH="PH", es_AR="AR", fr_BE="BE", en_NZ="NZ", en_IE="IE", no_NO="NO", cs_CZ="CZ")

_EN_WEIGHTS = [("en_US", 44), ("en_GB", 14), ("en_CA", 10), ("en_AU", 10), ("en_IE", 7), ("en_NZ", 5), ("en_PH", 10)]
_LANG_LOCS = {
    "es": ["es_ES", "es_MX", "es_AR"],
    "fr": ["fr_FR", "fr_BE"],
    "de": ["de_DE", "de_CH"],
    "it": ["it_IT"],
    "pt": ["pt_PT"],
    "nl": ["nl_NL"],
    "pl": ["pl_PL"],
    "da": ["da_DK"],
    "no": ["no_NO"],
    "cs": ["cs_CZ"],
}
_LOCALES = [loc for loc, _ in _EN_WEIGHTS] + [loc for lang in _LANG_LOCS for loc in _LANG_LOCS[lang]]
_FOREIGN = [loc for lang in _LANG_LOCS for loc in _LANG_LOCS[lang]]

# -- real place lists (Faker's are synthetic for these regions) ---------------------------------
_US_CITIES = [("Columbus", "OH"), ("Austin", "TX"), ("Sacramento", "CA"), ("Tampa", "FL"), ("Raleigh", "NC"), ("Boise", "ID"),
              ("Tucson", "AZ"), ("Omaha", "NE"), ("Madison", "WI"), ("Richmond", "VA"), ("Albany", "NY"), ("Buffalo", "NY"),
              ("Spokane", "WA"), ("Portland", "OR"), ("Denver", "CO"), ("Knoxville", "TN"), ("Louisville", "KY"),
              ("Des Moines", "IA"), ("Wichita", "KS"), ("Tulsa", "OK"), ("Little Rock", "AR"), ("Baton Rouge", "LA"),
              ("Birmingham", "AL"), ("Savannah", "GA"), ("Charleston", "SC"), ("Providence", "RI"), ("Hartford", "CT"),
              ("Worcester", "MA"), ("Newark", "NJ"), ("Pittsburgh", "PA"), ("Ann Arbor", "MI"), ("Fort Wayne", "IN"),
              ("Naperville", "IL"), ("Minneapolis", "MN"), ("St. Louis", "MO"), ("Albuquerque", "NM"), ("Reno", "NV"),
              ("Salt Lake City", "UT"), ("Anchorage", "AK"), ("Honolulu", "HI"), ("Fargo", "ND"), ("Sioux Falls", "SD"),
              ("Burlington", "VT"), ("Manchester", "NH"), ("Wilmington", "DE"), ("Baltimore", "MD"), ("Cheyenne", "WY"),
              ("Billings", "MT"), ("Jackson", "MS"), ("El Paso", "TX"), ("Fresno", "CA"), ("Orlando", "FL"), ("Dayton", "OH")]
_CA_CITIES = [("Toronto", "ON"), ("Ottawa", "ON"), ("Hamilton", "ON"), ("London", "ON"), ("Mississauga", "ON"), ("Montréal", "QC"),
              ("Laval", "QC"), ("Québec", "QC"), ("Gatineau", "QC"), ("Vancouver", "BC"), ("Victoria", "BC"), ("Kelowna", "BC"),
              ("Surrey", "BC"), ("Calgary", "AB"), ("Edmonton", "AB"), ("Red Deer", "AB"), ("Winnipeg", "MB"), ("Brandon", "MB"),
              ("Regina", "SK"), ("Saskatoon", "SK"), ("Halifax", "NS"), ("Moncton", "NB"), ("Fredericton", "NB"),
              ("St. John's", "NL"), ("Charlottetown", "PE"), ("Whitehorse", "YT")]
_CA_FSA = {"ON": "KLMNP", "QC": "GHJ", "BC": "V", "AB": "T", "MB": "R", "SK": "S", "NS": "B", "NB": "E", "NL": "A", "PE": "C", "YT": "Y"}
_AU_CITIES = [("Sydney", "NSW"), ("Newcastle", "NSW"), ("Wollongong", "NSW"), ("Parramatta", "NSW"), ("Melbourne", "VIC"),
              ("Geelong", "VIC"), ("Ballarat", "VIC"), ("Bendigo", "VIC"), ("Brisbane", "QLD"), ("Cairns", "QLD"),
              ("Townsville", "QLD"), ("Toowoomba", "QLD"), ("Perth", "WA"), ("Fremantle", "WA"), ("Bunbury", "WA"),
              ("Adelaide", "SA"), ("Mount Gambier", "SA"), ("Hobart", "TAS"), ("Launceston", "TAS"), ("Darwin", "NT"),
              ("Canberra", "ACT")]
_AU_PC = {"NSW": (2000, 2599), "VIC": (3000, 3999), "QLD": (4000, 4999), "SA": (5000, 5799), "WA": (6000, 6799),
          "TAS": (7000, 7799), "NT": (800, 899), "ACT": (2600, 2618)}
_CITY_LISTS = {
    "GB": ["Leeds", "Bristol", "Sheffield", "Nottingham", "Leicester", "Coventry", "Bradford", "Cardiff", "Swansea", "Glasgow",
           "Edinburgh", "Aberdeen", "Dundee", "Belfast", "Norwich", "Exeter", "Plymouth", "Brighton", "Reading", "Oxford",
           "Cambridge", "York", "Bath", "Stoke-on-Trent", "Wolverhampton", "Sunderland", "Middlesbrough", "Milton Keynes",
           "Northampton", "Ipswich", "Colchester", "Carlisle", "Lancaster", "Preston", "Wigan", "Huddersfield", "Harrogate",
           "Guildford", "Luton", "Inverness"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Drogheda", "Dundalk", "Sligo", "Athlone", "Ennis",
           "Tralee", "Navan", "Naas", "Wexford", "Letterkenny", "Carlow", "Bray", "Swords", "Mullingar"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Tauranga", "Dunedin", "Palmerston North", "Napier", "Hastings",
           "Nelson", "Rotorua", "New Plymouth", "Whangārei", "Invercargill", "Whanganui", "Gisborne", "Timaru", "Queenstown",
           "Blenheim", "Porirua"],
    "PH": ["Quezon City", "Manila", "Makati", "Pasig", "Taguig", "Cebu City", "Davao City", "Iloilo City", "Bacolod",
           "Cagayan de Oro", "Baguio", "Zamboanga City", "Antipolo", "Calamba", "Dasmariñas", "General Santos", "Tacloban",
           "Lipa", "Naga", "Angeles City"],
    "FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes", "Reims",
           "Grenoble", "Dijon", "Angers", "Nîmes", "Clermont-Ferrand", "Le Mans", "Tours", "Limoges", "Amiens", "Perpignan",
           "Metz", "Besançon", "Orléans", "Rouen", "Mulhouse", "Caen", "Nancy", "Avignon", "Poitiers", "La Rochelle"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Toluca", "León", "Morelia", "Oaxaca", "Aguascalientes",
           "Saltillo", "Hermosillo", "Chihuahua", "Culiacán", "Tijuana", "Veracruz", "Cancún", "San Luis Potosí", "Zapopan",
           "Ciudad de México"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "San Miguel de Tucumán", "Salta",
           "Santa Fe", "Neuquén", "Bahía Blanca", "Paraná", "Posadas", "Resistencia", "San Juan", "Corrientes", "Bariloche",
           "Río Cuarto"],
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Sandnes", "Tromsø", "Sarpsborg",
           "Skien", "Ålesund", "Sandefjord", "Haugesund", "Tønsberg", "Moss", "Bodø", "Arendal", "Hamar", "Larvik"],
}
_BE_CITIES = [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Tournai", "7500"), ("Wavre", "1300"), ("Nivelles", "1400"), ("Arlon", "6700"), ("Verviers", "4800"),
              ("Louvain-la-Neuve", "1348"), ("Ixelles", "1050"), ("Uccle", "1180"), ("Schaerbeek", "1030"),
              ("Waterloo", "1410"), ("Huy", "4500"), ("Dinant", "5500"), ("Bastogne", "6600")]

# -- phone prefixes: (leading national digits, length of the national significant number) ----
_PHONE_PLAN = {
    "GB": [("7", 10), ("7", 10), ("20", 10), ("121", 10), ("131", 10), ("113", 10), ("117", 10), ("161", 10), ("141", 10), ("1223", 10)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("1", 8), ("21", 9), ("91", 9), ("61", 9)],
    "AU": [("4", 9), ("4", 9), ("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "NZ": [("21", 9), ("22", 9), ("27", 9), ("9", 8), ("4", 8), ("3", 8)],
    "PH": [("917", 10), ("918", 10), ("927", 10), ("995", 10), ("2", 10)],
    "ES": [("6", 9), ("6", 9), ("7", 9), ("91", 9), ("93", 9), ("96", 9), ("95", 9)],
    "MX": [("55", 10), ("33", 10), ("81", 10), ("222", 10), ("442", 10), ("999", 10)],
    "AR": [("911", 11), ("9351", 11), ("9341", 11), ("11", 10), ("351", 10), ("261", 10)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("2", 8), ("4", 8), ("9", 8)],
    "DE": [("151", 11), ("160", 11), ("170", 11), ("176", 11), ("30", 10), ("40", 10), ("89", 10), ("69", 10), ("221", 10), ("711", 10)],
    "CH": [("76", 9), ("77", 9), ("78", 9), ("79", 9), ("44", 9), ("21", 9), ("22", 9), ("31", 9), ("61", 9)],
    "IT": [("3", 10), ("3", 10), ("02", 10), ("06", 10), ("011", 10), ("055", 10), ("081", 10)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9), ("21", 9), ("22", 9)],
    "NL": [("6", 9), ("6", 9), ("20", 9), ("10", 9), ("30", 9), ("70", 9), ("40", 9)],
    "PL": [("5", 9), ("6", 9), ("7", 9), ("8", 9), ("22", 9), ("12", 9), ("61", 9), ("71", 9)],
    "DK": [("2", 8), ("3", 8), ("4", 8), ("5", 8), ("6", 8), ("7", 8), ("8", 8), ("9", 8)],
    "NO": [("4", 8), ("9", 8), ("2", 8), ("5", 8), ("7", 8)],
    "CZ": [("6", 9), ("7", 9), ("2", 9), ("3", 9), ("5", 9)],
}

_IBAN_CC = {"GB": "GB", "IE": "IE", "DE": "DE", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "PT": "PT",
            "NL": "NL", "PL": "PL", "DK": "DK", "NO": "NO", "CZ": "CZ"}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
}

# -- word lists for look-alikes (no person names, no places) ----------------------------------
_ORG_WORDS = ["Cobalt", "Lumen", "Vertex", "Quill", "Tandem", "Beacon", "Juniper", "Keystone", "Ember", "Pinnacle", "Halcyon",
              "Bluebird", "Silverline", "Northstar", "Greenleaf", "Ironbark", "Brightpath", "Tidewater", "Sunridge", "Pinecrest",
              "Stonebridge", "Fairway", "Kestrel", "Tallgrass", "Copperline", "Everbright", "Trueform", "Bramblewood", "Lodestar",
              "Saltmarsh", "Foxglove", "Wildflower"]
_ADJ = ["silent", "blue", "rusty", "frozen", "lucky", "cosmic", "neon", "salty", "sleepy", "turbo", "pixel", "shadow", "crispy",
        "hyper", "lazy", "feral", "arctic", "quantum", "wobbly", "spicy", "grumpy", "atomic", "velvet", "toxic"]
_NOUN = ["fox", "otter", "panda", "walrus", "comet", "falcon", "goblin", "toast", "badger", "taco", "yeti", "noodle", "kraken",
         "moth", "pickle", "viking", "wizard", "lynx", "gecko", "pretzel", "cactus", "rocket", "waffle", "narwhal"]
_PW_WORDS = ["Copper", "Marigold", "Tundra", "Lantern", "Orbit", "Pebble", "Thunder", "Saffron", "Glacier", "Meadow", "Harbor",
             "Cricket", "Velvet", "Canyon", "Falcon", "Mango", "Nimbus", "Quartz", "Rocket", "Sparrow", "Walnut", "Zephyr",
             "Blizzard", "Cobalt", "Dynamo", "Ember", "Fjord", "Gravel"]
_CARS = [("Toyota", ["RAV4", "Camry", "Corolla", "Highlander", "Tacoma", "Yaris"]), ("Ford", ["F-150", "Escape", "Explorer", "Focus", "Ranger"]),
         ("Honda", ["Civic", "CR-V", "Accord", "Jazz", "HR-V"]), ("Volkswagen", ["Golf", "Tiguan", "Passat", "ID.4", "Polo"]),
         ("Škoda", ["Octavia", "Fabia", "Kodiaq"]), ("Tesla", ["Model 3", "Model Y"]), ("Hyundai", ["Tucson", "i30", "Kona", "Santa Fe"]),
         ("Kia", ["Sportage", "Ceed", "Niro", "Sorento"]), ("BMW", ["320d", "X3", "iX1", "530e"]), ("Mazda", ["CX-5", "Mazda3", "MX-5"]),
         ("Mercedes-Benz", ["C 200", "GLA 250", "Sprinter"]), ("Subaru", ["Outback", "Forester", "Crosstrek"]),
         ("Nissan", ["Leaf", "Qashqai", "Rogue"]), ("Chevrolet", ["Silverado", "Equinox", "Bolt EV"]), ("Renault", ["Clio", "Mégane", "Captur"]),
         ("Peugeot", ["208", "3008", "508"]), ("Volvo", ["XC60", "V60", "EX30"]), ("Fiat", ["Panda", "500", "Tipo"])]
_WMI = ["1HG", "1FA", "2T1", "3VW", "JTD", "KMH", "WBA", "WVW", "5YJ", "1G1", "SAL", "VF1", "ZFA", "YV1", "TMB", "JN1", "KNA", "4S4"]
_IATA = ["JFK", "LHR", "CDG", "FRA", "AMS", "MAD", "LIS", "FCO", "CPH", "OSL", "PRG", "WAW", "DUB", "YYZ", "YVR", "SYD", "MEL",
         "AKL", "MNL", "CEB", "MEX", "EZE", "ZRH", "BRU", "ORD", "SFO", "SEA", "DEN", "ATL", "BOS", "MUC", "BCN", "NRT", "SIN"]
_AIRLINES = ["LH", "BA", "AF", "KL", "IB", "TP", "AZ", "SK", "OK", "LO", "EI", "AC", "QF", "NZ", "PR", "5J", "AM", "AR", "LX", "SN",
             "UA", "DL", "AA", "FR", "U2", "W6"]
_COURIERS = ["DPD", "Evri", "Royal Mail", "An Post", "DHL", "UPS", "FedEx", "Parcelforce", "GLS"]
_MERCHANTS = ["STEAM PURCHASE", "UBER *TRIP", "AMZN Mktp US", "SQ *COFFEE CART", "APPLE.COM/BILL", "DOORDASH*ORDER",
              "SHELL OIL 5712", "PAYPAL *MARKETPLACE", "GOOGLE *YouTube", "TARGET 00021"]
_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{a}.0.{b}.{c} Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{a} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{b} Mobile/15E148",
       "okhttp/4.{a}.{b}", "python-requests/2.{a}.{b}", "curl/8.{a}.{b}",
       "Mozilla/5.0 (X11; Linux x86_64; rv:{a}.0) Gecko/20100101 Firefox/{a}.0"]

_B64URL = string.ascii_letters + string.digits + "-_"
_HEX = "0123456789abcdef"


def _deaccent(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _host_v4(rng: random.Random) -> str:
    """A public IPv4 address that is not the .0 / .255 of a /24 (so clearly a host)."""
    while True:
        ip = _ip_public_v4(rng)
        if not ip.endswith((".0", ".255")):
            return ip


def _mod97(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_no(rng: random.Random) -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        body = rng.choice(["1503", "9710", "3000", "1254", "6030", "1813", "1506", "9235", "1822"]) + _digits(rng, 6)
        r = 11 - sum(int(c) * k for c, k in zip(body, w)) % 11
        if r == 10:
            continue
        return _mod97("NO", body + str(0 if r == 11 else r))


def _iban_cz(rng: random.Random) -> str:
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        acct = _digits(rng, 9)
        d = (-sum(int(c) * k for c, k in zip(acct, w))) % 11
        if d == 10:
            continue
        bank = rng.choice(["0100", "0300", "0800", "2010", "0600", "5500", "3030", "6210", "2700"])
        return _mod97("CZ", bank + "000000" + acct + str(d))


def _vin(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = list(rng.choice(_WMI) + "".join(rng.choice(alpha) for _ in range(5)) + "0" + rng.choice("KLMNPRSTV")
                + rng.choice(alpha) + _digits(rng, 6))
    chk = sum(translit[c] * w for c, w in zip(body, weights)) % 11
    body[8] = "X" if chk == 10 else str(chk)
    return "".join(body)


def _aba(rng: random.Random) -> str:
    head = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + _digits(rng, 6)
    s = sum(int(c) * w for c, w in zip(head, [3, 7, 1, 3, 7, 1, 3, 7]))
    return head + str((10 - s % 10) % 10)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _b64url(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_B64URL) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HEX) for _ in range(n))


def _date_between(rng: random.Random, y0: int, y1: int) -> dt.date:
    return dt.date.fromordinal(rng.randint(dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()))


def _fmt_date(rng: random.Random, d: dt.date, lang: str, region: str, style: float | None = None, stick: float = 0.85) -> str:
    """A date as a writer of `lang` in `region` would put it (birth dates and other dates alike).
    `style` (a number in [0, 1)) keeps one text's or one column's dates mostly in one format."""
    y, m, dd = d.year, d.month, d.day
    u = style if style is not None and rng.random() < stick else rng.random()

    def pick(opts):
        total = sum(w for _, w in opts)
        acc = 0.0
        for o, w in opts:
            acc += w / total
            if u < acc:
                return o
        return opts[-1][0]
    if lang == "en":
        mon = _MONTHS["en"][m - 1]
        if region in ("US", "PH"):
            return pick([(f"{m:02d}/{dd:02d}/{y}", 30), (f"{m}/{dd}/{y}", 15), (f"{mon} {dd}, {y}", 25), (f"{y}-{m:02d}-{dd:02d}", 10),
                         (f"{m:02d}-{dd:02d}-{y}", 8), (f"{mon[:3]} {dd} {y}", 6), (f"{m}/{dd}/{y % 100:02d}", 6)])
        if region == "CA":
            return pick([(f"{y}-{m:02d}-{dd:02d}", 40), (f"{mon} {dd}, {y}", 30), (f"{dd:02d}/{m:02d}/{y}", 15), (f"{m:02d}/{dd:02d}/{y}", 15)])
        sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return pick([(f"{dd:02d}/{m:02d}/{y}", 40), (f"{dd} {mon} {y}", 25), (f"{dd}{sfx} {mon} {y}", 10),
                     (f"{dd:02d}-{mon[:3]}-{y}", 10), (f"{y}-{m:02d}-{dd:02d}", 10), (f"{dd}/{m}/{y}", 5)])
    mon = _MONTHS[lang][m - 1]
    if lang == "es":
        return pick([(f"{dd:02d}/{m:02d}/{y}", 50), (f"{dd} de {mon} de {y}", 35), (f"{dd:02d}-{m:02d}-{y}", 15)])
    if lang == "fr":
        day = "1er" if dd == 1 else str(dd)
        return pick([(f"{dd:02d}/{m:02d}/{y}", 55), (f"{day} {mon} {y}", 35), (f"{dd:02d}.{m:02d}.{y}", 10 if region == "BE" else 0)])
    if lang == "de":
        return pick([(f"{dd:02d}.{m:02d}.{y}", 60), (f"{dd}. {mon} {y}", 30), (f"{dd}.{m}.{y}", 10)])
    if lang == "it":
        return pick([(f"{dd:02d}/{m:02d}/{y}", 55), (f"{dd} {mon} {y}", 35), (f"{dd:02d}-{m:02d}-{y}", 10)])
    if lang == "pt":
        return pick([(f"{dd:02d}/{m:02d}/{y}", 55), (f"{dd} de {mon} de {y}", 35), (f"{dd:02d}-{m:02d}-{y}", 10)])
    if lang == "nl":
        return pick([(f"{dd:02d}-{m:02d}-{y}", 50), (f"{dd} {mon} {y}", 35), (f"{dd:02d}/{m:02d}/{y}", 15)])
    if lang == "pl":
        return pick([(f"{dd:02d}.{m:02d}.{y}", 50), (f"{dd} {mon} {y}", 30), (f"{y}-{m:02d}-{dd:02d}", 20)])
    if lang == "da":
        return pick([(f"{dd:02d}.{m:02d}.{y}", 45), (f"{dd:02d}-{m:02d}-{y}", 25), (f"{dd}. {mon} {y}", 30)])
    if lang == "no":
        return pick([(f"{dd:02d}.{m:02d}.{y}", 65), (f"{dd}. {mon} {y}", 35)])
    if lang == "cs":
        return pick([(f"{dd}. {m}. {y}", 45), (f"{dd:02d}.{m:02d}.{y}", 30), (f"{dd}. {mon} {y}", 25)])
    raise ValueError(lang)


class SummitValues(Values):
    """Values of one locale for `summit`. Sets the base class's attributes itself: its region map
    lacks some locales used here."""

    def __init__(self, locale: str, rng: random.Random):  # noqa: D107 - no super().__init__: see the docstring
        self.locale = locale
        self.lang = locale.split("_")[0]
        self.rng = rng
        self.region = _SUMMIT_REGION[locale]
        self.f = Faker(locale)
        self.f.seed_instance(rng.randrange(1 << 30))
        self.us = Faker("en_US")
        self.us.seed_instance(rng.randrange(1 << 30))
        aux = {"en_PH": "es_ES", "fr_BE": "fr_FR"}.get(locale)
        self.aux = Faker(aux) if aux else None
        if self.aux:
            self.aux.seed_instance(rng.randrange(1 << 30))
        self._emails: dict[tuple, str] = {}
        self.date_style: float | None = None  # set per text / per column

    # -- people --------------------------------------------------------------------------
    def cast_name(self) -> tuple[str, str, str]:
        rng, f = self.rng, self.f
        female = rng.random() < 0.5
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name_female() if female else f.last_name_male()
        if self.locale == "en_PH" and rng.random() < 0.7:
            last = self.aux.last_name()
        if self.locale in ("es_ES", "es_MX") and rng.random() < 0.5:
            last = f"{last} {f.last_name()}"
        if self.locale == "pt_PT" and rng.random() < 0.5:
            last = f"{f.last_name()} {last}"
        middle = ""
        if self.lang == "en" and rng.random() < 0.12:
            middle = (f.first_name_female() if female else f.first_name_male())[0] + "."
        return first, middle, last

    def email_for(self, parts: tuple[str, str, str]) -> str:
        if parts in self._emails:
            return self._emails[parts]
        rng = self.rng
        fa = _ascii(parts[0]).lower().replace(".", "") or "info"
        la = _ascii(parts[2]).lower().replace(".", "") or "mail"
        local = rng.choices(
            [f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}_{la}", f"{fa}{la}{rng.randint(1, 99)}", f"{la}.{fa}", f"{fa}.{la[0]}",
             f"{fa}{rng.randint(60, 99)}", f"{fa[0]}.{la}"], [24, 16, 8, 12, 8, 6, 8, 8])[0]
        domain = self.f.free_email_domain() if rng.random() < 0.65 else self.f.domain_name()
        if rng.random() < 0.04:
            local = local.capitalize()
        self._emails[parts] = f"{local}@{domain}"
        return self._emails[parts]

    def service_email(self) -> str:
        return f"{self.rng.choice(['postmaster', 'noreply', 'alerts', 'billing', 'ops'])}@mg.{self.f.domain_name()}"

    # -- contact -----------------------------------------------------------------------------
    def phone_num(self):
        plan = _PHONE_PLAN.get(self.region)
        if plan:
            cc = phonenumbers.country_code_for_region(self.region)
            for _ in range(80):
                head, n = self.rng.choice(plan)
                cand = head + _digits(self.rng, n - len(head))
                try:
                    num = phonenumbers.parse(f"+{cc}{cand}")
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number_for_region(num, self.region):
                    return num
        return _phone_num(self.rng, self.region)

    def phone(self, style: str | None = None) -> str:
        """A valid number of the locale, in a format people use there."""
        rng, PNF = self.rng, phonenumbers.PhoneNumberFormat
        num = self.phone_num()
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        e164 = phonenumbers.format_number(num, PNF.E164)
        if style == "intl":
            return rng.choice([intl, intl, e164])
        if self.region in ("US", "CA"):
            a, b, c = e164[2:5], e164[5:8], e164[8:]
            return rng.choices([nat, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", intl, f"1-{a}-{b}-{c}", e164, f"{a} {b} {c}"],
                               [28, 24, 8, 8, 10, 6, 8, 8])[0]
        opts = [(intl, 30), (nat, 35), (e164, 10), ("00" + intl[1:], 8), (nat.replace(" ", ""), 7)]
        if self.region == "GB":
            cc_end = intl.index(" ")
            opts.append((intl[:cc_end] + " (0)" + intl[cc_end:], 10))
        if self.region in ("FR", "BE", "CH"):
            opts.append((nat.replace(" ", "."), 8))
        if self.region in ("DE", "NL", "AT"):
            opts.append((nat.replace(" ", "/", 1), 10))
        out = rng.choices([o for o, _ in opts], [w for _, w in opts])[0]
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(out, self.region))
        except phonenumbers.NumberParseException:
            ok = False
        return out if ok else intl

    # -- money ----------------------------------------------------------------------------
    def card(self) -> str:
        rng = self.rng
        kind = rng.choices(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners"], [40, 22, 6, 13, 8, 6, 5])[0]
        prefix, length = {"visa": (rng.choice(["4", "41", "45", "49"]), 16), "mc": (str(rng.randint(51, 55)), 16),
                          "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
                          "disc": (rng.choice(["6011", "65"]), 16), "jcb": (str(rng.randint(3528, 3589)), 16),
                          "diners": (rng.choice(["36", "38"]), 14)}[kind]
        pan = _luhn(rng, prefix, length)
        sep = rng.choices(["", " ", "-"], [35, 45, 20])[0]
        if not sep:
            return pan
        sizes = [4, 6, 5] if length == 15 else [4, 6, 4] if length == 14 else [4, 4, 4, 4]
        out, i = [], 0
        for s in sizes:
            out.append(pan[i : i + s])
            i += s
        return sep.join(out)

    def ssn(self) -> str:
        rng = self.rng
        area = rng.choice([a for a in range(1, 900) if a != 666])
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choices(["-", " ", ""], [78, 8, 14])[0]
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def bank(self) -> str:
        n = self.rng.choices(range(8, 18), [4, 8, 14, 14, 14, 10, 8, 6, 4, 3])[0]
        first = str(self.rng.randint(0, 9)) if self.rng.random() < 0.15 else str(self.rng.randint(1, 9))
        return first + _digits(self.rng, n - 1)

    def iban(self, cc: str | None = None) -> str:
        rng = self.rng
        cc = cc or _IBAN_CC.get(self.region) or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
        raw = _iban_no(rng) if cc == "NO" else _iban_cz(rng) if cc == "CZ" else _iban_of(rng, cc)
        if rng.random() < 0.6:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    # -- network / secrets ------------------------------------------------------------------------
    def ip(self) -> str:
        return _host_v4(self.rng) if self.rng.random() < 0.68 else _ip_public_v6(self.rng)

    def password(self, safe: bool = False) -> str:
        rng = self.rng
        sym = "!-_" if safe else "!@#$%&*?-_+="
        r = rng.random()
        if r < 0.3:
            n = rng.randint(10, 16)
            core = [rng.choice(string.ascii_uppercase), rng.choice(string.ascii_lowercase), rng.choice(string.digits), rng.choice(sym)]
            core += [rng.choice(string.ascii_letters + string.digits + sym) for _ in range(n - 4)]
            rng.shuffle(core)
            if core[0] in "-_":
                core[0] = rng.choice(string.ascii_letters)
            return "".join(core)
        if r < 0.55:
            return f"{rng.choice(_PW_WORDS)}{rng.randint(10, 9999)}{rng.choice(sym)}"
        if r < 0.72:
            words = [rng.choice(_PW_WORDS).lower() for _ in range(rng.randint(3, 4))]
            sep = "-" if safe else rng.choice(["-", "_", "."])
            return sep.join(words) + str(rng.randint(1, 99))
        if r < 0.86:
            return f"{rng.choice(_PW_WORDS)}{rng.choice(sym)}{rng.randint(2019, 2027)}"
        return _chars(rng, rng.randint(8, 12), string.ascii_letters + string.digits)

    def api_key(self, provider: str | None = None) -> str:
        rng = self.rng
        alnum = string.ascii_letters + string.digits
        provider = provider or rng.choice(["stripe", "gh", "ghpat", "slack", "gitlab", "google", "sendgrid", "openai", "npm",
                                           "hf", "mailchimp", "shopify", "aws", "hex", "twilio"])
        if provider == "stripe":
            return f"{rng.choice(['sk_live_', 'sk_live_', 'rk_live_', 'sk_test_'])}{_chars(rng, rng.choice([24, 34, 99]), alnum)}"
        if provider == "gh":
            return "ghp_" + _chars(rng, 36, alnum)
        if provider == "ghpat":
            return "github_pat_" + _chars(rng, 22, alnum) + "_" + _chars(rng, 59, alnum)
        if provider == "slack":
            return f"xox{rng.choice('bp')}-{_digits(rng, 11)}-{_digits(rng, 13)}-{_chars(rng, 24, alnum)}"
        if provider == "gitlab":
            return "glpat-" + _b64url(rng, 20)
        if provider == "google":
            return "AIza" + _b64url(rng, 35)
        if provider == "sendgrid":
            return f"SG.{_b64url(rng, 22)}.{_b64url(rng, 43)}"
        if provider == "openai":
            return "sk-proj-" + _b64url(rng, rng.choice([48, 56, 64]))
        if provider == "npm":
            return "npm_" + _chars(rng, 36, alnum)
        if provider == "hf":
            return "hf_" + _chars(rng, 34, alnum)
        if provider == "mailchimp":
            return f"{_hex(rng, 32)}-us{rng.randint(1, 21)}"
        if provider == "shopify":
            return "shpat_" + _hex(rng, 32)
        if provider == "aws":
            return _chars(rng, 40, alnum + "/+")
        if provider == "awsid":
            return "AKIA" + _chars(rng, 16, string.ascii_uppercase + "234567")
        if provider == "twilio":
            return _hex(rng, 32)
        return _hex(rng, rng.choice([32, 40]))

    def bearer(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            def enc(obj):
                return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
            iat = rng.randint(1_740_000_000, 1_790_000_000)
            head = enc({"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
            body = enc({"sub": _uuid(rng), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]), "scope": rng.choice(["read:orders", "admin", "users:write"])})
            return f"{head}.{body}.{_b64url(rng, 43)}"
        return rng.choice(["", "at_", "tok_live_"]) + _b64url(rng, rng.choice([40, 48, 64]))

    # -- places -----------------------------------------------------------------------------
    def city_state(self) -> tuple[str, str]:
        rng = self.rng
        if self.region == "US":
            return rng.choice(_US_CITIES)
        if self.region == "CA":
            return rng.choice(_CA_CITIES)
        if self.region == "AU":
            return rng.choice(_AU_CITIES)
        if self.region == "BE":
            c, _ = rng.choice(_BE_CITIES)
            return c, ""
        if self.region in _CITY_LISTS:
            return rng.choice(_CITY_LISTS[self.region]), ""
        if self.locale == "it_IT":  # Faker builds it_IT's list from a set: sort it for a fixed order
            from faker.providers.address.it_IT import Provider

            return self.f.random_element(sorted(set(Provider.cities))), ""
        return self.f.city(), ""

    def city(self) -> str:
        return self.city_state()[0]

    def street(self) -> str:
        rng, f, reg = self.rng, self.f, self.region
        if reg in ("US", "CA", "PH"):
            return f.street_address()
        if reg in ("GB", "IE", "AU", "NZ"):
            unit = rng.random()
            base = f"{rng.randint(1, 240)} {f.street_name()}"
            if reg == "AU" and unit < 0.2:
                return f"Unit {rng.randint(1, 40)}/{base}"
            if reg in ("GB", "IE") and unit < 0.15:
                return f"Flat {rng.randint(1, 30)}, {base}"
            return base
        if reg == "BE":
            name = self.aux.street_name()
            return f"{name[0].upper()}{name[1:]} {rng.randint(1, 180)}" + (f"/{rng.randint(1, 12)}" if rng.random() < 0.15 else "")
        if reg in ("DE", "CH", "NL", "DK", "NO", "CZ"):
            suffix = rng.choice("abc") if rng.random() < 0.1 else ""
            return f"{f.street_name()} {rng.randint(1, 160)}{suffix}"
        if reg == "PL":
            return f"{rng.choice(['ul. ', 'ul. ', 'al. ', ''])}{f.street_name()} {rng.randint(1, 140)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else "")
        if reg == "ES":
            extra = rng.choice(["", "", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 6)}.º izq."])
            return f"{f.street_name()}, {rng.randint(1, 140)}{extra}"
        if reg == "FR":
            return f"{rng.randint(1, 140)}{rng.choice(['', '', ' bis'])}, {f.street_name()}" if rng.random() < 0.5 else f"{rng.randint(1, 140)} {f.street_name()}"
        return f.street_address()

    def postal_line(self) -> str:
        """Postcode and city (and state / province) in the local order."""
        rng, f, reg = self.rng, self.f, self.region
        city, st = self.city_state()
        if reg == "US":
            return f"{city}, {st} {self.f.zipcode_in_state(st)}"
        if reg == "CA":
            fsa = rng.choice(_CA_FSA[st]) + str(rng.randint(0, 9)) + rng.choice("ABCEGHJKLMNPRSTVWXYZ")
            ldu = str(rng.randint(0, 9)) + rng.choice("ABCEGHJKLMNPRSTVWXYZ") + str(rng.randint(0, 9))
            return f"{city} {st}  {fsa} {ldu}" if rng.random() < 0.2 else f"{city}, {st} {fsa} {ldu}"
        if reg == "AU":
            lo, hi = _AU_PC[st]
            return f"{city} {st} {rng.randint(lo, hi):04d}"
        if reg == "GB":
            return f"{city} {f.postcode()}" if rng.random() < 0.5 else f"{city}, {f.postcode()}"
        if reg == "IE":
            pc = f.postcode().replace(" ", "")
            return f"{city}, {pc[:3]} {pc[3:]}"
        if reg == "NZ":
            return f"{city} {rng.randint(1010, 9893)}"
        if reg == "PH":
            return f"{city} {rng.randint(1000, 9800)}"
        if reg == "BE":
            c, pc = rng.choice(_BE_CITIES)
            return f"{pc} {c}"
        if reg == "NL":
            pc = f.postcode().replace(" ", "")
            return f"{pc[:4]} {pc[4:].upper()} {city}" if rng.random() < 0.7 else f"{pc[:4]}{pc[4:].upper()} {city}"
        if reg == "MX":
            return f"C.P. {rng.randint(1000, 99999):05d}, {city}"
        if reg == "AR":
            return f"(CP {rng.randint(1000, 9431)}) {city}" if rng.random() < 0.5 else f"{rng.choice('BCSXM')}{rng.randint(1000, 9431)}{_chars(rng, 3, string.ascii_uppercase)} {city}"
        if reg == "NO":
            return f"{rng.randint(1, 9990):04d} {city}"
        if reg == "IT":
            return f"{f.postcode()} {city}"
        return f"{f.postcode()} {city}"

    def address(self, multiline: bool = False) -> str:
        street = self.street()
        tail = self.postal_line()
        if self.region == "MX" and self.rng.random() < 0.5:
            street = f"{street}, Col. {self.f.street_name().split()[-1]}"
        return f"{street}\n{tail}" if multiline else f"{street}, {tail}"

    def pobox(self) -> str:
        rng, reg = self.rng, self.region
        n = rng.randint(10, 9999)
        label = {"US": rng.choice(["PO Box", "P.O. Box", "POB"]), "CA": "PO Box", "GB": "PO Box", "IE": "PO Box", "AU": "PO Box",
                 "NZ": "PO Box", "PH": "P.O. Box", "ES": "Apartado de Correos", "MX": "Apartado Postal", "AR": "Casilla de Correo",
                 "FR": "BP", "BE": "BP", "DE": "Postfach", "CH": "Postfach", "IT": "Casella Postale", "PT": "Apartado",
                 "NL": "Postbus", "PL": "skrytka pocztowa", "DK": "Postboks", "NO": "Postboks", "CZ": "P. O. Box"}[reg]
        box = f"{label} {n}"
        if rng.random() < 0.5:
            return f"{box}, {self.postal_line()}"
        return box


# -- look-alike generators (entity None) ----------------------------------------------------------
def _money(v: SummitValues, lang: str) -> str:
    rng, reg = v.rng, v.region
    x = rng.choices([rng.randint(5, 90) + rng.choice([0, 0.5, 0.99, 0.25]), round(rng.uniform(20, 900), 2), round(rng.uniform(900, 48000), 2)],
                    [40, 45, 15])[0]
    us = f"{x:,.2f}"
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    sp = us.replace(",", " ").replace(".", ",")
    if reg == "US":
        return "$" + us
    if reg == "CA":
        return rng.choice(["$", "CA$", "C$"]) + us
    if reg == "AU":
        return rng.choice(["$", "A$", "AUD "]) + us
    if reg == "NZ":
        return rng.choice(["$", "NZ$"]) + us
    if reg == "PH":
        return rng.choice(["₱", "PHP ", "Php "]) + us
    if reg == "GB":
        return "£" + us
    if reg == "IE":
        return "€" + us
    if reg == "MX":
        return f"${us} MXN"
    if reg == "AR":
        return f"$ {eu}"
    if reg == "CH":
        return f"CHF {us.replace(',', chr(39))}"
    if reg == "PL":
        return f"{sp} zł"
    if reg == "DK":
        return f"{eu} kr."
    if reg == "NO":
        return f"kr {sp}"
    if reg == "CZ":
        return f"{int(x):,} Kč".replace(",", " ")
    if reg in ("FR", "BE"):
        return f"{sp} €"
    if reg == "NL":
        return f"€ {eu}"
    return f"{eu} €"


def _time(v: SummitValues, lang: str) -> str:
    rng = v.rng
    h, m = rng.randint(7, 19), rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
    if lang == "en" and (v.region in ("US", "CA", "PH", "AU", "NZ") or rng.random() < 0.3):
        h12 = h - 12 if h > 12 else h
        ap = rng.choice([("AM", "PM"), ("am", "pm"), ("a.m.", "p.m.")])[h >= 12]
        return f"{h12}:{m:02d} {ap}" if rng.random() < 0.85 else f"{h12}:{m:02d}{ap}"
    if lang == "fr":
        return f"{h}h{m:02d}" if rng.random() < 0.8 else f"{h:02d}:{m:02d}"
    return f"{h:02d}:{m:02d}"


def _ts(v: SummitValues) -> str:
    rng = v.rng
    d = _date_between(rng, 2024, 2026)
    t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return rng.choice([f"{d.isoformat()}T{t}Z", f"{d.isoformat()}T{t}.{rng.randint(0, 999):03d}Z", f"{d.isoformat()} {t}",
                       f"{d.isoformat()}T{t}+0{rng.randint(0, 2)}:00"])


def _syslog_ts(v: SummitValues) -> str:
    d = _date_between(v.rng, 2025, 2026)
    return f"{_MONTHS['en'][d.month - 1][:3]} {d.day:>2} {v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d}"


def _clf_ts(v: SummitValues) -> str:
    d = _date_between(v.rng, 2025, 2026)
    return (f"{d.day:02d}/{_MONTHS['en'][d.month - 1][:3]}/{d.year}:{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:"
            f"{v.rng.randint(0, 59):02d} +0000")


def _odometer(v: SummitValues) -> str:
    n = v.rng.randint(800, 189000)
    if v.region in ("US", "GB"):
        return f"{n:,} {'mi' if v.rng.random() < 0.7 else 'miles'}"
    if v.region in ("DE", "CH", "DK", "NO", "ES", "IT", "PT", "NL", "AR"):
        return f"{n:,}".replace(",", ".") + " km"
    if v.region in ("FR", "BE", "PL", "CZ"):
        return f"{n:,}".replace(",", " ") + " km"
    return f"{n:,} km"


def _car(v: SummitValues) -> str:
    make, models = v.rng.choice(_CARS)
    return f"{v.rng.randint(2012, 2026)} {make} {v.rng.choice(models)}"


def _handle(v: SummitValues) -> str:
    rng = v.rng
    a, n = rng.choice(_ADJ), rng.choice(_NOUN)
    return rng.choice([f"{a}_{n}_{rng.randint(1, 99)}", f"{a.capitalize()}{n.capitalize()}{rng.randint(1, 999)}",
                       f"xX{a.capitalize()}{n.capitalize()}Xx", f"{a}.{n}", f"{n}{a}{rng.randint(1990, 2012)}",
                       f"{a.upper()}_{n.upper()}"])


def _org(v: SummitValues) -> str:
    rng = v.rng
    a = rng.choice(_ORG_WORDS)
    return a if rng.random() < 0.6 else f"{a} {rng.choice(_ORG_WORDS)}"


def _order(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"SO-{_digits(rng, 6)}", str(rng.randint(2_000_000_000, 9_999_999_999)), f"ORD-{rng.randint(2023, 2026)}-{_digits(rng, 5)}",
                       f"W{_digits(rng, 9)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}", _digits(rng, 8)])


def _ticket(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"#{rng.randint(10000, 999999)}", f"TKT-{_digits(rng, 7)}", f"SR-{_digits(rng, 7)}", f"CS{_digits(rng, 8)}",
                       f"{_chars(rng, 3, string.ascii_uppercase)}-{rng.randint(100, 9999)}"])


def _case(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"CV-{rng.randint(2023, 2026)}-{_digits(rng, 6)}", f"{rng.randint(2023, 2026)}/{_digits(rng, 6)}",
                       f"BEN-{_digits(rng, 5)}-{rng.choice(string.ascii_uppercase)}", f"M{_digits(rng, 5)}.{_digits(rng, 3)}",
                       f"{rng.randint(2023, 2026)}-{rng.choice(['LIT', 'EMP', 'FAM', 'PI'])}-{_digits(rng, 4)}"])


def _tracking(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice(["1Z" + _chars(rng, 6, string.ascii_uppercase + string.digits) + "03" + _digits(rng, 8),
                       " ".join(["9400"] + [_digits(rng, 4) for _ in range(4)] + [_digits(rng, 2)]),
                       f"{_chars(rng, 2, string.ascii_uppercase)}{_digits(rng, 9)}GB", _digits(rng, 10), f"JT{_digits(rng, 13)}",
                       "3S" + _chars(rng, 4, string.ascii_uppercase) + _digits(rng, 9)])


def _version(v: SummitValues) -> str:
    rng = v.rng
    core = f"{rng.randint(0, 17)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
    return rng.choice([core, core, f"v{core}", f"{core}-beta.{rng.randint(1, 9)}", f"{core}-rc{rng.randint(1, 5)}", f"{core}+{_hex(rng, 7)}"])


def _build(v: SummitValues) -> str:
    """A four-part build number: same shape as an IPv4 address."""
    rng = v.rng
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(1, 254)}"


def _masked(v: SummitValues) -> str:
    rng = v.rng
    l4 = _digits(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{rng.choice(['4', '5'])}{_digits(rng, 5)}******{l4}",
                       f"•••• {l4}", f"************{l4}", f"xxxx xxxxxx x{l4}"])


def _exp(v: SummitValues) -> str:
    return f"{v.rng.randint(1, 12):02d}/{v.rng.randint(26, 31)}"


def _policy(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"POL-{_digits(rng, 8)}", f"{_chars(rng, 2, string.ascii_uppercase)}{_digits(rng, 9)}", f"AUT/{_digits(rng, 6)}/{rng.randint(23, 26)}"])


def _claim(v: SummitValues) -> str:
    return f"{v.rng.choice(['CLM', 'CL', 'C'])}-{v.rng.randint(2024, 2026)}-{_digits(v.rng, 6)}"


def _pnr(v: SummitValues) -> str:
    return _chars(v.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def _flight(v: SummitValues) -> str:
    return f"{v.rng.choice(_AIRLINES)}{v.rng.choice(['', ' '])}{v.rng.randint(10, 2999)}"


def _docket(v: SummitValues) -> str:
    return f"{v.rng.randint(1, 4)}:{v.rng.randint(23, 26)}-{v.rng.choice(['cv', 'cv', 'bk', 'cr'])}-{_digits(v.rng, 5)}"


def _sha(n):
    return lambda v: _hex(v.rng, n)


def _b64(v: SummitValues) -> str:
    return "".join(v.rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(43))


def _ein(v: SummitValues) -> str:
    return f"{v.rng.choice(['10', '12', '20', '26', '27', '30', '35', '45', '46', '47', '54', '61', '81', '84', '86', '88', '91', '95', '98'])}-{_digits(v.rng, 7)}"


def _sortcode(v: SummitValues) -> str:
    return f"{v.rng.randint(1, 99):02d}-{v.rng.randint(0, 99):02d}-{v.rng.randint(0, 99):02d}"


def _charity(v: SummitValues) -> str:
    return f"{_digits(v.rng, 9)} RR {_digits(v.rng, 4)}" if v.rng.random() < 0.5 else f"{_digits(v.rng, 9)}RR0001"


def _host(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"LAPTOP-{_chars(rng, 7, string.ascii_uppercase + string.digits)}", f"WS-LT-{_digits(rng, 4)}",
                       f"prd-web-{rng.randint(1, 24):02d}", f"DESKTOP-{_chars(rng, 7, string.ascii_uppercase + string.digits)}"])


def _userid(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"u{_digits(rng, 6)}", f"EMEA\\x{_digits(rng, 5)}", f"ext-{_digits(rng, 5)}", f"E{_digits(rng, 7)}"])


def _reqid(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"req_{_chars(rng, 14, string.ascii_letters + string.digits)}", _hex(rng, 16), _uuid(rng), f"R-{_digits(rng, 10)}"])


def _segment(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice(["Lapsed donors Q3", "Trial > 14d no purchase", "High LTV - winback", "Newsletter (double opt-in)",
                       "Abandoned cart 48h", "Webinar attendees", "VIP tier 2"])


def _appeal(v: SummitValues) -> str:
    return f"FY{v.rng.randint(24, 27)}-{v.rng.choice(['SPRING', 'EOY', 'GALA', 'GT'])}-{v.rng.choice(['EM', 'DM', 'SMS', 'WEB'])}{v.rng.randint(1, 9)}"


def _sku(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"SKU-{_chars(rng, 3, string.ascii_uppercase)}-{_digits(rng, 4)}", f"{_chars(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}-{rng.choice(['S', 'M', 'L', 'XL', 'BLK'])}",
                       f"STK{_digits(rng, 6)}"])


def _dur(v: SummitValues) -> str:
    rng = v.rng
    return rng.choice([f"{rng.randint(5, 55)} min", f"{rng.randint(1, 4)}.{rng.choice([1, 2, 5, 8])} hrs", f"00:{rng.randint(5, 59):02d}:{rng.randint(0, 59):02d}",
                       f"{rng.randint(2, 6)} units ({rng.randint(12, 36)} mins)"])


def _pct(v: SummitValues) -> str:
    return v.rng.choice([f"{v.rng.randint(5, 40)}%", f"{v.rng.randint(5, 40)} %"])


def _score(v: SummitValues) -> str:
    return v.rng.choice([f"0.{v.rng.randint(10, 99)}", f"{v.rng.randint(40, 99)}/100", f"{v.rng.randint(300, 999)}"])


def _btc(v: SummitValues) -> str:
    return "bc1q" + "".join(v.rng.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))


def _dateiso(v: SummitValues) -> str:
    return _date_between(v.rng, 2024, 2026).isoformat()


def _dob(v: SummitValues, lang: str) -> str:
    return _fmt_date(v.rng, _date_between(v.rng, 1942, 2007), lang, v.region, v.date_style)


def _child_dob(v: SummitValues, lang: str) -> str:
    return _fmt_date(v.rng, _date_between(v.rng, 2010, 2017), lang, v.region, v.date_style)


def _recent(v: SummitValues, lang: str) -> str:
    return _fmt_date(v.rng, _date_between(v.rng, 2024, 2027), lang, v.region, v.date_style)


def _old(v: SummitValues, lang: str) -> str:
    return _fmt_date(v.rng, _date_between(v.rng, 1988, 2016), lang, v.region, v.date_style)


# -- person formats --------------------------------------------------------------------------------
def _initials(v: SummitValues, p: tuple[str, str, str]) -> str:
    first, middle, last = p
    if middle and v.rng.random() < 0.5:
        return f"{first[0]}.{middle[0]}. {last}"
    return f"{first[0]}. {last}" if v.rng.random() < 0.85 else f"{first[0]} {last}"


def _upper(v: SummitValues, p: tuple[str, str, str]) -> str:
    return _full(p).upper() if v.rng.random() < 0.7 else f"{p[2].upper()}, {p[0].upper()}"


def _pax(v: SummitValues, p: tuple[str, str, str]) -> str:
    clean = lambda s: "".join(c for c in _deaccent(s).upper() if c.isalpha())  # noqa: E731
    return f"{clean(p[2])}/{clean(p[0])}"


def _person_email():
    def gen(v: SummitValues, ctx, tag):
        if tag is None:
            return v.email_for(v.cast_name())
        if tag not in ctx.people:
            ctx.people[tag] = v.cast_name()
        return v.email_for(ctx.people[tag])

    return ("EMAIL_ADDRESS", gen, True)


KINDS = {
    # people (a tag names one person of a text)
    "NAME": _kp("PERSON", lambda v, p: _full(p)),
    "FIRST": _kp("PERSON", lambda v, p: p[0]),
    "LAST": _kp("PERSON", lambda v, p: p[2]),
    "INIT": _kp("PERSON", _initials),
    "LF": _kp("PERSON", lambda v, p: f"{p[2]}, {p[0]}"),
    "UNAME": _kp("PERSON", _upper),
    "LNAME": _kp("PERSON", lambda v, p: _full(p).lower()),
    "PAX": _kp("PERSON", _pax),
    "EMAIL": _person_email(),
    # other PII
    "SVCEMAIL": _kv("EMAIL_ADDRESS", lambda v: v.service_email()),
    "PHONE": _kv("PHONE_NUMBER", lambda v: v.phone()),
    "CARD": _kv("CREDIT_CARD", lambda v: v.card()),
    "SSN": _kv("US_SSN", lambda v: v.ssn()),
    "ACCT": _kv("US_BANK_NUMBER", lambda v: v.bank()),
    "IBAN": _kv("IBAN_CODE", lambda v: v.iban()),
    "IP": _kv("IP_ADDRESS", lambda v: v.ip()),
    "IPF": _kv("IP_ADDRESS", lambda v: _host_v4(v.rng)),
    "ADDR": _kv("STREET_ADDRESS", lambda v: v.address()),
    "ADDRML": _kv("STREET_ADDRESS", lambda v: v.address(multiline=True)),
    "STREET": _kv("STREET_ADDRESS", lambda v: v.street()),
    "POBOX": _kv("STREET_ADDRESS", lambda v: v.pobox()),
    "CITY": _kv("LOCATION", lambda v: v.city()),
    "DOB": _kl("DATE_OF_BIRTH", _dob),
    "CDOB": _kl("DATE_OF_BIRTH", _child_dob),
    "PW": _kv("PASSWORD", lambda v: v.password()),
    "PWS": _kv("PASSWORD", lambda v: v.password(safe=True)),
    "KEY": _kv("API_KEY", lambda v: v.api_key()),
    "KSTRIPE": _kv("API_KEY", lambda v: v.api_key("stripe")),
    "KSLACK": _kv("API_KEY", lambda v: v.api_key("slack")),
    "KOAI": _kv("API_KEY", lambda v: v.api_key("openai")),
    "KAWSID": _kv("API_KEY", lambda v: v.api_key("awsid")),
    "KAWS": _kv("API_KEY", lambda v: v.api_key("aws")),
    "BEARER": _kv("API_KEY", lambda v: v.bearer()),
    # look-alikes
    "DATE": _kl(None, _recent),
    "ODATE": _kl(None, _old),
    "DATEISO": _kv(None, _dateiso),
    "TIME": _kl(None, _time),
    "AMT": _kl(None, _money),
    "TS": _kv(None, _ts),
    "SYSTS": _kv(None, _syslog_ts),
    "CLF": _kv(None, _clf_ts),
    "ORG": _kv(None, _org),
    "ORDER": _kv(None, _order),
    "TICKET": _kv(None, _ticket),
    "CASE": _kv(None, _case),
    "CLAIM": _kv(None, _claim),
    "POLICY": _kv(None, _policy),
    "DOCKET": _kv(None, _docket),
    "TRACK": _kv(None, _tracking),
    "VER": _kv(None, _version),
    "BUILD": _kv(None, _build),
    "VIN": _kv(None, lambda v: _vin(v.rng)),
    "CAR": _kv(None, _car),
    "KM": _kv(None, _odometer),
    "HANDLE": _kv(None, _handle),
    "MASKED": _kv(None, _masked),
    "LASTFOUR": _kv(None, lambda v: _digits(v.rng, 4)),
    "SSNL4": _kv(None, lambda v: f"{v.rng.randint(1, 9999):04d}"),
    "EXP": _kv(None, _exp),
    "UUID": _kv(None, lambda v: _uuid(v.rng)),
    "HEX": _kv(None, _sha(24)),
    "MD5": _kv(None, _sha(32)),
    "SHA": _kv(None, _sha(40)),
    "SHA256": _kv(None, _sha(64)),
    "B64": _kv(None, _b64),
    "EAN": _kv(None, lambda v: _ean13(v.rng)),
    "ROUTING": _kv(None, lambda v: _aba(v.rng)),
    "EIN": _kv(None, _ein),
    "SORTCODE": _kv(None, _sortcode),
    "CHARITY": _kv(None, _charity),
    "INST": _kv(None, lambda v: _digits(v.rng, 3)),
    "TRANSIT": _kv(None, lambda v: _digits(v.rng, 5)),
    "HOST": _kv(None, _host),
    "USERID": _kv(None, _userid),
    "REQID": _kv(None, _reqid),
    "SEGMENT": _kv(None, _segment),
    "APPEAL": _kv(None, _appeal),
    "SKU": _kv(None, _sku),
    "DUR": _kv(None, _dur),
    "PCT": _kv(None, _pct),
    "SCORE": _kv(None, _score),
    "PNR": _kv(None, _pnr),
    "FLIGHT": _kv(None, _flight),
    "ROUTE": _kv(None, lambda v: "-".join(v.rng.sample(_IATA, 2))),
    "ROUTEN": _kv(None, lambda v: "–".join(v.rng.sample(_IATA, 2))),
    "SEAT": _kv(None, lambda v: f"{v.rng.randint(1, 45)}{v.rng.choice('ABCDEF')}"),
    "NIGHTS": _kv(None, lambda v: str(v.rng.randint(2, 14))),
    "OTP": _kv(None, lambda v: _digits(v.rng, 6) if v.rng.random() < 0.8 else f"{_digits(v.rng, 3)}-{_digits(v.rng, 3)}"),
    "COURIER": _kv(None, lambda v: v.rng.choice(_COURIERS)),
    "SHORT": _kv(None, lambda v: _chars(v.rng, 8, string.ascii_letters + string.digits)),
    "MERCH": _kv(None, lambda v: v.rng.choice(_MERCHANTS)),
    "EXT": _kv(None, lambda v: _digits(v.rng, 4)),
    "INCNUM": _kv(None, lambda v: _digits(v.rng, 7)),
    "TWIN": _kv(None, lambda v: (lambda h: f"{h:02d}:{v.rng.choice(['00', '30'])}–{h + v.rng.choice([1, 2]):02d}:{v.rng.choice(['00', '30'])}")(v.rng.randint(7, 18))),
    "SMALL": _kv(None, lambda v: str(v.rng.randint(1, 999))),
    "BYTES": _kv(None, lambda v: str(v.rng.randint(180, 98000))),
    "PID": _kv(None, lambda v: str(v.rng.randint(900, 65000))),
    "PORT": _kv(None, lambda v: str(v.rng.randint(1024, 65535))),
    "DIST": _kv(None, lambda v: f"{v.rng.uniform(0.4, 180):.1f}"),
    "APR": _kv(None, lambda v: f"{v.rng.uniform(1.9, 14.9):.2f}%"),
    "TERM": _kv(None, lambda v: str(v.rng.choice([36, 48, 60, 72, 84]))),
    "GPA": _kv(None, lambda v: f"{v.rng.uniform(2.6, 4.0):.2f}"),
    "SAT": _kv(None, lambda v: str(v.rng.randrange(1050, 1600, 10))),
    "APPID": _kv(None, lambda v: f"APP-{v.rng.randint(2025, 2027)}-{_digits(v.rng, 6)}"),
    "GROUPNO": _kv(None, lambda v: _chars(v.rng, 2, string.ascii_uppercase) + _digits(v.rng, 6)),
    "ASSET": _kv(None, lambda v: f"AST-{_digits(v.rng, 6)}"),
    "WEEK": _kv(None, lambda v: f"wk {v.rng.randint(1, 52)}"),
    "ITEM": _kv(None, lambda v: f"{v.rng.choice(['1,200', '2,800', '5,000', '13,500'])} {v.rng.choice(['Gems', 'Crystals', 'Coins'])}"),
    "BTC": _kv(None, _btc),
    "CRYPTOAMT": _kv(None, lambda v: f"0.{_digits(v.rng, 6)}"),
    "IPCC": _kv(None, lambda v: v.rng.choice(["NL", "US", "DE", "SG", "FR", "GB", "RO", "BR"])),
    "PLAN": _kv(None, lambda v: v.rng.choice(["Pro Annual", "Family Plus", "Premium Care 2", "Basic", "Komfort", "Gold 24"])),
}


# -- templates: (language, locales or None for the language's default, text) -------------------------
_US = ("en_US",)
_UKIE = ("en_GB", "en_IE")
_ANZ = ("en_AU", "en_NZ")

TEMPLATES = [
    # --- English -------------------------------------------------------------------------------
    ("en", _US,
     "New client intake / matter {CASE}\nProspective client: {NAME@a} (DOB {DOB})\nReferred by: {NAME@b}, Esq.\n"
     "Best # {PHONE} | email {EMAIL@a}\nCurrent residence: {ADDR}\n"
     "Summary: PC says landlord kept the security deposit ({AMT}) after move-out on {DATE}. Conflict check vs. {LF@c} and "
     "{ORG} Property Mgmt came back clear.\nIntake by {INIT@d}"),
    ("en", _UKIE,
     "FILE NOTE\nClient: {UNAME@a}\nOur ref: {CASE}    Your ref: {TICKET}\n\nTelephone attendance on the client's adult child, "
     "{NAME@b}, {DATE}, who confirms the client was born on {DOB} and has lived at\n{ADDRML}\nsince {ODATE}. Will to be "
     "executed in the presence of {NAME@c} and {NAME@d}.\nTime engaged: {DUR}. {INIT@e}"),
    ("en", _US,
     "Caller {NAME@a} phoned re: SNAP recert. Verified w/ SSN {SSN} + date of birth {DOB}. Mailing addr on file is {POBOX} but "
     "caller now lives in {CITY} -- updated in system. Callback # {PHONE}. Case {CASE} escalated to {FIRST@b} ({EMAIL@b}). "
     "Next interview slot: {DATE}, {TIME}"),
    ("en", _US,
     "Ticket {TICKET} - refund trace\nTaxpayer: {LF@a}\nSSN: {SSN}    Spouse: {NAME@b} / SSN {SSN}\n"
     "Direct deposit to checking acct {ACCT} (routing {ROUTING}) was rejected {DATE}; refund of {AMT} reissued as a paper "
     "check to {ADDR}.\nNote: preparing firm's EIN {EIN}."),
    ("en", ("en_US", "en_CA", "en_AU"),
     "Service appointment confirmed ✔\n\nCustomer: {NAME@a}\nVehicle: {CAR} · VIN {VIN} · {KM}\nDrop-off: {DATE} at {TIME} "
     "(loaner requested)\n\nWe'll text {PHONE} when it's ready. Questions? Reply to this email or ask for {FIRST@b} at the "
     "service desk.\nRO# {ORDER}"),
    ("en", None,
     "Ban appeal {TICKET}\nAccount: {HANDLE}\nLinked email: {EMAIL@a}\nName on payment method: {NAME@a}\n\n"
     "hi i got banned on {DATE} for \"speedhack\" but i was on client {VER} and never used anything?? my cousin {FIRST@b} "
     "plays from our house too so the IP would be {IP} both times. pls check. last purchase was {AMT} on the card ending {LASTFOUR}"),
    ("en", None,
     "[{TIME}] Agent_{FIRST@b}: Hi {FIRST@a}! To recover the account I need the email on it and the card you used.\n"
     "[{TIME}] {HANDLE@h}: {EMAIL@a}\n[{TIME}] {HANDLE@h}: card was {CARD} exp {EXP}\n"
     "[{TIME}] Agent_{FIRST@b}: Thanks! Please don't post full card numbers in chat, I've flagged it for redaction. "
     "Your temporary password is {PW}\n[{TIME}] {HANDLE@h}: ty!!"),
    ("en", None,
     "KYC review · application {UUID}\nApplicant {NAME@a}, born {DOB}, residing at {ADDR}.\nDocument: passport, MRZ checksum OK; "
     "liveness score {SCORE}.\nFunding source IBAN {IBAN} — account holder per bank: {UNAME@a}.\nApplicant says they are "
     "currently in {CITY}; device IP {IP} geolocates elsewhere -> manual review.\nReviewer: {EMAIL@b}"),
    ("en", ("en_GB",),
     "Hiya, it's {NAME@a} - I've been locked out since I changed phones. New number's {PHONE}, old one was {PHONE}. It's the "
     "account with sort code {SORTCODE}, IBAN {IBAN}. DOB {DOB}. can you reset it pls? cheers"),
    ("en", ("en_US", "en_CA"),
     "Donor record: {NAME@a} & {NAME@b} (household)\nGiving: {AMT} FY24 · {AMT} FY25 (matched by {ORG} Foundation)\n"
     "Prefers email ({EMAIL@a}); do NOT call {PHONE} after 6pm.\nMet {FIRST@a} at the gala on {DATE} - mentioned they're "
     "moving to {CITY} in the spring. Pledge card mailed to:\n{ADDRML}\nOwner: {INIT@c} | appeal {APPEAL}"),
    ("en", ("en_CA",),
     "Thank you, {FIRST@a}!\n\nOfficial donation receipt for income tax purposes\nReceipt no. {ORDER}   Charitable registration "
     "no. {CHARITY}\nDonor: {NAME@a}, {ADDR}\nAmount received: {AMT} on {DATE}\nPaid by: card {MASKED}\n\nAuthorized "
     "signature: {NAME@b}, Treasurer"),
    ("en", None,
     "telematics.trip policy={POLICY} driver=\"{NAME@a}\" trip={UUID} start={TS} duration_s={BYTES} dist_km={DIST} harsh_brake={SMALL} "
     "fw={BUILD} home_city=\"{CITY}\" score={SCORE}"),
    ("en", ("en_AU", "en_NZ", "en_GB"),
     "Subject: Claim {CLAIM} – rear-end collision\n\nHi {FIRST@a},\n\nThanks for lodging your claim. We've noted the incident "
     "happened on {DATE} and your telematics unit (fw {BUILD}) recorded the impact at {TIME} local time. The other driver, {NAME@b}, can be "
     "reached on {PHONE}.\n\nCould you please confirm your date of birth ({DOB}) and that the car is garaged overnight at "
     "{ADDR}?\n\nKind regards,\n{NAME@c}\nClaims Consultant"),
    ("en", ("en_US", "en_CA"),
     "{ORG} Dental: Hi {FIRST@a}, reminder of your cleaning w/ Dr. {LAST@b} on {DATE} at {TIME} - reply C to confirm or R to "
     "reschedule. Questions? {PHONE}. Txt STOP to opt out"),
    ("en", _UKIE,
     "PATIENT REGISTRATION FORM\nSurname: {LAST@a}\nForename(s): {FIRST@a}\nDate of birth: {DOB}\nAddress:\n{ADDRML}\n"
     "Mobile: {PHONE}\nEmail: {EMAIL@a}\nEmergency contact: {NAME@b} ({PHONE})\nRegistered: {ODATE}    Last recall: {DATE}"),
    ("en", _US,
     "Application {APPID} — Fall intake\nApplicant: {NAME@a} <{EMAIL@a}>\nDate of birth: {DOB} | Place of birth: {CITY}\n"
     "Mailing address: {ADDR}\nRecommender: Prof. {INIT@b} (letter received {DATE})\nGPA {GPA} / SAT {SAT} / app fee {AMT} "
     "waived\nInterview w/ {NAME@c} on {DATE}"),
    ("en", None,
     "ITINERARY · booking ref {PNR}\nPassengers: {PAX@a} (ADT) / {PAX@b} (ADT)\n{FLIGHT}  {ROUTE}  dep {DATE} {TIME}  "
     "seat {SEAT}\n{FLIGHT}  {ROUTE}  dep {DATE} {TIME}\nHotel: {ORG} Hotel, {ADDR} · {NIGHTS} nights · conf. {ORDER}\n"
     "Lead traveller DOB {DOB}, mobile {PHONE}\nBalance {AMT} due by {DATE}"),
    ("en", ("en_PH",),
     "Hello po {FIRST@a}! Your island-hopping package is confirmed po 🙂\nPax 1: {UNAME@a} - DOB {DOB}\nPax 2: {UNAME@b} - DOB "
     "{DOB}\nDownpayment of {AMT} received from your BPI acct {ACCT}, balance due on {DATE}. Pls keep your lines open "
     "({PHONE}). Thank you! - {FIRST@c}, {ORG} Travel & Tours"),
    ("en", _US,
     "Telehealth intake {UUID}\nPt: {NAME@a}   DOB: {DOB}\nLocated in: {CITY} (licensure check OK)\nCallback: {PHONE} · "
     "{EMAIL@a}\nPharmacy: {ORG} Pharmacy, {ADDR}\nReason for visit: follow-up; pt reports symptoms since {DATE}. Triage RN "
     "{INIT@b}. Visit fee {AMT}, card on file {MASKED}."),
    ("en", ("en_CA", "en_AU", "en_NZ", "en_GB"),
     "Nurse {FIRST@b}: Before we start, can you confirm your full name and date of birth?\nPatient: {LNAME@a}, {DOB}\n"
     "Nurse {FIRST@b}: Thanks. And where are you physically located right now?\nPatient: at home in {CITY}\n"
     "Nurse {FIRST@b}: Perfect. If we get cut off the doctor will ring you on {PHONE} within {DUR}."),
    ("en", _US,
     "INC{INCNUM} | Password reset\nRequester: {NAME@a} <{EMAIL@a}>\nIdentity verified via manager {NAME@b} (Teams call {TIME}).\n"
     "AD account unlocked, temp password set to {PW} - user must change at next logon.\nWorkstation {HOST} / {IP}"),
    ("en", ("en_GB", "en_AU", "en_IE"),
     "Hi {FIRST@a},\n\nAs requested I've reset your VPN credentials.\n\nUsername: {USERID}\nPassword: {PW}\n\nPlease don't "
     "forward this email. If you didn't ask for this, ring the service desk straight away.\n\nThanks,\n{NAME@b}\nIT Service "
     "Desk | ext. {EXT}"),
    ("en", None,
     "Export of segment \"{SEGMENT}\" ({SMALL} contacts) generated {TS}\nemail,first_name,last_name,city,opt_in,lead_score\n"
     "{EMAIL@a},{FIRST@a},{LAST@a},{CITY},{DATEISO},{SMALL}\n{EMAIL@b},{FIRST@b},{LAST@b},{CITY},{DATEISO},{SMALL}\n"
     "{EMAIL@c},{FIRST@c},{LAST@c},,{DATEISO},{SMALL}"),
    ("en", None,
     "{SYSTS} bastion-2 sshd[{PID}]: Accepted publickey for deploy from {IP} port {PORT} ssh2: ED25519 SHA256:{B64}\n"
     "{SYSTS} bastion-2 sshd[{PID}]: Failed password for invalid user admin from {IP} port {PORT} ssh2\n"
     "{SYSTS} bastion-2 sudo: {HANDLE} : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart api@{VER}"),
    ("en", None,
     '{"ts":"{TS}","level":"info","event":"login.success","user":{"id":"{UUID}","email":"{EMAIL@a}","display_name":"{NAME@a}"},'
     '"src_ip":"{IP}","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) '
     'Version/{VER} Safari/605.1.15","mfa":"totp","trace_id":"{HEX}"}'),
    ("en", None,
     'timestamp,actor,actor_ip,action,target,detail\n{TS},{EMAIL@a},{IP},profile.update,{UUID},"phone changed to {PHONE}"\n'
     '{TS},{EMAIL@a},{IP},profile.update,{UUID},"address changed to {ADDR}"\n{TS},system,,export.run,{UUID},"rows={SMALL} md5={MD5}"'),
    ("en", None,
     "; payments-svc settings - DO NOT COMMIT\n[database]\nhost = pg-{SMALL}.prod.internal\nport = 5432\nuser = svc_payments\n"
     "password = {PWS}\n\n[stripe]\nsecret_key = {KSTRIPE}\nwebhook_tolerance = 300\n\n[build]\nversion = {BUILD}\nsha256 = {SHA256}"),
    ("en", None,
     "# values-prod.yaml\nsmtp:\n  host: smtp.mailgun.org\n  port: 587\n  username: {SVCEMAIL}\n  password: \"{PW}\"\nalerts:\n"
     "  slack_bot_token: {KSLACK}\n  on_call: \"{EMAIL@a}\"\nstorage:\n  aws_access_key_id: {KAWSID}\n  aws_secret_access_key: {KAWS}\n"
     "image:\n  tag: \"{VER}\"\n  digest: sha256:{SHA256}"),
    ("en", None,
     "APP_ENV=production\nDATABASE_URL=postgres://app:{PWS}@{IPF}:5432/app\nREDIS_URL=redis://cache:6379/0\nOPENAI_API_KEY={KOAI}\n"
     "SENTRY_RELEASE={SHA}\nADMIN_EMAIL={EMAIL@a}\nFEATURE_FLAGS=checkout_v2,dark_mode"),
    ("en", _US,
     "#cx-escalations\n{NAME@a}  {TIME}\n@{NAME@b} can you look at the refund for {NAME@c}? order {ORDER}, waiting since {DATE} 😬\n"
     "{NAME@b}  {TIME}\non it. customer email {EMAIL@c}, phone {PHONE}. refunding {AMT} to card ending {LASTFOUR}\n"
     "{NAME@a}  {TIME}\nty!! cc @{FIRST@d}"),
    ("en", ("en_GB", "en_AU", "en_NZ", "en_IE"),
     "{LF@a}  {TIME}\nanyone got the guest wifi password for level 3?\n{LF@b}  {TIME}\nit's {PWS} (changes {DATE})\n"
     "{LF@a}  {TIME}\nlegend, ta. also {FIRST@c}'s leaving do is Friday, card's going round\n{LF@b}  {TIME}\n👍 will sign. @{NAME@c} 🎉"),
    ("en", None,
     "{ORG}: {OTP} is your verification code. It expires in 10 min. We'll never call to ask for it. Not you? Call {PHONE}."),
    ("en", _UKIE,
     "{COURIER}: Hi {FIRST@a}, your parcel {TRACK} is due today {TWIN}. Safe place: porch at {STREET}. Manage your "
     "delivery: https://trk.example/{SHORT}"),
    ("en", _US,
     "-----Original Message-----\nFrom: {NAME@a} [mailto:{EMAIL@a}]\nSent: {DATE} {TIME}\nTo: {NAME@b}\nCc: {NAME@c}; {NAME@d}\n"
     "Subject: RE: {DOCKET} - depo scheduling\n\n{FIRST@b} - {LAST@e}'s counsel proposed {DATE}. Can your client sit for it? Wire "
     "instructions for the settlement are below: acct {ACCT}, ABA {ROUTING}, beneficiary {UNAME@f}.\n\n{NAME@a}\nPartner | "
     "{ORG} LLP\nD: {PHONE} | M: {PHONE}"),
    ("en", _US,
     "Chargeback dispute {CASE}\nCardholder: {NAME@a}\nPAN: {CARD} (vault ref {UUID})\nDisputed: {AMT} at {MERCH} on {DATE}\n"
     "Cardholder states the card never left {CITY}; txn IP {IP}.\nContact: {EMAIL@a} / {PHONE}"),
    ("en", _US,
     "DEAL #{ORDER} — {CAR}\nBuyer: {UNAME@a}    Co-buyer: {UNAME@b}\nBuyer DOB: {DOB}    SSN: {SSN}\nAddress:\n{ADDRML}\n"
     "Down payment {AMT} on card {CARD}; amount financed {AMT} @ {APR} APR, {TERM} mo.\nStock {SKU} | VIN {VIN} | odometer {KM}"),
    ("en", None,
     '{IP} - - [{CLF}] "GET /v2/orders?api_key={KEY}&page=2 HTTP/1.1" 200 {BYTES} "-" "python-requests/{VER}"\n'
     '{IP} - - [{CLF}] "POST /v2/session HTTP/1.1" 401 {BYTES} "-" "okhttp/{VER}"'),
    ("en", None,
     "@{FIRST@a} heads up, the curl in your runbook has a live token:\n```curl -H \"Authorization: Bearer {BEARER}\" "
     "https://api.internal.example/v1/users/{UUID}```\nplease rotate it. also the build we shipped was {BUILD}, not {VER}"),
    ("en", _ANZ,
     "Volunteer sign-up recieved\nName: {NAME@a}\nSuburb/Town: {CITY}\nPhone: {PHONE}\nEmail: {EMAIL@a}\nBirthday (for insurance): "
     "{DOB}\nAvailable from: {DATE}, weekends\nVetting ref: {TICKET}\nHow did you hear about us? my neighbour {FIRST@b} "
     "volunteers on Tuesdays"),
    ("en", ("en_PH",),
     "Good day po! Order {ORDER} has been shipped via J&T, tracking no. {TRACK}.\nItem: {SKU} (EAN {EAN}) x{NIGHTS}\nRecipient: {UNAME@a}\nAddress: {ADDR}\n"
     "Contact: {PHONE}\nCOD amount: {AMT}\nSalamat po! - {FIRST@b}"),
    ("en", None, "pls update my billing adress to {ADDR} and phne to {PHONE} thx - {FIRST@a}"),
    ("en", _US,
     "AGENT: For security, can you give me the last four of your social?\nCUSTOMER: {SSNL4}. Actually here's the whole thing, "
     "{SSN}.\nAGENT: Thank you {FIRST@a}. I see an external account ending in {LASTFOUR}. Where do you want the payout?\n"
     "CUSTOMER: My savings, account number {ACCT}.\nAGENT: And your current address?\nCUSTOMER: {ADDR}"),
    ("en", ("en_GB", "en_US", "en_AU"),
     "Dear {NAME@a},\n\nYour child's account ({HANDLE}) has asked to make a purchase. The date of birth we hold for your child "
     "is {CDOB}. To approve, sign in with {EMAIL@a}.\n\nItem: {ITEM} - {AMT}\n\nIf you didn't set up this account, contact us "
     "quoting {TICKET}."),
    ("en", None,
     "On-call rota\n| week | primary | secondary | phone |\n|------|---------|-----------|-------|\n| {WEEK} | {NAME@a} | {NAME@b} | "
     "{PHONE} |\n| {WEEK} | {NAME@b} | {NAME@c} | {PHONE} |\n| {WEEK} | {NAME@c} | {NAME@a} | {PHONE} |\nEscalation: {EMAIL@d}"),
    ("en", ("en_US", "en_CA"),
     "Attn: {NAME@a}\n{ORG} Mutual - Claims Dept.\n{ADDRML}\n\nRe: Claim {CLAIM} / insured {NAME@b}, DOB {DOB}\n\nEnclosed please "
     "find the repair estimate ({AMT}) and photos taken {DATE}. Please contact me at {EMAIL@c} with any questions.\n\n{NAME@c}"),
    ("en", ("en_GB", "en_IE"),
     "I'm writing on behalf of my elderly parent, {NAME@a} (d.o.b. {DOB}), who can't manage the phone any more. Please send all "
     "post c/o {NAME@b}, {ADDR}, and direct calls to me on {PHONE}. Benefit ref {CASE}."),
    ("en", _US,
     "{NAME@a} mentioned you in #kyc-ops: \"@{NAME@b} can you re-run the sanctions check on {NAME@c}? Their DOB came through as "
     "{DOB} and the IP on signup was {IP}\""),
    ("en", None, "Hi {FIRST@a} it's {FIRST@b} from {ORG} Motors, your car's ready for pickup. Total {AMT}. We close at {TIME}"),
    ("en", ("en_CA", "en_GB", "en_AU"),
     "To whom it may concern,\n\nI, {NAME@a}, born on {DOB} in {CITY}, and currently residing at {ADDR}, am writing to invite "
     "my cousin {NAME@b} to stay with me from {DATE} to {DATE}. I will cover accommodation. I can be reached at {PHONE} or "
     "{EMAIL@a}.\n\nSincerely,\n{NAME@a}"),
    ("en", None,
     "Withdrawal request {REQID}: {CRYPTOAMT} BTC to {BTC} from IP {IP} ({IPCC}). 2FA passed. Account holder {NAME@a} "
     "({EMAIL@a}). New-address cooldown ends {TS}."),
    # --- Spanish -------------------------------------------------------------------------------
    ("es", ("es_ES",),
     "Expediente {CASE}\nCliente: {NAME@a}, nacido/a el {DOB}.\nDomicilio: {ADDR}\nTel.: {PHONE} · Correo: {EMAIL@a}\n"
     "Cuenta para el cobro de la indemnización: {IBAN}\nNota: la vista se celebra el {DATE}. Provisión de fondos {AMT}. "
     "Atiende: {INIT@b}"),
    ("es", ("es_MX",),
     "Hola {FIRST@a}, tu {CAR} (VIN {VIN}) quedó agendado para el servicio de {KM} el {DATE} a las {TIME}. Si necesitas "
     "cambiar la cita escríbenos al {PHONE}. Folio {ORDER}. Atte. {NAME@b}, asesor de servicio"),
    ("es", ("es_AR",),
     "Buenas! Soy {NAME@a}, no me deja validar identidad en la app. Fecha de nac. {DOB}, vivo en {CITY}. Mi mail es {EMAIL@a} "
     "y el celu {PHONE}. Ah, me pidieron la clave por chat y les pasé {PW}, ¿está bien eso? 😬"),
    ("es", None,
     "Hola {FIRST@a}:\nTe hemos restablecido el acceso a la intranet.\nUsuario: {USERID}\nContraseña provisional: {PW}\n"
     "Caduca el {DATE}. Cualquier duda, llama al {PHONE}.\nUn saludo,\n{NAME@b} – Soporte TI"),
    ("es", ("es_ES",),
     "Ficha de socio/a\nNombre y apellidos: {NAME@a}\nF. nacimiento: {DOB}\nDirección postal:\n{ADDRML}\nDomiciliación (IBAN): "
     "{IBAN}\nCuota: {AMT} al mes desde {DATE}\nObservaciones: prefiere que le llamen al {PHONE} por las tardes. Captado/a por {FIRST@b}."),
    # --- French --------------------------------------------------------------------------------
    ("fr", ("fr_FR",),
     "Cabinet dentaire {ORG} : Bonjour {FIRST@a}, nous vous rappelons votre RDV le {DATE} à {TIME} avec le Dr {LAST@b}. En cas "
     "d'empêchement merci de prévenir au {PHONE}. Réf. {ORDER}"),
    ("fr", None,
     "Objet : Votre boîtier connecté – contrat {POLICY}\n\nMadame, Monsieur {LAST@a},\n\nSuite à votre appel du {DATE}, nous "
     "confirmons l'envoi du boîtier (firmware {BUILD}) à l'adresse suivante :\n{ADDRML}\n\nTitulaire : {UNAME@a}, né(e) le {DOB}\n"
     "Prélèvement sur l'IBAN {IBAN}.\n\nCordialement,\n{NAME@b}\nService clients"),
    ("fr", None,
     "Demande d'admission n° {APPID}\nNom : {LAST@a}\nPrénom : {FIRST@a}\nDate de naissance : {DOB}\nLieu de naissance : {CITY}\n"
     "Courriel : {EMAIL@a}\nTél. : {PHONE}\nFrais de dossier : {AMT} réglés le {DATE}"),
    # --- German --------------------------------------------------------------------------------
    ("de", ("de_DE",),
     "Terminbestätigung Werkstatt\n\nSehr geehrte/r {NAME@a},\nIhr {CAR} (FIN {VIN}, Kilometerstand {KM}) ist für den {DATE} um "
     "{TIME} Uhr eingeplant. Ihren Ersatzwagen erhalten Sie bei {NAME@b}.\nRückfragen: {PHONE}\nAuftragsnummer {ORDER}"),
    ("de", None,
     "[{TIME}] Kunde: Hallo, hier {NAME@a}. Mein Konto ist seit dem Umzug nach {CITY} gesperrt.\n[{TIME}] Support ({FIRST@b}): "
     "Können Sie mir Geburtsdatum und neue Adresse nennen?\n[{TIME}] Kunde: {DOB}, {ADDR}\n[{TIME}] Kunde: Referenzkonto ist "
     "{IBAN}\n[{TIME}] Support ({FIRST@b}): Danke, Ticket {TICKET} ist angelegt."),
    ("de", ("de_DE",),
     "Bürgeramt – Rückrufnotiz\nAnrufer/in: {LF@a}\ngeb. {DOB}\nwohnhaft: {ADDR}\nAnliegen: Wohngeld-Antrag vom {DATE}, "
     "Aktenzeichen {CASE}\nRückruf unter {PHONE} oder per Mail an {EMAIL@a}\nbearbeitet: {INIT@b}"),
    # --- Italian -------------------------------------------------------------------------------
    ("it", None,
     "Gentile {NAME@a},\nin allegato il voucher per il soggiorno dal {DATE} al {DATE} presso {ORG} Resort, {ADDR}.\nPasseggeri: "
     "{PAX@a}, {PAX@b}\nCodice prenotazione {PNR} – saldo {AMT} da versare entro il {DATE}.\nPer urgenze: {PHONE}\n"
     "Cordiali saluti, {FIRST@c}"),
    ("it", None,
     "Ciao {FIRST@a}, abbiamo ricevuto la tua richiesta di sblocco dell'account {HANDLE}. Per verificare la tua identità "
     "confermaci: data di nascita ({DOB}), email di registrazione ({EMAIL@a}) e indirizzo IP da cui giochi di solito ({IP}). "
     "Ticket n. {TICKET}."),
    # --- Portuguese ----------------------------------------------------------------------------
    ("pt", None,
     "Olá {FIRST@a}! Lembramos a sua consulta de higiene oral no dia {DATE} às {TIME}. Morada da clínica: {ADDR}. Para remarcar "
     "ligue {PHONE}. Obrigado, {ORG} Clínica Dentária"),
    ("pt", None,
     "Participação de sinistro {CLAIM}\nTomador: {NAME@a}\nData de nascimento: {DOB}\nResidência: {CITY}\nTelemóvel: {PHONE}\n"
     "IBAN para reembolso: {IBAN}\nCondutor no momento do acidente: {NAME@b}"),
    # --- Dutch ---------------------------------------------------------------------------------
    ("nl", None,
     "Beste {NAME@a},\n\nWij hebben uw aanvraag ontvangen op {DATE}. Uw geboortedatum is bij ons bekend als {DOB}. De toeslag "
     "wordt gestort op {IBAN}. Klopt uw adres nog? {ADDR}\n\nMet vriendelijke groet,\n{NAME@b}"),
    ("nl", None,
     "@{FIRST@a} je nieuwe wachtwoord voor de testomgeving is {PWS}, server {IPF}, build {BUILD}. Graag na inloggen wijzigen. "
     "Groet, {FIRST@b}"),
    # --- Polish --------------------------------------------------------------------------------
    ("pl", None,
     "Dzień dobry, nazywam się {NAME@a}, data urodzenia {DOB}, miejsce urodzenia: {CITY}. Proszę o kontakt w sprawie polisy "
     "{POLICY} na samochód {CAR}. Mój numer: {PHONE}, e-mail: {EMAIL@a}. Adres do korespondencji: {ADDR}."),
    ("pl", None,
     "Zlecenie przelewu {ORDER}\nOdbiorca: {UNAME@a}\nRachunek: {IBAN}\nKwota: {AMT}\nTytuł: zwrot kaucji\nZleceniodawca: "
     "{NAME@b}, tel. {PHONE}\nData realizacji: {DATE}"),
    # --- Danish --------------------------------------------------------------------------------
    ("da", None,
     "Hej {FIRST@a}. Husk din tid hos tandlægen {DATE} kl. {TIME}. Afbud senest 24 timer før på {PHONE}. Mvh {ORG} Tandklinik"),
    ("da", None,
     "Ansøgning om optagelse – {APPID}\nNavn: {NAME@a}\nFødselsdato: {DOB}\nBopæl: {CITY}\nAdresse: {ADDR}\nE-mail: {EMAIL@a}\n"
     "Kontonummer til refusion: {IBAN}"),
    # --- Norwegian -----------------------------------------------------------------------------
    ("no", None,
     "Hei {FIRST@a}! Passordet ditt er tilbakestilt. Midlertidig passord: {PW}\nInnlogging fra {IP} ble blokkert {DATE} kl. "
     "{TIME}. Hilsen {NAME@b}, IT-brukerstøtte"),
    ("no", None,
     "Reisebekreftelse {PNR}\nReisende: {PAX@a}\nFødselsdato: {DOB}\nAdresse:\n{ADDRML}\nMobil: {PHONE}\nFly {FLIGHT} "
     "{ROUTEN} {DATE} kl. {TIME}\nTotalpris: {AMT}"),
    # --- Czech ---------------------------------------------------------------------------------
    ("cs", None,
     "Dobrý den,\npotvrzujeme přijetí žádosti o příspěvek na bydlení ze dne {DATE} (žadatel/ka: {NAME@a}). Datum narození: "
     "{DOB}. Trvalé bydliště: {ADDR}. Platbu zašleme na účet {IBAN}. V případě dotazů volejte {PHONE}.\nS pozdravem\n{NAME@b}"),
    ("cs", None,
     "Ahoj, jsem {FIRST@a} a nemůžu se přihlásit na účet {HANDLE}. Email je {EMAIL@a}, heslo už je změněné na {PW} a pořád nic. "
     "Verze klienta {VER}. Díky"),
]


def _pick_locale(rng: random.Random, lang: str, locs) -> str:
    if locs:
        return rng.choice(list(locs))
    if lang == "en":
        if rng.random() < 0.1:  # a foreign customer writing English
            return rng.choice(_FOREIGN)
        return rng.choices([loc for loc, _ in _EN_WEIGHTS], [w for _, w in _EN_WEIGHTS])[0]
    return rng.choice(_LANG_LOCS[lang])


def free_text(n: int, seed: int) -> list[Text]:
    """`n` labelled texts: the templates cycled in order, each with the values of a locale of its language."""
    rng = random.Random(f"summit-{seed}")
    pool = {loc: SummitValues(loc, rng) for loc in _LOCALES}
    out = []
    for i in range(n):
        lang, locs, template = TEMPLATES[i % len(TEMPLATES)]
        v = pool[_pick_locale(rng, lang, locs)]
        v.date_style = rng.random()
        out.append(_render_cast(template, v, KINDS, lang))
    return out


# =========================================================================================
# structured
# =========================================================================================
_JUNK = {
    "en": ["n/a", "N/A", "-", "unknown", "redacted", "[REDACTED]", "none", "TBD", "?"],
    "de": ["k.A.", "keine Angabe", "-", "unbekannt"],
    "es": ["n/d", "s/d", "-", "desconocido"],
    "pl": ["brak", "-", "b.d."],
    "da": ["ukendt", "-", "n/a"],
}


class _Table:
    """Columns over one table's rows: each row has a locale and a person, so a row's name, email
    and city belong together; a column can be sparse and hold placeholders."""

    def __init__(self, rng: random.Random, pool: dict, rows: int, locs: list[tuple[str, int]]):
        self.rng, self.pool, self.rows = rng, pool, rows
        self.loc = rng.choices([l for l, _ in locs], [w for _, w in locs], k=rows)
        self.people = [pool[l].cast_name() for l in self.loc]
        self.cols: list[Column] = []

    def add(self, name: str, entity: str | None, gen, blank: float = 0.0, junk: float = 0.0, junkset=None) -> None:
        style = self.rng.random()
        for v in self.pool.values():
            v.date_style = style
        vals: list[str | None] = []
        for i in range(self.rows):
            r = self.rng.random()
            if r < blank:
                vals.append(None)
            elif r < blank + junk:
                vals.append(self.rng.choice(junkset or _JUNK["en"]))
            else:
                vals.append(gen(self.pool[self.loc[i]], i))
        self.cols.append(Column(name, entity, vals))


def _bcrypt(rng: random.Random) -> str:
    return f"$2b${rng.choice(['10', '12'])}$" + _chars(rng, 53, "./" + string.ascii_letters + string.digits)


def _luhn_id(rng: random.Random, length: int) -> str:
    return _luhn(rng, rng.choice(["7", "8", "9"]), length)


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Tables (name -> columns): columns with a known entity, and look-alike columns (entity None)."""
    rng = random.Random(f"summit-{seed}")
    pool = {loc: SummitValues(loc, rng) for loc in _LOCALES}
    tables: dict[str, list[Column]] = {}
    R = rng

    def dfmt(v, d, lang=None, mixed=False):
        return _fmt_date(R, d, lang or v.lang, v.region, None if mixed else v.date_style, stick=0.95)

    # 1. nonprofit donor CRM export: English headers with spaces / brackets
    t = _Table(R, pool, rows, [("en_US", 7), ("en_CA", 3)])
    t.add("Donor ID", None, lambda v, i: f"D{_digits(R, 6)}")

    def donor_name(v, i):
        first, middle, last = t.people[i]
        return R.choices([_full(t.people[i]), f"{last}, {first}", f"{first} {last}".upper(), f"{first} {last}", f"{last}, {first} {middle}".strip()],
                         [40, 25, 10, 15, 10])[0]
    t.add("Full Name", "PERSON", donor_name)
    t.add("E-mail [primary]", "EMAIL_ADDRESS", lambda v, i: v.email_for(t.people[i]), blank=0.08)
    t.add("Email Bounced?", None, lambda v, i: R.choices(["FALSE", "TRUE"], [85, 15])[0])
    t.add("Phone (home)", "PHONE_NUMBER", lambda v, i: v.phone(), blank=0.3, junk=0.08, junkset=["n/a", "-", "unlisted", "none"])
    t.add("Phone Type", None, lambda v, i: R.choice(["Home", "Mobile", "Work", "Mobile", "Fax"]), blank=0.3)
    t.add("Mailing Address", "STREET_ADDRESS", lambda v, i: v.address(), blank=0.05)
    t.add("Address Validated At", None, lambda v, i: _ts(v), blank=0.2)
    t.add("Birthday", "DATE_OF_BIRTH", lambda v, i: dfmt(v, _date_between(R, 1938, 2004)), blank=0.6)
    t.add("Last Gift Amount", None, lambda v, i: _money(v, "en"))
    t.add("Last Gift Date", None, lambda v, i: dfmt(v, _date_between(R, 2019, 2026)))
    tables["donor_crm_export"] = t.cols

    # 2. fintech KYC: JSON-path headers, mixed European locales
    eu = [("en_GB", 3), ("en_IE", 1), ("de_DE", 3), ("de_CH", 1), ("fr_FR", 2), ("fr_BE", 1), ("es_ES", 2), ("it_IT", 2),
          ("pt_PT", 1), ("nl_NL", 2), ("pl_PL", 2), ("da_DK", 1), ("no_NO", 1), ("cs_CZ", 1)]
    t = _Table(R, pool, rows, eu)
    t.add("$.id", None, lambda v, i: _uuid(R))
    t.add("$.applicant.name.given", "PERSON", lambda v, i: t.people[i][0])
    t.add("$.applicant.name.family", "PERSON", lambda v, i: t.people[i][2])
    t.add("$.applicant.birthDate", "DATE_OF_BIRTH", lambda v, i: _date_between(R, 1950, 2007).isoformat())
    t.add("$.applicant.address.line1", "STREET_ADDRESS", lambda v, i: v.street())
    t.add("$.applicant.address.city", "LOCATION", lambda v, i: v.city())
    t.add("$.applicant.address.postalCode", None, lambda v, i: _digits(R, 4) if v.region in ("BE", "NO") else v.f.postcode())
    t.add("$.funding.iban", "IBAN_CODE", lambda v, i: v.iban(), blank=0.1)
    t.add("$.device.ip", "IP_ADDRESS", lambda v, i: v.ip())
    t.add("$.device.ipCountry", None, lambda v, i: R.choice(["DE", "FR", "GB", "NL", "ES", "IT", "PL", "US", "IE", "CZ"]))
    t.add("$.device.fingerprint", None, lambda v, i: _hex(R, 64))
    t.add("$.review.submittedAt", None, lambda v, i: _ts(v))
    tables["kyc_applications"] = t.cols

    # 3. dealership repair-order header: UPPER_SNAKE
    t = _Table(R, pool, rows, [("en_US", 6), ("en_CA", 2), ("en_AU", 2)])
    t.add("RO_NUMBER", None, lambda v, i: _digits(R, 7))
    t.add("CUST_FULLNAME", "PERSON", lambda v, i: f"{t.people[i][2]}, {t.people[i][0]}".upper() if R.random() < 0.8 else _full(t.people[i]).upper())
    t.add("CONTACT_PHONE_1", "PHONE_NUMBER", lambda v, i: v.phone())
    t.add("CONTACT_PHONE_1_TYPE", None, lambda v, i: R.choice(["CELL", "HOME", "WORK", "CELL"]))
    t.add("CONTACT_PHONE_2", "PHONE_NUMBER", lambda v, i: v.phone(), blank=0.7)
    t.add("CUST_EMAIL", "EMAIL_ADDRESS", lambda v, i: v.email_for(t.people[i]).upper() if R.random() < 0.3 else v.email_for(t.people[i]),
          junk=0.1, junkset=["NONE", "DECLINED", "N/A"])
    t.add("VIN", None, lambda v, i: _vin(R))
    t.add("ODOMETER", None, lambda v, i: str(R.randint(300, 210000)))
    t.add("SVC_ADVISOR", "PERSON", lambda v, i: _initials(v, v.cast_name()).upper() if R.random() < 0.5 else v.cast_name()[0])
    t.add("PROMISED_TS", None, lambda v, i: f"{_dateiso(v)} {R.randint(8, 18):02d}:{R.choice(['00', '30'])}")
    t.add("FW_VERSION", None, lambda v, i: _build(v))
    t.add("DEALER_LAT", None, lambda v, i: f"{R.uniform(-43, 61):.6f}")
    t.add("DEALER_LON", None, lambda v, i: f"{R.uniform(-123, 153):.6f}")
    tables["SVC_RO_HEADER"] = t.cols

    # 4. German customer master: dotted headers
    t = _Table(R, pool, rows, [("de_DE", 7), ("de_CH", 3)])
    t.add("Kunde.Nr", None, lambda v, i: _luhn_id(R, 16))
    t.add("Kunde.Vorname", "PERSON", lambda v, i: t.people[i][0])
    t.add("Kunde.Nachname", "PERSON", lambda v, i: t.people[i][2])
    t.add("Kunde.Geburtsdatum", "DATE_OF_BIRTH", lambda v, i: dfmt(v, _date_between(R, 1940, 2006), "de"), junk=0.05,
          junkset=_JUNK["de"])
    t.add("Kunde.Strasse", "STREET_ADDRESS", lambda v, i: v.street())
    t.add("Kunde.PLZ", None, lambda v, i: v.f.postcode())
    t.add("Kunde.Ort", "LOCATION", lambda v, i: v.city())
    t.add("Kunde.IBAN", "IBAN_CODE", lambda v, i: v.iban(R.choice(["DE", "DE", "CH"]) if v.region == "DE" else "CH"))
    t.add("Kunde.BIC", None, lambda v, i: R.choice(["COBADEFFXXX", "DEUTDEDBBER", "BYLADEM1001", "UBSWCHZH80A", "POFICHBEXXX",
                                                    "GENODEF1S04", "SOLADEST600", "INGDDEFFXXX"]))
    t.add("Kunde.Telefon", "PHONE_NUMBER", lambda v, i: v.phone(), blank=0.25)
    t.add("Vertrag.Beginn", None, lambda v, i: dfmt(v, _date_between(R, 1995, 2026), "de"))
    tables["kunden_stamm"] = t.cols

    # 5. game accounts: camelCase / Hungarian prefixes, mixed locales
    t = _Table(R, pool, rows, [("en_US", 4), ("en_GB", 2), ("en_PH", 2), ("de_DE", 1), ("fr_FR", 1), ("es_MX", 1), ("pl_PL", 1),
                               ("pt_PT", 1), ("it_IT", 1)])
    t.add("intAccountId", None, lambda v, i: str(R.randint(10_000_000, 99_999_999)))
    t.add("strUsername", None, lambda v, i: _handle(v))
    t.add("txtEmail", "EMAIL_ADDRESS", lambda v, i: v.email_for(t.people[i]) if R.random() < 0.6 else
          f"{_handle(v).lower().replace('.', '_')}@{v.f.free_email_domain()}")
    t.add("txtRealName", "PERSON", lambda v, i: _full(t.people[i]), blank=0.4, junk=0.15, junkset=["redacted", "[REDACTED]", "-"])
    t.add("dtBirth", "DATE_OF_BIRTH", lambda v, i: R.choice([_date_between(R, 1975, 2012).isoformat(), dfmt(v, _date_between(R, 1975, 2012), mixed=True)]))
    t.add("ipLastLogin", "IP_ADDRESS", lambda v, i: v.ip())
    t.add("ipCountry", None, lambda v, i: R.choice(["US", "GB", "PH", "DE", "FR", "MX", "PL", "PT", "IT"]))
    t.add("strClientVersion", None, lambda v, i: _version(v))
    t.add("strPasswordHash", None, lambda v, i: _bcrypt(R))
    t.add("bPasswordResetRequired", None, lambda v, i: R.choice(["0", "0", "0", "1"]))
    t.add("strTempPassword", "PASSWORD", lambda v, i: v.password(), blank=0.8)
    tables["gaming_accounts"] = t.cols

    # 6. US payments: snake_case with abbreviations
    t = _Table(R, pool, rows, [("en_US", 1)])
    t.add("txn_id", None, lambda v, i: _luhn_id(R, 16))
    t.add("card_pan", "CREDIT_CARD", lambda v, i: v.card(), junk=0.05, junkset=["redacted", "[REDACTED]"])
    t.add("card_brand", None, lambda v, i: R.choice(["VISA", "MASTERCARD", "AMEX", "DISCOVER", "Visa", "MC"]))
    t.add("card_last4", None, lambda v, i: _digits(R, 4))
    t.add("card_exp", None, lambda v, i: _exp(v))
    t.add("masked_pan", None, lambda v, i: _masked(v))
    t.add("cardholder", "PERSON", lambda v, i: _full(t.people[i]).upper())
    t.add("billing_zip", None, lambda v, i: v.f.postcode())
    t.add("ssn", "US_SSN", lambda v, i: v.ssn(), blank=0.3, junk=0.05, junkset=["redacted", "on file", "n/a"])
    t.add("ssn_last4", None, lambda v, i: f"{R.randint(1, 9999):04d}")
    t.add("ach_acct_no", "US_BANK_NUMBER", lambda v, i: v.bank(), blank=0.2)
    t.add("ach_routing", None, lambda v, i: _aba(R))
    tables["payments_us"] = t.cols

    # 7. audit events: generic field names
    t = _Table(R, pool, rows, [("en_US", 5), ("en_GB", 2), ("de_DE", 1), ("fr_FR", 1), ("nl_NL", 1)])
    t.add("field_a", None, lambda v, i: _ts(v))
    t.add("field_b", "IP_ADDRESS", lambda v, i: v.ip())
    t.add("field_c", "EMAIL_ADDRESS", lambda v, i: v.email_for(t.people[i]), junk=0.15, junkset=["system", "cron", "scheduler"])
    t.add("field_d", None, lambda v, i: R.choice(["login.success", "login.failure", "token.create", "user.update", "export.run", "mfa.challenge"]))
    t.add("field_e", None, lambda v, i: _hex(R, 64))
    t.add("field_f", None, lambda v, i: R.choice(_UA).format(a=R.randint(1, 130), b=R.randint(0, 40), c=R.randint(0, 200)))
    t.add("field_g", "API_KEY", lambda v, i: v.api_key() if R.random() < 0.7 else v.bearer(), blank=0.5)
    t.add("field_i", "PERSON", lambda v, i: _full(t.people[i]) if R.random() < 0.8 else f"{t.people[i][2]}, {t.people[i][0]}")
    t.add("field_j", None, lambda v, i: "SHA256:" + _b64(v))
    tables["audit_events"] = t.cols

    # 8. admissions: Spanish and French headers, mixed es / fr locales
    t = _Table(R, pool, rows, [("es_ES", 3), ("es_MX", 3), ("es_AR", 2), ("fr_FR", 2), ("fr_BE", 1)])
    t.add("nombre_completo", "PERSON", lambda v, i: _full(t.people[i]))
    t.add("correo_electrónico", "EMAIL_ADDRESS", lambda v, i: v.email_for(t.people[i]), blank=0.05)
    t.add("teléfono móvil", "PHONE_NUMBER", lambda v, i: v.phone(), junk=0.06, junkset=_JUNK["es"])
    t.add("fecha_nacimiento", "DATE_OF_BIRTH", lambda v, i: dfmt(v, _date_between(R, 1985, 2008)))
    t.add("ciudad_residencia", "LOCATION", lambda v, i: v.city())
    t.add("código_postal", None, lambda v, i: f"{R.randint(1000, 99999):05d}")
    t.add("fecha_alta", None, lambda v, i: dfmt(v, _date_between(R, 2023, 2026)))
    t.add("estado_solicitud", None, lambda v, i: R.choice(["pendiente", "aprobada", "rechazada", "en revisión"]))
    t.add("Adresse postale", "STREET_ADDRESS", lambda v, i: v.address(multiline=R.random() < 0.2))
    t.add("N° dossier", None, lambda v, i: f"{R.randint(2024, 2026)}-{_digits(R, 5)}")
    tables["solicitudes_admision"] = t.cols

    # 9. Polish club members
    t = _Table(R, pool, rows, [("pl_PL", 1)])
    t.add("imię", "PERSON", lambda v, i: t.people[i][0])
    t.add("nazwisko", "PERSON", lambda v, i: t.people[i][2])
    t.add("data_urodzenia", "DATE_OF_BIRTH", lambda v, i: dfmt(v, _date_between(R, 1945, 2008)), junk=0.04, junkset=_JUNK["pl"])
    t.add("nr_rachunku", "IBAN_CODE", lambda v, i: v.iban("PL"), blank=0.15)
    t.add("miasto", "LOCATION", lambda v, i: v.city())
    t.add("kod_pocztowy", None, lambda v, i: v.f.postcode())
    t.add("numer_telefonu", "PHONE_NUMBER", lambda v, i: v.phone())
    t.add("typ_telefonu", None, lambda v, i: R.choice(["komórkowy", "stacjonarny", "służbowy"]))
    t.add("data_przystąpienia", None, lambda v, i: dfmt(v, _date_between(R, 2005, 2026)))
    tables["czlonkowie_klubu"] = t.cols

    # 10. Danish / Norwegian member list: Danish headers
    t = _Table(R, pool, rows, [("da_DK", 6), ("no_NO", 4)])
    t.add("Fornavn", "PERSON", lambda v, i: t.people[i][0])
    t.add("Efternavn", "PERSON", lambda v, i: t.people[i][2])
    t.add("Fødselsdato", "DATE_OF_BIRTH", lambda v, i: dfmt(v, _date_between(R, 1940, 2008)), junk=0.05, junkset=_JUNK["da"])
    t.add("Adresse", "STREET_ADDRESS", lambda v, i: v.street() if R.random() < 0.7 else v.address(multiline=True))
    t.add("By", "LOCATION", lambda v, i: v.city())
    t.add("Postnr.", None, lambda v, i: f"{R.randint(1000, 9990)}")
    t.add("Mobil", "PHONE_NUMBER", lambda v, i: v.phone(), blank=0.1)
    t.add("Indmeldt", None, lambda v, i: dfmt(v, _date_between(R, 2000, 2026)))
    t.add("Medlemsnr.", None, lambda v, i: _luhn_id(R, 8))
    tables["medlemsliste"] = t.cols

    return tables


# =========================================================================================
# self-check (python bench/accuracy_split_summit.py)
# =========================================================================================
def _valid_phone(s: str, region_hint: str | None = None) -> bool:
    for reg in ([region_hint] if region_hint else []) + ["US", "GB", "DE", "FR", "ES", "MX", "AR", "PH", "AU", "NZ", "IE", "CA",
                                                          "BE", "CH", "IT", "PT", "NL", "PL", "DK", "NO", "CZ"]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g and n


def _check_value(entity: str, val: str) -> None:
    if entity == "PHONE_NUMBER":
        assert _valid_phone(val), val
    elif entity == "CREDIT_CARD":
        d = "".join(c for c in val if c.isdigit())
        assert 14 <= len(d) <= 16 and _luhn_ok(d), val
    elif entity == "IBAN_CODE":
        assert _iban_ok(val), val
    elif entity == "US_SSN":
        assert _ssn_ok(val), val
    elif entity == "US_BANK_NUMBER":
        assert val.isdigit() and 8 <= len(val) <= 17, val
    assert val == val.strip() and val, repr(val)


def _selfcheck() -> None:
    from collections import Counter

    texts = free_text(500, 7)
    per = Counter()
    for t in texts:
        last = -1
        for s, e, ent in sorted(t.spans):
            assert ent in LABELS and s >= last and e <= len(t.text), (t.text, s, e)
            _check_value(ent, t.text[s:e])
            last = e
            per[ent] += 1
    tables = structured(150, 11)
    for cols in tables.values():
        for c in cols:
            assert c.entity is None or c.entity in LABELS
            assert len(c.values) == 150
            junk = {j for js in _JUNK.values() for j in js} | {"NONE", "DECLINED", "unlisted", "on file", "system", "cron", "scheduler"}
            if c.entity:
                for x in c.values:
                    if x is not None and x not in junk:
                        _check_value(c.entity, x)
    print(len(TEMPLATES), "templates;", len(texts), "texts;", dict(sorted(per.items())))
    print(len(tables), "tables;", sum(len(c) for c in tables.values()), "columns;",
          sum(1 for cs in tables.values() for c in cs if c.entity is None), "look-alike columns")


if __name__ == "__main__":
    _selfcheck()
