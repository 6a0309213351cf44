"""Accuracy split "mesa": labelled free text and structured tables for the PII benchmark.

Author and date
    Independent split author, session helper "mesa", 2026-11-26.

Independence (exactly what was read)
    From /work/main/bench/accuracy_data.py only, located with `grep -n` and printed with `sed -n`:
    lines 72-78 (LABELS, plus the tail of a LOCALES dict and the `class Values:` line), lines 500-575
    (Text, plus the TEMPLATES dict line, `_render`, MODULE_SPLITS, `_split_module`, the `free_text`
    dispatcher, Column and the head of `_Columns`) and lines 1024-1165 (_luhn, _iban_of, _ip_public_v6,
    _ip_public_v4, plus the neighbouring `_ean13`, `_group`, `_phone_num`, `_ascii` and the head of `_city`,
    whose comment says Faker's it_IT city list is built from a set). That is more neighbouring code than
    "a few lines". None of it is imported or copied except the seven names below; the phone, ASCII-folding and
    town code here is my own. I also listed the file names in bench/ and ran `git status --short`
    (read-only). I read nothing in rules/, pii_audit/, tests/, docs/, bench/results/, bench/out/,
    bench/accuracy.py, bench/accuracy_notes.md, the other accuracy_split_*.py files, README or SPEC
    files. I did not run the scanner or the benchmark and did no web searches. Faker's locale list and
    phonenumbers' example numbers were checked from the venv.
    Imported: LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6.

API
    free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % 60]; spans are (start, end, label)
        with exact offsets. Every text is built part by part (`_B`): a labelled value is appended as its own
        part, and `_B.done()` asserts text[s:e] == the inserted value and that no spans overlap.
    structured(rows, seed) -> dict[str, list[Column]]: 12 tables, each row one person.
    Randomness: random.Random(f"mesa-{seed}") for free text and random.Random(f"mesa-tables-{seed}") for
    tables. Each call creates one Faker per locale in the fixed order _FAKER_ORDER, seeded with
    rng.randrange(1 << 30). Dates use explicit bounds: birth dates 1941-2006 unless a role narrows them,
    other dates 2025-01-06..2026-10-30. There are no clock reads and no set iteration, and Faker is used
    only for names. The output digest is the same under PYTHONHASHSEED=1, 2 and 3.

Domains
    pharmacy chain, ride-hailing app, co-working space, video-streaming subscriptions, wedding planner,
    home-solar installer, public library, ferry bookings, pension fund, language school.

Free text
    60 templates, 6 per domain. Ids look like "domain.shape.lang-REGION".
    Languages: 33 English (55%): en-US 8, en-GB 7, en-AU 4, en-IN 4, en-CA 4, en-IE 3, en-ZA 3.
    27 other (45%): es-ES 2, es-CO 1, es-CL 1, pt-PT 1, pt-BR 2, fr-FR 2, fr-CA 1, de-DE 2, de-AT 1, it-IT 2,
    nl-NL 1, nl-BE 1, pl-PL 2, sv-SE 1, nb-NO 1, fi-FI 1, hu-HU 1, tr-TR 2, and el-GR 2: one in Greek script
    (ferry.whatsapp-export) and one in Greeklish (ferry.sms-thread-greeklish, which draws values from
    the internal "el-Latn" generator).
    Shapes: e-mails with signatures and '>'-quoted replies (6); forwarded e-mails (2); WhatsApp (4),
    Teams (2), Slack (1) and live-chat (2) exports; SMS threads (3); support tickets with internal notes
    (4); CRM and call-centre notes (5); lower-case speech-to-text transcripts and voicemail (3); form
    dumps as key: value (2), key=value logs (1) and URL-encoded bodies (3 including the access log); JSON
    lines (3); web-server access logs and app logs (3); .env, YAML and INI configs (4); OCR'd paper forms
    with OCR noise in the field labels (3); CSV and pipe rows pasted into tickets or mails (4);
    notification subject lists (3); and 3 texts with no PII (cowork notice, library events, language
    school timetable).
    Values:
    - Names come from Faker in the text's locale; en-ZA uses own lists, and Greeklish uses Faker el_GR
      transliterated by my own table. es-* names sometimes get two surnames, and hu-HU names are written
      surname first.
    - Addresses use real towns, local street shapes and local postcode shapes.
    - Phones are drawn until phonenumbers.is_valid_number_for_region holds. Each rendering (national,
      international, E.164, spaced, dashed, dotted, compact) is parsed again and must be valid.
    - Cards come from _luhn (Visa, Mastercard, Amex, Discover).
    - SSNs avoid area 000, 666 and 9xx, group 00 and serial 0000.
    - US bank accounts are 8-12 digits and always sit next to an ABA-valid routing number.
    - IBANs come from _iban_of for GB, IE, ES, PT, BR, FR, DE, AT, IT, NL, BE, PL and SE, compact or in
      groups of four.
    - Public IPs come from _ip_public_v4/_v6.
    - Passwords are realistic plaintext: word+symbol+year, leet, random, two words, passphrase. They
      never start or end with punctuation.
    - API keys look like vendor keys (sk_live_, AKIA, ghp_, xoxb-, SG., AIza, Twilio SK, key-) or generic
      keys (hex, live_).
    - Dates of birth use local numeric or long formats, ISO, or spoken ("march 4 1980") in transcripts.

Label conventions (the project's, as briefed)
    PERSON: the name as written, including full names, first or surname only, upper or lower case,
        "Last, First" (Teams speakers, pipe rows), "F. Last" and quote_plus-encoded names in URL-encoded
        bodies. Titles (Mr, Ms, Frau, Sra., Sig.ra, Pan, dr.) stay outside the span. Chat speakers are
        labelled, and so is the name after a Slack '@'. Names inside brand, venue, room or company names
        are not labelled.
    STREET_ADDRESS: street line with postcode and town as one span. This includes multi-line blocks in
        signatures, forms and OCR'd forms. In '>'-quoted replies each quoted line is its own span.
        Business addresses in signatures and configs are labelled.
    LOCATION: a town or country a person lives in, moved to or from, was born in, comes from or travels
        to. Branch, hub, venue, market and office locations are not labelled.
    DATE_OF_BIRTH: birth dates only; appointment, booking and wedding dates are not.
    PASSWORD and API_KEY: the secret value only.
    US_BANK_NUMBER: the account number, never the routing number.
    IP_ADDRESS: public addresses only.
    EMAIL_ADDRESS: every address, including role and no-reply addresses. In URL-encoded bodies the
        %40 form is labelled as written.
    PHONE_NUMBER: every valid number, business lines and chat speakers shown as numbers included.
    CREDIT_CARD: full card numbers only.
    US_SSN: full SSNs only.
    IBAN_CODE: full IBANs.
    No span includes surrounding quotes, brackets or trailing punctuation. A span keeps a bracket that
    belongs to the value: "(02) 6123 4670", "40121 Bologna (BO)".

Look-alikes (present and not labelled)
    - In text: masked cards and last-4 digits, card expiry, payment tokens, routing numbers, private and
      loopback IPs and CIDRs, bcrypt hashes, version and build strings, timestamps and non-birth dates,
      amounts, order, booking, ticket, Rx and quote numbers, PZN, NMI, meter and inverter serials, VINs,
      plates, CNPJ, a Sentry release "app@1.2.3", a modbus "adress = 3", library card endings and barcodes,
      ISBNs, OTP codes, room names after people, and company names containing surnames.
    - In tables: email_verified, phone_type, phone country code, card brand, last4, expiry and BIN, IP
      version, private-IP columns, birth-year band, bucket and cohort, address_type, password_changed_at,
      bcrypt and argon2 hashes, routing numbers, SSN_LAST4, BIC, VAT ids, RFID ids, branches and sites,
      market cities, venues, florists named after people, enums, amounts, timestamps, versions, country
      and language codes, IMEIs (Luhn-valid, 15 digits), order, booking, policy and member numbers,
      product names, job titles, employers and plates.

Structured tables (rows x columns: PII / look-alike)
    pharmacy_patients (en-GB, en-IE) 19: 8 / 11. snake_case, PascalCase and camelCase headers, plus
        UPPER SURNAME, opaque "c7" holding "Last, First", and Forename-only and SURNAME-only columns.
    ride_riders (en-US, es-CO, pt-BR) 19: 6 / 13. camelCase; E.164 phones; "First L." names;
        plaintext legacyPassword.
    ride_driver_onboarding (en-US) 18: 9 / 9. UPPER_SNAKE abbreviations (FIRST_NM, BANK_ACCT);
        upper-case values; SSN, bank account and routing.
    cowork_members (de-DE, nl-NL, fr-FR, de-AT) 18: 8 / 10. German headers (Vorname, Geburtsdatum,
        Rechnungsadresse, wlan_passwort); IBANs.
    streaming_subscribers (en-US, en-CA, fr-CA, en-AU) 18: 6 / 12. Spaced Title Case headers; full card
        numbers next to brand, expiry and BIN look-alikes.
    wedding_clients (it-IT, es-ES, en-GB) 18: 9 / 9. Italian headers (cognome, nome, luogo_di_nascita);
        birthplaces; partner first names.
    solar_customers (en-AU, en-ZA) 19: 9 / 10. PascalCase; portal passwords, API keys, public and LAN IPs.
    library_patrons (sv-SE, nb-NO, fi-FI) 18: 8 / 10. Swedish headers with å/ä/ö; opaque attr3 (full
        name) and field_2 (enum); argon2 hashes.
    library_staff_accounts (sv-SE, fi-FI, nb-NO, en-GB) 18: 7 / 11. snake_case; plaintext and bcrypt
        passwords; API keys and key ids; direct business lines.
    ferry_passengers (el-GR Greek script, tr-TR, it-IT) 18: 9 / 9. Dotted headers (passenger.name,
        contact.phone), Greek "Επώνυμο", Turkish doğum_tarihi/doğum_yeri; card holders in capitals.
    pension_members (pl-PL, hu-HU, de-AT, nl-BE) 19: 9 / 10. Mixed-language headers (NAME, geburtsdatum,
        születési_hely, miejscowość, iban_wyplaty; hu rows have no IBAN); beneficiary names.
    language_students (pt-PT, es-CL, pt-BR, es-ES) 19: 10 / 9. Portuguese and Spanish headers; senha
        (plaintext); moodle_token (API key).
    Total: 221 columns, 98 PII and 123 look-alike (56%). Blank rates per column run from 0 to 0.7. About
    2-3% placeholders (N/A, -, unknown) appear in a few PII columns. Columns derived from the same value
    stay consistent within a row: card brand, last4 and BIN; IP and IP version; SSN and SSN_LAST4; e-mail
    and name; town and address.

Known limits
    - Names, towns and street stems come from finite lists. Faker's en_AU and en_CA name lists are the
      US ones. Real towns get synthetic postcodes of the right shape that may not exist. Personal
      e-mails use real free-mail domains with synthetic local parts.
    - Cross-field consistency is loose: a quoted old address may differ from the sender's current one,
      and a phone's area code need not match the address.
    - Spoken e-mails and spelled-out digits are not used in transcripts; numbers stay numeric.
    - URL-encoded values are labelled in encoded form ("Anna+Smith", "a%40b.com", "Goi%C3%A2nia").
    - Postcode-only, state-only and username columns are left out because their labels would be
      ambiguous.
    - Some look-alikes are deliberately hard (market cities, branch towns, IMEIs, routing numbers).
      Scoring decides whether they count against a scanner.
"""
from __future__ import annotations

import datetime
import random
import re
import string
import unicodedata
from urllib.parse import quote_plus

import phonenumbers
from faker import Faker

try:  # the benchmark puts bench/ on sys.path
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:  # pragma: no cover - imported as bench.accuracy_split_mesa
    from bench.accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

PER, EM, PH, CC, SSN, BANK, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN",
                                    "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PW, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert all(x in LABELS for x in (PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY))


def P(v):
    return (v, PER)


def E(v):
    return (v, EM)


def T(v):
    return (v, PH)


def A(v):
    return (v, ADDR)


def L(v):
    return (v, LOC)


def D(v):
    return (v, DOB)


# --------------------------------------------------------------------------------------------
# text builder: every labelled value is appended as its own part, so offsets are exact
_PH_RE = re.compile(r"\{(\w+)\}")


class _B:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def t(self, s: str) -> "_B":
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, v: str, label: str) -> "_B":
        assert label in LABELS, label
        assert v and v == v.strip(), repr(v)
        self.spans.append((self.n, self.n + len(v), label))
        self.vals.append(v)
        return self.t(v)

    def f(self, tpl: str, **kw) -> "_B":
        pos = 0
        for m in _PH_RE.finditer(tpl):
            self.t(tpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(*v)
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        last = 0
        for (s, e, _), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert s >= last, "overlap"
            last = e
        return Text(text=text, spans=list(self.spans))


# --------------------------------------------------------------------------------------------
# locale data (own lists: real towns with their postcode shapes; streets; mail domains)
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
           "grudnia").split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
           "lokakuuta marraskuuta joulukuuta").split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "el": ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
           "Νοεμβρίου Δεκεμβρίου").split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}

_UPPER_PC = "ABDEFGHJLNPQRSTUWXYZ"


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _s(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# each locale: faker locale (None: own name lists), phone region, IBAN country (None: none that
# _iban_of supports), numeric date style, month-name key, towns (name, postcode/area data),
# street maker, postcode maker, address-lines maker, personal mail domains.
def _street_en_us(r):
    s = f"{r.randint(100, 9899)} {_pick(r, ['Maple', 'Oak', 'Cedar', 'Elm', 'Lakeview', 'Hillcrest', 'Sunset', 'Willow', 'Ridge', 'Birchwood', 'Jefferson', 'Walnut', 'Meadowbrook'])} {_pick(r, ['St', 'Street', 'Ave', 'Avenue', 'Dr', 'Rd', 'Ln', 'Blvd', 'Ct', 'Way'])}"
    return s + (f" Apt {r.randint(1, 40)}{_pick(r, 'ABCD')}" if r.random() < 0.25 else "")


def _street_en_gb(r):
    s = f"{r.randint(1, 180)} {_pick(r, ['Mill', 'Church', 'Station', 'Victoria', 'Manor', 'Chapel', 'Albert', 'Grange', 'Meadow', 'Beech', 'Orchard', 'Windsor'])} {_pick(r, ['Lane', 'Road', 'Street', 'Close', 'Avenue', 'Drive', 'Gardens', 'Terrace', 'Crescent'])}"
    return (f"Flat {r.randint(1, 12)}, " if r.random() < 0.2 else "") + s


def _street_en_au(r):
    s = f"{r.randint(1, 240)} {_pick(r, ['Wattle', 'Banksia', 'Lorikeet', 'Bottlebrush', 'Hume', 'Sturt', 'Mitchell', 'Flinders', 'Murray', 'Jacaranda'])} {_pick(r, ['Street', 'Road', 'Avenue', 'Crescent', 'Parade', 'Court', 'Drive'])}"
    return (f"{r.randint(1, 12)}/" if r.random() < 0.25 else "") + s


def _street_en_in(r):
    return (f"Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {_pick(r, ['Shanti Apartments', 'Sai Residency', 'Lotus Towers', 'Green Park Society', 'Krishna Enclave', 'Silver Oak Heights'])}, "
            f"{_pick(r, ['MG Road', 'Nehru Nagar', 'FC Road', 'Station Road', 'Civil Lines', 'Ring Road', 'Gandhi Path', 'Model Town'])}")


def _street_en_ca(r):
    s = f"{r.randint(10, 4999)} {_pick(r, ['Birch', 'Maple', 'Lakeshore', 'Spruce', 'Wellington', 'Queen', 'Prince', 'Cedar Ridge', 'Pinecrest'])} {_pick(r, ['Crescent', 'Street', 'Avenue', 'Road', 'Drive', 'Boulevard'])}"
    return (f"Unit {r.randint(101, 1204)}, " if r.random() < 0.25 else "") + s


def _street_en_ie(r):
    return (f"{r.randint(1, 90)} {_pick(r, ['Rathmore Park', 'Oakwood Drive', 'Castle Street', 'Church View', 'Sea Road', 'Main Street', 'College Road', 'Ashgrove Lawn', 'Dublin Road', 'Bóthar na Trá'])}")


def _street_en_za(r):
    s = f"{r.randint(1, 160)} {_pick(r, ['Jacaranda', 'Protea', 'Kloof', 'Voortrekker', 'Beach', 'Long', 'Acacia', 'Fynbos'])} {_pick(r, ['Street', 'Road', 'Avenue', 'Crescent', 'Drive'])}"
    return (f"Unit {r.randint(1, 40)}, {_pick(r, ['Silverwood Estate', 'Oak Gardens', 'Sunbird Villas'])}, " if r.random() < 0.25 else "") + s


def _street_es_es(r):
    return (f"{_pick(r, ['Calle Mayor', 'Calle de Toledo', 'Calle del Carmen', 'Avenida de la Paz', 'Calle Real', 'Paseo de Zorrilla', 'Calle San Francisco', 'Avenida de Andalucía'])} "
            f"{r.randint(1, 140)}, {r.randint(1, 8)}º {_pick(r, 'ABCD')}")


def _street_es_co(r):
    return (f"{_pick(r, ['Calle', 'Carrera', 'Diagonal', 'Transversal'])} {r.randint(2, 120)}{_pick(r, ['', '', 'A', 'B'])} # {r.randint(1, 99)}-{r.randint(1, 99)}"
            + (f", Apto {r.randint(1, 20)}0{r.randint(1, 4)}" if r.random() < 0.5 else ""))


def _street_es_cl(r):
    return f"{_pick(r, ['Av. Alemania', 'Av. Libertad', 'Los Carrera', 'Pedro de Valdivia', 'Arturo Prat', 'Av. Pajaritos', 'Pasaje Los Aromos'])} {r.randint(10, 2999)}" + (f", depto. {r.randint(1, 20)}0{r.randint(1, 6)}" if r.random() < 0.4 else "")


def _street_pt_pt(r):
    return f"{_pick(r, ['Rua de Santa Catarina', 'Rua do Comércio', 'Rua Direita', 'Avenida da Liberdade', 'Rua das Flores', 'Travessa do Carmo', 'Rua 25 de Abril'])}, {r.randint(1, 300)}" + (f", {r.randint(1, 6)}.º {_pick(r, ['Esq.', 'Dto.'])}" if r.random() < 0.5 else "")


def _street_pt_br(r):
    return f"{_pick(r, ['Rua das Palmeiras', 'Rua XV de Novembro', 'Av. Sete de Setembro', 'Rua dos Andradas', 'Rua das Flores', 'Av. Brasil', 'Rua São João'])}, {r.randint(10, 2500)}" + (f", apto {r.randint(1, 18)}{r.randint(0, 1)}{r.randint(1, 4)}" if r.random() < 0.5 else "")


def _street_fr_fr(r):
    return (f"{r.randint(1, 120)}{_pick(r, ['', '', '', ' bis'])} {_pick(r, ['rue des Lilas', 'rue de la République', 'avenue Jean Jaurès', 'rue du Moulin', 'boulevard Pasteur', 'rue des Écoles', 'impasse des Tilleuls', 'allée des Peupliers'])}")


def _street_fr_ca(r):
    return f"{r.randint(100, 4999)}, {_pick(r, ['rue des Érables', 'rue Saint-Jean', 'boulevard René-Lévesque', 'rue Principale', 'avenue du Parc', 'chemin du Lac'])}" + (f", app. {r.randint(1, 12)}" if r.random() < 0.3 else "")


def _street_de_de(r):
    return f"{_pick(r, ['Linden', 'Berg', 'Garten', 'Schiller', 'Bahnhof', 'Kirch', 'Ahorn', 'Birken', 'Mühlen'])}{_pick(r, ['straße', 'weg', 'allee', 'str.'])} {r.randint(1, 120)}{_pick(r, ['', '', '', 'a', 'b'])}"


def _street_de_at(r):
    return f"{_pick(r, ['Herrengasse', 'Schmiedgasse', 'Kirchengasse', 'Mühlgasse', 'Lindenstraße', 'Hauptplatz', 'Bahnhofstraße'])} {r.randint(1, 60)}" + (f"/{r.randint(1, 24)}" if r.random() < 0.6 else "")


def _street_it(r):
    return f"{_pick(r, ['Via Garibaldi', 'Via Roma', 'Via Mazzini', 'Via dei Mille', 'Corso Cavour', 'Via XX Settembre', 'Piazza San Francesco', 'Viale della Repubblica'])} {r.randint(1, 180)}" + (_pick(r, ['', '', '/A', '/B']))


def _street_nl_nl(r):
    return f"{_pick(r, ['Kerk', 'Molen', 'Linden', 'Prinsen', 'Oranje', 'Beuken', 'Stations', 'Zonnebloem'])}{_pick(r, ['straat', 'laan', 'weg', 'singel'])} {r.randint(1, 220)}{_pick(r, ['', '', '', 'A', '-II', ' bis'])}"


def _street_nl_be(r):
    return f"{_pick(r, ['Veldstraat', 'Kerkstraat', 'Stationsstraat', 'Brugse Steenweg', 'Diestsestraat', 'Mechelsesteenweg', 'Lindelaan'])} {r.randint(1, 240)}" + (f" bus {r.randint(1, 12)}" if r.random() < 0.3 else "")


def _street_pl(r):
    return f"{_pick(r, ['ul.', 'ul.', 'al.'])} {_pick(r, ['Długa', 'Lipowa', 'Polna', 'Kwiatowa', 'Ogrodowa', 'Słoneczna', 'Mickiewicza', 'Kościuszki'])} {r.randint(1, 140)}" + (f"/{r.randint(1, 60)}" if r.random() < 0.6 else "")


def _street_sv(r):
    return f"{_pick(r, ['Storgatan', 'Kungsgatan', 'Drottninggatan', 'Skolgatan', 'Kyrkogatan', 'Björkvägen', 'Tallvägen', 'Järnvägsgatan'])} {r.randint(1, 90)}" + (f", lgh {r.randint(10, 16)}0{r.randint(1, 4)}" if r.random() < 0.3 else "")


def _street_no(r):
    return f"{_pick(r, ['Kongens gate', 'Storgata', 'Bakkeveien', 'Skolegata', 'Fjellveien', 'Kirkegata', 'Solbakken', 'Bjørkeveien'])} {r.randint(1, 90)}{_pick(r, ['', '', 'A', 'B'])}"


def _street_fi(r):
    return f"{_pick(r, ['Hämeenkatu', 'Kauppakatu', 'Koulukatu', 'Puistokatu', 'Rauhankatu', 'Satamatie', 'Koivutie', 'Mäntytie'])} {r.randint(1, 60)}" + (f" {_pick(r, 'ABC')} {r.randint(1, 30)}" if r.random() < 0.6 else "")


def _street_hu(r):
    return f"{_pick(r, ['Piac utca', 'Kossuth utca', 'Rákóczi út', 'Széchenyi tér', 'Petőfi utca', 'Arany János utca', 'Dózsa György út', 'Bem utca'])} {r.randint(1, 120)}" + (f". {r.randint(1, 4)}/{r.randint(1, 12)}" if r.random() < 0.4 else "")


_GR_STREETS = [("Εγνατίας", "Egnatias"), ("Τσιμισκή", "Tsimiski"), ("Ερμού", "Ermou"), ("Κορίνθου", "Korinthou"),
               ("Αγίου Νικολάου", "Agiou Nikolaou"), ("Παπαναστασίου", "Papanastasiou"), ("Μαιζώνος", "Maizonos"),
               ("Ελευθερίου Βενιζέλου", "Eleftheriou Venizelou")]


def _street_el(r):
    return f"{_pick(r, _GR_STREETS)[0]} {r.randint(1, 160)}"


def _street_el_latn(r):
    return f"{_pick(r, _GR_STREETS)[1]} {r.randint(1, 160)}"


def _street_tr(r):
    return (f"{_pick(r, ['Cumhuriyet', 'Atatürk', 'Yenişehir', 'Bahçelievler', 'Kültür', 'Fatih'])} Mah. "
            f"{_pick(r, ['Atatürk Cad.', 'İnönü Cad.', 'Gazi Bulvarı', 'Lale Sok.', 'Çamlık Sok.', 'İstiklal Cad.'])} No:{r.randint(1, 140)} D:{r.randint(1, 24)}")


def _gb_pc(r, p):
    return f"{p}{r.randint(1, 20)} {r.randint(1, 9)}{_pick(r, _UPPER_PC)}{_pick(r, _UPPER_PC)}"


def _ca_pc(r, p):
    return f"{p}{_pick(r, 'ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{_pick(r, 'ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"


def _ie_pc(r, p):
    return f"{p} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"


_LOC: dict[str, dict] = {
    "en-US": dict(fk="en_US", region="US", iban=None, num="mdy/", mk="en_us",
                  towns=[("Dayton", "OH", "454"), ("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"),
                         ("Omaha", "NE", "681"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Fresno", "CA", "937"),
                         ("Columbus", "OH", "432"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Spokane", "WA", "992")],
                  street=_street_en_us, pc=lambda r, t: t[2] + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['town']}, {a['reg']} {a['pc']}"],
                  dom=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"]),
    "en-GB": dict(fk="en_GB", region="GB", iban="GB", num="dmy/", mk="en",
                  towns=[("Leeds", "", "LS"), ("Bristol", "", "BS"), ("York", "", "YO"), ("Norwich", "", "NR"), ("Cardiff", "", "CF"),
                         ("Exeter", "", "EX"), ("Reading", "", "RG"), ("Derby", "", "DE"), ("Sheffield", "", "S"), ("Brighton", "", "BN"),
                         ("Harrogate", "", "HG"), ("Bath", "", "BA")],
                  street=_street_en_gb, pc=lambda r, t: _gb_pc(r, t[2]),
                  lines=lambda a: [a["street"], f"{a['town']} {a['pc']}"],
                  dom=["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"]),
    "en-AU": dict(fk="en_AU", region="AU", iban=None, num="dmy/", mk="en",
                  towns=[("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Townsville", "QLD", "4810"),
                         ("Wollongong", "NSW", "2500"), ("Hobart", "TAS", "7000"), ("Cairns", "QLD", "4870"),
                         ("Toowoomba", "QLD", "4350"), ("Bendigo", "VIC", "3550"), ("Newcastle", "NSW", "2300"), ("Fremantle", "WA", "6160")],
                  street=_street_en_au, pc=lambda r, t: t[2],
                  lines=lambda a: [a["street"], f"{a['town']} {a['reg']} {a['pc']}"],
                  dom=["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"]),
    "en-IN": dict(fk="en_IN", region="IN", iban=None, num="dmy/", mk="en",
                  towns=[("Pune", "", "411"), ("Jaipur", "", "302"), ("Lucknow", "", "226"), ("Kochi", "", "682"), ("Indore", "", "452"),
                         ("Nagpur", "", "440"), ("Coimbatore", "", "641"), ("Mysuru", "", "570"), ("Bhopal", "", "462"), ("Vadodara", "", "390")],
                  street=_street_en_in, pc=lambda r, t: t[2] + "0" + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['town']} - {a['pc']}"],
                  dom=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "en-CA": dict(fk="en_CA", region="CA", iban=None, num="iso", mk="en",
                  towns=[("Halifax", "NS", "B3"), ("Kelowna", "BC", "V1"), ("Moncton", "NB", "E1"), ("Kingston", "ON", "K7"),
                         ("Saskatoon", "SK", "S7"), ("Victoria", "BC", "V8"), ("Guelph", "ON", "N1"), ("Regina", "SK", "S4"), ("Lethbridge", "AB", "T1")],
                  street=_street_en_ca, pc=lambda r, t: _ca_pc(r, t[2]),
                  lines=lambda a: [a["street"], f"{a['town']}, {a['reg']} {a['pc']}"],
                  dom=["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca", "hotmail.ca"]),
    "en-IE": dict(fk="en_IE", region="IE", iban="IE", num="dmy/", mk="en",
                  towns=[("Galway", "", "H91"), ("Cork", "", "T12"), ("Limerick", "", "V94"), ("Kilkenny", "", "R95"), ("Sligo", "", "F91"),
                         ("Athlone", "", "N37"), ("Waterford", "", "X91"), ("Ennis", "", "V95"), ("Drogheda", "", "A92")],
                  street=_street_en_ie, pc=lambda r, t: _ie_pc(r, t[2]),
                  lines=lambda a: [a["street"], f"{a['town']} {a['pc']}"],
                  dom=["gmail.com", "eircom.net", "hotmail.com", "icloud.com"]),
    "en-ZA": dict(fk=None, region="ZA", iban=None, num="dmy/", mk="en",
                  towns=[("Durban", "", "4001"), ("Pietermaritzburg", "", "3201"), ("Stellenbosch", "", "7600"), ("Gqeberha", "", "6001"),
                         ("Bloemfontein", "", "9301"), ("Polokwane", "", "0700"), ("East London", "", "5201"), ("Paarl", "", "7646"), ("Centurion", "", "0157")],
                  street=_street_en_za, pc=lambda r, t: t[2],
                  lines=lambda a: [a["street"], f"{a['town']}, {a['pc']}"],
                  dom=["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"]),
    "es-ES": dict(fk="es_ES", region="ES", iban="ES", num="dmy/", mk="es",
                  towns=[("Valladolid", "", "47"), ("Zaragoza", "", "50"), ("Málaga", "", "29"), ("Murcia", "", "30"), ("Santander", "", "39"),
                         ("Córdoba", "", "14"), ("Vigo", "", "36"), ("Salamanca", "", "37"), ("Burgos", "", "09"), ("Alicante", "", "03")],
                  street=_street_es_es, pc=lambda r, t: t[2] + "0" + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"]),
    "es-CO": dict(fk="es_CO", region="CO", iban=None, num="dmy/", mk="es",
                  towns=[("Medellín", "Antioquia", "050"), ("Cali", "Valle del Cauca", "760"), ("Bucaramanga", "Santander", "680"),
                         ("Pereira", "Risaralda", "660"), ("Manizales", "Caldas", "170"), ("Cartagena", "Bolívar", "130"), ("Barranquilla", "Atlántico", "080")],
                  street=_street_es_co, pc=lambda r, t: t[2] + "0" + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['town']}, {a['reg']}"],
                  dom=["gmail.com", "hotmail.com", "yahoo.com.co", "outlook.com"]),
    "es-CL": dict(fk="es_CL", region="CL", iban=None, num="dmy-", mk="es",
                  towns=[("Valparaíso", "", ""), ("Concepción", "", ""), ("Temuco", "", ""), ("Antofagasta", "", ""), ("La Serena", "", ""),
                         ("Rancagua", "", ""), ("Talca", "", ""), ("Puerto Montt", "", "")],
                  street=_street_es_cl, pc=lambda r, t: "",
                  lines=lambda a: [f"{a['street']}, {a['town']}"],
                  dom=["gmail.com", "vtr.net", "yahoo.cl", "hotmail.com"]),
    "pt-PT": dict(fk="pt_PT", region="PT", iban="PT", num="dmy/", mk="pt",
                  towns=[("Braga", "", "47"), ("Coimbra", "", "30"), ("Aveiro", "", "38"), ("Faro", "", "80"), ("Viseu", "", "35"),
                         ("Guimarães", "", "48"), ("Setúbal", "", "29"), ("Évora", "", "70")],
                  street=_street_pt_pt, pc=lambda r, t: f"{t[2]}{_d(r, 2)}-{_d(r, 3)}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"]),
    "pt-BR": dict(fk="pt_BR", region="BR", iban="BR", num="dmy/", mk="pt",
                  towns=[("Campinas", "SP", "130"), ("Curitiba", "PR", "800"), ("Recife", "PE", "500"), ("Fortaleza", "CE", "600"),
                         ("Goiânia", "GO", "740"), ("Florianópolis", "SC", "880"), ("Belém", "PA", "660"), ("Londrina", "PR", "860")],
                  street=_street_pt_br, pc=lambda r, t: f"{t[2]}{_d(r, 2)}-{_d(r, 3)}",
                  lines=lambda a: [a["street"], f"{a['town']} - {a['reg']}, {a['pc']}"],
                  dom=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"]),
    "fr-FR": dict(fk="fr_FR", region="FR", iban="FR", num="dmy/", mk="fr",
                  towns=[("Nantes", "", "44"), ("Rennes", "", "35"), ("Grenoble", "", "38"), ("Dijon", "", "21"), ("Angers", "", "49"),
                         ("Tours", "", "37"), ("Montpellier", "", "34"), ("Limoges", "", "87"), ("Brest", "", "29")],
                  street=_street_fr_fr, pc=lambda r, t: f"{t[2]}0{_d(r, 2)}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"]),
    "fr-CA": dict(fk="fr_CA", region="CA", iban=None, num="iso", mk="fr",
                  towns=[("Québec", "QC", "G1"), ("Sherbrooke", "QC", "J1"), ("Trois-Rivières", "QC", "G9"), ("Gatineau", "QC", "J8"),
                         ("Laval", "QC", "H7"), ("Saguenay", "QC", "G7"), ("Rimouski", "QC", "G5")],
                  street=_street_fr_ca, pc=lambda r, t: _ca_pc(r, t[2]),
                  lines=lambda a: [a["street"], f"{a['town']} (Québec) {a['pc']}"],
                  dom=["gmail.com", "videotron.ca", "hotmail.com", "sympatico.ca"]),
    "de-DE": dict(fk="de_DE", region="DE", iban="DE", num="dmy.", mk="de",
                  towns=[("Leipzig", "", "04"), ("Freiburg im Breisgau", "", "79"), ("Münster", "", "48"), ("Kassel", "", "34"),
                         ("Würzburg", "", "97"), ("Rostock", "", "18"), ("Augsburg", "", "86"), ("Bielefeld", "", "33"), ("Regensburg", "", "93")],
                  street=_street_de_de, pc=lambda r, t: t[2] + _d(r, 3),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "gmx.de", "web.de", "t-online.de", "posteo.de"]),
    "de-AT": dict(fk="de_AT", region="AT", iban="AT", num="dmy.", mk="at",
                  towns=[("Graz", "", "80"), ("Linz", "", "40"), ("Salzburg", "", "50"), ("Innsbruck", "", "60"), ("Klagenfurt", "", "90"),
                         ("Villach", "", "95"), ("Wels", "", "46"), ("St. Pölten", "", "31")],
                  street=_street_de_at, pc=lambda r, t: t[2] + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "gmx.at", "aon.at", "chello.at"]),
    "it-IT": dict(fk="it_IT", region="IT", iban="IT", num="dmy/", mk="it",
                  towns=[("Bologna", "BO", "401"), ("Verona", "VR", "371"), ("Padova", "PD", "351"), ("Bari", "BA", "701"),
                         ("Perugia", "PG", "061"), ("Trieste", "TS", "341"), ("Lecce", "LE", "731"), ("Parma", "PR", "431"), ("Torino", "TO", "101")],
                  street=_street_it, pc=lambda r, t: t[2] + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']} ({a['reg']})"],
                  dom=["gmail.com", "libero.it", "alice.it", "virgilio.it", "tiscali.it"]),
    "nl-NL": dict(fk="nl_NL", region="NL", iban="NL", num="dmy-", mk="nl",
                  towns=[("Utrecht", "", "35"), ("Groningen", "", "97"), ("Zwolle", "", "80"), ("Haarlem", "", "20"), ("Eindhoven", "", "56"),
                         ("Leiden", "", "23"), ("Arnhem", "", "68"), ("Nijmegen", "", "65")],
                  street=_street_nl_nl, pc=lambda r, t: f"{t[2]}{_d(r, 2)} {_pick(r, 'BCDEGHJKLMNPRSTVWXZ')}{_pick(r, 'BCDEGHJKLMNPRSTVWXZ')}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"]),
    "nl-BE": dict(fk="nl_BE", region="BE", iban="BE", num="dmy/", mk="nl",
                  towns=[("Gent", "", "9000"), ("Leuven", "", "3000"), ("Brugge", "", "8000"), ("Mechelen", "", "2800"), ("Hasselt", "", "3500"),
                         ("Aalst", "", "9300"), ("Kortrijk", "", "8500"), ("Antwerpen", "", "2000")],
                  street=_street_nl_be, pc=lambda r, t: t[2],
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "telenet.be", "skynet.be", "proximus.be"]),
    "pl-PL": dict(fk="pl_PL", region="PL", iban="PL", num="dmy.", mk="pl",
                  towns=[("Kraków", "", "3"), ("Wrocław", "", "5"), ("Poznań", "", "6"), ("Gdańsk", "", "8"), ("Lublin", "", "2"),
                         ("Toruń", "", "8"), ("Rzeszów", "", "3"), ("Łódź", "", "9")],
                  street=_street_pl, pc=lambda r, t: f"{t[2]}{_d(r, 1)}-{_d(r, 3)}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"]),
    "sv-SE": dict(fk="sv_SE", region="SE", iban="SE", num="iso", mk="sv",
                  towns=[("Uppsala", "", "75"), ("Västerås", "", "72"), ("Örebro", "", "70"), ("Linköping", "", "58"), ("Umeå", "", "90"),
                         ("Lund", "", "22"), ("Gävle", "", "80"), ("Jönköping", "", "55")],
                  street=_street_sv, pc=lambda r, t: f"{t[2]}{_d(r, 1)} {_d(r, 2)}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "telia.com", "hotmail.se", "bredband.net"]),
    "nb-NO": dict(fk="no_NO", region="NO", iban=None, num="dmy.", mk="no",
                  towns=[("Bergen", "", "50"), ("Trondheim", "", "70"), ("Stavanger", "", "40"), ("Tromsø", "", "90"), ("Drammen", "", "30"),
                         ("Bodø", "", "80"), ("Ålesund", "", "60"), ("Kristiansand", "", "46")],
                  street=_street_no, pc=lambda r, t: t[2] + _d(r, 2),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "online.no", "hotmail.no", "getmail.no"]),
    "fi-FI": dict(fk="fi_FI", region="FI", iban=None, num="dmy.s", mk="fi",
                  towns=[("Tampere", "", "33"), ("Turku", "", "20"), ("Oulu", "", "90"), ("Jyväskylä", "", "40"), ("Kuopio", "", "70"),
                         ("Lahti", "", "15"), ("Vaasa", "", "65"), ("Joensuu", "", "80")],
                  street=_street_fi, pc=lambda r, t: t[2] + _d(r, 1) + "00",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "elisanet.fi", "luukku.com", "outlook.com"]),
    "hu-HU": dict(fk="hu_HU", region="HU", iban=None, num="ymd.", mk="hu",
                  towns=[("Debrecen", "", "40"), ("Szeged", "", "67"), ("Pécs", "", "76"), ("Győr", "", "90"), ("Miskolc", "", "35"),
                         ("Eger", "", "33"), ("Sopron", "", "94"), ("Kecskemét", "", "60")],
                  street=_street_hu, pc=lambda r, t: t[2] + _d(r, 2),
                  lines=lambda a: [f"{a['pc']} {a['town']}", a["street"]],
                  dom=["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu"]),
    "el-GR": dict(fk="el_GR", region="GR", iban=None, num="dmy/", mk="el",
                  towns=[("Θεσσαλονίκη", "", "54"), ("Πάτρα", "", "26"), ("Ηράκλειο", "", "71"), ("Λάρισα", "", "41"), ("Βόλος", "", "38"),
                         ("Ιωάννινα", "", "45"), ("Χανιά", "", "73"), ("Καλαμάτα", "", "24")],
                  street=_street_el, pc=lambda r, t: f"{t[2]}{_d(r, 1)} {_d(r, 2)}",
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.com"]),
    "el-Latn": dict(fk="el_GR", region="GR", iban=None, num="dmy/", mk="en",
                    towns=[("Thessaloniki", "", "54"), ("Patra", "", "26"), ("Irakleio", "", "71"), ("Larisa", "", "41"), ("Volos", "", "38"),
                           ("Ioannina", "", "45"), ("Chania", "", "73"), ("Kalamata", "", "24")],
                    street=_street_el_latn, pc=lambda r, t: f"{t[2]}{_d(r, 1)} {_d(r, 2)}",
                    lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                    dom=["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.com"]),
    "tr-TR": dict(fk="tr_TR", region="TR", iban=None, num="dmy.", mk="tr",
                  towns=[("İzmir", "", "35"), ("Bursa", "", "16"), ("Eskişehir", "", "26"), ("Antalya", "", "07"), ("Konya", "", "42"),
                         ("Trabzon", "", "61"), ("Kayseri", "", "38"), ("Mersin", "", "33")],
                  street=_street_tr, pc=lambda r, t: t[2] + _d(r, 3),
                  lines=lambda a: [a["street"], f"{a['pc']} {a['town']}"],
                  dom=["gmail.com", "hotmail.com", "mynet.com", "yahoo.com"]),
}

# Faker has no en_ZA locale: own lists
_ZA_FIRST_F = ["Thandiwe", "Lerato", "Naledi", "Nomvula", "Ayesha", "Annelie", "Zanele", "Refilwe", "Priyanka", "Chantelle",
               "Karabo", "Busisiwe", "Megan", "Lindiwe"]
_ZA_FIRST_M = ["Thabo", "Sipho", "Pieter", "Johan", "Mandla", "Tshepo", "Kagiso", "Ruan", "Ashwin", "Themba", "Bongani",
               "Riaan", "Sibusiso", "Jaco"]
_ZA_LAST = ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Pillay", "Khumalo", "Pretorius", "Ndlovu",
            "Mahlangu", "Jacobs", "Govender", "Venter", "Molefe", "Mthembu", "du Plessis", "Coetzee", "Sithole", "Fourie"]

# one Faker per locale, created in this fixed order
_FAKER_ORDER = ["en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "es_ES", "es_CO", "es_CL", "pt_PT", "pt_BR", "fr_FR",
                "fr_CA", "de_DE", "de_AT", "it_IT", "nl_NL", "nl_BE", "pl_PL", "sv_SE", "no_NO", "fi_FI", "hu_HU", "el_GR",
                "tr_TR"]


def _fakers(rng: random.Random) -> dict[str, Faker]:
    out = {}
    for loc in _FAKER_ORDER:
        fk = Faker(loc)
        fk.seed_instance(rng.randrange(1 << 30))
        out[loc] = fk
    return out


_GR_DI = [("ΟΥ", "OU"), ("Ου", "Ou"), ("ου", "ou"), ("ΑΙ", "AI"), ("Αι", "Ai"), ("αι", "ai"), ("ΕΙ", "EI"), ("Ει", "Ei"),
          ("ει", "ei"), ("ΟΙ", "OI"), ("Οι", "Oi"), ("οι", "oi"), ("Μπ", "B"), ("μπ", "mp"), ("Ντ", "D"), ("ντ", "nt"),
          ("γγ", "ng"), ("Γκ", "G"), ("γκ", "gk"), ("αυ", "av"), ("Αυ", "Av"), ("ευ", "ev"), ("Ευ", "Ev")]
_GR_1 = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
                  "ch", "ps", "o", "A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S",
                  "T", "Y", "F", "Ch", "Ps", "O"]))


def _greeklish(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    for a, b in _GR_DI:
        s = s.replace(a, b)
    return "".join(_GR_1.get(c, c) for c in s)


def _fold(s: str) -> str:
    """Lower-case ASCII letters and digits only (for mail local parts)."""
    s = _greeklish(s).replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("Ø", "O").replace("æ", "ae").replace("ß", "ss").replace("œ", "oe")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())
    return s.lower()


_D0 = datetime.date(2025, 1, 6).toordinal()
_D1 = datetime.date(2026, 10, 30).toordinal()
_B0 = datetime.date(1941, 1, 1).toordinal()
_B1 = datetime.date(2006, 12, 31).toordinal()
_PUNCT_PW = "!*-_.@$?"
_PW_WORDS = ["sunflower", "dragon", "falcon", "marmalade", "pickle", "summer", "winter", "tiger", "rocket", "purple",
             "kangaroo", "espresso", "banana", "harbour", "maple", "cobalt", "lighthouse", "pancake", "thunder", "velvet",
             "gecko", "meadow", "orbit", "walrus", "biscuit", "avocado", "saturn", "copper"]


class _Who:
    """One person: names, mail, mobile, home address and birth date drawn together."""

    def __init__(self, g: "_Gen", female: bool | None = None, years: tuple[int, int] | None = None):
        r = g.rng
        self.female = r.random() < 0.5 if female is None else female
        self.first = g.first_name(self.female)
        self.last = g.last_name(self.female)
        self.full = g.full_name(self.first, self.last)
        lo, hi = (_B0, _B1) if years is None else (datetime.date(years[0], 1, 1).toordinal(), datetime.date(years[1], 12, 31).toordinal())
        self.dob = datetime.date.fromordinal(r.randint(lo, hi))
        self.email = g.email_for(self.first, self.last, self.dob.year)
        self.mobile = g.phone_obj("mobile")
        t = _pick(r, g.L["towns"])
        self.town = t[0]
        self.a = dict(street=g.L["street"](r), town=t[0], reg=t[1], pc=g.L["pc"](r, t))


class _Gen:
    """Value source for one language/region; all draws come from the shared rng."""

    def __init__(self, lang: str, rng: random.Random, fakers: dict[str, Faker]):
        self.lang, self.rng, self.L = lang, rng, _LOC[lang]
        self.fk = fakers[self.L["fk"]] if self.L["fk"] else None
        self.region = self.L["region"]

    # names ---------------------------------------------------------------------------------
    def first_name(self, female: bool) -> str:
        if self.fk is None:
            return _pick(self.rng, _ZA_FIRST_F if female else _ZA_FIRST_M)
        n = self.fk.first_name_female() if female else self.fk.first_name_male()
        return _greeklish(n) if self.lang == "el-Latn" else n

    def last_name(self, female: bool) -> str:
        if self.fk is None:
            return _pick(self.rng, _ZA_LAST)
        n = self.fk.last_name_female() if female else self.fk.last_name_male()
        if self.lang in ("es-ES", "es-CO", "es-CL") and self.rng.random() < 0.55:
            n = f"{n} {self.fk.last_name()}"
        return _greeklish(n) if self.lang == "el-Latn" else n

    def full_name(self, first: str, last: str) -> str:
        return f"{last} {first}" if self.lang == "hu-HU" else f"{first} {last}"

    def who(self, female: bool | None = None, years: tuple[int, int] | None = None) -> _Who:
        return _Who(self, female, years)

    def title(self, w: _Who) -> str:
        lang = self.lang[:2]
        t = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."), "pt": ("Sr.", "Sra."),
             "it": ("Sig.", "Sig.ra"), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani"), "el": ("κ.", "κα")}.get(lang, ("", ""))
        return t[1] if w.female else t[0]

    def email_for(self, first: str, last: str, year: int, domain: str | None = None) -> str:
        r = self.rng
        f = _fold(first.split()[0]) or "info"
        la = _fold(last.split()[-1] if self.lang.startswith("es") else last) or "mail"
        k = r.randrange(8)
        local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{f}_{la}", f"{la}.{f}", f"{f}{year % 100:02d}",
                 f"{f}.{la[0]}{r.randint(10, 999)}", f"{f}.{la}{year}"][k]
        return f"{local}@{domain or _pick(r, self.L['dom'])}"

    def work_email(self, w: _Who, domain: str) -> str:
        f, la = _fold(w.first.split()[0]), _fold(w.last.split()[-1])
        return _pick(self.rng, [f"{f}.{la}", f"{f[0]}.{la}", f"{f}"]) + "@" + domain

    # phones --------------------------------------------------------------------------------
    def phone_obj(self, kind: str = "mobile"):
        r, region = self.rng, self.region
        if region in ("US", "CA"):
            areas = {"US": ["212", "312", "415", "503", "617", "702", "512", "614", "919", "402", "520", "559", "608", "937",
                            "208", "253", "404", "303"],
                     "CA": ["902", "250", "506", "613", "306", "519", "416", "514", "418", "819", "403", "604"]}[region]
            if self.lang == "fr-CA":
                areas = ["418", "819", "514", "450", "581", "438", "367"]
            if kind == "free":
                areas = ["800", "888", "877", "866"]
            for _ in range(200):
                exch = r.randint(200, 999)
                if exch % 100 == 11 or exch == 555:
                    continue
                num = phonenumbers.parse(f"+1{_pick(r, areas)}{exch}{r.randint(0, 9999):04d}")
                if phonenumbers.is_valid_number_for_region(num, region):
                    return num
        PT = phonenumbers.PhoneNumberType
        want = {"mobile": (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE), "fixed": (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE),
                "free": (PT.TOLL_FREE,)}[kind]
        ex = phonenumbers.example_number_for_type(region, want[0]) or phonenumbers.example_number(region)
        nsn = phonenumbers.national_significant_number(ex)
        heads = {("CL", "mobile"): ["9"], ("CO", "mobile"): ["30", "31", "32"], ("ES", "mobile"): ["6"],
                 ("ZA", "mobile"): ["6", "7", "8"], ("HU", "mobile"): ["20", "30", "70"], ("GR", "mobile"): ["69"],
                 ("TR", "mobile"): ["50", "53", "54", "55"]}.get((region, kind))
        for i in range(600):
            head = _pick(r, heads) if heads else nsn[: 1 if i < 300 else 2]
            cand = head + _d(r, len(nsn) - len(head))
            try:
                num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in want:
                return num
        return ex

    def ph(self, num=None, style: str | None = None, kind: str = "mobile") -> str:
        """A phone string in a local style; every rendering is re-parsed and checked valid."""
        r = self.rng
        num = num if num is not None else self.phone_obj(kind)
        F = phonenumbers.PhoneNumberFormat
        nat = phonenumbers.format_number(num, F.NATIONAL)
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        if style is None:
            style = _pick(r, ["nat", "nat", "nat", "intl", "intl", "e164", "space", "dash"]
                          + (["dots"] if self.region in ("US", "CA") else []))
        if style == "nat":
            s = nat
        elif style == "intl":
            s = intl
        elif style == "e164":
            s = phonenumbers.format_number(num, F.E164)
        elif style == "dash":
            if self.region in ("US", "CA"):
                dg = phonenumbers.national_significant_number(num)
                s = f"{dg[:3]}-{dg[3:6]}-{dg[6:]}"
            else:
                s = intl.replace(" ", "-")
        elif style == "dots":
            dg = phonenumbers.national_significant_number(num)
            s = f"{dg[:3]}.{dg[3:6]}.{dg[6:]}"
        elif style == "space":
            s = re.sub(r"\s+", " ", re.sub(r"[()\-]", " ", nat)).strip()
        elif style == "compact":
            s = re.sub(r"\D", "", nat)
        else:
            raise ValueError(style)
        if not _phone_ok(s, self.region, num):
            s = intl
        return s

    # dates ---------------------------------------------------------------------------------
    def date(self, d: datetime.date, style: str = "num") -> str:
        if style == "iso":
            return d.isoformat()
        if style == "num":
            k = self.L["num"]
            if k == "mdy/":
                return f"{d.month:02d}/{d.day:02d}/{d.year}"
            if k == "dmy/":
                return f"{d.day:02d}/{d.month:02d}/{d.year}"
            if k == "dmy-":
                return f"{d.day:02d}-{d.month:02d}-{d.year}"
            if k == "dmy.":
                return f"{d.day:02d}.{d.month:02d}.{d.year}"
            if k == "dmy.s":
                return f"{d.day}.{d.month}.{d.year}"
            if k == "ymd.":
                return f"{d.year}.{d.month:02d}.{d.day:02d}"
            return d.isoformat()
        if style == "spoken":
            m = _MONTHS["en"][d.month - 1].lower()
            return _pick(self.rng, [f"{m} {d.day} {d.year}", f"{d.day} {m} {d.year}", f"{m} {_ordinal(d.day)} {d.year}"])
        mk = self.L["mk"]
        m = _MONTHS["en" if mk == "en_us" else mk][d.month - 1]
        if mk == "en_us":
            return f"{m} {d.day}, {d.year}"
        if mk in ("de", "at", "no", "fi"):
            return f"{d.day}. {m} {d.year}"
        if mk in ("es", "pt"):
            return f"{d.day} de {m} de {d.year}"
        if mk == "hu":
            return f"{d.year}. {m} {d.day}"
        return f"{d.day} {m} {d.year}"

    def dob(self, w: _Who, styles=("num", "num", "num", "long", "iso")) -> str:
        return self.date(w.dob, _pick(self.rng, list(styles)))

    def day(self, style: str = "num") -> str:
        return self.date(datetime.date.fromordinal(self.rng.randint(_D0, _D1)), style)

    def dt(self) -> datetime.datetime:
        r = self.rng
        d = datetime.date.fromordinal(r.randint(_D0, _D1))
        return datetime.datetime(d.year, d.month, d.day, r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))

    def ts(self) -> str:
        return self.dt().strftime("%Y-%m-%dT%H:%M:%SZ")

    def tm(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    # addresses -----------------------------------------------------------------------------
    def lines(self, w) -> list[str]:
        a = w.a if isinstance(w, _Who) else w
        return self.L["lines"](a)

    def addr(self, w) -> str:
        ls = self.lines(w)
        if self.lang == "hu-HU":
            return f"{ls[0]}, {ls[1]}"
        return ", ".join(ls)

    def addr_spoken(self, w) -> str:
        return re.sub(r"\s+", " ", " ".join(self.lines(w)).lower().replace(",", " ").replace("#", " ")).strip()

    def town(self) -> str:
        return _pick(self.rng, self.L["towns"])[0]

    # money, ids, secrets -------------------------------------------------------------------
    def iban(self, grouped: bool | None = None, cc: str | None = None) -> str:
        cc = cc or self.L["iban"]
        v = _iban_of(self.rng, cc)
        grouped = self.rng.random() < 0.5 if grouped is None else grouped
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v

    def card(self, brand: str | None = None, style: str | None = None) -> str:
        r = self.rng
        brand = brand or _pick(r, ["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            n = _luhn(r, "4", 16)
        elif brand == "mc":
            n = _luhn(r, _pick(r, ["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        elif brand == "amex":
            n = _luhn(r, _pick(r, ["34", "37"]), 15)
        else:
            n = _luhn(r, "6011", 16)
        style = style or _pick(r, ["space", "space", "compact", "dash"])
        if style == "compact":
            return n
        sep = " " if style == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def last4(self) -> str:
        return _d(self.rng, 4)

    def masked(self) -> str:
        r, l4 = self.rng, self.last4()
        return _pick(r, [f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{_pick(r, ['411111', '542418', '601100'])}******{l4}",
                         f"•••• {l4}"])

    def exp(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(26, 31)}"

    def ssn(self, style: str | None = None) -> str:
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        style = style or _pick(r, ["dash", "dash", "dash", "space", "compact"])
        if style == "dash":
            return f"{area:03d}-{g:02d}-{s:04d}"
        if style == "space":
            return f"{area:03d} {g:02d} {s:04d}"
        return f"{area:03d}{g:02d}{s:04d}"

    def routing(self) -> str:
        r = self.rng
        d = [int(c) for c in _pick(r, ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22",
                                       "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])]
        d += [r.randint(0, 9) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def acct(self) -> str:
        r = self.rng
        return str(r.randint(1, 9)) + _d(r, r.randint(7, 11))

    def ip4(self) -> str:
        return _ip_public_v4(self.rng)

    def ip6(self) -> str:
        return _ip_public_v6(self.rng)

    def ip(self) -> str:
        return self.ip6() if self.rng.random() < 0.25 else self.ip4()

    def pip(self) -> str:
        r = self.rng
        return _pick(r, [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1"])

    def pw(self) -> str:
        r = self.rng
        w = _pick(r, _PW_WORDS)
        k = r.randrange(6)
        if k == 0:
            return f"{w.capitalize()}{_pick(r, '!?*$@')}{r.randint(1970, 2025)}"
        if k == 1:
            return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + _d(r, 2)
        if k == 2:
            an = string.ascii_letters + string.digits
            return _s(r, 1, an) + _s(r, r.randint(10, 14), an + _PUNCT_PW) + _s(r, 1, an)
        if k == 3:
            return f"{w}{_pick(r, _PW_WORDS).capitalize()}{r.randint(1, 99)}"
        if k == 4:
            return f"{w}{r.randint(1950, 2019)}"
        return f"{_pick(r, _PW_WORDS).capitalize()}-{w}-{_pick(r, _PW_WORDS)}-{r.randint(1, 9)}"

    def key(self, kind: str | None = None) -> str:
        r = self.rng
        b62 = string.ascii_letters + string.digits
        kind = kind or _pick(r, ["stripe", "aws", "gh", "slack", "sg", "google", "twilio", "mailgun", "hex", "live"])
        if kind == "stripe":
            return "sk_live_" + _s(r, 24, b62)
        if kind == "aws":
            return "AKIA" + _s(r, 16, string.ascii_uppercase + "234567")
        if kind == "gh":
            return "ghp_" + _s(r, 36, b62)
        if kind == "slack":
            return f"xoxb-{_d(r, 11)}-{_d(r, 13)}-{_s(r, 24, b62)}"
        if kind == "sg":
            return f"SG.{_s(r, 22, b62 + '_-')}.{_s(r, 43, b62 + '_-')}"
        if kind == "google":
            return "AIza" + _s(r, 35, b62 + "_-")
        if kind == "twilio":
            return "SK" + _s(r, 32, "0123456789abcdef")
        if kind == "mailgun":
            return "key-" + _s(r, 32, "0123456789abcdef")
        if kind == "hex":
            return _s(r, 32, "0123456789abcdef")
        return "live_" + _s(r, 40, b62)

    def bcrypt(self) -> str:
        return "$2b$12$" + _s(self.rng, 53, "./" + string.ascii_letters + string.digits)

    def argon2(self) -> str:
        b64 = string.ascii_letters + string.digits + "+/"
        return f"$argon2id$v=19$m=65536,t=3,p=4${_s(self.rng, 22, b64)}${_s(self.rng, 43, b64)}"

    def imei(self) -> str:
        return _luhn(self.rng, _pick(self.rng, ["35", "86", "01"]), 15)

    def uuid(self) -> str:
        h = _s(self.rng, 32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_pick(self.rng, '89ab')}{h[17:20]}-{h[20:]}"

    def ver(self) -> str:
        r = self.rng
        return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}"

    def num(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + _d(self.rng, n - 1)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _phone_ok(s: str, region: str, num=None) -> bool:
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(p):
        return False
    return num is None or (p.country_code == num.country_code and p.national_number == num.national_number)


# --------------------------------------------------------------------------------------------
# free-text templates: each takes a builder and the generator of its language/region
def _quoted(b: _B, lines: list[str], label: str = ADDR) -> None:
    """'>'-quoted address block: each quoted line is its own span."""
    for ln in lines:
        b.t("> ").e(ln, label).t("\n")


# ---- pharmacy chain ------------------------------------------------------------------------
def _t_pharmacy_email_quoted(b, g):
    r = g.rng
    c, s, biz = g.who(), g.who(), g.who()
    ref = f"RX-{g.num(7)}"
    b.f("From: {cf} <{ce}>\nTo: Repeat Prescriptions <{role}>\nSubject: Re: Your repeat prescription {ref}\n\nHi {sf},\n\n"
        "Thanks for getting back to me. Yes, the address below is still right and my date of birth is {dob}. Could you post it "
        "this time rather than me collecting from the {branch} branch? Mobile is {mob} if the courier needs it.\n\nThanks,\n{cfirst}\n\n"
        "On {wd}, {day} at {tm}, {sfull} <{se}> wrote:\n> Dear {title} ",
        cf=P(c.full), ce=E(c.email), role=E("repeats@medipoint-pharmacy.co.uk"), ref=ref, sf=P(s.first),
        dob=D(g.dob(c)), branch=g.town(), mob=T(g.ph(c.mobile)), cfirst=P(c.first), wd=_pick(r, ["Mon", "Tue", "Wed", "Thu", "Fri"]),
        day=g.day("long"), tm=g.tm(), sfull=P(s.full), se=E(g.work_email(s, "medipoint-pharmacy.co.uk")), title=g.title(c))
    b.e(c.last, PER).t(",\n>\n")
    b.f("> We have your repeat request {ref} (2 items, £{p} each).\n> Please confirm the delivery address we hold:\n", ref=ref,
        p=_pick(r, ["9.90", "9.90", "0.00"]))
    _quoted(b, g.lines(c))
    b.f(">\n> Kind regards\n> {sfull}\n> Dispensary Team, MediPoint Pharmacy\n", sfull=P(s.full))
    _quoted(b, g.lines(biz))
    b.f("> Tel: {tel}\n", tel=T(g.ph(kind="fixed", style="nat")))


def _t_pharmacy_sms(b, g):
    r = g.rng
    c, sp = g.who(female=True), g.who(female=False)
    d, branch = g.day(), g.town()
    b.f("SMS thread – CarePlus Pharmacy {br} ({biz})\n"
        "[{d} 09:41] CarePlus: Hi {f}, your prescription is ready for collection at CarePlus {br}. Ref CP{ref}. Reply STOP to opt out.\n"
        "[{d} 10:03] {cp}: Thanks! Can my husband {spf} collect it? I'm away in {tr} till Friday\n"
        "[{d} 10:05] CarePlus: Yes, he'll just need to quote your date of birth at the counter.\n"
        "[{d} 10:06] {cp2}: Grand, it's {dob}. His number is {spp} in case ye need him\n"
        "[{d} 10:09] CarePlus: Noted on the file, thanks {f2}. Opening hours today 9am-6pm.",
        br=branch, biz=T(g.ph(kind="fixed", style="nat")), d=d, f=P(c.first), ref=_d(r, 6), cp=T(g.ph(c.mobile, "e164")),
        spf=P(sp.first), tr=L(g.town()), cp2=T(g.ph(c.mobile, "e164")), dob=D(g.dob(c, ("num", "long"))), spp=T(g.ph(sp.mobile, "nat")),
        f2=P(c.first))


def _t_pharmacy_ticket_de(b, g):
    r = g.rng
    c, ag = g.who(), g.who()
    order = f"VP-{g.num(8)}"
    b.f("Ticket #{tid} · Online-Apotheke VitaPlus · Kategorie: Zahlung / Lastschrift\nEingang: {day} {tm} · Kanal: Kontaktformular\n\n"
        "Von: {full} <{em}>\nBetreff: Lastschrift zurückgegangen – Bestellung {order}\n\nGuten Tag,\n"
        "meine Bestellung {order} (Ibuprofen 400 akut, PZN {pzn}) wurde storniert, weil die Lastschrift zurückkam. "
        "Bitte buchen Sie künftig von meinem neuen Konto ab:\nIBAN: {iban}\nLieferadresse wie bisher:\n",
        tid=g.num(6), day=g.day(), tm=g.tm(), full=P(c.full), em=E(c.email), order=order, pzn=_d(r, 8), iban=(g.iban(), IBAN))
    b.e("\n".join(g.lines(c)), ADDR)
    b.f("\nFür die Altersprüfung: geboren am {dob}.\n\nViele Grüße\n{full}\nMobil: {mob}\n\n"
        "— Interne Notiz ({ag}, {day2}) —\nRückruf unter {mob2} erfolgt, Kontowechsel bestätigt. Alte Bankverbindung "
        "(endet auf {l4}) gelöscht, neues SEPA-Mandat {m} angelegt. Keine weitere Aktion nötig.",
        dob=D(g.dob(c, ("num", "long"))), full=P(c.full), mob=T(g.ph(c.mobile)), ag=P(f"{ag.first[0]}. {ag.last}"),
        day2=g.day(), mob2=T(g.ph(c.mobile, "intl")), l4=g.last4(), m="VPM" + _s(r, 9, string.ascii_uppercase + string.digits))


def _t_pharmacy_call_in(b, g):
    r = g.rng
    c, ag = g.who(), g.who()
    old = _pick(r, [t[0] for t in g.L["towns"] if t[0] != c.town])
    b.f("CALL LOG – WellCare Pharmacy Helpline | Agent: {agf} (EMP{eid})\nDate: {day}  Time: {tm}  Duration: 06:{ss}  Queue: Refills-EN\n"
        "Caller: {full} | Registered mobile: {mob} | Alt: {alt}\nVerified with DOB {dob} and last order amount (ok).\n"
        "Notes: Customer shifted from {old} to {new} last month, wants monthly refill of Metformin 500mg delivered to new address: {addr}. "
        "Payment by card ending {l4} (Visa) – do NOT store full number. Asked to email invoice to {em}.\n"
        "Follow-up: {agf2} to call back on {day2} between 4-6 pm. Ticket: WC-{t}.",
        agf=P(ag.first), eid=_d(r, 5), day=g.day(), tm=g.tm(), ss=f"{r.randint(0, 59):02d}", full=P(c.full), mob=T(g.ph(c.mobile, "intl")),
        alt=T(g.ph(kind="fixed")), dob=D(g.dob(c, ("num", "long"))), old=L(old), new=L(c.town), addr=A(g.addr(c)), l4=g.last4(),
        em=E(c.email), agf2=P(ag.first), day2=g.day(), t=g.num(7))


def _t_pharmacy_form_nl(b, g):
    r = g.rng
    c, gp = g.who(), g.who()
    b.f("=== Webformulier: Herhaalrecept aanvragen ===\nFormulier-ID: {fid}\nIngediend op: {ts}\nNaam: {full}\nGeboortedatum: {dob}\n"
        "Adres: {addr}\nE-mailadres: {em}\nTelefoonnummer: {tel}\nHuisarts: dr. {gp}\nApotheek: Apotheek De Linde, vestiging {br}\n"
        "Medicatie: {med}\nMachtiging automatische incasso: ja\nIBAN: {iban}\nAkkoord privacyverklaring: ja\nBron: app v{v}",
        fid=g.uuid(), ts=g.ts(), full=P(c.full), dob=D(g.dob(c, ("num", "long"))), addr=A(g.addr(c)), em=E(c.email), tel=T(g.ph(c.mobile)),
        gp=P(gp.last), br=g.town(), med=_pick(r, ["Omeprazol 20 mg, 1x per dag", "Salbutamol inhalator 100 mcg", "Levothyroxine 50 mcg"]),
        iban=(g.iban(), IBAN), v=g.ver())


def _t_pharmacy_applog_us(b, g):
    r = g.rng
    c = g.who()
    t0 = g.dt()
    ts = lambda k: (t0 + datetime.timedelta(seconds=k)).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z"
    b.f("{t1} INFO  [rx-api] v{v} POST /v2/refills 201 user_id=u_{uid} ip={ip} latency_ms={lat}\n"
        "{t2} DEBUG [rx-api] payload={\"patient\":\"{full}\",\"dob\":\"{dob}\",\"phone\":\"{tel}\",\"store\":\"#{store}\",\"rx\":[\"RX{rx}\"]}\n"
        "{t3} WARN  [auth] login failed email={em} ip={ip2} reason=bad_password attempt=3\n"
        "{t4} DEBUG [auth] legacy form echo: {\"username\":\"{em2}\",\"password\":\"{pw}\"}  // TODO remove before release\n"
        "{t5} INFO  [payments] tokenized card brand=visa last4={l4} exp={exp} token=tok_{tok}\n"
        "{t6} INFO  [health] upstream {p1}:5432 ok; cache 127.0.0.1:6379 ok; build=2025.{bn}",
        t1=ts(0), v=g.ver(), uid=_d(r, 6), ip=(g.ip(), IP), lat=r.randint(40, 900), t2=ts(1), full=P(c.full), dob=D(g.date(c.dob, "iso")),
        tel=T(g.ph(c.mobile, _pick(r, ["e164", "dash"]))), store=_d(r, 4), rx=_d(r, 7), t3=ts(3), em=E(c.email), ip2=(g.ip4(), IP), t4=ts(5),
        em2=E(c.email), pw=(g.pw(), PW), t5=ts(8), l4=g.last4(), exp=g.exp(), tok=_s(r, 24), t6=ts(9), p1=g.pip(), bn=_d(r, 3))


# ---- ride-hailing app ----------------------------------------------------------------------
def _t_ride_livechat_us(b, g):
    r = g.rng
    c, ag, dr = g.who(), g.who(), g.who(female=False)
    t0 = g.dt()
    k = [0]

    def tick():
        k[0] += r.randint(0, 2)
        return (t0 + datetime.timedelta(minutes=k[0])).strftime("%H:%M")
    t = tick()
    b.f("Live chat transcript — RideNow Support\nChat ID: LC-{cid} | Started {day} {t} ET | Channel: in-app\n"
        "{t} System: You are now chatting with {agf}.\n", cid=g.num(8), day=g.day(), t=t, agf=P(ag.first))
    turns = [
        (ag.first, "Hi, thanks for reaching out! How can I help today?"),
        (c.full, "hi, i left my backpack in the car last night, trip from the airport to my place"),
        (ag.first, "Sorry to hear that! Can you confirm the drop-off address and the number on your account?"),
    ]
    for who, msg in turns:
        b.f("{t} {w}: {m}\n", t=tick(), w=P(who), m=msg)
    b.f("{t} {w}: {addr}. phone is {tel}\n", t=tick(), w=P(c.full), addr=A(g.addr(c)), tel=T(g.ph(c.mobile)))
    b.f("{t} {w}: Thanks {cf}. I see trip TR-{tr} with driver {drf} — I've sent them a message. Your card ending in {l4} won't be "
        "charged the $15 return fee.\n", t=tick(), w=P(ag.first), cf=P(c.first), tr=g.num(9), drf=P(dr.first), l4=g.last4())
    b.f("{t} {w}: ok. can he text me instead at {tel2}? that's my work cell\n", t=tick(), w=P(c.full), tel2=T(g.ph()))
    b.f("{t} {a}: Done! Anything else?\n", t=tick(), a=P(ag.first))
    b.f("{t} {w2}: no thats all, thx\nChat ended by customer. CSAT: {cs}/5", t=tick(), w2=P(c.full), cs=r.randint(3, 5))


def _t_ride_driver_jsonl(b, g):
    r = g.rng
    d = g.who()
    app = f"DA-{g.num(7)}"
    b.f("{\"event\":\"driver.application.submitted\",\"ts\":\"{ts}\",\"application_id\":\"{app}\",\"market\":\"{mk}\","
        "\"applicant\":{\"first_name\":\"{fn}\",\"last_name\":\"{ln}\",\"dob\":\"{dob}\",\"ssn\":\"{ssn}\",\"email\":\"{em}\",\"phone\":\"{tel}\"},"
        "\"vehicle\":{\"make\":\"{make}\",\"year\":{yr},\"vin_last6\":\"{vin}\"}}\n",
        ts=g.ts(), app=app, mk=g.town(), fn=P(d.first), ln=P(d.last), dob=D(g.date(d.dob, _pick(r, ["iso", "num"]))),
        ssn=(g.ssn(), SSN), em=E(d.email), tel=T(g.ph(d.mobile, "e164")), make=_pick(r, ["Toyota Camry", "Honda Accord", "Kia Niro", "Tesla Model 3"]),
        yr=r.randint(2014, 2024), vin=_s(r, 6, string.ascii_uppercase + string.digits))
    b.f("{\"event\":\"driver.payout.bank_linked\",\"ts\":\"{ts}\",\"application_id\":\"{app}\",\"bank\":{\"routing_number\":\"{rt}\","
        "\"account_number\":\"{acct}\",\"account_type\":\"{ty}\"}}\n",
        ts=g.ts(), app=app, rt=g.routing(), acct=(g.acct(), BANK), ty=_pick(r, ["checking", "savings"]))
    b.f("{\"event\":\"driver.background_check.requested\",\"ts\":\"{ts}\",\"application_id\":\"{app}\",\"home_address\":\"{addr}\","
        "\"ip\":\"{ip}\",\"user_agent\":\"RideNowDriver/{v} (iPhone; iOS 17.5)\",\"package\":\"mvr+criminal\"}",
        ts=g.ts(), app=app, addr=A(g.addr(d)), ip=(g.ip(), IP), v=g.ver())


def _t_ride_whatsapp_co(b, g):
    r = g.rng
    c, dr = g.who(), g.who(female=False)
    d = g.day()
    b.f("[{d}, 7:42 p. m.] {c}: Buenas noches, pedí un carro por la app para ir al aeropuerto y el conductor no llega 🙁\n"
        "[{d}, 7:43 p. m.] RápidoYa Soporte: Hola {cf}, lamentamos la demora. ¿Nos confirmas la dirección de recogida?\n"
        "[{d}, 7:44 p. m.] {c2}: {addr}\n"
        "[{d}, 7:45 p. m.] RápidoYa Soporte: Gracias. Tu conductor es {drv}, placa {pl}, celular {drt}.\n"
        "[{d}, 7:51 p. m.] {c3}: Ya llegó. Por favor envíen la factura a {em}\n"
        "[{d}, 7:52 p. m.] RápidoYa Soporte: Listo ✅ Código de viaje RY-{code}. ¡Buen viaje a {dest}!\n"
        "[{d}, 9:15 p. m.] {drt2}: Hola, soy {drf}, el conductor. Encontré una billetera en el carro, ¿es suya?",
        d=d, c=P(c.full), cf=P(c.first), c2=P(c.full), addr=A(g.addr(c)), drv=P(dr.full),
        pl=f"{_s(r, 3, string.ascii_uppercase)} {_d(r, 3)}", drt=T(g.ph(dr.mobile, "nat")), c3=P(c.full), em=E(c.email), code=_d(r, 6),
        dest=L(_pick(r, ["Cartagena", "San Andrés", "Santa Marta", "Bogotá", "Miami"])), drt2=T(g.ph(dr.mobile, "intl")), drf=P(dr.first))


def _t_ride_accesslog_br(b, g):
    r = g.rng
    c = g.who()
    dt = g.dt()
    stamp = lambda k: (dt + datetime.timedelta(seconds=k)).strftime("%d/%b/%Y:%H:%M:%S -0300")
    ua = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"
    b.f("{ip1} - - [{s1}] \"GET /api/v1/corridas/historico?pagina=2 HTTP/1.1\" 200 5123 \"-\" \"VaiJa/{v} (Android 14)\"\n"
        "{ip2} - - [{s2}] \"POST /api/v1/passageiros/cadastro?nome={nm}&email={em}&celular={cel}&cidade={cid} HTTP/1.1\" 201 312 "
        "\"https://www.vaija.com.br/cadastro\" \"{ua}\"\n"
        "{p1} - - [{s3}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n"
        "{ip3} - - [{s4}] \"GET /api/v1/motoristas/{mid}/avaliacao HTTP/2.0\" 200 88 \"-\" \"VaiJa/{v} (iPhone; iOS 17.4)\"\n"
        "{ip4} - - [{s5}] \"POST /api/v1/auth/login HTTP/1.1\" 401 64 \"-\" \"okhttp/4.12.0\"\n"
        "{ip5} - - [{s6}] \"GET /api/v1/cupons?codigo=VERAO25&api_key={key} HTTP/1.1\" 200 211 \"-\" \"python-requests/2.31\"",
        ip1=(g.ip4(), IP), s1=stamp(0), v=g.ver(), ip2=(g.ip(), IP), s2=stamp(2), nm=P(quote_plus(c.full)), em=E(quote_plus(c.email)),
        cel=T(g.ph(c.mobile, "compact")), cid=L(quote_plus(c.town)), ua=ua, p1=g.pip(), s3=stamp(3), ip3=(g.ip6(), IP), s4=stamp(7),
        mid=_d(r, 6), ip4=(g.ip4(), IP), s5=stamp(9), ip5=(g.ip4(), IP), s6=stamp(12), key=(g.key("live"), KEY))


def _t_ride_stt_au(b, g):
    r = g.rng
    c, ag = g.who(), g.who()
    b.f("[transcript – auto-generated – call {cid} – confidence 0.{cf}]\n"
        "agent: thanks for calling zoomride this is {ag} how can i help\n"
        "caller: yeah hi um my name's {full} i got charged twice for a ride on saturday\n"
        "agent: no worries i can look into that can i get the mobile number on the account\ncaller: yep it's {mob}\n"
        "agent: and just to verify your date of birth\ncaller: {dob}\n"
        "agent: thank you and you're still at {addr}\ncaller: no i moved to {nt} last month actually\n"
        "agent: okay i'll update that um so the second charge of twenty four fifty will be refunded in three to five business days\n"
        "caller: sweet thanks {ag2}",
        cid=_s(r, 6, "0123456789abcdef"), cf=r.randint(70, 97), ag=P(ag.first.lower()), full=P(c.full.lower()),
        mob=T(g.ph(c.mobile, _pick(r, ["nat", "compact", "space"]))), dob=D(g.date(c.dob, "spoken")), addr=A(g.addr_spoken(c)),
        nt=L(g.town().lower()), ag2=P(ag.first.lower()))


def _t_ride_notif_ca(b, g):
    r = g.rng
    c, dr, ag = g.who(), g.who(), g.who()
    b.f("Notification log — rider account #R-{acc} (last 7 days)\n"
        "- \"Your ride with {drf} is arriving in 3 min\" (push)\n"
        "- \"Receipt: trip on {d1} – CA${amt}\" (email)\n"
        "- \"{cf}, your weekend promo code SNOW15 expires Sunday\" (push)\n"
        "- \"New sign-in from {ip} (Chrome on Windows)\" (email)\n"
        "- \"Trip to {dest} booked for {d2} 06:15\" (push)\n"
        "- \"Your receipt was sent to {em}\" (in-app)\n"
        "- \"Verify your number {tel}\" (SMS)\n"
        "- \"Password changed on {d3}\" (email)\n"
        "- \"Support ticket #{tk} updated by {agf}\" (email)",
        acc=g.num(7), drf=P(dr.first), d1=g.day("long"), amt=f"{r.randint(8, 60)}.{r.randint(0, 99):02d}", cf=P(c.first), ip=(g.ip(), IP),
        dest=L(g.town()), d2=g.day("iso"), em=E(c.email), tel=T(g.ph(c.mobile)), d3=g.day("iso"), tk=g.num(6), agf=P(ag.full))


# ---- co-working space ----------------------------------------------------------------------
def _t_cowork_env_gb(b, g):
    r = g.rng
    adm, biz = g.who(), g.who()
    b.f("# .env.production — HubDesk member portal (never commit this file)\nAPP_NAME=hubdesk-portal\nAPP_ENV=production\n"
        "APP_VERSION={v}\nAPP_URL=https://members.hubdesk.co.uk\nTZ=Europe/London\nDB_HOST={p1}\nDB_PORT=5432\nDB_USER=hubdesk_app\n"
        "DB_PASSWORD={pw}\nREDIS_URL=redis://127.0.0.1:6379/0\nSTRIPE_SECRET_KEY={sk}\nSTRIPE_WEBHOOK_TOLERANCE=300\n"
        "SENDGRID_API_KEY={sg}\nMAIL_FROM={mf}\nADMIN_EMAIL={ae}\nADMIN_PHONE={ap}\nOFFICE_ADDRESS=\"{oa}\"\n"
        "SEED_ADMIN_PASSWORD_HASH='{bc}'\nDOOR_CONTROLLER_API_KEY={dk}\nALLOWED_WEBHOOK_IPS={i1},{i2}\nFEATURE_DAY_PASSES=true\n"
        "SESSION_TTL_MINUTES={ttl}\nSENTRY_RELEASE=hubdesk@{v2}",
        v=g.ver(), p1=g.pip(), pw=(g.pw(), PW), sk=(g.key("stripe"), KEY), sg=(g.key("sg"), KEY), mf=E("no-reply@hubdesk.co.uk"),
        ae=E(g.work_email(adm, "hubdesk.co.uk")), ap=T(g.ph(adm.mobile, "e164")), oa=A(g.addr(biz)), bc=g.bcrypt(),
        dk=(g.key(_pick(r, ["hex", "live"])), KEY), i1=(g.ip4(), IP), i2=(g.ip4(), IP), ttl=_pick(r, ["720", "1440", "60"]), v2=g.ver())


def _t_cowork_teams_at(b, g):
    r = g.rng
    rc, mg, m = g.who(), g.who(), g.who()
    d = g.day()
    lf = lambda w: P(f"{w.last}, {w.first}")
    b.f("Microsoft Teams – Chat „Empfang {site}“ – exportiert am {d0}\n\n[{d} 08:57] {rc}\nGuten Morgen! Neues Mitglied ab heute: {m}, Fixdesk 2.{desk}.\n\n"
        "[{d} 08:59] {mg}\nSuper. Hast du die Daten für den Vertrag?\n\n"
        "[{d} 09:03] {rc2}\nJa: geb. {dob}, wohnhaft {addr}, Tel. {tel}, Mail {em}. Rechnung per SEPA-Lastschrift, IBAN {iban}.\n\n"
        "[{d} 09:04] {mg2}\nDanke! Gäste-WLAN ist diese Woche übrigens „Hub-Guest“, Passwort {wpw}\n\n"
        "[{d} 09:05] {rc3}\n👍 Ich geb {mf} gleich die Schlüsselkarte Nr. {card} mit.",
        site=_pick(r, ["Graz Lend", "Linz Tabakfabrik", "Salzburg Schallmoos"]), d0=g.day(), d=d, rc=lf(rc), m=P(m.full), desk=r.randint(1, 30),
        mg=lf(mg), rc2=lf(rc), dob=D(g.dob(m, ("num", "long"))), addr=A(g.addr(m)), tel=T(g.ph(m.mobile)), em=E(m.email),
        iban=(g.iban(), IBAN), mg2=lf(mg), wpw=(g.pw(), PW), rc3=lf(rc), mf=P(m.first), card=_d(r, 7))


def _t_cowork_fwd_fr(b, g):
    r = g.rng
    m, s1, s2 = g.who(), g.who(), g.who()
    co = _pick(r, ["Atelier Kerbrat SARL", "Studio Lemoine & Fils", "Boulanger Conseil SAS", "Graphisme Marchand"])
    b.f("{s2f}, tu peux préparer le contrat pour lundi ? Merci !\n{s1f}\n\n---------- Message transféré ---------\n"
        "De : {mf} <{me}>\nDate : {day}\nObjet : Adhésion bureau fermé – La Ruche {site}\nÀ : {role}\n\nBonjour,\n\n"
        "Suite à notre visite, je confirme l'adhésion pour un bureau fermé (4 postes) à partir du 1er du mois prochain. "
        "Voici les informations pour le contrat :\n- Raison sociale : {co}\n- Contact : {mf2}, date de naissance : {dob}\n- Adresse : {addr}\n"
        "- Téléphone : {tel}\n- IBAN pour le prélèvement : {iban}\n\nCordialement,\n{mf3}\nGérant(e), {co}\n{tel2}",
        s2f=P(s2.first), s1f=P(s1.first), mf=P(m.full), me=E(m.email), day=g.day("long"), site=g.town(), role=E("contact@laruche-coworking.fr"),
        co=co, mf2=P(m.full), dob=D(g.dob(m, ("num", "long"))), addr=A(g.addr(m)), tel=T(g.ph(m.mobile)), iban=(g.iban(), IBAN),
        mf3=P(m.full), tel2=T(g.ph(kind="fixed")))


def _t_cowork_crm_za(b, g):
    r = g.rng
    ld, ow = g.who(), g.who()
    co = _pick(r, ["Botha & Naidoo Attorneys", "Khumalo Design Studio", "Blue Crane Analytics", "Fynbos Digital"])
    b.f("CRM › Leads › {co} › Activity\n{d} 10:14 — Call (outbound) — owner: {ow}\n"
        "Spoke with {lf} ({role}), decision maker. Team of {n} currently working from home; {lfirst} lives in {town} and would "
        "commute to our Cape Town hub twice a week. Interested in dedicated desks from next month.\n"
        "Contact: {mob} (cell), {off} (office) · {em}\nBudget: R {b1} 000 – R {b2} 000 pm excl. VAT. Competitor: WorkNest.\n"
        "Next step: site tour {d2} 09:00 at the Woodstock location; send proposal v2.\nTags: #warm #dedicated-desk #q{q}",
        co=co, d=g.day(), ow=P(ow.full), lf=P(ld.full), role=_pick(r, ["Managing Director", "Office Manager", "COO", "Founder"]),
        n=r.randint(3, 12), lfirst=P(ld.first), town=L(ld.town), mob=T(g.ph(ld.mobile)), off=T(g.ph(kind="fixed")),
        em=E(g.work_email(ld, _fold(co.split()[0]) + ".co.za")), b1=r.randint(12, 18), b2=r.randint(19, 26), d2=g.day(), q=r.randint(1, 4))


def _t_cowork_yaml_be(b, g):
    r = g.rng
    c, biz = g.who(), g.who()
    b.f("# toegangscontrole.yaml — integratie deurbadges\nversie: {v}\nlocatie:\n  naam: \"Werkplek {site}\"\n  adres: \"{addr}\"\n"
        "  tijdzone: Europe/Brussels\nintegraties:\n  badges:\n    api_url: https://api.toegang-platform.be/v1\n    api_key: {key}\n"
        "    site_id: {sid}\n  mail:\n    smtp_host: smtp.telenet.be\n    smtp_user: {su}\n    smtp_password: \"{pw}\"\n"
        "  webhooks:\n    allowlist:\n      - {i1}\n      - {i2}\n      - 192.168.10.0/24\ncontactpersoon:\n  naam: {cn}\n"
        "  gsm: \"{gsm}\"\n  e-mail: {em}\nlogging:\n  niveau: info\n  bewaartermijn_dagen: 30",
        v=g.ver(), site=g.town(), addr=A(g.addr(biz)), key=(g.key(_pick(r, ["hex", "live", "twilio"])), KEY), sid=_d(r, 5),
        su=E("badges@werkplek-coworking.be"), pw=(g.pw(), PW), i1=(g.ip4(), IP), i2=(g.ip(), IP), cn=P(c.full), gsm=T(g.ph(c.mobile)),
        em=E(g.work_email(c, "werkplek-coworking.be")))


def _t_cowork_nopii_us(b, g):
    r = g.rng
    f1 = r.randint(2, 4)
    room1, room2, room3 = r.sample(["Ada Lovelace", "Grace Hopper", "Frederick Douglass", "Rosalind Franklin", "Nikola Tesla"], 3)
    b.f("Subject: Building notice – HVAC maintenance this {day}\n\nHi all,\n\nFacilities will service the HVAC units on floors {f1}–{f2} "
        "this {day} between {h1}:00 AM and {h2}:00 PM. The {r1} and {r2} meeting rooms will be closed; please rebook through the member app "
        "(v{v} or later). Day-pass holders can use the {r3} lounge on floor 1 instead.\n\nThe Wi-Fi network \"Foundry-Members\" stays up; "
        "the guest network restarts at 9:00 AM. Reception desk extension: {ext}. Parking level P{p} is closed for line painting.\n\n"
        "Questions? Reply in #facilities or open a ticket (category: Building, priority: low).\n\n— Facilities team, Foundry Commons",
        day=_pick(r, ["Saturday", "Sunday"]), f1=f1, f2=f1 + 2, h1=r.randint(6, 9), h2=r.randint(1, 5), r1=room1, r2=room2, r3=room3,
        v=g.ver(), ext=r.randint(100, 299), p=r.randint(1, 3))


# ---- video-streaming subscriptions ---------------------------------------------------------
def _t_stream_ticket_us(b, g):
    r = g.rng
    c, ag = g.who(), g.who()
    b.f("Ticket #{tk} | Billing > Card declined | Priority: High | Requester: {full} <{em}>\nCreated: {ts}\n\nCustomer message:\n"
        "Hi, my payment keeps failing and my account says \"on hold\". I updated the card twice. Here's the full number since the form "
        "keeps erroring: {card} exp {exp} — billing zip is the same as my address, {addr}. Please fix, the kids are mid-season lol.\n"
        "– {cf}\nSent from my iPhone\n\nInternal note ({ag}):\nDo NOT paste full PANs in tickets — redacted in the payment system; card on file "
        "shows {brand} •••• {l4}. Last sign-in from {ip} (Roku Ultra, app {v}). Retry of ${amt} scheduled {d}. Callback number on account: {tel}.",
        tk=g.num(7), full=P(c.full), em=E(c.email), ts=g.ts(), card=(g.card(), CC), exp=g.exp(), addr=A(g.addr(c)), cf=P(c.first),
        ag=P(ag.full), brand=_pick(r, ["Visa", "Mastercard", "Amex"]), l4=g.last4(), ip=(g.ip(), IP), v=g.ver(),
        amt=_pick(r, ["15.49", "22.99", "7.99"]), d=g.day(), tel=T(g.ph(c.mobile)))


def _t_stream_slack_ca(b, g):
    r = g.rng
    e1, e2, e3, cu = g.who(), g.who(), g.who(), g.who()
    h = r.randint(8, 10)
    b.f("#oncall-playback — exported {d}\n\n{e1}  {h}:02 AM\nseeing 5xx spikes from edge-yyz-3 ({p1}), started ~{h}:40 ET\n\n"
        "{e2}  {h}:04 AM\nprobably the DRM license svc. customer escalation too: {cem} can't play anything, their IP is {ip} per the CDN logs\n\n"
        "{e1b}  {h}:05 AM\nok. @{e2f} can you rotate the license-server key? current one is {key} and it's pasted in the runbook 😬\n\n"
        "{e2b}  {h}:07 AM\nrotating now, new key goes to Vault only. also asked support to call the customer back on {tel}\n\n"
        "{e3}  {h}:15 AM\nfix deployed in build 2025.{b1}.{b2}-rc2, error rate back to 0.2%. closing INC-{inc}.",
        d=g.day("iso"), e1=P(e1.full), h=h, p1=g.pip(), e2=P(e2.full), cem=E(cu.email), ip=(g.ip(), IP), e1b=P(e1.full), e2f=P(e2.first),
        key=(g.key(_pick(r, ["aws", "hex", "google"])), KEY), e2b=P(e2.full), tel=T(g.ph(cu.mobile)), e3=P(e3.full), b1=r.randint(1, 12),
        b2=r.randint(1, 9), inc=g.num(5))


def _t_stream_jsonl_es(b, g):
    r = g.rng
    c = g.who()
    uid = f"usr_{_s(r, 10, string.ascii_lowercase + string.digits)}"
    b.f("{\"evento\":\"alta_suscripcion\",\"fecha\":\"{ts}\",\"plan\":\"Premium 4K\",\"importe\":\"17,99 EUR\",\"id_usuario\":\"{uid}\","
        "\"usuario\":{\"nombre\":\"{full}\",\"email\":\"{em}\",\"telefono\":\"{tel}\",\"fecha_nacimiento\":\"{dob}\"},"
        "\"pago\":{\"metodo\":\"tarjeta\",\"tarjeta\":\"{mask}\",\"caducidad\":\"{exp}\"},\"ip\":\"{ip}\",\"dispositivo\":\"Smart TV webOS {v}\"}\n"
        "{\"evento\":\"cambio_direccion\",\"fecha\":\"{ts2}\",\"id_usuario\":\"{uid}\",\"direccion_nueva\":\"{addr}\",\"ip\":\"{ip2}\"}\n"
        "{\"evento\":\"domiciliacion\",\"fecha\":\"{ts3}\",\"id_usuario\":\"{uid}\",\"iban\":\"{iban}\",\"titular\":\"{full2}\"}\n"
        "{\"evento\":\"reproduccion\",\"fecha\":\"{ts4}\",\"id_usuario\":\"{uid}\",\"titulo\":\"La casa del faro T2E{ep}\",\"bitrate_kbps\":{br}}",
        ts=g.ts(), uid=uid, full=P(c.full), em=E(c.email), tel=T(g.ph(c.mobile, _pick(r, ["e164", "nat", "intl"]))),
        dob=D(g.date(c.dob, _pick(r, ["iso", "num"]))), mask=g.masked(), exp=g.exp(), ip=(g.ip4(), IP), v=g.ver(), ts2=g.ts(),
        addr=A(g.addr(c)), ip2=(g.ip6(), IP), ts3=g.ts(), iban=(g.iban(grouped=False), IBAN), full2=P(c.full), ts4=g.ts(), ep=r.randint(1, 9),
        br=r.randint(1800, 16000))


def _t_stream_csv_in(b, g):
    r = g.rng
    ws = [g.who() for _ in range(3)]
    b.f("Hi team, please add these members to our family plan (account FAM-{acc}). CSV from our sheet:\n\n"
        "name,email,mobile,city,plan,monthly_inr\n", acc=g.num(6))
    for i, w in enumerate(ws):
        b.f("{n},{e},{m},{c},{p},{amt}\n", n=P(w.full), e=E(w.email), m=T(g.ph(w.mobile, _pick(r, ["e164", "compact", "intl"]))),
            c=L(w.town), p=_pick(r, ["Premium", "Standard", "Mobile"]), amt=_pick(r, ["649", "0", "149", "499"]))
    b.f("\nRegards,\n{n}\n{m}", n=P(ws[0].full), m=T(g.ph(ws[0].mobile)))


def _t_stream_email_pt(b, g):
    r = g.rng
    c = g.who()
    b.f("De: {full} <{em}>\nPara: {role}\nAssunto: Cancelamento da assinatura e reembolso\n\nBoa tarde,\n\n"
        "Venho por este meio pedir o cancelamento da minha assinatura Familiar (cliente n.º {cn}). Fui cobrado duas vezes no dia {d}. "
        "Peço o reembolso de 11,99 € para a conta com o IBAN {iban}.\n\nObrigado pela atenção,\n\n{full2}\n",
        full=P(c.full), em=E(c.email), role=E("apoio@cinemalar.pt"), cn=g.num(8), d=g.day(), iban=(g.iban(), IBAN), full2=P(c.full))
    b.e("\n".join(g.lines(c)), ADDR)
    b.f("\nTlm.: {tel}", tel=T(g.ph(c.mobile)))


def _t_stream_notif_gb(b, g):
    r = g.rng
    c, o = g.who(), g.who()
    b.f("[Inbox] {cf}, your free trial ends tomorrow\n[Inbox] New sign-in to your account from {ip} — was this you?\n"
        "[Inbox] Payment failed for card ending {l4}\n[Inbox] Your receipt #{rc} (£10.99) has been sent to {em}\n"
        "[Inbox] {of} added you to the Family plan\n[Inbox] Watch now: Harbour Lights, series {s} is here\n"
        "[Inbox] Your security code for {tel}: {code}\n[Inbox] Password changed on {d}",
        cf=P(c.first), ip=(g.ip(), IP), l4=g.last4(), rc=g.num(9), em=E(c.email), of=P(o.full), s=r.randint(2, 5),
        tel=T(g.ph(c.mobile, _pick(r, ["nat", "intl"]))), code=_d(r, 6), d=g.day("long"))


# ---- wedding planner -----------------------------------------------------------------------
def _t_wedding_email_it(b, g):
    r = g.rng
    br_, gr, pl, biz = g.who(female=True), g.who(female=False), g.who(), g.who()
    b.f("Da: {bf} <{be}>\nA: {role}\nOggetto: R: Preventivo matrimonio – Villa Rossi\n\nCiao {pf},\n"
        "va benissimo, confermiamo Villa Rossi per il {wd}. Per il contratto: io sono nata a {bt} il {dob}, {gf} invece è di {gt}. "
        "Il bonifico dell'acconto partirà dal conto {iban}.\nUn abbraccio,\n{bfirst} e {gf2}\n{tel}\n\n"
        "Il giorno {d} {pfull} <{pe}> ha scritto:\n> Cara {bfirst2},\n> ti mando il preventivo aggiornato (rif. PRV-{n}): {gu} ospiti, "
        "menù degustazione, {tot} €.\n> Per il contratto mi servono indirizzo di residenza e data di nascita.\n> Se l'indirizzo è ancora\n",
        bf=P(br_.full), be=E(br_.email), role=E("info@sposifelici.it"), pf=P(pl.first), wd=g.day("long"), bt=L(g.town()), dob=D(g.dob(br_, ("num", "long"))), gf=P(gr.first),
        gt=L(g.town()), iban=(g.iban(), IBAN), bfirst=P(br_.first), gf2=P(gr.first), tel=T(g.ph(br_.mobile)), d=g.day(), pfull=P(pl.full),
        pe=E(g.work_email(pl, "sposifelici.it")), bfirst2=P(br_.first), n=g.num(4), gu=r.randint(60, 180), tot=f"{r.randint(6, 19)}.{r.randint(0, 9)}00")
    _quoted(b, g.lines(br_))
    b.f("> non serve altro.\n>\n> {pfull}\n> Sposi Felici – Wedding Planner\n", pfull=P(pl.full))
    _quoted(b, g.lines(biz))
    b.f("> Tel. {tel}\n", tel=T(g.ph(kind="fixed")))


def _t_wedding_whatsapp_gb(b, g):
    r = g.rng
    c, pt, mum = g.who(female=True), g.who(), g.who(female=True)
    d = g.date(datetime.date.fromordinal(r.randint(_D0, _D1)))
    b.f("{d}, 21:14 - {c}: Hiya! It's {cf}, we met at the wedding fair on Sunday 😊\n"
        "{d}, 21:15 - {c}: Is {wd} still free at The Old Rectory?\n"
        "{d}, 21:30 - Bloom & Vow Weddings: Hi {cf2}! Yes it is. Could you send both your full names and a postal address for the brochure?\n"
        "{d}, 21:41 - {c2}: {c3} and {p}. Address is {addr}\n"
        "{d}, 21:42 - {c4}: My mum {mf} will pay the deposit, her number is {mt}\n{d}, 21:42 - {c5}: <Media omitted>\n"
        "{d}, 21:50 - Bloom & Vow Weddings: Lovely, thank you! Brochure goes out tomorrow. Deposit can go to {iban}, ref BV{ref}\n"
        "{d}, 21:52 - {c6}: Perfect x",
        d=d, c=P(c.full), cf=P(c.first), wd=g.day("long"), cf2=P(c.first), c2=P(c.full), c3=P(c.full), p=P(pt.full), addr=A(g.addr(c)),
        c4=P(c.full), mf=P(mum.first), mt=T(g.ph(mum.mobile)), c5=P(c.full), iban=(g.iban(), IBAN), ref=_d(r, 5), c6=P(c.full))


def _t_wedding_pipe_gb(b, g):
    r = g.rng
    s, pr = g.who(), g.who()
    gs = [g.who() for _ in range(3)]
    b.f("Re: Invitations print run – order INV-{o}\nHi {pf}, here are the remaining guests for the envelopes (pipe-separated from our spreadsheet):\n\n"
        "guest | plus_one | address | dietary | table\n", o=g.num(5), pf=P(pr.first))
    for i, w in enumerate(gs):
        name = f"{w.last.upper()}, {w.first}" if i == 1 else w.full
        plus = [lambda: P(g.who().first), lambda: "-", lambda: P(g.who().full)][i]()
        b.f("{n} | {p} | {a} | {d} | {t}\n", n=P(name), p=plus, a=A(g.addr(w)), d=_pick(r, ["vegetarian", "none", "gluten-free", "vegan"]),
            t=r.randint(1, 14))
    b.f("\nCould you also print an RSVP card with our number {tel} and email {em}?\nThanks, {sf}", tel=T(g.ph(s.mobile)), em=E(s.email),
        sf=P(s.first))


def _t_wedding_crm_au(b, g):
    r = g.rng
    p1, p2, ow = g.who(), g.who(), g.who()
    b.f("Enquiry #{n} — Wattle & Lace Events (Hunter Valley)\nSource: Instagram DM → phone call\nCouple: {a} & {bb}\n"
        "Contact: {m} / {e}\nWedding date: {wd} · Guests ~{gu} · Budget ${bud}k\n"
        "Notes: {af} grew up in {ht}, wants a country feel; {bf}'s family are flying in from {fr}. Venue shortlist: Peppers Creek, "
        "Bimbadgen (both available).\nCalled back {d}: they live at {addr}, happy for us to post the brochure. Deposit invoice to follow.\nOwner: {ow}",
        n=g.num(5), a=P(p1.full), bb=P(p2.full), m=T(g.ph(p1.mobile)), e=E(p1.email), wd=g.day("long"), gu=r.randint(40, 140),
        bud=r.randint(25, 80), af=P(p1.first), ht=L(g.town()), bf=P(p2.first), fr=L(_pick(r, ["New Zealand", "Auckland", "Fiji", "Singapore", "Ireland"])),
        d=g.day(), addr=A(g.addr(p1)), ow=P(ow.first))


def _t_wedding_urlenc_us(b, g):
    r = g.rng
    c, p = g.who(), g.who()
    b.f("POST /wp-json/contact-form-7/v1/contact-forms/118/feedback HTTP/1.1\nHost: www.evergreen-weddings.com\n"
        "Content-Type: application/x-www-form-urlencoded\nX-Forwarded-For: {ip}\n\n"
        "your-name={n}&partner-name={pn}&your-email={e}&your-phone={t}&wedding-date={wd}&guest-count={gc}"
        "&venue=The+Barn+at+Hollow+Creek&budget=35000-50000&hear-about=Instagram&message=Hi%21+We+are+getting+married+in+the+fall"
        "+and+love+your+portfolio.&_wpcf7_version=5.9.3&_wpcf7_unit_tag=wpcf7-f118-p22-o1",
        ip=(g.ip4(), IP), n=P(quote_plus(c.full)), pn=P(quote_plus(p.first)), e=E(quote_plus(c.email)),
        t=T(g.ph(c.mobile, _pick(r, ["dash", "dots", "compact"]))), wd=g.day("iso"), gc=r.randint(40, 220))


def _t_wedding_ocr_frca(b, g):
    r = g.rng
    c = g.who()
    b.f("CONTRAT DE SERVICES – ÉVÉNEMENTS BELLE-RIVE inc.\nFormu1aire n° 0{n}          Page 1 / 2\n"
        "|----------------------------------------------------------|\n| Nom du c1ient / Client name : {full}\n"
        "| Date de naissance : {dob}       (AAAA-MM-JJ)\n| Adrcsse : {addr}\n| Té1éphone (jour) : {tel}     Cell. : {cell}\n"
        "| Courrie1 : {em}\n| Date de l'événement : {ev}   Lieu : Domaine du Lac-Beauport\n| Nombre d'invités : 1l{gu}\n"
        "| Dépôt versé : 2 5OO,OO $   Chèque n° {chq}\n|----------------------------------------------------------|\n"
        "Initiales du client : ____    Représentant : {rep}",
        n=g.num(5), full=P(c.full), dob=D(g.date(c.dob, "iso")), addr=A(g.addr(c)), tel=T(g.ph(kind="fixed", style="nat")),
        cell=T(g.ph(c.mobile, "nat")), em=E(c.email), ev=g.day("iso"), gu=r.randint(0, 9), chq=_d(r, 4), rep=P(g.who().full))


# ---- home-solar installer ------------------------------------------------------------------
def _t_solar_ocr_au(b, g):
    r = g.rng
    c = g.who()
    b.f("SUNRIDGE SOLAR – RESIDENTIAL INSTALLATION APPLICATION          Form SR-7 (rev 2024)\n"
        "[scanned {d} 09:42, page 1 of 3, OCR confidence {cf}%]\n\n1. APPLICANT DETA1LS\n   Full name: {full}\n   Date of b1rth: {dob}\n"
        "   Phone (mob): {mob}    Phone (home): {home}\n   Ema1l: {em}\n2. INSTALLATION ADDRESS\n   ",
        d=g.day("iso"), cf=r.randint(80, 97), full=P(c.full), dob=D(g.dob(c, ("num",))), mob=T(g.ph(c.mobile, _pick(r, ["nat", "space"]))),
        home=T(g.ph(kind="fixed", style="nat")), em=E(c.email))
    b.e("\n   ".join(g.lines(c)), ADDR)
    b.f("\n   NMI: {nmi}      Meter no.: {mt}\n3. SYSTEM\n   {kw} kW PV, {pn} x Trina 370W, Fronius Primo 5.0-1 inverter (s/n {sn})\n"
        "   Battery: [ ] yes  [x] no\n4. DECLARATION  Signed: ____________  Date: {d2}",
        nmi=_s(r, 10, string.digits + "ABCDEFGH"), mt=_d(r, 8), kw=_pick(r, ["6.6", "8.2", "10.4", "5.0"]), pn=r.randint(12, 28),
        sn=_d(r, 8), d2=g.day())


def _t_solar_sms_za(b, g):
    r = g.rng
    c, sp, tech = g.who(female=True), g.who(female=False), g.who()
    b.f("Messages with SunVolt Installations ({biz})\n"
        "SunVolt: Hi {cf}, this is {tf} from SunVolt. Our team will arrive tomorrow between 8-10am to install your 5kW inverter at {addr}. Reply YES to confirm.\n"
        "Me: YES. Pls call {alt} (my husband {spf}) if you can't get hold of me, I'll be in {tr} for work\n"
        "SunVolt: Noted 👍 Please make sure the DB board is accessible. Quote Q-{q}, balance R {bal},00 payable on completion.\n"
        "SunVolt: Update: load-shedding stage 2 tomorrow 08:00-10:30, install still on.\nMe: Thanks",
        biz=T(g.ph(kind="fixed", style="nat")), cf=P(c.first), tf=P(tech.first), addr=A(g.addr(c)), alt=T(g.ph(sp.mobile)), spf=P(sp.first),
        tr=L(g.town()), q=g.num(5), bal=f"{r.randint(18, 90)} {r.randint(100, 999)}")


def _t_solar_applog_de(b, g):
    r = g.rng
    c = g.who()
    t0 = g.dt()
    ts = lambda k: (t0 + datetime.timedelta(seconds=k)).strftime("%Y-%m-%d %H:%M:%S,") + f"{r.randint(0, 999):03d}"
    pv = f"PV-{g.num(6)}"
    b.f("{t1} INFO  [scheduler] Starte Ertragsabgleich für {n} Anlagen (build {v})\n"
        "{t2} INFO  [inverter-sync] Anlage {pv} (WR-SN {sn}) online, Ertrag heute {kwh} kWh\n"
        "{t3} WARN  [portal-auth] Fehlgeschlagener Login für {em} von {ip} (3/5)\n"
        "{t4} DEBUG [portal-auth] Request-Body: benutzer={em2} passwort={pw}   <- Debug-Logging in Prod aktiv!\n"
        "{t5} ERROR [tarif-api] 401 Unauthorized – Header X-Api-Key={key}\n"
        "{t6} INFO  [tarif-api] Retry über Proxy {p}:3128\n"
        "{t7} INFO  [kunden] Adresse geändert für Kunde {full}: {addr} (Anlage {pv})\n"
        "{t8} INFO  [geo] Client {ip6} → Region DE-SN",
        t1=ts(0), n=f"{r.randint(1, 9)}.{_d(r, 3)}", v=g.ver(), t2=ts(2), pv=pv, sn=_s(r, 12, string.ascii_uppercase + string.digits),
        kwh=f"{r.randint(0, 40)},{r.randint(0, 9)}", t3=ts(3), em=E(c.email), ip=(g.ip4(), IP), t4=ts(4), em2=E(c.email), pw=(g.pw(), PW),
        t5=ts(5), key=(g.key(_pick(r, ["hex", "live", "google"])), KEY), t6=ts(5), p=g.pip(), t7=ts(8), full=P(c.full), addr=A(g.addr(c)),
        t8=ts(9), ip6=(g.ip6(), IP))


def _t_solar_call_us(b, g):
    r = g.rng
    c, ag = g.who(), g.who()
    b.f("Financing pre-qual call — BrightPath Solar (Southwest region) — agent {ag}\n{d} {tm} MST · inbound · rec# {rec}\n"
        "Homeowner: {full}, DOB {dob}\nProperty: {addr}\nPhone: {tel} · Email: {em}\n"
        "Credit check consent given verbally; SSN {ssn} entered into lender portal (app #{app}).\n"
        "Autopay for loan: checking acct {acct}, routing {rt} ({bank}).\n"
        "System quoted: {kw} kW, {pn} panels, ${price} before ITC. Utility: APS, avg bill ${bill}/mo.\n"
        "Next: site survey {d2}, 10am window. Agent ext. {ext}.",
        ag=P(ag.full), d=g.day(), tm=g.tm(), rec=g.num(8), full=P(c.full), dob=D(g.dob(c, ("num", "long"))), addr=A(g.addr(c)),
        tel=T(g.ph(c.mobile)), em=E(c.email), ssn=(g.ssn(), SSN), app=g.num(7), acct=(g.acct(), BANK), rt=g.routing(),
        bank=_pick(r, ["Chase", "Wells Fargo", "US Bank", "credit union"]), kw=f"{r.randint(5, 12)}.{r.randint(0, 9)}", pn=r.randint(14, 30),
        price=f"{r.randint(18, 42)},{r.randint(100, 999)}", bill=r.randint(120, 320), d2=g.day(), ext=_d(r, 4))


def _t_solar_ini_se(b, g):
    r = g.rng
    c = g.who()
    b.f("; gateway.ini – SolKraft Hembox (firmware {v})\n; genererad {ts}\n\n[agare]\nnamn = {full}\ntelefon = {tel}\nadress = {addr}\n"
        "epost = {em}\n\n[portal]\nurl = https://portal.solkraft.se/api/v3\nanvandare = {em2}\nlosenord = {pw}\napi_nyckel = {key}\n\n"
        "[natverk]\ndhcp = false\nip = {p1}\ngateway = {p2}\nfjarr_ip = {pub}\n\n[modbus]\nadress = {ma}\nbaudrate = 9600\nparitet = none",
        v=g.ver(), ts=g.ts(), full=P(c.full), tel=T(g.ph(c.mobile)), addr=A(g.addr(c)), em=E(c.email), em2=E(c.email), pw=(g.pw(), PW),
        key=(g.key(_pick(r, ["hex", "live", "twilio"])), KEY), p1=f"192.168.1.{r.randint(20, 99)}", p2="192.168.1.1", pub=(g.ip4(), IP),
        ma=r.randint(1, 3))


def _t_solar_fwd_pl(b, g):
    r = g.rng
    c, s1, s2 = g.who(), g.who(), g.who()
    b.f("{s2f}, proszę wprowadź to do systemu i umów audyt. Dzięki!\n{s1f}\n\n-------- Wiadomość przekazana dalej --------\n"
        "Od: {full} <{em}>\nData: {d}\nTemat: Umowa na instalację fotowoltaiki – dane do umowy\nDo: {role}\n\nDzień dobry,\n\n"
        "przesyłam dane potrzebne do umowy:\nImię i nazwisko: {full2}\nData urodzenia: {dob}\nAdres instalacji: {addr}\nTelefon: {tel}\n"
        "Numer rachunku do zwrotu dotacji: {iban}\nMoc instalacji: {kw} kWp, falownik {inv}\n\nPozdrawiam serdecznie\n{cf}",
        s2f=P(s2.first), s1f=P(s1.first), full=P(c.full), em=E(c.email), role=E("biuro@slonecznydom.pl"), d=g.day("long"), full2=P(c.full), dob=D(g.dob(c, ("num", "long"))),
        addr=A(g.addr(c)), tel=T(g.ph(c.mobile)), iban=(g.iban(), IBAN), kw=f"{r.randint(3, 12)},{r.randint(0, 9)}",
        inv=_pick(r, ["Huawei SUN2000-6KTL", "SolarEdge SE5K", "Fronius Symo 8.2"]), cf=P(c.first))


# ---- public library ------------------------------------------------------------------------
def _t_library_form_fi(b, g):
    r = g.rng
    c = g.who()
    b.f("Kirjastokortin hakemus (verkkolomake)\nLähetetty: {ts}\nEtunimi: {f}\nSukunimi: {l}\nSyntymäaika: {dob}\nOsoite: {addr}\n"
        "Kotikunta: {kk}\nPuhelin: {tel}\nSähköposti: {em}\nKotikirjasto: {lib}\nAsiointikieli: suomi\nHuoltajan nimi (alle 15 v.): -\n"
        "Tiedotteet sähköpostiin: kyllä\nLomakeversio: {v}",
        ts=g.ts(), f=P(c.first), l=P(c.last), dob=D(g.dob(c, ("num", "long"))), addr=A(g.addr(c)), kk=L(c.town), tel=T(g.ph(c.mobile)),
        em=E(c.email), lib=_pick(r, ["Pääkirjasto Metso", "Hervannan kirjasto", "Lielahden kirjasto"]), v=g.ver())


def _t_library_stt_ie(b, g):
    r = g.rng
    c = g.who()
    b.f("voicemail transcription — city library renewals line — {d} {tm}\n"
        "\"hi this is {full} i'm calling about the books on my card ending {l4} i'm away in {tr} until the twentieth so i can't bring "
        "them back could you renew them please my number is {mob} and my date of birth is {dob} if you need it thanks bye\"\n"
        "[duration 0:{ss} · auto-transcribed · confidence 0.{cf}]",
        d=g.day(), tm=g.tm(), full=P(c.full.lower()), l4=g.last4(), tr=L(_pick(r, ["boston", "lanzarote", "london", g.town().lower()])),
        mob=T(g.ph(c.mobile, _pick(r, ["nat", "compact", "space"]))), dob=D(g.date(c.dob, "spoken")), ss=r.randint(21, 59), cf=r.randint(70, 95))


def _t_library_notif_no(b, g):
    r = g.rng
    c, o = g.who(), g.who()
    b.f("Varsler sendt fra bibliotekssystemet (utdrag)\n- Hei {cf}! Boka du reserverte er klar til henting på Hovedbiblioteket, hylle {h}\n"
        "- Påminnelse: {n} lån forfaller {d}\n- {full}: purring nr. 2 – erstatningskrav {kr} kr\n- Ny innlogging på Mitt bibliotek fra {ip}\n"
        "- Kvittering sendt til {em}\n- SMS-varsel aktivert for {tel}\n- {of} har delt en leseliste med deg\n"
        "- Arrangement: Forfatterkveld i Store sal kl. 19:00",
        cf=P(c.first), h=r.randint(1, 40), n=r.randint(2, 5), d=g.day(), full=P(c.full), kr=r.randint(150, 600), ip=(g.ip(), IP), em=E(c.email),
        tel=T(g.ph(c.mobile)), of=P(o.full))


def _t_library_kvlog_ca(b, g):
    r = g.rng
    c = g.who()
    pid = f"P{g.num(7)}"
    t0 = g.dt()
    ts = lambda k: (t0 + datetime.timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%S-05:00")
    b.f("ts={t1} level=info svc=patron-api msg=\"card issued\" patron_id={pid} barcode=2{bc} branch={br} email={em} ip={ip}\n"
        "ts={t2} level=info svc=patron-api msg=\"profile updated\" patron_id={pid} field=home_phone new={tel} old=- ip={ip2}\n"
        "ts={t3} level=warn svc=auth msg=\"pin reset requested\" patron_id={pid} name=\"{full}\" dob={dob} ip={p1}\n"
        "ts={t4} level=debug svc=auth msg=\"temporary password issued\" patron_id={pid} temp_password={pw}\n"
        "ts={t5} level=info svc=holds msg=\"hold placed\" patron_id={pid} isbn=978{isbn} pickup={br2} version={v}",
        t1=ts(0), pid=pid, bc=_d(r, 13), br=_pick(r, ["CENTRAL", "NORTH-END", "WESTSIDE"]), em=E(c.email), ip=(g.ip(), IP), t2=ts(3),
        tel=T(g.ph(c.mobile, _pick(r, ["dash", "e164", "nat"]))), ip2=(g.ip4(), IP), t3=ts(9), full=P(c.full), dob=D(g.date(c.dob, "iso")),
        p1=g.pip(), t4=ts(9), pw=(g.pw(), PW), t5=ts(15), isbn=_d(r, 10), br2=_pick(r, ["Downtown", "Riverside", "Main"]), v=g.ver())


def _t_library_nopii_gb(b, g):
    r = g.rng
    room = _pick(r, ["Charlotte Brontë Room", "Mary Seacole Room", "Alan Turing Suite"])
    b.f("What's on at Castlegate Library – this month\n• Tue 10:30 – Rhyme Time for under-5s (Children's Library, ground floor)\n"
        "• Wed 18:00 – Family history drop-in: using the {y} census returns\n• Thu 14:00 – Digital skills: how to use the e-book app (version {v})\n"
        "• Sat 11:00 – Book club in the {room}: this month's title is \"The Tenant of Wildfell Hall\"\n"
        "Opening hours: Mon–Fri 09:00–19:00, Sat 09:00–16:00. Closed on bank holidays.\n"
        "Late fees are suspended for children's items. Reservation charge: £0.{p} per item. Wi-Fi code at the front desk.",
        y=_pick(r, ["1881", "1901", "1911", "1921"]), v=g.ver(), room=room, p=_pick(r, ["50", "80", "90"]))


def _t_library_email_hu(b, g):
    r = g.rng
    c, st, biz = g.who(), g.who(), g.who()
    card = f"OJ-{g.num(7)}"
    b.f("Feladó: {full} <{em}>\nCímzett: {role}\nTárgy: Re: Lejárt kölcsönzés – olvasójegy {card}\n\n"
        "Kedves {sf}!\n\nKöszönöm a türelmet, a könyveket jövő héten visszaviszem. Közben elköltöztem, az új címem: {addr}. "
        "Kérem, a felszólítást ide küldjék, vagy hívjanak a {tel} számon.\n\nÜdvözlettel:\n{full2}\n\n"
        "{d} időpontban {sfull} <{se}> ezt írta:\n> Tisztelt {full3}!\n> Az Ön olvasójegyén ({card}) két dokumentum kölcsönzési ideje lejárt.\n"
        "> Az értesítést az alábbi címre küldtük:\n",
        full=P(c.full), em=E(c.email), role=E("olvasoszolgalat@varosikonyvtar.hu"), card=card, sf=P(st.first), addr=A(g.addr(c)), tel=T(g.ph(c.mobile)), full2=P(c.full), d=g.day(),
        sfull=P(st.full), se=E(g.work_email(st, "varosikonyvtar.hu")), full3=P(c.full))
    _quoted(b, g.lines(g.who()))
    b.f("> Üdvözlettel:\n> {sfull}\n> Városi Könyvtár, Olvasószolgálat\n> Tel.: {tel}\n", sfull=P(st.full), tel=T(g.ph(kind="fixed")))


# ---- ferry bookings ------------------------------------------------------------------------
def _t_ferry_whatsapp_gr(b, g):
    r = g.rng
    c, comp = g.who(), g.who(female=True)
    d = g.day()
    bk = f"AL{g.num(6)}"
    b.f("[{d} 10:12:33] {c}: Καλημέρα σας, θέλω να αλλάξω την κράτηση {bk} για {dest}.\n[{d} 10:13:02] Aegean Lines: Καλημέρα! Ποια ημερομηνία θέλετε;\n"
        "[{d} 10:14:40] {c2}: Στις {n1}/07 αντί για {n0}/07. Είμαστε 2 επιβάτες, εγώ και η {comp}, γεννημένη {dob}.\n"
        "[{d} 10:16:05] Aegean Lines: Εντάξει. Η διαφορά είναι {amt} €. Σας στέλνω link πληρωμής στο {em};\n"
        "[{d} 10:16:51] {c3}: Ναι. Το κινητό μου είναι {tel}.\n[{d} 10:18:20] Aegean Lines: Έγινε ✅ Νέες κάρτες επιβίβασης στο email. Καλό ταξίδι!",
        d=d, c=P(c.full), bk=bk, dest=L(_pick(r, ["Χανιά", "Ηράκλειο", "Ρόδο", "Μυτιλήνη", "Σαντορίνη"])), c2=P(c.full), n1=r.randint(14, 28),
        n0=r.randint(1, 13), comp=P(comp.full), dob=D(g.dob(comp, ("num", "long"))), amt=f"{r.randint(8, 60)},{r.randint(0, 99):02d}",
        em=E(c.email), c3=P(c.full), tel=T(g.ph(c.mobile)))


def _t_ferry_sms_greeklish(b, g):
    r = g.rng
    c, sp = g.who(), g.who()
    bk = f"BW{g.num(7)}"
    b.f("SMS apo Blue Wave Ferries\nBWF: Kalimera {cf}, i kratisi sas {bk} gia {dest} (anaxorisi 07:30, Pyli E{gate}) epivevaiothike.\n"
        "{cf2}: Efcharisto! Mporeite na steilete to eisitirio kai sto {em} ?\nBWF: Fysika. To tilefono epikoinonias einai to {tel} ?\n"
        "{cf3}: Nai, kai gia ton/tin syzygo mou {spf} to {tel2}\nBWF: Entaxei. Kalo taxidi!",
        cf=P(c.first), bk=bk, dest=L(_pick(r, ["Chania", "Irakleio", "Rodo", "Mykono", "Naxo"])), gate=r.randint(1, 9), cf2=P(c.first),
        em=E(c.email), tel=T(g.ph(c.mobile)), cf3=P(c.first), spf=P(sp.full), tel2=T(g.ph(sp.mobile)))


def _t_ferry_jsonl_tr(b, g):
    r = g.rng
    c, k = g.who(), g.who()
    rz = f"DNZ-{g.num(7)}"
    b.f("{\"rezervasyon_no\":\"{rz}\",\"sefer_kodu\":\"BDR-KOS-{sk}\",\"tarih\":\"{d}\",\"yolcu\":{\"ad\":\"{f}\",\"soyad\":\"{l}\","
        "\"dogum_tarihi\":\"{dob}\",\"uyruk\":\"TR\",\"telefon\":\"{tel}\",\"eposta\":\"{em}\"},\"arac_plaka\":\"{pl}\","
        "\"odeme\":{\"kart\":\"{card}\",\"tutar\":\"{amt} TRY\"}}\n"
        "{\"rezervasyon_no\":\"{rz}\",\"yolcu\":{\"ad\":\"{f2}\",\"soyad\":\"{l2}\",\"dogum_tarihi\":\"{dob2}\",\"uyruk\":\"TR\"},"
        "\"kabin\":\"B{cab}\",\"not\":\"Refakatçi: {ref}\"}\n"
        "{\"islem\":\"check_in\",\"rezervasyon_no\":\"{rz}\",\"ip\":\"{ip}\",\"cihaz\":\"Android 14\",\"zaman\":\"{ts}\",\"uygulama\":\"{v}\"}",
        rz=rz, sk=_d(r, 4), d=g.day(), f=P(c.first), l=P(c.last), dob=D(g.dob(c, ("num", "iso"))), tel=T(g.ph(c.mobile, _pick(r, ["e164", "nat"]))),
        em=E(c.email), pl=f"{r.randint(1, 81):02d} {_s(r, 3, 'ABCDEFGHJKLMNPRSTUVYZ')} {_d(r, 3)}", card=(g.card(style="compact"), CC),
        amt=f"{r.randint(1, 9)}.{_d(r, 3)},00", f2=P(k.first), l2=P(k.last), dob2=D(g.dob(k, ("num", "iso"))), cab=r.randint(1, 40),
        ref=P(c.full), ip=(g.ip(), IP), ts=g.ts(), v=g.ver())


_FERRY_DEST = [("Spain", "Santander", "SDR"), ("Spain", "Bilbao", "BIO"), ("France", "Caen", "CAE"), ("France", "Cherbourg", "CBG"),
               ("Ireland", "Rosslare", "RSL"), ("the Netherlands", "Hook of Holland", "HVH")]


def _t_ferry_ticket_gb(b, g):
    r = g.rng
    c, wf, son, ag = g.who(female=False), g.who(female=True, years=(1960, 1995)), g.who(female=False), g.who()
    country, town, code = _pick(r, _FERRY_DEST)
    b.f("Ticket {tk} — Booking amendment — Channel Crossings Ltd\nCustomer: {title} ", tk=g.num(6), title=g.title(c))
    b.f("{full} ({em})\nBooking ref: CCX{br}  Sailing: PME-{code} 22:15 (overnight)\nVehicle: VW Transporter, reg {reg}, length 5.3 m\n\n"
        "Customer wrote:\n\"We're relocating to {ctry} and travelling to {town} on the overnight boat with our two dogs. Can we change to a "
        "pet-friendly cabin? My mobile is {mob}. Passengers: myself, my wife {wf} (born {dob}) and our son {son}.\"\n\n"
        "Internal note — {ag}, {d}:\nPet cabin available at £89 supplement. Card on file: Visa ****{l4}. Called {mob2} — no answer, left VM. "
        "Home address on booking: {addr}.",
        full=P(c.full), em=E(c.email), br=g.num(7), code=code,
        reg=f"{_s(r, 2, 'ABCDEFGHKLMNOPRSVWY')}{r.randint(10, 74)} {_s(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}", ctry=L(country), town=L(town),
        mob=T(g.ph(c.mobile)), wf=P(wf.full), dob=D(g.dob(wf, ("num", "long"))), son=P(son.first), ag=P(ag.full), d=g.day(), l4=g.last4(),
        mob2=T(g.ph(c.mobile, "intl")), addr=A(g.addr(c)))


def _t_ferry_livechat_it(b, g):
    r = g.rng
    c, op, ch = g.who(years=(1968, 1990)), g.who(), g.who(female=True, years=(2008, 2021))
    t = g.tm()
    b.f("Chat assistenza – Linee Marittime Azzurre\n[{t}] Bot: Ciao! Sono l'assistente virtuale. Scrivi il codice prenotazione.\n"
        "[{t}] {c}: LMA{code}\n[{t}] Bot: Grazie. Ti passo a un operatore.\n[{t}] {op} (operatore): Buongiorno {title} ",
        t=t, c=P(c.full), code=g.num(6), op=P(op.first), title=g.title(c))
    b.f("{cl}, come posso aiutarla?\n[{t}] {c}: Devo aggiungere mia figlia {chf}, nata il {dob}, al viaggio per {dest} del {d}.\n"
        "[{t}] {op} (operatore): Certo. Mi conferma un recapito telefonico?\n[{t}] {c2}: {mob}, oppure fisso {home}\n"
        "[{t}] {op2} (operatore): Perfetto. Ricevuta inviata a {em}. Supplemento 32,00 €, pagamento con carta **** {l4} confermato.",
        cl=P(c.last), t=t, c=P(c.full), chf=P(ch.first), dob=D(g.dob(ch, ("num", "long"))), dest=L(_pick(r, ["Olbia", "Palermo", "Cagliari", "Bastia", "Tunisi"])),
        d=g.day("long"), op=P(op.first), c2=P(c.full), mob=T(g.ph(c.mobile)), home=T(g.ph(kind="fixed")), op2=P(op.first), em=E(c.email),
        l4=g.last4())


def _t_ferry_pipe_ie(b, g):
    r = g.rng
    ld = g.who()
    ps = [g.who(), g.who()]
    b.f("Manifest correction request — sailing AR-{s} on {d}\nHi, two passengers were entered incorrectly. Corrected rows below "
        "(from the group booking sheet):\n\n| # | Passenger | DOB | Mobile | Home town |\n|---|-----------|-----|--------|-----------|\n",
        s=_d(r, 4), d=g.day())
    for i, w in enumerate(ps):
        name = w.full if i == 0 else f"{w.last.upper()}, {w.first}"
        b.f("| {i} | {n} | {dob} | {m} | {t} |\n", i=i + 1, n=P(name), dob=D(g.date(w.dob)), m=T(g.ph(w.mobile)), t=L(w.town))
    b.f("\nGroup leader: {lf}, {le}\nThanks,\n{lfirst}", lf=P(ld.full), le=E(ld.email), lfirst=P(ld.first))


# ---- pension fund --------------------------------------------------------------------------
def _t_pension_email_us(b, g):
    r = g.rng
    c = g.who(years=(1957, 1964))
    b.f("From: {full} <{em}>\nTo: Participant Services <{role}>\nSubject: Rollover request – plan #{plan}\n\n"
        "Hello,\n\nI'm retiring at the end of the month and would like to roll my balance into my IRA. My details:\n\nName: {full2}\nSSN: {ssn}\n"
        "Date of birth: {dob}\nMailing address: {addr}\n\nFor the small residual amount, please direct deposit to routing {rt}, "
        "checking account {acct} ({bank}).\n\nThank you,\n\n{full3}\n{job} (ret.), Lincoln County Schools\nCell: {mob}",
        full=P(c.full), em=E(c.email), role=E("participants@keystone-retirement.org"), plan=g.num(6), full2=P(c.full), ssn=(g.ssn(), SSN), dob=D(g.dob(c, ("num", "long"))), addr=A(g.addr(c)),
        rt=g.routing(), acct=(g.acct(), BANK), bank=_pick(r, ["Wells Fargo", "Bank of America", "PNC", "Truist"]), full3=P(c.full),
        job=_pick(r, ["Librarian", "Bus driver", "Teacher", "Custodian"]), mob=T(g.ph(c.mobile)))


def _t_pension_ticket_pl(b, g):
    r = g.rng
    c, ag = g.who(years=(1944, 1962)), g.who()
    b.f("Zgłoszenie #{n} · Fundusz Emerytalny Złota Jesień · Kategoria: Zmiana danych\nUczestnik: {full} (nr uczestnika {un})\n"
        "Treść zgłoszenia:\nProszę o zmianę numeru rachunku do wypłaty świadczenia na: {iban}. Od marca mieszkam pod nowym adresem: {addr}. "
        "Telefon kontaktowy {tel}, e-mail {em}.\nZ poważaniem, {full2}\n\n[Notatka wewnętrzna – {ag}, {d}]\n"
        "Tożsamość potwierdzona telefonicznie (data urodzenia {dob} zgodna z kartoteką). Poprzedni rachunek kończył się na …{l4}. "
        "Przekazano do działu wypłat, SLA 5 dni rob.",
        n=g.num(6), full=P(c.full), un=f"ZJ/{r.randint(2001, 2024)}/{_d(r, 6)}", iban=(g.iban(), IBAN), addr=A(g.addr(c)), tel=T(g.ph(c.mobile)), em=E(c.email), full2=P(c.full),
        ag=P(f"{ag.first[0]}. {ag.last}"), d=g.day(), dob=D(g.dob(c, ("num", "long"))), l4=g.last4())


def _t_pension_call_es(b, g):
    r = g.rng
    c, ag, dt = g.who(years=(1952, 1963)), g.who(), g.who(female=True)
    b.f("Registro de llamada – Plan de Pensiones Horizonte · Agente: {ag} · Extensión {ext}\nFecha: {d} · Hora: {tm} · Duración: {mn} min\n"
        "Partícipe: {title} ", ag=P(ag.full), ext=_d(r, 4), d=g.day(), tm=g.tm(), mn=r.randint(4, 25), title=g.title(c))
    b.f("{full}, identidad verificada ✔, fecha de nacimiento {dob}\nMotivo: solicita rescate parcial por jubilación y cambio de domicilio.\n"
        "Nuevo domicilio: {addr}\nTeléfonos: {mob} (móvil) / {home} (fijo)\nCuenta para el abono: {iban}\n"
        "Observaciones: se ha trasladado desde {old} a {new} para vivir cerca de su hija {df}. Enviar documentación a {em}. "
        "Próxima llamada en 48 h.",
        full=P(c.full), dob=D(g.dob(c, ("num", "long"))), addr=A(g.addr(c)), mob=T(g.ph(c.mobile)), home=T(g.ph(kind="fixed")),
        iban=(g.iban(), IBAN), old=L(g.town()), new=L(c.town), df=P(dt.first), em=E(c.email))


def _t_pension_ocr_za(b, g):
    r = g.rng
    c, b1, b2, wt = g.who(years=(1950, 1975)), g.who(years=(1950, 1978)), g.who(female=True, years=(1980, 2005)), g.who()
    b.f("GOLDEN YEARS RETIREMENT FUND\nNOMINATION OF BENEFICIARIES (FORM GY-12)        [OCR scan - page 1/1]\n"
        "_____________________________________________________________________\nMernber name: {full}            Member no: GY{n}\n"
        "Date of B1rth: {dob}           ID/Passport: [redacted]\nResidential address: {addr}\nCe1l: {mob}     Work te1: {wk}\nE-mai1: {em}\n"
        "---------------------------------------------------------------------\nBeneficiary 1: {b1}    Relationship: Spouse    Share: {s1}%\n"
        "Beneficiary 2: {b2}    Relationship: Daughter  Share: {s2}%\n  Beneficiary 2 DOB: {dob2}\n"
        "Signature: ____________   Witness: {wt}   Date: {d}",
        full=P(c.full), n=g.num(7), dob=D(g.dob(c, ("num",))), addr=A(g.addr(c)), mob=T(g.ph(c.mobile)), wk=T(g.ph(kind="fixed")),
        em=E(c.email), b1=P(b1.full), s1="6O", b2=P(b2.full), s2="4O", dob2=D(g.dob(b2, ("num",))), wt=P(wt.full), d=g.day())


def _t_pension_stt_ca(b, g):
    r = g.rng
    c, fa = g.who(years=(1960, 1980)), g.who(female=False, years=(1930, 1952))
    bt = _pick(r, ["winnipeg", "sudbury", "charlottetown", "thunder bay", g.town().lower()])
    b.f("[auto transcript · pension helpline · {d} · speaker labels estimated]\n"
        "caller: hi yeah i'm calling about my late father's pension his name was {fa}\n"
        "agent: i'm very sorry for your loss can i get your name please\ncaller: it's {full}\n"
        "agent: and your relationship to the member\ncaller: i'm his {rel} and the executor of the estate\n"
        "agent: okay and the member's date of birth\ncaller: {dob}\nagent: thank you and where should we send the forms\n"
        "caller: to my place {addr}\nagent: and a good number to reach you\ncaller: {tel}\n"
        "agent: great {cf} we'll mail the survivor package within ten business days and he was born in {bt} right we'll need that certificate too\n"
        "caller: yeah {bt2} okay thanks",
        d=g.day("iso"), fa=P(fa.full.lower()), full=P(c.full.lower()), rel="daughter" if c.female else "son",
        dob=D(g.date(fa.dob, "spoken")), addr=A(g.addr_spoken(c)), tel=T(g.ph(c.mobile, _pick(r, ["dash", "space", "compact"]))),
        cf=P(c.first.lower()), bt=L(bt), bt2=L(bt))


def _t_pension_yaml_in(b, g):
    r = g.rng
    e = g.who()
    b.f("# contrib-export.yaml — nightly contribution export to custodian\njob:\n  name: nightly-contrib-export\n  schedule: \"30 1 * * *\"\n"
        "  version: {v}\nsftp:\n  host: sftp.custodian-partner.in\n  port: 22\n  username: pfund_export\n  password: \"{pw}\"\n"
        "  known_host_ip: {ip}\napi:\n  base_url: https://api.custodian-partner.in/v2\n  token: {key}\n  timeout_s: 30\nnotify:\n"
        "  on_failure:\n    - {em}\n    - {role}\n  sms: \"{tel}\"\nowner:\n  name: {full}\n  team: Data Platform\n"
        "  office: Bandra Kurla Complex, Mumbai",
        v=g.ver(), pw=(g.pw(), PW), ip=(g.ip4(), IP), key=(g.key(_pick(r, ["hex", "live", "gh"])), KEY), em=E(g.work_email(e, "nidhi-pension.in")), role=E("ops-alerts@nidhi-pension.in"),
        tel=T(g.ph(e.mobile, _pick(r, ["e164", "intl"]))), full=P(e.full))


# ---- language school -----------------------------------------------------------------------
def _t_lang_email_cl(b, g):
    r = g.rng
    pa, st, te, biz = g.who(female=True, years=(1970, 1988)), g.who(years=(2006, 2014)), g.who(), g.who()
    tem = g.work_email(te, "linguasur.cl")
    b.f("De: {pf} <{pe}>\nPara: {tf} <{te}>\nAsunto: RE: Matrícula curso de inglés B1 – {sf}\n\nHola {tfirst}:\n\n"
        "Adjunto los datos que faltaban. {sfull} nació el {dob} en {bt}. Nos cambiamos de casa, la nueva dirección es {addr}. "
        "Mi celular es {mob}.\n\nSaludos cordiales,\n{pf2}\n\nEl {d}, {tf2} <{te2}> escribió:\n> Estimada {pfirst}:\n"
        "> Para completar la matrícula de {sf2} necesitamos la fecha de nacimiento y el domicilio actual.\n> El valor mensual es ${val} (pago con Webpay).\n"
        "> Saludos,\n> {tf3}\n> Coordinación Académica – Academia Lingua Sur\n",
        pf=P(pa.full), pe=E(pa.email), tf=P(te.full), te=E(tem), sf=P(st.first), tfirst=P(te.first),
        sfull=P(st.full), dob=D(g.dob(st, ("num", "long"))), bt=L(g.town()), addr=A(g.addr(pa)), mob=T(g.ph(pa.mobile)), pf2=P(pa.full),
        d=g.day("long"), tf2=P(te.full), te2=E(tem), pfirst=P(pa.first), sf2=P(st.first),
        val=f"{r.randint(59, 129)}.000", tf3=P(te.full))
    _quoted(b, g.lines(biz))
    b.f("> {tel}\n", tel=T(g.ph(kind="fixed", style="intl")))


def _t_lang_whatsapp_br(b, g):
    r = g.rng
    s = g.who()
    d = g.day()
    b.f("{d} 14:02 - {s}: Oi! Vi o anúncio do curso intensivo de espanhol 🇪🇸\n"
        "{d} 14:05 - Escola Falar Bem: Olá, {sf}! Temos turma às terças e quintas, 19h. Quer fazer a matrícula?\n"
        "{d} 14:07 - {s2}: Quero sim. Nome completo {s3}, {nasc} em {dob}, moro em {town}.\n"
        "{d} 14:07 - {s4}: Meu e-mail é {em} e o celular é esse mesmo, {tel}\n"
        "{d} 14:10 - Escola Falar Bem: Perfeito! A mensalidade é R$ {val}. Pode pagar por Pix (chave CNPJ {cnpj}) ou cartão.\n"
        "{d} 14:12 - {s5}: Cartão {card} validade {exp}\n"
        "{d} 14:13 - Escola Falar Bem: ⚠️ {sf2}, por segurança não envie o número do cartão por aqui! Vou te mandar um link de pagamento.",
        d=d, s=P(s.full), sf=P(s.first), s2=P(s.full), s3=P(s.full), nasc="nascida" if s.female else "nascido", dob=D(g.dob(s, ("num", "long"))),
        town=L(s.town), s4=P(s.full), em=E(s.email), tel=T(g.ph(s.mobile)), val=f"{r.randint(199, 499)},90",
        cnpj=f"{_d(r, 2)}.{_d(r, 3)}.{_d(r, 3)}/0001-{_d(r, 2)}", s5=P(s.full), card=(g.card(), CC), exp=g.exp(), sf2=P(s.first))


def _t_lang_urlenc_tr(b, g):
    r = g.rng
    s = g.who()
    town = _pick(r, ["Bursa", "Antalya", "Konya", "Trabzon", "Kayseri", "Mersin"])
    b.f("Form gönderimi (application/x-www-form-urlencoded) — POST /kayit/ogrenci\nİstemci IP: {ip}\n"
        "ad_soyad={n}&dogum_tarihi={dob}&sehir={t}&telefon={tel}&eposta={em}&kurs=ingilizce-b2&sube=merkez&odeme=havale&kvkk_onay=1\n"
        "Sunucu yanıtı: 302 → /kayit/tesekkurler?ref=KYT-{ref}",
        ip=(g.ip(), IP), n=P(quote_plus(s.full)), dob=D(g.date(s.dob)), t=L(town), tel=T(g.ph(s.mobile, "compact")), em=E(quote_plus(s.email)),
        ref=g.num(6))


def _t_lang_teams_fr(b, g):
    r = g.rng
    a, bb, st = g.who(), g.who(), g.who()
    lf = lambda w: P(f"{w.last}, {w.first}")
    b.f("Conversation Teams – « Secrétariat École Polyglotte »\n\n{a}  10:02\nBonjour ! L'étudiant(e) {st} a appelé, déménagement à {town}.\n\n"
        "{b}  10:04\nOK, tu as la nouvelle adresse ?\n\n{a2}  10:05\nOui : {addr}. Nouveau portable : {mob}\n\n"
        "{b2}  10:06\nMerci. Pour la plateforme e-learning, l'identifiant reste {em} et j'ai mis le mot de passe provisoire {pw}\n\n"
        "{a3}  10:07\n👍 Je le/la préviens par SMS. Groupe B2-{grp} le jeudi inchangé.",
        a=lf(a), st=P(st.full), town=L(st.town), b=lf(bb), a2=lf(a), addr=A(g.addr(st)), mob=T(g.ph(st.mobile)), b2=lf(bb), em=E(st.email),
        pw=(g.pw(), PW), a3=lf(a), grp=r.randint(1, 9))


def _t_lang_csv_in(b, g):
    r = g.rng
    co, se = g.who(), g.who()
    b.f("Subject: Batch IELTS-Weekend-{bt} – student list for mock test registration\nHi {cf},\n"
        "Please register these students for Saturday's mock test. Pasted from our Excel:\n\n"
        "\"Student Name\",\"DOB\",\"Mobile\",\"Email\",\"Home City\",\"Fee Status\"\n", bt=f"{r.randint(1, 30):02d}", cf=P(co.first))
    for _ in range(3):
        w = g.who()
        b.f("\"{n}\",\"{dob}\",\"{m}\",\"{e}\",\"{c}\",\"{fs}\"\n", n=P(w.full), dob=D(g.date(w.dob, _pick(r, ["num", "iso"]))),
            m=T(g.ph(w.mobile, _pick(r, ["nat", "e164", "compact"]))), e=E(w.email), c=L(w.town), fs=_pick(r, ["Paid", "Pending", "Paid"]))
    b.f("\nThanks & regards,\n{sf}\nCentre Coordinator, LinguaBridge Academy, {br} Centre\n{tel}", sf=P(se.full), br=g.town(),
        tel=T(g.ph(kind="fixed")))


def _t_lang_nopii_au(b, g):
    r = g.rng
    b.f("Term {t} timetable — Southern Cross Language Centre\nMon/Wed 6:00–8:00 pm   General English B1   Room {r1} (Level 2)\n"
        "Tue/Thu 9:30–12:30     IELTS Preparation    Room {r2}\nSat 10:00–1:00         Conversation Club    Library\n"
        "Fees: ${fee} per 4-week block; textbook \"English File 4th ed.\" ${tb}.\nPublic holiday: no classes on the King's Birthday Monday.\n"
        "Enrolment closes Friday 5 pm. Enquiries via the front desk (ext. {ext}). Student portal v{v}.",
        t=r.randint(1, 4), r1=r.randint(1, 9), r2=r.randint(10, 14), fee=r.randint(280, 420), tb=r.randint(45, 75), ext=r.randint(100, 199), v=g.ver())


# id, language/region used for values, builder
TEMPLATES = [
    ("pharmacy.email-quoted-reply.en-GB", "en-GB", _t_pharmacy_email_quoted),
    ("pharmacy.sms-thread.en-IE", "en-IE", _t_pharmacy_sms),
    ("pharmacy.ticket-internal-note.de-DE", "de-DE", _t_pharmacy_ticket_de),
    ("pharmacy.call-centre-notes.en-IN", "en-IN", _t_pharmacy_call_in),
    ("pharmacy.form-dump-kv.nl-NL", "nl-NL", _t_pharmacy_form_nl),
    ("pharmacy.app-log.en-US", "en-US", _t_pharmacy_applog_us),
    ("ridehail.live-chat.en-US", "en-US", _t_ride_livechat_us),
    ("ridehail.json-lines.en-US", "en-US", _t_ride_driver_jsonl),
    ("ridehail.whatsapp-export.es-CO", "es-CO", _t_ride_whatsapp_co),
    ("ridehail.access-log.pt-BR", "pt-BR", _t_ride_accesslog_br),
    ("ridehail.stt-transcript.en-AU", "en-AU", _t_ride_stt_au),
    ("ridehail.notification-subjects.en-CA", "en-CA", _t_ride_notif_ca),
    ("cowork.env-config.en-GB", "en-GB", _t_cowork_env_gb),
    ("cowork.teams-chat.de-AT", "de-AT", _t_cowork_teams_at),
    ("cowork.forwarded-email.fr-FR", "fr-FR", _t_cowork_fwd_fr),
    ("cowork.crm-notes.en-ZA", "en-ZA", _t_cowork_crm_za),
    ("cowork.yaml-config.nl-BE", "nl-BE", _t_cowork_yaml_be),
    ("cowork.no-pii-notice.en-US", "en-US", _t_cowork_nopii_us),
    ("streaming.support-ticket.en-US", "en-US", _t_stream_ticket_us),
    ("streaming.slack-export.en-CA", "en-CA", _t_stream_slack_ca),
    ("streaming.json-lines.es-ES", "es-ES", _t_stream_jsonl_es),
    ("streaming.csv-in-ticket.en-IN", "en-IN", _t_stream_csv_in),
    ("streaming.email-signature.pt-PT", "pt-PT", _t_stream_email_pt),
    ("streaming.notification-subjects.en-GB", "en-GB", _t_stream_notif_gb),
    ("wedding.email-quoted-reply.it-IT", "it-IT", _t_wedding_email_it),
    ("wedding.whatsapp-export.en-GB", "en-GB", _t_wedding_whatsapp_gb),
    ("wedding.pipe-rows-in-ticket.en-GB", "en-GB", _t_wedding_pipe_gb),
    ("wedding.crm-notes.en-AU", "en-AU", _t_wedding_crm_au),
    ("wedding.form-urlencoded.en-US", "en-US", _t_wedding_urlenc_us),
    ("wedding.ocr-form.fr-CA", "fr-CA", _t_wedding_ocr_frca),
    ("solar.ocr-form.en-AU", "en-AU", _t_solar_ocr_au),
    ("solar.sms-thread.en-ZA", "en-ZA", _t_solar_sms_za),
    ("solar.app-log.de-DE", "de-DE", _t_solar_applog_de),
    ("solar.call-centre-notes.en-US", "en-US", _t_solar_call_us),
    ("solar.ini-config.sv-SE", "sv-SE", _t_solar_ini_se),
    ("solar.forwarded-email.pl-PL", "pl-PL", _t_solar_fwd_pl),
    ("library.form-dump-kv.fi-FI", "fi-FI", _t_library_form_fi),
    ("library.stt-voicemail.en-IE", "en-IE", _t_library_stt_ie),
    ("library.notification-subjects.nb-NO", "nb-NO", _t_library_notif_no),
    ("library.key-value-log.en-CA", "en-CA", _t_library_kvlog_ca),
    ("library.no-pii-events.en-GB", "en-GB", _t_library_nopii_gb),
    ("library.email-quoted-reply.hu-HU", "hu-HU", _t_library_email_hu),
    ("ferry.whatsapp-export.el-GR", "el-GR", _t_ferry_whatsapp_gr),
    ("ferry.sms-thread-greeklish.el-GR", "el-Latn", _t_ferry_sms_greeklish),
    ("ferry.json-lines.tr-TR", "tr-TR", _t_ferry_jsonl_tr),
    ("ferry.support-ticket.en-GB", "en-GB", _t_ferry_ticket_gb),
    ("ferry.live-chat.it-IT", "it-IT", _t_ferry_livechat_it),
    ("ferry.pipe-rows-in-ticket.en-IE", "en-IE", _t_ferry_pipe_ie),
    ("pension.email-signature.en-US", "en-US", _t_pension_email_us),
    ("pension.ticket-internal-note.pl-PL", "pl-PL", _t_pension_ticket_pl),
    ("pension.call-centre-notes.es-ES", "es-ES", _t_pension_call_es),
    ("pension.ocr-form.en-ZA", "en-ZA", _t_pension_ocr_za),
    ("pension.stt-transcript.en-CA", "en-CA", _t_pension_stt_ca),
    ("pension.yaml-config.en-IN", "en-IN", _t_pension_yaml_in),
    ("langschool.email-quoted-reply.es-CL", "es-CL", _t_lang_email_cl),
    ("langschool.whatsapp-export.pt-BR", "pt-BR", _t_lang_whatsapp_br),
    ("langschool.form-urlencoded.tr-TR", "tr-TR", _t_lang_urlenc_tr),
    ("langschool.teams-chat.fr-FR", "fr-FR", _t_lang_teams_fr),
    ("langschool.csv-in-email.en-IN", "en-IN", _t_lang_csv_in),
    ("langschool.no-pii-timetable.en-AU", "en-AU", _t_lang_nopii_au),
]

_GEN_ORDER = list(_LOC)


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"mesa-{seed}")
    fakers = _fakers(rng)
    gens = {lang: _Gen(lang, rng, fakers) for lang in _GEN_ORDER}
    out = []
    for i in range(n):
        _tid, lang, fn = TEMPLATES[i % len(TEMPLATES)]
        b = _B()
        fn(b, gens[lang])
        out.append(b.done())
    return out


# --------------------------------------------------------------------------------------------
# structured tables: one person per row; each column is a PII entity or a look-alike (None)
_PLACEHOLDERS = ["N/A", "-", "unknown"]


def _x(w: _Who, key: str, fn):
    """A per-row value drawn once and shared by the columns that derive from it."""
    if not hasattr(w, "x"):
        w.x = {}
    if key not in w.x:
        w.x[key] = fn()
    return w.x[key]


def _card_of(g, w):
    return _x(w, "card", lambda: g.card(style=_pick(g.rng, ["compact", "space", "dash"])))


def _brand_of(num: str) -> str:
    d = num.replace(" ", "").replace("-", "")
    return {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "3": "American Express", "6": "Discover"}[d[0]]


def _ts(g) -> str:
    return g.dt().strftime(_pick(g.rng, ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ"]))


def _year_band(w) -> str:
    y = w.dob.year // 10 * 10
    return f"{y}-{y + 9}"


def _ip_of(g, w):
    return _x(w, "ip", g.ip)


def _ipv(w, v4: str, v6: str) -> str:
    return v6 if ":" in w.x["ip"] else v4


def _upper(s: str) -> str:
    """Upper case as printed on cards: Greek capitals carry no accents."""
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(c)) if re.search("[\u0370-\u03ff]", s) else s.upper()


def _surname(w) -> str:
    parts = w.last.split()
    return w.last if parts[0][0].islower() else parts[0]


def _c(name, entity, fn, blank=0.0, ph=0.0):
    return (name, entity, fn, blank, ph)


_JOBS = ["Nurse", "Software Engineer", "Teacher", "Accountant", "Electrician", "Pharmacist", "Sales Manager", "Graphic Designer",
         "Student", "Retired", "Chef", "Civil Engineer", "HR Business Partner", "Warehouse Operative", "Physiotherapist"]
_EMPLOYERS = ["Nordwerk GmbH", "Baltic Logistics Sp. z o.o.", "Kovács és Társa Kft.", "Hofer KG", "Colruyt Group", "Huber & Söhne",
              "PKO Leasing", "Mayer Bau GmbH", "Van den Broeck NV", "Stadtwerke Graz"]


def _tables(rng: random.Random, gens: dict[str, _Gen]) -> dict[str, tuple[list, list]]:
    """name -> (locales with weights, column specs)."""
    tabs = {}
    tabs["pharmacy_patients"] = ([("en-GB", 0.7), ("en-IE", 0.3)], [
        _c("patient_id", None, lambda g, w: f"PT{g.num(7)}"),
        _c("Forename", PER, lambda g, w: w.first, 0.02),
        _c("SURNAME", PER, lambda g, w: w.last.upper(), 0.02),
        _c("dob", DOB, lambda g, w: g.date(w.dob), 0.05),
        _c("birth_year_band", None, lambda g, w: _year_band(w), 0.1),
        _c("email", EM, lambda g, w: w.email, 0.3, 0.02),
        _c("email_verified", None, lambda g, w: _pick(g.rng, ["true", "false"]), 0.3),
        _c("mobile", PH, lambda g, w: g.ph(w.mobile, _pick(g.rng, ["nat", "nat", "space"])), 0.15, 0.02),
        _c("phone_type", None, lambda g, w: _pick(g.rng, ["mobile", "landline", "mobile", "work"]), 0.15),
        _c("address_line_1", ADDR, lambda g, w: w.a["street"], 0.05),
        _c("town", LOC, lambda g, w: w.town, 0.05),
        _c("addressType", None, lambda g, w: _pick(g.rng, ["home", "delivery", "care home", "billing"]), 0.1),
        _c("preferredBranch", None, lambda g, w: "MediPoint " + g.town(), 0.2),
        _c("rx_ref", None, lambda g, w: f"RX-{g.rng.randint(2019, 2026)}-{_d(g.rng, 7)}"),
        _c("last_dispensed_at", None, lambda g, w: _ts(g), 0.2),
        _c("exemption_code", None, lambda g, w: _pick(g.rng, ["A", "B", "D", "E", "F", "L", "M", "NONE"]), 0.4),
        _c("medication", None, lambda g, w: _pick(g.rng, ["Omeprazole 20mg caps", "Sertraline 50mg tabs", "Salbutamol 100mcg inhaler",
                                                          "Atorvastatin 40mg", "Levothyroxine 75mcg"]), 0.05),
        _c("card_last4", None, lambda g, w: g.last4(), 0.6),
        _c("c7", PER, lambda g, w: f"{w.last}, {w.first}", 0.1),
    ])
    tabs["ride_riders"] = ([("en-US", 0.5), ("es-CO", 0.25), ("pt-BR", 0.25)], [
        _c("riderId", None, lambda g, w: g.uuid()),
        _c("displayName", PER, lambda g, w: w.full if g.rng.random() < 0.8 else f"{w.first} {w.last[0]}.", 0.03),
        _c("email", EM, lambda g, w: w.email, 0.02),
        _c("emailVerified", None, lambda g, w: _pick(g.rng, ["true", "false", "true"])),
        _c("phoneE164", PH, lambda g, w: g.ph(w.mobile, "e164"), 0.05),
        _c("phoneCountryCode", None, lambda g, w: "+" + str(w.mobile.country_code)),
        _c("homeCity", LOC, lambda g, w: w.town, 0.35, 0.03),
        _c("signupIp", IP, lambda g, w: _ip_of(g, w), 0.1),
        _c("ipVersion", None, lambda g, w: _ip_of(g, w) and _ipv(w, "4", "6"), 0.1),
        _c("lastLoginIpInternal", None, lambda g, w: g.pip(), 0.2),
        _c("cardBrand", None, lambda g, w: _brand_of(_card_of(g, w)), 0.2),
        _c("cardLast4", None, lambda g, w: re.sub(r"\D", "", _card_of(g, w))[-4:], 0.2),
        _c("cardExp", None, lambda g, w: g.exp(), 0.2),
        _c("legacyPassword", PW, lambda g, w: g.pw(), 0.55),
        _c("passwordChangedAt", None, lambda g, w: _ts(g), 0.3),
        _c("appVersion", None, lambda g, w: g.ver()),
        _c("deviceImei", None, lambda g, w: g.imei(), 0.4),
        _c("promoCode", None, lambda g, w: _pick(g.rng, ["SAVE15", "WELCOME10", "NOCHE5", "FERIAS20"]), 0.7),
        _c("tripsTotal", None, lambda g, w: str(g.rng.randint(0, 900))),
    ])
    tabs["ride_driver_onboarding"] = ([("en-US", 1.0)], [
        _c("DRIVER_ID", None, lambda g, w: f"DRV{g.num(8)}"),
        _c("FIRST_NM", PER, lambda g, w: w.first.upper()),
        _c("LAST_NM", PER, lambda g, w: w.last.upper()),
        _c("DOB", DOB, lambda g, w: g.date(w.dob), 0.02),
        _c("SSN", SSN, lambda g, w: _x(w, "ssn", g.ssn), 0.05),
        _c("SSN_LAST4", None, lambda g, w: re.sub(r"\D", "", _x(w, "ssn", g.ssn))[-4:], 0.05),
        _c("HOME_ADDR", ADDR, lambda g, w: g.addr(w).upper(), 0.03),
        _c("CITY", LOC, lambda g, w: w.town.upper(), 0.03),
        _c("MOBILE", PH, lambda g, w: g.ph(w.mobile, _pick(g.rng, ["nat", "dash", "compact"])), 0.02),
        _c("BANK_ROUTING", None, lambda g, w: g.routing(), 0.1),
        _c("BANK_ACCT", BANK, lambda g, w: g.acct(), 0.1),
        _c("ACCT_TYPE", None, lambda g, w: _pick(g.rng, ["CHECKING", "SAVINGS", "CHECKING"]), 0.1),
        _c("VEH_YEAR", None, lambda g, w: str(g.rng.randint(2012, 2025))),
        _c("VEH_MAKE_MODEL", None, lambda g, w: _pick(g.rng, ["TOYOTA CAMRY", "HONDA ACCORD", "KIA NIRO", "TESLA MODEL 3", "FORD ESCAPE"])),
        _c("BG_CHECK_STATUS", None, lambda g, w: _pick(g.rng, ["CLEAR", "CONSIDER", "PENDING", "CLEAR"])),
        _c("MARKET", None, lambda g, w: _pick(g.rng, ["AUSTIN", "DENVER", "PHOENIX", "ATLANTA", "SEATTLE"])),
        _c("APPROVED_TS", None, lambda g, w: _ts(g), 0.25),
        _c("EMAIL_ADDR", EM, lambda g, w: w.email.upper() if g.rng.random() < 0.2 else w.email, 0.02),
    ])
    tabs["cowork_members"] = ([("de-DE", 0.35), ("nl-NL", 0.25), ("fr-FR", 0.2), ("de-AT", 0.2)], [
        _c("Mitgliedsnummer", None, lambda g, w: f"M-{g.num(5)}"),
        _c("Vorname", PER, lambda g, w: w.first),
        _c("Nachname", PER, lambda g, w: w.last),
        _c("Firma", None, lambda g, w: _pick(g.rng, [f"{g.who().last} Design", f"Studio {g.who().last}", "Nordlicht Media GmbH",
                                                     "Kerbrat Conseil SARL", "Bakker & De Vries Advocaten"]), 0.4),
        _c("E-Mail", EM, lambda g, w: w.email),
        _c("Telefon", PH, lambda g, w: g.ph(w.mobile, "nat"), 0.2),
        _c("Rechnungsadresse", ADDR, lambda g, w: g.addr(w), 0.1),
        _c("Geburtsdatum", DOB, lambda g, w: g.date(w.dob), 0.5),
        _c("IBAN", IBAN, lambda g, w: g.iban(), 0.15),
        _c("BIC", None, lambda g, w: _pick(g.rng, ["COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "RZOOAT2L", "GENODEF1S10", "RABONL2U"]), 0.15),
        _c("Tarif", None, lambda g, w: _pick(g.rng, ["Flex Desk", "Fixdesk", "Private Office 4", "Day Pass 10er"])),
        _c("Standort", None, lambda g, w: _pick(g.rng, ["Leipzig Plagwitz", "Utrecht Centraal", "Nantes Île", "Graz Lend"])),
        _c("Zugangskarte", None, lambda g, w: ":".join(_s(g.rng, 2, "0123456789ABCDEF") for _ in range(7)), 0.1),
        _c("Vertragsbeginn", None, lambda g, w: g.day()),
        _c("Monatsbeitrag", None, lambda g, w: f"{g.rng.randint(149, 990)},00 €"),
        _c("USt-IdNr", None, lambda g, w: _pick(g.rng, ["DE", "NL", "FR", "ATU"]) + _d(g.rng, 9), 0.6),
        _c("wlan_passwort", PW, lambda g, w: g.pw(), 0.3),
        _c("passwort_hash", None, lambda g, w: g.bcrypt()),
    ])
    tabs["streaming_subscribers"] = ([("en-US", 0.4), ("en-CA", 0.25), ("fr-CA", 0.15), ("en-AU", 0.2)], [
        _c("Subscriber UUID", None, lambda g, w: g.uuid()),
        _c("Full Name", PER, lambda g, w: w.full, 0.05),
        _c("Email Address", EM, lambda g, w: w.email),
        _c("Email Opt In", None, lambda g, w: _pick(g.rng, ["Y", "N"])),
        _c("Billing Address", ADDR, lambda g, w: g.addr(w), 0.2),
        _c("Card Number", CC, lambda g, w: _card_of(g, w), 0.25),
        _c("Card Brand", None, lambda g, w: _brand_of(_card_of(g, w)), 0.25),
        _c("Card Expiry", None, lambda g, w: g.exp(), 0.25),
        _c("Card BIN", None, lambda g, w: re.sub(r"\D", "", _card_of(g, w))[:6], 0.25),
        _c("Plan", None, lambda g, w: _pick(g.rng, ["Standard with ads", "Standard", "Premium 4K", "Family"])),
        _c("Monthly Price", None, lambda g, w: _pick(g.rng, ["7.99", "15.49", "22.99", "18.99"])),
        _c("Last Login IP", IP, lambda g, w: _ip_of(g, w), 0.1),
        _c("IP Version", None, lambda g, w: _ip_of(g, w) and _ipv(w, "IPv4", "IPv6"), 0.1),
        _c("Device Model", None, lambda g, w: _pick(g.rng, ["Roku Ultra", "Apple TV 4K", "Chromecast", "Samsung Tizen TV", "iPhone 15"])),
        _c("App Version", None, lambda g, w: g.ver()),
        _c("Country Code", None, lambda g, w: {"en-US": "US", "en-CA": "CA", "fr-CA": "CA", "en-AU": "AU"}[g.lang]),
        _c("Birth Year Bucket", None, lambda g, w: f"{w.dob.year // 10 * 10}s", 0.3),
        _c("Phone", PH, lambda g, w: g.ph(w.mobile, "intl"), 0.5, 0.03),
    ])
    tabs["wedding_clients"] = ([("it-IT", 0.4), ("es-ES", 0.35), ("en-GB", 0.25)], [
        _c("pratica", None, lambda g, w: f"WED-{g.rng.randint(2025, 2027)}-{_d(g.rng, 3)}"),
        _c("cognome", PER, lambda g, w: w.last),
        _c("nome", PER, lambda g, w: w.first),
        _c("partner", PER, lambda g, w: g.first_name(not w.female), 0.1),
        _c("email", EM, lambda g, w: w.email),
        _c("cellulare", PH, lambda g, w: g.ph(w.mobile, "nat"), 0.05),
        _c("luogo_di_nascita", LOC, lambda g, w: g.town(), 0.3, 0.02),
        _c("data_di_nascita", DOB, lambda g, w: g.date(w.dob, _pick(g.rng, ["num", "num", "long"])), 0.3),
        _c("indirizzo", ADDR, lambda g, w: g.addr(w), 0.15),
        _c("data_matrimonio", None, lambda g, w: g.day()),
        _c("location_evento", None, lambda g, w: _pick(g.rng, ["Villa Rossi", "Finca El Olivar", "The Old Rectory", "Masseria San Giorgio",
                                                               "Castello di Montalto", "Cortijo Los Almendros"])),
        _c("n_invitati", None, lambda g, w: str(g.rng.randint(30, 250))),
        _c("budget_eur", None, lambda g, w: f"{g.rng.randint(8, 90)}.000"),
        _c("acconto_iban", IBAN, lambda g, w: g.iban(), 0.35),
        _c("stato", None, lambda g, w: _pick(g.rng, ["preventivo", "confermato", "saldato", "annullato"])),
        _c("fornitore_fiori", None, lambda g, w: _pick(g.rng, ["Fiori di Giulia", "Floristería Carmen", "Petals by Hannah", "Verde Bosco"]), 0.3),
        _c("menu", None, lambda g, w: _pick(g.rng, ["vegetariano", "pesce", "carne", "degustazione"])),
        _c("note_allergie", None, lambda g, w: _pick(g.rng, ["nessuna", "glutine", "frutta a guscio", "lattosio"]), 0.5),
    ])
    tabs["solar_customers"] = ([("en-AU", 0.6), ("en-ZA", 0.4)], [
        _c("CustomerRef", None, lambda g, w: f"SR{g.num(6)}"),
        _c("CustomerName", PER, lambda g, w: w.full),
        _c("Phone", PH, lambda g, w: g.ph(w.mobile, _pick(g.rng, ["nat", "space"])), 0.05),
        _c("PhoneType", None, lambda g, w: _pick(g.rng, ["Mobile", "Home", "Work"])),
        _c("Email", EM, lambda g, w: w.email, 0.1),
        _c("SiteAddress", ADDR, lambda g, w: g.addr(w)),
        _c("Suburb", LOC, lambda g, w: w.town),
        _c("Nmi", None, lambda g, w: _s(g.rng, 10, string.digits + "ABCDEFGH"), 0.2),
        _c("InverterSerial", None, lambda g, w: _s(g.rng, 12, string.ascii_uppercase + string.digits)),
        _c("InverterModel", None, lambda g, w: _pick(g.rng, ["Fronius Primo 5.0-1", "SolarEdge SE5000H", "Sungrow SG5.0RS", "Goodwe GW5000-NS"])),
        _c("PanelCount", None, lambda g, w: str(g.rng.randint(10, 32))),
        _c("SystemKw", None, lambda g, w: f"{g.rng.randint(3, 13)}.{g.rng.randint(0, 9)}"),
        _c("FirmwareVersion", None, lambda g, w: g.ver()),
        _c("PortalPassword", PW, lambda g, w: g.pw(), 0.5),
        _c("MonitoringApiKey", KEY, lambda g, w: g.key(_pick(g.rng, ["hex", "live", "google"])), 0.3),
        _c("GatewayPublicIp", IP, lambda g, w: g.ip4(), 0.2),
        _c("GatewayLanIp", None, lambda g, w: g.pip(), 0.2),
        _c("InstallDate", None, lambda g, w: g.day()),
        _c("DateOfBirth", DOB, lambda g, w: g.date(w.dob), 0.6),
    ])
    tabs["library_patrons"] = ([("sv-SE", 0.4), ("nb-NO", 0.3), ("fi-FI", 0.3)], [
        _c("låntagarnummer", None, lambda g, w: "2" + _d(g.rng, 13)),
        _c("förnamn", PER, lambda g, w: w.first),
        _c("efternamn", PER, lambda g, w: w.last),
        _c("födelsedatum", DOB, lambda g, w: g.date(w.dob), 0.05),
        _c("e-post", EM, lambda g, w: w.email, 0.25),
        _c("mobil", PH, lambda g, w: g.ph(w.mobile, "nat"), 0.2),
        _c("adress", ADDR, lambda g, w: w.a["street"], 0.05),
        _c("ort", LOC, lambda g, w: w.town, 0.05),
        _c("hemfilial", None, lambda g, w: _pick(g.rng, ["Stadsbiblioteket", "Hovedbiblioteket", "Pääkirjasto", "Gottsunda bibliotek",
                                                         "Majorstuen filial"])),
        _c("kategori", None, lambda g, w: _pick(g.rng, ["vuxen", "barn", "student", "pensionär"])),
        _c("språk", None, lambda g, w: {"sv-SE": "sv", "nb-NO": "nb", "fi-FI": "fi"}[g.lang]),
        _c("pin_ändrad", None, lambda g, w: _ts(g), 0.3),
        _c("pinkod_hash", None, lambda g, w: g.argon2()),
        _c("avgifter", None, lambda g, w: f"{g.rng.randint(0, 300)},00", 0.4),
        _c("senaste_lån_isbn", None, lambda g, w: "978" + _d(g.rng, 10), 0.2),
        _c("lån_antal", None, lambda g, w: str(g.rng.randint(0, 25))),
        _c("attr3", PER, lambda g, w: w.full, 0.2),
        _c("field_2", None, lambda g, w: _pick(g.rng, ["A", "B", "C", "X"])),
    ])
    tabs["library_staff_accounts"] = ([("sv-SE", 0.35), ("fi-FI", 0.25), ("nb-NO", 0.2), ("en-GB", 0.2)], [
        _c("staff_id", None, lambda g, w: f"S{g.num(5)}"),
        _c("Name", PER, lambda g, w: w.full),
        _c("work_email", EM, lambda g, w: g.work_email(w, "bibliotek-nord.se")),
        _c("ext", None, lambda g, w: _d(g.rng, 4)),
        _c("direct_line", PH, lambda g, w: _x(w, "dl", lambda: g.ph(kind="fixed", style=_pick(g.rng, ["nat", "intl"]))), 0.3),
        _c("role", None, lambda g, w: _pick(g.rng, ["Bibliotekarie", "Kirjastonhoitaja", "Bibliotekar", "Library Assistant", "Systems Librarian"])),
        _c("branch", None, lambda g, w: _pick(g.rng, ["Stadsbiblioteket", "Pääkirjasto", "Hovedbiblioteket", "Central Library"])),
        _c("password_plain_legacy", PW, lambda g, w: g.pw(), 0.4),
        _c("password_bcrypt", None, lambda g, w: g.bcrypt()),
        _c("password_changed_at", None, lambda g, w: _ts(g), 0.1),
        _c("api_key", KEY, lambda g, w: g.key(_pick(g.rng, ["gh", "hex", "live", "aws"])), 0.5),
        _c("api_key_id", None, lambda g, w: f"kid_{_d(g.rng, 4)}", 0.5),
        _c("mfa_enabled", None, lambda g, w: _pick(g.rng, ["true", "false"])),
        _c("last_login_ip", IP, lambda g, w: g.ip(), 0.15),
        _c("vpn_ip", None, lambda g, w: g.pip(), 0.3),
        _c("hire_date", None, lambda g, w: g.date(datetime.date.fromordinal(g.rng.randint(
            min(_D0 - 30, w.dob.toordinal() + 19 * 365), min(_D0, w.dob.toordinal() + 40 * 365))), "iso")),
        _c("home_town", LOC, lambda g, w: w.town, 0.45),
        _c("created_by", None, lambda g, w: _pick(g.rng, ["system", "import-2023", "ad-sync"])),
    ])
    tabs["ferry_passengers"] = ([("el-GR", 0.4), ("tr-TR", 0.35), ("it-IT", 0.25)], [
        _c("booking.no", None, lambda g, w: f"FB{g.num(7)}"),
        _c("passenger.name", PER, lambda g, w: w.full),
        _c("Επώνυμο", PER, lambda g, w: w.last, 0.05),
        _c("doğum_tarihi", DOB, lambda g, w: g.date(w.dob), 0.05),
        _c("doğum_yeri", LOC, lambda g, w: g.town(), 0.4, 0.03),
        _c("nationality", None, lambda g, w: {"el-GR": "GR", "tr-TR": "TR", "it-IT": "IT"}[g.lang]),
        _c("contact.phone", PH, lambda g, w: g.ph(w.mobile, "intl"), 0.1),
        _c("contact.email", EM, lambda g, w: w.email, 0.1),
        _c("cabin", None, lambda g, w: f"{_pick(g.rng, 'ABCD')}{g.rng.randint(1, 60)}", 0.3),
        _c("vehicle.plate", None, lambda g, w: f"{_s(g.rng, 3, 'ABEHIKMNOPTXYZ')}-{_d(g.rng, 4)}", 0.6),
        _c("sailing.code", None, lambda g, w: _pick(g.rng, ["PIR-HER-2100", "BDR-KOS-0930", "CIV-OLB-2230", "ANC-IGO-1700"])),
        _c("departure.ts", None, lambda g, w: _ts(g)),
        _c("fare_eur", None, lambda g, w: f"{g.rng.randint(20, 300)}.{g.rng.randint(0, 99):02d}"),
        _c("card_number", CC, lambda g, w: _card_of(g, w), 0.3),
        _c("card_holder", PER, lambda g, w: _upper(w.full), 0.3),
        _c("seat_pref", None, lambda g, w: _pick(g.rng, ["window", "aisle", "deck", "none"])),
        _c("checkin.ip", IP, lambda g, w: g.ip(), 0.25),
        _c("device_imei", None, lambda g, w: g.imei(), 0.5),
    ])
    tabs["pension_members"] = ([("pl-PL", 0.3), ("hu-HU", 0.25), ("de-AT", 0.25), ("nl-BE", 0.2)], [
        _c("member_no", None, lambda g, w: f"PF{g.num(8)}"),
        _c("NAME", PER, lambda g, w: w.full),
        _c("geburtsdatum", DOB, lambda g, w: g.date(w.dob)),
        _c("születési_hely", LOC, lambda g, w: g.town(), 0.3),
        _c("adres", ADDR, lambda g, w: g.addr(w), 0.05),
        _c("miejscowość", LOC, lambda g, w: w.town, 0.05),
        _c("tel", PH, lambda g, w: g.ph(w.mobile, _pick(g.rng, ["nat", "intl"])), 0.2, 0.02),
        _c("email", EM, lambda g, w: w.email, 0.3),
        _c("iban_wyplaty", IBAN, lambda g, w: g.iban() if g.L["iban"] else None, 0.1),
        _c("contribution_eur", None, lambda g, w: f"{g.rng.randint(50, 900)}.{g.rng.randint(0, 99):02d}"),
        _c("fund_option", None, lambda g, w: _pick(g.rng, ["Growth 80/20", "Balanced 60/40", "Conservative", "Lifecycle 2045"])),
        _c("policy_number", None, lambda g, w: f"POL-{_d(g.rng, 3)}-{_d(g.rng, 6)}"),
        _c("retirement_age", None, lambda g, w: str(_pick(g.rng, [60, 62, 65, 65, 67]))),
        _c("BirthCohort", None, lambda g, w: f"{w.dob.year // 5 * 5}-{w.dob.year // 5 * 5 + 4}"),
        _c("tax_class", None, lambda g, w: _pick(g.rng, ["I", "II", "III", "IV"]), 0.3),
        _c("employer", None, lambda g, w: _pick(g.rng, _EMPLOYERS), 0.2),
        _c("job_title", None, lambda g, w: _pick(g.rng, _JOBS), 0.2),
        _c("beneficiary_name", PER, lambda g, w: g.full_name(g.first_name(not w.female), w.last), 0.4),
        _c("last_statement_at", None, lambda g, w: _ts(g)),
    ])
    tabs["language_students"] = ([("pt-PT", 0.3), ("es-CL", 0.3), ("pt-BR", 0.2), ("es-ES", 0.2)], [
        _c("matricula", None, lambda g, w: f"MAT{g.rng.randint(2023, 2026)}{_d(g.rng, 4)}"),
        _c("nome_completo", PER, lambda g, w: w.full),
        _c("apelido", PER, lambda g, w: _surname(w), 0.1),
        _c("fecha_nac", DOB, lambda g, w: g.date(w.dob), 0.1),
        _c("correo", EM, lambda g, w: w.email),
        _c("telemovel", PH, lambda g, w: g.ph(w.mobile, "nat"), 0.15),
        _c("ciudad", LOC, lambda g, w: w.town, 0.2),
        _c("morada", ADDR, lambda g, w: g.addr(w), 0.35),
        _c("nivel", None, lambda g, w: _pick(g.rng, ["A1", "A2", "B1", "B2", "C1", "C2"])),
        _c("curso", None, lambda g, w: _pick(g.rng, ["Inglês Geral", "Preparação IELTS", "Alemán Intensivo", "Francés A2", "Business English"])),
        _c("turma", None, lambda g, w: f"T-{g.rng.randint(1, 30)}{_pick(g.rng, 'ABC')}"),
        _c("valor_mensal", None, lambda g, w: f"{g.rng.randint(59, 349)},{_pick(g.rng, ['00', '90'])}"),
        _c("forma_pagamento", None, lambda g, w: _pick(g.rng, ["MB Way", "Multibanco", "Webpay", "Pix", "Bizum", "cartão"])),
        _c("senha", PW, lambda g, w: g.pw(), 0.3),
        _c("senha_alterada_em", None, lambda g, w: _ts(g), 0.3),
        _c("ultimo_ip", IP, lambda g, w: _ip_of(g, w), 0.2),
        _c("ip_versao", None, lambda g, w: _ip_of(g, w) and _ipv(w, "v4", "v6"), 0.2),
        _c("profissao", None, lambda g, w: _pick(g.rng, _JOBS), 0.3),
        _c("moodle_token", KEY, lambda g, w: g.key("hex"), 0.5),
    ])
    return tabs


_TABLE_YEARS = {"ride_driver_onboarding": (1960, 2004), "solar_customers": (1945, 1995), "library_staff_accounts": (1960, 2001),
                "pension_members": (1948, 1985), "language_students": (1985, 2010)}

_TABLE_ORDER = ["pharmacy_patients", "ride_riders", "ride_driver_onboarding", "cowork_members", "streaming_subscribers",
                "wedding_clients", "solar_customers", "library_patrons", "library_staff_accounts", "ferry_passengers",
                "pension_members", "language_students"]


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"mesa-tables-{seed}")
    fakers = _fakers(rng)
    gens = {lang: _Gen(lang, rng, fakers) for lang in _GEN_ORDER}
    specs = _tables(rng, gens)
    out: dict[str, list[Column]] = {}
    for name in _TABLE_ORDER:
        locs, cols = specs[name]
        people = []
        for _ in range(rows):
            x, acc, lang = rng.random(), 0.0, locs[-1][0]
            for lg, wt in locs:
                acc += wt
                if x < acc:
                    lang = lg
                    break
            g = gens[lang]
            people.append((g, g.who(years=_TABLE_YEARS.get(name))))
        table = []
        for header, entity, fn, blank, ph in cols:
            vals: list[str | None] = []
            for g, w in people:
                u = rng.random()
                if u < blank:
                    vals.append(None)
                elif u < blank + ph:
                    vals.append(_pick(rng, _PLACEHOLDERS))
                else:
                    vals.append(fn(g, w))
            table.append(Column(name=header, entity=entity, values=vals))
        out[name] = table
    return out
