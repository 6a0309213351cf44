"""Accuracy split "steppe": labelled free text and look-alike-heavy tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "steppe", 2026-11-28 (fixed "today" used for every generated date).

Independence: written from the split-author brief only. What was read: that brief (which gave the
exact definitions imported from bench/accuracy_data.py - LABELS, Text, Column, _luhn, _iban_of,
_ip_public_v4, _ip_public_v6 - without that file being opened), an `ls` of the repository root and of
bench/, and the outputs of Faker (name providers, the list of installed locales) and phonenumbers
(example numbers, validity checks) run locally. Nothing under rules/, pii_audit/, tests/, docs/,
bench/results/, bench/out/, no README/SPEC, no other split and no accuracy_data.py / accuracy.py /
accuracy_notes.md was opened. The scanner was never read or run, nor was Presidio.

API
---
``free_text(n, seed) -> list[Text]``  text i renders ``TEMPLATES[i % len(TEMPLATES)]``; the benchmark
calls ``free_text(500, 7)``.  ``structured(rows, seed) -> dict[str, list[Column]]``; the benchmark calls
``structured(150, 11)``.  ``TEMPLATES`` is a list of 56 template functions (each has a ``.lang`` tag).
Deterministic: everything is drawn from ``random.Random("steppe-<seed>")`` /
``random.Random("steppe-structured-<seed>")``; each Faker instance is re-seeded from that rng at first
use in a call; no clock reads, no set iteration, no hash-order dependence.  Both calls together take about 3 s.

Domains
-------
Bicycle repair workshop and bike-fit studio; pawnbroker / second-hand gold and jewellery buyer (ID
checks, loan tickets, payouts); chimney sweep and stove installer; escape-room and party-venue
bookings; private home-tutoring agency (tutors, parents, pupils); dry-stone walling and landscaping
contractor. Plus generic company traffic (app/web logs, config, release notes, notifications).

Languages (templates out of 56)
-------------------------------
English 31 (55 %), country drawn per text from the template's list: US, GB, CA, AU, IN, IE, ZA, NZ, KE,
NG, SG.  Other languages 25 (45 %): Catalan 2, Icelandic 2, Afrikaans 2, Tagalog/Taglish 2, Malay 2,
Estonian 2, Lithuanian 2, Slovenian 2, Turkish 2, Romanian 2, Welsh 2, Vietnamese 2, Swahili 1.
Names, towns, streets, postcodes, phone formats and date formats follow each text's country
(hand-written pools for most non-English countries; Faker names for en_US/en_GB/en_IE/en_IN/en_NZ/
en_NG/en_KE/et_EE/sl_SI/tr_TR/ro_RO).

Shapes
------
Support e-mails with signatures (business address + landline in the signature), '>'-quoted replies,
forwarded mails with headers and CC, WhatsApp exports ([dd/mm/yyyy, hh:mm:ss] and dd/mm/yy - forms),
Slack and Teams exports, live-chat transcripts with visitor IP, SMS threads, voicemail transcription,
tickets with internal notes, CRM call notes, lower-case speech-to-text transcript, web-form dumps
(key: value), key=value logs, JSON lines, nginx access logs, .env config, OCR'd forms (1/l and O/0
noise in the field labels only), tab-separated spreadsheet rows, notification subject lines, ID-check
sheets, direct-deposit form, site-visit notes, reviews, and no-PII texts (release notes, opening hours).

Value rules
-----------
Phones: built from phonenumbers example numbers with random digits, accepted only if
``is_valid_number`` and of the wanted type; rendered national / international / E.164 / digits-only
(a leading "(area)" is unbracketed so spans never start with a bracket; Lithuanian national as
"8 6xx xxxxx"). Every rendered phone is re-parsed and asserted valid.  Cards: ``_luhn`` with Visa /
Mastercard / Amex / Discover prefixes, grouped with spaces, dashes or none.  SSNs: area 001-899 except
666, group 01-99, serial 0001-9999.  US accounts: 8-12 digits.  IBANs: ``_iban_of`` for ES/GB/IE, and a
local mod-97 builder with correct national length for EE, LT, IS, TR, RO; spaced in groups of 4 or
unspaced.  IPs: ``_ip_public_v4`` / ``_ip_public_v6``.  Passwords: word+symbol+number, random 10-16
chars, passphrases; never ending in punctuation.  API keys: sk_live_, ghp_, xoxb-, AIza, SG., sk-proj-
and bare 40-char base62 keys.  DOBs: 1948-2006 (children 2010-2019), numeric local format or spelled
out in the text's language (e.g. "10 de juny de 1992", "19. desember 1971", "ngày 13 tháng 2 năm
2012", "1969 m. lapkričio 15 d").

Label conventions as applied
----------------------------
Texts are built part by part (class ``_B``) so offsets are exact; every span is checked to be
non-empty, stripped, free of surrounding quotes/brackets/commas, not ending in '.' (except a PERSON
initial such as "Gemma Q."), and spans never overlap.  PERSON: full names, first-only, surname-only,
upper case ("CARTER, MIA"), "Last, First" (Teams), "M. Jones", lower-case in transcripts; chat speakers
are labelled; titles (Mr/Ms) stay outside.  Names inside shop, school, room, venue, street and brand
names (McAllister's Cycle Repairs, Harris Bike Fit, OŠ Ivana Cankarja, Houdini's Vault, Sala "Ion
Creangă", Str. Mihai Eminescu, Eddy Merckx frames, Kolesarnica Prešeren) are not labelled; pet names
are not persons.  STREET_ADDRESS: one span for a one-line or multi-line block (flat/apt/floor inside);
in '>'-quoted replies one span per quoted line; bare street lines labelled; signature addresses
labelled.  LOCATION: the town where a person lives / comes from / moves to / was born (inflected forms
such as Lithuanian "Kaune" included); branch, depot, studio, venue and store towns are not.
DATE_OF_BIRTH: birth dates only; visit, due, invoice and event dates are not.  EMAIL_ADDRESS: every
address including role addresses (support@, bookings@, hola@, info@ in signatures); bare website
URLs are not addresses.  PHONE_NUMBER: every valid number incl. business landlines.
IP_ADDRESS: public only.  PASSWORD / API_KEY: plaintext secrets only.

Look-alikes (never labelled)
----------------------------
Masked cards and last-4, expiry, CVV, private IPv4 (10/8, 172.16/12, 192.168/16), version strings,
bcrypt / argon2id / sha256 hex, UUIDs, short commit hashes, Stripe publishable keys, Twilio account
SIDs, session ids, order / ticket / booking / tracking / loan-ticket / quote / invoice numbers, OTPs,
gate and door codes, IMEIs (Luhn-valid 15 digits), ABA routing numbers, SWIFT/BIC, GPS coordinates,
amounts, timestamps and non-birth dates, driver-licence numbers, frame serials, company registration
numbers, M-Pesa paybill numbers, GCash refs, brand/product/company/school names containing person
names, pet names, branch/office towns.

Tables (12; 229 columns: 91 PII, 138 look-alike; blanks 0-60 % per column, a few N/A / - / unknown /
— placeholders)
---------------------------------------------------------------------------------------------------
=====================  ======  ===========  =========================================================
table                  locale  PII / l-a    header style / hard PII columns
=====================  ======  ===========  =========================================================
bike_workshop_jobs     en-GB   6 / 14       snake_case, abbreviations (tel, addr1); first-only and
                                            surname-only columns; email_verified, phone_type,
                                            card_last4, name_of_product, branch look-alikes
bikefit_clients_cat    ca-ES   8 / 10       Catalan spaced headers; opaque field_3 = IBAN
pawn_loan_tickets      en-US   7 / 14       PascalCase; "Last, First", SSN, US account (routing
                                            look-alike), DobVerified, CardLast4
kuyumcu_alis           tr-TR   8 / 11       Turkish snake_case (ad, soyad, dogum_tarihi, iban)
chimney_sweep_visits   en-IE   5 / 13       camelCase; technician first names; dogName, depot, GPS
ahjupaigaldused        et-EE   9 / 10       Estonian dotted headers (klient.eesnimi ...), portaal.parool
ESCAPE_ROOM_BOOKINGS   en-AU   7 / 13       UPPER_SNAKE; full card numbers, public IPv4/IPv6; names in
                                            room names, VENUE towns, PHONE_TYPE
rezervari_petreceri    ro-RO   8 / 11       Romanian; child's first name + child's DOB; private IPs
tutors                 en-IN   9 / 10       spaced Title Case; DOB, Password, Video API Key, opaque
                                            attr2 = emergency-contact name; Pwd Changed At look-alike
murid_tuisyen          ms-MY   7 / 10       Malay; "bin/binti", "a/l" names; school names with persons
hledsluverk            is-IS   8 / 10       Icelandic (nafn, fæðingardagur, sími, reikningur); opaque
                                            field_3 = first name
akmens_darbai          lt-LT   9 / 12       Lithuanian; opaque col_7 = IBAN; irrigation API key;
                                            kliento_ip public vs serverio_ip private
=====================  ======  ===========  =========================================================

Known limits
------------
Postcodes are pattern-plausible, not matched to the exact street; phone numbers come from the
example-number prefix families so area codes vary less than in real data; names within one text are
independent draws (family members may not share a surname); Faker's en_US names stand in for AU/CA;
Swahili has one template; English dominates PERSON spans (chat speakers repeat); the structured
tables use one locale each; countries without IBANs (ZA, MY, PH, VN, KE, US) carry no IBAN, and
Slovenian texts carry none either.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import re
import string
import unicodedata
import uuid

import phonenumbers
from faker import Faker

try:
    from accuracy_data import (
        LABELS,
        Column,
        Text,
        _iban_of,
        _ip_public_v4,
        _ip_public_v6,
        _luhn,
    )
except ImportError:
    from .accuracy_data import (
        LABELS,
        Column,
        Text,
        _iban_of,
        _ip_public_v4,
        _ip_public_v6,
        _luhn,
    )

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)

# ---------------------------------------------------------------------------
# text builder with exact offsets
# ---------------------------------------------------------------------------

_BAD_EDGE = set("\"'()[]{}<>,;:!?«»“”‘’")


class _B:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def add(self, s: str, label: str | None = None) -> _B:
        if label is not None:
            assert label in LABELS, label
            assert s and s == s.strip(), repr(s)
            assert s[0] not in _BAD_EDGE and s[-1] not in _BAD_EDGE, (s, label)
            assert s[-1] != "." or label == "PERSON", (s, label)
            self.spans.append((self.pos, self.pos + len(s), label))
        self.buf.append(s)
        self.pos += len(s)
        return self

    def f(self, tpl: str, **kw) -> _B:
        parts = re.split(r"\{(\w+)\}", tpl)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                if p:
                    self.add(p)
            else:
                v = kw[p]
                if isinstance(v, tuple):
                    self.add(v[0], v[1])
                else:
                    self.add(str(v))
        return self

    def addr(self, lines: list[str], sep: str = "\n", prefix: str = "") -> _B:
        """Address block: one span when not quoted; with prefix ('> ') one span per line."""
        if prefix:
            for i, ln in enumerate(lines):
                self.add(prefix)
                self.add(ln, "STREET_ADDRESS")
                if i < len(lines) - 1:
                    self.add("\n")
        else:
            self.add(sep.join(lines), "STREET_ADDRESS")
        return self

    def done(self) -> Text:
        text = "".join(self.buf)
        assert len(text) == self.pos
        last = 0
        for s, e, _lab in self.spans:
            assert s >= last and e > s, "overlap"
            last = e
        return Text(text=text, spans=list(self.spans))


def _lab(label):
    return lambda v: (v, label)


PER, EMA, PHO, CCN = _lab("PERSON"), _lab("EMAIL_ADDRESS"), _lab("PHONE_NUMBER"), _lab("CREDIT_CARD")
SSN, BNK, IBN, IPA = _lab("US_SSN"), _lab("US_BANK_NUMBER"), _lab("IBAN_CODE"), _lab("IP_ADDRESS")
ADR, LOC, DOB, PWD, KEY = (_lab("STREET_ADDRESS"), _lab("LOCATION"), _lab("DATE_OF_BIRTH"),
                           _lab("PASSWORD"), _lab("API_KEY"))

# ---------------------------------------------------------------------------
# country data (hand-written pools; real towns, plausible postcodes)
# ---------------------------------------------------------------------------


def _sp(s: str) -> list[str]:
    return [x.strip() for x in s.split("|")]


_NAMES = {
    "ZA": (_sp("Thabo|Sipho|Ryan|Kagiso|Bongani|Pieter|Dylan|Mandla"),
           _sp("Lerato|Naledi|Chantelle|Zanele|Michelle|Ayanda|Candice|Palesa"),
           _sp("Nkosi|Dlamini|Mokoena|Naidoo|Smith|Pillay|Khumalo|van Wyk|Mahlangu|Jacobs|Botha|Govender")),
    "SG": (_sp("Wei Jie|Jun Hao|Marcus|Aravind|Darren|Zhi Hao|Farhan|Benjamin"),
           _sp("Hui Min|Jasmine|Priya|Xin Yi|Nurul|Shu Fen|Rachel|Kavitha"),
           _sp("Tan|Lim|Lee|Ng|Wong|Goh|Chua|Raman|Koh|Teo|Ong|Rahman")),
    "CAT": (_sp("Jordi|Pau|Oriol|Arnau|Marc|Xavier|Quim|Pere|Roger|Albert"),
            _sp("Montserrat|Núria|Laia|Mireia|Gemma|Anna|Roser|Meritxell|Aina|Berta"),
            _sp("Puig|Vila|Ferrer|Soler|Serra|Font|Casals|Vidal|Pujol|Roca|Martí|Bosch|Riera|Sala|Canals")),
    "IS": (_sp("Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Magnús|Stefán|Bjarni"),
           _sp("Guðrún|Anna|Kristín|Sigríður|Margrét|Helga|Sigrún|Ingibjörg|Katrín|Ásta"),
           _sp("Jóns|Sigurðar|Guðmunds|Gunnars|Ólafs|Einars|Kristjáns|Magnús|Stefáns|Bjarna|Þórs|Hauks")),
    "AF": (_sp("Johan|Pieter|Riaan|Hendrik|Jaco|Francois|Wikus|Gerhard|Stefan|Louis"),
           _sp("Annelie|Marietjie|Elmarie|Liezl|Karin|Sunette|Anri|Magda|Ilze|Mariska"),
           _sp("van der Merwe|Botha|Pretorius|du Plessis|Venter|Nel|Coetzee|Steyn|Kruger|Swanepoel|le Roux|Fourie")),
    "PH": (_sp("Juan|Jose|Mark Anthony|Jericho|Rogelio|Paolo|Carlo|Rommel|Jayson|Nonoy"),
           _sp("Maria|Ana|Kristine|Mary Grace|Lorna|Jasmine|Rowena|Liezel|Marites|Joy"),
           _sp("dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Aquino|Ramos|Castillo|Navarro|Dimaculangan")),
    "MY": (_sp("Muhammad Hafiz|Ahmad Faiz|Amirul|Syafiq|Izzat|Khairul Anuar|Wei Ming|Arjun"),
           _sp("Nurul Aisyah|Nur Syafiqah|Farah Hanim|Aina|Intan|Mei Ling|Siti Aminah|Kavitha"),
           _sp("Ahmad|Ismail|Abdullah|Hassan|Razak|Yusof|Kamal|Rahman|Osman|Hamid")),
    "LT": (_sp("Tomas|Mantas|Lukas|Jonas|Darius|Paulius|Andrius|Vytautas|Mindaugas"),
           _sp("Rūta|Ieva|Austėja|Gabija|Eglė|Lina|Jurgita|Kotryna|Simona"),
           _sp("Kazlausk|Petrausk|Jankausk|Žukausk|Paulausk|Vasiliausk|Urbon|Navick|Butk")),
    "CY": (_sp("Dafydd|Rhys|Gethin|Iwan|Owain|Huw|Llŷr|Gwion|Aled|Emyr"),
           _sp("Siân|Cerys|Nia|Megan|Ffion|Elin|Angharad|Lowri|Mererid|Gwenllian"),
           _sp("Jones|Evans|Davies|Williams|Roberts|Hughes|Owen|Pritchard|Lloyd|Morgan|Parry|Thomas")),
    "VN": (_sp("An|Bình|Cường|Dũng|Hùng|Khoa|Long|Quân|Tuấn|Phúc"),
           _sp("Hà|Lan|Mai|Ngân|Phương|Trang|Thảo|Yến|Linh|Hương"),
           _sp("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi|Đỗ|Võ")),
    "SW": (_sp("Baraka|Juma|Otieno|Kamau|Hassan|Mwangi|Omondi|Kiprono"),
           _sp("Amina|Wanjiru|Zawadi|Neema|Achieng|Fatuma|Mercy|Halima"),
           _sp("Kamau|Otieno|Mwangi|Wanjiku|Ochieng|Mohamed|Kiptoo|Njoroge|Mutua|Barasa|Chebet|Wekesa")),
}
_FAKER_NAMES = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "IN": "en_IN", "NZ": "en_NZ", "AU": "en_US",
                "CA": "en_US", "NG": "en_NG", "KE": "en_KE", "EE": "et_EE", "SI": "sl_SI", "TR": "tr_TR",
                "RO": "ro_RO"}
_REGION = {"CAT": "ES", "AF": "ZA", "CY": "GB", "SW": "KE"}

# towns: (town, postcode-pattern / extra); '#' digit, '@' letter
_TOWNS = {
    "US": [("Austin", "TX", "787##"), ("Columbus", "OH", "432##"), ("Portland", "OR", "972##"),
           ("Raleigh", "NC", "276##"), ("Tucson", "AZ", "857##"), ("Madison", "WI", "537##"),
           ("Albany", "NY", "122##"), ("Boise", "ID", "837##"), ("Savannah", "GA", "314##"),
           ("Denver", "CO", "802##"), ("Omaha", "NE", "681##"), ("Spokane", "WA", "992##")],
    "GB": [("Leeds", "", "LS# #@@"), ("Bristol", "", "BS# #@@"), ("Norwich", "", "NR# #@@"),
           ("York", "", "YO# #@@"), ("Sheffield", "", "S# #@@"), ("Brighton", "", "BN# #@@"),
           ("Leicester", "", "LE# #@@"), ("Exeter", "", "EX# #@@"), ("Carlisle", "", "CA# #@@")],
    "CA": [("Toronto", "ON", "M#@ #@#"), ("Ottawa", "ON", "K#@ #@#"), ("Halifax", "NS", "B#@ #@#"),
           ("Calgary", "AB", "T#@ #@#"), ("Winnipeg", "MB", "R#@ #@#"), ("Victoria", "BC", "V#@ #@#"),
           ("Saskatoon", "SK", "S#@ #@#")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
           ("Paddington", "QLD", "4064"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Geelong", "VIC", "3220"), ("Wollongong", "NSW", "2500"), ("Braddon", "ACT", "2612")],
    "IN": [("Bengaluru", "Indiranagar", "5600##"), ("Pune", "Kothrud", "4110##"), ("Chennai", "Adyar", "6000##"),
           ("Hyderabad", "Madhapur", "5000##"), ("Kochi", "Kakkanad", "6820##"), ("Jaipur", "Malviya Nagar", "3020##"),
           ("Lucknow", "Gomti Nagar", "2260##")],
    "IE": [("Ballincollig", "Cork", "P31 @#@#"), ("Galway", "Galway", "H91 @#@#"), ("Navan", "Meath", "C15 @#@#"),
           ("Tralee", "Kerry", "V92 @#@#"), ("Swords", "Dublin", "K67 @#@#"), ("Ennis", "Clare", "V95 @#@#"),
           ("Kilkenny", "Kilkenny", "R95 @#@#")],
    "ZA": [("Cape Town", "Gardens", "8001"), ("Johannesburg", "Melville", "2092"), ("Durban", "Morningside", "4001"),
           ("Pretoria", "Hatfield", "0083"), ("Gqeberha", "Walmer", "6070"), ("Bloemfontein", "Westdene", "9301")],
    "NZ": [("Auckland", "Grey Lynn", "1021"), ("Wellington", "Aro Valley", "6021"), ("Christchurch", "Sydenham", "8023"),
           ("Dunedin", "Roslyn", "9010"), ("Hamilton", "Hillcrest", "3216"), ("Nelson", "The Wood", "7010")],
    "KE": [("Nairobi", "Kilimani", "00100"), ("Mombasa", "Nyali", "80100"), ("Kisumu", "Milimani", "40100"),
           ("Nakuru", "Milimani", "20100"), ("Eldoret", "Elgon View", "30100"), ("Thika", "Makongeni", "01000")],
    "NG": [("Lagos", "Yaba", "101245"), ("Abuja", "Wuse II", "900288"), ("Ibadan", "Bodija", "200284"),
           ("Port Harcourt", "GRA Phase 2", "500272"), ("Enugu", "Independence Layout", "400102"),
           ("Kaduna", "Barnawa", "800282")],
    "SG": [("Singapore", "Ang Mo Kio", "56####"), ("Singapore", "Tampines", "52####"),
           ("Singapore", "Jurong West", "64####"), ("Singapore", "Toa Payoh", "31####")],
    "CAT": [("Barcelona", "", "080##"), ("Girona", "", "170##"), ("Lleida", "", "250##"), ("Tarragona", "", "430##"),
            ("Sabadell", "", "082##"), ("Vic", "", "08500"), ("Reus", "", "432##"), ("Manresa", "", "082##"),
            ("Figueres", "", "17600"), ("Terrassa", "", "082##")],
    "IS": [("Reykjavík", "", "10#"), ("Kópavogur", "", "20#"), ("Hafnarfjörður", "", "22#"), ("Akureyri", "", "600"),
           ("Selfoss", "", "800"), ("Ísafjörður", "", "400"), ("Egilsstaðir", "", "700"), ("Borgarnes", "", "310")],
    "AF": [("Stellenbosch", "Die Boord", "7600"), ("Paarl", "Noorder-Paarl", "7646"), ("Potchefstroom", "Die Bult", "2531"),
           ("Bloemfontein", "Brandwag", "9301"), ("George", "Heatherlands", "6529"), ("Worcester", "Langerug", "6850"),
           ("Pretoria", "Waterkloof", "0181")],
    "PH": [("Makati City", "Poblacion", "1210"), ("Quezon City", "Teachers Village", "1101"), ("Cebu City", "Lahug", "6000"),
           ("Davao City", "Buhangin", "8000"), ("Iloilo City", "Jaro", "5000"), ("Pasig City", "Kapitolyo", "1603"),
           ("Baguio", "Session Road Area", "2600")],
    "MY": [("Kuala Lumpur", "W.P. Kuala Lumpur", "5####"), ("Shah Alam", "Selangor", "40###"),
           ("Johor Bahru", "Johor", "80###"), ("Ipoh", "Perak", "30###"), ("George Town", "Pulau Pinang", "10###"),
           ("Kota Bharu", "Kelantan", "15###"), ("Kuching", "Sarawak", "93###")],
    "EE": [("Tallinn", "", "10###"), ("Tartu", "", "51###"), ("Pärnu", "", "80###"), ("Narva", "", "20###"),
           ("Viljandi", "", "71###"), ("Rakvere", "", "44###"), ("Kuressaare", "", "93###")],
    "LT": [("Vilnius", "", "LT-0####"), ("Kaunas", "", "LT-4####"), ("Klaipėda", "", "LT-9####"),
           ("Šiauliai", "", "LT-7####"), ("Panevėžys", "", "LT-3####"), ("Alytus", "", "LT-6####")],
    "SI": [("Ljubljana", "", "1000"), ("Maribor", "", "2000"), ("Celje", "", "3000"), ("Kranj", "", "4000"),
           ("Koper", "", "6000"), ("Novo mesto", "", "8000"), ("Velenje", "", "3320"), ("Ptuj", "", "2250")],
    "TR": [("İstanbul", "Kadıköy", "347##"), ("Ankara", "Çankaya", "066##"), ("İzmir", "Karşıyaka", "355##"),
           ("Bursa", "Nilüfer", "161##"), ("Antalya", "Muratpaşa", "070##"), ("Eskişehir", "Tepebaşı", "260##"),
           ("Trabzon", "Ortahisar", "610##")],
    "RO": [("București", "Sector 3", "03####"), ("Cluj-Napoca", "", "400###"), ("Iași", "", "700###"),
           ("Timișoara", "", "300###"), ("Brașov", "", "500###"), ("Constanța", "", "900###"), ("Sibiu", "", "550###")],
    "CY": [("Aberystwyth", "", "SY23 #@@"), ("Caernarfon", "", "LL55 #@@"), ("Bangor", "", "LL57 #@@"),
           ("Carmarthen", "", "SA31 #@@"), ("Machynlleth", "", "SY20 #@@"), ("Llanelli", "", "SA15 #@@"),
           ("Dolgellau", "", "LL40 #@@")],
    "VN": [("TP. Hồ Chí Minh", "Quận 1", ""), ("Hà Nội", "Quận Ba Đình", ""), ("Đà Nẵng", "Quận Hải Châu", ""),
           ("Huế", "Phường Vĩnh Ninh", ""), ("Cần Thơ", "Quận Ninh Kiều", ""), ("Hải Phòng", "Quận Lê Chân", "")],
    "SW": [("Nairobi", "Kilimani", "00100"), ("Mombasa", "Nyali", "80100"), ("Kisumu", "Milimani", "40100"),
           ("Malindi", "Shella", "80200"), ("Nakuru", "Lanet", "20100"), ("Lamu", "Shela", "80500")],
}

_STREETS = {
    "US": _sp("Maple Ave|Oak St|Cedar Ln|Lincoln Blvd|Park Ave|Willow Dr|Elm St|2nd Ave|Lakeview Dr|Hillcrest Rd|Walnut St"),
    "GB": _sp("Mill Lane|Church Street|Victoria Road|Station Road|Albert Terrace|Queens Road|Manor Way|The Crescent|"
              "Chapel Row|Westgate"),
    "CA": _sp("King St W|Queen St E|Bank St|Spring Garden Rd|Whyte Ave|Osborne St|Fort St|Broadway Ave"),
    "AU": _sp("Brunswick St|King St|High St|Banksia Ave|Wattle Cres|Jetty Rd|Beach Rd|Oxford St|Lonsdale St"),
    "IN": _sp("100 Feet Road|MG Road|Link Road|Nehru Street|Church Street|Ring Road|Temple Road|Station Road"),
    "IE": _sp("Main Street|Castle Street|Church Road|O'Connell Street|Bridge Street|Mill Road|Parnell Square|Abbey Road"),
    "ZA": _sp("Kloof Street|Long Street|Jan Smuts Avenue|Florida Road|Main Road|Church Street|Beach Road|4th Avenue"),
    "NZ": _sp("Ponsonby Road|Cuba Street|Colombo Street|George Street|Victoria Street|Trafalgar Street|Karangahape Road"),
    "KE": _sp("Ngong Road|Moi Avenue|Argwings Kodhek Road|Oginga Odinga Street|Kenyatta Avenue|Waiyaki Way|Lenana Road"),
    "NG": _sp("Herbert Macaulay Way|Adeola Odeku Street|Aminu Kano Crescent|Awolowo Road|Ogui Road|Ahmadu Bello Way"),
    "SG": _sp("Ang Mo Kio Ave 3|Tampines St 21|Jurong West St 52|Lor 1 Toa Payoh|Bedok North Rd|Yishun Ring Rd"),
    "CAT": _sp("Carrer de Mallorca|Carrer Major|Passeig de Gràcia|Carrer de la Riera|Rambla Nova|Carrer del Sol|"
               "Avinguda Diagonal|Carrer de Sant Pere|Plaça del Mercat"),
    "IS": _sp("Laugavegur|Hverfisgata|Skólavörðustígur|Hafnarstræti|Borgarbraut|Strandgata|Austurvegur|Miðtún|Lindargata"),
    "AF": _sp("Kerkstraat|Dorpstraat|Bergstraat|Eikestraat|Voortrekkerweg|Rivierstraat|Langstraat|Hoofweg"),
    "PH": _sp("Rizal St|Mabini St|Bonifacio Ave|Kalayaan Ave|Osmeña Blvd|Gen. Luna St|Session Rd|Magsaysay Ave"),
    "MY": _sp("Jalan Bukit Bintang|Jalan Ampang|Jalan Tun Razak|Jalan Sultan Ismail|Jalan Kebun Bunga|"
              "Jalan Padang Tembak|Lorong Seri Indah 3"),
    "EE": _sp("Tartu mnt|Narva mnt|Pärnu mnt|Rüütli|Riia|Kalda tee|Männiku tee|Vabriku"),
    "LT": _sp("Gedimino pr.|Savanorių pr.|Laisvės al.|Vilniaus g.|Taikos pr.|Žirmūnų g.|Pilies g."),
    "SI": _sp("Slovenska cesta|Trubarjeva cesta|Prešernova ulica|Celovška cesta|Partizanska cesta|Ulica heroja Staneta|"
              "Kidričeva ulica"),
    "TR": _sp("Atatürk Cad.|Bağdat Cad.|Cumhuriyet Cad.|İstiklal Cad.|Gazi Mustafa Kemal Bulvarı|Menekşe Sok.|Lale Sok."),
    "RO": _sp("Str. Mihai Eminescu|Bd. Unirii|Str. Avram Iancu|Calea Victoriei|Str. Republicii|Str. Lalelelor|Str. Zorilor"),
    "CY": _sp("Heol y Castell|Stryd Fawr|Ffordd y Môr|Heol Dewi|Lôn Glan Môr|Stryd y Bont|Ffordd Penglais"),
    "VN": _sp("Nguyễn Trãi|Lê Lợi|Hai Bà Trưng|Trần Hưng Đạo|Lý Thường Kiệt|Điện Biên Phủ|Nguyễn Huệ|Phan Chu Trinh"),
    "SW": _sp("Ngong Road|Moi Avenue|Tom Mboya Street|Nyerere Road|Digo Road|Harambee Avenue|Mama Ngina Drive"),
}
_STREETS["CAT"] = _STREETS["CAT"]

_DOB_FMT = {"US": "%m/%d/%Y", "CA": "%Y-%m-%d", "PH": "%m/%d/%Y", "AF": "%Y/%m/%d", "LT": "%Y-%m-%d",
            "IS": "%d.%m.%Y", "EE": "%d.%m.%Y", "TR": "%d.%m.%Y", "RO": "%d.%m.%Y", "SI": "%d. %m. %Y"}

_MONTHS = {
    "en": _sp("January|February|March|April|May|June|July|August|September|October|November|December"),
    "ca": _sp("gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre"),
    "is": _sp("janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember"),
    "af": _sp("Januarie|Februarie|Maart|April|Mei|Junie|Julie|Augustus|September|Oktober|November|Desember"),
    "tl": _sp("Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre"),
    "ms": _sp("Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember"),
    "et": _sp("jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember"),
    "lt": _sp("sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio"),
    "tr": _sp("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
    "ro": _sp("ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie"),
    "cy": _sp("Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"),
    "sw": _sp("Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba"),
    "sl": _sp("januarja|februarja|marca|aprila|maja|junija|julija|avgusta|septembra|oktobra|novembra|decembra"),
}

_MAILS = {
    "US": _sp("gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|hotmail.com"),
    "GB": _sp("btinternet.com|hotmail.co.uk|gmail.com|sky.com|yahoo.co.uk|outlook.com"),
    "CA": _sp("gmail.com|rogers.com|shaw.ca|sympatico.ca|outlook.com"),
    "AU": _sp("bigpond.com|gmail.com|optusnet.com.au|outlook.com"),
    "IN": _sp("gmail.com|rediffmail.com|yahoo.co.in|outlook.com"),
    "IE": _sp("eircom.net|gmail.com|hotmail.com|icloud.com"),
    "ZA": _sp("gmail.com|mweb.co.za|telkomsa.net|webmail.co.za"),
    "NZ": _sp("xtra.co.nz|gmail.com|slingshot.co.nz|outlook.com"),
    "KE": _sp("gmail.com|yahoo.com|outlook.com"),
    "NG": _sp("gmail.com|yahoo.com|outlook.com"),
    "SG": _sp("gmail.com|singnet.com.sg|hotmail.com"),
    "CAT": _sp("gmail.com|hotmail.com|yahoo.es|telefonica.net|xtec.cat"),
    "IS": _sp("simnet.is|internet.is|gmail.com|visir.is"),
    "AF": _sp("gmail.com|mweb.co.za|vodamail.co.za"),
    "PH": _sp("gmail.com|yahoo.com|yahoo.com.ph"),
    "MY": _sp("gmail.com|yahoo.com.my|hotmail.com"),
    "EE": _sp("gmail.com|hot.ee|mail.ee"),
    "LT": _sp("gmail.com|one.lt|inbox.lt"),
    "SI": _sp("gmail.com|siol.net|t-2.net|amis.net"),
    "TR": _sp("gmail.com|hotmail.com|yandex.com.tr"),
    "RO": _sp("gmail.com|yahoo.com|yahoo.ro"),
    "CY": _sp("btinternet.com|gmail.com|hotmail.co.uk"),
    "VN": _sp("gmail.com|yahoo.com.vn"),
    "SW": _sp("gmail.com|yahoo.com"),
}

_FOLD = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "ł": "l",
                       "đ": "d", "Đ": "D", "ß": "ss", "ø": "o"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " .-'")).strip()


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}
_PNF = phonenumbers.PhoneNumberFormat
_PNT = phonenumbers.PhoneNumberType
_B62 = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


class _P:
    """A generated person: first, last, full name, gender, country key."""

    def __init__(self, first: str, last: str, full: str, g: str, cc: str) -> None:
        self.first, self.last, self.full, self.g, self.cc = first, last, full, g, cc


_SG_CN = ("Wei Jie", "Jun Hao", "Zhi Hao", "Hui Min", "Xin Yi", "Shu Fen")


class G:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._seeded: set[str] = set()  # membership only, never iterated

    # ---- basics
    def ch(self, seq):
        return self.rng.choice(seq)

    def dig(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def b62(self, n: int) -> str:
        return "".join(self.rng.choice(_B62) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice(_HEX) for _ in range(n))

    def pat(self, p: str) -> str:
        out = []
        for c in p:
            if c == "#":
                out.append(self.rng.choice(string.digits))
            elif c == "@":
                out.append(self.rng.choice("ABDEFHJKLNPRSTUWXY"))
            else:
                out.append(c)
        return "".join(out)

    def faker(self, loc: str) -> Faker:
        f = _FAKERS.get(loc)
        if f is None:
            f = _FAKERS[loc] = Faker(loc)
        if loc not in self._seeded:
            f.seed_instance(self.rng.getrandbits(32))
            self._seeded.add(loc)
        return f

    # ---- people
    def person(self, cc: str, g: str | None = None) -> _P:
        g = g or self.ch("mf")
        if cc in _FAKER_NAMES:
            f = self.faker(_FAKER_NAMES[cc])
            if cc in ("EE", "SI", "TR", "RO"):
                first = f.first_name_male() if g == "m" else f.first_name_female()
                last = f.last_name_male() if g == "m" else f.last_name_female()
            else:
                first, last = f.first_name(), f.last_name()
            return _P(first, last, f"{first} {last}", g, cc)
        males, females, lasts = _NAMES[cc]
        first = self.ch(males if g == "m" else females)
        last = self.ch(lasts)
        full = f"{first} {last}"
        if cc == "CAT":
            last = f"{last} {self.ch([x for x in lasts if x != last])}"
            full = f"{first} {last}"
        elif cc == "IS":
            last = last + ("son" if g == "m" else "dóttir")
            full = f"{first} {last}"
        elif cc == "LT":
            if g == "m":
                last += "us" if last == "Butk" else "as"
            else:
                last += self.ch(["ienė", "utė"] if last == "Butk" else ["ienė", "aitė"])
            full = f"{first} {last}"
        elif cc == "VN":
            mid = self.ch(["Văn", "Đức", "Minh", "Hữu"] if g == "m" else ["Thị", "Ngọc", "Thu", "Thanh"])
            full = f"{last} {mid} {first}"
        elif cc == "MY":
            if first in ("Wei Ming", "Mei Ling"):
                last = self.ch(["Tan", "Lim", "Wong", "Chong"])
                full = f"{last} {first}"
            elif first in ("Arjun", "Kavitha"):
                last = self.ch(["Subramaniam", "Krishnan", "Pillai"])
                full = f"{first} a/l {last}" if g == "m" else f"{first} a/p {last}"
            else:
                full = f"{first} {'bin' if g == 'm' else 'binti'} {last}"
        elif cc == "SG":
            if first in _SG_CN:
                last = self.ch(["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Koh", "Teo", "Ong"])
                full = f"{last} {first}"
            elif first in ("Aravind", "Priya", "Kavitha"):
                last = self.ch(["Raman", "Pillai", "Nair", "Krishnan"])
                full = f"{first} {last}"
            elif first in ("Farhan", "Nurul"):
                last = self.ch(["Rahman", "Ismail", "Osman"])
                full = f"{first} {'bin' if g == 'm' else 'binti'} {last}"
        return _P(first, last, full, g, cc)

    def email(self, p: _P, domain: str | None = None) -> str:
        fa = _ascii(p.first).lower().replace(" ", "")
        la = _ascii(p.last).lower().replace(" ", "").replace("'", "")
        r = self.rng.random()
        if r < 0.3:
            local = f"{fa}.{la}"
        elif r < 0.5:
            local = f"{fa[0]}{la}"
        elif r < 0.7:
            local = f"{fa}{self.dig(2)}"
        elif r < 0.85:
            local = f"{la}.{fa[0]}{self.rng.randint(1, 99)}"
        else:
            local = f"{fa}_{la}{self.rng.randint(70, 99)}"
        return f"{local}@{domain or self.ch(_MAILS[p.cc])}"

    # ---- phones
    def phone(self, cc: str, kind: str = "m", style: str | None = None) -> str:
        region = _REGION.get(cc, cc)
        t = _PNT.MOBILE if kind == "m" else _PNT.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t)
        nsn = str(ex.national_number)
        keep = 2 if len(nsn) >= 9 else 1
        num = ex
        for _ in range(400):
            if region in ("US", "CA"):
                area = self.ch(["512", "614", "503", "919", "520", "608", "518", "208", "912", "303"] if region == "US"
                               else ["416", "613", "902", "403", "204", "250", "306"])
                cand = area + str(self.rng.randint(2, 9)) + self.dig(6)
            else:
                cand = nsn[:keep] + self.dig(len(nsn) - keep)
            num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                    t, _PNT.FIXED_LINE_OR_MOBILE):
                break
        else:
            num = ex
        style = style or self.ch(["nat", "nat", "nat", "intl", "e164", "plain"])
        if style == "intl":
            s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "e164":
            s = phonenumbers.format_number(num, _PNF.E164)
        else:
            s = phonenumbers.format_number(num, _PNF.NATIONAL)
            if style == "plain":
                s = re.sub(r"[^\d+]", "", s)
            elif region == "LT":
                s = f"8 {str(num.national_number)[:3]} {str(num.national_number)[3:]}"
            elif s.startswith("("):  # keep spans free of a leading bracket
                s = re.sub(r"^\((.*?)\)\s*", r"\1-" if region in ("US", "CA") else r"\1 ", s)
        p2 = phonenumbers.parse(s, region)
        assert phonenumbers.is_valid_number(p2), (s, region)
        return s

    # ---- places
    def town(self, cc: str) -> tuple[str, str, str]:
        t, extra, pc = self.ch(_TOWNS[cc])
        return t, extra, self.pat(pc)

    def street(self, cc: str) -> str:
        s = self.ch(_STREETS[cc])
        n = self.rng.randint(1, 240)
        if cc in ("IS", "EE", "SI", "LT", "CAT", "AF") and cc != "AF":
            return f"{s} {n}" if cc != "CAT" else f"{s}, {n}"
        if cc == "TR":
            return f"{s} No: {n}"
        if cc == "RO":
            return f"{s} nr. {n}"
        if cc == "VN":
            return f"Số {n} {s}"
        if cc == "MY":
            return f"No. {n}, {s}"
        if cc == "SG":
            return f"Blk {self.rng.randint(100, 799)} {s}"
        return f"{n} {s}"

    def address(self, cc: str, town=None) -> list[str]:
        """Address block as lines (joined with ', ' for one-line use)."""
        t, extra, pc = town or self.town(cc)
        st = self.street(cc)
        r = self.rng.random()
        if cc == "US":
            apt = f" Apt {self.rng.randint(1, 40)}{self.ch('ABCD')}" if r < 0.3 else ""
            return [st + apt, f"{t}, {extra} {pc}"]
        if cc in ("GB", "CY"):
            ls = [st, t, pc]
            return [f"Flat {self.rng.randint(1, 12)}"] + ls if r < 0.25 else ls
        if cc == "CA":
            return [(f"Unit {self.rng.randint(100, 2400)}, " if r < 0.3 else "") + st, f"{t}, {extra} {pc}"]
        if cc == "AU":
            return [(f"{self.rng.randint(1, 30)}/" if r < 0.3 else "") + st, f"{t} {extra} {pc}"]
        if cc == "IN":
            return [f"Flat {self.rng.randint(1, 12)}0{self.rng.randint(1, 8)}, {self.ch(['Prestige Lakeside', 'Sobha Dew Flower', 'Green Glen Layout', 'Shanti Niketan Apts'])}",
                    f"{st[st.index(' ') + 1:]}, {extra}", f"{t} {pc}"]
        if cc == "IE":
            return [st, t, f"Co. {extra}", pc]
        if cc in ("ZA", "AF", "NZ"):
            return [st, extra, f"{t}, {pc}" if cc != "NZ" else f"{t} {pc}"]
        if cc in ("KE", "SW"):
            return [f"{self.ch(['Amani Court', 'Jamhuri Flats', 'Baraka Apartments', 'Mvuli House'])}, {st[st.index(' ') + 1:]}",
                    extra, f"{t} {pc}"]
        if cc == "NG":
            return [st, extra, f"{t} {pc}"]
        if cc == "SG":
            return [st, f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(1, 400):02d}", f"Singapore {pc}"]
        if cc == "CAT":
            pis = self.ch(["1r 2a", "3r 1a", "baixos", "àtic", "2n 4a", "pral. 1a"])
            return [f"{st}, {pis}", f"{pc} {t}"]
        if cc in ("IS", "SI"):
            return [st, f"{pc} {t}"]
        if cc == "EE":
            return [f"{st}-{self.rng.randint(1, 60)}" if r < 0.6 else st, f"{pc} {t}"]
        if cc == "LT":
            return [f"{st}-{self.rng.randint(1, 80)}" if r < 0.6 else st, f"{pc} {t}"]
        if cc == "PH":
            return [f"{st}, Brgy. {extra}", f"{t} {pc}"]
        if cc == "MY":
            return [st, f"Taman {self.ch(['Melawati', 'Desa', 'Sri Gombak', 'Bukit Indah'])}", f"{pc} {t}, {extra}"]
        if cc == "TR":
            return [f"{st} D: {self.rng.randint(1, 24)}", f"{pc} {extra}/{t}"]
        if cc == "RO":
            return [f"{st}, bl. {self.ch('ABCDM')}{self.rng.randint(1, 9)}, ap. {self.rng.randint(1, 60)}",
                    f"{pc} {t}" + (f", {extra}" if extra else "")]
        if cc == "VN":
            return [st, extra, t]
        raise KeyError(cc)

    # ---- dates
    def dob(self, lo: int = 1948, hi: int = 2006) -> _dt.date:
        return _dt.date(self.rng.randint(lo, hi), 1, 1) + _dt.timedelta(days=self.rng.randint(0, 364))

    def dstr(self, cc: str, d: _dt.date, lang: str | None = None) -> str:
        if lang is None:
            fmt = _DOB_FMT.get(cc, "%d/%m/%Y")
            s = d.strftime(fmt)
            if cc == "SI":
                s = f"{d.day}. {d.month}. {d.year}"
            return s
        if lang == "vi":
            return f"ngày {d.day} tháng {d.month} năm {d.year}"
        m = _MONTHS[lang][d.month - 1]
        if lang == "en":
            return f"{m} {d.day}, {d.year}" if cc in ("US", "PH", "CA") else f"{d.day} {m} {d.year}"
        if lang == "ca":
            return f"{d.day} {'d' + chr(39) if m[0] in 'ao' else 'de '}{m} de {d.year}"
        if lang in ("is", "et", "sl"):
            return f"{d.day}. {m} {d.year}"
        if lang == "lt":
            return f"{d.year} m. {m} {d.day} d"
        if lang == "tl":
            return f"{m} {d.day}, {d.year}"
        if lang == "vi":
            return f"ngày {d.day} tháng {d.month} năm {d.year}"
        return f"{d.day} {m} {d.year}"

    def date(self, lo: int = -200, hi: int = 60) -> _dt.date:
        return TODAY + _dt.timedelta(days=self.rng.randint(lo, hi))

    def ts(self, fmt: str = "%Y-%m-%dT%H:%M:%SZ", lo: int = -30, hi: int = 0) -> str:
        d = _dt.datetime(2026, 11, 28, 9, 0, 0) + _dt.timedelta(
            days=self.rng.randint(lo, hi), seconds=self.rng.randint(-30000, 30000))
        return d.strftime(fmt)

    # ---- financial
    def card(self, sep: str | None = None) -> str:
        brand = self.rng.random()
        if brand < 0.45:
            n, grp = _luhn(self.rng, "4", 16), (4, 4, 4, 4)
        elif brand < 0.75:
            n, grp = _luhn(self.rng, str(self.rng.randint(51, 55)), 16), (4, 4, 4, 4)
        elif brand < 0.9:
            n, grp = _luhn(self.rng, self.ch(["34", "37"]), 15), (4, 6, 5)
        else:
            n, grp = _luhn(self.rng, "6011", 16), (4, 4, 4, 4)
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        out, i = [], 0
        for g in grp:
            out.append(n[i:i + g])
            i += g
        return sep.join(out)

    def ssn(self, sep: str | None = None) -> str:
        a = self.rng.randint(1, 899)
        while a == 666:
            a = self.rng.randint(1, 899)
        sep = self.ch(["-", "-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{self.rng.randint(1, 99):02d}{sep}{self.rng.randint(1, 9999):04d}"

    def us_acct(self) -> str:
        return str(self.rng.randint(1, 9)) + self.dig(self.rng.randint(7, 11))

    def routing(self) -> str:
        while True:
            d = self.ch(["0", "1", "2", "3"]) + self.dig(7)
            w = (3, 7, 1, 3, 7, 1, 3, 7)
            s = sum(int(c) * k for c, k in zip(d, w))
            c = (10 - s % 10) % 10
            r = d + str(c)
            if r[:2] not in ("00",):
                return r

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        cc = {"CAT": "ES", "CY": "GB"}.get(cc, cc)
        if cc in ("EE", "LT", "TR", "IS", "RO", "SI"):
            bban = {"EE": lambda: self.dig(16), "LT": lambda: self.dig(16), "SI": lambda: "0" + self.dig(14),
                    "TR": lambda: self.dig(5) + "0" + self.dig(16), "IS": lambda: self.dig(22),
                    "RO": lambda: self.ch(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + self.dig(16)}[cc]()
            num = "".join(str(int(c, 36)) for c in bban + cc + "00")
            iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        else:
            iban = _iban_of(self.rng, cc)
        spaced = self.rng.random() < 0.6 if spaced is None else spaced
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban

    # ---- secrets
    def password(self) -> str:
        r = self.rng.random()
        w = self.ch(["Sunflower", "Tractor", "Kestrel", "Bramble", "mojito", "Vilnius", "Pumpkin", "Galaxy",
                     "Marmite", "Reykjavik", "Sardinha", "Kangaroo", "Haloween", "Manila", "Juniper", "Bicicleta"])
        if r < 0.45:
            return f"{w}{self.ch('!#$%&*?@')}{self.rng.randint(1, 2026)}"
        if r < 0.7:
            return ("".join(self.ch(_B62 + "!#%&*") for _ in range(self.rng.randint(9, 15)))
                    + self.ch(_B62))
        if r < 0.85:
            return f"{w.lower()}-{self.ch(['river', 'stone', 'wheel', 'chimney', 'lantern'])}-{self.dig(2)}"
        return f"{w[0].lower()}{w[1:]}_{self.dig(4)}"

    def apikey(self) -> str:
        r = self.rng.randint(0, 6)
        if r == 0:
            return "sk_live_" + self.b62(24)
        if r == 1:
            return "ghp_" + self.b62(36)
        if r == 2:
            return f"xoxb-{self.dig(12)}-{self.dig(13)}-{self.b62(24)}"
        if r == 3:
            return "AIza" + self.b62(33) + self.ch("-_") + self.b62(1)
        if r == 4:
            return f"SG.{self.b62(22)}.{self.b62(43)}"
        if r == 5:
            return "sk-proj-" + self.b62(48)
        return self.b62(40)

    # ---- look-alikes (never labelled)
    def masked(self) -> str:
        l4 = self.dig(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending {l4}", f"•••• {l4}",
                        f"{self.ch(['4', '5'])}{self.dig(5)}******{l4}"])

    def exp(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(27, 31)}"

    def priv_ip(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        if r < 0.75:
            return f"192.168.{self.rng.randint(0, 20)}.{self.rng.randint(1, 254)}"
        return f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ver(self) -> str:
        return f"{self.rng.randint(1, 12)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 40)}"

    def bcrypt(self) -> str:
        al = "./" + string.ascii_letters + string.digits
        return "$2b$12$" + "".join(self.ch(al) for _ in range(53))

    def argon(self) -> str:
        al = string.ascii_letters + string.digits + "+/"
        return ("$argon2id$v=19$m=65536,t=3,p=4$" + "".join(self.ch(al) for _ in range(22)) + "$"
                + "".join(self.ch(al) for _ in range(43)))

    def sha(self) -> str:
        return hashlib.sha256(self.dig(20).encode()).hexdigest()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def imei(self) -> str:
        return _luhn(self.rng, self.ch(["35", "86", "01"]), 15)

    def swift(self) -> str:
        return self.ch(["NWBKGB2L", "CAIXESBBXXX", "BOFIIE2D", "SWEDEE2X", "CBVILT2X", "LJBASI2X", "TGBATRIS",
                        "BTRLRO22", "NBIIISRE", "SBZAZAJJ", "MBBEMYKL", "BOPIPHMM", "CHASUS33", "HSBCSGSG"])

    def gps(self) -> str:
        return f"{self.rng.uniform(-45, 65):.5f}, {self.rng.uniform(-120, 150):.5f}"

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return prefix + self.dig(n)

    def otp(self) -> str:
        return self.dig(6)

    def amt(self, lo: int = 5, hi: int = 900) -> str:
        return f"{self.rng.randint(lo, hi)}.{self.rng.randint(0, 99):02d}"


# ---------------------------------------------------------------------------
# free-text templates. Each takes a G and returns a Text; `lang` is recorded
# on the function for the data card.
# ---------------------------------------------------------------------------

TEMPLATES: list = []


def _t(lang: str):
    def deco(fn):
        fn.lang = lang
        TEMPLATES.append(fn)
        return fn
    return deco


_ENG = ("US", "GB", "CA", "AU", "IN", "IE", "ZA", "NZ", "KE", "NG", "SG")
_SIGNOFF = {"US": "Best,", "GB": "Kind regards,", "CA": "Thanks,", "AU": "Cheers,", "IN": "Regards,",
            "IE": "Many thanks,", "ZA": "Kind regards,", "NZ": "Cheers,", "KE": "Regards,", "NG": "Best regards,",
            "SG": "Thank you,"}
_SHOPS = ["Spoke & Sprocket Cycles", "Harris Bike Fit", "Wheelwright Bicycle Co", "Chainline Studio",
          "McAllister's Cycle Repairs", "Freewheel Workshop"]
_BIKES = ["Raleigh Pioneer", "Ridley Fenix SL", "Eddy Merckx EMX-525", "Brompton C Line", "Trek Domane AL 2",
          "Specialized Sirrus", "Cannondale Topstone", "Giant Escape 3", "Colnago V3"]
_PETS = ["Biscuit", "Milo", "Luna", "Rex", "Bella", "Oscar", "Poppy", "Tigger", "Pepper", "Rocky"]


def _fmt_day(d: _dt.date, cc: str) -> str:
    return d.strftime("%m/%d/%Y" if cc in ("US", "PH") else "%d/%m/%Y")


@_t("en")
def t_support_email(g: G) -> Text:
    cc = g.ch(["US", "GB", "AU", "CA"])
    c, a = g.person(cc), g.person(cc)
    shop = g.ch(_SHOPS)
    dom = re.sub(r"[^a-z]", "", shop.lower())[:14] + g.ch([".com", ".co", ".net"])
    b = _B()
    b.f("From: {n} <{e}>\nTo: {sup}\nSubject: Re: service booking {ref}\n\n",
        n=PER(c.full), e=EMA(g.email(c)), sup=EMA(f"support@{dom}"), ref=g.ref("SR-", 5))
    b.f("Hi {a},\n\nThanks for getting back to me. The {bike} is making that clicking noise again since the "
        "last tune-up on {d}. I paid with the card {m} so please don't charge it twice. You can reach me on "
        "{ph} after 5.\n\n", a=PER(a.first), bike=g.ch(_BIKES), d=_fmt_day(g.date(-60, -5), cc),
        m=g.masked(), ph=PHO(g.phone(cc)))
    b.f("{so}\n{n}\n\n-- \n{an} | Workshop Lead\n{shop}\n", so=_SIGNOFF[cc], n=PER(c.first), an=PER(a.full),
        shop=shop)
    t = g.town(cc)
    b.addr(g.address(cc, t))
    b.f("\nT: {p}  |  {w}\n", p=PHO(g.phone(cc, "f")), w=f"www.{dom}")
    return b.done()


@_t("en")
def t_quoted_reply(g: G) -> Text:
    cc = g.ch(["GB", "IE", "NZ"])
    c, s = g.person(cc), g.person(cc)
    lines = g.address(cc)
    d = g.date(-20, -1)
    b = _B()
    b.f("Hi {f},\n\nYes that's right, the new address is below, could you update the account before the "
        "sweep on {d}? The old one was {old}.\n\nThanks\n{me}\n\n", f=PER(s.first),
        d=d.strftime("%d %B"), old=ADR(", ".join(g.address(cc))), me=PER(c.first))
    b.f("On {day}, {n} <{e}> wrote:\n", day=d.strftime("%a %d %b %Y") + " at 09:1" + g.dig(1),
        n=PER(s.full), e=EMA(f"bookings@{g.ch(['sootbusters', 'flueandember', 'sweepright'])}.{g.ch(['ie', 'co.uk', 'co.nz'])}"))
    b.f("> Hi {f},\n> We have you down for job {ref}. Please confirm the address:\n", f=PER(c.first),
        ref=g.ref("JOB-", 5))
    b.addr(lines, prefix="> ")
    b.f("\n> Our technician {t} will call from {p} on the day.\n> Regards, {s}\n",
        t=PER(g.person(cc).first), p=PHO(g.phone(cc)), s=PER(s.first))
    return b.done()


@_t("en")
def t_forwarded(g: G) -> Text:
    cc = g.ch(["US", "CA"])
    p1, p2, p3 = g.person(cc), g.person(cc), g.person(cc)
    b = _B()
    b.f("FYI - see below, can someone call her back?\n\n{me}\n\n---------- Forwarded message ---------\n",
        me=PER(p1.first))
    b.f("From: {n} <{e}>\nDate: {d}\nSubject: Party booking - my daughter's 10th\nTo: {to}\n\n",
        n=PER(p2.full), e=EMA(g.email(p2)), d=g.ts("%a, %b %d, %Y at %I:%M %p", -10, -1),
        to=EMA(g.ch(["events@lockedinescape.com", "hello@escapologyparty.com", "info@puzzlevault.ca"])))
    kid = g.person(cc, "f")
    dob = g.dob(2016, 2017)
    b.f("Hello,\nI'd like to book the {room} room for {k} (born {dob}) and 8 friends on {d}. "
        "My cell is {ph} and we live in {town} so it's a bit of a drive. Deposit can go on "
        "{card}, exp {exp}.\nThank you!\n{n}\n", room=g.ch(["Houdini's Vault", "Sherlock Holmes Study", "Tesla Lab"]),
        k=PER(kid.first), dob=DOB(g.dstr(cc, dob)), d=g.date(5, 40).strftime("%B %d"), ph=PHO(g.phone(cc)),
        town=LOC(g.town(cc)[0]), card=CCN(g.card()), exp=g.exp(), n=PER(p2.first))
    b.f("\n\nCC: {n3} <{e3}>\n", n3=PER(p3.full), e3=EMA(g.email(p3)))
    return b.done()


@_t("en")
def t_whatsapp(g: G) -> Text:
    cc = g.ch(["IN", "IN", "KE", "NG"])
    a, c = g.person(cc), g.person(cc)
    b = _B()
    day = g.date(-30, -1)
    hh = g.rng.randint(8, 20)

    def line(mm, who, tpl, **kw):
        b.f("[{d}, {t}] {w}: ", d=day.strftime("%d/%m/%Y"), t=f"{hh:02d}:{mm:02d}:{g.rng.randint(0, 59):02d}", w=PER(who))
        b.f(tpl + "\n", **kw)

    line(1, a.full, "Hello ma'am, this is {a} from {co}. Your son's maths tutor for Tuesdays is confirmed",
         a=PER(a.first), co=g.ch(["BrightMinds Tutors", "Vidya Home Tuition", "Ace Learning Centre"]))
    line(3, c.full, "ok thank you. pls send tutor number")
    tutor = g.person(cc)
    line(4, a.full, "{t} - {p}. He'll come to the flat at 5pm", t=PER(tutor.full), p=PHO(g.phone(cc)))
    line(6, c.full, "Our address is {ad}. Gate code is {gc}", ad=ADR(", ".join(g.address(cc))), gc=g.dig(4) + "#")
    line(9, a.full, "Noted. First invoice INV-{n} for {cur} {amt} will come to {e}",
         n=g.dig(5), cur={"IN": "Rs.", "KE": "KSh", "NG": "NGN"}[cc], amt=g.rng.randint(900, 9000), e=EMA(g.email(c)))
    line(11, c.full, "👍")
    return b.done()


@_t("en")
def t_slack(g: G) -> Text:
    cc = g.ch(["US", "GB", "AU"])
    a, c = g.person(cc), g.person(cc)
    b = _B()
    h0 = g.rng.randint(8, 16)
    tm = [f"{(h0 + (k * 7) // 60 - 1) % 12 + 1}:{(k * 7) % 60:02d} {'AM' if h0 < 12 else 'PM'}" for k in range(1, 5)]
    b.f("{a}  {t1}\n@{cf} deploy of booking-api {v} to staging ({ip}) is failing, logs attached\n",
        a=PER(a.full), t1=tm[0], cf=PER(c.first.lower()), v="v" + g.ver(), ip=g.priv_ip())
    b.f("{c}  {t2}\nlooks like the stripe key got rotated. use this one for now, I'll move it to vault: {k}\n",
        c=PER(c.full), t2=tm[1], k=KEY("sk_live_" + g.b62(24)))
    b.f("{a}  {t3}\nthx. also seeing weird traffic from {ip} hitting /admin, blocked it. "
        "commit {h} reverts the cors change\n", a=PER(a.first), t3=tm[2], ip=IPA(_ip_public_v4(g.rng)),
        h=g.hexs(7))
    b.f("{c}  {t4}\n:+1: please don't paste keys in here again lol, publishable one is fine ({pk})\n",
        c=PER(c.first), t4=tm[3], pk="pk_live_" + g.b62(24))
    return b.done()


@_t("en")
def t_teams(g: G) -> Text:
    cc = g.ch(["GB", "NZ", "IE"])
    a, c, x = g.person(cc), g.person(cc), g.person(cc)
    b = _B()
    b.f("{lc}, {a}\n", lc=g.ts("%d/%m/%Y %H:%M"), a=PER(c.last + ", " + c.first))
    b.f("Customer {x} rang again about the wall quote Q-{q}. She lives out in {town} so the {br} depot is "
        "closest.\n", x=PER(x.full), q=g.dig(4), town=LOC(g.town(cc)[0]), br=g.town(cc)[0])
    b.f("{lc}, {a}\n", lc=g.ts("%d/%m/%Y %H:%M"), a=PER(a.last + ", " + a.first))
    b.f("ok I'll ring her. number? and is it the {street} job?\n", street=ADR(g.street(cc)))
    b.f("{lc}, {a}\n", lc=g.ts("%d/%m/%Y %H:%M"), a=PER(c.last + ", " + c.first))
    b.f("{p} or landline {l}. Yes. Site pin {gps}, watch the dog ({pet})\n", p=PHO(g.phone(cc)),
        l=PHO(g.phone(cc, "f")), gps=g.gps(), pet=g.ch(_PETS))
    return b.done()


@_t("en")
def t_livechat(g: G) -> Text:
    cc = g.ch(["AU", "NZ", "SG"])
    c, a = g.person(cc), g.person(cc)
    dob = g.dob()
    b = _B()
    b.f("Chat transcript #{n} - started {ts}\nVisitor IP: {ip}   Browser: Chrome {v}\n\n",
        n=g.dig(7), ts=g.ts("%Y-%m-%d %H:%M"), ip=IPA(_ip_public_v4(g.rng)), v=g.ver())
    b.f("{a} (agent): Hi there, you're chatting with {a2}. How can I help?\n", a=PER(a.first), a2=PER(a.first))
    b.f("Visitor: hi its {n}, my pawn loan ticket {t} is due and i want to extend\n", n=PER(c.full),
        t=g.ref("PL", 7))
    b.f("{a} (agent): No worries. For security can you confirm your date of birth and postcode?\n", a=PER(a.first))
    t = g.town(cc)
    b.f("Visitor: {d}, {pc}\n", d=DOB(g.dstr(cc, dob)), pc=t[2])
    b.f("{a} (agent): Thanks {f}. I can see the address {ad}. Is that still current?\n", a=PER(a.first),
        f=PER(c.first), ad=ADR(", ".join(g.address(cc, t))))
    b.f("Visitor: yep. can u email the new due date to {e}\n", e=EMA(g.email(c)))
    b.f("{a} (agent): Done - new due date {d2}, fee {amt}. Reference OTP {o} expires in 10 min.\n",
        a=PER(a.first), d2=_fmt_day(g.date(20, 60), cc), amt="$" + g.amt(10, 80), o=g.otp())
    return b.done()


@_t("en")
def t_sms_thread(g: G) -> Text:
    cc = g.ch(["KE", "NG", "ZA", "IN"])
    c = g.person(cc)
    b = _B()
    num = g.phone(cc, style="intl")
    b.f("SMS thread with {p}\n", p=PHO(num))
    b.f("> {t} Your verification code is {o}. Do not share it.\n", t=g.ts("%H:%M"), o=g.otp())
    b.f("< {t} hi this is {n}, I booked the stove service for {d}, can the guy call {p2} instead\n",
        t=g.ts("%H:%M"), n=PER(c.full), d=g.date(2, 20).strftime("%d %b"), p2=PHO(g.phone(cc)))
    b.f("> {t} Noted {f}. Technician {tech} arrives 8-10am. Job no. {j}. Reply STOP to opt out\n",
        t=g.ts("%H:%M"), f=PER(c.first), tech=PER(g.person(cc).first), j=g.ref("CS", 6))
    b.f("< {t} ok. gate code {gc} and the dog {pet} is friendly\n", t=g.ts("%H:%M"), gc=g.dig(4), pet=g.ch(_PETS))
    return b.done()


@_t("en")
def t_ticket_us(g: G) -> Text:
    c, a = g.person("US"), g.person("US")
    b = _B()
    b.f("Ticket #{n}  Priority: High  Queue: Pawn / Loans\nRequester: {r} ({e})\n", n=g.dig(6), r=PER(c.full),
        e=EMA(g.email(c)))
    b.f("Subject: can't log in + payout question\n\nI changed my password to {pw} yesterday and it still "
        "says invalid. Also my payout went to the old account, the new one is {acct} (routing {rt}).\n\n",
        pw=PWD(g.password()), acct=BNK(g.us_acct()), rt=g.routing())
    b.f("--- Internal note ({a}, {ts}) ---\nVerified via last 4 of SSN ({l4}) and DOB. Customer pasted full SSN "
        "in the web form: {ssn}. Redact after closing. Hash on file {h}. Device IMEI {imei}.\n",
        a=PER(a.first + " " + a.last[0] + "."), ts=g.ts("%m/%d %H:%M"), l4=g.dig(4), ssn=SSN(g.ssn()),
        h=g.bcrypt(), imei=g.imei())
    return b.done()


@_t("en")
def t_crm_za(g: G) -> Text:
    c = g.person("ZA")
    b = _B()
    b.f("CRM > Contacts > {n}\nOwner: {o}   Stage: Quote sent   Source: Google Ads\n\n", n=PER(c.full),
        o=PER(g.person("ZA").full))
    b.f("Call note {d}: spoke to {f}, wants a double-sided closed-combustion stove fitted before winter. "
        "House is at {ad}. Moved there from {town} last year. Cell {p}, work {w}.\n",
        d=g.date(-10, 0).strftime("%d %b"), f=PER(c.first), ad=ADR(", ".join(g.address("ZA"))),
        town=LOC(g.town("ZA")[0]), p=PHO(g.phone("ZA")), w=PHO(g.phone("ZA", "f")))
    b.f("Quote Q{q} for R{amt} incl. VAT. Deposit via EFT, ref {ref}. Our branch: {br}.\n",
        q=g.dig(5), amt=f"{g.rng.randint(18, 65)} {g.dig(3)}.00", ref=g.ref("STV", 5), br=g.town("ZA")[0])
    return b.done()


_ST_MONTH = _MONTHS["en"]


@_t("en")
def t_stt(g: G) -> Text:
    cc = g.ch(["US", "US", "CA"])
    c, a = g.person(cc), g.person(cc)
    d = g.dob()
    b = _B()
    b.f("[auto-transcript, confidence 0.8{x}]\nagent: thank you for calling {co} this is {a} how can i help\n",
        x=g.dig(1), co=g.ch(["stone and soil landscaping", "peak tutoring", "metro pawn and gold"]),
        a=PER(a.first.lower()))
    b.f("caller: hi yeah my name is {n} uh i'm calling about the estimate\n", n=PER(c.full.lower()))
    b.f("agent: sure can i get your date of birth for verification\ncaller: {d}\n",
        d=DOB(f"{_ST_MONTH[d.month - 1].lower()} {d.day} {d.year}"))
    b.f("agent: and the best number to reach you\ncaller: it's {p}\n", p=PHO(g.phone(cc, style="nat")))
    b.f("agent: and the property address\ncaller: {ad}\n", ad=ADR(" ".join(g.address(cc)).lower().replace(",", "")))
    b.f("agent: perfect the estimate number is {r} i'll email it over\n", r=" ".join(g.dig(6)))
    return b.done()


@_t("en")
def t_form_kv(g: G) -> Text:
    cc = g.ch(["CA", "GB", "AU", "NZ"])
    c = g.person(cc)
    d = g.dob()
    b = _B()
    b.f("=== Web form submission: bike-fit booking ===\nsubmitted: {ts}\nform_id: {u}\n",
        ts=g.ts("%Y-%m-%d %H:%M:%S"), u=g.uid())
    b.f("First name: {f}\nLast name: {l}\nDate of birth: {d}\nEmail: {e}\nEmail confirmed: yes\nPhone: {p}\n",
        f=PER(c.first), l=PER(c.last), d=DOB(g.dstr(cc, d)), e=EMA(g.email(c)), p=PHO(g.phone(cc)))
    b.f("Phone type: mobile\nAddress: {ad}\nHeight (cm): {h}\nInseam (cm): {i}\nCurrent bike: {bike}\n",
        ad=ADR(", ".join(g.address(cc))), h=g.rng.randint(150, 200), i=g.rng.randint(68, 95), bike=g.ch(_BIKES))
    b.f("Card number: {cn}\nExpiry: {e}\nCVV: {v}\nPreferred studio: {st}\nHow did you hear about us: friend\n",
        cn=CCN(g.card()), e=g.exp(), v=g.dig(3), st=g.town(cc)[0])
    return b.done()


@_t("en")
def t_app_log(g: G) -> Text:
    c = g.person(g.ch(["US", "GB", "IN"]))
    b = _B()
    for _ in range(g.rng.randint(1, 2)):
        b.f("{ts} INFO  auth.login ok user_id={u} session={s} ip={ip} ua=\"Mozilla/5.0 Firefox/{v}\"\n",
            ts=g.ts("%Y-%m-%d %H:%M:%S,%f")[:-3], u=g.dig(6), s=g.hexs(32), ip=g.priv_ip(), v=g.ver())
    b.f("{ts} DEBUG auth.signup email={e} password={pw} ip={ip} referrer=newsletter\n",
        ts=g.ts("%Y-%m-%d %H:%M:%S"), e=EMA(g.email(c)), pw=PWD(g.password()), ip=IPA(_ip_public_v4(g.rng)))
    b.f("{ts} WARN  payments card declined last4={l4} amount={a} order={o}\n",
        ts=g.ts("%Y-%m-%d %H:%M:%S"), l4=g.dig(4), a=g.amt(), o=g.ref("ORD-2026-", 5))
    b.f("{ts} INFO  user.update id={u} phone={p} name={n}\n", ts=g.ts("%Y-%m-%d %H:%M:%S"), u=g.dig(6),
        p=PHO(g.phone(c.cc, style="e164")), n=PER(c.full))
    return b.done()


@_t("en")
def t_jsonl(g: G) -> Text:
    b = _B()
    for _ in range(g.rng.randint(2, 3)):
        cc = g.ch(_ENG)
        c = g.person(cc)
        ip = _ip_public_v6(g.rng) if g.rng.random() < 0.3 else _ip_public_v4(g.rng)
        b.f('{"event":"booking.created","id":"{u}","ts":"{ts}","customer":{"name":"{n}","email":"{e}",'
            '"phone":"{p}","dob_verified":true},"ip":"{ip}","amount":{a},"room":"{rm}"}\n',
            u=g.uid(), ts=g.ts(), n=PER(c.full), e=EMA(g.email(c)), p=PHO(g.phone(cc, style="e164")),
            ip=IPA(ip), a=g.amt(40, 300), rm=g.ch(["Da Vinci Code", "Sherlock Holmes Study", "The Curie Lab"]))
    return b.done()


@_t("en")
def t_nginx(g: G) -> Text:
    b = _B()
    for _ in range(g.rng.randint(3, 5)):
        r = g.rng.random()
        if r < 0.5:
            b.f("{ip} - - ", ip=IPA(_ip_public_v4(g.rng)))
        elif r < 0.65:
            b.f("{ip} - - ", ip=IPA(_ip_public_v6(g.rng)))
        else:
            b.f("{ip} - - ", ip=g.priv_ip())
        path = g.ch(["/api/v2/bookings", "/static/app.{h}.js".replace("{h}", g.hexs(8)), "/login",
                     "/tutors?page=" + str(g.rng.randint(1, 9)), "/health"])
        b.f("[{ts}] \"GET {p} HTTP/1.1\" {s} {sz} \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Chrome/{v}\"\n",
            ts=g.ts("%d/%b/%Y:%H:%M:%S +0000"), p=path, s=g.ch(["200", "200", "304", "404", "502"]),
            sz=g.rng.randint(120, 90000), v=g.ver())
    return b.done()


@_t("en")
def t_env_config(g: G) -> Text:
    c = g.person(g.ch(["US", "GB"]))
    b = _B()
    b.f("# .env.production  (do not commit!)\nAPP_VERSION={v}\nDB_HOST={ip}\nDB_USER=workshop_app\n"
        "DB_PASSWORD={pw}\n", v=g.ver(), ip=g.priv_ip(), pw=PWD(g.password()))
    b.f("SMTP_USER={e}\nSMTP_PASS={pw}\nSTRIPE_SECRET_KEY={k}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{pk}\n",
        e=EMA(g.email(c, "mail.chainlinestudio.com")), pw=PWD(g.password()), k=KEY("sk_live_" + g.b62(24)),
        pk=g.b62(24))
    b.f("SENDGRID_API_KEY={k}\nTWILIO_ACCOUNT_SID=AC{sid}\nSESSION_SECRET_HASH={h}\nADMIN_CONTACT={e}\n",
        k=KEY(f"SG.{g.b62(22)}.{g.b62(43)}"), sid=g.hexs(32), h=g.sha(), e=EMA("ops@chainlinestudio.com"))
    return b.done()


@_t("en")
def t_ocr_ie(g: G) -> Text:
    c = g.person("IE")
    d = g.dob()
    b = _B()
    b.f("PAWN LOAN AGREEMENT - CUSTOMER DETA1LS\n-----------------------------\nSurname: {l}    Forename(s): {f}\n",
        l=PER(c.last.upper()), f=PER(c.first.upper()))
    b.f("D.O.B.: {d}     PPS: [not collected]\nAddress:\n", d=DOB(g.dstr("IE", d)))
    b.addr(g.address("IE"))
    b.f("\nTe1: {p}\nEmai1: {e}\nItem: 18ct ye1low gold chain, {w}g   Ticket No: {t}\nLoan: EUR {a}   Interest: 4.5%/month\n"
        "Signed: ________  Date: {dd}\n", p=PHO(g.phone("IE")), e=EMA(g.email(c)), w=f"{g.rng.randint(3, 40)}.{g.dig(1)}",
        t=g.ref("", 8), a=g.amt(50, 900), dd=_fmt_day(g.date(-90, 0), "IE"))
    return b.done()


@_t("en")
def t_sheet_rows(g: G) -> Text:
    cc = g.ch(["AU", "NZ", "GB"])
    b = _B()
    b.add("Booking\tLead\tMobile\tSuburb\tPlayers\tPaid\tRoom\n")
    for _ in range(g.rng.randint(3, 5)):
        c = g.person(cc)
        b.f("{r}\t{n}\t{p}\t{s}\t{k}\t{a}\t{rm}\n", r=g.ref("ESC-", 5), n=PER(c.full), p=PHO(g.phone(cc)),
            s=LOC(g.town(cc)[0]), k=g.rng.randint(2, 8), a="$" + g.amt(60, 300),
            rm=g.ch(["Houdini's Vault", "The Curie Lab", "Pharaoh's Tomb", "Ned Kelly's Hideout"]))
    return b.done()


@_t("en")
def t_notifications(g: G) -> Text:
    cc = g.ch(["US", "GB", "IN", "SG", "AU"])
    b = _B()
    c = g.person(cc)
    b.f("Your booking {r} is confirmed, {f}!\n", r=g.ref("BK", 7), f=PER(c.first))
    b.f("[Chainline] Bike ready for collection - job {j}\n", j=g.ref("J", 5))
    b.f("New lead: {n} ({p}) wants a quote for a dry-stone wall\n", n=PER(g.person(cc).full), p=PHO(g.phone(cc)))
    b.f("Payment of {a} received - card {m}\n", a=g.amt(), m=g.masked())
    b.f("Security alert: new sign-in from {ip}\n", ip=IPA(_ip_public_v4(g.rng)))
    b.f("Reminder: chimney sweep tomorrow 8-10am at {st}\n", st=ADR(g.street(cc)))
    b.f("Order {o} shipped via DHL, tracking {t}\n", o=g.ref("#", 6), t="JD01" + g.dig(16))
    return b.done()


@_t("en")
def t_release_notes(g: G) -> Text:
    b = _B()
    b.f("Release {v} ({d})\n- Fixed crash when booking slots overlap (#{i})\n- Bumped openssl to {v2}\n"
        "- Migration {u} adds column password_changed_at\n- Build sha256: {h}\n- Staging now on {ip}, "
        "replica {ip2}\n- Card form now shows only {m}\n", v=g.ver(), d=g.date(-30, 0).isoformat(), i=g.dig(4),
        v2=g.ver() + g.ch("abcdefg"), u=g.uid(), h=g.sha(), ip=g.priv_ip(), ip2=g.priv_ip(), m=g.masked())
    return b.done()


@_t("en")
def t_opening_hours(g: G) -> Text:
    b = _B()
    cc = g.ch(["GB", "AU", "IE"])
    b.f("Holiday opening hours - {shop}\n{t1}: Mon-Sat 8:30-17:30, closed {d}\n{t2}: Mon-Fri 9-18\n"
        "Christmas service special: {a} (was {a2}). Gift vouchers from {a3}.\nTip: Brompton and Eddy Merckx "
        "frames need the {v} torque spec. Order ref format ORD-{o}.\n", shop=g.ch(_SHOPS), t1=g.town(cc)[0],
        t2=g.town(cc)[0], d=g.date(20, 40).strftime("%d %B"), a=g.amt(40, 99), a2=g.amt(100, 140),
        a3=g.amt(10, 30), v=g.ver(), o=g.dig(6))
    return b.done()


@_t("en")
def t_bank_details(g: G) -> Text:
    cc = g.ch(["GB", "IE"])
    c, s = g.person(cc), g.person(cc)
    b = _B()
    b.f("Dear {t}{n},\n\nThank you for your deposit for the walling works at {st}. For the balance of "
        "{amt}, please transfer to:\n\nAccount name: {co}\nIBAN: {iban}\nBIC: {bic}\nReference: INV-{r}\n\n"
        "If you'd rather pay by card, call {p}. We never ask for your card number by email.\n\nYours sincerely,\n{s}\n{co}\n",
        t="Mr " if c.g == "m" else "Ms ", n=PER(c.last), st=ADR(g.street(cc)),
        amt=("£" if cc == "GB" else "€") + g.amt(800, 9000), co=g.ch(["Drystone Dafydd Ltd", "Moor & Wall Ltd", "Harrison Landscapes"]),
        iban=IBN(g.iban(cc)), bic=g.swift(), r=g.dig(5), p=PHO(g.phone(cc, "f")), s=PER(s.full))
    return b.done()


@_t("en")
def t_direct_deposit(g: G) -> Text:
    c = g.person("US")
    d = g.dob(1960, 2004)
    b = _B()
    b.f("DIRECT DEPOSIT AUTHORIZATION - Peak Home Tutoring LLC\nEmployee: {n}\nSSN: {s}\nDate of Birth: {d}\n",
        n=PER(c.full), s=SSN(g.ssn()), d=DOB(g.dstr("US", d)))
    b.f("Home address: {ad}\nBank: {bank}\nRouting number: {r}\nAccount number: {a}\nAccount type: checking\n",
        ad=ADR(", ".join(g.address("US"))), bank=g.ch(["Chase", "Wells Fargo", "Ally Bank", "US Bank"]),
        r=g.routing(), a=BNK(g.us_acct()))
    b.f("Effective: {e}\nSignature on file. Employee ID {id}. Contact: {p} / {em}\n",
        e=g.date(0, 20).strftime("%m/%d/%Y"), id=g.dig(5), p=PHO(g.phone("US")), em=EMA(g.email(c)))
    return b.done()


@_t("en")
def t_parent_inquiry_sg(g: G) -> Text:
    cc = g.ch(["SG", "SG", "IN"])
    p = g.person(cc, "f")
    kid = g.person(cc, "m")
    b = _B()
    b.f("Subject: Home tuition for P5 Maths\n\nDear Sir/Madam,\n\nI am looking for a tutor for my son {k} who "
        "is in Primary 5 at {school}. He was born on {d}. We are available Tue/Thu after 6pm.\nOur address:\n",
        k=PER(kid.first), school=g.ch(["St. Joseph's Institution Junior", "Henry Park Primary", "Raffles Girls' Primary",
                                        "Anglo-Chinese School (Junior)"]), d=DOB(g.dstr(cc, g.dob(2015, 2016), "en")))
    b.addr(g.address(cc))
    b.f("\n\nPlease contact me at {ph} (WhatsApp) or this email.\n\nBest regards,\n{n}\n{e}\n",
        ph=PHO(g.phone(cc, style="intl")), n=PER(p.full), e=EMA(g.email(p)))
    return b.done()


@_t("en")
def t_voicemail_nz(g: G) -> Text:
    cc = g.ch(["NZ", "AU"])
    c = g.person(cc)
    b = _B()
    b.f("Voicemail (0:{s}) from {p}:\n\"Hi, it's {n} here, we're at {ad}, the chimney's been smoking back into "
        "the lounge since we lit it on {d}. Could someone come out this week? My other number is {p2}. "
        "Cheers.\"\nLogged by {me} - job {j} created.\n", s=g.rng.randint(20, 59), p=PHO(g.phone(cc)),
        n=PER(c.first), ad=ADR(", ".join(g.address(cc))), d=g.date(-10, -1).strftime("%A"), p2=PHO(g.phone(cc, "f")),
        me=PER(g.person(cc).first), j=g.ref("CH", 5))
    return b.done()


@_t("en")
def t_escape_confirm(g: G) -> Text:
    cc = g.ch(["CA", "US", "AU"])
    c = g.person(cc)
    b = _B()
    b.f("Booking confirmed: {rm}\nRef: {r}\nLead booker: {n}\nDate/time: {d} 19:30\nPlayers: {k}\nTotal: {a} "
        "(paid with {m})\n", rm=g.ch(["Houdini's Vault", "Tesla Lab", "Sherlock Holmes Study"]), r=g.ref("LK-", 6),
        n=PER(c.full), d=g.date(3, 30).isoformat(), k=g.rng.randint(3, 8), a="$" + g.amt(80, 300), m=g.masked())
    b.f("Venue: {v} location, door code {dc}\nQuestions? {p} or {e}\n", v=g.town(cc)[0], dc=g.dig(4) + "*",
        p=PHO(g.phone(cc, "f")), e=EMA("bookings@lockedinescape.com"))
    return b.done()


@_t("en")
def t_pawn_idcheck(g: G) -> Text:
    c = g.person("US")
    d = g.dob(1950, 2005)
    b = _B()
    b.f("ID CHECK - {br} store - clerk #{clerk}\nCustomer: {n}\nDOB {d} (age {age})\nDL#: {dl} exp {exp}\n",
        br=g.town("US")[0], clerk=g.dig(3), n=PER(c.last.upper() + ", " + c.first.upper()), d=DOB(g.dstr("US", d)),
        age=2026 - d.year - 1, dl=g.ch("ABCDEFGHJKLMNPRSTW") + g.dig(7), exp=g.date(200, 900).strftime("%m/%d/%Y"))
    b.f("Addr on ID: {ad}\nCurrently living in {town}\nItems: {it}\nLoan ticket {t}, {a} @ 20%/mo\nSSN last4 {l4} "
        "matched; phone {p}\n", ad=ADR(", ".join(g.address("US"))), town=LOC(g.town("US")[0]),
        it=g.ch(["Rolex Datejust 36 (serial " + g.dig(8) + ")", "14k gold rope chain 24in", "Cartier Love bracelet"]),
        t=g.ref("T", 7), a="$" + g.amt(100, 3000), l4=g.dig(4), p=PHO(g.phone("US")))
    return b.done()


@_t("en")
def t_bike_ticket_gb(g: G) -> Text:
    c = g.person("GB")
    mech = g.person("GB")
    b = _B()
    b.f("WORKSHOP TICKET {j}\nCustomer: {n}   Tel: {p}\nBike: {bike}, frame no. {fn}\n",
        j=g.ref("W", 5), n=PER(c.first[0] + ". " + c.last), p=PHO(g.phone("GB")), bike=g.ch(_BIKES),
        fn=g.ch(["WTU", "GS", "BR"]) + g.dig(7) + g.ch("ABCD"))
    b.f("Work: full service, new chain (Shimano {v}), true rear wheel\nMechanic: {m}\nQuote: £{a}\n"
        "Customer note: 'commute from {town} daily, needs it back by {d}'\nStaff: {s}\n",
        v="CN-M" + g.dig(4), m=PER(mech.first), a=g.amt(40, 250), town=LOC(g.town("GB")[0]),
        d=g.date(1, 7).strftime("%a %d/%m"), s=PER(mech.first + " " + mech.last[0] + "."))
    return b.done()


@_t("en")
def t_landscape_quote_ie(g: G) -> Text:
    cc = g.ch(["IE", "GB", "NZ"])
    c = g.person(cc)
    b = _B()
    b.f("Site visit notes - {n}\n", n=PER(c.full))
    b.addr(g.address(cc))
    b.f("\nGPS {gps}\n- 24m of dry-stone boundary wall, local limestone, approx 1.2m high\n- Remove old "
        "hedge, {pet} (dog) must be kept in during works\n- Est. {a} + VAT, 3 weeks\nContact: {p}, {e}\n"
        "Quote ref: Q-{q}-{y}\n", gps=g.gps(), pet=g.ch(_PETS), a=g.amt(4000, 15000), p=PHO(g.phone(cc)),
        e=EMA(g.email(c)), q=g.dig(4), y=2026)
    return b.done()


@_t("en")
def t_security_log_in(g: G) -> Text:
    c = g.person("IN")
    em = g.email(c)
    b = _B()
    b.f("[{ts}] account={e} event=password_reset_requested ip={ip} device_imei={im}\n", ts=g.ts(),
        e=EMA(em), ip=IPA(_ip_public_v4(g.rng)), im=g.imei())
    b.f("[{ts}] account={e} event=password_changed new_hash={h}\n", ts=g.ts(), e=EMA(em), h=g.argon())
    b.f("[{ts}] account={e} event=otp_sent to={p} code={o}\n", ts=g.ts(), e=EMA(em),
        p=PHO(g.phone("IN", style="e164")), o=g.otp())
    b.f("[{ts}] account={e} event=login_success ip={ip} session={s}\n", ts=g.ts(), e=EMA(em),
        ip=IPA(_ip_public_v6(g.rng)), s=g.uid())
    return b.done()


@_t("en")
def t_review_au(g: G) -> Text:
    cc = g.ch(["AU", "NG", "KE"])
    staff = g.person(cc, "m")
    c = g.person(cc)
    b = _B()
    b.f("★★★★★ {n} - {d}\nBrought my old Raleigh in to the {br} shop and {s} had it running like new. He even "
        "gave {pet} a treat lol. Drove all the way from {town}. Price was {a}, fair.\n",
        n=PER(c.first + " " + c.last[0] + "."), d=g.date(-60, 0).strftime("%d %b %Y"), br=g.town(cc)[0],
        s=PER(staff.first), pet=g.ch(_PETS), town=LOC(g.town(cc)[0]), a=g.amt(30, 200))
    b.f("Reply from owner: Thanks {f}! See you at the next service. - {o}\n", f=PER(c.first),
        o=PER(g.person(cc).first))
    return b.done()


# ---- other languages -------------------------------------------------------


@_t("ca")
def t_ca_email(g: G) -> Text:
    c = g.person("CAT")
    d = g.dob()
    b = _B()
    b.f("De: {n} <{e}>\nPer a: {to}\nAssumpte: Cita per a l'estudi biomecànic\n\n", n=PER(c.full),
        e=EMA(g.email(c)), to=EMA("hola@bikefitpedals.cat"))
    b.f("Bon dia,\n\nEm dic {f} i voldria reservar una sessió de bike fit. Vaig néixer el {d} i faig uns "
        "200 km setmanals amb una {bike}. Visc a {ad}.\n", f=PER(c.first), d=DOB(g.dstr("CAT", d, "ca")),
        bike=g.ch(_BIKES), ad=ADR(", ".join(g.address("CAT"))))
    b.f("Per a la domiciliació, el meu IBAN és {iban}. El meu mòbil és el {p}.\n\nGràcies,\n{s}\n",
        iban=IBN(g.iban("CAT")), p=PHO(g.phone("CAT", style="nat")), s=PER(c.first))
    b.f("\n-- Nota interna: client des de {dd}, comanda {o}, pagat {a} €\n", dd=g.date(-400, -30).strftime("%d/%m/%Y"),
        o=g.ref("CMD-", 5), a=g.amt(60, 180).replace(".", ","))
    return b.done()


@_t("ca")
def t_ca_whatsapp(g: G) -> Text:
    c, s = g.person("CAT"), g.person("CAT")
    b = _B()
    day = g.date(-10, 0).strftime("%d/%m/%y")
    b.f("{d} 9:1{m} - {s}: Bon dia! Sóc en {sf}, l'escuraxemeneies. Arribaré cap a les 10\n",
        d=day, m=g.dig(1), s=PER(s.full), sf=PER(s.first))
    b.f("{d} 9:2{m} - {c}: Perfecte. És a {st}, el timbre de dalt\n", d=day, m=g.dig(1), c=PER(c.full),
        st=ADR(g.street("CAT")))
    b.f("{d} 9:3{m} - {s}: D'acord. Si no em contesten trucaré al {p}\n", d=day, m=g.dig(1), s=PER(s.full),
        p=PHO(g.phone("CAT")))
    b.f("{d} 11:0{m} - {c}: Gràcies! La factura a {e} si us plau. El gos es diu {pet}, no mossega 😅\n",
        d=day, m=g.dig(1), c=PER(c.full), e=EMA(g.email(c)), pet=g.ch(_PETS))
    b.f("{d} 11:1{m} - {s}: Fet. Factura F-{n}, import {a} €\n", d=day, m=g.dig(1), s=PER(s.full),
        n=g.dig(6), a=g.amt(60, 150).replace(".", ","))
    return b.done()


@_t("is")
def t_is_email(g: G) -> Text:
    c = g.person("IS")
    b = _B()
    b.f("Frá: {e}\nEfni: Tilboð í hleðslu á grjótgarði\n\nGóðan dag,\n\nÉg heiti {n} og bý að {ad}. "
        "Við viljum láta hlaða um 15 metra grjótgarð við lóðamörkin.\n", e=EMA(g.email(c)), n=PER(c.full),
        ad=ADR(", ".join(g.address("IS"))))
    b.f("Hægt er að ná í mig í síma {p}. Ef þið þurfið að millifæra innborgun til baka er reikningurinn "
        "{iban}.\n\nKveðja,\n{f}\n", p=PHO(g.phone("IS")), iban=IBN(g.iban("IS")), f=PER(c.first))
    b.f("\n[Innri athugasemd: verk nr. {v}, áætlun {a} kr., útibú {br}]\n", v=g.dig(5),
        a=f"{g.rng.randint(300, 2500)}.{g.dig(3)}", br=g.ch(["Selfoss", "Akureyri", "Borgarnes"]))
    return b.done()


@_t("is")
def t_is_form(g: G) -> Text:
    c = g.person("IS")
    d = g.dob()
    b = _B()
    b.f("Bókun - flóttaherbergi\nNafn: {n}\nFæðingardagur: {d}\nHeimilisfang: {ad}\nSímanúmer: {p}\n"
        "Netfang: {e}\n", n=PER(c.full), d=DOB(g.dstr("IS", d) if g.rng.random() < 0.6 else g.dstr("IS", d, "is")),
        ad=ADR(", ".join(g.address("IS"))), p=PHO(g.phone("IS")), e=EMA(g.email(c)))
    b.f("Herbergi: {rm}\nDagsetning: {dd}\nFjöldi: {k}\nGreitt: {a} kr.\nBókunarnúmer: {r}\nHurðarkóði: {dc}\n",
        rm=g.ch(["Dulmálið", "Fangelsið", "Galdrastofan"]), dd=g.date(2, 30).strftime("%d.%m.%Y"),
        k=g.rng.randint(2, 6), a=f"{g.rng.randint(12, 40)}.{g.dig(3)}", r=g.ref("FL", 6), dc=g.dig(4))
    return b.done()


@_t("af")
def t_af_sms(g: G) -> Text:
    c = g.person("AF")
    b = _B()
    b.f("SMS van {p}:\nGoeiemôre, dis {n}. Ek wil graag my ring by julle kom oplos, lenings-kaartjie {t}. "
        "Kan ek Saterdag kom?\n", p=PHO(g.phone("AF")), n=PER(c.full), t=g.ref("PB", 6))
    b.f("Antwoord:\nMore {f}, ja ons is oop tot 13:00. Bring asb jou ID saam. Bedrag verskuldig R{a}. "
        "Verwysing {r}.\n", f=PER(c.first), a=f"{g.rng.randint(500, 9000)},{g.dig(2)}", r=g.ref("", 8))
    b.f("SMS van {p}:\nDankie! Ek bly nou in {town}, my nuwe adres is {ad}\n", p=PHO(g.phone("AF", style="intl")),
        town=LOC(g.town("AF")[0]), ad=ADR(", ".join(g.address("AF"))))
    return b.done()


@_t("af")
def t_af_crm(g: G) -> Text:
    c = g.person("AF")
    d = g.dob()
    b = _B()
    b.f("Kliënt: {n}\nGebore: {d}\nE-pos: {e}\nSelfoon: {p}\nAdres:\n", n=PER(c.full),
        d=DOB(g.dstr("AF", d, "af") if g.rng.random() < 0.5 else g.dstr("AF", d)), e=EMA(g.email(c)),
        p=PHO(g.phone("AF")))
    b.addr(g.address("AF"))
    b.f("\n\nOproepnota {dd}: {f} wil 'n houtstoof laat installeer, model {m}. Skoorsteen moet eers "
        "skoongemaak word. Kwotasie K-{q} gestuur, R{a}. Tak: {br}.\n", dd=g.date(-5, 0).strftime("%Y/%m/%d"),
        f=PER(c.first), m="Jetmaster " + g.dig(3), q=g.dig(5), a=f"{g.rng.randint(15, 60)} {g.dig(3)}",
        br=g.ch(["Paarl", "Stellenbosch", "George"]))
    return b.done()


@_t("tl")
def t_tl_chat(g: G) -> Text:
    c = g.person("PH", "f")
    a = g.person("PH")
    kid = g.person("PH")
    b = _B()
    b.f("{c}: Hi po! Si {cf} po ito, nanay ni {k}. Naghahanap po kami ng tutor sa Math at Science\n",
        c=PER(c.full), cf=PER(c.first), k=PER(kid.first))
    b.f("{a}: Hello po Ma'am! Ano po ang grade level at birthday ni {k}?\n", a=PER(a.full), k=PER(kid.first))
    b.f("{c}: Grade 4 po, ipinanganak siya noong {d}. Taga-{town} po kami, {ad}\n", c=PER(c.full),
        d=DOB(g.dstr("PH", g.dob(2016, 2017), "tl")), town=LOC(g.town("PH")[0]),
        ad=ADR(", ".join(g.address("PH"))))
    b.f("{a}: Noted po. Pakisend na lang po ng number ninyo para sa confirmation\n{c}: {p} po. GCash ref "
        "{r} yung downpayment\n", a=PER(a.first), c=PER(c.first), p=PHO(g.phone("PH")), r=g.dig(13))
    return b.done()


@_t("tl")
def t_tl_ticket(g: G) -> Text:
    c = g.person("PH")
    b = _B()
    b.f("Ticket #{n} | Kategorya: Refund\nCustomer: {cn} <{e}>\n\nGood day po. Nag-book po ako ng escape "
        "room (booking {r}) pero na-charge po ng dalawang beses ang card ko na {card}. Pakibalik po ang isa. "
        "Contact ko: {p}.\n", n=g.dig(5), cn=PER(c.full), e=EMA(g.email(c)), r=g.ref("ER", 6),
        card=CCN(g.card()), p=PHO(g.phone("PH")))
    b.f("\n[Internal note - {ag}] Nakita ko yung dalawang transaction na PHP {a}, refund ID {u}. Customer "
        "IP {ip}.\n", ag=PER(g.person("PH").first), a=g.amt(800, 3000), u=g.uid(), ip=IPA(_ip_public_v4(g.rng)))
    return b.done()


@_t("ms")
def t_ms_email(g: G) -> Text:
    p = g.person("MY")
    kid = g.person("MY")
    b = _B()
    b.f("Kepada: {to}\nDaripada: {e}\nPerkara: Permohonan tuisyen di rumah\n\nAssalamualaikum dan salam "
        "sejahtera,\n\nSaya {n}, ibu/bapa kepada {k} (tarikh lahir: {d}) yang bersekolah di {sch}. ",
        to=EMA("pertanyaan@tuisyencemerlang.my"), e=EMA(g.email(p)), n=PER(p.full), k=PER(kid.full),
        d=DOB(g.dstr("MY", g.dob(2011, 2016), "ms")),
        sch=g.ch(["SK Taman Tun Dr Ismail", "SMK Sultan Abdul Samad", "SJK(C) Chung Hwa"]))
    b.f("Kami tinggal di {ad}. Boleh hubungi saya di {ph}.\n\nTerima kasih,\n{f}\n",
        ad=ADR(", ".join(g.address("MY"))), ph=PHO(g.phone("MY")), f=PER(p.first))
    return b.done()


@_t("ms")
def t_ms_kv(g: G) -> Text:
    c = g.person("MY")
    b = _B()
    b.f("tempahan_id={r} bilik=\"{rm}\" nama=\"{n}\" no_tel={p} emel={e} bandar={t} ip={ip} jumlah=RM{a} "
        "kad={m} status=DISAHKAN\n", r=g.ref("KL", 6), rm=g.ch(["Misteri Puteri Gunung Ledang", "Makmal Rahsia"]),
        n=PER(c.full), p=PHO(g.phone("MY", style="plain")), e=EMA(g.email(c)), t=LOC(g.town("MY")[0]),
        ip=IPA(_ip_public_v4(g.rng)), a=g.amt(80, 400), m=g.masked())
    b.f("cawangan={br} kod_pintu={dc} versi_app={v}\n", br=g.ch(["Bangsar", "Ipoh", "Johor Bahru"]),
        dc=g.dig(4), v=g.ver())
    return b.done()


@_t("et")
def t_et_email(g: G) -> Text:
    c = g.person("EE")
    b = _B()
    b.f("Tere!\n\nMinu nimi on {n}. Soovin hinnapakkumist kaminaahju paigaldamiseks meie majja aadressil "
        "{ad}. Sündisin {d}, kui seda lepingu jaoks vaja on.\n", n=PER(c.full), ad=ADR(", ".join(g.address("EE"))),
        d=DOB(g.dstr("EE", g.dob(), "et")))
    b.f("Ettemaksu tagastamiseks: {iban}. Telefon {p}, e-post {e}.\n\nLugupidamisega\n{n2}\n",
        iban=IBN(g.iban("EE")), p=PHO(g.phone("EE")), e=EMA(g.email(c)), n2=PER(c.full))
    b.f("\n-- \nPliidimeister OÜ, Tartu esindus | tel {bp} | {em} | reg. {reg}\n",
        bp=PHO(g.phone("EE", "f")), em=EMA("info@pliidimeister.ee"), reg="1" + g.dig(7))
    return b.done()


@_t("et")
def t_et_log(g: G) -> Text:
    c = g.person("EE")
    b = _B()
    b.f("{ts} INFO  kasutaja registreeritud e_post={e} nimi=\"{n}\" ip={ip}\n", ts=g.ts("%Y-%m-%d %H:%M:%S"),
        e=EMA(g.email(c)), n=PER(c.full), ip=IPA(_ip_public_v4(g.rng)))
    b.f("{ts} DEBUG sisselogimine ebaõnnestus kasutaja={e} sisestatud_parool={pw} katse={k}\n",
        ts=g.ts("%Y-%m-%d %H:%M:%S"), e=EMA(g.email(c)), pw=PWD(g.password()), k=g.rng.randint(2, 5))
    b.f("{ts} INFO  parool muudetud räsi={h} seanss={s} sisevõrk={ip}\n", ts=g.ts("%Y-%m-%d %H:%M:%S"),
        h=g.bcrypt(), s=g.hexs(24), ip=g.priv_ip())
    return b.done()


@_t("lt")
def t_lt_call(g: G) -> Text:
    c = g.person("LT")
    d = g.dob()
    b = _B()
    b.f("Skambučio pastaba {dd}\nSkambino {n} ({p}), gim. {d}. Nori įkeisti auksinę grandinėlę "
        "(585 prabos, {w} g). Gyvena {town}, adresas {ad}.\n", dd=g.date(-7, 0).strftime("%Y-%m-%d"), n=PER(c.full),
        p=PHO(g.phone("LT")), d=DOB(g.dstr("LT", d) if g.rng.random() < 0.6 else g.dstr("LT", d, "lt")),
        w=f"{g.rng.randint(3, 30)},{g.dig(1)}", town=LOC(g.ch(["Vilniuje", "Kaune", "Klaipėdoje", "Šiauliuose"])),
        ad=ADR(", ".join(g.address("LT"))))
    b.f("Paskolos bilietas Nr. {t}, suma {a} EUR. Pinigus pervesti į {iban}. Aptarnavo {s}.\n",
        t=g.ref("LB", 6), a=g.amt(50, 900).replace(".", ","), iban=IBN(g.iban("LT")), s=PER(g.person("LT").first))
    return b.done()


@_t("lt")
def t_lt_order(g: G) -> Text:
    c = g.person("LT")
    b = _B()
    b.f("UŽSAKYMO FORMA - Aplinkos tvarkymas\nVardas, pavardė: {n}\nAdresas: {ad}\nTel.: {p}\nEl. paštas: {e}\n",
        n=PER(c.full), ad=ADR(", ".join(g.address("LT"))), p=PHO(g.phone("LT")), e=EMA(g.email(c)))
    b.f("Darbai: sausas akmens mūras, {m} m, vejos įrengimas {m2} m²\nKoordinatės: {gps}\nSąmatos Nr.: {s}\n"
        "Kaina: {a} EUR su PVM\nSąskaita apmokėjimui: {iban}\n", m=g.rng.randint(5, 40), m2=g.rng.randint(50, 400),
        gps=g.gps(), s=g.ref("S-", 5), a=g.amt(900, 9000).replace(".", ","), iban=IBN(g.iban("LT")))
    return b.done()


@_t("sl")
def t_sl_email(g: G) -> Text:
    c = g.person("SI")
    b = _B()
    b.f("Pozdravljeni,\n\nsem {n}, prejšnji teden sem pri vas pustil kolo {bike} (delovni nalog {dn}). Ali je "
        "že popravljeno? Kolo lahko prevzamem v petek, ker se vozim iz kraja {town}.\n", n=PER(c.full),
        bike=g.ch(_BIKES), dn=g.ref("DN-", 5), town=LOC(g.town("SI")[0]))
    b.f("Moja številka je {p}. Račun prosim pošljite na {e}, naslov za račun: {ad}.\n\nLep pozdrav,\n{f}\n",
        p=PHO(g.phone("SI")), e=EMA(g.email(c)), ad=ADR(", ".join(g.address("SI"))), f=PER(c.first))
    b.f("\n> Servis Kolesarnica Prešeren, {br}, tel. {bp}\n", br=g.town("SI")[0], bp=PHO(g.phone("SI", "f")))
    return b.done()


@_t("sl")
def t_sl_ocr(g: G) -> Text:
    p = g.person("SI")
    kid = g.person("SI")
    b = _B()
    b.f("PRIJAVN1CA ZA INSTRUKCIJE\nIme in priimek učenca: {k}\nDatum rojstva: {d}\nStarš / skrbnik: {p}\n",
        k=PER(kid.full), d=DOB(g.dstr("SI", g.dob(2009, 2016))), p=PER(p.full))
    b.f("Naslov: {ad}\nTelefon: {ph}\nE-pošta: {e}\nPredmet: matematika, fizika\nŠola: OŠ {sch}\n"
        "Cena: {a} EUR / uro   Št. prijave: {r}\n", ad=ADR(", ".join(g.address("SI"))), ph=PHO(g.phone("SI")),
        e=EMA(g.email(p)), sch=g.ch(["Franceta Prešerna", "Ivana Cankarja", "Toneta Čufarja"]),
        a=g.rng.randint(15, 30), r=g.dig(6))
    return b.done()


@_t("tr")
def t_tr_whatsapp(g: G) -> Text:
    c, s = g.person("TR"), g.person("TR")
    day = g.date(-5, 0).strftime("%d.%m.%Y")
    b = _B()
    b.f("{d} 10:{m} - {c}: Merhaba, bilezikleri bozdurmak istiyorum, 22 ayar, yaklaşık {w} gram\n",
        d=day, m=g.dig(2)[0] + "5", c=PER(c.full), w=g.rng.randint(10, 60))
    b.f("{d} 10:{m} - {s}: Merhaba {f} Hanım/Bey, bugünkü gram fiyatı {a} TL. Kimliğinizle gelmeniz gerekiyor\n",
        d=day, m="2" + g.dig(1), s=PER(s.full), f=PER(c.first), a=g.amt(2800, 3400).replace(".", ","))
    b.f("{d} 10:{m} - {c}: Tamam. Ödemeyi IBAN'a yapabilir misiniz? {iban}\n", d=day, m="3" + g.dig(1),
        c=PER(c.full), iban=IBN(g.iban("TR")))
    b.f("{d} 10:{m} - {s}: Olur. {br} şubemizdeyiz, sorun olursa {p}\n", d=day, m="4" + g.dig(1), s=PER(s.full),
        br=g.ch(["Kadıköy", "Nilüfer", "Karşıyaka"]), p=PHO(g.phone("TR", "f")))
    return b.done()


@_t("tr")
def t_tr_idcheck(g: G) -> Text:
    c = g.person("TR")
    d = g.dob()
    b = _B()
    b.f("KİMLİK KONTROL FORMU\nAd: {f}\nSoyad: {l}\nDoğum tarihi: {d}\nDoğum yeri: {bp}\nAdres: {ad}\n",
        f=PER(c.first), l=PER(c.last), d=DOB(g.dstr("TR", d) if g.rng.random() < 0.6 else g.dstr("TR", d, "tr")),
        bp=LOC(g.town("TR")[0]), ad=ADR(", ".join(g.address("TR"))))
    b.f("Cep: {p}\nE-posta: {e}\nÜrün: {it}\nAlış tutarı: {a} TL\nFiş no: {fn}\nKasiyer: {k}\nŞube: {br}\n",
        p=PHO(g.phone("TR")), e=EMA(g.email(c)), it=g.ch(["Çeyrek altın x3", "22 ayar bilezik", "Pırlanta yüzük"]),
        a=g.amt(5000, 90000).replace(".", ","), fn=g.ref("", 9), k=PER(g.person("TR").first),
        br=g.ch(["Kapalıçarşı", "Çankaya", "Bornova"]))
    return b.done()


@_t("ro")
def t_ro_email(g: G) -> Text:
    c = g.person("RO")
    kid = g.person("RO")
    b = _B()
    b.f("Bună ziua,\n\nMă numesc {n} și aș dori să rezerv sala de petreceri pentru ziua fiicei/fiului meu, "
        "{k}, născut(ă) pe {d}. Vom fi în jur de 20 de copii.\n", n=PER(c.full), k=PER(kid.first),
        d=DOB(g.dstr("RO", g.dob(2016, 2020), "ro")))
    b.f("Adresa pentru factură: {ad}. Telefon: {p}. Avansul îl pot returna din contul {iban}.\n\n"
        "Cu stimă,\n{s}\n", ad=ADR(", ".join(g.address("RO"))), p=PHO(g.phone("RO")), iban=IBN(g.iban("RO")),
        s=PER(c.full))
    b.f("\n---\nRezervare nr. {r} | Sala \"{sala}\" | Avans {a} lei | CUI firmă {cui}\n", r=g.ref("RZ", 5),
        sala=g.ch(["Ion Creangă", "Regina Maria", "Aventura"]), a=g.rng.randint(200, 900), cui="RO" + g.dig(8))
    return b.done()


@_t("ro")
def t_ro_ticket(g: G) -> Text:
    c = g.person("RO")
    b = _B()
    b.f("Tichet #{n} - Plată eșuată camera de evadare\nClient: {cn}\nEmail: {e}\nTelefon: {p}\n",
        n=g.dig(6), cn=PER(c.full), e=EMA(g.email(c)), p=PHO(g.phone("RO", style="intl")))
    b.f("Mesaj: Am încercat să plătesc cu cardul {card} dar a dat eroare. Am parola contului {pw}, poate "
        "îmi resetați contul?\n", card=CCN(g.card()), pw=PWD(g.password()))
    b.f("Notă internă ({ag}): NU trimiteți parole prin email. Cardul apare ca {m}, tranzacție {u}. IP client "
        "{ip}.\n", ag=PER(g.person("RO").first), m=g.masked(), u=g.uid(), ip=IPA(_ip_public_v4(g.rng)))
    return b.done()


@_t("cy")
def t_cy_email(g: G) -> Text:
    c = g.person("CY")
    s = g.person("CY")
    b = _B()
    b.f("Annwyl {n},\n\nDiolch am eich archeb. Bydd {sf} yn dod i lanhau'r simnai ar {d} rhwng 8 a 10 y bore. "
        "Cadarnhewch y cyfeiriad os gwelwch yn dda:\n", n=PER(c.full), sf=PER(s.first),
        d=g.date(3, 20).strftime("%d/%m/%Y"))
    b.addr(g.address("CY"))
    b.f("\n\n(English: Thank you for your booking. Job ref {r}. Price £{a}.)\n\nCofion,\n{s}\nSimneiau Gwynedd\n"
        "{p} | {e}\n", r=g.ref("SG", 5), a=g.amt(55, 120), s=PER(s.full), p=PHO(g.phone("CY", "f")),
        e=EMA("archebu@simneiaugwynedd.cymru"))
    return b.done()


@_t("cy")
def t_cy_sms(g: G) -> Text:
    c = g.person("CY")
    b = _B()
    b.f("Neges gan {p}:\nHelo, {n} sy 'ma. Ydi'r wal gerrig yn {st} yn barod? Dw i'n symud i {town} mis nesa.\n",
        p=PHO(g.phone("CY")), n=PER(c.full), st=ADR(g.street("CY")), town=LOC(g.town("CY")[0]))
    b.f("Ateb:\nBore da {f}! Bron yn barod. Anfoneb INV-{i} am £{a} i {e}\n", f=PER(c.first), i=g.dig(5),
        a=g.amt(500, 4000), e=EMA(g.email(c)))
    return b.done()


@_t("vi")
def t_vi_chat(g: G) -> Text:
    c = g.person("VN")
    a = g.person("VN")
    kid = g.person("VN")
    b = _B()
    b.f("{c}: Chào em, chị cần tìm gia sư Toán lớp 9 cho cháu {k}\n", c=PER(c.full),
        k=PER(kid.full.split(" ")[-1]))
    b.f("{a}: Dạ chào chị {cf}. Chị cho em xin địa chỉ và ngày sinh của bé ạ\n", a=PER(a.full),
        cf=PER(c.full.split(" ")[-1]))
    b.f("{c}: Nhà chị ở {ad}. Cháu sinh {d}\n", c=PER(c.full), ad=ADR(", ".join(g.address("VN"))),
        d=DOB(g.dstr("VN", g.dob(2011, 2012), "vi" if g.rng.random() < 0.5 else None)))
    b.f("{a}: Dạ em ghi nhận. Học phí {h}đ/buổi. Chị để lại SĐT giúp em\n{c}: {p}\n", a=PER(a.full),
        h=f"{g.rng.randint(150, 400)}.000", c=PER(c.full), p=PHO(g.phone("VN")))
    return b.done()


@_t("vi")
def t_vi_form(g: G) -> Text:
    c = g.person("VN")
    b = _B()
    b.f("PHIẾU SỬA XE ĐẠP #{n}\nHọ và tên: {name}\nNgày sinh: {d}\nĐịa chỉ: {ad}\nSĐT: {p}\nEmail: {e}\n",
        n=g.dig(5), name=PER(c.full), d=DOB(g.dstr("VN", g.dob())), ad=ADR(", ".join(g.address("VN"))),
        p=PHO(g.phone("VN")), e=EMA(g.email(c)))
    b.f("Loại xe: {bike}\nSố khung: {fn}\nCông việc: thay xích, chỉnh phanh\nChi phí: {a}đ\nNgày hẹn trả: {dd}\n",
        bike=g.ch(_BIKES), fn=g.ch(["SN", "FR", "XD"]) + g.dig(8), a=f"{g.rng.randint(100, 900)}.000", dd=g.date(1, 7).strftime("%d/%m/%Y"))
    return b.done()


@_t("sw")
def t_sw_chat(g: G) -> Text:
    c, s = g.person("SW"), g.person("SW")
    b = _B()
    b.f("{c}: Habari, mimi ni {cf}. Nahitaji ukuta wa mawe kuzunguka shamba letu huko {town}\n",
        c=PER(c.full), cf=PER(c.full), town=LOC(g.town("SW")[0]))
    b.f("{s}: Karibu {cf}! Tunaweza kuja kukagua Jumamosi. Anwani yako ni ipi?\n", s=PER(s.full),
        cf=PER(c.first))
    b.f("{c}: {ad}. Nipigie kwa {p}\n", c=PER(c.full), ad=ADR(", ".join(g.address("SW"))), p=PHO(g.phone("SW")))
    b.f("{s}: Sawa. Bei ya makadirio ni KSh {a}. Lipa kupitia M-Pesa Paybill {pb}, akaunti {r}. Barua pepe: {e}\n",
        s=PER(s.full), a=f"{g.rng.randint(20, 300)},{g.dig(3)}", pb=g.dig(6), r=g.ref("MW", 5),
        e=EMA("mawe@ujenzibora.co.ke"))
    return b.done()


# ---------------------------------------------------------------------------
# structured tables
# ---------------------------------------------------------------------------


class _Row:
    def __init__(self, g: G, cc: str) -> None:
        self.cc = cc
        self.p = g.person(cc)
        self.kid = g.person(cc)
        self.town = g.town(cc)
        self.dob = g.dob()
        self.kdob = g.dob(2010, 2019)
        self.email = g.email(self.p)
        self.addr = g.address(cc, self.town)
        self.home = g.town(cc)[0]


_PH = ("N/A", "-", "unknown", "n/a", "—")


def _c(name, ent, fn, blank=0.0, ph=0.0):
    return (name, ent, fn, blank, ph)


def _mk(g: G, rows: int, cc: str, specs) -> list[Column]:
    cols = [Column(name=s[0], entity=s[1], values=[]) for s in specs]
    for _ in range(rows):
        r = _Row(g, cc)
        for (name, ent, fn, blank, ph), col in zip(specs, cols):
            x = g.rng.random()
            if x < blank:
                col.values.append(None)
            elif x < blank + ph:
                col.values.append(g.ch(_PH))
            else:
                col.values.append(fn(g, r))
    return cols


def _yn(*opts):
    return lambda g, r: g.ch(opts)


def _ts(fmt="%Y-%m-%d %H:%M:%S", lo=-300, hi=0):
    return lambda g, r: g.ts(fmt, lo, hi)


def _day(fmt="%Y-%m-%d", lo=-300, hi=60):
    return lambda g, r: g.date(lo, hi).strftime(fmt)


def _branch(cc):
    return lambda g, r: g.town(cc)[0]


def _tables(g: G, rows: int) -> dict[str, list[Column]]:
    T: dict[str, list[Column]] = {}
    T["bike_workshop_jobs"] = _mk(g, rows, "GB", [
        _c("job_id", None, lambda g, r: g.ref("W", 6)),
        _c("booked_at", None, _ts()),
        _c("customer_first", "PERSON", lambda g, r: r.p.first),
        _c("customer_surname", "PERSON", lambda g, r: r.p.last, 0.05),
        _c("tel", "PHONE_NUMBER", lambda g, r: g.phone("GB"), 0.15, 0.03),
        _c("email", "EMAIL_ADDRESS", lambda g, r: r.email, 0.25),
        _c("email_verified", None, _yn("true", "false")),
        _c("addr1", "STREET_ADDRESS", lambda g, r: r.addr[-3] if len(r.addr) >= 3 else r.addr[0], 0.3),
        _c("home_town", "LOCATION", lambda g, r: r.town[0], 0.35),
        _c("bike_make", None, lambda g, r: g.ch(_BIKES)),
        _c("frame_serial", None, lambda g, r: g.ch(["WTU", "GS", "BR"]) + g.dig(7) + g.ch("ABCD"), 0.4),
        _c("service_tier", None, _yn("Bronze", "Silver", "Gold", "Safety check")),
        _c("mechanic_id", None, lambda g, r: f"M{g.rng.randint(1, 12):02d}"),
        _c("parts_total_gbp", None, lambda g, r: g.amt(0, 300)),
        _c("card_last4", None, lambda g, r: g.dig(4), 0.2),
        _c("payment_ref", None, lambda g, r: "ch_" + g.b62(24), 0.2),
        _c("branch", None, _branch("GB")),
        _c("collection_date", None, _day("%d/%m/%Y", 0, 14), 0.1),
        _c("phone_type", None, _yn("mobile", "landline", "work")),
        _c("name_of_product", None, _yn("Park Tool PCS-10", "Shimano Ultegra R8000 chain", "Brooks B17 saddle",
                                        "Continental GP5000 28c")),
    ])
    T["bikefit_clients_cat"] = _mk(g, rows, "CAT", [
        _c("Nom", "PERSON", lambda g, r: r.p.first),
        _c("Cognoms", "PERSON", lambda g, r: r.p.last),
        _c("Data naixement", "DATE_OF_BIRTH", lambda g, r: g.dstr("CAT", r.dob), 0.2),
        _c("Telèfon", "PHONE_NUMBER", lambda g, r: g.phone("CAT", style=g.ch(["nat", "intl", "plain"])), 0.1),
        _c("Correu electrònic", "EMAIL_ADDRESS", lambda g, r: r.email, 0.1),
        _c("Adreça", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr), 0.3),
        _c("Població", "LOCATION", lambda g, r: r.town[0], 0.2),
        _c("field_3", "IBAN_CODE", lambda g, r: g.iban("CAT"), 0.5),
        _c("Alçada (cm)", None, lambda g, r: str(g.rng.randint(150, 200))),
        _c("Entrecuix (mm)", None, lambda g, r: str(g.rng.randint(680, 950))),
        _c("Talla quadre", None, _yn("S", "M", "L", "54", "56", "58")),
        _c("Model sella", None, _yn("Fizik Antares", "Brooks Cambium", "Specialized Power", "Selle Italia SLR")),
        _c("Data sessió", None, _day("%d/%m/%Y")),
        _c("Import €", None, lambda g, r: g.amt(90, 250).replace(".", ",")),
        _c("DNI verificat", None, _yn("sí", "no")),
        _c("Tipus adreça", None, _yn("particular", "feina", "facturació")),
        _c("Codi sessió", None, lambda g, r: g.uid()),
        _c("Estudi", None, _yn("Barcelona", "Girona", "Vic")),
    ])
    T["pawn_loan_tickets"] = _mk(g, rows, "US", [
        _c("TicketNo", None, lambda g, r: g.ref("T", 7)),
        _c("LoanDate", None, _day("%m/%d/%Y", -120, 0)),
        _c("BorrowerName", "PERSON", lambda g, r: f"{r.p.last}, {r.p.first}"),
        _c("DOB", "DATE_OF_BIRTH", lambda g, r: g.dstr("US", r.dob)),
        _c("SSN", "US_SSN", lambda g, r: g.ssn(), 0.4),
        _c("IdType", None, _yn("Driver License", "State ID", "Passport")),
        _c("IdNumber", None, lambda g, r: g.ch("ABCDEFGHJKLMNPRSTW") + g.dig(7)),
        _c("ItemDesc", None, _yn("14k gold ring 3.2g", "Rolex Datejust 36", "DeWalt DCD791 drill", "Gibson Les Paul",
                                 "10k rope chain 20in", "Xbox Series X")),
        _c("Karat", None, _yn("10k", "14k", "18k", "")),
        _c("WeightGrams", None, lambda g, r: f"{g.rng.uniform(1, 60):.1f}", 0.3),
        _c("LoanAmount", None, lambda g, r: g.amt(30, 3000)),
        _c("APR", None, _yn("240%", "180%", "204%")),
        _c("DueDate", None, _day("%m/%d/%Y", 0, 90)),
        _c("PayoutAcct", "US_BANK_NUMBER", lambda g, r: g.us_acct(), 0.55),
        _c("PayoutRouting", None, lambda g, r: g.routing(), 0.55),
        _c("Phone", "PHONE_NUMBER", lambda g, r: g.phone("US"), 0.1, 0.03),
        _c("AddressLine1", "STREET_ADDRESS", lambda g, r: r.addr[0], 0.05),
        _c("City", "LOCATION", lambda g, r: r.town[0]),
        _c("DobVerified", None, _yn("Y", "N")),
        _c("ClerkId", None, lambda g, r: g.dig(3)),
        _c("CardLast4", None, lambda g, r: g.dig(4), 0.6),
    ])
    T["kuyumcu_alis"] = _mk(g, rows, "TR", [
        _c("fis_no", None, lambda g, r: g.ref("", 9)),
        _c("tarih", None, _day("%d.%m.%Y", -200, 0)),
        _c("ad", "PERSON", lambda g, r: r.p.first),
        _c("soyad", "PERSON", lambda g, r: r.p.last),
        _c("dogum_tarihi", "DATE_OF_BIRTH", lambda g, r: g.dstr("TR", r.dob), 0.1),
        _c("cep_tel", "PHONE_NUMBER", lambda g, r: g.phone("TR"), 0.05, 0.02),
        _c("eposta", "EMAIL_ADDRESS", lambda g, r: r.email, 0.45, 0.05),
        _c("adres", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr), 0.2),
        _c("il", "LOCATION", lambda g, r: r.town[0]),
        _c("urun_adi", None, _yn("Çeyrek altın", "22 ayar bilezik", "Cumhuriyet altını", "Pırlanta tektaş")),
        _c("ayar", None, _yn("14", "18", "22", "24")),
        _c("gram", None, lambda g, r: f"{g.rng.uniform(1, 80):.2f}".replace(".", ",")),
        _c("tutar_tl", None, lambda g, r: g.amt(2000, 150000)),
        _c("iban", "IBAN_CODE", lambda g, r: g.iban("TR"), 0.3),
        _c("kimlik_dogrulandi", None, _yn("evet", "hayır")),
        _c("sube", None, _yn("Kapalıçarşı", "Çankaya", "Bornova", "Nilüfer")),
        _c("kasiyer_kodu", None, lambda g, r: "K" + g.dig(3)),
        _c("belge_hash", None, lambda g, r: g.sha()),
        _c("eposta_izni", None, _yn("evet", "hayır"), 0.2),
    ])
    T["chimney_sweep_visits"] = _mk(g, rows, "IE", [
        _c("visitId", None, lambda g, r: g.uid()),
        _c("visitDate", None, _day("%d/%m/%Y")),
        _c("custName", "PERSON", lambda g, r: r.p.full),
        _c("addrLine", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr)),
        _c("phoneNo", "PHONE_NUMBER", lambda g, r: g.phone("IE", g.ch("mf")), 0.1),
        _c("contactEmail", "EMAIL_ADDRESS", lambda g, r: r.email, 0.5, 0.04),
        _c("applianceType", None, _yn("open fire", "stove", "range", "back boiler")),
        _c("flueDiameterMm", None, _yn("125", "150", "175", "200")),
        _c("sootKg", None, lambda g, r: f"{g.rng.uniform(0.2, 6):.1f}"),
        _c("coAlarmTested", None, _yn("yes", "no", "fitted new")),
        _c("certificateNo", None, lambda g, r: "HETAS-" + g.dig(6), 0.2),
        _c("sweepTech", "PERSON", lambda g, r: g.person("IE").first),
        _c("nextDue", None, _day("%b %Y", 300, 400)),
        _c("feeEur", None, lambda g, r: g.amt(60, 140)),
        _c("paymentMethod", None, _yn("cash", "card", "Revolut", "invoice")),
        _c("dogName", None, lambda g, r: g.ch(_PETS), 0.6),
        _c("depot", None, _branch("IE")),
        _c("gpsCoords", None, lambda g, r: g.gps(), 0.3),
    ])
    T["ahjupaigaldused"] = _mk(g, rows, "EE", [
        _c("paigaldus.id", None, lambda g, r: g.ref("AP-", 5)),
        _c("paigaldus.kuupäev", None, _day("%d.%m.%Y")),
        _c("klient.eesnimi", "PERSON", lambda g, r: r.p.first),
        _c("klient.perenimi", "PERSON", lambda g, r: r.p.last),
        _c("klient.sünniaeg", "DATE_OF_BIRTH", lambda g, r: g.dstr("EE", r.dob), 0.3),
        _c("klient.telefon", "PHONE_NUMBER", lambda g, r: g.phone("EE"), 0.05),
        _c("klient.e_post", "EMAIL_ADDRESS", lambda g, r: r.email, 0.2),
        _c("objekt.aadress", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr)),
        _c("klient.linn", "LOCATION", lambda g, r: r.home, 0.3, 0.05),
        _c("arveldus.iban", "IBAN_CODE", lambda g, r: g.iban("EE"), 0.4),
        _c("ahi.mudel", None, _yn("Nordpeis Smart 1", "Jøtul F 305", "Contura 556", "Tulikivi Kuura")),
        _c("ahi.võimsus_kW", None, _yn("5", "6,5", "8", "11")),
        _c("ahi.seerianr", None, lambda g, r: g.dig(4) + "-" + g.dig(6)),
        _c("hind.eur", None, lambda g, r: g.amt(1200, 7000)),
        _c("garantii.kuni", None, _day("%d.%m.%Y", 700, 1800)),
        _c("kontroll.tehtud", None, _yn("jah", "ei")),
        _c("paigaldaja.kood", None, lambda g, r: "PG" + g.dig(2)),
        _c("portaal.parool", "PASSWORD", lambda g, r: g.password(), 0.5),
        _c("märkus", None, _yn("korsten vajab puhastust", "ok", "", "tellida lisadetail"), 0.3),
    ])
    T["ESCAPE_ROOM_BOOKINGS"] = _mk(g, rows, "AU", [
        _c("BOOKING_REF", None, lambda g, r: g.ref("ESC-", 6)),
        _c("ROOM_NAME", None, _yn("Houdini's Vault", "Ned Kelly's Hideout", "The Curie Lab", "Pharaoh's Tomb")),
        _c("SLOT_START", None, _ts("%Y-%m-%dT%H:%M", 0, 60)),
        _c("PLAYERS", None, lambda g, r: str(g.rng.randint(2, 8))),
        _c("LEAD_FIRST_NAME", "PERSON", lambda g, r: r.p.first),
        _c("LEAD_LAST_NAME", "PERSON", lambda g, r: r.p.last),
        _c("LEAD_MOBILE", "PHONE_NUMBER", lambda g, r: g.phone("AU")),
        _c("LEAD_EMAIL", "EMAIL_ADDRESS", lambda g, r: r.email),
        _c("HOME_SUBURB", "LOCATION", lambda g, r: r.town[0], 0.4, 0.05),
        _c("CARD_NUMBER", "CREDIT_CARD", lambda g, r: g.card(), 0.5),
        _c("CARD_EXPIRY", None, lambda g, r: g.exp(), 0.5),
        _c("CARD_LAST4", None, lambda g, r: g.dig(4)),
        _c("AMOUNT_AUD", None, lambda g, r: g.amt(60, 400)),
        _c("PROMO_CODE", None, _yn("", "SPOOKY20", "BDAY10", "TEAM15"), 0.5),
        _c("BOOKING_IP", "IP_ADDRESS", lambda g, r: _ip_public_v4(g.rng) if g.rng.random() < 0.8 else _ip_public_v6(g.rng)),
        _c("USER_AGENT", None, lambda g, r: f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{g.rng.randint(0, 6)}) Safari/{g.ver()}"),
        _c("VENUE", None, _yn("Fitzroy", "Newtown", "Fremantle")),
        _c("DOOR_CODE", None, lambda g, r: g.dig(4) + "#"),
        _c("WAIVER_SIGNED", None, _yn("TRUE", "FALSE")),
        _c("PHONE_TYPE", None, _yn("MOBILE", "LANDLINE")),
    ])
    T["rezervari_petreceri"] = _mk(g, rows, "RO", [
        _c("nr_rezervare", None, lambda g, r: g.ref("RZ", 5)),
        _c("data_eveniment", None, _day("%d.%m.%Y", 0, 120)),
        _c("nume_client", "PERSON", lambda g, r: r.p.full),
        _c("telefon", "PHONE_NUMBER", lambda g, r: g.phone("RO")),
        _c("email", "EMAIL_ADDRESS", lambda g, r: r.email, 0.15, 0.04),
        _c("adresa_facturare", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr), 0.45),
        _c("oras", "LOCATION", lambda g, r: r.town[0]),
        _c("sarbatorit", "PERSON", lambda g, r: r.kid.first),
        _c("data_nasterii_sarbatorit", "DATE_OF_BIRTH", lambda g, r: g.dstr("RO", r.kdob), 0.1),
        _c("varsta", None, lambda g, r: str(2026 - r.kdob.year)),
        _c("pachet", None, _yn("Basic", "Premium", "Super-eroi", "Prințese")),
        _c("nr_invitati", None, lambda g, r: str(g.rng.randint(8, 35))),
        _c("avans_lei", None, lambda g, r: str(g.rng.randint(200, 900))),
        _c("iban_client", "IBAN_CODE", lambda g, r: g.iban("RO"), 0.6),
        _c("sala", None, _yn("Ion Creangă", "Regina Maria", "Aventura")),
        _c("tort", None, _yn("ciocolată", "fructe de pădure", "fără"), 0.2),
        _c("observatii", None, _yn("alergie arahide", "", "vine cu animator", "-"), 0.4),
        _c("ip_rezervare", None, lambda g, r: g.priv_ip()),
        _c("email_confirmat", None, _yn("da", "nu")),
    ])
    T["tutors"] = _mk(g, rows, "IN", [
        _c("Tutor ID", None, lambda g, r: "TUT" + g.dig(5)),
        _c("Full Name", "PERSON", lambda g, r: r.p.full),
        _c("Gender", None, lambda g, r: r.p.g.upper()),
        _c("DOB", "DATE_OF_BIRTH", lambda g, r: g.dstr("IN", g.dob(1970, 2004))),
        _c("Mobile", "PHONE_NUMBER", lambda g, r: g.phone("IN", style=g.ch(["nat", "intl", "plain", "e164"]))),
        _c("Email", "EMAIL_ADDRESS", lambda g, r: r.email),
        _c("Subjects", None, _yn("Maths; Physics", "English", "Chemistry; Biology", "Hindi; Sanskrit")),
        _c("Board", None, _yn("CBSE", "ICSE", "IB", "State")),
        _c("Hourly Rate", None, lambda g, r: f"₹{g.rng.randint(3, 15)}00"),
        _c("City", "LOCATION", lambda g, r: r.town[0], 0.0, 0.03),
        _c("Qualification", None, _yn("B.Sc", "M.Sc", "B.Tech", "M.A., B.Ed")),
        _c("Rating", None, lambda g, r: f"{g.rng.uniform(3, 5):.1f}"),
        _c("Last Login IP", "IP_ADDRESS", lambda g, r: _ip_public_v4(g.rng), 0.2),
        _c("Password", "PASSWORD", lambda g, r: g.password(), 0.3),
        _c("Pwd Changed At", None, _ts("%d-%m-%Y %H:%M")),
        _c("Profile Photo Hash", None, lambda g, r: g.sha()),
        _c("Video API Key", "API_KEY", lambda g, r: g.apikey(), 0.6),
        _c("Verified", None, _yn("Yes", "No")),
        _c("attr2", "PERSON", lambda g, r: g.person("IN").full, 0.3),
    ])
    T["murid_tuisyen"] = _mk(g, rows, "MY", [
        _c("id_murid", None, lambda g, r: "M" + g.dig(5)),
        _c("nama_murid", "PERSON", lambda g, r: r.kid.full),
        _c("nama_penjaga", "PERSON", lambda g, r: r.p.full),
        _c("tarikh_lahir", "DATE_OF_BIRTH", lambda g, r: g.dstr("MY", r.kdob)),
        _c("no_tel", "PHONE_NUMBER", lambda g, r: g.phone("MY"), 0.05),
        _c("emel", "EMAIL_ADDRESS", lambda g, r: r.email, 0.3, 0.05),
        _c("alamat", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr), 0.2),
        _c("bandar", "LOCATION", lambda g, r: r.town[0]),
        _c("sekolah", None, _yn("SK Taman Tun Dr Ismail", "SMK Sultan Abdul Samad", "SJK(C) Chung Hwa",
                                "SK Puteri Wangsa")),
        _c("tahun", None, lambda g, r: f"Tahun {g.rng.randint(1, 6)}"),
        _c("subjek", None, _yn("Matematik", "Sains", "Bahasa Inggeris", "Sejarah")),
        _c("yuran_rm", None, lambda g, r: g.amt(80, 400)),
        _c("kod_promo", None, _yn("", "RAYA10", "ABANG5"), 0.4),
        _c("tarikh_daftar", None, _day("%d/%m/%Y", -300, 0)),
        _c("status_bayaran", None, _yn("dibayar", "belum", "sebahagian")),
        _c("jenis_alamat", None, _yn("rumah", "pejabat")),
        _c("tutor_id", None, lambda g, r: "TUT" + g.dig(4)),
    ])
    T["hledsluverk"] = _mk(g, rows, "IS", [
        _c("verk_nr", None, lambda g, r: g.dig(5)),
        _c("dags", None, _day("%d.%m.%Y")),
        _c("nafn", "PERSON", lambda g, r: r.p.full),
        _c("fæðingardagur", "DATE_OF_BIRTH", lambda g, r: g.dstr("IS", r.dob), 0.25),
        _c("sími", "PHONE_NUMBER", lambda g, r: g.phone("IS", g.ch("mmf"))),
        _c("netfang", "EMAIL_ADDRESS", lambda g, r: r.email, 0.2, 0.03),
        _c("heimilisfang", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr)),
        _c("sveitarfélag", "LOCATION", lambda g, r: r.town[0]),
        _c("reikningur", "IBAN_CODE", lambda g, r: g.iban("IS"), 0.35),
        _c("steintegund", None, _yn("grágrýti", "stuðlaberg", "hraungrýti", "torf og grjót")),
        _c("lengd_m", None, lambda g, r: str(g.rng.randint(3, 60))),
        _c("hæð_cm", None, lambda g, r: str(g.rng.randint(40, 180))),
        _c("verð_isk", None, lambda g, r: f"{g.rng.randint(200, 5000)}.{g.dig(3)}"),
        _c("gps", None, lambda g, r: f"{g.rng.uniform(63.3, 66.5):.5f}, {g.rng.uniform(-24, -13.5):.5f}"),
        _c("verkstjóri", None, lambda g, r: "VS-" + g.dig(2)),
        _c("field_3", "PERSON", lambda g, r: r.kid.first, 0.4),
        _c("mynd_sha", None, lambda g, r: g.sha()),
        _c("sími_tegund", None, _yn("farsími", "heimasími")),
    ])
    T["akmens_darbai"] = _mk(g, rows, "LT", [
        _c("samatos_nr", None, lambda g, r: g.ref("S-", 5)),
        _c("data", None, _day("%Y-%m-%d")),
        _c("vardas", "PERSON", lambda g, r: r.p.first),
        _c("pavarde", "PERSON", lambda g, r: r.p.last),
        _c("tel", "PHONE_NUMBER", lambda g, r: g.phone("LT")),
        _c("el_pastas", "EMAIL_ADDRESS", lambda g, r: r.email, 0.1),
        _c("adresas", "STREET_ADDRESS", lambda g, r: ", ".join(r.addr)),
        _c("miestas", "LOCATION", lambda g, r: r.town[0]),
        _c("plotas_m2", None, lambda g, r: str(g.rng.randint(20, 900))),
        _c("akmens_tipas", None, _yn("lauko akmuo", "granitas", "skalda", "klinkeris")),
        _c("kaina_eur", None, lambda g, r: g.amt(500, 20000)),
        _c("pvm", None, _yn("21%", "0%")),
        _c("col_7", "IBAN_CODE", lambda g, r: g.iban("LT"), 0.5),
        _c("laistymo_api_raktas", "API_KEY", lambda g, r: g.apikey(), 0.55),
        _c("uzsakymo_busena", None, _yn("naujas", "vykdomas", "baigtas")),
        _c("filialas", None, _yn("Vilnius", "Kaunas", "Klaipėda")),
        _c("sutarties_hash", None, lambda g, r: g.sha()),
        _c("koordinates", None, lambda g, r: f"{g.rng.uniform(54, 56.4):.5f}, {g.rng.uniform(21, 26.8):.5f}"),
        _c("kliento_ip", "IP_ADDRESS", lambda g, r: _ip_public_v4(g.rng), 0.2),
        _c("vadybininko_id", None, lambda g, r: "V" + g.dig(3)),
        _c("serverio_ip", None, lambda g, r: g.priv_ip()),
    ])
    return T


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"steppe-{seed}")
    g = G(rng)
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)](g)
        _check(t)
        out.append(t)
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"steppe-structured-{seed}")
    g = G(rng)
    tables = _tables(g, rows)
    for cols in tables.values():
        for c in cols:
            assert len(c.values) == rows and (c.entity is None or c.entity in LABELS)
    return tables


def _check(t: Text) -> None:
    last = 0
    for s, e, lab in t.spans:
        assert s >= last and e > s
        last = e
        v = t.text[s:e]
        if lab == "PHONE_NUMBER":
            ok = False
            for reg in ("US", "GB", "CA", "AU", "IN", "IE", "ZA", "NZ", "KE", "NG", "SG", "ES", "IS", "PH", "MY",
                        "EE", "LT", "SI", "TR", "RO", "VN"):
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                        ok = True
                        break
                except phonenumbers.NumberParseException:
                    pass
            assert ok, v
