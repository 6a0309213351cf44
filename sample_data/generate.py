#!/usr/bin/env python3
"""Generate the EngageCRM sample data set used to exercise pii-audit.

    python sample_data/generate.py [--out DIR] [--truth FILE]

Everything is derived from a fixed seed and a fixed reference date
(2026-11-25), so every run writes byte-identical files. Only the standard
library and Faker are needed; nothing touches the network.

All values are fake but valid in form: Faker names and addresses, fictional
or randomly drawn phone numbers, Luhn-valid card numbers, SSNs in valid
ranges, IBANs with correct mod-97 check digits, and IP addresses from the
documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32).

`--truth FILE` also writes a JSON description of what a scanner should find
(per container and field: entity, category and count; retention counts for
--as-of 2026-11-25; plaintext sensitive values; look-alikes that must not be
flagged). See README.md in this folder.
"""
from __future__ import annotations

import argparse
import base64
import csv
import gzip
import hashlib
import io
import json
import os
import random
import sqlite3
import string
import sys
import unicodedata
import uuid
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

SEED = 20261125
REF = datetime(2026, 11, 25, tzinfo=timezone.utc)  # the audit's --as-of date
AS_OF = REF.date().isoformat()
LIMITS = {"Account": 2555, "Usage": 730, "Content": 365}  # days, rules/policy.yaml
BOUNDARIES = (365, 730, 2555)
MARGIN_DAYS = 5  # no timestamp lies this close to a retention boundary

LOCALES = ("en_US", "en_GB", "de_DE", "es_ES", "fr_FR")
LOCALE_WEIGHTS = (34, 20, 18, 14, 14)
COUNTRY_NAME = {
    "en_US": "United States", "en_GB": "United Kingdom", "de_DE": "Germany",
    "es_ES": "Spain", "fr_FR": "France",
}
BRANDS = (
    "Brightsmile Dental", "Northwind Traders", "Contoso Fitness", "Fabrikam Realty",
    "Tailspin Travel", "Lakeside Yoga", "Bluebird Bakery", "Harbor Auto Care",
    "Greenleaf Florists", "Summit Physio",
)
DOC_NETS_V4 = ("192.0.2", "198.51.100", "203.0.113")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STD_B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
BCRYPT_B64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
CRYPT_CHARS = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


# --------------------------------------------------------------------------
# randomness and time
# --------------------------------------------------------------------------

class Ctx:
    """A per-section random source: sections do not disturb each other."""

    def __init__(self, section: str):
        self.section = section
        self.rng = random.Random(f"{SEED}/{section}")
        self._fakers: dict[str, Faker] = {}

    def faker(self, locale: str) -> Faker:
        fk = self._fakers.get(locale)
        if fk is None:
            fk = Faker(locale)
            fk.seed_instance(f"{SEED}/{self.section}/{locale}")
            self._fakers[locale] = fk
        return fk

    def locale(self) -> str:
        return self.rng.choices(LOCALES, LOCALE_WEIGHTS)[0]


def at_age(r: random.Random, lo_days: float, hi_days: float) -> datetime:
    """A UTC instant between lo and hi days before REF, never near a boundary."""
    for _ in range(1000):
        age = r.uniform(lo_days, hi_days)
        if all(abs(age - b) > MARGIN_DAYS for b in BOUNDARIES):
            return REF - timedelta(seconds=int(age * 86400))
    raise ValueError(f"no age in [{lo_days}, {hi_days}] away from boundaries")


def age_days(dt: datetime) -> float:
    return (REF - dt).total_seconds() / 86400


def between(r: random.Random, start: datetime, end: datetime) -> datetime:
    return at_age(r, age_days(end), age_days(start))


def bands(r: random.Random, n: int, spec: list[tuple[int, float, float]]) -> list[datetime]:
    """n instants: spec is [(count, lo_days, hi_days)], the rest fresh (<360 d)."""
    out = []
    for count, lo, hi in spec:
        out += [at_age(r, lo, hi) for _ in range(count)]
    out += [at_age(r, 0.2, 360) for _ in range(n - len(out))]
    out.sort()
    return out


def sql_ts(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def iso_z(dt: datetime, ms: bool = False) -> str:
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


# --------------------------------------------------------------------------
# people, contact details
# --------------------------------------------------------------------------

def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_.lower() if ch.isalnum())


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


US_AREAS = ("201", "202", "206", "212", "213", "305", "312", "404", "415", "503",
            "512", "602", "617", "646", "702", "713", "718", "808", "917")


def make_phone(r: random.Random, loc: str) -> dict:
    """A phone number valid for its country: e164, intl and national forms."""
    k = r.random()
    if loc == "en_US":  # 555-0100..0199 is reserved for fiction
        a, line = r.choice(US_AREAS), f"01{r.randint(0, 99):02d}"
        return {"e164": f"+1{a}555{line}", "intl": f"+1 {a}-555-{line}",
                "national": f"({a}) 555-{line}"}
    if loc == "en_GB":
        if k < 0.35:  # Ofcom drama range, London
            sub = f"0{r.randint(0, 999):03d}"
            return {"e164": f"+44207946{sub}", "intl": f"+44 20 7946 {sub}",
                    "national": f"020 7946 {sub}"}
        if k < 0.5:  # Ofcom drama range, Manchester
            sub = f"0{r.randint(0, 999):03d}"
            return {"e164": f"+44161496{sub}", "intl": f"+44 161 496 {sub}",
                    "national": f"0161 496 {sub}"}
        pre, sub = r.choice(("4", "5", "8")) + digits(r, 2), digits(r, 6)
        return {"e164": f"+447{pre}{sub}", "intl": f"+44 7{pre} {sub}", "national": f"07{pre} {sub}"}
    if loc == "de_DE":
        if k < 0.3:
            sub = digits(r, 8)
            return {"e164": f"+4930{sub}", "intl": f"+49 30 {sub}", "national": f"030 {sub}"}
        if k < 0.45:
            sub = digits(r, 7)
            return {"e164": f"+4989{sub}", "intl": f"+49 89 {sub}", "national": f"089 {sub}"}
        pre = r.choice(("151", "152", "176"))
        sub = digits(r, 8)
        return {"e164": f"+49{pre}{sub}", "intl": f"+49 {pre} {sub}", "national": f"0{pre} {sub}"}
    if loc == "fr_FR":
        if k < 0.35:
            first = "1"
        elif k < 0.8:
            first = "6" + r.choice("01245678")
        else:
            first = "7" + r.choice("345678")
        rest = first + digits(r, 9 - len(first))
        pairs = " ".join(rest[i:i + 2] for i in range(1, 9, 2))
        return {"e164": f"+33{rest}", "intl": f"+33 {rest[0]} {pairs}",
                "national": f"0{rest[0]} {pairs}"}
    # es_ES
    if k < 0.6:
        rest = "6" + digits(r, 8)
        grp = f"{rest[0:3]} {rest[3:6]} {rest[6:9]}"
    else:
        rest = r.choice(("91", "93")) + digits(r, 7)
        grp = f"{rest[0:2]} {rest[2:5]} {rest[5:7]} {rest[7:9]}"
    return {"e164": f"+34{rest}", "intl": f"+34 {grp}", "national": grp}


def phone_text(r: random.Random, ph: dict, weights=(40, 35, 25)) -> str:
    return ph[r.choices(("e164", "intl", "national"), weights)[0]]


def make_address(fk: Faker, loc: str) -> str:
    street = fk.street_address().replace("\n", ", ").strip()
    if loc == "en_US":
        st = fk.state_abbr(include_territories=False, include_freely_associated_states=False)
        return f"{street}, {fk.city()}, {st} {fk.zipcode()}"
    if loc == "en_GB":
        return f"{street}, {fk.city()} {fk.postcode()}"
    return f"{street}, {fk.postcode()} {fk.city()}"


def make_email(ctx: Ctx, fk: Faker, first: str, last: str) -> str:
    r = ctx.rng
    fi = slug(first) or "user"
    la = slug(last.split()[0]) or "mail"
    local = r.choice((
        f"{fi}.{la}", f"{fi[0]}{la}", f"{fi}_{la}{r.randint(1, 99)}",
        f"{la}.{fi}", f"{fi}{r.randint(1960, 2006)}", f"{fi}.{la[0]}",
    ))
    if r.random() < 0.55:
        domain = r.choice(("example.com", "example.org", "example.net", "mail.example.com"))
    else:
        domain = fk.free_email_domain()
    return f"{local}@{domain}"


def person(ctx: Ctx, loc: str | None = None) -> dict:
    loc = loc or ctx.locale()
    fk = ctx.faker(loc)
    first, last = fk.first_name(), fk.last_name()
    if loc == "es_ES" and ctx.rng.random() < 0.6:
        last = f"{last} {fk.last_name()}"
    return {
        "locale": loc, "first": first, "last": last, "full": f"{first} {last}",
        "email": make_email(ctx, fk, first, last), "phone": make_phone(ctx.rng, loc),
        "address": make_address(fk, loc), "country": COUNTRY_NAME[loc],
    }


def ipv4(r: random.Random) -> str:
    return f"{r.choice(DOC_NETS_V4)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"
    return "2001:db8:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def ip(r: random.Random, v6_share: float = 0.15) -> str:
    return ipv6(r) if r.random() < v6_share else ipv4(r)


def browser_ua(r: random.Random) -> str:
    v, m = r.randint(118, 131), r.randint(0, 6)
    return r.choice((
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
        f"Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
        f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
        f"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
        f"EngageCRM-iOS/5.{m}.{r.randint(0, 9)} (iPhone15,2; iOS 17.{m})",
        f"EngageCRM-Android/5.{m}.{r.randint(0, 9)} (SM-S911B; Android 14)",
    ))


def api_ua(r: random.Random) -> str:
    return r.choice((f"python-requests/2.{r.randint(28, 32)}.0", f"curl/8.{r.randint(1, 9)}.0",
                     "okhttp/4.12.0", f"EngageCRM-Zapier/1.{r.randint(0, 9)}", browser_ua(r)))


def sip_ua(r: random.Random) -> str:
    m, p = r.randint(0, 9), r.randint(0, 40)
    return r.choice((
        f"Linphone/5.2.{m} (belle-sip/5.2.{m})", f"Zoiper rv2.10.{m}.{p}",
        "OBIHAI/OBi202-3.2.2.5921EX", f"PolycomVVX-VVX_411-UA/6.4.{m}.{p}",
        f"EngageCRM-Voice/3.{m}.{p}", f"twilio-voice-js/2.{m}.0", browser_ua(r),
    ))


# --------------------------------------------------------------------------
# sensitive values (valid formats)
# --------------------------------------------------------------------------

def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    return luhn_digit(d[:-1]) == d[-1]


def card_number(r: random.Random) -> str:
    brand = r.choices(("visa", "mc", "amex"), (50, 35, 15))[0]
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mc":
        prefix = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
        length = 16
    else:
        prefix, length = r.choice(("34", "37")), 15
    body = prefix + digits(r, length - len(prefix) - 1)
    return body + luhn_digit(body)


def format_card(r: random.Random, num: str, weights=(45, 35, 20)) -> str:
    style = r.choices(("plain", "spaces", "dashes"), weights)[0]
    if style == "plain":
        return num
    parts = [num[0:4], num[4:10], num[10:]] if len(num) == 15 else \
        [num[i:i + 4] for i in range(0, 16, 4)]
    return (" " if style == "spaces" else "-").join(parts)


def mask_card(r: random.Random, num: str) -> str:
    k = r.random()
    if k < 0.45:
        return f"**** **** **** {num[-4:]}"
    if k < 0.8:
        return num[:6] + "*" * (len(num) - 10) + num[-4:]
    return f"XXXX-XXXX-XXXX-{num[-4:]}"


def ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if s in ("078-05-1120", "219-09-9999", "123-45-6789") or len(set(s) - {"-"}) < 3:
            continue
        return s


def aba_routing(r: random.Random) -> str:
    first = r.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
    body = first + digits(r, 6)
    w = (3, 7, 1, 3, 7, 1, 3, 7)
    check = (10 - sum(int(d) * w[i] for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{98 - num % 97:02d}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    num = int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4]))
    return num % 97 == 1


def es_control(ten: str) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(ten)) % 11
    return {11: "0", 10: "1"}.get(d, str(d))


def iban(r: random.Random, country: str) -> str:
    if country == "DE":
        bban = str(r.randint(1, 8)) + digits(r, 7) + digits(r, 10)
    elif country == "GB":
        bban = r.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK", "WEST")) + digits(r, 14)
    elif country == "FR":
        bank, branch, acct = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    else:  # ES
        bank, branch, acct = digits(r, 4), digits(r, 4), digits(r, 10)
        bban = bank + branch + es_control("00" + bank + branch) + es_control(acct) + acct
    return country + iban_check(country, bban) + bban


def print_iban(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def bcrypt_b64(data: bytes) -> str:
    std = base64.b64encode(data).decode().rstrip("=")
    return std.translate(str.maketrans(STD_B64, BCRYPT_B64))


def password_hash(r: random.Random) -> str:
    k = r.random()
    if k < 0.7:
        prefix = "$2b$12$" if r.random() < 0.85 else "$2y$10$"
        return prefix + bcrypt_b64(r.randbytes(16)) + bcrypt_b64(r.randbytes(23))
    if k < 0.9:
        b64 = lambda n: base64.b64encode(r.randbytes(n)).decode().rstrip("=")  # noqa: E731
        return f"$argon2id$v=19$m=65536,t=3,p=4${b64(16)}${b64(32)}"
    salt = "".join(r.choice(CRYPT_CHARS) for _ in range(16))
    return f"$6${salt}$" + "".join(r.choice(CRYPT_CHARS) for _ in range(86))


WORDS = ("Summer", "Winter", "Spring", "Autumn", "Welcome", "Password", "Monkey", "Dragon",
         "Sunshine", "Football", "Liverpool", "Chelsea", "Berlin", "Madrid", "Paris",
         "Princess", "Letmein", "Qwerty", "Shadow", "Master", "Bayern", "Barcelona")


def plain_password(r: random.Random) -> str:
    k = r.random()
    w = r.choice(WORDS)
    if k < 0.4:
        return f"{w}{r.randint(2012, 2022)}{r.choice('!#$?')}"
    if k < 0.6:
        return f"{w.lower()}{r.randint(1, 999)}"
    if k < 0.75:
        return r.choice(("hunter2pass", "P@ssw0rd2018", "iloveyou22", "changeme!", "abc123abc",
                         "correcthorse9", "trustno1!", "Passwort123", "contraseña1", "azerty2020"))
    if k < 0.9:
        return f"{w[0]}{w[1:].lower()}_{r.choice(('mum', 'dog', 'cat', 'kids'))}{r.randint(10, 99)}"
    return f"{w}!{r.randint(1000, 9999)}"


# --------------------------------------------------------------------------
# free text
# --------------------------------------------------------------------------

PII_TEMPLATES = [  # (weight, language, template, entities)
    (14, "en", "Hi {first}, your appointment with Dr. {other_last} is confirmed for tomorrow at {hh}:{mm}.", ("PERSON",)),
    (12, "en", "Hi {first}, please call us back on {phone} about your booking.", ("PERSON", "PHONE_NUMBER")),
    (10, "en", "This is {full}, my new number is {phone}. Please update your records.", ("PERSON", "PHONE_NUMBER")),
    (10, "en", "Receipt sent to {email}. Reply HELP for assistance.", ("EMAIL_ADDRESS",)),
    (8, "en", "Please update my email to {email} thanks, {first}", ("EMAIL_ADDRESS", "PERSON")),
    (9, "en", "Courier update: delivering to {address} between 9am and 1pm today.", ("STREET_ADDRESS",)),
    (8, "en", "New lead: {full}, {phone}, interested in the premium plan.", ("PERSON", "PHONE_NUMBER")),
    (5, "de", "Hallo {first}, bitte rufen Sie uns unter {phone} zurück.", ("PERSON", "PHONE_NUMBER")),
    (5, "es", "Hola {first}, tu pedido se entregará en {address}.", ("PERSON", "STREET_ADDRESS")),
    (4, "fr", "Bonjour {first}, votre conseiller {other_full} vous rappellera demain.", ("PERSON",)),
    (4, "en", "pls charge my card {card} exp {exp} for the renewal", ("CREDIT_CARD",)),
    (5, "en_US", "my SSN is {ssn}, can you update my file?", ("US_SSN",)),
]

PLAIN_SMS = (
    ("en", "Your verification code is {otp}. Do not share it with anyone."),
    ("en", "Reminder: your appointment is tomorrow. Reply C to cancel or R to reschedule."),
    ("en", "Thanks for your order! It has shipped and should arrive in 2-3 business days."),
    ("en", "Flash sale this weekend: 20% off all plans. Reply STOP to opt out."),
    ("en", "Your table for {n} is confirmed. See you soon!"),
    ("en", "We received your payment. Thank you!"),
    ("en", "Your service request #{ticket} has been resolved. Reply 1-5 to rate us."),
    ("de", "Hallo! Ihr Termin morgen ist bestätigt. Antworten Sie STOP zum Abmelden."),
    ("es", "¡Hola! Tu pedido ya está en camino. Responde BAJA para no recibir más mensajes."),
    ("fr", "Bonjour, votre rendez-vous de demain est confirmé. Répondez STOP pour vous désabonner."),
    ("en", "Reply YES to confirm your booking."),
    ("en", "Your parcel is out for delivery today."),
    ("en", "Order {order} is ready for pickup at the front desk."),
)


def fill(ctx: Ctx, template: str, p: dict | None = None) -> str:
    r = ctx.rng
    p = p or person(ctx)
    needs = lambda key: "{" + key in template  # noqa: E731
    values = {"first": p["first"], "full": p["full"], "email": p["email"],
              "address": p["address"], "hh": f"{r.randint(8, 18):02d}", "mm": r.choice(("00", "15", "30", "45"))}
    if needs("phone"):
        values["phone"] = phone_text(r, p["phone"])
    if needs("other_"):
        other = person(ctx)
        values["other_last"], values["other_full"] = other["last"], other["full"]
    if needs("card"):
        values["card"] = format_card(r, card_number(r), (50, 40, 10))
        values["exp"] = f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
    if needs("ssn"):
        values["ssn"] = ssn(r)
    if needs("otp"):
        values["otp"] = digits(r, 6)
    if needs("ticket"):
        values["ticket"] = str(r.randint(10000, 99999))
    if needs("n"):
        values["n"] = str(r.randint(2, 8))
    if needs("order"):
        values["order"] = order_id(r)
    return template.format(**values)


def short_text(ctx: Ctx, pii_share: float, p: dict | None = None) -> tuple[str, tuple]:
    """An SMS-style text; returns (text, entities it contains)."""
    r = ctx.rng
    p = p or person(ctx)
    langs = ("en", p["locale"][:2], p["locale"])
    if r.random() < pii_share:
        pool = [t for t in PII_TEMPLATES if t[1] in langs]
        _, _, tpl, ents = r.choices(pool, [t[0] for t in pool])[0]
        return fill(ctx, tpl, p), ents
    return fill(ctx, r.choice([t for lang, t in PLAIN_SMS if lang in langs]), p), ()


EMAIL_PII = [
    (40, "Hi {first},\n\nYour appointment is confirmed for next week. If you need to reschedule, "
         "call {phone}.\n\nKind regards,\n{other_full}\n{brand}", ("PERSON", "PHONE_NUMBER")),
    (25, "Hello,\n\nPlease ship the replacement to {address}. You can reach me at {phone}.\n\n"
         "Thanks,\n{full}", ("STREET_ADDRESS", "PHONE_NUMBER", "PERSON")),
    (20, "Hi {first},\n\nwe have updated your contact address to {email} as requested.\n\n"
         "The {brand} team", ("PERSON", "EMAIL_ADDRESS")),
    (8, "Hi,\n\nfor the financing application: my SSN is {ssn} and you can charge the deposit to "
        "{card}.\n\n{full}", ("US_SSN", "CREDIT_CARD", "PERSON")),
    (7, "Hello,\n\nplease use card {card} (exp {exp}) for this month's invoice.\n\nBest", ("CREDIT_CARD",)),
]
EMAIL_PLAIN = (
    "Hello,\n\nThank you for your recent order. Your invoice {invoice} is attached.\n\nBest regards,\nThe {brand} team",
    "Hello,\n\nThis is a reminder that your subscription renews next month. No action is needed.\n\n{brand}",
    "Hi there,\n\nWe have received your request and a team member will get back to you within one business day.\n\nThe {brand} team",
    "Hello,\n\nOur offices will be closed on the public holiday. Online booking stays available.\n\n{brand}",
)
SUBJECTS_PLAIN = ("Your invoice {invoice}", "Appointment confirmation", "Welcome to {brand}",
                  "Password reset request", "Re: delivery question", "Your weekly summary",
                  "Order {order} update")
SUBJECTS_PII = ("Call notes: {full}", "Re: order for {full}", "Booking for {first} {last}")


def invoice_no(r: random.Random, year: int) -> str:
    return f"INV-{year}-{r.randint(1, 999999):06d}"


def order_id(r: random.Random) -> str:
    alnum = string.ascii_uppercase + string.digits
    return f"ORD-{''.join(r.choice(alnum) for _ in range(5))}-{r.randint(1000, 9999)}"


def email_text(ctx: Ctx, pii_share: float, p: dict | None = None) -> tuple[str, tuple]:
    r = ctx.rng
    brand = r.choice(BRANDS)
    if r.random() < pii_share:
        _, tpl, ents = r.choices(EMAIL_PII, [t[0] for t in EMAIL_PII])[0]
        tpl = tpl.replace("{brand}", brand)
        return fill(ctx, tpl, p), ents
    tpl = r.choice(EMAIL_PLAIN).replace("{brand}", brand)
    return tpl.replace("{invoice}", invoice_no(r, 2026)), ()


def subject_text(ctx: Ctx, p: dict) -> tuple[str, tuple]:
    r = ctx.rng
    if r.random() < 0.1:
        tpl = r.choice(SUBJECTS_PII)
        return tpl.format(full=p["full"], first=p["first"], last=p["last"]), ("PERSON",)
    tpl = r.choice(SUBJECTS_PLAIN)
    return tpl.format(invoice=invoice_no(r, 2026), brand=r.choice(BRANDS), order=order_id(r)), ()


TRANSCRIPT_PII = [
    (30, "Agent: Thanks for calling {brand}, who am I speaking with? Customer: It's {full}. "
         "Agent: And the best callback number? Customer: {phone_spoken}.", ("PERSON", "PHONE_NUMBER")),
    (20, "Customer: Hi, can you send the quote to {email}? Agent: Sure, it will be there within the hour.",
     ("EMAIL_ADDRESS",)),
    (20, "Customer: The delivery address is {address}. Agent: Thanks, I've updated the order.",
     ("STREET_ADDRESS",)),
    (20, "Voicemail: Hi, this is {first} from {brand}, please call me back at {phone_spoken}. Thanks!",
     ("PERSON", "PHONE_NUMBER")),
    (10, "Agent: Good morning, {full}. Customer: Morning. I'm calling about my last bill. "
         "Agent: I can see it here, it was paid in full.", ("PERSON",)),
]
TRANSCRIPT_PLAIN = (
    "Agent: Thank you for calling, how can I help? Customer: I wanted to check the status of my order. "
    "Agent: It ships tomorrow.",
    "Customer: Do you have any slots free next week? Agent: Tuesday afternoon works. Customer: Great, book it.",
    "Agent: Hello? Hello? [no response] Call ended.",
    "IVR: Press 1 for sales, 2 for support. Caller pressed 2. Agent: Support, how can I help? "
    "Customer: The app keeps logging me out. Agent: Please update to the latest version.",
    "Customer: I'd like to cancel my appointment. Agent: Done, you'll get a confirmation by SMS.",
)


def transcript(ctx: Ctx, pii_share: float) -> tuple[str | None, tuple]:
    r = ctx.rng
    if r.random() < 0.06:
        return None, ()
    brand = r.choice(BRANDS)
    if r.random() < pii_share:
        _, tpl, ents = r.choices(TRANSCRIPT_PII, [t[0] for t in TRANSCRIPT_PII])[0]
        p = person(ctx)
        text = tpl.replace("{brand}", brand).replace("{phone_spoken}", phone_text(r, p["phone"], (0, 50, 50)))
        return fill(ctx, text, p), ents
    return r.choice(TRANSCRIPT_PLAIN), ()


# --------------------------------------------------------------------------
# truth bookkeeping
# --------------------------------------------------------------------------

class Truth:
    def __init__(self):
        self.containers: dict[str, dict] = {}

    def container(self, source: str, container: str, records: int) -> dict:
        key = f"{source}::{container}"
        c = self.containers.setdefault(key, {
            "source": source, "container": container, "records": records,
            "fields": {}, "unencrypted": {}, "must_not_flag": {}, "retention": None})
        return c

    @staticmethod
    def pii(c: dict, field: str | None, category: str, entities: Counter) -> None:
        f = c["fields"].setdefault(str(field), {"category": category, "entities": {}})
        for ent, n in sorted(entities.items()):
            if n:
                f["entities"][ent] = f["entities"].get(ent, 0) + n

    @staticmethod
    def plaintext(c: dict, field: str | None, entity: str, n: int) -> None:
        if n:
            c["unencrypted"].setdefault(str(field), {})[entity] = n

    @staticmethod
    def negative(c: dict, field: str, why: str) -> None:
        c["must_not_flag"][field] = why

    @staticmethod
    def retention(c: dict, field: str | None, category: str, stamps: list[datetime], also=()) -> None:
        limit = LIMITS[category]
        old = [t for t in stamps if age_days(t) > limit]
        c["retention"] = {"field": field, "category": category, "limit_days": limit,
                          "older_than_limit": len(old),
                          "oldest": min(stamps).date().isoformat() if stamps else None}
        for cat in also:
            c["retention"][f"older_than_{cat}_{LIMITS[cat]}d"] = sum(age_days(t) > LIMITS[cat] for t in stamps)


def tally(tags: list[tuple]) -> Counter:
    return Counter(ent for ents in tags for ent in set(ents))


# --------------------------------------------------------------------------
# crm.db
# --------------------------------------------------------------------------

def build_accounts(truth: Truth):
    ctx = Ctx("accounts")
    r = ctx.rng
    n = 150
    created = sorted([at_age(r, 2570, 3400) for _ in range(9)] + [at_age(r, 3, 2540) for _ in range(n - 9)])
    rows, people = [], []
    for i, c in enumerate(created, start=1):
        p = person(ctx)
        fk = ctx.faker(p["locale"])
        if age_days(c) > 2555:  # dormant: last seen before the Account limit as well
            last = between(r, c, REF - timedelta(days=2565))
        elif r.random() < 0.05:
            last = None
        else:
            last = between(r, c, REF - timedelta(hours=6))
        rows.append((i, p["full"], p["email"], phone_text(r, p["phone"]), fk.company(), fk.job(),
                     p["address"], ip(r, 0.2), sql_ts(c), sql_ts(last) if last else None))
        p["created"], p["id"], p["last_login"] = c, i, last
        people.append(p)
    c = truth.container("crm.db", "accounts", n)
    for field, ent in (("full_name", "PERSON"), ("email", "EMAIL_ADDRESS"), ("phone", "PHONE_NUMBER"),
                       ("mailing_address", "STREET_ADDRESS"), ("signup_ip", "IP_ADDRESS")):
        truth.pii(c, field, "Account", Counter({ent: n}))
    truth.negative(c, "company", "organisation name, Account data but no entity")
    truth.negative(c, "role", "job title, no entity")
    truth.retention(c, "created_at", "Account", created)
    c["retention"]["note"] = "last_login_at gives the same count: dormant accounts were last seen > 2565 d ago"
    ddl = """CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    company TEXT,
    role TEXT,
    mailing_address TEXT,
    signup_ip TEXT,
    created_at TEXT NOT NULL,
    last_login_at TEXT
)"""
    return ddl, rows, people


def build_billing(truth: Truth, people: list[dict]):
    ctx = Ctx("billing")
    r = ctx.rng
    raw = []
    for _ in range(100):
        acct = r.choice(people)
        end = acct["last_login"] or acct["created"] + timedelta(days=2)
        end = min(end, REF - timedelta(hours=2))
        raw.append((between(r, acct["created"], end), acct))
    raw.sort(key=lambda t: t[0])
    rows, stamps = [], []
    n_iban = 0
    for i, (ts, acct) in enumerate(raw, start=1):
        num = card_number(r)
        country = {"en_GB": "GB", "de_DE": "DE", "es_ES": "ES", "fr_FR": "FR"}.get(acct["locale"])
        iban_v = None
        if country:
            iban_v = iban(r, country)
            iban_v = print_iban(iban_v) if r.random() < 0.4 else iban_v
            n_iban += 1
        addr = acct["address"] if r.random() < 0.8 else make_address(ctx.faker(acct["locale"]), acct["locale"])
        amount = round(r.choice((19, 29, 49, 99, 149, 249)) * r.choice((1, 1, 1, 3, 12)) * 1.0 + r.choice((0, 0.99, 0.5)), 2)
        rows.append((i, acct["id"], format_card(r, num), num[-4:], mask_card(r, num), iban_v, addr,
                     invoice_no(r, ts.year), amount, sql_ts(ts)))
        stamps.append(ts)
    n = len(rows)
    c = truth.container("crm.db", "billing", n)
    truth.pii(c, "card_number", "Account", Counter({"CREDIT_CARD": n}))
    truth.pii(c, "iban", "Account", Counter({"IBAN_CODE": n_iban}))
    truth.pii(c, "billing_address", "Account", Counter({"STREET_ADDRESS": n}))
    truth.plaintext(c, "card_number", "CREDIT_CARD", n)
    truth.plaintext(c, "iban", "IBAN_CODE", n_iban)
    truth.negative(c, "card_masked", "masked card (protected): no CREDIT_CARD, no unencrypted")
    truth.negative(c, "card_last4", "last four digits only")
    truth.negative(c, "invoice_no", "INV-YYYY-NNNNNN look-alike")
    truth.negative(c, "amount", "money amount")
    truth.retention(c, "created_at", "Account", stamps)
    c["retention"]["note"] = "iban is NULL for US accounts"
    ddl = """CREATE TABLE billing (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    card_number TEXT,
    card_last4 TEXT,
    card_masked TEXT,
    iban TEXT,
    billing_address TEXT,
    invoice_no TEXT NOT NULL,
    amount REAL NOT NULL,
    created_at TEXT NOT NULL
)"""
    return ddl, rows


def build_users(truth: Truth, people: list[dict]):
    ctx = Ctx("users")
    r = ctx.rng
    chosen = sorted(r.sample(range(len(people)), 80))
    rows, stamps = [], []
    for i, idx in enumerate(chosen, start=1):
        p = people[idx]
        ts = p["created"] + timedelta(seconds=r.randint(30, 900))
        uname = r.choice((slug(p["first"])[:1] + slug(p["last"])[:10], slug(p["first"]) + str(r.randint(1, 99)),
                          f"{slug(p['first'])}.{slug(p['last'].split()[0])}"))
        token = hashlib.sha256(r.randbytes(32)).hexdigest()
        rows.append((i, uname, p["email"], password_hash(r), token, sql_ts(ts)))
        stamps.append(ts)
    c = truth.container("crm.db", "users", len(rows))
    truth.pii(c, "email", "Account", Counter({"EMAIL_ADDRESS": len(rows)}))
    truth.negative(c, "username", "login handle, no entity (Account data)")
    truth.negative(c, "password_hash", "bcrypt/argon2id/sha512-crypt hashes (protected): no PASSWORD, no unencrypted")
    truth.negative(c, "api_token_sha256", "SHA-256 hex digest (protected): no API_KEY, no unencrypted")
    truth.retention(c, "created_at", "Account", stamps)
    ddl = """CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    api_token_sha256 TEXT,
    created_at TEXT NOT NULL
)"""
    # usernames must be unique
    seen = set()
    fixed = []
    for row in rows:
        u = row[1]
        while u in seen:
            u = f"{u}{r.randint(1, 9)}"
        seen.add(u)
        fixed.append((row[0], u) + row[2:])
    return ddl, fixed


def build_legacy_logins(truth: Truth):
    ctx = Ctx("legacy_logins")
    r = ctx.rng
    stamps = bands(r, 30, [(11, 2570, 3600), (19, 740, 2540)])
    rows, n_email = [], 0
    for i, ts in enumerate(stamps, start=1):
        p = person(ctx)
        if r.random() < 0.5:
            login = p["email"]
            n_email += 1
        else:
            login = slug(p["first"])[:1] + slug(p["last"])[:8]
        rows.append((i, login, plain_password(r), epoch(ts)))
    c = truth.container("crm.db", "legacy_logins", 30)
    truth.pii(c, "login", "Account", Counter({"EMAIL_ADDRESS": n_email}))
    truth.pii(c, "password", "Account", Counter({"PASSWORD": 30}))
    truth.plaintext(c, "password", "PASSWORD", 30)
    truth.retention(c, "updated_at", "Account", stamps)
    c["retention"]["note"] = "updated_at is INTEGER epoch seconds"
    ddl = """CREATE TABLE legacy_logins (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    password TEXT NOT NULL,
    updated_at INTEGER NOT NULL
)"""
    return ddl, rows


def business_sender(acct: dict) -> str:
    return acct.setdefault("_sender", acct["phone"]["e164"])


def build_messages(truth: Truth, people: list[dict]):
    ctx = Ctx("messages")
    r = ctx.rng
    stamps = bands(r, 400, [(30, 740, 1500), (52, 370, 725)])
    rows, tags = [], defaultdict(list)
    sender_ents, recip_ents = Counter(), Counter()
    for i, ts in enumerate(stamps, start=1):
        eligible = [p for p in people if p["created"] < ts] or people[:1]
        acct = r.choice(eligible)
        to = person(ctx, acct["locale"] if r.random() < 0.8 else None)
        if r.random() < 0.65:
            channel = "sms"
            if r.random() < 0.15:
                sender = r.choice(("ENGAGECRM", "BRIGHTSMILE", "NWTRADERS", "CONTOSOFIT"))
            else:
                sender = business_sender(acct)
                sender_ents["PHONE_NUMBER"] += 1
            recipient = phone_text(r, to["phone"], (60, 20, 20))
            recip_ents["PHONE_NUMBER"] += 1
            subject = None
            body, ents = short_text(ctx, 0.3, to)
        else:
            channel = "email"
            sender = acct["email"] if r.random() < 0.5 else f"no-reply@{slug(r.choice(BRANDS))}.example.com"
            sender_ents["EMAIL_ADDRESS"] += 1
            recipient = to["email"]
            recip_ents["EMAIL_ADDRESS"] += 1
            subject, sub_ents = subject_text(ctx, to)
            tags["subject"].append(sub_ents)
            body, ents = email_text(ctx, 0.3, to)
        tags["body"].append(ents)
        rows.append((i, acct["id"], channel, sender, recipient, subject, body, iso_z(ts)))
    c = truth.container("crm.db", "messages", len(rows))
    truth.pii(c, "sender", "Usage", sender_ents)
    truth.pii(c, "recipient", "Usage", recip_ents)
    truth.pii(c, "subject", "Content", tally(tags["subject"]))
    body = tally(tags["body"])
    truth.pii(c, "body", "Content", body)
    truth.plaintext(c, "body", "CREDIT_CARD", body["CREDIT_CARD"])
    truth.plaintext(c, "body", "US_SSN", body["US_SSN"])
    c["fields"]["body"]["values_with_any_pii"] = sum(1 for t in tags["body"] if t)
    truth.negative(c, "sender (alphanumeric IDs)", "SMS sender IDs like ENGAGECRM are not phone numbers")
    truth.negative(c, "subject (invoice/order numbers)", "INV-/ORD- numbers in subjects")
    truth.retention(c, "sent_at", "Content", stamps, also=("Usage",))
    ddl = """CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    sent_at TEXT NOT NULL
)"""
    return ddl, rows


def build_calls(truth: Truth, people: list[dict]):
    ctx = Ctx("calls")
    r = ctx.rng
    stamps = bands(r, 300, [(45, 740, 1600), (50, 370, 725)])
    rows, tags, n_ip = [], [], 0
    for i, ts in enumerate(stamps, start=1):
        eligible = [p for p in people if p["created"] < ts] or people[:1]
        acct = r.choice(eligible)
        other = make_phone(r, r.choices(LOCALES, (30, 20, 20, 15, 15))[0])
        ours = acct["phone"]
        caller, callee = (ours, other) if r.random() < 0.55 else (other, ours)
        dur = 0 if r.random() < 0.08 else int(r.expovariate(1 / 180)) + 3
        text, ents = transcript(ctx, 0.35) if dur else (None, ())
        tags.append(ents)
        rows.append((i, acct["id"], phone_text(r, caller, (70, 20, 10)), phone_text(r, callee, (70, 20, 10)),
                     sql_ts(ts), dur, ip(r, 0.25), sip_ua(r), text))
    n = len(rows)
    c = truth.container("crm.db", "calls", n)
    truth.pii(c, "caller", "Usage", Counter({"PHONE_NUMBER": n}))
    truth.pii(c, "callee", "Usage", Counter({"PHONE_NUMBER": n}))
    truth.pii(c, "caller_ip", "Usage", Counter({"IP_ADDRESS": n}))
    truth.pii(c, "transcript", "Content", tally(tags))
    truth.negative(c, "user_agent", "Usage metadata, no entity")
    truth.negative(c, "duration_s", "integer seconds")
    truth.retention(c, "started_at", "Content", stamps, also=("Usage",))
    c["retention"]["note"] = ("transcripts hold PII, so the strictest category is Content (365 d); "
                              "older_than_Usage_730d is the count if only metadata were considered")
    ddl = """CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    caller TEXT NOT NULL,
    callee TEXT NOT NULL,
    started_at TEXT NOT NULL,
    duration_s INTEGER NOT NULL,
    caller_ip TEXT,
    user_agent TEXT,
    transcript TEXT
)"""
    return ddl, rows


def build_app_meta(truth: Truth):
    ctx = Ctx("app_meta")
    r = ctx.rng
    skus = ("SMS-BUNDLE-1000", "SMS-BUNDLE-5000", "VOICE-MIN-500", "PLAN-PRO-M", "PLAN-PRO-Y",
            "PLAN-TEAM-M", "NUM-DE-LOCAL", "NUM-GB-MOBILE", "ADDON-TRANSCRIBE")
    statuses = ("pending", "paid", "fulfilled", "fulfilled", "fulfilled", "cancelled", "refunded")
    rows = []
    for i in range(1, 101):
        if r.random() < 0.5:
            ver = f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(1, 254)}"
        else:
            ver = f"{r.randint(1, 5)}.{r.randint(0, 14)}.{r.randint(0, 9)}"
        rows.append((i, order_id(r), str(uuid.UUID(int=r.getrandbits(128), version=4)), ver,
                     r.randbytes(20).hex(), r.choice(skus), r.randint(1, 12), r.choice(statuses)))
    c = truth.container("crm.db", "app_meta", 100)
    for field, why in (("order_id", "ORD-XXXXX-NNNN look-alike"), ("request_uuid", "uuid4"),
                       ("app_version", "a.b.c.d versions look like IPv4 but are not IP_ADDRESS"),
                       ("build_sha", "40-hex git SHA: no API_KEY"), ("sku", "product code"),
                       ("quantity", "integer"), ("status", "enum")):
        truth.negative(c, field, why)
    c["retention"] = {"note": "no personal data and no timestamp: no findings at all expected"}
    ddl = """CREATE TABLE app_meta (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL,
    request_uuid TEXT NOT NULL,
    app_version TEXT NOT NULL,
    build_sha TEXT NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    status TEXT NOT NULL
)"""
    return ddl, rows


def write_sqlite(path: Path, tables: list[tuple[str, str, list]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    for p in (tmp, Path(str(tmp) + "-journal")):
        if p.exists():
            p.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA page_size = 4096")
        con.execute("PRAGMA journal_mode = DELETE")
        with con:
            for name, ddl, rows in tables:
                con.execute(ddl)
                marks = ",".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)


# --------------------------------------------------------------------------
# CSV exports
# --------------------------------------------------------------------------

def csv_text(header: list[str], rows: list[list], delimiter=",", lineterminator="\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def build_customers_export(truth: Truth) -> bytes:
    ctx = Ctx("customers_export")
    r = ctx.rng
    stamps = sorted([at_age(r, 2570, 3300) for _ in range(7)] + [at_age(r, 3, 2540) for _ in range(113)])
    rows, multiline = [], 0
    for ts in stamps:
        p = person(ctx)
        dob = (REF - timedelta(days=r.randint(18 * 365 + 10, 82 * 365))).date().isoformat()
        addr = p["address"]
        if r.random() < 0.05:
            addr = addr.replace(", ", "\n", 1)
            multiline += 1
        rows.append([p["full"], p["email"], phone_text(r, p["phone"]), addr, dob, p["country"],
                     ts.date().isoformat()])
    src = "exports/customers_export.csv"
    c = truth.container(src, src, len(rows))
    for field, ent in (("Customer Name", "PERSON"), ("Email Address", "EMAIL_ADDRESS"),
                       ("phoneNumber", "PHONE_NUMBER"), ("Street Address", "STREET_ADDRESS"),
                       ("DOB", "DATE_OF_BIRTH")):
        truth.pii(c, field, "Account", Counter({ent: len(rows)}))
    truth.negative(c, "Country", "country name: LOCATION at most (optional), never sensitive")
    truth.retention(c, "created", "Account", stamps)
    c["retention"]["note"] = (f"DOB is a date too but must not be used to age records; "
                              f"{multiline} quoted multi-line addresses; CRLF line ends")
    return csv_text(["Customer Name", "Email Address", "phoneNumber", "Street Address", "DOB", "Country",
                     "created"], rows).encode("utf-8")


def build_payments(truth: Truth) -> bytes:
    ctx = Ctx("payments")
    r = ctx.rng
    stamps = bands(r, 80, [(5, 2570, 3000), (30, 740, 2540), (20, 370, 725)])
    rows = []
    for ts in stamps:
        num = card_number(r)
        s = ssn(r)
        if r.random() < 0.15:
            s = s.replace("-", "")
        rows.append([f"PAY-{r.randbytes(5).hex().upper()}", format_card(r, num), mask_card(r, num), s,
                     str(r.randint(1, 9)) + digits(r, r.randint(7, 16)), aba_routing(r),
                     f"{r.choice((19, 29, 49, 99, 149, 249)) + r.choice((0, 0.99, 0.5)):.2f}", str(epoch(ts))])
    n = len(rows)
    src = "exports/payments.tsv"
    c = truth.container(src, src, n)
    for field, ent in (("cardNumber", "CREDIT_CARD"), ("ssn", "US_SSN"), ("bank_account", "US_BANK_NUMBER")):
        truth.pii(c, field, "Account", Counter({ent: n}))
        truth.plaintext(c, field, ent, n)
    truth.negative(c, "card_masked", "masked card (protected)")
    truth.negative(c, "routing", "ABA routing number identifies a bank, not a person: not US_BANK_NUMBER")
    truth.negative(c, "payment_id", "PAY-<hex> identifier")
    truth.negative(c, "amount", "money amount")
    truth.retention(c, "paid_at", "Account", stamps)
    c["retention"]["note"] = "paid_at is epoch seconds; ~15% of SSNs are written without dashes"
    return csv_text(["payment_id", "cardNumber", "card_masked", "ssn", "bank_account", "routing", "amount",
                     "paid_at"], rows, delimiter="\t", lineterminator="\n").encode("utf-8")


SENDER_IDS = ("ENGAGECRM", "BRIGHTSMILE", "NWTRADERS", "CONTOSOFIT", "TAILSPIN")


def build_sms_outbox(truth: Truth) -> bytes:
    ctx = Ctx("sms_outbox")
    r = ctx.rng
    stamps = bands(r, 150, [(10, 740, 1200), (22, 370, 725)])
    rows, tags, n_from = [], [], 0
    for i, ts in enumerate(stamps, start=1):
        to = person(ctx)
        if r.random() < 0.25:
            frm = r.choice(SENDER_IDS)
        else:
            frm = make_phone(r, to["locale"])["e164"]
            n_from += 1
        text, ents = short_text(ctx, 0.3, to)
        tags.append(ents)
        rows.append([f"out-{i:06d}", frm, phone_text(r, to["phone"], (70, 20, 10)), text,
                     ts.strftime("%Y-%m-%dT%H:%M:%S+00:00")])
    src = "exports/sms_outbox.csv.gz"
    c = truth.container(src, src, len(rows))
    truth.pii(c, "from", "Usage", Counter({"PHONE_NUMBER": n_from}))
    truth.pii(c, "to", "Usage", Counter({"PHONE_NUMBER": len(rows)}))
    t = tally(tags)
    truth.pii(c, "text", "Content", t)
    truth.plaintext(c, "text", "CREDIT_CARD", t["CREDIT_CARD"])
    truth.plaintext(c, "text", "US_SSN", t["US_SSN"])
    truth.negative(c, "from (sender IDs)", "alphanumeric sender IDs")
    truth.negative(c, "msg_id", "out-NNNNNN")
    truth.retention(c, "queued_at", "Content", stamps, also=("Usage",))
    text = csv_text(["msg_id", "from", "to", "text", "queued_at"], rows, lineterminator="\n")
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def build_contactos(truth: Truth) -> bytes:
    ctx = Ctx("contactos")
    r = ctx.rng
    stamps = bands(r, 50, [(3, 2570, 3200), (20, 400, 2540)])
    rows = []
    for ts in stamps:
        p = person(ctx, "es_ES")
        rows.append([p["full"], p["email"], phone_text(r, p["phone"], (20, 40, 40)), p["address"],
                     ts.date().isoformat()])
    src = "exports/contactos.csv"
    c = truth.container(src, src, len(rows))
    for field, ent in (("nombre", "PERSON"), ("correo", "EMAIL_ADDRESS"), ("telefono", "PHONE_NUMBER"),
                       ("direccion", "STREET_ADDRESS")):
        truth.pii(c, field, "Account", Counter({ent: len(rows)}))
    truth.retention(c, "fecha_alta", "Account", stamps)
    c["retention"]["note"] = "semicolon-separated, UTF-8 with BOM, CRLF; Spanish national phone formats"
    return ("\ufeff" + csv_text(["nombre", "correo", "telefono", "direccion", "fecha_alta"], rows,
                                delimiter=";")).encode("utf-8")


# --------------------------------------------------------------------------
# logs
# --------------------------------------------------------------------------

def build_sms_gateway(truth: Truth) -> bytes:
    ctx = Ctx("sms_gateway")
    r = ctx.rng
    stamps = bands(r, 300, [(25, 740, 1300), (40, 370, 725)])
    lines, tags, n_from = [], [], 0
    for ts in stamps:
        ts = ts.replace(microsecond=r.randint(0, 999) * 1000)
        to = person(ctx)
        if r.random() < 0.2:
            frm = r.choice(SENDER_IDS)
        else:
            frm = make_phone(r, to["locale"])["e164"]
            n_from += 1
        body, ents = short_text(ctx, 0.25, to)
        tags.append(ents)
        k = r.random()
        level, event = ("INFO", "sms.sent") if k < 0.9 else (("WARN", "sms.retry") if k < 0.97 else ("ERROR", "sms.failed"))
        seg = 1 if len(body) <= 160 else -(-len(body) // 153)
        rec = {"ts": iso_z(ts, ms=True), "level": level, "event": event,
               "payload": {"from": frm, "to": to["phone"]["e164"], "body": body, "segments": seg},
               "client": {"ip": ip(r, 0.2), "ua": api_ua(r)}}
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
    src = "logs/sms_gateway.jsonl"
    c = truth.container(src, src, len(lines))
    truth.pii(c, "payload.from", "Usage", Counter({"PHONE_NUMBER": n_from}))
    truth.pii(c, "payload.to", "Usage", Counter({"PHONE_NUMBER": len(lines)}))
    t = tally(tags)
    truth.pii(c, "payload.body", "Content", t)
    truth.plaintext(c, "payload.body", "CREDIT_CARD", t["CREDIT_CARD"])
    truth.plaintext(c, "payload.body", "US_SSN", t["US_SSN"])
    truth.pii(c, "client.ip", "Usage", Counter({"IP_ADDRESS": len(lines)}))
    truth.negative(c, "client.ua", "user agent, Usage metadata, no entity")
    truth.negative(c, "payload.segments", "integer")
    truth.retention(c, "ts", "Content", stamps, also=("Usage",))
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_app_log(truth: Truth) -> bytes:
    ctx = Ctx("app_log")
    r = ctx.rng
    stamps = bands(r, 200, [(30, 740, 1100), (30, 370, 725)])
    lines, tags = [], []
    for ts in stamps:
        ts = ts.replace(microsecond=r.randint(0, 999) * 1000)
        p = person(ctx)
        worker = f"worker-{r.randint(1, 8)}"
        k = r.random()
        if k < 0.22:
            lvl, msg, ents = "INFO", f"delivered message to {p['phone']['intl']} for {p['email']}", ("PHONE_NUMBER", "EMAIL_ADDRESS")
        elif k < 0.36:
            lvl, msg, ents = "INFO", f"login ok user={p['email']} ip={ip(r, 0.2)}", ("EMAIL_ADDRESS", "IP_ADDRESS")
        elif k < 0.46:
            lvl, msg, ents = "INFO", f"queued sms id={r.randint(100000, 999999)} to={p['phone']['e164']} segments={r.randint(1, 3)}", ("PHONE_NUMBER",)
        elif k < 0.54:
            lvl, msg, ents = "WARN", f"rate limit exceeded for account {r.randint(1, 150)} (ip {ip(r, 0.2)})", ("IP_ADDRESS",)
        elif k < 0.62:
            lvl = "WARN"
            msg = f"retrying SMTP delivery to {p['email']} (attempt {r.randint(2, 4)}/5): 421 4.7.0 Try again later"
            ents = ("EMAIL_ADDRESS",)
        elif k < 0.66:
            lvl, msg, ents = "ERROR", f"bounce for {p['email']}: 550 5.1.1 mailbox unavailable", ("EMAIL_ADDRESS",)
        else:
            lvl = r.choice(("INFO", "INFO", "DEBUG", "WARN", "ERROR"))
            msg = r.choice((
                f"cache refresh completed in {r.randint(20, 900)}ms",
                "health check ok",
                f"scheduler tick: {r.randint(0, 40)} campaigns due",
                f"webhook POST /hooks/{uuid.UUID(int=r.getrandbits(128), version=4)} returned {r.choice((200, 200, 202, 500))} in {r.randint(15, 2000)}ms",
                f"worker pool resized to {r.randint(2, 16)}",
                "failed to render template 'welcome_v2': KeyError('first_name')",
                f"build {r.randbytes(20).hex()[:12]} app_version={r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(1, 254)} started",
            ))
            ents = ()
        tags.append(ents)
        lines.append(f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{ts.microsecond // 1000:03d} {lvl} [{worker}] {msg}")
    src = "logs/app.log"
    c = truth.container(src, src, len(lines))
    truth.pii(c, None, "Usage", tally(tags))
    c["fields"]["None"]["lines_with_any_pii"] = sum(1 for t in tags if t)
    truth.negative(c, "app_version=a.b.c.d / webhook uuids", "versions and ids in PII-free lines")
    truth.retention(c, None, "Usage", stamps)
    c["retention"]["note"] = "plain-text lines, timestamps 'YYYY-MM-DD HH:MM:SS,mmm' (UTC)"
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_access_log(truth: Truth) -> bytes:
    ctx = Ctx("access_log")
    r = ctx.rng
    stamps = bands(r, 200, [(35, 740, 1200), (30, 370, 725)])
    lines, tags = [], []
    offsets = (-7, -5, 0, 1, 2)
    for ts in stamps:
        p = person(ctx)
        tz = timezone(timedelta(hours=r.choice(offsets)))
        local = ts.astimezone(tz)
        off = local.strftime("%z")
        when = f"{local.day:02d}/{MONTHS[local.month - 1]}/{local.year}:{local.strftime('%H:%M:%S')} {off}"
        ents = ["IP_ADDRESS"]
        k = r.random()
        if k < 0.18:  # clients differ: some encode the '@', some do not
            email = p["email"].replace("@", "%40") if r.random() < 0.6 else p["email"]
            path = f"/api/v1/contacts?email={email}"
            ents.append("EMAIL_ADDRESS")
        elif k < 0.26:
            path = f"/api/v1/contacts/search?phone={p['phone']['e164'].replace('+', '%2B')}"
            ents.append("PHONE_NUMBER")
        elif k < 0.32:
            path = f"/unsubscribe?e={p['email'].replace('@', '%40')}&c={r.randint(1000, 9999)}"
            ents.append("EMAIL_ADDRESS")
        else:
            path = r.choice((f"/api/v1/messages/{r.randint(1, 400)}", "/login", "/static/js/app.js",
                             f"/api/v1/calls?page={r.randint(1, 9)}", "/api/v1/health", "/favicon.ico",
                             f"/api/v1/orders/{order_id(r)}", "/dashboard"))
        method = "POST" if path == "/login" else r.choice(("GET", "GET", "GET", "PUT", "DELETE") if path.startswith("/api/v1/messages") else ("GET",))
        status = r.choices((200, 204, 301, 304, 401, 404, 500), (70, 5, 3, 8, 6, 6, 2))[0]
        size = 0 if status in (204, 304) else r.randint(120, 48000)
        ref = r.choice(('"-"', '"-"', '"https://app.engagecrm.example.com/dashboard"'))
        ua = browser_ua(r) if r.random() < 0.75 else api_ua(r)
        lines.append(f'{ip(r, 0.1)} - - [{when}] "{method} {path} HTTP/1.1" {status} {size} {ref} "{ua}"')
        tags.append(tuple(ents))
    src = "logs/access.log"
    c = truth.container(src, src, len(lines))
    truth.pii(c, None, "Usage", tally(tags))
    c["fields"]["None"]["note"] = "query strings: emails mostly URL-encoded (%40), phones as %2B<E.164>"
    truth.negative(c, "/api/v1/orders/ORD-...", "order ids in paths")
    truth.retention(c, None, "Usage", stamps)
    c["retention"]["note"] = "Apache combined format, [dd/Mon/YYYY:HH:MM:SS +zzzz] with mixed offsets"
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def generate(out: Path) -> dict:
    truth = Truth()
    out.mkdir(parents=True, exist_ok=True)
    (out / "exports").mkdir(exist_ok=True)
    (out / "logs").mkdir(exist_ok=True)

    acc_ddl, acc_rows, people = build_accounts(truth)
    tables = [("accounts", acc_ddl, acc_rows)]
    tables.append(("billing",) + build_billing(truth, people))
    tables.append(("users",) + build_users(truth, people))
    tables.append(("legacy_logins",) + build_legacy_logins(truth))
    tables.append(("messages",) + build_messages(truth, people))
    tables.append(("calls",) + build_calls(truth, people))
    tables.append(("app_meta",) + build_app_meta(truth))
    write_sqlite(out / "crm.db", tables)

    files = {
        "exports/customers_export.csv": build_customers_export(truth),
        "exports/payments.tsv": build_payments(truth),
        "exports/sms_outbox.csv.gz": build_sms_outbox(truth),
        "exports/contactos.csv": build_contactos(truth),
        "logs/sms_gateway.jsonl": build_sms_gateway(truth),
        "logs/app.log": build_app_log(truth),
        "logs/access.log": build_access_log(truth),
    }
    for rel, data in files.items():
        (out / rel).write_bytes(data)
    return {"as_of": AS_OF, "retention_days": LIMITS, "seed": SEED,
            "containers": list(truth.containers.values())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                    help="output folder (default: the folder of this script)")
    ap.add_argument("--truth", type=Path, help="also write the intended findings as JSON here")
    args = ap.parse_args(argv)
    truth = generate(args.out)
    if args.truth:
        args.truth.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written = [args.out / "crm.db"] + sorted((args.out / "exports").iterdir()) + sorted((args.out / "logs").iterdir())
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files to {args.out} ({total} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
