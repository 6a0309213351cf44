"""Labelled data for the accuracy benchmark, built from Faker values and templates with
exact spans. Seeded: the same split gives the same data every run.

Three splits that share no template and no locale:
- `dev`: templates A, locales en_US / en_GB / de_DE. Rules were looked at against this.
- `heldout`: templates B (written separately, other phrasing), locales fr_FR / es_ES /
  it_IT / nl_NL / en_IE / pt_PT. Its errors were read once a first engine existed, so it
  is no longer untouched.
- `fresh`: templates C and column names written before any result on them was seen,
  locales pl_PL / sv_SE / da_DK / en_AU / en_CA / de_AT. Its totals were measured, then
  (2026-11-26) its errors were read to find general fixes: no longer untouched.
- `final`: templates D, its own look-alike kinds (product names, SKUs, hashes, lat/long)
  and its own tables (UPPER_SNAKE, camelCase, headers with spaces, abbreviations, unknown
  container words), locales cs_CZ / fi_FI / no_NO / hu_HU / ro_RO / en_NZ / pt_BR / fr_CH /
  sk_SK / en_IN, wall-clock-free dates. Written on 2026-11-26 before the scanner was run
  on it; frozen since its first evaluation: never edit it (write a new split instead).
- `blind`: templates E (chats, SMS, e-mails, CRM notes, call transcripts, log lines), its own
  value shapes (passphrases, more key formats, date formats), look-alikes and tables
  (kebab-case, Hungarian prefixes, dotted paths, German/Turkish/Slovene headers, warehouse
  dim_/fact_/stg_ tables), locales sl_SI / hr_HR / de_CH / nl_BE / es_MX / id_ID / tr_TR /
  el_GR / lt_LT / et_EE, no clock. Written 2026-11-26 before the scanner ran on it and
  before `final`'s errors were read; frozen, like `final`.
- `probe` and `sealed`: written 2026-11-26 by an independent author (who did not read rules/,
  pii_audit/ or the list of fixes) before the scanner ran on them; English-dominant support,
  CRM, HR, booking, delivery, chat, SMS and log text with some Spanish, French, German,
  Italian, Portuguese, Dutch, Polish, Swedish (and Danish) text, language-tagged templates
  (TEMPLATES_F / TEMPLATES_G), their own value classes (ProbeValues / SealedValues) and tables
  (_structured_probe / _structured_sealed), no clock. `probe`'s errors are read to find general
  fixes; `sealed` is frozen and never inspected: only its totals and per-entity table.
- `vault`: written 2026-11-26 by another independent author (same constraints) before the
  scanner ran on it; English-dominant (US, UK, CA, AU, IE, NZ, IN) insurance, returns, telecom,
  bank-fraud, school, real-estate, airline, clinic, marketplace, GDPR, app-review and
  webhook/config/CI-log text with some Spanish, French, German, Italian, Portuguese, Dutch,
  Polish, Swedish, Norwegian, Finnish and Czech text (TEMPLATES_H, VaultValues,
  _structured_vault), no clock. Frozen and never inspected, like `sealed`.
- `harbor` and `summit` (modules of their own: bench/accuracy_split_harbor.py and
  bench/accuracy_split_summit.py): written 2026-11-26 at the same time by two more independent
  authors (same constraints), before the fifth pass. `harbor`'s errors were read for that pass;
  `summit` is frozen and never inspected.
- `lumen` and `cedar` (bench/accuracy_split_lumen.py, bench/accuracy_split_cedar.py): written
  2026-11-26 (session 6) at the same time by two more independent authors, with more and wider
  tables (12 each, ~160 columns). `lumen`'s errors are read for the seventh pass; `cedar` is
  frozen and never inspected.
"""
from __future__ import annotations

import datetime as dt
import random
import string
import uuid
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker

LOCALES = {
    "dev": ["en_US", "en_GB", "de_DE"],
    "heldout": ["fr_FR", "es_ES", "it_IT", "nl_NL", "en_IE", "pt_PT"],
    "fresh": ["pl_PL", "sv_SE", "da_DK", "en_AU", "en_CA", "de_AT"],
    "final": ["cs_CZ", "fi_FI", "no_NO", "hu_HU", "ro_RO", "en_NZ", "pt_BR", "fr_CH", "sk_SK", "en_IN"],
    "blind": ["sl_SI", "hr_HR", "de_CH", "nl_BE", "es_MX", "id_ID", "tr_TR", "el_GR", "lt_LT", "et_EE"],
    "probe": ["en_US", "en_GB", "en_CA", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_PT", "nl_NL", "pl_PL", "sv_SE"],
    "sealed": ["en_US", "en_GB", "en_AU", "en_IE", "es_CL", "fr_CA", "fr_CH", "de_AT", "it_IT", "pt_BR", "nl_BE", "pl_PL", "sv_SE", "da_DK"],
    "vault": ["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_NZ", "en_IN", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_PT", "nl_NL",
              "pl_PL", "sv_SE", "no_NO", "fi_FI", "cs_CZ"],
}
_REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "en_IE": "IE", "pt_PT": "PT",
           "pl_PL": "PL", "sv_SE": "SE", "da_DK": "DK", "en_AU": "AU", "en_CA": "CA", "de_AT": "AT",
           "cs_CZ": "CZ", "fi_FI": "FI", "no_NO": "NO", "hu_HU": "HU", "ro_RO": "RO", "en_NZ": "NZ", "pt_BR": "BR",
           "fr_CH": "CH", "sk_SK": "SK", "en_IN": "IN",
           "sl_SI": "SI", "hr_HR": "HR", "de_CH": "CH", "nl_BE": "BE", "es_MX": "MX", "id_ID": "ID", "tr_TR": "TR",
           "el_GR": "GR", "lt_LT": "LT", "et_EE": "EE",
           "es_CL": "CL", "fr_CA": "CA"}
LABELS = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE",
          "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY")


class Values:
    """Realistic values of each kind for one locale."""

    def __init__(self, locale: str, rng: random.Random):
        self.f = Faker(locale)
        self.f.seed_instance(rng.randrange(1 << 30))
        self.rng = rng
        self.region = _REGION[locale]
        self.us = Faker("en_US")
        self.us.seed_instance(rng.randrange(1 << 30))

    def person(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return f"{self.f.first_name()} {self.f.last_name()}"
        if r < 0.8:
            return self.f.name()
        return self.f.first_name()

    def email(self) -> str:
        return self.f.email() if self.rng.random() < 0.7 else self.f.free_email()

    def phone(self) -> str:
        """A number libphonenumber calls valid, in the locale's own or an international format."""
        for _ in range(50):
            raw = self.f.phone_number()
            try:
                num = phonenumbers.parse(raw, self.region)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            fmt = self.rng.choice(["raw", "raw", phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                   phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            return raw if fmt == "raw" else phonenumbers.format_number(num, fmt)
        return phonenumbers.format_number(phonenumbers.example_number(self.region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def card(self) -> str:
        digits = self.us.credit_card_number(card_type=self.rng.choice(["visa", "mastercard", "amex", "discover", "visa16"]))
        sep = self.rng.choice(["", " ", "-"])
        if not sep:
            return digits
        groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
        return sep.join(groups)

    def ssn(self) -> str:
        s = self.us.ssn()
        return s if self.rng.random() < 0.8 else s.replace("-", " ")

    def bank(self) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(self.rng.randint(9, 14)))

    def iban(self) -> str:
        iban = self.f.iban()
        if self.rng.random() < 0.5:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip(self) -> str:
        return self.f.ipv4_public() if self.rng.random() < 0.7 else self.f.ipv6()

    def address(self) -> str:
        return ", ".join(p.strip() for p in self.f.address().replace("\n", ",").split(",") if p.strip())

    def city(self) -> str:
        return self.f.city()

    def dob(self) -> str:
        d = self.f.date_of_birth(minimum_age=18, maximum_age=90)
        return d.strftime(self.rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y"]))

    def password(self) -> str:
        return self.f.password(length=self.rng.randint(8, 16))

    def api_key(self) -> str:
        body = "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(32))
        return self.rng.choice([f"sk_live_{body[:24]}", f"AKIA{body[:16].upper()}", body, f"ghp_{body}{body[:4]}"])

    # look-alikes, never labelled
    def order(self) -> str:
        return self.rng.choice([f"ORD-{self.rng.randint(10000, 99999)}", f"#{self.rng.randint(100000, 9999999)}", f"A{self.rng.randint(10**7, 10**8)}"])

    def amount(self) -> str:
        return self.rng.choice(["$", "€", "£", ""]) + f"{self.rng.randint(1, 5000)}.{self.rng.randint(0, 99):02d}"

    def version(self) -> str:
        return ".".join(str(self.rng.randint(0, 20)) for _ in range(self.rng.choice([3, 4])))

    def date(self) -> str:
        return self.f.date_between("-2y", "+1y").strftime(self.rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%B %d"]))

    def time(self) -> str:
        return f"{self.rng.randint(7, 20)}:{self.rng.choice(['00', '15', '30', '45'])}"

    def company(self) -> str:
        return self.f.company()

    def tracking(self) -> str:
        return "1Z" + "".join(self.rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))

    def invoice(self) -> str:
        return f"INV-{self.rng.randint(2019, 2026)}-{self.rng.randint(0, 999999):06d}"

    # -- used by the `final` split only (added 2026-11-26, frozen with it) --
    def phone_any(self) -> str:
        """A valid number in one of the shapes people type: national, international, 00-prefixed,
        +CC (0) trunk style, dashes or dots between the international groups."""
        base = self.phone()
        try:
            num = phonenumbers.parse(base, self.region)
        except phonenumbers.NumberParseException:
            return base
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        style = self.rng.choice(["as_is", "as_is", "00", "trunk", "dash", "dot"])
        if style == "00":
            return "00" + intl[1:]
        if style == "trunk" and " " in intl:
            cc, rest = intl.split(" ", 1)
            return f"{cc} (0){rest}"
        if style == "dash":
            return intl.replace(" ", "-")
        if style == "dot":
            return intl.replace(" ", ".")
        return base

    def street(self) -> str:
        return self.f.street_address().replace("\n", " ")

    def last_name(self) -> str:
        return self.f.last_name()

    def dob_fixed(self) -> str:
        d = self.f.date_between_dates(dt.date(1936, 1, 1), dt.date(2006, 12, 31))
        return d.strftime(self.rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", "%d-%b-%Y", "%b %d %Y"]))

    def date_fixed(self) -> str:
        d = self.f.date_between_dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
        return d.strftime(self.rng.choice(["%Y-%m-%d", "%d.%m.", "%d %b", "%A %d %B"]))

    def product(self) -> str:
        adj = self.rng.choice(["Nordic", "Aqua", "Ultra", "Smart", "Eco", "Urban", "Classic", "Turbo", "Silent", "Arctic",
                               "Velvet", "Summit", "Harbor", "Solar", "Crystal", "Everest", "Orion", "Maple", "Cedar", "Nova"])
        noun = self.rng.choice(["Backpack", "Kettle", "Lamp", "Headphones", "Blender", "Jacket", "Charger", "Mug", "Drone",
                                "Speaker", "Tent", "Chair", "Router", "Bottle", "Sneakers", "Monitor", "Keyboard", "Grill"])
        shape = self.rng.random()
        if shape < 0.3:
            return f"{adj} {noun}"
        if shape < 0.5:
            return f"{adj} {noun} {self.rng.choice(['2', '3', 'X', 'S', 'XL', 'II'])}"
        if shape < 0.7:
            return f"{adj} {noun} {self.rng.randint(10, 90)}{self.rng.choice(['L', 'W', 'cm', 'mAh', 'GB', 'in'])}"
        if shape < 0.85:
            return f"{adj}-{self.rng.randint(100, 9999)} {noun}"
        return f"{noun} {adj} {self.rng.choice(['Black', 'White', 'Navy', 'Olive'])}, {self.rng.randint(1, 6)}-pack"

    def sku(self) -> str:
        return self.rng.choice([
            f"{''.join(self.rng.choice(string.ascii_uppercase) for _ in range(3))}-{self.rng.randint(1000, 99999)}",
            f"{self.rng.randint(100, 999)}.{self.rng.randint(100, 999)}.{self.rng.randint(10, 99)}",
            f"SKU{self.rng.randint(10**7, 10**8 - 1)}",
        ])

    def hexhash(self) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(self.rng.choice([7, 32, 40, 64])))

    def latlon(self) -> str:
        return f"{self.rng.uniform(-60, 70):.5f}, {self.rng.uniform(-170, 170):.5f}"

    def order_ref(self) -> str:
        return self.rng.choice([f"SO-{self.rng.randint(2020, 2026)}-{self.rng.randint(0, 999999):06d}",
                                f"{self.rng.randint(100, 999)}-{self.rng.randint(1000000, 9999999)}-{self.rng.randint(1000000, 9999999)}",
                                f"PO{self.rng.randint(10**5, 10**6 - 1)}"])

    # -- used by the `blind` split only (added 2026-11-26, frozen with it) --
    def dob_blind(self) -> str:
        d = self.f.date_between_dates(dt.date(1931, 1, 1), dt.date(2007, 6, 30))
        fmt = self.rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%B %d, %Y", "%Y/%m/%d", "%d-%m-%Y", "%d %b %Y"])
        return d.strftime(fmt)

    def password_blind(self) -> str:
        """What people type: generated strings, word + digits + symbol, or a short passphrase."""
        r = self.rng.random()
        if r < 0.5:
            return self.f.password(length=self.rng.randint(8, 14))
        if r < 0.8:
            word = self.rng.choice(["Sunflower", "Dragon", "Monkey", "Summer", "Winter", "Football", "Princess", "Galaxy",
                                    "Shadow", "Rainbow", "Tiger", "Coffee", "Lemon", "Pirate", "Falcon", "Jupiter"])
            return f"{word}{self.rng.randint(1, 2025)}{self.rng.choice('!?#$*.')}"
        words = ["blue", "horse", "battery", "staple", "river", "candle", "orbit", "maple", "copper", "violet", "thunder", "pepper"]
        return self.rng.choice(["-", ".", "_"]).join(self.rng.sample(words, 3)) + str(self.rng.randint(0, 99))

    def api_key_blind(self) -> str:
        a = string.ascii_letters + string.digits
        body = "".join(self.rng.choice(a) for _ in range(40))
        return self.rng.choice([
            f"xoxb-{self.rng.randint(10**10, 10**11)}-{self.rng.randint(10**11, 10**12)}-{body[:24]}",
            f"AIza{body[:35]}",
            f"glpat-{body[:20]}",
            f"sk-proj-{body}",
            f"SG.{body[:22]}.{body[:18]}{body[22:40]}{body[:7]}",
            f"pk_live_{body[:24]}",
            f"github_pat_{body[:22]}_{body[:36]}{body[:23]}",
        ])

    def phone_blind(self) -> str:
        """phone_any without Faker's extensions (`x123`, `ext. 45`), which nobody types in a chat."""
        val = self.phone_any()
        for _ in range(8):
            if "x" not in val.lower():
                return val
            val = self.phone_any()
        return phonenumbers.format_number(phonenumbers.example_number(self.region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def ticket(self) -> str:
        return self.rng.choice([f"{self.rng.choice(['SUP', 'OPS', 'CRM', 'HD'])}-{self.rng.randint(100, 99999)}",
                                f"CS{self.rng.randint(10**7, 10**8 - 1)}", f"case #{self.rng.randint(100000, 999999)}"])

    def flight(self) -> str:
        return f"{self.rng.choice(['JP', 'OU', 'LX', 'SN', 'AM', 'GA', 'TK', 'A3', 'BT', 'LH'])}{self.rng.randint(100, 9999)}"

    def pod(self) -> str:
        return (f"{self.rng.choice(['api', 'worker', 'billing', 'ingest'])}-{self.rng.choice(['7d9f8b', '5c6b4f', '84fd9c'])}"
                f"{''.join(self.rng.choice(string.ascii_lowercase + string.digits) for _ in range(4))}-"
                f"{''.join(self.rng.choice(string.ascii_lowercase + string.digits) for _ in range(5))}")

    def pct(self) -> str:
        return f"{self.rng.randint(1, 100)}{self.rng.choice(['%', ' %', '.5%'])}"

    def duration(self) -> str:
        return f"{self.rng.randint(0, 2):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def cve(self) -> str:
        return f"CVE-{self.rng.randint(2019, 2026)}-{self.rng.randint(1000, 49999)}"

    def room(self) -> str:
        """Meeting rooms and plans named after mountains, rivers and stars: place-like, not places."""
        return self.rng.choice(["Triglav", "Everest", "Kilimanjaro", "Danube", "Amazon", "Sirius", "Orion", "Matterhorn",
                                "Olympus", "Ararat", "Vega", "Andromeda", "Rhine", "Nile", "Aconcagua", "Denali"])

    def money_eu(self) -> str:
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 999):03d},{self.rng.randint(0, 99):02d} {self.rng.choice(['EUR', '€', 'TRY', 'MXN', 'CHF'])}"

    def day_blind(self) -> str:
        d = self.f.date_between_dates(dt.date(2025, 3, 1), dt.date(2026, 10, 31))
        return d.strftime(self.rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d %b", "%a %d %b"]))


KINDS = {
    "PERSON": ("PERSON", Values.person), "FIRST": ("PERSON", lambda v: v.f.first_name()),
    "EMAIL": ("EMAIL_ADDRESS", Values.email), "PHONE": ("PHONE_NUMBER", Values.phone),
    "CARD": ("CREDIT_CARD", Values.card), "SSN": ("US_SSN", Values.ssn), "BANK": ("US_BANK_NUMBER", Values.bank),
    "IBAN": ("IBAN_CODE", Values.iban), "IP": ("IP_ADDRESS", Values.ip), "ADDRESS": ("STREET_ADDRESS", Values.address),
    # a town that names a site, not where a person is (`the {SITE} clinic`): no place (label conventions)
    "SITE": (None, Values.city),
    "CITY": ("LOCATION", Values.city), "DOB": ("DATE_OF_BIRTH", Values.dob), "PASSWORD": ("PASSWORD", Values.password),
    "APIKEY": ("API_KEY", Values.api_key),
    "ORDER": (None, Values.order), "AMOUNT": (None, Values.amount), "VERSION": (None, Values.version),
    "DATE": (None, Values.date), "TIME": (None, Values.time), "COMPANY": (None, Values.company),
    "TRACKING": (None, Values.tracking), "INVOICE": (None, Values.invoice),
    # `final` only
    "PHONEX": ("PHONE_NUMBER", Values.phone_any), "STREET": ("STREET_ADDRESS", Values.street),
    "LAST": ("PERSON", Values.last_name), "DOBX": ("DATE_OF_BIRTH", Values.dob_fixed),
    "DAY": (None, Values.date_fixed), "PRODUCT": (None, Values.product), "SKU": (None, Values.sku),
    "HASH": (None, Values.hexhash), "LATLON": (None, Values.latlon), "OREF": (None, Values.order_ref),
    # `blind` only
    "PHONEB": ("PHONE_NUMBER", Values.phone_blind), "DOBB": ("DATE_OF_BIRTH", Values.dob_blind), "PWB": ("PASSWORD", Values.password_blind),
    "KEYB": ("API_KEY", Values.api_key_blind), "TICKET": (None, Values.ticket), "FLIGHT": (None, Values.flight),
    "POD": (None, Values.pod), "PCT": (None, Values.pct), "DUR": (None, Values.duration), "CVE": (None, Values.cve),
    "ROOM": (None, Values.room), "EUR": (None, Values.money_eu), "DAYB": (None, Values.day_blind),
}

TEMPLATES_A = [
    "Hi {FIRST}, your appointment is confirmed for {DATE} at {TIME}. Call {PHONE} to reschedule.",
    "Please update my email to {EMAIL}, thanks. {PERSON}",
    "Customer {PERSON} called from {PHONE} about order {ORDER}.",
    "My new address is {ADDRESS}, please ship the replacement there.",
    "Card on file: {CARD}, expires 09/27. Charge {AMOUNT} for invoice {INVOICE}.",
    "SSN {SSN} was provided for the credit check.",
    "Wire the refund to IBAN {IBAN} (account holder {PERSON}).",
    "Login from {IP} flagged as suspicious for user {EMAIL}.",
    "This is {PERSON}, my number changed to {PHONE}.",
    "Dear {PERSON}, your invoice {INVOICE} for {AMOUNT} is attached.",
    "Patient {PERSON}, DOB {DOB}, checked in at the {SITE} clinic.",
    "Release {VERSION} is rolling out today, no action needed.",
    "Your order {ORDER} has shipped with tracking {TRACKING}.",
    "Flash sale: 20% off everything until {DATE}! Reply STOP to opt out.",
    "Spoke with {PERSON} from {COMPANY}; they want a callback on {PHONE}.",
    "Account number {BANK} at First National, routing is on the cheque.",
    "Reminder: the team meeting moved to {TIME} in the {SITE} office.",
    "{PERSON} was born on {DOB} and lives at {ADDRESS}.",
    "Temporary password: {PASSWORD} (please change it after first login).",
    "Our API key is {APIKEY}, do not share it.",
    "Send the contract to {EMAIL} or fax {PHONE}.",
    "Thanks for your payment of {AMOUNT}. Receipt {INVOICE}.",
    "Can you text me at {PHONE}? I'm travelling to {CITY} next week.",
    "Delivery failed at {ADDRESS}; driver will retry on {DATE}.",
    "Server {IP} is running build {VERSION}.",
    "Kind regards,\n{PERSON}\n{COMPANY}",
]

TEMPLATES_B = [
    "Hello {FIRST}! Quick note: we could not reach you on {PHONE}.",
    "New lead: {PERSON} <{EMAIL}>, interested in the premium plan.",
    "Please deliver to {ADDRESS} between {TIME} and 18:00.",
    "Paid with {CARD} – total {AMOUNT}, ref {ORDER}.",
    "For the background check I need your social security number, e.g. {SSN}.",
    "Bank details: {IBAN}, beneficiary {PERSON}.",
    "Failed login attempts from {IP} at {TIME}.",
    "Ask for {PERSON} at reception when you arrive in {CITY}.",
    "Birthday on file is {DOB}; please confirm for {PERSON}.",
    "The parcel ({TRACKING}) left our warehouse on {DATE}.",
    "App version {VERSION} fixes the crash on login.",
    "Contact {EMAIL} for any question about invoice {INVOICE}.",
    "{PERSON} moved from {CITY} to {ADDRESS} last month.",
    "Your code is 481516. It expires in 10 minutes.",
    "Please call {PERSON} back on {PHONE} regarding the quote from {COMPANY}.",
    "Direct deposit to account no. {BANK}, please confirm.",
    "password: {PASSWORD}",
    "Rotate the leaked token {APIKEY} today.",
    "Order {ORDER} for {AMOUNT} is ready for pickup.",
    "We met {PERSON} and {PERSON} at the {SITE} fair.",
    "Her mobile is {PHONE} and her email {EMAIL}.",
    "Refund of {AMOUNT} issued on {DATE}.",
]

# Written before any result on them was seen; chat, log and key=value styles on purpose.
TEMPLATES_C = [
    "[chat] {FIRST}: hey, can you ring me on {PHONE} after {TIME}?",
    "Ticket {ORDER}: customer {PERSON} reports the app crashes on version {VERSION}.",
    "user={EMAIL} ip={IP} action=login status=failed",
    "Shipping label: {PERSON}, {ADDRESS}",
    "Charged card {CARD} for {AMOUNT} on {DATE}.",
    "Applicant SSN: {SSN}; date of birth: {DOB}.",
    "Please transfer the deposit to {IBAN} (ref {INVOICE}).",
    "ACH payout to acct {BANK} scheduled for {DATE}.",
    "Reset done, new password is {PASSWORD}",
    "export STRIPE_SECRET={APIKEY}",
    "{PERSON} ({EMAIL}) joined the workspace.",
    "Meeting with {PERSON} in {CITY} on {DATE}.",
    "Our office moved to {ADDRESS}.",
    "Hi team, {FIRST} here - I'll be out until {DATE}.",
    "Invoice {INVOICE} total {AMOUNT}, due {DATE}.",
    "Build {VERSION} deployed to {IP}.",
    "Regards, {PERSON} | {PHONE} | {COMPANY}",
    "Weather in {CITY}: sunny, 21 degrees.",
    "{COMPANY} confirmed the order {ORDER}, tracking {TRACKING}.",
    "Emergency contact: {PERSON}, tel. {PHONE}.",
    "Does anyone know if {FIRST} got the keys?",
    "Born {DOB} in {CITY}.",
]
# `final`: written 2026-11-26 from what support inboxes, SMS gateways, CRM notes, e-mail
# headers and application logs look like, before the scanner was run on them. Frozen.
TEMPLATES_D = [
    "From: {PERSON} <{EMAIL}>\nSubject: Re: your order {OREF}\nPlease call me back on {PHONEX}.",
    "SMS from {PHONEX}: running 10 min late, sorry! - {FIRST}",
    "Caller: {PERSON} | Callback: {PHONEX} | Topic: refund for {PRODUCT}",
    "Agent note: spoke to {FIRST} ({EMAIL}), wants the {PRODUCT} replaced under warranty.",
    "Delivery address changed to {ADDRESS} by {PERSON} on {DAY}.",
    "Card ending 4242 was declined, so the customer read out {CARD} over the phone.",
    "SSN: {SSN} (verified against the W-2 on file)",
    "Transfer {AMOUNT} from {IBAN} to the escrow account before {DAY}.",
    "Routing 021000021, checking account {BANK}, name on account {PERSON}.",
    "Login for the shared mailbox is support@ with password {PASSWORD}",
    "curl -H 'Authorization: Bearer {APIKEY}' https://api.example.com/v1/orders",
    "Thanks {FIRST}! Your {PRODUCT} leaves our {SITE} warehouse on {DAY}.",
    "New lead from {COMPANY}: {PERSON}, {PHONEX}, {EMAIL}",
    "Bug reported by {PERSON} on build {VERSION} (commit {HASH}).",
    "GPS fix {LATLON} logged for SKU {SKU}.",
    "Please cancel order {OREF} and refund the card {CARD}.",
    "Ship to: {PERSON}, {STREET}, {CITY}. Tel {PHONEX}",
    "Date of birth {DOBX}; member since {DAY}.",
    "SKU {SKU} ({PRODUCT}) is back in stock, {AMOUNT} each.",
    "The VPN gateway rejected a certificate from {IP} for {EMAIL}.",
    "Hei {FIRST}, kiitos tilauksesta {OREF}!",
    "Rechnung {INVOICE} an {PERSON}, {ADDRESS}.",
    "Auto-reply: I am on leave until {DAY}. For urgent matters contact {PERSON} at {EMAIL}.",
    "Firmware {VERSION} for the {PRODUCT} is out, sha256 {HASH}.",
    "2026-03-02T10:14:07Z WARN auth: too many attempts user={EMAIL} src={IP}",
    "Mrs {LAST} asked us to stop calling {PHONEX}.",
    "Could {FIRST} or {FIRST} cover the {SITE} store on {DAY}?",
    "Beneficiary: {PERSON} / IBAN {IBAN} / ref {OREF}",
    "Customer was born {DOBX} and lives in {CITY}.",
    "Your {PRODUCT} order {OREF} was delivered to the parcel locker at {TIME}.",
]
# `blind`: written 2026-11-26 before the scanner ran on it and before `final`'s errors were
# read (support chats, SMS, e-mails, CRM notes, call-centre transcripts, log lines). Frozen.
TEMPLATES_E = [
    "Visitor: hi, I can't get into my account, the username is {EMAIL}\nAgent: Thanks, a reset link is on its way.",
    "SMS to {PHONEB}: your parcel {TICKET} is out for delivery today, {TIME}-17:00.",
    "Call summary: caller {PERSON}, callback number {PHONEB}, disputes a duplicate charge of {EUR}.",
    "Hello,\n\nplease send the invoice to {PERSON}, {ADDRESS}.\n\nBest,\n{FIRST}",
    "CRM note {DAYB}: {PERSON} prefers e-mail ({EMAIL}), do not call before 10am.",
    "Agent: for security, can you confirm your date of birth?\nCaller: yes, it's {DOBB}.",
    "2025-11-03 08:12:44,551 ERROR [billing] charge declined card={CARD} client={IP}",
    "DEBUG auth attempt user={EMAIL} pass={PWB} result=denied",
    "The wifi password is {PWB} if the technician needs it.",
    "Account unlocked, temporary passcode {PWB} sent by text to {PHONEB}.",
    "Customer says the SSN we hold ({SSN}) has two digits swapped.",
    "Please pay the deposit back into my account {IBAN}, account name {PERSON}.",
    "Direct debit mandate signed by {PERSON} for checking acct {BANK}.",
    "Courier left the box with a neighbour at {STREET}, {CITY}.",
    "We're moving next month! New address from the 1st: {ADDRESS}",
    "Stuck at the airport in {CITY}, flight {FLIGHT} got cancelled. Can someone call me back?",
    "Key rotated: {KEYB} revoked by {EMAIL} after the leak.",
    "config: SLACK_BOT_TOKEN={KEYB} LOG_LEVEL=warn",
    "Ticket {TICKET} escalated to tier 2 (CPU at {PCT}, pod {POD}).",
    "Hi, this is {FIRST} from flat 4B, the heating is broken again.",
    "Agent {FIRST} transferred the call to billing after {DUR}.",
    "Guest {PERSON} checked in; born {DOBB}, hometown {CITY}.",
    "Spoke with the daughter, {PERSON}, who will forward the letter to {ADDRESS}.",
    "Fraud alert: card {CARD} used in {CITY}, then 40 minutes later from {IP}.",
    "pls unsubscribe {EMAIL} from all lists",
    "WhatsApp from {PHONEB}: ok, see you at {TIME} in the {ROOM} room",
    "Refund {EUR} to IBAN {IBAN}, case {TICKET}.",
    "Contact: {PERSON} · {PHONEB} · {EMAIL}",
    "Release {VERSION}: fixes {CVE}, commit {HASH}.",
    "DOB {DOBB} / name {PERSON} / member {ORDER}",
    "Transcript 00:01:12 CUSTOMER: my name is {PERSON} and I live at {STREET} in {CITY}.",
    "{FIRST} wrote: the {PRODUCT} arrived broken, photos attached.",
    "Hi {FIRST}, your booking for the {ROOM} suite on {DAYB} is confirmed.",
    "Lead imported: {PERSON}, tel {PHONEB}, located in {CITY}, owner team {ROOM}.",
    "Set the admin password to {PWB} and share it with {FIRST} only.",
    "Token for the staging API: {KEYB}",
]
TEMPLATES = {"dev": TEMPLATES_A, "heldout": TEMPLATES_B, "fresh": TEMPLATES_C, "final": TEMPLATES_D, "blind": TEMPLATES_E}


@dataclass
class Text:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def _render(template: str, v: Values) -> Text:
    out = Text("")
    parts = []
    pos = 0
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            parts.append(template[i:])
            break
        k = template.index("}", j)
        parts.append(template[i:j])
        pos += len(template[i:j])
        entity, gen = KINDS[template[j + 1 : k]]
        value = gen(v)
        if entity:
            out.spans.append((pos, pos + len(value), entity))
        parts.append(value)
        pos += len(value)
        i = k + 1
    out.text = "".join(parts)
    return out


# Splits kept in a module of their own (bench/accuracy_split_<name>.py), each written by an
# independent author: the module gives `free_text(n, seed)` and `structured(rows, seed)`.
MODULE_SPLITS = ("harbor", "summit", "lumen", "cedar", "fjord", "quarry", "ember", "tundra", "prism", "delta", "orbit", "mesa", "glade", "basin", "ridge", "atoll", "cove", "dune", "fern", "gulch", "hollow", "inlet", "jetty", "knoll", "lagoon", "marsh", "bluff", "canyon", "estuary", "geyser", "grotto", "heath", "moor", "oasis", "reef", "steppe", "tarn", "butte", "bayou", "mire", "shoal", "prairie", "ravine", "sierra", "creek", "plateau", "fen", "glacier", "dell", "moraine", "tor", "scree", "cairn", "fell", "spur", "combe")


def _split_module(split: str):
    import importlib

    return importlib.import_module(f"accuracy_split_{split}")


def free_text(split: str, n: int, seed: int = 7) -> list[Text]:
    if split in MODULE_SPLITS:
        return _split_module(split).free_text(n, seed)
    if split in ("probe", "sealed"):
        return _free_text_cast(split, n, seed)
    if split == "vault":
        return _free_text_cast(split, n, seed)
    rng = random.Random(f"{split}-{seed}")
    templates = TEMPLATES[split]
    values = [Values(loc, rng) for loc in LOCALES[split]]
    return [_render(templates[i % len(templates)], rng.choice(values)) for i in range(n)]


# -- structured ---------------------------------------------------------------------------
@dataclass
class Column:
    name: str
    entity: str | None  # None: a look-alike that must not be flagged
    values: list[str | None]


class _Columns:
    """Column builders over one split's rng. Values are drawn in the same order as when the
    splits were written: the frozen splits' digests (tests/test_accuracy_splits.py) pin it."""

    def __init__(self, rng: random.Random, locs: list[str], rows: int, blank: float):
        self.rng, self.locs, self.rows, self.blank = rng, locs, rows, blank

    def col(self, name: str, entity: str | None, gen, blank: float | None = None) -> Column:
        v = Values(self.rng.choice(self.locs), self.rng)
        b = self.blank if blank is None else blank
        return Column(name, entity, [None if self.rng.random() < b else gen(v) for _ in range(self.rows)])

    def const(self, name: str, gen) -> Column:
        v = Values(self.rng.choice(self.locs), self.rng)
        return Column(name, None, [gen(v) for _ in range(self.rows)])

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))


def structured(split: str, rows: int = 150, seed: int = 11) -> dict[str, list[Column]]:
    """Tables of columns with a known entity, and look-alike columns that hold none."""
    if split in MODULE_SPLITS:
        return _split_module(split).structured(rows, seed)
    if split == "final":
        return _structured_final(rows, seed)
    if split == "blind":
        return _structured_blind(rows, seed)
    if split == "probe":
        return _structured_probe(rows, seed)
    if split == "sealed":
        return _structured_sealed(rows, seed)
    if split == "vault":
        return _structured_vault(rows, seed)
    rng = random.Random(f"{split}-{seed}")
    locs = LOCALES[split]
    dev = split == "dev"
    col = _Columns(rng, locs, rows, blank=0.05).col

    def const(name: str, gen) -> Column:
        v = Values(locs[0], rng)
        return Column(name, None, [gen(v, i) for i in range(rows)])

    fresh = split == "fresh"

    def nm(dev_name, heldout_name, fresh_name):
        """The column name of this split; a tuple means one of them, drawn from rng."""
        name = dev_name if dev else fresh_name if fresh else heldout_name
        return rng.choice(name) if isinstance(name, tuple) else name

    people = "customers" if dev else rng.choice(["kunder", "klienci", "Members"] if fresh else ["clientes", "klanten", "clients"])
    tables = {
        people: [
            col(nm(("full_name", "Customer Name"), ("nombre_completo", "nom_complet", "naam_volledig"), ("imie_nazwisko", "fullName", "kundnamn")), "PERSON", Values.person),
            col(nm("email", ("correo", "courriel", "e_mail"), ("e-post", "EmailAddress", "adres_email")), "EMAIL_ADDRESS", Values.email),
            col(nm("phoneNumber", ("telefono", "telefoon", "numero_telephone"), ("telefon", "mobilnummer", "tel_kom")), "PHONE_NUMBER", Values.phone),
            col(nm("mailing_address", ("direccion", "adresse", "indirizzo", "morada"), ("adres", "gatuadress", "StreetAddress")), "STREET_ADDRESS", Values.address),
            col(nm("city", ("ciudad", "ville", "citta"), ("miasto", "stad", "Town")), "LOCATION", Values.city),
            col(nm("date_of_birth", ("fecha_nacimiento", "date_naissance", "data_nascita"), ("data_urodzenia", "fodelsedatum", "birthdate")), "DATE_OF_BIRTH", Values.dob),
            col(nm("signup_ip", "ip_registro", "registration_ip"), "IP_ADDRESS", Values.ip),
            const("email_verified", lambda v, i: rng.choice(["true", "false"])),
            const("customer_id", lambda v, i: str(uuid.UUID(int=rng.getrandbits(128)))),
            const(nm("postal_code", "codigo_postal", "kod_pocztowy"), lambda v, i: v.f.postcode()),
            const("created_at", lambda v, i: v.f.date_time_between("-3y").isoformat(sep=" ")),
            const("company", lambda v, i: v.f.company()),
            const("job_title", lambda v, i: v.f.job()),
            const("ACADEMIC_YEAR_CODE", lambda v, i: rng.choice(["2122", "2223", "2324", "2425"])),
            const("country_code", lambda v, i: v.f.country_code()),
            const("loyalty_points", lambda v, i: str(rng.randint(0, 90000))),
        ],
        nm("payments", "pagos", ("platnosci", "betalningar")): [
            col(nm("card_number", ("numero_tarjeta", "numero_carte"), ("kortnummer", "numer_karty")), "CREDIT_CARD", Values.card),
            col(nm("ssn", "social_security_number", "SSN_NUM"), "US_SSN", Values.ssn),
            col(nm("bank_account_number", "numero_cuenta", ("kontonummer", "acct_no")), "US_BANK_NUMBER", Values.bank),
            col(nm("iban", "cuenta_iban", "IBAN_NO"), "IBAN_CODE", Values.iban),
            col(nm("account_holder", "nombre_titular", ("kontohavare", "wlasciciel_konta")), "PERSON", Values.person),
            const("card_masked", lambda v, i: rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "411111******"]) + f"{rng.randint(0, 9999):04d}"),
            const("card_last4", lambda v, i: f"{rng.randint(0, 9999):04d}"),
            const("invoice_number", lambda v, i: v.invoice()),
            const("amount", lambda v, i: f"{rng.randint(1, 99999) / 100:.2f}"),
            const("currency", lambda v, i: rng.choice(["USD", "EUR", "GBP"])),
            const("routing_number", lambda v, i: rng.choice(["021000021", "011401533", "091000019", "121000358"])),
            const("order_id", lambda v, i: f"ORD-{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))}-{rng.randint(1000, 9999)}"),
            const("paid_at", lambda v, i: str(1_600_000_000 + rng.randint(0, 10**8))),
            const("status", lambda v, i: rng.choice(["paid", "refunded", "failed"])),
        ],
        nm("app_users", "utenti", ("konta", "accounts")): [
            col(nm("username", "login", "anvandarnamn"), "EMAIL_ADDRESS", Values.email),
            col(nm("password", ("contrasena", "mot_de_passe", "wachtwoord"), ("haslo", "losenord", "adgangskode")), "PASSWORD", Values.password),
            col(nm("api_key", "access_token", ("secret_key", "klucz_api")), "API_KEY", Values.api_key),
            col(nm("last_login_ip", "client_ip", "remote_addr"), "IP_ADDRESS", Values.ip),
            const("password_hash", lambda v, i: rng.choice([
                "$2b$12$" + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(53)),
                "$argon2id$v=19$m=65536,t=3,p=4$" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(22)) + "$" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(43)),
                "$6$" + "".join(rng.choice(string.ascii_letters) for _ in range(16)) + "$" + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(86)),
            ])),
            const("api_token_sha256", lambda v, i: "".join(rng.choice("0123456789abcdef") for _ in range(64))),
            const("request_uuid", lambda v, i: str(uuid.UUID(int=rng.getrandbits(128)))),
            const("app_version", lambda v, i: v.version()),
            const("build_sha", lambda v, i: "".join(rng.choice("0123456789abcdef") for _ in range(40))),
            const("user_agent", lambda v, i: v.f.user_agent()),
            const("phone_verified", lambda v, i: rng.choice(["0", "1"])),
            const("session_token_enc", lambda v, i: "gAAAAA" + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(100))),
            const("display_name_key", lambda v, i: rng.choice(["profile.title", "menu.home", "btn.save"])),
        ],
        nm("products", "prodotti", ("produkty", "varer")): [
            const("name", lambda v, i: f"{v.f.word().title()} {rng.choice(['Pro', 'Lite', 'Max', 'Plus'])}"),
            const("sku", lambda v, i: f"SKU-{rng.randint(10000, 99999)}-{rng.choice(['BL', 'RD', 'GR'])}"),
            const("ean13", lambda v, i: v.f.ean13()),
            const("isbn", lambda v, i: v.f.isbn13()),
            const("price", lambda v, i: f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}"),
            const("quantity", lambda v, i: str(rng.randint(0, 500))),
            const("firmware_version", lambda v, i: f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"),
            const("device_imei", lambda v, i: _imei(rng)),
            const("tracking_number", lambda v, i: v.tracking()),
            const("latitude", lambda v, i: f"{rng.uniform(-80, 80):.6f}"),
            const("description", lambda v, i: v.f.sentence(nb_words=10)),
            const("mac_address", lambda v, i: v.f.mac_address()),
            const("hex_color", lambda v, i: v.f.hex_color()),
        ],
        nm("contact_points", "puntos_contacto", "kontaktpunkter"): [
            # names that say nothing: the values alone must carry the decision
            col(nm("value", "valor", "wartosc"), "EMAIL_ADDRESS", Values.email),
            col(nm("c3", "campo_3", "pole_2"), "PHONE_NUMBER", lambda v: phonenumbers.format_number(phonenumbers.parse(v.phone(), v.region), phonenumbers.PhoneNumberFormat.E164)),
            col(nm("ref", "referencia", "data1"), "IBAN_CODE", Values.iban),
            col(nm("origin", "origen", "src"), "IP_ADDRESS", Values.ip),
            const("kind", lambda v, i: rng.choice(["email", "phone", "iban", "ip"])),
            const("note_code", lambda v, i: f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-X"),
        ],
    }
    if fresh:
        lookalikes = tables[next(t for t in tables if t in ("produkty", "varer"))]
        lookalikes += [
            const("build_number", lambda v, i: ".".join(str(rng.randint(1, 254)) for _ in range(4))),
            const("shipment_ref", lambda v, i: "".join(rng.choice(string.digits) for _ in range(12))),
            const("part_code", lambda v, i: f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.choice('ABC')}"),
            const("color_name", lambda v, i: v.f.color_name()),
            const("supplier", lambda v, i: v.f.company()),
            const("warehouse_city_code", lambda v, i: rng.choice(["WAW", "STO", "CPH", "SYD", "YYZ", "VIE"])),
        ]
    return tables


def _structured_final(rows: int, seed: int) -> dict[str, list[Column]]:
    """The `final` split's tables, written 2026-11-26 before any result on them; frozen.
    Header styles of real exports: UPPER_SNAKE with abbreviations (a mainframe/ERP dump),
    spreadsheet headers with spaces, camelCase (an ORM), and tables named in Finnish or
    Czech (container words the rules do not know). Every value is drawn from rng: no clock."""
    rng = random.Random(f"final-{seed}")
    locs = LOCALES["final"]
    kit = _Columns(rng, locs, rows, blank=0.05)
    col, const, hexs = kit.col, kit.const, kit.hexs

    def stamp(v: Values) -> str:
        return v.f.date_time_between_dates(dt.datetime(2022, 1, 1), dt.datetime(2026, 6, 30)).strftime("%Y-%m-%d %H:%M:%S")

    return {
        "CUSTOMER_MASTER": [
            col("CUST_NM", "PERSON", Values.person),
            col("EMAIL_ADDR", "EMAIL_ADDRESS", Values.email),
            col("MOBILE_NO", "PHONE_NUMBER", Values.phone_any),
            col("ADDR_LINE_1", "STREET_ADDRESS", Values.street),
            col("POST_TOWN", "LOCATION", Values.city),
            col("BIRTH_DT", "DATE_OF_BIRTH", Values.dob_fixed),
            col("LAST_LOGON_IP", "IP_ADDRESS", Values.ip),
            const("EMAIL_VERIFIED", lambda v: rng.choice(["Y", "N"])),
            const("ACADEMIC_YEAR_CODE", lambda v: rng.choice(["2021/22", "2022/23", "2023/24", "2024/25"])),
            const("CUST_NO", lambda v: f"C{rng.randint(0, 9999999):07d}"),
            const("ZIP_CD", lambda v: v.f.postcode()),
            const("CREATED_TS", stamp),
            const("SEGMENT_CD", lambda v: rng.choice(["RET", "SMB", "ENT", "GOV"])),
            const("NPS_SCORE", lambda v: str(rng.randint(0, 10))),
            const("PHONE_TYPE", lambda v: rng.choice(["MOBILE", "HOME", "WORK"])),
            const("ADDR_TYPE", lambda v: rng.choice(["BILLING", "SHIPPING"])),
        ],
        "newsletter signups": [
            col("First Name", "PERSON", lambda v: v.f.first_name()),
            col("Last Name", "PERSON", Values.last_name),
            col("E-mail", "EMAIL_ADDRESS", Values.email),
            col("Phone #", "PHONE_NUMBER", Values.phone_any),
            col("Home Address", "STREET_ADDRESS", Values.address),
            col("Emergency Contact", "PERSON", Values.person),
            const("Marketing Opt-In", lambda v: rng.choice(["Yes", "No"])),
            const("Preferred Language", lambda v: rng.choice(["fi", "sv", "cs", "hu", "pt-BR", "en"])),
            const("Member Since", lambda v: v.date_fixed()),
            const("Tier", lambda v: rng.choice(["Bronze", "Silver", "Gold"])),
            const("Referral Code", lambda v: "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))),
        ],
        "tbl_Zahlungen": [
            col("PAN", "CREDIT_CARD", Values.card),
            col("SocialSecNo", "US_SSN", Values.ssn),
            col("acctNum", "US_BANK_NUMBER", Values.bank),
            col("IBAN Nr", "IBAN_CODE", Values.iban),
            col("payerName", "PERSON", Values.person),
            const("cardBrand", lambda v: rng.choice(["VISA", "Mastercard", "AMEX", "Maestro"])),
            const("cardExp", lambda v: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"),
            const("authCode", lambda v: "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))),
            const("txnId", lambda v: hexs(24)),
            const("amountCents", lambda v: str(rng.randint(100, 9_999_999))),
            const("orderRef", Values.order_ref),
            const("bic", lambda v: rng.choice(["DEUTDEFF", "NDEAFIHH", "GIBACZPX", "OTPVHUHB", "BRDEROBU", "ANZBNZ22", "UBSWCHZH80A"])),
            const("vatId", lambda v: rng.choice(["FI", "CZ", "HU", "RO"]) + "".join(rng.choice(string.digits) for _ in range(8))),
            const("settledAt", lambda v: str(1_700_000_000 + rng.randint(0, 5 * 10**7))),
        ],
        "userAccounts": [
            col("userName", "EMAIL_ADDRESS", Values.email),
            col("pwd", "PASSWORD", Values.password),
            col("API_TOKEN", "API_KEY", Values.api_key),
            col("lastSeenIp", "IP_ADDRESS", Values.ip),
            const("pwdHash", lambda v: "$2y$10$" + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(53))),
            const("pwdLastChanged", stamp),
            const("mfaEnabled", lambda v: rng.choice(["true", "false"])),
            const("email_verified", lambda v: rng.choice(["0", "1"])),
            const("sessionId", lambda v: hexs(32)),
            const("osVersion", lambda v: rng.choice([f"iOS {rng.randint(14, 18)}.{rng.randint(0, 6)}.{rng.randint(0, 3)}", f"Android {rng.randint(10, 15)}", f"{rng.randint(10, 15)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"])),
            const("deviceModel", lambda v: rng.choice(["iPhone 14 Pro", "iPhone 15", "Pixel 8", "Galaxy S23 Ultra", "Moto G54", "Xperia 10 V"])),
            const("locale", lambda v: rng.choice(locs)),
            const("timezone", lambda v: rng.choice(["Europe/Helsinki", "Europe/Prague", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Kolkata"])),
        ],
        "tuotteet": [
            const("name", Values.product),
            const("Product Name", Values.product),
            const("SKU", Values.sku),
            const("GTIN", lambda v: v.f.ean13()),
            const("model_no", lambda v: f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}-{rng.randint(100, 9999)}"),
            const("version", lambda v: f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 50)}"),
            const("app_build", lambda v: f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(100, 250)}"),
            const("brand", lambda v: v.f.company()),
            const("weight_kg", lambda v: f"{rng.uniform(0.1, 40):.2f}"),
            const("dimensions", lambda v: f"{rng.randint(5, 120)}x{rng.randint(5, 120)}x{rng.randint(1, 60)} cm"),
            const("serial_number", lambda v: f"SN{rng.randint(10**9, 10**10 - 1)}"),
            const("checksum_md5", lambda v: hexs(32)),
        ],
        "pobocky": [  # Czech: branches
            col("manager_phone", "PHONE_NUMBER", Values.phone_any),
            col("manager", "PERSON", Values.person),
            const("branch_code", lambda v: rng.choice(["PRG01", "BRN02", "HEL01", "OSL03", "AKL01", "BOM02"])),
            const("lat", lambda v: f"{rng.uniform(-45, 65):.6f}"),
            const("long", lambda v: f"{rng.uniform(-120, 175):.6f}"),
            const("geohash", lambda v: "".join(rng.choice("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(9))),
            const("opening_hours", lambda v: f"{rng.randint(7, 10):02d}:00-{rng.randint(17, 21)}:00"),
            const("floor_area_m2", lambda v: str(rng.randint(40, 4000))),
        ],
        "misc_export": [
            # headers that say nothing: the values alone must carry the decision
            col("attr1", "PHONE_NUMBER", lambda v: "00" + phonenumbers.format_number(phonenumbers.parse(v.phone(), v.region), phonenumbers.PhoneNumberFormat.E164)[1:]),
            col("attr2", "EMAIL_ADDRESS", Values.email),
            col("attr3", "IBAN_CODE", Values.iban),
            col("attr4", "IP_ADDRESS", lambda v: v.f.ipv6()),
            const("attr5", lambda v: rng.choice(["1920x1080", "1366x768", "2560x1440", "390x844", "412x915"])),
            const("attr6", lambda v: rng.choice(["A", "B", "C"]) + str(rng.randint(10**9, 10**10 - 1))),
            const("attr7", lambda v: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
        ],
        "audit_log": [
            col("actor", "EMAIL_ADDRESS", Values.email),
            col("src_ip", "IP_ADDRESS", Values.ip),
            const("event", lambda v: rng.choice(["login", "logout", "export", "password_reset"])),
            const("request_id", lambda v: str(uuid.UUID(int=rng.getrandbits(128)))),
            const("payload_sha256", lambda v: hexs(64)),
            const("duration_ms", lambda v: str(rng.randint(1, 90000))),
            const("http_status", lambda v: rng.choice(["200", "201", "302", "401", "403", "500"])),
        ],
    }


def _structured_blind(rows: int, seed: int) -> dict[str, list[Column]]:
    """The `blind` split's tables, written 2026-11-26 before the scanner ran on them and
    before `final`'s errors were read; frozen. Header styles not used elsewhere:
    kebab-case, Hungarian prefixes (strX, sX), dotted paths, table prefixes (c_, cust_),
    suffixes (_txt, _str), Title Case With Spaces, headers in German, Dutch, Slovene,
    Croatian and Turkish; warehouse tables (dim_/fact_/stg_). Look-alikes that look like
    names (rooms named after mountains, campaign names, fonts, pet names of a shop's
    products), like numbers with a PII-ish header (dob_verified, password_changed_at,
    phone_ext, iban_masked). Every value is drawn from rng: no clock."""
    rng = random.Random(f"blind-{seed}")
    locs = LOCALES["blind"]
    kit = _Columns(rng, locs, rows, blank=0.07)
    col, const, hexs = kit.col, kit.const, kit.hexs

    def stamp(v: Values) -> str:
        return v.f.date_time_between_dates(dt.datetime(2021, 6, 1), dt.datetime(2026, 9, 30)).strftime(
            rng.choice(["%Y-%m-%dT%H:%M:%SZ", "%d.%m.%Y %H:%M"]))

    def e164(v: Values) -> str:
        return phonenumbers.format_number(phonenumbers.parse(v.phone(), v.region), phonenumbers.PhoneNumberFormat.E164)

    return {
        "dim_customer": [
            col("customer-name", "PERSON", Values.person),
            col("e-mail-address", "EMAIL_ADDRESS", Values.email),
            col("mobile-phone", "PHONE_NUMBER", Values.phone_blind),
            col("street-line", "STREET_ADDRESS", Values.street),
            col("home-city", "LOCATION", Values.city),
            col("birth-date", "DATE_OF_BIRTH", Values.dob_blind),
            const("customer-key", lambda v: str(rng.randint(10**5, 10**6 - 1))),
            const("dob-verified", lambda v: rng.choice(["yes", "no", "pending"])),
            const("email-bounced", lambda v: rng.choice(["0", "1"])),
            const("valid-from", stamp),
            const("scd-version", lambda v: str(rng.randint(1, 9))),
            const("favourite-room", Values.room),
            const("preferred-font", lambda v: rng.choice(["Helvetica Neue", "Open Sans", "Fira Sans", "Source Serif Pro", "Noto Sans Mono"])),
        ],
        "Kunden": [
            col("Vorname", "PERSON", lambda v: v.f.first_name()),
            col("Nachname", "PERSON", Values.last_name),
            col("Strasse", "STREET_ADDRESS", Values.street),
            col("Wohnort", "LOCATION", Values.city),
            col("Geburtsdatum", "DATE_OF_BIRTH", Values.dob_blind),
            col("Telefon", "PHONE_NUMBER", Values.phone),
            const("Kundennummer", lambda v: f"K-{rng.randint(0, 999999):06d}"),
            const("Anrede", lambda v: rng.choice(["Herr", "Frau", "Divers"])),
            const("Rabatt", Values.pct),
            const("Kampagne", lambda v: rng.choice(["Frühling 2025", "Black Friday", "Herbst Aktion", "Neujahr 2026"])),
        ],
        "stg_leads": [
            col("strFullName", "PERSON", Values.person),
            col("strEmail", "EMAIL_ADDRESS", Values.email),
            col("sPhone", "PHONE_NUMBER", Values.phone_blind),
            col("strPostalAddress", "STREET_ADDRESS", Values.address),
            col("sAssignedRep", "PERSON", Values.person),
            const("nScore", lambda v: str(rng.randint(0, 100))),
            const("strCampaign", lambda v: rng.choice(["Spring Promo", "Summer Deals", "Partner Webinar", "Trade Fair Ljubljana"])),
            const("strSource", lambda v: rng.choice(["web", "fair", "referral", "cold call"])),
            const("dtCreated", stamp),
            const("sPhoneExt", lambda v: str(rng.randint(100, 9999))),
        ],
        "fact_payments": [
            col("c_card_no", "CREDIT_CARD", Values.card),
            col("c_ssn_txt", "US_SSN", Values.ssn),
            col("c_bank_acct", "US_BANK_NUMBER", Values.bank),
            col("c_iban_str", "IBAN_CODE", Values.iban),
            col("c_holder", "PERSON", Values.person),
            const("c_iban_masked", lambda v: (lambda i: i[:4] + " **** **** " + i[-4:])(v.f.iban())),
            const("c_card_bin", lambda v: str(rng.choice([411111, 545454, 371449, 601100, 222300]))),
            const("c_amount", Values.money_eu),
            const("c_gln", lambda v: "".join(rng.choice(string.digits) for _ in range(13))),
            const("c_txn_ref", lambda v: hexs(20).upper()),
            const("c_posted", stamp),
        ],
        "auth.users_v2": [
            col("login.email", "EMAIL_ADDRESS", Values.email),
            col("login.secret", "PASSWORD", Values.password_blind),
            col("integration.token", "API_KEY", Values.api_key_blind),
            col("net.last_ip", "IP_ADDRESS", Values.ip),
            const("login.password_changed_at", stamp),
            const("login.password_policy", lambda v: rng.choice(["min8", "min12-upper-digit", "legacy", "sso-only"])),
            const("login.secret_hash", lambda v: "pbkdf2_sha256$600000$" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(22)) + "$" + "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(43)) + "="),
            const("net.cidr", lambda v: rng.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])),
            const("ui.theme", lambda v: rng.choice(["dark", "light", "system"])),
            const("k8s.pod", Values.pod),
        ],
        "musteriler": [  # Turkish: customers
            col("ad_soyad", "PERSON", Values.person),
            col("e_posta", "EMAIL_ADDRESS", Values.email),
            col("telefon_no", "PHONE_NUMBER", e164),
            col("adres", "STREET_ADDRESS", Values.address),
            col("dogum_tarihi", "DATE_OF_BIRTH", Values.dob_blind),
            const("musteri_no", lambda v: str(rng.randint(10**7, 10**8 - 1))),
            const("sehir_kodu", lambda v: f"{rng.randint(1, 81):02d}"),
            const("kayit_tarihi", stamp),
        ],
        "stranke": [  # Slovene / Croatian: clients
            col("ime_in_priimek", "PERSON", Values.person),
            col("naslov", "STREET_ADDRESS", Values.street),
            col("kraj", "LOCATION", Values.city),
            col("IP naslov", "IP_ADDRESS", Values.ip),
            const("sifra", lambda v: f"{rng.randint(0, 99999):05d}"),
            const("ljubljenček", lambda v: rng.choice(["Luna", "Max", "Bella", "Rex", "Mici", "Piki"]) + " (" + rng.choice(["pes", "mačka"]) + ")"),
            const("status", lambda v: rng.choice(["aktiven", "neaktiven"])),
        ],
        "Support Tickets": [
            col("Requester", "PERSON", Values.person),
            col("Requester Email", "EMAIL_ADDRESS", Values.email),
            col("Callback", "PHONE_NUMBER", Values.phone_blind),
            const("Ticket", Values.ticket),
            const("Flight", Values.flight),
            const("Handle Time", Values.duration),
            const("Meeting Room", Values.room),
            const("Advisory", Values.cve),
            const("Commit", lambda v: hexs(rng.choice([7, 12, 40]))),
            const("Opened", lambda v: v.day_blind()),
        ],
        "x_blob": [
            # headers that say nothing: the values alone must carry the decision
            col("f01", "EMAIL_ADDRESS", Values.email),
            col("f02", "PHONE_NUMBER", e164),
            col("f03", "IBAN_CODE", lambda v: v.f.iban()),
            col("f04", "IP_ADDRESS", lambda v: v.f.ipv4_public()),
            col("f05", "CREDIT_CARD", Values.card),
            const("f06", lambda v: f"{rng.randint(1, 52):02d}/{rng.randint(2024, 2026)}"),
            const("f07", lambda v: f"{rng.randint(1, 30)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"),
            const("f08", lambda v: str(1_700_000_000_000 + rng.randint(0, 10**11))),
        ],
    }


def _imei(rng: random.Random) -> str:
    body = "35" + "".join(rng.choice(string.digits) for _ in range(12))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


# =========================================================================================
# `probe` and `sealed`: two splits written 2026-11-26 by an independent author, before the
# scanner ran on them and without reading rules/, pii_audit/ or the list of fixes in
# bench/accuracy_notes.md. English-dominant exports from stores nobody here has seen:
# helpdesk e-mails with signatures and quoted replies, tickets, CRM notes, chats, SMS,
# call-centre notes, HR / booking / delivery messages, JSON and key=value log lines and form
# submissions, with some Spanish, French, German, Italian, Portuguese, Dutch, Polish, Swedish
# (and, in `sealed`, Danish) text using its own words for phone / address / born / password.
# - `probe`: its errors are read to find general fixes (TEMPLATES_F, _structured_probe,
#   ProbeValues).
# - `sealed`: frozen and never inspected; only its totals and per-entity table are looked at
#   (TEMPLATES_G, _structured_sealed, SealedValues).
# Neither shares a template with the other or with A-E. Both draw every value from a seeded
# rng (no clock). Templates name their language; a template's values come from a locale of
# that language ("en" templates: mostly en_*, sometimes a foreign customer writing English).
# Placeholders are `{KIND}` or `{KIND@tag}`: a tag names one person of the text (PERSON@a,
# FIRST@a, EMAIL@a ... all refer to the same person) or repeats one value. Every value a
# placeholder of a PII kind puts into the text is one exact labelled span; nothing else in a
# template is personal data (no hard-coded names, cities or numbers).
# =========================================================================================
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_MONTHS = {
    "en": _EN_MONTHS,
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
}
_ALNUM = string.ascii_letters + string.digits
_US_AREAS = ["212", "213", "206", "303", "305", "312", "404", "415", "480", "503", "512", "602", "615", "617", "646",
             "702", "704", "713", "718", "720", "805", "813", "858", "917", "919", "971", "973"]
_CA_AREAS = ["416", "514", "604", "403", "613", "780", "902", "905", "587", "778", "647", "819"]
_IBAN_HOME = {"GB": "GB", "IE": "IE", "DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "ES": "ES", "IT": "IT", "PT": "PT",
              "NL": "NL", "BE": "BE", "PL": "PL", "SE": "SE", "DK": "DK", "BR": "BR"}
_GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA", "SRLG", "MONZ"]
_IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]
_NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chars(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn(rng: random.Random, prefix: str, length: int) -> str:
    """A Luhn-valid number of `length` digits starting with `prefix`."""
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _ean13(rng: random.Random) -> str:
    """A GTIN-13 with its own check digit (weights 1, 3)."""
    body = rng.choice(["40", "41", "42", "43", "50", "54", "80", "84", "87", "90"]) + _digits(rng, 10)
    return body + str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10)


def _group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def _iban_of(rng: random.Random, cc: str) -> str:
    """A valid IBAN (ISO 13616 mod-97 check digits; BE, ES, FR and PT national check digits too)."""
    if cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "AT":
        bban = _digits(rng, 16)
    elif cc == "GB":
        bban = rng.choice(_GB_BANKS) + _digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(_IE_BANKS) + _digits(rng, 14)
    elif cc == "NL":
        bban = rng.choice(_NL_BANKS) + _digits(rng, 10)
    elif cc == "CH":
        bban = _digits(rng, 17)
    elif cc == "IT":
        bban = rng.choice(string.ascii_uppercase) + _digits(rng, 10) + _digits(rng, 12)
    elif cc == "PL":
        bban = _digits(rng, 24)
    elif cc == "SE":
        bban = _digits(rng, 20)
    elif cc == "DK":
        bban = _digits(rng, 14)
    elif cc == "BR":
        bban = _digits(rng, 23) + rng.choice("CP") + rng.choice("12")
    elif cc == "BE":
        head = _digits(rng, 10)
        chk = int(head) % 97 or 97
        bban = f"{head}{chk:02d}"
    elif cc == "PT":
        head = _digits(rng, 19)
        bban = f"{head}{98 - (int(head) * 100) % 97:02d}"
    elif cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "ES":
        bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s: str) -> str:
            r = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
            return "0" if r == 11 else "1" if r == 10 else str(r)

        bban = bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    else:
        raise ValueError(cc)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _phone_num(rng: random.Random, region: str):
    """A phonenumbers.PhoneNumber that libphonenumber calls valid for `region`."""
    if region in ("US", "CA"):
        areas = _US_AREAS if region == "US" else _CA_AREAS
        for _ in range(200):
            exch = rng.randint(200, 999)
            if exch % 100 == 11 or exch == 555:
                continue
            num = phonenumbers.parse(f"+1{rng.choice(areas)}{exch}{rng.randint(0, 9999):04d}")
            if phonenumbers.is_valid_number_for_region(num, region):
                return num
    types = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    ex = phonenumbers.example_number_for_type(region, rng.choice(types)) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 2 if len(nsn) >= 9 else 1
    for _ in range(400):
        cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
        try:
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    return ex


def _ascii(s: str) -> str:
    import unicodedata

    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


def _ip_public_v6(rng: random.Random) -> str:
    import ipaddress

    prefix = rng.choice(["2001:4860", "2a02:8108", "2a01:cb00", "2600:1700", "2a00:23c7", "2003:e2", "2a01:598",
                         "2804:14c", "2406:3400", "2a02:a45", "2607:f8b0", "2a0d:5600"])
    head = [int(p, 16) for p in prefix.split(":")]
    groups = head + [rng.randint(0, 0xFFFF) for _ in range(8 - len(head))]
    if rng.random() < 0.35:  # a SLAAC-like address with zero runs
        groups[4:6] = [0, 0]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def _ip_public_v4(rng: random.Random) -> str:
    import ipaddress

    while True:
        ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def _city(v) -> str:
    """Faker's city(), except it_IT's: its list is built from a set, so its order (and the draw)
    would depend on PYTHONHASHSEED."""
    if v.locale == "it_IT":
        from faker.providers.address.it_IT import Provider

        return v.f.random_element(sorted(set(Provider.cities)))
    return v.f.city()


class _Cast:
    """The people of one text: a tag gives the same person everywhere in the text."""

    def __init__(self, lang: str):
        self.lang = lang
        self.people: dict[str, tuple[str, str, str]] = {}
        self.memo: dict[str, str] = {}


def _render_cast(template: str, v, kinds: dict, lang: str) -> Text:
    """Like _render, for the `{KIND}` / `{KIND@tag}` placeholders of TEMPLATES_F / TEMPLATES_G.
    A placeholder is an upper-case word in braces, so JSON braces in a template stay literal."""
    import re

    ctx = _Cast(lang)
    out = Text("")
    parts: list[str] = []
    pos = 0
    last = 0
    for m in re.finditer(r"\{([A-Z][A-Z0-9]*)(?:@([a-z0-9]+))?\}", template):
        lit = template[last : m.start()]
        parts.append(lit)
        pos += len(lit)
        kind, tag = m.group(1), m.group(2)
        entity, gen, person_bound = kinds[kind]
        if tag and not person_bound:
            key = f"{kind}@{tag}"
            if key not in ctx.memo:
                ctx.memo[key] = gen(v, ctx, None)
            value = ctx.memo[key]
        else:
            value = gen(v, ctx, tag)
        if entity:
            out.spans.append((pos, pos + len(value), entity))
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(template[last:])
    out.text = "".join(parts)
    return out


def _free_text_cast(split: str, n: int, seed: int) -> list[Text]:
    """Free text of `probe` / `sealed`: templates cycled in order, each rendered with the
    values of a locale of its language."""
    templates, kinds, vcls, en_weights = _CAST_SPLITS[split]
    rng = random.Random(f"{split}-{seed}")
    locs = LOCALES[split]
    pool = {loc: vcls(loc, rng) for loc in locs}
    en_locs = [loc for loc, _ in en_weights]
    en_w = [w for _, w in en_weights]
    out = []
    for i in range(n):
        lang, template = templates[i % len(templates)]
        if lang == "en":
            loc = rng.choices(en_locs, en_w)[0] if rng.random() < 0.8 else rng.choice(locs)
        else:
            loc = rng.choice([x for x in locs if x.split("_")[0] == lang])
        out.append(_render_cast(template, pool[loc], kinds, lang))
    return out


class _CastColumns:
    """Column builders for `probe` / `sealed`: one Values per locale, made once; a column
    draws from one locale, or (mixed=True) from any locale row by row; `junk` is the share of
    non-empty placeholder values ("n/a", "-", ...) in a PII column."""

    JUNK = ["n/a", "N/A", "-", "unknown", "none", "TBD", "?", "null"]

    def __init__(self, rng: random.Random, locs: list[str], rows: int, blank: float, vcls):
        self.rng, self.rows, self.blank = rng, rows, blank
        self.pool = [vcls(loc, rng) for loc in locs]

    def col(self, name: str, entity: str | None, gen, blank: float | None = None, mixed: bool = False,
            junk: float = 0.0, locale: str | None = None) -> Column:
        b = self.blank if blank is None else blank
        fixed = next((p for p in self.pool if p.locale == locale), None) if locale else self.rng.choice(self.pool)
        vals: list[str | None] = []
        for _ in range(self.rows):
            r = self.rng.random()
            if r < b:
                vals.append(None)
            elif r < b + junk:
                vals.append(self.rng.choice(self.JUNK))
            else:
                vals.append(gen(self.rng.choice(self.pool) if mixed else fixed))
        return Column(name, entity, vals)

    def const(self, name: str, gen, blank: float = 0.0, mixed: bool = False) -> Column:
        return self.col(name, None, gen, blank=blank, mixed=mixed)


def _person_kind(fmt):
    """A kind bound to a person of the text: `{FIRST@a}` and `{EMAIL@a}` speak of one person."""

    def gen(v, ctx: _Cast, tag):
        if tag is None:
            parts = v.cast_name()
        else:
            if tag not in ctx.people:
                ctx.people[tag] = v.cast_name()
            parts = ctx.people[tag]
        return fmt(v, parts)

    return gen


def _full(parts: tuple[str, str, str]) -> str:
    first, middle, last = parts
    return f"{first} {middle} {last}" if middle else f"{first} {last}"


class ProbeValues(Values):
    """Value shapes of the `probe` split only (added 2026-11-26, frozen with it)."""

    SURNAMES = {  # surnames with particles, apostrophes and prefixes, by language
        "en": ["O'Brien", "O'Connor", "McAllister", "O'Neill", "MacDonald", "D'Souza", "St. Clair", "Fitzgerald"],
        "es": ["de la Cruz", "del Río", "de los Santos", "de León", "García-Márquez"],
        "fr": ["de Villiers", "Le Goff", "d'Arcy", "de la Tour", "N'Diaye"],
        "de": ["von Bülow", "von der Heide", "zu Putlitz", "vom Stein"],
        "it": ["D'Angelo", "De Luca", "Di Stefano", "Dell'Orto", "Lo Russo"],
        "pt": ["dos Santos", "da Silva", "de Sousa", "do Carmo"],
        "nl": ["van der Berg", "de Jong", "van den Heuvel", "ter Horst", "van 't Hof"],
        "pl": ["Kowalska-Nowak", "Wiśniewski-Grabowski", "Zając"],
        "sv": ["af Klint", "von Essen", "Lindqvist-Berg"],
    }
    HYPHEN_FIRST = {"en": ["Mary-Jane", "Anne-Marie", "Billy-Ray", "Lee-Ann"], "fr": ["Jean-Luc", "Marie-Claire", "Jean-Baptiste", "Anne-Sophie"],
                    "de": ["Hans-Peter", "Karl-Heinz", "Anna-Lena"], "nl": ["Jan-Willem", "Anne-Fleur"], "sv": ["Per-Olof", "Karl-Johan"]}
    FREE_MAIL = {"en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "btinternet.com", "hotmail.co.uk", "shaw.ca", "protonmail.com"],
                 "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
                 "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
                 "pt": ["sapo.pt", "gmail.com", "hotmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
                 "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"]}
    TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "ES": "es", "FR": "fr", "DE": "de", "IT": "it", "PT": "pt", "NL": "nl", "PL": "pl", "SE": "se"}

    def __init__(self, locale: str, rng: random.Random):
        super().__init__(locale, rng)
        self.locale = locale
        self.lang = locale.split("_")[0]

    # -- people --
    def cast_name(self) -> tuple[str, str, str]:
        first, middle, last = self.f.first_name(), "", self.f.last_name()
        r = self.rng.random()
        if r < 0.12:
            last = self.rng.choice(self.SURNAMES.get(self.lang, self.SURNAMES["en"]))
        elif r < 0.2:
            last = f"{last}-{self.f.last_name()}"
        elif r < 0.26 and self.lang in self.HYPHEN_FIRST:
            first = self.rng.choice(self.HYPHEN_FIRST[self.lang])
        elif r < 0.36 and self.lang == "en":
            middle = self.rng.choice(string.ascii_uppercase) + "."
        return first, middle, last

    def p_email_for(self, parts: tuple[str, str, str]) -> str:
        first, _, last = parts
        f, l = _ascii(first).lower().replace("-", ""), _ascii(last).lower().replace(" ", "").replace("'", "")
        f, l = f or "info", l or "mail"
        local = self.rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{self.rng.randint(1, 99)}",
                                 f"{l}.{f}", f"{f}{self.rng.randint(60, 2005)}", f"{f[0]}.{l}"])
        if self.rng.random() < 0.45:
            domain = self.rng.choice(self.FREE_MAIL.get(self.lang, self.FREE_MAIL["en"]))
        else:
            word = _ascii(self.f.last_name()).lower().replace(" ", "") or "acme"
            domain = f"{word}{self.rng.choice(['', '-group', 'law', 'tech', '-consulting', 'media'])}.{self.TLD.get(self.region, 'com')}"
        return f"{local}@{domain}"

    def p_email(self) -> str:
        return self.p_email_for(self.cast_name())

    # -- numbers and identifiers --
    def p_phone(self) -> str:
        region = self.region if self.rng.random() < 0.9 else self.rng.choice(["US", "GB", "DE", "FR", "ES", "CA"])
        num = _phone_num(self.rng, region)
        style = self.rng.choices(["intl", "natl", "e164", "00", "compact", "dots"], [30, 30, 15, 10, 10, 5])[0]
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        natl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style == "intl":
            return intl
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if style == "00":
            return "00" + intl[1:]
        if style == "compact":
            return "".join(c for c in natl if c.isdigit())
        if style == "dots" and num.country_code == 1:
            d = str(num.national_number)
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return natl

    def p_card(self) -> str:
        brand = self.rng.choices(["visa", "mc", "amex", "disc"], [40, 30, 15, 15])[0]
        if brand == "visa":
            num = _luhn(self.rng, "4", 16)
        elif brand == "mc":
            num = _luhn(self.rng, self.rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "23"]), 16)
        elif brand == "amex":
            num = _luhn(self.rng, self.rng.choice(["34", "37"]), 15)
        else:
            num = _luhn(self.rng, self.rng.choice(["6011", "65", "644"]), 16)
        sep = self.rng.choices([" ", "", "-"], [45, 35, 20])[0]
        if not sep:
            return num
        return _group(num, [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4], sep)

    def p_ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        s = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        sep = self.rng.choices(["-", " ", ""], [80, 10, 10])[0]
        return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"

    def p_bank(self) -> str:
        n = self.rng.choices([8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [5, 15, 20, 15, 15, 10, 8, 5, 4, 3])[0]
        return str(self.rng.randint(1, 9)) + _digits(self.rng, n - 1)

    def p_iban(self) -> str:
        cc = _IBAN_HOME.get(self.region) or self.rng.choice(["DE", "GB", "FR", "ES", "NL"])
        iban = _iban_of(self.rng, cc)
        return iban if self.rng.random() < 0.5 else _group(iban, [4] * 9, " ")

    def p_ip(self) -> str:
        return _ip_public_v4(self.rng) if self.rng.random() < 0.7 else _ip_public_v6(self.rng)

    def p_ip6(self) -> str:
        return _ip_public_v6(self.rng)

    # -- places --
    def _addr_lines(self) -> list[str]:
        for _ in range(20):
            raw = self.f.address()
            if not any(w in raw for w in ("PSC ", "USNS", "USNV", "USS ", "USCGC", "Unit ", "DPO", "FPO", "APO")):
                break
        lines = [p.strip() for p in raw.split("\n") if p.strip()]
        if self.lang == "en" and self.region != "US" and self.rng.random() < 0.25 and not lines[0].lower().startswith(("flat", "apt", "unit", "studio")):
            lines[0] = self.rng.choice(["Unit ", "Apt ", "Flat "]) + f"{self.rng.randint(1, 40)}{self.rng.choice(['', 'A', 'B'])}, " + lines[0]
        return lines

    def p_addr(self) -> str:
        return ", ".join(self._addr_lines())

    def p_addr_ml(self) -> str:
        return "\n".join(self._addr_lines())

    def p_street(self) -> str:
        return self.f.street_address().replace("\n", " ")

    def p_city(self) -> str:
        return _city(self)

    def p_pobox(self) -> str:
        n = self.rng.randint(10, 99999)
        city, pc = _city(self), self.f.postcode()
        if self.region == "US":
            return f"{self.rng.choice(['PO Box', 'P.O. Box', 'POB'])} {n}, {city}, {self.f.state_abbr()} {pc}"
        if self.region == "CA":
            return f"PO Box {n} Stn Main, {city} {self.f.province_abbr()} {pc}"
        lead = {"GB": "PO Box", "ES": "Apartado de Correos", "FR": "BP", "DE": "Postfach", "IT": "Casella Postale",
                "PT": "Apartado", "NL": "Postbus", "PL": "Skrytka pocztowa", "SE": "Box"}.get(self.region, "PO Box")
        return f"{lead} {n}, {pc} {city}" if self.region != "GB" else f"{lead} {n}, {city} {pc}"

    # -- dates --
    def p_dob(self, lang: str) -> str:
        d = self.f.date_between_dates(dt.date(1938, 1, 1), dt.date(2007, 12, 31))
        m = _MONTHS.get(lang, _EN_MONTHS)[d.month - 1]
        fmts = {
            "en": [f"{d:%Y-%m-%d}", f"{d:%m/%d/%Y}", f"{d:%d/%m/%Y}", f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}",
                   f"{m[:3]} {d.day}, {d.year}", f"{d.day:02d}-{m[:3]}-{d.year}", f"{d:%m-%d-%Y}"],
            "es": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "fr": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
            "de": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
            "it": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
            "pt": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "nl": [f"{d:%d-%m-%Y}", f"{d.day} {m} {d.year}"],
            "pl": [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}"],
            "sv": [f"{d:%Y-%m-%d}", f"{d.day} {m} {d.year}"],
        }
        return self.rng.choice(fmts.get(lang, fmts["en"]))

    def p_date(self, lang: str) -> str:
        """A date that is not a birth date: appointments, deliveries, deadlines (2024-2026)."""
        d = self.f.date_between_dates(dt.date(2024, 1, 1), dt.date(2026, 10, 31))
        if lang == "en":
            m = _EN_MONTHS[d.month - 1]
            return self.rng.choice([f"{m} {d.day}", f"{d:%d/%m/%Y}", f"{d:%Y-%m-%d}", f"{m[:3]} {d.day}, {d.year}", f"{d:%m/%d}"])
        m = _MONTHS.get(lang, _EN_MONTHS)[d.month - 1]
        return self.rng.choice([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d.day} {m}"])

    def p_time(self) -> str:
        h, mi = self.rng.randint(7, 20), self.rng.choice([0, 15, 30, 45])
        return self.rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"])

    def p_ts(self) -> str:
        t = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 86400 * 1000))
        return self.rng.choice([f"{t:%Y-%m-%dT%H:%M:%SZ}", f"{t:%Y-%m-%d %H:%M:%S}.{self.rng.randint(0, 999):03d}",
                                f"{t:%d/%b/%Y:%H:%M:%S} +0000", f"{t:%Y-%m-%dT%H:%M:%S}+01:00"])

    # -- secrets --
    def p_password(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.f.password(length=self.rng.randint(10, 16))
        if r < 0.6:
            w1 = self.rng.choice(["Blue", "Happy", "Red", "Silver", "Lucky", "Green", "Crazy", "Golden", "Little", "Big"])
            w2 = self.rng.choice(["Monkey", "Tiger", "Pancake", "Rocket", "Garden", "Kitten", "Penguin", "Castle", "Ocean", "Walrus"])
            return f"{w1}{w2}{self.rng.randint(1, 99)}{self.rng.choice('!@#$%&*')}"
        if r < 0.75:
            return self.rng.choice(["P@ssw0rd", "S3cur3Pa$$", "Adm1n!str8", "L3tM3In!", "W3lc0me#", "Qw3rty!!", "Tr0ub4dor&3"]) + str(self.rng.randint(1, 2026))
        if r < 0.87:
            return self.rng.choice(["letmein", "sunshine", "iloveyou", "football", "princess", "dragon", "baseball", "shadow"]) + str(self.rng.randint(1, 9999))
        words = ["correct", "horse", "battery", "staple", "purple", "window", "anchor", "biscuit", "cactus", "lantern", "meadow", "walnut"]
        return self.rng.choice(["-", "_", "."]).join(self.rng.sample(words, 4))

    def p_api_key(self) -> str:
        rng = self.rng
        return rng.choice([
            f"sk_live_{_chars(rng, rng.choice([24, 34, 99]))}",
            f"rk_live_{_chars(rng, 24)}",
            f"AKIA{_chars(rng, 16, string.ascii_uppercase + '234567')}",
            f"ghp_{_chars(rng, 36)}",
            f"xoxp-{rng.randint(10**9, 10**10)}-{rng.randint(10**11, 10**12)}-{rng.randint(10**11, 10**12)}-{_chars(rng, 32, '0123456789abcdef')}",
            f"key-{_chars(rng, 32, '0123456789abcdef')}",
            f"sk-{_chars(rng, 48)}",
            f"AIza{_chars(rng, 35, _ALNUM + '-_')}",
            f"hf_{_chars(rng, 34)}",
            f"npm_{_chars(rng, 36)}",
            _chars(rng, 32, "0123456789abcdef"),
        ])

    # -- look-alikes (never labelled) --
    def p_order(self) -> str:
        rng = self.rng
        return rng.choice([f"#{rng.randint(100000, 9999999)}", f"ORD-{_chars(rng, 8, string.ascii_uppercase + string.digits)}",
                           f"{rng.randint(100, 999)}-{_digits(rng, 7)}-{_digits(rng, 7)}", f"W{_digits(rng, 9)}", f"SO{rng.randint(100000, 999999)}"])

    def p_track(self) -> str:
        rng = self.rng
        return rng.choice([
            f"1Z{_chars(rng, 6, string.ascii_uppercase + string.digits)}{_digits(rng, 10)}",
            _group("94" + _digits(rng, 20), [4] * 6, " "),
            _digits(rng, 12),
            f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}{_digits(rng, 9)}GB",
            f"JD{_digits(rng, 18)}",
        ])

    def p_version(self) -> str:
        rng = self.rng
        return rng.choice([
            f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 30)}.{rng.randint(0, 255)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}",
            f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 9)}",
            f"{rng.randint(1, 6)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-beta.{rng.randint(1, 9)}",
        ])

    def p_epoch(self) -> str:
        return str(self.rng.randint(1_700_000_000, 1_790_000_000)) + (_digits(self.rng, 3) if self.rng.random() < 0.4 else "")

    def p_money(self) -> str:
        rng = self.rng
        a, c = rng.randint(1, 4999), rng.randint(0, 99)
        return rng.choice([f"${a:,}.{c:02d}", f"€{a}.{c:02d}", f"£{a}.{c:02d}", f"EUR {a:,}".replace(",", ".") + f",{c:02d}",
                           f"{a},{c:02d} zł", f"{a} kr", f"CAD {a}.{c:02d}", f"USD {a:,}.{c:02d}"])

    PRODUCT_NAMES = ["Harper", "Eleanor", "Oscar", "Margot", "Henrik", "Beatrice", "Hugo", "Matilda", "Felix", "Louisa",
                     "Arthur", "Clara", "Otto", "Greta", "Theo", "Ingrid", "Jackson", "Wellington", "Chesterfield"]

    def p_product(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return rng.choice(["Earl Grey tea", "Eggs Benedict", "Caesar salad", "Margherita pizza", "Beef Wellington", "Peach Melba",
                               "Bloody Mary mix", "Tom Collins glasses"])
        noun = rng.choice(["Sofa", "Armchair", "Desk Lamp", "Bookcase", "Bed Frame", "Dining Table", "Floor Lamp", "Wardrobe",
                           "Coffee Table", "Sideboard", "Boots", "Duvet Cover", "5-Drawer Chest"])
        extra = rng.choice(["", "", " in Oak", " - Grey", " (Walnut)", " XL", " Set"])
        return f"{rng.choice(self.PRODUCT_NAMES)} {noun}{extra}"

    def p_brand(self) -> str:
        return self.rng.choice(["Baker Street Coffee", "Abbey Road Studios", "Penny Lane Records", "Sunset Boulevard Diner", "Carnaby Street Boutique",
                                "Main Street Bakery", "Ocean Drive Surf Co.", "Bourbon Street Grill", "Fifth Avenue Florist", "Wall Street Fitness",
                                "Madison Avenue Dental", "Portobello Road Antiques", "Bleecker Street Books", "Rodeo Drive Salon", "Elm Street Deli",
                                "Kings Road Cycles"])

    def p_mask4(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    def p_masked(self) -> str:
        last = f"{self.rng.randint(0, 9999):04d}"
        return self.rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"{self.rng.choice(['411111', '545454', '601100'])}******{last}"])

    def p_bcrypt(self) -> str:
        return f"$2{self.rng.choice('aby')}${self.rng.choice(['10', '12'])}$" + _chars(self.rng, 53, _ALNUM + "./")

    def p_sha(self) -> str:
        return _chars(self.rng, self.rng.choice([40, 64]), "0123456789abcdef")

    def p_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def p_lot(self) -> str:
        """SSN-shaped lot and part numbers that no SSN can be (group 00, or area 666)."""
        if self.rng.random() < 0.7:
            return f"{self.rng.randint(100, 899)}-00-{self.rng.randint(1000, 9999)}"
        return f"666-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"

    def p_rfref(self) -> str:
        """An ISO 11649 creditor reference (RF + mod-97 check): IBAN-shaped, not an account."""
        ref = _digits(self.rng, self.rng.randint(8, 16))
        num = "".join(str(int(ch, 36)) for ch in ref + "RF00")
        return _group(f"RF{98 - int(num) % 97:02d}{ref}", [4] * 7, " ")

    def p_ext(self) -> str:
        return str(self.rng.randint(100, 9999))

    def p_ticket(self) -> str:
        rng = self.rng
        return rng.choice([f"INC{rng.randint(0, 9999999):07d}", f"ZD-{rng.randint(1000, 99999)}", f"HELP-{rng.randint(100, 9999)}", f"#{rng.randint(10000, 99999)}"])

    def p_routing(self) -> str:
        """A checksum-valid ABA routing number: identifies a bank, not a person."""
        d = [int(c) for c in f"{self.rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _digits(self.rng, 6)]
        chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(chk)

    def p_otp(self) -> str:
        return _digits(self.rng, 6)

    def p_company(self) -> str:
        return self.f.company()


def _kv(entity, fn):
    return (entity, lambda v, ctx, tag: fn(v), False)


def _kl(entity, fn):
    return (entity, lambda v, ctx, tag: fn(v, ctx.lang), False)


def _kp(entity, fmt):
    return (entity, _person_kind(fmt), True)


KINDS_F = {  # `probe` only
    "PERSON": _kp("PERSON", lambda v, p: _full(p)),
    "FIRST": _kp("PERSON", lambda v, p: p[0]),
    "LAST": _kp("PERSON", lambda v, p: p[2]),
    "LOWER": _kp("PERSON", lambda v, p: _full(p).lower()),
    "INITLAST": _kp("PERSON", lambda v, p: f"{p[0][0]}. {p[2]}"),
    "EMAIL": _kp("EMAIL_ADDRESS", lambda v, p: v.p_email_for(p)),
    "PHONE": _kv("PHONE_NUMBER", ProbeValues.p_phone),
    "CARD": _kv("CREDIT_CARD", ProbeValues.p_card),
    "SSN": _kv("US_SSN", ProbeValues.p_ssn),
    "BANK": _kv("US_BANK_NUMBER", ProbeValues.p_bank),
    "IBAN": _kv("IBAN_CODE", ProbeValues.p_iban),
    "IP": _kv("IP_ADDRESS", ProbeValues.p_ip),
    "IP6": _kv("IP_ADDRESS", ProbeValues.p_ip6),
    "ADDR": _kv("STREET_ADDRESS", ProbeValues.p_addr),
    "ADDRML": _kv("STREET_ADDRESS", ProbeValues.p_addr_ml),
    "STREET": _kv("STREET_ADDRESS", ProbeValues.p_street),
    "POBOX": _kv("STREET_ADDRESS", ProbeValues.p_pobox),
    "CITY": _kv("LOCATION", ProbeValues.p_city),
    "SITE": _kv(None, ProbeValues.p_city),  # a site's town (`the {SITE} hub`): no place, the label conventions
    "DOB": _kl("DATE_OF_BIRTH", ProbeValues.p_dob),
    "PW": _kv("PASSWORD", ProbeValues.p_password),
    "KEY": _kv("API_KEY", ProbeValues.p_api_key),
    # look-alikes
    "ORDER": _kv(None, ProbeValues.p_order), "TRACK": _kv(None, ProbeValues.p_track), "VER": _kv(None, ProbeValues.p_version),
    "TS": _kv(None, ProbeValues.p_ts), "EPOCH": _kv(None, ProbeValues.p_epoch), "MONEY": _kv(None, ProbeValues.p_money),
    "PRODUCT": _kv(None, ProbeValues.p_product), "BRAND": _kv(None, ProbeValues.p_brand), "MASK4": _kv(None, ProbeValues.p_mask4),
    "MASKED": _kv(None, ProbeValues.p_masked), "BCRYPT": _kv(None, ProbeValues.p_bcrypt), "SHA": _kv(None, ProbeValues.p_sha),
    "UUID": _kv(None, ProbeValues.p_uuid), "DATE": _kl(None, ProbeValues.p_date), "TIME": _kv(None, ProbeValues.p_time),
    "LOT": _kv(None, ProbeValues.p_lot), "RFREF": _kv(None, ProbeValues.p_rfref), "EXT": _kv(None, ProbeValues.p_ext),
    "TICKET": _kv(None, ProbeValues.p_ticket), "ROUTING": _kv(None, ProbeValues.p_routing), "OTP": _kv(None, ProbeValues.p_otp),
    "COMPANY": _kv(None, ProbeValues.p_company),
}


# `probe`: written 2026-11-26 by an independent author before the scanner ran on it. Its errors
# are read to find general fixes.
TEMPLATES_F = [
    ("en", "Subject: Re: Refund for order {ORDER}\n\nHi {FIRST@a},\n\nThe refund of {MONEY} went back to the card ending {MASK4} on {DATE}. "
           "It can take 5-10 business days to show on your statement.\n\nKind regards,\n{PERSON@b}\nCustomer Care\n\n"
           "> On {DATE}, {PERSON@a} <{EMAIL@a}> wrote:\n> Still nothing on my side. Please call me on {PHONE}."),
    ("en", "Hello team,\n\nplease find the signed lease attached.\n\nThanks,\n{PERSON@a}\nOffice Manager | {COMPANY}\nM: {PHONE} | E: {EMAIL@a}\n{ADDR}"),
    ("en", "Ticket {TICKET} | Priority: High | Channel: web\nRequester: {PERSON@a} ({EMAIL@a})\nPhone: {PHONE}\n"
           "Description: can't log in since the update to {VER}, tried resetting twice."),
    ("en", "[09:14] Agent {FIRST@b}: Hi, thanks for contacting us! Who am I speaking with?\n[09:14] Visitor: {LOWER@a}\n"
           "[09:15] Agent {FIRST@b}: Thanks {FIRST@a}! Can you confirm the phone number on the account?\n[09:15] Visitor: {PHONE}"),
    ("en", "Hi {FIRST}, your order {ORDER} is out for delivery today between {TIME} and {TIME}. Track it: {TRACK}. Reply STOP to opt out."),
    ("en", "Call note: cust {PERSON} rang re double charge of {MONEY}. Verified DOB {DOB} + last 4 of card ({MASK4}). Wants a callback on {PHONE} after 5pm."),
    ("en", "met w/ {LOWER@a} at the expo - wants pricing for 40 seats. f/u at {EMAIL@a} next wk"),
    ("en", "New hire paperwork for {PERSON}: SSN {SSN}, date of birth {DOB}, home address {ADDR}. Start date {DATE}, badge photo pending."),
    ("en", "Direct deposit form\nEmployee: {PERSON}\nBank routing #: {ROUTING}\nAccount #: {BANK}\nAccount type: Checking"),
    ("en", "Booking confirmation {ORDER}\nGuest: Mr. {PERSON}\nArrival: {DATE}\nRoom: Deluxe King, non-smoking\nContact number: {PHONE}\nSpecial requests: late check-in"),
    ("en", "Deliver to:\n{PERSON}\n{ADDRML}\nLeave at the back door if no answer. Tel {PHONE}"),
    ("en", '{"ts":"{TS}","level":"info","event":"login_success","user":"{EMAIL}","ip":"{IP}","app":"portal","version":"{VER}"}'),
    ("en", "{TS} WARN payments declined txn={UUID} card={CARD} amount={MONEY} client_ip={IP} attempt=3"),
    ("en", "Form submission (contact-us)\nname={PERSON@a}\nemail={EMAIL@a}\nphone={PHONE}\n"
           "message=Please call me about the {PRODUCT}, I saw it in your catalogue.\nsubmitted_at={TS}"),
    ("en", "Hey {FIRST}, I've reset your VPN account. Temporary password: {PW} - you'll be asked to change it at first login."),
    ("en", "{FIRST}: can someone rotate this key? I accidentally pasted it in the general channel: {KEY}"),
    ("en", "# .env.production\nAPI_KEY={KEY}\nDB_HOST=db.internal\nAPP_VERSION={VER}\nFEATURE_FLAGS=checkout_v2,dark_mode"),
    ("en", "Customer read the card number out loud: {CARD}, exp 08/28. Order {ORDER}, total {MONEY}. Told them never to share the CVV in chat."),
    ("en", "Please refund to my IBAN {IBAN} (account holder: {PERSON}). The old card ending {MASK4} has been cancelled."),
    ("en", "Firewall blocked {IP} after 50 failed logins for {EMAIL}. Ticket {TICKET} opened for the SOC."),
    ("en", "Release notes {VER}: fixes the sync bug introduced in {VER}; artifact sha256 {SHA}. No customer action required."),
    ("en", "Back in stock: the {PRODUCT} and the {PRODUCT}. They ship in 3-5 days, use code SPRING15 for 15% off."),
    ("en", "Your table at {BRAND} is booked for {TIME} on {DATE}, party of 4. Booking ref {ORDER}."),
    ("en", "QA hold on lot {LOT} (part {ORDER}); re-test scheduled for {DATE} on line 3."),
    ("en", "Dr. {LAST} asked us to move the appointment for {PERSON} (born {DOB}) to {DATE} at {TIME}."),
    ("en", "Please update my billing address to {POBOX}. Thanks, {FIRST}"),
    ("en", "Hi, I moved! My new address is {ADDR}. Can you update my account and resend invoice {ORDER}?"),
    ("en", "{PERSON@a}\nSenior Buyer, {COMPANY}\nTel: {PHONE}\nMobile: {PHONE}\n{EMAIL@a}"),
    ("en", "Lead: {PERSON} ({COMPANY}), budget {MONEY}, decision by {DATE}. Prefers WhatsApp: {PHONE}."),
    ("en", "Your verification code is {OTP}. It expires in 10 minutes. Never share it with anyone, including our staff."),
    ("en", "Shipment {TRACK} is delayed at the {SITE} hub. New ETA {DATE}. Questions? Just reply to this e-mail."),
    ("en", "Asset LT-{EXT} assigned to {PERSON}; last seen on {IP}, OS build {VER}."),
    ("en", "Claimant: {PERSON} / D.O.B.: {DOB} / Policy: {ORDER} / Address: {ADDR}"),
    ("en", "Front desk: passport scanned for {PERSON}, date of birth {DOB}, room 412, checkout {DATE}."),
    ("en", "Fraud review: order {ORDER} paid with {CARD}, shipping to {ADDR}, device IP {IP}. Billing ZIP mismatch."),
    ("en", 'Voicemail (0:42) from {PHONE}: "hi it\'s {FIRST} again, calling about the {PRODUCT} I returned, please call me back"'),
    ("en", "ACH return R03 on account {BANK} (routing {ROUTING}) for {PERSON}; amount {MONEY}."),
    ("en", "Job nightly-export finished at {TS} in 00:14:52; 1,204,883 rows; exit code 0; worker build {VER}."),
    ("en", 'Reminder: {PERSON} invited you to "Q3 planning" on {DATE} at {TIME}, room {EXT}.'),
    ("en", "Re: account locked\n\n> username: {EMAIL@a}\n> password: {PW}\n> birthday: {DOB}\n\n"
           "Please never send passwords by e-mail, {FIRST@a}. I've locked the account and sent you a reset link.\n\n{PERSON@b}, IT Service Desk"),
    ("en", "Candidate {PERSON@a}, based in {CITY}. CV received {DATE}. Phone screen with {FIRST@b} on {DATE}; expected salary {MONEY}."),
    ("en", "We could not deliver to {ADDR}. A card was left: collect the parcel from the delivery office with photo ID. Ref {TRACK}."),
    ("en", "Merged PR #{EXT} from {LOWER@a} <{EMAIL@a}>: bump lib to {VER}, commit {SHA}."),
    ("en", "migrated user id={UUID} pw_hash={BCRYPT} password_changed_at={TS} email_verified=true phone_ext={EXT}"),
    ("en", "SSN on the W-9 is {SSN}, but the name ({PERSON}) doesn't match IRS records. Please re-submit."),
    ("en", "Pls send the replacement to my sister {PERSON}, {STREET}, {CITY}. She's home all week."),
    ("en", "Paid with a {BRAND} gift card, card {MASKED}; remaining balance {MONEY}. Thank you for shopping with us!"),
    ("en", 'GET /api/v2/orders?customer_email={EMAIL} 200 312ms ip={IP} ua="Mozilla/5.0" req_id={UUID}'),
    ("en", "Your new login for the partner portal: user {EMAIL}, password {PW}. Please change it after the first sign-in."),
    ("en", "IPv6 client {IP6} hit the rate limit 17 times; throttled for 900s (rule {TICKET})."),
    ("en", "Hi {FIRST}! Happy birthday from all of us at {BRAND}! Enjoy 20% off until {DATE}."),
    ("en", "Emergency contact for {PERSON@a}: {PERSON@b} (spouse), {PHONE}."),
    ("en", "Invoice {ORDER} for {MONEY} is due {DATE}. Pay by card or bank transfer quoting {RFREF}. Last sync {EPOCH}."),
    ("en", "export row 1842: {PERSON@a} | {DOB} | {EMAIL@a} | {CITY} | {ORDER}"),
    ("es", "Hola {FIRST}, tu pedido {ORDER} llegará el {DATE}. Si no estás en casa te llamaremos al {PHONE}."),
    ("es", "Nombre: {PERSON}\nDirección: {ADDR}\nTeléfono: {PHONE}\nFecha de nacimiento: {DOB}\nContraseña: {PW}"),
    ("es", "Buenas tardes, soy {PERSON}. Me han cobrado dos veces {MONEY}. Mi IBAN es {IBAN}. Un saludo."),
    ("es", "La Sra. {LAST} llamó: dice que su nueva contraseña {PW} no funciona desde la IP {IP}."),
    ("es", 'Customer wrote (ES): "hola, soy {FIRST}, mi número es {PHONE}" - asks for a callback about {ORDER}.'),
    ("fr", "Bonjour {FIRST@a},\n\nVotre colis {TRACK} a été livré au {ADDR}.\n\nCordialement,\n{PERSON@b}\nService client"),
    ("fr", "M. {LAST} (né le {DOB}) souhaite changer son numéro de téléphone : {PHONE}."),
    ("fr", "Votre mot de passe temporaire est {PW}. Adresse IP de la demande : {IP}. Si ce n'était pas vous, contactez-nous."),
    ("de", "Sehr geehrte Frau {LAST@a},\n\nvielen Dank für Ihre Bestellung {ORDER}. Die Rechnung über {MONEY} geht an {EMAIL@a}.\n\n"
           "Mit freundlichen Grüßen\n{PERSON@b}"),
    ("de", "Rückrufbitte: {PERSON}, Tel. {PHONE}, geb. {DOB}, wohnhaft {ADDR}."),
    ("de", "Bitte überweisen Sie den Betrag an: IBAN {IBAN}, Kontoinhaber {PERSON}, Verwendungszweck {ORDER}."),
    ("it", "Gentile {PERSON}, la sua prenotazione per il {DATE} è confermata. Per modifiche chiami il {PHONE}."),
    ("it", "Cliente: {PERSON}, nato il {DOB} a {CITY}, residente in {ADDR}."),
    ("pt", "Olá {FIRST}! A sua encomenda {ORDER} foi enviada para {ADDR}. Telemóvel de contacto: {PHONE}."),
    ("pt", "Dados do cliente: nome {PERSON@a}; data de nascimento {DOB}; palavra-passe {PW}; email {EMAIL@a}"),
    ("nl", "Beste {FIRST@a},\n\nUw afspraak staat gepland op {DATE} om {TIME}. Bij verhindering graag bellen naar {PHONE}.\n\n"
           "Met vriendelijke groet,\n{PERSON@b}"),
    ("nl", "Klant {PERSON} heeft een nieuw adres doorgegeven: {ADDR}. Geboortedatum {DOB}."),
    ("pl", "Dzień dobry, nazywam się {PERSON}. Proszę o kontakt pod numerem {PHONE} w sprawie zamówienia {ORDER}."),
    ("pl", "Pan {LAST} zgłosił zmianę adresu na {ADDR}, data urodzenia {DOB}, tel. {PHONE}."),
    ("sv", "Hej {FIRST}! Din beställning {ORDER} har skickats till {ADDR}. Frågor? Svara på detta sms."),
    ("sv", "Kund: {PERSON}, född {DOB}, telefon {PHONE}, lösenord {PW}"),
]


def _structured_probe(rows: int, seed: int) -> dict[str, list[Column]]:
    """The `probe` split's tables, written 2026-11-26 by an independent author before the
    scanner ran on them. Header styles: camelCase, abbreviations (emp_fnm, ph_no, addr_ln1),
    Spanish and French headers (with accents), spreadsheet headers with spaces and units,
    generic field_N headers; container names of other domains (helpdesk, HR, hotel, parcel
    delivery, gym, integrations, web analytics). Look-alike columns that hold no entity:
    verification flags, password_changed_at-style timestamps, phone extensions, hire dates,
    routing numbers, masked cards, hashes, fingerprints, product names that look like names,
    street-named brands. Some PII columns are sparse or hold placeholders ("n/a", "-"), some
    mix locales row by row. Every value is drawn from rng: no clock."""
    rng = random.Random(f"probe-{seed}")
    kit = _CastColumns(rng, LOCALES["probe"], rows, blank=0.04, vcls=ProbeValues)
    col, const = kit.col, kit.const
    P = ProbeValues

    def ts(v: ProbeValues) -> str:
        t = dt.datetime(2021, 1, 1) + dt.timedelta(seconds=rng.randint(0, 86400 * 2000))
        return f"{t:%Y-%m-%dT%H:%M:%S}Z"

    def day(v: ProbeValues) -> str:
        return f"{dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 4000)):%Y-%m-%d}"

    def e164(v: ProbeValues) -> str:
        return phonenumbers.format_number(_phone_num(rng, v.region), phonenumbers.PhoneNumberFormat.E164)

    def intl(v: ProbeValues) -> str:
        return phonenumbers.format_number(_phone_num(rng, v.region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def dob_iso(v: ProbeValues) -> str:
        return f"{v.f.date_between_dates(dt.date(1940, 1, 1), dt.date(2007, 12, 31)):%Y-%m-%d}"

    return {
        "helpdeskRequesters": [
            col("requesterName", "PERSON", lambda v: _full(v.cast_name())),
            col("contactEmail", "EMAIL_ADDRESS", P.p_email),
            col("callbackNumber", "PHONE_NUMBER", P.p_phone, mixed=True),
            col("postalAddress", "STREET_ADDRESS", P.p_addr),
            col("custBirthday", "DATE_OF_BIRTH", lambda v: v.p_dob("en"), blank=0.3),
            const("emailVerified", lambda v: rng.choice(["true", "false"])),
            const("isPhoneVerified", lambda v: rng.choice(["0", "1"])),
            const("phoneExt", P.p_ext, blank=0.4),
            const("passwordChangedAt", ts),
            const("openTickets", lambda v: str(rng.randint(0, 12))),
            const("lastTicketRef", P.p_ticket),
            const("slaTier", lambda v: rng.choice(["Gold", "Silver", "Bronze", "Enterprise"])),
            const("createdAt", ts),
            const("csatScore", lambda v: f"{rng.randint(10, 50) / 10:.1f}"),
        ],
        "hr_empl_mstr": [
            col("emp_fnm", "PERSON", lambda v: v.cast_name()[0], locale="en_US"),
            col("emp_lnm", "PERSON", lambda v: v.cast_name()[2], locale="en_US"),
            col("tax_id_no", "US_SSN", P.p_ssn),
            col("bnk_acct_no", "US_BANK_NUMBER", P.p_bank, blank=0.15),
            col("addr_ln1", "STREET_ADDRESS", P.p_street, locale="en_US"),
            col("cty_nm", "LOCATION", P.p_city, locale="en_US"),
            col("ph_no", "PHONE_NUMBER", P.p_phone, locale="en_US"),
            col("dob_dt", "DATE_OF_BIRTH", dob_iso),
            const("bnk_rtg_no", P.p_routing),
            const("emp_no", lambda v: f"E{rng.randint(0, 999999):06d}"),
            const("dept_cd", lambda v: rng.choice(["FIN", "HR", "ENG", "OPS", "MKT", "LEG"])),
            const("hire_dt", day),
            const("term_dt", day, blank=0.85),
            const("sal_amt", lambda v: f"{rng.randint(35000, 210000)}.00"),
            const("mgr_emp_no", lambda v: f"E{rng.randint(0, 999999):06d}"),
            const("pto_bal_hrs", lambda v: f"{rng.randint(0, 200)}.{rng.choice(['0', '5'])}"),
            const("ACADEMIC_YEAR_CODE", lambda v: rng.choice(["AY2324", "AY2425", "AY2526"])),
        ],
        "reservas_hotel": [
            col("nombre_huesped", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("correo_electronico", "EMAIL_ADDRESS", P.p_email, mixed=True),
            col("telefono_movil", "PHONE_NUMBER", P.p_phone, locale="es_ES"),
            col("domicilio", "STREET_ADDRESS", P.p_addr, locale="es_ES"),
            col("fecha_nac", "DATE_OF_BIRTH", lambda v: v.p_dob("es"), locale="es_ES"),
            col("num_tarjeta", "CREDIT_CARD", P.p_card),
            const("num_reserva", lambda v: f"RES{rng.randint(100000, 999999)}"),
            const("fecha_entrada", lambda v: v.p_date("es")),
            const("fecha_salida", lambda v: v.p_date("es")),
            const("habitacion", lambda v: rng.choice([str(rng.randint(101, 620)), f"Suite {rng.randint(1, 9)}"])),
            const("importe_eur", lambda v: f"{rng.randint(60, 2400)},{rng.randint(0, 99):02d}"),
            const("canal", lambda v: rng.choice(["Booking.com", "Expedia", "Web directa", "Teléfono", "Agencia"])),
            const("tarjeta_enmascarada", P.p_masked),
            const("noches", lambda v: str(rng.randint(1, 14))),
        ],
        "livraisons_colis": [
            col("destinataire", "PERSON", lambda v: _full(v.cast_name()), locale="fr_FR"),
            col("adresse_livraison", "STREET_ADDRESS", P.p_addr_ml, locale="fr_FR"),
            col("commune", "LOCATION", P.p_city, locale="fr_FR"),
            col("tél_portable", "PHONE_NUMBER", P.p_phone, locale="fr_FR", junk=0.1),
            col("adresse_mél", "EMAIL_ADDRESS", P.p_email, blank=0.25),
            const("numéro_suivi", P.p_track),
            const("poids (kg)", lambda v: f"{rng.uniform(0.1, 30):.2f}".replace(".", ",")),
            const("créneau", lambda v: rng.choice(["08:00-12:00", "12:00-14:00", "14:00-18:00", "18:00-21:00"])),
            const("code_relais", lambda v: f"RL-{rng.randint(10000, 99999)}"),
            const("statut", lambda v: rng.choice(["livré", "en transit", "avisé", "retourné"])),
            const("date_livraison", lambda v: v.p_date("fr")),
        ],
        "Member Export 2025": [
            col("Member Name", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("Mobile (intl.)", "PHONE_NUMBER", intl, mixed=True),
            col("E-mail address", "EMAIL_ADDRESS", P.p_email, mixed=True),
            col("Home address (line 1)", "STREET_ADDRESS", P.p_street),
            col("Home town", "LOCATION", P.p_city),
            col("Birth date (YYYY-MM-DD)", "DATE_OF_BIRTH", dob_iso),
            const("Height (cm)", lambda v: str(rng.randint(150, 205))),
            const("Weight (kg)", lambda v: f"{rng.uniform(48, 130):.1f}"),
            const("Monthly fee (USD)", lambda v: rng.choice(["29.99", "49.00", "79.50", "119.00"])),
            const("Joined on", day),
            const("Locker #", lambda v: str(rng.randint(1, 400))),
            const("Favourite class", lambda v: rng.choice(["Spin 45", "Yoga Flow", "HIIT Express", "Pilates Core", "Boxfit", "Aqua Zumba"])),
            const("Referred by member #", lambda v: f"M-{rng.randint(10000, 99999)}", blank=0.6),
        ],
        "integration_creds": [
            col("svcAcctUser", "EMAIL_ADDRESS", P.p_email),
            col("svcAcctPwd", "PASSWORD", P.p_password),
            col("apiSecret", "API_KEY", P.p_api_key),
            col("allowedSourceIp", "IP_ADDRESS", P.p_ip),
            const("secretDigest", lambda v: _chars(rng, 64, "0123456789abcdef")),
            const("keyFingerprint", lambda v: "SHA256:" + _chars(rng, 43, _ALNUM + "+/")),
            const("tokenExpiresAt", ts),
            const("keyId", lambda v: rng.choice([f"key_{rng.randint(2023, 2026)}_{rng.randint(1, 12):02d}", str(uuid.UUID(int=rng.getrandbits(128)))])),
            const("webhookUrl", lambda v: f"https://hooks.example.com/{rng.choice(['orders', 'refunds', 'crm'])}/{_chars(rng, 12, string.ascii_lowercase + string.digits)}"),
            const("scopes", lambda v: rng.choice(["read:orders", "read:orders write:refunds", "admin", "crm.read crm.write"])),
            const("pwdMinLength", lambda v: rng.choice(["8", "12", "14", "16"])),
        ],
        "kv_dump": [
            # headers that say nothing: the values alone must carry the decision
            col("field_1", "EMAIL_ADDRESS", P.p_email, mixed=True),
            col("field_2", "PHONE_NUMBER", e164, mixed=True),
            col("field_3", "IP_ADDRESS", P.p_ip6),
            col("field_4", "IBAN_CODE", lambda v: _iban_of(rng, _IBAN_HOME.get(v.region) or "DE"), mixed=True),
            col("field_5", "CREDIT_CARD", lambda v: _luhn(rng, rng.choice(["4", "51", "55", "2221"]), 16)),
            const("field_6", P.p_epoch),
            const("field_7", lambda v: f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 30)}"),
            const("field_8", P.p_uuid),
            col("field_9", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            const("field_10", P.p_money),
        ],
        "catalogue_items": [
            const("productName", P.p_product),
            const("storeName", P.p_brand),
            const("collection", lambda v: rng.choice(ProbeValues.PRODUCT_NAMES)),
            const("sku", lambda v: f"{_chars(rng, 3, string.ascii_uppercase)}-{rng.randint(1000, 99999)}"),
            const("ean", lambda v: _ean13(rng)),
            const("fwVersion", P.p_version),
            const("priceUsd", lambda v: f"{rng.randint(5, 3000)}.{rng.choice(['00', '49', '99'])}"),
            const("warehouseCode", lambda v: rng.choice(["EWR1", "LHR3", "MAD2", "CDG4", "WAW1", "ARN2"])),
        ],
        "web_sessions": [
            col("remoteIP", "IP_ADDRESS", lambda v: _ip_public_v4(rng)),
            col("userEmail", "EMAIL_ADDRESS", P.p_email, blank=0.35, mixed=True),
            const("sessionTokenSha256", lambda v: _chars(rng, 64, "0123456789abcdef")),
            const("userAgent", lambda v: rng.choice([
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "okhttp/4.12.0", "curl/8.5.0"])),
            const("requestId", P.p_uuid),
            const("durationMs", lambda v: str(rng.randint(3, 30000))),
            const("bytesSent", lambda v: str(rng.randint(200, 5_000_000))),
            const("isBot", lambda v: rng.choice(["true", "false"])),
            const("referrer", lambda v: rng.choice(["https://www.google.com/", "https://duckduckgo.com/", "-", "https://t.co/"])),
        ],
        "crm_contacts_raw": [
            col("Contact", "PERSON", lambda v: _full(v.cast_name()), mixed=True, junk=0.2, blank=0.1),
            col("Phone / Fax", "PHONE_NUMBER", P.p_phone, mixed=True, junk=0.1, blank=0.2),
            col("Owner", "PERSON", lambda v: v.cast_name()[0] + " " + v.cast_name()[2][0] + "."),
            const("Lead Source", lambda v: rng.choice(["Web", "Trade show", "Referral", "Cold call", "Partner"])),
            const("Last Activity", day),
            const("Deal Size", P.p_money),
            const("Stage", lambda v: rng.choice(["Prospect", "Qualified", "Proposal", "Won", "Lost"])),
        ],
    }


class SealedValues(Values):
    """Value shapes of the `sealed` split only (added 2026-11-26, frozen with it). Written
    separately from ProbeValues: other name forms, phone layouts, date formats, key formats,
    passwords and look-alikes, so that fixes made from `probe`'s errors are measured on shapes
    they were not made from."""

    SURNAMES = {
        "en": ["O'Sullivan", "Ní Bhriain", "Ó Súilleabháin", "MacKenzie", "De Souza", "Van Buren", "Le Blanc", "Delacroix-Hart"],
        "es": ["de la Fuente", "del Valle", "Pérez de Arce", "San Martín", "Núñez del Prado"],
        "fr": ["Saint-Pierre", "de Champlain", "Lévesque-Roy", "Du Pont", "L'Espérance"],
        "de": ["von Habsburg", "zur Linden", "auf der Maur", "Müller-Lüdenscheidt"],
        "it": ["De Santis", "Dall'Ara", "Lo Bianco", "Della Valle", "Di Giacomo"],
        "pt": ["dos Reis", "das Neves", "de Oliveira Lima", "do Nascimento"],
        "nl": ["Van den Broeck", "De Smet", "Vanden Eynde", "Van de Velde", "D'Hondt"],
        "pl": ["Nowak-Jeziorańska", "Dąbrowski", "Szczęsny"],
        "sv": ["af Ugglas", "De Geer", "Ehrensvärd"],
        "da": ["Løkke Rasmussen", "af Rosenborg", "Bønnelykke"],
    }
    FIRSTS = {"en": ["Mary-Kate", "Jo-Anne", "Tyler-James"], "fr": ["Marie-Ève", "Jean-François", "Marie-Hélène", "Pierre-Luc"],
              "es": ["María José", "Juan Pablo", "Ana Belén"], "pt": ["Maria Eduarda", "João Pedro"], "de": ["Franz-Josef", "Eva-Maria"],
              "da": ["Hans-Christian", "Anne-Mette"], "nl": ["Marie-Louise", "Jean-Pierre"]}
    MAIL = {"en": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "me.com", "bigpond.com", "eircom.net", "comcast.net", "live.co.uk", "optusnet.com.au"],
            "es": ["gmail.com", "hotmail.com", "yahoo.com.ar", "vtr.net"], "fr": ["videotron.ca", "sympatico.ca", "bluewin.ch", "gmail.com"],
            "de": ["aon.at", "gmx.at", "chello.at", "gmail.com"], "it": ["alice.it", "libero.it", "fastwebnet.it", "gmail.com"],
            "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"], "nl": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
            "pl": ["poczta.fm", "gazeta.pl", "op.pl", "gmail.com"], "sv": ["spray.se", "comhem.se", "outlook.com", "gmail.com"],
            "da": ["jubii.dk", "mail.dk", "stofanet.dk", "gmail.com"]}
    TLD = {"US": "com", "GB": "co.uk", "AU": "com.au", "IE": "ie", "CL": "cl", "CA": "ca", "CH": "ch", "AT": "at", "IT": "it",
           "BR": "com.br", "BE": "be", "PL": "pl", "SE": "se", "DK": "dk"}

    def __init__(self, locale: str, rng: random.Random):
        super().__init__(locale, rng)
        self.locale = locale
        self.lang = locale.split("_")[0]

    # -- people --
    def cast_name(self) -> tuple[str, str, str]:
        first, middle, last = self.f.first_name(), "", self.f.last_name()
        r = self.rng.random()
        if r < 0.1:
            last = self.rng.choice(self.SURNAMES.get(self.lang, self.SURNAMES["en"]))
        elif r < 0.17 and self.lang in self.FIRSTS:
            first = self.rng.choice(self.FIRSTS[self.lang])
        elif r < 0.25 and self.lang in ("es", "pt"):
            last = f"{last} {self.f.last_name()}"
        elif r < 0.3:
            last = f"{last}-{self.f.last_name()}"
        elif r < 0.36 and self.lang == "en":
            last = f"{last} {self.rng.choice(['Jr.', 'Sr.', 'III', 'II'])}"
        elif r < 0.42 and self.lang == "en":
            middle = self.f.first_name()
        return first, middle, last

    def s_email_for(self, parts: tuple[str, str, str]) -> str:
        first, _, last = parts
        f = _ascii(first.split(" ")[0]).lower().replace("-", "") or "hello"
        l = _ascii(last.split(" ")[0]).lower().replace("'", "").replace("-", "") or "post"
        local = self.rng.choice([f"{f}.{l}", f"{f}-{l}", f"{l}{f[0]}", f"{f}{l[0]}", f"{f}.{l}.{self.rng.randint(70, 2009)}",
                                 f"{f[0]}{l}{self.rng.randint(1, 99)}", f"{f}+shop", f"{l}_{f}", f"{f.capitalize()}.{l.capitalize()}"])
        if self.rng.random() < 0.5:
            domain = self.rng.choice(self.MAIL.get(self.lang, self.MAIL["en"]))
        else:
            word = _ascii(self.f.last_name().split(" ")[0]).lower() or "firm"
            domain = f"{self.rng.choice(['', 'mail.', 'corp.'])}{word}{self.rng.choice(['', 'partners', '-ltd', 'co', 'legal'])}.{self.TLD.get(self.region, 'com')}"
        return f"{local}@{domain}"

    def s_email(self) -> str:
        return self.s_email_for(self.cast_name())

    # -- numbers and identifiers --
    def s_phone(self) -> str:
        num = _phone_num(self.rng, self.region if self.rng.random() < 0.92 else self.rng.choice(["US", "GB", "AU", "IE"]))
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        natl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        style = self.rng.choices(["intl", "natl", "e164", "trunk", "dash", "paren_cc", "slash", "pairs", "nanp_paren"],
                                 [25, 25, 10, 10, 10, 5, 5, 5, 5])[0]
        cc = f"+{num.country_code}"
        rest = intl[len(cc):].strip()
        if style == "intl":
            return intl
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if style == "trunk" and natl.startswith("0"):
            return f"{cc} (0){rest}"
        if style == "dash":
            return f"{cc}-{rest.replace(' ', '-')}"
        if style == "paren_cc":
            return f"({cc}) {rest}"
        digits = "".join(c for c in natl if c.isdigit())
        if style == "slash" and digits.startswith("0") and len(digits) > 7:
            cut = self.rng.choice([3, 4])
            return f"{digits[:cut]}/{digits[cut:]}"
        if style == "pairs" and len(digits) == 10 and self.region in ("CH", "BE"):
            return ".".join(digits[i : i + 2] for i in range(0, 10, 2))
        if style == "nanp_paren" and num.country_code == 1:
            d = str(num.national_number)
            return f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
        return natl

    def s_phone_e164(self) -> str:
        return phonenumbers.format_number(_phone_num(self.rng, self.region), phonenumbers.PhoneNumberFormat.E164)

    def s_card(self) -> str:
        brand = self.rng.choices(["visa", "mc", "amex", "diners", "jcb", "disc", "maestro"], [35, 25, 15, 5, 10, 5, 5])[0]
        num = {"visa": lambda: _luhn(self.rng, "4", 16), "mc": lambda: _luhn(self.rng, self.rng.choice(["51", "53", "55", "22", "27"]), 16),
               "amex": lambda: _luhn(self.rng, self.rng.choice(["34", "37"]), 15), "diners": lambda: _luhn(self.rng, self.rng.choice(["300", "305", "36", "38"]), 14),
               "jcb": lambda: _luhn(self.rng, "35" + str(self.rng.randint(28, 89)), 16), "disc": lambda: _luhn(self.rng, "6011", 16),
               "maestro": lambda: _luhn(self.rng, self.rng.choice(["6759", "6761", "5018"]), 19)}[brand]()
        sep = self.rng.choices([" ", "-", ""], [50, 20, 30])[0]
        if not sep:
            return num
        sizes = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}.get(len(num), [4, 4, 4, 4])
        return _group(num, sizes, sep)

    def s_ssn(self) -> str:
        area = self.rng.randint(1, 899)
        area = 667 if area == 666 else area
        s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        r = self.rng.random()
        return s if r < 0.75 else s.replace("-", " ") if r < 0.87 else s.replace("-", "")

    def s_bank(self) -> str:
        return str(self.rng.randint(1, 9)) + _digits(self.rng, self.rng.randint(8, 16))

    def s_iban(self) -> str:
        cc = _IBAN_HOME.get(self.region) or self.rng.choice(["GB", "IE", "DE", "ES", "CH"])
        if self.region == "CA":
            cc = "FR"
        iban = _iban_of(self.rng, cc)
        return iban if self.rng.random() < 0.4 else _group(iban, [4] * 9, " ")

    def s_ip(self) -> str:
        return _ip_public_v4(self.rng) if self.rng.random() < 0.65 else _ip_public_v6(self.rng)

    def s_ip6(self) -> str:
        return _ip_public_v6(self.rng)

    # -- places --
    def _lines(self) -> list[str]:
        for _ in range(20):
            raw = self.f.address()
            if not any(w in raw for w in ("PSC ", "USNS", "USNV", "USS ", "USCGC", "Unit ", "DPO", "FPO", "APO")):
                break
        return [p.strip() for p in raw.split("\n") if p.strip()]

    def s_addr(self) -> str:
        lines = self._lines()
        return self.rng.choices([", ", " ", " / "], [70, 20, 10])[0].join(lines)

    def s_addr_ml(self) -> str:
        return "\n".join(self._lines())

    def s_street(self) -> str:
        s = self.f.street_address().replace("\n", " ")
        if self.lang == "en" and self.rng.random() < 0.2:
            s = self.rng.choice([f"{s} #{self.rng.randint(2, 40)}", f"{self.rng.randint(1, 30)}/{s}", f"{s}, Suite {self.rng.randint(100, 900)}"])
        return s

    def s_city(self) -> str:
        return _city(self)

    def s_pobox(self) -> str:
        n = self.rng.randint(1, 9999)
        city, pc = _city(self), self.f.postcode()
        forms = {
            "US": f"P.O. Box {n}, {city}, {self.f.state_abbr()} {pc}" if hasattr(self.f, "state_abbr") else f"P.O. Box {n}, {city} {pc}",
            "GB": f"PO Box {n}, {city}, {pc}",
            "AU": f"GPO Box {n}, {city} {pc}",
            "IE": f"PO Box {n}, {city}",
            "CL": f"Casilla {n}, {city}",
            "CA": f"CP {n}, succ. Centre-ville, {city} {pc}",
            "CH": f"Case postale {n}, {pc} {city}",
            "AT": f"Postfach {n}, {pc} {city}",
            "IT": f"C.P. {n}, {pc} {city}",
            "BR": f"Caixa Postal {n}, {pc} {city}",
            "BE": f"Postbus {n}, {pc} {city}",
            "PL": f"Skr. poczt. {n}, {pc} {city}",
            "SE": f"Box {n}, {pc} {city}",
            "DK": f"Postboks {n}, {pc} {city}",
        }
        return forms.get(self.region, f"PO Box {n}, {city}")

    # -- dates --
    def s_dob(self, lang: str) -> str:
        d = self.f.date_between_dates(dt.date(1934, 1, 1), dt.date(2008, 6, 30))
        months = list(_MONTHS.get(lang, _EN_MONTHS))
        if self.locale == "de_AT":
            months[0] = "Jänner"
        m = months[d.month - 1]
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        fmts = {
            "en": [f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}", f"{d:%Y.%m.%d}", f"{d.day} {m[:3]} {d.year}", f"{m} {d.day} {d.year}",
                   f"{d.day}{sfx} {m} {d.year}", f"{d:%Y%m%d}", f"{m[:3]}. {d.day}, {d.year}", f"{d:%m-%d-%Y}", f"{d:%Y-%m-%d}"],
            "es": [f"{d.day}/{d.month}/{d.year}", f"{d.day} de {m} del {d.year}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "fr": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}"],
            "de": [f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
            "it": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d:%d-%m-%Y}"],
            "pt": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}"],
            "nl": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
            "pl": [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}"],
            "sv": [f"{d:%Y-%m-%d}", f"{d.day} {m} {d.year}", f"{d:%y-%m-%d}"],
            "da": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}", f"{d:%d-%m-%Y}"],
        }
        return self.rng.choice(fmts.get(lang, fmts["en"]))

    def s_dob_iso(self) -> str:
        return f"{self.f.date_between_dates(dt.date(1934, 1, 1), dt.date(2008, 6, 30)):%Y-%m-%d}"

    def s_date(self, lang: str) -> str:
        d = self.f.date_between_dates(dt.date(2024, 6, 1), dt.date(2026, 11, 20))
        m = _MONTHS.get(lang, _EN_MONTHS)[d.month - 1]
        if lang == "en":
            return self.rng.choice([f"{d.month}/{d.day}", f"{m[:3]} {d.day}", f"{d:%a} {d.day} {m[:3]}", f"{d:%Y-%m-%d}", f"{d.day} {m}"])
        return self.rng.choice([f"{d:%d/%m}", f"{d.day} {m}", f"{d:%d.%m.%Y}"])

    def s_time(self) -> str:
        h, mi = self.rng.randint(6, 22), self.rng.choice([0, 10, 20, 30, 40, 50])
        return self.rng.choice([f"{h:02d}:{mi:02d}", f"{h}h{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d}{'AM' if h < 12 else 'PM'}"])

    def s_ts(self) -> str:
        t = dt.datetime(2024, 3, 1) + dt.timedelta(seconds=self.rng.randint(0, 86400 * 900))
        return self.rng.choice([f"{t:%a, %d %b %Y %H:%M:%S} +0000", f"{t:%Y-%m-%d %H:%M}", f"{t:%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z", f"{t:%m/%d/%Y %I:%M %p}"])

    def s_clf(self) -> str:
        t = dt.datetime(2025, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 86400 * 600))
        return f"{t:%d/%b/%Y:%H:%M:%S} +0000"

    # -- secrets --
    def s_password(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return self.f.password(length=rng.randint(8, 20), special_chars=rng.random() < 0.5)
        if r < 0.55:
            season = rng.choice(["Spring", "Summer", "Autumn", "Winter", "Sommar", "Verano", "Primavera", "Lato", "Vinter", "Herbst", "Hiver"])
            return f"{season}{rng.randint(2019, 2026)}{rng.choice('!#$*@')}"
        if r < 0.65:
            return rng.choice(["qwerty!234", "1qaz@WSX3edc", "zaq1XSW@", "Asdf;lkj99", "q1w2e3r4T!", "!QAZ2wsx"])
        if r < 0.8:
            pet = rng.choice(["rex", "bella", "luna", "max", "coco", "simba", "milo", "nala", "kuba", "bobby"])
            return f"{pet}{rng.randint(1950, 2020)}{rng.choice(['', '!', '?', '_'])}"
        if r < 0.92:
            return _chars(rng, rng.randint(16, 24), _ALNUM + "+/=")
        return rng.choice(["Ch1ckenN00dle$", "M0nkeyBus1ness!", "Tr1ckyD1ck#", "Pa55word!", "Welcome1!", "Changeme123"])

    def s_api_key(self) -> str:
        rng = self.rng
        b64 = _ALNUM + "+/"
        return rng.choice([
            f"sk_test_{_chars(rng, rng.choice([24, 99]))}",
            f"ASIA{_chars(rng, 16, string.ascii_uppercase + '234567')}",
            _chars(rng, 40, b64),
            f"shpat_{_chars(rng, 32, '0123456789abcdef')}",
            f"dop_v1_{_chars(rng, 64, '0123456789abcdef')}",
            f"sq0atp-{_chars(rng, 22, _ALNUM + '-_')}",
            f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{_chars(rng, rng.randint(40, 90), _ALNUM)}.{_chars(rng, 43, _ALNUM + '-_')}",
            _chars(rng, 86, b64) + "==",
            f"pat{_chars(rng, 14)}.{_chars(rng, 64, '0123456789abcdef')}",
            f"lin_api_{_chars(rng, 40)}",
            f"secret_{_chars(rng, 43)}",
        ])

    # -- look-alikes (never labelled) --
    def s_order(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-{rng.randint(100, 999)}", f"R{_digits(rng, 9)}",
                           f"#{_chars(rng, 6, string.ascii_uppercase + string.digits)}", f"ORDER{rng.randint(10**6, 10**7 - 1)}", f"{rng.randint(4000000, 4999999)}"])

    def s_track(self) -> str:
        rng = self.rng
        return rng.choice([f"70{_digits(rng, 14)}", f"3S{_chars(rng, 4, string.ascii_uppercase)}{_digits(rng, 7)}",
                           f"PQ{_chars(rng, 4, string.ascii_uppercase + string.digits)}{_digits(rng, 16)}X", f"CE{_digits(rng, 9)}IE",
                           f"{_chars(rng, 3, string.ascii_uppercase)}{_digits(rng, 10)}", f"TBA{_digits(rng, 12)}"])

    def s_version(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(1, 12)}.{rng.randint(0, 20)}", f"release-{rng.randint(1, 30)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
                           f"v{rng.randint(0, 3)}.{rng.randint(0, 99)}.{rng.randint(0, 99)}-rc{rng.randint(1, 5)}", f"{rng.randint(100, 140)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 200)}"])

    def s_ver4(self) -> str:
        """Four-part build numbers that a dotted-quad reader would take for an IPv4 address."""
        rng = self.rng
        return f"{rng.randint(1, 15)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(1, 250)}"

    def s_money(self) -> str:
        rng = self.rng
        a, c = rng.randint(2, 9000), rng.randint(0, 99)
        return rng.choice([f"US${a:,}.{c:02d}", f"A${a}.{c:02d}", f"€ {a},{c:02d}", f"{a:,}.{c:02d} USD", f"CHF {a}.–", f"R$ {a},{c:02d}",
                           f"{a},{c:02d} DKK", f"${a}", f"CLP {a * 1000:,}".replace(",", ".")])

    def s_product(self) -> str:
        """Products named after people: cocktails, rose and tomato cultivars, paint colours."""
        return self.rng.choice(["Arnold Palmer", "Shirley Temple", "Tom Collins", "Bloody Mary", "Rose 'Gertrude Jekyll'",
                                "Clematis 'Nelly Moser'", "Tomato 'Mr. Stripey'", "Rose 'Queen Elizabeth'", "Lady Grey tea",
                                "Victoria sponge", "Pavlova", "Oysters Rockefeller", "Sachertorte", "Granny Smith apples",
                                "Paint: Mrs. Dalloway Blue", "Paint: Elephant's Breath"])

    def s_brand(self) -> str:
        return self.rng.choice(["Harley Street Clinic", "Bond Street Jewellers", "Lombard Street Cafe", "Beale Street Music", "Grafton Street Optician",
                                "Broadway Deli", "Champs-Elysees Parfums", "Via Condotti Moda", "Queen Street Barbers", "Collins Street Bakery",
                                "George Street Pharmacy", "Princes Street Gallery", "Sunset Strip Tattoo", "Lincoln Road Outlet"])

    def s_maskcard(self) -> str:
        last = f"{self.rng.randint(0, 9999):04d}"
        return self.rng.choice([f"************{last}", f"XXXX XXXX XXXX {last}", f"{self.rng.choice(['VISA', 'MC', 'AMEX'])} ...{last}", f"x{last}"])

    def s_ssnmask(self) -> str:
        return self.rng.choice(["***-**-", "XXX-XX-", "xxx-xx-"]) + f"{self.rng.randint(1, 9999):04d}"

    def s_hash(self) -> str:
        rng = self.rng
        return rng.choice([f"$argon2id$v=19$m=65536,t=3,p=4${_chars(rng, 22, _ALNUM + '+/')}${_chars(rng, 43, _ALNUM + '+/')}",
                           f"pbkdf2:sha256:600000${_chars(rng, 16)}${_chars(rng, 64, '0123456789abcdef')}",
                           f"{{SSHA}}{_chars(rng, 32, _ALNUM + '+/')}", _chars(rng, 40, "0123456789abcdef")])

    def s_sha(self) -> str:
        return _chars(self.rng, 64, "0123456789abcdef")

    def s_sha7(self) -> str:
        return _chars(self.rng, 7, "0123456789abcdef")

    def s_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def s_pnr(self) -> str:
        return _chars(self.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def s_policy(self) -> str:
        return f"{self.rng.choice(['POL', 'HO', 'AU'])}-{self.rng.randint(10**6, 10**7 - 1)}-{self.rng.randint(1, 9)}"

    def s_claim(self) -> str:
        return f"CLM-{self.rng.randint(2024, 2026)}-{self.rng.randint(0, 999999):06d}"

    def s_member(self) -> str:
        return self.rng.choice([f"{self.rng.randint(100000, 999999)}", f"M{self.rng.randint(1000, 99999)}", f"{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"])

    def s_bic(self) -> str:
        return self.rng.choice(["BOFIIE2D", "AIBKIE2D", "NWBKGB2L", "UBSWCHZH80A", "BKAUATWW", "BCITITMM", "ITAUBRSP", "GEBABEBB",
                                "PKOPPLPW", "ESSESESS", "DABADKKK", "BSCHCLRM"])

    def s_auth(self) -> str:
        return _chars(self.rng, 6, string.ascii_uppercase + string.digits)

    def s_serial(self) -> str:
        return self.rng.choice([f"C02{_chars(self.rng, 9, string.ascii_uppercase + string.digits)}", f"PF{_chars(self.rng, 6, string.ascii_uppercase + string.digits)}",
                                f"5CG{_digits(self.rng, 4)}{_chars(self.rng, 3, string.ascii_uppercase)}"])

    def s_device(self) -> str:
        return self.rng.choice(["iPhone 15 Pro", "Pixel 8a", "Galaxy S24", "iPad Air", "MacBook Pro", "Windows 11 PC", "Firefox on Ubuntu"])

    def s_runner(self) -> str:
        return f"runner-{_chars(self.rng, 5, 'abcdef0123456789')}-{self.rng.choice(['amd64', 'arm64'])}"

    def s_company(self) -> str:
        return self.f.company()

    def s_routing(self) -> str:
        d = [int(c) for c in f"{self.rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 31, 32]):02d}" + _digits(self.rng, 6)]
        chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(chk)


KINDS_G = {  # `sealed` only
    "PERSON": _kp("PERSON", lambda v, p: _full(p)),
    "FIRST": _kp("PERSON", lambda v, p: p[0]),
    "LAST": _kp("PERSON", lambda v, p: p[2]),
    "LOWER": _kp("PERSON", lambda v, p: _full(p).lower()),
    "UPPER": _kp("PERSON", lambda v, p: _full(p).upper()),
    "LASTFIRST": _kp("PERSON", lambda v, p: f"{p[2]}, {p[0]}" if v.rng.random() < 0.6 else f"{p[2]}, {p[0]}".upper()),
    "EMAIL": _kp("EMAIL_ADDRESS", lambda v, p: v.s_email_for(p)),
    "PHONE": _kv("PHONE_NUMBER", SealedValues.s_phone),
    "PHONEE164": _kv("PHONE_NUMBER", SealedValues.s_phone_e164),
    "CARD": _kv("CREDIT_CARD", SealedValues.s_card),
    "SSN": _kv("US_SSN", SealedValues.s_ssn),
    "BANK": _kv("US_BANK_NUMBER", SealedValues.s_bank),
    "IBAN": _kv("IBAN_CODE", SealedValues.s_iban),
    "IP": _kv("IP_ADDRESS", SealedValues.s_ip),
    "IP6": _kv("IP_ADDRESS", SealedValues.s_ip6),
    "ADDR": _kv("STREET_ADDRESS", SealedValues.s_addr),
    "ADDRML": _kv("STREET_ADDRESS", SealedValues.s_addr_ml),
    "STREET": _kv("STREET_ADDRESS", SealedValues.s_street),
    "POBOX": _kv("STREET_ADDRESS", SealedValues.s_pobox),
    "CITY": _kv("LOCATION", SealedValues.s_city),
    "DOB": _kl("DATE_OF_BIRTH", SealedValues.s_dob),
    "DOBISO": _kv("DATE_OF_BIRTH", SealedValues.s_dob_iso),
    "PW": _kv("PASSWORD", SealedValues.s_password),
    "KEY": _kv("API_KEY", SealedValues.s_api_key),
    # look-alikes
    "ORDER": _kv(None, SealedValues.s_order), "TRACK": _kv(None, SealedValues.s_track), "VER": _kv(None, SealedValues.s_version),
    "VER4": _kv(None, SealedValues.s_ver4), "TS": _kv(None, SealedValues.s_ts), "CLF": _kv(None, SealedValues.s_clf),
    "MONEY": _kv(None, SealedValues.s_money), "PRODUCT": _kv(None, SealedValues.s_product), "BRAND": _kv(None, SealedValues.s_brand),
    "MASKCARD": _kv(None, SealedValues.s_maskcard), "SSNMASK": _kv(None, SealedValues.s_ssnmask), "HASH": _kv(None, SealedValues.s_hash),
    "SHA": _kv(None, SealedValues.s_sha), "SHA7": _kv(None, SealedValues.s_sha7), "UUID": _kv(None, SealedValues.s_uuid),
    "DATE": _kl(None, SealedValues.s_date), "TIME": _kv(None, SealedValues.s_time), "PNR": _kv(None, SealedValues.s_pnr),
    "POLICY": _kv(None, SealedValues.s_policy), "CLAIM": _kv(None, SealedValues.s_claim), "MEMBERNO": _kv(None, SealedValues.s_member),
    "BIC": _kv(None, SealedValues.s_bic), "AUTH": _kv(None, SealedValues.s_auth), "SERIAL": _kv(None, SealedValues.s_serial),
    "DEVICE": _kv(None, SealedValues.s_device), "RUNNER": _kv(None, SealedValues.s_runner), "COMPANY": _kv(None, SealedValues.s_company),
    "ROUTING": _kv(None, SealedValues.s_routing),
}


# `sealed`: written 2026-11-26 by an independent author before the scanner ran on it. Frozen and
# never inspected: only its totals and per-entity table are looked at, never its errors.
TEMPLATES_G = [
    ("en", "From: {PERSON@a} <{EMAIL@a}>\nSent: {TS}\nTo: Support\nSubject: FW: broken hinge\n\nSee below. My number is {PHONE} if that's easier.\n\n"
           "---------- Forwarded message ---------\nFrom: {BRAND} (no-reply)\nYour order {ORDER} has been dispatched."),
    ("en", "PATIENT INTAKE\nName: {LASTFIRST}\nDOB: {DOB}\nHome phone: {PHONE}\nAddress: {ADDR}\nReferring physician: Dr. {LAST}"),
    ("en", "Rental agreement RA-{MEMBERNO}: renter {PERSON}, licence on file, card {CARD} pre-authorised for {MONEY}. Pick-up {DATE} {TIME}."),
    ("en", "Intercom | {TS}\n{FIRST@a}: my parcel says delivered but it isn't here??\nBot: Sorry to hear that! What's the delivery address?\n{FIRST@a}: {ADDR}"),
    ("en", 'Inbound SMS from {PHONE}: "running late, be there by {TIME}. {FIRST}"'),
    ("en", "Salesforce note - {DATE}: Spoke to {PERSON@a} (CFO at {COMPANY}). Renewal at {MONEY}/yr. Her assistant {FIRST@b} handles scheduling: {EMAIL@b}."),
    ("en", "Jira comment by {LOWER}: repro'd on {VER} with test account {EMAIL} / {PW}, stack trace attached."),
    ("en", "#ops: who owns {IP}? It's hammering /login with user {EMAIL} every 3s."),
    ("en", "Onboarding checklist for {PERSON}\n[x] I-9 verified\n[x] SSN: {SSN}\n[ ] Direct deposit: acct {BANK}\n[ ] Laptop asset {SERIAL}"),
    ("en", "Flight change: PNR {PNR}, passenger {UPPER}, new departure {DATE} {TIME}. Contact on file {PHONE}."),
    ("en", "Order {ORDER} for {FIRST}: deliver to {STREET}, buzzer 304. Rider note: dog in the yard. Tip {MONEY}."),
    ("en", "School registration: student {PERSON@a}, born {DOB}; parent/guardian {PERSON@b}, cell {PHONE}, e-mail {EMAIL@b}."),
    ("en", "Policy {POLICY} - claim {CLAIM} opened for {PERSON}. Vehicle damage estimate {MONEY}. Adjuster callback: {PHONE}."),
    ("en", "Gym check-in: member {MEMBERNO} ({FIRST}) at {TIME}. Locker 117. Membership renews {DATE}."),
    ("en", "Pharmacy: refill ready for {LASTFIRST}, DOB {DOB}. Pick up before {DATE}. Questions? Reply to this text."),
    ("en", "Port-in request for {PHONE}, account holder {PERSON}, billing address {ADDR}. Carrier ref {MEMBERNO}."),
    ("en", "Utility move-in: service at\n{ADDRML}\nstarts {DATE}. Customer {PERSON}, SSN on file {SSNMASK}."),
    ("en", '{IP} - - [{CLF}] "POST /api/session HTTP/1.1" 401 87 "-" "okhttp/4.12.0"'),
    ("en", 'webhook payload: {"event":"customer.updated","data":{"name":"{PERSON}","phone":"{PHONEE164}","birthdate":"{DOBISO}"}}'),
    ("en", "config.yaml:\n  smtp:\n    user: {EMAIL}\n    password: {PW}\n  maps_api_key: {KEY}"),
    ("en", "https://forms.example.com/thanks?email={EMAIL}&phone={PHONEE164}&utm_source=newsletter&ref={ORDER}"),
    ("en", "CSV row pasted in chat: {PERSON},{EMAIL},{PHONEE164},{CITY},{DOBISO}"),
    ("en", "Can you check why {FIRST}'s card {CARD} keeps failing? It's not expired (exp 11/29)."),
    ("en", "Wire instructions: beneficiary {PERSON}, IBAN {IBAN}, BIC {BIC}. Amount {MONEY}. Reference {ORDER}."),
    ("en", "Hey it's {FIRST} from 3B, the buzzer's broken again. Text me at {PHONE} when the tech is on the way"),
    ("en", "Per our call, {PERSON} confirmed the account {BANK} is a savings account, not checking."),
    ("en", "Admin console: user {EMAIL} reset password to {PW} at {TS} from {IP6}."),
    ("en", "Build {VER4} passed on {RUNNER}; deploy window {DATE} {TIME} UTC."),
    ("en", "Order {ORDER}: 2 x {PRODUCT}, 1 x {PRODUCT}. Subtotal {MONEY}. Card {MASKCARD} charged."),
    ("en", 'Review: "The {PRODUCT} was great, but delivery took ages" - verified buyer, {DATE}'),
    ("en", "Reservation at {BRAND}: {TIME}, 2 guests, name {LAST}, phone {PHONE}."),
    ("en", "Background check consent: {PERSON}, SSN {SSN}, DOB {DOB}, previous address {ADDR}."),
    ("en", "Tenant ledger note: {PERSON} paid {MONEY} for unit 12C on {DATE}; next due {DATE}."),
    ("en", "sshd[2231]: Failed password for invalid user admin from {IP} port 52144 ssh2"),
    ("en", "sha256:{SHA} pushed to the registry by ci-bot, tag {VER}, build {VER4}."),
    ("en", "Lost & found: a wallet with ID for {PERSON@a} was handed in at the {BRAND} desk. Owner notified by e-mail ({EMAIL@a})."),
    ("en", "Hi {FIRST}, just a heads-up that your password expires in 3 days. Change it on the portal (policy: 12+ characters)."),
    ("en", "Secret scanning: exposed token {KEY} found in commit {SHA7} by {LOWER}."),
    ("en", "Mailing list bounce: {EMAIL} (550 mailbox unavailable). Removed from the {BRAND} newsletter."),
    ("en", "Volunteer sign-up: {PERSON}, t-shirt size M, weekends only, mobile {PHONE}, emergency contact {PERSON}."),
    ("en", "Driver notes: parcel {TRACK} left in the safe place at {STREET}. Photo taken {TS}."),
    ("en", "Accounts payable: vendor {COMPANY} changed remittance to account {BANK}, routing {ROUTING}. Confirmed by phone with {PERSON}."),
    ("en", "Your {BRAND} e-receipt: {PRODUCT} {MONEY}, paid by card {MASKCARD}, auth code {AUTH}. Stored hash {HASH}."),
    ("en", "Customer {UPPER} disputes a charge of {MONEY} dated {DATE}; card {CARD}."),
    ("en", "Letter returned to sender: {PERSON}, {POBOX} - addressee unknown."),
    ("en", "Facebook message: hi! my account {EMAIL} got hacked and they changed my recovery number to {PHONE}. pls help"),
    ("en", "New sign-in to your account: {DEVICE} near {CITY} ({IP}). If this wasn't you, reset your password. Request {UUID}."),
    ("en", '{PERSON@a} shared "Budget 2026.xlsx" with {EMAIL@b} and {LOWER@c}'),
    ("es", "Hola, me llamo {PERSON}, mi celular es {PHONE} y mi domicilio {ADDR}. Quiero dar de baja el servicio."),
    ("es", "Datos del titular: {LASTFIRST} · fecha de nacimiento {DOB} · correo {EMAIL}"),
    ("es", "Estimado {FIRST@a}:\nLe confirmamos su hora para el {DATE} a las {TIME}.\nAtte.,\n{PERSON@b}"),
    ("fr", "Bonjour, c'est {FIRST}. Mon cellulaire : {PHONE}. Mon courriel : {EMAIL}. Merci de me rappeler!"),
    ("fr", "Client : {PERSON}, date de naissance : {DOB}, adresse : {ADDR}, tél. : {PHONE}"),
    ("fr", "Votre mot de passe a été modifié. Nouveau mot de passe : {PW} (connexion depuis {IP})."),
    ("de", "Servus {FIRST}, dein Paket {TRACK} liegt in der Filiale. Abholung mit Ausweis bis {DATE}."),
    ("de", "Anschrift:\n{ADDRML}\nHandy: {PHONE}\nGeburtsdatum: {DOB}"),
    ("de", "Herr {LAST} hat sein Passwort vergessen; neues Kennwort: {PW}. Bitte telefonisch bestätigen unter {PHONE}."),
    ("it", "Buongiorno, sono {PERSON}. Il mio cellulare è {PHONE} e l'indirizzo di consegna è {ADDR}."),
    ("it", "Sig.ra {LAST}, data di nascita {DOB}, codice cliente {MEMBERNO}, IBAN {IBAN}"),
    ("pt", "Oi {FIRST}! Seu pedido {ORDER} saiu para entrega. Endereço: {ADDR}. Dúvidas? Chama no WhatsApp."),
    ("pt", "Cadastro: nome {PERSON}, nascimento {DOB}, celular {PHONE}, senha {PW}"),
    ("nl", "Dag {FIRST@a}, uw levering is gepland voor {DATE}. Uw gsm-nummer {PHONE} geven we enkel door aan de chauffeur. Groeten, {PERSON@b}"),
    ("nl", "Naam: {PERSON} | Adres: {ADDR} | Rekeningnummer: {IBAN}"),
    ("pl", "Witam, tu {PERSON}. Mój nowy adres to {ADDR}, a e-mail {EMAIL}. Pozdrawiam"),
    ("pl", "Hasło do konta: {PW} - proszę je zmienić po pierwszym logowaniu. Data ur. klienta: {DOB}."),
    ("sv", "Hej! Jag heter {PERSON} och har bytt mobilnummer till {PHONE}. Ny adress: {ADDR}."),
    ("sv", "Kontakt: {PERSON}, e-post {EMAIL}, födelsedatum {DOB}"),
    ("da", "Hej {FIRST@a}, din pakke {TRACK} kan afhentes fra {DATE}. Mvh {PERSON@b}"),
    ("da", "Kunde: {PERSON}, fødselsdato {DOB}, telefon {PHONE}, adgangskode {PW}"),
]


def _structured_sealed(rows: int, seed: int) -> dict[str, list[Column]]:
    """The `sealed` split's tables, written 2026-11-26 by an independent author before the
    scanner ran on them; frozen and never inspected. Header styles: PascalCase, SCREAMING_SNAKE
    with mainframe abbreviations (MBR_CELL_NBR, DD_ACCT_NBR), Italian, Portuguese, Polish,
    Swedish and Danish headers, generic colN headers; containers of other domains (a vet
    clinic, a gym, payroll, a store locator, OAuth clients). Look-alikes: pet names, microchip
    numbers, VAT numbers, routing numbers, SSN last-4, masked cards, key prefixes, client ids,
    rotation timestamps, BICs, cultivar and cocktail names, street-named brands. Every value is
    drawn from rng: no clock."""
    rng = random.Random(f"sealed-{seed}")
    kit = _CastColumns(rng, LOCALES["sealed"], rows, blank=0.05, vcls=SealedValues)
    col, const = kit.col, kit.const
    S = SealedValues

    def stamp(v: SealedValues) -> str:
        t = dt.datetime(2020, 6, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 2200))
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def day(v: SealedValues) -> str:
        return f"{dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 5000)):%d/%m/%Y}"

    def intl(v: SealedValues) -> str:
        return phonenumbers.format_number(_phone_num(rng, v.region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    return {
        "VetClinicOwners": [
            col("OwnerFullName", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("OwnerEmail", "EMAIL_ADDRESS", S.s_email, mixed=True),
            col("OwnerMobile", "PHONE_NUMBER", S.s_phone),
            col("OwnerHomeAddress", "STREET_ADDRESS", S.s_addr),
            const("PetName", lambda v: rng.choice(["Bella", "Max", "Charlie", "Luna", "Oscar", "Daisy", "Milo", "Teddy", "Ruby", "Archie", "Rosie", "Buster"])),
            const("Species", lambda v: rng.choice(["Dog", "Cat", "Rabbit", "Parrot", "Guinea pig"])),
            const("Breed", lambda v: rng.choice(["Labrador", "Jack Russell", "King Charles Spaniel", "Maine Coon", "Border Collie", "Shih Tzu", "Bernese"])),
            const("PetWeightKg", lambda v: f"{rng.uniform(0.8, 60):.1f}"),
            const("MicrochipNumber", lambda v: rng.choice(["985", "981", "900", "956"]) + _digits(rng, 12)),
            const("LastVisit", stamp),
            const("NextVaccinationDue", day),
            const("ClinicBranch", S.s_brand),
        ],
        "GYM_MEMBERSHIPS": [
            col("MBR_FULL_NM", "PERSON", lambda v: _full(v.cast_name()).upper()),
            col("MBR_EMAIL_ADDR", "EMAIL_ADDRESS", S.s_email),
            col("MBR_CELL_NBR", "PHONE_NUMBER", S.s_phone, blank=0.2, junk=0.05),
            col("MBR_BIRTH_DT", "DATE_OF_BIRTH", lambda v: v.s_dob("en")),
            col("CARD_ON_FILE_NBR", "CREDIT_CARD", S.s_card, blank=0.3),
            const("MBR_SINCE_DT", day),
            const("PLAN_CD", lambda v: rng.choice(["OFFPK", "FULL", "STUDENT", "CORP", "FAMILY"])),
            const("LOCKER_NBR", lambda v: str(rng.randint(1, 600))),
            const("ACAD_YR_CD", lambda v: rng.choice(["2023-24", "2024-25", "2025-26"])),
            const("CARD_LAST_4", lambda v: f"{rng.randint(0, 9999):04d}"),
            const("BADGE_ID", lambda v: f"B{_digits(rng, 8)}"),
            const("EMAIL_OPT_IN_FLG", lambda v: rng.choice(["Y", "N"])),
            const("CARD_EXP_MMYY", lambda v: f"{rng.randint(1, 12):02d}{rng.randint(26, 32)}"),
        ],
        "anagrafica_clienti": [
            col("nome", "PERSON", lambda v: v.cast_name()[0], locale="it_IT"),
            col("cognome", "PERSON", lambda v: v.cast_name()[2], locale="it_IT"),
            col("indirizzo_residenza", "STREET_ADDRESS", S.s_street, locale="it_IT"),
            col("citta_residenza", "LOCATION", S.s_city, locale="it_IT"),
            col("cellulare", "PHONE_NUMBER", S.s_phone, locale="it_IT"),
            col("data_di_nascita", "DATE_OF_BIRTH", lambda v: v.s_dob("it"), locale="it_IT"),
            col("email_personale", "EMAIL_ADDRESS", S.s_email, locale="it_IT", blank=0.2),
            const("codice_cliente", lambda v: f"CL{rng.randint(0, 99999999):08d}"),
            const("partita_iva", lambda v: "IT" + _digits(rng, 11)),
            const("data_iscrizione", day),
            const("punti_fedelta", lambda v: str(rng.randint(0, 25000))),
            const("consenso_privacy", lambda v: rng.choice(["sì", "no"])),
        ],
        "clientes_cadastro": [
            col("nome_completo", "PERSON", lambda v: _full(v.cast_name()), locale="pt_BR"),
            col("endereco_email", "EMAIL_ADDRESS", S.s_email, locale="pt_BR"),
            col("celular", "PHONE_NUMBER", S.s_phone, locale="pt_BR"),
            col("endereco", "STREET_ADDRESS", S.s_addr, locale="pt_BR"),
            col("senha", "PASSWORD", S.s_password),
            col("data_nasc", "DATE_OF_BIRTH", lambda v: v.s_dob("pt"), locale="pt_BR"),
            const("pedido_num", S.s_order),
            const("valor_total (R$)", lambda v: f"{rng.randint(10, 9999)},{rng.randint(0, 99):02d}"),
            const("status_pagamento", lambda v: rng.choice(["aprovado", "pendente", "recusado", "estornado"])),
            const("senha_alterada_em", stamp),
            const("ultimo_acesso", stamp),
        ],
        "pracownicy": [
            col("imie", "PERSON", lambda v: v.cast_name()[0], locale="pl_PL"),
            col("nazwisko", "PERSON", lambda v: v.cast_name()[2], locale="pl_PL"),
            col("nr_telefonu", "PHONE_NUMBER", S.s_phone, locale="pl_PL"),
            col("adres_zamieszkania", "STREET_ADDRESS", S.s_addr, locale="pl_PL"),
            col("data_ur", "DATE_OF_BIRTH", lambda v: v.s_dob("pl"), locale="pl_PL"),
            col("nr_rachunku", "IBAN_CODE", S.s_iban, locale="pl_PL"),
            const("stanowisko", lambda v: rng.choice(["Księgowa", "Magazynier", "Kierownik zmiany", "Programista", "Handlowiec"])),
            const("dzial", lambda v: rng.choice(["FIN", "LOG", "IT", "SPRZ"])),
            const("data_zatrudnienia", day),
            const("pensja_brutto", lambda v: f"{rng.randint(4300, 25000)},00"),
            const("nr_pracownika", lambda v: f"P{rng.randint(0, 99999):05d}"),
        ],
        "medlemsregister": [
            col("namn", "PERSON", lambda v: _full(v.cast_name()), locale="sv_SE"),
            col("epost", "EMAIL_ADDRESS", S.s_email, locale="sv_SE"),
            col("mobilnr", "PHONE_NUMBER", S.s_phone, locale="sv_SE"),
            col("postadress", "STREET_ADDRESS", S.s_addr, locale="sv_SE"),
            col("ort", "LOCATION", S.s_city, locale="sv_SE"),
            col("losenord", "PASSWORD", S.s_password),
            const("medlemsnr", lambda v: str(rng.randint(10000, 99999))),
            const("avgift_kr", lambda v: rng.choice(["250", "400", "650", "1200"])),
            const("betald", lambda v: rng.choice(["ja", "nej"])),
            const("senast_inloggad", stamp),
            const("losenord_andrat", stamp),
        ],
        "kundeoplysninger": [
            col("navn", "PERSON", lambda v: _full(v.cast_name()), locale="da_DK"),
            col("fodselsdato", "DATE_OF_BIRTH", lambda v: v.s_dob("da"), locale="da_DK"),
            col("telefonnummer", "PHONE_NUMBER", S.s_phone, locale="da_DK"),
            col("adgangskode", "PASSWORD", S.s_password),
            const("kundenummer", lambda v: str(rng.randint(100000, 999999))),
            const("oprettet", stamp),
            const("nyhedsbrev", lambda v: rng.choice(["ja", "nej"])),
        ],
        "ext_payload": [
            # headers that say nothing: the values alone must carry the decision
            col("col1", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("col2", "EMAIL_ADDRESS", S.s_email, mixed=True),
            col("col3", "IP_ADDRESS", lambda v: _ip_public_v4(rng)),
            col("col4", "CREDIT_CARD", S.s_card),
            col("col5", "IBAN_CODE", lambda v: _group(_iban_of(rng, _IBAN_HOME.get(v.region) or "GB"), [4] * 9, " "), mixed=True),
            col("col6", "PHONE_NUMBER", intl, mixed=True),
            const("col7", lambda v: f"{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 30)}"),
            const("col8", lambda v: _chars(rng, 40, "0123456789abcdef")),
            const("col9", lambda v: stamp(v).replace(" ", "T") + "Z"),
            col("col10", "API_KEY", S.s_api_key),
        ],
        "ApiClients": [
            col("ClientSecret", "API_KEY", S.s_api_key),
            col("AdminPassword", "PASSWORD", S.s_password),
            col("CallbackIp", "IP_ADDRESS", S.s_ip),
            col("OwnerEmail", "EMAIL_ADDRESS", S.s_email, mixed=True),
            const("ClientId", S.s_uuid),
            const("SecretRotatedAt", stamp),
            const("PasswordChangedAt", stamp),
            const("PasswordMinLength", lambda v: rng.choice(["10", "12", "16"])),
            const("KeyPrefix", lambda v: rng.choice(["sk_test_", "shpat_", "dop_v1_", "lin_api_", "secret_"])),
            const("KeyLast4", lambda v: _chars(rng, 4)),
            const("RedirectUri", lambda v: f"https://app{rng.randint(1, 9)}.example.org/oauth/callback"),
        ],
        "PAYROLL_US": [
            col("EMP_NAME", "PERSON", lambda v: (lambda p: f"{p[2]}, {p[0]}".upper())(v.cast_name()), locale="en_US"),
            col("TAX_ID_NBR", "US_SSN", S.s_ssn),
            col("DD_ACCT_NBR", "US_BANK_NUMBER", S.s_bank),
            col("HOME_ADDR", "STREET_ADDRESS", S.s_addr, locale="en_US"),
            const("DD_ROUTING_NBR", S.s_routing),
            const("NET_PAY_USD", lambda v: f"{rng.randint(800, 9000)}.{rng.randint(0, 99):02d}"),
            const("PAY_PERIOD_END", day),
            const("CHECK_NBR", lambda v: str(rng.randint(100000, 999999))),
            const("SSN_LAST4", lambda v: f"{rng.randint(1, 9999):04d}"),
            const("W4_STATUS", lambda v: rng.choice(["S", "MFJ", "HOH"])),
        ],
        "StoreLocator": [
            const("StoreName", S.s_brand),
            const("Region", lambda v: rng.choice(["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"])),
            const("OpeningHours", lambda v: f"{rng.randint(7, 10)}:00-{rng.randint(17, 22)}:00"),
            const("Latitude", lambda v: f"{rng.uniform(-40, 60):.5f}"),
            const("Longitude", lambda v: f"{rng.uniform(-120, 150):.5f}"),
            const("SignatureDrink", S.s_product),
            col("StoreManager", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("ManagerDirectLine", "PHONE_NUMBER", S.s_phone, mixed=True),
        ],
    }


_CAST_SPLITS = {
    "probe": (TEMPLATES_F, KINDS_F, ProbeValues, [("en_US", 5), ("en_GB", 2), ("en_CA", 1)]),
    "sealed": (TEMPLATES_G, KINDS_G, SealedValues, [("en_US", 45), ("en_GB", 15), ("en_AU", 10), ("en_IE", 10)]),
}


# =========================================================================================
# `vault`: a split written 2026-11-26 by an independent author (who did not read rules/,
# pii_audit/, the pass tests or bench/accuracy_notes.md) before the scanner ran on it; frozen
# and never inspected: only its totals and per-entity table are looked at, never its errors
# (bench/accuracy.py refuses to dump them). English-dominant (US, UK, CA, AU, IE, NZ, IN) text
# from domains the other splits do not cover much: insurance claims, e-commerce returns,
# telecom support, bank fraud reports, school/parent messages, real-estate enquiries, airline
# rebooking, clinic reminders, marketplace chats, GDPR/data-subject requests, app reviews,
# webhook/JSON payloads, .env files and CI logs; plus Spanish, French, German, Italian,
# Portuguese, Dutch, Polish, Swedish, Norwegian, Finnish and Czech text. Templates
# (TEMPLATES_H), values (VaultValues), tables (_structured_vault) and the look-alikes are its
# own; the rendering machinery (_render_cast, _free_text_cast, _CastColumns) is shared. Every
# value comes from the split's seeded rng: no clock, and no draw from a set of strings.
# =========================================================================================
_VAULT_MONTHS = dict(_MONTHS)
_VAULT_MONTHS.update({
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
           "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
})
_VAULT_NANP = ("US", "CA")


def _vault_iban(rng: random.Random, cc: str) -> str:
    """A valid IBAN; NO, FI and CZ with their national check digits too, the others by _iban_of."""
    if cc not in ("NO", "FI", "CZ"):
        return _iban_of(rng, cc)
    while True:
        if cc == "NO":
            body = rng.choice(["1503", "1254", "3000", "6011", "9710", "1822"]) + _digits(rng, 6)
            s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            chk = 0 if s == 0 else 11 - s
            if chk == 10:
                continue
            bban = body + str(chk)
        elif cc == "FI":
            bban = _luhn(rng, rng.choice(["1", "5", "8", "4"]) + _digits(rng, 5), 14)
        else:
            acct9 = str(rng.randint(1, 9)) + _digits(rng, 8)
            s = sum(int(c) * w for c, w in zip(acct9, [6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
            chk = (11 - s) % 11
            if chk == 10:
                continue
            bban = rng.choice(["0100", "0300", "0800", "2010", "0600", "5500", "3030"]) + "000000" + acct9 + str(chk)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        return f"{cc}{98 - int(num) % 97:02d}{bban}"


class VaultValues(Values):
    """Value shapes of the `vault` split only (added 2026-11-26, frozen with it): its own name
    forms, phone layouts, date formats, key formats, passwords and look-alikes."""

    SURNAMES = {
        "en": ["O'Donoghue", "McGillicuddy", "MacAskill", "D'Arcy-Evans", "De Silva", "Van der Merwe", "St John", "Ní Chonaill",
               "Fitz-Simons", "Al-Rashid", "Te Whata", "Bhattacharya-Rao"],
        "es": ["de la Rosa", "del Castillo", "Fernández de Córdoba", "de las Heras", "Ruiz-Tagle"],
        "fr": ["de Saint-Just", "Le Floch", "d'Aubigné", "Du Bellay", "Gauthier-Lévesque"],
        "de": ["von Arnim", "zu Eltz", "von der Lippe", "Meyer-Landrut", "ter Veen"],
        "it": ["D'Alessio", "De Angelis", "Dell'Acqua", "La Torre", "Lo Cascio"],
        "pt": ["da Costa Ribeiro", "dos Anjos", "de Almeida", "do Vale"],
        "nl": ["van der Laan", "de Boer", "in 't Veld", "van Oranje-Nassau", "ten Cate"],
        "pl": ["Lewandowska-Zych", "Grzegorzewski", "Żółkiewska"],
        "sv": ["af Trolle", "von Rosen", "Ståhl-Björk"],
        "no": ["Aas-Eng", "Ødegård", "Bjørnstad-Lie"],
        "fi": ["Järvinen-Koski", "Äijälä", "Ylönen"],
        "cs": ["Nováková-Dvořáková", "Šťastný", "Kříž"],
    }
    FIRSTS = {"en": ["Mary Ellen", "Billie-Jo", "Lee-Anne", "Jean-Paul", "Siobhán", "Aoife", "Tāne"],
              "fr": ["Jean-Marc", "Marie-Noëlle", "Anne-Laure"], "de": ["Klaus-Dieter", "Lisa-Marie"],
              "es": ["José Luis", "María del Mar"], "pt": ["Ana Rita", "João Miguel"], "nl": ["Jan-Peter", "Anne-Wil"],
              "sv": ["Lars-Erik", "Ann-Christin"], "no": ["Per-Arne", "Tone-Lise"], "cs": ["Jan-Petr"]}
    MAIL = {"en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "sky.com", "rogers.com",
                   "bigpond.net.au", "xtra.co.nz", "rediffmail.com", "eircom.net", "proton.me", "aol.com", "live.ca"],
            "es": ["gmail.com", "hotmail.es", "movistar.es"], "fr": ["orange.fr", "wanadoo.fr", "free.fr", "gmail.com"],
            "de": ["gmx.net", "web.de", "t-online.de", "posteo.de"], "it": ["libero.it", "tin.it", "gmail.com"],
            "pt": ["sapo.pt", "gmail.com", "clix.pt"], "nl": ["ziggo.nl", "planet.nl", "gmail.com"], "pl": ["wp.pl", "o2.pl", "interia.eu"],
            "sv": ["telia.com", "gmail.com", "spray.se"], "no": ["online.no", "gmail.com", "hotmail.no"], "fi": ["luukku.com", "gmail.com", "kolumbus.fi"],
            "cs": ["seznam.cz", "email.cz", "centrum.cz"]}
    TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "AU": "com.au", "IE": "ie", "NZ": "co.nz", "IN": "in", "ES": "es", "FR": "fr",
           "DE": "de", "IT": "it", "PT": "pt", "NL": "nl", "PL": "pl", "SE": "se", "NO": "no", "FI": "fi", "CZ": "cz"}
    IBAN_CC = {"GB": "GB", "IE": "IE", "ES": "ES", "FR": "FR", "DE": "DE", "IT": "IT", "PT": "PT", "NL": "NL", "PL": "PL",
               "SE": "SE", "NO": "NO", "FI": "FI", "CZ": "CZ"}

    def __init__(self, locale: str, rng: random.Random):
        super().__init__(locale, rng)
        self.locale = locale
        self.lang = locale.split("_")[0]

    # -- people --
    def cast_name(self) -> tuple[str, str, str]:
        first, middle, last = self.f.first_name(), "", self.f.last_name()
        r = self.rng.random()
        if r < 0.11:
            last = self.rng.choice(self.SURNAMES.get(self.lang, self.SURNAMES["en"]))
        elif r < 0.17 and self.lang in self.FIRSTS:
            first = self.rng.choice(self.FIRSTS[self.lang])
        elif r < 0.23:
            last = f"{last}-{self.f.last_name()}"
        elif r < 0.3 and self.lang in ("es", "pt"):
            last = f"{last} {self.f.last_name()}"
        elif r < 0.4 and self.lang == "en":
            middle = self.rng.choice([self.f.first_name(), self.rng.choice(string.ascii_uppercase) + "."])
        return first, middle, last

    def v_email_for(self, parts: tuple[str, str, str]) -> str:
        first, _, last = parts
        f = _ascii(first.split(" ")[0]).lower().replace("-", "") or "hi"
        l = _ascii(last.split(" ")[-1]).lower().replace("'", "").replace("-", "") or "box"
        rng = self.rng
        local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l[0]}", f"{l}.{f}", f"{f}_{l}{rng.randint(1, 99)}",
                            f"{f}{rng.randint(1955, 2010)}", f"{f}.{l}+{rng.choice(['orders', 'claims', 'school', 'news'])}",
                            f"{f[0]}{l[0]}{rng.randint(100, 999)}", f"{l}{f[0]}"])
        if rng.random() < 0.55:
            domain = rng.choice(self.MAIL.get(self.lang, self.MAIL["en"]))
        else:
            word = _ascii(self.f.last_name().split(" ")[-1]).lower().replace("-", "") or "north"
            domain = f"{rng.choice(['', 'mail.', 'hq.'])}{word}{rng.choice(['', '-insurance', 'realty', 'dental', '-law', 'group'])}.{self.TLD.get(self.region, 'com')}"
        return f"{local}@{domain}"

    def v_email(self) -> str:
        return self.v_email_for(self.cast_name())

    # -- numbers --
    def v_phone(self) -> str:
        region = self.region if self.rng.random() < 0.9 else self.rng.choice(["US", "GB", "IN", "AU", "IE", "DE"])
        num = _phone_num(self.rng, region)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        natl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        cc = f"+{num.country_code}"
        rest = intl[len(cc):].strip()
        nsn = phonenumbers.national_significant_number(num)
        home = region == self.region
        style = self.rng.choices(["intl", "natl", "e164", "nanp", "trunk", "00", "glued", "dots"], [30, 30, 8, 10, 6, 6, 5, 5])[0]
        if style == "natl" and home:
            return natl
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if style == "nanp" and num.country_code == 1:
            return self.rng.choice([f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                                    f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"])
        if style == "trunk" and num.country_code in (44, 49, 353, 31, 61, 64) and natl.startswith("0"):
            return f"{cc} (0){rest}"
        if style == "00" and self.region not in _VAULT_NANP + ("AU",):
            return f"00{num.country_code} {rest}"
        if style == "glued" and home and num.country_code != 1:
            return "".join(c for c in natl if c.isdigit())
        if style == "dots" and num.country_code in (33, 32, 41, 351):
            return f"{cc}.{rest.replace(' ', '.')}"
        return intl

    def v_phone_e164(self) -> str:
        return phonenumbers.format_number(_phone_num(self.rng, self.region), phonenumbers.PhoneNumberFormat.E164)

    def v_phone_natl(self) -> str:
        return phonenumbers.format_number(_phone_num(self.rng, self.region), phonenumbers.PhoneNumberFormat.NATIONAL)

    def v_phone_intl(self) -> str:
        return phonenumbers.format_number(_phone_num(self.rng, self.region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def v_card_digits(self) -> str:
        rng = self.rng
        brand = rng.choices(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "unionpay", "visa13"], [34, 18, 7, 14, 8, 6, 4, 6, 3])[0]
        return {"visa": lambda: _luhn(rng, "4", 16), "mc": lambda: _luhn(rng, str(rng.randint(51, 55)), 16),
                "mc2": lambda: _luhn(rng, str(rng.randint(2221, 2720)), 16), "amex": lambda: _luhn(rng, rng.choice(["34", "37"]), 15),
                "disc": lambda: _luhn(rng, rng.choice(["6011", "65", "644"]), 16), "jcb": lambda: _luhn(rng, str(rng.randint(3528, 3589)), 16),
                "diners": lambda: _luhn(rng, rng.choice(["36", "38", "301"]), 14), "unionpay": lambda: _luhn(rng, "62" + str(rng.randint(2126, 2925)), 16),
                "visa13": lambda: _luhn(rng, "4", 13)}[brand]()

    def v_card(self) -> str:
        num = self.v_card_digits()
        sep = self.rng.choices([" ", "-", "", "  "], [50, 18, 28, 4])[0]
        if not sep or len(num) == 13:
            return num
        sizes = {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(num), [4, 4, 4, 4])
        return _group(num, sizes, sep)

    def v_ssn(self) -> str:
        rng = self.rng
        area = rng.randint(1, 899)
        while area == 666:
            area = rng.randint(1, 899)
        s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        r = rng.random()
        return s if r < 0.82 else s.replace("-", "") if r < 0.93 else s.replace("-", " ")

    def v_bank(self) -> str:
        return _digits(self.rng, self.rng.choice([8, 9, 10, 10, 11, 12, 12, 13, 14, 17]))

    def v_iban(self) -> str:
        cc = self.IBAN_CC.get(self.region) or self.rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
        iban = _vault_iban(self.rng, cc)
        return iban if self.rng.random() < 0.45 else _group(iban, [4] * 9, " ")

    def v_iban_compact(self) -> str:
        return _vault_iban(self.rng, self.IBAN_CC.get(self.region) or "GB")

    def v_ip(self) -> str:
        return _ip_public_v4(self.rng) if self.rng.random() < 0.7 else _ip_public_v6(self.rng)

    def v_ip4(self) -> str:
        return _ip_public_v4(self.rng)

    def v_ip6(self) -> str:
        return _ip_public_v6(self.rng)

    # -- places --
    def _addr_lines(self) -> list[str]:
        for _ in range(30):
            raw = self.f.address()
            if not any(w in raw for w in ("PSC ", "USNS", "USNV", "USS ", "USCGC", "Unit ", "DPO", "FPO", "APO", "Box ")):
                break
        return [p.strip() for p in raw.split("\n") if p.strip()]

    def v_addr(self) -> str:
        lines = self._addr_lines()
        return self.rng.choices([", ", " ", ", "], [80, 10, 10])[0].join(lines)

    def v_addr_ml(self) -> str:
        return "\n".join(self._addr_lines())

    def v_street(self) -> str:
        s = self.f.street_address().replace("\n", " ")
        r = self.rng.random()
        if self.region in ("US", "CA") and r < 0.3:
            return f"{s} {self.rng.choice(['Apt', 'Apt.', 'Unit', '#', 'Ste'])} {self.rng.randint(1, 40)}{self.rng.choice(['', 'A', 'B', 'C'])}".replace("# ", "#")
        if self.region in ("GB", "IE", "AU", "NZ") and r < 0.25:
            return f"{self.rng.choice(['Flat', 'Apartment', 'Unit'])} {self.rng.randint(1, 30)}, {s}"
        return s

    def v_city(self) -> str:
        return _city(self)

    def v_pobox(self) -> str:
        n = self.rng.randint(10, 9999)
        city, pc = _city(self), self.f.postcode()
        st = self.f.state_abbr() if self.region in ("US", "AU") else ""
        forms = {
            "US": f"PO Box {n}, {city}, {st} {pc}", "CA": f"PO Box {n} Stn Main, {city} {pc}", "AU": f"PO Box {n}, {city} {st} {pc}",
            "GB": f"P.O. Box {n}, {city} {pc}", "IE": f"PO Box {n}, {city}", "NZ": f"PO Box {n}, {city} {pc}",
            "IN": f"Post Box No. {n}, {city} {pc}", "ES": f"Apartado de correos {n}, {pc} {city}", "FR": f"BP {n}, {pc} {city}",
            "DE": f"Postfach {n}, {pc} {city}", "IT": f"Casella postale {n}, {pc} {city}", "PT": f"Apartado {n}, {pc} {city}",
            "NL": f"Postbus {n}, {pc} {city}", "PL": f"Skrytka pocztowa {n}, {pc} {city}", "SE": f"Box {n}, {pc} {city}",
            "NO": f"Postboks {n}, {pc} {city}", "FI": f"PL {n}, {pc} {city}", "CZ": f"P. O. Box {n}, {pc} {city}",
        }
        return forms.get(self.region, f"PO Box {n}, {city}")

    # -- dates --
    def _dob_date(self, lo: dt.date = dt.date(1937, 1, 1), hi: dt.date = dt.date(2007, 10, 31)) -> dt.date:
        return self.f.date_between_dates(lo, hi)

    def _fmt_date(self, d: dt.date, lang: str) -> str:
        m = _VAULT_MONTHS.get(lang, _EN_MONTHS)[d.month - 1]
        if lang == "en":
            sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            us = [f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}", f"{m} {d.day}, {d.year}", f"{m[:3]} {d.day}, {d.year}", f"{d:%m-%d-%Y}",
                  f"{d:%m/%d/%y}"]
            other = [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {m} {d.year}", f"{d.day}{sfx} {m} {d.year}",
                     f"{d:%d-%b-%Y}", f"{d:%d.%m.%Y}"]
            common = [f"{d:%Y-%m-%d}", f"{d.day} {m[:3]} {d.year}", f"{m} {d.day}{sfx}, {d.year}"]
            return self.rng.choice((us if self.region in _VAULT_NANP else other) * 2 + common)
        fmts = {
            "es": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "fr": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d:%d.%m.%Y}"],
            "de": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}", f"{d.day}.{d.month}.{d.year}"],
            "it": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d:%d.%m.%Y}"],
            "pt": [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d-%m-%Y}"],
            "nl": [f"{d:%d-%m-%Y}", f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"],
            "pl": [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}"],
            "sv": [f"{d:%Y-%m-%d}", f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"],
            "no": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
            "fi": [f"{d.day}.{d.month}.{d.year}", f"{d.day}. {m} {d.year}", f"{d:%d.%m.%Y}"],
            "cs": [f"{d.day}. {d.month}. {d.year}", f"{d.day}. {m} {d.year}", f"{d:%d.%m.%Y}"],
        }
        return self.rng.choice(fmts.get(lang, fmts["fr"]))

    def v_dob(self, lang: str) -> str:
        return self._fmt_date(self._dob_date(), lang)

    def v_dob_child(self, lang: str) -> str:
        return self._fmt_date(self._dob_date(dt.date(2009, 9, 1), dt.date(2020, 8, 31)), lang)

    def v_dob_iso(self) -> str:
        return f"{self._dob_date():%Y-%m-%d}"

    def v_date(self, lang: str) -> str:
        """A date that is not a birth date: appointments, claims, deliveries (2024-2026)."""
        d = self.f.date_between_dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
        m = _VAULT_MONTHS.get(lang, _EN_MONTHS)[d.month - 1]
        if lang == "en":
            return self.rng.choice([f"{d:%A} {d.day} {m}", f"{d:%a}, {m[:3]} {d.day}", f"{m} {d.day}", f"{d:%Y-%m-%d}",
                                    f"{d:%m/%d/%Y}" if self.region in _VAULT_NANP else f"{d:%d/%m/%Y}", f"{d.day} {m[:3]} {d.year}"])
        return self.rng.choice([self._fmt_date(d, lang), f"{d:%d.%m.}" if lang in ("de", "cs", "fi", "no", "pl") else f"{d:%d/%m}",
                                f"{d.day} {m}" if lang not in ("de", "no", "fi", "cs") else f"{d.day}. {m}"])

    def v_time(self) -> str:
        h, mi = self.rng.randint(7, 19), self.rng.choice([0, 5, 15, 20, 30, 45])
        if self.region in _VAULT_NANP + ("AU", "NZ", "IN") and self.rng.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}" if self.rng.random() < 0.5 else f"{(h - 1) % 12 + 1}:{mi:02d}{'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{mi:02d}" if self.rng.random() < 0.8 else f"{h}.{mi:02d}"

    def v_ts(self) -> str:
        t = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 86400 * 1000), microseconds=self.rng.randint(0, 999) * 1000)
        return self.rng.choice([f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z", f"{t:%Y-%m-%d %H:%M:%S}", f"{t:%Y-%m-%dT%H:%M:%S}+00:00",
                                f"{t:%d/%m/%Y %H:%M}", f"{t:%b %d %H:%M:%S}"])

    def v_epoch_ms(self) -> str:
        return str(1_704_067_200_000 + self.rng.randint(0, 86400 * 1000 * 1000))

    # -- secrets --
    def v_password(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return self.f.password(length=rng.randint(10, 18), special_chars=rng.random() < 0.6)
        if r < 0.4:
            word = rng.choice(["Liverpool", "Arsenal", "Dolphins", "Maple", "Kiwi", "Mumbai", "Harley", "Snoopy", "Pikachu", "Dragon", "Sunshine", "Tigger"])
            return f"{word}{rng.choice(['', '_', '@', '#'])}{rng.randint(1, 2025)}{rng.choice(['', '!', '!!', '$', '?'])}"
        if r < 0.5:
            return rng.choice(["P@ssw0rd2024", "Welcome@123", "Qwerty!2345", "Admin#2025", "Passw0rd!", "Letmein123!", "abc123ABC!", "iloveyou2"])
        if r < 0.62:
            words = ["orbit", "maple", "copper", "violet", "tundra", "pepper", "harbor", "lemon", "glacier", "puzzle", "falcon", "velvet", "cactus", "ember"]
            sep = rng.choice(["-", ".", "_", " "])
            phrase = sep.join(rng.choice(words) for _ in range(rng.choice([3, 4])))
            return phrase if sep != " " else phrase.replace(" ", "-")
        if r < 0.74:
            base = rng.choice(["monkey", "shadow", "football", "princess", "master", "summer", "bailey", "charlie"])
            leet = base.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
            return leet.capitalize() + str(rng.randint(10, 99)) + rng.choice(["!", "#", "*", ""])
        if r < 0.88:
            return _chars(rng, rng.randint(12, 20), _ALNUM + "!@#%^&*")
        return _chars(rng, rng.randint(8, 10), string.ascii_lowercase + string.digits)

    def v_password_url(self) -> str:
        return _chars(self.rng, self.rng.randint(14, 24), _ALNUM + "-_.~")

    def v_api_key(self) -> str:
        rng = self.rng
        hexd = "0123456789abcdef"
        urlsafe = _ALNUM + "-_"
        return rng.choice([
            f"sk_live_{_chars(rng, rng.choice([24, 34, 99]))}",
            f"rk_live_{_chars(rng, 24)}",
            f"AKIA{_chars(rng, 16, string.ascii_uppercase + '234567')}",
            f"ghp_{_chars(rng, 36)}",
            f"github_pat_11{_chars(rng, 20, string.ascii_uppercase + string.digits)}_{_chars(rng, 59)}",
            f"gho_{_chars(rng, 36)}",
            f"glpat-{_chars(rng, 20, urlsafe)}",
            f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_chars(rng, 24)}",
            f"xoxp-{_digits(rng, 11)}-{_digits(rng, 11)}-{_digits(rng, 13)}-{_chars(rng, 32, hexd)}",
            f"sk-proj-{_chars(rng, 48, urlsafe)}T3BlbkFJ{_chars(rng, 48, urlsafe)}",
            f"sk-{_chars(rng, 20)}T3BlbkFJ{_chars(rng, 20)}",
            f"sk-ant-api03-{_chars(rng, 93, urlsafe)}AA",
            f"AIza{_chars(rng, 35, urlsafe)}",
            f"SG.{_chars(rng, 22, urlsafe)}.{_chars(rng, 43, urlsafe)}",
            f"key-{_chars(rng, 32, hexd)}",
            f"npm_{_chars(rng, 36)}",
            f"hf_{_chars(rng, 34, string.ascii_letters)}",
            f"PMAK-{_chars(rng, 24, hexd)}-{_chars(rng, 34, hexd)}",
            f"xkeysib-{_chars(rng, 64, hexd)}-{_chars(rng, 16)}",
            f"dapi{_chars(rng, 32, hexd)}",
        ])

    # -- look-alikes (never labelled) --
    def v_order(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(100, 999)}-{_digits(rng, 7)}-{_digits(rng, 7)}", f"#W{_digits(rng, 8)}", f"SO-{rng.randint(2024, 2026)}-{_digits(rng, 5)}",
                           f"ORD {_digits(rng, 4)} {_digits(rng, 4)}", f"#{rng.randint(1000, 99999)}", f"{_chars(rng, 2, string.ascii_uppercase)}{_digits(rng, 9)}"])

    def v_claim(self) -> str:
        rng = self.rng
        return rng.choice([f"CLM {rng.randint(24, 26)}-{_digits(rng, 6)}", f"CL-{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                           f"{_digits(rng, 2)}{_chars(rng, 1, string.ascii_uppercase)}{_digits(rng, 7)}"])

    def v_policy(self) -> str:
        rng = self.rng
        return rng.choice([f"HO3-{_digits(rng, 7)}", f"PA {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"POL{_digits(rng, 10)}",
                           f"{_chars(rng, 3, string.ascii_uppercase)}/{_digits(rng, 6)}/{rng.randint(24, 26)}"])

    def v_track(self) -> str:
        rng = self.rng
        return rng.choice([
            f"1Z{_chars(rng, 6, string.ascii_uppercase + string.digits)}{_digits(rng, 10)}",
            " ".join([f"9400", _digits(rng, 4), _digits(rng, 4), _digits(rng, 4), _digits(rng, 4), _digits(rng, 2)]),
            f"{_chars(rng, 2, string.ascii_uppercase)}{_digits(rng, 9)}{rng.choice(['GB', 'US', 'DE', 'NL', 'AU', 'IN'])}",
            _digits(rng, 12), f"JJD{_digits(rng, 18)}", f"TBA{_digits(rng, 12)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"])

    def v_rma(self) -> str:
        return f"RMA-{self.rng.randint(100000, 999999)}"

    def v_case(self) -> str:
        rng = self.rng
        return rng.choice([f"CASE-{_digits(rng, 8)}", f"INC{_digits(rng, 7)}", f"SR#{rng.randint(1, 9)}-{_digits(rng, 5)}", f"FRD-{_digits(rng, 6)}"])

    def v_version(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}", f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 5)}",
                           f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 99)} ({rng.randint(100, 9999)})",
                           f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])

    def v_money(self) -> str:
        rng = self.rng
        a, c = rng.randint(3, 12000), rng.randint(0, 99)
        return rng.choice([f"${a:,}.{c:02d}", f"£{a:,}.{c:02d}", f"€{a},{c:02d}", f"CA${a}.{c:02d}", f"AU${a:,}.{c:02d}", f"NZ${a}",
                           f"₹{a * 10:,}", f"Rs. {a * 10:,}/-", f"{a:,} kr".replace(",", " "), f"{a},{c:02d} zł", f"{a:,} Kč".replace(",", " "),
                           f"USD {a}.{c:02d}", f"{a}.{c:02d} EUR"])

    def v_cents(self) -> str:
        return str(self.rng.randint(100, 900000))

    def v_product(self) -> str:
        """Products named after people or places."""
        return self.rng.choice(["Tommy Hilfiger polo", "Calvin Klein boxer briefs", "Ralph Lauren Oxford shirt", "Kate Spade tote", "Michael Kors watch",
                                "Jo Malone candle", "Marc Jacobs Daisy 50ml", "Ted Baker wash bag", "Paul Smith wallet", "Laura Ashley duvet set",
                                "Hugo Boss blazer", "Ben & Jerry's Cookie Dough", "Dr. Martens 1460 boots", "Levi Strauss 501", "Stanley Quencher",
                                "Philips Hue starter kit", "Morphy Richards toaster", "Victoria Plum basin", "Kenwood Chef", "Dyson V15"])

    def v_brand(self) -> str:
        return self.rng.choice(["Abbey Road Pharmacy", "Rodeo Drive Nails", "Fifth Avenue Florist", "Wall Street Deli", "Carnaby Street Vintage",
                                "Penny Lane Records", "Madison Avenue Optical", "Baker Street Dental", "Elm Street Physio", "Main Street Hardware",
                                "Ocean Drive Surf Co.", "Bourke Street Bakery", "Ponsonby Road Clinic", "Grafton Family Practice", "Brick Lane Bagels"])

    def v_bankname(self) -> str:
        return self.rng.choice(["Charles Schwab", "Wells Fargo", "Ally Bank", "Chase", "Citizens Bank", "Fifth Third", "Capital One", "Navy Federal",
                                "Regions", "Huntington"])

    def v_carrier(self) -> str:
        return self.rng.choice(["UPS", "USPS", "Royal Mail", "DPD", "Evri", "Canada Post", "Australia Post", "DHL", "An Post", "FedEx", "Blue Dart"])

    def v_maskcard(self) -> str:
        rng = self.rng
        last = f"{rng.randint(0, 9999):04d}"
        return rng.choice([f"**** **** **** {last}", f"•••• {last}", f"Visa ending {last}", f"{rng.choice(['4111', '5454', '3782'])}********{last}",
                           f"XXXX-XXXX-XXXX-{last}", f"Mastercard ****{last}"])

    def v_last4(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    def v_hash(self) -> str:
        rng = self.rng
        return rng.choice([_chars(rng, 40, "0123456789abcdef"), _chars(rng, 64, "0123456789abcdef"), _chars(rng, 32, "0123456789abcdef")])

    def v_bcrypt(self) -> str:
        return f"$2b${self.rng.choice(['10', '12'])}${_chars(self.rng, 53, _ALNUM + './')}"

    def v_sshfp(self) -> str:
        return _chars(self.rng, 43, _ALNUM + "+/")

    def v_sha7(self) -> str:
        return _chars(self.rng, 7, "0123456789abcdef")

    def v_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def v_pnr(self) -> str:
        return _chars(self.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def v_flight(self) -> str:
        return f"{self.rng.choice(['BA', 'EI', 'AC', 'QF', 'NZ', 'AI', 'UA', 'DL', 'LH', 'KL', 'SK', 'AY', 'IB', 'TP', 'AZ', 'OK', 'LO', 'DY'])}{self.rng.choice(['', ' '])}{self.rng.randint(10, 2999)}"

    def v_seat(self) -> str:
        return f"{self.rng.randint(1, 45)}{self.rng.choice('ABCDEF')}"

    def v_ext(self) -> str:
        return self.rng.choice(["ext. ", "x", "ext ", "ext."]) + str(self.rng.randint(10, 9999))

    def v_iccid(self) -> str:
        return _luhn(self.rng, "89" + self.rng.choice(["44", "1", "61", "353", "64", "91"]), self.rng.choice([19, 20]))

    def v_imei(self) -> str:
        return _imei(self.rng)

    def v_routing(self) -> str:
        d = [int(c) for c in f"{self.rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]):02d}" + _digits(self.rng, 6)]
        chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(chk)

    def v_bic(self) -> str:
        return self.rng.choice(["BARCGB22", "AIBKIE2D", "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "CGDIPTPL", "INGBNL2A", "PKOPPLPW",
                                "HANDSESS", "DNBANOKK", "NDEAFIHH", "KOMBCZPP"])

    def v_otp(self) -> str:
        return _digits(self.rng, 6)

    def v_promo(self) -> str:
        return self.rng.choice(["SPRING25", "WELCOME10", "FREESHIP", "BF2025", "VIP-GOLD", "SAVE15NOW", "XMAS24"])

    def v_mac(self) -> str:
        return ":".join(_chars(self.rng, 2, "0123456789ABCDEF") for _ in range(6))

    def v_host(self) -> str:
        return f"{self.rng.choice(['LT', 'WS', 'DT'])}-{self.rng.choice(['LON', 'NYC', 'TOR', 'SYD', 'DUB', 'BLR'])}-{_digits(self.rng, 4)}"

    def v_inc(self) -> str:
        return _digits(self.rng, 7)

    def v_build(self) -> str:
        return str(self.rng.randint(1000, 99999))

    def v_pid(self) -> str:
        return str(self.rng.randint(300, 65000))

    def v_port(self) -> str:
        return str(self.rng.randint(1024, 65535))

    def v_member(self) -> str:
        rng = self.rng
        return rng.choice([f"{_chars(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"])

    def v_listing(self) -> str:
        return str(self.rng.randint(100000, 9999999))

    def v_pcn(self) -> str:
        return f"{_chars(self.rng, 2, string.ascii_uppercase)}{_digits(self.rng, 8)}"

    def v_invoice(self) -> str:
        return f"INV/{self.rng.randint(2024, 2026)}/{_digits(self.rng, 5)}"

    def v_acctref(self) -> str:
        return f"{_digits(self.rng, 4)} {_digits(self.rng, 4)} {_digits(self.rng, 2)}"

    def v_device(self) -> str:
        return self.rng.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux", "Edge on Windows 11", "Samsung Internet on Android",
                                "the Android app", "the iOS app"])

    def v_ua(self) -> str:
        return self.rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                                "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)", "python-requests/2.31.0"])

    def v_duration(self) -> str:
        return f"{self.rng.randint(0, 3)}:{self.rng.randint(0, 59):02d}"

    def v_provider(self) -> str:
        return self.rng.choice(["Stripe", "SendGrid", "GitHub", "OpenAI", "Mailgun", "Slack", "AWS", "Twilio"])

    def v_site(self) -> str:
        """A password-manager export's name,url pair."""
        return self.rng.choice(["Netflix,https://www.netflix.com/login", "Amazon,https://www.amazon.co.uk/ap/signin", "Chase Online,https://secure.chase.com/web/auth",
                                "Hotmail,https://login.live.com", "Tesco Clubcard,https://secure.tesco.com/account/en-GB/login", "Airbnb,https://www.airbnb.ca/login",
                                "Etsy,https://www.etsy.com/signin", "Booking.com,https://account.booking.com/sign-in", "Xero,https://login.xero.com",
                                "Canva,https://www.canva.com/login"])

    def v_company(self) -> str:
        return self.f.company()

    def v_userid(self) -> str:
        return str(self.rng.randint(1000, 9999999))

    def v_ref_fi(self) -> str:
        """A Finnish payment reference (viitenumero) with its 7-3-1 check digit."""
        body = str(self.rng.randint(1, 9)) + _digits(self.rng, self.rng.randint(4, 12))
        w = [7, 3, 1]
        s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
        return body + str((10 - s % 10) % 10)


def _initlast(p: tuple[str, str, str]) -> str:
    first, middle, last = p
    return f"{first[0]}.{middle[0]}. {last}" if middle else f"{first[0]}. {last}"


def _pax(p: tuple[str, str, str]) -> str:
    first, middle, last = p
    return f"{last}/{first} {middle}".upper().strip().rstrip(".") if middle else f"{last}/{first}".upper()


KINDS_H = {  # `vault` only
    "PERSON": _kp("PERSON", lambda v, p: _full(p)),
    "FIRST": _kp("PERSON", lambda v, p: p[0]),
    "LAST": _kp("PERSON", lambda v, p: p[2]),
    "LOWER": _kp("PERSON", lambda v, p: _full(p).lower()),
    "UPPER": _kp("PERSON", lambda v, p: _full(p).upper()),
    "INITLAST": _kp("PERSON", lambda v, p: _initlast(p)),
    "LASTFIRST": _kp("PERSON", lambda v, p: f"{p[2]}, {p[0]}"),
    "PAX": _kp("PERSON", lambda v, p: _pax(p)),
    "EMAIL": _kp("EMAIL_ADDRESS", lambda v, p: v.v_email_for(p)),
    "PHONE": _kv("PHONE_NUMBER", VaultValues.v_phone),
    "PHONEE164": _kv("PHONE_NUMBER", VaultValues.v_phone_e164),
    "PHONENATL": _kv("PHONE_NUMBER", VaultValues.v_phone_natl),
    "CARD": _kv("CREDIT_CARD", VaultValues.v_card),
    "SSN": _kv("US_SSN", VaultValues.v_ssn),
    "BANK": _kv("US_BANK_NUMBER", VaultValues.v_bank),
    "IBAN": _kv("IBAN_CODE", VaultValues.v_iban),
    "IP": _kv("IP_ADDRESS", VaultValues.v_ip),
    "IP4": _kv("IP_ADDRESS", VaultValues.v_ip4),
    "IP6": _kv("IP_ADDRESS", VaultValues.v_ip6),
    "ADDR": _kv("STREET_ADDRESS", VaultValues.v_addr),
    "ADDRML": _kv("STREET_ADDRESS", VaultValues.v_addr_ml),
    "STREET": _kv("STREET_ADDRESS", VaultValues.v_street),
    "POBOX": _kv("STREET_ADDRESS", VaultValues.v_pobox),
    "CITY": _kv("LOCATION", VaultValues.v_city),
    "DOB": _kl("DATE_OF_BIRTH", VaultValues.v_dob),
    "DOBKID": _kl("DATE_OF_BIRTH", VaultValues.v_dob_child),
    "DOBISO": _kv("DATE_OF_BIRTH", VaultValues.v_dob_iso),
    "PW": _kv("PASSWORD", VaultValues.v_password),
    "PWURL": _kv("PASSWORD", VaultValues.v_password_url),
    "KEY": _kv("API_KEY", VaultValues.v_api_key),
    # look-alikes
    "ORDER": _kv(None, VaultValues.v_order), "CLAIM": _kv(None, VaultValues.v_claim), "POLICY": _kv(None, VaultValues.v_policy),
    "TRACK": _kv(None, VaultValues.v_track), "RMA": _kv(None, VaultValues.v_rma), "CASE": _kv(None, VaultValues.v_case),
    "VER": _kv(None, VaultValues.v_version), "MONEY": _kv(None, VaultValues.v_money), "CENTS": _kv(None, VaultValues.v_cents),
    "PRODUCT": _kv(None, VaultValues.v_product), "BRAND": _kv(None, VaultValues.v_brand), "BANKNAME": _kv(None, VaultValues.v_bankname),
    "CARRIER": _kv(None, VaultValues.v_carrier), "MASKCARD": _kv(None, VaultValues.v_maskcard), "LAST4": _kv(None, VaultValues.v_last4),
    "HASH": _kv(None, VaultValues.v_hash), "BCRYPT": _kv(None, VaultValues.v_bcrypt), "SSHFP": _kv(None, VaultValues.v_sshfp),
    "SHA7": _kv(None, VaultValues.v_sha7), "UUID": _kv(None, VaultValues.v_uuid), "PNR": _kv(None, VaultValues.v_pnr),
    "FLIGHT": _kv(None, VaultValues.v_flight), "SEAT": _kv(None, VaultValues.v_seat), "EXT": _kv(None, VaultValues.v_ext),
    "ICCID": _kv(None, VaultValues.v_iccid), "IMEI": _kv(None, VaultValues.v_imei), "ROUTING": _kv(None, VaultValues.v_routing),
    "BIC": _kv(None, VaultValues.v_bic), "OTP": _kv(None, VaultValues.v_otp), "PROMO": _kv(None, VaultValues.v_promo),
    "MAC": _kv(None, VaultValues.v_mac), "HOST": _kv(None, VaultValues.v_host), "INC": _kv(None, VaultValues.v_inc),
    "BUILD": _kv(None, VaultValues.v_build), "PID": _kv(None, VaultValues.v_pid), "PORT": _kv(None, VaultValues.v_port),
    "MEMBER": _kv(None, VaultValues.v_member), "LISTING": _kv(None, VaultValues.v_listing), "PCN": _kv(None, VaultValues.v_pcn),
    "INVOICE": _kv(None, VaultValues.v_invoice), "ACCTREF": _kv(None, VaultValues.v_acctref), "DEVICE": _kv(None, VaultValues.v_device),
    "UA": _kv(None, VaultValues.v_ua), "DURATION": _kv(None, VaultValues.v_duration), "PROVIDER": _kv(None, VaultValues.v_provider),
    "SITE": _kv(None, VaultValues.v_site), "COMPANY": _kv(None, VaultValues.v_company),
    "USERID": _kv(None, VaultValues.v_userid), "TS": _kv(None, VaultValues.v_ts), "EPOCHMS": _kv(None, VaultValues.v_epoch_ms),
    "DATE": _kl(None, VaultValues.v_date), "TIME": _kv(None, VaultValues.v_time),
}


# `vault`: written 2026-11-26 by an independent author before the scanner ran on it. Frozen and
# never inspected: only its totals and per-entity table are looked at, never its errors.
TEMPLATES_H = [
    # insurance
    ("en", "Claim {CLAIM} - water damage (kitchen ceiling)\nPolicyholder: {PERSON@a}\nPolicy no. {POLICY}\nLoss location: {ADDR}\n"
           "Date of loss: {DATE}\n\nBest number to reach me is {PHONE}, after 5pm please. Photos attached.\n\nRegards,\n{FIRST@a}"),
    ("en", "FNOL via app {VER}: driver {LASTFIRST} rear-ended at a junction near {CITY}. Other party: {PERSON}, insurer {COMPANY}, "
           "policy {POLICY}. Tow to {COMPANY} body shop. Claimant DOB {DOB}."),
    # e-commerce returns
    ("en", "[{TS}] customer: hi, I want to return the {PRODUCT} from order {ORDER}, it arrived scratched\n"
           "[{TS}] agent ({FIRST@b}): Sorry about that! Can you confirm the email on the order?\n[{TS}] customer: {EMAIL}\n"
           "[{TS}] agent ({FIRST@b}): Thanks. {RMA} created, a prepaid {CARRIER} label will go to {STREET}."),
    ("en", "Return label\nFROM:\n{UPPER}\n{ADDRML}\nTO: Returns Dept, Unit 7\nRef {RMA} / {ORDER}\nWeight 1.2kg"),
    # telecom
    ("en", "Ticket {CASE} | Mobile support\nAccount holder: {LASTFIRST}\nMSISDN: {PHONEE164}\nIssue: no data since update {VER}. SIM ICCID {ICCID}, "
           "handset IMEI {IMEI}, Wi-Fi MAC {MAC}.\nCallback on {PHONE} {EXT}."),
    ("en", "Port-out PIN requested for {PHONENATL} by caller claiming to be {PERSON}. Failed security (wrong DOB given, on file {DOB}). "
           "Flagged to fraud team, case {CASE}."),
    # bank fraud
    ("en", "FRAUD REPORT {CASE}\nCustomer {PERSON} reports unauthorised charges on card {CARD} at {BRAND} totalling {MONEY}.\n"
           "Card blocked {TS}. Replacement card to be mailed to:\n{ADDRML}\nID verified with SSN {SSN} and date of birth {DOB}."),
    ("en", "Hi, I just got a text saying my {BANKNAME} account was locked and to call {PHONE}. I gave them my checking account number {BANK} "
           "before realising. Is this you?? - {LOWER}"),
    # school / parents
    ("en", "Dear Parents/Guardians,\nA reminder that the Year 5 trip is on {DATE}. Please return the consent form and tell us about any allergies.\n\n"
           "Kind regards,\nMrs {LAST}\nClass teacher"),
    ("en", "Hi Mr {LAST@c}, {FIRST@b} won't be in today, temperature of 38.5. We'll keep her home until Thursday. Thanks, {PERSON@a} ({PHONE})"),
    ("en", "Student enrolment form\nStudent: {PERSON}\nDate of birth: {DOBKID}\nParent/carer: {PERSON@p}\nEmail: {EMAIL@p}\nHome address: {ADDR}\n"
           "Medical notes: mild asthma, inhaler in bag"),
    # real estate
    ("en", "New enquiry via listing #{LISTING}\nName: {PERSON}\nEmail: {EMAIL}\nPhone: {PHONE}\nMessage: Hi, is the 2-bed on {STREET} still "
           "available? We're relocating from {CITY} in the spring and would love a viewing. Budget up to {MONEY} per month."),
    ("en", "Tenancy application - {PERSON@a}, currently at {ADDR}, previous landlord {PERSON@b} ({EMAIL@b}). Employer {COMPANY}, "
           "income {MONEY}/yr. SSN for credit check: {SSN}."),
    # airline
    ("en", "Your flight {FLIGHT} from {CITY} to {CITY} on {DATE} has been cancelled. We have rebooked {PAX} on {FLIGHT} departing {TIME}, "
           "seat {SEAT}. Booking reference {PNR}. Questions? Reply to this message or call {PHONE}."),
    ("en", "PNR {PNR}\n 1.1{PAX@a} 2.1{PAX@b}\n {FLIGHT} Y {DATE} HK2 {TIME}\nCTCE {EMAIL@a}\nCTCM {PHONEE164}\nFOID PP / DOCS DOB {DOB}"),
    # clinic
    ("en", "Reminder: {FIRST}, you have an appointment with Dr {LAST} at {BRAND} on {DATE} at {TIME}. Reply C to confirm or R to reschedule."),
    ("en", "Voicemail from {PHONE} ({DURATION}): hi this is {PERSON} calling about my blood test results, date of birth {DOB}, "
           "please call me back on this number, thanks"),
    ("en", "{PERSON} - DOB {DOB} - hygiene visit booked {DATE} {TIME} with {INITLAST}, RDH. Insurance member ID {MEMBER}. Balance {MONEY}."),
    # marketplace
    ("en", "Buyer: is this still available? can pick up today\nSeller: yes! {MONEY} firm. I'm at {ADDR}, ring the bell for the side door\n"
           "Buyer: great, I'm {FIRST}, my number is {PHONE} in case I get lost"),
    ("en", "Message from {LOWER}: pay me through the app please, not to {EMAIL}. I don't do bank transfers to {IBAN} either, sorry"),
    # GDPR / data subject requests
    ("en", "Subject: Data subject access request (Art. 15 GDPR)\n\nTo whom it may concern,\nI, {PERSON@a}, born {DOB}, request a copy of all "
           "personal data you hold about me, including data linked to the e-mail address {EMAIL@a} and the phone number {PHONE}. "
           "My current postal address is:\n{ADDRML}\n\nYours faithfully,\n{PERSON@a}"),
    ("en", "DSR-{INC} erasure request verified. Identity: {INITLAST}, {EMAIL}, last login IP {IP}. Systems: CRM, billing, {PROVIDER}. Due {DATE}."),
    # app reviews
    ("en", "★☆☆☆☆ by {LOWER} - version {VER}\nApp keeps logging me out. Support asked for my password ({PW}) over chat?!? is that normal"),
    ("en", "★★★★★ {FIRST} from {CITY}: Love the new {PRODUCT} bundle, delivery in 2 days. {BRAND} should take notes!"),
    # webhooks / logs / config
    ("en", '{TS} INFO webhook.received id={UUID} payload={"type":"charge.refunded","customer":{"name":"{PERSON}","email":"{EMAIL}",'
           '"address":{"line1":"{STREET}","city":"{CITY}"}},"amount":{CENTS},"currency":"usd"}'),
    ("en", '{"event":"user.signup","ts":{EPOCHMS},"user":{"id":{USERID},"full_name":"{PERSON}","dob":"{DOBISO}","phone":"{PHONEE164}",'
           '"ip":"{IP}","ua":"{UA}"},"app_version":"{VER}"}'),
    ("en", "{TS} sshd[{PID}]: Accepted publickey for deploy from {IP4} port {PORT} ssh2: RSA SHA256:{SSHFP}"),
    ("en", "# .env.production\nDATABASE_URL=postgres://app:{PWURL}@db.internal:5432/app\nVENDOR_API_KEY={KEY}\nSENTRY_RELEASE={VER}\n"
           "ADMIN_EMAIL={EMAIL}\nBUILD_SHA={HASH}"),
    ("en", "ci/build #{BUILD} failed: step 'deploy' exited 1\n  + curl -sS -H \"Authorization: Bearer {KEY}\" https://api.example.net/v2/releases\n"
           "  commit {SHA7} by {PERSON} <{EMAIL}>"),
    ("en", 'level=warn msg="profile update" user_id={USERID} name="{PERSON}" phone={PHONEE164} ip={IP} dur={DURATION} ua="{UA}"'),
    ("en", '{"ts":"{TS}","event":"bounce","recipient":"{EMAIL}","smtp":"550 5.1.1 user unknown","remote_ip":"{IP4}","campaign":"{PROMO}"}'),
    # support e-mail with a quoted reply
    ("en", "Hi {FIRST@a},\n\nThanks for getting back to me. The refund for {ORDER} still hasn't shown on my statement (card ending {LAST4}).\n\n"
           "Cheers,\n{PERSON@b}\n{PHONE}\n\nOn {DATE}, {PERSON@a} <{EMAIL@a}> wrote:\n> We've issued the refund of {MONEY}. Please allow 5-10 business days."),
    # payroll / US bank
    ("en", "Direct deposit authorization\nEmployee: {PERSON}\nBank: {BANKNAME}\nRouting number: {ROUTING}\nChecking account number: {BANK}\n"
           "SSN: {SSN}\nSigned {DATE}"),
    ("en", "AGENT: Thanks for calling, who am I speaking with?\nCALLER: it's {LOWER}\nAGENT: Can you verify the last four of your social and "
           "your date of birth?\nCALLER: {LAST4}, and {DOB}\nAGENT: Perfect. I see a payment of {MONEY} pending from account {BANK}."),
    # IT helpdesk
    ("en", "INC{INC} - password reset for {INITLAST} ({EMAIL}). Temporary password set to {PW}, must change at next logon. "
           "Workstation {HOST} / {IP4}. Old hash {BCRYPT} purged."),
    ("en", "Rotated the {PROVIDER} key after it showed up in a public gist. Old: {KEY} - new one is in the vault. Fingerprint {HASH}. Cheers, {FIRST}"),
    # shipping, utilities, misc.
    ("en", "Shipping to:\n{PERSON}\n{ADDRML}\nTracking: {TRACK} via {CARRIER}\nEstimated delivery {DATE}"),
    ("en", "Account {ACCTREF} closed at {STREET}; forward the final bill of {MONEY} to {POBOX}. Card on file {MASKCARD}, auto-pay off."),
    ("en", "URGENT - please process today. Beneficiary: {PERSON}\nIBAN: {IBAN}\nBIC: {BIC}\nAmount: {MONEY}\nRef: {INVOICE}\n\nSent from my iPhone"),
    ("en", "name,url,username,password\n{SITE},{EMAIL},{PW}"),
    ("en", "Dear {PERSON}, your KYC update is pending. Registered mobile {PHONE}. Address on record: {ADDR}. Please visit your branch with photo ID."),
    ("en", "PCN {PCN} issued to the registered keeper {UPPER}, {ADDR}. Amount due {MONEY}, reduced by half if paid within 14 days."),
    ("en", "Security alert for {EMAIL}: new sign-in from {DEVICE} at {IP6} near {CITY}. Not you? Secure your account. Ref {UUID}"),
    ("en", "Chargeback {CASE}: cardholder {PERSON} says the {PRODUCT} ({MONEY}) never arrived. Card {CARD}, merchant {BRAND}, "
           "tracking {TRACK} marked delivered {DATE}."),
    # other languages
    ("es", "Hola {FIRST@a}, la devolución del pedido {ORDER} ha sido aprobada. Reembolsaremos {MONEY} en la cuenta {IBAN} en 3-5 días hábiles.\n"
           "Un saludo,\n{PERSON@b}"),
    ("es", "Solicitud de supresión (art. 17 RGPD): nombre {PERSON}, fecha de nacimiento {DOB}, correo {EMAIL}, móvil {PHONE}."),
    ("fr", "Bonjour, je m'appelle {PERSON}, née le {DOB}. Suite au sinistre du {DATE} (dossier {CLAIM}), merci de me rappeler au {PHONE}. "
           "Adresse : {ADDR}."),
    ("fr", "Votre rendez-vous chez le Dr {LAST} est confirmé le {DATE} à {TIME}. Patient : {PERSON}. Pour annuler : {PHONE}."),
    ("de", "Sehr geehrte Frau {LAST@a},\nwir bestätigen die Rücksendung Ihrer Bestellung {ORDER}. Die Erstattung von {MONEY} erfolgt auf das "
           "Konto {IBAN}.\nMit freundlichen Grüßen\n{PERSON@b}"),
    ("de", "Schadenmeldung {CLAIM}: Versicherungsnehmer {PERSON}, geb. {DOB}, wohnhaft {ADDR}, Tel. {PHONE}, E-Mail {EMAIL}."),
    ("it", "Gentile {PERSON}, la sua prenotazione {PNR} è stata modificata: nuovo volo {FLIGHT} da {CITY} il {DATE} alle {TIME}. "
           "Per assistenza chiami il {PHONE}."),
    ("it", "Segnalazione frode: il cliente {PERSON}, nato il {DOB}, contesta addebiti non autorizzati sulla carta {CARD}. Pratica {CASE}."),
    ("pt", "Olá {FIRST}, a sua encomenda {ORDER} será entregue em {ADDR}. Contacto do estafeta: {PHONE}."),
    ("pt", "Pedido RGPD de {PERSON}: data de nascimento {DOB}, email {EMAIL}, palavra-passe antiga {PW} (já alterada)."),
    ("nl", "Beste {FIRST@a},\nUw afspraak bij de tandarts is verzet naar {DATE} om {TIME}. Bel bij verhindering {PHONE}.\n"
           "Met vriendelijke groet,\n{PERSON@b}"),
    ("nl", "Klantnotitie: {PERSON}, geboren {DOB}, woont op {ADDR}, rekeningnummer {IBAN}. Terugbetaling {MONEY} goedgekeurd."),
    ("pl", "Dzień dobry, nazywam się {PERSON}. Proszę o zmianę adresu dostawy na {ADDR}. Mój numer telefonu: {PHONE}, data urodzenia {DOB} r."),
    ("sv", "Hej {FIRST@a}! Din bokning {PNR} är ombokad till {DATE} kl. {TIME} från {CITY}. Vid frågor ring {PHONE}.\nMvh {PERSON@b}"),
    ("no", "Hei, jeg heter {PERSON} og er født {DOB}. Jeg ber om innsyn i opplysningene dere har lagret om meg ({EMAIL}, {PHONE})."),
    ("fi", "Hei {FIRST}, muistutus: hammaslääkäriaika {DATE} klo {TIME}. Osoite: {ADDR}. Peruutukset numeroon {PHONE}."),
    ("cs", "Dobrý den, jmenuji se {PERSON}, narozen(a) {DOB}. Reklamace objednávky {ORDER}, vrácení peněz na účet {IBAN}. Tel.: {PHONE}"),
]


def _structured_vault(rows: int, seed: int) -> dict[str, list[Column]]:
    """The `vault` split's tables, written 2026-11-26 by an independent author before the
    scanner ran on them; frozen and never inspected. Header styles: snake_case, PascalCase,
    camelCase, SCREAMING_SNAKE with bank abbreviations (CHK_ACCT_NO, ABA_RTN, CUST_PH), German
    and Finnish headers, generic col_N headers, terse web-app abbreviations (usr_id, pwd,
    pwd_hash). Containers: insurance claims, e-commerce returns, telecom subscribers, card fraud
    cases, a school's parent contacts, a Finnish customer register, a raw import, app users.
    Look-alikes: claim/policy/RMA/tracking/case numbers, ICCIDs (Luhn-valid, 19-20 digits),
    IMEIs, MAC addresses, routing numbers, masked cards, merchant and product names that look
    like people or streets, hashes and fingerprints, boolean *_verified columns,
    password_changed_at, phone extensions, Finnish payment references, versions that look like
    IPv4 addresses, epoch milliseconds, money, class codes. Some PII columns are sparse or hold
    placeholders. Every value is drawn from rng: no clock."""
    rng = random.Random(f"vault-{seed}")
    kit = _CastColumns(rng, LOCALES["vault"], rows, blank=0.04, vcls=VaultValues)
    col, const = kit.col, kit.const
    V = VaultValues

    def stamp(v: VaultValues) -> str:
        t = dt.datetime(2019, 3, 1) + dt.timedelta(seconds=rng.randint(0, 86400 * 2400))
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def iso(v: VaultValues) -> str:
        t = dt.datetime(2022, 1, 1) + dt.timedelta(seconds=rng.randint(0, 86400 * 1400))
        return f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"

    def day_us(v: VaultValues) -> str:
        return f"{dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1400)):%m/%d/%Y}"

    def day_eu(v: VaultValues) -> str:
        return f"{dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 2000)):%d.%m.%Y}"

    def boolean(*choices: str):
        return lambda v: rng.choice(list(choices))

    def dob_us(v: VaultValues) -> str:
        return f"{v.f.date_between_dates(dt.date(1940, 1, 1), dt.date(2006, 12, 31)):%m/%d/%Y}"

    return {
        "claims_intake": [
            const("claim_number", V.v_claim),
            col("claimant_name", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("claimant_email", "EMAIL_ADDRESS", V.v_email, mixed=True, blank=0.1),
            col("contact_phone", "PHONE_NUMBER", V.v_phone, locale="en_US", blank=0.08, junk=0.05),
            col("insured_dob", "DATE_OF_BIRTH", dob_us, locale="en_US"),
            col("loss_address", "STREET_ADDRESS", V.v_addr, locale="en_US"),
            col("loss_city", "LOCATION", V.v_city, locale="en_US"),
            const("policy_no", V.v_policy),
            const("date_of_loss", day_us),
            const("reserve_amt", lambda v: f"{rng.randint(250, 85000)}.{rng.randint(0, 99):02d}"),
            const("adjuster_ext", V.v_ext),
            const("email_verified", boolean("true", "false")),
            const("fnol_channel", boolean("web", "phone", "app", "agent")),
            const("adjuster_code", lambda v: f"ADJ-{rng.randint(1, 400):04d}"),
        ],
        "ReturnRequests": [
            const("RmaNumber", V.v_rma),
            const("OrderRef", V.v_order),
            col("CustomerName", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("ContactEmail", "EMAIL_ADDRESS", V.v_email, mixed=True),
            col("ShipFromAddress", "STREET_ADDRESS", V.v_addr_ml, locale="en_GB"),
            col("RefundIban", "IBAN_CODE", V.v_iban, mixed=True, blank=0.35),
            const("ProductTitle", V.v_product),
            const("TrackingNumber", V.v_track),
            const("Carrier", V.v_carrier),
            const("RefundTotal", V.v_money),
            const("RequestedAt", iso),
            const("IsPhoneVerified", boolean("True", "False")),
            const("ReasonCode", boolean("DAMAGED", "WRONG_SIZE", "NOT_AS_DESCRIBED", "CHANGED_MIND", "LATE")),
        ],
        "telecomSubscribers": [
            const("subscriberId", lambda v: f"SUB{rng.randint(0, 10**9):09d}"),
            col("subscriberName", "PERSON", lambda v: _full(v.cast_name()), locale="en_IN"),
            col("msisdn", "PHONE_NUMBER", V.v_phone_e164, mixed=True),
            col("altContactNumber", "PHONE_NUMBER", V.v_phone_natl, locale="en_AU", blank=0.3, junk=0.06),
            col("billingAddress", "STREET_ADDRESS", V.v_addr, locale="en_AU"),
            col("dateOfBirth", "DATE_OF_BIRTH", lambda v: v.v_dob("en"), locale="en_AU"),
            col("lastSeenIp", "IP_ADDRESS", V.v_ip),
            const("iccid", V.v_iccid),
            const("imei", V.v_imei),
            const("deviceMac", V.v_mac),
            const("tariffCode", boolean("UNL-5G-40", "SIMO-12-20GB", "PAYG", "FAM-4", "BIZ-PRO")),
            const("dataUsedMb", lambda v: str(rng.randint(0, 250000))),
            const("firmwareVersion", lambda v: f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
            const("simActivatedAt", stamp),
        ],
        "FRAUD_CASES": [
            const("CASE_REF", V.v_case),
            col("CARDHOLDER_NM", "PERSON", lambda v: _full(v.cast_name()).upper(), locale="en_US"),
            col("CARD_NO", "CREDIT_CARD", V.v_card),
            col("CUST_SSN", "US_SSN", V.v_ssn, blank=0.1),
            col("CHK_ACCT_NO", "US_BANK_NUMBER", V.v_bank),
            col("CUST_DOB", "DATE_OF_BIRTH", dob_us, locale="en_US"),
            col("CUST_PH", "PHONE_NUMBER", V.v_phone, locale="en_US"),
            col("LOGIN_IP_ADDR", "IP_ADDRESS", V.v_ip4),
            const("ABA_RTN", V.v_routing),
            const("MASKED_PAN", V.v_maskcard),
            const("TXN_AMT", lambda v: f"{rng.randint(1, 4999)}.{rng.randint(0, 99):02d}"),
            const("TXN_TS", stamp),
            const("MERCHANT_NM", lambda v: rng.choice([V.v_brand(v), V.v_bankname(v), " ".join(V.v_product(v).split(" ")[:2])])),
            const("MCC", lambda v: rng.choice(["5411", "5812", "5999", "4829", "6011", "7995", "5732"])),
            const("DEVICE_FP", lambda v: _chars(rng, 64, "0123456789abcdef")),
            const("SSN_VERIFIED_FLG", boolean("Y", "N")),
        ],
        "schueler_kontakte": [
            const("schuelernummer", lambda v: f"{rng.randint(2015, 2025)}{rng.randint(0, 9999):04d}"),
            col("vorname", "PERSON", lambda v: v.cast_name()[0], locale="de_DE"),
            col("nachname", "PERSON", lambda v: v.cast_name()[2], locale="de_DE"),
            col("geburtsdatum", "DATE_OF_BIRTH", lambda v: v.v_dob_child("de"), locale="de_DE"),
            col("erziehungsberechtigte", "PERSON", lambda v: _full(v.cast_name()), locale="de_DE"),
            col("strasse_hausnr", "STREET_ADDRESS", V.v_street, locale="de_DE"),
            col("wohnort", "LOCATION", V.v_city, locale="de_DE"),
            col("telefon_eltern", "PHONE_NUMBER", V.v_phone, locale="de_DE", junk=0.04),
            col("email_eltern", "EMAIL_ADDRESS", V.v_email, locale="de_DE", blank=0.15),
            const("klasse", lambda v: f"{rng.randint(5, 13)}{rng.choice('abcd')}"),
            const("einwilligung_foto", boolean("ja", "nein")),
            const("letzte_aenderung", day_eu),
        ],
        "asiakkaat": [
            const("asiakasnumero", lambda v: str(rng.randint(100000, 9999999))),
            col("etunimi", "PERSON", lambda v: v.cast_name()[0], locale="fi_FI"),
            col("sukunimi", "PERSON", lambda v: v.cast_name()[2], locale="fi_FI"),
            col("syntymaaika", "DATE_OF_BIRTH", lambda v: v.v_dob("fi"), locale="fi_FI"),
            col("katuosoite", "STREET_ADDRESS", V.v_street, locale="fi_FI"),
            col("postitoimipaikka", "LOCATION", V.v_city, locale="fi_FI"),
            col("puhelin", "PHONE_NUMBER", V.v_phone, locale="fi_FI"),
            col("sahkoposti", "EMAIL_ADDRESS", V.v_email, locale="fi_FI"),
            col("tilinumero", "IBAN_CODE", V.v_iban, locale="fi_FI"),
            const("viitenumero", V.v_ref_fi),
            const("luotu", day_eu),
            const("markkinointilupa", boolean("kyllä", "ei")),
        ],
        "raw_import_0425": [
            const("col_1", V.v_uuid),
            col("col_2", "PERSON", lambda v: _full(v.cast_name()), mixed=True),
            col("col_3", "EMAIL_ADDRESS", V.v_email, mixed=True),
            col("col_4", "PHONE_NUMBER", V.v_phone_intl, mixed=True),
            const("col_5", V.v_epoch_ms),
            col("col_6", "IP_ADDRESS", V.v_ip, mixed=True),
            const("col_7", V.v_version),
            col("col_8", "IBAN_CODE", V.v_iban_compact, mixed=True),
            col("col_9", "DATE_OF_BIRTH", V.v_dob_iso, mixed=True),
            const("col_10", V.v_money),
            col("col_11", "CREDIT_CARD", V.v_card),
            const("col_12", boolean("0", "1")),
            const("col_13", lambda v: _chars(rng, 40, "0123456789abcdef")),
            col("col_14", "STREET_ADDRESS", V.v_addr, mixed=True),
        ],
        "app_users": [
            const("usr_id", V.v_userid),
            col("full_name", "PERSON", lambda v: _full(v.cast_name()), locale="en_CA"),
            col("email", "EMAIL_ADDRESS", V.v_email, locale="en_CA"),
            col("mobile", "PHONE_NUMBER", V.v_phone, locale="en_CA", blank=0.4),
            col("pwd", "PASSWORD", V.v_password),
            const("pwd_hash", V.v_bcrypt),
            const("password_changed_at", iso),
            const("email_verified", boolean("1", "0")),
            const("phone_verified", boolean("1", "0")),
            col("api_token", "API_KEY", V.v_api_key, blank=0.2),
            const("api_token_last4", lambda v: _chars(rng, 4)),
            col("last_login_ip", "IP_ADDRESS", V.v_ip),
            const("signup_ua", V.v_ua),
            const("referral_code", V.v_promo),
            const("ui_locale", boolean("en-CA", "fr-CA", "en-US", "en-GB")),
        ],
    }


_CAST_SPLITS["vault"] = (TEMPLATES_H, KINDS_H, VaultValues,
                         [("en_US", 40), ("en_GB", 15), ("en_CA", 8), ("en_AU", 8), ("en_IE", 5), ("en_NZ", 4), ("en_IN", 10)])
