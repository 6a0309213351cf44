"""Labelled accuracy split "tor" for the PII-scanner benchmark (free text + structured tables).

DATA CARD
=========
Author / date: helper session "tor", 2026-11-28 (fixed "today" used for every generated date).

Independence: written only from the task prompt given to this helper (which restates the definitions imported from
accuracy_data.py and the project's label conventions), the output of `ls bench/`, and local outputs of Faker and
phonenumbers (Faker name output for a few locales, phonenumbers example numbers / validity checks). Nothing else in the
repository was opened (no rules/, pii_audit/, tests/, docs/, results, notes, other splits, README/SPEC, git history,
and accuracy_data.py itself was not opened). The scanner and Presidio were never read or run.

API
---
free_text(n, seed) -> list[Text]      text i renders TEMPLATES[i % len(TEMPLATES)]; benchmark calls free_text(500, 7)
structured(rows, seed) -> dict[str, list[Column]]   12 tables, every column `rows` values; benchmark calls (150, 11)
TEMPLATES                               list of Template(name, loc, shape, fn)
Deterministic: every text / table has its own random.Random("tor-{seed}-...") and Faker instances are re-seeded from
it; no clock, no set iteration, no hash-order dependence. Both benchmark calls take about 1 s.

Domains
-------
online pharmacy (repeat prescriptions, home delivery), gym / fitness club (direct debits, trainers, lockers), wedding and
event planning (guest lists, seating, suppliers), recruitment agency (candidates, interviews, payroll onboarding), car
and van rental desk (licences, deposits, damage reports), pest-control callouts, plus generic support tickets, app and
web-server logs, config snippets, notifications, mobile-money SMS, and two no-PII templates (release notes, incident).

Languages (58 templates; 32 English = 55 %, 26 other = 45 %)
-----------------------------------------------------------
English 32: US 9, GB 5, CA 2, AU 2, IN 2, IE 2, NZ 2, SG 2, PH 2, KE 2, ZA 1, NG 1.
Other 26 (12 languages, all from the "barely used" list): Catalan 3, Turkish 3, Icelandic 2, Afrikaans 2,
Tagalog/Filipino 2, Malay 2, Welsh 2, Estonian 2, Lithuanian 2, Slovenian 2, Romanian 2, Swahili 2.
Names, towns (with real postcodes), street shapes, phone numbers (validated for the text's region) and date formats
follow each text's country (e.g. "Pärnu mnt 22-5, 10141 Tallinn", "Moda Cad. No: 45 D: 7, 34710 Kadıköy/İstanbul",
"Str. X nr. 12, bl. A3, ap. 5, 400127 Cluj-Napoca", D.M.YYYY / YYYY-MM-DD / MM/DD/YYYY / "15. december 1959").

Shapes
------
e-mails with signatures, quoted replies ('>' lines) and forwarded headers; WhatsApp / Teams / Slack / Messenger / live
chat exports; SMS threads and mobile-money notifications; tickets with internal notes; CRM and call notes; lower-case
speech-to-text transcripts and a voicemail; form dumps (key: value, key=value, JSON lines); JSON app logs, nginx access
log, key=value payment log; .env config; OCR'd gym form (with OCR noise); tab-separated spreadsheet paste;
notification subject lists; release notes and incident update without PII.

Value rules
-----------
Phones: generated per region and kept only if phonenumbers.is_valid_number accepts the written form (national, +intl,
E.164, compact, dotted US). Cards: Luhn-valid (Visa, Mastercard incl. 2221, Amex 4-6-5, Discover), spaced / dashed /
plain. IBANs: _iban_of for ES/GB/IE, own mod-97 construction with correct lengths for TR, RO, EE, LT, SI, IS; spaced
or not. SSNs: no 000/666/9xx area, no 00 group, no 0000 serial. US account numbers 8-12 digits; routing numbers
(ABA-checksum valid) always unlabelled. IPs: _ip_public_v4/_ip_public_v6. Birth dates 1946-2005; other dates are
within +-300 days of 2026-11-28. Passwords: plaintext, never ending in punctuation. API keys: sk_live_, ghp_, xoxb-,
SG., AIza, key-, sk-proj-, Twilio auth token, AWS secret access key.

Label conventions as applied
----------------------------
PERSON: names as written (full, first only, surname only, UPPER/lower, "Last, First", "First L."); titles (Mr, Cik,
Hanım/Bey, Ouma, Uncle) outside; chat speakers labelled; names inside brands / venues / companies / streets ("Rosie
Jackson Flowers", "The Jenny Lind Trio", "Mrs Higgins Bakery", "Str. Mihai Eminescu") and pet names unlabelled.
STREET_ADDRESS: street line + postcode + town as one span, multi-line blocks as one span (flat / unit / floor inside);
in '>'-quoted replies every quoted address line is its own span; business signature addresses labelled.
LOCATION: towns where a person lives, comes from, moves or travels to; depots, branches, offices, venues unlabelled.
DATE_OF_BIRTH: birth dates only. IBAN_CODE full IBANs only. EMAIL_ADDRESS: every address incl. role mailboxes.
Spans never include quotes, brackets or trailing punctuation (an initial's period in "First L." and a street
abbreviation's period inside an address are kept); spans never overlap (asserted in _B.build).

Look-alikes (never labelled)
----------------------------
masked cards / last-4 / expiry, UUIDs, sha256 / bcrypt / argon2 hashes, private IPv4, version strings shaped like IPs
(10.0.22804.4443), order / ticket / booking / claim / tracking / Rx / NDC / job numbers, OTPs, door, locker and gate
codes, IMEIs (Luhn-valid), routing numbers, UK sort codes and account numbers, Kenyan and Equity bank account numbers,
KRA / NHIF / SSS / TIN / IC / PAN fragments, driver-licence numbers, rego plates, GPS coordinates, amounts,
timestamps and non-birth dates, publishable keys (pk_live_), Twilio account SIDs, AWS access key ids, session ids,
build SHAs, pet names, branch / depot / office towns, company names containing person names.

Tables (structured(150, 11)): name - locales - columns (PII / look-alike) - header style
-------------------------------------------------------------------------------------------
pharmacy_patients        US        19 (8/11)   snake_case, abbreviations (dob, addr1)
gym_members              GB        21 (10/11)  PascalCase
wedding_guests           IE+GB     18 (6/12)   spaced Title Case
recruitment_candidates   IN        19 (6/13)   snake_case, opaque "field_3" holds full names
car_rental_agreements    AU        19 (8/11)   camelCase
pest_callouts            CA        18 (6/12)   UPPER_SNAKE, TEL
payroll_onboarding       US        21 (9/12)   dotted (employee.ssn, bank.account, portal.pwd)
developer_accounts       SG        18 (6/12)   snake_case, opaque "col_7" holds names, pwd
socis_gimnas             ca-ES     20 (9/11)   Catalan headers (nom, cognoms, població, telèfon)
arac_kiralama            TR        18 (8/10)   Turkish PascalCase (Ad, Soyad, DogumTarihi, CepTel, Sehir)
candidati                RO        22 (9/13)   Romanian UPPER_SNAKE, opaque "attr2" holds recruiter names
app_signups_nordic_baltic IS/EE/LT/SI 21 (9/12) camelCase, opaque "attr_pwd" holds plaintext passwords
Total 234 columns: 94 PII, 140 look-alikes. PII columns include first-name-only and surname-only columns, names under
opaque / foreign headers, towns (LOCATION), local-format birth dates, national-format phones, plaintext passwords, API
keys, US account numbers, SSNs, IBANs, public IPv4/IPv6, card numbers and street addresses. Look-alike columns include
header-sounds-like-PII ones (email_verified, phone_type, card_last4, dob_verified, PasswordChangedAt, ADDRESS_TYPE,
nom_del_producte, canvi_contrasenya, TIP_ADRESA, EMAIL_CONFIRMAT) and value-looks-like-PII ones (hashes, UUIDs,
versions, private IPs, refs, amounts, timestamps, masked values, pet names, branch towns, company names). Blanks at
0-60 % per column; "N/A" / "-" / "unknown" placeholders in a few columns.

Known limits
------------
Names are drawn independently per field, so gender / patronymic agreement is not guaranteed (e.g. Malay bin/binti,
Lithuanian surname endings, Icelandic -son/-dóttir); Faker's locale lists are used for US, GB, IE, IN, NZ, KE, NG, ZA
(Zulu names), IS, EE, LT, SI, TR and RO names, hand lists elsewhere. Non-English sentences are simple and avoid case
inflection of labelled towns. Street names are real-sounding but street/postcode pairs are not checked against
registers. Phone area codes roughly follow the town for US/CA only. Relatives' birth dates are not made
age-consistent. Inside address spans person names (e.g. street named after a person) are not separately labelled.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 28)
SLOT = "\u00a7"  # placeholder used by the text builder

# --------------------------------------------------------------------------------------------
# text builder: every PII value is inserted as a part, so offsets are exact by construction
# --------------------------------------------------------------------------------------------


class _B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.expect: list[str] = []
        self.pos = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, value: str, label: str | None) -> _B:
        if label is not None:
            assert label in LABELS, label
            self.spans.append((self.pos, self.pos + len(value), label))
            self.expect.append(value)
        return self.t(value)

    def f(self, fmt: str, *vals) -> _B:
        chunks = fmt.split(SLOT)
        assert len(chunks) == len(vals) + 1, (fmt, vals)
        for i, c in enumerate(chunks):
            self.t(c)
            if i < len(vals):
                x = vals[i]
                if isinstance(x, tuple):
                    self.v(x[0], x[1])
                else:
                    self.t(str(x))
        return self

    def build(self) -> Text:
        text = "".join(self.parts)
        last_end = -1
        for (s, e, lab), want in zip(self.spans, self.expect):
            got = text[s:e]
            assert got == want, (got, want)
            assert s >= last_end, ("overlap", text[s:e])
            assert got and got == got.strip(), ("space", got)
            assert got[0] not in "\"'<[{" and got[-1] not in "\"'>]},;:", ("punct", lab, got)
            if lab not in ("PASSWORD", "API_KEY", "PERSON", "STREET_ADDRESS"):
                assert got[-1] not in ".!?", ("trail", lab, got)
            last_end = e
        return Text(text, list(self.spans))


def P(v):
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


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


# --------------------------------------------------------------------------------------------
# value generators (labelled values)
# --------------------------------------------------------------------------------------------

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"
_PT = phonenumbers.PhoneNumberType
_PF = phonenumbers.PhoneNumberFormat


def _rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def us_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.choice([7, 8, 9, 10, 11]))


def routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def card(rng: random.Random, style: str | None = None) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "disc": "6011"}[brand]
        n = _luhn(rng, pre, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    style = style or rng.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return n
    return (" " if style == "space" else "-").join(groups)


def _iban_calc(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in ("TR", "RO", "EE", "LT", "SI", "IS"):
        bban = {
            "TR": lambda: _digits(rng, 5) + "0" + _digits(rng, 16),
            "RO": lambda: rng.choice(["BTRL", "BRDE", "INGB", "RNCB", "BACX"]) + _digits(rng, 16),
            "EE": lambda: rng.choice(["22", "10", "17", "77"]) + _digits(rng, 14),
            "LT": lambda: rng.choice(["7300", "7044", "4010"]) + "0" + _digits(rng, 11),
            "SI": lambda: rng.choice(["0201", "0510", "1910", "0400"]) + _digits(rng, 11),
            "IS": lambda: _digits(rng, 22),
        }[cc]()
        v = _iban_calc(cc, bban)
    else:
        v = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.5
    if spaced:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def ip4(rng: random.Random) -> str:
    return _ip_public_v4(rng)


def ip6(rng: random.Random) -> str:
    return _ip_public_v6(rng)


def password(rng: random.Random) -> str:
    k = rng.randrange(5)
    words = ["Summer", "Bluebird", "Kangaroo", "Marmalade", "Tiger", "Sunflower", "Otter", "Rocket", "Pepper",
             "Monkey", "Dragon", "Lemon", "Harbour", "Winter", "Falcon", "Mango", "Cricket", "Jasmine"]
    if k == 0:
        return rng.choice(words) + str(rng.randint(1, 2026)) + rng.choice("!#$@*") + str(rng.randint(0, 9))
    if k == 1:
        return _rs(rng, _ALNUM, rng.randint(4, 6)) + rng.choice("#$%&*@!") + _rs(rng, _ALNUM, rng.randint(4, 8))
    if k == 2:
        return rng.choice(words).lower() + rng.choice(["_", ".", "-"]) + rng.choice(words).lower() + str(rng.randint(10, 99))
    if k == 3:
        return rng.choice(words) + rng.choice("@#$") + _digits(rng, rng.randint(2, 4)) + rng.choice(["x", "Q", "z"])
    return "".join(rng.choice([c.upper(), c]) for c in rng.choice(words)) + rng.choice("!?#") + _digits(rng, 3)


def api_key(rng: random.Random) -> str:
    k = rng.randrange(7)
    if k == 0:
        return "sk_live_" + _rs(rng, _ALNUM, 24)
    if k == 1:
        return "ghp_" + _rs(rng, _ALNUM, 36)
    if k == 2:
        return "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _rs(rng, _ALNUM, 24)
    if k == 3:
        return "SG." + _rs(rng, _ALNUM + "_-", 22) + "." + _rs(rng, _ALNUM + "_-", 43)
    if k == 4:
        return "AIza" + _rs(rng, _ALNUM + "_-", 35)
    if k == 5:
        return "key-" + _rs(rng, _HEX, 32)
    return "sk-proj-" + _rs(rng, _ALNUM, 40)


def aws_secret(rng: random.Random) -> str:
    return _rs(rng, _ALNUM + "/+", 40)


# --------------------------------------------------------------------------------------------
# look-alike generators (never labelled)
# --------------------------------------------------------------------------------------------


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha256(rng: random.Random) -> str:
    return _rs(rng, _HEX, 64)


def bcrypt(rng: random.Random) -> str:
    return "$2b$12$" + _rs(rng, "./" + _ALNUM, 53)


def argon(rng: random.Random) -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, _ALNUM + "+/", 22) + "$" + _rs(rng, _ALNUM + "+/", 43)


def priv_ip(rng: random.Random) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def version(rng: random.Random) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
    if k == 1:
        return f"10.0.{rng.randint(17000, 26200)}.{rng.randint(100, 5000)}"
    return f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}"


def masked_card(rng: random.Random) -> str:
    last = _digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                       f"{rng.choice(['4', '5'])}{_digits(rng, 5)}******{last}", f"ending {last}"])


def last4(rng: random.Random) -> str:
    return _digits(rng, 4)


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}"


def imei(rng: random.Random) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def ref(rng: random.Random, prefix: str, n: int = 6) -> str:
    return f"{prefix}{_digits(rng, n)}"


def aref(rng: random.Random, n: int = 6) -> str:
    return _rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", n)


def tracking(rng: random.Random) -> str:
    return rng.choice(["1Z" + _rs(rng, "0123456789ABCDEFGHJKLMNPRSTUVWXY", 16),
                       _rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + _digits(rng, 9) + rng.choice(["GB", "US", "AU", "NL"]),
                       _digits(rng, 12)])


def swift(rng: random.Random) -> str:
    return rng.choice(["DEUTDEFF", "BARCGB22", "CAIXESBBXXX", "AIBKIE2D", "SBZAZAJJ", "HABALT22", "TGBATRIS",
                       "BTRLRO22", "LJBASI2X", "NBIIISRE", "MBBEMYKL", "BOPIPHMM", "HSBCSGSG", "KCBLKENX"])


def gps(rng: random.Random) -> str:
    return f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 150):.5f}"


def amount(rng: random.Random, cur: str = "$") -> str:
    return f"{cur}{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}"


def ts(rng: random.Random, back: int = 60) -> str:
    d = TODAY - timedelta(days=rng.randint(0, back))
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def otp(rng: random.Random) -> str:
    return _digits(rng, 6)


def hhmm(rng: random.Random) -> str:
    return f"{rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45'])}"


def jwt_like(rng: random.Random) -> str:
    return "sess_" + _rs(rng, _ALNUM, 28)


# --------------------------------------------------------------------------------------------
# locales: names, towns with their real postcodes, street shapes, phone region, date format
# --------------------------------------------------------------------------------------------

_GB_L = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def _gb_pc(rng, district):
    return f"{district} {rng.randint(1, 9)}{rng.choice(_GB_L)}{rng.choice(_GB_L)}"


def _ca_pc(rng, fsa):
    return f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"


def _addr_us(g, multi):
    r = g.rng
    town, st, z = g.home[:3]
    street = f"{r.randint(12, 9899)} {r.choice(g.L['streets'])}"
    unit = r.choice(["", "", "", f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Unit {r.randint(100, 420)}"])
    zipc = z + _digits(r, 2)
    if multi:
        return street + ("\n" + unit if unit else "") + f"\n{town}, {st} {zipc}"
    return street + (f", {unit}" if unit else "") + f", {town}, {st} {zipc}"


def _addr_gb(g, multi):
    r = g.rng
    town, dists = g.home[0], g.home[1]
    pc = _gb_pc(r, r.choice(dists))
    street = f"{r.randint(1, 240)} {r.choice(g.L['streets'])}"
    flat = r.choice(["", "", "", f"Flat {r.randint(1, 12)}", f"Flat {r.randint(1, 6)}{r.choice('ABC')}"])
    if multi:
        return (flat + "\n" if flat else "") + street + f"\n{town}\n{pc}"
    return (flat + ", " if flat else "") + street + f", {town} {pc}"


def _addr_ca(g, multi):
    r = g.rng
    town, prov, fsas = g.home[:3]
    pc = _ca_pc(r, r.choice(fsas))
    num = r.randint(10, 4800)
    unit = r.choice(["", "", f"{r.randint(101, 2409)}-", f"Unit {r.randint(1, 40)}, "])
    street = f"{unit}{num} {r.choice(g.L['streets'])}"
    if multi:
        return f"{street}\n{town}, {prov} {pc}"
    return f"{street}, {town}, {prov} {pc}"


def _addr_au(g, multi):
    r = g.rng
    town, st, pc = g.home
    unit = r.choice(["", "", f"{r.randint(1, 24)}/", f"Unit {r.randint(1, 9)}, "])
    street = f"{unit}{r.randint(1, 180)} {r.choice(g.L['streets'])}"
    if multi:
        return f"{street}\n{town.upper()} {st} {pc}"
    return f"{street}, {town} {st} {pc}"


def _addr_in(g, multi):
    r = g.rng
    town, state, pin = g.home
    flat = f"Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {r.choice(['Shanti', 'Sai Krupa', 'Green Valley', 'Lakshmi', 'Prestige Palms', 'Om Sai'])} {r.choice(['Apartments', 'Residency', 'CHS', 'Enclave'])}"
    street = f"{r.choice(g.L['streets'])}"
    pin = pin + _digits(r, 2)
    if multi:
        return f"{flat}\n{street}\n{town} - {pin}\n{state}"
    return f"{flat}, {street}, {town} {pin}"


def _addr_ie(g, multi):
    r = g.rng
    town, county, key = g.home
    eir = f"{key} {''.join(r.choice(_EIR[:15]) if i == 0 else r.choice(_EIR) for i in range(4))}"
    street = f"{r.randint(1, 90)} {r.choice(g.L['streets'])}"
    if multi:
        return f"{street}\n{town}\n{county}\n{eir}"
    return f"{street}, {town}, {county}, {eir}" if county else f"{street}, {town} {eir}"


def _addr_simple(g, multi, numfirst=True, pc_before=False, sep=", "):
    r = g.rng
    town, pc = g.home[0], g.home[1]
    if callable(pc):
        pc = pc(r)
    s = r.choice(g.L["streets"])
    n = str(r.randint(1, 160))
    street = f"{n} {s}" if numfirst else f"{s} {n}"
    extra = g.L.get("extra")
    if extra and r.random() < 0.35:
        street += extra(r)
    tail = f"{pc} {town}" if pc_before else f"{town} {pc}"
    if multi:
        return f"{street}\n{tail}"
    return f"{street}{sep}{tail}"


def _addr_za(g, multi):
    r = g.rng
    town, pc = g.home
    street = f"{r.randint(1, 240)} {r.choice(g.L['streets'])}"
    sub = r.choice(g.L["suburbs"])
    if multi:
        return f"{street}\n{sub}\n{town}\n{pc}"
    return f"{street}, {sub}, {town}, {pc}"


def _addr_af(g, multi):
    r = g.rng
    town, pc = g.home
    street = f"{r.choice(g.L['streets'])} {r.randint(1, 180)}"
    if multi:
        return f"{street}\n{town}\n{pc}"
    return f"{street}, {town}, {pc}"


def _addr_sg(g, multi):
    r = g.rng
    blk = r.randint(100, 799)
    street = r.choice(g.L["streets"])
    unit = f"#{r.randint(2, 25):02d}-{r.randint(1, 450):02d}"
    pc = f"{r.choice(['56', '46', '31', '52', '65', '15', '76'])}{_digits(r, 4)}"
    if multi:
        return f"Blk {blk} {street}\n{unit}\nSingapore {pc}"
    return f"Blk {blk} {street}, {unit}, Singapore {pc}"


def _addr_ph(g, multi):
    r = g.rng
    town, pc = g.home
    street = f"{r.randint(1, 999)} {r.choice(g.L['streets'])}"
    brgy = f"Brgy. {r.choice(g.L['brgy'])}"
    if multi:
        return f"{street}\n{brgy}\n{town} {pc}"
    return f"{street}, {brgy}, {town} {pc}"


def _addr_ng(g, multi):
    r = g.rng
    town, area, pc = g.home
    street = f"{r.randint(1, 90)} {r.choice(g.L['streets'])}"
    if multi:
        return f"{street}\n{area}\n{town} {pc}"
    return f"{street}, {area}, {town} {pc}"


def _addr_ke(g, multi):
    r = g.rng
    town, pc = g.home
    hs = r.choice([f"House No. {r.randint(1, 60)}", f"Apt {r.choice('ABCDE')}{r.randint(1, 24)}, {r.choice(['Kilimani Court', 'Lavington Gardens', 'Riverside Heights', 'Nyali Towers'])}"])
    street = r.choice(g.L["streets"])
    if multi:
        return f"{hs}\n{street}\n{town} {pc}"
    return f"{hs}, {street}, {town} {pc}"


def _addr_cat(g, multi):
    r = g.rng
    town, pc = g.home
    pc = pc + _digits(r, 2) if len(pc) == 3 else pc
    street = f"{r.choice(g.L['streets'])}, {r.randint(1, 240)}"
    floor = r.choice(["", f", {r.randint(1, 6)}r {r.randint(1, 4)}a", ", baixos", ", àtic 1a", f", {r.randint(1, 5)}è {r.randint(1, 2)}a"])
    if multi:
        return f"{street}{floor}\n{pc} {town}"
    return f"{street}{floor}, {pc} {town}"


def _addr_ms(g, multi):
    r = g.rng
    town, pc, state = g.home
    no = r.choice([f"No. {r.randint(1, 88)}", f"{r.randint(1, 40)}-{r.randint(1, 12)}", f"Lot {r.randint(100, 999)}"])
    street = r.choice(g.L["streets"])
    if multi:
        return f"{no}, {street}\n{pc} {town}\n{state}"
    return f"{no}, {street}, {pc} {town}, {state}"


def _addr_tr(g, multi):
    r = g.rng
    town, ilce, pc = g.home
    street = f"{r.choice(g.L['streets'])} No: {r.randint(1, 140)}" + r.choice(["", f" D: {r.randint(1, 24)}", f" Daire {r.randint(1, 16)}"])
    if multi:
        return f"{street}\n{pc} {ilce}/{town}"
    return f"{street}, {pc} {ilce}/{town}"


def _addr_ro(g, multi):
    r = g.rng
    town, pc = g.home
    pc = pc + _digits(r, 6 - len(pc))
    street = f"{r.choice(g.L['streets'])} nr. {r.randint(1, 120)}" + r.choice(["", f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}", f", ap. {r.randint(1, 30)}"])
    if multi:
        return f"{street}\n{pc} {town}"
    return f"{street}, {pc} {town}"


def _addr_lt(g, multi):
    r = g.rng
    town, pc = g.home
    pc = f"LT-{pc}{_digits(r, 5 - len(pc))}"
    street = f"{r.choice(g.L['streets'])} {r.randint(1, 90)}" + r.choice(["", f"-{r.randint(1, 60)}"])
    if multi:
        return f"{street}\n{pc} {town}"
    return f"{street}, {pc} {town}"


def _pc_pad(pc, n):
    return lambda r: pc + _digits(r, n - len(pc))


LOCS: dict[str, dict] = {
    "us": dict(region="US", faker="en_US", lang="en", date="%m/%d/%Y", addr=_addr_us,
               towns=[("Austin", "TX", "787", "512"), ("Columbus", "OH", "432", "614"), ("Portland", "OR", "972", "503"),
                      ("Denver", "CO", "802", "303"), ("Raleigh", "NC", "276", "919"), ("Tampa", "FL", "336", "813"),
                      ("Madison", "WI", "537", "608"), ("Sacramento", "CA", "958", "916"), ("Albany", "NY", "122", "518")],
               streets=["Oak Street", "Maple Ave", "W 38th St", "Elm Dr", "Cedar Ln", "Lakeview Blvd", "Pine Ridge Rd",
                        "N Lamar Blvd", "Hillcrest Court", "Sunset Ave", "Willow Way", "E Main St"],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
    "gb": dict(region="GB", faker="en_GB", lang="en", date="%d/%m/%Y", addr=_addr_gb,
               towns=[("Leeds", ["LS6", "LS8", "LS11"]), ("Bristol", ["BS3", "BS7"]), ("Manchester", ["M14", "M20"]),
                      ("Norwich", ["NR2", "NR3"]), ("Glasgow", ["G12", "G41"]), ("Nottingham", ["NG7", "NG5"]),
                      ("Brighton", ["BN1", "BN2"]), ("York", ["YO10", "YO31"]), ("Sheffield", ["S7", "S11"])],
               streets=["Kelso Road", "Victoria Street", "Church Lane", "Mill Road", "Albert Terrace", "Station Road",
                        "Highfield Avenue", "Park Crescent", "Queens Drive", "Beech Grove", "Hawthorn Close"],
               mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"]),
    "ca": dict(region="CA", faker="en_US", lang="en", date="%Y-%m-%d", addr=_addr_ca,
               towns=[("Toronto", "ON", ["M5V", "M4K", "M6P"], "416"), ("Vancouver", "BC", ["V5K", "V6K"], "604"),
                      ("Calgary", "AB", ["T2N", "T3A"], "403"), ("Halifax", "NS", ["B3H", "B3K"], "902"),
                      ("Ottawa", "ON", ["K1S", "K2P"], "613"), ("Winnipeg", "MB", ["R3M", "R2W"], "204")],
               streets=["Danforth Ave", "Bloor St W", "Kingsway", "Robie St", "Elgin St", "Portage Ave", "Kensington Rd NW",
                        "Main St", "Queen St E", "Commercial Dr"],
               mail=["gmail.com", "hotmail.ca", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com"]),
    "au": dict(region="AU", faker="en_GB", lang="en", date="%d/%m/%Y", addr=_addr_au,
               towns=[("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"),
                      ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"),
                      ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"), ("Geelong", "VIC", "3220")],
               streets=["Smith St", "Brunswick Rd", "King St", "Sydney Rd", "High St", "Jetty Rd", "Wattle Ave",
                        "Banksia Cres", "Ocean Pde", "Gympie Tce"],
               mail=["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"]),
    "in": dict(region="IN", faker="en_IN", lang="en", date="%d-%m-%Y", addr=_addr_in,
               towns=[("Pune", "Maharashtra", "4110"), ("Bengaluru", "Karnataka", "5600"), ("Chennai", "Tamil Nadu", "6000"),
                      ("Hyderabad", "Telangana", "5000"), ("Kochi", "Kerala", "6820"), ("Jaipur", "Rajasthan", "3020"),
                      ("Noida", "Uttar Pradesh", "2013"), ("Ahmedabad", "Gujarat", "3800")],
               streets=["MG Road", "14th Cross, Indiranagar", "Anna Salai", "Koregaon Park Lane 5", "Link Road, Sector 62",
                        "Jubilee Hills Road No. 36", "CG Road, Navrangpura", "Marine Drive"],
               mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"]),
    "ie": dict(region="IE", faker="en_IE", lang="en", date="%d/%m/%Y", addr=_addr_ie,
               towns=[("Dublin 8", "", "D08"), ("Galway", "Co. Galway", "H91"), ("Cork", "Co. Cork", "T12"),
                      ("Limerick", "Co. Limerick", "V94"), ("Ennis", "Co. Clare", "V95"), ("Sligo", "Co. Sligo", "F91"),
                      ("Kilkenny", "Co. Kilkenny", "R95")],
               streets=["Main Street", "Mill Street", "Church Road", "Bóthar na Trá", "Father Griffin Road",
                        "Oliver Plunkett Street", "Ashgrove Park", "The Crescent"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie"]),
    "za": dict(region="ZA", faker="zu_ZA", lang="en", date="%Y/%m/%d", addr=_addr_za,
               towns=[("Cape Town", "8001"), ("Durban", "4001"), ("Johannesburg", "2196"), ("Pretoria", "0181"),
                      ("Gqeberha", "6001"), ("Bloemfontein", "9301"), ("East London", "5201")],
               streets=["Long Street", "Jan Smuts Avenue", "Florida Road", "Main Road", "Beach Road", "Church Street",
                        "Oxford Road", "Loop Street"],
               suburbs=["Gardens", "Rosebank", "Morningside", "Hatfield", "Observatory", "Walmer", "Berea", "Sea Point"],
               mail=["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"]),
    "nz": dict(region="NZ", faker="en_NZ", lang="en", date="%d/%m/%Y", addr=lambda g, m: _addr_simple(g, m),
               towns=[("Auckland", "1011"), ("Wellington", "6011"), ("Christchurch", "8011"), ("Hamilton", "3204"),
                      ("Dunedin", "9016"), ("Tauranga", "3110"), ("Nelson", "7010"), ("Napier", "4110")],
               streets=["Ponsonby Road", "Cuba Street", "Riccarton Road", "Victoria Street", "George Street",
                        "Devonport Road", "Trafalgar Street", "Marine Parade", "Kauri Place"],
               mail=["gmail.com", "xtra.co.nz", "outlook.co.nz", "yahoo.co.nz"]),
    "sg": dict(region="SG", faker=None, lang="en", date="%d/%m/%Y", addr=_addr_sg,
               towns=[("Singapore", "")],
               streets=["Ang Mo Kio Avenue 3", "Tampines Street 21", "Jurong West Street 52", "Bedok North Road",
                        "Toa Payoh Lorong 1", "Yishun Ring Road", "Clementi Avenue 2"],
               first=["Wei Ling", "Jun Jie", "Hui Min", "Siti", "Arjun", "Darren", "Priya", "Kai Xiang", "Nur Aisyah",
                      "Marcus", "Shu Fen", "Rajesh"],
               last=["Tan", "Lim", "Ng", "Goh", "Wong", "Teo", "Chua", "Binte Rahman", "Pillai", "Koh", "Lee", "Ong"],
               mail=["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"]),
    "ph": dict(region="PH", faker=None, lang="en", date="%m/%d/%Y", addr=_addr_ph,
               towns=[("Quezon City", "1100"), ("Makati City", "1200"), ("Cebu City", "6000"), ("Davao City", "8000"),
                      ("Pasig City", "1600"), ("Iloilo City", "5000"), ("Baguio City", "2600")],
               streets=["Rizal St.", "Mabini St.", "Katipunan Ave.", "Osmeña Blvd.", "J.P. Laurel Ave.", "Bonifacio St.",
                        "Session Road", "Aguinaldo Highway"],
               brgy=["San Roque", "Poblacion", "Bagumbayan", "Lahug", "Malate", "Kapitolyo", "Sampaloc"],
               first=["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Ma. Lourdes", "Jericho", "Rowena", "Paolo",
                      "Kristine", "Ramon", "Jasmine", "Rodel", "Liza", "Carlo"],
               last=["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino",
                     "Ramos", "Castillo", "Manalo", "Pascual", "Navarro"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"]),
    "ng": dict(region="NG", faker="en_NG", lang="en", date="%d/%m/%Y", addr=_addr_ng,
               towns=[("Lagos", "Ikeja", "100271"), ("Lagos", "Yaba", "101212"), ("Lagos", "Lekki", "105102"),
                      ("Abuja", "Wuse II", "900288"), ("Ibadan", "Bodija", "200284"), ("Port Harcourt", "GRA Phase 2", "500272"),
                      ("Enugu", "Independence Layout", "400102")],
               streets=["Allen Avenue", "Herbert Macaulay Way", "Admiralty Way", "Aminu Kano Crescent", "Awolowo Avenue",
                        "Tombia Street", "Ogui Road", "Isaac John Street"],
               mail=["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]),
    "ke": dict(region="KE", faker="en_KE", lang="en", date="%d/%m/%Y", addr=_addr_ke,
               towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                      ("Eldoret", "30100"), ("Thika", "01000")],
               streets=["Ngong Road", "Argwings Kodhek Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue",
                        "Nyali Road", "Uganda Road", "Kiambu Road"],
               mail=["gmail.com", "yahoo.com", "outlook.com"]),
    # ---- other languages
    "cat": dict(region="ES", faker=None, lang="ca", date="%d/%m/%Y", addr=_addr_cat, iban="ES",
                towns=[("Barcelona", "080"), ("Girona", "170"), ("Lleida", "250"), ("Tarragona", "430"), ("Sabadell", "082"),
                       ("Reus", "432"), ("Vic", "08500"), ("Manresa", "08240"), ("Figueres", "17600")],
                streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera", "Rambla Nova",
                         "Carrer del Carme", "Avinguda Diagonal", "Carrer de Sant Pere", "Plaça de la Vila"],
                first=["Jordi", "Montserrat", "Núria", "Pau", "Laia", "Oriol", "Mireia", "Arnau", "Meritxell", "Marc",
                       "Roser", "Quim", "Aina", "Jaume", "Carme"],
                last=["Puig", "Vilalta", "Ferrer", "Soler", "Casals", "Roca", "Vidal", "Font", "Pujol", "Serra", "Batlle",
                      "Coll", "Massagué", "Riera", "Planas"],
                mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "xtec.cat"]),
    "is": dict(region="IS", faker="is_IS", lang="is", date="%d.%m.%Y", iban="IS",
               addr=lambda g, m: _addr_simple(g, m, numfirst=False, pc_before=True),
               towns=[("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
                      ("Akureyri", "600"), ("Selfoss", "800"), ("Ísafjörður", "400"), ("Egilsstaðir", "700")],
               streets=["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hamraborg", "Strandgata", "Hafnarstræti",
                        "Austurvegur", "Bústaðavegur", "Langholtsvegur"],
               mail=["gmail.com", "simnet.is", "internet.is", "hotmail.com"]),
    "af": dict(region="ZA", faker=None, lang="af", date="%Y-%m-%d", addr=_addr_af,
               towns=[("Stellenbosch", "7600"), ("Paarl", "7646"), ("Bloemfontein", "9301"), ("Pretoria", "0181"),
                      ("George", "6529"), ("Worcester", "6850"), ("Potchefstroom", "2531"), ("Oudtshoorn", "6625")],
               streets=["Kerkstraat", "Dorpstraat", "Hoofweg", "Langstraat", "Voortrekkerweg", "Bergstraat", "Rivierweg",
                        "Eikelaan"],
               first=["Pieter", "Annelie", "Johan", "Marietjie", "Hendrik", "Elmarie", "Wynand", "Riana", "Francois",
                      "Lize", "Gerrit", "Sunette", "Jaco", "Karlien"],
               last=["van der Merwe", "Botha", "du Plessis", "Nel", "Steyn", "Pretorius", "Venter", "Smit", "Coetzee",
                     "Fourie", "Joubert", "le Roux", "Kruger", "Swanepoel"],
               mail=["gmail.com", "vodamail.co.za", "mweb.co.za", "telkomsa.net"]),
    "tl": dict(region="PH", faker=None, lang="tl", date="%m/%d/%Y", addr=_addr_ph,
               towns=[("Quezon City", "1100"), ("Caloocan City", "1400"), ("Antipolo City", "1870"), ("Lipa City", "4217"),
                      ("San Fernando", "2000"), ("Tarlac City", "2300"), ("Batangas City", "4200")],
               streets=["Rizal St.", "Mabini St.", "Del Pilar St.", "Sampaguita St.", "M.H. del Pilar St.",
                        "Gen. Luna St.", "Magsaysay Ave."],
               brgy=["San Isidro", "Poblacion", "Sto. Niño", "Bagong Silang", "Malanday", "Dela Paz"],
               first=["Maricel", "Juan Carlos", "Rowena", "Jomar", "Lorna", "Ariel", "Mylene", "Noel", "Janine", "Bong",
                      "Rosalie", "Efren", "Cherry", "Dindo"],
               last=["dela Cruz", "Macaraeg", "Dimaculangan", "Santos", "Lacson", "Tolentino", "Magbanua", "Sison",
                     "Salonga", "Cruz", "Evangelista", "Mercado"],
               mail=["gmail.com", "yahoo.com", "yahoo.com.ph"]),
    "ms": dict(region="MY", faker=None, lang="ms", date="%d/%m/%Y", addr=_addr_ms,
               towns=[("Kuala Lumpur", "50450", "Wilayah Persekutuan"), ("Petaling Jaya", "47300", "Selangor"),
                      ("Shah Alam", "40100", "Selangor"), ("George Town", "10200", "Pulau Pinang"),
                      ("Johor Bahru", "80100", "Johor"), ("Ipoh", "30450", "Perak"), ("Kota Bharu", "15000", "Kelantan"),
                      ("Kuantan", "25000", "Pahang")],
               streets=["Jalan Ampang", "Jalan SS 2/24", "Jalan Tun Razak", "Jalan Masjid India", "Lorong Kenari 3",
                        "Jalan Bukit Bintang", "Jalan Sultan Ismail", "Persiaran Mahsuri"],
               first=["Nurul Aina", "Ahmad Faiz", "Siti Aminah", "Muhammad Hafiz", "Nur Syafiqah", "Azlan", "Farah",
                      "Mohd Rizal", "Aisyah", "Hakim", "Zulaikha", "Kamarul"],
               last=["binti Ismail", "bin Abdullah", "binti Rahman", "bin Hassan", "binti Yusof", "bin Othman",
                     "binti Ahmad", "bin Salleh", "Lim", "Tan"],
               mail=["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"]),
    "cy": dict(region="GB", faker=None, lang="cy", date="%d/%m/%Y", addr=_addr_gb, iban="GB",
               towns=[("Caerdydd", ["CF10", "CF24"]), ("Abertawe", ["SA1", "SA2"]), ("Aberystwyth", ["SY23"]),
                      ("Bangor", ["LL57"]), ("Caerfyrddin", ["SA31"]), ("Wrecsam", ["LL11"]), ("Caernarfon", ["LL55"])],
               streets=["Heol y Frenhines", "Stryd Fawr", "Ffordd y Môr", "Heol y Bont", "Lôn Las", "Stryd y Castell",
                        "Heol Glyndŵr", "Rhodfa'r Gogledd"],
               first=["Rhys", "Siân", "Dafydd", "Catrin", "Gethin", "Nia", "Iwan", "Eleri", "Aled", "Mared", "Owain",
                      "Lowri", "Huw", "Ffion"],
               last=["Jones", "Evans", "Williams", "Davies", "ap Gwilym", "Pritchard", "Morgan", "Griffiths", "Llewelyn",
                     "Roberts", "Hughes", "Owen"],
               mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "aber.ac.uk"]),
    "et": dict(region="EE", faker="et_EE", lang="et", date="%d.%m.%Y", iban="EE",
               addr=lambda g, m: _addr_simple(g, m, numfirst=False, pc_before=True),
               towns=[("Tallinn", _pc_pad("10", 5)), ("Tallinn", _pc_pad("13", 5)), ("Tartu", _pc_pad("50", 5)),
                      ("Pärnu", _pc_pad("80", 5)), ("Narva", _pc_pad("20", 5)), ("Viljandi", _pc_pad("71", 5)),
                      ("Rakvere", _pc_pad("44", 5))],
               streets=["Pärnu mnt", "Narva mnt", "Rüütli tn", "Tähe tn", "Riia mnt", "Pikk tn", "Kalevi tn", "Lai tn"],
               extra=lambda r: f"-{r.randint(1, 60)}",
               mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"]),
    "lt": dict(region="LT", faker="lt_LT", lang="lt", date="%Y-%m-%d", addr=_addr_lt, iban="LT",
               towns=[("Vilnius", "01"), ("Vilnius", "08"), ("Kaunas", "44"), ("Klaipėda", "92"), ("Šiauliai", "76"),
                      ("Panevėžys", "35"), ("Alytus", "62")],
               streets=["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Savanorių pr.", "Žirmūnų g.",
                        "Tilžės g.", "Basanavičiaus g."],
               mail=["gmail.com", "one.lt", "inbox.lt", "yahoo.com"]),
    "sl": dict(region="SI", faker="sl_SI", lang="sl", date="%-d. %-m. %Y", iban="SI",
               addr=lambda g, m: _addr_simple(g, m, numfirst=False, pc_before=True),
               towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
                      ("Novo mesto", "8000"), ("Ptuj", "2250"), ("Velenje", "3320")],
               streets=["Slovenska cesta", "Trubarjeva ulica", "Gosposvetska cesta", "Prešernova ulica", "Cankarjeva cesta",
                        "Tržaška cesta", "Glavni trg", "Ulica heroja Staneta"],
               mail=["gmail.com", "siol.net", "t-2.net", "amis.net"]),
    "tr": dict(region="TR", faker="tr_TR", lang="tr", date="%d.%m.%Y", addr=_addr_tr, iban="TR",
               towns=[("İstanbul", "Kadıköy", "34710"), ("İstanbul", "Beşiktaş", "34353"), ("İstanbul", "Üsküdar", "34662"),
                      ("Ankara", "Çankaya", "06690"), ("İzmir", "Karşıyaka", "35540"), ("Bursa", "Nilüfer", "16110"),
                      ("Antalya", "Muratpaşa", "07100"), ("Eskişehir", "Tepebaşı", "26010")],
               streets=["Moda Cad.", "Bağdat Cad.", "Atatürk Bulvarı", "Cumhuriyet Mah. Lale Sok.", "İnönü Cad.",
                        "Gazi Mustafa Kemal Blv.", "Çiçek Sok.", "Barbaros Bulvarı"],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "ro": dict(region="RO", faker="ro_RO", lang="ro", date="%d.%m.%Y", addr=_addr_ro, iban="RO",
               towns=[("Cluj-Napoca", "400"), ("București", "030"), ("Iași", "700"), ("Timișoara", "300"),
                      ("Brașov", "500"), ("Constanța", "900"), ("Sibiu", "550"), ("Oradea", "410")],
               streets=["Str. Mihai Eminescu", "Calea Victoriei", "Bd. Independenței", "Str. Republicii",
                        "Str. Avram Iancu", "Bd. Revoluției", "Str. Lalelelor", "Aleea Trandafirilor"],
               mail=["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"]),
    "sw": dict(region="KE", faker="en_KE", lang="sw", date="%d/%m/%Y", addr=_addr_ke,
               towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                      ("Machakos", "90100"), ("Nyeri", "10100"), ("Malindi", "80200")],
               streets=["Barabara ya Ngong", "Barabara ya Moi", "Mtaa wa Biashara", "Barabara ya Jogoo",
                        "Mtaa wa Tom Mboya", "Barabara ya Kenyatta"],
               mail=["gmail.com", "yahoo.com", "safaricom.co.ke"]),
}


_FAKERS: dict[str, Faker] = {}
_EXAMPLES: dict[tuple[str, str], str] = {}
_TRANS = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "ı": "i", "İ": "I",
                        "ß": "ss", "đ": "d", "ł": "l", "'": "", "’": "", " ": "", ".": "", "-": ""})
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre",
           "d'octubre", "de novembre", "de desembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
           "Desemba"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
           "November", "Desember"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
           "lapkričio", "gruodžio"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november",
           "december"],
}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _ascii(s: str) -> str:
    s = s.translate(_TRANS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).lower()


def _example(region: str, kind: str) -> str:
    k = (region, kind)
    if k not in _EXAMPLES:
        t = _PT.MOBILE if kind == "mobile" else _PT.FIXED_LINE
        _EXAMPLES[k] = str(phonenumbers.example_number_for_type(region, t).national_number)
    return _EXAMPLES[k]


def _valid(s: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


class G:
    """Per-text generator for one locale; all randomness comes from rng (and a Faker seeded from it)."""

    def __init__(self, loc: str, rng: random.Random) -> None:
        self.loc = loc
        self.L = LOCS[loc]
        self.rng = rng
        self.region = self.L["region"]
        self.lang = self.L["lang"]
        self.fk = None
        if self.L.get("faker"):
            self.fk = _faker(self.L["faker"])
            self.fk.seed_instance(rng.getrandbits(32))
        self.new_home()

    def new_home(self) -> None:
        self.home = self.rng.choice(self.L["towns"])

    # names
    def first(self) -> str:
        return self.fk.first_name() if self.fk else self.rng.choice(self.L["first"])

    def last(self) -> str:
        return self.fk.last_name() if self.fk else self.rng.choice(self.L["last"])

    def full(self) -> str:
        return f"{self.first()} {self.last()}"

    def person(self) -> tuple[str, str]:
        return self.first(), self.last()

    # places
    def town(self) -> str:
        return self.home[0]

    def other_town(self) -> str:
        return self.rng.choice(self.L["towns"])[0]

    def addr(self, multi: bool = False) -> str:
        return self.L["addr"](self, multi)

    # contact
    def email(self, first: str | None = None, last: str | None = None, domain: str | None = None) -> str:
        r = self.rng
        f = _ascii(first or self.first()) or "info"
        la = _ascii(last or self.last()) or "mail"
        local = r.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}.{la}", f"{f}_{la}{r.randint(1, 99)}", f"{la}.{f}",
                          f"{f}{r.randint(70, 2006)}", f"{f[0]}{la}"])
        return f"{local}@{domain or r.choice(self.L['mail'])}"

    def phone(self, kind: str | None = None, style: str | None = None) -> str:
        r = self.rng
        reg = self.region
        kind = kind or r.choice(["mobile", "mobile", "mobile", "fixed"])
        for _ in range(300):
            if reg in ("US", "CA"):
                area = self.home[-1] if r.random() < 0.8 else r.choice(["312", "646", "415", "647", "778", "587"])
                nn = f"{area}{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{_digits(r, 4)}"
                if nn[3:6] == "555":
                    continue
            elif reg == "IN" and kind == "mobile":
                nn = r.choice(["98", "99", "97", "95", "90", "88", "70", "81", "63", "93"]) + _digits(r, 8)
            else:
                ex = _example(reg, kind)
                keep = max(1, len(ex) - 6)
                nn = ex[:keep] + _digits(r, len(ex) - keep)
            num = phonenumbers.parse(nn, reg)
            if phonenumbers.is_valid_number(num):
                break
        st = style or r.choice(["nat", "nat", "nat", "intl", "e164", "compact"])
        if st == "intl":
            s = phonenumbers.format_number(num, _PF.INTERNATIONAL)
        elif st == "e164":
            s = phonenumbers.format_number(num, _PF.E164)
        else:
            s = phonenumbers.format_number(num, _PF.NATIONAL)
            if reg == "IN":
                s = f"{nn[:5]} {nn[5:]}"
            if st == "compact":
                s = "".join(c for c in s if c.isdigit())
            elif st == "dots" and reg in ("US", "CA"):
                s = f"{nn[:3]}.{nn[3:6]}.{nn[6:]}"
        if not _valid(s, reg):
            s = phonenumbers.format_number(num, _PF.INTERNATIONAL)
        assert _valid(s, reg), s
        return s

    # dates
    def fmt_date(self, d: date, long: bool = False) -> str:
        if long:
            m = _MONTHS.get(self.lang, _MONTHS["en"])[d.month - 1]
            if self.lang == "en":
                return f"{m} {d.day}, {d.year}" if self.region in ("US", "PH", "CA") else f"{d.day} {m} {d.year}"
            if self.lang == "ca":
                return f"{d.day} {m} de {d.year}"
            if self.lang in ("is", "sl", "et"):
                return f"{d.day}. {m} {d.year}"
            if self.lang == "lt":
                return f"{d.year} m. {m} {d.day} d."
            if self.lang == "tl":
                return f"{m} {d.day}, {d.year}"
            return f"{d.day} {m} {d.year}"
        f = self.L["date"]
        if f.startswith("%-d"):
            return f"{d.day}. {d.month}. {d.year}"
        return d.strftime(f)

    def dob_date(self) -> date:
        return date(1946, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 60))

    def dob(self, long: bool | None = None) -> str:
        if long is None:
            long = self.rng.random() < 0.25
        if self.lang == "lt":
            long = False
        return self.fmt_date(self.dob_date(), long)

    def day(self, lo: int = -40, hi: int = 40, long: bool = False) -> str:
        return self.fmt_date(TODAY + timedelta(days=self.rng.randint(lo, hi)), long)

    def iban(self, spaced: bool | None = None) -> str:
        return iban(self.rng, self.L.get("iban", "GB" if self.region == "GB" else "IE"), spaced)

    def c(self, *xs):
        return self.rng.choice(xs)


# --------------------------------------------------------------------------------------------
# free-text templates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    name: str
    loc: str
    shape: str
    fn: Callable[[G, _B], None]


TEMPLATES: list[Template] = []


def T(loc: str, shape: str):
    def deco(fn):
        TEMPLATES.append(Template(fn.__name__, loc, shape, fn))
        return fn
    return deco


# ---------------- English ------------------------------------------------------------------


@T("us", "email+signature")
def pharmacy_refill_email(g, b):
    r = g.rng
    f, la = g.person()
    b.f(g.c("Subject: Refill request - Rx #§\n\n", "Subject: repeat prescription (Rx §)\n\n"), ref(r, "", 7))
    b.f("Hi,\n\nCould you please refill my § 20mg? I'm down to my last few tablets. My date of birth is § and "
        "the order should go to my home address as usual:\n\n§\n\n", g.c("atorvastatin", "lisinopril", "omeprazole"),
        DOB(g.dob()), ADR(g.addr(multi=True)))
    b.f("Last time the courier left it with my neighbor's dog Biscuit, which was... not ideal. Please text § before "
        "delivery. Card on file is the one ending §, exp §.\n\n", PH(g.phone("mobile")), last4(r), expiry(r))
    b.f("Thanks,\n§\n§\n", P(f"{f} {la}"), EM(g.email(f, la)))
    b.f("\n-- \nSent from my iPhone | order ref WX-§", _digits(r, 8))


@T("gb", "email+quoted-reply")
def gym_direct_debit_reply(g, b):
    r = g.rng
    f, la = g.person()
    staff = g.first()
    a = g.addr(multi=True).split("\n")
    b.f("Hi §,\n\nThanks for confirming. I've updated your Direct Debit to the new account, first collection on §. "
        "Your locker is no. § and the code is §.\n\nKind regards\n§\nMembership Team, Pulse Fitness §\n"
        "Tel: § | §\n\n", P(f), g.day(3, 30), r.randint(10, 240), _digits(r, 4), P(staff), g.c("Leeds", "Headingley", "city centre"),
        PH(g.phone("fixed")), EM(f"membership@pulse{g.c('fitness', 'gyms')}.co.uk"))
    b.f("On §, § <§> wrote:\n", g.day(-9, -1), P(f"{f} {la}"), EM(g.email(f, la)))
    b.f("> Hi, please move my membership payments to my new account, IBAN §.\n", IBAN(g.iban()))
    b.f("> My address has also changed to:\n")
    for line in a:
        b.t("> ").v(line, "STREET_ADDRESS").t("\n")
    b.f("> Cheers, §\n", P(f))


@T("ca", "forwarded-email")
def car_rental_forward(g, b):
    r = g.rng
    f, la = g.person()
    f2, la2 = g.person()
    b.f("---------- Forwarded message ---------\nFrom: Maple Drive Rentals <reservations@mapledriverentals.ca>\n"
        "Date: §\nSubject: Reservation MDR-§ confirmed\nTo: §\n\n", g.day(-5, -1, long=True), _digits(r, 6), EM(g.email(f, la)))
    b.f("Dear §,\n\nYour reservation is confirmed. Pick-up: § airport branch, § at §. Vehicle: Toyota RAV4 or similar.\n"
        "Driver licence: §-§-§ (Ontario)\nDeposit hold: § on card §\n\n", P(f"{f} {la}"), g.other_town(), g.day(2, 20),
        hhmm(r), la[0].upper() + _digits(r, 4), _digits(r, 5), _digits(r, 5), amount(r, "CA$"), masked_card(r))
    b.f("Additional driver: §\n\nQuestions? Call §.\n\n", P(f"{f2} {la2}"), PH(g.phone("fixed", "nat")))
    b.f("§ -- can you add this to the shared calendar? We're driving up to § from there. -§", P(f2), LOC(g.other_town()), P(f[0] + "."))


@T("au", "sms-thread")
def pest_control_sms(g, b):
    r = g.rng
    tech = g.first()
    f = g.first()
    b.f("[§ 08:14] BugBusters Pest Control: Hi §, your termite inspection is booked for § between 8-10am. Tech: §. "
        "Job #§. Reply Y to confirm.\n", g.day(-3, -1), P(f), g.day(0, 5), P(tech), ref(r, "", 6))
    b.f("[08:20] Me: Y. Gate code is § and the side door is unlocked. Address is §\n", otp(r)[:4], ADR(g.addr()))
    b.f("[08:21] Me: there's a dog called § in the yard, he's friendly\n", g.c("Rex", "Banjo", "Bella", "Milo", "Chewie"))
    b.f("[09:02] BugBusters Pest Control: Thanks! § is 15 min away. You can call on § if needed.", P(tech), PH(g.phone("mobile")))


@T("in", "whatsapp-export")
def recruitment_whatsapp(g, b):
    r = g.rng
    rec, rl = g.person()
    f, la = g.person()
    d = g.day(-4, -1)
    b.f("§, 10:12 am - §: Hi §, this is § from TalentBridge Staffing. Saw your CV for the Java developer role.\n",
        d, P(f"{rec} {rl}"), P(f), P(rec))
    b.f("§, 10:15 am - §: Hello ma'am, yes I am interested. Currently in §, can relocate to § also\n", d, P(f"{f} {la}"),
        LOC(g.town()), LOC(g.other_town()))
    b.f("§, 10:16 am - §: Great. Please share DOB, alternate number and email for the client form\n", d, P(f"{rec} {rl}"))
    b.f("§, 10:21 am - §: DOB § , alt no §, mail id §\n", d, P(f"{f} {la}"), DOB(g.dob(long=False)), PH(g.phone("mobile")),
        EM(g.email(f, la)))
    b.f("§, 10:22 am - §: <Media omitted>\n§, 10:23 am - §: Noted. Interview slot § at 3 pm, Teams link will come from "
        "hr@talentbridge.in. Ref TB/§/§", d, P(f"{f} {la}"), d, P(f"{rec} {rl}"), g.day(2, 9), 2026, _digits(r, 4))


@T("ie", "ticket+internal-notes")
def support_ticket_ie(g, b):
    r = g.rng
    f, la = g.person()
    agent = g.full()
    b.f("Ticket #§ | Priority: High | Channel: Web\nRequester: § <§>\n\n", _digits(r, 6), P(f"{f} {la}"), EM(g.email(f, la)))
    b.f("Customer message:\nHi, I was charged twice for the annual plan. Refund to IBAN § please, the card is cancelled. "
        "I logged in from § this morning and it said my session was invalid (§).\n\n", IBAN(g.iban()), IP(ip4(r)), uuid4(r))
    b.f("--- internal note (§, §) ---\nVerified via callback to §. Duplicate charge § confirmed in Stripe, "
        "payment intent pi_§. Origin IP matches previous logins; office proxy § ignored.\n",
        P(agent), ts(r, 3), PH(g.phone()), amount(r, "€"), _rs(r, _ALNUM, 24), priv_ip(r))
    b.f("--- internal note ---\nCustomer lives in §, moving to § next month - update billing then.", LOC(g.town()), LOC(g.other_town()))


@T("za", "live-chat")
def car_rental_chat_za(g, b):
    r = g.rng
    f, la = g.person()
    ag = g.first()
    b.f("Chat started § 14:02\n§ (agent): Hi, you're chatting with § at DriveSA. How can I help?\n", g.day(-2, 0), P(ag), P(ag))
    b.f("§: hi i have a booking DSA-§ and i need to extend by 2 days\n", P(f"{f} {la}"), aref(r, 7))
    b.f("§ (agent): Sure! Can you confirm your cell number and date of birth?\n§: § and §\n", P(ag), P(f"{f} {la}"),
        PH(g.phone("mobile")), DOB(g.dob()))
    b.f("§ (agent): Thanks §. The extension is §. The card ending § will be charged, ok?\n§: yes fine. also the car "
        "has a scratch from the parking at §, photo is in the damage report\n", P(ag), P(f), amount(r, "R"), last4(r),
        P(f), g.c("V&A Waterfront", "Gateway Theatre of Shopping", "Menlyn Maine"))
    b.f("§ (agent): Noted, claim CLM-§ opened. Drive safe!", P(ag), _digits(r, 7))


@T("nz", "crm-call-notes")
def wedding_call_notes(g, b):
    r = g.rng
    bride, groom = g.full(), g.full()
    g2 = g.first()
    b.f("CALL NOTES - § - Coastal Weddings NZ\nClient: § & §\nPhone: §\nEmail: §\n\n", g.day(-2, 0), P(bride), P(groom),
        PH(g.phone()), EM(g.email()))
    b.f("- Venue: Te Awa Estate, date §. Guests: § confirmed, § TBC.\n", g.day(90, 300, long=True), r.randint(60, 140), r.randint(3, 20))
    b.f("- Florist: Rosie Jackson Flowers (quote § incl GST). Cake from Mrs Higgins Bakery.\n", amount(r, "$"))
    b.f("- Bride's gran § is flying in from § - needs wheelchair access, seat at table §.\n", P(g2 + " " + g.last()),
        LOC(g.other_town()), r.randint(1, 14))
    b.f("- Invoice to §\n- Deposit § paid, ref CW§", ADR(g.addr()), amount(r, "$"), _digits(r, 5))


@T("sg", "teams-chat")
def it_support_teams(g, b):
    r = g.rng
    a, c = g.full(), g.full()
    key = api_key(r)
    pw = password(r)
    b.f("[§ 09:41] §\nhey can you check why the staging deploy fails? getting 401 from the payments API\n\n",
        g.day(-1, 0), P(a))
    b.f("[09:43] §\nwhich key are you using\n\n[09:44] §\nthis one in the .env → §\nand the db pass is § (yes i know)\n\n",
        P(c), P(a), KEY(key), PW(pw))
    b.f("[09:46] §\nthat key was rotated. new one is in vault. pls delete this msg. also the build is v§, staging box "
        "is § and the public endpoint is §\n\n", P(c), version(r), priv_ip(r), IP(ip4(r)))
    b.f("[09:47] §\nok thx §", P(a), P(c.split()[0]))


@T("ph", "form-dump")
def application_form_ph(g, b):
    r = g.rng
    f, la = g.person()
    b.f("APPLICATION FORM - Call Center Agent (Night Shift)\nreference_no: APP-§\n", _digits(r, 8))
    b.f("last_name: §\nfirst_name: §\nmiddle_name: §\n", P(la), P(f), P(g.last()))
    b.f("birthdate: §\nbirthplace: §\ncivil_status: Single\n", DOB(g.dob(long=False)), LOC(g.other_town()))
    b.f("present_address: §\nmobile_no: §\nemail: §\n", ADR(g.addr()), PH(g.phone("mobile")), EM(g.email(f, la)))
    b.f("sss_no: §\ntin: §-§-§-000\nexpected_salary: PHP §\nsubmitted_at: §\nsource_ip: §",
        f"{_digits(r, 2)}-{_digits(r, 7)}-{_digits(r, 1)}", _digits(r, 3), _digits(r, 3), _digits(r, 3),
        f"{r.randint(18, 35)},000", ts(r, 2), IP(ip4(r)))


@T("ng", "speech-to-text")
def call_transcript_ng(g, b):
    r = g.rng
    f, la = g.person()
    ag = g.first()
    b.f("[auto-transcript, confidence 0.81]\nagent: good afternoon you are welcome to swiftcart my name is § how may i help "
        "you\ncustomer: yes good afternoon my name is § i ordered a blender since last week and it has not arrived\n",
        P(ag.lower()), P(f"{f} {la}".lower()))
    b.f("agent: sorry about that sir can i have the order number\ncustomer: it is s c §\n", " ".join(_digits(r, 6)))
    b.f("agent: thank you and the delivery address\ncustomer: §\n", ADR(g.addr().lower()))
    b.f("agent: and your phone number\ncustomer: §\n", PH(g.phone("mobile", "compact")))
    b.f("agent: okay i can see it is at the §  hub, it will get to you by §. is there anything else\ncustomer: no that is all "
        "thank you §\n", g.c("ikeja", "apapa", "kano", "ibadan"), g.day(1, 3), P(ag.lower()))


@T("ke", "sms-notifications")
def sms_mobile_money_ke(g, b):
    r = g.rng
    f, la = g.person()
    f2, la2 = g.person()
    code = aref(r, 10)
    b.f("§ Confirmed. Ksh§ sent to § § on § at 2:14 PM. New balance is Ksh§. Transaction cost Ksh§.\n",
        code, f"{r.randint(100, 9000):,}.00", P(f"{f2} {la2}".upper()), PH(g.phone("mobile", "nat")), g.day(-3, 0),
        f"{r.randint(100, 30000):,}.00", r.randint(0, 60))
    b.f("Hi §, your AquaPure water delivery is on the way. Rider: § (§). OTP §.\n", P(f), P(g.first()),
        PH(g.phone("mobile", "intl")), otp(r))
    b.f("§: niko gate ya §, uko wapi?", P(g.first()), g.c("Sarit Centre", "Junction Mall", "Two Rivers"))


@T("us", "jsonl-app-log")
def app_log_jsonl(g, b):
    r = g.rng
    f, la = g.person()
    e = g.email(f, la)
    for i in range(r.randint(2, 3)):
        b.f('{"ts":"§","level":"info","svc":"auth","ver":"§","req":"§","ip":"§","msg":"login ok","user":"§"}\n',
            ts(r, 1), version(r), uuid4(r), IP(ip4(r)), EM(e))
    b.f('{"ts":"§","level":"warn","svc":"auth","ip":"§","msg":"password reset requested","user":"§","name":"§"}\n',
        ts(r, 1), IP(ip6(r)), EM(e), P(f"{f} {la}"))
    b.f('{"ts":"§","level":"debug","svc":"db","host":"§","pool":§,"hash":"§"}', ts(r, 1), priv_ip(r), r.randint(4, 64), bcrypt(r))


@T("us", "nginx-access-log")
def web_access_log(g, b):
    r = g.rng
    for _ in range(r.randint(2, 4)):
        b.f('§ - - [28/Nov/2026:§:§ +0000] "GET /static/app.§.js HTTP/1.1" 200 § "-" "Mozilla/5.0"\n',
            IP(ip4(r)), hhmm(r), f"{r.randint(0, 59):02d}", _rs(r, _HEX, 8), r.randint(200, 90000))
    b.f('§ - - [28/Nov/2026:§:11 +0000] "GET /unsubscribe?email=§&t=§ HTTP/1.1" 302 0\n', IP(ip4(r)), hhmm(r),
        EM(g.email()), _rs(r, _HEX, 16))
    b.f('§ - - [28/Nov/2026:§:12 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.§"', priv_ip(r), hhmm(r), r.randint(24, 31))


@T("us", "env-config")
def env_config(g, b):
    r = g.rng
    b.f("# .env.production -- do NOT commit\nAPP_VERSION=§\nDATABASE_HOST=§\nDATABASE_USER=app_rw\nDATABASE_PASSWORD=§\n",
        version(r), priv_ip(r), PW(password(r)))
    b.f("STRIPE_PUBLISHABLE_KEY=pk_live_§\nSTRIPE_SECRET_KEY=§\n", _rs(r, _ALNUM, 24), KEY("sk_live_" + _rs(r, _ALNUM, 24)))
    b.f("TWILIO_ACCOUNT_SID=AC§\nTWILIO_AUTH_TOKEN=§\n", _rs(r, _HEX, 32), KEY(_rs(r, _HEX, 32)))
    b.f("AWS_ACCESS_KEY_ID=AKIA§\nAWS_SECRET_ACCESS_KEY=§\n", _rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), KEY(aws_secret(r)))
    b.f("SESSION_COOKIE_SALT=§\nSUPPORT_INBOX=§\nBUILD_SHA=§", _rs(r, _HEX, 16), EM("support@" + g.c("acme-crm.io", "helpdeskly.com")),
        _rs(r, _HEX, 40))


@T("gb", "ocr-form")
def gym_ocr_form(g, b):
    r = g.rng
    f, la = g.person()
    b.f("IRONWORKS GYM - MEMBERSHIP APPLICATI0N\n[scan p.1/2, OCR]\nFull narne: §\n", P(f"{f} {la}".upper()))
    b.f("Date of Birth (DD/MM/YYYY): §     Gender: § \nHome Address: §\n", DOB(g.dob(long=False)), g.c("F", "M"),
        ADR(g.addr().upper()))
    b.f("Mobile: §   Email: §\n", PH(g.phone("mobile")), EM(g.email(f, la)))
    b.f("Emergency contact: § (§)  Tel: §\n", P(g.full()), g.c("mum", "partner", "brother"), PH(g.phone()))
    b.f("Bank sort code: §-§-§   Acc no: §\nMembership no: IW§  Locker: §  Start: §\nSigned: ________ §",
        _digits(r, 2), _digits(r, 2), _digits(r, 2), _digits(r, 8), _digits(r, 6), r.randint(1, 300), g.day(0, 14), g.day(-2, 0))


@T("us", "spreadsheet-paste")
def payroll_rows(g, b):
    r = g.rng
    b.t("emp_id\tname\tssn\tdob\trouting\taccount\tstart\n")
    for _ in range(r.randint(2, 4)):
        g.new_home()
        b.f("E§\t§\t§\t§\t§\t§\t§\n", _digits(r, 5), P(g.full()), SSN(ssn(r)), DOB(g.dob(long=False)), routing(r),
            BANK(us_account(r)), g.day(-10, 20))
    b.f("\t\t\t\t\tTOTAL\t§", amount(r, "$"))


@T("gb", "notification-subjects")
def notification_subjects(g, b):
    r = g.rng
    lines = [
        lambda: b.f("New message from §: \"are you free for a call tomorrow?\"\n", P(g.full())),
        lambda: b.f("Your order #§ has been dispatched - track with §\n", _digits(r, 9), tracking(r)),
        lambda: b.f("§ mentioned you in 'Q4 retention review'\n", P(g.first())),
        lambda: b.f("Security alert: new sign-in from § (§)\n", IP(ip4(r)), g.c("Chrome on Windows", "Safari on iPhone")),
        lambda: b.f("Missed call from § (§)\n", P(g.full()), PH(g.phone())),
        lambda: b.f("Your code is §. It expires in 10 minutes.\n", otp(r)),
        lambda: b.f("Payment of § received - thank you!\n", amount(r, "£")),
        lambda: b.f("§ shared \"Flat viewing notes\" with you\n", EM(g.email())),
    ]
    idx = list(range(len(lines)))
    r.shuffle(idx)
    for i in idx[: r.randint(4, 7)]:
        lines[i]()


@T("us", "no-pii-release-notes")
def release_notes(g, b):
    r = g.rng
    b.f("Release § (build §)\n\n- Fixed: CSV export dropped rows over 65,536 (#§)\n- Changed: default timeout to 30s\n",
        version(r), _rs(r, _HEX, 12), r.randint(1000, 9999))
    b.f("- Migration §: adds index on orders(created_at)\n- Checksum (sha256): §\n- Docker image digest: sha256:§\n",
        uuid4(r), sha256(r), sha256(r))
    b.f("- Known issue: agents behind proxy § see stale dashboards\nRollout: §, 10% then 100% on §",
        priv_ip(r), g.day(1, 5), g.day(6, 12))


@T("gb", "no-pii-incident-update")
def incident_update(g, b):
    r = g.rng
    b.f("INCIDENT INC-§ - degraded call routing\nStatus: monitoring\nStarted: § UTC\n\n", _digits(r, 5), ts(r, 1))
    b.f("Impact: inbound calls to the § and § offices queued for up to § minutes. Sites at § unaffected.\n",
        g.c("Leeds", "Bristol", "Glasgow"), g.c("Manchester", "Norwich", "York"), r.randint(3, 25), gps(r))
    b.f("Root cause: SIP trunk failover to § (v§) did not trigger. Next update at § UTC. Credit note: §.",
        priv_ip(r), version(r), hhmm(r), amount(r, "£"))


@T("us", "slack-export")
def helpdesk_slack(g, b):
    r = g.rng
    a, c = g.person(), g.person()
    tmp = password(r)
    b.f("#it-helpdesk  §\n§  9:02 AM\nlocked out again :( can someone reset me? username §\n", g.day(-1, 0), P(f"{a[0]} {a[1]}"),
        f"{_ascii(a[0])[0]}{_ascii(a[1])}")
    b.f("§  9:05 AM\ndone. temp password is § - change it at first login. (old hash was § fwiw)\n", P(f"{c[0]} {c[1][0]}."), PW(tmp),
        bcrypt(r))
    b.f("§  9:06 AM\nthx! also my new cell is §, can you update my profile\n", P(f"{a[0]} {a[1]}"), PH(g.phone("mobile", "dots")))
    b.f("§  9:07 AM\n:thumbsup: ticket HD-§", P(f"{c[0]} {c[1][0]}."), _digits(r, 5))


@T("au", "damage-report")
def rental_damage_au(g, b):
    r = g.rng
    f, la = g.person()
    b.f("DAMAGE REPORT - RentRoo § depot\nAgreement: RR-§   Rego: §   Odometer: § km\n", g.c("Tullamarine", "Mascot", "Eagle Farm"),
        _digits(r, 7), f"{aref(r, 3)}{_digits(r, 3)}", f"{r.randint(5000, 90000):,}")
    b.f("Hirer: §, §\nLicence no: § (VIC)  DOB: §\nAddress: §\nPh: §\n", P(la.upper()), P(f), _digits(r, 9), DOB(g.dob(long=False)),
        ADR(g.addr()), PH(g.phone("mobile")))
    b.f("Description: rear bumper scuffed, hirer states reversing into bollard at §. Excess charged § to §.\n"
        "Staff: § (#§)", g.c("Chadstone carpark", "Bondi Junction", "the airport"), amount(r, "$"), masked_card(r),
        P(g.first()), _digits(r, 4))


@T("ca", "guest-list-notes")
def wedding_guest_list(g, b):
    r = g.rng
    b.f("Guest list v§ - updated §\n", r.randint(2, 9), g.day(-3, 0))
    for t in range(1, r.randint(3, 5)):
        g.new_home()
        n1 = g.full()
        b.f("Table §: § (+1 §), veg; travelling from §; RSVP via §\n", t, P(n1), P(g.first()), LOC(g.town()), EM(g.email()))
    b.f("Seating: keep Uncle § away from the DJ booth. Shuttle from Château Laurier at §.\nBand: The Jenny Lind Trio (deposit §)",
        P(g.first()), hhmm(r), amount(r, "$"))


@T("in", "pharmacy-call-notes")
def pharmacy_call_in(g, b):
    r = g.rng
    f, la = g.person()
    b.f("MedQuick Home Delivery - call log §\nPatient: § | DOB § | UHID §\n", g.day(-1, 0), P(f"{f} {la}"), DOB(g.dob(long=False)),
        _digits(r, 10))
    b.f("Called from § re: monthly insulin. Son § will receive parcel. Delivery to §.\n", PH(g.phone("mobile")),
        P(g.first()), ADR(g.addr()))
    b.f("Rx id RX/§/§; batch §; paid ₹§ via UPI ref §. Customer mentioned moving to § after Diwali.",
        2026, _digits(r, 5), aref(r, 8), f"{r.randint(300, 9000):,}", _digits(r, 12), LOC(g.other_town()))


@T("ie", "kv-payment-log")
def payment_kv_log(g, b):
    r = g.rng
    b.f("§ INFO payments.charge id=ch_§ amount=§ currency=EUR card=§ exp=§ status=succeeded\n", ts(r, 1), _rs(r, _ALNUM, 14),
        r.randint(500, 50000), masked_card(r).replace(" ", ""), expiry(r))
    b.f("§ DEBUG payments.tokenize pan=§ cvv=*** holder=\"§\" ip=§\n", ts(r, 1), CC(card(r, "plain")), P(g.full()), IP(ip4(r)))
    b.f("§ WARN payments.refund refund_to=§ reason=duplicate requested_by=§", ts(r, 1), IBAN(g.iban(False)), EM(g.email()))


@T("us", "live-chat")
def pest_chat_us(g, b):
    r = g.rng
    f, la = g.person()
    ag = g.first()
    b.f("Visitor §: hi we have mice in the garage and maybe the attic\n§ (Critter Control Crew): Hi! Sorry to hear that. "
        "Can I get your name and service address?\n", _digits(r, 5), P(ag))
    b.f("Visitor: § , §\n", P(f"{f} {la}"), ADR(g.addr()))
    b.f("§ (Critter Control Crew): Thanks §. Best number to reach you?\nVisitor: § or my husband § at §\n", P(ag), P(f),
        PH(g.phone("mobile")), P(g.first()), PH(g.phone()))
    b.f("§ (Critter Control Crew): Booked for § 1-3pm, quote §. Confirmation CCC-§ sent to §.", P(ag), g.day(1, 6),
        amount(r, "$"), _digits(r, 6), EM(g.email(f, la)))


@T("gb", "recruitment-email")
def recruitment_email_gb(g, b):
    r = g.rng
    f, la = g.person()
    cons = g.full()
    b.f("Hi §,\n\nPlease find below a shortlisted candidate for the Payroll Administrator role (job ref PA-§).\n\n", P(g.first()),
        _digits(r, 4))
    b.f("Candidate: §\nCurrently based in §, open to hybrid in §.\nAvailability: 4 weeks' notice\nSalary: £§k\n",
        P(f"{f} {la}"), LOC(g.town()), g.c("Leeds", "Manchester"), r.randint(26, 38))
    b.f("Contact: § / §\n\nInterview slots offered: § 10:00 or § 14:30 at our office on Wellington Place.\n\n",
        PH(g.phone("mobile")), EM(g.email(f, la)), g.day(3, 8), g.day(9, 14))
    b.f("Best,\n§\nSenior Consultant | Harper & Lowe Recruitment\n§ | www.harperlowe.co.uk", P(cons), PH(g.phone("fixed", "intl")))


@T("nz", "jsonl-form")
def form_jsonl_nz(g, b):
    r = g.rng
    for _ in range(r.randint(2, 3)):
        g.new_home()
        f, la = g.person()
        b.f('{"form":"trial_class","id":"§","first":"§","last":"§","email":"§","mobile":"§","suburb":"§","dob":"§","consent":true}\n',
            uuid4(r), P(f), P(la), EM(g.email(f, la)), PH(g.phone("mobile", r.choice(["nat", "e164"]))), LOC(g.town()),
            DOB(g.dob(long=False)))
    b.f('{"form":"trial_class","id":"§","first":"","email":"","utm":"fb_§","client_ip":"§"}', uuid4(r), _digits(r, 6), priv_ip(r))


@T("us", "voicemail-transcript")
def voicemail_us(g, b):
    r = g.rng
    f, la = g.person()
    b.f("voicemail from § (0:47)\n\"hi this is § § calling about the payroll setup for my new job. ", PH(g.phone("fixed", "nat")),
        P(f.lower()), P(la.lower()))
    b.f("my social is § and the account number for direct deposit is § routing §. ", SSN(ssn(r, r.choice(["-", " "]))),
        BANK(us_account(r)), routing(r))
    b.f("you can call me back at § or email §. thanks bye\"", PH(g.phone("mobile", "nat")), EM(g.email(f, la)))


@T("sg", "event-rsvp-form")
def rsvp_form_sg(g, b):
    r = g.rng
    f, la = g.person()
    b.f("RSVP - Tan & Lim Wedding Dinner, Shangri-La Island Ballroom, §\nName = §\nGuests = §\n", g.day(30, 120, long=True),
        P(f"{la} {f}"), r.randint(1, 4))
    b.f("Contact = §\nEmail = §\nDietary = §\nTable = §\nMailing address = §\nrsvp_id = §", PH(g.phone("mobile")),
        EM(g.email(f, la)), g.c("halal", "vegetarian", "no beef", "none"), r.randint(1, 40), ADR(g.addr()), uuid4(r))


@T("ph", "chat-delivery")
def pharmacy_rider_chat_ph(g, b):
    r = g.rng
    f, la = g.person()
    rider = g.first()
    b.f("[Rider § ] Hi ma'am/sir, your Watsons order #§ is out for delivery. Is this §?\n", P(rider), _digits(r, 10), PH(g.phone("mobile")))
    b.f("[Customer] yes this is §. pls leave it with the guard at the lobby, unit tower 2\n", P(f"{f} {la}"))
    b.f("[Rider § ] Noted po. COD § ₱§. Address on slip is §, correct?\n[Customer] yes correct, thank you!",
        P(rider), g.c("amount", "total"), f"{r.randint(200, 4000):,}.00", ADR(g.addr()))


@T("ke", "ticket+internal-notes")
def onboarding_ticket_ke(g, b):
    r = g.rng
    f, la = g.person()
    b.f("HR-ONBOARD-§: New hire payroll setup\nEmployee: §\nStart date: §\n", _digits(r, 5), P(f"{la}, {f}"), g.day(3, 20))
    b.f("Personal email: §\nPhone: §\nDate of birth: §\nHome: §\n", EM(g.email(f, la)), PH(g.phone("mobile")), DOB(g.dob()),
        ADR(g.addr()))
    b.f("KRA PIN: A§Z  NHIF: §\n\n[internal] Laptop asset LT-§ (IMEI §) allocated. Salary account at Equity Bank, "
        "acct §, branch §.", _digits(r, 9), _digits(r, 8), _digits(r, 5), imei(r), _digits(r, 13), g.c("Westlands", "Kisumu", "Nyali"))


# ---------------- other languages ----------------------------------------------------------


@T("cat", "email+signature")
def cat_farmacia_email(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Assumpte: Renovació de la recepta (comanda §)\n\nBon dia,\n\nSóc § §, vaig néixer el § i em cal renovar la recepta "
        "de l'Eutirox. Si us plau, envieu-la a casa:\n§\n\n", ref(r, "FC-", 6), P(f), P(la), DOB(g.dob()), ADR(g.addr(multi=True)))
    b.f("La targeta acabada en § ja no és vàlida; feu el càrrec al compte §.\nSi no hi sóc, deixeu-ho a la veïna, la § "
        "del 2n.\n\nMoltes gràcies,\n§\nTel. §\n§", last4(r), IBAN(g.iban()), P(g.first()), P(f), PH(g.phone("mobile")),
        EM(g.email(f, la)))


@T("cat", "whatsapp-export")
def cat_gimnas_whatsapp(g, b):
    r = g.rng
    a, c = g.person(), g.person()
    d = g.day(-3, 0)
    b.f("[§, 19:02:11] §: Hola! Sóc la monitora de GymSant §. Demà tens sessió amb en § a les §\n", d, P(c[0]), g.c("Sants", "Gràcia"),
        P(g.first()), hhmm(r))
    b.f("[§, 19:05:40] § §: Perfecte! Per cert, he canviat de número, ara és el §\n", d, P(a[0]), P(a[1]), PH(g.phone("mobile")))
    b.f("[§, 19:06:02] §: Apuntat. I la quota es continua cobrant al mateix compte? El codi de la taquilla és §\n", d, P(c[0]),
        _digits(r, 4))
    b.f("[§, 19:07:15] § §: No, al nou: § 🙏 Me'n vaig a viure a § al gener", d, P(a[0]), P(a[1]), IBAN(g.iban(True)),
        LOC(g.other_town()))


@T("cat", "call-notes")
def cat_plagues_notes(g, b):
    r = g.rng
    f, la = g.person()
    b.f("NOTES DE TRUCADA - Plagues Fora SL - §\nClient: §, §\nAdreça: §\nTelèfon: §\n", g.day(-1, 0), P(la), P(f),
        ADR(g.addr()), PH(g.phone(style=r.choice(["nat", "intl"]))))
    b.f("Motiu: paneroles a la cuina i al traster. Té un gat (la Mixa), fer servir gel, no esprai.\nTècnic assignat: §. "
        "Visita el § a les §. Pressupost: § € IVA inclòs. Comanda PF-§.", P(g.full()), g.day(1, 7), hhmm(r),
        f"{r.randint(60, 400)},{r.randint(0, 99):02d}", _digits(r, 5))


@T("is", "email+signature")
def is_bilaleiga_email(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Efni: Bókun BL-§ - bílaleigubíll\n\nGóðan daginn,\n\nÉg heiti § og á bókaðan bíl frá §. Ég vil bæta við "
        "aukaökumanni, §, fædd §.\n", aref(r, 6), P(f"{f} {la}"), g.day(5, 30), P(g.full()), DOB(g.dob()))
    b.f("Tryggingin (§ kr.) má fara á kortið §. Við sækjum bílinn á Keflavíkurflugvelli, lokaáfangastaður: §.\n\n",
        f"{r.randint(50, 300)}.000", CC(card(r)), LOC(g.other_town()))
    b.f("Kær kveðja,\n§\n§\nSími: §\n§", P(f), ADR(g.addr()), PH(g.phone("mobile")), EM(g.email(f, la)))


@T("is", "form-dump")
def is_likamsraekt_form(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Skráning í líkamsrækt\nnafn: §\nfæðingardagur: §\nheimilisfang: §\n", P(f"{f} {la}"), DOB(g.dob()), ADR(g.addr()))
    b.f("farsími: §\nnetfang: §\nbankareikningur (IBAN): §\naðild: Gull, § kr./mán\nskápur: §\nskráð: §",
        PH(g.phone("mobile")), EM(g.email(f, la)), IBAN(g.iban()), f"{r.randint(8, 19)}.900", r.randint(1, 200), ts(r, 5))


@T("af", "sms-thread")
def af_troue_sms(g, b):
    r = g.rng
    f = g.first()
    pl = g.full()
    b.f("§: Goeiemôre §! Hier is § van Pragtig Troues. Die proe van die spyskaart is op § om §. Kan julle dit maak?\n",
        P(pl), P(f), P(pl.split()[0]), g.day(3, 20), hhmm(r))
    b.f("§: Ja dankie! Stuur asb die kontrak na §. Ons adres het verander na §\n", P(f), EM(g.email(f)), ADR(g.addr()))
    b.f("§: Reg so. Die deposito van § is ontvang, verwysing PT-§. Ouma § kom van § af, ek reël vervoer.",
        P(pl.split()[0]), amount(r, "R"), _digits(r, 5), P(g.first()), LOC(g.other_town()))


@T("af", "ticket+internal-notes")
def af_plaag_ticket(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Kaartjie #§ - Plaagbeheer\nKliënt: §\nSelfoon: §\nAdres: §\n", _digits(r, 6), P(f"{f} {la}"), PH(g.phone("mobile")),
        ADR(g.addr()))
    b.f("Boodskap: Daar is termiete in die dakkamer. Die hond (Bliksem) sal binne wees.\n\n"
        "-- interne nota (§) --\nTegnikus § gestuur vanaf die § tak. Kwotasie § BTW ingesluit. Betaal met kaart §.",
        P(g.first()), P(g.full()), g.c("Bellville", "Centurion"), amount(r, "R"), masked_card(r))


@T("tl", "messenger-chat")
def tl_pharmacy_chat(g, b):
    r = g.rng
    f, la = g.person()
    b.f("§: Hello po, magpapa-refill po ako ng maintenance ni Mama, Losartan 50mg, 3 banig po\n", P(f"{f} {la}"))
    b.f("BotikaPlus: Hi §! Pakisend po ng pangalan at birthday ng pasyente, pati reseta.\n", P(f))
    b.f("§: § po, § ang birthday. Ipadala po sa §\n", P(f"{f} {la}"), P(f"{g.first()} {la}"), DOB(g.dob()), ADR(g.addr()))
    b.f("BotikaPlus: Salamat po. Total ₱§, order #BP§. Tatawag po ang rider sa § bago dumating.\n§: Sige po, salamat!",
        f"{r.randint(300, 3000):,}.00", _digits(r, 8), PH(g.phone("mobile")), P(f))


@T("tl", "speech-to-text")
def tl_recruit_transcript(g, b):
    f, la = g.person()
    b.f("transcript ng tawag, § \nrecruiter: magandang umaga po, si § po ito from HireLink. kayo po ba si §?\n", g.day(-1, 0),
        P(g.first().lower()), P(f"{f} {la}".lower()))
    b.f("aplikante: opo ako po yun\nrecruiter: ok po, para sa onboarding kailangan ko po yung birthday ninyo at address\n")
    b.f("aplikante: § po ang birthday ko, taga § po ako pero nakatira na ako sa §\n", DOB(g.dob(long=True).lower()),
        LOC(g.other_town().lower()), ADR(g.addr().lower()))
    b.f("recruiter: salamat po, ise-send ko po ang kontrata sa email ninyo, § tama po?\naplikante: opo tama po",
        EM(g.email(f, la)))


@T("ms", "whatsapp-export")
def ms_recruit_whatsapp(g, b):
    r = g.rng
    f, la = g.person()
    rc = g.first()
    d = g.day(-2, 0)
    b.f("§, 9:14 pg - §: Assalamualaikum, saya § dari Kerjaya Plus. Cik § berminat dengan jawatan kerani akaun?\n", d,
        P(rc), P(rc), P(f))
    b.f("§, 9:20 pg - § §: Waalaikumsalam, ya saya berminat. Sekarang tinggal di §\n", d, P(f), P(la), LOC(g.town()))
    b.f("§, 9:21 pg - §: Baik. Boleh hantar tarikh lahir, alamat penuh dan emel?\n", d, P(rc))
    b.f("§, 9:30 pg - § §: Tarikh lahir §. Alamat §. Emel §\n", d, P(f), P(la), DOB(g.dob()), ADR(g.addr()), EM(g.email(f, la)))
    b.f("§, 9:31 pg - §: Terima kasih. Temuduga § pukul 10 pagi di pejabat kami di §, rujukan KP-§", d, P(rc), g.day(2, 9),
        g.c("Menara Citibank", "Mid Valley", "Bangsar South"), _digits(r, 5))


@T("ms", "form-dump")
def ms_farmasi_form(g, b):
    r = g.rng
    f, la = g.person()
    b.f("BORANG PENDAFTARAN FARMASI DALAM TALIAN\nnama_penuh=§\ntarikh_lahir=§\nno_ic=§-§-§\n", P(f"{f} {la}"), DOB(g.dob(long=False)),
        _digits(r, 6), _digits(r, 2), _digits(r, 4))
    b.f("alamat_penghantaran=§\nno_telefon=§\nemel=§\nkod_promo=SIHAT§\nno_pesanan=FM§\njumlah=RM§",
        ADR(g.addr()), PH(g.phone("mobile")), EM(g.email(f, la)), r.randint(10, 50), _digits(r, 7), f"{r.randint(20, 400)}.{r.randint(0, 99):02d}")


@T("cy", "email+quoted-reply")
def cy_gym_email(g, b):
    r = g.rng
    f, la = g.person()
    st = g.full()
    a = g.addr(multi=True).split("\n")
    b.f("Helo §,\n\nDiolch am eich neges. Rydym wedi diweddaru eich cyfeiriad a'ch debyd uniongyrchol. Bydd y taliad nesaf "
        "(£§) yn cael ei gymryd ar §.\n\nCofion,\n§\nCanolfan Hamdden Glan y Môr\n§\n\n", P(f), f"{r.randint(20, 45)}.00", g.day(5, 30),
        P(st), PH(g.phone("fixed")))
    b.f("Ar §, ysgrifennodd § <§>:\n", g.day(-6, -1), P(f"{f} {la}"), EM(g.email(f, la)))
    b.f("> Rydw i wedi symud tŷ. Fy nghyfeiriad newydd yw:\n")
    for line in a:
        b.t("> ").v(line, "STREET_ADDRESS").t("\n")
    b.f("> Rhif fy nghyfrif newydd: §\n> Diolch, §", IBAN(g.iban()), P(f))


@T("cy", "notification-subjects")
def cy_notifications(g, b):
    r = g.rng
    b.f("Neges newydd gan §: \"wela i di yn y dosbarth yoga?\"\n", P(g.full()))
    b.f("Mae eich archeb #§ ar ei ffordd - rhif tracio §\n", _digits(r, 8), tracking(r))
    b.f("Galwad a gollwyd gan § (§)\n", P(g.first()), PH(g.phone("mobile")))
    b.f("Rhybudd diogelwch: mewngofnodi newydd o § ar §\n", IP(ip4(r)), g.day(-1, 0))
    b.f("Eich cod dilysu yw §", otp(r))


@T("et", "email+signature")
def et_recruit_email(g, b):
    r = g.rng
    f, la = g.person()
    rec = g.full()
    b.f("Teema: Kandidaat § - klienditeeninduse spetsialist (ref §)\n\nTere!\n\nSaadan teile kandidaadi andmed:\n", P(f"{f} {la}"),
        ref(r, "KT-", 5))
    b.f("Nimi: §\nSünniaeg: §\nElukoht: §\nTelefon: §\nE-post: §\n", P(f"{la}, {f}"), DOB(g.dob()), LOC(g.town()),
        PH(g.phone("mobile")), EM(g.email(f, la)))
    b.f("Palgasoov: § € bruto. Intervjuu toimub § kell § meie Tartu kontoris.\n\nParimat,\n§\nTalendiTöö OÜ | §",
        f"{r.randint(14, 32)}00", g.day(2, 10), hhmm(r), P(rec), PH(g.phone("fixed", "intl")))


@T("et", "app-log")
def et_app_log(g, b):
    r = g.rng
    f, la = g.person()
    b.f("§ INFO  [kasutaja] registreerimine õnnestus email=§ nimi=\"§\" ip=§\n", ts(r, 1), EM(g.email(f, la)), P(f"{f} {la}"), IP(ip4(r)))
    b.f("§ INFO  [makse] IBAN=§ summa=§ EUR viide=§\n", ts(r, 1), IBAN(g.iban(False)), f"{r.randint(5, 200)}.{r.randint(0, 99):02d}",
        _digits(r, 11))
    b.f("§ DEBUG [sessioon] sid=§ proxy=§ klient=v§", ts(r, 1), jwt_like(r), priv_ip(r), version(r))


@T("lt", "ticket+internal-notes")
def lt_support_ticket(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Užklausa #§ | Automobilių nuoma\nKlientas: §\nEl. paštas: §\nTel.: §\n\n", _digits(r, 6), P(f"{f} {la}"),
        EM(g.email(f, la)), PH(g.phone("mobile")))
    b.f("Laba diena, grąžinau automobilį § filiale, bet užstatas (§ €) vis dar negrąžintas. Prašau pervesti į sąskaitą §.\n\n",
        g.c("Vilniaus oro uosto", "Kauno"), r.randint(150, 600), IBAN(g.iban()))
    b.f("--- vidinė pastaba ---\nPatikrinta: kortelė §, sutartis NU-§. Kliento gyvenamoji vieta: §, gimimo data §.", masked_card(r),
        _digits(r, 6), LOC(g.town()), DOB(g.dob()))


@T("lt", "form-dump")
def lt_gym_form(g, b):
    r = g.rng
    f, la = g.person()
    b.f("vardas: §\npavardė: §\ngimimo_data: §\nadresas: §\n", P(f), P(la), DOB(g.dob()), ADR(g.addr()))
    b.f("telefonas: §\nel_pastas: §\nnarystės_tipas: Premium\nspintelės_kodas: §\nnario_nr: SP§\nsutikimas_rinkodarai: ne",
        PH(g.phone("mobile")), EM(g.email(f, la)), _digits(r, 4), _digits(r, 7))


@T("sl", "email+signature")
def sl_poroka_email(g, b):
    r = g.rng
    f, la = g.person()
    f2 = g.full()
    b.f("Zadeva: Seznam gostov - poroka §\n\nPozdravljeni,\n\nv prilogi pošiljam posodobljen seznam gostov. Dodajte prosim še "
        "gosta § s spremljevalcem (miza §), kraj bivanja: §.\n", g.day(60, 200), P(f2), r.randint(1, 20), LOC(g.other_town()))
    b.f("Akontacijo § € sem nakazala na vaš račun, sklic SI00 §.\n\nLep pozdrav,\n§\n§\nGSM: §\n§",
        f"{r.randint(3, 20)}00", _digits(r, 8), P(f"{f} {la}"), ADR(g.addr()), PH(g.phone("mobile")), EM(g.email(f, la)))


@T("sl", "call-notes")
def sl_lekarna_notes(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Zapis klica - spletna lekarna, §\nStranka: §, roj. §\n", g.day(-1, 0), P(f"{f} {la}"), DOB(g.dob()))
    b.f("Tel.: §. Želi dostavo na dom: §. Naročilo št. LK-§, znesek § €.\n", PH(g.phone()), ADR(g.addr()), _digits(r, 6),
        f"{r.randint(5, 90)},{r.randint(0, 99):02d}")
    b.f("Opomba: plačilo s kartico §, povratni klic prevzel/a §.", masked_card(r), P(g.first()))


@T("tr", "whatsapp-export")
def tr_arac_kiralama_chat(g, b):
    r = g.rng
    f, la = g.person()
    ag = g.first()
    d = g.day(-2, 0)
    b.f("§ 11:02 - Yolcu Rent a Car: Merhaba § Hanım/Bey, rezervasyonunuz YRC-§ onaylandı. Teslim: § şubesi, §\n", d, P(f), aref(r, 6),
        g.c("Sabiha Gökçen", "Esenboğa", "Adnan Menderes"), g.day(1, 10))
    b.f("§ 11:05 - §: Teşekkürler. Ehliyet no §, doğum tarihim §. Depozito için kart numarası §\n", d, P(f"{f} {la}"),
        _digits(r, 6), DOB(g.dob()), CC(card(r)))
    b.f("§ 11:06 - Yolcu Rent a Car: Kartı buradan yazmayın lütfen 🙏 Temsilciniz § sizi § numarasından arayacak.\n", d, P(ag),
        PH(g.phone("fixed")))
    b.f("§ 11:08 - §: Tamam. Aracı § adresine bırakabilir misiniz?", d, P(f"{f} {la}"), ADR(g.addr()))


@T("tr", "email+signature")
def tr_eczane_email(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Konu: Reçete yenileme - sipariş §\n\nMerhaba,\n\nAnnem § (doğum tarihi §) için tansiyon ilacının reçetesini yenilemek "
        "istiyorum. Teslimat adresi:\n§\n\n", ref(r, "ECZ-", 7), P(g.first() + " " + la), DOB(g.dob()), ADR(g.addr(multi=True)))
    b.f("Ödemeyi § IBAN'ından havale ile yapacağım. Kargo takip no: §.\n\nSaygılarımla,\n§\nCep: §\n§",
        IBAN(g.iban()), _digits(r, 12), P(f"{f} {la}"), PH(g.phone("mobile")), EM(g.email(f, la)))


@T("tr", "crm-notes")
def tr_ilaclama_crm(g, b):
    r = g.rng
    f, la = g.person()
    b.f("MÜŞTERİ NOTU §\nAd Soyad: §\nTelefon: §\nAdres: §\n", g.day(-1, 0), P(f"{f} {la.upper()}"), PH(g.phone()), ADR(g.addr()))
    b.f("Şikayet: hamamböceği, mutfak ve banyo. Evde kedi var (Pamuk). Ekip: § ve §. Randevu § saat §. Fiyat § TL + KDV.\n"
        "Müşteri yazın §'a taşınacakmış, yeni adres sonra gelecek.", P(g.first()), P(g.first()), g.day(1, 6), hhmm(r),
        f"{r.randint(8, 40)}00", LOC(g.other_town()))


@T("ro", "email+signature")
def ro_recrutare_email(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Subiect: Onboarding salarizare - § (poziția ref. RC-§)\n\nBună ziua,\n\nVă transmit datele noului angajat:\n",
        P(f"{la} {f}"), _digits(r, 4))
    b.f("Nume: §\nData nașterii: §\nDomiciliu: §\nIBAN salariu: §\nTelefon: §\nEmail: §\n", P(f"{la.upper()} {f}"), DOB(g.dob()),
        ADR(g.addr()), IBAN(g.iban()), PH(g.phone("mobile")), EM(g.email(f, la)))
    b.f("\nData începerii: §. Contract CIM nr. §.\n\nCu stimă,\n§\nHR, Talent Carpați SRL", g.day(3, 20), _digits(r, 4), P(g.full()))


@T("ro", "ticket+internal-notes")
def ro_deratizare_ticket(g, b):
    r = g.rng
    f, la = g.person()
    b.f("Tichet #§ - Dezinsecție/deratizare\nClient: §\nTelefon: §\nAdresă intervenție: §\n", _digits(r, 6), P(f"{f} {la}"),
        PH(g.phone()), ADR(g.addr()))
    b.f("Mesaj: Avem șoareci în pivniță, vecinul de la etajul 2 are aceeași problemă.\n\n[notă internă] Tehnician §, echipa "
        "§. Ofertă § lei. Cod acces interfon §. Clientul pleacă la § pe 20, programăm înainte.", P(g.full()),
        g.c("Cluj Nord", "Sector 3"), r.randint(150, 900), _digits(r, 4), LOC(g.other_town()))


@T("sw", "sms-thread")
def sw_sms_gym(g, b):
    r = g.rng
    f, la = g.person()
    b.f("FitZone: Habari §, uanachama wako unaisha tarehe §. Lipa Ksh § kupitia Paybill §, akaunti FZ§.\n", P(f),
        g.day(1, 10), f"{r.randint(15, 60)}00", _digits(r, 6), _digits(r, 5))
    b.f("Mimi: Asante. Nimebadilisha namba, mpya ni §. Barua pepe §\n", PH(g.phone("mobile")), EM(g.email(f, la)))
    b.f("FitZone: Sawa §, tumesasisha. Mkufunzi wako § atakupigia kutoka §. Nambari ya kabati: §.", P(f"{f} {la}"), P(g.first()),
        PH(g.phone("mobile")), r.randint(1, 200))


@T("sw", "live-chat")
def sw_chat_pharmacy(g, b):
    r = g.rng
    f, la = g.person()
    ag = g.first()
    b.f("§ (wakala): Karibu DawaHub, naitwa §. Nikusaidie vipi?\n§: Naomba kuagiza dawa za kisukari, zipelekwe nyumbani\n",
        P(ag), P(ag), P(f"{f} {la}"))
    b.f("§ (wakala): Sawa. Tafadhali nipe tarehe ya kuzaliwa na anwani\n§: Nilizaliwa § . Anwani ni §\n", P(ag), P(f"{f} {la}"),
        DOB(g.dob()), ADR(g.addr()))
    b.f("§ (wakala): Asante. Oda DH-§, jumla Ksh §. Msafirishaji atakupigia kwa §. Ninaona uko § sasa au bado §?\n§: Niko §",
        P(ag), _digits(r, 6), f"{r.randint(500, 9000):,}", PH(g.phone("mobile")), LOC(g.town()), LOC(g.other_town()), P(f),
        LOC(g.town()))


def free_text(n: int, seed: int) -> list[Text]:
    out: list[Text] = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(f"tor-{seed}-text-{i}")
        g = G(tpl.loc, rng)
        b = _B()
        tpl.fn(g, b)
        out.append(b.build())
    return out


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------

_PETS = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Coco", "Rocky", "Nala", "Pamuk", "Mixa", "Bliksem", "Simba", "Oscar"]
_COMPANIES = ["Rosie Jackson Flowers", "Ben & Jerry's", "Martha Stewart Catering", "Tommy Hilfiger Outlet",
              "Dr. Martens", "Johnson & Johnson", "Jenny Craig", "Paul Smith Ltd", "Ralph Lauren Bridal",
              "Calvin Klein Events", "Trader Joe's", "Marks & Spencer"]
_PH3 = ["N/A", "-", "unknown"]


@dataclass(frozen=True)
class C:
    header: str
    entity: str | None
    fn: Callable
    blank: float = 0.0
    ph: tuple = ()


def _table(rows: int, seed: int, name: str, locs: list[str], cols: list[C]) -> list[Column]:
    rng = random.Random(f"tor-{seed}-table-{name}")
    gens = {loc: G(loc, rng) for loc in locs}
    vals: list[list[str | None]] = [[] for _ in cols]
    for _ in range(rows):
        g = gens[rng.choice(locs)]
        g.new_home()
        f, la = g.person()
        p = {"f": f, "l": la}
        for j, c in enumerate(cols):
            if c.blank and rng.random() < c.blank:
                v = None
            elif c.ph and rng.random() < 0.05:
                v = rng.choice(c.ph)
            else:
                v = c.fn(g, p, rng)
            vals[j].append(v)
    return [Column(c.header, c.entity, v) for c, v in zip(cols, vals)]


def _tables() -> dict[str, tuple[list[str], list[C]]]:
    E = "EMAIL_ADDRESS"
    return {
        "pharmacy_patients": (["us"], [
            C("patient_id", None, lambda g, p, r: ref(r, "PT", 7)),
            C("first_name", "PERSON", lambda g, p, r: p["f"]),
            C("last_name", "PERSON", lambda g, p, r: p["l"]),
            C("dob", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False), 0.05),
            C("phone", "PHONE_NUMBER", lambda g, p, r: g.phone(style=r.choice(["nat", "dots", "e164"])), 0.1, tuple(_PH3)),
            C("email", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.2),
            C("addr1", "STREET_ADDRESS", lambda g, p, r: g.addr(), 0.05),
            C("city", "LOCATION", lambda g, p, r: g.town()),
            C("rx_number", None, lambda g, p, r: f"RX{_digits(r, 7)}-{r.randint(0, 11):02d}"),
            C("ndc_code", None, lambda g, p, r: f"{_digits(r, 5)}-{_digits(r, 4)}-{_digits(r, 2)}"),
            C("refill_due", None, lambda g, p, r: g.day(1, 60)),
            C("email_verified", None, lambda g, p, r: r.choice(["true", "false"])),
            C("phone_type", None, lambda g, p, r: r.choice(["mobile", "home", "work"]), 0.3),
            C("card_last4", None, lambda g, p, r: last4(r), 0.4),
            C("insurance_member_id", None, lambda g, p, r: f"{aref(r, 3)}{_digits(r, 9)}", 0.25),
            C("delivery_slot", None, lambda g, p, r: f"{hhmm(r)}-{hhmm(r)}"),
            C("dob_verified", None, lambda g, p, r: r.choice(["Y", "N"])),
            C("amount_due", None, lambda g, p, r: amount(r, "$")),
            C("last_login_ip", "IP_ADDRESS", lambda g, p, r: ip4(r), 0.3),
        ]),
        "gym_members": (["gb"], [
            C("MemberNo", None, lambda g, p, r: ref(r, "PF", 6)),
            C("FirstName", "PERSON", lambda g, p, r: p["f"]),
            C("Surname", "PERSON", lambda g, p, r: p["l"]),
            C("DateOfBirth", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("MobileNo", "PHONE_NUMBER", lambda g, p, r: g.phone("mobile", r.choice(["nat", "compact", "intl"])), 0.05),
            C("EmailAddress", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("HomeAddress", "STREET_ADDRESS", lambda g, p, r: g.addr(), 0.1),
            C("DDMandateIBAN", "IBAN_CODE", lambda g, p, r: iban(r, "GB"), 0.15),
            C("SortCode", None, lambda g, p, r: f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}"),
            C("MandateRef", None, lambda g, p, r: f"PULSE-{aref(r, 8)}"),
            C("LockerCode", None, lambda g, p, r: _digits(r, 4), 0.5),
            C("HomeClub", None, lambda g, p, r: r.choice(["Leeds Central", "Bristol Harbourside", "York", "Sheffield"])),
            C("PersonalTrainer", "PERSON", lambda g, p, r: g.full(), 0.6),
            C("PlanPrice", None, lambda g, p, r: f"£{r.randint(19, 59)}.99"),
            C("JoinedAt", None, lambda g, p, r: ts(r, 900)),
            C("PasswordChangedAt", None, lambda g, p, r: ts(r, 300), 0.2),
            C("EmailOptIn", None, lambda g, p, r: r.choice(["Yes", "No"])),
            C("MemberPhotoHash", None, lambda g, p, r: sha256(r), 0.1),
            C("EmergencyContactName", "PERSON", lambda g, p, r: g.full(), 0.3, tuple(_PH3)),
            C("AppPassword", "PASSWORD", lambda g, p, r: password(r), 0.2),
            C("MembershipTier", None, lambda g, p, r: r.choice(["Off-peak", "Anytime", "Student", "Corporate"])),
        ]),
        "wedding_guests": (["ie", "gb"], [
            C("guest_no", None, lambda g, p, r: str(r.randint(1, 300))),
            C("Guest Name", "PERSON", lambda g, p, r: f"{p['f']} {p['l']}"),
            C("Plus One", "PERSON", lambda g, p, r: g.first(), 0.5),
            C("Table No", None, lambda g, p, r: str(r.randint(1, 20))),
            C("Meal Choice", None, lambda g, p, r: r.choice(["Beef", "Salmon", "Risotto (V)", "Kids menu"])),
            C("Dietary Notes", None, lambda g, p, r: r.choice(["coeliac", "no nuts", "vegan", ""]), 0.6),
            C("RSVP Status", None, lambda g, p, r: r.choice(["Yes", "No", "Maybe"])),
            C("Email", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.2),
            C("Phone", "PHONE_NUMBER", lambda g, p, r: g.phone(), 0.25),
            C("Travelling From", "LOCATION", lambda g, p, r: g.town(), 0.1),
            C("Hotel Booking Ref", None, lambda g, p, r: aref(r, 8), 0.4),
            C("Postal Address", "STREET_ADDRESS", lambda g, p, r: g.addr(), 0.15),
            C("Gift Registry Item", None, lambda g, p, r: r.choice(["Le Creuset casserole", "KitchenAid mixer", "Dyson V15"]), 0.5),
            C("Gift Amount", None, lambda g, p, r: amount(r, "€"), 0.5),
            C("Shuttle Time", None, lambda g, p, r: hhmm(r), 0.3),
            C("Invite Sent On", None, lambda g, p, r: g.day(-200, -100)),
            C("Supplier", None, lambda g, p, r: r.choice(_COMPANIES)),
            C("Address Type", None, lambda g, p, r: r.choice(["home", "work", "parents"])),
        ]),
        "recruitment_candidates": (["in"], [
            C("cand_id", None, lambda g, p, r: ref(r, "TB", 6)),
            C("field_3", "PERSON", lambda g, p, r: f"{p['f']} {p['l']}"),
            C("email_id", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("mobile", "PHONE_NUMBER", lambda g, p, r: g.phone("mobile", r.choice(["nat", "intl", "compact"]))),
            C("dob", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False), 0.1),
            C("current_city", "LOCATION", lambda g, p, r: g.town()),
            C("preferred_office", None, lambda g, p, r: r.choice(["Pune", "Bengaluru", "Hyderabad"])),
            C("cv_sha256", None, lambda g, p, r: sha256(r)),
            C("interview_at", None, lambda g, p, r: g.day(1, 20) + " " + hhmm(r)),
            C("interviewer", "PERSON", lambda g, p, r: g.full(), 0.35),
            C("notice_period_days", None, lambda g, p, r: str(r.choice([15, 30, 60, 90]))),
            C("ctc_expected", None, lambda g, p, r: f"{r.randint(4, 40)} LPA"),
            C("pan_masked", None, lambda g, p, r: f"XXXXX{_digits(r, 4)}{r.choice('ABCDEFGH')}"),
            C("aadhaar_last4", None, lambda g, p, r: last4(r)),
            C("source", None, lambda g, p, r: r.choice(["Naukri", "LinkedIn", "Referral", "Walk-in"])),
            C("offer_ref", None, lambda g, p, r: f"TB/2026/{_digits(r, 4)}", 0.6),
            C("bank_ifsc", None, lambda g, p, r: f"{r.choice(['HDFC', 'ICIC', 'SBIN'])}0{_digits(r, 6)}", 0.3),
            C("linkedin_verified", None, lambda g, p, r: r.choice(["1", "0"])),
            C("resume_version", None, lambda g, p, r: version(r)),
        ]),
        "car_rental_agreements": (["au"], [
            C("agreementNo", None, lambda g, p, r: ref(r, "RR-", 7)),
            C("driverFirstName", "PERSON", lambda g, p, r: p["f"]),
            C("driverLastName", "PERSON", lambda g, p, r: p["l"]),
            C("dateOfBirth", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("licenceNo", None, lambda g, p, r: _digits(r, 9)),
            C("licenceState", None, lambda g, p, r: r.choice(["VIC", "NSW", "QLD", "WA"])),
            C("mobile", "PHONE_NUMBER", lambda g, p, r: g.phone("mobile")),
            C("email", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.1),
            C("homeAddress", "STREET_ADDRESS", lambda g, p, r: g.addr()),
            C("cardNumber", "CREDIT_CARD", lambda g, p, r: card(r), 0.2),
            C("cardExpiry", None, lambda g, p, r: expiry(r), 0.2),
            C("depositAmount", None, lambda g, p, r: amount(r, "A$")),
            C("pickupDepot", None, lambda g, p, r: r.choice(["Tullamarine", "Mascot", "Eagle Farm", "Perth Airport"])),
            C("vehicleRego", None, lambda g, p, r: f"{aref(r, 3)}{_digits(r, 3)}"),
            C("odometerOut", None, lambda g, p, r: str(r.randint(3000, 120000))),
            C("damageClaimRef", None, lambda g, p, r: f"CLM-{_digits(r, 7)}", 0.6),
            C("returnDueAt", None, lambda g, p, r: ts(r, 30)),
            C("gpsLastFix", None, lambda g, p, r: gps(r)),
            C("bookingIp", "IP_ADDRESS", lambda g, p, r: ip4(r) if r.random() < 0.7 else ip6(r), 0.2),
        ]),
        "pest_callouts": (["ca"], [
            C("JOB_ID", None, lambda g, p, r: ref(r, "J", 6)),
            C("CUSTOMER_FIRST", "PERSON", lambda g, p, r: p["f"]),
            C("CUSTOMER_LAST", "PERSON", lambda g, p, r: p["l"]),
            C("SERVICE_ADDR", "STREET_ADDRESS", lambda g, p, r: g.addr()),
            C("TEL", "PHONE_NUMBER", lambda g, p, r: g.phone(style=r.choice(["nat", "dots", "compact"]))),
            C("EMAIL", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.35, tuple(_PH3)),
            C("PEST_TYPE", None, lambda g, p, r: r.choice(["mice", "bed bugs", "wasps", "raccoons", "ants"])),
            C("TECH_NAME", "PERSON", lambda g, p, r: f"{g.first()} {g.last()[0]}."),
            C("DEPOT_TOWN", None, lambda g, p, r: r.choice(["Mississauga", "Burnaby", "Dartmouth"])),
            C("VISIT_DATE", None, lambda g, p, r: g.day(-30, 30)),
            C("DOOR_CODE", None, lambda g, p, r: _digits(r, 4), 0.6),
            C("PET_NAME", None, lambda g, p, r: r.choice(_PETS), 0.5),
            C("INVOICE_AMT", None, lambda g, p, r: amount(r, "$")),
            C("CARD_LAST4", None, lambda g, p, r: last4(r), 0.3),
            C("GPS", None, lambda g, p, r: gps(r)),
            C("CHEMICAL_BATCH", None, lambda g, p, r: f"LOT{_digits(r, 6)}-{aref(r, 2)}"),
            C("FOLLOW_UP", None, lambda g, p, r: r.choice(["Y", "N"])),
            C("ADDRESS_TYPE", None, lambda g, p, r: r.choice(["residential", "commercial"])),
        ]),
        "payroll_onboarding": (["us"], [
            C("employee.id", None, lambda g, p, r: ref(r, "E", 5)),
            C("employee.name", "PERSON", lambda g, p, r: f"{p['l']}, {p['f']}"),
            C("employee.ssn", "US_SSN", lambda g, p, r: ssn(r, r.choice(["-", "-", ""]))),
            C("employee.dob", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("bank.routing", None, lambda g, p, r: routing(r)),
            C("bank.account", "US_BANK_NUMBER", lambda g, p, r: us_account(r), 0.1),
            C("bank.account_type", None, lambda g, p, r: r.choice(["checking", "savings"])),
            C("contact.email", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("contact.tel", "PHONE_NUMBER", lambda g, p, r: g.phone(), 0.15),
            C("address.line1", "STREET_ADDRESS", lambda g, p, r: g.addr()),
            C("address.city", "LOCATION", lambda g, p, r: g.town()),
            C("w4.filing_status", None, lambda g, p, r: r.choice(["single", "married_jointly", "head_of_household"])),
            C("pay.rate", None, lambda g, p, r: f"{r.randint(18, 95)}.{r.randint(0, 99):02d}"),
            C("pay.frequency", None, lambda g, p, r: r.choice(["biweekly", "semimonthly"])),
            C("start.date", None, lambda g, p, r: g.day(-5, 40)),
            C("ssn_verified", None, lambda g, p, r: r.choice(["true", "false", "pending"])),
            C("manager.id", None, lambda g, p, r: ref(r, "E", 5)),
            C("portal.pwd", "PASSWORD", lambda g, p, r: password(r), 0.3),
            C("hr.ticket", None, lambda g, p, r: f"HR-{_digits(r, 5)}"),
            C("laptop.imei", None, lambda g, p, r: imei(r), 0.4),
            C("badge.uuid", None, lambda g, p, r: uuid4(r)),
        ]),
        "developer_accounts": (["sg"], [
            C("acct_id", None, lambda g, p, r: uuid4(r)),
            C("col_7", "PERSON", lambda g, p, r: f"{p['f']} {p['l']}"),
            C("login_email", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("api_key", "API_KEY", lambda g, p, r: api_key(r)),
            C("publishable_key", None, lambda g, p, r: "pk_live_" + _rs(r, _ALNUM, 24)),
            C("webhook_secret_sha256", None, lambda g, p, r: sha256(r)),
            C("plan", None, lambda g, p, r: r.choice(["free", "pro", "team", "enterprise"])),
            C("monthly_spend", None, lambda g, p, r: amount(r, "S$")),
            C("last_login_ip", "IP_ADDRESS", lambda g, p, r: ip4(r) if r.random() < 0.6 else ip6(r)),
            C("internal_ip", None, lambda g, p, r: priv_ip(r)),
            C("sdk_version", None, lambda g, p, r: version(r)),
            C("created_at", None, lambda g, p, r: ts(r, 700)),
            C("mfa_enabled", None, lambda g, p, r: r.choice(["true", "false"])),
            C("account_sid", None, lambda g, p, r: "AC" + _rs(r, _HEX, 32)),
            C("contact_tel", "PHONE_NUMBER", lambda g, p, r: g.phone(style=r.choice(["nat", "intl"])), 0.4),
            C("company_name", None, lambda g, p, r: r.choice(_COMPANIES), 0.2),
            C("pwd", "PASSWORD", lambda g, p, r: password(r), 0.5),
            C("password_hash", None, lambda g, p, r: r.choice([bcrypt(r), argon(r)])),
        ]),
        "socis_gimnas": (["cat"], [
            C("num_soci", None, lambda g, p, r: ref(r, "GS", 6)),
            C("nom", "PERSON", lambda g, p, r: p["f"]),
            C("cognoms", "PERSON", lambda g, p, r: f"{p['l']} {g.last()}"),
            C("data_naixement", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("telèfon", "PHONE_NUMBER", lambda g, p, r: g.phone(style=r.choice(["nat", "compact", "intl"]))),
            C("correu_electrònic", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.1),
            C("adreça", "STREET_ADDRESS", lambda g, p, r: g.addr()),
            C("població", "LOCATION", lambda g, p, r: g.town()),
            C("IBAN", "IBAN_CODE", lambda g, p, r: iban(r, "ES"), 0.1),
            C("centre", None, lambda g, p, r: r.choice(["Sants", "Gràcia", "Sabadell Centre", "Girona Nord"])),
            C("quota_mensual", None, lambda g, p, r: f"{r.randint(25, 70)},{r.choice(['00', '90', '95'])} €"),
            C("codi_taquilla", None, lambda g, p, r: _digits(r, 4), 0.5),
            C("alta_el", None, lambda g, p, r: g.day(-900, -1)),
            C("tipus_adreça", None, lambda g, p, r: r.choice(["particular", "feina"])),
            C("entrenador", "PERSON", lambda g, p, r: g.first(), 0.55),
            C("correu_verificat", None, lambda g, p, r: r.choice(["sí", "no"])),
            C("nom_del_producte", None, lambda g, p, r: r.choice(["Quota Jove", "Pack Ioga", "Entrenament personal x10"])),
            C("canvi_contrasenya", None, lambda g, p, r: g.day(-300, 0), 0.3),
            C("ref_mandat", None, lambda g, p, r: f"SEPA-{aref(r, 10)}"),
            C("ip_wifi", None, lambda g, p, r: priv_ip(r), 0.4),
        ]),
        "arac_kiralama": (["tr"], [
            C("sozlesme_no", None, lambda g, p, r: ref(r, "YRC", 7)),
            C("Ad", "PERSON", lambda g, p, r: p["f"]),
            C("Soyad", "PERSON", lambda g, p, r: p["l"].upper() if r.random() < 0.3 else p["l"]),
            C("DogumTarihi", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("CepTel", "PHONE_NUMBER", lambda g, p, r: g.phone("mobile")),
            C("Eposta", E, lambda g, p, r: g.email(p["f"], p["l"]), 0.2),
            C("Adres", "STREET_ADDRESS", lambda g, p, r: g.addr()),
            C("Sehir", "LOCATION", lambda g, p, r: g.town()),
            C("KartNo", "CREDIT_CARD", lambda g, p, r: card(r), 0.3),
            C("KartSonDort", None, lambda g, p, r: last4(r)),
            C("Plaka", None, lambda g, p, r: f"{r.randint(1, 81):02d} {aref(r, 2)} {_digits(r, 3)}"),
            C("Sube", None, lambda g, p, r: r.choice(["Sabiha Gökçen", "Esenboğa", "Adnan Menderes", "Antalya Havalimanı"])),
            C("Depozito", None, lambda g, p, r: f"{r.randint(2, 20)}.000 TL"),
            C("TeslimTarihi", None, lambda g, p, r: g.day(-20, 20)),
            C("HasarDosyaNo", None, lambda g, p, r: f"HD-{_digits(r, 6)}", 0.6),
            C("KM", None, lambda g, p, r: str(r.randint(1000, 150000))),
            C("TC_Dogrulandi", None, lambda g, p, r: r.choice(["Evet", "Hayır"])),
            C("Evcil_Hayvan", None, lambda g, p, r: r.choice(_PETS), 0.6),
        ]),
        "candidati": (["ro"], [
            C("ID_CANDIDAT", None, lambda g, p, r: ref(r, "C", 6)),
            C("NUME", "PERSON", lambda g, p, r: p["l"]),
            C("PRENUME", "PERSON", lambda g, p, r: p["f"]),
            C("DATA_NASTERII", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False)),
            C("TELEFON", "PHONE_NUMBER", lambda g, p, r: g.phone(), 0.05),
            C("EMAIL", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("ADRESA", "STREET_ADDRESS", lambda g, p, r: g.addr(), 0.2),
            C("LOCALITATE", "LOCATION", lambda g, p, r: g.town()),
            C("IBAN", "IBAN_CODE", lambda g, p, r: iban(r, "RO"), 0.4, tuple(_PH3)),
            C("attr2", "PERSON", lambda g, p, r: g.full(), 0.3),
            C("POST_VIZAT", None, lambda g, p, r: r.choice(["Contabil", "Operator call center", "Șofer livrări"])),
            C("SALARIU_DORIT", None, lambda g, p, r: f"{r.randint(3, 12)}.{r.choice(['000', '500'])} lei"),
            C("DATA_INTERVIU", None, lambda g, p, r: g.day(1, 30)),
            C("SURSA", None, lambda g, p, r: r.choice(["eJobs", "BestJobs", "LinkedIn", "recomandare"])),
            C("CV_SHA256", None, lambda g, p, r: sha256(r)),
            C("STATUS", None, lambda g, p, r: r.choice(["nou", "interviu", "ofertă", "respins"])),
            C("COD_OFERTA", None, lambda g, p, r: f"OF-{_digits(r, 5)}", 0.5),
            C("TIP_ADRESA", None, lambda g, p, r: r.choice(["domiciliu", "reședință"])),
            C("EMAIL_CONFIRMAT", None, lambda g, p, r: r.choice(["da", "nu"])),
            C("NR_CONTRACT", None, lambda g, p, r: f"CIM {_digits(r, 4)}/{g.day(-30, 0)}", 0.6),
            C("VERSIUNE_FORMULAR", None, lambda g, p, r: version(r)),
            C("CNP_VERIFICAT", None, lambda g, p, r: r.choice(["DA", "NU"])),
        ]),
        "app_signups_nordic_baltic": (["is", "et", "lt", "sl"], [
            C("signupId", None, lambda g, p, r: uuid4(r)),
            C("givenName", "PERSON", lambda g, p, r: p["f"]),
            C("familyName", "PERSON", lambda g, p, r: p["l"]),
            C("birthDate", "DATE_OF_BIRTH", lambda g, p, r: g.dob(False), 0.15),
            C("phone", "PHONE_NUMBER", lambda g, p, r: g.phone(style="intl"), 0.1),
            C("email", E, lambda g, p, r: g.email(p["f"], p["l"])),
            C("town", "LOCATION", lambda g, p, r: g.town(), 0.2),
            C("iban", "IBAN_CODE", lambda g, p, r: g.iban(), 0.35),
            C("clientIp", "IP_ADDRESS", lambda g, p, r: ip4(r) if r.random() < 0.6 else ip6(r)),
            C("attr_pwd", "PASSWORD", lambda g, p, r: password(r), 0.4),
            C("userAgent", None, lambda g, p, r: f"Mozilla/5.0 (Linux; Android {r.randint(10, 15)}) Chrome/{version(r)}"),
            C("appVersion", None, lambda g, p, r: version(r)),
            C("locale", None, lambda g, p, r: g.loc),
            C("createdAt", None, lambda g, p, r: ts(r, 120)),
            C("referralCode", None, lambda g, p, r: aref(r, 8), 0.5),
            C("consentVersion", None, lambda g, p, r: f"v{r.randint(1, 5)}.{r.randint(0, 9)}"),
            C("deviceId", None, lambda g, p, r: uuid4(r)),
            C("pushToken", None, lambda g, p, r: _rs(r, _HEX, 64), 0.3),
            C("phoneVerified", None, lambda g, p, r: r.choice(["true", "false"])),
            C("emailDomainType", None, lambda g, p, r: r.choice(["free", "corporate", "edu"])),
            C("homeGym", None, lambda g, p, r: r.choice(["Reykjavík Kringlan", "Tallinn Kristiine", "Vilnius Akropolis"])),
        ]),
    }


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    return {name: _table(rows, seed, name, locs, cols) for name, (locs, cols) in _tables().items()}
