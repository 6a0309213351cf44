"""Accuracy split "prairie" – labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "prairie", 2026-11-28 (fixed "today"; no clock is read).

Independence: written only from the brief /tmp/w24/prompt_prairie.md, an `ls bench/`, and local
outputs of Faker (name providers of the locales listed below) and phonenumbers (example numbers,
is_valid_number, format_number).  Nothing else in the repository was opened: not the scanner, its
rules, tests, docs, results, notes, accuracy.py, accuracy_data.py (only its documented API is
imported) or any other split.  The scanner (and Presidio) was never read or run.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % 60]); structured(rows, seed) ->
dict[str, list[Column]] (12 tables); TEMPLATES.  Deterministic: every text/table gets its own
random.Random seeded from a string; Faker instances are re-seeded from that rng before every draw;
no set iteration, no hash()/clock use.  Digest of the benchmark calls (sha256[:16] of the json
described in the brief): ef0c422c7a3f08a0, identical under different PYTHONHASHSEED.  Both calls
together take about 0.6 s.  `python accuracy_split_prairie.py` runs a self-check.

Domains: chess club / tournament organiser; home-care nursing agency; student-housing letting agent;
car-wash subscription chain; community radio station; left-luggage and lost-property desk at a
railway station (free text also has a few generic support/log/config texts).

Languages (60 templates, 33 English = 55 %, 27 other = 45 %):
  English: en-US 12, en-GB 6, en-CA 2, en-AU 2, en-IN 2, en-IE 2, en-ZA 2, en-NZ 1, en-SG 1,
  en-PH 1, en-KE 1, en-NG 1.
  Other (14 languages, 2 each unless noted): Catalan, Icelandic, Afrikaans, Tagalog (Taglish),
  Estonian, Turkish, Romanian, Slovenian, Vietnamese, Lithuanian, Swahili, German, Dutch,
  Portuguese (1).
  Names: Faker first_name/last_name for en_US/GB/CA/AU/IN/IE/NZ/KE/NG, es_CA (Catalan), is_IS,
  et_EE, tr_TR, ro_RO, sl_SI, lt_LT, sw, de_DE, nl_NL, pt_PT; hand lists for ZA (English and
  Afrikaans), SG, PH and VN (Faker's vi_VN first names are broken).  Towns, postcodes, streets,
  address layouts, phone numbers (phonenumbers-validated per region, national / international /
  E.164 / compact / dotted) and date formats (local month names) follow each text's country.

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack /
live-chat exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case
speech-to-text transcript, key=value / key: value / JSON-lines form dumps, app and nginx logs,
.env config, OCR'd form (with 0/O confusions), tab-separated spreadsheet rows, notification
subjects, 2 texts with no PII.

Label conventions as applied: PERSON = names as written (full, first-only, surname-only, upper
case, lower case, "Last, First", "First L." with the period inside); titles (Mrs, Frau, dna, Bi.)
are outside; chat speakers labelled; names in shop/club/company/product names (Luigi's, Morphy's
Knights, Murphy's Pharmacy) and pet names not labelled.  STREET_ADDRESS = street line + postcode +
town as one span (flat/unit/apartment inside); multi-line blocks one span; each '>'-quoted line its
own span; business addresses in signatures labelled.  LOCATION = town/country where a person lives,
comes from or travels to (never branch, depot, station, office or site towns).  DATE_OF_BIRTH only
for birth dates.  PASSWORD / API_KEY = plaintext secret only (Stripe sk_live, GitHub, Slack,
SendGrid, Google, OpenAI-style, GitLab, Mailgun-style keys and a Twilio auth token); pk_live keys,
Twilio account SIDs, session ids, hashes not labelled.  US_BANK_NUMBER = account number only.
IBAN_CODE spaced or not (DE, GB, IE, NL, ES, PT).  CREDIT_CARD = full Luhn-valid numbers (Visa,
Mastercard, Amex, Discover).  US_SSN = valid areas/groups/serials only.  IP_ADDRESS = public v4/v6.
EMAIL_ADDRESS = every address incl. role addresses.  PHONE_NUMBER = every valid number incl.
business lines.  Spans exclude quotes, brackets and trailing punctuation and never overlap
(asserted by the builder B for every text).

Look-alikes (unlabelled): masked cards, last-4, expiry, CVV, private IPs, version strings, sha256
hex, bcrypt and argon2 hashes, UUIDs, order/ticket/claim/booking/tracking/policy/receipt numbers,
OTPs, key-safe and door codes, IMEIs (Luhn-valid 15 digits), ABA routing numbers, SWIFT/BIC, GPS
coordinates, amounts, timestamps and non-birth dates, number plates, ratings and FIDE ids,
pet names, branch/site towns, company names containing person names.

Tables (structured(150, 11)); columns PII / look-alike; blanks 0-60 % per column, placeholders
(N/A, -, unknown) in a few PII columns:
  chess_player_registrations  GB  7/11  snake_case, abbreviations (dob, tel, pwd)
  chess_pairings              RO  5/11  Romanian PascalCase headers (Alb, Negru, DataNasterii)
  care_clients                DE  7/10  German headers (Vorname, Geburtsdatum, Anschrift)
  care_visit_log              US  6/11  camelCase, opaque col_17 (DATE_OF_BIRTH)
  student_tenants             NL  7/11  Dutch snake_case (voornaam, woonplaats_ouders, mobiel)
  student_guarantors          GB  6/11  PascalCase (GuarantorName, Addr1, PostTown)
  carwash_memberships         TR  7/10  Turkish snake_case (ad, soyad, cep_tel, sifre)
  carwash_kiosk_events        AU  4/13  UPPER_SNAKE (CLIENT_IP, API_KEY, CARD_PAN)
  radio_presenters            IE  9/11  dotted (presenter.first, portal.pwd), opaque attr2 (DOB)
  radio_donations             US  7/11  spaced Title Case, opaque field_3 (US_SSN)
  left_luggage_deposits       ES  6/10  Catalan headers (nom, cognoms, telèfon, població)
  lost_property_items         EE  6/10  Estonian headers (omaniku_eesnimi, elukoht, epost)

Known limits: 60 templates only, so phrasing repeats every 60 texts (values differ); hand lists
for some countries are short (8-12 names, 5-8 towns) so names repeat; a few Faker names are
odd for their locale (e.g. English first names in en_IN); phone and date formats are those of
phonenumbers' formatter and a small per-language list; addresses are plausible, not real; in
tables the look-alike share is counted per column, not per cell; Tagalog texts are Taglish.
"""
from __future__ import annotations

import hashlib
import random
import unicodedata
import uuid
from datetime import date, timedelta

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 28)

# ---------------------------------------------------------------------------
# text builder with exact offsets
# ---------------------------------------------------------------------------


class B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.pos = 0

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, v: str, label: str) -> B:
        assert label in LABELS, label
        assert v and v == v.strip(), repr(v)
        self.spans.append((self.pos, self.pos + len(v), label))
        self.vals.append(v)
        return self.t(v)

    def build(self) -> Text:
        text = "".join(self.parts)
        last = -1
        for (s, e, _lab), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert s >= last, "overlap"
            last = e
        return Text(text, list(self.spans))


# ---------------------------------------------------------------------------
# country data (hand-written lists; Faker only for names where it is good)
# ---------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "vi": [f"tháng {i}" for i in range(1, 13)],
}

# towns: (town, postcode, region/extra)
C: dict[str, dict] = {
    "US": dict(loc="en_US", reg="US", lang="en", st="us", mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
               towns=[("Columbus", "43215", "OH"), ("Tucson", "85719", "AZ"), ("Raleigh", "27601", "NC"), ("Spokane", "99201", "WA"),
                      ("Omaha", "68102", "NE"), ("Albany", "12207", "NY"), ("Madison", "53703", "WI"), ("Boise", "83702", "ID")],
               streets=["Maple Avenue", "Oak Street", "W 5th Street", "Lincoln Blvd", "Cedar Lane", "Pine Ridge Road", "N Main St", "Elm Court"],
               area=["614", "520", "919", "509", "402", "518", "608", "208", "312", "713"]),
    "GB": dict(loc="en_GB", reg="GB", lang="en", st="gb", mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
               towns=[("Leeds", "LS6 2QT"), ("Bristol", "BS7 8NE"), ("Norwich", "NR2 3PH"), ("Cardiff", "CF24 4AN"),
                      ("Sheffield", "S10 2GB"), ("Manchester", "M14 6HR"), ("York", "YO10 4DE"), ("Exeter", "EX4 4QJ")],
               streets=["Victoria Road", "Church Lane", "Hyde Park Road", "Station Road", "Albert Street", "Mill Lane", "Queens Drive", "Kingsway"]),
    "CA": dict(loc="en_CA", reg="CA", lang="en", st="ca", mail=["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "sympatico.ca"],
               towns=[("Halifax", "B3H 2Y9", "NS"), ("Kingston", "K7L 3N6", "ON"), ("Winnipeg", "R3T 2N2", "MB"), ("Victoria", "V8W 1P6", "BC"),
                      ("Saskatoon", "S7N 0W6", "SK"), ("Guelph", "N1G 2W1", "ON"), ("Moncton", "E1C 4B3", "NB")],
               streets=["Spring Garden Road", "Princess Street", "Pembina Hwy", "Fort Street", "College Drive", "Gordon St", "Main Street"],
               area=["902", "613", "204", "250", "306", "519", "506"]),
    "AU": dict(loc="en_AU", reg="AU", lang="en", st="au", mail=["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
               towns=[("Fitzroy", "3065", "VIC"), ("Newtown", "2042", "NSW"), ("Toowong", "4066", "QLD"), ("Glenelg", "5045", "SA"),
                      ("Fremantle", "6160", "WA"), ("Hobart", "7000", "TAS"), ("Geelong", "3220", "VIC")],
               streets=["Brunswick Street", "King Street", "Sylvan Road", "Jetty Road", "High Street", "Elizabeth Street", "Moorabool St"]),
    "IN": dict(loc="en_IN", reg="IN", lang="en", st="in", mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
               towns=[("Bengaluru", "560034"), ("Pune", "411038"), ("Chennai", "600020"), ("Hyderabad", "500081"), ("Kochi", "682020"),
                      ("Jaipur", "302017"), ("Lucknow", "226010")],
               streets=["80 Feet Road, Koramangala", "Karve Road, Kothrud", "2nd Main Road, Adyar", "Road No. 36, Jubilee Hills",
                        "Panampilly Nagar", "Malviya Nagar", "Gomti Nagar"]),
    "IE": dict(loc="en_IE", reg="IE", lang="en", st="ie", mail=["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
               towns=[("Galway", "H91 E2K3"), ("Cork", "T12 W8CX"), ("Limerick", "V94 T9PX"), ("Dublin 6", "D06 F3W2"),
                      ("Kilkenny", "R95 A39F"), ("Sligo", "F91 X2C4")],
               streets=["Taylor's Hill", "Magazine Road", "O'Connell Avenue", "Rathgar Road", "John Street", "Pearse Road"]),
    "NZ": dict(loc="en_NZ", reg="NZ", lang="en", st="au", mail=["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
               towns=[("Hamilton", "3216", ""), ("Tauranga", "3110", ""), ("Dunedin", "9016", ""), ("Nelson", "7010", ""),
                      ("Palmerston North", "4410", ""), ("Whanganui", "4500", "")],
               streets=["Grey Street", "Cameron Road", "George Street", "Trafalgar Street", "Fitzherbert Avenue", "Victoria Avenue"]),
    "ZA": dict(loc=None, reg="ZA", lang="en", st="za", mail=["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"],
               first=["Thandiwe", "Sipho", "Lerato", "Johan", "Anika", "Pieter", "Nomvula", "Riaan", "Zanele", "Elmarie", "Tumelo", "Karabo"],
               last=["Nkosi", "van der Merwe", "Botha", "Dlamini", "Pretorius", "Mokoena", "Naidoo", "du Plessis", "Khumalo", "Venter", "Mahlangu"],
               towns=[("Stellenbosch", "7600"), ("Pretoria", "0083"), ("Durban", "4001"), ("Bloemfontein", "9301"), ("George", "6529"),
                      ("Paarl", "7646")],
               streets=["Dorpstraat", "Kerkstraat", "Florida Road", "Nelson Mandela Drive", "Voortrekker Road", "Main Road"]),
    "KE": dict(loc="en_KE", reg="KE", lang="en", st="ke", mail=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100")],
               streets=["Ngong Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road"]),
    "NG": dict(loc="en_NG", reg="NG", lang="en", st="ng", mail=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Ikeja", "100271"), ("Abuja", "900211"), ("Ibadan", "200284"), ("Enugu", "400102"), ("Port Harcourt", "500101")],
               streets=["Allen Avenue", "Aminu Kano Crescent", "Ring Road", "Ogui Road", "Aba Road"]),
    "SG": dict(loc=None, reg="SG", lang="en", st="sg", mail=["gmail.com", "singnet.com.sg", "hotmail.com"],
               first=["Wei Ling", "Jun Jie", "Priya", "Siti", "Daniel", "Hui Min", "Arjun", "Nurul", "Marcus", "Shu Fen"],
               last=["Tan", "Lim", "Ng", "Rahman", "Wong", "Nair", "Goh", "Lee", "Chua", "Ismail"],
               towns=[("Singapore", "560123"), ("Singapore", "730888"), ("Singapore", "310101"), ("Singapore", "520456")],
               streets=["Blk 123 Ang Mo Kio Ave 3", "Blk 888 Woodlands Dr 50", "Blk 101 Toa Payoh Lor 1", "Blk 456 Tampines St 42"]),
    "PH": dict(loc=None, reg="PH", lang="tl", st="ph", mail=["gmail.com", "yahoo.com.ph", "outlook.com"],
               first=["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jericho", "Lovely", "Paolo", "Kristine", "Ramon"],
               last=["Santos", "Reyes", "dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Ramos", "Castillo"],
               towns=[("Quezon City", "1101"), ("Makati", "1226"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Pasig", "1600"),
                      ("Iloilo City", "5000")],
               streets=["Katipunan Avenue", "Ayala Avenue", "Osmeña Boulevard", "J.P. Laurel Avenue", "Ortigas Avenue", "Diversion Road"]),
    "ES": dict(loc="es_CA", reg="ES", lang="ca", st="es", mail=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
               towns=[("Barcelona", "08012"), ("Girona", "17002"), ("Lleida", "25002"), ("Tarragona", "43003"), ("Sabadell", "08201"),
                      ("Vic", "08500")],
               streets=["Carrer de Verdi", "Carrer Nou", "Passeig de Gràcia", "Carrer Major", "Rambla de Catalunya", "Carrer del Carme"]),
    "IS": dict(loc="is_IS", reg="IS", lang="is", st="eu", mail=["gmail.com", "simnet.is", "internet.is", "visir.is"],
               towns=[("Reykjavík", "101"), ("Akureyri", "600"), ("Hafnarfjörður", "220"), ("Kópavogur", "200"), ("Selfoss", "800"),
                      ("Ísafjörður", "400")],
               streets=["Laugavegur", "Hafnarstræti", "Strandgata", "Hamraborg", "Austurvegur", "Aðalstræti"]),
    "ZAF": dict(loc=None, reg="ZA", lang="af", st="za", mail=["gmail.com", "telkomsa.net", "mweb.co.za", "vodamail.co.za"],
                first=["Johan", "Annelie", "Pieter", "Marietjie", "Riaan", "Elsabé", "Hennie", "Karlien", "Francois", "Sunette"],
                last=["van der Merwe", "Botha", "Pretorius", "du Toit", "Venter", "Coetzee", "Steyn", "Nel", "Swanepoel", "Fourie"],
                towns=[("Stellenbosch", "7600"), ("Paarl", "7646"), ("Worcester", "6850"), ("Potchefstroom", "2531"), ("Oudtshoorn", "6625")],
                streets=["Dorpstraat", "Kerkstraat", "Hoofweg", "Langstraat", "Voortrekkerweg", "Bergstraat"]),
    "EE": dict(loc="et_EE", reg="EE", lang="et", st="eu", mail=["gmail.com", "hot.ee", "online.ee", "mail.ee"],
               towns=[("Tallinn", "10115"), ("Tartu", "51004"), ("Pärnu", "80010"), ("Narva", "20308"), ("Viljandi", "71004")],
               streets=["Narva mnt", "Rüütli tn", "Riia tn", "Pikk tn", "Tallinna mnt", "Vabaduse pst"]),
    "TR": dict(loc="tr_TR", reg="TR", lang="tr", st="tr", mail=["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"],
               towns=[("Kadıköy", "34710", "İstanbul"), ("Çankaya", "06680", "Ankara"), ("Karşıyaka", "35540", "İzmir"),
                      ("Nilüfer", "16110", "Bursa"), ("Muratpaşa", "07100", "Antalya")],
               streets=["Bahariye Caddesi", "Atatürk Bulvarı", "Cemal Gürsel Caddesi", "İzmir Yolu Caddesi", "Işıklar Caddesi"]),
    "RO": dict(loc="ro_RO", reg="RO", lang="ro", st="ro", mail=["gmail.com", "yahoo.ro", "outlook.com"],
               towns=[("Cluj-Napoca", "400114"), ("Iași", "700259"), ("Brașov", "500030"), ("Timișoara", "300041"), ("Sibiu", "550160")],
               streets=["Memorandumului", "Lăpușneanu", "Republicii", "Eroilor", "Nicolae Bălcescu"]),
    "SI": dict(loc="sl_SI", reg="SI", lang="sl", st="eu", mail=["gmail.com", "siol.net", "t-2.net", "amis.net"],
               towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"), ("Novo mesto", "8000")],
               streets=["Slovenska cesta", "Partizanska cesta", "Gosposka ulica", "Prešernova ulica", "Cankarjeva ulica", "Glavni trg"]),
    "LT": dict(loc="lt_LT", reg="LT", lang="lt", st="lt", mail=["gmail.com", "inbox.lt", "one.lt", "yahoo.com"],
               towns=[("Vilnius", "LT-01103"), ("Kaunas", "LT-44280"), ("Klaipėda", "LT-91248"), ("Šiauliai", "LT-76285"),
                      ("Panevėžys", "LT-35173")],
               streets=["Gedimino pr.", "Laisvės al.", "Tilžės g.", "Vilniaus g.", "Savanorių pr."]),
    "VN": dict(loc=None, reg="VN", lang="vi", st="vn", mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
               first=["Minh Anh", "Thu Hà", "Quốc Bảo", "Ngọc Lan", "Văn Hùng", "Thị Mai", "Đức Long", "Thanh Tâm", "Hoài Nam", "Bích Ngọc"],
               last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"],
               towns=[("Hà Nội", "100000", "Quận Ba Đình"), ("TP. Hồ Chí Minh", "700000", "Quận 3"), ("Đà Nẵng", "550000", "Quận Hải Châu"),
                      ("Huế", "530000", "Phường Phú Hội"), ("Hải Phòng", "180000", "Quận Lê Chân")],
               streets=["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Phan Đình Phùng"]),
    "KES": dict(loc="sw", reg="KE", lang="sw", st="ke", mail=["gmail.com", "yahoo.com"],
                towns=[("Mombasa", "80100"), ("Nairobi", "00100"), ("Malindi", "80200"), ("Kisumu", "40100"), ("Lamu", "80500")],
                streets=["Barabara ya Moi", "Barabara ya Digo", "Barabara ya Ngong", "Barabara ya Lamu", "Barabara ya Kenyatta"]),
    "DE": dict(loc="de_DE", reg="DE", lang="de", st="eu", mail=["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
               towns=[("Leipzig", "04109"), ("Münster", "48143"), ("Freiburg im Breisgau", "79098"), ("Kassel", "34117"), ("Bamberg", "96047")],
               streets=["Karl-Liebknecht-Straße", "Hammer Straße", "Wiesenweg", "Lindenallee", "Gartenstraße", "Bahnhofstraße"]),
    "NL": dict(loc="nl_NL", reg="NL", lang="nl", st="eu", mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
               towns=[("Utrecht", "3512 JE"), ("Groningen", "9711 LM"), ("Leiden", "2311 EK"), ("Nijmegen", "6511 PB"), ("Zwolle", "8011 CW")],
               streets=["Oudegracht", "Herestraat", "Breestraat", "Molenstraat", "Diezerstraat", "Kerkstraat"]),
    "PT": dict(loc="pt_PT", reg="PT", lang="pt", st="pt", mail=["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
               towns=[("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Coimbra", "3000-214"), ("Braga", "4700-225"), ("Aveiro", "3810-164")],
               streets=["Rua Augusta", "Rua de Santa Catarina", "Avenida Sá da Bandeira", "Rua do Souto", "Rua de Coimbra"]),
}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def ascii_(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


class G:
    """Value generator bound to one rng."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    # -- names --
    def first(self, cc: str) -> str:
        d = C[cc]
        if d["loc"] is None:
            return self.ch(d["first"])
        f = _faker(d["loc"])
        f.seed_instance(self.r.getrandbits(32))
        return f.first_name()

    def last(self, cc: str) -> str:
        d = C[cc]
        if d["loc"] is None:
            return self.ch(d["last"])
        f = _faker(d["loc"])
        f.seed_instance(self.r.getrandbits(32))
        return f.last_name()

    def email(self, cc: str, first: str, last: str, domain: str | None = None) -> str:
        f, l_ = ascii_(first), ascii_(last)
        n = self.r.randint(1, 99)
        local = self.ch([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{n}", f"{l_}.{f}", f"{f}_{l_}", f"{f}{n}"])
        return f"{local}@{domain or self.ch(C[cc]['mail'])}"

    # -- places --
    def town(self, cc: str) -> tuple:
        return self.ch(C[cc]["towns"])

    def num(self) -> str:
        return str(self.r.choice([self.r.randint(1, 40), self.r.randint(1, 250)]))

    def addr(self, cc: str, lines: bool = False):
        d = C[cc]
        st = d["st"]
        t = self.town(cc)
        town, pc = t[0], t[1]
        s = self.ch(d["streets"])
        n = self.num()
        if st == "us":
            l1 = f"{n} {s}" + self.ch(["", "", f" Apt {self.r.randint(1, 30)}{self.ch('ABCD')}", f", Unit {self.r.randint(2, 19)}"])
            L = [l1, f"{town}, {t[2]} {pc}"]
        elif st == "ca":
            L = [self.ch(["", f"{self.r.randint(101, 1208)}-"]) + f"{n} {s}", f"{town}, {t[2]} {pc}"]
        elif st == "gb":
            L = ([self.ch([f"Flat {self.r.randint(1, 9)}", f"Flat {self.r.randint(1, 4)}{self.ch('ABC')}"])] if self.r.random() < .3 else []) + [f"{n} {s}", town, pc]
        elif st == "au":
            L = [self.ch(["", f"Unit {self.r.randint(1, 12)}/"]) + f"{n} {s}", f"{town} {t[2]} {pc}".replace("  ", " ")]
        elif st == "in":
            L = [f"{self.ch(['Flat', 'House No.', '#'])} {n}, {s}", f"{town} {pc}"]
        elif st == "ie":
            L = [f"{n} {s}", town, pc]
        elif st == "za":
            L = [f"{n} {s}", town, pc]
        elif st == "ke":
            L = [f"{s}, House {n}", f"{town} {pc}"]
        elif st == "ng":
            L = [f"{n} {s}", f"{town} {pc}"]
        elif st == "sg":
            L = [f"{s} #{self.r.randint(2, 14):02d}-{self.r.randint(10, 300)}", f"{town} {pc}"]
        elif st == "ph":
            L = [f"{n} {s}", f"{town} {pc}"]
        elif st == "es":
            L = [f"{s}, {n}, {self.r.randint(1, 6)}r {self.r.randint(1, 4)}a", f"{pc} {town}"]
        elif st == "tr":
            L = [f"{s} No:{n} D:{self.r.randint(1, 20)}", f"{pc} {town}/{t[2]}"]
        elif st == "ro":
            L = [f"Str. {s} nr. {n}" + self.ch(["", f", ap. {self.r.randint(1, 40)}"]), f"{pc} {town}"]
        elif st == "lt":
            L = [f"{s} {n}" + self.ch(["", f"-{self.r.randint(1, 40)}"]), f"{pc} {town}"]
        elif st == "vn":
            L = [f"Số {n} {s}", t[2], town]
        elif st == "ke_sw":
            L = [f"{s}", f"{town} {pc}"]
        elif st == "pt":
            L = [f"{s}, {n}" + self.ch(["", ", 2.º Esq.", ", 1.º Dto."]), f"{pc} {town}"]
        else:  # eu: street number, postcode town
            L = [f"{s} {n}" + self.ch(["", "", "a"]), f"{pc} {town}"]
        if lines:
            return L, town
        sep = ", "
        return sep.join(L), town

    def phone(self, cc: str, style: str | None = None, kind: str | None = None) -> str:
        reg = C[cc]["reg"]
        PT_ = phonenumbers.PhoneNumberType
        kind = kind or self.ch(["m", "m", "f"])
        ex = phonenumbers.example_number_for_type(reg, PT_.MOBILE if kind == "m" else PT_.FIXED_LINE)
        nsn = phonenumbers.national_significant_number(ex)
        for _ in range(200):
            if reg in ("US", "CA") and "area" in C[cc]:
                cand = self.ch(C[cc]["area"]) + str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(6))
            else:
                k = self.ch([2, 3, 3])
                cand = nsn[:k] + "".join(str(self.r.randint(0, 9)) for _ in range(len(nsn) - k))
            num = phonenumbers.parse(cand, reg)
            if phonenumbers.is_valid_number(num) and not cand[3:6] == "555":
                break
        else:
            num = ex
        style = style or self.ch(["nat", "nat", "intl", "e164"])
        F = phonenumbers.PhoneNumberFormat
        if style == "nat":
            s = phonenumbers.format_number(num, F.NATIONAL)
        elif style == "intl":
            s = phonenumbers.format_number(num, F.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, F.E164)
        elif style == "dots" and reg in ("US", "CA"):
            d = phonenumbers.national_significant_number(num)
            s = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        else:  # compact national
            s = "".join(ch for ch in phonenumbers.format_number(num, F.NATIONAL) if ch.isdigit() or ch == "+")
        chk = phonenumbers.parse(s, reg)
        assert phonenumbers.is_valid_number(chk), s
        return s

    # -- dates --
    def bday(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.r.randint(0, 24500))

    def kid(self) -> date:
        return date(2010, 1, 1) + timedelta(days=self.r.randint(0, 3300))

    def dob(self, cc: str, d: date | None = None) -> str:
        d = d or self.bday()
        lang = C[cc]["lang"]
        reg = C[cc]["reg"]
        M = MONTHS.get(lang, MONTHS["en"])
        if lang == "en":
            if reg == "US":
                opts = [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{M[d.month - 1]} {d.day}, {d.year}", d.isoformat()]
            elif reg == "CA":
                opts = [d.isoformat(), f"{M[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"]
            else:
                opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {M[d.month - 1]} {d.year}", f"{d.day} {M[d.month - 1][:3]} {d.year}",
                        f"{d.day:02d}-{d.month:02d}-{d.year}"]
        elif lang in ("de", "et", "tr", "ro", "sl", "is"):
            sep = "." if lang != "tr" else self.ch([".", "/"])
            opts = [f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}", f"{d.day}. {M[d.month - 1]} {d.year}" if lang in ("de", "et", "sl", "is")
                    else f"{d.day} {M[d.month - 1]} {d.year}"]
        elif lang == "lt":
            opts = [d.isoformat(), f"{d.year} m. {M[d.month - 1]} {d.day} d."]
        elif lang == "vi":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"ngày {d.day} {M[d.month - 1]} năm {d.year}"]
        elif lang == "ca":
            art = "d'" if M[d.month - 1][0] in "aeiou" else "de "
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {art}{M[d.month - 1]} de {d.year}"]
        elif lang == "pt":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {M[d.month - 1]} de {d.year}"]
        elif lang == "nl":
            opts = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {M[d.month - 1]} {d.year}"]
        elif lang == "af":
            opts = [f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day} {M[d.month - 1]} {d.year}"]
        elif lang == "tl":
            opts = [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{M[d.month - 1]} {d.day}, {d.year}"]
        else:  # sw
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {M[d.month - 1]} {d.year}"]
        return self.ch(opts)

    def odate(self, cc: str = "GB") -> str:
        """A non-birth date near TODAY."""
        d = TODAY - timedelta(days=self.r.randint(-60, 200))
        return self.dob(cc, d)

    def ts(self) -> str:
        d = TODAY - timedelta(days=self.r.randint(0, 30))
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"

    def hm(self) -> str:
        return f"{self.r.randint(7, 22):02d}:{self.r.randint(0, 59):02d}"

    # -- financial / ids --
    def card(self, sep: str | None = None) -> str:
        kind = self.ch(["v", "v", "m", "a", "d"])
        if kind == "a":
            n = _luhn(self.r, self.ch(["34", "37"]), 15)
            groups = [n[:4], n[4:10], n[10:]]
        else:
            n = _luhn(self.r, {"v": "4", "m": self.ch(["51", "53", "55", "2221"]), "d": "6011"}[kind], 16)
            groups = [n[i:i + 4] for i in range(0, 16, 4)]
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        return sep.join(groups)

    def ssn(self, sep: str | None = None) -> str:
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        sep = self.ch(["-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

    def usacct(self) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(7, 11)))

    def routing(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            for c9 in range(10):
                dd = d + [c9]
                if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                    return "".join(map(str, dd))

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        s = _iban_of(self.r, cc)
        if spaced is None:
            spaced = self.r.random() < .5
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def ip(self) -> str:
        return self.ip6() if self.r.random() < .2 else self.ip4()

    def pw(self) -> str:
        w = self.ch(["Sunflower", "tango", "Marmite", "harbour", "Kestrel", "pumpkin", "Zebra", "lighthouse", "Bishop", "rookie", "mango", "Falcon"])
        return self.ch([f"{w}{self.r.randint(10, 99)}!", f"{w}-{self.ch(['Lima', 'oak', 'Rain', 'moon'])}-{self.r.randint(1, 999)}",
                        f"{w[0].upper()}{w[1:]}@{self.r.randint(1990, 2026)}", f"{self.alnum(4)}#{w.lower()}{self.r.randint(0, 9)}",
                        self.alnum(self.r.randint(10, 14)) + self.ch("!$%&*")])

    def alnum(self, n: int, alpha: str = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def apikey(self) -> str:
        a = self.alnum
        return self.ch([f"sk_live_{a(24)}", f"ghp_{a(36)}", f"xoxb-{self.r.randint(10**10, 10**11)}-{self.r.randint(10**11, 10**12)}-{a(24)}",
                        f"SG.{a(22)}.{a(43)}", f"AIza{a(35)}", f"sk-proj-{a(40)}", f"glpat-{a(20)}", f"key-{self.hexs(32)}"])

    # -- look-alikes --
    def masked(self) -> str:
        l4 = f"{self.r.randint(0, 9999):04d}"
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending {l4}", f"4***********{l4}"])

    def last4(self) -> str:
        return f"{self.r.randint(0, 9999):04d}"

    def expiry(self) -> str:
        return f"{self.r.randint(1, 12):02d}/{self.r.randint(27, 31)}"

    def priv_ip(self) -> str:
        return self.ch([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                        f"192.168.{self.r.randint(0, 10)}.{self.r.randint(1, 254)}", f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                        "127.0.0.1"])

    def version(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}"

    def sha(self) -> str:
        return self.hexs(64)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.alnum(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def argon(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.alnum(22)}${self.alnum(43)}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def ref(self, pre: str, n: int = 6) -> str:
        return f"{pre}{self.r.randint(10 ** (n - 1), 10 ** n - 1)}"

    def booking(self) -> str:
        return self.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def imei(self) -> str:
        return _luhn(self.r, self.ch(["35", "86", "01"]), 15)

    def swift(self) -> str:
        return self.ch(["DEUTDEFF", "BOFIIE2D", "NWBKGB2L", "CAIXESBBXXX", "INGBNL2A", "CGDIPTPL", "BARCGB22", "AIBKIE2D", "COBADEFFXXX"])

    def gps(self) -> str:
        return f"{self.r.uniform(-40, 60):.5f}, {self.r.uniform(-120, 150):.5f}"

    def amount(self, cur: str = "$") -> str:
        return f"{cur}{self.r.randint(3, 900)}.{self.r.randint(0, 99):02d}"

    def plate(self, cc: str = "GB") -> str:
        a = lambda n: self.alnum(n, "ABCDEFGHJKLMNPRSTUVWXYZ")  # noqa: E731
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        return {"GB": f"{a(2)}{d(2)} {a(3)}", "US": f"{d(1)}{a(3)}{d(3)}", "ZA": f"{a(2)} {d(2)} {a(2)} GP", "AU": f"{d(1)}{a(2)}{d(1)}{a(2)}",
                "TR": f"34 {a(3)} {d(3)}"}.get(cc, f"{a(3)}-{d(3)}")

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def pet(self) -> str:
        return self.ch(["Biscuit", "Luna", "Max", "Pepper", "Bella", "Oscar", "Nala", "Rocky", "Mochi", "Tiger"])

    def pick_n(self, seq, k):
        return self.r.sample(list(seq), k)


def sha16(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]

# ---------------------------------------------------------------------------
# free-text templates: each is fn(g: G) -> Text; order fixed
# ---------------------------------------------------------------------------

TEMPLATES: list = []
TEMPLATE_LANG: list[str] = []


def T(lang: str):
    def deco(fn):
        TEMPLATES.append(fn)
        TEMPLATE_LANG.append(lang)
        return fn
    return deco


def _addr_block(b: B, L: list[str], nl: str = "\n") -> None:
    b.p(nl.join(L), "STREET_ADDRESS")


# ---------------- English (33) ----------------

@T("en-US")
def t_us_carwash_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    af, al = g.first("US"), g.last("US")
    L, _ = g.addr("US", lines=True)
    BL, _ = g.addr("US", lines=True)
    b.t("Hi ").p(f, "PERSON").t(",\n\nThanks for reaching out. I've paused membership ").t(g.ref("SW-", 7)).t(
        " (plate ").t(g.plate("US")).t(") from " + g.odate("US") + ". Your card on file (" + g.masked() + ", exp " + g.expiry() + ") won't be charged.\n\nBest,\n")
    b.p(af, "PERSON").t(" ").p(al, "PERSON").t("\nMember Care | SudsUp Express Car Wash\n").p(", ".join(BL), "STREET_ADDRESS").t(" | ").p(g.phone("US", "nat", "f"), "PHONE_NUMBER")
    b.t("\n\nOn " + g.odate("US") + ", ").p(f"{f} {l_}", "PERSON").t(" <").p(g.email("US", f, l_), "EMAIL_ADDRESS").t("> wrote:\n")
    b.t("> I'm moving and need to pause the Unlimited plan. New address:\n")
    for line in L:
        b.t("> ").p(line, "STREET_ADDRESS").t("\n")
    b.t("> Text me at ").p(g.phone("US", "dots" if g.r.random() < .5 else "nat", "m"), "PHONE_NUMBER").t(" if anything's needed.\n")
    return b.build()


@T("en-GB")
def t_gb_tenancy_application(g: G) -> Text:
    b = B()
    f, l_ = g.first("GB"), g.last("GB")
    gf, gl = g.first("GB"), g.last("GB")
    a, _ = g.addr("GB")
    ga, _ = g.addr("GB")
    b.t("Subject: Application – Room 4, " + g.ch(["Hyde Park Court", "Headingley Lodge", "The Mill Yard"]) + " (ref " + g.ref("LET", 5) + ")\n\n")
    b.t("Dear lettings team,\n\nPlease find my details for the 2027/28 tenancy.\nFull name: ").p(f"{f} {l_}", "PERSON")
    b.t("\nDate of birth: ").p(g.dob("GB"), "DATE_OF_BIRTH").t("\nHome address: ").p(a, "STREET_ADDRESS").t("\nMobile: ").p(g.phone("GB", "nat", "m"), "PHONE_NUMBER")
    b.t("\nGuarantor: ").t(g.ch(["my mum, ", "my dad, ", "my aunt, ", ""])).p(f"{gf} {gl}", "PERSON").t(", ").p(ga, "STREET_ADDRESS").t(" – ").p(g.email("GB", gf, gl), "EMAIL_ADDRESS")
    b.t("\nDeposit will come from ").p(g.iban("GB"), "IBAN_CODE").t(" (sort code on the form). Viewing was on " + g.odate("GB") + ".\n\nMany thanks,\n").p(f, "PERSON").t("\n")
    return b.build()


@T("en-US")
def t_us_homecare_intake(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    df = g.first("US")
    a, _ = g.addr("US")
    b.t("INTAKE NOTE – " + g.odate("US") + " – RN ").p(g.first("US") + " " + g.last("US")[0] + ".", "PERSON").t("\n")
    b.t("Client: ").p(f"{l_.upper()}, {f.upper()}", "PERSON").t("  DOB ").p(g.dob("US"), "DATE_OF_BIRTH").t("  SSN ").p(g.ssn(), "US_SSN").t("\n")
    b.t("Lives at ").p(a, "STREET_ADDRESS").t(", ground floor, key safe code " + f"{g.r.randint(1000, 9999)}" + ".\n")
    b.t("Daughter ").p(df, "PERSON").t(" is POA, cell ").p(g.phone("US", "nat", "m"), "PHONE_NUMBER").t(". Policy #" + g.ref("HMO", 8) + ", auth " + g.ref("PA-", 6) + ".\n")
    b.t("Visits M/W/F 9–11am, meds at 10. Dog (" + g.pet() + ") friendly. Gate GPS " + g.gps() + ".\n")
    return b.build()


@T("en-AU")
def t_au_whatsapp(g: G) -> Text:
    b = B()
    f1, f2 = g.first("AU"), g.first("AU")
    a, _ = g.addr("AU")
    d = g.odate("AU")
    b.t(f"[{d}, {g.hm()}] ").p(f1, "PERSON").t(": hey it's the wash bay, your ute is ready whenever\n")
    b.t(f"[{d}, {g.hm()}] ").p(f2, "PERSON").t(": legend, can you drop it to mine? ").p(a, "STREET_ADDRESS").t("\n")
    b.t(f"[{d}, {g.hm()}] ").p(f1, "PERSON").t(": no worries, $" + f"{g.r.randint(25, 90)}" + " delivery, pay by card ending " + g.last4() + "?\n")
    b.t(f"[{d}, {g.hm()}] ").p(f2, "PERSON").t(": yep. if no one answers ring ").p(g.phone("AU", "nat", "m"), "PHONE_NUMBER").t(" – " + g.pet() + " will bark but he's harmless\n")
    return b.build()


@T("en-CA")
def t_ca_teams_chess(g: G) -> Text:
    b = B()
    a1, a2 = (g.first("CA"), g.last("CA")), (g.first("CA"), g.last("CA"))
    pf, pl = g.first("CA"), g.last("CA")
    b.p(f"{a1[1]}, {a1[0]}", "PERSON").t(f"  {g.hm()}\nnew junior registration for the Kingston Open, board {g.r.randint(1, 40)}\n")
    b.p(f"{a2[1]}, {a2[0]}", "PERSON").t(f"  {g.hm()}\ndetails?\n")
    b.p(f"{a1[1]}, {a1[0]}", "PERSON").t(f"  {g.hm()}\n").p(f"{pf} {pl}", "PERSON").t(", born ").p(g.dob("CA", g.kid()), "DATE_OF_BIRTH").t(f", CFC id {g.r.randint(100000, 199999)}, rating {g.r.randint(900, 2100)}. ")
    b.t("Parent phone ").p(g.phone("CA", "nat"), "PHONE_NUMBER").t(", email ").p(g.email("CA", g.first("CA"), pl), "EMAIL_ADDRESS").t(f"\nfee ${g.r.randint(20, 60)} paid, receipt {g.ref('RC', 6)}\n")
    return b.build()


@T("en-IN")
def t_in_sms(g: G) -> Text:
    b = B()
    f = g.first("IN")
    b.t(f"{g.otp()} is your OTP for CleanRide car wash login. Do not share. -CLNRDE\n---\n")
    b.t("Dear ").p(f, "PERSON").t(f", Rs.{g.r.randint(199, 1499)} debited from card {g.masked()} for Monthly Shine plan. Txn {g.ref('TXN', 9)}.\n---\n")
    b.t("Hi sir, I am ").p(f, "PERSON").t(" only, pls call me on ").p(g.phone("IN", g.ch(["nat", "intl", "compact"]), "m"), "PHONE_NUMBER").t(" regarding refund, my email ").p(g.email("IN", f, g.last("IN")), "EMAIL_ADDRESS").t("\n")
    return b.build()


@T("en-IE")
def t_ie_lost_property(g: G) -> Text:
    b = B()
    f, l_ = g.first("IE"), g.last("IE")
    a, _ = g.addr("IE")
    b.t(f"Lost property claim {g.ref('LP-', 6)} | Heuston Station | logged {g.odate('IE')} {g.hm()}\n")
    b.t(f"Item: navy rucksack, Lenovo laptop (S/N {g.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}), tag '{g.pet()}' on keyring\n")
    b.t("Owner: ").p(f"{f} {l_}", "PERSON").t(", ").p(a, "STREET_ADDRESS").t("\nContact: ").p(g.phone("IE", "nat", "m"), "PHONE_NUMBER").t(" / ").p(g.email("IE", f, l_), "EMAIL_ADDRESS")
    b.t("\n-- internal --\n").p(g.first("IE"), "PERSON").t(f": matched to shelf B{g.r.randint(1, 20)}, handling fee €{g.r.randint(5, 15)}, ID check at collection\n")
    return b.build()


@T("en-NZ")
def t_nz_radio_callins(g: G) -> Text:
    b = B()
    b.t(f"Talkback log – Drive show {g.odate('NZ')} (studio 2, Hamilton)\n")
    for _ in range(g.r.randint(2, 4)):
        f = g.first("NZ")
        t = g.town("NZ")[0]
        b.t(f"{g.hm()} ").p(f, "PERSON").t(" from ").p(t, "LOCATION").t(" – ").t(g.ch(["road works on SH1", "wants the song before the news", "pledged $" + str(g.r.randint(10, 200)), "moving to Aussie next month"]))
        b.t(", ph ").p(g.phone("NZ", g.ch(["nat", "compact"]), "m"), "PHONE_NUMBER").t("\n")
    b.t("Prize winner: ").p(g.first("NZ") + " " + g.last("NZ"), "PERSON").t(f" – voucher code {g.booking()}\n")
    return b.build()


@T("en-US")
def t_us_transcript(g: G) -> Text:
    b = B()
    f, l_ = g.first("US").lower(), g.last("US").lower()
    a, _ = g.addr("US")
    b.t("agent: thank you for calling golden years home care this is ").p(g.first("US").lower(), "PERSON").t(" how can i help\n")
    b.t("caller: hi yeah my name is ").p(f"{f} {l_}", "PERSON").t(" i'm calling about my mom's visits\n")
    b.t("agent: sure can i get her date of birth\ncaller: ").p(g.dob("US").lower(), "DATE_OF_BIRTH").t("\n")
    b.t("agent: and the last four of her social\ncaller: " + " ".join(g.last4()) + "\n")
    b.t("agent: ok and the address we have is ").p(a.lower(), "STREET_ADDRESS").t(" is that right\ncaller: yes and you can call me back at ").p(g.phone("US", "compact", "m"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("en-US")
def t_app_log(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    em = g.email("US", f, l_)
    ts = g.ts()
    b.t(f"{ts} INFO  auth-svc v{g.version()} login ok user=").p(em, "EMAIL_ADDRESS").t(" ip=").p(g.ip(), "IP_ADDRESS").t(f" sid={g.hexs(32)}\n")
    b.t(f"{ts} DEBUG auth-svc upstream={g.priv_ip()}:8443 req_id={g.uuid()}\n")
    b.t(f"{ts} WARN  auth-svc legacy form post body: username={ascii_(f)}{g.r.randint(1, 99)}&password=").p(g.pw(), "PASSWORD").t("&remember=1\n")
    b.t(f"{ts} INFO  billing charge ok amount={g.amount()} card={g.masked()} order={g.ref('ORD-', 7)}\n")
    return b.build()


@T("en-US")
def t_nginx_log(g: G) -> Text:
    b = B()
    for _ in range(g.r.randint(3, 5)):
        pub = g.r.random() < .6
        ip = g.ip4() if pub else g.priv_ip()
        if pub:
            b.p(ip, "IP_ADDRESS")
        else:
            b.t(ip)
        b.t(f' - - [{g.r.randint(1, 28):02d}/Nov/2026:{g.hm()}:{g.r.randint(0, 59):02d} +0000] "GET ')
        if g.r.random() < .35:
            f, l_ = g.first("US"), g.last("US")
            b.t("/api/v2/members?email=").p(g.email("US", f, l_), "EMAIL_ADDRESS")
        else:
            b.t(g.ch(["/static/app.js?v=" + g.version(), "/kiosk/status", f"/booking/{g.booking()}", "/healthz"]))
        b.t(f' HTTP/1.1" {g.ch([200, 200, 304, 404, 500])} {g.r.randint(120, 90000)} "-" "Mozilla/5.0"\n')
    return b.build()


@T("en-US")
def t_env_config(g: G) -> Text:
    b = B()
    b.t(f"# radio-donations service – deployed {g.ts()}\nAPP_VERSION={g.version()}\nDB_HOST={g.priv_ip()}\nDB_USER=donations_rw\nDB_PASSWORD=").p(g.pw(), "PASSWORD")
    b.t(f"\nSTRIPE_PUBLISHABLE_KEY=pk_live_{g.alnum(24)}\nSTRIPE_SECRET_KEY=").p(f"sk_live_{g.alnum(24)}", "API_KEY")
    b.t(f"\nTWILIO_ACCOUNT_SID=AC{g.hexs(32)}\nTWILIO_AUTH_TOKEN=").p(g.hexs(32), "API_KEY")
    b.t(f"\nSESSION_SECRET_HASH={g.sha()}\nADMIN_CONTACT=").p(g.ch(["ops", "it", "studio"]) + "@" + g.ch(["kfrm-radio.org", "wavefm.org"]), "EMAIL_ADDRESS").t("\n")
    return b.build()


@T("en-US")
def t_jsonl_form(g: G) -> Text:
    b = B()
    for _ in range(g.r.randint(2, 3)):
        f, l_ = g.first("US"), g.last("US")
        b.t('{"submitted":"' + g.ts() + '","first_name":"').p(f, "PERSON").t('","last_name":"').p(l_, "PERSON").t('","dob":"').p(g.dob("US"), "DATE_OF_BIRTH")
        b.t('","ssn":"').p(g.ssn("-"), "US_SSN").t('","phone":"').p(g.phone("US", "e164"), "PHONE_NUMBER").t('","email":"').p(g.email("US", f, l_), "EMAIL_ADDRESS")
        b.t('","form_id":"' + g.uuid() + '","consent":true}\n')
    return b.build()


@T("en-GB")
def t_gb_kv_donation(g: G) -> Text:
    b = B()
    f, l_ = g.first("GB"), g.last("GB")
    a, _ = g.addr("GB")
    b.t(f"donation_id={g.ref('DN', 7)} ts={g.ts()} amount=£{g.r.randint(5, 250)} gift_aid=yes\n")
    b.t("donor_name=").p(f"{f} {l_}", "PERSON").t(" donor_email=").p(g.email("GB", f, l_), "EMAIL_ADDRESS").t("\naddress=").p(a, "STREET_ADDRESS")
    b.t("\ncard_number=").p(g.card(""), "CREDIT_CARD").t(f" exp={g.expiry()} cvv={g.r.randint(100, 999)}\nshow=Breakfast with ").p(g.first("GB"), "PERSON").t("\n")
    return b.build()


@T("en-ZA")
def t_za_ocr_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("ZA"), g.last("ZA")
    L, _ = g.addr("ZA", lines=True)
    b.t("HOME-BASED CARE  -  CLIENT REGISTRATI0N F0RM\nSurname: ").p(l_.upper(), "PERSON").t("   First names: ").p(f, "PERSON")
    b.t("\nDate of Birth (DD/MM/YYYY): ").p(g.dob("ZA"), "DATE_OF_BIRTH").t("\nResidential Address: ").p("\n".join(L), "STREET_ADDRESS")
    b.t("\nCell: ").p(g.phone("ZA", "nat", "m"), "PHONE_NUMBER").t(f"   Medical aid no: {g.ref('MA', 9)}\nNext of kin: ").p(g.first("ZA") + " " + l_, "PERSON")
    b.t("  Tel: ").p(g.phone("ZA", "nat"), "PHONE_NUMBER").t(f"\nOffice use: branch Durban North, captured {g.odate('ZA')}\n")
    return b.build()


@T("en-GB")
def t_gb_sheet_rows(g: G) -> Text:
    b = B()
    b.t("Name\tEmail\tMobile\tRoom\tMove-in\tDeposit\n")
    for _ in range(g.r.randint(3, 5)):
        f, l_ = g.first("GB"), g.last("GB")
        b.p(f"{f} {l_}", "PERSON").t("\t").p(g.email("GB", f, l_), "EMAIL_ADDRESS").t("\t").p(g.phone("GB", g.ch(["nat", "compact"]), "m"), "PHONE_NUMBER")
        b.t(f"\t{g.r.randint(1, 8)}{g.ch('ABC')}\t{g.odate('GB')}\t£{g.r.randint(300, 900)}.00\n")
    return b.build()


@T("en-GB")
def t_notifications(g: G) -> Text:
    b = B()
    f, l_ = g.first("GB"), g.last("GB")
    b.t("New message from ").p(f"{f} {l_}", "PERSON").t("\n")
    b.t(f"Your left-luggage booking {g.booking()} at King's Cross is confirmed – collect by {g.hm()}\n")
    b.t(f"Payment of £{g.r.randint(8, 30)}.00 received (card {g.masked()})\n")
    b.t("").p(g.first("GB"), "PERSON").t(" mentioned you in #rota: can you cover Saturday?\n")
    return b.build()


@T("en-GB")
def t_nopii_kiosk(g: G) -> Text:
    b = B()
    b.t(f"Site kiosk maintenance – Leeds Kirkstall Road depot\nFirmware {g.version()} -> {g.version()} rolled out {g.ts()}\n")
    b.t(f"Kiosk K{g.r.randint(1, 9)} ip {g.priv_ip()} gateway {g.priv_ip()} checksum {g.sha()}\n")
    b.t(f"Chemical top-up: {g.r.randint(5, 40)} L, PO {g.ref('PO', 6)}, ticket {g.ref('INC', 7)}. Brushes from Henkel & Karcher.\n")
    return b.build()


@T("en-US")
def t_nopii_chess(g: G) -> Text:
    b = B()
    b.t(f"Round {g.r.randint(2, 7)} of the Autumn Swiss starts at {g.hm()} sharp. Boards 1–{g.r.randint(10, 30)} in the main hall, ")
    b.t(f"clocks set to 90+30. Pizza from Luigi's arrives at {g.hm()}. Entry fee ${g.r.randint(15, 40)}, pairings posted on the board; ")
    b.t(f"tiebreak Buchholz. Wi-Fi code {g.booking()}. Stockfish {g.r.randint(14, 17)} analysis room opens after round.\n")
    return b.build()


@T("en-US")
def t_us_ach_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    a, _ = g.addr("US")
    b.t("ACH AUTHORIZATION – Community Radio KXRW sustaining member\nAccount holder: ").p(f"{f} {l_}", "PERSON").t("\nAddress: ").p(a, "STREET_ADDRESS")
    b.t(f"\nBank: {g.ch(['Chase', 'Wells Fargo', 'US Bank', 'Ally'])}   Routing #: {g.routing()}   Account #: ").p(g.usacct(), "US_BANK_NUMBER")
    b.t(f"\nAmount: ${g.r.randint(5, 50)}.00 monthly starting {g.odate('US')}\nPhone: ").p(g.phone("US"), "PHONE_NUMBER").t(f"\nSigned {g.odate('US')}\n")
    return b.build()


@T("en-CA")
def t_ca_forwarded(g: G) -> Text:
    b = B()
    f, l_ = g.first("CA"), g.last("CA")
    a, _ = g.addr("CA")
    b.t("---------- Forwarded message ---------\nFrom: ").p(f"{f} {l_}", "PERSON").t(" <").p(g.email("CA", f, l_), "EMAIL_ADDRESS").t(">\n")
    b.t(f"Date: {g.odate('CA')}\nSubject: Re: visit schedule\nTo: ").p("scheduling@" + g.ch(["maplecare.ca", "northstarhomecare.ca"]), "EMAIL_ADDRESS").t("\n\n")
    b.t("Dad moved in with us, so visits should now go to ").p(a, "STREET_ADDRESS").t(". Best number is ").p(g.phone("CA"), "PHONE_NUMBER").t(".\nThanks, ").p(f, "PERSON").t("\n")
    return b.build()


@T("en-SG")
def t_sg_slack(g: G) -> Text:
    b = B()
    u1 = (g.first("SG"), g.last("SG"))
    u2 = g.first("SG")
    b.p(f"{u1[0]} {u1[1]}", "PERSON").t(f"  {g.hm()}\nok pushing kiosk-sync {g.version()} now, here's the key for staging: ").p(g.apikey(), "API_KEY").t("\n")
    b.p(u2, "PERSON").t(f"  {g.hm()}\nbro don't paste secrets in channel 😅 rotate pls. old hash {g.sha()[:40]}\n")
    b.p(f"{u1[0]} {u1[1]}", "PERSON").t(f"  {g.hm()}\nrotated. request id {g.uuid()}\n")
    return b.build()


@T("en-PH")
def t_ph_livechat(g: G) -> Text:
    b = B()
    f, l_ = g.first("PH"), g.last("PH")
    ag = g.first("PH")
    while ag == f:
        ag = g.first("PH")
    b.t("Chat started " + g.ts() + "\n").p(ag, "PERSON").t(" (Agent): Hi! How can I help you today?\n")
    b.p(f, "PERSON").t(f": hello my order {g.ref('ORD-', 8)} not yet delivered\n").p(ag, "PERSON").t(": Sorry about that. May I have your email?\n")
    b.p(f, "PERSON").t(": ").p(g.email("PH", f, l_), "EMAIL_ADDRESS").t(f" and card last 4 is {g.last4()}\n")
    b.p(ag, "PERSON").t(": Thank you ").p(f, "PERSON").t(f", tracking is {g.ref('PHL', 10)}. Courier will call ").p(g.phone("PH", "nat", "m"), "PHONE_NUMBER").t("?\n")
    return b.build()


@T("en-KE")
def t_ke_sms(g: G) -> Text:
    b = B()
    f, l_ = g.first("KE"), g.last("KE")
    b.t(f"{g.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')} Confirmed. Ksh{g.r.randint(100, 3000)}.00 sent to SPARKLE CARWASH WESTLANDS on {g.odate('KE')} at {g.hm()}.\n")
    b.t("Hi ").p(f, "PERSON").t(", your monthly wash pass is active till " + g.odate("KE") + ". Plate " + g.plate("KE") + ".\n")
    b.t("Msee this is ").p(f"{f} {l_}", "PERSON").t(", call me on ").p(g.phone("KE", g.ch(["nat", "intl"]), "m"), "PHONE_NUMBER").t(" the car is still dirty on the roof\n")
    return b.build()


@T("en-NG")
def t_ng_rota_email(g: G) -> Text:
    b = B()
    c1, c2 = g.first("NG"), g.first("NG")
    cl = (g.first("NG"), g.last("NG"))
    a, _ = g.addr("NG")
    b.t("Good morning ").p(c1, "PERSON").t(" and ").p(c2, "PERSON").t(",\n\nFrom Monday you will both cover Mrs ").p(cl[1], "PERSON").t(" at ").p(a, "STREET_ADDRESS")
    b.t(f". Shift 8am–2pm, visit code {g.r.randint(1000, 9999)}. Her son ").p(cl[0], "PERSON").t(" can be reached on ").p(g.phone("NG", "nat", "m"), "PHONE_NUMBER").t(".\n\nRegards,\n")
    of, ol = g.first("NG"), g.last("NG")
    b.p(f"{of} {ol}", "PERSON").t("\nCare Coordinator, Lagos Branch\n").p(g.phone("NG", "intl"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("en-US")
def t_us_crm_note(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    b.t("CRM > Contacts > ").p(f"{l_}, {f}", "PERSON").t(f" > Activity\n{g.odate('US')} call (outbound) – spoke w/ ").p(f"{f} {l_[0]}.", "PERSON")
    b.t(f" re: lapsed membership. Wants to rejoin at Plus tier ({g.amount()}/mo). Moved to ").p(g.town("US")[0], "LOCATION").t(" in the spring. ")
    b.t("New email ").p(g.email("US", f, l_), "EMAIL_ADDRESS").t(". Callback ").p(g.phone("US", "dots"), "PHONE_NUMBER").t(f" after 5. Case {g.ref('CS-', 6)}.\n")
    return b.build()


@T("en-GB")
def t_gb_ticket_reset(g: G) -> Text:
    b = B()
    f, l_ = g.first("GB"), g.last("GB")
    b.t(f"Ticket #{g.r.randint(100000, 999999)} – Portal login (presenter)\nRequester: ").p(f"{f} {l_}", "PERSON").t(" <").p(g.email("GB", f, l_, "cityradio.org.uk"), "EMAIL_ADDRESS").t(">\n")
    b.t("Status: solved\n\n[Internal note] reset done, temp password ").p(g.pw(), "PASSWORD").t(f" – must change at next login. Old hash {g.bcrypt()}\n")
    b.t("[Public reply] Hi ").p(f, "PERSON").t(", you're all set. Please sign in from the studio PC (" + g.priv_ip() + ").\n")
    return b.build()


@T("en-AU")
def t_au_lost_phone(g: G) -> Text:
    b = B()
    f, l_ = g.first("AU"), g.last("AU")
    a, _ = g.addr("AU")
    b.t(f"Found item {g.ref('FI', 6)} – Southern Cross Stn, platform {g.r.randint(1, 16)}, {g.odate('AU')}\n")
    b.t(f"Samsung phone, IMEI {g.imei()}, cracked case with photo of dog {g.pet()}.\nClaimed by ").p(f"{f} {l_}", "PERSON").t(" of ").p(a, "STREET_ADDRESS")
    b.t(", who is flying home to ").p(g.ch(["Perth", "Auckland", "Darwin", "Cairns"]), "LOCATION").t(" tonight. Verified via ").p(g.phone("AU", "intl"), "PHONE_NUMBER").t(".\n")
    return b.build()


@T("en-IN")
def t_in_guarantor(g: G) -> Text:
    b = B()
    f, l_ = g.first("IN"), g.last("IN")
    gf = g.first("IN")
    a, _ = g.addr("IN")
    b.t("Guarantor details for student ").p(f"{f} {l_}", "PERSON").t(" (DOB ").p(g.dob("IN"), "DATE_OF_BIRTH").t(")\n")
    b.t("Guarantor: ").p(f"{gf} {l_}", "PERSON").t(", father\nPermanent address: ").p(a, "STREET_ADDRESS").t("\nPh: ").p(g.phone("IN"), "PHONE_NUMBER")
    b.t("  Email: ").p(g.email("IN", gf, l_), "EMAIL_ADDRESS").t(f"\nAnnual income: ₹{g.r.randint(4, 40)},00,000. Docs uploaded {g.ts()}.\n")
    return b.build()


@T("en-US")
def t_us_receipt(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    L, _ = g.addr("US", lines=True)
    b.t("Thank you for supporting 89.3 KXRW!\n\n").p(f"{f} {l_}", "PERSON").t("\n").p("\n".join(L), "STREET_ADDRESS")
    b.t(f"\n\nGift: {g.amount()}   Card: {g.masked()}   Auth code: {g.alnum(6, '0123456789ABCDEF')}\nThank-you gift: Pledge drive mug ({g.ref('SKU', 5)})\n")
    b.t("Questions? ").p("members@kxrw.org", "EMAIL_ADDRESS").t(" or ").p(g.phone("US", "nat", "f"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("en-IE")
def t_ie_chess_renewal(g: G) -> Text:
    b = B()
    pf, pl = g.first("IE"), g.last("IE")
    kf = g.first("IE")
    b.t("Hi ").p(pf, "PERSON").t(",\n\nJunior membership for ").p(f"{kf} {pl}", "PERSON").t(" (born ").p(g.dob("IE", g.kid()), "DATE_OF_BIRTH").t(") is due.\n")
    b.t(f"Fee €{g.r.randint(30, 90)} by SEPA debit from ").p(g.iban("IE"), "IBAN_CODE").t(f" (BIC {g.swift()}) on {g.odate('IE')}.\nICU id {g.r.randint(10000, 19999)}, rating {g.r.randint(800, 1800)}.\n\n")
    b.t("Sláinte,\n").p(g.first("IE") + " " + g.last("IE"), "PERSON").t(", Treasurer\n").p(g.phone("IE", "nat", "m"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("en-ZA")
def t_za_carwash_sms(g: G) -> Text:
    b = B()
    f = g.first("ZA")
    b.t("Hi ").p(f, "PERSON").t(f", your Shine Club sub for {g.plate('ZA')} renews on {g.odate('ZA')} (R{g.r.randint(199, 599)}). Reply STOP to opt out.\n")
    b.t("---\nCan u change the number on my account to ").p(g.phone("ZA", g.ch(["nat", "intl"]), "m"), "PHONE_NUMBER").t(" thx ").p(f, "PERSON").t("\n")
    return b.build()


@T("en-US")
def t_us_luggage_claim(g: G) -> Text:
    b = B()
    f, l_ = g.first("US"), g.last("US")
    b.t(f"BAGGAGE ROOM – Union Station – claim {g.ref('BR', 7)}\nNAME: ").p(f"{l_.upper()} {f.upper()}", "PERSON").t(f"   ITEMS: 2   TAG: {g.ref('', 8)}\n")
    b.t(f"IN: {g.odate('US')} {g.hm()}   OUT: {g.odate('US')} {g.hm()}   FEE: {g.amount()}\nPHONE: ").p(g.phone("US", "nat"), "PHONE_NUMBER")
    b.t("   HOME: ").p(g.town("US")[0], "LOCATION").t("\nCARD: ").p(g.card(), "CREDIT_CARD").t(f"  EXP {g.expiry()}\n")
    return b.build()


# ---------------- other languages (27) ----------------

@T("ca")
def t_ca_pis_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("ES"), g.last("ES")
    a, _ = g.addr("ES")
    b.t("Bon dia,\n\nSóc ").p(f"{f} {l_}", "PERSON").t(f" i m'interessa l'habitació {g.r.randint(1, 9)} del pis d'estudiants del carrer Verdi.\n")
    b.t("Visc a ").p(g.ch(["Lleida", "Vic", "Girona", "Andorra la Vella"]), "LOCATION").t(" però començo la carrera a setembre. La meva adreça actual és ").p(a, "STREET_ADDRESS")
    b.t(".\nFiança: podeu fer el càrrec a ").p(g.iban("ES"), "IBAN_CODE").t(".\nMòbil: ").p(g.phone("ES", "nat", "m"), "PHONE_NUMBER").t("\n\nGràcies,\n").p(f, "PERSON").t("\n")
    return b.build()


@T("ca")
def t_ca_whatsapp(g: G) -> Text:
    b = B()
    f1, f2 = g.first("ES"), g.first("ES")
    d = g.odate("ES")
    b.t(f"{d} {g.hm()} - ").p(f1, "PERSON").t(": has vist la motxilla a consigna? el tiquet és " + g.ref("CN", 6) + "\n")
    b.t(f"{d} {g.hm()} - ").p(f2, "PERSON").t(": sí, però demanen el DNI i trucar al ").p(g.phone("ES", "nat"), "PHONE_NUMBER").t("\n")
    b.t(f"{d} {g.hm()} - ").p(f1, "PERSON").t(": ok, la passo a buscar demà abans d'anar a ").p(g.ch(["Tarragona", "Perpinyà", "Sabadell"]), "LOCATION").t(" 👍\n")
    return b.build()


@T("is")
def t_is_radio(g: G) -> Text:
    b = B()
    b.t(f"Símtöl í þáttinn – {g.odate('IS')}\n")
    for _ in range(g.r.randint(2, 3)):
        f = g.first("IS")
        b.t(f"{g.hm()} ").p(f, "PERSON").t(" frá ").p(g.town("IS")[0], "LOCATION").t(", s. ").p(g.phone("IS", g.ch(["nat", "intl"]), "m"), "PHONE_NUMBER")
        b.t(" – " + g.ch(["vill heyra gamalt lag", "gaf 5.000 kr.", "spurði um veðrið", "vann miða á tónleika"]) + "\n")
    return b.build()


@T("is")
def t_is_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("IS"), g.last("IS")
    a, _ = g.addr("IS")
    b.t("Nafn: ").p(f"{f} {l_}", "PERSON").t("\nFæðingardagur: ").p(g.dob("IS"), "DATE_OF_BIRTH").t("\nHeimilisfang: ").p(a, "STREET_ADDRESS")
    b.t("\nNetfang: ").p(g.email("IS", f, l_), "EMAIL_ADDRESS").t("\nSími: ").p(g.phone("IS"), "PHONE_NUMBER").t(f"\nSkákstig: {g.r.randint(1200, 2300)}  Félagsnúmer: {g.ref('SK', 5)}\n")
    return b.build()


@T("af")
def t_af_care_note(g: G) -> Text:
    b = B()
    f, l_ = g.first("ZAF"), g.last("ZAF")
    cf = g.first("ZAF")
    a, _ = g.addr("ZAF")
    b.t(f"Besoeknota {g.odate('ZAF')} {g.hm()}\nVersorger: ").p(cf, "PERSON").t("\nKliënt: ").p(f, "PERSON")
    b.t(" ").p(l_, "PERSON").t(", ").p(a, "STREET_ADDRESS").t(f"\nBloeddruk {g.r.randint(110, 160)}/{g.r.randint(60, 95)}, medisyne gegee om 09:00. ")
    b.t("Dogter bel op ").p(g.phone("ZAF", "nat", "m"), "PHONE_NUMBER").t(". Volgende besoek Donderdag.\n")
    return b.build()


@T("af")
def t_af_sms(g: G) -> Text:
    b = B()
    f = g.first("ZAF")
    b.t("Hallo ").p(f, "PERSON").t(f", jou tas by die bagasiekamer (kaartjie {g.ref('BK', 6)}) is gereed. Betaal R{g.r.randint(30, 120)} by toonbank.\n---\n")
    b.t("Dankie! ").p(g.first("ZAF"), "PERSON").t(" kom dit haal, die nommer is ").p(g.phone("ZAF", "nat", "m"), "PHONE_NUMBER").t(". Gebore ").p(g.dob("ZAF"), "DATE_OF_BIRTH").t(" as julle ID wil toets\n")
    return b.build()


@T("tl")
def t_tl_livechat(g: G) -> Text:
    b = B()
    f, l_ = g.first("PH"), g.last("PH")
    b.p(f, "PERSON").t(": hi po, nawala ko yung bag ko sa left luggage sa terminal kahapon\n")
    b.t("Agent ").p(g.first("PH"), "PERSON").t(": Hello po! Ano po ang claim number at contact number ninyo?\n")
    b.p(f, "PERSON").t(f": {g.ref('LL', 7)} po, tapos ").p(g.phone("PH", g.ch(["nat", "compact", "intl"]), "m"), "PHONE_NUMBER").t(". email ko ").p(g.email("PH", f, l_), "EMAIL_ADDRESS").t("\n")
    b.t("Agent: Salamat po, ").p(f, "PERSON").t(". Uuwi po ba kayo ng ").p(g.ch(["Iloilo", "Batangas", "Davao", "Bacolod"]), "LOCATION").t("?\n")
    return b.build()


@T("tl")
def t_tl_sms(g: G) -> Text:
    b = B()
    f = g.first("PH")
    a, _ = g.addr("PH")
    b.t("Magandang araw ").p(f, "PERSON").t("! Ang carer mo bukas ay si ").p(g.first("PH"), "PERSON").t(f", 8AM. Ref {g.ref('HC', 6)}.\n---\n")
    b.t("Paki-update po address namin: ").p(a, "STREET_ADDRESS").t(". Salamat! Kung may tanong tawag sa ").p(g.phone("PH", "nat"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("et")
def t_et_luggage(g: G) -> Text:
    b = B()
    f, l_ = g.first("EE"), g.last("EE")
    b.t(f"Pagasihoiu – Balti jaam – kviitung {g.ref('PH', 6)}\nKuupäev: {g.odate('EE')} {g.hm()}\nKlient: ").p(f"{f} {l_}", "PERSON")
    b.t("\nTelefon: ").p(g.phone("EE", g.ch(["nat", "intl"])), "PHONE_NUMBER").t(f"\nEsemed: 1 kohver, 1 kott\nTasu: {g.r.randint(3, 15)},00 €\nMärkus: klient sõidab edasi ").p(g.ch(["Tartusse", "Riiga", "Helsingisse"]), "LOCATION").t("\n")
    return b.build()


@T("et")
def t_et_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("EE"), g.last("EE")
    a, _ = g.addr("EE")
    b.t("Tere!\n\nSoovin registreerida malevõistlusele. Nimi: ").p(f"{f} {l_}", "PERSON").t(", sünniaeg ").p(g.dob("EE"), "DATE_OF_BIRTH")
    b.t(f", reiting {g.r.randint(1100, 2200)}.\nAadress: ").p(a, "STREET_ADDRESS").t("\n\nParimate soovidega\n").p(f, "PERSON").t("\n").p(g.email("EE", f, l_), "EMAIL_ADDRESS").t("\n")
    return b.build()


@T("tr")
def t_tr_carwash_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("TR"), g.last("TR")
    a, _ = g.addr("TR")
    b.t(f"ÜYELİK FORMU – Köpük Oto Yıkama\nPlaka: {g.plate('TR')}\nAd Soyad: ").p(f"{f} {l_}", "PERSON").t("\nDoğum Tarihi: ").p(g.dob("TR"), "DATE_OF_BIRTH")
    b.t("\nCep Tel: ").p(g.phone("TR", "nat", "m"), "PHONE_NUMBER").t("\nAdres: ").p(a, "STREET_ADDRESS").t("\nKart No: ").p(g.card(" "), "CREDIT_CARD").t(f"  SKT: {g.expiry()}\nPaket: Altın ({g.r.randint(300, 900)} TL/ay)\n")
    return b.build()


@T("tr")
def t_tr_chat(g: G) -> Text:
    b = B()
    f1, f2 = g.first("TR"), g.first("TR")
    tw = g.ch([("İzmir", "e"), ("Ankara", "ya"), ("Bursa", "ya"), ("Eskişehir", "e")])
    b.t(f"[{g.hm()}] ").p(f1, "PERSON").t(": Abi radyoya bağış yaptım ama makbuz gelmedi\n")
    b.t(f"[{g.hm()}] ").p(f2, "PERSON").t(": Hangi maile gönderelim?\n")
    b.t(f"[{g.hm()}] ").p(f1, "PERSON").t(": ").p(g.email("TR", f1, g.last("TR")), "EMAIL_ADDRESS").t(f" – işlem no {g.ref('TR', 8)}, {g.r.randint(50, 500)} TL\n")
    b.t(f"[{g.hm()}] ").p(f2, "PERSON").t(": Tamam, ").p(tw[0], "LOCATION").t(f"'{tw[1]} mi taşındın bu arada?\n")
    return b.build()


@T("ro")
def t_ro_chess_reg(g: G) -> Text:
    b = B()
    f, l_ = g.first("RO"), g.last("RO")
    a, _ = g.addr("RO")
    b.t("Înscriere turneu de șah rapid\nNume: ").p(l_, "PERSON").t("\nPrenume: ").p(f, "PERSON").t("\nData nașterii: ").p(g.dob("RO"), "DATE_OF_BIRTH")
    b.t(f"\nID FIDE: {g.r.randint(1200000, 1299999)}  Elo: {g.r.randint(1300, 2300)}\nAdresa: ").p(a, "STREET_ADDRESS").t("\nTelefon: ").p(g.phone("RO", "nat", "m"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("ro")
def t_ro_call_note(g: G) -> Text:
    b = B()
    f, l_ = g.first("RO"), g.last("RO")
    b.t(f"Notă apel {g.odate('RO')}: a sunat dna ").p(l_, "PERSON").t(" (fiica ").p(f, "PERSON").t(" locuiește în ").p(g.town("RO")[0], "LOCATION")
    b.t("). Vrea vizite zilnice pentru mama ei. Tel. ").p(g.phone("RO"), "PHONE_NUMBER").t(", e-mail ").p(g.email("RO", f, l_), "EMAIL_ADDRESS").t(f". Cod dosar {g.ref('ID', 6)}.\n")
    return b.build()


@T("sl")
def t_sl_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("SI"), g.last("SI")
    a, _ = g.addr("SI")
    b.t("Pozdravljeni,\n\nnajemnik ").p(f"{f} {l_}", "PERSON").t(" (roj. ").p(g.dob("SI"), "DATE_OF_BIRTH").t(") se je preselil na naslov ").p(a, "STREET_ADDRESS")
    b.t(f". Varščino {g.r.randint(300, 900)} € vrnemo do {g.odate('SI')}.\n\nLep pozdrav,\n").p(g.first("SI"), "PERSON").t("\nŠtudentski dom Rožna\n").p(g.phone("SI", "intl", "f"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("sl")
def t_sl_kv(g: G) -> Text:
    b = B()
    f, l_ = g.first("SI"), g.last("SI")
    b.t("ime=").p(f, "PERSON").t(";priimek=").p(l_, "PERSON").t(";kraj=").p(g.town("SI")[0], "LOCATION").t(";tel=").p(g.phone("SI", "compact"), "PHONE_NUMBER")
    b.t(";email=").p(g.email("SI", f, l_), "EMAIL_ADDRESS").t(f";znesek={g.r.randint(5, 100)},00;oddaja=Jutranjik;ip=").p(g.ip4(), "IP_ADDRESS").t(f";ua=Firefox/{g.version()}\n")
    return b.build()


@T("vi")
def t_vi_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("VN"), g.last("VN")
    L, _ = g.addr("VN", lines=True)
    b.t("PHIẾU ĐĂNG KÝ THUÊ PHÒNG\nHọ và tên: ").p(f"{l_} {f}", "PERSON").t("\nNgày sinh: ").p(g.dob("VN"), "DATE_OF_BIRTH").t("\nĐịa chỉ thường trú: ").p(", ".join(L), "STREET_ADDRESS")
    b.t("\nSố điện thoại: ").p(g.phone("VN", "nat", "m"), "PHONE_NUMBER").t("\nEmail: ").p(g.email("VN", f, l_), "EMAIL_ADDRESS").t(f"\nTiền cọc: {g.r.randint(2, 9)}.000.000 đ – Mã HĐ {g.ref('HD', 6)}\n")
    return b.build()


@T("vi")
def t_vi_sms(g: G) -> Text:
    b = B()
    f = g.first("VN")
    b.t(f"[Rửa Xe Sạch] Mã OTP của bạn là {g.otp()}. Không chia sẻ mã này.\n---\n")
    b.t("Chào ").p(f, "PERSON").t(f", gói thành viên của bạn hết hạn {g.odate('VN')}. Gia hạn: {g.r.randint(100, 500)}.000đ. Hotline ").p(g.phone("VN", "nat", "f"), "PHONE_NUMBER").t("\n")
    b.t("---\nEm ").p(f, "PERSON").t(" đang ở ").p(g.ch(["Đà Nẵng", "Huế", "Hải Phòng"]), "LOCATION").t(", tháng sau về sẽ gia hạn ạ\n")
    return b.build()


@T("lt")
def t_lt_ticket(g: G) -> Text:
    b = B()
    f, l_ = g.first("LT"), g.last("LT")
    b.t(f"Užklausa #{g.r.randint(10000, 99999)} – Rasti daiktai, Vilniaus geležinkelio stotis\nVardas, pavardė: ").p(f"{f} {l_}", "PERSON")
    b.t("\nTel.: ").p(g.phone("LT", g.ch(["intl", "e164"])), "PHONE_NUMBER").t("\nEl. paštas: ").p(g.email("LT", f, l_), "EMAIL_ADDRESS")
    b.t(f"\nDaiktas: juodas skėtis ir piniginė, rasta {g.odate('LT')}\n[vidinė pastaba] saugoma lentynoje C{g.r.randint(1, 9)}, IMEI netaikoma\n")
    return b.build()


@T("lt")
def t_lt_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("LT"), g.last("LT")
    a, _ = g.addr("LT")
    b.t("Laba diena,\n\nesu ").p(f"{f} {l_}", "PERSON").t(", gimimo data ").p(g.dob("LT"), "DATE_OF_BIRTH").t(". Norėčiau užsiregistruoti namų slaugos paslaugai mamai.\nAdresas: ").p(a, "STREET_ADDRESS")
    b.t("\nTelefonas: ").p(g.phone("LT", "nat", "m"), "PHONE_NUMBER").t("\n\nPagarbiai,\n").p(f, "PERSON").t("\n")
    return b.build()


@T("sw")
def t_sw_sms(g: G) -> Text:
    b = B()
    f, l_ = g.first("KES"), g.last("KES")
    b.t("Habari ").p(f, "PERSON").t(f", asante kwa mchango wako wa Ksh {g.r.randint(100, 2000)} kwa Redio Jamii. Namba ya risiti {g.ref('RJ', 7)}.\n---\n")
    b.t("Asante! Mimi ni ").p(f"{f} {l_}", "PERSON").t(" kutoka ").p(g.town("KES")[0], "LOCATION").t(", nipigie ").p(g.phone("KES", g.ch(["nat", "intl"]), "m"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("sw")
def t_sw_call_note(g: G) -> Text:
    b = B()
    f, l_ = g.first("KES"), g.last("KES")
    a, _ = g.addr("KES")
    b.t(f"Maelezo ya simu {g.odate('KES')}: Bi. ").p(f"{f} {l_}", "PERSON").t(" anaomba muuguzi wa nyumbani kwa baba yake. Anwani: ").p(a, "STREET_ADDRESS")
    b.t(". Simu: ").p(g.phone("KES", "nat"), "PHONE_NUMBER").t(". Alizaliwa ").p(g.dob("KES"), "DATE_OF_BIRTH").t(f". Tawi: Mombasa. Kumbukumbu {g.ref('HC', 6)}.\n")
    return b.build()


@T("de")
def t_de_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("DE"), g.last("DE")
    a, _ = g.addr("DE")
    b.t("Sehr geehrte Damen und Herren,\n\nhiermit kündige ich meine Waschflatrate (Kundennr. " + g.ref("K", 7) + ") zum " + g.odate("DE") + ".\n")
    b.t("Bitte erstatten Sie den Restbetrag auf ").p(g.iban("DE"), "IBAN_CODE").t(".\n\nMit freundlichen Grüßen\n").p(f"{f} {l_}", "PERSON").t("\n").p(a, "STREET_ADDRESS")
    b.t("\nTel. ").p(g.phone("DE", "nat"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("de")
def t_de_ticket(g: G) -> Text:
    b = B()
    f, l_ = g.first("DE"), g.last("DE")
    b.t(f"Fundsache {g.ref('FS-', 6)} – Hbf Leipzig, Gleis {g.r.randint(1, 24)}\nGemeldet von: Frau ").p(l_, "PERSON").t(", E-Mail ").p(g.email("DE", f, l_), "EMAIL_ADDRESS")
    b.t(f"\nGegenstand: Geldbörse, Karte {g.masked()}, Bahncard\nInterne Notiz: Rückruf an ").p(g.phone("DE", "nat", "m"), "PHONE_NUMBER").t(", wohnt in ").p(g.town("DE")[0], "LOCATION").t(".\n")
    return b.build()


@T("nl")
def t_nl_email(g: G) -> Text:
    b = B()
    f, l_ = g.first("NL"), g.last("NL")
    a, _ = g.addr("NL")
    b.t("Beste ").p(f, "PERSON").t(",\n\nDe borg van €" + str(g.r.randint(400, 1200)) + " voor je kamer aan de ").p(a, "STREET_ADDRESS").t(" storten we terug op ").p(g.iban("NL"), "IBAN_CODE")
    b.t(".\nHuurcontract " + g.ref("HC-", 6) + " eindigt op " + g.odate("NL") + ".\n\nGroet,\n").p(g.first("NL"), "PERSON").t("\nKamerverhuur Studentenhuis\n").p(g.phone("NL", "nat", "f"), "PHONE_NUMBER").t("\n")
    return b.build()


@T("nl")
def t_nl_chat(g: G) -> Text:
    b = B()
    f1, f2 = g.first("NL"), g.first("NL")
    b.p(f1, "PERSON").t(f" ({g.hm()}): wie doet vanavond de uitzending? ").p(f2, "PERSON").t(" is naar ").p(g.ch(["Berlijn", "Gent", "Zwolle"]), "LOCATION").t("\n")
    b.p(f2, "PERSON").t(f" ({g.hm()}): ik kan niet, bel ").p(g.first("NL"), "PERSON").t(" even: ").p(g.phone("NL", "nat", "m"), "PHONE_NUMBER").t("\n")
    b.p(f1, "PERSON").t(f" ({g.hm()}): top, streamkey staat in de wiki, versie {g.version()}\n")
    return b.build()


@T("pt")
def t_pt_form(g: G) -> Text:
    b = B()
    f, l_ = g.first("PT"), g.last("PT")
    a, _ = g.addr("PT")
    b.t("Ficha de cliente – Apoio Domiciliário\nNome: ").p(f"{f} {l_}", "PERSON").t("\nData de nascimento: ").p(g.dob("PT"), "DATE_OF_BIRTH").t("\nMorada: ").p(a, "STREET_ADDRESS")
    b.t("\nTelemóvel: ").p(g.phone("PT", "nat", "m"), "PHONE_NUMBER").t("\nIBAN para débito: ").p(g.iban("PT"), "IBAN_CODE").t(f"\nProcesso n.º {g.ref('', 6)}  Cuidadora: ").p(g.first("PT"), "PERSON").t("\n")
    return b.build()


assert len(TEMPLATES) == len(TEMPLATE_LANG)


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"prairie-{seed}")
    out: list[Text] = []
    for i in range(n):
        g = G(random.Random(f"prairie-{seed}-{i}-{rng.getrandbits(64)}"))
        out.append(TEMPLATES[i % len(TEMPLATES)](g))
    return out


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------


class P:
    """One row's person, generated lazily so columns agree within a row."""

    def __init__(self, g: G, cc: str) -> None:
        self.g, self.cc = g, cc
        self._c: dict[str, str] = {}

    def _get(self, k: str, fn) -> str:
        if k not in self._c:
            self._c[k] = fn()
        return self._c[k]

    @property
    def first(self) -> str:
        return self._get("first", lambda: self.g.first(self.cc))

    @property
    def last(self) -> str:
        return self._get("last", lambda: self.g.last(self.cc))

    @property
    def email(self) -> str:
        return self._get("email", lambda: self.g.email(self.cc, self.first, self.last))

    @property
    def addr(self) -> str:
        return self._get("addr", lambda: self.g.addr(self.cc)[0])

    def phone(self, style: str | None = None) -> str:
        return self._get("phone", lambda: self.g.phone(self.cc, style))


# column spec: (header, entity, generator(g, p) -> str, blank_rate, placeholder_rate)
def _col(h, e, fn, blank=0.0, ph=0.0):
    return (h, e, fn, blank, ph)


PLACEHOLDERS = ["N/A", "-", "unknown"]

Y = lambda g, p: g.ch(["true", "false", "true"])  # noqa: E731
YN = lambda g, p: g.ch(["Y", "N", "Y"])  # noqa: E731
TSF = lambda g, p: g.ts()  # noqa: E731


def _tables() -> dict[str, tuple[str, list]]:
    t: dict[str, tuple[str, list]] = {}
    t["chess_player_registrations"] = ("GB", [
        _col("player_id", None, lambda g, p: g.ref("CP", 6)),
        _col("first_name", "PERSON", lambda g, p: p.first),
        _col("surname", "PERSON", lambda g, p: p.last),
        _col("dob", "DATE_OF_BIRTH", lambda g, p: g.dob("GB"), .1),
        _col("dob_verified", None, YN),
        _col("email", "EMAIL_ADDRESS", lambda g, p: p.email, .05),
        _col("email_verified", None, Y),
        _col("tel", "PHONE_NUMBER", lambda g, p: p.phone("nat"), .2, .03),
        _col("phone_type", None, lambda g, p: g.ch(["mobile", "landline", "work"])),
        _col("home_town", "LOCATION", lambda g, p: g.town("GB")[0], .3),
        _col("club", None, lambda g, p: g.ch(["Bishop Auckland CC", "Morphy's Knights", "Leeds Chess Club", "St Albans CC"])),
        _col("ecf_rating", None, lambda g, p: str(g.r.randint(900, 2400))),
        _col("fide_id", None, lambda g, p: str(g.r.randint(400000, 499999)), .4),
        _col("entry_fee", None, lambda g, p: f"£{g.r.randint(10, 45)}.00"),
        _col("registered_at", None, TSF),
        _col("section", None, lambda g, p: g.ch(["Open", "Major", "Minor", "U12"])),
        _col("pwd", "PASSWORD", lambda g, p: g.pw(), .15),
        _col("password_changed_at", None, TSF, .3),
    ])
    t["chess_pairings"] = ("RO", [
        _col("Runda", None, lambda g, p: str(g.r.randint(1, 9))),
        _col("Masa", None, lambda g, p: str(g.r.randint(1, 60))),
        _col("Alb", "PERSON", lambda g, p: f"{p.last}, {p.first}"),
        _col("EloAlb", None, lambda g, p: str(g.r.randint(1200, 2500))),
        _col("Negru", "PERSON", lambda g, p: f"{g.last('RO')} {g.first('RO')}"),
        _col("EloNegru", None, lambda g, p: str(g.r.randint(1200, 2500))),
        _col("Rezultat", None, lambda g, p: g.ch(["1-0", "0-1", "½-½"])),
        _col("Oras", "LOCATION", lambda g, p: g.town("RO")[0], .35),
        _col("Club", None, lambda g, p: g.ch(["CS Universitatea Cluj", "Clubul Sportiv Capablanca", "CSM Iași"])),
        _col("Arbitru", None, lambda g, p: g.ch(["AI", "FA", "NA"])),
        _col("Ora", None, lambda g, p: g.hm()),
        _col("PGN_hash", None, lambda g, p: g.sha()),
        _col("DataNasterii", "DATE_OF_BIRTH", lambda g, p: g.dob("RO"), .2),
        _col("telefon", "PHONE_NUMBER", lambda g, p: p.phone("nat"), .3),
        _col("Sala", None, lambda g, p: g.ch(["Sala A", "Sala B", "Foaier"])),
        _col("Versiune_soft", None, lambda g, p: "Swiss-Manager " + g.version()),
    ])
    t["care_clients"] = ("DE", [
        _col("KundenNr", None, lambda g, p: g.ref("K", 6)),
        _col("Vorname", "PERSON", lambda g, p: p.first),
        _col("Nachname", "PERSON", lambda g, p: p.last),
        _col("Geburtsdatum", "DATE_OF_BIRTH", lambda g, p: g.dob("DE")),
        _col("Anschrift", "STREET_ADDRESS", lambda g, p: p.addr, .05),
        _col("Adresstyp", None, lambda g, p: g.ch(["Hauptwohnsitz", "Pflegeheim", "Angehörige"])),
        _col("Telefon", "PHONE_NUMBER", lambda g, p: p.phone(), .1),
        _col("Telefon_Typ", None, lambda g, p: g.ch(["Festnetz", "Mobil"])),
        _col("IBAN", "IBAN_CODE", lambda g, p: g.iban("DE"), .25),
        _col("BIC", None, lambda g, p: g.swift(), .25),
        _col("Pflegegrad", None, lambda g, p: str(g.r.randint(1, 5))),
        _col("Versichertennr_maskiert", None, lambda g, p: "A" + "*" * 6 + g.last4()),
        _col("Filiale", None, lambda g, p: g.ch(["Leipzig-Süd", "Kassel Mitte", "Bamberg"])),
        _col("Haustier", None, lambda g, p: g.pet(), .6),
        _col("Türcode", None, lambda g, p: str(g.r.randint(1000, 9999)), .4),
        _col("angelegt_am", None, lambda g, p: g.odate("DE")),
        _col("Bezugsperson", "PERSON", lambda g, p: f"{g.first('DE')} {p.last}", .3, .03),
    ])
    t["care_visit_log"] = ("US", [
        _col("visitId", None, lambda g, p: g.uuid()),
        _col("carerFirstName", "PERSON", lambda g, p: g.first("US")),
        _col("clientSurname", "PERSON", lambda g, p: p.last),
        _col("checkIn", None, TSF),
        _col("checkOut", None, TSF),
        _col("gpsCheckIn", None, lambda g, p: g.gps()),
        _col("deviceIp", None, lambda g, p: g.priv_ip()),
        _col("appVersion", None, lambda g, p: g.version()),
        _col("clientAddress", "STREET_ADDRESS", lambda g, p: p.addr),
        _col("mileage", None, lambda g, p: f"{g.r.uniform(0.5, 40):.1f}"),
        _col("taskCodes", None, lambda g, p: ",".join(g.pick_n(["MED", "BATH", "MEAL", "WALK", "LAUNDRY"], 2))),
        _col("clientPhone", "PHONE_NUMBER", lambda g, p: p.phone("nat"), .2),
        _col("clientSsn", "US_SSN", lambda g, p: g.ssn(), .4),
        _col("payRate", None, lambda g, p: f"${g.r.randint(15, 32)}.{g.r.randint(0, 99):02d}"),
        _col("nameOfService", None, lambda g, p: g.ch(["Companion Care", "Skilled Nursing", "Respite"])),
        _col("supervisorNote", None, lambda g, p: g.ch(["ok", "late 10 min", "client asleep", ""]), .5),
        _col("col_17", "DATE_OF_BIRTH", lambda g, p: g.dob("US"), .1),
    ])
    t["student_tenants"] = ("NL", [
        _col("huurder_id", None, lambda g, p: g.ref("H", 5)),
        _col("voornaam", "PERSON", lambda g, p: p.first),
        _col("achternaam", "PERSON", lambda g, p: p.last),
        _col("geboortedatum", "DATE_OF_BIRTH", lambda g, p: g.dob("NL"), .05),
        _col("woonplaats_ouders", "LOCATION", lambda g, p: g.town("NL")[0], .3),
        _col("kameradres", None, lambda g, p: g.ch(["Kamer 1", "Kamer 2", "Zolder", "Kamer 3B"])),
        _col("e-mail", "EMAIL_ADDRESS", lambda g, p: p.email),
        _col("mobiel", "PHONE_NUMBER", lambda g, p: p.phone("nat")),
        _col("iban", "IBAN_CODE", lambda g, p: g.iban("NL"), .1),
        _col("borg_bedrag", None, lambda g, p: f"€ {g.r.randint(300, 900)},00"),
        _col("borg_betaald", None, YN),
        _col("contractnummer", None, lambda g, p: g.ref("HC-", 6)),
        _col("ingangsdatum", None, lambda g, p: g.odate("NL")),
        _col("studie", None, lambda g, p: g.ch(["Rechten", "Geneeskunde", "Informatica", "Psychologie"])),
        _col("huisdier", None, lambda g, p: g.pet(), .6),
        _col("kantoor", None, lambda g, p: g.ch(["Utrecht", "Groningen", "Leiden"])),
        _col("wachtwoord_hash", None, lambda g, p: g.bcrypt()),
        _col("laatst_ingelogd", None, TSF, .2),
    ])
    t["student_guarantors"] = ("GB", [
        _col("GuarantorRef", None, lambda g, p: g.ref("GR", 6)),
        _col("TenantRef", None, lambda g, p: g.ref("LET", 5)),
        _col("GuarantorName", "PERSON", lambda g, p: f"{p.first} {p.last}"),
        _col("Relationship", None, lambda g, p: g.ch(["Mother", "Father", "Aunt", "Grandparent", "Employer"])),
        _col("Addr1", "STREET_ADDRESS", lambda g, p: p.addr),
        _col("AddressType", None, lambda g, p: g.ch(["Home", "Correspondence"])),
        _col("PostTown", "LOCATION", lambda g, p: g.town("GB")[0], .2),
        _col("HomeTel", "PHONE_NUMBER", lambda g, p: g.phone("GB", "nat", "f"), .45, .05),
        _col("EmailAddress", "EMAIL_ADDRESS", lambda g, p: p.email),
        _col("EmailOptIn", None, Y),
        _col("DOB", "DATE_OF_BIRTH", lambda g, p: g.dob("GB")),
        _col("AnnualIncome", None, lambda g, p: f"£{g.r.randint(18, 95)},{g.r.randint(0, 999):03d}"),
        _col("CreditCheckId", None, lambda g, p: g.uuid()),
        _col("CreditScore", None, lambda g, p: str(g.r.randint(300, 999))),
        _col("Employer", None, lambda g, p: g.ch(["Marks & Spencer", "John Lewis", "Sainsbury's", "NHS Trust"])),
        _col("SignedOn", None, lambda g, p: g.odate("GB")),
        _col("DocHash", None, lambda g, p: g.sha()),
    ])
    t["carwash_memberships"] = ("TR", [
        _col("uye_no", None, lambda g, p: g.ref("U", 7)),
        _col("ad", "PERSON", lambda g, p: p.first),
        _col("soyad", "PERSON", lambda g, p: p.last),
        _col("plaka", None, lambda g, p: g.plate("TR")),
        _col("paket", None, lambda g, p: g.ch(["Bronz", "Gümüş", "Altın"])),
        _col("aylik_ucret", None, lambda g, p: f"{g.r.randint(300, 900)} TL"),
        _col("kart_son4", None, lambda g, p: g.last4()),
        _col("kart_no", "CREDIT_CARD", lambda g, p: g.card(""), .3),
        _col("skt", None, lambda g, p: g.expiry()),
        _col("cep_tel", "PHONE_NUMBER", lambda g, p: p.phone("nat")),
        _col("tel_dogrulandi", None, Y),
        _col("sehir", "LOCATION", lambda g, p: g.town("TR")[2], .2),
        _col("sube", None, lambda g, p: g.ch(["Kadıköy Şube", "Çankaya Şube", "Bornova Şube"])),
        _col("baslangic", None, lambda g, p: g.odate("TR")),
        _col("arac_markasi", None, lambda g, p: g.ch(["Ford", "Renault", "Fiat", "Mercedes-Benz", "Tesla"])),
        _col("dogum_tarihi", "DATE_OF_BIRTH", lambda g, p: g.dob("TR"), .5),
        _col("sifre", "PASSWORD", lambda g, p: g.pw(), .2),
    ])
    t["carwash_kiosk_events"] = ("AU", [
        _col("EVENT_ID", None, lambda g, p: g.uuid()),
        _col("SITE", None, lambda g, p: g.ch(["Fremantle", "Geelong", "Toowong", "Hobart"])),
        _col("KIOSK_ID", None, lambda g, p: f"K{g.r.randint(1, 9)}"),
        _col("EVENT_TS", None, TSF),
        _col("PLATE", None, lambda g, p: g.plate("AU")),
        _col("PROGRAM", None, lambda g, p: g.ch(["Express", "Deluxe", "Ultimate"])),
        _col("AMOUNT", None, lambda g, p: g.amount()),
        _col("CARD_MASKED", None, lambda g, p: g.masked()),
        _col("CARD_PAN", "CREDIT_CARD", lambda g, p: g.card(), .6),
        _col("CUSTOMER_EMAIL", "EMAIL_ADDRESS", lambda g, p: p.email, .5),
        _col("CLIENT_IP", "IP_ADDRESS", lambda g, p: g.ip()),
        _col("KIOSK_LAN_IP", None, lambda g, p: g.priv_ip()),
        _col("FW_VERSION", None, lambda g, p: g.version()),
        _col("API_KEY", "API_KEY", lambda g, p: g.apikey(), .1),
        _col("PUBLISHABLE_KEY", None, lambda g, p: f"pk_live_{g.alnum(24)}"),
        _col("RECEIPT_NO", None, lambda g, p: g.ref("R", 8)),
        _col("ERROR_CODE", None, lambda g, p: g.ch(["E00", "E13", "E42"]), .6),
    ])
    t["radio_presenters"] = ("IE", [
        _col("presenter.id", None, lambda g, p: g.ref("PR", 4)),
        _col("presenter.first", "PERSON", lambda g, p: p.first),
        _col("presenter.last", "PERSON", lambda g, p: p.last),
        _col("show.name", None, lambda g, p: g.ch(["The Late Lounge", "Céilí Hour", "Kenny's Country Corner", "Morning Mix"])),
        _col("show.slot", None, lambda g, p: g.ch(["Mon 07:00", "Sat 22:00", "Wed 19:30"])),
        _col("contact.email", "EMAIL_ADDRESS", lambda g, p: p.email),
        _col("contact.mobile", "PHONE_NUMBER", lambda g, p: p.phone()),
        _col("contact.phone_type", None, lambda g, p: g.ch(["mobile", "home"])),
        _col("home.addr", "STREET_ADDRESS", lambda g, p: p.addr, .2),
        _col("home.town", "LOCATION", lambda g, p: g.town("IE")[0], .1),
        _col("portal.pwd", "PASSWORD", lambda g, p: g.pw(), .3, .03),
        _col("portal.pwd_hash", None, lambda g, p: g.argon()),
        _col("stream.key_id", None, lambda g, p: g.uuid()),
        _col("expenses.iban", "IBAN_CODE", lambda g, p: g.iban("IE"), .4),
        _col("garda_vetting_ref", None, lambda g, p: g.ref("GV", 7)),
        _col("joined", None, lambda g, p: g.odate("IE")),
        _col("studio", None, lambda g, p: g.ch(["Studio 1", "Studio 2", "OB van"])),
        _col("contact.email_bounced", None, Y),
        _col("name_of_sponsor", None, lambda g, p: g.ch(["Murphy's Pharmacy", "O'Brien Motors", "Supermac's", "Kelly & Sons Hardware"])),
        _col("attr2", "DATE_OF_BIRTH", lambda g, p: g.dob("IE"), .3),
    ])
    t["radio_donations"] = ("US", [
        _col("DonationID", None, lambda g, p: g.ref("DN", 7)),
        _col("Donor Name", "PERSON", lambda g, p: f"{p.first} {p.last}"),
        _col("Donor Email", "EMAIL_ADDRESS", lambda g, p: p.email, .1),
        _col("Email Opt Out", None, YN),
        _col("Street Address", "STREET_ADDRESS", lambda g, p: p.addr, .15),
        _col("Amount", None, lambda g, p: g.amount()),
        _col("Frequency", None, lambda g, p: g.ch(["one-time", "monthly", "annual"])),
        _col("Payment Method", None, lambda g, p: g.ch(["card", "ACH", "check"])),
        _col("Routing Number", None, lambda g, p: g.routing(), .5),
        _col("Account Number", "US_BANK_NUMBER", lambda g, p: g.usacct(), .5),
        _col("Card Last4", None, lambda g, p: g.last4(), .4),
        _col("Check Number", None, lambda g, p: str(g.r.randint(1001, 9999)), .6),
        _col("Thank You Gift", None, lambda g, p: g.ch(["Tote bag", "Mug", "T-shirt", "none"])),
        _col("Pledge Drive", None, lambda g, p: g.ch(["Fall 2026", "Spring 2026"])),
        _col("Phone", "PHONE_NUMBER", lambda g, p: p.phone(), .3),
        _col("Donor IP", "IP_ADDRESS", lambda g, p: g.ip4(), .2),
        _col("Received", None, TSF),
        _col("field_3", "US_SSN", lambda g, p: g.ssn(), .6),
    ])
    t["left_luggage_deposits"] = ("ES", [
        _col("num_resguard", None, lambda g, p: g.ref("CN", 6)),
        _col("nom", "PERSON", lambda g, p: p.first),
        _col("cognoms", "PERSON", lambda g, p: p.last),
        _col("telèfon", "PHONE_NUMBER", lambda g, p: p.phone(), .1),
        _col("correu", "EMAIL_ADDRESS", lambda g, p: p.email, .3),
        _col("població", "LOCATION", lambda g, p: g.town("ES")[0], .4),
        _col("taquilla", None, lambda g, p: f"T-{g.r.randint(1, 300):03d}"),
        _col("codi_porta", None, lambda g, p: g.otp()),
        _col("mida", None, lambda g, p: g.ch(["S", "M", "L", "XL"])),
        _col("entrada", None, TSF),
        _col("sortida", None, TSF, .3),
        _col("import", None, lambda g, p: f"{g.r.randint(3, 25)},{g.r.randint(0, 99):02d} €"),
        _col("targeta_emmascarada", None, lambda g, p: g.masked()),
        _col("estacio", None, lambda g, p: g.ch(["Barcelona Sants", "Girona", "Lleida Pirineus"])),
        _col("idioma", None, lambda g, p: g.ch(["ca", "es", "en", "fr"])),
        _col("ip_client", "IP_ADDRESS", lambda g, p: g.ip(), .2),
    ])
    t["lost_property_items"] = ("EE", [
        _col("leiu_id", None, lambda g, p: g.ref("LP", 6)),
        _col("leitud", None, lambda g, p: g.odate("EE")),
        _col("ese", None, lambda g, p: g.ch(["vihmavari", "seljakott", "telefon", "rahakott", "sülearvuti"])),
        _col("imei", None, lambda g, p: g.imei(), .6),
        _col("asukoht", None, lambda g, p: g.ch(["Balti jaam, perroon 3", "Tartu jaam", "rong 024"])),
        _col("omaniku_eesnimi", "PERSON", lambda g, p: p.first, .4),
        _col("omaniku_perenimi", "PERSON", lambda g, p: p.last, .4),
        _col("telefon", "PHONE_NUMBER", lambda g, p: p.phone(), .45),
        _col("epost", "EMAIL_ADDRESS", lambda g, p: p.email, .5),
        _col("aadress", "STREET_ADDRESS", lambda g, p: p.addr, .55),
        _col("elukoht", "LOCATION", lambda g, p: g.town("EE")[0], .5),
        _col("staatus", None, lambda g, p: g.ch(["hoiul", "väljastatud", "utiliseeritud"])),
        _col("riiul", None, lambda g, p: f"{g.ch('ABC')}{g.r.randint(1, 20)}"),
        _col("kirjelduse_räsi", None, lambda g, p: g.sha()),
        _col("töötaja_kood", None, lambda g, p: g.ref("T", 4)),
        _col("tasu", None, lambda g, p: f"{g.r.randint(0, 10)},00 €"),
    ])
    return t


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tname, (cc, cols) in _tables().items():
        g = G(random.Random(f"prairie-{seed}-{tname}"))
        persons = [P(g, cc) for _ in range(rows)]
        columns: list[Column] = []
        for h, ent, fn, blank, ph in cols:
            vals: list[str | None] = []
            for i in range(rows):
                x = g.r.random()
                if x < blank:
                    vals.append(None)
                elif x < blank + ph:
                    vals.append(g.ch(PLACEHOLDERS))
                else:
                    vals.append(fn(g, persons[i]))
            columns.append(Column(h, ent, vals))
        out[tname] = columns
    return out


def _selfcheck() -> None:
    for t in free_text(2 * len(TEMPLATES), 3):
        last = -1
        for s, e, lab in sorted(t.spans):
            seg = t.text[s:e]
            assert s >= last and lab in LABELS and seg == seg.strip() and seg[-1] not in ",;:)\"'>", seg
            last = e
    tabs = structured(20, 1)
    assert len(tabs) == 12
    for cols in tabs.values():
        assert 15 <= len(cols) <= 22 and all(len(c.values) == 20 for c in cols)
        assert sum(c.entity is None for c in cols) * 2 > len(cols)


if __name__ == "__main__":
    _selfcheck()
