"""Accuracy split "grotto": labelled free text and structured tables for the PII-scanner benchmark.

DATA CARD
=========
Author / date: helper "grotto", 2026-11-27 (fixed "today" used for all relative dates).

Independence: written from the split-author brief only (the brief itself, which also gives the exact
definitions of LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4 and _ip_public_v6 imported from
accuracy_data), an `ls` of bench/, and local outputs of Faker (locale list, sample names) and
phonenumbers (example numbers, validity checks).  No other repository file was opened: not the
scanner, its rules, tests, docs, results, README/SPEC, accuracy_data.py or any other split.  The
scanner (and Presidio) was never read or run.

API: free_text(n, seed) -> list[Text]  (text i renders TEMPLATES[i % len(TEMPLATES)]; benchmark: free_text(500, 7))
     structured(rows, seed) -> dict[str, list[Column]]  (benchmark: structured(150, 11))
     TEMPLATES: list of _Tpl(name, lang, shape, render).
Deterministic: every value comes from random.Random(f"grotto-{seed}-...") string seeds; Faker is used
only at import, with a fixed seed, to build name lists; no clock reads, no set iteration.

Domains (all brands invented): dental practice chain (BrightArc / Maple Smile / SmileCare / Gumtree
Coast Dental / Brosið), children's nursery (Kiwi Sprouts, Little Kererū, Mavrica, Cywion Bach, Cargol
Treballador), food delivery (ChopRun, EatsBox, TiffinTap, Pikipiki Eats, Lezzet Durağı couriers,
ChakulaHaraka, Giao Nhanh, IklaMalajr), letting agency (Harbourkey Lets, Finques Roca & Vidal,
Inmobiliaria Rosalía de Castro), bike sharing (CycloLoop, SafiriBikes, PedalPoint, PadyakPH,
BizikLeta Bilbo, BiciOraș), debt collection (Debtwise Collect, Ubuntu Recoveries, Carpatica,
Cobranças Atlântico).

Languages (58 templates): English 32 (55%): en-US 7, en-GB 5, en-AU 4, en-IN 3, en-CA 3, en-NZ 2,
en-IE 2, en-ZA 2, en-NG 2, en-KE 2.  Other 26 (45%) in 20 languages: Icelandic 2, Estonian 2,
Turkish 2, Romanian 2, Catalan 2, Afrikaans 2, Lithuanian 1, Slovenian 1, Basque 1, Welsh 1,
Swahili 1, Tagalog/Taglish 1, Vietnamese 1, Albanian 1, Galician 1, Maltese 1, German 1, Dutch 1,
Portuguese 1, Polish 1.  Names, towns, streets, postcodes, phone formats (phonenumbers national /
international / E.164 / compact for the country's region) and birth-date formats follow each text's
country.

Shapes: support e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams /
Slack / Telegram-style / live-chat exports, SMS threads, tickets with internal notes, CRM and call
notes, lower-case speech-to-text transcripts, key: value / key=value / URL-encoded form dumps, JSON
lines and a JSON record, key=value app logs, nginx access log, stack-trace log, .env config, OCR'd
form, tab / semicolon / pipe rows pasted from spreadsheets, notification subjects, a letter, and
three texts without PII (status-page incident, depot shift summary, Romanian service SMS).

Value rules: phones are generated per region and kept only if phonenumbers.is_valid_number_for_region
and of the wanted type; cards via _luhn (Visa / Mastercard incl. 2-series / Amex, spaced, dashed or
plain); SSNs avoid area 000/666/9xx, group 00, serial 0000; US accounts 8-12 digits; IBANs via
_iban_of for ES, GB, IE, DE, NL, PT, PL only; public IPs via _ip_public_v4/_v6 (20% v6); API keys
are secret-key shapes (sk_live_, ghp_, xoxb-, SG., AIza, glpat-, 32-hex api_key=); passwords are
plaintext.  Every text is built from parts (_B builder) so span offsets are exact; build() asserts
text[s:e] == inserted value, labels in LABELS and no overlaps.

Label conventions as applied: PERSON = names as written (full, first-only, surname-only, upper /
lower case, "Last, First", "First L." with the period inside); titles (Mr, Ms, Dr, Frau, Herr, dle,
dna) outside; chat speakers labelled; brand / venue / restaurant names containing person names
(Mario's Pizzeria, Ta' Marija Restaurant, Franklin Home Furnishings, Inmobiliaria Rosalía de Castro)
and pet names not labelled.  STREET_ADDRESS = street line with postcode and town as one span,
multi-line blocks one span, each '>'-quoted line its own span, business addresses in signatures and
bare street lines labelled.  LOCATION = town/region/country where a person lives, was born, comes
from, moves or travels to; branch, depot, hub, dock, station, office and site towns not labelled.
DATE_OF_BIRTH = birth dates only.  IBAN spaced or not; role e-mail addresses labelled; business phone
lines labelled.  Spans never include quotes, brackets or trailing punctuation.

Look-alikes (never labelled): masked cards and last-4, expiry, CVV, auth codes, private / loopback
IPv4 and ULA IPv6, version strings, bcrypt / argon2id / sha256 hashes, UUIDs, order / ticket /
booking / claim / policy / case / ride / tracking numbers, OTPs, unlock / gate / door codes, IMEIs
(Luhn-valid 15 digits), ABA routing numbers alone, SWIFT/BIC, GPS coordinates, amounts, timestamps
and non-birth dates, Medicare / health-fund / KvK / sort codes, publishable keys (pk_live_), Twilio
account SIDs, session ids, reset tokens, company / brand / product names with person names, pet
names, branch and office towns.

Tables (structured(rows, seed); columns = PII / look-alike):
  dental_patients      en-GB  20 = 7 / 13  snake_case + abbreviations (dob, tel, addr1)
  dental_appointments  en-IE  18 = 5 / 13  camelCase / PascalCase
  nursery_children     en-NZ  21 = 9 / 12  spaced Title Case
  nursery_staff        sl-SI  20 = 8 / 12  Slovenian snake_case + opaque col_7 (full name, upper case)
  delivery_couriers    tr-TR  20 = 8 / 12  Turkish snake_case (ad, soyad, sifre ...)
  delivery_customers   en-US  19 = 7 / 12  camelCase
  delivery_restaurants pt-PT  18 = 6 / 12  Portuguese PascalCase (business owner, role e-mails, POS API keys)
  letting_tenants      en-GB  18 = 7 / 11  spaced Title Case with punctuation (D.O.B., E-mail)
  letting_landlords    nl-NL  19 = 9 / 10  Dutch snake_case + pwd
  bike_members         et-EE  22 = 10 / 12 Estonian + opaque col_1, field_3 (card), attr2 (IP)
  bike_rides           en-CA  18 = 4 / 14  dotted (ride.id, rider.phone)
  debt_accounts        en-US  22 = 10 / 12 UPPER_SNAKE
  PII columns include first-name-only and surname-only columns, names under foreign / opaque headers,
  towns (LOCATION), local-format birth dates, national-format phones, plaintext passwords, API keys,
  US account numbers, IBANs, public IPs, card numbers and street addresses.  Look-alike columns include
  header-only PII (email_verified, phone_type, dob_verified, address_type, password_changed dates,
  card_last4, ssn_last4, ime_izdelka / product names) and value-only look-alikes (hashes, versions,
  refs, amounts, timestamps, masked values, private IPs, pet names, branch towns, company names,
  routing numbers, SWIFT/BIC, IMEIs, GPS).  Blank rates 0-60% per column; a few N/A, -, unknown, n/a.

Known limits: phone numbers are random valid numbers (some may be in ranges not yet assigned);
postcodes follow each country's pattern but are not checked against real towns; Vietnamese towns have
no postcode; free-text speaker timestamps are synthetic; gender agreement of a few texts (Icelandic
"flutt/ur", Afrikaans "Sy/hy") is written neutrally; the Lithuanian surnames are built from stems
with gendered endings; texts in non-English languages were written by a non-native author and may
read slightly stiff.
"""
from __future__ import annotations

import datetime as _dt
import functools
import random
import re
import string
import unicodedata
import uuid
from typing import Callable, NamedTuple

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 27)
PER, EM, PH, CC, SSN, BANK, IBAN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE"
IP, ADDR, LOC, DOB, PW, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"
assert all(x in LABELS for x in (PER, EM, PH, CC, SSN, BANK, IBAN, IP, ADDR, LOC, DOB, PW, KEY))


# --------------------------------------------------------------------------- text builder
class _B:
    """Builds a text from parts; every labelled part records exact offsets."""

    _PH = re.compile(r"\{\{(\w+)\}\}")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.vals: list[str] = []
        self.n = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s: str, label: str) -> _B:
        assert s and s == s.strip(), repr(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, label))
        self.vals.append(s)
        return self

    def f(self, tmpl: str, **kw: object) -> _B:
        pos = 0
        for m in self._PH.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.p(v[0], v[1])
            elif v is not None:
                self.t(str(v))
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def build(self) -> Text:
        text = "".join(self.parts)
        spans = sorted(self.spans)
        for (s, e, lab), v in zip(self.spans, self.vals):
            assert text[s:e] == v, (text[s:e], v)
            assert lab in LABELS
        for (s1, e1, _), (s2, _e2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text[s1:e1], text[s2:_e2])
        return Text(text, [tuple(x) for x in spans])


# --------------------------------------------------------------------------- country data
def _fk_names(loc: str, n: int = 160) -> dict[str, list[tuple[str, str]]]:
    fk = Faker(loc)
    fk.seed_instance(20261127)
    out: dict[str, list[tuple[str, str]]] = {}
    for g, fn, ln in (("m", fk.first_name_male, fk.last_name_male), ("f", fk.first_name_female, fk.last_name_female)):
        seen: dict[tuple[str, str], None] = {}
        for _ in range(n):
            seen[(fn(), ln())] = None
        out[g] = list(seen)
    return out


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


_CUSTOM_NAMES = {
    "ZA": ("Thabo,Sipho,Pieter,Johan,Kagiso,Lwazi,Ruan,Themba,Mandla,Wian,Ahmed,Keegan", "Naledi,Lerato,Annelie,Zanele,Precious,Thandi,Chantelle,Nomvula,Anika,Fatima,Kayla,Palesa",
           "Nkosi,Dlamini,van der Merwe,Botha,Naidoo,Mokoena,Pillay,Khumalo,Pretorius,Ndlovu,Adams,Sithole,Coetzee,Mahlangu"),
    "AF": ("Johan,Pieter,Willem,Francois,Gerhard,Hendrik,Jaco,Riaan,Stefan,Wikus,Kobus,Danie", "Annelie,Marietjie,Elsabe,Ilse,Karin,Liezl,Mariska,Sunette,Wilna,Hester,Rina,Anri",
           "van der Merwe,Botha,Pretorius,du Plessis,Venter,Nel,Swanepoel,Steyn,Kruger,le Roux,Fourie,Coetzee,van Wyk,Viljoen"),
    "CY": ("Rhys,Gethin,Dafydd,Iwan,Owain,Huw,Cai,Emyr,Llŷr,Tomos,Gareth,Ieuan", "Siân,Ffion,Catrin,Elin,Nia,Gwenllian,Mererid,Cerys,Lowri,Angharad,Eleri,Manon",
           "Jones,Evans,Williams,Roberts,Hughes,ap Gwilym,Pritchard,Llywelyn,Morgan,Owen,Bowen,Parry,Griffiths,Pugh"),
    "EU": ("Iker,Unai,Aitor,Gorka,Ander,Mikel,Jon,Xabier,Koldo,Imanol,Ibai,Eneko", "Ane,Maialen,Nerea,Amaia,Leire,Itziar,Irati,Garazi,Uxue,Naroa,Edurne,Ainhoa",
           "Etxeberria,Goikoetxea,Agirre,Zubizarreta,Urrutia,Arrieta,Larrañaga,Olabarria,Aranburu,Iturbe,Elizondo,Gorostiza,Mendizabal,Ugarte"),
    "CA": ("Jordi,Pau,Marc,Arnau,Oriol,Pere,Joan,Albert,Xavier,Martí,Jaume,Biel", "Montserrat,Núria,Laia,Mireia,Roser,Meritxell,Aina,Queralt,Marta,Berta,Neus,Carme",
           "Puig,Vila,Ferrer,Soler,Font,Serra,Pujol,Roca,Casals,Bosch,Riera,Vidal,Planas,Mas"),
    "SW": ("Juma,Baraka,Hamisi,Otieno,Kamau,Mwangi,Salim,Rashidi,Omari,Kiprono,Hassan,Daudi", "Amina,Neema,Zawadi,Wanjiru,Akinyi,Rehema,Halima,Mwanaisha,Faraji,Imani,Subira,Achieng",
           "Mwangi,Otieno,Kamau,Njoroge,Wekesa,Mushi,Mbwana,Abdallah,Ochieng,Kiptoo,Mutua,Wambua,Said,Chege"),
    "TL": ("Jomar,Rodel,Mark Anthony,Jerome,Ramil,Noel,Jayson,Paolo,Rommel,Joseph,Carlo,Dindo", "Maria Lourdes,Rowena,Jenalyn,Marites,Kristine,Arlene,Liezel,Charmaine,Joanna,Rhea,Mylene,Grace",
           "dela Cruz,Santos,Reyes,Bautista,Garcia,Mendoza,Villanueva,Aquino,Ramos,Castillo,Manalo,Dimaculangan,Pascual,Soriano"),
    "VN": ("Minh,Hùng,Tuấn,Dũng,Quang,Khoa,Nam,Bảo,Đức,Phúc,Long,Huy", "Lan,Hương,Mai,Thảo,Linh,Ngọc,Trang,Hạnh,Phương,Yến,Hà,Thu",
           "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý"),
    "SQ": ("Arben,Besnik,Ermal,Gentian,Ilir,Dritan,Fatmir,Klodian,Ledion,Altin,Erion,Blerim", "Elira,Drita,Jonida,Mirela,Arjola,Besjana,Klea,Anxhela,Rezarta,Entela,Fjorela,Ornela",
           "Hoxha,Krasniqi,Dervishi,Shehu,Gashi,Leka,Mema,Çela,Kola,Hysa,Berisha,Dushku,Prifti,Marku"),
    "TR": ("Mehmet,Emre,Burak,Mustafa,Kerem,Onur,Serkan,Hakan,Yusuf,Murat,Barış,Oğuz", "Ayşe,Elif,Zeynep,Fatma,Merve,Büşra,Esra,Gül,Derya,Selin,Özlem,Hatice",
           "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan,Kılıç,Aslan,Korkmaz,Erdoğan"),
    "RO": ("Andrei,Mihai,Alexandru,Ionuț,Bogdan,Cristian,Florin,Radu,Vlad,Sorin,Gabriel,Adrian", "Ioana,Elena,Andreea,Maria,Cristina,Alina,Roxana,Diana,Bianca,Simona,Raluca,Mădălina",
           "Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Rusu,Munteanu,Matei,Constantinescu,Marin,Tudor,Ciobanu"),
    "GL": ("Xosé,Brais,Antón,Uxío,Iago,Martiño,Roi,Xurxo,Breixo,Manuel,Lois,Anxo", "Uxía,Iria,Antía,Noa,Sabela,Xiana,Carme,Rosalía,Olalla,Catuxa,Branca,Aldara",
           "Castro,Otero,Vázquez,Pazos,Seoane,Lema,Varela,Fraga,Barreiro,Rivas,Louzao,Carballo,Souto,Regueiro"),
    "MT": ("Ġorġ,Pawlu,Mario,Joseph,Kurt,Ryan,Ċensu,Matthew,Luke,Karl,Toni,Jean Paul", "Marija,Rita,Charlene,Maria,Lucienne,Graziella,Ġabrijella,Nicole,Doris,Rebecca,Tanya,Kimberly",
           "Borg,Camilleri,Vella,Farrugia,Zammit,Galea,Grech,Micallef,Attard,Spiteri,Azzopardi,Cassar,Agius,Mifsud"),
    "LT": ("Jonas,Tomas,Mantas,Lukas,Darius,Paulius,Mindaugas,Vytautas,Andrius,Rokas,Žygimantas,Karolis", "Rūta,Ieva,Greta,Eglė,Gabija,Aistė,Lina,Justina,Indrė,Agnė,Simona,Austėja",
           "Kazlausk,Petrausk,Jankausk,Stankevič,Vasiliausk,Žukausk,Butkev,Paulausk,Urbon,Kavaliausk,Balčiūn,Navick"),
}
_LT_M = {"Kazlausk": "as", "Petrausk": "as", "Jankausk": "as", "Stankevič": "ius", "Vasiliausk": "as", "Žukausk": "as", "Butkev": "ičius",
         "Paulausk": "as", "Urbon": "as", "Kavaliausk": "as", "Balčiūn": "as", "Navick": "as"}
_LT_F = {"Kazlausk": "ienė", "Petrausk": "aitė", "Jankausk": "ienė", "Stankevič": "ienė", "Vasiliausk": "aitė", "Žukausk": "ienė",
         "Butkev": "ičienė", "Paulausk": "aitė", "Urbon": "ienė", "Kavaliausk": "ienė", "Balčiūn": "aitė", "Navick": "aitė"}
_FAKER_LOC = {"US": "en_US", "GB": "en_GB", "CA": "en_CA", "AU": "en_AU", "IN": "en_IN", "IE": "en_IE", "NZ": "en_NZ", "NG": "en_NG",
              "KE": "en_KE", "DE": "de_DE", "NL": "nl_NL", "PT": "pt_PT", "PL": "pl_PL", "IS": "is_IS", "EE": "et_EE", "SI": "sl_SI"}


class _C(NamedTuple):
    region: str            # phone region
    towns: list[tuple[str, str, str]]  # (town, postcode pattern, extra e.g. state)
    streets: list[str]
    addr: str              # one-line address pattern
    dob: list[str]         # strftime-like patterns, see fmt_date
    domains: list[str]
    iban: str | None
    lang: str


def _t(s: str) -> list[tuple[str, str, str]]:
    out = []
    for part in s.split(";"):
        bits = [x.strip() for x in part.split("|")]
        out.append((bits[0], bits[1], bits[2] if len(bits) > 2 else ""))
    return out


C: dict[str, _C] = {
    "US": _C("US", _t("Columbus|432##|OH;Tucson|857##|AZ;Raleigh|276##|NC;Spokane|992##|WA;Albany|122##|NY;Madison|537##|WI;Boise|837##|ID;Savannah|314##|GA;Dayton|454##|OH"),
             _split("Maple Avenue,Oak Street,Lincoln Blvd,Elm Drive,Cedar Lane,Washington Street,Park Road,Hillcrest Ct,Sunset Drive"),
             "{n} {st}{unit}, {town}, {x} {pc}", ["%m/%d/%Y", "%B %-d, %Y", "%m-%d-%Y", "%Y-%m-%d"], _split("gmail.com,yahoo.com,outlook.com,icloud.com,comcast.net,aol.com"), None, "en-US"),
    "GB": _C("GB", _t("Leeds|LS# #??;Bristol|BS# #??;Norwich|NR# #??;Sheffield|S# #??;Reading|RG# #??;Exeter|EX# #??;York|YO## #??;Leicester|LE# #??;Carlisle|CA# #??"),
             _split("High Street,Station Road,Church Lane,Victoria Road,Mill Lane,Queen's Road,Manor Way,Springfield Avenue,The Crescent"),
             "{unit}{n} {st}, {town} {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y", "%-d %b %Y"], _split("gmail.com,hotmail.co.uk,btinternet.com,yahoo.co.uk,outlook.com,sky.com"), "GB", "en-GB"),
    "CA": _C("CA", _t("Halifax|B3? #?#|NS;Calgary|T2? #?#|AB;Ottawa|K1? #?#|ON;Winnipeg|R3? #?#|MB;Victoria|V8? #?#|BC;Saskatoon|S7? #?#|SK;Hamilton|L8? #?#|ON"),
             _split("King Street West,Portage Avenue,Elgin Street,Quinpool Road,Jasper Avenue,Dundas Street,Maple Crescent"),
             "{unit}{n} {st}, {town}, {x} {pc}", ["%Y-%m-%d", "%B %-d, %Y", "%d/%m/%Y"], _split("gmail.com,rogers.com,shaw.ca,outlook.com,videotron.ca,yahoo.ca"), None, "en-CA"),
    "AU": _C("AU", _t("Brisbane|40##|QLD;Geelong|3220|VIC;Newcastle|2300|NSW;Perth|60##|WA;Hobart|7000|TAS;Ballarat|3350|VIC;Townsville|4810|QLD;Wollongong|2500|NSW"),
             _split("Smith Street,Ocean Parade,Bay Road,Wattle Crescent,Banksia Drive,Beach Road,Gum Tree Lane,Main North Road"),
             "{unit}{n} {st}, {town} {x} {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], _split("bigpond.com,gmail.com,outlook.com.au,optusnet.com.au,icloud.com"), None, "en-AU"),
    "IN": _C("IN", _t("Pune|4110##|Maharashtra;Kochi|6820##|Kerala;Jaipur|3020##|Rajasthan;Bengaluru|5600##|Karnataka;Lucknow|2260##|Uttar Pradesh;Chennai|6000##|Tamil Nadu;Indore|4520##|Madhya Pradesh"),
             _split("MG Road,Link Road,Nehru Nagar Main Road,Linking Road,Anna Salai,Station Road,Ring Road"),
             "{unit}{n} {st}, {town} - {pc}", ["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y", "%d.%m.%Y"], _split("gmail.com,rediffmail.com,yahoo.co.in,outlook.com"), None, "en-IN"),
    "IE": _C("IE", _t("Galway|H91 ????;Cork|T12 ????;Limerick|V94 ????;Sligo|F91 ????;Dublin 8|D08 ????;Kilkenny|R95 ????;Athlone|N37 ????"),
             _split("Main Street,Church Road,Bridge Street,Father Griffin Road,Patrick Street,Green Lane,Strand Road"),
             "{unit}{n} {st}, {town}, {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], _split("gmail.com,eircom.net,hotmail.com,outlook.ie,yahoo.ie"), "IE", "en-IE"),
    "ZA": _C("ZA", _t("Johannesburg|2001;Cape Town|8001;Durban|4001;Pretoria|0002;Gqeberha|6001;Bloemfontein|9301;Polokwane|0700;East London|5201"),
             _split("Main Road,Jan Smuts Avenue,Long Street,Church Street,Voortrekker Road,Florida Road,Beach Road,Oxford Road"),
             "{unit}{n} {st}, {town}, {pc}", ["%Y/%m/%d", "%d/%m/%Y", "%-d %B %Y", "%Y-%m-%d"], _split("gmail.com,webmail.co.za,mweb.co.za,telkomsa.net,outlook.com"), None, "en-ZA"),
    "NZ": _C("NZ", _t("Hamilton|32##;Dunedin|90##;Tauranga|31##;Nelson|7010;Palmerston North|44##;Christchurch|80##;Napier|4110;Whanganui|4500"),
             _split("Queen Street,Cameron Road,George Street,Riccarton Road,Tasman Street,Victoria Avenue,Te Awa Road"),
             "{unit}{n} {st}, {town} {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"], _split("xtra.co.nz,gmail.com,outlook.co.nz,slingshot.co.nz"), None, "en-NZ"),
    "NG": _C("NG", _t("Lagos|1000##;Abuja|9000##;Ibadan|2000##;Enugu|4000##;Port Harcourt|5000##;Kano|7000##;Benin City|3000##"),
             _split("Adeola Odeku Street,Allen Avenue,Awolowo Road,Ogui Road,Aminu Kano Crescent,Rumuola Road,Ring Road"),
             "{unit}{n} {st}, {town}", ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], _split("gmail.com,yahoo.com,outlook.com"), None, "en-NG"),
    "KE": _C("KE", _t("Nairobi|00100;Mombasa|80100;Kisumu|40100;Nakuru|20100;Eldoret|30100;Thika|01000;Nyeri|10100"),
             _split("Ngong Road,Kindaruma Road,Moi Avenue,Oginga Odinga Street,Kenyatta Avenue,Argwings Kodhek Road,Lenana Road"),
             "{unit}{n} {st}, {town} {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y"], _split("gmail.com,yahoo.com,outlook.com"), None, "en-KE"),
    "IS": _C("IS", _t("Reykjavík|101;Kópavogur|200;Hafnarfjörður|220;Akureyri|600;Selfoss|800;Egilsstaðir|700;Ísafjörður|400;Garðabær|210;Reykjanesbær|230"),
             _split("Laugavegur,Hringbraut,Skólavörðustígur,Bárugata,Hafnarstræti,Álfhólsvegur,Strandgata,Lindargata,Þingholtsstræti"),
             "{st} {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%-d. %B %Y", "%-d.%-m.%Y"], _split("simnet.is,gmail.com,internet.is,hi.is,visir.is"), None, "is"),
    "EE": _C("EE", _t("Tallinn|10###;Tartu|5####;Pärnu|80###;Narva|20###;Viljandi|71###;Rakvere|44###;Kuressaare|93###"),
             _split("Tartu mnt,Narva mnt,Pärnu mnt,Rüütli,Kalevi,Riia,Vabaduse pst,Lai,Kastani"),
             "{st} {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%-d.%m.%Y"], _split("mail.ee,gmail.com,hot.ee,online.ee"), None, "et"),
    "LT": _C("LT", _t("Vilnius|LT-0####;Kaunas|LT-4####;Klaipėda|LT-9####;Šiauliai|LT-7####;Panevėžys|LT-3####;Alytus|LT-6####"),
             _split("Gedimino pr.,Laisvės al.,Vilniaus g.,Taikos pr.,Savanorių pr.,Pilies g.,Liepų g."),
             "{st} {n}{unit}, {pc} {town}", ["%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d"], _split("gmail.com,inbox.lt,one.lt,yahoo.com"), None, "lt"),
    "SI": _C("SI", _t("Ljubljana|1000;Maribor|2000;Celje|3000;Kranj|4000;Koper|6000;Novo mesto|8000;Ptuj|2250"),
             _split("Slovenska cesta,Trubarjeva ulica,Prešernova ulica,Cankarjeva cesta,Gosposvetska cesta,Tržaška cesta,Ulica heroja Staneta"),
             "{st} {n}{unit}, {pc} {town}", ["%-d. %-m. %Y", "%d.%m.%Y", "%-d. %B %Y"], _split("gmail.com,siol.net,t-2.net,amis.net"), None, "sl"),
    "TR": _C("TR", _t("İstanbul|34###;Ankara|06###;İzmir|35###;Bursa|16###;Antalya|07###;Eskişehir|26###;Trabzon|61###"),
             _split("Gül,Lale,Çınar,Menekşe,Papatya,Akasya,Zeytin,Kardelen"),
             "{mah} Mah. {st} Sk. No:{n}{unit} {pc} {town}", ["%d.%m.%Y", "%d/%m/%Y", "%-d %B %Y"], _split("gmail.com,hotmail.com,yandex.com.tr,outlook.com"), None, "tr"),
    "RO": _C("RO", _t("București|0#####;Cluj-Napoca|400###;Iași|700###;Timișoara|300###;Brașov|500###;Constanța|900###;Sibiu|550###"),
             _split("Mihai Eminescu,Republicii,Avram Iancu,Unirii,Florilor,Independenței,Lalelelor,Memorandumului"),
             "Str. {st} nr. {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%d/%m/%Y", "%-d %B %Y"], _split("yahoo.com,gmail.com,yahoo.ro,outlook.com"), None, "ro"),
    "CAT": _C("ES", _t("Barcelona|080##;Girona|170##;Lleida|250##;Tarragona|430##;Sabadell|082##;Vic|08500;Reus|432##;Manresa|08240"),
             _split("Carrer de Mallorca,Carrer Major,Passeig de Sant Joan,Carrer de la Riera,Rambla Nova,Carrer de Sant Pere,Carrer del Carme"),
             "{st}, {n}{unit}, {pc} {town}", ["%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y"], _split("gmail.com,hotmail.es,yahoo.es,telefonica.net,xtec.cat"), "ES", "ca"),
    "EUS": _C("ES", _t("Bilbao|480##;Donostia|200##;Vitoria-Gasteiz|010##;Getxo|489##;Eibar|20600;Gernika|48300;Zarautz|20800;Durango|48200"),
             _split("Kale Nagusia,Zabalbide kalea,Askatasun etorbidea,Urkixo zumarkalea,Easo kalea,Elkano kalea,Iparragirre kalea"),
             "{st} {n}{unit}, {pc} {town}", ["%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d"], _split("gmail.com,euskaltel.net,hotmail.com,ehu.eus"), "ES", "eu"),
    "AF": _C("ZA", _t("Stellenbosch|7600;Paarl|7646;Pretoria|0181;Bloemfontein|9301;Potchefstroom|2531;George|6529;Worcester|6850;Upington|8801"),
             _split("Kerkstraat,Dorpstraat,Bergstraat,Pretoriusstraat,Voortrekkerweg,Rivierweg,Eikelaan,Stasieweg"),
             "{unit}{n} {st}, {town}, {pc}", ["%Y/%m/%d", "%d/%m/%Y", "%-d %B %Y"], _split("gmail.com,vodamail.co.za,mweb.co.za,absamail.co.za"), None, "af"),
    "CY": _C("GB", _t("Caerfyrddin|SA31 #??;Aberystwyth|SY23 #??;Bangor|LL57 #??;Caernarfon|LL55 #??;Llanelli|SA15 #??;Pwllheli|LL53 #??;Dolgellau|LL40 #??"),
             _split("Heol y Bont,Stryd Fawr,Ffordd y Môr,Lôn Goed,Heol y Castell,Stryd yr Eglwys,Maes y Dref"),
             "{unit}{n} {st}, {town} {pc}", ["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y"], _split("gmail.com,btinternet.com,hotmail.co.uk,outlook.com"), "GB", "cy"),
    "SW": _C("KE", _t("Nairobi|00100;Mombasa|80100;Kisumu|40100;Nakuru|20100;Malindi|80200;Machakos|90100;Lamu|80500"),
             _split("Barabara ya Moi,Mtaa wa Biashara,Barabara ya Kenyatta,Mtaa wa Haile Selassie,Barabara ya Ngong,Mtaa wa Digo"),
             "Nyumba Na. {n}{unit}, {st}, {town} {pc}", ["%d/%m/%Y", "%d-%m-%Y", "%-d %B %Y"], _split("gmail.com,yahoo.com,outlook.com"), None, "sw"),
    "TL": _C("PH", _t("Quezon City|11##;Cebu City|6000;Davao City|8000;Pasig|1600;Iloilo City|5000;Baguio|2600;Marikina|1800;Batangas City|4200"),
             _split("Mabini St.,Rizal Ave.,Bonifacio St.,Luna St.,Del Pilar St.,Sampaguita St.,Kalayaan Ave."),
             "Blk {n} Lot {unit}, {st}, Brgy. {mah}, {town} {pc}", ["%m/%d/%Y", "%B %-d, %Y", "%m-%d-%Y"], _split("gmail.com,yahoo.com,outlook.ph,ymail.com"), None, "tl"),
    "VN": _C("VN", _t("Hà Nội|;TP. Hồ Chí Minh|;Đà Nẵng|;Huế|;Hải Phòng|;Cần Thơ|;Nha Trang|"),
             _split("Trần Hưng Đạo,Lê Lợi,Nguyễn Trãi,Hai Bà Trưng,Lý Thường Kiệt,Phan Chu Trinh,Điện Biên Phủ"),
             "Số {n}{unit} {st}, phường {mah}, {town}", ["%d/%m/%Y", "%d-%m-%Y", "ngày %d tháng %m năm %Y"], _split("gmail.com,yahoo.com.vn,outlook.com,fpt.vn"), None, "vi"),
    "SQ": _C("AL", _t("Tiranë|1001;Durrës|2001;Shkodër|4001;Vlorë|9401;Korçë|7001;Elbasan|3001;Fier|9301"),
             _split("Rruga e Kavajës,Rruga Myslym Shyri,Rruga Ismail Qemali,Rruga e Durrësit,Rruga Sami Frashëri,Rruga e Elbasanit"),
             "{st}, Nr. {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%d/%m/%Y", "%-d %B %Y"], _split("gmail.com,yahoo.com,hotmail.com,abcom.al"), None, "sq"),
    "GL": _C("ES", _t("Vigo|362##;A Coruña|150##;Santiago de Compostela|157##;Lugo|270##;Ourense|320##;Pontevedra|360##;Ferrol|154##"),
             _split("Rúa do Príncipe,Rúa Real,Avenida de Castelao,Rúa da Raíña,Rúa de San Pedro,Rúa Nova,Avenida de Vigo"),
             "{st}, {n}{unit}, {pc} {town}", ["%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y"], _split("gmail.com,hotmail.com,mundo-r.com,yahoo.es"), "ES", "gl"),
    "MT": _C("MT", _t("Birkirkara|BKR ####;Tas-Sliema|SLM ####;Il-Mosta|MST ####;Ħaż-Żabbar|ZBR ####;Ħal Qormi|QRM ####;Ir-Rabat|RBT ####;Il-Fgura|FGR ####"),
             _split("Triq il-Kbira,Triq San Pawl,Triq ir-Repubblika,Triq il-Wied,Triq il-Kappillan Mifsud,Triq id-Dejqa,Triq it-Tiġrija"),
             "{unit}{n}, {st}, {town} {pc}", ["%d/%m/%Y", "%-d ta' %B %Y", "%d.%m.%Y"], _split("gmail.com,maltanet.net,onvol.net,yahoo.com"), None, "mt"),
    "DE": _C("DE", _t("Leipzig|041##;Freiburg im Breisgau|791##;Münster|481##;Kassel|341##;Bremen|283##;Augsburg|861##;Rostock|180##;Würzburg|970##"),
             _split("Hauptstraße,Lindenallee,Bahnhofstraße,Gartenweg,Schillerstraße,Am Markt,Rosenstraße,Ringstraße"),
             "{st} {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%-d. %B %Y", "%d.%m.%y"], _split("gmx.de,web.de,t-online.de,gmail.com,posteo.de"), "DE", "de"),
    "NL": _C("NL", _t("Utrecht|35## ??;Groningen|97## ??;Haarlem|20## ??;Zwolle|80## ??;Eindhoven|56## ??;Leiden|23## ??;Amersfoort|38## ??"),
             _split("Kerkstraat,Dorpsstraat,Molenweg,Oudegracht,Lindelaan,Prinsengracht,Julianastraat"),
             "{st} {n}{unit}, {pc} {town}", ["%d-%m-%Y", "%-d %B %Y", "%d/%m/%Y"], _split("ziggo.nl,kpnmail.nl,gmail.com,hotmail.nl,outlook.com"), "NL", "nl"),
    "PT": _C("PT", _t("Lisboa|1###-###;Porto|4###-###;Braga|47##-###;Coimbra|30##-###;Faro|80##-###;Aveiro|38##-###;Setúbal|29##-###"),
             _split("Rua Augusta,Avenida da Liberdade,Rua de Santa Catarina,Rua do Carmo,Travessa do Norte,Rua da Sofia,Avenida Central"),
             "{st}, {n}{unit}, {pc} {town}", ["%d/%m/%Y", "%d-%m-%Y", "%-d de %B de %Y"], _split("sapo.pt,gmail.com,hotmail.com,netcabo.pt"), "PT", "pt"),
    "PL": _C("PL", _t("Kraków|3#-###;Wrocław|5#-###;Gdańsk|80-###;Poznań|6#-###;Lublin|20-###;Łódź|9#-###;Toruń|87-###"),
             _split("ul. Długa,ul. Mickiewicza,ul. Kwiatowa,ul. Polna,ul. Słoneczna,al. Niepodległości,ul. Lipowa"),
             "{st} {n}{unit}, {pc} {town}", ["%d.%m.%Y", "%d-%m-%Y", "%-d %B %Y"], _split("wp.pl,onet.pl,gmail.com,interia.pl,o2.pl"), "PL", "pl"),
}
_MAH = {"TR": _split("Bahçelievler,Cumhuriyet,Atatürk,Yenişehir,Fatih,Kazım Karabekir,Esentepe"),
        "TL": _split("San Isidro,Poblacion,Santo Niño,Bagong Silang,Malanday,Kamuning,Lahug"),
        "VN": _split("Bến Nghé,Tràng Tiền,Cầu Ông Lãnh,Thạch Thang,Phú Hội,Láng Hạ,Dịch Vọng")}
_MONTHS = {
    "en": _split("January,February,March,April,May,June,July,August,September,October,November,December"),
    "is": _split("janúar,febrúar,mars,apríl,maí,júní,júlí,ágúst,september,október,nóvember,desember"),
    "lt": _split("sausio,vasario,kovo,balandžio,gegužės,birželio,liepos,rugpjūčio,rugsėjo,spalio,lapkričio,gruodžio"),
    "sl": _split("januar,februar,marec,april,maj,junij,julij,avgust,september,oktober,november,december"),
    "tr": _split("Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık"),
    "ro": _split("ianuarie,februarie,martie,aprilie,mai,iunie,iulie,august,septembrie,octombrie,noiembrie,decembrie"),
    "ca": _split("gener,febrer,març,abril,maig,juny,juliol,agost,setembre,octubre,novembre,desembre"),
    "af": _split("Januarie,Februarie,Maart,April,Mei,Junie,Julie,Augustus,September,Oktober,November,Desember"),
    "cy": _split("Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr"),
    "sw": _split("Januari,Februari,Machi,Aprili,Mei,Juni,Julai,Agosti,Septemba,Oktoba,Novemba,Desemba"),
    "sq": _split("janar,shkurt,mars,prill,maj,qershor,korrik,gusht,shtator,tetor,nëntor,dhjetor"),
    "gl": _split("xaneiro,febreiro,marzo,abril,maio,xuño,xullo,agosto,setembro,outubro,novembro,decembro"),
    "mt": _split("Jannar,Frar,Marzu,April,Mejju,Ġunju,Lulju,Awwissu,Settembru,Ottubru,Novembru,Diċembru"),
    "de": _split("Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember"),
    "nl": _split("januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december"),
    "pt": _split("janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro"),
    "pl": _split("stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia"),
}


# --------------------------------------------------------------------------- value helpers
def fmt_date(d: _dt.date, pat: str, lang: str) -> str:
    ml = _MONTHS.get(lang.split("-")[0], _MONTHS["en"])
    out = pat.replace("%B", ml[d.month - 1]).replace("%b", ml[d.month - 1][:3])
    out = out.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace("%d", f"{d.day:02d}").replace("%m", f"{d.month:02d}")
    return out.replace("%Y", str(d.year)).replace("%y", f"{d.year % 100:02d}")


def rdate(r: random.Random, y0: int, y1: int) -> _dt.date:
    a, b = _dt.date(y0, 1, 1).toordinal(), _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def recent(r: random.Random, days: int = 60) -> _dt.datetime:
    base = _dt.datetime(2026, 11, 27, 18, 0, 0)
    return base - _dt.timedelta(seconds=r.randint(0, days * 86400))


@functools.lru_cache(maxsize=None)
def _names(key: str) -> dict[str, list[tuple[str, str]]]:
    if key in _FAKER_LOC:
        return _fk_names(_FAKER_LOC[key])
    src = {"CAT": "CA", "EUS": "EU", "AF": "AF", "CY": "CY", "SW": "SW", "TL": "TL", "VN": "VN", "SQ": "SQ", "TR": "TR", "RO": "RO", "ZA": "ZA", "LT": "LT", "GL": "GL", "MT": "MT"}[key]
    m, f, ln = (_split(x) for x in _CUSTOM_NAMES[src])
    if src == "LT":
        return {"m": [(a, b + _LT_M[b]) for a in m for b in ln], "f": [(a, b + _LT_F[b]) for a in f for b in ln]}
    return {"m": [(a, b) for a in m for b in ln], "f": [(a, b) for a in f for b in ln]}


_FOLD = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ł": "l", "ı": "i", "ß": "ss", "đ": "d", "Ð": "D", "Þ": "Th", "Æ": "Ae",
                       "Ł": "L", "Đ": "D", "'": "", " ": ""})


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128)


def pattern(r: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice(string.digits))
        elif ch == "?":
            out.append(r.choice("ABDEFGHJLNPRTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


def phone(r: random.Random, region: str, kind: str = "mobile", style: str = "nat") -> str:
    """A valid number of `region`; style nat | intl | e164 | compact (national, no spaces)."""
    t = _PNT.MOBILE if kind == "mobile" else _PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = str(ex.national_number)
    ok_types = {t, _PNT.FIXED_LINE_OR_MOBILE}
    for _ in range(3000):
        cand = nsn[0] + "".join(r.choice(string.digits) for _ in range(len(nsn) - 1))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in ok_types:
            break
    else:  # pragma: no cover
        raise RuntimeError(region)
    if style == "intl":
        s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _PNF.E164)
    else:
        s = phonenumbers.format_number(num, _PNF.NATIONAL)
        if style == "compact":
            s = re.sub(r"[\s\-()]", "", s)
    chk = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(chk), s
    return s


def phone_mix(r: random.Random, region: str, kind: str = "mobile") -> str:
    return phone(r, region, kind, r.choice(["nat", "nat", "nat", "intl", "intl", "compact", "e164"]))


class Addr(NamedTuple):
    street: str
    pc: str
    town: str
    one: str          # single line with postcode and town
    lines: list[str]  # block lines


def _norm(s: str) -> str:
    return re.sub(r"\s+,", ",", re.sub(r" {2,}", " ", s)).strip().rstrip(",").strip()


def address(r: random.Random, ck: str, unit: bool | None = None) -> Addr:
    c = C[ck]
    town, pcpat, x = r.choice(c.towns)
    pc = pattern(r, pcpat)
    st = r.choice(c.streets)
    n = str(r.randint(1, 180))
    if unit is None:
        unit = r.random() < 0.35
    u = ""
    if ck in ("TL",):
        u = str(r.randint(1, 40))
    elif unit:
        u = {"US": f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", "CA": f"{r.randint(101, 2405)}-", "AU": f"{r.randint(1, 24)}/",
             "GB": f"Flat {r.randint(1, 12)}, ", "CY": f"Fflat {r.randint(1, 9)}, ", "IE": f"Apt {r.randint(1, 40)}, ",
             "IN": f"Flat {r.randint(101, 904)}, ", "ZA": f"Unit {r.randint(1, 30)}, ", "NZ": f"{r.randint(1, 9)}/", "NG": "Flat 2, ",
             "KE": f"Apt {r.randint(1, 9)}{r.choice('ABC')}, ", "AF": f"Woonstel {r.randint(1, 20)}, ",
             "IS": f", íbúð {r.randint(101, 304)}", "EE": f"-{r.randint(1, 60)}", "LT": f"-{r.randint(1, 80)}", "SI": "", "DE": r.choice(["a", "b", ""]),
             "NL": r.choice(["-II", " A", "bis", "-3"]), "PL": f"/{r.randint(1, 60)}", "PT": f", {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}",
             "CAT": f", {r.randint(1, 6)}r {r.randint(1, 4)}a", "EUS": f", {r.randint(1, 6)}. {r.choice(['ezk.', 'esk.', 'A'])}",
             "RO": f", bl. {r.choice('ABCM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}", "TR": f" D:{r.randint(1, 24)}", "SW": "",
             "VN": f" ngõ {r.randint(2, 120)}", "SQ": f", Ap. {r.randint(1, 30)}",
             "GL": f", {r.randint(1, 8)}º {r.choice('ABCD')}", "MT": f"Flat {r.randint(1, 9)}, {r.choice(['Villa Rosa', 'Sunny Court', 'Dar il-Ħena'])}, "}.get(ck, "")
    street = c.addr.split(", {pc}")[0].split(", {town}")[0].split(" {pc}")[0]
    mah = r.choice(_MAH.get(ck, ["Centro"])) if "{mah}" in c.addr else ""
    fill = dict(n=n, st=st, unit=u, town=town, pc=pc, x=x, mah=mah)
    one = _norm(c.addr.format(**fill))
    st_line = _norm(street.format(**fill))
    assert one.startswith(st_line), (one, st_line)
    rest = one[len(st_line):].lstrip(", ").strip()
    lines = [st_line, rest] if rest else [st_line]
    if ck == "US" and u and r.random() < 0.5:
        lines = [st_line.replace(u, ""), u.strip(), rest]
    return Addr(st_line, pc, town, one, lines)


class P:
    """A person of country `ck`."""

    def __init__(self, r: random.Random, ck: str, child: bool = False, g: str | None = None) -> None:
        self.ck = ck
        self.c = C[ck]
        self.g = g or r.choice("mf")
        self.first, self.last = r.choice(_names(ck)[self.g])
        self.mid = ""
        if ck == "VN":
            self.mid = r.choice(["Văn", "Đức", "Minh"]) if self.g == "m" else r.choice(["Thị", "Ngọc", "Thu"])
        if ck in ("CAT", "EUS", "GL"):
            self.last2 = r.choice(_names(ck)["m"])[1]
        self.dob_d = rdate(r, 2021, 2025) if child else rdate(r, 1948, 2006)
        self.r = r

    @property
    def full(self) -> str:
        if self.ck == "VN":
            return f"{self.last} {self.mid} {self.first}"
        if self.ck in ("CAT", "EUS", "GL"):
            return f"{self.first} {self.last} {self.last2}"
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return self.full if self.ck == "VN" else f"{self.first} {self.last}"

    def initial(self) -> str:
        return f"{self.first} {self.last[0]}."

    def dob(self, i: int | None = None) -> str:
        pats = self.c.dob
        pat = pats[i % len(pats)] if i is not None else self.r.choice(pats)
        return fmt_date(self.dob_d, pat, self.c.lang)

    def email(self, dom: str | None = None) -> str:
        r = self.r
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last).lower()
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}{r.randint(70, 99)}", f"{f}.{l[0]}"])
        return f"{local}@{dom or r.choice(self.c.domains)}"

    def phone(self, style: str | None = None, kind: str = "mobile") -> str:
        return phone(self.r, self.c.region, kind, style) if style else phone_mix(self.r, self.c.region, kind)

    def addr(self, unit: bool | None = None) -> Addr:
        return address(self.r, self.ck, unit)

    def town(self) -> str:
        return self.r.choice(self.c.towns)[0]


def card(r: random.Random, style: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "amex":
        d = _luhn(r, r.choice(["34", "37"]), 15)
        g = [d[:4], d[4:10], d[10:]]
    else:
        d = _luhn(r, "4" if kind == "visa" else r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    style = style or r.choice(["sp", "sp", "plain", "dash"])
    return {"sp": " ".join(g), "plain": d, "dash": "-".join(g)}[style]


def masked_card(r: random.Random) -> str:
    l4 = f"{r.randint(0, 9999):04d}"
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"{r.choice(['4', '5'])}{r.randint(10000, 99999)}******{l4}", f"ending {l4}"])


def ssn(r: random.Random, style: str = "dash") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = {"dash": "-", "sp": " ", "plain": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def routing(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        chk = (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10
        return "".join(map(str, d)) + str((10 - chk) % 10)


def us_account(r: random.Random) -> str:
    return "".join(r.choice(string.digits) for _ in range(r.randint(8, 12))).lstrip("0") or "7"


def iban(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    s = _iban_of(r, cc)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def ip_pub(r: random.Random) -> str:
    return _ip_public_v6(r) if r.random() < 0.2 else _ip_public_v4(r)


def ip_priv(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1", f"fd{r.randint(0, 255):02x}:{r.randint(0, 65535):x}::{r.randint(1, 999)}"])


_AN = string.ascii_letters + string.digits


def rs(r: random.Random, n: int, alpha: str = _AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def api_key(r: random.Random) -> str:
    k = r.randrange(6)
    return [f"sk_live_{rs(r, 24)}", f"ghp_{rs(r, 36)}", f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-{rs(r, 24)}",
            f"SG.{rs(r, 22)}.{rs(r, 43)}", f"AIza{rs(r, 35, _AN + '-_')}", f"glpat-{rs(r, 20)}"][k]


def pub_key(r: random.Random) -> str:
    return r.choice([f"pk_live_{rs(r, 24)}", f"AC{rs(r, 32, '0123456789abcdef')}", f"pk.eyJ1Ijoi{rs(r, 20)}"])


_PW_WORDS = _split("Sunflower,Liverpool,Blessing,Mango,Kilimanjaro,Reykjavik,Barcelona,Summer,Dragon,Marley,Tigger,Bulldog,Ocean,Pepper,Qwerty,Monkey,Shadow,Lemon")


def password(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(_PW_WORDS)}{r.choice(['!', '#', '@', '$', ''])}{r.randint(1, 2026)}"
    if k == 1:
        return rs(r, r.randint(9, 15), _AN + "!#%&*?") + r.choice(_AN)
    if k == 2:
        return f"{r.choice(_PW_WORDS).lower()}{r.randint(10, 99)}{r.choice(_PW_WORDS)}"
    return f"{r.choice(_PW_WORDS)}{r.choice('!?#_')}{rs(r, 4)}"


def pw_hash(r: random.Random) -> str:
    k = r.randrange(3)
    b64 = string.ascii_letters + string.digits + "./"
    if k == 0:
        return f"$2b$12${rs(r, 53, b64)}"
    if k == 1:
        return f"$argon2id$v=19$m=65536,t=3,p=4${rs(r, 22, b64[:-2] + '+/')}${rs(r, 43, b64[:-2] + '+/')}"
    return rs(r, 64, "0123456789abcdef")


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def imei(r: random.Random) -> str:
    return _luhn(r, "35" + str(r.randint(1000, 9999)), 15)


def ver(r: random.Random) -> str:
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 60)}"


def gps(r: random.Random) -> str:
    return f"{r.uniform(-45, 65):.5f}, {r.uniform(-120, 150):.5f}"


def money(r: random.Random, cur: str = "$", lo: int = 5, hi: int = 900) -> str:
    return f"{cur}{r.randint(lo, hi)}.{r.randint(0, 99):02d}"


def ref(r: random.Random, prefix: str, n: int = 7) -> str:
    return f"{prefix}{r.randint(10 ** (n - 1), 10 ** n - 1)}"


def ts(r: random.Random, style: str = "iso") -> str:
    d = recent(r)
    return {"iso": d.strftime("%Y-%m-%dT%H:%M:%SZ"), "sp": d.strftime("%Y-%m-%d %H:%M:%S"), "clf": d.strftime("%d/%b/%Y:%H:%M:%S +0000")}[style]


def clock(r: random.Random, days: int = 20) -> Callable[[], _dt.datetime]:
    """Increasing timestamps for chat lines."""
    cur = [recent(r, days) - _dt.timedelta(hours=2)]

    def nxt() -> _dt.datetime:
        cur[0] += _dt.timedelta(seconds=r.randint(20, 900))
        return cur[0]
    return nxt


def two_towns(r: random.Random, ck: str) -> tuple[str, str]:
    a, b = r.sample(C[ck].towns, 2)
    return a[0], b[0]


def otp(r: random.Random) -> str:
    return f"{r.randint(0, 999999):06d}"


def bic(r: random.Random) -> str:
    return r.choice(["DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "BOFIIE2D", "CAIXESBBXXX", "BCOMPTPL", "PKOPPLPW", "NWBKGB2L", "RABONL2U", "BPOTBEB1"])


# --------------------------------------------------------------------------- templates
class _Tpl(NamedTuple):
    name: str
    lang: str
    shape: str
    render: Callable[[random.Random], _B]


TEMPLATES: list[_Tpl] = []


def tpl(lang: str, shape: str) -> Callable[[Callable[[random.Random], _B]], Callable[[random.Random], _B]]:
    def deco(fn: Callable[[random.Random], _B]) -> Callable[[random.Random], _B]:
        TEMPLATES.append(_Tpl(fn.__name__[2:], lang, shape, fn))
        return fn
    return deco


def quoted_addr(b: _B, a: Addr, prefix: str = "> ") -> None:
    for line in a.lines:
        b.t(prefix).p(line, ADDR).t("\n")


def pick(r: random.Random, *opts: str) -> str:
    return r.choice(opts)


# ---- English -----------------------------------------------------------------
@tpl("en-US", "support e-mail, signature, quoted reply")
def t_us_dental_reply(r: random.Random) -> _B:
    c, ag, biz = P(r, "US"), P(r, "US"), address(r, "US", False)
    a = c.addr()
    brand = pick(r, "BrightArc Dental", "Maple Smile Dental Group", "Lincoln Family Dentistry")  # person-like brand names
    b = _B()
    b.f("Subject: RE: {{s}}\nFrom: {{ae}}\nTo: {{ce}}\n\n{{hi}} {{cf}},\n\n", s=pick(r, "Billing question", "Change of address", "Double charge on my card"),
        ae=(f"billing@{brand.split()[0].lower()}dental.com", EM), ce=(c.email(), EM), hi=pick(r, "Hi", "Hello", "Dear"), cf=(c.first, PER))
    b.f("Thanks for letting us know. I've updated your file and refunded the duplicate charge of {{amt}} to the card {{mask}} "
        "(refund ref {{rf}}). It can take 5-10 business days to show up.\n\n", amt=money(r), mask=masked_card(r), rf=ref(r, "RF-", 8))
    b.f("Best,\n{{an}}\nPatient Accounts | {{brand}}\n{{biz}}\nT {{bp}} | Fax {{fx}}\n\n", an=(ag.short, PER), brand=brand,
        biz=(biz.one, ADDR), bp=(phone(r, "US", "fixed", "nat"), PH), fx=(phone(r, "US", "fixed", "nat"), PH))
    d = recent(r)
    b.f("On {{d}}, {{cn}} <{{ce}}> wrote:\n> Hello, I moved last month. New address:\n", d=d.strftime("%a, %b %-d, %Y at %-I:%M %p"),
        cn=(c.full, PER), ce=(c.email(), EM))
    quoted_addr(b, a)
    b.f("> Also I think you charged me twice on {{d2}}?? My cell is {{ph}} if easier.\n> {{cf}}\n", d2=(d - _dt.timedelta(days=9)).strftime("%m/%d"),
        ph=(c.phone("nat"), PH), cf=(c.first, PER))
    return b


@tpl("en-GB", "forwarded e-mail")
def t_gb_fwd_letting(r: random.Random) -> _B:
    t, ag, mgr = P(r, "GB"), P(r, "GB"), P(r, "GB")
    a, prop = t.addr(), address(r, "GB", True)
    b = _B()
    b.f("{{mf}},\n\nSee below - can you run referencing for this applicant? Holding deposit paid ({{amt}}).\n\n{{me}}\n\n",
        mf=(mgr.first, PER), amt=money(r, "£", 200, 600), me=(ag.first, PER))
    b.f("---------- Forwarded message ---------\nFrom: {{tn}} <{{te}}>\nDate: {{d}}\nSubject: Application - {{prop}}\nTo: <{{le}}>\n\n",
        tn=(t.full, PER), te=(t.email(), EM), d=recent(r).strftime("%a, %-d %b %Y at %H:%M"), prop=(prop.one, ADDR),
        le=("lettings@harbourkeylets.co.uk", EM))
    b.f("Hello,\n\nI'd like to apply for the flat I viewed on Saturday. My details:\nFull name: {{tn}}\nDate of birth: {{dob}}\nCurrent address: {{a}}\n"
        "Mobile: {{ph}}\nEmployer: {{emp}} (since {{y}})\nI have a cat called {{pet}}, hope that's ok.\n\nKind regards,\n{{tf}}\n",
        tn=(t.full, PER), dob=(t.dob(), DOB), a=(a.one, ADDR), ph=(t.phone(), PH), emp=pick(r, "Marks & Spencer", "John Lewis Partnership", "Sainsbury's"),
        y=r.randint(2015, 2025), pet=pick(r, "Biscuit", "Mr Whiskers", "Luna", "Pickle"), tf=(t.first, PER))
    return b


@tpl("en-AU", "WhatsApp chat export")
def t_au_whatsapp_bike(r: random.Random) -> _B:
    a, s = P(r, "AU"), P(r, "AU")
    b = _B()
    d = recent(r, 20)
    b.t(f"[{d.strftime('%d/%m/%Y')}, {d.strftime('%-I:%M:%S')} am] ").p(a.first, PER).t(": hey my bike wont unlock at the Southbank dock, ride id ")
    b.t(f"{ref(r, 'RD', 9)}\n")
    b.t(f"[{d.strftime('%d/%m/%Y')}, {d.strftime('%-I')}:{(d.minute + 2) % 60:02d}:10 am] ").p(s.first, PER).t(" (CycloLoop Support): ")
    b.f("Sorry {{f}}! Can you confirm the mobile on your account?\n", f=(a.first, PER))
    b.t(f"[{d.strftime('%d/%m/%Y')}, {d.strftime('%-I')}:{(d.minute + 3) % 60:02d}:41 am] ").p(a.first, PER)
    b.f(": {{ph}} . also i'm in {{town}} next week for work, can i use the pass there\n", ph=(a.phone(), PH), town=(a.town(), LOC))
    b.t(f"[{d.strftime('%d/%m/%Y')}, {d.strftime('%-I')}:{(d.minute + 5) % 60:02d}:02 am] ").p(s.first, PER).t(" (CycloLoop Support): ")
    b.f("Yep, all good. Unlock code is {{otp}} (valid 10 min). Bike GPS shows {{gps}}.\n", otp=otp(r)[:4], gps=gps(r))
    return b


@tpl("en-IN", "Teams chat")
def t_in_teams_delivery(r: random.Random) -> _B:
    x, y, cu, rd = P(r, "IN"), P(r, "IN"), P(r, "IN", g="f"), P(r, "IN")
    b = _B()
    tick = clock(r, 1)

    def hdr(sp: P) -> None:
        b.p(f"{sp.last}, {sp.first}", PER).t(f"  {tick().strftime('%H:%M')}\n")

    hdr(x)
    b.t(f"customer escalation on order {ref(r, 'ZP', 10)}, says rider never came\n")
    hdr(y)
    b.f("checking. rider is {{rn}} from the Koramangala hub\n", rn=(rd.initial(), PER))
    hdr(x)
    b.f("her details: {{cn}}, {{ph}}, {{em}}\n", cn=(cu.full, PER), ph=(cu.phone(), PH), em=(cu.email(), EM))
    hdr(y)
    b.t(f"ok calling her now. card on file is {masked_card(r)}, refund {money(r, '₹', 150, 2400)} approved\n")
    return b


@tpl("en-CA", "Slack thread with leaked secret")
def t_ca_slack_leak(r: random.Random) -> _B:
    a, c = P(r, "CA"), P(r, "CA")
    key = api_key(r)
    b = _B()
    b.f("#payments-dev\n{{a}}  10:42 AM\ndeploy of billing-svc {{v}} failing on staging ({{ip}}), anyone?\n", a=(a.first + " " + a.last[0] + ".", PER), v="v" + ver(r), ip=ip_priv(r))
    b.f("{{c}}  10:44 AM\nlooks like the env is missing the secret, try STRIPE_SECRET_KEY={{k}} (publishable is {{pk}})\n", c=(c.first, PER), k=(key, KEY), pk=pub_key(r))
    b.f("{{a}}  10:45 AM\n:scream: you just pasted a live key in a public channel\n{{c}}  10:45 AM\nrotating now, sorry. build #{{bn}} green after rotate\n",
        a=(a.first + " " + a.last[0] + ".", PER), c=(c.first, PER), bn=r.randint(1000, 9999))
    return b


@tpl("en-NZ", "SMS thread")
def t_nz_sms_nursery(r: random.Random) -> _B:
    p, kid = P(r, "NZ"), P(r, "NZ", child=True)
    num = p.phone("intl")
    b = _B()
    b.f("Conversation with {{num}}\n", num=(num, PH))
    b.f("Kiwi Sprouts ELC: Kia ora {{pf}}, {{kf}} has a slight temperature (37.9). Can you or another caregiver collect by 2pm? Gate code is {{gc}}.\n",
        pf=(p.first, PER), kf=(kid.first, PER), gc=f"{r.randint(1000, 9999)}#")
    b.f("Me: On my way, 20 min. If I'm stuck my partner {{pn}} will come, his number is {{pp}}\n", pn=(P(r, "NZ", g="m").first, PER), pp=(phone(r, "NZ", "mobile", "nat"), PH))
    b.f("Kiwi Sprouts ELC: Thanks! Reminder: Teddy Bears Picnic on {{d}}, bring a hat. Reply STOP to opt out. Ref {{rf}}\n",
        d=fmt_date(TODAY + _dt.timedelta(days=r.randint(3, 20)), "%-d %B", "en"), rf=ref(r, "KS", 6))
    return b


@tpl("en-IE", "support ticket with internal notes")
def t_ie_ticket_iban(r: random.Random) -> _B:
    c, ag = P(r, "IE"), P(r, "IE")
    b = _B()
    b.f("Ticket #{{tk}} | Status: Pending | Priority: Normal | Channel: Web form\nRequester: {{cn}} <{{ce}}>\n\n", tk=r.randint(100000, 999999), cn=(c.full, PER), ce=(c.email(), EM))
    b.f("Hi, please change my direct debit for the dental plan to my new account {{ib}} (BIC {{bic}}). Old one was AIB. DOB {{dob}} if you need to verify. "
        "Policy no. {{pol}}.\n{{cf}}\n\n", ib=(iban(r, "IE"), IBAN), bic=bic(r), dob=(c.dob(), DOB), pol=ref(r, "DPL-", 8), cf=(c.first, PER))
    b.f("--- Internal note ({{an}}, {{t}}) ---\nVerified caller via DOB + last 4 of old card ({{l4}}). Mandate updated, next collection {{nc}}. "
        "Customer lives in {{town}} now, moved from {{old}}.\n", an=(ag.first + " " + ag.last, PER), t=ts(r, "sp"), l4=f"{r.randint(0, 9999):04d}",
        nc=fmt_date(TODAY + _dt.timedelta(days=r.randint(5, 30)), "%d/%m/%Y", "en"), town=(c.town(), LOC), old=(P(r, "GB").town(), LOC))
    return b


@tpl("en-US", "CRM call note")
def t_us_debt_callnote(r: random.Random) -> _B:
    d, ag = P(r, "US"), P(r, "US")
    b = _B()
    b.f("CALL NOTE {{t}} | Agent: {{ag}} | Acct {{acc}} | Creditor: Franklin Home Furnishings\n", t=ts(r, "sp"), ag=(ag.initial(), PER), acc=ref(r, "CL-", 9))
    b.f("Outbound to {{ph}}. Spoke w/ debtor {{dn}} (verified SSN {{ssn}}, DOB {{dob}}). ", ph=(d.phone("nat"), PH), dn=(d.full.upper() if r.random() < 0.4 else d.full, PER),
        ssn=(ssn(r, pick(r, "dash", "dash", "sp")), SSN), dob=(d.dob(), DOB))
    b.f("Balance {{bal}}. Agreed PIF by ACH, routing {{rt}} account {{an}}, draft date {{dd}}. Confirmation {{cf}}. "
        "Debtor asked not to call work line, only cell.\n", bal=money(r, "$", 300, 9000), rt=routing(r), an=(us_account(r), BANK),
        dd=fmt_date(TODAY + _dt.timedelta(days=r.randint(2, 14)), "%m/%d/%Y", "en"), cf=ref(r, "PMT", 8))
    return b


@tpl("en-GB", "lower-case speech-to-text transcript")
def t_gb_stt(r: random.Random) -> _B:
    c, ag = P(r, "GB"), P(r, "GB")
    a = c.addr(False)
    b = _B()
    b.f("[transcript auto-generated, confidence 0.81]\nagent: thank you for calling harbourkey lettings my name is {{af}} how can i help\n", af=(ag.first.lower(), PER))
    b.f("caller: hiya yeah it's {{cn}} i'm a tenant at {{a}} and the boiler's gone again\n", cn=(c.full.lower(), PER), a=(a.one.lower(), ADDR))
    b.f("agent: sorry to hear that can i take your date of birth for security\ncaller: {{dob}}\n", dob=(fmt_date(c.dob_d, "%-d %B %Y", "en").lower(), DOB))
    b.f("agent: lovely and best number for the engineer\ncaller: {{ph}} or my email {{em}}\nagent: ok job reference is {{rf}} the engineer will text a two hour slot\n",
        ph=(c.phone("nat"), PH), em=(c.email(), EM), rf=ref(r, "JOB", 6).lower())
    return b


@tpl("en-ZA", "live chat export")
def t_za_livechat(r: random.Random) -> _B:
    v, ag = P(r, "ZA"), P(r, "ZA")
    a = v.addr()
    b = _B()
    b.f("Chat started {{t}} | Site: eatsbox.co.za | Visitor IP {{ip}}\n", t=ts(r, "sp"), ip=(ip_pub(r), IP))
    b.f("Visitor ({{vn}}): my order {{o}} went to the wrong address AGAIN\n", vn=(v.first, PER), o=ref(r, "EB", 8))
    b.f("{{an}} (Agent): Eish, sorry about that {{vn}}. Please confirm the delivery address?\n", an=(ag.first, PER), vn=(v.first, PER))
    b.f("Visitor ({{vn}}): {{a}}\n", vn=(v.first, PER), a=(a.one, ADDR))
    b.f("{{an}} (Agent): Got it, the driver had the old complex. I've credited R{{amt}} and saved {{ph}} as your contact. Anything else?\n",
        an=(ag.first, PER), amt=r.randint(40, 250), ph=(v.phone(), PH))
    b.f("Visitor ({{vn}}): no thanks. ps the Nando's on Main Rd is closer to me than the one in {{br}}\n", vn=(v.first, PER), br=pick(r, "Rosebank", "Sea Point", "Umhlanga"))
    return b


@tpl("en-NG", "key: value form dump")
def t_ng_form_kv(r: random.Random) -> _B:
    p = P(r, "NG")
    a = p.addr()
    b = _B()
    b.f("=== RIDER SIGNUP (ChopRun) ===\nsubmission_id: {{sid}}\nfull_name: {{fn}}\ndate_of_birth: {{dob}}\nstate_of_origin: {{so}}\nlga: {{lga}}\n",
        sid=uid(r), fn=(p.full, PER), dob=(p.dob(), DOB), so=(pick(r, "Anambra", "Oyo", "Enugu", "Kaduna", "Delta"), LOC), lga=(pick(r, "Nnewi", "Ogbomosho", "Nsukka", "Zaria", "Warri"), LOC))
    b.f("residential_address: {{a}}\nphone: {{ph}}\nalt_phone: {{ph2}}\nemail: {{em}}\npassword: {{pw}}\nbike_plate: {{pl}}\nhub: {{hub}}\n"
        "referral_code: {{rc}}\nconsent: true\n", a=(a.one, ADDR), ph=(p.phone(), PH), ph2=(phone(r, "NG", "mobile", "intl"), PH), em=(p.email(), EM),
        pw=(password(r), PW), pl=f"{pick(r, 'LSR', 'KJA', 'ABJ')}-{r.randint(100, 999)}{rs(r, 2, string.ascii_uppercase)}", hub=pick(r, "Yaba", "Lekki Phase 1", "Wuse II"),
        rc=rs(r, 6, string.ascii_uppercase + string.digits))
    return b


@tpl("en-KE", "key=value application log")
def t_ke_app_log(r: random.Random) -> _B:
    p = P(r, "KE")
    b = _B()
    for i in range(r.randint(3, 5)):
        t = ts(r)
        k = i % 3
        if k == 0:
            b.f("{{t}} level=info svc=auth event=login_ok user={{em}} src_ip={{ip}} sess={{s}} ua=\"SafiriBikes/{{v}} (Android 14)\"\n",
                t=t, em=(p.email(), EM), ip=(ip_pub(r), IP), s=rs(r, 32, "0123456789abcdef"), v=ver(r))
        elif k == 1:
            b.f("{{t}} level=warn svc=payments event=mpesa_stk_timeout msisdn={{ph}} amount=KES{{a}} upstream={{ip}} retry=2\n",
                t=t, ph=(p.phone("e164"), PH), a=r.randint(50, 900), ip=ip_priv(r))
        else:
            b.f("{{t}} level=info svc=rides event=ride_end ride={{rid}} dock=\"Kenyatta Ave 04\" gps=\"{{g}}\" imei={{im}}\n",
                t=t, rid=uid(r), g=gps(r), im=imei(r))
    return b


@tpl("en-US", "JSON lines")
def t_us_jsonl(r: random.Random) -> _B:
    b = _B()
    for _ in range(r.randint(2, 4)):
        p = P(r, "US")
        b.f('{"ts":"{{t}}","event":"customer.updated","id":"{{id}}","name":"{{n}}","email":"{{e}}","phone":"{{ph}}","ip":"{{ip}}","plan":"{{pl}}","app_version":"{{v}}"}\n',
            t=ts(r), id=uid(r), n=(p.full, PER), e=(p.email(), EM), ph=(p.phone(pick(r, "e164", "nat")), PH), ip=(ip_pub(r), IP),
            pl=pick(r, "courier_plus", "free", "family"), v=ver(r))
    return b


@tpl("en-GB", "web-server access log")
def t_gb_nginx(r: random.Random) -> _B:
    b = _B()
    for _ in range(r.randint(3, 5)):
        k = r.randrange(3)
        ip = ip_pub(r) if r.random() < 0.6 else ip_priv(r)
        ipl = (ip, IP) if not (ip.startswith(("10.", "192.168", "172.", "127.", "fd"))) else ip
        if k == 0:
            p = P(r, "GB")
            b.f('{{ip}} - - [{{t}}] "GET /account/unsubscribe?email={{e}}&src=newsletter HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n', ip=ipl, t=ts(r, "clf"),
                e=(p.email(), EM))
        elif k == 1:
            b.f('{{ip}} - - [{{t}}] "POST /api/v2/bookings/{{bk}}/confirm HTTP/2.0" 201 88 "https://book.smilewell.co.uk/" "okhttp/{{v}}"\n',
                ip=ipl, t=ts(r, "clf"), bk=ref(r, "BK", 8), v=ver(r))
        else:
            b.f('{{ip}} - - [{{t}}] "GET /static/app.{{h}}.js HTTP/1.1" 304 0 "-" "curl/{{v}}"\n', ip=ipl, t=ts(r, "clf"), h=rs(r, 8, "0123456789abcdef"), v=ver(r))
    return b


@tpl("en-US", "config snippet (.env)")
def t_us_env(r: random.Random) -> _B:
    a = P(r, "US")
    b = _B()
    b.f("# billing-worker .env ({{who}} - do NOT commit)\nAPP_ENV=production\nAPP_VERSION={{v}}\nDB_HOST={{dbh}}\nDB_USER=billing_rw\nDB_PASSWORD={{pw}}\n",
        who=(a.first.lower(), PER), v=ver(r), dbh=ip_priv(r), pw=(password(r), PW))
    b.f("STRIPE_PUBLISHABLE_KEY={{pk}}\nSTRIPE_SECRET_KEY={{sk}}\nTWILIO_ACCOUNT_SID=AC{{sid}}\nSMTP_USER={{su}}\nSMTP_PASS={{sp}}\nADMIN_PASSWORD_HASH='{{h}}'\n"
        "SUPPORT_PHONE={{ph}}\nREQUEST_ID_SALT={{salt}}\n", pk=f"pk_live_{rs(r, 24)}", sk=(f"sk_live_{rs(r, 24)}", KEY), sid=rs(r, 32, "0123456789abcdef"),
        su=(f"notifications@{pick(r, 'debtwise-collect.com', 'pedalpoint.io', 'tinytots-care.com')}", EM), sp=(password(r), PW), h=pw_hash(r),
        ph=(phone(r, "US", "fixed", "e164"), PH), salt=rs(r, 16))
    return b


@tpl("en-AU", "OCR'd form")
def t_au_ocr(r: random.Random) -> _B:
    p = P(r, "AU")
    a = p.addr()
    b = _B()
    b.f("GUMTREE COAST DENTAL - NEW PATIENT FORM   Pg 1/2\n\nSurname: {{l}}     Given names: {{f}}\nD.O.B.: {{dob}}   Sex: {{s}}\nAddress:\n{{a}}\n",
        l=(p.last.upper(), PER), f=(p.first, PER), dob=(p.dob(0), DOB), s="M" if p.g == "m" else "F", a=("\n".join(a.lines), ADDR))
    b.f("Mobile: {{ph}}   Home:\nEmail: {{em}}\nMedicare No.: {{mc}}  Ref: {{rn}}\nHealth fund: HBF   Member no. {{hf}}\nEmergency contact: {{ec}} ({{rel}}) {{ep}}\n"
        "Signed: ____{{sig}}_____   Date: {{d}}\n", ph=(p.phone("nat"), PH), em=(p.email().upper() if r.random() < 0.3 else p.email(), EM),
        mc=f"{r.randint(2000, 6999)} {r.randint(10000, 99999)} {r.randint(1, 9)}", rn=r.randint(1, 5), hf=r.randint(10**7, 10**8),
        ec=(P(r, "AU").full, PER), rel=pick(r, "wife", "husband", "mum", "partner"), ep=(phone(r, "AU", "mobile", "nat"), PH), sig=(p.last, PER),
        d=fmt_date(TODAY - _dt.timedelta(days=r.randint(0, 40)), "%d/%m/%y", "en"))
    return b


@tpl("en-CA", "rows pasted from a spreadsheet")
def t_ca_sheet(r: random.Random) -> _B:
    b = _B()
    b.t("Name\tPhone\tEmail\tCity\tCard\tLast order\tTotal\n")
    for _ in range(r.randint(3, 5)):
        p = P(r, "CA")
        b.f("{{n}}\t{{ph}}\t{{e}}\t{{c}}\t{{m}}\t{{d}}\t{{amt}}\n", n=(f"{p.last}, {p.first}", PER), ph=(p.phone("nat"), PH), e=(p.email(), EM),
            c=(p.town(), LOC), m=masked_card(r), d=fmt_date(recent(r).date(), "%Y-%m-%d", "en"), amt=money(r, "$", 9, 140))
    return b


@tpl("en-IN", "notification subjects")
def t_in_notif(r: random.Random) -> _B:
    p, q = P(r, "IN"), P(r, "IN")
    b = _B()
    b.f("Inbox - {{e}}\n", e=(p.email(), EM))
    b.f("• Your TiffinTap order #{{o}} is out for delivery\n• Payment of ₹{{a}} received from {{qn}}\n• {{d}}: OTP {{otp}} for login, valid 5 mins. Do not share.\n",
        o=r.randint(10**8, 10**9), a=r.randint(100, 9000), qn=(q.full.upper(), PER), d=fmt_date(TODAY, "%d-%b", "en"), otp=otp(r))
    b.f("• {{pf}}, your rider {{rv}} is 3 mins away\n• Missed call from {{ph}}\n• Invoice INV-{{inv}} from Sharma Sweets & Caterers\n",
        pf=(p.first, PER), rv=(P(r, "IN", g="m").first, PER), ph=(phone(r, "IN", "mobile", "intl"), PH), inv=r.randint(1000, 99999))
    return b


@tpl("en-GB", "status-page incident (no PII)")
def t_gb_nopii_status(r: random.Random) -> _B:
    b = _B()
    b.f("[Resolved] Elevated API errors - {{d}}\n\nBetween {{t1}} and {{t2}} UTC, requests to api.pedalpoint.io returned 503 for ~{{pct}}% of calls. "
        "Root cause: a bad config push (build {{v}}) to the load balancer pool {{ip1}}-{{ip2}}. Rolled back to {{v0}}. Incident ID {{id}}. "
        "No customer data was affected. Docks in Manchester and Leeds depots were unlocked manually.\n",
        d=fmt_date(recent(r).date(), "%-d %B %Y", "en"), t1=f"{r.randint(0, 11):02d}:{r.randint(0, 59):02d}", t2=f"{r.randint(12, 23):02d}:{r.randint(0, 59):02d}",
        pct=r.randint(2, 40), v=ver(r), ip1=ip_priv(r), ip2=ip_priv(r), v0=ver(r), id=uid(r))
    return b


@tpl("en-AU", "shift summary (no PII)")
def t_au_nopii_shift(r: random.Random) -> _B:
    b = _B()
    b.f("Shift summary - Geelong depot - {{d}}\nOrders: {{o}} | Late: {{l}} | Avg ETA {{eta}} min | Refunds {{rf}}\nTop venues: Mario's Pizzeria, St Kilda Thai, "
        "Ned Kelly's Bar & Grill\nIssues: scooter #{{sc}} flat tyre; Hobart office asked for the {{v}} app rollout; tracking {{tr}} stuck in sorting.\n",
        d=fmt_date(recent(r).date(), "%d/%m/%Y", "en"), o=r.randint(200, 900), l=r.randint(2, 40), eta=r.randint(18, 42), rf=money(r, "A$", 20, 600),
        sc=r.randint(100, 999), v=ver(r), tr="1Z" + rs(r, 16, string.ascii_uppercase + string.digits))
    return b


@tpl("en-IE", "SMS reminder and reply")
def t_ie_dental_sms(r: random.Random) -> _B:
    p = P(r, "IE")
    prac = address(r, "IE", False)
    b = _B()
    b.f("From: SmileCare\nHi {{f}}, reminder of your hygiene appt on {{d}} at {{tm}} at {{a}}. Reply Y to confirm or call {{ph}}. Booking ref {{bk}}\n\n",
        f=(p.first, PER), d=(TODAY + _dt.timedelta(days=r.randint(1, 12))).strftime("%a %d/%m"), tm=f"{r.randint(9, 17)}:{pick(r, '00', '15', '30', '45')}",
        a=(prac.one, ADDR), ph=(phone(r, "IE", "fixed", "nat"), PH), bk=ref(r, "SC", 6))
    b.f("From: {{me}}\n{{y}} thanks. it's actually my daughter {{kid}} who's booked, not me. i'm at {{m}}\n",
        me=(p.phone("intl"), PH), y=pick(r, "Y", "y", "Yes"), kid=(P(r, "IE", child=True, g="f").first, PER), m=(phone(r, "IE", "mobile", "nat"), PH))
    return b


@tpl("en-NZ", "nursery incident report")
def t_nz_incident(r: random.Random) -> _B:
    k, par, st = P(r, "NZ", child=True), P(r, "NZ"), P(r, "NZ")
    b = _B()
    b.f("INCIDENT / ACCIDENT RECORD - Little Kererū Early Learning (Tauranga centre)\nChild: {{kn}}   DOB: {{dob}}   Room: Tūī\n",
        kn=(k.first + " " + par.last, PER), dob=(fmt_date(k.dob_d, pick(r, "%d/%m/%Y", "%-d %B %Y"), "en"), DOB))
    b.f("Date/time: {{t}}\nWhat happened: {{kf}} tripped over the sandpit edge chasing the centre's rabbit Hopscotch, graze on left knee. Cleaned, plaster applied.\n"
        "Staff: {{sn}}\nParent/caregiver notified: {{pn}} by phone ({{pp}}) at {{tm}}\nParent signature: ________\n",
        t=recent(r).strftime("%d/%m/%Y %H:%M"), kf=(k.first, PER), sn=(st.initial(), PER), pn=(par.full, PER), pp=(par.phone("nat"), PH), tm=f"{r.randint(10, 16)}:{r.randint(10, 59)}")
    return b


@tpl("en-GB", "viewing feedback e-mail")
def t_gb_viewing(r: random.Random) -> _B:
    ag, ll, ap = P(r, "GB"), P(r, "GB"), P(r, "GB", g="f")
    prop = address(r, "GB", r.random() < 0.5)
    b = _B()
    b.f("Dear {{t}} {{l}},\n\nRe: {{p}} (our ref LET-{{rf}})\n\n", t=pick(r, "Mr", "Mrs", "Ms", "Dr"), l=(ll.last, PER), p=(prop.one, ADDR), rf=r.randint(1000, 9999))
    b.f("We held {{n}} viewings on Saturday. The strongest applicant is {{an}}, a nurse relocating from {{frm}}, who offered {{rent}} pcm and can move in on {{mv}}. "
        "She has a small dog (Maisie). References are being run via Goodlord.\n\nPlease let me know if you're happy to proceed.\n\n", n=r.randint(3, 9),
        an=(ap.full, PER), frm=(P(r, "IE").town(), LOC), rent=money(r, "£", 800, 2400).split(".")[0], mv=fmt_date(TODAY + _dt.timedelta(days=r.randint(10, 40)), "%-d %B", "en"))
    b.f("Kind regards\n\n{{ag}}\nLettings Negotiator, Harbourkey Lets\n{{off}}\nDD {{dd}} | M {{m}}\n{{e}}\n", ag=(ag.full, PER), off=(address(r, "GB", False).one, ADDR),
        dd=(phone(r, "GB", "fixed", "nat"), PH), m=(ag.phone("nat"), PH), e=(ag.email("harbourkeylets.co.uk"), EM))
    return b


@tpl("en-US", "live chat with card payment")
def t_us_pay_chat(r: random.Random) -> _B:
    d, ag = P(r, "US"), P(r, "US")
    b = _B()
    b.f("Transcript - Debtwise Collect secure chat - {{t}}\n{{an}}: Hi, this is {{an2}}. How can I help with account {{ac}}?\n", t=ts(r, "sp"), an=(ag.first, PER),
        an2=(ag.first, PER), ac=ref(r, "DW", 8))
    b.f("{{dn}}: i want to pay the settlement offer, {{amt}}\n{{an}}: Great. Please enter the card number, expiry and CVV.\n", dn=(d.first, PER),
        amt=money(r, "$", 150, 2000), an=(ag.first, PER))
    b.f("{{dn}}: {{cc}} exp {{ex}} cvv {{cvv}}\n{{an}}: Thank you {{dfull}}. Payment approved, auth code {{au}}. A letter will go to {{a}}.\n",
        dn=(d.first, PER), cc=(card(r), CC), ex=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", cvv=r.randint(100, 999), an=(ag.first, PER),
        dfull=(d.full, PER), au=rs(r, 6, string.ascii_uppercase + string.digits), a=(d.addr().one, ADDR))
    return b


@tpl("en-AU", "support ticket with GPS and device data")
def t_au_bike_ticket(r: random.Random) -> _B:
    p = P(r, "AU")
    b = _B()
    b.f("CycloLoop | Case {{cs}} | Category: Damage claim\nMember: {{n}} ({{e}})\nBike: CL-{{bk}}  Lock IMEI: {{im}}  Firmware {{fw}}\nLast ping: {{g}} at {{t}}\n",
        cs=ref(r, "C-", 7), n=(p.full, PER), e=(p.email(), EM), bk=r.randint(1000, 9999), im=imei(r), fw=ver(r), g=gps(r), t=ts(r))
    b.f("Member says: \"left it at the Perth Station dock, someone snapped the basket. I was there with my mate {{m}}\". Claim ref {{cl}}, excess {{ex}} charged to {{mask}}.\n",
        m=(P(r, "AU").first, PER), cl=ref(r, "CLM", 6), ex=money(r, "A$", 20, 80), mask=masked_card(r))
    return b


@tpl("en-KE", "onboarding e-mail")
def t_ke_courier_onboard(r: random.Random) -> _B:
    p, hr = P(r, "KE"), P(r, "KE")
    b = _B()
    b.f("Hi {{f}},\n\nWelcome to Pikipiki Eats! Your courier ID is PE-{{id}} and your shift starts at the Westlands hub on {{d}}.\n\n",
        f=(p.first, PER), id=r.randint(10000, 99999), d=fmt_date(TODAY + _dt.timedelta(days=r.randint(1, 9)), "%-d %B", "en"))
    b.f("We have these details on file, please reply if anything is wrong:\n- Name: {{n}}\n- Born: {{dob}} in {{bt}}\n- Lives in: {{lv}}\n- Phone (M-Pesa): {{ph}}\n"
        "- Email: {{e}}\n- Temporary app password: {{pw}} (change on first login)\n\nAsante,\n{{hr}}\nCourier Ops | {{hp}}\n", n=(p.full, PER), dob=(p.dob(), DOB),
        bt=(p.town(), LOC), lv=(p.town(), LOC), ph=(p.phone("nat"), PH), e=(p.email(), EM), pw=(password(r), PW), hr=(hr.first, PER), hp=(phone(r, "KE", "mobile", "intl"), PH))
    return b


@tpl("en-US", "password reset thread")
def t_us_pw_reset(r: random.Random) -> _B:
    p, ag = P(r, "US"), P(r, "US")
    b = _B()
    b.f("From: {{e}}\nSubject: cant log in!!\n\nI tried resetting 3 times. my username is {{u}} and the password I've always used is {{pw}}, "
        "just make it work please. tried from home wifi ({{ip}}).\n\n", e=(p.email(), EM), u=f"{ascii_fold(p.first).lower()}{r.randint(1, 99)}", pw=(password(r), PW), ip=(ip_pub(r), IP))
    b.f("From: {{ae}}\n\nHi {{f}}, please never send your password by email - we've locked the account as a precaution and sent a reset link "
        "(token expires in 30 min, request {{rq}}). Our logs show the stored hash {{h}} was last changed {{d}}.\n{{an}}, Tier 2 Support\n",
        ae=("security@pedalpoint.io", EM), f=(p.first, PER), rq=uid(r), h=pw_hash(r), d=fmt_date(recent(r, 400).date(), "%m/%d/%Y", "en"), an=(ag.first, PER))
    return b


@tpl("en-IN", "application error log with stack trace")
def t_in_error_log(r: random.Random) -> _B:
    p = P(r, "IN")
    b = _B()
    b.f("{{t}} ERROR [orders-api-{{pod}}] NotificationError: SMS to {{ph}} failed (provider 429)\n", t=ts(r, "sp"), pod=rs(r, 5, "abcdef0123456789"), ph=(p.phone("e164"), PH))
    b.f("  at send (/srv/app/notify.js:{{ln}}:17)\n  at processOrder (/srv/app/orders.js:88:5)\n  request: POST https://api.sms-hub.in/v1/send?api_key={{k}}&sender=TIFFIN\n"
        "  context: {\"customer\":\"{{n}}\",\"email\":\"{{e}}\",\"order\":\"{{o}}\",\"client_ip\":\"{{ip}}\",\"lb\":\"{{lb}}\"}\n",
        ln=r.randint(10, 300), k=(rs(r, 32, "0123456789abcdef"), KEY), n=(p.full, PER), e=(p.email(), EM), o=ref(r, "TT", 9), ip=(ip_pub(r), IP), lb=ip_priv(r))
    return b


@tpl("en-ZA", "lower-case speech-to-text transcript")
def t_za_stt(r: random.Random) -> _B:
    d, ag = P(r, "ZA"), P(r, "ZA")
    b = _B()
    b.f("speaker 1: good afternoon you're speaking to {{a}} from ubuntu recoveries this call is recorded\nspeaker 2: ja hi\n", a=(ag.first.lower(), PER))
    b.f("speaker 1: am i speaking to {{dn}}\nspeaker 2: yes\nspeaker 1: please confirm your date of birth\nspeaker 2: {{dob}}\n",
        dn=(d.full.lower(), PER), dob=(fmt_date(d.dob_d, "%-d %B %Y", "en").lower(), DOB))
    b.f("speaker 1: thank you the outstanding amount on the edgars account is r{{amt}}\nspeaker 2: i moved to {{t}} i lost my job there's no way\n"
        "speaker 1: i understand can i send a payment plan to {{e}}\nspeaker 2: rather whatsapp {{ph}}\n", amt=r.randint(800, 30000),
        t=(d.town().lower(), LOC), e=(d.email(), EM), ph=(d.phone("nat"), PH))
    return b


@tpl("en-CA", "CRM note with travel")
def t_ca_crm_travel(r: random.Random) -> _B:
    p, ag = P(r, "CA"), P(r, "CA")
    t1, t2 = two_towns(r, "CA")
    b = _B()
    b.f("Contact: {{n}} | Owner: {{o}} | Stage: Renewal | Last touch {{d}}\n", n=(p.full, PER), o=(ag.initial(), PER), d=fmt_date(recent(r).date(), "%Y-%m-%d", "en"))
    b.f("Note: {{f}} is relocating from {{a}} to {{b2}} in January and wants the annual bike pass moved to the new city. Also travelling to {{c}} over the holidays. "
        "New mailing address {{ad}}. Prefers text: {{ph}}. Do not contact via old work email {{we}}.\n", f=(p.first, PER), a=(t1, LOC), b2=(t2, LOC),
        c=(pick(r, "Mexico", "Portugal", "Jamaica", "Iceland"), LOC), ad=(p.addr().one, ADDR), ph=(p.phone(), PH), we=(p.email("northpeakinsurance.ca"), EM))
    return b


@tpl("en-NG", "SMS thread")
def t_ng_sms(r: random.Random) -> _B:
    c, rd = P(r, "NG"), P(r, "NG")
    b = _B()
    b.f("ChopRun: Your order CR{{o}} from Mama Put Kitchen is on the way. Rider: {{rn}} ({{rp}}). Track: chp.run/t/{{tk}}\n", o=r.randint(10**6, 10**7),
        rn=(rd.first, PER), rp=(rd.phone("nat"), PH), tk=rs(r, 7))
    b.f("{{rn}}: Oga I don reach the gate, which house? Landmark na the blue church\nMe: {{a}}. Call {{ph}} if gate locked, gateman dey inside\n",
        rn=(rd.first, PER), a=(c.addr(False).one, ADDR), ph=(c.phone(), PH))
    return b


@tpl("en-US", "pipe-delimited batch export")
def t_us_ach_batch(r: random.Random) -> _B:
    b = _B()
    b.t("# ach_enrollments_" + recent(r).strftime("%Y%m%d") + ".psv  (exported by ops; contains NPI)\n")
    b.t("acct_id|debtor|ssn|ssn_last4|dob|bank_routing|bank_account|backup_card|card_exp|phone|plan_amt\n")
    for _ in range(r.randint(2, 4)):
        p = P(r, "US")
        b.f("{{id}}|{{n}}|{{s}}|{{l4}}|{{dob}}|{{rt}}|{{ac}}|{{cc}}|{{ex}}|{{ph}}|{{amt}}\n", id=ref(r, "DW", 8), n=(f"{p.last.upper()}, {p.first.upper()}", PER),
            s=(ssn(r, pick(r, "dash", "plain")), SSN), l4=f"***-**-{r.randint(1, 9999):04d}", dob=(p.dob(pick(r, 0, 3)), DOB), rt=routing(r), ac=(us_account(r), BANK),
            cc=(card(r, "plain"), CC) if r.random() < 0.6 else masked_card(r), ex=f"{r.randint(1, 12):02d}{r.randint(27, 31)}", ph=(p.phone("compact"), PH), amt=money(r, "", 25, 400))
    return b


# ---- other languages -----------------------------------------------------------
@tpl("is", "e-mail with signature")
def t_is_dental_email(r: random.Random) -> _B:
    p, st = P(r, "IS"), P(r, "IS")
    a, prac = p.addr(), address(r, "IS", False)
    b = _B()
    b.f("Sæl/l,\n\nÉg heiti {{n}} og á bókaðan tíma hjá ykkur {{d}} (bókunarnúmer {{bk}}). Ég er nýflutt/ur (fyrri búseta: {{fr}}) og nýja heimilisfangið er {{a}}. "
        "Fæðingardagur: {{dob}}. Síminn minn er {{ph}}.\n\nKveðja,\n{{f}}\n\n",
        n=(p.full, PER), d=fmt_date(TODAY + _dt.timedelta(days=r.randint(2, 30)), "%-d. %B", "is"), bk=ref(r, "TB-", 6), fr=(p.town(), LOC), a=(a.one, ADDR),
        dob=(p.dob(), DOB), ph=(p.phone(), PH), f=(p.first, PER))
    b.f("> Svar frá {{sn}}, Tannlæknastofan Brosið\n> {{pa}}\n> Sími {{pp}} | {{pe}}\n", sn=(st.first, PER), pa=(prac.one, ADDR), pp=(phone(r, "IS", "fixed", "nat"), PH),
        pe=("mottaka@brosid-tann.is", EM))
    return b


@tpl("is", "SMS thread")
def t_is_sms(r: random.Random) -> _B:
    p, q = P(r, "IS"), P(r, "IS")
    b = _B()
    b.f("{{qn}} ({{qp}}):\nHæ {{pf}}, ertu búin/n að borga reikninginn frá Hjólaleigunni? Þeir sendu mér kröfu upp á {{amt}} kr.\n\n", qn=(q.first, PER), qp=(q.phone("nat"), PH),
        pf=(p.first, PER), amt=f"{r.randint(2, 40)}.{r.randint(100, 999)}")
    b.f("Ég ({{pp}}):\nNei, ég er úti á landi ({{t}}) fram á mánudag. Sendu á {{e}}, lykilorðið að heimabankanum er ekki málið 😅 Kóðinn sem kom er {{otp}}\n",
        pp=(p.phone("intl"), PH), t=(p.town(), LOC), e=(p.email(), EM), otp=otp(r))
    return b


@tpl("et", "support ticket")
def t_et_ticket(r: random.Random) -> _B:
    p, ag = P(r, "EE"), P(r, "EE")
    b = _B()
    b.f("Pilet #{{tk}} | Olek: avatud | Kanal: e-post\nSaatja: {{n}} <{{e}}>\nTeema: Arve vale aadressiga\n\n", tk=r.randint(10000, 99999), n=(p.full, PER), e=(p.email(), EM))
    b.f("Tere!\nMinu viimane arve (nr {{inv}}, summa {{amt}} €) saadeti vanale aadressile. Õige aadress on {{a}}. Palun parandage ka telefon: {{ph}}.\n"
        "Lugupidamisega\n{{f}}\n\n", inv=ref(r, "", 8), amt=f"{r.randint(10, 300)},{r.randint(0, 99):02d}", a=(p.addr().one, ADDR), ph=(p.phone(), PH), f=(p.first, PER))
    b.f("Sisemärkus ({{ag}}): klient kinnitas sünnikuupäeva {{dob}}, aadress muudetud. Kaart {{m}}. Tartu kontor teavitatud.\n", ag=(ag.initial(), PER),
        dob=(p.dob(), DOB), m=masked_card(r))
    return b


@tpl("et", "spreadsheet rows")
def t_et_sheet(r: random.Random) -> _B:
    b = _B()
    b.t("Eesnimi;Perekonnanimi;Telefon;E-post;Linn;Viimane sõit;Summa\n")
    for _ in range(r.randint(3, 5)):
        p = P(r, "EE")
        b.f("{{f}};{{l}};{{ph}};{{e}};{{c}};{{d}};{{amt}}\n", f=(p.first, PER), l=(p.last, PER), ph=(p.phone(pick(r, "nat", "intl")), PH), e=(p.email(), EM),
            c=(p.town(), LOC), d=recent(r).strftime("%d.%m.%Y %H:%M"), amt=f"{r.randint(0, 30)},{r.randint(0, 99):02d}")
    return b


@tpl("lt", "CRM call note")
def t_lt_crm(r: random.Random) -> _B:
    p, ag = P(r, "LT"), P(r, "LT")
    b = _B()
    b.f("Skambučio pastaba {{t}} | Agentas: {{ag}} | Byla {{by}}\n", t=ts(r, "sp"), ag=(ag.full, PER), by=ref(r, "SK-", 7))
    b.f("Skambino {{n}}, gim. {{dob}}, tel. {{ph}}. Gyvenamoji vieta: {{c}}, bet dabar dirba Norvegijoje. Skola {{amt}} EUR, sutarta mokėti dalimis, "
        "pirmoji įmoka {{d}}. Laiškus siųsti adresu {{a}}, el. paštas {{e}}.\n", n=(p.full, PER), dob=(p.dob(), DOB), ph=(p.phone(), PH), c=(p.town(), LOC),
        amt=f"{r.randint(100, 5000)},{r.randint(0, 99):02d}", d=fmt_date(TODAY + _dt.timedelta(days=r.randint(3, 20)), "%Y-%m-%d", "lt"), a=(p.addr().one, ADDR), e=(p.email(), EM))
    return b


@tpl("sl", "key: value form dump")
def t_sl_form(r: random.Random) -> _B:
    k, m = P(r, "SI", child=True), P(r, "SI", g="f")
    a = m.addr()
    b = _B()
    b.f("VPIS V VRTEC Mavrica - obrazec {{id}}\nIme otroka: {{kf}}\nPriimek otroka: {{kl}}\nDatum rojstva: {{dob}}\nKraj rojstva: {{kr}}\n",
        id=uid(r)[:8], kf=(k.first, PER), kl=(m.last, PER), dob=(k.dob(), DOB), kr=(k.town(), LOC))
    b.f("Mati: {{mn}}\nNaslov: {{a}}\nTelefon: {{ph}}\nE-pošta: {{e}}\nAlergije: {{al}}\nZaželena enota: Vrtec Mavrica, enota Bežigrad\nDatum vpisa: {{d}}\n",
        mn=(m.full, PER), a=(a.one, ADDR), ph=(m.phone(), PH), e=(m.email(), EM), al=pick(r, "ni", "oreščki", "laktoza"), d=recent(r).strftime("%-d. %-m. %Y"))
    return b


@tpl("tr", "WhatsApp chat export")
def t_tr_whatsapp(r: random.Random) -> _B:
    c, k = P(r, "TR"), P(r, "TR", g="m")
    b = _B()
    d = recent(r, 5)
    day = d.strftime("%d.%m.%Y")
    b.t(f"{day} {d.strftime('%H:%M')} - ").p(k.first, PER).f(": Merhaba {{cf}} Hanım, siparişiniz (Lezzet Durağı, #{{o}}) yolda. Apartman kapısı kapalı, kapı kodu var mı?\n",
                                                            cf=(c.first, PER), o=r.randint(100000, 999999))
    b.t(f"{day} {d.strftime('%H')}:{(d.minute + 1) % 60:02d} - ").p(c.full, PER).f(": Kod {{kod}}. Adres {{a}}, zili çalmayın bebek uyuyor 🙏\n",
                                                                                     kod=f"{r.randint(1000, 9999)}*", a=(c.addr(True).one, ADDR))
    b.t(f"{day} {d.strftime('%H')}:{(d.minute + 4) % 60:02d} - ").p(k.first, PER).f(": Kapıdayım, ulaşamazsam {{ph}} numarasından arayacağım\n", ph=(k.phone("nat"), PH))
    return b


@tpl("tr", "key=value application log")
def t_tr_log(r: random.Random) -> _B:
    b = _B()
    for _ in range(r.randint(2, 4)):
        p = P(r, "TR")
        b.f("{{t}} INFO kurye-api kayit_olustu ad_soyad=\"{{n}}\" dogum_tarihi={{dob}} tel={{ph}} eposta={{e}} ip={{ip}} sube=Kadıköy surum={{v}}\n",
            t=ts(r), n=(p.full, PER), dob=(p.dob(0), DOB), ph=(p.phone("e164"), PH), e=(p.email(), EM), ip=(ip_pub(r), IP), v=ver(r))
    b.f("{{t}} WARN kurye-api db_yavaş host={{h}} sorgu_ms={{ms}} istek_id={{id}}\n", t=ts(r), h=ip_priv(r), ms=r.randint(800, 9000), id=uid(r))
    return b


@tpl("ro", "e-mail with quoted reply")
def t_ro_debt_email(r: random.Random) -> _B:
    d, ag = P(r, "RO"), P(r, "RO")
    a = d.addr()
    b = _B()
    b.f("Bună ziua {{t}} {{l}},\n\nVă confirmăm primirea plății de {{amt}} lei pentru dosarul {{ds}}. Soldul rămas este de {{sold}} lei. "
        "Următoarea rată este scadentă pe {{sc}}.\n\nCu stimă,\n{{an}}\nRecuperări Carpatica SRL\n{{ap}} | {{ae}}\n\n", t=pick(r, "dle", "dna"), l=(d.last, PER),
        amt=r.randint(100, 2000), ds=ref(r, "RC/", 6), sold=r.randint(100, 9000), sc=fmt_date(TODAY + _dt.timedelta(days=30), "%d.%m.%Y", "ro"),
        an=(ag.full, PER), ap=(phone(r, "RO", "fixed", "nat"), PH), ae=("contact@carpatica-recuperari.ro", EM))
    b.f("În {{dt}}, {{dn}} <{{de}}> a scris:\n> Am plătit azi prin transfer. Vă rog trimiteți chitanța la adresa:\n", dt=recent(r).strftime("%d.%m.%Y %H:%M"),
        dn=(d.full, PER), de=(d.email(), EM))
    quoted_addr(b, a)
    b.f("> Telefon {{ph}}. Mulțumesc, {{f}}\n", ph=(d.phone(), PH), f=(d.first, PER))
    return b


@tpl("ro", "SMS reminder (no PII)")
def t_ro_nopii(r: random.Random) -> _B:
    b = _B()
    b.f("BiciOraș: Abonamentul tău expiră pe {{d}}. Reînnoiește în aplicație (v{{v}}) și primești 10% reducere cu codul IARNA{{y}}. "
        "Stația Piața Unirii este închisă pentru lucrări până pe {{d2}}. Cod confirmare {{otp}}. Dezabonare: STOP la 1848.\n",
        d=fmt_date(TODAY + _dt.timedelta(days=r.randint(3, 40)), "%d.%m.%Y", "ro"), v=ver(r), y=r.randint(24, 27),
        d2=fmt_date(TODAY + _dt.timedelta(days=r.randint(3, 40)), "%-d %B", "ro"), otp=otp(r))
    return b


@tpl("ca", "e-mail from a letting agency")
def t_ca_letting(r: random.Random) -> _B:
    ll, ag = P(r, "CAT"), P(r, "CAT")
    pis = address(r, "CAT", True)
    b = _B()
    b.f("Benvolgut/da {{n}},\n\nLi confirmem que el nou llogater del pis de {{p}} entra el dia {{d}}. La fiança ({{amt}} €) s'ha dipositat a l'INCASÒL. "
        "Transferirem la renda mensual al compte {{ib}} a partir del mes vinent.\n\n", n=(ll.full, PER), p=(pis.one, ADDR),
        d=fmt_date(TODAY + _dt.timedelta(days=r.randint(3, 30)), "%-d de %B", "ca").replace("de a", "d'a").replace("de o", "d'o"), amt=r.randint(800, 2400),
        ib=(iban(r, "ES"), IBAN))
    b.f("Per a qualsevol dubte, truqui'm al {{ph}}.\n\nCordialment,\n{{an}}\nFinques Roca & Vidal (oficina de Gràcia)\n{{oa}}\n{{oe}}\n",
        ph=(ag.phone("nat"), PH), an=(ag.full, PER), oa=(address(r, "CAT", False).one, ADDR), oe=(ag.email("fincasrocavidal.cat"), EM))
    return b


@tpl("ca", "Telegram-style chat")
def t_ca_chat(r: random.Random) -> _B:
    a, c = P(r, "CAT"), P(r, "CAT", g="f")
    b = _B()
    tick = clock(r)
    b.f("{{a}}, [{{t}}]\nHola! Demà porto el nen a la llar d'infants però {{c}} el recollirà a les 5. Ja li he donat la clau de casa\n\n",
        a=(a.first, PER), t=tick().strftime("%d.%m.%y %H:%M"), c=(c.first, PER))
    b.f("Llar d'infants Cargol Treballador, [{{t}}]\nD'acord! Ens pots passar el seu mòbil? I la data de naixement del petit per a la fitxa?\n\n", t=tick().strftime("%d.%m.%y %H:%M"))
    b.f("{{a}}, [{{t}}]\n{{ph}}. El {{k}} va néixer el {{dob}}, a {{lb}}\n", a=(a.first, PER), t=tick().strftime("%d.%m.%y %H:%M"), ph=(c.phone(), PH),
        k=(P(r, "CAT", child=True, g="m").first, PER), dob=(fmt_date(rdate(r, 2022, 2025), pick(r, "%d/%m/%Y", "%-d de %B de %Y"), "ca").replace("de a", "d'a").replace("de o", "d'o"), DOB),
        lb=(pick(r, "Girona", "Lleida", "Vic", "Reus"), LOC))
    return b


@tpl("eu", "SMS / short ticket")
def t_eu_sms(r: random.Random) -> _B:
    p = P(r, "EUS")
    b = _B()
    b.f("BizikLeta Bilbo: Kaixo {{f}}! Zure {{ab}} abonamentua aktibatu da. Erabiltzailea: {{e}}. Behin-behineko pasahitza: {{pw}}. Aldatu lehenbailehen.\n",
        f=(p.first, PER), ab=pick(r, "urteko", "hileko"), e=(p.email(), EM), pw=(password(r), PW))
    b.f("{{ph}}: Eskerrik asko. Helbidea aldatu dut: {{a}}. Jaiotze data {{dob}}. Bihar bidaian nago, helmuga: {{t}}. Han ere erabil dezaket?\n",
        ph=(p.phone(), PH), a=(p.addr().one, ADDR), dob=(p.dob(), DOB), t=(pick(r, "Donostia", "Gasteiz", "Baiona", "Iruñea"), LOC))
    return b


@tpl("af", "CRM note")
def t_af_crm(r: random.Random) -> _B:
    p, ag = P(r, "AF"), P(r, "AF")
    b = _B()
    b.f("KLIËNTNOTA {{d}} - {{ag}}\nKliënt: {{n}} (geb. {{dob}})\nSel: {{ph}} | E-pos: {{e}}\n", d=recent(r).strftime("%Y/%m/%d"), ag=(ag.initial(), PER),
        n=(f"{p.last.upper()}, {p.first}", PER), dob=(p.dob(0), DOB), ph=(p.phone(), PH), e=(p.email(), EM))
    b.f("{{f}} het gebel oor die tandartsrekening (faktuur {{inv}}, R{{amt}}). Sy/hy verhuis volgende maand van {{a}} na {{b2}} en wil die rekening "
        "na die nuwe adres stuur: {{ad}}. Kaart op lêer {{m}}. Die Paarl-tak sal die lêer oorplaas.\n", f=(p.first, PER), inv=ref(r, "F", 6), amt=r.randint(300, 9000),
        a=(two_towns(r, "AF")[0], LOC), b2=(two_towns(r, "AF")[1], LOC), ad=(p.addr().one, ADDR), m=masked_card(r))
    return b


@tpl("af", "WhatsApp chat export")
def t_af_whatsapp(r: random.Random) -> _B:
    m, j = P(r, "AF", g="f"), P(r, "AF", g="m")
    b = _B()
    d = recent(r, 5)
    pre = d.strftime("%Y/%m/%d, ")
    b.t(pre + d.strftime("%H:%M") + " - ").p(m.first, PER).t(": Het jy die huurkontrak vir die woonstel in ").p(address(r, "AF", False).one, ADDR).t(" geteken?\n")
    b.t(pre + d.strftime("%H:%M") + " - ").p(j.first, PER).f(": Ja, die agent {{ag}} sê die deposito moet voor Vrydag in. Hier is my nuwe nommer {{ph}}\n",
                                                          ag=(P(r, "AF").full, PER), ph=(j.phone(), PH))
    b.t(pre + d.strftime("%H:%M") + " - ").p(m.first, PER).t(": Lekker! Vergeet nie ons vat vir Rosie (die hond) saam nie 🐶\n")
    return b


@tpl("cy", "nursery e-mail")
def t_cy_nursery(r: random.Random) -> _B:
    par, k, st = P(r, "CY"), P(r, "CY", child=True), P(r, "CY")
    b = _B()
    b.f("Annwyl {{pf}},\n\nDiolch am gofrestru {{kf}} gyda Meithrinfa Cywion Bach. Dyma'r manylion sydd gennym:\nEnw'r plentyn: {{kn}}\nDyddiad geni: {{dob}}\n"
        "Cyfeiriad: {{a}}\nRhif ffôn: {{ph}}\n\nMae'r ffioedd ({{amt}} y mis) yn cael eu casglu o'r cyfrif {{ib}}.\n\n", pf=(par.first, PER), kf=(k.first, PER),
        kn=(f"{k.first} {par.last}", PER), dob=(fmt_date(k.dob_d, pick(r, "%-d %B %Y", "%d/%m/%Y"), "cy"), DOB), a=(par.addr().one, ADDR), ph=(par.phone(), PH),
        amt=money(r, "£", 300, 900), ib=(iban(r, "GB"), IBAN))
    b.f("Cofion cynnes,\n{{sn}}\nRheolwr, Meithrinfa Cywion Bach (safle Aberystwyth)\n{{sp}} | {{se}}\n", sn=(st.full, PER), sp=(phone(r, "GB", "fixed", "nat"), PH),
        se=("post@cywionbach.cymru", EM))
    return b


@tpl("sw", "SMS thread")
def t_sw_sms(r: random.Random) -> _B:
    c, rd = P(r, "SW"), P(r, "SW", g="m")
    b = _B()
    b.f("ChakulaHaraka: Habari {{f}}, oda yako #{{o}} kutoka Mama Oliech Restaurant iko njiani. Msafirishaji: {{rn}}, simu {{rp}}.\n", f=(c.first, PER), o=r.randint(10**5, 10**6),
        rn=(rd.first, PER), rp=(rd.phone("nat"), PH))
    b.f("{{rn}}: Nimefika getini. Nyumba ipi?\nMimi: {{a}}. Piga {{ph}}. Msimbo wa lango ni {{g}}\n{{rn}}: Sawa, asante. Kesho nasafiri kwenda {{t}}\n",
        rn=(rd.first, PER), a=(c.addr().one, ADDR), ph=(c.phone(), PH), g=f"{r.randint(1000, 9999)}", t=(rd.town(), LOC))
    return b


@tpl("tl", "live chat (Taglish)")
def t_tl_chat(r: random.Random) -> _B:
    c, ag = P(r, "TL"), P(r, "TL")
    b = _B()
    tick = clock(r)
    b.f("[{{t}}] {{cf}}: Hello po, na-charge ako ng dalawang beses sa PadyakPH ride ko kahapon, ride ID {{rid}}\n", t=tick().strftime("%m/%d/%Y %I:%M %p"),
        cf=(c.first, PER), rid=ref(r, "PP", 8))
    b.f("[{{t}}] {{an}} (Agent): Hi {{cf}}! Pa-confirm po ng registered mobile number at birthday ninyo.\n", t=tick().strftime("%m/%d/%Y %I:%M %p"), an=(ag.first, PER),
        cf=(c.first, PER))
    b.f("[{{t}}] {{cf}}: {{ph}} po, birthday ko {{dob}}. Nakatira ako sa {{a}}\n", t=tick().strftime("%m/%d/%Y %I:%M %p"), cf=(c.first, PER), ph=(c.phone(), PH),
        dob=(c.dob(), DOB), a=(c.addr().one, ADDR))
    b.f("[{{t}}] {{an}} (Agent): Salamat po! Na-refund na ang ₱{{amt}} sa GCash. Ref no. {{rf}}\n", t=tick().strftime("%m/%d/%Y %I:%M %p"), an=(ag.first, PER),
        amt=r.randint(20, 300), rf=r.randint(10**12, 10**13))
    return b


@tpl("vi", "support ticket")
def t_vi_ticket(r: random.Random) -> _B:
    p, ag = P(r, "VN"), P(r, "VN")
    b = _B()
    b.f("Phiếu hỗ trợ #{{tk}} - Giao Nhanh Food\nKhách hàng: {{n}}\nSĐT: {{ph}}\nEmail: {{e}}\n\n", tk=r.randint(10**5, 10**6), n=(p.full, PER), ph=(p.phone(), PH), e=(p.email(), EM))
    b.f("Nội dung: Chào shop, đơn {{o}} giao sai địa chỉ. Địa chỉ đúng của tôi là {{a}}. Tôi sinh ngày {{dob}} nếu cần xác minh. Tuần sau tôi về {{q}} nên cần nhận hàng trước thứ Sáu.\n\n"
        "Ghi chú nội bộ ({{ag}}): đã hoàn {{amt}}đ vào thẻ {{m}}. Chi nhánh Cầu Giấy xử lý.\n", o=ref(r, "GN", 9), a=(p.addr().one, ADDR), dob=(p.dob(), DOB),
        q=(pick(r, "Huế", "Nha Trang", "Vinh", "Quy Nhơn"), LOC), ag=(ag.first, PER), amt=f"{r.randint(20, 900)}.000", m=masked_card(r))
    return b


@tpl("sq", "key=value form dump")
def t_sq_form(r: random.Random) -> _B:
    p = P(r, "SQ")
    b = _B()
    b.f("forma=regjistrim_klienti&emri={{f}}&mbiemri={{l}}&datelindja={{dob}}&vendlindja={{vl}}&adresa={{a}}&tel={{ph}}&email={{e}}&fjalekalimi={{pw}}&"
        "pajisja=Android%20{{v}}&sesioni={{s}}\n", f=(p.first, PER), l=(p.last, PER), dob=(p.dob(0), DOB), vl=(p.town(), LOC), a=(p.addr().one, ADDR),
        ph=(p.phone("compact"), PH), e=(p.email(), EM), pw=(password(r), PW), v=ver(r), s=rs(r, 26))
    return b


@tpl("de", "Teams chat at a dental practice")
def t_de_teams(r: random.Random) -> _B:
    a, b2, pt = P(r, "DE"), P(r, "DE"), P(r, "DE")
    b = _B()
    tick = clock(r)
    b.f("{{an}} {{t}}\nKannst du bitte bei {{pt}} ({{ttl}} {{pl}}) zurückrufen? Sie will den Termin am {{d}} verschieben. Nummer: {{ph}}\n",
        an=(f"{a.last}, {a.first}", PER), t=tick().strftime("%H:%M"), pt=(pt.full, PER), ttl="Frau" if pt.g == "f" else "Herr", pl=(pt.last, PER),
        d=fmt_date(TODAY + _dt.timedelta(days=r.randint(2, 20)), "%d.%m.", "de"), ph=(pt.phone(), PH))
    b.f("{{bn}} {{t}}\nMach ich. Geb.-Datum {{dob}}, oder? Sie hat auch eine neue Bankverbindung geschickt: {{ib}}, BIC {{bic}}\n",
        bn=(f"{b2.last}, {b2.first}", PER), t=tick().strftime("%H:%M"), dob=(pt.dob(0), DOB), ib=(iban(r, "DE"), IBAN), bic=bic(r))
    b.f("{{an}} {{t}}\nJa. Neue Adresse auch ins System: {{ad}}. Die Filiale Freiburg hat die Akte.\n", an=(f"{a.last}, {a.first}", PER), t=tick().strftime("%H:%M"), ad=(pt.addr().one, ADDR))
    return b


@tpl("nl", "rental application e-mail")
def t_nl_rental(r: random.Random) -> _B:
    p, mk = P(r, "NL"), P(r, "NL")
    b = _B()
    b.f("Onderwerp: Reactie woning {{w}}\n\nBeste {{m}},\n\nGraag reageer ik op de woning aan de {{w}}. Hierbij mijn gegevens:\n\nNaam: {{n}}\nGeboortedatum: {{dob}}\n"
        "Huidig adres: {{a}}\nTelefoon: {{ph}}\nIBAN (voor de borg): {{ib}}\nBruto inkomen: € {{ink}} p/m\n\nIk woon nu in {{s}} maar ga in {{s2}} werken. Mijn kat Pip is zindelijk.\n\n"
        "Met vriendelijke groet,\n{{f}}\n", w=(address(r, "NL", r.random() < 0.4).one, ADDR), m=(mk.first, PER), n=(p.full, PER), dob=(p.dob(), DOB), a=(p.addr().one, ADDR),
        ph=(p.phone(), PH), ib=(iban(r, "NL"), IBAN), ink=f"{r.randint(2, 7)}.{r.randint(100, 999)}", s=(two_towns(r, "NL")[0], LOC), s2=(two_towns(r, "NL")[1], LOC), f=(p.first, PER))
    return b


@tpl("pt", "debt-collection letter")
def t_pt_debt(r: random.Random) -> _B:
    d, ag = P(r, "PT"), P(r, "PT")
    b = _B()
    b.f("Exmo(a). Sr(a). {{n}}\n{{a}}\n\nAssunto: Processo n.º {{pr}} - valor em dívida {{amt}} €\n\n", n=(d.full, PER), a=("\n".join(d.addr().lines), ADDR),
        pr=ref(r, "", 7) + "/" + str(r.randint(24, 26)), amt=f"{r.randint(100, 9000)},{r.randint(0, 99):02d}")
    b.f("Na sequência do nosso contacto telefónico de {{d}} para o número {{ph}}, informamos que o pagamento pode ser efetuado por transferência para o IBAN {{ib}} "
        "(BIC {{bic}}) ou por referência Multibanco (Entidade {{en}}, Ref. {{rm}}).\n\nCom os melhores cumprimentos,\n{{ag}}\nCobranças Atlântico, Lda. - {{ap}}\n",
        d=recent(r).strftime("%d/%m/%Y"), ph=(d.phone(), PH), ib=(iban(r, "PT"), IBAN), bic=bic(r), en=r.randint(10000, 99999), rm=f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        ag=(ag.full, PER), ap=(phone(r, "PT", "fixed", "nat"), PH))
    return b


@tpl("pl", "JSON courier application")
def t_pl_json(r: random.Random) -> _B:
    p = P(r, "PL")
    b = _B()
    b.f('{"zgloszenie_id": "{{id}}", "imie": "{{f}}", "nazwisko": "{{l}}", "data_urodzenia": "{{dob}}", "miejsce_urodzenia": "{{mu}}", "telefon": "{{ph}}", '
        '"email": "{{e}}", "adres": "{{a}}", "konto": "{{ib}}", "pojazd": "rower", "strefa": "Kraków-Kazimierz", "wersja_aplikacji": "{{v}}", "utworzono": "{{t}}"}\n',
        id=uid(r), f=(p.first, PER), l=(p.last, PER), dob=(p.dob(0), DOB), mu=(p.town(), LOC), ph=(p.phone(), PH), e=(p.email(), EM), a=(p.addr().one, ADDR),
        ib=(iban(r, "PL"), IBAN), v=ver(r), t=ts(r))
    return b


@tpl("gl", "e-mail to a letting agency with quoted reply")
def t_gl_letting(r: random.Random) -> _B:
    t, ag = P(r, "GL"), P(r, "GL")
    a = t.addr()
    b = _B()
    b.f("Asunto: Re: Visita ao piso de {{p}}\n\nBoas tardes, {{af}}:\n\nGustaríame confirmar a visita do xoves. Achego os meus datos para o contrato:\n"
        "Nome: {{n}}\nData de nacemento: {{dob}}\nTeléfono: {{ph}}\nConta para a fianza: {{ib}}\n\nAgora vivo en {{vt}}, pero traballarei en {{wt}} a partir de xaneiro.\n\n"
        "Un saúdo,\n{{f}}\n\n", p=(address(r, "GL", True).one, ADDR), af=(ag.first, PER), n=(t.full, PER), dob=(t.dob(), DOB), ph=(t.phone(), PH), ib=(iban(r, "ES"), IBAN),
        vt=(two_towns(r, "GL")[0], LOC), wt=(two_towns(r, "GL")[1], LOC), f=(t.first, PER))
    b.f("O {{d}}, Inmobiliaria Rosalía de Castro <{{ae}}> escribiu:\n> Bo día. Para preparar o contrato necesitamos o enderezo actual:\n", d=recent(r).strftime("%d/%m/%Y"),
        ae=("alugueres@inmorosalia.gal", EM))
    b.t("> ")
    b.p(a.lines[0], ADDR).t("\n> ").p(a.lines[1], ADDR).t(" (se é o correcto)\n")
    b.f("> Referencia da visita: {{rf}}. Oficina de Vigo-Centro.\n", rf=ref(r, "VIS-", 5))
    return b


@tpl("mt", "SMS thread")
def t_mt_sms(r: random.Random) -> _B:
    c, rd = P(r, "MT"), P(r, "MT", g="m")
    b = _B()
    b.f("IklaMalajr: Bongu {{f}}! L-ordni tiegħek #{{o}} minn Ta' Marija Restaurant fi triqtu. Ir-rider huwa {{rn}} ({{rp}}).\n", f=(c.first, PER), o=r.randint(10**5, 10**6),
        rn=(rd.first, PER), rp=(rd.phone(pick(r, "nat", "intl")), PH))
    b.f("{{rn}}: Wasalt. Liema bieb?\nJien: {{a}}. Ċempel {{ph}} jekk ma ssibx. Il-kelb jismu Rocky, ma jigdimx 😅\n{{rn}}: Ok grazzi. Ħallast bil-karta {{m}}.\n",
        rn=(rd.first, PER), a=(c.addr().one, ADDR), ph=(c.phone(), PH), m=masked_card(r))
    return b


# --------------------------------------------------------------------------- structured tables
_PLACE = ("N/A", "-", "unknown", "n/a", "")


def _col(r: random.Random, rows: int, name: str, ent: str | None, fn: Callable[[int], str], blank: float = 0.0, ph: float = 0.0) -> Column:
    vals: list[str | None] = []
    for i in range(rows):
        x = r.random()
        if x < blank:
            vals.append(None)
        elif x < blank + ph:
            vals.append(r.choice(_PLACE[:4]))
        else:
            vals.append(fn(i))
    return Column(name, ent, vals)


def _people(r: random.Random, rows: int, ck: str, child: bool = False) -> list[P]:
    return [P(r, ck, child=child) for _ in range(rows)]


def _yn(r: random.Random, a: str = "Y", b: str = "N") -> Callable[[int], str]:
    return lambda i: r.choice([a, a, b])


def _d(r: random.Random, pat: str, y0: int = 2019, y1: int = 2026, lang: str = "en") -> Callable[[int], str]:
    return lambda i: fmt_date(rdate(r, y0, y1), pat, lang)


def tb_dental_patients(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "GB")
    ad = [p.addr() for p in ps]
    return [
        _col(r, n, "patient_id", None, lambda i: ref(r, "SW", 7)),
        _col(r, n, "patient_first", PER, lambda i: ps[i].first),
        _col(r, n, "patient_surname", PER, lambda i: ps[i].last, 0.02),
        _col(r, n, "dob", DOB, lambda i: ps[i].dob(0), 0.05),
        _col(r, n, "dob_verified", None, _yn(r)),
        _col(r, n, "tel", PH, lambda i: ps[i].phone(pick(r, "nat", "nat", "compact")), 0.15, 0.03),
        _col(r, n, "phone_type", None, lambda i: pick(r, "mobile", "landline", "work")),
        _col(r, n, "email", EM, lambda i: ps[i].email(), 0.2),
        _col(r, n, "email_verified", None, lambda i: pick(r, "true", "false")),
        _col(r, n, "addr1", ADDR, lambda i: ad[i].street, 0.04),
        _col(r, n, "town", LOC, lambda i: ad[i].town, 0.04),
        _col(r, n, "address_type", None, lambda i: pick(r, "home", "correspondence", "billing")),
        _col(r, n, "practice_branch", None, lambda i: pick(r, "Leeds", "York", "Harrogate", "Wakefield")),
        _col(r, n, "nhs_band", None, lambda i: pick(r, "Band 1", "Band 2", "Band 3", "Private")),
        _col(r, n, "last_visit", None, _d(r, "%d/%m/%Y", 2023, 2026), 0.1),
        _col(r, n, "next_recall", None, _d(r, "%d/%m/%Y", 2026, 2027), 0.3),
        _col(r, n, "balance_gbp", None, lambda i: f"{r.randint(0, 900)}.{r.randint(0, 99):02d}"),
        _col(r, n, "card_last4", None, lambda i: f"{r.randint(0, 9999):04d}", 0.4),
        _col(r, n, "xray_sha256", None, lambda i: rs(r, 64, "0123456789abcdef"), 0.3),
        _col(r, n, "consent_form_version", None, lambda i: "v" + ver(r)),
    ]


def tb_dental_appointments(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "IE")
    docs = [P(r, "IE") for _ in range(6)]
    return [
        _col(r, n, "appointmentId", None, lambda i: uid(r)),
        _col(r, n, "PatientName", PER, lambda i: ps[i].full if r.random() < 0.7 else f"{ps[i].last}, {ps[i].first}"),
        _col(r, n, "Clinician", PER, lambda i: r.choice(docs).full),
        _col(r, n, "startTime", None, lambda i: ts(r, "sp")),
        _col(r, n, "durationMin", None, lambda i: str(r.choice([15, 20, 30, 45, 60]))),
        _col(r, n, "chair", None, lambda i: f"Surgery {r.randint(1, 5)}"),
        _col(r, n, "treatmentCode", None, lambda i: pick(r, "SCALE-01", "FILL-AM2", "XRAY-BW", "CHK-A", "RCT-M3")),
        _col(r, n, "feeEur", None, lambda i: f"{r.randint(40, 650)}.00"),
        _col(r, n, "paid", None, lambda i: pick(r, "true", "false")),
        _col(r, n, "paymentCardNumber", CC, lambda i: card(r), 0.45),
        _col(r, n, "cardExpiry", None, lambda i: f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", 0.45),
        _col(r, n, "authCode", None, lambda i: rs(r, 6, string.ascii_uppercase + string.digits), 0.45),
        _col(r, n, "reminderSmsTo", PH, lambda i: ps[i].phone("intl"), 0.1),
        _col(r, n, "reminderStatus", None, lambda i: pick(r, "delivered", "failed", "queued")),
        _col(r, n, "bookingRef", None, lambda i: ref(r, "SC", 6)),
        _col(r, n, "clinicTown", None, lambda i: pick(r, "Galway", "Athlone", "Sligo")),
        _col(r, n, "bookedFromIp", IP, lambda i: ip_pub(r), 0.5),
        _col(r, n, "userAgent", None, lambda i: f"SmileCareApp/{ver(r)} (iOS {r.randint(15, 18)}.{r.randint(0, 6)})", 0.5),
    ]


def tb_nursery_children(r: random.Random, n: int) -> list[Column]:
    ks = _people(r, n, "NZ", child=True)
    pa = _people(r, n, "NZ")
    p2 = _people(r, n, "NZ")
    ad = [p.addr() for p in pa]
    return [
        _col(r, n, "Enrolment ID", None, lambda i: ref(r, "KS-", 5)),
        _col(r, n, "Child First Name", PER, lambda i: ks[i].first),
        _col(r, n, "Child Last Name", PER, lambda i: pa[i].last),
        _col(r, n, "Date of Birth", DOB, lambda i: fmt_date(ks[i].dob_d, "%d/%m/%Y", "en")),
        _col(r, n, "Room", None, lambda i: pick(r, "Pīwakawaka", "Tūī", "Kererū", "Kea")),
        _col(r, n, "Allergies", None, lambda i: pick(r, "none", "nuts", "dairy", "egg"), 0.3),
        _col(r, n, "Primary Caregiver", PER, lambda i: pa[i].full),
        _col(r, n, "Caregiver Mobile", PH, lambda i: pa[i].phone("nat")),
        _col(r, n, "Caregiver Email", EM, lambda i: pa[i].email(), 0.05),
        _col(r, n, "Second Caregiver", PER, lambda i: p2[i].full, 0.35),
        _col(r, n, "Second Caregiver Phone", PH, lambda i: p2[i].phone(), 0.4),
        _col(r, n, "Home Address", ADDR, lambda i: "\n".join(ad[i].lines) if r.random() < 0.3 else ad[i].one, 0.02),
        _col(r, n, "Suburb Of Centre", None, lambda i: pick(r, "Hamilton East", "Frankton", "Chartwell")),
        _col(r, n, "Pet Name", None, lambda i: pick(r, "Rex", "Mittens", "Kiwi", "Bella", "Milo"), 0.5),
        _col(r, n, "Weekly Fee", None, lambda i: f"NZ${r.randint(150, 480)}"),
        _col(r, n, "20 Hours ECE", None, _yn(r, "Yes", "No")),
        _col(r, n, "Immunisation Status", None, lambda i: pick(r, "complete", "partial", "declined")),
        _col(r, n, "Photo Consent", None, _yn(r, "Yes", "No")),
        _col(r, n, "Start Date", None, _d(r, "%d/%m/%Y", 2023, 2026)),
        _col(r, n, "Gate Code", None, lambda i: f"{r.randint(1000, 9999)}#"),
        _col(r, n, "GP Practice", None, lambda i: pick(r, "Anglesea Medical", "Dr Tan & Partners", "St Andrews Health")),
    ]


def tb_nursery_staff(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "SI")
    ad = [p.addr() for p in ps]
    return [
        _col(r, n, "sifra_zaposlenega", None, lambda i: ref(r, "VM", 4)),
        _col(r, n, "ime", PER, lambda i: ps[i].first),
        _col(r, n, "priimek", PER, lambda i: ps[i].last),
        _col(r, n, "datum_rojstva", DOB, lambda i: ps[i].dob(0), 0.03),
        _col(r, n, "telefon", PH, lambda i: ps[i].phone("nat"), 0.08),
        _col(r, n, "e_posta", EM, lambda i: ps[i].email(), 0.1),
        _col(r, n, "naslov", ADDR, lambda i: ad[i].one),
        _col(r, n, "kraj_bivanja", LOC, lambda i: ad[i].town),
        _col(r, n, "enota", None, lambda i: pick(r, "Bežigrad", "Šiška", "Vič", "Moste")),
        _col(r, n, "delovno_mesto", None, lambda i: pick(r, "vzgojiteljica", "pomočnica vzgojiteljice", "kuharica", "vodja enote")),
        _col(r, n, "datum_zaposlitve", None, _d(r, "%d.%m.%Y", 2005, 2026)),
        _col(r, n, "urna_postavka", None, lambda i: f"{r.randint(9, 22)},{r.randint(0, 99):02d} €"),
        _col(r, n, "geslo_spremenjeno", None, _d(r, "%Y-%m-%d", 2024, 2026), 0.2),
        _col(r, n, "velikost_majice", None, lambda i: pick(r, "S", "M", "L", "XL")),
        _col(r, n, "st_kartice", None, lambda i: masked_card(r), 0.5),
        _col(r, n, "certifikat_veljaven", None, _yn(r, "da", "ne")),
        _col(r, n, "col_7", PER, lambda i: f"{ps[i].first} {ps[i].last}".upper(), 0.1),
        _col(r, n, "zadnje_usposabljanje", None, _d(r, "%d. %m. %Y", 2022, 2026, "sl"), 0.25),
        _col(r, n, "parkirno_mesto", None, lambda i: f"P{r.randint(1, 40)}", 0.6),
        _col(r, n, "ime_izdelka", None, lambda i: pick(r, "Plastelin Mojca", "Lego Duplo 10913", "Barvice Jana 12/1")),
    ]


def tb_couriers(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "TR")
    return [
        _col(r, n, "kurye_no", None, lambda i: ref(r, "K", 6)),
        _col(r, n, "ad", PER, lambda i: ps[i].first),
        _col(r, n, "soyad", PER, lambda i: ps[i].last),
        _col(r, n, "dogum_tarihi", DOB, lambda i: ps[i].dob(0), 0.05),
        _col(r, n, "cep_tel", PH, lambda i: ps[i].phone(pick(r, "nat", "compact"))),
        _col(r, n, "eposta", EM, lambda i: ps[i].email(), 0.15),
        _col(r, n, "sifre", PW, lambda i: password(r), 0.2),
        _col(r, n, "sifre_degisim_tarihi", None, lambda i: ts(r, "sp"), 0.2),
        _col(r, n, "ikamet_ili", LOC, lambda i: ps[i].town()),
        _col(r, n, "son_giris_ip", IP, lambda i: ip_pub(r), 0.1),
        _col(r, n, "arac_tipi", None, lambda i: pick(r, "motosiklet", "bisiklet", "elektrikli scooter")),
        _col(r, n, "plaka", None, lambda i: f"{r.randint(1, 81):02d} {rs(r, r.randint(1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} {r.randint(100, 9999)}", 0.3),
        _col(r, n, "sube", None, lambda i: pick(r, "Kadıköy", "Beşiktaş", "Çankaya", "Karşıyaka")),
        _col(r, n, "puan", None, lambda i: f"{r.uniform(3, 5):.2f}"),
        _col(r, n, "toplam_teslimat", None, lambda i: str(r.randint(0, 9000))),
        _col(r, n, "cihaz_imei", None, lambda i: imei(r), 0.25),
        _col(r, n, "uygulama_surumu", None, lambda i: ver(r)),
        _col(r, n, "aktif", None, lambda i: pick(r, "1", "0")),
        _col(r, n, "iban_dogrulandi", None, lambda i: pick(r, "evet", "hayır")),
        _col(r, n, "son_konum", None, lambda i: gps(r), 0.3),
    ]


def tb_customers(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "US")
    return [
        _col(r, n, "customerId", None, lambda i: uid(r)),
        _col(r, n, "firstName", PER, lambda i: ps[i].first),
        _col(r, n, "lastName", PER, lambda i: ps[i].last, 0.05),
        _col(r, n, "emailAddress", EM, lambda i: ps[i].email()),
        _col(r, n, "emailVerified", None, lambda i: pick(r, "true", "false")),
        _col(r, n, "phone", PH, lambda i: ps[i].phone(pick(r, "nat", "e164")), 0.1),
        _col(r, n, "phoneType", None, lambda i: pick(r, "MOBILE", "HOME", "WORK")),
        _col(r, n, "deliveryAddress", ADDR, lambda i: ps[i].addr().one, 0.05),
        _col(r, n, "addressType", None, lambda i: pick(r, "home", "work", "other")),
        _col(r, n, "cardNumber", CC, lambda i: card(r, pick(r, "plain", "sp")), 0.6),
        _col(r, n, "cardLast4", None, lambda i: f"{r.randint(0, 9999):04d}"),
        _col(r, n, "cardBrand", None, lambda i: pick(r, "visa", "mastercard", "amex")),
        _col(r, n, "signupIp", IP, lambda i: ip_pub(r), 0.1),
        _col(r, n, "lastLoginIp", None, lambda i: ip_priv(r)),
        _col(r, n, "lifetimeValue", None, lambda i: money(r, "$", 0, 4000)),
        _col(r, n, "promoCode", None, lambda i: pick(r, "WELCOME10", "FREESHIP", "TACO2026", "-"), 0.5),
        _col(r, n, "favoriteRestaurant", None, lambda i: pick(r, "Luigi's Trattoria", "Wendy's", "Papa John's", "Auntie Anne's", "Ben & Jerry's")),
        _col(r, n, "loyaltyTier", None, lambda i: pick(r, "bronze", "silver", "gold")),
        _col(r, n, "passwordHash", None, lambda i: pw_hash(r)),
    ]


def tb_restaurants(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "PT")
    names = _split("Tasca do Zé,Casa Maria,Churrasqueira O João,Pastelaria Dona Amélia,Marisqueira do Manel,Cervejaria Trindade,Restaurante Dom Pedro,Tasquinha da Rosa")
    return [
        _col(r, n, "RestauranteId", None, lambda i: ref(r, "R", 5)),
        _col(r, n, "NomeRestaurante", None, lambda i: r.choice(names)),
        _col(r, n, "Cozinha", None, lambda i: pick(r, "portuguesa", "marisco", "pizzaria", "sushi")),
        _col(r, n, "Proprietario", PER, lambda i: ps[i].full),
        _col(r, n, "TelefoneContacto", PH, lambda i: ps[i].phone(pick(r, "nat", "intl"), pick(r, "mobile", "fixed"))),
        _col(r, n, "EmailGeral", EM, lambda i: f"{pick(r, 'geral', 'reservas', 'encomendas')}@{ascii_fold(r.choice(names)).lower()}.pt"),
        _col(r, n, "Morada", ADDR, lambda i: address(r, "PT", False).one),
        _col(r, n, "Zona", None, lambda i: pick(r, "Lisboa Centro", "Porto Baixa", "Braga")),
        _col(r, n, "IbanPagamentos", IBAN, lambda i: iban(r, "PT"), 0.1),
        _col(r, n, "IbanValidado", None, lambda i: pick(r, "sim", "não")),
        _col(r, n, "PosApiKey", KEY, lambda i: api_key(r), 0.3),
        _col(r, n, "PosPublishableKey", None, lambda i: f"pk_live_{rs(r, 24)}", 0.3),
        _col(r, n, "WebhookSecretSha256", None, lambda i: rs(r, 64, "0123456789abcdef")),
        _col(r, n, "Avaliacao", None, lambda i: f"{r.uniform(3, 5):.1f}"),
        _col(r, n, "ComissaoPct", None, lambda i: f"{r.randint(12, 30)}%"),
        _col(r, n, "Horario", None, lambda i: pick(r, "12:00-15:00;19:00-23:00", "11:30-23:30", "18:00-02:00")),
        _col(r, n, "Coordenadas", None, lambda i: gps(r)),
        _col(r, n, "UltimoPagamento", None, lambda i: f"{r.randint(100, 9000)},{r.randint(0, 99):02d} €"),
    ]


def tb_tenants(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "GB")
    return [
        _col(r, n, "Tenancy Ref", None, lambda i: ref(r, "LET-", 5)),
        _col(r, n, "Tenant Name", PER, lambda i: ps[i].full if r.random() < 0.8 else ps[i].initial()),
        _col(r, n, "D.O.B.", DOB, lambda i: ps[i].dob(), 0.1),
        _col(r, n, "Mobile", PH, lambda i: ps[i].phone(pick(r, "nat", "intl"))),
        _col(r, n, "E-mail", EM, lambda i: ps[i].email(), 0.05),
        _col(r, n, "Previous Address", ADDR, lambda i: "\n".join(ps[i].addr().lines), 0.2, 0.04),
        _col(r, n, "Property", ADDR, lambda i: address(r, "GB", True).one),
        _col(r, n, "Moving From", LOC, lambda i: r.choice([ps[i].town(), P(r, "IE").town(), pick(r, "Poland", "Spain", "India", "Romania")]), 0.3),
        _col(r, n, "Rent PCM", None, lambda i: money(r, "£", 600, 2600)),
        _col(r, n, "Deposit Scheme Ref", None, lambda i: ref(r, "DPS", 8)),
        _col(r, n, "Move-in Date", None, _d(r, "%d/%m/%Y", 2024, 2027)),
        _col(r, n, "Guarantor Required", None, _yn(r, "No", "Yes")),
        _col(r, n, "Pets", None, lambda i: pick(r, "Biscuit (cat)", "Alfie (dog)", "none", "Nugget"), 0.4),
        _col(r, n, "Right To Rent Checked", None, _d(r, "%d %b %Y", 2024, 2026)),
        _col(r, n, "Sort Code", None, lambda i: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}", 0.3),
        _col(r, n, "Account Last 4", None, lambda i: f"****{r.randint(0, 9999):04d}", 0.3),
        _col(r, n, "Branch", None, lambda i: pick(r, "Bristol Clifton", "Bath", "Exeter")),
        _col(r, n, "Contract Version", None, lambda i: f"AST-{ver(r)}"),
    ]


def tb_landlords(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "NL")
    return [
        _col(r, n, "verhuurder_nr", None, lambda i: ref(r, "VH", 5)),
        _col(r, n, "voornaam", PER, lambda i: ps[i].first),
        _col(r, n, "achternaam", PER, lambda i: ps[i].last),
        _col(r, n, "geboortedatum", DOB, lambda i: ps[i].dob(0), 0.2),
        _col(r, n, "telefoonnummer", PH, lambda i: ps[i].phone(pick(r, "nat", "intl"))),
        _col(r, n, "e-mailadres", EM, lambda i: ps[i].email()),
        _col(r, n, "woonplaats", LOC, lambda i: ps[i].town(), 0.05),
        _col(r, n, "correspondentieadres", ADDR, lambda i: ps[i].addr().one, 0.1),
        _col(r, n, "rekeningnummer", IBAN, lambda i: iban(r, "NL")),
        _col(r, n, "pwd", PW, lambda i: password(r), 0.4),
        _col(r, n, "wachtwoord_gewijzigd", None, _d(r, "%d-%m-%Y", 2023, 2026)),
        _col(r, n, "iban_geverifieerd", None, _yn(r, "ja", "nee")),
        _col(r, n, "bedrijfsnaam", None, lambda i: pick(r, "Van Dijk Vastgoed B.V.", "De Vries Beheer", "Jansen & Zn. Onroerend Goed", "-")),
        _col(r, n, "kvk_nummer", None, lambda i: str(r.randint(10000000, 99999999)), 0.4),
        _col(r, n, "aantal_panden", None, lambda i: str(r.randint(1, 12))),
        _col(r, n, "beheerkosten_pct", None, lambda i: f"{r.randint(4, 12)},{r.choice([0, 5])}"),
        _col(r, n, "contract_start", None, _d(r, "%d-%m-%Y", 2015, 2026)),
        _col(r, n, "kantoor", None, lambda i: pick(r, "Utrecht", "Amersfoort", "Zwolle")),
        _col(r, n, "swift_bic", None, lambda i: pick(r, "INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A")),
    ]


def tb_bike_members(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "EE")
    ad = [p.addr() for p in ps]
    return [
        _col(r, n, "col_1", None, lambda i: ref(r, "", 8)),
        _col(r, n, "eesnimi", PER, lambda i: ps[i].first),
        _col(r, n, "perekonnanimi", PER, lambda i: ps[i].last),
        _col(r, n, "sünniaeg", DOB, lambda i: ps[i].dob(), 0.15),
        _col(r, n, "dob_verified", None, lambda i: pick(r, "true", "false")),
        _col(r, n, "telefon", PH, lambda i: ps[i].phone(pick(r, "nat", "intl"))),
        _col(r, n, "e_post", EM, lambda i: ps[i].email(), 0.05),
        _col(r, n, "email_verified", None, lambda i: pick(r, "1", "0")),
        _col(r, n, "elukoht", LOC, lambda i: ad[i].town, 0.1),
        _col(r, n, "aadress", ADDR, lambda i: ad[i].one, 0.25),
        _col(r, n, "field_3", CC, lambda i: card(r), 0.55),
        _col(r, n, "kaardi_lõpp", None, lambda i: f"{r.randint(0, 9999):04d}", 0.2),
        _col(r, n, "parool", PW, lambda i: password(r), 0.3, 0.02),
        _col(r, n, "parool_muudetud", None, lambda i: ts(r), 0.3),
        _col(r, n, "attr2", IP, lambda i: ip_pub(r), 0.1),
        _col(r, n, "pakett", None, lambda i: pick(r, "aasta", "kuu", "päev", "ettevõte")),
        _col(r, n, "sõite_kokku", None, lambda i: str(r.randint(0, 800))),
        _col(r, n, "saldo_eur", None, lambda i: f"{r.randint(0, 60)},{r.randint(0, 99):02d}"),
        _col(r, n, "viimane_jaam", None, lambda i: pick(r, "Vabaduse väljak", "Balti jaam", "Raekoja plats", "Ülikool")),
        _col(r, n, "rakenduse_versioon", None, lambda i: ver(r)),
        _col(r, n, "lemmiklooma_nimi", None, lambda i: pick(r, "Muri", "Pontu", "Kiisu", "Reks"), 0.55),
        _col(r, n, "seadme_uuid", None, lambda i: uid(r)),
    ]


def tb_bike_rides(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "CA")
    stations = _split("Union Station,Bay/Queens Quay,Elgin & Laurier,Portage & Main,Jasper Ave 104 St")
    return [
        _col(r, n, "ride.id", None, lambda i: uid(r)),
        _col(r, n, "rider.name", PER, lambda i: ps[i].full if r.random() < 0.6 else ps[i].initial()),
        _col(r, n, "rider.phone", PH, lambda i: ps[i].phone(pick(r, "nat", "e164")), 0.3),
        _col(r, n, "start.station", None, lambda i: r.choice(stations)),
        _col(r, n, "end.station", None, lambda i: r.choice(stations), 0.05),
        _col(r, n, "start.ts", None, lambda i: ts(r)),
        _col(r, n, "end.ts", None, lambda i: ts(r), 0.05),
        _col(r, n, "distance.km", None, lambda i: f"{r.uniform(0.3, 18):.2f}"),
        _col(r, n, "fare.cad", None, lambda i: money(r, "", 1, 30)),
        _col(r, n, "card.last4", None, lambda i: f"{r.randint(0, 9999):04d}"),
        _col(r, n, "gps.start", None, lambda i: gps(r)),
        _col(r, n, "gps.end", None, lambda i: gps(r), 0.05),
        _col(r, n, "bike.serial", None, lambda i: f"PB-{rs(r, 4, string.ascii_uppercase)}{r.randint(1000, 9999)}"),
        _col(r, n, "lock.firmware", None, lambda i: ver(r)),
        _col(r, n, "client.ip", IP, lambda i: ip_pub(r), 0.2),
        _col(r, n, "device.id", None, lambda i: uid(r).upper()),
        _col(r, n, "promo", None, lambda i: pick(r, "WINTER25", "-"), 0.6),
        _col(r, n, "rider.home_city", LOC, lambda i: ps[i].town(), 0.3),
    ]


def tb_debt_accounts(r: random.Random, n: int) -> list[Column]:
    ps = _people(r, n, "US")
    ad = [p.addr() for p in ps]
    creditors = _split("Franklin Home Furnishings,Dr. Patel Family Dental,Sears Credit,Wells Auto Loans,St. Mary's Medical Center")
    return [
        _col(r, n, "ACCOUNT_NO", None, lambda i: ref(r, "DW", 8)),
        _col(r, n, "DEBTOR_FIRST", PER, lambda i: ps[i].first.upper()),
        _col(r, n, "DEBTOR_LAST", PER, lambda i: ps[i].last.upper()),
        _col(r, n, "SSN", SSN, lambda i: ssn(r, pick(r, "dash", "dash", "plain")), 0.1),
        _col(r, n, "SSN_LAST4", None, lambda i: f"{r.randint(1, 9999):04d}"),
        _col(r, n, "DOB", DOB, lambda i: ps[i].dob(0), 0.05),
        _col(r, n, "DOB_VERIFIED", None, _yn(r)),
        _col(r, n, "HOME_PHONE", PH, lambda i: ps[i].phone("nat", "fixed"), 0.3),
        _col(r, n, "WORK_PHONE", PH, lambda i: phone(r, "US", "fixed", "nat"), 0.5, 0.05),
        _col(r, n, "EMAIL", EM, lambda i: ps[i].email(), 0.35),
        _col(r, n, "MAIL_ADDR", ADDR, lambda i: ad[i].one),
        _col(r, n, "CITY", LOC, lambda i: ad[i].town),
        _col(r, n, "BANK_ACCT", BANK, lambda i: us_account(r), 0.4),
        _col(r, n, "ROUTING_NO", None, lambda i: routing(r), 0.4),
        _col(r, n, "ORIG_CREDITOR", None, lambda i: r.choice(creditors)),
        _col(r, n, "BALANCE", None, lambda i: f"{r.randint(100, 20000)}.{r.randint(0, 99):02d}"),
        _col(r, n, "LAST_PMT_DATE", None, _d(r, "%m/%d/%Y", 2024, 2026), 0.3),
        _col(r, n, "PLACEMENT_DATE", None, _d(r, "%m/%d/%Y", 2022, 2026)),
        _col(r, n, "STATUS", None, lambda i: pick(r, "ACTIVE", "PIF", "DISPUTE", "SIF", "CEASE_DESIST")),
        _col(r, n, "SKIP_SCORE", None, lambda i: str(r.randint(100, 999))),
        _col(r, n, "CALL_COUNT", None, lambda i: str(r.randint(0, 40))),
        _col(r, n, "FDCPA_NOTICE_SENT", None, _d(r, "%Y-%m-%d", 2024, 2026), 0.1),
    ]


TABLES: dict[str, tuple[str, Callable[[random.Random, int], list[Column]]]] = {
    "dental_patients": ("en-GB", tb_dental_patients),
    "dental_appointments": ("en-IE", tb_dental_appointments),
    "nursery_children": ("en-NZ", tb_nursery_children),
    "nursery_staff": ("sl-SI", tb_nursery_staff),
    "delivery_couriers": ("tr-TR", tb_couriers),
    "delivery_customers": ("en-US", tb_customers),
    "delivery_restaurants": ("pt-PT", tb_restaurants),
    "letting_tenants": ("en-GB", tb_tenants),
    "letting_landlords": ("nl-NL", tb_landlords),
    "bike_members": ("et-EE", tb_bike_members),
    "bike_rides": ("en-CA", tb_bike_rides),
    "debt_accounts": ("en-US", tb_debt_accounts),
}


# --------------------------------------------------------------------------- API
def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"grotto-{seed}-{i}-{t.name}")
        out.append(t.render(r).build())
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for name, (_loc, fn) in TABLES.items():
        r = random.Random(f"grotto-{seed}-{name}")
        cols = fn(r, rows)
        for c in cols:
            assert len(c.values) == rows and (c.entity is None or c.entity in LABELS), c.name
        out[name] = cols
    return out
