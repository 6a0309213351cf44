"""Accuracy split "glade": labelled free text and look-alike-heavy tables for the PII-scanner benchmark.

DATA CARD
=========

Author and date
    Written by the helper "glade" on 2026-11-26 (a fixed "today"; nothing reads the clock).

Independence (exactly what was read)
    * The task prompt given to the helper (/tmp/notes/glade.md), including the exact definitions of LABELS, Text,
      Column, _luhn, _iban_of, _ip_public_v4 and _ip_public_v6 that this module imports from accuracy_data.
    * `ls bench/` and `ls` of the repository root (file names only).
    * `git log --oneline | head -3`, run once to see the repository state; it printed three commit subject lines.
      Nothing in this file was taken from them.
    * `grep -n tool.ruff pyproject.toml` (no match: no ruff configuration there) and `ls .venv/bin`.
    * Local outputs of Faker (its locale list, sample names and addresses for the locales used) and of phonenumbers
      (example numbers per region, is_valid_number on candidate formats), and the values returned when calling the
      imported accuracy_data helpers (never their source).
    Not opened: bench/accuracy_data.py, bench/accuracy.py, bench/accuracy_notes.md, any other
    bench/accuracy_split_*.py, bench/results/, bench/out/, rules/, pii_audit/, tests/, docs/, README*, SPEC*, ../shared.
    The scanner (pii-audit / python -m pii_audit) was never read or run; Presidio was not run; no web search.

API
    free_text(n, seed) -> list[Text]   text i renders TEMPLATES[i % 60] with random.Random(f"glade-{seed}-{i}-{key}").
    structured(rows, seed) -> dict[str, list[Column]]   12 tables, each column `rows` values long,
                                         table t uses random.Random(f"glade-{seed}-{t}").
    TEMPLATES   60 Tpl(key, domain, country, lang, shape, fn) records.
    Deterministic across processes and PYTHONHASHSEED values (string-seeded Random, every Faker call re-seeded from
    the text's Random, no set iteration, no clock).  The benchmark calls free_text(500, 7) and structured(150, 11):
    together about 4 s on the development machine.

Domains (6 templates each; all brands invented)
    home-insurance broker (Hearthguard Brokers, Keystone & Pryce, Fenwick Home Cover, Llar Segur Corredoria),
    electricity & gas utility (Brightwell Energy, Ampera Gas & Power, Enerji Plus, Voolu Energia, Northgrid Power),
    gym chain (Ironbark Fitness, PulseFit, Forma Gym, Judėk sporto klubas, Lakas Fitness Hub), mobile operator
    (Kestrel Mobile, Símabær, Vinamobi, Zuri Telecom, Alba Mobile), ride-hailing (Hopla Rides, Zipcab, yolcu-trip,
    Brauc), hospital billing (Mercy Ridge Medical Center, St Bridget's University Hospital, Hospital Comarcal del
    Vallès, Splošna bolnišnica Zdravje), university admissions (Kingsmere University, Đại học Sông Hồng,
    Universiteti "Arbëria"), used-car marketplace (Revline Motors, Wheelhouse, Auto Bazārs, Zuri Auto Finance),
    pension fund (Cairnstone Pension Trust, Tuleviku Pensionifond, Maple Leaf Pension Plan, Fons de Pensions Mutual
    Català), event ticketing (Gatepass, TiketBayan, bilesu-serviss, Showtime India, TicketRăsărit).

Languages (templates; 33 English = 55 %, 27 other = 45 %, 11 other languages, all from the "rarely used" list)
    English 33: US 8, GB 6, IN 4, IE 3, AU 3, CA 3, NZ 2, NG 2, KE 2.
    Catalan 3, Turkish 3, Romanian 3, Tagalog/Filipino 3, Latvian 3, Estonian 2, Slovenian 2, Lithuanian 2,
    Icelandic 2, Vietnamese 2, Albanian 2.
    Names, towns, streets, postcodes, phone formats and date formats follow each text's country.

Shapes
    e-mail replies with signatures and '>'-quoted originals (GB, LV, NZ), forwarded mails (RO, IE, IN), plain e-mails
    with reply signatures (SL, IS, VI, IN, GB, ET), WhatsApp exports (CA, NG), Zalo and Messenger chats (VI, TL),
    Slack (AU, US) and Teams (CA) exports, live chats (NZ, LT, NG, TL), SMS threads (TR, KE, TL), tickets with internal
    notes (GB, AL, US), CRM / call notes (US, Catalan, AL, TR, KE, IE), lower-case speech-to-text transcripts (IN, CA),
    key: value forms (ET, SL), key=value dumps (CA log line, Catalan form), JSON lines (AU, TR, LV) and pretty JSON (LT),
    application log (US), web-server access logs (US x2), .env config (RO), OCR'd forms (IE, US), spreadsheet rows
    pasted as TSV (AU, IS), notification subjects (GB, US), marketplace threads (GB, LV), and three texts with no PII
    (IN outage notice, GB billing memo, RO event announcement).

Label counts in free_text(500, 7)
    4,592 spans: PERSON 1841, PHONE_NUMBER 650, EMAIL_ADDRESS 560, STREET_ADDRESS 462, DATE_OF_BIRTH 389,
    LOCATION 212, IP_ADDRESS 188, IBAN_CODE 135, API_KEY 59, PASSWORD 34, CREDIT_CARD 25, US_SSN 22,
    US_BANK_NUMBER 15; 25 texts carry no span.

Value rules
    Names: Faker per locale (en_US/GB/IE/CA/AU/NZ/IN/NG/KE, es_CA for Catalan, ro_RO, sl_SI, et_EE, lv_LV) or curated
    lists (Lithuanian with gendered surnames, Vietnamese family-middle-given order, Albanian, Filipino, Turkish,
    Icelandic patronymics).  Addresses: real towns with matching postcode patterns and local street formats.  Phones:
    generated per region/town prefix, accepted only if phonenumbers.is_valid_number, written in local styles
    (national, international, E.164, compact, dashed); service lines (0800, 900, 444) are labelled when valid.
    Cards Luhn-valid (Visa, MC incl. 2-series, Amex, Discover); SSNs valid (no 000/666/9xx, group 00, serial 0000);
    IBANs mod-97 valid (accuracy_data._iban_of for ES/GB/IE, own BBAN builders for TR RO SI EE LT LV IS AL);
    public IPs from accuracy_data; birth dates 16 to 84 years before 2026-11-26.
    Every span is built from parts, so offsets are exact; _mk asserts text[s:e] == value, no overlap, no edge
    whitespace/quotes/brackets/trailing punctuation, no value glued to a word character, and per-label validity.

Label conventions as applied
    PERSON: full, first-only, surname-only, upper/lower case, "Last, First", "First L." (initial's period inside);
    titles (Mr, Mrs, Sr., la Sra., ông) outside; chat speakers labelled (roles such as "Klientas", "Siz", "Ako",
    "Visitor" and brand accounts are not); names inside brands, shops, venues, schools, streets and companies
    (Keystone & Pryce, Jessie Mae Pilates, Kamau Brothers Motors, Liceul Teoretic Avram Iancu, Herbert Macaulay Way)
    are not; pet names are not.
    STREET_ADDRESS: street line + postcode + town as one span; multi-line blocks one span (flat/apt/floor inside);
    in '>'-quoted replies each quoted line is its own span; business addresses in signatures/letterheads labelled;
    bare street lines labelled.
    LOCATION: towns/countries where a person lives, was born, comes from or travels to (inflected forms as written:
    "į Klaipėdą", "no Jūrmalas"); branch, depot, club, hub, office and venue towns are not.
    DATE_OF_BIRTH: birth dates only, numeric, long and spoken ("seventeenth september nineteen seventy two").
    PASSWORD / API_KEY: plaintext secrets only (sk_live_/rk_live_, ghp_, xoxb-, SG., AIza, key-, Twilio auth token,
    invented brand keys); hashes, pk_live_, Twilio AC SIDs, session ids, masked keys are not.
    US_BANK_NUMBER: US account numbers only, never routing numbers.  IBAN_CODE: spaced or not.  EMAIL: every address,
    role addresses included.  IP: public only.

Look-alikes (never labelled)
    masked cards and last-4, expiry, CVV placeholders, private/CGNAT/loopback/ULA IPs, version strings, bcrypt,
    argon2 and sha256 hashes, UUIDs, order/ticket/booking/claim/policy/lead/trip/tracking numbers, OTPs, PINs, door
    and locker codes, IMEIs and ICCIDs (Luhn-valid), ABA routing numbers alone, Canadian transit/account numbers, GB
    sort codes, SWIFT/BIC, MPAN/ICP/EIC/CUPS meter ids, GPS coordinates, number plates, VINs, amounts, timestamps and
    non-birth dates, short codes (1912, 72xxx), brand/company/school/venue names containing person names, pet names,
    branch/office/hub towns.

Tables (structured(150, 11); PII / look-alike column counts; 101 PII and 150 look-alike columns in all)
    hearthguard_policyholders     en-GB  8/12  snake_case + abbreviations (dob, addr1, tel)
    brightwell_energy_accounts    en-US  8/13  camelCase + opaque col_7 (birth date)
    ironbark_members              en-AU  9/11  PascalCase + opaque field_9 (emergency contact name)
    abone_listesi                 tr-TR  9/12  Turkish spaced headers + opaque field_3 (public IP)
    hopla_trips_in                en-IN  7/14  UPPER_SNAKE + opaque ATTR2 (driver phone)
    mercy_ridge_patient_billing   en-US  8/14  spaced Title Case + "Bank Acct #", "Routing #"
    candidati_admitere            ro-RO  8/12  Romanian dotted (data.nasterii, loc.nasterii)
    revline_car_leads             en-IE  9/13  snake_case abbreviations + camelCase + opaque attr2 (town)
    lifeyrir_felagar              is-IS  8/12  Icelandic headers (Nafn, Maki = spouse name)
    gatepass_ticket_orders        en-CA  9/13  dotted camelCase + opaque field_3 (birth date) + account.pwd
    clients_subministrament       ca-ES  8/12  Catalan spaced headers
    hopla_vairuotojai             lt-LT 10/12  Lithuanian snake_case (api_raktas, slaptažodis)
    Hard PII columns: first-name-only and surname-only columns, names under opaque/foreign headers, towns, local-format
    birth dates, national-format phones, plaintext passwords, API keys, US account numbers, IBANs, public IPs, card
    numbers, street lines.  Look-alike columns: PII-sounding headers without PII (email_verified, phone_type,
    password_changed_at, card_last4, dob_verified, address_type, name_of_product, ...) and PII-looking values
    (codes, versions, hashes, refs, amounts, timestamps, masked cards, private IPs, pet names, branch towns, company
    and school names).  Blanks (None) at per-column rates 0-60 %; a few placeholders (N/A, -, unknown, ?) in some
    columns, PII columns included (the column keeps its entity).

Known limits
    Phone numbers are random digits accepted by phonenumbers metadata, not allocated numbers; mobile prefixes are a
    handful per country.  Postcodes match the town's area but the street is not checked against the postcode.
    Faker's es_CA pool mixes Spanish and Catalan names.  Non-English phrasing was written by the helper, not by native
    speakers, and stays close to service-desk register.  Template texts are short (about 700 characters on average)
    and each template's skeleton repeats across its ~8 renderings; only values and a few branches vary.
    Lower-case STT transcripts keep e-mail addresses in written form.  Nigerian addresses carry no postcode (as usual
    there); Kenyan ones sometimes a postal code.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import random
import re
import string
import unicodedata
import uuid
from typing import Callable, NamedTuple

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 26)

# label shorthands
N = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
CC = "CREDIT_CARD"
SSN = "US_SSN"
BK = "US_BANK_NUMBER"
IB = "IBAN_CODE"
IP = "IP_ADDRESS"
AD = "STREET_ADDRESS"
LO = "LOCATION"
DOB = "DATE_OF_BIRTH"
PW = "PASSWORD"
AK = "API_KEY"
assert all(lab in LABELS for lab in (N, EM, PH, CC, SSN, BK, IB, IP, AD, LO, DOB, PW, AK))

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}


def _fk(loc: str, r: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(r.getrandbits(32))
    return f


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th",
                       "Þ": "Th", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "œ": "oe", "ë": "e", "ç": "c"})


def _ascii(s: str) -> str:
    s = s.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


def _c(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def _hex(r: random.Random, n: int) -> str:
    return "".join("0123456789abcdef"[r.randrange(16)] for _ in range(n))


def _chance(r: random.Random, p: float) -> bool:
    return r.random() < p


# ---------------------------------------------------------------------------------------------
# text builder: pieces are str, (value, label) tuples, None (skipped) or nested lists
# ---------------------------------------------------------------------------------------------

_BAD_EDGE = set(" \t\n\r\"'“”‘’«»()[]{}<>,;:!?")


def _flatten(pieces, out):
    for p in pieces:
        if p is None:
            continue
        if isinstance(p, (list, tuple)) and not (isinstance(p, tuple) and len(p) == 2 and isinstance(p[1], str)
                                                 and p[1] in LABELS):
            _flatten(p, out)
        else:
            out.append(p)


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def _luhn_ok(s: str) -> bool:
    d = [int(ch) for ch in s if ch.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


def _phone_ok(s: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


def _check_span(v: str, lab: str, region: str) -> None:
    assert v and v == v.strip(), (lab, v)
    assert (v[0] not in _BAD_EDGE or (lab == PH and v[0] == "(" and ")" in v)) and v[-1] not in _BAD_EDGE, (lab, v)
    if v.endswith("."):
        # only "First L." (initial inside the span) or an abbreviation closing an address line
        assert lab in (N, AD) and (lab == AD or re.search(r"\b\w\.$", v)), (lab, v)
    if lab == PH:
        assert _phone_ok(v, region), (v, region)
    elif lab == CC:
        assert _luhn_ok(v) and 13 <= sum(ch.isdigit() for ch in v) <= 19 and re.fullmatch(r"[\d -]+", v), v
    elif lab == SSN:
        assert _ssn_ok(v), v
    elif lab == IB:
        assert _iban_ok(v), v
    elif lab == IP:
        assert ipaddress.ip_address(v).is_global, v
    elif lab == EM:
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), v
    elif lab == BK:
        assert re.fullmatch(r"\d{6,17}", v), v


def _mk(pieces, region: str) -> Text:
    flat: list = []
    _flatten(pieces, flat)
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in flat:
        if isinstance(p, tuple):
            v, lab = p
            _check_span(v, lab, region)
            spans.append((pos, pos + len(v), lab))
            parts.append(v)
            pos += len(v)
        else:
            assert isinstance(p, str), p
            parts.append(p)
            pos += len(p)
    text = "".join(parts)
    vals = [p for p in flat if isinstance(p, tuple)]
    for (s, e, lab), (v, lab2) in zip(spans, vals):
        assert text[s:e] == v and lab == lab2
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, (text[s1:e1], text[s2:e2])
    # a labelled value must not be glued to a word character on either side
    for s, e, lab in spans:
        if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
            raise AssertionError(("glued left", text[s - 5:e]))
        if e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
            raise AssertionError(("glued right", text[s:e + 5]))
    return Text(text=text, spans=spans)

# ---------------------------------------------------------------------------------------------
# country data (towns are real; streets are common local street names; numbers are random)
# town tuple: (town, postcode pattern or list, fixed-line area prefix, region/county)
# postcode pattern symbols: '#' digit, '@' GB inward letter, '^' Canadian letter, '%' Eircode char
# ---------------------------------------------------------------------------------------------

_GBL = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVXY"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def _pat(r: random.Random, pat) -> str:
    if isinstance(pat, list):
        return _c(r, pat)
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(r.randrange(10)))
        elif ch == "@":
            out.append(_c(r, _GBL))
        elif ch == "^":
            out.append(_c(r, _CAL))
        elif ch == "%":
            out.append(_c(r, _EIR))
        else:
            out.append(ch)
    return "".join(out)


_TOWNS = {
    "US": [("Columbus", "432##", "614", "OH"), ("Tucson", "857##", "520", "AZ"), ("Raleigh", "276##", "919", "NC"),
           ("Spokane", "992##", "509", "WA"), ("Albany", "122##", "518", "NY"), ("Madison", "537##", "608", "WI"),
           ("Boise", "837##", "208", "ID"), ("Savannah", "314##", "912", "GA"), ("Omaha", "681##", "402", "NE"),
           ("Dayton", "454##", "937", "OH"), ("Eugene", "974##", "541", "OR"), ("Fresno", "937##", "559", "CA"),
           ("Knoxville", "379##", "865", "TN"), ("Lansing", "489##", "517", "MI"), ("Tulsa", "741##", "918", "OK"),
           ("Worcester", "016##", "508", "MA"), ("Richmond", "232##", "804", "VA"), ("Plano", "750##", "972", "TX")],
    "GB": [("Leeds", "LS6 #@@", "113", "West Yorkshire"), ("Bristol", "BS7 #@@", "117", "Avon"),
           ("Norwich", "NR2 #@@", "1603", "Norfolk"), ("Harrogate", "HG1 #@@", "1423", "North Yorkshire"),
           ("Exeter", "EX4 #@@", "1392", "Devon"), ("Cardiff", "CF14 #@@", "29", "South Glamorgan"),
           ("Reading", "RG1 #@@", "118", "Berkshire"), ("Derby", "DE22 #@@", "1332", "Derbyshire"),
           ("Bath", "BA2 #@@", "1225", "Somerset"), ("York", "YO10 #@@", "1904", "North Yorkshire"),
           ("Brighton", "BN1 #@@", "1273", "East Sussex"), ("Leicester", "LE2 #@@", "116", "Leicestershire"),
           ("Sheffield", "S11 #@@", "114", "South Yorkshire"), ("Stockport", "SK4 #@@", "161", "Cheshire"),
           ("Glasgow", "G12 #@@", "141", "Lanarkshire"), ("Edinburgh", "EH6 #@@", "131", "Midlothian")],
    "IE": [("Galway", "H91 %%%%", "91", "Co. Galway"), ("Cork", "T12 %%%%", "21", "Co. Cork"),
           ("Limerick", "V94 %%%%", "61", "Co. Limerick"), ("Dublin 8", "D08 %%%%", "1", "Dublin"),
           ("Dublin 6W", "D6W %%%%", "1", "Dublin"), ("Sligo", "F91 %%%%", "71", "Co. Sligo"),
           ("Kilkenny", "R95 %%%%", "56", "Co. Kilkenny"), ("Athlone", "N37 %%%%", "90", "Co. Westmeath"),
           ("Tralee", "V92 %%%%", "66", "Co. Kerry"), ("Drogheda", "A92 %%%%", "41", "Co. Louth"),
           ("Waterford", "X91 %%%%", "51", "Co. Waterford"), ("Ennis", "V95 %%%%", "65", "Co. Clare")],
    "CA": [("Halifax", "B3H #^#", "902", "NS"), ("Moncton", "E1C #^#", "506", "NB"), ("Ottawa", "K1S #^#", "613", "ON"),
           ("London", "N6A #^#", "519", "ON"), ("Hamilton", "L8P #^#", "905", "ON"), ("Winnipeg", "R3M #^#", "204", "MB"),
           ("Saskatoon", "S7N #^#", "306", "SK"), ("Calgary", "T2N #^#", "403", "AB"), ("Edmonton", "T6G #^#", "780", "AB"),
           ("Victoria", "V8V #^#", "250", "BC"), ("Kelowna", "V1Y #^#", "250", "BC"), ("Regina", "S4P #^#", "306", "SK")],
    "AU": [("Brunswick", "3056", "3", "VIC"), ("Fitzroy", "3065", "3", "VIC"), ("Geelong", "3220", "3", "VIC"),
           ("Newtown", "2042", "2", "NSW"), ("Parramatta", "2150", "2", "NSW"), ("Wollongong", "2500", "2", "NSW"),
           ("Toowong", "4066", "7", "QLD"), ("Townsville", "4810", "7", "QLD"), ("Fremantle", "6160", "8", "WA"),
           ("Glenelg", "5045", "8", "SA"), ("Hobart", "7000", "3", "TAS"), ("Ballarat", "3350", "3", "VIC"),
           ("Newcastle", "2300", "2", "NSW")],
    "NZ": [("Auckland", ["1010", "1011", "1021", "1025", "0632"], "9", ""), ("Hamilton", "3204", "7", ""),
           ("Tauranga", "3110", "7", ""), ("Wellington", ["6011", "6012", "6021"], "4", ""),
           ("Lower Hutt", "5010", "4", ""), ("Christchurch", ["8011", "8014", "8041"], "3", ""),
           ("Dunedin", "9016", "3", ""), ("Nelson", "7010", "3", ""), ("Napier", "4110", "6", ""),
           ("Palmerston North", "4410", "6", ""), ("Whangārei", "0110", "9", ""), ("Queenstown", "9300", "3", "")],
    "IN": [("Pune", "4110##", "20", "Maharashtra"), ("Bengaluru", "5600##", "80", "Karnataka"),
           ("Chennai", "6000##", "44", "Tamil Nadu"), ("Hyderabad", "5000##", "40", "Telangana"),
           ("Kochi", "6820##", "484", "Kerala"), ("Jaipur", "3020##", "141", "Rajasthan"),
           ("Lucknow", "2260##", "522", "Uttar Pradesh"), ("Indore", "4520##", "731", "Madhya Pradesh"),
           ("Ahmedabad", "3800##", "79", "Gujarat"), ("Kolkata", "7000##", "33", "West Bengal"),
           ("Coimbatore", "6410##", "422", "Tamil Nadu"), ("Nagpur", "4400##", "712", "Maharashtra")],
    "NG": [("Ikeja", "", "201", "Lagos"), ("Yaba", "", "201", "Lagos"), ("Lekki", "", "201", "Lagos"),
           ("Surulere", "", "201", "Lagos"), ("Wuse", "", "209", "Abuja"), ("Garki", "", "209", "Abuja"),
           ("Ibadan", "", "202", "Oyo"), ("Port Harcourt", "", "2084", "Rivers"), ("Enugu", "", "2042", "Enugu"),
           ("Kano", "", "2064", "Kano"), ("Benin City", "", "2052", "Edo"), ("Abeokuta", "", "2039", "Ogun")],
    "KE": [("Nairobi", "00100", "20", "Nairobi"), ("Westlands", "00800", "20", "Nairobi"),
           ("Mombasa", "80100", "41", "Mombasa"), ("Kisumu", "40100", "57", "Kisumu"), ("Nakuru", "20100", "51", "Nakuru"),
           ("Eldoret", "30100", "53", "Uasin Gishu"), ("Thika", "01000", "67", "Kiambu"), ("Nyeri", "10100", "61", "Nyeri"),
           ("Machakos", "90100", "44", "Machakos"), ("Kitale", "30200", "54", "Trans-Nzoia")],
    "PH": [("Quezon City", "11##", "2", "Metro Manila"), ("Makati", "12##", "2", "Metro Manila"),
           ("Pasig", "16##", "2", "Metro Manila"), ("Cebu City", "6000", "32", "Cebu"), ("Davao City", "8000", "82", "Davao del Sur"),
           ("Iloilo City", "5000", "33", "Iloilo"), ("Baguio", "2600", "74", "Benguet"), ("Antipolo", "1870", "2", "Rizal"),
           ("Caloocan", "14##", "2", "Metro Manila"), ("Cagayan de Oro", "9000", "88", "Misamis Oriental"),
           ("Bacolod", "6100", "34", "Negros Occidental")],
    "ES": [("Barcelona", ["08001", "08005", "08008", "08012", "08013", "08014", "08019", "08025", "08029", "08031"], "93", "Barcelona"),
           ("Girona", ["17001", "17002", "17003", "17005"], "972", "Girona"), ("Lleida", ["25001", "25003", "25005", "25008"], "973", "Lleida"),
           ("Tarragona", ["43001", "43002", "43003", "43005"], "977", "Tarragona"), ("Sabadell", ["08201", "08202", "08204", "08206"], "93", "Barcelona"),
           ("Terrassa", ["08221", "08222", "08224", "08225"], "93", "Barcelona"), ("Badalona", ["08911", "08912", "08914", "08915"], "93", "Barcelona"),
           ("Reus", ["43201", "43202", "43204", "43205"], "977", "Tarragona"), ("Vic", ["08500"], "93", "Barcelona"),
           ("Manresa", ["08240", "08241", "08242", "08243"], "93", "Barcelona"), ("Mataró", ["08301", "08302", "08303", "08304"], "93", "Barcelona"),
           ("Figueres", ["17600"], "972", "Girona")],
    "TR": [("Kadıköy", ["34710", "34714", "34728", "34730"], "216", "İstanbul"), ("Beşiktaş", ["34349", "34353", "34357"], "212", "İstanbul"),
           ("Üsküdar", ["34662", "34664", "34672"], "216", "İstanbul"), ("Çankaya", ["06420", "06550", "06680", "06690"], "312", "Ankara"),
           ("Karşıyaka", ["35530", "35540", "35560"], "232", "İzmir"), ("Nilüfer", ["16110", "16120", "16140"], "224", "Bursa"),
           ("Muratpaşa", ["07040", "07100", "07160"], "242", "Antalya"), ("Tepebaşı", ["26010", "26130"], "222", "Eskişehir"),
           ("Seyhan", ["01060", "01120"], "322", "Adana"), ("Ortahisar", ["61030", "61040"], "462", "Trabzon")],
    "RO": [("Cluj-Napoca", "4001##", "264", "Cluj"), ("Iași", "7001##", "232", "Iași"), ("Timișoara", "3002##", "256", "Timiș"),
           ("Brașov", "5000##", "268", "Brașov"), ("Constanța", "9006##", "241", "Constanța"), ("Sibiu", "5500##", "269", "Sibiu"),
           ("Oradea", "4100##", "259", "Bihor"), ("Craiova", "2001##", "251", "Dolj"), ("Ploiești", "1000##", "244", "Prahova"),
           ("București", "0300##", "21", "Sector 3")],
    "IS": [("Reykjavík", ["101", "103", "104", "105", "107", "108", "112"], "5", ""), ("Kópavogur", ["200", "201", "203"], "5", ""),
           ("Hafnarfjörður", ["220", "221"], "5", ""), ("Garðabær", ["210"], "5", ""), ("Akureyri", ["600", "603"], "46", ""),
           ("Selfoss", ["800"], "48", ""), ("Reykjanesbær", ["230", "260"], "42", ""), ("Mosfellsbær", ["270"], "5", ""),
           ("Egilsstaðir", ["700"], "47", ""), ("Ísafjörður", ["400"], "45", "")],
    "SI": [("Ljubljana", ["1000"], "1", ""), ("Maribor", ["2000"], "2", ""), ("Celje", ["3000"], "3", ""), ("Kranj", ["4000"], "4", ""),
           ("Koper", ["6000"], "5", ""), ("Novo mesto", ["8000"], "7", ""), ("Velenje", ["3320"], "3", ""), ("Ptuj", ["2250"], "2", ""),
           ("Nova Gorica", ["5000"], "5", ""), ("Domžale", ["1230"], "1", ""), ("Murska Sobota", ["9000"], "2", "")],
    "EE": [("Tallinn", ["10111", "10115", "10130", "10141", "11314", "13516", "10617"], "6", "Harju maakond"),
           ("Tartu", ["50090", "50106", "51004", "51014"], "7", "Tartu maakond"), ("Pärnu", ["80010", "80042"], "44", "Pärnu maakond"),
           ("Narva", ["20308", "21004"], "35", "Ida-Viru maakond"), ("Viljandi", ["71020"], "43", "Viljandi maakond"),
           ("Rakvere", ["44307"], "32", "Lääne-Viru maakond"), ("Haapsalu", ["90502"], "47", "Lääne maakond"),
           ("Kuressaare", ["93815"], "45", "Saare maakond"), ("Võru", ["65608"], "78", "Võru maakond"), ("Keila", ["76608"], "6", "Harju maakond")],
    "LT": [("Vilnius", ["LT-01103", "LT-03225", "LT-08105", "LT-09308", "LT-10223"], "5", ""), ("Kaunas", ["LT-44248", "LT-50156", "LT-49428"], "37", ""),
           ("Klaipėda", ["LT-92228", "LT-91247"], "46", ""), ("Šiauliai", ["LT-76285", "LT-78133"], "41", ""),
           ("Panevėžys", ["LT-35173", "LT-36220"], "45", ""), ("Alytus", ["LT-62141"], "315", ""),
           ("Marijampolė", ["LT-68308"], "343", ""), ("Utena", ["LT-28241"], "389", "")],
    "VN": [("Hà Nội", ["quận Cầu Giấy", "quận Ba Đình", "quận Đống Đa", "quận Hai Bà Trưng"], "24", ""),
           ("TP. Hồ Chí Minh", ["Quận 1", "Quận 3", "quận Bình Thạnh", "quận Phú Nhuận"], "28", ""),
           ("Đà Nẵng", ["quận Hải Châu", "quận Sơn Trà"], "236", ""), ("Hải Phòng", ["quận Lê Chân", "quận Ngô Quyền"], "225", ""),
           ("Cần Thơ", ["quận Ninh Kiều"], "292", ""), ("Huế", ["phường Vĩnh Ninh"], "234", ""), ("Nha Trang", ["phường Lộc Thọ"], "258", "")],
    "AL": [("Tiranë", ["1001", "1010", "1019", "1023"], "4", ""), ("Durrës", ["2001", "2002"], "52", ""), ("Vlorë", ["9401"], "33", ""),
           ("Shkodër", ["4001"], "22", ""), ("Elbasan", ["3001"], "54", ""), ("Korçë", ["7001"], "82", ""), ("Fier", ["9301"], "34", ""),
           ("Berat", ["5001"], "32", ""), ("Sarandë", ["9701"], "85", "")],
    "LV": [("Rīga", ["LV-1010", "LV-1011", "LV-1050", "LV-1001", "LV-1046", "LV-1082"], "67", ""), ("Daugavpils", ["LV-5401", "LV-5404"], "65", ""),
           ("Liepāja", ["LV-3401", "LV-3405"], "63", ""), ("Jelgava", ["LV-3001", "LV-3002"], "63", ""), ("Jūrmala", ["LV-2015", "LV-2010"], "67", ""),
           ("Ventspils", ["LV-3601"], "63", ""), ("Valmiera", ["LV-4201"], "64", ""), ("Rēzekne", ["LV-4601"], "64", ""),
           ("Cēsis", ["LV-4101"], "64", ""), ("Ogre", ["LV-5001"], "65", "")],
}

_STREETS = {
    "US": ["Maple Ave", "Oak Street", "W 5th St", "Elm Drive", "Cedar Ln", "Park Place", "Hillcrest Rd", "Pine St",
           "Lakeview Dr", "Meadow Lane", "Church St", "Sunset Blvd", "Ridge Road", "Walnut Ave", "N Main St", "Highland Ave",
           "Willow Creek Dr", "Jefferson Ave", "E 14th Street", "Birch Court"],
    "GB": ["Mill Lane", "Victoria Road", "Church Street", "Station Road", "Park Avenue", "The Crescent", "Queens Road",
           "Highfield Close", "Manor Way", "Kingsway", "Orchard Grove", "Albert Terrace", "Westfield Drive", "Chapel Street",
           "Beech Grove", "St Mary's Road"],
    "IE": ["Main Street", "Newcastle Road", "Church Road", "Castle Street", "Ashgrove Park", "College Road", "The Green",
           "Oakwood Drive", "Parnell Street", "Bóthar na Trá", "Sráid an Mhuilinn", "Woodview Heights", "Marian Terrace"],
    "CA": ["Elm Street", "Spring Garden Road", "Bank Street", "Portage Avenue", "Jasper Avenue", "Maple Crescent",
           "King Street W", "Dundas Street", "Oak Bay Avenue", "Whyte Avenue", "Prince Albert Road", "Lakeshore Drive",
           "Broadway Ave", "Pembina Highway"],
    "AU": ["Sydney Rd", "Smith St", "Brunswick St", "King St", "Church Street", "Moggill Rd", "High Street", "Ocean Parade",
           "Hopkins St", "Jetty Road", "Sturt St", "Elizabeth Street", "Wattle Grove", "Banksia Ave"],
    "NZ": ["Rata Street", "Queen Street", "Kauri Road", "Cuba Street", "George Street", "Harbour View Road", "Tui Crescent",
           "Karaka Street", "Hinemoa Street", "Riccarton Road", "Pohutukawa Ave", "Hill Road"],
    "IN": ["MG Road", "14th Cross, Indiranagar", "Linking Road", "Anna Salai", "Park Street", "FC Road", "SV Road",
           "Jubilee Hills Road No. 36", "Civil Lines", "Ashram Road", "Race Course Road", "Nehru Nagar Main Road"],
    "NG": ["Adeniyi Jones Avenue", "Herbert Macaulay Way", "Admiralty Way", "Allen Avenue", "Aminu Kano Crescent",
           "Bode Thomas Street", "Ring Road", "Aba Road", "Ogui Road", "Zaria Road", "Akin Adesola Street"],
    "KE": ["Ngong Road", "Riverside Drive", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Waiyaki Way",
           "Nyali Road", "Kimathi Way", "Lenana Road", "Argwings Kodhek Road"],
    "PH": ["Sampaguita St.", "Rizal Avenue", "Mabini St.", "Katipunan Ave.", "J.P. Laurel Ave.", "Gen. Luna St.",
           "Narra St.", "Osmeña Blvd.", "Session Road", "Magsaysay Ave."],
    "ES": ["Carrer de Balmes", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera", "Rambla Nova", "Avinguda Diagonal",
           "Carrer del Carme", "Carrer de Sant Pere", "Carrer Nou", "Carrer de Mallorca", "Avinguda de Catalunya",
           "Carrer de l'Església"],
    "TR": ["Moda Cad.", "Bağdat Cad.", "İnönü Cad.", "Atatürk Bulvarı", "Gül Sok.", "Kazım Karabekir Cad.", "Cumhuriyet Cad.",
           "Lale Sok.", "Menekşe Sok.", "Barbaros Bulvarı", "Talatpaşa Bulvarı", "Şehit Fethi Bey Cad."],
    "RO": ["Str. Memorandumului", "Bd. 21 Decembrie 1989", "Str. Mihai Eminescu", "Calea Victoriei", "Str. Republicii",
           "Bd. Independenței", "Str. Lalelelor", "Aleea Trandafirilor", "Str. Avram Iancu", "Calea Dumbrăvii",
           "Str. Primăverii", "Bd. Tomis"],
    "IS": ["Laugavegur", "Hringbraut", "Skólavörðustígur", "Hafnarstræti", "Bárugata", "Lindargata", "Álfhólsvegur",
           "Strandgata", "Túngata", "Aðalstræti", "Hraunbær", "Kirkjubraut"],
    "SI": ["Trubarjeva cesta", "Slovenska ulica", "Prešernova ulica", "Cankarjeva ulica", "Gregorčičeva ulica",
           "Celovška cesta", "Partizanska cesta", "Kidričeva ulica", "Tržaška cesta", "Ulica talcev", "Gosposvetska cesta"],
    "EE": ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Rüütli tn", "Lai tn", "Kalevi tn", "Mustamäe tee", "Sõpruse pst",
           "Riia tn", "Vanemuise tn", "Kase tn", "Männi tn"],
    "LT": ["Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Savanorių pr.", "Taikos pr.", "Pylimo g.", "Kalvarijų g.",
           "Žirmūnų g.", "Aušros g.", "Tilžės g.", "Liepų g.", "Beržų g."],
    "VN": ["phố Trần Duy Hưng", "đường Lê Lợi", "đường Nguyễn Huệ", "phố Huế", "đường Nguyễn Văn Linh", "đường Hai Bà Trưng",
           "phố Kim Mã", "đường Cách Mạng Tháng Tám", "đường 3 Tháng 2", "phố Hàng Bông"],
    "AL": ["Rruga e Kavajës", "Rruga Myslym Shyri", "Rruga e Elbasanit", "Rruga Sami Frashëri", "Bulevardi Zogu I",
           "Rruga Ismail Qemali", "Rruga Abdyl Frashëri", "Rruga e Durrësit", "Rruga Pjetër Bogdani", "Rruga e Barrikadave"],
    "LV": ["Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Krišjāņa Barona iela", "Lāčplēša iela", "Rīgas iela",
           "Zemnieku iela", "Dzirnavu iela", "Kalnciema iela", "Ganību dambis", "Ausekļa iela", "Skolas iela"],
}

# curated names where Faker's locale has none or gets them wrong
_NAMES = {
    "LT": (["Tomas", "Mantas", "Lukas", "Jonas", "Darius", "Paulius", "Vytautas", "Andrius", "Rokas", "Gintaras"],
           ["Rūta", "Austėja", "Eglė", "Ieva", "Gabija", "Lina", "Jurgita", "Kristina", "Greta", "Milda"],
           [("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"), ("Petrauskas", "Petrauskienė", "Petrauskaitė"),
            ("Jankauskas", "Jankauskienė", "Jankauskaitė"), ("Vaitkus", "Vaitkienė", "Vaitkutė"),
            ("Žukauskas", "Žukauskienė", "Žukauskaitė"), ("Butkus", "Butkienė", "Butkutė"),
            ("Paulauskas", "Paulauskienė", "Paulauskaitė"), ("Urbonas", "Urbonienė", "Urbonaitė"),
            ("Navickas", "Navickienė", "Navickaitė"), ("Balčiūnas", "Balčiūnienė", "Balčiūnaitė")]),
    "VN": (["Minh", "Tuấn", "Dũng", "Hùng", "Quang", "Nam", "Phong", "Khoa", "Long", "Đức"],
           ["Lan", "Hương", "Thảo", "Linh", "Trang", "Mai", "Ngọc", "Hà", "Phương", "Yến"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]),
    "AL": (["Arben", "Ermal", "Gentian", "Ilir", "Kreshnik", "Besnik", "Dritan", "Erion", "Fatos", "Arlind"],
           ["Albana", "Blerina", "Elira", "Jonida", "Mirela", "Anila", "Entela", "Klea", "Ornela", "Valbona"],
           ["Hoxha", "Shehu", "Gjoka", "Krasniqi", "Dervishi", "Leka", "Marku", "Çela", "Kola", "Berisha", "Muça", "Prifti"]),
    "TR": (["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Can", "Serkan", "Hakan", "Oğuz", "Kerem", "Onur"],
           ["Ayşe", "Elif", "Zeynep", "Fatma", "Merve", "Esra", "Selin", "Deniz", "Büşra", "Gül", "Ebru", "Tuğba"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
            "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özkan", "Şimşek", "Polat"]),
    "IS": (["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Jóhann", "Bjarni", "Ragnar"],
           ["Guðrún", "Anna", "Kristín", "Sigríður", "Margrét", "Helga", "Sigrún", "Ingibjörg", "María", "Jóhanna", "Katrín", "Hildur"],
           ["Jóns", "Sigurðar", "Guðmunds", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnús", "Stefáns", "Jóhanns",
            "Helga", "Þórs", "Péturs", "Arnar", "Hauks", "Björns"]),
    "PH": (["Jose", "Mark Anthony", "John Paul", "Rommel", "Jerome", "Carlo", "Rodel", "Angelo", "Paolo", "Jayson"],
           ["Maria Cristina", "Rowena", "Jocelyn", "Marites", "Kristine", "Angelica", "Lovely", "Princess", "Camille", "Maricel"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Manalo", "Dimaculangan",
            "Macaraeg", "Pangilinan", "Salazar", "Ocampo"]),
}

_FAKER_LOC = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ", "IN": "en_IN",
              "NG": "en_NG", "KE": "en_KE", "ES": "es_CA", "RO": "ro_RO", "SI": "sl_SI",
              "EE": "et_EE", "LV": "lv_LV"}

_EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"],
    "CA": ["gmail.com", "shaw.ca", "rogers.com", "hotmail.ca", "yahoo.ca", "outlook.com", "sympatico.ca"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com", "optusnet.com.au", "icloud.com"],
    "NZ": ["gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
    "KE": ["gmail.com", "yahoo.com", "outlook.com"],
    "PH": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.ph"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "RO": ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
    "IS": ["gmail.com", "simnet.is", "visir.is", "internet.is", "hotmail.com"],
    "SI": ["gmail.com", "siol.net", "t-2.net", "amis.net", "gmail.com"],
    "EE": ["gmail.com", "hot.ee", "mail.ee", "online.ee"],
    "LT": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "AL": ["gmail.com", "yahoo.com", "hotmail.com", "abissnet.al"],
    "LV": ["gmail.com", "inbox.lv", "apollo.lv", "tvnet.lv"],
}

_CALLING = {"US": "1", "CA": "1", "GB": "44", "IE": "353", "AU": "61", "NZ": "64", "IN": "91", "NG": "234", "KE": "254",
            "PH": "63", "ES": "34", "TR": "90", "RO": "40", "IS": "354", "SI": "386", "EE": "372", "LT": "370", "VN": "84",
            "AL": "355", "LV": "371"}

# national significant number: (prefixes, lengths) for mobiles; fixed lines use the town's area prefix
_MOBILE = {
    "US": None, "CA": None,
    "GB": (["74", "75", "77", "78", "79"], [10]), "IE": (["83", "85", "86", "87", "89"], [9]),
    "AU": (["40", "41", "42", "43", "44", "45", "47", "48"], [9]), "NZ": (["21", "22", "27"], [9]),
    "IN": (["98", "97", "99", "88", "70", "73", "63", "91"], [10]), "NG": (["803", "806", "813", "816", "703", "706", "810", "905", "902"], [10]),
    "KE": (["70", "71", "72", "79", "11", "74"], [9]), "PH": (["917", "918", "926", "927", "995", "945", "956"], [10]),
    "ES": (["6", "7"], [9]), "TR": (["530", "532", "533", "535", "542", "543", "505", "506", "555"], [10]),
    "RO": (["72", "74", "75", "76", "78"], [9]), "IS": (["6", "7", "8"], [7]), "SI": (["31", "40", "41", "51", "64", "70"], [8]),
    "EE": (["5"], [7, 8]), "LT": (["6"], [8]), "VN": (["9", "3", "8", "7"], [9]), "AL": (["66", "67", "68", "69"], [9]),
    "LV": (["2"], [8]),
}
_FIXED_LEN = {"US": [10], "CA": [10], "GB": [10], "IE": [8, 9], "AU": [9], "NZ": [8], "IN": [10], "NG": [10], "KE": [9],
              "PH": [9, 10], "ES": [9], "TR": [10], "RO": [9], "IS": [7], "SI": [8], "EE": [7, 8], "LT": [8], "VN": [10],
              "AL": [8, 9], "LV": [8]}

_T = phonenumbers.PhoneNumberType
_F = phonenumbers.PhoneNumberFormat


def _town(r: random.Random, cc: str, name: str | None = None):
    towns = _TOWNS[cc]
    if name:
        for t in towns:
            if t[0] == name:
                return t
    return _c(r, towns)


def _num(r: random.Random, cc: str, kind: str = "m", area: str | None = None):
    """A valid phonenumbers.PhoneNumber of the country; kind 'm' mobile, 'f' fixed line (area = town prefix)."""
    spec = _MOBILE[cc]
    if cc in ("US", "CA"):
        prefixes, lengths = [area or _c(r, _TOWNS[cc])[2]], [10]
        want = (_T.FIXED_LINE_OR_MOBILE, _T.MOBILE, _T.FIXED_LINE)
    elif kind == "m":
        prefixes, lengths = spec
        want = (_T.MOBILE, _T.FIXED_LINE_OR_MOBILE)
    else:
        prefixes, lengths = [area or _c(r, _TOWNS[cc])[2]], _FIXED_LEN[cc]
        want = (_T.FIXED_LINE, _T.FIXED_LINE_OR_MOBILE)
    for _ in range(400):
        pre = _c(r, prefixes)
        ln = _c(r, lengths)
        nsn = pre + str(r.randrange(2, 10)) + _digits(r, ln - len(pre) - 1)
        if cc in ("US", "CA") and nsn[3:6] == "555":
            continue
        n = phonenumbers.parse("+" + _CALLING[cc] + nsn)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in want \
                and phonenumbers.region_code_for_number(n) == cc:
            return n
    raise AssertionError(("no phone", cc, kind, area))


def _pfmt(r: random.Random, n, cc: str, style: str | None = None) -> str:
    """Format a number the way people of the country write it; the result is validated."""
    nat = phonenumbers.format_number(n, _F.NATIONAL)
    intl = phonenumbers.format_number(n, _F.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, _F.E164)
    nsn = phonenumbers.national_significant_number(n)
    opts = {"nat": nat, "intl": intl, "e164": e164}
    if cc in ("US", "CA"):
        opts.update(dash=f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", dot=f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                    one=f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", plain=nsn)
        local = ["nat", "nat", "dash", "dash", "dot", "one", "plain", "e164"]
    elif cc == "GB":
        opts.update(zero=f"+44 (0){nat[1:]}", compact=nat.replace(" ", ""))
        local = ["nat", "nat", "intl", "zero", "compact", "e164"]
    elif cc == "IN":
        opts.update(no0=nat.lstrip("0"), dash=f"+91-{nsn[:5]}-{nsn[5:]}", compact=nsn, intl2=f"+91 {nsn}")
        local = ["no0", "intl", "dash", "compact", "intl2", "nat"]
    elif cc == "LT":
        opts.update(eight="8 " + nsn[:3] + " " + nsn[3:] if len(nsn) == 8 else nat, compact="8" + nsn)
        local = ["eight", "intl", "compact", "e164"]
    elif cc in ("IS", "LV", "EE"):
        opts.update(nat2=nsn if len(nsn) == 7 else nsn[:4] + " " + nsn[4:], compact=nsn)
        local = ["nat", "nat2", "intl", "compact", "e164"]
    elif cc == "VN":
        opts.update(compact="0" + nsn, dot="0" + nsn[:2] + "." + nsn[2:5] + "." + nsn[5:])
        local = ["nat", "compact", "intl", "dot"]
    elif cc == "ES":
        opts.update(trip=" ".join([nsn[:3], nsn[3:6], nsn[6:]]), compact=nsn)
        local = ["nat", "trip", "compact", "intl", "e164"]
    elif cc == "KE" or cc == "NG" or cc == "PH":
        opts.update(compact="0" + nsn, dash=nat.replace(" ", "-"))
        local = ["nat", "compact", "intl", "e164", "dash"]
    else:
        opts.update(compact=nat.replace(" ", "").replace("(", "").replace(")", ""))
        local = ["nat", "nat", "intl", "compact", "e164"]
    st = style if style in opts else _c(r, local)
    s = opts[st]
    try:
        ok = phonenumbers.parse(s, cc) == n and phonenumbers.is_valid_number(phonenumbers.parse(s, cc))
    except phonenumbers.NumberParseException:
        ok = False
    return s if ok else nat


def _phone(r: random.Random, cc: str, kind: str = "m", area: str | None = None, style: str | None = None) -> str:
    return _pfmt(r, _num(r, cc, kind, area), cc, style)


# ---- dates ----------------------------------------------------------------------------------

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre",
           "d'octubre", "de novembre", "de desembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
    "sl": ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
           "novembra", "decembra"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november",
           "detsember"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
           "lapkričio", "gruodžio"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre",
           "Disyembre"],
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
           "novembrī", "decembrī"],
}

_CC_LANG = {"ES": "ca", "TR": "tr", "RO": "ro", "IS": "is", "SI": "sl", "EE": "et", "LT": "lt", "VN": "vi", "AL": "sq", "LV": "lv"}


def _dob(r: random.Random, lo: int = 19, hi: int = 84) -> _dt.date:
    age_days = r.randrange(lo * 365 + 10, hi * 365)
    return TODAY - _dt.timedelta(days=age_days)


def _date_any(r: random.Random, back: int = 400, fwd: int = 0) -> _dt.date:
    return TODAY + _dt.timedelta(days=r.randrange(-back, fwd + 1))


def _fd(d: _dt.date, cc: str, style: str = "num", lang: str | None = None) -> str:
    """A date written the way the country writes it. style: num | long | iso | short."""
    y, m, dd = d.year, d.month, d.day
    lang = lang or _CC_LANG.get(cc, "en")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        if lang == "en":
            if cc in ("US", "PH", "CA"):
                return f"{_MONTHS['en'][m - 1]} {dd}, {y}"
            return f"{dd} {_MONTHS['en'][m - 1]} {y}"
        if lang == "ca":
            return f"{dd} {_MONTHS['ca'][m - 1]} de {y}"
        if lang in ("tr", "ro", "sq"):
            return f"{dd} {_MONTHS[lang][m - 1]} {y}"
        if lang in ("is", "sl", "et"):
            return f"{dd}. {_MONTHS[lang][m - 1]} {y}"
        if lang == "lt":
            return f"{y}.{m:02d}.{dd:02d}"
        if lang == "lv":
            return f"{y}. gada {dd}. {_MONTHS['lv'][m - 1]}"
        if lang == "tl":
            return f"{_MONTHS['tl'][m - 1]} {dd}, {y}"
        if lang == "vi":
            return f"ngày {dd} tháng {m} năm {y}"
    if style == "short":  # two-digit year
        if cc in ("US", "PH"):
            return f"{m}/{dd}/{y % 100:02d}"
        return f"{dd:02d}/{m:02d}/{y % 100:02d}"
    if cc in ("US", "PH"):
        return f"{m:02d}/{dd:02d}/{y}"
    if cc == "CA":
        return d.isoformat()
    if cc in ("LT", "SE"):
        return d.isoformat()
    if cc in ("TR", "RO", "IS", "EE", "LV", "AL"):
        return f"{dd:02d}.{m:02d}.{y}"
    if cc == "SI":
        return f"{dd}. {m}. {y}"
    if cc == "IN":
        return f"{dd:02d}-{m:02d}-{y}"
    return f"{dd:02d}/{m:02d}/{y}"


# ---- people ---------------------------------------------------------------------------------

class P(NamedTuple):
    cc: str
    first: str
    last: str
    full: str
    gender: str
    email: str
    mobile: str
    dob: _dt.date
    street: str      # street line (number, street, unit)
    town: str
    postcode: str
    region: str
    lines: list      # address block lines
    addr: str        # one-line address
    area: str        # fixed-line prefix of the town


def _name(r: random.Random, cc: str, gender: str | None = None) -> tuple[str, str, str]:
    g = gender or _c(r, "mf")
    if cc in _NAMES:
        males, females, lasts = _NAMES[cc]
        first = _c(r, males if g == "m" else females)
        ln = _c(r, lasts)
        if cc == "LT":
            ln = ln[0] if g == "m" else ln[_c(r, (1, 2))]
        if cc == "IS":
            ln = ln + ("son" if g == "m" else "dóttir")
        if cc == "VN":
            mid = _c(r, ["Văn", "Đức", "Minh", "Quốc"]) if g == "m" else _c(r, ["Thị", "Ngọc", "Thu", "Thanh"])
            return first, ln, g + mid
        return first, ln, g
    f = _fk(_FAKER_LOC[cc], r)
    for _ in range(20):
        first = f.first_name_male() if g == "m" else f.first_name_female()
        if hasattr(f, "last_name_male"):
            last = f.last_name_male() if g == "m" else f.last_name_female()
        else:
            last = f.last_name()
        if " " not in first and len(first) > 2 and len(last) > 2 and not first.endswith("."):
            return first, last, g
    return first, last, g


def _full(cc: str, first: str, last: str, g: str) -> str:
    if cc == "VN":
        return f"{last} {g[1:]} {first}"
    return f"{first} {last}"


def _email(r: random.Random, first: str, last: str, cc: str, domain: str | None = None, year: int | None = None) -> str:
    fs, ls = _slug(first.split()[0]), _slug(last.replace(" ", ""))
    dom = domain or _c(r, _EMAIL_DOMAINS[cc])
    y = str(year % 100).zfill(2) if year and _chance(r, 0.5) else str(r.randrange(1, 99))
    st = r.randrange(8)
    local = [f"{fs}.{ls}", f"{fs[0]}{ls}", f"{fs}{ls}{y}", f"{fs}_{ls}", f"{ls}.{fs}", f"{fs}.{ls}{y}", f"{fs}{y}",
             f"{fs[0]}.{ls}"][st]
    return f"{local}@{dom}"


def _addr(r: random.Random, cc: str, town=None, unit: bool | None = None):
    t = town or _town(r, cc)
    name, pcpat, area, reg = t
    pc = _pat(r, pcpat) if pcpat else ""
    st = _c(r, _STREETS[cc])
    no = str(r.randrange(1, 240))
    u = _chance(r, 0.35) if unit is None else unit
    if cc == "US":
        num = str(r.randrange(100, 9800))
        line = f"{num} {st}" + (f" {_c(r, ['Apt', 'Apt.', 'Unit', '#'])} {r.randrange(1, 40)}{_c(r, 'ABCD')}" if u else "")
        lines = [line, f"{name}, {reg} {pc}"]
    elif cc == "GB":
        line = f"{no} {st}"
        lines = ([f"Flat {r.randrange(1, 12)}"] if u else []) + [line, name, pc]
    elif cc == "IE":
        line = f"{no} {st}"
        lines = ([f"Apt {r.randrange(1, 40)}"] if u else []) + [line, name if not name.startswith("Dublin") else name,
                                                                   (reg + " " if _chance(r, 0.3) and reg.startswith("Co.") else "") + pc]
    elif cc == "CA":
        num = str(r.randrange(10, 4000))
        line = (f"{r.randrange(101, 1900)}-" if u else "") + f"{num} {st}"
        lines = [line, f"{name}, {reg} {pc}"]
    elif cc == "AU":
        line = (f"{r.randrange(1, 20)}/" if u else "") + f"{no} {st}"
        lines = [line, f"{name} {reg} {pc}"]
    elif cc == "NZ":
        line = (f"{r.randrange(1, 12)}/" if u else "") + f"{no} {st}"
        lines = [line, f"{name} {pc}"]
    elif cc == "IN":
        bld = _c(r, ["Sai Residency", "Green Park Apartments", "Shanti Kunj", "Prestige Lakeside", "Ganga Enclave", "Lotus Towers"])
        line = f"Flat {r.randrange(1, 15)}0{r.randrange(1, 9)}, {bld}, {st}"
        lines = [line, f"{name} - {pc}"]
    elif cc == "NG":
        line = f"{no} {st}"
        lines = ([f"Flat {r.randrange(1, 9)}"] if u else []) + [line, name, reg + " State" if reg != "Abuja" else "Abuja"]
    elif cc == "KE":
        apt = _c(r, ["Sunrise Court", "Garden Estate", "Kileleshwa Heights", "Palm Apartments"])
        line = f"{apt}, Apt {r.randrange(1, 9)}{_c(r, 'ABC')}, {st}" if u else f"House {no}, {st}"
        lines = [line, f"{name} {pc}" if _chance(r, 0.4) else name]
    elif cc == "PH":
        line = (f"Blk {r.randrange(1, 30)} Lot {r.randrange(1, 40)}, " if u else f"{no} ") + st
        brgy = _c(r, ["San Isidro", "Poblacion", "San Roque", "Mabini", "Santo Niño", "Bagong Silang"])
        lines = [line, f"Brgy. {brgy}", f"{name} {pc}"]
    elif cc == "ES":
        fl = _c(r, ["1r 1a", "2n 2a", "3r 1a", "4t 2a", "baixos", "àtic", "5è 3a"])
        line = f"{st}, {no}" + (f", {fl}" if u else "")
        lines = [line, f"{pc} {name}"]
    elif cc == "TR":
        mah = _c(r, ["Caferağa Mah.", "Cumhuriyet Mah.", "Atatürk Mah.", "Yenişehir Mah.", "Fenerbahçe Mah.", "Bahçelievler Mah."])
        line = f"{mah} {st} No: {no}" + (f" D: {r.randrange(1, 20)}" if u or _chance(r, 0.6) else "")
        lines = [line, f"{pc} {name}/{reg}"]
    elif cc == "RO":
        line = f"{st} nr. {no}" + (f", bl. {_c(r, 'ABCDM')}{r.randrange(1, 20)}, sc. {r.randrange(1, 4)}, ap. {r.randrange(1, 60)}" if u else "")
        lines = [line, f"{pc} {name}" + (f", jud. {reg}" if not reg.startswith("Sector") else f", {reg}")]
    elif cc == "IS":
        line = f"{st} {no}" + (f", {r.randrange(1, 4)}. hæð" if u else "")
        lines = [line, f"{pc} {name}"]
    elif cc == "SI":
        line = f"{st} {no}" + (_c(r, ["a", "b"]) if _chance(r, 0.2) else "")
        lines = [line, f"{pc} {name}"]
    elif cc == "EE":
        line = f"{st} {no}" + (f"-{r.randrange(1, 80)}" if u else "")
        lines = [line, f"{pc} {name}"]
    elif cc == "LT":
        line = f"{st} {no}" + (f"-{r.randrange(1, 80)}" if u else "")
        lines = [line, f"{pc} {name}"]
    elif cc == "VN":
        line = f"Số {no}" + (f" ngõ {r.randrange(2, 200)}" if u else "") + f" {st}"
        lines = [line, f"{pc}, {name}"]
    elif cc == "AL":
        line = f"{st}, nr. {no}" if not u else f"{st}, Pallati {r.randrange(1, 40)}, Shkalla {r.randrange(1, 4)}, Ap. {r.randrange(1, 30)}"
        lines = [line, f"{name} {pc}"]
    elif cc == "LV":
        line = f"{st} {no}" + (f"-{r.randrange(1, 90)}" if u else "")
        lines = [line, f"{name}, {pc}"]
    else:
        raise KeyError(cc)
    return line, name, pc, reg, lines, ", ".join(lines), area


def _person(r: random.Random, cc: str, gender: str | None = None, age: tuple[int, int] = (19, 84), town=None,
            domain: str | None = None) -> P:
    first, last, g = _name(r, cc, gender)
    full = _full(cc, first, last, g)
    dob = _dob(r, *age)
    line, tn, pc, reg, lines, one, area = _addr(r, cc, town)
    em = _email(r, first, last, cc, domain, dob.year)
    mob = _phone(r, cc, "m", area=area)
    return P(cc, first, last, full, g[0], em, mob, dob, line, tn, pc, reg, lines, one, area)

# ---------------------------------------------------------------------------------------------
# PII value generators
# ---------------------------------------------------------------------------------------------

_IBAN_LIB = ("DE", "AT", "GB", "IE", "NL", "CH", "IT", "PL", "SE", "DK", "BR", "BE", "PT", "FR", "ES")


def _iban_make(cc: str, bban: str) -> str:
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_LIB:
        s = _iban_of(r, cc)
    elif cc == "TR":
        s = _iban_make("TR", _c(r, ["00010", "00062", "00064", "00046", "00067", "00111"]) + "0" + _digits(r, 16))
    elif cc == "RO":
        s = _iban_make("RO", _c(r, ["BTRL", "RNCB", "BRDE", "INGB", "BACX", "CECE"]) + _digits(r, 16))
    elif cc == "SI":
        b = _c(r, ["0201", "1010", "0510", "0400", "6100"]) + _digits(r, 9)
        s = _iban_make("SI", b + f"{98 - (int(b) * 100) % 97:02d}")
    elif cc == "EE":
        s = _iban_make("EE", _c(r, ["22", "10", "77", "17", "96"]) + _digits(r, 14))
    elif cc == "LT":
        s = _iban_make("LT", _c(r, ["73000", "70440", "72900", "71800", "40100"]) + _digits(r, 11))
    elif cc == "LV":
        s = _iban_make("LV", _c(r, ["HABA", "UNLA", "RIKO", "PARX", "NDEA"]) + "0" + _digits(r, 12))
    elif cc == "IS":
        s = _iban_make("IS", _c(r, ["0101", "0111", "0133", "0515", "0546"]) + "26" + _digits(r, 16))
    elif cc == "AL":
        s = _iban_make("AL", _c(r, ["202", "205", "212", "208"]) + _digits(r, 5) + "0000000" + _digits(r, 9))
    else:
        raise KeyError(cc)
    assert _iban_ok(s), s
    if spaced is None:
        spaced = _chance(r, 0.5)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def _card(r: random.Random, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or _c(r, ["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        d = _luhn(r, "4" + _digits(r, 5), 16)
    elif brand == "mc":
        d = _luhn(r, _c(r, ["51", "52", "53", "54", "55", "2221", "2720"]) + _digits(r, 3), 16)
    elif brand == "amex":
        d = _luhn(r, _c(r, ["34", "37"]) + _digits(r, 3), 15)
    else:
        d = _luhn(r, "6011" + _digits(r, 2), 16)
    assert _luhn_ok(d)
    style = style or _c(r, ["sp", "sp", "plain", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "sp" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def _ssn(r: random.Random, style: str = "dash") -> str:
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    g, s = r.randrange(1, 100), r.randrange(1, 10000)
    if style == "plain":
        return f"{a:03d}{g:02d}{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}-{g:02d}-{s:04d}"


def _us_acct(r: random.Random) -> str:
    return str(r.randrange(1, 10)) + _digits(r, r.randrange(7, 12))


def _routing(r: random.Random) -> str:
    while True:
        d = [int(x) for x in _c(r, ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"])
             + _digits(r, 6)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


_PW_WORDS = {
    "en": ["Summer", "Sunshine", "Dragon", "Monkey", "Liverpool", "Charlie", "Football", "Princess", "Welcome", "Coffee",
           "Tiger", "Rainbow", "Buster", "Maverick", "Jasmine", "Cricket", "Arsenal", "Matilda"],
    "ca": ["Barca", "Estiu", "Lluna", "Montserrat", "Gat", "Mar"], "tr": ["Galatasaray", "Fenerbahce", "Kartal", "Deniz", "Istanbul"],
    "ro": ["Parola", "Vara", "Dinamo", "Soare", "Brasov"], "is": ["Sumar", "Eldfjall", "Hestur", "Snjor"],
    "sl": ["Poletje", "Triglav", "Olimpija", "Sonce"], "et": ["Suvi", "Kevad", "Tallinn", "Kass"], "lt": ["Vasara", "Zalgiris", "Saule"],
    "vi": ["Matkhau", "Hanoi", "Saigon", "Hoahong"], "sq": ["Tirana", "Vera", "Shqiponja"], "tl": ["Mahal", "Pogi", "Manila", "Ganda"],
    "lv": ["Vasara", "Riga", "Saule", "Dzintars"],
}


def _password(r: random.Random, lang: str = "en") -> str:
    words = _PW_WORDS.get(lang, []) + _PW_WORDS["en"][:6]
    st = r.randrange(7)
    sym = _c(r, "!#$%&*@-_+=.")
    if st == 0:
        return f"{_c(r, words)}{sym}{r.randrange(1970, 2027)}"
    if st == 1:
        return f"{_c(r, words).lower()}{r.randrange(10, 999)}"
    if st == 2:
        s = _alnum(r, 4) + sym + _alnum(r, r.randrange(5, 10))
        return s
    if st == 3:
        w = [_c(r, words).lower() for _ in range(3)]
        return "-".join(w) + str(r.randrange(1, 99))
    if st == 4:
        w = _c(r, words)
        return w[0] + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randrange(1, 99))
    if st == 5:
        return "Temp" + _digits(r, 4) + sym + _alnum(r, 3, string.ascii_uppercase)
    return _alnum(r, r.randrange(10, 16), string.ascii_letters + string.digits + "#$%&*@")[:-1] + _alnum(r, 1)


_B62 = string.ascii_letters + string.digits


def _apikey(r: random.Random, kind: str | None = None) -> str:
    kind = kind or _c(r, ["stripe", "rk", "gh", "slack", "sg", "google", "mailgun", "twilio", "brand", "hex", "openai"])
    if kind == "stripe":
        return "sk_live_" + _alnum(r, 24 + r.randrange(0, 76, 25))
    if kind == "rk":
        return "rk_live_" + _alnum(r, 24)
    if kind == "gh":
        return "ghp_" + _alnum(r, 36)
    if kind == "slack":
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_alnum(r, 24)}"
    if kind == "sg":
        return "SG." + _alnum(r, 22, _B62 + "_-") + "." + _alnum(r, 43, _B62 + "_-").strip("-_") + _alnum(r, 1)
    if kind == "google":
        return "AIza" + _alnum(r, 35, _B62 + "_-")[:-1] + _alnum(r, 1)
    if kind == "mailgun":
        return "key-" + _hex(r, 32)
    if kind == "twilio":
        return _hex(r, 32)
    if kind == "openai":
        return "sk-proj-" + _alnum(r, 48, _B62 + "_-")[:-1] + _alnum(r, 1)
    if kind == "hex":
        return _hex(r, 40)
    pre = _c(r, ["hrth_live_", "ampr_sk_", "kstl_prod_", "hpla_live_", "gtp_sk_", "rvl_secret_"])
    return pre + _alnum(r, 32)


# ---------------------------------------------------------------------------------------------
# look-alike generators (never labelled)
# ---------------------------------------------------------------------------------------------

def _last4(r: random.Random) -> str:
    return _digits(r, 4)


def _masked_card(r: random.Random) -> str:
    l4 = _last4(r)
    return _c(r, [f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"{_c(r, ['4', '5'])}{_digits(r, 5)}******{l4}",
                  f"************{l4}", f"xxxx xxxx xxxx {l4}"])


def _expiry(r: random.Random) -> str:
    return f"{r.randrange(1, 13):02d}/{r.randrange(27, 32)}"


def _priv_ip(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 2:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"fd{_hex(r, 2)}:{_hex(r, 4)}:{_hex(r, 4)}::{_hex(r, 3)}"


def _pub_ip(r: random.Random, v6: float = 0.2) -> str:
    s = _ip_public_v6(r) if _chance(r, v6) else _ip_public_v4(r)
    assert ipaddress.ip_address(s).is_global, s
    return s


def _version(r: random.Random) -> str:
    return _c(r, [f"{r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}",
                  f"v{r.randrange(1, 6)}.{r.randrange(0, 15)}.{r.randrange(0, 40)}",
                  f"{r.randrange(10, 27)}.{r.randrange(1, 12)}.{r.randrange(0, 9)}.{r.randrange(100, 9999)}",
                  f"{r.randrange(1, 5)}.{r.randrange(0, 9)}.{r.randrange(0, 9)}-rc.{r.randrange(1, 5)}"])


_BC = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def _bcrypt(r: random.Random) -> str:
    return f"$2b${_c(r, ['10', '12'])}$" + _alnum(r, 53, _BC)


def _argon2(r: random.Random) -> str:
    b64 = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${_alnum(r, 22, b64)}${_alnum(r, 43, b64)}"


def _sha256(r: random.Random) -> str:
    return _hex(r, 64)


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _imei(r: random.Random) -> str:
    return _luhn(r, _c(r, ["35", "86", "01"]) + _digits(r, 6), 15)


def _iccid(r: random.Random, cc: str) -> str:
    return _luhn(r, "89" + _CALLING.get(cc, "44")[:3] + _digits(r, 2), 19)


def _otp(r: random.Random, n: int = 6) -> str:
    return _digits(r, n)


def _gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 65):.5f}, {r.uniform(-120, 150):.5f}"


_BICS = {"US": ["CHASUS33", "BOFAUS3N", "WFBIUS6S"], "GB": ["BUKBGB22", "NWBKGB2L", "LOYDGB2L"],
         "IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"], "ES": ["CAIXESBBXXX", "BSABESBBXXX", "BBVAESMMXXX"],
         "TR": ["TGBATRIS", "ISBKTRIS", "AKBKTRIS"], "RO": ["BTRLRO22", "RNCBROBU", "BRDEROBU"], "SI": ["LJBASI2X", "SKBASI2X"],
         "EE": ["HABAEE2X", "EEUHEE2X", "LHVBEE22"], "LT": ["HABALT22", "CBVILT2X"], "LV": ["HABALV22", "UNLALV2X"],
         "IS": ["NBIIISRE", "ESJAISRE", "ARIOISRE"], "AL": ["NCBAALTX", "SGSBALTX"]}


def _bic(r: random.Random, cc: str) -> str:
    return _c(r, _BICS.get(cc, _BICS["GB"]))


def _sort_code(r: random.Random) -> str:
    return f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}"


def _ts(r: random.Random, back: int = 60) -> _dt.datetime:
    return _dt.datetime(2026, 11, 26, 9, 0, 0) - _dt.timedelta(seconds=r.randrange(0, back * 86400))


def _iso(t: _dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _money(r: random.Random, cur: str, lo: float = 5, hi: float = 900) -> str:
    v = r.uniform(lo, hi)
    if cur in ("$", "£", "A$", "NZ$", "C$", "₱"):
        return f"{cur}{v:,.2f}"
    if cur == "₹":
        return f"₹{v * 80:,.0f}"
    if cur == "KSh":
        return f"KSh {v * 130:,.0f}"
    if cur == "₦":
        return f"₦{v * 1500:,.0f}"
    if cur == "TL":
        return f"{v * 35:,.2f} TL".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "lei":
        return f"{v * 4.9:.2f} lei".replace(".", ",")
    if cur == "ISK":
        return f"{round(v * 140):,} kr.".replace(",", ".")
    if cur == "VND":
        return f"{round(v * 25000, -3):,.0f}đ".replace(",", ".")
    if cur == "ALL":
        return f"{round(v * 100):,} lekë".replace(",", ".")
    return f"{v:.2f} €".replace(".", ",")


_PETS = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Coco", "Rocky", "Daisy", "Oscar", "Nala", "Teddy", "Pepper", "Simba", "Lola"]

# ---------------------------------------------------------------------------------------------
# template helpers
# ---------------------------------------------------------------------------------------------

def _nv(r: random.Random, p: P, opts: str = "full first") -> str:
    """One way of writing the person's name (the caller labels it PERSON)."""
    st = _c(r, opts.split())
    if st == "full":
        return p.full
    if st == "first":
        return p.first
    if st == "last":
        return p.last
    if st == "lf":
        return f"{p.last}, {p.first}"
    if st == "fi":
        return f"{p.first} {p.last[0]}."
    if st == "up":
        return p.full.upper()
    if st == "low":
        return p.full.lower()
    raise KeyError(st)


def _block(p: P, sep: str = "\n") -> list:
    return [(sep.join(p.lines), AD)]


def _quoted_addr(p: P, mark: str = "> ") -> list:
    out = []
    for ln in p.lines:
        out += [mark, (ln, AD), "\n"]
    return out


def _biz(r: random.Random, cc: str, town=None) -> str:
    return _addr(r, cc, town, unit=False)[5]


def _ua(r: random.Random) -> str:
    return _c(r, [f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randrange(118, 132)}.0.{r.randrange(1000, 7000)}.{r.randrange(10, 200)} Safari/537.36",
                  f"Mozilla/5.0 (iPhone; CPU iPhone OS 18_{r.randrange(0, 4)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{r.randrange(0, 4)} Mobile/15E148 Safari/604.1",
                  f"Mozilla/5.0 (Linux; Android {r.randrange(11, 16)}; SM-A{r.randrange(100, 599)}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randrange(118, 132)}.0.0.0 Mobile Safari/537.36",
                  f"okhttp/4.{r.randrange(9, 13)}.{r.randrange(0, 3)}", f"curl/8.{r.randrange(0, 11)}.{r.randrange(0, 2)}"])


def _lab_ph(s: str, cc: str):
    """Service numbers are labelled when they are valid numbers (business lines included)."""
    return (s, PH) if _phone_ok(s, cc) else s


def _clock(r: random.Random, lo: int = 7 * 60, hi: int = 20 * 60, step: int = 4):
    """A clock that only moves forward: each call returns HH:MM a little later."""
    t = [r.randrange(lo, hi)]

    def tick() -> str:
        t[0] = min(t[0] + r.randrange(0, step + 1), 23 * 60 + 59)
        return f"{t[0] // 60:02d}:{t[0] % 60:02d}"
    return tick


def _hm(r: random.Random) -> str:
    return f"{r.randrange(7, 22):02d}:{r.randrange(60):02d}"


# =============================================================================================
# 1. home-insurance broker
# =============================================================================================

def _t_ins_gb_email(r):
    c, a = _person(r, "GB"), _person(r, "GB")
    brand, dom = _c(r, [("Hearthguard Brokers", "hearthguard.co.uk"), ("Keystone & Pryce Insurance Brokers", "keystonepryce.co.uk"),
                        ("Fenwick Home Cover", "fenwickcover.co.uk")])
    claim, pol = "HG-CLM-" + _digits(r, 6), "HPL" + _digits(r, 8)
    inc = _date_any(r, 20)
    pet = _c(r, _PETS)
    office_town = _town(r, "GB")
    office = _biz(r, "GB", office_town)
    oph = _phone(r, "GB", "f", office_town[2], style="nat")
    adjuster = _c(r, ["Crawford Loss Adjusters", "Sedgwick", "Cunningham Lindsey"])
    hi = _c(r, ["Hi", "Dear", "Hello"])
    return [
        "From: ", (a.full, N), " <", (f"{a.first.lower()}.{_slug(a.last)}@{dom}", EM), ">\n",
        "To: ", (c.email, EM), "\n",
        f"Subject: RE: Claim {claim} - escape of water\n\n",
        f"{hi} ", (c.first, N), ",\n\n",
        f"Thanks for sending the photos through. I've logged this under claim {claim} against policy {pol}. "
        f"A loss adjuster from {adjuster} will ring you on ", (c.mobile, PH),
        " within two working days to arrange a visit to ", (c.street, AD), ".\n\n",
        f"Your buildings excess is £{_c(r, ['250', '350', '500'])} and the contents excess £{_c(r, ['100', '150'])}. "
        "Please keep the damaged flooring until they have seen it, and glad to hear ", pet, " is fine.\n\n",
        "Kind regards,\n\n", (a.full, N), "\n",
        f"Claims Handler | {brand}\n", (office, AD), "\n",
        "T: ", (oph, PH), " | E: ", (f"claims@{dom}", EM), "\n",
        f"Authorised and regulated by the Financial Conduct Authority, FRN {_digits(r, 6)}\n\n",
        "-----Original Message-----\n",
        "From: ", (c.full, N), " <", (c.email, EM), ">\n",
        f"Sent: {_fd(inc, 'GB', 'long')} {_hm(r)}\n",
        "To: ", (f"claims@{dom}", EM), "\n",
        "Subject: water damage\n\n",
        "> Hello,\n",
        "> A pipe burst under the kitchen sink last night and the water came through to the\n",
        "> lounge ceiling. The address is\n",
        _quoted_addr(c),
        "> Policy number ", pol, ". My date of birth is ", (_fd(c.dob, "GB"), DOB), " if you need it.\n",
        "> Thanks, ", (_nv(r, c, "full first"), N), "\n",
        "> ", (c.mobile, PH), "\n",
    ]


def _t_ins_us_callnotes(r):
    c = _person(r, "US")
    sp = _person(r, "US")
    sp = sp._replace(last=c.last, full=f"{sp.first} {c.last}")
    agent = _person(r, "US")
    prev = _town(r, "US")
    loan = _digits(r, 10)
    roof = r.randrange(1995, 2024)
    ssn_full = _chance(r, 0.6)
    lines = [
        f"CALL NOTE — Inbound {_fd(_date_any(r, 30), 'US')} {_hm(r)} — agent ", (_nv(r, agent, "first fi"), N), "\n",
        "Caller: ", (c.full, N), " (named insured), DOB ", (_fd(c.dob, "US"), DOB), ". Spouse ", (sp.first, N),
        " DOB ", (_fd(sp.dob, "US", _c(r, ["num", "long"])), DOB), " to be added as additional insured.\n",
        "Property: ", (c.addr, AD), f" — single family, built {r.randrange(1950, 2015)}, roof replaced {roof}, "
        f"{r.randrange(1, 4)} car garage, no pool. Dog on premises ({_c(r, _PETS)}, lab mix).\n",
        "Previously lived in ", (prev[0], LO), f", {prev[3]}, no claims in last 5 yrs.\n",
        f"Mortgagee: Beacon Ridge Mortgage, loan # {loan}. Escrowed.\n",
    ]
    if ssn_full:
        lines += ["Consented to insurance score pull. SSN given verbally: ", (_ssn(r, _c(r, ["dash", "dash", "space"])), SSN), ".\n"]
    else:
        lines += [f"Declined full SSN, gave last 4 only ({_last4(r)}) — quoted without insurance score.\n"]
    if _chance(r, 0.5):
        lines += [f"Wants EFT for the premium: routing {_routing(r)}, checking acct ", (_us_acct(r), BK),
                  f" ({_c(r, ['Fifth Third', 'PNC', 'Huntington', 'Chase'])}). Draft on the {r.randrange(1, 28)}th.\n"]
    lines += [
        "Best callback ", (c.mobile, PH), " after 5pm; email quote to ", (c.email, EM), ".\n",
        f"Quote HO3-{_digits(r, 7)}: dwelling ${r.randrange(180, 620)},000 / premium ${r.randrange(900, 3200):,}/yr. "
        f"Follow up {_fd(_date_any(r, 0, 14), 'US')}.\n",
    ]
    return lines


def _t_ins_cat_whatsapp(r):
    c = _person(r, "ES", gender="f")
    hus = _person(r, "ES", gender="m")
    agent = _person(r, "ES")
    d = _date_any(r, 30)
    ds = f"{d.day}/{d.month}/{d.year % 100}"
    biz = _c(r, ["Llar Segur Corredoria", "Corredoria Pujol & Vidal", "Assegurances Casa Nostra"])
    iban = _iban(r, "ES")
    rows = [
        (None, "Bon dia, sóc ", (agent.first, N), f" {'d' + chr(39) if biz[0] in 'AEIOU' else 'de '}{biz}. Li escric per la renovació de l'assegurança de la llar, pòlissa "
               f"LS-{_digits(r, 7)}. Em pot confirmar l'adreça del pis?"),
        (c, "Bon dia! Ara vivim a ", (c.addr, AD), ", ens hi vam mudar a l'estiu"),
        (None, "Perfecte, gràcies. I el compte per domiciliar el rebut continua sent el mateix?"),
        (c, "No, l'hem canviat. El nou és ", (iban, IB)),
        (c, "<Multimèdia omès>"),
        (None, f"Rebut. La prima anual queda en {_money(r, '€', 180, 520)}. Si hi ha cap sinistre pot trucar al ",
               _lab_ph(f"900 {_digits(r, 3)} {_digits(r, 3)}", "ES"), " o escriure'ns aquí."),
        (c, "Una cosa, si no em trobeu truqueu al meu marit, en ", (hus.first, N), ", al ", (hus.mobile, PH)),
        (c, f"Ah, i el gos es diu {_c(r, ['Pipa', 'Rufus', 'Lluna'])}, per si ve el perit 😅"),
        (None, "Anotat! Bon cap de setmana"),
    ]
    out = []
    t0 = r.randrange(9 * 60, 18 * 60)
    for who, *body in rows:
        t0 += r.randrange(1, 25)
        out += [f"{ds}, {t0 // 60:02d}:{t0 % 60:02d} - "]
        out += [biz] if who is None else [(who.full, N)]
        out += [": ", list(body), "\n"]
    return out


def _t_ins_ie_ocr(r):
    c = _person(r, "IE")
    iban = _iban(r, "IE", spaced=True)
    prev = _c(r, ["FBD", "Aviva", "Allianz", "Zurich", "AXA"])
    return [
        f"HOME INSURANCE PR0POSAL F0RM   Ref: HQ/{_digits(r, 6)}   Page 1 of 3\n",
        "1. Proposer detai1s\n",
        "   Full Nane: ", (c.full.upper() if _chance(r, 0.5) else c.full, N), "\n",
        "   Date of Birth (DD/MM/YYYY): ", (_fd(c.dob, "IE"), DOB), "      Occupation: ", _c(r, ["Nurse", "Teacher", "Farmer", "Engineer", "Retired"]), "\n",
        "   Adress of risk: ", (c.addr, AD), "\n",
        "   Te1ephone: ", (c.mobile, PH), "   Emai1: ", (c.email, EM), "\n",
        "2. Property\n",
        f"   Year built: {r.randrange(1900, 2020)}   Bedrooms: {r.randrange(1, 6)}   Construction: standard | Thatch: N0\n",
        f"   Rebuild sum insured: €{r.randrange(200, 650)},000   Contents: €{r.randrange(20, 90)},000\n",
        f"3. Previous insurer: {prev}   Policy no. {_c(r, ['HH', 'PH', 'HM'])}{_digits(r, 8)}   Claims free years: {r.randrange(0, 10)}\n",
        "4. Direct Debit Mandate\n",
        "   IBAN: ", (iban, IB), f"   BIC: {_bic(r, 'IE')}\n",
        "   Account holder: ", (_nv(r, c, "full up"), N), "\n",
        f"   Signed: ____________  Date: {_fd(_date_any(r, 20), 'IE')}\n",
        "   [stamp: RECEIVED ", f"{_date_any(r, 10).strftime('%d %b %Y').upper()}]\n",
    ]


def _t_ins_ro_fwd(r):
    c = _person(r, "RO")
    col = _person(r, "RO")
    me = _person(r, "RO")
    d = _date_any(r, 10)
    dom = _c(r, ["casaprotect.ro", "brokeracasa.ro"])
    return [
        "Salut ", (col.first, N), ", te rog preia tu solicitarea de mai jos, eu sunt în concediu de mâine. Mersi!\n",
        (me.first, N), "\n\n",
        "---------- Mesaj redirecționat ---------\n",
        "De la: ", (c.full, N), " <", (c.email, EM), ">\n",
        f"Data: {_fd(d, 'RO', 'long')}, {_hm(r)}\n",
        "Subiect: Ofertă asigurare locuință (PAD + facultativă)\n",
        "Către: ", (f"oferte@{dom}", EM), "\n\n",
        "Bună ziua,\n\n",
        "Aș dori o ofertă pentru asigurarea apartamentului meu din ", (c.addr, AD),
        f", construit în {r.randrange(1960, 2015)}, suprafață {r.randrange(38, 110)} mp. Am deja poliță PAD nr. "
        f"RA-{_digits(r, 9)}, valabilă până la {_fd(_date_any(r, 0, 200), 'RO')}.\n",
        "Pentru eventuale restituiri, contul meu este ", (_iban(r, "RO"), IB), ".\n",
        "Data nașterii: ", (_fd(c.dob, "RO", _c(r, ["num", "long"])), DOB), ". Mă puteți suna la ", (c.mobile, PH),
        " după ora 17.\n\n",
        "Mulțumesc,\n", (c.full, N), "\n",
    ]


def _t_ins_au_jsonl(r):
    out = []
    for _ in range(r.randrange(3, 6)):
        c = _person(r, "AU")
        t = _ts(r, 3)
        ev = _c(r, ["quote.created", "quote.priced", "quote.emailed"])
        office = _c(r, ["Geelong", "Parramatta", "Townsville", "Hobart"])
        out += ['{"ts":"', _iso(t), f'","level":"INFO","svc":"quote-api","ver":"{_version(r)}","event":"{ev}",'
                f'"quote_id":"Q-{_digits(r, 8)}","req":"{_uuid(r)}",']
        k = r.randrange(3)
        if k == 0:
            out += ['"email":"', (c.email, EM), '","risk_address":"', (c.addr, AD), '",']
        elif k == 1:
            out += ['"applicant":{"given":"', (c.first, N), '","family":"', (c.last, N), '","dob":"', (c.dob.isoformat(), DOB),
                    '","mobile":"', (c.mobile, PH), '"},']
        else:
            out += ['"suburb":"', (c.town, LO), f'","postcode":"{c.postcode}","building_si":{r.randrange(300, 1200) * 1000},']
        out += ['"client_ip":"', (_pub_ip(r), IP), '","xff":"', _priv_ip(r), f'","servicing_office":"{office}",'
                f'"premium":{r.uniform(600, 3400):.2f}}}\n']
    return out


# =============================================================================================
# 2. electricity & gas utility
# =============================================================================================

def _t_utl_us_weblog(r):
    out = []
    for _ in range(r.randrange(4, 8)):
        t = _ts(r, 2)
        stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        k = r.randrange(6)
        ip = _pub_ip(r, 0.15)
        acct = _digits(r, 10)
        ua = _ua(r)
        if k == 0:
            c = _person(r, "US")
            out += [(ip, IP), f' - - [{stamp}] "GET /api/v2/accounts/{acct}/usage?from=2026-10-01&email=', (c.email, EM),
                    f' HTTP/1.1" 200 {r.randrange(300, 9000)} "-" "{ua}"\n']
        elif k == 1:
            out += [(ip, IP), f' - - [{stamp}] "POST /api/v2/payments?api_key=', (_apikey(r, _c(r, ["stripe", "brand", "hex"])), AK),
                    f' HTTP/1.1" 201 {r.randrange(100, 900)} "-" "{ua}"\n']
        elif k == 2:
            out += [f'{_priv_ip(r)} - - [{stamp}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.{r.randrange(26, 31)}"\n']
        elif k == 3:
            out += [(ip, IP), f' - - [{stamp}] "GET /static/js/app.{_hex(r, 8)}.js HTTP/2.0" 304 0 "https://my.brightwellenergy.com/" "{ua}"\n']
        elif k == 4:
            out += [(ip, IP), f' - - [{stamp}] "POST /api/v2/outages/report?zip={_c(r, _TOWNS["US"])[1][:3]}{_digits(r, 2)} HTTP/1.1" 202 64 "-" "{ua}"\n']
        else:
            out += [f'{_priv_ip(r)} - svc-billing [{stamp}] "PUT /internal/meters/{_digits(r, 9)}/read HTTP/1.1" 204 0 "-" "meter-sync/{_version(r)}"\n']
    return out


def _t_utl_gb_ticket(r):
    c = _person(r, "GB")
    a1, a2 = _person(r, "GB"), _person(r, "GB")
    new = _person(r, "GB")
    mpan = f"S 01 {_digits(r, 3)} {_digits(r, 3)} 13 {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 3)}"
    tk = f"AMP-{_digits(r, 6)}"
    iban = _iban(r, "GB")
    return [
        f"Ticket {tk} | Ampera Gas & Power | Queue: Billing – Direct Debit | Priority: Normal\n",
        f"Opened {_fd(_date_any(r, 5), 'GB')} {_hm(r)} via web form\n\n",
        "Customer message:\n",
        "Hi, I'm moving out of ", (c.addr, AD), " on ", _fd(_date_any(r, 0, 30), "GB", "long"),
        ". Please take a final reading and move my account to my new place, ", (new.street, AD),
        ". Also I have changed banks, new IBAN is ", (iban, IB), f" (sort code {_sort_code(r)}). "
        f"Meter serial {_c(r, ['E', 'G'])}{_digits(r, 2)}K{_digits(r, 6)}, supply number {mpan}.\n",
        "Thanks\n", (_nv(r, c, "full first fi"), N), "\n\n",
        "--- Internal note (", (a1.first, N), f", {_hm(r)}) ---\n",
        "ID&V passed: DOB ", (_fd(c.dob, "GB"), DOB), " + postcode. Mobile on file ", (c.mobile, PH),
        " matches. Old DD mandate cancelled, ref DDI" + _digits(r, 8) + ".\n",
        "--- Internal note (", (a2.full, N), ") ---\n",
        "Final bill to go to new address. Customer asked us not to call before 10am. Passed to ", (a1.first, N),
        " for the COT on the ", _c(r, ["Leeds", "Derby", "Reading"]), " depot schedule.\n",
    ]


def _t_utl_tr_sms(r):
    c = _person(r, "TR")
    clk = _clock(r, 8 * 60, 12 * 60, 90)
    tes = _digits(r, 10)
    d = _date_any(r, 20)
    comp_iban = _iban(r, "TR", spaced=True)
    return [
        f"ENERJIPLUS · {_fd(d, 'TR')} {clk()}\n",
        "Sayın ", (c.full.upper() if _chance(r, 0.4) else c.full, N), f", {d.month:02d}/{d.year} dönemi elektrik faturanız ",
        _money(r, "TL", 20, 90), f", son ödeme tarihi {_fd(_date_any(r, 0, 15), 'TR')}. Tesisat no: {tes}. "
        "Havale/EFT için IBAN: ", (comp_iban, IB), " (Enerji Plus A.Ş.)\n\n",
        f"Siz · {clk()}\n",
        "Merhaba, geçen ay taşındım. Yeni adresim ", (c.addr, AD), ". Fatura oraya gelsin lütfen\n\n",
        f"ENERJIPLUS · {clk()}\n",
        f"Adres değişikliği talebiniz alındı, talep no {_digits(r, 8)}. Kimlik doğrulaması için doğum tarihinizi yazar mısınız?\n\n",
        f"Siz · {clk()}\n",
        (_fd(c.dob, "TR", _c(r, ["num", "long"])), DOB), "\n\n",
        f"ENERJIPLUS · {clk()}\n",
        f"Doğrulama kodunuz: {_otp(r)}. Kodu kimseyle paylaşmayınız. Müşteri hizmetleri: ",
        _lab_ph(f"444 {r.randrange(1, 10)} {_digits(r, 3)}", "TR"), "\n",
    ]


def _t_utl_nz_livechat(r):
    c = _person(r, "NZ")
    ag = _person(r, "NZ")
    new_t = _town(r, "NZ")
    new = _addr(r, "NZ", new_t)
    t = r.randrange(8 * 60, 20 * 60)

    def tm():
        nonlocal t
        t += r.randrange(0, 3)
        return f"[{t // 60:02d}:{t % 60:02d}] "
    return [
        tm(), "Brightwell Assist: Kia ora! You're chatting with Brightwell Energy. Can I get your name?\n",
        tm(), (c.first, N), ": ", (c.full, N), f", account {_digits(r, 8)}\n",
        tm(), "Brightwell Assist: Thanks. Connecting you with a team member...\n",
        tm(), (ag.first, N), ": Hi ", (c.first, N), ", ", (ag.first, N), " here. How can I help?\n",
        tm(), (c.first, N), ": moving house next week from ", (c.addr, AD), " to ", (new[5], AD),
        f" — need power on at the new place by the {r.randrange(1, 28)}th\n",
        tm(), (ag.first, N), ": No worries. For security can you confirm your date of birth?\n",
        tm(), (c.first, N), ": ", (_fd(c.dob, "NZ", _c(r, ["num", "long", "short"])), DOB), "\n",
        tm(), (ag.first, N), ": Perfect. ICP for the new address is ", f"{_digits(r, 10)}{_c(r, 'ABCDEFGHJK')}{_c(r, 'ABCDEFGHJK')}{_digits(r, 3)}",
        ". Best number to reach you?\n",
        tm(), (c.first, N), ": ", (c.mobile, PH), " or email ", (c.email, EM), "\n",
        tm(), (ag.first, N), f": All set — ref MOV-{_digits(r, 6)}. Your final bill for the old place goes out within 5 days. Anything else?\n",
        tm(), (c.first, N), ": nah that's it, cheers\n",
    ]


def _t_utl_et_form(r):
    c = _person(r, "EE")
    return [
        "Voolu Energia – elektrilepingu avaldus\n",
        f"Avalduse nr: VE-{_digits(r, 7)}\n",
        "Eesnimi: ", (c.first, N), "\n",
        "Perekonnanimi: ", (c.last, N), "\n",
        "Sünniaeg: ", (_fd(c.dob, "EE", _c(r, ["num", "long"])), DOB), "\n",
        "Tarbimiskoha aadress: ", (c.addr, AD), "\n",
        "Telefon: ", (c.mobile, PH), "\n",
        "E-post: ", (c.email, EM), "\n",
        "Arvelduskonto (IBAN): ", (_iban(r, "EE"), IB), "\n",
        f"Mõõtepunkti EIC-kood: 38ZEE-{_digits(r, 8)}-{_c(r, 'ABCDEFGHJK')}\n",
        f"Pakett: {_c(r, ['Börsihind', 'Fikseeritud 12 kuud', 'Roheline fiks'])}\n",
        f"Keskmine tarbimine: {r.randrange(90, 900)} kWh/kuus\n",
        f"Leping alates: {_fd(_date_any(r, 0, 40), 'EE')}\n",
        "Nõustun tingimustega: jah\n",
        f"Esitatud: {_iso(_ts(r, 5))} IP ", (_pub_ip(r, 0.1), IP), "\n",
    ]


def _t_utl_in_nopii(r):
    area = _c(r, [("Bengaluru", ["Indiranagar", "Koramangala", "HSR Layout"]), ("Pune", ["Kothrud", "Aundh", "Baner"]),
                  ("Chennai", ["Adyar", "T. Nagar", "Velachery"])])
    d = _date_any(r, 0, 10)
    feeders = ", ".join(r.sample(area[1], 2))
    return [
        f"NORTHGRID POWER – PLANNED SHUTDOWN NOTICE (Ref. PSN/{d.year}/{_digits(r, 4)})\n\n",
        f"Due to maintenance of the 11kV {feeders} feeders, power supply will be interrupted on {_fd(d, 'IN')} "
        f"from {r.randrange(9, 11)}:00 to {r.randrange(13, 17)}:00 hrs. The {area[0]} East sub-division office will remain open.\n",
        f"Consumers with pending bills above ₹{r.randrange(2, 9)},000 are requested to pay before {_fd(_date_any(r, 0, 20), 'IN')} "
        "to avoid disconnection. Late payment surcharge: 1.25% per month.\n",
        f"Complaints: dial 1912 or use the Northgrid app (v{r.randrange(3, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}). "
        f"Quote your 12-digit consumer number (e.g. 0400XXXXXXXX) and complaint ID format CMP-{_digits(r, 6)}.\n",
        "Inconvenience caused is regretted.\nExecutive Engineer (O&M), Division II\n",
    ]

# =============================================================================================
# 3. gym and fitness chain
# =============================================================================================

def _t_gym_au_slack(r):
    s1, s2 = _person(r, "AU"), _person(r, "AU")
    m = _person(r, "AU", gender="f", age=(18, 60))
    club = _c(r, ["Fitzroy", "Newtown", "Toowong", "Fremantle", "Glenelg"])
    clk = _clock(r, 6 * 60, 11 * 60, 6)
    mid = _digits(r, 8)
    door = f"{_digits(r, 4)}#"
    out = [f"#front-desk-{club.lower()} — Ironbark Fitness workspace — export {_fd(_date_any(r, 3), 'AU')}\n\n"]

    def msg(p, *body):
        return [(p.full, N), f"  {clk()} AM\n", list(body), "\n\n"]
    out += msg(s1, f"anyone know why member {mid} can't get through the turnstile? app says suspended")
    out += msg(s2, "thats ", (m.full, N), ". DD bounced twice so billing put a hold on. her mobile is ", (m.mobile, PH),
               " if you want to give her a bell")
    out += msg(s1, "cheers ", (s2.first, N), ". she says she updated her card last week, ends in ", _last4(r), f" exp {_expiry(r)}")
    if _chance(r, 0.6):
        out += msg(s2, "yep can see it now, new card came through at 06:12. clearing the hold. also she wants her emails to go to ",
                   (m.email, EM), " instead of the work one")
    else:
        out += msg(s2, "ok cleared. fyi she moved to ", (m.town, LO), " so she might want to switch home club to ",
                   _c(r, ["Geelong", "Parramatta", "Hobart"]), ". she also asked if her Jessie Mae Pilates pass still works with us")
    out += msg(s1, f"legend. PSA: staff room door code changed to {door}, locker {r.randrange(1, 120)} key is at the desk")
    return out


def _t_gym_ca_kv(r):
    c = _person(r, "CA", age=(18, 65))
    t = _ts(r, 10)
    club = _c(r, ["Halifax-SpringGarden", "Ottawa-Glebe", "Calgary-Kensington", "Winnipeg-Osborne"])
    pw = _password(r)
    addr_q = _chance(r, 0.7)
    out = [f"{_iso(t)} INFO signup.submit member_id={_digits(r, 9)} ",
           "first_name=", (c.first, N), " last_name=", (c.last, N), " dob=", (c.dob.isoformat(), DOB),
           " email=", (c.email, EM), " phone=", (_pfmt(r, phonenumbers.parse(c.mobile, "CA"), "CA", "plain"), PH), " "]
    if addr_q:
        out += ['addr="', (c.addr, AD), '" ']
    else:
        out += ["city=", (c.town, LO), f" prov={c.region} "]
    out += ["card=", (_card(r, _c(r, ["visa", "mc"]), "plain"), CC), f" exp={_expiry(r).replace('/', '')} cvc=*** "
            f"plan={_c(r, ['FLEX_MONTHLY', 'ANNUAL_PIF', 'STUDENT_12M'])} home_club={club} "
            f"promo={_c(r, ['NEWYEAR26', 'BRINGAFRIEND', 'NONE'])} ",
            "temp_password=", (pw, PW), " pw_hash=", _argon2(r), " ip=", (_pub_ip(r), IP),
            f" session={_hex(r, 32)} app_ver={_version(r)}\n",
            f"{_iso(t + _dt.timedelta(seconds=2))} INFO signup.ok member_id=… welcome_email=queued sms=queued\n"]
    return out


def _t_gym_sl_email(r):
    c = _person(r, "SI")
    st = _person(r, "SI")
    brand = _c(r, [("Forma Gym", "formagym.si"), ("Fit Pika", "fitpika.si")])
    mid = _digits(r, 6)
    club = _c(r, ["Ljubljana BTC", "Maribor Europark", "Celje Center"])
    return [
        "Zadeva: Odpoved članarine – št. člana ", mid, "\n",
        "Od: ", (c.email, EM), "\n",
        "Za: ", (f"info@{brand[1]}", EM), "\n\n",
        "Pozdravljeni,\n\n",
        f"zaradi selitve želim odpovedati letno članarino v vašem centru {club}. Od ", _fd(_date_any(r, 0, 30), "SI"),
        " naprej živim v kraju ", (_town(r, "SI")[0], LO), ", kjer nimate poslovalnice.\n",
        "Prosim, da mi preostanek vnaprej plačane članarine vrnete na TRR ", (_iban(r, "SI", spaced=True), IB), ".\n",
        "Za identifikacijo: rojena/rojen ", (_fd(c.dob, "SI", _c(r, ["num", "long"])), DOB), ", naslov ", (c.addr, AD), ".\n\n",
        "Lep pozdrav,\n", (c.full, N), "\n", (c.mobile, PH), "\n\n",
        "--\n",
        "Odgovor: Spoštovani, odpoved smo prejeli. Vračilo bo izvedeno v 14 dneh. Ključek za omarico vrnite na recepciji.\n",
        (st.first, N), f", {brand[0]}, ", (_biz(r, "SI"), AD), ", tel. ", (_phone(r, "SI", "f", style="nat"), PH), "\n",
    ]


_LT_ACC = {"Vilnius": "Vilnių", "Kaunas": "Kauną", "Klaipėda": "Klaipėdą", "Šiauliai": "Šiaulius", "Panevėžys": "Panevėžį",
           "Alytus": "Alytų", "Marijampolė": "Marijampolę", "Utena": "Uteną"}


def _t_gym_lt_chat(r):
    c = _person(r, "LT", age=(18, 60))
    ag = _person(r, "LT")
    clk = _clock(r, 9 * 60, 20 * 60, 3)
    dest = _c(r, [_LT_ACC[t[0]] for t in _TOWNS["LT"] if t[0] != c.town])
    return [
        f"Pokalbis #{_digits(r, 7)} · Judėk sporto klubas · {_fd(_date_any(r, 5), 'LT')}\n",
        f"[{clk()}] Klientas: Laba diena, norėčiau sustabdyti narystę\n",
        f"[{clk()}] ", (ag.first, N), ": Sveiki! Mano vardas ", (ag.first, N), ". Gal galite nurodyti savo vardą ir pavardę?\n",
        f"[{clk()}] Klientas: ", (c.full, N), ", kortelės nr. ", _digits(r, 8), "\n",
        f"[{clk()}] ", (ag.first, N), ": Ačiū. Patvirtinkite gimimo datą, prašau.\n",
        f"[{clk()}] Klientas: ", (_fd(c.dob, "LT", _c(r, ["num", "long"])), DOB), "\n",
        f"[{clk()}] Klientas: trims mėnesiams išvykstu į ", (dest, LO), " dėl darbo\n",
        f"[{clk()}] ", (ag.first, N), ": Supratau. Sustabdymas kainuoja ", _money(r, "€", 5, 15),
        ". Kokiu telefonu ar el. paštu atsiųsti patvirtinimą?\n",
        f"[{clk()}] Klientas: ", (c.mobile, PH), _c(r, [", arba ", " arba "]), (c.email, EM), "\n",
        f"[{clk()}] ", (ag.first, N), ": Atlikta, užklausos nr. JSK-", _digits(r, 5), ". Gražios dienos!\n",
    ]


def _t_gym_us_applog(r):
    c = _person(r, "US", age=(18, 65))
    pw = _password(r)
    out = []
    t = _ts(r, 2)

    def ln(level, comp, *body):
        nonlocal t
        t = t + _dt.timedelta(milliseconds=r.randrange(3, 900))
        return [t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d} {level:<5} [{comp}] ", list(body), "\n"]
    ip = _pub_ip(r)
    out += ln("INFO", "auth-svc", f"req={_uuid(r)} login attempt user=", (c.email, EM), " ip=", (ip, IP),
              f' ua="PulseFit/{_version(r)} (iPhone; iOS 18.1)"')
    out += ln("WARN", "auth-svc", "password mismatch user=", (c.email, EM), f" stored={_bcrypt(r)} attempts={r.randrange(2, 5)}")
    out += ln("DEBUG", "auth-svc", 'raw body={"email":"', (c.email, EM), '","password":"', (pw, PW), f'","device":"{_uuid(r)}"}}')
    out += ln("INFO", "auth-svc", f"login ok member={_digits(r, 7)} session=sess_{_alnum(r, 24)} mfa=sms to ",
              (_pfmt(r, phonenumbers.parse(c.mobile, "US"), "US", "e164"), PH))
    if _chance(r, 0.5):
        out += ln("INFO", "billing", f"card on file visa ending {_last4(r)} exp {_expiry(r)} next charge "
                  f"{_fd(_date_any(r, 0, 30), 'US')} amount $" + f"{r.choice([29.99, 39.99, 59.99])}")
    else:
        out += ln("INFO", "billing", f"ach mandate saved member={_digits(r, 7)} routing={_routing(r)} account=",
                  (_us_acct(r), BK), f" type=checking next_draft={_fd(_date_any(r, 0, 30), 'US')}")
    if _chance(r, 0.5):
        out += ln("ERROR", "sync", "stripe: Invalid API Key provided: sk_live_", "*" * 20, _alnum(r, 4))
    else:
        out += ln("WARN", "crm-sync", "retrying with key=", (_apikey(r, _c(r, ["brand", "sg", "mailgun"])), AK),
                  f" upstream=10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}:8443")
    out += ln("INFO", "checkin", f"member={_digits(r, 7)} club=Columbus-Short-North door=main gps=39.97, -83.00")
    return out


def _t_gym_tl_chat(r):
    c = _person(r, "PH", age=(18, 50))
    ag = _person(r, "PH")
    clk = _clock(r, 8 * 60, 21 * 60, 5)
    page = "Lakas Fitness Hub"
    bday = _fd(c.dob, "PH", "long", lang=_c(r, ["tl", "en"]))
    return [
        f"Messenger · {page} · {_fd(_date_any(r, 4), 'PH', 'long', lang='tl')}\n",
        f"{clk()} ", (c.full, N), ": Hi po! Magkano po yung monthly membership sa branch niyo sa ", _c(r, ["Cubao", "BGC", "Ortigas"]), "?\n",
        f"{clk()} {page}: Hello po! ₱1,{r.randrange(2, 9)}99/month po, may free locker na. Pwede po malaman ang pangalan niyo?\n",
        f"{clk()} ", (c.full, N), ": ", (c.first, N), " po. Taga-", (c.town, LO), " po ako pero malapit lang office ko\n",
        f"{clk()} {page}: Salamat ", (c.first, N), "! Para sa registration, pakibigay po ng birthday, number at email.\n",
        f"{clk()} ", (c.full, N), ": ", (bday, DOB), " po\n",
        f"{clk()} ", (c.full, N), ": ", (c.mobile, PH), "\n",
        f"{clk()} ", (c.full, N), ": ", (c.email, EM), "\n",
        f"{clk()} {page}: Noted po! Ito po yung reference niyo: LFH-{_digits(r, 6)}. Si Coach ", (ag.first, N),
        " po ang mag-aassist sa inyo sa unang session. GCash ref ", _digits(r, 13), " po pag nagbayad na.\n",
        f"{clk()} ", (c.full, N), ": Sige po salamat 🙏\n",
    ]


# =============================================================================================
# 4. mobile-phone operator
# =============================================================================================

_EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
        "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _spoken_year(y: int) -> str:
    hi, lo = divmod(y, 100)
    if hi == 20:
        return "two thousand" + ("" if lo == 0 else " " + _two(lo))
    return _two(hi) + " " + ("hundred" if lo == 0 else ("oh " + _EN_DIG[lo] if lo < 10 else _two(lo)))


def _two(n: int) -> str:
    if n < 10:
        return _EN_DIG[n]
    if n < 20:
        return _TEENS[n - 10]
    t, u = divmod(n, 10)
    return _TENS[t] + ("" if u == 0 else " " + _EN_DIG[u])


def _spoken_dob(r: random.Random, d: _dt.date, us: bool = False) -> str:
    mon = _MONTHS["en"][d.month - 1].lower()
    if us or _chance(r, 0.3):
        return f"{mon} {_ORD[d.day - 1]} {_spoken_year(d.year)}"
    return f"{_ORD[d.day - 1]} {mon} {_spoken_year(d.year)}"


def _t_mob_in_stt(r):
    c = _person(r, "IN")
    ag = _person(r, "IN")
    num = phonenumbers.parse(c.mobile, "IN")
    nsn = phonenumbers.national_significant_number(num)
    spoken = f"{nsn[:5]} {nsn[5:]}"
    return [
        f"[auto-transcript call_id={_uuid(r)} lang=en-IN confidence=0.{r.randrange(71, 96)}]\n",
        "agent: thank you for calling kestrel mobile my name is ", (ag.first.lower(), N), " how may i help you\n",
        "customer: hi ", (ag.first.lower(), N), " this is ", (c.full.lower(), N), " i want to port out my number\n",
        "agent: sure sir may i have the mobile number please\n",
        "customer: it is ", (spoken, PH), "\n",
        "agent: thank you and for verification your date of birth\n",
        "customer: ", (_spoken_dob(r, c.dob), DOB), "\n",
        "agent: and the registered address\n",
        "customer: ", (c.addr.lower(), AD), "\n",
        "agent: okay i can see the connection the imei on record is ", _imei(r),
        f" and your last bill was rupees {r.randrange(199, 1499)}\n",
        "customer: yes also send the upc to my email ", (c.email, EM), "\n",
        f"agent: the upc code is generated sir it is {_c(r, string.ascii_uppercase)}{_c(r, string.ascii_uppercase)}{_digits(r, 6)} "
        f"valid for {_c(r, ['four', 'fifteen', 'thirty'])} days anything else\n",
        "customer: no thanks\n",
    ]


def _t_mob_gb_notifs(r):
    items = []
    p1, p2, p3 = _person(r, "GB"), _person(r, "GB"), _person(r, "GB")
    pool = [
        [f"[Kestrel Mobile] Your November bill is ready – £{r.randrange(8, 60)}.{r.randrange(10, 99)} (account {_digits(r, 9)})"],
        ["Missed call from ", (p1.mobile, PH)],
        [(p2.full, N), " sent you a picture message"],
        [f"Your PAC code is {_c(r, string.ascii_uppercase)}{_c(r, string.ascii_uppercase)}{_c(r, string.ascii_uppercase)}{_digits(r, 6)} – valid until {_fd(_date_any(r, 0, 30), 'GB')}"],
        ["Roaming: Welcome to France! Calls home 9p/min. Data capped at £50."],
        [f"Data alert: you've used 80% of your {r.randrange(5, 100)}GB allowance"],
        ["Voicemail from ", (_phone(r, "GB", "f", style="intl"), PH), f" ({r.randrange(0, 2)}:{r.randrange(10, 59)})"],
        [f"Order KM-{_digits(r, 6)} dispatched – DPD tracking {_digits(r, 14)}"],
        ["Security: new sign-in to My Kestrel from ", (_pub_ip(r, 0.3), IP)],
        [f"Your one-time passcode is {_otp(r)}. Never share it."],
        [(p3.first, N), ": running late, there in 10"],
        [f"Reminder: your iPhone 15 upgrade is available from {_fd(_date_any(r, 0, 60), 'GB', 'long')}"],
        ["SIM swap requested for ", (p1.mobile, PH), ". If this wasn't you call ", _lab_ph("0800 " + _digits(r, 3) + " " + _digits(r, 4), "GB")],
    ]
    r.shuffle(pool)
    clk = _clock(r, 7 * 60, 22 * 60, 40)
    for it in pool[: r.randrange(5, 9)]:
        items += [f"{clk()}  ", it, "\n"]
    return items


def _t_mob_is_email(r):
    c = _person(r, "IS")
    st = _person(r, "IS")
    old = _c(r, ["Síminn", "Nova", "Vodafone"])
    return [
        "Frá: ", (c.full, N), " <", (c.email, EM), ">\n",
        "Til: ", ("thjonusta@simabaer.is", EM), "\n",
        "Efni: Flutningur á númeri\n\n",
        "Góðan dag,\n\n",
        "Ég heiti ", (c.full, N), " og vil flytja farsímanúmerið mitt ", (c.mobile, PH), f" frá {old} yfir til ykkar. "
        f"Ég er með áskrift nr. {_digits(r, 8)} hjá {old}.\n",
        "Heimilisfang: ", (c.addr, AD), "\n",
        "Fæðingardagur: ", (_fd(c.dob, "IS", _c(r, ["num", "long"])), DOB), "\n",
        "Nýja SIM-kortið má senda á heimilisfangið hér að ofan. Takk!\n\nKveðja,\n", (c.first, N), "\n\n",
        "---\n",
        "Sæl/l ", (c.first, N), f", flutningsbeiðni nr. FL-{_digits(r, 6)} er móttekin og tekur 1–2 virka daga. "
        f"Sendingarnúmer SIM-korts: {_c(r, ['RR', 'CX'])}{_digits(r, 9)}IS.\n",
        "Bestu kveðjur,\n", (st.full, N), ", Símabær þjónustuver\n",
        (_biz(r, "IS"), AD), " · sími ", (_phone(r, "IS", "f", style="nat"), PH), "\n",
    ]


def _t_mob_vi_zalo(r):
    c = _person(r, "VN")
    clk = _clock(r, 8 * 60, 21 * 60, 4)
    d = _date_any(r, 5)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    shop = "Vinamobi CSKH"
    pron = "chị" if c.gender == "f" else "anh"
    return [
        f"[{clk()}, {ds}] ", (c.full, N), f": Chào em, {pron} muốn chuyển sang gói cước 5G{_c(r, ['90', '135', '200'])} và làm lại SIM\n",
        f"[{clk()}, {ds}] {shop}: Dạ em chào {pron} ", (c.first, N), f" ạ. {pron.capitalize()} cho em xin số thuê bao đang dùng nhé\n",
        f"[{clk()}, {ds}] ", (c.full, N), ": ", (c.mobile, PH), "\n",
        f"[{clk()}, {ds}] {shop}: Dạ {pron} xác nhận giúp em ngày sinh và địa chỉ nhận SIM ạ\n",
        f"[{clk()}, {ds}] ", (c.full, N), ": ", (_fd(c.dob, "VN", _c(r, ["num", "long"])), DOB), ", giao về ", (c.addr, AD), "\n",
        f"[{clk()}, {ds}] {shop}: Em đã tạo đơn DH{_digits(r, 8)}, phí làm lại SIM {_money(r, 'VND', 1, 2)}. "
        f"Mã OTP kích hoạt sẽ gửi về số của {pron}. Serial SIM mới: {_iccid(r, 'VN')}\n",
        f"[{clk()}, {ds}] ", (c.full, N), ": ok em, gửi hóa đơn qua mail ", (c.email, EM), " giúp " + pron + " nhé\n",
    ]


def _t_mob_ke_sms(r):
    c = _person(r, "KE")
    fr = _person(r, "KE")
    code = lambda: "".join(_c(r, string.ascii_uppercase + string.digits) for _ in range(10))  # noqa: E731
    d = _date_any(r, 10)
    ds = f"{d.day}/{d.month}/{d.year % 100}"
    out = [
        "MPESA\n",
        f"{code()} Confirmed. Ksh{r.randrange(100, 3000):,}.00 paid to ZURI TELECOM. for account ",
        (_pfmt(r, phonenumbers.parse(c.mobile, "KE"), "KE", "compact"), PH),
        f" on {ds} at {r.randrange(1, 12)}:{r.randrange(10, 59)} PM New M-PESA balance is Ksh{r.randrange(100, 20000):,}.00. "
        "Transaction cost, Ksh0.00.\n\n",
        "ZURI-TELECOM\n",
        "Dear ", (c.first.upper(), N), f", your airtime top-up of Ksh{r.randrange(50, 1000)} was successful. "
        f"Bonus data 1GB valid till {_fd(_date_any(r, 0, 30), 'KE')}. Ref {_digits(r, 10)}\n\n",
        "MPESA\n",
        f"{code()} Confirmed. Ksh{r.randrange(200, 5000):,}.00 sent to ", (fr.full.upper(), N), " ",
        (_pfmt(r, phonenumbers.parse(fr.mobile, "KE"), "KE", "compact"), PH),
        f" on {ds} at {r.randrange(1, 12)}:{r.randrange(10, 59)} AM.\n\n",
        "ZURI-TELECOM\n",
        f"Your SIM replacement request for {c.mobile[-4:]} is being processed at Zuri Shop {_c(r, ['Kimathi Street', 'Sarit Centre', 'Nyali Centre'])}. "
        f"Bring your ID. Do not share your PIN or OTP {_otp(r, 4)}.\n",
    ]
    return out


def _t_mob_sq_ticket(r):
    c = _person(r, "AL")
    a1, a2 = _person(r, "AL"), _person(r, "AL")
    return [
        f"Kërkesa #AM-{_digits(r, 6)} · Alba Mobile · Kategoria: SIM e humbur · Statusi: Në proces\n",
        f"Krijuar: {_fd(_date_any(r, 3), 'AL')} {_hm(r)} nga dyqani {_c(r, ['Tiranë – TEG', 'Durrës – Qendër', 'Vlorë – Lungomare'])}\n\n",
        "Përshkrimi i klientit:\n",
        "Përshëndetje, më ka humbur telefoni dje. Ju lutem bllokoni kartën SIM të numrit ", (c.mobile, PH),
        ". IMEI i telefonit ishte ", _imei(r), ". Kartën e re dërgojeni në adresën ", (c.addr, AD), ".\n",
        "Faleminderit, ", (c.full, N), "\n\n",
        "— Shënim i brendshëm (", (a1.first, N), ") —\n",
        "Verifikuar me datëlindjen ", (_fd(c.dob, "AL", _c(r, ["num", "long"])), DOB), " dhe adresën. SIM e bllokuar në ",
        f"{_hm(r)}. ICCID i ri: {_iccid(r, 'AL')}.\n",
        "— Shënim i brendshëm (", (a2.full, N), ") —\n",
        "Klienti kërkon të kontaktohet në numrin e bashkëshortes: ", (_phone(r, "AL", "m"), PH),
        f". Tarifa e zëvendësimit {_money(r, 'ALL', 2, 6)} do të shtohet në faturë.\n",
    ]

# =============================================================================================
# 5. ride-hailing app
# =============================================================================================

def _plate(r: random.Random, cc: str) -> str:
    L = string.ascii_uppercase
    if cc == "US":
        return f"{_c(r, L)}{_c(r, L)}{_c(r, L)}-{_digits(r, 4)}"
    if cc == "CA":
        return f"{_c(r, L)}{_c(r, L)}{_c(r, L)}{_c(r, L)} {_digits(r, 3)}"
    if cc == "GB":
        return f"{_c(r, L)}{_c(r, L)}{r.randrange(10, 75)} {_c(r, L)}{_c(r, L)}{_c(r, L)}"
    if cc == "TR":
        return f"{_c(r, ['34', '06', '35', '16'])} {_c(r, L)}{_c(r, L)}{_c(r, L)} {_digits(r, 3)}"
    if cc == "LV":
        return f"{_c(r, L)}{_c(r, L)}-{_digits(r, 4)}"
    if cc == "NG":
        return f"{_c(r, ['LSR', 'KJA', 'EKY', 'AAA'])}-{_digits(r, 3)}{_c(r, L)}{_c(r, L)}"
    return f"{_c(r, L)}{_c(r, L)} {_digits(r, 3)} {_c(r, L)}{_c(r, L)}"


def _vin(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return _c(r, ["1HG", "JTD", "WVW", "5YJ", "2T1", "KMH", "WBA", "VF1"]) + _alnum(r, 14, al)


def _t_ride_us_ticket(r):
    rider, drv = _person(r, "US"), _person(r, "US")
    a1, a2 = _person(r, "US"), _person(r, "US")
    venue = _c(r, ["Nationwide Arena", "the Greyhound station", "Franklin Park Conservatory", "John Glenn Intl Airport"])
    work_addr = _biz(r, "US")
    return [
        f"Hopla Rides Support — Ticket #HR-{_digits(r, 6)} — Lost item — {_fd(_date_any(r, 3), 'US')}\n",
        "Rider: ", (rider.full, N), " (", (rider.email, EM), f")   Trip: {_uuid(r)[:13]}   Fare: ${r.randrange(9, 60)}.{r.randrange(10, 99)}\n",
        "Pickup: ", (rider.addr, AD), f"  →  Dropoff: {venue}\n\n",
        f"Rider message: Hi, I left my {_c(r, ['black backpack', 'AirPods case', 'kid’s car seat', 'grey hoodie'])} in the back seat. "
        "Driver was ", (drv.first, N), f" in a silver Camry, plate {_plate(r, 'US')}. Please call me at ", (rider.mobile, PH),
        " or I can pick it up near my office at ", (work_addr, AD), ".\n\n",
        "[Internal] ", (_nv(r, a1, "first fi"), N), ": Called driver ", (drv.full, N),
        f" via masked line ***-***-{_last4(r)}. Item found. Drop-off GPS {_gps(r)}.\n",
        "[Internal] ", (_nv(r, a2, "first fi"), N), f": $15 return fee charged to card ending {_last4(r)}. Driver will leave it at "
        f"the Hopla Greenlight Hub (Columbus) – locker code {_digits(r, 4)}. Rider notified by SMS.\n",
    ]


def _t_ride_ng_whatsapp(r):
    rider = _person(r, "NG", gender="f")
    drv = _person(r, "NG", gender="m")
    sis = _person(r, "NG", gender="f")
    sis = sis._replace(last=rider.last)
    d = _date_any(r, 5)
    t = r.randrange(6 * 3600, 9 * 3600)
    out = []
    rows = [
        (drv, "Good morning ma, I'm your Zipcab driver. I'm at the junction already"),
        (rider, "Pls come inside the estate, ", (rider.street + ", " + rider.town, AD), ". Yellow gate opposite the pharmacy"),
        (drv, "Ok ma. Trip PIN na ", _digits(r, 4)),
        (rider, "My number is ", (rider.mobile, PH), " flash me when you reach"),
        (drv, "I don reach. Toyota Corolla ", _plate(r, "NG")),
        (rider, "Coming. Abeg after me we go drop my sister ", (sis.first, N), " for ", (sis.town, LO), ", her line is ", (sis.mobile, PH)),
        (drv, "No wahala, just add stop for app so fare go update"),
        (rider, "<attached: IMG-2026" + _digits(r, 4) + "-WA00" + _digits(r, 2) + ".jpg>"),
    ]
    for who, *body in rows:
        t += r.randrange(20, 240)
        hh, mm, ss = t // 3600, t // 60 % 60, t % 60
        out += [f"[{d.day:02d}/{d.month:02d}/{d.year % 100}, {hh % 12 or 12}:{mm:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}] ",
                (who.full if who is not drv or _chance(r, 0.5) else who.first, N), ": ", list(body), "\n"]
    return out


def _t_ride_tr_jsonl(r):
    out = []
    for _ in range(r.randrange(3, 6)):
        t = _ts(r, 2)
        k = r.randrange(4)
        head = f'{{"ts":"{_iso(t)}","lvl":"info","svc":"yolcu-trip","ver":"{_version(r)}",'
        if k == 0:
            c = _person(r, "TR")
            out += [head, f'"msg":"Yolculuk tamamlandı","trip_id":"{_uuid(r)}","rider":{{"ad":"', (c.first, N), '","soyad":"', (c.last, N),
                    '","tel":"', (c.mobile, PH), f'"}},"driver_id":"D-{_digits(r, 6)}","ucret":"{_money(r, "TL", 3, 25)}","kart":"**** {_last4(r)}"}}\n']
        elif k == 1:
            out += [head, f'"msg":"Sürücü konumu güncellendi","driver_id":"D-{_digits(r, 6)}","lat":{r.uniform(36, 42):.6f},'
                    f'"lng":{r.uniform(26, 44):.6f},"plaka":"{_plate(r, "TR")}","src_ip":"{_priv_ip(r)}"}}\n']
        elif k == 2:
            c = _person(r, "TR")
            out += [head.replace('"lvl":"info"', '"lvl":"warn"'), '"msg":"Giriş başarısız","eposta":"', (c.email, EM),
                    '","ip":"', (_pub_ip(r, 0.25), IP), f'","deneme":{r.randrange(2, 6)},"hash":"{_sha256(r)}"}}\n']
        else:
            c = _person(r, "TR")
            out += [head, '"msg":"Adres kaydedildi","etiket":"Ev","adres":"', (c.addr, AD), f'","kullanici":"U{_digits(r, 7)}"}}\n']
    return out


def _t_ride_lv_email(r):
    c = _person(r, "LV")
    ag = _person(r, "LV")
    d = _date_any(r, 10)
    return [
        "No: ", ("atbalsts@brauc.lv", EM), "\n",
        "Kam: ", (c.email, EM), "\n",
        f"Temats: Re: Sūdzība par braucienu Nr. BR-{_digits(r, 7)}\n\n",
        "Labdien, ", (c.first, N), "!\n\n",
        "Atvainojamies par nepatīkamo pieredzi. Esam sazinājušies ar vadītāju un piemērojuši brīdinājumu. "
        f"Kompensāciju {_money(r, '€', 5, 20)} apmērā pārskaitīsim uz Jūsu norādīto kontu 5 darba dienu laikā.\n\n",
        "Ar cieņu,\n", (ag.full, N), "\nBrauc klientu atbalsts | tālr. ", (_phone(r, "LV", "f", style="nat"), PH), "\n\n",
        f"{_fd(d, 'LV')} ", (c.full, N), " rakstīja:\n",
        "> Labdien,\n",
        f"> vakar vakarā braucu ar jūsu taksometru (numurs {_plate(r, 'LV')}) no lidostas uz mājām:\n",
        _quoted_addr(c),
        "> Vadītājs bija rupjš un brauca pa garāko ceļu, cena pieauga no 18 līdz 31 eiro.\n",
        "> Lūdzu atmaksu uz kontu ", (_iban(r, "LV"), IB), "\n",
        "> ", (c.full, N), ", ", (c.mobile, PH), "\n",
    ]


def _t_ride_ca_teams(r):
    s1, s2 = _person(r, "CA"), _person(r, "CA")
    ap = _person(r, "CA")
    clk = _clock(r, 9 * 60, 16 * 60, 3)

    def hdr(p):
        t = clk()
        h, m = int(t[:2]), t[3:]
        return [f"[{h % 12 or 12}:{m} {'AM' if h < 12 else 'PM'}] ", (p.full, N), "\n"]
    pron = "Her" if ap.gender == "f" else "His"
    return [
        hdr(s1), "New driver applicant in the queue: ", (ap.full, N), ", DOB ", (ap.dob.isoformat(), DOB), ", lives in ", (ap.town, LO), "\n",
        hdr(s2), f"Background check came back clear, ref CRT-{_digits(r, 8)}. Vehicle {r.randrange(2015, 2025)} Corolla, VIN {_vin(r)}, plate {_plate(r, 'CA')}\n",
        hdr(s1), f"{pron} address on the licence is ", (ap.addr, AD), ", cell ", (ap.mobile, PH), f". Insurance slip expires {_fd(_date_any(r, 0, 300), 'CA')}\n",
        hdr(s2), f"👍 approving. Void cheque for payouts: transit {_digits(r, 5)}, institution 00{r.randrange(1, 10)}, account {_digits(r, 7)}\n",
        hdr(s1), "Thanks ", (s2.first, N), ". I'll send the welcome kit to ", (ap.email, EM), " and book orientation at the Kelowna hub\n",
    ]


def _t_ride_ro_config(r):
    pw1 = _password(r, "ro")
    pw2 = _alnum(r, 18)
    on = _person(r, "RO")
    return [
        "# .env.production — Hopla Ride România (NU comiteți fișierul în git!)\n",
        "APP_NAME=hopla-ride-ro\n",
        f"APP_VERSION={_version(r)}\n",
        f"DB_HOST={_priv_ip(r)}\nDB_PORT=5432\nDB_USER=hopla_app\n",
        "DB_PASSWORD=", (pw1, PW), "\n",
        "REDIS_URL=redis://:", (pw2, PW), f"@{_priv_ip(r)}:6379/0\n",
        "STRIPE_SECRET_KEY=", (_apikey(r, "stripe"), AK), "\n",
        f"STRIPE_PUBLISHABLE_KEY=pk_live_{_alnum(r, 24)}\n",
        f"TWILIO_ACCOUNT_SID=AC{_hex(r, 32)}\n",
        "TWILIO_AUTH_TOKEN=", (_apikey(r, "twilio"), AK), "\n",
        "GOOGLE_MAPS_API_KEY=", (_apikey(r, "google"), AK), "\n",
        "# e-mail tranzacțional\nSMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\n",
        "SMTP_PASS=", (_apikey(r, "sg"), AK), "\n",
        "MAIL_FROM=", ("notificari@hopla.ro", EM), "\n",
        "# persoana de gardă luna aceasta: ", (on.full, N), " <", (f"{_slug(on.first)}.{_slug(on.last)}@hopla.ro", EM), "> ", (on.mobile, PH), "\n",
        "EGRESS_IP=", (_pub_ip(r, 0.0), IP), "\n",
        f"SESSION_SECRET_ROTATED_AT={_iso(_ts(r, 40))}\n",
        f"BUILD_SHA={_hex(r, 40)}\n",
    ]


# =============================================================================================
# 6. hospital billing
# =============================================================================================

def _t_hos_us_ocr(r):
    c = _person(r, "US")
    tn = _town(r, "US")
    hosp_addr = _biz(r, "US", tn)
    lines = ["MERCY RIDGE MEDICAL CENTER                    PATIENT STATEMENT\n",
             (hosp_addr, AD), "\n",
             f"Statement Date: {_fd(_date_any(r, 10), 'US')}      Acc0unt #: {_digits(r, 11)}\n",
             "Guarantor: ", (f"{c.last.upper()}, {c.first.upper()}", N), "      DOB: ", (_fd(c.dob, "US"), DOB),
             f"      SSN: XXX-XX-{_last4(r)}\n",
             _block(c), "\n",
             "Patient: ", (c.full, N), f" (self)   MRN: {_digits(r, 7)}   Ins ID: W{_digits(r, 9)}\n",
             "Date of Svc   Description                  CPT     Charges    Ins Pmt    Balance\n"]
    tot = 0.0
    for _ in range(r.randrange(2, 5)):
        ch = r.uniform(80, 4200)
        ins = ch * r.uniform(0.4, 0.9)
        tot += ch - ins
        lines.append(f"{_fd(_date_any(r, 90), 'US')}    {_c(r, ['ER VISIT LVL 4', 'CT HEAD W/O CONTRAST', 'LAB CBC', 'XRAY CHEST 2V', 'IV INFUSION']):<28} "
                     f"{r.randrange(70000, 99999)}   {ch:>8.2f}   {-ins:>8.2f}   {ch - ins:>8.2f}\n")
    lines += [f"ARNOUNT DUE: ${tot:,.2f}      Please pay by {_fd(_date_any(r, 0, 30), 'US')}\n",
              "AUTOPAY / BANK DRAFT AUTHORIZATION\n",
              f"Routing No. {_routing(r)}    Account No. ", (_us_acct(r), BK), "    ☑ Checking ☐ Savings\n",
              "Or pay by card: ", (_card(r, _c(r, ["visa", "mc", "disc"])), CC), f"  Exp {_expiry(r)}  CVV ___\n",
              "Questions? Call Patient Financial Services ", (_phone(r, "US", "f", tn[2], style="nat"), PH), " Mon–Fri 8–5\n"]
    return lines


def _t_hos_ie_fwd(r):
    c = _person(r, "IE")
    me = _person(r, "IE")
    col = _person(r, "IE")
    d = _date_any(r, 15)
    return [
        (col.first, N), " — can you check if VHI was billed for this one before we send it to collections? Thanks, ", (me.first, N), "\n\n",
        "---------- Forwarded message ---------\n",
        "From: ", (c.full, N), " <", (c.email, EM), ">\n",
        f"Date: {d.strftime('%a')}, {_fd(d, 'IE', 'long')} at {_hm(r)}\n",
        f"Subject: Invoice INV-{d.year}-{_digits(r, 5)} query\n",
        "To: ", ("patientaccounts@stbridgets-uh.ie", EM), "\n\n",
        f"Hi,\n\nI got an invoice for €{r.randrange(80, 2400)}.{r.randrange(10, 99)} for my stay in St Bridget's University Hospital "
        f"from {_fd(_date_any(r, 90), 'IE')}, but I have private cover with VHI (membership no. {_digits(r, 8)}) and signed the "
        "claim form on admission. My MRN is ", _digits(r, 7), ".\n",
        "Date of birth ", (_fd(c.dob, "IE"), DOB), ", address ", (c.addr, AD), ".\n",
        "If I've overpaid, please refund to ", (_iban(r, "IE"), IB), ".\n\n",
        "Thanks,\n", (c.full, N), "\n", (c.mobile, PH), "\n",
    ]


def _t_hos_cat_callnote(r):
    c = _person(r, "ES")
    ag = _person(r, "ES")
    home = _town(r, "ES")
    hosp = _c(r, ["Hospital Comarcal del Vallès", "Hospital de Sant Jordi de Manresa", "Clínica Mare de Déu del Mar"])
    tt = "el Sr." if c.gender == "m" else "la Sra."
    return [
        f"NOTA DE TRUCADA – Facturació {hosp}\n",
        f"Data: {_fd(_date_any(r, 5), 'ES')}  Hora: {_hm(r)}  Agent: ", (ag.first, N), "\n",
        f"Truca {tt} ", (c.last, N), " (", (c.full, N), f"), NHC {_digits(r, 7)}, CIP {_alnum(r, 4, string.ascii_uppercase)}1{_digits(r, 9)}.\n",
        "Data de naixement: ", (_fd(c.dob, "ES", _c(r, ["num", "long"])), DOB), ".\n",
        f"Motiu: factura FRA-{_date_any(r, 30).year}-{_digits(r, 6)} ({_money(r, '€', 90, 900)}) per una visita a urgències el "
        f"{_fd(_date_any(r, 60), 'ES')}. Diu que és resident a ", (home[0], LO),
        " i que la visita l'havia de cobrir el CatSalut; li expliquem que la targeta sanitària estava caducada.\n",
        "Adreça postal confirmada: ", (c.addr, AD), ". Telèfon: ", (c.mobile, PH), ".\n",
        "Accepta fraccionar en 3 terminis domiciliats al compte ", (_iban(r, "ES"), IB), ".\n",
        f"Pendent: enviar mandat SEPA per correu. Tancada a les {_hm(r)}.\n",
    ]


def _t_hos_au_tsv(r):
    out = ["Patient\tDOB\tMobile\tSuburb\tInvoice\tAmount\tStatus\tNotes\n"]
    for _ in range(r.randrange(3, 7)):
        c = _person(r, "AU")
        nm = _c(r, [c.full, f"{c.last.upper()}, {c.first}", f"{c.first} {c.last[0]}."])
        out += [(nm, N), "\t", (_fd(c.dob, "AU"), DOB), "\t", (c.mobile, PH), "\t", (c.town, LO), "\t",
                f"INV-{_digits(r, 6)}\t{_money(r, 'A$', 40, 1800)}\t{_c(r, ['Overdue 30', 'Paid', 'Gap claim', 'Payment plan', 'Sent to Medicare'])}\t"
                f"{_c(r, ['', 'called twice', 'ph disconnected?', 'pays Fridays', 'DVA gold card', 'emailed'])}\n"]
    return out


def _t_hos_sl_form(r):
    c = _person(r, "SI")
    return [
        "OBRAZEC ZA OBROČNO ODPLAČILO – Splošna bolnišnica Zdravje\n",
        f"Št. računa: {_digits(r, 4)}-{_digits(r, 6)}\n",
        "Ime in priimek: ", (c.full, N), "\n",
        "Datum rojstva: ", (_fd(c.dob, "SI", _c(r, ["num", "long"])), DOB), "\n",
        "Naslov: ", (c.addr, AD), "\n",
        "Telefon: ", (c.mobile, PH), "\n",
        "E-pošta: ", (c.email, EM), "\n",
        f"Številka ZZZS: {_digits(r, 9)}\n",
        "TRR za bremenitev: ", (_iban(r, "SI"), IB), "\n",
        f"Znesek dolga: {_money(r, '€', 120, 2400)}\n",
        f"Število obrokov: {r.randrange(2, 12)}\n",
        f"Datum podpisa: {_fd(_date_any(r, 5), 'SI')}\n",
        "Podpis: ________\n",
    ]


def _t_hos_gb_nopii(r):
    site = _c(r, ["Harrogate", "York", "Derby"])
    return [
        f"Subject: Billing procedure update – private patient invoices (v{r.randrange(2, 6)}.{r.randrange(0, 9)})\n\n",
        f"All,\n\nFrom {_fd(_date_any(r, 0, 20), 'GB', 'long')} any private patient invoice over £{r.randrange(2, 6)},500 needs sign-off by the "
        f"Finance Business Partner before it is released. Please use cost centre {_digits(r, 4)}-{_c(r, ['RAD', 'ORT', 'CAR'])} and the "
        f"reference format INV-2026-NNNNN.\n",
        f"Refunds are paid via the BACS run on Thursdays; the cut-off is 12:00 on Wednesday. The {site} and Ripon sites "
        "will move to the new system in the second wave.\n",
        f"Outstanding balances older than 90 days go to the collections review on the first Monday of the month "
        f"(currently {r.randrange(40, 160)} accounts, £{r.randrange(20, 90)},{r.randrange(100, 999)}).\n\n",
        "Thanks,\nPatient Accounts Team\n",
    ]

# =============================================================================================
# 7. university admissions
# =============================================================================================

def _t_uni_in_email(r):
    c = _person(r, "IN", age=(17, 22))
    fa = _person(r, "IN", gender="m", age=(42, 60))
    fa = fa._replace(last=c.last, full=f"{fa.first} {c.last}")
    appno = f"KU/UG/2026/{_digits(r, 5)}"
    hometown = _town(r, "IN")
    return [
        f"Subject: Query regarding Application No. {appno} – B.Tech {_c(r, ['CSE', 'ECE', 'Mechanical', 'Biotech'])}\n\n",
        "Respected Sir/Madam,\n\n",
        "I am ", (c.full, N), " from ", (hometown[0], LO), f", {hometown[3]}. I have applied for admission under the "
        f"{_c(r, ['general', 'NRI', 'management'])} quota (application no. {appno}) and paid the fee of ₹{r.randrange(8, 25)}00 "
        f"(transaction ID {_digits(r, 12)}) but I have not yet received the admit card for the entrance test on {_fd(_date_any(r, 0, 40), 'IN')}.\n\n",
        "My date of birth is ", (_fd(c.dob, "IN", _c(r, ["num", "long"])), DOB), " and my father's name is Mr. ", (fa.full, N),
        ". Kindly note that my correspondence address has changed to ", (c.addr, AD), ".\n\n",
        "Thanking you,\nYours faithfully,\n", (c.full, N), "\n",
        "Mobile: ", (c.mobile, PH), "\n",
        "Email: ", (c.email, EM), "\n",
    ]


def _t_uni_lt_json(r):
    c = _person(r, "LT", age=(17, 25))
    born = _town(r, "LT")[0]
    return [
        "{\n",
        f'  "prasymo_nr": "VTA-2026-{_digits(r, 5)}",\n',
        '  "vardas": "', (c.first, N), '",\n',
        '  "pavarde": "', (c.last, N), '",\n',
        '  "gimimo_data": "', (c.dob.isoformat(), DOB), '",\n',
        '  "gimimo_vieta": "', (born, LO), '",\n',
        '  "adresas": "', (c.addr, AD), '",\n',
        '  "telefonas": "', (c.mobile, PH), '",\n',
        '  "el_pastas": "', (c.email, EM), '",\n',
        f'  "programa": "{_c(r, ["Informatikos inžinerija", "Verslo vadyba", "Slauga", "Architektūra"])}",\n',
        f'  "forma": "{_c(r, ["nuolatinė", "ištęstinė"])}",\n',
        f'  "konkursinis_balas": {r.uniform(5, 10):.2f},\n',
        f'  "pateikta": "{_iso(_ts(r, 120))}",\n',
        '  "ip": "', (_pub_ip(r), IP), '",\n',
        f'  "dokumentu_hash": "{_sha256(r)}"\n',
        "}\n",
    ]


def _t_uni_ng_livechat(r):
    c = _person(r, "NG", age=(16, 22))
    ag = _person(r, "NG")
    clk = _clock(r, 9 * 60, 17 * 60, 3)
    home = _town(r, "NG")
    stay = _c(r, [t for t in _TOWNS["NG"] if t[3] != home[3]])
    return [
        f"Chat started {_fd(_date_any(r, 5), 'NG')} {clk()} WAT · Kingsmere University Admissions · visitor from ", (_pub_ip(r), IP), "\n",
        f"{clk()} Visitor: Good afternoon. I applied for Pharmacy, JAMB reg no {_digits(r, 8)}{_c(r, string.ascii_uppercase)}{_c(r, string.ascii_uppercase)} "
        "but the portal says my O'level result is not verified\n",
        f"{clk()} ", (ag.first, N), ": Good afternoon, my name is ", (ag.first, N), ". May I have your full name?\n",
        f"{clk()} Visitor: ", (c.full, N), "\n",
        f"{clk()} ", (ag.first, N), ": Thank you ", (c.first, N), ". Please confirm your date of birth\n",
        f"{clk()} Visitor: ", (_fd(c.dob, "NG"), DOB), "\n",
        f"{clk()} Visitor: I'm from ", (home[0], LO), " but staying with my uncle in ", (stay[0], LO), " for now\n",
        f"{clk()} ", (ag.first, N), f": Ok. Your WAEC scratch card PIN {_digits(r, 12)} was used twice, that's why. Kindly send a new one to ",
        ("admissions@kingsmere.edu.ng", EM), "\n",
        f"{clk()} Visitor: Ok ma. You can reach me on ", (c.mobile, PH), " or ", (c.email, EM), "\n",
        f"{clk()} ", (ag.first, N), f": Noted. Ticket ADM-{_digits(r, 6)}. Have a nice day\n",
    ]


def _t_uni_vi_email(r):
    c = _person(r, "VN", age=(17, 20))
    fa = _person(r, "VN", gender="m", age=(40, 58))
    fa = fa._replace(last=c.last, full=f"{c.last} {fa.full.split(' ', 1)[1]}")
    born = _town(r, "VN")[0]
    code = f"HS2026-{_digits(r, 5)}"
    return [
        f"Tiêu đề: Hỏi về hồ sơ xét tuyển – mã hồ sơ {code}\n\n",
        "Kính gửi Phòng Tuyển sinh Đại học Sông Hồng,\n\n",
        "Em tên là ", (c.full, N), ", sinh ", (_fd(c.dob, "VN", "long"), DOB), " tại ", (born, LO),
        f". Em đã nộp hồ sơ xét tuyển ngành {_c(r, ['Công nghệ thông tin', 'Kế toán', 'Ngôn ngữ Anh', 'Điều dưỡng'])} "
        f"bằng học bạ (điểm trung bình {r.uniform(7, 9.8):.1f}) và đã chuyển lệ phí {_money(r, 'VND', 1, 2)}, mã giao dịch FT{_digits(r, 11)}. "
        "Tuy nhiên trên cổng thông tin hồ sơ của em vẫn ở trạng thái “chưa thanh toán”.\n\n",
        "Địa chỉ liên hệ: ", (c.addr, AD), "\n",
        "Số điện thoại: ", (c.mobile, PH), " (bố em: ông ", (fa.full, N), " – ", (fa.mobile, PH), ")\n",
        "Email: ", (c.email, EM), "\n\n",
        "Em xin chân thành cảm ơn ạ.\n", (c.full, N), "\n",
    ]


def _t_uni_us_slack(r):
    s1, s2 = _person(r, "US"), _person(r, "US")
    ap = _person(r, "US", gender="f", age=(17, 19))
    mom = _person(r, "US", gender="f", age=(40, 55))
    mom = mom._replace(last=ap.last, full=f"{mom.first} {ap.last}")
    ssn1 = _ssn(r)
    ssn2 = ssn1[:-2] + ssn1[-1] + ssn1[-2]
    if not _ssn_ok(ssn2) or ssn2 == ssn1:
        ssn2 = _ssn(r)
    clk = _clock(r, 9 * 60, 16 * 60, 4)

    def hd(p, short=False):
        t = clk()
        h, m = int(t[:2]), t[3:]
        return [(p.first if short else p.full, N), f"  {h % 12 or 12}:{m} {'AM' if h < 12 else 'PM'}\n"]
    return [
        "#admissions-ops · Kingsmere University\n\n",
        hd(s1), "@", (s2.first, N), f" can you look at applicant {_digits(r, 8)} – ", (ap.full, N),
        ". FAFSA has SSN ", (ssn1, SSN), " but the CSS Profile has ", (ssn2, SSN), " so the ISIR won't match\n\n",
        hd(s2), "ugh, typo probably. which one is right?\n\n",
        hd(s1), "she emailed from ", (ap.email, EM), " confirming the first one. DOB ", (_fd(ap.dob, "US"), DOB), " matches on both\n\n",
        hd(s2, True), "ok flagging for verification. also her mom ", (mom.full, N), " called from ", (mom.mobile, PH),
        f" about the enrollment deposit – ${_c(r, ['300', '400', '500'])} paid with card ending {_last4(r)} on {_fd(_date_any(r, 20), 'US')}\n\n",
        hd(s1, True), f"👍 SAI came back {r.randrange(-1500, 30000)}, she's Pell eligible. Moving on to the next one\n",
    ]


def _t_uni_sq_crm(r):
    c = _person(r, "AL", age=(17, 24))
    par = _person(r, "AL", age=(40, 60))
    par = par._replace(last=c.last, full=f"{par.first} {c.last}")
    born = _town(r, "AL")[0]
    return [
        "Shënim CRM · Universiteti \"Arbëria\" · Zyra e Pranimeve\n",
        f"Data: {_fd(_date_any(r, 10), 'AL')}  Operatori: ", (_person(r, "AL").first, N), "\n",
        "Aplikanti: ", (c.full, N), ", lindur më ", (_fd(c.dob, "AL", _c(r, ["num", "long"])), DOB), " në ", (born, LO), ".\n",
        f"Nr. aplikimi: UA-2026-{_digits(r, 5)}   Programi: {_c(r, ['Infermieri', 'Shkenca Kompjuterike', 'Ekonomi', 'Drejtësi'])}\n",
        "Tel: ", (c.mobile, PH), " / email: ", (c.email, EM), "\n",
        "Adresa: ", (c.addr, AD), "\n",
        "Prindi/kujdestari: ", (par.full, N), ", tel. ", (par.mobile, PH), "\n",
        "Dokumentet: diploma ✔, lista e notave ✔, kopja e pasaportës ✘ (do ta sjellë të hënën)\n",
        f"Pagesa e aplikimit: {_money(r, 'ALL', 20, 40)}, ref. bankare {_digits(r, 10)}. Mesatarja: {r.uniform(6, 10):.2f}\n",
    ]


# =============================================================================================
# 8. used-car marketplace
# =============================================================================================

def _t_car_gb_thread(r):
    b, s = _person(r, "GB"), _person(r, "GB")
    car = _c(r, ["2017 VW Golf 1.6 TDI SE", "2019 Ford Fiesta 1.0 EcoBoost Titanium", "2016 Toyota Auris Hybrid Icon",
                 "2018 Vauxhall Astra 1.4T SRi"])
    plate = _plate(r, "GB")
    clk = _clock(r, 17 * 60, 21 * 60, 25)
    return [
        f"Revline Motors Marketplace – messages about: {car} ({plate}), £{r.randrange(5, 14)},{r.randrange(1, 9)}95\n\n",
        (b.first, N), f" · {clk()}\n",
        "Hi, is the car still available? Any advisories on the last MOT?\n\n",
        (s.first, N), f" · {clk()}\n",
        "Hi ", (b.first, N), f", yes still available. MOT till {_c(r, _MONTHS['en'])}, one advisory for the rear tyres. "
        f"Full service history, cambelt done at {r.randrange(55, 90)}k. VIN ends {_vin(r)[-6:]}.\n\n",
        (b.first, N), f" · {clk()}\n",
        "Could I view it on Saturday morning?\n\n",
        (s.first, N), f" · {clk()}\n",
        "Sure, come to ", (s.street + ", " + s.town + " " + s.postcode, AD), " any time after 10. My number is ", (s.mobile, PH),
        ", I'm ", (s.full, N), ". Cash or bank transfer only, no PayPal.\n\n",
        (b.first, N), f" · {clk()}\n",
        "Great, I'm ", (b.full, N), ". Will bring my dad along. If anything changes text me on ", (b.mobile, PH), "\n",
    ]


def _t_car_us_weblog(r):
    out = []
    for _ in range(r.randrange(4, 8)):
        t = _ts(r, 2)
        stamp = t.strftime("%d/%b/%Y:%H:%M:%S -0500")
        ip = _pub_ip(r, 0.2)
        k = r.randrange(5)
        ref = '"https://www.wheelhouse-autos.com/"'
        if k == 0:
            out += [(ip, IP), f' - - [{stamp}] "GET /api/v1/listings?make=honda&model=civic&zip={_c(r, _TOWNS["US"])[1][:3]}{_digits(r, 2)}'
                    f'&radius=50 HTTP/1.1" 200 {r.randrange(2000, 90000)} {ref} "{_ua(r)}"\n']
        elif k == 1:
            out += [(ip, IP), f' - - [{stamp}] "GET /api/v1/dealer/inventory?dealer_key=', (_apikey(r, _c(r, ["brand", "hex", "google"])), AK),
                    f'&vin={_vin(r)} HTTP/1.1" 200 {r.randrange(500, 5000)} "-" "DealerSync/{_version(r)}"\n']
        elif k == 2:
            c = _person(r, "US")
            out += [(ip, IP), f' - - [{stamp}] "POST /api/v1/leads?listing={_digits(r, 8)}&contact=', (c.email, EM),
                    f' HTTP/1.1" 201 88 {ref} "{_ua(r)}"\n']
        elif k == 3:
            out += [f'{_priv_ip(r)} - - [{stamp}] "GET /internal/metrics HTTP/1.1" 200 {r.randrange(1000, 9000)} "-" "Prometheus/2.{r.randrange(40, 55)}.0"\n']
        else:
            out += [(ip, IP), f' - admin [{stamp}] "POST /admin/login HTTP/1.1" 302 0 "-" "{_ua(r)}"\n']
    return out


_LV_GEN = {"Rīga": "Rīgas", "Daugavpils": "Daugavpils", "Liepāja": "Liepājas", "Jelgava": "Jelgavas", "Jūrmala": "Jūrmalas",
           "Ventspils": "Ventspils", "Valmiera": "Valmieras", "Rēzekne": "Rēzeknes", "Cēsis": "Cēsīm", "Ogre": "Ogres"}


def _t_car_lv_chat(r):
    b, s = _person(r, "LV"), _person(r, "LV")
    btown = _c(r, [t[0] for t in _TOWNS["LV"] if t[0] != s.town])
    clk = _clock(r, 9 * 60, 20 * 60, 8)
    car = _c(r, ["Volkswagen Passat 2015, 2.0 TDI", "Škoda Octavia 2017, 1.6 TDI", "Toyota RAV4 2014, 2.2 D-4D", "Audi A4 2013, 2.0 TDI"])
    return [
        f"Auto Bazārs · sludinājums Nr. {_digits(r, 7)}: {car}, {r.randrange(4, 15)} {r.randrange(100, 999)} €\n\n",
        (b.full, N), f" ({clk()}): Labdien! Vai auto vēl ir pārdošanā?\n",
        (s.first, N), f" ({clk()}): Labdien, jā. Tehniskā apskate līdz {_fd(_date_any(r, 0, 300), 'LV')}, VIN {_vin(r)}\n",
        (b.full, N), f" ({clk()}): Vai var apskatīt sestdien? Es braukšu no ", (_LV_GEN[btown], LO), "\n",
        (s.first, N), f" ({clk()}): Var, adrese ", (s.addr, AD), ". Zvaniet pirms tam, ", (s.mobile, PH), "\n",
        (b.full, N), f" ({clk()}): Paldies! Mans numurs ", (b.mobile, PH), f". Cena {r.randrange(4, 15)} 000 € būtu ok?\n",
        (s.first, N), f" ({clk()}): Par to varēsim runāt uz vietas 🙂\n",
    ]


def _t_car_nz_email(r):
    b, s = _person(r, "NZ"), _person(r, "NZ")
    return [
        "From: ", (s.full, N), " <", (s.email, EM), ">\n",
        "To: ", (b.email, EM), "\n",
        "Cc: ", ("disputes@trademotors.co.nz", EM), "\n",
        f"Subject: Re: 2015 Mazda Demio – listing {_digits(r, 10)}\n\n",
        "Hi ", (b.first, N), ",\n\n",
        "The car was sold as is, where is, and you test drove it before paying. The WOF was issued on "
        f"{_fd(_date_any(r, 60), 'NZ')} and the rego is current. I'm not refunding the ${r.randrange(4, 12)},{r.randrange(100, 999)} "
        "but I'm happy to go halves on the CV joint.\n\n",
        "Cheers\n", (s.first, N), "\n", (s.mobile, PH), "\n\n",
        f"On {_fd(_date_any(r, 5), 'NZ')}, ", (b.full, N), " <", (b.email, EM), "> wrote:\n",
        "> Hi, I bought your Demio last week (plate ", _plate(r, "NZ"), "). There's a loud clunk\n",
        "> when turning and the mechanic says the CV joint is gone. Please send the\n",
        "> refund or pick the car up from my place:\n",
        _quoted_addr(b),
        "> Thanks, ", (b.first, N), "\n",
    ]


def _t_car_tr_callnote(r):
    c = _person(r, "TR")
    ag = _person(r, "TR")
    return [
        f"ÇAĞRI NOTU · Revline Oto Pazar · {_fd(_date_any(r, 5), 'TR')} {_hm(r)} · temsilci: ", (ag.first, N), "\n",
        "Arayan: ", (c.full, N), f" (kayıtlı satıcı, üye no {_digits(r, 7)})\n",
        f"İlan no {_digits(r, 9)}: {_c(r, ['2018 Renault Clio 1.5 dCi', '2016 Fiat Egea 1.3 Multijet', '2020 Toyota Corolla 1.6'])}, plaka {_plate(r, 'TR')}, "
        f"şasi no {_vin(r)}, {r.randrange(40, 220)}.{_digits(r, 3)} km.\n",
        "Konu: ekspertiz randevusu ve kredi ön onayı. Kredi başvurusu için doğum tarihi ", (_fd(c.dob, "TR"), DOB),
        " alındı; aylık gelir beyanı ", _money(r, "TL", 700, 2000), ".\n",
        "Ekspertiz için araç şu adreste olacak: ", (c.addr, AD), ".\n",
        "Geri dönüş numarası: ", (c.mobile, PH), " (mesai saatleri dışında eşi ", (_person(r, "TR").first, N), " açabilir).\n",
        "Kaparo için satıcının hesabı: ", (_iban(r, "TR"), IB), ". Not: kimlik fotokopisi e-posta ile gelecek → ", (c.email, EM), "\n",
    ]


def _t_car_ke_crm(r):
    c = _person(r, "KE")
    ag = _person(r, "KE")
    return [
        f"LEAD #{_digits(r, 6)} · Zuri Auto Finance · owner: ", (ag.full, N), " · stage: Pre-approval\n",
        "Name: ", (c.full, N), "  |  DOB: ", (_fd(c.dob, "KE"), DOB), "  |  Tel: ", (c.mobile, PH), "\n",
        "Email: ", (c.email, EM), "\n",
        "Lives in ", (c.town, LO), f", works at Safaricom PLC ({_c(r, ['Thika Road', 'Westlands', 'Mombasa Road'])} office), net pay "
        f"{_money(r, 'KSh', 400, 1500)}/month.\n",
        f"Vehicle (stock from {_c(r, ['Kamau Brothers Motors', 'Otieno & Sons Autos', 'Wanjiru Car Yard'])}): 2016 Toyota Fielder, reg K{_c(r, 'ABCD')}{_c(r, 'ABCDEFGH')} {_digits(r, 3)}{_c(r, 'ABCDEFGHJK')}, price "
        f"{_money(r, 'KSh', 8000, 15000)}, deposit 30% via M-PESA till {_digits(r, 6)}.\n",
        f"Logbook search done {_fd(_date_any(r, 10), 'KE')}, no encumbrance. CRB score {r.randrange(400, 700)}.\n",
        "Next: call back ", _fd(_date_any(r, 0, 5), "KE"), " after 2pm; customer prefers WhatsApp on ", (c.mobile, PH), ".\n",
    ]

# =============================================================================================
# 9. pension fund
# =============================================================================================

def _t_pen_gb_email(r):
    c = _person(r, "GB", age=(50, 75))
    st = _person(r, "GB")
    title = "Mr" if c.gender == "m" else _c(r, ["Mrs", "Ms"])
    prov = _c(r, ["Hargreaves Lansdown", "AJ Bell", "Fidelity"])
    office_t = _town(r, "GB")
    return [
        "From: ", (c.full, N), " <", (c.email, EM), ">\n",
        "To: ", ("members@cairnstone-pensions.co.uk", EM), "\n",
        f"Subject: Transfer out request – member no. CPT{_digits(r, 7)}\n\n",
        "Dear Sir or Madam,\n\n",
        f"I would like to transfer my deferred benefits to my SIPP with {prov} (receiving scheme ref {_digits(r, 8)}). My details are:\n\n",
        f"Name: {title} ", (c.full, N), "\n",
        "Date of birth: ", (_fd(c.dob, "GB", _c(r, ["long", "num"])), DOB), "\n",
        "Address:\n", _block(c), "\n\n",
        "If there is a small-pot lump sum, please pay it to ", (_iban(r, "GB"), IB), f" (BIC {_bic(r, 'GB')}).\n\n",
        "Yours faithfully,\n", (c.full, N), "\n", (c.mobile, PH), "\n\n",
        "--- reply ---\n",
        f"Dear {title} ", (c.last, N), ",\n",
        f"Thank you. Transfer pack TP-{_digits(r, 6)} has been sent. Transfer value guaranteed until {_fd(_date_any(r, 0, 90), 'GB')}.\n\n",
        (st.full, N), "\nMember Services, Cairnstone Pension Trust\n",
        (_biz(r, "GB", office_t), AD), "\n",
        "Tel ", (_phone(r, "GB", "f", office_t[2], style="nat"), PH), "\n",
    ]


def _t_pen_ie_crm(r):
    c = _person(r, "IE", age=(40, 70))
    ben = _person(r, "IE")
    ag = _person(r, "IE")
    rel = _c(r, ["wife", "partner", "daughter", "sister"] if ben.gender == "f" else ["husband", "partner", "son", "brother"])
    return [
        f"CRM · Cairnstone Pensions Ireland · Case {_digits(r, 8)} · {_fd(_date_any(r, 5), 'IE')} {_hm(r)} · handled by ", (ag.first, N), "\n",
        "Member ", (_nv(r, c, "full lf"), N), " (DOB ", (_fd(c.dob, "IE"), DOB), f") rang re: AVC contributions, wants to increase from "
        f"{r.randrange(3, 8)}% to {r.randrange(8, 15)}% from next payroll. Employer: {_c(r, ['Kerry Group', 'ESB', 'Glanbia', 'Primark'])} (Cork office).\n",
        "Confirmed address ", (c.addr, AD), " and mobile ", (c.mobile, PH), ".\n",
        "Update nominated beneficiary to ", (ben.full, N), f" ({rel}). Form NB1 emailed to ", (c.email, EM), ".\n",
        "Retirement lump sum (when due) to be paid to ", (_iban(r, "IE"), IB), ". Member declined an advice appointment.\n",
        f"Fund value at {_fd(_date_any(r, 30), 'IE')}: €{r.randrange(40, 600)},{_digits(r, 3)}. Default strategy: Lifestyle 2036.\n",
    ]


def _t_pen_et_email(r):
    c = _person(r, "EE", age=(25, 64))
    st = _person(r, "EE")
    return [
        "Saatja: ", (c.email, EM), "\n",
        "Saaja: ", ("info@tulevikufond.ee", EM), "\n",
        "Teema: II samba fondi vahetus\n\n",
        "Tere!\n\n",
        f"Soovin vahetada oma II samba pensionifondi ja suunata edaspidised maksed fondi Tulevik Indeks {_c(r, ['100', '50'])}. "
        "Olen sündinud ", (_fd(c.dob, "EE", _c(r, ["long", "num"])), DOB), " ja elan aadressil ", (c.addr, AD), ".\n",
        "III samba väljamaksed palun kanda kontole ", (_iban(r, "EE", spaced=_chance(r, 0.5)), IB), ".\n",
        "Minuga saab ühendust telefonil ", (c.mobile, PH), ".\n\n",
        "Lugupidamisega\n", (c.full, N), "\n\n",
        "> Vastus: Tere, ", (c.first, N), f"! Avaldus nr PF-{TODAY.year}/{_digits(r, 5)} on registreeritud, vahetus jõustub {_fd(_date_any(r, 0, 60), 'EE')}.\n",
        "> ", (st.full, N), ", klienditeenindus\n",
        "> Tuleviku Pensionifond AS, ", (_biz(r, "EE"), AD), ", tel ", (_phone(r, "EE", "f", style="nat"), PH), "\n",
    ]


def _t_pen_is_sheet(r):
    out = ["Nafn\tFæðingardagur\tSími\tNetfang\tSveitarfélag\tIðgjald (kr.)\tStaða\n"]
    for _ in range(r.randrange(3, 7)):
        c = _person(r, "IS", age=(20, 70))
        out += [(c.full, N), "\t", (_fd(c.dob, "IS"), DOB), "\t", (c.mobile, PH), "\t", (c.email, EM) if _chance(r, 0.7) else "", "\t",
                (c.town, LO), "\t", f"{r.randrange(20, 160)}.{_digits(r, 3)}\t{_c(r, ['Virkur', 'Í hléi', 'Lífeyrisþegi', 'Vanskil'])}\n"]
    return out


def _t_pen_ca_stt(r):
    c = _person(r, "CA", age=(55, 80))
    ag = _person(r, "CA")
    sp = _spoken_dob(r, c.dob, us=True)
    return [
        f"[speech-to-text · call {_uuid(r)} · en-CA · agent channel + caller channel merged]\n",
        "agent: good morning you've reached maple leaf pension plan this is ", (ag.first.lower(), N), " speaking\n",
        "caller: hi yeah it's ", (c.full.lower(), N), " i'm calling about my pension start date\n",
        "agent: sure can i have your member number\n",
        f"caller: it's {' '.join(_EN_DIG[int(ch)] for ch in _digits(r, 7))}\n",
        "agent: thanks and your date of birth\n",
        "caller: ", (sp, DOB), "\n",
        "agent: and the address we have on file\n",
        "caller: ", (c.addr.lower(), AD), "\n",
        "agent: perfect that matches so you can start as early as next month the estimate is about ",
        f"{_two(r.randrange(11, 40))} hundred a month before tax\n",
        "caller: okay and can you send the forms to ", (c.email, EM), "\n",
        "agent: will do and the best phone number\n",
        "caller: ", (c.mobile, PH), "\n",
        "agent: great i've logged it under reference pp ", _digits(r, 6), " have a good day\n",
    ]


def _t_pen_cat_kv(r):
    c = _person(r, "ES", age=(30, 66))
    ben = _person(r, "ES")
    return [
        f"# alta_partícip export {_iso(_ts(r, 10))} — Fons de Pensions Mutual Català\n",
        f"id_sollicitud=FPM-{_digits(r, 7)}\n",
        "nom=", (c.first, N), "\n",
        "cognoms=", (c.last + (" i " + _person(r, "ES").last if _chance(r, 0.5) else ""), N), "\n",
        "data_naixement=", (_fd(c.dob, "ES"), DOB), "\n",
        "adreca=", (c.addr, AD), "\n",
        "municipi_naixement=", (_town(r, "ES")[0], LO), "\n",
        "telefon=", (c.mobile, PH), "\n",
        "correu=", (c.email, EM), "\n",
        "iban_aportacions=", (_iban(r, "ES", spaced=False), IB), "\n",
        f"aportacio_mensual={r.randrange(25, 400)},00\n",
        "beneficiari_1=", (ben.full, N), "\n",
        f"percentatge_beneficiari_1=100\nperfil_risc={_c(r, ['prudent', 'moderat', 'dinàmic'])}\n",
        f"oficina_gestora={_c(r, ['Girona', 'Lleida', 'Reus'])}\n",
        f"signatura_digital_sha256={_sha256(r)}\n",
    ]


# =============================================================================================
# 10. event ticketing
# =============================================================================================

def _t_evt_us_receipt(r):
    c = _person(r, "US")
    order = f"GP-{_digits(r, 7)}"
    ev = _c(r, ["Midnight Harbor – Live at the Ryman", "Columbus Crew vs. FC Cincinnati", "Hamilton (touring)", "Taylor Swift Tribute Night"])
    return [
        "Subject lines (last 24h):\n",
        f" • Your Gatepass order #{order} is confirmed\n",
        f" • Reminder: {ev} is this Saturday\n",
        f" • Presale: the {_c(r, ['Marcus Bell Realty', 'Linda Okafor Law', 'Tom Reyes Chevrolet'])} Summer Series starts Friday\n",
        f" • Charged to Visa •••• {_last4(r)} — ${r.randrange(40, 400)}.{r.randrange(10, 99)}\n",
        " • ", (c.first, N), ", your mobile tickets are ready\n\n",
        "----\n",
        "Hi ", (c.first, N), ",\n\n",
        f"Thanks for your order {order}. {r.randrange(1, 5)} × General Admission, {ev}.\n",
        "Billed to: ", (c.full, N), ", ", (c.addr, AD), "\n",
        f"Payment: {_masked_card(r)}  exp {_expiry(r)}\n",
        "Tickets were sent to ", (c.email, EM), " and can be transferred from the app. Barcode ",
        f"{_digits(r, 16)} refreshes every 15 seconds.\n",
        f"Doors {r.randrange(5, 8)}:30 PM. Venue bag policy applies. Need help? Reply to this email or text HELP to 72{_digits(r, 3)}.\n",
    ]


def _t_evt_tl_livechat(r):
    c = _person(r, "PH")
    ag = _person(r, "PH")
    clk = _clock(r, 10 * 60, 22 * 60, 4)
    return [
        f"Live chat · TiketBayan · {_fd(_date_any(r, 3), 'PH', 'long', lang='tl')}\n",
        f"[{clk()}] ", (ag.first, N), ": Magandang gabi po! Ako si ", (ag.first, N), ". Paano ko po kayo matutulungan?\n",
        f"[{clk()}] ", (c.full, N), f": Hi! Na-cancel po yung concert sa Araneta pero hindi pa na-refund yung ₱{r.randrange(2, 15)},{_digits(r, 3)} ko. "
        f"Order no. TB-{_digits(r, 8)}\n",
        f"[{clk()}] ", (ag.first, N), ": Pasensya na po. Para ma-verify, ano po ang email at mobile number sa account?\n",
        f"[{clk()}] ", (c.full, N), ": ", (c.email, EM), " tapos ", (c.mobile, PH), "\n",
        f"[{clk()}] ", (ag.first, N), ": Salamat po. Saang card po kayo nagbayad?\n",
        f"[{clk()}] ", (c.full, N), ": ito po yung card ko ", (_card(r, _c(r, ["visa", "mc"]), "sp"), CC), "\n",
        f"[{clk()}] ", (ag.first, N), ": Naku, huwag n'yo na pong i-send ang buong card number dito 🙏 Last 4 lang po sapat na. "
        f"Na-file ko na po ang refund, 7–14 banking days. Reference: RF-{_digits(r, 6)}\n",
        f"[{clk()}] ", (c.full, N), ": ay sorry po. Salamat ", (ag.first, N), "!\n",
    ]


def _t_evt_tl_sms(r):
    c = _person(r, "PH")
    fr = _person(r, "PH")
    clk = _clock(r, 9 * 60, 21 * 60, 60)
    return [
        f"TiketBayan · {clk()}\n",
        "Hi ", (c.first, N), f"! Confirmed na ang order mo TB-{_digits(r, 8)}: 2x Upper Box, "
        f"{_c(r, ['SB19', 'Ben&Ben', 'BINI', 'Moira'])} sa {_c(r, ['Araneta Coliseum', 'MOA Arena', 'PhilSports Arena'])}, "
        f"{_fd(_date_any(r, 0, 60), 'PH', 'long', lang='tl')}. Gate opens 5PM.\n\n",
        f"TiketBayan · {clk()}\n",
        f"Ang OTP mo ay {_otp(r)}. Huwag itong ibigay kahit kanino. Valid for 5 mins.\n\n",
        (fr.first, N), f" · {clk()}\n",
        "Beh nakuha mo na ba yung tickets? Transfer mo na lang yung isa sa email ko ", (fr.email, EM), "\n\n",
        f"Ako · {clk()}\n",
        "Oo na-transfer ko na. Bayaran mo na lang ako sa GCash ", (_pfmt(r, phonenumbers.parse(c.mobile, "PH"), "PH", "compact"), PH),
        " hehe\n",
    ]


def _t_evt_lv_jsonl(r):
    out = []
    for _ in range(r.randrange(3, 6)):
        t = _ts(r, 3)
        k = r.randrange(3)
        head = f'{{"ts":"{_iso(t)}","svc":"bilesu-serviss","env":"prod",'
        if k == 0:
            c = _person(r, "LV")
            out += [head, f'"event":"pirkums_apstiprinats","pasutijums":"BS-{_digits(r, 8)}","pircejs":"', (c.full, N),
                    '","epasts":"', (c.email, EM), f'","summa":"{_money(r, "€", 15, 180)}","karte":"{_masked_card(r)}",'
                    f'"pasakums":"{_c(r, ["Arēna Rīga: Prāta Vētra", "Dzintaru koncertzāle", "Liepājas Lielais dzintars"])}"}}\n']
        elif k == 1:
            c = _person(r, "LV")
            out += [head, '"event":"konts_izveidots","lietotajs":"', (c.first, N), '","dzimsanas_datums":"', (_fd(c.dob, "LV"), DOB),
                    '","talrunis":"', (c.mobile, PH), '","ip":"', (_pub_ip(r), IP), f'","ierice":"{_uuid(r)}"}}\n']
        else:
            out += [head, f'"event":"kvits_nosutits","pasutijums":"BS-{_digits(r, 8)}","smtp_id":"{_hex(r, 12).upper()}.{_hex(r, 6)}",'
                    f'"upstream":"{_priv_ip(r)}","latency_ms":{r.randrange(20, 900)}}}\n']
    return out


def _t_evt_in_fwd(r):
    c = _person(r, "IN")
    me = _person(r, "IN")
    d = _date_any(r, 10)
    return [
        "Hi team, please process this refund on priority — customer has written thrice. Regards, ", (me.first, N), "\n\n",
        "---------- Forwarded message ---------\n",
        "From: ", (c.full, N), " <", (c.email, EM), ">\n",
        f"Date: {_fd(d, 'IN')} {_hm(r)} IST\n",
        "Subject: Refund not received – Booking ID SHW", _digits(r, 9), "\n",
        "To: ", ("support@showtimeindia.in", EM), "\n\n",
        f"Dear Team,\n\nI had booked {r.randrange(2, 6)} tickets for the {_c(r, ['Arijit Singh', 'Prateek Kuhad', 'Sunburn'])} show at "
        f"{_c(r, ['JLN Stadium', 'NSCI Dome', 'Palace Grounds'])} which was cancelled. The amount of ₹{r.randrange(2, 30)},{_digits(r, 3)} "
        f"was debited from my card ending {_last4(r)} (UPI ref {_digits(r, 12)}) but the refund has not come even after 21 days.\n",
        "Please call me on ", (c.mobile, PH), ". My billing address is ", (c.addr, AD), ".\n\n",
        "Regards,\n", (c.full, N), "\n",
    ]


def _t_evt_ro_nopii(r):
    d = _date_any(r, 0, 120)
    return [
        f"COMUNICAT · TicketRăsărit · {_fd(_date_any(r, 3), 'RO')}\n\n",
        f"Concertul „{_c(r, ['Vama', 'Subcarpați', 'Carla’s Dreams', 'Orchestra Română de Tineret'])}” programat la "
        f"{_c(r, ['Sala Palatului', 'Arenele Romane', 'BT Arena'])} se mută pe {_fd(d, 'RO', 'long')}, ora 20:00. "
        "Biletele rămân valabile, nu este nevoie de schimb.\n",
        f"Cine dorește rambursare o poate cere până la {_fd(_date_any(r, 0, 30), 'RO')} din contul TicketRăsărit, secțiunea „Comenzile mele”. "
        f"Banii ajung pe card în 5–10 zile lucrătoare. Taxa de procesare de {_money(r, 'lei', 1, 3)} nu se returnează.\n",
        f"Accesul se face pe porțile 2 și 4, începând cu ora 18:30. Aplicația TicketRăsărit v{_version(r).lstrip('v')} "
        "afișează codul QR și offline.\n",
        "Vă mulțumim pentru înțelegere!\n",
    ]

# =============================================================================================
# structured tables
# =============================================================================================

_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "?", "none"]


class _Col(NamedTuple):
    name: str
    entity: str | None
    gen: Callable  # (r, p, x) -> str
    blank: float = 0.0      # share of None
    ph: float = 0.0         # share of placeholders


def _yn(r: random.Random, a: str = "Y", b: str = "N", p: float = 0.7) -> str:
    return a if _chance(r, p) else b


def _build(r: random.Random, rows: int, cols: list[_Col], mkrow: Callable) -> list[Column]:
    data = [mkrow(r) for _ in range(rows)]
    out = []
    for col in cols:
        vals: list[str | None] = []
        for p, x in data:
            if col.blank and _chance(r, col.blank):
                vals.append(None)
            elif col.ph and _chance(r, col.ph):
                vals.append(_c(r, _PLACEHOLDERS))
            else:
                v = col.gen(r, p, x)
                if col.entity and v is not None:
                    _check_span(v, col.entity, x.get("cc", p.cc if p else "US"))
                vals.append(v)
        out.append(Column(name=col.name, entity=col.entity, values=vals))
    names = [c.name for c in out]
    assert len(names) == len(set(names)), names
    assert 15 <= len(out) <= 22, (len(out), names)
    assert sum(c.entity is None for c in out) * 2 > len(out), names
    return out


def _nat(r: random.Random, p: P, style: str | None = None) -> str:
    return _pfmt(r, phonenumbers.parse(p.mobile, p.cc), p.cc, style)


def _row(cc: str, age=(19, 84), **extra):
    def mk(r):
        p = _person(r, cc, age=age)
        x = {"cc": cc}
        for k, f in extra.items():
            x[k] = f(r, p)
        return p, x
    return mk


def _tb_policyholders(r, rows):
    cols = [
        _Col("policy_no", None, lambda r, p, x: "HPL" + _digits(r, 8)),
        _Col("first_name", N, lambda r, p, x: p.first),
        _Col("surname", N, lambda r, p, x: p.last),
        _Col("dob", DOB, lambda r, p, x: _fd(p.dob, "GB"), 0.05),
        _Col("dob_verified", None, lambda r, p, x: _yn(r)),
        _Col("addr1", AD, lambda r, p, x: p.street),
        _Col("town", LO, lambda r, p, x: p.town, 0.02),
        _Col("address_type", None, lambda r, p, x: _c(r, ["Home", "Correspondence", "Risk", "Billing"])),
        _Col("tel", PH, lambda r, p, x: _nat(r, p, _c(r, ["nat", "nat", "compact", "intl"])), 0.15, 0.03),
        _Col("phone_type", None, lambda r, p, x: _c(r, ["mobile", "landline", "work"])),
        _Col("email", EM, lambda r, p, x: p.email, 0.2),
        _Col("email_verified", None, lambda r, p, x: _c(r, ["true", "false"])),
        _Col("dd_iban", IB, lambda r, p, x: _iban(r, "GB", spaced=False), 0.35),
        _Col("dd_sort_code", None, lambda r, p, x: _sort_code(r), 0.35),
        _Col("name_of_product", None, lambda r, p, x: _c(r, ["Hearthguard Home Plus", "Hearthguard Landlord", "Keystone Contents Only"])),
        _Col("premium_gbp", None, lambda r, p, x: f"{r.uniform(140, 1900):.2f}"),
        _Col("renewal_date", None, lambda r, p, x: _fd(_date_any(r, 0, 365), "GB")),
        _Col("claims_5yr", None, lambda r, p, x: str(r.randrange(0, 4))),
        _Col("broker_branch", None, lambda r, p, x: _c(r, ["Leeds", "Harrogate", "York", "Norwich"])),
        _Col("pet_name", None, lambda r, p, x: _c(r, _PETS), 0.6),
    ]
    return _build(r, rows, cols, _row("GB"))


def _tb_energy_accounts(r, rows):
    cols = [
        _Col("accountNumber", None, lambda r, p, x: _digits(r, 10)),
        _Col("fullName", N, lambda r, p, x: _c(r, [p.full, p.full.upper(), f"{p.last}, {p.first}"])),
        _Col("serviceAddress", AD, lambda r, p, x: p.addr),
        _Col("phoneNumber", PH, lambda r, p, x: _nat(r, p, _c(r, ["nat", "dash", "dot", "plain"])), 0.1),
        _Col("emailAddress", EM, lambda r, p, x: p.email, 0.25, 0.02),
        _Col("col_7", DOB, lambda r, p, x: _fd(p.dob, "US"), 0.3),
        _Col("ssn", SSN, lambda r, p, x: _ssn(r, _c(r, ["dash", "dash", "plain"])), 0.5),
        _Col("bankAccountNumber", BK, lambda r, p, x: _us_acct(r), 0.45),
        _Col("routingNumber", None, lambda r, p, x: _routing(r), 0.45),
        _Col("lastLoginIp", IP, lambda r, p, x: _pub_ip(r, 0.2), 0.2),
        _Col("deviceIp", None, lambda r, p, x: _priv_ip(r), 0.2),
        _Col("meterId", None, lambda r, p, x: f"M{_digits(r, 9)}"),
        _Col("premiseId", None, lambda r, p, x: _digits(r, 8)),
        _Col("rateCode", None, lambda r, p, x: _c(r, ["R-1 RES", "R-TOU", "RG-2", "C-1 SM COM"])),
        _Col("lastReadingKwh", None, lambda r, p, x: str(r.randrange(150, 2400))),
        _Col("amountDue", None, lambda r, p, x: f"${r.uniform(20, 480):.2f}"),
        _Col("dueDate", None, lambda r, p, x: _fd(_date_any(r, 0, 30), "US")),
        _Col("autopayEnabled", None, lambda r, p, x: _c(r, ["true", "false"])),
        _Col("passwordChangedAt", None, lambda r, p, x: _iso(_ts(r, 700)), 0.1),
        _Col("cardLast4", None, lambda r, p, x: _last4(r), 0.5),
        _Col("appVersion", None, lambda r, p, x: _version(r), 0.3),
    ]
    return _build(r, rows, cols, _row("US"))


def _tb_gym_members(r, rows):
    def mk(r):
        p = _person(r, "AU", age=(16, 70))
        e = _person(r, "AU")
        return p, {"cc": "AU", "e": e}
    cols = [
        _Col("MemberId", None, lambda r, p, x: _digits(r, 8)),
        _Col("GivenName", N, lambda r, p, x: p.first),
        _Col("FamilyName", N, lambda r, p, x: p.last),
        _Col("DateOfBirth", DOB, lambda r, p, x: _fd(p.dob, "AU")),
        _Col("MobileNo", PH, lambda r, p, x: _nat(r, p, _c(r, ["nat", "compact", "intl"])), 0.05),
        _Col("Email", EM, lambda r, p, x: p.email, 0.1),
        _Col("Suburb", LO, lambda r, p, x: p.town, 0.1),
        _Col("HomeClub", None, lambda r, p, x: _c(r, ["Fitzroy", "Newtown", "Toowong", "Fremantle", "Glenelg", "Geelong"])),
        _Col("CardNumber", CC, lambda r, p, x: _card(r, _c(r, ["visa", "mc"]), _c(r, ["plain", "sp"])), 0.4),
        _Col("CardExpiry", None, lambda r, p, x: _expiry(r), 0.4),
        _Col("MaskedCard", None, lambda r, p, x: _masked_card(r), 0.4),
        _Col("field_9", N, lambda r, p, x: x["e"].full, 0.3, 0.02),
        _Col("EmergencyContactPhone", PH, lambda r, p, x: x["e"].mobile, 0.3),
        _Col("MembershipType", None, lambda r, p, x: _c(r, ["Flex", "12M Contract", "Student", "Off-Peak", "Corporate"])),
        _Col("JoinDate", None, lambda r, p, x: _fd(_date_any(r, 1500), "AU")),
        _Col("DirectDebitDay", None, lambda r, p, x: _c(r, ["Mon", "Tue", "Wed", "Thu", "Fri"])),
        _Col("LockerCode", None, lambda r, p, x: _digits(r, 4), 0.5),
        _Col("LastVisit", None, lambda r, p, x: _iso(_ts(r, 90)), 0.1),
        _Col("ReferralCode", None, lambda r, p, x: "IRB-" + _alnum(r, 6, string.ascii_uppercase + string.digits), 0.6),
        _Col("BodyFatPct", None, lambda r, p, x: f"{r.uniform(9, 38):.1f}", 0.5),
    ]
    return _build(r, rows, cols, mk)


_TR_IL = {"Kadıköy": "İstanbul", "Beşiktaş": "İstanbul", "Üsküdar": "İstanbul", "Çankaya": "Ankara", "Karşıyaka": "İzmir",
          "Nilüfer": "Bursa", "Muratpaşa": "Antalya", "Tepebaşı": "Eskişehir", "Seyhan": "Adana", "Ortahisar": "Trabzon"}


def _tb_abone(r, rows):
    cols = [
        _Col("Abone No", None, lambda r, p, x: _digits(r, 11)),
        _Col("Ad", N, lambda r, p, x: p.first),
        _Col("Soyad", N, lambda r, p, x: p.last.upper() if _chance(r, 0.3) else p.last),
        _Col("Cep Tel", PH, lambda r, p, x: _nat(r, p, _c(r, ["nat", "compact", "intl"]))),
        _Col("Numara Tipi", None, lambda r, p, x: _c(r, ["Faturalı", "Faturasız", "Kurumsal"])),
        _Col("E-posta", EM, lambda r, p, x: p.email, 0.3),
        _Col("E-posta Onaylı", None, lambda r, p, x: _c(r, ["Evet", "Hayır"])),
        _Col("Doğum Tarihi", DOB, lambda r, p, x: _fd(p.dob, "TR"), 0.05),
        _Col("Adres", AD, lambda r, p, x: p.addr, 0.1),
        _Col("İl", LO, lambda r, p, x: _TR_IL[p.town]),
        _Col("IBAN", IB, lambda r, p, x: _iban(r, "TR", spaced=_chance(r, 0.5)), 0.55),
        _Col("field_3", IP, lambda r, p, x: _pub_ip(r, 0.3), 0.25),
        _Col("Tarife", None, lambda r, p, x: _c(r, ["Süper 20GB", "Genç 15GB", "Sınırsız Konuşma", "Kurumsal 40GB"])),
        _Col("IMEI", None, lambda r, p, x: _imei(r), 0.2),
        _Col("ICCID", None, lambda r, p, x: _iccid(r, "TR")),
        _Col("PUK", None, lambda r, p, x: _digits(r, 8)),
        _Col("Kayıt Tarihi", None, lambda r, p, x: _fd(_date_any(r, 2000), "TR")),
        _Col("Son Fatura Tutarı", None, lambda r, p, x: _money(r, "TL", 5, 30)),
        _Col("Taahhüt Bitiş", None, lambda r, p, x: _fd(_date_any(r, 0, 700), "TR"), 0.4),
        _Col("Bayi", None, lambda r, p, x: _c(r, ["Kadıköy Bayi", "Çankaya Merkez", "Nilüfer AVM", "Online"])),
        _Col("Cihaz Modeli", None, lambda r, p, x: _c(r, ["iPhone 14", "Galaxy A54", "Redmi Note 13", "Galaxy S24"]), 0.3),
    ]
    return _build(r, rows, cols, _row("TR"))


def _tb_ride_trips(r, rows):
    def mk(r):
        p = _person(r, "IN")
        d = _person(r, "IN", gender="m")
        return p, {"cc": "IN", "d": d}
    cols = [
        _Col("TRIP_ID", None, lambda r, p, x: _uuid(r)),
        _Col("BOOKED_AT", None, lambda r, p, x: _iso(_ts(r, 30))),
        _Col("RIDER_NAME", N, lambda r, p, x: _c(r, [p.full, p.full.lower(), p.first])),
        _Col("RIDER_MOBILE", PH, lambda r, p, x: _nat(r, p, _c(r, ["no0", "intl", "compact", "e164"]))),
        _Col("RIDER_EMAIL", EM, lambda r, p, x: p.email, 0.4),
        _Col("PICKUP_ADDR", AD, lambda r, p, x: p.addr, 0.15),
        _Col("PICKUP_LAT", None, lambda r, p, x: f"{r.uniform(8, 29):.6f}"),
        _Col("PICKUP_LNG", None, lambda r, p, x: f"{r.uniform(72, 88):.6f}"),
        _Col("DRIVER_FIRST", N, lambda r, p, x: x["d"].first),
        _Col("ATTR2", PH, lambda r, p, x: x["d"].mobile, 0.2),
        _Col("VEHICLE_NO", None, lambda r, p, x: f"{_c(r, ['KA', 'MH', 'TN', 'DL'])} {r.randrange(1, 60):02d} {_c(r, string.ascii_uppercase)}{_c(r, string.ascii_uppercase)} {_digits(r, 4)}"),
        _Col("FARE_INR", None, lambda r, p, x: f"{r.uniform(60, 900):.2f}"),
        _Col("PAYMENT_MODE", None, lambda r, p, x: _c(r, ["UPI", "CASH", "CARD", "WALLET"])),
        _Col("CARD_MASKED", None, lambda r, p, x: _masked_card(r), 0.6),
        _Col("PROMO_CODE", None, lambda r, p, x: _c(r, ["RIDE50", "FIRST100", "DIWALI25"]), 0.5),
        _Col("SURGE_MULT", None, lambda r, p, x: _c(r, ["1.0", "1.0", "1.2", "1.5", "1.8"])),
        _Col("CLIENT_IP", IP, lambda r, p, x: _pub_ip(r, 0.25), 0.1),
        _Col("DEVICE_IP", None, lambda r, p, x: _priv_ip(r), 0.3),
        _Col("APP_VERSION", None, lambda r, p, x: _version(r)),
        _Col("RATING", None, lambda r, p, x: str(r.randrange(1, 6)), 0.25),
        _Col("CITY_HUB", None, lambda r, p, x: _c(r, ["Bengaluru", "Pune", "Chennai", "Hyderabad"])),
    ]
    return _build(r, rows, cols, mk)


def _tb_patient_billing(r, rows):
    cols = [
        _Col("Account Number", None, lambda r, p, x: _digits(r, 11)),
        _Col("MRN", None, lambda r, p, x: _digits(r, 7)),
        _Col("Patient Name", N, lambda r, p, x: f"{p.last}, {p.first}" if _chance(r, 0.7) else p.full.upper()),
        _Col("Date of Birth", DOB, lambda r, p, x: _fd(p.dob, "US", _c(r, ["num", "num", "short"]))),
        _Col("DOB Verified", None, lambda r, p, x: _yn(r)),
        _Col("SSN", SSN, lambda r, p, x: _ssn(r), 0.3, 0.03),
        _Col("Home Address", AD, lambda r, p, x: p.addr, 0.05),
        _Col("Guarantor Phone", PH, lambda r, p, x: _nat(r, p), 0.1),
        _Col("Email", EM, lambda r, p, x: p.email, 0.4),
        _Col("Card on File", CC, lambda r, p, x: _card(r), 0.5),
        _Col("Card Exp", None, lambda r, p, x: _expiry(r), 0.5),
        _Col("Card Last 4", None, lambda r, p, x: _last4(r), 0.5),
        _Col("Bank Acct #", BK, lambda r, p, x: _us_acct(r), 0.6),
        _Col("Routing #", None, lambda r, p, x: _routing(r), 0.6),
        _Col("Date of Service", None, lambda r, p, x: _fd(_date_any(r, 200), "US")),
        _Col("CPT Code", None, lambda r, p, x: str(r.randrange(70000, 99999))),
        _Col("Total Charges", None, lambda r, p, x: f"{r.uniform(90, 25000):,.2f}"),
        _Col("Insurance Payer", None, lambda r, p, x: _c(r, ["Aetna", "BCBS of Ohio", "Medicare Part B", "UnitedHealthcare", "Self Pay"])),
        _Col("Member ID", None, lambda r, p, x: _c(r, "WXYZ") + _digits(r, 9), 0.2),
        _Col("Balance Due", None, lambda r, p, x: f"{r.uniform(0, 4000):.2f}"),
        _Col("Statement Date", None, lambda r, p, x: _fd(_date_any(r, 60), "US")),
        _Col("Financial Class", None, lambda r, p, x: _c(r, ["COMM", "MCR", "MCD", "SP", "WC"])),
    ]
    return _build(r, rows, cols, _row("US"))


def _tb_candidati(r, rows):
    def mk(r):
        p = _person(r, "RO", age=(18, 26))
        return p, {"cc": "RO", "born": _town(r, "RO")[0]}
    cols = [
        _Col("nr.dosar", None, lambda r, p, x: f"{r.randrange(1, 9999):04d}/{TODAY.year}"),
        _Col("nume", N, lambda r, p, x: p.last.upper() if _chance(r, 0.6) else p.last),
        _Col("prenume", N, lambda r, p, x: p.first),
        _Col("data.nasterii", DOB, lambda r, p, x: _fd(p.dob, "RO")),
        _Col("loc.nasterii", LO, lambda r, p, x: x["born"], 0.1),
        _Col("telefon", PH, lambda r, p, x: _nat(r, p)),
        _Col("email", EM, lambda r, p, x: p.email),
        _Col("email.confirmat", None, lambda r, p, x: _c(r, ["da", "nu"])),
        _Col("adresa.domiciliu", AD, lambda r, p, x: p.addr, 0.05),
        _Col("tip.adresa", None, lambda r, p, x: _c(r, ["domiciliu", "reședință", "corespondență"])),
        _Col("cont.iban", IB, lambda r, p, x: _iban(r, "RO", spaced=_chance(r, 0.3)), 0.6),
        _Col("specializare", None, lambda r, p, x: _c(r, ["Informatică", "Drept", "Medicină Generală", "Contabilitate"])),
        _Col("liceu", None, lambda r, p, x: _c(r, ["Colegiul Național Mihai Eminescu", "Liceul Teoretic Avram Iancu",
                                                    "Colegiul Național George Coșbuc", "Liceul Tehnologic Ion Creangă"])),
        _Col("medie.bac", None, lambda r, p, x: f"{r.uniform(6, 10):.2f}"),
        _Col("medie.admitere", None, lambda r, p, x: f"{r.uniform(6, 10):.2f}", 0.2),
        _Col("status", None, lambda r, p, x: _c(r, ["admis buget", "admis taxă", "respins", "în așteptare"])),
        _Col("taxa.lei", None, lambda r, p, x: str(_c(r, [150, 200, 250]))),
        _Col("data.inscriere", None, lambda r, p, x: _fd(_date_any(r, 150), "RO")),
        _Col("camin", None, lambda r, p, x: _c(r, ["da", "nu"])),
        _Col("cod.confirmare", None, lambda r, p, x: _alnum(r, 6, string.ascii_uppercase + string.digits)),
    ]
    return _build(r, rows, cols, mk)


def _tb_car_leads(r, rows):
    def mk(r):
        b = _person(r, "IE")
        s = _person(r, "IE")
        return b, {"cc": "IE", "s": s}
    cols = [
        _Col("lead_id", None, lambda r, p, x: f"L{_digits(r, 8)}"),
        _Col("listing_id", None, lambda r, p, x: _digits(r, 9)),
        _Col("buyer_fname", N, lambda r, p, x: p.first),
        _Col("buyer_sname", N, lambda r, p, x: p.last),
        _Col("buyer_tel", PH, lambda r, p, x: _nat(r, p), 0.2),
        _Col("buyer_email", EM, lambda r, p, x: p.email),
        _Col("attr2", LO, lambda r, p, x: p.town, 0.3),
        _Col("seller", N, lambda r, p, x: x["s"].full, 0.1),
        _Col("seller_addr", AD, lambda r, p, x: x["s"].addr, 0.35),
        _Col("seller_iban", IB, lambda r, p, x: _iban(r, "IE"), 0.55),
        _Col("seller_phone_type", None, lambda r, p, x: _c(r, ["mobile", "landline"])),
        _Col("dealerApiKey", AK, lambda r, p, x: _apikey(r, _c(r, ["brand", "hex", "stripe"])), 0.6),
        _Col("make_model", None, lambda r, p, x: _c(r, ["Toyota Corolla", "VW Golf", "Skoda Octavia", "Ford Focus", "Hyundai Tucson"])),
        _Col("reg_plate", None, lambda r, p, x: f"{r.randrange(12, 26)}{_c(r, ['1', '2'])}-{_c(r, ['D', 'C', 'G', 'L', 'KY', 'MO'])}-{r.randrange(1, 99999)}"),
        _Col("vin", None, lambda r, p, x: _vin(r), 0.3),
        _Col("price_eur", None, lambda r, p, x: str(r.randrange(3, 45) * 500)),
        _Col("mileage_km", None, lambda r, p, x: str(r.randrange(8000, 260000))),
        _Col("nct_expiry", None, lambda r, p, x: _fd(_date_any(r, 0, 700), "IE"), 0.2),
        _Col("leadCreated", None, lambda r, p, x: _iso(_ts(r, 90))),
        _Col("dealer_branch", None, lambda r, p, x: _c(r, ["Naas", "Galway", "Cork", "Sligo", "Dundalk"])),
        _Col("chat_token", None, lambda r, p, x: _hex(r, 32)),
        _Col("name_of_product", None, lambda r, p, x: _c(r, ["CarCheck Gold", "Finance Pre-Approval", "Warranty 12M"]), 0.4),
    ]
    return _build(r, rows, cols, mk)


def _tb_lifeyrir(r, rows):
    def mk(r):
        p = _person(r, "IS", age=(20, 80))
        sp = _person(r, "IS", gender="m" if p.gender == "f" else "f")
        return p, {"cc": "IS", "sp": sp}
    cols = [
        _Col("Félaganúmer", None, lambda r, p, x: _digits(r, 6)),
        _Col("Nafn", N, lambda r, p, x: p.full),
        _Col("Fæðingardagur", DOB, lambda r, p, x: _fd(p.dob, "IS", _c(r, ["num", "num", "long"]))),
        _Col("Heimilisfang", AD, lambda r, p, x: p.addr, 0.05),
        _Col("Sveitarfélag", LO, lambda r, p, x: p.town),
        _Col("Sími", PH, lambda r, p, x: _nat(r, p), 0.1),
        _Col("Netfang", EM, lambda r, p, x: p.email, 0.25),
        _Col("Netfang staðfest", None, lambda r, p, x: _c(r, ["já", "nei"])),
        _Col("Reikningur (IBAN)", IB, lambda r, p, x: _iban(r, "IS", spaced=_chance(r, 0.5)), 0.4),
        _Col("Maki", N, lambda r, p, x: x["sp"].full, 0.5, 0.02),
        _Col("Launagreiðandi", None, lambda r, p, x: _c(r, ["Landspítali", "Marel hf.", "Reykjavíkurborg", "Icelandair", "Össur hf."])),
        _Col("Iðgjald", None, lambda r, p, x: f"{r.randrange(15, 160)}.{_digits(r, 3)}"),
        _Col("Mótframlag", None, lambda r, p, x: f"{r.randrange(20, 230)}.{_digits(r, 3)}"),
        _Col("Réttindi (stig)", None, lambda r, p, x: f"{r.uniform(0, 40):.2f}".replace(".", ",")),
        _Col("Staða", None, lambda r, p, x: _c(r, ["Virkur", "Í hléi", "Lífeyrisþegi", "Vanskil"])),
        _Col("Skráð", None, lambda r, p, x: _fd(_date_any(r, 5000), "IS")),
        _Col("Lífeyrisaldur", None, lambda r, p, x: str(_c(r, [65, 67, 70]))),
        _Col("Tilvísun", None, lambda r, p, x: f"LH-{_digits(r, 7)}"),
        _Col("Sjóðsdeild", None, lambda r, p, x: _c(r, ["Samtryggingardeild", "Séreignardeild A", "Séreignardeild B"])),
        _Col("Gjaldmiðill", None, lambda r, p, x: "ISK"),
    ]
    return _build(r, rows, cols, mk)


def _tb_ticket_orders(r, rows):
    cols = [
        _Col("orderId", None, lambda r, p, x: f"GP-{_digits(r, 7)}"),
        _Col("eventName", None, lambda r, p, x: _c(r, ["Arkells – Homecoming", "Raptors vs Celtics", "Jazz Fest Opening Night",
                                                      "Calgary Stampede Grandstand", "Our Lady Peace"])),
        _Col("venue.city", None, lambda r, p, x: _c(r, ["Toronto", "Calgary", "Halifax", "Ottawa", "Winnipeg"])),
        _Col("buyer.firstName", N, lambda r, p, x: p.first),
        _Col("buyer.lastName", N, lambda r, p, x: p.last),
        _Col("buyer.email", EM, lambda r, p, x: p.email),
        _Col("email.verified", None, lambda r, p, x: _c(r, ["true", "false"])),
        _Col("buyer.phone", PH, lambda r, p, x: _nat(r, p), 0.3),
        _Col("billing.address", AD, lambda r, p, x: p.addr, 0.2),
        _Col("field_3", DOB, lambda r, p, x: p.dob.isoformat(), 0.55),
        _Col("payment.cardNumber", CC, lambda r, p, x: _card(r, style=_c(r, ["plain", "sp", "dash"])), 0.3),
        _Col("payment.expiry", None, lambda r, p, x: _expiry(r), 0.3),
        _Col("payment.last4", None, lambda r, p, x: _last4(r)),
        _Col("client.ip", IP, lambda r, p, x: _pub_ip(r, 0.2), 0.1),
        _Col("account.pwd", PW, lambda r, p, x: _password(r), 0.45),
        _Col("password.updatedAt", None, lambda r, p, x: _iso(_ts(r, 900)), 0.45),
        _Col("section", None, lambda r, p, x: f"{_c(r, ['1', '1', '2', '3'])}{r.randrange(1, 30):02d}"),
        _Col("qty", None, lambda r, p, x: str(r.randrange(1, 7))),
        _Col("totalCad", None, lambda r, p, x: f"{r.uniform(35, 900):.2f}"),
        _Col("barcode", None, lambda r, p, x: _digits(r, 16)),
        _Col("purchasedAt", None, lambda r, p, x: _iso(_ts(r, 120))),
        _Col("promoCode", None, lambda r, p, x: _c(r, ["PRESALE", "FANCLUB24", "STUDENT"]), 0.6),
    ]
    return _build(r, rows, cols, _row("CA", age=(18, 75)))


def _tb_clients_cat(r, rows):
    cols = [
        _Col("Núm. contracte", None, lambda r, p, x: f"CT{_digits(r, 9)}"),
        _Col("CUPS", None, lambda r, p, x: f"ES0031{_digits(r, 12)}{_alnum(r, 2, string.ascii_uppercase)}0F"),
        _Col("Nom", N, lambda r, p, x: p.first),
        _Col("Cognoms", N, lambda r, p, x: p.last),
        _Col("Data naixement", DOB, lambda r, p, x: _fd(p.dob, "ES"), 0.15),
        _Col("Adreça subministrament", AD, lambda r, p, x: p.addr),
        _Col("Població", LO, lambda r, p, x: p.town),
        _Col("Telèfon", PH, lambda r, p, x: _nat(r, p), 0.1, 0.03),
        _Col("Tipus telèfon", None, lambda r, p, x: _c(r, ["mòbil", "fix"])),
        _Col("Correu electrònic", EM, lambda r, p, x: p.email, 0.3),
        _Col("Factura electrònica", None, lambda r, p, x: _c(r, ["Sí", "No"])),
        _Col("IBAN domiciliació", IB, lambda r, p, x: _iban(r, "ES"), 0.2),
        _Col("BIC", None, lambda r, p, x: _bic(r, "ES"), 0.2),
        _Col("Tarifa", None, lambda r, p, x: _c(r, ["2.0TD", "3.0TD", "PVPC", "Tarifa Estable"])),
        _Col("Potència contractada (kW)", None, lambda r, p, x: _c(r, ["3,45", "4,6", "5,75", "6,9"])),
        _Col("Comptador", None, lambda r, p, x: f"SAG{_digits(r, 10)}"),
        _Col("Última lectura", None, lambda r, p, x: str(r.randrange(1000, 99999))),
        _Col("Import factura", None, lambda r, p, x: _money(r, "€", 20, 260)),
        _Col("Data alta", None, lambda r, p, x: _fd(_date_any(r, 3000), "ES")),
        _Col("Oficina comercial", None, lambda r, p, x: _c(r, ["Girona", "Lleida", "Reus", "Sabadell"])),
    ]
    return _build(r, rows, cols, _row("ES"))


def _tb_vairuotojai(r, rows):
    cols = [
        _Col("vairuotojo_id", None, lambda r, p, x: f"DRV{_digits(r, 6)}"),
        _Col("vardas", N, lambda r, p, x: p.first),
        _Col("pavardė", N, lambda r, p, x: p.last),
        _Col("gimimo_data", DOB, lambda r, p, x: _fd(p.dob, "LT")),
        _Col("tel_nr", PH, lambda r, p, x: _nat(r, p)),
        _Col("el_paštas", EM, lambda r, p, x: p.email, 0.1),
        _Col("el_paštas_patvirtintas", None, lambda r, p, x: _c(r, ["taip", "ne"])),
        _Col("adresas", AD, lambda r, p, x: p.addr, 0.2),
        _Col("miestas", LO, lambda r, p, x: p.town),
        _Col("sąskaita", IB, lambda r, p, x: _iban(r, "LT"), 0.15),
        _Col("api_raktas", AK, lambda r, p, x: _apikey(r, _c(r, ["brand", "hex", "gh"])), 0.6),
        _Col("slaptažodis", PW, lambda r, p, x: _password(r, "lt"), 0.5),
        _Col("slaptažodis_pakeistas", None, lambda r, p, x: _fd(_date_any(r, 700), "LT"), 0.5),
        _Col("automobilis", None, lambda r, p, x: _c(r, ["Toyota Prius", "Škoda Octavia", "Kia Niro", "Tesla Model 3"])),
        _Col("valst_nr", None, lambda r, p, x: f"{_alnum(r, 3, 'ABCDEGHJKLMNPRSTUVZ')} {_digits(r, 3)}"),
        _Col("VIN", None, lambda r, p, x: _vin(r)),
        _Col("reitingas", None, lambda r, p, x: f"{r.uniform(4.2, 5):.2f}"),
        _Col("kelionių_sk", None, lambda r, p, x: str(r.randrange(0, 9000))),
        _Col("registruota", None, lambda r, p, x: _fd(_date_any(r, 2000), "LT")),
        _Col("paskutinis_prisijungimas", None, lambda r, p, x: _iso(_ts(r, 30))),
        _Col("įrenginio_ip", None, lambda r, p, x: _priv_ip(r)),
        _Col("gyvūnai_leidžiami", None, lambda r, p, x: _c(r, ["Taip", "Ne"])),
    ]
    return _build(r, rows, cols, _row("LT", age=(21, 68)))


_TABLES = [
    # name, builder, locale, domain, header style
    ("hearthguard_policyholders", _tb_policyholders, "en-GB", "home-insurance broker", "snake_case + abbreviations (dob, addr1, tel)"),
    ("brightwell_energy_accounts", _tb_energy_accounts, "en-US", "electricity & gas utility", "camelCase + opaque col_7"),
    ("ironbark_members", _tb_gym_members, "en-AU", "gym chain", "PascalCase + opaque field_9"),
    ("abone_listesi", _tb_abone, "tr-TR", "mobile operator", "Turkish spaced headers + opaque field_3"),
    ("hopla_trips_in", _tb_ride_trips, "en-IN", "ride-hailing", "UPPER_SNAKE + opaque ATTR2"),
    ("mercy_ridge_patient_billing", _tb_patient_billing, "en-US", "hospital billing", "spaced Title Case + abbreviations (#)"),
    ("candidati_admitere", _tb_candidati, "ro-RO", "university admissions", "Romanian dotted"),
    ("revline_car_leads", _tb_car_leads, "en-IE", "used-car marketplace", "snake_case abbreviations + camelCase + opaque attr2"),
    ("lifeyrir_felagar", _tb_lifeyrir, "is-IS", "pension fund", "Icelandic headers"),
    ("gatepass_ticket_orders", _tb_ticket_orders, "en-CA", "event ticketing", "dotted camelCase + opaque field_3 + pwd"),
    ("clients_subministrament", _tb_clients_cat, "ca-ES", "electricity & gas utility", "Catalan spaced headers"),
    ("hopla_vairuotojai", _tb_vairuotojai, "lt-LT", "ride-hailing (drivers)", "Lithuanian snake_case"),
]

# =============================================================================================
# registry and public API
# =============================================================================================

class Tpl(NamedTuple):
    key: str
    domain: str
    country: str   # region used for names, addresses, phone validation
    lang: str
    shape: str
    fn: Callable


TEMPLATES: list[Tpl] = [
    # 1. home-insurance broker
    Tpl("ins_gb_email", "insurance", "GB", "en", "email reply + signature + '>' quoted original", _t_ins_gb_email),
    Tpl("ins_us_callnotes", "insurance", "US", "en", "CRM call note", _t_ins_us_callnotes),
    Tpl("ins_cat_whatsapp", "insurance", "ES", "ca", "WhatsApp chat export", _t_ins_cat_whatsapp),
    Tpl("ins_ie_ocr", "insurance", "IE", "en", "OCR'd proposal form", _t_ins_ie_ocr),
    Tpl("ins_ro_fwd", "insurance", "RO", "ro", "forwarded e-mail", _t_ins_ro_fwd),
    Tpl("ins_au_jsonl", "insurance", "AU", "en", "JSON-lines application log", _t_ins_au_jsonl),
    # 2. electricity & gas utility
    Tpl("utl_us_weblog", "utility", "US", "en", "web-server access log", _t_utl_us_weblog),
    Tpl("utl_gb_ticket", "utility", "GB", "en", "ticket + internal notes", _t_utl_gb_ticket),
    Tpl("utl_tr_sms", "utility", "TR", "tr", "SMS thread", _t_utl_tr_sms),
    Tpl("utl_nz_livechat", "utility", "NZ", "en", "live chat transcript", _t_utl_nz_livechat),
    Tpl("utl_et_form", "utility", "EE", "et", "form dump key: value", _t_utl_et_form),
    Tpl("utl_in_nopii", "utility", "IN", "en", "notice, no PII", _t_utl_in_nopii),
    # 3. gym and fitness chain
    Tpl("gym_au_slack", "gym", "AU", "en", "Slack export", _t_gym_au_slack),
    Tpl("gym_ca_kv", "gym", "CA", "en", "key=value log line", _t_gym_ca_kv),
    Tpl("gym_sl_email", "gym", "SI", "sl", "e-mail + reply signature", _t_gym_sl_email),
    Tpl("gym_lt_chat", "gym", "LT", "lt", "live chat transcript", _t_gym_lt_chat),
    Tpl("gym_us_applog", "gym", "US", "en", "application log (plaintext password leak)", _t_gym_us_applog),
    Tpl("gym_tl_chat", "gym", "PH", "tl", "Messenger chat export", _t_gym_tl_chat),
    # 4. mobile-phone operator
    Tpl("mob_in_stt", "mobile", "IN", "en", "lower-case speech-to-text transcript", _t_mob_in_stt),
    Tpl("mob_gb_notifs", "mobile", "GB", "en", "notification subjects", _t_mob_gb_notifs),
    Tpl("mob_is_email", "mobile", "IS", "is", "e-mail + reply signature", _t_mob_is_email),
    Tpl("mob_vi_zalo", "mobile", "VN", "vi", "Zalo chat export", _t_mob_vi_zalo),
    Tpl("mob_ke_sms", "mobile", "KE", "en", "SMS thread (M-PESA)", _t_mob_ke_sms),
    Tpl("mob_sq_ticket", "mobile", "AL", "sq", "ticket + internal notes", _t_mob_sq_ticket),
    # 5. ride-hailing app
    Tpl("ride_us_ticket", "ride-hailing", "US", "en", "support ticket + internal notes", _t_ride_us_ticket),
    Tpl("ride_ng_whatsapp", "ride-hailing", "NG", "en", "WhatsApp chat export", _t_ride_ng_whatsapp),
    Tpl("ride_tr_jsonl", "ride-hailing", "TR", "tr", "JSON-lines application log", _t_ride_tr_jsonl),
    Tpl("ride_lv_email", "ride-hailing", "LV", "lv", "e-mail reply + '>' quoted original", _t_ride_lv_email),
    Tpl("ride_ca_teams", "ride-hailing", "CA", "en", "Teams chat", _t_ride_ca_teams),
    Tpl("ride_ro_config", "ride-hailing", "RO", "ro", ".env config snippet", _t_ride_ro_config),
    # 6. hospital billing
    Tpl("hos_us_ocr", "hospital", "US", "en", "OCR'd statement", _t_hos_us_ocr),
    Tpl("hos_ie_fwd", "hospital", "IE", "en", "forwarded e-mail", _t_hos_ie_fwd),
    Tpl("hos_cat_callnote", "hospital", "ES", "ca", "call note", _t_hos_cat_callnote),
    Tpl("hos_au_tsv", "hospital", "AU", "en", "spreadsheet rows (TSV)", _t_hos_au_tsv),
    Tpl("hos_sl_form", "hospital", "SI", "sl", "form dump key: value", _t_hos_sl_form),
    Tpl("hos_gb_nopii", "hospital", "GB", "en", "memo, no PII", _t_hos_gb_nopii),
    # 7. university admissions
    Tpl("uni_in_email", "university", "IN", "en", "e-mail + signature", _t_uni_in_email),
    Tpl("uni_lt_json", "university", "LT", "lt", "pretty JSON form dump", _t_uni_lt_json),
    Tpl("uni_ng_livechat", "university", "NG", "en", "live chat transcript", _t_uni_ng_livechat),
    Tpl("uni_vi_email", "university", "VN", "vi", "e-mail + signature", _t_uni_vi_email),
    Tpl("uni_us_slack", "university", "US", "en", "Slack export", _t_uni_us_slack),
    Tpl("uni_sq_crm", "university", "AL", "sq", "CRM note", _t_uni_sq_crm),
    # 8. used-car marketplace
    Tpl("car_gb_thread", "used-cars", "GB", "en", "marketplace message thread", _t_car_gb_thread),
    Tpl("car_us_weblog", "used-cars", "US", "en", "web-server access log", _t_car_us_weblog),
    Tpl("car_lv_chat", "used-cars", "LV", "lv", "marketplace chat", _t_car_lv_chat),
    Tpl("car_nz_email", "used-cars", "NZ", "en", "e-mail reply + '>' quoted original", _t_car_nz_email),
    Tpl("car_tr_callnote", "used-cars", "TR", "tr", "call note", _t_car_tr_callnote),
    Tpl("car_ke_crm", "used-cars", "KE", "en", "CRM lead note", _t_car_ke_crm),
    # 9. pension fund
    Tpl("pen_gb_email", "pension", "GB", "en", "e-mail + address block + reply signature", _t_pen_gb_email),
    Tpl("pen_ie_crm", "pension", "IE", "en", "CRM case note", _t_pen_ie_crm),
    Tpl("pen_et_email", "pension", "EE", "et", "e-mail + quoted reply", _t_pen_et_email),
    Tpl("pen_is_sheet", "pension", "IS", "is", "spreadsheet rows (TSV)", _t_pen_is_sheet),
    Tpl("pen_ca_stt", "pension", "CA", "en", "lower-case speech-to-text transcript", _t_pen_ca_stt),
    Tpl("pen_cat_kv", "pension", "ES", "ca", "form dump key=value", _t_pen_cat_kv),
    # 10. event ticketing
    Tpl("evt_us_receipt", "ticketing", "US", "en", "notification subjects + receipt e-mail", _t_evt_us_receipt),
    Tpl("evt_tl_livechat", "ticketing", "PH", "tl", "live chat transcript", _t_evt_tl_livechat),
    Tpl("evt_tl_sms", "ticketing", "PH", "tl", "SMS thread", _t_evt_tl_sms),
    Tpl("evt_lv_jsonl", "ticketing", "LV", "lv", "JSON-lines application log", _t_evt_lv_jsonl),
    Tpl("evt_in_fwd", "ticketing", "IN", "en", "forwarded e-mail", _t_evt_in_fwd),
    Tpl("evt_ro_nopii", "ticketing", "RO", "ro", "announcement, no PII", _t_evt_ro_nopii),
]

assert len(TEMPLATES) == 60 and len({t.key for t in TEMPLATES}) == 60


def free_text(n: int, seed: int) -> list[Text]:
    """n labelled texts; text i renders TEMPLATES[i % len(TEMPLATES)] with its own seeded generator."""
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"glade-{seed}-{i}-{tpl.key}")
        out.append(_mk(tpl.fn(r), tpl.country))
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    """About a dozen tables (name -> columns), each column `rows` values long."""
    out: dict[str, list[Column]] = {}
    for name, builder, _loc, _dom, _style in _TABLES:
        r = random.Random(f"glade-{seed}-{name}")
        cols = builder(r, rows)
        assert all(len(c.values) == rows for c in cols)
        out[name] = cols
    return out
