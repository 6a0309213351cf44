"""Labelled accuracy split "bayou" for the PII-scanner benchmark (free text + structured tables).

Data card
---------
Author / date: helper "bayou", 2026-11-28 (fixed "today" used for all dates: 2026-11-28).

Independence: written only from the author brief (/tmp/prompts/bayou.md), which gave the exact definitions
imported from accuracy_data (LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6) and the
project's label conventions; `ls bench/` (file names only); and local outputs of Faker (several locales) and
phonenumbers (example numbers, validation). No other project file was opened (no rules/, pii_audit/, tests/,
docs/, README/SPEC, bench results/notes, accuracy.py, accuracy_data.py source or other splits). The scanner
(pii-audit / pii_audit) and Presidio were never read or run. No web search.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)]; benchmark calls
free_text(500, 7)); structured(rows, seed) -> dict[table, list[Column]] (benchmark calls structured(150, 11));
TEMPLATES. Deterministic: every random draw comes from random.Random(f"bayou-...") string seeds, Faker
instances are seeded from those, no clock reads, no set iteration, no hash() use.

Domains (free text: 62 templates; tables: 12):
  funeral home & crematorium 10 (arrangements, eulogy call, death-notice drafts, schedule), driving school 10,
  dog-grooming salon 11, wedding planner 10, solar-panel installer 10 (site surveys, grid applications),
  hearing-aid clinic 11 (appointments, fittings, referrals).

Languages (templates): English 35 (56%) written as from GB 7, US 6, AU 5, IE 3, NZ 3, IN 3, CA 3, ZA 2,
  NG 2, PH 1; other languages 27 (44%): German 3, Polish 2, Icelandic 2, Romanian 2, French 2, Dutch 2,
  Estonian 2, Turkish 2, Spanish 2, Italian 2, Slovenian 2, Lithuanian 2, Albanian 1, Portuguese 1
  (14 languages; Icelandic, Romanian, Estonian, Turkish, Slovenian, Lithuanian, Albanian from the
  rarely-used list). Names come from the matching Faker locale (own short lists for ZA and AL); towns,
  streets, postcode shapes, address layouts, phone formats (generated per region and checked with
  phonenumbers.is_valid_number) and date formats follow each text's country.

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp/Teams/Slack/live-chat/
  Instagram-DM exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case
  speech-to-text transcripts, key: value / key=value / JSON-lines form dumps, application logs, nginx access
  logs, .env config, OCR'd forms (with OCR typos in the keys), spreadsheet rows (TSV), notification
  subjects, death-notice drafts, and 3 templates with no PII at all (crematorium schedule, grooming run
  sheet, audiometer calibration log).

Value rules: cards via _luhn (Visa/Mastercard 16, Amex 15; spaced, dashed or plain); SSNs exclude area
  000/666/9xx, group 00, serial 0000; US bank accounts 8-12 digits; routing numbers ABA-checksummed (look-alike
  only); IBANs via _iban_of for supported countries, own mod-97 IBANs for EE, LT, SI, RO, TR, IS, AL;
  public IPs via _ip_public_v4/_v6; passwords are plaintext (word+year+symbol, random, passphrase, Temp123!);
  API keys are secret-style (sk_live_, ghp_, AIza, xoxb-, SG.).

Label conventions as applied: full names are one PERSON span ("First Last", "Last, First", "First L.",
  upper/lower case), first-only / surname-only mentions labelled, titles (Mr, Mrs, Dr, Frau, Sig.ra, Oom,
  Ds., Hoca) left outside; chat speakers labelled; names inside company/shop/brand/band/street/venue names
  are not labelled (e.g. "Harwood & Sons", "Toelettatura Bau Bau di <name>", "Rizal Street"); pet names are
  never labelled. STREET_ADDRESS: street + postcode + town as one span, multi-line blocks one span, each
  '>'-quoted line its own span, business addresses in signatures labelled, bare street lines labelled.
  LOCATION: birthplace / home town / travel origin only; branch, test-centre, salon, office and venue towns
  are not labelled. DATE_OF_BIRTH only for birth dates (including spoken "the 21st of january nineteen
  fifty two"); dates of death, bookings, events are not labelled. EMAIL_ADDRESS includes role addresses.

Look-alikes (unlabelled, frequent): masked cards / last-4 / expiry, auth codes, private IPs, versions and
  firmware, bcrypt and sha256 hashes, short git hashes, UUIDs, booking/ticket/order/case/policy/claim
  numbers, NEPH/PESEL/DNI/NHS/permit/licence numbers, utility/meter/NMI/MaLo/CUPS/PPE ids, OTP-like door and
  gate codes, IMEIs (Luhn-valid 15 digits), routing numbers and sort codes alone, BIC/SWIFT, IFSC, GPS
  coordinates, amounts, timestamps and non-birth dates, publishable keys (pk_live_), session ids, brand and
  company names containing person names, pet names, branch towns.

Tables (name: locale, columns PII/look-alike, header style):
  funeral_arrangements: US, 9/12, snake_case + camelCase + UPPER (SSN) + opaque field_3 (PERSON)
  crematorium_register: GB, 7/10, spaced Title Case
  driving_lessons: CA, 7/13, camelCase + opaque col_7 (PERSON)
  road_test_results: FR, 8/11, French headers + opaque attr2 (IBAN)
  grooming_appointments: GB, 7/12, UPPER_SNAKE
  clientes_peluqueria: ES, 9/11, Spanish snake_case (fecha_nac, web_password)
  wedding_guests: IE, 7/11, spaced Title Case
  contratti_matrimonio: IT, 9/10, dotted Italian headers + pwd
  SolarSiteSurveys: US, 9/13, PascalCase
  netzanmeldungen: DE, 7/12, German headers
  audiology_appts: AU, 8/12, abbreviations (pt_fname, dob, tel, addr1)
  isitme_cihazi_teslim: TR, 10/12, Turkish snake_case + opaque field_9 (LOCATION)
  Hard PII columns: first-only / surname-only names, names under opaque or foreign headers, towns, local
  birth-date formats, national phone formats, plaintext passwords, API keys, US account numbers, IBANs,
  public IPs, card numbers, street addresses (and bare street lines in addr1). Header-only look-alikes:
  ssn_verified, emailVerified, phoneType, card_last4, dob_verified, PasswordChangedAt, name_of_package,
  Geburtsdatum_geprüft, tipo_teléfono, kart_son4, sifre_hash ... Blank rates 0-60% per column; about 15% of
  blanks are placeholders (N/A, -, unknown, empty string).

Known limits: first names are drawn independently of gender/role, so a "son" or "wife" may carry a name of
  the other gender; Faker's Turkish and Icelandic first/last names are sometimes unusual; street/town/postcode
  combinations are plausible in shape but not real; IBANs for EE/LT/SI/RO/TR/IS/AL are checksum-valid with
  numeric BBANs only; only a few texts carry US SSNs / bank numbers (US funeral and solar templates); a German
  form splits street and "plz_ort" into two STREET_ADDRESS spans because they are separate fields.
"""

from __future__ import annotations

import datetime as _dt
import random
import string
import unicodedata
from string import Formatter

import phonenumbers
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)
_PNT = phonenumbers.PhoneNumberType
_PNF = phonenumbers.PhoneNumberFormat

# --------------------------------------------------------------------------------------------
# Country profiles: faker locale for names, towns with postcode parts, streets, date style.
# --------------------------------------------------------------------------------------------
_CO: dict[str, dict] = {
    "US": dict(fk="en_US", ds="us", dom=["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
               towns=[("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Sacramento", "CA", "958"),
                      ("Tulsa", "OK", "741"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
                      ("Madison", "WI", "537"), ("Boise", "ID", "837")],
               streets=["Maple Avenue", "Oak Street", "Elm Drive", "Cedar Lane", "Washington Blvd",
                        "Ridgeview Road", "Pine Court", "Lakeshore Drive"],
               area=["512", "614", "916", "918", "919", "509", "608", "208"]),
    "GB": dict(fk="en_GB", ds="gb", dom=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
               towns=[("Leeds", "LS6"), ("Bristol", "BS3"), ("Norwich", "NR2"), ("Reading", "RG1"),
                      ("Derby", "DE22"), ("Exeter", "EX4"), ("York", "YO10"), ("Swansea", "SA2")],
               streets=["Victoria Road", "Church Lane", "Station Road", "Mill Street", "Kingsway",
                        "Beech Grove", "Albert Terrace", "Windsor Close"]),
    "CA": dict(fk="en_CA", ds="ca", dom=["gmail.com", "rogers.com", "shaw.ca", "hotmail.com", "sympatico.ca"],
               towns=[("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"), ("Calgary", "AB", "T2N"),
                      ("Ottawa", "ON", "K1S"), ("Victoria", "BC", "V8V"), ("Kingston", "ON", "K7L")],
               streets=["Robie Street", "Portage Avenue", "Elgin Street", "Bank Street", "Fort Street",
                        "Kensington Road", "Maple Crescent"],
               area=["902", "204", "403", "613", "250", "343"]),
    "AU": dict(fk="en_AU", ds="gb", dom=["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
               towns=[("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"), ("Newcastle", "NSW", "2300"),
                      ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Ballarat", "VIC", "3350"),
                      ("Wollongong", "NSW", "2500")],
               streets=["Lygon Street", "Beach Road", "Sturt Street", "Bridge Street", "Ruthven Street",
                        "High Street", "Wattle Grove"]),
    "IN": dict(fk="en_IN", ds="gb", dom=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
               towns=[("Pune", "Maharashtra", "4110"), ("Kochi", "Kerala", "6820"), ("Jaipur", "Rajasthan", "3020"),
                      ("Bengaluru", "Karnataka", "5600"), ("Chennai", "Tamil Nadu", "6000"),
                      ("Lucknow", "Uttar Pradesh", "2260")],
               streets=["MG Road", "Nehru Nagar", "Anna Salai", "FC Road", "Civil Lines", "Gandhi Path",
                        "Indiranagar 2nd Stage"]),
    "IE": dict(fk="en_IE", ds="gb", dom=["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
               towns=[("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Dublin 8", "D08"),
                      ("Waterford", "X91"), ("Sligo", "F91"), ("Athlone", "N37")],
               streets=["Main Street", "Church Road", "Patrick Street", "O'Connell Avenue", "Seafield Park",
                        "Father Griffin Road", "Bóthar na Trá"]),
    "NZ": dict(fk="en_NZ", ds="gb", dom=["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
               towns=[("Hamilton", "3216"), ("Dunedin", "9016"), ("Tauranga", "3110"), ("Nelson", "7010"),
                      ("Palmerston North", "4410"), ("Whanganui", "4500")],
               streets=["Victoria Street", "Great King Street", "Cameron Road", "Trafalgar Street",
                        "Featherston Street", "Kowhai Grove"]),
    "ZA": dict(fk=None, ds="gb", dom=["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
               first=["Pieter", "Annelie", "Thabo", "Lerato", "Johan", "Nomvula", "Riaan", "Sipho", "Marelize",
                      "Zanele", "Charlene", "Kagiso"],
               last=["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "du Plessis", "Naidoo",
                     "Khumalo", "Venter", "Coetzee", "Mahlangu"],
               towns=[("Stellenbosch", "7600"), ("Pretoria", "0181"), ("Durban", "4001"), ("Bloemfontein", "9301"),
                      ("Gqeberha", "6001"), ("Polokwane", "0699")],
               streets=["Dorp Street", "Church Street", "Florida Road", "Kerk Street", "Jan Smuts Avenue",
                        "Protea Crescent"]),
    "NG": dict(fk="en_NG", ds="gb", dom=["gmail.com", "yahoo.com", "outlook.com"],
               towns=[("Ikeja", "100271"), ("Abuja", "900211"), ("Ibadan", "200284"), ("Enugu", "400102"),
                      ("Port Harcourt", "500272")],
               streets=["Allen Avenue", "Adeola Odeku Street", "Ring Road", "Ogui Road", "Aminu Kano Crescent",
                        "Bode Thomas Street"]),
    "PH": dict(fk="fil_PH", ds="us", dom=["gmail.com", "yahoo.com.ph", "outlook.com"],
               towns=[("Quezon City", "1105"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati", "1226"),
                      ("Iloilo City", "5000"), ("Baguio", "2600")],
               streets=["Katipunan Avenue", "Osmeña Boulevard", "J.P. Laurel Avenue", "Ayala Avenue",
                        "Mabini Street", "Rizal Street"]),
    "DE": dict(fk="de_DE", ds="dot", dom=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
               towns=[("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"), ("Kassel", "34117"),
                      ("Münster", "48143"), ("Rostock", "18055"), ("Augsburg", "86150"), ("Bamberg", "96047")],
               streets=["Lindenstraße", "Goethestraße", "Am Mühlbach", "Bahnhofstraße", "Schillerweg",
                        "Gartenstraße", "Rosenweg"]),
    "FR": dict(fk="fr_FR", ds="slash", dom=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
               towns=[("Lyon", "69003"), ("Nantes", "44000"), ("Rennes", "35000"), ("Toulouse", "31000"),
                      ("Dijon", "21000"), ("Lille", "59000"), ("Angers", "49100")],
               streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                        "impasse des Tilleuls", "allée des Peupliers"]),
    "ES": dict(fk="es_ES", ds="slash", dom=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
               towns=[("Zaragoza", "50001"), ("Valencia", "46004"), ("Sevilla", "41003"), ("Bilbao", "48001"),
                      ("Murcia", "30001"), ("Vigo", "36201"), ("Salamanca", "37002")],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Calle San Vicente",
                        "Calle Real", "Paseo de la Castellana"]),
    "IT": dict(fk="it_IT", ds="slash", dom=["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
               towns=[("Bologna", "40124"), ("Torino", "10121"), ("Verona", "37121"), ("Bari", "70121"),
                      ("Padova", "35122"), ("Parma", "43121"), ("Lecce", "73100")],
               streets=["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille",
                        "Viale Mazzini", "Via San Martino"]),
    "NL": dict(fk="nl_NL", ds="dash", dom=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
               towns=[("Utrecht", "3511"), ("Groningen", "9711"), ("Haarlem", "2011"), ("Eindhoven", "5611"),
                      ("Leiden", "2311"), ("Zwolle", "8011"), ("Amersfoort", "3811")],
               streets=["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Wilhelminastraat", "Prinsengracht"]),
    "PL": dict(fk="pl_PL", ds="dot", dom=["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
               towns=[("Gdańsk", "80-8"), ("Kraków", "31-0"), ("Poznań", "61-7"), ("Wrocław", "50-0"),
                      ("Lublin", "20-0"), ("Łódź", "90-0"), ("Toruń", "87-1")],
               streets=["ul. Długa", "ul. Mickiewicza", "ul. Kwiatowa", "ul. Polna", "ul. Słoneczna", "ul. Lipowa"]),
    "PT": dict(fk="pt_PT", ds="slash", dom=["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
               towns=[("Porto", "4000"), ("Braga", "4700"), ("Coimbra", "3000"), ("Faro", "8000"),
                      ("Aveiro", "3800"), ("Lisboa", "1100")],
               streets=["Rua da Alegria", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Sol",
                        "Travessa das Flores", "Rua 25 de Abril"]),
    "TR": dict(fk="tr_TR", ds="dot", dom=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
               towns=[("İzmir", "35220", "Konak"), ("Ankara", "06690", "Çankaya"), ("Bursa", "16110", "Nilüfer"),
                      ("Antalya", "07100", "Muratpaşa"), ("Eskişehir", "26010", "Tepebaşı"),
                      ("İstanbul", "34710", "Kadıköy")],
               streets=["Atatürk Caddesi", "Cumhuriyet Caddesi", "Gül Sokak", "İnönü Bulvarı", "Lale Sokak",
                        "Barış Caddesi"]),
    "RO": dict(fk="ro_RO", ds="dot", dom=["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"],
               towns=[("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"),
                      ("Constanța", "900"), ("Sibiu", "550")],
               streets=["Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Florilor", "Strada Avram Iancu",
                        "Calea Victoriei", "Strada Libertății"]),
    "EE": dict(fk="et_EE", ds="dot", dom=["gmail.com", "mail.ee", "hot.ee", "online.ee"],
               towns=[("Tallinn", "10141"), ("Tartu", "50090"), ("Pärnu", "80010"), ("Narva", "20308"),
                      ("Viljandi", "71004"), ("Rakvere", "44307")],
               streets=["Pärnu mnt", "Tartu mnt", "Vabriku tn", "Kalda tee", "Riia tn", "Männi tn"]),
    "SI": dict(fk="sl_SI", ds="si", dom=["gmail.com", "siol.net", "t-2.net", "amis.net"],
               towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"),
                      ("Koper", "6000"), ("Novo mesto", "8000")],
               streets=["Trubarjeva cesta", "Slovenska ulica", "Prešernova ulica", "Cankarjeva ulica",
                        "Ulica talcev", "Celovška cesta"]),
    "LT": dict(fk="lt_LT", ds="iso", dom=["gmail.com", "one.lt", "inbox.lt", "delfi.lt"],
               towns=[("Vilnius", "LT-011"), ("Kaunas", "LT-442"), ("Klaipėda", "LT-921"), ("Šiauliai", "LT-762"),
                      ("Panevėžys", "LT-351"), ("Alytus", "LT-623")],
               streets=["Gedimino pr.", "Savanorių pr.", "Liepų g.", "Vilniaus g.", "Taikos pr.", "Ąžuolyno g."]),
    "IS": dict(fk="is_IS", ds="dot", dom=["simnet.is", "gmail.com", "internet.is", "visir.is"],
               towns=[("Reykjavík", "101"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"), ("Akureyri", "600"),
                      ("Selfoss", "800"), ("Ísafjörður", "400")],
               streets=["Laugavegur", "Hringbraut", "Skólavörðustígur", "Hafnarstræti", "Brekkugata", "Austurvegur"]),
    "AL": dict(fk=None, ds="slash", dom=["gmail.com", "yahoo.com", "hotmail.com", "abcom.al"],
               first=["Arben", "Elira", "Blerina", "Dritan", "Fatjona", "Gentian", "Ilir", "Klodiana", "Mirela",
                      "Ardit", "Erjon", "Jonida"],
               last=["Hoxha", "Krasniqi", "Shehu", "Gashi", "Dervishi", "Kola", "Leka", "Meta", "Berisha", "Çela",
                     "Dushku", "Toska"],
               towns=[("Tiranë", "1001"), ("Durrës", "2001"), ("Shkodër", "4001"), ("Vlorë", "9401"),
                      ("Elbasan", "3001"), ("Korçë", "7001")],
               streets=["Rruga Myslym Shyri", "Rruga e Kavajës", "Rruga Dëshmorët e Kombit", "Rruga Skënderbeu",
                        "Rruga Ismail Qemali", "Rruga e Durrësit"]),
}

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae",
                           "Æ": "Ae", "ø": "o", "ß": "ss", "đ": "d", "ə": "e"})
_IBAN_LEN = {"EE": (20, "n"), "LT": (20, "n"), "SI": (19, "n"), "RO": (24, "ro"), "TR": (26, "tr"),
             "IS": (26, "n"), "AL": (28, "n")}
_HEX = "0123456789abcdef"
_ALNUM = string.ascii_letters + string.digits


def _ascii(s: str) -> str:
    s = s.translate(_TRANSLIT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-")).lower()


def _iban_calc(cc: str, bban: str) -> str:
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(conv) % 97
    return f"{cc}{check:02d}{bban}"


class _Ctx:
    """Per-text value factory bound to one country."""

    def __init__(self, rng: random.Random, cc: str, fakers: dict):
        self.r = rng
        self.cc = cc
        self.P = _CO[cc]
        self.fk = fakers.get(cc)

    # --- helpers
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def chars(self, n: int, alphabet: str = _ALNUM) -> str:
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    # --- people
    def first(self) -> str:
        if self.fk is None:
            return self.ch(self.P["first"])
        while True:
            v = self.fk.first_name()
            if " " not in v and "." not in v:
                return v

    def last(self) -> str:
        if self.fk is None:
            return self.ch(self.P["last"])
        while True:
            v = self.fk.last_name()
            if "." not in v:
                return v

    def email(self, first: str | None = None, last: str | None = None) -> str:
        first = first or self.first()
        last = last or self.last()
        f, l_ = _ascii(first), _ascii(last.replace(" ", ""))
        style = self.r.randrange(5)
        local = [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{self.r.randrange(1, 99)}", f"{l_}.{f}",
                 f"{f}_{l_[:4]}{self.r.randrange(60, 99)}"][style]
        return f"{local}@{self.ch(self.P['dom'])}"

    # --- places
    def town_rec(self):
        return self.ch(self.P["towns"])

    def town(self) -> str:
        return self.town_rec()[0]

    def street_line(self) -> str:
        cc, st, r = self.cc, self.ch(self.P["streets"]), self.r
        no = str(r.randint(1, 180))
        if cc in ("US", "CA", "AU", "NZ", "ZA", "NG", "PH", "GB", "IE", "IN", "FR"):
            return f"{no} {st}"
        if cc == "TR":
            return f"{st} No: {no}"
        if cc == "RO":
            return f"{st} nr. {no}"
        if cc == "AL":
            return f"{st}, Nr. {no}"
        return f"{st} {no}"

    def postcode(self, rec) -> str:
        cc, r = self.cc, self.r
        if cc == "US":
            return rec[2] + self.digits(2)
        if cc == "GB":
            return f"{rec[1]} {r.randint(1, 9)}{self.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if cc == "CA":
            return f"{rec[2]} {r.randint(1, 9)}{self.chars(1, 'ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        if cc == "IE":
            return f"{rec[1]} {self.chars(4, 'ACDEFHKNPRTVWXY0123456789')}"
        if cc == "IN":
            return rec[2] + self.digits(2)
        if cc == "NL":
            return f"{rec[1][:2]}{r.randint(10, 99)} {self.chars(2, 'ABCDEGHJKLMNPRTVWXZ')}"
        if cc == "PL":
            return rec[1] + self.digits(2)
        if cc == "PT":
            return f"{rec[1]}-{self.digits(3)}"
        if cc == "RO":
            return rec[1] + self.digits(3)
        if cc == "LT":
            return rec[1] + self.digits(2)
        return rec[1]

    def address(self, multiline: bool = False, flat: bool | None = None) -> str:
        cc, r = self.cc, self.r
        rec = self.town_rec()
        town = rec[0]
        pc = self.postcode(rec)
        line = self.street_line()
        if flat is None:
            flat = r.random() < 0.3
        sep = "\n" if multiline else ", "
        if cc in ("US",):
            if flat:
                line += self.ch([f" Apt {r.randint(1, 40)}", f", Unit {r.randint(1, 20)}{self.ch('ABC')}"])
            return f"{line}{sep}{town}, {rec[1]} {pc}"
        if cc == "CA":
            if flat:
                line = f"{r.randint(101, 1208)}-{line}"
            return f"{line}{sep}{town}, {rec[1]} {pc}"
        if cc == "AU":
            if flat:
                line = f"Unit {r.randint(1, 30)}/{line}"
            return f"{line}{sep}{town} {rec[1]} {rec[2]}"
        if cc in ("GB",):
            if flat:
                line = f"Flat {r.randint(1, 24)}{sep}{line}"
            return f"{line}{sep}{town}{sep}{pc}"
        if cc == "IE":
            if flat:
                line = f"Apartment {r.randint(1, 60)}{sep}{line}"
            return f"{line}{sep}{town}{sep}{pc}"
        if cc == "IN":
            if flat:
                line = f"Flat {r.randint(101, 904)}, {self.ch(['Shanti Apartments', 'Sai Residency', 'Green Park Towers'])}{sep}{line}"
            return f"{line}{sep}{town} {pc}, {rec[1]}"
        if cc in ("NZ", "ZA", "NG", "PH"):
            if flat:
                line = f"{self.ch(['Flat', 'Unit'])} {r.randint(1, 20)}, {line}"
            return f"{line}{sep}{town} {pc}"
        if cc == "FR":
            if flat:
                line += f"{sep}{self.ch(['Bât. B', 'Appt 12', '3e étage'])}"
            return f"{line}{sep}{pc} {town}"
        if cc == "ES":
            if flat:
                line += f", {r.randint(1, 8)}º {self.ch('ABCD')}"
            return f"{line}{sep}{pc} {town}"
        if cc == "PT":
            if flat:
                line += f", {r.randint(1, 6)}.º {self.ch(['Esq.', 'Dto.'])}"
            return f"{line}{sep}{pc} {town}"
        if cc == "PL":
            if flat:
                line += f"/{r.randint(1, 60)}"
            return f"{line}{sep}{pc} {town}"
        if cc == "TR":
            if flat:
                line += f" D:{r.randint(1, 20)}"
            return f"{line}{sep}{pc} {rec[2]}/{town}"
        if cc == "RO":
            if flat:
                line += f", bl. {self.ch(['A2', 'C4', 'B1'])}, ap. {r.randint(1, 40)}"
            return f"{line}{sep}{pc} {town}"
        if cc == "LT":
            if flat:
                line += f"-{r.randint(1, 60)}"
            return f"{line}{sep}{pc} {town}"
        if cc == "EE":
            if flat:
                line += f"-{r.randint(1, 60)}"
            return f"{line}{sep}{pc} {town}"
        if cc == "AL":
            if flat:
                line += f", Ap. {r.randint(1, 30)}"
            return f"{line}{sep}{pc} {town}"
        if cc == "IT":
            if flat:
                line += f", int. {r.randint(1, 20)}"
            return f"{line}{sep}{pc} {town}"
        # DE NL SI IS
        if flat and cc == "DE":
            line += f"{sep}{self.ch(['3. OG', 'Hinterhaus', 'Whg. 5'])}"
        return f"{line}{sep}{pc} {town}"

    # --- phones
    def phone(self, kind: str = "m", style: str | None = None) -> str:
        r, reg = self.r, self.cc
        tp = _PNT.MOBILE if kind == "m" else _PNT.FIXED_LINE
        num = None
        if reg in ("US", "CA"):
            for _ in range(400):
                cand = self.ch(self.P["area"]) + str(r.randint(2, 9)) + self.digits(6)
                n = phonenumbers.parse("+1" + cand)
                if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg:
                    num = n
                    break
        else:
            ex = phonenumbers.example_number_for_type(reg, tp)
            nsn = phonenumbers.national_significant_number(ex)
            keep = 3 if len(nsn) > 8 else 2
            for _ in range(400):
                cand = nsn[:keep] + self.digits(len(nsn) - keep)
                n = phonenumbers.parse(f"+{ex.country_code}{cand}")
                if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg:
                    num = n
                    break
            if num is None:
                num = ex
        style = style or self.ch(["nat", "nat", "nat", "intl"])
        if style == "intl":
            return phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(num, _PNF.E164)
        if style == "dots" and reg in ("US", "CA"):
            d = phonenumbers.national_significant_number(num)
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return phonenumbers.format_number(num, _PNF.NATIONAL)

    # --- dates
    def dob(self, lo: int = 18, hi: int = 88) -> _dt.date:
        return TODAY - _dt.timedelta(days=self.r.randint(lo * 365 + 10, hi * 365))

    def recent(self, back: int = 60, fwd: int = 0) -> _dt.date:
        return TODAY + _dt.timedelta(days=self.r.randint(-back, fwd))

    def fdate(self, d: _dt.date, style: str | None = None) -> str:
        ds = style or self.P["ds"]
        if ds == "us":
            return self.ch([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                            f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"])
        if ds == "gb":
            return self.ch([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}",
                            f"{d.day:02d}.{d.month:02d}.{d.year}"])
        if ds == "ca":
            return self.ch([d.isoformat(), f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"])
        if ds == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if ds == "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if ds == "dash":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if ds == "si":
            return f"{d.day}. {d.month}. {d.year}"
        return d.isoformat()

    # --- money / ids
    def iban(self, spaced: bool | None = None) -> str:
        cc = self.cc
        if cc in _IBAN_LEN:
            ln, kind = _IBAN_LEN[cc]
            if kind == "ro":
                bban = self.ch(["BTRL", "RNCB", "INGB", "BRDE"]) + self.digits(16)
            elif kind == "tr":
                bban = self.digits(5) + "0" + self.digits(16)
            else:
                bban = self.digits(ln - 4)
            v = _iban_calc(cc, bban)
        else:
            v = _iban_of(self.r, cc)
        if spaced is None:
            spaced = self.r.random() < 0.6
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def card(self, sep: str | None = None) -> str:
        kind = self.r.randrange(4)
        if kind == 3:
            v = _luhn(self.r, "37", 15)
            s = self.ch([" ", "-", ""]) if sep is None else sep
            return f"{v[:4]}{s}{v[4:10]}{s}{v[10:]}"
        v = _luhn(self.r, self.ch(["4", "4", "51", "53", "55"]), 16)
        s = self.ch([" ", "-", "", " "]) if sep is None else sep
        return s.join(v[i:i + 4] for i in range(0, 16, 4))

    def ssn(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return v if r.random() < 0.85 else v.replace("-", self.ch([" ", ""]))

    def usbank(self) -> str:
        return str(self.r.randint(1, 9)) + self.digits(self.r.randint(7, 11))

    def routing(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.ch([0, 1, 2, 3])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            c = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(c)

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def ip6(self) -> str:
        return _ip_public_v6(self.r)

    def priv_ip(self) -> str:
        r = self.r
        return self.ch([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])

    def password(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return self.ch(["Bella", "Summer", "Rocky", "Sunflower", "Kiwi", "Liverpool", "Tigger", "Maple"]) \
                + str(r.randint(1970, 2025)) + self.ch("!#$*?")
        if k == 1:
            return self.chars(r.randint(10, 16), _ALNUM + "!@#%&*")
        if k == 2:
            return "-".join(self.ch(["correct", "horse", "lamp", "violet", "river", "stone", "otter", "piano",
                                     "cloud"]) for _ in range(3)) + str(r.randint(1, 99))
        return self.ch(["Welcome", "Temp", "Spring", "Hello"]) + str(r.randint(10, 999)) + self.ch(["!", "#", "@1"])

    def apikey(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return "sk_live_" + self.chars(24)
        if k == 1:
            return "ghp_" + self.chars(36)
        if k == 2:
            return "AIza" + self.chars(35, _ALNUM + "-_")
        if k == 3:
            return "xoxb-" + self.digits(11) + "-" + self.digits(12) + "-" + self.chars(24)
        return "SG." + self.chars(22, _ALNUM + "-_") + "." + self.chars(43, _ALNUM + "-_")

    # --- look-alikes
    def uuid(self) -> str:
        h = self.chars(32, _HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n: int = 64) -> str:
        return self.chars(n, _HEX)

    def bcrypt(self) -> str:
        return "$2b$12$" + self.chars(53, string.ascii_letters + string.digits + "./")

    def ref(self, prefix: str, n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    def amount(self, lo: int = 20, hi: int = 900) -> str:
        return f"{self.r.randint(lo, hi)}.{self.ch(['00', '50', '95', '99', '00'])}"

    def version(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 12)}"

    def last4(self) -> str:
        return self.digits(4)

    def masked(self) -> str:
        return self.ch(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "************"]) + self.digits(4)

    def imei(self) -> str:
        return _luhn(self.r, "35", 15)

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 60):.5f}, {self.r.uniform(-120, 30):.5f}"

    def ts(self, d: _dt.date | None = None) -> str:
        d = d or self.recent(30)
        return f"{d.isoformat()} {self.r.randint(7, 20):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def hm(self) -> str:
        return f"{self.r.randint(7, 19)}:{self.ch(['00', '15', '30', '45'])}"


# --------------------------------------------------------------------------------------------
# Text builder: exact offsets.
# --------------------------------------------------------------------------------------------
_FMT = Formatter()


class _B:
    def __init__(self, cc: str):
        self.cc = cc
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, v: str, label: str) -> _B:
        assert label in LABELS, label
        assert v and v == v.strip(), repr(v)
        self.spans.append((self.n, self.n + len(v), label))
        self.vals.append(v)
        return self.t(v)

    def f(self, fmt: str, **kw) -> _B:
        for lit, field, _spec, _conv in _FMT.parse(fmt):
            if lit:
                self.t(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, tuple):
                    self.p(v[0], v[1])
                else:
                    self.t(str(v))
        return self

    def done(self) -> Text:
        text = "".join(self.parts)
        last = -1
        for (s, e, lab), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert s >= last, "overlap"
            last = e
            if lab == "PHONE_NUMBER":
                num = phonenumbers.parse(v, None if v.startswith("+") else self.cc)
                assert phonenumbers.is_valid_number(num), v
        return Text(text, list(self.spans))


# label shorthands
def PE(v):  # noqa: N802
    return (v, "PERSON")


def EM(v):  # noqa: N802
    return (v, "EMAIL_ADDRESS")


def PH(v):  # noqa: N802
    return (v, "PHONE_NUMBER")


def CC(v):  # noqa: N802
    return (v, "CREDIT_CARD")


def SSN(v):  # noqa: N802
    return (v, "US_SSN")


def BANK(v):  # noqa: N802
    return (v, "US_BANK_NUMBER")


def IB(v):  # noqa: N802
    return (v, "IBAN_CODE")


def IP(v):  # noqa: N802
    return (v, "IP_ADDRESS")


def AD(v):  # noqa: N802
    return (v, "STREET_ADDRESS")


def LO(v):  # noqa: N802
    return (v, "LOCATION")


def DOB(v):  # noqa: N802
    return (v, "DATE_OF_BIRTH")


def PW(v):  # noqa: N802
    return (v, "PASSWORD")


def KEY(v):  # noqa: N802
    return (v, "API_KEY")


# --------------------------------------------------------------------------------------------
# Templates. Each takes a _Ctx and returns a finished _B. Metadata: (domain, language, country, shape).
# --------------------------------------------------------------------------------------------
TEMPLATES: list = []


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

_META: list[tuple[str, str, str, str]] = []


def _tpl(domain: str, lang: str, cc: str, shape: str):
    def deco(fn):
        TEMPLATES.append(fn)
        _META.append((domain, lang, cc, shape))
        return fn
    return deco


# ============================== FUNERAL HOME & CREMATORIUM ==================================
@_tpl("funeral", "en", "GB", "email+signature+quoted reply")
def _f_gb_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    kin_f, kin_l = c.first(), c.last()
    dec_f, dec_l = c.first(), kin_l
    dir_f, dir_l = c.first(), c.last()
    firm = c.ch(["Harwood & Sons Funeral Directors", "A. J. Pennington Funeral Service", "Co-op Funeralcare"])
    branch = c.town()
    dod = c.recent(12)
    b.f("Subject: Re: Arrangements for {d}\n\nDear {df},\n\n", d=PE(f"{dec_f} {dec_l}"), df=PE(dir_f))
    b.f("Thank you for ringing back this morning. As discussed, Mum passed away on {dod} at the hospice. "
        "Her date of birth was {dob} and she was born in {lo}. ", dod=c.fdate(dod), dob=DOB(c.fdate(c.dob(70, 98))),
        lo=LO(c.ch(["Belfast", "Glasgow", "Cardiff", "Kingston, Jamaica", "Cork"])))
    b.f("Could you collect her things from the house at {a}? My brother {bro} has a key and is on {ph}.\n\n",
        a=AD(c.address()), bro=PE(c.first()), ph=PH(c.phone("m")))
    b.f("We'd like the service at your {br} chapel if possible, 11am, and cremation afterwards. "
        "Order of service draft attached (v3).\n\nKind regards,\n{k}\n{ph}\n\n",
        br=branch, k=PE(f"{kin_f} {kin_l}"), ph=PH(c.phone("m")))
    qa = c.address(multiline=True).split("\n")
    dom = {"H": "harwoodfunerals.co.uk", "A": "penningtonfs.co.uk", "C": "coopfuneralcare.co.uk"}[firm[0]]
    b.f("On {d} {t}, {dn} <{em}> wrote:\n> Dear {kf},\n> I'm so sorry for your loss. Please call me on ",
        d=c.fdate(dod), t=c.hm(), dn=PE(f"{dir_f} {dir_l}"), em=EM(f"{_ascii(dir_f)}.{_ascii(dir_l)}@{dom}"),
        kf=PE(kin_f))
    b.f("{ph} any time.\n> Our reference: FD-{ref}\n> --\n> {dn}, Funeral Arranger\n> {fm}\n",
        ph=PH(c.phone("f")), ref=c.digits(5), dn=PE(f"{dir_f} {dir_l}"), fm=firm)
    for line in qa:
        b.f("> {l}\n", l=AD(line))
    return b


@_tpl("funeral", "en", "US", "CRM arrangement note")
def _f_us_crm(c: _Ctx) -> _B:
    b = _B(c.cc)
    df, dl = c.first(), c.last()
    dob = c.dob(55, 99)
    b.f("ARRANGEMENT CONFERENCE — case #{case}\nDecedent: {dn} (DOB {dob}, age {age})\n",
        case=c.ref("2026-", 4), dn=PE(f"{dl}, {df}"), dob=DOB(c.fdate(dob)), age=(TODAY - dob).days // 365)
    b.f("SSN (for death certificate / SSA notification): {s}\nResidence: {a}\nBorn in: {bp}\n",
        s=SSN(c.ssn()), a=AD(c.address()), bp=LO(c.ch(["Tulsa, Oklahoma", "Puerto Rico", "Detroit", "Mexico",
                                                         "Lubbock, TX"])))
    nf, nl = c.first(), c.last()
    b.f("Informant/NOK: {n} (daughter) cell {ph}, {em}\n", n=PE(f"{nf} {nl}"), ph=PH(c.phone("m", "dots")),
        em=EM(c.email(nf, nl)))
    b.f("Service: visitation {d1} 5-7pm, Rosewood Chapel; burial at Greenlawn Memorial Park, plot C-{plot}. "
        "Casket: Batesville 'Fleming' 18ga (SKU BV-{sku}).\n", d1=c.fdate(c.recent(0, 10)),
        plot=c.digits(3), sku=c.digits(5))
    pay = c.r.random()
    if pay < 0.5:
        b.f("Deposit ${amt} paid by card {m} exp {e}, auth code {au}.\n", amt=c.amount(500, 2500), m=c.masked(),
            e=f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}", au=c.chars(6, string.ascii_uppercase + string.digits))
    else:
        b.f("Deposit ${amt}: card {cn} exp {e} CVV on file (shred after processing!)\n", amt=c.amount(500, 2500),
            cn=CC(c.card()), e=f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}")
    b.f("Insurance assignment: policy {pol} with Lincoln Benefit Life. Veteran: {v}. Arranger: {a}\n",
        pol=c.ref("LB", 8), v=c.ch(["yes, DD-214 requested", "no"]), a=PE(c.first() + " " + c.last()[0] + "."))
    return b


@_tpl("funeral", "en", "AU", "death-notice draft")
def _f_au_notice(c: _Ctx) -> _B:
    b = _B(c.cc)
    sur, given, mid = c.last(), c.first(), c.first()
    spouse = c.first()
    kids = [c.first() for _ in range(3)]
    dob = c.dob(68, 99)
    dod = c.recent(9)
    b.f("DRAFT v2 – for Courier Mail, Saturday edition\n\n{s}.\n", s=PE(f"{sur.upper()}, {given} {mid}"))
    b.f("{bd} – {dd}\nPassed away peacefully at {venue}, aged {age} years, late of {home}.\n",
        bd=DOB(c.fdate(dob, "gb")), dd=c.fdate(dod, "gb"), venue=c.ch(["Blue Care Wattle Grove", "St Vincent's Private",
                                                                         "Karingal Nursing Home"]),
        age=(dod - dob).days // 365, home=LO(c.town()))
    b.f("Dearly loved wife of {sp} (dec.). Loving mother and mother-in-law of {k0} and {k0s}, {k1}, and {k2}. "
        "Adored Nan of nine. Reunited with her beloved kelpie Bluey.\n", sp=PE(spouse), k0=PE(kids[0]), k0s=PE(c.first()),
        k1=PE(kids[1]), k2=PE(kids[2]))
    b.f("Relatives and friends are invited to attend {h} Funeral Service, to be held at the Chapel of Memories, "
        "{venue}, on {d} commencing at 10.30am.\n", h=c.ch(["her", "the"]),
        venue=c.ch(["Hobart", "Geelong", "Toowoomba"]), d=c.fdate(c.recent(0, 7), "gb"))
    b.f("In lieu of flowers, donations to Dementia Australia.\n\nContact for notice: {n}, {ph}\n",
        n=PE(f"{kids[0]} {sur}"), ph=PH(c.phone("m")))
    return b


@_tpl("funeral", "en", "IE", "speech-to-text call transcript")
def _f_ie_transcript(c: _Ctx) -> _B:
    b = _B(c.cc)
    caller = c.first().lower()
    dec_f, dec_l = c.first().lower(), c.last().lower()
    b.f("[call recording 00:00:04] agent: good afternoon {firm} funeral directors this is {ag} speaking\n",
        firm=c.ch(["o'driscoll and sons", "massey bros", "kenny's"]), ag=PE(c.first().lower()))
    b.f("caller: hi yeah this is {cl} im ringing about my dad {dn} he passed last night in the regional\n",
        cl=PE(caller), dn=PE(f"{dec_f} {dec_l}"))
    b.f("agent: im very sorry for your loss can i take his date of birth for the file\ncaller: {dob}\n",
        dob=DOB(c.ch([f"the {_ord(c.r.randint(1, 28))} of {c.ch(_MONTHS_EN).lower()} nineteen {c.ch(['forty', 'fifty', 'thirty'])} {c.ch(['two', 'six', 'nine'])}",
                      c.fdate(c.dob(60, 95), "gb")])))
    b.f("agent: and where was he living\ncaller: {a} he was born in {bp} though he'd want to go home to be buried\n",
        a=AD(c.address().lower()), bp=LO(c.ch(["mayo", "kerry", "boston", "donegal", "liverpool"])))
    b.f("agent: grand no problem whats the best number for you\ncaller: {ph}\n"
        "agent: and the removal would be from the house around five on friday\ncaller: thats right yeah\n"
        "[agent note] copy death notice to rip.ie, booking ref rip-{r}, door code for the house {dc}\n",
        ph=PH(c.phone("m")), r=c.digits(6), dc=c.digits(4))
    return b


@_tpl("funeral", "en", "ZA", "WhatsApp chat export")
def _f_za_whatsapp(c: _Ctx) -> _B:
    b = _B(c.cc)
    a, d = c.first(), c.first()
    al = c.last()
    day = c.recent(5)
    ds = f"{day.year}/{day.month:02d}/{day.day:02d}"
    b.f("{d}, 09:14 - {a}: Morning, {dd}. Ouma's ID copy and birth date for the form: {dob}\n",
        d=ds, a=PE(f"{a} {al}"), dd=PE(d), dob=DOB(c.fdate(c.dob(75, 99))))
    b.f("{d}, 09:20 - {dd} (Doves Stellenbosch): Thank you {a}. Please confirm the physical address for the "
        "collection?\n", d=ds, dd=PE(d), a=PE(a))
    b.f("{d}, 09:22 - {a}: {ad}\n", d=ds, a=PE(f"{a} {al}"), ad=AD(c.address()))
    b.f("{d}, 09:23 - {a}: <Media omitted>\n", d=ds, a=PE(f"{a} {al}"))
    b.f("{d}, 09:31 - {dd} (Doves Stellenbosch): Received. Quote Q-{q} is R{amt} for cremation incl. memorial at "
        "the NG Kerk hall. EFT to our FNB acc, branch code 250655, ref Q-{q}.\n", d=ds, dd=PE(d), q=c.digits(5),
        amt=c.amount(9000, 28000))
    b.f("{d}, 09:40 - {a}: Shot. Oom {u} will fly in from {lo}, he says call him on {ph}\n", d=ds, a=PE(f"{a} {al}"),
        u=PE(c.first()), lo=LO(c.ch(["Perth", "London", "Windhoek", "Auckland"])), ph=PH(c.phone("m", "intl")))
    return b


@_tpl("funeral", "en", "NZ", "no-PII crematorium schedule")
def _f_nz_schedule(c: _Ctx) -> _B:
    b = _B(c.cc)
    d = c.recent(0, 14)
    b.f("Crematorium schedule — {d}\nCremator 1: pre-heat 06:30, 3 cases booked (refs CR-{a}, CR-{b2}, CR-{c3})\n"
        "Cremator 2: maintenance, refractory check by Matthews Environmental, job #{j}\n"
        "Chapel A ({br} site): 10:00 service, 80 seats, AV test 09:15; Chapel B: 13:30 viewing\n"
        "Ashes ready for collection: {n} urns (shelf 4). Stock: 12 x Classic Oak caskets, 6 x eco willow.\n"
        "Gas reading {gas} m3. Firmware on cremator controller v{v}. Door code for back store changed to {dc}.\n",
        d=c.fdate(d, "gb"), a=c.digits(4), b2=c.digits(4), c3=c.digits(4), j=c.digits(5),
        br=c.ch(["Hamilton", "Dunedin", "Nelson"]), n=c.r.randint(2, 9), gas=c.amount(1000, 9000),
        v=c.version(), dc=c.digits(4))
    return b


@_tpl("funeral", "de", "DE", "email with IBAN")
def _f_de_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    kf, kl = c.first(), c.last()
    vf = c.first()
    b.f("Betreff: Bestattung {n} – Rechnung Nr. 2026-{r}\n\nSehr geehrte Frau {k},\n\n",
        n=PE(f"{vf} {kl}"), r=c.digits(4), k=PE(kl))
    b.f("anbei die Unterlagen zur Feuerbestattung Ihres Vaters. Für die Sterbeurkunde benötigen wir noch die "
        "Geburtsurkunde; laut Personalausweis ist er am {dob} in {gort} geboren. ", dob=DOB(c.fdate(c.dob(65, 97))),
        gort=LO(c.ch(["Breslau", "Dresden", "Königsberg", "Chemnitz", "Wien"])))
    b.f("Die Trauerfeier findet am {d} um 11:00 Uhr in der Friedhofskapelle statt.\n\n"
        "Bitte überweisen Sie den Betrag von {amt} EUR auf unser Konto:\nBestattungshaus Schneider GmbH\nIBAN: {ib}\n"
        "BIC: {bic}\n\n", d=c.fdate(c.recent(0, 10)), amt=c.amount(1800, 6500), ib=IB(_iban_of(c.r, "DE")),
        bic=c.ch(["COBADEFFXXX", "DEUTDEDBLEG", "GENODEF1S06"]))
    b.f("Für eine Rückerstattung der Sterbegeldversicherung nennen Sie uns bitte Ihre eigene IBAN, z. B. "
        "{ib}, wie am Telefon besprochen.\n\nMit freundlichen Grüßen\n{a}\nBestattungshaus Schneider\n{ad}\n"
        "Tel. {ph}\n", ib=IB(c.iban(True)), a=PE(f"{c.first()} {c.last()}"), ad=AD(c.address()),
        ph=PH(c.phone("f")))
    return b


@_tpl("funeral", "pl", "PL", "SMS thread")
def _f_pl_sms(c: _Ctx) -> _B:
    b = _B(c.cc)
    n = c.first()
    b.f("[SMS od {ph}] Dzień dobry, tu {n} {l}. Mama zmarła dziś w nocy w szpitalu. Czy mogą Państwo ją odebrać?\n",
        ph=PH(c.phone("m")), n=PE(n), l=PE(c.last()))
    b.f("[Zakład Pogrzebowy Hades] Przyjęliśmy zgłoszenie nr {z}. Proszę przygotować dowód osobisty zmarłej i "
        "datę urodzenia.\n", z=c.digits(5))
    b.f("[SMS] Urodzona {dob} w {m}, ostatnio mieszkała: {ad}\n", dob=DOB(c.fdate(c.dob(60, 98))),
        m=LO(c.ch(["Lwowie", "Wilnie", "Tarnowie", "Radomiu"])), ad=AD(c.address()))
    b.f("[Zakład Pogrzebowy Hades] Dziękujemy. Msza o 12:00, kaplica na cmentarzu. Koszt {a} zł, zasiłek ZUS "
        "rozliczymy. Kod do furtki: {k}\n", a=c.amount(3500, 9000), k=c.digits(4))
    return b


@_tpl("funeral", "is", "IS", "death-notice draft")
def _f_is_notice(c: _Ctx) -> _B:
    b = _B(c.cc)
    f = c.first()
    s = c.last()
    b.f("Andlátstilkynning – drög\n\nElskuleg móðir okkar, tengdamóðir og amma,\n{n}\n", n=PE(f"{f} {s}"))
    b.f("fædd {dob}, síðast til heimilis að {ad},\nlést á Landspítalanum {d}.\n",
        dob=DOB(c.fdate(c.dob(70, 99))), ad=AD(c.address()), d=c.fdate(c.recent(10)))
    b.f("Útförin fer fram frá Hallgrímskirkju {d} kl. 13.\n\n{k1}   {k2}\n{k3}\nog barnabörn.\n\n"
        "Umsjón: Útfararstofa kirkjugarðanna, sími {ph}\n", d=c.fdate(c.recent(0, 10)), k1=PE(c.first()),
        k2=PE(c.first() + " " + c.last()), k3=PE(c.first()), ph=PH(c.phone("f")))
    return b


@_tpl("funeral", "ro", "RO", "JSON-lines form dump")
def _f_ro_json(c: _Ctx) -> _B:
    b = _B(c.cc)
    for i in range(c.r.randint(2, 3)):
        f, l_ = c.first(), c.last()
        b.f('{{"id": "{u}", "nume_decedat": "{n}", "data_nasterii": "{dob}", "data_decesului": "{dd}", '
            '"domiciliu": "{ad}", "contact": "{cf}", "telefon": "{ph}", "iban_rambursare": "{ib}", '
            '"pachet": "Serviciu complet {pk}", "total_lei": {amt}}}\n',
            u=c.uuid(), n=PE(f"{l_} {f}"), dob=DOB(c.fdate(c.dob(60, 98))), dd=c.fdate(c.recent(20)),
            ad=AD(c.address()), cf=PE(f"{c.first()} {l_}"), ph=PH(c.phone("m")), ib=IB(c.iban(False)),
            pk=c.ch(["Standard", "Premium", "Cremare"]), amt=c.amount(2500, 12000))
    return b


# ===================================== DRIVING SCHOOL =======================================
@_tpl("driving", "en", "US", "booking email with card")
def _d_us_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    pf, pl = c.first(), c.last()
    kid = c.first()
    b.f("From: {n} <{em}>\nTo: bookings@{sch}.com\nSubject: Teen package for {k}\n\n",
        n=PE(f"{pf} {pl}"), em=EM(c.email(pf, pl)), sch=c.ch(["freewaydriving", "safestartdrivered", "aaadrivingacademy"]),
        k=PE(kid))
    b.f("Hi there,\n\nI'd like to book the 6-lesson teen package ($389.00) for {k}, our youngest. DOB is {dob} "
        "and the learner permit # is {perm}. ", k=PE(f"{kid} {pl}"), dob=DOB(c.fdate(c.dob(15, 17))),
        perm=c.ch(["D", "S", "W"]) + c.digits(8))
    b.f("Pickup would be from home, {a}, weekdays after 3:30.\n\n", a=AD(c.address()))
    if c.r.random() < 0.5:
        b.f("You can charge my Visa {cc}, exp {e}.\n", cc=CC(c.card()),
            e=f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}")
    else:
        b.f("Please use the card ending in {l4} you have on file from last year (order #{o}).\n",
            l4=c.last4(), o=c.digits(6))
    b.f("\nThanks!\n{n}\n{ph}\nSent from my iPhone\n", n=PE(pf), ph=PH(c.phone("m", c.ch(["nat", "dots"]))))
    return b


@_tpl("driving", "en", "GB", "WhatsApp instructor chat")
def _d_gb_whatsapp(c: _Ctx) -> _B:
    b = _B(c.cc)
    ins = c.first()
    lf, ll = c.first(), c.last()
    d = c.recent(3)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    b.f("[{d}, 07:52:10] {i}: Morning {l}! Still ok for 9? I'll pick you up from {a} as usual\n",
        d=ds, i=PE(ins), l=PE(lf), a=AD(c.street_line()))
    b.f("[{d}, 07:58:41] {ln}: yes!! can we do roundabouts again pls, test is on the {td} at {tc} test centre\n",
        d=ds, ln=PE(f"{lf} {ll}"), td=_ord(c.r.randint(1, 28)), tc=c.ch(["Pinner", "Heaton", "Morden", "Chingford"]))
    b.f("[{d}, 08:01:02] {i}: Course we can. Bring your provisional, the examiner will check it. Theory cert no. "
        "{th} is on the booking so that's fine\n", d=ds, i=PE(ins), th=c.digits(8))
    b.f("[{d}, 08:03:15] {ln}: my mum said shes paying the £{amt} by bank transfer, sort code 20-{s1}-{s2} is that "
        "right\n", d=ds, ln=PE(f"{lf} {ll}"), amt=c.amount(150, 400), s1=c.digits(2), s2=c.digits(2))
    b.f("[{d}, 08:04:30] {i}: Yep. If anything changes text me on {ph} not this number\n", d=ds, i=PE(ins),
        ph=PH(c.phone("m")))
    return b


@_tpl("driving", "en", "IN", "live chat transcript")
def _d_in_livechat(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    agent = c.first()
    b.f("Chat started: {ts} IST | Visitor #{v} | Page: /courses/car-lmv\n", ts=c.ts(), v=c.digits(5))
    b.f("{ag} (Maruti Driving School): Namaste! How can I help you today?\n", ag=PE(agent))
    b.f("Visitor: hi i want to join 21 day course for LMV. name {n}\n", n=PE(f"{f} {l_}"))
    b.f("{ag} (Maruti Driving School): Sure sir. Please share your DOB and mobile for learner licence slot booking\n",
        ag=PE(agent))
    b.f("Visitor: dob {dob}, mobile {ph}, email {em}\n", dob=DOB(c.fdate(c.dob(18, 40))),
        ph=PH(c.phone("m", c.ch(["nat", "intl"]))), em=EM(c.email(f, l_)))
    b.f("Visitor: I stay at {a}\n", a=AD(c.address()))
    b.f("{ag} (Maruti Driving School): Thank you {f}. Fees Rs. {amt}, pay via UPI to marutids@okaxis. Your enquiry "
        "no is ENQ{e}. Nearest branch is {br}.\nChat ended by visitor.\n", ag=PE(agent), f=PE(f),
        amt=c.r.randint(4, 9) * 1000 + 500, e=c.digits(7), br=c.ch(["Kothrud", "Edappally", "Malviya Nagar"]))
    return b


@_tpl("driving", "en", "CA", "Slack channel export")
def _d_ca_slack(c: _Ctx) -> _B:
    b = _B(c.cc)
    i1, i2 = c.first(), c.first()
    st_f, st_l = c.first(), c.last()
    b.f("#instructors  |  {d}\n\n{a} {t1}\nheads up – {sf}'s mom called, {sn} can't do the G2 road test "
        "prep tomorrow, she moved it to next Thu. her number is {ph} if you need it\n\n",
        d=c.fdate(c.recent(5), "ca"), a=PE(i1.lower()), t1="9:12 AM", sf=PE(st_f), sn=PE(f"{st_f} {st_l}"),
        ph=PH(c.phone("m")))
    b.f("{b2} 9:15 AM\nok. also car #4 (the Corolla) is due for service at Kal Tire, odometer 84,{o} km. "
        "fleet app v{v} keeps logging me out lol\n\n", b2=PE(i2.lower()), o=c.digits(3), v=c.version())
    b.f("{a} 9:17 AM\nfor the app just use the shared login, user frontdesk / pw {pw} (don't post this in "
        "#general)\n\n", a=PE(i1.lower()), pw=PW(c.password()))
    b.f("{b2} 9:18 AM\n:thumbsup: thx. new student from {lo} starting Mon, {n}, lives at {ad}\n",
        b2=PE(i2.lower()), lo=LO(c.ch(["Manila", "Lagos", "Chandigarh", "Bogotá", "Kyiv"])),
        n=PE(f"{c.first()} {c.last()}"), ad=AD(c.address()))
    return b


@_tpl("driving", "en", "PH", "SMS thread")
def _d_ph_sms(c: _Ctx) -> _B:
    b = _B(c.cc)
    f = c.first()
    b.f("From: {ph}\nGood pm po, this is {n}. I'd like to enroll sa 15-hr theoretical driving course. "
        "Available pa po ba sa Sat?\n\n", ph=PH(c.phone("m")), n=PE(f"{f} {c.last()}"))
    b.f("From: SMART DRIVING SCHOOL\nHi {f}! Yes po, Sat 8AM slot open. Reply with full name, birthday and "
        "address for LTO student permit. Promo code TDC{p} = P{amt} only.\n\n", f=PE(f), p=c.digits(3),
        amt=c.r.randint(8, 15) * 100)
    b.f("From: {ph}\n{n}, bday {dob}, {a}. Salamat po!\n\n", ph=PH(c.phone("m")),
        n=PE(f"{c.last().upper()}, {f.upper()}"), dob=DOB(c.fdate(c.dob(16, 30))), a=AD(c.address()))
    b.f("From: SMART DRIVING SCHOOL\nConfirmed. Ref #{r}. Please bring 1x1 ID pic. GCash 09{g}XXXXX.\n",
        r=c.digits(6), g=c.digits(2))
    return b


@_tpl("driving", "en", "AU", "application log with secrets")
def _d_au_log(c: _Ctx) -> _B:
    b = _B(c.cc)
    d = c.recent(2)
    b.f("{t} INFO  booking-svc v{v} started pid={p} host=ip-{h}\n", t=c.ts(d), v=c.version(), p=c.r.randint(1000, 60000),
        h=c.priv_ip().replace(".", "-"))
    b.f("{t} INFO  POST /api/lessons 201 client={ip} session={s} student_id=STU{sid}\n", t=c.ts(d), ip=IP(c.ip4()),
        s=c.sha(32), sid=c.digits(6))
    b.f("{t} WARN  sms gateway retry to={ph} msg_id={m}\n", t=c.ts(d), ph=PH(c.phone("m", "e164")), m=c.uuid())
    b.f("{t} ERROR payment: stripe auth failed using key={k} (publishable pk_live_{pk}) ip={ip}\n", t=c.ts(d),
        k=KEY("sk_live_" + c.chars(24)), pk=c.chars(24), ip=IP(c.ip6()))
    b.f("{t} DEBUG upstream=http://{pi}:8080/healthz ok latency_ms={ms}\n", t=c.ts(d), pi=c.priv_ip(),
        ms=c.r.randint(3, 400))
    b.f("{t} INFO  booking confirmed lesson=L{l} instructor=\"{ins}\" pickup=\"{a}\"\n", t=c.ts(d), l=c.digits(5),
        ins=PE(f"{c.first()} {c.last()}"), a=AD(c.address()))
    return b


@_tpl("driving", "fr", "FR", "ticket with internal notes")
def _d_fr_ticket(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Ticket #{t} – Demande de report d'examen\nCréé le {d} par {n} ({em})\n\n", t=c.digits(5),
        d=c.fdate(c.recent(5)), n=PE(f"{f} {l_}"), em=EM(c.email(f, l_)))
    b.f("Bonjour, je souhaite décaler mon examen pratique prévu le {d}. Je suis né(e) le {dob} à {lv}. "
        "Mon numéro NEPH est {neph}.\nJoignable au {ph}.\nCordialement, {n}\n\n",
        d=c.fdate(c.recent(0, 30)), dob=DOB(c.fdate(c.dob(17, 35))), lv=LO(c.ch(["Marseille", "Alger", "Brest",
                                                                                  "Dakar", "Metz"])),
        neph=c.digits(12), ph=PH(c.phone("m")), n=PE(f.upper() + " " + l_.upper()))
    b.f("--- Note interne ({ag}) ---\nCandidat(e) de l'agence de {ag2}. Forfait 20h payé (CB **** {l4}). "
        "Adresse postale pour la convocation : {a}. Prévenir le moniteur {m}.\n",
        ag=PE(c.first()), ag2=c.town(), l4=c.last4(), a=AD(c.address()), m=PE(c.last().upper()))
    return b


@_tpl("driving", "nl", "NL", "call note with IBAN refund")
def _d_nl_callnote(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Belnotitie {d} {t} – {ag}\n", d=c.fdate(c.recent(3)), t=c.hm(), ag=PE(c.first()))
    b.f("Beller: {n}, geb. {dob}, tel. {ph}\n", n=PE(f"{f} {l_}"), dob=DOB(c.fdate(c.dob(17, 30))),
        ph=PH(c.phone("m")))
    b.f("Onderwerp: CBR praktijkexamen gezakt, wil restant lespakket (8 lessen à €{amt}) terug. Terugstorten op "
        "{ib} t.n.v. {tnv}. Reservering CBR: {r}.\n", amt=c.amount(50, 70), ib=IB(c.iban()),
        tnv=PE(f"{f[0]}. {l_}"), r=c.digits(10))
    b.f("Woont sinds kort op {a}, oude adres in {oud} niet meer gebruiken.\nActie: doorzetten naar administratie, "
        "Rijschool De Vries vestiging {vest}.\n", a=AD(c.address()), oud=LO(c.town()), vest=c.town())
    return b


@_tpl("driving", "et", "EE", "key: value form dump")
def _d_ee_form(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Uus registreerimine – B-kategooria algõpe\n\nEesnimi: {f}\nPerekonnanimi: {l}\nSünniaeg: {dob}\n",
        f=PE(f), l=PE(l_), dob=DOB(c.fdate(c.dob(16, 40))))
    b.f("Telefon: {ph}\nE-post: {em}\nAadress: {a}\nSünnikoht: {sk}\n", ph=PH(c.phone("m")), em=EM(c.email(f, l_)),
        a=AD(c.address()), sk=LO(c.ch(["Tartu", "Narva", "Pärnu", "Riia", "Helsingi"])))
    b.f("Kursus: {k}, algus {d}\nEsindus: {es}\nMakse: {amt} EUR, arve nr {arve}\nNõusolek: jah\nIP: {ip}\n",
        k=c.ch(["päevane", "õhtune", "kiirkursus"]), d=c.fdate(c.recent(0, 20)), es=c.town(), amt=c.amount(390, 890),
        arve=c.digits(6), ip=c.ch([IP(c.ip4()), c.priv_ip()]))
    return b


@_tpl("driving", "tr", "TR", "SMS / chat thread")
def _d_tr_chat(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    hoca = c.first()
    b.f("{ho} Hoca: Merhaba {f}, yarınki direksiyon dersin saat {t}'da. Seni {a} önünden alırım.\n",
        ho=PE(hoca), f=PE(f), t=c.hm(), a=AD(c.street_line()))
    b.f("{n}: Tamam hocam. Sınav randevum {d}, aday no {no}. Bir de annemin numarası {ph}, ona da haber verir "
        "misiniz?\n", n=PE(f"{f} {l_}"), d=c.fdate(c.recent(0, 30)), no=c.digits(8), ph=PH(c.phone("m")))
    b.f("{ho} Hoca: Olur. Kalan taksit {amt} TL, kart son 4 hanesi {l4} olandan çekilecek.\n", ho=PE(hoca),
        amt=c.amount(1500, 5000), l4=c.last4())
    b.f("{n}: Teşekkürler. Kayıt formunda doğum tarihim yanlış yazılmış, doğrusu {dob}.\n", n=PE(f"{f} {l_}"),
        dob=DOB(c.fdate(c.dob(18, 30))))
    return b


# ====================================== DOG GROOMING ========================================
_PETS = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Coco", "Teddy", "Daisy", "Rocky", "Poppy", "Winston", "Nala",
         "Ollie", "Pepper", "Bruno", "Lola"]
_BREEDS = ["cockapoo", "shih tzu", "golden retriever", "bichon frise", "schnauzer", "labradoodle", "westie",
           "border collie", "pomeranian", "spaniel"]


@_tpl("grooming", "en", "US", "JSON-lines booking export")
def _g_us_jsonl(c: _Ctx) -> _B:
    b = _B(c.cc)
    for _ in range(c.r.randint(2, 3)):
        f, l_ = c.first(), c.last()
        b.f('{{"booking_id": "BK-{bk}", "created": "{ts}", "owner_first": "{f}", "owner_last": "{l}", '
            '"phone": "{ph}", "email": "{em}", "pet_name": "{pet}", "breed": "{br}", "service": "Full groom + '
            'teeth", "price_usd": {amt}, "card_brand": "visa", "card_last4": "{l4}", "ip": "{ip}", '
            '"groomer": "{g}"}}\n', bk=c.digits(7), ts=c.ts().replace(" ", "T") + "Z", f=PE(f), l=PE(l_),
            ph=PH(c.phone("m", c.ch(["nat", "e164"]))), em=EM(c.email(f, l_)), pet=c.ch(_PETS), br=c.ch(_BREEDS),
            amt=c.amount(45, 140), l4=c.last4(), ip=IP(c.ip4()), g=PE(c.first()))
    return b


@_tpl("grooming", "en", "GB", "SMS thread (mobile van)")
def _g_gb_sms(c: _Ctx) -> _B:
    b = _B(c.cc)
    pet = c.ch(_PETS)
    f = c.first()
    b.f("Pampered Paws Mobile Grooming: Hi {f}, reminder that {pet} is booked in for {d} at {t}. The van will park "
        "outside {a}. Reply Y to confirm.\n\n", f=PE(f), pet=pet, d=c.fdate(c.recent(0, 7), "gb"), t=c.hm(),
        a=AD(c.address()))
    b.f("Me: Y! Can you do a puppy cut this time, {pet}'s matted behind the ears. Also my neighbour {n} wants "
        "her {br} done, her number is {ph}\n\n", pet=pet, n=PE(c.first()), br=c.ch(_BREEDS), ph=PH(c.phone("m")))
    b.f("Pampered Paws Mobile Grooming: Lovely, will text her. Balance £{amt}, pay by card on the day or bank "
        "transfer (ref PAW{r}). {s}\n", amt=c.amount(30, 75), r=c.digits(4), s=PE(c.first()) if c.r.random() < 0.5
        else "Thanks x")
    return b


@_tpl("grooming", "en", "NZ", "Instagram DM / live chat")
def _g_nz_dm(c: _Ctx) -> _B:
    b = _B(c.cc)
    h = f"{_ascii(c.first())}_{c.ch(['and', 'n', 'loves'])}_{_ascii(c.ch(_PETS))}"
    f = c.first()
    b.f("@{h}: kia ora! do you do nail clips for a nervous rescue greyhound? we just moved down from {lo}\n",
        h=h, lo=LO(c.ch(["Auckland", "Brisbane", "Gisborne", "Napier"])))
    b.f("@fluffandbuff_nz: Kia ora! Yes we do, $25 quiet-room clip. Can I grab a name & number?\n")
    b.f("@{h}: {n}, {ph} – we're at {a}\n", h=h, n=PE(f"{f} {c.last()}"), ph=PH(c.phone("m")), a=AD(c.address()))
    b.f("@fluffandbuff_nz: Thanks {f}! Booked Tues 2:15pm, booking code FB-{code}. See you at the {br} salon!\n",
        f=PE(f), code=c.chars(5, string.ascii_uppercase + string.digits), br=c.ch(["Frankton", "Mt Maunganui", "Stoke"]))
    return b


@_tpl("grooming", "en", "IE", "Teams chat between staff")
def _g_ie_teams(c: _Ctx) -> _B:
    b = _B(c.cc)
    s1, s2 = f"{c.first()} {c.last()}", f"{c.first()} {c.last()}"
    cust = c.first()
    cl = c.last()
    b.f("{a}  {t1}\nanyone know why {cf} {cl}'s card keeps declining? {pet} is sitting in the tub lol\n\n",
        a=PE(s1), t1=c.hm(), cf=PE(cust), cl=PE(cl), pet=c.ch(_PETS))
    b.f("{b2}  {t2}\nthe till app (v{v}) is glitching again. take the card number over the phone and key it "
        "manually, then delete it. or use the one on the form: {cc}\n\n", b2=PE(s2), t2=c.hm(), v=c.version(),
        cc=CC(c.card()))
    b.f("{a}  {t3}\ngrand. she also asked us to update her address to {ad} and mobile {ph}\n\n",
        a=PE(s1), t3=c.hm(), ad=AD(c.address()), ph=PH(c.phone("m")))
    b.f("{b2}  {t4}\ndone in the CRM. reminder: the Douglas branch is closed Monday for the floor\n",
        b2=PE(s2), t4=c.hm())
    return b


@_tpl("grooming", "en", "AU", "no-PII daily schedule")
def _g_au_schedule(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("DAILY RUN SHEET – {br} salon – {d}\n", br=c.ch(["Fremantle", "Geelong", "Hobart"]),
        d=c.fdate(c.recent(0, 3), "gb"))
    for _ in range(c.r.randint(4, 7)):
        b.f("{t}  {pet} ({br})  {svc}  ${amt}  table {tb}  notes: {n}\n", t=c.hm(), pet=c.ch(_PETS),
            br=c.ch(_BREEDS), svc=c.ch(["full groom", "bath & brush", "nails only", "puppy intro", "deshed"]),
            amt=c.amount(25, 120), tb=c.r.randint(1, 4), n=c.ch(["nervous", "muzzle", "hypoallergenic shampoo",
                                                                    "-", "senior, go slow"]))
    b.f("Stock: Hydrobath pump serviced (job {j}); order 4x Isle of Dogs shampoo, SKU IOD-{s}.\n",
        j=c.digits(5), s=c.digits(4))
    return b


@_tpl("grooming", "en", "NG", "config snippet with secrets")
def _g_ng_config(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("# pawsome-booking/.env  (deployed {d}, build {h})\nAPP_ENV=production\nAPP_VERSION={v}\n",
        d=c.recent(10).isoformat(), h=c.sha(7), v=c.version())
    b.f("DB_HOST={ip}\nDB_USER=paws_app\nDB_PASSWORD={pw}\n", ip=c.priv_ip(), pw=PW(c.password()))
    b.f("PAYSTACK_SECRET_KEY={k}\nPAYSTACK_PUBLIC_KEY=pk_live_{pk}\n", k=KEY("sk_live_" + c.chars(24)),
        pk=c.chars(24))
    b.f("SENDGRID_API_KEY={k}\nSMS_SENDER_ID=PAWSOME\nADMIN_EMAIL={em}\nSUPPORT_PHONE={ph}\n",
        k=KEY("SG." + c.chars(22, _ALNUM + "-_") + "." + c.chars(43, _ALNUM + "-_")), em=EM("admin@pawsome.ng"),
        ph=PH(c.phone("f", "e164")))
    b.f("ADMIN_PASSWORD_HASH={h}\nSESSION_SECRET_ID={u}\nALLOWED_ORIGIN_IP={ip}\n", h=c.bcrypt(), u=c.uuid(),
        ip=IP(c.ip4()))
    return b


@_tpl("grooming", "es", "ES", "WhatsApp chat export")
def _g_es_whatsapp(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    pet = c.ch(_PETS)
    d = c.recent(3)
    ds = f"{d.day}/{d.month}/{d.year % 100}"
    b.f("{d} 10:02 - {n}: Hola! Queria pedir cita para {pet}, es un caniche de 4 años\n", d=ds,
        n=PE(f"{f} {l_}"), pet=pet)
    b.f("{d} 10:05 - Peluquería Canina Guau: Hola {f}! Tenemos hueco el jueves a las 11:30. ¿Me pasas nombre "
        "completo y teléfono para la ficha?\n", d=ds, f=PE(f))
    b.f("{d} 10:07 - {n}: {nc}, {ph}. Vivo en {a}, ¿hacéis recogida?\n", d=ds, n=PE(f"{f} {l_}"),
        nc=PE(f"{f} {l_} {c.last()}"), ph=PH(c.phone("m")), a=AD(c.address()))
    b.f("{d} 10:09 - Peluquería Canina Guau: Sí, recogida 5€. Total 38,00€. Bizum al 6XX XX XX {x}. Código "
        "cita: GU-{r}\n", d=ds, x=c.digits(2), r=c.digits(4))
    return b


@_tpl("grooming", "it", "IT", "email with signature")
def _g_it_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    pet = c.ch(_PETS)
    b.f("Oggetto: Conferma appuntamento toelettatura – {pet}\n\nGentile Sig.ra {l},\n\n", pet=pet, l=PE(l_))
    b.f("le confermiamo l'appuntamento per {pet} il giorno {d} alle ore {t} presso il nostro negozio di {neg}. "
        "Il trattamento (bagno, taglio a forbice e pulizia orecchie) costa {amt} €.\n", pet=pet,
        d=c.fdate(c.recent(0, 10)), t=c.hm(), neg=c.ch(["via Mazzini", "corso Italia"]), amt=c.amount(35, 90))
    b.f("Come richiesto, il ritiro a domicilio sarà in {a}. Per il pagamento anticipato può usare l'IBAN "
        "{ib} (causale: TOEL-{r}).\n\n", a=AD(c.address()), ib=IB(_iban_of(c.r, "IT")), r=c.digits(5))
    b.f("Cordiali saluti,\n{s}\nToelettatura Bau Bau di {o}\n{ad}\nTel. {ph} – {em}\nP.IVA {piva}\n",
        s=PE(f"{c.first()} {c.last()}"), o=c.first(), ad=AD(c.address()), ph=PH(c.phone("f")),
        em=EM("info@toelettaturabaubau.it"), piva=c.digits(11))
    return b


@_tpl("grooming", "sl", "SI", "SMS thread")
def _g_si_sms(c: _Ctx) -> _B:
    b = _B(c.cc)
    f = c.first()
    pet = c.ch(_PETS)
    b.f("Salon Kosmatinček: Pozdravljeni {f}, {pet} je na vrsti {d} ob {t}. Prosimo potrdite z DA.\n",
        f=PE(f), pet=pet, d=c.fdate(c.recent(0, 7)), t=c.hm())
    b.f("{ph}: DA. Lahko pride tudi moja sestra {s} s psičko, njena številka je {ph2}\n",
        ph=PH(c.phone("m")), s=PE(f"{c.first()} {c.last()}"), ph2=PH(c.phone("m")))
    b.f("Salon Kosmatinček: Seveda. Račun št. {r} za {amt} EUR pošljemo na naslov {a}.\n", r=c.digits(6),
        amt=c.amount(25, 60).replace(".", ","), a=AD(c.address()))
    return b


@_tpl("grooming", "sq", "AL", "booking note")
def _g_al_note(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Rezervim i ri – {d}\nKlienti: {n}\nTel: {ph}\nAdresa: {a}\n", d=c.fdate(c.recent(2)), n=PE(f"{f} {l_}"),
        ph=PH(c.phone("m")), a=AD(c.address()))
    b.f("Qeni: {pet} ({br}), 6 vjeç. Shërbimi: larje + qethje, {amt} lekë.\nShënim: zonja {l} vjen nga {lo} "
        "vetëm të shtunave. Kodi i rezervimit: QN-{r}. Dega: {dg}.\n", pet=c.ch(_PETS), br=c.ch(_BREEDS),
        amt=c.r.randint(15, 40) * 100, l=PE(l_), lo=LO(c.ch(["Fier", "Berat", "Lushnjë", "Kavajë"])),
        r=c.digits(5), dg=c.town())
    return b


@_tpl("grooming", "lt", "LT", "key=value web form")
def _g_lt_form(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("vardas={f}&pavarde={l}&tel={ph}&el_pastas={em}&augintinis={pet}&paslauga=kirpimas&"
        "data={d}&salonas={sal}&sutikimas=1&ip={ip}\n", f=PE(f), l=PE(l_), ph=PH(c.phone("m", "e164")),
        em=EM(c.email(f, l_)), pet=c.ch(_PETS), d=c.recent(0, 14).isoformat(), sal=c.town(), ip=IP(c.ip4()))
    b.f("# pastaba: klientas gimęs {dob}, gyvena {a}; nuolaida 10% (kodas KIRP{k})\n",
        dob=DOB(c.fdate(c.dob(20, 80))), a=AD(c.address()), k=c.digits(3))
    return b


# ===================================== WEDDING PLANNER ======================================
@_tpl("wedding", "en", "US", "vendor email thread, quoted address")
def _w_us_thread(c: _Ctx) -> _B:
    b = _B(c.cc)
    pf, pl = c.first(), c.last()
    vf = c.first()
    bride, groom = c.first(), c.first()
    b.f("Hi {v},\n\nConfirming the florals for the {bl}/{gl} wedding on {d} at The Barn at Willow Creek. "
        "Final headcount is {hc}. Please send the invoice to the couple directly:\n\n",
        v=PE(vf), bl=PE(c.last()), gl=PE(c.last()), d=c.fdate(c.recent(0, 200)), hc=c.r.randint(60, 220))
    b.f("{br} & {gr}\n{a}\n\n", br=PE(bride), gr=PE(f"{groom} {c.last()}"), a=AD(c.address(multiline=True)))
    b.f("The deposit of ${amt} went through on their Amex {cc}. Tracking for the vases: 1Z{tr}.\n\n",
        amt=c.amount(400, 2000), cc=CC(_luhn(c.r, "37", 15)), tr=c.chars(16, string.ascii_uppercase + string.digits))
    b.f("Best,\n{p}\nEverAfter Events | Lead Planner\n{ph} | {em}\n\n", p=PE(f"{pf} {pl}"), ph=PH(c.phone("m")),
        em=EM(c.email(pf, pl).split("@")[0] + "@everafterevents.com"))
    qa = c.address(multiline=True).split("\n")
    b.f("> On {d}, {v} wrote:\n> Happy to! Where should the delivery van go for the welcome bouquets? We "
        "have the venue loading dock but the mom asked for:\n", d=c.fdate(c.recent(10)), v=PE(vf))
    for line in qa:
        b.f("> {l}\n", l=AD(line))
    return b


@_tpl("wedding", "en", "GB", "guest list pasted from spreadsheet")
def _w_gb_sheet(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("Guest\tAddress\tRSVP\tMeal\tTable\tMobile\n")
    for _ in range(c.r.randint(3, 5)):
        g = f"{c.ch(['Mr ', 'Mrs ', 'Ms ', 'Dr ', ''])}"
        b.f("{g}{n}\t{a}\t{rsvp}\t{meal}\t{tb}\t{ph}\n", g=g, n=PE(f"{c.first()} {c.last()}"), a=AD(c.address()),
            rsvp=c.ch(["Y", "N", "TBC"]), meal=c.ch(["beef", "veg", "fish", "vegan (nut allergy)"]),
            tb=c.r.randint(1, 18), ph=c.ch([PH(c.phone("m")), "-"]))
    b.f("\nTotal\t\t\t\t\t\nBudget tab: venue £{v}, cake £{ck}, band 'The Jonny Cash Experience' £{bd}\n",
        v=c.r.randint(4000, 12000), ck=c.r.randint(300, 900), bd=c.r.randint(900, 2500))
    return b


@_tpl("wedding", "en", "IN", "CRM notes")
def _w_in_crm(c: _Ctx) -> _B:
    b = _B(c.cc)
    bf, bl = c.first(), c.last()
    gf, gl = c.first(), c.last()
    b.f("Lead #{l} | Source: WedMeGood | Owner: {o}\n", l=c.digits(5), o=PE(c.first()))
    b.f("Couple: {b} & {g}\nBride DOB {dob} (for muhurat with Panditji)\n", b=PE(f"{bf} {bl}"),
        g=PE(f"{gf} {gl}"), dob=DOB(c.fdate(c.dob(22, 34))))
    b.f("Call 1 ({d}): spoke to bride's father {fa} on {ph}. Sangeet + wedding + reception, ~450 pax, "
        "budget 38-45 lakh. Family based in {lo}, groom's side flying from {lo2}.\n",
        d=c.fdate(c.recent(20)), fa=PE(f"{c.first()} {bl}"), ph=PH(c.phone("m")),
        lo=LO(c.town()), lo2=LO(c.ch(["Dubai", "Toronto", "Singapore", "London"])))
    b.f("Call 2: shortlisted ITC Grand venue (Jaipur branch), decor by Kapoor Tent House. Send quote to {em}. "
        "Advance Rs 2,00,000 via NEFT, UTR {utr}.\nCourier invitations sample to {a}\n",
        em=EM(c.email(bf, bl)), utr=c.ch(["HDFCR", "ICICN", "SBIN"]) + c.digits(12), a=AD(c.address()))
    return b


@_tpl("wedding", "en", "CA", "forwarded email")
def _w_ca_fwd(c: _Ctx) -> _B:
    b = _B(c.cc)
    of, ol = c.first(), c.last()
    pf = c.first()
    b.f("---------- Forwarded message ---------\nFrom: {o} <{em}>\nDate: {d}\nSubject: Seating + shuttle\n"
        "To: <hello@maplemoments.ca>\n\n", o=PE(f"{of} {ol}"), em=EM(c.email(of, ol)), d=c.fdate(c.recent(15)))
    b.f("Hi {p}, my aunt {a} (from {lo}) needs to sit near the exit, and Grandpa needs the shuttle from the "
        "Delta hotel. His cell is {ph}. We booked room block code MM{rb}.\n\n",
        p=PE(pf), a=PE(f"{c.first()} {c.last()}"), lo=LO(c.ch(["Moncton", "Regina", "Thunder Bay", "Kelowna"])),
        ph=PH(c.phone("m", "dots")), rb=c.digits(4))
    b.f("Also the e-transfer for the final payment bounced, can we do card instead? {cc} exp {e}, billing "
        "address {a}.\n\nThanks, {o}\n\n", cc=CC(c.card()), e=f"{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}",
        a=AD(c.address()), o=PE(of))
    b.f("{p}: fwd to accounting – please run this and delete the card from the thread. Order WO-{w}.\n",
        p=PE(pf), w=c.digits(5))
    return b


@_tpl("wedding", "en", "ZA", "OCR'd booking form")
def _w_za_ocr(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("WEDDING VENUE BOOKING FORM   Ref:  WV/{r}\n", r=c.digits(4))
    b.f("Bride: Full Narne  {n}     Date of Blrth: {dob}\n", n=PE(f"{c.first()} {c.last()}"),
        dob=DOB(c.fdate(c.dob(21, 40), "gb")))
    b.f("Groom: Full Name {n}    D.O.B {dob}\n", n=PE(f"{c.first()} {c.last()}"),
        dob=DOB(c.fdate(c.dob(21, 45), "gb")))
    b.f("Postal Addres5: {a}\n", a=AD(c.address()))
    b.f("Cell: {ph}   Tel (w): {ph2}\nEmai1: {em}\n", ph=PH(c.phone("m")), ph2=PH(c.phone("f")),
        em=EM(c.email()))
    b.f("Wedding date: {d}    Guests: {g}    Deposit R {amt}\nSignature: ____________  Marriage officer: "
        "Ds. {mo}\n", d=c.fdate(c.recent(0, 300), "gb"), g=c.r.randint(40, 200), amt=c.amount(5000, 20000),
        mo=PE(c.last()))
    return b


@_tpl("wedding", "en", "IE", "notification subjects")
def _w_ie_notifs(c: _Ctx) -> _B:
    b = _B(c.cc)
    for _ in range(c.r.randint(4, 6)):
        k = c.r.randrange(6)
        b.t(f"[{c.ts()}] ")
        if k == 0:
            b.f("New enquiry from {n} – {d} wedding, {g} guests\n", n=PE(f"{c.first()} {c.last()}"),
                d=c.fdate(c.recent(0, 300), "gb"), g=c.r.randint(50, 180))
        elif k == 1:
            b.f("Missed call from {ph}\n", ph=PH(c.phone("m")))
        elif k == 2:
            b.f("Payment received: €{a} (invoice INV-{i}) from {n}\n", a=c.amount(200, 3000), i=c.digits(5),
                n=PE(c.last()))
        elif k == 3:
            b.f("Your Stripe payout of €{a} is on its way (po_{p})\n", a=c.amount(1000, 9000), p=c.chars(14))
        elif k == 4:
            b.f("{n} shared 'Seating plan v{v}.xlsx' with you\n", n=PE(c.first()), v=c.r.randint(2, 9))
        else:
            b.f("Reminder: tasting at Ballynahinch Castle, {d}\n", d=c.fdate(c.recent(0, 30), "gb"))
    return b


@_tpl("wedding", "pt", "PT", "email with IBAN")
def _w_pt_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    nf, nl = c.first(), c.last()
    b.f("Assunto: Orçamento casamento {d} – Quinta da Aveleda\n\nOlá {n},\n\n", d=c.fdate(c.recent(0, 300)),
        n=PE(nf))
    b.f("Segue em anexo o orçamento revisto (versão 4) para 120 convidados: {amt} €. Para reservar a data "
        "pedimos um sinal de 30% por transferência para o IBAN {ib}.\n", amt=c.amount(9000, 25000),
        ib=IB(c.iban()))
    b.f("Precisamos também dos dados dos noivos para o processo na Conservatória:\n- {n1}, nascida a {d1}, "
        "natural de {lo1}\n- {n2}, nascido a {d2}, natural de {lo2}\n- Morada: {a}\n\n",
        n1=PE(f"{nf} {nl}"), d1=DOB(c.fdate(c.dob(22, 40))), lo1=LO(c.ch(["Viseu", "Luanda", "Funchal", "Guarda"])),
        n2=PE(f"{c.first()} {c.last()} {c.last()}"), d2=DOB(c.fdate(c.dob(22, 45))),
        lo2=LO(c.ch(["Braga", "São Paulo", "Ponta Delgada", "Leiria"])), a=AD(c.address()))
    b.f("Beijinhos,\n{p}\nSim, Aceito! Wedding Planners\n{ph}\n", p=PE(c.first()), ph=PH(c.phone("m")))
    return b


@_tpl("wedding", "fr", "FR", "WhatsApp group")
def _w_fr_whatsapp(c: _Ctx) -> _B:
    b = _B(c.cc)
    pl = f"{c.first()} (Organisatrice)"
    pln = pl.split(" ")[0]
    m1, m2 = c.first(), c.first()
    d = c.recent(5)
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    b.f("{d} 18:40 - {p} (Organisatrice): Coucou les mariés ! Le traiteur confirme le menu, acompte de {a} € "
        "à régler avant vendredi.\n", d=ds, p=PE(pln), a=c.amount(800, 3000).replace(".", ","))
    b.f("{d} 18:52 - {m}: Super merci ! Je fais le virement ce soir. Pour les faire-part, l'adresse de mes "
        "parents c'est {ad}\n", d=ds, m=PE(m1), ad=AD(c.address()))
    b.f("{d} 18:55 - {m}: Et le DJ peut m'appeler au {ph}, je suis en déplacement à {lo} jusqu'à jeudi\n",
        d=ds, m=PE(m2), ph=PH(c.phone("m")), lo=LO(c.ch(["Bordeaux", "Montréal", "Genève", "Marseille"])))
    b.f("{d} 19:01 - {p} (Organisatrice): Noté. Code du portail du domaine : {cd}. Réf. contrat MAR-{r}\n",
        d=ds, p=PE(pln), cd=c.digits(4), r=c.digits(5))
    return b


@_tpl("wedding", "lt", "LT", "key: value form")
def _w_lt_form(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("Vestuvių užklausa Nr. {n}\nJaunoji: {j}\nJaunasis: {jj}\nGimimo data (jaunosios): {dob}\n",
        n=c.digits(5), j=PE(f"{c.first()} {c.last()}"), jj=PE(f"{c.first()} {c.last()}"),
        dob=DOB(c.fdate(c.dob(21, 38))))
    b.f("Tel.: {ph}\nEl. paštas: {em}\nAdresas: {a}\nŠventės data: {d}\nVieta: Trakų pilies dvaras\n"
        "Svečių skaičius: {s}\nBiudžetas: {bd} EUR\n", ph=PH(c.phone("m", "intl")), em=EM(c.email()),
        a=AD(c.address()), d=c.recent(0, 300).isoformat(), s=c.r.randint(40, 160), bd=c.r.randint(8, 30) * 1000)
    return b


@_tpl("wedding", "ro", "RO", "chat")
def _w_ro_chat(c: _Ctx) -> _B:
    b = _B(c.cc)
    p = c.first()
    m = c.first()
    b.f("{p}: Bună {m}! Am vorbit cu restaurantul, meniul e {amt} lei/persoană. Avansul se plătește în contul "
        "{ib}.\n", p=PE(p), m=PE(m), amt=c.r.randint(250, 450), ib=IB(c.iban()))
    b.f("{m}: Mulțumim! Nașii noștri sunt {n1} și {n2}, vin din {lo}. Invitațiile le trimitem la {a}\n",
        m=PE(m), n1=PE(f"{c.first()} {c.last()}"), n2=PE(c.first()), lo=LO(c.ch(["Torino", "Chișinău", "Suceava",
                                                                                   "Madrid"])), a=AD(c.address()))
    b.f("{p}: Perfect. Fotograful vă sună de pe {ph}. Contract nr. {r}/{y}.\n", p=PE(p), ph=PH(c.phone("m")),
        r=c.digits(3), y=TODAY.year)
    return b


# =================================== SOLAR INSTALLER ========================================
@_tpl("solar", "en", "US", "site survey + financing note")
def _s_us_survey(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("SITE SURVEY – Job {j}\nHomeowner: {n}   Cell: {ph}\nSite: {a}\nGPS: {g}\n", j=c.ref("SS-", 5),
        n=PE(f"{f} {l_}"), ph=PH(c.phone("m")), a=AD(c.address()), g=c.gps())
    b.f("Roof: comp shingle, 22° pitch, az 184°. Main panel 200A (Square D), MSP upgrade not needed. Utility acct "
        "{ua}, meter {m}. Proposed 8.4 kW, 21x REC Alpha 400W, Enphase IQ8+ (fw {v}).\n", ua=c.digits(10),
        m=c.digits(8), v=c.version())
    b.f("Financing (Sunlight loan app): DOB {dob}, SSN {s}. ACH autopay: routing {rt}, acct {ac}.\n",
        dob=DOB(c.fdate(c.dob(28, 80))), s=SSN(c.ssn()), rt=c.routing(), ac=BANK(c.usbank()))
    b.f("Surveyor: {sv} Dog in backyard (Ranger) – friendly. Gate code {gc}.\n", sv=PE(f"{c.first()} {c.last()[0]}."),
        gc=c.digits(4))
    return b


@_tpl("solar", "en", "AU", "grid application form dump")
def _s_au_grid(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Connection Application (Basic Micro EG ≤ 10kW)\nNMI: {nmi}\nMeter No: {m}\nCustomer name: {n}\n",
        nmi=c.digits(10) + c.ch(["", "1"]), m=c.digits(7), n=PE(f"{l_}, {f}"))
    b.f("Supply address: {a}\nPostal address: same\nPhone: {ph}\nEmail: {em}\n", a=AD(c.address()),
        ph=PH(c.phone(c.ch(["m", "f"]))), em=EM(c.email(f, l_)))
    b.f("Inverter: Fronius Primo 5.0-1 (AS/NZS 4777.2:2020), serial {s}\nPanels: 16 x Jinko Tiger Neo 440W\n"
        "Export limit: 5 kW\nCEC accredited installer: {i} (A{acc})\nRetailer: Origin\nSubmitted {ts}\n",
        s=c.digits(8), i=PE(f"{c.first()} {c.last()}"), acc=c.digits(7), ts=c.ts())
    return b


@_tpl("solar", "en", "GB", "support ticket with internal notes")
def _s_gb_ticket(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Ticket #{t} | Priority: normal | Channel: email\nFrom: {em}\n\nHi, since the storm the app shows 0 kWh. "
        "I reset the monitoring login like you said, new password is {pw} if you need to log in. "
        "Inverter SN {sn}. Thanks, {n}\n\n", t=c.digits(6), em=EM(c.email(f, l_)), pw=PW(c.password()),
        sn=c.chars(10, string.ascii_uppercase + string.digits), n=PE(f"{f} {l_}"))
    b.f("— Internal note ({ag}) —\nWifi dongle dropped off network, dongle IP {pi}. Customer's router public IP "
        "{ip}. Pulled data via SolisCloud API using our key {k}; last upload {ts}. Booked engineer visit to {a} "
        "for {d}. Customer tel {ph}. MCS cert {mcs}.\n", ag=PE(c.first()), pi=c.priv_ip(), ip=IP(c.ip4()),
        k=KEY(c.apikey()), ts=c.ts(), a=AD(c.address()), d=c.fdate(c.recent(0, 10)), ph=PH(c.phone("m")),
        mcs="MCS-" + c.digits(8))
    return b


@_tpl("solar", "en", "IN", "speech-to-text call transcript")
def _s_in_transcript(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first().lower(), c.last().lower()
    b.f("agent: thank you for calling suryaraksha solar my name is {ag} how can i help\n", ag=PE(c.first().lower()))
    b.f("customer: hello this is {n} i applied for the pm surya ghar subsidy rooftop three kilowatt\n",
        n=PE(f"{f} {l_}"))
    b.f("agent: okay sir can you tell me your consumer number and registered mobile\ncustomer: consumer number "
        "is {cn} and mobile is {ph}\n", cn=c.digits(12), ph=PH(c.phone("m")))
    b.f("agent: and the installation address\ncustomer: {a}\n", a=AD(c.address().lower()))
    b.f("agent: thank you your application id is {ap} the discom inspection is on {d}\ncustomer: okay "
        "and subsidy will come to my sbi account no\nagent: yes ifsc SBIN00{ifsc} we will verify\n",
        ap=c.ch(["NP-", "MH-"]) + c.digits(8), d=c.fdate(c.recent(0, 20)), ifsc=c.digits(5))
    return b


@_tpl("solar", "en", "NZ", "nginx access log")
def _s_nz_nginx(c: _Ctx) -> _B:
    b = _B(c.cc)
    d = c.recent(3)
    mon = _MONTHS_EN[d.month - 1][:3]
    for _ in range(c.r.randint(3, 5)):
        k = c.r.randrange(4)
        ip = IP(c.ip4()) if c.r.random() < 0.8 else IP(c.ip6())
        t = f"{d.day:02d}/{mon}/{d.year}:{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d} +1300"
        if k == 0:
            b.f('{ip} - - [{t}] "GET /portal/system/{sid}/yield?range=7d HTTP/2.0" 200 {sz} "-" "Mozilla/5.0"\n',
                ip=ip, t=t, sid=c.digits(6), sz=c.r.randint(300, 9000))
        elif k == 1:
            b.f('{ip} - - [{t}] "GET /api/v2/telemetry?api_key={key}&site={s} HTTP/1.1" 200 {sz} "-" '
                '"python-requests/2.31.0"\n', ip=ip, t=t, key=KEY("AIza" + c.chars(35, _ALNUM + "-_")),
                s=c.digits(5), sz=c.r.randint(300, 9000))
        elif k == 2:
            b.f('{pi} - - [{t}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n', pi=c.priv_ip(), t=t)
        else:
            b.f('{ip} - - [{t}] "POST /portal/login HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS '
                '17_4 like Mac OS X)"\n', ip=ip, t=t)
    return b


@_tpl("solar", "de", "DE", "grid registration email")
def _s_de_netz(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Betreff: Netzanmeldung PV-Anlage 9,8 kWp – {n}\n\nSehr geehrte Damen und Herren,\n\n", n=PE(f"{f} {l_}"))
    b.f("hiermit melden wir die PV-Anlage unseres Kunden {n} am Standort {a} an. Marktlokations-ID: {malo}, "
        "Zählernummer {zn}. Wechselrichter SMA Sunny Tripower 10.0 (Firmware {v}), Speicher BYD HVS 7.7.\n",
        n=PE(f"{f} {l_}"), a=AD(c.address()), malo="5" + c.digits(10), zn="1ESY" + c.digits(10), v=c.version())
    b.f("Einspeisevergütung bitte auf {ib} (Kontoinhaber: {kn}). Rückfragen an den Anlagenbetreiber unter "
        "{ph} oder {em}.\n\nMit sonnigen Grüßen\n{s}\nSonnenschein Solartechnik GmbH, Niederlassung {nl}\n",
        ib=IB(c.iban()), kn=PE(f"{f} {l_}"), ph=PH(c.phone("m")), em=EM(c.email(f, l_)),
        s=PE(f"{c.first()} {c.last()}"), nl=c.town())
    return b


@_tpl("solar", "es", "ES", "ticket")
def _s_es_ticket(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l1, l2 = c.first(), c.last(), c.last()
    b.f("Incidencia {i} – Autoconsumo – {d}\nCliente: {n}\nDNI: {dni}\nTeléfono: {ph}\n",
        i=c.digits(6), d=c.fdate(c.recent(5)), n=PE(f"{f} {l1} {l2}"), dni=c.digits(8) + c.ch("TRWAGMYFPDXBNJZSQVHLCKE"),
        ph=PH(c.phone(c.ch(["m", "f"]))))
    b.f("Descripción: La compensación de excedentes no aparece en la factura de {mes}. CUPS {cups}. "
        "Dirección de suministro: {a}.\n", mes=c.ch(["octubre", "septiembre", "agosto"]),
        cups="ES00" + c.digits(16) + "JN", a=AD(c.address()))
    b.f("Nota interna: la titular nació el {dob}; para la bonificación del IBI se domicilia en {ib}. "
        "Técnico asignado: {t}. Delegación {dl}.\n", dob=DOB(c.fdate(c.dob(30, 80))), ib=IB(c.iban()),
        t=PE(c.first()), dl=c.town())
    return b


@_tpl("solar", "nl", "NL", "JSON-lines monitoring export")
def _s_nl_jsonl(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    adr = c.address()
    for _ in range(c.r.randint(2, 4)):
        b.f('{{"ts": "{ts}", "installatie": "ZP-{z}", "eigenaar": "{n}", "adres": "{a}", "opbrengst_kwh": {k}, '
            '"omvormer_ip": "{pi}", "gateway_ip": "{ip}", "fw": "{v}"}}\n', ts=c.ts().replace(" ", "T"),
            z=c.digits(5), n=PE(f"{f} {l_}"), a=AD(adr), k=c.amount(1, 40), pi=c.priv_ip(), ip=IP(c.ip4()),
            v=c.version())
    return b


@_tpl("solar", "pl", "PL", "subsidy application form")
def _s_pl_form(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("WNIOSEK – Mój Prąd 6.0 (kopia robocza)\nImię: {f}\nNazwisko: {l}\nData urodzenia: {dob}\n"
        "PESEL: {pesel}\n", f=PE(f), l=PE(l_), dob=DOB(c.fdate(c.dob(25, 80))), pesel=c.digits(11))
    b.f("Adres instalacji: {a}\nTelefon: {ph}\nE-mail: {em}\nNr konta do wypłaty dotacji: {ib}\n",
        a=AD(c.address()), ph=PH(c.phone("m")), em=EM(c.email(f, l_)), ib=IB(c.iban()))
    b.f("Moc instalacji: 6,2 kWp, magazyn energii 10 kWh\nNr PPE: 5900{ppe}\nData zgłoszenia do OSD: {d}\n"
        "Instalator: SolarPol Sp. z o.o., oddział {od}\n", ppe=c.digits(14), d=c.fdate(c.recent(40)), od=c.town())
    return b


@_tpl("solar", "et", "EE", "e-mail")
def _s_ee_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Teema: Päikesejaama liitumistaotlus nr {n}\n\nTere, {f}!\n\n", n=c.digits(7), f=PE(f))
    b.f("Elektrilevi kinnitas liitumise objektil {a}. Paneelid paigaldame {d}. Palun olge kohal või jätke "
        "võti naabrile ({nb}, tel {ph}).\n", a=AD(c.address()), d=c.fdate(c.recent(0, 20)),
        nb=PE(f"{c.first()} {c.last()}"), ph=PH(c.phone("m")))
    b.f("Ettemaksu {amt} EUR palume tasuda arvelduskontole {ib}.\nSeirerakenduse ajutine parool: {pw}\n\n"
        "Lugupidamisega\n{s}\nPäikeseEnergia OÜ, {es} esindus\n", amt=c.amount(1500, 6000), ib=IB(c.iban()),
        pw=PW(c.password()), s=PE(f"{c.first()} {c.last()}"), es=c.town())
    return b


# =================================== HEARING-AID CLINIC =====================================
@_tpl("hearing", "en", "US", "SMS reminders + chart note")
def _h_us_chart(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("SMS to {ph}: Hi {f}, this is ClearSound Audiology reminding you of your hearing aid fitting on {d} at "
        "{t}. Reply C to confirm.\nSMS from {ph2}: C. my wife {w} will drive me\n\n", ph=PH(c.phone("m")), f=PE(f),
        d=c.fdate(c.recent(0, 10)), t=c.hm(), ph2=PH(c.phone("m")), w=PE(c.first()))
    b.f("CHART NOTE\nPt: {n}  DOB: {dob}  MRN {mrn}\nIns: Medicare Adv., member ID {mid}\n", n=PE(f"{l_}, {f}"),
        dob=DOB(c.fdate(c.dob(60, 92))), mrn=c.digits(7), mid=c.chars(3, string.ascii_uppercase) + c.digits(9))
    b.f("Fit Phonak Audéo Lumity L90 bilateral, serials {s1}/{s2}, firmware {v}. REM completed, "
        "SII 72%. Pt reports tinnitus R>L. Follow-up 2 wks. Audiologist: {au}, Au.D.\n",
        s1=c.digits(10), s2=c.digits(10), v=c.version(), au=PE(f"{c.first()} {c.last()}"))
    return b


@_tpl("hearing", "en", "GB", "OCR'd referral letter")
def _h_gb_referral(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    nhs = c.digits(10)
    dob = c.dob(55, 95)
    b.f("The Cedars Surgery\n{ad}\nTel: {ph}\n\nRE: {n}  DOB: {dob}  NHS No: {nhs1} {nhs2} {nhs3}\n",
        ad=AD(c.address(multiline=True)), ph=PH(c.phone("f")), n=PE(f"{c.ch(['Mrs', 'Mr', 'Ms'])} {f} {l_}"
                                                                    .split(' ', 1)[1]),
        dob=DOB(c.fdate(dob, "gb")), nhs1=nhs[:3], nhs2=nhs[3:6], nhs3=nhs[6:])
    b.f("Address: {a}\n\nDear Audiology Colleague,\nThank you for seeing this {age} year old lady with "
        "gradual bilateral hearing loss, worse on the left. Otoscopy: wax cleared {d}. Her daughter "
        "{dt} (tel {ph2}) usually attends appointments with her.\n\nYours sincerely\n\nDr {gp}\nGP Partner\n",
        a=AD(c.address()), age=(TODAY - dob).days // 365, d=c.fdate(c.recent(30), "gb"), dt=PE(c.first()),
        ph2=PH(c.phone("m")), gp=PE(f"{c.first()[0]}. {c.last()}"))
    return b


@_tpl("hearing", "en", "CA", "email + signature + quoted reply")
def _h_ca_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    af, al = c.first(), c.last()
    b.f("Hi {af},\n\nThe left aid is whistling again when I wear my toque. Could I come in Thursday? I'm at "
        "{ph} during the day.\n\nThanks,\n{n}\n\n", af=PE(af), ph=PH(c.phone("m")), n=PE(f"{f} {l_}"))
    b.f("On {d}, {a} <{em}> wrote:\n> Hi {f},\n> Your new Oticon Intent 1 aids are ready (order HA-{o}). "
        "The ADP portion has been billed; your balance is ${amt}.\n> --\n> {a}, Reg. Audiologist\n"
        "> Northern Lights Hearing Clinic\n", d=c.fdate(c.recent(20)), a=PE(f"{af} {al}"),
        em=EM(f"{_ascii(af)[0]}{_ascii(al)}@northernlightshearing.ca"), f=PE(f), o=c.digits(5),
        amt=c.amount(300, 1800))
    for line in c.address(multiline=True).split("\n"):
        b.f("> {l}\n", l=AD(line))
    b.f("> T {ph}\n", ph=PH(c.phone("f")))
    return b


@_tpl("hearing", "en", "AU", "live chat")
def _h_au_chat(c: _Ctx) -> _B:
    b = _B(c.cc)
    f = c.first()
    ag = c.first()
    h0 = [c.r.randint(8, 16), c.r.randint(0, 40)]

    def tm() -> str:
        h0[1] += c.r.randint(0, 3)
        return f"{h0[0]}:{h0[1]:02d}"
    b.f("[{t}] Bot: G'day! Are you booking for yourself or someone else?\n[{t}] Visitor: for my dad, he's 81\n"
        "[{t}] {ag} joined the chat\n", t=tm(), ag=PE(ag))
    b.f("[{t}] {ag}: Hi there, I'm {ag2} from HearWell {br}. What's your dad's name and date of birth?\n",
        t=tm(), ag=PE(ag), ag2=PE(ag), br=c.ch(["Geelong", "Toowoomba", "Ballarat"]))
    b.f("[{t}] Visitor: {n}, born {dob}. he's a pensioner, has the hearing services voucher\n",
        t=tm(), n=PE(f"{c.first()} {c.last()}"), dob=DOB(c.fdate(c.dob(78, 90))))
    b.f("[{t}] {ag}: Great. Best contact number and home address?\n[{t}] Visitor: {ph}, {a}. I'm {f} btw\n",
        t=tm(), ag=PE(ag), ph=PH(c.phone(c.ch(["m", "f"]))), a=AD(c.address()), f=PE(f))
    b.f("[{t}] {ag}: Thanks {f}! Booked for {d} 10:30am, booking ID HW{id}.\n", t=tm(), ag=PE(ag), f=PE(f),
        d=c.fdate(c.recent(0, 14)), id=c.digits(6))
    return b


@_tpl("hearing", "en", "NG", "call notes")
def _h_ng_notes(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("CALL LOG – {d}\n", d=c.fdate(c.recent(3)))
    for _ in range(c.r.randint(2, 3)):
        f, l_ = c.first(), c.last()
        b.f("- {t} Mrs {l} called re: son {s}'s ABR test. DOB of child {dob}. Lives {a}. Callback {ph}. "
            "Paid ₦{amt} (POS receipt {r}).\n", t=c.hm(), l=PE(l_), s=PE(f), dob=DOB(c.fdate(c.dob(2, 12))),
            a=AD(c.address()), ph=PH(c.phone("m")), amt=f"{c.r.randint(15, 90)},000", r=c.digits(8))
    b.f("- Reminder: Ikeja branch closed Fri for audiometer calibration (Interacoustics AD629 s/n {s}).\n",
        s=c.digits(7))
    return b


@_tpl("hearing", "en", "GB", "no-PII calibration log")
def _h_gb_calib(c: _Ctx) -> _B:
    b = _B(c.cc)
    b.f("Equipment calibration log – {br} clinic\n", br=c.ch(["Leeds", "Exeter", "Norwich"]))
    for _ in range(c.r.randint(3, 5)):
        b.f("{d}\t{eq}\ts/n {s}\t{res}\tcert {ce}\tengineer ID E{e}\n", d=c.fdate(c.recent(200), "gb"),
            eq=c.ch(["Interacoustics AC40", "GSI Tympstar Pro", "Otometrics Aurical", "Siemens sound booth"]),
            s=c.digits(7), res=c.ch(["PASS", "PASS", "PASS (adj. +2 dB @ 4 kHz)", "FAIL – retest"]),
            ce=c.sha(12).upper(), e=c.digits(3))
    b.f("Next due: {d}. Software Noah v{v}.\n", d=c.fdate(c.recent(0, 300), "gb"), v=c.version())
    return b


@_tpl("hearing", "it", "IT", "appointment notes")
def _h_it_notes(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Scheda paziente – Centro Acustico Amplifon {fil}\nCognome: {l}\nNome: {f}\nNato il: {dob} a {lo}\n",
        fil=c.town(), l=PE(l_.upper()), f=PE(f.upper()), dob=DOB(c.fdate(c.dob(60, 95))),
        lo=LO(c.ch(["Foggia", "Catania", "Bergamo", "Potenza"])))
    b.f("Residenza: {a}\nCellulare: {ph}  Tel. figlia ({fg}): {ph2}\n", a=AD(c.address()),
        ph=PH(c.phone("m")), fg=PE(c.first()), ph2=PH(c.phone("m")))
    b.f("Esame audiometrico {d}: ipoacusia neurosensoriale bilaterale media. Prescrizione ASL n. {r}. "
        "Apparecchi in prova 30 gg, matricole {m1}-{m2}.\n", d=c.fdate(c.recent(20)), r=c.digits(9),
        m1=c.digits(8), m2=c.digits(8))
    return b


@_tpl("hearing", "sl", "SI", "e-mail")
def _h_si_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Zadeva: Naročilo na kontrolo slušnega aparata\n\nSpoštovani,\n\nmoja mama {n}, rojena {dob}, bi "
        "potrebovala nove baterije in čiščenje aparata. Stanuje na naslovu {a}. ", n=PE(f"{f} {l_}"),
        dob=DOB(c.fdate(c.dob(65, 95))), a=AD(c.address()))
    b.f("Pokličite me na {ph}, ker ona slabo sliši po telefonu.\n\nLep pozdrav,\n{s}\n\n", ph=PH(c.phone("m")),
        s=PE(f"{c.first()} {l_}"))
    b.f("-- Odgovor (Slušni center {mesto}) --\nTermin: {d} ob {t}, napotnica ZZZS št. {z}.\n",
        mesto=c.town(), d=c.fdate(c.recent(0, 20)), t=c.hm(), z=c.digits(9))
    return b


@_tpl("hearing", "is", "IS", "e-mail")
def _h_is_email(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Efni: Heyrnartæki – viðgerð\n\nSæl verið,\n\nég heiti {n} og er fædd {dob}. Heyrnartækið mitt (Signia, "
        "raðnúmer {s}) er hætt að virka. ", n=PE(f"{f} {l_}"), dob=DOB(c.fdate(c.dob(55, 92))), s=c.digits(9))
    b.f("Ég bý á {a} og næ ekki að koma fyrr en í næstu viku. Síminn minn er {ph}.\n\nKær kveðja,\n{f}\n",
        a=AD(c.address()), ph=PH(c.phone("m")), f=PE(f))
    return b


@_tpl("hearing", "tr", "TR", "app log (support export)")
def _h_tr_log(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    d = c.recent(3)
    b.f("{t} INFO  isitme-app v{v} kullanıcı girişi: {em} ip={ip}\n", t=c.ts(d), v=c.version(),
        em=EM(c.email(f, l_)), ip=IP(c.ip4()))
    b.f("{t} WARN  şifre sıfırlama: geçici şifre {pw} SMS ile {ph} numarasına gönderildi\n", t=c.ts(d),
        pw=PW(c.password()), ph=PH(c.phone("m")))
    b.f("{t} INFO  randevu oluşturuldu: hasta=\"{n}\" doğum_tarihi={dob} şube={sb} cihaz_imei={im}\n",
        t=c.ts(d), n=PE(f"{f} {l_}"), dob=DOB(c.fdate(c.dob(50, 90))), sb=c.town(), im=c.imei())
    b.f("{t} DEBUG token_hash={h} oturum={u} upstream={pi}\n", t=c.ts(d), h=c.sha(), u=c.uuid(), pi=c.priv_ip())
    return b


@_tpl("hearing", "de", "DE", "contact form dump")
def _h_de_form(c: _Ctx) -> _B:
    b = _B(c.cc)
    f, l_ = c.first(), c.last()
    b.f("Kontaktformular hoerwelt-akustik.de\n-----\nanrede: Herr\nvorname: {f}\nnachname: {l}\n"
        "geburtsdatum: {dob}\n", f=PE(f), l=PE(l_), dob=DOB(c.fdate(c.dob(55, 90))))
    b.f("strasse: {st}\nplz_ort: {po}\ntelefon: {ph}\nemail: {em}\n", st=AD(c.street_line()),
        po=AD(c.postcode(c.town_rec()) + " " + c.town()), ph=PH(c.phone("f")), em=EM(c.email(f, l_)))
    b.f("krankenkasse: AOK, Versichertennr. {kv}\nnachricht: Brauche einen Termin zur Hörgeräteanpassung, "
        "Verordnung vom HNO liegt vor. Filiale {fil} wäre ideal.\nnewsletter: nein\nsubmitted_ip: {ip}\n",
        kv=c.ch("ABCDEFGHKLMNR") + c.digits(9), fil=c.town(), ip=IP(c.ip4()))
    return b


# ==================================== STRUCTURED TABLES =====================================
def _person(c: _Ctx) -> dict:
    f, l_ = c.first(), c.last()
    return {"f": f, "l": l_, "em": c.email(f, l_), "dob": c.dob(18, 90)}


def _us(d: _dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _dmy(d: _dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _bool(c: _Ctx, p: dict) -> str:
    return c.ch(["true", "false", "true"])


def _yn(c: _Ctx, p: dict) -> str:
    return c.ch(["Y", "N", "Y"])


def _when(c: _Ctx, p: dict) -> str:
    return c.ts(c.recent(400))


def _day(c: _Ctx, p: dict) -> str:
    return c.recent(400, 200).isoformat()


def _card_pretty(c: _Ctx, p: dict) -> str:
    return c.card()


# (header, entity, generator, blank rate)
_TABLES: list[tuple[str, str, list]] = [
    ("funeral_arrangements", "US", [
        ("case_id", None, lambda c, p: c.ref("FA-2026-", 4), 0),
        ("decedent_first_name", "PERSON", lambda c, p: p["f"], 0),
        ("decedentLastName", "PERSON", lambda c, p: p["l"], 0),
        ("dob", "DATE_OF_BIRTH", lambda c, p: _us(c.dob(55, 100)), 0.05),
        ("date_of_death", None, lambda c, p: _us(c.recent(300)), 0),
        ("SSN", "US_SSN", lambda c, p: c.ssn(), 0.1),
        ("ssn_verified", None, _bool, 0.2),
        ("informant_phone", "PHONE_NUMBER", lambda c, p: c.phone("m", c.ch(["nat", "dots"])), 0.1),
        ("informant_email", "EMAIL_ADDRESS", lambda c, p: c.email(), 0.35),
        ("residence_addr1", "STREET_ADDRESS", lambda c, p: c.address(), 0.05),
        ("birthplace", "LOCATION", lambda c, p: c.ch(["Tulsa", "Omaha", "San Juan", "Detroit", "El Paso",
                                                       "Manila", "Boise", "Guadalajara"]), 0.3),
        ("service_type", None, lambda c, p: c.ch(["Traditional", "Direct Cremation", "Memorial", "Graveside"]), 0),
        ("name_of_package", None, lambda c, p: c.ch(["Heritage Traditional", "Simplicity Cremation",
                                                      "Celebration of Life"]), 0.1),
        ("casket_sku", None, lambda c, p: "BV-" + c.digits(5), 0.4),
        ("chapel_location", None, lambda c, p: c.town(), 0),
        ("deposit_amount", None, lambda c, p: c.amount(300, 4000), 0.1),
        ("card_last4", None, lambda c, p: c.last4(), 0.3),
        ("payment_auth_code", None, lambda c, p: c.chars(6, string.ascii_uppercase + string.digits), 0.3),
        ("veteran_flag", None, _yn, 0),
        ("obituary_published_at", None, _when, 0.5),
        ("field_3", "PERSON", lambda c, p: f"{c.first()} {c.last()}", 0),
    ]),
    ("crematorium_register", "GB", [
        ("Register No", None, lambda c, p: f"{TODAY.year}/{c.digits(4)}", 0),
        ("Surname", "PERSON", lambda c, p: p["l"].upper(), 0),
        ("Forenames", "PERSON", lambda c, p: f"{p['f']} {c.first()}", 0),
        ("Date of Birth", "DATE_OF_BIRTH", lambda c, p: _dmy(c.dob(50, 100)), 0.05),
        ("Date of Cremation", None, lambda c, p: _dmy(c.recent(300)), 0),
        ("Last Address", "STREET_ADDRESS", lambda c, p: c.address(), 0.05),
        ("Town of Residence", "LOCATION", lambda c, p: c.town(), 0.2),
        ("Applicant", "PERSON", lambda c, p: f"{c.first()} {p['l']}", 0.1),
        ("Applicant Tel", "PHONE_NUMBER", lambda c, p: c.phone(c.ch(["m", "f"])), 0.15),
        ("Form Cremation 4 Ref", None, lambda c, p: "CR4-" + c.digits(6), 0.1),
        ("Ashes Disposal", None, lambda c, p: c.ch(["Collected by FD", "Scattered – Rose Garden", "Interred"]), 0),
        ("Crematorium", None, lambda c, p: c.town() + " Crematorium", 0),
        ("Fee", None, lambda c, p: "£" + c.amount(700, 1200), 0),
        ("Chapel Slot", None, lambda c, p: c.hm(), 0),
        ("Urn Type", None, lambda c, p: c.ch(["Oak casket", "Polytainer", "Biodegradable"]), 0.2),
        ("Name Of Plot", None, lambda c, p: c.ch(["Rose Garden Bed 4", "Woodland Glade", "Cloister Niche 12"]),
         0.4),
        ("Funeral Director Firm", None, lambda c, p: c.ch(["Harwood & Sons", "A. J. Pennington Ltd",
                                                            "Co-op Funeralcare", "William Tull & Daughters"]), 0),
    ]),
    ("driving_lessons", "CA", [
        ("lessonId", None, lambda c, p: "L" + c.digits(7), 0),
        ("studentFirst", "PERSON", lambda c, p: p["f"], 0),
        ("studentLast", "PERSON", lambda c, p: p["l"], 0),
        ("birthDate", "DATE_OF_BIRTH", lambda c, p: c.dob(16, 60).isoformat(), 0.1),
        ("cellPhone", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.1),
        ("emailAddress", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.15),
        ("pickupAddress", "STREET_ADDRESS", lambda c, p: c.address(), 0.2),
        ("col_7", "PERSON", lambda c, p: f"{c.first()} {p['l']}", 0.45),
        ("licenceClass", None, lambda c, p: c.ch(["G1", "G2", "Class 7L", "Class 5"]), 0),
        ("permitNumber", None, lambda c, p: f"{p['l'][0].upper()}{c.digits(4)}-{c.digits(5)}-{c.digits(5)}", 0.2),
        ("instructorCode", None, lambda c, p: "INS-" + c.digits(3), 0),
        ("vehicleId", None, lambda c, p: c.ch(["CAR-04", "CAR-07", "CAR-11"]), 0),
        ("lessonStart", None, _when, 0),
        ("durationMin", None, lambda c, p: str(c.ch([60, 90, 120])), 0),
        ("amountPaid", None, lambda c, p: c.amount(55, 450), 0.05),
        ("cardLast4", None, lambda c, p: c.last4(), 0.25),
        ("emailVerified", None, _bool, 0),
        ("phoneType", None, lambda c, p: c.ch(["mobile", "home", "work"]), 0.1),
        ("roadTestResult", None, lambda c, p: c.ch(["PASS", "FAIL", "BOOKED", "N/A"]), 0.3),
        ("branchCity", None, lambda c, p: c.town(), 0),
    ]),
    ("road_test_results", "FR", [
        ("N° dossier", None, lambda c, p: c.digits(9), 0),
        ("Nom", "PERSON", lambda c, p: p["l"].upper(), 0),
        ("Prénom", "PERSON", lambda c, p: p["f"], 0),
        ("Date de naissance", "DATE_OF_BIRTH", lambda c, p: _dmy(c.dob(17, 50)), 0.05),
        ("Lieu de naissance", "LOCATION", lambda c, p: c.ch(["Marseille", "Alger", "Brest", "Lille", "Dakar",
                                                             "Nancy", "Pau"]), 0.2),
        ("Téléphone", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.1),
        ("Courriel", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.2),
        ("Adresse", "STREET_ADDRESS", lambda c, p: c.address(), 0.1),
        ("attr2", "IBAN_CODE", lambda c, p: c.iban(), 0.55),
        ("NEPH", None, lambda c, p: c.digits(12), 0.1),
        ("Catégorie", None, lambda c, p: c.ch(["B", "B (boîte auto)", "A2", "AM"]), 0),
        ("Date examen", None, lambda c, p: _dmy(c.recent(200, 30)), 0),
        ("Résultat", None, lambda c, p: c.ch(["Favorable", "Défavorable", "Absent"]), 0.1),
        ("Fautes éliminatoires", None, lambda c, p: str(c.r.randint(0, 3)), 0.3),
        ("Centre d'examen", None, lambda c, p: c.town(), 0),
        ("Code inspecteur", None, lambda c, p: "IPCSR-" + c.digits(4), 0.2),
        ("Montant (€)", None, lambda c, p: c.amount(40, 1500).replace(".", ","), 0),
        ("Agence", None, lambda c, p: "Auto-école " + c.ch(["Dupont", "Bernard", "de la Gare", "Victor Hugo"]), 0),
        ("Version app", None, lambda c, p: c.version(), 0),
    ]),
    ("grooming_appointments", "GB", [
        ("APPT_ID", None, lambda c, p: "GR" + c.digits(6), 0),
        ("OWNER_FIRST", "PERSON", lambda c, p: p["f"], 0),
        ("OWNER_SURNAME", "PERSON", lambda c, p: p["l"], 0.05),
        ("MOBILE", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.05),
        ("EMAIL", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.3),
        ("HOME_ADDRESS", "STREET_ADDRESS", lambda c, p: c.address(), 0.4),
        ("CARD_NUMBER", "CREDIT_CARD", _card_pretty, 0.6),
        ("GROOMER", "PERSON", lambda c, p: c.first(), 0),
        ("PET_NAME", None, lambda c, p: c.ch(_PETS), 0),
        ("BREED", None, lambda c, p: c.ch(_BREEDS), 0.05),
        ("SERVICE", None, lambda c, p: c.ch(["Full groom", "Bath & brush", "Nails", "Puppy intro"]), 0),
        ("PRICE_GBP", None, lambda c, p: c.amount(15, 90), 0),
        ("CARD_LAST4", None, lambda c, p: c.last4(), 0.3),
        ("PAYMENT_REF", None, lambda c, p: "pi_" + c.chars(24), 0.2),
        ("SALON_TOWN", None, lambda c, p: c.town(), 0),
        ("VACCINATION_DUE", None, _day, 0.3),
        ("MICROCHIP_NO", None, lambda c, p: "826" + c.digits(12), 0.2),
        ("EMAIL_OPT_IN", None, _yn, 0),
        ("NOTES", None, lambda c, p: c.ch(["nervous", "muzzle", "-", "matted", "senior"]), 0.5),
    ]),
    ("clientes_peluqueria", "ES", [
        ("id_cliente", None, lambda c, p: c.digits(6), 0),
        ("nombre", "PERSON", lambda c, p: p["f"], 0),
        ("apellidos", "PERSON", lambda c, p: f"{p['l']} {c.last()}", 0),
        ("teléfono", "PHONE_NUMBER", lambda c, p: c.phone(c.ch(["m", "m", "f"])), 0.05),
        ("correo", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.25),
        ("dirección", "STREET_ADDRESS", lambda c, p: c.address(), 0.15),
        ("localidad", "LOCATION", lambda c, p: c.town(), 0.1),
        ("fecha_nac", "DATE_OF_BIRTH", lambda c, p: _dmy(p["dob"]), 0.5),
        ("iban", "IBAN_CODE", lambda c, p: c.iban(), 0.4),
        ("web_password", "PASSWORD", lambda c, p: c.password(), 0.3),
        ("mascota", None, lambda c, p: c.ch(_PETS + ["Chispa", "Pelusa", "Rufo"]), 0),
        ("raza", None, lambda c, p: c.ch(["caniche", "yorkshire", "bichón maltés", "labrador", "mestizo"]), 0),
        ("chip", None, lambda c, p: "724" + c.digits(12), 0.2),
        ("peso_kg", None, lambda c, p: f"{c.r.randint(2, 40)},{c.r.randint(0, 9)}", 0.1),
        ("última_visita", None, lambda c, p: _dmy(c.recent(300)), 0.1),
        ("importe", None, lambda c, p: c.amount(15, 80).replace(".", ",") + " €", 0),
        ("tipo_teléfono", None, lambda c, p: c.ch(["móvil", "fijo"]), 0),
        ("contraseña_cambiada", None, _day, 0.4),
        ("sucursal", None, lambda c, p: c.town(), 0),
        ("versión_app", None, lambda c, p: c.version(), 0),
    ]),
    ("wedding_guests", "IE", [
        ("Guest ID", None, lambda c, p: "G-" + c.digits(4), 0),
        ("First Name", "PERSON", lambda c, p: p["f"], 0),
        ("Surname", "PERSON", lambda c, p: p["l"], 0),
        ("Plus One", "PERSON", lambda c, p: f"{c.first()} {c.last()}", 0.6),
        ("Email", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.2),
        ("Mobile", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.2),
        ("Postal Address", "STREET_ADDRESS", lambda c, p: c.address(), 0.1),
        ("Travelling From", "LOCATION", lambda c, p: c.ch(["Boston", "Galway", "London", "Sydney", "Cork",
                                                            "Toronto"]), 0.4),
        ("RSVP", None, lambda c, p: c.ch(["Yes", "No", "Maybe"]), 0),
        ("Meal Choice", None, lambda c, p: c.ch(["Beef", "Salmon", "Vegetarian"]), 0.2),
        ("Table No", None, lambda c, p: str(c.r.randint(1, 20)), 0.1),
        ("Dietary Notes", None, lambda c, p: c.ch(["coeliac", "nut allergy", "none"]), 0.6),
        ("Room Block Code", None, lambda c, p: "WB" + c.digits(4), 0.5),
        ("Invite Sent At", None, _when, 0),
        ("Email Verified", None, _bool, 0),
        ("Gift Registry Item", None, lambda c, p: c.ch(["KitchenAid mixer", "Le Creuset casserole",
                                                         "Waterford crystal set"]), 0.5),
        ("Shuttle Pickup Venue", None, lambda c, p: c.ch(["The G Hotel", "Hotel Meyrick", "Adare Manor"]), 0.3),
        ("Song Request", None, lambda c, p: c.ch(["Dancing Queen", "Mr. Brightside", "Galway Girl"]), 0.5),
    ]),
    ("contratti_matrimonio", "IT", [
        ("contratto.id", None, lambda c, p: f"CTR-{TODAY.year}-{c.digits(4)}", 0),
        ("sposa.nome", "PERSON", lambda c, p: p["f"], 0),
        ("sposa.cognome", "PERSON", lambda c, p: p["l"], 0),
        ("sposo.nome_completo", "PERSON", lambda c, p: f"{c.first()} {c.last()}", 0),
        ("data_nascita", "DATE_OF_BIRTH", lambda c, p: _dmy(c.dob(22, 45)), 0.1),
        ("cellulare", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.05),
        ("email", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.1),
        ("indirizzo", "STREET_ADDRESS", lambda c, p: c.address(), 0.1),
        ("iban", "IBAN_CODE", lambda c, p: c.iban(), 0.3),
        ("pwd", "PASSWORD", lambda c, p: c.password(), 0.2),
        ("data.evento", None, _day, 0),
        ("location.evento", None, lambda c, p: c.ch(["Villa Erba", "Castello di Rivalta", "Tenuta San Pietro"]), 0),
        ("n.invitati", None, lambda c, p: str(c.r.randint(40, 250)), 0),
        ("acconto.eur", None, lambda c, p: c.amount(1000, 8000), 0),
        ("saldo.eur", None, lambda c, p: c.amount(5000, 40000), 0.1),
        ("fornitore.fiori", None, lambda c, p: c.ch(["Fiori di Maria", "Garden Rossi & Figli", "Petali Srl"]), 0.2),
        ("stato.pagamento", None, lambda c, p: c.ch(["saldato", "acconto", "insoluto"]), 0),
        ("pwd_ultima_modifica", None, _day, 0.3),
        ("note", None, lambda c, p: c.ch(["menu vegano x3", "fuochi d'artificio", "-", "navetta"]), 0.5),
    ]),
    ("SolarSiteSurveys", "US", [
        ("SurveyId", None, lambda c, p: "SS-" + c.digits(5), 0),
        ("HomeownerFirst", "PERSON", lambda c, p: p["f"], 0),
        ("HomeownerLast", "PERSON", lambda c, p: p["l"], 0),
        ("SiteAddress", "STREET_ADDRESS", lambda c, p: c.address(), 0),
        ("Phone", "PHONE_NUMBER", lambda c, p: c.phone("m", c.ch(["dots", "nat", "intl"])), 0.05),
        ("Email", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.1),
        ("SSN", "US_SSN", lambda c, p: c.ssn(), 0.5),
        ("BankAcct", "US_BANK_NUMBER", lambda c, p: c.usbank(), 0.45),
        ("GatewayIp", "IP_ADDRESS", lambda c, p: c.ip4() if c.r.random() < 0.8 else c.ip6(), 0.2),
        ("MonitoringApiKey", "API_KEY", lambda c, p: c.apikey(), 0.5),
        ("RoutingNo", None, lambda c, p: c.routing(), 0.45),
        ("UtilityAcct", None, lambda c, p: c.digits(10), 0.1),
        ("MeterNo", None, lambda c, p: c.digits(8), 0.1),
        ("LatLng", None, lambda c, p: c.gps(), 0),
        ("RoofPitchDeg", None, lambda c, p: str(c.r.randint(10, 45)), 0),
        ("SystemKw", None, lambda c, p: f"{c.r.randint(30, 150) / 10:.1f}", 0),
        ("PanelModel", None, lambda c, p: c.ch(["REC Alpha 400", "Qcells Q.Peak 410", "Tesla T420S"]), 0),
        ("InverterFw", None, lambda c, p: c.version(), 0.1),
        ("EstimatedCost", None, lambda c, p: c.amount(12000, 45000), 0),
        ("SurveyDate", None, _day, 0),
        ("LanIp", None, lambda c, p: c.priv_ip(), 0.2),
        ("PasswordChangedAt", None, _when, 0.4),
    ]),
    ("netzanmeldungen", "DE", [
        ("Antragsnr.", None, lambda c, p: "NA-" + c.digits(7), 0),
        ("Vorname", "PERSON", lambda c, p: p["f"], 0),
        ("Nachname", "PERSON", lambda c, p: p["l"], 0),
        ("Geburtsdatum", "DATE_OF_BIRTH", lambda c, p: _dmy(p["dob"], "."), 0.3),
        ("Anlagenstandort", "STREET_ADDRESS", lambda c, p: c.address(), 0),
        ("Telefon", "PHONE_NUMBER", lambda c, p: c.phone(c.ch(["m", "f"])), 0.1),
        ("E-Mail", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.15),
        ("IBAN", "IBAN_CODE", lambda c, p: c.iban(), 0.2),
        ("Marktlokations-ID", None, lambda c, p: "5" + c.digits(10), 0.1),
        ("Zählernummer", None, lambda c, p: "1ESY" + c.digits(10), 0.1),
        ("Leistung_kWp", None, lambda c, p: f"{c.r.randint(30, 300) / 10:.1f}".replace(".", ","), 0),
        ("Wechselrichter", None, lambda c, p: c.ch(["SMA STP 10.0", "Fronius Symo 8.2", "Huawei SUN2000-10KTL"]), 0),
        ("Firmware", None, lambda c, p: c.version(), 0.1),
        ("Netzbetreiber", None, lambda c, p: c.ch(["Netze BW", "E.DIS", "Bayernwerk Netz", "Westnetz"]), 0),
        ("Inbetriebnahme", None, lambda c, p: _dmy(c.recent(300), "."), 0.2),
        ("Niederlassung", None, lambda c, p: c.town(), 0),
        ("Einspeisevergütung_ct", None, lambda c, p: c.ch(["8,03", "7,94", "12,73"]), 0),
        ("Status", None, lambda c, p: c.ch(["eingereicht", "genehmigt", "Rückfrage"]), 0),
        ("Geburtsdatum_geprüft", None, lambda c, p: c.ch(["ja", "nein"]), 0),
    ]),
    ("audiology_appts", "AU", [
        ("appt_no", None, lambda c, p: "HW" + c.digits(6), 0),
        ("pt_fname", "PERSON", lambda c, p: p["f"], 0),
        ("pt_sname", "PERSON", lambda c, p: p["l"], 0),
        ("dob", "DATE_OF_BIRTH", lambda c, p: _dmy(c.dob(50, 98)), 0.05),
        ("tel", "PHONE_NUMBER", lambda c, p: c.phone(c.ch(["m", "f"])), 0.1),
        ("addr1", "STREET_ADDRESS", lambda c, p: c.street_line(), 0.1),
        ("suburb", "LOCATION", lambda c, p: c.town(), 0.1),
        ("email", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.55),
        ("ip_addr", "IP_ADDRESS", lambda c, p: c.ip4(), 0.5),
        ("hsp_voucher_no", None, lambda c, p: "V" + c.digits(9), 0.3),
        ("appt_dt", None, _when, 0),
        ("clinician", None, lambda c, p: "AUD" + c.digits(3), 0),
        ("device_model", None, lambda c, p: c.ch(["Phonak Lumity L70", "Oticon Intent 2", "Signia Pure C&G 7AX"]),
         0.2),
        ("device_serial", None, lambda c, p: c.digits(10), 0.3),
        ("fw_ver", None, lambda c, p: c.version(), 0.3),
        ("left_db", None, lambda c, p: str(c.r.randint(15, 90)), 0.1),
        ("right_db", None, lambda c, p: str(c.r.randint(15, 90)), 0.1),
        ("clinic_site", None, lambda c, p: c.town(), 0),
        ("dob_verified", None, _bool, 0),
        ("balance_aud", None, lambda c, p: c.amount(0, 900), 0),
    ]),
    ("isitme_cihazi_teslim", "TR", [
        ("kayit_no", None, lambda c, p: c.digits(8), 0),
        ("ad", "PERSON", lambda c, p: p["f"], 0),
        ("soyad", "PERSON", lambda c, p: p["l"], 0),
        ("dogum_tarihi", "DATE_OF_BIRTH", lambda c, p: _dmy(c.dob(40, 95), "."), 0.05),
        ("cep_tel", "PHONE_NUMBER", lambda c, p: c.phone("m"), 0.05),
        ("e_posta", "EMAIL_ADDRESS", lambda c, p: p["em"], 0.5),
        ("adres", "STREET_ADDRESS", lambda c, p: c.address(), 0.1),
        ("field_9", "LOCATION", lambda c, p: c.ch(["Erzurum", "Trabzon", "Konya", "Sivas", "Adana", "Diyarbakır"]),
         0.2),
        ("iban", "IBAN_CODE", lambda c, p: c.iban(), 0.4),
        ("uygulama_sifresi", "PASSWORD", lambda c, p: c.password(), 0.3),
        ("api_anahtari", "API_KEY", lambda c, p: c.apikey(), 0.6),
        ("cihaz_marka", None, lambda c, p: c.ch(["Phonak", "Oticon", "Signia", "Widex"]), 0),
        ("cihaz_seri_no", None, lambda c, p: c.digits(10), 0.1),
        ("imei", None, lambda c, p: c.imei(), 0.5),
        ("sgk_provizyon", None, lambda c, p: c.chars(8, string.ascii_uppercase + string.digits), 0.2),
        ("sube", None, lambda c, p: c.town(), 0),
        ("ucret_tl", None, lambda c, p: c.amount(8000, 60000), 0),
        ("kart_son4", None, lambda c, p: c.last4(), 0.3),
        ("sifre_hash", None, lambda c, p: c.bcrypt(), 0.3),
        ("sifre_degistirme_tarihi", None, _day, 0.4),
        ("telefon_tipi", None, lambda c, p: c.ch(["cep", "ev", "iş"]), 0),
        ("randevu", None, _when, 0),
    ]),
]


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------
def _fakers(rng: random.Random) -> dict:
    out = {}
    for cc in sorted(_CO):
        loc = _CO[cc]["fk"]
        if loc:
            fk = Faker(loc)
            fk.seed_instance(rng.randrange(2 ** 31))
            out[cc] = fk
    return out


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"bayou-{seed}")
    fakers = _fakers(random.Random(f"bayou-fk-{seed}"))
    out: list[Text] = []
    for i in range(n):
        k = i % len(TEMPLATES)
        ctx = _Ctx(random.Random(f"bayou-{seed}-{i}-{rng.random()}"), _META[k][2], fakers)
        out.append(TEMPLATES[k](ctx).done())
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    fakers = _fakers(random.Random(f"bayou-tfk-{seed}"))
    out: dict[str, list[Column]] = {}
    for ti, (name, cc, cols) in enumerate(_TABLES):
        rng = random.Random(f"bayou-{seed}-{name}")
        ctx = _Ctx(rng, cc, fakers)
        people = [_person(ctx) for _ in range(rows)]
        columns = []
        for header, entity, gen, blank in cols:
            vals: list[str | None] = []
            for row in people:
                if blank and rng.random() < blank:
                    vals.append(None if rng.random() < 0.85 else rng.choice(["N/A", "-", "unknown", ""]))
                else:
                    vals.append(gen(ctx, row))
            columns.append(Column(header, entity, vals))
        out[name] = columns
    return out
