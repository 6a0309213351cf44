"""Accuracy split "delta": labelled free text and structured tables for the PII-detection benchmark.

Author and date
    Independent split author, session helper delta, 2026-11-26.

Independence
    Written from the brief alone. Read only these definitions of bench/accuracy_data.py (and import them):
    LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6. Not read: the scanner's rules, source,
    tests or docs, the benchmark notes/results/outputs, the other splits, and no web search on how PII scanners work.
    The scanner and bench/accuracy.py were never run. Values and templates are not tuned for or against any tool;
    the aim is data as a real company's stores and message logs would hold it.

API
    free_text(n, seed) -> list[Text]: text i uses TEMPLATES[i % len(TEMPLATES)] (a list of (template id, builder)).
        Spans are (start, end, label); offsets are exact by construction (R() renders [[key:LABEL]] slots).
    structured(rows, seed) -> dict[str, list[Column]]: one table per domain, names in TABLE_NAMES, 17 columns each.
    Determinism: all randomness from random.Random(f"delta-{seed}"); one Faker per locale, created in the fixed
    order _FAKER_LOCALES and seeded with seed_instance(rng.randrange(1 << 30)); dates drawn between explicit year
    bounds (no clock reads); no iteration over sets; Faker is used only for first/last names (own town and street
    lists, so no locale provider whose order depends on PYTHONHASHSEED).

Domains (10)
    veterinary practice, school/kindergarten office, moving company, travel agency, crypto exchange support,
    law firm intake, car dealership service desk, home-care agency, e-scooter sharing app, tax advisor.
    Six templates per domain.

Free text
    60 templates, ids "<domain>.<shape>.<lang-REGION>". 27 (45%) not in English, 33 in English:
    es-ES 2, es-AR 2, es-CL 2, pt-BR 3, fr-FR 2, fr-CH 1, de-DE 2, de-AT 2, it-IT 2, it-CH 1, nl-BE 2, sv-SE 2,
    da-DK 1, cs-CZ 1, hr-HR 1, sl-SI 1; en-US 9, en-GB 6, en-IE 4, en-ZA 4, en-NZ 5, en-SG 5 (22 language-regions).
    Shapes: e-mails with signatures and '>'-quoted replies, chat and WhatsApp-style exports, SMS, support tickets
    with internal notes, call-centre notes, speech-to-text transcripts (lower-cased), CRM notes, form dumps
    (key: value, key=value, dotted keys), JSON / key=value / access logs, CSV lines pasted into tickets,
    config snippets, OCR'd letters and invoices, notification subject lines.
    Most texts hold several entities; scooter.sms.en-NZ holds none, travel.notification.it-CH holds none in
    about 40% of renderings, and a log may hold none when all its IPs are private.
    Values are drawn fresh per text. Names: Faker first_name + last_name (gendered) in the text's locale; own lists
    for en-ZA and en-SG. E-mails derive from the name. Addresses: own street/town lists per country with local
    postcode shapes and layouts (one line, or two lines as one block). Phones: numbers from each country's
    numbering plan (libphonenumber example prefixes plus random digits; US from real area codes), kept only if
    phonenumbers.is_valid_number holds, written national, international, E.164, 00-prefixed, spaced, dashed,
    dotted or plain (re-parsed to make sure the written form is still that number). Cards: _luhn (Visa, MC incl.
    2-series, Amex) grouped with spaces/dashes/none. SSNs in valid ranges only. IBANs: _iban_of (printed or
    compact). Routing numbers pass the ABA checksum. IPs: _ip_public_v4 / _ip_public_v6. Passwords: user-style
    and generated. API keys: provider-style (sk_live_, ghp_, xoxb-, SG., AIza) and hex / 64-char exchange keys.

Label conventions
    PERSON: the name as written (full, first only, surname only, upper/lower case, "Last, First", "LAST/FIRST");
        a full name in one run is one span; titles (Mr, Dr., Me, Mag., Madame, don) outside; chat speakers are
        PERSON; handles/e-mail local parts are not; people's names inside company, hotel, court or brand names are not.
    STREET_ADDRESS: street line with postcode and town when written together, one span even over two lines;
        in a '>'-quoted reply each line is its own span; business addresses in signatures/letterheads labelled.
    LOCATION: towns/countries where a person lives, comes from, was born, or travels/moves to. Company branches,
        depots, service areas and venue towns are not labelled.
    DATE_OF_BIRTH: birth dates of people only. Pet birth dates and all other dates are look-alikes.
    PASSWORD / API_KEY: the secret value only. US_BANK_NUMBER: account number next to an ABA routing number
        (the routing number is unlabelled). IP_ADDRESS: public only. CREDIT_CARD: full Luhn-valid numbers only.
    E-mail addresses are labelled wherever they occur, role addresses (intake@, officina@) included; phone
        numbers likewise, business lines included.

Look-alikes (unlabelled, mixed into the same texts)
    order/ticket/booking/quote/claim/policy/job/ride/protocol numbers, PNRs, non-birth dates and timestamps,
    version strings (some four-part, IPv4-shaped), SHA-256 hashes, bcrypt hashes, UUIDs, masked cards, last-4s,
    card BINs, routing numbers alone, IMEIs (Luhn-valid), VINs, number plates, microchip numbers, private,
    loopback and link-local IPs, coordinates, amounts, NZ bank account strings without routing context, RUTs and
    masked NRICs, crypto wallet addresses, key ids, OTP codes, password-policy text, placeholders, company/brand/
    venue names (some named after people, e.g. a dealership or hotel), pet names, job titles.

Structured tables
    TABLE_NAMES: vet_patients, kita_anmeldungen, moving_jobs, travel_bookings, crypto_accounts, law_intake,
    car_service_orders, homecare_clients, scooter_riders, tax_clients. 10 tables x 17 columns = 170 columns:
    75 PII (44%), 95 look-alike (56%). Each row is drawn from one person of a row locale (e-mail from the name,
    postcode and town from the same address). Headers mix snake_case, UPPER_SNAKE, camelCase, PascalCase,
    spaced, dotted, abbreviated, opaque (field_2, c7) and German/Dutch/Spanish/Italian/Croatian/Portuguese ones.
    Hard PII: names under opaque or foreign headers, first-only and surname-only, towns and birthplaces,
    DOB in local formats, plaintext passwords, API keys, national-format phones, two-line addresses.
    Look-alikes under PII-sounding headers: email_verified, phone_type, card_brand, card_last4, ip_version,
    birth-year buckets/cohorts, address_type, password_changed_at, password_hash, api_key_id, routing numbers,
    BIC, hotels/courts/workshops, enums, amounts, timestamps, versions, IMEIs, VINs, wallets, booleans.
    Blanks (None) at per-column rates; a few placeholders ("n/a", "-", "", "unknown") in some columns.

Known limits
    Street and town lists are short and not tied to each other (a street may not exist in that town); postcodes
    follow each country's shape but not real allocation. Only the countries _iban_of supports get IBANs (Czech,
    Croatian and Slovenian texts use DE/AT accounts or none). Phone prefixes are narrow (example prefixes).
    Speech-to-text texts are simulated by lower-casing. Faker's cs_CZ/hr_HR/sl_SI name pools are used as-is.
    Table rows are locale-mixed within a table but the table's language of headers is fixed.
"""

from __future__ import annotations

import datetime
import random
import re

import phonenumbers
from faker import Faker

from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

# -- core helpers -------------------------------------------------------------------------
_LAB = {"P": "PERSON", "E": "EMAIL_ADDRESS", "PH": "PHONE_NUMBER", "CC": "CREDIT_CARD", "SSN": "US_SSN",
        "BANK": "US_BANK_NUMBER", "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS", "ADDR": "STREET_ADDRESS",
        "LOC": "LOCATION", "DOB": "DATE_OF_BIRTH", "PW": "PASSWORD", "KEY": "API_KEY"}
_TOK = re.compile(r"\[\[(\w+)(?::(\w+))?\]\]")


def R(tpl: str, **kw) -> Text:
    """Render `tpl`: [[key]] inserts kw[key] unlabelled, [[key:P]] inserts it as a labelled span."""
    out, spans, pos, i = [], [], 0, 0
    for m in _TOK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        val = str(kw[m.group(1)])
        if m.group(2):
            assert val and val == val.strip(), (m.group(1), val)
            spans.append((pos, pos + len(val), _LAB[m.group(2)]))
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(tpl[i:])
    return Text("".join(out), spans)


def _digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng, n: int) -> str:
    return _alnum(rng, n, "0123456789abcdef")


def _ascii(s: str) -> str:
    import unicodedata

    s = s.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("Ø", "O").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


def _pattern(rng, pat: str) -> str:
    if "/" in pat:
        pat = rng.choice(pat.split("/"))
    return "".join(rng.choice("0123456789") if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "@"
                   else ch for ch in pat)


def _date(rng, y0: int, y1: int) -> datetime.date:
    a, b = datetime.date(y0, 1, 1).toordinal(), datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def _fmt_date(rng, d: datetime.date, tag: str, long_ok: bool = True) -> str:
    cc, lang = tag[-2:], tag[:2]
    r = rng.random()
    if long_ok and r < 0.18:
        if cc == "US":
            return f"{_MONTHS['en'].split()[d.month - 1]} {d.day}, {d.year}"
        if lang == "en":
            return f"{d.day} {_MONTHS['en'].split()[d.month - 1]} {d.year}"
        if lang == "de":
            return f"{d.day}. {_MONTHS['at' if cc == 'AT' else 'de'].split()[d.month - 1]} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {_MONTHS[lang].split()[d.month - 1]} de {d.year}"
        if lang in ("fr", "it"):
            return f"{d.day} {_MONTHS[lang].split()[d.month - 1]} {d.year}"
    if r < 0.28:
        return d.isoformat()
    if cc == "US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if rng.random() < 0.7 else f"{d.month}/{d.day}/{d.year}"
    if cc in ("SE",):
        return d.isoformat() if rng.random() < 0.7 else f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    if cc in ("DE", "AT", "CH", "HR", "SI", "DK") or tag == "it-CH":
        return f"{d.day:02d}.{d.month:02d}.{d.year}" + ("." if cc in ("HR",) else "")
    if cc == "CZ":
        return f"{d.day}. {d.month}. {d.year}"
    if cc == "BE" and rng.random() < 0.4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _ts(rng, style: int | None = None) -> str:
    d = _date(rng, 2024, 2026)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = rng.randrange(4) if style is None else style
    if style == 0:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == 1:
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    if style == 2:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}+0{rng.randint(0, 2)}:00"
    return f"{d.day:02d}/{d.strftime('%b')}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"


# -- look-alike values ----------------------------------------------------------------------
def _uuid(rng) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _bcrypt(rng) -> str:
    return f"$2b${rng.choice(['10', '12'])}$" + _alnum(rng, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _imei(rng) -> str:
    return _luhn(rng, rng.choice(["35", "86", "01", "35"]) + _digits(rng, 6), 15)


def _masked(rng) -> str:
    last = _digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{rng.choice(['4', '5'])}{_digits(rng, 5)}******{last}",
                       f"•••• {last}", f"ending {last}"])


def _private_ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "127.0.0.1",
                       f"fe80::{_hex(rng, 4).lstrip('0') or '1'}:{_hex(rng, 4).lstrip('0') or '1'}",
                       f"fd{_hex(rng, 2)}:{_hex(rng, 4).lstrip('0') or '1'}::{rng.randint(1, 99)}"])


def _version(rng, four: bool = False) -> str:
    if four:
        return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}.{rng.randint(1, 250)}"
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 15)}"


def _amount(rng, lo: float = 5, hi: float = 2500, cur: str = "€", dec: str = ",") -> str:
    v = f"{rng.uniform(lo, hi):.2f}"
    if dec == ",":
        v = v.replace(".", ",")
    return f"{v} {cur}" if cur in ("€", "kr", "Kč", "CHF", "EUR", "SEK", "DKK", "CZK") else f"{cur}{v}"


def _ref(rng, prefix: str, n: int = 6) -> str:
    return prefix + _digits(rng, n)


def _pnr(rng) -> str:
    return _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def _coords(rng, lat: float, lon: float) -> str:
    return f"{lat + rng.uniform(-0.05, 0.05):.5f}, {lon + rng.uniform(-0.05, 0.05):.5f}"


# -- secrets ------------------------------------------------------------------------------
_PW_WORDS = ["Sommer", "Bella", "Lucky", "Pantera", "Chelsea", "Monkey", "Sunshine", "Dragon", "Mariposa", "Fenerbahce",
             "Sol", "Primavera", "Tigre", "Bruno", "Luna", "Coco", "Snoopy", "Cerveza", "Kopenhagen", "Zlatan", "Praha",
             "Fortuna", "Hajduk", "Ajax", "Milan", "Gremio", "Spurs", "Rugby", "Kiwi", "Lion", "Durian", "Merlion"]


def _password(rng) -> str:
    k = rng.randrange(5)
    if k == 0:
        return rng.choice(_PW_WORDS) + str(rng.randint(1970, 2024)) + rng.choice("!#$*.?")
    if k == 1:
        return _alnum(rng, rng.randint(12, 18), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*?+-=")
    if k == 2:
        return "-".join(rng.choice(["maple", "river", "tango", "copper", "violet", "rocket", "harbor", "pepper", "lantern",
                                     "orbit", "walnut", "gecko"]) for _ in range(3)) + str(rng.randint(1, 99))
    if k == 3:
        w = rng.choice(_PW_WORDS).lower()
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + _digits(rng, 2) + "!"
    return rng.choice(["Welcome", "Temp", "Start", "Inicio", "Passwort", "Changeme"]) + _digits(rng, 3) + rng.choice("!$#")


def _api_key(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["stripe", "gh", "slack", "sendgrid", "google", "hex", "exch", "twilio"])
    if kind == "stripe":
        return f"sk_live_{_alnum(rng, 24)}"
    if kind == "gh":
        return f"ghp_{_alnum(rng, 36)}"
    if kind == "slack":
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_alnum(rng, 24)}"
    if kind == "sendgrid":
        return f"SG.{_alnum(rng, 22)}.{_alnum(rng, 43)}"
    if kind == "google":
        return "AIza" + _alnum(rng, 35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if kind == "twilio":
        return _hex(rng, 32)
    if kind == "exch":
        return _alnum(rng, 64)
    return _hex(rng, 40)


# -- US numbers ---------------------------------------------------------------------------
def _ssn(rng, style: int | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = rng.choice([0, 0, 0, 1, 2]) if style is None else style
    return [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"][style]


def _routing(rng) -> str:
    head = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 31, 32]):02d}" + _digits(rng, 6)
    d = [int(x) for x in head]
    chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return head + str(chk)


def _account(rng) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.randint(7, 11))


def _card(rng, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
        groups = [4, 6, 5]
    else:
        n = _luhn(rng, "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        groups = [4, 4, 4, 4]
    sep = rng.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(n[i:i + g])
        i += g
    return sep.join(out)


def _iban(rng, cc: str, spaced: bool | None = None) -> str:
    iban = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.55
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def _ip(rng) -> str:
    return _ip_public_v4(rng) if rng.random() < 0.75 else _ip_public_v6(rng)


# -- geography, names, phones ---------------------------------------------------------------
# tag -> (faker locale or None, "town|postcode pattern|extra;...", "street;street;...", mail domains)
_GEO = {
    "es-ES": ("es_ES", "Madrid|28###;Valencia|46###;Sevilla|41###;Zaragoza|50###;Málaga|29###;Bilbao|48###;Alcalá de Henares|288##;Murcia|30###",
              "Calle Mayor;Calle de Alcalá;Avenida de la Constitución;Calle San Vicente;Paseo de Gracia;Calle Real;Calle del Carmen;Avenida de América",
              "gmail.com;hotmail.es;yahoo.es;telefonica.net;outlook.es"),
    "es-AR": ("es_AR", "Buenos Aires|C14##|CABA;Córdoba|X50##|Córdoba;Rosario|S20##|Santa Fe;Mendoza|M55##|Mendoza;La Plata|B19##|Buenos Aires;Mar del Plata|B76##|Buenos Aires;San Miguel de Tucumán|T40##|Tucumán",
              "Av. Corrientes;Av. Rivadavia;Calle Sarmiento;Av. San Martín;Calle Belgrano;Av. Santa Fe;Calle 9 de Julio;Calle Moreno",
              "gmail.com;hotmail.com;yahoo.com.ar;fibertel.com.ar;outlook.com"),
    "es-CL": ("es_CL", "Providencia|75#####|Santiago;Ñuñoa|77#####|Santiago;Viña del Mar|25#####|Valparaíso;Concepción|40#####|Biobío;La Serena|17#####|Coquimbo;Temuco|48#####|Araucanía;Puerto Montt|54#####|Los Lagos",
              "Av. Providencia;Av. Irarrázaval;Calle Los Leones;Av. Libertad;Calle O'Higgins;Av. Alemania;Calle Prat",
              "gmail.com;hotmail.com;vtr.net;yahoo.cl;outlook.com"),
    "pt-BR": ("pt_BR", "São Paulo|0####-###|SP;Rio de Janeiro|2####-###|RJ;Belo Horizonte|3####-###|MG;Curitiba|8####-###|PR;Porto Alegre|9####-###|RS;Recife|5####-###|PE;Campinas|13###-###|SP;Florianópolis|88###-###|SC",
              "Rua Augusta;Avenida Paulista;Rua das Flores;Rua XV de Novembro;Avenida Brasil;Rua Harmonia;Rua Sete de Setembro;Avenida Atlântica",
              "gmail.com;hotmail.com;uol.com.br;terra.com.br;bol.com.br;outlook.com"),
    "fr-FR": ("fr_FR", "Paris|750##;Lyon|6900#;Marseille|130##;Toulouse|31###;Nantes|44###;Lille|59###;Bordeaux|33###;Rennes|35###;Montpellier|34###",
              "rue de la République;avenue Jean Jaurès;rue des Lilas;boulevard Voltaire;rue Victor Hugo;rue du Moulin;place de la Mairie;chemin des Vignes",
              "gmail.com;orange.fr;free.fr;laposte.net;sfr.fr;hotmail.fr"),
    "fr-CH": ("fr_CH", "Genève|12##;Lausanne|10##;Neuchâtel|200#;Fribourg|17##;Sion|1950;Montreux|1820;Nyon|1260",
              "Rue de Lausanne;Avenue de la Gare;Chemin des Crêts;Rue du Rhône;Route de Berne;Rue de Carouge",
              "bluewin.ch;gmail.com;sunrise.ch;hispeed.ch;protonmail.ch"),
    "it-CH": ("it_CH", "Lugano|69##;Bellinzona|6500;Locarno|6600;Mendrisio|6850;Chiasso|6830;Biasca|6710",
              "Via Nassa;Via Cantonale;Viale Stazione;Via San Gottardo;Via Canova;Via Motta",
              "bluewin.ch;gmail.com;ticino.com;sunrise.ch"),
    "de-DE": ("de_DE", "Berlin|1####;Hamburg|2####;München|80###;Köln|50###;Frankfurt am Main|60###;Leipzig|04###;Stuttgart|70###;Dortmund|44###;Nürnberg|90###;Bremen|28###",
              "Hauptstraße;Lindenstraße;Bahnhofstraße;Schillerstraße;Gartenweg;Kastanienallee;Am Mühlenberg;Goethestraße;Friedrich-Ebert-Straße",
              "web.de;gmx.de;t-online.de;gmail.com;posteo.de;outlook.de"),
    "de-AT": ("de_AT", "Wien|1010/1020/1030/1040/1050/1060/1070/1080/1090/1100/1120/1130/1140/1150/1160/1170/1180/1190/1200/1210/1220/1230;Graz|80##;Linz|40##;Salzburg|50##;Innsbruck|60##;Klagenfurt|90##;St. Pölten|3100;Wels|4600",
              "Mariahilfer Straße;Landstraßer Hauptstraße;Herrengasse;Annenstraße;Linzer Gasse;Hauptplatz;Schubertstraße;Favoritenstraße",
              "gmx.at;aon.at;chello.at;gmail.com;a1.net;outlook.com"),
    "it-IT": ("it_IT", "Milano|201##|MI;Roma|001##|RM;Torino|101##|TO;Bologna|401##|BO;Napoli|801##|NA;Firenze|501##|FI;Verona|371##|VR;Bari|701##|BA",
              "Via Roma;Via Garibaldi;Corso Vittorio Emanuele II;Via Mazzini;Viale dei Mille;Via Dante;Piazza Cavour;Via Manzoni",
              "libero.it;gmail.com;alice.it;virgilio.it;tiscali.it;hotmail.it"),
    "nl-BE": ("nl_BE", "Gent|9000;Antwerpen|20##;Leuven|3000;Brugge|8000;Mechelen|2800;Hasselt|3500;Aalst|9300;Kortrijk|8500",
              "Kerkstraat;Stationsstraat;Dorpsstraat;Nieuwstraat;Kouter;Molenstraat;Veldstraat;Grote Markt",
              "telenet.be;skynet.be;proximus.be;gmail.com;hotmail.com"),
    "sv-SE": ("sv_SE", "Stockholm|1## ##;Göteborg|4## ##;Malmö|2## ##;Uppsala|75# ##;Västerås|72# ##;Örebro|70# ##;Linköping|58# ##;Umeå|90# ##",
              "Storgatan;Drottninggatan;Kungsgatan;Södra vägen;Ringvägen;Skolgatan;Vasagatan;Björkvägen",
              "gmail.com;telia.com;hotmail.se;outlook.com;bredband.net"),
    "da-DK": ("da_DK", "København K|1###;Aarhus C|8000;Odense C|5000;Aalborg|9000;Esbjerg|6700;Frederiksberg|2000;Roskilde|4000;Vejle|7100",
              "Nørregade;Vestergade;Østerbrogade;Jernbanegade;Skovvej;Strandvejen;Algade;Søndergade",
              "gmail.com;mail.dk;hotmail.dk;outlook.dk;live.dk;jubii.dk"),
    "cs-CZ": ("cs_CZ", "Praha 2|120 00;Praha 6|160 00;Brno|602 00;Ostrava|702 00;Plzeň|301 00;Olomouc|779 00;Liberec|460 01;České Budějovice|370 01",
              "Vinohradská;Národní;Dlouhá;Masarykova;Husova;Palackého;Nádražní;Komenského",
              "seznam.cz;email.cz;gmail.com;centrum.cz;post.cz"),
    "hr-HR": ("hr_HR", "Zagreb|10000;Split|21000;Rijeka|51000;Osijek|31000;Zadar|23000;Pula|52100;Varaždin|42000;Dubrovnik|20000",
              "Ilica;Vukovarska ulica;Ulica kralja Zvonimira;Savska cesta;Ulica Ante Starčevića;Riva;Frankopanska ulica",
              "gmail.com;net.hr;t-com.hr;hotmail.com;yahoo.com"),
    "sl-SI": ("sl_SI", "Ljubljana|1000;Maribor|2000;Celje|3000;Kranj|4000;Koper|6000;Novo mesto|8000;Velenje|3320;Ptuj|2250",
              "Slovenska cesta;Trubarjeva ulica;Prešernova ulica;Celovška cesta;Tržaška cesta;Gosposvetska ulica;Cankarjeva ulica",
              "gmail.com;siol.net;t-2.net;amis.net;hotmail.com"),
    "en-US": ("en_US", "Columbus|432##|OH;Austin|787##|TX;Denver|802##|CO;Portland|972##|OR;Raleigh|276##|NC;Phoenix|850##|AZ;Madison|537##|WI;Tampa|336##|FL;Sacramento|958##|CA;Albany|122##|NY",
              "Maple Ave;Oak Street;Elm Drive;Washington Blvd;Park Place;Lakeview Terrace;Cedar Lane;Main Street;Sunset Road;Willow Court",
              "gmail.com;yahoo.com;outlook.com;aol.com;icloud.com;comcast.net"),
    "en-GB": ("en_GB", "Leeds|LS# #@@;Manchester|M## #@@;Bristol|BS# #@@;Glasgow|G## #@@;Cardiff|CF## #@@;Norwich|NR# #@@;Brighton|BN# #@@;Sheffield|S## #@@;London|SE## #@@",
              "Station Road;High Street;Church Lane;Victoria Road;Queens Road;The Crescent;Mill Lane;Park Avenue;Grange Road",
              "gmail.com;hotmail.co.uk;yahoo.co.uk;btinternet.com;outlook.com;sky.com"),
    "en-IE": ("en_IE", "Dublin 6|D06 @###;Dublin 9|D09 @#@#;Cork|T12 @@##;Galway|H91 @#@#;Limerick|V94 @###;Waterford|X91 @@#@;Kilkenny|R95 @##@;Sligo|F91 @#@#",
              "Griffith Avenue;Main Street;Church Road;Strand Road;College Road;Bóthar na Trá;Mary Street;Patrick Street",
              "gmail.com;eircom.net;hotmail.com;yahoo.ie;outlook.ie;icloud.com"),
    "en-ZA": (None, "Johannesburg|2###|Parktown;Cape Town|8###|Observatory;Durban|4###|Morningside;Pretoria|0###|Hatfield;Gqeberha|6###|Walmer;Bloemfontein|9###|Westdene;Stellenbosch|7600|Die Boord",
              "Jan Smuts Ave;Main Road;Florida Road;Church Street;Voortrekker Road;Long Street;Oxford Road;Beach Road",
              "gmail.com;mweb.co.za;webmail.co.za;telkomsa.net;outlook.com;icloud.com"),
    "en-NZ": ("en_NZ", "Auckland|10##|Ponsonby;Wellington|60##|Kelburn;Christchurch|80##|Riccarton;Hamilton|32##|Hillcrest;Dunedin|90##|Roslyn;Tauranga|31##|Otumoetai;Nelson|7010|Stoke;Napier|4110|Taradale",
              "Ponsonby Road;Queen Street;Riccarton Road;Victoria Street;Cuba Street;George Street;Kowhai Avenue;Rimu Road",
              "gmail.com;xtra.co.nz;outlook.co.nz;yahoo.co.nz;slingshot.co.nz"),
    "en-SG": (None, "Singapore|56####|Ang Mo Kio;Singapore|52####|Tampines;Singapore|64####|Jurong West;Singapore|46####|Bedok;Singapore|73####|Woodlands;Singapore|31####|Toa Payoh",
              "Ang Mo Kio Ave 3;Tampines St 21;Jurong West St 52;Bedok North Rd;Woodlands Dr 14;Lorong 1 Toa Payoh;Yishun Ring Rd",
              "gmail.com;singnet.com.sg;hotmail.com;yahoo.com.sg;outlook.com"),
}
_OWN_NAMES = {
    "en-ZA": ("Thabo Sipho Lerato Naledi Pieter Johan Anika Zanele Themba Candice Riaan Nomvula Kagiso Bongani Lindiwe Marius Chantelle Ayanda Keegan Refilwe Tshepo Megan",
              "Nkosi|Dlamini|van der Merwe|Botha|Naidoo|Pillay|Mokoena|Khumalo|Venter|Pretorius|Ndlovu|Coetzee|Mahlangu|Govender|Jacobs|Fourie|Mthembu|le Roux|Petersen|Moodley"),
    "en-SG": ("Wei Ling|Jun Jie|Hui Min|Siti|Muhammad Faris|Priya|Arjun|Rachel|Darren|Mei Xin|Kumar|Nur Aisyah|Bryan|Shu Fen|Ravi|Xin Yi|Marcus|Farhan|Jia Hui",
              "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Koh|Teo|Rahman|Ismail|Pillai|Nair|Chandran|Yeo|Low|Sim|Ho"),
}
_US_AREAS = ["614", "512", "303", "503", "919", "602", "608", "813", "916", "518", "212", "415", "617", "312", "206", "404"]
_FAKER_LOCALES = ("es_ES", "es_AR", "es_CL", "pt_BR", "fr_FR", "fr_CH", "it_CH", "de_DE", "de_AT", "it_IT", "nl_BE",
                  "sv_SE", "da_DK", "cs_CZ", "hr_HR", "sl_SI", "en_US", "en_GB", "en_IE", "en_NZ")
_FAKER_CACHE: dict = {}


def _fakers(rng) -> dict:
    out = {}
    for loc in _FAKER_LOCALES:
        f = _FAKER_CACHE.get(loc)
        if f is None:
            f = _FAKER_CACHE[loc] = Faker(loc)
        f.seed_instance(rng.randrange(1 << 30))
        out[loc] = f
    return out


def _geo(tag: str):
    loc, towns, streets, doms = _GEO[tag]
    return loc, [t.split("|") for t in towns.split(";")], streets.split(";"), doms.split(";")


_PN = phonenumbers.PhoneNumberFormat


def _phone_obj(rng, cc: str, mobile: bool = True):
    if cc == "US":
        for _ in range(200):
            exch = rng.randint(200, 999)
            if exch % 100 == 11 or exch == 555:
                continue
            num = phonenumbers.parse(f"+1{rng.choice(_US_AREAS)}{exch}{rng.randint(0, 9999):04d}")
            if phonenumbers.is_valid_number(num):
                return num
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(cc, t) or phonenumbers.example_number(cc)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 2 if len(nsn) >= 9 else 1
    for _ in range(400):
        try:
            num = phonenumbers.parse(f"+{ex.country_code}{nsn[:keep]}{_digits(rng, len(nsn) - keep)}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
            return num
    raise RuntimeError(cc)


def _phone(rng, cc: str, style: str | None = None, mobile: bool | None = None) -> str:
    num = _phone_obj(rng, cc, rng.random() < 0.75 if mobile is None else mobile)
    style = style or rng.choice(["nat", "nat", "intl", "intl", "e164", "00", "dash", "dot", "plain", "spaced"])
    nat = phonenumbers.format_number(num, _PN.NATIONAL)
    intl = phonenumbers.format_number(num, _PN.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, _PN.E164)
    if style == "nat":
        s = nat
    elif style == "intl":
        s = intl
    elif style == "e164":
        s = e164
    elif style == "00":
        s = "00" + intl[1:] if rng.random() < 0.5 else "00" + e164[1:]
    elif style == "dash":
        s = intl.replace(" ", "-") if rng.random() < 0.5 else re.sub(r"[ ()]+", "-", nat).strip("-")
    elif style == "dot":
        s = re.sub(r"[ ()\-]+", ".", nat).strip(".")
    elif style == "plain":
        s = re.sub(r"\D", "", nat)
    else:  # spaced: +CC then groups of digits
        d = phonenumbers.national_significant_number(num)
        s = f"+{num.country_code} " + " ".join(d[i:i + 3] for i in range(0, len(d), 3))
    try:
        back = phonenumbers.parse(s, cc)
        if phonenumbers.national_significant_number(back) != phonenumbers.national_significant_number(num) \
                or not phonenumbers.is_valid_number(back):
            s = intl
    except phonenumbers.NumberParseException:
        s = intl
    return s


class Person:
    """One person, with values that fit together (e-mail from the name, postcode from the town)."""

    def __init__(self, c: "Ctx", tag: str | None = None, dob_years=(1940, 2004)):
        rng = c.rng
        self.tag = tag = tag or c.tag
        self.cc = tag[-2:]
        loc, towns, streets, doms = _geo(tag)
        self.male = rng.random() < 0.5
        if loc:
            f = c.fk[loc]
            self.first = f.first_name_male() if self.male else f.first_name_female()
            self.last = f.last_name_male() if self.male else f.last_name_female()
        else:
            fn, ln = _OWN_NAMES[tag]
            self.first = rng.choice(fn.split("|") if "|" in fn else fn.split())
            self.last = rng.choice(ln.split("|"))
        self.first, self.last = " ".join(self.first.split()), " ".join(self.last.split())
        self.name = f"{self.first} {self.last}"
        fa, la = _ascii(self.first.split()[0]), _ascii(self.last)
        y = rng.randint(70, 99)
        self.email = rng.choice([f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}_{la}", f"{fa}{la}{y}", f"{la}.{fa}", f"{fa}.{la}{rng.randint(1, 99)}",
                                 f"{fa}{rng.randint(80, 2005)}"]) + "@" + rng.choice(doms)
        t = rng.choice(towns)
        self.town = t[0]
        self.region = t[2] if len(t) > 2 else ""
        self.pc = _pattern(rng, t[1])
        st, no = rng.choice(streets), rng.randint(1, 180)
        cc = self.cc
        if cc in ("FR",):
            self.street = f"{no}{rng.choice(['', '', ' bis'])} {st}"
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "US":
            self.street = f"{rng.randint(100, 9899)} {st}" + rng.choice(["", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f", Unit {rng.randint(1, 400)}"])
            self.pcline = f"{self.town}, {self.region} {self.pc}"
        elif cc in ("GB", "IE"):
            self.street = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"Apt {rng.randint(1, 40)}, "]) + f"{no} {st}"
            self.pcline = f"{self.town} {self.pc}" if cc == "GB" else f"{self.town}, {self.pc}"
        elif cc == "ZA":
            self.street = f"{no} {st}"
            self.pcline = f"{self.region}, {self.town}, {self.pc}"
        elif cc == "NZ":
            self.street = f"{no} {st}"
            self.pcline = f"{self.region}, {self.town} {self.pc}"
        elif cc == "SG":
            self.street = f"Blk {rng.randint(100, 899)} {st} #{rng.randint(2, 20):02d}-{rng.randint(10, 999)}"
            self.pcline = f"{self.town} {self.pc}"
        elif cc == "BR":
            self.street = f"{st}, {no}" + rng.choice(["", f", apto {rng.randint(11, 154)}", f", casa {rng.randint(1, 4)}"])
            self.pcline = f"{self.town} - {self.region}, {self.pc}"
        elif cc == "ES":
            self.street = f"{st}, {no}" + rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice(['A', 'B', 'izda.', 'dcha.'])}"])
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "AR":
            self.street = f"{st} {rng.randint(100, 4800)}" + rng.choice(["", f", piso {rng.randint(1, 12)} dto. {rng.choice('ABCD')}"])
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "CL":
            self.street = f"{st} {rng.randint(100, 4800)}" + rng.choice(["", f", depto. {rng.randint(101, 1504)}"])
            self.pcline = f"{self.town}, {self.region}"
        elif cc == "IT":
            self.street = f"{st} {no}" + rng.choice(["", "", "/A", "/B"])
            self.pcline = f"{self.pc} {self.town} ({self.region})"
        elif cc == "DK":
            self.street = f"{st} {no}" + rng.choice(["", f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}"])
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "CZ":
            self.street = f"{st} {rng.randint(100, 2999)}/{rng.randint(1, 90)}"
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "AT":
            self.street = f"{st} {no}" + rng.choice(["", f"/{rng.randint(1, 30)}", f"/{rng.randint(1, 5)}/{rng.randint(1, 20)}"])
            self.pcline = f"{self.pc} {self.town}"
        elif cc == "BE":
            self.street = f"{st} {no}" + rng.choice(["", "", f" bus {rng.randint(1, 12)}"])
            self.pcline = f"{self.pc} {self.town}"
        else:
            self.street = f"{st} {no}"
            self.pcline = f"{self.pc} {self.town}"
        if cc == "US":
            self.town_full = f"{self.town}, {self.region}"
        else:
            self.town_full = self.town
        self.addr1 = f"{self.street}, {self.pcline}"
        self.addr2 = f"{self.street}\n{self.pcline}"
        self.dob_d = _date(rng, *dob_years)
        self.dob = _fmt_date(rng, self.dob_d, tag)
        self.phone = _phone(rng, cc)
        self.age = 2026 - self.dob_d.year


class Ctx:
    def __init__(self, rng, fk, tag: str):
        self.rng, self.fk, self.tag, self.cc = rng, fk, tag, tag[-2:]

    def p(self, tag: str | None = None, **kw) -> Person:
        return Person(self, tag, **kw)

    def other_town(self, p: Person) -> str:
        towns = [t.split("|")[0] for t in _GEO[p.tag][1].split(";")]
        return self.rng.choice([t for t in towns if t != p.town] or towns)

    def ch(self, seq):
        return self.rng.choice(seq)

    def date(self, y0: int = 2024, y1: int = 2026, long_ok: bool = True) -> str:
        return _fmt_date(self.rng, _date(self.rng, y0, y1), self.tag, long_ok)

    def phone(self, cc: str | None = None, **kw) -> str:
        return _phone(self.rng, cc or self.cc, **kw)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 20):02d}:{self.rng.choice(['00', '15', '30', '45', '05', '40'])}"

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)


# -- free-text templates ----------------------------------------------------------------------
# ---- veterinary practice
def vet_reminder_email_en_GB(c):
    o, v = c.p(), c.p()
    pet = c.ch(["Biscuit", "Maisie", "Alfie", "Poppy", "Winston", "Tilly", "Dexter"])
    return R("From: [[vname:P]] <[[vmail:E]]>\nTo: [[omail:E]]\nSubject: [[pet]] is due for booster vaccinations (ref VX-[[ref]])\n\n"
             "Dear [[t]] [[olast:P]],\n\nOur records show that [[pet]] ([[breed]], born [[petdob]]) is due for the annual booster on or after [[due]]. "
             "You can book online or reply to this e-mail. Please note our new card policy: we keep only the last four digits ([[last4]]) on file.\n\n"
             "Kind regards,\n[[vname2:P]] MRCVS\nVeterinary Surgeon, Harrowgate Vets (Kirkstall branch)\n[[vaddr:ADDR]]\nTel. [[vph:PH]]\n",
             vname=v.name, vmail=f"{_ascii(v.first)}.{_ascii(v.last)}@harrowgatevets.co.uk", omail=o.email, pet=pet,
             ref=_digits(c.rng, 6), t=c.ch(["Mr", "Mrs", "Ms", "Dr"]), olast=o.last,
             breed=c.ch(["Cockapoo", "Border Terrier", "British Shorthair", "Labrador"]), petdob=c.date(2015, 2023),
             due=c.date(2025, 2026), last4=_digits(c.rng, 4), vname2=v.name, vaddr=v.addr2, vph=c.phone(mobile=False))


def vet_intake_form_nl_BE(c):
    o = c.p()
    return R("AANMELDINGSFORMULIER NIEUWE PATIËNT – Dierenkliniek De Leie\n------------------------------\n"
             "Naam eigenaar: [[name:P]]\nAdres: [[addr:ADDR]]\nGSM: [[ph:PH]]\nE-mail: [[mail:E]]\nGeboortedatum eigenaar: [[dob:DOB]]\n"
             "Naam dier: [[pet]]\nSoort/ras: [[breed]]\nGeboortedatum dier: [[petdob]]\nChipnummer: 981[[chip]]\n"
             "Domiciliëring (IBAN): [[iban:IBAN]]\nDatum: [[today]]   Handtekening: ____________\n",
             name=o.name, addr=o.addr1, ph=o.phone, mail=o.email, dob=o.dob, pet=c.ch(["Rakker", "Mimi", "Bobby", "Nala", "Pluis"]),
             breed=c.ch(["kat / Europese korthaar", "hond / Mechelse herder", "konijn / Hollander"]),
             petdob=c.date(2014, 2024), chip=_digits(c.rng, 12), iban=_iban(c.rng, "BE"), today=c.date(2025, 2026))


def vet_sms_en_NZ(c):
    o = c.p()
    return R("Kia ora [[first:P]], Rata Street Vets here. [[pet]] is ready for pick-up after [[hm]] today. Balance owing [[amt]] "
             "(invoice INV-[[inv]]). Pay by card at the counter or online. Questions? Call [[ph:PH]]. Reply STOP to opt out",
             first=o.first, pet=c.ch(["Max", "Bella", "Tui", "Kiwi", "Milo"]), hm=c.hm(), amt=_amount(c.rng, 60, 900, "$", "."),
             inv=_digits(c.rng, 5), ph=c.phone(mobile=False, style=c.ch(["nat", "intl"])))


def vet_chat_export_sv_SE(c):
    o, s = c.p(), c.p()
    d = c.date(2025, 2026, False)
    return R("[[d]] [[h1]] - [[sname:P]] (Djurkliniken Gräddö): Hej! Vi har fått provsvaren för [[pet]]. Allt ser bra ut 👍\n"
             "[[d]] [[h2]] - [[ofirst:P]]: Vad skönt! Kan ni skicka kvittot till [[mail:E]]? Min nya adress är [[addr:ADDR]]\n"
             "[[d]] [[h3]] - [[sname:P]]: Absolut. Journalnummer J-[[j]]. Vill du även uppdatera telefonnumret, [[ph0]]?\n"
             "[[d]] [[h4]] - [[ofirst:P]]: Ja, det nya är [[ph:PH]]\n",
             d=d, h1="09:12", h2="09:20", h3="09:23", h4="09:31", sname=s.first, pet=c.ch(["Sixten", "Molly", "Ludde", "Tassa"]),
             ofirst=o.first, mail=o.email, addr=o.addr1, j=_digits(c.rng, 7), ph0=c.ch(["0701-XXX XX", "samma som förut"]), ph=o.phone)


def vet_invoice_ocr_de_AT(c):
    o = c.p()
    return R("Tierarztpraxis Am Stadtpark  ·  Gesellschaft m.b.H.  ·  UID ATU[[uid]]\n\n"
             "[[name:P]]\n[[addr:ADDR]]\n\n                                   RECHNUNG Nr. 2025/[[rn]]\n"
             "Patient: [[pet]] (geb. [[petdob]], Chip 040[[chip]])\nBehandlung vom [[d]]\n"
             "Pos 1  Impfung Tollwut     1  [[a1]]\nPos 2  Entwurmung          1  [[a2]]\n"
             "Zahlbar binnen 14 Tagen. Bankeinzug von Konto [[iban:IBAN]] lt. SEPA-Mandat M-[[m]].\n"
             "Karte: [[masked]]  Auth-Code [[auth]]\n",
             uid=_digits(c.rng, 8), name=o.name, addr=o.addr2, rn=_digits(c.rng, 5), pet=c.ch(["Bello", "Minka", "Rocky", "Susi"]),
             petdob=c.date(2012, 2023, False), chip=_digits(c.rng, 12), d=c.date(2025, 2026, False), a1=_amount(c.rng, 30, 60),
             a2=_amount(c.rng, 10, 30), iban=_iban(c.rng, "AT"), m=_digits(c.rng, 6), masked=_masked(c.rng), auth=_alnum(c.rng, 6, "0123456789ABCDEF"))


def vet_crm_note_en_US(c):
    o, s = c.p(), c.p()
    return R("CRM > Client #[[cid]] > Notes\n[[ts]] by [[agent]]\nOwner [[name:P]] called re: Rufus's hip X-rays. Wants results e-mailed to [[mail:E]] "
             "rather than the clinic portal. Verified identity w/ DOB [[dob:DOB]] and ZIP. Card on file [[masked]] declined, "
             "new card given over phone: [[cc:CC]] exp [[exp]]. Dr. [[dlast:P]] to call back at [[ph:PH]] after 3pm.\n",
             cid=_digits(c.rng, 6), ts=_ts(c.rng, 1), agent=f"frontdesk{c.n(1, 9)}", name=o.name, mail=o.email, dob=o.dob,
             masked=_masked(c.rng), cc=_card(c.rng), exp=f"{c.n(1, 12):02d}/{c.n(26, 31)}", dlast=s.last, ph=o.phone)


# ---- school / kindergarten office
def school_enrolment_form_de_DE(c):
    k, m = c.p(dob_years=(2019, 2022)), c.p()
    k.last = m.last
    return R("Anmeldung Kindertagesstätte Sonnenblume – Formulardaten (exportiert [[ts]])\n"
             "kind_vorname: [[kf:P]]\nkind_nachname: [[kl:P]]\nkind_geburtsdatum: [[kdob:DOB]]\nkind_geburtsort: [[kbirth:LOC]]\n"
             "betreuungsbeginn: [[start]]\nerziehungsberechtigte: [[mname:P]]\nanschrift: [[addr:ADDR]]\ntelefon: [[ph:PH]]\n"
             "email: [[mail:E]]\nsepa_iban: [[iban:IBAN]]\nallergien: [[allerg]]\nfotoerlaubnis: ja\n",
             ts=_ts(c.rng, 1), kf=k.first, kl=k.last, kdob=k.dob, kbirth=c.ch(["Hamburg", "Hannover", "Kiel", "Lübeck", "Schwerin", "Bremen"]),
             start=c.date(2025, 2026, False), mname=m.name, addr=m.addr1, ph=m.phone, mail=m.email, iban=_iban(c.rng, "DE"),
             allerg=c.ch(["keine", "Erdnüsse", "Laktoseintoleranz", "-"]))


def school_parent_email_en_IE(c):
    pa, t, k = c.p(), c.p(), c.p()
    return R("Hi [[tfirst:P]],\n\nThanks for letting me know. [[kfirst:P]] will be collected by my sister on Thursday, her mobile is [[ph2:PH]]. "
             "We moved last month, so please update our address to [[addr:ADDR]].\n\nBest,\n[[pname:P]]\n\n"
             "On [[d]], [[tname:P]] <[[tmail:E]]> wrote:\n> Dear parents of 3rd class,\n> The school tour to Fota Wildlife Park is on [[d2]]. "
             "Cost €[[cost]].\n> Please confirm who is collecting your child.\n> [[tname2:P]]\n> St. Brigid's National School, Roll No. [[roll]]\n",
             tfirst=t.first, kfirst=k.first, ph2=c.phone(), addr=pa.addr1, pname=pa.name, d=c.date(2025, 2026),
             tname=t.name, tmail=f"{_ascii(t.first)[0]}{_ascii(t.last)}@stbrigidsns.ie", d2=c.date(2025, 2026), cost=c.n(15, 40),
             tname2=t.name, roll=f"{c.n(10000, 20999)}{c.ch('ABCDEFGH')}")


def school_absence_sms_it_IT(c):
    g, k = c.p(), c.p()
    return R("Buongiorno, sono [[gname:P]], [[rel]] di [[kfirst:P]] (classe 2B). Oggi [[kfirst:P]] resta a casa con la febbre. "
             "Per il certificato medico vi mando tutto entro [[d]]. Se serve sono al [[ph:PH]]. Grazie, [[gfirst:P]]",
             gname=g.name, rel="papà" if g.male else "mamma", kfirst=k.first, d=c.date(2025, 2026, False), ph=g.phone, gfirst=g.first)


def school_csv_paste_en_GB(c):
    rows = []
    kw = {}
    for i in range(3):
        k = c.p(dob_years=(2012, 2019))
        kw.update({f"f{i}": k.first, f"l{i}": k.last, f"d{i}": _fmt_date(c.rng, k.dob_d, "en-GB", False),
                   f"u{i}": f"{_pattern(c.rng, '@')}{_digits(c.rng, 12)}", f"p{i}": c.phone(), f"y{i}": c.ch(["Y3", "Y4", "Y5", "Y6"]),
                   f"m{i}": c.ch(["TRUE", "FALSE"])})
        rows.append(f"[[u{i}]],[[f{i}:P]],[[l{i}:P]],[[d{i}:DOB]],[[y{i}]],[[p{i}:PH]],[[m{i}]]")
    return R("Ticket #" + _digits(c.rng, 5) + " – MIS import failing for these pupils, can someone check the phone column?\n\n"
             "UPN,Forename,Surname,DOB,Year,ContactPhone,FSM\n" + "\n".join(rows) + "\n\nError: row 2 column 6 'invalid format' (MIS v[[ver]])\n",
             ver=_version(c.rng), **kw)


def school_inscription_fr_CH(c):
    k, pa = c.p(dob_years=(2018, 2021)), c.p()
    return R("Objet : Inscription école enfantine – rentrée [[yr]]\n\nMadame, Monsieur,\n\nJe souhaite inscrire [[fils]] [[kname:P]], "
             "[[ne]] le [[kdob:DOB]] à [[kbirth:LOC]], à l'école enfantine des Pâquis. Nous habitons depuis peu au [[addr:ADDR]]. "
             "Il a fréquenté la crèche Les Petits Loups jusqu'au [[d]].\n\nVous pouvez me joindre au [[ph:PH]] ou par courriel ([[mail:E]]).\n\n"
             "Avec mes meilleures salutations,\n[[pname:P]]\nN° AVS de l'enfant : voir annexe\n",
             yr=c.n(2025, 2026), fils="mon fils" if k.male else "ma fille", ne="né" if k.male else "née", kname=k.first + " " + pa.last, kdob=k.dob, kbirth=c.ch(["Lausanne", "Annecy", "Lyon", "Porto", "Sion"]),
             addr=pa.addr1, d=c.date(2024, 2025), ph=pa.phone, mail=pa.email, pname=pa.name)


def school_portal_log_en_SG(c):
    p = c.p()
    u = _ascii(p.first.split()[0]) + _digits(c.rng, 3)
    return R("[[t1]] INFO  auth.login user=[[u]] src=[[ip:IP]] ua=\"ParentsGateway/[[ver]] (Android 14)\" result=OK\n"
             "[[t2]] INFO  profile.update user=[[u]] field=contact_mobile old=*****[[l4]] new=[[ph:PH]]\n"
             "[[t3]] WARN  auth.reset user=[[u]] email=[[mail:E]] token_id=[[tok]] via=[[pip]]\n"
             "[[t4]] INFO  consent.submit student_id=S[[sid]] form=EXC-[[fid]] signer=\"[[name:P]]\"\n",
             t1=_ts(c.rng, 0), t2=_ts(c.rng, 0), t3=_ts(c.rng, 0), t4=_ts(c.rng, 0), u=u, ip=_ip(c.rng), ver=_version(c.rng, True),
             l4=_digits(c.rng, 3), ph=p.phone, mail=p.email, tok=_uuid(c.rng), pip=_private_ip(c.rng), sid=_digits(c.rng, 7),
             fid=_digits(c.rng, 4), name=p.name)


# ---- moving company
def moving_quote_request_es_ES(c):
    p = c.p()
    return R("Asunto: Solicitud de presupuesto de mudanza #[[q]]\n\nNombre: [[name:P]]\nCorreo: [[mail:E]]\nTeléfono: [[ph:PH]]\n"
             "Dirección de origen: [[addr:ADDR]]\nDestino (ciudad): [[dest:LOC]]\nFecha deseada: [[d]]\nVolumen aprox.: [[m3]] m³\n"
             "Ascensor: [[asc]]\nComentarios: tenemos un piano y dos armarios de IKEA PAX. Preferimos que llaméis por la tarde.\n",
             q=_digits(c.rng, 6), name=p.name, mail=p.email, ph=p.phone, addr=p.addr1, dest=c.other_town(p), d=c.date(2025, 2026),
             m3=c.n(12, 60), asc=c.ch(["sí", "no", "solo en destino"]))


def moving_call_note_en_ZA(c):
    p = c.p()
    dest = c.p()
    return R("CALL NOTE – agent: lindiwe.m – [[ts]]\nCaller: [[name:P]] ([[ph:PH]])\nRelocating from [[from:LOC]] to [[to:LOC]] end of [[mon]]. "
             "Pick-up: [[addr:ADDR]]. 3-bed house, approx 45 m³, Ford Ranger to be transported too (VIN noted on job).\n"
             "Quote Q-[[q]] sent to [[mail:E]]. Deposit R[[dep]] via EFT, ref MOVE[[ref]]. Cust asked about insurance, sent T&Cs.\n",
             ts=_ts(c.rng, 1), name=p.name, ph=p.phone, **{"from": p.town}, to=c.other_town(p), mon=c.ch(["March", "June", "October"]),
             addr=p.addr1, q=_digits(c.rng, 5), mail=p.email, dep=f"{c.n(2, 9)} {c.n(100, 999)}", ref=_digits(c.rng, 6))


def moving_crew_chat_pt_BR(c):
    a, b, cl = c.p(), c.p(), c.p()
    return R("[[d]] 07:42 - [[a:P]]: bom dia equipe, primeira mudança hoje é na [[addr:ADDR]]\n"
             "[[d]] 07:43 - [[a:P]]: cliente é a [[cl:P]], tel [[ph:PH]]. tem cachorro, cuidado com o portão\n"
             "[[d]] 07:50 - [[b:P]]: blz. caminhão placa [[placa]] já tá abastecido\n"
             "[[d]] 08:15 - [[b:P]]: chegamos. ela pediu pra mandar a nota fiscal pro [[mail:E]]\n"
             "[[d]] 11:02 - [[a:P]]: pix do saldo R$ [[val]] caiu, comprovante E[[e2e]]\n",
             d=c.date(2025, 2026, False).replace("-", "/"), a=a.first, addr=cl.addr1, cl=cl.name, ph=cl.phone, b=b.first,
             placa=f"{_pattern(c.rng, '@@@')}{c.n(0, 9)}{_pattern(c.rng, '@')}{_digits(c.rng, 2)}", mail=cl.email,
             val=f"{c.n(800, 4800)},{c.n(0, 99):02d}", e2e=_digits(c.rng, 8) + _alnum(c.rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))


def moving_booking_json_en_US(c):
    p = c.p()
    dest = c.p()
    return R('{"booking_id": "MV-[[bid]]", "created": "[[ts]]", "customer": {"first_name": "[[f:P]]", "last_name": "[[l:P]]", '
             '"email": "[[mail:E]]", "phone": "[[ph:PH]]"}, "origin": {"line1": "[[s1:ADDR]]"}, '
             '"destination": {"city": "[[dcity:LOC]]", "state": "[[dstate]]"}, "move_date": "[[md]]", "crew_size": [[crew]], '
             '"payment": {"method": "card", "last4": "[[l4]]", "brand": "visa", "auth": "[[auth]]"}, "source_ip": "[[ip:IP]]", '
             '"app_version": "[[ver]]"}',
             bid=_digits(c.rng, 7), ts=_ts(c.rng, 0), f=p.first, l=p.last, mail=p.email, ph=p.phone, s1=p.addr1, dcity=dest.town,
             dstate=dest.region, md=_date(c.rng, 2025, 2026).isoformat(), crew=c.n(2, 5), l4=_digits(c.rng, 4),
             auth=_alnum(c.rng, 6, "0123456789ABCDEF"), ip=_ip(c.rng), ver=_version(c.rng, True))


def moving_survey_letter_da_DK(c):
    p = c.p()
    return R("Kære [[name:P]]\n\nTak for din henvendelse til Flyttefirmaet Nordlys ApS. Vi bekræfter besigtigelse af din bolig på\n[[addr:ADDR]]\n"
             "den [[d]] kl. [[hm]]. Flytningen går til [[dest:LOC]], hvor du skal bo fremover.\n\nTilbud nr. [[tn]] (gyldigt i 30 dage): "
             "[[amt]] inkl. moms. Betaling til konto [[iban:IBAN]] eller MobilePay.\n\nMed venlig hilsen\n[[sname:P]]\nFlyttekonsulent, tlf. [[sph:PH]]\n",
             name=p.name, addr=p.addr2, d=c.date(2025, 2026, False), hm=c.hm(), dest=c.ch(["Aalborg", "Odense", "Malmö", "Hamborg", "Esbjerg"]),
             tn=_digits(c.rng, 5), amt=_amount(c.rng, 4000, 30000, "kr"), iban=_iban(c.rng, "DK"), sname=c.p().name, sph=c.phone())


def moving_ticket_en_NZ(c):
    p, s = c.p(), c.p()
    return R("Ticket #[[tn]] | Status: Pending | Priority: Normal\nSubject: damaged sideboard – claim\n\nCustomer message:\n"
             "Hi, the movers dropped my rimu sideboard yesterday. Job ref [[job]]. I've attached photos. I'm at [[addr:ADDR]] "
             "and best reached on [[ph:PH]]. Cheers, [[first:P]]\n\n--- Internal note ([[agent:P]]) ---\nChecked job sheet, crew lead signed at [[hm]]. "
             "Raised claim CLM-[[clm]] with insurer. Customer says bank acct for payout is [[nzacct]] – DO NOT pay until form received.\n",
             tn=_digits(c.rng, 6), job=f"AKL-{_digits(c.rng, 5)}", addr=p.addr1, ph=p.phone, first=p.first, agent=s.first, hm=c.hm(),
             clm=_digits(c.rng, 6), nzacct=f"{c.n(1, 38):02d}-{_digits(c.rng, 4)}-{_digits(c.rng, 7)}-{_digits(c.rng, 2)}")


# ---- travel agency
def travel_booking_email_fr_FR(c):
    p, s = c.p(), c.p()
    return R("Bonjour [[t]] [[last:P]],\n\nVotre réservation [[pnr]] est confirmée : vol Paris CDG → [[dest:LOC]] le [[d]] à [[hm]], "
             "hôtel Riad Dar Zitoune (4 nuits). Passager : [[name:P]], né(e) le [[dob:DOB]].\nLe paiement de [[amt]] a été débité sur la carte "
             "[[masked]].\n\nPour toute modification, contactez votre conseillère :\n[[sname:P]] – Agence Voyages Lumière, [[baddr:ADDR]]\n"
             "Tél. [[sph:PH]] – [[smail:E]]\n",
             t="Monsieur" if p.male else "Madame", last=p.last, pnr=_pnr(c.rng), dest=c.ch(["Marrakech", "Lisbonne", "Montréal", "Dakar", "Athènes"]),
             d=c.date(2025, 2026), hm=c.hm(), name=p.name.upper() if c.rng.random() < 0.4 else p.name, dob=p.dob, amt=_amount(c.rng, 400, 3800),
             masked=_masked(c.rng), sname=s.name, sph=c.phone(mobile=False), smail=f"{_ascii(s.first)}.{_ascii(s.last)}@voyages-lumiere.fr",
             baddr=f"{c.n(1, 40)} place Bellecour, 6900{c.n(1, 2)} Lyon")


def travel_passenger_csv_es_AR(c):
    rows, kw = [], {}
    for i in range(3):
        p = c.p()
        kw.update({f"a{i}": p.last.upper(), f"n{i}": p.first.upper(), f"d{i}": p.dob, f"pp{i}": f"AA{_digits(c.rng, 7)}",
                   f"m{i}": p.email, f"s{i}": c.ch(["12A", "14C", "22F", "7B"])})
        rows.append(f"[[a{i}:P]];[[n{i}:P]];[[d{i}:DOB]];[[pp{i}]];[[m{i}:E]];[[s{i}]]")
    return R("Hola equipo, les paso la lista del grupo para el vuelo AR1[[fl]] a [[dest]] del [[d]]. Reserva grupal [[pnr]].\n\n"
             "APELLIDO;NOMBRE;FECHA_NAC;PASAPORTE;EMAIL;ASIENTO\n" + "\n".join(rows) + "\n\nSaludos, [[sig:P]] – Turismo Patagonia SRL\n",
             fl=_digits(c.rng, 3), dest=c.ch(["Bariloche", "Ushuaia", "Iguazú", "El Calafate"]), d=c.date(2025, 2026, False), pnr=_pnr(c.rng),
             sig=c.p().first, **kw)


def travel_transcript_en_US(c):
    p, a = c.p(), c.p()
    cc = _card(c.rng).replace("-", " ")
    return R("[call transcript – auto-generated – conf 0.87]\nagent: thanks for calling sunway travel this is [[a:P]] how can i help\n"
             "caller: hi yeah i booked a cruise for me and my husband, last name is [[last:P]]\nagent: can i get the confirmation number\n"
             "caller: it's s w [[conf]]\nagent: and the date of birth on the booking\ncaller: [[dob:DOB]]\n"
             "agent: thank you. and you want to change the card we charge for the balance\ncaller: yes the new one is [[cc:CC]] expiration [[exp]]\n"
             "agent: got it. we'll email the receipt to the address on file. sailing date stays [[sail]] from miami\ncaller: great thanks\n",
             a=a.first.lower(), last=p.last.lower(), conf=" ".join(_digits(c.rng, 6)), dob=_fmt_date(c.rng, p.dob_d, "en-US").lower(),
             cc=cc, exp=f"{c.n(1, 12):02d} {c.n(26, 31)}", sail=c.date(2025, 2026).lower())


def travel_visa_form_en_SG(c):
    p = c.p()
    return R("VISA APPLICATION CHECKLIST – Sakura Holidays Pte Ltd (UEN 2015[[uen]]K)\nApplicant full name (as in passport): [[name:P]]\n"
             "Date of birth: [[dob:DOB]]\nPlace of birth: [[pob:LOC]]\nNRIC/FIN: S****[[nric]]\nResidential address: [[addr:ADDR]]\n"
             "Contact: [[ph:PH]] / [[mail:E]]\nDestination: Japan   Entry: [[d1]]   Exit: [[d2]]\nTour code: JP-HOK-[[tc]]   Deposit: S$[[dep]]\n",
             uen=_digits(c.rng, 5), name=p.last.upper() + " " + p.first.upper() if c.rng.random() < 0.5 else p.name, dob=p.dob,
             pob=c.ch(["Singapore", "Kuala Lumpur", "Penang", "Chennai", "Jakarta", "Ipoh"]), nric=_digits(c.rng, 3) + c.ch("ABCDJZ"),
             addr=p.addr1, ph=p.phone, mail=p.email, d1=c.date(2025, 2026, False), d2=c.date(2025, 2026, False), tc=_digits(c.rng, 3), dep=c.n(200, 900))


def travel_notification_it_CH(c):
    p = c.p()
    if c.rng.random() < 0.4:
        return R("Oggetto: Conferma prenotazione [[pnr]] – volo LX[[fl]] del [[d]]\nOggetto: Pagamento ricevuto – CHF [[amt]] (carta [[masked]])\n"
                 "Oggetto: Cambio orario: partenza ora alle [[hm]] – gate B[[g]]\nOggetto: Newsletter – Offerte autunno da Viaggi Ticino SA\n",
                 pnr=_pnr(c.rng), fl=_digits(c.rng, 4), d=c.date(2025, 2026, False), amt=f"{c.n(300, 3000)}.{c.n(0, 95):02d}",
                 masked=_masked(c.rng), hm=c.hm(), g=c.n(1, 40))
    return R("Oggetto: [Promemoria] [[name:P]] – check-in online aperto per LUG→[[dest:LOC]] ([[pnr]])\n"
             "Oggetto: Pagamento ricevuto – prenotazione [[pnr]] – CHF [[amt]]\n"
             "Oggetto: Modifica contatto cliente: [[mail:E]], [[ph:PH]]\n"
             "Oggetto: Newsletter – Offerte autunno da Viaggi Ticino SA\n",
             name=p.name, dest=c.ch(["Olbia", "Palermo", "Atene", "Lisbona"]), pnr=_pnr(c.rng), amt=f"{c.n(300, 3000)}.{c.n(0, 95):02d}",
             mail=p.email, ph=p.phone)


def travel_ticket_cs_CZ(c):
    p, s = c.p(), c.p()
    return R("Požadavek #[[tn]] – storno zájezdu\nOd: [[name:P]] <[[mail:E]]>\n\nDobrý den,\nz rodinných důvodů musíme zrušit zájezd na Krétu "
             "(smlouva č. [[sm]], odlet [[d]]). Zálohu [[amt]] prosím vraťte na účet [[iban:IBAN]]. Bydlím na adrese [[addr:ADDR]], "
             "telefon [[ph:PH]].\nDěkuji, [[first:P]]\n\n-- interní poznámka ([[agent:P]]): storno poplatek 25 %, pojištění CK-[[pol]] nekryje.\n",
             tn=_digits(c.rng, 6), name=p.name, mail=p.email, sm=f"{c.n(2025, 2026)}/{_digits(c.rng, 4)}", d=c.date(2025, 2026, False),
             amt=_amount(c.rng, 5000, 40000, "Kč"), iban=_iban(c.rng, c.ch(["DE", "AT"])), addr=p.addr1, ph=p.phone, first=p.first,
             agent=s.first + " " + s.last[0] + ".", pol=_digits(c.rng, 8))


# ---- crypto exchange support
def crypto_kyc_ticket_en_GB(c):
    p, a = c.p(), c.p()
    return R("Ticket KYC-[[tn]]  |  Tier 2 verification  |  opened [[ts]]\n\nCustomer: [[name:P]] (uid [[uid]])\nDOB: [[dob:DOB]]\n"
             "Address on ID: [[addr:ADDR]]\nSelfie match score 0.93, doc type: UK driving licence\n\n"
             "INTERNAL NOTE ([[agent:P]]): address on proof-of-address (council tax bill) differs – customer says they moved from "
             "[[old:LOC]]. Login IPs: [[ip1:IP]] (GB), [[ip2:IP]] (NL, VPN?). Device IMEI [[imei]]. Wallet 0x[[wallet]] not on any list. "
             "Approve once bank statement for [[iban:IBAN]] uploaded.\n",
             tn=_digits(c.rng, 6), ts=_ts(c.rng, 1), name=p.name, uid=_digits(c.rng, 9), dob=p.dob, addr=p.addr1, agent=a.first,
             old=c.p().town, ip1=_ip_public_v4(c.rng), ip2=_ip(c.rng), imei=_imei(c.rng), wallet=_hex(c.rng, 40), iban=_iban(c.rng, "GB"))


def crypto_api_config_en_US(c):
    p = c.p()
    return R("# bot config pasted by customer in ticket (asked them to rotate keys!)\n[exchange]\nname = \"spotbot\"\nbase_url = \"https://api.exchange.example/v3\"\n"
             "api_key = \"[[k:KEY]]\"\napi_secret = \"[[s:KEY]]\"\nkey_id = \"kid_[[kid]]\"\n# password policy: min 12 chars, 1 symbol\n"
             "account_password = \"[[pw:PW]]\"\nnotify_email = \"[[mail:E]]\"\nwebhook = \"https://hooks.example.com/services/T[[t]]\"\n"
             "whitelist_ip = [\"[[ip:IP]]\", \"[[pip]]\"]\nversion = \"[[ver]]\"\n",
             k=_api_key(c.rng, "exch"), s=_api_key(c.rng, "exch"), kid=_digits(c.rng, 6), pw=_password(c.rng), mail=p.email,
             t=_alnum(c.rng, 9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ip=_ip_public_v4(c.rng), pip=_private_ip(c.rng), ver=_version(c.rng))


def crypto_access_log_en_US(c):
    lines, kw = [], {}
    for i in range(5):
        pub = c.rng.random() < 0.65
        kw[f"ip{i}"] = _ip(c.rng) if pub else _private_ip(c.rng)
        kw[f"t{i}"] = _ts(c.rng, 3)
        kw[f"u{i}"] = _uuid(c.rng)
        path = c.ch(["/api/v3/order", "/api/v3/account", "/login", "/api/v3/withdraw", "/static/app.js"])
        kw[f"p{i}"] = path
        kw[f"s{i}"] = c.ch(["200", "200", "401", "429", "302"])
        lines.append(f"[[ip{i}" + (":IP]]" if pub else "]]") + " - - [[[t" + str(i) + "]]] \"GET [[p" + str(i) + "]]?req=[[u" + str(i) + "]] HTTP/1.1\" [[s" + str(i) + "]] "
                     + str(c.n(120, 9000)) + " \"-\" \"okhttp/4.12.0\"")
    return R("\n".join(lines) + "\n", **kw)


def crypto_chat_es_CL(c):
    p, a = c.p(), c.p()
    return R("Chat #[[cid]] – Soporte\n[[hm1]] Cliente ([[first:P]]): hola, no me llega el código para retirar mis USDT\n"
             "[[hm2]] Agente [[a:P]]: Hola [[first:P]], para ayudarte necesito tu RUT y correo registrado\n"
             "[[hm3]] Cliente ([[first:P]]): rut [[rut]], correo [[mail:E]]. mi celu es [[ph:PH]]\n"
             "[[hm4]] Cliente ([[first:P]]): mi clave es [[pw:PW]] por si sirve\n"
             "[[hm5]] Agente [[a:P]]: Por seguridad nunca compartas tu contraseña. Te reenvié el código (ID de retiro WD-[[wd]]).\n",
             cid=_digits(c.rng, 7), hm1="21:04", hm2="21:05", hm3="21:07", hm4="21:08", hm5="21:10", first=p.first, a=a.first,
             rut=f"{c.n(8, 24)}.{c.n(100, 999)}.{c.n(100, 999)}-{c.ch('0123456789K')}", mail=p.email, ph=p.phone, pw=_password(c.rng), wd=_digits(c.rng, 8))


def crypto_withdrawal_email_de_DE(c):
    p = c.p()
    return R("Betreff: Auszahlung auf Bankkonto fehlgeschlagen (Vorgang [[vg]])\n\nHallo [[first:P]],\n\nleider konnte deine Auszahlung von "
             "[[amt]] an das Konto [[iban:IBAN]] nicht ausgeführt werden, da der Kontoinhaber ([[holder:P]]) nicht mit deinem verifizierten Namen übereinstimmt.\n"
             "Anmeldung von IP [[ip:IP]] am [[d]] um [[hm]] Uhr.\nFalls du das nicht warst, ändere bitte sofort dein Passwort.\n\n"
             "Dein Support-Team\nCoinhafen GmbH · [[baddr:ADDR]] · HRB [[hrb]]\n",
             vg=_uuid(c.rng), first=p.first, amt=_amount(c.rng, 100, 9000), iban=_iban(c.rng, "DE"), holder=c.p().name, ip=_ip(c.rng),
             d=c.date(2025, 2026, False), hm=c.hm(), hrb=_digits(c.rng, 6),
             baddr=f"Am Sandtorkai {c.n(2, 60)} · 20457 Hamburg")


def crypto_sms_2fa_en_SG(c):
    p = c.p()
    return R("SGX-Coin: Your verification code is [[otp]]. Do not share it. If you did not request a withdrawal to [[wal]], call [[hot:PH]] now.\n"
             "--\nForwarded by [[name:P]] ([[ph:PH]]) to support@ with note: \"not me!! pls freeze account [[uid]]\"\n",
             otp=_digits(c.rng, 6), wal="bc1q" + _alnum(c.rng, 38, "023456789acdefghjklmnpqrstuvwxyz"),
             hot=c.phone(mobile=False), name=p.name, ph=p.phone, uid=_digits(c.rng, 8))


# ---- law firm intake
def law_intake_form_en_US(c):
    p, sp = c.p(), c.p()
    return R("NEW MATTER INTAKE — Whitfield & Crane LLP (conflict check pending)\n=====================================\n"
             "client_name=[[name:P]]\nclient_dob=[[dob:DOB]]\nclient_ssn=[[ssn:SSN]]\nhome_address=[[addr:ADDR]]\nmobile=[[ph:PH]]\n"
             "email=[[mail:E]]\nmatter_type=[[mt]]\nadverse_party=[[adv:P]]\nincident_date=[[inc]]\nreferral=Google Ads\n"
             "retainer_paid=[[ret]]\ntrust_acct_routing=[[rt]]\nclient_refund_acct=[[acct:BANK]]\nintake_by=[[staff]]\n",
             name=p.name, dob=p.dob, ssn=_ssn(c.rng), addr=p.addr1, ph=p.phone, mail=p.email,
             mt=c.ch(["Personal injury – MVA", "Divorce", "Wrongful termination", "Landlord/tenant"]), adv=sp.name, inc=c.date(2024, 2026),
             ret=_amount(c.rng, 500, 5000, "$", "."), rt=_routing(c.rng), acct=_account(c.rng), staff=f"paralegal_{c.n(1, 9):02d}")


def law_email_thread_en_IE(c):
    p, s = c.p(), c.p()
    q = c.p()
    return R("Dear [[sfirst:P]],\n\nFurther to your letter, I confirm I was living at the address below when the tenancy began. "
             "My PPS number is on the form I posted. My landlord's name is [[ll:P]].\n\nRegards,\n[[name:P]]\n\n"
             "> From: [[sname:P]] <[[smail:E]]>\n> Sent: [[d]]\n> Please confirm your address at the time of the tenancy:\n"
             "> [[qs:ADDR]]\n> [[qpc:ADDR]]\n> and the landlord's full name. Our ref: OD/[[ref]]/RTB\n"
             "> [[sname2:P]], Solicitor, O'Dwyer Byrne Solicitors LLP\n",
             sfirst=s.first, ll=q.name, name=p.name, sname=s.name, smail=f"{_ascii(s.first)[0]}.{_ascii(s.last)}@odwyerbyrne.ie",
             d=c.date(2025, 2026), qs=p.street, qpc=p.pcline, ref=_digits(c.rng, 5), sname2=s.name)


def law_call_transcript_es_ES(c):
    p, a = c.p(), c.p()
    return R("transcripción automática – llamada entrante [[ts]]\nabogada: bufete montalbán y asociados buenos días le atiende [[a:P]]\n"
             "cliente: hola buenos días mire me llamo [[name:P]] y tengo un problema con la herencia de mi padre\n"
             "abogada: de acuerdo dígame su fecha de nacimiento y un teléfono de contacto\ncliente: nací el [[dob:DOB]] y el móvil es [[ph:PH]]\n"
             "abogada: y dónde reside actualmente\ncliente: en [[town:LOC]] aunque mi padre vivía en [[ftown:LOC]]\n"
             "abogada: perfecto le abro el expediente [[exp]] y le enviamos la hoja de encargo por correo\n",
             ts=_ts(c.rng, 1), a=a.first.lower(), name=p.name.lower(), dob=_fmt_date(c.rng, p.dob_d, "es-ES").lower(), ph=p.phone.replace("+34", "34"),
             town=p.town.lower(), ftown=c.p().town.lower(), exp=f"{c.n(2025, 2026)}/{_digits(c.rng, 4)}")


def law_crm_note_fr_FR(c):
    p, v = c.p(), c.p()
    return R("Fiche contact – Cabinet Lefort Avocats\nDossier : [[dos]] | Ouverture : [[d]] | Domaine : droit du travail\n"
             "Client : [[last:P]], [[first:P]]\nNé le : [[dob:DOB]] à [[pob:LOC]]\nDomicile : [[addr:ADDR]]\nPortable : [[ph:PH]]\n"
             "Employeur adverse : Boulangeries Paul SAS (à ne pas confondre avec le client)\nNote : entretien avec Me [[av:P]] le [[d2]]. "
             "Provision [[amt]] réglée par virement [[iban:IBAN]].\n",
             dos=f"LA-{c.n(2025, 2026)}-{_digits(c.rng, 4)}", d=c.date(2025, 2026, False), last=p.last.upper(), first=p.first, dob=p.dob,
             pob=c.ch(["Roubaix", "Alger", "Nancy", "Brest", "Limoges"]), addr=p.addr1, ph=p.phone, av=v.last, d2=c.date(2025, 2026),
             amt=_amount(c.rng, 800, 3000), iban=_iban(c.rng, "FR"))


def law_letter_ocr_de_AT(c):
    p, a = c.p(), c.p()
    return R("RECHTSANWALTSKANZLEI\nMag. [[aname:P]]\n[[aaddr:ADDR]]\n\n\nEINSCHREIBEN\n[[name:P]]\n[[addr:ADDR]]\n\n"
             "                                              Wien, am [[d]]\nUnser Zeichen: [[z]]\n\n"
             "Sehr geehrte[[r]] [[t]] [[last:P]],\n\nnamens und auftrags unserer Mandantin fordern wir Sie auf, den offenen Betrag von "
             "[[amt]] bis [[frist]] auf unser Treuhandkonto zu überweisen.\nGeb.-Dat. lt. Mietvertrag: [[dob:DOB]]\n\nHochachtungsvoll\n",
             aname=a.name, aaddr=f"Schottenring {c.n(2, 30)}\n1010 Wien", name=p.name, addr=p.addr2, d=c.date(2025, 2026, False),
             z=f"{_digits(c.rng, 3)}/{c.n(25, 26)}-{_pattern(c.rng, '@@')}", r="r" if p.male else "", t="Herr" if p.male else "Frau", last=p.last,
             amt=_amount(c.rng, 900, 14000), frist=c.date(2025, 2026, False), dob=p.dob)


def law_conflict_check_nl_BE(c):
    p, q = c.p(), c.p()
    return R("conflict_check.request id=[[id]] ts=[[ts]] user=ADV-[[u]]\n  partij.naam=\"[[name:P]]\"\n  partij.geboortedatum=[[dob:DOB]]\n"
             "  partij.woonplaats=\"[[town:LOC]]\"\n  tegenpartij.naam=\"[[qname:P]]\"\n  tegenpartij.bedrijf=\"Brouwerij Van Steenberge NV\"\n"
             "  dossier.type=familierecht\n  result=NO_MATCH hash=[[h]]\n",
             id=_uuid(c.rng), ts=_ts(c.rng, 0), u=_digits(c.rng, 3), name=p.name, dob=_fmt_date(c.rng, p.dob_d, "nl-BE", False), town=p.town,
             qname=q.name, h=_hex(c.rng, 64))


# ---- car dealership service desk
def car_service_ticket_en_ZA(c):
    p, t = c.p(), c.p()
    return R("SERVICE JOB CARD  WIP [[wip]]   Advisor: [[adv:P]]\nCustomer: [[name:P]]   Cell: [[ph:PH]]   Email: [[mail:E]]\n"
             "Vehicle: Toyota Hilux 2.8 GD-6   Reg: [[reg]] GP   VIN: AHT[[vin]]   ODO: [[odo]] km\nWork: 90 000 km service, brake pads front, "
             "check rattle L/R door\nTech notes ([[tech:P]]): pads at 2 mm, discs ok. Customer waiting – courtesy car issued (Polo, reg [[reg2]] GP).\n"
             "Payment: card [[masked]], auth [[auth]]\n",
             wip=_digits(c.rng, 6), adv=c.p().first, name=p.name, ph=p.phone, mail=p.email,
             reg=_pattern(c.rng, "@@ ## @@"), vin=_alnum(c.rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), odo=f"{c.n(80, 99)} {c.n(100, 999)}",
             tech=t.first, reg2=_pattern(c.rng, "@@ ## @@"), masked=_masked(c.rng), auth=_digits(c.rng, 6))


def car_sms_sv_SE(c):
    p = c.p()
    return R("Hej [[first:P]]! Din bil [[reg]] är klar på Bilhallen Bergs verkstad. Att betala: [[amt]]. Hämta före 18:00 eller ring [[ph:PH]]. "
             "Nästa service: [[d]] /Bilhallen",
             first=p.first, reg=_pattern(c.rng, "@@@ ##") + c.ch("0123456789ABC"), amt=_amount(c.rng, 1200, 14000, "kr"), ph=c.phone(mobile=False),
             d=c.date(2026, 2027, False))


def car_email_it_IT(c):
    p, s = c.p(), c.p()
    return R("Da: [[mail:E]]\nA: [[omail:E]]\nOggetto: tagliando Fiat 500X targa [[targa]]\n\n"
             "Buonasera, vorrei prenotare il tagliando dei 60.000 km. Sono [[name:P]], cliente dal 2019. Codice fiscale nel vostro gestionale. "
             "Potete richiamarmi al [[ph:PH]]? Abito a [[town:LOC]], preferirei il sabato mattina.\nGrazie\n\n"
             "---\nRisposta automatica: ticket n. [[tn]] aperto il [[d]]. Autocentro Ferrari S.r.l. non è affiliata a Ferrari S.p.A.\n",
             mail=p.email, omail="officina@autocentro-ferrari-srl.it", targa=_pattern(c.rng, "@@###@@"), name=p.name, ph=p.phone, town=p.town, tn=_digits(c.rng, 6), d=c.date(2025, 2026, False))


def car_kv_log_en_GB(c):
    p = c.p()
    return R("ts=[[t1]] svc=dms-sync level=info event=customer_upsert dealer=GB-0[[dlr]] cust_id=[[cid]] name=\"[[name:P]]\" email=[[mail:E]] "
             "phone=\"[[ph:PH]]\" postcode_valid=true\n"
             "ts=[[t2]] svc=dms-sync level=warn event=vehicle_link vrm=[[vrm]] vin=WVW[[vin]] mot_due=[[mot]] src_ip=[[pip]]\n"
             "ts=[[t3]] svc=portal level=info event=login user_id=[[cid]] ip=[[ip:IP]] mfa=sms build=[[ver]]\n",
             t1=_ts(c.rng, 0), t2=_ts(c.rng, 0), t3=_ts(c.rng, 0), dlr=_digits(c.rng, 3), cid=_digits(c.rng, 8), name=p.name, mail=p.email,
             ph=p.phone, vrm=_pattern(c.rng, "@@## @@@"), vin=_alnum(c.rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
             mot=_date(c.rng, 2025, 2026).isoformat(), pip=_private_ip(c.rng), ip=_ip(c.rng), ver=_version(c.rng, True))


def car_call_note_pt_BR(c):
    p, a = c.p(), c.p()
    return R("Registro de atendimento – Concessionária Rota Sul Veículos\nProtocolo: [[prot]] | Atendente: [[a:P]] | [[ts]]\n"
             "Cliente [[name:P]] ligou sobre recall do airbag (chassi 9BW[[ch]]). Confirmou CPF e data de nascimento [[dob:DOB]]. "
             "Endereço atualizado: [[addr:ADDR]]. WhatsApp [[ph:PH]]. Agendado para [[d]] às [[hm]]. Cliente pediu carro reserva.\n",
             prot=_digits(c.rng, 12), a=a.name, ts=_ts(c.rng, 1), name=p.name, ch=_alnum(c.rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
             dob=p.dob, addr=p.addr1, ph=p.phone, d=c.date(2025, 2026, False), hm=c.hm())


def car_csv_hr_HR(c):
    rows, kw = [], {}
    for i in range(3):
        p = c.p()
        kw.update({f"n{i}": p.name, f"t{i}": p.phone, f"r{i}": f"{c.ch(['ZG', 'ST', 'RI', 'OS'])}-{c.n(100, 9999)}-{_pattern(c.rng, '@@')}",
                   f"k{i}": c.n(20000, 180000), f"d{i}": c.date(2025, 2026, False), f"i{i}": _amount(c.rng, 80, 1500)})
        rows.append(f"[[n{i}:P]],[[t{i}:PH]],[[r{i}]],[[k{i}]],[[d{i}]],\"[[i{i}]]\"")
    return R("Pozdrav, u prilogu izvoz termina servisa za idući tjedan (Auto Kuća Horvat d.o.o.), molim provjeru duplikata:\n\n"
             "ime_prezime,mobitel,registracija,km,termin,iznos\n" + "\n".join(rows) + "\n", **kw)


# ---- home-care agency
def homecare_visit_note_en_NZ(c):
    p, w = c.p(dob_years=(1930, 1950)), c.p()
    return R("Visit record – Client: [[name:P]] (NHI [[nhi]])   Carer: [[carer:P]]   [[d]] [[hm]]–[[hm2]]\n"
             "Tasks: shower assist, meds prompt (Blister pack wk [[wk]]), lunch. [[cfirst:P]] was in good spirits, talked about growing up in "
             "[[born:LOC]]. Daughter ([[dau:P]]) rang on [[ph:PH]] – she will visit Sat. Key safe code changed, see secure notes. "
             "Next review [[rev]].\n",
             name=p.name, nhi=_pattern(c.rng, "@@@####"), carer=w.first, d=c.date(2025, 2026, False), hm="09:00", hm2="10:30", wk=c.n(1, 52),
             cfirst=p.first, born=c.ch(["Timaru", "Invercargill", "Gisborne", "Whanganui", "Glasgow", "Rotterdam"]),
             dau=c.p().first + " " + p.last, ph=c.phone(), rev=c.date(2026, 2026, False))


def homecare_caregiver_chat_es_AR(c):
    a, b, cl = c.p(), c.p(), c.p(dob_years=(1932, 1952))
    return R("[[d]], 18:02 - [[a:P]]: chicas, mañana cubro a [[b:P]] con [[sra]] [[cl:P]]\n"
             "[[d]], 18:03 - [[b:P]]: gracias!! la dirección es [[addr:ADDR]], el timbre no anda, llamá al hijo [[son:P]] al [[ph:PH]]\n"
             "[[d]], 18:05 - [[a:P]]: dale. la medicación sigue igual? la planilla dice v2.3\n"
             "[[d]], 18:06 - [[b:P]]: sí, y ojo que el sábado cumple [[age]] 🎂\n",
             d=c.date(2025, 2026, False), a=a.first, b=b.first, sra="el señor" if cl.male else "la señora", cl=cl.last, addr=cl.addr1, son=c.p().first, ph=c.phone(),
             age=2026 - cl.dob_d.year)


def homecare_intake_email_en_US(c):
    p, f = c.p(dob_years=(1930, 1955)), c.p()
    return R("From: [[fmail:E]]\nTo: [[imail:E]]\nSubject: Home care for my mother – [[name:P]]\n\n"
             "Hello,\n\nI'm looking for 20 hrs/week of in-home care for my mother, [[name:P]], DOB [[dob:DOB]], who lives alone at "
             "[[addr:ADDR]]. Her Medicare number is on the attached card; her SSN is [[ssn:SSN]] in case you need it for the Medicaid waiver.\n"
             "Please call me, [[fname:P]], at [[ph:PH]]. I live in [[ftown:LOC]] so I can't be there every day.\n\nThank you\n",
             fmail=f.email, imail="intake@brightpathhomecare.com", name=p.name, dob=p.dob, addr=p.addr1, ssn=_ssn(c.rng), fname=f.first, ph=f.phone, ftown=f.town_full)


def homecare_rota_csv_en_IE(c):
    rows, kw = [], {}
    for i in range(4):
        w, cl = c.p(), c.p()
        kw.update({f"w{i}": w.first + " " + w.last[0] + ".", f"wf{i}": w.first, f"c{i}": cl.name, f"a{i}": cl.addr1,
                   f"s{i}": c.ch(["07:30", "12:00", "17:30", "20:00"]), f"m{i}": c.n(30, 90), f"e{i}": c.ch(["HCA-Level5", "HCA-QQI", "RGN"])})
        rows.append(f"[[wf{i}:P]],[[e{i}]],\"[[c{i}:P]]\",\"[[a{i}:ADDR]]\",[[s{i}]],[[m{i}]]")
    return R("Rota export week " + str(c.n(1, 52)) + " (Carewell Home Support, Galway office)\ncarer,grade,client,client_address,start,mins\n"
             + "\n".join(rows) + "\n", **kw)


def homecare_referral_letter_sl_SI(c):
    p, d = c.p(dob_years=(1932, 1955)), c.p()
    return R("Zadeva: Napotitev za pomoč na domu\n\nSpoštovani,\n\nnapotujemo gospo[[x]] [[name:P]], roj. [[dob:DOB]] v kraju [[pob:LOC]], "
             "stanujoč[[y]] na naslovu [[addr:ADDR]]. Potrebuje pomoč pri osebni higieni in pripravi obrokov (kategorija B). "
             "Kontaktna oseba: [[kname:P]], tel. [[ph:PH]].\nŠt. napotnice: [[st]]\n\nLep pozdrav,\n[[dname:P]], dr. med.\n",
             x="da" if p.male else "", name=p.name, dob=p.dob, pob=c.ch(["Trbovlje", "Murska Sobota", "Jesenice", "Idrija", "Postojna"]),
             y="ega" if p.male else "a", addr=p.addr1, kname=c.p().name, ph=c.phone(), st=_digits(c.rng, 9), dname=d.name)


def homecare_payroll_form_en_ZA(c):
    p = c.p()
    return R("CAREGIVER ONBOARDING – banking details\nEmployee no: EMP-[[emp]]\nFull names: [[name:P]]\nCell: [[ph:PH]]\n"
             "Home address: [[addr:ADDR]]\nDate of birth: [[dob:DOB]]\nBank: Capitec   Branch code: 470010   Account type: Savings\n"
             "Account no: (see attached confirmation letter)\nTax ref: on file\nPortal password: [[pw:PW]] (temp, must change on first login)\n",
             emp=_digits(c.rng, 5), name=p.name, ph=p.phone, addr=p.addr1, dob=p.dob, pw=_password(c.rng))


# ---- e-scooter sharing app
def scooter_support_chat_en_SG(c):
    p, a = c.p(), c.p()
    return R("Zipp Support | conversation [[conv]]\n[[first:P]]: hi my scooter [[sc]] stopped at Marina Bay and i got charged S$[[amt]]\n"
             "Zipp Bot: Sorry to hear that! Please share the email on your account.\n[[first:P]]: [[mail:E]]\n"
             "[[agent:P]] (agent): Thanks. I see ride R-[[ride]] ended at [[coord]]. Refunding to card ending [[l4]].\n"
             "[[first:P]]: ok thanks. also pls update my number to [[ph:PH]]\n",
             conv=_uuid(c.rng), first=p.first, sc=f"SG-{_digits(c.rng, 5)}", amt=f"{c.n(3, 40)}.{c.n(0, 99):02d}", mail=p.email, agent=a.first,
             ride=_digits(c.rng, 9), coord=_coords(c.rng, 1.2834, 103.8607), l4=_digits(c.rng, 4), ph=p.phone)


def scooter_app_log_pt_BR(c):
    p = c.p()
    return R('{"ts":"[[t1]]","lvl":"INFO","evt":"ride_start","ride_id":"[[rid]]","vehicle":"BR-SP-[[veh]]","lat":[[lat]],"lng":[[lng]],"fw":"[[fw]]"}\n'
             '{"ts":"[[t2]]","lvl":"INFO","evt":"user_update","user":{"nome":"[[name:P]]","email":"[[mail:E]]","telefone":"[[ph:PH]]",'
             '"nascimento":"[[dob:DOB]]"},"ip":"[[ip:IP]]"}\n'
             '{"ts":"[[t3]]","lvl":"ERROR","evt":"payment_failed","card_bin":"[[bin]]","last4":"[[l4]]","gateway_ref":"[[gw]]"}\n',
             t1=_ts(c.rng, 0), t2=_ts(c.rng, 0), t3=_ts(c.rng, 0), rid=_uuid(c.rng), veh=_digits(c.rng, 5),
             lat=f"{-23.56 + c.rng.uniform(-0.05, 0.05):.6f}", lng=f"{-46.65 + c.rng.uniform(-0.05, 0.05):.6f}", fw=_version(c.rng, True),
             name=p.name, mail=p.email, ph=p.phone, dob=p.dob_d.isoformat(), ip=_ip(c.rng), bin=c.ch(["516292", "406655", "230650"]),
             l4=_digits(c.rng, 4), gw=_hex(c.rng, 24))


def scooter_refund_ticket_en_IE(c):
    p = c.p()
    return R("Subject: Refund request – double charge\n\nTicket: ZR-[[tn]]\nName: [[name:P]]\nEmail: [[mail:E]]\nCity: Dublin (service area)\n"
             "Message: I was charged twice for the ride on [[d]] (€[[amt]] each). Card used was [[cc:CC]]. Please refund one of them.\n"
             "Internal: duplicate capture confirmed, Stripe pi_[[pi]]. Refund €[[amt]] approved by [[ag:P]].\n",
             tn=_digits(c.rng, 6), name=p.name, mail=p.email, d=c.date(2025, 2026), amt=f"{c.n(2, 15)}.{c.n(0, 99):02d}",
             cc=_card(c.rng), pi=_alnum(c.rng, 24), ag=c.p().first)


def scooter_sms_en_NZ(c):
    p = c.p()
    return R("Zipp: Your ride ended at [[hm]] near [[coord]]. Total NZ$[[amt]] incl. GST (unlock $1.00 + [[mins]] min). "
             "Parking photo received ✓. Ride ID [[rid]], scooter [[sc]]. Receipt: zipp.app/r/[[tok]]. Text STOP to 2[[short]] to opt out",
             hm=c.hm(), coord=_coords(c.rng, -41.2865, 174.7762), amt=f"{c.n(2, 25)}.{c.n(0, 99):02d}", mins=c.n(3, 40),
             rid=_digits(c.rng, 8), sc=f"NZ-{_digits(c.rng, 5)}", tok=_alnum(c.rng, 10), short=_digits(c.rng, 3))


def scooter_transcript_en_GB(c):
    p, a = c.p(), c.p()
    return R("[speech-to-text, call 0:03:41]\nagent: you're through to zipp rider support my name's [[a:P]]\n"
             "rider: hiya it's [[name:P]] i got a parking fine on the app even though i left it in the bay\n"
             "agent: sorry about that can i take the email on the account\nrider: it's [[mail:E]]\n"
             "agent: and the mobile number\nrider: [[ph:PH]]\nagent: lovely so ride ending [[rid]] on [[d]] yeah i can see the photo "
             "i'll reverse the five pound charge\nrider: cheers also i moved to [[town:LOC]] does the app work there\n"
             "agent: not yet sorry only in the city zones\n",
             a=a.first.lower(), name=p.name.lower(), mail=p.email, ph=p.phone,
             rid=_digits(c.rng, 4), d=c.date(2025, 2026).lower(), town=c.p().town.lower())


def scooter_notification_en_US(c):
    p = c.p()
    return R("Subject: [[first:P]], your Zipp Pass renews on [[d]]\nSubject: New sign-in to your Zipp account from [[ip:IP]] (Chrome on Windows)\n"
             "Subject: Receipt #[[rc]] – $[[amt]] charged to [[masked]]\nSubject: Password changed for [[mail:E]]\n"
             "Subject: Welcome to Zipp Austin! Promo code RIDE[[promo]]\n",
             first=p.first, d=c.date(2025, 2026), ip=_ip(c.rng), rc=_digits(c.rng, 8), amt=f"{c.n(5, 40)}.{c.n(0, 99):02d}",
             masked=_masked(c.rng), mail=p.email, promo=_digits(c.rng, 2))


# ---- tax advisor
def tax_engagement_form_en_US(c):
    p, s = c.p(), c.p()
    return R("2025 TAX ORGANIZER – Harlan Tax & Bookkeeping\nTaxpayer: [[name:P]]     SSN: [[ssn:SSN]]     DOB: [[dob:DOB]]\n"
             "Spouse: [[sname:P]]     SSN: [[sssn:SSN]]     DOB: [[sdob:DOB]]\nAddress: [[addr:ADDR]]\nPhone: [[ph:PH]]   Email: [[mail:E]]\n"
             "Direct deposit – Routing: [[rt]]   Account: [[acct:BANK]]   Type: Checking\nPrior-year AGI: $[[agi]]   Identity PIN: (none)\n"
             "Preparer PTIN P[[ptin]]   EFIN on file\n",
             name=p.name, ssn=_ssn(c.rng), dob=p.dob, sname=s.first + " " + p.last, sssn=_ssn(c.rng), sdob=s.dob, addr=p.addr1, ph=p.phone,
             mail=p.email, rt=_routing(c.rng), acct=_account(c.rng), agi=f"{c.n(30, 240)},{c.n(100, 999)}", ptin=_digits(c.rng, 8))


def tax_client_email_en_GB(c):
    p, a = c.p(), c.p()
    return R("Hi [[afirst:P]],\n\nAttached are my P60 and the rental statements for the flat. For the self-assessment, my UTR is in your "
             "system already. The rental property is [[raddr:ADDR]] – I still live at [[addr:ADDR]].\nI also need to log in to HMRC "
             "but I've forgotten whether the password was [[pw:PW]] or something else, could you check the engagement letter?\n\n"
             "Thanks,\n[[name:P]]\n[[ph:PH]]\n",
             afirst=a.first, raddr=c.p().addr1, addr=p.addr1, pw=_password(c.rng), name=p.name, ph=p.phone)


def tax_whatsapp_es_CL(c):
    p, a = c.p(), c.p()
    return R("[[d]] 10:14 - [[name:P]]: Hola [[don]] [[a:P]], le mando los datos para la operación renta\n"
             "[[d]] 10:15 - [[name:P]]: RUT [[rut]], clave SII: [[pw:PW]]\n"
             "[[d]] 10:15 - [[name:P]]: la devolución que sea a mi cuenta RUT, y mi nueva dirección es [[addr:ADDR]]\n"
             "[[d]] 10:40 - [[a:P]]: Recibido. Ojo que no conviene mandar la clave por acá, cámbiela después del [[d2]]. "
             "Folio formulario 22: [[folio]]\n",
             d=c.date(2025, 2026, False), name=p.first, don="don" if a.male else "doña", a=a.first, rut=f"{c.n(8, 24)}.{c.n(100, 999)}.{c.n(100, 999)}-{c.ch('0123456789K')}",
             pw=_password(c.rng), addr=p.addr1, d2=c.date(2025, 2026, False), folio=_digits(c.rng, 10))


def tax_csv_en_ZA(c):
    rows, kw = [], {}
    for i in range(3):
        p = c.p()
        kw.update({f"n{i}": p.first, f"s{i}": p.last, f"e{i}": p.email, f"d{i}": p.dob, f"t{i}": _digits(c.rng, 10),
                   f"f{i}": c.ch(["ITR12", "IRP6", "ITR12T"]), f"st{i}": c.ch(["submitted", "pending docs", "assessed"])})
        rows.append(f"[[n{i}:P]]|[[s{i}:P]]|[[e{i}:E]]|[[d{i}:DOB]]|[[t{i}]]|[[f{i}]]|[[st{i}]]")
    return R("Pasted from eFiling export into ticket " + _digits(c.rng, 5) + ":\nNAME|SURNAME|EMAIL|DOB|TAX_REF|RETURN|STATUS\n" + "\n".join(rows) + "\n", **kw)


def tax_kv_dump_en_SG(c):
    p = c.p()
    return R("client.name: [[name:P]]\nclient.dob: [[dob:DOB]]\nclient.email: [[mail:E]]\nclient.mobile: [[ph:PH]]\nclient.address: [[addr:ADDR]]\n"
             "client.nric_masked: S****[[nric]]\nya: 2025\nassessable_income: [[inc]]\nrelief.cpf_topup: [[cpf]]\n"
             "giro.bank: DBS  giro.acct_last4: [[l4]]\nportal.api_token: [[key:KEY]]\nupdated_at: [[ts]]\n",
             name=p.name, dob=p.dob, mail=p.email, ph=p.phone, addr=p.addr1, nric=_digits(c.rng, 3) + c.ch("ABCDJZ"),
             inc=f"{c.n(40, 300)}{c.n(100, 999)}.00", cpf=c.ch(["8000.00", "0.00", "16000.00"]), l4=_digits(c.rng, 4),
             key=_api_key(c.rng, c.ch(["hex", "google", "stripe"])), ts=_ts(c.rng, 2))


def tax_call_note_en_NZ(c):
    p = c.p()
    return R("Phone note [[d]] – [[name:P]] rang re: IR3 and provisional tax. IRD number confirmed (on file). Now living in "
             "[[town:LOC]] since moving from [[old:LOC]]. New mobile [[ph:PH]]. Wants refund to [[acct]] (bank confirmation outstanding). "
             "Fee quote $[[fee]] + GST. Follow up [[fu]].\n",
             d=c.date(2025, 2026, False), name=p.name, town=p.town, old=c.ch(["Sydney", "Brisbane", "Invercargill", "Whangārei", "London"]),
             ph=p.phone, acct=f"{c.n(1, 38):02d}-{_digits(c.rng, 4)}-{_digits(c.rng, 7)}-0{c.n(0, 9)}", fee=c.n(250, 1200), fu=c.date(2025, 2026, False))


TEMPLATES = [
    ("vet.reminder_email.en-GB", vet_reminder_email_en_GB), ("vet.intake_form.nl-BE", vet_intake_form_nl_BE),
    ("vet.sms.en-NZ", vet_sms_en_NZ), ("vet.chat_export.sv-SE", vet_chat_export_sv_SE),
    ("vet.invoice_ocr.de-AT", vet_invoice_ocr_de_AT), ("vet.crm_note.en-US", vet_crm_note_en_US),
    ("school.enrolment_form.de-DE", school_enrolment_form_de_DE), ("school.parent_email.en-IE", school_parent_email_en_IE),
    ("school.absence_sms.it-IT", school_absence_sms_it_IT), ("school.csv_paste.en-GB", school_csv_paste_en_GB),
    ("school.inscription.fr-CH", school_inscription_fr_CH), ("school.portal_log.en-SG", school_portal_log_en_SG),
    ("moving.quote_request.es-ES", moving_quote_request_es_ES), ("moving.call_note.en-ZA", moving_call_note_en_ZA),
    ("moving.crew_chat.pt-BR", moving_crew_chat_pt_BR), ("moving.booking_json.en-US", moving_booking_json_en_US),
    ("moving.survey_letter.da-DK", moving_survey_letter_da_DK), ("moving.ticket.en-NZ", moving_ticket_en_NZ),
    ("travel.booking_email.fr-FR", travel_booking_email_fr_FR), ("travel.passenger_csv.es-AR", travel_passenger_csv_es_AR),
    ("travel.transcript.en-US", travel_transcript_en_US), ("travel.visa_form.en-SG", travel_visa_form_en_SG),
    ("travel.notification.it-CH", travel_notification_it_CH), ("travel.ticket.cs-CZ", travel_ticket_cs_CZ),
    ("crypto.kyc_ticket.en-GB", crypto_kyc_ticket_en_GB), ("crypto.api_config.en-US", crypto_api_config_en_US),
    ("crypto.access_log.en-US", crypto_access_log_en_US), ("crypto.chat.es-CL", crypto_chat_es_CL),
    ("crypto.withdrawal_email.de-DE", crypto_withdrawal_email_de_DE), ("crypto.sms_2fa.en-SG", crypto_sms_2fa_en_SG),
    ("law.intake_form.en-US", law_intake_form_en_US), ("law.email_thread.en-IE", law_email_thread_en_IE),
    ("law.call_transcript.es-ES", law_call_transcript_es_ES), ("law.crm_note.fr-FR", law_crm_note_fr_FR),
    ("law.letter_ocr.de-AT", law_letter_ocr_de_AT), ("law.conflict_check.nl-BE", law_conflict_check_nl_BE),
    ("car.service_ticket.en-ZA", car_service_ticket_en_ZA), ("car.sms.sv-SE", car_sms_sv_SE),
    ("car.email.it-IT", car_email_it_IT), ("car.kv_log.en-GB", car_kv_log_en_GB),
    ("car.call_note.pt-BR", car_call_note_pt_BR), ("car.csv.hr-HR", car_csv_hr_HR),
    ("homecare.visit_note.en-NZ", homecare_visit_note_en_NZ), ("homecare.caregiver_chat.es-AR", homecare_caregiver_chat_es_AR),
    ("homecare.intake_email.en-US", homecare_intake_email_en_US), ("homecare.rota_csv.en-IE", homecare_rota_csv_en_IE),
    ("homecare.referral_letter.sl-SI", homecare_referral_letter_sl_SI), ("homecare.payroll_form.en-ZA", homecare_payroll_form_en_ZA),
    ("scooter.support_chat.en-SG", scooter_support_chat_en_SG), ("scooter.app_log.pt-BR", scooter_app_log_pt_BR),
    ("scooter.refund_ticket.en-IE", scooter_refund_ticket_en_IE), ("scooter.sms.en-NZ", scooter_sms_en_NZ),
    ("scooter.transcript.en-GB", scooter_transcript_en_GB), ("scooter.notification.en-US", scooter_notification_en_US),
    ("tax.engagement_form.en-US", tax_engagement_form_en_US), ("tax.client_email.en-GB", tax_client_email_en_GB),
    ("tax.whatsapp.es-CL", tax_whatsapp_es_CL), ("tax.csv.en-ZA", tax_csv_en_ZA),
    ("tax.kv_dump.en-SG", tax_kv_dump_en_SG), ("tax.call_note.en-NZ", tax_call_note_en_NZ),
]


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"delta-{seed}")
    fk = _fakers(rng)
    out = []
    for i in range(n):
        tid, fn = TEMPLATES[i % len(TEMPLATES)]
        out.append(fn(Ctx(rng, fk, tid.rsplit(".", 1)[1])))
    return out


# -- structured tables --------------------------------------------------------------------------
TABLE_NAMES = ("vet_patients", "kita_anmeldungen", "moving_jobs", "travel_bookings", "crypto_accounts",
               "law_intake", "car_service_orders", "homecare_clients", "scooter_riders", "tax_clients")

_PH = ["n/a", "-", "", "unknown", "N/A", "?"]


def _dob(c, p, long_ok=False):
    return _fmt_date(c.rng, p.dob_d, p.tag, long_ok)


def _bool(c, t="true", f="false"):
    return t if c.rng.random() < 0.6 else f


def _bucket(p):
    y = p.dob_d.year
    return f"{y // 10 * 10}-{y // 10 * 10 + 9}"


def _table(rng, fk, rows, tags, cols, dob_years=(1940, 2004)):
    """cols: (header, entity or None, fn(c, p) -> str, blank rate, placeholder rate)."""
    data = [[] for _ in cols]
    for _ in range(rows):
        c = Ctx(rng, fk, rng.choice(tags))
        p = Person(c, dob_years=dob_years)
        for j, col in enumerate(cols):
            head, ent, fn, blank = col[:4]
            ph = col[4] if len(col) > 4 else 0.0
            r = rng.random()
            if r < blank:
                data[j].append(None)
            elif r < blank + ph:
                data[j].append(rng.choice(_PH))
            else:
                data[j].append(str(fn(c, p)))
    return [Column(col[0], col[1], d) for col, d in zip(cols, data)]


def _t_vet(rng, fk, rows):
    return _table(rng, fk, rows, ["en-GB", "en-GB", "en-IE", "nl-BE"], [
        ("patient_name", None, lambda c, p: c.ch(["Biscuit", "Poppy", "Rakker", "Nala", "Alfie", "Mimi", "Luna", "Ollie", "Bonnie"]), 0.0),
        ("owner_name", "PERSON", lambda c, p: p.name if c.rng.random() < 0.8 else f"{p.last}, {p.first}", 0.02),
        ("field_2", "PERSON", lambda c, p: p.first, 0.05),
        ("OwnerEmail", "EMAIL_ADDRESS", lambda c, p: p.email, 0.12, 0.02),
        ("email_verified", None, lambda c, p: _bool(c, "Y", "N"), 0.0),
        ("tel. eigenaar", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc, c.ch(["nat", "nat", "plain", "intl"])), 0.06),
        ("owner_address", "STREET_ADDRESS", lambda c, p: p.addr1, 0.08),
        ("woonplaats", "LOCATION", lambda c, p: p.town, 0.05),
        ("geboortedatum eigenaar", "DATE_OF_BIRTH", _dob, 0.3),
        ("species", None, lambda c, p: c.ch(["canine", "feline", "rabbit", "equine", "avian"]), 0.0),
        ("breed", None, lambda c, p: c.ch(["Labrador", "Cockapoo", "DSH", "Maine Coon", "Border Collie", "Mechelse herder"]), 0.1),
        ("microchip", None, lambda c, p: c.ch(["981", "985", "941", "900"]) + _digits(c.rng, 12), 0.15),
        ("last_visit", None, lambda c, p: c.date(2023, 2026, False), 0.03),
        ("weight_kg", None, lambda c, p: f"{c.rng.uniform(1.5, 45):.1f}", 0.1),
        ("vacc_status", None, lambda c, p: c.ch(["UP_TO_DATE", "DUE", "OVERDUE", "EXEMPT"]), 0.0),
        ("balance_due", None, lambda c, p: f"{c.rng.uniform(0, 600):.2f}", 0.0),
        ("insurer", None, lambda c, p: c.ch(["Petplan", "Agria", "ManyPets", "Bought By Many", "Animal Friends", "none"]), 0.2),
    ])


def _t_kita(rng, fk, rows):
    return _table(rng, fk, rows, ["de-DE", "de-DE", "de-AT"], [
        ("Schüler-ID", None, lambda c, p: f"K{c.n(2019, 2025)}-{_digits(c.rng, 4)}", 0.0),
        ("Vorname", "PERSON", lambda c, p: p.first, 0.0),
        ("Nachname", "PERSON", lambda c, p: p.last, 0.0),
        ("Geburtsdatum", "DATE_OF_BIRTH", _dob, 0.01),
        ("Geburtsort", "LOCATION", lambda c, p: c.ch(["Berlin", "Graz", "Köln", "Linz", "Istanbul", "Kyjiw", "Leipzig", "Salzburg", "Bremen"]), 0.15),
        ("Jahrgang", None, lambda c, p: f"{p.dob_d.year}/{(p.dob_d.year + 1) % 100:02d}", 0.0),
        ("Gruppe", None, lambda c, p: c.ch(["Marienkäfer", "Füchse", "Sonnenblumen", "Igel", "Vorschule"]), 0.0),
        ("Erziehungsberechtigte/r", "PERSON", lambda c, p: f"{c.p().first} {p.last}", 0.03),
        ("Telefon Eltern", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc), 0.05, 0.02),
        ("E-Mail", "EMAIL_ADDRESS", lambda c, p: p.email, 0.1),
        ("IBAN (SEPA)", "IBAN_CODE", lambda c, p: _iban(c.rng, p.cc), 0.25),
        ("Eintrittsdatum", None, lambda c, p: c.date(2021, 2026, False), 0.0),
        ("Betreuungsumfang", None, lambda c, p: c.ch(["25h", "35h", "45h", "Halbtag", "Ganztag"]), 0.0),
        ("Essensgeld", None, lambda c, p: _amount(c.rng, 40, 110), 0.05),
        ("Impfnachweis", None, lambda c, p: _bool(c, "ja", "nein"), 0.1),
        ("Fotoerlaubnis", None, lambda c, p: _bool(c, "ja", "nein"), 0.1),
        ("Allergien", None, lambda c, p: c.ch(["keine", "Nüsse", "Laktose", "Gluten", "keine", "-"]), 0.3),
    ], dob_years=(2019, 2023))


def _t_moving(rng, fk, rows):
    return _table(rng, fk, rows, ["es-ES", "pt-BR", "da-DK", "es-ES"], [
        ("job_id", None, lambda c, p: f"MV{_digits(c.rng, 7)}", 0.0),
        ("cliente", "PERSON", lambda c, p: p.name, 0.0),
        ("contact_last", "PERSON", lambda c, p: p.last.upper() if c.rng.random() < 0.3 else p.last, 0.05),
        ("customerEmail", "EMAIL_ADDRESS", lambda c, p: p.email, 0.08),
        ("telefono", "PHONE_NUMBER", lambda c, p: p.phone, 0.03),
        ("phone_type", None, lambda c, p: c.ch(["mobile", "landline", "whatsapp"]), 0.0),
        ("origin.address", "STREET_ADDRESS", lambda c, p: p.addr1, 0.02),
        ("address_type", None, lambda c, p: c.ch(["home", "office", "storage", "home"]), 0.0),
        ("destination.city", "LOCATION", lambda c, p: c.p().town, 0.05),
        ("card_number", "CREDIT_CARD", lambda c, p: _card(c.rng), 0.4),
        ("move_date", None, lambda c, p: _date(c.rng, 2024, 2026).isoformat(), 0.0),
        ("volume_m3", None, lambda c, p: str(c.n(8, 90)), 0.05),
        ("crew_size", None, lambda c, p: str(c.n(2, 6)), 0.0),
        ("truck_plate", None, lambda c, p: c.ch([_pattern(c.rng, "####@@@"), _pattern(c.rng, "@@@#@##"), _pattern(c.rng, "@@ ## ###")]), 0.1),
        ("quote_amount", None, lambda c, p: f"{c.rng.uniform(300, 9000):.2f}", 0.0),
        ("status", None, lambda c, p: c.ch(["QUOTED", "BOOKED", "DONE", "CANCELLED"]), 0.0),
        ("depot", None, lambda c, p: c.ch(["Madrid-Coslada", "São Paulo - Barueri", "Aarhus", "Valencia Puerto", "Campinas"]), 0.0),
    ])


def _t_travel(rng, fk, rows):
    return _table(rng, fk, rows, ["fr-FR", "it-CH", "es-AR", "en-SG", "fr-CH"], [
        ("PNR", None, lambda c, p: _pnr(c.rng), 0.0),
        ("passenger", "PERSON", lambda c, p: c.ch([f"{p.last.upper()}/{p.first.upper()}", f"{p.last}, {p.first}", p.name]), 0.0),
        ("PaxEmail", "EMAIL_ADDRESS", lambda c, p: p.email, 0.1),
        ("mobile", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc, c.ch(["e164", "e164", "intl", "00"])), 0.08),
        ("date_naissance", "DATE_OF_BIRTH", _dob, 0.05),
        ("home_city", "LOCATION", lambda c, p: p.town, 0.1),
        ("destination", "LOCATION", lambda c, p: c.ch(["Lisboa", "Marrakech", "Bariloche", "Tokyo", "Atene", "Bali", "Reykjavik", "Cancún"]), 0.0),
        ("card_number", "CREDIT_CARD", lambda c, p: _card(c.rng), 0.2),
        ("booked_at", None, lambda c, p: _ts(c.rng, 0), 0.0),
        ("depart_date", None, lambda c, p: c.date(2025, 2026, False), 0.0),
        ("fare_total", None, lambda c, p: f"{c.rng.uniform(120, 6000):.2f}", 0.0),
        ("currency", None, lambda c, p: {"FR": "EUR", "CH": "CHF", "AR": "ARS", "SG": "SGD"}[p.cc], 0.0),
        ("card_brand", None, lambda c, p: c.ch(["VISA", "MASTERCARD", "AMEX"]), 0.2),
        ("card_last4", None, lambda c, p: _digits(c.rng, 4), 0.2),
        ("seat", None, lambda c, p: f"{c.n(1, 45)}{c.ch('ABCDEF')}", 0.3),
        ("hotel", None, lambda c, p: c.ch(["Hotel Giacomo Puccini", "Riad Dar Zitoune", "Hôtel Marcel Proust", "Pousada Maria Bonita", "The Fullerton Bay"]), 0.2),
        ("loyalty_tier", None, lambda c, p: c.ch(["BLUE", "SILVER", "GOLD", "PLATINUM"]), 0.1),
    ])


def _t_crypto(rng, fk, rows):
    return _table(rng, fk, rows, ["en-GB", "en-US", "es-CL", "de-DE"], [
        ("user_uuid", None, lambda c, p: _uuid(c.rng), 0.0),
        ("legalName", "PERSON", lambda c, p: p.name, 0.02),
        ("email", "EMAIL_ADDRESS", lambda c, p: p.email, 0.0),
        ("email_verified", None, lambda c, p: _bool(c, "1", "0"), 0.0),
        ("dob", "DATE_OF_BIRTH", lambda c, p: p.dob_d.isoformat(), 0.1),
        ("city_of_residence", "LOCATION", lambda c, p: p.town_full, 0.1),
        ("registration_ip", "IP_ADDRESS", lambda c, p: _ip(c.rng), 0.02),
        ("ip_version", None, lambda c, p: c.ch(["4", "4", "6"]), 0.0),
        ("withdrawal_iban", "IBAN_CODE", lambda c, p: _iban(c.rng, c.ch(["GB", "DE", "ES", "IE", "NL"]), False), 0.5),
        ("api_key", "API_KEY", lambda c, p: _api_key(c.rng, "exch"), 0.6),
        ("api_key_id", None, lambda c, p: f"ak_{_digits(c.rng, 8)}", 0.6),
        ("password_legacy_plain", "PASSWORD", lambda c, p: _password(c.rng), 0.7),
        ("password_hash", None, lambda c, p: _bcrypt(c.rng), 0.0),
        ("password_changed_at", None, lambda c, p: _ts(c.rng, 0), 0.2),
        ("kyc_level", None, lambda c, p: c.ch(["0", "1", "2", "2", "3"]), 0.0),
        ("mfa_enabled", None, lambda c, p: _bool(c), 0.0),
        ("deposit_wallet", None, lambda c, p: "0x" + _hex(c.rng, 40), 0.3),
    ])


def _t_law(rng, fk, rows):
    return _table(rng, fk, rows, ["en-IE", "en-GB", "fr-FR", "es-ES"], [
        ("Matter No", None, lambda c, p: f"{c.ch(['LIT', 'FAM', 'EMP', 'PROP'])}/{c.n(2024, 2026)}/{_digits(c.rng, 4)}", 0.0),
        ("Client", "PERSON", lambda c, p: f"{p.last}, {p.first}" if c.rng.random() < 0.7 else p.name, 0.0),
        ("Client DOB", "DATE_OF_BIRTH", lambda c, p: _dob(c, p, True), 0.1),
        ("Home Address", "STREET_ADDRESS", lambda c, p: p.addr1, 0.05),
        ("Phone", "PHONE_NUMBER", lambda c, p: p.phone, 0.05),
        ("E-mail", "EMAIL_ADDRESS", lambda c, p: p.email, 0.1),
        ("Opposing Party", "PERSON", lambda c, p: c.p().name, 0.3),
        ("Refund IBAN", "IBAN_CODE", lambda c, p: _iban(c.rng, p.cc), 0.4),
        ("BIC", None, lambda c, p: c.ch(["AIBKIE2D", "BOFIIE2D", "BNPAFRPP", "CAIXESBB", "BARCGB22", "SOGEFRPP"]), 0.4),
        ("Practice Area", None, lambda c, p: c.ch(["Family", "Employment", "Personal Injury", "Conveyancing", "Probate"]), 0.0),
        ("Intake Date", None, lambda c, p: c.date(2024, 2026, False), 0.0),
        ("Retainer", None, lambda c, p: f"{c.n(500, 8000)}.00", 0.2),
        ("Conflict Cleared", None, lambda c, p: _bool(c, "Yes", "No"), 0.0),
        ("Referral Source", None, lambda c, p: c.ch(["Google", "Word of mouth", "Law Society", "Returning client", "LinkedIn"]), 0.2),
        ("Court", None, lambda c, p: c.ch(["Dublin District Court", "Tribunal judiciaire de Lyon", "Juzgado de Primera Instancia nº 3 de Madrid",
                                           "County Court at Leeds", "Workplace Relations Commission"]), 0.4),
        ("Limitation Deadline", None, lambda c, p: c.date(2025, 2028, False), 0.3),
        ("Fee Earner", None, lambda c, p: c.ch(["JMC", "AOD", "PLB", "SRK", "EMG"]), 0.0),
    ])


def _t_car(rng, fk, rows):
    return _table(rng, fk, rows, ["sv-SE", "it-IT", "en-ZA", "hr-HR"], [
        ("ro_number", None, lambda c, p: f"RO{_digits(c.rng, 6)}", 0.0),
        ("CustomerName", "PERSON", lambda c, p: p.name, 0.0),
        ("field_2", "PERSON", lambda c, p: p.last, 0.05),
        ("Mobitel", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc, c.ch(["nat", "nat", "plain", "dash"])), 0.04),
        ("e_posta", "EMAIL_ADDRESS", lambda c, p: p.email, 0.15),
        ("indirizzo", "STREET_ADDRESS", lambda c, p: p.addr1, 0.1),
        ("luogo", "LOCATION", lambda c, p: p.town, 0.1),
        ("portal_pw", "PASSWORD", lambda c, p: _password(c.rng), 0.5),
        ("VIN", None, lambda c, p: c.ch(["WVW", "ZFA", "YV1", "AHT", "VF1", "WBA"]) + _alnum(c.rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 0.0),
        ("reg_plate", None, lambda c, p: c.ch([_pattern(c.rng, "@@@ ##@"), _pattern(c.rng, "@@###@@"), _pattern(c.rng, "@@ ## @@ GP"), f"ZG-{c.n(100, 9999)}-{_pattern(c.rng, '@@')}"]), 0.0),
        ("model", None, lambda c, p: c.ch(["Volvo XC60", "Fiat 500X", "Toyota Hilux", "VW Golf", "Škoda Octavia", "Ford Ranger", "Mercedes-Benz EQA"]), 0.0),
        ("odometer", None, lambda c, p: str(c.n(1200, 240000)), 0.02),
        ("service_date", None, lambda c, p: c.date(2024, 2026, False), 0.0),
        ("next_service_due", None, lambda c, p: c.date(2025, 2027, False), 0.2),
        ("telematics_imei", None, lambda c, p: _imei(c.rng), 0.5),
        ("invoice_total", None, lambda c, p: f"{c.rng.uniform(80, 3500):.2f}", 0.0),
        ("workshop", None, lambda c, p: c.ch(["Bilhallen Bergs Göteborg", "Autocentro Ferrari S.r.l.", "Sandton Toyota", "Auto Kuća Horvat Zagreb"]), 0.0),
    ])


def _t_homecare(rng, fk, rows):
    return _table(rng, fk, rows, ["en-NZ", "en-IE", "sl-SI", "es-AR"], [
        ("client_ref", None, lambda c, p: f"HC-{_digits(c.rng, 5)}", 0.0),
        ("client_first", "PERSON", lambda c, p: p.first, 0.0),
        ("client_surname", "PERSON", lambda c, p: p.last, 0.0),
        ("date of birth", "DATE_OF_BIRTH", _dob, 0.02),
        ("c7", "LOCATION", lambda c, p: c.ch(["Dunedin", "Cork", "Maribor", "Rosario", "Glasgow", "Trieste", "Nápoles", "Gisborne", "Ennis"]), 0.25),
        ("address", "STREET_ADDRESS", lambda c, p: p.addr2 if c.rng.random() < 0.3 else p.addr1, 0.0),
        ("contact email", "EMAIL_ADDRESS", lambda c, p: p.email, 0.5),
        ("next of kin", "PERSON", lambda c, p: f"{c.p().first} {p.last}", 0.15),
        ("nok_phone", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc), 0.15, 0.02),
        ("care_package", None, lambda c, p: c.ch(["Personal care", "Domestic", "Respite", "Palliative", "Companionship"]), 0.0),
        ("hours_per_week", None, lambda c, p: str(c.ch([3, 5, 7.5, 10, 14, 20, 28])), 0.0),
        ("start_date", None, lambda c, p: c.date(2022, 2026, False), 0.0),
        ("gp_practice", None, lambda c, p: c.ch(["Te Aro Health Centre", "Salthill Medical", "ZD Maribor", "Centro Médico Belgrano", "Mary Potter Hospice"]), 0.1),
        ("key_safe", None, lambda c, p: _bool(c, "Y", "N"), 0.0),
        ("mobility", None, lambda c, p: c.ch(["independent", "walker", "wheelchair", "hoist x2"]), 0.05),
        ("funding", None, lambda c, p: c.ch(["HSE", "Te Whatu Ora", "private", "ZZZS", "PAMI"]), 0.0),
        ("carer_id", None, lambda c, p: f"CW{_digits(c.rng, 4)}", 0.05),
    ], dob_years=(1928, 1958))


def _t_scooter(rng, fk, rows):
    return _table(rng, fk, rows, ["pt-BR", "en-SG", "en-IE", "en-NZ", "fr-FR"], [
        ("riderId", None, lambda c, p: _uuid(c.rng), 0.0),
        ("nomeCompleto", "PERSON", lambda c, p: p.name, 0.1),
        ("email", "EMAIL_ADDRESS", lambda c, p: p.email, 0.0),
        ("phoneE164", "PHONE_NUMBER", lambda c, p: _phone(c.rng, p.cc, "e164"), 0.02),
        ("birthDate", "DATE_OF_BIRTH", lambda c, p: p.dob_d.isoformat(), 0.2),
        ("homeCity", "LOCATION", lambda c, p: p.town, 0.2),
        ("regIp", "IP_ADDRESS", lambda c, p: _ip(c.rng), 0.0),
        ("lastLoginIp", "IP_ADDRESS", lambda c, p: _ip(c.rng), 0.1),
        ("password", "PASSWORD", lambda c, p: _password(c.rng), 0.6),
        ("signupTs", None, lambda c, p: _ts(c.rng, 2), 0.0),
        ("walletBalance", None, lambda c, p: f"{c.rng.uniform(0, 80):.2f}", 0.0),
        ("cardBrand", None, lambda c, p: c.ch(["visa", "mastercard", "elo", "amex"]), 0.2),
        ("cardLast4", None, lambda c, p: _digits(c.rng, 4), 0.2),
        ("deviceImei", None, lambda c, p: _imei(c.rng), 0.4),
        ("appVersion", None, lambda c, p: _version(c.rng, True), 0.0),
        ("ipVersion", None, lambda c, p: c.ch(["v4", "v4", "v6"]), 0.0),
        ("marketingOptIn", None, lambda c, p: _bool(c), 0.0),
    ], dob_years=(1960, 2007))


def _t_tax(rng, fk, rows):
    return _table(rng, fk, rows, ["en-US"], [
        ("CLIENT_NO", None, lambda c, p: f"C{_digits(c.rng, 5)}", 0.0),
        ("TAXPAYER_NAME", "PERSON", lambda c, p: p.name.upper() if c.rng.random() < 0.5 else p.name, 0.0),
        ("SPOUSE_FIRST", "PERSON", lambda c, p: c.p().first, 0.45),
        ("SSN", "US_SSN", lambda c, p: _ssn(c.rng), 0.02),
        ("DOB", "DATE_OF_BIRTH", _dob, 0.05),
        ("ADDRESS", "STREET_ADDRESS", lambda c, p: p.addr1, 0.03),
        ("PHONE", "PHONE_NUMBER", lambda c, p: _phone(c.rng, "US", c.ch(["nat", "nat", "dash", "dot", "plain"])), 0.05),
        ("EMAIL", "EMAIL_ADDRESS", lambda c, p: p.email, 0.1),
        ("ROUTING_NO", None, lambda c, p: _routing(c.rng), 0.0),
        ("ACCT_NO", "US_BANK_NUMBER", lambda c, p: _account(c.rng), 0.3),
        ("TAX_YEAR", None, lambda c, p: str(c.n(2022, 2025)), 0.0),
        ("FILING_STATUS", None, lambda c, p: c.ch(["S", "MFJ", "MFS", "HOH", "QSS"]), 0.0),
        ("REFUND_AMT", None, lambda c, p: f"{c.rng.uniform(-4000, 9000):.2f}", 0.05),
        ("EFILE_ACCEPTED_AT", None, lambda c, p: _ts(c.rng, 1), 0.2),
        ("PREPARER_PTIN", None, lambda c, p: f"P{_digits(c.rng, 8)}", 0.0),
        ("BIRTH_YEAR_BAND", None, lambda c, p: _bucket(p), 0.0),
        ("STATE", None, lambda c, p: p.region, 0.0),
    ])


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"delta-{seed}")
    fk = _fakers(rng)
    builders = (_t_vet, _t_kita, _t_moving, _t_travel, _t_crypto, _t_law, _t_car, _t_homecare, _t_scooter, _t_tax)
    return {name: b(rng, fk, rows) for name, b in zip(TABLE_NAMES, builders)}
