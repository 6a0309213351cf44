"""`harbor`: one labelled split (free text + tables) for the pii-audit accuracy benchmark.

Written 2026-11-26 by an independent author who did not read rules/, pii_audit/ or the fix
notes, before the scanner ran on it. Only the reusable machinery of bench/accuracy_data.py
(Text, Column, LABELS, Values and a few value helpers) was looked at; the templates, value
shapes, look-alikes and tables below were written from scratch for this split.

Free text: 70 language-tagged templates (42 English written by US/UK/CA/AU/IN/ZA/SG/IE/NZ
writers, 28 in Spanish, French, German, Italian, Portuguese, Dutch, Romanian and Hungarian)
from logistics, utilities, hotels, a vet clinic, gyms, HR/recruitment, property maintenance,
municipal services, car rental, ticketing, SaaS support and logs/configs. A placeholder is
`{KIND}` or `{KIND@tag}`: a tag names one person of the text ({FIRST@a} and {EMAIL@a} speak
of the same person) or, for other kinds, repeats one value. Every value a PII kind puts into
a text is exactly one labelled span; look-alike kinds (entity None) are never labelled, and
no template hard-codes a name, city, number or address.

Structured: 10 tables, about half their columns look-alikes named like PII or holding
PII-shaped non-PII values.

Deterministic: every value comes from `random.Random(f"harbor-{seed}")` (Faker instances are
seeded from it); no clock, no iteration over sets.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import string
import uuid

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, Values, _ascii, _ean13, _iban_of, _imei, _ip_public_v4, _ip_public_v6, _luhn, _phone_num

# ------------------------------------------------------------------------------------------
# locales
# ------------------------------------------------------------------------------------------
# profile -> (Faker locale for names / addresses, phone + money region, language)
PROFILES = {
    "en_US": ("en_US", "US", "en"),
    "en_GB": ("en_GB", "GB", "en"),
    "en_CA": ("en_CA", "CA", "en"),
    "en_AU": ("en_AU", "AU", "en"),
    "en_IN": ("en_IN", "IN", "en"),
    "en_ZA": ("zu_ZA", "ZA", "en"),
    "en_SG": ("en_GB", "SG", "en"),
    "en_IE": ("en_IE", "IE", "en"),
    "en_NZ": ("en_NZ", "NZ", "en"),
    "es_ES": ("es_ES", "ES", "es"),
    "es_MX": ("es_MX", "MX", "es"),
    "fr_FR": ("fr_FR", "FR", "fr"),
    "fr_CA": ("fr_CA", "CA", "fr"),
    "de_DE": ("de_DE", "DE", "de"),
    "de_AT": ("de_AT", "AT", "de"),
    "de_CH": ("de_CH", "CH", "de"),
    "it_IT": ("it_IT", "IT", "it"),
    "pt_BR": ("pt_BR", "BR", "pt"),
    "pt_PT": ("pt_PT", "PT", "pt"),
    "nl_NL": ("nl_NL", "NL", "nl"),
    "nl_BE": ("nl_BE", "BE", "nl"),
    "ro_RO": ("ro_RO", "RO", "ro"),
    "hu_HU": ("hu_HU", "HU", "hu"),
}
# who writes the generic English templates
EN_WEIGHTS = [("en_US", 25), ("en_GB", 18), ("en_CA", 10), ("en_AU", 10), ("en_IN", 12), ("en_ZA", 8),
              ("en_SG", 8), ("en_IE", 5), ("en_NZ", 4)]
_IBAN_COUNTRIES = ("GB", "IE", "DE", "AT", "CH", "FR", "ES", "IT", "PT", "NL", "BE", "BR", "RO", "HU", "PL", "SE", "DK")
_TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "AU": "com.au", "IN": "in", "ZA": "co.za", "SG": "com.sg", "IE": "ie",
        "NZ": "co.nz", "ES": "es", "MX": "com.mx", "FR": "fr", "DE": "de", "AT": "at", "CH": "ch", "IT": "it",
        "BR": "com.br", "PT": "pt", "NL": "nl", "BE": "be", "RO": "ro", "HU": "hu"}
# regions whose writers put a "(0)" trunk prefix into international numbers, and those whose
# international call prefix is 00
_TRUNK_ZERO = ("GB", "AU", "NZ", "IE", "ZA", "FR", "DE", "AT", "CH", "NL", "BE")
_IDD_00 = ("GB", "IE", "ZA", "ES", "MX", "FR", "DE", "AT", "CH", "IT", "PT", "NL", "BE", "RO", "HU", "IN", "NZ")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
}

# ------------------------------------------------------------------------------------------
# small generic helpers (no PII in any of these lists)
# ------------------------------------------------------------------------------------------
_BRAND_A = ["Kestrel", "Ironbark", "Bluegate", "Northwind", "Saltmarsh", "Copperleaf", "Tidewater", "Larkspur",
            "Silverline", "Redwood", "Seabird", "Oakridge", "Everpine", "Clearwater", "Aurora", "Lumen", "Vantage",
            "Meridian", "Pinnacle", "Cobalt", "Zephyr", "Quayside", "Driftwood", "Orbit", "Nimbus", "Halcyon",
            "Evergreen", "Sunbeam", "Polaris", "Tallgrass"]
_BRAND_B = ["Point", "Line", "Works", "Hub", "Bay", "Peak", "Gate", "Wave", "Stone", "Leaf"]
_PW_WORDS = ["maple", "copper", "lantern", "river", "orbit", "falcon", "cedar", "velvet", "pixel", "tundra", "ember",
             "quartz", "meadow", "canyon", "biscuit", "rocket", "walnut", "cobalt", "saffron", "glacier", "pepper",
             "anchor", "thunder", "mango", "violet", "cactus", "harvest", "nebula"]
_PETS = ["Biscuit", "Pickle", "Mochi", "Waffles", "Noodle", "Pepper", "Pretzel", "Nacho", "Peanut", "Sushi", "Tofu",
         "Bagel", "Muffin", "Pancake", "Dumpling", "Churro", "Sprocket", "Pixel", "Nugget", "Bandit", "Domino",
         "Tinkerbell", "Whiskers", "Snowball", "Cookie"]
_BREEDS = ["Labrador x", "Border Collie", "DSH", "Cavoodle", "Maine Coon", "Staffy", "Beagle", "Dachshund",
           "Ragdoll", "German Shepherd", "Jack Russell", "Golden Retriever", "Shih Tzu", "British Shorthair"]
_CARS = ["Toyota Corolla", "Hyundai i30", "VW Golf", "Kia Sportage", "Ford Focus", "Nissan Qashqai", "Skoda Octavia",
         "Tesla Model 3", "Mazda CX-5", "Renault Clio", "Peugeot 208", "Dacia Duster", "Chevrolet Malibu",
         "Honda Civic", "BMW 320d"]
_EVENT_KIND = ["Live", "Festival", "Summer Series", "Arena Tour", "Open Air", "Sessions", "Weekender", "Gala Night"]
_PLANS = ["Off-Peak 12M", "Anytime Flex", "Student Saver", "Premium Annual", "Couples Monthly", "Day Pass x10",
          "Corporate Tier B", "Swim & Gym"]
_PROMO = ["SPRING25", "NEWYEAR10", "FLEX50", "WELCOME", "SUMMERFIT", "REFER20", "BF2025", "STAFF15"]
_UNLOCODE = ["SGSIN", "NLRTM", "DEHAM", "CNSHA", "USLAX", "AEJEA", "BEANR", "GBFXT", "MYPKG", "KRPUS", "ESALG"]
_PIPELINES = ["nightly-etl", "billing-sync", "crm-export", "invoice-render", "geo-enrich", "email-digest",
              "fraud-score", "search-reindex", "ledger-close", "warehouse-load"]
_TEAMS = ["Platform", "Growth", "Payments", "Data Eng", "Field Ops", "Care Tier 2", "Dispatch North",
          "Night Audit", "Yard Crew", "Revenue Assurance"]
_SG_ESTATES = ["Ang Mo Kio", "Bedok North", "Jurong West", "Tampines", "Woodlands", "Yishun", "Hougang",
               "Bukit Batok", "Clementi", "Sengkang", "Punggol", "Toa Payoh", "Pasir Ris", "Choa Chu Kang"]
_ZA_SUFFIX = ["Street", "Road", "Avenue", "Drive", "Crescent", "Lane"]
_REL = {"en": ["partner", "mother", "father", "sister", "brother", "wife", "husband", "friend", "son", "daughter"],
        "pt": ["mãe", "pai", "esposa", "marido", "irmã", "irmão", "amigo", "filha"],
        "es": ["madre", "padre", "esposa", "esposo", "hermana", "hermano", "amiga"]}


def _dg(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _al(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _thousands(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def _clean(s: str) -> str:
    """Strip Faker's stray spaces (trailing, doubled, before a comma) on each line."""
    lines = [re.sub(r"\s+,", ",", re.sub(r"[ \t]+", " ", ln)).strip(" ,") for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _aba(rng: random.Random) -> str:
    """An ABA routing number with a valid checksum (a look-alike for bank numbers)."""
    head = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26",
                       "31", "32"]) + _dg(rng, 6)
    d = [int(c) for c in head]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return head + str((10 - s % 10) % 10)


def _iso6346(rng: random.Random) -> str:
    vals = {}
    v = 10
    for ch in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    owner = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "U"
    serial = _dg(rng, 6)
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + serial))
    return f"{owner}{serial}{s % 11 % 10}"


def _s10(rng: random.Random, suffix: str) -> str:
    """A UPU S10 parcel id (two letters, 8 digits + check digit, country)."""
    body = _dg(rng, 8)
    s = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['LX', 'QB', 'RR', 'CP', 'OV', 'NL'])}{body}{c}{suffix}"


def _gs1(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = dict(zip("ABCDEFGH", range(1, 9)))
    tr.update(dict(zip("JKLMN", range(1, 6))))
    tr.update({"P": 7, "R": 9})
    tr.update(dict(zip("STUVWXYZ", range(2, 10))))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    chars = [rng.choice(alphabet) for _ in range(17)]
    chars[9] = rng.choice("PRSTVWXY123456")
    s = sum((tr[c] if c.isalpha() else int(c)) * w for c, w in zip(chars, weights))
    chars[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(chars)


def _mpan_core(rng: random.Random) -> str:
    body = rng.choice(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]) + _dg(rng, 10)
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return body + str(sum(int(c) * p for c, p in zip(body, primes)) % 11 % 10)


def _iban_ro(rng: random.Random) -> str:
    bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE", "BACX"]) + _al(rng, 16, string.ascii_uppercase + string.digits)
    num = "".join(str(int(ch, 36)) for ch in bban + "RO00")
    return f"RO{98 - int(num) % 97:02d}{bban}"


def _iban_hu(rng: random.Random) -> str:
    def chk(digits: str) -> str:
        w = [9, 7, 3, 1]
        return str((10 - sum(int(c) * w[i % 4] for i, c in enumerate(digits)) % 10) % 10)

    head = rng.choice(["117", "104", "120", "116", "107", "109"]) + _dg(rng, 4)
    acct = _dg(rng, 15)
    bban = head + chk(head) + acct + chk(acct)
    num = "".join(str(int(ch, 36)) for ch in bban + "HU00")
    return f"HU{98 - int(num) % 97:02d}{bban}"


def _iban_valid(s: str) -> bool:
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


def _luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0


# ------------------------------------------------------------------------------------------
# values
# ------------------------------------------------------------------------------------------
class HarborValues(Values):
    """Values of one writer profile (PROFILES). Only the attributes of Values are reused."""

    def __init__(self, key: str, rng: random.Random):  # noqa: D107 - Values' Faker set-up, for a profile key
        floc, region, lang = PROFILES[key]
        self.locale, self.region, self.lang, self.rng, self.floc = key, region, lang, rng, floc
        self.state: dict | None = None  # per text while rendering: a clock and the last date
        self.f = Faker(floc)
        self.f.seed_instance(rng.randrange(1 << 30))
        self.us = Faker("en_US")
        self.us.seed_instance(rng.randrange(1 << 30))
        self.alt: list[Faker] = []
        for extra in {"en_SG": ["zh_CN", "en_IN"], "en_ZA": ["en_GB"]}.get(key, []):
            fk = Faker(extra)
            fk.seed_instance(rng.randrange(1 << 30))
            self.alt.append(fk)

    # -- people ----------------------------------------------------------------------------
    def cast_name(self) -> tuple[str, str, str]:
        r = self.rng.random()
        if self.locale == "en_SG" and r < 0.55:
            return (self.alt[0].first_romanized_name(), "", self.alt[0].last_romanized_name())
        if self.locale == "en_SG" and r < 0.8:
            return (self.alt[1].first_name(), "", self.alt[1].last_name())
        if self.locale == "en_ZA" and r < 0.35:
            return (self.alt[0].first_name(), "", self.alt[0].last_name())
        first, last = self.f.first_name(), self.f.last_name()
        middle = ""
        if self.locale == "en_US" and self.rng.random() < 0.15:
            middle = self.rng.choice(string.ascii_uppercase.replace("X", "").replace("Q", "")) + "."
        return (first, middle, last)

    def full(self, p) -> str:
        first, middle, last = p
        if self.lang == "hu":
            return f"{last} {first}"
        return f"{first} {middle} {last}" if middle else f"{first} {last}"

    def initial_last(self, p) -> str:
        first, middle, last = p
        if self.lang == "hu":
            return f"{last} {first[0]}."
        if middle and self.rng.random() < 0.5:
            return f"{first[0]}.{middle} {last}"
        return f"{first[0]}. {last}"

    def person(self) -> str:
        return self.full(self.cast_name())

    # -- contact ---------------------------------------------------------------------------
    def brand(self) -> str:
        a = self.rng.choice(_BRAND_A)
        return a if self.rng.random() < 0.6 else f"{a} {self.rng.choice(_BRAND_B)}"

    def domain(self) -> str:
        return self.brand().lower().replace(" ", self.rng.choice(["", "-"])) + "." + _TLD[self.region]

    def email_for(self, p) -> str:
        first, _, last = p
        fa = _ascii(first).lower().replace("-", "") or "x"
        la = _ascii(last).lower().replace("-", "") or "y"
        yy = f"{self.rng.randint(60, 99) if self.rng.random() < 0.6 else self.rng.randint(0, 12):02d}"
        local = self.rng.choice([f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}{la[0]}", f"{fa}_{la}", f"{fa}.{la}{yy}",
                                 f"{la}.{fa}", f"{fa}{yy}", f"{fa[0]}.{la}"])
        dom = self.f.free_email_domain() if self.rng.random() < 0.55 else self.domain()
        return f"{local}@{dom}"

    def email(self) -> str:
        return self.email_for(self.cast_name())

    def role_email(self) -> str:
        role = self.rng.choice(["support", "billing", "dispatch", "frontdesk", "reservations", "accounts", "careers",
                                "ops", "hello", "claims", "boxoffice", "info"])
        return f"{role}@{self.domain()}"

    def phone(self, style: str | None = None) -> str:
        num = _phone_num(self.rng, self.region)
        pnf = phonenumbers.PhoneNumberFormat
        nat = phonenumbers.format_number(num, pnf.NATIONAL)
        intl = phonenumbers.format_number(num, pnf.INTERNATIONAL)
        st = style or self.rng.choice(["nat", "nat", "intl", "intl", "e164", "alt"])
        if st == "nat":
            return nat
        if st == "intl":
            return intl
        if st == "e164":
            return phonenumbers.format_number(num, pnf.E164)
        if self.region in ("US", "CA"):
            d = phonenumbers.national_significant_number(num)
            return self.rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
                                    f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"])
        if self.region in _TRUNK_ZERO and nat.startswith("0") and self.rng.random() < 0.5:
            return f"+{num.country_code} (0){nat[1:]}"
        if self.region in _IDD_00:
            return "00" + intl[1:]
        return intl

    def phone_words(self) -> str:
        num = _phone_num(self.rng, self.region)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        groups = re.findall(r"\d+", nat)
        spoken = []
        for g in groups:
            spoken.append(" ".join(("oh" if c == "0" and self.rng.random() < 0.5 else words[int(c)]) for c in g))
        return ", ".join(spoken)

    # -- money, ids ------------------------------------------------------------------------
    def card(self) -> str:
        kind = self.rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        if kind == "amex":
            pan = _luhn(self.rng, self.rng.choice(["34", "37"]), 15)
            sep = self.rng.choice(["", " ", "-"])
            return sep.join([pan[:4], pan[4:10], pan[10:]]) if sep else pan
        prefix = {"visa": "4", "mc": str(self.rng.randint(51, 55)), "mc2": str(self.rng.randint(2221, 2720)),
                  "disc": self.rng.choice(["6011", "65"]), "jcb": str(self.rng.randint(3528, 3589))}[kind]
        pan = _luhn(self.rng, prefix, 16)
        sep = self.rng.choice(["", " ", " ", "-"])
        return sep.join(pan[i:i + 4] for i in range(0, 16, 4)) if sep else pan

    def masked(self) -> str:
        l4 = _dg(self.rng, 4)
        return self.rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}",
                                f"{self.rng.choice(['4', '5'])}{_dg(self.rng, 5)}******{l4}", f"•••• {l4}",
                                f"VISA ****{l4}", f"MC xxxx{l4}", f"xxxx xxxx xxxx {l4}"])

    def ssn(self) -> str:
        area = self.rng.randint(1, 899)
        while area == 666:
            area = self.rng.randint(1, 899)
        g, s = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choices(["-", " ", ""], [75, 12, 13])[0]
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def bank(self) -> str:
        n = self.rng.choice([8, 9, 10, 10, 11, 12, 12, 13, 14, 16, 17])
        first = "0" if self.rng.random() < 0.1 else self.rng.choice("123456789")
        return first + _dg(self.rng, n - 1)

    def iban(self, cc: str | None = None) -> str:
        cc = cc or (self.region if self.region in _IBAN_COUNTRIES else self.rng.choice(["DE", "GB", "NL", "FR"]))
        raw = _iban_ro(self.rng) if cc == "RO" else _iban_hu(self.rng) if cc == "HU" else _iban_of(self.rng, cc)
        if self.rng.random() < 0.4:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def money(self, big: bool = False) -> str:
        r, rng = self.region, self.rng
        if r == "HU":
            return f"{_thousands(rng.randint(15, 900) * 100 - 10, ' ')} Ft"
        amt = round(rng.uniform(6, 2600), 2) if not big else float(rng.randint(180, 2400) * 1000)
        whole, cents = int(amt), f"{int(round((amt - int(amt)) * 100)) % 100:02d}"
        comma_dec = {"ES": ".", "DE": ".", "AT": ".", "IT": ".", "BR": ".", "NL": ".", "BE": ".", "RO": ".",
                     "FR": " ", "PT": "", "ZA": " "}
        if r in comma_dec:
            body = f"{_thousands(whole, comma_dec[r]) if comma_dec[r] else whole},{cents}"
            return {"ES": f"{body} €", "DE": rng.choice([f"{body} €", f"EUR {body}"]), "AT": f"€ {body}",
                    "IT": f"€ {body}", "BR": f"R$ {body}", "NL": f"€ {body}", "BE": f"€ {body}",
                    "RO": f"{body} lei", "FR": f"{body} €", "PT": f"{body} €", "ZA": f"R{body}"}[r]
        body = f"{whole:,}.{cents}"
        if r == "CH":
            return f"CHF {_thousands(whole, chr(39))}.{cents}"
        if r == "CA" and self.lang == "fr":
            return f"{_thousands(whole, ' ')},{cents} $"
        sym = {"US": "$", "GB": "£", "CA": rng.choice(["$", "CA$"]), "AU": rng.choice(["$", "A$"]),
               "NZ": rng.choice(["$", "NZ$"]), "IN": rng.choice(["₹", "Rs. "]), "SG": "S$", "IE": "€", "MX": "$"}[r]
        return f"{sym}{body}" + (" MXN" if r == "MX" else "")

    # -- network, secrets ------------------------------------------------------------------
    def ipv4(self) -> str:
        return _ip_public_v4(self.rng) if self.rng.random() < 0.7 else self.ipv4_private()

    def ipv4_private(self) -> str:
        rng = self.rng
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])

    def ipv6(self) -> str:
        return _ip_public_v6(self.rng)

    def ip(self) -> str:
        return self.ipv4() if self.rng.random() < 0.72 else self.ipv6()

    def password(self) -> str:
        rng = self.rng
        st = rng.choice(["rand", "rand", "words", "season", "pron"])
        if st == "rand":
            sym = "!#$%*?@-_+="
            chars = [rng.choice(string.ascii_lowercase), rng.choice(string.ascii_uppercase), rng.choice(string.digits),
                     rng.choice(sym)] + [rng.choice(string.ascii_letters + string.digits + sym) for _ in range(rng.randint(7, 12))]
            rng.shuffle(chars)
            if chars[-1] in "-_":
                chars[-1] = rng.choice(string.digits)
            return "".join(chars)
        if st == "words":
            a, b = rng.sample(_PW_WORDS, 2)
            return f"{a.capitalize()}{rng.choice(['-', '.', '_', ''])}{b.capitalize()}{rng.randint(10, 99)}{rng.choice(['!', '#', '', '$'])}"
        if st == "season":
            return f"{rng.choice(['Winter', 'Summer', 'Spring', 'Autumn', 'Welcome', 'Changeme'])}{rng.randint(2019, 2026)}{rng.choice(['!', '#', '@', '*'])}"
        cv = [rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(4)]
        return f"{cv[0].upper()}{cv[1]}{rng.randint(1000, 9999)}{cv[2].upper()}{cv[3]}"

    def pw_hash(self) -> str:
        alpha = "./" + string.ascii_letters + string.digits
        if self.rng.random() < 0.75:
            return f"$2b${self.rng.choice(['10', '12'])}${_al(self.rng, 53, alpha)}"
        salt = _b64url(bytes(self.rng.getrandbits(8) for _ in range(16)))
        hsh = _b64url(bytes(self.rng.getrandbits(8) for _ in range(32)))
        return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${hsh}"

    def api_key(self) -> str:
        rng = self.rng
        al = string.ascii_letters + string.digits
        st = rng.choice(["stripe", "gh", "ghpat", "slack", "gitlab", "sendgrid", "google", "openai", "twilio",
                         "hf", "mailgun", "shopify", "npm", "aws"])
        return {
            "stripe": lambda: f"{rng.choice(['sk', 'rk'])}_live_{_al(rng, rng.choice([24, 34, 99]))}",
            "gh": lambda: f"ghp_{_al(rng, 36)}",
            "ghpat": lambda: f"github_pat_{_al(rng, 22)}_{_al(rng, 59)}",
            "slack": lambda: f"xoxb-{_dg(rng, 12)}-{_dg(rng, 13)}-{_al(rng, 24)}",
            "gitlab": lambda: f"glpat-{_al(rng, 20, al + '-_')}",
            "sendgrid": lambda: self.sendgrid_key(),
            "google": lambda: f"AIza{_al(rng, 35, al + '-_')}",
            "openai": lambda: f"sk-proj-{_al(rng, 48, al + '-_')}",
            "twilio": lambda: f"SK{_hex(rng, 32)}",
            "hf": lambda: f"hf_{_al(rng, 34, string.ascii_letters)}",
            "mailgun": lambda: f"key-{_hex(rng, 32)}",
            "shopify": lambda: f"shpat_{_hex(rng, 32)}",
            "npm": lambda: f"npm_{_al(rng, 36)}",
            "aws": lambda: self.aws_secret(),
        }[st]()

    def stripe_key(self) -> str:
        return f"sk_live_{_al(self.rng, 24)}"

    def sendgrid_key(self) -> str:
        al = string.ascii_letters + string.digits + "-_"
        return f"SG.{_al(self.rng, 22, al)}.{_al(self.rng, 43, al)}"

    def aws_id(self) -> str:
        return "AKIA" + _al(self.rng, 16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        return _al(self.rng, 40, string.ascii_letters + string.digits + "+/")

    def bearer(self) -> str:
        if self.rng.random() < 0.35:
            return _al(self.rng, 40, string.ascii_letters + string.digits)
        head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
        iat = self.rng.randint(1_700_000_000, 1_790_000_000)
        body = _b64url(json.dumps({"sub": f"usr_{_hex(self.rng, 12)}", "iat": iat, "exp": iat + 3600,
                                   "scope": self.rng.choice(["read write", "admin", "orders:read"])},
                                  separators=(",", ":")).encode())
        return f"{head}.{body}.{_b64url(bytes(self.rng.getrandbits(8) for _ in range(32)))}"

    # -- places ----------------------------------------------------------------------------
    def city(self) -> str:
        if self.locale == "en_SG":
            return "Singapore"
        if self.floc == "it_IT":
            from faker.providers.address.it_IT import Provider

            return self.f.random_element(sorted(set(Provider.cities)))
        return _clean(self.f.city())

    def street(self) -> str:
        if self.locale == "en_SG":
            return f"Blk {self.rng.randint(1, 999)} {self.rng.choice(_SG_ESTATES)} {self.rng.choice(['Avenue', 'Street', 'Drive'])} {self.rng.randint(1, 92)}"
        if self.locale == "en_ZA":
            return f"{self.rng.randint(1, 480)} {_clean(self.f.street_name())} {self.rng.choice(_ZA_SUFFIX)}"
        return _clean(self.f.street_address()).replace("\n", ", ")

    def address_lines(self) -> list[str]:
        if self.locale == "en_SG":
            return [self.street(), f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(1, 450)}",
                    f"Singapore {self.rng.randint(10, 82):02d}{_dg(self.rng, 4)}"]
        if self.locale == "en_ZA":
            return [self.street(), _clean(self.f.city()), f"{self.rng.randint(1, 9)}{_dg(self.rng, 3)}"]
        lines = _clean(self.f.address()).split("\n")
        if self.locale == "en_IE" and len(lines) == 1:
            return [lines[0]]
        return lines

    def address(self) -> str:
        return ", ".join(self.address_lines())

    def address_ml(self) -> str:
        return "\n".join(self.address_lines())

    def pobox(self) -> str:
        n = self.rng.randint(10, 9999)
        city, pc = self.city(), _clean(self.f.postcode())
        f = self.f
        if self.region == "US":
            return f"{self.rng.choice(['PO Box', 'P.O. Box', 'POB'])} {n}, {city}, {f.state_abbr()} {f.zipcode()}"
        if self.region == "CA" and self.lang == "en":
            return f"PO Box {n} Stn {self.rng.choice(['Main', 'A', 'Central'])}, {city} {f.province_abbr()} {pc}"
        if self.region in ("AU",):
            return f"PO Box {n}, {city} {f.state_abbr()} {pc}"
        if self.lang == "en":
            return f"PO Box {n}, {city}, {pc}"
        fmt = {"fr": f"BP {n}, {pc} {city}", "de": f"Postfach {n}, {pc} {city}",
               "es": f"Apartado de Correos {n}, {pc} {city}", "it": f"Casella Postale {n}, {pc} {city}",
               "pt": f"Caixa Postal {n}, {pc} {city}", "nl": f"Postbus {n}, {pc} {city}",
               "ro": f"CP {n % 90 + 1}, OP {self.rng.randint(1, 9)}, {city}", "hu": f"Pf. {n}, {city}, {pc}"}
        return fmt[self.lang]

    def postcode(self) -> str:
        if self.locale == "en_SG":
            return f"{self.rng.randint(10, 82):02d}{_dg(self.rng, 4)}"
        return _clean(self.f.postcode())

    # -- dates -----------------------------------------------------------------------------
    def _rand_date(self, y0: int, y1: int) -> dt.date:
        y = self.rng.randint(y0, y1)
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
        return dt.date(y, m, d)

    def fmt_date(self, d: dt.date, style: str | None = None) -> str:
        y, m, dd, lang, r = d.year, d.month, d.day, self.lang, self.region
        mon = MONTHS[lang][m - 1]
        if lang == "en":
            sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            if r == "US":
                opts = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{mon} {dd}, {y}", f"{mon[:3]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}"]
            elif r == "CA":
                opts = [f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}", f"{dd:02d}/{m:02d}/{y}"]
            else:
                opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{dd}{sfx} {mon} {y}", f"{dd:02d}-{mon[:3]}-{y}",
                        f"{y}-{m:02d}-{dd:02d}", f"{dd}/{m}/{y}"]
        elif lang == "es":
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mon} de {y}", f"{dd:02d}-{m:02d}-{y}"]
        elif lang == "fr":
            day = "1er" if dd == 1 else str(dd)
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{day} {mon} {y}"] + ([f"{y}-{m:02d}-{dd:02d}"] if r == "CA" else [])
        elif lang == "de":
            opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {mon} {y}", f"{dd}.{m}.{y}"]
        elif lang == "it":
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mon} {y}"]
        elif lang == "pt":
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mon} de {y}"] + ([f"{dd:02d}-{m:02d}-{y}"] if r == "PT" else [])
        elif lang == "nl":
            opts = [f"{dd:02d}-{m:02d}-{y}", f"{dd} {mon} {y}"]
        elif lang == "ro":
            opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {mon} {y}"]
        else:  # hu
            opts = [f"{y}.{m:02d}.{dd:02d}.", f"{y}. {mon} {dd}.", f"{y}-{m:02d}-{dd:02d}"]
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "us":
            return f"{m:02d}/{dd:02d}/{y}"
        if style == "dmy":
            return f"{dd:02d}/{m:02d}/{y}"
        if isinstance(style, int):
            return opts[style % len(opts)]
        return self.rng.choice(opts)

    def dob(self, style: str | None = None) -> str:
        return self.fmt_date(self._rand_date(1941, 2006), style)

    def date(self, style: str | None = None) -> str:
        d = self._rand_date(2023, 2026)
        if self.state is not None and style is None:
            idx = self.state.setdefault("date_style", self.rng.randrange(12))
            self.state["last_date"] = d
            return self.fmt_date(d, idx)
        return self.fmt_date(d, style)

    def date_after(self) -> str:
        """A date 1-21 days after the text's last date (a departure, a due date), same format."""
        if self.state is None or "last_date" not in self.state:
            return self.date()
        d = self.state["last_date"] + dt.timedelta(days=self.rng.randint(1, 21))
        self.state["last_date"] = d
        return self.fmt_date(d, self.state["date_style"])

    def _tick(self) -> dt.datetime:
        """The text's clock: starts somewhere, then moves forward a little at each use."""
        if self.state is None:
            d = self._rand_date(2024, 2026)
            return dt.datetime(d.year, d.month, d.day, self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59))
        if "clock" not in self.state:
            d = self._rand_date(2024, 2026)
            self.state["clock"] = dt.datetime(d.year, d.month, d.day, self.rng.randint(6, 21), self.rng.randint(0, 59),
                                              self.rng.randint(0, 59))
        else:
            self.state["clock"] += dt.timedelta(seconds=self.rng.randint(5, 600))
        return self.state["clock"]

    def _style(self, key: str, n: int) -> int:
        if self.state is None:
            return self.rng.randrange(n)
        return self.state.setdefault(key, self.rng.randrange(n))

    def pet_dob(self) -> str:
        return self.fmt_date(self._rand_date(2011, 2024))

    def ts(self) -> str:
        c = self._tick()
        base = c.strftime("%Y-%m-%dT%H:%M:%S")
        return [base + "Z", f"{base}.{self.rng.randint(0, 999):03d}Z", base + "+00:00", base + "+01:00"][self._style("ts", 4)]

    def time(self) -> str:
        c = self._tick()
        if self.region == "US" and self._style("t12", 5) < 3:
            return f"{(c.hour % 12) or 12}:{c.minute:02d} {'AM' if c.hour < 12 else 'PM'}"
        return f"{c.hour:02d}:{c.minute:02d}"

    def slot(self) -> str:
        h, mi = self.rng.randint(8, 17), self.rng.choice([0, 15, 30, 45])
        if self.lang == "en" and self.region != "IN" and self.rng.random() < 0.5:
            return f"{(h % 12) or 12}:{mi:02d}{self.rng.choice(['', ' '])}{'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}" if self.lang != "fr" else f"{h}h{mi:02d}"

    def chat_ts(self) -> str:
        c = self._tick()
        if self.lang == "nl":
            return c.strftime("%d-%m-%Y %H:%M")
        return c.strftime("%d/%m/%y, %H:%M:%S")

    def ngx_ts(self) -> str:
        c = self._tick()
        return f"{c.day:02d}/{MONTHS['en'][c.month - 1][:3]}/{c.year}:{c.strftime('%H:%M:%S')} +0000"

    # -- look-alike ids --------------------------------------------------------------------
    def order(self) -> str:
        rng = self.rng
        return rng.choice([f"ORD-{rng.randint(2023, 2026)}-{_dg(rng, 6)}", f"#{rng.randint(100000, 9999999)}",
                           f"{_dg(rng, 3)}-{_dg(rng, 7)}-{_dg(rng, 7)}", f"W{_dg(rng, 9)}", f"SO{_dg(rng, 7)}",
                           f"{rng.choice(string.ascii_uppercase)}{_dg(rng, 5)}-{_dg(rng, 2)}"])

    def track(self) -> str:
        rng = self.rng
        return rng.choice([f"1Z{_al(rng, 6, string.ascii_uppercase + string.digits)}{_dg(rng, 10)}", _dg(rng, 12),
                           f"9400 {_dg(rng, 4)} {_dg(rng, 4)} {_dg(rng, 4)} {_dg(rng, 4)} {_dg(rng, 2)}",
                           _dg(rng, 10), _s10(rng, rng.choice(["GB", "NL", "DE", "CN"])), f"JJD{_dg(rng, 18)}"])

    def ver(self) -> str:
        rng = self.rng
        v = f"{rng.randint(0, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
        return rng.choice([v, "v" + v, f"{v}-rc.{rng.randint(1, 5)}", f"{v}-beta.{rng.randint(1, 9)}", f"{v}+build.{rng.randint(100, 9999)}"])

    def ver4(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(100, 131)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 250)}",
                           f"10.0.{rng.randint(17000, 26100)}.{rng.randint(100, 4500)}",
                           f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def latlon(self) -> str:
        return f"{self.rng.uniform(-45, 60):.5f}, {self.rng.uniform(-120, 150):.5f}"

    def mac(self) -> str:
        return ":".join(_hex(self.rng, 2) for _ in range(6))

    def chip(self) -> str:
        return self.rng.choice(["900", "985", "941", "250", "276", "956", "982"]) + _dg(self.rng, 12)

    def gstin(self) -> str:
        rng = self.rng
        return (f"{rng.randint(1, 37):02d}{_al(rng, 5, string.ascii_uppercase)}{_dg(rng, 4)}"
                f"{rng.choice(string.ascii_uppercase)}{rng.randint(1, 9)}Z{rng.choice(string.ascii_uppercase + string.digits)}")

    def iccid(self) -> str:
        return _luhn(self.rng, "89" + self.rng.choice(["44", "49", "33", "61", "01", "31", "34"]) + _dg(self.rng, 2), 19)

    def awb(self) -> str:
        serial = self.rng.randint(1000000, 9999999)
        return f"{self.rng.choice(['157', '176', '020', '618', '057', '125', '695'])}-{serial}{serial % 7}"

    def cups(self) -> str:
        return f"ES{self.rng.choice(['0021', '0031', '0022', '0026'])}{_dg(self.rng, 12)}{_al(self.rng, 2, string.ascii_uppercase)}"

    def fingerprint(self) -> str:
        return "SHA256:" + base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")

    def b64digest(self) -> str:
        return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(self.rng.choice([16, 20, 32])))).decode()

    def weight(self) -> str:
        rng = self.rng
        if self.region == "US":
            return rng.choice([f"{rng.randint(200, 40000):,} lbs", f"{rng.randint(200, 40000):,} lb"])
        sep = {"en": ",", "fr": " ", "hu": " "}.get(self.lang, ".")
        return rng.choice([f"{_thousands(rng.randint(80, 24000), sep)} kg", f"{rng.uniform(1.5, 45):.1f} kg".replace(".", "," if sep != "," else ".")])


# ------------------------------------------------------------------------------------------
# kinds: name -> (entity or None, generator, bound to a person of the text)
# ------------------------------------------------------------------------------------------
def _p(fmt):
    return ("PERSON", fmt, True)


def _v(entity, fn):
    return (entity, fn, False)


def _r(fn):
    return (None, fn, False)


KINDS = {
    # people (person-bound: fmt(v, parts))
    "NAME": _p(lambda v, p: v.full(p)),
    "FIRST": _p(lambda v, p: p[0]),
    "LAST": _p(lambda v, p: p[2]),
    "INIT": _p(lambda v, p: v.initial_last(p)),
    "LF": _p(lambda v, p: f"{p[2]}, {p[0]}"),
    "ULF": _p(lambda v, p: f"{p[2]}, {p[0]}".upper()),
    "UNAME": _p(lambda v, p: v.full(p).upper()),
    "LNAME": _p(lambda v, p: v.full(p).lower()),
    "ULAST": _p(lambda v, p: p[2].upper()),
    "UFIRST": _p(lambda v, p: p[0].upper()),
    "LFIRST": _p(lambda v, p: p[0].lower()),
    "EMAIL": ("EMAIL_ADDRESS", lambda v, p: v.email_for(p), True),
    # other PII
    "ROLEEMAIL": _v("EMAIL_ADDRESS", lambda v: v.role_email()),
    "PHONE": _v("PHONE_NUMBER", lambda v: v.phone()),
    "PHONEI": _v("PHONE_NUMBER", lambda v: v.phone("intl")),
    "PHONEN": _v("PHONE_NUMBER", lambda v: v.phone("nat")),
    "PHONEW": _v("PHONE_NUMBER", lambda v: v.phone_words()),
    "CARD": _v("CREDIT_CARD", lambda v: v.card()),
    "SSN": _v("US_SSN", lambda v: v.ssn()),
    "BANK": _v("US_BANK_NUMBER", lambda v: v.bank()),
    "IBAN": _v("IBAN_CODE", lambda v: v.iban()),
    "IP": _v("IP_ADDRESS", lambda v: v.ip()),
    "IPV4": _v("IP_ADDRESS", lambda v: v.ipv4()),
    "IPV4P": _v("IP_ADDRESS", lambda v: v.ipv4_private()),
    "IPV6": _v("IP_ADDRESS", lambda v: v.ipv6()),
    "STREET": _v("STREET_ADDRESS", lambda v: v.street()),
    "ADDR": _v("STREET_ADDRESS", lambda v: v.address()),
    "UADDR": _v("STREET_ADDRESS", lambda v: v.address().upper()),
    "ADDRML": _v("STREET_ADDRESS", lambda v: v.address_ml()),
    "POBOX": _v("STREET_ADDRESS", lambda v: v.pobox()),
    "CITY": _v("LOCATION", lambda v: v.city()),
    "UCITY": _v("LOCATION", lambda v: v.city().upper()),
    "DOB": _v("DATE_OF_BIRTH", lambda v: v.dob()),
    "DOBISO": _v("DATE_OF_BIRTH", lambda v: v.dob("iso")),
    "DOBUS": _v("DATE_OF_BIRTH", lambda v: v.dob("us")),
    "DOBSLASH": _v("DATE_OF_BIRTH", lambda v: v.dob("dmy")),
    "PW": _v("PASSWORD", lambda v: v.password()),
    "APIKEY": _v("API_KEY", lambda v: v.api_key()),
    "BEARER": _v("API_KEY", lambda v: v.bearer()),
    "STRIPEKEY": _v("API_KEY", lambda v: v.stripe_key()),
    "SGKEY": _v("API_KEY", lambda v: v.sendgrid_key()),
    "AWSID": _v("API_KEY", lambda v: v.aws_id()),
    "AWSSECRET": _v("API_KEY", lambda v: v.aws_secret()),
    # look-alikes
    "TITLE": _r(lambda v: v.rng.choice({"en": ["Mr", "Ms", "Mrs", "Dr", "Mx"]}.get(v.lang, ["Mr", "Mrs"]))),
    "DATE": _r(lambda v: v.date()),
    "DATE2": _r(lambda v: v.date_after()),
    "MONEYBIG": _r(lambda v: v.money(big=True)),
    "MASKEDN": _r(lambda v: v.rng.choice(["xxxx", "****", "XXXX-"]) + _dg(v.rng, 4)),
    "TIME": _r(lambda v: v.time()),
    "SLOTTIME": _r(lambda v: v.slot()),
    "TS": _r(lambda v: v.ts()),
    "NGXTS": _r(lambda v: v.ngx_ts()),
    "CHATTS": _r(lambda v: v.chat_ts()),
    "EPOCH": _r(lambda v: str(v.rng.randint(1_700_000_000, 1_790_000_000))),
    "PETDOB": _r(lambda v: v.pet_dob()),
    "YEAR": _r(lambda v: str(v.rng.randint(2012, 2022))),
    "FY": _r(lambda v: (lambda y: f"{y}/{(y + 1) % 100:02d}")(v.rng.randint(2023, 2026))),
    "YYYYMM": _r(lambda v: f"{v.rng.randint(2008, 2024)}-{v.rng.randint(1, 12):02d}"),
    "ORDER": _r(lambda v: v.order()),
    "ORDERNUM": _r(lambda v: str(v.rng.randint(10_000_000, 999_999_999))),
    "TRACK": _r(lambda v: v.track()),
    "TRACKBR": _r(lambda v: _s10(v.rng, "BR")),
    "PRO": _r(lambda v: _dg(v.rng, 10)),
    "SEAL": _r(lambda v: _dg(v.rng, 7)),
    "SKU": _r(lambda v: f"SKU-{_al(v.rng, 2, string.ascii_uppercase)}-{_dg(v.rng, 4)}-{v.rng.choice(['BLK', 'WHT', 'XL', 'M', '12PK'])}"),
    "VER": _r(lambda v: v.ver()),
    "VER4": _r(lambda v: v.ver4()),
    "SHA": _r(lambda v: _hex(v.rng, 40)),
    "SHA256": _r(lambda v: _hex(v.rng, 64)),
    "HEX8": _r(lambda v: _hex(v.rng, 8)),
    "HEX16": _r(lambda v: _hex(v.rng, 16)),
    "UUID": _r(lambda v: v.uuid()),
    "MASKED": _r(lambda v: v.masked()),
    "MONEY": _r(lambda v: v.money()),
    "AMOUNT": _r(lambda v: f"{v.rng.uniform(5, 900):.2f}"),
    "ROOM": _r(lambda v: str(v.rng.choice([v.rng.randint(101, 1240), v.rng.randint(2, 9) * 100 + v.rng.randint(1, 40)]))),
    "BRAND": _r(lambda v: v.brand()),
    "DOMAIN": _r(lambda v: v.domain()),
    "URL": _r(lambda v: f"https://{v.domain()}/{v.rng.choice(['t', 'track', 'outages', 'r', 'info'])}/{_al(v.rng, 7)}"),
    "HOST": _r(lambda v: f"{v.rng.choice(['worker', 'api', 'batch', 'edge'])}-{v.rng.randint(1, 40)}.{v.rng.choice(['prod', 'eu1', 'stg'])}.internal"),
    "EVENT": _r(lambda v: f"{v.rng.choice(_BRAND_A)} {v.rng.choice(_EVENT_KIND)} {v.rng.randint(2025, 2027)}"),
    "PET": _r(lambda v: v.rng.choice(_PETS)),
    "BREED": _r(lambda v: v.rng.choice(_BREEDS)),
    "SEX": _r(lambda v: v.rng.choice(["MN", "FS", "M", "F"])),
    "CHIP": _r(lambda v: v.chip()),
    "MPAN": _r(lambda v: _mpan_core(v.rng)),
    "METERSN": _r(lambda v: v.rng.choice([f"{_dg(v.rng, 2)}{v.rng.choice('EKLMPS')}{_dg(v.rng, 7)}", f"E{_dg(v.rng, 2)}Z{_dg(v.rng, 6)}"])),
    "ACCTREF": _r(lambda v: _dg(v.rng, 10)),
    "ROUTING": _r(lambda v: _aba(v.rng)),
    "CONTAINER": _r(lambda v: _iso6346(v.rng)),
    "AWB": _r(lambda v: v.awb()),
    "AWBRO": _r(lambda v: _dg(v.rng, v.rng.choice([10, 13]))),
    "SSCC": _r(lambda v: _gs1("3" + _dg(v.rng, 16))),
    "HS": _r(lambda v: f"{v.rng.randint(1000, 9700)}.{_dg(v.rng, 2)}.{_dg(v.rng, 2)}"),
    "PORTCODE": _r(lambda v: v.rng.choice(_UNLOCODE)),
    "INVOICE": _r(lambda v: v.rng.choice([f"INV-{v.rng.randint(2023, 2026)}-{_dg(v.rng, 5)}", f"FA{_dg(v.rng, 8)}", f"{_dg(v.rng, 4)}/{v.rng.randint(2023, 2026)}"])),
    "CASE": _r(lambda v: v.rng.choice([f"CS-{_dg(v.rng, 6)}", f"SR-{v.rng.randint(2023, 2026)}-{_dg(v.rng, 6)}", f"#{_dg(v.rng, 5)}"])),
    "TICKET": _r(lambda v: v.rng.choice([f"{v.rng.randint(10000, 999999)}", f"SUP-{_dg(v.rng, 5)}", f"HD{_dg(v.rng, 7)}"])),
    "PNR": _r(lambda v: _al(v.rng, 6, string.ascii_uppercase + "23456789")),
    "CONFNO": _r(lambda v: v.rng.choice([_dg(v.rng, 8), _dg(v.rng, 10), _al(v.rng, 8, string.ascii_uppercase + string.digits)])),
    "LOYALTY": _r(lambda v: _luhn(v.rng, v.rng.choice(["7", "8", "30", "92"]), v.rng.choice([10, 11, 12]))),
    "FOLIO": _r(lambda v: str(v.rng.randint(10000, 999999))),
    "GSTIN": _r(lambda v: v.gstin()),
    "SEAT": _r(lambda v: f"Block {v.rng.randint(101, 432)}, Row {v.rng.choice(string.ascii_uppercase[:22])}, Seats {(lambda s: f'{s}-{s + 1}')(v.rng.randint(1, 40))}"),
    "GTIN": _r(lambda v: _ean13(v.rng)),
    "GATE": _r(lambda v: v.rng.choice("ABCDEFGH")),
    "LATLON": _r(lambda v: v.latlon()),
    "ZIP": _r(lambda v: v.postcode()),
    "CODE4": _r(lambda v: _dg(v.rng, 4)),
    "SSN4": _r(lambda v: _dg(v.rng, 4)),
    "EMPID": _r(lambda v: v.rng.choice([f"E{_dg(v.rng, 6)}", f"{v.rng.randint(10000, 99999)}", f"EMP-{_dg(v.rng, 5)}"])),
    "USERNAME": _r(lambda v: v.rng.choice([f"u{_dg(v.rng, 6)}", f"ext-{_dg(v.rng, 5)}", f"c{_dg(v.rng, 7)}"])),
    "QTY": _r(lambda v: str(v.rng.randint(2, 24))),
    "REL": _r(lambda v: v.rng.choice(_REL.get(v.lang, _REL["en"]))),
    "PLAN": _r(lambda v: v.rng.choice(_PLANS)),
    "PROMO": _r(lambda v: v.rng.choice(_PROMO)),
    "MEMBERNO": _r(lambda v: v.rng.choice([f"M-{_dg(v.rng, 6)}", _dg(v.rng, 9), f"{_al(v.rng, 2, string.ascii_uppercase)}{_dg(v.rng, 7)}"])),
    "CAR": _r(lambda v: f"{v.rng.randint(2019, 2025)} {v.rng.choice(_CARS)}"),
    "VIN": _r(lambda v: _vin(v.rng)),
    "ODO": _r(lambda v: f"{v.rng.randint(1200, 88000):,}"),
    "RA": _r(lambda v: f"{v.rng.choice(['RA', 'R', 'CT'])}{_dg(v.rng, 9)}"),
    "BRANCH": _r(lambda v: f"BR-{_dg(v.rng, 4)}"),
    "CARDBRAND": _r(lambda v: v.rng.choice(["VISA", "MC", "AMEX", "DISC"])),
    "SDK": _r(lambda v: v.rng.choice(["node-sdk", "python-sdk", "go-client", "ruby-gem", "php-sdk"])),
    "APPUA": _r(lambda v: f"{v.rng.choice(_BRAND_A)}App/{v.ver().lstrip('v')} (iPhone; iOS {v.rng.randint(15, 18)}.{v.rng.randint(0, 6)}.{v.rng.randint(0, 3)})"),
    "EXP": _r(lambda v: f"{v.rng.randint(1, 12):02d}/{v.rng.randint(26, 31)}"),
    "AUTHCODE": _r(lambda v: _al(v.rng, 6, string.ascii_uppercase + string.digits)),
    "MID": _r(lambda v: _dg(v.rng, 15)),
    "CLASSCODE": _r(lambda v: f"{v.rng.choice(['HIIT', 'SPIN', 'YOGA', 'PUMP'])}-{v.rng.choice(['MON', 'TUE', 'WED', 'THU', 'SAT'])}-{v.rng.randint(6, 19):02d}"),
    "WEIGHT": _r(lambda v: v.weight()),
    "WO": _r(lambda v: f"WO-{v.rng.randint(23, 26)}-{_dg(v.rng, 5)}"),
    "PRIO": _r(lambda v: v.rng.choice(["P1 - Urgent", "P2", "P3 - Routine", "Emergency", "Low"])),
    "KEYTAG": _r(lambda v: f"K{_dg(v.rng, 3)}"),
    "LICNO": _r(lambda v: f"{_dg(v.rng, 5)}{v.rng.choice(['C', 'L', 'P'])}"),
    "UNIT": _r(lambda v: f"{v.rng.randint(1, 30)}{v.rng.choice(['', 'A', 'B', 'C'])}"),
    "REFNO": _r(lambda v: f"{_al(v.rng, 3, string.ascii_uppercase)}{_dg(v.rng, 6)}"),
    "PARCEL": _r(lambda v: f"{_dg(v.rng, 4)}-{_dg(v.rng, 3)}-{_dg(v.rng, 3)}"),
    "ASSET": _r(lambda v: f"AST-{_dg(v.rng, 6)}"),
    "CLAIMNO": _r(lambda v: f"CLM{_dg(v.rng, 8)}"),
    "VALNO": _r(lambda v: f"{_dg(v.rng, 5)}/{_dg(v.rng, 3)}.{_dg(v.rng, 2)}"),
    "PERMIT": _r(lambda v: f"PK{_dg(v.rng, 6)}"),
    "ZONE": _r(lambda v: f"{v.rng.choice('ABCDEFGHJK')}{v.rng.randint(1, 9)}"),
    "ROUTE": _r(lambda v: f"R{_dg(v.rng, 3)}-{v.rng.choice(['AM', 'PM'])}"),
    "DCCODE": _r(lambda v: f"DC{v.rng.randint(1, 40):02d}"),
    "LIEFER": _r(lambda v: f"LA-{v.rng.randint(2023, 2026)}-{_dg(v.rng, 6)}"),
    "CONTRATO": _r(lambda v: _dg(v.rng, 12)),
    "CUPS": _r(lambda v: v.cups()),
    "PRESUP": _r(lambda v: f"P-{_dg(v.rng, 5)}"),
    "LOT": _r(lambda v: str(v.rng.randint(2, 180))),
    "CADASTRE": _r(lambda v: f"{_dg(v.rng, 3)} {_al(v.rng, 2, string.ascii_uppercase)} {_dg(v.rng, 4)}"),
    "POD": _r(lambda v: f"IT001E{_dg(v.rng, 8)}"),
    "CUSTNO": _r(lambda v: _dg(v.rng, v.rng.choice([8, 9, 11]))),
    "SECTOR": _r(lambda v: v.rng.choice(["Tribuna Est", "Parterre B", "Anello Rosso", "Curva Sud", "Platea"])),
    "ROWL": _r(lambda v: v.rng.choice(string.ascii_uppercase[:20])),
    "EAN18": _r(lambda v: _gs1("5414" + _dg(v.rng, 13))),
    "CANDNO": _r(lambda v: f"C{_dg(v.rng, 6)}"),
}


# ------------------------------------------------------------------------------------------
# templates: (who writes it, text). "en" = any English profile (EN_WEIGHTS); "es" = any
# Spanish one; "en_US|en_CA" = one of those.
# ------------------------------------------------------------------------------------------
TEMPLATES = [
    # ---- English (42) ---------------------------------------------------------------------
    ("en_US", "DISPATCH {ORDER} | load tendered {DATE} {TIME} | pickup dock {QTY} | driver {NAME@a} cell {PHONE} | "
              "consignee attn: {NAME@b} {PHONE} | deliver to {ADDR} | PRO {PRO} | {WEIGHT}"),
    ("en_US|en_CA", "POD EXCEPTION - TRK {TRACK}\nRECEIVER {ULAST@a} REFUSED DELIVERY AT {UADDR}. CARTON DAMAGED, {QTY} "
                    "PCS AFFECTED. CUSTOMER ASKED FOR CALL BACK ON {PHONE}. DRIVER: {UFIRST@b}. SEAL# {SEAL}. NEXT ATTEMPT {DATE}."),
    ("en_SG", """Hi {FIRST@a},

Shipment {CONTAINER@k} cleared at {PORTCODE} this morning. The consignee on the permit is {NAME@b} c/o {BRAND@q} Pte Ltd, {ADDR}. HS {HS}, declared value {MONEY}.

Can you confirm {FIRST@b}'s mobile? We have {PHONE} on file but the haulier says it doesn't ring.

Thanks,
{NAME@c}
Customs Documentation | {BRAND@q}
DID {PHONE} | {EMAIL@c}

-----Original Message-----
From: {NAME@a} <{EMAIL@a}>
Sent: {DATE} {TIME}
To: {EMAIL@c}
Subject: RE: AWB {AWB} / {CONTAINER@k}

Any update on the permit? Consignee keeps chasing."""),
    ("en_GB", """Subject: Your {BRAND@k} Energy bill is ready - account {ACCTREF}

Dear {TITLE} {LAST@a},

Your bill for {DATE} to {DATE2} is now available. Amount due: {MONEY}. We'll collect this by Direct Debit from the account ending {CODE4} on or after {DATE2}.

Supply address:
{ADDRML}
Meter point (MPAN core): {MPAN}
Meter serial: {METERSN}

If you think the reading is wrong, call us on {PHONE} (Mon-Fri 8am-8pm) or reply to {ROLEEMAIL}.

{BRAND@k} Energy Ltd, registered in England and Wales no. {PRO}"""),
    ("en_US", """[{TIME}] Agent {FIRST@a} ({BRAND@k} Power): Thanks for holding. To switch you to AutoPay I need the routing and account number.
[{TIME}] {NAME@b}: routing is {ROUTING} and checking account {BANK}
[{TIME}] Agent {FIRST@a}: Got it. The first draft will be {DATE} for {MONEY}. Service address still {STREET}?
[{TIME}] {NAME@b}: yes. and can you send the confirmation to {EMAIL@b}
[{TIME}] Agent {FIRST@a}: Done. Confirmation # {CONFNO}."""),
    ("en_AU", "{BRAND} Energy: Planned power interruption at {ADDR} on {DATE} from 8:30am to 2:00pm for network upgrades. "
              "Ref {CASE}. Info: {URL} Reply STOP to opt out"),
    ("en_GB|en_IE", """NIGHT AUDIT / SHIFT HANDOVER {DATE}
- Rm {ROOM}: {TITLE} {LAST@a} late arrival, flight delayed. Card auth held {MONEY} on {MASKED}.
- Rm {ROOM}: noise complaint from next door, spoke to {FIRST@b} (lead booker, {PHONE}). Second warning logged.
- Rm {ROOM}: {NAME@c} asked for a {SLOTTIME} taxi to the airport, booked with {BRAND} Cars conf {PNR}.
- Lost property: black umbrella left at bar, tagged {ASSET}.
Guest {NAME@d} (born {DOB}) flagged for age check on the minibar: ID sighted, OK.
Handover by {INIT@e}, cc: {INIT@f}"""),
    ("en_US", """Reservation Confirmed - Confirmation #{CONFNO}

Hi {FIRST@a},
Thanks for booking with {BRAND@k} Hotels. Here are your details:

Guest: {NAME@a}
Email: {EMAIL@a}
Phone: {PHONE}
Arrival: {DATE}   Departure: {DATE2}
Room type: King Deluxe, non-smoking
Rate: {MONEY} / night + tax
Guarantee: {MASKED}
Rewards #: {LOYALTY}

Need to change plans? Call {PHONE} or reply to {ROLEEMAIL}."""),
    ("en_IN", """GUEST REGISTRATION CARD          Folio No. {FOLIO}
NAME OF GUEST : {UNAME@a}
DATE OF BIRTH : {DOB}        NATIONALITY : IN
PERMANENT ADDRESS : {UADDR}
MOBILE NO. : {PHONE}      E-MAIL : {EMAIL@a}
ARRIVED FROM : {UCITY}     PURPOSE OF VISIT : BUSINESS
ARRIVAL DT : {DATE}   ROOM NO : {ROOM}   NO. OF PAX : {QTY}
GSTIN OF COMPANY (IF ANY) : {GSTIN}
SIGNATURE OF GUEST ______________"""),
    ("en_AU|en_NZ", "Hi {FIRST@a}, {PET} is due for the C5 vaccination and heartworm injection. We have {DATE} at {SLOTTIME} "
                    "available at {BRAND} Vet. Reply Y to confirm or call {PHONE}. Microchip on file: {CHIP}"),
    ("en_CA", """Patient: {PET} ({BREED}, {SEX}, DOB {PETDOB}) Chip {CHIP}
Owner: {LF@a} - {PHONE} / {EMAIL@a}
Home: {ADDR}
S: O reports 2 days of vomiting, ate part of a sock per {FIRST@a}. Wt {WEIGHT}.
O: T 39.4, HR 120, mild cranial abdominal pain.
A: r/o foreign body. P: rads, bloodwork ({INVOICE}). Estimate {MONEY} discussed; {FIRST@a}'s partner {NAME@b} to pick up at 5.
DVM: {INIT@c}"""),
    ("en_US", """New member signup (web) - {TS}
first_name: {FIRST@a}
last_name: {LAST@a}
date_of_birth: {DOBISO}
email: {EMAIL@a}
mobile: {PHONE}
emergency_contact: {NAME@b} ({REL}) {PHONE}
plan: {PLAN}
billing_card: {CARD}
billing_zip: {ZIP}
promo_code: {PROMO}
waiver_signed: true
ip: {IP}"""),
    ("en_ZA", """Good day

Please can you freeze my membership ({MEMBERNO}) from {DATE} for three months, I'm having knee surgery. I'm still at {ADDR} and my cell is {PHONE}.

The debit order must please stop for that time, it comes off my account {BANK} at {BRAND} Bank.

Kind regards
{NAME@a}
Sent from my Huawei"""),
    ("en", """{TS} level=info svc=access-ctl door=FRONT-{QTY} badge={HEX8} member={MEMBERNO} name="{NAME@a}" result=GRANTED
{TS} level=warn svc=access-ctl door=STUDIO-B badge={HEX8} member={MEMBERNO} name="{NAME@b}" result=DENIED reason=membership_frozen
{TS} level=info svc=access-ctl door=FRONT-{QTY} badge={HEX8} member={MEMBERNO} name="{LNAME@c}" result=GRANTED fw={VER4}"""),
    ("en_GB", """Hi {FIRST@a},

Great speaking earlier. As discussed, your second-stage interview for the Warehouse Operations Supervisor role is confirmed for {DATE} at {SLOTTIME}. You'll be meeting {NAME@b} (Site Manager) and {NAME@c} from HR. I know you're relocating from {CITY}, so they're happy to talk about the start date.

Address:
{ADDRML}
Please bring photo ID and ask for {FIRST@b} at reception.

If anything changes, my direct line is {PHONE}.

Best wishes,
{NAME@d}
Talent Partner, {BRAND} Recruitment
{EMAIL@d} | {PHONE}"""),
    ("en_US", """NEW HIRE - {NAME@a} (Emp ID {EMPID}), start date {DATE}
Legal name: {LF@a}
SSN: {SSN}   DOB: {DOB}
Home address: {ADDR}
Relocating from {CITY}; relo package approved ({MONEY}).
Direct deposit: routing {ROUTING} / account {BANK} (checking)
Hiring manager: {NAME@b}. Buddy: {FIRST@c}.
Workday login: {USERNAME}; temporary password: {PW} (must change at first login)
I-9 docs verified by {INIT@d} on {DATE}."""),
    ("en_US", '{"request_id":"{UUID}","package":"STANDARD_PLUS","candidate":{"first":"{FIRST@a}","last":"{LAST@a}",'
              '"dob":"{DOBISO}","ssn":"{SSN}","email":"{EMAIL@a}","phone":"{PHONE}","addresses":[{"line":"{ADDR}",'
              '"from":"{YYYYMM}"},{"line":"{ADDR}","from":"{YYYYMM}"}]},"status":"pending","created_at":"{TS}"}'),
    ("en_AU", """Work Order {WO} - Priority: {PRIO}
Property: {ADDR}
Tenant: {NAME@a} - {PHONE} (prefers SMS)
Issue: Hot water system leaking from the relief valve, tenant has turned it off at the isolator.
Access: tenant home after 3pm, otherwise keys at office (key tag {KEYTAG}).
Assigned: {NAME@b} / {BRAND} Plumbing, lic. {LICNO}
Notes: Landlord {LF@c} approved up to {MONEY} via email {DATE}."""),
    ("en_CA", """---------- Forwarded message ---------
From: {NAME@a} <{EMAIL@a}>
Date: {DATE}
Subject: Unit {UNIT} arrears
To: {ROLEEMAIL@r}

Hi team, please see below from the tenant. Balance on the ledger is {MONEY} as of today.

> On {DATE}, {NAME@b} <{EMAIL@b}> wrote:
> I sent the e-transfer to {ROLEEMAIL@r} twice, reference {REFNO}. I've been at {STREET} since
> {YEAR}, you can reach me at {PHONE}. Please stop the late fees.
> {FIRST@b}

--
{NAME@a} | Property Manager
{BRAND} Residential | {PHONE}"""),
    ("en_US", """311 SERVICE REQUEST #{CASE}
Type: Pothole / Street Defect   Channel: Phone   Council District: {QTY}
Location of issue: in front of {STREET}
Caller: {NAME@a}   Callback: {PHONE}   Email: {EMAIL@a}
Caller lives at: {ADDR}
Parcel: {PARCEL}   Asset: {ASSET}
Notes: approx 2ft wide, caller says {FIRST@a}'s tire was damaged {DATE}. Referred to claims ({CLAIMNO})."""),
    ("en_NZ|en_AU", """RATES ASSESSMENT {FY}
Valuation No. {VALNO}
Ratepayer(s): {UNAME@a} & {UNAME@b}
Postal: {POBOX}
Property location: {ADDR}
Capital value {MONEYBIG}   Land value {MONEYBIG}
Instalment 1 due {DATE} ..... {MONEY}
Pay online quoting ref {REFNO} or by direct debit."""),
    ("en_US", """RENTAL AGREEMENT {RA}   Branch {BRANCH}
Renter: {UNAME@a}   DOB: {DOB}   Age surcharge: N
Additional driver: {UNAME@b}
Address: {ADDR}
Phone: {PHONE}
Vehicle: {CAR}  VIN {VIN}  Odo out {ODO} mi  Fuel 8/8
Payment: {CARDBRAND} {MASKEDN}  Pre-auth {MONEY}
Out: {DATE} {TIME}   Due: {DATE2} {TIME}"""),
    ("en_IE|en_GB", """Dear {NAME@a},

Re: Damage assessment for rental {RA}, vehicle {CAR}

Following the inspection on {DATE}, the repair estimate for the rear bumper is {MONEY}. As you declined the Super CDW, your excess applies. We have refunded the unused deposit to {IBAN}; please allow 5 working days.

If you dispute the assessment, reply to {ROLEEMAIL} or ring {PHONE} quoting {CASE}.

Regards,
{FIRST@b}
Claims, {BRAND} Car Hire"""),
    ("en_GB", """Your tickets for {EVENT} - Order {ORDER}
Lead booker: {NAME@a} ({EMAIL@a})
{QTY} x Standing, Gate {GATE}. Doors 18:30.
Seats: {SEAT}
Barcodes: {GTIN}, {GTIN}
Paid {MONEY} with {MASKED}
Transfer tickets to a friend from your account. Resale is only permitted via the official exchange."""),
    ("en_US", """Fraud review - order {ORDER} ({QTY} tix, {EVENT})
Buyer acct {EMAIL@a} created {TS} from {IPV4}; checkout from {IPV6}.
Card used: {CARD} (billing name {NAME@b}, does not match account name {NAME@a}).
AVS: billing ZIP {ZIP} mismatch. Device {UUID}.
Decision: cancel + refund, block BIN. Reviewed by {INIT@c}."""),
    ("en_US|en_CA", """Chat transcript - ticket {TICKET}
{TIME} {NAME@a}: hi, our webhooks started failing after we rotated keys
{TIME} Support ({FIRST@b}): Sorry about that! Which environment?
{TIME} {NAME@a}: prod. here's the new key {APIKEY} and the old one was {APIKEY}
{TIME} Support ({FIRST@b}): Please don't share secret keys in chat - I've revoked both for safety. You can create a new one under Settings > API.
{TIME} {NAME@a}: ugh ok. requests come from {IP} if that helps
{TIME} Support ({FIRST@b}): Thanks, I see 401s from that address since {TS}, client {SDK}/{VER}."""),
    ("en_IN", """Dear {FIRST@a},

As requested, your account password has been reset. Please log in at https://portal.{DOMAIN} with
User ID: {USERNAME}
Temporary password: {PW}
You will be asked to set a new password on first login.

Ticket: {TICKET}
Regards,
{NAME@b}
L1 Support | {BRAND} Technologies Pvt Ltd | {PHONE}

On {DATE}, {NAME@a} <{EMAIL@a}> wrote:
> Hi, I am locked out since morning. My registered mobile is {PHONE}. Kindly reset.
> Thanks and regards, {NAME@a}"""),
    ("en", """{IPV4} - - [{NGXTS}] "GET /api/v2/orders/{ORDERNUM}?expand=items HTTP/1.1" 200 1843 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{VER4} Safari/537.36"
{IPV6} - - [{NGXTS}] "POST /account/login HTTP/2.0" 302 0 "https://{DOMAIN}/login" "{APPUA}"
{IP} - {EMAIL@a} [{NGXTS}] "GET /static/app.{HEX8}.js HTTP/1.1" 304 0 "-" "curl/{VER}\""""),
    ("en", """Traceback (most recent call last):
  File "/srv/app/billing/tasks.py", line 212, in send_invoice
    mailer.send(to=customer["email"], ctx=ctx)
  File "/srv/app/lib/mailer.py", line 88, in send
    raise SMTPRecipientsRefused({to: (550, b"5.1.1 user unknown")})
smtplib.SMTPRecipientsRefused: {'{EMAIL@a}': (550, b'5.1.1 user unknown')}
ctx = {'customer': {'id': {ORDERNUM}, 'name': '{NAME@a}', 'phone': '{PHONE}', 'dob': '{DOBISO}', 'billing_address': '{ADDR}'}, 'invoice': '{INVOICE}', 'amount': '{MONEY}'}
worker=celery@{HOST} task_id={UUID}"""),
    ("en", """{"ts":"{TS}","lvl":"DEBUG","svc":"auth","evt":"login_attempt","user":"{EMAIL@a}","ip":"{IPV6@x}","ua_ver":"{VER}"}
{"ts":"{TS}","lvl":"DEBUG","svc":"auth","evt":"login_failed","user":"{EMAIL@a}","password":"{PW}","ip":"{IPV6@x}","reason":"bad_credentials"}
{"ts":"{TS}","lvl":"INFO","svc":"auth","evt":"mfa_sent","user":"{EMAIL@a}","to":"{PHONEI}","trace":"{HEX16}"}"""),
    ("en_US", "{TS} gw=pgw-{QTY} op=auth merchant_id={MID} amount={AMOUNT} currency=USD pan={CARD} exp={EXP} cvv_present=true "
              "avs_zip={ZIP} result=APPROVED auth_code={AUTHCODE} client_ip={IP}\n"
              "{TS} gw=pgw-{QTY} op=capture merchant_id={MID} amount={AMOUNT} currency=USD pan={MASKED} result=OK ref={UUID}"),
    ("en", """# .env.production (pasted into ticket {TICKET} by {FIRST@a})
APP_ENV=production
APP_VERSION={VER}
DATABASE_URL=postgres://app_rw:{PW}@{IPV4P}:5432/orders
REDIS_URL=redis://{IPV4P}:6379/0
STRIPE_SECRET_KEY={STRIPEKEY}
SENDGRID_API_KEY={SGKEY}
AWS_ACCESS_KEY_ID={AWSID}
AWS_SECRET_ACCESS_KEY={AWSSECRET}
BUILD_SHA={SHA}
SENTRY_RELEASE={VER}"""),
    ("en_AU", """pls add these to the class waitlist (copied from the paper sheet):
name,mobile,suburb,dob
{NAME@a},{PHONEN},{CITY},{DOBSLASH}
{NAME@b},{PHONEN},{CITY},{DOBSLASH}
{LNAME@c},{PHONEN},,{DOBSLASH}
total 3, class code {CLASSCODE}"""),
    ("en_ZA", """From: {NAME@a}
To: {NAME@b}; {NAME@c}
Cc: {EMAIL@d}
Subject: RE: Load shedding plan for {DCCODE}

{FIRST@b}, {FIRST@c},

Transport has confirmed the reefer trucks will run on generator from stage 4. {FIRST@d} will confirm diesel top-ups by {SLOTTIME}.

Regards
{NAME@a}
Operations Manager
Tel: {PHONE} | Cell: {PHONE}
{ADDRML}

From: {NAME@b}
Sent: {DATE} {TIME}
To: {NAME@a}
Subject: Load shedding plan

Hi {FIRST@a}, what's the plan for the cold chain tonight?
{INIT@b}"""),
    ("en_SG", """[{CHATTS}] {NAME@a}: Hi, this is the delivery for order {ORDER}, I'm downstairs
[{CHATTS}] {NAME@b}: Oh sorry! Can you leave it with the guard? Address is {ADDR}
[{CHATTS}] {NAME@a}: Guard not here. Can call you? {PHONE}
[{CHATTS}] {NAME@b}: Call my husband {FIRST@c} at {PHONE}, he's home
[{CHATTS}] {NAME@a}: ok done, passed to {FIRST@c}. Thank you"""),
    ("en_US", """Voicemail from {PHONE} received {DATE} at {TIME} (0:47)
Transcript: "Hi, this is {NAME@a} calling about the apartment listing on {STREET}. Um, could you call me back at {PHONEW}? Again my name is {NAME@a}. I'm in {CITY} right now but I can view it on the weekend. Thanks."
Confidence: 0.82"""),
    ("en_GB", """VM transcript (auto) - mailbox {QTY} - {TS}
"Hiya, it's {NAME@a}, I'm ringing about my gas account, reference {ACCTREF}. You took two payments this month, can someone ring me back on {PHONEN} please, or my work number {PHONE}. Ta, bye."
Tags: billing, callback"""),
    ("en_US", """CITY OF ________ PARKING PERMIT APPLICATION     FORM PK-2 (REV {VER})
1. APPLICANT NAME (LAST, FIRST) : {ULF@a}
2. DATE OF BIRTH (MM/DD/YYYY) : {DOBUS}
3. RESIDENTIAL ADDRESS : {UADDR}
4. DAYTIME PH0NE : {PHONE}     5. EMAIL : {EMAIL@a}
6. VEHICLE MAKE/MODEL : {CAR}   PLATE : [see attached]
7. LAST 4 SSN (FOR VERIFICATION) : {SSN4}
FOR OFFICE USE: permit # {PERMIT}  zone {ZONE}  fee {MONEY}  recv'd {DATE}"""),
    ("en_US", "hey its {LFIRST@a} from unit {UNIT}, new number is {PHONE}. the lockbox code is {CODE4} and my email changed to {EMAIL@a} btw"),
    ("en_CA", """Route {ROUTE} - {DATE} - driver {NAME@a}
1) {NAME@b} - {ADDR} - {QTY} pcs - call ahead {PHONE}
2) {BRAND} Bakery (rec: {FIRST@c}) - {STREET} - dock door
3) {NAME@d} - {POBOX} (hold at depot, ID req'd)
4) {LF@e} - {ADDR} - sig req - {PHONE}
Total weight {WEIGHT}, {QTY} stops"""),
    ("en_AU", """WILL CALL - {EVENT} - Box office window 2
{LF@a}  x{QTY}  ord {ORDER}
{LF@b}  x{QTY}  ord {ORDER}  (ID name may differ: {NAME@c})
{LF@d}  x{QTY}  ord {ORDER}  ACCESSIBLE
Printed {TS} by {LNAME@e}"""),
    ("en_GB|en_IE", """POST /hooks/crm  200 OK  ({QTY} ms)
{
  "event": "customer.updated",
  "id": "evt_{HEX16}",
  "data": {
    "customer_id": "cus_{HEX16}",
    "name": "{NAME@a}",
    "email": "{EMAIL@a}",
    "phone": "{PHONEI}",
    "address": "{ADDR}",
    "marketing_opt_in": false,
    "ip": "{IP}"
  },
  "signature": "t={EPOCH},v1={SHA256}"
}"""),
    # ---- Spanish (4) ----------------------------------------------------------------------
    ("es_ES", """Estimado/a {NAME@a}:

Le confirmamos su reserva n.º {CONFNO} en {BRAND@k} Hotel para las noches del {DATE} al {DATE2} (habitación doble, alojamiento y desayuno).

Titular de la tarjeta de garantía: {UNAME@a} - {MASKED}
Teléfono de contacto: {PHONE}
Correo: {EMAIL@a}

Le recordamos que la entrada es a partir de las 15:00. Para cualquier consulta puede escribir a {ROLEEMAIL}.

Atentamente,
{NAME@b}
Recepción, {BRAND@k} Hotel"""),
    ("es_ES", """Asunto: Cambio de domiciliación bancaria - contrato {CONTRATO}

Hola, soy {NAME@a}, titular del contrato de luz del suministro en {ADDR} (CUPS {CUPS}). Quiero que a partir del próximo recibo me carguen las facturas en mi nueva cuenta {IBAN}. Nací el {DOB}, por si lo necesitan para verificar. Mi móvil es {PHONE}.
Gracias,
{FIRST@a}"""),
    ("es_MX", """[{CHATTS}] {NAME@a}: Buenas tardes, quiero inscribirme al plan anual
[{CHATTS}] Recepción {BRAND@k}: ¡Hola {FIRST@a}! Claro. ¿Me compartes nombre completo, fecha de nacimiento y correo?
[{CHATTS}] {NAME@a}: {NAME@a}, {DOB}, {EMAIL@a}
[{CHATTS}] Recepción {BRAND@k}: Listo. Tu número de socio es {MEMBERNO}. El cargo de {MONEY} se hará a la tarjeta que registraste ({MASKED}).
[{CHATTS}] {NAME@a}: Perfecto, vivo en {CITY}, ¿tienen sucursal cerca?"""),
    ("es_ES|es_MX", """Clínica Veterinaria {BRAND} - Ficha de paciente
Paciente: {PET} ({BREED}), microchip {CHIP}, nacido el {PETDOB}
Propietario/a: {NAME@a}
Domicilio: {ADDR}
Tel.: {PHONE} / {PHONE}
Observaciones: revisión anual y vacuna de la rabia. {FIRST@a} comenta que cojea de la pata trasera izquierda desde el {DATE}. Presupuesto {PRESUP} por {MONEY}."""),
    # ---- French (4) -----------------------------------------------------------------------
    ("fr_FR", """Objet : Infiltration d'eau - {ADDR} (lot n° {LOT})

Bonjour Madame, Monsieur,

Je suis locataire au 3e étage depuis {YEAR}. Depuis le {DATE}, de l'eau s'infiltre par le plafond de la salle de bain. Mon voisin du dessus, M. {LAST@b}, a été prévenu mais ne répond plus.

Vous pouvez me joindre au {PHONE} ou par mail à {EMAIL@a}. Je suis disponible le matin pour le passage du plombier.

Cordialement,
{NAME@a}
Réf. dossier : {CASE}"""),
    ("fr_CA", """CONTRAT DE LOCATION n° {RA}
Locataire : {UNAME@a}   Date de naissance : {DOB}
Adresse : {ADDR}
Tél. : {PHONE}   Courriel : {EMAIL@a}
Véhicule : {CAR} - NIV {VIN} - km au départ : {ODO}
Dépôt de garantie : {MONEY} sur {MASKED}
Conducteur additionnel : {NAME@b} (né(e) le {DOB})"""),
    ("fr_FR", """Bonjour {FIRST@a},

Bienvenue chez {BRAND} ! Pour finaliser votre dossier d'embauche, merci de vérifier les informations ci-dessous :

Nom : {ULAST@a}   Prénom : {FIRST@a}
Né(e) le {DOB} à {CITY}
Adresse :
{ADDRML}
IBAN pour le versement du salaire : {IBAN}
Matricule : {EMPID} - Date d'entrée : {DATE}

Vos identifiants provisoires pour l'intranet : identifiant {USERNAME}, mot de passe {PW}

À très vite,
{NAME@b}, Service RH"""),
    ("fr_FR", """Mairie - Demande d'intervention n° {CASE}
Déposée le {DATE} via le formulaire en ligne (IP {IP})
Demandeur : {LF@a}
Courriel : {EMAIL@a} - Tél : {PHONE}
Adresse du demandeur : {ADDR}
Objet : dépôt sauvage d'encombrants devant le {STREET}
Parcelle cadastrale : {CADASTRE}   Statut : transmise aux services techniques"""),
    # ---- German (4) -----------------------------------------------------------------------
    ("de_DE", """Lieferavis {LIEFER} - Spedition {BRAND}
Sendung: {QTY} Paletten, {WEIGHT}, NVE {SSCC}
Abholung: {DATE}, Zeitfenster 08:00-12:00
Empfänger: {NAME@a}, {ADDR}
Ansprechpartner vor Ort: Hr./Fr. {LAST@b}, Tel. {PHONE}
Bitte Avis 24 h vorher an {EMAIL@c}.
Disponent: {NAME@c}"""),
    ("de_AT|de_DE", """Betreff: Kündigung Mitgliedschaft Nr. {MEMBERNO}

Sehr geehrte Damen und Herren,

hiermit kündige ich meine Mitgliedschaft im {BRAND} Fitnessclub fristgerecht zum {DATE}. Bitte buchen Sie ab diesem Zeitpunkt keine Beiträge mehr von meinem Konto {IBAN} ab und bestätigen Sie mir die Kündigung schriftlich an {EMAIL@a}.

Mitglied: {NAME@a}, geb. {DOB}
Anschrift: {ADDR}

Mit freundlichen Grüßen
{NAME@a}"""),
    ("de_CH", """MELDESCHEIN / FICHE D'ARRIVÉE    Nr. {FOLIO}
Name, Vorname: {LF@a}
Geburtsdatum: {DOB}     Nationalität: CH
Wohnadresse: {ADDR}
Ankunft: {DATE}   Abreise: {DATE2}   Zimmer: {ROOM}
Begleitperson(en): {NAME@b}
Kurtaxe: {MONEY}   Unterschrift: ____________"""),
    ("de_DE|de_AT", """Ticket #{TICKET} - Status: offen
Von: {NAME@a} <{EMAIL@a}>
Hallo Support-Team,
seit dem Update auf Version {VER} bekommen wir bei jedem Request einen 403. Unser Schlüssel ist {APIKEY}, die Anfragen kommen von {IPV4} (Proxy) bzw. intern von {IPV4P}.
Request-ID aus dem Header: {UUID}
Können Sie das bitte prüfen? Erreichbar unter {PHONE}.
Viele Grüße
{FIRST@a}"""),
    # ---- Italian (3) ----------------------------------------------------------------------
    ("it_IT", """Ambulatorio Veterinario {BRAND} - promemoria
Gentile {NAME@a},
le ricordiamo l'appuntamento per {PET} il giorno {DATE} alle ore {SLOTTIME} per il richiamo vaccinale.
Microchip: {CHIP}
In caso di impedimento la preghiamo di avvisarci al numero {PHONE} o scrivendo a {ROLEEMAIL}.
Cordiali saluti"""),
    ("it_IT", """Bolletta n. {INVOICE} del {DATE} - Fornitura energia elettrica
Intestatario: {UNAME@a}
Indirizzo di fornitura: {ADDR}
Codice POD: {POD}   Codice cliente: {CUSTNO}
Totale da pagare: {MONEY} entro il {DATE2}
Modalità di pagamento: addebito diretto SEPA sul conto {IBAN}
Per comunicazioni: {EMAIL@a} - {PHONE}"""),
    ("it_IT", """Cambio nominativo biglietto - Ordine {ORDER}
Evento: {EVENT}, {DATE}, settore {SECTOR}, fila {ROWL}, posto {QTY}
Vecchio intestatario: {NAME@a} (nato/a il {DOB})
Nuovo intestatario: {NAME@b} (nato/a il {DOB}), residente a {CITY}
Richiesta inviata da {EMAIL@a} il {DATE} alle {TIME}
Costo operazione: {MONEY}"""),
    # ---- Portuguese (4) -------------------------------------------------------------------
    ("pt_BR", """Olá {FIRST@a}! Seu pedido {ORDER} saiu para entrega 🚚
Endereço: {ADDR}
Entregador: {NAME@b} - contato {PHONE}
Código de rastreio: {TRACKBR}
Previsão: hoje até 18h. Se não houver ninguém, deixaremos com o porteiro.
Dúvidas? Responda este WhatsApp ou ligue {PHONE}."""),
    ("pt_BR", """Ficha de matrícula - Academia {BRAND}
Nome: {NAME@a}
Data de nascimento: {DOB}
Celular/WhatsApp: {PHONE}
E-mail: {EMAIL@a}
Endereço:
{ADDRML}
Plano: {PLAN} - valor {MONEY}/mês, cobrança no cartão {CARD}
Contato de emergência: {FIRST@b} ({REL}) {PHONE}"""),
    ("pt_PT", """Olá {FIRST@a},
Obrigado pela sua reserva no alojamento {BRAND}. O check-in é a partir das 15h00; o código da caixa das chaves é {CODE4}.
Para o registo dos hóspedes precisamos de nome completo, data de nascimento e nacionalidade. Recebemos:
- {NAME@a}, {DOB}, PT
- {NAME@b}, {DOB}, PT
Morada de faturação: {ADDR}
Qualquer questão, ligue para {PHONE}.
Até breve!"""),
    ("pt_PT", """Candidatura n.º {CANDNO} - Técnico de Manutenção
Candidato: {NAME@a}
Residência: {CITY}
Contactos: {PHONE} · {EMAIL@a}
Disponibilidade: imediata; pretensão salarial {MONEY} brutos
Entrevista marcada com {NAME@b} para {DATE} às {SLOTTIME}.
Nota interna ({INIT@b}): referência dada por {NAME@c}, ex-colega na {BRAND}."""),
    # ---- Dutch (3) ------------------------------------------------------------------------
    ("nl_NL", """Reparatieverzoek {WO}
Huurder: {NAME@a}
Adres: {ADDR}
Telefoon: {PHONE}   E-mail: {EMAIL@a}
Omschrijving: cv-ketel geeft storing F28, geen warm water sinds {DATE}.
Toegang: sleutel bij de buren ({LAST@b}, huisnr. {QTY}).
Ingepland: monteur {FIRST@c} van {BRAND} Installatietechniek, {DATE} tussen 8:00 en 12:00."""),
    ("nl_BE", """Uw energiefactuur {INVOICE}
Klant: {UNAME@a} - klantnummer {CUSTNO}
Leveringsadres: {ADDR}
EAN-code elektriciteit: {EAN18}
Voorschot: {MONEY} per maand via domiciliëring op {IBAN}
Geboortedatum (ter verificatie): {DOB}
Vragen? Bel {PHONE} of mail {ROLEEMAIL}."""),
    ("nl_NL|nl_BE", """{CHATTS} - {NAME@a}: Hoi! Pakket {TRACK} staat bij mij als bezorgd maar ik heb niks ontvangen
{CHATTS} - Klantenservice {BRAND@k}: Vervelend! Klopt het adres {STREET}?
{CHATTS} - {NAME@a}: Ja, maar het is afgegeven bij nummer {QTY}, bij {LAST@b}
{CHATTS} - Klantenservice {BRAND@k}: Ik heb een onderzoek gestart ({CASE}). We bellen je op {PHONE}.
{CHATTS} - {NAME@a}: Top, dank je"""),
    # ---- Romanian (3) ---------------------------------------------------------------------
    ("ro_RO", """Bună ziua, {FIRST@a},

Vă mulțumim pentru interesul față de postul de Operator Depozit. Pentru angajare avem nevoie de următoarele date:
Nume și prenume: {NAME@a}
Data nașterii: {DOB}
Locul nașterii: {CITY}
Domiciliul: {ADDR}
Cont IBAN pentru salariu: {IBAN}
Telefon: {PHONE}

Vă așteptăm pe {DATE} la ora {SLOTTIME}.
Cu stimă,
{NAME@b}
Departamentul Resurse Umane, {BRAND}"""),
    ("ro_RO", "Curier {BRAND}: Coletul AWB {AWBRO} ajunge azi intre 10:00-14:00. Destinatar: {UNAME@a}, {ADDR}. "
              "Ramburs: {MONEY}. Curier: {FIRST@b}, tel. {PHONE}. Detalii: {URL}"),
    ("ro_RO", """Rezervare confirmată #{CONFNO}
Oaspete: {NAME@a}
E-mail: {EMAIL@a} | Tel.: {PHONE}
Check-in: {DATE} | Check-out: {DATE2}
Camera: {ROOM}, mic dejun inclus
Total: {MONEY} (plătit cu {MASKED})
Solicitări speciale: pat suplimentar pentru {FIRST@b}"""),
    # ---- Hungarian (3) --------------------------------------------------------------------
    ("hu_HU", """Tagsági szerződés - {BRAND} Fitness
Név: {NAME@a}
Születési dátum: {DOB}
Lakcím: {ADDR}
Telefon: {PHONE}
E-mail: {EMAIL@a}
Bérlet típusa: {PLAN}, érvényesség kezdete: {DATE}
Fizetés: csoportos beszedés, számlaszám: {IBAN}"""),
    ("hu_HU", "Kedves {FIRST@a}! A(z) {ORDER} számú csomagját ma kézbesítjük. Futár: {NAME@b}, {PHONE}. "
              "Cím: {ADDR}. Csomagkövetés: {TRACK}"),
    ("hu_HU", """Új belépő adatlap
Név: {NAME@a}
Születési hely, idő: {CITY}, {DOB}
Anyja neve: {NAME@b}
Lakcím:
{ADDRML}
Bankszámlaszám: {IBAN}
Belépés napja: {DATE}   Munkakör: raktári összekészítő
Ideiglenes jelszó a belső rendszerhez: {PW}"""),
]

_PH = re.compile(r"\{([A-Z][A-Z0-9]*)(?:@([a-z0-9]+))?\}")
for _spec, _tpl in TEMPLATES:  # every placeholder is a known kind, every profile exists
    for _m in _PH.finditer(_tpl):
        assert _m.group(1) in KINDS, _m.group(1)
    for _loc in _spec.split("|"):
        assert _loc in PROFILES or _loc in {lang for _, _, lang in PROFILES.values()}, _spec


def _render(template: str, v: HarborValues) -> Text:
    v.state = {}
    try:
        return _render_with(template, v)
    finally:
        v.state = None


def _render_with(template: str, v: HarborValues) -> Text:
    people: dict[str, tuple[str, str, str]] = {}
    memo: dict[str, str] = {}
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = last = 0
    for m in _PH.finditer(template):
        lit = template[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        kind, tag = m.group(1), m.group(2)
        entity, gen, bound = KINDS[kind]
        key = f"{kind}@{tag}"
        if tag and key in memo:
            value = memo[key]
        elif bound:
            if tag is None:
                p = v.cast_name()
            else:
                if tag not in people:
                    people[tag] = v.cast_name()
                p = people[tag]
            value = gen(v, p)
        else:
            value = gen(v)
        if tag:
            memo[key] = value
        if entity:
            spans.append((pos, pos + len(value), entity))
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(template[last:])
    return Text("".join(parts), spans)


def _pick_profile(spec: str, rng: random.Random) -> str:
    if spec == "en":
        return rng.choices([k for k, _ in EN_WEIGHTS], [w for _, w in EN_WEIGHTS])[0]
    opts = spec.split("|")
    if len(opts) == 1 and opts[0] not in PROFILES:  # a bare language
        opts = [k for k, (_, _, lang) in PROFILES.items() if lang == opts[0]]
    return rng.choice(opts)


def free_text(n: int, seed: int) -> list[Text]:
    """n labelled texts; the templates are cycled in order, each with values of one writer."""
    rng = random.Random(f"harbor-{seed}")
    pool = {key: HarborValues(key, rng) for key in PROFILES}
    out = []
    for i in range(n):
        spec, template = TEMPLATES[i % len(TEMPLATES)]
        out.append(_render(template, pool[_pick_profile(spec, rng)]))
    return out


# ------------------------------------------------------------------------------------------
# structured
# ------------------------------------------------------------------------------------------
_JUNK = ["n/a", "N/A", "-", "unknown", "none", "TBD", "?", "not provided", "—", "NULL"]


class _Cols:
    """Column builders: a column draws from one profile (profiles=[...] picks among them once)
    or, mixed=True, from any of the given profiles row by row. blank: share of None; junk:
    share of placeholder strings in a PII column."""

    def __init__(self, rng: random.Random, rows: int, pool: dict[str, HarborValues]):
        self.rng, self.rows, self.pool = rng, rows, pool

    def col(self, name: str, entity: str | None, gen, profiles=("en_US",), blank: float = 0.03,
            junk: float = 0.0, mixed: bool = False) -> Column:
        fixed = self.pool[self.rng.choice(list(profiles))]
        vals: list[str | None] = []
        for _ in range(self.rows):
            r = self.rng.random()
            if r < blank:
                vals.append(None)
            elif r < blank + junk:
                vals.append(self.rng.choice(_JUNK))
            else:
                v = self.pool[self.rng.choice(list(profiles))] if mixed else fixed
                vals.append(gen(v))
        return Column(name, entity, vals)


def _name_any(v: HarborValues) -> str:
    p = v.cast_name()
    return v.rng.choice([v.full(p), v.full(p), f"{p[2]}, {p[0]}", v.full(p).upper(), v.initial_last(p)])


def _dob_mixed(v: HarborValues) -> str:
    return v.dob(v.rng.choice([None, "iso", "us", "dmy"]))


def _bool(v: HarborValues) -> str:
    return v.rng.choice(["true", "false", "Y", "N", "1", "0", "yes", "no"])


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """Ten tables; about half the columns are look-alikes (entity None)."""
    rng = random.Random(f"harbor-{seed}")
    pool = {key: HarborValues(key, rng) for key in PROFILES}
    c = _Cols(rng, rows, pool).col
    NA = ("en_US", "en_CA")
    EU = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "de_AT", "nl_BE", "ro_RO", "hu_HU")
    ANYEN = tuple(k for k, _ in EN_WEIGHTS)
    ALL = tuple(PROFILES)
    t: dict[str, list[Column]] = {}

    # logistics: dotted headers
    t["dispatch_stops"] = [
        c("consignee.name", "PERSON", _name_any, NA + ("es_MX",), mixed=True),
        c("consignee.phone", "PHONE_NUMBER", lambda v: v.phone(), NA + ("es_MX",), mixed=True, junk=0.04),
        c("consignee.addr", "STREET_ADDRESS", lambda v: v.address(), NA, mixed=True),
        c("consignee.addr_type", None, lambda v: v.rng.choice(["residential", "commercial", "po_box", "locker", "RES", "COM"])),
        c("stop.geo", None, lambda v: v.latlon()),
        c("pod.signed_by", "PERSON", lambda v: v.rng.choice([v.person(), v.initial_last(v.cast_name()), v.cast_name()[2].upper()]),
          NA, blank=0.45),
        c("pod.captured_at", None, lambda v: v.ts()),
        c("container_no", None, lambda v: _iso6346(v.rng)),
        c("driver.phone_verified_at", None, lambda v: v.ts(), blank=0.2),
        c("stop.zip", None, lambda v: v.postcode(), NA, mixed=True),
    ]
    # energy billing: Title Case headers with parentheses
    t["BillingAccounts"] = [
        c("Account Holder", "PERSON", lambda v: (lambda p: f"{p[2]}, {p[0]}")(v.cast_name()), ("en_GB", "en_IE")),
        c("Contact Email (primary)", "EMAIL_ADDRESS", lambda v: v.email(), ("en_GB", "en_IE"), junk=0.08, blank=0.05),
        c("Contact Email Opt-In", None, _bool),
        c("Supply Address", "STREET_ADDRESS", lambda v: v.address_ml(), ("en_GB",)),
        c("Postcode", None, lambda v: v.postcode(), ("en_GB",)),
        c("MPAN Core", None, lambda v: _mpan_core(v.rng)),
        c("Direct Debit IBAN", "IBAN_CODE", lambda v: v.iban(), ("en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR"), mixed=True, blank=0.15),
        c("Customer Acct Ref", None, lambda v: _dg(v.rng, 10)),
        c("Last Payment", None, lambda v: v.money(), ("en_GB",)),
        c("Meter Firmware", None, lambda v: v.ver4()),
        c("Sort Code", None, lambda v: f"{_dg(v.rng, 2)}-{_dg(v.rng, 2)}-{_dg(v.rng, 2)}"),
    ]
    # hotel folio: abbreviations
    t["htl_folio"] = [
        c("gst_nm", "PERSON", lambda v: (lambda p: f"{p[2]}/{p[0]}".upper())(v.cast_name()), ALL, mixed=True),
        c("gst_eml", "EMAIL_ADDRESS", lambda v: v.email(), ALL, mixed=True, blank=0.1),
        c("gst_tel", "PHONE_NUMBER", lambda v: v.phone("intl"), ALL, mixed=True),
        c("gst_dob", "DATE_OF_BIRTH", _dob_mixed, ALL, mixed=True, junk=0.1),
        c("home_cty", "LOCATION", lambda v: v.city(), ALL, mixed=True),
        c("nat_cc", None, lambda v: v.rng.choice(["US", "GB", "DE", "FR", "IN", "BR", "ZA", "SG", "NL", "HU", "RO"])),
        c("arr_dt", None, lambda v: v.date("iso")),
        c("cc_masked", None, lambda v: v.masked()),
        c("pan_vault_ref", None, lambda v: _luhn(v.rng, "9", 16)),
        c("loyalty_no", None, lambda v: _luhn(v.rng, "7", 12)),
        c("folio_total", None, lambda v: v.money(), ALL, mixed=True),
    ]
    # vet practice: camelCase
    t["vetPatients"] = [
        c("ownerFullName", "PERSON", lambda v: v.person(), ("en_AU", "en_NZ"), mixed=True),
        c("ownerMobile", "PHONE_NUMBER", lambda v: v.phone(), ("en_AU", "en_NZ"), mixed=True),
        c("ownerStreet", "STREET_ADDRESS", lambda v: v.street(), ("en_AU",)),
        c("ownerSuburb", "LOCATION", lambda v: v.city(), ("en_AU",), blank=0.1),
        c("petName", None, lambda v: v.rng.choice(_PETS)),
        c("petDob", None, lambda v: v.pet_dob(), ("en_AU",)),
        c("microchipNo", None, lambda v: v.chip()),
        c("species", None, lambda v: v.rng.choice(["Canine", "Feline", "Rabbit", "Avian", "Equine"])),
        c("referringVet", "PERSON", lambda v: f"Dr {v.person()}", ("en_AU",), blank=0.6),
        c("addressType", None, lambda v: v.rng.choice(["Home", "Postal", "Billing", "Clinic"])),
    ]
    # gym export: JSON-ish keys
    t["gym_members_export"] = [
        c('member["name"]["given"]', "PERSON", lambda v: v.cast_name()[0], EU + ANYEN, mixed=True),
        c('member["name"]["family"]', "PERSON", lambda v: v.cast_name()[2], EU + ANYEN, mixed=True),
        c('member["dob"]', "DATE_OF_BIRTH", lambda v: v.dob("iso"), EU + ANYEN),
        c('member["dob_confirmed"]', None, _bool),
        c('member["email"]', "EMAIL_ADDRESS", lambda v: v.email(), EU + ANYEN, mixed=True),
        c('member["email_opt_in"]', None, _bool),
        c('billing["iban"]', "IBAN_CODE", lambda v: v.iban(), ("de_DE", "de_AT", "nl_NL", "nl_BE", "es_ES", "fr_FR", "it_IT", "pt_PT", "ro_RO", "hu_HU"),
          mixed=True, blank=0.35),
        c('billing["card"]', "CREDIT_CARD", lambda v: v.card(), ("en_US",), blank=0.55),
        c('billing["card_masked"]', None, lambda v: v.masked()),
        c('access["badge_uid"]', None, lambda v: _hex(v.rng, 8).upper()),
        c('access["pin_hash"]', None, lambda v: v.pw_hash()),
        c('home["city"]', "LOCATION", lambda v: v.city(), EU + ANYEN, mixed=True, junk=0.05),
    ]
    # HR onboarding: headers in several languages
    t["onboarding_mixed"] = [
        c("Vorname", "PERSON", lambda v: v.cast_name()[0], ("de_DE", "de_AT", "de_CH"), mixed=True),
        c("Nachname", "PERSON", lambda v: v.cast_name()[2], ("de_DE", "de_AT", "de_CH"), mixed=True),
        c("Geburtsdatum", "DATE_OF_BIRTH", lambda v: v.dob(), ("de_DE",)),
        c("Geburtsort", "LOCATION", lambda v: v.city(), ("de_DE", "de_AT"), mixed=True, blank=0.2),
        c("Número de Seguro Social (EE.UU.)", "US_SSN", lambda v: v.ssn(), ("en_US",), blank=0.3),
        c("Cuenta bancaria (EE.UU.)", "US_BANK_NUMBER", lambda v: v.bank(), ("en_US",), blank=0.3),
        c("Código ABA", None, lambda v: _aba(v.rng)),
        c("Mot de passe initial", "PASSWORD", lambda v: v.password(), ("fr_FR",)),
        c("Empreinte du mot de passe", None, lambda v: v.pw_hash()),
        c("Telefon mobil", "PHONE_NUMBER", lambda v: v.phone(), ("ro_RO",), junk=0.05),
        c("Születési dátum ellenőrizve", None, _bool),
        c("Personalnummer", None, lambda v: f"{v.rng.randint(100000, 999999)}"),
        c("Data de admissão", None, lambda v: v.date(), ("pt_BR", "pt_PT")),
    ]
    # property maintenance: generic headers
    t["pm_tickets"] = [
        c("c1", None, lambda v: f"WO-{v.rng.randint(23, 26)}-{_dg(v.rng, 5)}"),
        c("c2", "PERSON", lambda v: v.rng.choice([v.person(), v.person().lower(), v.person().upper()]), ("en_AU", "en_GB", "en_CA"), mixed=True),
        c("c3", "STREET_ADDRESS", lambda v: f"Unit {v.rng.randint(1, 40)}/{v.street()}" if v.region == "AU" else v.street(),
          ("en_AU", "en_GB", "en_CA"), mixed=True),
        c("c4", "PHONE_NUMBER", lambda v: v.phone(), ("en_AU", "en_GB", "en_CA"), mixed=True, junk=0.06),
        c("c6", None, lambda v: v.ts()),
        c("c7", None, lambda v: f"AST-{_dg(v.rng, 6)}"),
        c("c8", "EMAIL_ADDRESS", lambda v: v.email(), ("en_AU", "en_GB", "en_CA"), mixed=True, blank=0.4, junk=0.1),
        c("attr_17", None, lambda v: v.money(), ("en_AU",)),
        c("attr_18", "PERSON", lambda v: (lambda p: f"{p[2]}, {p[0]}")(v.cast_name()), ("en_AU", "en_GB"), mixed=True, blank=0.25),
        c("attr_19", None, lambda v: v.latlon()),
    ]
    # car rental: src_ prefixed
    t["src_rental_contracts"] = [
        c("src_renter_nm", "PERSON", lambda v: v.full(v.cast_name()).upper(), ("en_US",)),
        c("src_renter_dob", "DATE_OF_BIRTH", lambda v: v.dob("us"), ("en_US",), junk=0.03),
        c("src_renter_zip", None, lambda v: v.us.zipcode()),
        c("src_pmt_pan", "CREDIT_CARD", lambda v: v.card(), ("en_US",)),
        c("src_pmt_pan_masked", None, lambda v: v.masked()),
        c("src_auth_cd", None, lambda v: _al(v.rng, 6, string.ascii_uppercase + string.digits)),
        c("src_vin", None, lambda v: _vin(v.rng)),
        c("src_booking_ip", "IP_ADDRESS", lambda v: v.ip()),
        c("src_ua_ver", None, lambda v: v.ver4()),
        c("src_lic_state", None, lambda v: v.us.state_abbr()),
    ]
    # SaaS api clients
    t["api_clients"] = [
        c("client_name", None, lambda v: v.rng.choice(_PIPELINES)),
        c("owner_team.name", None, lambda v: v.rng.choice(_TEAMS)),
        c("owner_email", "EMAIL_ADDRESS", lambda v: v.email(), ANYEN, mixed=True),
        c("api_key", "API_KEY", lambda v: v.api_key()),
        c("key_fingerprint", None, lambda v: v.fingerprint()),
        c("key_prefix", None, lambda v: v.api_key()[:10] + "…"),
        c("last_seen_ip", "IP_ADDRESS", lambda v: v.ip(), blank=0.1),
        c("sdk_version", None, lambda v: v.ver()),
        c("webhook_secret_set", None, _bool),
        c("payload_digest_b64", None, lambda v: v.b64digest()),
        c("commit_sha", None, lambda v: _hex(v.rng, 40)),
        c("device_imei", None, lambda v: _imei(v.rng)),
        c("sim_iccid", None, lambda v: v.iccid()),
    ]
    # ticketing
    t["EVENT_ORDERS"] = [
        c("ORDER_ID", None, lambda v: v.order()),
        c("BUYER", "PERSON", lambda v: v.person(), ("en_GB", "it_IT", "es_ES", "nl_NL"), mixed=True),
        c("BUYER_EMAIL", "EMAIL_ADDRESS", lambda v: v.email(), ("en_GB", "it_IT", "es_ES", "nl_NL"), mixed=True),
        c("BUYER_PHONE#", "PHONE_NUMBER", lambda v: v.phone(), ("en_GB", "it_IT", "es_ES", "nl_NL"), mixed=True, blank=0.2, junk=0.1),
        c("BILLING_ADDRESS", "STREET_ADDRESS", lambda v: v.rng.choice([v.address_ml(), v.address(), v.pobox()]),
          ("en_GB", "it_IT", "es_ES", "nl_NL"), mixed=True),
        c("SEAT", None, lambda v: f"{v.rng.randint(101, 432)}-{v.rng.choice(string.ascii_uppercase[:20])}-{v.rng.randint(1, 40)}"),
        c("BARCODE", None, lambda v: _ean13(v.rng)),
        c("TOTAL", None, lambda v: v.money(), ("en_GB", "it_IT", "es_ES", "nl_NL"), mixed=True),
        c("CARD_MASKED", None, lambda v: v.masked()),
        c("EVENT_DATE", None, lambda v: v.date("iso")),
    ]
    return t


# ------------------------------------------------------------------------------------------
# self-check (run: python bench/accuracy_split_harbor.py)
# ------------------------------------------------------------------------------------------
def _ok(entity: str, value: str, region: str | None = None) -> bool:
    if value != value.strip() or not value:
        return False
    if entity == "PHONE_NUMBER":
        if re.search(r"[a-z]", value):
            return True  # spoken digits
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(value, region or "US"))
        except phonenumbers.NumberParseException:
            return False
    if entity == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and len(d) in (15, 16) and _luhn_ok(d)
    if entity == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
        return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" and m.group(3) != "0000"
    if entity == "US_BANK_NUMBER":
        return value.isdigit() and 8 <= len(value) <= 17
    if entity == "IBAN_CODE":
        return _iban_valid(value)
    if entity == "IP_ADDRESS":
        import ipaddress

        try:
            ipaddress.ip_address(value)
            return True
        except ValueError:
            return False
    if entity == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", value))
    return True


def _selfcheck(n: int = 500, seed: int = 7, rows: int = 150, tseed: int = 11) -> None:
    texts = free_text(n, seed)
    for t in texts:
        prev = -1
        for s, e, ent in sorted(t.spans):
            assert ent in LABELS, ent
            assert 0 <= s < e <= len(t.text) and s >= prev, (t.text, t.spans)
            prev = e
            val = t.text[s:e]
            # phone numbers parse with the writer's region; try them all
            ok = _ok(ent, val) if ent != "PHONE_NUMBER" else any(_ok(ent, val, r) for _, r, _ in PROFILES.values())
            assert ok, (ent, val)
    tables = structured(rows, tseed)
    for name, cols in tables.items():
        for col in cols:
            assert col.entity is None or col.entity in LABELS
            assert len(col.values) == rows
            if col.entity:
                for val in col.values:
                    if val is None or val in _JUNK:
                        continue
                    ok = _ok(col.entity, val) if col.entity != "PHONE_NUMBER" else any(
                        _ok(col.entity, val, r) for _, r, _ in PROFILES.values())
                    assert ok, (name, col.name, val)


if __name__ == "__main__":
    import collections
    import hashlib

    _selfcheck()
    texts = free_text(500, 7)
    tables = structured(150, 11)
    print(len(texts), sum(len(x.spans) for x in texts), len(tables), sum(len(c) for c in tables.values()))
    print(collections.Counter(e for t in texts for _, _, e in t.spans))
    blob = json.dumps([[t.text, t.spans] for t in texts] + [[k, c.name, c.entity, c.values] for k, cols in tables.items() for c in cols])
    print(hashlib.sha256(blob.encode()).hexdigest()[:16])
