"""Accuracy split "reef": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date
    Helper "reef", 2026-11-28 (a fixed "today" of 2026-11-28 is used for all ages and dates; no clock reads).

Independence
    Written only from (a) the author's brief (which gave the label conventions, the API, the domains and the exact
    definitions imported from ``accuracy_data``: LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4,
    _ip_public_v6), (b) ``ls bench/`` (file names only), and (c) local outputs of Faker (locale list, sample
    names/addresses) and phonenumbers (example numbers and formats). Nothing else in the repository was opened:
    not accuracy_data.py, the rules, the scanner package, tests, docs, README/SPEC, results, notes or any other
    split. The scanner (and Presidio) was never read or run. No web search.

API
    ``free_text(n, seed) -> list[Text]``: text i renders ``TEMPLATES[i % len(TEMPLATES)]`` with its own
    ``random.Random(f"reef-{seed}-{i}")``; the benchmark calls ``free_text(500, 7)``.
    ``structured(rows, seed) -> dict[str, list[Column]]``: 12 tables, each column ``rows`` long, each table with
    its own ``random.Random(f"reef-{seed}-{table}")``; the benchmark calls ``structured(150, 11)``.
    ``TEMPLATES``: 57 template functions (rng -> list of plain strings and (value, label) pieces).
    Deterministic across processes and PYTHONHASHSEED values (string-seeded Random, every Faker instance re-seeded
    from the rng before each use, no set iteration, no clock). Both calls together take about 2-3 s.

Domains
    Tattoo and piercing studio (consent forms, aftercare, deposits); locksmith / security-door emergency callouts;
    equestrian livery stable and riding lessons; parish office (baptism, wedding, funeral bookings, donations);
    window-cleaning and gutter round (regular customers, direct debits); camper-van and motorhome hire.

Languages (57 templates; English 31 = 54%, other languages 26 = 46% over 15 languages)
    English: US 10, GB 6, AU 4, IE 2, IN 2, NZ 2, CA 2, ZA 1, SG 1, KE 1.
    Other:   Catalan 2, Icelandic 2, Estonian 2, Lithuanian 2, Slovenian 2, Turkish 2, Romanian 2, Vietnamese 2,
             Tagalog/Taglish 2, Swahili 1, Afrikaans 1 (11 languages from the "rarely used" list), German 2,
             French 2, Dutch 1, Polish 1.
    Names, towns, streets, postcodes, phone formats (phonenumbers national / international / E.164 of the text's
    region) and date formats follow each text's country. Names come from Faker for en_US/GB/IE/CA/AU/NZ/IN,
    zu_ZA (mixed with Afrikaans names), de_DE, fr_FR, nl_NL, pl_PL, is_IS, et_EE, sl_SI, tr_TR, ro_RO; from small
    hand lists (gendered) for Catalan, Lithuanian (gendered surnames), Vietnamese (family-middle-given order),
    Filipino, Kenyan, Afrikaans and Singapore names. Towns/streets/postcode patterns are hand lists per country.

Shapes
    E-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Teams / Slack / Zalo / Messenger /
    live-chat exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case speech-to-text
    transcripts and a voicemail, OCR'd consent forms (with OCR typos), key: value / key=value / JSON-lines / JSON
    form dumps, application and nginx logs, a .env config, tab-separated spreadsheet rows, notification subjects,
    and two texts with no PII at all (maintenance notice, shift handover).

Value rules
    Cards: Luhn-valid via _luhn (Visa 16, Mastercard 16, Amex 15, Discover 16), grouped or not. SSNs: area
    001-899 without 666, group 01-99, serial 0001-9999. US accounts: 8-12 digits. IBANs: _iban_of for DE GB IE NL
    PL ES FR; own mod-97 for IS EE LT SI TR RO; spaced in groups of 4 or unspaced. IPs: _ip_public_v4/_v6.
    Phones: drawn per region and kept only if phonenumbers.is_valid_number and of the requested type; the
    formatted string is re-parsed and asserted valid (US/CA written 555-123-4567 / 555.123.4567 / 555 123 4567,
    never with the area code in brackets). Passwords: word+symbol+digits, random mixes, passphrases (always
    ending in a letter or digit). API keys: sk_live_, AKIA, ghp_, xoxb-, SG., AIza, a Twilio auth token.
    Birth dates are 18-84 years back for adults, 0-16 for children, 70-99 for the deceased.

Label conventions as applied
    PERSON: every name as written (full, first only, surname only, upper / lower case, "Last, First",
    "SURNAME First", "First L." with the period inside, "J. Surname"); chat speakers labelled; titles (Dr, Herr,
    Frau, Father, mossèn, Hanım, Usta, Kuya) outside; names inside company, shop, church, street, school or brand
    names not labelled; horse and pet names not labelled. STREET_ADDRESS: street line with postcode and town as
    one span; multi-line blocks (also indented continuation lines) one span; in '>'-quoted signatures each line
    its own span; bare street lines and business addresses in signatures labelled. LOCATION: towns / countries
    where a person lives, comes from or travels to (also inflected forms, e.g. "Kauno", "Soome"); depot, branch,
    yard, office and studio towns are not. DATE_OF_BIRTH: birth dates only (incl. a baby's, a child's, the
    deceased's, spoken lower-case dates). PASSWORD / API_KEY: plaintext secrets only. US_BANK_NUMBER: account
    numbers only, never the routing number. EMAIL_ADDRESS: every address incl. role addresses. PHONE_NUMBER:
    every valid number incl. business lines. Spans never include quotes, brackets, backticks or trailing
    punctuation and never overlap; ``_render`` asserts text[start:end] == inserted value, no overlap and clean
    span edges for every text.

Look-alikes (never labelled)
    Masked cards (**** 1234, XXXX-XXXX-XXXX-1234, 4***********1234, "ending 1234"), card last-4, expiry, CVC,
    SSN last-4, ABA routing numbers (checksum-valid) on their own, sort codes, BSBs, NZ bank account format,
    SWIFT/BIC, private IPv4 (10/8, 172.16/12, 192.168/16), version strings, bcrypt / argon2 / sha256 / md5-length
    hex, UUIDs, publishable Stripe keys, Twilio account SIDs, session ids, refund ids, order / invoice / ticket /
    booking / claim / mandate / lot / policy / quote numbers, OTPs, door / gate / lockbox codes, IMEIs (Luhn-valid
    15 digits), microchips and horse passports, GPS coordinates, amounts, timestamps, non-birth dates, vehicle
    registrations, company / studio / vet / farrier / feed brand names containing surnames, church names, horse
    and pet names, branch / depot / office towns.

Tables (12; rows = 150; PII / look-alike column counts; header style)
    tattoo_consent_gb          GB      8 / 12  snake_case; opaque col_7 (artist first name); dob, addr1, tel
    piercing_fise_ro           RO      8 / 11  Romanian snake_case (nume, prenume, data_nasterii, localitate)
    locksmith_callouts_us      US      8 / 14  camelCase; opaque field_3 (e-mail); card, ACH account, public IP
    schluesseldienst_einsaetze DE      8 / 12  German mixed (Nachname, Straße, Ort, E-Mail, "Kartennr. maskiert")
    livery_clients_ie          IE      8 / 12  spaced Title Case ("Owner Name", "Home Town", "Account IBAN")
    reidskoli_nemendur         IS      8 / 11  Icelandic snake_case; opaque attr2 (town); child birth dates d.m.y
    parokya_binyag             PH      9 / 11  Tagalog/English snake_case (pangalan_ng_bata, kaarawan, ama, ina)
    parroquia_donatius         ES-ca   8 / 12  Catalan spaced headers ("Núm. donant", Cognoms, Població)
    window_round_au            AU      7 / 14  UPPER_SNAKE; plaintext PORTAL_PWD next to PWD_HASH, CARD_NO
    glazenwasser_klanten       NL      8 / 12  Dutch snake/kebab (e-mailadres); opaque field_9 (contact name)
    campervan_bookings_nz      NZ      9 / 13  dotted (Driver.FirstName) + PascalCase; API key, IPv4/IPv6
    matkaauto_rent             EE      9 / 12  Estonian snake_case; opaque col_4 (public IP)
    Names are split into first-name-only and surname-only columns in most tables. Blanks (None) at per-column
    rates 0-60%; placeholders (N/A, -, unknown, n/a, —) in a few PII columns at 3-5%. Look-alike headers that
    sound like PII: email_verified, phone_type, dob_verified, card_last4, password-changed dates, address type,
    "Name of Feed", DobVerified, Correu verificat, e_post_kinnitatud, etc.

Known limits
    Street / town lists are small (6-9 per country), so streets repeat within a table. Chat timestamps are drawn
    independently and are not always in order. Phone numbers are valid by phonenumbers metadata but not
    necessarily in service. Swahili, Tagalog and Afrikaans phrasing is simple. Some free-text look-alikes (e.g. a
    date written next to a labelled birth date, the same town as branch and as destination) are deliberate.
    English written as from KE and SG uses small hand name lists. Ruff was not available in the environment.
"""

from __future__ import annotations

import random
import string
import unicodedata
import uuid
from datetime import date, timedelta
from types import SimpleNamespace

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 28)


# --------------------------------------------------------------------------------------------
# labelled pieces
# --------------------------------------------------------------------------------------------
def _lab(label):
    assert label in LABELS
    return lambda v: (v, label)


PER = _lab("PERSON")
EMAIL = _lab("EMAIL_ADDRESS")
PHONE = _lab("PHONE_NUMBER")
CARD = _lab("CREDIT_CARD")
SSN = _lab("US_SSN")
BANK = _lab("US_BANK_NUMBER")
IBAN = _lab("IBAN_CODE")
IP = _lab("IP_ADDRESS")
ADDR = _lab("STREET_ADDRESS")
LOC = _lab("LOCATION")
DOB = _lab("DATE_OF_BIRTH")
PWD = _lab("PASSWORD")
KEY = _lab("API_KEY")

_BAD_EDGE = "\"'()[]{}<>,;:!?` \n\t"


def _render(items) -> Text:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    vals: list[str] = []
    pos = 0
    for it in items:
        if isinstance(it, tuple):
            v, lab = it
            assert lab in LABELS and v, (lab, v)
            spans.append((pos, pos + len(v), lab))
            vals.append(v)
        else:
            v = it
        parts.append(v)
        pos += len(v)
    text = "".join(parts)
    end = 0
    for (s, e, lab), v in zip(spans, vals):
        assert text[s:e] == v
        assert s >= end, "overlapping spans"
        end = e
        assert v[0] not in _BAD_EDGE and v[-1] not in _BAD_EDGE, (lab, v)
        if v.endswith("."):
            assert lab == "PERSON" and len(v) >= 2 and v[-2].isalpha() and (len(v) == 2 or v[-3] == " "), v
    return Text(text=text, spans=spans)


# --------------------------------------------------------------------------------------------
# country profiles
# --------------------------------------------------------------------------------------------
def _pc(r: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice(string.digits))
        elif ch == "?":
            out.append(r.choice("ABDEFGHJLNPQRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


def _l2_town_pc(t, x, pc):
    return f"{t} {pc}"


# each: loc (Faker or None), names (custom), region, towns [(town, extra, postcode pattern)],
# streets, street(r, s) -> line1, line2(town, extra, pc) -> str, dates, doms
CP: dict[str, dict] = {
    "US": dict(loc="en_US", region="US", lang="en",
               towns=[("Columbus", "OH", "432##"), ("Tucson", "AZ", "857##"), ("Raleigh", "NC", "276##"),
                      ("Spokane", "WA", "992##"), ("Boise", "ID", "837##"), ("Albany", "NY", "122##"),
                      ("Madison", "WI", "537##"), ("Savannah", "GA", "314##"), ("Omaha", "NE", "681##")],
               streets=["Maple Ave", "Oak Street", "Cedar Ln", "Lincoln Blvd", "Pine Ridge Rd", "Elm St",
                        "Washington Ave", "Hillcrest Dr", "Sycamore Ct", "Lakeview Dr"],
               street=lambda r, s: f"{r.randint(100, 9899)} {s}" + r.choice(["", "", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"]),
               line2=lambda t, x, pc: f"{t}, {x} {pc}",
               dates=["mdy/", "mdy/", "long_us", "iso"], doms=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]),
    "GB": dict(loc="en_GB", region="GB", lang="en",
               towns=[("Leeds", "", "LS# #??"), ("Bristol", "", "BS# #??"), ("Norwich", "", "NR# #??"),
                      ("Leicester", "", "LE# #??"), ("Exeter", "", "EX# #??"), ("York", "", "YO## #??"),
                      ("Derby", "", "DE## #??"), ("Sheffield", "", "S1# #??")],
               streets=["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Kingsway", "Manor Close",
                        "Park Avenue", "Queens Road", "Bridge Street", "Orchard Way"],
               street=lambda r, s: r.choice(["", "", f"Flat {r.randint(1, 12)}, "]) + f"{r.randint(1, 180)} {s}",
               line2=_l2_town_pc,
               dates=["dmy/", "dmy/", "long_gb"], doms=["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com"]),
    "IE": dict(loc="en_IE", region="IE", lang="en",
               towns=[("Galway", "", "H91 ?#?#"), ("Cork", "", "T12 ?#??"), ("Limerick", "", "V94 ?##?"),
                      ("Sligo", "", "F91 ?#?#"), ("Kilkenny", "", "R95 ?#??"), ("Athlone", "", "N37 ?#?#")],
               streets=["Ashgrove", "Church View", "Castle Road", "Riverside Drive", "College Road", "Sea Road",
                        "Bóthar na Trá", "Woodlands Park"],
               street=lambda r, s: f"{r.randint(1, 90)} {s}",
               line2=lambda t, x, pc: f"{t}, {pc}",
               dates=["dmy/", "long_gb", "dmy-"], doms=["eircom.net", "gmail.com", "hotmail.com", "outlook.ie"]),
    "CA": dict(loc="en_CA", region="CA", lang="en",
               towns=[("Halifax", "NS", "B3H #?#"), ("Winnipeg", "MB", "R3T #?#"), ("Calgary", "AB", "T2P #?#"),
                      ("Kingston", "ON", "K7L #?#"), ("Victoria", "BC", "V8W #?#"), ("Saskatoon", "SK", "S7N #?#")],
               streets=["Spring Garden Rd", "Portage Ave", "Maple Crescent", "Princess St", "Birch Ave", "Lakeshore Dr"],
               street=lambda r, s: r.choice(["", "", f"{r.randint(101, 1204)}-"]) + f"{r.randint(10, 3999)} {s}",
               line2=lambda t, x, pc: f"{t}, {x} {pc}",
               dates=["iso", "long_us", "dmy/"], doms=["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca"]),
    "AU": dict(loc="en_AU", region="AU", lang="en",
               towns=[("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"), ("Newcastle", "NSW", "2300"),
                      ("Toowoomba", "QLD", "4350"), ("Hobart", "TAS", "7000"), ("Fremantle", "WA", "6160")],
               streets=["Beach Road", "Bourke St", "Wattle Avenue", "Hume Street", "Banksia Crescent", "Ocean Parade"],
               street=lambda r, s: r.choice(["", "", f"Unit {r.randint(1, 20)}/"]) + f"{r.randint(1, 240)} {s}",
               line2=lambda t, x, pc: f"{t} {x} {pc}",
               dates=["dmy/", "long_gb"], doms=["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"]),
    "NZ": dict(loc="en_NZ", region="NZ", lang="en",
               towns=[("Hamilton", "", "3204"), ("Dunedin", "", "9016"), ("Nelson", "", "7010"), ("Tauranga", "", "3110"),
                      ("Palmerston North", "", "4410"), ("Napier", "", "4110")],
               streets=["Ngaio Street", "Kauri Road", "Rata Avenue", "Cargill Street", "Tui Crescent", "Marine Parade"],
               street=lambda r, s: f"{r.randint(1, 300)}{r.choice(['', '', 'A', 'B'])} {s}",
               line2=_l2_town_pc,
               dates=["dmy/", "long_gb"], doms=["xtra.co.nz", "gmail.com", "outlook.co.nz"]),
    "IN": dict(loc="en_IN", region="IN", lang="en",
               towns=[("Pune", "", "4110##"), ("Kochi", "", "6820##"), ("Jaipur", "", "3020##"), ("Lucknow", "", "2260##"),
                      ("Mysuru", "", "5700##"), ("Indore", "", "4520##")],
               streets=["MG Road", "Linking Road", "Park Street", "Nehru Nagar", "Shivaji Path", "Residency Road"],
               street=lambda r, s: f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}, {r.choice(['Sai Residency', 'Green Park Apts', 'Lotus Towers'])}, {r.randint(1, 99)} {s}",
               line2=lambda t, x, pc: f"{t} - {pc}",
               dates=["dmy/", "dmy-", "long_gb"], doms=["gmail.com", "rediffmail.com", "yahoo.co.in"]),
    "ZA": dict(loc="zu_ZA", region="ZA", lang="en",
               towns=[("Durban", "", "4001"), ("Pretoria", "", "0181"), ("Gqeberha", "", "6001"), ("Bloemfontein", "", "9301"),
                      ("Polokwane", "", "0699"), ("Stellenbosch", "", "7600")],
               streets=["Long Street", "Church Street", "Voortrekker Road", "Jan Smuts Avenue", "Main Road", "Florida Road"],
               street=lambda r, s: f"{r.randint(1, 220)} {s}",
               line2=lambda t, x, pc: f"{t}, {pc}",
               dates=["iso", "dmy/"], doms=["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"]),
    "SG": dict(loc=None, region="SG", lang="en",
               names=(["Wei Ling", "Siti", "Hui Min", "Nurul", "Mei Xin", "Priya"], ["Jun Jie", "Arjun", "Kumar", "Darren", "Farid", "Wei Jie"],
                      ["Tan", "Lim", "Ng", "Wong", "Rahman", "Krishnan", "Goh", "Chua", "Ismail", "Teo"]),
               towns=[("Singapore", "", "5604##"), ("Singapore", "", "6501##"), ("Singapore", "", "5202##")],
               streets=["Ang Mo Kio Ave 10", "Tampines St 45", "Bukit Batok West Ave 6", "Jurong East St 21", "Bedok North Rd"],
               street=lambda r, s: f"Blk {r.randint(100, 699)} {s}, #{r.randint(2, 15):02d}-{r.randint(100, 1299)}",
               line2=_l2_town_pc,
               dates=["dmy/", "long_gb"], doms=["singnet.com.sg", "gmail.com", "yahoo.com.sg"]),
    "KEen": dict(loc=None, region="KE", lang="en",
                 names=(["Amina", "Zawadi", "Neema", "Halima", "Wanjiku", "Faith"], ["Baraka", "Juma", "Daudi", "Brian", "Kevin", "Otieno"],
                        ["Wanjiru", "Otieno", "Kamau", "Achieng", "Mwangi", "Njeri", "Omondi", "Wambui", "Kiprono", "Mutua"]),
                 towns=[("Nairobi", "", "00100"), ("Mombasa", "", "80100"), ("Kisumu", "", "40100"), ("Nakuru", "", "20100"),
                        ("Eldoret", "", "30100"), ("Thika", "", "01000")],
                 streets=["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Oginga Odinga Street", "Nyerere Road", "Digo Road"],
                 street=lambda r, s: f"{r.choice(['Imara', 'Baraka', 'Upendo', 'Jamii'])} House, {s}",
                 line2=lambda t, x, pc: f"{t} {pc}",
                 dates=["dmy/", "long_gb"], doms=["gmail.com", "yahoo.co.ke"]),
    # ---------------- other languages ----------------
    "DE": dict(loc="de_DE", region="DE", lang="de",
               towns=[("Freiburg im Breisgau", "", "79098"), ("Kassel", "", "34117"), ("Münster", "", "48143"),
                      ("Regensburg", "", "93047"), ("Lübeck", "", "23552"), ("Erfurt", "", "99084")],
               streets=["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Goethestraße", "Am Mühlbach", "Birkenallee"],
               street=lambda r, s: f"{s} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}",
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy.", "dmy.", "long_de"], doms=["web.de", "gmx.de", "t-online.de", "posteo.de"]),
    "FR": dict(loc="fr_FR", region="FR", lang="fr",
               towns=[("Nantes", "", "44000"), ("Rennes", "", "35000"), ("Dijon", "", "21000"), ("Tours", "", "37000"),
                      ("Annecy", "", "74000"), ("Nîmes", "", "30000")],
               streets=["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Carnot", "impasse des Tilleuls",
                        "chemin des Vignes"],
               street=lambda r, s: f"{r.randint(1, 120)}{r.choice(['', '', ' bis', ' ter'])} {s}",
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy/", "long_fr"], doms=["orange.fr", "free.fr", "laposte.net", "sfr.fr"]),
    "NL": dict(loc="nl_NL", region="NL", lang="nl",
               towns=[("Utrecht", "", "3511 ??"), ("Zwolle", "", "8011 ??"), ("Leiden", "", "2311 ??"), ("Groningen", "", "9711 ??"),
                      ("Breda", "", "4811 ??"), ("Haarlem", "", "2011 ??")],
               streets=["Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht", "Lindenlaan", "Beukenlaan"],
               street=lambda r, s: f"{s} {r.randint(1, 220)}{r.choice(['', '', '-bis', 'A', '-2'])}",
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy-", "dmy/"], doms=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "PL": dict(loc="pl_PL", region="PL", lang="pl",
               towns=[("Kraków", "", "30-0##"), ("Gdańsk", "", "80-1##"), ("Poznań", "", "60-1##"), ("Wrocław", "", "50-0##"),
                      ("Lublin", "", "20-0##"), ("Toruń", "", "87-100")],
               streets=["ul. Długa", "ul. Mickiewicza", "ul. Słowackiego", "ul. Kwiatowa", "ul. Polna", "os. Słoneczne"],
               street=lambda r, s: f"{s} {r.randint(1, 90)}" + r.choice(["", f"/{r.randint(1, 60)}", f" m. {r.randint(1, 40)}"]),
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy.", "iso"], doms=["wp.pl", "onet.pl", "o2.pl", "interia.pl"]),
    "CAT": dict(loc=None, region="ES", lang="ca",
                names=(["Montserrat", "Núria", "Laia", "Mireia", "Meritxell", "Roser"], ["Jordi", "Pere", "Marc", "Arnau", "Oriol", "Quim"],
                       ["Puig", "Vila", "Soler", "Ferrer", "Casals", "Font", "Pujol", "Roca", "Serra", "Bosch"]),
                towns=[("Girona", "", "170##"), ("Vic", "", "08500"), ("Reus", "", "4320#"), ("Manresa", "", "0824#"),
                       ("Lleida", "", "250##"), ("Figueres", "", "17600")],
                streets=["Carrer Major", "Carrer de Sant Pere", "Passeig de la Rambla", "Carrer del Carme",
                         "Avinguda de Catalunya", "Carrer de la Riera"],
                street=lambda r, s: f"{s}, {r.randint(1, 120)}" + r.choice(["", "", f", {r.randint(1, 5)}r {r.randint(1, 4)}a"]),
                line2=lambda t, x, pc: f"{pc} {t}",
                dates=["dmy/", "long_ca"], doms=["gmail.com", "telefonica.net", "hotmail.es", "xtec.cat"]),
    "IS": dict(loc="is_IS", region="IS", lang="is",
               towns=[("Reykjavík", "", "10#"), ("Akureyri", "", "600"), ("Hafnarfjörður", "", "220"), ("Kópavogur", "", "20#"),
                      ("Selfoss", "", "800"), ("Ísafjörður", "", "400"), ("Egilsstaðir", "", "700")],
               streets=["Laugavegur", "Hringbraut", "Brekkugata", "Skólavörðustígur", "Austurvegur", "Hafnarstræti"],
               street=lambda r, s: f"{s} {r.randint(1, 160)}",
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy.", "d.m.y", "long_is"], doms=["simnet.is", "gmail.com", "internet.is", "visir.is"]),
    "EE": dict(loc="et_EE", region="EE", lang="et",
               towns=[("Tallinn", "", "101##"), ("Tartu", "", "500##"), ("Pärnu", "", "800##"), ("Narva", "", "203##"),
                      ("Viljandi", "", "710##"), ("Rakvere", "", "443##")],
               streets=["Pikk", "Tartu mnt", "Rüütli", "Pärnu mnt", "Vabaduse pst", "Kalda tee"],
               street=lambda r, s: f"{s} {r.randint(1, 90)}" + r.choice(["", f"-{r.randint(1, 40)}"]),
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy.", "d.m.y"], doms=["mail.ee", "gmail.com", "hot.ee", "online.ee"]),
    "LT": dict(loc=None, region="LT", lang="lt",
               names=(["Rūta", "Eglė", "Aistė", "Gintarė", "Ieva", "Jurgita"], ["Jonas", "Mantas", "Tomas", "Lukas", "Darius", "Paulius"],
                      ["Kazlauskas", "Jankauskas", "Vasiliauskas", "Butkus", "Urbonas", "Petrauskas"],
                      ["Petrauskienė", "Stankevičiūtė", "Žukauskaitė", "Paulauskienė", "Kavaliauskaitė", "Urbonienė"]),
               towns=[("Vilnius", "", "LT-011##"), ("Kaunas", "", "LT-442##"), ("Klaipėda", "", "LT-912##"),
                      ("Šiauliai", "", "LT-762##"), ("Panevėžys", "", "LT-351##"), ("Alytus", "", "LT-621##")],
               streets=["Vilniaus g.", "Gedimino pr.", "Laisvės al.", "Taikos pr.", "Žalgirio g.", "Sodų g."],
               street=lambda r, s: f"{s} {r.randint(1, 90)}" + r.choice(["", f"-{r.randint(1, 60)}"]),
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["iso", "iso", "dmy."], doms=["gmail.com", "inbox.lt", "one.lt", "delfi.lt"]),
    "SI": dict(loc="sl_SI", region="SI", lang="sl",
               towns=[("Ljubljana", "", "1000"), ("Maribor", "", "2000"), ("Celje", "", "3000"), ("Kranj", "", "4000"),
                      ("Koper", "", "6000"), ("Novo mesto", "", "8000"), ("Ptuj", "", "2250")],
               streets=["Trubarjeva cesta", "Prešernova ulica", "Slovenska cesta", "Cankarjeva ulica", "Gregorčičeva ulica",
                        "Kidričeva cesta"],
               street=lambda r, s: f"{s} {r.randint(1, 90)}{r.choice(['', '', 'a'])}",
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["d. m. y", "dmy."], doms=["siol.net", "gmail.com", "t-2.net", "amis.net"]),
    "TR": dict(loc="tr_TR", region="TR", lang="tr",
               towns=[("İzmir", "Konak", "352##"), ("Ankara", "Çankaya", "066##"), ("Bursa", "Nilüfer", "161##"),
                      ("Antalya", "Muratpaşa", "071##"), ("Eskişehir", "Odunpazarı", "260##"), ("Trabzon", "Ortahisar", "610##")],
               streets=["Atatürk Cad.", "Cumhuriyet Cad.", "Gül Sok.", "İnönü Blv.", "Lale Sok.", "Menekşe Sok."],
               street=lambda r, s: f"{r.choice(['Yeşiltepe', 'Bahçelievler', 'Kültür', 'Fatih', 'Esentepe'])} Mah. {s} No: {r.randint(1, 90)} D: {r.randint(1, 16)}",
               line2=lambda t, x, pc: f"{pc} {x}/{t}",
               dates=["dmy.", "long_tr"], doms=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "RO": dict(loc="ro_RO", region="RO", lang="ro",
               towns=[("Cluj-Napoca", "", "4000##"), ("Iași", "", "7002##"), ("Timișoara", "", "3000##"), ("Brașov", "", "5000##"),
                      ("Sibiu", "", "5501##"), ("Constanța", "", "9001##")],
               streets=["Str. Mihai Eminescu", "Str. Avram Iancu", "Bd. Independenței", "Str. Florilor", "Calea Victoriei",
                        "Str. Republicii"],
               street=lambda r, s: f"{s} nr. {r.randint(1, 90)}" + r.choice(["", f", bl. {r.choice('ABCD')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}"]),
               line2=lambda t, x, pc: f"{pc} {t}",
               dates=["dmy.", "long_ro"], doms=["yahoo.ro", "gmail.com", "yahoo.com"]),
    "VN": dict(loc=None, region="VN", lang="vi",
               names=(["Trang", "Lan", "Hương", "Linh", "Thảo", "Mai"], ["Minh", "Huy", "Bảo", "Tuấn", "Dũng", "Khoa"],
                      ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Phan"]),
               towns=[("Hà Nội", "Quận Ba Đình", ""), ("Đà Nẵng", "Quận Hải Châu", ""), ("Huế", "phường Vĩnh Ninh", ""),
                      ("Cần Thơ", "Quận Ninh Kiều", ""), ("Hải Phòng", "Quận Lê Chân", ""), ("Nha Trang", "phường Lộc Thọ", "")],
               streets=["Lý Thường Kiệt", "Trần Phú", "Nguyễn Huệ", "Lê Lợi", "Hai Bà Trưng", "Phan Chu Trinh"],
               street=lambda r, s: f"{r.choice(['Số ', 'số ', ''])}{r.randint(1, 250)}{r.choice(['', '', '/4', 'A'])} {s}",
               line2=lambda t, x, pc: f"{x}, {t}",
               dates=["dmy/", "long_vi"], doms=["gmail.com", "yahoo.com.vn"]),
    "PH": dict(loc=None, region="PH", lang="tl",
               names=(["Maricel", "Rowena", "Kristine", "Liza", "Marites", "Jocelyn"], ["Jose", "Jomar", "Arnel", "Rodel", "Jhun", "Mark Anthony"],
                      ["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Garcia", "Ramos", "Aquino", "Castillo"]),
               towns=[("Quezon City", "", "1100"), ("Cebu City", "", "6000"), ("Davao City", "", "8000"), ("Baguio", "", "2600"),
                      ("Iloilo City", "", "5000"), ("Pasig", "", "1600")],
               streets=["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Sampaguita St.", "Luna St.", "Del Pilar St."],
               street=lambda r, s: f"{r.randint(1, 400)} {s}, Brgy. {r.choice(['San Isidro', 'Malinis', 'Poblacion', 'Bagong Silang', 'Santo Niño'])}",
               line2=lambda t, x, pc: f"{t} {pc}",
               dates=["long_us", "mdy/"], doms=["yahoo.com.ph", "gmail.com", "yahoo.com"]),
    "KE": dict(loc=None, region="KE", lang="sw",
               names=(["Amina", "Zawadi", "Neema", "Halima", "Wanjiku", "Rehema"], ["Baraka", "Juma", "Daudi", "Athumani", "Hamisi", "Mwita"],
                      ["Wanjiru", "Otieno", "Kamau", "Achieng", "Mwangi", "Njeri", "Omondi", "Wambui", "Mutua", "Hassan"]),
               towns=[("Nairobi", "", "00100"), ("Mombasa", "", "80100"), ("Kisumu", "", "40100"), ("Nakuru", "", "20100"),
                      ("Malindi", "", "80200"), ("Thika", "", "01000")],
               streets=["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Barabara ya Nyerere", "Digo Road", "Barabara ya Haile Selassie"],
               street=lambda r, s: f"{r.choice(['Jengo la Imara', 'Upendo Plaza', 'Jamii House'])}, {s}",
               line2=lambda t, x, pc: f"{t} {pc}",
               dates=["dmy/", "dmy-"], doms=["gmail.com", "yahoo.co.ke", "yahoo.com"]),
    "AF": dict(loc=None, region="ZA", lang="af",
               names=(["Annelie", "Marietjie", "Elmarie", "Sunette", "Lizelle", "Ansie"], ["Johan", "Pieter", "Francois", "Hendrik", "Riaan", "Wynand"],
                      ["van der Merwe", "Botha", "du Plessis", "Steyn", "Nel", "Pretorius", "Coetzee", "Venter", "Kruger", "le Roux"]),
               towns=[("Stellenbosch", "", "7600"), ("Paarl", "", "7646"), ("Bloemfontein", "", "9301"), ("Potchefstroom", "", "2531"),
                      ("George", "", "6529"), ("Worcester", "", "6850")],
               streets=["Kerkstraat", "Dorpstraat", "Rivierweg", "Jan Celliersstraat", "Eikelaan", "Bloekomlaan"],
               street=lambda r, s: f"{s} {r.randint(1, 150)}",
               line2=lambda t, x, pc: f"{t}, {pc}",
               dates=["iso", "long_af"], doms=["gmail.com", "vodamail.co.za", "telkomsa.net", "absamail.co.za"]),
}

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
}


def _fmt_date(d: date, style: str) -> str:
    if style == "mdy/":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "d.m.y":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "d. m. y":
        return f"{d.day}. {d.month}. {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long_us":
        return f"{_MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "long_gb":
        return f"{d.day} {_MONTHS['en'][d.month - 1]} {d.year}"
    if style == "long_de":
        return f"{d.day}. {_MONTHS['de'][d.month - 1]} {d.year}"
    if style == "long_is":
        return f"{d.day}. {_MONTHS['is'][d.month - 1]} {d.year}"
    if style == "long_fr":
        return f"{d.day} {_MONTHS['fr'][d.month - 1]} {d.year}"
    if style == "long_ca":
        m = _MONTHS["ca"][d.month - 1]
        return f"{d.day} {'d' + chr(39) if m[0] in 'aeiou' else 'de '}{m} de {d.year}"
    if style == "long_tr":
        return f"{d.day} {_MONTHS['tr'][d.month - 1]} {d.year}"
    if style == "long_ro":
        return f"{d.day} {_MONTHS['ro'][d.month - 1]} {d.year}"
    if style == "long_af":
        return f"{d.day} {_MONTHS['af'][d.month - 1]} {d.year}"
    if style == "long_vi":
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


_FOLD = {"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "ł": "l", "Ð": "D", "Þ": "Th", "Đ": "D", "Ł": "L"}


def _ascii(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-_")).lower()


class Ctx:
    """Per-text (or per-row) generator bound to one country profile."""

    def __init__(self, r: random.Random, cc: str):
        self.r = r
        self.cc = cc
        self.p = CP[cc]
        self.region = self.p["region"]

    # ---- names
    def _name(self, gender: str) -> tuple[str, str]:
        p, r = self.p, self.r
        if p["loc"] is None:
            names = p["names"]
            first = r.choice(names[0] if gender == "f" else names[1])
            last = r.choice(names[3] if gender == "f" and len(names) > 3 else names[2])
            if self.cc == "VN":
                mid = r.choice(["Thu", "Thị", "Ngọc", "Thanh"] if gender == "f" else ["Văn", "Quốc", "Đức", "Thanh"])
                return first, f"{last} {mid}"
            return first, last
        f = _faker(p["loc"])
        f.seed_instance(r.getrandbits(32))
        if self.cc == "ZA" and r.random() < 0.4:
            names = CP["AF"]["names"]
            return r.choice(names[0] if gender == "f" else names[1]), r.choice(names[2])
        if gender == "f":
            return f.first_name_female(), f.last_name_female()
        return f.first_name_male(), f.last_name_male()

    def person(self, gender: str | None = None):
        r = self.r
        g = gender or r.choice("fm")
        first, last = self._name(g)
        if self.cc == "VN":
            full = f"{last} {first}"
            fam = last.split()[0]
        else:
            full = f"{first} {last}"
            fam = last
        town, extra, pcpat = r.choice(self.p["towns"])
        pc = _pc(r, pcpat)
        street = self.p["street"](r, r.choice(self.p["streets"]))
        line2 = self.p["line2"](town, extra, pc)
        return SimpleNamespace(
            first=first, last=fam, full=full, g=g,
            email=self.email(first, fam),
            phone=self.phone(), town=town, street=street, line2=line2,
            addr=f"{street}, {line2}", dob=self.dob_date(), cc=self.cc)

    def email(self, first: str, last: str, dom: str | None = None) -> str:
        r = self.r
        fn, ln = _ascii(first.split()[0]), _ascii(last.replace(" ", ""))
        user = r.choice([f"{fn}.{ln}", f"{fn}{ln}{r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}", f"{ln}.{fn}", f"{fn}{r.randint(70, 2005)}"])
        return f"{user}@{dom or r.choice(self.p['doms'])}"

    # ---- phones
    def phone(self, kind: str = "mobile", style: str | None = None) -> str:
        return _phone(self.r, self.region, kind, style)

    # ---- places
    def town(self) -> str:
        return self.r.choice(self.p["towns"])[0]

    def addr(self):
        r = self.r
        town, extra, pcpat = r.choice(self.p["towns"])
        street = self.p["street"](r, r.choice(self.p["streets"]))
        return street, self.p["line2"](town, extra, _pc(r, pcpat)), town

    # ---- dates
    def dob_date(self, lo: int = 18, hi: int = 84) -> date:
        return TODAY - timedelta(days=self.r.randint(lo * 365 + 5, hi * 365))

    def dob(self, d: date | None = None, style: str | None = None) -> str:
        return _fmt_date(d or self.dob_date(), style or self.r.choice(self.p["dates"]))

    def date(self, back: int = 400, fwd: int = 0, style: str | None = None) -> str:
        d = TODAY + timedelta(days=self.r.randint(-back, fwd))
        return _fmt_date(d, style or self.r.choice([s for s in self.p["dates"] if not s.startswith("long")] or ["iso"]))

    def iban(self, spaced: bool | None = None) -> str:
        return _iban(self.r, {"CAT": "ES", "AF": "ZA", "KEen": "KE"}.get(self.cc, self.cc), spaced)


# --------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------
_PNT = _pn.PhoneNumberType
_EXAMPLES: dict[tuple[str, str], str] = {}


def _phone(r: random.Random, region: str, kind: str = "mobile", style: str | None = None) -> str:
    key = (region, kind)
    if key not in _EXAMPLES:
        ex = _pn.example_number_for_type(region, _PNT.MOBILE if kind == "mobile" else _PNT.FIXED_LINE)
        _EXAMPLES[key] = str(ex.national_number)
    base = _EXAMPLES[key]
    cc = _pn.country_code_for_region(region)
    want = (_PNT.MOBILE, _PNT.FIXED_LINE_OR_MOBILE) if kind == "mobile" else (_PNT.FIXED_LINE, _PNT.FIXED_LINE_OR_MOBILE)
    num = None
    for attempt in range(400):
        keep = 1 if attempt < 150 else 2 if attempt < 300 else 3
        cand = base[:keep] + "".join(r.choice(string.digits) for _ in base[keep:])
        pn = _pn.PhoneNumber(country_code=cc, national_number=int(cand))
        if _pn.is_valid_number(pn) and _pn.region_code_for_number(pn) == region and _pn.number_type(pn) in want:
            num = pn
            break
    assert num is not None, region
    style = style or r.choice(["nat", "nat", "nat", "intl", "e164"])
    if style == "e164":
        out = _pn.format_number(num, _pn.PhoneNumberFormat.E164)
    elif style == "intl":
        out = _pn.format_number(num, _pn.PhoneNumberFormat.INTERNATIONAL)
    else:
        out = _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL)
        if region in ("US", "CA"):
            d, sep = str(num.national_number), r.choice(["-", "-", ".", " "])
            out = f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
        elif "(" in out:
            if region == "LT":
                out = "8 " + str(num.national_number)[:3] + " " + str(num.national_number)[3:]
            else:
                out = out.replace("(", "").replace(")", "")
    assert _pn.is_valid_number(_pn.parse(out, region)), (region, out)
    assert out[0] not in "(" and out[-1].isdigit(), out
    return out


_IBAN_SPEC = {  # country: (length, bban pattern: # digit, ? letter, * alnum)
    "IS": "######################", "EE": "################", "LT": "################", "SI": "###############",
    "TR": "#####0################", "RO": "????################", "LV": "????#############", "LU": "###*************",
}


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def _iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    if cc in _IBAN_SPEC:
        bban = "".join(r.choice(string.digits) if ch == "#" else r.choice(string.ascii_uppercase) if ch == "?"
                       else r.choice(string.digits + string.ascii_uppercase) if ch == "*" else ch for ch in _IBAN_SPEC[cc])
        if cc == "RO":
            bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + bban[4:]
        raw = cc + _iban_check(cc, bban) + bban
    else:
        raw = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def _card(r: random.Random, grouped: bool | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        num = _luhn(r, "4", 16)
    elif kind == "mc":
        num = _luhn(r, "5" + r.choice("12345"), 16)
    elif kind == "amex":
        num = _luhn(r, r.choice(["34", "37"]), 15)
    else:
        num = _luhn(r, "6011", 16)
    if grouped is None:
        grouped = r.random() < 0.7
    if not grouped:
        return num
    sep = r.choice([" ", " ", "-"])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _ssn(r: random.Random, dashed: bool = True) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{area:03d}-{g:02d}-{s:04d}" if dashed else f"{area:03d}{g:02d}{s:04d}"


def _bank_us(r: random.Random) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(7, 11)))


def _routing(r: random.Random) -> str:
    while True:
        d = [int(x) for x in f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 26, 31]):02d}"]
        d += [r.randint(0, 9) for _ in range(6)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


_AN = string.ascii_letters + string.digits


def _rs(r: random.Random, n: int, alphabet: str = _AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_WORDS = ["Bramble", "sunflower", "Kestrel", "marmalade", "Tangerine", "copper", "Juniper", "harbour", "Lantern", "meadow",
          "Saddle", "thistle", "Paddock", "gravel", "Orchid", "Biscuit", "falcon", "Velvet", "Pebble", "cobalt"]


def _password(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        pw = f"{r.choice(_WORDS)}{r.choice('!#$%*@&')}{r.randint(10, 2026)}"
    elif k == 1:
        pw = _rs(r, r.randint(10, 16), _AN + "!#$%&*+-=@^_") + r.choice(string.digits)
    elif k == 2:
        pw = "-".join(r.choice(_WORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    elif k == 3:
        pw = f"{r.choice(_WORDS).capitalize()}{r.randint(1, 99)}{r.choice(_WORDS).lower()}"
    else:
        pw = _rs(r, 3, string.ascii_uppercase) + _rs(r, 5, string.ascii_lowercase) + r.choice("@#$.") + _rs(r, 4, string.digits)
    return pw


def _apikey(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return "sk_live_" + _rs(r, 24)
    if k == 1:
        return "AKIA" + _rs(r, 16, string.ascii_uppercase + "234567")
    if k == 2:
        return "ghp_" + _rs(r, 36)
    if k == 3:
        return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-{_rs(r, 24)}"
    if k == 4:
        return "SG." + _rs(r, 22, _AN + "_-") + "." + _rs(r, 42, _AN + "_-") + r.choice(_AN)
    return "AIza" + _rs(r, 34, _AN + "_-") + r.choice(_AN)


# ---- look-alikes (never labelled)
def _pk(r):
    return "pk_live_" + _rs(r, 24)


def _sid(r):
    return "AC" + _rs(r, 32, "0123456789abcdef")


def _uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _sha(r, n=64):
    return _rs(r, n, "0123456789abcdef")


def _bcrypt(r):
    return "$2b$12$" + _rs(r, 53, _AN + "./")


def _argon(r):
    return f"$argon2id$v=19$m=65536,t=3,p=4${_rs(r, 22, _AN + '+/')}${_rs(r, 43, _AN + '+/')}"


def _priv_ip(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 120)}"


def _last4(r):
    return f"{r.randint(0, 9999):04d}"


def _masked(r):
    l4 = _last4(r)
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending {l4}", f"4***********{l4}"])


def _expiry(r):
    return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"


def _ref(r, prefix):
    return f"{prefix}{_rs(r, r.randint(5, 8), string.ascii_uppercase + string.digits)}"


def _num(r, n):
    return str(r.randint(10 ** (n - 1), 10 ** n - 1))


def _imei(r):
    return _luhn(r, r.choice(["35", "86", "01"]), 15)


def _gps(r):
    return f"{r.uniform(-45, 65):.5f}, {r.uniform(-120, 150):.5f}"


def _money(r, cur="€"):
    amt = f"{r.randint(5, 900)}.{r.choice(['00', '50', '99', '95', '20'])}"
    return f"{cur}{amt}" if cur in "$£€₱" else f"{amt.replace('.', ',')} {cur}"


def _ts(r, back=60):
    d = TODAY - timedelta(days=r.randint(0, back))
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def _hm(r):
    return f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"


_SWIFT = ["DEUTDEFF", "NWBKGB2L", "BOFIIE2D", "INGBNL2A", "BCEELULL", "LANDISRE", "HABAEE2X", "CBVILT2X", "LJBASI2X",
          "TGBATRIS", "BTRLRO22", "CAIXESBB", "BNPAFRPP", "PKOPPLPW"]
_HORSES = ["Biscuit", "Shadow", "Bramble", "Dancer", "Mojo", "Toffee", "Skjóni", "Blesi", "Hercules", "Pepper", "Duke", "Misty"]
_PETS = ["Max", "Bella", "Luna", "Milo", "Rex", "Coco", "Simba", "Daisy"]


# --------------------------------------------------------------------------------------------
# templates (each returns a list of plain strings and (value, label) tuples)
# --------------------------------------------------------------------------------------------
TEMPLATES: list = []
_TPL_LANG: dict[str, str] = {}


def _tpl(lang: str):
    def deco(fn):
        TEMPLATES.append(fn)
        _TPL_LANG[fn.__name__] = lang
        return fn
    return deco


# ------------------------------------------------------------------ English
@_tpl("en-US")
def t_us_support_email_quoted(r):
    c = Ctx(r, "US")
    a, ag = c.person(), c.person()
    st, l2, _ = c.addr()
    order = _ref(r, "ORD-")
    return [
        "Subject: Re: Re: lockout callout ", order, " – billing question\n",
        "From: ", PER(a.full), " <", EMAIL(a.email), ">\n",
        "To: ", EMAIL("billing@keyfastlocksmiths.com"), "\n\n",
        "Hi ", PER(ag.first), ",\n\nThanks for getting back to me. The charge on my card ", _masked(r),
        " was ", _money(r, "$"), " but the quote on the phone was lower. The tech (I think his name was ",
        PER(c.person("m").first), ") was great though. My address on file should be\n",
        ADDR(f"{a.street}\n{a.line2}"), "\nand the best number is ", PHONE(a.phone), ".\n\n",
        r.choice(["Thanks,\n", "Best,\n", "thx\n"]), PER(a.first), "\n\n",
        "On ", c.date(20), " KeyFast Billing <", EMAIL("billing@keyfastlocksmiths.com"), "> wrote:\n",
        "> Dear ", PER(a.last), ",\n> your invoice ", _ref(r, "INV-"), " is attached. Door code noted: ", f"{r.randint(1000, 9999)}#", "\n",
        "> ", PER(ag.full), " | KeyFast Locksmiths\n> ", ADDR(st), "\n> ", ADDR(l2), "\n> ", PHONE(c.phone("fixed")), "\n",
    ]


@_tpl("en-GB")
def t_gb_tattoo_consent_ocr(r):
    c = Ctx(r, "GB")
    a = c.person()
    artist = c.person()
    return [
        "INK & IRON TATTOO STUDIO — CLIENT CONSENT F0RM\n",
        "Ful1 name: ", PER(a.full.upper() if r.random() < 0.4 else a.full), "\n",
        "Date of birth: ", DOB(c.dob(a.dob)), "     Age: ", str((TODAY - a.dob).days // 365), "\n",
        "Address: ", ADDR(a.addr), "\n",
        "Tel: ", PHONE(a.phone), "   Email: ", EMAIL(a.email), "\n",
        "Photo ID seen: ", r.choice(["Y", "yes", "✓"]), "  (driving licence, last digits ", _num(r, 3), ")\n",
        "Design ref: ", _ref(r, "DSN-"), "   Placement: ", r.choice(["left forearm", "ankle", "ribs", "upper back"]), "\n",
        "Allergies: ", r.choice(["none", "latex", "nickel", "N/A"]), "   Deposit paid: ", _money(r, "£"), " (card ", _masked(r), ")\n",
        "Artist: ", PER(artist.first), "   Date: ", c.date(30), "\n",
        "I confirm I am over 18 and not under the influence. Signed: ", PER(a.first[0] + ". " + a.last), "\n",
    ]


@_tpl("en-US")
def t_us_locksmith_crm_note(r):
    c = Ctx(r, "US")
    a, tech = c.person(), c.person("m")
    return [
        "CALLOUT ", _num(r, 6), " | ", _ts(r, 5), " | priority: ", r.choice(["EMERGENCY", "high", "normal"]), "\n",
        "Caller: ", PER(a.full), " (", PHONE(a.phone), ")\n",
        "Site: ", ADDR(a.addr), "\n",
        "Issue: ", r.choice(["locked out, keys inside", "snapped key in deadbolt", "security door jammed after break-in attempt",
                             "lost keys, wants rekey"]), ". Gate code ", f"*{r.randint(1000, 9999)}", ", lockbox ", _num(r, 4), ".\n",
        "Dispatched ", PER(tech.first + " " + tech.last[0] + "."), " from the ", c.town(), " branch, van ", _ref(r, "VAN"), ", ETA ", _hm(r), ".\n",
        "Quote ", _money(r, "$"), " + parts. ",
    ] + (["Cust paying card on site; ref ", _uuid(r)[:8], ".\n"] if r.random() < 0.4 else
         ["Cust wants e-check: routing ", _routing(r), ", acct ", BANK(_bank_us(r)), " (", r.choice(["checking", "savings"]), "). Auth code ", _num(r, 6), ".\n"])


@_tpl("en-IE")
def t_ie_livery_whatsapp(r):
    c = Ctx(r, "IE")
    a, yard = c.person("f"), c.person()
    horse = r.choice(_HORSES)
    d = c.date(10)
    return [
        "[", d, ", 08:", f"{r.randint(10, 59)}", "] ", PER(a.full), ": Morning! Can ", horse, " go out in the top field today? Farrier coming at 11\n",
        "[", d, ", 08:", f"{r.randint(10, 59)}", "] ", PER(yard.first), ": No bother. Is it ", PER(r.choice(["Seán", "Declan", "Paddy"])), " again?\n",
        "[", d, ", 09:02] ", PER(a.full), ": Yes his number is ", PHONE(c.phone()), " if he's late. I'm away to ", LOC(r.choice(["Lisbon", "Galway", "Boston", "Edinburgh"])),
        " til Friday\n",
        "[", d, ", 09:05] ", PER(yard.first), ": Grand. Livery for Nov is ", _money(r, "€"), ", invoice ", _ref(r, "LV"), " sent to ", EMAIL(a.email), "\n",
        "[", d, ", 09:06] ", PER(a.full), ": ", r.choice(["👍", "Thanks a mill", "perfect x"]), "\n",
    ]


@_tpl("en-AU")
def t_au_window_sms(r):
    c = Ctx(r, "AU")
    a, me = c.person(), c.person("m")
    return [
        "SMS thread with ", PHONE(a.phone), "\n",
        "> ", c.date(14), " ", _hm(r), " Hi ", PER(a.first), ", ", PER(me.first), " from Crystal Clear Windows here. We're in your street Thursday, ok to do ",
        ADDR(a.street), "? Usual ", _money(r, "$"), " incl gutters\n",
        "< ", _hm(r), " yep all good, side gate code is ", _num(r, 4), ". dog (", r.choice(_PETS), ") will be inside\n",
        "> ", _hm(r), " Legend. Pay via the link or BSB ", f"{r.randint(0, 99):02d}{r.randint(0, 9)}-{r.randint(100, 999)}",
        " acct ending ", _last4(r), ". Cheers\n",
        "< ", _hm(r), " also my sister ", PER(c.person("f").full), " in ", LOC(c.town()), " wants a quote, her mob is ", PHONE(c.phone()), "\n",
    ]


@_tpl("en-NZ")
def t_nz_campervan_email(r):
    c = Ctx(r, "NZ")
    a = c.person()
    depot = r.choice(["Christchurch", "Auckland", "Queenstown"])
    return [
        "Kia ora ", PER(a.first), ",\n\nYour booking ", _ref(r, "KWI-"), " for a ", r.choice(["2-berth Hi-Top", "4-berth Deluxe", "6-berth Motorhome"]),
        " is confirmed. Pick-up: our ", depot, " depot, ", c.date(0, 90), " at 10:00. Drop-off: ", r.choice(["Picton", "Wellington", "Dunedin"]), " depot.\n",
        "Driver 1: ", PER(a.full), ", DOB ", DOB(c.dob(a.dob)), ", licence ", _ref(r, "D"), " (version ", str(r.randint(100, 999)), ")\n",
        "Driver 2: ", PER(c.person().full), "\n",
        "Home address: ", ADDR(a.addr), "\n",
        "Bond hold of ", _money(r, "$"), " will be placed on card ", _masked(r), ", exp ", _expiry(r), ".\n\n",
        "Questions? Call ", PHONE(c.phone("fixed")), " or reply to ", EMAIL("bookings@tikiroam.co.nz"), ".\n",
        "Ngā mihi, ", PER(c.person().first), " – TikiRoam Campers\n",
    ]


@_tpl("en-US")
def t_us_app_log(r):
    c = Ctx(r, "US")
    a = c.person()
    lines = []
    for _ in range(r.randint(3, 5)):
        k = r.randrange(4)
        ts = _ts(r, 2)
        if k == 0:
            lines += [ts, " INFO  auth.login ok user=", EMAIL(a.email), " ip=", IP(_ip_public_v4(r)), " sid=", _sha(r, 32), "\n"]
        elif k == 1:
            lines += [ts, " WARN  auth.login failed user=", EMAIL(c.person().email), " ip=", IP(_ip_public_v6(r) if r.random() < 0.4 else _ip_public_v4(r)),
                      " attempts=", str(r.randint(2, 9)), "\n"]
        elif k == 2:
            lines += [ts, " DEBUG health upstream=", _priv_ip(r), ":8080 build=", _version(r), " req=", _uuid(r), "\n"]
        else:
            lines += [ts, " INFO  billing.charge order=", _ref(r, "ORD-"), " amount=", _money(r, "$"), " card=", _masked(r), "\n"]
    return lines


@_tpl("en-GB")
def t_gb_parish_baptism_email(r):
    c = Ctx(r, "GB")
    mum, dad, baby = c.person("f"), c.person("m"), c.person("m")
    bd = c.dob_date(0, 1)
    gp = c.person()
    return [
        "From: ", EMAIL(mum.email), "\nTo: ", EMAIL("office@stmichaelsparish.org.uk"), "\nSubject: Baptism enquiry\n\n",
        "Dear Father ", PER(r.choice(["Thomas", "O'Brien", "Kelly"])), ",\n\n",
        "We would love to have our son ", PER(baby.first), " baptised at St Michael's in the spring. He was born on ", DOB(c.dob(bd, "long_gb")),
        " at ", r.choice(["Leeds General", "the Royal Infirmary", "home"]), ". Parents: ", PER(mum.full), " and ", PER(dad.full), ".\n",
        "Godparents will be ", PER(gp.full), " (travelling up from ", LOC(r.choice(["Cardiff", "Glasgow", "Dublin", "London"])), ") and ", PER(c.person().first), ".\n",
        "We live at ", ADDR(mum.addr), " — within the parish I think. My mobile is ", PHONE(mum.phone), ".\n\n",
        "Kind regards,\n", PER(mum.first), "\n\n",
        "-- parish office note: booked provisionally, slot ", r.choice(["B3", "B7", "C1"]), ", donation ref ", _ref(r, "GA"), ", hall hire ", _money(r, "£"), "\n",
    ]


@_tpl("en-IN")
def t_in_call_transcript(r):
    c = Ctx(r, "IN")
    a = c.person("f")
    d = a.dob
    dob_spoken = f"{d.day} {_MONTHS['en'][d.month - 1].lower()} {d.year}"
    agent = c.person()
    return [
        "[call ", _num(r, 8), " | stt | ", _ts(r, 3), "]\n",
        "agent: thank you for calling roadhome motorhomes my name is ", PER(agent.first.lower()), " how can i help\n",
        "caller: hi yes this is ", PER(a.full.lower()), " i have a booking for next weekend\n",
        "agent: sure can you confirm your date of birth\n",
        "caller: ", DOB(dob_spoken), "\n",
        "agent: and the mobile number on the account\n",
        "caller: ", PHONE(c.phone(style="nat")), "\n",
        "agent: thank you ma'am i see booking ", _ref(r, "rh").lower(), " pickup from the ", r.choice(["pune", "mumbai"]), " yard on ", c.date(0, 20, "dmy/"), "\n",
        "caller: we are driving to ", LOC(r.choice(["goa", "manali", "ooty", "kodaikanal"])), " so can you add the snow chains\n",
        "agent: done the extra is ", str(r.randint(5, 30) * 100), " rupees i will mail to ", EMAIL(a.email), "\n",
    ]


@_tpl("en-US")
def t_us_ach_form_kv(r):
    c = Ctx(r, "US")
    a = c.person()
    return [
        "# parish e-giving enrolment export\n",
        "first_name=", PER(a.first), "\nlast_name=", PER(a.last), "\n",
        "email=", EMAIL(a.email), "\nphone=", PHONE(a.phone), "\n",
        "street=", ADDR(a.street), "\ncity_state_zip=", ADDR(a.line2), "\n",
        "routing_number=", _routing(r), "\naccount_number=", BANK(_bank_us(r)), "\naccount_type=", r.choice(["checking", "savings"]), "\n",
        "ssn_last4=", _last4(r), "\nfund=", r.choice(["general", "building", "st-vincent-de-paul"]), "\namount=", _money(r, "$"), "\n",
        "frequency=monthly\nenrolled_at=", _ts(r, 90), "\nconsent_ip=", IP(_ip_public_v4(r)), "\n",
    ]


@_tpl("en-CA")
def t_ca_slack_secrets(r):
    c = Ctx(r, "CA")
    a, b = c.person(), c.person()
    key = _apikey(r)
    pw = _password(r)
    return [
        PER(a.full), "  ", _hm(r), "\n", "prod booking site is throwing 500s again, stripe webhook failing?\n",
        PER(b.full), "  ", _hm(r), "\n", "yeah rotated the key, new one is ", KEY(key), " — publishable stays ", _pk(r), "\n",
        PER(a.full), "  ", _hm(r), "\n", "and the db? ", r.choice(["", "pls dont paste creds here lol "]), "\n",
        PER(b.full), "  ", _hm(r), "\n", "user `booking_rw` pw `", PWD(pw), "` on ", _priv_ip(r), ", hash in vault is ", _bcrypt(r)[:30], "…\n",
        PER(a.first), "  ", _hm(r), "\n", "ok deploying ", "v" + _version(r), " after lunch\n",
    ]


@_tpl("en-ZA")
def t_za_livechat(r):
    c = Ctx(r, "ZA")
    a, ag = c.person("f"), c.person()
    return [
        "Chat started ", c.date(5), " ", _hm(r), " — visitor from ", IP(_ip_public_v4(r)), "\n",
        "Visitor: hi i need a locksmith urgently, locked out of my flat\n",
        PER(ag.first), " (Agent): Hi there, sorry to hear! Can I get your name and address?\n",
        PER(a.full), ": ", PER(a.full), ", ", ADDR(a.addr), "\n",
        PER(ag.first), " (Agent): Thanks ", PER(a.first), ". Best contact number?\n",
        PER(a.full), ": ", PHONE(a.phone), " or my husband ", PER(c.person("m").first), " on ", PHONE(c.phone()), "\n",
        PER(ag.first), " (Agent): A technician from our ", r.choice(["Umhlanga", "Centurion", "Bellville"]), " branch is on the way, job ", _ref(r, "LS"),
        ". Call-out fee R", str(r.randint(4, 9) * 100), ".\n",
    ]


@_tpl("en-US")
def t_us_jsonl_forms(r):
    c = Ctx(r, "US")
    out = []
    for _ in range(r.randint(2, 3)):
        a = c.person()
        out += ['{"form":"waiver","id":"', _uuid(r), '","first_name":"', PER(a.first), '","last_name":"', PER(a.last),
                '","dob":"', DOB(c.dob(a.dob, r.choice(["iso", "mdy/"]))), '","ssn":"', SSN(_ssn(r)), '","ip":"', IP(_ip_public_v4(r)),
                '","submitted":"', _ts(r, 30), '","rider_level":"', r.choice(["beginner", "novice", "intermediate"]),
                '","horse":"', r.choice(_HORSES), '"}\n']
    return out


@_tpl("en-GB")
def t_gb_nginx_log(r):
    out = []
    c = Ctx(r, "GB")
    for _ in range(r.randint(3, 5)):
        ip = _ip_public_v4(r) if r.random() < 0.7 else _ip_public_v6(r)
        k = r.randrange(3)
        out += [IP(ip), ' - - [', _ts(r, 1), '] "']
        if k == 0:
            out += ["GET /unsubscribe?email=", EMAIL(c.person().email), " HTTP/1.1\" 200 ", _num(r, 4)]
        elif k == 1:
            out += ["POST /api/v2/bookings HTTP/2\" 201 ", _num(r, 3)]
        else:
            out += ["GET /static/app.", _sha(r, 8), ".js HTTP/1.1\" 304 0"]
        out += [' "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/', _version(r), '"\n']
    out += [_priv_ip(r), ' - - [', _ts(r, 1), '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n']
    return out


@_tpl("en-US")
def t_us_env_config(r):
    c = Ctx(r, "US")
    return [
        "# .env.production  (DO NOT COMMIT)\n",
        "APP_VERSION=", _version(r), "\n",
        "DATABASE_URL=postgres://stable_app:", PWD(_password(r)), "@", _priv_ip(r), ":5432/livery\n",
        "STRIPE_SECRET_KEY=", KEY("sk_live_" + _rs(r, 24)), "\n",
        "STRIPE_PUBLISHABLE_KEY=", _pk(r), "\n",
        "TWILIO_ACCOUNT_SID=", _sid(r), "\n",
        "TWILIO_AUTH_TOKEN=", KEY(_sha(r, 32)), "\n",
        "SMTP_PASSWORD=", PWD(_password(r)), "\n",
        "ADMIN_EMAIL=", EMAIL(c.person().email), "\n",
        "SUPPORT_PHONE=", PHONE(c.phone("fixed", "e164")), "\n",
        "SESSION_SECRET_HASH=", _sha(r), "\n",
        "FEATURE_FLAGS=waitlist,sms_reminders\n",
    ]


@_tpl("en-AU")
def t_au_spreadsheet_rows(r):
    c = Ctx(r, "AU")
    out = ["Name\tAddress\tPhone\tFreq\tPrice\tLast clean\tNotes\n"]
    for _ in range(r.randint(3, 5)):
        a = c.person()
        nm = r.choice([a.full, f"{a.last}, {a.first}", a.first + " " + a.last[0] + "."])
        out += [PER(nm), "\t", ADDR(a.addr), "\t", PHONE(a.phone), "\t", r.choice(["4 wk", "8 wk", "quarterly"]), "\t",
                _money(r, "$"), "\t", c.date(60), "\t", r.choice(["dog in yard", "gate code " + _num(r, 4), "", "DD via GoCardless", "2 storey"]), "\n"]
    return out


@_tpl("en-US")
def t_us_notification_subjects(r):
    c = Ctx(r, "US")
    a, b = c.person(), c.person()
    return [
        "[StudioBook] New booking from ", PER(a.full), " (", EMAIL(a.email), ") for ", c.date(0, 30), " ", _hm(r), "\n",
        "[StudioBook] Deposit ", _money(r, "$"), " received – ref ", _ref(r, "SB"), "\n",
        "[StudioBook] ", PER(b.first), " left a 5★ review for Artist ", PER(c.person().first), "\n",
        "[StudioBook] Reminder: aftercare check-in for booking ", _num(r, 7), " tomorrow\n",
        "[StudioBook] Missed call from ", PHONE(c.phone()), "\n",
    ]


@_tpl("en-GB")
def t_gb_no_pii_maintenance(r):
    c = Ctx(r, "GB")
    return [
        "Status update ", _ts(r, 2), "\n",
        "Planned maintenance on the booking platform will start at 02:00 UTC. Version ", _version(r), " replaces ", _version(r), ".\n",
        "Affected: ticket queue ", _ref(r, "Q-"), ", payment gateway (", _priv_ip(r), "), SMS provider.\n",
        "Depots in ", r.choice(["Leeds", "York", "Derby"]), " and ", r.choice(["Bristol", "Exeter"]), " should take bookings by phone only. ",
        "Reference ", _uuid(r), ". Checksum ", _sha(r), ".\n",
        "Open incidents: #", _num(r, 5), ", #", _num(r, 5), ". Est. completion ", c.date(0, 2), " 04:30.\n",
    ]


@_tpl("en-AU")
def t_au_no_pii_shift(r):
    return [
        "Shift handover — ", _ts(r, 3)[:10], "\n",
        "- Round 7 done, 42 houses, ", _money(r, "$"), " collected cash, ", _money(r, "$"), " card.\n",
        "- Van 3 rego ", _rs(r, 3, string.ascii_uppercase), _num(r, 3), " service due at ", str(r.randint(80, 200)), "000 km.\n",
        "- Ladder ", _ref(r, "LD"), " tagged out. Pole brush order ", _ref(r, "PO-"), " ETA Tuesday.\n",
        "- Ballarat depot short one squeegee. Nothing else to report.\n",
    ]


@_tpl("en-IE")
def t_ie_forwarded_funeral(r):
    c = Ctx(r, "IE")
    a, dec, fd = c.person(), c.person(), c.person("m")
    dd = c.dob_date(70, 99)
    return [
        "---------- Forwarded message ---------\n",
        "From: ", PER(fd.full), " <", EMAIL(f"{_ascii(fd.first)}@{_ascii(fd.last)}funerals.ie"), ">\n",
        "Date: ", c.date(5), "\nSubject: Funeral Mass request – ", PER(dec.full.upper()), "\n",
        "To: ", EMAIL("parishoffice@stcolmans.ie"), "\n\n",
        "Hi all,\nThe family of the late ", PER(dec.full), " (", r.choice(["formerly of", "late of"]), " ", ADDR(dec.addr), ") would like Mass on ",
        c.date(0, 7), " at 11am. Born ", DOB(c.dob(dd)), ", aged ", str((TODAY - dd).days // 365), ".\n",
        "Contact for the family is ", PER(a.first), " (son/daughter) on ", PHONE(a.phone), ". Burial afterwards in ", r.choice(["Bohermore", "St Finbarr's"]), " cemetery.\n",
        "Offering: ", _money(r, "€"), ". Our ref ", _ref(r, "FD"), ".\n\n",
        PER(fd.full), "\n", r.choice([fd.last, "O'Connell"]), " & Sons Funeral Directors\n", ADDR(f"{c.p['street'](r, 'Main Street')}, {c.town()}"), "\n", PHONE(c.phone("fixed")), "\n",
    ]


@_tpl("en-GB")
def t_gb_teams_dispatch(r):
    c = Ctx(r, "GB")
    a, b, cust = c.person(), c.person(), c.person()
    ln = lambda p: f"{p.last}, {p.first}"  # noqa: E731
    return [
        "[", _hm(r), "] ", PER(ln(a)), "\n", "New emergency: security door won't close after burglary, insurer claim ", _ref(r, "CLM"), "\n",
        "[", _hm(r), "] ", PER(ln(a)), "\n", "Cust ", PER(cust.full), " ", PHONE(cust.phone), " at ", ADDR(cust.addr), "\n",
        "[", _hm(r), "] ", PER(ln(b)), "\n", "I can go, leaving ", r.choice(["Leeds", "Sheffield"]), " office now. Is the police ref needed? crime no ", _ref(r, "CR"), "\n",
        "[", _hm(r), "] ", PER(ln(a)), "\n", "yes put it on the job sheet. thanks ", PER(b.first), "\n",
    ]


@_tpl("en-US")
def t_us_ticket_internal(r):
    c = Ctx(r, "US")
    a, ag = c.person(), c.person()
    return [
        "Ticket #", _num(r, 6), " — Motorhome damage deposit refund\nStatus: Pending  Priority: P3\n\n",
        "Customer message (", c.date(3), "):\n",
        "Hi, I returned unit ", _ref(r, "RV-"), " on time but the ", _money(r, "$"), " deposit never came back. The card I used was ",
        CARD(_card(r)), " exp ", _expiry(r), ". Please refund asap. ", PER(a.full), ", ", PHONE(a.phone), "\n\n",
        "--- Internal note (", PER(ag.first), ") ---\n",
        "Customer pasted full PAN, redacted in Stripe view to ", _masked(r), ". Login from ", IP(_ip_public_v4(r)),
        " matches account ", EMAIL(a.email), ". Refund id ", "re_" + _rs(r, 24), ". Escalating to ", PER(c.person().first), " in finance.\n",
    ] + ([] if r.random() < 0.5 else
         ["Update ", c.date(1), ": card declined refund, customer asked for ACH to acct ", BANK(_bank_us(r)), ", ABA ", _routing(r),
          ". SSN last 4 given for verification: ", _last4(r), ".\n"])


@_tpl("en-NZ")
def t_nz_riding_sms(r):
    c = Ctx(r, "NZ")
    parent, kid = c.person("f"), c.person("f")
    return [
        "From: ", PHONE(parent.phone), "\n",
        "Hi it's ", PER(parent.first), ", ", PER(kid.first), "'s mum. Can we move her lesson to Sat 9am? She's on ", r.choice(_HORSES), " usually\n\n",
        "To: ", PHONE(parent.phone), "\n",
        "Hi ", PER(parent.first), ", Sat 9am works. Pony club fee ", _money(r, "$"), " due, acct ", f"{r.randint(1, 38):02d}-{_num(r, 4)}-{_num(r, 7)}-00", " ref ",
        PER(kid.last.upper()), ". ", PER(c.person("f").first), " @ Kowhai Riding School\n",
    ]


@_tpl("en-IN")
def t_in_kyc_form(r):
    c = Ctx(r, "IN")
    a = c.person()
    return [
        "MOTORHOME HIRE – DRIVER KYC\n",
        "Name               : ", PER(a.full), "\n",
        "Father's name      : ", PER(c.person("m").first + " " + a.last), "\n",
        "Date of Birth      : ", DOB(c.dob(a.dob)), "\n",
        "Residential Address: ", ADDR(a.street + ",\n                     " + a.line2), "\n",
        "Mobile             : ", PHONE(a.phone), "\n",
        "Alt. contact       : ", PHONE(c.phone("fixed")), "\n",
        "E-mail             : ", EMAIL(a.email), "\n",
        "Card for deposit   : ", CARD(_card(r)), "\n",
        "Booking ID         : ", _ref(r, "MH"), "     Vehicle: ", _rs(r, 2, string.ascii_uppercase), "-", _num(r, 2), "-", _num(r, 4), "\n",
        "Agent GPS at KYC   : ", _gps(r), "\n",
    ]


@_tpl("en-SG")
def t_sg_piercing_chat(r):
    c = Ctx(r, "SG")
    a, ag = c.person("f"), c.person("m")
    return [
        "Live chat — Pierce Point SG\n",
        PER(a.first), ": hello can i book helix piercing for tmr?\n",
        PER(ag.first), ": Hi! Yes we have 3pm. Name & contact pls\n",
        PER(a.first), ": ", PER(a.full), ", ", PHONE(a.phone), "\n",
        PER(ag.first), ": Thanks! Deposit S$", str(r.randint(2, 5) * 10), ", PayNow to UEN ", _num(r, 9), "X. Are you above 18? need IC birth date\n",
        PER(a.first), ": yes ", DOB(c.dob(a.dob, "dmy/")), "\n",
        PER(ag.first), ": Noted. Studio is at ", ADDR("Blk 32 Haji Lane, #01-03, Singapore 189220"), ". Aftercare saline ref ", _ref(r, "AC"), "\n",
    ]


@_tpl("en-US")
def t_us_voicemail_lower(r):
    c = Ctx(r, "US")
    a = c.person()
    return [
        "voicemail transcription (confidence ", f"0.{r.randint(70, 97)}", ")\n",
        "hi this is ", PER(a.full.lower()), " calling about the gutter cleaning at ", ADDR(a.street.lower()),
        " um you guys came last ", r.choice(["tuesday", "week", "month"]), " and the downspout is still blocked can someone call me back at ",
        PHONE(c.phone(style="nat")), " thanks\n",
    ]


@_tpl("en-GB")
def t_gb_direct_debit_note(r):
    c = Ctx(r, "GB")
    a = c.person()
    return [
        "CRM > Contact > ", PER(a.full), "\n",
        "Round: ", r.choice(["Tuesday North", "Friday Villages"]), "   Freq: 6 weekly   Price: ", _money(r, "£"), "\n",
        "Call note ", c.date(10), " (", PER(c.person().first), "): ", PER(a.first), " wants to move to direct debit. Gave IBAN ", IBAN(c.iban()),
        " (bank ", r.choice(_SWIFT), "), sort code ", f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}", ", acct ****", _last4(r), ".\n",
        "Mandate ref ", _ref(r, "DDM"), ". Confirmation to ", EMAIL(a.email), ". Prefers text on ", PHONE(a.phone), " the day before.\n",
        "Address: ", ADDR(a.addr), "\n",
    ]


@_tpl("en-US")
def t_us_password_reset(r):
    c = Ctx(r, "US")
    a, ag = c.person(), c.person()
    pw = _password(r)
    return [
        "Subject: can't log in to the client portal\n\n",
        "hey, I've tried resetting 3 times. my username is ", EMAIL(a.email), " and the password I set was ", PWD(pw),
        " but it keeps saying invalid. I'm on version ", _version(r), " of the app. ", PER(a.first), "\n\n",
        "--\nReply from ", PER(ag.full), ", Support:\nHi ", PER(a.first), ", please never send your password by email – I've forced a reset. ",
        "For our records the stored value is a hash (", _argon(r)[:40], "...), so we never see it. Your reset OTP is ", _num(r, 6),
        " and expires in 10 minutes.\n",
    ]


@_tpl("en-AU")
def t_au_livery_incident(r):
    c = Ctx(r, "AU")
    a, vet = c.person(), c.person()
    horse = r.choice(_HORSES)
    return [
        "INCIDENT REPORT #", _num(r, 4), "  ", c.date(20), "\n",
        "Horse: ", horse, " (owner ", PER(a.full), ", ", PHONE(a.phone), ")\n",
        "Found cast in stable 4 at 06:40 by ", PER(c.person().first), ". Minor graze left hock.\n",
        "Vet: Dr ", PER(vet.last), " from ", r.choice(["Smith Equine Vets", "Murray Valley Equine", "Jones & Partners Veterinary"]), ", attended ", _hm(r), ". ",
        "Microchip ", "985" + _num(r, 12), ". Invoice ", _money(r, "$"), " to owner ", EMAIL(a.email), ".\n",
        "Owner currently in ", LOC(r.choice(["Bali", "Perth", "Auckland", "Cairns"])), ", informed by phone.\n",
    ]


@_tpl("en-KE")
def t_ke_webform_gutter(r):
    c = Ctx(r, "KEen")
    a = c.person()
    return [
        "New enquiry via website form (", _ts(r, 3), ")\n",
        "-----------------------------------------\n",
        "Full name: ", PER(a.full), "\n",
        "Phone (WhatsApp): ", PHONE(a.phone), "\n",
        "Email: ", EMAIL(a.email), "\n",
        "Property: ", ADDR(a.addr), "\n",
        "Service: ", r.choice(["gutter clearing + window wash", "window cleaning, 3 floors", "solar panel & gutter clean"]), "\n",
        "How did you hear about us: ", r.choice(["Instagram", "a friend", "Google"]), "\n",
        "Message: Please come on a weekday, the askari ", PER(c.person("m").first), " will open the gate. Budget about KSh ",
        str(r.randint(3, 15) * 1000), ". Pay by M-Pesa Paybill ", _num(r, 6), ".\n",
        "-----------------------------------------\n",
        "Submitted from ", IP(_ip_public_v4(r)), " | form v", _version(r), " | lead ", _uuid(r), "\n",
    ]


@_tpl("en-CA")
def t_ca_rv_crm_note(r):
    c = Ctx(r, "CA")
    a, ag = c.person(), c.person()
    return [
        "Contact: ", PER(a.last.upper() + ", " + a.first), "   Account #", _num(r, 7), "\n",
        "Owner: ", PER(ag.first + " " + ag.last[0] + "."), "   Created: ", c.date(30, 0, "iso"), "\n\n",
        "Called re: Class C motorhome for ", r.choice(["July", "August", "the long weekend"]), ". Lives in ", LOC(a.town), ", flying into ", LOC("Calgary"), " and driving to ",
        LOC(r.choice(["Banff", "Jasper", "Kelowna", "Whitehorse"])), ". Needs 2nd driver (", PER(c.person().first), "). ",
        "DOB for insurance: ", DOB(c.dob(a.dob)), ".\n",
        "Mailing: ", ADDR(a.addr), "\n",
        "Cell ", PHONE(a.phone), " / work ", PHONE(c.phone("fixed")), " ext. ", _num(r, 3), "\n",
        "Quote ", _ref(r, "Q-"), " sent, ", _money(r, "$"), " CAD incl. GST. Pickup at our Calgary yard; unit ", _ref(r, "C25-"), ".\n",
    ]


# ------------------------------------------------------------------ other languages
@_tpl("ca")
def t_ca_parish_baptisme(r):
    c = Ctx(r, "CAT")
    mare, pare, nen = c.person("f"), c.person("m"), c.person("f")
    bd = c.dob_date(0, 2)
    return [
        "De: ", PER(mare.full), " <", EMAIL(mare.email), ">\nPer a: ", EMAIL("parroquia@santpere-girona.cat"), "\nAssumpte: Bateig de la ", PER(nen.first), "\n\n",
        "Bon dia mossèn ", PER(r.choice(["Josep", "Joan", "Ramon"])), ",\n\n",
        "Voldríem batejar la nostra filla ", PER(nen.first + " " + pare.last + " " + mare.last), ", nascuda el ", DOB(c.dob(bd)), ", a la parròquia de Sant Pere. ",
        "Els pares som ", PER(mare.full), " i ", PER(pare.full), ", i vivim al ", ADDR(mare.addr), ".\n",
        "El padrí serà el meu germà ", PER(c.person("m").first), ", que ve de ", LOC(r.choice(["Andorra", "Perpinyà", "Mallorca", "Berlín"])), ".\n",
        "El meu mòbil és el ", PHONE(mare.phone), ".\n\nMoltes gràcies,\n", PER(mare.first), "\n\n",
        "[nota despatx] reserva ", _ref(r, "BAT-"), ", donatiu ", _money(r, "€"), ", data proposada ", c.date(0, 60), "\n",
    ]


@_tpl("ca")
def t_ca_whatsapp_vidres(r):
    c = Ctx(r, "CAT")
    a, me = c.person(), c.person("m")
    return [
        "[", c.date(7), " ", _hm(r), "] ", PER(me.first), " Neteges: Hola ", PER(a.first), "! Dijous passem per ", ADDR(a.street), ", et va bé?\n",
        "[", _hm(r), "] ", PER(a.full), ": Sí, però no hi seré. La clau la té la veïna, la senyora ", PER(c.person("f").last), ".\n",
        "[", _hm(r), "] ", PER(me.first), " Neteges: Perfecte. Són ", _money(r, "€"), ". Per domiciliació necessito l'IBAN\n",
        "[", _hm(r), "] ", PER(a.full), ": ", IBAN(c.iban()), " (BIC ", r.choice(["CAIXESBB", "BSABESBB"]), ")\n",
        "[", _hm(r), "] ", PER(me.first), " Neteges: Gràcies! Factura ", _ref(r, "F26-"), " al correu ", EMAIL(a.email), "\n",
    ]


@_tpl("is")
def t_is_riding_email(r):
    c = Ctx(r, "IS")
    a, barn = c.person("f"), c.person("m")
    return [
        "Frá: ", PER(a.full), " <", EMAIL(a.email), ">\nEfni: Reiðnámskeið fyrir ", PER(barn.first), "\n\n",
        "Góðan dag,\n\nÉg vil skrá son minn ", PER(barn.full), " (fæddur ", DOB(c.dob(c.dob_date(7, 15))), ") á byrjendanámskeið í ",
        r.choice(["janúar", "febrúar", "mars"]), ". Hann hefur farið á bak á ", r.choice(_HORSES[6:8]), " hjá ömmu sinni.\n",
        "Heimilisfang: ", ADDR(a.addr), "\nSími: ", PHONE(a.phone), "\n\n",
        "Kær kveðja,\n", PER(a.first), "\n\n> Takk fyrir skráninguna. Námskeið nr. ", _num(r, 4), ", verð ", str(r.randint(30, 90)), ".000 kr.\n",
        "> Greiðist inn á ", IBAN(c.iban()), "\n",
    ]


@_tpl("is")
def t_is_camper_form(r):
    c = Ctx(r, "IS")
    a = c.person()
    return [
        "BÓKUN HÚSBÍLS — ", _ref(r, "HB-"), "\n",
        "Nafn: ", PER(a.full), "\n", "Fæðingardagur: ", DOB(c.dob(a.dob)), "\n",
        "Netfang: ", EMAIL(a.email), "\n", "Farsími: ", PHONE(c.phone(style="intl")), "\n",
        "Búseta: ", LOC(r.choice(["Reykjavík", "Akureyri", "Selfoss", "Kaupmannahöfn"])), "\n",
        "Sótt á: útibú Keflavíkurflugvelli, ", c.date(0, 60), "\n",
        "Greiðslukort: ", CARD(_card(r)), "   Gildir til: ", _expiry(r), "   CVC: ", _num(r, 3), "\n",
        "Tryggingarnúmer: ", _ref(r, "TR"), "   Kílómetrastaða: ", _num(r, 5), "\n",
    ]


@_tpl("et")
def t_et_motorhome_ticket(r):
    c = Ctx(r, "EE")
    a, ag = c.person(), c.person()
    return [
        "Pilet #", _num(r, 5), " | Matkaauto rent | olek: avatud\n\n",
        "Kliendi kiri:\nTere! Broneering ", _ref(r, "MA"), " — tahame auto võtta ", c.date(0, 40), " ja sõita ", LOC(r.choice(["Riiga", "Lätti", "Soome", "Poola"])),
        ". Juhiks ", PER(a.full), ", sünniaeg ", DOB(c.dob(a.dob)), ". Tagatisraha võib võtta kaardilt ", CARD(_card(r)), ".\n",
        "Tel ", PHONE(a.phone), ", ", EMAIL(a.email), "\n\n",
        "Sisemärkus (", PER(ag.first), "): kaart kontrollitud, maskitud kujul ", _masked(r), ". Päring IP-lt ", IP(_ip_public_v4(r)), ", rakendus v", _version(r), ".\n",
    ]


@_tpl("et")
def t_et_locksmith_sms(r):
    c = Ctx(r, "EE")
    a = c.person()
    return [
        "SMS ", PHONE(a.phone), " → Lukuabi 24/7\n",
        "Tere, jäin uksest välja, aadress ", ADDR(a.addr), ". Kas keegi saab tulla? ", PER(a.first), "\n",
        "Lukuabi 24/7: Tere ", PER(a.first), ", meister ", PER(c.person("m").first), " on teel, saabub ~", str(r.randint(15, 45)), " min. Väljakutse ",
        _money(r, "€"), ". Tellimus ", _ref(r, "LA"), ".\n",
    ]


@_tpl("lt")
def t_lt_tattoo_consent(r):
    c = Ctx(r, "LT")
    a = c.person()
    return [
        "TATUIRUOTĖS SUTIKIMO FORMA\n",
        "Vardas, pavardė: ", PER(a.full), "\n",
        "Gimimo data: ", DOB(c.dob(a.dob)), "\n",
        "Adresas: ", ADDR(a.addr), "\n",
        "Tel.: ", PHONE(a.phone), "   El. paštas: ", EMAIL(a.email), "\n",
        "Alergijos: ", r.choice(["nėra", "lateksas", "-"]), "   Eskizo Nr.: ", _ref(r, "ESK"), "\n",
        "Avansas: ", _money(r, "EUR"), " (kortelė ", _masked(r), ")\n",
        "Meistras: ", PER(c.person().first), "   Data: ", c.date(20), "\n",
    ]


@_tpl("lt")
def t_lt_chat_livery(r):
    c = Ctx(r, "LT")
    a, b = c.person(), c.person()
    return [
        PER(a.full), " [", _hm(r), "]: Labas, ar galiu rytoj atvežti žirgą ", r.choice(_HORSES), "? Važiuoju iš ", LOC(r.choice(["Kauno", "Rygos", "Klaipėdos"])), "\n",
        PER(b.full), " [", _hm(r), "]: Labas! Taip, boksas Nr. ", str(r.randint(1, 30)), " laisvas. Mėnesinis mokestis ", _money(r, "EUR"), "\n",
        PER(a.full), " [", _hm(r), "]: Puiku. Sąskaitą siųskite ", EMAIL(a.email), ", mokėsiu iš ", IBAN(c.iban()), "\n",
        PER(b.full), " [", _hm(r), "]: Gerai, mūsų sąskaita LT rekvizituose, SWIFT ", r.choice(_SWIFT), ". Iki!\n",
    ]


@_tpl("sl")
def t_sl_parish_poroka(r):
    c = Ctx(r, "SI")
    ona, on = c.person("f"), c.person("m")
    return [
        "Župnijski urad — prijava poroke\n",
        "Ženin: ", PER(on.full), ", rojen ", DOB(c.dob(on.dob)), ", ", ADDR(on.addr), "\n",
        "Nevesta: ", PER(ona.full), ", rojena ", DOB(c.dob(ona.dob)), ", ", ADDR(ona.addr), "\n",
        "Kontakt: ", PHONE(ona.phone), ", ", EMAIL(ona.email), "\n",
        "Priči: ", PER(c.person().full), " in ", PER(c.person().full), "\n",
        "Termin: ", c.date(0, 200), " ob 15.00, cerkev sv. Martina. Dar za cerkev ", _money(r, "EUR"), ". Zapis št. ", _num(r, 4), "/", str(TODAY.year), "\n",
    ]


@_tpl("sl")
def t_sl_window_invoice_note(r):
    c = Ctx(r, "SI")
    a = c.person()
    return [
        "Stranka: ", PER(a.last.upper() + " " + a.first), "\n",
        "Naslov čiščenja: ", ADDR(a.addr), "\n",
        "Pogostost: vsake ", str(r.choice([4, 6, 8])), " tedne, cena ", _money(r, "EUR"), "\n",
        "Trajnik odobren ", c.date(100), ", TRR ", IBAN(c.iban()), ", sklic SI00 ", _num(r, 6), "\n",
        "Opomba: pes ", r.choice(_PETS), " na vrtu, ključ v poštnem nabiralniku, koda ", _num(r, 4), ". Tel. ", PHONE(a.phone), "\n",
    ]


@_tpl("tr")
def t_tr_locksmith_note(r):
    c = Ctx(r, "TR")
    a, usta = c.person(), c.person("m")
    return [
        "ÇİLİNGİR ÇAĞRI KAYDI ", _num(r, 6), " — ", _ts(r, 3), "\n",
        "Arayan: ", PER(a.full), "  Tel: ", PHONE(a.phone), "\n",
        "Adres: ", ADDR(a.street + "\n" + a.line2), "\n",
        "Durum: Çelik kapı kilitli kaldı, anahtar içeride. Bina kapı şifresi ", _num(r, 4), ".\n",
        "Yönlendirilen usta: ", PER(usta.first), " Usta (", r.choice(["Bornova", "Kızılay"]), " şubesi), tahmini varış ", _hm(r), ".\n",
        "Ücret: ", _money(r, "TL"), ", kartla ödeme, provizyon no ", _num(r, 6), ".\n",
    ]


@_tpl("tr")
def t_tr_whatsapp_tattoo(r):
    c = Ctx(r, "TR")
    a, art = c.person("f"), c.person()
    d = c.date(5, 0, "dmy.")
    return [
        d, " ", _hm(r), " - ", PER(a.full), ": Merhaba, bileğime küçük bir dövme yaptırmak istiyorum, cumartesi müsait misiniz?\n",
        d, " ", _hm(r), " - ", PER(art.first), " Tattoo: Merhaba ", PER(a.first), " Hanım, 14:00 uygun. 18 yaş kontrolü için doğum tarihinizi yazar mısınız?\n",
        d, " ", _hm(r), " - ", PER(a.full), ": ", DOB(c.dob(a.dob)), "\n",
        d, " ", _hm(r), " - ", PER(art.first), " Tattoo: Teşekkürler. Kapora ", _money(r, "TL"), ", IBAN: ", IBAN(c.iban(True)), " alıcı ", PER(art.full), "\n",
    ]


@_tpl("ro")
def t_ro_piercing_form(r):
    c = Ctx(r, "RO")
    a, tutore = c.person(), c.person()
    return [
        "FIȘĂ CLIENT – PIERCING\n",
        "nume: ", PER(a.last), "\nprenume: ", PER(a.first), "\n",
        "data_nasterii: ", DOB(c.dob(a.dob)), "\n",
        "adresa: ", ADDR(a.addr), "\n",
        "telefon: ", PHONE(a.phone), "\nemail: ", EMAIL(a.email), "\n",
        "tip_piercing: ", r.choice(["helix", "septum", "nostril", "tragus"]), "   bijuterie: titan ", str(r.choice([14, 16, 18])), "G, lot ", _ref(r, "LOT"), "\n",
        "tutore_legal: ", PER(tutore.full) if r.random() < 0.5 else "-", "\n",
        "plata: ", _money(r, "lei"), " card ", _masked(r), "\n",
    ]


@_tpl("ro")
def t_ro_donation_email(r):
    c = Ctx(r, "RO")
    a, preot = c.person(), c.person("m")
    return [
        "Către: ", EMAIL("secretariat@parohia-sf-nicolae.ro"), "\nDe la: ", EMAIL(a.email), "\nSubiect: Donație pentru reparația acoperișului\n\n",
        "Bună ziua, părinte ", PER(preot.first), ",\n\nAm făcut ieri un transfer de ", _money(r, "lei"), " din contul meu ", IBAN(c.iban()),
        ". Vă rog să-mi trimiteți chitanța pe adresa ", ADDR(a.addr), ".\n",
        "Mă mut luna viitoare la ", LOC(r.choice(["Torino", "Londra", "Madrid", "Viena"])), ", deci vă rog să mă sunați la ", PHONE(a.phone), " dacă e nevoie.\n\n",
        "Cu respect,\n", PER(a.full), "\n\nTranzacție nr. ", _num(r, 10), ", ", c.date(2), "\n",
    ]


@_tpl("vi")
def t_vi_zalo_camper(r):
    c = Ctx(r, "VN")
    a, nv = c.person(), c.person()
    return [
        PER(a.full), " (", _hm(r), "): Chào shop, mình muốn thuê xe camper 3 ngày đi ", LOC(r.choice(["Đà Lạt", "Sa Pa", "Hội An", "Phú Quốc"])), "\n",
        PER(nv.first), " - CamperViet (", _hm(r), "): Dạ chào anh/chị ", PER(a.first), ". Anh/chị cho em xin SĐT và email ạ\n",
        PER(a.full), " (", _hm(r), "): ", PHONE(a.phone), " - ", EMAIL(a.email), "\n",
        PER(nv.first), " - CamperViet (", _hm(r), "): Dạ mã đặt xe ", _ref(r, "CV"), ", cọc ", str(r.randint(1, 5)), ".000.000đ, nhận xe tại chi nhánh ",
        r.choice(["Hà Nội", "TP.HCM"]), " ngày ", c.date(0, 30, "dmy/"), "\n",
    ]


@_tpl("vi")
def t_vi_crm_note(r):
    c = Ctx(r, "VN")
    a = c.person()
    return [
        "Ghi chú CRM - Khách hàng: ", PER(a.full), "\n",
        "Ngày sinh: ", DOB(c.dob(a.dob)), "\n",
        "Địa chỉ: ", ADDR(a.addr), "\n",
        "Điện thoại: ", PHONE(a.phone), "\n",
        "Nội dung: khách gọi báo khóa cửa bị kẹt, đã hẹn thợ ", PER(c.person("m").first), " đến lúc ", _hm(r), ". Mã phiếu ", _ref(r, "PK"), ", phí ",
        str(r.randint(2, 9)), "00.000đ.\n",
        "IMEI máy khách gửi kèm: ", _imei(r), " (không liên quan)\n",
    ]


@_tpl("tl")
def t_tl_messenger_binyag(r):
    c = Ctx(r, "PH")
    a, baby = c.person("f"), c.person()
    bd = c.dob_date(0, 1)
    return [
        PER(a.full), ": Magandang hapon po! Magpapabinyag po sana kami ng anak ko sa ", c.date(0, 40, "long_us"), "\n",
        "Parokya ng San Roque: Hello po! Paki-send po ng pangalan ng bata, birthday, at pangalan ng mga ninong/ninang.\n",
        PER(a.full), ": ", PER(baby.first + " " + a.last), ", ipinanganak ", DOB(c.dob(bd)), ". Ninang si ", PER(c.person("f").full),
        " at ninong si ", PER(c.person("m").full), " na galing pa ng ", LOC(r.choice(["Dubai", "Cebu", "Riyadh", "Davao"])), "\n",
        "Parokya ng San Roque: Salamat po. Donation ", _money(r, "₱"), ", seminar sa Sabado. Ref ", _ref(r, "BP"), ". Contact number po?\n",
        PER(a.full), ": ", PHONE(a.phone), " po. Taga ", ADDR(a.addr), " kami\n",
    ]


@_tpl("tl")
def t_tl_sms_kandado(r):
    c = Ctx(r, "PH")
    a = c.person()
    return [
        "Mula kay ", PHONE(a.phone), ": Kuya naiwan ko susi sa loob, pwede ba kayo pumunta? ", ADDR(a.addr), ". ", PER(a.first), " to\n",
        "Sagot: Sige po Ma'am/Sir ", PER(a.first), ", papunta na si ", PER(c.person("m").first), ". Service fee ", _money(r, "₱"),
        ". GCash ref ", "0" + _num(r, 12), ". Door code ng gate: ", _num(r, 4), "#\n",
    ]


@_tpl("sw")
def t_sw_sms_fundi(r):
    c = Ctx(r, "KE")
    a = c.person()
    return [
        "Ujumbe kutoka ", PHONE(a.phone), ":\nHabari, naitwa ", PER(a.full), ". Nimefungiwa nje ya nyumba, niko ", ADDR(a.addr),
        ". Fundi anaweza kuja leo?\n\n",
        "Jibu: Habari ", PER(a.first), ", fundi ", PER(c.person("m").first), " anakuja saa ", _hm(r), ". Gharama KSh ", str(r.randint(15, 60) * 100),
        ". Lipa kwa M-Pesa Till ", _num(r, 6), ", kumbukumbu ", _ref(r, "Q"), ".\n",
    ]


@_tpl("af")
def t_af_stable_email(r):
    c = Ctx(r, "AF")
    a, b = c.person(), c.person()
    return [
        "Van: ", PER(a.full), " <", EMAIL(a.email), ">\nAan: ", EMAIL("bespreek@eikehofstalle.co.za"), "\nOnderwerp: Ryles vir my dogter\n\n",
        "Goeie môre ", PER(b.first), ",\n\nEk wil graag ", PER(c.person("f").first), " inskryf vir Saterdag-ryles. Sy is gebore op ",
        DOB(c.dob(c.dob_date(8, 14))), ". Ons woon op ", ADDR(a.addr), ".\n",
        "My selnommer is ", PHONE(a.phone), ". Ons perd, ", r.choice(_HORSES), ", kan ook op stal bly as daar plek is.\n\n",
        "Groete\n", PER(a.first), "\n\n> Verwysing ", _ref(r, "EH"), " | Eikehof Stalle, Paarl-tak | fooi R", str(r.randint(3, 9) * 100), "\n",
    ]


@_tpl("de")
def t_de_schluesseldienst_email(r):
    c = Ctx(r, "DE")
    a, b = c.person(), c.person("m")
    st, l2, _ = c.addr()
    return [
        "Von: ", PER(a.full), " <", EMAIL(a.email), ">\nAn: ", EMAIL("service@schluessel-schmidt.de"), "\nBetreff: AW: Rechnung ", _ref(r, "RE-"), "\n\n",
        "Guten Tag Herr ", PER(b.last), ",\n\nvielen Dank für den schnellen Einsatz. Die Rechnung über ", _money(r, "EUR"),
        " begleiche ich per Überweisung von ", IBAN(c.iban()), ". Bitte ändern Sie meine Anschrift auf ", ADDR(a.addr), ".\n\n",
        "Mit freundlichen Grüßen\n", PER(a.full), "\nTel. ", PHONE(a.phone), "\n\n",
        "> Sehr geehrte", " Frau " if a.g == "f" else "r Herr ", PER(a.last), ",\n> anbei die Rechnung für den Einsatz am ", c.date(10), " (Auftrag ", _num(r, 7), ").\n",
        "> ", PER(b.full), " | Schlüsseldienst Schmidt GmbH\n> ", ADDR(st), "\n> ", ADDR(l2), "\n> ", PHONE(c.phone("fixed")), "\n",
    ]


@_tpl("de")
def t_de_stall_crm(r):
    c = Ctx(r, "DE")
    a = c.person()
    return [
        "Kunde=", PER(a.full), "; geb=", DOB(c.dob(a.dob, "dmy.")), "; wohnort=", LOC(a.town), "; tel=", PHONE(a.phone), "; mail=", EMAIL(a.email), "\n",
        "pferd=", r.choice(_HORSES), "; box=", str(r.randint(1, 40)), "; boxenmiete=", _money(r, "EUR"), "; lastschrift=ja; iban=", IBAN(c.iban(False)),
        "; bic=", r.choice(["GENODEF1S01", "DEUTDEFF", "COBADEFFXXX"]), "\n",
        "notiz: Hufschmied ", PER(c.person("m").last), " kommt ", c.date(0, 14), "; Stallgasse Tor-Code ", _num(r, 4), "\n",
    ]


@_tpl("fr")
def t_fr_campingcar_ticket(r):
    c = Ctx(r, "FR")
    a, ag = c.person(), c.person()
    return [
        "Ticket n° ", _num(r, 6), " – Location camping-car\n\n",
        "Message client :\nBonjour, je suis ", PER(a.full), ", réservation ", _ref(r, "CC"), ". Nous partons de l'agence de ", r.choice(["Nantes", "Lyon"]),
        " le ", c.date(0, 50), " pour aller jusqu'à ", LOC(r.choice(["Lisbonne", "Porto", "Saint-Malo", "Bordeaux"])), ". ",
        "Pouvez-vous ajouter mon conjoint ", PER(c.person("m").full), ", né le ", DOB(c.dob(c.dob_date(25, 70))), ", comme second conducteur ?\n",
        "Mon numéro : ", PHONE(a.phone), "\n\n",
        "Note interne (", PER(ag.first), ") : caution ", _money(r, "€"), " sur carte ", _masked(r), ", exp ", _expiry(r), ". Client connecté depuis ", IP(_ip_public_v4(r)), ".\n",
    ]


@_tpl("fr")
def t_fr_transcript_lower(r):
    c = Ctx(r, "FR")
    a = c.person()
    return [
        "transcription appel ", _num(r, 7), "\n",
        "conseiller: bonjour vous êtes bien chez vitres et gouttières de l'ouest\n",
        "client: oui bonjour ", PER(a.full.lower()), " j'habite ", ADDR(a.addr.lower()), " je voudrais un nettoyage des gouttières\n",
        "conseiller: très bien un numéro pour vous rappeler\n",
        "client: ", PHONE(c.phone(style="nat")), "\n",
        "conseiller: c'est noté le devis ", _ref(r, "dv").lower(), " vous sera envoyé à ", EMAIL(a.email), "\n",
    ]


@_tpl("nl")
def t_nl_glazenwasser_machtiging(r):
    c = Ctx(r, "NL")
    a = c.person()
    return [
        "Machtiging doorlopende SEPA-incasso — Glazenwasserij De Zeemlap\n",
        "Naam: ", PER(a.full), "\nAdres: ", ADDR(a.street), "\nPostcode/plaats: ", ADDR(a.line2), "\n",
        "IBAN: ", IBAN(c.iban(True)), "    BIC: ", r.choice(["INGBNL2A", "RABONL2U", "ABNANL2A"]), "\n",
        "Telefoon: ", PHONE(a.phone), "    E-mail: ", EMAIL(a.email), "\n",
        "Kenmerk machtiging: ", _ref(r, "ZL"), "    Incassant-ID: NL", _num(r, 2), "ZZZ", _num(r, 12), "\n",
        "Frequentie: elke 6 weken, ", _money(r, "EUR"), ", eerste incasso ", c.date(0, 30), "\n",
    ]


@_tpl("pl")
def t_pl_tattoo_form(r):
    c = Ctx(r, "PL")
    a = c.person()
    return [
        '{"imie": "', PER(a.first), '", "nazwisko": "', PER(a.last), '", "data_urodzenia": "', DOB(c.dob(a.dob)),
        '", "telefon": "', PHONE(a.phone), '", "email": "', EMAIL(a.email), '", "adres": "', ADDR(a.addr),
        '", "wzor": "', _ref(r, "WZ"), '", "zadatek": "', _money(r, "zł"), '", "zgoda_rodo": true, "utworzono": "', _ts(r, 20), '"}\n',
    ]


# --------------------------------------------------------------------------------------------
# structured tables
# --------------------------------------------------------------------------------------------
_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "—"]


def _yn(a="true", b="false"):
    return lambda p: p.r.choice([a, a, b])


def _pick(*xs):
    return lambda p: p.r.choice(xs)


def _nat(p):
    return p.c.phone(style="nat")


def _dob(style=None):
    return lambda p: p.c.dob(p.dob, style)


def _d(back=400, fwd=0, style="iso"):
    return lambda p: p.c.date(back, fwd, style)


def _kid_dob(lo, hi, style=None):
    return lambda p: p.c.dob(p.c.dob_date(lo, hi), style)


# spec rows: (header, entity, fn(p), blank_rate[, placeholder_rate])
_TABLES: list[tuple[str, str, list]] = [
    ("tattoo_consent_gb", "GB", [
        ("consent_id", None, lambda p: _uuid(p.r), 0.0),
        ("client_first", "PERSON", lambda p: p.first, 0.0),
        ("client_surname", "PERSON", lambda p: p.last, 0.02),
        ("dob", "DATE_OF_BIRTH", _dob("dmy/"), 0.05),
        ("dob_verified", None, _pick("Y", "N", "Y"), 0.1),
        ("addr1", "STREET_ADDRESS", lambda p: p.street, 0.1),
        ("tel", "PHONE_NUMBER", _nat, 0.15, 0.03),
        ("phone_type", None, _pick("mobile", "landline", "work"), 0.2),
        ("email", "EMAIL_ADDRESS", lambda p: p.email, 0.25),
        ("email_verified", None, _yn(), 0.0),
        ("col_7", "PERSON", lambda p: p.c.person().first, 0.0),
        ("emergency_contact_name", "PERSON", lambda p: p.c.person().full, 0.45, 0.05),
        ("design_ref", None, lambda p: _ref(p.r, "DSN-"), 0.0),
        ("needle_gauge", None, _pick("3RL", "5RL", "7M1", "9RS", "11M1"), 0.3),
        ("ink_batch", None, lambda p: f"EP-{p.r.randint(2024, 2026)}-{_num(p.r, 5)}", 0.1),
        ("deposit_gbp", None, lambda p: f"{p.r.randint(20, 150)}.00", 0.0),
        ("card_last4", None, lambda p: _last4(p.r), 0.3),
        ("studio_branch", None, _pick("Leeds", "York", "Sheffield"), 0.0),
        ("aftercare_kit_sku", None, _pick("Hustle Butter Deluxe", "Dr. Pickles Balm", "Bepanthen Tattoo"), 0.2),
        ("signed_at", None, lambda p: _ts(p.r, 400), 0.0),
    ]),
    ("piercing_fise_ro", "RO", [
        ("nr_fisa", None, lambda p: f"PF-{_num(p.r, 6)}", 0.0),
        ("nume", "PERSON", lambda p: p.last, 0.0),
        ("prenume", "PERSON", lambda p: p.first, 0.0),
        ("data_nasterii", "DATE_OF_BIRTH", _dob("dmy."), 0.08),
        ("telefon", "PHONE_NUMBER", _nat, 0.1),
        ("adresa", "STREET_ADDRESS", lambda p: p.addr, 0.2),
        ("localitate", "LOCATION", lambda p: p.town, 0.2),
        ("email", "EMAIL_ADDRESS", lambda p: p.email, 0.35, 0.04),
        ("tutore_legal", "PERSON", lambda p: p.c.person().full, 0.6),
        ("tip_piercing", None, _pick("helix", "septum", "nostril", "tragus", "lobe"), 0.0),
        ("bijuterie_cod", None, lambda p: f"TI-{p.r.choice([14, 16, 18])}G-{_num(p.r, 4)}", 0.05),
        ("lot_steril", None, lambda p: _ref(p.r, "LOT"), 0.1),
        ("pret_lei", None, lambda p: f"{p.r.randint(80, 400)},00", 0.0),
        ("data_programarii", None, _d(300, 30, "dmy."), 0.0),
        ("card_ultimele4", None, lambda p: _last4(p.r), 0.4),
        ("consimtamant_gdpr", None, _pick("da", "nu", "da"), 0.0),
        ("sucursala", None, _pick("Cluj-Napoca", "Iași", "Brașov"), 0.0),
        ("parola_schimbata_la", None, lambda p: _ts(p.r, 700), 0.5),
        ("telefon_tip", None, _pick("mobil", "fix"), 0.3),
    ]),
    ("locksmith_callouts_us", "US", [
        ("jobId", None, lambda p: f"J{_num(p.r, 7)}", 0.0),
        ("dispatchedAt", None, lambda p: _ts(p.r, 200), 0.0),
        ("callerName", "PERSON", lambda p: p.full, 0.0),
        ("callbackPhone", "PHONE_NUMBER", _nat, 0.05),
        ("phoneType", None, _pick("mobile", "home", "work"), 0.1),
        ("serviceAddress", "STREET_ADDRESS", lambda p: p.addr, 0.0),
        ("field_3", "EMAIL_ADDRESS", lambda p: p.email, 0.4),
        ("emailOptIn", None, _yn(), 0.0),
        ("cardNumber", "CREDIT_CARD", lambda p: _card(p.r), 0.5),
        ("cardLast4", None, lambda p: _last4(p.r), 0.3),
        ("cardExpiry", None, lambda p: _expiry(p.r), 0.3),
        ("achAccount", "US_BANK_NUMBER", lambda p: _bank_us(p.r), 0.55),
        ("routingNumber", None, lambda p: _routing(p.r), 0.55),
        ("clientIp", "IP_ADDRESS", lambda p: _ip_public_v4(p.r), 0.2),
        ("techName", "PERSON", lambda p: (lambda q: f"{q.first} {q.last[0]}.")(p.c.person("m")), 0.0),
        ("gateCode", None, lambda p: f"{p.r.randint(1000, 9999)}#", 0.6),
        ("vanImei", None, lambda p: _imei(p.r), 0.0),
        ("gpsLatLng", None, lambda p: _gps(p.r), 0.1),
        ("invoiceTotal", None, lambda p: _money(p.r, "$"), 0.0),
        ("appVersion", None, lambda p: _version(p.r), 0.0),
        ("branchCity", None, _pick("Columbus", "Raleigh", "Boise"), 0.0),
        ("lockBrand", None, _pick("Schlage", "Kwikset", "Medeco", "Yale", "Baldwin"), 0.15),
    ]),
    ("schluesseldienst_einsaetze", "DE", [
        ("Auftragsnr", None, lambda p: f"A-{_num(p.r, 6)}", 0.0),
        ("Einsatzdatum", None, _d(300, 0, "dmy."), 0.0),
        ("Uhrzeit", None, lambda p: _hm(p.r), 0.0),
        ("Nachname", "PERSON", lambda p: p.last, 0.0),
        ("Vorname", "PERSON", lambda p: p.first, 0.1),
        ("Straße", "STREET_ADDRESS", lambda p: p.street, 0.0),
        ("Ort", "LOCATION", lambda p: p.town, 0.0),
        ("Telefon", "PHONE_NUMBER", _nat, 0.05),
        ("E-Mail", "EMAIL_ADDRESS", lambda p: p.email, 0.5),
        ("Geburtsdatum", "DATE_OF_BIRTH", _dob(), 0.3, 0.05),
        ("IBAN", "IBAN_CODE", lambda p: p.c.iban(), 0.45),
        ("BIC", None, _pick("DEUTDEFF", "COBADEFFXXX", "GENODEF1S01", "PBNKDEFF"), 0.45),
        ("Türtyp", None, _pick("Wohnungstür", "Haustür", "Sicherheitstür", "Garage"), 0.0),
        ("Zylinder-Art", None, _pick("Profilzylinder", "Rundzylinder", "Kastenschloss"), 0.2),
        ("Betrag_EUR", None, lambda p: f"{p.r.randint(89, 480)},{p.r.choice(['00', '50', '90'])}", 0.0),
        ("Zahlungsart", None, _pick("EC", "bar", "Überweisung", "Kreditkarte"), 0.0),
        ("Kartennr. maskiert", None, lambda p: _masked(p.r), 0.6),
        ("Filiale", None, _pick("Kassel", "Erfurt", "Münster"), 0.0),
        ("Rückruf erwünscht", None, _pick("ja", "nein"), 0.1),
        ("Passwort_geändert_am", None, _d(700, 0, "dmy."), 0.5),
    ]),
    ("livery_clients_ie", "IE", [
        ("Owner Name", "PERSON", lambda p: p.full, 0.0),
        ("Mobile", "PHONE_NUMBER", _nat, 0.05),
        ("Email Address", "EMAIL_ADDRESS", lambda p: p.email, 0.15),
        ("Home Address", "STREET_ADDRESS", lambda p: p.addr, 0.1),
        ("Home Town", "LOCATION", lambda p: p.town, 0.3),
        ("Date of Birth", "DATE_OF_BIRTH", _dob(), 0.4, 0.05),
        ("Account IBAN", "IBAN_CODE", lambda p: p.c.iban(), 0.25),
        ("Emergency Contact", "PERSON", lambda p: p.c.person().full, 0.3),
        ("Horse Name", None, lambda p: p.r.choice(_HORSES), 0.0),
        ("Passport No", None, lambda p: f"372{_num(p.r, 3)}{_rs(p.r, 9, string.digits + 'ABC')}", 0.1),
        ("Microchip", None, lambda p: "985" + _num(p.r, 12), 0.1),
        ("Stable No", None, lambda p: f"B{p.r.randint(1, 40)}", 0.0),
        ("Livery Type", None, _pick("Full", "Part", "DIY", "Grass"), 0.0),
        ("Monthly Fee", None, lambda p: _money(p.r, "€"), 0.0),
        ("Farrier Firm", None, _pick("Murphy Farriery", "J. Walsh & Sons", "Kelly Hoofcare"), 0.2),
        ("Vet Practice", None, _pick("O'Neill Equine Clinic", "Fethard Equine Hospital", "Brennan Vets"), 0.1),
        ("Last Worming", None, _d(200, 0, "dmy/"), 0.2),
        ("Insurance Policy", None, lambda p: _ref(p.r, "EQ"), 0.3),
        ("Yard Gate Code", None, lambda p: _num(p.r, 4), 0.0),
        ("Name of Feed", None, _pick("Dodson & Horrell Cool Mix", "Connolly's Red Mills Horse Care 10", "Spillers Happy Hoof"), 0.1),
    ]),
    ("reidskoli_nemendur", "IS", [
        ("namskeid_nr", None, lambda p: _num(p.r, 4), 0.0),
        ("fornafn", "PERSON", lambda p: p.first, 0.0),
        ("eftirnafn", "PERSON", lambda p: p.last, 0.0),
        ("faedingardagur", "DATE_OF_BIRTH", _kid_dob(6, 16, "d.m.y"), 0.0),
        ("forradamadur", "PERSON", lambda p: p.c.person().full, 0.2),
        ("simi", "PHONE_NUMBER", _nat, 0.05),
        ("simi_tegund", None, _pick("farsími", "heimasími"), 0.3),
        ("netfang", "EMAIL_ADDRESS", lambda p: p.email, 0.1),
        ("netfang_stadfest", None, _pick("já", "nei"), 0.0),
        ("heimili", "STREET_ADDRESS", lambda p: p.addr, 0.2),
        ("attr2", "LOCATION", lambda p: p.town, 0.25),
        ("hestur", None, _pick("Skjóni", "Blesi", "Sleipnir", "Gráni", "Perla", "Stjarna"), 0.0),
        ("stig", None, _pick("byrjandi", "framhald", "keppni"), 0.0),
        ("verd_kr", None, lambda p: f"{p.r.randint(25, 95)}.000", 0.0),
        ("greitt", None, _pick("já", "nei"), 0.05),
        ("dags_skraning", None, lambda p: _ts(p.r, 300), 0.0),
        ("hjalmur_staerd", None, _pick("S", "M", "L", "XS"), 0.4),
        ("tryggingarnr", None, lambda p: _ref(p.r, "VIS"), 0.3),
        ("utibu", None, _pick("Selfoss", "Akureyri", "Mosfellsbær"), 0.0),
    ]),
    ("parokya_binyag", "PH", [
        ("booking_no", None, lambda p: f"BNY-{_num(p.r, 5)}", 0.0),
        ("pangalan_ng_bata", "PERSON", lambda p: p.full, 0.0),
        ("kaarawan", "DATE_OF_BIRTH", _kid_dob(0, 6), 0.0),
        ("ama", "PERSON", lambda p: p.c.person("m").first + " " + p.last, 0.15, 0.03),
        ("ina", "PERSON", lambda p: p.c.person("f").full, 0.05),
        ("tirahan", "STREET_ADDRESS", lambda p: p.addr, 0.1),
        ("contact_no", "PHONE_NUMBER", _nat, 0.05),
        ("email", "EMAIL_ADDRESS", lambda p: p.email, 0.5),
        ("ninong", "PERSON", lambda p: p.c.person("m").full, 0.1),
        ("ninang", "PERSON", lambda p: p.c.person("f").full, 0.1),
        ("petsa_ng_binyag", None, _d(200, 60, "mdy/"), 0.0),
        ("oras", None, _pick("9:00 AM", "10:30 AM", "2:00 PM"), 0.0),
        ("simbahan", None, _pick("San Roque Parish", "Sto. Niño Chapel", "St. Joseph Parish"), 0.0),
        ("donasyon", None, lambda p: f"₱{p.r.choice([300, 500, 800, 1000])}", 0.0),
        ("resibo_no", None, lambda p: _num(p.r, 6), 0.1),
        ("gcash_ref", None, lambda p: "0" + _num(p.r, 12), 0.5),
        ("seminar_attended", None, _pick("oo", "hindi"), 0.0),
        ("birth_cert_reg_no", None, lambda p: f"{p.r.randint(2019, 2026)}-{_num(p.r, 5)}", 0.3),
        ("sponsor_count", None, lambda p: str(p.r.randint(2, 8)), 0.0),
        ("status", None, _pick("confirmed", "pending", "cancelled"), 0.0),
    ]),
    ("parroquia_donatius", "CAT", [
        ("Núm. donant", None, lambda p: _num(p.r, 5), 0.0),
        ("Nom", "PERSON", lambda p: p.first, 0.0),
        ("Cognoms", "PERSON", lambda p: p.last + " " + p.c.person().last, 0.0),
        ("Adreça", "STREET_ADDRESS", lambda p: p.street, 0.1),
        ("Població", "LOCATION", lambda p: p.town, 0.1),
        ("Telèfon", "PHONE_NUMBER", _nat, 0.2),
        ("Correu", "EMAIL_ADDRESS", lambda p: p.email, 0.3),
        ("Correu verificat", None, _pick("sí", "no"), 0.0),
        ("IBAN", "IBAN_CODE", lambda p: p.c.iban(), 0.05),
        ("BIC", None, _pick("CAIXESBB", "BSABESBB", "BBVAESMM"), 0.1),
        ("Data naixement", "DATE_OF_BIRTH", _dob("dmy/"), 0.55, 0.05),
        ("Import", None, lambda p: f"{p.r.choice([5, 10, 20, 30, 50])},00 €", 0.0),
        ("Periodicitat", None, _pick("mensual", "trimestral", "anual"), 0.0),
        ("Data alta", None, _d(1500, 0, "dmy/"), 0.0),
        ("Campanya", None, _pick("Teulada 2026", "Càritas", "Dia de l'Església Diocesana"), 0.2),
        ("Certificat fiscal", None, _pick("sí", "no"), 0.0),
        ("Mandat SEPA", None, lambda p: _ref(p.r, "MD"), 0.05),
        ("Parròquia", None, _pick("Sant Pere", "Santa Maria del Mar", "Sant Joan Baptista"), 0.0),
        ("Darrer rebut", None, _d(60, 0, "dmy/"), 0.1),
        ("Observacions", None, _pick("-", "baixa temporal", "canvi de compte"), 0.6),
    ]),
    ("window_round_au", "AU", [
        ("ROUND_ID", None, lambda p: f"R{p.r.randint(1, 12)}-{_num(p.r, 3)}", 0.0),
        ("CUST_FIRST", "PERSON", lambda p: p.first, 0.0),
        ("CUST_LAST", "PERSON", lambda p: p.last, 0.0),
        ("SITE_ADDR", "STREET_ADDRESS", lambda p: p.addr, 0.0),
        ("CONTACT_PH", "PHONE_NUMBER", _nat, 0.05),
        ("PHONE_TYPE", None, _pick("MOB", "HOME"), 0.0),
        ("EMAIL", "EMAIL_ADDRESS", lambda p: p.email, 0.2, 0.03),
        ("PORTAL_PWD", "PASSWORD", lambda p: _password(p.r), 0.5),
        ("PWD_HASH", None, lambda p: _bcrypt(p.r), 0.5),
        ("CARD_NO", "CREDIT_CARD", lambda p: _card(p.r, False), 0.4),
        ("CARD_LAST4", None, lambda p: _last4(p.r), 0.4),
        ("CARD_EXP", None, lambda p: _expiry(p.r), 0.4),
        ("BSB", None, lambda p: f"{p.r.randint(10, 99)}{p.r.randint(0, 9)}-{p.r.randint(100, 999)}", 0.5),
        ("VISIT_FREQ_WKS", None, _pick("4", "6", "8", "12"), 0.0),
        ("PRICE_AUD", None, lambda p: f"{p.r.randint(60, 320)}.00", 0.0),
        ("LAST_CLEAN", None, _d(90, 0, "dmy/"), 0.05),
        ("NEXT_DUE", None, _d(0, 90, "dmy/"), 0.05),
        ("GATE_CODE", None, lambda p: _num(p.r, 4), 0.6),
        ("DOG_NAME", None, lambda p: p.r.choice(_PETS), 0.55),
        ("STOREYS", None, _pick("1", "2", "3"), 0.0),
        ("DEPOT", None, _pick("Geelong", "Ballarat"), 0.0),
    ]),
    ("glazenwasser_klanten", "NL", [
        ("klantnr", None, lambda p: _num(p.r, 6), 0.0),
        ("voornaam", "PERSON", lambda p: p.first, 0.05),
        ("achternaam", "PERSON", lambda p: p.last, 0.0),
        ("straat_huisnr", "STREET_ADDRESS", lambda p: p.street, 0.0),
        ("woonplaats", "LOCATION", lambda p: p.town, 0.0),
        ("adres_type", None, _pick("woning", "bedrijf", "vve"), 0.0),
        ("telefoonnummer", "PHONE_NUMBER", _nat, 0.1),
        ("e-mailadres", "EMAIL_ADDRESS", lambda p: p.email, 0.25),
        ("email_geverifieerd", None, _pick("ja", "nee"), 0.0),
        ("rekeningnummer", "IBAN_CODE", lambda p: p.c.iban(False), 0.05),
        ("bic", None, _pick("INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A"), 0.05),
        ("field_9", "PERSON", lambda p: p.c.person().full, 0.5, 0.04),
        ("ronde", None, _pick("ma-noord", "wo-centrum", "vr-dorpen"), 0.0),
        ("frequentie", None, _pick("4 weken", "6 weken", "8 weken"), 0.0),
        ("bedrag", None, lambda p: f"€ {p.r.randint(12, 95)},{p.r.choice(['00', '50', '95'])}", 0.0),
        ("incasso_datum", None, _d(40, 20, "dmy-"), 0.0),
        ("machtigingskenmerk", None, lambda p: _ref(p.r, "ZL"), 0.0),
        ("goot_reinigen", None, _pick("ja", "nee", "nee"), 0.0),
        ("laatste_beurt", None, _d(60, 0, "dmy-"), 0.1),
        ("vestiging", None, _pick("Utrecht", "Zwolle", "Breda"), 0.0),
    ]),
    ("campervan_bookings_nz", "NZ", [
        ("BookingRef", None, lambda p: _ref(p.r, "TR-"), 0.0),
        ("Driver.FirstName", "PERSON", lambda p: p.first, 0.0),
        ("Driver.LastName", "PERSON", lambda p: p.last, 0.0),
        ("Driver.DOB", "DATE_OF_BIRTH", _dob(), 0.05),
        ("DobVerified", None, _pick("True", "False"), 0.0),
        ("Contact.Mobile", "PHONE_NUMBER", lambda p: p.c.phone(style=p.r.choice(["nat", "intl"])), 0.05),
        ("Contact.Email", "EMAIL_ADDRESS", lambda p: p.email, 0.0),
        ("HomeAddress", "STREET_ADDRESS", lambda p: p.addr, 0.2),
        ("CardNumber", "CREDIT_CARD", lambda p: _card(p.r), 0.35),
        ("CardLast4", None, lambda p: _last4(p.r), 0.0),
        ("BookingIp", "IP_ADDRESS", lambda p: _ip_public_v6(p.r) if p.r.random() < 0.3 else _ip_public_v4(p.r), 0.1),
        ("PartnerApiKey", "API_KEY", lambda p: _apikey(p.r), 0.6),
        ("VehicleClass", None, _pick("2-berth Hi-Top", "4-berth", "6-berth Motorhome"), 0.0),
        ("Rego", None, lambda p: _rs(p.r, 3, string.ascii_uppercase) + _num(p.r, 3), 0.0),
        ("PickupDepot", None, _pick("Christchurch", "Auckland", "Queenstown"), 0.0),
        ("DropoffDepot", None, _pick("Christchurch", "Auckland", "Picton"), 0.0),
        ("PickupAt", None, lambda p: _ts(p.r, 200), 0.0),
        ("Nights", None, lambda p: str(p.r.randint(3, 28)), 0.0),
        ("TotalNZD", None, lambda p: f"{p.r.randint(600, 9000)}.00", 0.0),
        ("BondHoldId", None, lambda p: _uuid(p.r), 0.1),
        ("InsuranceTier", None, _pick("Basic", "Standard", "Zero Excess"), 0.0),
        ("OdometerOut", None, lambda p: _num(p.r, 6), 0.2),
    ]),
    ("matkaauto_rent", "EE", [
        ("broneering", None, lambda p: _ref(p.r, "MA"), 0.0),
        ("eesnimi", "PERSON", lambda p: p.first, 0.0),
        ("perenimi", "PERSON", lambda p: p.last, 0.0),
        ("sünniaeg", "DATE_OF_BIRTH", _dob(), 0.1),
        ("telefon", "PHONE_NUMBER", _nat, 0.0),
        ("e_post", "EMAIL_ADDRESS", lambda p: p.email, 0.05),
        ("e_post_kinnitatud", None, _pick("jah", "ei"), 0.0),
        ("aadress", "STREET_ADDRESS", lambda p: p.addr, 0.3),
        ("elukoht", "LOCATION", lambda p: p.town, 0.15),
        ("pangakonto", "IBAN_CODE", lambda p: p.c.iban(), 0.4),
        ("col_4", "IP_ADDRESS", lambda p: _ip_public_v4(p.r), 0.2),
        ("auto_mudel", None, _pick("Fiat Ducato", "Adria Twin", "VW California", "Hymer B-Klasse"), 0.0),
        ("reg_nr", None, lambda p: _num(p.r, 3) + _rs(p.r, 3, string.ascii_uppercase), 0.0),
        ("väljastus", None, _d(200, 60, "dmy."), 0.0),
        ("tagastus", None, _d(150, 90, "dmy."), 0.0),
        ("hind_eur", None, lambda p: f"{p.r.randint(300, 3000)},00", 0.0),
        ("tagatis_eur", None, _pick("500", "1000", "1500"), 0.0),
        ("kindlustus", None, _pick("põhi", "täis", "-"), 0.0),
        ("kontor", None, _pick("Tallinn", "Tartu"), 0.0),
        ("parool_muudetud", None, lambda p: _ts(p.r, 600), 0.4),
        ("kaart_4", None, lambda p: _last4(p.r), 0.3),
    ]),
]


def _mk_table(r: random.Random, rows: int, cc: str, spec) -> list:
    c = Ctx(r, cc)
    people = []
    for _ in range(rows):
        p = c.person()
        p.r, p.c = r, c
        people.append(p)
    cols = []
    for ent in spec:
        header, entity, fn, blank = ent[:4]
        ph = ent[4] if len(ent) > 4 else 0.0
        assert entity is None or entity in LABELS
        vals: list[str | None] = []
        for p in people:
            x = r.random()
            if x < blank:
                vals.append(None)
            elif x < blank + ph:
                vals.append(r.choice(_PLACEHOLDERS))
            else:
                vals.append(fn(p))
        cols.append(Column(name=header, entity=entity, values=vals))
    return cols


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, cc, spec in _TABLES:
        out[name] = _mk_table(random.Random(f"reef-{seed}-{name}"), rows, cc, spec)
    return out


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        r = random.Random(f"reef-{seed}-{i}")
        out.append(_render(TEMPLATES[i % len(TEMPLATES)](r)))
    return out
