"""Accuracy split "tarn": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========

Author / date
    Helper "tarn", 2026-11-28 (a fixed "today"; nothing reads the clock).

Independence (exactly what was read)
    * The task prompt /tmp/notes/prompt_tarn.md, which also gives the exact definitions imported
      from bench/accuracy_data.py (LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6).
    * `ls /work/main`, `ls /work/main/bench` and `git status --short` (names only).
    * Outputs of Faker (locale list; sample names/addresses/phones for the locales considered) and of
      phonenumbers (is_valid_number / format_number on sample numbers), run locally.
    * Nothing else: no file under rules/, pii_audit/, tests/, docs/, bench/results/, bench/out/, no README/SPEC,
      no other bench/accuracy_split_*.py, bench/accuracy.py or bench/accuracy_notes.md was opened, and
      bench/accuracy_data.py was never opened or displayed (it is only imported; one early scratch command
      did `cp` it to /dev/null by mistake, nothing of it was shown). The scanner (pii-audit / pii_audit /
      Presidio) was never read or run. No web search.

API
    free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % len(TEMPLATES)] with
                                       random.Random(f"tarn-{seed}-text-{i}"); the benchmark calls free_text(500, 7).
    structured(rows, seed) -> dict[str, list[Column]]   12 tables, each column `rows` values long;
                                       the benchmark calls structured(150, 11).
    TEMPLATES                          list of 64 template functions (attributes .lang, .country, .shape).
    Deterministic: every random draw comes from random.Random seeded with a string; each Faker instance is
    re-seeded from that rng (seed_instance) before use; no set iteration, no hash()-dependent order.
    Both calls together take well under a second.

Domains
    beekeeping-supplies shop with honey subscriptions; court stenography / transcription agency; hot-air
    balloon flights; glazier and window repair; archery range and club; embroidery and uniform printing.
    Company, shop, school, venue and product names are invented (some deliberately contain person names:
    "Robin Hood Archers", "Fletcher's Field Archery", "Jose Rizal Memorial School", "Bar Casa Paco",
    "Čebelarstvo <Surname>", "Kanzlei Müller & Partner", "Ramesh Textiles", "Langstroth-Beute").

Languages (template counts; 64 templates)
    English 35 (55 %; 280 of the 500 benchmark texts): US 11, GB 5, AU 5, IE 4, CA 3, IN 3, NZ 2, ZA 2.
    Other 29 (45 %) in 18 Latin-script languages: German 3, Catalan 2, Icelandic 2, Turkish 2, Slovenian 2,
    Estonian 2, Lithuanian 2, Tagalog/Filipino (Taglish) 2, Vietnamese 2, French 2, Romanian 1, Afrikaans 1,
    Swahili (Kenya) 1, Spanish 1, Dutch 1, Italian 1, Polish 1, Portuguese 1.
    Eleven of them are from the "barely used" list (Catalan, Icelandic, Turkish, Romanian, Slovenian,
    Estonian, Lithuanian, Tagalog, Vietnamese, Afrikaans, Swahili).
    Each locale has its own names (Faker for en_US/GB/CA/AU/IE/NZ, is_IS, ro_RO, sl_SI, et_EE, de_DE, fr_FR,
    es_ES, nl_NL, it_IT, pl_PL, pt_PT with gendered first/last names; curated lists for en_IN, en_ZA,
    Catalan with paired surnames "Puig i Ferrer", Turkish, Lithuanian with female -ienė/-aitė forms,
    Filipino, Vietnamese family-middle-given order, Afrikaans, Kenyan), real towns with plausible
    postcodes in the national layout (GB outward+inward, IE Eircode, CA FSA LDU, NL "1234 AB", PL "31-147",
    PT "4050-262", LT "LT-01103", ...), local street patterns, national/international phone formats
    (every number generated until phonenumbers.is_valid_number is true, then formatted NATIONAL,
    INTERNATIONAL, E164 or a local variant such as "06.12.34.56.78", "8 612 34567", "0532 123 45 67"),
    and local date formats and month names ("4 de març de 1987", "4. mars 1987", "1987 m. kovo 4 d.",
    "ngày 4 tháng 3 năm 1987", "Marso 4, 1987", "4 Machi 1987", ...).

Shapes
    e-mails with signatures (business addresses labelled), '>'-quoted replies, forwarded mails, WhatsApp /
    Teams / Slack / Viber / Zalo / Messenger / live-chat exports (speakers labelled, monotonic clocks),
    SMS threads, tickets with internal notes, CRM and phone notes, lower-case speech-to-text transcripts
    (EN-US, EN-GB voicemail, LT), form dumps (key: value, key=value), JSON-lines and logfmt logs,
    a web-server access log, a .env config, OCR'd forms with OCR noise around (never inside) values,
    spreadsheet rows (TSV and CSV), notification subjects, a court transcript excerpt, and three texts
    with no PII at all (archery range notice, balloon pilot briefing, glass-cutter maintenance log).

Value rules
    Cards: Luhn-valid via _luhn (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover), grouped 4-4-4-4,
    4-6-5, dashed or unspaced.  SSNs: area 001-899 without 666, group 01-99, serial 0001-9999.  US account
    numbers 8-12 digits (routing numbers, ABA-checksummed, appear only as look-alikes).  IBANs: _iban_of for
    DE IE NL IT PL FR ES; own mod-97 construction with national length/layout for TR RO EE LT IS; spaced in
    4s or unspaced.  IPs: _ip_public_v4/_ip_public_v6 for labelled ones.  Passwords: word+digits+symbol,
    leetspeak, random 10-16 chars, passphrases.  API keys: sk_live_, ghp_, xoxb-, SG., AIza, sk-proj-,
    32-hex tokens, Mailchimp-style.  Birth dates 1938-2007 (children 2008-2018 in club sign-ups).

Label conventions as applied
    PERSON: names as written (full, first-only, surname-only, UPPER, lower-case in transcripts,
    "Last, First" Teams/spreadsheet speakers, "First L." with the period inside); titles (Mr, Ms, Mrs, Dr,
    Frau/Herr, Sig.ra, Gng., RA) outside the span; chat speakers and Slack @mentions of a first name labelled;
    brand/shop/school/street/company names and pet names never labelled.
    STREET_ADDRESS: street line + postcode + town as one span (flat/unit/floor/apartment inside); a multi-line
    block is one span; in '>'-quoted replies every quoted line is its own span; business addresses in
    signatures labelled; bare street lines labelled.  Address-internal names (Strada Mihai Eminescu,
    Nguyễn Trãi, Jefferson St) are part of the address span only.
    LOCATION: towns/countries where a person lives, was born, comes from or travels to (Turkish case
    suffixes such as "İzmir'den" stay outside the span); depot, branch, base, venue, launch site, office
    and warehouse towns are unlabelled.
    DATE_OF_BIRTH: birth dates only; every other date is unlabelled.  PASSWORD / API_KEY: plaintext secrets
    only.  EMAIL_ADDRESS: every address including role addresses.  PHONE_NUMBER: every valid number,
    business lines included.  Spans exclude surrounding quotes/brackets/punctuation (a leading "(" of
    "(02) 9123 4567" or trailing "(BO)" of an Italian address belongs to the value) and never overlap;
    the builder asserts span text == inserted value, edge characters and non-overlap for every text.

Look-alikes (never labelled, frequent)
    masked cards and last-4, expiry, CVV/CVC, bcrypt / argon2id / sha1 / sha256 hashes, UUIDs, session and
    provider SIDs (SM..., AC...), Stripe publishable keys, private IPv4/IPv6 and loopback, version strings,
    order / ticket / booking / voucher / tracking / claim / policy / case / invoice numbers, OTPs, door and
    gate codes, ABA routing numbers alone, SWIFT/BIC, GSTIN, VAT numbers, UTR and M-Pesa / GCash refs,
    GPS coordinates, IMEIs (Luhn-valid 15 digits), amounts, timestamps and non-birth dates, product names
    with person names, pet names, branch/depot/venue towns.

Tables (name: locales; columns total = PII + look-alike; header style)
    honey_subscribers: en_GB, en_IE; 21 = 8 + 13; snake_case with abbreviations (tel, addr1, dob) and an
        opaque col_7 (LOCATION).
    hive_kit_orders: de_DE; 20 = 7 + 13; German headers (Vorname, Nachname, Lieferadresse, Wohnort, IBAN).
    transcript_jobs: en_US; 21 = 8 + 13; PascalCase, opaque attr2 (first names); SSN, US account + routing.
    reporter_roster: ro_RO; 20 = 9 + 11; Romanian snake_case (nume, prenume, data_nașterii, parola_portal).
    flight_manifest: tr_TR; 20 = 7 + 13; Turkish snake_case (ad, soyad, doğum_tarihi, memleket, kart_no).
    voucher_redemptions: en_AU, en_NZ; 21 = 9 + 12; camelCase, opaque field_3 (DOB); public IPs.
    callouts: en_CA; 20 = 7 + 13; spaced Title Case ("Customer Name", "Site Address" partly multi-line).
    glass_invoices: et_EE (+ lt_LT rows); 18 = 6 + 12; Estonian (klient, aadress, linn, arvelduskonto).
    club_members: is_IS; 19 = 8 + 11; Icelandic (fornafn, eftirnafn, lykilorð), opaque attr2 (LOCATION).
    range_bookings: en_ZA, af_ZA; 20 = 7 + 13; UPPER_SNAKE (CLIENT_NAME, CARD_PAN, PARTNER_API_KEY).
    uniform_orders: en_IN; 19 = 6 + 13; dotted (customer.name, ship.addr, pay.card, name_of_product).
    embroidery_staff: pl_PL; 21 = 9 + 12; Polish (imię, nazwisko, data_urodzenia, nr_konta, hasło_panel).
    240 columns: 91 PII, 149 look-alike.  Blanks per column 0-60 %; placeholders (N/A, -, unknown, n/a, —)
    in a few PII columns at 2-3 %.

Known limits
    Texts are template-built, so phrasing varies only within each template's alternatives; non-English
    prose avoids inflected name/town forms (and Turkish suffixes are kept outside spans) rather than
    modelling full morphology.  Postcodes follow national layouts but are not all real delivery codes.
    IBANs for TR/RO/EE/LT/IS satisfy mod-97 and length but not national check digits.  Vietnamese
    addresses carry no postcode (as commonly written).  Speech-to-text transcripts keep digits for phone
    numbers and dates.  Kenyan P.O. boxes and national ID numbers are deliberately absent (not in LABELS).
"""
from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

_TODAY = _dt.date(2026, 11, 28)
_LABELSET = frozenset(LABELS)


# --------------------------------------------------------------------------------------------
# span-exact text builder
# --------------------------------------------------------------------------------------------

def PER(s):
    return (s, "PERSON")


def EML(s):
    return (s, "EMAIL_ADDRESS")


def PHN(s):
    return (s, "PHONE_NUMBER")


def CC(s):
    return (s, "CREDIT_CARD")


def SSN(s):
    return (s, "US_SSN")


def BANK(s):
    return (s, "US_BANK_NUMBER")


def IBAN(s):
    return (s, "IBAN_CODE")


def IP(s):
    return (s, "IP_ADDRESS")


def ADR(s):
    return (s, "STREET_ADDRESS")


def LOC(s):
    return (s, "LOCATION")


def DOB(s):
    return (s, "DATE_OF_BIRTH")


def PWD(s):
    return (s, "PASSWORD")


def KEY(s):
    return (s, "API_KEY")


_PH = re.compile(r"\{(\w+)\}")
_BAD_EDGE = set(" \t\n\"'()[]<>{},;:!?")


class _Doc:
    """Appends plain and labelled pieces; offsets are computed while building."""

    __slots__ = ("parts", "spans", "pos")

    def __init__(self):
        self.parts = []
        self.spans = []
        self.pos = 0

    def add(self, s, label=None):
        if label is not None and s:
            self.spans.append((self.pos, self.pos + len(s), label, s))
        self.parts.append(s)
        self.pos += len(s)
        return self

    def f(self, tpl, **kw):
        i = 0
        for m in _PH.finditer(tpl):
            self.add(tpl[i:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.add(v[0], v[1])
            else:
                self.add(str(v))
            i = m.end()
        self.add(tpl[i:])
        return self

    def quoted(self, prefix, lines):
        """Each element of lines is plain str or (value, label); each gets its own '>' prefix."""
        for ln in lines:
            self.add(prefix)
            if isinstance(ln, tuple):
                self.add(ln[0], ln[1])
            else:
                self.add(ln)
            self.add("\n")
        return self

    def text(self):
        text = "".join(self.parts)
        out = []
        last_end = -1
        for s, e, lab, val in sorted(self.spans):
            assert lab in _LABELSET, lab
            assert text[s:e] == val, (text[s:e], val)
            assert s >= last_end, ("overlap", val, text)
            head_ok = val[0] not in _BAD_EDGE or (val[0] == "(" and ")" in val)
            tail_ok = val[-1] not in _BAD_EDGE or (val[-1] == ")" and "(" in val)
            assert (head_ok and tail_ok) or lab == "PASSWORD", repr(val)
            last_end = e
            out.append((s, e, lab))
        return Text(text, out)


# --------------------------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------------------------

_DIG = "0123456789"
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOW = "abcdefghijklmnopqrstuvwxyz"
_ALNUM = _UP + _LOW + _DIG
_HEX = "0123456789abcdef"
_PATCH = {
    "#": _DIG, "%": "123456789", "@": _UP, "^": "ABDEFGHJLNPQRSTUWXYZ",
    "*": "ACDEFHKNPRTVWXY0123456789", "~": "ABCEGHJKLMNPRSTVWXYZ", "&": "ABCEGHJKLMNPRTVWXZ",
}


def _pat(rng, p):
    return "".join(rng.choice(_PATCH[c]) if c in _PATCH else c for c in p)


def _rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ø", "o").replace("æ", "ae").replace("þ", "th").replace("ð", "d")
    s = s.replace("Þ", "Th").replace("Ð", "D").replace("'", "").replace(" ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _email(rng, first, last, domains):
    f, l_ = _fold(first).lower(), _fold(last).lower().replace("-", "")
    shape = rng.randrange(7)
    if shape == 0:
        local = f"{f}.{l_}"
    elif shape == 1:
        local = f"{f[0]}{l_}"
    elif shape == 2:
        local = f"{f}{rng.randint(1, 99)}"
    elif shape == 3:
        local = f"{f}_{l_}{rng.choice(['', str(rng.randint(70, 99))])}"
    elif shape == 4:
        local = f"{l_}.{f[0]}"
    elif shape == 5:
        local = f"{f}.{l_}{rng.randint(1, 9)}"
    else:
        local = f"{f}{l_[:3]}"
    return f"{local}@{rng.choice(domains)}"


def _card(rng, sep=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        num = _luhn(rng, "4", 16)
    elif kind == "mc":
        num = _luhn(rng, str(rng.randint(51, 55)), 16)
    elif kind == "mc2":
        num = _luhn(rng, str(rng.randint(2221, 2720)), 16)
    elif kind == "amex":
        num = _luhn(rng, rng.choice(["34", "37"]), 15)
    else:
        num = _luhn(rng, "6011", 16)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _last4(rng):
    return _rs(rng, _DIG, 4)


def _masked_card(rng):
    l4 = _last4(rng)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}",
                       f"•••• {l4}", f"{rng.choice(['4', '5'])}{_rs(rng, _DIG, 5)}******{l4}"])


def _expiry(rng):
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def _ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def _routing(rng):
    while True:
        d = [int(c) for c in f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}"]
        d += [rng.randint(0, 9) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        chk = (-s) % 10
        return "".join(map(str, d)) + str(chk)


def _us_acct(rng):
    return str(rng.randint(1, 9)) + _rs(rng, _DIG, rng.choice([7, 8, 9, 9, 10, 11]))


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def _iban_own(rng, cc):
    """IBANs for countries _iban_of does not cover (mod-97 check digits, national layout)."""
    if cc == "TR":
        bban = _rs(rng, _DIG, 5) + "0" + _rs(rng, _DIG, 16)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE"]) + _rs(rng, _DIG + _UP, 16)
    elif cc == "EE":
        bban = rng.choice(["22", "10", "17", "77"]) + _rs(rng, _DIG, 14)
    elif cc == "LT":
        bban = rng.choice(["73000", "70440", "40100", "21400"]) + _rs(rng, _DIG, 11)
    elif cc == "IS":
        bban = "0" + _rs(rng, _DIG, 21)
    else:
        raise ValueError(cc)
    return cc + _iban_check(cc, bban) + bban


def _iban(rng, cc, spaced=None):
    raw = _iban_own(rng, cc) if cc in ("TR", "RO", "EE", "LT", "IS") else _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _ip4(rng):
    return _ip_public_v4(rng)


def _ip6(rng):
    return _ip_public_v6(rng)


def _priv_ip(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return "127.0.0.1"
    return f"fd{_rs(rng, _HEX, 2)}:{_rs(rng, _HEX, 4)}::{rng.randint(1, 99)}"


_PW_WORDS = ["sunflower", "Honeybee", "kestrel", "Marmalade", "bluebird", "Tigger", "summer", "Arrow",
             "lighthouse", "Pumpkin", "dragonfly", "Chelsea", "monkey", "Liverpool", "coffee", "Balloon",
             "Penguin", "thistle", "Maverick", "bramble", "Galaxy", "letmein", "Rosebud", "quokka"]


def _pwd(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.choice(_PW_WORDS)}{rng.randint(1, 2026)}{rng.choice(['!', '#', '?', '', '$'])}"
    if k == 1:
        return rng.choice(_ALNUM) + _rs(rng, _ALNUM + "!#%&*?@", rng.randint(8, 14)) + rng.choice(_ALNUM)
    if k == 2:
        w = rng.choice(_PW_WORDS)
        return w.capitalize().replace("o", "0").replace("a", "@") + str(rng.randint(10, 99))
    if k == 3:
        return "-".join(rng.choice(_PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 9))
    return f"{rng.choice(_PW_WORDS)}_{rng.choice(_PW_WORDS).lower()}{rng.randint(1, 99)}"


def _apikey(rng, kind=None):
    kind = kind or rng.choice(["stripe", "github", "slack", "sendgrid", "google", "openai", "twilio", "mailchimp", "generic"])
    if kind == "stripe":
        return "sk_live_" + _rs(rng, _ALNUM, 24)
    if kind == "github":
        return "ghp_" + _rs(rng, _ALNUM, 36)
    if kind == "slack":
        return f"xoxb-{_rs(rng, _DIG, 12)}-{_rs(rng, _DIG, 13)}-{_rs(rng, _ALNUM, 24)}"
    if kind == "sendgrid":
        return "SG." + _rs(rng, _ALNUM + "-_", 22) + "." + _rs(rng, _ALNUM + "-_", 43)
    if kind == "google":
        return "AIza" + _rs(rng, _ALNUM + "-_", 35)
    if kind == "openai":
        return "sk-proj-" + _rs(rng, _ALNUM, 48)
    if kind == "twilio":
        return _rs(rng, _HEX, 32)
    if kind == "mailchimp":
        return _rs(rng, _HEX, 32) + f"-us{rng.randint(2, 21)}"
    return _rs(rng, _ALNUM, 40)


def _pubkey(rng):
    return rng.choice(["pk_live_" + _rs(rng, _ALNUM, 24), "pk_test_" + _rs(rng, _ALNUM, 24),
                       "AC" + _rs(rng, _HEX, 32)])


def _bcrypt(rng):
    return "$2b$12$" + _rs(rng, _ALNUM + "./", 53)


def _argon(rng):
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + _rs(rng, _ALNUM + "+/", 22) + "$"
            + _rs(rng, _ALNUM + "+/", 43))


def _sha(rng, n=64):
    return _rs(rng, _HEX, n)


def _uuid(rng):
    h = _rs(rng, _HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _ver(rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                       f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
                       f"{rng.randint(2, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}",
                       f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])


def _ref(rng, prefix):
    return f"{prefix}{_rs(rng, _DIG, rng.randint(5, 7))}"


def _booking(rng):
    return _rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def _imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def _swift(rng):
    return rng.choice(["DEUTDEFF", "BARCGB22", "NWBKGB2L", "BOFIIE2D", "INGBNL2A", "BNPAFRPP",
                       "CAIXESBBXXX", "UNCRITMM", "PKOPPLPW", "BCOMPTPL", "TGBATRIS", "BTRLRO22",
                       "HABAEE2X", "CBVILT2X", "LJBASI2X", "CHASUS33", "BOFAUS3N", "SBZAZAJJ"])


def _gps(rng, lat, lon):
    return f"{lat + rng.uniform(-0.3, 0.3):.5f}, {lon + rng.uniform(-0.3, 0.3):.5f}"


def _amount(rng, cur="$", lo=5, hi=900):
    v = rng.uniform(lo, hi)
    if cur in ("€", "£", "$", "R", "₱"):
        return f"{cur}{v:,.2f}"
    return f"{v:.2f} {cur}"


def _eur(rng, lo=5, hi=900, sym="€"):
    """Continental style: 1.234,56 € (thousands dot, decimal comma)."""
    v = rng.uniform(lo, hi)
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} {sym}"


def _otp(rng):
    return _rs(rng, _DIG, 6)


def _day(rng, lo=-200, hi=60):
    return _TODAY + _dt.timedelta(days=rng.randint(lo, hi))


def _ts(rng):
    d = _day(rng, -120, 0)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _hm(rng):
    return f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45', '05', '40'])}"


class _Clock:
    """Monotonic wall-clock times for chat exports."""

    def __init__(self, rng, lo=7, hi=20):
        self.rng, self.m = rng, rng.randint(lo * 60, hi * 60)

    def __call__(self, *_):
        self.m = min(self.m + self.rng.randint(0, 9), 23 * 60 + 59)
        return f"{self.m // 60:02d}:{self.m % 60:02d}"


# --------------------------------------------------------------------------------------------
# locales: names, towns, streets, postcodes, phones and date formats per country
# --------------------------------------------------------------------------------------------

_FAKERS = {}


def _faker(code):
    fk = _FAKERS.get(code)
    if fk is None:
        fk = _FAKERS[code] = Faker(code)
    return fk


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}


def _mon(lang, d):
    return _MONTHS[lang][d.month - 1]


def _ca_date(d):
    m = _mon("ca", d)
    return f"{d.day} {'d' + chr(39) if m[0] in 'aeiou' else 'de '}{m} de {d.year}"


# date-of-birth renderers per locale (each takes a date)
_DOBF = {
    "US": [lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", lambda d: f"{_mon('en', d)} {d.day}, {d.year}",
           lambda d: f"{d.month}/{d.day}/{d.year}", lambda d: d.isoformat()],
    "GB": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} {_mon('en', d)} {d.year}",
           lambda d: f"{d.day} {_mon('en', d)[:3]} {d.year}", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"],
    "ISO": [lambda d: d.isoformat()],
    "ca": [_ca_date, lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day}-{d.month}-{d.year}"],
    "is": [lambda d: f"{d.day}. {_mon('is', d)} {d.year}", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"],
    "tr": [lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda d: f"{d.day} {_mon('tr', d)} {d.year}",
           lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"],
    "ro": [lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda d: f"{d.day} {_mon('ro', d)} {d.year}"],
    "sl": [lambda d: f"{d.day}. {d.month}. {d.year}", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
           lambda d: f"{d.day}. {_mon('sl', d)} {d.year}"],
    "et": [lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda d: f"{d.day}. {_mon('et', d)} {d.year}"],
    "lt": [lambda d: d.isoformat(), lambda d: f"{d.year} m. {_mon('lt', d)} {d.day} d.",
           lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}"],
    "tl": [lambda d: f"{_mon('tl', d)} {d.day}, {d.year}", lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
           lambda d: f"{_mon('en', d)} {d.day}, {d.year}"],
    "vi": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
           lambda d: f"{d.day}/{d.month}/{d.year}"],
    "af": [lambda d: f"{d.day} {_mon('af', d)} {d.year}", lambda d: d.isoformat(),
           lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"],
    "sw": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} {_mon('sw', d)} {d.year}"],
    "de": [lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda d: f"{d.day}. {_mon('de', d)} {d.year}",
           lambda d: f"{d.day}.{d.month}.{d.year}"],
    "fr": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} {_mon('fr', d)} {d.year}"],
    "es": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} de {_mon('es', d)} de {d.year}",
           lambda d: f"{d.day}-{d.month:02d}-{d.year}"],
    "nl": [lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}", lambda d: f"{d.day} {_mon('nl', d)} {d.year}"],
    "it": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} {_mon('it', d)} {d.year}"],
    "pl": [lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda d: f"{d.day} {_mon('pl', d)} {d.year}",
           lambda d: d.isoformat()],
    "pt": [lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: f"{d.day} de {_mon('pt', d)} de {d.year}",
           lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"],
}


def _birth(rng, lo=1938, hi=2007):
    return _dt.date(rng.randint(lo, hi), 1, 1) + _dt.timedelta(days=rng.randint(0, 364))


class _Town:
    __slots__ = ("name", "pc", "region", "areas")

    def __init__(self, name, pc, region="", areas=()):
        self.name, self.pc, self.region, self.areas = name, pc, region, list(areas)


class _Person:
    __slots__ = ("first", "last", "full", "female", "email", "phone", "dob", "dob_date", "addr", "town", "loc")


class _Loc:
    def __init__(self, code, lang, cc, *, faker=None, first_f=(), first_m=(), last=(), last_f=None,
                 towns=(), streets=(), addr=None, mob=(), fix=(), pfmt=None, dob="GB", mail=(),
                 iban=None, double=0.0, joiner=" ", middle_f=(), middle_m=()):
        self.code, self.lang, self.cc = code, lang, cc
        self.faker, self.first_f, self.first_m = faker, list(first_f), list(first_m)
        self.last_m = list(last)
        self.last_f = list(last_f) if last_f else list(last)
        self.towns, self.streets = [_Town(*t) for t in towns], list(streets)
        self._addr, self.mob, self.fix, self.pfmt = addr, list(mob), list(fix), pfmt or {}
        self.dobf, self.mail, self.iban_cc = _DOBF[dob], list(mail), iban
        self.ccode = phonenumbers.country_code_for_region(cc)
        self.double, self.joiner = double, joiner
        self.middle_f, self.middle_m = list(middle_f), list(middle_m)

    # names
    def name(self, rng, female=None):
        if female is None:
            female = rng.random() < 0.5
        if self.faker:
            fk = _faker(self.faker)
            fk.seed_instance(rng.getrandbits(32))
            if female:
                first, last = fk.first_name_female(), fk.last_name_female()
            else:
                first, last = fk.first_name_male(), fk.last_name_male()
            if self.faker == "sl_SI":
                last = last[:1].upper() + last[1:]
            return first, last, female
        first = rng.choice(self.first_f if female else self.first_m)
        pool = self.last_f if female else self.last_m
        last = rng.choice(pool)
        if self.double and rng.random() < self.double:
            other = rng.choice([x for x in pool if x != last])
            last = f"{last}{self.joiner if rng.random() < 0.5 else ' '}{other}"
        return first, last, female

    def full(self, rng, first, last, female=False):
        if self.middle_f:
            mid = rng.choice(self.middle_f if female else self.middle_m)
            return f"{last} {mid} {first}"
        return f"{first} {last}"

    def first(self, rng):
        return self.name(rng)[0]

    def last(self, rng):
        return self.name(rng)[1]

    # places
    def town(self, rng):
        return rng.choice(self.towns)

    def postcode(self, rng, t):
        return _pat(rng, t.pc)

    def street(self, rng):
        return rng.choice(self.streets)

    def addr(self, rng, town=None, multiline=False, unit=None):
        t = town or self.town(rng)
        if unit is None:
            unit = rng.random() < 0.35
        lines = self._addr(self, rng, t, unit)
        return ("\n" if multiline else ", ").join(lines), t

    def addr_lines(self, rng, town=None, unit=None):
        t = town or self.town(rng)
        if unit is None:
            unit = rng.random() < 0.35
        return self._addr(self, rng, t, unit), t

    def street_line(self, rng):
        return self._addr(self, rng, self.town(rng), False)[0]

    # phones
    def phone(self, rng, kind="m", style=None):
        specs = self.mob if (kind == "m" or not self.fix) else self.fix
        for _ in range(400):
            prefix, n = rng.choice(specs)
            nsn = prefix + _rs(rng, _DIG, n - len(prefix))
            num = phonenumbers.parse(f"+{self.ccode}{nsn}")
            if phonenumbers.is_valid_number(num):
                break
        else:
            raise RuntimeError(f"no valid phone for {self.code}")
        styles = ["nat", "nat", "intl", "intl", "e164"] + list(self.pfmt)
        style = style or rng.choice(styles)
        if style == "nat":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style == "intl":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if style == "plain":
            return re.sub(r"[^\d+]", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
        return self.pfmt[style](nsn)

    # dates
    def dob(self, rng, style=None, lo=1938, hi=2007):
        d = _birth(rng, lo, hi)
        f = self.dobf[style] if style is not None else rng.choice(self.dobf)
        return f(d)

    def date(self, rng, lo=-200, hi=60):
        return self.dobf[0](_day(rng, lo, hi))

    def email(self, rng, first, last):
        return _email(rng, first, last, self.mail)

    def person(self, rng, female=None, kind="m"):
        p = _Person()
        p.first, p.last, p.female = self.name(rng, female)
        p.full = self.full(rng, p.first, p.last, p.female)
        p.email = self.email(rng, p.first, p.last)
        p.phone = self.phone(rng, kind)
        p.dob_date = _birth(rng)
        p.dob = rng.choice(self.dobf)(p.dob_date)
        p.addr, p.town = self.addr(rng)
        p.loc = self
        return p

    def iban(self, rng, spaced=None):
        return _iban(rng, self.iban_cc, spaced)


def _num(rng, lo=1, hi=220):
    n = rng.randint(lo, hi)
    return f"{n}{rng.choice(['', '', '', '', 'A', 'B'])}" if n < 120 else str(n)


# ---- address formatters: (loc, rng, town, unit) -> list of lines
def _a_us(L, rng, t, unit):
    ln = f"{_num(rng, 10, 9800)} {L.street(rng)}"
    lines = [ln + (f" {rng.choice(['Apt', 'Apt.', 'Unit', 'Suite', '#'])} {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}" if unit else "")]
    return lines + [f"{t.name}, {t.region} {L.postcode(rng, t)}"]


def _a_gb(L, rng, t, unit):
    lines = [f"Flat {rng.randint(1, 24)}"] if unit else []
    return lines + [f"{_num(rng)} {L.street(rng)}", t.name, L.postcode(rng, t)] if rng.random() < 0.5 else \
        lines + [f"{_num(rng)} {L.street(rng)}", f"{t.name} {L.postcode(rng, t)}"]


def _a_ca(L, rng, t, unit):
    ln = (f"{rng.randint(101, 1804)}-" if unit else "") + f"{_num(rng, 2, 3200)} {L.street(rng)}"
    return [ln, f"{t.name}, {t.region} {L.postcode(rng, t)}"]


def _a_au(L, rng, t, unit):
    ln = (f"{rng.randint(1, 30)}/" if unit else "") + f"{_num(rng)} {L.street(rng)}"
    return [ln, f"{t.name.upper() if rng.random() < 0.3 else t.name} {t.region} {L.postcode(rng, t)}"]


def _a_in(L, rng, t, unit):
    lines = [f"Flat {rng.randint(1, 12)}{rng.randint(0, 1)}{rng.randint(1, 9)}, {rng.choice(['Shanti', 'Sai Krupa', 'Green Park', 'Lakshmi', 'Prestige'])} {rng.choice(['Apartments', 'Residency', 'Enclave'])}"] if unit else []
    return lines + [f"{rng.randint(1, 120)}, {L.street(rng)}", f"{rng.choice(t.areas)}, {t.name} {L.postcode(rng, t)}"]


def _a_ie(L, rng, t, unit):
    lines = [f"Apartment {rng.randint(1, 40)}"] if unit else []
    return lines + [f"{_num(rng, 1, 90)} {L.street(rng)}", t.name, L.postcode(rng, t)] if rng.random() < 0.5 else \
        lines + [f"{_num(rng, 1, 90)} {L.street(rng)}", f"{t.name}, {L.postcode(rng, t)}"]


def _a_nz(L, rng, t, unit):
    ln = (f"{rng.randint(1, 12)}/" if unit else "") + f"{_num(rng)} {L.street(rng)}"
    return [ln, rng.choice(t.areas), f"{t.name} {L.postcode(rng, t)}"]


def _a_za(L, rng, t, unit):
    lines = [f"Unit {rng.randint(1, 40)} {rng.choice(['Oakwood', 'Sunbird', 'Fynbos', 'Marula'])} {rng.choice(['Gardens', 'Court', 'Place'])}"] if unit else []
    return lines + [f"{_num(rng)} {L.street(rng)}", t.areas[0] if t.areas else t.region, f"{t.name}, {L.postcode(rng, t)}"] if t.areas else \
        lines + [f"{_num(rng)} {L.street(rng)}", f"{t.name}, {L.postcode(rng, t)}"]


def _a_ca_es(L, rng, t, unit):
    ln = f"{L.street(rng)}, {rng.randint(1, 240)}"
    if unit:
        ln += ", " + rng.choice([f"{rng.randint(1, 6)}r {rng.randint(1, 4)}a", "baixos", "àtic", f"{rng.randint(1, 5)}r"])
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_is(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 90)}{rng.choice(['', '', 'a', 'b'])}"
    if unit:
        ln += f", íb. {rng.randint(1, 4)}0{rng.randint(1, 6)}"
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_tr(L, rng, t, unit):
    ln = f"{rng.choice(t.areas)} Mah. {L.street(rng)} No: {rng.randint(1, 140)}"
    if unit:
        ln += f" D: {rng.randint(1, 24)}"
    return [ln, f"{L.postcode(rng, t)} {t.region}/{t.name}"]


def _a_ro(L, rng, t, unit):
    ln = f"{L.street(rng)} nr. {rng.randint(1, 160)}"
    if unit:
        ln += f", bl. {rng.choice('ABCDEFMP')}{rng.randint(1, 20)}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 60)}"
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_sl(L, rng, t, unit):
    return [f"{L.street(rng)} {rng.randint(1, 120)}{rng.choice(['', '', 'a', 'b'])}", f"{L.postcode(rng, t)} {t.name}"]


def _a_et(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 90)}" + (f"-{rng.randint(1, 60)}" if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_lt(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 90)}" + (f"-{rng.randint(1, 60)}" if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_ph(L, rng, t, unit):
    if unit:
        ln = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}, {L.street(rng)}"
    else:
        ln = f"{rng.randint(1, 2400)} {L.street(rng)}"
    return [ln, rng.choice(t.areas), f"{t.name} {L.postcode(rng, t)}"]


def _a_vn(L, rng, t, unit):
    ln = (f"Số {rng.randint(1, 300)}" if not unit else f"{rng.randint(1, 300)}/{rng.randint(1, 40)}") + f" {L.street(rng)}"
    return [ln, rng.choice(t.areas), t.region or t.name]


def _a_af(L, rng, t, unit):
    return [f"{_num(rng)} {L.street(rng)}", f"{t.name}, {L.postcode(rng, t)}"]


def _a_ke(L, rng, t, unit):
    if unit:
        return [f"Nyumba Na. {rng.randint(1, 90)}, {L.street(rng)}", rng.choice(t.areas), f"{t.name} {L.postcode(rng, t)}"]
    return [f"{L.street(rng)}, {rng.choice(t.areas)}", f"{t.name} {L.postcode(rng, t)}"]


def _a_de(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}"
    lines = [ln] + ([rng.choice(["Hinterhaus", "2. OG links", "3. OG", "Seiteneingang"])] if unit else [])
    return lines + [f"{L.postcode(rng, t)} {t.name}"]


def _a_fr(L, rng, t, unit):
    lines = [rng.choice([f"Bât. {rng.choice('ABCD')}, appt {rng.randint(1, 60)}", f"Résidence les {rng.choice(['Tilleuls', 'Acacias', 'Pins'])}"])] if unit else []
    return lines + [f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis'])} {L.street(rng)}", f"{L.postcode(rng, t)} {t.name}"]


def _a_es(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 140)}"
    if unit:
        ln += f", {rng.randint(1, 8)}º {rng.choice(['A', 'B', 'C', 'izq.', 'dcha.'])}"
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_nl(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 240)}" + (rng.choice([" A", "-bis", "-2", " hs"]) if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name.upper() if rng.random() < 0.3 else t.name}"]


def _a_it(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 140)}" + (f", int. {rng.randint(1, 20)}" if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name} ({t.region})"]


def _a_pl(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 140)}" + (f"/{rng.randint(1, 60)}" if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


def _a_pt(L, rng, t, unit):
    ln = f"{L.street(rng)} {rng.randint(1, 400)}" + (f", {rng.randint(1, 8)}.º {rng.choice(['Esq.', 'Dto.', 'Frente'])}" if unit else "")
    return [ln, f"{L.postcode(rng, t)} {t.name}"]


_M_EN = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]

L_US = _Loc("en_US", "en", "US", faker="en_US", dob="US", addr=_a_us,
            mail=_M_EN + ["aol.com", "comcast.net"],
            towns=[("Portland", "972##", "OR"), ("Austin", "787##", "TX"), ("Columbus", "432##", "OH"),
                   ("Denver", "802##", "CO"), ("Raleigh", "276##", "NC"), ("Madison", "537##", "WI"),
                   ("Tucson", "857##", "AZ"), ("Albany", "122##", "NY"), ("Burlington", "054##", "VT"),
                   ("Boise", "837##", "ID"), ("Savannah", "314##", "GA"), ("Spokane", "992##", "WA"),
                   ("Ann Arbor", "481##", "MI"), ("Santa Fe", "875##", "NM")],
            streets=["Maple Ave", "Oak Street", "W 34th St", "Pine Ridge Rd", "Elm St", "Lakeview Dr",
                     "N Main St", "Cedar Lane", "Sunset Blvd", "Willow Ct", "Hawthorne Ave", "Creekside Dr",
                     "Jefferson St", "Mill Road"],
            mob=[(a, 10) for a in ["212", "415", "312", "617", "503", "720", "404", "206", "512", "614", "919", "608"]],
            pfmt={"dash": lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", "paren": lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}",
                  "dot": lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}"})

L_GB = _Loc("en_GB", "en", "GB", faker="en_GB", dob="GB", addr=_a_gb,
            mail=["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "sky.com"],
            towns=[(n, p) for n, p in [("Harrogate", "HG1 #^^"), ("Leeds", "LS6 #^^"), ("Bristol", "BS7 #^^"),
                                       ("Norwich", "NR2 #^^"), ("York", "YO31 #^^"), ("Exeter", "EX4 #^^"),
                                       ("Shrewsbury", "SY3 #^^"), ("Lancaster", "LA1 #^^"), ("Brighton", "BN2 #^^"),
                                       ("Bath", "BA2 #^^"), ("Derby", "DE22 #^^"), ("Hebden Bridge", "HX7 #^^"),
                                       ("Ludlow", "SY8 #^^"), ("Whitby", "YO21 #^^")]],
            streets=["Thornfield Road", "High Street", "Church Lane", "Victoria Terrace", "Mill Lane", "Station Road",
                     "Hawthorn Close", "Queens Road", "The Green", "Albert Street", "Meadow View", "Orchard Way"],
            mob=[(p, 10) for p in ["74", "75", "77", "78", "79"]],
            fix=[("20", 10), ("113", 10), ("161", 10), ("117", 10), ("1904", 10), ("1423", 10)])

L_CA = _Loc("en_CA", "en", "CA", faker="en_CA", dob="ISO", addr=_a_ca, mail=_M_EN + ["rogers.com", "shaw.ca"],
            towns=[("Guelph", "N1H #~#", "ON"), ("Halifax", "B3H #~#", "NS"), ("Saskatoon", "S7N #~#", "SK"),
                   ("Kelowna", "V1Y #~#", "BC"), ("Victoria", "V8V #~#", "BC"), ("Kingston", "K7L #~#", "ON"),
                   ("Moncton", "E1C #~#", "NB"), ("Red Deer", "T4N #~#", "AB"), ("Winnipeg", "R3T #~#", "MB"),
                   ("Peterborough", "K9J #~#", "ON"), ("Nanaimo", "V9R #~#", "BC"), ("Fredericton", "E3B #~#", "NB")],
            streets=["Elm Street", "Wellington St W", "Queen St E", "Maple Crescent", "Birch Avenue", "Lakeshore Rd",
                     "King Street", "Spruce Drive", "Riverside Dr", "Dundas St", "Cedar Court", "Prospect Ave"],
            mob=[(a, 10) for a in ["416", "604", "613", "514", "403", "902", "519", "250", "306", "204"]],
            pfmt={"dash": lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", "one": lambda n: f"1-{n[:3]}-{n[3:6]}-{n[6:]}"})
L_CA.dobf = _DOBF["ISO"] + [_DOBF["US"][1], _DOBF["GB"][1]]

L_AU = _Loc("en_AU", "en", "AU", faker="en_AU", dob="GB", addr=_a_au,
            mail=["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"],
            towns=[("Newtown", "2042", "NSW"), ("Fitzroy", "3065", "VIC"), ("Paddington", "4064", "QLD"),
                   ("Fremantle", "6160", "WA"), ("Glenelg", "5045", "SA"), ("Sandy Bay", "7005", "TAS"),
                   ("Geelong", "3220", "VIC"), ("Wollongong", "2500", "NSW"), ("Toowoomba", "4350", "QLD"),
                   ("Ballarat", "3350", "VIC"), ("Bendigo", "3550", "VIC"), ("Cairns", "4870", "QLD"),
                   ("Orange", "2800", "NSW")],
            streets=["Wattle Street", "Banksia Ave", "King St", "Gum Tree Lane", "Bridge Rd", "Ocean Parade",
                     "Jacaranda Cres", "Station St", "Marine Tce", "Beach Rd", "Lygon St", "Hope St"],
            mob=[(p, 9) for p in ["41", "42", "43", "44", "45", "47", "48"]],
            fix=[("29", 9), ("38", 9), ("73", 9), ("89", 9), ("26", 9)])

L_IN = _Loc("en_IN", "en", "IN", dob="GB", addr=_a_in,
            mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
            first_m=["Rahul", "Arjun", "Vikram", "Sandeep", "Rohan", "Aditya", "Karthik", "Suresh", "Manoj",
                     "Imran", "Harpreet", "Anil", "Pranav", "Siddharth", "Naveen", "Venkatesh"],
            first_f=["Priya", "Anjali", "Kavya", "Sneha", "Deepa", "Lakshmi", "Pooja", "Neha", "Aishwarya",
                     "Fatima", "Meera", "Divya", "Ritu", "Swati", "Nandini", "Shruti"],
            last=["Sharma", "Iyer", "Nair", "Reddy", "Patel", "Gupta", "Menon", "Singh", "Kulkarni", "Das",
                  "Chatterjee", "Khan", "Rao", "Joshi", "Pillai", "Verma", "Banerjee", "Agarwal", "Krishnan", "Desai"],
            towns=[("Bengaluru", "5600##", "Karnataka", ["Indiranagar", "Koramangala", "Jayanagar"]),
                   ("Pune", "4110##", "Maharashtra", ["Kothrud", "Aundh", "Baner"]),
                   ("Chennai", "6000##", "Tamil Nadu", ["T Nagar", "Adyar", "Mylapore"]),
                   ("Kochi", "6820##", "Kerala", ["Vyttila", "Kadavanthra", "Edappally"]),
                   ("Jaipur", "3020##", "Rajasthan", ["Malviya Nagar", "Vaishali Nagar"]),
                   ("Lucknow", "2260##", "Uttar Pradesh", ["Gomti Nagar", "Hazratganj"]),
                   ("Hyderabad", "5000##", "Telangana", ["Banjara Hills", "Madhapur", "Kukatpally"]),
                   ("Ahmedabad", "3800##", "Gujarat", ["Navrangpura", "Satellite"]),
                   ("Indore", "4520##", "Madhya Pradesh", ["Vijay Nagar", "Palasia"])],
            streets=["MG Road", "4th Cross, 6th Main", "Gandhi Road", "Link Road", "Station Road", "Ring Road",
                     "Temple Street", "Church Road", "College Road", "1st Main Road"],
            mob=[(p, 10) for p in ["98", "99", "94", "97", "88", "70", "63", "81", "90"]],
            fix=[("80", 10), ("22", 10), ("44", 10), ("40", 10)],
            pfmt={"in1": lambda n: f"+91 {n[:5]} {n[5:]}", "in2": lambda n: f"{n[:5]} {n[5:]}",
                  "in3": lambda n: f"+91-{n}", "in4": lambda n: f"0{n}"})

L_IE = _Loc("en_IE", "en", "IE", faker="en_IE", dob="GB", addr=_a_ie,
            mail=["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "yahoo.ie"],
            towns=[("Kilkenny", "R95 ****"), ("Galway", "H91 ****"), ("Cork", "T12 ****"), ("Limerick", "V94 ****"),
                   ("Sligo", "F91 ****"), ("Athlone", "N37 ****"), ("Wexford", "Y35 ****"), ("Tralee", "V92 ****"),
                   ("Ennis", "V95 ****"), ("Dundalk", "A91 ****"), ("Drogheda", "A92 ****"), ("Westport", "F28 ****")],
            streets=["Castle Street", "Main Street", "Church Road", "Abbey Lane", "The Crescent", "Patrick Street",
                     "Bóthar na Trá", "Mill Road", "Green Lane", "Parnell Square", "John Street", "Dublin Road"],
            mob=[(p, 9) for p in ["83", "85", "86", "87", "89"]],
            fix=[("1", 8), ("21", 9), ("91", 9), ("56", 9), ("61", 9)])

L_NZ = _Loc("en_NZ", "en", "NZ", faker="en_NZ", dob="GB", addr=_a_nz,
            mail=["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "slingshot.co.nz"],
            towns=[("Auckland", "10##", "", ["Ponsonby", "Grey Lynn", "Mt Eden"]),
                   ("Wellington", "60##", "", ["Aro Valley", "Newtown", "Karori"]),
                   ("Christchurch", "80##", "", ["Riccarton", "Sydenham", "St Albans"]),
                   ("Dunedin", "90##", "", ["Roslyn", "North East Valley"]),
                   ("Hamilton", "32##", "", ["Hillcrest", "Claudelands"]),
                   ("Nelson", "7010", "", ["The Wood", "Stoke"]), ("Napier", "4110", "", ["Ahuriri", "Taradale"]),
                   ("Tauranga", "3110", "", ["Otumoetai", "Greerton"])],
            streets=["Kowhai Street", "Rata Road", "Pohutukawa Ave", "Cuba Street", "Nikau Place", "Totara Drive",
                     "Beach Road", "Harbour View Rd", "Tui Street", "Matai Crescent"],
            mob=[("21", 9), ("22", 9), ("27", 9), ("20", 10)],
            fix=[("9", 8), ("4", 8), ("3", 8), ("7", 8)])

L_ZA = _Loc("en_ZA", "en", "ZA", dob="ISO", addr=_a_za,
            mail=["gmail.com", "webmail.co.za", "outlook.com", "mweb.co.za", "telkomsa.net"],
            first_m=["Thabo", "Sipho", "Themba", "Pieter", "Ryan", "Mohammed", "Kagiso", "Lwazi", "Jason", "Ravi",
                     "Bongani", "Craig", "Tumelo", "Mandla"],
            first_f=["Lerato", "Nomsa", "Zanele", "Ayesha", "Chantelle", "Thandi", "Palesa", "Kim", "Naledi",
                     "Precious", "Megan", "Lindiwe", "Refilwe", "Tasneem"],
            last=["Nkosi", "Dlamini", "Mokoena", "Naidoo", "van der Merwe", "Botha", "Pillay", "Khumalo", "Smith",
                  "Ndlovu", "Govender", "Jacobs", "Mahlangu", "Adams", "Pretorius", "Molefe"],
            towns=[("Cape Town", "7700", "", ["Rondebosch"]), ("Cape Town", "7925", "", ["Observatory"]),
                   ("Johannesburg", "2092", "", ["Melville"]), ("Johannesburg", "2193", "", ["Parkhurst"]),
                   ("Durban", "4001", "", ["Berea"]), ("Pretoria", "0083", "", ["Hatfield"]),
                   ("Gqeberha", "6070", "", ["Walmer"]), ("Bloemfontein", "9301", "", ["Westdene"]),
                   ("East London", "5247", "", ["Vincent"])],
            streets=["Jacaranda Avenue", "Main Road", "Protea Street", "Long Street", "Oxford Road", "Kloof Street",
                     "Church Street", "Milkwood Crescent", "Beach Road", "Acacia Lane"],
            mob=[(p, 9) for p in ["82", "83", "72", "71", "84", "76", "79", "60"]],
            fix=[("21", 9), ("11", 9), ("31", 9), ("12", 9)])
L_ZA.dobf = _DOBF["ISO"] + [_DOBF["GB"][0], _DOBF["GB"][1]]

L_CAT = _Loc("ca_ES", "ca", "ES", dob="ca", addr=_a_ca_es, iban="ES",
             mail=["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.cat"],
             first_f=["Montserrat", "Núria", "Laia", "Mireia", "Marta", "Anna", "Jordina", "Carla", "Aina", "Gemma",
                      "Roser", "Meritxell", "Clàudia", "Berta"],
             first_m=["Jordi", "Pau", "Oriol", "Xavier", "Marc", "Joan", "Arnau", "Pere", "Quim", "Albert", "Sergi",
                      "Enric", "Josep", "Ferran"],
             last=["Puig", "Vilalta", "Ferrer", "Soler", "Casals", "Pujol", "Serra", "Roca", "Vidal", "Font",
                   "Bosch", "Riera", "Camps", "Sala", "Mas", "Prat", "Coll", "Batlle", "Grau", "Torrent"],
             towns=[("Barcelona", "080##"), ("Girona", "170##"), ("Lleida", "250##"), ("Tarragona", "430##"),
                    ("Sabadell", "0820%"), ("Reus", "4320%"), ("Vic", "08500"), ("Manresa", "08240"),
                    ("Figueres", "17600"), ("Olot", "17800"), ("Mataró", "0830%")],
             streets=["Carrer de Mallorca", "Carrer Major", "Carrer de la Riera", "Rambla Nova", "Carrer del Pi",
                      "Passeig de Sant Joan", "Carrer de Sant Pere", "Avinguda de Catalunya", "Carrer del Carme",
                      "Carrer Nou", "Carrer de la Font", "Plaça Major"],
             mob=[(p, 9) for p in ["61", "62", "63", "65", "66", "67", "69"]],
             fix=[("93", 9), ("972", 9), ("973", 9), ("977", 9), ("938", 9)],
             pfmt={"es3": lambda n: f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"})
L_CAT.double, L_CAT.joiner = 0.45, " i "

L_IS = _Loc("is_IS", "is", "IS", faker="is_IS", dob="is", addr=_a_is, iban="IS",
            mail=["gmail.com", "simnet.is", "visir.is", "hotmail.com", "internet.is"],
            towns=[("Reykjavík", "10%"), ("Akureyri", "600"), ("Hafnarfjörður", "220"), ("Kópavogur", "200"),
                   ("Selfoss", "800"), ("Ísafjörður", "400"), ("Egilsstaðir", "700"), ("Reykjanesbær", "230"),
                   ("Húsavík", "640"), ("Borgarnes", "310")],
            streets=["Laugavegur", "Hringbraut", "Skólavörðustígur", "Bárugata", "Hafnarstræti", "Aðalstræti",
                     "Lindargata", "Túngata", "Strandgata", "Brekkugata", "Hólavegur", "Austurvegur"],
            mob=[(p, 7) for p in ["66", "69", "77", "78", "82", "86", "89", "84"]],
            fix=[("55", 7), ("56", 7), ("46", 7), ("47", 7)])

L_TR = _Loc("tr_TR", "tr", "TR", dob="tr", addr=_a_tr, iban="TR",
            mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "mynet.com"],
            first_f=["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Merve", "Esra", "Büşra", "Gül", "Derya", "Selin",
                     "Özlem", "Hatice", "Ebru", "Gizem", "Tuğba"],
            first_m=["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Emre", "Murat", "Burak", "Can", "Oğuz",
                     "Serkan", "Kemal", "İbrahim", "Volkan", "Hakan", "Tolga"],
            last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
                  "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"],
            towns=[("İstanbul", "347##", "Kadıköy", ["Moda", "Caferağa", "Fenerbahçe"]),
                   ("İstanbul", "343##", "Beşiktaş", ["Sinanpaşa", "Levent", "Etiler"]),
                   ("Ankara", "066##", "Çankaya", ["Kızılay", "Bahçelievler", "Ayrancı"]),
                   ("İzmir", "355##", "Karşıyaka", ["Bostanlı", "Mavişehir"]),
                   ("Bursa", "161##", "Nilüfer", ["Beşevler", "Görükle"]),
                   ("Antalya", "070##", "Muratpaşa", ["Lara", "Fener"]),
                   ("Eskişehir", "264##", "Tepebaşı", ["Hoşnudiye", "Batıkent"]),
                   ("Trabzon", "610##", "Ortahisar", ["Boztepe", "Kemerkaya"]),
                   ("Nevşehir", "50400", "Ürgüp", ["Sahiboğlu", "Dumlupınar"]),
                   ("Konya", "420##", "Selçuklu", ["Bosna Hersek", "Feritpaşa"])],
            streets=["Atatürk Caddesi", "Cumhuriyet Caddesi", "Gül Sokak", "Bağdat Caddesi", "Menekşe Sokak",
                     "Lale Sokak", "Papatya Sokak", "Çınar Sokak", "Zafer Sokak", "Işık Sokak"],
            mob=[(p, 10) for p in ["532", "533", "535", "542", "544", "505", "555", "539"]],
            fix=[("212", 10), ("216", 10), ("312", 10), ("232", 10), ("384", 10)],
            pfmt={"tr0": lambda n: f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "tr1": lambda n: f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}"})

L_RO = _Loc("ro_RO", "ro", "RO", faker="ro_RO", dob="ro", addr=_a_ro, iban="RO",
            mail=["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
            towns=[("București", "0%####"), ("Cluj-Napoca", "400###"), ("Iași", "700###"), ("Timișoara", "300###"),
                   ("Brașov", "500###"), ("Sibiu", "550###"), ("Constanța", "900###"), ("Oradea", "410###"),
                   ("Craiova", "200###"), ("Suceava", "720###")],
            streets=["Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Republicii", "Calea Victoriei",
                     "Strada Florilor", "Strada Avram Iancu", "Bulevardul Independenței", "Strada Libertății",
                     "Aleea Teilor", "Strada Zorilor"],
            mob=[(p, 9) for p in ["72", "73", "74", "75", "76", "78"]],
            fix=[("21", 9), ("264", 9), ("256", 9), ("232", 9)],
            pfmt={"ro0": lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", "ro1": lambda n: f"0{n[:3]}.{n[3:6]}.{n[6:]}"})

L_SL = _Loc("sl_SI", "sl", "SI", faker="sl_SI", dob="sl", addr=_a_sl,
            mail=["gmail.com", "siol.net", "t-2.net", "amis.net", "hotmail.com"],
            towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"),
                   ("Novo mesto", "8000"), ("Ptuj", "2250"), ("Velenje", "3320"), ("Nova Gorica", "5000"),
                   ("Radovljica", "4240"), ("Murska Sobota", "9000"), ("Kamnik", "1241")],
            streets=["Slovenska cesta", "Trubarjeva cesta", "Celovška cesta", "Gosposka ulica", "Cankarjeva ulica",
                     "Prešernova ulica", "Partizanska cesta", "Kidričeva ulica", "Mestni trg", "Tržaška cesta",
                     "Gregorčičeva ulica", "Ulica talcev"],
            mob=[(p, 8) for p in ["31", "41", "51", "40", "70", "68", "30"]],
            fix=[("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8)])

L_ET = _Loc("et_EE", "et", "EE", faker="et_EE", dob="et", addr=_a_et, iban="EE",
            mail=["gmail.com", "hot.ee", "mail.ee", "online.ee", "outlook.com"],
            towns=[("Tallinn", "10###"), ("Tallinn", "13###"), ("Tartu", "50###"), ("Tartu", "51###"),
                   ("Pärnu", "80###"), ("Narva", "20###"), ("Viljandi", "71###"), ("Rakvere", "44###"),
                   ("Haapsalu", "90###"), ("Kuressaare", "93###"), ("Võru", "65###")],
            streets=["Pärnu mnt", "Narva mnt", "Tartu mnt", "Rüütli tn", "Pikk tn", "Vabaduse pst", "Riia tn",
                     "Kalevi tn", "Ülikooli tn", "Lai tn", "Tähe tn", "Mere pst"],
            mob=[(p, 8) for p in ["50", "51", "52", "53", "55", "56"]],
            fix=[("6", 7), ("7", 7)])

L_LT = _Loc("lt_LT", "lt", "LT", dob="lt", addr=_a_lt, iban="LT",
            mail=["gmail.com", "one.lt", "inbox.lt", "yahoo.com", "outlook.com"],
            first_f=["Rūta", "Eglė", "Ieva", "Gintarė", "Aistė", "Jurgita", "Lina", "Kristina", "Vaida", "Inga",
                     "Agnė", "Giedrė", "Rasa", "Greta"],
            first_m=["Tomas", "Mantas", "Darius", "Andrius", "Lukas", "Mindaugas", "Paulius", "Vytautas", "Jonas",
                     "Marius", "Rokas", "Tadas", "Gediminas", "Karolis"],
            last=["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus",
                  "Paulauskas", "Urbonas", "Kavaliauskas", "Navickas", "Rimkus", "Kairys", "Balčiūnas"],
            last_f=["Kazlauskienė", "Petrauskienė", "Jankauskaitė", "Stankevičienė", "Vasiliauskaitė", "Žukauskienė",
                    "Butkutė", "Paulauskienė", "Urbonaitė", "Kavaliauskienė", "Navickaitė", "Rimkienė", "Kairytė",
                    "Balčiūnienė"],
            towns=[("Vilnius", "LT-0%###"), ("Kaunas", "LT-44###"), ("Klaipėda", "LT-92###"), ("Šiauliai", "LT-76###"),
                   ("Panevėžys", "LT-35###"), ("Alytus", "LT-62###"), ("Marijampolė", "LT-68###"), ("Utena", "LT-28###"),
                   ("Druskininkai", "LT-66###"), ("Trakai", "LT-21###")],
            streets=["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Pilies g.", "Savanorių pr.", "Taikos pr.",
                     "J. Basanavičiaus g.", "Kęstučio g.", "Liepų g.", "Žalgirio g.", "Ąžuolų g.", "Sodų g."],
            mob=[("6", 8)], fix=[("5", 8), ("37", 8), ("46", 8)],
            pfmt={"lt8": lambda n: f"8 {n[:3]} {n[3:]}", "lt8b": lambda n: f"8{n}", "lt8c": lambda n: f"8 {n[:3]} {n[3:]}"})

L_PH = _Loc("tl_PH", "tl", "PH", dob="tl", addr=_a_ph,
            mail=["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"],
            first_m=["Jose", "Juan", "Mark", "Rodel", "Jericho", "Jomar", "Arnel", "Jun", "Erwin", "Ramil", "Nestor",
                     "Dindo", "Paolo", "Carlo", "Bong", "Ronaldo"],
            first_f=["Maria", "Ana", "Kristine", "Rhea", "Lovely", "Aileen", "Marites", "Liza", "Rowena", "Joy",
                     "Angelica", "Cherry", "Princess", "Mylene", "Jocelyn", "Camille"],
            last=["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
                  "Castillo", "Flores", "Villanueva", "Ramos", "Aquino", "Navarro", "Dela Cruz", "Dizon", "Mercado",
                  "Manalo", "Pascual", "Soriano", "Macaraeg", "Dimaculangan", "Magbanua"],
            towns=[("Quezon City", "11##", "", ["Brgy. Teachers Village East", "Brgy. Kamuning", "Brgy. Loyola Heights"]),
                   ("Manila", "10##", "", ["Malate", "Sampaloc", "Tondo"]),
                   ("Antipolo", "1870", "", ["Brgy. San Isidro", "Brgy. Dela Paz"]),
                   ("Cebu City", "6000", "", ["Brgy. Lahug", "Brgy. Guadalupe"]),
                   ("Davao City", "8000", "", ["Brgy. Buhangin", "Matina"]),
                   ("Iloilo City", "5000", "", ["Jaro", "Molo"]), ("Baguio", "2600", "", ["Brgy. Aurora Hill"]),
                   ("Batangas City", "4200", "", ["Brgy. Kumintang Ibaba"]),
                   ("Pasig", "16##", "", ["Brgy. Kapitolyo", "Brgy. Ugong"]), ("Lipa", "4217", "", ["Brgy. Marawoy"])],
            streets=["Mabini St.", "Rizal Ave.", "Sampaguita St.", "Kalayaan Ave.", "Bonifacio St.", "Luna St.",
                     "Del Pilar St.", "Narra St.", "Acacia St.", "Ilang-Ilang St.", "Maginhawa St.", "Gumamela St."],
            mob=[(p, 10) for p in ["917", "918", "927", "939", "945", "998", "906", "955"]],
            fix=[("28", 9), ("32", 9)],
            pfmt={"ph0": lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", "ph1": lambda n: f"0{n}", "ph2": lambda n: f"0{n[:3]}-{n[3:6]}-{n[6:]}"})

L_VN = _Loc("vi_VN", "vi", "VN", dob="vi", addr=_a_vn,
            mail=["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com"],
            first_m=["Hùng", "Tuấn", "Dũng", "Nam", "Hải", "Quân", "Khoa", "Long", "Bảo", "Minh", "Phúc", "Thắng"],
            first_f=["Lan", "Hương", "Mai", "Linh", "Trang", "Phương", "Thảo", "Vy", "Nhung", "Tâm", "Hà", "Ngọc"],
            last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                  "Ngô", "Dương", "Lý"],
            towns=[("Hà Nội", "", "Hà Nội", ["Quận Ba Đình", "Quận Hoàn Kiếm", "Quận Cầu Giấy", "Quận Đống Đa"]),
                   ("Sài Gòn", "", "TP. Hồ Chí Minh", ["Quận 1", "Quận 3", "Quận Bình Thạnh", "Quận Phú Nhuận"]),
                   ("Đà Nẵng", "", "Đà Nẵng", ["Quận Hải Châu", "Quận Sơn Trà"]),
                   ("Huế", "", "TP. Huế", ["Phường Phú Hội", "Phường Vĩnh Ninh"]),
                   ("Hải Phòng", "", "Hải Phòng", ["Quận Lê Chân", "Quận Ngô Quyền"]),
                   ("Cần Thơ", "", "Cần Thơ", ["Quận Ninh Kiều"]), ("Nha Trang", "", "Nha Trang, Khánh Hòa", ["Phường Lộc Thọ"]),
                   ("Đà Lạt", "", "Đà Lạt, Lâm Đồng", ["Phường 1", "Phường 8"])],
            streets=["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
                     "Phan Chu Trinh", "Nguyễn Huệ", "Võ Thị Sáu", "Hoàng Diệu"],
            mob=[(p, 9) for p in ["90", "91", "93", "96", "97", "98", "32", "33", "86", "88", "70", "77"]],
            fix=[("24", 10), ("28", 10)],
            pfmt={"vn0": lambda n: f"0{n}", "vn1": lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", "vn2": lambda n: f"0{n[:4]}.{n[4:]}"})
L_VN.middle_f = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Thùy"]
L_VN.middle_m = ["Văn", "Minh", "Đức", "Hữu", "Quốc", "Thanh", "Công"]

L_AF = _Loc("af_ZA", "af", "ZA", dob="af", addr=_a_af,
            mail=["gmail.com", "mweb.co.za", "telkomsa.net", "vodamail.co.za", "webmail.co.za"],
            first_m=["Pieter", "Johan", "Francois", "Hendrik", "Riaan", "Charl", "Jaco", "Petrus", "Gerrit", "Dawid",
                     "Wynand", "Danie", "Stefan", "Christo"],
            first_f=["Annelie", "Marietjie", "Elmarie", "Wilma", "Louise", "Anri", "Retha", "Karin", "Sunette", "Liezl",
                     "Carina", "Mariska", "Elsabé", "Nadia"],
            last=["van der Merwe", "Botha", "Pretorius", "Joubert", "du Plessis", "van Wyk", "Steyn", "Coetzee", "Nel",
                  "le Roux", "Venter", "Fourie", "Kruger", "Smit", "Viljoen", "Swanepoel", "Erasmus", "de Villiers"],
            towns=[("Stellenbosch", "7600"), ("Paarl", "7646"), ("Bloemfontein", "9301"), ("Pretoria", "0181"),
                   ("Potchefstroom", "2531"), ("George", "6529"), ("Worcester", "6850"), ("Oudtshoorn", "6625"),
                   ("Upington", "8801"), ("Bethlehem", "9701"), ("Montagu", "6720")],
            streets=["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Eikestraat", "Langstraat", "Rivierweg", "Hoofweg",
                     "Bergstraat", "Wilgerlaan", "Protealaan"],
            mob=L_ZA.mob, fix=[("21", 9), ("12", 9), ("51", 9), ("44", 9)])

L_SW = _Loc("sw_KE", "sw", "KE", dob="sw", addr=_a_ke,
            mail=["gmail.com", "yahoo.com", "outlook.com"],
            first_m=["Baraka", "Juma", "Faraji", "Salim", "Omari", "Kamau", "Otieno", "Kipchoge", "Musa", "Hamisi",
                     "Wafula", "Jabari"],
            first_f=["Amani", "Neema", "Wanjiru", "Achieng", "Halima", "Mwanaisha", "Zawadi", "Imani", "Rehema",
                     "Khadija", "Wambui", "Auma"],
            last=["Mwangi", "Otieno", "Kamau", "Wanjiku", "Njoroge", "Omondi", "Kiprono", "Mutua", "Odhiambo", "Chebet",
                  "Wekesa", "Barasa", "Mohamed", "Hassan", "Ochieng", "Kariuki"],
            towns=[("Nairobi", "00100", "", ["Westlands", "Kilimani", "Ngara", "South B"]),
                   ("Mombasa", "80100", "", ["Nyali", "Tudor"]), ("Kisumu", "40100", "", ["Milimani", "Kondele"]),
                   ("Nakuru", "20100", "", ["Milimani", "Section 58"]), ("Eldoret", "30100", "", ["Elgon View"]),
                   ("Nyeri", "10100", "", ["Ruringu"]), ("Thika", "01000", "", ["Makongeni"]),
                   ("Malindi", "80200", "", ["Shella"])],
            streets=["Barabara ya Ngong", "Moi Avenue", "Kenyatta Avenue", "Barabara ya Mombasa", "Oginga Odinga Street",
                     "Barabara ya Kimathi", "Biashara Street", "Barabara ya Lenana"],
            mob=[(p, 9) for p in ["70", "71", "72", "79", "74", "11"]], fix=[("20", 9)],
            pfmt={"ke0": lambda n: f"0{n[:3]} {n[3:]}", "ke1": lambda n: f"0{n}", "ke2": lambda n: f"+254{n}"})

L_DE = _Loc("de_DE", "de", "DE", faker="de_DE", dob="de", addr=_a_de, iban="DE",
            mail=["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
            towns=[("Freiburg im Breisgau", "791##"), ("Münster", "481##"), ("Leipzig", "041##"), ("Kassel", "341##"),
                   ("Regensburg", "930##"), ("Lübeck", "235##"), ("Bamberg", "960##"), ("Göttingen", "370##"),
                   ("Dresden", "010##"), ("Konstanz", "784##"), ("Heidelberg", "691##"), ("Bielefeld", "336##")],
            streets=["Lindenallee", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Am Markt",
                     "Kirchgasse", "Goethestraße", "Bergstraße", "Mühlenweg", "Rosenstraße", "Schulstraße"],
            mob=[("151", 11), ("160", 11), ("170", 11), ("171", 11), ("172", 11), ("175", 11), ("176", 11), ("157", 11)],
            fix=[("30", 10), ("761", 11), ("40", 10), ("341", 10), ("69", 10)],
            pfmt={"de0": lambda n: f"0{n[:3]}/{n[3:]}", "de1": lambda n: f"0{n[:3]} {n[3:]}"})

L_FR = _Loc("fr_FR", "fr", "FR", faker="fr_FR", dob="fr", addr=_a_fr, iban="FR",
            mail=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
            towns=[("Lyon", "6900%"), ("Nantes", "44000"), ("Rennes", "35000"), ("Montpellier", "34000"),
                   ("Lille", "59000"), ("Dijon", "21000"), ("Annecy", "74000"), ("Tours", "37000"), ("Grenoble", "38000"),
                   ("Bordeaux", "33000"), ("Strasbourg", "67000"), ("Angers", "49000")],
            streets=["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Victor Hugo",
                     "impasse des Chênes", "place du Marché", "rue Pasteur", "allée des Tilleuls", "chemin des Vignes",
                     "rue Nationale", "quai de la Loire", "rue du Moulin"],
            mob=[("6", 9), ("7", 9)], fix=[("1", 9), ("2", 9), ("4", 9), ("5", 9)],
            pfmt={"fr0": lambda n: "0" + n[0] + "." + ".".join(n[i:i + 2] for i in range(1, 9, 2)),
                  "fr1": lambda n: "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))})

L_ES = _Loc("es_ES", "es", "ES", faker="es_ES", dob="es", addr=_a_es, iban="ES",
            mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
            towns=[("Sevilla", "410##"), ("Valencia", "460##"), ("Zaragoza", "500##"), ("Málaga", "290##"),
                   ("Valladolid", "470##"), ("Granada", "180##"), ("Bilbao", "480##"), ("Salamanca", "370##"),
                   ("Córdoba", "140##"), ("Santander", "390##"), ("Oviedo", "330##"), ("Murcia", "300##")],
            streets=["Calle Mayor", "Avenida de la Constitución", "Calle Real", "Calle del Sol", "Calle San Fernando",
                     "Plaza de España", "Calle Sierpes", "Avenida de Andalucía", "Calle Larios", "Calle Ancha",
                     "Ronda de Triana", "Calle Nueva"],
            mob=L_CAT.mob, fix=[("95", 9), ("96", 9), ("976", 9), ("94", 9), ("98", 9)],
            pfmt={"es3": lambda n: f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"})

L_NL = _Loc("nl_NL", "nl", "NL", faker="nl_NL", dob="nl", addr=_a_nl, iban="NL",
            mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "xs4all.nl"],
            towns=[("Utrecht", "35%# &&"), ("Groningen", "97%# &&"), ("Haarlem", "20%# &&"), ("Eindhoven", "56%# &&"),
                   ("Leiden", "23%# &&"), ("Zwolle", "80%# &&"), ("Nijmegen", "65%# &&"), ("Delft", "26%# &&"),
                   ("Amersfoort", "38%# &&"), ("Deventer", "74%# &&")],
            streets=["Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Lange Nieuwstraat",
                     "Prinsengracht", "Julianalaan", "Emmastraat", "Herenweg", "Vismarkt", "Kastanjelaan"],
            mob=[("6", 9)], fix=[("20", 9), ("30", 9), ("10", 9), ("50", 9), ("71", 9)],
            pfmt={"nl0": lambda n: f"0{n[0]}-{n[1:]}", "nl1": lambda n: f"0{n[0]} {n[1:]}"})

L_IT = _Loc("it_IT", "it", "IT", faker="it_IT", dob="it", addr=_a_it, iban="IT",
            mail=["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it", "outlook.it"],
            towns=[("Bologna", "401##", "BO"), ("Torino", "101##", "TO"), ("Firenze", "501##", "FI"),
                   ("Verona", "371##", "VR"), ("Padova", "351##", "PD"), ("Bari", "701##", "BA"), ("Parma", "431##", "PR"),
                   ("Genova", "161##", "GE"), ("Lecce", "73100", "LE"), ("Trento", "38122", "TN")],
            streets=["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via Mazzini", "Via dei Mille",
                     "Viale Europa", "Via Dante Alighieri", "Via della Repubblica", "Vicolo Stretto", "Via San Vitale"],
            mob=[(p, 10) for p in ["320", "328", "333", "339", "347", "348", "349", "380", "392"]],
            fix=[("2", 10), ("51", 10), ("11", 10), ("55", 10)])

L_PL = _Loc("pl_PL", "pl", "PL", faker="pl_PL", dob="pl", addr=_a_pl, iban="PL",
            mail=["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
            towns=[("Kraków", "31-###"), ("Wrocław", "50-###"), ("Gdańsk", "80-###"), ("Poznań", "60-###"),
                   ("Łódź", "90-###"), ("Lublin", "20-###"), ("Toruń", "87-100"), ("Katowice", "40-###"),
                   ("Białystok", "15-###"), ("Rzeszów", "35-###"), ("Olsztyn", "10-###")],
            streets=["ul. Długa", "ul. Floriańska", "ul. Mickiewicza", "ul. Kościuszki", "ul. Ogrodowa", "ul. Polna",
                     "al. Jana Pawła II", "ul. Lipowa", "ul. Słoneczna", "ul. Piotrkowska", "ul. Szeroka", "ul. Kwiatowa"],
            mob=[(p, 9) for p in ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]],
            fix=[("12", 9), ("22", 9), ("58", 9), ("61", 9), ("71", 9)],
            pfmt={"pl0": lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", "pl1": lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"})

L_PT = _Loc("pt_PT", "pt", "PT", faker="pt_PT", dob="pt", addr=_a_pt, iban="PT",
            mail=["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
            towns=[("Lisboa", "1%##-###"), ("Porto", "40##-###"), ("Coimbra", "3000-###"), ("Braga", "4700-###"),
                   ("Aveiro", "3800-###"), ("Faro", "8000-###"), ("Évora", "7000-###"), ("Viseu", "3500-###"),
                   ("Setúbal", "2900-###"), ("Guimarães", "4800-###")],
            streets=["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Rua do Carmo", "Travessa do Norte",
                     "Rua Direita", "Largo do Rato", "Rua das Flores", "Avenida da República", "Rua de Cedofeita"],
            mob=[(p, 9) for p in ["91", "92", "93", "96"]], fix=[("21", 9), ("22", 9), ("239", 9)])


# --------------------------------------------------------------------------------------------
# free-text templates
# --------------------------------------------------------------------------------------------

TEMPLATES = []


def _tpl(lang, country, shape):
    def deco(fn):
        fn.lang, fn.country, fn.shape = lang, country, shape
        TEMPLATES.append(fn)
        return fn
    return deco


def _pick(rng, *opts):
    return rng.choice(opts)


# ---------------- English: United States ----------------

@_tpl("en", "US", "e-mail with signature and business address")
def t_us_steno_request(rng):
    L = L_US
    c, rep = L.person(rng), L.person(rng)
    firm = _pick(rng, "Whitaker & Boyle LLP", "Harmon Legal Group", "Castellano Law Office", "Brightwater Legal PLLC")
    case = f"{rng.randint(20, 26)}-CV-{rng.randint(1000, 9999)}"
    baddr, _ = L.addr(rng, unit=True)
    d = _Doc()
    d.f("From: {n} <{e}>\nTo: {role}\nSubject: {subj} – Case No. {case}\n\n",
        n=PER(c.full), e=EML(c.email), role=EML(_pick(rng, "scheduling@veritasreporting.com", "orders@lexscribe-transcripts.com")),
        subj=_pick(rng, "Expedited transcript request", "Deposition transcript", "Re: realtime feed for hearing"), case=case)
    d.f("Hi {rep},\n\n", rep=PER(rep.first))
    d.f(_pick(rng, "Could you send the certified transcript of the {dt} deposition by {due}? ",
              "We need the rough draft from the {dt} hearing no later than {due}. "), dt=L.date(rng, -30, -1), due=L.date(rng, 1, 14))
    d.f("Our invoice ref is INV-{inv} ({amt}) and the exhibit list runs to {ex} pages. "
        "Please bill the firm card ending {l4}, not my personal one.\n\n",
        inv=_rs(rng, _DIG, 6), amt=_amount(rng, "$", 180, 2400), ex=rng.randint(12, 240), l4=_last4(rng))
    d.f("Thanks,\n{n}\nParalegal | {firm}\n{addr}\nDirect: {ph}  Fax: {fx}\n",
        n=PER(c.first + " " + c.last), firm=firm, addr=ADR(baddr), ph=PHN(L.phone(rng, "m", "dash")),
        fx=PHN(L.phone(rng, "m", "paren")))
    return d


@_tpl("en", "US", "lower-case speech-to-text transcript")
def t_us_stt_intake(rng):
    L = L_US
    p = L.person(rng)
    d = _Doc()
    line, _t = L.addr(rng, unit=False)
    dob = _birth(rng)
    spoken = f"{_mon('en', dob).lower()} {dob.day} {dob.year}"
    d.f("[auto-transcript, confidence 0.{c}] ", c=rng.randint(71, 96))
    d.f("agent: thank you for calling veritas court reporting this is {a} how can i help\n",
        a=PER(L.first(rng).lower()))
    d.f("caller: hi yeah um my name is {n} i was a witness in the {town} hearing last week and i need a copy of my testimony\n",
        n=PER(p.full.lower()), town=_pick(rng, "county", "district", "family court"))
    d.f("agent: sure can i get your date of birth\ncaller: it's {dob}\n", dob=DOB(spoken))
    d.f("agent: and a mailing address\ncaller: {addr}\n", addr=ADR(line.lower()))
    d.f("agent: best number to reach you\ncaller: {ph} uh that's my cell\n", ph=PHN(L.phone(rng, "m", "dash")))
    d.f("agent: okay your request number is {ref} you'll get an email at {e}\ncaller: great thanks\n",
        ref=_rs(rng, _DIG, 7), e=EML(p.email))
    return d


@_tpl("en", "US", "JSON lines application log")
def t_us_jsonl(rng):
    L = L_US
    d = _Doc()
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(5)
        ts = _ts(rng)
        if k == 0:
            p = L.person(rng)
            d.add('{"ts":"' + ts + '","level":"INFO","svc":"booking-api","msg":"login ok","user":"')
            d.add(p.email, "EMAIL_ADDRESS")
            d.add('","ip":"')
            d.add(_ip4(rng), "IP_ADDRESS")
            d.add('","sid":"' + _uuid(rng) + '"}\n')
        elif k == 1:
            d.add('{"ts":"' + ts + '","level":"DEBUG","svc":"gateway","upstream":"' + _priv_ip(rng) + ':8080","latency_ms":'
                  + str(rng.randint(3, 900)) + ',"build":"' + _ver(rng) + '"}\n')
        elif k == 2:
            d.add('{"ts":"' + ts + '","level":"WARN","svc":"payments","msg":"card declined","card":"' + _masked_card(rng)
                  + '","order":"' + _ref(rng, "ORD-") + '","amount":' + f"{rng.uniform(20, 600):.2f}" + '}\n')
            if rng.random() < 0.5:
                d.add('{"ts":"' + ts + '","level":"DEBUG","svc":"payments","msg":"raw gateway request","pan":"')
                d.add(_card(rng, ""), "CREDIT_CARD")
                d.add('","exp":"' + _expiry(rng) + '","cvv":"' + _rs(rng, _DIG, 3) + '"}\n')
        elif k == 3:
            p = L.person(rng)
            d.add('{"ts":"' + ts + '","level":"ERROR","svc":"signup","msg":"validation failed","payload":{"name":"')
            d.add(p.full, "PERSON")
            d.add('","phone":"')
            d.add(L.phone(rng, "m", "e164"), "PHONE_NUMBER")
            d.add('","password":"')
            d.add(_pwd(rng), "PASSWORD")
            d.add('"}}\n')
        else:
            d.add('{"ts":"' + ts + '","level":"INFO","svc":"auth","msg":"token refreshed","client_ip":"')
            d.add(_ip6(rng) if rng.random() < 0.4 else _ip4(rng), "IP_ADDRESS")
            d.add('","pw_hash":"' + _bcrypt(rng) + '"}\n')
    return d


@_tpl("en", "US", "web-server access log")
def t_us_access_log(rng):
    L = L_US
    d = _Doc()
    for _ in range(rng.randint(3, 6)):
        day = _day(rng, -20, 0)
        stamp = f"[{day.day:02d}/{day.strftime('%b')}/{day.year}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000]"
        ua = _pick(rng, f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{rng.randint(118, 131)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 200)}",
                   f"curl/{rng.randint(7, 8)}.{rng.randint(40, 88)}.{rng.randint(0, 3)}", "kube-probe/1.29")
        k = rng.randrange(4)
        if k == 3:
            d.f('{ip} - - {st} "GET /healthz HTTP/1.1" 200 2 "-" "{ua}"\n', ip=_priv_ip(rng), st=stamp, ua=ua)
            continue
        d.f("{ip} - - {st} ", ip=IP(_ip4(rng) if rng.random() < 0.8 else _ip6(rng)), st=stamp)
        if k == 0:
            p = L.person(rng)
            d.f('"GET /newsletter/unsubscribe?email={e}&list=honey-club HTTP/1.1" 302 0 "-" "{ua}"\n', e=EML(p.email), ua=ua)
        elif k == 1:
            d.f('"POST /api/v2/bookings/{bk}/confirm HTTP/2.0" 201 {b} "https://skyward-balloons.example/checkout" "{ua}"\n',
                bk=_booking(rng), b=rng.randint(80, 2000), ua=ua)
        else:
            d.f('"GET /static/app.{h}.js HTTP/1.1" 200 {b} "-" "{ua}"\n', h=_sha(rng, 10), b=rng.randint(2000, 90000), ua=ua)
    return d


@_tpl("en", "US", "OCR'd paper form")
def t_us_ocr_w9(rng):
    L = L_US
    p = L.person(rng)
    d = _Doc()
    lines, _t = L.addr_lines(rng)
    d.f("VERITAS COURT REP0RTING — FREELANCE REP0RTER ONB0ARDING\n(scanned {dt}, p. 1 of 2)\n\n", dt=L.date(rng, -40, 0))
    d.f("1 Narne (as shown on your income tax return)   {n}\n", n=PER(f"{p.first} {p.last}".upper() if rng.random() < 0.5 else p.full))
    d.f("2 Business name / disregarded entity:  {b}\n", b=_pick(rng, "N/A", "-", "none", "sole prop."))
    d.f("5 Address (nurnber, street, apt.)   {a}\n6 City, state, ZIP   {c}\n",
        a=ADR(lines[0]), c=ADR(lines[1]))
    d.f("Part I  Taxpayer Identification Nurnber\n  Social security nurnber  {s}\n", s=SSN(_ssn(rng, rng.choice(["-", " "]))))
    d.f("  D.O.B.  {dob}      NCRA cert # {cert}\n", dob=DOB(p.dob), cert=f"RPR-{rng.randint(10000, 99999)}")
    d.f("Direct deposit:  ABA/routing {r}   acct no. {a}   ( ) savings (x) checking\n",
        r=_routing(rng), a=BANK(_us_acct(rng)))
    d.f("Signature: ~~{sig}~~   Date: {dt}\n", sig=_pick(rng, "illegible", "[signed]", "/s/"), dt=L.date(rng, -40, 0))
    return d


@_tpl("en", "US", "Slack export")
def t_us_slack(rng):
    L = L_US
    a, b, c = (L.person(rng) for _ in range(3))
    hb = b.first.lower()
    d = _Doc()
    key = _apikey(rng, rng.choice(["stripe", "sendgrid", "github", "openai"]))
    d.f("#eng-bookings  —  exported {dt}\n", dt=_TODAY.isoformat())
    _hm = _Clock(rng)
    d.f("{a}  {t1}\n  prod deploy {v} is out, webhook retries look fine\n", a=PER(a.first + " " + a.last), t1=_hm(rng), v=_ver(rng))
    d.f("{b}  {t2}\n  heads up I pasted the live key in #general by accident: {k}\n  rotating it now\n",
        b=PER(hb), t2=_hm(rng), k=KEY(key))
    d.f("{c}  {t3}\n  ugh. also the publishable one ({pk}) is fine to leave, it's public. revoked key id {kid}\n",
        c=PER(c.full), t3=_hm(rng), pk=_pubkey(rng), kid=_uuid(rng))
    d.f("{a}  {t4}\n  thx @{ha}. staging db is still {ip}, sha {sha}\n", a=PER(a.first), t4=_hm(rng), ha=PER(hb),
        ip=_priv_ip(rng), sha=_sha(rng, 40))
    return d


@_tpl("en", "US", "ticket with internal notes")
def t_us_payout_ticket(rng):
    L = L_US
    p = L.person(rng)
    ag = L.person(rng)
    d = _Doc()
    d.f("Ticket #{t} · Freelancer payouts · Priority: normal\nRequester: {n} <{e}>\n\n",
        t=rng.randint(40000, 99999), n=PER(p.full), e=EML(p.email))
    d.f("Customer wrote:\nHi, please switch my payouts to my new account. Routing {r}, account {a}. "
        "Old account ended in {l4}. My SSN on file should be {s} if you need to verify.\n\n",
        r=_routing(rng), a=BANK(_us_acct(rng)), l4=_last4(rng), s=SSN(_ssn(rng)))
    d.f("--- Internal note ({ag}, {dt}) ---\nVerified by callback to {ph}. Last-4 SSN match (***-**-{s4}). "
        "Updated in Gusto, effective pay run {pr}. Do NOT paste full numbers in tickets again.\n",
        ag=PER(ag.first + " " + ag.last[0] + "."), dt=L.date(rng, -10, 0), ph=PHN(p.phone), s4=_last4(rng),
        pr=L.date(rng, 1, 20))
    return d


@_tpl("en", "US", "court transcript excerpt")
def t_us_deposition(rng):
    L = L_US
    w = L.person(rng)
    atty = L.person(rng)
    addr, t = L.addr(rng, unit=False)
    d = _Doc()
    d.f("{page}\n  1   DEPOSITION OF {W}\n  2   EXAMINATION BY {T} {A}:\n", page=rng.randint(4, 80),
        W=PER(w.full.upper()), T="MS." if atty.female else "MR.", A=PER(atty.last.upper()))
    d.f("  3   Q.  Please state your full name for the record.\n  4   A.  {n}.\n", n=PER(w.full))
    d.f("  5   Q.  And where do you currently reside?\n  6   A.  {a}.\n", a=ADR(addr))
    d.f("  7   Q.  How long have you lived in {t}?\n  8   A.  About {y} years. Before that I lived in {o}.\n",
        t=LOC(t.name), y=rng.randint(2, 30), o=LOC(L.town(rng).name))
    d.f("  9   Q.  I'm handing you what's been marked Exhibit {ex}. Is that your signature?\n 10   A.  Yes.\n",
        ex=rng.randint(3, 40))
    h = rng.randint(9, 15)
    d.f(" 11   (Whereupon, a recess was taken from {h1} to {h2}.)\n", h1=f"{h}:{rng.randint(0, 29):02d}", h2=f"{h}:{rng.randint(31, 59):02d}")
    return d


@_tpl("en", "US", "notification subjects")
def t_us_notifications(rng):
    L = L_US
    d = _Doc()
    for _ in range(rng.randint(4, 6)):
        k = rng.randrange(6)
        if k == 0:
            d.f("[Stripe] Payment of {amt} from {n} succeeded\n", amt=_amount(rng, "$", 40, 900), n=PER(L.person(rng).full))
        elif k == 1:
            d.f("Your flight {bk} on {dt} is confirmed — meet at the launch field 30 min before sunrise\n",
                bk=_booking(rng), dt=L.date(rng, 2, 60))
        elif k == 2:
            d.f("New voicemail from {ph} (0:{s})\n", ph=PHN(L.phone(rng, "m", rng.choice(["paren", "dash", "e164"]))), s=f"{rng.randint(5, 59):02d}")
        elif k == 3:
            d.f("Reminder: order {o} ships {dt} via UPS {trk}\n", o=_ref(rng, "#"), dt=L.date(rng, 1, 10),
                trk="1Z" + _rs(rng, _UP + _DIG, 16))
        elif k == 4:
            p = L.person(rng)
            d.f("{n} shared \"Q3 honey harvest.xlsx\" with you\n", n=PER(p.first + " " + p.last))
        else:
            d.f("Your verification code is {c}. It expires in 10 minutes.\n", c=_otp(rng))
    return d


@_tpl("en", "US", "logfmt key=value log")
def t_us_logfmt(rng):
    L = L_US
    d = _Doc()
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(4)
        d.f("time={ts} level={lv} ", ts=_ts(rng), lv=_pick(rng, "info", "warn", "debug"))
        if k == 0:
            p = L.person(rng)
            d.f("msg=\"voucher redeemed\" customer_email={e} remote_addr={ip} voucher={v}\n",
                e=EML(p.email), ip=IP(_ip4(rng)), v=f"SKY-{_booking(rng)}")
        elif k == 1:
            d.f("msg=\"charge\" card={mc} exp={ex} amount={a} currency=USD idempotency_key={u}\n",
                mc=_masked_card(rng).replace(" ", ""), ex=_expiry(rng), a=rng.randint(1500, 90000), u=_uuid(rng))
        elif k == 2:
            d.f("msg=\"smtp auth\" host={h} user={u} pass={pw}\n", h=_priv_ip(rng),
                u=EML(_pick(rng, "bookings@skyward-balloons.com", "noreply@upandaway-balloons.com")), pw=PWD(_pwd(rng)))
        else:
            d.f("msg=\"sms sent\" to={ph} template=pickup_reminder provider_sid={sid} modem_imei={imei}\n",
                ph=PHN(L.phone(rng, "m", "e164")), sid="SM" + _sha(rng, 32), imei=_imei(rng))
    return d


# ---------------- English: United Kingdom ----------------

@_tpl("en", "GB", "e-mail with '>'-quoted reply")
def t_gb_honey_quoted(rng):
    L = L_GB
    p, ag = L.person(rng), L.person(rng)
    old_lines, _t_old = L.addr_lines(rng)
    new_addr, t_new = L.addr(rng)
    sub = f"HC-{rng.randint(10000, 99999)}"
    d = _Doc()
    d.f("Subject: Re: Your Honey Club box – subscription {sub}\n\n", sub=sub)
    d.f(_pick(rng, "Hi {ag},\n\n", "Hello {ag},\n\n", "Dear {ag}\n\n"), ag=PER(ag.first))
    d.f("Sorry, I should have said – we moved to {town} last month. New address is {a}. "
        "The heather jar can stay in the box, the rest as usual please.\n\n",
        town=LOC(t_new.name), a=ADR(new_addr))
    d.f("{n}\n{ph}\n\n", n=PER(_pick(rng, p.first, p.full, p.first[0] + ". " + p.last)), ph=PHN(p.phone))
    d.f("On {dt}, Hive & Heather Supplies <{role}> wrote:\n", dt=L.date(rng, -10, -1),
        role=EML("hello@hiveandheather.co.uk"))
    d.add("> Dear ")
    d.add(_pick(rng, p.first, f"{p.first} {p.last}"), "PERSON")
    d.add(",\n> Your next box ({kg} kg, {fl}) is due to dispatch on {dt} to:\n".format(
        kg=rng.choice(["0.9", "1.2", "2.4"]), fl=rng.choice(["wildflower", "borage", "ling heather"]),
        dt=L.date(rng, 1, 10)))
    d.quoted(">   ", [(ln, "STREET_ADDRESS") for ln in old_lines])
    d.add("> Card on file: " + _masked_card(rng) + ", exp " + _expiry(rng) + "\n> Reply to this e-mail if anything has changed.\n")
    return d


@_tpl("en", "GB", "form dump (key: value)")
def t_gb_honey_form(rng):
    L = L_GB
    p = L.person(rng)
    d = _Doc()
    d.f("=== New web form submission: honey-club-signup (id {id}) ===\n", id=_uuid(rng))
    d.f("title: {t}\nfirst_name: {f}\nlast_name: {l}\n", t=_pick(rng, "Mr", "Mrs", "Ms", "Dr", "Mx"), f=PER(p.first), l=PER(p.last))
    d.f("email: {e}\nphone: {ph}\n", e=EML(p.email), ph=PHN(p.phone))
    d.f("date_of_birth: {dob}\n", dob=DOB(L.dob(rng)))
    d.f("address: {a}\n", a=ADR(p.addr.replace("\n", ", ")))
    d.f("plan: {pl}\nprice: {pr}\ncard_number: {c}\ncard_expiry: {ex}\ncvc: {cvc}\n",
        pl=_pick(rng, "Monthly 2 jars", "Quarterly comb box", "Gift – 6 months"), pr=_amount(rng, "£", 9, 60),
        c=CC(_card(rng)), ex=_expiry(rng), cvc=_rs(rng, _DIG, 3))
    d.f("gift_message: {m}\nmarketing_opt_in: {o}\nsubmitted_at: {ts}\nip: {ip}\n",
        m=_pick(rng, "Happy birthday Mum!", "-", "For the beekeeping course, love from us all"),
        o=_pick(rng, "yes", "no"), ts=_ts(rng), ip=IP(_ip4(rng)))
    return d


@_tpl("en", "GB", "config snippet (.env)")
def t_gb_env(rng):
    L = L_GB
    d = _Doc()
    d.f("# stitch-and-crest webshop — production .env (DO NOT COMMIT)\nAPP_VERSION={v}\nAPP_URL=https://shop.stitchandcrest.co.uk\n",
        v=_ver(rng))
    d.f("DB_HOST={h}\nDB_USER=shop_rw\nDB_PASSWORD={pw}\n", h=_priv_ip(rng), pw=PWD(_pwd(rng)))
    d.f("STRIPE_PUBLISHABLE_KEY={pk}\nSTRIPE_SECRET_KEY={sk}\n", pk="pk_live_" + _rs(rng, _ALNUM, 24), sk=KEY(_apikey(rng, "stripe")))
    d.f("MAIL_FROM={mf}\nMAIL_PASSWORD={mp}\nADMIN_NOTIFY={ad}\n", mf=EML("orders@stitchandcrest.co.uk"),
        mp=PWD(_pwd(rng)), ad=EML(L.person(rng).email))
    d.f("SESSION_SECRET_HASH={h}\nFEATURE_FLAGS=embroidery_preview,bulk_upload\nCACHE_TTL={ttl}\n", h=_sha(rng), ttl=rng.choice([60, 300, 3600]))
    if rng.random() < 0.5:
        d.f("GOOGLE_MAPS_KEY={k}\n", k=KEY(_apikey(rng, "google")))
    return d


@_tpl("en", "GB", "no-PII notice")
def t_gb_range_notice(rng):
    L = L_GB
    d = _Doc()
    town = L.town(rng).name
    d.f("{club} — RANGE NOTICE {dt}\n\n", club=_pick(rng, "Sherwood Bowmen", "Robin Hood Archers", "Fletcher's Field Archery"),
        dt=L.date(rng, -5, 5))
    d.f("The {town} outdoor range will be closed from {d1} to {d2} for re-turfing. The indoor hall (door code {code}) "
        "stays open {h1}–{h2}. New bosses arrive on order {o} ({amt}).\n", town=town, d1=L.date(rng, 1, 5), d2=L.date(rng, 6, 20),
        code=f"{rng.randint(1000, 9999)}#", h1=f"{rng.randint(7, 10)}:00", h2=f"{rng.randint(19, 22)}:00", o=_ref(rng, "PO-"), amt=_amount(rng, "£", 200, 1400))
    d.f("Targets at 18 m and 30 m only; max draw weight {w} lb for juniors. Field course grid ref {gps}. "
        "Scoring app updated to {v}. Members' insurance renews {r} (policy {pol}).\n",
        w=rng.randint(18, 30), gps=_gps(rng, 53.2, -1.1), v=_ver(rng), r=L.date(rng, 10, 60), pol=f"AGB-{_rs(rng, _DIG, 8)}")
    return d


@_tpl("en", "GB", "lower-case speech-to-text voicemail")
def t_gb_voicemail(rng):
    L = L_GB
    p = L.person(rng)
    d = _Doc()
    line = L.street_line(rng)
    d.f("voicemail transcript · {dt} {hm} · from {ph}\n", dt=L.date(rng, -3, 0), hm=_hm(rng), ph=PHN(p.phone))
    d.f("hiya it's {n} from {st} erm the big pane in our back door got cracked by the wind last night "
        "can someone come and board it up today if poss the dog's called {pet} he's friendly "
        "my mobile's {ph} or email me {e} ta bye\n",
        n=PER(_pick(rng, p.first.lower(), p.full.lower())), st=ADR(line.lower()), pet=_pick(rng, "biscuit", "bramble", "monty", "pickle"),
        ph=PHN(L.phone(rng, "m", "nat")), e=EML(p.email))
    return d


# ---------------- English: Ireland ----------------

@_tpl("en", "IE", "WhatsApp chat export")
def t_ie_whatsapp(rng):
    _hm = _Clock(rng)
    L = L_IE
    a, b, c = L.person(rng), L.person(rng), L.person(rng)
    day = _day(rng, -40, 0)
    ds = f"{day.day:02d}/{day.month:02d}/{day.year}"
    d = _Doc()
    d.f("[{ds}, {h}] {a}: Range is booked for Sat, coach is {b} this week\n", ds=ds, h=_hm(rng), a=PER(a.full), b=PER(b.first))
    d.f("[{ds}, {h}] {b}: 👍 door code is {code}, bring your own arrows, club ones are split\n", ds=ds, h=_hm(rng),
        b=PER(b.full), code=rng.randint(1000, 9999))
    d.f("[{ds}, {h}] {c}: Can't make it, flying to {dest} Fri. My new number is {ph} btw\n",
        ds=ds, h=_hm(rng), c=PER(c.full), dest=LOC(_pick(rng, "Lanzarote", "Boston", "Kraków", "Toronto", "Lisbon")), ph=PHN(L.phone(rng, "m", "nat")))
    d.f("[{ds}, {h}] {a}: No bother. Membership renewals to {e} by the {dd}th pls ({amt})\n", ds=ds, h=_hm(rng),
        a=PER(a.full), e=EML(_pick(rng, "treasurer@kilkennyarchers.ie", "secretary@westportbowmen.ie")),
        dd=rng.randint(10, 28), amt=_amount(rng, "€", 40, 120))
    d.f("[{ds}, {h}] {c}: <Media omitted>\n", ds=ds, h=_hm(rng), c=PER(c.full))
    return d


@_tpl("en", "IE", "Teams chat export")
def t_ie_teams(rng):
    _hm = _Clock(rng)
    L = L_IE
    a, b = L.person(rng), L.person(rng)
    cust = L.person(rng, female=True)
    d = _Doc()
    an, bn = f"{a.last}, {a.first}", f"{b.last}, {b.first}"
    d.f("{an}  {h}\nanyone know why {cn}'s honey subscription bounced? card ends {l4}\n", an=PER(an), h=_hm(rng),
        cn=PER(cust.first + " " + cust.last), l4=_last4(rng))
    d.f("{bn}  {h}\nexpired {ex}. I rang her on {ph}, she's moved to {town}, will update the address\n", bn=PER(bn), h=_hm(rng),
        ex=_expiry(rng), ph=PHN(cust.phone), town=LOC(cust.town.name))
    d.f("{bn}  {h}\nnew one: {ad}\n", bn=PER(bn), h=_hm(rng), ad=ADR(cust.addr))
    d.f("{an}  {h}\nlegend. ticket {t} closed. Dispatch from the Athlone depot as usual\n", an=PER(an), h=_hm(rng), t=_ref(rng, "HC-"))
    return d


@_tpl("en", "IE", "e-mail with IBAN and signature")
def t_ie_supplier_iban(rng):
    L = L_IE
    p, q = L.person(rng), L.person(rng)
    baddr, _ = L.addr(rng, unit=False)
    d = _Doc()
    d.f("Hi {q},\n\nThanks for the order of {n} national hives and {f} frames (PO {po}, {amt}). "
        "Could you pay by transfer to the account below? Our old AIB account is closed.\n\n",
        q=PER(q.first), n=rng.randint(2, 12), f=rng.randint(20, 200), po=_ref(rng, "PO"), amt=_amount(rng, "€", 300, 4000))
    d.f("Account name: Golden Comb Apiaries Ltd\nIBAN: {iban}\nBIC: {bic}\n\n", iban=IBAN(_iban(rng, "IE")), bic=_swift(rng))
    d.f("Delivery to {town} is Thursday, the driver will ring ahead.\n\nKind regards,\n{p}\nGolden Comb Apiaries\n{ba}\nT: {t} | M: {m}\n{e}\n",
        town=_pick(rng, "your Cork depot", "the Galway branch", "your Ennis shop"), p=PER(p.full), ba=ADR(baddr),
        t=PHN(L.phone(rng, "f")), m=PHN(L.phone(rng, "m")), e=EML(p.email))
    return d


@_tpl("en", "IE", "ticket with internal notes")
def t_ie_glazier_ticket(rng):
    L = L_IE
    p = L.person(rng)
    tech = L.person(rng)
    d = _Doc()
    d.f("JOB {j} | Emergency glazing | Status: scheduled\nCustomer: {title} {n}\nSite: {a}\nContact: {ph}\n\n",
        j=_ref(rng, "GL-"), title=_pick(rng, "Mr", "Ms", "Mrs"), n=PER(p.last), a=ADR(p.addr.replace("\n", ", ")), ph=PHN(p.phone))
    d.f("Description: Shop front pane cracked, 2400 x 1800 toughened, {mm}mm. Quote {q} accepted ({amt}).\n",
        mm=rng.choice([6, 8, 10]), q=_ref(rng, "Q-"), amt=_amount(rng, "€", 250, 2200))
    d.f("Internal: {tech} to attend {dt} {hm}. Customer works nights, ring {alt} first, NOT the landline. "
        "Paid deposit by card ****{l4}.\n", tech=PER(tech.first), dt=L.date(rng, 0, 5), hm=_hm(rng),
        alt=PHN(L.phone(rng, "m")), l4=_last4(rng))
    return d


# ---------------- English: Australia ----------------

@_tpl("en", "AU", "forwarded e-mail")
def t_au_forward(rng):
    L = L_AU
    p, fw = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("FYI — see below, can you book them on the {town} sunrise flight?\n\n{fw}\n\n", town=_pick(rng, "Yarra Valley", "Hunter Valley", "Canberra", "Byron"),
        fw=PER(fw.first))
    d.f("---------- Forwarded message ---------\nFrom: {n} <{e}>\nDate: {dt}\nSubject: Voucher {v} – two passengers\nTo: {to}\n\n",
        n=PER(p.full), e=EML(p.email), dt=L.date(rng, -10, 0), v=f"UAB-{_booking(rng)}", to=EML("bookings@upandawayballooning.com.au"))
    q = L.person(rng)
    d.f("G'day, I'd like to redeem this voucher for me and {q}. We're driving up from {home}. "
        "Combined weight approx {kg} kg. Best on my mobile {ph}.\nCheers, {pf}\n",
        q=PER(q.first), home=LOC(p.town.name), kg=rng.randint(120, 190), ph=PHN(L.phone(rng, "m", "nat")), pf=PER(p.first))
    return d


@_tpl("en", "AU", "rows pasted from a spreadsheet")
def t_au_manifest_rows(rng):
    L = L_AU
    d = _Doc()
    d.add("Pax\tName\tDOB\tMobile\tWeight kg\tHome suburb\tBooking\tPaid\n")
    for i in range(rng.randint(3, 5)):
        p = L.person(rng)
        d.f("{i}\t{n}\t{dob}\t{ph}\t{kg}\t{sub}\t{bk}\t{paid}\n", i=i + 1,
            n=PER(f"{p.last.upper()}, {p.first}" if rng.random() < 0.4 else p.full),
            dob=DOB(L.dob(rng, rng.choice([0, 0, 3]))), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "plain"]))),
            kg=rng.randint(48, 120), sub=LOC(p.town.name), bk=_booking(rng), paid=_pick(rng, "Y", "N", "voucher"))
    d.f("\t\t\t\tTOTAL {t}\t\t\t\n", t=rng.randint(200, 500))
    return d


@_tpl("en", "AU", "live chat transcript")
def t_au_chat_card(rng):
    L = L_AU
    p = L.person(rng)
    agent = L.first(rng)
    d = _Doc()
    d.f("Chat started {dt} {hm} · Longbow Archery Supplies\n", dt=L.date(rng, -30, 0), hm=_hm(rng))
    d.f("{ag} (agent): Hi! How can I help?\n", ag=PER(agent))
    d.f("{n}: hi, ordering the 68\" recurve kit but checkout keeps failing. card is {c} exp {ex}\n",
        n=PER(p.full), c=CC(_card(rng)), ex=_expiry(rng))
    d.f("{ag} (agent): Please don't share card numbers in chat – I've masked it on our side. Can you try again? "
        "Your cart id is {cart}.\n", ag=PER(agent), cart=_uuid(rng))
    d.f("{n}: ok done. ship to {a} pls\n", n=PER(p.first), a=ADR(p.addr.replace("\n", ", ")))
    d.f("{ag} (agent): Done – order {o}, tracking will go to {e}.\n", ag=PER(agent), o=_ref(rng, "LB"), e=EML(p.email))
    return d


@_tpl("en", "AU", "SMS thread")
def t_au_sms(rng):
    L = L_AU
    p = L.person(rng)
    d = _Doc()
    d.f("SMS with {ph}\n", ph=PHN(p.phone))
    d.f("< Hi {f}, Skyward Balloons here. Winds look good for {dt}. Pickup 4:45am from the Holiday Inn, booking {bk}. Reply Y to confirm\n",
        f=PER(p.first), dt=L.date(rng, 1, 10), bk=_booking(rng))
    d.f("> Y. Can my sister {s} come too? She's flying in from {town} that morning\n",
        s=PER(L.first(rng)), town=LOC(_pick(rng, "Perth", "Darwin", "Auckland", "Singapore", "Hobart")))
    d.f("< Sorry, basket's full. Next free seat {d2}, {amt}pp. Code {c} gives 10% off\n", d2=L.date(rng, 11, 30),
        amt=_amount(rng, "$", 280, 480), c=f"SKY{rng.randint(10, 99)}")
    return d


# ---------------- English: Canada ----------------

@_tpl("en", "CA", "live chat transcript")
def t_ca_glazier_chat(rng):
    _hm = _Clock(rng)
    L = L_CA
    p = L.person(rng)
    ag = L.person(rng)
    d = _Doc()
    d.f("ClearView Glazing – web chat #{id}\n", id=rng.randint(100000, 999999))
    d.f("[{hm}] Visitor: hi my sliding patio door glass shattered, do you do same day?\n", hm=_hm(rng))
    d.f("[{hm}] {ag}: Hi, I'm {agf}. Yes in most of {svc}. What's the address?\n", hm=_hm(rng), ag=PER(ag.first + " " + ag.last[0] + "."),
        agf=PER(ag.first), svc=_pick(rng, "the service area", "our Kingston and Guelph zones"))
    d.f("[{hm}] Visitor: {a}\n", hm=_hm(rng), a=ADR(p.addr.replace("\n", ", ")))
    d.f("[{hm}] {ag}: Got it. Name and number for the tech?\n[{hm2}] Visitor: {n}, {ph}\n", hm=_hm(rng),
        ag=PER(ag.first + " " + ag.last[0] + "."), hm2=_hm(rng), n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["dash", "nat", "one"]))))
    d.f("[{hm}] {ag}: Booked for {dt}, window 1–5pm. Ref {r}. Sealed unit {w} x {h} in.\n", hm=_hm(rng),
        ag=PER(ag.first + " " + ag.last[0] + "."), dt=L.date(rng, 0, 3), r=_ref(rng, "CV-"), w=rng.randint(30, 72), h=rng.randint(60, 96))
    return d


@_tpl("en", "CA", "e-mail with multi-line quoted address")
def t_ca_quote_reply(rng):
    L = L_CA
    p = L.person(rng)
    lines, _t = L.addr_lines(rng)
    d = _Doc()
    d.f("Sure – the quote {q} for the three basement windows ({amt} + HST) works for us. Please go ahead.\n\n",
        q=_ref(rng, "Q"), amt=_amount(rng, "$", 600, 3800))
    d.f("{n}\n{ph}\n\n", n=PER(p.full), ph=PHN(p.phone))
    d.f("-----Original Message-----\nFrom: Hartley Glass & Glazing <{e}>\nSent: {dt}\n\n", e=EML("quotes@hartleyglass.ca"),
        dt=L.date(rng, -10, -1))
    d.quoted("> ", ["Quote prepared for:", (p.full, "PERSON")] + [(ln, "STREET_ADDRESS") for ln in lines]
             + [f"Glass: low-E argon, {rng.choice([3, 4])}mm, warranty {rng.choice([5, 10])} yrs", "Valid 30 days."])
    return d


@_tpl("en", "CA", "form dump (key=value)")
def t_ca_archery_form(rng):
    L = L_CA
    p, ec = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("membership_form v{v} submitted={ts}\n", v=_ver(rng).lstrip("v"), ts=_ts(rng))
    d.f("given_name={f}\nfamily_name={l}\nbirthdate={dob}\n", f=PER(p.first), l=PER(p.last), dob=DOB(L.dob(rng, 0)))
    d.f("email={e}\ncell={ph}\nstreet={a}\n", e=EML(p.email), ph=PHN(L.phone(rng, "m", "dash")), a=ADR(p.addr))
    d.f("emergency_contact={ec}\nemergency_phone={ecp}\n", ec=PER(ec.full), ecp=PHN(ec.phone))
    d.f("bow=recurve draw_lbs={w} dominant_eye={eye} archery_canada_no={ac} waiver_signed=true home_range=Peterborough\n",
        w=rng.randint(20, 45), eye=_pick(rng, "left", "right"), ac=rng.randint(100000, 999999))
    return d


# ---------------- English: India ----------------

@_tpl("en", "IN", "support ticket with internal notes")
def t_in_uniform_ticket(rng):
    L = L_IN
    p = L.person(rng)
    ag = L.person(rng)
    school = _pick(rng, "St. Xavier's High School", "Gandhi Memorial Public School", "Sarojini Naidu Vidyalaya", "Delhi Public School")
    d = _Doc()
    d.f("Ticket {t} | Bulk uniform order – {school}\nFrom: {n} <{e}>\n\n", t=_ref(rng, "EMB-"), school=school,
        n=PER(p.full), e=EML(p.email))
    d.f("Dear Sir/Madam,\nWe ordered {q} shirts with the school crest (order {o}). {bad} were delivered with the wrong colour thread. "
        "Kindly replace. Deliver to {a}. Contact me on {ph}.\nRegards,\n{sig}\n\n",
        q=rng.randint(80, 900), o=_ref(rng, "SO/26-27/"), bad=rng.randint(5, 60), a=ADR(p.addr), ph=PHN(L.phone(rng, "m", rng.choice(["in1", "in2", "intl"]))),
        sig=PER(_pick(rng, p.full, f"{p.first} {p.last[0]}.")))
    d.f("[internal] {ag}: GSTIN {gst} verified. Refund UTR {utr} if replacement not possible. Customer paid via card {mc}.\n",
        ag=PER(ag.first), gst=f"{rng.randint(10, 36)}{_rs(rng, _UP, 5)}{_rs(rng, _DIG, 4)}{rng.choice(_UP)}1Z{rng.choice(_DIG)}",
        utr=_rs(rng, _DIG, 12), mc=_masked_card(rng))
    return d


@_tpl("en", "IN", "SMS thread")
def t_in_sms(rng):
    L = L_IN
    p = L.person(rng)
    d = _Doc()
    d.f("From: VM-STCHCR\n{otp} is your OTP for order {o}. Do not share it with anyone.\n\n", otp=_otp(rng), o=_ref(rng, "SC"))
    d.f("From: VM-STCHCR\nDear {f}, your embroidered polo order of Rs. {amt} is out for delivery. Track: https://stc.in/t/{trk}\n\n",
        f=PER(p.first), amt=f"{rng.randint(499, 24999):,}", trk=_rs(rng, _ALNUM, 8))
    d.f("From: {ph}\nBhaiya I am not at home today, please leave the parcel with {nb} at flat {fl}. Her number {ph2}\n",
        ph=PHN(p.phone), nb=PER(L.person(rng, female=True).full), fl=f"{rng.choice('ABCD')}-{rng.randint(101, 1204)}",
        ph2=PHN(L.phone(rng, "m", rng.choice(["in2", "nat", "in3"]))))
    return d


@_tpl("en", "IN", "business e-mail")
def t_in_b2b_email(rng):
    L = L_IN
    p = L.person(rng)
    buyer = L.person(rng)
    baddr, _ = L.addr(rng, unit=False)
    d = _Doc()
    d.f("Subject: PO {po} – {q} pcs printed T-shirts for {ev}\n\nHello {b},\n\n", po=_ref(rng, "PO-"), q=rng.randint(100, 2000),
        ev=_pick(rng, "Tata Marathon volunteers", "the Infosys sports day", "Ramesh Textiles annual meet"), b=PER(buyer.first))
    d.f("Please find attached the proforma. Artwork proof v{v} is approved by Mr. {l}. Delivery ex-works our Tiruppur unit by {dt}. "
        "HSN 6109, GST 5%, total {amt}.\n\n", v=rng.randint(2, 6), l=PER(buyer.last), dt=L.date(rng, 5, 40),
        amt="Rs. " + f"{rng.randint(20000, 900000):,}")
    d.f("Thanks & regards,\n{n}\nSales Manager, Crest & Crew Workwear Pvt Ltd\n{ba}\nMob: {m} | {e}\n",
        n=PER(p.full), ba=ADR(baddr), m=PHN(L.phone(rng, "m", "in1")), e=EML(p.email))
    return d


# ---------------- English: New Zealand ----------------

@_tpl("en", "NZ", "SMS thread")
def t_nz_sms(rng):
    _hm = _Clock(rng)
    L = L_NZ
    p = L.person(rng)
    d = _Doc()
    d.f("Messages · {n} ({ph})\n", n=PER(p.full), ph=PHN(p.phone))
    d.f("Us {dt} {hm}: Kia ora {f}, tomorrow's Hamilton balloon flight is postponed (wind {kn} kn). Rebooked to {d2}, booking {bk}.\n",
        dt=L.date(rng, -5, 0), hm=_hm(rng), f=PER(p.first), kn=rng.randint(12, 25), d2=L.date(rng, 1, 20), bk=_booking(rng))
    d.f("{f} {hm}: all good. my partner {q} will drive us down from {town}\n", f=PER(p.first), hm=_hm(rng),
        q=PER(L.first(rng)), town=LOC(p.town.name))
    d.f("Us {hm}: Sweet as. Launch site pin: {gps}\n", hm=_hm(rng), gps=_gps(rng, -37.8, 175.3))
    return d


@_tpl("en", "NZ", "CRM call notes")
def t_nz_call_notes(rng):
    L = L_NZ
    p = L.person(rng)
    me = L.person(rng)
    d = _Doc()
    d.f("Call note — {dt} — logged by {me}\n", dt=L.date(rng, -10, 0), me=PER(me.first + " " + me.last[0] + "."))
    d.f("Spoke to {t} {n} re cracked lounge window at {a}. Dog is {pet} (friendly, keep gate shut). "
        "Quote {q}: {amt} incl GST for 6.38mm laminated. Prefers text to {ph}, email {e}. "
        "Tech {tech} booked {d2} am. Access code for gate {code}. Deposit taken over the phone on {card} exp {ex}.\n",
        t=_pick(rng, "Mrs", "Mr", "Ms"), n=PER(_pick(rng, p.last, p.full)), a=ADR(L.street_line(rng)),
        pet=_pick(rng, "Rusty", "Kahu", "Poppy", "Milo"), q=_ref(rng, "Q"), amt=_amount(rng, "$", 180, 1600), ph=PHN(p.phone),
        e=EML(p.email), tech=PER(L.first(rng)), d2=L.date(rng, 1, 7), code=rng.randint(1000, 9999), card=CC(_card(rng)),
        ex=_expiry(rng))
    return d


# ---------------- English: South Africa ----------------

@_tpl("en", "ZA", "CRM call notes")
def t_za_range_notes(rng):
    L = L_ZA
    p = L.person(rng)
    d = _Doc()
    d.f("CRM · Contact: {n}\nPhone: {ph}\nEmail: {e}\nBorn: {dob}\n\n", n=PER(p.full), ph=PHN(p.phone), e=EML(p.email),
        dob=DOB(p.dob))
    d.f("{dt}: Called re corporate team-building at the range ({g} people). Company {co}, VAT no. {vat}. "
        "Lives in {town}, happy to drive to our Midrand range. Quoted {amt}. Follow up {d2}.\n",
        dt=L.date(rng, -10, 0), g=rng.randint(8, 40), co=_pick(rng, "Naidoo & Sons Logistics", "Mokoena Engineering", "Bright Sparks Electrical"),
        vat=f"4{_rs(rng, _DIG, 9)}", town=LOC(p.town.name), amt=_amount(rng, "R", 4000, 30000), d2=L.date(rng, 1, 14))
    return d


@_tpl("en", "ZA", "forwarded payment e-mail")
def t_za_eft(rng):
    L = L_ZA
    p = L.person(rng)
    acc = L.person(rng)
    d = _Doc()
    d.f("Fwd: Proof of payment – INV {inv}\n\n{a}, please allocate. – {me}\n\n", inv=_ref(rng, "SCW"), a=PER(acc.first),
        me=PER(L.first(rng)))
    d.f("> From: {n} <{e}>\n> Attached is the EFT for the 40 embroidered golf shirts. Ref used: {ref}.\n"
        "> Paid from FNB, branch code 250655, amount {amt}.\n> Please courier to:\n",
        n=PER(p.full), e=EML(p.email), ref=_ref(rng, "SCW"), amt=_amount(rng, "R", 2000, 25000))
    lines, _ = L.addr_lines(rng)
    d.quoted("> ", [(ln, "STREET_ADDRESS") for ln in lines])
    d.f("> Cell {ph}\n", ph=PHN(p.phone))
    return d


@_tpl("en", "AU", "no-PII pilot briefing")
def t_au_pilot_briefing(rng):
    L = L_AU
    d = _Doc()
    d.f("PILOT BRIEFING {dt} — launch {site}\n", dt=L.date(rng, 0, 3), site=_pick(rng, "Yarra Glen oval", "Canberra Patrol Rd", "Hunter Valley field B"))
    d.f("Surface wind {dir} {kn} kt, 1000 ft {dir2} {kn2} kt, QNH {q}. Envelope VH-{reg} (last inspection {d2}, burner fw {v}). "
        "Basket load {kg} kg of max {mx} kg. Retrieve vehicle rego {rego}. Landowner gate code {code}. "
        "Pax count {pax}, manifest id {mid}. GPS launch {gps}.\n",
        dir=_pick(rng, "NW", "N", "calm", "SE"), kn=rng.randint(0, 8), dir2=_pick(rng, "W", "NW", "SW"), kn2=rng.randint(4, 18),
        q=rng.randint(1002, 1028), reg=_rs(rng, _UP, 3), d2=L.date(rng, -120, -5), v=_ver(rng), kg=rng.randint(600, 1400),
        mx=rng.choice([1500, 1800, 2000]), rego=f"{rng.randint(1, 9)}{_rs(rng, _UP, 3)}{rng.randint(100, 999)}", code=rng.randint(1000, 9999),
        pax=rng.randint(4, 16), mid=_uuid(rng), gps=_gps(rng, -37.7, 145.4))
    return d


@_tpl("en", "US", "rows pasted from a spreadsheet")
def t_us_order_rows(rng):
    L = L_US
    d = _Doc()
    d.add("order_id,customer,email,ship_to,phone,items,total,card\n")
    for _ in range(rng.randint(3, 5)):
        p = L.person(rng)
        d.f('{o},{n},{e},"{a}",{ph},{it},{tot},{card}\n', o=_ref(rng, "EMB-"), n=PER(_pick(rng, p.full, f"{p.last}; {p.first}".replace(";", ""))),
            e=EML(p.email), a=ADR(p.addr.replace("\n", ", ")), ph=PHN(L.phone(rng, "m", rng.choice(["dash", "paren", "e164", "dot"]))),
            it=f"{rng.randint(1, 40)}x {_pick(rng, 'polo-emb', 'cap-logo', 'scrubs-name')}", tot=f"{rng.uniform(20, 900):.2f}",
            card=_masked_card(rng).replace(" ", ""))
    return d


# ---------------- Catalan (Spain) ----------------

@_tpl("ca", "ES", "e-mail")
def t_ca_balloon_email(rng):
    L = L_CAT
    p, q = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("Assumpte: Reserva vol en globus – {dt}\n\n", dt=L.date(rng, 5, 50))
    d.f(_pick(rng, "Bon dia,\n\n", "Hola,\n\n", "Bona tarda,\n\n"))
    d.f("Em dic {n} i, amb la meva parella {q}, voldríem reservar dues places per al vol de la Garrotxa (sortida des de la base d'Olot) "
        "del dia {dt}. Vivim a {town} i pujarem en cotxe la nit abans.\n",
        n=PER(p.first if rng.random() < 0.5 else p.full), q=PER(q.first), dt=L.date(rng, 5, 50), town=LOC(p.town.name))
    d.f("El val de regal el podeu enviar a {a}. El meu mòbil és el {ph}.\n", a=ADR(p.addr), ph=PHN(p.phone))
    d.f("Si cal una paga i senyal, us puc fer una transferència des del compte {iban} (referència {ref}).\n\n",
        iban=IBAN(L.iban(rng)), ref=_booking(rng))
    d.f("Moltes gràcies,\n{sig}\n{e}\n", sig=PER(p.full), e=EML(p.email))
    return d


@_tpl("ca", "ES", "WhatsApp chat export")
def t_ca_archery_whatsapp(rng):
    L = L_CAT
    a, b, c = L.person(rng), L.person(rng), L.person(rng)
    clk = _Clock(rng)
    day = _day(rng, -30, 0)
    ds = f"{day.day}/{day.month}/{str(day.year)[2:]}"
    d = _Doc()
    d.f("[{ds} {h}] {a}: Bon vespre! Demà entrenament a les 10 al camp de tir de Sant Cugat 🏹\n", ds=ds, h=clk(), a=PER(a.first + " " + a.last.split()[0]))
    d.f("[{ds} {h}] {b}: Jo no podré, marxo a {dest} fins diumenge 😅\n", ds=ds, h=clk(), b=PER(b.first + " " + b.last.split()[0]),
        dest=LOC(_pick(rng, "Andorra", "Menorca", "Tolosa", "Saragossa", "Perpinyà")))
    d.f("[{ds} {h}] {a}: Recordeu que la quota de {y} ({amt}) s'ha de pagar al compte del club {iban} abans del {dd}\n",
        ds=ds, h=clk(), a=PER(a.first + " " + a.last.split()[0]), y=_TODAY.year + 1, amt=_eur(rng, 60, 180),
        iban=IBAN(L.iban(rng, True)), dd=L.date(rng, 5, 30))
    d.f("[{ds} {h}] {c}: Perfecte. Per cert, tinc número nou: {ph}. L'antic ({old}) ja no funciona\n", ds=ds, h=clk(),
        c=PER(c.first), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "es3"]))), old=PHN(L.phone(rng, "m", "nat")))
    d.f("[{ds} {h}] {b}: La diana nova és de 122 cm, comanda {o}, arriba dijous 👍\n", ds=ds, h=clk(),
        b=PER(b.first + " " + b.last.split()[0]), o=_ref(rng, "CT-"))
    return d


# ---------------- Icelandic ----------------

@_tpl("is", "IS", "e-mail with signature")
def t_is_glazier_email(rng):
    L = L_IS
    p = L.person(rng)
    lines, _t = L.addr_lines(rng)
    d = _Doc()
    d.f("Efni: Brotin rúða – {a}\n\n", a=ADR(lines[0]))
    d.f("Góðan dag,\n\nRúðan í stofuglugganum hjá okkur brotnaði í storminum í nótt (tvöfalt gler, ca. {w} x {h} cm). "
        "Getið þið komið í dag eða á morgun? Heimilisfangið er {addr}. Við erum heima eftir kl. {hm}.\n\n",
        w=rng.randint(60, 180), h=rng.randint(60, 160), addr=ADR(", ".join(lines)), hm=_pick(rng, "15", "16", "17"))
    d.f("Tryggingin er hjá {ins}, tjónanúmer {claim}.\n\n", ins=_pick(rng, "Sjóvá", "VÍS", "TM"), claim=_rs(rng, _DIG, 8))
    d.f("Kveðja,\n{n}\nsími {ph}\n{e}\n", n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "intl"]))), e=EML(p.email))
    return d


@_tpl("is", "IS", "form dump (key: value)")
def t_is_honey_form(rng):
    L = L_IS
    p = L.person(rng)
    d = _Doc()
    d.f("Ný skráning – Hunangsáskrift ({id})\n", id=_uuid(rng))
    d.f("Nafn: {n}\nFæðingardagur: {dob}\nNetfang: {e}\nSími: {ph}\nHeimilisfang: {a}\n", n=PER(p.full),
        dob=DOB(L.dob(rng)), e=EML(p.email), ph=PHN(p.phone), a=ADR(p.addr))
    d.f("Áskrift: {pl}\nVerð: {pr} kr. á mánuði\nGreiðsla: millifærsla af reikningi {iban}\n",
        pl=_pick(rng, "2 krukkur á mánuði", "Lynghunang, ársfjórðungslega", "Gjafaáskrift 6 mán."),
        pr=f"{rng.randint(2, 9)}.{rng.choice(['490', '990', '500'])}", iban=IBAN(L.iban(rng)))
    d.f("Afhending: Pósthúsið {town} (sótt)\nSkráð: {ts}\nIP: {ip}\n", town=L.town(rng).name, ts=_ts(rng), ip=_priv_ip(rng))
    return d


# ---------------- Turkish ----------------

@_tpl("tr", "TR", "SMS thread")
def t_tr_balloon_sms(rng):
    L = L_TR
    p, q = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("Gönderen: KAPADOKYABLN\nSayın {n}, {dt} tarihli balon turunuz onaylanmıştır. Otelinizden ({hotel}, Göreme) alış saati {hm}. "
        "Rezervasyon no: {bk}. Bilgi: {bph}\n\n", n=PER(p.full), dt=L.date(rng, 1, 20),
        hotel=_pick(rng, "Kelebek Otel", "Sultan Cave Suites", "Ali Baba Pansiyon"), hm=f"0{rng.randint(4, 5)}:{rng.choice(['00', '15', '30'])}",
        bk=_booking(rng), bph=PHN(L.phone(rng, "f", "tr0")))
    town = L.town(rng).name
    sfx = {"İstanbul": "'dan", "Ankara": "'dan", "İzmir": "'den", "Bursa": "'dan", "Antalya": "'dan", "Eskişehir": "'den",
           "Trabzon": "'dan", "Nevşehir": "'den", "Konya": "'dan"}[town]
    d.f("{ph}: Teşekkürler. Eşim {q} de geliyor, {town}{sfx} geliyoruz. Ödemeyi kartla yaptım (son 4 hane {l4}).\n\n",
        ph=PHN(p.phone), q=PER(q.first), town=LOC(town), sfx=sfx, l4=_last4(rng))
    d.f("Gönderen: KAPADOKYABLN\nUçuş hava koşulları nedeniyle 1 gün ertelendi. Yeni tarih {dt}. İade için IBAN bilginizi iletebilirsiniz.\n\n",
        dt=L.date(rng, 21, 30))
    d.f("{ph}: IBAN: {iban} – {n}\n", ph=PHN(p.phone), iban=IBAN(L.iban(rng)), n=PER(p.full.upper() if rng.random() < 0.5 else p.full))
    return d


@_tpl("tr", "TR", "support ticket with internal note")
def t_tr_embroidery_ticket(rng):
    L = L_TR
    p = L.person(rng)
    ag = L.person(rng)
    d = _Doc()
    d.f("Talep #{t} – Konu: Logolu polo tişört siparişi eksik teslim\n", t=rng.randint(10000, 99999))
    d.f("Müşteri: {n}\nFirma: {co}\nTelefon: {ph}\nE-posta: {e}\nAdres: {a}\n\n", n=PER(p.full),
        co=_pick(rng, "Yılmaz Tekstil Ltd. Şti.", "Kaya Lojistik A.Ş.", "Demir Kafe"), ph=PHN(p.phone), e=EML(p.email), a=ADR(p.addr))
    d.f("Merhaba, {q} adet nakışlı tişört siparişimiz (sipariş no SP-{o}) {m} adet eksik geldi. Fatura tutarı {amt} TL. "
        "Eksikler tamamlanmazsa iade rica ediyorum.\n\n", q=rng.randint(40, 400), o=_rs(rng, _DIG, 6), m=rng.randint(3, 30),
        amt=f"{rng.randint(2, 90)}.{rng.randint(100, 999)},{rng.randint(10, 99)}")
    d.f("İç not ({ag}): Kargo takip {trk}. Müşteri {town} şubemizden teslim almak istiyor. Nakış dosyası v{v} onaylı.\n",
        ag=PER(ag.first + " " + ag.last[0] + "."), trk=_rs(rng, _DIG, 12), town=_pick(rng, "Bursa", "Ankara", "Kadıköy"), v=rng.randint(2, 5))
    return d


# ---------------- Romanian ----------------

@_tpl("ro", "RO", "e-mail with signature")
def t_ro_transcript_email(rng):
    L = L_RO
    p = L.person(rng)
    d = _Doc()
    d.f("Subiect: Solicitare transcriere ședință – dosar nr. {dos}/{y}/2026\n\nBună ziua,\n\n", dos=rng.randint(100, 9999), y=rng.randint(1, 3))
    d.f("Vă rog să-mi transmiteți transcrierea înregistrării ședinței din {dt}. Sunt {n}, {born} la {dob}, "
        "cu domiciliul în {a}.\n", dt=L.date(rng, -60, -5), n=PER(p.full), born="născută" if p.female else "născut",
        dob=DOB(p.dob), a=ADR(p.addr))
    d.f("Plata ({amt} lei) o voi face prin transfer din contul {iban}. Factura pe numele meu, vă rog.\n\n",
        amt=rng.randint(150, 1800), iban=IBAN(L.iban(rng)))
    d.f("Cu stimă,\n{n}\nTel: {ph}\n{e}\n", n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["ro0", "ro1", "intl"]))), e=EML(p.email))
    return d


# ---------------- Slovenian ----------------

@_tpl("sl", "SI", "Viber chat export")
def t_sl_honey_chat(rng):
    L = L_SL
    p = L.person(rng, female=True)
    keeper = L.person(rng)
    clk = _Clock(rng)
    day = _day(rng, -30, 0)
    ds = f"{day.day}. {day.month}. {day.year}"
    months = rng.choice(["3 mesece", "6 mesecev", "12 mesecev"])
    d = _Doc()
    d.f("Viber · Čebelarstvo {k} · {ds}\n", k=keeper.last, ds=ds)
    d.f("{h} {n}: Dober dan! Ali imate še akacijev in kostanjev med? Rada bi naročila paket za {m}.\n", h=clk(),
        n=PER(p.full), m=months)
    d.f("{h} {k}: Pozdravljeni, {f}! Seveda, oba imamo. Kam naj pošljem?\n", h=clk(), k=PER(keeper.first), f=PER(p.first))
    d.f("{h} {n}: Naslov: {a}. Telefon {ph}, če bo dostavljavec klical.\n", h=clk(), n=PER(p.full), a=ADR(p.addr),
        ph=PHN(L.phone(rng, "m", rng.choice(["nat", "intl"]))))
    d.f("{h} {k}: Super. Skupaj {amt}, plačilo po povzetju ali na TRR. Naročilo št. {o}.\n", h=clk(), k=PER(keeper.first),
        amt=_eur(rng, 20, 120), o=_ref(rng, "MED-"))
    return d


@_tpl("sl", "SI", "form dump (key=value)")
def t_sl_archery_form(rng):
    L = L_SL
    p = L.person(rng)
    par = L.person(rng)
    d = _Doc()
    d.f("# prijava_clan.txt  verzija={v}\n", v=_ver(rng))
    d.f("ime={f}\npriimek={l}\ndatum_rojstva={dob}\nkraj_rojstva={bp}\n", f=PER(p.first), l=PER(p.last),
        dob=DOB(L.dob(rng, lo=2008, hi=2016)), bp=LOC(L.town(rng).name))
    d.f("naslov={a}\nstarš_skrbnik={par}\ntelefon={ph}\neposta={e}\n", a=ADR(p.addr.replace("\n", ", ")), par=PER(par.full),
        ph=PHN(par.phone), e=EML(par.email))
    d.f("klub=Lokostrelski klub Kamnik\nlok=ukrivljeni\nlicenca=SLO-{lic}\nzdravniško_do={dt}\nclanarina_placana=da\n",
        lic=rng.randint(1000, 9999), dt=L.date(rng, 30, 300))
    return d


# ---------------- Estonian ----------------

@_tpl("et", "EE", "e-mail with quoted reply")
def t_et_glazier_email(rng):
    L = L_ET
    p, firm = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("Tere, {f}!\n\nPakkumine {q} sobib meile. Palun tulge {dt}. Ettemaksu tegin kontolt {iban}.\n\n",
        f=PER(firm.first), q=_ref(rng, "HP-"), dt=L.date(rng, 1, 14), iban=IBAN(L.iban(rng)))
    d.f("Lugupidamisega\n{n}\n{ph}\n\n", n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "intl"]))))
    d.f("{dt} kirjutas {fn} <{fe}>:\n", dt=L.date(rng, -7, -1), fn=PER(firm.full), fe=EML(firm.email))
    lines, _ = L.addr_lines(rng)
    d.quoted("> ", ["Tere!", "Saadan hinnapakkumise klaaspaketi vahetuseks aadressil:"] + [(ln, "STREET_ADDRESS") for ln in lines]
             + [f"Hind koos käibemaksuga {rng.randint(120, 980)} €, töö kestus u {rng.randint(1, 4)} h.", "Klaasitööd OÜ"])
    return d


@_tpl("et", "EE", "SMS thread")
def t_et_balloon_sms(rng):
    L = L_ET
    p, q = L.person(rng), L.person(rng, female=True)
    town = rng.choice([t.name for t in L.towns if t.name != "Tallinn"])
    d = _Doc()
    d.f("SMS {ph}\n", ph=PHN(p.phone))
    d.f("Tere, {f}! Teie õhupallilend {dt} kell {hm} toimub. Kohtumispunkt: Tartu Raekoja plats. Broneering {bk}.\n",
        f=PER(p.first), dt=L.date(rng, 1, 14), hm=_pick(rng, "06:00", "19:00", "19:30"), bk=_booking(rng))
    d.f("Aitäh! Tulen koos sõbrannaga, tema nimi on {q}. Oleme pärit {town} kandist. Kas kinkekaardi kood {code} kehtib ka kahele?\n",
        q=PER(q.first), town=LOC(town), code=_rs(rng, _UP + _DIG, 8))
    d.f("Kehtib. Kaasa soe jope. Ilmaprognoos: tuul {w} m/s.\n", w=rng.randint(1, 6))
    return d


# ---------------- Lithuanian ----------------

@_tpl("lt", "LT", "ticket")
def t_lt_embroidery_ticket(rng):
    L = L_LT
    p = L.person(rng)
    d = _Doc()
    d.f("Užklausa Nr. {t} · Siuvinėjimas\nKlientas: {n}\nTel.: {ph}\nEl. paštas: {e}\nPristatymo adresas: {a}\n\n",
        t=rng.randint(1000, 9999), n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["lt8", "intl", "lt8b"]))), e=EML(p.email),
        a=ADR(p.addr))
    d.f("Sveiki, norėčiau užsisakyti {q} siuvinėtų marškinėlių su mūsų krepšinio klubo logotipu (maketas v{v}). "
        "Jei kas neaišku, skambinkite. Avansą ({amt}) pervedžiau iš sąskaitos {iban}.\n\n", q=rng.randint(12, 120), v=rng.randint(1, 4),
        amt=_eur(rng, 50, 600, "Eur"), iban=IBAN(L.iban(rng)))
    d.f("Vidinė pastaba: užsakymas {o}, siuvinėjimo mašina #{m}, terminas {dt}.\n", o=_ref(rng, "SV-"), m=rng.randint(1, 6),
        dt=L.date(rng, 5, 30))
    return d


@_tpl("lt", "LT", "lower-case speech-to-text transcript")
def t_lt_stt(rng):
    L = L_LT
    p = L.person(rng)
    kid = L.person(rng, female=rng.random() < 0.5)
    dob = _birth(rng, 2010, 2018)
    d = _Doc()
    d.f("[automatinė transkripcija]\noperatorė: laba diena lankų šaudymo klubas strėlė klausau\n")
    d.f("klientas: laba diena čia {n} norėjau užregistruoti vaiką į jaunių grupę vaiko vardas {kid}\n", n=PER(p.full.lower()), kid=PER(kid.first.lower()))
    d.f("operatorė: gerai kokia gimimo data\nklientas: {dob}\n", dob=DOB(f"{dob.year} m. {_mon('lt', dob)} {dob.day} d."))
    d.f("operatorė: telefono numeris\nklientas: {ph}\n", ph=PHN(L.phone(rng, "m", "lt8")))
    d.f("operatorė: ačiū treniruotės vyksta šeštadieniais vilniaus arenoje grupės kodas {c}\n", c=f"J{rng.randint(10, 99)}")
    return d


# ---------------- Tagalog / Filipino ----------------

@_tpl("tl", "PH", "Messenger chat")
def t_tl_embroidery_chat(rng):
    L = L_PH
    p, q = L.person(rng), L.person(rng)
    clk = _Clock(rng)
    d = _Doc()
    school = _pick(rng, "Jose Rizal Memorial School", "Andres Bonifacio Elementary School", "Sta. Teresita Academy")
    d.f("{h} {n}: Hi po! Magkano po ang embroidery ng logo sa {q} pcs na polo? Para po sa {s}.\n", h=clk(), n=PER(p.full),
        q=rng.randint(30, 300), s=school)
    d.f("{h} Stitch Pinas: Hello po Ma'am/Sir {f}! ₱{pr} per piece po kasama na ang tela. Downpayment 50% via GCash.\n",
        h=clk(), f=PER(p.first), pr=rng.randint(180, 450))
    d.f("{h} {n}: Sige po. Pakideliver po sa {a}. Ito po number ko {ph}. Si {qq} po ang kukuha kung wala ako.\n",
        h=clk(), n=PER(p.full), a=ADR(p.addr), ph=PHN(L.phone(rng, "m", rng.choice(["ph0", "ph1", "intl", "ph2"]))), qq=PER(q.first))
    d.f("{h} Stitch Pinas: Noted po! GCash ref no. {ref}, order {o}. Salamat po!\n", h=clk(), ref=_rs(rng, _DIG, 13), o=_ref(rng, "SP-"))
    return d


@_tpl("tl", "PH", "CRM call notes")
def t_tl_glazier_notes(rng):
    L = L_PH
    p = L.person(rng)
    d = _Doc()
    d.f("Tawag {dt} – {ag}\n", dt=L.date(rng, -5, 0), ag=PER(L.first(rng)))
    d.f("Tumawag si {t} {n} ({ph}). Basag ang salamin ng bintana sa kusina, {w} x {h} inches. Address: {a}. "
        "Senior citizen daw, ipinanganak noong {dob}, kaya may 20% discount. ",
        t=_pick(rng, "Gng.", "Bb.") if p.female else "G.", n=PER(_pick(rng, p.full, p.last)), ph=PHN(p.phone), w=rng.randint(20, 60),
        h=rng.randint(20, 60), a=ADR(p.addr), dob=DOB(L.dob(rng, lo=1940, hi=1964)))
    d.f("Quotation {q}: ₱{amt}. Schedule ng installer sa {d2}, 9am. Walang aso sa bahay.\n", q=_ref(rng, "QT-"),
        amt=f"{rng.randint(1, 25)},{rng.randint(100, 999)}.00", d2=L.date(rng, 1, 7))
    return d


# ---------------- Vietnamese ----------------

@_tpl("vi", "VN", "Zalo chat")
def t_vi_honey_chat(rng):
    L = L_VN
    p = L.person(rng, female=True)
    clk = _Clock(rng)
    d = _Doc()
    d.f("{h} {n}: Chào shop, mình muốn đặt {q} hũ mật ong rừng U Minh loại 500ml ạ\n", h=clk(), n=PER(p.full), q=rng.randint(1, 6))
    d.f("{h} Mật Ong Rừng Xanh: Dạ chị {f} ơi, mỗi hũ {pr}.000đ, đặt gói 3 tháng được giảm 10% ạ\n", h=clk(), f=PER(p.first),
        pr=rng.randint(180, 450))
    d.f("{h} {n}: Ok em, giao về {a} nhé. SĐT {ph}\n", h=clk(), n=PER(p.full), a=ADR(p.addr.replace("\n", ", ")),
        ph=PHN(L.phone(rng, "m", rng.choice(["vn0", "vn1", "nat", "vn2"]))))
    d.f("{h} Mật Ong Rừng Xanh: Dạ em lên đơn {o} rồi ạ, mã vận đơn {trk}\n", h=clk(), o=_ref(rng, "DH"), trk=_rs(rng, _UP, 2) + _rs(rng, _DIG, 9) + "VN")
    return d


@_tpl("vi", "VN", "form dump (key: value)")
def t_vi_uniform_form(rng):
    L = L_VN
    p = L.person(rng)
    d = _Doc()
    d.f("PHIẾU ĐẶT HÀNG ĐỒNG PHỤC THÊU – Mã đơn: DH-{o}\n", o=_rs(rng, _DIG, 6))
    d.f("Họ và tên: {n}\nNgày sinh: {dob}\nQuê quán: {q}\n", n=PER(p.full), dob=DOB(p.dob), q=LOC(L.town(rng).name))
    d.f("Số điện thoại: {ph}\nEmail: {e}\nĐịa chỉ giao hàng: {a}\n", ph=PHN(p.phone), e=EML(p.email), a=ADR(p.addr.replace("\n", ", ")))
    d.f("Sản phẩm: áo polo thêu logo, {q} cái, size M/L\nThành tiền: {amt} ₫\nĐã cọc: 30%, ngày {dt}\n",
        q=rng.randint(20, 300), amt=f"{rng.randint(2, 90)}.{rng.randint(100, 999)}.000", dt=L.date(rng, -10, 0))
    return d


# ---------------- Afrikaans ----------------

@_tpl("af", "ZA", "e-mail")
def t_af_archery_email(rng):
    L = L_AF
    p = L.person(rng)
    kid = L.person(rng)
    sec = L.person(rng)
    d = _Doc()
    d.f("Onderwerp: Inskrywing junior boogskietkursus\n\nGoeie môre {s},\n\n", s=PER(sec.first))
    d.f("Ek wil graag my {rel} {k} inskryf vir die junior boogskietkursus wat in {m} begin. {pr} is gebore op {dob}. "
        "Ons woon in {town}, so die Saterdag-oggende by julle baan pas ons goed.\n\n",
        rel="dogter" if kid.female else "seun", k=PER(kid.first), m=_mon("af", _day(rng, 30, 90)),
        pr="Sy" if kid.female else "Hy", dob=DOB(L.dob(rng, lo=2010, hi=2017)), town=LOC(p.town.name))
    d.f("Ons adres is {a}. My selnommer is {ph}.\nKursusgeld ({amt}) betaal ek per EFT, verwysing {ref}.\n\n",
        a=ADR(p.addr), ph=PHN(p.phone), amt=_amount(rng, "R", 600, 2400), ref=_rs(rng, _UP, 3) + _rs(rng, _DIG, 4))
    d.f("Groete\n{n}\n{e}\n", n=PER(p.full), e=EML(p.email))
    return d


# ---------------- Swahili (Kenya) ----------------

@_tpl("sw", "KE", "WhatsApp chat export")
def t_sw_beekeeping_chat(rng):
    L = L_SW
    p = L.person(rng)
    clk = _Clock(rng)
    day = _day(rng, -20, 0)
    ds = f"{day.day:02d}/{day.month:02d}/{day.year}"
    d = _Doc()
    d.f("{ds}, {h} - {n}: Habari, naitwa {n2} kutoka {town}. Naomba mizinga {q} ya Langstroth na suti {s} za kujikinga.\n",
        ds=ds, h=clk(), n=PER(p.full), n2=PER(p.full), town=LOC(p.town.name), q=rng.randint(2, 20), s=rng.randint(1, 5))
    d.f("{ds}, {h} - Nyuki Bora Supplies: Karibu {f}! Jumla ni KSh {amt}. Lipa kupitia Paybill {pb}, akaunti {acc}.\n",
        ds=ds, h=clk(), f=PER(p.first), amt=f"{rng.randint(8, 120)},{rng.choice(['000', '500'])}", pb=rng.randint(100000, 999999),
        acc=_rs(rng, _UP, 2) + _rs(rng, _DIG, 4))
    d.f("{ds}, {h} - {n}: Nimelipa, msimbo wa M-Pesa ni {mp}. Tafadhali tuma kwa {a}. Simu yangu {ph}.\n",
        ds=ds, h=clk(), n=PER(p.full), mp=_rs(rng, _UP + _DIG, 10), a=ADR(p.addr.replace("\n", ", ")),
        ph=PHN(L.phone(rng, "m", rng.choice(["ke0", "ke1", "intl", "ke2"]))))
    d.f("{ds}, {h} - Nyuki Bora Supplies: Asante! Mzigo utatoka ghala letu la Nakuru kesho.\n", ds=ds, h=clk())
    return d


# ---------------- German ----------------

@_tpl("de", "DE", "e-mail with '>'-quoted reply")
def t_de_glazier_quoted(rng):
    L = L_DE
    p, g = L.person(rng), L.person(rng)
    lines, _ = L.addr_lines(rng)
    d = _Doc()
    d.f("Guten Tag {t} {gl},\n\n", t="Frau" if g.female else "Herr", gl=PER(g.last))
    d.f("anbei die Fotos der gesprungenen Scheibe (Isolierglas, {w} x {h} mm). Der Termin am {dt} passt. "
        "Bitte vorher kurz unter {ph} anrufen. Die Rechnung bitte an die unten stehende Adresse; die Erstattung der Anzahlung auf {iban}.\n\n",
        w=rng.randint(400, 1800), h=rng.randint(400, 2200), dt=L.date(rng, 1, 14), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "de0", "de1", "intl"]))),
        iban=IBAN(L.iban(rng)))
    d.f("Mit freundlichen Grüßen\n{n}\n\n", n=PER(p.full))
    d.f("Am {dt} schrieb Glaserei Hoffmann GmbH <{e}>:\n", dt=L.date(rng, -7, -1), e=EML("auftrag@glaserei-hoffmann.de"))
    d.quoted("> ", ["Sehr geehrte Kundin, sehr geehrter Kunde,", "wir bestätigen den Auftrag " + _ref(rng, "A-") + " für:",
                    (p.full, "PERSON")] + [(ln, "STREET_ADDRESS") for ln in lines]
             + ["Anzahlung: " + _eur(rng, 80, 600) + ", Kartenzahlung " + _masked_card(rng)])
    return d


@_tpl("de", "DE", "phone note")
def t_de_steno_note(rng):
    L = L_DE
    p = L.person(rng)
    me = L.person(rng)
    d = _Doc()
    d.f("Telefonnotiz {dt}, {hm} Uhr – aufgenommen von {me}\n", dt=L.date(rng, -5, 0), hm=_hm(rng), me=PER(me.first + " " + me.last[0] + "."))
    d.f("Anrufer: {t} {n} (Kanzlei {k})\nRückruf: {ph}\nE-Mail: {e}\n", t=_pick(rng, "Dr.", "RA", "Frau" if p.female else "Herr"),
        n=PER(p.full), k=_pick(rng, "Müller & Partner", "Schneider Rechtsanwälte", "Becker Wagner PartG mbB"),
        ph=PHN(L.phone(rng, "f", rng.choice(["nat", "intl"]))), e=EML(p.email))
    d.f("Anliegen: Wortprotokoll der Gesellschafterversammlung vom {d2} (Aufnahme {min} Min.), Az. {az}. "
        "Eilt – bis {d3}. Audiodatei kommt per Link, Passwort für den Download: {pw}\n",
        d2=L.date(rng, -20, -2), min=rng.randint(40, 240), az=f"{rng.randint(1, 9)} O {rng.randint(10, 999)}/26",
        d3=L.date(rng, 2, 10), pw=PWD(_pwd(rng)))
    return d


@_tpl("de", "DE", "no-PII maintenance log")
def t_de_machine_log(rng):
    L = L_DE
    d = _Doc()
    d.f("Wartungsprotokoll Glasschneidetisch GS-{n} – Werk {w}\n", n=rng.randint(100, 999), w=_pick(rng, "Kassel", "Leipzig", "Bamberg"))
    for _ in range(rng.randint(3, 5)):
        d.f("{dt} {hm}  Firmware {v}, Schneidrad gewechselt, Zähler {c} m, Ticket {t}, Teile {amt}\n",
            dt=L.date(rng, -90, 0), hm=_hm(rng), v=_ver(rng), c=rng.randint(1000, 90000), t=_ref(rng, "WT-"), amt=_eur(rng, 20, 900))
    d.f("Steuerrechner {ip}, Seriennr. {sn}, Prüfsumme {sha}\n", ip=_priv_ip(rng), sn=_rs(rng, _UP + _DIG, 12), sha=_sha(rng, 40))
    return d


# ---------------- French ----------------

@_tpl("fr", "FR", "live chat transcript")
def t_fr_balloon_chat(rng):
    L = L_FR
    p = L.person(rng)
    mom = L.person(rng, female=True)
    ag = L.first(rng)
    clk = _Clock(rng)
    d = _Doc()
    d.f("[{h}] Conseiller ({ag}) : Bonjour et bienvenue chez Montgolfières du Val de Loire ! Comment puis-je vous aider ?\n", h=clk(), ag=PER(ag))
    d.f("[{h}] Client : Bonjour, je voudrais offrir un vol en montgolfière à ma mère, {m}, pour ses {age} ans. Elle habite à {town}.\n",
        h=clk(), m=PER(mom.full), age=rng.choice([50, 60, 65, 70]), town=LOC(mom.town.name))
    d.f("[{h}] Conseiller ({ag}) : Avec plaisir ! Le bon cadeau est valable 18 mois. À quelle adresse l'envoyer ?\n", h=clk(), ag=PER(ag))
    d.f("[{h}] Client : Chez moi : {a}. Je m'appelle {n}, tél. {ph}\n", h=clk(), a=ADR(p.addr.replace("\n", ", ")), n=PER(p.full),
        ph=PHN(L.phone(rng, "m", rng.choice(["nat", "fr0", "fr1", "intl"]))))
    d.f("[{h}] Conseiller ({ag}) : C'est noté, commande {o} – {amt}, payée par carte {mc}. Décollage depuis notre base d'Amboise.\n",
        h=clk(), ag=PER(ag), o=_ref(rng, "MVL-"), amt=_eur(rng, 190, 520), mc=_masked_card(rng))
    return d


@_tpl("fr", "FR", "OCR'd paper form")
def t_fr_archery_ocr(rng):
    L = L_FR
    p = L.person(rng)
    d = _Doc()
    d.f("FÉDÉRATl0N FRANÇAlSE DE TlR À L'ARC — DEMANDE DE LlCENCE {y}\n\n", y=_TODAY.year + 1)
    d.f("Nom : {l}        Pr6nom : {f}\n", l=PER(p.last.upper()), f=PER(p.first))
    d.f("Né(e) le : {dob}   à : {bp}\n", dob=DOB(L.dob(rng)), bp=LOC(L.town(rng).name))
    d.f("Adresse : {a}\n", a=ADR(p.addr.replace("\n", " ")))
    d.f("Tél : {ph}      Courrie| : {e}\n", ph=PHN(L.phone(rng, "m", rng.choice(["fr1", "fr0", "nat"]))), e=EML(p.email))
    d.f("N° licence : {lic}   Club : Les Archers de {club}   Certificat médical du {dt}\n",
        lic=f"{rng.randint(100000, 999999)}{rng.choice(_UP)}", club=_pick(rng, "Saint-Sébastien", "Guillaume Tell", "la Tour"), dt=L.date(rng, -200, 0))
    return d


# ---------------- Spanish ----------------

@_tpl("es", "ES", "e-mail with IBAN")
def t_es_embroidery_email(rng):
    L = L_ES
    p, q = L.person(rng), L.person(rng)
    d = _Doc()
    d.f("Hola {q}:\n\nOs confirmo el pedido de {n} polos bordados con el logo de Bar Casa Paco (presupuesto {pr}, {amt}). "
        "Tallas en el Excel adjunto.\n\n", q=PER(q.first), n=rng.randint(10, 80), pr=_ref(rng, "PRE-"), amt=_eur(rng, 200, 2000))
    d.f("Datos de facturación:\n{n}\n{a}\nTel. {ph}\n\n", n=PER(p.full), a=ADR(p.addr), ph=PHN(L.phone(rng, "m", rng.choice(["nat", "es3", "intl"]))))
    d.f("El pago lo hago por transferencia desde {iban}. Si preferís Bizum, al mismo número.\n\nUn saludo,\n{f}\n{e}\n",
        iban=IBAN(L.iban(rng)), f=PER(p.first), e=EML(p.email))
    return d


# ---------------- Dutch ----------------

@_tpl("nl", "NL", "WhatsApp chat export")
def t_nl_honey_whatsapp(rng):
    L = L_NL
    p = L.person(rng)
    clk = _Clock(rng)
    day = _day(rng, -20, 0)
    ds = f"{day.day:02d}-{day.month:02d}-{day.year}"
    d = _Doc()
    d.f("[{ds} {h}] Imkerij De Zoete Raat: Goedemorgen {f}! Je honingabonnement ({pl}) wordt deze week weer verstuurd 🐝\n",
        ds=ds, h=clk(), f=PER(p.first), pl=_pick(rng, "2 potten/maand", "heidehoning per kwartaal"))
    d.f("[{ds} {h}] {n}: Top! Let op, we zijn verhuisd naar {town}. Nieuw adres: {a}\n", ds=ds, h=clk(), n=PER(p.full),
        town=LOC(p.town.name), a=ADR(p.addr.replace("\n", ", ")))
    d.f("[{ds} {h}] Imkerij De Zoete Raat: Aangepast. Incasso blijft van {iban}?\n", ds=ds, h=clk(), iban=IBAN(L.iban(rng)))
    d.f("[{ds} {h}] {n}: Ja klopt. Mijn nieuwe nummer is trouwens {ph}\n", ds=ds, h=clk(), n=PER(p.full),
        ph=PHN(L.phone(rng, "m", rng.choice(["nat", "nl0", "nl1", "intl"]))))
    return d


# ---------------- Italian ----------------

@_tpl("it", "IT", "ticket with internal note")
def t_it_glazier_ticket(rng):
    L = L_IT
    p = L.person(rng)
    tec = L.person(rng)
    d = _Doc()
    d.f("Richiesta #{t} – Sostituzione vetrocamera\nCliente: {s} {n}\nIndirizzo intervento: {a}\nTelefono: {ph}\nEmail: {e}\n\n",
        t=rng.randint(1000, 99999), s="Sig.ra" if p.female else "Sig.", n=PER(p.full), a=ADR(p.addr.replace("\n", ", ")),
        ph=PHN(L.phone(rng, "m", rng.choice(["nat", "intl"]))), e=EML(p.email))
    d.f("Descrizione: vetrocamera 4-16-4 basso emissivo, finestra cucina, misure {w}x{h} mm. Preventivo {pv} da {amt}.\n",
        w=rng.randint(400, 1600), h=rng.randint(400, 1800), pv=_ref(rng, "PV"), amt=_eur(rng, 150, 1400))
    d.f("Pagamento: bonifico su IBAN aziendale, rimborso eventuale su {iban}.\n", iban=IBAN(L.iban(rng)))
    d.f("Nota interna: sopralluogo {tec} il {dt}. Cliente disponibile dopo le 17. Cane in giardino ({pet}).\n",
        tec=PER(tec.first), dt=L.date(rng, 1, 10), pet=_pick(rng, "Briciola", "Rocco", "Luna"))
    return d


# ---------------- Polish ----------------

@_tpl("pl", "PL", "e-mail with signature")
def t_pl_transcript_email(rng):
    L = L_PL
    p = L.person(rng)
    d = _Doc()
    d.f("Temat: Transkrypcja nagrania rozprawy – sygn. akt {s}\n\nDzień dobry,\n\n", s=f"{_pick(rng, 'I', 'II', 'III')} C {rng.randint(100, 2999)}/26")
    d.f("w nawiązaniu do rozmowy telefonicznej przesyłam link do nagrania rozprawy z dnia {dt} ({m} min). "
        "Proszę o transkrypcję w trybie ekspresowym do {d2}.\n\n", dt=L.date(rng, -30, -3), m=rng.randint(30, 200), d2=L.date(rng, 3, 10))
    d.f("Dane do faktury: {n}, {a}.\nZaliczkę ({amt} zł) wpłaciłem/am z konta {iban}.\n\n", n=PER(p.full), a=ADR(p.addr.replace("\n", ", ")),
        amt=rng.randint(100, 900), iban=IBAN(L.iban(rng)))
    d.f("Z poważaniem\n{n}\ntel. {ph}\n{e}\n", n=PER(p.full), ph=PHN(L.phone(rng, "m", rng.choice(["pl0", "pl1", "intl"]))), e=EML(p.email))
    return d


# ---------------- Portuguese ----------------

@_tpl("pt", "PT", "e-mail")
def t_pt_beekeeping_email(rng):
    L = L_PT
    p = L.person(rng)
    d = _Doc()
    d.f("Assunto: Encomenda de material apícola\n\nBoa tarde,\n\n")
    d.f("Sou apicultor{a} em {town} e queria encomendar {n} quadros Lusitano e {c} colmeias completas. "
        "Morada de entrega: {addr}.\n", a="a" if p.female else "", town=LOC(p.town.name), n=rng.randint(10, 200), c=rng.randint(1, 12),
        addr=ADR(p.addr.replace("\n", ", ")))
    d.f("Pago por MB WAY para o {ph} ou por transferência ({iban}). A fatura pode ir em nome de {n}.\n\n",
        ph=PHN(L.phone(rng, "m", rng.choice(["nat", "intl"]))), iban=IBAN(L.iban(rng)), n=PER(p.full))
    d.f("{ob},\n{f}\n{e}\n", ob="Obrigada" if p.female else "Obrigado", f=PER(p.first), e=EML(p.email))
    return d


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------

class _Row:
    __slots__ = ("L", "p", "extra")

    def __init__(self, L, p):
        self.L, self.p, self.extra = L, p, {}


_PLACEHOLDERS = ("N/A", "-", "unknown", "n/a", "—")


def _build(rng, rows, locs, cols):
    """cols: (header, entity, fn(rng, row) -> str, blank_rate, placeholder_rate)."""
    vals = [[] for _ in cols]
    for _ in range(rows):
        L = rng.choice(locs)
        r = _Row(L, L.person(rng))
        for j, (_h, _e, fn, blank, ph) in enumerate(cols):
            v = fn(rng, r)
            u = rng.random()
            if u < blank:
                v = None
            elif u < blank + ph:
                v = rng.choice(_PLACEHOLDERS)
            vals[j].append(v)
    out = []
    for (h, e, _fn, _b, _p), vs in zip(cols, vals):
        assert e is None or e in _LABELSET, e
        out.append(Column(h, e, vs))
    return out


def _bool(*opts):
    return lambda rng, r: rng.choice(opts)


def _const_pick(*opts):
    return lambda rng, r: rng.choice(opts)


def _ts_fn(fmt="iso"):
    def f(rng, r):
        t = _ts(rng)
        if fmt == "iso":
            return t
        if fmt == "space":
            return t.replace("T", " ").rstrip("Z")
        d = _day(rng, -300, 0)
        return r.L.dobf[0](d)
    return f


def _date_fn(lo=-300, hi=60):
    return lambda rng, r: r.L.date(rng, lo, hi)


def _street_only(rng, r):
    return r.L.addr_lines(rng, town=r.p.town, unit=False)[0][0]


def _one_line_addr(rng, r):
    return r.p.addr.replace("\n", ", ")


def _dob_fn(style=None, lo=1938, hi=2007):
    return lambda rng, r: r.L.dob(rng, style, lo, hi)


def _phone_fn(kind="m", style=None):
    return lambda rng, r: r.L.phone(rng, kind, style)


_HONEY = ["Wildflower 340g", "Ling heather 227g", "Borage set honey", "Manuka blend 500g", "Comb section", "Acacia 450g",
          "Chestnut 250g", "Forest honey 1kg"]
_BEE_PRODUCTS = ["Langstroth-Beute 10 Waben", "Zander-Rähmchen (10er)", "Dadant-Boden", "Imkerschleier Sheriff",
                 "Varroa-Gitterboden", "Honigschleuder 4 Waben", "Mittelwände Bio 1 kg", "Warré-Zarge"]
_PETS = ["Biscuit", "Bramble", "Monty", "Pickle", "Luna", "Rocco", "Kahu", "Poppy", "Milo", "Tosca", "Bella", "Max"]


def _t_honey_subscribers(rng, rows):
    locs = [L_GB, L_GB, L_IE]
    cols = [
        ("subscriber_id", None, lambda rng, r: _ref(rng, "SUB-"), 0.0, 0.0),
        ("first_name", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("surname", "PERSON", lambda rng, r: r.p.last, 0.02, 0.0),
        ("email", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.05, 0.0),
        ("email_verified", None, _bool("true", "false"), 0.0, 0.0),
        ("tel", "PHONE_NUMBER", _phone_fn("m", "nat"), 0.2, 0.03),
        ("phone_type", None, _const_pick("mobile", "home", "work"), 0.2, 0.0),
        ("addr1", "STREET_ADDRESS", _street_only, 0.05, 0.0),
        ("col_7", "LOCATION", lambda rng, r: r.p.town.name, 0.1, 0.0),
        ("address_type", None, _const_pick("billing", "delivery", "gift"), 0.0, 0.0),
        ("dob", "DATE_OF_BIRTH", _dob_fn(), 0.45, 0.02),
        ("dob_verified", None, _bool("Y", "N"), 0.3, 0.0),
        ("plan_code", None, lambda rng, r: f"HNY-{rng.randint(1, 4)}J-{rng.choice('MQA')}", 0.0, 0.0),
        ("favourite_honey", None, lambda rng, r: rng.choice(_HONEY), 0.25, 0.0),
        ("monthly_fee", None, lambda rng, r: _amount(rng, "£", 8, 45), 0.0, 0.0),
        ("card_no", "CREDIT_CARD", lambda rng, r: _card(rng), 0.5, 0.0),
        ("card_last4", None, lambda rng, r: _last4(rng), 0.3, 0.0),
        ("card_expiry", None, lambda rng, r: _expiry(rng), 0.3, 0.0),
        ("next_dispatch", None, _date_fn(1, 30), 0.0, 0.0),
        ("dispatch_depot", None, _const_pick("Harrogate", "Athlone", "Hebden Bridge"), 0.0, 0.0),
        ("pwd_hash", None, lambda rng, r: _bcrypt(rng), 0.1, 0.0),
    ]
    return _build(rng, rows, locs, cols)


def _t_hive_kit_orders(rng, rows):
    L = L_DE
    cols = [
        ("Bestellnummer", None, lambda rng, r: f"B{_TODAY.year}-{_rs(rng, _DIG, 6)}", 0.0, 0.0),
        ("Bestelldatum", None, _ts_fn("space"), 0.0, 0.0),
        ("Kundennummer", None, lambda rng, r: _ref(rng, "K"), 0.0, 0.0),
        ("Vorname", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("Nachname", "PERSON", lambda rng, r: r.p.last, 0.0, 0.0),
        ("E-Mail", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.0, 0.0),
        ("Telefon", "PHONE_NUMBER", _phone_fn("m"), 0.35, 0.0),
        ("Lieferadresse", "STREET_ADDRESS", _one_line_addr, 0.0, 0.0),
        ("Wohnort", "LOCATION", lambda rng, r: r.p.town.name, 0.15, 0.0),
        ("Artikel", None, lambda rng, r: rng.choice(_BEE_PRODUCTS), 0.0, 0.0),
        ("Artikelnummer", None, lambda rng, r: f"{rng.randint(10, 99)}-{_rs(rng, _DIG, 4)}-{rng.choice(_UP)}", 0.0, 0.0),
        ("Menge", None, lambda rng, r: str(rng.randint(1, 20)), 0.0, 0.0),
        ("Betrag", None, lambda rng, r: _eur(rng, 9, 900), 0.0, 0.0),
        ("Zahlungsart", None, _const_pick("Lastschrift", "PayPal", "Rechnung", "Vorkasse"), 0.0, 0.0),
        ("IBAN", "IBAN_CODE", lambda rng, r: r.L.iban(rng), 0.55, 0.0),
        ("BIC", None, lambda rng, r: _swift(rng), 0.55, 0.0),
        ("Versandlager", None, _const_pick("Celle", "Bamberg", "Freiburg"), 0.0, 0.0),
        ("Sendungsnummer", None, lambda rng, r: "00340" + _rs(rng, _DIG, 15), 0.2, 0.0),
        ("Gutscheincode", None, lambda rng, r: "IMKER" + _rs(rng, _UP + _DIG, 5), 0.6, 0.0),
        ("Newsletter", None, _bool("ja", "nein"), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_transcript_jobs(rng, rows):
    L = L_US
    cols = [
        ("JobId", None, lambda rng, r: _ref(rng, "VR-"), 0.0, 0.0),
        ("CaseNumber", None, lambda rng, r: f"{rng.randint(20, 26)}-CV-{rng.randint(1000, 9999)}", 0.0, 0.0),
        ("Court", None, _const_pick("Travis County District Court", "US District Court, D. Or.", "Franklin County Common Pleas",
                                    "Wake County Superior Court"), 0.0, 0.0),
        ("HearingDate", None, _date_fn(-90, 10), 0.0, 0.0),
        ("ReporterName", "PERSON", lambda rng, r: r.p.full, 0.0, 0.0),
        ("ReporterSSN", "US_SSN", lambda rng, r: _ssn(rng), 0.4, 0.0),
        ("SSNLast4", None, lambda rng, r: _last4(rng), 0.2, 0.0),
        ("ReporterCertNo", None, lambda rng, r: f"CSR-{rng.randint(1000, 99999)}", 0.1, 0.0),
        ("PayoutRouting", None, lambda rng, r: _routing(rng), 0.3, 0.0),
        ("PayoutAccount", "US_BANK_NUMBER", lambda rng, r: _us_acct(rng), 0.3, 0.0),
        ("WitnessLastName", "PERSON", lambda rng, r: r.L.last(rng), 0.1, 0.02),
        ("attr2", "PERSON", lambda rng, r: r.L.first(rng), 0.25, 0.0),
        ("AttorneyEmail", "EMAIL_ADDRESS", lambda rng, r: r.L.email(rng, *r.L.name(rng)[:2]), 0.05, 0.0),
        ("ClientPhone", "PHONE_NUMBER", _phone_fn("m", None), 0.15, 0.0),
        ("BillingAddress", "STREET_ADDRESS", _one_line_addr, 0.2, 0.0),
        ("PageCount", None, lambda rng, r: str(rng.randint(12, 480)), 0.0, 0.0),
        ("RushFee", None, lambda rng, r: _amount(rng, "$", 0, 400), 0.3, 0.0),
        ("InvoiceTotal", None, lambda rng, r: _amount(rng, "$", 180, 4800), 0.0, 0.0),
        ("TranscriptSha256", None, lambda rng, r: _sha(rng), 0.1, 0.0),
        ("FileVersion", None, lambda rng, r: _ver(rng), 0.0, 0.0),
        ("Status", None, _const_pick("draft", "certified", "delivered", "invoiced"), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_reporter_roster(rng, rows):
    L = L_RO
    cols = [
        ("marca", None, lambda rng, r: f"ST{rng.randint(100, 999)}", 0.0, 0.0),
        ("nume", "PERSON", lambda rng, r: r.p.last, 0.0, 0.0),
        ("prenume", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("data_nașterii", "DATE_OF_BIRTH", _dob_fn(0, 1950, 2003), 0.1, 0.0),
        ("oraș_domiciliu", "LOCATION", lambda rng, r: r.p.town.name, 0.2, 0.0),
        ("adresă", "STREET_ADDRESS", _one_line_addr, 0.15, 0.02),
        ("telefon", "PHONE_NUMBER", _phone_fn("m", "ro0"), 0.1, 0.0),
        ("tip_telefon", None, _const_pick("mobil", "fix", "serviciu"), 0.0, 0.0),
        ("email", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.05, 0.0),
        ("IBAN", "IBAN_CODE", lambda rng, r: r.L.iban(rng), 0.2, 0.0),
        ("parola_portal", "PASSWORD", lambda rng, r: _pwd(rng), 0.5, 0.0),
        ("hash_parola", None, lambda rng, r: _argon(rng), 0.1, 0.0),
        ("parola_schimbata_la", None, _ts_fn("space"), 0.2, 0.0),
        ("ultima_autentificare", None, _ts_fn("iso"), 0.1, 0.0),
        ("ip_intern", None, lambda rng, r: _priv_ip(rng), 0.2, 0.0),
        ("birou", None, _const_pick("Cluj-Napoca", "București", "Iași"), 0.0, 0.0),
        ("certificare", None, lambda rng, r: f"STN-{rng.randint(1000, 9999)}/{rng.randint(2010, 2026)}", 0.1, 0.0),
        ("tarif_pagina", None, lambda rng, r: f"{rng.randint(8, 30)},{rng.randint(0, 99):02d} lei", 0.0, 0.0),
        ("limbi", None, _const_pick("ro", "ro, en", "ro, hu", "ro, fr, en"), 0.0, 0.0),
        ("activ", None, _bool("da", "nu"), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_flight_manifest(rng, rows):
    L = L_TR
    cols = [
        ("rezervasyon_no", None, lambda rng, r: _booking(rng), 0.0, 0.0),
        ("uçuş_tarihi", None, _date_fn(-30, 30), 0.0, 0.0),
        ("balon_tescil", None, lambda rng, r: f"TC-B{_rs(rng, _UP, 2)}", 0.0, 0.0),
        ("ad", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("soyad", "PERSON", lambda rng, r: r.p.last, 0.0, 0.0),
        ("doğum_tarihi", "DATE_OF_BIRTH", _dob_fn(), 0.3, 0.0),
        ("telefon", "PHONE_NUMBER", _phone_fn("m", None), 0.1, 0.0),
        ("e_posta", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.2, 0.0),
        ("memleket", "LOCATION", lambda rng, r: r.p.town.name, 0.35, 0.03),
        ("kilo", None, lambda rng, r: str(rng.randint(45, 120)), 0.0, 0.0),
        ("otel", None, _const_pick("Kelebek Otel", "Sultan Cave Suites", "Ali Baba Pansiyon", "Argos in Cappadocia"), 0.1, 0.0),
        ("alış_saati", None, _const_pick("04:15", "04:30", "04:45", "05:00"), 0.0, 0.0),
        ("ücret", None, lambda rng, r: f"{rng.randint(120, 380)} EUR", 0.0, 0.0),
        ("kart_no", "CREDIT_CARD", lambda rng, r: _card(rng, " "), 0.55, 0.0),
        ("kart_son4", None, lambda rng, r: _last4(rng), 0.3, 0.0),
        ("son_kullanma", None, lambda rng, r: _expiry(rng), 0.3, 0.0),
        ("pilot_lisans", None, lambda rng, r: f"SHGM-{rng.randint(10000, 99999)}", 0.0, 0.0),
        ("iniş_gps", None, lambda rng, r: _gps(rng, 38.64, 34.83), 0.2, 0.0),
        ("sigorta_poliçe", None, lambda rng, r: f"{rng.randint(100, 999)}-{_rs(rng, _DIG, 8)}", 0.1, 0.0),
        ("e_posta_onaylı", None, _bool("evet", "hayır"), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_voucher_redemptions(rng, rows):
    locs = [L_AU, L_AU, L_NZ]
    cols = [
        ("voucherCode", None, lambda rng, r: f"UAB-{_booking(rng)}", 0.0, 0.0),
        ("redeemedAt", None, _ts_fn("iso"), 0.0, 0.0),
        ("purchaserName", "PERSON", lambda rng, r: r.L.full(rng, *r.L.name(rng)[:2]), 0.05, 0.0),
        ("recipientFirst", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("recipientEmail", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.1, 0.0),
        ("emailVerified", None, _bool("true", "false"), 0.0, 0.0),
        ("mobile", "PHONE_NUMBER", _phone_fn("m", "nat"), 0.15, 0.0),
        ("postalAddress", "STREET_ADDRESS", lambda rng, r: r.p.addr, 0.25, 0.0),
        ("homeTown", "LOCATION", lambda rng, r: r.p.town.name, 0.2, 0.0),
        ("field_3", "DATE_OF_BIRTH", _dob_fn(), 0.5, 0.0),
        ("purchaseIp", "IP_ADDRESS", lambda rng, r: _ip4(rng) if rng.random() < 0.8 else _ip6(rng), 0.1, 0.0),
        ("serverIp", None, lambda rng, r: _priv_ip(rng), 0.0, 0.0),
        ("cardNumber", "CREDIT_CARD", lambda rng, r: _card(rng), 0.6, 0.0),
        ("cardLast4", None, lambda rng, r: _last4(rng), 0.2, 0.0),
        ("cardExpiry", None, lambda rng, r: _expiry(rng), 0.2, 0.0),
        ("flightId", None, lambda rng, r: _ref(rng, "FL"), 0.1, 0.0),
        ("launchSite", None, _const_pick("Yarra Glen", "Canberra", "Hunter Valley", "Methven"), 0.0, 0.0),
        ("value", None, lambda rng, r: _amount(rng, "$", 250, 900), 0.0, 0.0),
        ("weatherCancelled", None, _bool("0", "1"), 0.0, 0.0),
        ("sessionId", None, lambda rng, r: _uuid(rng), 0.0, 0.0),
        ("appVersion", None, lambda rng, r: _ver(rng), 0.0, 0.0),
    ]
    return _build(rng, rows, locs, cols)


def _t_callouts(rng, rows):
    L = L_CA
    cols = [
        ("Job No", None, lambda rng, r: _ref(rng, "CV-"), 0.0, 0.0),
        ("Scheduled", None, _ts_fn("space"), 0.0, 0.0),
        ("Customer Name", "PERSON", lambda rng, r: r.p.full if rng.random() < 0.7 else f"{r.p.last}, {r.p.first}", 0.0, 0.0),
        ("Phone", "PHONE_NUMBER", _phone_fn("m", "dash"), 0.0, 0.0),
        ("Phone Type", None, _const_pick("cell", "home", "work"), 0.0, 0.0),
        ("Alt Phone", "PHONE_NUMBER", _phone_fn("m", None), 0.55, 0.02),
        ("Email", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.2, 0.0),
        ("Site Address", "STREET_ADDRESS", lambda rng, r: r.L.addr(rng, r.p.town, multiline=rng.random() < 0.4)[0], 0.0, 0.0),
        ("Address Type", None, _const_pick("residential", "commercial", "strata"), 0.0, 0.0),
        ("Seniors Discount DOB", "DATE_OF_BIRTH", _dob_fn(None, 1935, 1961), 0.6, 0.0),
        ("Card Number", "CREDIT_CARD", lambda rng, r: _card(rng), 0.5, 0.0),
        ("Glass Type", None, _const_pick("6mm tempered", "sealed unit low-E", "laminated 6.38", "obscure 4mm"), 0.0, 0.0),
        ("Pane Size (in)", None, lambda rng, r: f"{rng.randint(12, 72)} x {rng.randint(12, 96)}", 0.0, 0.0),
        ("Quote Total", None, lambda rng, r: _amount(rng, "$", 90, 3500), 0.0, 0.0),
        ("Depot", None, _const_pick("Guelph", "Kingston", "Halifax"), 0.0, 0.0),
        ("Dog On Site", None, lambda rng, r: rng.choice(_PETS), 0.6, 0.0),
        ("Gate Code", None, lambda rng, r: f"{rng.randint(1000, 9999)}#", 0.5, 0.0),
        ("Insurer Claim No", None, lambda rng, r: f"CLM-{_rs(rng, _DIG, 9)}", 0.4, 0.0),
        ("Photo Hash", None, lambda rng, r: _sha(rng), 0.2, 0.0),
        ("Warranty Until", None, _date_fn(300, 1800), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_glass_invoices(rng, rows):
    locs = [L_ET, L_ET, L_ET, L_LT]
    cols = [
        ("arve_nr", None, lambda rng, r: f"{_TODAY.year}-{rng.randint(1000, 9999)}", 0.0, 0.0),
        ("kuupäev", None, _date_fn(-200, 0), 0.0, 0.0),
        ("klient", "PERSON", lambda rng, r: r.p.full, 0.0, 0.0),
        ("e_post", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.1, 0.0),
        ("telefon", "PHONE_NUMBER", _phone_fn("m", None), 0.1, 0.0),
        ("aadress", "STREET_ADDRESS", _one_line_addr, 0.05, 0.0),
        ("linn", "LOCATION", lambda rng, r: r.p.town.name, 0.1, 0.0),
        ("arvelduskonto", "IBAN_CODE", lambda rng, r: r.L.iban(rng), 0.3, 0.0),
        ("BIC", None, lambda rng, r: _swift(rng), 0.3, 0.0),
        ("viitenumber", None, lambda rng, r: _rs(rng, _DIG, rng.randint(7, 12)), 0.0, 0.0),
        ("toode", None, _const_pick("Klaaspakett 4-16-4", "Karastatud klaas 8 mm", "Peegel 5 mm", "Lamineeritud 44.2"), 0.0, 0.0),
        ("kogus_m2", None, lambda rng, r: f"{rng.uniform(0.2, 9):.2f}".replace(".", ","), 0.0, 0.0),
        ("summa", None, lambda rng, r: _eur(rng, 40, 3000), 0.0, 0.0),
        ("käibemaks", None, lambda rng, r: _eur(rng, 8, 600), 0.0, 0.0),
        ("tähtaeg", None, _date_fn(0, 30), 0.0, 0.0),
        ("ladu", None, _const_pick("Tallinn", "Tartu", "Pärnu"), 0.0, 0.0),
        ("staatus", None, _const_pick("makstud", "ootel", "viivises"), 0.0, 0.0),
        ("telefoni_tüüp", None, _const_pick("mobiil", "lauatelefon"), 0.3, 0.0),
    ]
    return _build(rng, rows, locs, cols)


def _t_club_members(rng, rows):
    L = L_IS
    cols = [
        ("félagsnúmer", None, lambda rng, r: f"BF-{rng.randint(100, 999)}", 0.0, 0.0),
        ("fornafn", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("eftirnafn", "PERSON", lambda rng, r: r.p.last, 0.0, 0.0),
        ("fæðingardagur", "DATE_OF_BIRTH", _dob_fn(None, 1950, 2015), 0.05, 0.0),
        ("netfang", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.1, 0.0),
        ("netfang_staðfest", None, _bool("já", "nei"), 0.0, 0.0),
        ("sími", "PHONE_NUMBER", _phone_fn("m", "nat"), 0.1, 0.02),
        ("heimilisfang", "STREET_ADDRESS", _one_line_addr, 0.15, 0.0),
        ("attr2", "LOCATION", lambda rng, r: r.p.town.name, 0.3, 0.0),
        ("lykilorð", "PASSWORD", lambda rng, r: _pwd(rng), 0.4, 0.0),
        ("lykilorð_breytt", None, _ts_fn("space"), 0.2, 0.0),
        ("lykilorð_hash", None, lambda rng, r: _sha(rng), 0.1, 0.0),
        ("bogategund", None, _const_pick("sveigbogi", "trissubogi", "langbogi", "berbogi"), 0.0, 0.0),
        ("dráttarþyngd_lbs", None, lambda rng, r: str(rng.randint(16, 60)), 0.1, 0.0),
        ("aðgangskóði", None, lambda rng, r: str(rng.randint(1000, 9999)), 0.0, 0.0),
        ("æfingastaður", None, _const_pick("Bogfimisetrið", "Laugardalshöll", "Íþróttahúsið Akureyri"), 0.0, 0.0),
        ("félagsgjald", None, lambda rng, r: f"{rng.randint(15, 60)}.000 kr.", 0.0, 0.0),
        ("greitt", None, _bool("já", "nei"), 0.0, 0.0),
        ("skráð", None, _date_fn(-900, 0), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_range_bookings(rng, rows):
    locs = [L_ZA, L_AF]
    cols = [
        ("BOOKING_REF", None, lambda rng, r: f"ARC-{_booking(rng)}", 0.0, 0.0),
        ("SESSION_START", None, _ts_fn("space"), 0.0, 0.0),
        ("CLIENT_NAME", "PERSON", lambda rng, r: r.p.full.upper() if rng.random() < 0.3 else r.p.full, 0.0, 0.0),
        ("CELL", "PHONE_NUMBER", _phone_fn("m", None), 0.05, 0.0),
        ("EMAIL", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.1, 0.0),
        ("HOME_TOWN", "LOCATION", lambda rng, r: r.p.town.name, 0.3, 0.03),
        ("ID_VERIFIED", None, _bool("Y", "N"), 0.0, 0.0),
        ("PARTY_SIZE", None, lambda rng, r: str(rng.randint(1, 24)), 0.0, 0.0),
        ("LANE", None, lambda rng, r: f"L{rng.randint(1, 16):02d}", 0.0, 0.0),
        ("BOW_HIRE", None, _bool("YES", "NO"), 0.0, 0.0),
        ("AMOUNT_ZAR", None, lambda rng, r: f"{rng.uniform(150, 9000):.2f}", 0.0, 0.0),
        ("CARD_PAN", "CREDIT_CARD", lambda rng, r: _card(rng, ""), 0.5, 0.0),
        ("CARD_LAST4", None, lambda rng, r: _last4(rng), 0.1, 0.0),
        ("CLIENT_IP", "IP_ADDRESS", lambda rng, r: _ip4(rng), 0.2, 0.0),
        ("KIOSK_IP", None, lambda rng, r: _priv_ip(rng), 0.0, 0.0),
        ("PARTNER_ID", None, lambda rng, r: "AC" + _sha(rng, 32), 0.3, 0.0),
        ("PARTNER_API_KEY", "API_KEY", lambda rng, r: _apikey(rng), 0.55, 0.0),
        ("VENUE", None, _const_pick("Midrand Range", "Stellenbosch Bowmen Field", "Durban North Indoor"), 0.0, 0.0),
        ("WAIVER_SHA1", None, lambda rng, r: _sha(rng, 40), 0.1, 0.0),
        ("COUPON", None, lambda rng, r: "BULLSEYE" + str(rng.randint(5, 30)), 0.6, 0.0),
    ]
    return _build(rng, rows, locs, cols)


def _t_uniform_orders(rng, rows):
    L = L_IN
    cols = [
        ("order.id", None, lambda rng, r: _ref(rng, "SO/26-27/"), 0.0, 0.0),
        ("order.created", None, _ts_fn("iso"), 0.0, 0.0),
        ("customer.name", "PERSON", lambda rng, r: r.p.full, 0.0, 0.0),
        ("customer.phone", "PHONE_NUMBER", _phone_fn("m", "in1"), 0.05, 0.0),
        ("customer.email", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.1, 0.0),
        ("ship.addr", "STREET_ADDRESS", _one_line_addr, 0.05, 0.0),
        ("ship.city", "LOCATION", lambda rng, r: r.p.town.name, 0.0, 0.0),
        ("school.name", None, _const_pick("St. Xavier's High School", "Gandhi Memorial Public School", "Sarojini Naidu Vidyalaya",
                                          "Kendriya Vidyalaya No. 2"), 0.3, 0.0),
        ("name_of_product", None, _const_pick("Nehru collar kurta", "Polo – embroidered crest", "Scrub top (name print)",
                                              "Mandarin jacket"), 0.0, 0.0),
        ("item.sku", None, lambda rng, r: f"SKU-{_rs(rng, _UP, 3)}-{rng.randint(100, 999)}", 0.0, 0.0),
        ("item.qty", None, lambda rng, r: str(rng.randint(10, 2000)), 0.0, 0.0),
        ("item.thread_color", None, _const_pick("Madeira 1147", "Gold 2024", "Navy 1243", "White 1001"), 0.0, 0.0),
        ("order.total", None, lambda rng, r: f"{rng.randint(2000, 900000):,}", 0.0, 0.0),
        ("order.gstin", None, lambda rng, r: f"{rng.randint(10, 36)}{_rs(rng, _UP, 5)}{_rs(rng, _DIG, 4)}{rng.choice(_UP)}1Z{rng.choice(_DIG)}", 0.4, 0.0),
        ("pay.card", "CREDIT_CARD", lambda rng, r: _card(rng, "-"), 0.6, 0.0),
        ("pay.card_last4", None, lambda rng, r: _last4(rng), 0.2, 0.0),
        ("pay.upi_ref", None, lambda rng, r: _rs(rng, _DIG, 12), 0.3, 0.0),
        ("courier.awb", None, lambda rng, r: _rs(rng, _DIG, 11), 0.2, 0.0),
        ("api.webhook_secret_hash", None, lambda rng, r: _sha(rng), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


def _t_embroidery_staff(rng, rows):
    L = L_PL
    cols = [
        ("id_pracownika", None, lambda rng, r: f"PR-{rng.randint(100, 999)}", 0.0, 0.0),
        ("imię", "PERSON", lambda rng, r: r.p.first, 0.0, 0.0),
        ("nazwisko", "PERSON", lambda rng, r: r.p.last, 0.0, 0.0),
        ("data_urodzenia", "DATE_OF_BIRTH", _dob_fn(None, 1960, 2006), 0.1, 0.0),
        ("miejsce_urodzenia", "LOCATION", lambda rng, r: r.L.town(rng).name, 0.3, 0.0),
        ("telefon", "PHONE_NUMBER", _phone_fn("m", None), 0.1, 0.0),
        ("email", "EMAIL_ADDRESS", lambda rng, r: r.p.email, 0.2, 0.0),
        ("adres", "STREET_ADDRESS", _one_line_addr, 0.1, 0.02),
        ("nr_konta", "IBAN_CODE", lambda rng, r: r.L.iban(rng), 0.15, 0.0),
        ("hasło_panel", "PASSWORD", lambda rng, r: _pwd(rng), 0.5, 0.0),
        ("stanowisko", None, _const_pick("hafciarka", "operator maszyny", "grafik", "pakowanie", "kierownik zmiany"), 0.0, 0.0),
        ("maszyna", None, _const_pick("Tajima TMBR-SC1501", "Brother PR1055X", "ZSK Sprint 7", "Barudan BEKT-S1501CII"), 0.2, 0.0),
        ("wersja_oprogramowania", None, lambda rng, r: _ver(rng), 0.0, 0.0),
        ("stawka_godz", None, lambda rng, r: f"{rng.randint(28, 70)},{rng.randint(0, 99):02d} zł", 0.0, 0.0),
        ("data_zatrudnienia", None, _date_fn(-3000, -10), 0.0, 0.0),
        ("ostatnie_logowanie", None, _ts_fn("space"), 0.1, 0.0),
        ("ip_stanowiska", None, lambda rng, r: _priv_ip(rng), 0.0, 0.0),
        ("imię_psa", None, lambda rng, r: rng.choice(["Burek", "Reksio", "Azor", "Luna", "Fafik", "Kropka"]), 0.6, 0.0),
        ("oddział", None, _const_pick("Łódź", "Kraków", "Bielsko-Biała"), 0.0, 0.0),
        ("telefon_typ", None, _const_pick("komórkowy", "służbowy"), 0.0, 0.0),
        ("pesel_zweryfikowany", None, _bool("tak", "nie"), 0.0, 0.0),
    ]
    return _build(rng, rows, [L], cols)


_TABLES = [
    ("honey_subscribers", _t_honey_subscribers),
    ("hive_kit_orders", _t_hive_kit_orders),
    ("transcript_jobs", _t_transcript_jobs),
    ("reporter_roster", _t_reporter_roster),
    ("flight_manifest", _t_flight_manifest),
    ("voucher_redemptions", _t_voucher_redemptions),
    ("callouts", _t_callouts),
    ("glass_invoices", _t_glass_invoices),
    ("club_members", _t_club_members),
    ("range_bookings", _t_range_bookings),
    ("uniform_orders", _t_uniform_orders),
    ("embroidery_staff", _t_embroidery_staff),
]


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------

def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        fn = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(f"tarn-{seed}-text-{i}")
        out.append(fn(rng).text())
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for name, fn in _TABLES:
        rng = random.Random(f"tarn-{seed}-table-{name}")
        cols = fn(rng, rows)
        assert all(len(c.values) == rows for c in cols)
        out[name] = cols
    return out
