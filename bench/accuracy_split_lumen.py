"""`lumen`: a blind-written labelled split for the PII accuracy benchmark.

Written 2026-11-26 by an independent author who did not read rules/, pii_audit/, the tests or the fix
notes, before the scanner ran on it.

Data card
---------
* Free text: 72 templates, cycled in order (`templates[i % 72]`), 6 per domain across 12 domains:
  pharmacy / online doctor, bank call centre, moving company, coworking spaces, school parent portal,
  food delivery, event ticket resale, recruitment agency, landlord portal, cloud hosting support,
  loyalty programme, customs brokerage.
  43 English (US 12, GB 10, IE 4, CA 4, AU 5, NZ 2, IN 4, ZA 2) and 29 in other languages
  (Spanish 4, French 4, German 4, Italian 3, Dutch 3, Polish 3, Swedish 3, Portuguese (BR) 3, Czech 2).
  Shapes: e-mails with signatures, chat and SMS lines, tickets, agent notes, form dumps, JSON and
  key=value log lines, an access log, YAML / INI config snippets.
  Look-alikes that are never labelled: order / ticket / invoice / tracking / MRN / AWB / container
  numbers, non-birth dates and timestamps, versions (some IPv4-shaped), hashes and fingerprints,
  masked cards and last-4s, ABA routing numbers, Luhn-valid loyalty card numbers, private IPs,
  coordinates, company / shop / restaurant / school / product / drug / event names, pet and room
  names, VAT / CNPJ / EORI company ids, boleto lines, HS codes.
* Structured: 12 tables (one per domain), 13-14 columns each, 78 PII columns and 86 look-alike
  columns (entity None). Headers in snake_case, camelCase, PascalCase, UPPER_SNAKE, with spaces,
  dotted JSON paths, abbreviations, opaque (`f2`, `col_7`, `f12`), and in German, Dutch, Polish,
  Swedish, Portuguese and Spanish. Cells have blanks (None), placeholders (`N/A`, `-`, ...) and
  mixed formats (name order and case, phone and date styles).
* Every value comes from `random.Random(f"lumen-{seed}")` (Faker instances are seeded from it);
  no clock reads, no set iteration. Towns come from lists of real towns per locale where Faker only
  invents them; names, streets and postcodes come from Faker for the writer's locale.
"""

from __future__ import annotations

import base64
import random
import re
import string
import unicodedata
from datetime import date, datetime, timedelta

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn, _ean13

PNF = phonenumbers.PhoneNumberFormat

# -- locale data -------------------------------------------------------------------------------
_REGION_OF = {"en_US": "US", "en_GB": "GB", "en_IE": "IE", "en_CA": "CA", "en_AU": "AU", "en_NZ": "NZ",
              "en_IN": "IN", "zu_ZA": "ZA", "es_ES": "ES", "fr_FR": "FR", "de_DE": "DE", "it_IT": "IT",
              "nl_NL": "NL", "pl_PL": "PL", "sv_SE": "SE", "pt_BR": "BR", "cs_CZ": "CZ"}
_IBAN_CC = {"en_GB": "GB", "en_IE": "IE", "es_ES": "ES", "fr_FR": "FR", "de_DE": "DE", "it_IT": "IT",
            "nl_NL": "NL", "pl_PL": "PL", "sv_SE": "SE", "cs_CZ": "CZ", "pt_BR": "PT"}
_LANG = {loc: loc.split("_")[0] for loc in _REGION_OF}
_LANG["zu_ZA"] = "en"  # South African writers here write in English

# real towns where Faker invents them (en_US, en_GB, en_IE, en_CA, en_AU, en_NZ, fr_FR, pt_BR), mixes in
# provinces (es_ES) or picks them in an order that depends on PYTHONHASHSEED (it_IT)
_TOWNS = {
    "en_US": [("Columbus", "OH"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Spokane", "WA"), ("Boise", "ID"),
              ("Omaha", "NE"), ("Savannah", "GA"), ("Albuquerque", "NM"), ("Madison", "WI"), ("Fresno", "CA"),
              ("Sacramento", "CA"), ("Dayton", "OH"), ("Tulsa", "OK"), ("Lexington", "KY"), ("Knoxville", "TN"),
              ("Provo", "UT"), ("Eugene", "OR"), ("Scranton", "PA"), ("Worcester", "MA"), ("Richmond", "VA"),
              ("Pasadena", "CA"), ("Naperville", "IL"), ("Ann Arbor", "MI"), ("Durham", "NC"), ("Tacoma", "WA"),
              ("El Paso", "TX"), ("Plano", "TX"), ("Des Moines", "IA"), ("Little Rock", "AR"), ("Hoboken", "NJ")],
    "en_CA": [("Toronto", "ON"), ("Ottawa", "ON"), ("Hamilton", "ON"), ("Mississauga", "ON"), ("Kitchener", "ON"),
              ("Calgary", "AB"), ("Edmonton", "AB"), ("Red Deer", "AB"), ("Vancouver", "BC"), ("Kelowna", "BC"),
              ("Burnaby", "BC"), ("Winnipeg", "MB"), ("Regina", "SK"), ("Saskatoon", "SK"), ("Halifax", "NS"),
              ("Moncton", "NB"), ("Fredericton", "NB"), ("St. John's", "NL"), ("Charlottetown", "PE"),
              ("Gatineau", "QC"), ("Sudbury", "ON"), ("Barrie", "ON"), ("Guelph", "ON"), ("Nanaimo", "BC")],
    "en_GB": ["Leeds", "Bristol", "Sheffield", "Norwich", "Leicester", "Coventry", "Nottingham", "Reading",
              "Brighton", "Swindon", "Exeter", "York", "Cardiff", "Swansea", "Aberdeen", "Dundee", "Derby",
              "Bolton", "Stockport", "Ipswich", "Cheltenham", "Bath", "Milton Keynes", "Wolverhampton",
              "Plymouth", "Southampton", "Preston", "Lincoln"],
    "en_IE": [("Dublin", "Dublin"), ("Cork", "Cork"), ("Galway", "Galway"), ("Limerick", "Limerick"),
              ("Waterford", "Waterford"), ("Kilkenny", "Kilkenny"), ("Drogheda", "Louth"), ("Dundalk", "Louth"),
              ("Athlone", "Westmeath"), ("Sligo", "Sligo"), ("Tralee", "Kerry"), ("Navan", "Meath"),
              ("Ennis", "Clare"), ("Carlow", "Carlow"), ("Wexford", "Wexford"), ("Letterkenny", "Donegal"),
              ("Naas", "Kildare"), ("Bray", "Wicklow"), ("Swords", "Dublin"), ("Mullingar", "Westmeath"),
              ("Castlebar", "Mayo"), ("Killarney", "Kerry")],
    "en_AU": [("Parramatta", "NSW"), ("Newcastle", "NSW"), ("Wollongong", "NSW"), ("Geelong", "VIC"),
              ("Ballarat", "VIC"), ("Bendigo", "VIC"), ("Fitzroy", "VIC"), ("Toowoomba", "QLD"), ("Cairns", "QLD"),
              ("Townsville", "QLD"), ("Fremantle", "WA"), ("Bunbury", "WA"), ("Glenelg", "SA"),
              ("Mount Gambier", "SA"), ("Hobart", "TAS"), ("Launceston", "TAS"), ("Darwin", "NT"),
              ("Canberra", "ACT"), ("Brisbane", "QLD"), ("Perth", "WA"), ("Adelaide", "SA"), ("Melbourne", "VIC"),
              ("Sydney", "NSW"), ("Bondi", "NSW"), ("Mackay", "QLD")],
    "en_NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Tauranga", "Dunedin", "Napier", "Nelson",
              "Rotorua", "Whangārei", "New Plymouth", "Palmerston North", "Invercargill", "Queenstown", "Timaru",
              "Gisborne", "Whanganui", "Masterton", "Lower Hutt", "Porirua", "Hastings", "Blenheim"],
    "fr_FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Reims", "Grenoble",
              "Dijon", "Angers", "Nîmes", "Villeurbanne", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest",
              "Tours", "Amiens", "Limoges", "Metz", "Besançon", "Perpignan", "Orléans", "Rouen", "Montpellier",
              "Strasbourg", "Nancy", "Caen", "Poitiers", "Annecy", "La Rochelle"],
    "es_ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma", "Bilbao",
              "Alicante", "Córdoba", "Valladolid", "Vigo", "Gijón", "Granada", "A Coruña", "Vitoria-Gasteiz", "Elche",
              "Oviedo", "Santander", "Pamplona", "Almería", "Salamanca", "Cáceres", "Logroño", "Burgos", "León",
              "Tarragona", "Girona", "Lleida", "Badajoz", "Huelva", "Cádiz", "Jaén", "Segovia", "Toledo", "Albacete"],
    "it_IT": ["Milano", "Torino", "Bologna", "Firenze", "Verona", "Padova", "Bergamo", "Brescia", "Parma", "Modena",
              "Genova", "Trieste", "Pisa", "Lucca", "Perugia", "Ancona", "Pescara", "Bari", "Lecce", "Napoli",
              "Salerno", "Palermo", "Catania", "Cagliari", "Trento", "Bolzano", "Udine", "Vicenza", "Como", "Monza",
              "Rimini", "Ravenna", "Siena", "Arezzo", "Novara", "Reggio Emilia"],
    "pt_BR": [("São Paulo", "SP"), ("Campinas", "SP"), ("Santos", "SP"), ("Rio de Janeiro", "RJ"),
              ("Niterói", "RJ"), ("Belo Horizonte", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"),
              ("Londrina", "PR"), ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"), ("Florianópolis", "SC"),
              ("Joinville", "SC"), ("Salvador", "BA"), ("Recife", "PE"), ("Fortaleza", "CE"), ("Manaus", "AM"),
              ("Belém", "PA"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Natal", "RN"), ("Vitória", "ES"),
              ("São Luís", "MA"), ("Maceió", "AL"), ("Ribeirão Preto", "SP"), ("Sorocaba", "SP")],
}
_AU_PC = {"NSW": (2000, 2999), "VIC": (3000, 3999), "QLD": (4000, 4999), "SA": (5000, 5799), "WA": (6000, 6799),
          "TAS": (7000, 7799), "NT": (800, 899), "ACT": (2600, 2620)}
_ZA_STREET_TYPES = ["Street", "Road", "Avenue", "Drive", "Crescent", "Lane"]
_BR_STREET_TYPES = ["Rua", "Rua", "Avenida", "Travessa", "Alameda"]

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
}
# month names in the nominative, for "the invoice for March"
_MONTHS_NOM = dict(_MONTHS, pl=["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                                "wrzesień", "październik", "listopad", "grudzień"],
                   cs=["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září",
                       "říjen", "listopad", "prosinec"])

_COMPANY_SUFFIX = {"en_US": ["Inc.", "LLC", "Corp."], "en_CA": ["Inc.", "Ltd."], "en_GB": ["Ltd", "Ltd", "plc"],
                   "en_IE": ["Ltd", "DAC"], "en_AU": ["Pty Ltd"], "en_NZ": ["Ltd", "Limited"],
                   "en_IN": ["Pvt. Ltd.", "Private Limited"], "zu_ZA": ["(Pty) Ltd"], "es_ES": ["S.L.", "S.A."],
                   "fr_FR": ["SAS", "SARL"], "de_DE": ["GmbH", "GmbH & Co. KG", "AG"], "it_IT": ["S.r.l.", "S.p.A."],
                   "nl_NL": ["B.V.", "B.V."], "pl_PL": ["Sp. z o.o.", "S.A."], "sv_SE": ["AB"],
                   "pt_BR": ["Ltda.", "S.A."], "cs_CZ": ["s.r.o.", "a.s."]}
_TLD = {"en_US": "com", "en_CA": "ca", "en_GB": "co.uk", "en_IE": "ie", "en_AU": "com.au", "en_NZ": "co.nz",
        "en_IN": "in", "zu_ZA": "co.za", "es_ES": "es", "fr_FR": "fr", "de_DE": "de", "it_IT": "it",
        "nl_NL": "nl", "pl_PL": "pl", "sv_SE": "se", "pt_BR": "com.br", "cs_CZ": "cz"}
_BRAND_A = ["North", "Blue", "Kestrel", "Harbour", "Bright", "Iron", "Silver", "Oak", "Clear", "Red", "Pine",
            "Lumi", "Vant", "Meri", "Cobalt", "Granite", "Sky", "Ever", "Fox", "Tide", "Copper", "Stone", "West",
            "Nova", "Alpen", "Delta", "Polar", "Zen", "Terra", "Quad"]
_BRAND_B = ["wind", "gate", "path", "line", "bark", "field", "ridge", "water", "wood", "crest", "ify", "ago",
            "dian", "works", "hub", "stack", "point", "leaf", "bridge", "way", "io", "ly", "base", "grid"]
_DRUGS = ["Amoxicillin 500 mg capsules", "Sertraline 50 mg tablets", "Atorvastatin 20 mg", "Omeprazole 20 mg",
          "Levothyroxine 75 mcg", "Salbutamol 100 mcg inhaler", "Metformin 850 mg", "Ramipril 5 mg",
          "Cetirizine 10 mg", "Ibuprofen 400 mg", "Doxycycline 100 mg", "Finasteride 1 mg", "Sildenafil 50 mg",
          "Paracetamol 500 mg", "Azithromycin 250 mg", "Loratadine 10 mg", "Pantoprazole 40 mg",
          "Amlodipine 5 mg", "Fluticasone nasal spray", "Mometasone cream 0.1%"]
_RESTAURANTS = ["Golden Wok", "Pizzeria Bella Notte", "Spice Route", "The Burger Joint", "Sushi Zen", "Taco Loco",
                "Green Bowl", "Pho 88", "Curry Leaf", "Bagel Bros", "Casa Tapas", "Kebab King", "Noodle Bar 21",
                "Smokehouse BBQ", "Poke Point", "La Piadina", "Dumpling House", "Falafel Corner"]
_DISHES = ["large pepperoni pizza", "pad thai", "chicken biryani", "garlic naan", "spicy tuna roll",
           "cheeseburger combo", "falafel wrap", "miso ramen", "caesar salad", "mango lassi", "butter chicken"]
_EVENT_A = ["Velvet", "Neon", "Midnight", "Glass", "Electric", "Paper", "Silver", "Wild", "Crimson", "Hollow",
            "Golden", "Static"]
_EVENT_B = ["Orchard", "Harbour", "Static", "Comets", "Tigers", "Lanterns", "Echoes", "Pilots", "Satellites",
            "Foxes", "Rivers", "Parade"]
_EVENT_C = ["Live", "World Tour", "Summer Tour", "Arena Tour", "Farewell Show", "Festival Day 2",
            "Acoustic Night", "Championship Final", "Play-off Game 3"]
_SCHOOLS = {"en": ["Oakfield Primary School", "Riverside Academy", "Hillcrest Middle School", "Westbrook High School",
                   "Maple Grove Elementary", "Northgate Community College", "Greenway Primary",
                   "Lakeside Junior School", "Summit Ridge High"],
            "pt": ["Colégio Horizonte", "Escola Novo Saber", "Colégio Integrado Aurora", "Escola Arco-Íris"],
            "cs": ["ZŠ Na Výsluní", "ZŠ Sluneční", "Základní škola Lesní", "ZŠ a MŠ Kamínek"]}
_ROOMS = ["Atlas", "Nova", "Fjord", "Maple", "Summit", "Orbit", "Ember", "Birch", "Cedar", "Quartz", "Lighthouse",
          "Greenhouse", "Lovelace", "Turing", "Hopper"]
_PETS = ["Biscuit", "Pickles", "Mochi", "Pepper", "Waffles", "Noodle", "Ziggy", "Nugget", "Luna", "Max", "Bella",
         "Teddy", "Pretzel"]
_PRODUCTS = ["Vaillant ecoTEC plus 835", "Worcester Greenstar 30i", "Baxi 800 Combi", "Ideal Logic C30",
             "Junkers Cerapur 9000", "Saunier Duval Thema Condens"]
_JOBS = ["Software Engineer", "Staff Nurse", "Marketing Manager", "Warehouse Supervisor", "Teacher",
         "Data Analyst", "Electrician", "Accountant", "Graphic Designer", "Civil Engineer", "Chef de partie"]
_PWD_WORDS = ["Harbour", "sunflower", "Tiger", "Maple", "Rocket", "purple", "Dragon", "Banana", "coffee", "Falcon",
              "Summer", "winter", "Galaxy", "Ocean", "pepper", "Mango", "Thunder", "pancake", "Cactus", "lemon",
              "Orbit", "candle", "Velvet", "Kiwi"]
_PLACEHOLDERS = ["N/A", "-", "n/a", "unknown", "TBC", "none", "—"]


def _slug(s: str) -> str:
    s = s.lower()
    for a, b in (("ł", "l"), ("ø", "o"), ("ß", "ss"), ("æ", "ae"), ("đ", "d"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c in string.ascii_lowercase + string.digits)


def _iban_check(cc: str, bban: str) -> str:
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(n) % 97:02d}{bban}"


class _Gen:
    """Values for one call: Faker instances per locale seeded from the split's rng."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._fakers: dict[str, Faker] = {}
        self.new_text("en_US")

    # -- plumbing ------------------------------------------------------------------------
    def fk(self, loc: str) -> Faker:
        if loc not in self._fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randrange(1 << 30))
            self._fakers[loc] = f
        return self._fakers[loc]

    def new_text(self, loc: str) -> None:
        self.loc = loc
        self.people: dict[tuple, dict] = {}
        self.cache: dict[tuple, str] = {}
        self.clock: datetime | None = None

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.pick(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.pick("123456789") + s[1:]
        return s

    def chars(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    # -- people ----------------------------------------------------------------------------
    def person(self, loc: str, tag: str) -> dict:
        key = (loc, tag)
        if key not in self.people:
            f = self.fk(loc)
            g = "f" if tag.endswith("_f") else "m" if tag.endswith("_m") else self.pick("fm")
            first = f.first_name_female() if g == "f" else f.first_name_male()
            last = f.last_name_female() if g == "f" else f.last_name_male()
            if loc == "es_ES" and self.rng.random() < 0.6:
                last = f"{last} {f.last_name()}"
            if loc == "pt_BR" and self.rng.random() < 0.35:
                last = f"{f.last_name()} {last}"
            self.people[key] = {"first": first, "last": last, "g": g, "loc": loc}
        return self.people[key]

    def name(self, p: dict, kind: str) -> str:
        first, last = p["first"], p["last"]
        if kind == "first":
            return first
        if kind == "last":
            return last
        if kind == "rev":
            return f"{last}, {first}"
        if kind == "init":
            return f"{first[0]}. {last}" if self.rng.random() < 0.7 else f"{first[0]} {last}"
        if kind == "fullm":
            return f"{first} {self.pick(string.ascii_uppercase)}. {last}"
        return f"{first} {last}"

    def email_of(self, p: dict, style: int | None = None, domain: str | None = None) -> str:
        fs = _slug(p["first"])
        toks = p["last"].split()
        ls = _slug(toks[0] if p["loc"] == "es_ES" else toks[-1] if p["loc"] == "pt_BR" else "".join(toks))
        style = self.rng.randrange(8) if style is None else style
        local = [f"{fs}.{ls}", f"{fs}{ls}", f"{fs[0]}.{ls}", f"{fs}_{ls}", f"{fs}.{ls}{self.rng.randint(1, 99)}",
                 f"{fs[0]}{ls}{self.rng.randint(10, 99)}", f"{fs}{self.rng.randint(70, 99)}",
                 f"{ls}.{fs}"][style]
        if domain is None:
            domain = self.fk(p["loc"]).free_email_domain()
        return f"{local}@{domain}"

    def work_email(self, p: dict) -> str:
        if "wdomain" not in p:
            p["wdomain"] = self.domain(p["loc"])
        return self.email_of(p, self.pick([0, 0, 2, 1, 7]), p["wdomain"])

    # -- companies / brands ----------------------------------------------------------------
    def brand(self, loc: str = "en_US") -> str:
        return self.pick(_BRAND_A) + self.pick(_BRAND_B)

    def company(self, loc: str) -> str:
        if self.rng.random() < 0.25:
            return self.fk(loc).company()
        return f"{self.brand(loc)} {self.pick(_COMPANY_SUFFIX[loc])}"

    def domain(self, loc: str) -> str:
        return f"{self.brand(loc).lower()}.{_TLD[loc]}"

    # -- dates -----------------------------------------------------------------------------
    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def fmt_date(self, d: date, loc: str) -> str:
        lang = _LANG[loc]
        m = _MONTHS[lang][d.month - 1]
        styles = {
            "en_US": [f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}", f"{m} {d.day}, {d.year}", f"{d:%Y-%m-%d}",
                      f"{d:%m-%d-%Y}"],
            "en_CA": [f"{d:%Y-%m-%d}", f"{m} {d.day}, {d.year}", f"{d:%d/%m/%Y}"],
            "es_ES": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "fr_FR": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
            "de_DE": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}", f"{d.day}.{d.month}.{d.year}"],
            "it_IT": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
            "nl_NL": [f"{d:%d-%m-%Y}", f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"],
            "pl_PL": [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d.day} {m} {d.year} r."],
            "sv_SE": [f"{d:%Y-%m-%d}", f"{d.day} {m} {d.year}"],
            "pt_BR": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}"],
            "cs_CZ": [f"{d.day}. {d.month}. {d.year}", f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
            "en_IN": [f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}", f"{d.day} {m[:3]} {d.year}", f"{d:%d.%m.%Y}"],
        }.get(loc, [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d.day} {m[:3]} {d.year}", f"{d:%Y-%m-%d}"])
        return self.pick(styles)

    def dob_date(self) -> date:
        return self.day(date(1941, 1, 1), date(2006, 12, 31))

    def event_date(self) -> date:
        return self.day(date(2024, 1, 8), date(2026, 11, 20))

    def tick_dt(self) -> datetime:
        if self.clock is None:
            d = self.event_date()
            self.clock = datetime(d.year, d.month, d.day, self.rng.randint(7, 20), self.rng.randrange(60),
                                  self.rng.randrange(60))
        else:
            self.clock += timedelta(seconds=self.rng.randint(20, 400))
        return self.clock

    # -- phones ----------------------------------------------------------------------------
    def phone_obj(self, region: str, mobile: bool = False) -> phonenumbers.PhoneNumber:
        cc = phonenumbers.country_code_for_region(region)
        PT = phonenumbers.PhoneNumberType
        for _ in range(400):
            t = PT.MOBILE if mobile else self.pick([PT.MOBILE, PT.MOBILE, PT.FIXED_LINE])
            ex = phonenumbers.example_number_for_type(region, t)
            nsn = phonenumbers.national_significant_number(ex)
            keep = self.pick([0, 1, 1, 2, 3])
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            num = phonenumbers.parse(f"+{cc}{cand}", None)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                if not mobile or phonenumbers.number_type(num) in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE):
                    return num
        return phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)

    def phone(self, loc: str, style: str = "any", region: str | None = None, mobile: bool = False) -> str:
        region = region or _REGION_OF[loc]
        num = self.phone_obj(region, mobile)
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, PNF.E164)
        nsn = phonenumbers.national_significant_number(num)
        if style == "e164":
            return e164
        if style == "intl":
            return self.pick([intl, intl, e164])
        extra = [re.sub(r"[ ()]", "", nat)]
        if region in ("US", "CA"):
            extra = [f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"]
        elif region == "GB":
            extra = [intl.replace("+44 ", "+44 (0)"), re.sub(r"\s", "", nat)]
        elif region == "IN":
            extra = [f"{nsn[:5]} {nsn[5:]}", f"+91 {nsn[:5]} {nsn[5:]}", f"+91-{nsn}"]
        elif region == "BR":
            extra = [f"({nsn[:2]}) {nsn[2:-4]}-{nsn[-4:]}", f"{nsn[:2]} {nsn[2:-4]}-{nsn[-4:]}"]
        r = self.rng.random()
        if region == "IN":  # Indians rarely write the 0-prefixed national form of a mobile number
            r = 0.8 + r * 0.2 if r < 0.5 else r
        out = nat if r < 0.45 else intl if r < 0.72 else e164 if r < 0.8 else self.pick(extra)
        try:
            back = phonenumbers.parse(out, region)
            if phonenumbers.is_valid_number(back) and back.national_number == num.national_number:
                return out
        except phonenumbers.NumberParseException:
            pass
        return nat

    # -- money / cards / ids ---------------------------------------------------------------
    def card(self) -> str:
        kind = self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        if kind == "visa":
            digits, groups = _luhn(self.rng, "4", 16), (4, 4, 4, 4)
        elif kind == "mc":
            digits, groups = _luhn(self.rng, self.pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16), (4, 4, 4, 4)
        elif kind == "amex":
            digits, groups = _luhn(self.rng, self.pick(["34", "37"]), 15), (4, 6, 5)
        else:
            digits, groups = _luhn(self.rng, "6011", 16), (4, 4, 4, 4)
        sep = self.pick(["", " ", " ", "-"])
        if not sep:
            return digits
        out, i = [], 0
        for g in groups:
            out.append(digits[i : i + g])
            i += g
        return sep.join(out)

    def masked(self) -> str:
        l4 = self.digits(4)
        return self.pick([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}", f"•••• {l4}",
                          f"{self.pick(['4', '5'])}{self.digits(5)}******{l4}"])

    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        r = self.rng.random()
        return s if r < 0.75 else s.replace("-", " ") if r < 0.87 else s.replace("-", "")

    def routing(self) -> str:
        while True:
            body = self.pick(["0", "1", "2", "3"]) + self.digits(7)
            for c in "0123456789":
                d = [int(x) for x in body + c]
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                    return body + c

    def bank(self) -> str:
        return self.digits(self.rng.randint(8, 12), first_nonzero=True)

    def iban(self, loc: str, compact: bool | None = None) -> str:
        cc = _IBAN_CC.get(loc, "DE")
        if cc == "CZ":
            bank = self.pick(["0100", "0300", "0800", "2010", "0600", "5500", "3030", "6210"])
            while True:
                acct = self.digits(10)
                w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
                if sum(int(a) * b for a, b in zip(acct, w)) % 11 == 0 and acct.lstrip("0"):
                    break
            iban = _iban_check("CZ", bank + "000000" + acct)
        else:
            iban = _iban_of(self.rng, cc).replace(" ", "")
        if compact is None:
            compact = self.rng.random() < 0.45
        return iban if compact else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def amount(self, loc: str, lo: float = 5, hi: float = 900) -> str:
        x = round(self.rng.uniform(lo, hi), 2)
        s = f"{x:,.2f}"
        if _LANG[loc] in ("de", "es", "it", "nl", "pt"):
            s = s.replace(",", "_").replace(".", ",").replace("_", ".")
        elif _LANG[loc] in ("fr", "pl", "sv", "cs"):
            s = s.replace(",", "\u00a0").replace(".", ",")
        return s

    # -- secrets ---------------------------------------------------------------------------
    def password(self, url_safe: bool = False) -> str:
        r = self.rng.random()
        if r < 0.35:
            sym = "-_." if url_safe else "!#$%*?@.-_"
            return f"{self.pick(_PWD_WORDS)}{self.rng.randint(1, 2026)}{self.pick(sym)}"
        if r < 0.7 or url_safe:
            alphabet = string.ascii_letters + string.digits + ("-_." if url_safe else "!#$%*?@-_.")
            while True:
                s = self.chars(self.rng.randint(10, 16), alphabet)
                if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                    return s
        words = [w.lower() for w in self.rng.sample(_PWD_WORDS, 3)]
        return self.pick(["-", ".", "_"]).join(words) + str(self.rng.randint(1, 99))

    def api_key(self, kind: str | None = None) -> str:
        b62 = string.ascii_letters + string.digits
        kind = kind or self.pick(["stripe", "gh", "google", "sendgrid", "slack", "generic", "generic", "jwt"])
        if kind == "stripe":
            return f"{self.pick(['sk_live_', 'rk_live_', 'sk_live_'])}{self.chars(24 + self.rng.randrange(0, 76, 4))}"
        if kind == "gh":
            return f"ghp_{self.chars(36)}"
        if kind == "google":
            return f"AIza{self.chars(35, b62 + '-_')}"
        if kind == "sendgrid":
            return f"SG.{self.chars(22, b62 + '-_')}.{self.chars(43, b62 + '-_')}"
        if kind == "slack":
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.chars(24)}"
        if kind == "aws":
            return self.chars(40, b62 + "/+")
        if kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = f'{{"sub":"{self.uuid()}","iat":{self.rng.randint(1704067200, 1795000000)},"scope":"api"}}'
            pay = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
            return f"{head}.{pay}.{self.chars(43, b62 + '-_')}"
        return self.pick(["", "", "live_", "key_"]) + self.chars(self.pick([32, 40, 48]))

    # -- look-alike ids --------------------------------------------------------------------
    def hexs(self, n: int) -> str:
        return self.chars(n, "0123456789abcdef")

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def version(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 20)}"
        if r < 0.75:
            return f"{self.rng.randint(1, 20)}.{self.rng.randint(0, 12)}.{self.rng.randint(0, 9)}.{self.rng.randint(100, 9999)}"
        return f"{self.rng.randint(1, 5)}.{self.rng.randint(0, 99)}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}"

    def ip_private(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        if r < 0.75:
            return f"192.168.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        return f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip(self, v: int | None = None) -> str:
        v = v or (4 if self.rng.random() < 0.72 else 6)
        return _ip_public_v4(self.rng) if v == 4 else _ip_public_v6(self.rng)

    def loyalty(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            d = _luhn(self.rng, self.pick(["6036", "7013", "7777"]), 16)
            return d if self.rng.random() < 0.6 else " ".join(d[i : i + 4] for i in range(0, 16, 4))
        if r < 0.8:
            return _luhn(self.rng, "9" + self.digits(2), 19)
        return _luhn(self.rng, "2" + self.digits(1), 13)

    def tracking(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return f"1Z{self.chars(6, string.ascii_uppercase + string.digits)}{self.digits(10)}"
        if r < 0.55:
            return f"{self.pick(['RR', 'LX', 'CP', 'UA'])}{self.digits(9)}{self.pick(['GB', 'NL', 'DE', 'CN', 'US'])}"
        if r < 0.8:
            return f"JD{self.digits(18)}"
        return self.digits(12, first_nonzero=True)

    def hs(self) -> str:
        ch = self.pick(["8471", "8517", "6109", "6403", "9503", "8516", "3304", "4202", "8528", "9102"])
        return self.pick([f"{ch}.{self.digits(2)}.{self.digits(4)}", f"{ch} {self.digits(2)} {self.digits(2)}",
                          f"{ch}{self.digits(6)}", f"{ch}.{self.digits(2)}"])

    def mrn(self) -> str:
        return f"{self.rng.randint(24, 26)}{self.pick(['NL', 'DE', 'IE', 'GB', 'BE', 'CZ', 'ES'])}" \
               f"{self.chars(13, string.ascii_uppercase + string.digits)}{self.digits(1)}"

    def container(self) -> str:
        owner = self.pick(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU"])
        serial = self.digits(6)
        vals = {c: v for c, v in zip(string.ascii_uppercase, [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24,
                                                              25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}
        s = owner + serial
        total = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
        return f"{s}{total % 11 % 10}"

    def awb(self) -> str:
        serial = self.digits(7)
        return f"{self.pick(['176', '020', '057', '125', '618', '074'])}-{serial}{int(serial) % 7}"


# -- placeholder renderer ------------------------------------------------------------------
_PH = re.compile(r"\{\{([a-z0-9_]+)(?:@([a-z]{2}_[A-Z]{2}))?(?:\.([a-z0-9_]+))?(?:\|([a-z]+))?\}\}")

_PERSON_KINDS = ("full", "first", "last", "rev", "init", "fullm")
_ENTITY = {k: "PERSON" for k in _PERSON_KINDS}
_ENTITY.update({
    "email": "EMAIL_ADDRESS", "email2": "EMAIL_ADDRESS", "wmail": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER", "mobile": "PHONE_NUMBER", "phone_intl": "PHONE_NUMBER", "phone_e164": "PHONE_NUMBER",
    "card": "CREDIT_CARD", "ssn": "US_SSN", "bank": "US_BANK_NUMBER",
    "iban": "IBAN_CODE", "iban_c": "IBAN_CODE",
    "ip": "IP_ADDRESS", "ip4": "IP_ADDRESS", "ip6": "IP_ADDRESS",
    "addr": "STREET_ADDRESS", "addr_ml": "STREET_ADDRESS", "street": "STREET_ADDRESS",
    "city": "LOCATION",
    "dob": "DATE_OF_BIRTH", "dob_iso": "DATE_OF_BIRTH", "dob_child": "DATE_OF_BIRTH",
    "pwd": "PASSWORD", "pwd_url": "PASSWORD", "pin": "PASSWORD",
    "key_stripe": "API_KEY", "key_gh": "API_KEY", "key_generic": "API_KEY", "key_aws": "API_KEY", "apikey": "API_KEY",
})


def _address_lines(g: _Gen, loc: str) -> list[str]:
    f = g.fk(loc)
    rng = g.rng

    def street() -> str:
        s = ", ".join(p.strip() for p in f.street_address().replace("\n", ",").split(",") if p.strip())
        s = re.sub(r"\b0+(\d)", r"\1", s)
        s = re.sub(r"\b0\b", lambda _m: str(rng.randint(1, 99)), s)
        if not any(c.isdigit() for c in s):
            n = rng.randint(1, 180)
            s = f"{n}, {s}" if loc == "fr_FR" else f"{n} {s}" if _LANG[loc] == "en" else f"{s} {n}"
        return s

    if loc == "en_US":
        city, st = g.pick(_TOWNS[loc])
        return [street(), f"{city}, {st} {f.postcode()}"]
    if loc == "en_CA":
        city, pr = g.pick(_TOWNS[loc])
        pc = f.postalcode().replace(" ", "")
        return [street(), f"{city}, {pr} {pc[:3]} {pc[3:]}"]
    if loc == "en_GB":
        return [street(), g.pick(_TOWNS[loc]), f.postcode()]
    if loc == "en_IE":
        town, county = g.pick(_TOWNS[loc])
        ec = f.postcode().replace(" ", "")
        ec = f"{ec[:3]} {ec[3:]}"
        if town == "Dublin":
            return [street(), f"Dublin {rng.randint(1, 24)}", ec]
        return [street(), town, f"Co. {county}", ec] if rng.random() < 0.6 else [street(), town, ec]
    if loc == "en_AU":
        town, st = g.pick(_TOWNS[loc])
        lo, hi = _AU_PC[st]
        return [street(), f"{town} {st} {rng.randint(lo, hi):04d}"]
    if loc == "en_NZ":
        return [street(), f"{g.pick(_TOWNS[loc])} {rng.randint(100, 9899):04d}"]
    if loc == "en_IN":
        return [street(), f"{f.city()} - {rng.randint(110001, 799999)}"]
    if loc == "zu_ZA":
        en = g.fk("en_GB")
        return [f"{rng.randint(1, 240)} {en.last_name()} {g.pick(_ZA_STREET_TYPES)}", f.city(),
                f"{rng.randint(1, 9999):04d}"]
    if loc == "pt_BR":
        city, uf = g.pick(_TOWNS[loc])
        who = f"{f.first_name()} {f.last_name()}" if rng.random() < 0.5 else f.last_name()
        line = f"{g.pick(_BR_STREET_TYPES)} {who}, {rng.randint(1, 3999)}"
        if rng.random() < 0.4:
            line += f", apto {rng.randint(11, 1204)}"
        return [line, f.bairro(), f"{city} - {uf}", f"CEP {f.postcode()}"]
    if loc == "fr_FR":
        return [street(), f"{f.postcode()} {g.pick(_TOWNS[loc])}"]
    if loc == "nl_NL":
        pc = f.postcode().replace(" ", "")
        pc = f"{pc[:4]} {pc[4:]}" if rng.random() < 0.7 else pc
        return [street(), f"{pc} {f.city()}"]
    if loc == "sv_SE":
        pc = f.postcode().replace(" ", "")
        return [street(), f"{pc[:3]} {pc[3:]} {f.city()}"]
    if loc == "es_ES":
        return [street(), f"{f.postcode()} {_city(g, loc)}"]
    if loc == "it_IT":
        return [street(), f"{f.postcode()} {_city(g, loc)}"]
    # de_DE, pl_PL, cs_CZ
    return [street(), f"{f.postcode()} {f.city()}"]


def _city(g: _Gen, loc: str) -> str:
    if loc in _TOWNS:
        t = g.pick(_TOWNS[loc])
        return t[0] if isinstance(t, tuple) else t
    return g.fk(loc).city()


def _value(g: _Gen, kind: str, loc: str) -> str:  # noqa: C901 - one switch over all kinds
    rng = g.rng
    lang = _LANG[loc]
    # -- PII ------------------------------------------------------------------------------
    if kind in ("phone", "mobile", "phone_intl", "phone_e164"):
        style = {"phone": "any", "mobile": "any", "phone_intl": "intl", "phone_e164": "e164"}[kind]
        if loc != g.loc:  # a number from another country is written internationally
            style = "intl" if style == "any" else style
        return g.phone(loc, style, mobile=kind == "mobile")
    if kind == "card":
        return g.card()
    if kind == "ssn":
        return g.ssn()
    if kind == "bank":
        return g.bank()
    if kind == "iban":
        return g.iban(loc)
    if kind == "iban_c":
        return g.iban(loc, compact=True)
    if kind == "ip":
        return g.ip()
    if kind == "ip4":
        return g.ip(4)
    if kind == "ip6":
        return g.ip(6)
    if kind == "addr":
        return ", ".join(_address_lines(g, loc))
    if kind == "addr_ml":
        return "\n".join(_address_lines(g, loc))
    if kind == "street":
        return _address_lines(g, loc)[0]
    if kind == "city":
        return _city(g, loc)
    if kind == "dob":
        return g.fmt_date(g.dob_date(), loc)
    if kind == "dob_iso":
        return f"{g.dob_date():%Y-%m-%d}"
    if kind == "dob_child":
        return g.fmt_date(g.day(date(2010, 9, 1), date(2020, 8, 31)), loc)
    if kind == "pwd":
        return g.password()
    if kind == "pwd_url":
        return g.password(url_safe=True)
    if kind == "pin":
        return g.digits(g.pick([4, 4, 6]))
    if kind in ("key_stripe", "key_gh", "key_generic", "key_aws"):
        return g.api_key(kind[4:])
    if kind == "apikey":
        return g.api_key()
    # -- look-alikes ----------------------------------------------------------------------
    if kind == "date":
        return g.fmt_date(g.event_date(), loc)
    if kind == "date_iso":
        return f"{g.event_date():%Y-%m-%d}"
    if kind == "tick":
        return f"{g.tick_dt():%H:%M}"
    if kind == "tsq":
        t = g.tick_dt()
        return g.pick([f"{t:%Y-%m-%dT%H:%M:%SZ}", f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"]) \
            if g.loc not in ("en_CA", "en_IE", "nl_NL") else f"{t:%Y-%m-%d %H:%M:%S}"
    if kind == "clf":
        if ("tz",) not in g.cache:
            g.cache[("tz",)] = g.pick(["+0000", "+1000", "+1100"])
        return f"{g.tick_dt():%d/%b/%Y:%H:%M:%S} {g.cache[('tz',)]}"
    if kind == "month":
        return _MONTHS_NOM[lang][g.event_date().month - 1]
    if kind == "order":
        return g.pick([f"ORD-{rng.randint(2024, 2026)}-{g.digits(6)}", f"#{g.digits(7, True)}",
                       f"{g.chars(2, string.ascii_uppercase)}{g.digits(8)}", g.digits(9, True),
                       f"{rng.randint(100, 999)}-{g.digits(7)}"])
    if kind == "ticket":
        return g.pick([f"{g.digits(6, True)}", f"INC{g.digits(7)}", f"TCK-{g.digits(5)}", f"CS-{g.digits(6)}"])
    if kind in ("ref", "conf", "booking", "policy", "ddref", "contract", "wo", "listing", "rx", "callid",
                "invoice", "jobid", "member", "rider", "promo", "eticket", "storeno", "acct", "instance", "eori"):
        u = string.ascii_uppercase
        return {
            "ref": lambda: g.pick([g.chars(8, u + string.digits), f"REF{g.digits(7)}", g.digits(10, True)]),
            "conf": lambda: g.chars(8, u + string.digits),
            "booking": lambda: f"PR-{g.chars(6, u + string.digits)}",
            "policy": lambda: f"POL{g.digits(8)}",
            "ddref": lambda: f"{g.chars(3, u)}{g.digits(9)}",
            "contract": lambda: f"{rng.randint(1, 48)}/{rng.randint(2024, 2026)}/{g.chars(2, u)}",
            "wo": lambda: f"WO-{g.digits(6)}",
            "listing": lambda: f"L{g.digits(9)}",
            "rx": lambda: g.pick([f"RX{g.digits(7)}", f"{g.digits(7)}-{g.digits(2)}"]),
            "callid": lambda: f"{g.digits(10, True)}.{g.digits(3)}",
            "invoice": lambda: g.pick([f"FAC-{rng.randint(2024, 2026)}-{g.digits(5)}", f"F{g.digits(8)}"]),
            "jobid": lambda: g.pick([f"JR{g.digits(6)}", f"{g.chars(3, u)}-{g.digits(4)}", g.digits(5, True)]),
            "member": lambda: g.digits(10, True),
            "rider": lambda: f"R{g.digits(6)}",
            "promo": lambda: f"{g.pick(['SORRY', 'WELCOME', 'TREAT', 'BACK'])}{rng.randint(5, 20)}",
            "eticket": lambda: g.digits(16),
            "storeno": lambda: str(rng.randint(100, 3999)),
            "acct": lambda: f"{g.digits(6, True)}",
            "instance": lambda: g.pick([f"i-{g.hexs(17)}", f"vps-{g.hexs(8)}", f"srv-{g.digits(6)}"]),
            "eori": lambda: g.digits(12, True),
        }[kind]()
    if kind == "track":
        return g.tracking()
    if kind == "awb":
        return g.awb()
    if kind == "container":
        return g.container()
    if kind == "mrn":
        return g.mrn()
    if kind == "hs":
        return g.hs()
    if kind == "ver":
        return g.version()
    if kind == "sha":
        return g.hexs(64)
    if kind == "sha1":
        return g.hexs(40)
    if kind == "sha7":
        return g.hexs(g.pick([7, 8]))
    if kind == "hex8":
        return g.hexs(8) if rng.random() < 0.5 else g.hexs(17)
    if kind == "b64fp":
        return g.chars(43, string.ascii_letters + string.digits + "+/")
    if kind == "uuid":
        return g.uuid()
    if kind == "masked":
        return g.masked()
    if kind == "last4":
        return g.digits(4)
    if kind == "bin":
        return g.pick(["4", "5"]) + g.digits(5)
    if kind == "routing":
        return g.routing()
    if kind == "loyalty":
        return g.loyalty()
    if kind == "fob":
        return g.pick([g.digits(10, True), f"{g.hexs(8).upper()}", f"{rng.randint(100, 255)}:{g.digits(5)}"])
    if kind == "amount":
        return g.amount(loc)
    if kind == "salary":
        return str(rng.randint(28, 95))
    if kind == "rate":
        return f"{rng.randint(16, 58)}.{g.pick(['00', '50', '25', '75'])}"
    if kind == "ctc":
        return f"{rng.randint(4, 32)}.{rng.randint(0, 9)}"
    if kind == "points":
        return str(rng.randint(120, 48000))
    if kind == "int":
        return str(rng.randint(2, 9999))
    if kind == "ext":
        return g.digits(4, True)
    if kind == "unit":
        return g.pick([f"{rng.randint(1, 40)}{g.pick('ABCDEF')}", f"#{rng.randint(100, 999)}", str(rng.randint(1, 300))])
    if kind == "roomno":
        return str(rng.randint(1, 40)) + g.pick(["", "", "B"])
    if kind == "slot":
        h = rng.randint(8, 17)
        m = g.pick(["00", "30"])
        return f"{h:02d}:{m}-{h + rng.randint(1, 3):02d}:{m}"
    if kind == "desk":
        return f"{g.pick('ABCDE')}{rng.randint(1, 48)}"
    if kind == "truck":
        return g.pick([f"T-{rng.randint(10, 99)}", f"#{rng.randint(3, 40)}", f"{g.pick(['LKW', 'VAN', 'F'])}-{rng.randint(1, 30)}"])
    if kind == "sec":
        return g.pick([str(rng.randint(101, 340)), f"{g.pick(['Floor', 'GA', 'Lower'])} {rng.randint(1, 30)}",
                       f"{g.pick('ABCDEFGH')}{rng.randint(1, 12)}"])
    if kind == "row":
        return g.pick([str(rng.randint(1, 40)), g.pick(string.ascii_uppercase[:20])])
    if kind == "pieces":
        return str(rng.randint(1, 12))
    if kind == "weight":
        return f"{rng.randint(1, 480)}.{rng.randint(0, 9)}"
    if kind == "lat":
        return f"{rng.uniform(-45, 60):.6f}"
    if kind == "lon":
        return f"{rng.uniform(-120, 150):.6f}"
    if kind == "ipriv":
        return g.ip_private()
    if kind == "pod":
        return g.pick([f"{g.pick(['use1', 'euw1', 'aps1'])}-{rng.randint(1, 9)}", f"prod-{g.hexs(5)}", f"pg{rng.randint(1, 30)}"])
    if kind == "short":
        return g.digits(5, True)
    if kind == "cnpj":
        return f"{g.digits(2)}.{g.digits(3)}.{g.digits(3)}/0001-{g.digits(2)}"
    if kind == "piva":
        return g.digits(11)
    if kind == "boleto":
        return f"{g.digits(5)}.{g.digits(5)} {g.digits(5)}.{g.digits(6)} {g.digits(5)}.{g.digits(6)} {g.digits(1)} {g.digits(14)}"
    if kind == "ssid":
        return g.pick([f"{g.brand()}-Members", f"{g.brand()}_Guest", f"{g.brand().upper()}-5G", f"{g.brand()} WiFi"])
    if kind == "domain":
        return g.domain(loc)
    if kind == "brand":
        return g.brand(loc)
    if kind == "company":
        return g.company(loc)
    if kind == "bankname":
        return f"{g.brand(loc)} {g.pick(['Bank', 'Bank', 'Credit Union', 'Mutual'])}"
    if kind == "insurer":
        return g.pick([f"{g.brand(loc)} BKK", f"{g.brand(loc)} Krankenkasse", f"BKK {g.brand(loc)}"])
    if kind == "pharmacy":
        return "Pharmacie " + g.pick(["du Centre", "de la Gare", "des Halles", "du Marché", "de l'Église",
                                      "des Arcades", "du Parc", "Centrale"])
    if kind == "store":
        return g.brand(loc) + g.pick(["", "", " Market", " Home", " Sports", " Foods", " Beauty"])
    if kind == "drug":
        return g.pick(_DRUGS)
    if kind == "restaurant":
        return g.pick(_RESTAURANTS)
    if kind == "dish":
        return g.pick(_DISHES)
    if kind == "event":
        return f"{g.pick(_EVENT_A)} {g.pick(_EVENT_B)} – {g.pick(_EVENT_C)}"
    if kind == "school":
        return g.pick(_SCHOOLS.get(lang, _SCHOOLS["en"]))
    if kind == "room":
        return g.pick(_ROOMS)
    if kind == "pet":
        return g.pick(_PETS)
    if kind == "product":
        return g.pick(_PRODUCTS)
    if kind == "job":
        return g.pick(_JOBS)
    raise KeyError(kind)


def _render(template: str, loc: str, g: _Gen) -> Text:
    g.new_text(loc)
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    used: list[str] = []
    pos = cur = 0
    for m in _PH.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        cur += len(lit)
        kind, vloc, tag, mod = m.groups()
        vloc = vloc or loc
        if kind in _PERSON_KINDS:
            val = g.name(g.person(vloc, tag or "a"), kind)
        elif kind in ("email", "email2", "wmail"):
            p = g.person(vloc, tag or "a")
            key = (kind, vloc, tag or "a")
            if key not in g.cache:
                if kind == "wmail":
                    g.cache[key] = g.work_email(p)
                else:
                    v = g.email_of(p)
                    while kind == "email2" and v == g.cache.get(("email", vloc, tag or "a")):
                        v = g.email_of(p)
                    g.cache[key] = v
            val = g.cache[key]
        elif tag is not None:
            key = (kind, vloc, tag)
            if key not in g.cache:
                g.cache[key] = _value(g, kind, vloc)
            val = g.cache[key]
        else:
            val = _value(g, kind, vloc)
            for _ in range(8):  # two different towns / addresses in one text are never the same by chance
                if kind not in ("city", "addr", "addr_ml", "street") or val not in used:
                    break
                val = _value(g, kind, vloc)
        used.append(val)
        if mod == "up":
            val = val.upper()
        elif mod == "low":
            val = val.lower()
        out.append(val)
        ent = _ENTITY.get(kind)
        if ent:
            spans.append((cur, cur + len(val), ent))
        cur += len(val)
        pos = m.end()
    out.append(template[pos:])
    return Text("".join(out), spans)


# -- free-text templates -------------------------------------------------------------------
# (locale, domain, template). Person tags ending in _f / _m fix the gender where the text needs it.
TEMPLATES: list[tuple[str, str, str]] = [
    # ---- pharmacy and online doctor -----------------------------------------------------------
    ("en_GB", "pharmacy", """Subject: Your consultation summary (ref {{ref}})

Dear {{first}},

Thank you for using {{brand.c}} Online Doctor. Dr {{last.doc}} reviewed your questionnaire on {{date}} and has issued a prescription for {{drug}}. Your parcel will go out by tracked 24 ({{track}}) to:

{{addr_ml}}

If you would rather we called you on a number other than {{phone}}, just reply to this email.

Kind regards,
{{full.ph}}
Lead Pharmacist, {{brand.c}} Pharmacy"""),
    ("en_US", "pharmacy", """REFILL REQUEST {{order}}
Patient: {{rev|up}}    DOB: {{dob}}
Callback: {{phone}} (prefers text)
Rx# {{rx}} {{drug}}, last filled {{date}}, 2 refills left
Ins. card on file ending {{last4}}; copay charged to card {{card}} per patient.
Note: Dr. {{last.doc}}'s office faxed a new script from {{phone.fax}}. ID verified w/ DOB. -- {{init.tech}}"""),
    ("en_IN", "pharmacy", """[{{tick}}] {{first|low}}: hi doctor, my mother has fever since 3 days. can u prescribe something
[{{tick}}] Dr. {{full.doc}}: Hello {{first}}, please share the patient's full name, date of birth and current medicines.
[{{tick}}] {{first|low}}: name {{full.mum_f}}, dob {{dob}}, she takes {{drug}} daily
[{{tick}}] Dr. {{full.doc}}: Noted. E-prescription {{rx}} has been sent to your registered email {{email.a}}. Medicines will be delivered to {{city}} within 24 hrs. Consultation fee Rs. {{amount}} charged."""),
    ("de_DE", "pharmacy", """Rezept-Upload {{order}} – Formulardaten
vorname={{first}}
nachname={{last}}
geburtsdatum={{dob}}
lieferadresse={{addr}}
telefon={{phone}}
email={{email.a}}
krankenkasse={{insurer}}
versichertenstatus=gesetzlich
arzt=Dr. med. {{full.doc}}
praeparat={{drug}}
hochgeladen_am={{tsq}}
datei_sha256={{sha}}"""),
    ("fr_FR", "pharmacy", """{{pharmacy}} : Bonjour {{first}} {{last|up}}, votre commande {{order}} est prête. Retrait possible jusqu'au {{date}} sur présentation de votre ordonnance. Une question ? {{phone}}. Pour ne plus recevoir de SMS : STOP au {{short}}"""),
    ("es_ES", "pharmacy", """Ticket #{{ticket}} · Telemedicina
Paciente: {{full}} (fecha de nacimiento: {{dob}})
Correo: {{email.a}} · Tel.: {{phone}}
Motivo: renovación de la receta de {{drug}}. Reside en {{city}} y solicita envío a {{addr}}.
Pago con tarjeta terminada en {{last4}} — importe {{amount}} €.
Asignado a: Dra. {{full.doc_f}}
Estado: pendiente de validación ({{date}})"""),
    # ---- bank call centre -----------------------------------------------------------------------
    ("en_US", "bank", """Call ID {{callid}} | Queue: Card Services | Agent: {{full.ag}} (x{{ext}})
Caller identified as {{full}}; verified SSN {{ssn}} and DOB {{dob}}.
Reports card {{card}} lost in {{city}} on {{date}}. Card blocked at {{tick}}, replacement mailed to the address on file:
{{addr_ml}}
Caller also asked to move ${{amount}} from checking {{bank}} (routing {{routing}}) to savings. Done, confirmation {{conf}}."""),
    ("en_CA", "bank", """{{tsq}} {{first|low}} {{last|low}}: hi i cant log into online banking, it says my account is locked
{{tsq}} Agent {{first.ag}}: Hi {{first}}, sorry about that! Can you confirm the phone number on your profile?
{{tsq}} {{first|low}} {{last|low}}: {{phone}}
{{tsq}} Agent {{first.ag}}: Thank you. I've sent a one-time code to that number.
{{tsq}} {{first|low}} {{last|low}}: got it. btw my pin is {{pin}} is that why its locked??
{{tsq}} Agent {{first.ag}}: Please never share your PIN, even with us. I've ordered a PIN reset for card {{masked}}; you can pick it up at your {{city}} branch."""),
    ("en_GB", "bank", """From: {{full}} <{{email.a}}>
Subject: Complaint - direct debit taken twice

Hello,

On {{date}} the {{company}} direct debit (reference {{ddref}}) was collected twice from my account {{iban.x}}. I have phoned your helpline twice and was told it would be refunded within 5 working days, which has not happened.

Please refund £{{amount}} to {{iban.x}} and confirm in writing to {{addr}}.

Yours faithfully,
{{full}}
{{phone}}"""),
    ("zu_ZA", "bank", """{{bankname}}: Dear {{first|up}} {{last|up}}, R{{amount}} paid from acc ...{{last4}} to {{company}} on {{date}} at {{tick}}. Avail bal R{{amount}}. Not you? Call {{phone}} immediately. Ref {{ref}}"""),
    ("en_IE", "bank", """ts={{tsq}} level=INFO svc=ivr-router call_id={{uuid.c}} ani={{phone_e164}} lang=en-IE menu=card_block
ts={{tsq}} level=INFO svc=ivr-auth call_id={{uuid.c}} customer="{{full}}" dob_match=true iban={{iban_c}} attempts=1
ts={{tsq}} level=WARN svc=agent-desktop call_id={{uuid.c}} agent="{{full.ag}}" note="caller in {{city}}, card {{masked}} retained by ATM" build={{ver}}"""),
    ("pl_PL", "bank", """Notatka z rozmowy – {{date}} {{tick}}
Klient: {{full}}, ur. {{dob}}, tel. {{phone}}
Zgłoszenie: nieautoryzowana transakcja kartą {{masked}} na kwotę {{amount}} zł (sprzedawca: {{company}}).
Klient prosi o zwrot środków na rachunek {{iban}}.
Karta zastrzeżona, nowa zostanie wysłana na adres korespondencyjny: {{addr}}.
Konsultant: {{full.ag}} (wew. {{ext}})"""),
    # ---- moving company -------------------------------------------------------------------------
    ("en_AU", "moving", """New quote request – {{brand}} Removals
Name: {{full}}
Email: {{email.a}}
Mobile: {{mobile}}
Moving from: {{addr}}
Moving to: {{addr}}
Preferred date: {{date}} (flexible ±2 days)
Bedrooms: 3 · Piano: yes · Storage needed: no
Notes: access via the lane at the back. Our dog {{pet}} will be at the neighbours'.
Form ID {{uuid}} · submitted {{tsq}}"""),
    ("en_US", "moving", """[{{tick}}] Dispatch: Truck {{truck}} assigned to the {{last.c_f}} job {{order}}, pickup at {{addr}}
[{{tick}}] {{first.crew|low}}: on site. customer wants the sofa to go to storage unit {{unit}} at our {{city}} yard
[{{tick}}] Dispatch: ok. {{first.c_f}} will pay the balance at drop-off, call her at {{phone}} if u are running late
[{{tick}}] {{first.crew|low}}: 👍 eta {{tick}}"""),
    ("en_NZ", "moving", """Kia ora {{first}},

Thanks for booking with {{brand.b}} Movers. Your move from {{city}} to {{city}} is confirmed for {{date}}. Our team leader {{full.tl}} will call you on {{phone}} the day before to confirm the arrival window.

Inventory ref {{ref}}: 38 cartons, 1 fridge, 2 bikes, 1 trampoline.
Transit insurance policy {{policy}}.
Deposit received: NZ${{amount}} (card ending {{last4}}).

Ngā mihi,
{{first.ops}}
{{brand.b}} Movers – Operations"""),
    ("de_DE", "moving", """Guten Tag {{full}},

vielen Dank für Ihren Auftrag {{order.o}}. Wir bestätigen den Umzug am {{date}} von

{{addr_ml}}

nach

{{addr_ml}}

Die Halteverbotszone haben wir bei der Stadt {{city}} beantragt. Bitte überweisen Sie die Anzahlung von {{amount}} € bis spätestens {{date}} auf unser Konto {{iban}} (Verwendungszweck: {{order.o}}).

Mit freundlichen Grüßen
{{full.ag}}
{{company}}
Tel. {{phone}}"""),
    ("sv_SE", "moving", """Kund: hej! vi flyttar från {{city}} till {{city}} den {{date}}, kan ni ta ett piano också?
{{first.ag}} ({{brand.b}} Flytt): Hej! Ja, det går bra. Vilken adress står pianot på?
Kund: {{addr}}, 3 tr, hiss finns
{{first.ag}} ({{brand.b}} Flytt): Toppen. Jag mejlar offerten till {{email.a}} – vilket namn ska stå på den?
Kund: {{full|low}}
{{first.ag}} ({{brand.b}} Flytt): Tack! Offertnummer {{order}}."""),
    ("es_ES", "moving", """PARTE DE MUDANZA Nº {{order}}
Cliente: {{rev|up}}
Origen: {{addr}}
Destino: guardamuebles de {{city}}, nave {{int}}
Teléfono: {{phone}}
Operarios: {{first.o1}} y {{first.o2}}
Vehículo: furgón {{truck}}
Incidencias: espejo del salón con arañazo, firmado por el cliente el {{date}}."""),
    # ---- coworking spaces -----------------------------------------------------------------------
    ("en_GB", "coworking", """Hi {{first}},

Welcome to {{brand.b}} Works {{city}}! Your hot desk membership starts on {{date}}.

Wi-Fi network: {{ssid}}
Password: {{pwd}}

Your key fob (serial {{fob}}) will be waiting at reception. You get 4 hours of meeting room credit a month; book the {{room}} room through the app (v{{ver}} or later).

See you soon,
{{full.cm}}
Community Manager"""),
    ("en_US", "coworking", """{"ts":"{{tsq}}","event":"badge.access","site":"{{city}}","door":"3F-east","member":"{{full}}","member_id":"{{uuid.m}}","result":"granted"}
{"ts":"{{tsq}}","event":"wifi.auth","client_ip":"{{ip}}","ap":"{{ipriv}}","user":"{{email.a}}","ssid":"{{ssid}}"}
{"ts":"{{tsq}}","event":"room.booking","room":"{{room}}","member_id":"{{uuid.m}}","slot":"{{slot}}","fw":"{{ver}}"}"""),
    ("en_IE", "coworking", """{{first.m1|low}}: anyone know the guest wifi pw this week?
{{first.cm}}: it's {{pwd}} – changes on Monday
{{first.m1|low}}: ta! also is {{full.m2}} from {{company}} still in the {{room}} room?
{{first.cm}}: they moved to desk {{desk}}. there's a parcel for them at reception btw, tracking {{track}}
{{first.m1|low}}: grand, I'll tell {{first.m2}}"""),
    ("fr_FR", "coworking", """Objet : Relance – facture {{invoice}}

Bonjour {{first}} {{last}},

Votre facture de {{month}} d'un montant de {{amount}} € reste impayée : le prélèvement SEPA sur le compte {{iban}} a été rejeté le {{date}}.
Merci de régulariser avant le {{date}} pour conserver l'accès à votre poste (badge {{fob}}).

Cordialement,
{{full.cm}}
{{company}} – {{addr}}
Tél. {{phone}}"""),
    ("it_IT", "coworking", """Prenotazione sala riunioni
Nome e cognome: {{full}}
Azienda: {{company}}
Email: {{email.a}}
Cellulare: {{mobile}}
Sala: {{room}} — {{date}}, {{slot}}
Codice prenotazione: {{booking}}
Note: servono 6 sedie in più e il proiettore. Fattura intestata a P. IVA {{piva}}."""),
    ("nl_NL", "coworking", """# koppeling toegangssysteem – vestiging {{city}}
# beheerder: {{full}} <{{email.a}}>, bij storing bellen: {{phone}}
[access]
endpoint = https://api.{{domain}}/v2
site_id = {{int}}
api_key = {{key_generic}}
firmware = {{ver}}
controller_ip = {{ipriv}}"""),
    # ---- school parent portal -------------------------------------------------------------------
    ("en_US", "school", """From: {{full.t_m}} <{{wmail.t_m}}>
To: {{full.p_f}}
Subject: {{first.kid}}'s field trip form

Hi Ms. {{last.p_f}},

{{first.kid}} still needs to bring back the signed permission slip for our {{date}} trip. The fee (${{amount}}) can be paid in the parent portal.
Also, the emergency number we have on file ({{phone}}) seems to be disconnected. Could you update it or reply with a new one?

Thanks!
Mr. {{last.t_m}}
Grade 4, Room {{roomno}}, {{school}}"""),
    ("en_GB", "school", """PUPIL REGISTRATION FORM
Surname: {{last.kid|up}}
Forename(s): {{first.kid|up}}
Date of birth: {{dob_child}}
Home address: {{addr}}
Parent/carer 1: {{full.p1}}    Mobile: {{mobile}}
Parent/carer 2: {{full.p2}}    Mobile: {{mobile}}
Email for school letters: {{email.p1}}
Previous school: {{school}}
Year group: 7 · Form: 7H · Free school meals: N
Submitted {{date}} · ref {{ref}}"""),
    ("en_AU", "school", """{{school}}: Hi {{first}}, {{first.kid}} was marked absent for period 1 today ({{date}}). Please reply with a reason or call the front office on {{phone}}. Ref {{ref}}"""),
    ("en_CA", "school", """{{tsq}} level=WARN app=parent-portal event=login_failed user={{email.a}} src_ip={{ip}} attempts=5 ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
{{tsq}} level=INFO app=parent-portal event=password_reset_requested user={{email.a}} src_ip={{ip.x}}
{{tsq}} level=INFO app=parent-portal event=password_changed user={{email.a}} src_ip={{ip.x}} new_password="{{pwd}}" build={{ver}}"""),
    ("pt_BR", "school", """Olá, {{first}}!

O boleto da mensalidade de {{month}} do(a) aluno(a) {{full.kid}} vence em {{date}}.
Linha digitável: {{boleto}}

Se preferir, pague via PIX (chave CNPJ {{cnpj}}) e envie o comprovante para {{wmail.sec}}.
Dúvidas: {{phone}} (secretaria)

Atenciosamente,
{{full.sec}}
Secretaria – {{school}}"""),
    ("cs_CZ", "school", """Dobrý den, paní {{last.p_f}},

posílám informace k třídní schůzce, která proběhne {{date}} v {{tick}}. {{first.kid_m}} si bohužel zapomněl ve škole bundu, je uložená v kabinetu.
Prosím také o aktualizaci telefonního čísla v elektronické žákovské knížce (máme uvedeno {{phone}}).

S pozdravem
Mgr. {{full.t_f}}
třídní učitelka 5.B, {{school}}
tel. {{phone}}"""),
    # ---- food delivery --------------------------------------------------------------------------
    ("en_AU", "food", """Ticket {{ticket}} — Missing items
Customer: {{full}} ({{email.a}})
Order {{order}} from {{restaurant}}, delivered {{date}} {{tick}} to {{addr}}
Rider: {{first.r}} (rider ID {{rider}})
Customer says the {{dish}} was missing from the bag. Refunded A${{amount}} to card ending {{last4}}. Promo {{promo}} added for next order."""),
    ("en_US", "food", """[{{tick}}] Courier {{first.r}}: Hi! I'm at {{street}} but there's no sign on the building
[{{tick}}] You: it's the blue door next to {{restaurant}}, buzz {{last|low}}
[{{tick}}] Courier {{first.r}}: Got it 👍
[{{tick}}] You: thx. if nobody answers call {{phone}}"""),
    ("en_IN", "food", """{"event":"order_placed","order_id":"{{order}}","user":{"name":"{{full}}","phone":"{{phone_e164}}","email":"{{email.a}}"},"drop":{"address":"{{addr}}","lat":{{lat}},"lng":{{lon}}},"payment":{"method":"card","bin":"{{bin}}","last4":"{{last4}}"},"restaurant":"{{restaurant}}","app_version":"{{ver}}","client_ip":"{{ip4}}"}"""),
    ("es_ES", "food", """Hola, soy {{first}} {{last}}.
Ayer hice un pedido ({{order}}) a {{restaurant}} y me lo habéis cobrado dos veces en la tarjeta {{card}}. Os adjunto captura del extracto.
La dirección de entrega era {{addr}}.
Podéis llamarme al {{phone}} por la tarde.
Gracias,
{{first}}"""),
    ("pl_PL", "food", """{{brand}}: Twoje zamówienie {{order}} z {{restaurant}} jest w drodze! Kurier {{first.r}} będzie ok. {{tick}} pod adresem {{addr}}. Problem z dostawą? Zadzwoń: {{phone}}"""),
    ("it_IT", "food", """Modulo adesione ristorante partner
Ragione sociale: {{company}}
Insegna: {{restaurant}}
Referente: {{full}}
Telefono referente: {{phone}}
Email: {{email.a}}
Indirizzo locale: {{addr}}
IBAN per gli accrediti: {{iban}}
P. IVA: {{piva}}
Commissione concordata: 22% · Listino v{{ver}}"""),
    # ---- event ticket resale --------------------------------------------------------------------
    ("en_US", "resale", """Hi {{first}},

Good news: your tickets for {{event}} ({{date}}, Section {{sec}}, Row {{row}}) have sold!
Your payout of ${{amount}} will be sent to checking account {{bank}} (routing {{routing}}) within 5-7 business days.

Listing {{listing}} · Order {{order}}
Questions? Call us at {{phone}}."""),
    ("en_GB", "resale", """FRAUD REVIEW – listing {{listing}}
Seller: {{full}} <{{email.a}}>, signup IP {{ip}}, last login {{ip}}
Buyer: {{full.b}} <{{email.b}}>, card {{card}} (3DS failed twice), billing address {{addr}}
Device fingerprint {{sha}} seen on 4 other accounts. Chargeback ref {{ref}}.
Recommend: suspend seller, refund buyer. – {{init.an}}"""),
    ("en_CA", "resale", """buyer: hey, are the 2 tix for {{event}} still available?
{{first|low}}: yep! $280 each, section {{sec}}
buyer: can i pay half now?
{{first|low}}: full amount by e-transfer pls, to {{email.a}}. name on it will show as {{full}}
buyer: ok sending now. what's your number in case it doesn't go through
{{first|low}}: {{phone}}"""),
    ("en_NZ", "resale", """Hi there,

I bought two tickets to {{event}} through your marketplace from a seller called {{full.s_m}}. He asked me to pay outside the platform and has stopped replying. He was texting me from {{mobile}}.
I paid NZ${{amount}} on {{date}} (my order number is {{order}}).

My details: {{full}}, {{addr}}, {{email.a}}.

Cheers,
{{first}}"""),
    ("en_AU", "resale", """{{tsq}} resale-api INFO listing.created listing_id={{listing.l}} seller_email={{email.a}} seller_ip={{ip6}} event_id={{int}} price_aud={{amount}} barcode_sha1={{sha1}} client={{ver}}
{{tsq}} resale-api INFO payout.scheduled listing_id={{listing.l}} payee="{{full}}" method=bank amount_aud={{amount}} batch={{uuid}}"""),
    ("fr_FR", "resale", """Formulaire vendeur – revente de billets
Nom : {{last|up}}
Prénom : {{first}}
Date de naissance : {{dob}}
Adresse : {{addr}}
IBAN pour le versement : {{iban}}
Billets : 2 × {{event}} – {{date}} – catégorie 1
N° de billet : {{eticket}}
Prix de vente souhaité : {{amount}} € / billet"""),
    # ---- recruitment agency ---------------------------------------------------------------------
    ("en_GB", "recruitment", """CANDIDATE: {{full|up}}
Location: {{city}} (happy to commute to {{city}})
Mobile: {{mobile}} | Email: {{email.a}}
DOB: {{dob}}
Current: Senior Accountant at {{company}}, £{{salary}}k + bonus, 3 months' notice
Consultant notes: strong on IFRS 16 and consolidations. Interviewed {{date}} by {{first.rc}}. Put forward to {{company}} for job {{jobid}}."""),
    ("en_US", "recruitment", """NEW HIRE PAYROLL SETUP – {{company}}
Employee name: {{fullm}}
SSN: {{ssn}}
Date of birth: {{dob}}
Home address: {{addr}}
Personal email: {{email.a}}
Direct deposit: account {{bank}}, routing {{routing}}, checking
Start date: {{date}}   Pay rate: ${{rate}}/hr   Placement ID: {{jobid}}
Recruiter: {{full.rc}}"""),
    ("en_IN", "recruitment", """Dear {{first.rc}},

Please find attached my updated resume for the Java Developer role (Job ID {{jobid}}). My current CTC is {{ctc}} LPA and my notice period is 60 days. I am presently based in {{city}} but I am open to relocating to {{city}}.

Thanks and regards,
{{full}}
{{phone}}
{{email.a}}"""),
    ("de_DE", "recruitment", """Sehr geehrte Frau {{last.rc_f}},

hiermit bewerbe ich mich auf die Stelle als Elektroniker für Betriebstechnik (Kennziffer {{jobid}}), die ich auf Ihrem Portal gefunden habe. Derzeit arbeite ich bei der {{company}} in {{city}}.

Mit freundlichen Grüßen
{{full}}

{{addr_ml}}
Tel.: {{phone}}
geb. am {{dob}}"""),
    ("sv_SE", "recruitment", """Kandidat: {{full}}
Född: {{dob}}
Bostadsort: {{city}}
E-post: {{email.a}}
Mobil: {{mobile}}
Tjänst: Lagerchef (annons {{jobid}})
Lönekrav: {{salary}} 000 kr/mån
Referens: {{full.ref}}, {{phone}}
Intervju bokad {{date}} kl. {{tick}} med {{first.rc}}"""),
    ("pt_BR", "recruitment", """{{first.rc_f}} (Recrutadora): Oi {{first}}, tudo bem? Vi seu perfil para a vaga de analista de dados na {{company}}, pode me mandar o currículo atualizado e sua pretensão salarial?
{{first}}: oi! mando sim, pra qual e-mail?
{{first.rc_f}} (Recrutadora): pode mandar pra {{wmail.rc_f}} 😊
{{first}}: enviado! meu celular é {{mobile}} caso precise
{{first.rc_f}} (Recrutadora): perfeito, entrevista dia {{date}} às {{tick}}"""),
    # ---- landlord portal ------------------------------------------------------------------------
    ("en_GB", "landlord", """Tenancy application – {{addr}}
Applicant: {{full}}    DOB: {{dob}}
Current address: {{addr}}
Employer: {{company}} ({{job}}), salary £{{salary}}k
Guarantor: {{full.g}}, {{phone}}
Previous landlord: {{full.pl}}, {{email.pl}}
Holding deposit £{{amount}} paid {{date}} by card ending {{last4}}.
Right to rent check: passed ({{date}})"""),
    ("en_US", "landlord", """Work Order {{wo}}
Property: {{addr}}
Tenant: {{full}}   Phone: {{phone}}
Issue: kitchen sink leaking under the cabinet since {{date}}. Permission to enter: YES. Dog ({{pet}}) will be crated.
Assigned to: {{company}} – tech {{first.tech}}
Portal user: {{email.a}} · Priority 2 · Created {{tsq}}"""),
    ("en_IE", "landlord", """Hi {{first.ll}},

Just to let you know the rent for {{month}} (€{{amount}}) went out of my account {{iban}} on {{date}}, reference {{ref}}. Sorry it was a few days late.

Also, the boiler ({{product}}) is making a banging noise again. Could you ask the engineer to give me a ring on {{phone}}?

I'm moving to {{city}} when the lease ends, so I'll need the deposit returned to the same account.

Thanks,
{{first}}
Sent from my iPhone"""),
    ("nl_NL", "landlord", """{"time":"{{tsq}}","action":"tenant.password_reset","tenant":{"id":{{int}},"naam":"{{full}}","email":"{{email.a}}"},"new_password":"{{pwd}}","ip":"{{ip}}","portal_version":"{{ver}}"}
{"time":"{{tsq}}","action":"tenant.login","tenant":{"id":{{int}}},"ip":"{{ip}}","result":"ok"}"""),
    ("pl_PL", "landlord", """Umowa najmu nr {{contract}}
Wynajmujący: {{full.ll}}
Najemca: {{full}}, ur. {{dob}}
Lokal: {{addr}}
Czynsz: {{amount}} zł miesięcznie, płatny na rachunek {{iban}} do 10. dnia każdego miesiąca.
Kontakt do najemcy: {{phone}}, {{email.a}}
Data zawarcia umowy: {{date}}"""),
    ("es_ES", "landlord", """Portal del inquilino – incidencia #{{ticket}}
Inquilino: {{full}}
Vivienda: {{addr}}
Teléfono de contacto: {{phone}}
Descripción: la caldera {{product}} no enciende desde el {{date}}. El técnico de {{company}} puede pasar por la tarde.
Acceso al portal – usuario: {{email.a}} · contraseña provisional: {{pwd}}"""),
    # ---- cloud hosting support ------------------------------------------------------------------
    ("en_US", "cloud", """Ticket #{{ticket}} — Priority: High
From: {{full}} <{{wmail}}>
Org: {{company}} (account {{acct}})

Our deploys started failing after we rotated credentials. Here's the env (sorry if I shouldn't paste this):

  STRIPE_SECRET_KEY={{key_stripe}}
  DATABASE_URL=postgres://app:{{pwd_url}}@db-{{pod}}.internal:5432/prod
  NODE_VERSION={{ver}}

Build {{sha7}} exits with code 137 on step 4. The box is {{ip4}}."""),
    ("en_GB", "cloud", """Hi {{first}},

I've checked the logs for server {{instance}} ({{ip4}}). The SSH key with fingerprint SHA256:{{b64fp}} was added on {{date}} from {{ip}}, which matches your office connection.

Please note the personal access token you pasted in your previous message ({{key_gh}}) is now visible to our staff, so we strongly recommend revoking it.

Best,
{{first.ag}} | {{brand}} Support"""),
    ("en_IN", "cloud", """{{first|low}}: hi, my vm is not reachable since morning. public ip {{ip4}}
agent {{first.ag}}: Checking. Which region is it in?
{{first|low}}: ap-south-1. firewall only allows my office ip {{ip4}}
agent {{first.ag}}: Private IP {{ipriv}} looks healthy; security group sg-{{hex8}} is blocking 443. Shall I add a rule?
{{first|low}}: yes pls. you can also email me on {{email.a}}"""),
    ("en_AU", "cloud", """{{ip}} - - [{{clf}}] "POST /api/v1/login HTTP/1.1" 401 512 "-" "curl/{{ver}}"
{{ip.u}} - {{email.a}} [{{clf}}] "GET /dashboard?session={{key_generic}} HTTP/2.0" 200 18342 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
{{ip.u}} - {{email.a}} [{{clf}}] "GET /static/app.{{sha7}}.js HTTP/2.0" 200 90211 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)\""""),
    ("de_DE", "cloud", """# Deployment {{company}} – Ansprechpartner: {{full}} ({{phone}})
smtp:
  host: smtp.{{domain}}
  port: 587
  user: {{email.a}}
  password: "{{pwd}}"
storage:
  bucket: backups-{{int}}
  secret_access_key: {{key_aws}}
release: {{ver}}
checksum: sha256:{{sha}}"""),
    ("fr_FR", "cloud", """Ticket {{ticket}} – Migration de serveur
Client : {{company}}, contact {{full}} ({{phone}})
L'ancien serveur {{ip4}} sera décommissionné le {{date}}. Le nouveau est joignable en IPv6 : {{ip6}}.
Clé API fournie par le client pour la zone DNS : {{key_generic}}
Version du panneau : {{ver}} – empreinte du certificat : {{sha1}}
Intervenant : {{first.ag}} {{last.ag|up}}"""),
    # ---- loyalty programme ----------------------------------------------------------------------
    ("en_US", "loyalty", """REWARDS ENROLLMENT
First Name: {{first|up}}
Last Name: {{last|up}}
Birthday: {{dob}}
Email: {{email.a}}
Mobile: {{mobile}}
Preferred Store: {{store}} #{{storeno}} ({{city}})
Member #: {{loyalty}}
Text offers: Y   Enrolled by: cashier {{first.cs}}"""),
    ("en_CA", "loyalty", """Hi {{first}},

You have {{points}} points, enough for a $10 reward! Show card {{loyalty}} at any {{store}} location or scan it in the app (v{{ver}}).

We'll mail your birthday coupon to the address on file:
{{addr_ml}}

Questions? Call us at {{phone}} or reply from {{email.a}}."""),
    ("en_GB", "loyalty", """Case {{ticket}} – duplicate accounts merged
Customer: {{full}} ({{email.a}} / {{email2.a}})
Both accounts had DOB {{dob}}; home store {{city}}.
Moved {{points}} points from card {{loyalty}} to card {{loyalty}} and closed the old account.
Customer asked us to stop post to {{addr}}; opted out of mail.
Agent: {{init.ag}}"""),
    ("pt_BR", "loyalty", """Cadastro Clube {{store}}
Nome: {{full}}
Data de nascimento: {{dob}}
Celular (WhatsApp): {{mobile}}
E-mail: {{email.a}}
Endereço: {{addr}}
Cartão fidelidade: {{loyalty}}
Aceita receber ofertas: sim · Loja: {{storeno}} · Cadastrado em {{date}}"""),
    ("sv_SE", "loyalty", """Hej {{first}}!

Grattis på födelsedagen 🎉 Vi har lagt in 200 bonuspoäng på ditt medlemskonto {{member}}. Enligt våra uppgifter är du född {{dob}}; stämmer det inte kan du ändra det på Mina sidor.
Din bonuscheck skickas till {{addr}}.

Vänliga hälsningar
{{store}} Kundklubb"""),
    ("it_IT", "loyalty", """{"cliente":{"nome":"{{first}}","cognome":"{{last}}","data_nascita":"{{dob_iso}}","email":"{{email.a}}","cellulare":"{{mobile}}","citta":"{{city}}"},"tessera":"{{loyalty}}","punti":{{points}},"livello":"Gold","ultimo_acquisto":"{{date_iso}}","negozio":"{{store}}"}"""),
    # ---- customs brokerage ----------------------------------------------------------------------
    ("en_US", "customs", """Hi {{first}},

Your shipment (AWB {{awb}}, {{pieces}} pcs, {{weight}} kg) is being held by CBP pending entry. Because you are importing as an individual, we file the entry under your SSN; we have {{ssn}} on the power of attorney, please confirm it is correct.

HTS {{hs}}, declared value ${{amount}}. Duties and our fee can be paid by card over the phone: {{phone}}.

Thanks,
{{full.br}}
Licensed Customs Broker, {{company}}"""),
    ("en_GB", "customs", """CDS IMPORT DECLARATION – DRAFT
Consignee: {{full}}
Consignee address: {{addr}}
Declarant: {{company}}, EORI GB{{eori}}
Commodity code: {{hs}} · Gross mass {{weight}} kg
MRN: {{mrn}}
Contact: {{phone}}, {{email.a}}
Duty deferment approved {{date}}"""),
    ("zu_ZA", "customs", """Good day {{first}},

Your parcel {{track}} has arrived at the {{city}} international mail centre. Customs duty and VAT of R{{amount}} are payable before release.

Please send proof of payment to {{wmail.ag}} quoting reference {{ref}}, or pay by EFT to account name {{company}}.

Regards
{{full.ag}}
{{brand}} Clearing & Forwarding
Tel {{phone}}"""),
    ("en_IE", "customs", """Ticket {{ticket}} – held at customs
Customer: {{full}}, {{addr}}
Phone: {{phone}}
Parcel {{track}} from a non-EU seller, value €{{amount}}; IOSS not applied so VAT is due.
Customer paid €{{amount}} by card {{card}} over the phone on {{date}}. Release requested, MRN {{mrn}}.
Handled by {{first.ag}}"""),
    ("nl_NL", "customs", """Zending {{container}} – inklaring
Ontvanger: {{full}}, {{addr}}
Telefoon: {{phone}}
GN-code {{hs}}, douanewaarde {{amount}} EUR, gewicht {{weight}} kg
Invoerrechten en btw graag overmaken naar {{iban}} o.v.v. {{mrn}}
Behandelaar: {{init.ag}} ({{company}})"""),
    ("cs_CZ", "customs", """Podklady pro celní prohlášení
Příjemce: {{full}}
Adresa: {{addr}}
Telefon: {{phone}}
E-mail: {{email.a}}
Číslo zásilky: {{track}}
Kód zboží: {{hs}}
Celní hodnota: {{amount}} Kč
Datum doručení: {{date}}
Vyřizuje: {{full.ag}}, {{company}}"""),
]


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"lumen-{seed}")
    g = _Gen(rng)
    out = []
    for i in range(n):
        loc, _domain, tpl = TEMPLATES[i % len(TEMPLATES)]
        out.append(_render(tpl, loc, g))
    return out


# -- structured ----------------------------------------------------------------------------
# table name -> locale whose region the phone numbers in it are written for
_TABLE_LOCALE = {
    "pharmacy_rx_orders": "en_GB", "CallCentreInteractions": "en_US", "umzug_auftraege": "de_DE",
    "coworkingLeden": "nl_NL", "portal_rodzica": "pl_PL", "food_orders_export": "en_AU",
    "RESALE_LISTINGS": "en_US", "kandidater": "sv_SE", "tenants": "en_IE", "support_tickets": "en_IN",
    "programa_fidelidade": "pt_BR", "expedientes_aduana": "es_ES",
}


def _name_cell(g: _Gen, p: dict) -> str:
    r = g.rng.random()
    full = f"{p['first']} {p['last']}"
    if r < 0.55:
        return full
    if r < 0.7:
        return f"{p['last']}, {p['first']}"
    if r < 0.82:
        return full.upper()
    if r < 0.9:
        return full.lower()
    return f"{p['last'].upper()} {p['first']}"


def _dob_cell(g: _Gen, loc: str, lo: date = date(1941, 1, 1), hi: date = date(2006, 12, 31)) -> str:
    d = g.day(lo, hi)
    return f"{d:%Y-%m-%d}" if g.rng.random() < 0.35 else g.fmt_date(d, loc)


def _ts_cell(g: _Gen) -> str:
    d = g.event_date()
    t = datetime(d.year, d.month, d.day, g.rng.randrange(24), g.rng.randrange(60), g.rng.randrange(60))
    return g.pick([f"{t:%Y-%m-%d %H:%M:%S}", f"{t:%Y-%m-%dT%H:%M:%SZ}", f"{t:%d/%m/%Y %H:%M}"])


def _table(g: _Gen, rows: int, spec: list[tuple], row_fn) -> list[Column]:
    """spec: (header, entity, blank probability, placeholder probability) per column, in order."""
    values: list[list[str | None]] = [[] for _ in spec]
    for _ in range(rows):
        row = row_fn()
        assert len(row) == len(spec)
        for j, ((_h, _e, blank, ph), v) in enumerate(zip(spec, row)):
            r = g.rng.random()
            if r < blank:
                v = None
            elif r < blank + ph:
                v = g.pick(_PLACEHOLDERS)
            values[j].append(v)
    return [Column(h, e, vals) for (h, e, _b, _p), vals in zip(spec, values)]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:  # noqa: C901 - twelve tables
    rng = random.Random(f"lumen-{seed}")
    g = _Gen(rng)
    V = lambda kind, loc: _value(g, kind, loc)  # noqa: E731
    tables: dict[str, list[Column]] = {}

    def person(loc: str) -> dict:
        g.new_text(loc)
        return g.person(loc, "a")

    # 1. pharmacy (en_GB, snake_case with abbreviations)
    loc = "en_GB"
    spec = [("order_id", None, 0, 0), ("pt_full_nm", "PERSON", 0, 0), ("pt_dob", "DATE_OF_BIRTH", 0.03, 0.01),
            ("delivery_address", "STREET_ADDRESS", 0.02, 0), ("mobile_no", "PHONE_NUMBER", 0.08, 0.03),
            ("email", "EMAIL_ADDRESS", 0.05, 0.01), ("name_of_product", None, 0, 0), ("rx_number", None, 0, 0),
            ("prescriber", "PERSON", 0.1, 0), ("gp_surgery", None, 0.1, 0), ("email_verified", None, 0, 0),
            ("card_last4", None, 0.1, 0), ("dispensed_at", None, 0.05, 0)]

    def r1():
        p, doc = person(loc), g.person(loc, "doc")
        return [f"RX-ORD-{g.digits(7)}", _name_cell(g, p), _dob_cell(g, loc), V("addr", loc), V("mobile", loc),
                g.email_of(p), g.pick(_DRUGS), V("rx", loc), g.name(doc, g.pick(["full", "init", "init"])),
                f"{g.pick(['Riverside', 'Parkview', 'Abbey', 'Meadowbank', 'Castle Street', 'The Old School'])} "
                f"{g.pick(['Medical Practice', 'Surgery', 'Health Centre'])}", g.pick(["true", "false", "TRUE", "1", "0"]),
                g.digits(4), _ts_cell(g)]
    tables["pharmacy_rx_orders"] = _table(g, rows, spec, r1)

    # 2. bank call centre (en_US, PascalCase)
    loc = "en_US"
    spec = [("CallId", None, 0, 0), ("CustomerName", "PERSON", 0.02, 0), ("CustomerSsn", "US_SSN", 0.15, 0.03),
            ("AccountNumber", "US_BANK_NUMBER", 0.05, 0), ("RoutingNumber", None, 0.05, 0),
            ("CallbackPhone", "PHONE_NUMBER", 0.06, 0.02), ("PhoneType", None, 0.06, 0),
            ("VerifiedDob", "DATE_OF_BIRTH", 0.1, 0.02), ("AgentName", "PERSON", 0, 0), ("CallStartUtc", None, 0, 0),
            ("DurationSec", None, 0, 0), ("Disposition", None, 0, 0), ("CardOnFile", None, 0.2, 0)]

    def r2():
        p, ag = person(loc), g.person(loc, "ag")
        return [V("callid", loc), _name_cell(g, p), g.ssn(), g.bank(), g.routing(), V("phone", loc),
                g.pick(["MOBILE", "HOME", "WORK", "mobile"]), _dob_cell(g, loc), g.name(ag, g.pick(["full", "first", "init"])),
                _ts_cell(g), str(rng.randint(35, 2400)), g.pick(["RESOLVED", "ESCALATED", "CALLBACK", "FRAUD_REFERRAL"]),
                g.masked()]
    tables["CallCentreInteractions"] = _table(g, rows, spec, r2)

    # 3. moving company (de_DE, German headers)
    loc = "de_DE"
    spec = [("Auftragsnummer", None, 0, 0), ("Kunde", "PERSON", 0, 0), ("Auszugsadresse", "STREET_ADDRESS", 0.02, 0),
            ("Einzugsadresse", "STREET_ADDRESS", 0.1, 0.03), ("Zielort", "LOCATION", 0.05, 0),
            ("Telefon", "PHONE_NUMBER", 0.05, 0.02), ("E-Mail", "EMAIL_ADDRESS", 0.08, 0.02),
            ("Umzugsdatum", None, 0, 0), ("Volumen (m³)", None, 0, 0), ("Etage", None, 0.05, 0),
            ("Fahrzeug", None, 0, 0), ("Kontoverbindung (IBAN)", "IBAN_CODE", 0.3, 0.02),
            ("Angebotspreis", None, 0, 0), ("Status", None, 0, 0)]

    def r3():
        p = person(loc)
        return [f"UM-{rng.randint(2024, 2026)}-{g.digits(5)}", _name_cell(g, p), V("addr", loc), V("addr", loc),
                V("city", loc), V("phone", loc), g.email_of(p), V("date", loc), f"{rng.randint(8, 95)},{rng.randint(0, 9)}",
                g.pick(["EG", "1. OG", "2. OG", "3. OG", "DG", "4. OG"]),
                g.pick(["3,5t Transporter", "7,5t LKW", "12t LKW mit Hebebühne", "2x 7,5t LKW"]), g.iban(loc),
                f"{g.amount(loc, 390, 6900)} €", g.pick(["angeboten", "beauftragt", "erledigt", "storniert"])]
    tables["umzug_auftraege"] = _table(g, rows, spec, r3)

    # 4. coworking (nl_NL, Dutch camelCase)
    loc = "nl_NL"
    spec = [("lidNummer", None, 0, 0), ("voornaam", "PERSON", 0, 0), ("achternaam", "PERSON", 0, 0),
            ("zakelijkEmail", "EMAIL_ADDRESS", 0.04, 0), ("telefoonnummer", "PHONE_NUMBER", 0.1, 0.02),
            ("woonplaats", "LOCATION", 0.1, 0.02), ("bedrijfsnaam", None, 0.1, 0), ("werkplekType", None, 0, 0),
            ("wifiWachtwoord", "PASSWORD", 0.2, 0), ("laatsteLoginIp", "IP_ADDRESS", 0.05, 0),
            ("wachtwoordGewijzigdOp", None, 0.15, 0), ("badgeSerienummer", None, 0, 0), ("abonnementCode", None, 0, 0),
            ("accessPointIp", None, 0, 0)]

    def r4():
        p = person(loc)
        first = p["first"] if rng.random() < 0.9 else p["first"].lower()
        return [f"M{g.digits(5)}", first, p["last"], g.work_email(p), V("phone", loc), V("city", loc),
                g.company(loc), g.pick(["flexplek", "vaste plek", "privékantoor", "dagpas"]), g.password(),
                g.ip(), _ts_cell(g), _luhn(rng, "8931", 16) if rng.random() < 0.5 else g.digits(10, True),
                g.pick(["FLEX-10", "FIX-M", "PRIV-4", "DAY-1", "NOMAD-XL"]), g.ip_private()]
    tables["coworkingLeden"] = _table(g, rows, spec, r4)

    # 5. school parent portal (pl_PL, Polish headers)
    loc = "pl_PL"
    spec = [("id_ucznia", None, 0, 0), ("imie", "PERSON", 0, 0), ("nazwisko", "PERSON", 0, 0),
            ("data_urodzenia", "DATE_OF_BIRTH", 0.02, 0), ("klasa", None, 0, 0), ("opiekun_prawny", "PERSON", 0.03, 0),
            ("tel_opiekuna", "PHONE_NUMBER", 0.05, 0.02), ("email_opiekuna", "EMAIL_ADDRESS", 0.1, 0.02),
            ("adres", "STREET_ADDRESS", 0.03, 0), ("miejscowosc", "LOCATION", 0.03, 0), ("nr_legitymacji", None, 0.1, 0),
            ("srednia_ocen", None, 0.1, 0), ("ostatnie_logowanie", None, 0.2, 0), ("typ_telefonu", None, 0.05, 0)]

    def r5():
        kid = person(loc)
        par = g.person(loc, "par")
        if rng.random() < 0.7:
            par["last"] = kid["last"] if par["g"] == kid["g"] else par["last"]
        return [g.digits(6, True), kid["first"], kid["last"], _dob_cell(g, loc, date(2008, 9, 1), date(2019, 8, 31)),
                f"{rng.randint(1, 8)}{g.pick('ABCD')}", _name_cell(g, par), V("phone", loc), g.email_of(par),
                V("addr", loc), V("city", loc), f"{rng.randint(1, 999)}/{rng.randint(2019, 2026)}",
                f"{rng.uniform(2.5, 5.9):.2f}".replace(".", ","), _ts_cell(g), g.pick(["komórkowy", "domowy", "służbowy"])]
    tables["portal_rodzica"] = _table(g, rows, spec, r5)

    # 6. food delivery (en_AU, headers with spaces)
    loc = "en_AU"
    spec = [("Order #", None, 0, 0), ("Customer Name", "PERSON", 0, 0), ("Delivery Address", "STREET_ADDRESS", 0, 0),
            ("Suburb", "LOCATION", 0.03, 0), ("Contact Number", "PHONE_NUMBER", 0.04, 0.02),
            ("Card Number", "CREDIT_CARD", 0.25, 0), ("Card Type", None, 0.25, 0), ("Promo Code", None, 0.6, 0),
            ("Rider", "PERSON", 0.05, 0), ("Restaurant", None, 0, 0), ("Total (AUD)", None, 0, 0),
            ("Placed At", None, 0, 0), ("Rating", None, 0.3, 0), ("Drop Lat/Lng", None, 0.1, 0)]

    def r6():
        p = person(loc)
        rider = g.person(loc, "r")
        card = g.card()
        brand = {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "3": "Amex", "6": "Discover"}[card[0]]
        return [g.digits(8, True), _name_cell(g, p), V("addr", loc), V("city", loc), V("phone", loc), card, brand,
                V("promo", loc), rider["first"], g.pick(_RESTAURANTS), f"{rng.uniform(12, 140):.2f}", _ts_cell(g),
                str(rng.randint(1, 5)), f"{rng.uniform(-38, -27):.5f},{rng.uniform(115, 153):.5f}"]
    tables["food_orders_export"] = _table(g, rows, spec, r6)

    # 7. event ticket resale (en_US, UPPER_SNAKE)
    loc = "en_US"
    spec = [("LISTING_ID", None, 0, 0), ("SELLER_NAME", "PERSON", 0, 0), ("SELLER_EMAIL", "EMAIL_ADDRESS", 0, 0),
            ("SELLER_PAYOUT_ACCT", "US_BANK_NUMBER", 0.2, 0), ("PAYOUT_ROUTING", None, 0.2, 0),
            ("SELLER_LOGIN_IP", "IP_ADDRESS", 0.05, 0), ("BUYER_CITY", "LOCATION", 0.15, 0.02),
            ("EVENT_NAME", None, 0, 0), ("EVENT_DATE", None, 0, 0), ("SEAT", None, 0, 0), ("PRICE_USD", None, 0, 0),
            ("TICKET_BARCODE", None, 0, 0), ("PHONE_TYPE", None, 0.1, 0), ("SELLER_PHONE", "PHONE_NUMBER", 0.1, 0.02)]

    def r7():
        p = person(loc)
        return [V("listing", loc), _name_cell(g, p), g.email_of(p), g.bank(), g.routing(), g.ip(),
                V("city", loc), V("event", loc), V("date_iso", loc), f"{V('sec', loc)}-{V('row', loc)}-{rng.randint(1, 30)}",
                f"{rng.uniform(35, 900):.2f}", _ean13(rng), g.pick(["mobile", "landline", "voip"]), V("phone", loc)]
    tables["RESALE_LISTINGS"] = _table(g, rows, spec, r7)

    # 8. recruitment agency (sv_SE, Swedish headers)
    loc = "sv_SE"
    spec = [("kandidat_id", None, 0, 0), ("namn", "PERSON", 0, 0), ("födelsedatum", "DATE_OF_BIRTH", 0.05, 0),
            ("e_post", "EMAIL_ADDRESS", 0.02, 0), ("mobilnr", "PHONE_NUMBER", 0.05, 0.02),
            ("bostadsort", "LOCATION", 0.05, 0), ("gatuadress", "STREET_ADDRESS", 0.2, 0.02), ("tjänst", None, 0, 0),
            ("önskad_lön", None, 0.2, 0), ("rekryterare", "PERSON", 0, 0), ("ansökningsdatum", None, 0, 0),
            ("cv_sha1", None, 0.1, 0), ("källa", None, 0, 0)]

    def r8():
        p, rc = person(loc), g.person(loc, "rc")
        return [f"K-{g.digits(6)}", _name_cell(g, p), _dob_cell(g, loc), g.email_of(p), V("mobile", loc), V("city", loc),
                _address_lines(g, loc)[0] if rng.random() < 0.5 else V("addr", loc),
                g.pick(["Lagerchef", "Sjuksköterska", "Systemutvecklare", "Ekonomiassistent", "Säljare", "Elektriker"]),
                f"{rng.randint(28, 75)} 000", g.name(rc, g.pick(["full", "first"])), V("date", loc), g.hexs(40),
                g.pick(["LinkedIn", "Platsbanken", "webbplats", "tips", "Indeed"])]
    tables["kandidater"] = _table(g, rows, spec, r8)

    # 9. landlord portal (en_IE, dotted JSON-path headers)
    loc = "en_IE"
    spec = [("tenant.name", "PERSON", 0, 0), ("tenant.dob", "DATE_OF_BIRTH", 0.1, 0),
            ("tenant.contact.email", "EMAIL_ADDRESS", 0.02, 0), ("tenant.contact.phone", "PHONE_NUMBER", 0.05, 0.02),
            ("property.address", "STREET_ADDRESS", 0, 0), ("payment.iban", "IBAN_CODE", 0.1, 0),
            ("portal.password", "PASSWORD", 0.3, 0), ("guarantor.name", "PERSON", 0.5, 0), ("lease.start", None, 0, 0),
            ("lease.rent_eur", None, 0, 0), ("property.id", None, 0, 0), ("portal.password_updated_at", None, 0.3, 0),
            ("property.ber_rating", None, 0.1, 0), ("payment.mandate_ref", None, 0.1, 0)]

    def r9():
        p, gu = person(loc), g.person(loc, "g")
        return [_name_cell(g, p), _dob_cell(g, loc), g.email_of(p), V("phone", loc), V("addr", loc), g.iban(loc),
                g.password(), _name_cell(g, gu), V("date_iso", loc), str(rng.randrange(900, 3200, 25)),
                f"PROP-{g.digits(4)}", _ts_cell(g), g.pick(["A2", "A3", "B1", "B2", "B3", "C1", "C2", "D1", "E2"]),
                f"MNDT-{g.chars(8, string.ascii_uppercase + string.digits)}"]
    tables["tenants"] = _table(g, rows, spec, r9)

    # 10. cloud hosting support (en_IN and others, opaque headers; phones international)
    loc = "en_IN"
    spec = [("ticket_no", None, 0, 0), ("f2", "EMAIL_ADDRESS", 0, 0), ("rptr_nm", "PERSON", 0.05, 0),
            ("col_7", "IP_ADDRESS", 0.1, 0), ("api_token", "API_KEY", 0.4, 0), ("key_fingerprint", None, 0.2, 0),
            ("region", None, 0, 0), ("instance_id", None, 0, 0), ("private_ip", None, 0.05, 0),
            ("agent_version", None, 0, 0), ("created", None, 0, 0), ("severity", None, 0, 0),
            ("city_code", None, 0, 0), ("f12", "PHONE_NUMBER", 0.3, 0.05)]

    def r10():
        cl = g.pick(["en_IN", "en_IN", "en_US", "en_GB", "de_DE", "en_AU"])
        p = person(cl)
        return [f"SUP-{g.digits(6)}", g.work_email(p) if rng.random() < 0.7 else g.email_of(p),
                g.name(p, g.pick(["full", "full", "first"])), g.ip(), g.api_key(), f"SHA256:{V('b64fp', loc)}",
                g.pick(["ap-south-1", "eu-central-1", "us-east-1", "ap-southeast-2", "eu-west-2"]), V("instance", loc),
                g.ip_private(), g.version(), _ts_cell(g), g.pick(["P1", "P2", "P3", "P4"]),
                g.pick(["BOM1", "BLR1", "FRA1", "SYD2", "LHR3", "IAD1", "MAA2"]), g.phone(cl, "intl")]
    tables["support_tickets"] = _table(g, rows, spec, r10)

    # 11. loyalty programme (pt_BR, Portuguese headers)
    loc = "pt_BR"
    spec = [("nome_completo", "PERSON", 0, 0), ("data_nascimento", "DATE_OF_BIRTH", 0.08, 0),
            ("email", "EMAIL_ADDRESS", 0.05, 0.02), ("celular", "PHONE_NUMBER", 0.03, 0.02),
            ("cidade", "LOCATION", 0.05, 0), ("endereco", "STREET_ADDRESS", 0.15, 0.02),
            ("numero_cartao_fidelidade", None, 0, 0), ("pontos", None, 0, 0), ("nivel", None, 0, 0),
            ("cartao_credito_final", None, 0.3, 0), ("ultima_compra", None, 0.05, 0), ("loja_preferida", None, 0.1, 0),
            ("email_confirmado", None, 0, 0)]

    def r11():
        p = person(loc)
        return [_name_cell(g, p), _dob_cell(g, loc), g.email_of(p), V("mobile", loc), V("city", loc), V("addr", loc),
                g.loyalty(), str(rng.randint(0, 52000)), g.pick(["Bronze", "Prata", "Ouro", "Diamante"]),
                g.pick([g.digits(4), f"**** {g.digits(4)}"]), V("date", loc), f"{g.brand()} {g.pick(['Shopping', 'Centro', 'Norte', 'Sul'])}",
                g.pick(["sim", "não", "S", "N"])]
    tables["programa_fidelidade"] = _table(g, rows, spec, r11)

    # 12. customs brokerage (es_ES, Spanish headers with spaces and symbols)
    loc = "es_ES"
    spec = [("Nº expediente", None, 0, 0), ("Importador", None, 0.1, 0), ("Persona de contacto", "PERSON", 0.05, 0),
            ("Teléfono contacto", "PHONE_NUMBER", 0.05, 0.03), ("Correo electrónico", "EMAIL_ADDRESS", 0.08, 0),
            ("Dirección de entrega", "STREET_ADDRESS", 0.05, 0), ("Localidad", "LOCATION", 0.05, 0),
            ("IBAN devolución", "IBAN_CODE", 0.5, 0), ("Código TARIC", None, 0, 0), ("MRN", None, 0.1, 0),
            ("Peso (kg)", None, 0, 0), ("Valor aduana (EUR)", None, 0, 0), ("Fecha levante", None, 0.15, 0),
            ("Nº contenedor", None, 0.3, 0)]

    def r12():
        p = person(loc)
        return [f"EXP{rng.randint(2024, 2026)}/{g.digits(5)}", g.company(loc), _name_cell(g, p), V("phone", loc),
                g.email_of(p), V("addr", loc), V("city", loc), g.iban(loc), g.hs(), g.mrn(),
                f"{rng.uniform(0.5, 24000):.1f}".replace(".", ","), g.amount(loc, 40, 180000), V("date", loc), g.container()]
    tables["expedientes_aduana"] = _table(g, rows, spec, r12)

    for name, cols in tables.items():
        assert all(len(c.values) == rows for c in cols), name
        assert all(c.entity is None or c.entity in LABELS for c in cols), name
    return tables
